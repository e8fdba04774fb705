"""Round 44, Spanish (es-ES, es-MX, es-US): a new author's own mix, written blind at the start of the forty-ninth
session (brief WRITER55.md).

Written by the writer55-es helper without the voice model, the simulator, the skill's code, the interaction model or
earlier rounds' halves; only the places' ids, kinds, names and capital names were read from the data, through a small
script, to check ids. Speakers and situations were chosen apart from round 43's (Castilla-La Mancha, an AVE train, a
lorry driver, a campsite, a night-shift nurse, a hairdresser, a driving school, a cruise ship, the hogar del jubilado;
Senegalese, Venezuelan-in-Spain, Argentine and Georgian migrants; Aguascalientes, Baja California Sur, Colima, Estado
de México, Morelos, Quintana Roo, Tamaulipas, a Honduran in Tapachula, a Haitian in Tijuana, basta; Puerto Rico, Union
City, Paterson, Hartford, New Orleans, Springdale, Alaska, Salt Lake City, Portland, Fresno, Santa Ana, Sacramento,
Milwaukee, Detroit, Kansas City, Reno, citizenship study, Jeopardy) and from the places it lists for round 42
(Andalucía, Aragón, Valencia, Catalonia, the Basque Country, Madrid; Jalisco, Nuevo León, Sinaloa, Chiapas, Veracruz;
San Antonio, Phoenix, Orlando, Boston and the rest):

es-ES: the Canary Islands (a guagua, a Tenerife hotel, Lanzarote, La Palma after the volcano, El Hierro, the Puerto de
la Luz), Galicia (a Vigo fisherman, a Bueu cannery, a Camino hostel, Marín, emigrant families; some Galician), Asturias
(a cider house, the mining valleys, the Musel port in Gijón), Extremadura (the dehesa and cork, Badajoz on the
Portuguese border, a ham factory, a Cáceres card table), Murcia (lettuce warehouses in the huerta, the Cartagena naval
base, the Mar Menor); Romanian, Ecuadorian, Chinese, Ukrainian, Nigerian, Filipino, Pakistani and West African families;
Erasmus students and a language exchange; elders (a word search, Pasapalabra, the mili), children, teens (bizum,
"bro", "en plan"); a pharmacist, a post office, a radio amateur, Barajas airport, a court interpreter, an NGO, a call
centre, a flight attendant, a travel agency; a blind user; school (sexto de primaria, the mapa mudo, the ESO resit),
games (stop, an escape room, a pub quiz, Party), home (the tortilla, the World Cup, the sobremesa).

es-MX: Oaxaca (the Guelaguetza, a mezcal maker, a Zapotec grandmother, Mixtec families, the Isthmus wind farms), Puebla
(the Volkswagen plant, Talavera, a Cholula student, families with sons in New York), Yucatán (Chichén Itzá guides,
Mérida hotels, a henequén hacienda, a Lebanese-Mexican neighbour), the north (Hermosillo, Saltillo, Zacatecas mines,
Durango, Mexicali), Mexico City (the metro, a pesero, a tianguis, a taxi, the UNAM, Polanco offices), Tabasco and
Tlaxcala (Pemex, a platform, a textile mill); Venezuelan, Guatemalan, Salvadoran, Argentine and Korean-Mexican
speakers and a Cuban doctor, a Canadian retiree; elders (usted, mijo), children, teens; school (the olimpiada del
conocimiento, telesecundaria), games (Maratón, caras y gestos, a kermés), home, a Manzanillo customs officer, an IMSS
nurse, a trucker.

es-US: the Rio Grande Valley and El Paso (the bridge, UTRGV, a flea market), Hialeah and Doral (asere, the ventanita),
Washington Heights and the Bronx (mira loco, vaina), Jackson Heights and Queens (parce, qué pena con usted), Yakima
apples, Dalton carpet mills, Iowa meatpacking, Charlotte roofers, Dodge City, a Wisconsin dairy; heritage speakers and
ESL and GED classes; an Uber driver, a nanny, a quinceañera DJ, a soldier at Fort Bliss, a hospital interpreter, an
Amazon warehouse, office cleaners; a church youth group, a Sunday soccer league, novelas, tamales, family game night,
bar trivia, lotería, social studies; English switching throughout.

Every line was written by hand as one utterance; the only generated lines are the at most three fills of a frame
(each frame said once).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# ================================================================ es-ES
# Canary Islands: Tenerife, Gran Canaria, Lanzarote, La Palma, El Hierro (guagua, mi niño, chacho, ños, fos)
canario | alexa chacho cuál es la capital de {} que voy en la guagua y no me acuerdo | venezuela=VE; cuba=CU; uruguay=UY
canario | alexa mi niño dime la capital de {} que mi abuelo emigró para allá de joven | argentina=AR; colombia=CO; panamá=PA
canario | alexa ños y la capital de {} cuál era | cabo verde=CV; gambia=GM; guinea bisáu=GW
canario | alexa en el puerto de la luz atracó un barco de {} cuál es la capital de ese país | liberia=LR; sierra leona=SL; nigeria=NG
canario | alexa estoy de camarera en lanzarote y un turista me pregunta la capital de {} | irlanda=IE; escocia=GB-SCT; gales=GB-WLS
canario | alexa en la palma después del volcán vinieron voluntarios de {} cuál es su capital | alemania=DE; austria=AT; suiza=CH
canario | alexa fos qué calor oye la capital de {} cuál es | mauritania=MR; marruecos=MA; el sáhara occidental=EH
canario | alexa a ver mi niña la capital de {} | senegal=SN; malí=ML; costa de marfil=CI
canario | alexa mi tía vive en el hierro y me llama para preguntar la capital de {} | islandia=IS; groenlandia=GL; las islas feroe=FO
# Galicia: Vigo port, Bueu canneries, the Camino, Ourense, emigrant families (neno, ho, morriña), some Galician
gallego | alexa neno cuál es la capital de {} que estoy con el crucigrama del faro | angola=AO; mozambique=MZ; namibia=NA
gallego | alexa soy marinero en vigo y faenamos cerca de {} cuál es su capital | seychelles=SC; mauricio=MU; madagascar=MG
gallego | alexa en el albergue del camino hay un peregrino de {} cuál es la capital de su país | corea del sur=KR; japón=JP; taiwán=TW
gallego | alexa cal é a capital de {} | portugal=PT; brasil=BR; santo tomé e príncipe=ST
gallego | alexa ho dime a capital de {} que non me lembro | timor leste=TL; mozambique=MZ; angola=AO
gallego | alexa mi hijo está emigrado en {} cuál es la capital de allí | bélgica=BE; luxemburgo=LU; países bajos=NL
gallego | alexa en la conservera de bueu exportamos a {} y en la etiqueta va la capital cuál es | italia=IT; grecia=GR; chipre=CY
gallego | alexa estamos en la romería y mi primo apostó a que no sé la capital de {} | australia=AU; nueva zelanda=NZ; fiyi=FJ
# Asturias: Gijón, Oviedo, the mining valleys, cider houses (guaje, ye, güelu, nenina)
asturiano | alexa guaje cuál ye la capital de {} | rusia=RU; ucrania=UA; kazajistán=KZ
asturiano | alexa en la sidrería hay unos turistas de {} cuál ye la capital d'allí | polonia=PL; chequia=CZ; eslovaquia=SK
asturiano | alexa mi güelu trabajó en la mina con compañeros de {} cuál es la capital de allí | portugal=PT; cabo verde=CV; argelia=DZ
asturiano | alexa nenina apúntame la capital de {} pa la porra del bar | méxico=MX; cuba=CU; chile=CL
asturiano | alexa en el musel de gijón descargó un carguero de {} cuál ye la capital | turquía=TR; egipto=EG; libia=LY
asturiano | alexa ho la capital de {} cuála ye | lituania=LT; letonia=LV; estonia=EE
# Extremadura: Cáceres, Badajoz on the Portuguese border, Mérida, the dehesa, cork and ham
extremeno | alexa en la dehesa vendemos corcho a {} cuál es la capital de allí | portugal=PT; francia=FR; italia=IT
extremeno | alexa mi nieto estudia en mérida y me pregunta la capital de {} | yucatán=MX-YUC; venezuela=VE; filipinas=PH
extremeno | alexa vivo en badajoz y cruzo la raya cada día pero no sé la capital de {} | angola=AO; guinea bisáu=GW; timor oriental=TL
extremeno | alexa en la fábrica de jamones exportamos a {} y no sé la capital | japón=JP; china=CN; corea del sur=KR
extremeno | alexa chacho la capital de {} cuál es que me lo han preguntado en la cooperativa | argelia=DZ; túnez=TN; marruecos=MA
# Murcia: the huerta, lettuce warehouses, Cartagena naval base, Mar Menor (acho, pijo)
murciano | alexa acho cuál es la capital de {} | ecuador=EC; perú=PE; paraguay=PY
murciano | alexa en el almacén de lechugas tenemos trabajadores de {} qué capital tiene | marruecos=MA; ghana=GH; ecuador=EC
murciano | alexa mi primo se ha ido a trabajar a finlandia y no sé cuál es la capital de allí acho | FI
murciano | alexa pijo no me acuerdo de la capital de {} | kirguistán=KG; tayikistán=TJ; uzbekistán=UZ
murciano | alexa en la base naval de cartagena ha llegado una fragata de {} cuál es su capital | canadá=CA; estados unidos=US; reino unido=GB
# migrant families in Spain: Romanian, Ecuadorian, Chinese, Ukrainian, Nigerian, Filipino, Pakistani, Moroccan, West African
migrante-es | alexa yo rumano trabajo en la fresa capital de {} cuál es | rumanía=RO; moldavia=MD; bulgaria=BG
migrante-es | alexa soy ecuatoriana y mi hija nació en madrid le quiero explicar la capital de {} | ecuador=EC; colombia=CO; perú=PE
migrante-es | alexa tengo un bazar y el proveedor es de {} cuál es la capital de allí | vietnam=VN; bangladés=BD; pakistán=PK
migrante-es | alexa somos ucranianos y mi hijo pregunta en el colegio la capital de {} | ucrania=UA; polonia=PL; moldavia=MD
migrante-es | alexa mi marido es de {} y me da vergüenza no saber la capital | nigeria=NG; camerún=CM; guinea ecuatorial=GQ
migrante-es | alexa soy filipina trabajo de interna y la señora me pregunta la capital de {} | filipinas=PH; indonesia=ID; tailandia=TH
migrante-es | alexa mi compañero del locutorio es de {} cuál es su capital | pakistán=PK; nepal=NP; sri lanka=LK
migrante-es | alexa en la mezquita hay un chico nuevo de {} cuál es la capital de su país | gambia=GM; guinea=GN; malí=ML
migrante-es | alexa mi vecino marroquí dice que la capital de {} es casablanca es verdad | marruecos=MA
migrante-es | alexa yo chino trabajo en tienda capital de {} cómo dice | china=CN; mongolia=MN; corea del norte=KP
# learners in Spain: Erasmus students, a language exchange, newcomers
learner | alexa soy estudiante erasmus de {} cómo se llama la capital de mi país en español | alemania=DE; dinamarca=DK; bélgica=BE
learner | alexa yo no hablo bien español capital de {} por favor | hungría=HU; croacia=HR; eslovenia=SI
learner | alexa cuál está la capital de {} | serbia=RS; montenegro=ME; albania=AL
learner | alexa cuál es el capital de {} | bosnia y herzegovina=BA; kosovo=XK; macedonia del norte=MK
# elders in Spain
elder | alexa bonita dime la capital de {} que estoy con la sopa de letras | myanmar=MM; laos=LA; camboya=KH
elder | alexa en mis tiempos la capital de {} era otra cuál es ahora | kazajistán=KZ; tanzania=TZ; burundi=BI
elder | alexa la capital de {} que lo han dicho en pasapalabra y no lo he oído bien | azerbaiyán=AZ; armenia=AM; turkmenistán=TM
elder | alexa de joven hice la mili con uno de {} cuál es la capital de allí | guinea ecuatorial=GQ; marruecos=MA; el sáhara=EH
# children and teens in Spain
child | alexa soy pablo tengo ocho años y quiero saber la capital de {} | egipto=EG; kenia=KE; etiopía=ET
child | alexa mi seño dice que la capital de {} es muy bonita cuál es | grecia=GR; perú=PE; japón=JP
teen | alexa bro cuál es la capital de {} que me juego un bizum | mongolia=MN; nepal=NP; bután=BT
teen | alexa en plan cuál es la capital de {} literal no lo sé | catar=QA; baréin=BH; kuwait=KW
teen | alexa estoy en el insti y el de historia nos ha pedido la capital de {} | irak=IQ; irán=IR; afganistán=AF
teen | alexa qué cringe no me sé la capital de {} | arabia saudí=SA; omán=OM; yemen=YE
# work in Spain: pharmacy, post office, radio amateur, Barajas airport, court interpreter, NGO, call centre
work | alexa soy farmacéutica y un turista de {} me ha preguntado por su embajada cuál es la capital de su país | malasia=MY; singapur=SG; tailandia=TH
work | alexa en correos tengo que mandar un paquete a {} cuál es la capital | argelia=DZ; túnez=TN; libia=LY
work | alexa he contactado por radio con un aficionado de {} cuál es su capital | tonga=TO; samoa=WS; vanuatu=VU
work | alexa trabajo en barajas y el próximo vuelo sale para {} cuál es la capital | emiratos árabes unidos=AE; catar=QA; arabia saudí=SA
work | alexa soy intérprete en el juzgado y el detenido es de {} cuál es la capital de allí | argelia=DZ; la república de georgia=GE; albania=AL
work | alexa en la ong mandamos material a {} cuál es la capital para el envío | sudán del sur=SS; república centroafricana=CF; chad=TD
work | alexa soy azafata y mañana vuelo a {} cuál es la capital | islas marshall=MH; micronesia=FM; palaos=PW
work | alexa en la agencia de viajes una pareja quiere ir de luna de miel a {} cuál es la capital | maldivas=MV; mauricio=MU; seychelles=SC
# school, games and home in Spain
school | alexa estoy haciendo el mapa mudo de áfrica y me falta la capital de {} | botsuana=BW; zambia=ZM; zimbabue=ZW
school | alexa para la recuperación de geografía de la eso cuál es la capital de {} | eritrea=ER; yibuti=DJ; somalia=SO
school | alexa el profesor nos ha puesto un trabajo sobre {} y necesito la capital | ruanda=RW; uganda=UG; malaui=MW
game | alexa estamos jugando al stop y me falta la capital de {} | lesoto=LS; burkina faso=BF; níger=NE
game | alexa en el escape room nos piden la capital de {} para abrir el candado | liechtenstein=LI; andorra=AD; mónaco=MC
game | alexa en el pub quiz de los jueves la pregunta siete es la capital de {} | san marino=SM; malta=MT; el vaticano=VA
game | alexa apuesta de la cena cuál es la capital de {} | nueva zelanda=NZ; papúa nueva guinea=PG; islas salomón=SB
game | alexa estamos jugando al party y me ha tocado la capital de {} | kiribati=KI; tuvalu=TV; nauru=NR
home | alexa estamos viendo el mundial y juega {} cuál es su capital | croacia=HR; serbia=RS; suiza=CH
home | alexa estoy tendiendo la ropa y me ha dado por pensar en la capital de {} | jamaica=JM; barbados=BB; bahamas=BS
accessibility | alexa soy ciego y uso mucho el altavoz dime por favor la capital de {} | trinidad y tobago=TT; la isla de granada=GD; santa lucía=LC
accessibility | alexa tengo poca vista y no puedo leer el atlas cuál es la capital de {} | san vicente y las granadinas=VC; antigua y barbuda=AG; san cristóbal y nieves=KN
# ================================================================ es-MX
# Oaxaca: the Guelaguetza, mezcal makers, the Benito Juárez market, Zapotec and Mixtec families, the Isthmus wind farms
oaxaqueno | alexa en la guelaguetza vino un grupo de baile de {} cuál es la capital de ese país | bolivia=BO; guatemala=GT; perú=PE | es-MX
oaxaqueno | alexa vendo mezcal en santiago matatlán y un cliente es de {} cuál es su capital | estados unidos=US; japón=JP; francia=FR | es-MX
oaxaqueno | alexa mi abuelita habla zapoteco y quiere saber la capital de {} | méxico=MX; guatemala=GT; belice=BZ | es-MX
oaxaqueno | alexa en el mercado benito juárez un güero de {} me preguntó algo de su capital cuál es | canadá=CA; alemania=DE; suecia=SE | es-MX
oaxaqueno | alexa en el parque eólico del istmo trabajan ingenieros de {} cuál es la capital de allá | españa=ES; dinamarca=DK; italia=IT | es-MX
oaxaqueno | alexa somos mixtecos y mi tío se fue a {} cuál es la capital de ese estado | california=US-CA; oregón=US-OR; washington=US-WA | es-MX
oaxaqueno | alexa oye cuál es la capital de {} que la maestra nos dejó investigar | oaxaca=MX-OAX; chiapas=MX-CHP; tabasco=MX-TAB | es-MX
# Puebla: the Volkswagen plant, Talavera workshops, families with sons in New York, Cholula students
poblano | alexa en la planta de volkswagen vienen ingenieros de {} cuál es la capital | alemania=DE; eslovaquia=SK; chequia=CZ | es-MX
poblano | alexa mi hermano vive en {} como todos los de mi pueblo cuál es la capital de allá | nueva york=US-NY; nueva jersey=US-NJ; connecticut=US-CT | es-MX
poblano | alexa en el taller de talavera nos hicieron un pedido de {} cuál es la capital | portugal=PT; países bajos=NL; marruecos=MA | es-MX
poblano | alexa estudio en cholula y mi roomie es de {} cuál es la capital de su país | corea del sur=KR; colombia=CO; venezuela=VE | es-MX
poblano | alexa ándale pues dime la capital de {} | tlaxcala=MX-TLA; puebla=MX-PUE; veracruz=MX-VER | es-MX
# Yucatán: Mérida hotels, Chichén Itzá guides, henequén haciendas, retirees from the north (mare, uay)
yucateco | alexa mare qué calor oye cuál es la capital de {} | cuba=CU; belice=BZ; honduras=HN | es-MX
yucateco | alexa uay no sé la capital de {} | líbano=LB; siria=SY; corea=KP+KR | es-MX
yucateco | alexa soy guía en chichén itzá y un turista de {} me preguntó su capital | israel=IL; india=IN; rusia=RU | es-MX
yucateco | alexa en el hotel de mérida llegaron turistas de {} cuál es su capital | quebec=CA-QC; ontario=CA-ON; columbia británica=CA-BC | es-MX
yucateco | alexa en la hacienda de henequén hacen una boda de gente de {} cuál es la capital | francia=FR; bélgica=BE; austria=AT | es-MX
yucateco | alexa mi vecino es libanés de mérida y dice que la capital de {} no es beirut cuál es | líbano=LB | es-MX
# the north: Sonora, Coahuila, Durango, Zacatecas, Baja California (compa, morro, plebe, bato)
norteno | alexa oye compa cuál es la capital de {} | arizona=US-AZ; nuevo méxico=US-NM; texas=US-TX | es-MX
norteno | alexa estoy en hermosillo a cuarenta y seis grados y mi morro quiere saber la capital de {} | sonora=MX-SON; sinaloa=MX-SIN; baja california=MX-BCN | es-MX
norteno | alexa en la planta de saltillo armamos camionetas para {} cuál es la capital | canadá=CA; estados unidos=US; brasil=BR | es-MX
norteno | alexa en la mina de zacatecas el gerente es de {} cuál es la capital de allá | canadá=CA; australia=AU; perú=PE | es-MX
norteno | alexa en durango filmaron una película de {} cuál es la capital de ese país | estados unidos=US; italia=IT; francia=FR | es-MX
norteno | alexa plebe dime la capital de {} ahí nomás rapidito | coahuila=MX-COA; durango=MX-DUR; zacatecas=MX-ZAC | es-MX
norteno | alexa bato cuál es la capital de {} que apostamos unas carnes asadas | argentina=AR; uruguay=UY; paraguay=PY | es-MX
norteno | alexa vivo en mexicali y trabajo del otro lado cuál es la capital de {} | california=US-CA; nevada=US-NV; utah=US-UT | es-MX
norteno | alexa soy de zacatecas y mis primos están en {} cuál es la capital de ese estado | illinois=US-IL; colorado=US-CO; oklahoma=US-OK | es-MX
# Mexico City: students, taxi drivers, the metro, tianguis, offices (wey, neta, chido)
chilango | alexa neta cuál es la capital de {} wey | kenia=KE; ghana=GH; nigeria=NG | es-MX
chilango | alexa voy en el metro a ciudad universitaria y me preguntaron la capital de {} | etiopía=ET; eritrea=ER; sudán=SD | es-MX
chilango | alexa en el tianguis un señor vende cosas de {} cuál es la capital de allá | guatemala=GT; perú=PE; india=IN | es-MX
chilango | alexa soy taxista en la ciudad de méxico y traigo un pasajero de {} cuál es la capital de su país | chile=CL; argentina=AR; costa rica=CR | es-MX
chilango | alexa estudio relaciones internacionales en la unam y necesito la capital de {} | kazajistán=KZ; azerbaiyán=AZ; armenia=AM | es-MX
chilango | alexa en la oficina de polanco tenemos junta con gente de {} cuál es su capital | emiratos árabes=AE; arabia saudita=SA; catar=QA | es-MX
chilango | alexa ando en el pesero y ya se me olvidó la capital de {} | nicaragua=NI; panamá=PA; el salvador=SV | es-MX
# Tabasco and Tlaxcala: oil workers in Villahermosa, a Tlaxcala textile worker
tabasqueno | alexa trabajo en pemex en villahermosa y vino un ingeniero de {} cuál es la capital | noruega=NO; venezuela=VE; nigeria=NG | es-MX
tabasqueno | alexa en la plataforma de campeche hay compañeros de {} cuál es la capital de allá | escocia=GB-SCT; noruega=NO; trinidad y tobago=TT | es-MX
tabasqueno | alexa en la textilera de tlaxcala mandamos telas a {} cuál es su capital | guatemala=GT; honduras=HN; bangladesh=BD | es-MX
# migrants in Mexico: Venezuelan, Guatemalan, Cuban doctors, Argentine, Korean-Mexican, Salvadoran
migrante-mx | alexa soy venezolano y vendo arepas en la roma chamo cuál es la capital de {} | venezuela=VE; colombia=CO; ecuador=EC | es-MX
migrante-mx | alexa soy guatemalteco voy de paso para el norte cuál es la capital de {} | guatemala=GT; el salvador=SV; honduras=HN | es-MX
migrante-mx | alexa soy doctor cubano en méxico asere cuál es la capital de {} | cuba=CU; angola=AO; haití=HT | es-MX
migrante-mx | alexa boludo qué sé yo cuál es la capital de {} | uruguay=UY; paraguay=PY; chile=CL | es-MX
migrante-mx | alexa mi mamá es coreana y mi papá de monterrey cuál es la capital de {} | corea del sur=KR; japón=JP; china=CN | es-MX
migrante-mx | alexa soy salvadoreña y trabajo en una casa en coyoacán cuál es la capital de {} | el salvador=SV; nicaragua=NI; costa rica=CR | es-MX
migrante-mx | alexa soy jubilado canadiense en mérida y aprendo español cuál es la capital de {} | saskatchewan=CA-SK; manitoba=CA-MB; alberta=CA-AB | es-MX
# elders in Mexico (mijo, usted, comadre)
elder | alexa mijo dime la capital de {} que mi comadre no me cree | rusia=RU; ucrania=UA; polonia=PL | es-MX
elder | alexa oiga usted cuál es la capital de {} | egipto=EG; israel=IL; jordania=JO | es-MX
elder | alexa fíjese que mi nieto se fue de misionero a {} cuál es la capital | filipinas=PH; brasil=BR; mongolia=MN | es-MX
elder | alexa en el rosario las señoras preguntaban la capital de {} | el vaticano=VA; italia=IT; irlanda=IE | es-MX
# children and teens in Mexico
child | alexa soy valentina tengo seis años cuál es la capital de {} | japón=JP; australia=AU; egipto=EG | es-MX
child | alexa mi maestra dice que {} tiene capital y yo no sé cuál es | jalisco=MX-JAL; nuevo león=MX-NLE; yucatán=MX-YUC | es-MX
teen | alexa está cañón no me sé la capital de {} | tanzania=TZ; uganda=UG; ruanda=RW | es-MX
teen | alexa qué oso no me sé la capital de {} | suiza=CH; austria=AT; liechtenstein=LI | es-MX
teen | alexa güey cuál es la capital de {} rápido que estoy en el examen en línea | bangladés=BD; sri lanka=LK; pakistán=PK | es-MX
# school, games, home in Mexico
school | alexa para la tarea de geografía de cuarto de primaria cuál es la capital de {} | michoacán=MX-MIC; guerrero=MX-GRO; morelos=MX-MOR | es-MX
school | alexa estudio para la olimpiada del conocimiento cuál es la capital de {} | nayarit=MX-NAY; colima=MX-COL; aguascalientes=MX-AGU | es-MX
school | alexa en la telesecundaria el profe pidió la capital de {} | san luis potosí=MX-SLP; querétaro=MX-QUE; hidalgo=MX-HID | es-MX
school | alexa necesito la capital de {} para la maqueta del sistema de estados | quintana roo=MX-ROO; campeche=MX-CAM; chihuahua=MX-CHH | es-MX
school | alexa para la exposición de mañana sobre {} cuál es su capital | mozambique=MZ; zambia=ZM; zimbabue=ZW | es-MX
game | alexa estamos jugando maratón y salió la capital de {} | mauritania=MR; níger=NE; chad=TD | es-MX
game | alexa en caras y gestos me tocó actuar la capital de {} cuál es | gabón=GA; camerún=CM; congo=CD+CG | es-MX
game | alexa en la kermés de la escuela hay un concurso y preguntan la capital de {} | guinea=GN; guinea ecuatorial=GQ; guinea bisáu=GW | es-MX
home | alexa mientras hago las tortillas dime la capital de {} | surinam=SR; guyana=GY; ecuador=EC | es-MX
home | alexa estamos viendo el partido de la selección contra {} cuál es su capital | jamaica=JM; panamá=PA; honduras=HN | es-MX
work | alexa trabajo en la aduana de manzanillo y el contenedor viene de {} cuál es la capital | vietnam=VN; malasia=MY; indonesia=ID | es-MX
work | alexa soy enfermera en el imss y tengo un paciente de {} cuál es la capital de su país | haití=HT; cuba=CU; venezuela=VE | es-MX
work | alexa en el call center atiendo clientes de {} cuál es la capital | texas=US-TX; florida=US-FL; georgia el estado=US-GA | es-MX
work | alexa manejo tráiler a la frontera y el dueño de la carga es de {} cuál es la capital | michigan=US-MI; ohio=US-OH; indiana=US-IN | es-MX
# ================================================================ es-US
# the Rio Grande Valley and El Paso: McAllen, Brownsville, Edinburg, commuters over the bridge (Tex-Mex switching)
fronterizo | alexa ey what's the capital de {} que mi amá me está preguntando | chihuahua=MX-CHH; tamaulipas=MX-TAM; coahuila=MX-COA | es-US
fronterizo | alexa cruzo el puente todos los días pa trabajar y no sé la capital de {} | texas=US-TX; nuevo méxico=US-NM; oklahoma=US-OK | es-US
fronterizo | alexa estoy en la línea del puente y me dio curiosidad la capital de {} | durango=MX-DUR; sinaloa=MX-SIN; zacatecas=MX-ZAC | es-US
fronterizo | alexa en la utrgv el professor pidió la capital de {} | luisiana=US-LA; arkansas=US-AR; misisipi=US-MS | es-US
fronterizo | alexa mi apá dice que la capital de {} es monterrey and i don't think so | nuevo león=MX-NLE | es-US
fronterizo | alexa okay so la capital de {} cuál es | kansas=US-KS; nebraska=US-NE; iowa=US-IA | es-US
fronterizo | alexa en el flea market un vato vende banderas de {} what's the capital | el salvador=SV; guatemala=GT; honduras=HN | es-US
# Hialeah and Miami Cubans, Venezuelans in Doral (asere, qué bolá, chico, chamo)
caribeno-us | alexa asere qué bolá cuál es la capital de {} | cuba=CU; jamaica=JM; haití=HT | es-US
caribeno-us | alexa oye chico cuál es la capital de {} que estoy en la factoría | república dominicana=DO; puerto rico=PR; bahamas=BS | es-US
caribeno-us | alexa chamo en doral todo el mundo sabe la capital de {} menos yo | venezuela=VE; colombia=CO; panamá=PA | es-US
caribeno-us | alexa mi abuela de hialeah quiere saber la capital de {} | florida=US-FL; georgia el estado=US-GA; carolina del sur=US-SC | es-US
caribeno-us | alexa en la ventanita del café discutimos cuál es la capital de {} | nicaragua=NI; argentina=AR; españa=ES | es-US
# Washington Heights and the Bronx Dominicans, Jackson Heights Colombians and Ecuadorians (mira loco, vaina, parce, qué pena)
caribeno-us | alexa mira loco cuál es la capital de {} | república dominicana=DO; puerto rico=PR; haití=HT | es-US
caribeno-us | alexa esa vaina de la capital de {} cuál es que no me acuerdo | santa lucía=LC; dominica=DM; trinidad y tobago=TT | es-US
caribeno-us | alexa que lo que dime la capital de {} | nueva york=US-NY; pensilvania=US-PA; maryland=US-MD | es-US
andino-us | alexa parce cuál es la capital de {} | colombia=CO; ecuador=EC; perú=PE | es-US
andino-us | alexa qué pena con usted pero cuál es la capital de {} | costa rica=CR; bolivia=BO; chile=CL | es-US
andino-us | alexa en jackson heights hay un restaurante de {} cuál es la capital de allá | nepal=NP; bután=BT; india=IN | es-US
andino-us | alexa soy ecuatoriano de queens y trabajo en construcción cuál es la capital de {} | ecuador=EC; nueva jersey=US-NJ; connecticut=US-CT | es-US
# farm and factory towns: Yakima apples, Dalton carpet mills, Iowa meatpacking, Charlotte roofers, Dodge City
campo-us | alexa en la pisca de manzana en yakima un compa es de {} cuál es la capital | oaxaca=MX-OAX; guerrero=MX-GRO; michoacán=MX-MIC | es-US
campo-us | alexa trabajo en la fábrica de alfombras de dalton y el supervisor es de {} cuál es la capital | tennessee=US-TN; alabama=US-AL; carolina del norte=US-NC | es-US
campo-us | alexa en la empacadora de carne de iowa hay gente de {} cuál es la capital de su país | birmania=MM; sudán=SD; somalia=SO | es-US
campo-us | alexa estamos en el roofing en charlotte y el jefe pregunta la capital de {} | virginia=US-VA; virginia occidental=US-WV; kentucky=US-KY | es-US
campo-us | alexa en dodge city el matadero tiene trabajadores de {} cuál es la capital de allá | guatemala=GT; vietnam=VN; cuba=CU | es-US
campo-us | alexa en la lechería de wisconsin el patrón quiere saber la capital de {} | wisconsin=US-WI; minnesota=US-MN; michigan=US-MI | es-US
# heritage speakers and Spanglish at home
heritage | alexa my abuela wants to know la capital de {} | honduras=HN; nicaragua=NI; guatemala=GT | es-US
heritage | alexa cómo se dice in spanish the capital of {} | france=FR; germany=DE; japan=JP | es-US
heritage | alexa i'm doing my spanish homework cuál es la capital de {} | uruguay=UY; paraguay=PY; venezuela=VE | es-US
heritage | alexa mi tía from {} says the capital is different which one is it | montana=US-MT; wyoming=US-WY; dakota del norte=US-ND | es-US
heritage | alexa my dad is from {} y no sé la capital can you tell me | el salvador=SV; colombia=CO; cuba=CU | es-US
# learners and ESL classes in the US
learner | alexa i am learning español tell me la capital de {} por favor | españa=ES; méxico=MX; argentina=AR | es-US
learner | alexa en la clase de esl mi compañera es de {} cuál es la capital de su país | afganistán=AF; ucrania=UA; eritrea=ER | es-US
learner | alexa yo estudio el ged y pregunta la capital de {} | delaware=US-DE; vermont=US-VT; maine=US-ME | es-US
# work in the US: Uber, nannies, a quinceañera DJ, the army, a hospital, an Amazon warehouse
work | alexa manejo uber en miami y un pasajero es de {} cuál es su capital | brasil=BR; rusia=RU; israel=IL | es-US
work | alexa soy nanny y el niño me pregunta la capital de {} | hawái=US-HI; alaska=US-AK; oregón=US-OR | es-US
work | alexa soy dj de quinceañeras y la familia es de {} qué capital tiene ese estado | jalisco=MX-JAL; zacatecas=MX-ZAC; puebla=MX-PUE | es-US
work | alexa estoy en el army en fort bliss y me mandan a {} cuál es la capital | corea del sur=KR; alemania=DE; polonia=PL | es-US
work | alexa soy intérprete en el hospital y la paciente es de {} cuál es la capital de allá | mauritania=MR; senegal=SN; guinea=GN | es-US
work | alexa en el warehouse de amazon mi lead es de {} cuál es su capital | nigeria=NG; ghana=GH; camerún=CM | es-US
work | alexa limpio oficinas en el downtown y la señora es de {} cuál es la capital | rumanía=RO; bulgaria=BG; albania=AL | es-US
# church, sport, novelas and home in the US
home | alexa en el grupo de jóvenes de la iglesia vamos de misión a {} cuál es la capital | honduras=HN; guatemala=GT; nicaragua=NI | es-US
home | alexa en la liga de fútbol del domingo jugamos contra un equipo de {} cuál es la capital | el salvador=SV; costa rica=CR; belice=BZ | es-US
home | alexa la novela que veo pasa en {} cuál es la capital de allá | turquía=TR; corea del sur=KR; colombia=CO | es-US
home | alexa estamos haciendo tamales y mi suegra pregunta la capital de {} | veracruz=MX-VER; chiapas=MX-CHP; tabasco=MX-TAB | es-US
game | alexa family game night cuál es la capital de {} | massachusetts=US-MA; rhode island=US-RI; nuevo hampshire=US-NH | es-US
game | alexa en el trivia del bar de la esquina preguntaron la capital de {} | dakota del sur=US-SD; carolina del norte=US-NC; indiana=US-IN | es-US
game | alexa jugamos lotería y el que gane tiene que saber la capital de {} | uzbekistán=UZ; turkmenistán=TM; tayikistán=TJ | es-US
school | alexa para el project de social studies necesito la capital de {} | arizona=US-AZ; nevada=US-NV; colorado=US-CO | es-US
school | alexa mi hija está en el bilingual program y le dejaron la capital de {} | bolivia=BO; ecuador=EC; chile=CL | es-US
school | alexa for the state test i need la capital de {} | pensilvania=US-PA; ohio=US-OH; misuri=US-MO | es-US
# ================================================================ shared families
# subdivisions of the seven federations and the UK, in the words people use
subdivision | alexa mi hija hace un máster en {} cuál es la capital de ese estado alemán | sajonia=DE-SN; turingia=DE-TH; hesse=DE-HE | es-MX
subdivision | alexa el equipo de fútbol es de {} cuál es la capital de esa región | renania del norte westfalia=DE-NW; baja sajonia=DE-NI; el sarre=DE-SL | es-US
subdivision | alexa me voy de au pair a {} cuál es la capital del land | baden wurtemberg=DE-BW; schleswig holstein=DE-SH; renania palatinado=DE-RP
subdivision | alexa en el yoga me hablaron de {} en la india cuál es la capital | kerala=IN-KL; goa=IN-GA; rajastán=IN-RJ | es-US
subdivision | alexa cuál es la capital del estado indio de {} | bengala occidental=IN-WB; tamil nadu=IN-TN; maharashtra=IN-MH | es-MX
subdivision | alexa mi compañero de piso es de {} en la india cuál es la capital de allí | punyab=IN-PB; karnataka=IN-KA; uttar pradesh=IN-UP
subdivision | alexa en el carnaval conocí a una de {} en brasil cuál es su capital | bahía=BR-BA; pernambuco=BR-PE; minas gerais=BR-MG
subdivision | alexa cuál es la capital del estado de {} en brasil | amazonas=BR-AM; pará=BR-PA; río grande del sur=BR-RS | es-MX
subdivision | alexa mi cuñado brasileño es de {} cuál es la capital | santa catarina=BR-SC; paraná=BR-PR; ceará=BR-CE | es-US
subdivision | alexa vamos a ver auroras a {} cuál es la capital de ese territorio | yukón=CA-YT; nunavut=CA-NU; los territorios del noroeste=CA-NT | es-US
subdivision | alexa mi sobrino está en {} en canadá trabajando cuál es la capital | nueva escocia=CA-NS; nuevo brunswick=CA-NB; terranova=CA-NL | es-MX
subdivision | alexa la capital de la provincia canadiense de {} cuál es | la isla del príncipe eduardo=CA-PE; alberta=CA-AB; manitoba=CA-MB | es-US
subdivision | alexa me voy de working holiday a {} cuál es la capital de ese estado australiano | tasmania=AU-TAS; australia occidental=AU-WA; victoria=AU-VIC | es-MX
subdivision | alexa en {} en australia cuál es la capital | el territorio del norte=AU-NT; australia meridional=AU-SA; queensland=AU-QLD | es-MX
subdivision | alexa el rugby de {} juega hoy cuál es su capital | irlanda del norte=GB-NIR; gales=GB-WLS; escocia=GB-SCT | es-US
subdivision | alexa qué capital tiene el estado de {} | sonora=MX-SON; nayarit=MX-NAY; tlaxcala=MX-TLA | es-MX
subdivision | alexa cuál es la capital del estado de {} en méxico | baja california sur=MX-BCS; querétaro=MX-QUE; guanajuato=MX-GUA | es-US
subdivision | alexa y el estado de {} qué capital tiene | carolina del sur=US-SC; dakota del sur=US-SD; virginia occidental=US-WV | es-US
subdivision | alexa la capital del estado de {} me la dices | oklahoma=US-OK; nebraska=US-NE; kansas=US-KS | es-US
subdivision | alexa en la clase de inglés nos preguntaron la capital de {} | massachusetts=US-MA; misuri=US-MO; washington el estado=US-WA
subdivision | alexa de {} la capital cuál es | assam=IN-AS; sikkim=IN-SK; odisha=IN-OD | es-MX
subdivision | alexa cuál es la capital de {} la de alemania | bremen=DE-HB; hamburgo=DE-HH; brandeburgo=DE-BB
subdivision | alexa en la india el estado de {} qué capital tiene | telangana=IN-TS; bihar=IN-BR; jharkhand=IN-JH | es-US
subdivision | alexa cuál es la capital del territorio de {} en la india | ladakh=IN-LA; jammu y cachemira=IN-JK; las laquedivas=IN-LD | es-MX
subdivision | alexa cuál es la capital de {} la ciudad de méxico o sea el df | la ciudad de méxico=MX-CMX | es-MX
subdivision | alexa el estado de {} en brasil cuál es su capital | goiás=BR-GO; mato grosso=BR-MT; tocantins=BR-TO | es-MX
subdivision | alexa sabes la capital de {} en alemania | mecklemburgo=DE-MV; sajonia anhalt=DE-ST; baviera=DE-BY | es-US
# dependent territories and other non-sovereign places
territory | alexa mi primo está destinado en {} cuál es la capital de allí | gibraltar=GI; las malvinas=FK; bermudas=BM
territory | alexa en el crucero paramos en {} cuál es la capital | aruba=AW; curazao=CW; las islas caimán=KY | es-US
territory | alexa cuál es la capital de {} que vamos de vacaciones | la polinesia francesa=PF; nueva caledonia=NC; la martinica=MQ | es-MX
territory | alexa en el documental salía {} cuál es su capital | la isla de pascua=FB; groenlandia=GL; las islas pitcairn=PN | es-MX
territory | alexa el vuelo hace escala en {} cuál es la capital | guam=GU; las islas marianas del norte=MP; la samoa americana=AS | es-US
territory | alexa en la guayana francesa lanzan cohetes cuál es la capital de {} | la guayana francesa=GF
territory | alexa cuál es la capital de {} que es de francia | mayotte=YT; la reunión=RE; wallis y futuna=WF | es-US
territory | alexa mi hermano trabaja en un banco en {} cuál es la capital | jersey=JE; guernsey=GG; la isla de man=IM
territory | alexa las islas {} tienen capital cuál es | turcas y caicos=TC; vírgenes británicas=VG; cook=CK | es-MX
territory | alexa cuál es la capital de {} la isla | santa elena=SH; niue=NU; anguila=AI | es-MX
territory | alexa y {} tiene capital | hong kong=HK; macao=MO; puerto rico=PR | es-US
territory | alexa cuál es la capital de {} en el pacífico | tokelau=TK; la isla norfolk=NF; la isla de navidad=CX | es-US
territory | alexa qué capital tiene {} | las islas åland=AX; svalbard=SJ; san pedro y miquelón=PM | es-MX
territory | alexa la capital de {} de los países bajos cuál es | sint maarten=SX; bonaire=BQ; aruba=AW | es-MX
territory | alexa la capital de las islas vírgenes de estados unidos cuál es | VI | es-US
# plural: every several-capital country
plural-capitals | alexa cuáles son las dos capitales de {} que siempre me lío | bolivia=BO; benín=BJ; sri lanka=LK
plural-capitals | alexa dime todas las capitales que tiene {} | sudáfrica=ZA; países bajos=NL; malasia=MY
plural-capitals | alexa es verdad que {} tiene dos capitales cuáles son | costa de marfil=CI; esuatini=SZ; palestina=PS
plural-capitals | alexa para el examen necesito las capitales de {} porque tiene varias | sudáfrica=ZA; bolivia=BO; benín=BJ | es-MX
plural-capitals | alexa qué capitales tiene {} la oficial y la otra | sri lanka=LK; malasia=MY; holanda=NL | es-MX
plural-capitals | alexa las capitales de {} cuáles son | suazilandia=SZ; côte d'ivoire=CI; palestina=PS | es-MX
plural-capitals | alexa what are las capitales de {} | south africa=ZA; bolivia=BO; the netherlands=NL | es-US
plural-capitals | alexa mi maestro dijo que {} tiene más de una capital cuáles son | benín=BJ; costa de marfil=CI; malasia=MY | es-US
plural-capitals | alexa cuáles son todas las capitales de {} que no me acuerdo de la segunda | sri lanka=LK; eswatini=SZ; palestina=PS | es-US
plural-capitals | alexa mira chacho cuántas capitales tiene sudáfrica y cuáles son | ZA
plural-capitals | alexa en bolivia cuáles son las capitales la paz y sucre o cuál | BO | es-MX
plural-capitals | alexa las dos capitales de benín me las dices | BJ | es-US
plural-capitals | alexa qué dos ciudades son capitales de costa de marfil | CI
plural-capitals | alexa cuáles son las capitales de los países bajos ámsterdam y cuál más | NL | es-MX
plural-capitals | alexa guaje cuáles son las capitales de bolivia la constitucional y la del gobierno | BO
plural-capitals | alexa mi abuelita dice que bolivia tiene dos capitales cuáles son | BO | es-US
plural-capitals | alexa malasia tiene dos capitales no cuáles son | MY | es-US
plural-capitals | alexa las capitales de sri lanka colombo y la otra que es muy larga | LK
plural-capitals | alexa esuatini tiene capital administrativa y real cuáles son | SZ | es-MX
plural-capitals | alexa las capitales de palestina cuáles serían | PS | es-US
# follow-ups, said without the wake word right after an answer
follow-up | y la de {} | extremadura=FB; galicia=FB; murcia=FB
follow-up | y la de {} cuál es porfa | oaxaca=MX-OAX; yucatán=MX-YUC; sonora=MX-SON | es-MX
follow-up | and {} | texas=US-TX; florida=US-FL; new york=US-NY | es-US
follow-up | y de {} | portugal=PT; marruecos=MA; argelia=DZ
follow-up | vale y la de {} | noruega=NO; suecia=SE; finlandia=FI
follow-up | órale y {} | guatemala=GT; belice=BZ; honduras=HN | es-MX
follow-up | okay y la de {} | puerto rico=PR; cuba=CU; república dominicana=DO | es-US
follow-up | y ahora la de {} | kenia=KE; tanzania=TZ; uganda=UG | es-MX
follow-up | y la capital de su vecino {} | paraguay=PY; uruguay=UY; chile=CL | es-MX
follow-up | y qué me dices de {} | nepal=NP; bután=BT; bangladés=BD | es-US
follow-up | también la de {} | sajonia=DE-SN; hesse=DE-HE; baviera=DE-BY | es-US
follow-up | ah vale y la de {} entonces | escocia=GB-SCT; irlanda del norte=GB-NIR; gales=GB-WLS
follow-up | ándale y la de {} | veracruz=MX-VER; puebla=MX-PUE; tabasco=MX-TAB | es-MX
follow-up | what about {} | alabama=US-AL; georgia=GE+US-GA; kentucky=US-KY | es-US
# yes-no checks
yes-no-check | alexa la capital de australia es sídney a que sí | AU | es-MX
yes-no-check | alexa la capital de canadá es toronto verdad | CA
yes-no-check | alexa es ginebra la capital de suiza | CH | es-US
yes-no-check | alexa la capital de marruecos es rabat o casablanca | MA
yes-no-check | alexa la capital de turquía es estambul no | TR
yes-no-check | alexa la capital de brasil es río o brasilia | BR | es-MX
yes-no-check | alexa es cierto que la capital de nigeria ya no es lagos | NG | es-MX
yes-no-check | alexa la capital de jalisco es guadalajara verdad que sí | MX-JAL | es-MX
yes-no-check | alexa la capital de veracruz es el puerto de veracruz o xalapa | MX-VER | es-MX
yes-no-check | alexa la capital de nueva york es la ciudad de nueva york right | US-NY | es-US
yes-no-check | alexa is miami the capital of florida o no | US-FL | es-US
yes-no-check | alexa la capital de illinois es chicago cierto | US-IL | es-US
yes-no-check | alexa la capital de pakistán es karachi no | PK
yes-no-check | alexa la capital de vietnam es ho chi minh o hanói | VN | es-US
# self-corrections
self-correction | alexa la capital de austria perdón de australia | AU
self-correction | alexa la capital de eslovenia no espera eslovaquia | SK
self-correction | alexa cuál es la capital de nigeria digo de níger | NE | es-US
self-correction | alexa la capital de islandia uy no de irlanda | IE
self-correction | alexa capital de guyana no de guayana francesa | GF | es-MX
self-correction | alexa la capital de sonora no me equivoqué de sinaloa | MX-SIN | es-MX
self-correction | alexa cuál es la capital de irán ay no irak | IQ | es-MX
self-correction | alexa la capital de iowa sorry de ohio | US-OH | es-US
self-correction | alexa capital de dakota del norte no wait del sur | US-SD | es-US
self-correction | alexa la capital de mali bueno malawi | MW | es-US
self-correction | alexa la capital de suecia que digo de suiza | CH
self-correction | alexa cuál es la capital de gambia quise decir zambia | ZM | es-MX
# reverse questions
reverse-question | alexa de qué país es capital uagadugú | CITY:Uagadugú
reverse-question | alexa ulán bator es la capital de dónde | CITY:Ulán Bator
reverse-question | alexa tegucigalpa de qué país es | CITY:Tegucigalpa | es-MX
reverse-question | alexa de qué estado es capital mérida | CITY:Mérida | es-MX
reverse-question | alexa santa fe es capital de qué estado | CITY:Santa Fe | es-US
reverse-question | alexa victoria de qué sitio es la capital | CITY:Victoria
reverse-question | alexa kingston es capital de qué país | CITY:Kingston | es-US
reverse-question | alexa de dónde es capital chandigarh | CITY:Chandigarh | es-MX
reverse-question | alexa tiflis qué país es | CITY:Tiflis
reverse-question | alexa de qué es capital saint john's | CITY:Saint John's | es-US
reverse-question | alexa hermosillo capital de qué estado | CITY:Hermosillo | es-MX
reverse-question | alexa de qué país es capital astana | CITY:Astana
# official names
official-name | alexa cuál es la capital oficial de {} | la república federal de alemania=DE; la confederación suiza=CH; el reino de marruecos=MA
official-name | alexa dime la capital de {} | la república popular china=CN; la federación de rusia=RU; el estado plurinacional de bolivia=BO | es-MX
official-name | alexa la capital de {} cuál es | la república bolivariana de venezuela=VE; la república oriental del uruguay=UY; el gran ducado de luxemburgo=LU | es-MX
official-name | alexa cuál es la capital del {} | reino hachemita de jordania=JO; sultanato de omán=OM; reino de tailandia=TH
official-name | alexa capital de {} | la república islámica de irán=IR; la república árabe de egipto=EG; la república socialista de vietnam=VN | es-US
official-name | alexa la capital de los {} | estados unidos mexicanos=MX; estados unidos de américa=US; emiratos árabes unidos=AE | es-US
official-name | alexa cuál es la capital del estado libre asociado de puerto rico | PR | es-US
official-name | alexa cuál es la capital del reino unido de gran bretaña e irlanda del norte | GB
official-name | alexa la capital de la república democrática popular lao | LA | es-US
official-name | alexa cuál es la capital de la república federal democrática de etiopía | ET | es-MX
official-name | alexa la capital del estado libre y soberano de oaxaca | MX-OAX | es-MX
official-name | alexa la capital de la commonwealth de virginia | US-VA | es-US
# everyday names
everyday-name | alexa oye cuál es la capital de {} | holanda=NL; birmania=MM; suazilandia=SZ | es-MX
everyday-name | alexa la capital de {} me la dices | inglaterra=GB-ENG; gran bretaña=GB; la madre patria=ES | es-US
everyday-name | alexa qué capital tiene {} como se decía antes | ceilán=LK; siam=TH; persia=IR
everyday-name | alexa cuál era la capital de {} | zaire=CD; dahomey=BJ; rodesia=ZW
everyday-name | alexa cuál es la capital de {} ya sabes | los yunaites=US; los emiratos=AE; el vaticano=VA | es-US
everyday-name | alexa la capital de {} cuál será | la república checa=CZ; moldova=MD; bielorrusia=BY
everyday-name | alexa y la capital de {} | borinquen=PR; la república=DO; el df=MX-CMX | es-US
everyday-name | alexa cuál es la capital de arabia | SA | es-MX
everyday-name | alexa cuál es la capital de timor | TL
# names shared by several places
shared-name | alexa a ver cuál es la capital de {} | georgia=GE+US-GA; el congo=CD+CG; las islas vírgenes=VG+VI
shared-name | alexa dime la capital de {} please | las carolinas=US-NC+US-SC; las dakotas=US-ND+US-SD; las samoas=AS+WS | es-US
shared-name | alexa y la capital de {} cuál es | san martín=MF+SX; corea=KP+KR; el distrito federal=BR-DF+MX-CMX | es-MX
shared-name | alexa cuál es la capital de las dos coreas la del norte y la del sur | KP+KR
shared-name | alexa los dos congos qué capitales tienen | CD+CG | es-MX
shared-name | alexa la isla de san martín tiene dos capitales una francesa y otra holandesa | MF+SX | es-US
shared-name | alexa cuál es la capital de la república del congo | CG
shared-name | alexa capital de georgia la de estados unidos no la del cáucaso | US-GA | es-US
shared-name | alexa y del congo el de kinshasa o el otro | CD+CG
# ================================================================ out-of-domain (FB)
out-of-domain | alexa cuál es la capital de la comunidad de {} | extremadura=FB; asturias=FB; la región de murcia=FB
out-of-domain | alexa la capital de la provincia de {} cuál es | lugo=FB; ourense=FB; cáceres=FB
out-of-domain | alexa cuál es la capital de la isla de {} | lanzarote=FB; la palma=FB; el hierro=FB
out-of-domain | alexa qué tiempo va a hacer el sábado en {} que vamos de excursión | la laguna=FB; covadonga=FB; plasencia=FB
out-of-domain | alexa qué idioma se habla en {} | andorra=FB; suiza=FB; bélgica=FB | es-US
out-of-domain | alexa qué moneda usan en {} | marruecos=FB; rumanía=FB; polonia=FB | es-MX
out-of-domain | alexa a qué hora sale la guagua para las palmas | FB
out-of-domain | alexa pon la radio canaria | FB
out-of-domain | alexa pon música de los sabandeños | FB
out-of-domain | alexa cuánto queda para el carnaval de santa cruz | FB
out-of-domain | alexa pon una muñeira | FB
out-of-domain | alexa qué marea hay hoy en vigo | FB
out-of-domain | alexa cuántos kilómetros faltan para santiago desde sarria | FB
out-of-domain | alexa pon el telexornal | FB
out-of-domain | alexa cómo se escancia la sidra | FB
out-of-domain | alexa quién ganó el derbi entre el sporting y el oviedo | FB
out-of-domain | alexa cuál es la capital del principado | FB
out-of-domain | alexa a qué temperatura se cura el jamón | FB
out-of-domain | alexa cuándo es la feria de zafra | FB
out-of-domain | alexa pon un temporizador de veinte minutos para las migas | FB
out-of-domain | alexa acho qué hora es | FB
out-of-domain | alexa cuándo son las fiestas de primavera de murcia | FB
out-of-domain | alexa qué tal está el agua del mar menor hoy | FB
out-of-domain | alexa cuánto capital social necesito para montar una sociedad limitada | FB
out-of-domain | alexa cuáles son los siete pecados capitales | FB
out-of-domain | alexa quién escribió el capital | FB
out-of-domain | alexa en qué países hay pena capital | FB
out-of-domain | alexa qué es una letra capital | FB
out-of-domain | alexa cuánto es el capital de la hipoteca que me queda | FB
out-of-domain | alexa qué es el capital riesgo | FB
out-of-domain | alexa apúntame huevos en la lista de la compra | FB
out-of-domain | alexa recuérdame mañana llamar al centro de salud | FB
out-of-domain | alexa cuándo juega el madrid | FB
out-of-domain | alexa pon los cuarenta principales | FB
out-of-domain | alexa cuánto cuesta un billete de ave a barcelona | FB
out-of-domain | alexa qué bandera tiene tres franjas verde blanca y roja | FB
out-of-domain | alexa cuál es el país más grande de áfrica | FB | es-MX
out-of-domain | alexa cuántos países hay en el mundo | FB | es-US
out-of-domain | alexa qué diferencia horaria hay con {} | argentina=FB; japón=FB; nueva york=FB | es-MX
out-of-domain | alexa cuál es el río más largo de {} | españa=FB; europa=FB; el mundo=FB | es-US
out-of-domain | alexa dime un chiste de capitales | FB
out-of-domain | alexa cuál es la capital del mundo | FB
out-of-domain | alexa qué es la capital europea de la cultura de este año | FB
out-of-domain | alexa enciende la luz del salón | FB
out-of-domain | alexa sube el volumen | FB
out-of-domain | alexa cuál es la capital autonómica de {} | andalucía=FB; la comunidad valenciana=FB; cataluña=FB
out-of-domain | alexa la capital de la provincia argentina de {} cuál es | buenos aires=FB; córdoba=FB; mendoza=FB | es-MX
out-of-domain | alexa cuál es la capital del departamento de {} | antioquia=FB; santa cruz=FB; cusco=FB | es-US
out-of-domain | alexa qué temperatura hace en {} | hermosillo=FB; mérida=FB; oaxaca=FB | es-MX
out-of-domain | alexa pon música de {} | los tigres del norte=FB; juan gabriel=FB; natalia lafourcade=FB | es-MX
out-of-domain | alexa cuánto está el dólar hoy | FB | es-MX
out-of-domain | alexa a qué hora cierra el oxxo | FB | es-MX
out-of-domain | alexa cuándo es la guelaguetza este año | FB | es-MX
out-of-domain | alexa cómo se hace el mole poblano | FB | es-MX
out-of-domain | alexa qué significa tuch en maya | FB | es-MX
out-of-domain | alexa pon la lotería mexicana | FB | es-MX
out-of-domain | alexa cuántos estados tiene méxico | FB | es-MX
out-of-domain | alexa cuál es el estado más grande de méxico | FB | es-MX
out-of-domain | alexa quién fue el primer presidente de méxico | FB | es-MX
out-of-domain | alexa cuál es el volcán más alto de méxico | FB | es-MX
out-of-domain | alexa cuánto mide la pirámide de kukulcán | FB | es-MX
out-of-domain | alexa pon una alarma a las cinco que entro a la planta | FB | es-MX
out-of-domain | alexa cómo está el tráfico en periférico | FB | es-MX
out-of-domain | alexa cuál es la línea del metro que va a ciudad universitaria | FB | es-MX
out-of-domain | alexa cuándo juega el américa | FB | es-MX
out-of-domain | alexa a cómo está el kilo de tortilla | FB | es-MX
out-of-domain | alexa qué santo es hoy | FB | es-MX
out-of-domain | alexa cuánto capital necesito para abrir una taquería | FB | es-MX
out-of-domain | alexa qué es el capital contable | FB | es-MX
out-of-domain | alexa pon el noticiero | FB | es-MX
out-of-domain | alexa qué hora es en madrid | FB | es-MX
out-of-domain | alexa cuál es la capital de la región de {} | la huasteca=FB; la mixteca=FB; la sierra tarahumara=FB | es-MX
out-of-domain | alexa cuál es la capital del imperio maya | FB | es-MX
out-of-domain | alexa cuál fue la capital de la nueva vizcaya | FB | es-MX
out-of-domain | alexa cuál es la capital mundial del tequila | FB | es-MX
out-of-domain | alexa cuál es la capital de la moda | FB | es-MX
out-of-domain | alexa qué país tiene más habitantes china o india | FB | es-MX
out-of-domain | alexa qué idioma hablan en brasil | FB | es-MX
out-of-domain | alexa cuenta un cuento para dormir | FB | es-MX
out-of-domain | alexa cómo se dice capital en inglés | FB | es-MX
out-of-domain | alexa prende el ventilador | FB | es-MX
out-of-domain | alexa cuál es la capital de la salsa | FB | es-MX
out-of-domain | alexa what's the weather in {} | mcallen=FB; el paso=FB; hialeah=FB | es-US
out-of-domain | alexa cuánto cuesta mandar dinero a {} | honduras=FB; guatemala=FB; el salvador=FB | es-US
out-of-domain | alexa play música de {} | bad bunny=FB; celia cruz=FB; juan luis guerra=FB | es-US
out-of-domain | alexa cuándo es el día de acción de gracias | FB | es-US
out-of-domain | alexa add leche to my shopping list | FB | es-US
out-of-domain | alexa pon un timer de diez minutos para el arroz | FB | es-US
out-of-domain | alexa cuánto falta para el cuatro de julio | FB | es-US
out-of-domain | alexa a qué hora abre el walmart | FB | es-US
out-of-domain | alexa cuándo juegan los dolphins | FB | es-US
out-of-domain | alexa cuál es el número de capital one | FB | es-US
out-of-domain | alexa what's my capital one balance | FB | es-US
out-of-domain | alexa qué es capital gains tax | FB | es-US
out-of-domain | alexa cuántos estados tiene estados unidos | FB | es-US
out-of-domain | alexa quién es el gobernador de texas | FB | es-US
out-of-domain | alexa cuál es el estado más pequeño | FB | es-US
out-of-domain | alexa cuál es la ciudad más grande de california | FB | es-US
out-of-domain | alexa how many people live in florida | FB | es-US
out-of-domain | alexa cuál es la capital del condado de hidalgo | FB | es-US
out-of-domain | alexa what's the capital de {} | south texas=FB; the rio grande valley=FB; miami dade=FB | es-US
out-of-domain | alexa cuál es la capital de la isla caribeña de {} | vieques=FB; margarita=FB; san andrés=FB | es-US
out-of-domain | alexa cuál es la capital del béisbol | FB | es-US
out-of-domain | alexa cuál fue la capital de la confederación | FB | es-US
out-of-domain | alexa qué hora es en santo domingo | FB | es-US
out-of-domain | alexa dime el horóscopo de leo | FB | es-US
out-of-domain | alexa turn off the lights de la cocina | FB | es-US
out-of-domain | alexa llama a mi mamá | FB | es-US
out-of-domain | alexa qué vuelos hay para san juan | FB | es-US
out-of-domain | alexa cómo se dice capital city en español | FB | es-US
out-of-domain | alexa qué capital de estado tiene el capitolio más alto | FB | es-US
out-of-domain | alexa cuántas capitales hay en el mundo | FB | es-US
out-of-domain | alexa qué significa asere | FB | es-US
out-of-domain | alexa cuál es la bandera de puerto rico | FB | es-US
out-of-domain | alexa cuándo cierra la oficina de inmigración | FB | es-US
out-of-domain | alexa cuál es el código de área de charlotte | FB | es-US
out-of-domain | alexa en qué continente está guyana | FB | es-US
out-of-domain | alexa qué países hacen frontera con {} | bolivia=FB; austria=FB; alemania=FB | es-US
out-of-domain | alexa quién es el presidente de {} | portugal=FB; chile=FB; colombia=FB | es-MX
out-of-domain | alexa cuál es la comida típica de {} | perú=FB; marruecos=FB; japón=FB | es-US
out-of-domain | alexa cuál es la capital que más me gusta | FB | es-MX
out-of-domain | alexa qué capital está más cerca del polo norte | FB | es-MX
out-of-domain | alexa cuál es la ciudad más poblada de {} | turquía=FB; australia=FB; brasil=FB | es-MX
out-of-domain | alexa qué es una ciudad capital | FB | es-MX
out-of-domain | alexa cuánto pesa un elefante | FB | es-US
# ================================================================ help
help | alexa qué puedo preguntarte de capitales | HELP
help | alexa chacho cómo va esto | HELP
help | alexa no sé qué decirte ayúdame | HELP
help | alexa cómo se juega a esto de las capitales | HELP
help | alexa explícame cómo funciona | HELP
help | alexa qué tengo que hacer ahora | HELP
help | alexa neno qué hay que decir aquí | HELP
help | alexa ayuda por favor que me he perdido | HELP
help | alexa qué sabes hacer en esta skill | HELP
help | alexa guaje no entiendo nada cómo funciona | HELP
help | alexa dime las instrucciones | HELP
help | alexa acho qué se le pregunta a esto | HELP
help | alexa me echas una mano que no sé usarlo | HELP
help | alexa qué opciones tengo | HELP
help | alexa qué países te sabes | HELP
help | alexa cómo le pregunto por una capital | HELP
help | alexa oye cómo le hago aquí | HELP | es-MX
help | alexa ayúdame porfa no le entiendo | HELP | es-MX
help | alexa qué onda cómo funciona esto | HELP | es-MX
help | alexa me explicas cómo se usa mijo | HELP | es-MX
help | alexa qué le puedo preguntar | HELP | es-MX
help | alexa cómo se juega | HELP | es-MX
help | alexa necesito ayuda con las capitales | HELP | es-MX
help | alexa oiga y qué cosas sabe usted | HELP | es-MX
help | alexa no sé usar esto me ayudas | HELP | es-MX
help | alexa cómo es la dinámica | HELP | es-MX
help | alexa qué estados me puedes decir | HELP | es-MX
help | alexa de qué se trata esto | HELP | es-MX
help | alexa no le sé a esto qué hago | HELP | es-MX
help | alexa explíqueme por favor | HELP | es-MX
help | alexa help me con esto | HELP | es-US
help | alexa how does this work en español | HELP | es-US
help | alexa qué puedo decir aquí | HELP | es-US
help | alexa mira cómo funciona esta vaina | HELP | es-US
help | alexa ayúdame que no sé qué preguntar | HELP | es-US
help | alexa what can i ask you | HELP | es-US
help | alexa give me instructions please | HELP | es-US
help | alexa cómo funcionan las preguntas | HELP | es-US
help | alexa i need help | HELP | es-US
help | alexa asere cómo se usa esto | HELP | es-US
help | alexa qué comandos hay | HELP | es-US
help | alexa parce cómo es que funciona | HELP | es-US
help | alexa dame ejemplos de qué preguntar | HELP | es-US
help | alexa no entiendo las reglas | HELP | es-US
help | alexa ayudita por favor | HELP | es-US
# ================================================================ stop
stop | alexa para ya chacho | STOP
stop | alexa calla ya | STOP
stop | alexa basta ya de capitales | STOP
stop | alexa se acabó | STOP
stop | alexa déjalo ya que me voy a dormir | STOP
stop | alexa sal de aquí | STOP
stop | alexa apágate | STOP
stop | alexa ya no quiero jugar más | STOP
stop | alexa termina ya | STOP
stop | alexa fin del juego | STOP
stop | alexa para para para | STOP
stop | alexa cállate que está hablando el abuelo | STOP
stop | alexa vale ya está | STOP
stop | alexa ho para ya | STOP
stop | alexa deja de hablar | STOP
stop | alexa cierra la skill | STOP
stop | alexa detente | STOP | es-MX
stop | alexa ya párate | STOP | es-MX
stop | alexa ya cállate | STOP | es-MX
stop | alexa ya no gracias | STOP | es-MX
stop | alexa ya me voy bye | STOP | es-MX
stop | alexa ahí muere | STOP | es-MX
stop | alexa ya estuvo bueno | STOP | es-MX
stop | alexa ya quítate | STOP | es-MX
stop | alexa termínale | STOP | es-MX
stop | alexa bájale ya | STOP | es-MX
stop | alexa es todo gracias | STOP | es-MX
stop | alexa ya acabamos | STOP | es-MX
stop | alexa apágate ya mija | STOP | es-MX
stop | alexa hasta luego | STOP | es-MX
stop | alexa stop it | STOP | es-US
stop | alexa para de hablar please | STOP | es-US
stop | alexa ya basta okay | STOP | es-US
stop | alexa that's enough | STOP | es-US
stop | alexa done | STOP | es-US
stop | alexa ya terminé | STOP | es-US
stop | alexa quit the game | STOP | es-US
stop | alexa close capitales del mundo | STOP | es-US
stop | alexa apaga eso | STOP | es-US
stop | alexa cállate la boca | STOP | es-US
stop | alexa no more | STOP | es-US
stop | alexa ya no quiero | STOP | es-US
stop | alexa goodbye | STOP | es-US
stop | alexa salir del juego | STOP | es-US
stop | alexa end | STOP | es-US
# ================================================================ cancel
cancel | alexa cancela eso | CANCEL
cancel | alexa olvídalo | CANCEL
cancel | alexa no nada déjalo | CANCEL
cancel | alexa anula la pregunta | CANCEL
cancel | alexa nada que me he equivocado | CANCEL
cancel | alexa cancélalo | CANCEL
cancel | alexa no era eso cancela | CANCEL
cancel | alexa déjalo no importa | CANCEL
cancel | alexa bah olvídalo chacho | CANCEL
cancel | alexa da igual cancela | CANCEL
cancel | alexa no quería preguntar eso | CANCEL
cancel | alexa cancela cancela | CANCEL
cancel | alexa ni caso | CANCEL
cancel | alexa borra eso | CANCEL
cancel | alexa cancelar | CANCEL
cancel | alexa nada nada | CANCEL
cancel | alexa no importa mijo | CANCEL | es-MX
cancel | alexa cancela porfa | CANCEL | es-MX
cancel | alexa mejor no | CANCEL | es-MX
cancel | alexa ya no olvídalo | CANCEL | es-MX
cancel | alexa ni modo cancélalo | CANCEL | es-MX
cancel | alexa olvida lo que te dije | CANCEL | es-MX
cancel | alexa ahí déjalo | CANCEL | es-MX
cancel | alexa nel cancela | CANCEL | es-MX
cancel | alexa me equivoqué cancela | CANCEL | es-MX
cancel | alexa no ya no | CANCEL | es-MX
cancel | alexa no le hagas caso | CANCEL | es-MX
cancel | alexa cancela la búsqueda | CANCEL | es-MX
cancel | alexa no era pa ti | CANCEL | es-MX
cancel | alexa olvídate de eso | CANCEL | es-MX
cancel | alexa cancel that | CANCEL | es-US
cancel | alexa forget that | CANCEL | es-US
cancel | alexa cancel eso | CANCEL | es-US
cancel | alexa no wait cancela | CANCEL | es-US
cancel | alexa nah olvídalo | CANCEL | es-US
cancel | alexa nothing | CANCEL | es-US
cancel | alexa cancela lo último | CANCEL | es-US
cancel | alexa ignore that | CANCEL | es-US
cancel | alexa no te estaba hablando a ti | CANCEL | es-US
cancel | alexa scratch that | CANCEL | es-US
cancel | alexa olvídalo mija | CANCEL | es-US
cancel | alexa déjalo así | CANCEL | es-US
cancel | alexa no importa ya | CANCEL | es-US
cancel | alexa never mind eso | CANCEL | es-US
cancel | alexa cancela la pregunta please | CANCEL | es-US
# ================================================================ launch
launch | alexa abre capitales del mundo | LAUNCH
launch | alexa abre capitales del mundo que vamos a jugar | LAUNCH
launch | alexa chacho abre capitales del mundo | LAUNCH
launch | alexa pon capitales del mundo para los niños | LAUNCH
launch | alexa inicia capitales del mundo | LAUNCH
launch | alexa quiero jugar a capitales del mundo | LAUNCH
launch | alexa abre el juego capitales del mundo | LAUNCH
launch | alexa arranca capitales del mundo | LAUNCH
launch | alexa empieza capitales del mundo | LAUNCH
launch | alexa vamos con capitales del mundo | LAUNCH
launch | alexa abre la skill capitales del mundo por favor | LAUNCH
launch | alexa ábreme capitales del mundo | LAUNCH | es-MX
launch | alexa abre capitales del mundo porfa | LAUNCH | es-MX
launch | alexa pon capitales del mundo | LAUNCH | es-MX
launch | alexa juguemos capitales del mundo | LAUNCH | es-MX
launch | alexa inicia la skill de capitales del mundo | LAUNCH | es-MX
launch | alexa quiero practicar con capitales del mundo | LAUNCH | es-MX
launch | alexa abre capitales del mundo mijo | LAUNCH | es-MX
launch | alexa corre capitales del mundo | LAUNCH | es-MX
launch | alexa activa capitales del mundo | LAUNCH | es-MX
launch | alexa open capitales del mundo | LAUNCH | es-US
launch | alexa start capitales del mundo | LAUNCH | es-US
launch | alexa abre capitales del mundo please | LAUNCH | es-US
launch | alexa let's play capitales del mundo | LAUNCH | es-US
launch | alexa abrir capitales del mundo | LAUNCH | es-US
launch | alexa play capitales del mundo | LAUNCH | es-US
launch | alexa lanza capitales del mundo | LAUNCH | es-US
launch | alexa vamos a jugar capitales del mundo | LAUNCH | es-US
launch | alexa pregúntale a capitales del mundo | LAUNCH | es-US
launch | alexa ejecuta capitales del mundo | LAUNCH | es-US
# added after the first build: three countries not yet asked, more launch lines
migrante-es | alexa mi compañera de la residencia es de {} cuál es la capital de allí | togo=TG; comoras=KM; brunéi=BN
work | alexa en el puerto de manzanillo llegó un barco de {} cuál es su capital | brunéi=BN; togo=TG; las comoras=KM | es-MX
campo-us | alexa en la planta de pollos hay un compañero de {} cuál es la capital | togo=TG; benín=BJ; ghana=GH | es-US
launch | alexa abre capitales del mundo que tengo examen de sociales | LAUNCH
launch | alexa ños abre capitales del mundo | LAUNCH
launch | alexa oye pon el juego de capitales del mundo | LAUNCH | es-MX
launch | alexa ándale abre capitales del mundo pa estudiar | LAUNCH | es-MX
launch | alexa open capitales del mundo for my kids | LAUNCH | es-US
launch | alexa abre capitales del mundo que quiero estudiar pa la escuela | LAUNCH | es-US
launch | alexa mira loco abre capitales del mundo | LAUNCH | es-US
"""

if __name__ == "__main__":
    build_round(44, "es", LINES, sys.argv, "tests/Eval/es/round44/source/build_corpus.py")
