"""Round 18, German (de-DE): a new author's mix of speakers and situations, written blind: Austrians ("grüß gott",
"heast", "oida", "gö", "servus"), Swiss speaking Standard German to the Echo with Swiss words ("grüezi", "hoi", "sali",
"exgüsi", "merci"), South Tyroleans mixing in Italian words ("ciao", "allora", "dai", "boh"), Bavarian and Swabian
colloquial forms, northern and Saxon colloquial forms ("moin", "wat is", "sach ma", "nu"), young people's slang and
German-Turkish street words ("digga", "alter", "bro", "yani", "wallah"), office German with English words, learners of
German, elders in the polite Sie register with the old country names they grew up with; and situations: homework,
small children, the pub quiz, the crossword, travel planning, the car, the kitchen, the news, sports evenings, one-shot
requests through the invocation name. Plus hesitations, tails, terse forms, German case and possessives, corrections,
follow-ups, checks, reverse questions and what de-DE recognition may write (lost umlauts, split compounds, "hauptstatt").
`python3 tests/Eval/de/round18/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 18's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Plain questions, everyday register.
direct-question | was ist eigentlich die hauptstadt von {} | paraguay=PY; gabun=GA; laos=LA
direct-question | wie heißt denn die hauptstadt von {} | kamerun=CM; bahrain=BH; usbekistan=UZ
direct-question | welche stadt ist denn die hauptstadt von {} | guatemala=GT; eritrea=ER; togo=TG
direct-question | was war noch mal die hauptstadt von {} | ruanda=RW; sambia=ZM; malawi=MW
direct-question | welches ist die hauptstadt von {} | mosambik=MZ; angola=AO; namibia=NA
direct-question | wie lautet die hauptstadt von {} | botsuana=BW; lesotho=LS; simbabwe=ZW

# German articles and case: feminine and plural country names, masculine ones with "vom", the genitive.
case-grammar | was ist die hauptstadt der {} | mongolei=MN; slowakei=SK; zentralafrikanischen republik=CF
case-grammar | wie heißt die hauptstadt vom {} | jemen=YE; tschad=TD; libanon=LB
case-grammar | was ist die hauptstadt des {} | irak=IQ; sudan=SD; iran=IR
case-grammar | wie heißt die hauptstadt von der {} | türkei=TR; ukraine=UA; dominikanischen republik=DO
case-grammar | was ist die hauptstadt von den {} | philippinen=PH; malediven=MV; seychellen=SC
case-grammar | welche stadt ist hauptstadt der {} | komoren=KM; salomonen=SB; bahamas=BS
case-grammar | im {} was ist da die hauptstadt | senegal=SN; niger=NE; kosovo=XK

# The Saxon genitive before "hauptstadt".
possessive | was ist {} hauptstadt | perus=PE; kanadas=CA; chiles=CL
possessive | wie heißt eigentlich {} hauptstadt | kubas=CU; nepals=NP; ghanas=GH
possessive | {} hauptstadt ist welche stadt | finnlands=FI; polens=PL; irlands=IE

# Polite requests.
polite-request | könntest du mir bitte sagen was die hauptstadt von {} ist | kenia=KE; tansania=TZ; uganda=UG
polite-request | sag mir bitte mal die hauptstadt von {} | island=IS; estland=EE; lettland=LV
polite-request | verrätst du mir wie die hauptstadt von {} heißt | litauen=LT; slowenien=SI; kroatien=HR
polite-request | ich hätte gern gewusst was die hauptstadt von {} ist | serbien=RS; albanien=AL; montenegro=ME

do-you-know | weißt du zufällig die hauptstadt von {} | burundi=BI; belize=BZ; fidschi=FJ
do-you-know | kennst du eigentlich die hauptstadt von {} | tonga=TO; samoa=WS; vanuatu=VU
do-you-know | hast du eine ahnung wie die hauptstadt von {} heißt | turkmenistan=TM; tadschikistan=TJ; kirgisistan=KG

# Elders: the polite Sie, a grandchild's question, capitals that changed since school.
formal-elderly | entschuldigen sie wie heißt die hauptstadt von {} | bulgarien=BG; rumänien=RO; ungarn=HU
formal-elderly | seien sie so gut und nennen sie mir die hauptstadt von {} | griechenland=GR; portugal=PT; zypern=CY
formal-elderly | mein enkel hat mich gefragt was die hauptstadt von {} ist wissen sie das | jordanien=JO; syrien=SY; katar=QA
formal-elderly | ich bin nicht mehr auf dem laufenden was ist heute die hauptstadt von {} | myanmar=MM; kasachstan=KZ; nigeria=NG
formal-elderly | guten tag alexa ich hätte eine frage was ist die hauptstadt von äthiopien | ET
formal-elderly | wären sie so freundlich mir die hauptstadt von brasilien zu sagen | BR

# Austrians.
austrian | grüß gott alexa was ist die hauptstadt von {} | tschechien=CZ; liechtenstein=LI; andorra=AD
austrian | geh sag mir schnell die hauptstadt von {} | bosnien=BA; nordmazedonien=MK; moldawien=MD
austrian | heast alexa was is die hauptstadt von {} | marokko=MA; tunesien=TN; algerien=DZ
austrian | oida was ist die hauptstadt von {} | australien=AU; neuseeland=NZ; argentinien=AR
austrian | wie heißt die hauptstadt von {} gö | dänemark=DK; norwegen=NO; schweden=SE
austrian | servus alexa sag mir bitte die hauptstadt von {} | ägypten=EG; libyen=LY; israel=IL

# Swiss speakers talking Standard German to the Echo, with Swiss words.
swiss | grüezi alexa was ist die hauptstadt von {} | vietnam=VN; kambodscha=KH; thailand=TH
swiss | hoi alexa weißt du die hauptstadt von {} | singapur=SG; indonesien=ID; brunei=BN
swiss | sali alexa wie heißt die hauptstadt von {} merci | ecuador=EC; kolumbien=CO; venezuela=VE
swiss | exgüsi was ist nochmal die hauptstadt von {} | bangladesch=BD; pakistan=PK; afghanistan=AF
swiss | grüezi mitenand ich hätte gern die hauptstadt von kanada gewusst | CA

# South Tyroleans with Italian words.
south-tyrol | ciao alexa was ist die hauptstadt von {} | san marino=SM; malta=MT; albanien=AL
south-tyrol | allora alexa wie heißt die hauptstadt von {} | slowenien=SI; kroatien=HR; montenegro=ME
south-tyrol | boh ich weiß es nicht mehr was ist die hauptstadt von {} | tunesien=TN; libyen=LY; ägypten=EG
south-tyrol | geh alexa dai sag mir die hauptstadt von {} | griechenland=GR; spanien=ES; portugal=PT

# Bavarian and Swabian colloquial forms.
southern-colloquial | griaß di alexa wie heißt die hauptstadt von {} | mexiko=MX; honduras=HN; nicaragua=NI
southern-colloquial | sag amal alexa was is die hauptstadt von {} | el salvador=SV; costa rica=CR; panama=PA
southern-colloquial | weißt du des wie die hauptstadt von {} heißt | jamaika=JM; haiti=HT; barbados=BB
southern-colloquial | mei alexa jetzt sag halt die hauptstadt von grenada | GD
southern-colloquial | du alexa was isch denn die hauptstadt von dominica | DM

# Northern, Berlin and Saxon colloquial forms.
northern-colloquial | moin alexa was ist die hauptstadt von {} | grönland=GL; lettland=LV; finnland=FI
northern-colloquial | wat is denn die hauptstadt von {} | belarus=BY; georgien=GE; armenien=AM
northern-colloquial | sach ma alexa wie heißt die hauptstadt von {} | aserbaidschan=AZ; russland=RU; estland=EE
northern-colloquial | nu sag mal was is die hauptstadt von {} | kuba=CU; nordkorea=KP; japan=JP

# Young people's slang and German-Turkish street words.
youth-slang | digga was ist die hauptstadt von {} | brasilien=BR; ghana=GH; marokko=MA
youth-slang | alter wie heißt die hauptstadt von {} | kanada=CA; china=CN; indien=IN
youth-slang | bro sag mal schnell die hauptstadt von {} | spanien=ES; portugal=PT; irland=IE
youth-slang | yani alexa was ist die hauptstadt von {} | aserbaidschan=AZ; syrien=SY; irak=IQ
youth-slang | wallah ich weiß die hauptstadt von {} nicht sag mal | türkei=TR; kosovo=XK; albanien=AL

# Office German with English words.
english-mix | quick question alexa was ist die hauptstadt von {} | chile=CL; uruguay=UY; bolivien=BO
english-mix | sorry was war nochmal die hauptstadt von {} | malta=MT; zypern=CY; island=IS
english-mix | ich hab gleich einen call mit kollegen aus {} wie heißt da nochmal die hauptstadt | indien=IN; polen=PL; rumänien=RO
english-mix | by the way was ist eigentlich die hauptstadt von {} | kenia=KE; ägypten=EG; saudi-arabien=SA
english-mix | für meine präsentation brauche ich die capital city von südkorea | KR

# Homework.
homework | ich mach grad erdkunde hausaufgaben was ist die hauptstadt von {} | mali=ML; niger=NE; burkina faso=BF
homework | für meinen erdkundetest muss ich wissen wie die hauptstadt von {} heißt | spanien=ES; italien=IT; frankreich=FR
homework | wir haben in geo gerade südamerika was ist die hauptstadt von {} | guyana=GY; suriname=SR; peru=PE
homework | mama fragt mich gerade ab was ist die hauptstadt von {} | schweden=SE; dänemark=DK; norwegen=NO
homework | ich schreib ein referat über {} wie heißt dort die hauptstadt | kuba=CU; mexiko=MX; ghana=GH

# Small children.
young-child | alexa ich bin acht und will wissen wie die hauptstadt von {} heißt | ägypten=EG; china=CN; japan=JP
young-child | mama sagt ich soll dich fragen was die hauptstadt von {} ist | australien=AU; kanada=CA; brasilien=BR
young-child | alexa alexa was ist die hauptstadt von {} | indien=IN; russland=RU; amerika=US
young-child | alexa wie heißt die hauptstadt von dem land wo die pyramiden sind also ägypten | EG

# Quiz nights and quiz apps.
quiz-night | beim kneipenquiz kam die frage nach der hauptstadt von {} was ist richtig | mauretanien=MR; dschibuti=DJ; somalia=SO
quiz-night | wir spielen grad quizduell was ist die hauptstadt von {} | liberia=LR; sierra leone=SL; guinea=GN
quiz-night | bei wer wird millionär kam eben die hauptstadt von {} was ist es | bhutan=BT; malaysia=MY; sri lanka=LK
quiz-night | schnell bevor die zeit abläuft hauptstadt von {} | äthiopien=ET; madagaskar=MG; mauritius=MU

# The crossword, with the letter count of the capital.
crossword | kreuzworträtsel hauptstadt von {} fünf buchstaben | ecuador=EC; ghana=GH; senegal=SN
crossword | hauptstadt von {} mit vier buchstaben fürs kreuzworträtsel | fidschi=FJ; samoa=WS; katar=QA
crossword | ich sitz am rätsel was ist die hauptstadt von {} sieben buchstaben | nicaragua=NI; venezuela=VE; kenia=KE

# Planning a trip.
travel-planning | wir fliegen im sommer nach {} wie heißt da die hauptstadt | kroatien=HR; montenegro=ME; georgien=GE
travel-planning | ich plane eine rundreise durch {} was ist dort die hauptstadt | namibia=NA; botsuana=BW; tansania=TZ
travel-planning | wir machen interrail bis nach {} wie heißt da die hauptstadt | slowenien=SI; bulgarien=BG; rumänien=RO
travel-planning | unser kreuzfahrtschiff hält in {} welche stadt ist da die hauptstadt | antigua und barbuda=AG; sankt lucia=LC; dominica=DM

# In the car.
driving | ich fahr gerade auto sag mir kurz die hauptstadt von {} | belgien=BE; luxemburg=LU; holland=NL
driving | wir sind auf der autobahn und die kinder wollen wissen was die hauptstadt von {} ist | italien=IT; kroatien=HR; griechenland=GR
driving | ich fahr grad durch {} was ist hier die landeshauptstadt | thüringen=DE-TH; sachsen=DE-SN; baden-württemberg=DE-BW

# In the kitchen.
cooking | ich koch grad was aus {} und frag mich was dort die hauptstadt ist | thailand=TH; vietnam=VN; äthiopien=ET
cooking | hab die hände voller teig sag mir mal die hauptstadt von {} | österreich=AT; ungarn=HU; tschechien=CZ

# With a news item in mind.
news-item | in der tagesschau ging es gerade um {} wie heißt da nochmal die hauptstadt | haiti=HT; venezuela=VE; myanmar=MM
news-item | ich hab gerade was über {} gelesen was ist eigentlich die hauptstadt dort | taiwan=TW; nordkorea=KP; israel=IL
news-item | im radio kam eben was über {} was ist die hauptstadt von dem land | burkina faso=BF; mali=ML; gabun=GA

# Sports evenings: the World Cup, Formula One, the song contest.
sports-fan | bei der wm spielt heute {} was ist eigentlich deren hauptstadt | uruguay=UY; kroatien=HR; marokko=MA
sports-fan | die formel eins fährt dieses wochenende in {} wie heißt da die hauptstadt | aserbaidschan=AZ; bahrain=BH; katar=QA
sports-fan | beim song contest hat {} zwölf punkte bekommen was ist deren hauptstadt | schweden=SE; estland=EE; armenien=AM

# Hesitations and fillers.
filler-hesitation | äh was ist die hauptstadt von äh {} | nepal=NP; bhutan=BT; laos=LA
filler-hesitation | ähm also wie heißt noch mal die hauptstadt von {} | honduras=HN; paraguay=PY; uruguay=UY
filler-hesitation | hm warte mal die hauptstadt von {} was war das gleich | libyen=LY; tunesien=TN; jordanien=JO
filler-hesitation | also ich wollte fragen äh die hauptstadt von {} | kambodscha=KH; oman=OM; katar=QA

# Words after the question.
trailing-words | was ist die hauptstadt von {} danke dir | belarus=BY; moldau=MD; georgien=GE
trailing-words | die hauptstadt von {} bitte und zwar zack zack | kuwait=KW; bahrain=BH; jordanien=JO
trailing-words | wie heißt die hauptstadt von {} wenn du es weißt | sambia=ZM; lesotho=LS; dschibuti=DJ

# Terse forms.
terse | hauptstadt {} | dschibuti=DJ; palau=PW; nauru=NR
terse | {} hauptstadt | tuvalu=TV; kiribati=KI; mikronesien=FM
terse | hauptstadt von {} schnell | gambia=GM; mauretanien=MR; guinea-bissau=GW

# What de-DE recognition may write: "hauptstatt", lost umlauts, ss for ß, split compounds and names.
asr-artefact | was ist die hauptstatt von {} | armenien=AM; aserbeidschan=AZ; kamerun=CM
asr-artefact | die haupt stadt von {} | uganda=UG; ruanda=RW; burundi=BI
asr-artefact | was ist die hauptstadt von osterreich | AT
asr-artefact | wie heißt die hauptstadt von danemark | DK
asr-artefact | hauptstadt von sudafrika | ZA
asr-artefact | was ist die hauptstadt der turkei | TR
asr-artefact | die hauptstadt von agypten | EG
asr-artefact | was ist die hauptstadt von saudi arabien | SA
asr-artefact | elfenbein küste hauptstadt | CI
asr-artefact | hauptstadt von neu seeland | NZ
asr-artefact | was ist die hauptstadt von ost timor | TL
asr-artefact | sankt lucia hauptstadt | LC
asr-artefact | wie heißt die hauptstadt von weissrussland | BY
asr-artefact | was ist die hauptstadt von gross britannien | GB
asr-artefact | wie heißt die landes hauptstadt von thüringen | DE-TH
asr-artefact | was ist die hauptstadt von bosnien herzegowina | BA
asr-artefact | hauptstadt von trinidad tobago | TT
asr-artefact | was ist die hauptstadt von papua neuguinea | PG
asr-artefact | hauptstadt von äquatorial guinea | GQ
asr-artefact | was ist die hauptstadt von nord mazedonien | MK
asr-artefact | wie heißt die hauptstadt vom süd sudan | SS

# Learners of German: missing articles, simpler word order.
learner-german | was ist hauptstadt von {} | eritrea=ER; somalia=SO; afghanistan=AF
learner-german | wie heißt hauptstadt in {} | polen=PL; syrien=SY; irak=IQ
learner-german | ich will wissen die hauptstadt von land {} | ukraine=UA; rumänien=RO; bulgarien=BG
learner-german | mein sohn fragt was ist die hauptstadt von unserem land {} | sudan=SD; jemen=YE; libanon=LB

# One-shot requests through the invocation name.
one-shot-invocation | frag hauptstädte der welt nach der hauptstadt von {} | peru=PE; chile=CL; argentinien=AR
one-shot-invocation | alexa frag hauptstädte der welt was die hauptstadt von {} ist | neuseeland=NZ; kanada=CA; norwegen=NO
one-shot-invocation | öffne hauptstädte der welt und sag mir die hauptstadt von {} | kenia=KE; island=IS; südafrika=ZA
one-shot-invocation | sag hauptstädte der welt ich will die hauptstadt von {} wissen | japan=JP; china=CN; indien=IN

# Follow-ups after an answer.
follow-up | und von {} | eritrea=ER; palau=PW; tuvalu=TV
follow-up | und was ist mit {} | belize=BZ; guyana=GY; suriname=SR
follow-up | okay und bei {} | gabun=GA; kamerun=CM; togo=TG
follow-up | jetzt noch {} bitte | lettland=LV; litauen=LT; estland=EE
follow-up | und wie sieht's bei {} aus | sambia=ZM; simbabwe=ZW; malawi=MW
follow-up | dasselbe für {} | kolumbien=CO; ecuador=EC; venezuela=VE
follow-up | super und die hauptstadt von {} | kirgisistan=KG; tadschikistan=TJ; usbekistan=UZ
follow-up | merci und jetzt {} | liechtenstein=LI; luxemburg=LU; monaco=MC
follow-up | gut und wie ist es mit {} | fidschi=FJ; samoa=WS; tonga=TO
follow-up | und das gleiche nochmal für die slowakei | SK
follow-up | und wie heißt die von der mongolei | MN
follow-up | noch eine frage und zwar die von nordkorea | KP

# Self-corrections: the place said last.
self-correction | was ist die hauptstadt von schweden nein quatsch von norwegen | NO
self-correction | wie heißt die hauptstadt von österreich äh ich meine von der schweiz | CH
self-correction | hauptstadt von slowenien ach nein ich meinte die slowakei | SK
self-correction | was ist die hauptstadt von niger nicht nigeria sondern niger | NE
self-correction | die hauptstadt von nigeria sorry ich meinte niger | NE
self-correction | was ist die hauptstadt von kolumbien moment nein von bolivien | BO
self-correction | wie heißt die hauptstadt von island oder warte irland | IE
self-correction | die hauptstadt von austria äh ich meine australien | AU
self-correction | was ist die hauptstadt von guinea ach nein guinea-bissau meine ich | GW
self-correction | hauptstadt von dominica ne stopp dominikanische republik | DO
self-correction | was ist die hauptstadt vom sudan äh vom südsudan | SS
self-correction | was ist die hauptstadt von lettland oder nee litauen | LT
self-correction | hauptstadt vom iran quatsch irak | IQ
self-correction | die hauptstadt von mali falsch ich meine malawi | MW
self-correction | wie heißt die hauptstadt von kroatien nee serbien | RS
self-correction | was ist die hauptstadt von usbekistan korrektur kasachstan | KZ
self-correction | wie heißt die hauptstadt von paraguay nein uruguay | UY
self-correction | was ist die hauptstadt von gambia ähm sambia meine ich | ZM

# Checks: the place asked about.
yes-no-check | stimmt es dass canberra und nicht sydney die hauptstadt von australien ist | AU
yes-no-check | ist istanbul eigentlich die hauptstadt der türkei | TR
yes-no-check | zürich ist doch die hauptstadt der schweiz oder | CH
yes-no-check | ist rio immer noch die hauptstadt von brasilien | BR
yes-no-check | ist toronto die hauptstadt von kanada oder ottawa | CA
yes-no-check | new york ist doch die hauptstadt von amerika stimmt's | US
yes-no-check | ist lagos noch die hauptstadt von nigeria | NG
yes-no-check | ist almaty die hauptstadt von kasachstan | KZ
yes-no-check | ist casablanca die hauptstadt von marokko | MA
yes-no-check | ist dubai die hauptstadt der emirate | AE
yes-no-check | stimmt es dass rangun nicht mehr die hauptstadt von myanmar ist | MM
yes-no-check | ist auckland die hauptstadt von neuseeland | NZ
yes-no-check | ist karatschi die hauptstadt von pakistan | PK
yes-no-check | ist bonn noch die hauptstadt von deutschland | DE
yes-no-check | ist daressalam die hauptstadt von tansania | TZ
yes-no-check | abidjan ist doch die hauptstadt der elfenbeinküste oder | CI
yes-no-check | ist salzburg die hauptstadt von österreich | AT
yes-no-check | ist genf die hauptstadt der schweiz | CH
yes-no-check | ist sankt petersburg die hauptstadt von russland | RU
yes-no-check | ist mailand die hauptstadt von italien | IT
yes-no-check | ist barcelona die hauptstadt von spanien | ES
yes-no-check | ist münchen die landeshauptstadt von bayern | DE-BY
yes-no-check | die hauptstadt von österreich is eh wien oder | AT
yes-no-check | die landeshauptstadt von sachsen ist doch dresden oder | DE-SN
yes-no-check | heißt die hauptstadt von kasachstan jetzt wieder astana | KZ

# Reverse questions: which place has this capital.
reverse-question | von welchem land ist {} die hauptstadt | ouagadougou=CITY:Ouagadougou; tegucigalpa=CITY:Tegucigalpa; ulan bator=CITY:Ulaanbaatar
reverse-question | {} ist die hauptstadt von welchem land | vaduz=CITY:Vaduz; tiflis=CITY:Tiflis; eriwan=CITY:Eriwan
reverse-question | welches land hat {} als hauptstadt | bamako=CITY:Bamako; windhuk=CITY:Windhoek; asmara=CITY:Asmara
reverse-question | zu welchem land gehört die hauptstadt {} | vilnius=CITY:Vilnius; bischkek=CITY:Bischkek; duschanbe=CITY:Duschanbe
reverse-question | wovon ist {} die hauptstadt | maputo=CITY:Maputo; harare=CITY:Harare; lusaka=CITY:Lusaka
reverse-question | in welchem land liegt die hauptstadt {} | paramaribo=CITY:Paramaribo; montevideo=CITY:Montevideo; asuncion=CITY:Asunción
reverse-question | {} ist hauptstadt von was nochmal | skopje=CITY:Skopje; ljubljana=CITY:Ljubljana; podgorica=CITY:Podgorica
reverse-question | welches bundesland hat schwerin als landeshauptstadt | CITY:Schwerin
reverse-question | kiel ist die landeshauptstadt von welchem bundesland | CITY:Kiel
reverse-question | von welchem us staat ist sacramento die hauptstadt | CITY:Sacramento
reverse-question | yamoussoukro ist die hauptstadt von welchem afrikanischen land | CITY:Yamoussoukro

# Official long names.
official-name | sag mir die hauptstadt der {} | schweizerischen eidgenossenschaft=CH; russischen föderation=RU; islamischen republik iran=IR
official-name | wie heißt die hauptstadt des {} | fürstentums liechtenstein=LI; großherzogtums luxemburg=LU; königreichs marokko=MA
official-name | was ist die hauptstadt der republik {} | moldau=MD; kosovo=XK; fidschi=FJ
official-name | die hauptstadt der demokratischen volksrepublik korea | KP
official-name | was ist die hauptstadt der republik korea | KR
official-name | vereinigte republik tansania hauptstadt | TZ
official-name | wie heißt die hauptstadt der föderativen republik brasilien | BR
official-name | hauptstadt des haschemitischen königreichs jordanien | JO
official-name | was ist die hauptstadt der sozialistischen republik vietnam | VN
official-name | die hauptstadt der vereinigten mexikanischen staaten | MX
official-name | was ist die hauptstadt des königreichs bhutan | BT
official-name | was ist die hauptstadt des unabhängigen staates papua-neuguinea | PG
official-name | was ist die hauptstadt der kooperativen republik guyana | GY
official-name | hauptstadt der bolivarischen republik venezuela | VE
official-name | was ist die hauptstadt der republik östlich des uruguay | UY
official-name | was ist die hauptstadt der arabischen republik ägypten | EG
official-name | was ist die hauptstadt der föderierten staaten von mikronesien | FM
official-name | wie heißt die hauptstadt des königreichs tonga | TO

# Everyday, old and colloquial names.
everyday-name | wie heißt die hauptstadt von holland eigentlich | NL
everyday-name | was ist die hauptstadt von persien | IR
everyday-name | wie heißt die hauptstadt von birma | MM
everyday-name | was ist die hauptstadt von burma | MM
everyday-name | ceylon hauptstadt | LK
everyday-name | was ist die hauptstadt von zaire | CD
everyday-name | weißrussland hauptstadt | BY
everyday-name | was ist die hauptstadt der tschechei | CZ
everyday-name | was ist die hauptstadt von swasiland | SZ
everyday-name | was ist die hauptstadt von abessinien | ET
everyday-name | die hauptstadt der kapverden | CV
everyday-name | was ist die hauptstadt von osttimor | TL
everyday-name | die hauptstadt von moldawien bitte | MD
everyday-name | wie heißt die hauptstadt der emirate | AE
everyday-name | was ist die hauptstadt von dahomey | BJ
everyday-name | kirgisien hauptstadt | KG
everyday-name | was ist die hauptstadt der staaten | US
everyday-name | wie heißt die hauptstadt von türkiye | TR
everyday-name | was ist die hauptstadt von siam | TH
everyday-name | die hauptstadt von kongo brazzaville | CG
everyday-name | hauptstadt der dr kongo | CD

# Names several places share.
shared-name | was ist die hauptstadt vom kongo | CD+CG
shared-name | wie heißen die hauptstädte der beiden kongos | CD+CG
shared-name | was ist die hauptstadt von korea | KP+KR
shared-name | die hauptstädte von nord und südkorea | KP+KR
shared-name | was ist die hauptstadt der jungferninseln | VG+VI
shared-name | welche hauptstadt haben die jungferninseln | VG+VI
shared-name | was ist die hauptstadt von georgia | GE+US-GA
shared-name | kongo hauptstadt | CD+CG
shared-name | die zwei koreas und ihre hauptstädte | KP+KR

# Several capitals, asked in the plural.
plural-capitals | welche drei hauptstädte hat südafrika | ZA
plural-capitals | südafrika hat doch mehrere hauptstädte wie heißen die | ZA
plural-capitals | nenn mir alle hauptstädte von südafrika | ZA
plural-capitals | wie heißen die beiden hauptstädte von bolivien | BO
plural-capitals | bolivien hat doch zwei hauptstädte welche sind das | BO
plural-capitals | sucre und la paz sind das beides hauptstädte von bolivien | BO
plural-capitals | amsterdam und den haag sind das beide hauptstädte der niederlande | NL
plural-capitals | welche hauptstädte haben die niederlande | NL
plural-capitals | die niederlande haben zwei hauptstädte oder | NL
plural-capitals | welche hauptstädte hat malaysia | MY
plural-capitals | malaysia hat zwei hauptstädte kuala lumpur und noch welche | MY
plural-capitals | was sind die hauptstädte von malaysia | MY
plural-capitals | welche hauptstädte hat palästina | PS
plural-capitals | was sind die hauptstädte der palästinensischen gebiete | PS
plural-capitals | ramallah und ostjerusalem sind das die hauptstädte von palästina | PS
plural-capitals | benin hat zwei hauptstädte welche sind das | BJ
plural-capitals | wie heißen die hauptstädte von benin | BJ
plural-capitals | die elfenbeinküste hat zwei hauptstädte oder wie heißen die | CI
plural-capitals | welche hauptstädte hat die côte d'ivoire | CI
plural-capitals | sri lanka hat zwei hauptstädte welche | LK
plural-capitals | was sind die beiden hauptstädte von sri lanka | LK
plural-capitals | welche hauptstädte hat eswatini | SZ
plural-capitals | swasiland hat zwei hauptstädte wie heißen die | SZ
plural-capitals | welche zwei hauptstädte hat jammu und kaschmir | IN-JK
plural-capitals | hat uttarakhand wirklich zwei hauptstädte | IN-UK

# States, provinces and UK nations.
subdivision | was ist die landeshauptstadt von {} | niedersachsen=DE-NI; sachsen-anhalt=DE-ST; mecklenburg-vorpommern=DE-MV
subdivision | wie heißt die landeshauptstadt von {} | rheinland-pfalz=DE-RP; schleswig-holstein=DE-SH; hessen=DE-HE
subdivision | landeshauptstadt {} | saarland=DE-SL; brandenburg=DE-BB; nordrhein-westfalen=DE-NW
subdivision | was ist die hauptstadt vom bundesstaat {} | kalifornien=US-CA; texas=US-TX; florida=US-FL
subdivision | wie heißt die hauptstadt von {} in den usa | illinois=US-IL; new york=US-NY; washington=US-WA
subdivision | hauptstadt des us bundesstaates {} | nevada=US-NV; kentucky=US-KY; pennsylvania=US-PA
subdivision | was ist die hauptstadt der provinz {} | quebec=CA-QC; british columbia=CA-BC; ontario=CA-ON
subdivision | was ist die hauptstadt von {} in australien | queensland=AU-QLD; tasmanien=AU-TAS; western australia=AU-WA
subdivision | hauptstadt vom brasilianischen bundesstaat {} | bahia=BR-BA; amazonas=BR-AM; minas gerais=BR-MG
subdivision | was ist die hauptstadt von {} in mexiko | yucatan=MX-YUC; jalisco=MX-JAL; oaxaca=MX-OAX
subdivision | was ist die hauptstadt des indischen bundesstaates {} | kerala=IN-KL; rajasthan=IN-RJ; goa=IN-GA
subdivision | was ist die hauptstadt von bayern | DE-BY
subdivision | die hauptstadt vom us bundesstaat georgia | US-GA
subdivision | was ist die hauptstadt von schottland | GB-SCT
subdivision | wales hauptstadt | GB-WLS
subdivision | und nordirland was ist da die hauptstadt | GB-NIR
subdivision | welche stadt ist die hauptstadt von alaska | US-AK
subdivision | in welcher stadt sitzt die regierung von hawaii | US-HI

# Territories and dependencies.
territory | was ist der hauptort von {} | grönland=GL; den färöern=FO; spitzbergen=SJ
territory | welche stadt ist eigentlich die hauptstadt von {} | neukaledonien=NC; französisch-polynesien=PF; la réunion=RE
territory | ich flieg nach {} was ist dort die hauptstadt | martinique=MQ; guadeloupe=GP; curaçao=CW
territory | hauptstadt der {} | kaimaninseln=KY; falklandinseln=FK; cookinseln=CK
territory | was ist die hauptstadt der bermudas | BM
territory | wie heißt die hauptstadt der kanalinsel jersey | JE
territory | hat gibraltar eine eigene hauptstadt | GI
territory | was ist die hauptstadt von puerto rico | PR
territory | hauptstadt der isle of man | IM
territory | napoleon war doch auf sankt helena was ist da die hauptstadt | SH
territory | was ist die hauptstadt der ålandinseln | AX
territory | wie heißt die hauptstadt von aruba | AW

# Not capital questions: other facts, other senses of Hauptstadt, planets, chit-chat, smart-home requests.
out-of-domain | wie viele einwohner hat die schweiz | FB
out-of-domain | welche sprache spricht man in belgien | FB
out-of-domain | was für eine währung haben die in ungarn | FB
out-of-domain | wie spät ist es gerade in tokio | FB
out-of-domain | wie wird das wetter morgen in wien | FB
out-of-domain | wer ist der bundeskanzler von österreich | FB
out-of-domain | wer regiert eigentlich in norwegen | FB
out-of-domain | wie groß ist kanada | FB
out-of-domain | wie weit ist es von münchen nach rom | FB
out-of-domain | welches ist das größte land der welt | FB
out-of-domain | wie heißt der höchste berg in afrika | FB
out-of-domain | welcher fluss fließt durch budapest | FB
out-of-domain | wie lange fliegt man nach bangkok | FB
out-of-domain | welche vorwahl hat italien | FB
out-of-domain | was ist die größte stadt der schweiz | FB
out-of-domain | wie viele bundesländer hat deutschland | FB
out-of-domain | wie viele kantone hat die schweiz | FB
out-of-domain | in welchem land liegt der kilimandscharo | FB
out-of-domain | welche farben hat die flagge von kenia | FB
out-of-domain | brauche ich ein visum für indien | FB
out-of-domain | welche stadt ist dieses jahr kulturhauptstadt europas | FB
out-of-domain | was ist die modehauptstadt der welt | FB
out-of-domain | welche stadt nennt man die heimliche hauptstadt von deutschland | FB
out-of-domain | seit wann ist bern die hauptstadt der schweiz | FB
out-of-domain | was war vor berlin die hauptstadt von deutschland | FB
out-of-domain | wie viele einwohner hat die hauptstadt von polen | FB
out-of-domain | wie schreibt man hauptstadt | FB
out-of-domain | was heißt hauptstadt auf englisch | FB
out-of-domain | wie viel stammkapital braucht eine gmbh | FB
out-of-domain | was ist die hauptstadt vom mars | FB
out-of-domain | gibt es auf dem mond eine hauptstadt | FB
out-of-domain | was ist die hauptstadt von entenhausen | FB
out-of-domain | welcher planet ist der sonne am nächsten | FB
out-of-domain | alexa was ist die hauptstadt von afrika | FB
out-of-domain | erzähl mir einen witz | FB
out-of-domain | spiel mal was von helene fischer | FB
out-of-domain | stell einen timer auf zwölf minuten | FB
out-of-domain | mach das licht im wohnzimmer an | FB
out-of-domain | wie geht's dir alexa | FB
out-of-domain | bist du ein mensch | FB
out-of-domain | was läuft heute abend im fernsehen | FB
out-of-domain | setz milch auf die einkaufsliste | FB
out-of-domain | wer hat gestern das spiel gewonnen | FB
out-of-domain | welcher tag ist heute | FB
out-of-domain | lies mir die nachrichten vor | FB
out-of-domain | weck mich morgen um sechs | FB
out-of-domain | was reimt sich auf hauptstadt | FB
out-of-domain | hast du ein rezept für kaiserschmarrn | FB
out-of-domain | wie heißt du eigentlich | FB
out-of-domain | welche länder grenzen an österreich | FB
out-of-domain | welches land hat die meisten einwohner | FB
out-of-domain | wie heißt der präsident von frankreich | FB
out-of-domain | auf welchem kontinent liegt ägypten | FB
out-of-domain | was kostet ein flug nach lissabon | FB
out-of-domain | wie heißt die größte insel der welt | FB
out-of-domain | welche hauptstadt ist die größte der welt | FB
out-of-domain | wie viele hauptstädte gibt es auf der welt | FB
out-of-domain | welche hauptstadt liegt am höchsten | FB
out-of-domain | wie viele menschen leben in wien | FB
out-of-domain | wann ist der nächste feiertag in bayern | FB
out-of-domain | was bedeutet das wort metropole | FB
out-of-domain | wie weit ist der mond von der erde weg | FB

# Alexa's built-in meanings.
help | hilfe ich komm nicht weiter | HELP
help | was kann ich dich hier alles fragen | HELP
help | wie funktioniert das hier eigentlich | HELP
help | was muss ich sagen damit du mir eine hauptstadt nennst | HELP
help | erklär mir mal wie dieser skill geht | HELP
help | ich weiß nicht wie das geht | HELP
help | hä was soll ich jetzt sagen | HELP
help | kannst du mir mal helfen | HELP
help | welche fragen kann ich dir stellen | HELP
help | gib mir mal ein beispiel | HELP
help | ich brauch bitte hilfe | HELP
help | hilf mir mal | HELP
help | was geht hier alles | HELP
help | wie frage ich nach einer hauptstadt | HELP
help | was sind die befehle | HELP
help | sag mir was ich machen kann | HELP
help | ich versteh das nicht | HELP
help | wie benutzt man das | HELP
help | hilfe bitte | HELP
help | was kann dieser skill | HELP
help | ich kenn mich hier nicht aus | HELP

stop | stopp jetzt | STOP
stop | hör auf | STOP
stop | hör bitte auf zu reden | STOP
stop | sei still | STOP
stop | ruhe jetzt | STOP
stop | schluss | STOP
stop | aus | STOP
stop | beenden bitte | STOP
stop | beende den skill | STOP
stop | das reicht jetzt | STOP
stop | genug für heute | STOP
stop | ich will aufhören | STOP
stop | mach aus | STOP
stop | halt die klappe alexa | STOP
stop | schluss aus ende | STOP
stop | stopp stopp | STOP
stop | aufhören bitte | STOP
stop | es reicht | STOP
stop | alexa sei ruhig | STOP
stop | jetzt ist schluss | STOP
stop | ciao alexa das war's | STOP

cancel | abbrechen | CANCEL
cancel | abbrechen bitte | CANCEL
cancel | vergiss es | CANCEL
cancel | ach vergiss es einfach | CANCEL
cancel | lass gut sein | CANCEL
cancel | lass mal | CANCEL
cancel | nee doch nicht | CANCEL
cancel | brich das ab | CANCEL
cancel | abbruch | CANCEL
cancel | ich hab's mir anders überlegt | CANCEL
cancel | nicht so wichtig | CANCEL
cancel | lass es | CANCEL
cancel | ne lass mal stecken | CANCEL
cancel | hat sich erledigt | CANCEL
cancel | vergiss die frage | CANCEL
cancel | nein danke doch nicht | CANCEL
cancel | passt schon | CANCEL
cancel | schon gut vergiss es | CANCEL
cancel | abbrechen alexa | CANCEL
cancel | egal vergiss es | CANCEL
cancel | bitte abbrechen | CANCEL

launch | öffne hauptstädte der welt | LAUNCH
launch | alexa öffne hauptstädte der welt bitte | LAUNCH
launch | mach hauptstädte der welt auf | LAUNCH
launch | ich möchte hauptstädte der welt spielen | LAUNCH
launch | hauptstädte der welt starten | LAUNCH
launch | starte bitte den skill hauptstädte der welt | LAUNCH
launch | spiel hauptstädte der welt | LAUNCH
launch | los geht's mit hauptstädte der welt | LAUNCH
launch | hauptstädte der welt öffnen | LAUNCH
launch | aktiviere hauptstädte der welt | LAUNCH
launch | servus alexa starte hauptstädte der welt | LAUNCH
# Added after the first build: the places not yet asked (and the Vatican and Western Sahara), more shared names, stop and cancel (thinned by the drop).
case-grammar | wie heißt eigentlich die hauptstadt vom tschad | TD
case-grammar | wie heißt die hauptstadt von den marshallinseln | MH
follow-up | und die marshallinseln | MH
asr-artefact | sankt kitts und nevis hauptstadt | KN
asr-artefact | was ist die hauptstadt von sao tome und principe | ST
asr-artefact | hauptstadt von sankt vincent und die grenadinen | VC
shared-name | welche hauptstadt hat kongo | CD+CG
shared-name | korea hauptstadt bitte | KP+KR
shared-name | die hauptstädte der jungferninseln | VG+VI
stop | stopp alexa ich hab genug | STOP
stop | alexa halt stopp | STOP
stop | hör jetzt bitte auf | STOP
stop | beende hauptstädte der welt | STOP
stop | schluss für heute alexa | STOP
stop | aus jetzt | STOP
stop | kannst du bitte aufhören | STOP
stop | stopp das reicht | STOP
cancel | nee vergiss es wieder | CANCEL
cancel | ach egal lass mal | CANCEL
cancel | abbrechen ich frag später | CANCEL
cancel | brich bitte ab | CANCEL
cancel | lass mal gut sein alexa | CANCEL
cancel | nö doch nicht | CANCEL
cancel | streich das | CANCEL
cancel | ich will doch nichts wissen | CANCEL
everyday-name | was ist eigentlich die hauptstadt vom vatikan | VA
official-name | welche hauptstadt hat der staat vatikanstadt | VA
news-item | in den nachrichten ging es um die westsahara gibt es da eine hauptstadt | EH
"""

if __name__ == "__main__":
    build_round(18, "de", LINES, sys.argv, "tests/Eval/de/round18/source/build_corpus.py")
