"""Round 35, Italian (it-IT): a new author's own mix, written blind (brief WRITER43.md). Speakers chosen away from the
regions and groups of the Italian rounds 31 to 34 ("How it was written"): Neapolitans ("uè", "jamme", "guagliò", "nun o
saccio", "'a capitale", "ampressa", "mammà", the pizza oven, the seafront, piazza Garibaldi, the tombolata), Romans ("aò",
"daje", "anvedi", "mo", "ma che davero", "'na cifra", "er pupo", a taxi at Termini, a night shift at the hospital, the
Colosseum), Venetians of Venice, Treviso and Padua ("ostrega", "xe", "bon dai", "el toso", "el nono", "varda", the
vaporetto, an osteria, the spritz, the Chioggia fishing boats), Tuscans of Florence, Siena, Pisa and Livorno ("deh",
"icché", "o bimbo", "gnamo", "boia", "'un", the contrada, the Livorno port, the Chianti harvest), Molisani of Campobasso
and Termoli ("ué", "nun sacc", "u zio", relatives in Montreal and Venezuela), Foggiani of the Gargano ("mo", "addo sta",
the tomato harvest and its caporale), Nigerians of Castel Volturno and Caserta ("abeg", "oga", "no wahala", "na wa",
"nko", "my sister", church), Tunisians of Mazara del Vallo ("yezzi", "behi", "barcha", "inshallah", "wallah", the fishing
boats), Peruvians of Milan ("causa", "pe", "chévere", "el jato", "no me acuerdo"), Brazilians of Bergamo ("nossa",
"cara", "beleza", "tá bom", a hair salon), Georgian carers ("madloba", "ki", "ara", the signora of ninety-two, the
rosary), missionary nuns ("sia lodato gesù cristo", the mission, vespers), lorry drivers (an Autogrill, the Brenner
customs, the CB radio), cruise-ship crew, a Cosenza call centre. Situations: a pub quiz, a driving school, a hair salon,
a wedding, a stadium, a hospital ward, grandparents and children at home. Plus follow-ups, yes/no checks with right and
wrong guesses, self-corrections with an explicit marker, reverse questions, official, everyday and old names, shared
names and their disambiguations, plurals of every several-capital country and Palestine, subdivisions and territories,
launch with the invocation name "capitali del mondo", help, stop, cancel, out-of-domain requests and near misses, and what
it-IT recognition writes (lost accents and apostrophes, joined or split words, misspellings).
`python3 tests/Eval/it/round35/source/build_corpus.py [--check]`; the mechanics are in
tests/Eval/source/round12_hinl_corpus.py (build_round with round 35's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
napoletani | uè alexa jamme dimmi a capitale {} ca nun m'arricordo | del giappone=JP; della cina=CN; della corea del sud=KR
napoletani | alexa guagliò che d'è la capitale {} | del vietnam=VN; della thailandia=TH; della cambogia=KH
napoletani | alexa mentre aspetto che esce la pizza dal forno dimmi la capitale {} | del laos=LA; della birmania=MM; del bangladesh=BD
napoletani | alexa nun o saccio proprio qual è la capitale {} aiutami tu | delle filippine=PH; dell'indonesia=ID; della malesia=MY
napoletani | alexa mannaggia a capa mia la capitale {} come si chiama | del nepal=NP; del bhutan=BT; dello sri lanka=LK
napoletani | alexa o nonno sta guardando la partita e vuole sapere la capitale {} | dell'uruguay=UY; del paraguay=PY; della bolivia=BO
napoletani | alexa stamme a sentì qual è la capitale {} | dell'ecuador=EC; del perù=PE; della colombia=CO
napoletani | alexa scusa eh ma la capitale {} tu la sai | del venezuela=VE; della guyana=GY; del suriname=SR
napoletani | alexa sul lungomare un turista m'ha chiesto la capitale {} e io so rimasto accussì | del messico=MX; del guatemala=GT; del belize=BZ
napoletani | alexa uè a mammà dice che la capitale dell'honduras è tegucigalpa è overo | HN
napoletani | alexa dimme na cosa la capitale del nicaragua | NI
napoletani | alexa statte zitto un attimo e poi dimmi la capitale di el salvador | SV
napoletani | alexa o guaglione fa i compiti la capitale del costa rica qual è | CR
napoletani | alexa ja fai ampressa la capitale di panama | PA
napoletani | alexa per la tombolata di stasera mi serve la capitale di cuba | CU
napoletani | alexa vicino a piazza garibaldi c'è un signore della repubblica dominicana che mi chiede la capitale sua | DO
napoletani | alexa a capitale d'haiti comme se chiamma | HT
napoletani | alexa e la giamaica che capitale tene | JM
romani | aò alexa qual è la capitale {} | dell'australia=AU; della nuova zelanda=NZ; della papua nuova guinea=PG
romani | alexa daje dimmi la capitale {} che c'ho na scommessa co mi cognato | delle figi=FJ; delle samoa=WS; di tonga=TO
romani | alexa anvedi nun me ricordo la capitale {} | di vanuatu=VU; delle isole salomone=SB; di kiribati=KI
romani | alexa mo me devi dì la capitale {} | di tuvalu=TV; di nauru=NR; di palau=PW
romani | alexa ma che davero la capitale {} nun la sa nessuno qua al bar | delle isole marshall=MH; della micronesia=FM; di timor est=TL
romani | alexa sto in taxi fermo a termini dimmi la capitale {} | del brunei=BN; di singapore=SG; delle maldive=MV
romani | alexa a capitale {} quale sarebbe | della mongolia=MN; del kazakistan=KZ; dell'uzbekistan=UZ
romani | alexa a fine turno all'ospedale me chiedo la capitale {} | del turkmenistan=TM; del tagikistan=TJ; del kirghizistan=KG
romani | alexa ahò nun fa la difficile dimme la capitale dell'afghanistan | AF
romani | alexa er pupo chiede la capitale der pakistan | PK
romani | alexa ma la capitale dell'india è bombay o no | IN
romani | alexa na cifra de gente dice che la capitale della turchia è istanbul ma che è vero | TR
romani | alexa capitale dell'armenia daje | AM
romani | alexa dimme un po la capitale dell'azerbaigian che nun la so pronuncià | AZ
romani | alexa sotto ar colosseo n ragazzo georgiano me fa la capitale del mio paese è tbilisi giusto | GE
veneti | ostrega alexa qual xe la capitale {} | della polonia=PL; della lituania=LT; della lettonia=LV
veneti | alexa bon dai dime la capitale {} che el toso no la sa | dell'estonia=EE; della bielorussia=BY; dell'ucraina=UA
veneti | alexa in vaporetto un turista me domanda la capitale {} | della moldavia=MD; della romania=RO; della bulgaria=BG
veneti | alexa qua a treviso in osteria se discute sulla capitale {} | della serbia=RS; del montenegro=ME; della bosnia=BA
veneti | alexa la capitale {} come che la se ciama | della croazia=HR; della slovenia=SI; della slovacchia=SK
veneti | alexa a padova in facoltà me ga chiesto la capitale {} | dell'ungheria=HU; della cechia=CZ; della macedonia del nord=MK
veneti | alexa varda che go bisogno della capitale dell'albania | AL
veneti | alexa intanto che spritzo dime la capitale del liechtenstein | LI
veneti | alexa el nono vol saver la capitale del lussemburgo | LU
veneti | alexa ma la capitale del belgio xe bruxelles o anversa | BE
veneti | alexa dime la capitale dell'olanda che andemo in gita co la scuola | NL
veneti | alexa la capitale di monaco quella della formula uno | MC
veneti | alexa sul treno per verona la capitale di san marino | SM
veneti | alexa capitale de andorra par piaser | AD
toscani | deh alexa icché l'è la capitale {} | del portogallo=PT; della spagna=ES; della francia=FR
toscani | alexa o bimbo dimmi la capitale {} che la mi nonna la vuol sapere | del regno unito=GB; dell'irlanda=IE; dell'islanda=IS
toscani | alexa gnamo qual è la capitale {} | della norvegia=NO; della svezia=SE; della finlandia=FI
toscani | alexa boia la capitale {} un me la ricordo | della danimarca=DK; della germania=DE; dell'austria=AT
toscani | alexa qui a livorno al porto c'è una nave che viene da {} qual è la sua capitale | malta=MT; cipro=CY; la grecia=GR
toscani | alexa alla contrada si discute della capitale {} | della svizzera=CH; dell'italia=IT; della russia=RU
toscani | alexa la capitale d'israele la sai te | IL
toscani | alexa un ci s'ha voglia di cercare dimmi te la capitale del libano | LB
toscani | alexa a pisa all'università un ragazzo siriano dice la capitale del su paese è damasco è vera | SY
toscani | alexa e la capitale della giordania | JO
toscani | alexa la capitale dell'iraq com'è che si dice | IQ
toscani | alexa in vendemmia nel chianti un tipo iraniano chiede la capitale dell'iran in italiano | IR
toscani | alexa la capitale dell'arabia saudita l'è riad vero | SA
toscani | alexa mi dici la capitale del kuwait bimba | KW
nigeriani | alexa abeg tell me la capitale {} | della nigeria=NG; del ghana=GH; del camerun=CM
nigeriani | alexa my sister vuole sapere capitale {} please | del togo=TG; del benin=BJ; del niger=NE
nigeriani | alexa oga dice che capitale {} è facile io non so | della liberia=LR; della sierra leone=SL; del gambia=GM
nigeriani | alexa no wahala dimmi solo la capitale {} | della guinea=GN; della guinea bissau=GW; della guinea equatoriale=GQ
nigeriani | alexa in chiesa a castel volturno il pastore chiede capitale {} | del gabon=GA; del ciad=TD; della repubblica centrafricana=CF
nigeriani | alexa na wa o capitale del senegal come si chiama | SN
nigeriani | alexa dimmi capitale di mali my brother | ML
nigeriani | alexa capitale di burkina faso quella difficile | BF
nigeriani | alexa io lavoro in campagna a caserta collega mio è da mauritania capitale quale | MR
nigeriani | alexa per favore capitale di capo verde | CV
tunisini | alexa yezzi dimmi la capitale {} | della tunisia=TN; dell'algeria=DZ; del marocco=MA
tunisini | alexa behi sul peschereccio a mazara ci chiediamo la capitale {} | della libia=LY; dell'egitto=EG; del sudan=SD
tunisini | alexa inshallah tu sai la capitale {} | del sud sudan=SS; dell'eritrea=ER; dell'etiopia=ET
tunisini | alexa barcha gente non sa la capitale {} dimmela tu | di gibuti=DJ; della somalia=SO; del kenya=KE
tunisini | alexa la capitale del qatar wallah non mi ricordo | QA
tunisini | alexa mio cugino lavora a dubai qual è la capitale degli emirati | AE
tunisini | alexa la capitale del bahrein per favore | BH
tunisini | alexa capitale dell'oman quella col porto | OM
tunisini | alexa e dello yemen la capitale | YE
peruviani | alexa oye causa qual è la capitale {} | dell'uganda=UG; del ruanda=RW; del burundi=BI
peruviani | alexa chévere dimmi la capitale {} pe | della tanzania=TZ; del mozambico=MZ; del malawi=MW
peruviani | alexa en el jato di milano discutiamo la capitale {} | dello zambia=ZM; dello zimbabwe=ZW; del botswana=BW
peruviani | alexa la capitale {} no me acuerdo pe | della namibia=NA; dell'angola=AO; del lesotho=LS
peruviani | alexa mi hermana a la scuola la maestra chiede la capitale del madagascar | MG
peruviani | alexa causa la capitale delle comore | KM
peruviani | alexa capitale delle seychelles pe | SC
peruviani | alexa la capitale di mauritius che sta in africa | MU
peruviani | alexa a lima no sanno la capitale di são tomé e príncipe | ST
peruviani | alexa oye la capitale della repubblica del congo quella di brazzaville | CG
brasiliani | alexa nossa qual è a capitale {} | del canada=CA; degli stati uniti=US; del brasile=BR
brasiliani | alexa cara dimmi la capitale {} tá | dell'argentina=AR; del cile=CL; della repubblica dominicana=DO
brasiliani | alexa beleza e la capitale {} qual è | di trinidad e tobago=TT; delle barbados=BB; delle bahamas=BS
brasiliani | alexa tá bom me diz la capitale {} | di grenada=GD; di saint lucia=LC; di dominica=DM
brasiliani | alexa sono brasiliana e lavoro in un salone a bergamo la cliente chiede la capitale {} | di antigua e barbuda=AG; di saint kitts e nevis=KN; di saint vincent e grenadine=VC
brasiliani | alexa nossa senhora la capitale del mozambico che parlano portoghese | MZ
brasiliani | alexa cara a capitale de timor est | TL
brasiliani | alexa la capitale della guinea bissau per favore que eu esqueci | GW
georgiani | alexa madloba prima ora dimmi la capitale {} | della georgia quella del caucaso=GE; dell'armenia=AM; dell'azerbaigian=AZ
georgiani | alexa ki signora chiede la capitale {} | della moldavia=MD; della bielorussia=BY; della russia=RU
georgiani | alexa la mia signora novantadue anni vuole sapere capitale {} | dell'ucraina=UA; del kazakistan=KZ; della mongolia=MN
georgiani | alexa ara non così io chiedo capitale del kirghizistan | KG
georgiani | alexa la capitale dell'eswatini come si dice in italiano | SZ
georgiani | alexa capitale di zimbabwe dopo il rosario | ZW
quiz-al-pub | alexa domanda numero sette del quiz capitale {} | della nigeria=NG; del senegal=SN; della costa d'avorio=CI
quiz-al-pub | alexa siamo al pub quiz e stiamo perdendo qual è la capitale {} | del burkina faso=BF; del mali=ML; del niger=NE
quiz-al-pub | alexa prima che il presentatore legga la risposta dimmi la capitale {} | dell'eritrea=ER; del kenya=KE; della tanzania=TZ
quiz-al-pub | alexa la squadra dei tavoli in fondo dice che la capitale {} è un'altra chi ha ragione | dell'australia=AU; del canada=CA; della turchia=TR
quiz-al-pub | alexa spareggio finale la capitale del kazakistan | KZ
quiz-al-pub | alexa il jolly lo giochiamo sulla capitale del myanmar | MM
quiz-al-pub | alexa ultima domanda del giro asia capitale dello sri lanka | LK
quiz-al-pub | alexa per la birra gratis la capitale della nuova zelanda | NZ
autoscuola | alexa mentre ripasso i quiz della patente dimmi la capitale {} | della slovenia=SI; della croazia=HR; dell'ungheria=HU
autoscuola | alexa l'istruttore mi ha fatto una domanda a tradimento la capitale {} | della serbia=RS; dell'albania=AL; della bulgaria=BG
autoscuola | alexa in macchina con il foglio rosa capitale della romania | RO
autoscuola | alexa il mio compagno di guida viene dal bangladesh qual è la capitale lì | BD
parrucchiera | alexa mentre la tinta posa dimmi la capitale {} | dell'egitto=EG; dell'algeria=DZ; del marocco=MA
parrucchiera | alexa la signora sotto il casco chiede la capitale {} | della francia=FR; del belgio=BE; dei paesi bassi=NL
parrucchiera | alexa ho le mani nello shampoo dimmi tu la capitale del portogallo | PT
parrucchiera | alexa tra una piega e l'altra qual è la capitale della polonia | PL
matrimonio | alexa al tavolo degli sposi c'è un gioco sulle capitali la capitale {} | del giappone=JP; dell'india=IN; della cina=CN
matrimonio | alexa i tavoli hanno i nomi delle capitali il nostro è la capitale {} ma qual è | del cile=CL; del perù=PE; della colombia=CO
matrimonio | alexa lo sposo viene dalla giamaica qual è la capitale di là | JM
matrimonio | alexa la sposa è di trinidad e tobago capitale | TT
stadio | alexa in curva allo stadio il coro dice la capitale {} | della croazia=HR; dell'islanda=IS; del galles=GB-WLS
stadio | alexa stasera giochiamo contro la squadra {} qual è la capitale | del lussemburgo=LU; di malta=MT; della georgia ex urss=GE
stadio | alexa il nuovo attaccante viene dal ghana dimmi la capitale | GH
stadio | alexa il portiere è camerunense capitale del camerun | CM
ospedale | alexa notte in reparto e non dormo qual è la capitale {} | dell'etiopia=ET; della somalia=SO; di gibuti=DJ
ospedale | alexa l'infermiera è peruviana e non so la capitale del suo paese il perù | PE
ospedale | alexa dalla sala d'attesa del pronto soccorso la capitale della libia | LY
ospedale | alexa il compagno di stanza è libanese la capitale del libano è beirut giusto | LB
nonni | alexa nonna vuole sapere la capitale {} come al tempo della scuola | della iugoslavia=FB; dell'unione sovietica=FB; della cecoslovacchia=FB
nonni | alexa aspetta che metto gli occhiali la capitale {} | della svizzera=CH; dell'austria=AT; della germania=DE
nonni | alexa ragazza mia parla più forte la capitale {} qual è | della spagna=ES; della grecia=GR; della svezia=SE
nonni | alexa a novant'anni ancora non so la capitale della norvegia | NO
nonni | alexa il mio povero marito era stato in abissinia la capitale come si chiama adesso | ET
nonni | alexa quando ero giovane si chiamava persia la capitale qual è | IR
bambini | alexa la maestra ha dato per compito la capitale {} | della cina=CN; del brasile=BR; dell'argentina=AR
bambini | alexa io ho otto anni mi dici la capitale {} | del messico=MX; dell'egitto=EG; del canada=CA
bambini | alexa papà non lo sa la capitale degli stati uniti | US
bambini | alexa ma è vero che la capitale dell'australia non è sydney | AU
plural-capitals | alexa la malesia ha due capitali quali sono | MY
plural-capitals | alexa yezzi dimmi le capitali della palestina | PS
plural-capitals | alexa per il quiz quali sono le due capitali della bolivia | BO
plural-capitals | alexa ostrega quante capitali gavé lo sri lanka | LK
plural-capitals | alexa causa quante capitali tiene il sudafrica pe | ZA
plural-capitals | alexa il sudafrica ha tre capitali dimmele tutte e tre | ZA
plural-capitals | alexa quali sono le capitali dello swaziland | SZ
plural-capitals | alexa quali sono le tre capitali del sudafrica | ZA
plural-capitals | alexa nossa a bolivia tem duas capitali dimmi quali | BO
plural-capitals | alexa l'olanda ha due capitali o una sola | NL
plural-capitals | alexa quante capitali ha il benin e come si chiamano | BJ
plural-capitals | alexa mi dici tutte le capitali dell'olanda | NL
plural-capitals | alexa la palestina quali capitali ha | PS
plural-capitals | alexa uè ma è overo che il benin tiene due capitali quali sono | BJ
plural-capitals | alexa capitali della malaysia tutte | MY
plural-capitals | alexa le capitali dei territori palestinesi quali sono | PS
plural-capitals | alexa deh quali so le capitali della costa d'avorio | CI
plural-capitals | alexa la ragazza dello sri lanka dice che hanno due capitali quali | LK
plural-capitals | alexa aò la bolivia c'ha due capitali me le dici | BO
plural-capitals | alexa le capitali della costa d'avorio sono due giusto quali | CI
plural-capitals | alexa le due capitali dell'eswatini per favore | SZ
plural-capitals | alexa lo sri lanka ha più di una capitale dimmele | LK
plural-capitals | alexa my brother dice che costa d'avorio ha due capitali quali sono | CI
plural-capitals | alexa abeg tell me le capitali del benin tutte e due | BJ
plural-capitals | alexa le capitali dei paesi bassi amsterdam e poi | NL
plural-capitals | alexa l'eswatini quante capitali tiene | SZ
plural-capitals | alexa guagliò dimmi le capitali della malesia | MY
follow-up | alexa e quella della francia | FR
follow-up | e la spagna invece | ES
follow-up | uè e della germania | DE
follow-up | e pure quella dell'ungheria | HU
follow-up | aò e la polonia | PL
follow-up | e allora il belgio | BE
follow-up | ostrega e l'austria | AT
follow-up | e invece il cile pe | CL
follow-up | deh e la grecia | GR
follow-up | e quella del kenya | KE
follow-up | e del ghana abeg | GH
follow-up | e mo quella del vietnam | VN
follow-up | e l'argentina cara | AR
follow-up | e dopo la svezia | SE
follow-up | va bene e il portogallo | PT
follow-up | e la tunisia yezzi | TN
follow-up | invece l'islanda | IS
follow-up | e la corea del nord | KP
follow-up | e per la finlandia | FI
follow-up | e quella del sudafrica quali sono | ZA
subdivision | alexa mio zio è emigrato in {} qual è la capitale di quello stato | california=US-CA; texas=US-TX; florida=US-FL
subdivision | alexa uè qual è la capitale {} che ci sta il cugino americano | dello stato di new york=US-NY; del new jersey=US-NJ; del massachusetts=US-MA
subdivision | alexa per la gita in camper in america dimmi la capitale {} | dell'arizona=US-AZ; del nevada=US-NV; dello utah=US-UT
subdivision | alexa nossa minha tia mora no brasil qual è a capitale {} | di bahia=BR-BA; di minas gerais=BR-MG; di pernambuco=BR-PE
subdivision | alexa cara la capitale {} lá no brasil | del paraná=BR-PR; di santa catarina=BR-SC; del rio grande do sul=BR-RS
subdivision | alexa peruviano de milano pregunta la capitale {} en méxico | di jalisco=MX-JAL; dello yucatán=MX-YUC; di oaxaca=MX-OAX
subdivision | alexa ostrega la capitale {} in germania | della baviera=DE-BY; della sassonia=DE-SN; dell'assia=DE-HE
subdivision | alexa deh la capitale {} in canada | dell'ontario=CA-ON; del québec=CA-QC; della columbia britannica=CA-BC
subdivision | alexa aò qual è la capitale {} in australia | del queensland=AU-QLD; della tasmania=AU-TAS; dell'australia occidentale=AU-WA
subdivision | alexa l'infermiera indiana è del kerala qual è la capitale | IN-KL
subdivision | alexa la capitale del punjab indiano | IN-PB
subdivision | alexa capitale del tamil nadu per favore | IN-TN
subdivision | alexa la capitale della scozia è edimburgo o glasgow | GB-SCT
subdivision | alexa qual è la capitale dell'irlanda del nord | GB-NIR
subdivision | alexa la capitale dell'inghilterra | GB-ENG
subdivision | alexa in alaska c'è una capitale dove non arrivano le strade qual è | US-AK
subdivision | alexa la capitale della louisiana dove c'è il jazz | US-LA
subdivision | alexa la capitale delle hawaii | US-HI
subdivision | alexa capitale del nuovo galles del sud | AU-NSW
subdivision | alexa la capitale della renania settentrionale vestfalia | DE-NW
subdivision | alexa qual è la capitale del maharashtra | IN-MH
territory | alexa uè qual è la capitale {} | della groenlandia=GL; delle isole fær øer=FO; delle svalbard=SJ
territory | alexa la capitale {} che ci va in crociera mia sorella | della polinesia francese=PF; della nuova caledonia=NC; della martinica=MQ
territory | alexa dimmi la capitale {} | di portorico=PR; delle bermuda=BM; delle isole cayman=KY
territory | alexa qual è la capitale di gibilterra | GI
territory | alexa la capitale di hong kong esiste | HK
territory | alexa e macao ha una capitale | MO
territory | alexa la capitale dell'isola di man | IM
territory | alexa capitale di jersey nelle isole della manica | JE
territory | alexa la capitale di taiwan | TW
territory | alexa capitale del kosovo | XK
territory | alexa la capitale della riunione nell'oceano indiano | RE
territory | alexa la capitale di curaçao | CW
territory | alexa la capitale del sahara occidentale | EH
territory | alexa la capitale delle isole falkland o malvine | FK
territory | alexa la capitale della guyana francese | GF
territory | alexa capitale di aruba | AW
territory | alexa l'antartide ha una capitale | AQ
territory | alexa la capitale del vaticano | VA
yes-no-check | alexa uè la capitale {} è la paz o sbaglio | della bolivia=BO; del perù=PE; dell'ecuador=EC
yes-no-check | alexa aò ma la capitale {} è sydney | dell'australia=AU; della nuova zelanda=NZ; delle figi=FJ
yes-no-check | alexa deh è vero che la capitale {} è zurigo | della svizzera=CH; dell'austria=AT; del liechtenstein=LI
yes-no-check | alexa la capitale del canada è toronto sì o no | CA
yes-no-check | alexa ostrega la capitale del brasile xe rio | BR
yes-no-check | alexa la capitale della turchia è ankara giusto | TR
yes-no-check | alexa yezzi la capitale del marocco è casablanca vero | MA
yes-no-check | alexa abeg la capitale della nigeria è lagos | NG
yes-no-check | alexa la capitale del vietnam è saigon o hanoi | VN
yes-no-check | alexa mia cognata dice che la capitale della tanzania è dar es salaam ha ragione | TZ
yes-no-check | alexa il capitale della colombia è bogotà confermi | CO
yes-no-check | alexa la capitale del pakistan è karachi o no | PK
yes-no-check | alexa causa la capitale del perù es lima verdad | PE
yes-no-check | alexa la capitale dell'ucraina è kiev vero | UA
yes-no-check | alexa è giusto che la capitale della mongolia è ulan bator | MN
yes-no-check | alexa la capitale del kazakistan si chiama ancora astana | KZ
yes-no-check | alexa madloba la capitale della georgia è tbilisi vero | GE
yes-no-check | alexa la capitale degli stati uniti è new york | US
self-correction | alexa la capitale della svezia anzi no della norvegia | NO
self-correction | alexa uè la capitale del perù no aspetta del cile | CL
self-correction | alexa aò dimme la capitale dell'austria ma che dico della germania | DE
self-correction | alexa la capitale dell'ungheria scusa volevo dire della romania | RO
self-correction | alexa ostrega la capitale del belgio no no dell'olanda | NL
self-correction | alexa capitale del niger cioè della nigeria | NG
self-correction | alexa la capitale dell'iran anzi dell'iraq | IQ
self-correction | alexa deh la capitale della slovacchia no mi so sbagliato della slovenia | SI
self-correction | alexa la capitale della guinea no scusa della guinea equatoriale | GQ
self-correction | alexa la capitale del sudan del sud no del sudan normale | SD
self-correction | alexa yezzi la capitale della libia no no della tunisia | TN
self-correction | alexa la capitale della lettonia cioè volevo dire lituania | LT
self-correction | alexa la capitale del gambia aspetta ho sbagliato dello zambia | ZM
self-correction | alexa la capitale dell'austria ehm no dell'australia | AU
reverse-question | alexa lima è la capitale di quale paese | CITY:Lima
reverse-question | alexa uè nairobi di che paese è capitale | CITY:Nairobi
reverse-question | alexa aò ouagadougou de che paese è la capitale | CITY:Ouagadougou
reverse-question | alexa deh ulan bator di icché paese l'è capitale | CITY:Ulan Bator
reverse-question | alexa di quale nazione è capitale tbilisi | CITY:Tbilisi
reverse-question | alexa abuja è capitale di quale stato | CITY:Abuja
reverse-question | alexa ostrega lubiana xe la capitale de che paese | CITY:Lubiana
reverse-question | alexa montevideo è capitale di che paese pe | CITY:Montevideo
reverse-question | alexa bishkek di quale paese è capitale | CITY:Bishkek
reverse-question | alexa di che paese è capitale windhoek | CITY:Windhoek
reverse-question | alexa paramaribo è la capitale di che nazione | CITY:Paramaribo
reverse-question | alexa yezzi nouakchott capitale di quale paese | CITY:Nouakchott
reverse-question | alexa canberra è la capitale di cosa | CITY:Canberra
reverse-question | alexa asmara quale paese ha come capitale | CITY:Asmara
official-name | alexa qual è la capitale {} | della repubblica federale di germania=DE; della confederazione elvetica=CH; del regno hascemita di giordania=JO
official-name | alexa sul modulo della questura c'è scritto {} qual è la capitale | repubblica islamica del pakistan=PK; stati uniti messicani=MX; federazione russa=RU
official-name | alexa uè la capitale {} | della repubblica popolare cinese=CN; della repubblica ellenica=GR; del regno di spagna=ES
official-name | alexa la capitale della repubblica democratica popolare di algeria | DZ
official-name | alexa capitale della repubblica bolivariana del venezuela | VE
official-name | alexa la capitale del regno del marocco | MA
official-name | alexa la capitale della repubblica popolare democratica di corea | KP
official-name | alexa la capitale della repubblica di corea | KR
official-name | alexa capitale della repubblica araba siriana | SY
official-name | alexa la capitale dello stato plurinazionale della bolivia | BO
official-name | alexa la capitale della repubblica federativa del brasile | BR
official-name | alexa la capitale del regno unito di gran bretagna e irlanda del nord | GB
everyday-name | alexa la capitale {} | dell'olanda=NL; della nordcorea=KP; della sudcorea=KR
everyday-name | alexa aò qual è la capitale {} | dell'america=US; degli emirati=AE; della bosnia=BA
everyday-name | alexa la capitale degli states che non me la ricordo mai | US
everyday-name | alexa deh la capitale dell'inghilterra intendo tutto il regno unito | GB
everyday-name | alexa la capitale della repubblica ceca | CZ
everyday-name | alexa la capitale della macedonia | MK
everyday-name | alexa la capitale del congo kinshasa | CD
everyday-name | alexa la capitale del congo brazzaville | CG
everyday-name | alexa qual è la capitale della gran bretagna | GB
everyday-name | alexa la capitale della birmania | MM
everyday-name | alexa la capitale di trinidad | TT
everyday-name | alexa la capitale dello swaziland | SZ
everyday-name | alexa capitale della tailandia | TH
everyday-name | alexa la capitale del vaticano cioè la santa sede | VA
everyday-name | alexa uè la capitale degli emirati arabi che mio cognato fa il cuoco a abu dhabi | AE
everyday-name | alexa ostrega la capitale dell'olanda quea dei tulipani | NL
everyday-name | alexa deh la capitale della russia bianca | BY
everyday-name | alexa abeg la capitale di congo kinshasa | CD
old-name | alexa nonno dice ceylon qual è la capitale | LK
old-name | alexa la capitale del siam | TH
old-name | alexa la capitale dello zaire | CD
old-name | alexa la capitale della rhodesia | ZW
old-name | alexa la capitale del dahomey | BJ
old-name | alexa la capitale dell'alto volta | BF
old-name | alexa capitale della kampuchea | KH
old-name | alexa la capitale del basutoland | LS
old-name | alexa la capitale delle nuove ebridi | VU
old-name | alexa la capitale del nyasaland | MW
old-name | alexa la capitale dell'honduras britannico | BZ
old-name | alexa la capitale del bechuanaland | BW
shared-name | alexa uè la capitale del congo | CD+CG
shared-name | alexa la capitale della corea | KP+KR
shared-name | alexa aò la capitale della georgia | GE+US-GA
shared-name | alexa dimmi le capitali delle due coree | KP+KR
shared-name | alexa le capitali dei due congo | CD+CG
shared-name | alexa capitale della georgia lo stato americano dove c'è atlanta | US-GA
shared-name | alexa la capitale della georgia negli stati uniti | US-GA
shared-name | alexa la capitale della georgia quella vicino alla turchia | GE
shared-name | alexa la capitale del congo quello grande con kinshasa | CD
shared-name | alexa la capitale della corea del nord | KP
shared-name | alexa deh la capitale della corea del sud | KR
shared-name | alexa la capitale del congo ex francese | CG
shared-name | alexa la capitale della repubblica democratica del congo | CD
shared-name | alexa yezzi la capitale del congo | CD+CG
shared-name | alexa ostrega la capitale de la corea | KP+KR
shared-name | alexa capitali delle isole vergini | VG+VI
shared-name | alexa la capitale delle isole vergini britanniche | VG
shared-name | alexa la capitale delle isole vergini americane | VI
help | alexa uè ma comme funziona sta cosa delle capitali | HELP
help | alexa nun aggio capito che aggia dicere aiutami | HELP
help | aò alexa che posso chiedere a sto coso delle capitali | HELP
help | alexa mo come se usa spiegamelo | HELP
help | ostrega alexa cossa posso domandarte | HELP
help | alexa no go capio gnente come funsiona | HELP
help | deh alexa icché si fa qui dimmelo | HELP
help | alexa o bimba un ho capito come si gioca | HELP
help | alexa abeg help me come funziona | HELP
help | alexa io non capisco cosa dire tu spiega per favore | HELP
help | alexa yezzi come si usa questa applicazione | HELP
help | alexa causa no entiendo come funziona aiuto | HELP
help | alexa nossa como funciona me ajuda | HELP
help | alexa ara non capito che devo dire aiuto | HELP
help | alexa la mia signora chiede come si usa spiega piano | HELP
help | alexa sono la nonna che devo dire per sapere le capitali | HELP
help | alexa mi spieghi cosa sai fare con le capitali | HELP
help | alexa che domande ti posso fare in questo gioco | HELP
help | alexa dammi qualche esempio di cosa posso chiederti | HELP
help | alexa non so da dove cominciare dammi una mano | HELP
help | alexa istruzioni per capitali del mondo | HELP
help | alexa chiedi a capitali del mondo come funziona | HELP
help | alexa aiuto non mi ricordo i comandi | HELP
help | alexa il maestro ha detto di chiederti aiuto come si fa | HELP
help | alexa quali paesi conosci dimmi come chiedere | HELP
help | alexa spiegami le regole per favore | HELP
stop | alexa uè basta mo | STOP
stop | alexa jamme finiscila | STOP
stop | aò alexa mo basta davero | STOP
stop | alexa statte zitta | STOP
stop | ostrega alexa basta cussì | STOP
stop | alexa bon dai fermite | STOP
stop | deh alexa smetti | STOP
stop | alexa o bimba un ne posso più basta | STOP
stop | alexa abeg stop now | STOP
stop | alexa yezzi basta grazie | STOP
stop | alexa ya está basta pe | STOP
stop | alexa chega cara basta | STOP
stop | alexa ara ara basta così madloba | STOP
stop | alexa spegniti che la signora dorme | STOP
stop | alexa finito il quiz basta capitali | STOP
stop | alexa chiudi tutto che arriva il cliente | STOP
stop | alexa esci da capitali del mondo | STOP
stop | alexa per stasera basta così grazie | STOP
stop | alexa non voglio più sapere capitali fermati | STOP
stop | alexa esci pure ciao | STOP
stop | alexa smettila subito per favore | STOP
stop | alexa stop stop che non ti sento | STOP
stop | alexa chiudi capitali del mondo | STOP
stop | alexa basta è finito il turno | STOP
stop | alexa finisci qui ti prego | STOP
stop | alexa ferma tutto ho la pizza nel forno | STOP
cancel | alexa uè lascia stare | CANCEL
cancel | alexa nun fa niente annulla | CANCEL
cancel | aò alexa lassa perde | CANCEL
cancel | alexa mo annulla tutto | CANCEL
cancel | ostrega alexa lassa star | CANCEL
cancel | alexa no no annulla quella domanda | CANCEL
cancel | deh alexa lascia perdere un importa | CANCEL
cancel | alexa abeg cancel it | CANCEL
cancel | alexa yezzi annulla non serve | CANCEL
cancel | alexa olvídalo annulla pe | CANCEL
cancel | alexa esquece cara annulla | CANCEL
cancel | alexa ara annulla sbagliato | CANCEL
cancel | alexa annulla ho chiesto la cosa sbagliata | CANCEL
cancel | alexa lascia perdere la domanda di prima | CANCEL
cancel | alexa niente niente annulla | CANCEL
cancel | alexa annulla l'ultima richiesta | CANCEL
cancel | alexa no fa niente lascia stare grazie | CANCEL
cancel | alexa annulla la richiesta per favore | CANCEL
cancel | alexa cancella quella domanda | CANCEL
cancel | alexa non era per te lascia stare | CANCEL
cancel | alexa scusa lascia perdere ti ho chiamato per sbaglio | CANCEL
cancel | alexa annulla annulla | CANCEL
cancel | alexa lascia stare ci penso io | CANCEL
cancel | alexa annullare prego | CANCEL
launch | alexa apri capitali del mondo | LAUNCH
launch | alexa uè apri capitali del mondo | LAUNCH
launch | aò alexa fa partì capitali del mondo | LAUNCH
launch | alexa avvia capitali del mondo per il quiz | LAUNCH
launch | alexa ostrega vèrzi capitali del mondo | LAUNCH
launch | deh alexa apri un po capitali del mondo | LAUNCH
launch | alexa abeg open capitali del mondo | LAUNCH
launch | alexa voglio giocare con capitali del mondo | LAUNCH
launch | alexa lancia capitali del mondo | LAUNCH
launch | alexa apri la skill capitali del mondo | LAUNCH
launch | alexa nossa abre capitali del mondo | LAUNCH
launch | alexa avvia la skill delle capitali del mondo | LAUNCH
launch | alexa metti capitali del mondo per la nonna | LAUNCH
launch | alexa inizia capitali del mondo | LAUNCH
out-of-domain | alexa uè qual è la capitale della pizza | FB
out-of-domain | alexa napoli è la capitale del caffè vero | FB
out-of-domain | alexa la capitale della campania | FB
out-of-domain | alexa qual è il capoluogo della provincia di caserta | FB
out-of-domain | alexa mettimi pino daniele | FB
out-of-domain | alexa che tempo fa a pozzuoli domani | FB
out-of-domain | alexa quanto manca alla partita del napoli | FB
out-of-domain | alexa chi ha vinto lo scudetto quest'anno | FB
out-of-domain | alexa la ricetta del ragù napoletano | FB
out-of-domain | alexa la capitale del lazio | FB
out-of-domain | aò alexa roma è capitale de che cosa oltre all'italia | FB
out-of-domain | alexa a che ora passa er trentadue | FB
out-of-domain | alexa quanto costa un caffè al bar in centro | FB
out-of-domain | alexa la capitale della carbonara | FB
out-of-domain | alexa metti radio subasio | FB
out-of-domain | alexa com'è il traffico sul raccordo | FB
out-of-domain | alexa la capitale della tuscia | FB
out-of-domain | alexa qual è la capitale del veneto | FB
out-of-domain | alexa venezia era la capitale della serenissima quando è caduta | FB
out-of-domain | alexa orari del vaporetto per murano | FB
out-of-domain | alexa dime la ricetta dei bigoli | FB
out-of-domain | alexa la capitale del prosecco | FB
out-of-domain | alexa quanti schei costa un ombra de vin | FB
out-of-domain | alexa capoluogo del friuli venezia giulia | FB
out-of-domain | alexa la capitale della toscana | FB
out-of-domain | alexa siena è la capitale del palio | FB
out-of-domain | alexa quando si corre il palio d'agosto | FB
out-of-domain | alexa la capitale del cacciucco livornese | FB
out-of-domain | alexa che ore sono a firenze | FB
out-of-domain | alexa metti una canzone di masini | FB
out-of-domain | alexa la capitale del chianti | FB
out-of-domain | alexa capitale della provincia di lagos | FB
out-of-domain | alexa abeg play afrobeats | FB
out-of-domain | alexa quanto costa mandare soldi in nigeria | FB
out-of-domain | alexa la capitale del biafra | FB
out-of-domain | alexa capitale dello stato di lagos | FB
out-of-domain | alexa traduci grazie in yoruba | FB
out-of-domain | alexa la capitale del governatorato di sfax | FB
out-of-domain | alexa quando è il ramadan quest'anno | FB
out-of-domain | alexa che tempo fa in mare a mazara | FB
out-of-domain | alexa la capitale del cuscus | FB
out-of-domain | alexa quanto vale un dinaro tunisino in euro | FB
out-of-domain | alexa la capitale della regione di cusco | FB
out-of-domain | alexa metti una cumbia peruviana | FB
out-of-domain | alexa come si prepara il ceviche | FB
out-of-domain | alexa la capitale dell'impero inca | FB
out-of-domain | alexa la capitale del pisco | FB
out-of-domain | alexa cara qual è la capitale del samba | FB
out-of-domain | alexa toca uma música do roberto carlos | FB
out-of-domain | alexa che ore sono a são paulo | FB
out-of-domain | alexa la capitale del carnevale brasiliano | FB
out-of-domain | alexa la capitale dell'abkhazia | FB
out-of-domain | alexa la capitale dell'ossezia del sud | FB
out-of-domain | alexa ricetta del khachapuri | FB
out-of-domain | alexa la capitale della transnistria | FB
out-of-domain | alexa accendi la luce in cucina | FB
out-of-domain | alexa metti un timer di dieci minuti per la tinta | FB
out-of-domain | alexa qual è la capitale della moda | FB
out-of-domain | alexa milano è la capitale economica d'italia | FB
out-of-domain | alexa la capitale europea della cultura di quest'anno | FB
out-of-domain | alexa quanto capitale serve per aprire una srl | FB
out-of-domain | alexa cos'è il capitale sociale di un'azienda | FB
out-of-domain | alexa chi ha scritto il capitale di marx | FB
out-of-domain | alexa la capitale del peccato | FB
out-of-domain | alexa quali sono i sette peccati capitali | FB
out-of-domain | alexa cosa significa pena capitale | FB
out-of-domain | alexa la lettera maiuscola si dice capitale in inglese | FB
out-of-domain | alexa capitale della catalogna | FB
out-of-domain | alexa la capitale dell'andalusia | FB
out-of-domain | alexa la capitale della normandia | FB
out-of-domain | alexa la capitale della provenza | FB
out-of-domain | alexa la capitale del tirolo | FB
out-of-domain | alexa la capitale della vallonia | FB
out-of-domain | alexa la capitale delle fiandre | FB
out-of-domain | alexa la capitale della siberia | FB
out-of-domain | alexa la capitale della patagonia | FB
out-of-domain | alexa la capitale del kurdistan | FB
out-of-domain | alexa la capitale del tibet | FB
out-of-domain | alexa la capitale della cecenia | FB
out-of-domain | alexa la capitale del somaliland | FB
out-of-domain | alexa la capitale di atlantide | FB
out-of-domain | alexa la capitale di narnia | FB
out-of-domain | alexa la capitale di marte | FB
out-of-domain | alexa la capitale della luna | FB
out-of-domain | alexa la capitale dell'europa | FB
out-of-domain | alexa la capitale dell'africa | FB
out-of-domain | alexa qual è la capitale del mondo | FB
out-of-domain | alexa capitale dell'impero romano d'oriente | FB
out-of-domain | alexa la capitale del regno delle due sicilie | FB
out-of-domain | alexa la capitale della prussia | FB
out-of-domain | alexa la capitale dell'impero austroungarico | FB
out-of-domain | alexa qual è la città più grande del mondo | FB
out-of-domain | alexa quanti abitanti ha tokyo | FB
out-of-domain | alexa qual è la lingua che si parla in brasile | FB
out-of-domain | alexa che moneta usano in svizzera | FB
out-of-domain | alexa quanto è lungo il nilo | FB
out-of-domain | alexa qual è la montagna più alta d'africa | FB
out-of-domain | alexa che fuso orario ha il giappone | FB
out-of-domain | alexa che bandiera ha il portogallo | FB
out-of-domain | alexa chi è il presidente della francia | FB
out-of-domain | alexa quanti paesi ci sono al mondo | FB
out-of-domain | alexa quanto dista madrid da roma | FB
out-of-domain | alexa prenota un volo per lisbona | FB
out-of-domain | alexa serve il passaporto per andare in albania | FB
out-of-domain | alexa il prefisso telefonico della romania | FB
out-of-domain | alexa quando riapre l'autoscuola | FB
out-of-domain | alexa domande del quiz patente sulla precedenza | FB
out-of-domain | alexa metti la lista della spesa latte e uova | FB
out-of-domain | alexa chiama la parrucchiera | FB
out-of-domain | alexa ricordami la medicina alle otto | FB
out-of-domain | alexa che santo è oggi | FB
out-of-domain | alexa raccontami una barzelletta | FB
out-of-domain | alexa quanti anni hai | FB
out-of-domain | alexa mi vuoi sposare | FB
out-of-domain | alexa sveglia alle sei e mezza | FB
out-of-domain | alexa qual è la capitale della provincia di buenos aires no scusa di cordoba | FB
out-of-domain | alexa la capitale del pecorino romano | FB
out-of-domain | alexa la capitale mondiale del cioccolato | FB
out-of-domain | alexa la capitale del jazz | FB
out-of-domain | alexa la capitale del reggae | FB
out-of-domain | alexa torino è stata la prima capitale d'italia perché | FB
out-of-domain | alexa in che anno roma è diventata capitale | FB
out-of-domain | alexa quanti abitanti ha la capitale | FB
out-of-domain | alexa le capitali delle regioni italiane | FB
out-of-domain | alexa fammi un quiz sulle bandiere | FB
out-of-domain | alexa la capitale della sardegna | FB
out-of-domain | alexa la capitale del piemonte | FB
out-of-domain | alexa gioca a indovina la canzone | FB
out-of-domain | alexa capitale della contea di cork | FB
out-of-domain | alexa la capitale della cornovaglia | FB
out-of-domain | alexa la capitale delle canarie | FB
out-of-domain | alexa la capitale delle azzorre | FB
out-of-domain | alexa la capitale di zanzibar | FB
out-of-domain | alexa la capitale della crimea | FB
out-of-domain | alexa la capitale del donbass | FB
out-of-domain | alexa la capitale di sumatra | FB
out-of-domain | alexa la capitale di bali | FB
out-of-domain | alexa la capitale della lapponia | FB
suore-missionarie | alexa sia lodato gesù cristo la capitale {} dove c'è la nostra missione | del malawi=MW; dello zambia=ZM; del mozambico=MZ
suore-missionarie | alexa suor agnese torna dalla missione in {} mi dici la capitale | ruanda=RW; burundi=BI; uganda=UG
suore-missionarie | alexa per la preghiera dei popoli di stasera ci serve la capitale {} | del sud sudan=SS; del ciad=TD; della repubblica centrafricana=CF
suore-missionarie | alexa la madre superiora vuole sapere la capitale del madagascar per la lettera | MG
suore-missionarie | alexa padre giuseppe è stato vent'anni in bolivia qual è la capitale | BO
suore-missionarie | alexa grazie a dio la capitale del togo qual è | TG
suore-missionarie | alexa la capitale di haiti dove abbiamo l'orfanotrofio | HT
suore-missionarie | alexa con la benedizione del signore dimmi la capitale della papua nuova guinea | PG
suore-missionarie | alexa la consorella indiana è del kerala e ci chiede la capitale del kerala | IN-KL
suore-missionarie | alexa dopo i vespri la capitale dell'angola | AO
camionisti | alexa sono in autogrill a fiorenzuola e mi annoio capitale {} | della lituania=LT; della lettonia=LV; dell'estonia=EE
camionisti | alexa col tir fermo alla dogana del brennero dimmi la capitale {} | dell'austria=AT; della slovacchia=SK; della cechia=CZ
camionisti | alexa il collega al baracchino chiede la capitale {} | della moldavia=MD; della bulgaria=BG; della macedonia del nord=MK
camionisti | alexa domani scarico a rotterdam ma la capitale dell'olanda qual è | NL
camionisti | alexa sulla a uno in coda capitale del montenegro | ME
camionisti | alexa il mio socio è turco qual è la capitale della turchia ankara o istanbul | TR
camionisti | alexa capitale della bosnia ed erzegovina che ci passo domani | BA
crociera | alexa sulla nave da crociera lavoro in cucina prossimo porto è {} qual è la capitale | la giamaica=JM; le bahamas=BS; barbados=BB
crociera | alexa il cameriere filippino mi chiede la capitale {} | delle filippine=PH; dell'indonesia=ID; di singapore=SG
crociera | alexa siamo in crociera nei caraibi la capitale {} | di saint lucia=LC; di grenada=GD; di antigua e barbuda=AG
crociera | alexa in cabina col wifi che va e viene dimmi la capitale di saint vincent e grenadine | VC
crociera | alexa la capitale di saint kitts e nevis dove attracchiamo domani | KN
crociera | alexa dal ponte sette vedo la costa della dominica qual è la capitale | DM
crociera | alexa la prossima crociera va nei fiordi capitale della norvegia | NO
pescatori | alexa dal peschereccio a chioggia col mare mosso la capitale {} | della croazia=HR; dell'albania=AL; del montenegro=ME
pescatori | alexa ostrega ghe xe un peschereccio {} qua vicino qual è la capitale | tunisino=TN; maltese=MT; greco=GR
pescatori | alexa finita la pesca del tonno la capitale del giappone che compra tutto | JP
pescatori | alexa la capitale dell'islanda dove pescano il merluzzo | IS
pescatori | alexa sulla barca col radar acceso la capitale delle seychelles | SC
call-center | alexa in pausa al call center di cosenza la capitale {} | dell'ecuador=EC; del costa rica=CR; del nicaragua=NI
call-center | alexa il cliente in linea dice che chiama dal {} qual è la capitale | lussemburgo=LU; liechtenstein=LI; principato di monaco=MC
call-center | alexa tra una chiamata e l'altra dimmi la capitale dell'uzbekistan | UZ
call-center | alexa la capitale del turkmenistan che non riesco a scrivere | TM
call-center | alexa la capitale del tagikistan per il collega | TJ
call-center | alexa capitale del bhutan che c'è un cliente da lì | BT
molisani | alexa ué ma qual è la capitale {} | dell'albania=AL; della croazia=HR; della serbia=RS
molisani | alexa sto a campobasso e nun sacc la capitale {} | del venezuela=VE; dell'argentina=AR; del canada=CA
molisani | alexa mia zia sta a montreal da cinquant'anni la capitale del canada qual è | CA
molisani | alexa a termoli ce sta nu turista che chiede la capitale del belgio | BE
molisani | alexa ué la capitale dell'australia che mio frate sta a melbourne | AU
molisani | alexa u zio è andato in venezuela la capitale quale è | VE
foggiani | alexa mo dimmi la capitale {} | della danimarca=DK; dell'olanda=NL; della finlandia=FI
foggiani | alexa sul gargano a vieste ci stanno turisti {} qual è la loro capitale | tedeschi=DE; polacchi=PL; cechi=CZ
foggiani | alexa addo sta la capitale dell'estonia | EE
foggiani | alexa nella raccolta dei pomodori il collega bulgaro chiede la capitale sua | BG
foggiani | alexa uè il ragazzo del burkina faso che lavora con noi dice la capitale è ouagadougou vero | BF
foggiani | alexa capitale del ghana che il caporale non lo sa | GH
asr | alexa la capitale del peru per favore | PE
asr | alexa la capitale della costa davorio | CI
asr | alexa capitale dell eritrea | ER
asr | alexa la capitale di sao tome | ST
asr | alexa la capitale dellindonesia | ID
asr | alexa qual e la capitale del etiopia | ET
asr | alexa la capitale del azerbaijan | AZ
asr | alexa la capitale del kirghisistan | KG
asr | alexa la capitale della tailandia per la pad thai | TH
asr | alexa la capitale del camerun cameroon | CM
asr | alexa la capitale del chad | TD
asr | alexa la capitale delle figi fiji | FJ
asr | alexa la capitale della bielo russia | BY
asr | alexa la capitale del lichtenstein | LI
asr | alexa la capitale della nuova zelanda aotearoa | NZ
asr | alexa la capitale del gana | GH
asr | alexa la capitale della papua | PG
asr | alexa capitale di djibouti | DJ
asr | alexa la capitale del sri lanca | LK
asr | alexa la capitale del irak | IQ
asr | alexa la capitale della guinea bisau | GW
asr | alexa capitale del salvador | SV
asr | alexa la capitale delle seicelle | SC
asr | alexa la capitale di timor leste | TL
asr | alexa la capitale del kampuchea cambogia | KH
follow-up | e quella della bolivia quali sono | BO
follow-up | uè e la malesia che tiene due capitali | MY
follow-up | aò e quella der giappone | JP
follow-up | e mo della cina | CN
follow-up | ostrega e quea dea croazia | HR
follow-up | e la slovenia allora | SI
follow-up | deh e la svizzera | CH
follow-up | e icché mi dici del liechtenstein | LI
follow-up | e ghana nko abeg | GH
follow-up | e il camerun invece | CM
follow-up | e pure del marocco yezzi | MA
follow-up | e della colombia pe | CO
follow-up | e del messico cara | MX
follow-up | e dell'armenia madloba | AM
follow-up | e poi quella dell'estonia | EE
follow-up | perfetto e la lettonia | LV
follow-up | grazie e quella del nepal | NP
follow-up | e della mongolia sai | MN
yes-no-check | alexa la capitale della svizzera è ginevra | CH
yes-no-check | alexa la capitale del kenya è nairobi vero o falso | KE
yes-no-check | alexa è berna la capitale della svizzera | CH
yes-no-check | alexa la capitale dell'india è nuova delhi giusto | IN
yes-no-check | alexa ho scritto che la capitale del brasile è brasilia ho fatto bene | BR
yes-no-check | alexa suor maria dice che la capitale del ruanda è kigali è corretto | RW
yes-no-check | alexa uè la capitale della spagna è barcellona | ES
yes-no-check | alexa ostrega la capitale della slovenia xe lubiana | SI
yes-no-check | alexa deh la capitale della scozia l'è glasgow | GB-SCT
yes-no-check | alexa la capitale del camerun è douala vero | CM
self-correction | alexa la capitale del nicaragua no volevo dire del guatemala | GT
self-correction | alexa la capitale della bolivia no anzi del paraguay | PY
self-correction | alexa uè la capitale dell'albania no nun è chella della macedonia del nord | MK
self-correction | alexa la capitale della slovacchia scusa della cechia | CZ
self-correction | alexa la capitale di cuba no aspetta di haiti | HT
self-correction | alexa abeg capitale del ghana sorry del togo | TG
self-correction | alexa la capitale dell'uganda anzi del ruanda | RW
self-correction | alexa la capitale del malawi ehm no del mali | ML
self-correction | alexa capitale del texas no dell'oklahoma | US-OK
subdivision | alexa la capitale dell'ohio che ci sta mio nipote | US-OH
subdivision | alexa la capitale del colorado | US-CO
subdivision | alexa in georgia lo stato americano la capitale qual è | US-GA
subdivision | alexa capitale di rio de janeiro lo stato | BR-RJ
subdivision | alexa la capitale del chiapas | MX-CHP
subdivision | alexa la capitale del bengala occidentale | IN-WB
subdivision | alexa la capitale dell'alberta | CA-AB
subdivision | alexa la capitale del galles | GB-WLS
subdivision | alexa la capitale della bassa sassonia | DE-NI
subdivision | alexa la capitale del victoria in australia | AU-VIC
reverse-question | alexa dakar di che paese è la capitale | CITY:Dakar
reverse-question | alexa di quale paese è capitale tegucigalpa | CITY:Tegucigalpa
reverse-question | alexa funafuti è capitale di che posto | CITY:Funafuti
reverse-question | alexa di che paese è la capitale vientiane | CITY:Vientiane
reverse-question | alexa lilongwe è capitale di quale nazione africana | CITY:Lilongwe
reverse-question | alexa thimphu di dove è capitale | CITY:Thimphu
reverse-question | alexa la valletta è capitale di che | CITY:La Valletta
help | alexa come faccio a sapere una capitale con te | HELP
help | alexa cosa devo dire per avere la capitale di un paese | HELP
help | alexa aiutami con capitali del mondo non so usarla | HELP
stop | alexa adesso basta con le capitali | STOP
stop | alexa basta così ho finito i compiti | STOP
cancel | alexa annulla ho cambiato idea | CANCEL
cancel | alexa lascia stare la capitale non mi serve più | CANCEL
out-of-domain | alexa uè jamme a vedè quando juoca o napoli | FB
out-of-domain | alexa aò qual è la capitale de trastevere | FB
out-of-domain | alexa ostrega la capitale del tiramisù xe treviso | FB
out-of-domain | alexa deh la capitale della schiacciata | FB
out-of-domain | alexa abeg which capitale get the best jollof | FB
out-of-domain | alexa yezzi la capitale del gambero rosso di mazara | FB
out-of-domain | alexa causa la capitale del pollo a la brasa | FB
out-of-domain | alexa nossa a capitale do forró | FB
out-of-domain | alexa madloba la capitale dell'adjara | FB
out-of-domain | alexa suor agnese chiede la capitale del paradiso | FB
out-of-domain | alexa dal tir quanto manca a modena nord | FB
out-of-domain | alexa dalla nave quanto è profondo l'oceano | FB
out-of-domain | alexa capitale del baccalà a vicenza | FB
out-of-domain | alexa la capitale della mozzarella di bufala | FB
out-of-domain | alexa a campobasso qual è la capitale del molise | FB
out-of-domain | alexa la capitale del gargano | FB
out-of-domain | alexa il capitale iniziale del mutuo quant'è | FB
out-of-domain | alexa il quiz di stasera ha una domanda sul capitale umano cos'è | FB
out-of-domain | alexa la capitale dei balcani | FB
out-of-domain | alexa la capitale della scandinavia | FB
out-of-domain | alexa la capitale della lombardia | FB
out-of-domain | alexa la capitale della sicilia | FB
out-of-domain | alexa capitale delle isole eolie | FB
out-of-domain | alexa la capitale della costa smeralda | FB
out-of-domain | alexa la capitale del terzo mondo | FB
out-of-domain | alexa la capitale più fredda del mondo dimmi la temperatura | FB
cancel | alexa uè nun è niente annulla tutto | CANCEL
cancel | alexa aò lascia perde che me so sbajato | CANCEL
cancel | alexa ostrega annulla che go sbaglià | CANCEL
cancel | alexa deh annulla un volevo | CANCEL
cancel | alexa abeg forget am annulla | CANCEL
cancel | alexa suor maria dice annulla per favore | CANCEL
cancel | alexa annulla il tir è ripartito | CANCEL
stop | alexa basta la signora si è addormentata | STOP
stop | alexa stop arriva il capo | STOP
stop | alexa uè statte zitta mo che dorme o piccirillo | STOP
help | alexa ostrega no so come funsiona sta roba | HELP
help | alexa aò ma che se deve dì qua | HELP
help | alexa suor agnese non sa usarti cosa deve dire | HELP
launch | alexa uè jamme apri capitali del mondo | LAUNCH
launch | alexa ostrega verzi capitali del mondo | LAUNCH
launch | alexa daje apri capitali del mondo che giochiamo | LAUNCH
launch | alexa yezzi apri capitali del mondo | LAUNCH
launch | alexa causa abre capitali del mondo pe | LAUNCH
launch | alexa per il quiz al pub apri capitali del mondo | LAUNCH
old-name | alexa nonna dice la costa d'oro qual è la capitale adesso | GH
old-name | alexa la capitale dell'ubangi sciari | CF
old-name | alexa la capitale delle isole ellice | TV
old-name | alexa la capitale della guiana olandese | SR
old-name | alexa la capitale della rhodesia del nord | ZM
official-name | alexa al consolato c'era scritto regno di norvegia qual è la capitale | NO
official-name | alexa sul passaporto di suor agnese c'è repubblica del sudafrica le capitali quali sono | ZA
official-name | alexa la capitale della repubblica portoghese per favore | PT
official-name | alexa deh la capitale della repubblica francese | FR
everyday-name | alexa la capitale dell'arabia per la partita | SA
everyday-name | alexa uè la capitale della bielorussia cioè belarus | BY
everyday-name | alexa la capitale del burkina | BF
everyday-name | alexa la capitale delle fiji per la crociera | FJ
shared-name | alexa deh la capitale del congo ma quale dei due | CD+CG
shared-name | alexa abeg capitale della corea tutte e due | KP+KR
shared-name | alexa la capitale della georgia quella di stalin | GE
shared-name | alexa la capitale della georgia dove c'è la coca cola | US-GA
napoletani | alexa o cliente d'o bar è egiziano e dice ca a capitale soja è o cairo è overo | EG
napoletani | alexa uè a scuola e guagliune studiano l'africa la capitale dell'algeria | DZ
napoletani | alexa jamme ja dimmi la capitale del sudafrica o pretoria o città del capo | ZA
napoletani | alexa nun me fa perdere tiempo la capitale dell'islanda | IS
napoletani | alexa mentre stenno e panni dimmi la capitale della finlandia | FI
romani | alexa aò er cliente in taxi è danese qual è la capitale della danimarca | DK
romani | alexa daje mo la capitale della lituania | LT
romani | alexa ma che ne so io dimme te la capitale della lettonia | LV
romani | alexa sto a fa la spesa ar mercato de testaccio la capitale dell'argentina | AR
romani | alexa anvedi er pupo vole sapé la capitale dello zimbabwe | ZW
veneti | alexa ostrega el toso studia geografia la capitale della namibia | NA
veneti | alexa bon dai dime la capitale del botswana | BW
veneti | alexa in osteria el bepi dixe che la capitale del cile xe santiago | CL
veneti | alexa varda la capitale del kenya par la crociera in africa | KE
toscani | alexa deh la capitale del lesotho la sai te | LS
toscani | alexa o bimbo la capitale dell'angola | AO
toscani | alexa boia mi dici la capitale del sudan | SD
toscani | alexa gnamo la capitale del ruanda | RW
nigeriani | alexa abeg capitale del sudafrica which one | ZA
nigeriani | alexa oga wants la capitale della liberia | LR
nigeriani | alexa my sister dice capitale di sierra leone è freetown true | SL
tunisini | alexa behi la capitale della mauritania | MR
tunisini | alexa wallah la capitale del sudan è khartoum | SD
tunisini | alexa yezzi la capitale della somalia mogadiscio giusto | SO
peruviani | alexa oye pe la capitale del paraguay es asunción no | PY
peruviani | alexa causa la capitale dell'ecuador quito | EC
peruviani | alexa chévere la capitale di cuba | CU
brasiliani | alexa nossa la capitale dell'angola che parlano portoghese | AO
brasiliani | alexa cara la capitale di capo verde | CV
brasiliani | alexa beleza la capitale del portogallo lisboa | PT
georgiani | alexa madloba la capitale della turchia | TR
georgiani | alexa ki ki la capitale dell'azerbaigian baku | AZ
georgiani | alexa la signora vuole sapere la capitale del vaticano per il papa | VA
suore-missionarie | alexa per la lettera alla missione la capitale del camerun | CM
suore-missionarie | alexa sia lodato la capitale del gabon | GA
suore-missionarie | alexa per la raccolta di natale la capitale della guinea | GN
camionisti | alexa col tir a trieste la capitale della slovenia | SI
camionisti | alexa dalla cabina del camion la capitale della polonia varsavia | PL
camionisti | alexa il collega rumeno chiede la capitale della romania bucarest | RO
crociera | alexa dalla cabina la capitale di malta la valletta | MT
crociera | alexa siamo attraccati a civitavecchia la capitale della grecia | GR
crociera | alexa la nave va in islanda dimmi la capitale | IS
pescatori | alexa dal peschereccio la capitale della libia che passano le motovedette | LY
pescatori | alexa ostrega col mare forza sei la capitale del marocco | MA
call-center | alexa il cliente è svedese la capitale della svezia | SE
call-center | alexa in cuffia dal call center la capitale dell'irlanda | IE
molisani | alexa ué la capitale della romania | RO
molisani | alexa u nonno dice la capitale della francia | FR
foggiani | alexa mo dimmi la capitale del senegal che il ragazzo è di là | SN
foggiani | alexa addo sta la capitale della guinea bissau | GW
quiz-al-pub | alexa giro bonus la capitale del malawi | MW
quiz-al-pub | alexa domanda da tre punti la capitale del suriname | SR
quiz-al-pub | alexa al pub dicono che la capitale del belize è belize city è vero | BZ
autoscuola | alexa il mio istruttore viene dall'ucraina la capitale | UA
autoscuola | alexa col foglio rosa in tasca la capitale dell'eritrea | ER
parrucchiera | alexa la cliente torna dalla thailandia la capitale | TH
parrucchiera | alexa con le mani nel colore la capitale dell'ungheria | HU
matrimonio | alexa il testimone è messicano la capitale del messico | MX
matrimonio | alexa al tavolo buenos aires ma è la capitale dell'argentina vero | AR
stadio | alexa in curva contro la serbia capitale | RS
stadio | alexa la squadra ospite è bosniaca qual è la capitale della bosnia | BA
ospedale | alexa il medico di turno è siriano la capitale della siria | SY
ospedale | alexa la badante in reparto è moldava la capitale | MD
nonni | alexa parla forte che il nonno è sordo la capitale dell'egitto | EG
nonni | alexa nonno ha fatto la guerra in grecia la capitale della grecia | GR
bambini | alexa per la ricerca di scienze la capitale del madagascar | MG
bambini | alexa ho vinto la scommessa la capitale del giappone è tokyo | JP"""

if __name__ == "__main__":
    build_round(35, "it", LINES, sys.argv, "tests/Eval/it/round35/source/build_corpus.py")
