"""Round 36, Italian (it-IT): a new author's own mix, written blind (brief WRITER44.md). Speakers chosen
away from the regions and groups of the Italian rounds 32 to 35 ("How it was written"): Bolognesi ("socmel", "burdèl", "l'è", "te",
the tortellini sfoglia, the porticoes, via Zamboni students, the Virtus and Fortitudo, the Sant'Orsola hospital, San
Luca), Romagnoli of Rimini, Riccione, Cesenatico and Ravenna ("burdèl", "ohi", "oh te", the beach umbrella, bagno
number fifty-two, the piadina, the liscio, the Notte Rosa, the Ravenna mosaics and port), Bergamaschi ("pota", "ol mè
fradèl", "l'è dura", the building site, polenta, Città Alta, the Atalanta, the parish oratory), Milanesi ("uè", "taac",
"figa di legno", "la sciura", a call, a client slide, the green metro line, the Navigli, the Salone del Mobile, a food
rider, Malpensa), Marchigiani of Ancona, Macerata, Pesaro and Senigallia ("scì", "mi' zio", "tacci sua", "nun", the
Ancona port and the ferry to Split, the Sferisterio, Loreto), Umbri of Perugia, Assisi, Gubbio, Spoleto and Norcia (the
Università per Stranieri, Eurochocolate, Umbria Jazz, sagrantino, the Cannara onion festival), Lucani of Matera,
Potenza, Metaponto and Melfi ("ué", "cumbà", "ajè", "u' zio", the Sassi, strawberry picking, the crapiata, the car
factory), Valdostani ("bon", "alors", "c'est juste", the Sant'Orso fair, the Monte Rosa, Courmayeur, a mountain hut),
Italian-speaking South Tyroleans switching to German ("also", "ja", "genau", "servus", "nein", the Bolzano Christmas
market, Merano spa, Val Gardena, the Renon), Romanian carers and workers ("bine", "doamne", "hai te rog", "da", "lasa"),
Albanians ("po", "mirë", "ore", "faleminderit", the Durazzo-Ancona ferry), Filipino domestic workers and families
("po", "ate", "kuya", "ano ba", "tama na", "pasensya", Sunday mass), Egyptians ("yalla", "ya habibi", "khalas",
"wallahi", "ma lesh", a kebab shop). Situations: a Risiko night, the Settimana Enigmistica crossword, a gym, a bakery at
four in the morning, a scout camp, a BlaBlaCar ride, a library, a karaoke, an agriturismo with foreign guests. Plus
follow-ups, yes/no checks with right and wrong guesses, self-corrections with an explicit marker, reverse questions,
official, everyday and old names, shared names and their disambiguations, plurals of every several-capital country and
Palestine, subdivisions and territories, launch with the invocation name "capitali del mondo", help, stop, cancel,
out-of-domain requests and near misses (Italian regions and their capoluoghi, historical states, regions abroad,
"capitale" as money, the capital sins and the death penalty), and what it-IT recognition writes (split words,
misspellings, lost articles).
`python3 tests/Eval/it/round36/source/build_corpus.py [--check]`; the mechanics are in
tests/Eval/source/round12_hinl_corpus.py (build_round with round 36's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
bolognesi | alexa socmel non mi viene la capitale {} dimmela te | della norvegia=NO; della svezia=SE; della finlandia=FI
bolognesi | alexa ciò burdèl ascolta qual è la capitale {} | della danimarca=DK; dell'islanda=IS; dell'irlanda=IE
bolognesi | alexa mentre tiro la sfoglia per i tortellini dimmi la capitale {} | dell'estonia=EE; della lettonia=LV; della lituania=LT
bolognesi | alexa sotto i portici mi hanno chiesto la capitale {} e ho fatto scena muta | della polonia=PL; della slovacchia=SK; dell'ungheria=HU
bolognesi | alexa l'è un bel problema la capitale {} me la dici | della bielorussia=BY; della moldavia=MD; della romania=RO
bolognesi | alexa in via zamboni gli studenti discutono della capitale {} chi ha ragione | della bulgaria=BG; della serbia=RS; del montenegro=ME
bolognesi | alexa al bar della piazza il mio amico erasmus è di kaunas la capitale della lituania è kaunas vero | LT
bolognesi | alexa la mia morosa è di cracovia ma la capitale polacca qual è | PL
bolognesi | alexa ho un collega al sant'orsola che viene dalla croazia la sua capitale come si chiama | HR
bolognesi | alexa alla festa dell'unità c'era lo stand della slovenia la capitale di quel paese | SI
bolognesi | alexa guarda che la nonna vuole sapere la capitale dell'albania perché la badante è di lì | AL
bolognesi | alexa dai su non farmi penare la capitale della macedonia del nord | MK
bolognesi | alexa il fidanzato della mia nipote è bosniaco che capitale ha la bosnia ed erzegovina | BA
bolognesi | alexa a san luca ho incontrato dei turisti austriaci la loro capitale | AT
bolognesi | alexa la virtus gioca in eurolega contro una squadra greca la capitale della grecia | GR
bolognesi | alexa il fortitudo ha preso un playmaker lituano ma lituania che capitale ha | LT
bolognesi | alexa senti un po la capitale del lussemburgo si chiama come il paese | LU
bolognesi | alexa all'osteria del sole un signore belga diceva che la sua capitale è bruxelles è giusto | BE
bolognesi | alexa per il concorsone mi serve la capitale della cechia | CZ
bolognesi | alexa che capitale c'ha la germania te lo ricordi | DE
romagnoli | alexa burdèl sotto l'ombrellone mi chiedono la capitale {} | della russia=RU; dell'ucraina=UA; della georgia=GE
romagnoli | alexa mentre faccio la piadina dimmi la capitale {} | dell'armenia=AM; dell'azerbaigian=AZ; del kazakistan=KZ
romagnoli | alexa al bagno cinquantadue c'è una famiglia {} qual è la loro capitale | uzbeka=UZ; tagika=TJ; kirghisa=KG
romagnoli | alexa alla notte rosa un ragazzo mi fa la capitale del turkmenistan e io boh | TM
romagnoli | alexa oh te che sai tutto la capitale dell'afghanistan | AF
romagnoli | alexa a ravenna nei mosaici c'è scritto costantinopoli ma la capitale della turchia adesso qual è | TR
romagnoli | alexa mi fa il bagnino che la capitale di cipro è nicosia ma sarà vero | CY
romagnoli | alexa in riviera sono arrivati i russi d'estate ma la capitale russa è mosca o san pietroburgo | RU
romagnoli | alexa al mercato di cesenatico un tedesco mi ha chiesto la capitale del suo paese ridendo la germania | DE
romagnoli | alexa senti qua la capitale di san marino che è qui dietro l'angolo | SM
romagnoli | alexa vado su a san marino domenica qual è la capitale di lì | SM
romagnoli | alexa al tavolo del liscio una signora diceva malta la capitale com'è | MT
romagnoli | alexa ohi la capitale dell'andorra per favore | AD
romagnoli | alexa il mio amico va a sciare in andorra la capitale di andorra come fa | AD
romagnoli | alexa per la gara di briscola la posta è la capitale del liechtenstein | LI
romagnoli | alexa il principato di monaco ha una capitale o è tutto monaco | MC
bergamaschi | alexa pota dimmi la capitale {} che non la so | del marocco=MA; dell'algeria=DZ; della tunisia=TN
bergamaschi | alexa ol mè fradèl lavora in cantiere con uno {} la capitale di là | egiziano=EG; libico=LY; sudanese=SD
bergamaschi | alexa pota l'è dura la capitale {} | della mauritania=MR; del mali=ML; del niger=NE
bergamaschi | alexa in città alta c'è una mostra sul ciad qual è la capitale del ciad | TD
bergamaschi | alexa pota la capitale del senegal perché il mio muratore è di là | SN
bergamaschi | alexa al cantiere c'è un ragazzo del gambia la capitale del gambia come si dice | GM
bergamaschi | alexa ol mister dell'atalanta ha preso un attaccante nigeriano la capitale della nigeria è lagos | NG
bergamaschi | alexa pota scusa la capitale della guinea bissau | GW
bergamaschi | alexa con la polenta in tavola dimmi la capitale della guinea | GN
bergamaschi | alexa la capitale della sierra leone me la ripeti piano | SL
bergamaschi | alexa la liberia ha la capitale monrovia giusto pota | LR
bergamaschi | alexa in fabbrica c'è un ivoriano la sua capitale però ha due nomi o no | CI
bergamaschi | alexa pota il burkina faso che capitale ha | BF
bergamaschi | alexa dimmi mò la capitale del ghana | GH
bergamaschi | alexa il prete dell'oratorio è stato in missione in togo la capitale del togo | TG
bergamaschi | alexa al bar del paese dicono che la capitale del camerun è douala | CM
milanesi | alexa uè sono in riunione in call dimmi veloce la capitale {} | di singapore=SG; del brunei=BN; del vietnam=VN
milanesi | alexa taac la capitale {} per la slide del cliente | della cambogia=KH; del laos=LA; della thailandia=TH
milanesi | alexa figurati se mi ricordo la capitale {} tu la sai | delle filippine=PH; dell'indonesia=ID; del timor est=TL
milanesi | alexa la sciura del terzo piano dice che la capitale del giappone è kyoto ma è tokyo vero | JP
milanesi | alexa in metro verde mi hanno chiesto la capitale della corea del sud | KR
milanesi | alexa la mia startup apre a pechino ma pechino è la capitale della cina giusto | CN
milanesi | alexa il fornitore è mongolo capitale della mongolia | MN
milanesi | alexa per il briefing di domani la capitale del myanmar | MM
milanesi | alexa all'happy hour ai navigli uno mi ha chiesto la capitale del bangladesh | BD
milanesi | alexa figa di legno mi serve la capitale del nepal per la pratica del visto | NP
milanesi | alexa sono al salone del mobile con un cliente indiano la capitale dell'india | IN
milanesi | alexa il rider che mi porta la cena è pakistano la capitale del pakistan | PK
milanesi | alexa ma il bhutan c'ha una capitale | BT
milanesi | alexa il mio collega va in vacanza alle maldive la capitale delle maldive | MV
milanesi | alexa la sciura vuole andare in crociera alle seychelles che capitale hanno | SC
milanesi | alexa volo da malpensa per mauritius la capitale di mauritius | MU
milanesi | alexa uè chi è la capitale dello sri lanka | LK
milanesi | alexa in duomo c'erano dei turisti del kuwait capitale del kuwait | KW
marchigiani | alexa scì ma la capitale {} qual è | del brasile=BR; dell'argentina=AR; del cile=CL
marchigiani | alexa al porto d'ancona il marinaio è {} e non so la sua capitale | peruviano=PE; ecuadoriano=EC; colombiano=CO
marchigiani | alexa a macerata allo sferisterio la soprano viene dal venezuela qual è la capitale | VE
marchigiani | alexa mi zio è emigrato in argentina la capitale argentina come se chiama | AR
marchigiani | alexa tacci sua non me ricordo la capitale dell'uruguay | UY
marchigiani | alexa al mare a senigallia c'era una coppia del paraguay la capitale loro | PY
marchigiani | alexa a loreto è venuto un pellegrinaggio dalla bolivia ma la capitale boliviana | BO
marchigiani | alexa che capitale c'ha la guyana | GY
marchigiani | alexa la capitale del suriname dimmela te che io nun la so | SR
marchigiani | alexa a fermo c'è un prete del belize la capitale del belize com'è | BZ
marchigiani | alexa all'osteria de pesaro me fanno la capitale del guatemala | GT
marchigiani | alexa sulla nave da crociera lavora uno dell'honduras qual è la capitale | HN
marchigiani | alexa ohi la capitale de el salvador | SV
marchigiani | alexa me dici la capitale del nicaragua per piacere | NI
marchigiani | alexa la capitale della costa rica ce l'hai | CR
marchigiani | alexa la capitale del panama è panama pure quella | PA
umbri | alexa a perugia all'università per stranieri c'è una ragazza {} la capitale del suo paese | giamaicana=JM; haitiana=HT; cubana=CU
umbri | alexa mentre assaggio il sagrantino dimmi la capitale {} | della repubblica dominicana=DO; delle bahamas=BS; di barbados=BB
umbri | alexa a eurochocolate c'era lo stand {} qual è la capitale | di trinidad e tobago=TT; della grenada=GD; di saint lucia=LC
umbri | alexa al corteo storico di gubbio un americano mi chiede la capitale di antigua e barbuda | AG
umbri | alexa ma saint kitts e nevis ce l'ha una capitale | KN
umbri | alexa la capitale di saint vincent e grenadine la sai | VC
umbri | alexa c'è la dominica senza repubblica qual è la capitale della dominica | DM
umbri | alexa a assisi per la pace c'erano delegazioni da tutto il mondo la capitale del canada | CA
umbri | alexa sotto la rocca di spoleto un signore messicano mi chiede della sua capitale il messico | MX
umbri | alexa a todi un inglese ha comprato casa la capitale del regno unito | GB
umbri | alexa in piazza iv novembre ci sono gli americani qual è la capitale degli stati uniti | US
umbri | alexa ao la capitale dell'australia non è sydney vero | AU
umbri | alexa sai la capitale della nuova zelanda che la guardo stasera a rugby | NZ
umbri | alexa a umbria jazz suonava un gruppo di papua nuova guinea ma che capitale ha | PG
lucani | alexa ué cumbà dimmi la capitale {} | dell'etiopia=ET; dell'eritrea=ER; della somalia=SO
lucani | alexa ajè ma la capitale {} come si chiama | del kenya=KE; della tanzania=TZ; dell'uganda=UG
lucani | alexa nei sassi di matera stanno girando un film ambientato {} qual è la capitale | in giordania=JO; in israele=IL; in libano=LB
lucani | alexa a potenza fa freddo e io penso all'africa la capitale del ruanda | RW
lucani | alexa mia figlia fa la volontaria in burundi la capitale del burundi qual è | BI
lucani | alexa u zio dice che la capitale di gibuti è gibuti vero | DJ
lucani | alexa a metaponto raccogliamo le fragole con ragazzi del sud sudan la loro capitale | SS
lucani | alexa ué la capitale del mozambico dimmela | MZ
lucani | alexa nel paese nostro c'è un prete dello zambia la capitale dello zambia | ZM
lucani | alexa la capitale dello zimbabwe ié harare o no | ZW
lucani | alexa con la crapiata sul fuoco dimmi la capitale del malawi | MW
lucani | alexa a maratea ho conosciuto una signora della namibia la sua capitale | NA
lucani | alexa la capitale del botswana me la scordo sempre | BW
lucani | alexa la capitale del lesotho per il cruciverba del nonno | LS
lucani | alexa mannaggia la capitale del madagascar | MG
valdostani | alexa bon alors la capitale {} c'est quoi cioè qual è | della francia=FR; della svizzera=CH; del belgio=BE
valdostani | alexa alla fiera di sant'orso un signore mi chiede la capitale {} | del portogallo=PT; della spagna=ES; dell'italia=IT
valdostani | alexa sul trenino per pré saint didier dimmi la capitale delle comore | KM
valdostani | alexa ben ben la capitale del capo verde | CV
valdostani | alexa un guide alpine mi dice che la capitale del gabon è libreville c'est juste | GA
valdostani | alexa alla fontina festival c'è un cuoco della guinea equatoriale la capitale | GQ
valdostani | alexa bon la capitale di são tomé e príncipe | ST
valdostani | alexa au refuge c'è un alpinista del congo quello di brazzaville qual è la capitale della repubblica del congo | CG
valdostani | alexa la capitale della repubblica democratica del congo dai | CD
valdostani | alexa la capitale della repubblica centrafricana alors | CF
sudtirolesi | alexa also ja die hauptstadt cioè scusa la capitale {} | dell'arabia saudita=SA; degli emirati arabi uniti=AE; del qatar=QA
sudtirolesi | alexa genau la capitale {} me la dici | dell'oman=OM; del bahrein=BH; dello yemen=YE
sudtirolesi | alexa al mercatino di natale di bolzano un signore {} chiede della sua capitale | iracheno=IQ; iraniano=IR; siriano=SY
sudtirolesi | alexa na servus welche capitale hat l'austria | AT
sudtirolesi | alexa a merano alle terme un ospite della svizzera vuole sapere se la capitale è zurigo | CH
sudtirolesi | alexa mein opa dice sempre che la capitale della germania era bonn e adesso qual è | DE
sudtirolesi | alexa am ritten cioè sul renon un escursionista chiede la capitale della slovenia | SI
sudtirolesi | alexa also bitte la capitale dell'italia | IT
sudtirolesi | alexa in valle aurina c'è un maestro di sci della croazia la capitale croata | HR
romeni | alexa bine deci la capitale {} care e | della romania=RO; della moldavia=MD; della bulgaria=BG
romeni | alexa doamne lavoro da badante e la signora mi chiede la capitale {} | delle figi=FJ; delle tonga=TO; delle samoa=WS
romeni | alexa hai te rog dimmi la capitale di tuvalu | TV
romeni | alexa sono a torino da dieci anni ma la capitale di kiribati non la so | KI
romeni | alexa la capitale di nauru care è | NR
romeni | alexa la capitale di palau per favore da | PW
romeni | alexa mio figlio a scuola ha la ricerca sulla micronesia la capitale | FM
romeni | alexa la capitale delle isole marshall | MH
romeni | alexa la capitale delle isole salomone spune mi | SB
romeni | alexa la capitale di vanuatu e basta | VU
albanesi | alexa po po dimmi la capitale {} | dell'albania=AL; del kosovo=XK; della macedonia del nord=MK
albanesi | alexa mirë sono arrivato col traghetto da durazzo ad ancona qual è la capitale dell'albania | AL
albanesi | alexa ore la capitale del montenegro è podgorica vero | ME
albanesi | alexa mio cugino lavora in grecia la capitale greca | GR
albanesi | alexa faleminderit ma la capitale della corea del nord qual è | KP
albanesi | alexa in pizzeria il mio capo chiede la capitale di israele | IL
filippini | alexa si ate vuole sapere ang capitale {} po | delle filippine=PH; della malaysia=MY; di singapore=SG
filippini | alexa kuya dice la capitale {} ano ba | del giappone=JP; della corea del sud=KR; di taiwan=TW
filippini | alexa sono colf a roma la signora mi chiede la capitale dell'indonesia po | ID
filippini | alexa sa messa di domenica il padre è del vietnam la capitale po | VN
filippini | alexa ano nga yung capitale della cina | CN
filippini | alexa pasensya po la capitale degli emirati arabi mio fratello lavora a dubai | AE
egiziani | alexa yalla dimmi la capitale {} | dell'egitto=EG; del sudan=SD; della libia=LY
egiziani | alexa ya habibi in kebabberia mi chiedono la capitale della giordania | JO
egiziani | alexa khalas dimmi la capitale dell'arabia saudita che vado alla mecca | SA
plural-capitals | alexa mashallah mio figlio studia le capitali della palestina quali sono | PS
plural-capitals | alexa ho letto che il benin ha due capitali quali sono | BJ
plural-capitals | alexa le capitali del benin tutte e due | BJ
plural-capitals | alexa pota il benin c'ha due capitali o una sola | BJ
plural-capitals | alexa nel libro di geografia di mia figlia porto novo e cotonou sono entrambe capitali del benin spiegami | BJ
plural-capitals | alexa la paz o sucre qual è la vera capitale della bolivia tutte e due | BO
plural-capitals | alexa ué le due capitali della bolivia | BO
plural-capitals | alexa la costa d'avorio ha più di una capitale quali | CI
plural-capitals | alexa dimmi le capitali della costa d'avorio | CI
plural-capitals | alexa in fabbrica litighiamo abidjan o yamoussoukro le capitali della costa d'avorio quali sono | CI
plural-capitals | alexa le capitali della costa d'avorio po | CI
plural-capitals | alexa lo sri lanka ha due capitali vero quali | LK
plural-capitals | alexa quali sono le capitali dello sri lanka | LK
plural-capitals | alexa colombo e quell'altra col nome lunghissimo le capitali dello sri lanka | LK
plural-capitals | alexa lo sri lanka quante capitali c'ha | LK
plural-capitals | alexa le capitali della malaysia kuala lumpur e poi | MY
plural-capitals | alexa dimmi entrambe le capitali della malaysia | MY
plural-capitals | alexa uè in malesia ci sono due capitali giusto | MY
plural-capitals | alexa l'olanda ha due capitali amsterdam e l'aia giusto | NL
plural-capitals | alexa i paesi bassi ce l'hanno due capitali | NL
plural-capitals | alexa il governo olandese sta all'aia ma la capitale è amsterdam dimmi tutte e due le capitali dell'olanda | NL
plural-capitals | alexa mbabane e lobamba sono tutte e due capitali dell'eswatini | SZ
plural-capitals | alexa quante capitali ha lo swaziland | SZ
plural-capitals | alexa il sudafrica ha tre capitali dimmele tutte | ZA
plural-capitals | alexa le tre capitali del sudafrica | ZA
plural-capitals | alexa pretoria città del capo e poi qual è la terza capitale del sudafrica | ZA
plural-capitals | alexa socmel il sudafrica quante capitali c'ha | ZA
plural-capitals | alexa dimmi le capitali del sud africa una per una | ZA
plural-capitals | alexa le capitali dello stato di palestina | PS
plural-capitals | alexa ramallah e gerusalemme est sono le capitali della palestina | PS
plural-capitals | alexa ho sentito che la bolivia c'ha due capitali una è la paz e l'altra | BO
plural-capitals | alexa per la verifica di geografia le capitali del benin | BJ
follow-up | alexa e quella della spagna | ES
follow-up | alexa e del portogallo invece | PT
follow-up | alexa e la francia | FR
follow-up | alexa ok e la capitale della svizzera | CH
follow-up | alexa grazie e quella del belgio | BE
follow-up | alexa va bene adesso la norvegia | NO
follow-up | alexa e poi la svezia | SE
follow-up | alexa ah ecco e dell'austria | AT
follow-up | alexa bene e per il giappone | JP
follow-up | alexa ora la cina | CN
follow-up | alexa ancora una la grecia | GR
follow-up | alexa un'altra la turchia | TR
follow-up | alexa e il perù pota | PE
follow-up | alexa e allora quella del cile | CL
follow-up | alexa ah giusto e il marocco | MA
follow-up | alexa e per l'egitto com'è | EG
follow-up | alexa e di quella del kenya | KE
follow-up | alexa adesso fammi quella dell'india | IN
follow-up | alexa e il canada invece | CA
follow-up | alexa ok ok e la russia | RU
follow-up | alexa perfetto e l'ungheria | HU
follow-up | alexa e poi quella della polonia dai | PL
follow-up | alexa ancora e la romania | RO
follow-up | alexa e dell'australia | AU
follow-up | alexa ok e quella della germania ja | DE
follow-up | alexa va bene mo dimmi l'argentina | AR
follow-up | alexa e quella dell'irlanda già che ci sei | IE
follow-up | alexa e invece il messico | MX
follow-up | alexa e la tunisia po | TN
follow-up | alexa bene bene e il vietnam | VN
follow-up | alexa e della croazia | HR
follow-up | alexa allora e l'islanda | IS
yes-no-check | alexa la capitale della spagna è barcellona giusto | ES
yes-no-check | alexa la capitale della turchia è istanbul sì o no | TR
yes-no-check | alexa confermi che la capitale dell'australia è canberra | AU
yes-no-check | alexa ottawa è la capitale del canada vero | CA
yes-no-check | alexa la capitale del brasile è rio de janeiro o no | BR
yes-no-check | alexa mi dici se la capitale della svizzera è ginevra | CH
yes-no-check | alexa ma la capitale del marocco è casablanca | MA
yes-no-check | alexa scommessa la capitale della nigeria è abuja ho ragione io | NG
yes-no-check | alexa la capitale della nuova zelanda è auckland vero o falso | NZ
yes-no-check | alexa lo sapevi che la capitale del kazakistan è astana è ancora così | KZ
yes-no-check | alexa mio marito dice che la capitale della tanzania è dar es salaam ha ragione | TZ
yes-no-check | alexa la capitale degli stati uniti è new york o sbaglio | US
yes-no-check | alexa yerevan è la capitale dell'armenia sì | AM
yes-no-check | alexa pota la capitale del pakistan è karachi vero | PK
yes-no-check | alexa la capitale della bielorussia è minsk confermi | BY
yes-no-check | alexa la capitale della colombia è medellín | CO
yes-no-check | alexa ma davvero la capitale del myanmar non è più rangoon | MM
yes-no-check | alexa la capitale dell'ecuador è guayaquil giusto | EC
yes-no-check | alexa la capitale della giamaica è kingston oppure montego bay | JM
yes-no-check | alexa mi confermi che la capitale della finlandia è helsinki | FI
yes-no-check | alexa la capitale della germania è monaco vero | DE
yes-no-check | alexa è vero o no che la capitale dell'india è mumbai | IN
yes-no-check | alexa la capitale del camerun è yaoundé sì o no | CM
yes-no-check | alexa ajè la capitale della mongolia è ulan bator | MN
yes-no-check | alexa ho scritto nel compito che la capitale della slovacchia è bratislava va bene | SK
yes-no-check | alexa nel cruciverba la capitale del laos è vientiane può essere | LA
yes-no-check | alexa scusa la capitale dell'uzbekistan è samarcanda vero | UZ
yes-no-check | alexa è corretto che la capitale del ghana è accra | GH
yes-no-check | alexa la capitale del belize è belmopan o belize city | BZ
yes-no-check | alexa la capitale dell'arabia saudita non è gedda vero | SA
yes-no-check | alexa tirana è la capitale dell'albania dimmi di sì | AL
yes-no-check | alexa la capitale del senegal è dakar esatto | SN
yes-no-check | alexa la capitale dell'islanda è reykjavik ci ho preso | IS
yes-no-check | alexa il prof ha detto che la capitale del malawi è blantyre è vero | MW
yes-no-check | alexa la capitale del libano è beirut sì | LB
yes-no-check | alexa è sydney la capitale dell'australia | AU
yes-no-check | alexa la capitale della bolivia è la paz oppure sbaglio | BO
self-correction | alexa la capitale dell'austria cioè no dell'australia | AU
self-correction | alexa dimmi la capitale della slovacchia scusa della slovenia | SI
self-correction | alexa la capitale dell'islanda no aspetta dell'irlanda | IE
self-correction | alexa la capitale del niger volevo dire della nigeria | NG
self-correction | alexa la capitale della colombia no no della bolivia | BO
self-correction | alexa la capitale del paraguay ehm dell'uruguay | UY
self-correction | alexa la capitale della guinea anzi della guinea equatoriale | GQ
self-correction | alexa la capitale del sudan scusa del sud sudan | SS
self-correction | alexa la capitale della lettonia mi correggo della lituania | LT
self-correction | alexa qual è la capitale del mali anzi no del malawi | MW
self-correction | alexa la capitale della corea del nord no quella del sud | KR
self-correction | alexa la capitale dell'austria pardon della germania | DE
self-correction | alexa la capitale del gambia no scusa dello zambia | ZM
self-correction | alexa la capitale della mauritania cioè di mauritius | MU
self-correction | alexa pota la capitale della croazia anzi della serbia | RS
self-correction | alexa la capitale della danimarca ah no dell'olanda | NL
self-correction | alexa la capitale del portogallo no volevo dire della spagna | ES
self-correction | alexa la capitale dell'ungheria macché della romania | RO
self-correction | alexa la capitale del kirghizistan anzi del kazakistan | KZ
self-correction | alexa la capitale della tunisia no dell'algeria | DZ
self-correction | alexa la capitale del congo quello di brazzaville no anzi quello di kinshasa | CD
self-correction | alexa la capitale dell'armenia scusami dell'azerbaigian | AZ
self-correction | alexa la capitale del perù no del cile | CL
self-correction | alexa la capitale della thailandia ops della cambogia | KH
self-correction | alexa la capitale dell'estonia o meglio della finlandia | FI
self-correction | alexa ué la capitale del venezuela anzi de cuba | CU
self-correction | alexa la capitale del bahrein anzi del qatar | QA
self-correction | alexa la capitale del montenegro no no del kosovo | XK
self-correction | alexa la capitale dell'etiopia volevo dire dell'eritrea | ER
self-correction | alexa also die capitale della baviera nein dell'austria | AT
self-correction | alexa la capitale della grecia no aspetta di cipro | CY
self-correction | alexa la capitale del canada anzi degli stati uniti | US
reverse-question | alexa di che paese è capitale nairobi | CITY:Nairobi
reverse-question | alexa bamako di che stato è la capitale | CITY:Bamako
reverse-question | alexa montevideo di che nazione è capitale | CITY:Montevideo
reverse-question | alexa kigali è la capitale di che paese | CITY:Kigali
reverse-question | alexa in che paese si trova la capitale tbilisi | CITY:Tbilisi
reverse-question | alexa reykjavik è capitale di quale nazione | CITY:Reykjavík
reverse-question | alexa di quale paese è capitale vientiane | CITY:Vientiane
reverse-question | alexa pota ouagadougou di che paese è la capitale | CITY:Ouagadougou
reverse-question | alexa la capitale bratislava in che paese sta | CITY:Bratislava
reverse-question | alexa lubiana è la capitale di dove | CITY:Lubiana
reverse-question | alexa windhoek di che paese è capitale | CITY:Windhoek
reverse-question | alexa paramaribo è la capitale di quale stato | CITY:Paramaribo
reverse-question | alexa tegucigalpa è la capitale di che | CITY:Tegucigalpa
reverse-question | alexa dushanbe capitale di quale paese | CITY:Dushanbe
reverse-question | alexa di che nazione è la capitale ashgabat | CITY:Ashgabat
reverse-question | alexa mogadiscio di che paese è capitale | CITY:Mogadiscio
reverse-question | alexa zagabria è la capitale di che stato | CITY:Zagabria
reverse-question | alexa a che paese appartiene la capitale canberra | CITY:Canberra
reverse-question | alexa bishkek di che paese è capitale | CITY:Bishkek
reverse-question | alexa la città di quito è capitale di quale paese | CITY:Quito
reverse-question | alexa asmara di che paese è la capitale | CITY:Asmara
reverse-question | alexa funafuti è capitale di che | CITY:Funafuti
reverse-question | alexa ho sentito nominare lilongwe di che paese è capitale | CITY:Lilongwe
reverse-question | alexa nouakchott capitale di quale nazione | CITY:Nouakchott
reverse-question | alexa thimphu è la capitale di che paese | CITY:Thimphu
reverse-question | alexa podgorica è capitale di quale stato | CITY:Podgorica
reverse-question | alexa chisinau di che paese è la capitale | CITY:Chișinău
reverse-question | alexa vaduz è capitale di che cosa | CITY:Vaduz
reverse-question | alexa il cairo è la capitale di quale paese | CITY:Il Cairo
reverse-question | alexa edmonton è capitale di quale provincia | CITY:Edmonton
reverse-question | alexa monrovia è la capitale di quale paese africano | CITY:Monrovia
reverse-question | alexa la capitale skopje di che nazione è | CITY:Skopje
official-name | alexa capitale della repubblica federale di germania | DE
official-name | alexa dimmi la capitale della repubblica islamica dell'iran | IR
official-name | alexa la capitale della federazione russa per favore | RU
official-name | alexa la capitale del regno hascemita di giordania | JO
official-name | alexa la capitale della repubblica italiana | IT
official-name | alexa la capitale della repubblica francese per il tema | FR
everyday-name | alexa qual è la capitale degli states | US
everyday-name | alexa la capitale della costa d'avorio e basta | CI
everyday-name | alexa la capitale della giamaica jamaica | JM
everyday-name | alexa la capitale della centrafrica | CF
shared-name | alexa dimmi la capitale della georgia lo stato americano | US-GA
shared-name | alexa la capitale della georgia vicino alla russia | GE
shared-name | alexa qual è la capitale della corea non so quale | KP+KR
shared-name | alexa la capitale del congo ex zaire | CD
shared-name | alexa il congo ha capitale cosa | CD+CG
shared-name | alexa dimmi la capitale della georgia | GE+US-GA
shared-name | alexa pota la capitale della corea | KP+KR
shared-name | alexa la capitale del congo belga | CD
shared-name | alexa il congo quale capitale ha | CD+CG
shared-name | alexa la capitale della repubblica di georgia | GE
shared-name | alexa le isole vergini che capitale hanno | VG+VI
subdivision | alexa la capitale della california non è los angeles vero | US-CA
subdivision | alexa qual è la capitale del texas che ci va mio cugino | US-TX
subdivision | alexa la capitale della florida dove va in pensione lo zio | US-FL
subdivision | alexa la capitale dell'illinois non è chicago | US-IL
subdivision | alexa il capoluogo del nevada | US-NV
subdivision | alexa la capitale dell'alaska | US-AK
subdivision | alexa la capitale della louisiana per il viaggio a new orleans | US-LA
subdivision | alexa la capitale del tennessee dove c'è il country | US-TN
subdivision | alexa la capitale dell'arizona | US-AZ
subdivision | alexa la capitale del new jersey dove sono emigrati i miei bisnonni | US-NJ
subdivision | alexa la capitale della nuova scozia | CA-NS
subdivision | alexa la capitale del nunavut | CA-NU
subdivision | alexa also la capitale della baviera è monaco ja | DE-BY
subdivision | alexa la capitale della sassonia | DE-SN
subdivision | alexa la capitale del baden württemberg | DE-BW
subdivision | alexa la capitale della tasmania | AU-TAS
subdivision | alexa la capitale dello stato di victoria in australia | AU-VIC
subdivision | alexa la capitale del rajasthan | IN-RJ
subdivision | alexa la capitale dello stato di bahia | BR-BA
subdivision | alexa la capitale del rio grande do sul dove ci sono gli oriundi veneti | BR-RS
subdivision | alexa la capitale dello stato di san paolo | BR-SP
subdivision | alexa la capitale di minas gerais | BR-MG
subdivision | alexa la capitale di amazonas | BR-AM
subdivision | alexa la capitale di jalisco | MX-JAL
subdivision | alexa la capitale di oaxaca | MX-OAX
help | alexa non ho capito come funziona questa cosa delle capitali | HELP
help | alexa come si usa | HELP
help | alexa pota che roba è spiegami come va | HELP
help | alexa socmel non ci capisco niente aiutami | HELP
help | alexa che domande ti posso fare | HELP
help | alexa bon alors comment ça marche cioè come funziona | HELP
help | alexa also wie funktioniert das cioè come funziona | HELP
help | alexa ajè e mo che devo dire | HELP
help | alexa scusa sono la nonna non so usare questo coso mi aiuti | HELP
help | alexa mi dai una mano | HELP
help | alexa ma tu cosa fai di preciso | HELP
help | alexa help po | HELP
help | alexa doamne nu inteleg cioè non capisco aiuto | HELP
help | alexa non so cosa chiedere | HELP
help | alexa mi sono persa cosa devo dire adesso | HELP
help | alexa spiegami il gioco | HELP
help | alexa uè come funziona sta roba | HELP
help | alexa ho bisogno di aiuto con le capitali | HELP
help | alexa aiutami tu che io non so da dove cominciare | HELP
stop | alexa pota basta | STOP
stop | alexa ok abbiamo finito | STOP
stop | alexa chiudi tutto che vado a letto | STOP
stop | alexa ciao ciao grazie | STOP
stop | alexa genug cioè basta | STOP
stop | alexa ho finito i compiti puoi smettere | STOP
stop | alexa stai zitta un attimo che è arrivato il nonno | STOP
stop | alexa basta così grazie tante | STOP
stop | alexa chiudi le capitali | STOP
stop | alexa tacci tua basta | STOP
stop | alexa alt | STOP
stop | alexa va bene così ciao | STOP
stop | alexa ajè basta mo | STOP
cancel | alexa lascia stare ho sbagliato | CANCEL
cancel | alexa pota lascia stare | CANCEL
cancel | alexa niente niente scusa | CANCEL
cancel | alexa lasciamo perdere va | CANCEL
cancel | alexa dimentica la domanda | CANCEL
cancel | alexa vergiss es cioè lascia perdere | CANCEL
cancel | alexa annullala | CANCEL
cancel | alexa lassa perde | CANCEL
cancel | alexa macché niente lascia stare | CANCEL
cancel | alexa no dai lascia perdere non serve più | CANCEL
cancel | alexa uè lassa sta | CANCEL
launch | alexa pota apri capitali del mondo | LAUNCH
launch | alexa mi apri capitali del mondo che devo studiare | LAUNCH
launch | alexa apri capitali del mondo po | LAUNCH
launch | alexa also öffne capitali del mondo | LAUNCH
launch | alexa facciamo capitali del mondo | LAUNCH
out-of-domain | alexa metti un po di liscio | FB
out-of-domain | alexa a che ora gioca l'atalanta | FB
out-of-domain | alexa imposta una sveglia alle cinque che devo infornare il pane | FB
out-of-domain | alexa quanto dura la cottura dei tortellini | FB
out-of-domain | alexa che fuso orario c'è a tokyo | FB
out-of-domain | alexa quanto dista rimini da san marino | FB
out-of-domain | alexa traduci ciao in albanese | FB
out-of-domain | alexa come si dice grazie in tagalog | FB
out-of-domain | alexa ordina le crocchette per il gatto | FB
out-of-domain | alexa fammi una ricetta con la crescia | FB
out-of-domain | alexa spegni il riscaldamento | FB
out-of-domain | alexa qual è il capoluogo dell'emilia romagna | FB
out-of-domain | alexa il capoluogo della lombardia | FB
out-of-domain | alexa il capoluogo della basilicata è potenza o matera | FB
out-of-domain | alexa qual è il capoluogo dell'umbria | FB
out-of-domain | alexa la capitale del trentino alto adige | FB
out-of-domain | alexa la capitale del tirolo austriaco | FB
out-of-domain | alexa la capitale di topolinia | FB
out-of-domain | alexa la capitale della moda è milano vero | FB
out-of-domain | alexa la capitale mondiale del tartufo | FB
out-of-domain | alexa bologna è la capitale della mortadella vero | FB
out-of-domain | alexa che vuol dire peccato capitale | FB
out-of-domain | alexa scrivi la lettera maiuscola cioè capitale | FB
out-of-domain | alexa guarda che è un'informazione di capitale importanza | FB
out-of-domain | alexa la capitale delle capitali | FB
out-of-domain | alexa quanti goal ha fatto il bologna | FB
out-of-domain | alexa dove si trova il lago di garda | FB
out-of-domain | alexa orari della messa a loreto | FB
out-of-domain | alexa metti la musica di andrea bocelli | FB
out-of-domain | alexa cosa significa pota | FB
out-of-domain | alexa chi ha inventato la piadina | FB
out-of-domain | alexa quando apre il mercatino di natale di bolzano | FB
out-of-domain | alexa com'è il traffico sull'a quattordici | FB
out-of-domain | alexa ricordami di chiamare la signora alle tre | FB
out-of-domain | alexa mi canti una canzone | FB
out-of-domain | alexa parlami della storia di roma | FB
out-of-domain | alexa quali sono le regioni d'italia | FB
out-of-domain | alexa quanti abitanti ha roma | FB
out-of-domain | alexa dov'è la capitale dell'impero romano d'oriente oggi | FB
out-of-domain | alexa qual era la capitale dell'impero azteco | FB
out-of-domain | alexa la capitale dello stato pontificio | FB
out-of-domain | alexa la capitale della germania est | FB
out-of-domain | alexa la capitale del sudamerica | FB
out-of-domain | alexa la capitale del medio oriente | FB
out-of-domain | alexa capitale della toscana | FB
out-of-domain | alexa la capitale dell'alto adige | FB
out-of-domain | alexa pota | FB
out-of-domain | alexa come stai | FB
stop | alexa basta burdèl è ora di cena | STOP
stop | alexa pota fermati che arriva il capocantiere | STOP
stop | alexa uè stop che inizia la call | STOP
stop | alexa chiudi le capitali che spengo la sfoglina | STOP
stop | alexa ajè basta cumbà ci vediamo | STOP
stop | alexa bon ça suffit basta così | STOP
stop | alexa also schluss basta così grazie | STOP
stop | alexa gata basta cioè finito | STOP
stop | alexa tama na po basta | STOP
stop | alexa yalla basta khalas chiudi | STOP
stop | alexa tacci basta co ste capitali | STOP
stop | alexa fermati un attimo che la signora dorme | STOP
cancel | alexa socmel no lascia perdere | CANCEL
cancel | alexa pota no annulla che ho sbagliato paese | CANCEL
cancel | alexa uè annulla che il cliente ha cambiato idea | CANCEL
cancel | alexa bon non fa rien annulla | CANCEL
cancel | alexa nein nein annulla | CANCEL
cancel | alexa lasa cioè lascia perdere | CANCEL
cancel | alexa hindi na po annulla | CANCEL
cancel | alexa ma lesh lascia stare | CANCEL
cancel | alexa ajè lassa perdere cumbà | CANCEL
cancel | alexa no no annulla quella domanda lì | CANCEL
cancel | alexa tacci annulla | CANCEL
help | alexa pota dimmi tu cosa ti posso chiedere | HELP
help | alexa uè non ho tempo come funziona in due parole | HELP
help | alexa sono nuova qui dammi le istruzioni po | HELP
help | alexa ajè e come si fa a chiederti le capitali | HELP
help | alexa ya habibi come funziona questa skill | HELP
help | alexa la signora non sa cosa dire spiegale come si fa | HELP
help | alexa burdèl fammi capire come va questo gioco | HELP
launch | alexa burdèl apri capitali del mondo | LAUNCH
launch | alexa uè apri capitali del mondo che ho cinque minuti | LAUNCH
launch | alexa ajè fa partire capitali del mondo | LAUNCH
launch | alexa bon lance capitali del mondo | LAUNCH
launch | alexa dai apri capitali del mondo che facciamo la gara | LAUNCH
launch | alexa apri po capitali del mondo | LAUNCH
launch | alexa tacci apri capitali del mondo | LAUNCH
launch | alexa avviami capitali del mondo | LAUNCH
launch | alexa voglio capitali del mondo | LAUNCH
out-of-domain | alexa socmel quanto costa la mortadella al chilo | FB
out-of-domain | alexa pota che tempo fa a clusone | FB
out-of-domain | alexa la capitale della bergamasca | FB
out-of-domain | alexa qual è la capitale morale d'italia | FB
out-of-domain | alexa uè prenotami un taxi per linate | FB
out-of-domain | alexa la capitale della riviera romagnola | FB
out-of-domain | alexa la capitale del liscio | FB
out-of-domain | alexa la capitale della piadina | FB
out-of-domain | alexa quanti gradi ci sono a rimini | FB
out-of-domain | alexa la capitale della valtellina | FB
out-of-domain | alexa ajè la capitale dei sassi | FB
out-of-domain | alexa quanto manca alla festa della bruna | FB
out-of-domain | alexa la capitale del montefeltro | FB
out-of-domain | alexa la capitale della ciociaria | FB
out-of-domain | alexa bon la capitale de la vallée | FB
out-of-domain | alexa la capitale della savoia | FB
out-of-domain | alexa la capitale del sudtirolo | FB
out-of-domain | alexa also wie spät ist es | FB
out-of-domain | alexa la capitale della carinzia | FB
out-of-domain | alexa la capitale della dalmazia | FB
out-of-domain | alexa la capitale della bessarabia | FB
out-of-domain | alexa la capitale di luzon | FB
out-of-domain | alexa po quanto costa mandare soldi a manila | FB
out-of-domain | alexa la capitale del delta del nilo | FB
out-of-domain | alexa la capitale della nubia | FB
out-of-domain | alexa yalla metti amr diab | FB
out-of-domain | alexa quando finisce il ramadan quest'anno | FB
out-of-domain | alexa la capitale dell'epiro | FB
out-of-domain | alexa mirë che ore sono a tirana | FB
out-of-domain | alexa la capitale della frisia | FB
out-of-domain | alexa la capitale della sicilia dei tempi di federico secondo | FB
out-of-domain | alexa la capitale del far west | FB
out-of-domain | alexa la capitale di hollywood | FB
out-of-domain | alexa la capitale della silicon valley | FB
out-of-domain | alexa la capitale del risiko | FB
out-of-domain | alexa quanti carri armati si mettono all'inizio a risiko | FB
out-of-domain | alexa sul tabellone del risiko la kamchatka confina con l'alaska | FB
out-of-domain | alexa la capitale della kamchatka | FB
out-of-domain | alexa la capitale della jacuzia | FB
out-of-domain | alexa la capitale della cirenaica | FB
out-of-domain | alexa la capitale della manciuria | FB
out-of-domain | alexa la capitale della sicilia araba | FB
out-of-domain | alexa la capitale della borgogna | FB
out-of-domain | alexa la capitale del peloponneso | FB
out-of-domain | alexa la capitale del sinai | FB
out-of-domain | alexa la capitale del nagorno karabakh | FB
out-of-domain | alexa la capitale del katanga | FB
out-of-domain | alexa la capitale del borneo | FB
out-of-domain | alexa la capitale della sfoglia | FB
out-of-domain | alexa la capitale dei tortellini | FB
out-of-domain | alexa la capitale del parmigiano | FB
out-of-domain | alexa la capitale dello speck | FB
out-of-domain | alexa la capitale della fontina | FB
territory | alexa socmel il mio amico è andato in groenlandia a vedere gli iceberg che capitale ha | GL
territory | alexa pota il cugino fa il pescatore alle fær øer la capitale di là | FO
territory | alexa uè vado a portorico per lavoro dimmi la capitale | PR
territory | alexa nel triangolo delle bermuda c'è una capitale | BM
territory | alexa a gibilterra ci sono le scimmie ma la capitale di gibilterra qual è | GI
territory | alexa mia sorella fa la hostess a tahiti la capitale della polinesia francese | PF
territory | alexa ho visto un documentario sulla nuova caledonia la capitale come si chiama | NC
territory | alexa la mia amica si è sposata in martinica la capitale dell'isola | MQ
territory | alexa sulla crociera ai caraibi ci fermiamo a aruba qual è la capitale | AW
territory | alexa il barista fa il blue curaçao ma curaçao l'isola che capitale ha | CW
territory | alexa uè il commercialista ha un conto alle isole cayman la capitale delle cayman | KY
territory | alexa la gara di moto all'isola di man qual è la capitale dell'isola | IM
territory | alexa bon mio cugino lavora a jersey nella finanza la capitale di jersey | JE
territory | alexa lo zio marinaio è passato dalle falkland la capitale delle falkland | FK
territory | alexa mio nonno chiamava malvine le isole e la capitale delle isole malvine | FK
territory | alexa la capitale delle åland tra svezia e finlandia | AX
territory | alexa po mia cugina lavora a hong kong ha una capitale hong kong | HK
territory | alexa ho vinto al casinò di macao ma macao ha una capitale | MO
territory | alexa in antartide c'è una capitale | AQ
territory | alexa il dottore ha fatto una missione nel sahara occidentale la capitale lì qual è | EH
territory | alexa filippini e taiwanesi al lavoro la capitale di taiwan po | TW
territory | alexa la capitale dell'isola di guam dove c'è la base americana | GU
territory | alexa pota ho visto le isole cook in tv la capitale | CK
territory | alexa a scuola si parla di napoleone a sant'elena la capitale dell'isola | SH
territory | alexa mi fa il prof di scienze che alle svalbard c'è la banca dei semi la capitale delle svalbard | SJ
territory | alexa la riunione nell'oceano indiano la capitale | RE
territory | alexa la capitale di mayotte per favore | YT
territory | alexa nel caribe c'è saint martin quello francese la capitale | MF
territory | alexa la capitale delle isole vergini britanniche road town vero | VG
territory | alexa la capitale di montserrat dove c'è il vulcano | MS
territory | alexa la capitale di saint pierre e miquelon | PM
territory | alexa la capitale di tokelau po | TK
subdivision | alexa lo zio di boston dice che la capitale del massachusetts è boston è vero | US-MA
subdivision | alexa pota la capitale della california per il viaggio in camper | US-CA
subdivision | alexa socmel la capitale del texas è houston o dallas | US-TX
subdivision | alexa uè la capitale dello stato di new york non è new york city giusto | US-NY
subdivision | alexa il capoluogo della florida dove fa caldo | US-FL
subdivision | alexa mio cugino lavora a las vegas qual è la capitale del nevada | US-NV
subdivision | alexa la capitale del michigan dove fanno le macchine | US-MI
subdivision | alexa la capitale dell'ohio | US-OH
subdivision | alexa la capitale del kentucky quello del pollo fritto | US-KY
subdivision | alexa la capitale dello utah per la gita allo yellowstone | US-UT
subdivision | alexa la capitale del montana | US-MT
subdivision | alexa la capitale del vermont | US-VT
subdivision | alexa la capitale del wyoming | US-WY
subdivision | alexa ajè i miei parenti stanno in pennsylvania la capitale di là | US-PA
subdivision | alexa uè la capitale del québec dove parlano francese | CA-QC
subdivision | alexa mon oncle est au québec la capitale del québec | CA-QC
subdivision | alexa mio cugino è emigrato a toronto la capitale dell'ontario è toronto | CA-ON
subdivision | alexa la capitale della columbia britannica quella di vancouver | CA-BC
subdivision | alexa la capitale del manitoba | CA-MB
subdivision | alexa la capitale del saskatchewan | CA-SK
subdivision | alexa la capitale dello yukon dove c'era la corsa all'oro | CA-YT
subdivision | alexa also die hauptstadt von bayern cioè la capitale della baviera | DE-BY
subdivision | alexa la capitale del brandeburgo | DE-BB
subdivision | alexa la capitale del saarland | DE-SL
subdivision | alexa pota la capitale della scozia è glasgow o edimburgo | GB-SCT
subdivision | alexa la capitale del galles dove giocano a rugby | GB-WLS
subdivision | alexa la capitale dello stato di victoria dove c'è melbourne | AU-VIC
subdivision | alexa la capitale del tamil nadu po | IN-TN
subdivision | alexa la capitale del gujarat | IN-GJ
subdivision | alexa la capitale di santa catarina dove ci sono i trentini | BR-SC
subdivision | alexa la capitale del paraná | BR-PR
subdivision | alexa la capitale di pernambuco | BR-PE
subdivision | alexa la capitale dello yucatan dove ci sono i maya | MX-YUC
subdivision | alexa la capitale di nuevo león | MX-NLE
subdivision | alexa la capitale di veracruz | MX-VER
everyday-name | alexa pota la capitale dell'olanda quella dei tulipani | NL
everyday-name | alexa socmel la capitale dell'inghilterra per la gita della quinta | GB-ENG
everyday-name | alexa mio zio sta in america qual è la capitale dell'america | US
everyday-name | alexa uè la capitale degli usa per la presentazione | US
everyday-name | alexa mio figlio vuole andare negli states la capitale degli states | US
everyday-name | alexa la capitale della gran bretagna dove c'è la regina | GB
everyday-name | alexa ajè la capitale della repubblica ceca quella della birra | CZ
everyday-name | alexa il nonno dice birmania la capitale della birmania | MM
everyday-name | alexa la badante è bosniaca la capitale della bosnia | BA
everyday-name | alexa po la capitale della macedonia dove lavora mio marito | MK
everyday-name | alexa yalla la capitale degli emirati dove vado a lavorare | AE
everyday-name | alexa la capitale della nordcorea quella di kim | KP
everyday-name | alexa mia figlia ascolta il k pop la capitale della sudcorea | KR
everyday-name | alexa bine la capitale della moldova | MD
everyday-name | alexa la capitale della belarus come dicono adesso | BY
everyday-name | alexa la capitale delle fiji dove fanno rugby | FJ
everyday-name | alexa il vaticano ha una capitale | VA
everyday-name | alexa la capitale della santa sede dove sta il papa | VA
everyday-name | alexa la capitale dell'arabia quella saudita | SA
everyday-name | alexa la capitale della swaziland | SZ
everyday-name | alexa la capitale dell'olanda amsterdam | NL
official-name | alexa la capitale della repubblica federale tedesca per l'esame di tedesco | DE
official-name | alexa pota la capitale della confederazione svizzera | CH
official-name | alexa nel passaporto c'è scritto repubblica ellenica qual è la capitale | GR
official-name | alexa uè la capitale degli stati uniti d'america | US
official-name | alexa per il documento la capitale della repubblica di cipro | CY
official-name | alexa sul timbro c'è scritto regno del belgio la capitale | BE
official-name | alexa la capitale della repubblica sudafricana per il corso di inglese | ZA
official-name | alexa bon la capitale de la république française cioè della repubblica francese | FR
official-name | alexa la capitale della repubblica ceca nome ufficiale cechia | CZ
old-name | alexa mio nonno diceva sempre persia la capitale della persia com'era adesso | IR
old-name | alexa pota nel libro vecchio c'è scritto siam qual è la capitale del siam | TH
old-name | alexa il bisnonno è stato in abissinia la capitale dell'abissinia | ET
old-name | alexa lo zio missionario era nello zaire la capitale dello zaire | CD
old-name | alexa sul francobollo c'è scritto dahomey che capitale ha | BJ
old-name | alexa ajè la capitale di ceylon quella del tè | LK
old-name | alexa nel vecchio atlante c'è la rhodesia la capitale della rhodesia | ZW
old-name | alexa la capitale dell'alto volta come si chiama oggi | BF
old-name | alexa la capitale del basutoland sul francobollo del nonno | LS
old-name | alexa la capitale della kampuchea democratica | KH
old-name | alexa la capitale della russia bianca | BY
old-name | alexa la capitale dello swaziland come si chiamava prima | SZ
shared-name | alexa socmel la capitale della corea | KP+KR
shared-name | alexa pota la capitale del congo | CD+CG
shared-name | alexa uè la capitale della georgia | GE+US-GA
shared-name | alexa la capitale della georgia dove è nato stalin | GE
shared-name | alexa la capitale della georgia quella del film via col vento | US-GA
shared-name | alexa la capitale della corea quella della samsung | KR
shared-name | alexa ajè la capitale delle isole vergini | VG+VI
shared-name | alexa le capitali delle coree tutte e due | KP+KR
shared-name | alexa la capitale del congo quello ex belga | CD
shared-name | alexa po la capitale della corea | KP+KR
shared-name | alexa yalla la capitale del congo | CD+CG
shared-name | alexa la georgia americana che capitale ha | US-GA
shared-name | alexa la georgia del caucaso che capitale ha | GE
shared-name | alexa la capitale della corea del nord e della corea del sud | KP+KR
bergamaschi | alexa pota ol mè amico è dell'angola la capitale dell'angola | AO
lucani | alexa ué u parroco è stato in angola mo dimmi la capitale | AO
risiko | alexa stiamo giocando a risiko e devo conquistare {} ma qual è la capitale | l'argentina=AR; il brasile=BR; il perù=PE
risiko | alexa a risiko ho l'obiettivo di prendere {} la capitale qual è | l'egitto=EG; il madagascar=MG; il congo belga=CD
risiko | alexa mio cognato a risiko ha messo dieci carri in {} e mi chiede la capitale vera | mongolia=MN; siam=TH; giappone=JP
risiko | alexa a risiko l'ucraina è enorme ma la capitale dell'ucraina nella realtà | UA
risiko | alexa sul tabellone del risiko non c'è il portogallo la sua capitale | PT
risiko | alexa fra un turno e l'altro di risiko la capitale dell'indonesia | ID
enigmistica | alexa sulla settimana enigmistica mi chiede la capitale {} quante lettere sono | del kenya=KE; del cile=CL; della tanzania=TZ
enigmistica | alexa cruciverba orizzontale dodici la capitale {} | del perù=PE; del qatar=QA; dell'oman=OM
enigmistica | alexa nel rebus della settimana c'è la capitale {} me la dici | della norvegia=NO; della lettonia=LV; del portogallo=PT
enigmistica | alexa il nonno fa le parole crociate e non trova la capitale dell'eritrea sei lettere | ER
enigmistica | alexa ventitré verticale capitale della giordania | JO
enigmistica | alexa sul cruciverba capitale dello yemen con l'apostrofo | YE
enigmistica | alexa mi manca una parola la capitale del lesotho | LS
palestra | alexa mentre faccio gli addominali dimmi la capitale {} | della spagna=ES; dell'austria=AT; della svezia=SE
palestra | alexa sul tapis roulant ho la testa vuota la capitale {} | della francia=FR; del belgio=BE; dell'olanda=NL
palestra | alexa il personal trainer è brasiliano e vuole sapere se sai la capitale del suo paese il brasile | BR
palestra | alexa tra una serie e l'altra la capitale del camerun | CM
panetteria | alexa alle quattro di notte col forno acceso dimmi la capitale {} | della libia=LY; della siria=SY; dell'iraq=IQ
panetteria | alexa mentre impasto le crescentine la capitale {} | del ghana=GH; della nigeria=NG; del togo=TG
panetteria | alexa il ragazzo che mi aiuta al forno viene dal senegal capitale del senegal | SN
panetteria | alexa la farina è arrivata dal canada la capitale del canada intanto | CA
scout | alexa al campo scout i lupetti vogliono sapere la capitale {} | dell'islanda=IS; della finlandia=FI; della danimarca=DK
scout | alexa attorno al fuoco del campo la capitale {} chi la sa | dell'ungheria=HU; della polonia=PL; della cechia=CZ
scout | alexa il capo reparto ha fatto la gara delle capitali la capitale del nepal | NP
scout | alexa al jamboree c'erano scout del bhutan la loro capitale | BT
scout | alexa per la specialità di geografia la capitale della mongolia | MN
blablacar | alexa siamo in blablacar da bologna a milano e giochiamo la capitale {} | della croazia=HR; della serbia=RS; della slovenia=SI
blablacar | alexa l'autista del blablacar dice che sa tutte le capitali proviamo con quella {} | del turkmenistan=TM; del kirghizistan=KG; del tagikistan=TJ
blablacar | alexa in autostrada per passare il tempo la capitale dell'azerbaigian | AZ
blablacar | alexa il passeggero dietro è armeno la capitale dell'armenia | AM
biblioteca | alexa sottovoce che sono in biblioteca la capitale {} | dell'etiopia=ET; della somalia=SO; del sudan=SD
biblioteca | alexa per la tesi di storia mi serve la capitale {} | dell'afghanistan=AF; del pakistan=PK; dell'iran=IR
biblioteca | alexa la bibliotecaria non lo sa la capitale del bangladesh | BD
biblioteca | alexa nell'atlante della biblioteca manca la pagina del myanmar qual è la capitale | MM
karaoke | alexa al karaoke stanno cantando in spagnolo la capitale {} | del messico=MX; di cuba=CU; della colombia=CO
karaoke | alexa al karaoke filippino la canzone parla {} ma qual è la capitale | delle filippine=PH; del vietnam=VN; della thailandia=TH
karaoke | alexa tra una canzone e l'altra la capitale della giamaica | JM
karaoke | alexa cantiamo bob marley ma la capitale della giamaica è kingston | JM
agriturismo | alexa all'agriturismo ci sono ospiti {} la capitale del loro paese | neozelandesi=NZ; australiani=AU; sudafricani=ZA
agriturismo | alexa in vendemmia lavorano ragazzi {} la capitale di là | macedoni=MK; moldavi=MD; ucraini=UA
agriturismo | alexa gli ospiti della camera tre sono islandesi la capitale | IS
agriturismo | alexa all'agriturismo è arrivata una famiglia di israele qual è la capitale | IL
agriturismo | alexa a cena gli ospiti norvegesi mi fanno il quiz la capitale della norvegia | NO
bolognesi | alexa in montagnola al mercato un ragazzo dell'eritrea mi chiede se so la sua capitale | ER
bolognesi | alexa socmel la capitale del ciad è n'djamena | TD
bolognesi | alexa al dall'ara tifano dei ragazzi del marocco la capitale marocchina | MA
romagnoli | alexa burdèl stasera al beach volley gioca una squadra del qatar la capitale | QA
romagnoli | alexa a riccione c'è una coppia del bahrein la capitale del bahrein | BH
romagnoli | alexa al porto di ravenna scarica una nave della turchia la capitale turca | TR
milanesi | alexa uè in fiera c'è uno stand del vietnam qual è la capitale vietnamita | VN
milanesi | alexa alla bocconi c'è un erasmus da singapore singapore ha una capitale | SG
milanesi | alexa in ufficio l'it è tutto in india la capitale indiana è delhi | IN
marchigiani | alexa ao ma la capitale dell'ecuador è quito | EC
marchigiani | alexa a civitanova è sbarcato un peschereccio dalla tunisia la capitale | TN
marchigiani | alexa me dice mi moje la capitale della croazia che andiamo col traghetto da ancona a spalato | HR
umbri | alexa alla sagra della cipolla di cannara c'erano dei norvegesi la capitale norvegese | NO
umbri | alexa nella basilica di assisi ho visto un gruppo del libano la capitale libanese | LB
umbri | alexa a norcia il norcino ha un aiutante rumeno la capitale della romania | RO
lucani | alexa ajè a matera c'è una troupe iraniana che capitale c'ha l'iran | IR
lucani | alexa ué a melfi in fabbrica lavora un ragazzo del kenya la capitale kenyota | KE
lucani | alexa a policoro raccolgono le fragole dei ragazzi del mali la capitale del mali | ML
valdostani | alexa bon à courmayeur c'è un alpinista del nepal la capitale nepalese | NP
valdostani | alexa sul monte rosa ho incontrato uno scalatore polacco la capitale polacca | PL
sudtirolesi | alexa also in val gardena ci sono turisti cechi la capitale ceca | CZ
sudtirolesi | alexa ja genau la capitale della danimarca per il sudoku | DK
romeni | alexa bine la signora mi chiede la capitale del portogallo | PT
romeni | alexa da da la capitale della moldavia è chisinau giusto | MD
albanesi | alexa po në punë cioè al lavoro mi chiedono la capitale della bulgaria | BG
albanesi | alexa ore il mio capo è greco e vuole la capitale di cipro | CY
filippini | alexa ate la capitale della papua nuova guinea po | PG
filippini | alexa kuya nag tanong la capitale del brunei | BN
egiziani | alexa ya salam il mio amico è algerino la capitale dell'algeria | DZ
egiziani | alexa wallahi non ricordo la capitale della mauritania | MR
egiziani | alexa yalla la capitale degli emirati abu dhabi o dubai | AE
out-of-domain | alexa burdèl metti su radio bruno | FB
out-of-domain | alexa pota quanti punti ha l'atalanta in classifica | FB
out-of-domain | alexa uè quanto ci metto da milano a bergamo in treno | FB
out-of-domain | alexa ajè accendi la stufa | FB
out-of-domain | alexa bon quelle heure est il | FB
out-of-domain | alexa po magkano ang euro in peso | FB
out-of-domain | alexa yalla metti il corano | FB
out-of-domain | alexa quanti abitanti ha la capitale del lussemburgo | FB
out-of-domain | alexa quale capitale europea è più fredda | FB
out-of-domain | alexa le capitali di provincia delle marche | FB
out-of-domain | alexa come si chiama il sindaco di bologna | FB
out-of-domain | alexa a che ora chiude la biblioteca salaborsa | FB
yes-no-check | alexa pota la capitale della danimarca è copenaghen sì | DK
yes-no-check | alexa socmel la capitale dell'egitto è alessandria vero | EG
yes-no-check | alexa uè la capitale della svezia è stoccolma confermato | SE
yes-no-check | alexa ajè la capitale del perù è cusco o lima | PE
yes-no-check | alexa bon la capitale del marocco è rabat c'est ça | MA
yes-no-check | alexa also die capitale della slovenia è lubiana richtig | SI
yes-no-check | alexa po tama ba la capitale delle filippine è manila | PH
yes-no-check | alexa la capitale dell'etiopia è addis abeba giusto yalla | ET
follow-up | alexa pota e quella del mozambico | MZ
follow-up | alexa socmel e la bulgaria | BG
follow-up | alexa e l'albania po | AL
follow-up | alexa bon et la belgique cioè il belgio | BE
follow-up | alexa uè e adesso il giappone | JP
follow-up | alexa ajè e u brasile | BR
reverse-question | alexa pota accra è la capitale di che paese | CITY:Accra
reverse-question | alexa socmel baku di che paese è capitale | CITY:Baku
reverse-question | alexa uè manama in che paese sta la capitale | CITY:Manama
reverse-question | alexa ajè dodoma di che stato è capitale | CITY:Dodoma
reverse-question | alexa nuku'alofa è capitale di cosa po | CITY:Nuku'alofa
self-correction | alexa pota la capitale della francia anzi del belgio | BE
self-correction | alexa socmel la capitale della cina no no del giappone | JP
self-correction | alexa uè la capitale dell'india scusa del pakistan | PK
self-correction | alexa bon la capitale de la suisse non pardon de l'autriche cioè dell'austria | AT
self-correction | alexa ajè la capitale del kenya anzi dell'uganda | UG
asr-artefact | alexa la capitale della ustria | AT
asr-artefact | alexa la capitale del libano beirut | LB
asr-artefact | alexa capitale della l'ungheria | HU
asr-artefact | alexa la capitale dell norvegia | NO
asr-artefact | alexa la capitale di l'egitto | EG
yes-no-check | alexa la capitale della gran bretagna londra è giusta | GB
asr-artefact | alexa la capitale della u crai na | UA
asr-artefact | alexa la capitale del ma rocco | MA
asr-artefact | alexa la capitale della svezzia | SE
asr-artefact | alexa la capitale della finnlandia | FI
asr-artefact | alexa la capitale del portogalo | PT
asr-artefact | alexa la capitale della romanìa | RO
asr-artefact | alexa la capitale dell'arabia saudìta | SA
help | alexa socmel spiegami tu come devo chiedere | HELP
stop | alexa burdèl ho finito stop | STOP
cancel | alexa burdèl annulla va | CANCEL
launch | alexa pota fa partire capitali del mondo | LAUNCH
launch | alexa ajè apri capitali del mondo cumbà | LAUNCH
plural-capitals | alexa pota le capitali del sudafrica | ZA
plural-capitals | alexa socmel le due capitali dell'olanda | NL
plural-capitals | alexa ajè tutte le capitali della costa d'avorio | CI"""

if __name__ == "__main__":
    build_round(36, "it", LINES, sys.argv, "tests/Eval/it/round36/source/build_corpus.py")
