"""Round 20, Spanish (es-ES, es-MX and es-US): a new author's mix of speakers and situations, written blind.
In Spain (es-ES): Madrid teenagers ("tía", "en plan"), Murcians ("acho"),
Aragonese ("maño"), Asturians ("ho", "ye"), Canarians ("mi niño", "chacho"), Valencians ("nano"), Latin Americans
living in Spain (Colombians "parce", "regálame", "qué más pues"; Venezuelans "chamo", "pana"; Ecuadorians "mande",
"dame diciendo"; Argentines "sabés"), a student going on Erasmus, grandparents doing the "sopa de letras" and
watching "saber y ganar", Eurovision night and the telediario, the Vuelta and Formula One, an Interrail trip, a paella
on the stove, a traffic jam on the motorway.
In Mexico (es-MX): chilangos ("chale", "nel", "simón", "carnal", "equis"), norteños ("plebe", "qué rollo"),
Jalisco ("ira", "no seas gacho"), Yucatán ("ay mare"), grandmothers ("mi reina", "dígame usted"),
the game "basta" ("ciudad con la letra"), homework for "la maestra", the "guía" for the exam, Kahoot in class, a bet
with the brother-in-law, tamales in the kitchen, a trucker on the highway, the news, the World Cup, elders with the
crossword and the names of their youth (Checoslovaquia, Yugoslavia, Suazilandia, Basutolandia).
In the United States (es-US): Tex-Mex ("la troca", "parquear"), Salvadorans in Los Angeles ("cipote",
"chivo"), Guatemalans ("patojo"), Puerto Ricans in New York ("nene", "brutal", "bregando"),
Venezuelans in Miami, the citizenship (naturalización) civics test and its state capitals, ESL classes and trivia
night, a daughter helping her mother ("ay mija"), Univision news, a cruise, baseball, heritage speakers who mix English
("like", "so", "wait", "what's", "real quick", "the capital of", "okay"), English-speaking learners of Spanish
("cómo se dice", mistakes of gender and article).
Fillers ("este", "pues", "a ver", "bueno", "mmm", "o sea", "eh"), self-corrections ("no perdón", "digo", "me
equivoqué", "espérate", "rectifico"), follow-ups, checks, reverse questions, official, old and everyday names, shared
names, and what recognition may write (lost accents, "cual es", split or joined words, English spellings).
`python3 tests/Eval/es/round20/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 20's number; a fourth field names a line's locale, es-ES when absent)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Plain questions in the three locales.
direct-question | y la capital {} cuál es | de burkina faso=BF; de mauritania=MR; de las comoras=KM
direct-question | qué ciudad es la capital {} | de turkmenistán=TM; de eritrea=ER; de malaui=MW
direct-question | cuál es la ciudad capital {} | de lesoto=LS; de namibia=NA; de gabón=GA | es-MX
direct-question | la capital {} cómo se llama | de letonia=LV; de montenegro=ME; de armenia=AM | es-MX
direct-question | la capital {} cuál sería | de honduras=HN; de nicaragua=NI; de jamaica=JM | es-US
direct-question | me puedes decir cuál es la capital {} | de tayikistán=TJ; de kirguistán=KG; de moldavia=MD | es-US
direct-question | cómo se llama la ciudad capital {} | de albania=AL; de eslovenia=SI; de zimbabue=ZW | es-US
direct-question | y cuál es la capital {} a todo esto | de mozambique=MZ; de zambia=ZM; de botsuana=BW

# Polite requests, tú and usted.
polite-request | serías tan amable de decirme la capital {} | de croacia=HR; de estonia=EE; de lituania=LT
polite-request | me harías el favor de decirme la capital {} | de camboya=KH; de laos=LA; de birmania=MM
polite-request | dígame usted por favor cuál es la capital {} | de ghana=GH; de togo=TG; de benín=BJ | es-MX
polite-request | hágame el favor de decirme la capital {} | del líbano=LB; de jordania=JO; de kuwait=KW | es-MX
polite-request | would you please decirme la capital {} | de tanzania=TZ; de kenia=KE; de uganda=UG | es-US
polite-request | me podrías ayudar con la capital {} por favor | de ruanda=RW; de burundi=BI; de somalia=SO | es-US
polite-request | dame diciendo la capital {} por favorcito | de mongolia=MN; de nepal=NP; de brunéi=BN

do-you-know | tú sabes cuál es la capital {} | de catar=QA; de baréin=BH; de omán=OM
do-you-know | sabes de casualidad la capital {} | de bangladés=BD; de pakistán=PK; de afganistán=AF
do-you-know | tienes idea de cuál es la capital {} | de kazajistán=KZ; de azerbaiyán=AZ; de papúa nueva guinea=PG | es-MX
do-you-know | a poco sabes la capital {} | de sierra leona=SL; de gambia=GM; de cabo verde=CV | es-MX
do-you-know | te sabes la capital {} o no | de barbados=BB; de granada=GD; de santa lucía=LC | es-MX
do-you-know | do you know la capital {} | de costa rica=CR; de panamá=PA; de guatemala=GT | es-US
do-you-know | vos sabés la capital {} | del níger=NE; del chad=TD; de mali=ML | es-US

# Terse and tails.
terse | capital {} | de perú=PE; de chile=CL; de cuba=CU
terse | {} capital | sudán=SD; libia=LY; túnez=TN | es-MX
terse | capital {} rápido | de fiyi=FJ; de vanuatu=VU; de tonga=TO | es-US
terse | la capital {} ya | de bulgaria=BG; de serbia=RS; de bosnia=BA | es-MX
terse | capital {} please | de austria=AT; de polonia=PL; de chequia=CZ | es-US
trailing-words | cuál es la capital {} muchas gracias | de marruecos=MA; de argelia=DZ; de egipto=EG
trailing-words | cuál es la capital {} gracias reina | de siria=SY; de irak=IQ; de irán=IR | es-MX
trailing-words | cuál es la capital {} te lo agradezco | de vietnam=VN; de malasia=MY; de singapur=SG | es-US
trailing-words | la capital {} eso es todo | de palaos=PW; de micronesia=FM; de las islas marshall=MH | es-MX

filler-hesitation | eh mmm la capital {} | de kiribati=KI; de tuvalu=TV; de nauru=NR
filler-hesitation | este pues la capital {} cuál es | de samoa=WS; de las islas salomón=SB; de nueva zelanda=NZ | es-MX
filler-hesitation | o sea eh cuál es la capital {} | de yemen=YE; de arabia saudí=SA; de los emiratos árabes unidos=AE | es-US
filler-hesitation | bueno a ver la capital {} eh | de etiopía=ET; de yibuti=DJ; de eritrea=ER
filler-hesitation | pues mmm cuál será la capital {} | de angola=AO; de camerún=CM; de guinea ecuatorial=GQ | es-MX
filler-hesitation | like um cuál es la capital {} | de liberia=LR; de guinea=GN; de guinea bisáu=GW | es-US

# Regional speech, Spain.
spain-speech | tía en plan cuál es la capital {} | de noruega=NO; de suecia=SE; de irlanda=IE
spain-speech | acho cuál es la capital {} que no me acuerdo | de portugal=PT; de italia=IT; de bélgica=BE
spain-speech | maño dime la capital {} | de suiza=CH; de luxemburgo=LU; de liechtenstein=LI
spain-speech | ho cuál ye la capital {} | de malta=MT; de chipre=CY; de mónaco=MC
spain-speech | mi niño cuál es la capital {} que no me sale | de venezuela=VE; de cuba=CU; de uruguay=UY
spain-speech | nano la capital {} cuál es | de andorra=AD; de san marino=SM; de alemania=DE
spain-speech | chamo cuál es la capital {} | de colombia=CO; de haití=HT; de república dominicana=DO
spain-speech | parce qué más pues la capital {} | del salvador=SV; de belice=BZ; de méxico=MX
spain-speech | mande la capital {} me dijo | de bolivia=BO; de argentina=AR; de brasil=BR

# Regional speech, Mexico.
mexico-speech | qué rollo plebe cuál es la capital {} | de arizona=US-AZ; de nuevo méxico=US-NM; de canadá=CA | es-MX
mexico-speech | ira no seas gacho dime la capital {} | de china=CN; de india=IN; de corea del norte=KP | es-MX
mexico-speech | ay mare cuál es la capital {} | de guyana=GY; de surinam=SR; de dominica=DM | es-MX
mexico-speech | chale no me acuerdo de la capital {} | de israel=IL; de turquía=TR; de egipto carnal=EG | es-MX
mexico-speech | mi reina dígame la capital {} | de san vicente y las granadinas=VC; de san cristóbal y nieves=KN; de las seychelles=SC | es-MX
mexico-speech | equis pero cuál es la capital {} | de mauricio=MU; de maldivas=MV; de madagascar=MG | es-MX
mexico-speech | órale pues la capital {} | de santo tomé y príncipe=ST; de sudán del sur=SS; de la república centroafricana=CF | es-MX
mexico-speech | simón carnal y la capital {} | de nigeria=NG; de senegal=SN; de costa de marfil=CI | es-MX

# Regional speech, United States.
us-speech | oye cipote cuál es la capital {} | de el salvador=SV; de honduras vos=HN; de nicaragua pues=NI | es-US
us-speech | patojo dime la capital {} | de guatemala pues=GT; de belice mano=BZ; de costa rica vos=CR | es-US
us-speech | nene cuál es la capital {} brutal | de puerto rico=PR; de las islas vírgenes británicas=VG; de las islas caimán=KY | es-US
us-speech | ando parqueando la troca dime la capital {} | de texas=US-TX; de oklahoma=US-OK; de luisiana=US-LA | es-US
us-speech | estoy bregando con la tarea cuál es la capital {} | de nueva york=US-NY; de nueva jersey=US-NJ; de connecticut=US-CT | es-US
us-speech | qué chivo dime la capital {} | de california=US-CA; de nevada=US-NV; de oregón=US-OR | es-US
us-speech | chamo aquí en miami me preguntan la capital {} | de florida=US-FL; de georgia el estado=US-GA; de alabama=US-AL | es-US

# Homework and school.
homework | para la tarea de geografía necesito la capital {} | de kosovo=XK; de macedonia del norte=MK; de eslovenia por favor=SI | es-MX
homework | la maestra nos pidió la capital {} | de nueva zelanda=NZ; de papúa=PG; de timor oriental=TL | es-MX
homework | en la guía del examen viene la capital {} cuál es | de kazajistán o kazakhstan=KZ; de mongolia=MN; de bután=BT | es-MX
homework | tengo examen de sociales mañana la capital {} | de lituania tía=LT; de letonia tía=LV; de estonia tía=EE
homework | el profe de geo ha preguntado la capital {} | de islandia=IS; de groenlandia=GL; de las islas feroe=FO
homework | en el esl class nos preguntaron la capital {} | de alemania=DE; de francia=FR; de japón=JP | es-US
homework | mi hijo tiene tarea cuál es la capital {} | de argentina mi amor=AR; de chile mi amor=CL; de colombia mi amor=CO | es-US

# Quiz games and shows.
quiz-game | jugando basta ciudad con la letra qué es la capital {} | de uganda=UG; de kenya=KE; de zambia mijo=ZM | es-MX
quiz-game | en el kahoot salió la capital {} cuál era | de mauritania=MR; de malí=ML; de níger=NE | es-MX
quiz-game | en saber y ganar han preguntado la capital {} | de eslovaquia abuela=SK; de hungría abuela=HU; de austria abuela=AT
quiz-game | para la sopa de letras la capital {} | de perú abuelo=PE; de cuba abuelo=CU; de siria=SY
quiz-game | estamos en trivia night y preguntan la capital {} | de brasil=BR; de pakistán=PK; de nigeria guys=NG | es-US
quiz-game | apuesta con mi cuñado cuál es la capital {} | de suiza cuñado=CH; de bolivia cuñado=BO; de nueva zelanda cuñado=NZ | es-MX

# Travel.
travel | me voy de erasmus y quiero saber la capital {} | de polonia=PL; de chequia=CZ; de dinamarca=DK
travel | hacemos interrail y pasamos por la capital {} cuál es | de eslovenia=SI; de croacia=HR; de serbia=RS
travel | voy a volar a la capital {} cuál es | de etiopía=ET; de kenia=KE; de marruecos=MA | es-MX
travel | tengo una escala en la capital {} cómo se llama | de catar=QA; de los emiratos=AE; de turquía=TR | es-US
travel | mi jefe me manda a la capital {} cuál es | de vietnam=VN; de tailandia=TH; de corea del sur=KR | es-MX
travel | el crucero para en la capital {} cuál es | de jamaica=JM; de barbados=BB; de las bahamas=BS | es-US

# Sport.
sport | juega la selección en la capital {} cuál es | de escocia=GB-SCT; de gales=GB-WLS; de inglaterra=GB-ENG
sport | la vuelta sale de la capital {} cuál es | de los países bajos=NL; de bélgica=BE; de francia=FR
sport | el mundial es en la capital {} cuál es | de catar amigo=QA; de rusia=RU; de sudáfrica=ZA | es-MX
sport | el pelotero viene de la capital {} cuál es | de república dominicana=DO; de venezuela=VE; de cuba=CU | es-US
sport | la fórmula uno corre en la capital {} cuál es | de baréin=BH; de arabia saudita=SA; de hungría=HU

# Kitchen and home.
kitchen-home | mientras cocino la paella dime la capital {} | de tailandia=TH; de marruecos=MA; de la india=IN
kitchen-home | estoy haciendo tamales y me dio curiosidad la capital {} | de guatemala=GT; de honduras=HN; de el salvador=SV | es-MX
kitchen-home | con las manos en la masa cuál es la capital {} | de perú=PE; de bolivia=BO; de ecuador=EC | es-US

# Driving.
driving | voy manejando la troca cuál es la capital {} | de kansas=US-KS; de nebraska=US-NE; de iowa=US-IA | es-US
driving | voy en la carretera con el tráiler cuál es la capital {} | de sinaloa=MX-SIN; de sonora=MX-SON; de chihuahua=MX-CHH | es-MX
driving | voy conduciendo cuál es la capital {} | de baviera=DE-BY; de sajonia=DE-SN; de hesse=DE-HE

# Children.
child-speech | alexa cuál es la capital {} | de los dinosaurios=FB; de la luna=FB; del polo norte=FB
child-speech | mami dice que te pregunte la capital {} | de españa=ES; de francia mami=FR; de japón mami=JP | es-MX
child-speech | alexa alexa la capital {} | de china=CN; de inglaterra=GB-ENG; de egipto=EG | es-US
child-speech | yo tengo seis años y quiero saber la capital {} | de australia=AU; de brasil=BR; de italia=IT
child-speech | oye alexa cuál es la capital {} es que mi hermano no sabe | de canadá=CA; de rusia=RU; de alemania=DE | es-MX

# Elders.
elder-speech | señorita hágame usted el favor la capital {} | de checoslovaquia=FB; de yugoslavia=FB; de la unión soviética=FB | es-MX
elder-speech | oiga usted la capital {} cuál es que ya no me acuerdo | de persia=IR; de ceilán=LK; de siam=TH
elder-speech | ay mija la capital {} | de rodesia=ZW; de birmania=MM; de holanda=NL | es-US
elder-speech | yo de joven sabía la capital {} cuál era | del zaire=CD; de dahomey=BJ; del alto volta=BF
elder-speech | dígame la capital {} que estoy haciendo el crucigrama del periódico | de suazilandia=SZ; de basutolandia=LS; de bechuanalandia=BW | es-MX

# Learners of Spanish.
learner-speech | cuál es el capital {} | de la alemania=DE; de los estados unidos=US; de el méxico=MX | es-US
learner-speech | yo quiero saber qué es la capital {} | de la inglaterra=GB-ENG; de la españa=ES; de la china=CN | es-US
learner-speech | cómo se dice la capital {} en español | of spain=ES; de germany=DE; de egypt=EG | es-US
learner-speech | dónde es la capital {} | de canadá por favor=CA; de irlanda por favor=IE; de finlandia por favor=FI | es-US

# Mixing English.
code-switching | hey alexa what is la capital {} | de colombia=CO; de argentina=AR; de chile=CL | es-US
code-switching | okay so la capital {} which one is it | de venezuela=VE; de perú=PE; de ecuador=EC | es-US
code-switching | real quick cuál es la capital {} | de panamá=PA; de costa rica=CR; de nicaragua=NI | es-US
code-switching | wait what's the capital {} otra vez | de trinidad y tobago=TT; de haití=HT; de jamaica=JM | es-US
code-switching | like cuál es la capital {} you know | de washington el estado=US-WA; de pensilvania=US-PA; de ohio=US-OH | es-US

# What recognition writes.
recognition-artefact | cual es la capital {} | de turkmenistan=TM; de uzbekistan=UZ; de tayikistan=TJ
recognition-artefact | cuales la capital {} | de azerbaiyan=AZ; de kirguistan=KG; de afganistan=AF | es-MX
recognition-artefact | cuál es la capital {} | dearmenia=AM; dela india=IN; de sudafrica=ZA
recognition-artefact | cual es la capital {} porfavor | de pakistan=PK; de iran=IR; de yemen=YE | es-MX
recognition-artefact | la capital de {} | costarica=CR; elsalvador=SV; puertorico=PR | es-US
recognition-artefact | cual es la capital de la {} | republica checa=CZ; republica centroafricana=CF; republica dominicana=DO
recognition-artefact | que es la capital de {} | nueva zelandia=NZ; bosnia herzegovina=BA; papua nueva guinea=PG | es-US
recognition-artefact | dime la capital de {} | butan=BT; japon=JP; canada=CA | es-US

# Follow-ups.
follow-up | y {} | la de francia=FR; la de polonia=PL; la de grecia=GR
follow-up | y la {} | de rumanía=RO; de bulgaria=BG; de moldavia=MD | es-MX
follow-up | y la de {} qué | chile=CL; argentina=AR; uruguay=UY | es-US
follow-up | ahora la de {} | filipinas=PH; indonesia=ID; malasia=MY
follow-up | ok y {} | jordania=JO; siria=SY; irak=IQ | es-US
follow-up | y la de {} cuál es | guinea=GN; senegal=SN; gambia=GM
follow-up | otra y la de {} | liberia=LR; sierra leona=SL; ghana=GH | es-MX
follow-up | y de {} pa terminar | nepal=NP; bután=BT; sri lanka=LK | es-MX
follow-up | and {} | la de méxico=MX; la de honduras=HN; la de el salvador=SV | es-US

# Several capitals.
plural-capitals | cuáles son las capitales {} | de sudáfrica=ZA; de bolivia=BO; de los países bajos=NL
plural-capitals | qué capitales tiene {} | malasia=MY; sri lanka=LK; benín=BJ | es-MX
plural-capitals | cuáles son las dos capitales {} | de costa de marfil=CI; de esuatini=SZ; de palestina=PS | es-US
plural-capitals | es verdad que {} tiene tres capitales cuáles son | sudáfrica=ZA | es-MX
plural-capitals | por qué bolivia tiene dos capitales cuáles son | BO | es-US
plural-capitals | holanda tiene dos capitales no cuáles son | NL
plural-capitals | dime todas las capitales {} | de malasia=MY; de sri lanka=LK; de palestina=PS
plural-capitals | las capitales {} | de benín=BJ; de costa de marfil=CI; de suazilandia=SZ | es-MX
plural-capitals | y las capitales de {} cuáles son | sudáfrica=ZA; bolivia=BO; holanda=NL | es-US
plural-capitals | cuántas capitales tiene {} y cuáles son | palestina=PS; esuatini=SZ; benín=BJ
plural-capitals | what are las capitales {} | de malaysia=MY; de south africa=ZA; de the netherlands=NL | es-US
plural-capitals | qué ciudades son capitales {} | de sri lanka=LK; de costa de marfil=CI; de bolivia=BO | es-MX

# Subdivisions.
subdivision | cuál es la capital del estado de {} | jalisco=MX-JAL; nuevo león=MX-NLE; yucatán=MX-YUC | es-MX
subdivision | oye y la capital de {} | oaxaca=MX-OAX; chiapas=MX-CHP; quintana roo=MX-ROO | es-MX
subdivision | la capital de {} cuál es bro | michoacán=MX-MIC; guerrero=MX-GRO; veracruz=MX-VER | es-MX
subdivision | qué ciudad es la capital de {} | tamaulipas=MX-TAM; coahuila=MX-COA; durango=MX-DUR | es-MX
subdivision | y la capital de {} cuál viene siendo | baja california=MX-BCN; baja california sur=MX-BCS; nayarit=MX-NAY | es-MX
subdivision | la capital del estado {} | de morelos=MX-MOR; de hidalgo=MX-HID; de méxico=MX-MEX | es-MX
subdivision | para el test de ciudadanía la capital de {} | illinois=US-IL; michigan=US-MI; wisconsin=US-WI | es-US
subdivision | en el examen de naturalización preguntan la capital de {} | carolina del norte=US-NC; virginia=US-VA; maryland=US-MD | es-US
subdivision | y la capital de {} cuál es mija | hawái=US-HI; alaska=US-AK; montana=US-MT | es-US
subdivision | cuál es la capital de la provincia de {} | ontario=CA-ON; quebec=CA-QC; columbia británica=CA-BC
subdivision | la capital de {} en canadá | alberta=CA-AB; manitoba=CA-MB; nueva escocia=CA-NS | es-US
subdivision | capital del estado australiano de {} | nueva gales del sur=AU-NSW; queensland=AU-QLD; victoria=AU-VIC
subdivision | en brasil cuál es la capital de {} | bahía=BR-BA; minas gerais=BR-MG; amazonas=BR-AM
subdivision | la capital del estado indio de {} | kerala=IN-KL; rajastán=IN-RJ; bengala occidental=IN-WB
subdivision | cuál es la capital de {} la de reino unido | irlanda del norte=GB-NIR; gales=GB-WLS; escocia=GB-SCT
subdivision | cuál es la capital de {} el territorio | nunavut=CA-NU; yukón=CA-YT; territorio del norte=AU-NT | es-US
subdivision | y la capital de {} | guam=GU; nueva caledonia=NC; polinesia francesa=PF | es-MX
subdivision | dime la capital de {} que es de francia | la guayana francesa=GF; martinica=MQ; guadalupe la isla=GP
subdivision | la capital de las {} | islas malvinas=FK; islas cook=CK; bermudas=BM | es-US

# Reverse questions.
reverse-question | de qué país es capital {} | ulán bator=CITY:Ulán Bator; uagadugú=CITY:Uagadugú; nuakchot=CITY:Nuakchot
reverse-question | {} es capital de qué país | asmara=CITY:Asmara; yamena=CITY:Yamena; bamako=CITY:Bamako | es-MX
reverse-question | de dónde es capital {} | paramaribo=CITY:Paramaribo; georgetown=CITY:Georgetown; tegucigalpa=CITY:Tegucigalpa | es-US
reverse-question | qué país tiene como capital {} | ereván=CITY:Ereván; tiflis=CITY:Tiflis; bakú=CITY:Bakú | es-MX
reverse-question | a qué país pertenece la capital {} | antananarivo=CITY:Antananarivo; lilongwe=CITY:Lilongwe; windhoek=CITY:Windhoek | es-US
reverse-question | {} es la capital de qué estado | sacramento=CITY:Sacramento; tallahassee=CITY:Tallahassee; albany=CITY:Albany | es-US
reverse-question | de qué estado es capital {} | culiacán=CITY:Culiacán; hermosillo=CITY:Hermosillo; chilpancingo=CITY:Chilpancingo | es-MX
reverse-question | en qué país está la capital {} | dusambé=CITY:Dusambé; biskek=CITY:Biskek; asjabad=CITY:Asjabad | es-MX
reverse-question | {} qué país es | taskent=CITY:Taskent; astana=CITY:Astana; katmandú=CITY:Katmandú | es-US

# Yes-no checks.
yes-no-check | es verdad que la capital {} | de australia es sídney=AU; de canadá es toronto=CA; de turquía es estambul=TR
yes-no-check | la capital {} no | de brasil es río=BR; de suiza es ginebra=CH; de nigeria es lagos=NG | es-MX
yes-no-check | a poco la capital {} | de estados unidos es nueva york=US; de marruecos es casablanca=MA; de vietnam es ho chi minh=VN | es-MX
yes-no-check | is it true que la capital {} | de california es los ángeles=US-CA; de texas es houston=US-TX; de florida es miami=US-FL | es-US
yes-no-check | me juego algo a que la capital {} | de bolivia es la paz=BO; de pakistán es karachi=PK; de myanmar es rangún=MM
yes-no-check | confírmame si la capital {} | de kazajistán es almaty=KZ; de tanzania es dar es salaam=TZ; de costa de marfil es abiyán=CI
yes-no-check | neta la capital {} | de belice es belmopan=BZ; de nueva zelanda es auckland=NZ; de sri lanka es colombo=LK | es-MX

# Self-corrections.
self-correction | oye la capital de {} | italia no perdón de austria=AT; suecia digo de noruega=NO; chile no espera de perú=PE
self-correction | cuál es la capital de {} | hungría no me equivoqué de rumanía=RO; bélgica digo holanda=NL; irak no de irán=IR | es-MX
self-correction | dame la capital de {} | paraguay espérate uruguay=UY; guinea no guinea ecuatorial=GQ; níger no nigeria=NG | es-US
self-correction | la capital {} | de eslovenia rectifico de eslovaquia=SK; de austria o sea de australia=AU; de suiza ay no de suecia=SE
self-correction | me dices la capital de {} | colombia ay no perdón de bolivia=BO; zambia no zimbabue=ZW; mali no malaui=MW
self-correction | what's the capital of {} | iceland wait no de irlanda=IE; spain no espérate de portugal=PT; españa no sorry de méxico=MX | es-US
self-correction | la capital de {} mejor dicho | de sudán no de sudán del sur=SS; de corea del sur o sea del norte=KP; del congo de kinshasa=CD | es-MX

# Official names.
official-name | cuál es la capital de la {} | república federal de alemania=DE; república helénica=GR; confederación suiza=CH
official-name | capital de la {} | república bolivariana de venezuela=VE; federación rusa=RU; república popular china=CN | es-MX
official-name | la capital de los {} | estados unidos mexicanos=MX; estados unidos de américa=US; emiratos árabes unidos=AE | es-US
official-name | cuál es la capital del {} | estado plurinacional de bolivia=BO; reino unido de gran bretaña e irlanda del norte=GB; estado de la ciudad del vaticano=VA
official-name | dime la capital de la {} | república popular democrática de corea=KP; república de corea=KR; república árabe siria=SY | es-MX
official-name | y la capital de la {} | república argelina democrática y popular=DZ; república democrática federal de etiopía=ET; república tunecina=TN | es-US
official-name | qué capital tiene la {} | república del congo=CG; república democrática del congo=CD; república eslovaca=SK | es-MX

# Everyday names.
everyday-name | la capital de {} cuál es | gringolandia=US; los yunaites=US; inglaterra o sea gran bretaña=GB | es-MX
everyday-name | sabes la capital de {} | la unión americana=US; el vaticano=VA; los emiratos=AE
everyday-name | capital de {} porfa | holanda=NL; birmania=MM; bielorrusia o belarús=BY | es-US
everyday-name | y la capital del {} | congo kinshasa=CD; congo brazzaville=CG; reino unido o sea inglaterra=GB
everyday-name | cuál es la capital de {} o como se diga | timor=TL; el tíbet=FB; macedonia=MK | es-MX
everyday-name | tell me la capital de {} | usa=US; el yunaited kingdom=GB; ee uu=US | es-US
everyday-name | y la capital de {} cómo era | turquía o türkiye=TR; chequia o república checa=CZ; esuatini o suazilandia=SZ

# Shared names.
shared-name | cuál es la capital de {} por favor | georgia=GE+US-GA; las coreas=KP+KR; los dos congos=CD+CG
shared-name | capital de {} cuál | el congo=CD+CG; las islas vírgenes=VG+VI; corea=KP+KR | es-MX
shared-name | la capital de {} cuál es porfa | dominica y república dominicana=DM+DO; georgia=GE+US-GA; las dos coreas=KP+KR | es-US
shared-name | y las capitales de {} | los congos=CD+CG; las vírgenes=VG+VI; corea del norte y del sur=KP+KR
shared-name | la capital de georgia | GE+US-GA | es-US
shared-name | las capitales de ambas coreas | KP+KR | es-MX
shared-name | cuál es la capital del congo | CD+CG | es-US

# One-shot.
one-shot | pregúntale a capitales del mundo la capital {} | de irlanda=IE; de ucrania=UA; de georgia país=GE
one-shot | abre capitales del mundo y dime la capital {} | de libia=LY; de sudán=SD; de somalia=SO | es-MX
one-shot | dile a capitales del mundo que me diga la capital {} | de honduras=HN; de paraguay=PY; de ecuador=EC | es-US
one-shot | con capitales del mundo cuál es la capital {} | de níger=NE; de chad=TD; de camerún=CM | es-MX
one-shot | ask capitales del mundo la capital {} | de haití=HT; de jamaica=JM; de san vicente=VC | es-US

# Old names.
old-name | cuál era la capital de {} | indochina=FB; el alto volta=BF; la costa de oro=GH
old-name | la capital de {} ahora cómo se llama | niasalandia=MW; kampuchea=KH; la rusia blanca=BY | es-MX
old-name | capital de {} cuál era | la honduras británica=BZ; rodesia del sur=ZW; zaire=CD | es-US
old-name | y la capital de {} la de antes | suazilandia=SZ; persia=IR; dahomé=BJ

# News.
news | en el telediario hablaron de la capital {} cuál es | de sudán=SD; de yemen=YE; de haití=HT
news | salió en las noticias la capital {} cuál es | de níger=NE; de mali=ML; de burkina faso=BF | es-MX
news | dijeron en univision algo de la capital {} cuál es | de venezuela=VE; de nicaragua=NI; de cuba=CU | es-US
news | en eurovisión ganó el país cuya capital es {} dime el país | kiev=CITY:Kiev; estocolmo=CITY:Estocolmo; viena=CITY:Viena
news | el presidente viajó a la capital {} cómo se llama | de armenia=AM; de georgia=GE; de moldova=MD | es-MX
news | el huracán pasó cerca de la capital {} cuál es | de dominica=DM; de granada=GD; de antigua=AG | es-US

# Out of domain: near misses and other requests.
out-of-domain | cuántos habitantes tiene {} | francia=FB; méxico=FB; la capital de españa=FB
out-of-domain | qué idioma se habla en {} | brasil=FB; suiza=FB; bélgica=FB | es-MX
out-of-domain | cuál es la moneda de {} | japón=FB; marruecos=FB; polonia=FB | es-US
out-of-domain | cuál es la ciudad más grande de {} | australia=FB; turquía=FB; canadá=FB
out-of-domain | quién es el presidente de {} | argentina=FB; colombia=FB; estados unidos=FB | es-MX
out-of-domain | de qué colores es la bandera de {} | italia=FB; jamaica=FB; sudáfrica=FB | es-US
out-of-domain | qué hora es en {} | tokio=FB; buenos aires=FB; madrid ahora=FB
out-of-domain | cuánto tarda el avión de madrid a {} | lima=FB; bogotá=FB; cancún=FB
out-of-domain | cuál es el río más largo de {} | europa=FB; áfrica=FB; méxico=FB | es-MX
out-of-domain | qué tiempo hace en {} | la capital=FB; ciudad de méxico=FB; londres=FB | es-US
out-of-domain | cuál es la comida típica de {} | perú=FB; hungría=FB; corea=FB
out-of-domain | cuál es el himno de {} | chile=FB; francia=FB; méxico=FB | es-US
out-of-domain | cuál es el capital social de una sociedad limitada | FB
out-of-domain | cuáles son los siete pecados capitales | FB
out-of-domain | qué es la pena capital | FB | es-MX
out-of-domain | cómo se escribe una letra capital | FB
out-of-domain | qué significa capital de riesgo | FB | es-US
out-of-domain | cuánto capital necesito para abrir un negocio | FB | es-MX
out-of-domain | cuál es el saldo de mi tarjeta capital one | FB | es-US
out-of-domain | pon la canción de capital bra | FB
out-of-domain | cuántos países hay en el mundo | FB | es-MX
out-of-domain | qué país es el más grande del mundo | FB | es-US
out-of-domain | cuál es la montaña más alta de sudamérica | FB
out-of-domain | cuántos estados tiene méxico | FB | es-MX
out-of-domain | cuántos estados hay en estados unidos | FB | es-US
out-of-domain | cuál es el continente más poblado | FB
out-of-domain | pon el despertador a las siete | FB
out-of-domain | pon música de bad bunny | FB | es-US
out-of-domain | pon los corridos de peso pluma | FB | es-MX
out-of-domain | cuéntame un chiste | FB
out-of-domain | qué hay de nuevo | FB | es-MX
out-of-domain | añade leche a la lista de la compra | FB
out-of-domain | enciende la luz del salón | FB
out-of-domain | apaga la luz del cuarto | FB | es-MX
out-of-domain | cómo quedó el américa anoche | FB | es-MX
out-of-domain | a qué hora juega el madrid | FB
out-of-domain | cuánto está el dólar hoy | FB | es-MX
out-of-domain | cuánto son cinco dólares en pesos | FB | es-US
out-of-domain | llama a mi mamá | FB | es-US
out-of-domain | ponme un temporizador de diez minutos para la pasta | FB
out-of-domain | cómo se hace el mole poblano | FB | es-MX
out-of-domain | cuál es el idioma oficial de andorra | FB
out-of-domain | dónde queda madagascar en el mapa | FB | es-US
out-of-domain | qué países tienen frontera con bolivia | FB | es-MX
out-of-domain | cuál es la capital mundial del tango | FB
out-of-domain | qué significa la palabra capital | FB | es-US
out-of-domain | cuál es la población de tokio | FB
out-of-domain | cuántos kilómetros hay de lima a cusco | FB | es-US
out-of-domain | quién ganó el mundial de mil novecientos ochenta y seis | FB | es-MX
out-of-domain | cuál es el país más pequeño de áfrica | FB
out-of-domain | dime el clima de mañana | FB | es-US
out-of-domain | qué día es hoy | FB | es-MX
out-of-domain | cómo se dice capital en inglés | FB | es-US
out-of-domain | cuándo se fundó la ciudad de méxico | FB | es-MX
out-of-domain | quién fundó buenos aires | FB
out-of-domain | cuál es la moneda de la unión europea | FB
out-of-domain | cuántos idiomas se hablan en la india | FB | es-US
out-of-domain | cuál es el lago más grande de áfrica | FB | es-MX
out-of-domain | quién es el rey de españa | FB
out-of-domain | cuál es el prefijo telefónico de cuba | FB | es-US
out-of-domain | qué vacunas necesito para viajar a kenia | FB
out-of-domain | necesito visa para ir a canadá | FB | es-MX
out-of-domain | cuánto cuesta un vuelo a santo domingo | FB | es-US
out-of-domain | cuál es el lema de la bandera de brasil | FB
out-of-domain | cuál es el deporte nacional de canadá | FB | es-MX
out-of-domain | qué capital tengo en la cuenta de ahorro | FB | es-US
out-of-domain | cómo se juega al basta | FB | es-MX
out-of-domain | léeme un cuento para dormir | FB
out-of-domain | cuál es la segunda ciudad de colombia | FB | es-US
out-of-domain | en qué continente está egipto | FB
out-of-domain | qué océano baña chile | FB | es-MX
out-of-domain | quién pintó el guernica | FB
out-of-domain | cuántos habitantes tiene la comunidad de madrid | FB
out-of-domain | cómo se llaman los habitantes de costa rica | FB | es-US
out-of-domain | pon la radio | FB | es-MX
out-of-domain | cuál es el gentilicio de guatemala | FB | es-MX
out-of-domain | cuántos años tiene la capital de méxico | FB | es-US
out-of-domain | qué tal estás alexa | FB
out-of-domain | eres mejor que siri | FB | es-US
out-of-domain | dónde está mi celular | FB | es-MX

# Help.
help | ayuda | HELP
help | ayúdame por favor | HELP | es-MX
help | help | HELP | es-US
help | qué puedo preguntarte | HELP
help | cómo funciona esto | HELP | es-MX
help | qué sabes hacer | HELP | es-US
help | no sé cómo usar esto | HELP
help | cómo se usa capitales del mundo | HELP | es-MX
help | qué cosas me puedes decir | HELP | es-US
help | necesito ayuda con esto | HELP
help | explícame cómo va esto | HELP
help | y qué hago ahora | HELP | es-MX
help | cómo le hago | HELP | es-MX
help | i need help | HELP | es-US
help | qué opciones tengo | HELP
help | dame instrucciones | HELP | es-US
help | no entiendo cómo funciona | HELP | es-MX
help | qué se le puede preguntar | HELP
help | me ayudas | HELP | es-US
help | cómo te pregunto una capital | HELP | es-MX

# Stop.
stop | para | STOP
stop | detente | STOP | es-MX
stop | stop | STOP | es-US
stop | cállate | STOP
stop | ya cállate | STOP | es-MX
stop | silencio | STOP | es-US
stop | apágate | STOP
stop | deja de hablar | STOP | es-MX
stop | sal de capitales del mundo | STOP | es-US
stop | salir | STOP
stop | para ya | STOP | es-MX
stop | shut up | STOP | es-US
stop | adiós | STOP
stop | ya está para | STOP
stop | termina | STOP | es-MX
stop | quit | STOP | es-US
stop | cierra capitales del mundo | STOP
stop | ya no quiero jugar adiós | STOP | es-MX
stop | apágate alexa | STOP | es-US
stop | hasta luego | STOP

# Cancel.
cancel | cancela | CANCEL
cancel | cancelar | CANCEL | es-MX
cancel | cancel | CANCEL | es-US
cancel | olvídalo | CANCEL
cancel | no importa | CANCEL | es-MX
cancel | never mind | CANCEL | es-US
cancel | déjalo | CANCEL
cancel | mejor olvídalo | CANCEL | es-MX
cancel | forget it | CANCEL | es-US
cancel | cancélalo | CANCEL
cancel | ya no importa | CANCEL | es-MX
cancel | cancela eso | CANCEL | es-US
cancel | olvida lo que te pregunté | CANCEL
cancel | no ya no olvídalo | CANCEL | es-MX
cancel | nah forget it | CANCEL | es-US
cancel | anula eso | CANCEL
cancel | cancela la pregunta | CANCEL | es-MX
cancel | nevermind | CANCEL | es-US
cancel | déjalo estar | CANCEL
cancel | mejor cancela | CANCEL | es-MX

# Launch.
launch | abre capitales del mundo | LAUNCH
launch | alexa abre capitales del mundo | LAUNCH | es-MX
launch | open capitales del mundo | LAUNCH | es-US
launch | inicia capitales del mundo | LAUNCH
launch | empieza capitales del mundo | LAUNCH | es-MX
launch | comienza capitales del mundo | LAUNCH | es-US
launch | ejecuta capitales del mundo | LAUNCH
launch | lanza capitales del mundo | LAUNCH | es-MX
launch | pon capitales del mundo | LAUNCH | es-US
launch | quiero jugar capitales del mundo | LAUNCH
launch | activa capitales del mundo | LAUNCH | es-MX
launch | abrir capitales del mundo | LAUNCH | es-US
launch | alexa capitales del mundo | LAUNCH
launch | arranca capitales del mundo | LAUNCH
launch | abre la skill capitales del mundo | LAUNCH | es-MX
launch | start capitales del mundo | LAUNCH | es-US
# Help, stop and cancel, a second batch.
help | pero cómo funciona esta skill | HELP
help | alexa ayuda con capitales del mundo | HELP | es-MX
help | how does this work | HELP | es-US
help | a ver qué se puede hacer aquí | HELP
help | oye y esto cómo se usa | HELP | es-MX
help | qué tengo que decir | HELP | es-US
help | chacho y esto cómo va | HELP
help | no le entiendo ayúdeme | HELP | es-MX
help | help me please qué le digo | HELP | es-US
help | dime qué puedo hacer | HELP
stop | ya para alexa | STOP
stop | ya estuvo párale | STOP | es-MX
stop | stop it | STOP | es-US
stop | calla ya | STOP
stop | ya párale | STOP | es-MX
stop | alexa stop stop | STOP | es-US
stop | para de una vez | STOP
stop | ya apágate alexa | STOP | es-MX
stop | turn it off | STOP | es-US
stop | venga ya para que me voy | STOP
cancel | cancela cancela | CANCEL
cancel | mejor no olvídalo | CANCEL | es-MX
cancel | cancel that | CANCEL | es-US
cancel | anúlalo | CANCEL
cancel | nel olvídalo | CANCEL | es-MX
cancel | nah never mind | CANCEL | es-US
cancel | nada olvídalo | CANCEL
cancel | no importa ya cancélalo | CANCEL | es-MX
cancel | oh forget about it | CANCEL | es-US
cancel | bah da igual olvídalo | CANCEL
"""

if __name__ == "__main__":
    build_round(20, "es", LINES, sys.argv, "tests/Eval/es/round20/source/build_corpus.py")
