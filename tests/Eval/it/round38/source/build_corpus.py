"""Round 38, Italian (it-IT): a new author's own mix, written blind (brief WRITER46.md). Speakers chosen away from the
regions and groups of the Italian rounds 34 to 37: Sardinians of Cagliari, Nuoro and the Barbagia ("ajò", "eja", "ita",
"mi'", "su babbu", "su nonnu", "cumpà", the sheepfold, the Poetto, mirto, Sant'Efisio, the ferry to Tunis), Catanesi
("talìa", "amunì", "minchia", "chi ffu", "u picciriddu", "u zu turi", the fish market, the Etna, Sant'Agata),
Calabresi of Reggio ("cumpari", "ndi", "jamu", "me figghiu", "paisi", relatives in Toronto and Caracas), Abruzzesi of
Pescara ("uagliò", "mo", "vojo", arrosticini, the lido, the Majella), Genovesi ("belin", "mugugno", the Porto Antico,
the focacceria), Friulani of Udine ("mandi", "cjale", the latteria, the Carnia), Piemontesi of Turin ("neh", "bogia
nen", "cerea", "già che ci sei", the bicerin), Chinese of Prato (learner grammar, "ni hao"), Ukrainian carers
("diakuiu", "slava bohu", a signora of ninety), Moroccans of Turin's Porta Palazzo ("wallah", "safi", "yallah",
"khoya"), Senegalese beach vendors ("waaw", "jërëjëf", "inshallah"), Bangladeshi shopkeepers of Torpignattara ("bhai",
"accha", "bolo"), Sikh dairy workers near Lodi ("sat sri akal", "ji"), Argentine oriundi ("che", "boludo", "viste").
Situations: a Padua geography exam and thesis, a Ryanair gate queue at Bergamo, a bar sport bet, a laundromat, a
gelateria, a choir rehearsal, the elders' club at scopone and briscola (colonial and old names), a car repair shop, a
dentist's waiting room, a night bus, a cooking session, the Eurovision, the Giro d'Italia, the Olympics, Serie A
transfers. Plus follow-ups, yes/no checks with right and wrong guesses, self-corrections with an explicit marker
("anzi", "no scusa", "cioè", "no aspetta", "ma che dico", "mi correggo", "ops", "pardon"), reverse questions, official
and everyday names, shared names bare and disambiguated, plurals of every several-capital country and Palestine,
subdivisions and territories, launch with the invocation name "capitali del mondo", help, stop, cancel, out-of-domain
requests and near misses (Italian regions and capoluoghi, regions and breakaway areas abroad, historical states,
fictional places, continents, "capitale" as money, Marx's book, the capital sins and the death penalty, "capitale
della moda" and the like).
`python3 tests/Eval/it/round38/source/build_corpus.py [--check]`; the mechanics are in
tests/Eval/source/round12_hinl_corpus.py (build_round with round 38's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
sardi | alexa ajò dimmi la capitale {} che mio cugino ci va a lavorare | della norvegia=NO; dell'olanda=NL; della svezia=SE
sardi | alexa eja sto mungendo le pecore e mi è venuta la curiosità della capitale {} | della mongolia=MN; del kazakistan=KZ; del kirghizistan=KG
sardi | alexa ita est la capitale {} in italiano però | della spagna=ES; del portogallo=PT; della francia=FR
sardi | alexa su babbu mi chiede la capitale {} mi'che non ci sente bene | della grecia=GR; della turchia=TR; di cipro=CY
sardi | alexa a cagliari al poetto c'erano dei turisti {} qual è la capitale loro | lituani=LT; lettoni=LV; estoni=EE
sardi | alexa mi'alexa la capitale dell'algeria che ci arriva il traghetto da cagliari | DZ
sardi | alexa ajò la capitale della tunisia che è qui di fronte | TN
sardi | alexa in ovile non c'è campo però la capitale del marocco me la dici | MA
sardi | alexa cumpà scommettiamo un mirto che la capitale del canada è toronto | CA
sardi | alexa eja e quella dell'australia | AU
sardi | alexa ita mi naras la capitale della nuova zelanda | NZ
sardi | alexa a sa festa di sant'efisio c'erano dei catalani ma la spagna che capitale ha | ES
sardi | alexa su nonnu diceva che la capitale dell'argentina è buenos aires è vero | AR
sardi | alexa mi'alexa il tunisino del porto chiede la capitale della libia | LY
sardi | alexa ajò no rabbiare dimmi solo la capitale dell'egitto | EG
sardi | alexa cagliari è capitale di qualche paese | FB
sardi | alexa nuoro è la capitale della barbagia | FB
sardi | alexa la capitale della sardegna | FB
catanesi | alexa talìa dimmi la capitale {} ca non mi ricordo | della tanzania=TZ; del kenya=KE; dell'uganda=UG
catanesi | alexa amunì picciotta la capitale {} | del ruanda=RW; del burundi=BI; del malawi=MW
catanesi | alexa al mercato della pescheria un signore mi chiede la capitale {} | del senegal=SN; del mali=ML; del niger=NE
catanesi | alexa minchia non la so la capitale {} dimmela tu | del gambia=GM; della guinea=GN; della guinea-bissau=GW
catanesi | alexa u picciriddu havi i compiti qual è a capitale {} | del giappone=JP; della cina=CN; dell'india=IN
catanesi | alexa chi ffu la capitale della russia | RU
catanesi | alexa a capitale dell'ucraina ma comu si rici | UA
catanesi | alexa cumpà ma la capitale della bielorussia è minsk | BY
catanesi | alexa talìa che u zu turi dice che la capitale della germania è bonn | DE
catanesi | alexa amunì la capitale della polonia | PL
catanesi | alexa sotto l'etna stamatina ci sunnu tedeschi la capitale tedesca | DE
catanesi | alexa la festa di sant'agata c'erano americani qual è la capitale degli stati uniti d'america | US
catanesi | alexa minchia alexa rispondi a capitale dello yemen | YE
catanesi | alexa la capitale dell'oman chi mi serve pu cruciverba | OM
catanesi | alexa la capitale del qatar unni è | QA
catanesi | alexa catania è la capitale di chi | FB
catanesi | alexa la capitale della sicilia | FB
catanesi | alexa la capitale della granita | FB
calabresi | alexa cumpari ndi dici la capitale {} | del venezuela=VE; della colombia=CO; del perù=PE
calabresi | alexa jamu va dimmi a capitale {} chi ci sta me frati | dell'argentina=AR; del canada=CA; dell'australia=AU
calabresi | alexa a reggio sul lungomare un turista mi chiede la capitale {} | della croazia=HR; della serbia=RS; dell'albania=AL
calabresi | alexa me zia sta a toronto ma a capitale do canada è ottawa veru | CA
calabresi | alexa a capitale do venezuela comu si chiama | VE
calabresi | alexa ndi serve a capitale da germania pe me figghiu | DE
calabresi | alexa caracas è a capitale i quali paisi | CITY:Caracas
calabresi | alexa buenos aires capitale di chi è | CITY:Buenos Aires
calabresi | alexa a capitale da calabria è catanzaro o reggio | FB
calabresi | alexa scusa alexa a capitale du brasili | BR
calabresi | alexa u nonnu emigrò in australia e voli sapiri a capitale | AU
abruzzesi | alexa uagliò mo dimme la capitale {} | del belgio=BE; del lussemburgo=LU; dei paesi bassi=NL
abruzzesi | alexa mentre cuocio gli arrosticini mi dici la capitale {} | della svizzera=CH; dell'austria=AT; del liechtenstein=LI
abruzzesi | alexa al lido di pescara un bagnante chiede la capitale {} | dell'irlanda=IE; della danimarca=DK; della finlandia=FI
abruzzesi | alexa mo la capitale dell'islanda | IS
abruzzesi | alexa la capitale della scozia ch'è edimburgo o glasgow | GB-SCT
abruzzesi | alexa sulla majella non prende niente però la capitale del galles | GB-WLS
abruzzesi | alexa la capitale dell'irlanda del nord me la dici mo | GB-NIR
abruzzesi | alexa la capitale dell'abruzzo | FB
abruzzesi | alexa l'aquila è capitale di quale stato | FB
abruzzesi | alexa mo vojo sapé la capitale del regno unito | GB
abruzzesi | alexa dublino è la capitale de che | CITY:Dublino
genovesi | alexa belin dimmi la capitale {} | della cechia=CZ; della slovacchia=SK; dell'ungheria=HU
genovesi | alexa al porto antico ci sono marinai {} qual è la loro capitale | filippini=PH; indonesiani=ID; vietnamiti=VN
genovesi | alexa mugugno ma va bene dimmi la capitale {} | della romania=RO; della bulgaria=BG; della moldavia=MD
genovesi | alexa belin la capitale del montenegro | ME
genovesi | alexa sul traghetto per tunisi mi chiedono la capitale della macedonia del nord | MK
genovesi | alexa in focacceria c'è uno del kosovo che capitale hanno | XK
genovesi | alexa la capitale della bosnia sarajevo o mostar | BA
genovesi | alexa la capitale della slovenia che ci vado in camper | SI
genovesi | alexa belin bratislava è capitale di cosa | CITY:Bratislava
genovesi | alexa budapest è la capitale di quale nazione | CITY:Budapest
genovesi | alexa la capitale della liguria è genova no | FB
genovesi | alexa la capitale del pesto | FB
friulani | alexa mandi dimmi la capitale {} | della lettonia=LV; della lituania=LT; della estonia=EE
friulani | alexa cjale alexa il nono chiede la capitale {} | dell'argentina=AR; del brasile=BR; dell'uruguay=UY
friulani | alexa in latteria a udine parlano della capitale {} qual è | della slovenia=SI; dell'austria=AT; della croazia=HR
friulani | alexa mandi la capitale del friuli | FB
friulani | alexa la capitale della carnia | FB
friulani | alexa la capitale del lussemburgo è lussemburgo anche lei | LU
friulani | alexa e la capitale di monaco principato | MC
friulani | alexa lubiana è la capitale di che stato | CITY:Lubiana
piemontesi | alexa neh dimmi un po la capitale {} | del paraguay=PY; della bolivia=BO; del cile=CL
piemontesi | alexa bogia nen e dimmi la capitale {} | del guatemala=GT; del honduras=HN; del salvador=SV
piemontesi | alexa al bicerin una signora vuole sapere la capitale {} | del nicaragua=NI; della costa rica=CR; di panama=PA
piemontesi | alexa cerea alexa la capitale del belize | BZ
piemontesi | alexa già che ci sei la capitale di cuba | CU
piemontesi | alexa la capitale della giamaica neh | JM
piemontesi | alexa la capitale del piemonte | FB
piemontesi | alexa torino è stata capitale d'italia vero | FB
piemontesi | alexa la capitale d'italia adesso qual è | IT
piemontesi | alexa santiago è la capitale del cile giusto | CL
piemontesi | alexa asunción è capitale di quale paese | CITY:Asunción
cinesi | alexa ni hao io volere sapere capitale {} | della corea del sud=KR; della thailandia=TH; della malesia=MY
cinesi | alexa io lavoro laboratorio a prato capitale {} quale | del vietnam=VN; della cambogia=KH; del laos=LA
cinesi | alexa mia figlia scuola italiana chiede capitale {} | del giappone=JP; delle filippine=PH; di singapore=SG
cinesi | alexa capitale di cina è pechino giusto | CN
cinesi | alexa taipei è capitale di chi | CITY:Taipei
cinesi | alexa capitale di taiwan per favore | TW
cinesi | alexa capitale di hong kong esiste | HK
cinesi | alexa macao capitale quale | MO
cinesi | alexa capitale mongolia come si dice italiano | MN
cinesi | alexa io no capire capitale di myanmar | MM
ucraine | alexa diakuiu però dimmi capitale {} | dell'ucraina=UA; della moldavia=MD; della georgia caucaso=GE
ucraine | alexa la signora ha novanta anni chiede capitale {} io non so | della lettonia=LV; della romania=RO; dell'armenia=AM
ucraine | alexa slava bohu la signora dorme dimmi capitale di azerbaigian | AZ
ucraine | alexa kiev è capitale di ucraina sì | UA
ucraine | alexa kyiv capitale di quale paese | CITY:Kiev
ucraine | alexa capitale di crimea | FB
ucraine | alexa capitale di donbass | FB
ucraine | alexa chisinau è capitale di moldavia vero | MD
ucraine | alexa mio marito lavora in polonia capitale polonia varsavia | PL
marocchini | alexa wallah dimmi la capitale {} khoya | del marocco=MA; della mauritania=MR; dell'algeria=DZ
marocchini | alexa safi safi la capitale {} yallah | della giordania=JO; del libano=LB; della siria=SY
marocchini | alexa a porta palazzo vendo frutta uno chiede la capitale {} | dell'arabia saudita=SA; del kuwait=KW; del bahrein=BH
marocchini | alexa la capitale del marocco non è casablanca giusto | MA
marocchini | alexa rabat di che paese è capitale | CITY:Rabat
marocchini | alexa la capitale del sahara occidentale | EH
marocchini | alexa yallah la capitale degli emirati | AE
marocchini | alexa abu dhabi o dubai quale è capitale degli emirati arabi | AE
marocchini | alexa la capitale di iraq è baghdad wallah | IQ
marocchini | alexa la capitale del rif | FB
senegalesi | alexa waaw dimmi capitale {} | del senegal=SN; del gambia=GM; della mauritania=MR
senegalesi | alexa io vendo sulla spiaggia di rimini amico chiede capitale {} | della costa d'avorio=CI; del burkina faso=BF; del ghana=GH
senegalesi | alexa jërëjëf ma capitale {} quale è | del togo=TG; del benin=BJ; della nigeria=NG
senegalesi | alexa dakar è capitale di quale paese | CITY:Dakar
senegalesi | alexa bamako capitale di chi | CITY:Bamako
senegalesi | alexa capitale di casamance | FB
senegalesi | alexa inshallah capitale di sierra leone | SL
senegalesi | alexa capitale di liberia monrovia vero | LR
senegalesi | alexa capitale di capo verde | CV
bangladesi | alexa bhai capitale {} bolo | del bangladesh=BD; del bhutan=BT; del nepal=NP
bangladesi | alexa a torpignattara mio negozio cliente chiede capitale {} | dello sri lanka=LK; delle maldive=MV; del pakistan=PK
bangladesi | alexa accha capitale di bangladesh dhaka o dacca come dire | BD
bangladesi | alexa dacca è capitale di quale paese | CITY:Dacca
bangladesi | alexa capitale di bengala occidentale | IN-WB
bangladesi | alexa calcutta capitale di che stato | CITY:Calcutta
bangladesi | alexa capitale di assam | IN-AS
sikh | alexa sat sri akal capitale {} ji | del punjab=IN-PB; del rajasthan=IN-RJ; dell'haryana=IN-HR
sikh | alexa io lavoro stalla a lodi mungere vacche capitale {} quale | del kerala=IN-KL; del gujarat=IN-GJ; del maharashtra=IN-MH
sikh | alexa capitale di india nuova delhi o delhi | IN
sikh | alexa chandigarh è capitale di quale | CITY:Chandigarh
sikh | alexa capitale di karnataka ji | IN-KA
sikh | alexa capitale di goa per mia figlia | IN-GA
sikh | alexa capitale di uttar pradesh | IN-UP
sikh | alexa capitale del tamil nadu è chennai o madras | IN-TN
sikh | alexa capitale del khalistan | FB
argentini | alexa che boludo dimmi la capitale {} | dell'uruguay=UY; del paraguay=PY; del cile=CL
argentini | alexa viste mio nonno era di treviso io sono di rosario la capitale {} | della bolivia tutte e due=BO; del perù=PE; dell'ecuador=EC
argentini | alexa che la capitale dell'argentina è buenos aires o la plata | AR
argentini | alexa montevideo è capitale de qué país | CITY:Montevideo
argentini | alexa la capitale de las malvinas | FK
argentini | alexa la capitale delle falkland | FK
argentini | alexa la capitale della patagonia | FB
argentini | alexa la capitale del brasil | BR
argentini | alexa brasilia o rio quale è la capitale del brasile | BR
universitari | alexa ho l'esame di geografia politica a padova domani ripassiamo la capitale {} | dell'eritrea=ER; dell'etiopia=ET; di gibuti=DJ
universitari | alexa in biblioteca al bo non si può parlare quindi piano la capitale {} | della somalia=SO; del sudan=SD; del sud sudan=SS
universitari | alexa per la tesi sulle ex colonie mi serve la capitale {} | della libia=LY; dell'eritrea=ER; della somalia=SO
universitari | alexa lo spritz dopo l'esame ma prima dimmi la capitale del ciad | TD
universitari | alexa nel ppt ho scritto che la capitale della nigeria è lagos ho sbagliato | NG
universitari | alexa il prof ha detto che la capitale della tanzania è dodoma confermi | TZ
universitari | alexa la capitale della costa d'avorio perché ne ha due | CI
universitari | alexa gitega è la capitale del burundi da quando | BI
universitari | alexa la capitale del camerun in francese e in italiano | CM
aeroporto | alexa sono in coda al gate di ryanair a bergamo e la capitale {} mi sfugge | della lituania=LT; della polonia=PL; della romania=RO
aeroporto | alexa il volo fa scalo a {} ma è la capitale | francoforte=FB; istanbul=FB; zurigo=FB
aeroporto | alexa la capitale della giordania che atterro ad amman stanotte | JO
aeroporto | alexa il mio volo va a tbilisi che è la capitale della georgia quella del caucaso | GE
aeroporto | alexa l'hostess dice che atterriamo nella capitale del montenegro come si chiama | ME
aeroporto | alexa a che ora parte il volo per londra | FB
aeroporto | alexa imbarco chiuso ma dimmi la capitale dell'albania | AL
aeroporto | alexa cerca un volo per la capitale della spagna | FB
bar | alexa al bar sport stiamo litigando sulla capitale {} | dell'australia=AU; della turchia=TR; del canada=CA
bar | alexa un caffè corretto e la capitale {} | della svizzera=CH; del brasile=BR; della nuova zelanda=NZ
bar | alexa il barista scommette un amaro che la capitale del marocco è marrakech | MA
bar | alexa ho vinto io la capitale della turchia è ankara vero | TR
bar | alexa fammi un caffè | FB
bar | alexa metti la radio | FB
lavanderia | alexa mentre aspetto la centrifuga dimmi la capitale {} | della lettonia=LV; dell'islanda=IS; di malta=MT
lavanderia | alexa la lavatrice finisce tra venti minuti intanto la capitale del sudafrica quali sono | ZA
lavanderia | alexa quanto manca alla centrifuga | FB
gelateria | alexa un cono pistacchio e nocciola e la capitale {} | della grecia=GR; dell'armenia=AM; dell'iran=IR
gelateria | alexa la bimba al bancone chiede la capitale dell'islanda che c'è il gelato al ghiaccio | IS
gelateria | alexa qual è la capitale del gelato | FB
coro | alexa dopo le prove del coro il maestro chiede la capitale {} | dell'austria=AT; della cechia=CZ; dell'ungheria=HU
coro | alexa cantiamo un canto georgiano ma la capitale della georgia stato non quella americana | GE
coro | alexa la capitale dello stato della georgia in america | US-GA
circolo | alexa al circolo anziani giocando a scopone il ragioniere chiede la capitale {} | dello zambia=ZM; dello zimbabwe=ZW; del mozambico=MZ
circolo | alexa a briscola perdo ma la capitale dell'angola la so vero luanda | AO
circolo | alexa il cavaliere dice che la capitale della rhodesia era salisbury qual è oggi | ZW
circolo | alexa la capitale del dahomey come si chiama adesso | BJ
circolo | alexa la capitale dell'alto volta | BF
circolo | alexa la capitale del basutoland | LS
circolo | alexa la capitale del bechuanaland | BW
circolo | alexa la capitale del niassaland | MW
circolo | alexa la capitale della guyana britannica | GY
circolo | alexa la capitale dell'honduras britannico | BZ
circolo | alexa la capitale del siam al tempo dei re | TH
circolo | alexa la capitale della persia dello scià | IR
circolo | alexa la capitale di ceylon dove si beveva il tè | LK
circolo | alexa la capitale dello zaire di mobutu | CD
circolo | alexa la capitale della kampuchea | KH
circolo | alexa la capitale delle nuove ebridi | VU
circolo | alexa la capitale delle isole ellice | TV
circolo | alexa la capitale della jugoslavia | FB
circolo | alexa la capitale della germania est | FB
circolo | alexa la capitale dell'unione sovietica | FB
circolo | alexa la capitale della cecoslovacchia | FB
circolo | alexa la capitale dell'impero austroungarico | FB
officina | alexa il meccanico mi tiene qui due ore dimmi la capitale {} | del kazakistan=KZ; dell'uzbekistan=UZ; del tagikistan=TJ
officina | alexa ho le mani sporche d'olio la capitale del turkmenistan dimmela tu | TM
officina | alexa ashgabat è capitale di che paese | CITY:Ashgabat
officina | alexa trova un meccanico aperto | FB
dentista | alexa sono dal dentista in sala d'attesa la capitale {} | del gabon=GA; della guinea equatoriale=GQ; di são tomé e príncipe=ST
dentista | alexa la capitale della repubblica centrafricana mentre aspetto | CF
dentista | alexa prenota il dentista per martedì | FB
autobus | alexa sul notturno per casa la capitale {} | del madagascar=MG; di mauritius=MU; delle comore=KM
autobus | alexa moroni è capitale di che isole | CITY:Moroni
autobus | alexa quando passa il prossimo autobus | FB
cucina | alexa sto facendo il couscous ma la capitale {} | della tunisia=TN; dell'algeria=DZ; del marocco=MA
cucina | alexa il curry è indiano ma la capitale dello sri lanka | LK
cucina | alexa imposta un timer di dieci minuti | FB
cucina | alexa la capitale della carbonara | FB
eurovision | alexa guardando l'eurovision dimmi la capitale {} | dell'azerbaigian=AZ; della moldavia=MD; di israele=IL
eurovision | alexa i douze points vanno alla capitale del portogallo quale | PT
eurovision | alexa san marino manda sempre qualcuno ma qual è la sua capitale | SM
eurovision | alexa andorra la vella è capitale di andorra | AD
eurovision | alexa chi ha vinto l'eurovision l'anno scorso | FB
giro | alexa il giro d'italia parte dall'estero la capitale {} | dell'albania=AL; dell'ungheria=HU; dei paesi bassi=NL
giro | alexa la tappa arriva in una capitale europea ma qual è la capitale della danimarca | DK
giro | alexa chi ha vinto la tappa di oggi | FB
olimpiadi | alexa alle olimpiadi ha vinto un atleta {} qual è la capitale del suo paese | giamaicano=JM; keniano=KE; etiope=ET
olimpiadi | alexa la capitale delle bahamas che hanno vinto nei quattrocento | BS
olimpiadi | alexa la capitale di trinidad e tobago | TT
olimpiadi | alexa la capitale delle figi col rugby a sette | FJ
olimpiadi | alexa la capitale olimpica del duemilatrentadue | FB
calcio | alexa il napoli ha comprato un {} ma la capitale del suo paese | georgiano=GE; nigeriano=NG; uruguaiano=UY
calcio | alexa a che ora gioca la juve | FB
calcio | alexa la capitale del calcio | FB
calcio | alexa la capitale dell'inter | FB
help | alexa ajò come funziona sta cosa delle capitali | HELP
help | alexa minchia non capisco cosa devo dire aiutami | HELP
help | alexa uagliò che se po chiede a sto gioco | HELP
help | alexa belin mi spieghi come si usa | HELP
help | alexa neh che domande posso fare alle capitali del mondo | HELP
help | alexa io non capire come funziona aiuto per favore | HELP
help | alexa wallah non so cosa dire aiutami tu | HELP
help | alexa bhai aiuto come si gioca | HELP
help | alexa mandi mi dai una mano che non so come si fa | HELP
help | alexa il nonno non sa usarla spiegagli tu cosa può chiedere | HELP
help | alexa cumpari comu funziona stu coso | HELP
help | alexa eja ma cosa sai fare tu esattamente | HELP
help | alexa istruzioni per favore | HELP
help | alexa dammi un esempio di domanda che posso farti | HELP
help | alexa non mi ricordo come si chiede una capitale mi aiuti | HELP
help | alexa che comandi ci sono in questa skill | HELP
help | alexa sono nuovo qui come funziona il gioco delle capitali | HELP
help | alexa mi sono perso cosa devo dire adesso | HELP
help | alexa spiegami le regole per piacere | HELP
help | alexa che tipo di domande capisci | HELP
help | alexa aiutami a capire come ti uso | HELP
help | alexa ni hao come usare questo | HELP
help | alexa scusa ma a cosa servi | HELP
help | alexa aiuto aiuto non so che fare | HELP
help | alexa posso chiederti anche gli stati americani come funziona | HELP
help | alexa mi ripeti cosa posso fare | HELP
stop | alexa ajò basta così | STOP
stop | alexa minchia basta fermati | STOP
stop | alexa uagliò mo basta | STOP
stop | alexa belin piantala | STOP
stop | alexa neh adesso smettila | STOP
stop | alexa yallah basta capitali | STOP
stop | alexa bhai stop ora | STOP
stop | alexa mandi alexa ho finito | STOP
stop | alexa cumpari finiscila | STOP
stop | alexa eja chiudi tutto | STOP
stop | alexa esci dalle capitali del mondo | STOP
stop | alexa spegniti con ste capitali | STOP
stop | alexa zitta un attimo che è arrivato il treno | STOP
stop | alexa ora basta che devo dormire | STOP
stop | alexa fine del gioco | STOP
stop | alexa smetti di parlare | STOP
stop | alexa non ne posso più fermati | STOP
stop | alexa abbiamo finito grazie | STOP
stop | alexa io basta per oggi | STOP
stop | alexa stop stop stop | STOP
stop | alexa falla finita con le capitali | STOP
stop | alexa esci pure | STOP
stop | alexa il dentista mi chiama basta così | STOP
stop | alexa taci ti prego | STOP
stop | alexa chiudi la skill | STOP
stop | alexa buonanotte basta così | STOP
cancel | alexa ajò annulla | CANCEL
cancel | alexa minchia annulla tutto | CANCEL
cancel | alexa uagliò lascia sta annulla | CANCEL
cancel | alexa belin annulla la domanda | CANCEL
cancel | alexa neh annulla quello che ho detto | CANCEL
cancel | alexa safi annulla | CANCEL
cancel | alexa bhai cancella domanda | CANCEL
cancel | alexa mandi lascia perdere annulla | CANCEL
cancel | alexa cumpari annulla ca ho sbagliato | CANCEL
cancel | alexa eja annulla la richiesta | CANCEL
cancel | alexa no no annulla ho sbagliato paese | CANCEL
cancel | alexa annulla l'ultima cosa | CANCEL
cancel | alexa cancella la domanda di prima | CANCEL
cancel | alexa annulla per favore non volevo | CANCEL
cancel | alexa lascia perdere non importa annulla | CANCEL
cancel | alexa annulla annulla | CANCEL
cancel | alexa ho sbagliato annullala | CANCEL
cancel | alexa io sbagliato annulla | CANCEL
cancel | alexa annulla che il bimbo ha parlato sopra | CANCEL
cancel | alexa lascia stare annulla tutto quanto | CANCEL
cancel | alexa annulla la richiesta di prima grazie | CANCEL
cancel | alexa niente annulla | CANCEL
cancel | alexa annulla l'operazione | CANCEL
cancel | alexa annulla che non serve più | CANCEL
launch | alexa ajò apri capitali del mondo | LAUNCH
launch | alexa minchia apri capitali del mondo | LAUNCH
launch | alexa uagliò avvia capitali del mondo | LAUNCH
launch | alexa belin fammi partire capitali del mondo | LAUNCH
launch | alexa neh apri le capitali del mondo | LAUNCH
launch | alexa bhai apri capitali del mondo per favore | LAUNCH
launch | alexa mandi apri capitali del mondo | LAUNCH
launch | alexa voglio giocare a capitali del mondo | LAUNCH
launch | alexa lancia la skill capitali del mondo | LAUNCH
launch | alexa fai partire il gioco capitali del mondo | LAUNCH
launch | alexa cumpari apri capitali do mundu | LAUNCH
launch | alexa apri capitali del mondo che ripasso per l'esame | LAUNCH
launch | alexa avvia la skill delle capitali del mondo | LAUNCH
launch | alexa eja apriamo capitali del mondo | LAUNCH
follow-up | alexa ajò e quella della norvegia | NO
follow-up | alexa e del portogallo invece | PT
follow-up | alexa minchia e la finlandia | FI
follow-up | alexa e la grecia allora | GR
follow-up | alexa uagliò e quella del cile | CL
follow-up | alexa e per il perù | PE
follow-up | alexa belin e la colombia | CO
follow-up | alexa e poi la capitale dell'ecuador | EC
follow-up | alexa neh e la croazia | HR
follow-up | alexa e dell'ungheria che mi dici | HU
follow-up | alexa e il laos invece | LA
follow-up | alexa wallah e l'egitto | EG
follow-up | alexa e quella del libano | LB
follow-up | alexa bhai e il nepal | NP
follow-up | alexa e lo sri lanka invece | LK
follow-up | alexa mandi e la slovacchia | SK
follow-up | alexa e l'austria già che ci sei | AT
follow-up | alexa cumpari e u canada | CA
follow-up | alexa e quella del messico | MX
follow-up | alexa ok e adesso la tanzania | TZ
follow-up | alexa perfetto e il ghana | GH
follow-up | alexa bene e la bolivia | BO
follow-up | alexa grazie e quella della corea del nord | KP
follow-up | alexa e il vietnam | VN
follow-up | alexa e l'etiopia invece | ET
follow-up | alexa e lo yemen | YE
follow-up | alexa e la cambogia già che ci siamo | KH
follow-up | alexa e il suriname allora | SR
follow-up | alexa e quella del guyana | GY
follow-up | alexa e per la mongolia | MN
follow-up | alexa e la lituania | LT
follow-up | alexa e le seychelles | SC
yes-no-check | alexa ajò è vero che la capitale della norvegia è oslo | NO
yes-no-check | alexa minchia la capitale del brasile è rio de janeiro giusto | BR
yes-no-check | alexa uagliò la capitale della svizzera è zurigo o no | CH
yes-no-check | alexa belin la capitale dell'australia è sydney | AU
yes-no-check | alexa neh la capitale del canada è montreal | CA
yes-no-check | alexa la capitale della nigeria è abuja sì o no | NG
yes-no-check | alexa wallah la capitale della turchia è istanbul | TR
yes-no-check | alexa la capitale del pakistan è karachi | PK
yes-no-check | alexa la capitale del vietnam è hanoi giusto | VN
yes-no-check | alexa è giusto dire che la capitale del myanmar è rangoon | MM
yes-no-check | alexa la capitale della bolivia è la paz vero | BO
yes-no-check | alexa ma la capitale della nuova zelanda non era auckland | NZ
yes-no-check | alexa la capitale del marocco è rabat confermi | MA
yes-no-check | alexa la capitale del kazakistan è almaty | KZ
yes-no-check | alexa la capitale della tanzania è dar es salaam | TZ
yes-no-check | alexa confermami che la capitale del belize è belmopan | BZ
yes-no-check | alexa è vero che la capitale della costa d'avorio è abidjan | CI
yes-no-check | alexa ho ragione io se dico che la capitale del sudafrica è johannesburg | ZA
yes-no-check | alexa cumpari la capitale della germania è berlino o francoforte | DE
yes-no-check | alexa mandi la capitale della slovenia è lubiana vero | SI
yes-no-check | alexa eja la capitale dell'islanda è reykjavík | IS
yes-no-check | alexa bhai la capitale dell'india è mumbai | IN
yes-no-check | alexa la capitale degli stati uniti è new york o washington | US
yes-no-check | alexa la capitale del benin è cotonou vero | BJ
yes-no-check | alexa la capitale della siria è aleppo | SY
yes-no-check | alexa la capitale dell'ecuador è quito confermi | EC
yes-no-check | alexa è vero che la capitale della cina è shanghai | CN
yes-no-check | alexa la capitale del malawi è blantyre | MW
self-correction | alexa ajò la capitale della svezia anzi della norvegia | NO
self-correction | alexa minchia la capitale dell'austria no scusa dell'australia | AU
self-correction | alexa uagliò la capitale della slovacchia cioè della slovenia | SI
self-correction | alexa belin la capitale dell'iran anzi dell'iraq | IQ
self-correction | alexa neh la capitale del niger no volevo dire della nigeria | NG
self-correction | alexa la capitale del mali no aspetta del malawi | MW
self-correction | alexa wallah la capitale dell'algeria anzi della tunisia | TN
self-correction | alexa la capitale della guinea no della guinea equatoriale | GQ
self-correction | alexa la capitale del sudan ma che dico del sud sudan | SS
self-correction | alexa bhai la capitale del nepal no no del bhutan | BT
self-correction | alexa mandi la capitale della lettonia anzi no della lituania | LT
self-correction | alexa cumpari a capitale da colombia no do venezuela | VE
self-correction | alexa eja la capitale della danimarca scusa volevo dire dei paesi bassi | NL
self-correction | alexa la capitale del paraguay anzi dell'uruguay | UY
self-correction | alexa la capitale dell'armenia no dell'albania | AL
self-correction | alexa la capitale della mauritania pardon di mauritius | MU
self-correction | alexa la capitale del gambia ops dello zambia | ZM
self-correction | alexa la capitale della corea del nord anzi del sud | KR
self-correction | alexa la capitale del congo brazzaville no dell'altro congo quello di kinshasa | CD
self-correction | alexa la capitale dell'honduras cioè del nicaragua | NI
self-correction | alexa la capitale della romania mi correggo della bulgaria | BG
self-correction | alexa la capitale del kenya no aspetta dell'uganda | UG
self-correction | alexa la capitale dell'oman anzi no del qatar | QA
self-correction | alexa la capitale della bosnia scusa del montenegro | ME
reverse-question | alexa ajò oslo è capitale di cosa | CITY:Oslo
reverse-question | alexa minchia canberra di che paese è | CITY:Canberra
reverse-question | alexa uagliò helsinki è la capitale di quale stato | CITY:Helsinki
reverse-question | alexa belin tallinn di che paese è capitale | CITY:Tallinn
reverse-question | alexa neh santiago di quale paese è capitale | CITY:Santiago
reverse-question | alexa wallah nouakchott capitale di chi | CITY:Nouakchott
reverse-question | alexa bhai thimphu quale paese | CITY:Thimphu
reverse-question | alexa mandi vilnius è la capitale di che nazione | CITY:Vilnius
reverse-question | alexa eja tirana è capitale di che paese | CITY:Tirana
reverse-question | alexa cumpari nairobi i quali paisi è capitali | CITY:Nairobi
reverse-question | alexa di quale paese è capitale lusaka | CITY:Lusaka
reverse-question | alexa windhoek capitale di quale paese africano | CITY:Windhoek
reverse-question | alexa ulan bator è la capitale di quale stato asiatico | CITY:Ulan Bator
reverse-question | alexa bishkek è la capitale di dove | CITY:Bishkek
reverse-question | alexa di chi è capitale tegucigalpa | CITY:Tegucigalpa
reverse-question | alexa paramaribo è la capitale di che stato sudamericano | CITY:Paramaribo
reverse-question | alexa antananarivo è la capitale di quale isola | CITY:Antananarivo
reverse-question | alexa in che paese si trova la capitale chiamata ngerulmud | CITY:Ngerulmud
reverse-question | alexa port moresby è capitale di cosa | CITY:Port Moresby
reverse-question | alexa mascate è capitale di quale paese arabo | CITY:Mascate
reverse-question | alexa a quale paese appartiene la capitale kigali | CITY:Kigali
reverse-question | alexa sucre di che paese è capitale | CITY:Sucre
reverse-question | alexa podgorica è capitale di quale paese dei balcani | CITY:Podgorica
reverse-question | alexa naypyidaw è capitale di che paese | CITY:Naypyidaw
official-name | alexa la capitale della confederazione elvetica per il compito | CH
official-name | alexa la capitale della repubblica ellenica | GR
official-name | alexa la capitale del regno hascemita di giordania | JO
official-name | alexa la capitale della repubblica islamica dell'iran | IR
official-name | alexa la capitale della repubblica federale di germania | DE
official-name | alexa la capitale della repubblica araba siriana | SY
official-name | alexa la capitale dello stato plurinazionale della bolivia quali sono | BO
official-name | alexa la capitale della repubblica bolivariana del venezuela | VE
official-name | alexa la capitale degli stati uniti messicani | MX
official-name | alexa la capitale della repubblica popolare democratica di corea | KP
official-name | alexa la capitale della repubblica di corea | KR
official-name | alexa la capitale della federazione russa | RU
official-name | alexa la capitale della repubblica portoghese | PT
official-name | alexa la capitale della repubblica democratica popolare di algeria | DZ
official-name | alexa la capitale della repubblica slovacca | SK
official-name | alexa la capitale del regno di svezia | SE
official-name | alexa la capitale della repubblica tunisina | TN
official-name | alexa la capitale del commonwealth dell'australia | AU
official-name | alexa la capitale della repubblica federativa del brasile | BR
official-name | alexa la capitale della repubblica libanese | LB
official-name | alexa la capitale della repubblica di moldova | MD
official-name | alexa la capitale del regno di eswatini quali sono | SZ
everyday-name | alexa la capitale dell'olanda quella vera | NL
everyday-name | alexa la capitale dell'america | US
everyday-name | alexa la capitale degli states | US
everyday-name | alexa la capitale della gran bretagna | GB
everyday-name | alexa la capitale dell'inghilterra | GB-ENG
everyday-name | alexa la capitale della birmania per il cruciverba | MM
everyday-name | alexa la capitale del congo kinshasa | CD
everyday-name | alexa la capitale del congo brazzaville | CG
everyday-name | alexa la capitale della nordcorea | KP
everyday-name | alexa la capitale della sudcorea | KR
everyday-name | alexa la capitale della repubblica ceca | CZ
everyday-name | alexa la capitale del vaticano | VA
everyday-name | alexa la capitale della santa sede | VA
everyday-name | alexa la capitale dello swaziland | SZ
everyday-name | alexa la capitale della rdc | CD
everyday-name | alexa la capitale della bosnia | BA
everyday-name | alexa la capitale della macedonia | MK
everyday-name | alexa la capitale della russia bianca | BY
everyday-name | alexa la capitale di formosa | TW
everyday-name | alexa la capitale dell'abissinia | ET
everyday-name | alexa la capitale della costa d'oro | GH
everyday-name | alexa la capitale dell'irak | IQ
everyday-name | alexa la capitale della tailandia | TH
everyday-name | alexa la capitale dell'uk | GB
everyday-name | alexa la capitale degli emirati arabi | AE
shared-name | alexa la capitale del congo | CD+CG
shared-name | alexa ajò la capitale della corea | KP+KR
shared-name | alexa le capitali delle due coree | KP+KR
shared-name | alexa le capitali dei due congo | CD+CG
shared-name | alexa la capitale della georgia | GE+US-GA
shared-name | alexa la capitale delle isole vergini | VG+VI
shared-name | alexa la capitale delle isole vergini britanniche | VG
shared-name | alexa la capitale delle isole vergini americane | VI
shared-name | alexa la capitale della georgia negli stati uniti | US-GA
shared-name | alexa la capitale della georgia il paese vicino alla russia | GE
shared-name | alexa minchia la capitale della corea quella del nord | KP
shared-name | alexa belin la capitale della corea quella di samsung | KR
shared-name | alexa la capitale del congo quello belga | CD
shared-name | alexa la capitale del congo francese | CG
shared-name | alexa uagliò la capitale coreana | KP+KR
shared-name | alexa neh la capitale della georgia americana | US-GA
plural-capitals | alexa ajò le capitali del sudafrica | ZA
plural-capitals | alexa quante sono le capitali del sudafrica e quali | ZA
plural-capitals | alexa minchia le capitali della bolivia | BO
plural-capitals | alexa la bolivia quante capitali tiene | BO
plural-capitals | alexa uagliò le capitali dei paesi bassi | NL
plural-capitals | alexa amsterdam e l'aia sono tutte e due capitali dell'olanda | NL
plural-capitals | alexa belin le due capitali del benin | BJ
plural-capitals | alexa il benin ha porto novo e cotonou come capitali | BJ
plural-capitals | alexa neh le capitali della costa d'avorio | CI
plural-capitals | alexa abidjan e yamoussoukro sono capitali della costa d'avorio tutte e due | CI
plural-capitals | alexa wallah le capitali dello sri lanka | LK
plural-capitals | alexa lo sri lanka quante capitali ha | LK
plural-capitals | alexa bhai le capitali della malesia | MY
plural-capitals | alexa kuala lumpur e putrajaya sono tutte e due capitali della malesia | MY
plural-capitals | alexa mandi le capitali dell'eswatini | SZ
plural-capitals | alexa lo swaziland ha due capitali quali | SZ
plural-capitals | alexa eja le capitali della palestina | PS
plural-capitals | alexa la palestina quante capitali ha | PS
plural-capitals | alexa ramallah e gerusalemme est sono capitali della palestina | PS
plural-capitals | alexa cumpari i capitali da bolivia | BO
plural-capitals | alexa dimmi tutte le capitali della malaysia | MY
plural-capitals | alexa tutte le capitali dell'olanda per favore | NL
subdivision | alexa ajò la capitale della california non è los angeles vero | US-CA
subdivision | alexa minchia la capitale del texas | US-TX
subdivision | alexa uagliò qual è la capitale dello stato di new york | US-NY
subdivision | alexa belin la capitale della florida è miami | US-FL
subdivision | alexa neh la capitale dell'illinois | US-IL
subdivision | alexa mio cugino vive in oregon la capitale qual è | US-OR
subdivision | alexa la capitale dell'alabama | US-AL
subdivision | alexa la capitale del colorado per il viaggio in camper | US-CO
subdivision | alexa la capitale delle hawaii | US-HI
subdivision | alexa la capitale del new mexico | US-NM
subdivision | alexa la capitale del nuovo messico | US-NM
subdivision | alexa la capitale della carolina del nord | US-NC
subdivision | alexa la capitale della carolina del sud | US-SC
subdivision | alexa la capitale del dakota del nord | US-ND
subdivision | alexa la capitale del minnesota | US-MN
subdivision | alexa la capitale del wisconsin che fanno il formaggio | US-WI
subdivision | alexa la capitale del missouri | US-MO
subdivision | alexa la capitale del mississippi | US-MS
subdivision | alexa la capitale dello stato di washington non la città | US-WA
subdivision | alexa la capitale della virginia | US-VA
subdivision | alexa la capitale del maryland | US-MD
subdivision | alexa la capitale dell'iowa | US-IA
subdivision | alexa la capitale dell'oklahoma | US-OK
subdivision | alexa la capitale del kansas | US-KS
subdivision | alexa la capitale del nebraska | US-NE
subdivision | alexa la capitale dell'idaho | US-ID
subdivision | alexa la capitale del maine | US-ME
subdivision | alexa la capitale del connecticut | US-CT
subdivision | alexa la capitale del rhode island | US-RI
subdivision | alexa la capitale del delaware | US-DE
subdivision | alexa la capitale dell'arkansas | US-AR
subdivision | alexa la capitale dell'indiana | US-IN
subdivision | alexa la capitale del new hampshire | US-NH
subdivision | alexa la capitale della virginia occidentale | US-WV
subdivision | alexa la capitale del dakota del sud | US-SD
subdivision | alexa la capitale dell'ontario è toronto | CA-ON
subdivision | alexa la capitale del québec | CA-QC
subdivision | alexa la capitale della columbia britannica | CA-BC
subdivision | alexa la capitale dell'alberta | CA-AB
subdivision | alexa la capitale del manitoba | CA-MB
subdivision | alexa la capitale della nuova scozia | CA-NS
subdivision | alexa la capitale del nunavut | CA-NU
subdivision | alexa la capitale dello yukon | CA-YT
subdivision | alexa la capitale dell'isola del principe edoardo | CA-PE
subdivision | alexa la capitale di terranova | CA-NL
subdivision | alexa la capitale del saskatchewan | CA-SK
subdivision | alexa la capitale della baviera | DE-BY
subdivision | alexa la capitale dell'assia | DE-HE
subdivision | alexa la capitale della turingia | DE-TH
subdivision | alexa la capitale della bassa sassonia | DE-NI
subdivision | alexa la capitale della renania settentrionale vestfalia | DE-NW
subdivision | alexa la capitale dello schleswig holstein | DE-SH
subdivision | alexa la capitale del meclemburgo | DE-MV
subdivision | alexa la capitale della renania palatinato | DE-RP
subdivision | alexa la capitale della sassonia anhalt | DE-ST
subdivision | alexa la capitale di bahia | BR-BA
subdivision | alexa la capitale dell'amazonas | BR-AM
subdivision | alexa la capitale del minas gerais | BR-MG
subdivision | alexa la capitale del rio grande do sul | BR-RS
subdivision | alexa la capitale del paraná | BR-PR
subdivision | alexa la capitale del pernambuco | BR-PE
subdivision | alexa la capitale del ceará | BR-CE
subdivision | alexa la capitale dello stato di san paolo | BR-SP
subdivision | alexa la capitale di santa catarina | BR-SC
subdivision | alexa la capitale dello jalisco | MX-JAL
subdivision | alexa la capitale dello yucatán | MX-YUC
subdivision | alexa la capitale di oaxaca | MX-OAX
subdivision | alexa la capitale del chiapas | MX-CHP
subdivision | alexa la capitale del quintana roo dove c'è cancún | MX-ROO
subdivision | alexa la capitale della bassa california | MX-BCN
subdivision | alexa la capitale del nuovo galles del sud | AU-NSW
subdivision | alexa la capitale del queensland | AU-QLD
subdivision | alexa la capitale dell'australia occidentale | AU-WA
subdivision | alexa la capitale dell'australia meridionale | AU-SA
subdivision | alexa la capitale del territorio del nord | AU-NT
subdivision | alexa la capitale del kashmir indiano | IN-JK
subdivision | alexa la capitale del bihar | IN-BR
subdivision | alexa la capitale del telangana | IN-TS
subdivision | alexa la capitale del sikkim | IN-SK
subdivision | alexa la capitale dell'odisha | IN-OD
territory | alexa la capitale della groenlandia | GL
territory | alexa la capitale delle isole fær øer | FO
territory | alexa la capitale di portorico | PR
territory | alexa la capitale delle bermuda | BM
territory | alexa la capitale di gibilterra | GI
territory | alexa la capitale della polinesia francese | PF
territory | alexa la capitale della nuova caledonia | NC
territory | alexa la capitale della martinica | MQ
territory | alexa la capitale della guadalupa | GP
territory | alexa la capitale della guyana francese | GF
territory | alexa la capitale dell'isola della riunione | RE
territory | alexa la capitale di aruba | AW
territory | alexa la capitale di curaçao | CW
territory | alexa la capitale delle isole cayman | KY
territory | alexa la capitale dell'isola di man | IM
territory | alexa la capitale di jersey | JE
territory | alexa la capitale di guernsey | GG
territory | alexa la capitale di guam | GU
territory | alexa la capitale delle samoa americane | AS
territory | alexa la capitale delle isole cook | CK
territory | alexa la capitale di sant'elena | SH
territory | alexa la capitale delle svalbard | SJ
territory | alexa la capitale delle isole turks e caicos | TC
territory | alexa la capitale di anguilla | AI
territory | alexa la capitale delle isole pitcairn | PN
territory | alexa la capitale di niue | NU
territory | alexa la capitale di wallis e futuna | WF
territory | alexa la capitale delle isole marianne settentrionali | MP
territory | alexa la capitale di sint maarten | SX
territory | alexa la capitale di saint barthélemy | BL
territory | alexa la capitale delle isole åland | AX
territory | alexa la capitale dell'isola norfolk | NF
territory | alexa la capitale dell'isola christmas | CX
territory | alexa la capitale dell'antartide | AQ
territory | alexa la capitale di mayotte | YT
territory | alexa la capitale di hong kong | HK
out-of-domain | alexa ajò che tempo fa domani a cagliari | FB
out-of-domain | alexa eja metti una canzone dei tazenda | FB
out-of-domain | alexa quanto costa il traghetto per olbia | FB
out-of-domain | alexa minchia che ore sono | FB
out-of-domain | alexa talìa se piove a catania stasera | FB
out-of-domain | alexa ricetta degli arancini al ragù | FB
out-of-domain | alexa uagliò quanti gradi fa a pescara | FB
out-of-domain | alexa belin accendi la luce in cucina | FB
out-of-domain | alexa neh metti la sveglia alle sei e mezza | FB
out-of-domain | alexa wallah chiama mio fratello | FB
out-of-domain | alexa bhai quanto fa cento euro in taka | FB
out-of-domain | alexa mandi che giorno è oggi | FB
out-of-domain | alexa cumpari chiama a me cummari | FB
out-of-domain | alexa raccontami una barzelletta | FB
out-of-domain | alexa aggiungi il latte alla lista della spesa | FB
out-of-domain | alexa quanti abitanti ha roma | FB
out-of-domain | alexa quanto è lungo il po | FB
out-of-domain | alexa qual è la montagna più alta del mondo | FB
out-of-domain | alexa che lingua si parla in brasile | FB
out-of-domain | alexa che moneta usano in svizzera | FB
out-of-domain | alexa chi è il presidente della francia | FB
out-of-domain | alexa quanto dista milano da napoli | FB
out-of-domain | alexa qual è il paese più grande del mondo | FB
out-of-domain | alexa traduci grazie in sardo | FB
out-of-domain | alexa la bandiera del portogallo di che colori è | FB
out-of-domain | alexa il capitale sociale minimo di una srl | FB
out-of-domain | alexa come si calcola il capitale di un mutuo | FB
out-of-domain | alexa quanto capitale serve per aprire un bar | FB
out-of-domain | alexa cos'è il capitale umano | FB
out-of-domain | alexa chi ha scritto il capitale | FB
out-of-domain | alexa quali sono i sette vizi capitali | FB
out-of-domain | alexa la pena capitale esiste ancora in america | FB
out-of-domain | alexa cosa significa lettera capitale | FB
out-of-domain | alexa è di capitale importanza che mi svegli alle sette | FB
out-of-domain | alexa la capitale della lombardia | FB
out-of-domain | alexa il capoluogo della puglia | FB
out-of-domain | alexa il capoluogo della basilicata | FB
out-of-domain | alexa la capitale del molise esiste | FB
out-of-domain | alexa capoluogo di provincia di ogliastra | FB
out-of-domain | alexa la capitale della toscana | FB
out-of-domain | alexa la capitale del veneto | FB
out-of-domain | alexa la capitale della catalogna | FB
out-of-domain | alexa la capitale dell'andalusia | FB
out-of-domain | alexa la capitale della corsica | FB
out-of-domain | alexa la capitale della bretagna | FB
out-of-domain | alexa la capitale della provenza | FB
out-of-domain | alexa la capitale delle fiandre | FB
out-of-domain | alexa la capitale della vallonia | FB
out-of-domain | alexa la capitale dei paesi baschi | FB
out-of-domain | alexa la capitale del tirolo austriaco | FB
out-of-domain | alexa la capitale della transilvania | FB
out-of-domain | alexa la capitale della siberia | FB
out-of-domain | alexa la capitale del tibet | FB
out-of-domain | alexa la capitale della cecenia | FB
out-of-domain | alexa la capitale del kurdistan | FB
out-of-domain | alexa la capitale della transnistria | FB
out-of-domain | alexa la capitale dell'abcasia | FB
out-of-domain | alexa la capitale del somaliland | FB
out-of-domain | alexa la capitale del darfur | FB
out-of-domain | alexa la capitale di zanzibar | FB
out-of-domain | alexa la capitale della cornovaglia | FB
out-of-domain | alexa la capitale delle canarie quale delle due | FB
out-of-domain | alexa la capitale delle baleari | FB
out-of-domain | alexa la capitale delle azzorre | FB
out-of-domain | alexa la capitale di madeira | FB
out-of-domain | alexa la capitale della sicilia borbonica | FB
out-of-domain | alexa la capitale del regno delle due sicilie | FB
out-of-domain | alexa la capitale del regno di sardegna | FB
out-of-domain | alexa la capitale dell'impero romano | FB
out-of-domain | alexa la capitale dell'impero ottomano | FB
out-of-domain | alexa la capitale dell'impero azteco | FB
out-of-domain | alexa la capitale dei maya | FB
out-of-domain | alexa la capitale della repubblica di venezia | FB
out-of-domain | alexa la capitale della prussia | FB
out-of-domain | alexa la capitale di atlantide | FB
out-of-domain | alexa la capitale di narnia | FB
out-of-domain | alexa la capitale di hogwarts | FB
out-of-domain | alexa la capitale di wakanda | FB
out-of-domain | alexa la capitale della terra di mezzo | FB
out-of-domain | alexa la capitale di westeros | FB
out-of-domain | alexa la capitale della luna | FB
out-of-domain | alexa la capitale di marte | FB
out-of-domain | alexa la capitale dell'africa | FB
out-of-domain | alexa la capitale dell'europa | FB
out-of-domain | alexa la capitale dell'asia | FB
out-of-domain | alexa la capitale del sudamerica | FB
out-of-domain | alexa la capitale della scandinavia | FB
out-of-domain | alexa la capitale dei balcani | FB
out-of-domain | alexa la capitale del medio oriente | FB
out-of-domain | alexa la capitale della moda | FB
out-of-domain | alexa la capitale del cioccolato | FB
out-of-domain | alexa la capitale della cultura del duemilaventisette | FB
out-of-domain | alexa la capitale europea della cultura di quest'anno | FB
out-of-domain | alexa la capitale mondiale del vino | FB
out-of-domain | alexa la capitale del cinema | FB
out-of-domain | alexa la capitale della ndrangheta | FB
out-of-domain | alexa la capitale del mirto | FB
out-of-domain | alexa la capitale degli arrosticini | FB
out-of-domain | alexa la capitale del tartufo | FB
out-of-domain | alexa la capitale del jazz | FB
out-of-domain | alexa in quale continente si trova il kenya | FB
out-of-domain | alexa quanti paesi ci sono nel mondo | FB
out-of-domain | alexa qual è il fiume più lungo dell'africa | FB
out-of-domain | alexa che fuso orario ha tokyo | FB
out-of-domain | alexa quanti abitanti ha il cairo | FB
out-of-domain | alexa che lingua si parla in belgio | FB
out-of-domain | alexa il prefisso telefonico della romania | FB
out-of-domain | alexa chi è il re del marocco | FB
out-of-domain | alexa quanto è grande la russia | FB
out-of-domain | alexa ordina una pizza margherita | FB
out-of-domain | alexa compra i biglietti per il concerto | FB
out-of-domain | alexa leggi le notizie di oggi | FB
out-of-domain | alexa accendi la tv in sala | FB
out-of-domain | alexa alza il volume | FB
out-of-domain | alexa che giorno è pasqua quest'anno | FB
out-of-domain | alexa dov'è la farmacia di turno | FB
out-of-domain | alexa quanto fa sette per otto | FB
out-of-domain | alexa come si dice capitale in inglese | FB
out-of-domain | alexa come si scrive capitale | FB
out-of-domain | alexa ti voglio bene alexa | FB
out-of-domain | alexa sei sposata | FB
out-of-domain | alexa canta una canzone | FB
out-of-domain | alexa mi racconti una fiaba per il bambino | FB
out-of-domain | alexa la capitale del nord italia è milano | FB
out-of-domain | alexa la capitale morale d'italia | FB
out-of-domain | alexa la capitale del mezzogiorno | FB
out-of-domain | alexa ajò qual è la capitale della gallura | FB
out-of-domain | alexa eja ma la capitale del campidano qual è | FB
out-of-domain | alexa su nonnu dice che la capitale della sardegna era sassari è vero | FB
out-of-domain | alexa minchia qual è il capoluogo della provincia di ragusa | FB
out-of-domain | alexa talìa la capitale del barocco siciliano | FB
out-of-domain | alexa amunì la capitale delle eolie | FB
out-of-domain | alexa cumpari a capitali da magna grecia | FB
out-of-domain | alexa jamu la capitale dell'aspromonte | FB
out-of-domain | alexa uagliò mo la capitale del gran sasso | FB
out-of-domain | alexa la capitale della costa dei trabocchi | FB
out-of-domain | alexa belin la capitale del ponente ligure | FB
out-of-domain | alexa la capitale delle cinque terre | FB
out-of-domain | alexa mandi la capitale della patria del friuli | FB
out-of-domain | alexa neh la capitale delle langhe | FB
out-of-domain | alexa la capitale del regno sabaudo | FB
out-of-domain | alexa ni hao capitale di provincia guangdong | FB
out-of-domain | alexa capitale di zhejiang dove è wenzhou | FB
out-of-domain | alexa capitale di lombardia è milano io giusto | FB
out-of-domain | alexa la capitale della galizia ucraina | FB
out-of-domain | alexa capitale di bessarabia | FB
out-of-domain | alexa wallah la capitale della cabilia | FB
out-of-domain | alexa la capitale della kasbah | FB
out-of-domain | alexa waaw capitale di impero del mali antico | FB
out-of-domain | alexa bhai capitale di bengala orientale antico | FB
out-of-domain | alexa ji capitale di impero moghul | FB
out-of-domain | alexa che la capitale della pampa | FB
out-of-domain | alexa la capitale della terra del fuoco | FB
out-of-domain | alexa la capitale del tango | FB
out-of-domain | alexa la capitale dei vichinghi | FB
out-of-domain | alexa la capitale dell'impero inca | FB
out-of-domain | alexa la capitale della mesopotamia | FB
out-of-domain | alexa la capitale di sparta o atene nell'antichità | FB
out-of-domain | alexa la capitale di topolinia | FB
out-of-domain | alexa la capitale di paperopoli | FB
out-of-domain | alexa la capitale del regno di frozen | FB
out-of-domain | alexa la capitale dei puffi | FB
out-of-domain | alexa la capitale di minecraft | FB
out-of-domain | alexa la capitale di pokémon | FB
out-of-domain | alexa la capitale dell'oceania del nord | FB
out-of-domain | alexa la capitale dei caraibi | FB
out-of-domain | alexa la capitale del nord europa | FB
out-of-domain | alexa la capitale del maghreb | FB
out-of-domain | alexa la capitale dell'unione europea | FB
out-of-domain | alexa la capitale della nato | FB
out-of-domain | alexa la capitale dell'onu | FB
out-of-domain | alexa la capitale della fiat | FB
out-of-domain | alexa la capitale della pizza | FB
out-of-domain | alexa la capitale del prosecco | FB
out-of-domain | alexa la capitale del carnevale | FB
out-of-domain | alexa la capitale dello sci | FB
out-of-domain | alexa la capitale del surf in sardegna | FB
out-of-domain | alexa la capitale del design | FB
out-of-domain | alexa la capitale mondiale del caffè | FB
out-of-domain | alexa la capitale della musica techno | FB
out-of-domain | alexa la capitale italiana dei giovani | FB
out-of-domain | alexa la capitale verde europea | FB
out-of-domain | alexa quanto rende un capitale di diecimila euro | FB
out-of-domain | alexa versamento in conto capitale cosa vuol dire | FB
out-of-domain | alexa plusvalenza sul capitale come si paga | FB
out-of-domain | alexa il capitale di marx quanti volumi ha | FB
out-of-domain | alexa il peccato capitale della gola | FB
out-of-domain | alexa condannato alla pena capitale in arabia saudita | FB
out-of-domain | alexa scrivi capitale con la maiuscola | FB
out-of-domain | alexa capitale o capitali come si dice al plurale | FB
out-of-domain | alexa apri spotify | FB
out-of-domain | alexa chiama la pizzeria | FB
out-of-domain | alexa spegni tutte le luci | FB
out-of-domain | alexa che partite ci sono stasera | FB
out-of-domain | alexa quando è il ramadan quest'anno | FB
out-of-domain | alexa a che ora tramonta il sole | FB
out-of-domain | alexa quanto pesa un elefante | FB
out-of-domain | alexa gioca a indovina l'animale | FB
out-of-domain | alexa fammi un quiz sulle bandiere | FB
out-of-domain | alexa il numero di telefono dell'ambasciata del senegal | FB
out-of-domain | alexa serve il visto per andare in marocco | FB
out-of-domain | alexa quanto costa un biglietto per kiev | FB
out-of-domain | alexa il cambio euro peso argentino | FB
out-of-domain | alexa l'orario della messa di domenica | FB
out-of-domain | alexa ricordami di prendere la pillola | FB
official-name | alexa ajò la capitale del regno di norvegia | NO
official-name | alexa minchia la capitale della repubblica francese comu si chiama | FR
official-name | alexa uagliò la capitale della repubblica italiana | IT
official-name | alexa belin la capitale della repubblica popolare cinese | CN
official-name | alexa wallah la capitale del regno del marocco | MA
official-name | alexa bhai capitale repubblica islamica del pakistan | PK
official-name | alexa la signora chiede capitale di federazione russa | RU
official-name | alexa la capitale del regno unito di gran bretagna e irlanda del nord | GB
official-name | alexa la capitale degli stati uniti d'america per la ricerca | US
official-name | alexa la capitale della repubblica di turchia | TR
official-name | alexa la capitale dello stato di israele | IL
official-name | alexa la capitale della repubblica sudafricana quali sono | ZA
everyday-name | alexa ajò la capitale dell'olanda quella vera dei re | NL
everyday-name | alexa minchia la capitale della gran bretagna è londra | GB
everyday-name | alexa belin la capitale degli usa | US
everyday-name | alexa neh la capitale dell'inghilterra per la gita | GB-ENG
everyday-name | alexa bhai capitale di birmania | MM
everyday-name | alexa il cavaliere dice la capitale della persia | IR
everyday-name | alexa uagliò la capitale dello zaire | CD
everyday-name | alexa la nonna dice la capitale della rhodesia | ZW
everyday-name | alexa ni hao capitale di nordcorea | KP
everyday-name | alexa la capitale dell'ex swaziland | SZ
everyday-name | alexa la capitale della turchia che adesso si chiama türkiye | TR
shared-name | alexa cumpari a capitali do congo | CD+CG
shared-name | alexa bhai capitale di corea | KP+KR
shared-name | alexa ni hao capitale di corea del sud samsung | KR
shared-name | alexa wallah la capitale della georgia | GE+US-GA
shared-name | alexa la capitale dello stato americano georgia | US-GA
caraibi | alexa sulla nave da crociera ai caraibi fa scalo a {} qual è la capitale | antigua e barbuda=AG; barbados=BB; dominica=DM
caraibi | alexa il capitano dice che domani siamo a {} la capitale qual è | grenada=GD; saint lucia=LC; saint kitts e nevis=KN
caraibi | alexa in cabina mi annoio dimmi la capitale di saint vincent e grenadine | VC
caraibi | alexa la capitale della repubblica dominicana la sai | DO
caraibi | alexa haiti ha port au prince come capitale | HT
caraibi | alexa dominica e repubblica dominicana sono diverse la capitale della dominica | DM
caraibi | alexa roseau di che isola è capitale | CITY:Roseau
caraibi | alexa bridgetown capitale di dove | CITY:Bridgetown
oceania | alexa guardo un documentario sul pacifico la capitale {} | di tuvalu=TV; di kiribati=KI; di nauru=NR
oceania | alexa al circolo velico parlano delle isole {} la capitale | salomone=SB; marshall=MH; tonga=TO
oceania | alexa il mio amico fa il giro del mondo in barca adesso è a {} la capitale | vanuatu=VU; samoa=WS; micronesia=FM
oceania | alexa timor est che capitale ha | TL
oceania | alexa dili è capitale di che paese | CITY:Dili
oceania | alexa apia di che isole è capitale | CITY:Apia
oceania | alexa funafuti di che paese è capitale | CITY:Funafuti
africa | alexa il congo brazzaville ha capitale brazzaville giusto | CG
africa | alexa la capitale del lesotho quello dentro il sudafrica | LS
africa | alexa il botswana con i diamanti la capitale | BW
africa | alexa gaborone capitale di chi | CITY:Gaborone
africa | alexa maseru capitale de quale | CITY:Maseru
asia | alexa a kabul ci sono stato militare la capitale dell'afghanistan è kabul ancora | AF
asia | alexa il sultano del brunei dove ha la capitale | BN
asia | alexa bandar seri begawan capitale di quale stato | CITY:Bandar Seri Begawan
sardi | alexa ajò in campagna con le pecore senza giornale dimmi la capitale della finlandia | FI
sardi | alexa eja il pastore rumeno che lavora con noi dice bucarest è la capitale romena è vero | RO
sardi | alexa mi alexa la capitale del senegal che il venditore al mercato di san benedetto è di là | SN
sardi | alexa su babbu vuole sapere se la capitale del venezuela è caracas | VE
sardi | alexa ita ndi naras la capitale dell'uruguay | UY
sardi | alexa a carloforte ci sono tabarchini di tunisi ma la capitale della tunisia è tunisi vero | TN
sardi | alexa al nuraghe c'erano turisti coreani del sud qual è la loro capitale | KR
sardi | alexa mirto in mano e domanda la capitale della lettonia | LV
sardi | alexa cumpà stasera a sa sagra mi hanno chiesto la capitale del kenya | KE
catanesi | alexa talìa u zu turi voli sapiri a capitale da francia | FR
catanesi | alexa amunì picciotta a capitale dell'inghilterra | GB-ENG
catanesi | alexa a pescheria c'è un tunisino dice ca a capitale da libia è bengasi | LY
catanesi | alexa u picciriddu chiede se a capitale do giappone è tokyo | JP
catanesi | alexa chi ffu ca non mi rispunni a capitale do perù | PE
catanesi | alexa sull'etna i turisti {} chiedono la loro capitale | islandesi=IS; norvegesi=NO; danesi=DK
catanesi | alexa a sant'agata mi scurdai a capitale da grecia | GR
catanesi | alexa minchia manila è capitale di chi | CITY:Manila
catanesi | alexa talìa bangkok è capitale da thailandia | TH
calabresi | alexa cumpari a capitale da svizzera pe me nipoti ca lavura a basilea | CH
calabresi | alexa jamu a capitale du belgiu ca me frati sta a charleroi | BE
calabresi | alexa ndi dici si a capitale di l'australia è canberra | AU
calabresi | alexa me figghiu studia a capitale da germania dimmila tu | DE
calabresi | alexa toronto è a capitale do canada o no | CA
calabresi | alexa a capitale da nuova zelanda ca ci stannu i cugini | NZ
abruzzesi | alexa uagliò mo me dice la capitale della serbia | RS
abruzzesi | alexa vojo sapé la capitale della polonia che mi fija va in erasmus | PL
abruzzesi | alexa ai trabocchi c'era una coppia svedese la capitale della svezia com'è | SE
abruzzesi | alexa mo la capitale dell'ucraina che ci sta la badante de mamma | UA
abruzzesi | alexa la capitale del messico è città del messico pure lei | MX
abruzzesi | alexa uagliò lisbona capitale de chi | CITY:Lisbona
genovesi | alexa belin mi dici la capitale della cina che c'è una nave cinese in porto | CN
genovesi | alexa al porto antico c'è una nave da crociera maltese la capitale di malta | MT
genovesi | alexa mugugno perché non me la ricordo la capitale della danimarca | DK
genovesi | alexa belin la capitale del cile quello lungo e stretto | CL
genovesi | alexa in focacceria discutiamo se la capitale della spagna è barcellona | ES
genovesi | alexa riga di che paese è capitale belin | CITY:Riga
friulani | alexa mandi la capitale del canada che mio zio è emigrato | CA
friulani | alexa cjale il nono lavorava in belgio nelle miniere la capitale belga | BE
friulani | alexa in latteria vogliono sapere la capitale della francia | FR
friulani | alexa la capitale della germania che ci lavorava la nona | DE
friulani | alexa mandi budapest è la capitale dell'ungheria giusto | HU
piemontesi | alexa neh la capitale dell'egitto che andiamo al museo egizio | EG
piemontesi | alexa cerea la capitale del perù per piacere | PE
piemontesi | alexa già che ci sei la capitale dell'argentina che ci sono i parenti | AR
piemontesi | alexa bogia nen la capitale del brasile è brasilia | BR
piemontesi | alexa al bicerin si discute della capitale del marocco | MA
cinesi | alexa io negozio a prato cliente chiede capitale di francia | FR
cinesi | alexa capitale di italia roma giusto io imparare | IT
cinesi | alexa mio marito chiede capitale di germania | DE
cinesi | alexa capitale di india io non ricordo | IN
cinesi | alexa pechino capitale di cina sì | CN
cinesi | alexa seul è capitale di quale | CITY:Seul
ucraine | alexa la signora chiede capitale di italia per ridere | IT
ucraine | alexa capitale di russia mosca io so ma signora chiede | RU
ucraine | alexa diakuiu capitale di bielorussia | BY
ucraine | alexa capitale di georgia non america quella vicino turchia | GE
ucraine | alexa odessa è capitale di ucraina | UA
marocchini | alexa khoya la capitale della mauritania come si dice | MR
marocchini | alexa yallah la capitale dell'egitto il cairo vero | EG
marocchini | alexa mio cugino lavora a doha la capitale del qatar è doha | QA
marocchini | alexa wallah la capitale della palestina quali sono | PS
marocchini | alexa safi amman è capitale di giordania | JO
senegalesi | alexa waaw capitale di guinea conakry | GN
senegalesi | alexa amico mio di costa d'avorio dice capitale abidjan vero | CI
senegalesi | alexa capitale di mali bamako sì | ML
senegalesi | alexa capitale di niger per mio fratello | NE
senegalesi | alexa io vendo braccialetti sulla spiaggia turista chiede capitale di francia | FR
senegalesi | alexa capitale di burkina faso ouagadougou | BF
bangladesi | alexa bhai capitale di india nuova delhi | IN
bangladesi | alexa accha capitale di pakistan islamabad | PK
bangladesi | alexa cliente chiede capitale di myanmar naypyidaw o yangon | MM
bangladesi | alexa capitale di malesia kuala lumpur | MY
bangladesi | alexa bolo capitale di arabia saudita | SA
sikh | alexa ji capitale di canada dove mio zio | CA
sikh | alexa sat sri akal capitale di inghilterra londra | GB-ENG
sikh | alexa io stalla mucche capitale di australia | AU
sikh | alexa capitale di himachal pradesh | IN-HP
sikh | alexa capitale di uttarakhand quali | IN-UK
argentini | alexa che la capitale de españa | ES
argentini | alexa viste la capitale dell'italia è roma bueno | IT
argentini | alexa boludo la capitale del cile santiago | CL
argentini | alexa la capitale del paraguay la sai che | PY
universitari | alexa il mio coinquilino erasmus è finlandese la capitale della finlandia | FI
universitari | alexa al bo gli studenti greci dicono che la capitale è atene | GR
universitari | alexa per la tesi la capitale della repubblica democratica del congo | CD
universitari | alexa ancora esame la capitale dell'eswatini quali sono | SZ
aeroporto | alexa cambio a francoforte poi vado nella capitale della lettonia come si chiama | LV
aeroporto | alexa il volo per la capitale dell'egitto è in ritardo ma qual è | EG
aeroporto | alexa atterriamo a bruxelles è la capitale del belgio | BE
aeroporto | alexa la capitale della norvegia dove c'è l'aeroporto di gardermoen | NO
bar | alexa il vecchio dice che la capitale del portogallo è porto pago io se sbaglia | PT
bar | alexa al bar dicono che la capitale della bosnia è sarajevo | BA
bar | alexa scommessa da due birre la capitale del kazakistan | KZ
lavanderia | alexa la lavatrice gira ancora intanto la capitale del venezuela | VE
lavanderia | alexa il signore marocchino chiede la capitale del bahrein | BH
gelateria | alexa un cono fiordilatte e la capitale della finlandia | FI
gelateria | alexa la gelataia è argentina qual è la capitale argentina | AR
coro | alexa cantiamo in latino ma la capitale della città del vaticano | VA
coro | alexa il tenore è moldavo la capitale moldava | MD
circolo | alexa il ragioniere ha fatto scopa e chiede la capitale della somalia | SO
circolo | alexa al circolo ricordano l'eritrea la capitale asmara | ER
circolo | alexa la capitale dell'abissinia di una volta | ET
officina | alexa la macchina è tedesca la capitale della germania dimmi | DE
officina | alexa il pezzo arriva dal giappone che capitale ha | JP
dentista | alexa mentre aspetto la capitale del niger | NE
dentista | alexa mi trema la voce la capitale dell'albania | AL
autobus | alexa sul notturno un ragazzo somalo chiede la capitale della somalia | SO
autobus | alexa la capitale delle maldive sul bus | MV
cucina | alexa il sushi è giapponese ma la capitale del giappone | JP
cucina | alexa faccio la paella e la capitale della spagna | ES
eurovision | alexa ha vinto la svezia qual è la sua capitale | SE
eurovision | alexa la capitale dell'armenia che canta bene | AM
giro | alexa la tappa in slovenia parte dalla capitale quale | SI
olimpiadi | alexa la capitale dell'etiopia che vince la maratona | ET
calcio | alexa il mister è portoghese la capitale del portogallo | PT
calcio | alexa la capitale del marocco che è arrivato in semifinale | MA
territory | alexa ajò in crociera ci fermiamo in groenlandia che capitale ha | GL
territory | alexa minchia u cumpari è andato ai caraibi a curaçao la capitale qual è | CW
territory | alexa uagliò la capitale di aruba che ci va mi fija in viaggio di nozze | AW
territory | alexa belin la nave va alle bermuda la capitale come si chiama | BM
territory | alexa neh la capitale della polinesia francese dove c'è tahiti | PF
territory | alexa wallah gibilterra ha una capitale | GI
territory | alexa cumpari a capitali da martinica | MQ
territory | alexa mandi la capitale delle isole fær øer che fanno il tifo in nazionale | FO
territory | alexa eja la capitale della nuova caledonia che c'è il referendum | NC
territory | alexa lo zio pescatore è stato alle svalbard la capitale | SJ
territory | alexa la capitale della guyana francese dove partono i razzi | GF
territory | alexa ho un amico a portorico qual è la capitale | PR
territory | alexa la capitale delle cayman dove tengono i soldi | KY
territory | alexa la capitale di hong kong esiste o no | HK
territory | alexa macao ha una capitale sua | MO
territory | alexa bhai la capitale dell'isola di man dove fanno le corse in moto | IM
territory | alexa la capitale della riunione dove mio cugino fa il militare francese | RE
territory | alexa la capitale delle isole vergini inglesi | VG
territory | alexa la capitale delle falkland o malvine come dicono gli argentini | FK
territory | alexa la capitale di sant'elena dove è morto napoleone | SH
territory | alexa la capitale di mayotte nell'oceano indiano | YT
subdivision | alexa ajò la capitale della california che mio cugino sta a san francisco | US-CA
subdivision | alexa minchia u zu turi ha un figlio in florida qual è a capitale | US-FL
subdivision | alexa me cumpari sta in pennsylvania ndi dici a capitale | US-PA
subdivision | alexa mio zio è emigrato nel new jersey la capitale qual è | US-NJ
subdivision | alexa uagliò la capitale del massachusetts dove sta boston | US-MA
subdivision | alexa belin la capitale della louisiana con new orleans | US-LA
subdivision | alexa la capitale del nevada che andiamo a las vegas | US-NV
subdivision | alexa la capitale del michigan che ci sta detroit | US-MI
subdivision | alexa la capitale dell'ohio per il compito di inglese | US-OH
subdivision | alexa la capitale del tennessee dove c'è nashville | US-TN
subdivision | alexa cumpari a capitali du queensland | AU-QLD
subdivision | alexa la capitale del victoria in australia | AU-VIC
subdivision | alexa la capitale della tasmania col diavolo | AU-TAS
subdivision | alexa sat sri akal capitale di kerala | IN-KL
subdivision | alexa la capitale della baviera dove fanno l'oktoberfest | DE-BY
subdivision | alexa la capitale della sassonia è dresda | DE-SN
subdivision | alexa la capitale del baden württemberg dove fanno le porsche | DE-BW
subdivision | alexa che la capitale di rio grande do sul | BR-RS
subdivision | alexa la capitale dello stato di bahia che ci sono i parenti | BR-BA
subdivision | alexa la capitale del jalisco dove c'è la tequila | MX-JAL
subdivision | alexa la capitale della scozia che ci fanno il whisky | GB-SCT
subdivision | alexa la capitale del galles per la partita di rugby | GB-WLS
help | alexa ho appena aperto le capitali e non so cosa dire | HELP
help | alexa talìa spiegami come funziona | HELP
help | alexa cumpari ndi dici comu si usa | HELP
help | alexa che devo fare per sapere una capitale | HELP
stop | alexa amunì basta | STOP
stop | alexa va bene così grazie esci | STOP
stop | alexa basta per stasera che domani c'è l'esame | STOP
stop | alexa chiudi capitali del mondo | STOP
cancel | alexa talìa annulla | CANCEL
cancel | alexa no annulla che mi sono confuso | CANCEL
cancel | alexa annulla la domanda sul canada | CANCEL
cancel | alexa aspetta annulla | CANCEL
launch | alexa apri capitali del mondo che il nonno vuole giocare | LAUNCH
launch | alexa talìa apri capitali del mondo | LAUNCH
launch | alexa wallah apri capitali del mondo | LAUNCH
launch | alexa ni hao aprire capitali del mondo | LAUNCH
launch | alexa cumpari apri i capitali del mondo | LAUNCH
launch | alexa avviami capitali del mondo per favore | LAUNCH
launch | alexa apri capitali del mondo mentre aspetto la lavatrice | LAUNCH
official-name | alexa eja la capitale della repubblica di cipro che ci va mio cognato | CY
official-name | alexa talìa la capitale del regno di spagna | ES
official-name | alexa mandi la capitale della repubblica d'austria | AT
official-name | alexa neh la capitale della repubblica di corea per la ragazza del k pop | KR
official-name | alexa ji capitale di repubblica islamica dell'iran | IR
shared-name | alexa eja la capitale del congo che ho visto al telegiornale | CD+CG
shared-name | alexa minchia le due coree che capitali hanno | KP+KR
shared-name | alexa mandi la capitale della georgia dove c'è atlanta | US-GA
shared-name | alexa belin la capitale della georgia dove c'è il vino in anfora | GE
shared-name | alexa cumpari a capitali da georgia | GE+US-GA
plural-capitals | alexa ajò lo swaziland quante capitali tiene e come si chiamano | SZ
plural-capitals | alexa waaw le capitali di eswatini | SZ
plural-capitals | alexa minchia il sudafrica ha tre capitali dimmele tutte | ZA
"""

if __name__ == "__main__":
    build_round(38, "it", LINES, sys.argv, "tests/Eval/it/round38/source/build_corpus.py")
