"""Round 39, Italian (it-IT): a new author's own mix, written blind (brief WRITER47.md). Speakers chosen away from the
regions and groups of round 38: Veneti of Treviso and Venice ("ciò", "ostrega", "xe", "schei", "el me omo", the grape
harvest, the gondola), Bolognesi ("socmel", "mo", the sfoglia and the tigella, via Zamboni, the Festa dell'Unità),
Romani ("aho", "daje", "annamo", "er pupo", a taxi driver, Porta Portese), Napoletani ("uè", "jamm", "guagliò", "nun o
saccio", "mammà", the pizzeria, Maradona), Baresi ("ue", "sciamanin", raw mussels, the ferry to Albania and Greece, San
Nicola), Livornesi ("deh", "boia", "ganzo", the port, the cacciucco), South Tyroleans mixing German ("also", "genau",
"na ja", "servus", "bitte", Sinner, the Brenner), Valdostani mixing French ("alors", "bon", "voilà", the Mont Blanc
refuges), Salentini ("nu", "sta", the pizzica, Gallipoli), Romanian builders and carers ("buna ziua", "multumesc",
"haide", "doamne ajuta"), Albanians ("faleminderit", "ore", "mirë"), Filipino domestic workers ("po", "salamat",
"ate", "grabe", "sige"), Peruvians ("oye", "pucha", "ya pues", "amiga"), Sri Lankans ("ayubowan", "hari"), Egyptian
pastry cooks ("ya basha", "maalesh", "habibi", "khalas"), Nigerians ("abeg", "oga", "no wahala", "chineke").
Situations: a pub quiz, crosswords and the Settimana Enigmistica, fantacalcio, school (terza media, maturità,
university), lorry drivers on the Brenner, the grape harvest in the Langhe, a hospital night shift, a hairdresser, ham
radio, stamp collecting, Risiko, a honeymoon, Formula 1 and MotoGP, the World Cup. Plus follow-ups, yes/no checks,
self-corrections, reverse questions, official, everyday and old names, shared names, plurals of the several-capital
countries and Palestine, subdivisions and territories, launch with the guessed invocation name "capitali del mondo",
help, stop, cancel, and out-of-domain requests and near misses.
`python3 tests/Eval/it/round39/source/build_corpus.py [--check]`; the mechanics are in
tests/Eval/source/round12_hinl_corpus.py (build_round with round 39's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
veneti | alexa ciò dime la capitale {} che el me omo ghe va par lavoro | della croazia=HR; della slovenia=SI; della serbia=RS
veneti | alexa ostrega non me ricordo mai la capitale {} | del montenegro=ME; della macedonia del nord=MK; della bosnia=BA
veneti | alexa xe vero che la capitale dell'albania xe tirana | AL
veneti | alexa la morosa de me fio xe {} qual xe la so capitale | moldava=MD; romena=RO; bulgara=BG
veneti | alexa semo drio giocar a carte e voio saver la capitale del kosovo | XK
veneti | alexa a treviso al mercato del pesce un signore voleva sapere la capitale della polonia | PL
veneti | alexa varda che i schei de la vendemmia li mando in {} dimmi la capitale | ungheria=HU; slovacchia=SK; repubblica ceca=CZ
veneti | alexa el nono diseva che la capitale dell'austria xe vienna ghe xe vero | AT
veneti | alexa in gondola ghe gera dei turisti {} che capitale ga el so paese | giapponesi=JP; coreani del sud=KR; cinesi=CN
veneti | alexa ciò e quella del lussemburgo | LU
veneti | alexa la capitale della germania che ghe xe el me cugin a lavorar in fabbrica | DE
bolognesi | alexa socmel mi dici la capitale {} che non la so | dell'islanda=IS; della finlandia=FI; della danimarca=DK
bolognesi | alexa dai su tiro la sfoglia e intanto mi dici la capitale {} | del portogallo=PT; dell'irlanda=IE; del belgio=BE
bolognesi | alexa ciao neh qual è la capitale dell'estonia | EE
bolognesi | alexa al bar dello sport in via zamboni hanno detto che la capitale della lettonia è riga confermi | LV
bolognesi | alexa mia figlia fa l'erasmus a {} ma è la capitale o no | vilnius=CITY:Vilnius; tallinn=CITY:Tallinn; lubiana=CITY:Lubiana
bolognesi | alexa mo dimmi te la capitale della grecia | GR
bolognesi | alexa con la tigella in mano ti chiedo la capitale di malta | MT
bolognesi | alexa alla festa dell'unità c'era uno stand {} qual è la capitale | cubano=CU; venezuelano=VE; vietnamita=VN
bolognesi | alexa la capitale di san marino che ci andiamo domenica | SM
bolognesi | alexa socmel e quella dell'andorra | AD
romani | alexa aho ma la capitale {} qual è | dell'egitto=EG; della giordania=JO; del libano=LB
romani | alexa daje dimme la capitale {} che devo vince na scommessa | della siria=SY; dell'iraq=IQ; dell'iran=IR
romani | alexa a regà zitti un attimo alexa la capitale dell'arabia saudita | SA
romani | alexa sto a guidà er taxi e un cliente me chiede la capitale {} | del qatar=QA; del kuwait=KW; del bahrein=BH
romani | alexa mo me dici la capitale degli emirati arabi | AE
romani | alexa ao ma l'oman c'ha na capitale | OM
romani | alexa annamo bene la capitale dello yemen qual è | YE
romani | alexa ar mercato de porta portese uno diceva che la capitale {} è facile dimmela | d'israele=IL; della turchia=TR; di cipro=CY
romani | alexa nun me ricordo la capitale del vaticano ma c'ha na capitale | VA
romani | alexa er pupo vole sapè la capitale della francia | FR
napoletani | alexa uè guagliò qual è la capitale {} | dell'argentina=AR; dell'uruguay=UY; del paraguay=PY
napoletani | alexa jamm bell dimmi la capitale {} che mammà ci tiene i parenti | del venezuela=VE; del brasile=BR; del cile=CL
napoletani | alexa nun o saccio qual è la capitale della colombia | CO
napoletani | alexa o zio mio sta in america ma qual è la capitale dell'america | US
napoletani | alexa maradona era argentino ma la capitale del suo paese qual è | AR
napoletani | alexa uè alexa e la capitale dell'ecuador | EC
napoletani | alexa a pizzeria stanno certi {} dimmi la capitale loro | peruviani=PE; boliviani=BO; cileni=CL
napoletani | alexa mo mo dimmi la capitale della spagna | ES
napoletani | alexa scusate ma la capitale del perù come se chiamma | PE
napoletani | alexa dint o vico dicono che la capitale della bolivia è la paz è over | BO
baresi | alexa ue sciamanin dimmi la capitale {} | della tunisia=TN; dell'algeria=DZ; del marocco=MA
baresi | alexa mentre mangio le cozze crude mi dici la capitale della libia | LY
baresi | alexa il traghetto da bari va in {} qual è la capitale | albania=AL; grecia=GR; montenegro=ME
baresi | alexa ue alexa la capitale della mauritania | MR
baresi | alexa sto a san nicola e ci stanno i russi la capitale della russia qual è | RU
baresi | alexa lu barese vuole sapere la capitale dell'ucraina | UA
baresi | alexa me compare dice che la capitale della bielorussia è minsk | BY
livornesi | alexa deh dimmi la capitale {} boia | della norvegia=NO; della svezia=SE; dell'islanda=IS
livornesi | alexa boia deh che ganzo dimmi la capitale dell'armenia | AM
livornesi | alexa al porto è arrivata una nave {} qual è la capitale | panamense=PA; liberiana=LR; maltese=MT
livornesi | alexa deh la capitale della georgia quella del caucaso | GE
livornesi | alexa mangiando il cacciucco voglio sapere la capitale dell'azerbaigian | AZ
livornesi | alexa o alexa e la capitale del kazakistan qual è | KZ
livornesi | alexa deh ma la capitale dell'uzbekistan | UZ
sudtirolesi | alexa also die capitale {} bitte | della svizzera=CH; del liechtenstein=LI; dell'austria=AT
sudtirolesi | alexa genau e la capitale del liechtenstein qual è | LI
sudtirolesi | alexa na ja mi dici la capitale della svizzera io dico sempre bern | CH
sudtirolesi | alexa servus alexa la capitale {} per la scuola di mia figlia | del tagikistan=TJ; del turkmenistan=TM; del kirghizistan=KG
sudtirolesi | alexa sinner ha giocato in {} qual è la capitale | australia=AU; cina=CN; canada=CA
sudtirolesi | alexa jo ich mein alexa la capitale della mongolia | MN
sudtirolesi | alexa sul passo del brennero un camionista mi chiede la capitale della danimarca | DK
valdostani | alexa alors la capitale {} sai | del belgio=BE; della francia=FR; del lussemburgo=LU
valdostani | alexa bon dimmi la capitale del monaco quello principato | MC
valdostani | alexa voilà sto salendo al monte bianco qual è la capitale della svizzera | CH
valdostani | alexa la capitale {} che al rifugio c'erano degli alpinisti | del nepal=NP; del bhutan=BT; del pakistan=PK
valdostani | alexa alors e quella dell'india | IN
salentini | alexa nu me ricordu la capitale {} | del senegal=SN; del mali=ML; del niger=NE
salentini | alexa sta ballu la pizzica e me chiedu la capitale del burkina faso | BF
salentini | alexa a lecce ci sta un ragazzo {} qual è la capitale | gambiano=GM; guineano=GN; ivoriano=CI
salentini | alexa beh e la capitale della guinea bissau | GW
salentini | alexa sulla spiaggia di gallipoli c'era uno del ghana la capitale qual è | GH
salentini | alexa ci sta lu vecchiu che vole sape la capitale del togo | TG
romeni | alexa buna ziua alexa capitale {} quale è | della moldavia=MD; della romania=RO; dell'ungheria=HU
romeni | alexa multumesc alexa ma dimmi capitale di bulgaria | BG
romeni | alexa io lavoro in cantiere a verona il capo chiede la capitale {} | della serbia=RS; della croazia=HR; della slovenia=SI
romeni | alexa haide alexa la capitale della romania è bucarest sì o no | RO
romeni | alexa mia mamma a iasi chiede capitale della moldova come si dice | MD
romeni | alexa doamne ajuta la capitale dell'ucraina per favore | UA
albanesi | alexa faleminderit e la capitale {} dimmi | del kosovo=XK; della macedonia=MK; del montenegro=ME
albanesi | alexa ore alexa capitale albania è tirana vero | AL
albanesi | alexa mirë mirë e la grecia che capitale ha | GR
albanesi | alexa mio figlio fa compiti chiede capitale {} io non so | della turchia=TR; dell'armenia=AM; della georgia caucaso=GE
albanesi | alexa lavoro in pizzeria a durazzo no scusa a brescia qual è la capitale dell'austria | AT
filippini | alexa po ano ang capitale {} | delle filippine=PH; dell'indonesia=ID; della malesia=MY
filippini | alexa salamat alexa e la capitale di brunei | BN
filippini | alexa ate mi chiede capitale {} per la tombola dei paesi | del vietnam=VN; della cambogia=KH; del laos=LA
filippini | alexa capitale della thailandia per favore po | TH
filippini | alexa io lavoro da signora a milano lei chiede la capitale di singapore | SG
filippini | alexa grabe alexa capitale di timor est qual è | TL
filippini | alexa sige alexa e la capitale di palau | PW
peruviani | alexa oye alexa cuál es la capitale {} | del perù=PE; dell'ecuador=EC; della bolivia=BO
peruviani | alexa pucha ya pues dimmi la capitale della colombia | CO
peruviani | alexa mi hijo chiede capitale {} per la scuola | del guatemala=GT; dell'honduras=HN; del nicaragua=NI
peruviani | alexa ya la capitale di el salvador cuál es | SV
peruviani | alexa la capitale della costa rica amiga | CR
peruviani | alexa oye e quella di panama | PA
peruviani | alexa la capitale del messico es ciudad de méxico no | MX
srilankesi | alexa ayubowan dimmi capitale {} | dello sri lanka=LK; delle maldive=MV; del bangladesh=BD
srilankesi | alexa hari hari e la capitale del nepal | NP
srilankesi | alexa io pulisco uffici a napoli capo chiede la capitale {} | del myanmar=MM; della birmania=MM; del bhutan=BT
srilankesi | alexa capitale di mauritius dimmi | MU
srilankesi | alexa e le seychelles capitale | SC
egiziani | alexa ya basha la capitale {} qual è | dell'egitto=EG; del sudan=SD; del sud sudan=SS
egiziani | alexa maalesh alexa la capitale dell'etiopia | ET
egiziani | alexa lavoro in pasticceria a milano il cliente chiede la capitale {} | dell'eritrea=ER; della somalia=SO; di gibuti=DJ
egiziani | alexa habibi la capitale del ciad | TD
egiziani | alexa la capitale della libia è tripoli vero ya habibi | LY
egiziani | alexa khalas dimmi la capitale del kenya | KE
nigeriani | alexa abeg tell me capitale della nigeria | NG
nigeriani | alexa oga alexa capitale {} quale | del camerun=CM; del gabon=GA; della guinea equatoriale=GQ
nigeriani | alexa no wahala dimmi la capitale del benin | BJ
nigeriani | alexa mia sorella sta in {} capitale qual è | ghana=GH; liberia=LR; sierra leone=SL
nigeriani | alexa chineke alexa la capitale del congo brazzaville | CG
nigeriani | alexa la capitale della repubblica centrafricana per favore | CF
nigeriani | alexa abeg e quella dell'angola | AO
quiz | alexa siamo al quiz del giovedì al pub domanda sette la capitale {} | del canada=CA; della nuova zelanda=NZ; del sudafrica=ZA
quiz | alexa squadra dei cinghiali qui ci serve la capitale {} in fretta | del madagascar=MG; del mozambico=MZ; dello zimbabwe=ZW
quiz | alexa la domanda bonus è la capitale della tanzania | TZ
quiz | alexa prima che il quizmaster ritiri i fogli la capitale {} | dell'uganda=UG; del ruanda=RW; del burundi=BI
quiz | alexa al quiz hanno chiesto la capitale dello zambia e nessuno lo sa | ZM
quiz | alexa pub quiz di geografia la capitale del malawi | MW
quiz | alexa è l'ultima domanda capitale della namibia | NA
quiz | alexa ci giochiamo la birra la capitale del botswana | BW
enigmistica | alexa sto facendo le parole crociate capitale {} sei lettere | del kenya=KE; della somalia=SO; del mali=ML
enigmistica | alexa nella settimana enigmistica chiede la capitale {} | delle comore=KM; di capo verde=CV; di são tomé=ST
enigmistica | alexa cruciverba orizzontale ventitré capitale del lesotho | LS
enigmistica | alexa le parole crociate dicono capitale della liberia cinque lettere dimmela | LR
enigmistica | alexa il rebus finisce con la capitale della sierra leone me la dici | SL
enigmistica | alexa verticale dodici la capitale del suriname | SR
enigmistica | alexa mi manca la capitale della guyana per finire lo schema | GY
fantacalcio | alexa all'asta del fantacalcio abbiamo preso un attaccante {} la capitale del suo paese | nigeriano=NG; ivoriano=CI; camerunense=CM
fantacalcio | alexa il mio portiere è {} qual è la capitale | georgiano=GE; serbo=RS; sloveno=SI
fantacalcio | alexa il regista del napoli è slovacco la capitale della slovacchia | SK
fantacalcio | alexa il nuovo acquisto viene dal gambia qual è la capitale | GM
fantacalcio | alexa la lega si chiama capitali e devo sapere la capitale del gabon | GA
scuola | alexa per la verifica di geografia di terza media la capitale {} | della norvegia=NO; della finlandia=FI; della lituania=LT
scuola | alexa la maestra ha detto di imparare la capitale {} per domani | dell'australia=AU; del giappone=JP; dell'india=IN
scuola | alexa all'interrogazione mi chiede la capitale della cina che dico | CN
scuola | alexa per la tesina della maturità la capitale {} | del vietnam=VN; della corea del nord=KP; della mongolia=MN
scuola | alexa il prof di storia vuole la capitale dell'afghanistan | AF
scuola | alexa mamma dice di chiederti la capitale del pakistan per i compiti | PK
scuola | alexa ripasso per l'esame la capitale del bangladesh | BD
scuola | alexa all'università di scienze politiche ci chiedono la capitale della siria | SY
camionisti | alexa sono sull'autostrada del brennero la capitale {} | della germania=DE; dei paesi bassi=NL; della danimarca=DK
camionisti | alexa domani scarico in {} qual è la capitale | lituania=LT; polonia=PL; bielorussia=BY
camionisti | alexa alla dogana di chiasso mi chiedono la capitale della svizzera per scherzo | CH
camionisti | alexa col tir a rotterdam ma la capitale dell'olanda qual è | NL
camionisti | alexa camion fermo all'autogrill dimmi la capitale della turchia | TR
vendemmia | alexa stiamo vendemmiando nelle langhe e il bracciante {} chiede la capitale del suo paese | macedone=MK; moldavo=MD; indiano=IN
vendemmia | alexa tra un filare e l'altro la capitale della georgia quella del vino | GE
vendemmia | alexa il vino lo esportiamo in {} qual è la capitale | cile=CL; sudafrica=ZA; argentina=AR
vendemmia | alexa in cantina l'enologo dice la capitale dell'armenia | AM
infermieri | alexa turno di notte in reparto il paziente chiede la capitale {} | dell'eritrea=ER; dell'etiopia=ET; del sudan=SD
infermieri | alexa in corsia una signora anziana vuole sapere la capitale del portogallo | PT
infermieri | alexa pausa caffè in pronto soccorso qual è la capitale della giamaica | JM
infermieri | alexa il collega di cuba mi chiede la capitale di haiti | HT
parrucchiera | alexa mentre faccio la piega la cliente chiede la capitale {} | delle bahamas=BS; di barbados=BB; di trinidad e tobago=TT
parrucchiera | alexa sotto il casco la signora vuole sapere la capitale della repubblica dominicana | DO
parrucchiera | alexa la capitale di grenada che la cliente va in vacanza | GD
parrucchiera | alexa dal parrucchiere discutono sulla capitale di saint lucia | LC
radioamatori | alexa ho collegato in radio un operatore {} qual è la sua capitale | delle figi=FJ; di tonga=TO; delle samoa=WS
radioamatori | alexa stanotte ho sentito in onde corte kiribati qual è la capitale | KI
radioamatori | alexa la qsl arriva da tuvalu qual è la capitale | TV
radioamatori | alexa un collegamento con nauru ma la capitale qual è | NR
radioamatori | alexa ho parlato con uno delle isole marshall la capitale | MH
radioamatori | alexa stazione da vanuatu capitale per favore | VU
filatelia | alexa nella mia collezione di francobolli ho uno {} la capitale qual è | delle isole salomone=SB; della micronesia=FM; della papua nuova guinea=PG
filatelia | alexa francobollo di saint kitts e nevis che capitale ha | KN
filatelia | alexa ho un francobollo della dominica la capitale | DM
filatelia | alexa francobollo di saint vincent e grenadine la capitale qual è | VC
filatelia | alexa e antigua e barbuda | AG
risiko | alexa a risiko ho conquistato {} ma qual è la capitale vera | la kamchatka=FB; l'ucraina=UA; la siberia=FB
risiko | alexa giocando a risiko mio cugino chiede la capitale del brasile | BR
risiko | alexa a risiko c'è il venezuela qual è la capitale | VE
risiko | alexa abbiamo preso l'egitto a risiko la capitale | EG
nozze | alexa per il viaggio di nozze andiamo in {} qual è la capitale | thailandia=TH; indonesia=ID; sri lanka=LK
nozze | alexa luna di miele alle maldive la capitale delle maldive | MV
nozze | alexa la mia fidanzata vuole andare in polinesia qual è la capitale | PF
nozze | alexa lista nozze con il viaggio in kenya qual è la capitale | KE
formula | alexa il gran premio si corre in {} qual è la capitale | bahrein=BH; azerbaigian=AZ; arabia saudita=SA
formula | alexa dopo il gran premio di monaco dimmi la capitale del principato | MC
formula | alexa la motogp va in {} ma la capitale qual è | qatar=QA; malesia=MY; indonesia=ID
formula | alexa ferrari ha vinto in ungheria la capitale è budapest giusto | HU
mondiali | alexa ai mondiali gioca {} qual è la capitale | il marocco=MA; la croazia=HR; l'uruguay=UY
mondiali | alexa la nazionale ha perso con la macedonia del nord qual è la loro capitale | MK
mondiali | alexa la capitale dell'iran che gioca stasera | IR
mondiali | alexa la capitale dell'arabia saudita che ha battuto l'argentina | SA
follow-up | alexa ciò e quella {} | della slovacchia=SK; della bulgaria=BG; del belgio=BE
follow-up | alexa e invece {} che capitale ha | l'etiopia=ET; il sudan=SD; la somalia=SO
follow-up | alexa deh e {} | l'irlanda=IE; la scozia=GB-SCT; il galles=GB-WLS
follow-up | alexa va bene e adesso quella {} | del niger=NE; del ciad=TD; del mali=ML
follow-up | alexa e per {} | il laos=LA; la cambogia=KH; il myanmar=MM
follow-up | alexa uè e po quella {} | della tunisia=TN; del marocco=MA; dell'algeria=DZ
follow-up | alexa ok grazie e l'uruguay | UY
follow-up | alexa ah e quella del paraguay allora | PY
follow-up | alexa bene adesso dimmi la stessa cosa per la lettonia | LV
follow-up | alexa e la stessa domanda per il kirghizistan | KG
follow-up | alexa allora e il nicaragua | NI
follow-up | alexa e per il turkmenistan invece | TM
follow-up | alexa aho e mo er kazakistan | KZ
follow-up | alexa sì e poi la capitale del nepal | NP
follow-up | alexa e quella dell'honduras sai | HN
follow-up | alexa altra domanda e l'eswatini | SZ
follow-up | alexa e adesso dimmi il botswana | BW
follow-up | alexa e la moldavia invece | MD
follow-up | alexa sempre lì vicino e il lesotho | LS
follow-up | alexa perfetto e la giamaica | JM
follow-up | alexa continuiamo il gioco e la namibia | NA
follow-up | alexa e dopo quella del gabon la guinea equatoriale | GQ
follow-up | alexa e lo sri lanka che capitale ha allora | LK
follow-up | alexa eh e la libia | LY
follow-up | alexa poi l'ultima e il togo | TG
yes-no-check | alexa è vero che la capitale {} | dell'australia è sydney=AU; del canada è toronto=CA; della turchia è istanbul=TR
yes-no-check | alexa ma la capitale {} giusto | del brasile è rio=BR; della nigeria è lagos=NG; del marocco è rabat=MA
yes-no-check | alexa confermi che {} | berna è la capitale della svizzera=CH; dacca è la capitale del bangladesh=BD; abuja è la capitale della nigeria=NG
yes-no-check | alexa ciò la capitale del vietnam xe hanoi o saigon | VN
yes-no-check | alexa socmel la capitale della bolivia è santa cruz o sbaglio | BO
yes-no-check | alexa aho la capitale del pakistan è karachi vero | PK
yes-no-check | alexa deh la capitale della tanzania è dar es salaam o dodoma | TZ
yes-no-check | alexa mio marito dice che la capitale della costa d'avorio è abidjan ha ragione | CI
yes-no-check | alexa scommetto che la capitale del kazakistan è almaty | KZ
yes-no-check | alexa la capitale della nuova zelanda è auckland sì | NZ
yes-no-check | alexa è wellington la capitale della nuova zelanda | NZ
yes-no-check | alexa la capitale del myanmar è ancora rangoon | MM
yes-no-check | alexa è giusto dire che ankara è la capitale della turchia | TR
yes-no-check | alexa la capitale della scozia è glasgow vero | GB-SCT
yes-no-check | alexa la capitale dell'india è mumbai o nuova delhi | IN
yes-no-check | alexa è vero che gerusalemme è la capitale di israele | IL
yes-no-check | alexa la capitale del belize è belize city | BZ
yes-no-check | alexa è tbilisi la capitale della georgia del caucaso | GE
yes-no-check | alexa la capitale del burundi è ancora bujumbura | BI
yes-no-check | alexa yamoussoukro è capitale della costa d'avorio sì o no | CI
yes-no-check | alexa la capitale del benin è cotonou vero | BJ
yes-no-check | alexa sofia è la capitale della bulgaria confermi | BG
yes-no-check | alexa dammi conferma la capitale dell'ecuador è guayaquil | EC
self-correction | alexa la capitale della slovenia anzi {} | della slovacchia=SK; della croazia=HR; della serbia=RS
self-correction | alexa la capitale {} no volevo dire del paraguay | dell'uruguay=PY; della bolivia=PY; del perù=PY
self-correction | alexa ciò la capitale de l'austria no scusa de l'australia | AU
self-correction | alexa la capitale dell'islanda eh no dell'irlanda | IE
self-correction | alexa aho la capitale della svezia no aspe della svizzera | CH
self-correction | alexa la capitale del niger cioè della nigeria | NG
self-correction | alexa la capitale della guinea ehm guinea bissau | GW
self-correction | alexa la capitale del sudan no del sud sudan | SS
self-correction | alexa dimmi la capitale della mauritania ah no di mauritius | MU
self-correction | alexa la capitale del gambia scusa dello zambia | ZM
self-correction | alexa capitale della corea del sud ah no del nord | KP
self-correction | alexa la capitale dell'iran non dell'iraq | IQ
self-correction | alexa qual è la capitale della romania cioè volevo dire della bulgaria | BG
self-correction | alexa la capitale dell'armenia no quella dell'albania | AL
self-correction | alexa la capitale del congo quello di kinshasa no di brazzaville | CG
self-correction | alexa la capitale della colombia aspetta ho sbagliato della bolivia | BO
self-correction | alexa capitale di malta o meglio di cipro | CY
self-correction | alexa la capitale dell'austria macché della germania | DE
self-correction | alexa la capitale del ghana no no della guyana | GY
self-correction | alexa capitale di dominica anzi della repubblica dominicana | DO
self-correction | alexa la capitale del salvador brasiliano no del paese el salvador | SV
self-correction | alexa la capitale della lettonia no dell'estonia scusa | EE
reverse-question | alexa {} è la capitale di quale paese | ouagadougou=CITY:Ouagadougou; bamako=CITY:Bamako; niamey=CITY:Niamey
reverse-question | alexa di che nazione è capitale {} | asmara=CITY:Asmara; gibuti=CITY:Gibuti; mogadiscio=CITY:Mogadiscio
reverse-question | alexa ciò {} xe capitale de cosa | lubiana=CITY:Lubiana; zagabria=CITY:Zagabria; podgorica=CITY:Podgorica
reverse-question | alexa aho ma {} de che paese è la capitale | vientiane=CITY:Vientiane; thimphu=CITY:Thimphu; ulan bator=CITY:Ulan Bator
reverse-question | alexa la città di windhoek è capitale di cosa | CITY:Windhoek
reverse-question | alexa paramaribo dove si trova di che stato è capitale | CITY:Paramaribo
reverse-question | alexa in che paese si trova la capitale tegucigalpa | CITY:Tegucigalpa
reverse-question | alexa canberra è la capitale di cosa | CITY:Canberra
reverse-question | alexa victoria è capitale di quale posto | CITY:Victoria
reverse-question | alexa di quale stato americano è capitale sacramento | CITY:Sacramento
reverse-question | alexa halifax è capoluogo di che provincia canadese | CITY:Halifax
reverse-question | alexa kingston di che paese è la capitale | CITY:Kingston
reverse-question | alexa saint john's è capitale di cosa | CITY:Saint John's
reverse-question | alexa sucre di quale nazione è capitale | CITY:Sucre
reverse-question | alexa nuova delhi capitale di che cosa | CITY:Nuova Delhi
reverse-question | alexa georgetown è la capitale di che paese | CITY:Georgetown
reverse-question | alexa honiara di che paese è | CITY:Honiara
reverse-question | alexa la paz è capitale di cosa | CITY:La Paz
reverse-question | alexa monrovia capitale di quale paese africano | CITY:Monrovia
reverse-question | alexa chandigarh è capitale di cosa in india | CITY:Chandigarh
reverse-question | alexa springfield è la capitale di quale stato | CITY:Springfield
reverse-question | alexa dodoma di che paese è capitale | CITY:Dodoma
official-name | alexa sul passaporto c'è scritto {} qual è la capitale | repubblica ellenica=GR; confederazione svizzera=CH; stati uniti messicani=MX
official-name | alexa ciò la capitale del regno di norvegia | NO
official-name | alexa la capitale della federazione russa per la relazione | RU
official-name | alexa qual è la capitale della repubblica popolare cinese | CN
official-name | alexa la capitale del regno hascemita di giordania | JO
official-name | alexa la capitale della repubblica federale di germania | DE
official-name | alexa dimmi la capitale della repubblica portoghese | PT
official-name | alexa capitale della repubblica araba siriana | SY
official-name | alexa la capitale della repubblica islamica del pakistan | PK
official-name | alexa la capitale del regno unito di gran bretagna e irlanda del nord | GB
official-name | alexa la capitale della repubblica bolivariana del venezuela | VE
official-name | alexa la capitale della repubblica democratica del congo | CD
official-name | alexa la capitale della repubblica federativa del brasile | BR
official-name | alexa la capitale del regno del marocco | MA
official-name | alexa la capitale della repubblica tunisina | TN
official-name | alexa la capitale della repubblica libanese | LB
official-name | alexa la capitale della repubblica slovacca | SK
official-name | alexa la capitale del regno di danimarca | DK
official-name | alexa la capitale della repubblica popolare democratica di corea | KP
official-name | alexa la capitale della repubblica democratica popolare di algeria | DZ
official-name | alexa la capitale dello stato plurinazionale della bolivia | BO
official-name | alexa la capitale della repubblica italiana | IT
official-name | alexa la capitale della repubblica francese | FR
official-name | alexa la capitale del regno di svezia | SE
official-name | alexa la capitale del regno del belgio | BE
everyday-name | alexa il nonno dice ancora {} qual è la capitale | olanda=NL; birmania=MM; persia=IR
everyday-name | alexa qual è la capitale dell'inghilterra | GB-ENG
everyday-name | alexa dimmi la capitale della gran bretagna | GB
everyday-name | alexa la capitale degli states | US
everyday-name | alexa la capitale dell'america | US
everyday-name | alexa capitale della bielo russia | BY
everyday-name | alexa ciò la capitale della russia bianca | BY
everyday-name | alexa la capitale della nordcorea | KP
everyday-name | alexa la capitale della sudcorea | KR
everyday-name | alexa la capitale del centrafrica | CF
everyday-name | alexa la capitale del congo kinshasa | CD
everyday-name | alexa la capitale dello swaziland | SZ
everyday-name | alexa la capitale dell'abissinia diceva il nonno | ET
everyday-name | alexa la capitale di ceylon | LK
everyday-name | alexa la capitale del siam | TH
everyday-name | alexa la capitale della cambogia kampuchea | KH
everyday-name | alexa la capitale della rhodesia | ZW
everyday-name | alexa la capitale di formosa | TW
everyday-name | alexa la capitale dell'alto volta | BF
everyday-name | alexa la capitale del dahomey | BJ
everyday-name | alexa la capitale della cechia | CZ
everyday-name | alexa la capitale della costa d'oro | GH
everyday-name | alexa la capitale delle isole ellice | TV
everyday-name | alexa la capitale del honduras britannico | BZ
everyday-name | alexa la capitale della guyana olandese | SR
everyday-name | alexa la capitale della tailandia | TH
everyday-name | alexa la capitale della türkiye come dicono adesso | TR
everyday-name | alexa la capitale dell'irak | IQ
everyday-name | alexa la capitale della malesia | MY
everyday-name | alexa la capitale del kirghisia | KG
everyday-name | alexa la capitale del timor leste | TL
plural-capitals | alexa ciò quante capitali ga {} | el sudafrica=ZA; la bolivia=BO; l'olanda=NL
plural-capitals | alexa dimmi tutte le capitali {} | della costa d'avorio=CI; del benin=BJ; della malesia=MY
plural-capitals | alexa aho ma è vero che {} c'ha due capitali | lo sri lanka=LK; l'eswatini=SZ; la palestina=PS
plural-capitals | alexa le capitali del sudafrica per la verifica di terza media | ZA
plural-capitals | alexa nel cruciverba chiede una delle tre capitali sudafricane dimmele | ZA
plural-capitals | alexa la bolivia ha sucre e la paz quali sono le capitali | BO
plural-capitals | alexa socmel l'olanda ha due capitali amsterdam e l'aia spiegami | NL
plural-capitals | alexa quali sono le due capitali dei paesi bassi | NL
plural-capitals | alexa capitali della malaysia kuala lumpur e putrajaya giusto | MY
plural-capitals | alexa il benin quante capitali ha porto novo e poi | BJ
plural-capitals | alexa costa d'avorio due capitali quali | CI
plural-capitals | alexa la palestina che capitali ha | PS
plural-capitals | alexa le capitali dei territori palestinesi | PS
plural-capitals | alexa lo swaziland ha una capitale amministrativa e una reale quali sono | SZ
plural-capitals | alexa lo sri lanka ha colombo e un'altra capitale come si chiama | LK
plural-capitals | alexa quante capitali ha il jammu e kashmir | IN-JK
plural-capitals | alexa le capitali dell'uttarakhand estiva e invernale | IN-UK
plural-capitals | alexa montserrat ha due capitali per colpa del vulcano dimmele | MS
plural-capitals | alexa in quali città ha sede il governo del sudafrica | ZA
plural-capitals | alexa nei paesi che hanno più capitali c'è la bolivia dimmi quali sono | BO
subdivision | alexa ciò la capitale {} che ghe semo stai in vacanza | della california=US-CA; del texas=US-TX; della florida=US-FL
subdivision | alexa aho er capoluogo {} qual è | dello stato di new york=US-NY; dell'illinois=US-IL; della pennsylvania=US-PA
subdivision | alexa uè zio mio sta {} dimmi a capitale | nel new jersey=US-NJ; nel massachusetts=US-MA; nel connecticut=US-CT
subdivision | alexa la capitale dello stato {} per la serie tv che guardo | del nevada=US-NV; del nuovo messico=US-NM; dell'arizona=US-AZ
subdivision | alexa deh la capitale delle hawaii | US-HI
subdivision | alexa la capitale dell'alaska che c'è il documentario sugli orsi | US-AK
subdivision | alexa sto guardando un film ambientato in {} qual è la capitale | louisiana=US-LA; tennessee=US-TN; kentucky=US-KY
subdivision | alexa la capitale del colorado dove vanno a sciare | US-CO
subdivision | alexa qual è la capitale {} stato americano | dello utah=US-UT; dell'oregon=US-OR; del washington=US-WA
subdivision | alexa camionista americano su youtube dice che vive in {} la capitale | oklahoma=US-OK; nebraska=US-NE; kansas=US-KS
subdivision | alexa la capitale del michigan dove c'è detroit | US-MI
subdivision | alexa la capitale dell'ohio | US-OH
subdivision | alexa per il quiz la capitale {} | del wisconsin=US-WI; del minnesota=US-MN; dell'iowa=US-IA
subdivision | alexa la capitale della carolina del nord e di quella del sud | US-NC+US-SC
subdivision | alexa la capitale del missouri | US-MO
subdivision | alexa capitale del maryland | US-MD
subdivision | alexa la capitale dello stato della virginia | US-VA
subdivision | alexa la capitale della virginia occidentale | US-WV
subdivision | alexa capitale del montana e del wyoming | US-MT+US-WY
subdivision | alexa mio cognato emigrato {} mi chiede la capitale della provincia | in ontario=CA-ON; in alberta=CA-AB; in manitoba=CA-MB
subdivision | alexa la capitale della columbia britannica | CA-BC
subdivision | alexa la capitale del québec quella francese | CA-QC
subdivision | alexa capoluogo della nuova scozia canada | CA-NS
subdivision | alexa la capitale del saskatchewan che non so pronunciare | CA-SK
subdivision | alexa la capitale dello yukon | CA-YT
subdivision | alexa la capitale del nunavut degli inuit | CA-NU
subdivision | alexa la capitale dell'isola del principe edoardo | CA-PE
subdivision | alexa terranova e labrador capitale | CA-NL
subdivision | alexa la capitale dei territori del nord ovest | CA-NT
subdivision | alexa la capitale del nuovo brunswick | CA-NB
subdivision | alexa ich frage nur la capitale {} land tedesco | della baviera=DE-BY; della sassonia=DE-SN; dell'assia=DE-HE
subdivision | alexa il capoluogo del baden württemberg | DE-BW
subdivision | alexa la capitale della renania settentrionale vestfalia | DE-NW
subdivision | alexa la capitale della bassa sassonia per la fiera di hannover | DE-NI
subdivision | alexa la capitale del brandeburgo | DE-BB
subdivision | alexa la capitale della turingia | DE-TH
subdivision | alexa la capitale del meclemburgo | DE-MV
subdivision | alexa capoluogo della renania palatinato | DE-RP
subdivision | alexa la capitale dello schleswig holstein | DE-SH
subdivision | alexa la capitale del saarland | DE-SL
subdivision | alexa la capitale della sassonia anhalt | DE-ST
subdivision | alexa la capitale {} stato australiano | del queensland=AU-QLD; del nuovo galles del sud=AU-NSW; della tasmania=AU-TAS
subdivision | alexa mia figlia fa la ragazza alla pari in {} qual è la capitale dello stato | victoria=AU-VIC; australia occidentale=AU-WA; australia meridionale=AU-SA
subdivision | alexa la capitale del territorio del nord australiano | AU-NT
subdivision | alexa la capitale del territorio della capitale australiana | AU-ACT
subdivision | alexa la capitale della scozia per la gita ad agosto | GB-SCT
subdivision | alexa qual è la capitale dell'irlanda del nord | GB-NIR
subdivision | alexa la capitale del galles che c'è la partita di rugby | GB-WLS
subdivision | alexa la capitale dell'inghilterra è la stessa del regno unito | GB-ENG
subdivision | alexa il mio collega indiano viene {} qual è la capitale dello stato | dal kerala=IN-KL; dal punjab=IN-PB; dal tamil nadu=IN-TN
subdivision | alexa la capitale del rajasthan dove c'è il forte | IN-RJ
subdivision | alexa la capitale di goa | IN-GA
subdivision | alexa la capitale dello stato indiano {} | del karnataka=IN-KA; del maharashtra=IN-MH; del gujarat=IN-GJ
subdivision | alexa la capitale del bengala occidentale | IN-WB
subdivision | alexa la capitale dell'uttar pradesh con il taj mahal | IN-UP
subdivision | alexa la capitale del sikkim | IN-SK
subdivision | alexa la capitale dell'assam dove fanno il tè | IN-AS
subdivision | alexa la capitale del telangana | IN-TS
subdivision | alexa la capitale del bihar | IN-BR
subdivision | alexa la capitale del ladakh | IN-LA
subdivision | alexa i capoeiristi della palestra vengono {} qual è la capitale dello stato | da bahia=BR-BA; dal pernambuco=BR-PE; dal ceará=BR-CE
subdivision | alexa la capitale dello stato di san paolo | BR-SP
subdivision | alexa la capitale dello stato di rio de janeiro | BR-RJ
subdivision | alexa la capitale del minas gerais | BR-MG
subdivision | alexa la capitale del rio grande do sul dove ci sono i discendenti veneti | BR-RS
subdivision | alexa la capitale di santa catarina che ci sono gli oriundi | BR-SC
subdivision | alexa la capitale dell'amazonas | BR-AM
subdivision | alexa la capitale del paraná | BR-PR
subdivision | alexa la capitale del pará | BR-PA
subdivision | alexa la capitale del distretto federale brasiliano | BR-DF
subdivision | alexa la capitale dello stato messicano {} | dello yucatán=MX-YUC; del jalisco=MX-JAL; di oaxaca=MX-OAX
subdivision | alexa la capitale della bassa california | MX-BCN
subdivision | alexa la capitale del quintana roo dove c'è cancún | MX-ROO
subdivision | alexa la capitale del chiapas | MX-CHP
subdivision | alexa la capitale del nuevo león | MX-NLE
subdivision | alexa la capitale del veracruz | MX-VER
subdivision | alexa la capitale della bassa california del sud | MX-BCS
subdivision | alexa la capitale di chihuahua lo stato | MX-CHH
subdivision | alexa la capitale del michoacán | MX-MIC
subdivision | alexa la capitale del guerrero dove c'è acapulco | MX-GRO
territories | alexa la capitale {} che ci sono andata in crociera no in aereo | della martinica=MQ; della guadalupa=GP; di aruba=AW
territories | alexa ciò la capitale {} | delle isole fær øer=FO; della groenlandia=GL; delle svalbard=SJ
territories | alexa la capitale di gibilterra che ci sono le scimmie | GI
territories | alexa la capitale delle isole falkland o malvine | FK
territories | alexa la capitale della polinesia francese | PF
territories | alexa la capitale della nuova caledonia | NC
territories | alexa la capitale di portorico | PR
territories | alexa la capitale delle bermuda | BM
territories | alexa la capitale delle isole cayman dove nascondono i soldi | KY
territories | alexa la capitale di curaçao | CW
territories | alexa la capitale della riunione isola francese | RE
territories | alexa la capitale di guam | GU
territories | alexa la capitale dell'isola di man dove fanno le corse in moto | IM
territories | alexa la capitale di jersey | JE
territories | alexa la capitale di guernsey | GG
territories | alexa la capitale delle isole åland | AX
territories | alexa la capitale della guyana francese | GF
territories | alexa la capitale di sant'elena dove è morto napoleone | SH
territories | alexa la capitale delle isole cook | CK
territories | alexa la capitale delle samoa americane | AS
territories | alexa la capitale di mayotte | YT
territories | alexa la capitale delle isole turks e caicos | TC
territories | alexa la capitale delle isole pitcairn del bounty | PN
territories | alexa la capitale di anguilla | AI
territories | alexa la capitale del sahara occidentale | EH
territories | alexa la capitale di saint pierre e miquelon | PM
territories | alexa la capitale di sint maarten parte olandese | SX
territories | alexa la capitale delle isole vergini britanniche | VG
territories | alexa la capitale delle isole vergini americane | VI
territories | alexa la capitale di wallis e futuna | WF
territories | alexa la capitale di niue | NU
territories | alexa la capitale di tokelau | TK
shared-name | alexa la capitale della georgia | GE+US-GA
shared-name | alexa ciò la capitale della georgia quella americana dove xe atlanta | US-GA
shared-name | alexa la capitale della georgia ex sovietica | GE
shared-name | alexa dimmi la capitale del congo | CD+CG
shared-name | alexa deh e i due congo che capitali hanno | CD+CG
shared-name | alexa la capitale della corea | KP+KR
shared-name | alexa le coree che capitale hanno | KP+KR
shared-name | alexa la capitale delle isole vergini | VG+VI
shared-name | alexa la capitale della corea quella del kpop | KR
shared-name | alexa la capitale del congo belga di una volta | CD
shared-name | alexa la capitale della georgia stato usa | US-GA
shared-name | alexa aho la capitale della georgia dove gioca kvaratskhelia | GE
places-extra | alexa la capitale di taiwan | TW
places-extra | alexa ciò la capitale de taiwan che fa i microchip | TW
places-extra | alexa la capitale del kosovo pristina giusto | XK
places-extra | alexa la capitale della palestina per il telegiornale | PS
places-extra | alexa la capitale dello stato di palestina | PS
places-extra | alexa la capitale dell'italia me la dici per il bambino | IT
places-extra | alexa la capitale del sudan del sud | SS
places-extra | alexa la capitale della corea del sud dove fanno i telefonini | KR
places-extra | alexa la capitale dello stato della città del vaticano | VA
places-extra | alexa la capitale di hong kong | HK
places-extra | alexa la capitale di macao | MO
places-extra | alexa capitale della città del messico | MX-CMX
places-extra | alexa la capitale dell'antartide | AQ
out-of-domain | alexa per la gita della parrocchia la capitale {} | della catalogna=FB; della corsica=FB; del tibet=FB
out-of-domain | alexa ciò qual xe la capitale {} | del veneto=FB; della serenissima=FB; del friuli=FB
out-of-domain | alexa socmel la capitale {} | dell'emilia romagna=FB; della romagna=FB; dell'emilia=FB
out-of-domain | alexa aho ma dove sta la capitale {} | del lazio=FB; della ciociaria=FB; dello stato pontificio=FB
out-of-domain | alexa uè e la capitale {} | della campania=FB; del regno delle due sicilie=FB; del cilento=FB
out-of-domain | alexa la capitale {} ue | della puglia=FB; del salento=FB; della murgia=FB
out-of-domain | alexa deh la capitale {} | della toscana=FB; della maremma=FB; del granducato di toscana=FB
out-of-domain | alexa die capitale {} bitte | del tirolo=FB; dell'alto adige=FB; della carinzia=FB
out-of-domain | alexa alors la capitale {} | della valle d'aosta=FB; della savoia=FB; della bretagna=FB
out-of-domain | alexa la capitale {} per la ricerca | della jugoslavia=FB; della cecoslovacchia=FB; dell'unione sovietica=FB
out-of-domain | alexa qual era la capitale {} | della germania est=FB; della prussia=FB; dell'impero ottomano=FB
out-of-domain | alexa la capitale {} nel libro | di narnia=FB; di westeros=FB; della terra di mezzo=FB
out-of-domain | alexa il bambino chiede la capitale {} | di topolinia=FB; di paperopoli=FB; del paese dei balocchi=FB
out-of-domain | alexa qual è la capitale {} del film | del wakanda=FB; di atlantide=FB; di mordor=FB
out-of-domain | alexa qual è la capitale {} come continente | dell'africa=FB; dell'europa=FB; dell'oceania=FB
out-of-domain | alexa la capitale {} che è una regione | dell'andalusia=FB; della transilvania=FB; delle fiandre=FB
out-of-domain | alexa qual è la capitale {} | del kurdistan=FB; della cecenia=FB; della transnistria=FB
out-of-domain | alexa la capitale {} che ho letto sul giornale | del somaliland=FB; dell'abcasia=FB; del nagorno karabakh=FB
out-of-domain | alexa la capitale dell'impero {} | romano=FB; austroungarico=FB; azteco=FB
out-of-domain | alexa la capitale della sicilia | FB
out-of-domain | alexa la capitale della sardegna che ci vado in estate | FB
out-of-domain | alexa la capitale della lombardia è milano vero | FB
out-of-domain | alexa la capitale della patagonia | FB
out-of-domain | alexa la capitale della lapponia dove abita babbo natale | FB
out-of-domain | alexa la capitale della siberia | FB
out-of-domain | alexa la capitale della scandinavia | FB
out-of-domain | alexa la capitale dei balcani | FB
out-of-domain | alexa la capitale della mesopotamia | FB
out-of-domain | alexa la capitale dell'isola che non c'è | FB
out-of-domain | alexa la capitale del regno di oz | FB
out-of-domain | alexa la capitale dell'eldorado | FB
out-of-domain | alexa la capitale di gotham city | FB
out-of-domain | alexa la capitale di lilliput | FB
out-of-domain | alexa la capitale delle canarie | FB
out-of-domain | alexa la capitale delle baleari | FB
out-of-domain | alexa la capitale di zanzibar | FB
out-of-domain | alexa la capitale della crimea | FB
out-of-domain | alexa la capitale dell'andalusia è siviglia | FB
out-of-domain | alexa la capitale della vallonia | FB
out-of-domain | alexa la capitale del sud est asiatico | FB
out-of-domain | alexa la capitale del medio oriente | FB
out-of-domain | alexa la capitale dell'unione europea | FB
out-of-domain | alexa la capitale mondiale del caffè | FB
out-of-domain | alexa qual è la capitale europea della cultura quest'anno | FB
out-of-domain | alexa la capitale italiana della cultura del prossimo anno | FB
out-of-domain | alexa qual è la capitale del tortellino | FB
out-of-domain | alexa bologna è la capitale della mortadella | FB
out-of-domain | alexa la capitale mondiale della pizza è napoli vero | FB
out-of-domain | alexa quanto capitale sociale serve per aprire una srl | FB
out-of-domain | alexa come si calcola l'interesse sul capitale | FB
out-of-domain | alexa cosa vuol dire capitale umano | FB
out-of-domain | alexa chi ha scritto il capitale | FB
out-of-domain | alexa riassunto del capitale di marx | FB
out-of-domain | alexa in quali paesi c'è ancora la pena capitale | FB
out-of-domain | alexa quali sono i sette peccati capitali | FB
out-of-domain | alexa come si scrive una lettera in maiuscolo capitale | FB
out-of-domain | alexa metti la serie la casa di carta | FB
out-of-domain | alexa quanto costa un capitello corinzio | FB
out-of-domain | alexa quanti abitanti ha roma capitale | FB
out-of-domain | alexa orari dei musei di roma capitale | FB
out-of-domain | alexa che tempo fa domani a treviso | FB
out-of-domain | alexa accendi la luce in salotto | FB
out-of-domain | alexa metti una canzone di vasco rossi | FB
out-of-domain | alexa imposta un timer di dodici minuti per la pasta | FB
out-of-domain | alexa sveglia alle sei e mezza | FB
out-of-domain | alexa aggiungi il latte alla lista della spesa | FB
out-of-domain | alexa chiama la mamma | FB
out-of-domain | alexa quanto fa diciassette per ventitré | FB
out-of-domain | alexa come si dice grazie in albanese | FB
out-of-domain | alexa traduci buongiorno in romeno | FB
out-of-domain | alexa che ore sono a manila | FB
out-of-domain | alexa quanto dista lima da roma | FB
out-of-domain | alexa quanti abitanti ha la nigeria | FB
out-of-domain | alexa che lingua si parla in brasile | FB
out-of-domain | alexa che moneta usano in giappone | FB
out-of-domain | alexa di che colore è la bandiera del perù | FB
out-of-domain | alexa qual è la montagna più alta dell'africa | FB
out-of-domain | alexa qual è il fiume più lungo del mondo | FB
out-of-domain | alexa quanto è grande la russia | FB
out-of-domain | alexa chi è il presidente della francia | FB
out-of-domain | alexa chi ha vinto la partita del napoli | FB
out-of-domain | alexa risultato della roma ieri sera | FB
out-of-domain | alexa classifica della motogp | FB
out-of-domain | alexa a che ora gioca sinner | FB
out-of-domain | alexa ricetta dei tortellini | FB
out-of-domain | alexa come si fa il tiramisù | FB
out-of-domain | alexa leggi le notizie del giorno | FB
out-of-domain | alexa raccontami una barzelletta | FB
out-of-domain | alexa dimmi l'oroscopo dello scorpione | FB
out-of-domain | alexa abbassa il volume | FB
out-of-domain | alexa metti radio deejay | FB
out-of-domain | alexa che traffico c'è sul grande raccordo anulare | FB
out-of-domain | alexa qual è la farmacia di turno a lecce | FB
out-of-domain | alexa ordina le capsule del caffè | FB
out-of-domain | alexa dov'è il mio pacco amazon | FB
out-of-domain | alexa accendi il riscaldamento | FB
out-of-domain | alexa spegni la tv | FB
out-of-domain | alexa chiudi le tapparelle | FB
out-of-domain | alexa ricordami di prendere le medicine alle otto | FB
out-of-domain | alexa quando è pasqua quest'anno | FB
out-of-domain | alexa quanti giorni mancano a natale | FB
out-of-domain | alexa come si coniuga il verbo andare | FB
out-of-domain | alexa qual è la capitolazione di caporetto | FB
out-of-domain | alexa cos'è un capoluogo di provincia | FB
out-of-domain | alexa qual è il capoluogo della provincia di treviso | FB
out-of-domain | alexa il capoluogo del molise | FB
out-of-domain | alexa il capoluogo della basilicata | FB
out-of-domain | alexa la capitale delle marche | FB
out-of-domain | alexa la capitale dell'umbria | FB
out-of-domain | alexa qual è il capoluogo della liguria | FB
out-of-domain | alexa ciò la capitale del prosecco | FB
out-of-domain | alexa deh livorno è la capitale del cacciucco | FB
out-of-domain | alexa la capitale della moda è milano o parigi | FB
out-of-domain | alexa qual è la città più grande della cina | FB
out-of-domain | alexa qual è la seconda città della turchia | FB
out-of-domain | alexa dimmi una città della mongolia che non sia la capitale | FB
out-of-domain | alexa cosa si mangia in perù | FB
out-of-domain | alexa quanto costa un volo per tirana | FB
out-of-domain | alexa prenota un tavolo per quattro | FB
out-of-domain | alexa qual è il prefisso della romania | FB
out-of-domain | alexa apri spotify | FB
out-of-domain | alexa chi ha inventato la radio | FB
out-of-domain | alexa faleminderit come si dice in italiano | FB
out-of-domain | alexa ya basha quando finisce il ramadan | FB
out-of-domain | alexa po che tempo fa a manila | FB
out-of-domain | alexa oye metti musica de salsa | FB
out-of-domain | alexa ayubowan che ore sono a colombo | FB
out-of-domain | alexa abeg play afrobeats | FB
out-of-domain | alexa genau wie spät ist es | FB
out-of-domain | alexa alors mets de la musique | FB
help | alexa ciò come funsiona sta roba | HELP
help | alexa socmel non ho capito cosa devo dire | HELP
help | alexa aho ma che se fa qua | HELP
help | alexa uè aiutami nun aggio capito niente | HELP
help | alexa ue sciamanin come si gioca | HELP
help | alexa deh mi spieghi come funziona | HELP
help | alexa also come si usa questa cosa | HELP
help | alexa alors che cosa posso chiederti | HELP
help | alexa nu capiscu comu funziona | HELP
help | alexa io non capisco bene italiano aiuto come funziona | HELP
help | alexa po help me come si usa | HELP
help | alexa oye ayuda come faccio a chiedere | HELP
help | alexa ya basha spiegami tu | HELP
help | alexa abeg help me | HELP
help | alexa che domande posso fare sulle capitali | HELP
help | alexa quali comandi ci sono | HELP
help | alexa mi fai un esempio di domanda | HELP
help | alexa cosa sai fare in questo gioco | HELP
help | alexa non so cosa chiedere dammi una mano | HELP
help | alexa la nonna non sa usarti spiegale le istruzioni | HELP
help | alexa ho bisogno di aiuto con le capitali come funziona | HELP
help | alexa mi sono perso cosa faccio adesso | HELP
help | alexa istruzioni per favore | HELP
help | alexa ripetimi come si gioca | HELP
help | alexa serve una mano qui | HELP
help | alexa come ti devo fare le domande | HELP
stop | alexa ciò basta cussì | STOP
stop | alexa socmel basta | STOP
stop | alexa aho fermate | STOP
stop | alexa uè statte zitta | STOP
stop | alexa ue basta mo | STOP
stop | alexa deh smettila | STOP
stop | alexa also stop | STOP
stop | alexa alors arrête | STOP
stop | alexa basta po | STOP
stop | alexa khalas basta | STOP
stop | alexa abeg stop am | STOP
stop | alexa ya basta amiga | STOP
stop | alexa finisci adesso | STOP
stop | alexa esci dal gioco | STOP
stop | alexa chiudi le capitali | STOP
stop | alexa fermati un attimo che squilla il telefono | STOP
stop | alexa taci che c'è il telegiornale | STOP
stop | alexa ho finito grazie ciao | STOP
stop | alexa basta domande per stasera | STOP
stop | alexa stai zitta per favore | STOP
stop | alexa fine del gioco | STOP
stop | alexa smettila di parlare | STOP
stop | alexa stop stop | STOP
stop | alexa esci pure | STOP
stop | alexa basta così grazie ci vediamo | STOP
stop | alexa chiudi tutto | STOP
cancel | alexa ciò lassa perdere | CANCEL
cancel | alexa socmel lascia stare | CANCEL
cancel | alexa aho lascia perde | CANCEL
cancel | alexa uè nun fa niente | CANCEL
cancel | alexa ue non ti preoccupare lascia stare | CANCEL
cancel | alexa deh annulla | CANCEL
cancel | alexa also annullare bitte | CANCEL
cancel | alexa alors laisse tomber | CANCEL
cancel | alexa lascia perdere po | CANCEL
cancel | alexa maalesh lascia stare | CANCEL
cancel | alexa abeg forget am | CANCEL
cancel | alexa olvídalo alexa | CANCEL
cancel | alexa non importa più | CANCEL
cancel | alexa dimentica quello che ho detto | CANCEL
cancel | alexa annulla la domanda | CANCEL
cancel | alexa no niente scusa | CANCEL
cancel | alexa fa niente ho trovato sul libro | CANCEL
cancel | alexa lascia stare me lo ricordo da solo | CANCEL
cancel | alexa annulla annulla | CANCEL
cancel | alexa non serve più | CANCEL
cancel | alexa ho cambiato idea annulla | CANCEL
cancel | alexa lascia perdere che la maestra l'ha già detto | CANCEL
cancel | alexa scordatelo | CANCEL
cancel | alexa niente niente lascia stare | CANCEL
cancel | alexa cancella la richiesta | CANCEL
cancel | alexa dimenticalo | CANCEL
launch | alexa ciò verzi capitali del mondo | LAUNCH
launch | alexa socmel apri capitali del mondo | LAUNCH
launch | alexa aho apri capitali der monno | LAUNCH
launch | alexa uè arape capitali del mondo | LAUNCH
launch | alexa ue apri le capitali del mondo | LAUNCH
launch | alexa deh avvia capitali del mondo | LAUNCH
launch | alexa also öffne capitali del mondo | LAUNCH
launch | alexa alors ouvre capitali del mondo | LAUNCH
launch | alexa po apri capitali del mondo | LAUNCH
launch | alexa oye abre capitali del mondo | LAUNCH
launch | alexa ayubowan apri capitali del mondo | LAUNCH
launch | alexa abeg open capitali del mondo | LAUNCH
launch | alexa fammi giocare con capitali del mondo | LAUNCH
launch | alexa lancia capitali del mondo per il quiz | LAUNCH
launch | alexa chiedi a capitali del mondo | LAUNCH
launch | alexa apri il gioco capitali del mondo | LAUNCH
launch | alexa voglio giocare a capitali del mondo | LAUNCH
launch | alexa avvia la skill capitali del mondo | LAUNCH
official-name | alexa ciò la capitale del regno unito de gran bretagna che me fio va a studiar | GB
official-name | alexa aho la capitale der regno de spagna | ES
official-name | alexa sul documento c'è scritto repubblica di moldova qual è la capitale | MD
official-name | alexa uè la capitale della repubblica di turchia per piacere | TR
official-name | alexa deh la capitale della repubblica sudafricana quante sono | ZA
official-name | alexa genau la capitale della repubblica federale tedesca ai tempi di bonn | DE
official-name | alexa alors la capitale della repubblica francese per il compito | FR
official-name | alexa faleminderit la capitale della repubblica di corea | KR
official-name | alexa po capitale della repubblica dell'unione del myanmar | MM
official-name | alexa ya basha la capitale della repubblica islamica dell'iran | IR
official-name | alexa per la pratica del visto la capitale dello stato di israele | IL
official-name | alexa nel modulo c'è regno del belgio mi dici la capitale | BE
official-name | alexa in enigmistica definizione capitale della confederazione svizzera | CH
official-name | alexa per l'esame di diritto internazionale la capitale degli stati uniti d'america | US
official-name | alexa al corso di italiano per stranieri la capitale della repubblica italiana qual è | IT
official-name | alexa mia figlia deve scrivere la capitale del commonwealth dell'australia | AU
official-name | alexa la capitale della repubblica di cipro per il ricorso del condominio | CY
official-name | alexa la capitale del regno di eswatini che non lo sapevo si chiamasse così | SZ
everyday-name | alexa ciò la capitale de l'inghilterra che ghe xe la regina no el re | GB-ENG
everyday-name | alexa uè a capitale d'america qual è | US
everyday-name | alexa aho la capitale degli usa | US
everyday-name | alexa deh la capitale della bielorussia o belarus come si dice | BY
everyday-name | alexa il nonno dice la capitale del congo ex zaire | CD
everyday-name | alexa nel vecchio atlante c'è la birmania qual è la capitale adesso | MM
everyday-name | alexa sul libro di storia c'è la persia la capitale qual era e qual è | IR
everyday-name | alexa mio zio parla ancora di ceylon per il tè la capitale | LK
everyday-name | alexa nel diario del bisnonno c'è l'abissinia qual è la capitale | ET
everyday-name | alexa la capitale della rodesia come diceva mio padre | ZW
everyday-name | alexa il collega dice sempre la gran bretagna qual è la capitale | GB
everyday-name | alexa per il viaggio in uk mi dici la capitale | GB
everyday-name | alexa la capitale della russia bianca che l'ho letto in un romanzo | BY
everyday-name | alexa sul francobollo c'è scritto siam la capitale qual è | TH
everyday-name | alexa la capitale dell'olanda per la gita in bici | NL
everyday-name | alexa sul vecchio francobollo c'è nuove ebridi qual è la capitale oggi | VU
everyday-name | alexa bechuanaland sul francobollo la capitale | BW
everyday-name | alexa basutoland capitale per la collezione | LS
everyday-name | alexa niassaland capitale adesso | MW
everyday-name | alexa nella cartina vecchia c'è ubangi sciari la capitale | CF
everyday-name | alexa la capitale della bosnia per la partita | BA
everyday-name | alexa la capitale della macedonia quella del nord | MK
everyday-name | alexa la capitale delle figi isole | FJ
shared-name | alexa ho un francobollo della georgia dimmi la capitale | GE+US-GA
shared-name | alexa uè a capitale d'a corea | KP+KR
shared-name | alexa i nigeriani del negozio dicono congo qual è la capitale | CD+CG
shared-name | alexa le isole vergini che capitale hanno per la crociera dei miei | VG+VI
shared-name | alexa deh la capitale della georgia dove c'è la coca cola | US-GA
shared-name | alexa la capitale della corea quella di kim jong un | KP
shared-name | alexa la capitale del congo francese con brazzaville | CG
shared-name | alexa la capitale delle isole vergini inglesi | VG
shared-name | alexa la capitale delle isole vergini degli stati uniti | VI
shared-name | alexa socmel la capitale della georgia | GE+US-GA
shared-name | alexa aho la capitale der congo | CD+CG
shared-name | alexa la capitale della corea che ho visto al tg | KP+KR
stop | alexa ciò molla | STOP
stop | alexa aho bbasta | STOP
stop | alexa uè fernisce | STOP
stop | alexa deh basta boia | STOP
stop | alexa genau stop jetzt | STOP
stop | alexa voilà basta così | STOP
stop | alexa stop grazie amiga | STOP
stop | alexa mi hai stufato stop | STOP
stop | alexa è ora di cena basta giocare | STOP
stop | alexa esci da capitali del mondo | STOP
stop | alexa smetti che la maestra ha detto basta | STOP
stop | alexa multumesc basta | STOP
cancel | alexa ciò no no lassa star | CANCEL
cancel | alexa aho nun importa lascia | CANCEL
cancel | alexa uè lascia perdere guagliò | CANCEL
cancel | alexa deh lassa andà | CANCEL
cancel | alexa na ja vergiss es | CANCEL
cancel | alexa bon laisse faire lascia stare | CANCEL
cancel | alexa annulla ho sbagliato a parlare | CANCEL
cancel | alexa lascia stare era per sbaglio | CANCEL
cancel | alexa no annulla è stato il bambino | CANCEL
cancel | alexa faleminderit lascia perdere | CANCEL
cancel | alexa pucha olvídate lascia stare | CANCEL
launch | alexa ciò apri capitali del mondo par el toso | LAUNCH
launch | alexa socmel avvia il gioco delle capitali del mondo | LAUNCH
launch | alexa daje apri capitali del mondo | LAUNCH
launch | alexa jamm apri capitali del mondo | LAUNCH
launch | alexa faleminderit apri capitali del mondo | LAUNCH
launch | alexa buna ziua apri capitali del mondo | LAUNCH
launch | alexa ya basha apri capitali del mondo | LAUNCH
launch | alexa salamat po apri capitali del mondo | LAUNCH
launch | alexa apri capitali del mondo che facciamo il ripasso di geografia | LAUNCH
launch | alexa per la serata quiz apri capitali del mondo | LAUNCH
help | alexa ciò dime come se fa | HELP
help | alexa faleminderit come funziona io non capisco | HELP
help | alexa buna ziua spiegami le regole | HELP
help | alexa salamat po come si usa questo gioco | HELP
help | alexa sono al pub quiz come ti chiedo le capitali | HELP
veneti | alexa ostrega el toso va in erasmus in {} qual xe la capitale | portogallo=PT; irlanda=IE; svezia=SE
veneti | alexa ciò le badanti de la nona vien da {} dime la capitale | ucraina=UA; moldavia=MD; georgia=GE
veneti | alexa el prosecco lo vendemo anca in {} qual xe la capitale | cina=CN; giappone=JP; corea del sud=KR
veneti | alexa a venezia xe rivà na nave da crociera de {} la capitale | malta=MT; cipro=CY; grecia=GR
bolognesi | alexa socmel al dottorato ci sono ragazzi {} la capitale del loro paese | iraniani=IR; pakistani=PK; egiziani=EG
bolognesi | alexa la sfoglina vuole andare in vacanza in {} dimmi la capitale | giordania=JO; oman=OM; tunisia=TN
bolognesi | alexa mo guarda che il mio coinquilino è {} che capitale hanno | camerunense=CM; eritreo=ER; senegalese=SN
romani | alexa aho er cliente der taxi è {} qual è la capitale der paese suo | kazako=KZ; uzbeko=UZ; azero=AZ
romani | alexa daje che ar pub quiz de trastevere chiedono la capitale {} | del kenya=KE; della tanzania=TZ; dell'uganda=UG
romani | alexa li turisti a fontana de trevi vengono da {} la capitale | brasile=BR; argentina=AR; messico=MX
napoletani | alexa uè mammà vuole sapere la capitale {} pecché ce sta o cugino | del canada=CA; dell'australia=AU; del venezuela=VE
napoletani | alexa jamm guagliò a capitale {} pe o compito | della svizzera=CH; del belgio=BE; dell'austria=AT
napoletani | alexa o ristorante mio ha clienti {} qual è a capitale | americani=US; inglesi=GB; giapponesi=JP
baresi | alexa ue sciamanin a bari vecchia ci sono turisti {} la capitale loro qual è | polacchi=PL; cechi=CZ; ungheresi=HU
baresi | alexa il traghetto per {} parte da bari dimmi la capitale | la croazia=HR; il montenegro=ME; l'albania=AL
livornesi | alexa deh al porto di livorno scaricano le navi {} la capitale | cinesi=CN; turche=TR; marocchine=MA
livornesi | alexa boia ma la capitale {} la sai | del perù=PE; del cile=CL; dell'ecuador=EC
sudtirolesi | alexa also meine tochter fragt die capitale {} | della norvegia=NO; della finlandia=FI; della danimarca=DK
sudtirolesi | alexa servus sono un maestro di sci a ortisei il cliente è {} qual è la capitale | olandese=NL; belga=BE; polacco=PL
valdostani | alexa alors al rifugio ci sono alpinisti {} qual è la capitale | sloveni=SI; slovacchi=SK; georgiani=GE
valdostani | alexa voilà la capitale {} che c'è la fontina in vendita | del canada=CA; del giappone=JP; della corea del sud=KR
salentini | alexa nu sacciu la capitale {} me la dici | dell'egitto=EG; della giordania=JO; della siria=SY
salentini | alexa a otranto sbarcano ragazzi {} la capitale loro | afghani=AF; iracheni=IQ; curdi iraniani=IR
romeni | alexa haide capo dice la capitale {} per scommessa | della lettonia=LV; dell'estonia=EE; della lituania=LT
albanesi | alexa ore alexa cliente del ristorante è {} capitale quale | svizzero=CH; tedesco=DE; austriaco=AT
filippini | alexa sige po la signora chiede la capitale {} | del giappone=JP; della corea del sud=KR; di taiwan=TW
peruviani | alexa pucha la capitale {} para mi hija | del cile=CL; dell'argentina=AR; della colombia=CO
srilankesi | alexa hari la capitale {} per favore | dell'india=IN; del pakistan=PK; dell'afghanistan=AF
egiziani | alexa ya basha la capitale {} che il cliente mi chiede | del sudan=SD; della libia=LY; del ciad=TD
nigeriani | alexa oga my friend asks capitale {} | del niger=NE; del burkina faso=BF; del ghana=GH
quiz | alexa squadra dei cinghiali di nuovo domanda otto la capitale {} | del turkmenistan=TM; del tagikistan=TJ; del kirghizistan=KG
quiz | alexa round musicale finito ora geografia la capitale {} | delle comore=KM; di gibuti=DJ; del burundi=BI
quiz | alexa ultima domanda del pub quiz e vinciamo la capitale {} | di haiti=HT; di cuba=CU; della giamaica=JM
enigmistica | alexa nel crucipuzzle devo trovare la capitale {} | delle figi=FJ; di samoa=WS; di tonga=TO
enigmistica | alexa bersaglio della settimana enigmistica capitale {} | dello yemen=YE; dell'oman=OM; del qatar=QA
fantacalcio | alexa al fantacalcio ho comprato un difensore {} dimmi la capitale | brasiliano=BR; uruguaiano=UY; colombiano=CO
fantacalcio | alexa il centrocampista {} del mio fanta che capitale ha il suo paese | danese=DK; olandese=NL; norvegese=NO
scuola | alexa compito di geografia per domani la capitale {} | del ghana=GH; del senegal=SN; della guinea=GN
scuola | alexa al cpia il professore chiede la capitale {} del paese di origine | del bangladesh=BD; dello sri lanka=LK; del pakistan=PK
scuola | alexa ripasso con il nonno la capitale {} | della finlandia=FI; dell'islanda=IS; dell'estonia=EE
camionisti | alexa col camion vado fino in {} qual è la capitale | romania=RO; bulgaria=BG; grecia=GR
camionisti | alexa la bolla dice consegna in {} dimmi la capitale | francia=FR; spagna=ES; portogallo=PT
vendemmia | alexa a fine vendemmia festa con i braccianti {} la capitale | senegalesi=SN; gambiani=GM; maliani=ML
infermieri | alexa la collega {} del reparto mi chiede la capitale del suo paese | peruviana=PE; ecuadoriana=EC; filippina=PH
parrucchiera | alexa la cliente va in vacanza in {} qual è la capitale | seychelles=SC; mauritius=MU; madagascar=MG
radioamatori | alexa collegamento in radio con {} qual è la capitale | la nuova zelanda=NZ; l'australia=AU; le filippine=PH
filatelia | alexa il francobollo viene da {} che capitale ha | la papua nuova guinea=PG; le isole salomone=SB; vanuatu=VU
risiko | alexa a risiko ho l'attacco su {} ma la capitale vera qual è | la mongolia=MN; il giappone=JP; la cina=CN
nozze | alexa il viaggio di nozze in {} ci dici la capitale | messico=MX; cuba=CU; repubblica dominicana=DO
formula | alexa il gran premio di {} la capitale del paese | brasile=BR; messico=MX; canada=CA
mondiali | alexa la nazionale gioca contro {} la capitale | la norvegia=NO; israele=IL; la moldavia=MD
follow-up | alexa ciò e dopo {} | el perù=PE; el cile=CL; l'ecuador=EC
follow-up | alexa aho e mo {} | la tunisia=TN; l'algeria=DZ; la libia=LY
follow-up | alexa socmel e adesso {} | la grecia=GR; la turchia=TR; cipro=CY
follow-up | alexa uè e po {} | o giappone=JP; a cina=CN; a corea do sud=KR
follow-up | alexa deh e allora {} | il belize=BZ; il guatemala=GT; el salvador=SV
follow-up | alexa po e {} | il vietnam=VN; la thailandia=TH; il laos=LA
follow-up | alexa also und {} | la svizzera=CH; il liechtenstein=LI; l'austria=AT
yes-no-check | alexa ciò xe vero che la capitale {} | del canada xe ottawa=CA; de l'australia xe canberra=AU; del brasile xe brasilia=BR
yes-no-check | alexa aho nun è che la capitale {} | della svizzera è zurigo=CH; della turchia è istanbul=TR; del marocco è casablanca=MA
yes-no-check | alexa uè ma a capitale {} è vero | do vietnam è hanoi=VN; do kazakistan è astana=KZ; do perù è lima=PE
yes-no-check | alexa deh la capitale {} o no | della bolivia è la paz=BO; dell'ecuador è quito=EC; della colombia è bogotà=CO
yes-no-check | alexa socmel la capitale {} dico bene | della germania è bonn=DE; della russia è san pietroburgo=RU; della polonia è cracovia=PL
reverse-question | alexa uè {} è capitale e che paese | bucarest=CITY:Bucarest; belgrado=CITY:Belgrado; sofia=CITY:Sofia
reverse-question | alexa deh {} è capitale di che cosa | phnom penh=CITY:Phnom Penh; kuala lumpur=CITY:Kuala Lumpur; giacarta=CITY:Giacarta
reverse-question | alexa socmel {} de che stato è capitale | montevideo=CITY:Montevideo; asunción=CITY:Asunción; quito=CITY:Quito
reverse-question | alexa ya basha {} capitale di quale paese | khartum=CITY:Khartum; giuba=CITY:Giuba; tripoli=CITY:Tripoli
self-correction | alexa ciò la capitale {} no aspetta del canada | dell'australia=CA; degli stati uniti=CA; del messico=CA
self-correction | alexa aho la capitale {} ma che dico del portogallo | della spagna=PT; dell'andorra=PT; del brasile=PT
self-correction | alexa uè a capitale {} anzi no della norvegia | della svezia=NO; della finlandia=NO; della danimarca=NO
self-correction | alexa deh la capitale {} mi correggo dell'ungheria | dell'austria=HU; della romania=HU; della slovacchia=HU
plural-capitals | alexa ciò le capitali {} par la verifica | del sudafrica=ZA; de l'olanda=NL; del benin=BJ
plural-capitals | alexa aho quante capitali c'ha {} | la bolivia=BO; la malesia=MY; la costa d'avorio=CI
plural-capitals | alexa uè le capitali {} dimmele tutte | do sri lanka=LK; da palestina=PS; do swaziland=SZ
territories | alexa ciò la capitale {} che ghe xe andà me fradel | della groenlandia=GL; delle fær øer=FO; delle bermuda=BM
territories | alexa aho la capitale {} | de portorico=PR; de gibilterra=GI; della nuova caledonia=NC
territories | alexa per la mia collezione un francobollo {} la capitale | delle isole pitcairn=PN; di sant'elena=SH; delle isole falkland=FK
territories | alexa sono radioamatore in collegamento {} qual è la capitale | con le isole cook=CK; con niue=NU; con tokelau=TK
territories | alexa sono parrucchiera e la cliente va {} la capitale | ad aruba=AW; a curaçao=CW; alla martinica=MQ
territories | alexa domanda del quiz sui territori francesi la capitale {} | della riunione=RE; di mayotte=YT; della guyana francese=GF
territories | alexa deh la capitale {} dell'oceano | delle isole marianne settentrionali=MP; delle samoa americane=AS; di guam=GU
territories | alexa uè a capitale {} | dell'isola di man=IM; di jersey=JE; di guernsey=GG
territories | alexa la capitale {} per la collezione | delle isole cocos=CC; dell'isola christmas=CX; dell'isola norfolk=NF
territories | alexa nel cruciverba c'è capitale {} | di saint barthélemy=BL; di saint martin=MF; di sint maarten=SX
territories | alexa la capitale {} isola caraibica | di montserrat=MS; di anguilla=AI; delle turks e caicos=TC
subdivision | alexa ciò me cugin xe emigrà in {} la capitale del stato | rio grande do sul=BR-RS; santa catarina=BR-SC; espírito santo=BR-ES
subdivision | alexa aho la capitale {} stato americano | del delaware=US-DE; del vermont=US-VT; del maine=US-ME
subdivision | alexa uè a capitale {} dove sta o zio | del rhode island=US-RI; del new hampshire=US-NH; dell'alabama=US-AL
subdivision | alexa deh la capitale {} stato usa | dell'arkansas=US-AR; del mississippi=US-MS; dell'indiana=US-IN
subdivision | alexa socmel il capoluogo {} | del dakota del nord=US-ND; del dakota del sud=US-SD; dell'idaho=US-ID
subdivision | alexa la capitale {} dello stato brasiliano | di goiás=BR-GO; del mato grosso=BR-MT; del maranhão=BR-MA
subdivision | alexa capitale {} stato del brasile | di alagoas=BR-AL; della paraíba=BR-PB; del rio grande do norte=BR-RN
subdivision | alexa la capitale {} nel nord del brasile | dell'acre=BR-AC; di roraima=BR-RR; dell'amapá=BR-AP
subdivision | alexa ciò capitale {} | di rondônia=BR-RO; del tocantins=BR-TO; del piauí=BR-PI
subdivision | alexa la capitale {} stato messicano | di sonora=MX-SON; di sinaloa=MX-SIN; di durango=MX-DUR
subdivision | alexa oye amiga la capitale {} del méxico | di puebla=MX-PUE; del tabasco=MX-TAB; di tamaulipas=MX-TAM
subdivision | alexa capitale {} stato indiano | dell'odisha=IN-OD; del jharkhand=IN-JH; del chhattisgarh=IN-CG
subdivision | alexa hari hari la capitale {} in india | del madhya pradesh=IN-MP; dell'himachal pradesh=IN-HP; dell'haryana=IN-HR
subdivision | alexa la capitale {} nel nord est dell'india | del manipur=IN-MN; del nagaland=IN-NL; del meghalaya=IN-ML
"""

if __name__ == "__main__":
    build_round(39, "it", LINES, sys.argv, "tests/Eval/it/round39/source/build_corpus.py")
