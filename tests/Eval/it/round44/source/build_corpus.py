"""Round 44, Italian (it-IT): a new author's own mix, written blind (brief WRITER54.md). Speakers chosen away from the
regions, groups and situations of round 43: Romani ("ahò", "daje", "famme sapé", a taxi at Piazza Venezia, Testaccio),
Napoletani ("uè", "jamme", "guagliò", "mannaggia", "azz", a pizzeria), Baresi ("ce sta", the ferry to Durrës, a
bakery), Salentini ("sine", "moi", the pizzica, Otranto), Veneziani ("ostrega", "el me nevodo", "daghe", a vaporetto,
a gondola), Bolognesi ("burdèl", "bona lè", the porticoes, tortellini, the Dall'Ara), Livornesi ("deh", "boia dé", "il
mi babbo", the port), Parmigiani (culatello, a ham client), Valdostani (French "bonjour", "merci", "s'il te plaît",
patois), South Tyroleans (German "servus", "genau", "hauptstadt", "bitte", "oder"); migrant and foreign speakers:
Albanians ("faleminderit", "shumë mirë", a building site), Romanian carers ("buna ziua", "multumesc", "gata", "lasa"),
Filipino domestic workers ("po", "ate", "salamat", "ano ba", English), Peruvians ("oye", "pe", "causa", Spanish mixed in),
Argentines ("che", "dale", "mirá", "boludo"), Nigerians (pidgin "abeg", "oga", "wetin", "no wahala"), Egyptians
("yalla", "shukran", "habibi", "inshallah", a kebab shop), Sri Lankan Tamils ("vanakkam", "nandri", selling roses in
Naples), Cubans ("qué bolá", "mi amor", salsa), American students in Florence (English mixed in). Situations: Chi vuol
essere milionario, the Settimana Enigmistica crossword, Formula 1 grands prix, the Giro d'Italia, Eurovision, the
Olympics, a pub quiz, a scout camp and jamboree, a cruise ship crew, a pharmacy, a family car trip, Duolingo, GeoGuessr,
a travel agency, the NBA, a dentist's waiting room. Plus follow-ups (said inside a session, without "alexa"), the
several-capital countries in the plural, subdivisions, territories, yes/no checks, self-corrections, reverse
questions, official, everyday and old names, shared names, launch by "capitali del mondo", help, stop, cancel and
out-of-domain requests. Every line written by hand as one utterance; no outside text consulted."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
romani | ahò alexa ma qual è la capitale {} | dell'albania=AL; della grecia=GR; della bulgaria=BG
romani | daje alexa famme sapé la capitale {} che sto a fa il cruciverba | della croazia=HR; della slovenia=SI; della bosnia=BA
romani | alexa sto in taxi a piazza venezia e il cliente chiede la capitale {} | del montenegro=ME; della macedonia del nord=MK; del kosovo=XK
romani | alexa annamo bene ma la capitale {} qual è | dell'ungheria=HU; della lituania=LT; della lettonia=LV
romani | alexa er pupo mio vuole sapé la capitale dell'estonia | EE
romani | alexa ma che ne so io dimme tu la capitale della moldavia | MD
romani | alexa so de testaccio e nun me ricordo la capitale dell'ucraina | UA
romani | alexa stamo a giocà a nomi cose città e serve la capitale della bielorussia | BY
romani | alexa ao ma il vaticano ce l'ha una capitale | VA
napoletani | uè alexa jamme qual è la capitale {} | dell'egitto=EG; della libia=LY; della tunisia=TN
napoletani | alexa guagliò dimme nu poco la capitale {} | dell'algeria=DZ; della mauritania=MR; del mali=ML
napoletani | alexa mannaggia nun me vene la capitale {} | del niger=NE; del ciad=TD; del sudan=SD
napoletani | alexa stong a fa la pizza e mio cugino vuole sapé la capitale {} | del sud sudan=SS; dell'etiopia=ET; dell'eritrea=ER
napoletani | alexa azz e la capitale di gibuti qual è | DJ
napoletani | alexa il napoli ha preso un nigeriano qual è la capitale della nigeria | NG
napoletani | alexa o nonno dice che la capitale del camerun è douala è vero | CM
napoletani | alexa a zia vuole sapé la capitale del gabon | GA
napoletani | alexa statte zitta mo basta | STOP
baresi | alexa uè ce sta la capitale {} | del senegal=SN; del gambia=GM; della guinea bissau=GW
baresi | alexa sto sul lungomare e mi chiedono la capitale {} | della guinea=GN; della sierra leone=SL; della liberia=LR
baresi | alexa la nave per durazzo parte alle dieci ma la capitale dell'albania qual è | AL
baresi | alexa il cliente del panificio è del ghana qual è la capitale | GH
baresi | alexa mia figlia fa la tesi sul togo qual è la capitale del togo | TG
baresi | alexa la capitale del benin mi pare che sono due | BJ
salentini | alexa sine dimmi la capitale {} | del burkina faso=BF; della costa d'avorio=CI; del capo verde=CV
salentini | alexa moi la capitale {} qual è | della repubblica centrafricana=CF; della guinea equatoriale=GQ; di são tomé e príncipe=ST
salentini | alexa stiamo alla pizzica e un ragazzo dice che la capitale dell'angola è luanda | AO
salentini | alexa a otranto c'è un turista della namibia qual è la sua capitale | NA
salentini | alexa e la capitale del botswana come si dice | BW
veneziani | alexa ostrega qual è la capitale {} | dello zambia=ZM; dello zimbabwe=ZW; del malawi=MW
veneziani | alexa sono in vaporetto e no me ricordo la capitale {} | del mozambico=MZ; del madagascar=MG; delle comore=KM
veneziani | alexa el me nevodo ga chiesto la capitale {} | del lesotho=LS; del ruanda=RW; del burundi=BI
veneziani | alexa in gondola c'è una coppia della tanzania qual è la capitale | TZ
veneziani | alexa daghe dimmi la capitale del kenya | KE
veneziani | alexa la capitale dell'uganda xe kampala | UG
veneziani | alexa e la capitale della somalia quella di mogadiscio giusto | SO
bolognesi | alexa burdèl qual è la capitale {} | delle seychelles=SC; di mauritius=MU; delle maldive=MV
bolognesi | alexa sotto i portici mi hanno chiesto la capitale {} | del pakistan=PK; dell'afghanistan=AF; del nepal=NP
bolognesi | alexa bona lè e la capitale {} | del bhutan=BT; del bangladesh=BD; dello sri lanka=LK
bolognesi | alexa sto mangiando i tortellini e ho un dubbio sulla capitale del myanmar | MM
bolognesi | alexa la capitale della mongolia è ulan bator vero | MN
bolognesi | alexa al dall'ara gioca un giapponese qual è la capitale del giappone | JP
livornesi | deh alexa qual è la capitale {} | della thailandia=TH; del laos=LA; della cambogia=KH
livornesi | alexa boia dé la capitale {} me la dici | del vietnam=VN; della malaysia=MY; di singapore=SG
livornesi | alexa al porto c'è una nave delle filippine qual è la capitale | PH
livornesi | alexa il mi babbo vole sapere la capitale dell'indonesia | ID
livornesi | alexa la capitale del brunei te la sai | BN
livornesi | alexa e del timor est la capitale qual è | TL
parmigiani | alexa a tavola col culatello si parla della capitale {} | dell'arabia saudita=SA; dello yemen=YE; dell'oman=OM
parmigiani | alexa la capitale {} che ho un cliente del prosciutto | degli emirati arabi uniti=AE; del qatar=QA; del bahrein=BH
parmigiani | alexa mio zio va in fiera in kuwait qual è la capitale | KW
parmigiani | alexa qual è la capitale dell'iraq che la guardavo al tg | IQ
parmigiani | alexa la capitale dell'iran è teheran no | IR
valdostani | bonjour alexa dimmi la capitale {} s'il te plaît | del belgio=BE; del lussemburgo=LU; della svizzera=CH
valdostani | alexa sono ad aosta e mia nonna parla patois qual è la capitale {} | della francia=FR; del principato di monaco=MC; di andorra=AD
valdostani | alexa merci e la capitale del canada qual è | CA
valdostani | alexa la capitale del québec è proprio québec | CA-QC
altoatesini | servus alexa qual è la capitale {} | dell'austria=AT; della germania=DE; del liechtenstein=LI
altoatesini | alexa genau la hauptstadt anzi la capitale {} | della baviera=DE-BY; del baden württemberg=DE-BW; dell'assia=DE-HE
altoatesini | alexa ich wohne in bozen ma parliamo italiano la capitale della sassonia anhalt | DE-ST
altoatesini | alexa la capitale del brandeburgo è potsdam oder | DE-BB
altoatesini | alexa wie heißt la capitale della bassa sassonia | DE-NI
altoatesini | alexa la capitale della renania palatinato bitte | DE-RP
altoatesini | alexa la capitale del saarland mi sfugge | DE-SL
altoatesini | alexa meclemburgo pomerania anteriore qual è la capitale | DE-MV
albanesi | alexa faleminderit ma dimmi la capitale {} | della turchia=TR; di cipro=CY; della georgia paese=GE
albanesi | alexa mio fratello lavora in cantiere e chiede la capitale {} | dell'armenia=AM; dell'azerbaigian=AZ; del kazakistan=KZ
albanesi | alexa shumë mirë e la capitale dell'uzbekistan | UZ
albanesi | alexa io sono di tirana e voglio sapere la capitale del turkmenistan | TM
albanesi | alexa la capitale del tagikistan come si pronuncia | TJ
albanesi | alexa la capitale del kirghizistan per favore | KG
rumeni | alexa buna ziua qual è la capitale {} | della romania=RO; della serbia=RS; della slovacchia=SK
rumeni | alexa la signora che curo vuole sapere la capitale {} | della polonia=PL; della cechia=CZ; della russia=RU
rumeni | alexa multumesc ma la capitale della moldova è chisinau giusto | MD
rumeni | alexa la badante chiede la capitale della finlandia | FI
rumeni | alexa gata basta così | STOP
rumeni | alexa lasa nu mai importa annulla | CANCEL
filippini | alexa ate wants to know qual è la capitale {} po | della corea del sud=KR; della corea del nord=KP; della cina=CN
filippini | alexa salamat po ma la capitale {} qual è | di taiwan=TW; delle isole salomone=SB; della papua nuova guinea=PG
filippini | alexa sto pulendo la casa della signora e lei chiede la capitale delle figi | FJ
filippini | alexa la capitale di palau po | PW
filippini | alexa ano ba ehm la capitale della micronesia | FM
filippini | alexa what's the capital of the philippines ah sì manila vero | PH
filippini | alexa la capitale di nauru è piccolissima vero | NR
filippini | alexa di tuvalu la capitale qual è po | TV
filippini | alexa kiribati la capitale po | KI
peruviani | alexa oye dime la capitale {} pe | del perù=PE; della bolivia=BO; della colombia=CO
peruviani | alexa causa ma la capitale {} cuál es | del venezuela=VE; dell'ecuador=EC; del cile=CL
peruviani | alexa trabajo en un ristorante a milano e il cuoco chiede la capitale del paraguay | PY
peruviani | alexa la capitale dell'uruguay es montevideo no | UY
peruviani | alexa mi hijo a scuola deve sapere le capitali della bolivia | BO
argentini | che alexa dale decime la capitale {} | dell'argentina=AR; del brasile=BR; del suriname=SR
argentini | alexa boludo no ti parlo a te la capitale della guyana | GY
argentini | alexa mi abuelo era di genova ma io sono di rosario qual è la capitale della guyana francese | GF
argentini | alexa mirá la capitale delle isole falkland quelle che noi chiamiamo malvinas | FK
argentini | alexa la capitale di panama se llama igual panama | PA
nigeriani | alexa abeg wetin be the capital {} | of ghana=GH; of cameroon=CM; of niger=NE
nigeriani | alexa oga dice che la capitale della nigeria è lagos ma è abuja vero | NG
nigeriani | alexa my sister na for italy she wan know la capitale del sierra leone | SL
nigeriani | alexa no wahala dimmi la capitale della repubblica democratica del congo | CD
egiziani | alexa yalla dimmi la capitale {} | della siria=SY; del libano=LB; della giordania=JO
egiziani | alexa shukran ma la capitale {} habibi | di israele=IL; dell'arabia saudita=SA; del sudan=SD
egiziani | alexa inshallah mio figlio passa l'esame qual è la capitale della palestina | PS
egiziani | alexa ho la kebabberia e un cliente chiede le capitali della palestina | PS
egiziani | alexa la capitale dell'egitto si dice il cairo o cairo | EG
srilankesi | alexa vanakkam qual è la capitale {} | dell'india=IN; dello sri lanka=LK; delle maldive=MV
srilankesi | alexa a napoli vendo le rose e un signore chiede le capitali dello sri lanka | LK
srilankesi | alexa colombo è ancora la capitale o no | CITY:Colombo
srilankesi | alexa la capitale del tamil nadu è chennai o madras | IN-TN
srilankesi | alexa nandri basta grazie | STOP
cubani | alexa mi amor dimmi la capitale {} | di cuba=CU; di haiti=HT; della repubblica dominicana=DO
cubani | alexa qué bolá qual è la capitale {} | della giamaica=JM; delle bahamas=BS; di barbados=BB
cubani | alexa balliamo la salsa ma prima la capitale di trinidad e tobago | TT
cubani | alexa oye la capitale di portorico è san juan | PR
cubani | alexa la capitale della grenada dove ho un'amica | GD
americani | alexa sorry my italian is bad qual è la capitale {} | degli stati uniti=US; del messico=MX; del belize=BZ
americani | alexa studio a firenze per un semestre qual è la capitale del guatemala | GT
americani | alexa like what's la capitale dell'honduras | HN
americani | alexa io sono di ohio e non so la capitale di ohio | US-OH
americani | alexa the capital of el salvador è san salvador right | SV
americani | alexa la capitale del nicaragua please | NI
americani | alexa la capitale del costa rica è san josé o san juan | CR
americani | alexa okay stop stop | STOP
milionario | alexa sono a chi vuol essere milionario da casa la domanda è la capitale {} | del portogallo=PT; della spagna=ES; dell'irlanda=IE
milionario | alexa gerry scotti ha chiesto la capitale {} e io ho detto oslo | della norvegia=NO; della svezia=SE; della danimarca=DK
milionario | alexa aiuto da casa qual è la capitale dell'islanda | IS
milionario | alexa l'accendino per la domanda da un milione la capitale di dominica | DM
milionario | alexa la risposta c'era roseau o castries la capitale di saint lucia | LC
enigmistica | alexa sulla settimana enigmistica c'è capitale {} in sei lettere | del kenya=KE; del perù=PE; del qatar=QA
enigmistica | alexa cruciverba orizzontale dodici capitale {} | di saint vincent e grenadine=VC; di saint kitts e nevis=KN; di antigua e barbuda=AG
enigmistica | alexa il rebus dice capitale delle samoa | WS
enigmistica | alexa capitale di tonga nel cruciverba | TO
enigmistica | alexa verticale tre la capitale di vanuatu | VU
enigmistica | alexa ho finito la pagina della sfinge mi manca la capitale delle isole marshall | MH
formulauno | alexa il gran premio è in {} qual è la capitale | bahrein=BH; azerbaigian=AZ; arabia saudita=SA
formulauno | alexa leclerc corre in {} e voglio sapere la capitale | ungheria=HU; olanda=NL; belgio=BE
formulauno | alexa il gran premio di monaco si corre nella capitale del principato giusto | MC
formulauno | alexa la ferrari va in australia qual è la capitale | AU
formulauno | alexa ma la capitale del canada è montreal dove si corre | CA
giro | alexa il giro d'italia parte dall'estero quest'anno dalla {} qual è la capitale | danimarca=DK; ungheria=HU; albania=AL
giro | alexa pogacar è sloveno qual è la capitale della slovenia | SI
giro | alexa il corridore dell'eritrea al giro qual è la capitale | ER
eurovisione | alexa all'eurovision vota {} qual è la capitale | la moldavia=MD; l'armenia=AM; la lettonia=LV
eurovisione | alexa ha vinto la svezia ancora qual è la capitale | SE
eurovisione | alexa quest'anno l'eurovision è a basilea ma qual è la capitale della svizzera | CH
eurovisione | alexa il cantante di san marino vive nella capitale quale | SM
eurovisione | alexa la capitale di malta che partecipa sempre | MT
olimpiadi | alexa alle olimpiadi sfila {} qual è la capitale | l'uganda=UG; il lesotho=LS; l'eswatini=SZ
olimpiadi | alexa il velocista della giamaica vive nella capitale kingston giusto | JM
olimpiadi | alexa la nuova zelanda ha vinto il rugby qual è la capitale | NZ
olimpiadi | alexa la maratona l'ha vinta un etiope qual è la capitale dell'etiopia | ET
olimpiadi | alexa le capitali del sudafrica per la cerimonia | ZA
pubquiz | alexa siamo al pub quiz di giovedì la domanda è la capitale {} | del marocco=MA; del sahara occidentale=EH; della repubblica del congo=CG
pubquiz | alexa abbiamo scritto canberra per la capitale australiana giusto | AU
pubquiz | alexa il quiz chiede le capitali della costa d'avorio | CI
pubquiz | alexa nel round finale le capitali della malaysia | MY
scout | alexa siamo al campo scout e il capo reparto chiede la capitale {} | dei paesi bassi=NL; del regno unito=GB; dell'italia=IT
scout | alexa al jamboree c'è un ragazzo dello swaziland qual è la capitale | SZ
scout | alexa la squadriglia aquile vuole le capitali dei paesi bassi | NL
scout | alexa intorno al fuoco la capitale del sudafrica ce ne sono tre vero | ZA
crociera | alexa sono un cameriere sulla nave da crociera domani arriviamo {} qual è la capitale | alle bahamas=BS; in giamaica=JM; alle barbados=BB
crociera | alexa la nave fa scalo in {} e voglio sapere la capitale | grecia=GR; turchia=TR; croazia=HR
crociera | alexa lavoro in sala macchine sono dell'indonesia la capitale è giacarta vero | ID
crociera | alexa la capitale delle isole cayman dove attracchiamo | KY
crociera | alexa domani siamo a curaçao qual è la capitale | CW
crociera | alexa la capitale di aruba per l'escursione | AW
crociera | alexa saint martin la parte francese qual è la capitale | MF
crociera | alexa e la parte olandese sint maarten che capitale ha | SX
farmacia | alexa in farmacia è entrato un cliente {} e mi chiedo la capitale | dal bangladesh=BD; dalla cina=CN; dal pakistan=PK
farmacia | alexa mentre preparo la galenica qual è la capitale del ciad | TD
farmacia | alexa il vaccino per la febbre gialla serve per il camerun qual è la capitale | CM
macchina | alexa siamo in macchina verso la puglia i bimbi chiedono la capitale {} | della francia=FR; della spagna=ES; della germania=DE
macchina | alexa papà dice che la capitale dell'australia è sydney io dico canberra | AU
macchina | alexa mamma quanto manca no alexa qual è la capitale del brasile | BR
macchina | alexa facciamo il gioco delle capitali quella del cile | CL
macchina | alexa il piccolo chiede la capitale dell'antartide | AQ
duolingo | alexa sto imparando il portoghese su duolingo qual è la capitale {} | dell'angola=AO; del mozambico=MZ; di capo verde=CV
duolingo | alexa faccio lo svedese con la civetta verde la capitale della svezia | SE
duolingo | alexa ho fatto trecento giorni di streak di finlandese qual è la capitale | FI
geoguessr | alexa gioco a geoguessr e sono finito {} qual è la capitale | in mongolia=MN; in kirghizistan=KG; in bhutan=BT
geoguessr | alexa dalle targhe sembra l'estonia qual è la capitale | EE
geoguessr | alexa la macchina di google è in ruanda dimmi la capitale | RW
geoguessr | alexa sono su un'isola credo le isole fær øer qual è la capitale | FO
agenzia | alexa lavoro in agenzia viaggi e il cliente vuole andare {} qual è la capitale | in tanzania=TZ; in kenya=KE; in madagascar=MG
agenzia | alexa ho un pacchetto per la polinesia francese qual è la capitale | PF
agenzia | alexa la cliente vuole la nuova caledonia che capitale ha | NC
agenzia | alexa viaggio di gruppo in uzbekistan la capitale è samarcanda | UZ
agenzia | alexa la capitale della giordania per il tour di petra | JO
agenzia | alexa la capitale del vietnam per il volo | VN
nba | alexa il pivot dei lakers è del sud sudan qual è la capitale | SS
nba | alexa giannis è di origine nigeriana ma cresciuto in grecia la capitale della grecia | GR
nba | alexa il playmaker è canadese dell'ontario qual è la capitale dell'ontario | CA-ON
nba | alexa i bucks sono del wisconsin qual è la capitale del wisconsin | US-WI
nba | alexa i celtics giocano nella capitale del massachusetts giusto | US-MA
nba | alexa gli spurs sono del texas ma la capitale è austin | US-TX
dentista | alexa sono in sala d'attesa dal dentista dimmi la capitale {} | della lituania=LT; della bielorussia=BY; dell'ucraina=UA
dentista | alexa mentre aspetto la capitale del tagikistan | TJ
follow-up | e quella {} | del portogallo allora=PT; dell'irlanda invece=IE; della grecia poi=GR
follow-up | ok e {} | la norvegia=NO; il marocco=MA; la tunisia=TN
follow-up | adesso dimmi {} | l'austria=AT; la polonia=PL; il belgio=BE
follow-up | e per {} | il messico=MX; il canada=CA; il giappone=JP
follow-up | va bene e la capitale {} allora | dell'egitto=EG; dell'india=IN; della cina=CN
follow-up | poi quella {} | del kenya=KE; del ghana=GH; della somalia=SO
follow-up | perfetto adesso la {} | danimarca=DK; svezia=SE; finlandia=FI
follow-up | grazie e ora {} | l'argentina=AR; il cile=CL; il perù=PE
follow-up | e invece {} che capitale ha | la bolivia=BO; il venezuela=VE; l'ecuador=EC
follow-up | un'altra {} | la colombia=CO; il paraguay=PY; l'uruguay=UY
follow-up | e quella dell'arabia saudita | SA
follow-up | e degli emirati | AE
follow-up | mi dici anche quella della turchia | TR
follow-up | ancora una la siria | SY
follow-up | e poi l'iraq | IQ
follow-up | l'ultima il libano | LB
follow-up | e la mongolia invece | MN
follow-up | ah ok e l'uzbekistan | UZ
follow-up | proviamo con il kazakistan | KZ
follow-up | e il nepal | NP
follow-up | bene e lo yemen | YE
follow-up | sì e l'oman | OM
follow-up | dai e la thailandia | TH
follow-up | adesso la cambogia | KH
follow-up | e le filippine | PH
follow-up | e quella della nuova zelanda | NZ
follow-up | e dell'australia | AU
follow-up | e della papua | PG
follow-up | allora la croazia | HR
follow-up | e la slovacchia | SK
follow-up | poi la serbia | RS
follow-up | e il montenegro | ME
follow-up | e la bosnia | BA
follow-up | ok adesso il kosovo | XK
follow-up | e la romania | RO
follow-up | e la bulgaria | BG
follow-up | poi il lussemburgo | LU
follow-up | e il liechtenstein | LI
follow-up | e invece il senegal | SN
follow-up | e la nigeria | NG
follow-up | e il sudafrica quali sono | ZA
follow-up | e la capitale della scozia | GB-SCT
follow-up | e del galles | GB-WLS
follow-up | e la baviera | DE-BY
follow-up | e la california | US-CA
follow-up | e il texas invece | US-TX
follow-up | e l'ontario | CA-ON
follow-up | e il queensland | AU-QLD
follow-up | e il kerala | IN-KL
follow-up | e lo yucatán | MX-YUC
follow-up | e bahia | BR-BA
follow-up | e la groenlandia | GL
follow-up | e portorico | PR
follow-up | ripeti quella dell'etiopia | ET
follow-up | no dicevo l'eritrea | ER
follow-up | passiamo al mali | ML
follow-up | il prossimo è il niger | NE
follow-up | adesso il burkina | BF
follow-up | e la tanzania | TZ
follow-up | e l'angola | AO
plural-capitals | alexa quali sono le capitali {} | del sudafrica=ZA; della bolivia=BO; del benin=BJ
plural-capitals | alexa dimmi tutte le capitali {} | della costa d'avorio=CI; della malaysia=MY; dello sri lanka=LK
plural-capitals | alexa elencami le capitali {} | dei paesi bassi=NL; dell'eswatini=SZ; della palestina=PS
plural-capitals | alexa quante capitali ha {} e quali | il sudafrica=ZA; la bolivia=BO; l'olanda=NL
plural-capitals | alexa le due capitali {} | del jammu e kashmir=IN-JK; dell'uttarakhand=IN-UK; di montserrat=MS
plural-capitals | alexa mia nipote dice che il sudafrica ha tre capitali quali sono | ZA
plural-capitals | alexa la bolivia ha sucre e la paz tutte e due capitali vero | BO
plural-capitals | alexa il benin ha porto novo e cotonou quali sono le capitali | BJ
plural-capitals | alexa la costa d'avorio ha due capitali dimmele | CI
plural-capitals | alexa putrajaya e kuala lumpur sono entrambe capitali della malaysia | MY
plural-capitals | alexa quali sono le capitali dello sri lanka quella amministrativa e quella commerciale | LK
plural-capitals | alexa l'olanda ha amsterdam e l'aia quale è la capitale vera | NL
plural-capitals | alexa lo swaziland ha due capitali come si chiamano | SZ
plural-capitals | alexa le capitali del jammu e kashmir d'estate e d'inverno | IN-JK
plural-capitals | alexa dehradun e gairsain sono le capitali dell'uttarakhand | IN-UK
plural-capitals | alexa montserrat ha una capitale abbandonata e una nuova quali | MS
plural-capitals | alexa le capitali della palestina ramallah e gerusalemme est | PS
plural-capitals | alexa e le capitali del sudafrica chi se le ricorda | ZA
plural-capitals | alexa tutte le capitali della bolivia per la verifica | BO
plural-capitals | alexa capitali del benin al plurale | BJ
subdivision | alexa mio figlio fa l'anno all'estero in {} qual è la capitale dello stato | alabama=US-AL; arkansas=US-AR; arizona=US-AZ
subdivision | alexa qual è la capitale {} negli stati uniti | del colorado=US-CO; del connecticut=US-CT; del delaware=US-DE
subdivision | alexa la capitale {} non è quella che penso vero | della florida=US-FL; dell'illinois=US-IL; della pennsylvania=US-PA
subdivision | alexa capitale dello stato {} | dell'iowa=US-IA; dell'idaho=US-ID; dell'indiana=US-IN
subdivision | alexa sto guardando una serie ambientata in {} qual è la capitale | kansas=US-KS; kentucky=US-KY; louisiana=US-LA
subdivision | alexa mia cugina ha sposato uno {} qual è la capitale | del maryland=US-MD; del maine=US-ME; del michigan=US-MI
subdivision | alexa capitale {} per il compito di geografia | del minnesota=US-MN; del missouri=US-MO; del mississippi=US-MS
subdivision | alexa la capitale {} me la ripeti | del montana=US-MT; della carolina del nord=US-NC; del dakota del nord=US-ND
subdivision | alexa stiamo facendo coast to coast e passiamo {} qual è la capitale | dal nebraska=US-NE; dal nevada=US-NV; dal nuovo messico=US-NM
subdivision | alexa un mio ex collega vive {} che capitale ha | nel new hampshire=US-NH; nel new jersey=US-NJ; nello stato di new york=US-NY
subdivision | alexa la capitale {} qual è | dell'oklahoma=US-OK; dell'oregon=US-OR; del rhode island=US-RI
subdivision | alexa dimmi la capitale {} perché non la so | della carolina del sud=US-SC; del dakota del sud=US-SD; del tennessee=US-TN
subdivision | alexa i mormoni stanno nello utah qual è la capitale | US-UT
subdivision | alexa la capitale della virginia quella dei confederati | US-VA
subdivision | alexa la capitale del vermont dove fanno lo sciroppo d'acero | US-VT
subdivision | alexa la capitale dello stato di washington non washington la città | US-WA
subdivision | alexa qual è la capitale della virginia occidentale | US-WV
subdivision | alexa capitale del wyoming quella dei cowboy | US-WY
subdivision | alexa la capitale delle hawaii è honolulu | US-HI
subdivision | alexa qual è la capitale dell'alaska dove ci sono gli orsi | US-AK
subdivision | alexa la capitale della georgia americana quella di atlanta | US-GA
subdivision | alexa qual è la capitale della provincia {} in canada | dell'alberta=CA-AB; del manitoba=CA-MB; del saskatchewan=CA-SK
subdivision | alexa mia zia è emigrata {} qual è la capitale | in nuova scozia=CA-NS; nel nuovo brunswick=CA-NB; a terranova=CA-NL
subdivision | alexa la capitale {} in canada | dell'isola del principe edoardo=CA-PE; dei territori del nord ovest=CA-NT; del nunavut=CA-NU
subdivision | alexa capitale della columbia britannica è vancouver | CA-BC
subdivision | alexa lo yukon della corsa all'oro che capitale ha | CA-YT
subdivision | alexa la capitale dello stato australiano {} | del victoria=AU-VIC; dell'australia meridionale=AU-SA; dell'australia occidentale=AU-WA
subdivision | alexa la capitale della tasmania quella del diavolo | AU-TAS
subdivision | alexa qual è la capitale del territorio del nord in australia | AU-NT
subdivision | alexa il nuovo galles del sud ha come capitale sydney | AU-NSW
subdivision | alexa il territorio della capitale australiana che capitale ha | AU-ACT
subdivision | alexa la capitale dello stato indiano {} | del bihar=IN-BR; dell'assam=IN-AS; del gujarat=IN-GJ
subdivision | alexa capitale {} in india | del karnataka=IN-KA; del telangana=IN-TS; dell'andhra pradesh=IN-AP
subdivision | alexa mio marito lavora con uno {} chiedi la capitale | dell'uttar pradesh=IN-UP; del madhya pradesh=IN-MP; del bengala occidentale=IN-WB
subdivision | alexa la capitale dell'odisha | IN-OD
subdivision | alexa e la capitale del jharkhand | IN-JH
subdivision | alexa capitale del chhattisgarh | IN-CG
subdivision | alexa la capitale dell'himachal pradesh dove si va in montagna | IN-HP
subdivision | alexa la capitale del sikkim vicino all'himalaya | IN-SK
subdivision | alexa dimmi le capitali del nord est indiano partiamo dal meghalaya | IN-ML
subdivision | alexa qual è la capitale del manipur | IN-MN
subdivision | alexa la capitale del mizoram | IN-MZ
subdivision | alexa la capitale del nagaland | IN-NL
subdivision | alexa la capitale del tripura | IN-TR
subdivision | alexa e dell'arunachal pradesh | IN-AR
subdivision | alexa il ladakh che capitale ha | IN-LA
subdivision | alexa la capitale delle isole andamane e nicobare | IN-AN
subdivision | alexa pondicherry è capitale di sé stessa | IN-PY
subdivision | alexa la capitale delle laccadive | IN-LD
subdivision | alexa capitale di dadra e nagar haveli e daman e diu | IN-DH
subdivision | alexa la capitale dell'haryana | IN-HR
subdivision | alexa qual è la capitale dello stato brasiliano {} | di pernambuco=BR-PE; del ceará=BR-CE; dell'amazonas=BR-AM
subdivision | alexa la capitale {} in brasile | del paraná=BR-PR; di santa catarina=BR-SC; del rio grande do sul=BR-RS
subdivision | alexa il calciatore viene {} qual è la capitale dello stato | dal goiás=BR-GO; dal maranhão=BR-MA; dal piauí=BR-PI
subdivision | alexa qual è la capitale {} in brasile | dell'acre=BR-AC; dell'alagoas=BR-AL; dell'amapá=BR-AP
subdivision | alexa il mio amico brasiliano chiede la capitale {} | dello stato di rio de janeiro=BR-RJ; dello stato di san paolo=BR-SP; del mato grosso=BR-MT
subdivision | alexa capitale del mato grosso do sul | BR-MS
subdivision | alexa la capitale della paraíba | BR-PB
subdivision | alexa capitale del tocantins | BR-TO
subdivision | alexa e la capitale di rondônia | BR-RO
subdivision | alexa capitale di roraima | BR-RR
subdivision | alexa la capitale del pará dove c'è belém | BR-PA
subdivision | alexa la capitale dello stato di espírito santo | BR-ES
subdivision | alexa la capitale del rio grande do norte | BR-RN
subdivision | alexa sergipe che capitale ha | BR-SE
subdivision | alexa il distretto federale brasiliano che capitale ha | BR-DF
subdivision | alexa qual è la capitale dello stato messicano {} | di oaxaca=MX-OAX; di puebla=MX-PUE; di veracruz=MX-VER
subdivision | alexa la capitale {} in messico | della bassa california=MX-BCN; della bassa california del sud=MX-BCS; di sonora=MX-SON
subdivision | alexa il narcos della serie viene {} qual è la capitale | da sinaloa=MX-SIN; da chihuahua=MX-CHH; da durango=MX-DUR
subdivision | alexa la capitale {} stato del messico | di guanajuato=MX-GUA; di querétaro=MX-QUE; di zacatecas=MX-ZAC
subdivision | alexa la capitale {} per favore | di quintana roo=MX-ROO; di campeche=MX-CAM; di tabasco=MX-TAB
subdivision | alexa e la capitale {} | di coahuila=MX-COA; di tamaulipas=MX-TAM; di san luis potosí=MX-SLP
subdivision | alexa la capitale {} in messico qual è | di michoacán=MX-MIC; di morelos=MX-MOR; di guerrero=MX-GRO
subdivision | alexa ma che capitale ha lo stato {} | di hidalgo=MX-HID; di nayarit=MX-NAY; di tlaxcala=MX-TLA
subdivision | alexa la capitale di colima | MX-COL
subdivision | alexa la capitale di aguascalientes | MX-AGU
subdivision | alexa lo stato del messico quello attorno alla capitale che capitale ha | MX-MEX
subdivision | alexa la capitale di jalisco quella del mariachi | MX-JAL
subdivision | alexa la capitale di nuevo león | MX-NLE
subdivision | alexa chiapas capitale | MX-CHP
subdivision | alexa la capitale dell'inghilterra | GB-ENG
subdivision | alexa capitale dell'irlanda del nord | GB-NIR
subdivision | alexa la capitale della scozia è edimburgo o glasgow | GB-SCT
subdivision | alexa cardiff è la capitale del galles | GB-WLS
subdivision | alexa la capitale di amburgo come land | DE-HH
subdivision | alexa brema come stato federato ha una capitale | DE-HB
subdivision | alexa berlino come land qual è la capitale | DE-BE
subdivision | alexa capitale della turingia | DE-TH
subdivision | alexa capitale della sassonia | DE-SN
subdivision | alexa la capitale dello schleswig holstein | DE-SH
subdivision | alexa la capitale della renania settentrionale vestfalia è düsseldorf | DE-NW
subdivision | alexa il mio amico mineiro dice che la capitale di minas gerais è belo horizonte è giusto | BR-MG
subdivision | alexa chandigarh come territorio dell'unione che capitale ha | IN-CH
subdivision | alexa il territorio di delhi ha come capitale nuova delhi | IN-DL
subdivision | alexa andiamo a goa a capodanno qual è la capitale dello stato | IN-GA
subdivision | alexa il ragazzo dei campi viene dal punjab indiano che capitale ha il suo stato | IN-PB
subdivision | alexa jaipur è la capitale del rajasthan o è udaipur | IN-RJ
territories | alexa qual è la capitale {} che ci vado per lavoro | delle bermuda=BM; di anguilla=AI; delle isole turks e caicos=TC
territories | alexa la capitale {} territorio francese | della guadalupa=GP; della martinica=MQ; della riunione=RE
territories | alexa la capitale {} isola | di mayotte=YT; di saint barthélemy=BL; di wallis e futuna=WF
territories | alexa la capitale {} dipendenza della corona | di jersey=JE; di guernsey=GG; dell'isola di man=IM
territories | alexa la capitale {} nel pacifico | di guam=GU; delle samoa americane=AS; delle isole marianne settentrionali=MP
territories | alexa le {} che capitale hanno | isole cook=CK; isole pitcairn=PN; isole cocos=CC
territories | alexa la capitale di niue | NU
territories | alexa tokelau ha una capitale | TK
territories | alexa la capitale dell'isola di natale christmas island | CX
territories | alexa la capitale dell'isola norfolk | NF
territories | alexa la capitale di sant'elena dove è morto napoleone | SH
territories | alexa la capitale delle isole åland | AX
territories | alexa svalbard la capitale dove c'è la banca dei semi | SJ
territories | alexa la capitale di saint pierre e miquelon | PM
territories | alexa la capitale dei caraibi olandesi bonaire | BQ
territories | alexa la capitale della georgia del sud e sandwich australi | GS
territories | alexa il territorio britannico dell'oceano indiano ha una capitale | IO
territories | alexa le terre australi francesi che capitale hanno | TF
territories | alexa la capitale delle isole vergini americane | VI
territories | alexa la capitale delle isole vergini britanniche | VG
territories | alexa la capitale di gibilterra | GI
territories | alexa la capitale della groenlandia che la vuole trump | GL
territories | alexa hong kong ha una capitale | HK
territories | alexa qual è la capitale di macao | MO
territories | alexa la capitale dell'isola bouvet | BV
territories | alexa le isole heard e mcdonald hanno una capitale | HM
territories | alexa la capitale delle isole minori esterne degli stati uniti | UM
territories | alexa la capitale del distretto di columbia | US-DC
territories | alexa la città del messico come entità federale ha una capitale | MX-CMX
territories | alexa la capitale della guyana francese è caienna | GF
out-of-domain | alexa che tempo fa domani a roma | FB
out-of-domain | alexa metti la sveglia alle sette | FB
out-of-domain | alexa accendi la luce del salotto | FB
out-of-domain | alexa metti radio deejay | FB
out-of-domain | alexa quanti abitanti ha la francia | FB
out-of-domain | alexa qual è la lingua ufficiale del brasile | FB
out-of-domain | alexa che moneta usano in svizzera | FB
out-of-domain | alexa quanto è lungo il nilo | FB
out-of-domain | alexa qual è la montagna più alta d'africa | FB
out-of-domain | alexa chi è il presidente degli stati uniti | FB
out-of-domain | alexa che ore sono a tokyo adesso | FB
out-of-domain | alexa il prefisso telefonico dell'albania | FB
out-of-domain | alexa qual è il capoluogo della puglia | FB
out-of-domain | alexa il capoluogo del veneto è venezia | FB
out-of-domain | alexa la capitale della lombardia | FB
out-of-domain | alexa qual è il capoluogo della valle d'aosta | FB
out-of-domain | alexa la capitale della romagna è forlì o ravenna | FB
out-of-domain | alexa la capitale del salento | FB
out-of-domain | alexa qual è la capitale del regno di napoli | FB
out-of-domain | alexa la capitale dello stato pontificio | FB
out-of-domain | alexa la capitale della serenissima | FB
out-of-domain | alexa la capitale dell'impero romano d'oriente | FB
out-of-domain | alexa la capitale dell'impero ottomano | FB
out-of-domain | alexa qual era la capitale degli aztechi | FB
out-of-domain | alexa la capitale degli inca | FB
out-of-domain | alexa la capitale della prussia | FB
out-of-domain | alexa la capitale della germania est | FB
out-of-domain | alexa la capitale del granducato di toscana | FB
out-of-domain | alexa la capitale della repubblica di venezia | FB
out-of-domain | alexa la capitale di westeros | FB
out-of-domain | alexa la capitale di narnia | FB
out-of-domain | alexa la capitale della terra di mezzo | FB
out-of-domain | alexa qual è la capitale di wakanda | FB
out-of-domain | alexa la capitale di atlantide | FB
out-of-domain | alexa la capitale del paese dei balocchi | FB
out-of-domain | alexa la capitale di panem negli hunger games | FB
out-of-domain | alexa la capitale di hogwarts | FB
out-of-domain | alexa la capitale della catalogna | FB
out-of-domain | alexa la capitale dei paesi baschi | FB
out-of-domain | alexa la capitale della normandia | FB
out-of-domain | alexa la capitale della siberia | FB
out-of-domain | alexa la capitale del kurdistan | FB
out-of-domain | alexa la capitale della patagonia | FB
out-of-domain | alexa la capitale dell'abcasia | FB
out-of-domain | alexa la capitale dell'ossezia del sud | FB
out-of-domain | alexa la capitale del nagorno karabakh | FB
out-of-domain | alexa la capitale di cipro nord | FB
out-of-domain | alexa la capitale della cecenia | FB
out-of-domain | alexa la capitale del tatarstan | FB
out-of-domain | alexa la capitale della sicilia araba | FB
out-of-domain | alexa la capitale della florida spagnola | FB
out-of-domain | alexa la capitale dell'europa | FB
out-of-domain | alexa qual è la capitale dell'africa | FB
out-of-domain | alexa la capitale dell'asia | FB
out-of-domain | alexa la capitale della luna | FB
out-of-domain | alexa la capitale di marte | FB
out-of-domain | alexa la capitale del mondo | FB
out-of-domain | alexa la capitale europea della cultura di quest'anno | FB
out-of-domain | alexa la capitale italiana della cultura | FB
out-of-domain | alexa la capitale mondiale del libro | FB
out-of-domain | alexa qual è la capitale della moda | FB
out-of-domain | alexa la capitale della pizza | FB
out-of-domain | alexa la capitale del tortellino | FB
out-of-domain | alexa la capitale del cioccolato | FB
out-of-domain | alexa la capitale della mozzarella di bufala | FB
out-of-domain | alexa qual è la capitale del tango | FB
out-of-domain | alexa la capitale mondiale del surf | FB
out-of-domain | alexa quanto capitale serve per aprire una srl | FB
out-of-domain | alexa cos'è il capitale sociale | FB
out-of-domain | alexa chi ha scritto il capitale | FB
out-of-domain | alexa i sette peccati capitali | FB
out-of-domain | alexa la lettera maiuscola si chiama capitale | FB
out-of-domain | alexa la pena capitale esiste ancora in america | FB
out-of-domain | alexa metti la canzone capitale di tedua | FB
out-of-domain | alexa il film mafia capitale | FB
out-of-domain | alexa le notizie di roma capitale | FB
out-of-domain | alexa il capitale umano è un film di virzì | FB
out-of-domain | alexa capitale iniziale per il mutuo | FB
out-of-domain | alexa quanto fa sette per otto | FB
out-of-domain | alexa raccontami una barzelletta | FB
out-of-domain | alexa aggiungi il latte alla lista della spesa | FB
out-of-domain | alexa chiama la mamma | FB
out-of-domain | alexa metti un timer di dieci minuti per la pasta | FB
out-of-domain | alexa come si dice grazie in giapponese | FB
out-of-domain | alexa traduci capitale in inglese | FB
out-of-domain | alexa quanti chilometri ci sono da milano a parigi | FB
out-of-domain | alexa che bandiera ha il portogallo | FB
out-of-domain | alexa di che colore è la bandiera del brasile | FB
out-of-domain | alexa qual è l'inno della francia | FB
out-of-domain | alexa chi ha vinto il campionato | FB
out-of-domain | alexa a che ora gioca l'inter | FB
out-of-domain | alexa apri spotify | FB
out-of-domain | alexa apri la skill del meteo | FB
out-of-domain | alexa avvia quiz di geografia | FB
out-of-domain | alexa apri bandiere del mondo | FB
out-of-domain | alexa ordina le crocchette del gatto | FB
out-of-domain | alexa dove è il mio pacco | FB
out-of-domain | alexa abbassa il volume | FB
out-of-domain | alexa la ricetta della carbonara | FB
out-of-domain | alexa chi ha fondato roma | FB
out-of-domain | alexa qual è la città più grande del mondo | FB
out-of-domain | alexa qual è il paese più piccolo del mondo | FB
out-of-domain | alexa quante sono le capitali europee | FB
out-of-domain | alexa quale capitale è la più fredda | FB
out-of-domain | alexa qual è la capitale più alta del mondo | FB
out-of-domain | alexa il fuso orario di new york | FB
out-of-domain | alexa quanti stati ci sono in africa | FB
out-of-domain | alexa il pil della germania | FB
out-of-domain | alexa chi è il re di spagna | FB
out-of-domain | alexa quando è nata la repubblica italiana | FB
out-of-domain | alexa mi serve il visto per la tunisia | FB
out-of-domain | alexa quanto costa un volo per lisbona | FB
out-of-domain | alexa il capoluogo di provincia di lecce | FB
out-of-domain | alexa la capitale del brianza | FB
out-of-domain | alexa la capitale del chianti | FB
out-of-domain | alexa la capitale della padania | FB
out-of-domain | alexa la capitale della lapponia | FB
out-of-domain | alexa la capitale della scandinavia | FB
out-of-domain | alexa la capitale dei balcani | FB
out-of-domain | alexa la capitale della confederazione sudista | FB
out-of-domain | alexa la capitale di sparta | FB
out-of-domain | alexa la capitale dei sanniti | FB
out-of-domain | alexa la capitale dei longobardi | FB
out-of-domain | alexa la capitale del regno di gerusalemme dei crociati | FB
out-of-domain | alexa la capitale della cornovaglia | FB
out-of-domain | alexa la capitale della sardegna è cagliari | FB
out-of-domain | alexa la capitale delle baleari | FB
out-of-domain | alexa la capitale di bali | FB
out-of-domain | alexa la capitale di tenerife | FB
out-of-domain | alexa la capitale della costa smeralda | FB
out-of-domain | alexa la capitale di gotham city | FB
out-of-domain | alexa la capitale di springfield dei simpson | FB
out-of-domain | alexa la capitale del regno di fantàsia | FB
out-of-domain | alexa la capitale dell'isola che non c'è | FB
out-of-domain | alexa ti voglio bene | FB
out-of-domain | alexa sei sposata | FB
out-of-domain | alexa quanti anni hai | FB
out-of-domain | alexa fammi un caffè | FB
out-of-domain | alexa com'è il traffico in tangenziale | FB
out-of-domain | alexa leggi le notizie | FB
out-of-domain | alexa quali capitali ho sbagliato ieri | FB
out-of-domain | alexa qual è il punteggio della partita di basket | FB
out-of-domain | alexa dove si trova la capitale cioè in che continente è il perù | FB
out-of-domain | alexa quanti abitanti ha tokyo | FB
out-of-domain | alexa qual è il fiume che passa per budapest | FB
out-of-domain | ahò alexa ma a che ora chiude il colosseo stasera | FB
out-of-domain | alexa daje famme sentì l'inno della roma | FB
out-of-domain | alexa quanto ci metto da termini a fiumicino col treno | FB
out-of-domain | alexa er capoluogo der lazio è roma o rieti | FB
out-of-domain | uè alexa jamme metti nino d'angelo | FB
out-of-domain | alexa quando gioca il napoli in champions | FB
out-of-domain | alexa mannaggia quanto tempo deve lievitare la pizza | FB
out-of-domain | alexa qual è la capitale della pizza napoletana nel mondo | FB
out-of-domain | alexa la capitale del regno delle due sicilie era napoli o palermo | FB
out-of-domain | alexa uè quanto costa il traghetto da bari a durazzo | FB
out-of-domain | alexa ce sta il vento oggi a polignano | FB
out-of-domain | alexa sine metti la pizzica forte | FB
out-of-domain | alexa qual è la capitale del barocco leccese | FB
out-of-domain | alexa ostrega c'è acqua alta domani a venezia | FB
out-of-domain | alexa il capoluogo del friuli che i veneziani chiamano furlania | FB
out-of-domain | alexa burdèl metti i nomadi | FB
out-of-domain | alexa la capitale della mortadella è bologna vero | FB
out-of-domain | alexa quanto manca alla partita del bologna | FB
out-of-domain | alexa deh dimmi le previsioni del mare a livorno | FB
out-of-domain | alexa la capitale del cacciucco | FB
out-of-domain | alexa quanto stagiona un culatello | FB
out-of-domain | alexa la capitale della food valley | FB
out-of-domain | alexa bonjour quelle heure est-il | FB
out-of-domain | alexa la capitale della valle d'aosta è aosta | FB
out-of-domain | alexa servus wie wird das wetter morgen in bozen | FB
out-of-domain | alexa la hauptstadt del tirolo è innsbruck | FB
out-of-domain | alexa la capitale del sudtirolo è bolzano | FB
out-of-domain | alexa faleminderit metti musica albanese | FB
out-of-domain | alexa la capitale dell'illiria antica | FB
out-of-domain | alexa buna ziua chiama mia figlia a bucarest | FB
out-of-domain | alexa la capitale della transilvania | FB
out-of-domain | alexa la capitale di dracula | FB
out-of-domain | alexa anong oras na po che ore sono | FB
out-of-domain | alexa la capitale di mindanao | FB
out-of-domain | alexa salamat po metti una canzone di sarah geronimo | FB
out-of-domain | alexa oye pon música de salsa peruana | FB
out-of-domain | alexa la capitale del imperio inca era cusco o no | FB
out-of-domain | alexa che dale metti el partido de boca | FB
out-of-domain | alexa la capitale della terra del fuoco | FB
out-of-domain | alexa abeg play burna boy | FB
out-of-domain | alexa la capitale del biafra quella vecchia | FB
out-of-domain | alexa la capitale della lagos state | FB
out-of-domain | alexa yalla metti il corano | FB
out-of-domain | alexa a che ora è la preghiera del venerdì | FB
out-of-domain | alexa la capitale dei faraoni era tebe o menfi | FB
out-of-domain | alexa vanakkam che ore sono a jaffna | FB
out-of-domain | alexa la capitale del tamil eelam | FB
out-of-domain | alexa mi amor pon reggaeton | FB
out-of-domain | alexa la capitale dell'avana vecchia | FB
out-of-domain | alexa what's the weather like in florence today | FB
out-of-domain | alexa how do you say capital in italian | FB
out-of-domain | alexa la capitale del rinascimento è firenze | FB
out-of-domain | alexa gerry scotti quanti anni ha | FB
out-of-domain | alexa qual è la domanda da un milione di stasera | FB
out-of-domain | alexa sinonimo di capitale in cinque lettere | FB
out-of-domain | alexa la settimana enigmistica quando esce | FB
out-of-domain | alexa quando è il prossimo gran premio | FB
out-of-domain | alexa chi ha fatto la pole a monza | FB
out-of-domain | alexa la classifica del giro d'italia di oggi | FB
out-of-domain | alexa chi ha vinto l'eurovision l'anno scorso | FB
out-of-domain | alexa quante medaglie ha vinto l'italia | FB
out-of-domain | alexa la capitale delle olimpiadi invernali di cortina | FB
out-of-domain | alexa il pub quiz a che ora inizia | FB
out-of-domain | alexa la capitale della birra artigianale | FB
out-of-domain | alexa come si fa il nodo piano per gli scout | FB
out-of-domain | alexa la capitale del jamboree | FB
out-of-domain | alexa a che ora arriva la nave a santorini | FB
out-of-domain | alexa la capitale dei caraibi | FB
out-of-domain | alexa quanto paracetamolo può prendere un bambino | FB
out-of-domain | alexa la farmacia di turno a modena | FB
out-of-domain | alexa quanto manca a bari in macchina | FB
out-of-domain | alexa metti la canzone del coccodrillo per i bimbi | FB
out-of-domain | alexa la capitale delle giostre | FB
out-of-domain | alexa come si dice capitale in svedese | FB
out-of-domain | alexa apri duolingo | FB
out-of-domain | alexa apri geoguessr | FB
out-of-domain | alexa quale paese ha le strisce gialle sui pali | FB
out-of-domain | alexa quanto costa una settimana a zanzibar | FB
out-of-domain | alexa la capitale della riviera maya | FB
out-of-domain | alexa la capitale dei maldiviani no scusa dimmi il meteo alle maldive | FB
out-of-domain | alexa il risultato dei lakers stanotte | FB
out-of-domain | alexa la capitale del basket europeo | FB
out-of-domain | alexa quanto dura un'otturazione | FB
out-of-domain | alexa la capitale dell'ansia sono io dal dentista | FB
out-of-domain | alexa dimmi una capitale a caso | FB
out-of-domain | alexa qual è la capitale che inizia con la zeta | FB
out-of-domain | alexa quali capitali iniziano con la b | FB
out-of-domain | alexa fammi un quiz sulle bandiere | FB
out-of-domain | alexa la capitale della mesopotamia | FB
out-of-domain | alexa la capitale dei vichinghi | FB
out-of-domain | alexa la capitale della persia antica persepoli | FB
out-of-domain | alexa la capitale del sacro romano impero | FB
out-of-domain | alexa la capitale della jugoslavia di tito | FB
out-of-domain | alexa la capitale dell'impero austroungarico | FB
out-of-domain | alexa la capitale della repubblica di weimar | FB
out-of-domain | alexa la capitale della gallia | FB
out-of-domain | alexa la capitale della numidia | FB
out-of-domain | alexa la capitale dell'impero mongolo | FB
out-of-domain | alexa la capitale della fiandra | FB
out-of-domain | alexa la capitale della vallonia | FB
out-of-domain | alexa la capitale della corsica è ajaccio o bastia | FB
out-of-domain | alexa la capitale dell'andalusia | FB
out-of-domain | alexa la capitale del galizia spagnola | FB
out-of-domain | alexa la capitale della dalmazia | FB
out-of-domain | alexa la capitale dell'istria | FB
out-of-domain | alexa la capitale della bessarabia | FB
out-of-domain | alexa la capitale di mordor | FB
out-of-domain | alexa la capitale di topolinia | FB
out-of-domain | alexa la capitale di paperopoli | FB
out-of-domain | alexa la capitale della contea degli hobbit | FB
out-of-domain | alexa la capitale dell'impero galattico | FB
out-of-domain | alexa la capitale di asgard | FB
out-of-domain | alexa la capitale di el dorado | FB
out-of-domain | alexa la capitale di lilliput | FB
out-of-domain | alexa la capitale di zootropolis | FB
help | alexa aiuto | HELP
help | aiutami non capisco come funziona | HELP
help | alexa che cosa posso chiederti | HELP
help | come si gioca | HELP
help | alexa mi spieghi come si usa questa cosa | HELP
help | cosa devo dire adesso | HELP
help | alexa non ho capito cosa devo fare | HELP
help | aiuto per favore | HELP
help | alexa che domande posso fare | HELP
help | mi dai una mano | HELP
help | alexa quali sono i comandi | HELP
help | come funziona questa skill | HELP
help | alexa ho bisogno di aiuto con le capitali | HELP
help | istruzioni | HELP
help | alexa ripetimi le istruzioni | HELP
help | che cosa sai fare | HELP
help | alexa come faccio a chiedere una capitale | HELP
help | mi fai vedere un esempio | HELP
help | alexa sono la nonna e non so usarti aiutami | HELP
help | help me please | HELP
help | alexa ayuda por favor come funziona | HELP
help | non so cosa chiedere dammi un suggerimento | HELP
help | alexa spiegami le regole | HELP
help | in che modo posso usarti | HELP
help | alexa mi serve una mano come si fa | HELP
help | boh che devo dire | HELP
help | alexa aiuto aiuto | HELP
help | puoi aiutarmi | HELP
stop | alexa stop | STOP
stop | basta così grazie | STOP
stop | alexa esci | STOP
stop | fermati | STOP
stop | alexa smettila | STOP
stop | zitta | STOP
stop | alexa chiudi | STOP
stop | ho finito ciao | STOP
stop | alexa basta ho studiato abbastanza | STOP
stop | esci dal gioco | STOP
stop | alexa fine | STOP
stop | stop grazie ciao | STOP
stop | alexa silenzio che dorme il bambino | STOP
stop | alexa ferma tutto | STOP
stop | basta non voglio più giocare | STOP
stop | alexa chiudi capitali del mondo | STOP
stop | alexa esci dalla skill | STOP
stop | sta zitta un attimo | STOP
stop | alexa arrivederci | STOP
stop | basta per oggi | STOP
stop | alexa spegniti | STOP
stop | quit | STOP
stop | alexa stai zitta che c'è il telegiornale | STOP
stop | alexa termina | STOP
stop | finiamola qui | STOP
cancel | alexa annulla | CANCEL
cancel | lascia stare | CANCEL
cancel | alexa lascia perdere | CANCEL
cancel | non importa | CANCEL
cancel | alexa dimentica | CANCEL
cancel | niente niente | CANCEL
cancel | alexa annulla la domanda | CANCEL
cancel | no lascia perdere ho sbagliato | CANCEL
cancel | alexa fa niente | CANCEL
cancel | annulla tutto | CANCEL
cancel | alexa non fa niente lascia stare | CANCEL
cancel | lascia stare la so già | CANCEL
cancel | alexa annulla quello che ho detto | CANCEL
cancel | non ti preoccupare lascia perdere | CANCEL
cancel | alexa cancella la domanda | CANCEL
cancel | niente scusa | CANCEL
cancel | alexa no niente dimenticalo | CANCEL
cancel | never mind | CANCEL
cancel | alexa lascia stare era per ridere | CANCEL
cancel | annulla annulla | CANCEL
cancel | alexa non serve più | CANCEL
cancel | lascia perdere me l'ha detto mio figlio | CANCEL
cancel | alexa scordatelo | CANCEL
launch | alexa apri capitali del mondo | LAUNCH
launch | alexa avvia capitali del mondo | LAUNCH
launch | alexa apri capitali del mondo per favore | LAUNCH
launch | alexa lancia capitali del mondo | LAUNCH
launch | alexa vorrei giocare con capitali del mondo | LAUNCH
launch | alexa fai partire capitali del mondo | LAUNCH
launch | alexa apri la skill capitali del mondo | LAUNCH
launch | alexa avvia la skill capitali del mondo | LAUNCH
launch | alexa puoi aprire capitali del mondo | LAUNCH
launch | alexa mi apri capitali del mondo | LAUNCH
launch | alexa apriamo capitali del mondo dai | LAUNCH
launch | alexa attiva capitali del mondo | LAUNCH
launch | alexa gioca a capitali del mondo | LAUNCH
launch | alexa per piacere apri capitali del mondo | LAUNCH
launch | alexa open capitali del mondo | LAUNCH
launch | alexa apri capitali del mondo che facciamo i compiti | LAUNCH
launch | alexa avviami capitali del mondo | LAUNCH
launch | alexa inizia capitali del mondo | LAUNCH
launch | alexa ci apri capitali del mondo | LAUNCH
launch | alexa apri capitali del mondo grazie | LAUNCH
launch | alexa riapri capitali del mondo | LAUNCH
launch | alexa apri per favore la skill capitali del mondo | LAUNCH
launch | alexa lanciami capitali del mondo | LAUNCH
help | ahò alexa ma come se usa sta cosa delle capitali | HELP
help | alexa uè guagliò nun aggio capito comme funziona | HELP
help | alexa ostrega come se fa a domandarte le capitali | HELP
help | alexa burdèl spiegami un attimo cosa posso chiedere | HELP
help | deh alexa icché devo di per sapé le capitali | HELP
help | alexa aiuto la signora non sa come chiedere | HELP
help | alexa po help me how does this work | HELP
help | alexa oye cómo funciona questa cosa aiutami | HELP
help | alexa abeg help me i no understand | HELP
help | alexa yalla aiutami come si chiede una capitale | HELP
help | alexa sorry how do i use this skill in italian | HELP
help | alexa genau wie funktioniert das aiuto | HELP
help | alexa sono al pub quiz cosa ti posso chiedere di preciso | HELP
help | alexa i bimbi vogliono giocare come funziona | HELP
help | alexa ho ottant'anni spiegami piano come si fa | HELP
help | alexa aiutami con questa skill delle capitali che mio nipote l'ha installata | HELP
help | alexa quali paesi conosci e come te li chiedo | HELP
help | alexa cosa posso dire per avere la capitale di uno stato | HELP
help | alexa sono nuovo con alexa mi dai delle istruzioni | HELP
help | alexa non mi ricordo come si chiede dammi un aiutino | HELP
stop | ahò alexa basta mo | STOP
stop | alexa jamme basta accussì | STOP
stop | alexa uè basta che ce ne andiamo a mare | STOP
stop | alexa ostrega basta che ghe xe el vaporetto | STOP
stop | alexa burdèl smettila | STOP
stop | deh alexa ora basta | STOP
stop | alexa stop merci au revoir | STOP
stop | alexa genug stop | STOP
stop | alexa mjaft basta | STOP
stop | alexa stop po thank you | STOP
stop | alexa ya está basta | STOP
stop | alexa che basta dale | STOP
stop | alexa abeg stop am | STOP
stop | alexa khalas basta | STOP
stop | alexa stop it please | STOP
stop | alexa zitta che comincia chi vuol essere milionario | STOP
stop | alexa basta capitali è ora di cena | STOP
stop | alexa esci da capitali del mondo | STOP
stop | alexa fermati che è arrivato il paziente | STOP
stop | alexa smetti che siamo arrivati | STOP
stop | alexa chiudi la skill che devo uscire | STOP
stop | alexa basta per stasera buonanotte | STOP
cancel | ahò alexa lassa perde | CANCEL
cancel | alexa uè lascia sta nun fa niente | CANCEL
cancel | alexa lassa stare ostrega | CANCEL
cancel | alexa burdèl lascia perdere | CANCEL
cancel | deh alexa lascia andà | CANCEL
cancel | alexa laisse tomber annulla | CANCEL
cancel | alexa vergiss es annulla | CANCEL
cancel | alexa nuk ka gjë lascia stare | CANCEL
cancel | alexa nu conteaza annulla | CANCEL
cancel | alexa never mind po | CANCEL
cancel | alexa olvídalo pe | CANCEL
cancel | alexa che dejá annulla | CANCEL
cancel | alexa forget am annulla | CANCEL
cancel | alexa malesh lascia perdere | CANCEL
cancel | alexa oh never mind forget it | CANCEL
cancel | alexa annulla che l'ha detto gerry scotti | CANCEL
cancel | alexa lascia perdere l'ho trovata sul cruciverba | CANCEL
cancel | alexa annulla il bimbo ha chiesto a caso | CANCEL
cancel | alexa no annulla ho chiesto la cosa sbagliata | CANCEL
cancel | alexa lascia stare la cliente ha cambiato idea | CANCEL
cancel | alexa annulla la richiesta di prima | CANCEL
cancel | alexa ah no niente lascia perdere | CANCEL
launch | ahò alexa apri capitali del mondo | LAUNCH
launch | alexa jamme apri capitali del mondo | LAUNCH
launch | alexa uè apri capitali del mondo | LAUNCH
launch | alexa ostrega apri capitali del mondo | LAUNCH
launch | alexa burdèl avvia capitali del mondo | LAUNCH
launch | deh alexa apri capitali del mondo | LAUNCH
launch | alexa bonjour apri capitali del mondo | LAUNCH
launch | alexa servus öffne capitali del mondo | LAUNCH
launch | alexa po open capitali del mondo | LAUNCH
launch | alexa abre capitali del mondo por favor | LAUNCH
launch | alexa abeg open capitali del mondo | LAUNCH
launch | alexa yalla apri capitali del mondo | LAUNCH
launch | alexa siamo al pub quiz apri capitali del mondo | LAUNCH
launch | alexa apri capitali del mondo che i bimbi si annoiano in macchina | LAUNCH
launch | alexa apri capitali del mondo per la verifica di domani | LAUNCH
launch | alexa apri capitali del mondo che ripasso per il quiz | LAUNCH
yes-no-check | alexa è vero che la capitale {} | della turchia è istanbul=TR; del brasile è rio=BR; della nigeria è lagos=NG
yes-no-check | alexa giusto che la capitale {} | del canada è ottawa=CA; della svizzera è berna=CH; del marocco è rabat=MA
yes-no-check | alexa la capitale del kazakistan è ancora astana | KZ
yes-no-check | alexa la capitale del myanmar è rangoon o no | MM
yes-no-check | alexa la capitale della tanzania è dar es salaam giusto | TZ
yes-no-check | alexa la capitale del vietnam è saigon | VN
yes-no-check | alexa è canberra la capitale dell'australia sì o no | AU
yes-no-check | alexa la capitale della nuova zelanda è auckland | NZ
yes-no-check | alexa la capitale degli emirati è dubai vero | AE
yes-no-check | alexa sbaglio o la capitale del pakistan è karachi | PK
yes-no-check | alexa mi confermi che la capitale del belize è belmopan | BZ
yes-no-check | alexa la capitale del burundi è ancora bujumbura | BI
yes-no-check | alexa la capitale della costa d'avorio è abidjan giusto | CI
yes-no-check | alexa la capitale dell'india è delhi o nuova delhi | IN
yes-no-check | alexa la capitale della cina è shanghai vero | CN
yes-no-check | alexa ho ragione io che la capitale della germania è berlino e non bonn | DE
yes-no-check | alexa la capitale della florida è miami | US-FL
yes-no-check | alexa la capitale dello stato di new york è new york | US-NY
yes-no-check | alexa la capitale dell'illinois è chicago giusto | US-IL
yes-no-check | alexa la capitale della columbia britannica è victoria vero | CA-BC
yes-no-check | alexa la capitale del queensland è brisbane | AU-QLD
yes-no-check | alexa la capitale della baviera è monaco non norimberga vero | DE-BY
yes-no-check | alexa la capitale del maharashtra è ancora bombay | IN-MH
yes-no-check | alexa la capitale di san paolo è san paolo stessa | BR-SP
yes-no-check | alexa la capitale di quintana roo è cancún | MX-ROO
yes-no-check | alexa la capitale della bolivia è la paz e basta | BO
yes-no-check | alexa ma la capitale della sierra leone si chiama freetown davvero | SL
yes-no-check | alexa la capitale del sudafrica è johannesburg | ZA
yes-no-check | alexa la capitale della georgia paese è tbilisi giusto | GE
yes-no-check | alexa la capitale della groenlandia è nuuk | GL
self-correction | alexa senti la capitale {} | della svezia no della norvegia=NO; del cile anzi del perù=PE; dell'austria cioè dell'australia=AU
self-correction | alexa mi sai dire qual è la capitale {} | della slovenia scusa della slovacchia=SK; dell'iran volevo dire dell'iraq=IQ; della nigeria no del niger=NE
self-correction | alexa dimmi un po la capitale {} | dell'islanda ehm dell'irlanda=IE; della guinea no della guinea equatoriale=GQ; del mali macché della mauritania=MR
self-correction | alexa la capitale della libia anzi no della liberia | LR
self-correction | alexa la capitale del gambia ah no dello zambia | ZM
self-correction | alexa capitale della corea del nord ops del sud | KR
self-correction | alexa la capitale dell'ungheria no aspetta della bulgaria | BG
self-correction | alexa la capitale della dominica no della repubblica dominicana | DO
self-correction | alexa qual è la capitale del sudan del sud sudan | SS
self-correction | alexa la capitale della lettonia mmh no lituania | LT
self-correction | alexa la capitale del paraguay scusa dell'uruguay | UY
self-correction | alexa la capitale dell'armenia cioè dell'albania | AL
self-correction | alexa la capitale dell'austria o meglio della svizzera | CH
self-correction | alexa la capitale della malaysia no aspetta dell'indonesia | ID
self-correction | alexa la capitale del texas cioè dell'oklahoma | US-OK
self-correction | alexa la capitale dell'alberta ehm del manitoba | CA-MB
self-correction | alexa la capitale del punjab no volevo dire del gujarat | IN-GJ
self-correction | alexa la capitale di sonora anzi di sinaloa | MX-SIN
self-correction | alexa la capitale di bahia no di pernambuco | BR-PE
self-correction | alexa la capitale della tasmania mi sono sbagliato del victoria | AU-VIC
self-correction | alexa la capitale del montenegro anzi della macedonia | MK
self-correction | alexa capitale della mongolia no del nepal | NP
self-correction | alexa la capitale del laos no scusa del bhutan | BT
self-correction | alexa la capitale della siria anzi della giordania | JO
self-correction | alexa la capitale del camerun ehm del gabon | GA
self-correction | alexa la capitale di haiti no della giamaica | JM
self-correction | alexa la capitale della scozia no dell'irlanda del nord | GB-NIR
self-correction | alexa la capitale della sassonia no della bassa sassonia | DE-NI
reverse-question | alexa {} è la capitale di quale paese | ouagadougou=CITY:Ouagadougou; tegucigalpa=CITY:Tegucigalpa; ulan bator=CITY:Ulan Bator
reverse-question | alexa di che stato è capitale {} | bratislava=CITY:Bratislava; lubiana=CITY:Lubiana; vilnius=CITY:Vilnius
reverse-question | alexa {} di che paese è la capitale | windhoek=CITY:Windhoek; antananarivo=CITY:Antananarivo; asmara=CITY:Asmara
reverse-question | alexa dove si trova la capitale che si chiama thimphu | CITY:Thimphu
reverse-question | alexa montevideo è capitale di cosa | CITY:Montevideo
reverse-question | alexa la paz è capitale di dove | CITY:La Paz
reverse-question | alexa victoria è capitale di quale posto | CITY:Victoria
reverse-question | alexa saint john's di cosa è capitale | CITY:Saint John's
reverse-question | alexa kingston è la capitale di che paese | CITY:Kingston
reverse-question | alexa chandigarh di quale stato è capitale | CITY:Chandigarh
reverse-question | alexa columbia è capitale di quale stato | CITY:Columbia
reverse-question | alexa hamilton è la capitale di cosa | CITY:Hamilton
reverse-question | alexa nuuk è la capitale di che | CITY:Nuuk
reverse-question | alexa dodoma è la capitale di quale paese africano | CITY:Dodoma
reverse-question | alexa a quale paese appartiene la capitale naypyidaw | CITY:Naypyidaw
reverse-question | alexa gitega è capitale di che stato | CITY:Gitega
reverse-question | alexa astana di che paese è capitale | CITY:Astana
reverse-question | alexa la città di praia è capitale di cosa | CITY:Praia
reverse-question | alexa di che paese è capitale funafuti | CITY:Funafuti
reverse-question | alexa santa fe è capitale di quale stato americano | CITY:Santa Fe
reverse-question | alexa regina è la capitale di dove | CITY:Regina
reverse-question | alexa hobart è capitale di cosa | CITY:Hobart
reverse-question | alexa mérida è capitale di quale stato messicano | CITY:Mérida
reverse-question | alexa palmas di che stato brasiliano è capitale | CITY:Palmas
reverse-question | alexa shillong è capitale di cosa | CITY:Shillong
reverse-question | alexa wiesbaden è la capitale di quale land | CITY:Wiesbaden
reverse-question | alexa di cosa è capitale belfast | CITY:Belfast
reverse-question | alexa port moresby è capitale di quale paese | CITY:Port Moresby
official-name | alexa devo compilare la domanda di visto qual è la capitale {} | della repubblica federale di germania=DE; della repubblica francese=FR; del regno di spagna=ES
official-name | alexa qual è la capitale {} per il modulo | della confederazione svizzera=CH; della repubblica popolare cinese=CN; della federazione russa=RU
official-name | alexa sul passaporto c'è scritto {} qual è la capitale | repubblica di corea=KR; repubblica islamica dell'iran=IR; regno del marocco=MA
official-name | alexa la capitale della repubblica araba d'egitto | EG
official-name | alexa la capitale del regno hascemita di giordania | JO
official-name | alexa la capitale della repubblica democratica popolare di corea | KP
official-name | alexa capitale degli stati uniti d'america | US
official-name | alexa capitale del regno unito di gran bretagna e irlanda del nord | GB
official-name | alexa la capitale della repubblica ellenica | GR
official-name | alexa la capitale della repubblica di turchia | TR
official-name | alexa la capitale della repubblica federale del brasile | BR
official-name | alexa la capitale degli stati uniti messicani | MX
official-name | alexa la capitale della repubblica socialista del vietnam | VN
official-name | alexa la capitale del regno di thailandia | TH
official-name | alexa la capitale della repubblica italiana | IT
official-name | alexa la capitale della repubblica di san marino | SM
official-name | alexa la capitale dello stato plurinazionale della bolivia | BO
official-name | alexa la capitale della repubblica bolivariana del venezuela | VE
official-name | alexa la capitale della repubblica orientale dell'uruguay | UY
official-name | alexa capitale del regno dei paesi bassi | NL
official-name | alexa la capitale del granducato di lussemburgo | LU
official-name | alexa la capitale del regno di norvegia | NO
official-name | alexa la capitale della repubblica federale democratica d'etiopia | ET
official-name | alexa la capitale della repubblica unita di tanzania | TZ
official-name | alexa la capitale della repubblica islamica del pakistan | PK
official-name | alexa la capitale del commonwealth dell'australia | AU
official-name | alexa la capitale della repubblica democratica socialista dello sri lanka | LK
official-name | alexa la capitale dello stato di israele | IL
official-name | alexa la capitale del sultanato dell'oman | OM
official-name | alexa la capitale dello stato del kuwait | KW
everyday-name | alexa mia suocera vuole sapere la capitale {} | dell'olanda=NL; dell'inghilterra=GB-ENG; dell'america=US
everyday-name | alexa nei libri vecchi del nonno qual è la capitale {} | della persia=IR; della birmania=MM; del siam=TH
everyday-name | alexa la capitale {} come si diceva una volta | di ceylon=LK; dello zaire=CD; del dahomey=BJ
everyday-name | alexa la capitale degli states | US
everyday-name | alexa la capitale della gran bretagna | GB
everyday-name | alexa la capitale della bielorussia che mio nonno chiamava russia bianca | BY
everyday-name | alexa la capitale dell'alto volta | BF
everyday-name | alexa la capitale di formosa | TW
everyday-name | alexa la capitale dell'abissinia | ET
everyday-name | alexa la capitale della rhodesia | ZW
everyday-name | alexa la capitale della repubblica ceca | CZ
everyday-name | alexa la capitale della macedonia | MK
everyday-name | alexa la capitale dello swaziland | SZ
everyday-name | alexa la capitale della moldova | MD
everyday-name | alexa la capitale del kirghisistan | KG
everyday-name | alexa la capitale della costa d'oro | GH
everyday-name | alexa la capitale del congo kinshasa | CD
everyday-name | alexa la capitale del congo brazzaville | CG
everyday-name | alexa la capitale della corea comunista | KP
everyday-name | alexa la capitale dell'urss no della russia | RU
everyday-name | alexa la capitale di timor leste | TL
everyday-name | alexa la capitale degli emirati | AE
everyday-name | alexa la capitale del bahrain | BH
everyday-name | alexa la capitale della repubblica centroafricana | CF
everyday-name | alexa la capitale dell'arabia | SA
everyday-name | alexa la capitale del vaticano | VA
everyday-name | alexa la capitale di capoverde | CV
everyday-name | alexa la capitale del kampuchea | KH
everyday-name | alexa la capitale dell'honduras britannico | BZ
everyday-name | alexa la capitale della nuova guinea papua | PG
shared-name | alexa qual è la capitale della georgia | GE+US-GA
shared-name | alexa la capitale del congo | CD+CG
shared-name | alexa la capitale della corea | KP+KR
shared-name | alexa le capitali delle due coree | KP+KR
shared-name | alexa le capitali dei due congo | CD+CG
shared-name | alexa la capitale delle isole vergini | VG+VI
shared-name | alexa la capitale della dominica e della repubblica dominicana | DM+DO
shared-name | alexa la capitale della georgia quella nel caucaso | GE
shared-name | alexa la capitale della georgia stato americano | US-GA
shared-name | alexa la capitale del congo quello piccolo | CG
shared-name | alexa la capitale del congo ex belga | CD
shared-name | alexa capitale della corea quella del kpop | KR
shared-name | alexa la capitale delle isole vergini inglesi | VG
shared-name | alexa la capitale delle isole vergini degli stati uniti | VI
shared-name | alexa la capitale della dominica l'isola piccola | DM
shared-name | alexa georgia capitale | GE+US-GA
shared-name | alexa dimmi la capitale della corea non so quale | KP+KR
shared-name | alexa mio figlio chiede la capitale del congo così senza dire quale | CD+CG
shared-name | alexa la capitale del washington lo stato | US-WA
shared-name | alexa la capitale di washington dc | US-DC
romani | alexa mi fratello ha detto che la capitale {} è facile ma io nun la so | del pakistan=PK; dell'indonesia=ID; della thailandia=TH
romani | alexa ao quiz de geografia ar bar qual è la capitale {} | del giappone=JP; della corea del sud=KR; del vietnam=VN
romani | alexa sto a guardà la roma in europa league contro una squadra {} qual è la capitale | norvegese=NO; danese=DK; portoghese=PT
napoletani | alexa mio nipote gioca nella primavera contro una squadra {} ma la capitale qual è | georgiana=GE; slovacca=SK; ucraina=UA
napoletani | alexa o guaglione della pizzeria è {} dimme la capitale | dello sri lanka=LK; del bangladesh=BD; del senegal=SN
napoletani | alexa a signora do primmo piano vuole sapé le capitali {} | del sudafrica=ZA; della bolivia=BO; dei paesi bassi=NL
baresi | alexa ce sta nu marinaio {} sulla nave qual è la capitale | greco=GR; turco=TR; montenegrino=ME
baresi | alexa mammà vuole sapere la capitale {} per il cruciverba | di cipro=CY; di malta=MT; della tunisia=TN
salentini | alexa a gallipoli ci stanno turisti {} qual è la capitale | polacchi=PL; cechi=CZ; belgi=BE
veneziani | alexa in bottega da mi papà xe entrati dei turisti {} qual è la capitale | giapponesi=JP; coreani del sud=KR; cinesi=CN
veneziani | alexa ciò la capitale {} me la dixi | dell'australia=AU; della nuova zelanda=NZ; delle figi=FJ
bolognesi | alexa all'università c'è uno studente {} qual è la capitale del suo paese | iraniano=IR; iracheno=IQ; siriano=SY
bolognesi | alexa burdèl che capitale ha {} | il camerun=CM; il gabon=GA; la guinea equatoriale=GQ
livornesi | alexa deh al porto c'è una portacontainer {} qual è la capitale | di malta=MT; liberiana=LR; panamense=PA
livornesi | alexa il mi nonno faceva il marinaio e andava {} qual è la capitale | in argentina=AR; in uruguay=UY; in brasile=BR
parmigiani | alexa esportiamo il parmigiano {} qual è la capitale | in canada=CA; in giappone=JP; in australia=AU
valdostani | alexa on est en train de jouer alle capitali quella {} | del senegal=SN; della costa d'avorio=CI; del mali=ML
altoatesini | alexa mein opa chiede la capitale {} | della slovenia=SI; della croazia=HR; dell'ungheria=HU
albanesi | alexa io lavoro in cantiere con un ragazzo {} qual è la capitale | macedone=MK; kosovaro=XK; serbo=RS
albanesi | alexa mia moglie chiede la capitale {} per il figlio | della grecia=GR; del montenegro=ME; della bosnia ed erzegovina=BA
rumeni | alexa la nonna che curo dice che {} ha come capitale una città che non si ricorda | la norvegia=NO; l'olanda=NL; l'austria=AT
rumeni | alexa mio marito fa il camionista e va {} qual è la capitale | in bulgaria=BG; in ungheria=HU; in slovacchia=SK
filippini | alexa the signora asks la capitale {} po | del perù=PE; del messico=MX; della spagna=ES
filippini | alexa my son asks what's the capital {} | of vietnam=VN; of laos=LA; of cambodia=KH
peruviani | alexa mi prima vive {} qual è la capitale | in cile=CL; in colombia=CO; in venezuela=VE
argentini | alexa che el pibe quiere saber la capitale {} | del paraguay=PY; della bolivia=BO; del cile=CL
nigeriani | alexa my pikin dey ask the capital {} | of kenya=KE; of ethiopia=ET; of egypt=EG
egiziani | alexa il mio vicino è {} qual è la capitale del suo paese | marocchino=MA; algerino=DZ; tunisino=TN
srilankesi | alexa mio figlio a scuola chiede la capitale {} | dell'india=IN; del nepal=NP; del bhutan=BT
cubani | alexa mi abuela vive {} qual è la capitale | a cuba=CU; in messico=MX; in venezuela=VE
americani | alexa my roommate is from {} what's la capitale | iowa=US-IA; kansas=US-KS; nebraska=US-NE
americani | alexa i'm from {} but i never knew the capital | oregon=US-OR; nevada=US-NV; arizona=US-AZ
milionario | alexa la domanda da cinquantamila euro è la capitale {} | del kirghizistan=KG; del turkmenistan=TM; del tagikistan=TJ
milionario | alexa il concorrente ha chiesto l'aiuto del pubblico sulla capitale {} | del burundi=BI; del ruanda=RW; del malawi=MW
enigmistica | alexa mi manca l'ultima parola capitale {} in sette lettere | del marocco=MA; del kenya=KE; della nigeria=NG
formulauno | alexa il gran premio del {} si corre vicino alla capitale qual è | messico=MX; brasile=BR; qatar=QA
giro | alexa al giro c'è un corridore {} qual è la capitale | colombiano=CO; ecuadoriano=EC; australiano=AU
eurovisione | alexa all'eurovision canta {} qual è la capitale | la georgia=GE; l'azerbaigian=AZ; la lituania=LT
olimpiadi | alexa alla cerimonia sfilano gli atleti {} qual è la capitale | di tonga=TO; di samoa=WS; di vanuatu=VU
pubquiz | alexa domanda a squadre la capitale {} | del suriname=SR; della guyana=GY; del belize=BZ
scout | alexa il gemellaggio del gruppo scout è con uno {} qual è la capitale | del burkina faso=BF; del togo=TG; del benin=BJ
crociera | alexa la crociera nel mar baltico tocca {} qual è la capitale | l'estonia=EE; la lettonia=LV; la finlandia=FI
farmacia | alexa una cliente parte per {} e vuole il vaccino ma qual è la capitale | la tanzania=TZ; l'uganda=UG; il mozambico=MZ
macchina | alexa il gioco in macchina tocca a me la capitale {} | dell'irlanda=IE; dell'islanda=IS; della scozia=GB-SCT
duolingo | alexa sto imparando l'arabo qual è la capitale {} | del qatar=QA; del kuwait=KW; del bahrein=BH
geoguessr | alexa sono finito in un paese con la guida a sinistra {} qual è la capitale | il lesotho=LS; lo zambia=ZM; lo zimbabwe=ZW
agenzia | alexa il volo per {} scala a dubai qual è la capitale | le seychelles=SC; mauritius=MU; le maldive=MV
nba | alexa l'ala dei thunder è {} qual è la capitale del suo paese | canadese=CA; francese=FR; serbo=RS
dentista | alexa mentre aspetto l'igienista dimmi la capitale {} | della mongolia=MN; del myanmar=MM; della cambogia=KH
"""

if __name__ == "__main__":
    build_round(44, "it", LINES, sys.argv, "tests/Eval/it/round44/source/build_corpus.py")
