"""Round 46, Italian (it-IT): a new author's own mix, written blind at the start of the fifty-first session (brief
WRITER57.md). Speakers chosen apart from the groups of round 45 (Milanesi, Bergamaschi, Torinesi, Genovesi, Friulani,
Triestini, Sardi, Siciliani, Calabresi, Ticinesi, teenagers, grandparents, small children; Ukrainian, Moroccan,
Senegalese, Chinese, Bangladeshi, Punjabi, Brazilian, Polish and British speakers, citizenship-exam learners) and of
round 44 (Rome, Naples, Bari, Salento, Venice, Bologna, Livorno, Parma, Aosta Valley, South Tyrol; Albanian, Romanian,
Filipino, Peruvian, Argentine, Nigerian, Egyptian, Tamil, Cuban and American speakers), and from their situations:
Fiorentini ("o icché", "gnamo", "boia", "ganzo", "i' mi' babbo", lampredotto, Ponte Vecchio, calcio storico), Pisani
and Lucchesi ("budello", "'un", "o bimbo", the tower, the university), Senesi (the Palio, the contrade, Piazza del
Campo), Perugini ("mo dimme", "la pòra zia", Eurochocolate, Umbria Jazz), Anconetani ("vè", "ma va' là", "'ndo sta",
"cocco", the port, the Passetto), Abruzzesi ("uaje", arrosticini, Pescara, L'Aquila, the Majella), Molisani ("il
molise non esiste", Campobasso, Termoli), Lucani (Matera's sassi, Potenza, peperoni cruschi, Maratea), Foggiani (San
Giovanni Rotondo, the Gargano), Tarantini ("stè", "ce sì", "uagnò", the steelworks, the Mar Piccolo), Romagnoli
("burdèl", "ciò", "pataca", the bagnino, piadina, Rimini hotels), Trentini ("en attimo", "el me nono", Val di Non apples,
a rifugio, Madonna di Campiglio), Mantovani ("ades", tortelli di zucca, Festivaletteratura, the Mincio), Sammarinesi
(the Titano); immigrant families and learners: Pakistani ("jee", "yaar", "shukriya", "theek hai", cricket, a Brescia
foundry), Ecuadorians ("ya pues", "mijo", "chuta", "chévere", Spanish mixed in), Moldovans ("buna ziua", "mersi",
"haide", "bine", carers), Eritreans ("selam", "yekenyeley", "ishi"), Tunisians ("aychek", "yezzi", "barcha", "behi"),
Ghanaians ("chale", "medaase", "ei", a Castel Volturno church), Spanish Erasmus students ("vale", "tío", "venga",
"hostia"), German students of Italian ("also", "genau", "danke", "bitte", German Länder names); fuorisede university
students, young parents, a Twitch streamer. Situations: lavoro (a Fiumicino taxi driver, a pharmacy, a pizzeria, a
travel agency, a carabinieri barracks, a flight attendant, a chef, a call centre, a factory, a postman, a builder, a
bookshop, an office trip), scuola (a history teacher, the terza media exam, a quinta elementare project, the maturità
tesina, a school trip, evening classes, a Portuguese course), giochi (nomi cose città, the Settimana Enigmistica
crossword, Scarabeo, Chi vuol essere milionario, Caduta libera, a pub quiz, GeoGuessr, burraco, a treasure hunt), casa
(cooking ragù, ironing, a mother-in-law at dinner, moving house, laundry, a documentary, the cat), viaggi (a cruise, a
camper van, a honeymoon, a low-cost flight, Interrail, backpacking, a Doha transit). Plus follow-ups (said inside a
session, without "alexa"), the several-capital countries in the plural, subdivisions and territories, yes/no checks,
self-corrections, reverse questions, official, everyday and old names, shared names, launch by "capitali del mondo",
help, stop, cancel and out-of-domain requests. Every line written by hand as one utterance; no outside text
consulted."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
fiorentini | alexa o icché l'è la capitale {} | della grecia=GR; di cipro=CY; di malta=MT
fiorentini | alexa gnamo dimmi la capitale {} | del kenya=KE; della tanzania=TZ; dell'uganda=UG
fiorentini | alexa boia che domanda la capitale del ruanda qual è | RW
fiorentini | alexa i' mi' babbo vuole sapere la capitale {} | della giamaica=JM; di cuba=CU; di haiti=HT
fiorentini | alexa un turista in ponte vecchio mi chiede la capitale {} icché gli dico | del messico=MX; del guatemala=GT; dell'honduras=HN
fiorentini | alexa mentre mangio il lampredotto dimmi la capitale del nicaragua | NI
fiorentini | alexa la hoca hola no scherzo qual è la capitale del costa rica | CR
fiorentini | alexa ganzo ora dimmi la capitale di panama | PA
fiorentini | alexa al calcio storico uno degli azzurri è {} qual è la sua capitale | dell'uruguay=UY; del paraguay=PY
fiorentini | alexa 'un me lo ricordo mai la capitale del burundi | BI
pisani | alexa budello dimmi la capitale {} | dell'islanda=IS; della norvegia=NO; della finlandia=FI
pisani | alexa vicino alla torre un gruppo viene {} qual è la capitale | dal bhutan=BT; dal nepal=NP; dal laos=LA
pisani | alexa 'un ci credo che 'un so la capitale della mongolia | MN
pisani | alexa all'università di pisa c'è un dottorando {} qual è la capitale | del camerun=CM; del gabon=GA; del ciad=TD
pisani | alexa io e il mi' cugino si scommette sulla capitale dell'eritrea | ER
pisani | alexa o bimbo dimmi la capitale di gibuti | DJ
senesi | alexa per il palio un fantino viene {} qual è la capitale di lì | dalla sardegna no scherzo dall'irlanda=IE; dall'argentina=AR; dal cile=CL
senesi | alexa in contrada si discute della capitale {} | dell'australia=AU; della nuova zelanda=NZ; delle figi=FJ
senesi | alexa ganzo in piazza del campo mi chiedono la capitale del vanuatu | VU
senesi | alexa la mi' nonna di siena vuole sapere la capitale delle isole salomone | SB
senesi | alexa prima della carriera dimmi la capitale di papua nuova guinea | PG
perugini | alexa mo dimme la capitale {} | della bielorussia=BY; dell'ucraina=UA; della moldavia=MD
perugini | alexa a eurochocolate c'è uno stand {} qual è la capitale | del ghana=GH; della costa d'avorio=CI; del camerun e quindi=CM
perugini | alexa la pòra zia s'è scordata la capitale del perù | PE
perugini | alexa a umbria jazz suona un gruppo {} dimmi la capitale | di trinidad e tobago=TT; delle bahamas=BS; delle barbados=BB
perugini | alexa t'ho chiesto la capitale dell'ecuador | EC
anconetani | alexa vè dimmi la capitale {} | della croazia=HR; dell'albania=AL; del montenegro=ME
anconetani | alexa al porto arriva una nave {} qual è la capitale | della grecia=GR; della turchia=TR; della tunisia=TN
anconetani | alexa ma va' là qual è la capitale della libia | LY
anconetani | alexa al passetto mi hanno chiesto la capitale dell'algeria | DZ
anconetani | alexa 'ndo sta la capitale della mauritania | MR
anconetani | alexa cocco dimmi la capitale del mali | ML
abruzzesi | alexa mentre cuociono gli arrosticini dimmi la capitale {} | del venezuela=VE; della colombia=CO; della bolivia=BO
abruzzesi | alexa a pescara c'è una signora {} qual è la capitale di là | del suriname=SR; della guyana=GY; del belize=BZ
abruzzesi | alexa uaje la capitale dell'el salvador qual è | SV
abruzzesi | alexa a l'aquila lo zio chiede la capitale della repubblica dominicana | DO
abruzzesi | alexa sulla majella c'è un escursionista {} qual è la capitale | della slovacchia=SK; della slovenia=SI; dell'austria=AT
molisani | alexa il molise non esiste ma la capitale {} esiste dimmela | del kirghizistan=KG; del tagikistan=TJ; del turkmenistan=TM
molisani | alexa da campobasso ti chiedo la capitale del kazakistan | KZ
molisani | alexa a termoli c'è un marinaio {} qual è la capitale | delle maldive=MV; delle seychelles=SC; di mauritius=MU
molisani | alexa jamme dimmi la capitale delle comore | KM
molisani | alexa mio nipote dice che il molise è più piccolo di {} qual è la sua capitale | andorra=AD; del liechtenstein=LI; di san marino=SM
lucani | alexa dai sassi di matera ti chiedo la capitale {} | della giordania=JO; del libano=LB; della siria=SY
lucani | alexa a potenza non si sa la capitale dell'iraq | IQ
lucani | alexa un turista ai sassi viene {} qual è la capitale | dall'arabia saudita=SA; dal qatar=QA; dal kuwait=KW
lucani | alexa mentre friggo i peperoni cruschi dimmi la capitale del bahrein | BH
lucani | alexa mo la capitale dello yemen qual è | YE
lucani | alexa all'oratorio di maratea un prete viene {} qual è la capitale | dal madagascar=MG; dal mozambico=MZ; dal malawi=MW
foggiani | alexa uè dimmi la capitale {} | dello zambia=ZM; dello zimbabwe=ZW; del botswana=BW
foggiani | alexa a san giovanni rotondo arriva un pullman {} qual è la capitale | dalla polonia=PL; dalla lituania=LT; dalla lettonia=LV
foggiani | alexa nel gargano un campeggiatore viene dall'estonia qual è la capitale | EE
foggiani | alexa mo mo dimmi la capitale della namibia | NA
foggiani | alexa al mercato di foggia uno mi chiede la capitale dell'angola | AO
tarantini | alexa stè dimmi la capitale {} | del sudan=SD; del sud sudan=SS; dell'etiopia=ET
tarantini | alexa ce sì vuoi sapere io voglio la capitale della somalia | SO
tarantini | alexa all'ex ilva lavora un operaio {} qual è la capitale | del senegal=SN; della gambia=GM; della guinea bissau=GW
tarantini | alexa uagnò la capitale della sierra leone | SL
tarantini | alexa nel mar piccolo è arrivata una nave militare {} qual è la capitale | della liberia=LR; del togo=TG; del benin=BJ
romagnoli | alexa burdèl dimmi la capitale {} | della germania=DE; della danimarca=DK; della svezia=SE
romagnoli | alexa ciò il bagnino vuole sapere la capitale {} | dell'ungheria=HU; della romania=RO; della bulgaria=BG
romagnoli | alexa pataca che non sono altro non so la capitale della cechia | CZ
romagnoli | alexa in riviera c'è una comitiva {} qual è la capitale | della russia=RU; del lussemburgo=LU; dei paesi bassi=NL
romagnoli | alexa mentre faccio la piadina dimmi la capitale del belgio | BE
romagnoli | alexa a rimini in hotel abbiamo ospiti {} qual è la capitale | dalla serbia=RS; dalla bosnia=BA; dalla macedonia del nord=MK
trentini | alexa en attimo dimmi la capitale {} | della svizzera=CH; del lussemburgo=LU; della francia=FR
trentini | alexa in val di non un raccoglitore di mele viene {} qual è la capitale | dal marocco=MA; dall'egitto=EG; dal pakistan=PK
trentini | alexa el me nono vuole la capitale dell'azerbaigian | AZ
trentini | alexa al rifugio un alpinista viene {} la capitale qual è | dall'armenia=AM; dalla georgia il paese=GE; dall'iran=IR
trentini | alexa sugli sci a madonna di campiglio mi chiedo la capitale dell'afghanistan | AF
mantovani | alexa ades dimmi la capitale {} | del portogallo=PT; della spagna=ES; del regno unito=GB
mantovani | alexa mentre faccio i tortelli di zucca dimmi la capitale della thailandia | TH
mantovani | alexa al festivaletteratura c'è uno scrittore {} qual è la capitale | del vietnam=VN; della cambogia=KH; del myanmar=MM
mantovani | alexa sul mincio in barca mi viene in mente la capitale dell'indonesia | ID
sammarinesi | alexa da san marino ti chiedo la capitale {} | di monaco=MC; del vaticano=VA; di malta=MT
sammarinesi | alexa sul titano un turista viene {} qual è la capitale | dal giappone=JP; dalla corea del sud=KR; dalla cina=CN
sammarinesi | alexa ciò la capitale di san marino è città di san marino o borgo maggiore | SM
sammarinesi | alexa alla festa della repubblica del titano chiedono la capitale della corea del nord | KP
sammarinesi | alexa noi del titano vogliamo sapere la capitale di taiwan | TW
pakistani | alexa jee dimmi la capitale {} | del pakistan=PK; dell'afghanistan=AF; dell'iran=IR
pakistani | alexa yaar qual è la capitale {} | del bangladesh=BD; dello sri lanka=LK; del nepal=NP
pakistani | alexa shukriya ora dimmi la capitale dell'india | IN
pakistani | alexa mio cugino lavora a brescia in fonderia e chiede la capitale dell'uzbekistan theek hai | UZ
pakistani | alexa per il cricket domenica gioca la squadra {} qual è la capitale | delle indie occidentali no della giamaica=JM; della nuova zelanda=NZ; del sudafrica=ZA
pakistani | alexa jee jee dimmi la capitale del punjab indiano | IN-PB
pakistani | alexa theek hai la capitale dell'arabia saudita è riad giusto | SA
ecuadoriani | alexa ya pues dime la capitale {} | dell'ecuador=EC; del perù=PE; della colombia=CO
ecuadoriani | alexa mijo chiede la capitale {} para la escuela | del venezuela=VE; del paraguay=PY; dell'uruguay=UY
ecuadoriani | alexa chuta me olvidé la capitale del cile | CL
ecuadoriani | alexa gracias alexa y la capitale dell'argentina | AR
ecuadoriani | alexa a genova al lavoro la señora chiede la capitale della bolivia | BO
ecuadoriani | alexa chévere ahora la capitale di cuba | CU
ecuadoriani | alexa mi hija dice que la capitale {} es difícil dimmela | del guatemala=GT; dell'honduras=HN; del nicaragua=NI
moldavi | alexa buna ziua dimmi la capitale {} | della moldavia=MD; della romania=RO; dell'ucraina=UA
moldavi | alexa mersi e adesso la capitale della bielorussia | BY
moldavi | alexa haide dimmi la capitale della russia | RU
moldavi | alexa io lavoro da badante e la signora chiede la capitale {} | della grecia=GR; della bulgaria=BG; della turchia=TR
moldavi | alexa bine bine e la capitale della transnistria quale è | FB
moldavi | alexa da scrivo giusto la capitale della moldova è chisinau | MD
eritrei | alexa selam dimmi la capitale {} | dell'eritrea=ER; dell'etiopia=ET; del sudan=SD
eritrei | alexa yekenyeley e la capitale di gibuti | DJ
eritrei | alexa mia sorella a bologna chiede la capitale {} ishi | della somalia=SO; del kenya=KE; dello yemen=YE
eritrei | alexa la capitale dell'eritrea è ancora asmara vero | ER
eritrei | alexa al bar di via padova un amico chiede la capitale del sud sudan | SS
tunisini | alexa aychek dimmi la capitale {} | della tunisia=TN; della libia=LY; dell'algeria=DZ
tunisini | alexa yezzi non ricordo la capitale del marocco | MA
tunisini | alexa barcha grazie adesso la capitale dell'egitto | EG
tunisini | alexa behi dimmi la capitale {} | della mauritania=MR; del niger=NE; del mali=ML
tunisini | alexa al porto di mazara no di trapani un pescatore chiede la capitale di malta | MT
tunisini | alexa inshallah ho vinto la scommessa la capitale della palestina | PS
ghanesi | alexa chale dimmi la capitale {} | del ghana=GH; della nigeria=NG; del burkina faso=BF
ghanesi | alexa medaase e la capitale del togo | TG
ghanesi | alexa ei la capitale della costa d'avorio è abidjan o no | CI
ghanesi | alexa in chiesa a castel volturno il pastore chiede la capitale {} | della liberia=LR; della sierra leone=SL; della guinea=GN
ghanesi | alexa my brother la capitale del benin qual è | BJ
erasmus-spagnoli | alexa vale dimmi la capitale {} | della spagna=ES; del portogallo=PT; di andorra=AD
erasmus-spagnoli | alexa tío non so la capitale del messico come si dice | MX
erasmus-spagnoli | alexa venga dimmi la capitale della guinea equatoriale que ahí hablan español | GQ
erasmus-spagnoli | alexa hostia la capitale {} qual è | della repubblica dominicana=DO; di el salvador=SV; del costa rica=CR
erasmus-spagnoli | alexa in residenza a bologna ci chiediamo la capitale delle filippine | PH
erasmus-spagnoli | alexa perdona mi italiano la capitale di catalogna cuál es | FB
studenti-tedeschi | alexa also dimmi la capitale {} bitte | dell'austria=AT; della svizzera=CH; della germania=DE
studenti-tedeschi | alexa genau e la capitale del liechtenstein | LI
studenti-tedeschi | alexa danke e adesso la capitale della baviera | DE-BY
studenti-tedeschi | alexa ich bin studentessa a perugia qual è la capitale {} | della sassonia=DE-SN; dell'assia=DE-HE; della turingia=DE-TH
studenti-tedeschi | alexa come si dice la capitale di niedersachsen in italiano | DE-NI
studenti-tedeschi | alexa capitale di schleswig holstein è kiel richtig | DE-SH
studenti-tedeschi | alexa mein professore chiede la capitale {} | del baden württemberg=DE-BW; della renania palatinato=DE-RP; del saarland=DE-SL
studenti-tedeschi | alexa qual è capitale di nord reno vestfalia | DE-NW
studenti-tedeschi | alexa io non capisco bene la capitale di brandeburgo per favore | DE-BB
universitari | alexa sono fuorisede a padova e non ho voglia di studiare dimmi la capitale {} | del lesotho=LS; dell'eswatini=SZ; del botswana=BW
universitari | alexa in aula studio tra un caffè e l'altro la capitale del gabon | GA
universitari | alexa coinquilino scommette una pizza sulla capitale {} qual è | della repubblica centrafricana=CF; del congo brazzaville=CG; della repubblica democratica del congo=CD
universitari | alexa all'esame di relazioni internazionali mi serve la capitale della micronesia | FM
universitari | alexa nella chat dei fuorisede chiedono la capitale {} | delle isole marshall=MH; di palau=PW; di nauru=NR
universitari | alexa mentre mangio la pasta al tonno alle due di notte dimmi la capitale di tuvalu | TV
universitari | alexa per la tesi sul pacifico mi serve la capitale {} | di kiribati=KI; di samoa=WS; di tonga=TO
universitari | alexa domani ho l'esame di geografia politica la capitale di timor est | TL
genitori | alexa mentre il piccolo dorme dimmi piano la capitale {} | del brunei=BN; di singapore=SG; della malaysia=MY
genitori | alexa mio figlio di nove anni mi ha chiesto la capitale del canada e non lo so | CA
genitori | alexa al parco una mamma mi chiede la capitale {} | degli stati uniti=US; del brasile=BR; dell'india=IN
genitori | alexa la recita di natale è sui paesi del mondo la capitale di capo verde | CV
genitori | alexa mia figlia ha disegnato la bandiera {} qual è la capitale | del giappone=JP; del canada=CA; della svezia=SE
genitori | alexa papà deve aiutare con i compiti la capitale di são tomé e príncipe | ST
genitori | alexa nel gruppo whatsapp della classe chiedono la capitale di saint lucia | LC
streamer | alexa sono in live su twitch e la chat vuole la capitale {} | di saint kitts e nevis=KN; di saint vincent e grenadine=VC; di grenada=GD
streamer | alexa gg ora dimmi la capitale di dominica | DM
streamer | alexa in diretta su geoguessr sono finito {} qual è la capitale | in kirghizistan=KG; in bhutan=BT; in mongolia=MN
streamer | alexa la chat dice che la capitale di antigua e barbuda è saint john's è vero | AG
streamer | alexa sto giocando a civilization e mi serve la capitale {} | di israele=IL; della palestina=PS; del kosovo=XK
streamer | alexa raga aspettate la chiedo ad alexa la capitale del turkmenistan | TM
streamer | alexa per la live di stasera dimmi la capitale delle isole cook | CK
lavoro | alexa sono un tassista a fiumicino e il cliente va all'ambasciata {} qual è la capitale | della cina=CN; dell'arabia saudita=SA; del brasile=BR
lavoro | alexa in farmacia una cliente parte per {} qual è la capitale | il kenya=KE; la tanzania=TZ; il madagascar=MG
lavoro | alexa in pizzeria tra un'infornata e l'altra dimmi la capitale {} | dell'egitto=EG; della siria=SY; dell'iraq=IQ
lavoro | alexa all'agenzia viaggi una coppia vuole andare in luna di miele {} qual è la capitale | alle maldive=MV; alle seychelles=SC; a mauritius=MU
lavoro | alexa in caserma il maresciallo chiede la capitale del mozambico | MZ
lavoro | alexa sono hostess e domani volo verso {} qual è la capitale | il qatar=QA; gli emirati arabi uniti=AE; l'oman=OM
lavoro | alexa in cucina lo chef vuole fare un menu {} qual è la capitale di lì | peruviano=PE; vietnamita=VN; etiope=ET
lavoro | alexa al call center un cliente chiama dalla nuova caledonia qual è la capitale | NC
lavoro | alexa in fabbrica il capoturno vuole sapere la capitale del laos | LA
lavoro | alexa il postino ha una cartolina {} qual è la capitale | dalle isole fær øer=FO; dalla groenlandia=GL; dalle isole åland=AX
lavoro | alexa faccio il muratore e un collega viene dal kosovo qual è la capitale | XK
lavoro | alexa in libreria un cliente cerca una guida {} dimmi la capitale | dell'uzbekistan=UZ; della giordania=JO; dell'armenia=AM
lavoro | alexa in ufficio il capo mi manda in trasferta a {} qual è la capitale | dubai negli emirati=AE; singapore=SG; hong kong=HK
scuola | alexa la prof di storia interroga domani sulla capitale {} | della repubblica di weimar no della germania=DE; dell'impero ottomano oggi turchia=TR
scuola | alexa per l'esame di terza media mi serve la capitale {} | del marocco=MA; dell'algeria=DZ; della tunisia=TN
scuola | alexa il compito di geografia chiede la capitale dell'azerbaigian | AZ
scuola | alexa la maestra di quinta ha dato la ricerca sull'africa la capitale {} | del niger=NE; della nigeria=NG; del ciad=TD
scuola | alexa nella tesina di maturità parlo del {} qual è la capitale | vietnam=VN; cambogia=KH; sudafrica=ZA
scuola | alexa in gita a vienna la prof chiede la capitale dell'austria | AT
scuola | alexa per il compito in classe di geografia la capitale della malaysia | MY
scuola | alexa al corso serale mi chiedono la capitale {} | dello stato di new york=US-NY; della california=US-CA; del texas=US-TX
scuola | alexa nel libro di geografia c'è la capitale della tasmania ma non la trovo | AU-TAS
scuola | alexa all'università la prof di portoghese chiede la capitale {} | dello stato di bahia=BR-BA; di minas gerais=BR-MG; del rio grande do sul=BR-RS
giochi | alexa a nomi cose città ho la lettera z la capitale {} comincia con la z | dello zimbabwe=ZW; della croazia=HR
giochi | alexa a nomi cose città con la b vale la capitale {} | del belgio=BE; dell'ungheria=HU; della thailandia=TH
giochi | alexa sto facendo il cruciverba della settimana enigmistica capitale {} | dell'eritrea cinque lettere=ER; del perù quattro lettere=PE; dell'iran sei lettere=IR
giochi | alexa a scarabeo posso mettere la capitale del togo | TG
giochi | alexa a chi vuol essere milionario chiedono la capitale {} | del burkina faso=BF; del malawi=MW; della guinea=GN
giochi | alexa a caduta libera c'era la capitale del kirghizistan qual era | KG
giochi | alexa al quiz del pub il giro difficile è sulla capitale {} | del bhutan=BT; del suriname=SR; del belize=BZ
giochi | alexa su geoguessr sono in un villaggio {} dimmi la capitale | dell'angola=AO; della namibia=NA; del lesotho=LS
giochi | alexa al torneo di burraco la signora mi sfida sulla capitale dell'australia | AU
giochi | alexa a indovina chi del gruppo vince chi sa la capitale {} | dell'islanda=IS; della lettonia=LV; dell'irlanda=IE
giochi | alexa per la caccia al tesoro l'indizio è la capitale {} | della polonia=PL; del portogallo=PT; della norvegia=NO
casa | alexa mentre cucino il ragù dimmi la capitale {} | dell'argentina=AR; del cile=CL; della francia=FR
casa | alexa sto stirando e mi è venuta la curiosità della capitale {} | del pakistan=PK; del bangladesh=BD; dell'indonesia=ID
casa | alexa a cena la suocera dice che la capitale della turchia è istanbul è vero | TR
casa | alexa durante il trasloco ho trovato un vecchio atlante la capitale {} | dello zaire=CD; della birmania=MM; di ceylon=LK
casa | alexa mentre metto su la lavatrice dimmi la capitale del congo brazzaville | CG
casa | alexa sul divano guardando un documentario {} qual è la capitale | sulla papua nuova guinea=PG; sul madagascar=MG; sulla mongolia=MN
casa | alexa mentre do da mangiare al gatto la capitale di san marino | SM
casa | alexa con la nonna al telefono in vivavoce qual è la capitale della svizzera | CH
viaggi | alexa in crociera la prossima tappa è {} qual è la capitale | la grecia=GR; la croazia=HR; il montenegro=ME
viaggi | alexa in camper verso nord quale è la capitale {} | della danimarca=DK; della svezia=SE; della finlandia=FI
viaggi | alexa stiamo organizzando il viaggio di nozze {} qual è la capitale | in giappone=JP; in polinesia francese=PF; a cuba=CU
viaggi | alexa ho trovato un volo low cost per {} qual è la capitale | la georgia quella del caucaso=GE; la giordania=JO; l'albania=AL
viaggi | alexa prima di partire per il cammino di santiago dimmi la capitale della galizia | FB
viaggi | alexa in interrail sono arrivato in {} qual è la capitale | slovenia=SI; slovacchia=SK; lituania=LT
viaggi | alexa con lo zaino in spalla in america latina la capitale {} | del venezuela=VE; dell'ecuador=EC; del guatemala=GT
viaggi | alexa in transito all'aeroporto di doha mi chiedo la capitale del qatar | QA
plural-capitals | alexa quali sono le capitali {} | del benin=BJ; della bolivia=BO; della costa d'avorio=CI
plural-capitals | alexa dimmi tutte le capitali {} | dello sri lanka=LK; della malaysia=MY; dei paesi bassi=NL
plural-capitals | alexa quante capitali ha {} e quali sono | l'eswatini=SZ; il sudafrica=ZA; la palestina=PS
plural-capitals | alexa fiorentino curioso qual è la capitale del benin porto novo o cotonou tutte e due | BJ
plural-capitals | alexa boia le capitali del benin quali sono | BJ
plural-capitals | alexa il benin ha due capitali vero quali | BJ
plural-capitals | alexa a scuola dicono che il benin ha più di una capitale dimmele | BJ
plural-capitals | alexa la bolivia ha due capitali sucre e la paz dimmele tutte e due | BO
plural-capitals | alexa quali sono le due capitali boliviane | BO
plural-capitals | alexa ya pues las capitales de bolivia dimmele | BO
plural-capitals | alexa le capitali della bolivia per il compito | BO
plural-capitals | alexa la costa d'avorio ha due capitali quali sono | CI
plural-capitals | alexa chale le capitali della costa d'avorio yamoussoukro e poi | CI
plural-capitals | alexa capitale politica e capitale economica della costa d'avorio | CI
plural-capitals | alexa per il cruciverba le capitali ivoriane quali sono | CI
plural-capitals | alexa lo sri lanka ha due capitali come si chiamano | LK
plural-capitals | alexa yaar tutte le capitali dello sri lanka | LK
plural-capitals | alexa colombo e l'altra capitale dello sri lanka qual è | LK
plural-capitals | alexa le capitali di ceylon oggi sri lanka | LK
plural-capitals | alexa la malaysia ha kuala lumpur e putrajaya sono tutte e due capitali | MY
plural-capitals | alexa le due capitali della malesia | MY
plural-capitals | alexa quali sono le capitali malesi | MY
plural-capitals | alexa i paesi bassi hanno amsterdam e l'aia dimmi le capitali | NL
plural-capitals | alexa le capitali dell'olanda quali sono | NL
plural-capitals | alexa burdèl l'olanda ha due capitali o una sola | NL
plural-capitals | alexa tutte le capitali dell'eswatini per favore | SZ
plural-capitals | alexa lo swaziland ha due capitali quali | SZ
plural-capitals | alexa le capitali dello swaziland oggi eswatini | SZ
plural-capitals | alexa il sudafrica ha tre capitali dimmele tutte | ZA
plural-capitals | alexa quali sono le tre capitali del sud africa | ZA
plural-capitals | alexa stè le capitali sudafricane come si chiamano | ZA
plural-capitals | alexa elenca le capitali del sudafrica per la tesina | ZA
plural-capitals | alexa le capitali della palestina quali sono | PS
plural-capitals | alexa selam la palestina ha due capitali ramallah e gerusalemme est vero | PS
plural-capitals | alexa aychek dimmi le capitali palestinesi | PS
plural-capitals | alexa quali città sono capitali dello stato di palestina | PS
plural-capitals | alexa mi elenchi le capitali della bolivia e basta | BO
plural-capitals | alexa le due capitali dei paesi bassi me le ripeti | NL
plural-capitals | alexa quante capitali ha la malaysia e come si chiamano | MY
plural-capitals | alexa vale las capitales de la costa d'avorio dimmele | CI
plural-capitals | alexa sono due o tre le capitali dello sri lanka | LK
plural-capitals | alexa mbabane e lobamba sono le capitali dell'eswatini giusto | SZ
plural-capitals | alexa pretoria città del capo e bloemfontein sono le capitali del sudafrica | ZA
plural-capitals | alexa cotonou e porto novo quale è la capitale vera del benin o tutte e due | BJ
follow-up | e quella {} | della francia=FR; della spagna=ES; del belgio=BE
follow-up | e invece {} | del kenya=KE; dell'uganda=UG; del ruanda=RW
follow-up | poi dimmi quella {} | del sudan=SD; dell'eritrea=ER; del niger=NE
follow-up | ok adesso {} | il marocco=MA; la tunisia=TN; la libia=LY
follow-up | gnamo quella del burundi | BI
follow-up | e la capitale {} allora | del giappone=JP; della corea del sud=KR; della cina=CN
follow-up | un'altra ancora la capitale del vanuatu | VU
follow-up | ciò e quella della croazia | HR
follow-up | jee e dell'afghanistan | AF
follow-up | perfetto e {} | la svezia=SE; la norvegia=NO; la danimarca=DK
follow-up | vè e quella del montenegro | ME
follow-up | ya pues e del perù | PE
follow-up | allora {} | il cile=CL; l'argentina=AR; il brasile=BR
follow-up | mo facciamo {} | il laos=LA; la cambogia=KH; la thailandia=TH
follow-up | aspetta e quella dello stato dell'ohio | US-OH
follow-up | e del quebec | CA-QC
follow-up | e dell'ontario invece | CA-ON
follow-up | ok e {} | la scozia=GB-SCT; il galles=GB-WLS; l'irlanda del nord=GB-NIR
follow-up | andiamo avanti con {} | l'australia=AU; la nuova zelanda=NZ; le figi=FJ
follow-up | e quella delle isole salomone | SB
follow-up | e del kirghizistan | KG
follow-up | bravo alexa e {} | il canada=CA; il messico=MX; gli stati uniti=US
follow-up | la prossima è la giamaica | JM
follow-up | ripetimi quella della mongolia che non ho sentito | MN
follow-up | e la capitale della baviera | DE-BY
follow-up | e quella del kerala | IN-KL
follow-up | e adesso lo stato di san paolo | BR-SP
follow-up | e quella del jalisco | MX-JAL
follow-up | ultima domanda la capitale della tanzania | TZ
follow-up | sì e quella del gabon | GA
subdivision | alexa qual è la capitale dello stato {} | della florida=US-FL; dell'illinois=US-IL; della pennsylvania=US-PA
subdivision | alexa dimmi il capoluogo {} negli stati uniti | del kentucky=US-KY; del nevada=US-NV; del michigan=US-MI
subdivision | alexa la capitale {} in america | dell'alaska=US-AK; delle hawaii=US-HI; dell'arizona=US-AZ
subdivision | alexa mio cugino vive {} qual è la capitale dello stato | nel new jersey=US-NJ; nel connecticut=US-CT; nel massachusetts=US-MA
subdivision | alexa per la serie tv che guardo mi serve la capitale {} | del montana=US-MT; del wyoming=US-WY; dello utah=US-UT
subdivision | alexa la capitale del colorado è denver vero | US-CO
subdivision | alexa in america la capitale {} qual è | della louisiana=US-LA; del mississippi=US-MS; dell'alabama=US-AL
subdivision | alexa capitale dello stato {} | del tennessee=US-TN; dell'arkansas=US-AR; dell'oklahoma=US-OK
subdivision | alexa la capitale della carolina {} | del nord=US-NC; del sud=US-SC
subdivision | alexa la capitale del dakota {} | del nord=US-ND; del sud=US-SD
subdivision | alexa qual è la capitale del {} americano | minnesota=US-MN; wisconsin=US-WI; iowa=US-IA
subdivision | alexa dimmi la capitale {} usa | del kansas=US-KS; del nebraska=US-NE; del missouri=US-MO
subdivision | alexa lo zio emigrato vive {} qual è la capitale | nell'ohio=US-OH; nell'indiana=US-IN; nell'oregon=US-OR
subdivision | alexa la capitale {} nel new england | del maine=US-ME; del vermont=US-VT; del new hampshire=US-NH
subdivision | alexa qual è la capitale del rhode island | US-RI
subdivision | alexa capitale {} | del delaware=US-DE; del maryland=US-MD; della virginia occidentale=US-WV
subdivision | alexa la capitale della virginia quella vera non la west virginia | US-VA
subdivision | alexa la capitale del nuovo messico | US-NM
subdivision | alexa la capitale dell'idaho qual è | US-ID
subdivision | alexa la capitale dello stato di washington non la città | US-WA
subdivision | alexa la capitale della provincia {} in canada | dell'alberta=CA-AB; del manitoba=CA-MB; del saskatchewan=CA-SK
subdivision | alexa il capoluogo {} canadese | della columbia britannica=CA-BC; della nuova scozia=CA-NS; del nuovo brunswick=CA-NB
subdivision | alexa mi dici la capitale {} | di terranova=CA-NL; dell'isola del principe edoardo=CA-PE; dello yukon=CA-YT
subdivision | alexa qual è la capitale del nunavut | CA-NU
subdivision | alexa la capitale dei territori del nord ovest | CA-NT
subdivision | alexa ho parenti in canada {} qual è la capitale della provincia | in ontario=CA-ON; in québec=CA-QC
subdivision | alexa la capitale dello stato australiano {} | del queensland=AU-QLD; del victoria=AU-VIC; dell'australia occidentale=AU-WA
subdivision | alexa dimmi la capitale {} in australia | del nuovo galles del sud=AU-NSW; dell'australia meridionale=AU-SA; del territorio del nord=AU-NT
subdivision | alexa la capitale del territorio della capitale australiana | AU-ACT
subdivision | alexa la capitale dello stato indiano {} | del maharashtra=IN-MH; del rajasthan=IN-RJ; del gujarat=IN-GJ
subdivision | alexa dimmi la capitale {} in india | del tamil nadu=IN-TN; del karnataka=IN-KA; dell'uttar pradesh=IN-UP
subdivision | alexa la capitale {} indiano | del bihar=IN-BR; dell'assam=IN-AS; del madhya pradesh=IN-MP
subdivision | alexa qual è la capitale {} per favore | di goa=IN-GA; del sikkim=IN-SK; dell'odisha=IN-OD
subdivision | alexa il capoluogo {} | del telangana=IN-TS; dell'andhra pradesh=IN-AP; dell'haryana=IN-HR
subdivision | alexa la capitale {} nell'india | del bengala occidentale=IN-WB; del jharkhand=IN-JH; del chhattisgarh=IN-CG
subdivision | alexa la capitale dell'uttarakhand | IN-UK
subdivision | alexa la capitale {} nel nord est indiano | del nagaland=IN-NL; del manipur=IN-MN; del mizoram=IN-MZ
subdivision | alexa sai la capitale {} | del tripura=IN-TR; del meghalaya=IN-ML; dell'arunachal pradesh=IN-AR
subdivision | alexa la capitale dell'himachal pradesh | IN-HP
subdivision | alexa la capitale del ladakh | IN-LA
subdivision | alexa la capitale delle isole andamane | IN-AN
subdivision | alexa la capitale di pondicherry | IN-PY
subdivision | alexa la capitale delle laccadive | IN-LD
subdivision | alexa la capitale di jammu e kashmir | IN-JK
subdivision | alexa la capitale del land {} | della sassonia anhalt=DE-ST; del meclemburgo=DE-MV; di amburgo=DE-HH
subdivision | alexa la capitale {} in germania | della bassa sassonia=DE-NI; della renania settentrionale vestfalia=DE-NW; di brema=DE-HB
subdivision | alexa la capitale del land di berlino | DE-BE
subdivision | alexa dimmi la capitale dello stato brasiliano {} | del paraná=BR-PR; di santa catarina=BR-SC; di pernambuco=BR-PE
subdivision | alexa la capitale {} in brasile | dell'amazonas=BR-AM; del pará=BR-PA; del ceará=BR-CE
subdivision | alexa la capitale dello stato {} brasiliano | di goiás=BR-GO; del mato grosso=BR-MT; del mato grosso do sul=BR-MS
subdivision | alexa cerco la capitale {} | del maranhão=BR-MA; del piauí=BR-PI; del rio grande do norte=BR-RN
subdivision | alexa la capitale dello stato {} in brasile | della paraíba=BR-PB; di alagoas=BR-AL; di sergipe=BR-SE
subdivision | alexa la capitale {} stato del brasile | dell'acre=BR-AC; di rondônia=BR-RO; di roraima=BR-RR
subdivision | alexa la capitale dell'amapá | BR-AP
subdivision | alexa la capitale del tocantins | BR-TO
subdivision | alexa la capitale dell'espírito santo | BR-ES
subdivision | alexa la capitale dello stato di rio de janeiro | BR-RJ
subdivision | alexa la capitale dello stato messicano {} | di oaxaca=MX-OAX; del chiapas=MX-CHP; dello yucatán=MX-YUC
subdivision | alexa la capitale {} in messico | della bassa california=MX-BCN; della bassa california del sud=MX-BCS; di sonora=MX-SON
subdivision | alexa qual è la capitale {} me lo dici | di chihuahua=MX-CHH; di coahuila=MX-COA; di nuevo león=MX-NLE
subdivision | alexa la capitale dello stato {} | di quintana roo=MX-ROO; di campeche=MX-CAM; di tabasco=MX-TAB
subdivision | alexa capoluogo {} messicano | di veracruz=MX-VER; di puebla=MX-PUE; del guerrero=MX-GRO
subdivision | alexa voglio sapere la capitale {} | di michoacán=MX-MIC; di sinaloa=MX-SIN; di durango=MX-DUR
subdivision | alexa dimmi la capitale {} messico | di tamaulipas=MX-TAM; di zacatecas=MX-ZAC; di san luis potosí=MX-SLP
subdivision | alexa dimmi un po' la capitale {} | di hidalgo=MX-HID; di morelos=MX-MOR; di nayarit=MX-NAY
subdivision | alexa la capitale {} nel messico | di guanajuato=MX-GUA; di querétaro=MX-QUE; di aguascalientes=MX-AGU
subdivision | alexa la capitale dello stato di colima | MX-COL
subdivision | alexa la capitale dello stato di tlaxcala | MX-TLA
subdivision | alexa la capitale dello stato del messico quello attorno alla capitale | MX-MEX
subdivision | alexa la capitale della scozia | GB-SCT
subdivision | alexa la capitale del galles | GB-WLS
subdivision | alexa la capitale dell'irlanda del nord è belfast | GB-NIR
subdivision | alexa qual è la capitale {} grazie | della groenlandia=GL; delle isole falkland=FK; di gibilterra=GI
subdivision | alexa la capitale {} territorio | di portorico=PR; di guam=GU; delle samoa americane=AS
subdivision | alexa la capitale {} francese | della martinica=MQ; della guadalupa=GP; della guyana=GF
subdivision | alexa mi serve la capitale {} | delle bermuda=BM; delle isole cayman=KY; di anguilla=AI
subdivision | alexa e la capitale {} | dell'isola di man=IM; di jersey=JE; di guernsey=GG
subdivision | alexa mi ricordi la capitale {} | di aruba=AW; di curaçao=CW; di sint maarten=SX
subdivision | alexa dimmi il capoluogo {} per piacere | delle isole vergini britanniche=VG; delle isole vergini americane=VI; di montserrat=MS
subdivision | alexa come si chiama la capitale {} | della polinesia francese=PF; di wallis e futuna=WF; di saint pierre e miquelon=PM
subdivision | alexa trovami la capitale {} | di mayotte=YT; della riunione=RE; di sant'elena=SH
subdivision | alexa la capitale {} come si chiama | delle isole pitcairn=PN; di tokelau=TK; di niue=NU
subdivision | alexa la capitale {} qual è | dell'isola norfolk=NF; dell'isola christmas=CX; delle isole cocos=CC
subdivision | alexa la capitale {} dimmela | delle isole turks e caicos=TC; delle isole marianne settentrionali=MP; delle svalbard=SJ
subdivision | alexa la capitale del sahara occidentale | EH
subdivision | alexa la capitale di saint barthélemy | BL
subdivision | alexa la capitale di saint martin la parte francese | MF
subdivision | alexa la capitale di bonaire | BQ
subdivision | alexa la capitale delle terre australi francesi | TF
subdivision | alexa la capitale della georgia del sud | GS
subdivision | alexa la capitale del territorio britannico dell'oceano indiano | IO
subdivision | alexa la capitale del distretto federale brasiliano | BR-DF
yes-no-check | alexa è vero che la capitale {} | dell'australia è sydney=AU; del canada è toronto=CA; del brasile è rio=BR
yes-no-check | alexa la capitale {} giusto | della svizzera è zurigo=CH; della turchia è ankara=TR; del marocco è rabat=MA
yes-no-check | alexa ma la capitale della nigeria non era lagos | NG
yes-no-check | alexa mi confermi che la capitale {} | del kazakistan è astana=KZ; del myanmar è naypyidaw=MM; della tanzania è dodoma=TZ
yes-no-check | alexa scommessa la capitale {} sì o no | della nuova zelanda è auckland=NZ; del vietnam è ho chi minh=VN; del pakistan è karachi=PK
yes-no-check | alexa è giusto dire che {} | new york è la capitale degli stati uniti=US; la capitale della california è los angeles=US-CA; la capitale della florida è miami=US-FL
yes-no-check | alexa la capitale del texas è austin o houston | US-TX
yes-no-check | alexa la capitale dell'illinois è chicago vero | US-IL
yes-no-check | alexa gnamo dimmi se la capitale della bolivia è la paz | BO
yes-no-check | alexa la capitale della baviera è monaco di baviera | DE-BY
yes-no-check | alexa è sbagliato dire che la capitale dell'india è nuova delhi | IN
yes-no-check | alexa la capitale del burundi è ancora bujumbura | BI
yes-no-check | alexa vè la capitale della siria è damasco sì | SY
yes-no-check | alexa ma la capitale della costa d'avorio è abidjan no | CI
yes-no-check | alexa la capitale del maharashtra è mumbai confermi | IN-MH
yes-no-check | alexa pure la capitale del quebec si chiama quebec | CA-QC
yes-no-check | alexa davvero la capitale del belize è belmopan e non belize city | BZ
yes-no-check | alexa tu sei sicura che la capitale della mongolia sia ulan bator | MN
self-correction | alexa la capitale dell'austria no aspetta dell'australia | AU
self-correction | alexa la capitale della slovenia anzi della slovacchia | SK
self-correction | alexa dimmi la capitale dello svezia scusa della svizzera | CH
self-correction | alexa la capitale del niger no della nigeria | NG
self-correction | alexa la capitale dell'iran no volevo dire dell'iraq | IQ
self-correction | alexa la capitale della guinea no della guinea bissau | GW
self-correction | alexa la capitale della corea del nord ehm del sud | KR
self-correction | alexa la capitale del sudan cioè del sud sudan | SS
self-correction | alexa la capitale della dominica no della repubblica dominicana | DO
self-correction | alexa la capitale della columbia no no della colombia | CO
self-correction | alexa la capitale del congo ehm quello di kinshasa insomma la repubblica democratica | CD
self-correction | alexa la capitale della mauritania anzi di mauritius | MU
self-correction | alexa qual è la capitale della lettonia scusa lituania | LT
self-correction | alexa la capitale della gambia o meglio del gabon | GA
self-correction | alexa la capitale dell'armenia ah no dell'albania | AL
self-correction | alexa la capitale del paraguay no uruguay | UY
self-correction | alexa la capitale della virginia occidentale no della virginia e basta | US-VA
self-correction | alexa la capitale del nuovo galles del sud aspetta volevo il victoria | AU-VIC
reverse-question | alexa {} è la capitale di quale paese | ouagadougou=CITY:ouagadougou; bishkek=CITY:bishkek; tegucigalpa=CITY:tegucigalpa
reverse-question | alexa di che stato è capitale {} | windhoek=CITY:windhoek; nouakchott=CITY:nouakchott; ashgabat=CITY:ashgabat
reverse-question | alexa {} di quale nazione è la capitale | paramaribo=CITY:paramaribo; vaduz=CITY:vaduz; asmara=CITY:asmara
reverse-question | alexa la città di {} è capitale di cosa | victoria=CITY:victoria; kingston=CITY:kingston; hamilton=CITY:hamilton
reverse-question | alexa in che paese si trova la capitale {} | ulan bator=CITY:ulan bator; lubiana=CITY:lubiana; zagabria=CITY:zagabria
reverse-question | alexa {} capitale di dove | lusaka=CITY:lusaka; harare=CITY:harare; maputo=CITY:maputo
reverse-question | alexa chandigarh è capitale di quale stato indiano | CITY:chandigarh
reverse-question | alexa sacramento è la capitale di quale stato americano | CITY:sacramento
reverse-question | alexa di quale provincia canadese è capitale halifax | CITY:halifax
reverse-question | alexa la paz è capitale di dove | CITY:la paz
reverse-question | alexa boia ma dacca è capitale di che paese | CITY:dacca
reverse-question | alexa georgetown capitale di quale paese | CITY:georgetown
reverse-question | alexa mi dici di che paese è capitale la valletta | CITY:la valletta
reverse-question | alexa santiago è capitale di quale paese | CITY:santiago
reverse-question | alexa apia è la capitale di quale isola | CITY:apia
official-name | alexa la capitale della repubblica {} | federale di germania=DE; ellenica=GR; francese=FR
official-name | alexa la capitale del regno {} | di svezia=SE; di norvegia=NO; del belgio=BE
official-name | alexa qual è la capitale della repubblica popolare cinese | CN
official-name | alexa la capitale della federazione russa | RU
official-name | alexa la capitale della confederazione elvetica | CH
official-name | alexa la capitale della repubblica islamica {} | dell'iran=IR; del pakistan=PK; della mauritania=MR
official-name | alexa la capitale degli stati uniti messicani | MX
official-name | alexa la capitale della repubblica federativa del brasile | BR
official-name | alexa la capitale del regno unito di gran bretagna e irlanda del nord | GB
official-name | alexa la capitale della repubblica araba d'egitto | EG
official-name | alexa la capitale del regno hascemita di giordania | JO
official-name | alexa la capitale dello stato plurinazionale della bolivia | BO
official-name | alexa la capitale della repubblica bolivariana del venezuela | VE
official-name | alexa la capitale del granducato di lussemburgo | LU
official-name | alexa la capitale del principato {} | di monaco=MC; del liechtenstein=LI; di andorra=AD
official-name | alexa la capitale della repubblica socialista del vietnam | VN
official-name | alexa la capitale della repubblica democratica popolare di corea | KP
official-name | alexa la capitale della repubblica di corea | KR
official-name | alexa la capitale della repubblica dell'unione del myanmar | MM
official-name | alexa la capitale del commonwealth delle bahamas | BS
official-name | alexa la capitale degli stati federati di micronesia | FM
official-name | alexa la capitale della repubblica del sudafrica | ZA
official-name | alexa la capitale della serenissima repubblica di san marino | SM
official-name | alexa la capitale della repubblica di cina cioè taiwan | TW
everyday-name | alexa la capitale {} | dell'america=US; dell'inghilterra=GB-ENG; dell'olanda=NL
everyday-name | alexa qual è la capitale {} | della russia bianca=BY; della persia=IR; del siam=TH
everyday-name | alexa dimmi la capitale degli emirati | AE
everyday-name | alexa la capitale della gran bretagna | GB
everyday-name | alexa la capitale della repubblica ceca | CZ
everyday-name | alexa la capitale della macedonia | MK
everyday-name | alexa la capitale della bosnia | BA
everyday-name | alexa la capitale della birmania | MM
everyday-name | alexa la capitale del congo kinshasa | CD
everyday-name | alexa la capitale dell'ex zaire | CD
everyday-name | alexa la capitale della costa d'oro oggi ghana | GH
everyday-name | alexa la capitale dell'alto volta | BF
everyday-name | alexa la capitale dell'abissinia | ET
everyday-name | alexa la capitale di formosa | TW
everyday-name | alexa la capitale della rhodesia | ZW
everyday-name | alexa la capitale del dahomey | BJ
everyday-name | alexa la capitale di timor leste | TL
everyday-name | alexa la capitale del vaticano | VA
everyday-name | alexa la capitale della santa sede | VA
everyday-name | alexa la capitale delle isole faroe | FO
everyday-name | alexa la capitale di sao tome | ST
everyday-name | alexa la capitale della turchia ora si chiama türkiye | TR
everyday-name | alexa la capitale della moldova | MD
everyday-name | alexa la capitale del kampuchea | KH
shared-name | alexa la capitale della georgia | GE+US-GA
shared-name | alexa qual è la capitale del congo | CD+CG
shared-name | alexa la capitale della corea | KP+KR
shared-name | alexa la capitale delle isole vergini | VG+VI
shared-name | alexa la capitale del messico lo stato o il paese | MX+MX-MEX
shared-name | alexa ciò e la capitale della georgia | GE+US-GA
shared-name | alexa la capitale di washington | US-DC+US-WA
shared-name | alexa dimmi la capitale del congo per favore | CD+CG
shared-name | alexa la capitale della guinea quale delle tante | GN
shared-name | alexa la capitale di victoria | AU-VIC
shared-name | alexa la capitale della georgia mi serve per il quiz | GE+US-GA
out-of-domain | alexa che tempo fa domani {} | a firenze=FB; a pisa=FB; a siena=FB
out-of-domain | alexa che tempo fa {} questo fine settimana | a perugia=FB; ad ancona=FB; a pescara=FB
out-of-domain | alexa piove domani {} | a campobasso=FB; a matera=FB; a foggia=FB
out-of-domain | alexa quanti gradi ci sono {} | a taranto=FB; a rimini=FB; a trento=FB
out-of-domain | alexa metti un po' di musica {} | di vasco=FB; dei pooh=FB; di lucio dalla=FB
out-of-domain | alexa suona la playlist {} | per cucinare=FB; per la palestra=FB; della festa=FB
out-of-domain | alexa metti radio {} | deejay=FB; italia=FB; capital=FB
out-of-domain | alexa imposta un timer di {} per la pasta | dieci minuti=FB; otto minuti=FB; dodici minuti=FB
out-of-domain | alexa svegliami domani alle {} | sei=FB; sette e mezza=FB; cinque=FB
out-of-domain | alexa accendi {} | la luce in cucina=FB; la tv=FB; il riscaldamento=FB
out-of-domain | alexa spegni {} | la luce del salotto=FB; la lampada=FB; il condizionatore=FB
out-of-domain | alexa aggiungi {} alla lista della spesa | il pane=FB; il latte=FB; i peperoni cruschi=FB
out-of-domain | alexa quanti abitanti ha {} | la cina=FB; l'india=FB; il molise=FB
out-of-domain | alexa che lingua si parla {} | in brasile=FB; in svizzera=FB; in belgio=FB
out-of-domain | alexa che moneta usano {} | in polonia=FB; in giappone=FB; in marocco=FB
out-of-domain | alexa quanto è grande {} | la russia=FB; il canada=FB; l'australia=FB
out-of-domain | alexa chi è il presidente {} | della francia=FB; degli stati uniti=FB; della repubblica=FB
out-of-domain | alexa che ore sono {} | a tokyo=FB; a new york=FB; a sydney=FB
out-of-domain | alexa di che colore è la bandiera {} | del brasile=FB; della svezia=FB; del giappone=FB
out-of-domain | alexa qual è il fiume più lungo {} | del mondo=FB; d'europa=FB; d'italia=FB
out-of-domain | alexa quanto è alta {} | la torre di pisa=FB; la torre eiffel=FB; la mole antonelliana=FB
out-of-domain | alexa qual è la montagna più alta {} | del mondo=FB; d'africa=FB; d'abruzzo=FB
out-of-domain | alexa il capoluogo {} qual è | della toscana=FB; dell'umbria=FB; delle marche=FB
out-of-domain | alexa qual è il capoluogo {} | dell'abruzzo=FB; del molise=FB; della basilicata=FB
out-of-domain | alexa dimmi il capoluogo di provincia {} | della puglia=FB; del trentino=FB; dell'emilia romagna=FB
out-of-domain | alexa la capitale della toscana è firenze o pisa | FB
out-of-domain | alexa la capitale dell'abruzzo è l'aquila o pescara | FB
out-of-domain | alexa la capitale {} dimmi qual è | della romagna=FB; della ciociaria=FB; della maremma=FB
out-of-domain | alexa qual è la capitale {} d'italia | del tartufo=FB; della piadina=FB; del prosciutto=FB
out-of-domain | alexa qual è la capitale europea della cultura quest'anno | FB
out-of-domain | alexa matera capitale europea della cultura in che anno | FB
out-of-domain | alexa qual è la capitale italiana della cultura | FB
out-of-domain | alexa cos'è il capitale sociale di una srl | FB
out-of-domain | alexa quanto capitale serve per aprire una società | FB
out-of-domain | alexa chi ha scritto il capitale | FB
out-of-domain | alexa cosa sono i sette peccati capitali | FB
out-of-domain | alexa in quali paesi c'è ancora la pena capitale | FB
out-of-domain | alexa come si scrive in stampatello con le lettere capitali | FB
out-of-domain | alexa cos'è un capitale di rischio | FB
out-of-domain | alexa che differenza c'è tra capitale e interessi nel mutuo | FB
out-of-domain | alexa quando roma è diventata capitale d'italia | FB
out-of-domain | alexa prima di roma quale era la capitale d'italia | FB
out-of-domain | alexa firenze è stata capitale d'italia per quanti anni | FB
out-of-domain | alexa qual era la capitale del granducato di toscana | FB
out-of-domain | alexa qual era la capitale dello stato pontificio | FB
out-of-domain | alexa qual era la capitale del regno delle due sicilie | FB
out-of-domain | alexa la capitale dell'impero romano d'occidente dopo roma | FB
out-of-domain | alexa la capitale dell'impero inca | FB
out-of-domain | alexa la capitale degli aztechi | FB
out-of-domain | alexa qual è la capitale della lapponia | FB
out-of-domain | alexa quante capitali ci sono in europa | FB
out-of-domain | alexa qual è la capitale più fredda del mondo | FB
out-of-domain | alexa qual è la capitale più alta del mondo | FB
out-of-domain | alexa qual è la capitale più popolosa d'africa | FB
out-of-domain | alexa quanti chilometri ci sono da firenze a roma | FB
out-of-domain | alexa quanto ci vuole in macchina da pescara a roma | FB
out-of-domain | alexa a che ora parte il treno per bologna | FB
out-of-domain | alexa quanto costa un volo per lisbona | FB
out-of-domain | alexa serve il passaporto per andare in albania | FB
out-of-domain | alexa serve il visto per il kenya | FB
out-of-domain | alexa quanto fa dodici per quindici | FB
out-of-domain | alexa quanti giorni mancano a natale | FB
out-of-domain | alexa raccontami una barzelletta | FB
out-of-domain | alexa raccontami una barzelletta sui carabinieri | FB
out-of-domain | alexa dimmi una curiosità sul palio di siena | FB
out-of-domain | alexa come si fanno gli arrosticini | FB
out-of-domain | alexa ricetta della piadina romagnola | FB
out-of-domain | alexa come si cucinano i tortelli di zucca | FB
out-of-domain | alexa quanto sale ci va nell'acqua della pasta | FB
out-of-domain | alexa chi ha vinto il palio di luglio | FB
out-of-domain | alexa quando gioca la fiorentina | FB
out-of-domain | alexa risultato del pescara | FB
out-of-domain | alexa chi ha vinto il giro d'italia | FB
out-of-domain | alexa quando inizia il tour de france | FB
out-of-domain | alexa a che ora c'è il gran premio | FB
out-of-domain | alexa chi ha vinto l'eurovision | FB
out-of-domain | alexa chi canta questa canzone | FB
out-of-domain | alexa alza il volume | FB
out-of-domain | alexa abbassa il volume per favore | FB
out-of-domain | alexa metti il volume a cinque | FB
out-of-domain | alexa salta questa canzone | FB
out-of-domain | alexa che notizie ci sono oggi | FB
out-of-domain | alexa leggimi il notiziario | FB
out-of-domain | alexa chiama la mamma | FB
out-of-domain | alexa chiama il papà sul cellulare | FB
out-of-domain | alexa manda un messaggio a giulia | FB
out-of-domain | alexa ricordami di comprare il pane alle sei | FB
out-of-domain | alexa ricordami di pagare il bollo | FB
out-of-domain | alexa cosa c'è in calendario domani | FB
out-of-domain | alexa dov'è il mio pacco amazon | FB
out-of-domain | alexa ordina le capsule del caffè | FB
out-of-domain | alexa compra i pannolini | FB
out-of-domain | alexa leggi il mio audiolibro | FB
out-of-domain | alexa metti una ninna nanna per il bambino | FB
out-of-domain | alexa fai il verso della mucca | FB
out-of-domain | alexa canta tanti auguri a nonna rita | FB
out-of-domain | alexa quanti anni ha il papa | FB
out-of-domain | alexa come si dice grazie in tigrino | FB
out-of-domain | alexa come si dice buongiorno in urdu | FB
out-of-domain | alexa traduci casa in tedesco | FB
out-of-domain | alexa come si dice capitale in inglese | FB
out-of-domain | alexa che significa capitale | FB
out-of-domain | alexa sinonimo di capitale | FB
out-of-domain | alexa qual è il prefisso telefonico del ghana | FB
out-of-domain | alexa quanto vale l'euro in franchi svizzeri | FB
out-of-domain | alexa cambio euro dollaro | FB
out-of-domain | alexa quanto costa il pane in tunisia | FB
out-of-domain | alexa che fuso orario ha la moldavia | FB
out-of-domain | alexa quali paesi confinano con l'ecuador | FB
out-of-domain | alexa quanti stati ci sono negli stati uniti | FB
out-of-domain | alexa quante province ha il canada | FB
out-of-domain | alexa quanti länder ha la germania | FB
out-of-domain | alexa quante regioni ha l'italia | FB
out-of-domain | alexa qual è il paese più piccolo del mondo | FB
out-of-domain | alexa qual è lo stato più grande d'africa | FB
out-of-domain | alexa qual è la città più grande dell'india | FB
out-of-domain | alexa qual è la città più grande del brasile | FB
out-of-domain | alexa quanti abitanti ha san marino | FB
out-of-domain | alexa chi è il capitano reggente di san marino | FB
out-of-domain | alexa quando è la festa della repubblica di san marino | FB
out-of-domain | alexa che ore sono | FB
out-of-domain | alexa che giorno è oggi | FB
out-of-domain | alexa che santo è oggi | FB
out-of-domain | alexa c'è traffico sulla a quattordici | FB
out-of-domain | alexa c'è traffico sul raccordo | FB
out-of-domain | alexa a che ora chiude la farmacia | FB
out-of-domain | alexa trova una pizzeria aperta vicino a me | FB
out-of-domain | alexa fammi un caffè | FB
out-of-domain | alexa ti voglio bene | FB
out-of-domain | alexa sei sposata | FB
out-of-domain | alexa quanti anni hai | FB
out-of-domain | alexa come ti chiami davvero | FB
out-of-domain | alexa parli tigrino | FB
out-of-domain | alexa parli spagnolo | FB
out-of-domain | alexa cambia la lingua in tedesco | FB
out-of-domain | alexa dove si trova il burkina faso | FB
out-of-domain | alexa in che continente è il suriname | FB
out-of-domain | alexa dove si trova sucre | FB
out-of-domain | alexa cosa vedere a lubiana in un giorno | FB
out-of-domain | alexa qual è il piatto tipico del perù | FB
out-of-domain | alexa qual è la religione principale dell'indonesia | FB
out-of-domain | alexa quanto dura il volo da roma a tokyo | FB
out-of-domain | alexa chi ha fondato roma | FB
out-of-domain | alexa quando è caduto il muro di berlino | FB
out-of-domain | alexa chi era garibaldi | FB
out-of-domain | alexa quanto è lontana la luna | FB
out-of-domain | alexa qual è il pianeta più grande | FB
out-of-domain | alexa fai un quiz di geografia | FB
out-of-domain | alexa giochiamo a indovina la bandiera | FB
out-of-domain | alexa apri spotify | FB
out-of-domain | alexa apri il meteo | FB
out-of-domain | alexa avvia il gioco delle bandiere | FB
out-of-domain | alexa quanto fa la radice quadrata di centoquarantaquattro | FB
out-of-domain | alexa che film danno stasera in tv | FB
out-of-domain | alexa quando esce il nuovo film della marvel | FB
out-of-domain | alexa chi è l'allenatore della nazionale | FB
out-of-domain | alexa quante medaglie ha vinto l'italia alle olimpiadi | FB
out-of-domain | alexa yaar metti musica punjabi | FB
out-of-domain | alexa ya pues pon música de julio jaramillo | FB
out-of-domain | alexa chale play afrobeats | FB
out-of-domain | alexa selam metti musica eritrea | FB
out-of-domain | alexa aychek metti radio tunisina | FB
out-of-domain | alexa haide metti una canzone moldava | FB
out-of-domain | alexa vale pon reggaeton | FB
out-of-domain | alexa genau wie spät ist es | FB
out-of-domain | alexa burdèl che tempo fa a riccione | FB
out-of-domain | alexa o icché tu fai stasera | FB
out-of-domain | alexa mo dimme 'na barzelletta | FB
out-of-domain | alexa uaje metti la pizzica | FB
out-of-domain | alexa en attimo dimmi le previsioni per madonna di campiglio | FB
out-of-domain | alexa la chat di twitch chiede quanti follower ho | FB
out-of-domain | alexa metti la sigla dei pokémon per il bambino | FB
out-of-domain | alexa qual è la capitale del mondo del calcio | FB
out-of-domain | alexa qual è la capitale dei tortellini | FB
out-of-domain | alexa la capitale delle marche qual è | FB
out-of-domain | alexa la capitale della lucania | FB
out-of-domain | alexa la capitale del salento | FB
out-of-domain | alexa la capitale del gargano | FB
out-of-domain | alexa la capitale della val di non | FB
out-of-domain | alexa la capitale della transilvania | FB
out-of-domain | alexa la capitale del kurdistan | FB
out-of-domain | alexa la capitale dei paesi baschi | FB
out-of-domain | alexa la capitale della cornovaglia | FB
out-of-domain | alexa la capitale della siberia | FB
out-of-domain | alexa la capitale della patagonia | FB
out-of-domain | alexa la capitale del tibet | FB
out-of-domain | alexa la capitale di marte | FB
out-of-domain | alexa la capitale di atlantide | FB
out-of-domain | alexa la capitale della terra di mezzo | FB
out-of-domain | alexa la capitale di wakanda | FB
launch | alexa apri capitali del mondo {} | per favore=LAUNCH; che ripasso=LAUNCH; gnamo=LAUNCH
launch | alexa avvia capitali del mondo {} | che ho il compito=LAUNCH; per mio figlio=LAUNCH; in salotto=LAUNCH
launch | alexa {} capitali del mondo | mo apri=LAUNCH; burdèl apri=LAUNCH; o icché aspetti apri=LAUNCH
launch | alexa ya pues abre capitali del mondo | LAUNCH
launch | alexa chale open capitali del mondo | LAUNCH
launch | alexa selam apri capitali del mondo per favore | LAUNCH
launch | alexa aychek apri capitali del mondo | LAUNCH
launch | alexa jee capitali del mondo apri | LAUNCH
launch | alexa haide deschide capitali del mondo | LAUNCH
launch | alexa bitte öffne capitali del mondo | LAUNCH
launch | alexa vale abre capitali del mondo tío | LAUNCH
launch | alexa sono in live fai partire capitali del mondo | LAUNCH
launch | alexa prima del quiz al pub lancia capitali del mondo | LAUNCH
launch | alexa per il cruciverba mi serve capitali del mondo aprilo | LAUNCH
launch | alexa mentre cucino apri la skill capitali del mondo | LAUNCH
launch | alexa avvia la skill delle capitali capitali del mondo | LAUNCH
launch | alexa voglio giocare con capitali del mondo | LAUNCH
launch | alexa usa capitali del mondo | LAUNCH
launch | alexa fammi usare capitali del mondo che studio per l'esame | LAUNCH
launch | alexa riapri capitali del mondo | LAUNCH
launch | alexa accendi capitali del mondo | LAUNCH
launch | alexa chiedi a capitali del mondo | LAUNCH
launch | alexa parla con capitali del mondo | LAUNCH
launch | alexa in camper apri capitali del mondo per i bambini | LAUNCH
launch | alexa al corso serale facciamo partire capitali del mondo | LAUNCH
launch | alexa in pausa pranzo apri capitali del mondo | LAUNCH
launch | alexa per nomi cose città avvia capitali del mondo | LAUNCH
launch | alexa ciao apri capitali del mondo | LAUNCH
help | alexa come funziona {} | capitali del mondo=HELP; questa cosa delle capitali=HELP; la skill=HELP
help | alexa {} cosa posso chiedere | gnamo=HELP; mo=HELP; burdèl=HELP
help | alexa aiuto non so cosa dire | HELP
help | alexa aiutami con capitali del mondo | HELP
help | alexa cosa sai fare con le capitali | HELP
help | alexa ma come si usa questa skill | HELP
help | alexa spiegami come funziona | HELP
help | alexa quali domande posso fare | HELP
help | alexa mi serve una mano con questa skill | HELP
help | alexa o icché si fa qui | HELP
help | alexa vè come funziona sta cosa | HELP
help | alexa ya pues cómo funciona esto ayuda | HELP
help | alexa chale help me | HELP
help | alexa jee aiuto per favore | HELP
help | alexa selam non ho capito cosa devo fare | HELP
help | alexa aychek aiutami | HELP
help | alexa haide aiuto | HELP
help | alexa vale no entiendo ayúdame | HELP
help | alexa also wie funktioniert das aiuto | HELP
help | alexa posso chiedere anche gli stati dell'india come faccio | HELP
help | alexa posso chiedere anche le regioni come faccio | HELP
help | alexa la chat chiede come funziona la skill spiegalo | HELP
help | alexa mio figlio non sa cosa chiedere aiutalo | HELP
help | alexa che comandi ci sono | HELP
help | alexa quali sono le istruzioni | HELP
help | alexa dammi qualche esempio di domanda | HELP
help | alexa sono nuovo come si usa | HELP
help | alexa non capisco aiuto | HELP
help | alexa come faccio a chiedere una capitale | HELP
help | alexa che cosa posso dire a capitali del mondo | HELP
help | alexa spiegami un po' che si può fare qui | HELP
help | alexa fammi un esempio | HELP
help | alexa aiuto alexa aiuto | HELP
help | alexa come si gioca | HELP
help | alexa mi spieghi come funziona per favore che sono vecchio | HELP
help | alexa in pausa pranzo aiutami a capire questa skill | HELP
help | alexa non ho capito ripeti le istruzioni | HELP
help | alexa ma funziona anche con le province canadesi come si chiede | HELP
help | alexa aiuto che devo dire adesso | HELP
help | alexa uaje aiutami tu | HELP
help | alexa stè come funziona | HELP
help | alexa en attimo come si usa | HELP
stop | alexa basta {} | così=STOP; grazie=STOP; per stasera=STOP
stop | alexa stop {} | grazie=STOP; capitali=STOP; per oggi=STOP
stop | alexa fermati {} | un attimo=STOP; subito=STOP; che arriva la suocera=STOP
stop | alexa gnamo basta | STOP
stop | alexa mo basta | STOP
stop | alexa burdèl basta così | STOP
stop | alexa vè fermati | STOP
stop | alexa stè basta | STOP
stop | alexa jee stop | STOP
stop | alexa ya pues ya basta | STOP
stop | alexa chale stop it | STOP
stop | alexa selam basta grazie | STOP
stop | alexa yezzi basta | STOP
stop | alexa haide gata | STOP
stop | alexa vale para ya | STOP
stop | alexa genug danke stop | STOP
stop | alexa esci | STOP
stop | alexa esci da capitali del mondo | STOP
stop | alexa chiudi la skill | STOP
stop | alexa chiudi tutto | STOP
stop | alexa spegniti | STOP
stop | alexa smettila | STOP
stop | alexa zitta un attimo | STOP
stop | alexa finiamo qui | STOP
stop | alexa abbiamo finito | STOP
stop | alexa ok ho finito i compiti basta | STOP
stop | alexa basta capitali che si mangia | STOP
stop | alexa fine della live stop | STOP
stop | alexa il bambino dorme basta | STOP
stop | alexa chiudi che arriva il cliente | STOP
stop | alexa basta così che si è fatto tardi | STOP
stop | alexa stop stop stop | STOP
stop | alexa per oggi abbiamo chiuso | STOP
stop | alexa ferma tutto | STOP
stop | alexa termina | STOP
stop | alexa o icché tu fai basta | STOP
stop | alexa uaje stop | STOP
stop | alexa en attimo stop | STOP
stop | alexa ades basta | STOP
stop | alexa non voglio più giocare | STOP
stop | alexa chiudi capitali del mondo che inizia la partita | STOP
cancel | alexa annulla {} | tutto=CANCEL; la domanda=CANCEL; per favore=CANCEL
cancel | alexa lascia perdere {} | grazie=CANCEL; ho sbagliato=CANCEL; non importa=CANCEL
cancel | alexa lascia stare {} | la chiedo al prof=CANCEL; l'ho trovata=CANCEL; niente=CANCEL
cancel | alexa gnamo annulla | CANCEL
cancel | alexa mo lascia perdere | CANCEL
cancel | alexa burdèl annulla | CANCEL
cancel | alexa vè lascia stare | CANCEL
cancel | alexa stè annulla | CANCEL
cancel | alexa jee annulla | CANCEL
cancel | alexa ya pues déjalo annulla | CANCEL
cancel | alexa chale cancel | CANCEL
cancel | alexa selam annulla | CANCEL
cancel | alexa aychek lascia perdere | CANCEL
cancel | alexa haide anuleaza | CANCEL
cancel | alexa vale olvídalo | CANCEL
cancel | alexa vergiss es annulla | CANCEL
cancel | alexa no niente annulla | CANCEL
cancel | alexa annullare | CANCEL
cancel | alexa cancella la richiesta | CANCEL
cancel | alexa non importa più | CANCEL
cancel | alexa ho cambiato idea | CANCEL
cancel | alexa scusa ho sbagliato annulla | CANCEL
cancel | alexa dimentica quello che ho detto | CANCEL
cancel | alexa niente niente lascia stare | CANCEL
cancel | alexa annulla che me l'ha detto la chat | CANCEL
cancel | alexa annulla che il bambino ha già risposto | CANCEL
cancel | alexa lascia perdere la so già | CANCEL
cancel | alexa annulla che ho trovato sull'atlante | CANCEL
cancel | alexa annulla l'ultima domanda | CANCEL
cancel | alexa lascia perdere che arriva un cliente | CANCEL
cancel | alexa o icché tu dici annulla | CANCEL
cancel | alexa uaje lascia stare | CANCEL
cancel | alexa en attimo annulla | CANCEL
cancel | alexa ades lascia perdere | CANCEL
cancel | alexa no aspetta annulla tutto | CANCEL
cancel | alexa annulla non era per te | CANCEL
cancel | alexa lascia perdere non parlavo con te | CANCEL
cancel | alexa annulla annulla | CANCEL
cancel | alexa annulla che l'ho chiesto a google | CANCEL
official-name | alexa per il modulo del consolato mi serve la capitale della repubblica islamica del pakistan | PK
official-name | alexa nel documento c'è scritto repubblica federale democratica d'etiopia qual è la capitale | ET
official-name | alexa sul passaporto di mio marito c'è stato di eritrea qual è la capitale | ER
official-name | alexa il prof ha detto repubblica tunisina dimmi la capitale | TN
official-name | alexa sul libro c'è regno del marocco la capitale qual è | MA
official-name | alexa la capitale della repubblica italiana | IT
official-name | alexa ganzo la capitale della repubblica di moldova | MD
official-name | alexa nella tesina scrivo repubblica dell'ecuador qual è la sua capitale | EC
official-name | alexa all'ufficio immigrazione dicono repubblica del ghana capitale | GH
official-name | alexa la capitale del regno di thailandia per il cruciverba | TH
official-name | alexa in burraco la signora chiede la capitale del sultanato dell'oman | OM
official-name | alexa la capitale dello stato del kuwait per la settimana enigmistica | KW
everyday-name | alexa per il compito la capitale della bielorussia che la nonna chiama russia bianca | BY
everyday-name | alexa la capitale dell'olanda per il cruciverba | NL
everyday-name | alexa mio padre dice ancora cecoslovacchia intende la repubblica ceca qual è la capitale | CZ
everyday-name | alexa burdèl la capitale dell'inghilterra | GB-ENG
everyday-name | alexa la capitale della persia come diceva il prof | IR
everyday-name | alexa la capitale degli usa | US
everyday-name | alexa jee la capitale della birmania oggi myanmar | MM
everyday-name | alexa la capitale di ceylon per la settimana enigmistica | LK
everyday-name | alexa a scarabeo il nonno dice capitale del siam | TH
everyday-name | alexa la capitale della swaziland come la chiamava la maestra | SZ
everyday-name | alexa capitale dell'ex unione sovietica oggi russia | RU
everyday-name | alexa la capitale dello stivale | IT
"""

if __name__ == "__main__":
    build_round(46, "it", LINES, sys.argv, "tests/Eval/it/round46/source/build_corpus.py")
