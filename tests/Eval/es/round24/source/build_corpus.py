"""Round 24, Spanish (es-ES, es-MX, es-US): a new author's mix of speakers and situations, written blind.
Speakers chosen to differ from rounds 20 to 23. es-ES: Málaga and the Costa del Sol ("chiquillo", "po", "maestro"),
Jaén and Córdoba ("pijo", "ojú"), Huelva, a village in Teruel, Albacete, Chinese-Spanish shopkeepers' children in Usera,
British retirees on the Costa del Sol learning Spanish, a blind grandfather who uses the Echo all day, a hairdresser's,
a gym, a petrol station night shift, a tractor in the field, a long-distance lorry driver, a colegio mayor, a Sunday lunch
arguing with the brother-in-law, a primary-school class (cuarto de primaria), an eight-year-old, GeoGuessr and Risk
players, a travel agency, a flight attendant, the World Cup draw on TV. es-MX: regios from Monterrey ("ocupo", "nombre",
"qué onda"), the Bajío (Querétaro, Guanajuato, Aguascalientes: "a poco", "qué tranza"), Guerrero coast ("pariente"),
Hidalgo ("cuate"), Zacatecas and Durango ("compadre", "mire"), Cancún hotel staff, a tortillería line, a combi driver, an
Oxxo cashier, a taquero at night, a lotería night, a posada, a pastorela rehearsal, a prepa class, a retired normalista
teacher, a nun, the World Cup at the Estadio Azteca, a kid in tercero de primaria. es-US: Costa Ricans in New Jersey
("mae", "diay", "tuanis"), Panamanians in Brooklyn ("xopa", "pelao"), Chileans in Florida ("po", "cachai"), Puerto
Ricans in Orlando ("wepa", "mano", "ay bendito"), Bolivians in Virginia, Oaxacans in Los Angeles speaking Spanish as a
second language, Mexicans in Phoenix, poultry workers in Georgia, farmworkers in Salinas, the Rio Grande Valley
(Spanglish), a soldier at Fort Bliss, a landscaping crew, a daycare, a hospital interpreter, a nail salon, a heritage
Spanish class in high school, a church youth group, a World Cup watch party, American learners of Spanish.
Fillers and hesitations ("este", "eh", "a ver", "pues", "o sea"), self-corrections ("no espera", "digo", "perdona",
"me he liado"), follow-ups, yes/no checks with right and wrong guesses, reverse questions, official, old and everyday
names, shared names (Georgia, Congo, Korea, the Virgin Islands), plurals, subdivisions (Mexican, US, Canadian,
Brazilian, Australian, German, Indian states, the UK's nations) and territories, one-shot questions through the
invocation "capitales del mundo", out-of-domain near misses (other facts about a named country, "capital" in other
senses, places the data lacks, everyday requests), and what recognition may write (lost accents, split or joined words,
misspellings, homophones).
`python3 tests/Eval/es/round24/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 24's number; a line without a locale is es-ES)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Plain questions, es-ES: Málaga, Jaén, Córdoba, Huelva, Teruel, Albacete, Usera.
direct-question | y la capital de angola cuál es chiquillo | AO
direct-question | oye maestro la capital de las islas marshall | MH
direct-question | tío cuál es la capital de uzbekistán que no me acuerdo | UZ
direct-question | y la capital de armenia cuál sería | AM
direct-question | ojú y turkmenistán qué capital tiene | TM
direct-question | chiquillo cuál es la capital {} | de finlandia=FI; de noruega=NO; de suecia=SE
direct-question | ojú cuál era la capital {} | de grecia=GR; de chipre=CY; de malta=MT
direct-question | pijo y la capital {} cuál es | de hungría=HU; de rumanía=RO; de bulgaria=BG
direct-question | oye cuál es la capital {} que lo estoy buscando en el mapa | de mongolia=MN; de nepal=NP; de bután=BT
direct-question | cuál es la capital {} que me lo ha preguntado mi nieto | de kirguistán=KG; de tayikistán=TJ; de afganistán=AF

# es-MX: Monterrey, the Bajío, Guerrero, Hidalgo, Zacatecas, Cancún.
direct-question | la capital de kuwait cuál es pariente | KW | es-MX
direct-question | ocupo saber cuál es la capital {} | de japón=JP; de vietnam=VN; de camboya=KH | es-MX
direct-question | nombre ni idea cuál es la capital {} | de tailandia=TH; de laos=LA; de filipinas=PH | es-MX
direct-question | pariente cuál es la capital {} | de nigeria=NG; de ghana=GH; de senegal=SN | es-MX
direct-question | cuate cuál es la capital {} | de egipto=EG; de sudán=SD; de etiopía=ET | es-MX
direct-question | fíjate que no sé cuál es la capital {} | de kenia=KE; de tanzania=TZ; de uganda=UG | es-MX
direct-question | qué tranza cuál es la capital {} | de marruecos=MA; de mauritania=MR; de mali=ML | es-MX
direct-question | cuál es la capital {} compadre | de mozambique=MZ; de namibia=NA; de zimbabue=ZW | es-MX
direct-question | cómo se llama la capital {} a poco tú sí sabes | de irán=IR; de irak=IQ; de siria=SY | es-MX
direct-question | qué ciudad es la capital {} mija | de jordania=JO; del líbano=LB; de israel=IL | es-MX
direct-question | cuál es la capital {} fíjate bien | de arabia saudita=SA; de omán=OM; de yemen=YE | es-MX

# es-US: Costa Ricans, Panamanians, Chileans, Puerto Ricans, Bolivians, Oaxacans.
direct-question | cuál es la capital de montenegro pelao | ME | es-US
direct-question | diay mae cuál es la capital {} | de colombia=CO; de venezuela=VE; de guyana=GY | es-US
direct-question | xopa cuál es la capital {} | de surinam=SR; de ecuador=EC; de perú=PE | es-US
direct-question | cuál es la capital {} po | de argentina=AR; de uruguay=UY; de paraguay=PY | es-US
direct-question | mano cuál es la capital {} | de jamaica=JM; de haití=HT; de cuba=CU | es-US
direct-question | wepa y cuál es la capital {} | de barbados=BB; de granada la isla=GD; de trinidad y tobago=TT | es-US
direct-question | mae decime cuál es la capital {} | de nicaragua=NI; de panamá=PA; de el salvador=SV | es-US
direct-question | pelao cuál es la capital {} | de la república dominicana=DO; de bahamas=BS; de dominica=DM | es-US
direct-question | cuál es la capital {} cachai | de australia=AU; de nueva zelanda=NZ; de fiyi=FJ | es-US
direct-question | y cuál es la capital de alemania ay bendito que se me olvidó | DE | es-US

# Polite requests.
polite-request | por favor alexa dime la capital {} | de andorra=AD; de mónaco=MC; de san marino=SM
polite-request | serías tan amable de decirme la capital {} | de liechtenstein=LI; de suiza=CH; de países bajos=NL
polite-request | me haces un favor y me dices la capital {} | de corea del sur=KR; de corea del norte=KP; de taiwán=TW
polite-request | me dice por favor cuál es la capital {} | de brunéi=BN; de timor oriental=TL; de papúa nueva guinea=PG | es-MX
polite-request | disculpe me podría decir cuál es la capital {} | de las islas salomón=SB; de vanuatu=VU; de samoa=WS | es-MX
polite-request | me regala la capital {} por favor | de nauru=NR; de palaos=PW; de micronesia=FM | es-MX
polite-request | me hace el favor y me dice la capital {} | de seychelles=SC; de comoras=KM; de madagascar=MG | es-US
polite-request | please me dices la capital {} | de lesoto=LS; de botsuana=BW; de malaui=MW | es-US
polite-request | me puedes ayudar con la capital {} por favor | de ruanda=RW; de burundi=BI; de sudán del sur=SS | es-US
polite-request | perdone que la moleste cuál es la capital {} | de eritrea=ER; de yibuti=DJ; de somalia=SO | es-US

# Imperatives.
imperative | dime la capital {} | de cabo verde=CV; de guinea bisáu=GW; de gambia=GM
imperative | dime la capital {} anda | de sierra leona=SL; de liberia=LR; de togo=TG
imperative | suéltame la capital {} | de la república centroafricana=CF; de guinea ecuatorial=GQ; de santo tomé y príncipe=ST
imperative | búscame la capital {} | de burkina faso=BF; de guinea=GN; de benín=BJ
imperative | échame la mano con la capital {} | de libia=LY; de sudán=SD; de eritrea=ER | es-MX
imperative | dígame la capital {} | de san cristóbal y nieves=KN; de antigua y barbuda=AG; de santa lucía=LC | es-MX
imperative | dime rapidito la capital {} | de san vicente y las granadinas=VC; de dominica=DM; de granada=GD | es-MX
imperative | tell me la capital {} | de francia=FR; de inglaterra=GB-ENG; de españa=ES | es-US
imperative | dame la capital {} mae | de costa rica=CR; de méxico=MX; de estados unidos=US | es-US

# Do you know.
do-you-know | sabes cuál es la capital {} | de uzbekistán=UZ; de omán=OM; de catar=QA
do-you-know | tú sabrías decirme la capital {} | de birmania=MM; de laos=LA; de camboya=KH
do-you-know | te sabes la capital {} | de costa de marfil=CI; de senegal=SN; de mali=ML
do-you-know | sabe usted cuál es la capital {} | de nepal=NP; de bután=BT; de bangladés=BD
do-you-know | oye de casualidad sabes la capital {} | de nicaragua=NI; de honduras=HN; de guatemala=GT | es-MX
do-you-know | tú conoces la capital {} | de marruecos=MA; de argelia=DZ; de mauritania=MR | es-MX
do-you-know | do you know la capital {} | de alemania=DE; de italia=IT; de japón=JP | es-US
do-you-know | tú sabes cuál es la capital {} mano | de puerto rico=PR; de república dominicana=DO; de haití=HT | es-US

# A clause before the question.
leading-filler | eh este cuál es la capital {} | de croacia=HR; de serbia=RS; de eslovenia=SI | es-MX
leading-filler | este pues cuál es la capital {} | de kosovo=XK; de macedonia del norte=MK; de albania=AL | es-MX
leading-filler | okay so cuál es la capital {} | de kazajistán=KZ; de rusia=RU; de mongolia=MN | es-US
leading-filler | oye mira una pregunta la capital {} | de tayikistán=TJ; de kirguistán=KG; de afganistán=AF | es-US
leading-filler | ay bendito a ver la capital {} | de irán=IR; de irak=IQ; de siria=SY | es-US
leading-filler | pues fíjate que la capital {} cuál es | de arabia saudita=SA; de yemen=YE; de jordania=JO | es-MX
leading-filler | híjoles a ver cuál es la capital {} | de sudáfrica=ZA; de namibia=NA; de botsuana=BW | es-MX
leading-filler | oye alexa tengo una duda la capital {} | de mozambique=MZ; de zimbabue=ZW; de zambia=ZM

# A clause after the question.
trailing-words | cuál es la capital {} que tengo examen mañana | de ghana=GH; de nigeria=NG; de camerún=CM
trailing-words | la capital {} que estamos jugando al risk | de ucrania=UA; de china=CN; de india=IN
trailing-words | cuál es la capital {} que estoy en la peluquería y no nos ponemos de acuerdo | de portugal=PT; de bélgica=BE; de suiza=CH
trailing-words | cuál es la capital {} que me ha tocado en el geoguessr | de mongolia=MN; de kenia=KE; de perú=PE
trailing-words | cuál es la capital {} para la tarea del niño | de canadá=CA; de australia=AU; de egipto=EG | es-MX
trailing-words | cuál es la capital {} que le aposté una coca al de la tortillería | de brasil=BR; de argentina=AR; de chile=CL | es-MX
trailing-words | cuál es la capital {} que vienen turistas de allá al hotel | de noruega=NO; de dinamarca=DK; de finlandia=FI | es-MX
trailing-words | cuál es la capital {} for my homework | de guatemala=GT; de el salvador=SV; de panamá=PA | es-US

# Situations around the question.
situation | estoy en la gasolinera de noche aburrido dime la capital de azerbaiyán | AZ
situation | voy con el tractor y me ha dado por pensar cuál será la capital de armenia | AM
situation | aquí en el camión por la ap siete dime la capital de andorra | AD
situation | en el gimnasio estamos discutiendo cuál es la capital de turquía | TR
situation | mi cuñado dice que la capital de marruecos es casablanca cuál es de verdad | MA
situation | en el colegio mayor nos hemos apostado una cena a ver cuál es la capital de nigeria | NG
situation | soy azafata y mañana vuelo a la capital de jordania cómo se llama | JO
situation | estamos viendo el sorteo del mundial cuál es la capital de arabia saudí | SA
situation | en la tortillería me preguntaron la capital de honduras y no supe | HN | es-MX
situation | voy manejando la combi nomás dime la capital de costa rica | CR | es-MX
situation | estoy en la caja del oxxo y un cliente quiere saber la capital de venezuela | VE | es-MX
situation | aquí en el puesto de tacos estamos en un debate cuál es la capital de canadá | CA | es-MX
situation | en la posada jugando maratón salió la capital de islandia | IS | es-MX
situation | ensayando la pastorela el padre preguntó la capital de israel | IL | es-MX
situation | la maestra de la prepa nos dejó investigar la capital de nueva zelanda | NZ | es-MX
situation | en el hotel un huésped de allá me preguntó la capital de bélgica | BE | es-MX
situation | estamos viendo el partido en el azteca y pasaron la bandera de corea del sur cuál es su capital | KR | es-MX
situation | estoy cortando el pasto y me quedé pensando cuál es la capital de alemania | DE | es-US
situation | trabajo de intérprete en el hospital y un paciente es de eritrea cuál es la capital | ER | es-US
situation | estoy en la base de fort bliss y mi sargento pregunta la capital de afganistán | AF | es-US
situation | en la planta de pollos un compañero es de guatemala cuál es la capital | GT | es-US
situation | aquí en el field en salinas cuál es la capital de oaxaca | MX-OAX | es-US
situation | en el grupo de jóvenes de la iglesia vamos a hacer una misión a la capital de honduras cuál es | HN | es-US
situation | estamos viendo el mundial en casa de mi tío cuál es la capital de ghana | GH | es-US

# Quiz shows, board games, trivia.
game-quiz | para el trivial cuál es la capital {} | de sudán del sur=SS; de eritrea=ER; de yibuti=DJ
game-quiz | en el quién quiere ser millonario preguntaron la capital {} cuál es | de burkina faso=BF; de gabón=GA; de malaui=MW
game-quiz | estoy jugando al geoguessr y no sé la capital {} | de bolivia=BO; de paraguay=PY; de surinam=SR
game-quiz | en el risk tengo conquistada la capital {} cómo se llama | de siberia=FB; de egipto=EG; de madagascar=MG
game-quiz | en la lotería salió el mundo y la pregunta es la capital {} | de marruecos=MA; de grecia=GR; de irlanda=IE | es-MX
game-quiz | para el basta necesito la capital {} | de zambia=ZM; de zimbabue=ZW; de sudáfrica=ZA | es-MX
game-quiz | para el jeopardy en español cuál es la capital {} | de tuvalu=TV; de nauru=NR; de kiribati=KI | es-US
game-quiz | en el trivia night de la iglesia la pregunta fue la capital {} | de lituania=LT; de letonia=LV; de estonia=EE | es-US

# Children.
child-speaker | alexa cuál es la capital de la selva | FB
child-speaker | alexa mi profe dice que diga la capital {} | de japón=JP; de china=CN; de egipto=EG
child-speaker | mi mamá dice que te pregunte la capital {} | de perú=PE; de canadá=CA; de australia=AU | es-MX
child-speaker | alexa la capital {} para la tarea de tercero | de chile=CL; de colombia=CO; de cuba=CU | es-MX
child-speaker | alexa my teacher said cuál es la capital {} | de españa=ES; de estados unidos=US; de inglaterra=GB-ENG | es-US
child-speaker | alexa cuál es la capital {} la de los canguros | de australia=AU | es-US
child-speaker | alexa y la capital {} la de los pingüinos | de la antártida=AQ | es-US

# Elders.
elder-speaker | hija dime tú la capital {} que yo ya no me acuerdo | de yugoslavia=FB; de portugal=PT; de noruega=NO
elder-speaker | en mis tiempos se decía de otra manera cuál es la capital {} ahora | de birmania=MM; de tailandia=TH; de sri lanka=LK
elder-speaker | mire usted aparatito cuál es la capital {} | de polonia=PL; de dinamarca=DK; de bélgica=BE | es-MX
elder-speaker | yo di clase cuarenta años y ya se me olvidó la capital {} | de etiopía=ET; de sudán=SD; de libia=LY | es-MX
elder-speaker | ándele pues mijita dígame la capital {} | de paraguay=PY; de uruguay=UY; de bolivia=BO | es-MX
elder-speaker | mi hijo me puso este aparato a ver dígame la capital {} | de el salvador=SV; de nicaragua=NI; de costa rica=CR | es-US

# Learners: British retirees on the Costa del Sol, American students, Oaxacans with Spanish as a second language.
learner | cuál es el capital {} | de la alemania=DE; de la suecia=SE; de escocia=GB-SCT
learner | perdón mi español no es bueno la capital {} es qué | de francia=FR; de grecia=GR; de malta=MT
learner | dónde es la capital {} | de marruecos=MA; de túnez=TN; de egipto=EG | es-US
learner | cuál es la capital {} por favor gracias | de el japón=JP; de el canadá=CA; de la china=CN | es-US
learner | cómo se llama la capital {} no hablo muy bien | de guatemala=GT; de belice=BZ; de honduras=HN | es-US
learner | la capital {} cuál es por favor señora | de los estados unidos=US; de la rusia=RU; de la turquía=TR | es-US

# Spanglish.
spanglish | hey alexa what's la capital {} | de colombia=CO; de perú=PE; de ecuador=EC | es-US
spanglish | like cuál es la capital {} you know | de jamaica=JM; de cuba=CU; de haití=HT | es-US
spanglish | wait so la capital {} es cuál | de vietnam=VN; de corea del norte=KP; de tailandia=TH | es-US
spanglish | i need la capital {} para mi class | de nigeria=NG; de kenia=KE; de ghana=GH | es-US
spanglish | alexa la capital {} real quick | de irak=IQ; de irán=IR; de pakistán=PK | es-US
spanglish | dime the capital {} | de alemania=DE; de polonia=PL; de austria=AT | es-US
spanglish | bro cuál es la capital {} | de filipinas=PH; de indonesia=ID; de malasia=MY | es-US

# Bare names.
bare-name | capital {} | de gambia=GM; de guinea=GN; de togo=TG
bare-name | la capital {} | de benín=BJ; de níger=NE; de chad=TD | es-MX
bare-name | capital {} porfa | de laos=LA; de brunéi=BN; de singapur=SG | es-US
bare-name | capital de argelia | DZ | es-MX

# Follow-ups.
follow-up | y {} | de italia=IT; de grecia=GR; de turquía=TR
follow-up | y la {} | de croacia=HR; de serbia=RS; de bosnia=BA
follow-up | vale y la de {} | portugal=PT; marruecos=MA; argelia=DZ
follow-up | y {} qué | de japón=JP; de corea del sur=KR; de china=CN
follow-up | órale y {} | de perú=PE; de chile=CL; de bolivia=BO | es-MX
follow-up | ah y la {} | de cuba=CU; de jamaica=JM; de haití=HT | es-MX
follow-up | and {} | de francia=FR; de alemania=DE; de bélgica=BE | es-US
follow-up | okay y la {} | de costa rica=CR; de panamá=PA; de nicaragua=NI | es-US
follow-up | y la de {} mae | uruguay=UY; argentina=AR; paraguay=PY | es-US
follow-up | y la de {} po | australia=AU; nueva zelanda=NZ; fiyi=FJ | es-US

# Yes/no checks (the place is expected, right or wrong guess).
yes-no-check | oye la capital {} | de australia es sídney verdad=AU; de canadá es toronto no=CA; de brasil es río de janeiro o no=BR
yes-no-check | es verdad que la capital {} | de turquía es ankara=TR; de suiza es berna=CH; de marruecos es rabat=MA
yes-no-check | a que la capital {} | de nigeria es lagos=NG; de pakistán es karachi=PK; de vietnam es hanói=VN
yes-no-check | la capital de nueva zelanda es auckland o es wellington | NZ
yes-no-check | mi cuñado dice que la capital de estados unidos es nueva york tiene razón | US
yes-no-check | está bien que la capital {} | de bolivia es la paz=BO; de ecuador es guayaquil=EC; de colombia es medellín=CO | es-MX
yes-no-check | neta la capital {} | de kazajistán es astana=KZ; de myanmar es rangún=MM; de tanzania es dar es salaam=TZ | es-MX
yes-no-check | es cierto que la capital {} | de israel es tel aviv=IL; de sudáfrica es johannesburgo=ZA; de costa de marfil es abiyán=CI | es-MX
yes-no-check | la capital de italia es milán verdad que sí | IT | es-MX
yes-no-check | la capital de escocia es glasgow o edimburgo | GB-SCT | es-MX
yes-no-check | is it true que la capital {} | de alemania es berlín=DE; de españa es barcelona=ES; de china es shanghái=CN | es-US
yes-no-check | la capital {} right | de japón es tokio=JP; de india es bombay=IN; de egipto es el cairo=EG | es-US
yes-no-check | mae la capital de honduras es san pedro sula o no | HN | es-US
yes-no-check | la capital de puerto rico es san juan cierto | PR | es-US
yes-no-check | la capital de bolivia no es santa cruz po | BO | es-US
yes-no-check | sí o no la capital de rusia es moscú | RU

# Self-corrections (the last place is expected).
self-correction | la capital de austria no perdona de australia | AU
self-correction | cuál es la capital de suecia digo de suiza | CH
self-correction | dime la capital de eslovenia no espera de eslovaquia | SK
self-correction | la capital de nigeria ay no de níger | NE
self-correction | cuál es la capital de irán uy me he liado de irak | IQ
self-correction | la capital de guinea ecuatorial no no de guinea bisáu | GW
self-correction | cuál es la capital de dinamarca bueno no de noruega | NO
self-correction | la capital de mali perdón quise decir de malaui | MW | es-MX
self-correction | cuál es la capital de gambia no de zambia | ZM | es-MX
self-correction | dime la capital de colombia ay no de costa rica | CR | es-MX
self-correction | la capital de letonia no me equivoqué de lituania | LT | es-MX
self-correction | cuál es la capital de honduras espérate de nicaragua | NI | es-MX
self-correction | la capital de mauritania este no de mauricio | MU | es-MX
self-correction | cuál es la capital de panamá no wait de paraguay | PY | es-US
self-correction | la capital de armenia sorry de albania | AL | es-US
self-correction | la capital de chile mejor dicho de perú | PE | es-US
self-correction | cuál es la capital de georgia el estado no mejor del país | GE | es-US
self-correction | la capital de eslovenia digo de estonia | EE | es-US
self-correction | cuál es la capital de uganda ay bendito no de ruanda | RW | es-US

# Reverse questions: the places with that capital.
reverse-question | {} es la capital de qué país | nairobi=CITY:Nairobi; lusaka=CITY:Lusaka; harare=CITY:Harare
reverse-question | de qué país es capital {} | ulán bator=CITY:Ulán Bator; katmandú=CITY:Katmandú; timbu=CITY:Timbu
reverse-question | oye {} de dónde es capital | tiflis=CITY:Tiflis; ereván=CITY:Ereván; bakú=CITY:Bakú
reverse-question | bratislava de qué país es la capital | CITY:Bratislava
reverse-question | canberra es capital de dónde | CITY:Canberra
reverse-question | {} es capital de qué país | tegucigalpa=CITY:Tegucigalpa; managua=CITY:Managua; belmopan=CITY:Belmopan | es-MX
reverse-question | a ver de qué país es capital {} | montevideo=CITY:Montevideo; asunción=CITY:Asunción; quito=CITY:Quito | es-MX
reverse-question | de dónde es capital {} | xalapa=CITY:Xalapa; chetumal=CITY:Chetumal; toluca=CITY:Toluca | es-MX
reverse-question | saltillo es la capital de qué estado | CITY:Saltillo | es-MX
reverse-question | kingston de qué es capital | CITY:Kingston | es-MX
reverse-question | {} is the capital de qué país | ottawa=CITY:Ottawa; port moresby=CITY:Port Moresby; wellington=CITY:Wellington | es-US
reverse-question | mae de qué país es capital {} | san josé=CITY:San José; la habana=CITY:La Habana; santo domingo=CITY:Santo Domingo | es-US
reverse-question | {} es capital de cuál estado | sacramento=CITY:Sacramento; tallahassee=CITY:Tallahassee; phoenix=CITY:Phoenix | es-US
reverse-question | la paz es capital de qué | CITY:La Paz | es-US
reverse-question | victoria es capital de dónde | CITY:Victoria | es-US

# Official names.
official-name | cuál es la capital {} | de la república helénica=GR; de la confederación suiza=CH; de la federación de rusia=RU
official-name | dime la capital oficial {} | del principado de liechtenstein=LI; del gran ducado de luxemburgo=LU; de la serenísima república de san marino=SM
official-name | la capital {} cuál es exactamente | del reino unido de gran bretaña e irlanda del norte=GB; del reino de marruecos=MA; del reino hachemita de jordania=JO
official-name | cuál es la capital de {} | los estados unidos mexicanos=MX; la república bolivariana de venezuela=VE; el estado plurinacional de bolivia=BO | es-MX
official-name | y la capital oficial {} | de la república oriental del uruguay=UY; de la república islámica de irán=IR; de la república popular china=CN | es-MX
official-name | me dice la capital {} | de la república democrática federal de etiopía=ET; de la república árabe de egipto=EG; del sultanato de omán=OM | es-MX
official-name | what is la capital {} | de los estados unidos de américa=US; de la república de corea=KR; de la república popular democrática de corea=KP | es-US

# Everyday names.
everyday-name | cuál es la capital {} güey | de holanda=NL; de gran bretaña=GB; de los emiratos=AE | es-MX
everyday-name | la capital {} porfa | del gabacho=US; de gringolandia=US; de la madre patria=ES | es-MX
everyday-name | la capital {} cómo se llama | de corea del norte=KP; de arabia=SA; de república checa=CZ | es-US
everyday-name | oye y la capital {} | de costa de marfil=CI; de timor oriental=TL; de macedonia=MK
everyday-name | cuál es la capital {} ahora | de bielorrusia o belarús=BY; de turquía o türkiye como se diga=TR; de moldova=MD
everyday-name | la capital de las filipinas cuál es | PH | es-MX
everyday-name | la capital de la unión americana | US | es-MX

# Old names.
old-name | cuál era la capital {} | de persia=IR; de siam=TH; de ceilán=LK
old-name | cuál es la capital de lo que antes era {} | el zaire=CD; dahomey=BJ; el alto volta=BF
old-name | la capital {} que ahora se llama de otra forma | de rodesia=ZW; de la costa de oro=GH; de bechuanalandia=BW
old-name | la capital {} cómo se llamaba | de basutolandia=LS; de nyasalandia=MW; de la honduras británica=BZ | es-MX
old-name | cuál es la capital actual {} | de abisinia=ET; de formosa=TW; de kampuchea=KH | es-MX
old-name | la capital de suazilandia | SZ | es-US
old-name | la capital de la guinea española | GQ
old-name | la capital de birmania la de antes | MM | es-US

# Shared names: disambiguated, or every place with the name.
shared-name | cuál es la capital de georgia | GE+US-GA
shared-name | la capital de georgia el de estados unidos | US-GA
shared-name | capital de georgia la de europa al lado de rusia | GE
shared-name | aquí en georgia cuál es nuestra capital | US-GA | es-US
shared-name | la capital de georgia la de stalin | GE | es-MX
shared-name | cuál es la capital del congo | CD+CG
shared-name | la capital de los dos congos | CD+CG | es-MX
shared-name | capital del congo kinshasa | CD | es-US
shared-name | capital del congo brazzaville | CG | es-US
shared-name | y la del congo el chiquito | CG | es-MX
shared-name | cuál es la capital de corea | KP+KR | es-MX
shared-name | capitales de las dos coreas | KP+KR
shared-name | la capital de corea la del k pop | KR | es-US
shared-name | la capital de corea la de kim jong un | KP | es-US
shared-name | cuál es la capital de las islas vírgenes | VG+VI | es-US
shared-name | la capital de las islas vírgenes americanas | VI | es-US
shared-name | la capital de las islas vírgenes británicas | VG | es-MX
shared-name | capital de dominica no de república dominicana | DO | es-US
shared-name | la capital de dominica la isla chiquita | DM

# Several capitals, asked in the plural.
plural-capitals | cuáles son las capitales {} | de sudáfrica=ZA; de bolivia=BO; de países bajos=NL
plural-capitals | cuáles son las dos capitales {} | de benín=BJ; de malasia=MY; de sri lanka=LK
plural-capitals | qué capitales tiene {} | costa de marfil=CI; esuatini=SZ; palestina=PS
plural-capitals | las tres capitales de sudáfrica | ZA | es-MX
plural-capitals | dime las capitales {} | de bolivia porque son dos=BO; de holanda=NL; de malasia=MY | es-MX
plural-capitals | cuáles capitales tiene {} | benín=BJ; sri lanka=LK; suazilandia=SZ | es-MX
plural-capitals | es cierto que {} tiene dos capitales cuáles son | costa de marfil=CI; bolivia=BO; palestina=PS | es-US
plural-capitals | what are las capitales {} | de sudáfrica=ZA; de países bajos=NL; de malasia=MY | es-US
plural-capitals | cuáles son las capitales de jammu y cachemira | IN-JK
plural-capitals | qué dos capitales tiene uttarakhand | IN-UK | es-US
plural-capitals | cuáles son las capitales de montserrat la isla | MS | es-US
plural-capitals | las capitales de palestina cuáles serían | PS | es-MX
plural-capitals | capitales de esuatini porfa | SZ | es-US
plural-capitals | las capitales de benín po | BJ | es-US
plural-capitals | y de sri lanka cuántas capitales hay y cuáles | LK

# Subdivisions: Mexican states.
subdivision | cuál es la capital {} ocupo saberlo | de nuevo león=MX-NLE; de coahuila=MX-COA; de tamaulipas=MX-TAM | es-MX
subdivision | ocupo la capital {} | de chihuahua el estado=MX-CHH; de durango=MX-DUR; de zacatecas=MX-ZAC | es-MX
subdivision | a poco no sabes la capital {} | de guanajuato=MX-GUA; de querétaro=MX-QUE; de aguascalientes=MX-AGU | es-MX
subdivision | cuál es la capital {} pariente | de guerrero=MX-GRO; de morelos=MX-MOR; de hidalgo=MX-HID | es-MX
subdivision | cuál es la capital {} cuate | de quintana roo=MX-ROO; de campeche=MX-CAM; de yucatán=MX-YUC | es-MX
subdivision | dime la capital {} pa la tarea | de baja california sur=MX-BCS; de baja california=MX-BCN; de sonora=MX-SON | es-MX
subdivision | y la capital {} cuál es pues | de san luis potosí=MX-SLP; del estado de méxico=MX-MEX; de veracruz=MX-VER | es-MX
subdivision | cuál es la capital {} mija | de tabasco=MX-TAB; de sinaloa=MX-SIN; de chiapas=MX-CHP | es-US
subdivision | mi familia es de allá cuál es la capital {} | de michoacán=MX-MIC; de jalisco=MX-JAL; de puebla=MX-PUE | es-US
subdivision | la capital del edomex | MX-MEX | es-MX
# US states.
subdivision | cuál es la capital {} aquí en el suroeste | de arizona=US-AZ; de nuevo méxico=US-NM; de nevada=US-NV | es-US
subdivision | cuál es la capital del estado {} | de georgia=US-GA; de carolina del norte=US-NC; de carolina del sur=US-SC | es-US
subdivision | la capital {} para el examen de ciudadanía | de virginia=US-VA; de maryland=US-MD; de delaware=US-DE | es-US
subdivision | dime la capital {} que me voy pa allá | de florida=US-FL; de nueva york=US-NY; de nueva jersey=US-NJ | es-US
subdivision | la capital {} que mi hermano vive allá | de illinois=US-IL; de indiana=US-IN; de míchigan=US-MI | es-MX
# Canada, Australia, Germany, Brazil, India, the UK's nations.
subdivision | cuál es la capital {} en canadá | de quebec la provincia=CA-QC; de ontario=CA-ON; de columbia británica=CA-BC
subdivision | la capital {} allá en el norte de canadá | de nueva escocia=CA-NS; del yukón=CA-YT; de nunavut=CA-NU | es-US
subdivision | y la capital {} en australia | de tasmania=AU-TAS; de queensland=AU-QLD; del territorio del norte=AU-NT
subdivision | cuál es la capital del estado {} en australia | de victoria=AU-VIC; de nueva gales del sur=AU-NSW; de australia occidental=AU-WA
subdivision | cuál es la capital {} en alemania | de baviera=DE-BY; de sajonia=DE-SN; de turingia=DE-TH
subdivision | la capital {} que mi hijo está de erasmus allí | de baja sajonia=DE-NI; de renania del norte westfalia=DE-NW; de hesse=DE-HE
subdivision | cuál es la capital {} en brasil | de bahía=BR-BA; de pernambuco=BR-PE; de minas gerais=BR-MG | es-US
subdivision | cuál es la capital {} en la india | de kerala=IN-KL; de rajastán=IN-RJ; de bengala occidental=IN-WB | es-MX
subdivision | cuál es la capital {} en el reino unido | de gales=GB-WLS; de irlanda del norte=GB-NIR; de escocia=GB-SCT | es-MX
subdivision | y la capital de inglaterra cuál es | GB-ENG | es-MX

# Territories and other places.
territory | cuál es la capital {} oye | de groenlandia=GL; de las islas feroe=FO; de gibraltar=GI
territory | la capital {} cuál es brother | de las malvinas=FK; de las bermudas=BM; de las islas caimán=KY | es-US
territory | cuál es la capital {} que es territorio gringo | de guam=GU; de samoa americana=AS; de puerto rico=PR | es-US
territory | y la capital {} cuál es | de aruba=AW; de curazao=CW; de la guayana francesa=GF | es-MX
territory | dime la capital {} en francés | de martinica=MQ; de guadalupe la isla=GP; de la polinesia francesa=PF
territory | cuál es la capital {} si es que tiene | del vaticano=VA; del sáhara occidental=EH; de kosovo=XK
territory | la capital {} cuál es a ver | de la isla de man=IM; de jersey la isla=JE; de nueva caledonia=NC
territory | la capital de hong kong | HK | es-MX
territory | cuál es la capital de las islas turcas y caicos | TC | es-US
territory | la capital de la isla de reunión | RE

# One-shot questions through the invocation name.
one-shot | pregúntale a capitales del mundo cuál es la capital {} | de kenia=KE; de yemen=YE; de omán=OM
one-shot | dile a capitales del mundo que me diga la capital {} | de liberia=LR; de sierra leona=SL; de guinea=GN
one-shot | abre capitales del mundo y dime la capital {} | de fiyi=FJ; de samoa=WS; de tonga=TO
one-shot | pregunta en capitales del mundo la capital {} | de eslovenia=SI; de chipre=CY; de malta=MT | es-MX
one-shot | usa capitales del mundo para la capital {} | de singapur=SG; de brunéi=BN; de maldivas=MV | es-MX
one-shot | con capitales del mundo cuál es la capital {} | de mauritania=MR; de cabo verde=CV; de comoras=KM | es-MX
one-shot | pídele a capitales del mundo la capital {} | de nicaragua=NI; de panamá=PA; de belice=BZ | es-US
one-shot | en capitales del mundo dime las capitales de bolivia | BO | es-US
one-shot | capitales del mundo la capital de vanuatu | VU | es-US

# Recognition artefacts: lost accents, split or joined words, misspellings, homophones.
recognition-artefact | cual es la capital de peru | PE
recognition-artefact | cual es la capital de japon | JP | es-MX
recognition-artefact | cual es la capital de pakistan | PK | es-US
recognition-artefact | lacapital de kenya | KE
recognition-artefact | cual es lacapital de bahrein | BH | es-MX
recognition-artefact | la capital de qatar | QA | es-US
recognition-artefact | cuál es la capital de djibouti | DJ
recognition-artefact | cuál es la capital de tajikistán | TJ | es-US
recognition-artefact | cuál es la capital de kazakstán | KZ | es-MX
recognition-artefact | cuál es la capital de bhután | BT
recognition-artefact | cuál es la capital de mianmar | MM | es-MX
recognition-artefact | cuál es la capital de rwanda | RW | es-US
recognition-artefact | cuál es la capital de lichtenstein | LI
recognition-artefact | cuál es la capital de nueva zelandia | NZ | es-MX
recognition-artefact | cual es la capital de costarica | CR | es-US
recognition-artefact | cuál es la capital de sri lanca | LK
recognition-artefact | cuál es la capital de zimbabwe | ZW | es-US
recognition-artefact | cuál es la capital de es lovenia | SI | es-MX
recognition-artefact | cuál es la capi tal de hungría | HU
recognition-artefact | cuál es la capital de tai wan | TW | es-US
recognition-artefact | cual es la capital de e ritrea | ER | es-MX
recognition-artefact | cuál es la capital de kirguizistán | KG
recognition-artefact | cuál es la capital de bielo rusia | BY | es-US
recognition-artefact | cual es la capital de haiti | HT | es-MX
recognition-artefact | cual es la capital de turkmenistan | TM
recognition-artefact | cuál es la capital de uzbequistán | UZ | es-US
recognition-artefact | cuál es la capital de camerun | CM | es-MX
recognition-artefact | cuál es la capital de azerbaiján | AZ
recognition-artefact | cuál es la capital de papua nueva guinea | PG | es-MX
recognition-artefact | cuál es la capital de los emiratos arabes | AE
recognition-artefact | cuál es la capital de mozanbique | MZ | es-US

# Out of domain: other facts about a named country, "capital" in other senses, places the data lacks, everyday requests.
out-of-domain | cuántos habitantes tiene {} | portugal=FB; marruecos=FB; la capital de japón=FB
out-of-domain | qué idioma se habla en {} | suiza=FB; bélgica=FB; andorra=FB
out-of-domain | qué moneda usan en {} | suecia=FB; hungría=FB
out-of-domain | qué hora es en {} | tokio=FB; nueva york=FB | es-US
out-of-domain | qué tiempo hace en {} | madrid=FB; londres=FB
out-of-domain | cuál es la capital {} en españa | de andalucía=FB; de cataluña=FB; de extremadura=FB
out-of-domain | la capital {} cuál es la de la comunidad | de aragón=FB; de galicia=FB; de la rioja=FB
out-of-domain | cuál es la capital {} hermano | de antioquia=FB; de la provincia de buenos aires=FB | es-US
out-of-domain | cuál es la capital {} jajaja | de narnia=FB; de wakanda=FB; de la luna=FB | es-MX
out-of-domain | cuál es la capital de marte | FB | es-US
out-of-domain | quién es el presidente de {} | francia=FB; colombia=FB; chile=FB | es-US
out-of-domain | quién gobierna en {} | alemania=FB; inglaterra=FB | es-MX
out-of-domain | cuál es el río más largo de {} | áfrica=FB; europa=FB
out-of-domain | cuál es la montaña más alta de {} | méxico=FB; perú=FB | es-MX
out-of-domain | cuántos kilómetros hay de {} | málaga a jaén=FB; monterrey a saltillo=FB
out-of-domain | qué es el capital social de una empresa | FB
out-of-domain | cuánto capital necesito para abrir una peluquería | FB
out-of-domain | cómo se escribe capital con mayúscula | FB
out-of-domain | cuáles son los siete pecados capitales | FB
out-of-domain | qué significa pena capital | FB | es-MX
out-of-domain | cuál es la letra capital de un libro | FB
out-of-domain | pon el noticiero de la capital | FB | es-MX
out-of-domain | cuál es la capital mundial del tequila | FB | es-MX
out-of-domain | cuál es la capital del mariachi | FB | es-US
out-of-domain | qué es el capital de trabajo | FB | es-US
out-of-domain | cuánto cuesta un boleto a la capital de colombia | FB | es-US
out-of-domain | cuándo se independizó {} | méxico=FB; chile=FB; costa rica=FB | es-US
out-of-domain | cuál es la bandera de {} | panamá=FB; bolivia=FB | es-US
out-of-domain | cuál es la comida típica de {} | perú=FB; guatemala=FB | es-US
out-of-domain | cuántos estados tiene {} | méxico=FB; estados unidos=FB | es-MX
out-of-domain | pon música de bad bunny | FB | es-US
out-of-domain | ponme un temporizador de diez minutos | FB
out-of-domain | apaga la luz del salón | FB
out-of-domain | qué hora es | FB | es-MX
out-of-domain | cuéntame un chiste | FB | es-US
out-of-domain | añade tortillas a la lista del súper | FB | es-MX
out-of-domain | cuál es la capital de mi corazón | FB | es-MX
out-of-domain | cuál es el país más grande del mundo | FB
out-of-domain | cuántos países hay en el mundo | FB | es-MX
out-of-domain | en qué continente está {} | kazajistán=FB; egipto=FB | es-US
out-of-domain | qué tan lejos queda la capital de guatemala de aquí | FB | es-MX
out-of-domain | cuál es el prefijo de teléfono de {} | cuba=FB; honduras=FB | es-US
out-of-domain | quién ganó el mundial de {} | sudáfrica=FB; qatar=FB
out-of-domain | cuál es la capital de la provincia de jaén | FB
out-of-domain | cuál es la capital de la comunidad valenciana | FB
out-of-domain | cuál es la capital de siberia | FB | es-MX
out-of-domain | cuál es la capital de escandinavia | FB | es-US
out-of-domain | cuál es la capital de sudamérica | FB | es-MX
out-of-domain | llama a mi hija | FB
out-of-domain | cómo se dice capital en inglés | FB | es-US
out-of-domain | cuál es la capital del rock en español | FB | es-MX

out-of-domain | cuánto se tarda en coche de málaga a la capital | FB
out-of-domain | a qué hora abre el mercadona | FB
out-of-domain | qué temperatura hace ahora en teruel | FB
out-of-domain | cuál es el himno de {} | grecia=FB; italia=FB
out-of-domain | quién es el rey de {} | marruecos=FB; noruega=FB
out-of-domain | cuál es la ciudad más grande de {} | australia=FB; turquía=FB
out-of-domain | cuántas comunidades autónomas tiene españa | FB
out-of-domain | qué es una sociedad de capital riesgo | FB
out-of-domain | cuál es la capital de la costa del sol | FB
out-of-domain | cuál es la capital mundial del aceite de oliva | FB
out-of-domain | cuánto está el dólar hoy | FB | es-MX
out-of-domain | cuál es el estado más grande de méxico | FB | es-MX
out-of-domain | quién es el gobernador de {} | nuevo león=FB; zacatecas=FB | es-MX
out-of-domain | cuál es la capital mundial del cabrito | FB | es-MX
out-of-domain | qué idioma hablan en {} | brasil=FB; haití=FB | es-MX
out-of-domain | pon una rola de los tigres del norte | FB | es-MX
out-of-domain | cuánto cuesta mandar dinero a {} | honduras=FB; el salvador=FB | es-US
out-of-domain | cuál es la capital del country music | FB | es-US
out-of-domain | qué necesito para sacar la ciudadanía | FB | es-US
out-of-domain | quién es el governor de {} | florida=FB; texas=FB | es-US
out-of-domain | how many people viven en {} | china=FB; india=FB | es-US
out-of-domain | a qué hora juega la selección de {} | méxico=FB; costa rica=FB | es-US
out-of-domain | cuánto capital tengo en mi cuenta de ahorros | FB | es-US

# Help.
help | cómo funciona esto | HELP
help | qué se le puede preguntar a esta cosa | HELP
help | no sé qué decirte | HELP
help | explícame cómo va esto de las capitales | HELP
help | qué tipo de preguntas contestas | HELP
help | dame un ejemplo de lo que puedo preguntar | HELP
help | necesito instrucciones | HELP
help | cómo se juega a esto | HELP
help | me ayudas que no me aclaro | HELP
help | a ver explíqueme cómo le hago | HELP | es-MX
help | qué puedo preguntarle | HELP | es-MX
help | nombre no le entiendo cómo funciona | HELP | es-MX
help | ayúdame pues | HELP | es-MX
help | cuáles son las instrucciones | HELP | es-MX
help | qué sabes hacer tú | HELP | es-MX
help | necesito ayuda con esto mano | HELP | es-US
help | how do i use this en español | HELP | es-US
help | no entiendo qué hay que decir | HELP | es-US
help | help me please | HELP | es-US
help | qué opciones hay mae | HELP | es-US
help | ayuda por favor no sé usar esto | HELP | es-US
help | cómo es que te pregunto las capitales | HELP | es-US

help | cómo te pregunto una capital | HELP
help | no sé cómo preguntarte | HELP | es-MX
help | qué es lo que haces tú mae | HELP | es-US

# Stop.
stop | para ya | STOP
stop | apágate | STOP
stop | se acabó por hoy | STOP
stop | ya está bonita ya no quiero más | STOP
stop | sal de las capitales | STOP
stop | termina ya | STOP
stop | cierra esto | STOP
stop | hasta luego alexa | STOP
stop | ya chole | STOP | es-MX
stop | ya párale | STOP | es-MX
stop | ya estuvo gracias | STOP | es-MX
stop | ya bájale | STOP | es-MX
stop | hasta ahí | STOP | es-MX
stop | ciérrate | STOP | es-MX
stop | ya no quiero jugar | STOP | es-MX
stop | stop please | STOP | es-US
stop | that's it ya | STOP | es-US
stop | mae ya para | STOP | es-US
stop | ya terminé gracias | STOP | es-US
stop | apaga esto mano | STOP | es-US
stop | salte de la aplicación | STOP | es-US
stop | bye alexa | STOP | es-US

stop | ya me voy a dormir apágate | STOP
stop | no quiero seguir | STOP
stop | ya basta alexa | STOP | es-US
stop | hasta la vista | STOP | es-US

# Cancel.
cancel | olvídalo | CANCEL
cancel | déjalo estar | CANCEL
cancel | nada nada no importa | CANCEL
cancel | mejor no | CANCEL
cancel | no hagas caso | CANCEL
cancel | olvida lo que te he dicho | CANCEL
cancel | anula eso | CANCEL
cancel | me he equivocado déjalo | CANCEL
cancel | ahí muere | CANCEL | es-MX
cancel | nel olvídalo | CANCEL | es-MX
cancel | mejor ahí déjale | CANCEL | es-MX
cancel | ya no importa | CANCEL | es-MX
cancel | cancela lo que te pedí | CANCEL | es-MX
cancel | no ya no | CANCEL | es-MX
cancel | olvídate de eso | CANCEL | es-MX
cancel | never mind | CANCEL | es-US
cancel | forget it mejor | CANCEL | es-US
cancel | nah déjalo | CANCEL | es-US
cancel | cancela eso mae | CANCEL | es-US
cancel | no era eso olvídalo | CANCEL | es-US
cancel | ignora eso | CANCEL | es-US
cancel | no no cancela | CANCEL | es-US

cancel | uy no perdona déjalo | CANCEL
cancel | nada olvida la pregunta | CANCEL
cancel | sabes qué mejor olvídalo | CANCEL | es-US
cancel | cancela la pregunta | CANCEL | es-MX

# Launch.
launch | abre capitales del mundo | LAUNCH
launch | pon capitales del mundo | LAUNCH
launch | quiero jugar a capitales del mundo | LAUNCH
launch | inicia capitales del mundo | LAUNCH
launch | ábreme capitales del mundo | LAUNCH | es-MX
launch | vamos a jugar capitales del mundo | LAUNCH | es-MX
launch | arranca capitales del mundo | LAUNCH | es-MX
launch | córrele a capitales del mundo | LAUNCH | es-MX
launch | open capitales del mundo | LAUNCH | es-US
launch | start capitales del mundo | LAUNCH | es-US
launch | abre el juego de capitales del mundo | LAUNCH | es-US
launch | entra a capitales del mundo | LAUNCH | es-US
launch | me abres capitales del mundo | LAUNCH
launch | pon la de capitales del mundo | LAUNCH
launch | juguemos capitales del mundo | LAUNCH | es-MX
launch | prende capitales del mundo | LAUNCH | es-MX
launch | let's play capitales del mundo | LAUNCH | es-US
launch | abre la skill de capitales del mundo | LAUNCH | es-US
"""

if __name__ == "__main__":
    build_round(24, "es", LINES, sys.argv, "tests/Eval/es/round24/source/build_corpus.py")
