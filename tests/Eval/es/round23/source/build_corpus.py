"""Round 23, Spanish (es-ES, es-MX, es-US): a new author's mix of speakers and situations, written blind.
Speakers chosen to differ from rounds 19 to 22. es-ES: Galicians in Vigo, Lugo and Ourense ("home", "meu", "neno",
"pois"), Cádiz and Seville ("quillo", "pisha", "illo"), Catalans speaking Spanish in Barcelona and Girona ("nen",
"pues mira", "va"), Granada, Ceuta and Melilla, a Madrid office at lunch, a Camino de Santiago pilgrim, a Trivial night
in a bar, a Pasapalabra and Saber y ganar fan, a padel club, a chirigota writer, a driving instructor, a grandmother in
Ourense, an Erasmus student back home, a bar cook. es-MX: chilangos on the metro and in a taxi ("güey", "no manches",
"neta", "chido"), Sinaloa and Sonora ("plebe", "compa", "fierro"), Puebla and Michoacán ("ándale", "oiga"), Tabasco and
Chiapas ("vos", "pues"), a student preparing the UNAM entrance exam, a secundaria homework table, a fonda cook, a Liga MX
fan, a grandmother with her grandchildren. es-US: Mexicans in Chicago's Pilsen, Nicaraguans in Miami ("dale pues",
"chele"), Hondurans in New Orleans ("cipote", "vos"), Colombians in New Jersey ("mijo", "pues"), Venezuelans in Doral
("pana", "vale"), Peruvians in Paterson ("pe", "causa"), an Argentine in Los Angeles ("che"), Spanglish ("okay", "so",
"like", "the capital"), an ESL class, a cashier, a construction crew, a college student, a kid doing homework for an
English-speaking teacher.
Fillers and hesitations ("este", "eh", "a ver", "o sea", "pues"), self-corrections ("no espera", "digo", "perdón",
"me equivoqué"), follow-ups, yes/no checks, reverse questions, official, old and everyday names, shared names,
subdivisions (Mexican, US, Canadian, Brazilian, Australian, German, Indian, the UK's nations) and territories, one-shot
questions through the invocation "capitales del mundo", out-of-domain near misses (other facts about a named country,
"capital" in other senses), and what recognition may write (lost accents, split or joined words, misspellings).
`python3 tests/Eval/es/round23/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 23's number; a line without a locale is es-ES)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Plain questions.
direct-question | home cuál é la capital {} | de portugal=PT; de irlanda=IE; de islandia=IS
direct-question | quillo cuál es la capital {} | de marruecos=MA; de argelia=DZ; de túnez=TN
direct-question | pues mira cuál es la capital {} | de andorra=AD; de mónaco=MC; de liechtenstein=LI
direct-question | oye nen la capital {} cuál es | de eslovaquia=SK; de eslovenia=SI; de croacia=HR
direct-question | a ver cuál es la capital {} | de estonia=EE; de letonia=LV; de lituania=LT
direct-question | güey cuál es la capital {} | de guatemala=GT; de honduras=HN; de nicaragua=NI | es-MX
direct-question | oiga cuál es la capital {} | de el salvador=SV; de costa rica=CR; de panamá=PA | es-MX
direct-question | plebe cuál es la capital {} | de colombia=CO; de venezuela=VE; de ecuador=EC | es-MX
direct-question | cuál viene siendo la capital {} | de perú=PE; de bolivia=BO; de paraguay=PY | es-MX
direct-question | pana cuál es la capital {} | de trinidad y tobago=TT; de granada=GD; de barbados=BB | es-US
direct-question | cuál es la capital {} pe | de uruguay=UY; de argentina=AR; de chile=CL | es-US
direct-question | oye cuál es la capital {} vos | de belice=BZ; de jamaica=JM; de haití=HT | es-US
direct-question | dime una cosa cuál es la capital {} | de cuba=CU; de la república dominicana=DO; de bahamas=BS | es-US

polite-request | por favor me podrías decir la capital {} | de grecia=GR; de chipre=CY; de malta=MT
polite-request | alexa si eres tan amable dime la capital {} | de hungría=HU; de rumanía=RO; de bulgaria=BG
polite-request | me haces el favor de decirme la capital {} | de ucrania=UA; de bielorrusia=BY; de moldavia=MD | es-MX
polite-request | disculpa me puedes decir cuál es la capital {} | de georgia el país=GE; de armenia=AM; de azerbaiyán=AZ | es-MX
polite-request | quisiera saber la capital {} por favor | de mongolia=MN; de nepal=NP; de bután=BT | es-US
polite-request | ay mija hazme un favor dime la capital {} | de filipinas=PH; de indonesia=ID; de brunéi=BN | es-US
polite-request | buenas tardes alexa me dices la capital {} | de senegal=SN; de mali=ML; de níger=NE | es-MX
polite-request | sería tan amable de decirme la capital {} | de ghana=GH; de togo=TG; de benín=BJ | es-US

do-you-know | sabes cuál es la capital {} | de japón=JP; de china=CN; de corea del sur=KR
do-you-know | tú sabes la capital {} | de pakistán=PK; de afganistán=AF; de irán=IR | es-US
do-you-know | alexa te sabes la capital {} | de sudán=SD; de sudán del sur=SS; de etiopía=ET
do-you-know | oye y tú conoces la capital {} | de eritrea=ER; de yibuti=DJ; de somalia=SO | es-MX
do-you-know | sabrás cuál es la capital {} | de namibia=NA; de botsuana=BW; de zambia=ZM
do-you-know | neta sabes cuál es la capital {} | de zimbabue=ZW; de mozambique=MZ; de malaui=MW | es-MX
do-you-know | tienes idea de cuál es la capital {} | de angola=AO; de gabón=GA; de camerún=CM | es-US

imperative | dime la capital {} | de noruega=NO; de suecia=SE; de finlandia=FI
imperative | dime ya la capital {} güey | de canadá=CA; de estados unidos=US; de méxico=MX | es-MX
imperative | dame la capital {} | de australia=AU; de nueva zelanda=NZ; de fiyi=FJ | es-US
imperative | dime rapidito la capital {} | de siria=SY; de líbano=LB; de jordania=JO | es-MX
imperative | contéstame cuál es la capital {} | de irak=IQ; de kuwait=KW; de catar=QA | es-US
imperative | búscame la capital {} | de omán=OM; de yemen=YE; de baréin=BH

terse | capital {} | de bangladés=BD; de sri lanka=LK; de maldivas=MV
terse | la capital {} | de tailandia=TH; de malasia=MY; de singapur=SG | es-MX
terse | {} capital | tuvalu=TV; nauru=NR; kiribati=KI | es-US
terse | capital {} alexa | de palaos=PW; de micronesia=FM; de las islas marshall=MH
terse | {} la capital | samoa=WS; tonga=TO; vanuatu=VU | es-MX
terse | capital de {} porfa | islas salomón=SB; papúa nueva guinea=PG; timor oriental=TL | es-US

filler-hesitation | eh este cuál es la capital {} | de ruanda=RW; de la república centroafricana=CF; de chad=TD | es-MX
filler-hesitation | o sea cuál es la capital {} | de liberia=LR; de sierra leona=SL; de guinea=GN | es-MX
filler-hesitation | pues eh la capital {} cuál es | de austria=AT; de polonia=PL; de chequia=CZ
filler-hesitation | este so like cuál es la capital {} | de egipto=EG; de libia=LY; de mauritania=MR | es-US
filler-hesitation | ay espérate cuál es la capital {} | de israel=IL; de turquía=TR; de arabia saudí=SA | es-US
filler-hesitation | uf cómo era la capital {} | de serbia=RS; de montenegro=ME; de albania=AL
filler-hesitation | pues nada eh la capital {} | de burundi=BI; de uganda=UG
filler-hesitation | ehh la capital {} cuál es que no me acuerdo | de lesoto=LS; de madagascar=MG; de mauricio=MU | es-MX

trailing-words | cuál es la capital {} gracias guapa | de gambia=GM; de guinea-bisáu=GW; de cabo verde=CV
trailing-words | la capital {} cuál es carallo que no me sale | de macedonia del norte=MK; de bosnia=BA; de kosovo=XK
trailing-words | cuál es la capital {} gracias pues | de seychelles=SC; de comoras=KM; de santo tomé y príncipe=ST | es-US
trailing-words | cuál es la capital {} te lo encargo | de surinam=SR; de guyana=GY; de dominica=DM | es-MX
trailing-words | cuál es la capital {} que lo estamos discutiendo aquí | de san marino=SM; de luxemburgo=LU; de países bajos=NL
trailing-words | cuál es la capital {} thank you | de santa lucía=LC; de antigua y barbuda=AG; de san cristóbal y nieves=KN | es-US
trailing-words | cuál es la capital {} ándale | de san vicente y las granadinas=VC; de guinea ecuatorial=GQ; de burkina faso=BF | es-MX

# Asking through the invocation name.
one-shot | pregúntale a capitales del mundo cuál es la capital {} | de uzbekistán=UZ; de nigeria=NG; de taiwán=TW
one-shot | alexa pregunta a capitales del mundo la capital {} | de brasil=BR; de india=IN; de rusia=RU | es-MX
one-shot | dile a capitales del mundo que me diga la capital {} | de eswatini=SZ; de esuatini=SZ; de costa de marfil=CI | es-US
one-shot | abre capitales del mundo y dime la capital {} | de reino unido=GB; de españa=ES; de irlanda del norte=GB-NIR
one-shot | pídele a capitales del mundo la capital {} | de sudáfrica=ZA; de la ciudad del vaticano=VA; de palestina=PS | es-MX
one-shot | usa capitales del mundo para la capital {} | de etiopía=ET; de eritrea=ER | es-US
one-shot | alexa capitales del mundo capital {} | de yemen=YE; de argelia=DZ

# Situations.
homework | es para la tarea de geografía cuál es la capital {} | de nicaragua=NI; de paraguay=PY; de bolivia=BO | es-MX
homework | mi maestra me dejó investigar la capital {} | de nigeria=NG; de camerún=CM; de ghana=GH | es-MX
homework | tengo un examen mañana cuál es la capital {} | de hungría=HU; de eslovaquia=SK
homework | estoy haciendo los deberes y no sé la capital {} | de bielorrusia=BY; de lituania=LT; de letonia=LV
homework | para el examen de la unam cuál es la capital {} | de kazajistán=KZ; de mongolia=MN; de corea del norte=KP | es-MX
homework | my teacher wants la capital {} | de haití=HT; de jamaica=JM; de cuba=CU | es-US
homework | mami me ayudas con la capital {} | de venezuela=VE; de colombia=CO | es-US
homework | el profe nos pidió la capital {} | de vanuatu=VU; de fiyi=FJ; de tonga=TO | es-US
homework | en el mapa mudo me falta la capital {} | de noruega=NO; de finlandia=FI; de dinamarca=DK

quiz | pregunta del trivial cuál es la capital {} | de australia=AU; de canadá=CA; de nueva zelanda=NZ
quiz | estamos jugando y nos toca la capital {} | de birmania=MM; de laos=LA; de tailandia=TH
quiz | en pasapalabra preguntaron la capital {} cuál era | de kirguistán=KG; de tayikistán=TJ
quiz | para el concurso de la escuela la capital {} | de marruecos=MA; de nigeria=NG; de pakistán=PK | es-MX
quiz | a ver quién gana la capital {} cuál es | de malta=MT; de chipre=CY; de islandia=IS | es-MX
quiz | trivia night at work la capital {} | de nueva zelanda=NZ; de canadá=CA | es-US
quiz | jugando basta con la plebe la capital {} | de belice=BZ; de bután=BT; de brunéi=BN | es-MX

travel | me voy de erasmus cuál es la capital {} | de polonia=PL; de chequia=CZ; de austria=AT
travel | vamos a hacer el camino y luego a la capital {} cuál es | de portugal=PT; de francia=FR
travel | me voy de viaje cuál es la capital {} | de vietnam=VN; de camboya=KH; de filipinas=PH | es-MX
travel | el crucero para en la capital {} cuál es | de bahamas=BS; de barbados=BB; de santa lucía=LC | es-US
travel | voy a volar a la capital {} cómo se llama | de jordania=JO; de egipto=EG; de emiratos árabes unidos=AE | es-US
travel | mi hijo está destinado en la capital {} cuál es | de kenia=KE; de ruanda=RW

news | en el noticiero hablaron de la capital {} cuál es | de haití=HT; de libia=LY; de irán=IR | es-MX
news | estaban diciendo en univision la capital {} cuál es | de nicaragua=NI; de venezuela=VE | es-US
news | ahorita en las noticias dijeron la capital {} cuál es | de israel=IL; de líbano=LB | es-MX

sport | juega la selección contra la capital {} cuál es | de qatar=QA; de arabia saudí=SA | es-MX
sport | el gran premio es cerca de la capital {} cuál es | de baréin=BH; de azerbaiyán=AZ; de hungría=HU
sport | mi equipo de pádel va a la capital {} cuál es | de suecia=SE; de bélgica=BE
sport | el mundial de clubes la capital {} cuál es | de marruecos=MA; de egipto=EG | es-US
sport | el boxeador es de la capital {} cuál es | de filipinas=PH; de ghana=GH | es-US

kitchen | estoy cocinando algo típico cuál es la capital {} | de perú=PE; de tailandia=TH; de marruecos=MA | es-US
kitchen | con las manos en la masa alexa la capital {} | de hungría=HU; de polonia=PL | es-MX

car | voy manejando dime la capital {} | de guatemala=GT; de el salvador=SV | es-US
car | en el coche los niños preguntan la capital {} | de francia=FR; de alemania=DE; de andorra=AD
car | estamos en el tráfico güey la capital {} | de costa rica=CR; de panamá=PA | es-MX

children | mi hijo pregunta cuál es la capital {} | de japón=JP; de china=CN; de egipto=EG
children | alexa soy un niño cuál es la capital {} | de españa=ES; de méxico=MX; de brasil=BR | es-MX
children | la capital {} cuál es dice mi nene | de italia=IT; de rusia=RU
children | mi cipote quiere saber la capital {} | de honduras=HN; de estados unidos=US | es-US

elder | mi abuela pregunta cuál es ahora la capital {} | de rusia=RU; de alemania=DE; de chequia=CZ
elder | hija dile a la alexa la capital {} | de argentina=AR; de uruguay=UY | es-MX
elder | oye aparatito cuál es la capital {} | de portugal=PT; de cuba=CU | es-US
elder | en mis tiempos la capital {} era otra cuál es ahora | de brasil=BR; de kazajistán=KZ; de nigeria=NG

learner | hola yo aprendo español cuál es la capital {} | de irlanda=IE; de escocia=GB-SCT; de gales=GB-WLS | es-US
learner | perdón mi español no es bueno la capital {} | de corea del sur=KR; de japón=JP | es-US

spanglish | hey alexa what's la capital {} | de colombia=CO; de perú=PE; de chile=CL | es-US
spanglish | okay so la capital {} cuál es | de ecuador=EC; de bolivia=BO; de paraguay=PY | es-US
spanglish | like cuál es the capital {} | de méxico=MX; de canadá=CA; de cuba=CU | es-US
spanglish | for real cuál es la capital {} | de puerto rico=PR; de república dominicana=DO | es-US
spanglish | my bad cuál es la capital {} otra vez | de honduras=HN; de guatemala=GT | es-US

# Follow-ups after an answer.
follow-up | y la {} | de francia=FR; de bélgica=BE; de holanda=NL
follow-up | y {} qué | de croacia=HR; de serbia=RS; de hungría=HU
follow-up | vale y la de {} | grecia=GR; turquía=TR; chipre=CY
follow-up | y la de {} güey | guatemala=GT; belice=BZ; honduras=HN | es-MX
follow-up | ahora {} | de cuba=CU; de jamaica=JM; de haití=HT | es-MX
follow-up | órale y {} | de chile=CL; de argentina=AR | es-MX
follow-up | y qué tal {} | de nigeria=NG; de ghana=GH; de senegal=SN | es-US
follow-up | okay and {} | de venezuela=VE; de colombia=CO | es-US
follow-up | y la de {} pues | nicaragua=NI; costa rica=CR; panamá=PA | es-US
follow-up | y la siguiente {} | de noruega=NO; de dinamarca=DK
follow-up | otra {} | de kenia=KE; de tanzania=TZ | es-MX
follow-up | y pa {} | de perú=PE; de ecuador=EC | es-US

# Several capitals.
plural-capitals | cuáles son las capitales de {} | bolivia=BO; sudáfrica=ZA; malasia=MY
plural-capitals | qué capitales tiene {} | benín=BJ; costa de marfil=CI; sri lanka=LK | es-MX
plural-capitals | dime las dos capitales de {} | los países bajos=NL; esuatini=SZ; palestina=PS | es-US
plural-capitals | es verdad que {} tiene tres capitales cuáles son | sudáfrica=ZA
plural-capitals | bolivia tiene dos capitales verdad cuáles son | BO | es-MX
plural-capitals | cuántas capitales tiene {} y cuáles | holanda=NL; malasia=MY; sri lanka=LK
plural-capitals | las capitales de {} cuáles son | benín=BJ; palestina=PS; eswatini=SZ | es-MX
plural-capitals | cuáles son las capitales {} | de costa de marfil=CI; de bolivia=BO | es-US
plural-capitals | he oído que {} tiene varias capitales cuáles | sudáfrica=ZA; benín=BJ
plural-capitals | qué ciudades son capital en {} | malasia=MY; sudáfrica=ZA | es-US
plural-capitals | las capitales de jammu y cachemira cuáles son | IN-JK
plural-capitals | cuáles son las dos capitales de montserrat | MS | es-US

# Subdivisions and territories.
subdivision | cuál es la capital del estado de {} | jalisco=MX-JAL; michoacán=MX-MIC; sinaloa=MX-SIN | es-MX
subdivision | la capital de {} cuál es güey | sonora=MX-SON; chihuahua=MX-CHH; coahuila=MX-COA | es-MX
subdivision | oiga cuál es la capital de {} | tabasco=MX-TAB; chiapas=MX-CHP; quintana roo=MX-ROO | es-MX
subdivision | y la capital de {} cuál es | veracruz=MX-VER; guerrero=MX-GRO; morelos=MX-MOR | es-MX
subdivision | capital del estado {} | de hidalgo=MX-HID; de nayarit=MX-NAY; de tamaulipas=MX-TAM | es-MX
subdivision | cuál es la capital de {} de méxico | baja california=MX-BCN; baja california sur=MX-BCS; durango=MX-DUR | es-MX
subdivision | la capital de {} plebe | zacatecas=MX-ZAC; nuevo león=MX-NLE; yucatán=MX-YUC | es-MX
subdivision | cuál es la capital del estado de méxico | MX-MEX | es-MX
subdivision | cuál es la capital de {} el estado | campeche=MX-CAM; colima=MX-COL; tlaxcala=MX-TLA | es-MX
subdivision | cuál es la capital de {} | illinois=US-IL; florida=US-FL; texas=US-TX | es-US
subdivision | what's the capital de {} en español | california=US-CA; nueva york=US-NY; new jersey=US-NJ | es-US
subdivision | la capital del estado de {} cuál es | luisiana=US-LA; carolina del norte=US-NC; arizona=US-AZ | es-US
subdivision | en qué ciudad queda la capital de {} | nevada=US-NV; colorado=US-CO; oregón=US-OR | es-US
subdivision | capital del estado de {} para el citizenship test | pensilvania=US-PA; washington=US-WA; michigan=US-MI | es-US
subdivision | cuál es la capital de {} pana | kentucky=US-KY; tennessee=US-TN; misuri=US-MO | es-US
subdivision | y de {} cuál es la capital | alaska=US-AK; hawái=US-HI; utah=US-UT | es-US
subdivision | capital de {} de estados unidos | vermont=US-VT; maine=US-ME; iowa=US-IA | es-US
subdivision | cuál es la capital de la provincia de {} | quebec=CA-QC; ontario=CA-ON; alberta=CA-AB
subdivision | capital de {} en canadá | columbia británica=CA-BC; manitoba=CA-MB; nueva escocia=CA-NS | es-US
subdivision | cuál es la capital del estado de {} en brasil | bahía=BR-BA; amazonas=BR-AM; minas gerais=BR-MG
subdivision | la capital de {} en australia | nueva gales del sur=AU-NSW; queensland=AU-QLD; tasmania=AU-TAS
subdivision | capital de {} en alemania | baviera=DE-BY; sajonia=DE-SN; baja sajonia=DE-NI
subdivision | cuál es la capital del estado indio de {} | kerala=IN-KL; rajastán=IN-RJ; bengala occidental=IN-WB | es-US
subdivision | cuál es la capital de {} en el reino unido | escocia=GB-SCT; gales=GB-WLS
subdivision | y la capital de inglaterra | GB-ENG
subdivision | la capital del distrito federal de brasil | BR-DF | es-MX

territory | me sabes decir la capital de {} | groenlandia=GL; las islas feroe=FO; las malvinas=FK
territory | capital de {} cuál es home | gibraltar=GI; la isla de man=IM; jersey=JE
territory | la capital de {} cuál es mija | puerto rico=PR; guam=GU; las islas caimán=KY | es-US
territory | cuál es la capital de {} que es francesa | martinica=MQ; guadalupe=GP; la guayana francesa=GF | es-MX
territory | y la capital de {} cuál sería | aruba=AW; curazao=CW; las bermudas=BM | es-US
territory | capital {} por favor | de la polinesia francesa=PF; de nueva caledonia=NC; de la reunión=RE
territory | la capital del sáhara occidental | EH

# Yes or no checks.
yes-no-check | la capital {} es | de australia sídney=AU; de canadá toronto=CA; de turquía estambul=TR
yes-no-check | es {} | lima la capital de perú=PE; quito la capital de ecuador=EC; caracas la capital de venezuela=VE | es-MX
yes-no-check | verdad que la capital {} | de suiza es berna=CH; de brasil es río=BR; de nigeria es lagos=NG | es-US
yes-no-check | a que la capital {} | de marruecos es casablanca=MA; de vietnam es hanói=VN
yes-no-check | la capital {} o no | de bolivia es la paz=BO; de nueva zelanda es auckland=NZ | es-MX
yes-no-check | sí o no la capital {} | de escocia es edimburgo=GB-SCT; de kazajistán es almaty=KZ
yes-no-check | right que la capital {} | de estados unidos es nueva york=US; de california es los ángeles=US-CA | es-US
yes-no-check | me dijeron que la capital {} es cierto | de pakistán es karachi=PK; de tanzania es dar es salaam=TZ | es-US
yes-no-check | neta la capital {} | de texas es austin=US-TX; de jalisco es guadalajara=MX-JAL | es-MX

# Self-corrections.
self-correction | oye la capital de {} | suecia no perdón de noruega=NO; austria digo australia=AU; eslovenia no eslovaquia=SK
self-correction | cuál es la capital de {} perdona | gambia no espera de zambia=ZM; nigeria no de níger=NE; irak digo irán=IR
self-correction | la capital de {} güey | honduras no no de nicaragua=NI; paraguay no uruguay=UY | es-MX
self-correction | cuál es la capital de {} me equivoqué | colombia bueno no de venezuela=VE | es-MX
self-correction | dime la capital de {} porfa | mali ay no de malaui=MW; guinea perdón guinea ecuatorial=GQ | es-US
self-correction | capital de {} so | letonia bueno no lituania=LT; islandia digo irlanda=IE | es-US
self-correction | la capital de {} pues | corea del norte no del sur=KR; sudán del sur no sudán=SD | es-US
self-correction | cuál es la capital de {} home | francia non digo de españa=ES
self-correction | cuál es la capital de {} o sea | eslovenia digo croacia=HR; dominica no la república dominicana=DO | es-MX

# Reverse questions.
reverse-question | de qué país es capital {} | ulán bator=CITY:Ulán Bator; asjabad=CITY:Asjabad; bakú=CITY:Bakú
reverse-question | {} de qué país es la capital | tiflis=CITY:Tiflis; ereván=CITY:Ereván; minsk=CITY:Minsk
reverse-question | dónde queda {} es capital de qué | nairobi=CITY:Nairobi; acra=CITY:Acra; dakar=CITY:Dakar | es-MX
reverse-question | de qué país es la capital {} | montevideo=CITY:Montevideo; asunción=CITY:Asunción; tegucigalpa=CITY:Tegucigalpa | es-MX
reverse-question | {} es capital de dónde | ottawa=CITY:Ottawa; canberra=CITY:Canberra; wellington=CITY:Wellington | es-US
reverse-question | de dónde es capital {} | kingston=CITY:Kingston; puerto príncipe=CITY:Puerto Príncipe; bridgetown=CITY:Bridgetown | es-US
reverse-question | qué país tiene como capital {} | liubliana=CITY:Liubliana; bratislava=CITY:Bratislava; vilna=CITY:Vilna
reverse-question | {} es la capital de cuál país | managua=CITY:Managua; san josé=CITY:San José; la habana=CITY:La Habana | es-MX
reverse-question | a qué país pertenece la capital {} | yamena=CITY:Yamena; niamey=CITY:Niamey; bamako=CITY:Bamako | es-US
reverse-question | qué estado tiene de capital {} | sacramento=CITY:Sacramento; tallahassee=CITY:Tallahassee; albany=CITY:Albany | es-US
reverse-question | de qué estado es capital {} | saltillo=CITY:Saltillo; culiacán=CITY:Culiacán; hermosillo=CITY:Hermosillo | es-MX
reverse-question | la ciudad de {} de qué es capital | victoria=CITY:Victoria; la paz=CITY:La Paz; kingstown=CITY:Kingstown

# Official names.
official-name | me dices cuál es la capital de {} | la república francesa=FR; la república federal de alemania=DE; la confederación suiza=CH
official-name | la capital de {} cuál es oiga | los estados unidos mexicanos=MX; la república bolivariana de venezuela=VE; el estado plurinacional de bolivia=BO | es-MX
official-name | capital de {} please | la república popular china=CN; la federación de rusia=RU; la república islámica de irán=IR | es-US
official-name | dime entonces la capital de {} | la república de corea=KR; la república popular democrática de corea=KP; la república de la india=IN
official-name | cuál es la capital del {} | reino de españa=ES; reino de marruecos=MA; reino de tailandia=TH | es-MX
official-name | necesito la capital de {} | los estados unidos de américa=US; la república oriental del uruguay=UY; la república argentina=AR | es-US
official-name | la capital de {} cuál sería | el reino unido de gran bretaña e irlanda del norte=GB; la commonwealth de australia=AU; la república de sudáfrica=ZA
official-name | la capital del {} cuál es | reino hachemita de jordania=JO; reino de arabia saudí=SA; sultanato de omán=OM | es-MX
official-name | dime la capital {} por fa | de la república democrática del congo=CD; de la república del congo=CG | es-US

# Everyday, old and other names.
everyday-name | cuál es la capital de {} entonces | holanda=NL; birmania=MM; persia=IR
everyday-name | oye y la capital de {} cuál es | suazilandia=SZ; ceilán=LK; siam=TH | es-MX
everyday-name | capital de {} you know | la república checa=CZ; gran bretaña=GB; los emiratos=AE | es-US
everyday-name | cuál es la capital de {} güey | gringolandia=US; la unión americana=US | es-MX
everyday-name | y la capital de {} cuál era | zaire=CD; dahomey=BJ; alto volta=BF
everyday-name | cuál es la capital de {} pues | usa=US; arabia saudita=SA; macedonia=MK | es-US
everyday-name | la capital de {} cuál es eh | bielorusia=BY; moldova=MD; kampuchea=KH | es-MX
everyday-name | cuál era la capital de {} | rodesia del sur=ZW; la costa de oro=GH

# Names meaning several places.
shared-name | cuál sería la capital de {} | el congo=CD+CG; corea=KP+KR; georgia=GE+US-GA
shared-name | la capital de {} cuál es vale | las islas vírgenes=VG+VI; las dos coreas=KP+KR | es-US
shared-name | capital del {} cuál es | congo=CD+CG | es-MX
shared-name | dime la capital de {} ándale | las coreas=KP+KR; los dos congos=CD+CG | es-MX
shared-name | cuál es la capital de georgia | GE+US-GA | es-US

# What recognition may write.
recognition-artefact | cual es la capital {} | de peru=PE; de japon=JP; de mexico=MX | es-MX
recognition-artefact | cual es lacapital {} | de canada=CA; de panama=PA | es-US
recognition-artefact | cual es la capital {} eh | de bang ladesh=BD; de kazaj istán=KZ; de azer baiyán=AZ
recognition-artefact | la capital {} cual es | de eslobenia=SI; de quenia=KE; de nigería=NG | es-MX
recognition-artefact | cuales la capital {} | de túnez=TN; de haiti=HT; de belgica=BE | es-US
recognition-artefact | qué es la capital {} | de la guinea bisau=GW; de burkina fasso=BF; de madagaskar=MG | es-US
recognition-artefact | cuál es la capital de el {} | salvador=SV; líbano=LB; chad=TD
recognition-artefact | capital de {} cual es | filipínas=PH; zimbabwe=ZW; afganistan=AF | es-MX
recognition-artefact | cuál es la capital {} okay | de new zealand=NZ; de south africa=ZA | es-US
recognition-artefact | cuál es la capital de los {} | estados unidos=US; emiratos árabes=AE; países bajos=NL | es-MX
recognition-artefact | cual es la capital del {} | brasil=BR; japón=JP; perú=PE
recognition-artefact | la capital {} dime | de ucraína=UA; de cazajistán=KZ; de uzbekistan=UZ

# Other requests (fallback).
out-of-domain | cuántos habitantes tiene {} | francia=FB; méxico=FB; la india=FB
out-of-domain | qué idioma se habla en {} | brasil=FB; suiza=FB; filipinas=FB | es-MX
out-of-domain | cuál es la moneda de {} | japón=FB; inglaterra=FB; argentina=FB | es-US
out-of-domain | quién es el presidente de {} | colombia=FB; francia=FB; estados unidos=FB | es-US
out-of-domain | cuál es la ciudad más grande de {} | australia=FB; canadá=FB; turquía=FB
out-of-domain | qué hora es en {} | tokio=FB; madrid=FB; la ciudad de méxico=FB | es-MX
out-of-domain | de qué colores es la bandera de {} | italia=FB; alemania=FB; jamaica=FB | es-US
out-of-domain | cuál es el río más largo de {} | españa=FB; europa=FB; áfrica=FB
out-of-domain | qué tiempo hace en {} | sevilla=FB; santiago de compostela=FB; la capital=FB
out-of-domain | cuántos kilómetros hay de madrid a {} | barcelona=FB; lisboa=FB
out-of-domain | cuál es el plato típico de {} | perú=FB; hungría=FB | es-MX
out-of-domain | qué prefijo tiene {} para llamar | marruecos=FB; colombia=FB | es-US
out-of-domain | cuál es el capital social mínimo para una sociedad limitada | FB
out-of-domain | cuánto capital necesito para abrir una taquería | FB | es-MX
out-of-domain | qué es el capital de marx | FB
out-of-domain | cuáles son los siete pecados capitales | FB | es-MX
out-of-domain | qué es una letra capital | FB
out-of-domain | qué es el capital de riesgo | FB | es-US
out-of-domain | cómo se calcula el capital de trabajo | FB | es-MX
out-of-domain | pon música de rosalía | FB
out-of-domain | pon la cumbia de los ángeles azules | FB | es-MX
out-of-domain | play bad bunny en spotify | FB | es-US
out-of-domain | cuéntame un chiste | FB
out-of-domain | pon una alarma a las seis y media | FB | es-MX
out-of-domain | añade leche a la lista de la compra | FB
out-of-domain | cómo quedó el betis | FB
out-of-domain | a qué hora juegan las chivas | FB | es-MX
out-of-domain | cuánto está el dólar hoy | FB | es-US
out-of-domain | apaga la luz del salón | FB
out-of-domain | enciende la tele | FB | es-MX
out-of-domain | qué tiempo va a hacer mañana en miami | FB | es-US
out-of-domain | cuál es el país más grande del mundo | FB
out-of-domain | cuál es el país más pequeño de áfrica | FB | es-MX
out-of-domain | cuántos países hay en el mundo | FB | es-US
out-of-domain | cuántos estados tiene méxico | FB | es-MX
out-of-domain | cuál es la montaña más alta de argentina | FB | es-US
out-of-domain | en qué continente está egipto | FB
out-of-domain | con qué países hace frontera bolivia | FB | es-MX
out-of-domain | cuándo se independizó venezuela | FB | es-US
out-of-domain | quién fundó la ciudad de lima | FB | es-US
out-of-domain | cuál es el himno de chile | FB | es-US
out-of-domain | qué significa la palabra capital | FB
out-of-domain | cómo se dice capital en inglés | FB | es-US
out-of-domain | cuál es la capital del mundo del tango | FB | es-US
out-of-domain | por qué madrid es la capital de españa | FB
out-of-domain | desde cuándo es brasilia la capital | FB | es-MX
out-of-domain | cuántos habitantes tiene la capital de japón | FB | es-US
out-of-domain | qué distancia hay entre la capital de chile y la de argentina | FB | es-MX
out-of-domain | llama a mi mamá | FB | es-US
out-of-domain | manda un mensaje a pedro | FB
out-of-domain | cuánto es siete por ocho | FB | es-MX
out-of-domain | qué día es hoy | FB | es-US
out-of-domain | léeme las noticias | FB
out-of-domain | ponme un temporizador de diez minutos para los huevos | FB
out-of-domain | cómo se hace un gazpacho | FB
out-of-domain | receta de mole poblano | FB | es-MX
out-of-domain | cuál es la capital de mi corazón | FB | es-US
out-of-domain | quién ganó el mundial de mil novecientos ochenta y seis | FB | es-MX
out-of-domain | qué tal estás alexa | FB | es-US
out-of-domain | cuál es el código postal de ourense | FB
out-of-domain | qué significa pisha | FB
out-of-domain | cuándo es el carnaval de cádiz | FB
out-of-domain | cuál es la capital de la ropa en españa | FB
out-of-domain | cuánto cuesta un billete a caracas | FB | es-US
out-of-domain | qué idioma hablan en la capital de bélgica | FB
out-of-domain | cuál es la población de la capital de méxico | FB | es-MX
out-of-domain | cuál es la comida típica de la capital de perú | FB | es-US
out-of-domain | qué pasó en la capital de haití | FB | es-US
out-of-domain | a qué hora cierra el walmart | FB | es-US
out-of-domain | pon el partido del américa | FB | es-MX
out-of-domain | cuál es el mejor taco de la ciudad | FB | es-MX
out-of-domain | cuántos grados hace afuera | FB | es-US

# Help.
help | ayuda | HELP
help | ayúdame | HELP | es-MX
help | ayuda por favor | HELP | es-US
help | qué puedo preguntarte | HELP
help | qué le puedo preguntar | HELP | es-MX
help | cómo funciona esto | HELP | es-US
help | cómo se usa capitales del mundo | HELP
help | no sé qué decir ayúdame | HELP | es-MX
help | qué tengo que hacer | HELP | es-US
help | cómo se juega a esto | HELP
help | me explicas cómo va esto | HELP
help | qué cosas sabes | HELP | es-MX
help | necesito ayuda con esto | HELP | es-US
help | no entiendo cómo funciona | HELP | es-MX
help | help me por favor | HELP | es-US
help | instrucciones | HELP
help | dame una ayudita | HELP | es-MX
help | qué se supone que tengo que decir | HELP | es-US
help | a ver explícame qué haces | HELP
help | ayuda ayuda | HELP | es-US

# Stop.
stop | para | STOP
stop | para ya | STOP | es-MX
stop | detente | STOP | es-US
stop | cállate | STOP
stop | cállate ya pisha | STOP
stop | ya cállate | STOP | es-MX
stop | alexa para | STOP | es-US
stop | sal de capitales del mundo | STOP
stop | cierra capitales del mundo | STOP | es-MX
stop | salir | STOP | es-US
stop | apágate | STOP
stop | ya estuvo para | STOP | es-MX
stop | stop | STOP | es-US
stop | adiós | STOP
stop | bye alexa | STOP | es-US
stop | ya no quiero jugar más para | STOP | es-MX
stop | quieta alexa para | STOP
stop | ya terminé adiós | STOP | es-US
stop | basta | STOP | es-MX
stop | silencio | STOP

# Cancel.
cancel | cancela | CANCEL
cancel | cancélalo | CANCEL | es-MX
cancel | cancelar | CANCEL | es-US
cancel | olvídalo | CANCEL
cancel | olvídalo güey | CANCEL | es-MX
cancel | no importa | CANCEL | es-US
cancel | déjalo no importa | CANCEL
cancel | nada olvídalo | CANCEL | es-MX
cancel | cancel | CANCEL | es-US
cancel | no nada cancela | CANCEL
cancel | mejor cancela eso | CANCEL | es-MX
cancel | ah no importa olvídalo | CANCEL | es-US
cancel | cancela la pregunta | CANCEL
cancel | olvida lo que te pregunté | CANCEL | es-MX
cancel | never mind | CANCEL | es-US
cancel | déjalo estar | CANCEL
cancel | olvida eso | CANCEL | es-US
cancel | ya no cancélalo | CANCEL | es-MX
cancel | cancela cancela | CANCEL
cancel | ah olvídate | CANCEL | es-US

# Opening the skill.
launch | abre capitales del mundo | LAUNCH
launch | alexa abre capitales del mundo | LAUNCH | es-MX
launch | abrir capitales del mundo | LAUNCH | es-US
launch | inicia capitales del mundo | LAUNCH
launch | pon capitales del mundo | LAUNCH | es-MX
launch | quiero jugar a capitales del mundo | LAUNCH | es-US
launch | empieza capitales del mundo | LAUNCH
launch | ábreme capitales del mundo porfa | LAUNCH | es-MX
launch | open capitales del mundo | LAUNCH | es-US
launch | lanza capitales del mundo | LAUNCH
launch | arranca capitales del mundo | LAUNCH | es-MX
launch | alexa capitales del mundo | LAUNCH | es-US
launch | vamos con capitales del mundo | LAUNCH
launch | juguemos capitales del mundo | LAUNCH | es-MX
launch | abre la skill capitales del mundo | LAUNCH | es-US

# Second batch (after the first build): more es-MX and es-US lines, stop, cancel and out-of-domain.
direct-question | no manches cuál es la capital {} | de rumanía=RO; de bulgaria=BG; de grecia=GR | es-MX
direct-question | compa sabe cuál es la capital {} | de dinamarca=DK; de islandia=IS; de noruega=NO | es-MX
direct-question | che cuál es la capital {} | de nueva zelanda=NZ; de australia=AU; de fiyi=FJ | es-US
direct-question | mijo cuál es la capital {} | de sudáfrica=ZA; de nigeria=NG; de egipto=EG | es-US
direct-question | dale pues cuál es la capital {} | de nicaragua=NI; de honduras=HN; de costa rica=CR | es-US
subdivision | y la capital de {} cuál viene siendo | puebla=MX-PUE; oaxaca=MX-OAX; querétaro=MX-QUE | es-MX
subdivision | capital del estado de {} compa | aguascalientes=MX-AGU; guanajuato=MX-GUA; san luis potosí=MX-SLP | es-MX
subdivision | cuál es la capital de {} aquí en estados unidos | georgia el estado=US-GA; ohio=US-OH; virginia=US-VA | es-US
subdivision | y de {} la capital | massachusetts=US-MA; maryland=US-MD; wisconsin=US-WI | es-US
follow-up | y de {} no manches | rusia=RU; china=CN | es-MX
follow-up | y ahora la de {} causa | bolivia=BO; chile=CL | es-US
yes-no-check | oye es cierto que la capital {} | de canadá es montreal=CA; de chile es santiago=CL | es-MX
yes-no-check | is it true que la capital {} | de florida es miami=US-FL; de illinois es chicago=US-IL | es-US
reverse-question | {} de qué estado es capital | sacramento california o qué=CITY:Sacramento; austin=CITY:Austin; springfield=CITY:Springfield | es-US
reverse-question | de qué país es capital {} güey | tegucigalpa=CITY:Tegucigalpa; quito=CITY:Quito; caracas=CITY:Caracas | es-MX
stop | ya párale | STOP | es-MX
stop | ya bájale y para | STOP | es-MX
stop | shut up alexa | STOP | es-US
stop | ya para por favor | STOP | es-US
stop | apaga capitales del mundo | STOP | es-MX
stop | alexa sal | STOP | es-US
stop | para quillo | STOP
stop | terminar | STOP | es-MX
cancel | no mejor olvídalo | CANCEL | es-MX
cancel | cancela eso pana | CANCEL | es-US
cancel | olvídalo no era nada | CANCEL | es-US
cancel | ya no cancela lo que te pedí | CANCEL | es-MX
cancel | anula eso | CANCEL
help | qué opciones tengo | HELP | es-MX
help | cómo le hago para preguntarte | HELP | es-MX
help | how does this work en español | HELP | es-US
launch | alexa empieza capitales del mundo porfa | LAUNCH | es-US
launch | échale capitales del mundo | LAUNCH | es-MX
out-of-domain | cuántos habitantes tiene {} ahorita | guadalajara=FB; el salvador=FB | es-US
out-of-domain | cuál es el equipo de fútbol más famoso de {} | argentina=FB; brasil=FB | es-MX
out-of-domain | dónde nació {} | frida kahlo=FB; selena=FB | es-US
out-of-domain | quién canta la bamba | FB | es-MX
out-of-domain | cuál es la capital de la salsa | FB | es-US
out-of-domain | cuál es la pena capital en texas | FB | es-US
out-of-domain | cuánto se tarda de chicago a la capital de méxico en avión | FB | es-US
out-of-domain | quién es el gobernador de sonora | FB | es-MX
out-of-domain | qué es la inversión de capital | FB | es-MX
out-of-domain | cuántas horas de diferencia hay con españa | FB | es-US
"""

if __name__ == "__main__":
    build_round(23, "es", LINES, sys.argv, "tests/Eval/es/round23/source/build_corpus.py")
