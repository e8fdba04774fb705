"""Round 41, Spanish (es-ES, es-MX, es-US): a new author's mix of speakers and situations, written blind (brief
WRITER50.md).

Written at the start of the forty-fourth session by the corpus50-es helper, without the voice model, the simulator, the
skill's code or earlier rounds' halves. Speakers and situations, chosen to differ from round 40 (Ávila, Guadalajara;
Zacatecas, Nayarit, Coahuila, Baja California; the Rio Grande Valley, Laredo, El Paso, Tucson, Yakima, Chicago,
Worthington, Oklahoma City, Fort Hood) and from the places it lists as round 39's:

es-ES: Galicia (a Gran Sol trawler, Vigo port, a retired percebeiro, a pulpeira at the Lugo fair, Galician switching),
Asturias (a retired Mieres miner, a sidrería, Covadonga tourists, the Musel port), the Canary Islands (a guagua driver,
La Palma bananas, a Lanzarote hotel receptionist, "chacho"), Murcia (a lemon packing plant with Moroccan and
Ecuadorian workers, "acho", a Cartagena teacher), Extremadura (a cork stripper, the Mérida Roman theatre, a Badajoz-Elvas
commuter), a Camino de Santiago albergue, a Madrid taxi driver, a call center, Saber y ganar, a radio contest, a
Bulgarian fruit picker in Lleida, Erasmus flatmates, a Red Cross volunteer in Motril, a flight attendant, a pharmacy,
a care home, Senegalese, Chinese, Georgian and Paraguayan learners and carers, children, teens, grandparents.

es-MX: Tabasco (a Comalcalco cacao farmer, a Pemex platform, Villahermosa heat), Puebla (the Volkswagen plant,
talavera, a UDLAP student), Oaxaca (a Zapotec weaver in Teotitlán, a mezcalero, the Guelaguetza), Sonora (a carne
asada, a Guaymas fisherman, a Nogales maquila), Yucatán (a Maya grandmother with a Yucatec greeting, a Mérida hammock
seller, "bomba", "mare"), Mexico City (a taxi driver, Tepito, a normalista, an embassy in Polanco), Durango film sets,
a Tlaxcala pulque maker, a trucker, basta, lotería, 100 mexicanos dijeron, a Cancún chef, a tianguis, telenovelas,
teens ("no manches", "güey", "qué onda").

es-US: Miami (Cubans in Hialeah and Little Havana dominoes, "asere", Venezuelans in Doral, the airport), New York
(Dominicans in Washington Heights, "klk", a bodega, Puerto Ricans, "wepa", the 7 train), Houston (Salvadorans and
Hondurans with "vos" and "cipote", roofers, a nurse), Los Angeles (a K'iche' speaker, a garment factory, Koreatown),
Salinas lettuce fields, Dalton carpet mills, North Carolina poultry plants, Denver framers, a Dallas refugee center,
a Lawrence barber, a Doral delivery rider, a New Jersey nanny, army veterans, citizenship, GED, ESL and community
college classes, a trivia night, road trips; English switching throughout.

Every line was written by hand as one utterance; the only generated lines are the at most three fills of a frame
(each frame said once).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# ---------------------------------------------------------------- es-ES
# Galicia: a Gran Sol trawler, percebeiros in A Costa da Morte, a pulpeira at the Lugo fair, Vigo port
work | alexa estamos faenando en el gran sol y el patrón pregunta la capital de {} | irlanda=IE; islandia=IS; noruega=NO
work | en el puerto de vigo descargamos un barco de {} y no sé cuál es su capital | namibia=NA; mauritania=MR; senegal=SN
situation | oye alexa el marinero nuevo es de {} cuál es la capital de allí | ghana=GH; cabo verde=CV; guinea-bisáu=GW
elder | mi abuelo que fue percebeiro dice que estuvo en {} y quiere saber la capital | terranova y labrador=CA-NL; islas feroe=FO; groenlandia=GL
situation | estoy en la feria de lugo cortando pulpo y un señor de {} me pregunta su capital | letonia=LV; malta=MT; chipre=CY
hesitation | eh alexa cómo se llamaba la capital de {} carallo que no me acuerdo | eslovenia=SI; eslovaquia=SK; croacia=HR
code-switch | alexa dime a capital de {} que eu non sei | portugal=PT; angola=AO; mozambique=MZ
follow-up | e a de brasil | BR
out-of-domain | alexa la capital de galicia es santiago no | FB
self-correction | la capital de uruguay digo de paraguay | PY
# Asturias: a retired miner, a sidrería, Covadonga tourists, a Gijón port worker
elder | alexa soy un minero jubilado de mieres y quiero saber la capital de {} | polonia=PL; ucrania=UA; kazajistán=KZ
situation | estamos en la sidrería y uno de la mesa dice que es de {} cuál es su capital | bélgica=BE; luxemburgo=LU; países bajos=NL
situation | en covadonga había un autobús de turistas de {} qué capital tiene ese país | corea del sur=KR; filipinas=PH; tailandia=TH
work | trabajo en el puerto del musel y llega un carguero de {} dime la capital | liberia=LR; islas marshall=MH; panamá=PA
everyday-name | alexa la capital de holanda ho | NL
plural-capitals | alexa cuáles son las capitales de {} que me lío | países bajos=NL; bolivia=BO; sudáfrica=ZA
# Canary Islands: a guagua driver, a banana farmer in La Palma, a Lanzarote hotel receptionist
work | alexa soy guagüero en las palmas y un pasajero de {} me preguntó la capital de su país | venezuela=VE; cuba=CU; uruguay=UY
work | en la recepción del hotel de lanzarote tengo clientes de {} cuál es su capital mi niño | alemania=DE; reino unido=GB; irlanda=IE
situation | alexa los plátanos de la palma van a {} cuál es la capital | mauritania=MR; marruecos=MA; sáhara occidental=EH
hesitation | chacho alexa la capital de {} cuál es que no me sale | sierra leona=SL; guinea=GN; gambia=GM
elder | mi abuela emigró a venezuela y ahora pregunta la capital de {} | trinidad y tobago=TT; guyana=GY; surinam=SR
out-of-domain | la capital de canarias es las palmas o santa cruz | FB
# Murcia: a lemon packing plant with Moroccan and Ecuadorian workers, a teacher in Cartagena
work | acho alexa en el almacén de limones mandamos a {} cuál es la capital de allí | argelia=DZ; túnez=TN; libia=LY
learner | alexa yo marroquí trabajo limón capital de {} cuál es | egipto=EG; sudán=SD; chad=TD
code-switch | alexa wash la capital de {} es rabat o no | marruecos=MA
code-switch | alexa mi compañero ecuatoriano dice la capital de {} cuál es pues | ecuador=EC; perú=PE; colombia=CO
school | soy maestra en cartagena y mañana damos {} cuál es la capital | bangladés=BD; nepal=NP; bután=BT
reverse-question | acho de qué país es capital {} | rabat=CITY:Rabat; argel=CITY:Argel
# Extremadura: a Cáceres cork worker, Mérida Roman theatre guide, a Badajoz border commuter
work | alexa trabajo sacando corcho y el comprador es de {} cuál es su capital | portugal=PT; francia=FR; italia=IT
situation | soy guía en el teatro romano de mérida y los alumnos de {} preguntan su capital | grecia=GR; turquía=TR; albania=AL
situation | cruzo todos los días de badajoz a elvas y un compañero dice que la capital de {} es oporto | portugal=PT
out-of-domain | alexa la capital de mérida | FB
# Camino de Santiago albergue
situation | alexa soy hospitalero en el camino y hay un peregrino de {} cuál es su capital | corea del sur=KR; japón=JP; brasil=BR
situation | en el albergue de sarria duerme una chica de {} y dice la capital pero no la entiendo | hungría=HU; lituania=LT; estonia=EE
situation | un peregrino de {} me ha preguntado si sé la capital de su país y no tengo ni idea | nueva zelanda=NZ; sudáfrica=ZA; australia=AU
code-switch | alexa what is the capital of {} please que lo pregunta un peregrino | canadá=CA; escocia=GB-SCT; gales=GB-WLS
# Madrid taxi driver, telemarketer, Saber y ganar at home
work | alexa soy taxista en madrid y el cliente va al aeropuerto y luego a {} cuál es la capital | etiopía=ET; kenia=KE; tanzania=TZ
work | trabajo en un call center y tengo una llamada de {} cuál es la capital de allí | honduras=HN; nicaragua=NI; el salvador=SV
game | estamos viendo saber y ganar y la pregunta es la capital de {} | burkina faso=BF; níger=NE; mali=ML
game | alexa jugamos al trivial en casa me ha tocado la capital de {} | eritrea=ER; yibuti=DJ; somalia=SO
game | en el concurso de la radio preguntan la capital de {} ayúdame rápido | kirguistán=KG; tayikistán=TJ; uzbekistán=UZ
# Families, children, teenagers
child | alexa mi maestra dice que tengo que saber la capital de {} | francia=FR; china=CN; rusia=RU
child | alexa cuál es la capital de {} que me lo han mandado de deberes | méxico=MX; argentina=AR; chile=CL
child | alexa es verdad que la capital de {} es un pueblo pequeño | tuvalu=TV; nauru=NR; palaos=PW
teen | tía alexa dime la capital de {} que tengo examen mañana y voy fatal | kirguistán=KG; azerbaiyán=AZ; armenia=AM
teen | alexa en plan cuál es la capital de {} porque mi crush es de allí | suecia=SE; dinamarca=DK; finlandia=FI
teen | alexa bro la capital de {} rápido que estoy en un directo | japón=JP; corea del sur=KR; estados unidos=US
elder | alexa guapa dime la capital de {} que mi nieta se va de erasmus | bélgica=BE; austria=AT; chequia=CZ
elder | mira alexa mi hijo trabaja en {} y no me acuerdo de la capital | arabia saudí=SA; catar=QA; kuwait=KW
polite-request | alexa por favor me podrías decir la capital de {} | fiyi=FJ; samoa=WS; tonga=TO
polite-request | alexa si no es mucha molestia cuál es la capital de {} | vanuatu=VU; islas salomón=SB; kiribati=KI
polite-request | disculpa alexa sabrías decirme la capital de {} | micronesia=FM; papúa nueva guinea=PG; timor oriental=TL
# Learners and migrants in Spain: Senegalese, Chinese student, Georgian, Paraguayan carer
learner | alexa yo senegal vendo aquí capital de {} cuál | gambia=GM; guinea=GN; mali=ML
learner | alexa yo estudiar español en salamanca capital de {} qué es | china=CN; mongolia=MN; taiwán=TW
learner | alexa soy de georgia el país no el estado cuál es la capital | GE
learner | mi abuela es de {} y cuida a una señora aquí la capital cuál es | paraguay=PY; bolivia=BO; honduras=HN
# Subdivisions and territories es-ES
subdivision | alexa mi cuñado vive en {} cuál es la capital de ese estado | baviera=DE-BY; sajonia=DE-SN; hesse=DE-HE
subdivision | trabajé de camarero en {} y nunca supe la capital | escocia=GB-SCT; irlanda del norte=GB-NIR; gales=GB-WLS
subdivision | alexa la capital del land de {} cuál es | turingia=DE-TH; sarre=DE-SL; brandeburgo=DE-BB
subdivision | oye y la capital de {} en australia | queensland=AU-QLD; tasmania=AU-TAS; australia occidental=AU-WA
subdivision | mi primo hace un máster en {} cuál es la capital de la provincia | quebec=CA-QC; ontario=CA-ON; columbia británica=CA-BC
subdivision | alexa cuál es la capital del estado de {} en la india | kerala=IN-KL; goa=IN-GA; rajastán=IN-RJ
subdivision | la capital del estado brasileño de {} cuál es | bahía=BR-BA; pernambuco=BR-PE; río grande del sur=BR-RS
territory | alexa cuál es la capital de {} que es británica o algo así | gibraltar=GI; bermudas=BM; islas caimán=KY
territory | alexa un crucero para en {} cuál es la capital | martinica=MQ; guadalupe=GP; curazao=CW
territory | alexa de qué es capital papeete | CITY:Papeete
territory | mi hijo está destinado en {} cuál es la capital | islas malvinas=FK; santa elena=SH; isla de man=IM
official-name | alexa la capital de la república helénica | GR
official-name | cuál es la capital de la confederación suiza | CH
official-name | alexa la capital del reino de marruecos | MA
official-name | la capital de la república federal de alemania | DE
official-name | la capital de los estados unidos mexicanos cuál es | MX
official-name | alexa dime la capital de la república popular china | CN
official-name | la capital del gran ducado de luxemburgo | LU
everyday-name | alexa la capital de inglaterra cuál es | GB-ENG
everyday-name | la capital de la república checa | CZ
everyday-name | alexa cuál es la capital de birmania | MM
everyday-name | la capital de costa de marfil | CI
everyday-name | la capital de suazilandia | SZ
plural-capitals | las capitales de costa de marfil dime las dos | CI
plural-capitals | alexa cuántas capitales tiene {} y cuáles son | sri lanka=LK; malasia=MY; benín=BJ
plural-capitals | alexa sudáfrica tiene tres capitales no cuáles son | ZA
plural-capitals | cuáles son las capitales de esuatini | SZ
plural-capitals | alexa cuáles son las capitales de palestina | PS
shared-name | alexa la capital de georgia | GE+US-GA
shared-name | alexa la capital de las dos coreas | KP+KR
shared-name | la capital del congo cuál es | CD+CG
reverse-question | alexa {} es capital de qué país | liubliana=CITY:Liubliana; bratislava=CITY:Bratislava; riga=CITY:Riga
reverse-question | de dónde es capital ulán bator | CITY:Ulán Bator
reverse-question | alexa uagadugú de qué país es la capital | CITY:Uagadugú
yes-no-check | alexa la capital de {} es sídney o canberra | australia=AU
yes-no-check | es cierto que la capital de {} es estambul | turquía=TR
yes-no-check | alexa la capital de canadá es toronto verdad | CA
yes-no-check | la capital de marruecos es casablanca a que sí | MA
yes-no-check | alexa la capital de nigeria sigue siendo lagos | NG
self-correction | alexa la capital de eslovenia no perdona de eslovaquia | SK
self-correction | la capital de níger no espera de nigeria | NG
self-correction | alexa dime la capital de irán ay no de irak | IQ
self-correction | la capital de austria digo de australia eh | AU
follow-up | y la de portugal | PT
follow-up | vale y la de andorra | AD
follow-up | y la de al lado o sea mónaco | MC
follow-up | y de san marino | SM
# help, stop, cancel, launch es-ES
help | alexa qué puedo preguntarle a esto de las capitales | HELP
help | a ver cómo funciona esto que mi hijo me lo ha puesto | HELP
help | alexa ayúdame que no sé qué decirle | HELP
help | qué cosas sabes hacer con las capitales | HELP
help | explícame cómo se juega a esto | HELP
help | alexa no me entero de cómo va esto | HELP
help | y esto para qué sirve | HELP
help | dame instrucciones porfa | HELP
stop | alexa para ya que vamos a comer | STOP
stop | calla ya alexa | STOP
stop | alexa apágate que me voy a dormir | STOP
stop | déjalo ya que estoy harta | STOP
stop | alexa sal de aquí | STOP
stop | para para para | STOP
stop | alexa se acabó por hoy | STOP
stop | cállate un rato alexa | STOP
cancel | alexa olvídalo mujer | CANCEL
cancel | no nada déjalo da igual | CANCEL
cancel | alexa cancela eso que me he equivocado | CANCEL
cancel | anula lo que te he dicho | CANCEL
cancel | nada nada olvídalo | CANCEL
cancel | alexa mejor no cancela | CANCEL
cancel | uy no quería preguntar eso cancela | CANCEL
launch | alexa abre capitales del mundo por favor | LAUNCH
launch | alexa pon el juego de capitales del mundo | LAUNCH
launch | alexa inicia capitales del mundo que vamos a jugar | LAUNCH
launch | alexa quiero jugar a capitales del mundo con mi nieta | LAUNCH
# out-of-domain es-ES
out-of-domain | alexa cuál es la capital de asturias | FB
out-of-domain | la capital de la provincia de lugo | FB
out-of-domain | cuál es la capital de lanzarote | FB
out-of-domain | la capital de la región de murcia | FB
out-of-domain | alexa la capital de extremadura cuál es | FB
out-of-domain | cuál es la capital de la atlántida | FB
out-of-domain | la capital de al-ándalus cuál era | FB
out-of-domain | alexa cuál era la capital del reino de león | FB
out-of-domain | la capital de la mancha | FB
out-of-domain | la capital de macondo | FB
out-of-domain | alexa cuál es la capital de la tierra media | FB
out-of-domain | cuál es la capital de westeros | FB
out-of-domain | la capital de narnia | FB
out-of-domain | alexa qué tiempo va a hacer mañana en vigo | FB
out-of-domain | pon la radio gallega | FB
out-of-domain | a qué hora juega el sporting | FB
out-of-domain | cuánto capital social hace falta para montar una sociedad limitada | FB
out-of-domain | alexa qué son los siete pecados capitales | FB
out-of-domain | qué significa pena capital | FB
out-of-domain | alexa cómo se hace el pulpo a feira | FB
out-of-domain | enciende la luz del salón | FB
out-of-domain | pon un temporizador de diez minutos para los garbanzos | FB
out-of-domain | alexa cuánto queda para la lotería de navidad | FB
out-of-domain | qué es una letra capital | FB
out-of-domain | dime un chiste de gallegos | FB
out-of-domain | cuántos habitantes tiene madrid | FB
out-of-domain | alexa dónde está la capital | FB
out-of-domain | la capital europea de la cultura de este año | FB
out-of-domain | alexa cuál es la capital del mundo | FB
out-of-domain | cómo se dice capital en inglés | FB
out-of-domain | cuál es la capital de la unión europea | FB
out-of-domain | alexa pon un podcast de historia | FB
out-of-domain | recuérdame sacar la basura a las nueve | FB
out-of-domain | cuál es la capital de la comarca de la vera | FB
out-of-domain | cuánto es el ingreso mínimo vital | FB
out-of-domain | alexa a qué hora sale la guagua para santa cruz | FB
# ---------------------------------------------------------------- es-MX
# Tabasco: a cacao farmer in Comalcalco, a Pemex platform worker, Villahermosa heat
work | oiga alexa el chocolate que hacemos en comalcalco lo llevan a {} cuál es la capital | suiza=CH; bélgica=BE; países bajos=NL | es-MX
work | alexa estoy en la plataforma y el ingeniero nuevo es de {} cuál es su capital | noruega=NO; escocia=GB-SCT; kuwait=KW | es-MX
situation | ay alexa qué calor en villahermosa oye cuál es la capital de {} | emiratos árabes unidos=AE; baréin=BH; omán=OM | es-MX
hesitation | este alexa mande la capital de {} cuál es este | irak=IQ; irán=IR; siria=SY | es-MX
subdivision | alexa cuál es la capital de {} que ahí vivo | tabasco=MX-TAB | es-MX
# Puebla: the Volkswagen plant, talavera, a Cholula student
work | trabajo en la planta de la volks y vienen unos técnicos de {} cuál es la capital | alemania=DE; eslovaquia=SK; chequia=CZ | es-MX
work | alexa vendo talavera y un cliente me pidió mandarla a {} cuál es la capital de allá | canadá=CA; japón=JP; corea del sur=KR | es-MX
school | alexa estudio en la udlap y mi roomie es de {} cuál es la capital | turquía=TR; marruecos=MA; jordania=JO | es-MX
subdivision | alexa la capital de puebla es puebla verdad | MX-PUE | es-MX
# Oaxaca: a Zapotec weaver in Teotitlán, the Guelaguetza, a mezcalero
learner | alexa yo hablo zapoteco y aprendo español cuál es la capital de {} | guatemala=GT; belice=BZ; honduras=HN | es-MX
work | alexa soy mezcalero y me piden mezcal para {} la capital cuál es | estonia=EE; letonia=LV; lituania=LT | es-MX
situation | en la guelaguetza hay unos turistas de {} alexa cuál es su capital | australia=AU; nueva zelanda=NZ; francia=FR | es-MX
work | alexa tejo tapetes en teotitlán y un gringo quiere mandar uno a {} cuál es la capital | nuevo méxico=US-NM; oregón=US-OR; colorado=US-CO | es-MX
# Sonora: Hermosillo carne asada, a Guaymas fisherman, a Nogales maquila
situation | alexa estamos en la carne asada y el compa pregunta la capital de {} | arizona=US-AZ; nevada=US-NV; utah=US-UT | es-MX
work | soy pescador en guaymas y el barco va hasta {} cuál es la capital | ecuador=EC; perú=PE; chile=CL | es-MX
work | alexa en la maquila de nogales el gerente es de {} qué capital tiene | taiwán=TW; japón=JP; israel=IL | es-MX
subdivision | la capital de sonora es hermosillo o nogales | MX-SON | es-MX
# Yucatán: a Maya grandmother in Valladolid, a Mérida hammock seller, Progreso
code-switch | bix a bel alexa cuál es la capital de {} | cuba=CU; belice=BZ; haití=HT | es-MX
elder | alexa mi nieto se fue a trabajar a {} cuál es la capital de ahí | canadá=CA; estados unidos=US; alaska=US-AK | es-MX
work | vendo hamacas en mérida y una señora de {} me pregunta su capital no sé | dinamarca=DK; suecia=SE; islandia=IS | es-MX
hesitation | alexa cuál es la capital de {} mare no me acuerdo | jamaica=JM; bahamas=BS; barbados=BB | es-MX
subdivision | bomba alexa la capital de yucatán es mérida cierto | MX-YUC | es-MX
# Mexico City: a taxi driver, Tepito market, a metro vendor, a normalista
work | alexa soy taxista en la cdmx y el pasajero es de {} cuál es su capital joven | nigeria=NG; ghana=GH; camerún=CM | es-MX
situation | en tepito un señor de {} me vendió unos tenis cuál es la capital de su país | corea del sur=KR; pakistán=PK; bangladés=BD | es-MX
school | alexa estudio en la normal y voy a dar la clase de {} cuál es la capital | chile=CL; argentina=AR; uruguay=UY | es-MX
game | estamos jugando basta y en país me tocó la {} cuál es su capital | b de bután=BT; g de gabón=GA; l de lesoto=LS | es-MX
game | alexa jugando lotería en la casa de mi tía salió la pregunta de la capital de {} | cuba=CU; venezuela=VE; colombia=CO | es-MX
teen | no manches alexa cuál es la capital de {} neta no sé | australia=AU; canadá=CA; suiza=CH | es-MX
teen | alexa güey la capital de {} rápido que estoy en un reto de tiktok | mongolia=MN; nepal=NP; maldivas=MV | es-MX
teen | oye alexa qué onda cuál es la capital de {} | tailandia=TH; vietnam=VN; camboya=KH | es-MX
child | alexa mi miss dice que la capital de {} es bien difícil cuál es | kirguistán=KG; turkmenistán=TM; tayikistán=TJ | es-MX
child | alexa cuál es la capital de {} es para la tarea de geografía | rusia=RU; india=IN; china=CN | es-MX
elder | alexa mija dime la capital de {} que salió en el noticiero | ucrania=UA; rusia=RU; israel=IL | es-MX
elder | ándale alexa mi señor quiere saber la capital de {} | españa=ES; italia=IT; portugal=PT | es-MX
polite-request | alexa me haces el favor de decirme la capital de {} | ruanda=RW; burundi=BI; uganda=UG | es-MX
polite-request | alexa sería tan amable de decirme la capital de {} | zambia=ZM; zimbabue=ZW; malaui=MW | es-MX
# Durango and Tlaxcala: a film-set extra, a Tlaxcala pulque maker, a trucker
work | alexa estoy de extra en una película en durango y el director es de {} cuál es su capital | nueva zelanda=NZ; irlanda=IE; escocia=GB-SCT | es-MX
work | alexa hago pulque en tlaxcala y un youtuber de {} vino a grabar cuál es su capital | polonia=PL; hungría=HU; rumanía=RO | es-MX
work | alexa voy manejando el tráiler rumbo a {} cuál es la capital del estado | texas=US-TX; kansas=US-KS; illinois=US-IL | es-MX
subdivision | alexa la capital de tlaxcala cómo se llama | MX-TLA | es-MX
subdivision | alexa cuál es la capital del estado de {} | durango=MX-DUR; chihuahua=MX-CHH; sinaloa=MX-SIN | es-MX
subdivision | mande alexa la capital de {} no me la sé | guerrero=MX-GRO; michoacán=MX-MIC; hidalgo=MX-HID | es-MX
subdivision | oye alexa y la capital de {} cuál es | quintana roo=MX-ROO; chiapas=MX-CHP; veracruz=MX-VER | es-MX
subdivision | alexa cuál es la capital de {} porque mi jefe dice que es otra | nuevo león=MX-NLE; san luis potosí=MX-SLP; querétaro=MX-QUE | es-MX
subdivision | la capital de {} dímela porfa | aguascalientes=MX-AGU; guanajuato=MX-GUA; jalisco=MX-JAL | es-MX
subdivision | alexa qué ciudad es capital de {} | campeche=MX-CAM; colima=MX-COL; morelos=MX-MOR | es-MX
subdivision | alexa cuál es la capital del estado de méxico es toluca o no | MX-MEX | es-MX
subdivision | y de {} cuál es la capital alexa | zacatecas=MX-ZAC; nayarit=MX-NAY; coahuila=MX-COA | es-MX
subdivision | alexa la capital de {} es la paz o cuál | baja california sur=MX-BCS | es-MX
subdivision | alexa la de {} es mexicali verdad | baja california=MX-BCN | es-MX
subdivision | alexa la capital de {} en brasil | minas gerais=BR-MG; amazonas=BR-AM; paraná=BR-PR | es-MX
subdivision | alexa dime la capital de {} de canadá | alberta=CA-AB; manitoba=CA-MB; saskatchewan=CA-SK | es-MX
subdivision | la capital de {} allá en estados unidos | luisiana=US-LA; misisipi=US-MS; alabama=US-AL | es-MX
territory | alexa la capital de {} cuál es | puerto rico=PR; guam=GU; samoa americana=AS | es-MX
territory | alexa y {} tiene capital | groenlandia=GL; nueva caledonia=NC; polinesia francesa=PF | es-MX
official-name | alexa la capital de la república oriental del uruguay | UY | es-MX
official-name | cuál es la capital de la república bolivariana de venezuela | VE | es-MX
official-name | alexa la capital del estado plurinacional de bolivia | BO | es-MX
official-name | la capital de la federación de rusia | RU | es-MX
official-name | la capital del reino unido de gran bretaña e irlanda del norte | GB | es-MX
everyday-name | alexa la capital de gringolandia | US | es-MX
everyday-name | alexa cuál es la capital del gabacho | US | es-MX
everyday-name | alexa la capital de holanda cuál es | NL | es-MX
everyday-name | la capital de guate | GT | es-MX
everyday-name | la capital de la madre patria | ES | es-MX
plural-capitals | alexa cuáles son las capitales de {} | bolivia=BO; sudáfrica=ZA; malasia=MY | es-MX
plural-capitals | alexa es cierto que {} tiene dos capitales cuáles son | costa de marfil=CI; benín=BJ; sri lanka=LK | es-MX
plural-capitals | las dos capitales de holanda cuáles son | NL | es-MX
plural-capitals | oye alexa palestina cuántas capitales tiene | PS | es-MX
plural-capitals | cuáles son las capitales de suazilandia | SZ | es-MX
shared-name | alexa la capital de corea | KP+KR | es-MX
shared-name | alexa cuál es la capital de los congos | CD+CG | es-MX
shared-name | la capital de las islas vírgenes | VG+VI | es-MX
shared-name | alexa cuál es la capital de georgia la de estados unidos | US-GA | es-MX
reverse-question | alexa de qué país es capital {} | tegucigalpa=CITY:Tegucigalpa; managua=CITY:Managua; belmopan=CITY:Belmopan | es-MX
reverse-question | alexa {} es capital de dónde | nairobi=CITY:Nairobi; accra=CITY:Acra; dakar=CITY:Dakar | es-MX
reverse-question | alexa de qué estado es capital {} | villahermosa=CITY:Villahermosa; chilpancingo=CITY:Chilpancingo; tuxtla gutiérrez=CITY:Tuxtla Gutiérrez | es-MX
yes-no-check | alexa la capital de {} es río de janeiro verdad | brasil=BR | es-MX
yes-no-check | oye la capital de estados unidos es nueva york o no | US | es-MX
yes-no-check | alexa a poco la capital de {} es sucre | bolivia=BO | es-MX
yes-no-check | alexa la capital de veracruz es el puerto de veracruz sí o no | MX-VER | es-MX
yes-no-check | la capital de nueva zelanda es auckland no | NZ | es-MX
self-correction | alexa la capital de guatemala no espérate de honduras | HN | es-MX
self-correction | la capital de nicaragua ah no perdón de costa rica | CR | es-MX
self-correction | alexa dime la capital de suecia no de suiza | CH | es-MX
self-correction | la capital de colombia bueno no de venezuela | VE | es-MX
follow-up | y la de panamá | PA | es-MX
follow-up | ándale y la de cuba | CU | es-MX
follow-up | órale y de república dominicana | DO | es-MX
follow-up | y la de el salvador cuál es | SV | es-MX
# help stop cancel launch es-MX
help | alexa cómo le hago para preguntarte las capitales | HELP | es-MX
help | oye no le entiendo a esto ayúdame | HELP | es-MX
help | alexa qué le puedo decir a este juego | HELP | es-MX
help | mande cómo funciona | HELP | es-MX
help | alexa necesito ayuda con lo de las capitales | HELP | es-MX
help | qué hago aquí alexa | HELP | es-MX
help | alexa y ahora qué le digo | HELP | es-MX
help | explícame porfis | HELP | es-MX
stop | ya alexa ya estuvo | STOP | es-MX
stop | alexa ya bájale | STOP | es-MX
stop | sácate de aquí alexa | STOP | es-MX
stop | alexa ya párale | STOP | es-MX
stop | ya no quiero jugar alexa | STOP | es-MX
stop | alexa ciérrale | STOP | es-MX
stop | ahí muere alexa | STOP | es-MX
stop | alexa ya cállate chamaca | STOP | es-MX
cancel | nel olvídalo | CANCEL | es-MX
cancel | alexa cancélale | CANCEL | es-MX
cancel | no nada no me hagas caso | CANCEL | es-MX
cancel | alexa ya no olvídalo | CANCEL | es-MX
cancel | ay no cancela cancela | CANCEL | es-MX
cancel | sabes qué mejor no | CANCEL | es-MX
cancel | déjalo así alexa | CANCEL | es-MX
launch | alexa ábreme capitales del mundo | LAUNCH | es-MX
launch | alexa juega capitales del mundo | LAUNCH | es-MX
launch | alexa empieza capitales del mundo porfa | LAUNCH | es-MX
launch | alexa vamos a jugar capitales del mundo | LAUNCH | es-MX
# out-of-domain es-MX
out-of-domain | alexa cuál es la capital de tabasco del edén | FB | es-MX
out-of-domain | la capital de la huasteca potosina | FB | es-MX
out-of-domain | cuál es la capital de la mixteca | FB | es-MX
out-of-domain | alexa cuál era la capital de los mayas | FB | es-MX
out-of-domain | la capital del imperio azteca | FB | es-MX
out-of-domain | cuál es la capital de wakanda | FB | es-MX
out-of-domain | la capital de la península de yucatán | FB | es-MX
out-of-domain | alexa cuál es la capital mundial del mezcal | FB | es-MX
out-of-domain | cuál es la capital del mole | FB | es-MX
out-of-domain | la capital de la nueva españa cuál era | FB | es-MX
out-of-domain | alexa la capital de la sierra norte de puebla | FB | es-MX
out-of-domain | cuál es la capital del istmo de tehuantepec | FB | es-MX
out-of-domain | la capital de la laguna | FB | es-MX
out-of-domain | alexa cuál es la capital de mesoamérica | FB | es-MX
out-of-domain | alexa a cómo está el dólar hoy | FB | es-MX
out-of-domain | pon una de los tigres del norte | FB | es-MX
out-of-domain | alexa a qué hora juega el américa | FB | es-MX
out-of-domain | cuánto falta para el quince de septiembre | FB | es-MX
out-of-domain | alexa prende el foco de la cocina | FB | es-MX
out-of-domain | cómo se hacen los tamales oaxaqueños | FB | es-MX
out-of-domain | alexa qué es capital de trabajo | FB | es-MX
out-of-domain | dónde queda la capital | FB | es-MX
out-of-domain | alexa cuál es la letra del himno nacional | FB | es-MX
out-of-domain | cuándo pagan la pensión del bienestar | FB | es-MX
out-of-domain | alexa cuánto tarda el metrobús a insurgentes | FB | es-MX
out-of-domain | qué significa mayúscula capital | FB | es-MX
out-of-domain | alexa ponme la canción de las mañanitas | FB | es-MX
out-of-domain | quién ganó el clásico | FB | es-MX
out-of-domain | alexa cuál es la capital del tequila | FB | es-MX
out-of-domain | alexa va a llover en villahermosa | FB | es-MX
out-of-domain | qué hora es en tokio | FB | es-MX
out-of-domain | alexa cuántos estados tiene méxico | FB | es-MX
out-of-domain | la capital del país de nunca jamás | FB | es-MX
out-of-domain | alexa cuál es la capital de gotham | FB | es-MX
out-of-domain | cuál es la capital de aridoamérica | FB | es-MX
out-of-domain | alexa la capital de la chontalpa | FB | es-MX
# ---------------------------------------------------------------- es-US
# Miami: Cubans in Hialeah, Venezuelans in Doral, a Little Havana domino table
elder | asere alexa cuál es la capital de {} que mi compadre dice otra cosa | cuba=CU; jamaica=JM; haití=HT | es-US
game | estamos jugando dominó en la pequeña habana y se formó la discusión de la capital de {} | rusia=RU; vietnam=VN; angola=AO | es-US
code-switch | alexa chévere dime la capital de {} que mi jefe en doral me preguntó | venezuela=VE; colombia=CO; ecuador=EC | es-US
work | alexa trabajo en el aeropuerto de miami y el vuelo va a {} cuál es la capital | trinidad y tobago=TT; santa lucía=LC; granada=GD | es-US
work | soy cajera en hialeah y una clienta es de {} cuál es la capital de allá | dominica=DM; san vicente y las granadinas=VC; antigua y barbuda=AG | es-US
subdivision | alexa la capital de florida es miami right | US-FL | es-US
hesitation | oye eh la capital de {} cómo es que se llama | san cristóbal y nieves=KN; barbados=BB; bahamas=BS | es-US
# New York: Dominicans in Washington Heights, Puerto Ricans in the Bronx, a bodega
code-switch | klk alexa cuál es la capital de {} manito | república dominicana=DO; puerto rico=PR; haití=HT | es-US
work | alexa tengo una bodega en el alto manhattan y el delivery es de {} cuál es su capital | yemen=YE; bangladés=BD; senegal=SN | es-US
code-switch | wepa alexa what's the capital of {} en español | puerto rico=PR; nueva york=US-NY; nueva jersey=US-NJ | es-US
teen | bro alexa la capital de {} for real | islas vírgenes de estados unidos=VI; islas vírgenes británicas=VG; anguila=AI | es-US
situation | alexa estoy en el tren siete y un señor de {} me preguntó la capital de su país jaja | ecuador=EC; nepal=NP; bután=BT | es-US
elder | alexa mi hijo me llevó a {} y no me acuerdo de la capital | connecticut=US-CT; massachusetts=US-MA; pensilvania=US-PA | es-US
# Houston: Salvadorans and Hondurans, construction, a pupusería
code-switch | vos alexa cuál es la capital de {} | el salvador=SV; honduras=HN; nicaragua=NI | es-US
work | alexa trabajo en construcción en houston y el foreman es de {} cuál es la capital | luisiana=US-LA; oklahoma=US-OK; arkansas=US-AR | es-US
situation | en la pupusería entró un cipote de {} y me preguntó su capital | guatemala=GT; belice=BZ; costa rica=CR | es-US
learner | alexa mi hijo nació aquí y no sabe la capital de {} | el salvador=SV; méxico=MX; honduras=HN | es-US
work | alexa soy roofer y el job es en {} cuál es la capital del estado | tennessee=US-TN; kentucky=US-KY; missouri=US-MO | es-US
# Los Angeles: a Guatemalan in Koreatown, a garment worker, a Zapotec waiter in Pico-Union
learner | alexa yo hablo kiche y poquito español cuál es la capital de {} | guatemala=GT; chiapas=MX-CHP; oaxaca=MX-OAX | es-US
work | trabajo en una fábrica de ropa en el downtown y la dueña es de {} cuál es la capital | corea del sur=KR; irán=IR; armenia=AM | es-US
situation | alexa en koreatown mi vecina es de {} y me dice que su capital es bonita cuál es | corea del sur=KR; filipinas=PH; tailandia=TH | es-US
subdivision | alexa la capital de california no es los ángeles verdad | US-CA | es-US
# Salinas Valley lettuce, Dalton carpet mills, North Carolina poultry, Denver construction
work | alexa en el field de la lechuga un mayordomo es de {} cuál es la capital | oaxaca=MX-OAX; michoacán=MX-MIC; guerrero=MX-GRO | es-US
work | trabajo en la fábrica de alfombras en dalton georgia cuál es la capital de {} | georgia el estado=US-GA; tennessee=US-TN; carolina del sur=US-SC | es-US
work | alexa en la planta de pollo en carolina del norte hay gente de {} cuál es su capital | birmania=MM; guatemala=GT; haití=HT | es-US
work | alexa soy framer en denver y mi compañero es de {} cuál es su capital | wyoming=US-WY; montana=US-MT; idaho=US-ID | es-US
learner | alexa mi compañero de la planta es de {} y quiero aprender cuál es su capital | eritrea=ER; sudán del sur=SS; congo kinsasa=CD | es-US
learner | alexa in the plant my friend is from {} what is la capital | somalia=SO; etiopía=ET; ruanda=RW | es-US
# Citizenship, GED, community college, ESL
school | alexa estoy estudiando para la ciudadanía cuál es la capital de {} | estados unidos=US; nueva york=US-NY; pensilvania=US-PA | es-US
school | en la clase de ged me preguntan la capital del estado de {} | iowa=US-IA; nebraska=US-NE; dakota del sur=US-SD | es-US
school | alexa for my spanish class tengo que saber la capital de {} | españa=ES; argentina=AR; perú=PE | es-US
school | alexa la maestra de esl pregunta la capital de {} | minnesota=US-MN; wisconsin=US-WI; míchigan=US-MI | es-US
child | alexa what is the capital de {} mami dice que tú sabes | ohio=US-OH; indiana=US-IN; virginia=US-VA | es-US
child | alexa cuál es la capital de {} es para mi project | maryland=US-MD; delaware=US-DE; nueva jersey=US-NJ | es-US
teen | alexa lowkey no sé la capital de {} | vermont=US-VT; nuevo hampshire=US-NH; maine=US-ME | es-US
teen | alexa bruh cuál es la capital de {} | rhode island=US-RI; virginia occidental=US-WV; dakota del norte=US-ND | es-US
elder | alexa mija el capital de {} cuál es | carolina del norte=US-NC; hawái=US-HI; washington el estado=US-WA | es-US
family | alexa mi esposo dice que la capital de {} es las vegas y yo digo que no | nevada=US-NV | es-US
family | alexa estamos en el road trip y los niños preguntan la capital de {} | utah=US-UT; nuevo méxico=US-NM; kansas=US-KS | es-US
family | alexa mi suegra vive en {} cuál es la capital de allá | oregón=US-OR; washington=US-WA; alaska=US-AK | es-US
polite-request | alexa please dime la capital de {} | texas=US-TX; arizona=US-AZ; colorado=US-CO | es-US
subdivision | alexa y la capital de {} | indiana=US-IN; kentucky=US-KY; georgia el estado de atlanta=US-GA | es-US
territory | alexa mi tío está en la army en {} cuál es la capital | guam=GU; islas marianas del norte=MP; samoa americana=AS | es-US
territory | alexa la capital de {} es charlotte amalie o no | islas vírgenes de estados unidos=VI | es-US
territory | alexa cuál es la capital de {} | islas turcas y caicos=TC; aruba=AW; sint maarten=SX | es-US
official-name | alexa la capital del estado libre asociado de puerto rico | PR | es-US
official-name | cuál es la capital de la república de cuba | CU | es-US
official-name | alexa la capital de la mancomunidad de las bahamas | BS | es-US
official-name | the capital of the united states of america en español | US | es-US
everyday-name | alexa la capital de la isla del encanto | PR | es-US
everyday-name | cuál es la capital de los yunaites | US | es-US
everyday-name | la capital de dominicana | DO | es-US
everyday-name | alexa la capital del estado de la gran manzana | US-NY | es-US
plural-capitals | alexa what are las capitales de {} | sudáfrica=ZA; bolivia=BO; países bajos=NL | es-US
plural-capitals | alexa dime todas las capitales de {} | malasia=MY; esuatini=SZ; palestina=PS | es-US
plural-capitals | alexa costa de marfil tiene dos capitales right cuáles | CI | es-US
plural-capitals | las capitales de sri lanka | LK | es-US
plural-capitals | cuáles son las capitales de benín que no sé pronunciarlas | BJ | es-US
shared-name | alexa la capital de georgia the country not the state | GE | es-US
shared-name | alexa cuál es la capital de washington | US-WA | es-US
shared-name | la capital de dominica o la dominicana no sé | DM+DO | es-US
shared-name | alexa cuál es la capital de las coreas | KP+KR | es-US
reverse-question | alexa {} is the capital of what country | yamena=CITY:Yamena; gitega=CITY:Gitega; lomé=CITY:Lomé | es-US
reverse-question | alexa {} es la capital de qué estado | sacramento=CITY:Sacramento; tallahassee=CITY:Tallahassee; springfield=CITY:Springfield | es-US
reverse-question | alexa de dónde es capital kingston | CITY:Kingston | es-US
reverse-question | alexa la paz es capital de qué | CITY:La Paz | es-US
yes-no-check | alexa la capital de {} es houston verdad | texas=US-TX | es-US
yes-no-check | la capital de nueva york es nueva york right | US-NY | es-US
yes-no-check | alexa la capital de illinois es chicago or not | US-IL | es-US
yes-no-check | alexa es cierto que la capital de {} es seattle | washington=US-WA | es-US
yes-no-check | alexa la capital de pensilvania es filadelfia o no | US-PA | es-US
self-correction | alexa la capital de carolina del norte wait no del sur | US-SC | es-US
self-correction | alexa la capital de dakota del sur no perdón del norte | US-ND | es-US
self-correction | the capital of iowa no espera de ohio | US-OH | es-US
self-correction | alexa la capital de virginia no de virginia occidental | US-WV | es-US
follow-up | and la de florida | US-FL | es-US
follow-up | y la de georgia el estado | US-GA | es-US
follow-up | okay y la de puerto rico | PR | es-US
follow-up | y la de honduras real quick | HN | es-US
# help stop cancel launch es-US
help | alexa help me con esto de las capitales | HELP | es-US
help | how does this work alexa en español | HELP | es-US
help | alexa no entiendo qué tengo que decir | HELP | es-US
help | qué opciones tengo alexa | HELP | es-US
help | alexa what can i say aquí | HELP | es-US
help | alexa ayuda por favor no sé usar esto | HELP | es-US
help | cómo se usa esto mija | HELP | es-US
help | alexa dame un ejemplo de qué preguntar | HELP | es-US
stop | alexa stop ya | STOP | es-US
stop | ya stop please | STOP | es-US
stop | alexa ya apágate | STOP | es-US
stop | okay alexa that's enough | STOP | es-US
stop | alexa quit the game | STOP | es-US
stop | ya no más alexa | STOP | es-US
stop | alexa be quiet por favor | STOP | es-US
stop | alexa termina ya | STOP | es-US
cancel | alexa cancel that | CANCEL | es-US
cancel | nah forget it alexa | CANCEL | es-US
cancel | alexa never mind ya no | CANCEL | es-US
cancel | olvídate de eso | CANCEL | es-US
cancel | cancela eso por favor | CANCEL | es-US
cancel | alexa no era eso cancel | CANCEL | es-US
cancel | forget about it mija | CANCEL | es-US
launch | alexa open capitales del mundo please | LAUNCH | es-US
launch | alexa start capitales del mundo | LAUNCH | es-US
launch | alexa abre el juego capitales del mundo para los niños | LAUNCH | es-US
launch | alexa pon capitales del mundo | LAUNCH | es-US
# out-of-domain es-US
out-of-domain | alexa cuál es la capital de miami dade | FB | es-US
out-of-domain | la capital del bronx | FB | es-US
out-of-domain | alexa cuál es la capital de la pequeña habana | FB | es-US
out-of-domain | cuál es la capital de long island | FB | es-US
out-of-domain | la capital del condado de harris | FB | es-US
out-of-domain | alexa cuál es la capital de la gran colombia | FB | es-US
out-of-domain | cuál era la capital de la unión soviética | FB | es-US
out-of-domain | la capital de yugoslavia | FB | es-US
out-of-domain | alexa cuál es la capital de checoslovaquia | FB | es-US
out-of-domain | cuál es la capital de la costa del golfo | FB | es-US
out-of-domain | la capital de springfield la de los simpson | FB | es-US
out-of-domain | cuál es la capital de hogwarts | FB | es-US
out-of-domain | alexa la capital del reino de wakanda | FB | es-US
out-of-domain | alexa cuál es la capital del sur de la florida | FB | es-US
out-of-domain | alexa what's the weather today | FB | es-US
out-of-domain | cuándo es el próximo partido del inter miami | FB | es-US
out-of-domain | alexa pon bachata de romeo | FB | es-US
out-of-domain | cómo saco el itin number | FB | es-US
out-of-domain | cuánto cuesta mandar dinero a honduras | FB | es-US
out-of-domain | qué es capital gains tax | FB | es-US
out-of-domain | alexa qué es capital one | FB | es-US
out-of-domain | add leche al shopping list | FB | es-US
out-of-domain | alexa turn off the lights de la sala | FB | es-US
out-of-domain | a qué hora abre el dmv | FB | es-US
out-of-domain | alexa cuánto es el minimum wage en florida | FB | es-US
out-of-domain | pon el timer de veinte minutos para el arroz | FB | es-US
out-of-domain | alexa cuéntame un chiste | FB | es-US
out-of-domain | cómo se escribe capital en inglés | FB | es-US
out-of-domain | alexa quién es el gobernador de texas | FB | es-US
out-of-domain | cuántas millas hay de houston a dallas | FB | es-US
out-of-domain | alexa qué es la capital letter | FB | es-US
out-of-domain | cuál es la capital de la salsa | FB | es-US
out-of-domain | alexa cuál es la capital del reguetón | FB | es-US
out-of-domain | dónde queda el consulado de el salvador | FB | es-US
out-of-domain | alexa cuál es la capital de los mayas en guatemala | FB | es-US
out-of-domain | la capital de la isla de vieques | FB | es-US
# ---------------------------------------------------------------- es-ES second batch
# a Bulgarian and a Bosnian in a Lleida fruit cooperative, Erasmus flatmates, a Red Cross volunteer
learner | alexa soy búlgaro y recojo fruta en lleida cuál es la capital de {} | bulgaria=BG; macedonia del norte=MK; serbia=RS | es-ES
situation | alexa en el piso de erasmus tenemos una chica de {} cuál es su capital | bosnia=BA; montenegro=ME; bielorrusia=BY | es-ES
work | soy voluntaria de cruz roja en el puerto de motril y vienen chicos de {} cuál es la capital | guinea ecuatorial=GQ; república centroafricana=CF; camerún=CM | es-ES
elder | alexa mi padre estuvo en la mili en {} cuál era la capital | guinea ecuatorial=GQ; sáhara occidental=EH; marruecos=MA | es-ES
situation | alexa en la frutería de mi barrio el dueño es de {} cuál es la capital | afganistán=AF; pakistán=PK; líbano=LB | es-ES
work | alexa soy azafata y mañana vuelo a {} cuál es la capital | moldavia=MD; liechtenstein=LI; albania=AL | es-ES
game | alexa en el pasapalabra de mi sobrino la pregunta es capital de {} | madagascar=MG; mauricio=MU; seychelles=SC | es-ES
game | alexa jugamos al stop con capitales y me ha tocado {} | singapur=SG; brunéi=BN; indonesia=ID | es-ES
school | alexa en bachillerato nos preguntan la capital de {} ayuda | laos=LA; botsuana=BW; comoras=KM | es-ES
situation | alexa mi vecino trabajó en una petrolera en {} cuál es la capital | santo tomé y príncipe=ST; gabón=GA; angola=AO | es-ES
subdivision | alexa cuál es la capital de {} en alemania | renania del norte-westfalia=DE-NW; baja sajonia=DE-NI; schleswig-holstein=DE-SH | es-ES
subdivision | alexa la capital de {} la región alemana | sajonia-anhalt=DE-ST; mecklemburgo-pomerania occidental=DE-MV; renania-palatinado=DE-RP | es-ES
subdivision | alexa estuve de au pair en {} qué capital tiene ese estado | baden-wurtemberg=DE-BW; baviera=DE-BY; hesse=DE-HE | es-ES
subdivision | la capital de {} es la misma ciudad verdad | hamburgo=DE-HH; bremen=DE-HB; berlín=DE-BE | es-ES
subdivision | alexa la capital de {} no me acuerdo ni de la primera letra | uttar pradesh=IN-UP; andhra pradesh=IN-AP; assam=IN-AS | es-ES
subdivision | alexa la capital de {} de la india | bengala occidental=IN-WB; tamil nadu=IN-TN; karnataka=IN-KA | es-ES
subdivision | alexa voy de viaje a {} cuál es la capital | nueva gales del sur=AU-NSW; victoria australia=AU-VIC; australia meridional=AU-SA | es-ES
subdivision | alexa mi hija vive en {} y dice que la capital no es londres cuál es | irlanda del norte=GB-NIR; gales=GB-WLS | es-ES
territory | alexa cuál es la capital de {} que mi hermana trabaja allí | jersey=JE; guernesey=GG; islas aland=AX | es-ES
territory | alexa la capital de {} es una ciudad o un pueblo | reunión=RE; mayotte=YT; guayana francesa=GF | es-ES
help | alexa qué se te puede preguntar aquí | HELP | es-ES
help | no sé qué hacer con esto alexa échame una mano | HELP | es-ES
help | alexa cómo te pregunto una capital | HELP | es-ES
help | alexa me explicas las reglas | HELP | es-ES
stop | vale alexa ya está bien | STOP | es-ES
stop | alexa corta ya | STOP | es-ES
stop | alexa apaga el juego | STOP | es-ES
stop | basta ya de capitales alexa | STOP | es-ES
stop | alexa que te calles | STOP | es-ES
cancel | alexa anula eso | CANCEL | es-ES
cancel | no no olvida lo que te he preguntado | CANCEL | es-ES
cancel | alexa déjalo estar | CANCEL | es-ES
cancel | bah olvídalo no importa | CANCEL | es-ES
cancel | alexa cancela la pregunta | CANCEL | es-ES
cancel | me he liado cancela | CANCEL | es-ES
launch | alexa empieza el juego de las capitales del mundo | LAUNCH | es-ES
launch | alexa abre capitales del mundo que quiero repasar | LAUNCH | es-ES
out-of-domain | alexa cuál es la capital de la rioja | FB | es-ES
out-of-domain | la capital de la isla de la palma | FB | es-ES
out-of-domain | alexa cuál es la capital de cerdeña | FB | es-ES
out-of-domain | cuál es la capital de sicilia | FB | es-ES
out-of-domain | alexa la capital de baviera en el siglo doce | FB | es-ES
out-of-domain | cuál era la capital del imperio romano de oriente | FB | es-ES
out-of-domain | la capital de la antigua prusia | FB | es-ES
out-of-domain | cuál es la capital de laponia | FB | es-ES
out-of-domain | alexa cuál es la capital de tierra del fuego | FB | es-ES
out-of-domain | la capital de la patagonia | FB | es-ES
out-of-domain | alexa la capital de mordor | FB | es-ES
out-of-domain | cuál es la capital de la luna | FB | es-ES
out-of-domain | alexa cuánto cuesta un billete de tren a lugo | FB | es-ES
out-of-domain | pon cadena dial | FB | es-ES
out-of-domain | alexa qué es el capital riesgo | FB | es-ES
out-of-domain | cuál es la capital del marisco | FB | es-ES
out-of-domain | alexa quién escribió el capital | FB | es-ES
out-of-domain | qué día es hoy | FB | es-ES
out-of-domain | alexa qué ciudades tiene galicia | FB | es-ES
out-of-domain | alexa pon la alarma a las seis y media | FB | es-ES
# ---------------------------------------------------------------- es-MX second batch
situation | alexa en la embajada de {} en polanco cuál es la capital de ese país | indonesia=ID; filipinas=PH; líbano=LB | es-MX
work | alexa soy chef en cancún y el cliente es de {} cuál es su capital | afganistán=AF; bosnia y herzegovina=BA; bulgaria=BG | es-MX
learner | alexa mi amigo de {} aprende español en puebla cuál es su capital | madagascar=MG; mauricio=MU; seychelles=SC | es-MX
school | alexa en la secundaria nos dejaron la capital de {} | brunéi=BN; laos=LA; singapur=SG | es-MX
game | alexa en el maratón de mesa me tocó la capital de {} | montenegro=ME; serbia=RS; macedonia del norte=MK | es-MX
game | alexa jugamos cien mexicanos dijeron y preguntaron la capital de {} | moldavia=MD; bielorrusia=BY; liechtenstein=LI | es-MX
situation | alexa el misionero de mi iglesia se fue a {} cuál es la capital | república centroafricana=CF; botsuana=BW; guinea ecuatorial=GQ | es-MX
situation | alexa en la noticia salió {} y no sé cuál es la capital | comoras=KM; santo tomé y príncipe=ST; sudán del sur=SS | es-MX
subdivision | alexa cuál es la capital de {} en la india | gujarat=IN-GJ; punyab=IN-PB; bihar=IN-BR | es-MX
subdivision | alexa la capital de {} brasil cuál es | ceará=BR-CE; goiás=BR-GO; pará=BR-PA | es-MX
subdivision | alexa dime la capital de {} en australia | territorio del norte=AU-NT; territorio de la capital australiana=AU-ACT | es-MX
subdivision | alexa la capital de {} en canadá cuál es | nueva escocia=CA-NS; nuevo brunswick=CA-NB; isla del príncipe eduardo=CA-PE | es-MX
subdivision | alexa cuál es la capital de {} allá arriba en canadá | yukón=CA-YT; nunavut=CA-NU; territorios del noroeste=CA-NT | es-MX
help | alexa cómo se usa lo de las capitales | HELP | es-MX
help | no sé qué preguntarte alexa ayúdame tantito | HELP | es-MX
help | alexa qué onda cómo funciona esto | HELP | es-MX
help | alexa dime qué sabes hacer | HELP | es-MX
stop | alexa ya estuvo suave | STOP | es-MX
stop | ya córtale alexa | STOP | es-MX
stop | alexa apágale ya | STOP | es-MX
stop | ya me aburrí alexa sal | STOP | es-MX
stop | alexa termina el juego | STOP | es-MX
cancel | no mejor olvídalo alexa | CANCEL | es-MX
cancel | alexa nada ya se me olvidó | CANCEL | es-MX
cancel | cancela alexa me equivoqué | CANCEL | es-MX
cancel | ay no déjalo | CANCEL | es-MX
cancel | alexa no era eso olvídalo | CANCEL | es-MX
cancel | no pos ya no | CANCEL | es-MX
launch | alexa abre el de capitales del mundo | LAUNCH | es-MX
launch | alexa quiero jugar capitales del mundo | LAUNCH | es-MX
out-of-domain | alexa cuál es la capital de la sierra gorda | FB | es-MX
out-of-domain | cuál es la capital del soconusco | FB | es-MX
out-of-domain | la capital de la región de los ríos en tabasco | FB | es-MX
out-of-domain | alexa cuál es la capital de la costa chica | FB | es-MX
out-of-domain | cuál era la capital de la gran tenochtitlan | FB | es-MX
out-of-domain | la capital del reino de chichén itzá | FB | es-MX
out-of-domain | alexa cuál es la capital de el dorado | FB | es-MX
out-of-domain | la capital de la atlántida maya | FB | es-MX
out-of-domain | alexa qué es un capital semilla | FB | es-MX
out-of-domain | cuál es la capital del cacao | FB | es-MX
out-of-domain | alexa pon corridos tumbados | FB | es-MX
out-of-domain | cuánto cuesta la caseta a puebla | FB | es-MX
out-of-domain | alexa recuérdame pagar la luz | FB | es-MX
out-of-domain | alexa cuántos grados hace en hermosillo | FB | es-MX
out-of-domain | cuál es el número del seguro social | FB | es-MX
out-of-domain | alexa dime el horóscopo de hoy | FB | es-MX
out-of-domain | cómo se dice hola en maya | FB | es-MX
out-of-domain | qué es un delito capital | FB | es-MX
# ---------------------------------------------------------------- es-US second batch
work | alexa soy enfermera en houston y el paciente es de {} cuál es su capital | afganistán=AF; indonesia=ID; líbano=LB | es-US
situation | alexa en el refugee center de dallas hay familias de {} cuál es la capital | república centroafricana=CF; burundi=BI; congo brazzaville=CG | es-US
learner | alexa my co-worker es de {} cuál es the capital | bosnia=BA; bulgaria=BG; moldova=MD | es-US
school | alexa en el community college tengo que saber la capital de {} | brunéi=BN; laos=LA; singapur=SG | es-US
game | alexa estamos en el trivia night del bar y preguntan la capital de {} | liechtenstein=LI; montenegro=ME; macedonia del norte=MK | es-US
situation | alexa en la iglesia hay un pastor de {} cuál es la capital de su país | madagascar=MG; botsuana=BW; guinea ecuatorial=GQ | es-US
situation | alexa en el uber el chofer es de {} y le pregunté la capital pero no le entendí | serbia=RS; bielorrusia=BY; mauricio=MU | es-US
school | alexa en el homework sale {} cuál es la capital | comoras=KM; seychelles=SC; santo tomé y príncipe=ST | es-US
subdivision | alexa la capital de {} de brasil | santa catarina=BR-SC; mato grosso=BR-MT; são paulo=BR-SP | es-US
subdivision | alexa cuál es la capital de {} in india | maharastra=IN-MH; telangana=IN-TS; odisha=IN-OD | es-US
subdivision | alexa y de {} en los estados unidos | carolina del sur=US-SC; misuri=US-MO; oklahoma=US-OK | es-US
help | alexa i need help con las capitales | HELP | es-US
help | alexa cómo le pregunto algo a este juego | HELP | es-US
help | alexa no sé cómo jugar help | HELP | es-US
help | qué tengo que decir para que funcione | HELP | es-US
stop | alexa ya basta | STOP | es-US
stop | alexa stop the game ya | STOP | es-US
stop | alexa shut it off | STOP | es-US
stop | alexa cállate please | STOP | es-US
stop | alexa end it | STOP | es-US
cancel | alexa cancel cancel | CANCEL | es-US
cancel | nope never mind | CANCEL | es-US
cancel | alexa olvídate ya no importa | CANCEL | es-US
cancel | no espera cancel that | CANCEL | es-US
cancel | ay forget it | CANCEL | es-US
cancel | alexa déjalo nomás | CANCEL | es-US
launch | alexa let's play capitales del mundo en español | LAUNCH | es-US
launch | alexa open the capitales del mundo game | LAUNCH | es-US
out-of-domain | alexa cuál es la capital de queens | FB | es-US
out-of-domain | cuál es la capital de silicon valley | FB | es-US
out-of-domain | la capital del valle de salinas | FB | es-US
out-of-domain | alexa cuál es la capital de nueva inglaterra | FB | es-US
out-of-domain | cuál es la capital de la nación navajo | FB | es-US
out-of-domain | la capital de la alta california cuando era de méxico | FB | es-US
out-of-domain | alexa cuál era la capital de la confederación | FB | es-US
out-of-domain | cuál es la capital de la tierra de los sueños | FB | es-US
out-of-domain | alexa cuál es la capital de dinotopia | FB | es-US
out-of-domain | alexa cuál es la capital mundial de la lechuga | FB | es-US
out-of-domain | cuál es la capital de las alfombras | FB | es-US
out-of-domain | alexa how much is a green card | FB | es-US
out-of-domain | alexa pon la novela de telemundo | FB | es-US
out-of-domain | cuándo llega mi paquete de amazon | FB | es-US
out-of-domain | qué es venture capital | FB | es-US
out-of-domain | alexa play música cristiana | FB | es-US
out-of-domain | alexa cuál es la capital del trap | FB | es-US
out-of-domain | alexa set an alarm para las cuatro | FB | es-US
# ---------------------------------------------------------------- third batch, all locales
follow-up | y la de su vecino marruecos | MA | es-ES
follow-up | y la de francia ya puestos | FR | es-ES
follow-up | vale y la de grecia | GR | es-ES
follow-up | e a de galicia non que é broma a de irlanda | IE | es-ES
follow-up | y la de bélgica cuál es | BE | es-ES
follow-up | y de egipto | EG | es-MX
follow-up | órale y la de perú | PE | es-MX
follow-up | y la de chiapas | MX-CHP | es-MX
follow-up | y la de oaxaca alexa | MX-OAX | es-MX
follow-up | and what about nicaragua | NI | es-US
follow-up | y la de texas | US-TX | es-US
follow-up | y la de guatemala mija | GT | es-US
self-correction | alexa la capital de letonia no de lituania perdona | LT | es-ES
self-correction | la capital de eh suecia no no noruega | NO | es-ES
self-correction | alexa dime la capital de gambia o sea de guinea | GN | es-ES
self-correction | la capital de camerún digo de chad | TD | es-ES
self-correction | alexa la capital de zambia no de zimbabue | ZW | es-MX
self-correction | la capital de bolivia ay no de paraguay | PY | es-MX
self-correction | alexa cuál es la capital de sonora no perdón de sinaloa | MX-SIN | es-MX
self-correction | alexa la capital de kansas no arkansas | US-AR | es-US
self-correction | the capital of el salvador no i mean honduras | HN | es-US
self-correction | alexa la capital de mississippi no de missouri | US-MO | es-US
yes-no-check | la capital de escocia es glasgow no | GB-SCT | es-ES
yes-no-check | alexa la capital de suiza es zúrich verdad | CH | es-ES
yes-no-check | alexa la capital de italia es roma o milán | IT | es-ES
yes-no-check | la capital de vietnam es saigón o hanói | VN | es-ES
yes-no-check | alexa la capital de la india es bombay sí | IN | es-ES
yes-no-check | alexa la capital de pakistán es karachi verdad | PK | es-MX
yes-no-check | oye alexa la capital de ecuador es guayaquil o quito | EC | es-MX
yes-no-check | la capital de jalisco es guadalajara no | MX-JAL | es-MX
yes-no-check | alexa la capital de quintana roo es cancún a poco no | MX-ROO | es-MX
yes-no-check | alexa la capital de florida es orlando no | US-FL | es-US
yes-no-check | the capital of colombia es medellín right | CO | es-US
yes-no-check | alexa la capital de nevada es reno o carson city | US-NV | es-US
reverse-question | alexa {} de qué país es | tiflis=CITY:Tiflis; ereván=CITY:Ereván; bakú=CITY:Bakú | es-ES
reverse-question | oye alexa {} es la capital de qué | asmara=CITY:Asmara; mogadiscio=CITY:Mogadiscio; jartum=CITY:Jartum | es-ES
reverse-question | alexa de qué país es la capital {} | windhoek=CITY:Windhoek; gaborone=CITY:Gaborone; maseru=CITY:Maseru | es-MX
reverse-question | alexa {} es capital de qué estado de méxico | morelia=CITY:Morelia; cuernavaca=CITY:Cuernavaca; pachuca=CITY:Pachuca | es-MX
reverse-question | alexa {} is the capital de qué estado | montpelier=CITY:Montpelier; pierre=CITY:Pierre; cheyenne=CITY:Cheyenne | es-US
reverse-question | alexa de qué país es capital puerto príncipe | CITY:Puerto Príncipe | es-US
everyday-name | alexa la capital de los países bajos o sea holanda | NL | es-ES
everyday-name | la capital de rusia la de siempre | RU | es-ES
everyday-name | alexa la capital de persia | IR | es-ES
everyday-name | la capital de timor oriental | TL | es-MX
everyday-name | alexa cuál es la capital de los emiratos | AE | es-MX
everyday-name | la capital de gran bretaña | GB | es-MX
everyday-name | la capital de la república dominicana o sea quisqueya | DO | es-US
everyday-name | alexa la capital de los states | US | es-US
everyday-name | la capital de cabo verde o cape verde | CV | es-US
official-name | alexa la capital de la república francesa | FR | es-ES
official-name | la capital del reino de españa | ES | es-ES
official-name | alexa la capital de la república argentina | AR | es-ES
official-name | alexa la capital de la república islámica de irán | IR | es-MX
official-name | la capital de la república de corea | KR | es-MX
official-name | alexa la capital de la república democrática del congo | CD | es-US
official-name | cuál es la capital de la república de guatemala | GT | es-US
official-name | la capital del reino de tailandia | TH | es-US
shared-name | alexa la capital de georgia la de tiflis no la de atlanta | GE | es-ES
shared-name | la capital de granada la del caribe | GD | es-ES
shared-name | alexa la capital de las islas vírgenes las dos | VG+VI | es-ES
shared-name | alexa cuál es la capital de dominica y la dominicana | DM+DO | es-MX
shared-name | alexa cuál es la capital de georgia pues | GE+US-GA | es-US
plural-capitals | alexa por qué sudáfrica tiene varias capitales y cuáles son | ZA | es-ES
plural-capitals | las capitales de bolivia sucre y cuál más | BO | es-ES
plural-capitals | alexa las capitales de malasia | MY | es-ES
plural-capitals | alexa cuáles son las dos capitales de sri lanka | LK | es-MX
plural-capitals | alexa palestina cuáles son sus capitales | PS | es-US
plural-capitals | alexa las capitales de esuatini please | SZ | es-US
# more situations es-US: a Dominican barber, a Venezuelan delivery rider, a Colombian nanny, a Puerto Rican veteran
work | alexa soy barbero en lawrence y un cliente es de {} cuál es su capital | cabo verde=CV; ghana=GH; nigeria=NG | es-US
work | alexa hago delivery en la moto en doral y el pedido es para alguien de {} cuál es la capital | argentina=AR; chile=CL; uruguay=UY | es-US
work | alexa soy niñera en nueva jersey y la familia es de {} cuál es la capital | india=IN; israel=IL; rusia=RU | es-US
elder | alexa yo serví en {} con la army cuál es la capital | corea del sur=KR; alemania=DE; irak=IQ | es-US
situation | alexa mi nieto está estacionado en {} cuál es la capital | japón=JP; italia=IT; kuwait=KW | es-US
hesitation | alexa uhm la capital de {} es como algo así | kazajistán=KZ; uzbekistán=UZ; mongolia=MN | es-US
code-switch | alexa la capital de {} porfa que mi boyfriend dice que es otra | australia=AU; canadá=CA; suiza=CH | es-US
family | alexa mis hijos pelean por la capital de {} díselo tú | brasil=BR; portugal=PT; francia=FR | es-US
family | alexa mi mamá se va de crucero a {} cuál es la capital | bahamas=BS; jamaica=JM; islas caimán=KY | es-US
# more es-ES: a shepherd dog trial, a pharmacy, a retirement home bingo
elder | alexa en la residencia jugamos a las capitales y me toca {} | egipto=EG; grecia=GR; turquía=TR | es-ES
work | alexa soy farmacéutica y un cliente de {} me pregunta cosas cuál es la capital de su país | rumanía=RO; ucrania=UA; georgia el país=GE | es-ES
family | alexa mi marido dice que la capital de {} es otra y yo digo que no dínoslo | estados unidos=US; brasil=BR; turquía=TR | es-ES
family | alexa los niños en el coche preguntan la capital de {} | alemania=DE; portugal=PT; italia=IT | es-ES
# more es-MX: a lotería caller, a tianguis, a grandmother with telenovelas
family | alexa mi hija se casó con un muchacho de {} cuál es la capital de allá | argentina=AR; colombia=CO; perú=PE | es-MX
family | alexa mi señora me pregunta la capital de {} para el crucigrama | islandia=IS; irlanda=IE; finlandia=FI | es-MX
elder | alexa en la telenovela dijeron la capital de {} y no le entendí | turquía=TR; corea del sur=KR; brasil=BR | es-MX
work | alexa vendo en el tianguis y el señor del puesto de al lado es de {} cuál es su capital | china=CN; corea del sur=KR; líbano=LB | es-MX
out-of-domain | alexa cuál es la capital de la tierra de fuego y hielo de juego de tronos | FB | es-MX
out-of-domain | alexa cuál es la capital de la frontera norte | FB | es-MX
out-of-domain | alexa qué es una ciudad capital | FB | es-US
out-of-domain | cuál es la capital de la bachata | FB | es-US
out-of-domain | alexa cuál es la capital de galicia en portugal | FB | es-ES
out-of-domain | alexa qué hora es en caracas | FB | es-ES
# fourth batch: Kosovo, Togo, Tamaulipas, more Brazilian and Indian states, more territories
situation | alexa en la obra tengo un compañero de {} cuál es su capital | kosovo=XK; togo=TG; albania=AL | es-ES
learner | alexa yo kosovar aprendo español la capital de kosovo es pristina sí | XK | es-US
situation | alexa en el mundial juega {} cuál es la capital | kosovo=XK; togo=TG; panamá=PA | es-MX
subdivision | alexa cuál es la capital de tamaulipas es reynosa o ciudad victoria | MX-TAM | es-MX
subdivision | alexa voy al carnaval de {} cuál es la capital del estado | río de janeiro=BR-RJ; maranhão=BR-MA; alagoas=BR-AL | es-ES
subdivision | alexa la capital de {} la de brasil | espírito santo=BR-ES; mato grosso del sur=BR-MS; tocantins=BR-TO | es-MX
subdivision | alexa mi amiga brasileña es de {} cuál es la capital | paraíba=BR-PB; piauí=BR-PI; río grande del norte=BR-RN | es-US
subdivision | alexa un monje budista me dijo que es de {} cuál es la capital | sikkim=IN-SK; himachal pradesh=IN-HP; ladakh=IN-LA | es-ES
subdivision | alexa cuál es la capital de {} que sale en la película | madhya pradesh=IN-MP; jharkhand=IN-JH; uttarakhand=IN-UK | es-MX
subdivision | alexa la capital de {} estado de la india | manipur=IN-MN; nagaland=IN-NL; tripura=IN-TR | es-US
territory | alexa de vacaciones en {} cuál es la capital | islas cook=CK; wallis y futuna=WF; san pedro y miquelón=PM | es-ES
territory | alexa mi tío vive en {} cuál es la capital | san martín la parte francesa=MF; san bartolomé=BL; montserrat=MS | es-MX
territory | alexa la capital de {} existe | isla norfolk=NF; niue=NU; tokelau=TK | es-US
situation | alexa en el vaticano cuál es la capital | VA | es-ES
"""

if __name__ == "__main__":
    build_round(41, "es", LINES, sys.argv, "tests/Eval/es/round41/source/build_corpus.py")
