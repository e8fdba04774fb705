"""Round 19, Italian (it-IT): a new author's own mix, written blind. Speakers: regional Italian as it is spoken to an
Echo in Rome ("aò", "me dici", "nun", "anvedi"), Naples ("uè", "e vabbuò", "dimme", "nun o saccio"), Sicily ("amunì",
"mizzica", "chi è" for "che cos'è"), Sardinia ("aiò", "eja"), Tuscany ("o alexa", "icché", "gli è"), Genoa and
Piedmont ("belin", "neh"), the Veneto ("ciò", "ostrega"), Milan ("ué", "tipo", "figurati"), Swiss Italians of Ticino
("per piacere", "natel", "qui in ticino"); grandparents and elders (the Lei, military service, relatives who emigrated
to Argentina, Belgium, Australia), small children, students of the maturità and of university exams, learners of
Italian (missing or wrong articles), office workers mixing English ("call", "recap", "deadline", "slide", "sorry").
Situations: TV quiz shows (L'Eredità, Reazione a catena, Chi vuol essere milionario), pub quizzes and Trivial, the
crossword and the Settimana Enigmistica (letter counts that fit), travel (low cost flights, a honeymoon, a Caribbean
cruise, Interrail, Erasmus), the news (tg, the Pope's apostolic journeys), sport (away games of Italian clubs, the Giro's
foreign starts, MotoGP, the song contest), the car and the kitchen. Plus fillers ("allora", "ehm", "cioè", "boh",
"tipo"), self-corrections, follow-ups, checks, reverse questions, official and old names, and what it-IT recognition
writes: lost accents ("peru", "sao tome"), "qual'è" and "qual e", English spellings ("azerbaijan", "kazakhstan",
"fiji"), split or joined names ("bielo russia", "sud africa", "costa davorio").
`python3 tests/Eval/it/round19/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 19's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Plain questions, neutral register.
plain-question | qual è la capitale {} | del burkina faso=BF; del madagascar=MG; dell'eritrea=ER
plain-question | mi dici la capitale {} | della mauritania=MR; del suriname=SR; del belize=BZ
plain-question | come si chiama la capitale {} | del kirghizistan=KG; del turkmenistan=TM; del tagikistan=TJ
plain-question | vorrei sapere qual è la capitale {} | delle isole salomone=SB; di vanuatu=VU; delle figi=FJ
plain-question | sai dirmi la capitale {} | del lesotho=LS; del botswana=BW; dello zimbabwe=ZW
plain-question | che capitale ha {} | la guyana=GY; la namibia=NA; il malawi=MW

# Fillers and hesitations.
filler-hesitation | allora ehm qual è la capitale {} | del kazakistan=KZ; dell'uzbekistan=UZ; della mongolia=MN
filler-hesitation | eh niente volevo sapere tipo la capitale {} | del guatemala=GT; dell'honduras=HN; del nicaragua=NI
filler-hesitation | cioè aspetta la capitale {} qual era | della giamaica=JM; di haiti=HT; di cuba=CU
filler-hesitation | mmm boh dimmi tu la capitale {} | del gabon=GA; del camerun=CM; del ciad=TD
filler-hesitation | ecco allora la capitale {} com'è che si chiama | della moldavia=MD; della bielorussia=BY; dell'ucraina=UA
filler-hesitation | ehm ehm scusa un attimo qual è la capitale {} | del togo=TG; del benin=BJ; della sierra leone=SL

# The polite Lei.
formal-lei | mi scusi mi saprebbe dire la capitale {} | della finlandia=FI; dell'estonia=EE; della lettonia=LV
formal-lei | buonasera gentilmente potrebbe dirmi qual è la capitale {} | dell'oman=OM; del bahrein=BH; del qatar=QA
formal-lei | le dispiacerebbe ricordarmi la capitale {} | della tunisia=TN; della libia=LY; dell'algeria=DZ
formal-lei | cortesemente mi indica la capitale {} | del nepal=NP; del bhutan=BT; del bangladesh=BD

# Grandparents and elders.
elderly | ai miei tempi le capitali si studiavano a memoria adesso non ricordo più quella {} | della bulgaria=BG; della romania=RO; dell'albania=AL
elderly | mio padre è stato prigioniero in {} durante la guerra qual è la capitale | kenya=KE; india=IN; australia=AU
elderly | quando facevo il militare ce lo insegnavano la capitale {} com'era | della grecia=GR; della turchia=TR; dell'etiopia=ET
elderly | io ho ottantadue anni alexa abbi pazienza qual è la capitale {} | del portogallo=PT; della spagna=ES; del belgio=BE
elderly | figlia mia alexa mi ricordi la capitale {} che mi è sfuggita | dell'irlanda=IE; della danimarca=DK; dell'ungheria=HU

# Relatives who emigrated.
emigrant | mia sorella è emigrata in {} tanti anni fa ma come si chiama la capitale | argentina=AR; venezuela=VE; canada=CA
emigrant | mio figlio lavora in {} da due anni qual è la capitale di là | svizzera=CH; germania=DE; lussemburgo=LU
emigrant | i miei parenti stanno in {} la capitale qual è | brasile=BR; uruguay=UY; belgio=BE
emigrant | mio zio è partito per {} nel sessantatré qual è la capitale | l'australia=AU; gli stati uniti=US; il cile=CL

# Small children.
child | alexa io ho sei anni e voglio sapere la capitale {} | del giappone=JP; della cina=CN; dell'egitto=EG
child | la maestra ci ha dato una scheda qual è la capitale {} | del brasile=BR; del messico=MX; del perù=PE
child | alexa mi dici la capitale {} che la mamma non la sa | dell'australia=AU; della russia=RU; della nuova zelanda=NZ
child | alexa come si chiama la capitale {} dove abita il re | della thailandia=TH; del marocco=MA; della norvegia=NO

# Students: the maturità, university exams, entrance tests.
student | domani ho la maturità e sono in panico qual è la capitale {} | del pakistan=PK; dell'afghanistan=AF; dell'iraq=IQ
student | sto ripassando per l'esame di geografia politica la capitale {} | del sud sudan=SS; della somalia=SO; di gibuti=DJ
student | c'è una domanda nel test d'ingresso la capitale {} qual è | dell'etiopia=ET; della tanzania=TZ; del ruanda=RW
student | all'interrogazione il prof mi ha chiesto la capitale {} e ho fatto scena muta | del myanmar=MM; del laos=LA; della cambogia=KH

# TV quiz shows, pub quizzes, board games.
quiz-game | sto guardando l'eredità la domanda è la capitale {} | del paraguay=PY; dell'uruguay=UY; dell'ecuador=EC
quiz-game | a reazione a catena hanno sbagliato la capitale {} qual era quella giusta | della slovenia=SI; della slovacchia=SK; della croazia=HR
quiz-game | facciamo chi vuol essere milionario per mille euro qual è la capitale {} | del brunei=BN; di singapore=SG; delle filippine=PH
quiz-game | al quiz del pub stasera c'era la capitale {} e nessuno la sapeva | di tuvalu=TV; di nauru=NR; di palau=PW
quiz-game | stiamo giocando a trivial la domanda dice capitale {} | di kiribati=KI; della micronesia=FM; delle isole marshall=MH

# The crossword.
crossword | cruciverba capitale {} cinque lettere | del ghana=GH; del senegal=SN; della nigeria=NG
crossword | sto facendo la settimana enigmistica capitale {} di sei lettere | del mali=ML; del niger=NE; del mozambico=MZ
crossword | nel cruciverba mi manca la capitale {} comincia per elle | dell'angola=AO; dello zambia=ZM; del togo=TG
crossword | dodici orizzontale capitale {} | della guinea=GN; del gambia=GM; del kuwait=KW

# Travel.
travel | sto prenotando un volo low cost per {} qual è la capitale | la giordania=JO; il libano=LB; cipro=CY
travel | facciamo il viaggio di nozze {} che capitale hanno | alle maldive=MV; a mauritius=MU; alle seychelles=SC
travel | con la crociera ai caraibi passiamo da {} qual è la capitale | barbados=BB; grenada=GD; antigua e barbuda=AG
travel | quest'estate faccio l'interrail e arrivo fino in {} la capitale qual è | danimarca=DK; svezia=SE; norvegia=NO
travel | parto per l'erasmus in {} ma la capitale qual è | polonia=PL; ungheria=HU; repubblica ceca=CZ

# The news and sport.
news-sport | al tg hanno parlato {} qual è la capitale | del sudan=SD; dello yemen=YE; della siria=SY
news-sport | il papa va in viaggio apostolico in {} qual è la capitale | timor est=TL; papua nuova guinea=PG; mongolia=MN
news-sport | stasera la roma gioca in trasferta in {} qual è la capitale | azerbaigian=AZ; armenia=AM; israele=IL
news-sport | il giro d'italia quest'anno parte {} che capitale ha | dall'albania=AL; dalla danimarca=DK; dall'ungheria=HU
news-sport | all'eurovision ha vinto {} qual è la sua capitale | la svezia=SE; l'ucraina=UA; la svizzera=CH
news-sport | c'è il gran premio di motogp {} qual è la capitale di quel paese | del qatar=QA; dell'indonesia=ID; dell'argentina=AR

# Rome.
roman | aò alexa me dici la capitale {} | della costa rica=CR; di panama=PA; del salvador=SV
roman | ma che ne so io qual è la capitale {} dimmelo te | del montenegro=ME; della macedonia del nord=MK; della bosnia=BA
roman | aò nun me la ricordo la capitale {} | dell'austria=AT; della germania=DE; della francia=FR
roman | anvedi alexa ma la capitale {} com'è | del kosovo=XK; della serbia=RS; della georgia=GE+US-GA

# Naples.
neapolitan | uè alexa dimmi na cosa ma la capitale {} qual è | del marocco=MA; dell'egitto=EG; della tunisia=TN
neapolitan | e vabbuò allora dimme la capitale {} | del venezuela=VE; della colombia=CO; del perù=PE
neapolitan | io nun o saccio qual è la capitale {} tu o sai | dell'arabia saudita=SA; degli emirati arabi=AE; dell'iran=IR

# Sicily.
sicilian | amunì alexa dimmi la capitale {} | della grecia=GR; di malta=MT; della libia=LY
sicilian | mizzica non me la ricordo la capitale {} | del cile=CL; della bolivia=BO; dell'argentina=AR
sicilian | alexa chi è la capitale {} | della svezia=SE; della finlandia=FI; dell'islanda=IS

# Sardinia.
sardinian | aiò alexa la capitale {} qual è | della spagna=ES; del portogallo=PT; di andorra=AD
sardinian | eja ma la capitale {} com'è che si chiama | della tunisia=TN; del lussemburgo=LU; di san marino=SM

# Tuscany.
tuscan | o alexa icché gli è la capitale {} | del giappone=JP; della corea del sud=KR; della cina=CN
tuscan | o alexa ma la capitale {} la sai te | del vietnam=VN; della thailandia=TH; della malaysia=MY

# Genoa and Piedmont.
northwest | belin alexa la capitale {} | della norvegia=NO; del canada=CA; del messico=MX
northwest | alexa qual è la capitale {} neh | della lituania=LT; della polonia=PL; della russia=RU

# Veneto and Milan.
northeast | ciò alexa dimmi un po la capitale {} | della croazia=HR; della slovenia=SI; dell'austria=AT
northeast | ostrega adesso mi è venuto il dubbio la capitale {} | del liechtenstein=LI; di monaco=MC; del belgio=BE
milanese | ué alexa figurati se mi ricordo la capitale {} | dell'indonesia=ID; delle filippine=PH; del brunei=BN

# Swiss Italians of Ticino.
ticino | ciao alexa qui dal ticino mi dici per piacere la capitale {} | del liechtenstein=LI; della germania=DE; della francia=FR
ticino | sto scrivendo col natel a mia figlia qual è la capitale {} | del canada=CA; del giappone=JP; dell'australia=AU

# Learners of Italian and slipped articles.
article-slip | ciao alexa io studio italiano qual è capitale di {} | filippine=PH; stati uniti=US; paesi bassi=NL
article-slip | la capitale in {} quale è | egitto=EG; iran=IR; perù=PE
article-slip | la capitale di {} qual è | marocco=MA; senegal=SN; pakistan=PK
article-slip | dimmi capitale di {} per favore | albania=AL; nigeria=NG; bangladesh=BD

# Office Italian with English words.
english-mix | sto preparando una call con il team {} qual è la capitale | della polonia=PL; dell'india=IN; del messico=MX
english-mix | sorry alexa ma la capitale {} qual è | del kenya=KE; dell'uganda=UG; del ruanda=RW
english-mix | fammi un recap veloce capitale {} | della corea del sud=KR; del vietnam=VN; del giappone=JP
english-mix | ho una deadline e mi serve la capitale {} per le slide | del sudafrica=ZA; della nigeria=NG; dell'egitto=EG
english-mix | ho visto un reel su tiktok {} qual è la capitale | sull'islanda=IS; sul bhutan=BT; sulla groenlandia=GL

# At home and in the car.
home-car | ho le mani in pasta alexa qual è la capitale {} | del kuwait=KW; dell'iran=IR; della giordania=JO
home-car | sono in macchina sull'autostrada e mi è venuta in mente la capitale {} | dell'ecuador=EC; della bolivia=BO; del paraguay=PY
home-car | siamo in coda al casello e i bambini chiedono la capitale {} | della francia=FR; dell'inghilterra=GB-ENG; della spagna=ES
home-car | sto stirando e ascolto la radio ma qual è la capitale {} | del ciad=TD; del niger=NE; del mali=ML

# Terse keyword forms.
terse | capitale {} | haiti=HT; eritrea=ER; gibuti=DJ
terse | {} capitale | nepal=NP; cuba=CU; oman=OM
terse | capitale di {} grazie | samoa=WS; tonga=TO; dominica=DM

# Words after the question.
trailing-words | qual è la capitale {} grazie mille | della lettonia=LV; dell'estonia=EE; della lituania=LT
trailing-words | la capitale {} qual è dai | del camerun=CM; del gabon=GA; del congo=CD+CG
trailing-words | come si chiama la capitale {} me lo dici | di trinidad e tobago=TT; delle bahamas=BS; della repubblica dominicana=DO

# What it-IT recognition writes: lost accents, qual'è, English spellings, split or joined names.
asr-artefact | qual'è la capitale {} | del peru=PE; della bielo russia=BY; dell'arabia saudita=SA
asr-artefact | qual e la capitale {} | della nuova zelanda=NZ; degli stati uniti=US; dello sri lanka=LK
asr-artefact | quale la capitale {} | della costa davorio=CI; del sud africa=ZA; di sao tome=ST
asr-artefact | la capitale {} | dell'azerbaijan=AZ; del kazakhstan=KZ; delle isole fiji=FJ
asr-artefact | capitale della {} come si chiama | tailandia=TH; guinea bissau=GW; papua nuova ghinea=PG
asr-artefact | la capitale del {} per favore | bahrain=BH; burkina=BF; capoverde=CV
asr-artefact | qual è la capitale della citta del vaticano | VA
asr-artefact | qual è la capitale del kirghizstan | KG

# One-shot requests through the invocation name.
one-shot | chiedi a capitali del mondo la capitale {} | dell'eswatini=SZ; del lesotho=LS; del malawi=MW
one-shot | apri capitali del mondo e dimmi la capitale {} | della liberia=LR; della guinea equatoriale=GQ; di capo verde=CV
one-shot | alexa domanda a capitali del mondo qual è la capitale {} | di saint lucia=LC; di saint kitts e nevis=KN; di saint vincent e grenadine=VC

# Follow-ups after an answer.
follow-up | e {} | dell'uganda=UG; del burundi=BI; della tanzania=TZ
follow-up | e quella {} | del sudan=SD; dell'eritrea=ER; della somalia=SO
follow-up | invece {} | la turchia=TR; la grecia=GR; cipro=CY
follow-up | e per {} | il cile=CL; l'argentina=AR; il perù=PE
follow-up | ok e adesso {} | la mongolia=MN; il kazakistan=KZ; il kirghizistan=KG
follow-up | ancora una e {} | la namibia=NA; il botswana=BW; lo zambia=ZM
follow-up | e poi quella {} | del nicaragua=NI; dell'honduras=HN; del salvador=SV
follow-up | perfetto e {} che capitale ha | il qatar=QA; il bahrein=BH; l'oman=OM

# Self-corrections: the place said last.
self-correction | qual è la capitale della svezia no scusa della svizzera | CH
self-correction | la capitale dell'austria anzi dell'australia | AU
self-correction | dimmi la capitale della slovenia no aspetta della slovacchia | SK
self-correction | capitale dell'islanda volevo dire dell'irlanda | IE
self-correction | la capitale della nigeria no del niger | NE
self-correction | qual è la capitale del mali cioè del malawi | MW
self-correction | la capitale della guinea equatoriale ehm no della guinea bissau | GW
self-correction | la capitale dell'iran anzi no dell'iraq | IQ
self-correction | la capitale del senegal mi sono sbagliato del gambia | GM
self-correction | qual è la capitale della colombia macché della bolivia | BO
self-correction | qual è la capitale dell'armenia ops dell'albania | AL
self-correction | la capitale del sudan anzi del sud sudan intendevo | SS
self-correction | capitale della lettonia no lituania | LT
self-correction | la capitale della mauritania scusa di mauritius | MU
self-correction | la capitale del paraguay ho detto male dell'uruguay | UY
self-correction | capitale della dominica no della repubblica dominicana | DO
self-correction | dimmi la capitale dell'austria ma che dico della germania | DE
self-correction | la capitale della corea del nord no del sud | KR

# Checks: the place asked about.
yes-no-check | è vero che la capitale {} | del brasile è rio de janeiro=BR; della turchia è istanbul=TR; del marocco è casablanca=MA
yes-no-check | {} giusto | la capitale del canada è toronto=CA; la capitale dell'australia è sydney=AU; la capitale della svizzera è zurigo=CH
yes-no-check | ma la capitale {} | della nigeria non era lagos=NG; del kazakistan non era almaty=KZ; della bolivia non era la paz=BO
yes-no-check | mio marito dice che {} ha ragione lui | la capitale della germania è bonn=DE; la capitale del vietnam è saigon=VN; la capitale della scozia è glasgow=GB-SCT
yes-no-check | secondo me {} o sbaglio | la capitale della tanzania è dar es salaam=TZ; la capitale del pakistan è karachi=PK; la capitale dell'india è bombay=IN
yes-no-check | berna è davvero la capitale della svizzera | CH
yes-no-check | washington è la capitale degli stati uniti sì o no | US
yes-no-check | la capitale del myanmar è ancora rangoon | MM
yes-no-check | la capitale della costa d'avorio è abidjan o yamoussoukro | CI
yes-no-check | la capitale della nuova zelanda è auckland vero | NZ
yes-no-check | ankara è la capitale della turchia o no | TR
yes-no-check | alexa conferma che la capitale del belgio è bruxelles | BE

# Reverse questions: which place has this capital.
reverse-question | {} è la capitale di quale paese | tegucigalpa=CITY:Tegucigalpa; paramaribo=CITY:Paramaribo; nouakchott=CITY:Nouakchott
reverse-question | di che nazione è capitale {} | ulan bator=CITY:Ulan Bator; lubiana=CITY:Lubiana; vientiane=CITY:Vientiane
reverse-question | {} di che stato è la capitale | asmara=CITY:Asmara; bamako=CITY:Bamako; windhoek=CITY:Windhoek
reverse-question | ho sentito nominare {} è capitale di cosa | ashgabat=CITY:Ashgabat; dushanbe=CITY:Dushanbe; bishkek=CITY:Bishkek
reverse-question | la città di {} è capitale di quale nazione | montevideo=CITY:Montevideo; asuncion=CITY:Asunción; la valletta=CITY:La Valletta
reverse-question | quale paese ha come capitale {} | kingston=CITY:Kingston; nicosia=CITY:Nicosia; gitega=CITY:Gitega
reverse-question | qual è lo stato la cui capitale è {} | dodoma=CITY:Dodoma; abuja=CITY:Abuja; naypyidaw=CITY:Naypyidaw
reverse-question | nel cruciverba c'è stato con capitale {} | mogadiscio=CITY:Mogadiscio; khartum=CITY:Khartum; dacca=CITY:Dacca
reverse-question | {} è capitale di quale stato americano | sacramento=CITY:Sacramento; tallahassee=CITY:Tallahassee; austin=CITY:Austin
reverse-question | l'avana è la capitale di che paese | CITY:L’Avana

# Official long names.
official-name | qual è la capitale della {} | repubblica ellenica=GR; confederazione svizzera=CH; federazione russa=RU
official-name | capitale del {} | regno hascemita di giordania=JO; granducato di lussemburgo=LU; sultanato dell'oman=OM
official-name | la capitale dello {} | stato di israele=IL; stato plurinazionale di bolivia=BO; stato della città del vaticano=VA
official-name | mi dici la capitale della {} | repubblica socialista del vietnam=VN; repubblica islamica dell'iran=IR; repubblica araba d'egitto=EG
official-name | capitale della {} | repubblica popolare democratica di corea=KP; repubblica di corea=KR; repubblica democratica del congo=CD
official-name | qual è la capitale della repubblica del congo | CG
official-name | la capitale del regno unito di gran bretagna e irlanda del nord | GB
official-name | la capitale della repubblica federale di germania | DE
official-name | qual è la capitale degli stati uniti messicani | MX
official-name | la capitale della serenissima repubblica di san marino | SM
official-name | qual è la capitale del {} | principato di monaco=MC; principato del liechtenstein=LI; regno di tonga=TO
official-name | la capitale della {} qual è | repubblica unita di tanzania=TZ; repubblica federale democratica d'etiopia=ET; repubblica bolivariana del venezuela=VE

# Everyday, old and colloquial names.
everyday-name | la capitale {} qual è | dell'olanda=NL; dell'inghilterra=GB-ENG; dell'america=US
everyday-name | com'era la capitale {} | della persia=IR; della birmania=MM; di ceylon=LK
everyday-name | una volta si chiamava {} qual è la capitale | siam=TH; zaire=CD; rhodesia=ZW
everyday-name | capitale {} qual era | dello swaziland=SZ; della russia bianca=BY; di formosa=TW
everyday-name | dimmi la capitale {} | degli usa=US; della moldova=MD; della macedonia=MK
everyday-name | qual è la capitale della gran bretagna | GB
everyday-name | la capitale di timor leste | TL
everyday-name | qual è la capitale della cechia | CZ
everyday-name | capitale del vaticano | VA
everyday-name | la capitale degli emirati | AE

# Names several places share, and their look-alikes.
shared-name | qual è la capitale del congo | CD+CG
shared-name | capitale della corea | KP+KR
shared-name | la capitale della georgia | GE+US-GA
shared-name | le capitali delle due coree | KP+KR
shared-name | dimmi le capitali dei due congo | CD+CG
shared-name | capitale delle isole vergini | VG+VI
shared-name | la capitale della guinea quella normale non la equatoriale | GN
shared-name | la capitale del niger non della nigeria | NE
shared-name | capitale della dominica l'isola dei caraibi | DM
shared-name | capitale della guyana non quella francese | GY
shared-name | e le samoa americane che capitale hanno | AS
shared-name | la capitale del sudan quello del nord | SD
shared-name | la capitale di washington lo stato non la città | US-WA
shared-name | la capitale dello stato di new york non la città | US-NY

# Several capitals, asked in the plural.
plural-capitals | quali sono le capitali {} | del sudafrica=ZA; della bolivia=BO; dei paesi bassi=NL
plural-capitals | come si chiamano le due capitali {} | della malaysia=MY; dello sri lanka=LK; del benin=BJ
plural-capitals | ho letto che {} ha più di una capitale quali sono | l'eswatini=SZ; la costa d'avorio=CI; la palestina=PS
plural-capitals | quante capitali ha {} | la bolivia=BO; l'olanda=NL; la malesia=MY
plural-capitals | le capitali {} me le dici | della costa d'avorio=CI; dello swaziland=SZ; del benin=BJ
plural-capitals | dimmi tutte e tre le capitali del sudafrica | ZA
plural-capitals | lo sri lanka ha due capitali quali | LK
plural-capitals | quali sono le capitali del jammu e kashmir | IN-JK
plural-capitals | l'uttarakhand ha due capitali vero quali sono | IN-UK
plural-capitals | montserrat quali capitali ha | MS
plural-capitals | la palestina quante capitali ha e quali | PS

# States, provinces, nations and territories.
subdivision | qual è la capitale {} negli stati uniti | del montana=US-MT; dell'oregon=US-OR; del kentucky=US-KY
subdivision | ho visto una serie ambientata {} qual è la capitale dello stato | in louisiana=US-LA; in alaska=US-AK; in texas=US-TX
subdivision | qual è la capitale dello stato brasiliano {} | di pernambuco=BR-PE; del paraná=BR-PR; di santa catarina=BR-SC
subdivision | capitale della provincia {} | della columbia britannica=CA-BC; della nuova scozia=CA-NS; del manitoba=CA-MB
subdivision | qual è il capoluogo {} in germania | della baviera=DE-BY; della sassonia=DE-SN; della turingia=DE-TH
subdivision | la capitale {} in australia | del nuovo galles del sud=AU-NSW; della tasmania=AU-TAS; del territorio del nord=AU-NT
subdivision | qual è la capitale dello stato indiano {} | del bihar=IN-BR; del punjab=IN-PB; del gujarat=IN-GJ
subdivision | la capitale dello stato messicano {} | dello yucatán=MX-YUC; del chiapas=MX-CHP; di jalisco=MX-JAL
subdivision | la scozia ha una capitale tutta sua qual è | GB-SCT
subdivision | e il galles che capitale ha | GB-WLS
subdivision | capitale dell'irlanda del nord | GB-NIR
subdivision | la groenlandia ha una capitale | GL
subdivision | qual è il capoluogo delle isole faroe | FO
subdivision | capitale di porto rico | PR
subdivision | la capitale della nuova caledonia | NC
subdivision | qual è la capitale delle bermuda | BM
subdivision | capitale della martinica | MQ
subdivision | capitale dell'isola di man | IM
subdivision | la capitale di aruba | AW
subdivision | capitale della polinesia francese | PF
subdivision | qual è il capoluogo dell'isola della riunione | RE

# Out of domain: other facts, capital in other senses, chit-chat, the sky.
out-of-domain | quanti abitanti ha {} | la cina=FB; il brasile=FB; roma=FB
out-of-domain | che lingua si parla {} | in belgio=FB; in svizzera=FB; in brasile=FB
out-of-domain | che moneta usano {} | in ungheria=FB; in giappone=FB; in marocco=FB
out-of-domain | qual è il prefisso telefonico della germania | FB
out-of-domain | che ore sono adesso a new york | FB
out-of-domain | quanto dista milano da parigi | FB
out-of-domain | chi è il presidente della francia | FB
out-of-domain | com'è fatta la bandiera del portogallo | FB
out-of-domain | qual è la montagna più alta del mondo | FB
out-of-domain | qual è il fiume più lungo d'italia | FB
out-of-domain | qual è il pianeta più vicino al sole | FB
out-of-domain | quante lune ha giove | FB
out-of-domain | cos'è il capitale sociale di una srl | FB
out-of-domain | quanto capitale serve per aprire una srl | FB
out-of-domain | chi ha scritto il capitale | FB
out-of-domain | quali sono i sette vizi capitali | FB
out-of-domain | cosa vuol dire pena capitale | FB
out-of-domain | qual è la capitale europea della cultura quest'anno | FB
out-of-domain | raccontami una barzelletta | FB
out-of-domain | metti un po di musica italiana | FB
out-of-domain | che tempo fa domani a napoli | FB
out-of-domain | imposta un timer di dieci minuti per la pasta | FB
out-of-domain | accendi la luce in cucina | FB
out-of-domain | chi ha vinto lo scudetto l'anno scorso | FB
out-of-domain | quanti stati ci sono nel mondo | FB
out-of-domain | quanti paesi ci sono in africa | FB
out-of-domain | qual è lo stato più piccolo del mondo | FB
out-of-domain | come si dice capitale in inglese | FB
out-of-domain | qual è la città più popolosa dell'australia | FB
out-of-domain | dove si trova il madagascar | FB
out-of-domain | in che continente è la mongolia | FB
out-of-domain | chi è il re del belgio | FB
out-of-domain | cosa si mangia di tipico in grecia | FB
out-of-domain | ti voglio bene alexa | FB
out-of-domain | sei più brava di siri | FB
out-of-domain | cantami una canzone | FB
out-of-domain | quanto costa un volo per londra | FB
out-of-domain | che temperatura c'è a mosca | FB
out-of-domain | a che ora apre il colosseo | FB
out-of-domain | chi ha scoperto l'america | FB
out-of-domain | quando è nata la repubblica italiana | FB
out-of-domain | roma caput mundi cosa vuol dire | FB
out-of-domain | chi canta roma capoccia | FB
out-of-domain | qual è la capitale della luna | FB
out-of-domain | plutone è ancora un pianeta | FB
out-of-domain | qual è la stella più vicina alla terra | FB
out-of-domain | quante regioni ha l'italia | FB
out-of-domain | che cos'è una capitale | FB
out-of-domain | qual è il lago più grande d'italia | FB
out-of-domain | spegni la televisione | FB
out-of-domain | ordinami una pizza margherita | FB
out-of-domain | milano è la capitale della moda | FB
out-of-domain | quanti abitanti ha la terra | FB
out-of-domain | qual è il deserto più grande del mondo | FB
out-of-domain | che fuso orario ha il giappone | FB
out-of-domain | qual è l'inno nazionale della francia | FB
out-of-domain | quanto è lungo il confine tra italia e svizzera | FB

# Help.
help | come si usa questa skill | HELP
help | cosa posso chiederti di preciso | HELP
help | non ho capito come funziona | HELP
help | mi spieghi cosa fai | HELP
help | che domande ti posso fare | HELP
help | alexa aiutami non so cosa dire | HELP
help | mi dai qualche esempio di domanda | HELP
help | ho bisogno di una mano con questa app | HELP
help | come funziona capitali del mondo | HELP
help | quali comandi capisci | HELP
help | scusa ma cosa devo fare adesso | HELP
help | istruzioni per favore | HELP
help | non so come si gioca mi aiuti | HELP
help | mi ripeti cosa posso fare | HELP
help | che cosa sai fare tu | HELP
help | spiegami un po come funziona sta cosa | HELP
help | aiuto non capisco | HELP
help | come ti devo chiedere le cose | HELP
help | aiutami per piacere | HELP

# Stop.
stop | basta così | STOP
stop | stop alexa | STOP
stop | ok grazie ho finito | STOP
stop | chiudi capitali del mondo | STOP
stop | esci dalla skill | STOP
stop | basta grazie ciao | STOP
stop | fermati | STOP
stop | alexa smettila | STOP
stop | ora basta per oggi | STOP
stop | va bene così ciao | STOP
stop | zitta alexa | STOP
stop | esci | STOP
stop | termina | STOP
stop | chiudi tutto | STOP
stop | finito grazie | STOP
stop | ciao alla prossima | STOP
stop | non voglio più giocare | STOP
stop | abbiamo finito | STOP
stop | stop stop | STOP
stop | basta alexa mi hai stufato | STOP

# Cancel.
cancel | annulla | CANCEL
cancel | lascia perdere | CANCEL
cancel | no niente lascia stare | CANCEL
cancel | annulla la richiesta | CANCEL
cancel | fa niente | CANCEL
cancel | non importa più | CANCEL
cancel | niente scusa | CANCEL
cancel | annulla tutto | CANCEL
cancel | ho cambiato idea | CANCEL
cancel | dimentica quello che ho detto | CANCEL
cancel | no aspetta annulla | CANCEL
cancel | lasciamo stare | CANCEL
cancel | cancella | CANCEL
cancel | non fa niente | CANCEL
cancel | anzi no niente | CANCEL
cancel | niente niente | CANCEL
cancel | scusa ho sbagliato annulla | CANCEL
cancel | lascia perdere dai | CANCEL
cancel | annulla la domanda per favore | CANCEL

# Launch.
launch | apri capitali del mondo | LAUNCH
launch | avvia capitali del mondo | LAUNCH
launch | alexa apri la skill capitali del mondo | LAUNCH
launch | fai partire capitali del mondo | LAUNCH
launch | voglio giocare con capitali del mondo | LAUNCH
launch | lancia capitali del mondo | LAUNCH
launch | ciao alexa apriamo capitali del mondo | LAUNCH
launch | metti capitali del mondo | LAUNCH
launch | apri capitali del mondo per favore | LAUNCH
launch | alexa capitali del mondo | LAUNCH
launch | attiva capitali del mondo | LAUNCH
launch | vorrei usare capitali del mondo | LAUNCH

# Added after the first build: the three sovereign countries not yet asked, plural lines for South Africa, Bolivia,
# Malaysia and the Netherlands (the first ones were in earlier rounds), more stop, cancel, launch and out-of-domain lines
# (a third to a half of the short ones were in earlier rounds), one more Milanese frame.
plain-question | la repubblica centrafricana che capitale ha | CF
student | per la tesina della maturità mi serve la capitale delle comore | KM
child | alexa qual è la capitale dell'italia è roma vero | IT
elderly | io sono italiano ma mi vergogno a chiederlo la capitale dell'italia è sempre stata roma | IT
milanese | ué alexa ma te lo sai che capitale ha {} | il congo brazzaville=CG; la repubblica centrafricana=CF; le comore=KM
plural-capitals | il sudafrica ha tre capitali me le elenchi | ZA
plural-capitals | perché la bolivia ha due capitali come si chiamano | BO
plural-capitals | ma la malesia ha due capitali quali sono | MY
plural-capitals | in olanda ci sono due capitali amsterdam e quale altra | NL
plural-capitals | alexa le capitali sudafricane quali sono | ZA
plural-capitals | sucre e la paz sono tutte e due capitali della bolivia | BO
stop | ok alexa basta con le capitali | STOP
stop | chiudi la skill per favore | STOP
stop | adesso smettiamo che è ora di cena | STOP
stop | basta basta ho capito | STOP
stop | esci da capitali del mondo | STOP
stop | ferma tutto alexa | STOP
stop | per oggi abbiamo chiuso grazie | STOP
stop | buonanotte alexa io vado a dormire | STOP
stop | alexa spegniti | STOP
cancel | no lascia perdere non era quello | CANCEL
cancel | annulla annulla | CANCEL
cancel | aspetta no non importa | CANCEL
cancel | niente alexa ho sbagliato a parlare | CANCEL
cancel | annulla l'ultima domanda | CANCEL
cancel | no scusa stavo parlando con mio figlio lascia stare | CANCEL
cancel | torna indietro annulla | CANCEL
cancel | lascia perdere me lo cerco io | CANCEL
cancel | macché niente annulla | CANCEL
launch | alexa apri capitali del mondo che giochiamo | LAUNCH
launch | fammi partire capitali del mondo | LAUNCH
launch | apri un po capitali del mondo | LAUNCH
launch | alexa avvia la skill delle capitali del mondo | LAUNCH
out-of-domain | quanti abitanti ha la sicilia | FB
out-of-domain | cosa vuol dire capitale umano | FB
out-of-domain | quanto rende un capitale di diecimila euro in banca | FB
out-of-domain | che lingua parlano in belgio i fiamminghi | FB
out-of-domain | chi ha vinto l'eurovision quest'anno | FB
out-of-domain | quando parte il giro d'italia | FB
out-of-domain | qual è il vulcano più alto d'europa | FB
out-of-domain | quanti anni ha il papa | FB
out-of-domain | che ore sono a sydney | FB
out-of-domain | quanto è grande la russia | FB
out-of-domain | ricordami di comprare il pane | FB
out-of-domain | cosa c'è da vedere a lisbona | FB
out-of-domain | qual è la città più fredda del mondo | FB
out-of-domain | mi fai sentire radio deejay | FB
out-of-domain | qual è l'oceano più profondo | FB
"""

if __name__ == "__main__":
    build_round(19, "it", LINES, sys.argv, "tests/Eval/it/round19/source/build_corpus.py")
