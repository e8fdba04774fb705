"""Round 18, Italian (it-IT): a new author's mix of speakers and situations: elders in the polite Lei register (the
"signorina alexa" of grandparents), colloquial Italian of the north (Milan, Veneto: "ué", "dai", "dimmi te", "siamo dietro
a"), of Rome ("aò", "daje", "me dici", "nun me ricordo") and of the south (Naples, Sicily: "uè", "jamme", "talìa",
"mannaggia", "che è" for "qual è"), Swiss Italians from Ticino ("natel", "la confederazione", "città federale"), South
Tyroleans mixing German words ("also", "genau", "servus", "ja"), office Italian with English words ("quick question",
"call", "check", "slide"), homework and school (verifica, interrogazione, cartina muta, la prof), small children, TV quiz
shows and pub quizzes (L'Eredità, Chi vuol essere milionario, Trivial), crosswords (La Settimana Enigmistica), people
driving or cooking, travel planning (Erasmus, honeymoon, cruise), the news, sport (the national team, the Giro, Formula
One, the Africa Cup); hesitations, tails, corrections, follow-ups, checks, and what it-IT recognition may write (missing
accents, "qual'è", "dell iran", joined or split names, English spellings).
`python3 tests/Eval/it/round18/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 18's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Plain questions.
direct-question | qual è la capitale {} | del kirghizistan=KG; della mauritania=MR; dell'uruguay=UY
direct-question | come si chiama la capitale {} | del burkina faso=BF; del lesotho=LS; delle comore=KM
direct-question | che città è la capitale {} | del malawi=MW; della giamaica=JM; del paraguay=PY
direct-question | quale città è capitale {} | del turkmenistan=TM; dell'eritrea=ER; del bhutan=BT
direct-question | mi sai dire qual è la capitale {} | dello zambia=ZM; del botswana=BW; del suriname=SR
direct-question | la capitale {} qual è | della lettonia=LV; del ghana=GH; della slovenia=SI
direct-question | alexa qual è la capitale {} | di vanuatu=VU; di palau=PW; di nauru=NR
direct-question | dove sta la capitale {} cioè come si chiama | del mozambico=MZ; della namibia=NA; del gabon=GA

# The polite Lei register: formal speakers, offices, people who talk to a device as to a clerk.
polite-formal | mi scusi potrebbe dirmi qual è la capitale {} | della guinea equatoriale=GQ; del camerun=CM; del congo brazzaville=CG
polite-formal | vorrei gentilmente sapere la capitale {} | dell'azerbaigian=AZ; dell'armenia=AM; del kazakistan=KZ
polite-formal | potrebbe cortesemente indicarmi la capitale {} | del madagascar=MG; delle seychelles=SC; di mauritius=MU
polite-formal | sarebbe così gentile da dirmi la capitale {} | della tanzania=TZ; dell'uganda=UG; del ruanda=RW
polite-formal | desidererei conoscere la capitale {} | della repubblica centrafricana=CF; del ciad=TD; del niger=NE
polite-formal | le chiedo per cortesia qual è la capitale {} | del nicaragua=NI; dell'honduras=HN; del guatemala=GT

# Elders: grandparents, old names, "signorina".
elder | signorina alexa mi dice la capitale {} per piacere | della polonia=PL; dell'ungheria=HU; della romania=RO
elder | alexa sono la nonna di luca mi dici la capitale {} | dell'albania=AL; della bulgaria=BG; di cipro=CY
elder | ai miei tempi la capitale {} era un'altra adesso qual è | del brasile=BR; della nigeria=NG; della birmania=MM
elder | mio nipote vive {} qual è la capitale di là | in australia=AU; in canada=CA; in argentina=AR
elder | alexa ma la capitale della germania adesso è ancora bonn o è berlino | DE
elder | benedetta ragazza dimmi un po la capitale del venezuela | VE
elder | alexa parla piano per favore qual è la capitale del perù | PE
elder | mi ripeti la capitale dell'islanda che non ho sentito bene | IS
elder | io me lo ricordavo da scuola ma adesso mi sfugge la capitale della jugoslavia di oggi cioè della serbia | RS

# Colloquial Italian of the north (Lombardy, Veneto, Piedmont).
colloquial-north | ué alexa la capitale {} qual è | della norvegia=NO; della finlandia=FI; della danimarca=DK
colloquial-north | oh alexa ma {} che capitale ha | il belgio=BE; il portogallo=PT; l'austria=AT
colloquial-north | dai alexa dimmi te la capitale {} | dell'irlanda=IE; della croazia=HR; della svezia=SE
colloquial-north | non mi ricordo mai la capitale {} me la dici te | dell'estonia=EE; della lituania=LT; della slovacchia=SK
colloquial-north | te la sai la capitale {} alexa | del montenegro=ME; della macedonia del nord=MK; della bosnia=BA
colloquial-north | siamo dietro a litigare su qual è la capitale dell'australia | AU
colloquial-north | alexa mi sa che ho toppato qual è la capitale della turchia | TR
colloquial-north | alexa ma va là che la sai la capitale della moldavia | MD
colloquial-north | figurati se mi ricordo la capitale dell'islanda dimmela te | IS

# Colloquial Italian of Rome.
colloquial-roman | aò alexa qual è la capitale {} | dell'egitto=EG; della libia=LY; della tunisia=TN
colloquial-roman | alexa me dici la capitale {} | del marocco=MA; dell'algeria=DZ; del sudan=SD
colloquial-roman | daje alexa la capitale {} | del libano=LB; della giordania=JO; della siria=SY
colloquial-roman | a alexa ma la sai la capitale {} | dell'iraq=IQ; dell'iran=IR; dell'arabia saudita=SA
colloquial-roman | nun me ricordo la capitale {} me la dici | del qatar=QA; del kuwait=KW; dell'oman=OM
colloquial-roman | alexa stamo a litigà qual è la capitale del bahrein | BH
colloquial-roman | ahò ma che ce vuole dimmi la capitale dello yemen | YE

# Colloquial Italian of the south (Naples, Sicily, Apulia, Calabria).
colloquial-south | uè alexa dimmi la capitale {} | della grecia=GR; di malta=MT; di israele=IL
colloquial-south | jamme alexa qual è la capitale {} | dell'ecuador=EC; della colombia=CO; del cile=CL
colloquial-south | alexa ma tu la sai la capitale {} | dell'indonesia=ID; delle filippine=PH; del vietnam=VN
colloquial-south | alexa bella mia qual è la capitale {} | della cambogia=KH; del laos=LA; della thailandia=TH
colloquial-south | talìa alexa mi dici la capitale {} | del nepal=NP; del bangladesh=BD; del pakistan=PK
colloquial-south | alexa ma che è la capitale della mongolia | MN
colloquial-south | mannaggia alexa come si chiama la capitale dell'afghanistan | AF
colloquial-south | alexa ma sta capitale dell'uzbekistan qual è | UZ
colloquial-south | alexa e mo dimmi la capitale del tagikistan | TJ

# Swiss Italians from Ticino and the Grigioni valleys.
swiss-italian | ciao alexa qui dal ticino volevo sapere la capitale {} | del liechtenstein=LI; del lussemburgo=LU; di andorra=AD
swiss-italian | sul natel non trovo la capitale {} me la dici tu | della francia=FR; della germania=DE; del principato di monaco=MC
swiss-italian | alexa qua in svizzera italiana ci chiediamo qual è la capitale {} | della svezia=SE; dell'ucraina=UA; della bielorussia=BY
swiss-italian | alexa la città federale della svizzera è berna giusto | CH
swiss-italian | alexa mi dici la capitale della confederazione | CH
swiss-italian | buongiorno alexa chiedo per la scuola media di lugano la capitale della serbia | RS
swiss-italian | alexa noi in valposchiavo ci chiediamo la capitale dell'austria | AT

# South Tyroleans speaking Italian with German words.
south-tyrol-mix | also alexa qual è la capitale {} | della svizzera=CH; della repubblica ceca=CZ; del kosovo=XK
south-tyrol-mix | alexa genau e il capoluogo {} qual è | della baviera=DE-BY; della turingia=DE-TH; dell'assia=DE-HE
south-tyrol-mix | servus alexa mi dici la capitale {} | della sassonia=DE-SN; della slovenia=SI; dell'ungheria=HU
south-tyrol-mix | ja alexa allora la capitale del brandeburgo | DE-BB
south-tyrol-mix | alexa also sag mal la capitale del liechtenstein | LI

# Office Italian with English words.
english-loanwords | alexa quick question qual è la capitale {} | dell'india=IN; della nuova zelanda=NZ; di singapore=SG
english-loanwords | ho una call con un cliente {} qual è la capitale | del brunei=BN; di taiwan=TW; degli emirati=AE
english-loanwords | alexa fammi un check veloce sulla capitale {} | della corea del sud=KR; del giappone=JP; della cina=CN
english-loanwords | tipo random ma qual è la capitale {} | delle maldive=MV; delle figi=FJ; di tuvalu=TV
english-loanwords | alexa ok ma la capitale {} alla fine qual è | del messico=MX; del canada=CA; di panama=PA
english-loanwords | devo preparare le slide sulla capitale dell'etiopia come si chiama | ET
english-loanwords | alexa sorry qual era la capitale del kenya | KE
english-loanwords | alexa please la capitale della nigeria | NG
english-loanwords | per il meeting di domani mi serve la capitale del vietnam al volo | VN

# Homework and school.
homework | ho la verifica di geografia domani qual è la capitale {} | della somalia=SO; di gibuti=DJ; del sud sudan=SS
homework | la prof mi ha chiesto la capitale {} e non la so | del senegal=SN; del mali=ML; della guinea=GN
homework | alexa aiutami con i compiti qual è la capitale {} | del gambia=GM; della sierra leone=SL; della liberia=LR
homework | sto facendo la ricerca sull'africa mi serve la capitale {} | del togo=TG; dell'angola=AO; dello zimbabwe=ZW
homework | per l'interrogazione di domani devo sapere la capitale {} | del burundi=BI; della guinea-bissau=GW; di capo verde=CV
homework | mamma dice di chiederlo a te qual è la capitale {} | della costa rica=CR; di cuba=CU; di haiti=HT
homework | nella cartina muta devo scrivere la capitale {} | della repubblica dominicana=DO; delle bahamas=BS; di barbados=BB
homework | alexa la maestra vuole le capitali d'europa comincio dalla spagna | ES
homework | papà non si ricorda qual è la capitale del sudan del sud | SS

# Small children.
young-child | alexa alexa qual è la capitale {} | della francia=FR; dell'inghilterra=GB-ENG; della spagna=ES
young-child | alexa io ho sei anni e voglio sapere la capitale {} | del giappone=JP; dell'egitto=EG; del brasile=BR
young-child | alexa dimmi la capitale della cina che la maestra ha detto pechino | CN
young-child | alexa ma la capitale dell'america è new york | US
young-child | alexa qual è la capitale della russia dove fa tanto freddo | RU
young-child | alexa mi dici la capitale dell'australia dove ci sono i canguri | AU
young-child | alexa il mio fratellino dice che la capitale d'italia è milano dimmi quella vera | IT

# TV quiz shows, pub quizzes, Trivial.
quiz-show | stiamo guardando l'eredità qual è la capitale {} | del myanmar=MM; della papua nuova guinea=PG; delle isole salomone=SB
quiz-show | alexa al quiz del pub chiedono la capitale {} | di kiribati=KI; delle samoa=WS; delle tonga=TO
quiz-show | serata quiz con gli amici qual è la capitale {} | della micronesia=FM; delle isole marshall=MH; di saint lucia=LC
quiz-show | alexa per il trivial mi serve la capitale {} | di grenada=GD; della dominica=DM; di saint kitts e nevis=KN
quiz-show | a chi vuol essere milionario hanno chiesto la capitale {} qual è | del belize=BZ; della guyana=GY; di trinidad e tobago=TT
quiz-show | alexa facciamo l'aiuto da casa la capitale di antigua e barbuda | AG
quiz-show | alexa è per il quiz la capitale di saint vincent e grenadine | VC
quiz-show | alexa domanda da cento punti la capitale di el salvador | SV

# Crosswords.
crossword | nel cruciverba c'è capitale {} cinque lettere | del ghana=GH; del marocco=MA; della bielorussia=BY
crossword | settimana enigmistica capitale {} di quattro lettere | delle samoa=WS; di timor est=TL; dell'azerbaigian=AZ
crossword | alexa sto facendo le parole crociate mi serve la capitale {} | dell'eritrea=ER; dello yemen=YE; del tagikistan=TJ
crossword | nelle parole crociate chiedono il capoluogo {} | dell'alaska=US-AK; del nevada=US-NV; del vermont=US-VT
crossword | alexa cruciverba orizzontale dodici capitale della mongolia | MN

# People driving.
driving | sto guidando dimmi la capitale {} | dell'ucraina=UA; della moldavia=MD; della romania=RO
driving | alexa siamo in macchina e i bimbi chiedono la capitale {} | dell'austria=AT; dell'albania=AL; della grecia=GR
driving | in autostrada alexa la capitale {} | della serbia=RS; della slovacchia=SK; del montenegro=ME
driving | alexa mani sul volante qual è la capitale {} | del portogallo=PT; dell'irlanda=IE; della danimarca=DK
driving | alexa siamo fermi in coda in tangenziale qual è la capitale della lettonia | LV

# People cooking.
cooking | alexa ho le mani in pasta qual è la capitale {} | del vietnam=VN; della thailandia=TH; della cambogia=KH
cooking | mentre bolle l'acqua dimmi la capitale {} | del laos=LA; del nepal=NP; del bhutan=BT
cooking | sto facendo il cous cous e mi chiedo qual è la capitale {} | della tunisia=TN; dell'algeria=DZ; della mauritania=MR
cooking | alexa sto friggendo dimmi veloce la capitale della giamaica | JM

# Planning a trip.
travel-planning | ad agosto vado {} qual è la capitale | in namibia=NA; in tanzania=TZ; in kenya=KE
travel-planning | sto prenotando un volo {} com'è che si chiama la capitale | per l'islanda=IS; per la giordania=JO; per l'oman=OM
travel-planning | faccio l'erasmus {} alexa qual è la capitale | in lituania=LT; in slovenia=SI; in estonia=EE
travel-planning | alexa per il viaggio di nozze pensavamo {} la capitale qual è | alle maldive=MV; a mauritius=MU; alle seychelles=SC
travel-planning | alexa il volo per il madagascar atterra nella capitale come si chiama | MG
travel-planning | vorrei fare un giro in sudamerica partendo dalla capitale dell'uruguay qual è | UY
travel-planning | alexa in crociera facciamo scalo a cuba qual è la capitale | CU

# A news item in mind.
news-item | ho sentito al tg qualcosa {} qual è la capitale di lì | sul niger=NE; sul mali=ML; sul burkina faso=BF
news-item | al telegiornale parlavano {} qual è la capitale | dello yemen=YE; del sudan=SD; dell'afghanistan=AF
news-item | c'è stato un terremoto {} qual è la capitale | in turchia=TR; in nepal=NP; in ecuador=EC
news-item | alexa dicono che {} ha cambiato capitale qual è adesso | l'indonesia=ID; l'egitto=EG; il burundi=BI
news-item | alexa al giornale radio hanno nominato la capitale del kazakistan com'è che si chiama | KZ

# Sport: the national team, the Giro, Formula One, the Africa Cup.
sports-fan | stasera l'italia gioca contro {} qual è la loro capitale | la macedonia del nord=MK; il galles=GB-WLS; la norvegia=NO
sports-fan | alexa il giro d'italia parte {} qual è la capitale | dall'ungheria=HU; dalla danimarca=DK; dall'albania=AL
sports-fan | alexa domenica c'è il gran premio {} ma la capitale del paese qual è | dell'azerbaigian=AZ; del bahrein=BH; del qatar=QA
sports-fan | alla coppa d'africa gioca {} qual è la capitale | il camerun=CM; il senegal=SN; la nigeria=NG
sports-fan | alexa durante la partita col paraguay mi chiedevo la capitale del paraguay | PY
sports-fan | alexa la nazionale di rugby gioca con le figi qual è la capitale delle figi | FJ

# Hesitations and fillers.
filler-hesitation | ehm allora la capitale {} ehm qual è | della croazia=HR; della bosnia ed erzegovina=BA; del kosovo=XK
filler-hesitation | cioè alexa praticamente la capitale {} | del venezuela=VE; della colombia=CO; del guatemala=GT
filler-hesitation | boh alexa non so qual è la capitale {} dimmelo tu | dell'armenia=AM; della siria=SY; del libano=LB
filler-hesitation | senti un po alexa ehm qual è la capitale {} | del ruanda=RW; dell'uganda=UG; del malawi=MW
filler-hesitation | allora aspetta come si chiama la capitale del coso del turkmenistan | TM
filler-hesitation | alexa mmh la capitale del sudan del sud | SS
filler-hesitation | ehm niente alexa volevo dire la capitale del ciad | TD

# Tails after the question.
trailing-tail | qual è la capitale {} grazie mille | dello zimbabwe=ZW; dello zambia=ZM; del mozambico=MZ
trailing-tail | la capitale {} se lo sai | della liberia=LR; del gabon=GA; del togo=TG
trailing-tail | dimmi la capitale {} che non me la ricordo mai | dell'angola=AO; del botswana=BW; del lesotho=LS
trailing-tail | qual è la capitale {} grazie tesoro | del kuwait=KW; del qatar=QA; dell'arabia saudita=SA
trailing-tail | la capitale del bangladesh per favore e poi basta | BD
trailing-tail | la capitale del guatemala così vinco la scommessa | GT

# What it-IT recognition may write: missing accents, "qual'è", the article's apostrophe as a space, joined or split
# names, English spellings.
asr-artefact | qual e la capitale {} | del peru=PE; di sao tome e principe=ST; del quebec=CA-QC
asr-artefact | qual'è la capitale {} | della nuovazelanda=NZ; del centrafrica=CF; della slovacchia=SK
asr-artefact | qual è la capitale dell {} | iran=IR; uganda=UG; ecuador=EC
asr-artefact | qual è la capitale di bosnia erzegovina | BA
asr-artefact | alexa qual è la capitale della guinea bissau | GW
asr-artefact | qual è la capitale del burkinafaso | BF
asr-artefact | qual è la capitale di trinidad and tobago | TT
asr-artefact | la capitale dell'azerbaijan | AZ
asr-artefact | qual è la capitale del kazakhstan | KZ
asr-artefact | qual è la capitale della tailandia | TH
asr-artefact | qual è la capitale del kenia | KE
asr-artefact | qual è la capitale delle isole figi | FJ
asr-artefact | qual è la capitale del kirghizstan | KG

# The place first, then the question.
topic-first | {} che capitale ha | il nicaragua=NI; la guinea equatoriale=GQ; il sud sudan=SS
topic-first | e {} la capitale qual è | l'uzbekistan=UZ; il tagikistan=TJ; il kirghizistan=KG
topic-first | {} la sua capitale com'è che si chiama | il gabon=GA; la namibia=NA; il camerun=CM
topic-first | la bulgaria quale capitale ha | BG
topic-first | l'eritrea la capitale me la ricordi | ER

# Terse.
terse | capitale {} | ciad=TD; laos=LA; oman=OM
terse | {} capitale | islanda=IS; malta=MT; eritrea=ER
terse | capitale {} veloce | dell'uruguay=UY; della siria=SY; del nepal=NP
terse | alexa capitale brunei | BN

# States, provinces, Länder, UK nations: "capoluogo" and "capitale dello stato".
subdivision | qual è il capoluogo {} | della sassonia-anhalt=DE-ST; del queensland=AU-QLD; dello schleswig-holstein=DE-SH
subdivision | qual è la capitale dello stato {} | del texas=US-TX; della california=US-CA; della florida=US-FL
subdivision | come si chiama la capitale {} in america | del kentucky=US-KY; dell'ohio=US-OH; del michigan=US-MI
subdivision | capoluogo {} | dell'ontario=CA-ON; della columbia britannica=CA-BC; della nuova scozia=CA-NS
subdivision | alexa qual è la capitale {} in australia | della tasmania=AU-TAS; dello stato di victoria=AU-VIC; dell'australia occidentale=AU-WA
subdivision | la capitale {} in india qual è | del kerala=IN-KL; del rajasthan=IN-RJ; del tamil nadu=IN-TN
subdivision | qual è il capoluogo dello stato {} in brasile | di bahia=BR-BA; di minas gerais=BR-MG; di pernambuco=BR-PE
subdivision | capitale dello stato messicano {} | di jalisco=MX-JAL; dello yucatán=MX-YUC; di oaxaca=MX-OAX
subdivision | mi dici la capitale {} | della scozia=GB-SCT; del galles=GB-WLS; dell'irlanda del nord=GB-NIR
subdivision | alexa la capitale del new jersey non è newark vero | US-NJ
subdivision | qual è la capitale dello stato di new york | US-NY
subdivision | alexa qual è la capitale dello stato di washington non la città | US-WA
subdivision | qual è il capoluogo del distretto federale in brasile | BR-DF
subdivision | qual è il capoluogo della renania settentrionale vestfalia | DE-NW
subdivision | qual è il capoluogo della bassa sassonia | DE-NI
subdivision | qual è la capitale del meclemburgo | DE-MV
subdivision | il capoluogo della renania-palatinato com'è | DE-RP
subdivision | qual è la capitale delle hawaii | US-HI
subdivision | la capitale della louisiana qual è | US-LA
subdivision | qual è il capoluogo del manitoba | CA-MB
subdivision | la capitale del maharashtra | IN-MH

# Territories and dependencies.
territory | mi sai dire il capoluogo {} | della groenlandia=GL; delle isole fær øer=FO; delle isole åland=AX
territory | la capitale {} come si chiama | della polinesia francese=PF; della nuova caledonia=NC; della guyana francese=GF
territory | il capoluogo {} qual è | di gibilterra=GI; delle bermuda=BM; delle isole cayman=KY
territory | come si chiama la città principale {} | dell'isola di man=IM; di jersey=JE; di guernsey=GG
territory | alexa la capitale di portorico | PR
territory | qual è il capoluogo della riunione | RE
territory | capitale del sahara occidentale | EH
territory | qual è la capitale delle isole falkland o malvine | FK
territory | la capitale di sant'elena dove hanno esiliato napoleone | SH
territory | qual è la capitale di aruba | AW
territory | e curaçao che capoluogo ha | CW
territory | la capitale della martinica | MQ
territory | qual è la capitale della guadalupa | GP

# Countries with several capitals, asked in the plural.
plural-capitals | quali sono le capitali {} | del sudafrica=ZA; della bolivia=BO; dello sri lanka=LK
plural-capitals | quante capitali ha {} | il benin=BJ; la costa d'avorio=CI; la malaysia=MY
plural-capitals | dimmi tutte e tre le capitali del sudafrica | ZA
plural-capitals | le due capitali {} quali sono | della bolivia=BO; dei paesi bassi=NL; dell'eswatini=SZ
plural-capitals | è vero che {} ha due capitali quali sono | la malesia=MY; lo swaziland=SZ; il benin=BJ
plural-capitals | i paesi bassi hanno due capitali mi dici quali | NL
plural-capitals | l'olanda ha sia amsterdam che l'aia come capitali o no | NL
plural-capitals | qual è la capitale della palestina ramallah o gerusalemme est | PS
plural-capitals | quali sono le due capitali della palestina | PS
plural-capitals | la palestina ha più di una capitale quali sono | PS
plural-capitals | la costa d'avorio ha due capitali yamoussoukro e poi | CI
plural-capitals | quali sono le capitali della costa d'avorio | CI
plural-capitals | alexa dimmi le capitali dello sri lanka | LK
plural-capitals | lo sri lanka ha due capitali vero come si chiamano | LK
plural-capitals | la bolivia ha la paz e sucre ma quale delle due è la capitale vera | BO
plural-capitals | le capitali della malaysia sono kuala lumpur e quale altra | MY
plural-capitals | il sudafrica ha tre capitali pretoria città del capo e poi | ZA
plural-capitals | le capitali del benin sono porto-novo e cotonou giusto | BJ
plural-capitals | capitali dell'eswatini quali sono | SZ

# Long official names.
official-name | qual è la capitale della repubblica {} | federale di germania=DE; francese=FR; ellenica=GR
official-name | la capitale della federazione russa | RU
official-name | qual è la capitale della repubblica popolare cinese | CN
official-name | qual è la capitale della repubblica popolare democratica di corea | KP
official-name | capitale della repubblica di corea | KR
official-name | qual è la capitale della repubblica bolivariana del venezuela | VE
official-name | qual è la capitale degli stati uniti messicani | MX
official-name | qual è la capitale del regno unito di gran bretagna e irlanda del nord | GB
official-name | qual è la capitale della confederazione svizzera | CH
official-name | dimmi la capitale della repubblica araba siriana | SY
official-name | la capitale della repubblica islamica dell'iran | IR
official-name | qual è la capitale del regno hascemita di giordania | JO
official-name | capitale degli stati uniti d'america | US
official-name | qual è la capitale della repubblica di san marino | SM
official-name | qual è la capitale del granducato di lussemburgo | LU
official-name | qual è la capitale della repubblica slovacca | SK
official-name | la capitale della repubblica portoghese qual è | PT

# Everyday, short and old names.
everyday-name | la capitale dell'america | US
everyday-name | che capitale ha l'olanda | NL
everyday-name | la capitale della persia | IR
everyday-name | qual era la capitale della birmania | MM
everyday-name | capitale del siam | TH
everyday-name | la capitale dello zaire | CD
everyday-name | qual è la capitale della russia bianca | BY
everyday-name | qual è la capitale del belarus | BY
everyday-name | qual è la capitale di ceylon | LK
everyday-name | qual è la capitale degli usa | US
everyday-name | capitale della gran bretagna | GB
everyday-name | alexa la capitale degli emirati arabi | AE
everyday-name | qual è la capitale della macedonia | MK
everyday-name | la capitale dell'abissinia come si chiama oggi | ET
everyday-name | la capitale del timor leste | TL
everyday-name | qual è la capitale del vaticano | VA
everyday-name | la capitale della cechia | CZ

# Names several places share, and look-alikes where the exact name must win.
shared-name | qual è la capitale della corea | KP+KR
shared-name | le capitali delle due coree | KP+KR
shared-name | qual è la capitale del congo | CD+CG
shared-name | dimmi le capitali dei due congo | CD+CG
shared-name | la capitale del congo kinshasa | CD
shared-name | la capitale della repubblica democratica del congo | CD
shared-name | qual è la capitale della georgia | GE
shared-name | la capitale della georgia quella americana | US-GA
shared-name | la capitale della georgia nel caucaso | GE
shared-name | qual è la capitale delle isole vergini | VG+VI
shared-name | la capitale della guinea non quella equatoriale | GN
shared-name | la capitale della nigeria non del niger | NG
shared-name | qual è la capitale del sudan senza sud | SD
shared-name | capitale di monaco il principato non la città tedesca | MC
shared-name | qual è la capitale della dominica l'isola non la repubblica dominicana | DM
shared-name | e le coree che capitali hanno | KP+KR

# Follow-ups after an answer.
follow-up | e quella {} | del cile=CL; dell'argentina=AR; del brasile=BR
follow-up | e {} | del portogallo=PT; della spagna=ES; dell'irlanda=IE
follow-up | invece {} | la svezia=SE; il vietnam=VN; la tanzania=TZ
follow-up | e per {} | il laos=LA; il marocco=MA; la libia=LY
follow-up | stessa domanda per {} | la giordania=JO; il libano=LB; l'iraq=IQ
follow-up | ok e la capitale {} | dell'etiopia=ET; del ghana=GH; della somalia=SO
follow-up | adesso {} | la polonia=PL; l'ungheria=HU; la romania=RO
follow-up | perfetto e il paese accanto cioè il belgio | BE
follow-up | ancora una e il nepal | NP
follow-up | e l'ultima la mongolia | MN
follow-up | e invece quella della nuova zelanda | NZ
follow-up | e già che ci sei quella del canada | CA
follow-up | e la finlandia lì vicino | FI

# Self-corrections: the place said last.
self-correction | la capitale della svezia no scusa {} | della norvegia=NO; della finlandia=FI; della danimarca=DK
self-correction | qual è la capitale dell'austria anzi {} | dell'australia=AU; della svizzera=CH; dell'ungheria=HU
self-correction | la capitale {} cioè no volevo dire del niger | della nigeria=NE; del mali=NE; del ciad=NE
self-correction | alexa la capitale della slovenia ehm della slovacchia | SK
self-correction | alexa la capitale dell'iran no dell'iraq | IQ
self-correction | la capitale del perù ah no aspetta del paraguay | PY
self-correction | qual è la capitale della colombia o meglio del venezuela | VE
self-correction | dimmi la capitale della guinea scusa della guinea-bissau | GW
self-correction | qual è la capitale della lettonia no della lituania | LT
self-correction | la capitale della georgia no aspetta dell'armenia | AM
self-correction | alexa la capitale dell'islanda mi sono sbagliato dell'irlanda | IE
self-correction | la capitale del gambia anzi no del ghana | GH
self-correction | la capitale del malawi ehm no del mali | ML
self-correction | la capitale della costa rica no pardon di panama | PA

# Checks: the place asked about.
yes-no-check | è vero che la capitale {} | dell'australia è canberra=AU; del canada è ottawa=CA; della turchia è ankara=TR
yes-no-check | ma {} è la capitale della svizzera | zurigo=CH; ginevra=CH; berna=CH
yes-no-check | istanbul è la capitale della turchia | TR
yes-no-check | alexa è giusto che la capitale del kazakistan si chiama astana | KZ
yes-no-check | sydney è la capitale dell'australia sì o no | AU
yes-no-check | la capitale della nuova zelanda è auckland giusto | NZ
yes-no-check | alexa confermi che la capitale del vietnam è hanoi | VN
yes-no-check | è dar es salaam la capitale della tanzania | TZ
yes-no-check | la capitale del pakistan è karachi vero | PK
yes-no-check | è vero che new york non è la capitale degli stati uniti | US
yes-no-check | rio de janeiro è ancora la capitale del brasile | BR
yes-no-check | alexa mi confermi che la capitale del myanmar non è più rangoon | MM
yes-no-check | la capitale della scozia è glasgow o edimburgo | GB-SCT
yes-no-check | alexa la capitale del belize è belize city | BZ
yes-no-check | è abu dhabi o dubai la capitale degli emirati | AE
yes-no-check | la capitale del camerun è douala no | CM
yes-no-check | la capitale del marocco è casablanca o rabat | MA
yes-no-check | alexa dimmi se la capitale della costa rica è san josé | CR
yes-no-check | scommetto che la capitale del canada è toronto ho ragione | CA
yes-no-check | la capitale di el salvador si chiama anche lei san salvador giusto | SV

# Reverse questions: a capital, which country.
reverse-question | {} è la capitale di quale paese | ulan bator=CITY:ulan bator; ouagadougou=CITY:ouagadougou; tegucigalpa=CITY:tegucigalpa
reverse-question | di che stato è capitale {} | vientiane=CITY:vientiane; asmara=CITY:asmara; paramaribo=CITY:paramaribo
reverse-question | {} di che nazione è la capitale | bishkek=CITY:bishkek; dushanbe=CITY:dushanbe; ashgabat=CITY:ashgabat
reverse-question | alexa {} è la capitale di che paese | windhoek=CITY:windhoek; gaborone=CITY:gaborone; lusaka=CITY:lusaka
reverse-question | qual è il paese che ha come capitale {} | montevideo=CITY:montevideo; canberra=CITY:canberra; kingston=CITY:kingston
reverse-question | la capitale è {} ma di che paese | bamako=CITY:bamako; niamey=CITY:niamey; nouakchott=CITY:nouakchott
reverse-question | ho sentito nominare {} è una capitale ma di dove | mogadiscio=CITY:mogadiscio; giuba=CITY:giuba; khartum=CITY:khartum
reverse-question | di quale stato americano è capitale sacramento | CITY:sacramento
reverse-question | di quale paese è capitale tbilisi | CITY:tbilisi
reverse-question | dimmi il paese la cui capitale è lubiana | CITY:lubiana
reverse-question | zagabria di che paese è la capitale | CITY:zagabria
reverse-question | riyad è capitale di quale stato | CITY:riyad

# Not capital questions: other facts about a country, "capitale" in other senses, the planets, chit-chat, the house.
out-of-domain | quanti abitanti ha la nigeria | FB
out-of-domain | che lingua si parla in brasile | FB
out-of-domain | qual è la moneta della svizzera | FB
out-of-domain | che ore sono a tokyo adesso | FB
out-of-domain | chi è il presidente della francia | FB
out-of-domain | quanti chilometri ci sono da roma a parigi | FB
out-of-domain | che tempo fa a berlino domani | FB
out-of-domain | qual è la città più grande dell'australia | FB
out-of-domain | qual è la montagna più alta dell'africa | FB
out-of-domain | qual è il fiume più lungo del mondo | FB
out-of-domain | quanti stati ci sono negli stati uniti | FB
out-of-domain | qual è il prefisso telefonico della germania | FB
out-of-domain | come si dice grazie in giapponese | FB
out-of-domain | di che colori è la bandiera dell'irlanda | FB
out-of-domain | fammi sentire l'inno nazionale della spagna | FB
out-of-domain | quali paesi confinano con l'austria | FB
out-of-domain | qual è il capitale sociale minimo per aprire una srl | FB
out-of-domain | cosa vuol dire aumento di capitale | FB
out-of-domain | in quali paesi c'è ancora la pena capitale | FB
out-of-domain | quali sono i sette peccati capitali | FB
out-of-domain | come si dice capitale in inglese | FB
out-of-domain | perché milano la chiamano la capitale morale | FB
out-of-domain | qual è la capitale europea della cultura quest'anno | FB
out-of-domain | qual è stata la prima capitale d'italia | FB
out-of-domain | per quanti anni firenze è stata capitale | FB
out-of-domain | qual è il pianeta più grande del sistema solare | FB
out-of-domain | quante lune ha marte | FB
out-of-domain | qual è la capitale di marte | FB
out-of-domain | quanto dista la terra dal sole | FB
out-of-domain | raccontami una barzelletta | FB
out-of-domain | metti un po di musica di vasco rossi | FB
out-of-domain | imposta un timer di dieci minuti per la pasta | FB
out-of-domain | accendi la luce in cucina | FB
out-of-domain | che giorno è oggi | FB
out-of-domain | quanto fa sette per otto | FB
out-of-domain | chi ha vinto lo scudetto l'anno scorso | FB
out-of-domain | chi ha scoperto l'america | FB
out-of-domain | come si fa il tiramisù | FB
out-of-domain | alexa ti voglio bene | FB
out-of-domain | alexa sei sposata | FB
out-of-domain | qual è il lago più grande d'italia | FB
out-of-domain | quanti abitanti ha roma | FB
out-of-domain | quanto costa un volo per new york | FB
out-of-domain | che fuso orario ha il giappone | FB
out-of-domain | quando è la festa nazionale della francia | FB
out-of-domain | chi è il re del belgio | FB
out-of-domain | qual è il piatto tipico del messico | FB
out-of-domain | dove si trova il madagascar | FB
out-of-domain | quanti paesi ci sono in africa | FB
out-of-domain | qual è lo stato più piccolo del mondo | FB
out-of-domain | in che continente si trova l'egitto | FB
out-of-domain | quanto è grande la russia | FB
out-of-domain | qual è la lingua ufficiale del belgio | FB
out-of-domain | che moneta usano in polonia | FB
out-of-domain | chi ha scritto la divina commedia | FB
out-of-domain | alexa metti radio capital | FB
out-of-domain | cosa significa capitalismo | FB
out-of-domain | qual è l'aeroporto principale di londra | FB
out-of-domain | quanti abitanti ha la capitale della cina | FB
out-of-domain | aggiungi il latte alla lista della spesa | FB
out-of-domain | alexa svegliami domani alle sette | FB
out-of-domain | che temperatura c'è a palermo | FB
out-of-domain | qual è la squadra di calcio più forte del brasile | FB
out-of-domain | quanto è alto il monte bianco | FB

# Help.
help | come funziona questa skill | HELP
help | cosa posso chiederti | HELP
help | aiutami non ho capito come si usa | HELP
help | che domande posso fare | HELP
help | alexa mi spieghi come si gioca | HELP
help | non so cosa dire | HELP
help | quali comandi ci sono | HELP
help | mi dai una mano | HELP
help | spiegami le istruzioni | HELP
help | cosa sai fare con le capitali | HELP
help | come devo chiedere una capitale | HELP
help | aiuto cosa devo fare | HELP
help | ho bisogno di aiuto con questa cosa | HELP
help | alexa come faccio a chiederti una capitale | HELP
help | mi fai un esempio di domanda | HELP
help | non capisco come funziona | HELP
help | che cosa si può fare qui | HELP
help | alexa help | HELP
help | in che modo posso usarti | HELP
help | aiutami per favore | HELP
help | scusa come funziona | HELP
help | dammi qualche suggerimento | HELP
help | cosa devo dire | HELP
help | quali sono le istruzioni | HELP

# Stop (Alexa's built-in meaning: end the skill).
stop | stop | STOP
stop | basta così | STOP
stop | fermati | STOP
stop | smettila | STOP
stop | esci | STOP
stop | chiudi la skill | STOP
stop | ho finito grazie | STOP
stop | alexa stai zitta | STOP
stop | basta alexa | STOP
stop | esci dalla skill | STOP
stop | finito per oggi | STOP
stop | alexa fine | STOP
stop | chiudi tutto | STOP
stop | basta capitali per oggi | STOP
stop | abbiamo finito | STOP
stop | adesso basta | STOP
stop | alexa esci pure | STOP
stop | ferma tutto | STOP
stop | ora smetti | STOP
stop | alexa zitta | STOP
stop | stop grazie | STOP
stop | va bene basta così | STOP
stop | non voglio più giocare | STOP
stop | chiudi capitali del mondo | STOP
stop | aò basta mo | STOP
stop | ok basta così grazie alexa | STOP
stop | esci da capitali del mondo | STOP
stop | alexa chiudi | STOP

# Cancel (Alexa's built-in meaning: drop what was asked).
cancel | annulla | CANCEL
cancel | lascia perdere | CANCEL
cancel | annulla la domanda | CANCEL
cancel | no niente | CANCEL
cancel | lascia stare | CANCEL
cancel | non importa | CANCEL
cancel | annulla tutto | CANCEL
cancel | niente lascia perdere | CANCEL
cancel | no scusa annulla | CANCEL
cancel | alexa annulla | CANCEL
cancel | cancella | CANCEL
cancel | fa niente | CANCEL
cancel | lascia perdere non serve più | CANCEL
cancel | ho cambiato idea | CANCEL
cancel | no aspetta annulla | CANCEL
cancel | non fa niente grazie | CANCEL
cancel | annulla per favore | CANCEL
cancel | lascia stare dai | CANCEL
cancel | ok niente | CANCEL
cancel | lasciamo perdere | CANCEL
cancel | no no annulla | CANCEL
cancel | annulla quello che ho detto | CANCEL
cancel | lascia perdere l'ho trovata da solo | CANCEL
cancel | non ti preoccupare lascia stare | CANCEL
cancel | annulla la richiesta | CANCEL
cancel | scusa ho sbagliato annulla | CANCEL
cancel | no guarda lascia perdere | CANCEL

# Launch by the invocation name (assumed "capitali del mondo").
launch | apri capitali del mondo | LAUNCH
launch | alexa avvia capitali del mondo | LAUNCH
launch | lancia capitali del mondo | LAUNCH
launch | voglio giocare a capitali del mondo | LAUNCH
launch | alexa apri la skill capitali del mondo | LAUNCH
launch | fai partire capitali del mondo | LAUNCH
launch | alexa usa capitali del mondo | LAUNCH
launch | apri capitali del mondo per favore | LAUNCH
launch | attiva capitali del mondo | LAUNCH
launch | ciao alexa apri capitali del mondo | LAUNCH
launch | alexa vorrei aprire capitali del mondo | LAUNCH
launch | avvia la skill delle capitali del mondo | LAUNCH
"""

if __name__ == "__main__":
    build_round(18, "it", LINES, sys.argv, "tests/Eval/it/round18/source/build_corpus.py")
