"""Round 19, Dutch (nl-NL): a new author's own mix, written blind. Speakers talking to a Dutch Echo: Flemish speakers
("allez", "awel", "amai", "ewa", "gij/ge", "kunde", "da", "nie", "efkes", "salu"), Brabanders ("hedde gij", "jao",
"houdoe", "toch"), Limburgers ("ich", "sjiek"), Groningers ("moi", "joa", "hè"), Randstad youth ("yo", "bro", "wollah",
"ff", "mattie", "ouwe", "doe normaal"), Surinamese Dutch ("fa tan", "baya", "no spang", "mi boi"), Antilleans and
Arubans with Papiamento greetings ("bon dia", "danki", "kon ta bai"), office Dutch with English ("quick question",
"capital", "by the way", "call", "sorry stupid question"), elders (u, old country names, emigrated relatives), children
(age, the teacher, mum does not know). Situations: topografie homework and the topotoets, pub and kroeg quizzes and bets,
holidays (backpacking, wintersport, the camper), the car and the traffic jam, the kitchen, the news and sport (Oranje,
Ajax in Europe, the Songfestival, the Olympics). Plus fillers, tails, terse keyword forms, what nl-NL recognition
writes (lost diaeresis, split or joined names, misspellings), one-shot requests through the invocation name
"hoofdsteden van de wereld", follow-ups, self-corrections, checks, reverse questions, official, old and everyday names,
shared names, plurals, subdivisions and the territories of the Kingdom and beyond.
`python3 tests/Eval/nl/round19/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 19's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Plain questions, neutral register.
plain-question | welke stad is de hoofdstad van {} | eritrea=ER; djibouti=DJ; burundi=BI
plain-question | hoe heet de hoofdstad van {} eigenlijk | oezbekistan=UZ; kazachstan=KZ; azerbeidzjan=AZ
plain-question | kun je me vertellen wat de hoofdstad van {} is | paraguay=PY; honduras=HN; guatemala=GT
plain-question | ik wil graag weten wat de hoofdstad is van {} | moldavië=MD; montenegro=ME; albanië=AL
plain-question | wat is eigenlijk de hoofdstad van {} | tuvalu=TV; nauru=NR; palau=PW
plain-question | wat is de hoofdstad van het land {} | sao tomé en principe=ST; antigua en barbuda=AG; saint kitts en nevis=KN

# Fillers and hesitations.
filler-hesitation | eh wat is eh de hoofdstad van {} | mauritanië=MR; tsjaad=TD; niger=NE
filler-hesitation | uhm ja hoe heet de hoofdstad van {} ook alweer | zambia=ZM; malawi=MW; lesotho=LS
filler-hesitation | nou eh even denken wat is de hoofdstad van {} | botswana=BW; namibië=NA; angola=AO
filler-hesitation | hè hoe zat dat nou met {} wat is daar de hoofdstad | laos=LA; cambodja=KH; myanmar=MM
filler-hesitation | eh ja dus ik vroeg me af wat de hoofdstad van {} is | bhutan=BT; nepal=NP; mongolië=MN
filler-hesitation | uh uh wacht even wat is de hoofdstad van {} | kirgizië=KG; turkmenistan=TM; tadzjikistan=TJ

# Flemish speakers on a Dutch Echo.
flemish | allez zeg eens wat is de hoofdstad van {} | kroatië=HR; slovenië=SI; servië=RS
flemish | awel weet gij wat de hoofdstad van {} is | ierland=IE; ijsland=IS; litouwen=LT
flemish | zeg alexa wa is de hoofdstad van {} | congo=CD+CG; rwanda=RW; burundi=BI
flemish | amai da weet ik nie meer wat is de hoofdstad van {} | portugal=PT; griekenland=GR; cyprus=CY
flemish | ewa ge moet mij ne keer zeggen wat de hoofdstad van {} is | tunesië=TN; marokko=MA; algerije=DZ
flemish | wat is da nu weer de hoofdstad van {} | luxemburg=LU; zwitserland=CH; oostenrijk=AT
flemish | kunde gij mij zeggen wat de hoofdstad van {} is | peru=PE; chili=CL; colombia=CO
flemish | allez vooruit nog eentje de hoofdstad van {} | mali=ML; senegal=SN; ivoorkust=CI

# Brabant.
brabant | hedde gij enig idee wat de hoofdstad van {} is | tanzania=TZ; kenia=KE; oeganda=UG
brabant | zeg efkes wa de hoofdstad van {} is | jordanië=JO; libanon=LB; syrië=SY
brabant | ge weet toch wel wat de hoofdstad van {} is of nie | denemarken=DK; noorwegen=NO; finland=FI
brabant | jao wat is nou toch de hoofdstad van {} | estland=EE; letland=LV; hongarije=HU

# Limburg.
limburg | hoi alexa wat is de hoofdstad van {} dan | belarus=BY; oekraïne=UA; rusland=RU
limburg | ich wil weten wat de hoofdstad van {} is | roemenië=RO; bulgarije=BG; tsjechië=CZ
limburg | sjiek zeg nu nog de hoofdstad van {} | slowakije=SK; polen=PL; noord-macedonië=MK

# Groningen and the north.
groningen | moi alexa wat is de hoofdstad van {} | zweden=SE; groenland=GL; faeröer=FO
groningen | nou moi hoe heet de hoofdstad van {} dan | noorwegen=NO; ijsland=IS; estland=EE
groningen | joa wat is de hoofdstad van {} nou hè | denemarken=DK; finland=FI; schotland=GB-SCT

# Randstad youth slang.
randstad-slang | yo alexa wat is de hoofdstad van {} bro | marokko=MA; turkije=TR; egypte=EG
randstad-slang | wollah ik weet het niet meer wat is de hoofdstad van {} | somalië=SO; ethiopië=ET; soedan=SD
randstad-slang | ff checken wat is de hoofdstad van {} | jamaica=JM; haïti=HT; cuba=CU
randstad-slang | mijn mattie zegt iets anders maar wat is de hoofdstad van {} echt | nigeria=NG; ghana=GH; kameroen=CM
randstad-slang | doe normaal alexa zeg gewoon de hoofdstad van {} | qatar=QA; koeweit=KW; bahrein=BH
randstad-slang | ouwe wat is de hoofdstad van {} nou eigenlijk | indonesië=ID; filipijnen=PH; vietnam=VN
randstad-slang | bro serieus wat is de hoofdstad van {} | afghanistan=AF; pakistan=PK; irak=IQ

# Surinamese Dutch.
surinamese-dutch | fa tan alexa wat is de hoofdstad van {} | guyana=GY; frans-guyana=GF; brazilië=BR
surinamese-dutch | baya zeg me eens de hoofdstad van {} | trinidad en tobago=TT; barbados=BB; grenada=GD
surinamese-dutch | mi boi wil weten wat de hoofdstad van {} is | india=IN; indonesië=ID; china=CN
surinamese-dutch | no spang alexa wat is de hoofdstad van {} | benin=BJ; togo=TG; ghana=GH
surinamese-dutch | mijn oma komt uit nickerie wat is eigenlijk de hoofdstad van suriname | SR

# Antilleans and Arubans with Papiamento greetings.
antillean | bon dia alexa wat is de hoofdstad van {} | curaçao=CW; aruba=AW; bonaire=BQ
antillean | danki alexa en wat is de hoofdstad van {} | sint maarten=SX; venezuela=VE; saint lucia=LC
antillean | kon ta bai alexa hoe heet de hoofdstad van {} | dominicaanse republiek=DO; puerto rico=PR; saint vincent=VC

# English code-mixing.
english-mixing | hey alexa quick question wat is de capital van {} | canada=CA; australië=AU; nieuw-zeeland=NZ
english-mixing | wat is de hoofdstad van {} by the way | singapore=SG; maleisië=MY; thailand=TH
english-mixing | ik heb straks een call met mensen uit {} wat is hun hoofdstad | india=IN; brazilië=BR; zuid-afrika=ZA
english-mixing | oké so wat is de hoofdstad van {} eigenlijk | ierland=IE; wales=GB-WLS; engeland=GB-ENG
english-mixing | sorry stupid question maar wat is de hoofdstad van {} | verenigde staten=US; canada=CA; japan=JP
english-mixing | wat is de capital city van {} | kenia=KE; nigeria=NG; zweden=SE

# The polite u.
formal-u | zou u mij kunnen vertellen wat de hoofdstad van {} is | liechtenstein=LI; andorra=AD; san marino=SM
formal-u | mag ik u iets vragen wat is de hoofdstad van {} | monaco=MC; malta=MT; vaticaanstad=VA
formal-u | weet u misschien hoe de hoofdstad van {} heet | georgië=GE; armenië=AM; azerbeidzjan=AZ
formal-u | goedemiddag alexa wilt u mij zeggen wat de hoofdstad van {} is | japan=JP; zuid-korea=KR; taiwan=TW

# Elders: school long ago, old names, relatives abroad.
elderly | vroeger op de lagere school leerden we dat uit ons hoofd wat was de hoofdstad van {} | ceylon=LK; perzië=IR; siam=TH
elderly | ik word een beetje vergeetachtig hoe heette de hoofdstad van {} ook weer | spanje=ES; italië=IT; frankrijk=FR
elderly | mijn kleinzoon vroeg wat de hoofdstad van {} is maar ik weet het niet meer | australië=AU; argentinië=AR; mexico=MX
elderly | mijn broer is in negentienvijftig naar {} geëmigreerd wat is daar de hoofdstad | canada=CA; australië=AU; nieuw-zeeland=NZ
elderly | lieve alexa wees eens zo goed en zeg me de hoofdstad van {} | oostenrijk=AT; zwitserland=CH; duitsland=DE

# Children.
child | alexa ik ben acht jaar wat is de hoofdstad van {} | egypte=EG; china=CN; brazilië=BR
child | juf zegt dat we de hoofdstad van {} moeten weten wat is het | frankrijk=FR; spanje=ES; engeland=GB-ENG
child | mama weet het niet dus jij wat is de hoofdstad van {} | rusland=RU; japan=JP; kenia=KE
child | alexa alexa wat is de hoofdstad van {} | amerika=US; ijsland=IS; groenland=GL

# Homework and the topotoets.
homework | ik moet voor aardrijkskunde de hoofdstad van {} weten | nicaragua=NI; el salvador=SV; costa rica=CR
homework | vraag vier van mijn topo wat is de hoofdstad van {} | panama=PA; belize=BZ; honduras=HN
homework | ik heb morgen een topotoets over afrika wat is de hoofdstad van {} | sierra leone=SL; liberia=LR; guinee=GN
homework | kun je helpen met mijn huiswerk hoe heet de hoofdstad van {} | guinee-bissau=GW; equatoriaal-guinea=GQ; gabon=GA
homework | voor mijn werkstuk over {} wat is de hoofdstad | ecuador=EC; uruguay=UY; venezuela=VE

# Pub quizzes, kroegquizzes and bets.
pub-quiz | bij de pubquiz was de vraag wat de hoofdstad van {} is wat was het goede antwoord | tonga=TO; samoa=WS; fiji=FJ
pub-quiz | we doen een quiz vraag tien de hoofdstad van {} | vanuatu=VU; kiribati=KI; salomonseilanden=SB
pub-quiz | ik heb een weddenschap met mijn vriend wat is de hoofdstad van {} | australië=AU; canada=CA; turkije=TR
pub-quiz | bij de kroegquiz twijfelen we over de hoofdstad van {} | zuid-soedan=SS; centraal-afrikaanse republiek=CF; burkina faso=BF
pub-quiz | voor een extra punt wat is de hoofdstad van {} | micronesia=FM; marshalleilanden=MH; comoren=KM

# Holidays and travel.
travel | we gaan deze zomer naar {} wat is daar de hoofdstad | vietnam=VN; cambodja=KH; sri lanka=LK
travel | ik boek net een vlucht naar {} welke stad is de hoofdstad | oman=OM; jordanië=JO; de verenigde arabische emiraten=AE
travel | op wintersport in {} wat is daar eigenlijk de hoofdstad | oostenrijk=AT; zwitserland=CH; andorra=AD
travel | met de camper door {} wat is de hoofdstad daar | noorwegen=NO; zweden=SE; slovenië=SI
travel | wij gaan backpacken in {} hoe heet de hoofdstad | bolivia=BO; peru=PE; guatemala=GT

# In the car.
driving | ik zit in de auto wat is de hoofdstad van {} | denemarken=DK; polen=PL; tsjechië=CZ
driving | we staan in de file en doen een spelletje wat is de hoofdstad van {} | belgië=BE; luxemburg=LU; frankrijk=FR
driving | de kinderen achterin vragen wat de hoofdstad van {} is | italië=IT; kroatië=HR; spanje=ES

# In the kitchen.
kitchen | ik kook vanavond iets uit {} wat is daar de hoofdstad | marokko=MA; libanon=LB; ethiopië=ET
kitchen | mijn handen zitten onder het deeg wat is de hoofdstad van {} | griekenland=GR; hongarije=HU; georgië=GE

# The news and sport.
news-sport | op het journaal hadden ze het over {} wat is daar de hoofdstad | soedan=SD; jemen=YE; haïti=HT
news-sport | oranje speelt vanavond tegen {} wat is eigenlijk hun hoofdstad | ecuador=EC; senegal=SN; qatar=QA
news-sport | op het songfestival kreeg {} twaalf punten wat is de hoofdstad daarvan | zweden=SE; oekraïne=UA; armenië=AM
news-sport | ajax speelt in europa tegen een club uit {} wat is de hoofdstad | servië=RS; schotland=GB-SCT; cyprus=CY
news-sport | op de olympische spelen won {} goud wat is hun hoofdstad | kenia=KE; ethiopië=ET; jamaica=JM

# Terse keyword forms.
terse | hoofdstad {} | mali=ML; chili=CL; togo=TG
terse | {} hoofdstad | gambia=GM; bhutan=BT; eritrea=ER
terse | hoofdstad van {} graag | tuvalu=TV; brunei=BN; oost-timor=TL

# Words after the question.
trailing-words | wat is de hoofdstad van {} dank je wel | uruguay=UY; argentinië=AR; paraguay=PY
trailing-words | hoe heet de hoofdstad van {} weet jij dat | brunei=BN; singapore=SG; maldiven=MV
trailing-words | de hoofdstad van {} is wat ook alweer | zimbabwe=ZW; mozambique=MZ; zambia=ZM
trailing-words | wat is de hoofdstad van {} alsjeblieft | madagaskar=MG; mauritius=MU; seychellen=SC

# What nl-NL recognition writes: a lost diaeresis, split or joined names, misspellings.
asr-artefact | wat is de hoofd stad van {} | ecuador=EC; bolivia=BO; venezuela=VE
asr-artefact | hoofdstad van {} wat is dat | belgie=BE; italie=IT; oekraine=UA
asr-artefact | hoe heet de hoofdstad van {} | nieuw zeeland=NZ; zuid afrika=ZA; noord korea=KP
asr-artefact | wat is nou de hoofdstad van {} | saoedi arabie=SA; costarica=CR; bosnie herzegovina=BA
asr-artefact | welke stad is hoofdstad van {} | haiti=HT; israel=IL; kaapverdie=CV
asr-artefact | wat is de hoofdstad van papoea nieuw guinea | PG
asr-artefact | wat is de hoofdstad van de filippijnen | PH
asr-artefact | wat is de hoofdstad van tadjikistan | TJ
asr-artefact | wat is de hoofdstad van kirgizie | KG
asr-artefact | hoofdstad van ethiopie | ET
asr-artefact | wat is de hoofdstad van uzbekistan | UZ
asr-artefact | wat is de hoofdstad van kazakstan | KZ
asr-artefact | wat is de hoofdstad van noordkorea | KP

# One-shot requests through the invocation name.
one-shot | vraag aan hoofdsteden van de wereld wat de hoofdstad van {} is | nauru=NR; palau=PW; kiribati=KI
one-shot | open hoofdsteden van de wereld en zeg de hoofdstad van {} | sao tome en principe=ST; kaapverdië=CV; comoren=KM
one-shot | start hoofdsteden van de wereld wat is de hoofdstad van {} | tsjaad=TD; niger=NE; mali=ML
one-shot | alexa vraag hoofdsteden van de wereld hoe de hoofdstad van {} heet | dominica=DM; saint lucia=LC; grenada=GD

# Follow-ups after an answer.
follow-up | en {} | ghana=GH; togo=TG; benin=BJ
follow-up | en hoe zit het met {} | kameroen=CM; gabon=GA; tsjaad=TD
follow-up | oké en die van {} | letland=LV; litouwen=LT; estland=EE
follow-up | en nu {} | qatar=QA; koeweit=KW; bahrein=BH
follow-up | goed zo en van {} dan | rwanda=RW; burundi=BI; oeganda=UG
follow-up | top volgende {} | nepal=NP; bangladesh=BD; pakistan=PK
follow-up | en wat dacht je van {} | liberia=LR; guinee=GN; gambia=GM
follow-up | ja en {} dan | afghanistan=AF; iran=IR; irak=IQ

# Self-corrections: the place said last.
self-correction | wat is de hoofdstad van zweden eh nee ik bedoel noorwegen | NO
self-correction | hoofdstad van oostenrijk o nee australië | AU
self-correction | wat is de hoofdstad van slovenië nee wacht slowakije | SK
self-correction | de hoofdstad van nigeria eh niger bedoel ik | NE
self-correction | wat is de hoofdstad van guinee sorry guinee-bissau | GW
self-correction | hoe heet de hoofdstad van ijsland nee ierland | IE
self-correction | wat is de hoofdstad van iran nee irak | IQ
self-correction | wat is de hoofdstad van zwitserland of nee zweden | SE
self-correction | hoofdstad van paraguay nee uruguay | UY
self-correction | wat is de hoofdstad van letland eh litouwen | LT
self-correction | hoe heet de hoofdstad van gambia nee zambia | ZM
self-correction | wat is de hoofdstad van armenië nee albanië bedoel ik | AL
self-correction | wat is de hoofdstad van dominica ik bedoel de dominicaanse republiek | DO
self-correction | allez wat is de hoofdstad van kenia nee tanzania | TZ
self-correction | wat is de hoofdstad van mali of wacht malawi | MW
self-correction | wat is de hoofdstad van noord korea nee zuid korea | KR
self-correction | hoofdstad van colombia ik bedoel cuba | CU
self-correction | wat is de hoofdstad van saoedi-arabië nee sorry van jemen | YE

# Checks: the place asked about.
yes-no-check | is {} | amsterdam de hoofdstad van nederland=NL; brussel de hoofdstad van belgië=BE; sydney de hoofdstad van australië=AU
yes-no-check | klopt het dat {} | den haag de hoofdstad van nederland is=NL; rabat de hoofdstad van marokko is=MA; istanbul de hoofdstad van turkije is=TR
yes-no-check | mijn broer zegt dat {} heeft hij gelijk | lagos de hoofdstad van nigeria is=NG; kaapstad de hoofdstad van zuid-afrika is=ZA; antwerpen de hoofdstad van belgië is=BE
yes-no-check | {} toch | paramaribo is de hoofdstad van suriname=SR; willemstad is de hoofdstad van curaçao=CW; oranjestad is de hoofdstad van aruba=AW
yes-no-check | is de hoofdstad van {} | canada toronto=CA; brazilië rio de janeiro=BR; zwitserland zürich=CH
yes-no-check | ik dacht dat {} maar dat klopt niet toch | almaty de hoofdstad van kazachstan was=KZ; yangon de hoofdstad van myanmar was=MM; dar es salaam de hoofdstad van tanzania was=TZ
yes-no-check | is kiev nog steeds de hoofdstad van oekraïne | UA
yes-no-check | is new york de hoofdstad van amerika | US
yes-no-check | wollah is dubai de hoofdstad van de emiraten | AE

# Reverse questions: which place has this capital.
reverse-question | van welk land is {} de hoofdstad | ouagadougou=CITY:Ouagadougou; windhoek=CITY:Windhoek; bisjkek=CITY:Bisjkek
reverse-question | {} is de hoofdstad van welk land | tbilisi=CITY:Tbilisi; jerevan=CITY:Jerevan; bakoe=CITY:Bakoe
reverse-question | bij welk land hoort de hoofdstad {} | nairobi=CITY:Nairobi; kigali=CITY:Kigali; lusaka=CITY:Lusaka
reverse-question | welk land heeft {} als hoofdstad | montevideo=CITY:Montevideo; caracas=CITY:Caracas; quito=CITY:Quito
reverse-question | waar is {} de hoofdstad van | paramaribo=CITY:Paramaribo; georgetown=CITY:Georgetown; kralendijk=CITY:Kralendijk
reverse-question | ik hoorde {} op de radio van welk land is dat de hoofdstad | oelan bator=CITY:Ulaanbaatar; tasjkent=CITY:Tasjkent; doesjanbe=CITY:Doesjanbe
reverse-question | {} is de hoofdstad van wat | reykjavik=CITY:Reykjavik; helsinki=CITY:Helsinki; vilnius=CITY:Vilnius
reverse-question | welk land hoort bij de hoofdstad {} | wellington=CITY:Wellington; ottawa=CITY:Ottawa; canberra=CITY:Canberra
reverse-question | van welke staat of provincie is {} de hoofdstad | sacramento=CITY:Sacramento; edmonton=CITY:Edmonton; hannover=CITY:Hannover
reverse-question | wie heeft {} als hoofdstad | ngerulmud=CITY:Ngerulmud; funafuti=CITY:Funafuti; honiara=CITY:Honiara

# Official long names.
official-name | wat is de hoofdstad van het {} | koninkrijk der nederlanden=NL; koninkrijk marokko=MA; koninkrijk noorwegen=NO
official-name | hoe heet de hoofdstad van de {} | bondsrepubliek duitsland=DE; russische federatie=RU; helleense republiek=GR
official-name | wat is de hoofdstad van de {} | volksrepubliek china=CN; islamitische republiek iran=IR; arabische republiek egypte=EG
official-name | de hoofdstad van de {} graag | verenigde mexicaanse staten=MX; democratische volksrepubliek korea=KP; republiek korea=KR
official-name | welke stad is de hoofdstad van het {} | groothertogdom luxemburg=LU; vorstendom liechtenstein=LI; sultanaat oman=OM
official-name | weet je de hoofdstad van de {} | federale staten van micronesia=FM; republiek polen=PL; zwitserse bondsstaat=CH
official-name | wat is de hoofdstad van de democratische republiek congo | CD
official-name | hoofdstad van de republiek congo | CG
official-name | wat is de hoofdstad van het verenigd koninkrijk van groot-brittannië en noord-ierland | GB
official-name | wat is de hoofdstad van de verenigde staten van amerika | US
official-name | hoe heet de hoofdstad van de republiek zuid-afrika | ZA
official-name | wat is de hoofdstad van de plurinationale staat bolivia | BO

# Everyday, old and short names.
everyday-name | wat was de hoofdstad van {} ook alweer | holland=NL; birma=MM; abessinië=ET
everyday-name | hoe heet de hoofdstad van {} tegenwoordig | zaïre=CD; swaziland=SZ; rhodesië=ZW
everyday-name | wat is de hoofdstad van {} nou | wit-rusland=BY; macedonië=MK; ivoorkust=CI
everyday-name | zeg me de hoofdstad van {} | engeland=GB-ENG; groot-brittannië=GB; amerika=US
everyday-name | wat is eigenlijk de hoofdstad van de {} | emiraten=AE; vs=US; vae=AE
everyday-name | hoofdstad van het {} | vaticaan=VA; vk=GB; eiland man=IM
everyday-name | wat is de hoofdstad van dr congo | CD
everyday-name | wat is de hoofdstad van congo brazzaville | CG
everyday-name | wat is de hoofdstad van timor leste | TL
everyday-name | wat is de hoofdstad van türkiye | TR
everyday-name | wat is de hoofdstad van de states | US

# Names several places share, and their look-alikes.
shared-name | wat is de hoofdstad van {} eigenlijk | congo=CD+CG; korea=KP+KR; georgia=GE+US-GA
shared-name | hoe heten de hoofdsteden van de {} | beide korea's=KP+KR; twee congo's=CD+CG; maagdeneilanden=VG+VI
shared-name | noem even de hoofdsteden van {} | noord en zuid korea=KP+KR; de twee congo's=CD+CG
shared-name | de hoofdstad van {} alsjeblieft ik haal ze altijd door elkaar | niger=NE; nigeria=NG; guinee=GN
shared-name | welke stad is de hoofdstad van de {} | amerikaanse maagdeneilanden=VI; britse maagdeneilanden=VG; dominicaanse republiek=DO
shared-name | wat is de hoofdstad van georgië het land niet de staat | GE
shared-name | wat is de hoofdstad van georgia de staat in amerika | US-GA
shared-name | wat is de hoofdstad van dominica niet de dominicaanse republiek | DM
shared-name | wat is de hoofdstad van zuid-soedan niet soedan | SS

# Several capitals, asked in the plural.
plural-capitals | welke hoofdsteden heeft {} | zuid-afrika=ZA; bolivia=BO; maleisië=MY
plural-capitals | wat zijn de hoofdsteden van {} | nederland=NL; sri lanka=LK; benin=BJ
plural-capitals | {} heeft toch twee hoofdsteden welke zijn dat | eswatini=SZ; ivoorkust=CI; palestina=PS
plural-capitals | hoeveel hoofdsteden heeft {} | zuid-afrika=ZA; bolivia=BO; nederland=NL
plural-capitals | noem alle hoofdsteden van {} | maleisië=MY; sri lanka=LK; benin=BJ
plural-capitals | wat zijn de twee hoofdsteden van {} | swaziland=SZ; côte d'ivoire=CI; palestina=PS
plural-capitals | zuid-afrika heeft drie hoofdsteden hoe heten die | ZA
plural-capitals | is het waar dat nederland twee hoofdsteden heeft amsterdam en den haag | NL
plural-capitals | welke hoofdsteden heeft jammu en kasjmir | IN-JK
plural-capitals | wat zijn de hoofdsteden van uttarakhand | IN-UK
plural-capitals | montserrat heeft twee hoofdsteden toch welke | MS
plural-capitals | allez hoeveel hoofdsteden heeft bolivia nu eigenlijk | BO
plural-capitals | welke steden zijn allemaal hoofdstad van maleisië | MY

# States, provinces and the UK nations.
subdivision | wat is de hoofdstad van de deelstaat {} | beieren=DE-BY; hessen=DE-HE; nedersaksen=DE-NI
subdivision | hoe heet de hoofdstad van {} in duitsland | noordrijn-westfalen=DE-NW; saarland=DE-SL; saksen-anhalt=DE-ST
subdivision | welke stad is de hoofdstad van de amerikaanse staat {} | californië=US-CA; texas=US-TX; florida=US-FL
subdivision | wat is de hoofdstad van de staat {} | washington=US-WA; oregon=US-OR; michigan=US-MI
subdivision | wat is de hoofdstad van de canadese provincie {} | quebec=CA-QC; brits-columbia=CA-BC; ontario=CA-ON
subdivision | hoe heet de hoofdstad van {} in australië | queensland=AU-QLD; tasmanië=AU-TAS; west-australië=AU-WA
subdivision | wat is de hoofdstad van {} | schotland=GB-SCT; wales=GB-WLS; noord-ierland=GB-NIR
subdivision | wat is de hoofdstad van de indiase deelstaat {} | kerala=IN-KL; goa=IN-GA; punjab=IN-PB
subdivision | de hoofdstad van de braziliaanse staat {} | bahia=BR-BA; amazonas=BR-AM; pernambuco=BR-PE
subdivision | hoofdstad van de mexicaanse staat {} | yucatan=MX-YUC; jalisco=MX-JAL; chiapas=MX-CHP

# Territories: the Kingdom's islands and other overseas places.
territory | hoe heet de hoofdstad van {} in de caraïben | guadeloupe=GP; martinique=MQ; caribisch nederland=BQ
territory | welke plaats is de hoofdstad van de {} | faeröer=FO; kaaimaneilanden=KY; falklandeilanden=FK
territory | wat is de hoofdstad van het eiland {} | réunion=RE; guam=GU; mayotte=YT
territory | weet jij de hoofdstad van {} | nieuw-caledonië=NC; frans-polynesië=PF; groenland=GL
territory | wat is de hoofdstad van bonaire | BQ
territory | en wat is de hoofdstad van sint-maarten | SX
territory | hoofdstad van de bermuda's | BM

# Opening the skill.
launch | open hoofdsteden van de wereld | LAUNCH
launch | start hoofdsteden van de wereld | LAUNCH
launch | alexa open hoofdsteden van de wereld alsjeblieft | LAUNCH
launch | hé alexa start het spel hoofdsteden van de wereld | LAUNCH
launch | ik wil hoofdsteden van de wereld spelen | LAUNCH
launch | zet hoofdsteden van de wereld aan | LAUNCH
launch | open de skill hoofdsteden van de wereld | LAUNCH
launch | allez open hoofdsteden van de wereld | LAUNCH
launch | start ff hoofdsteden van de wereld | LAUNCH
launch | mag ik hoofdsteden van de wereld openen | LAUNCH
launch | begin met hoofdsteden van de wereld | LAUNCH
launch | open hoofd steden van de wereld | LAUNCH
launch | speel hoofdsteden van de wereld | LAUNCH

# Help.
help | help | HELP
help | help ik snap het niet | HELP
help | wat kan ik allemaal vragen | HELP
help | hoe werkt dit | HELP
help | hoe werkt hoofdsteden van de wereld | HELP
help | wat moet ik zeggen | HELP
help | ik weet niet wat ik moet doen | HELP
help | kun je me uitleggen hoe dit werkt | HELP
help | hoe gebruik ik dit | HELP
help | geef eens een voorbeeld van een vraag | HELP
help | ik ben de weg kwijt help | HELP
help | hulp alsjeblieft | HELP
help | hoe stel ik een vraag | HELP
help | leg het nog een keer uit | HELP
help | wat kan ik vragen aan hoofdsteden van de wereld | HELP
help | allez hoe werkt da hier | HELP
help | bro hoe werkt dit ding | HELP
help | sorry ik snap er niks van wat moet ik doen | HELP
help | welke vragen snap jij | HELP
help | ik heb hulp nodig | HELP
help | uitleg graag | HELP
help | how does this work eh hoe werkt dit | HELP
help | wat kan ik hier mee | HELP
help | hoe moet dit spelletje | HELP

# Stop.
stop | stop | STOP
stop | stoppen | STOP
stop | stop maar | STOP
stop | hou maar op | STOP
stop | ik ben klaar | STOP
stop | dat was het | STOP
stop | doei | STOP
stop | tot ziens | STOP
stop | houdoe | STOP
stop | ik wil stoppen | STOP
stop | afsluiten | STOP
stop | sluit af | STOP
stop | stop de skill | STOP
stop | genoeg voor vandaag | STOP
stop | ik stop ermee | STOP
stop | oké bedankt dat was het | STOP
stop | alexa stop nou | STOP
stop | zo is het wel goed stop maar | STOP
stop | salu alexa | STOP
stop | hou op met praten | STOP
stop | sluit hoofdsteden van de wereld | STOP
stop | ik ga slapen welterusten stop | STOP
stop | moi alexa ik ben klaar | STOP
stop | oké doei bro | STOP

# Cancel.
cancel | annuleren | CANCEL
cancel | annuleer | CANCEL
cancel | laat maar | CANCEL
cancel | laat maar zitten | CANCEL
cancel | nee laat maar | CANCEL
cancel | vergeet het maar | CANCEL
cancel | vergeet wat ik zei | CANCEL
cancel | nee toch niet | CANCEL
cancel | doe maar niet | CANCEL
cancel | annuleer dat | CANCEL
cancel | hoeft niet meer | CANCEL
cancel | ik bedenk me | CANCEL
cancel | nee annuleren | CANCEL
cancel | laat ook maar | CANCEL
cancel | toch maar niet | CANCEL
cancel | ach laat maar | CANCEL
cancel | nee nee laat maar | CANCEL
cancel | niet nodig | CANCEL
cancel | annuleer de vraag | CANCEL
cancel | laat maar ik weet het al | CANCEL
cancel | foutje laat maar | CANCEL
cancel | cancel | CANCEL
cancel | afbreken | CANCEL
cancel | allez laat maar zitten | CANCEL

# Out of domain: other facts, capital in another sense, chit-chat, the sky.
out-of-domain | hoeveel inwoners heeft nederland | FB
out-of-domain | welke taal spreken ze in suriname | FB
out-of-domain | wat is de munteenheid van zwitserland | FB
out-of-domain | hoe laat is het in tokio | FB
out-of-domain | wat voor weer wordt het morgen in amsterdam | FB
out-of-domain | welke landen grenzen aan belgië | FB
out-of-domain | hoe groot is brazilië | FB
out-of-domain | wie is de president van frankrijk | FB
out-of-domain | wie is de koning van belgië | FB
out-of-domain | wat is de grootste stad van turkije | FB
out-of-domain | wat is de modehoofdstad van de wereld | FB
out-of-domain | welke stad is dit jaar culturele hoofdstad van europa | FB
out-of-domain | schrijf je hoofdstad met een hoofdletter | FB
out-of-domain | hoeveel planeten zijn er | FB
out-of-domain | hoe ver is de maan | FB
out-of-domain | wat is de grootste planeet | FB
out-of-domain | hoeveel landen zijn er in afrika | FB
out-of-domain | welke kleuren heeft de vlag van italië | FB
out-of-domain | vertel een mop | FB
out-of-domain | hoe oud ben jij | FB
out-of-domain | wat is de langste rivier ter wereld | FB
out-of-domain | hoe hoog is de mount everest | FB
out-of-domain | wanneer is het koningsdag | FB
out-of-domain | hoe zeg je hoofdstad in het engels | FB
out-of-domain | hoeveel startkapitaal heb je nodig voor een bv | FB
out-of-domain | waar ligt madagaskar | FB
out-of-domain | hoe ver is het van amsterdam naar parijs | FB
out-of-domain | welk land heeft de meeste inwoners | FB
out-of-domain | hoeveel provincies heeft nederland | FB
out-of-domain | wie heeft het wk gewonnen | FB
out-of-domain | wie won vorig jaar het songfestival | FB
out-of-domain | hoe laat gaat de trein naar utrecht | FB
out-of-domain | wat eten ze in marokko | FB
out-of-domain | wat is de temperatuur op curaçao | FB
out-of-domain | is het veilig om naar egypte te reizen | FB
out-of-domain | heb ik een visum nodig voor amerika | FB
out-of-domain | wat is het landnummer van belgië | FB
out-of-domain | hoeveel euro is een dollar | FB
out-of-domain | welke tijdzone heeft suriname | FB
out-of-domain | op welk continent ligt kazachstan | FB
out-of-domain | waarom is de lucht blauw | FB
out-of-domain | zet een timer op tien minuten | FB
out-of-domain | hoeveel manen heeft mars | FB
out-of-domain | is pluto nog een planeet | FB
out-of-domain | wat is de grootste woestijn van de wereld | FB
out-of-domain | allez wat is het weer in gent | FB
out-of-domain | wollah hoe laat is het | FB
out-of-domain | hoe gaat het met je | FB
out-of-domain | ben jij een robot | FB
out-of-domain | speel het wilhelmus | FB
out-of-domain | hoeveel kost een vliegticket naar bali | FB
out-of-domain | wie is de burgemeester van amsterdam | FB
out-of-domain | hoeveel inwoners heeft tokio | FB
out-of-domain | welke stad is het grootst in australië | FB
out-of-domain | wat spreken ze in zwitserland | FB
out-of-domain | in welk jaar werd suriname onafhankelijk | FB
out-of-domain | bro wie is de rijkste man ter wereld | FB
out-of-domain | wat is de hoogste berg van nederland | FB
out-of-domain | hoe heet de rivier door parijs | FB
out-of-domain | welke sterren zie je vanavond | FB
# Second batch: the two several-capital countries not yet asked in the plural, three countries not yet asked, and
# more stop, cancel, help and out-of-domain lines (many of the first batch's were in earlier rounds).
plural-capitals | welke twee steden zijn de hoofdstad van benin | BJ
plural-capitals | zeg me alle hoofdsteden van benin | BJ
plural-capitals | welke steden zijn allebei hoofdstad van benin | BJ
plural-capitals | ouwe hoeveel hoofdsteden heeft sri lanka | LK
plural-capitals | mijn juf zei dat sri lanka twee hoofdsteden heeft welke zijn dat | LK
plural-capitals | hoe heten de hoofdsteden van sri lanka dan | LK
plural-capitals | kunde gij de hoofdsteden van zuid-afrika opnoemen | ZA
plural-capitals | welke drie hoofdsteden heeft zuid-afrika eigenlijk | ZA
plural-capitals | de hoofdsteden van bolivia graag | BO
plural-capitals | wat zijn de hoofdsteden van de ivoorkust | CI
plural-capitals | hoofdsteden van maleisië hoe heten die | MY
news-sport | ik zag een documentaire over libië wat is daar de hoofdstad | LY
news-sport | in het nieuws ging het over een storm op de bahama's wat is daar de hoofdstad | BS
travel | we gaan op cruise naar de bahama's welke stad is de hoofdstad | BS
travel | mijn neef werkt in libië hoe heet de hoofdstad daar | LY
asr-artefact | hoofdstad van papua nieuw guinea | PG
homework | wat is de hoofdstad van papoea-nieuw-guinea voor mijn topo | PG
kitchen | ik sta te koken en vraag me af wat de hoofdstad van {} is | vietnam=VN; thailand=TH; india=IN
terse | {} hoofdstad graag | libië=LY; fiji=FJ; samoa=WS
launch | yo alexa open hoofdsteden van de wereld | LAUNCH
launch | doe hoofdsteden van de wereld | LAUNCH
launch | bon dia alexa open hoofdsteden van de wereld | LAUNCH
launch | kunt u hoofdsteden van de wereld openen | LAUNCH
launch | laten we hoofdsteden van de wereld doen | LAUNCH
cancel | nee wacht annuleer maar | CANCEL
cancel | ik hoef het toch niet te weten | CANCEL
cancel | laat maar ik zoek het zelf wel op | CANCEL
cancel | annuleer alsjeblieft | CANCEL
cancel | ach nee laat ook maar zitten | CANCEL
cancel | wollah laat maar | CANCEL
cancel | nee bro laat maar | CANCEL
cancel | laat maar zitten hoor | CANCEL
cancel | doe maar niks | CANCEL
cancel | vergeet die vraag maar | CANCEL
cancel | annuleer het maar | CANCEL
cancel | dat was een vergissing laat maar | CANCEL
cancel | sorry verkeerde vraag laat maar | CANCEL
cancel | ewa laat maar | CANCEL
cancel | nee hoor laat maar | CANCEL
cancel | never mind laat maar | CANCEL
cancel | hoeft al niet meer | CANCEL
cancel | ik vraag het wel aan mijn vader laat maar | CANCEL
cancel | nee jong laat maar | CANCEL
cancel | annuleer deze vraag | CANCEL
cancel | vergeet het alexa | CANCEL
stop | ik ben er klaar mee | STOP
stop | oké genoeg geweest | STOP
stop | stop hoofdsteden van de wereld | STOP
stop | afsluiten alsjeblieft | STOP
stop | we gaan eten stop maar | STOP
stop | mama roept ik moet stoppen | STOP
stop | dag alexa | STOP
stop | doeg | STOP
stop | ik heb geen zin meer | STOP
stop | kappen nu | STOP
stop | we zijn klaar met de quiz stop | STOP
stop | het is goed zo dag | STOP
stop | hou er maar mee op | STOP
stop | oké baya ik ben weg | STOP
stop | stop ermee alsjeblieft | STOP
help | hoe vraag ik naar een hoofdstad | HELP
help | wat kan jij allemaal met hoofdsteden | HELP
help | ik weet niet hoe dit spel werkt | HELP
help | kunt u mij uitleggen wat ik moet doen | HELP
help | wat kan ik zoal zeggen | HELP
help | help me even | HELP
help | wat zijn de regels | HELP
help | hoe werkt deze quiz | HELP
help | ik snap niet wat de bedoeling is | HELP
help | wat is de bedoeling hier | HELP
help | mag ik een voorbeeld | HELP
out-of-domain | hoeveel inwoners heeft paramaribo | FB
out-of-domain | welke taal spreken ze op aruba | FB
out-of-domain | met welke munt betaal je op curaçao | FB
out-of-domain | hoe laat is het nu in suriname | FB
out-of-domain | welke landen liggen aan de noordzee | FB
out-of-domain | hoe heet de premier van belgië | FB
out-of-domain | wat is het nationale gerecht van indonesië | FB
out-of-domain | welk land heeft de meeste eilanden | FB
out-of-domain | wanneer is de elfstedentocht | FB
out-of-domain | hoe hoog is de vaalserberg | FB
out-of-domain | wat betekent het woord kapitaal | FB
out-of-domain | is venus heter dan mercurius | FB
out-of-domain | hoeveel sterren staan er op de europese vlag | FB
out-of-domain | hoe lang vlieg je naar curaçao | FB
out-of-domain | welke zee ligt bij griekenland | FB
out-of-domain | welke kleuren heeft de vlag van suriname | FB
out-of-domain | is brussel groter dan antwerpen | FB
out-of-domain | hoeveel gemeentes heeft nederland | FB
out-of-domain | hoe groot is rusland in vierkante kilometer | FB
out-of-domain | wie won het ek voetbal | FB
out-of-domain | speel een liedje van de toppers | FB
out-of-domain | waar eet je de beste pizza in rotterdam | FB
out-of-domain | bro zet mijn wekker om zeven uur | FB
out-of-domain | hoe ver is mars van de aarde | FB
out-of-domain | zeg eens iets grappigs | FB
out-of-domain | hoeveel tijdzones heeft rusland | FB
out-of-domain | hoe spreek je reykjavik uit | FB
out-of-domain | in welk land ligt timboektoe | FB
out-of-domain | hoeveel mensen wonen er in china | FB
out-of-domain | wat is de grootste provincie van belgië | FB
"""

if __name__ == "__main__":
    build_round(19, "nl", LINES, sys.argv, "tests/Eval/nl/round19/source/build_corpus.py")
