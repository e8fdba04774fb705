"""Round 48, Spanish (es-ES, es-MX, es-US): a new author's own mix, written blind at the start of the fifty-sixth session
(brief WRITER62.md).

Written by the writer62-es helper without the voice model, the simulator, the skill's code, the interaction model or
earlier rounds' halves; only the places' ids, kinds, Spanish names and capital names were read from the data, through a
small script, to check ids and to know which places exist. Speakers and situations were chosen apart from round 47's
(Málaga and Almería, Sevilla, Huelva and Córdoba, young Spaniards abroad, Chilean, Uruguayan, Equatoguinean, Sahrawi,
Russian, Georgian, Armenian, Scandinavian, Dutch, German, Japanese, Korean and Taiwanese speakers in Spain; Tamaulipas,
Nayarit and Baja California Sur, the Estado de México, Quintana Roo, Guerrero, Lebanese-Mexican families, Japanese and
Korean engineers; East Los Angeles, San Diego and southern Arizona, Puerto Ricans in Philadelphia and Holyoke,
Minneapolis, Guatemalans in Pico-Union and Gulfton, Costa Ricans and Panamanians, Anglo learners, the citizenship test)
and from the round 46, 45 and 44 groups its docstring names (Spanish regions, Venezuelan, Argentine, Dominican,
Colombian, Bolivian, Paraguayan, Peruvian, Cuban, Romanian, Ecuadorian, Chinese, Ukrainian, Nigerian, Filipino and
Pakistani families in Spain; Monterrey, Guadalajara, Sinaloa, Tijuana, Chiapas, Veracruz and most Mexican states; New
York, Texas, South Florida, Chicago, the Central Valley and the other US places it lists). Where a group here shares
an origin with an earlier one (Venezuelans, Argentines, Filipinos), it is in another country and situation: Venezuelan
migrants in Mexico, Argentine expats in Mexico City, Filipino crews in Alaska's canneries.

es-ES: Moroccan families (Tangier and Nador cousins, the Paso del Estrecho ferry, the mosque's Saturday class: wallah,
yallah, khoya, safi); Brazilian families (a salon in Barcelona, capoeira: nossa, tá bom, gente, obrigada, Portuguese
slipping in); Polish and Lithuanian learners (a warehouse in Zaragoza: tak, dziekuje, no to co; learner Spanish with
articles dropped); Camino de Santiago pilgrims (albergues in Sarria, buen camino, ultreia); elderly people in a
residencia (bingo, old names: Birmania, Ceilán, Persia; hija, ay señor, en mis tiempos); Sikh and Punjabi families
(the gurdwara in Badalona, fruit picking in Lleida: sat sri akal, ji, acha, theek hai); French exchange students in
Madrid (alors, bon, ouais, c'est quoi); work (a taxi driver at Barajas, a night-shift nurse, a greengrocer); school
(the selectividad, sixth-year homework, a geography test); games (Pasapalabra's rosco, a pub quiz, Trivial at dinner).

es-MX: Campeche and Ciudad del Carmen (the oil platforms, the malecón: mare, ay mare, qué onda pues); Mexicali and La
Chinesca (Chinese-Mexican families, the heat, crossing at Calexico: ni modo); Mennonites around Cuauhtémoc, Chihuahua
(Plautdietsch "jo", "daunkscheen", "na"; families from Manitoba, Paraguay, Belize and Bolivia); Venezuelan migrants in
Mexico (chamo, pana, chévere, vale; an arepa stand); returnees from the US in Zacatecas and Jalisco villages (la
troca, you know, my bad, never mind); Argentine expats in Mexico City (che, decime, boludo, dale, re, cancelá, pará);
truck drivers on the federal roads (compañero, la ruta, a la orden); work (a tianguis stall, an OXXO clerk, a call
centre); school (secundaria homework, the prepa exam, "la miss"); games (basta with "país con la letra", a cantina
bet for a chela, the family reunion).

es-US: Atlanta and Gainesville, Georgia (poultry plants, Buford Highway, y'all); Las Vegas hotel and casino workers
(housekeeping on the Strip, the night shift: mija); Alaska seafood processors (the Kodiak cannery, Filipino crews:
kabayan, salamat); Springdale, Arkansas and Oklahoma City (chicken plants, Marshallese neighbours, church bingo: mijo,
bendito); Bay Area tech workers from Spain and Argentina (una call, el standup, o sea); Kentucky horse farms (grooms at
Lexington, el patrón, la yegua); Latino soldiers (Fort Bragg, Fort Hood, copy that, roger that); work (an Amazon
warehouse, a rideshare driver, a home daycare); school (an ESL night class, the GED, kids' homework switching to
English); games (trivia night at church, a phone quiz app, cien latinos dijeron).

Every line was written by hand as one utterance; the only generated lines are the at most three fills of a frame
(each frame said once).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# ================================================================ es-ES
# Moroccan families in Spain: Tangier and Nador cousins, the Operación Paso del Estrecho, the mosque's Saturday class (wallah, yallah, khoya, safi)
moroccan-families | alexa wallah no sé cuál es la capital de {} pregúntale tú | egipto=EG; jordania=JO; líbano=LB
moroccan-families | alexa khoya dice que la capital de {} es otra cuál es | argelia=DZ; túnez=TN; libia=LY
moroccan-families | alexa en la cola del barco de algeciras hay coches de {} cuál es la capital | francia=FR; bélgica=BE; holanda=NL
moroccan-families | alexa safi dime la capital de {} y ya | marruecos=MA; mauritania=MR; yemen=YE
moroccan-families | alexa mi tío trabaja en {} cuál es la capital de ese país | catar=QA; kuwait=KW; baréin=BH
moroccan-families | alexa yallah rápido la capital de {} | omán=OM; irak=IQ; siria=SY
moroccan-families | alexa mi hija en el cole tiene que saber la capital de {} | arabia saudí=SA; los emiratos árabes=AE; sudán=SD
moroccan-families | alexa cuáles son las capitales de palestina wallah | PS
moroccan-families | alexa la capital de palestina cuál es la de verdad | PS
moroccan-families | alexa en el barco de tánger me dijeron que el sáhara occidental tiene capital cuál es | EH
moroccan-families | alexa khoya cuál es la capital del rif | FB
moroccan-families | alexa cuánto tarda el ferry de tarifa a tánger | FB
# Brazilian families in Spain: a salon in Barcelona, capoeira on Sundays, Portuguese slipping in (nossa, tá bom, gente, obrigada)
brazilian-families | alexa nossa qual é a capital de {} digo cuál es la capital | paraguay=PY; uruguay=UY; argentina=AR
brazilian-families | alexa gente cuál es la capital del estado de {} en brasil | bahía=BR-BA; pernambuco=BR-PE; ceará=BR-CE
brazilian-families | alexa tá bom y la capital de {} | minas gerais=BR-MG; paraná=BR-PR; goiás=BR-GO
brazilian-families | alexa mi clienta del salón es de {} cuál es la capital de allí | cabo verde=CV; angola=AO; mozambique=MZ
brazilian-families | alexa la capital de {} obrigada | santo tomé y príncipe=ST; guinea bisáu=GW; timor oriental=TL
brazilian-families | alexa cuál es la capital de brasil é brasília né | BR
brazilian-families | alexa en capoeira hay un chico de {} cuál es su capital | surinam=SR; guyana=GY; la guayana francesa=GF
brazilian-families | alexa nossa senhora la capital del estado de {} | amazonas=BR-AM; pará=BR-PA; maranhão=BR-MA
brazilian-families | alexa gente la capital de {} cuál es mesmo | sergipe=BR-SE; alagoas=BR-AL; paraíba=BR-PB
brazilian-families | alexa tocá una música de caetano veloso | FB
brazilian-families | alexa qual é a previsão do tempo para amanhã | FB
# Polish and Lithuanian learners in Spain: a warehouse in Zaragoza, learner Spanish (dziekuje, tak, no to co; articles dropped)
polish-learners | alexa tak por favor capital de {} | polonia=PL; lituania=LT; eslovaquia=SK
polish-learners | alexa dziekuje y capital de país {} cuál es | ucrania=UA; bielorrusia=BY; moldavia=MD
polish-learners | alexa yo no sabe capital de {} tú sabes | kazajistán=KZ; uzbekistán=UZ; turkmenistán=TM
polish-learners | alexa no to co capital de {} por favor | tayikistán=TJ; kirguistán=KG; azerbaiyán=AZ
polish-learners | alexa mi jefe pregunta capital de {} qué digo | armenia=AM; georgia el país=GE; mongolia=MN
polish-learners | alexa cuál es capital de república checa | CZ
polish-learners | alexa tak tak gracias ya está | STOP
polish-learners | alexa yo no entiende qué puedo preguntar | HELP
# Camino de Santiago pilgrims: albergues, blisters, foreigners and Spaniards at the same table (buen camino, ultreia, peregrino)
camino-pilgrims | alexa buen camino oye la capital de {} cuál es | nueva zelanda=NZ; australia=AU; canadá=CA
camino-pilgrims | alexa en el albergue de sarria duerme una chica de {} cuál es la capital | corea del sur=KR; japón=JP; taiwán=TW
camino-pilgrims | alexa un peregrino de {} me ha preguntado la capital de su país y no se la sé | irlanda=IE; escocia=GB-SCT; gales=GB-WLS
camino-pilgrims | alexa ultreia la capital de {} cuál es | estonia=EE; letonia=LV; finlandia=FI
camino-pilgrims | alexa con las ampollas no pienso cuál es la capital de {} | dinamarca=DK; noruega=NO; suecia=SE
camino-pilgrims | alexa mi compañero de etapa viene de {} dime la capital | sudáfrica=ZA; namibia=NA; botsuana=BW
camino-pilgrims | alexa cuáles son las capitales de sudáfrica que el peregrino de durban no se aclara | ZA
camino-pilgrims | alexa cuántos kilómetros quedan hasta santiago de compostela | FB
camino-pilgrims | alexa cuál es la capital del camino francés | FB
camino-pilgrims | alexa pon música celta para caminar | FB
# Elderly people in a residencia: bingo afternoons, the auxiliary on the night shift, remembering old names (hija, mira, ay señor, en mis tiempos)
residencia-elderly | alexa hija cuál es la capital de {} que ya no me acuerdo | birmania=MM; ceilán=LK; persia=IR
residencia-elderly | alexa en mis tiempos la capital de {} era otra cuál es ahora | kazajistán=KZ; brasil=BR; nigeria=NG
residencia-elderly | alexa ay señor la capital de {} | rusia=RU; italia=IT; portugal=PT
residencia-elderly | alexa mira la capital de {} me la dices | suiza=CH; austria=AT; alemania=DE
residencia-elderly | alexa mi nieto está de viaje en {} cuál es la capital | tailandia=TH; vietnam=VN; camboya=KH
residencia-elderly | alexa cuáles son las capitales de bolivia que yo decía la paz y mi nuera dice sucre | BO
residencia-elderly | alexa la capital de la unión soviética cuál era | FB
residencia-elderly | alexa a qué hora es la misa de la tele | FB
residencia-elderly | alexa ponme una copla de juanito valderrama | FB
residencia-elderly | alexa hija ya no quiero más | STOP
residencia-elderly | alexa no sé cómo va esto ayúdame | HELP
residencia-elderly | alexa déjalo que me he liado | CANCEL
# Sikh and Punjabi families in Spain: Gurdwara in Badalona, fruit picking in Lleida, Punjabi mixed in (sat sri akal, ji, acha, theek hai)
punjabi-families | alexa sat sri akal la capital de {} ji | india=IN; pakistán=PK; bangladés=BD
punjabi-families | alexa acha y cuál es la capital del estado de {} | punyab=IN-PB; haryana=IN-HR; rajastán=IN-RJ
punjabi-families | alexa theek hai la capital de {} en la india | kerala=IN-KL; tamil nadu=IN-TN; gujarat=IN-GJ
punjabi-families | alexa mi primo vive en {} cuál es la capital | nepal=NP; bután=BT; sri lanka=LK
punjabi-families | alexa ji cuáles son las capitales de sri lanka | LK
punjabi-families | alexa la capital de {} del norte de la india | himachal pradesh=IN-HP; uttarakhand=IN-UK; jammu y cachemira=IN-JK
punjabi-families | alexa acha la capital de {} en el este | bengala occidental=IN-WB; odisha=IN-OD; assam=IN-AS
punjabi-families | alexa cuál es la capital de chandigarh y de punjab es la misma | IN-CH+IN-PB
punjabi-families | alexa pon kirtan del templo dorado | FB
# French students in Madrid: an exchange at the Complutense, Spanish with French words (alors, bon, ouais, c'est quoi)
french-students | alexa alors cuál es la capital de {} | senegal=SN; mali=ML; burkina faso=BF
french-students | alexa bon c'est quoi la capital de {} en español | costa de marfil=CI; guinea=GN; níger=NE
french-students | alexa ouais y la capital de {} es | martinica=MQ; guadalupe la isla=GP; reunión=RE
french-students | alexa la capital de {} ma copine dice que no la sé | togo=TG; benín=BJ; gabón=GA
french-students | alexa cuáles son las capitales de costa de marfil alors | CI
french-students | alexa cuáles son las capitales de benín bon | BJ
french-students | alexa pardon la capital de {} | nueva caledonia=NC; la polinesia francesa=PF; mayotte=YT
french-students | alexa c'est quoi el tiempo en madrid mañana | FB
french-students | alexa alors la capital de francia es parís ou pas | FR
# Work in Spain: a taxi driver at Barajas, a nurse on night shift, a greengrocer
work-es | alexa tengo un cliente en el taxi que viene de {} cuál es la capital | israel=IL; chipre=CY; malta=MT
work-es | alexa en la planta de noche un paciente es de {} cuál es su capital | guinea ecuatorial=GQ; camerún=CM; chad=TD
work-es | alexa estas piñas vienen de {} cuál es la capital de allí | costa rica=CR; honduras=HN; ecuador=EC
work-es | alexa los mangos son de {} y la capital cuál es | perú=PE; brasil=BR; senegal el país=SN
work-es | alexa los plátanos de {} tienen capital cuál es | canarias=FB; colombia=CO; panamá=PA
work-es | alexa la ruta del taxi al aeropuerto cuánto tarda | FB
work-es | alexa apunta en la lista de la compra patatas | FB
# School in Spain: the selectividad, primary homework, a geography teacher's test
school-es | alexa para la selectividad la capital de {} | croacia=HR; serbia=RS; bosnia=BA
school-es | alexa en los deberes de sexto pone la capital de {} | grecia=GR; turquía=TR; albania=AL
school-es | alexa la profe de geo ha puesto la capital de {} en el examen | montenegro=ME; eslovenia=SI; macedonia del norte=MK
school-es | alexa ejercicio tres capital de {} | bulgaria=BG; rumanía=RO; hungría=HU
school-es | alexa cuáles son las capitales de los países bajos para el examen | NL
school-es | alexa cuáles son las capitales de malasia que me lo preguntan mañana | MY
school-es | alexa cuánto es nueve por siete | FB
school-es | alexa cuál es el capital social de una sociedad limitada | FB
school-es | alexa cuál es la capital del imperio inca | FB
# Games in Spain: Pasapalabra at home, a pub quiz in Salamanca, parchís with questions
games-es | alexa en pasapalabra empieza por k la capital de {} | kenia=KE; kiribati=KI; kosovo=XK
games-es | alexa en el quiz del bar nos han preguntado la capital de {} | liechtenstein=LI; luxemburgo=LU; mónaco=MC
games-es | alexa pregunta del rosco la capital de {} | san marino=SM; andorra=AD; ciudad del vaticano=VA
games-es | alexa contiene la y la capital de {} | laos=LA; liberia=LR; lesoto=LS
games-es | alexa pasapalabra a ver la capital de {} | yibuti=DJ; eritrea=ER; somalia=SO
games-es | alexa cuáles son las capitales de esuatini que en el quiz del bar nadie lo sabía | SZ
games-es | alexa pon la canción de pasapalabra | FB
games-es | alexa cuántos puntos se lleva el rosco | FB
# ================================================================ es-MX
# Campeche and Ciudad del Carmen: the oil platforms, the malecón, the walled city (mare, ay mare, qué onda pues, bomba)
campeche-carmen | alexa mare cuál es la capital de {} | campeche=MX-CAM; tabasco=MX-TAB; yucatán=MX-YUC | es-MX
campeche-carmen | alexa en la plataforma hay un ingeniero de {} cuál es su capital | noruega el país=NO; venezuela=VE; nigeria el país=NG | es-MX
campeche-carmen | alexa ay mare la capital de {} cuál es | belice=BZ; guatemala=GT; el salvador=SV | es-MX
campeche-carmen | alexa los del barco son de {} cuál es la capital de ese lugar | trinidad y tobago=TT; jamaica=JM; bahamas=BS | es-MX
campeche-carmen | alexa qué onda pues la capital de {} | quintana roo=MX-ROO; chiapas=MX-CHP; veracruz=MX-VER | es-MX
campeche-carmen | alexa a qué hora sube la marea en ciudad del carmen | FB | es-MX
campeche-carmen | alexa cuál es la capital del camarón | FB | es-MX
# Mexicali and La Chinesca: Chinese-Mexican families, the heat, the border at Calexico (chinola, qué calor, ni modo, orale)
mexicali-chinesca | alexa con este calor ni pienso cuál es la capital de {} | baja california=MX-BCN; sonora=MX-SON; sinaloa=MX-SIN | es-MX
mexicali-chinesca | alexa mi abuelo vino de {} cuál es la capital | china=CN; cantón=FB; hong kong=HK | es-MX
mexicali-chinesca | alexa ni modo dime la capital de {} | singapur=SG; filipinas=PH; indonesia=ID | es-MX
mexicali-chinesca | alexa en el restaurante chino preguntan la capital de {} | taiwán el país=TW; macao=MO; corea del norte=KP | es-MX
mexicali-chinesca | alexa cuál es la capital de arizona que voy a cruzar por calexico | US-AZ | es-MX
mexicali-chinesca | alexa qué temperatura hace en mexicali ahorita | FB | es-MX
mexicali-chinesca | alexa cuál es la capital del estado de baja california sur | MX-BCS | es-MX
# Mennonites in Chihuahua: Cuauhtémoc's cheese, fields, Plautdietsch mixed with learner Spanish (jo, daunkscheen, na)
mennonite-chihuahua | alexa jo cuál es la capital de {} | paraguay el país=PY; belice el país=BZ; bolivia el país=BO | es-MX
mennonite-chihuahua | alexa mi familia viene de {} qué capital tiene | canadá el país=CA; manitoba=CA-MB; ontario=CA-ON | es-MX
mennonite-chihuahua | alexa daunkscheen y capital de {} | alemania el país=DE; prusia=FB; ucrania el país=UA | es-MX
mennonite-chihuahua | alexa na la capital de {} de canadá | saskatchewan=CA-SK; alberta=CA-AB; columbia británica=CA-BC | es-MX
mennonite-chihuahua | alexa cuáles son las capitales de bolivia que mi tío fue a santa cruz | BO | es-MX
mennonite-chihuahua | alexa cuánto cuesta el queso menonita | FB | es-MX
mennonite-chihuahua | alexa la capital de chihuahua es chihuahua verdad | MX-CHH | es-MX
# Venezuelan migrants in Mexico: Mexico City and Querétaro, arepa stands, apps for work (chamo, pana, chévere, vale)
venezuelan-mexico | alexa chamo cuál es la capital de {} | venezuela el país=VE; colombia el país=CO; ecuador el país=EC | es-MX
venezuelan-mexico | alexa pana dime la capital de {} que voy de paso | panamá el país=PA; costa rica el país=CR; nicaragua=NI | es-MX
venezuelan-mexico | alexa chévere y la capital de {} | aruba=AW; curazao=CW; trinidad=TT | es-MX
venezuelan-mexico | alexa vale la capital de {} cuál es | granada la isla=GD; dominica=DM; santa lucía=LC | es-MX
venezuelan-mexico | alexa en la arepera un cliente es de {} la capital cuál es | perú el país=PE; chile=CL; argentina el país=AR | es-MX
venezuelan-mexico | alexa cuánto está el dólar hoy | FB | es-MX
venezuelan-mexico | alexa chamo para ya | STOP | es-MX
# Returnees from the US: deported or back home in Zacatecas and Jalisco villages, English mixed in (pochos: la troca, el yarda, you know)
returnees-mx | alexa you know cuál es la capital de {} que allá viví diez años | carolina del norte=US-NC; georgia el estado=US-GA; oregón=US-OR | es-MX
returnees-mx | alexa yo trabajé en {} what's the capital de ese estado | nevada=US-NV; illinois=US-IL; kansas=US-KS | es-MX
returnees-mx | alexa la capital de {} la de la troca que manejaba | oklahoma=US-OK; arkansas=US-AR; tennessee=US-TN | es-MX
returnees-mx | alexa y la capital de {} pues | colorado=US-CO; utah=US-UT; nebraska=US-NE | es-MX
returnees-mx | alexa my bad digo la capital de {} | misuri=US-MO; iowa=US-IA; minnesota=US-MN | es-MX
returnees-mx | alexa cuál es la capital de los united states | US | es-MX
returnees-mx | alexa cuánto tardan en dar la visa de turista | FB | es-MX
returnees-mx | alexa never mind ya no | CANCEL | es-MX
# Argentine expats in Mexico City: Roma and Condesa, therapy and asado (che, boludo, dale, re)
argentine-cdmx | alexa che decime la capital de {} | uruguay el país=UY; chile el país=CL; paraguay=PY | es-MX
argentine-cdmx | alexa dale cuál es la capital de las islas malvinas | FK | es-MX
argentine-cdmx | alexa boludo la capital de {} cuál es | islandia=IS; groenlandia=GL; las islas feroe=FO | es-MX
argentine-cdmx | alexa re difícil la capital de {} | fiyi=FJ; samoa=WS; tonga=TO | es-MX
argentine-cdmx | alexa cuál es la capital de la provincia de buenos aires | FB | es-MX
argentine-cdmx | alexa che pará | STOP | es-MX
argentine-cdmx | alexa cancelá eso | CANCEL | es-MX
# Truck drivers on the federal roads: traileros crossing from Nuevo Laredo to Manzanillo, CB radio talk (compañero, la ruta, a la orden)
traileros | alexa compañero voy por {} cuál es la capital | zacatecas=MX-ZAC; durango=MX-DUR; coahuila=MX-COA | es-MX
traileros | alexa en la ruta paso por {} cuál es la capital de ahí | san luis potosí=MX-SLP; aguascalientes=MX-AGU; jalisco=MX-JAL | es-MX
traileros | alexa cargué en {} y no sé cuál es la capital | tamaulipas=MX-TAM; nuevo león=MX-NLE; colima=MX-COL | es-MX
traileros | alexa a la orden cuál es la capital de {} | michoacán=MX-MIC; guerrero=MX-GRO; morelos=MX-MOR | es-MX
traileros | alexa mañana llevo carga a {} qué capital tiene | querétaro=MX-QUE; hidalgo=MX-HID; tlaxcala=MX-TLA | es-MX
traileros | alexa cómo está el tráfico en la autopista a querétaro | FB | es-MX
traileros | alexa dónde hay una caseta de cobro cerca | FB | es-MX
# Work in Mexico: a tianguis stall, an OXXO clerk, a call centre
work-mx | alexa en el tianguis me preguntan la capital de {} | oaxaca=MX-OAX; puebla=MX-PUE; guanajuato=MX-GUA | es-MX
work-mx | alexa en el oxxo un güero de {} me preguntó la capital | nueva escocia=CA-NS; quebec=CA-QC; nuevo brunswick=CA-NB | es-MX
work-mx | alexa en el call center me tocó un cliente de {} cuál es su capital | massachusetts=US-MA; pensilvania=US-PA; virginia=US-VA | es-MX
work-mx | alexa a qué hora cierra el oxxo | FB | es-MX
work-mx | alexa cuánto es el salario mínimo | FB | es-MX
# School in Mexico: secundaria homework, the prepa exam, a teacher's pop quiz
school-mx | alexa de tarea de secundaria me dejaron la capital de {} | nayarit=MX-NAY; estado de méxico=MX-MEX; sinaloa el estado=MX-SIN | es-MX
school-mx | alexa el maestro preguntó la capital de {} y nadie supo | etiopía=ET; kenia el país=KE; tanzania=TZ | es-MX
school-mx | alexa para el examen de la prepa cuál es la capital de {} | uganda=UG; ruanda=RW; burundi=BI | es-MX
school-mx | alexa la miss dice que investiguemos la capital de {} | zambia=ZM; zimbabue=ZW; malaui=MW | es-MX
school-mx | alexa cuáles son las capitales de los países bajos que la maestra dijo dos | NL | es-MX
school-mx | alexa cuáles son las capitales de esuatini para la tarea | SZ | es-MX
school-mx | alexa cuántos estados tiene méxico | FB | es-MX
school-mx | alexa quién fue benito juárez | FB | es-MX
# Games in Mexico: basta (país con la letra), a cantina trivia, the family reunion bets
games-mx | alexa jugando basta país con la m la capital de {} | madagascar=MG; mauricio=MU; maldivas=MV | es-MX
games-mx | alexa basta con la s la capital de {} | seychelles=SC; sierra leona=SL; sudán del sur=SS | es-MX
games-mx | alexa en la cantina apostamos la capital de {} | islas salomón=SB; vanuatu=VU; papúa nueva guinea=PG | es-MX
games-mx | alexa te apuesto una chela a que no sabes la capital de {} | tuvalu=TV; nauru=NR; palaos=PW | es-MX
games-mx | alexa en la reunión familiar gana quien sepa la capital de {} | micronesia=FM; islas marshall=MH; kiribati el país=KI | es-MX
games-mx | alexa cuáles son las capitales de malasia gana la chela | MY | es-MX
games-mx | alexa cuáles son las capitales de sri lanka basta | LK | es-MX
games-mx | alexa pon una de vicente fernández | FB | es-MX
games-mx | alexa quién ganó el partido del américa | FB | es-MX
# ================================================================ es-US
# Atlanta and Gainesville, Georgia: poultry plants, Buford Highway, Mexican and Guatemalan families (la planta de pollo, y'all, bien padre)
atlanta-georgia | alexa en la planta de pollo trabajo con gente de {} cuál es la capital | guatemala el país=GT; honduras el país=HN; el salvador el país=SV | es-US
atlanta-georgia | alexa vivo en georgia cuál es la capital de mi estado | US-GA | es-US
atlanta-georgia | alexa on buford highway hay restaurantes de {} cuál es la capital | vietnam el país=VN; corea=KR; etiopía el país=ET | es-US
atlanta-georgia | alexa y'all cuál es la capital de {} | alabama=US-AL; carolina del sur=US-SC; florida=US-FL | es-US
atlanta-georgia | alexa la capital de {} que mi primo se mudó pa allá | tennessee el estado=US-TN; kentucky=US-KY; misisipi=US-MS | es-US
atlanta-georgia | alexa cuál es la capital de georgia el país no el estado | GE | es-US
atlanta-georgia | alexa a qué hora abre el consulado de méxico en atlanta | FB | es-US
# Las Vegas hotel and casino workers: the Culinary union, housekeeping on the Strip, the night shift (mija, bien cansada, the strip)
las-vegas | alexa después del turno en el casino quiero saber la capital de {} | nevada el estado=US-NV; california=US-CA; arizona el estado=US-AZ | es-US
las-vegas | alexa mija un huésped del hotel es de {} cuál es la capital | japón el país=JP; china el país=CN; filipinas el país=PH | es-US
las-vegas | alexa en el strip vi turistas de {} cuál es su capital | inglaterra=GB-ENG; irlanda del norte=GB-NIR; el reino unido=GB | es-US
las-vegas | alexa bien cansada pero dime la capital de {} | hawái=US-HI; alaska=US-AK; washington el estado=US-WA | es-US
las-vegas | alexa la capital de {} que de ahí es mi supervisor | nuevo méxico=US-NM; idaho=US-ID; wyoming=US-WY | es-US
las-vegas | alexa cuánto paga el jackpot de la máquina | FB | es-US
las-vegas | alexa cuál es la capital del entretenimiento | FB | es-US
las-vegas | alexa apágate ya | STOP | es-US
# Alaska seafood processors: summer in Dutch Harbor and Kodiak, Filipino and Mexican crews (la cannery, el barco, kabayan, salamat)
alaska-cannery | alexa en la cannery de kodiak hay gente de {} cuál es la capital | ucrania=UA; rusia el país=RU; turquía el país=TR | es-US
alaska-cannery | alexa kabayan dime la capital de {} | filipinas=PH; guam=GU; las islas marianas del norte=MP | es-US
alaska-cannery | alexa salamat y la capital de {} | samoa americana=AS; tokelau=TK; niue=NU | es-US
alaska-cannery | alexa cuál es la capital de alaska que no es anchorage | US-AK | es-US
alaska-cannery | alexa en el barco me preguntaron la capital de {} | yukón=CA-YT; los territorios del noroeste=CA-NT; nunavut=CA-NU | es-US
alaska-cannery | alexa cuántas horas de sol hay hoy en kodiak | FB | es-US
alaska-cannery | alexa pon música de los tigres del norte | FB | es-US
# Springdale, Arkansas and Oklahoma City: chicken plants, Marshallese neighbours, Tyson, a church bingo (mijo, bendito, ándale pues)
arkansas-oklahoma | alexa mis vecinos son de {} cuál es la capital | islas marshall el país=MH; micronesia el país=FM; palaos el país=PW | es-US
arkansas-oklahoma | alexa en el bingo de la iglesia preguntaron la capital de {} | luisiana=US-LA; texas=US-TX; kansas el estado=US-KS | es-US
arkansas-oklahoma | alexa mijo cuál es la capital de {} | arkansas el estado=US-AR; oklahoma el estado=US-OK; misuri el estado=US-MO | es-US
arkansas-oklahoma | alexa bendito la capital de {} cuál es | carolina del norte el estado=US-NC; virginia occidental=US-WV; maryland=US-MD | es-US
arkansas-oklahoma | alexa cuál es la capital de oklahoma la ciudad o qué | US-OK | es-US
arkansas-oklahoma | alexa a qué hora es el servicio en español | FB | es-US
# Bay Area tech workers from Spain and Argentina: startups, standups and Slack (una call, el deploy, o sea)
bay-area-tech | alexa entre call y call cuál es la capital de {} | israel el país=IL; estonia el país=EE; irlanda el país=IE | es-US
bay-area-tech | alexa o sea la capital de {} cuál es | singapur el país=SG; india el país=IN; karnataka=IN-KA | es-US
bay-area-tech | alexa mi manager es de {} la capital de allí cuál es | telangana=IN-TS; maharashtra=IN-MH; uttar pradesh=IN-UP | es-US
bay-area-tech | alexa para el standup necesito la capital de {} | canadá el país=CA; ontario el estado=CA-ON; columbia británica la provincia=CA-BC | es-US
bay-area-tech | alexa cuál es la capital de california es sacramento right | US-CA | es-US
bay-area-tech | alexa pon un timer de cinco minutos | FB | es-US
bay-area-tech | alexa cuánto está la acción de apple | FB | es-US
# Kentucky horse farms: grooms from Guatemala and Mexico at Lexington, the Derby (el caballo, la yegua, el patrón)
kentucky-horses | alexa el patrón compró un caballo de {} cuál es la capital | irlanda la isla verde=IE; arabia saudí el país=SA; dubái=FB | es-US
kentucky-horses | alexa la capital de kentucky cuál es no es louisville | US-KY | es-US
kentucky-horses | alexa la yegua viene de {} cuál es la capital | francia el país=FR; inglaterra el país=GB-ENG; nueva zelanda el país=NZ | es-US
kentucky-horses | alexa el veterinario es de {} y no sé la capital | ohio=US-OH; indiana=US-IN; virginia el estado=US-VA | es-US
kentucky-horses | alexa a qué hora es el kentucky derby | FB | es-US
# Latino soldiers: Fort Bragg, Fort Hood, deployments, a veteran uncle (el sargento, la base, copy that)
latino-soldiers | alexa copy that cuál es la capital de {} | afganistán=AF; irak el país=IQ; kuwait el país=KW | es-US
latino-soldiers | alexa el sargento me mandó a {} cuál es la capital | corea del sur el país=KR; japón el país=JP; alemania=DE | es-US
latino-soldiers | alexa mi tío estuvo en {} cuál es la capital de allá | vietnam el país=VN; panamá el país=PA; granada el país=GD | es-US
latino-soldiers | alexa la base está en {} cuál es la capital | yibuti el país=DJ; baréin el país=BH; catar el país=QA | es-US
latino-soldiers | alexa cuál es la capital de {} sargento | polonia el país=PL; rumanía el país=RO; lituania el país=LT | es-US
latino-soldiers | alexa roger that stop | STOP | es-US
latino-soldiers | alexa cuándo es el día de los veteranos | FB | es-US
# Work in the US: an Amazon warehouse, a rideshare driver, a home daycare
work-us | alexa en el warehouse mi lead es de {} cuál es la capital | somalia el país=SO; eritrea el país=ER; sudán el país=SD | es-US
work-us | alexa manejando uber un pasajero de {} me preguntó la capital | haití=HT; república dominicana=DO; cuba=CU | es-US
work-us | alexa los niños de la guardería son de {} cuál es la capital | puerto rico=PR; bermudas=BM; las islas caimán=KY | es-US
work-us | alexa cuántas millas manejé hoy | FB | es-US
work-us | alexa pon caricaturas para los niños | FB | es-US
# School in the US: an ESL night class, the GED, kids' homework in English and Spanish
school-us | alexa for my homework what is the capital de {} | dakota del norte=US-ND; dakota del sur=US-SD; montana=US-MT | es-US
school-us | alexa en la clase de esl la teacher preguntó la capital de {} | vermont=US-VT; maine=US-ME; nuevo hampshire=US-NH | es-US
school-us | alexa para el ged necesito la capital de {} | delaware=US-DE; nueva jersey=US-NJ; connecticut=US-CT | es-US
school-us | alexa mi hija pregunta the capital of {} | rhode island=US-RI; nueva york=US-NY; wisconsin=US-WI | es-US
school-us | alexa cuáles son las capitales de south africa para el project | ZA | es-US
school-us | alexa cuáles son las capitales de costa de marfil for school | CI | es-US
school-us | alexa how do you spell capital | FB | es-US
school-us | alexa cuánto es el square root of sixty four | FB | es-US
# Games in the US: 100 latinos dijeron at home, trivia night at church, a phone quiz app
games-us | alexa en el juego de trivia de la iglesia salió la capital de {} | míchigan=US-MI; luisiana el estado=US-LA; indiana el estado=US-IN | es-US
games-us | alexa para la app de trivia la capital de {} | santo tomé=ST; comoras=KM; cabo verde el país=CV | es-US
games-us | alexa jugando cien latinos dijeron la capital de {} | uzbekistán el país=UZ; turkmenistán el país=TM; azerbaiyán el país=AZ | es-US
games-us | alexa cuáles son las capitales de benín for the trivia | BJ | es-US
games-us | alexa cuáles son las capitales de palestina en el juego | PS | es-US
games-us | alexa juega a piedra papel o tijera | FB | es-US
games-us | alexa cuéntame un chiste | FB | es-US
# ================================================================ shared families
# follow-up
follow-up | alexa y la de {} | níger el país=NE; chad el país=TD; malí el país=ML
follow-up | alexa vale y ahora la de {} | bután el país=BT; nepal el país=NP; laos el país=LA
follow-up | alexa y qué me dices de {} | brunéi=BN; timor=TL; myanmar=MM
follow-up | alexa y la de su vecino {} | gambia el país=GM; guinea bisáu el país=GW; liberia el país=LR | es-MX
follow-up | alexa órale y la de {} | sonora el estado=MX-SON; durango el estado=MX-DUR; campeche el estado=MX-CAM | es-MX
follow-up | alexa y la de {} también | tabasco el estado=MX-TAB; oaxaca el estado=MX-OAX; yucatán el estado=MX-YUC | es-MX
follow-up | alexa okay and {} | texas el estado=US-TX; florida el estado=US-FL; nueva york el estado=US-NY | es-US
follow-up | alexa y la capital de {} entonces | montana el estado=US-MT; oregón el estado=US-OR; utah el estado=US-UT | es-US
follow-up | alexa y la otra {} | islandia el país=IS; dinamarca el país=DK; noruega la de los fiordos=NO | es-US
follow-up | alexa ahora dime la de {} porfa | argelia el país=DZ; libia el país=LY; túnez el país=TN
follow-up | alexa y de sudán del sur cuál es | SS | es-MX
follow-up | alexa y la de corea del norte | KP
# plural-capitals
plural-capitals | alexa cuáles son las capitales de benín | BJ
plural-capitals | alexa cuáles son las capitales de bolivia | BO | es-US
plural-capitals | alexa dime las capitales de costa de marfil | CI | es-MX
plural-capitals | alexa qué capitales tiene sri lanka | LK
plural-capitals | alexa las dos capitales de malasia cuáles son | MY | es-US
plural-capitals | alexa cuáles son las dos capitales de holanda | NL
plural-capitals | alexa esuatini tiene dos capitales cuáles son | SZ | es-US
plural-capitals | alexa las tres capitales de sudáfrica | ZA | es-MX
plural-capitals | alexa qué capitales tiene palestina | PS | es-MX
plural-capitals | alexa benín tiene dos capitales dímelas | BJ | es-MX
plural-capitals | alexa qué dos capitales tiene bolivia | BO
plural-capitals | alexa las capitales de costa de marfil cuáles son | CI
plural-capitals | alexa cuáles son las capitales de sri lanka colombo y cuál más | LK | es-US
plural-capitals | alexa dime las capitales de malasia | MY | es-MX
plural-capitals | alexa qué capitales tienen los países bajos | NL | es-US
plural-capitals | alexa dime las capitales de suazilandia | SZ
plural-capitals | alexa sudáfrica cuántas capitales tiene y cuáles son | ZA
plural-capitals | alexa las capitales de palestina cuáles son | PS | es-US
plural-capitals | alexa cuáles son las capitales de swazilandia | SZ | es-MX
plural-capitals | alexa cuáles son las capitales de benín y bolivia | BJ+BO | es-US
plural-capitals | alexa cuáles son las capitales de bolivia y de perú | BO+PE | es-MX
plural-capitals | alexa cuáles son las capitales de malasia y de sri lanka | LK+MY
plural-capitals | alexa las capitales de holanda y bélgica | BE+NL | es-US
plural-capitals | alexa cuáles son las capitales de sudáfrica y namibia | NA+ZA
# subdivision
subdivision | alexa cuál es la capital del estado de {} en méxico | chihuahua=MX-CHH; coahuila el estado=MX-COA; colima el estado=MX-COL | es-MX
subdivision | alexa cuál es la capital de la provincia de {} en canadá | manitoba la provincia=CA-MB; terranova=CA-NL; la isla del príncipe eduardo=CA-PE
subdivision | alexa la capital del estado australiano de {} | queensland=AU-QLD; victoria=AU-VIC; tasmania=AU-TAS
subdivision | alexa la capital de {} en australia | australia occidental=AU-WA; australia meridional=AU-SA; el territorio del norte=AU-NT
subdivision | alexa cuál es la capital de nueva gales del sur | AU-NSW | es-US
subdivision | alexa cuál es la capital del territorio de la capital australiana | AU-ACT
subdivision | alexa la capital del land de {} en alemania | baviera=DE-BY; sajonia=DE-SN; turingia=DE-TH
subdivision | alexa cuál es la capital de {} el estado alemán | hesse=DE-HE; sarre=DE-SL; brandeburgo=DE-BB
subdivision | alexa capital de {} en alemania | baja sajonia=DE-NI; renania del norte westfalia=DE-NW; renania palatinado=DE-RP
subdivision | alexa la capital de {} el land del norte | schleswig holstein=DE-SH; mecklemburgo pomerania occidental=DE-MV; sajonia anhalt=DE-ST | es-US
subdivision | alexa cuál es la capital de baden wurtemberg | DE-BW | es-MX
subdivision | alexa cuál es la capital del estado brasileño de {} | acre=BR-AC; amapá=BR-AP; rondonia=BR-RO
subdivision | alexa la capital de {} en brasil | roraima=BR-RR; tocantins=BR-TO; piauí=BR-PI | es-MX
subdivision | alexa qué capital tiene el estado de {} en brasil | santa catarina=BR-SC; espírito santo=BR-ES; mato grosso=BR-MT | es-US
subdivision | alexa cuál es la capital de mato grosso del sur | BR-MS
subdivision | alexa capital de río grande del sur | BR-RS | es-MX
subdivision | alexa la capital de río grande del norte | BR-RN | es-US
subdivision | alexa cuál es la capital de são paulo el estado | BR-SP
subdivision | alexa cuál es la capital de río de janeiro el estado | BR-RJ | es-MX
subdivision | alexa la capital del estado indio de {} | bihar=IN-BR; jharkhand=IN-JH; chhattisgarh=IN-CG | es-US
subdivision | alexa la capital de {} en la india | madhya pradesh=IN-MP; andhra pradesh=IN-AP; goa=IN-GA
subdivision | alexa cuál es la capital de {} al noreste de la india | manipur=IN-MN; mizoram=IN-MZ; nagaland=IN-NL
subdivision | alexa cuál es la capital de {} el estado del himalaya | sikkim=IN-SK; arunachal pradesh=IN-AR; meghalaya=IN-ML | es-MX
subdivision | alexa la capital de tripura | IN-TR | es-US
subdivision | alexa cuál es la capital de ladakh | IN-LA
subdivision | alexa cuál es la capital de puducherry | IN-PY | es-MX
subdivision | alexa la capital de las islas andamán y nicobar | IN-AN
subdivision | alexa cuál es la capital de las laquedivas | IN-LD | es-US
subdivision | alexa la capital de dadra y nagar haveli | IN-DH
subdivision | alexa cuál es la capital de delhi el territorio | IN-DL | es-MX
subdivision | alexa cuál es la capital de {} en el reino unido | escocia la nación=GB-SCT; gales la nación=GB-WLS; irlanda del norte la nación=GB-NIR | es-US
subdivision | alexa cuál es la capital del estado de {} en estados unidos | mississippi=US-MS; alabama el estado=US-AL; carolina del sur el estado=US-SC
subdivision | alexa la capital del estado de {} | dakota del norte el estado=US-ND; dakota del sur el estado=US-SD; nebraska el estado=US-NE | es-MX
subdivision | alexa cuál es la capital de {} en el noreste | massachusetts el estado=US-MA; pensilvania el estado=US-PA; nueva jersey el estado=US-NJ | es-US
subdivision | alexa cuál es la capital de illinois no es chicago verdad | US-IL | es-US
subdivision | alexa cuál es la capital de wisconsin no es milwaukee | US-WI | es-MX
subdivision | alexa cuál es la capital de la ciudad de méxico | MX-CMX | es-MX
subdivision | alexa la capital de berlín el estado alemán | DE-BE
subdivision | alexa cuál es la capital de hamburgo el land | DE-HH | es-MX
subdivision | alexa la capital del estado de bremen | DE-HB
subdivision | alexa cuál es la capital del distrito federal de brasil | BR-DF
subdivision | alexa cuál es la capital de washington dc | US-DC | es-US
subdivision | alexa cuál es la capital de saskatchewan la provincia | CA-SK
subdivision | alexa cuál es la capital de la región de murcia | FB
subdivision | alexa cuál es la capital de cataluña | FB
subdivision | alexa la capital del condado de orange | FB | es-US
subdivision | alexa cuál es la capital de la región de los lagos | FB | es-MX
# territories and dependencies (in the speakers' own families' words, here gathered as subdivision-like asks)
territories | alexa cuál es la capital de {} la isla británica | la isla de man=IM; jersey la isla=JE; guernesey=GG
territories | alexa la capital de {} en el caribe | anguila=AI; montserrat=MS; las islas turcas y caicos=TC | es-US
territories | alexa cuál es la capital de {} que vamos de crucero | las islas vírgenes británicas=VG; las islas vírgenes americanas=VI; san martín el lado francés=MF | es-US
territories | alexa la capital de {} la parte holandesa | sint maarten=SX; bonaire=BQ; curazao la isla=CW | es-MX
territories | alexa cuál es la capital de {} en el atlántico sur | santa elena=SH; las islas georgias del sur=GS; las malvinas=FK
territories | alexa cuál es la capital de {} en el pacífico | las islas cook=CK; las islas pitcairn=PN; wallis y futuna=WF | es-MX
territories | alexa la capital de {} de australia la isla | la isla norfolk=NF; la isla de navidad=CX; las islas cocos=CC
territories | alexa oye cuál es la capital de {} | san bartolomé=BL; san pedro y miquelón=PM; las islas aland=AX
territories | alexa capital de svalbard | SJ | es-US
territories | alexa cuál es la capital del territorio británico del océano índico | IO | es-MX
territories | alexa la capital de los territorios australes franceses | TF
territories | alexa cuál es la capital de la antártida | AQ | es-US
territories | alexa cuál es la capital de la isla bouvet | BV
territories | alexa cuál es la capital de la guayana francesa la de kourou | GF | es-MX
territories | alexa cuál es la capital de groenlandia la de dinamarca | GL | es-US
territories | alexa cuál es la capital de puerto rico la isla del encanto | PR | es-US
territories | alexa la capital de gibraltar la roca | GI
# official-name
official-name | alexa cuál es la capital de la república de {} | costa rica la república=CR; sudáfrica la república=ZA; chipre la república=CY | es-US
official-name | alexa cuál es la capital de la república federal de alemania | DE
official-name | alexa la capital del reino de {} | marruecos el reino=MA; bélgica el reino=BE; tailandia el reino=TH
official-name | alexa cuál es la capital de los estados unidos mexicanos | MX | es-MX
official-name | alexa cuál es la capital de la república bolivariana de venezuela | VE | es-MX
official-name | alexa la capital del estado plurinacional de bolivia | BO | es-US
official-name | alexa cuál es la capital de la república popular china | CN
official-name | alexa cuál es la capital de la república democrática del congo | CD | es-MX
official-name | alexa la capital de la república del congo | CG | es-US
official-name | alexa cuál es la capital de la república centroafricana | CF
official-name | alexa cuál es la capital de la federación de rusia | RU | es-MX
official-name | alexa la capital del reino unido de gran bretaña e irlanda del norte | GB
official-name | alexa cuál es la capital de la confederación suiza | CH | es-US
official-name | alexa la capital de la república islámica de irán | IR
official-name | alexa cuál es la capital del reino hachemita de jordania | JO | es-MX
official-name | alexa cuál es la capital de la república árabe siria | SY | es-US
official-name | alexa la capital de la república de la unión de myanmar | MM
official-name | alexa cuál es la capital de la república democrática popular lao | LA | es-MX
official-name | alexa cuál es la capital del estado de israel | IL | es-US
official-name | alexa la capital de la república oriental del uruguay | UY
official-name | alexa cuál es la capital de la república cooperativa de guyana | GY | es-US
official-name | alexa la capital de la mancomunidad de dominica | DM | es-MX
official-name | alexa cuál es la capital de la república socialista de vietnam | VN
official-name | alexa cuál es la capital del principado de asturias | FB
# everyday-name
everyday-name | alexa me dices la capital de {} | holanda la de los tulipanes=NL; gran bretaña=GB; estados unidos de américa=US
everyday-name | alexa la capital de {} como se decía antes | dahomey=BJ; alto volta=BF; zaire=CD | es-MX
everyday-name | alexa cuál es la capital de {} el de antes | siam=TH; ceilán la isla=LK; rodesia del sur=ZW | es-US
everyday-name | alexa la capital del país de los {} | kiwis=NZ; ticos=CR; catrachos=HN
everyday-name | alexa cuál es la capital de gringolandia | US | es-MX
everyday-name | alexa cuál es la capital de la república checa | CZ | es-US
everyday-name | alexa la capital de suazilandia | SZ | es-MX
everyday-name | alexa cuál es la capital de birmania | MM | es-US
everyday-name | alexa la capital del congo belga | CD
everyday-name | alexa cuál es la capital de tierra santa | FB
everyday-name | alexa cuál es la capital de bosnia herzegovina | BA | es-MX
everyday-name | alexa cuál es la capital de san vicente | VC
everyday-name | alexa la capital de san cristóbal y nieves | KN | es-US
everyday-name | alexa cuál es la capital de antigua | AG | es-MX
everyday-name | alexa cuál es la capital de barbados la isla | BB
everyday-name | alexa la capital de timor oriental | TL | es-US
everyday-name | alexa la capital de guinea conakri | GN
everyday-name | alexa cuál es la capital de el salvador el pulgarcito de américa | SV | es-US
everyday-name | alexa cuál es la capital de borinquen | PR | es-US
everyday-name | alexa cuál es la capital de la isla de cuba | CU | es-MX
# shared-name
shared-name | alexa cuál es la capital de georgia | GE+US-GA | es-US
shared-name | alexa cuál es la capital de georgia el estado gringo | US-GA | es-MX
shared-name | alexa cuál es la capital del congo | CD+CG
shared-name | alexa cuál es la capital del congo kinshasa | CD | es-US
shared-name | alexa cuál es la capital de corea | KP+KR
shared-name | alexa cuál es la capital de guinea la de conakri | GN | es-MX
shared-name | alexa cuál es la capital de granada | GD
shared-name | alexa cuál es la capital de washington | US-WA
shared-name | alexa cuál es la capital de nueva york la ciudad o el estado | US-NY | es-US
shared-name | alexa cuál es la capital de méxico | MX | es-MX
shared-name | alexa cuál es la capital de méxico el estado | MX-MEX | es-MX
shared-name | alexa cuál es la capital de la ciudad de méxico o del país | MX+MX-CMX | es-US
shared-name | alexa cuál es la capital de san martín | MF+SX
shared-name | alexa cuál es la capital de samoa | WS | es-MX
shared-name | alexa la capital de samoa la americana | AS
shared-name | alexa cuál es la capital de luxemburgo el país | LU | es-US
shared-name | alexa cuál es la capital de victoria | AU-VIC | es-US
shared-name | alexa cuál es la capital de amazonas | BR-AM
shared-name | alexa la capital del distrito federal | BR-DF+MX-CMX | es-MX
shared-name | alexa cuál es la capital de punjab | IN-PB
shared-name | alexa cuál es la capital de las dos irlandas | GB-NIR+IE | es-US
shared-name | alexa cuál es la capital de las guayanas | GF+GY+SR | es-MX
shared-name | alexa la capital de sudán | SD
shared-name | alexa cuál es la capital de dominica no la república dominicana | DM | es-US
shared-name | alexa la capital de virginia la normal no la occidental | US-VA
# self-correction
self-correction | alexa la capital de {} | perú no perdón de chile=CL; austria digo australia=AU; suecia no suiza=CH
self-correction | alexa sabes cuál es la capital de {} | eslovenia no eslovaquia=SK; nigeria no níger=NE; irán digo irak=IQ | es-MX
self-correction | alexa dime la capital de {} | guinea ecuatorial no espera guinea bisáu=GW; mali no malaui=MW; gambia no zambia=ZM | es-US
self-correction | alexa cuál es la capital de iowa wait no de ohio | US-OH | es-US
self-correction | alexa la capital de paraguay ay no uruguay | UY | es-MX
self-correction | alexa cuál es la capital de letonia bueno de lituania | LT
self-correction | alexa la capital de kirguistán perdón de kazajistán | KZ
self-correction | alexa cuál es la capital de corea del norte no del sur | KR | es-US
self-correction | alexa la capital de dakota del norte o sea del sur | US-SD | es-MX
self-correction | alexa cuál es la capital de armenia me equivoqué de albania | AL
self-correction | alexa cuál es la capital de sonora no de sinaloa | MX-SIN | es-MX
self-correction | alexa la capital de tonga no de tuvalu | TV
self-correction | alexa cuál es la capital de mauritania digo de mauricio | MU | es-US
self-correction | alexa la capital de nicaragua no espera de honduras | HN | es-MX
self-correction | alexa cuál es la capital de austria no no de hungría | HU
# reverse-question
reverse-question | alexa {} es capital de qué país | lima=CITY:Lima; nairobi=CITY:Nairobi; ankara=CITY:Ankara
reverse-question | alexa de qué país es capital {} | rabat=CITY:Rabat; astana=CITY:Astana; abuja=CITY:Abuja | es-MX
reverse-question | alexa {} de dónde es capital | hanói=CITY:Hanói; manila=CITY:Manila; wellington=CITY:Wellington | es-US
reverse-question | alexa de qué estado es capital {} | sacramento=CITY:Sacramento; tallahassee=CITY:Tallahassee; albany=CITY:Albany | es-US
reverse-question | alexa {} es la capital de qué estado | xalapa=CITY:Xalapa; guadalajara=CITY:Guadalajara; monterrey=CITY:Monterrey | es-MX
reverse-question | alexa de dónde es capital {} | reikiavik=CITY:Reikiavik; canberra=CITY:Canberra; ottawa=CITY:Ottawa
reverse-question | alexa springfield es capital de qué estado | CITY:Springfield | es-US
reverse-question | alexa harrisburg es la capital de cuál estado | CITY:Harrisburg | es-US
reverse-question | alexa de qué país es capital la habana | CITY:La Habana | es-MX
reverse-question | alexa adís abeba es capital de dónde | CITY:Adís Abeba
reverse-question | alexa de qué país es capital dodoma | CITY:Dodoma | es-MX
reverse-question | alexa edimburgo es capital de qué | CITY:Edimburgo
reverse-question | alexa de qué es capital múnich | CITY:Múnich
reverse-question | alexa nuuk de qué es la capital | CITY:Nuuk | es-US
reverse-question | alexa pristina es la capital de qué país | CITY:Pristina
reverse-question | alexa de qué país es capital taipéi | CITY:Taipéi | es-MX
reverse-question | alexa el aaiún es capital de dónde | CITY:El Aaiún
reverse-question | alexa de qué isla es capital hamilton | CITY:Hamilton | es-US
# yes-no-check
yes-no-check | alexa la capital de {} es verdad | turquía es estambul=TR; australia es sídney=AU; brasil es río=BR
yes-no-check | alexa es cierto que la capital de {} | canadá es toronto=CA; nigeria es lagos=NG; marruecos es casablanca=MA | es-MX
yes-no-check | alexa {} verdad que sí | la capital de texas es houston=US-TX; la capital de nueva york es nueva york=US-NY; la capital de florida es miami=US-FL | es-US
yes-no-check | alexa la capital de veracruz es el puerto de veracruz o no | MX-VER | es-MX
yes-no-check | alexa es bombay la capital de maharastra | IN-MH
yes-no-check | alexa la capital de vietnam es saigón no | VN | es-US
yes-no-check | alexa es verdad que bolivia tiene dos capitales | BO
yes-no-check | alexa kazajistán tiene de capital almaty o no | KZ | es-MX
yes-no-check | alexa la capital de myanmar sigue siendo rangún | MM
yes-no-check | alexa es cierto que la capital de tanzania no es dar es salaam | TZ | es-US
yes-no-check | alexa la capital de quebec es montreal verdad | CA-QC | es-US
yes-no-check | alexa la capital de escocia es glasgow no | GB-SCT
yes-no-check | alexa la capital de jalisco es guadalajara sí o no | MX-JAL | es-MX
yes-no-check | alexa costa de marfil tiene capital abiyán o yamusukro | CI
yes-no-check | alexa la capital de suiza es ginebra o zúrich | CH | es-US
yes-no-check | alexa verdad que la capital de pakistán es karachi | PK | es-MX
# launch
launch | alexa abre capitales del mundo | LAUNCH
launch | alexa abre capitales del mundo por favor | LAUNCH | es-MX
launch | alexa abre capitales del mundo porfa | LAUNCH | es-US
launch | alexa inicia capitales del mundo | LAUNCH
launch | alexa inicia capitales del mundo ahora | LAUNCH | es-MX
launch | alexa pon capitales del mundo | LAUNCH
launch | alexa ponme capitales del mundo | LAUNCH | es-MX
launch | alexa quiero jugar a capitales del mundo | LAUNCH
launch | alexa vamos a jugar con capitales del mundo | LAUNCH | es-US
launch | alexa open capitales del mundo | LAUNCH | es-US
launch | alexa start capitales del mundo | LAUNCH | es-US
launch | alexa abrir capitales del mundo | LAUNCH | es-MX
launch | alexa juega capitales del mundo | LAUNCH
launch | alexa lanza capitales del mundo | LAUNCH
launch | alexa empieza capitales del mundo | LAUNCH | es-MX
launch | alexa arranca capitales del mundo | LAUNCH
launch | alexa me abres capitales del mundo | LAUNCH
launch | alexa ábreme capitales del mundo | LAUNCH | es-MX
launch | alexa activa capitales del mundo | LAUNCH | es-US
launch | alexa habilita capitales del mundo | LAUNCH | es-MX
launch | alexa carga capitales del mundo | LAUNCH
launch | alexa capitales del mundo | LAUNCH | es-US
launch | alexa quiero abrir capitales del mundo | LAUNCH | es-US
launch | alexa abre la skill capitales del mundo | LAUNCH
launch | alexa abre el juego capitales del mundo | LAUNCH | es-MX
launch | alexa puedes abrir capitales del mundo | LAUNCH | es-US
launch | alexa mija abre capitales del mundo | LAUNCH | es-US
launch | alexa chamo abre capitales del mundo | LAUNCH | es-MX
launch | alexa hija ábreme capitales del mundo | LAUNCH
launch | alexa pregúntale a capitales del mundo la capital de tayikistán | TJ
launch | alexa dile a capitales del mundo que me diga la capital de turkmenistán | TM | es-MX
launch | alexa pídele a capitales del mundo la capital de comoras | KM | es-US
# help
help | alexa ayuda | HELP
help | alexa ayúdame con capitales del mundo | HELP | es-MX
help | alexa qué puedo preguntarte de las capitales | HELP
help | alexa cómo funciona esto | HELP | es-US
help | alexa cómo se juega | HELP | es-MX
help | alexa no entiendo qué tengo que decir | HELP
help | alexa qué hago ahora | HELP | es-US
help | alexa help me please | HELP | es-US
help | alexa necesito ayuda | HELP | es-MX
help | alexa qué cosas sabes hacer con las capitales | HELP
help | alexa explícame cómo va | HELP
help | alexa cómo te pregunto una capital | HELP | es-US
help | alexa ayuda por favor que no me entero | HELP
help | alexa qué se puede decir aquí | HELP | es-MX
help | alexa instrucciones | HELP | es-US
help | alexa dame las instrucciones del juego | HELP
help | alexa cómo le hago | HELP | es-MX
help | alexa no sé usar esto | HELP | es-US
help | alexa qué opciones tengo | HELP
help | alexa cómo se usa capitales del mundo | HELP | es-MX
help | alexa a ver explícame otra vez | HELP
help | alexa me echas una mano | HELP
help | alexa qué preguntas acepta | HELP | es-US
help | alexa oye cómo era esto | HELP | es-MX
help | alexa ayuda mija | HELP | es-US
help | alexa chamo ayúdame | HELP | es-MX
help | alexa khoya ayuda | HELP
help | alexa socorro no sé qué decir | HELP
help | alexa y esto para qué sirve | HELP | es-US
help | alexa cuéntame qué puedes hacer | HELP | es-MX
help | alexa i need help con esto | HELP | es-US
help | alexa me explicas cómo se pregunta | HELP
help | alexa no le entiendo ayúdeme | HELP | es-MX
help | alexa qué tengo que decirte | HELP | es-US
help | alexa cómo pido una capital | HELP
help | alexa ayuda con el juego | HELP | es-MX
help | alexa qué me puedes decir | HELP
help | alexa dame un ejemplo de pregunta | HELP | es-US
help | alexa cómo se pregunta por un estado | HELP | es-MX
help | alexa la ayuda | HELP
help | alexa ayuda ayuda | HELP | es-US
help | alexa guíame | HELP
help | alexa me ayudas porfa | HELP | es-MX
help | alexa how does this work | HELP | es-US
# stop
stop | alexa para | STOP
stop | alexa detente | STOP | es-MX
stop | alexa stop | STOP | es-US
stop | alexa ya basta | STOP | es-MX
stop | alexa calla | STOP
stop | alexa cállate ya | STOP
stop | alexa ya estuvo | STOP | es-MX
stop | alexa sal de capitales del mundo | STOP
stop | alexa cierra el juego | STOP | es-US
stop | alexa termina | STOP | es-MX
stop | alexa se acabó | STOP
stop | alexa fin | STOP | es-US
stop | alexa salir | STOP
stop | alexa ya no quiero jugar | STOP | es-MX
stop | alexa apágalo | STOP | es-US
stop | alexa quit | STOP | es-US
stop | alexa exit | STOP | es-US
stop | alexa ya está bien | STOP
stop | alexa adiós | STOP | es-MX
stop | alexa hasta luego | STOP
stop | alexa ya me voy a dormir | STOP | es-US
stop | alexa silencio | STOP
stop | alexa párale | STOP | es-MX
stop | alexa basta ya | STOP
stop | alexa deja de hablar | STOP | es-US
stop | alexa detén capitales del mundo | STOP | es-MX
stop | alexa cierra capitales del mundo ya | STOP
stop | alexa terminamos | STOP | es-US
stop | alexa ya terminé | STOP | es-MX
stop | alexa para ya porfa | STOP | es-US
stop | alexa que pares | STOP
stop | alexa ya no más | STOP | es-MX
stop | alexa shut up | STOP | es-US
stop | alexa stop it | STOP | es-US
stop | alexa ya chiquilla para | STOP
stop | alexa finaliza | STOP | es-MX
stop | alexa apaga el juego | STOP
stop | alexa salte | STOP | es-US
stop | alexa hasta la próxima | STOP | es-MX
stop | alexa nos vemos | STOP | es-US
stop | alexa ya me cansé para | STOP
stop | alexa bye | STOP | es-US
stop | alexa wallah para ya | STOP
stop | alexa ciérralo | STOP | es-MX
# cancel
cancel | alexa cancela | CANCEL
cancel | alexa cancelar | CANCEL | es-MX
cancel | alexa cancel | CANCEL | es-US
cancel | alexa cancela eso | CANCEL
cancel | alexa olvídalo | CANCEL | es-MX
cancel | alexa olvida lo que dije | CANCEL
cancel | alexa no nada | CANCEL | es-US
cancel | alexa déjalo | CANCEL
cancel | alexa mejor no | CANCEL | es-MX
cancel | alexa anula eso | CANCEL
cancel | alexa cancela la pregunta | CANCEL | es-US
cancel | alexa ya no importa | CANCEL | es-MX
cancel | alexa cancel that please | CANCEL | es-US
cancel | alexa nada nada | CANCEL
cancel | alexa no quería eso | CANCEL | es-US
cancel | alexa me equivoqué cancela | CANCEL | es-MX
cancel | alexa cancélalo | CANCEL
cancel | alexa olvídate | CANCEL
cancel | alexa ya no ya no | CANCEL | es-MX
cancel | alexa no era eso cancela | CANCEL | es-US
cancel | alexa déjalo estar | CANCEL
cancel | alexa mejor olvídalo | CANCEL | es-US
cancel | alexa cancela todo | CANCEL | es-MX
cancel | alexa forget it | CANCEL | es-US
cancel | alexa no te he hablado a ti | CANCEL
cancel | alexa no era para ti | CANCEL | es-MX
cancel | alexa cancelado | CANCEL
cancel | alexa borra eso | CANCEL | es-US
cancel | alexa nada olvídalo | CANCEL | es-MX
cancel | alexa cancela por favor | CANCEL
cancel | alexa ignora eso | CANCEL | es-US
cancel | alexa ni caso | CANCEL
cancel | alexa mejor luego | CANCEL | es-MX
cancel | alexa no importa cancela | CANCEL | es-US
cancel | alexa déjalo chiquillo | CANCEL
cancel | alexa ahorita no | CANCEL | es-MX
cancel | alexa not now | CANCEL | es-US
cancel | alexa para eso no cancela | CANCEL
cancel | alexa cancela mija | CANCEL | es-US
cancel | alexa chamo cancela | CANCEL | es-MX
cancel | alexa wallah cancela | CANCEL
cancel | alexa olvídalo pana | CANCEL | es-MX
cancel | alexa never mind cancela | CANCEL | es-US
cancel | alexa khoya déjalo | CANCEL
# out-of-domain
out-of-domain | alexa qué tiempo hace hoy | FB
out-of-domain | alexa va a llover mañana | FB | es-MX
out-of-domain | alexa cuántos grados hay afuera | FB | es-US
out-of-domain | alexa pon la radio | FB
out-of-domain | alexa pon cadena cope | FB
out-of-domain | alexa pon los cuarenta principales | FB
out-of-domain | alexa pon música de bad bunny | FB | es-US
out-of-domain | alexa pon la radio la mejor | FB | es-MX
out-of-domain | alexa pon música de rosalía | FB
out-of-domain | alexa pon corridos tumbados | FB | es-MX
out-of-domain | alexa pon bachata | FB | es-US
out-of-domain | alexa sube el volumen | FB
out-of-domain | alexa baja el volumen | FB | es-MX
out-of-domain | alexa siguiente canción | FB | es-US
out-of-domain | alexa qué hora es | FB
out-of-domain | alexa pon una alarma a las siete | FB | es-MX
out-of-domain | alexa despiértame a las seis | FB | es-US
out-of-domain | alexa pon un temporizador de diez minutos | FB
out-of-domain | alexa enciende la luz del salón | FB
out-of-domain | alexa apaga la luz de la recámara | FB | es-MX
out-of-domain | alexa prende el ventilador | FB | es-US
out-of-domain | alexa cuántos habitantes tiene china | FB
out-of-domain | alexa qué idioma se habla en suiza | FB | es-MX
out-of-domain | alexa cuál es la moneda de japón | FB | es-US
out-of-domain | alexa quién es el presidente de francia | FB
out-of-domain | alexa cuál es el país más grande del mundo | FB | es-MX
out-of-domain | alexa cuál es el río más largo del mundo | FB
out-of-domain | alexa cuál es la montaña más alta de áfrica | FB | es-US
out-of-domain | alexa cuántos países hay en el mundo | FB
out-of-domain | alexa cuántos países hay en europa | FB | es-MX
out-of-domain | alexa en qué continente está egipto | FB | es-US
out-of-domain | alexa cuál es el idioma oficial de brasil | FB
out-of-domain | alexa qué bandera tiene franja roja y blanca | FB | es-MX
out-of-domain | alexa cuántos estados tiene estados unidos | FB | es-US
out-of-domain | alexa quién es el rey de españa | FB
out-of-domain | alexa cuál es la ciudad más grande de canadá | FB | es-US
out-of-domain | alexa cuál es la ciudad más poblada de la india | FB
out-of-domain | alexa qué hora es en tokio | FB | es-MX
out-of-domain | alexa qué hora es en buenos aires | FB
out-of-domain | alexa cuántos kilómetros hay de madrid a barcelona | FB
out-of-domain | alexa cuánto tarda un vuelo a cancún | FB | es-US
out-of-domain | alexa cuál es el prefijo de alemania | FB
out-of-domain | alexa cuál es el capital de mi hipoteca | FB
out-of-domain | alexa cuánto capital necesito para abrir un negocio | FB | es-MX
out-of-domain | alexa qué es el capital riesgo | FB
out-of-domain | alexa qué significa pecado capital | FB | es-US
out-of-domain | alexa cuáles son los siete pecados capitales | FB
out-of-domain | alexa quién escribió el capital | FB | es-MX
out-of-domain | alexa cómo se escribe capital con mayúscula | FB
out-of-domain | alexa qué es una letra capital | FB | es-US
out-of-domain | alexa pon la película capitán américa | FB | es-MX
out-of-domain | alexa cuánto vale una acción de capital one | FB | es-US
out-of-domain | alexa qué es la pena capital | FB
out-of-domain | alexa cuál es la capital mundial del tequila | FB | es-MX
out-of-domain | alexa cuál es la capital europea de la cultura este año | FB
out-of-domain | alexa cuál es la capital mundial del café | FB | es-US
out-of-domain | alexa qué significa capitalismo | FB
out-of-domain | alexa cuál es el capital mínimo de una sociedad anónima | FB | es-MX
out-of-domain | alexa llama a mamá | FB
out-of-domain | alexa llama a mi hermana | FB | es-US
out-of-domain | alexa manda un mensaje a pedro | FB | es-MX
out-of-domain | alexa añade leche a la lista | FB
out-of-domain | alexa añade tortillas a la lista del súper | FB | es-MX
out-of-domain | alexa add eggs a la lista | FB | es-US
out-of-domain | alexa cuéntame un cuento | FB
out-of-domain | alexa dime un trabalenguas | FB | es-MX
out-of-domain | alexa canta una canción | FB | es-US
out-of-domain | alexa cuántos años tienes | FB
out-of-domain | alexa te quiero alexa | FB | es-MX
out-of-domain | alexa estás casada | FB | es-US
out-of-domain | alexa cómo se dice gracias en alemán | FB
out-of-domain | alexa cómo se dice perro en inglés | FB | es-MX
out-of-domain | alexa traduce buenos días al francés | FB | es-US
out-of-domain | alexa cuál es la receta de la paella | FB
out-of-domain | alexa cómo se hace el mole poblano | FB | es-MX
out-of-domain | alexa cuánto tiempo se cuece un huevo | FB
out-of-domain | alexa cuántas calorías tiene un aguacate | FB | es-US
out-of-domain | alexa quién ganó la liga | FB
out-of-domain | alexa cómo quedó el madrid | FB
out-of-domain | alexa a qué hora juega el tri | FB | es-MX
out-of-domain | alexa cuándo juegan los dodgers | FB | es-US
out-of-domain | alexa quién ganó el mundial de dos mil diez | FB
out-of-domain | alexa cuál es la capital de la liga mx | FB | es-MX
out-of-domain | alexa pon las noticias | FB
out-of-domain | alexa cuáles son las noticias de hoy | FB | es-MX
out-of-domain | alexa dame el resumen de noticias | FB | es-US
out-of-domain | alexa qué pasó en el congreso hoy | FB
out-of-domain | alexa cuándo son las elecciones | FB | es-US
out-of-domain | alexa compra pilas | FB
out-of-domain | alexa dónde está mi pedido | FB | es-US
out-of-domain | alexa rastrea mi paquete | FB | es-MX
out-of-domain | alexa cuánto cuesta un iphone | FB
out-of-domain | alexa qué día es hoy | FB | es-MX
out-of-domain | alexa qué día cae navidad | FB
out-of-domain | alexa cuándo es el día de muertos | FB | es-MX
out-of-domain | alexa cuándo es thanksgiving | FB | es-US
out-of-domain | alexa cuántos días faltan para reyes | FB
out-of-domain | alexa cuánto es veinte por ciento de ochenta | FB | es-US
out-of-domain | alexa cuánto son cien dólares en pesos | FB | es-MX
out-of-domain | alexa cuánto son cien euros en dólares | FB
out-of-domain | alexa convierte cinco millas a kilómetros | FB | es-US
out-of-domain | alexa cuál es la población de méxico | FB | es-MX
out-of-domain | alexa cuál es la superficie de rusia | FB
out-of-domain | alexa qué océano está entre áfrica y américa | FB | es-US
out-of-domain | alexa dónde está madagascar | FB
out-of-domain | alexa dónde queda tegucigalpa | FB | es-MX
out-of-domain | alexa qué hay que ver en lisboa | FB
out-of-domain | alexa qué tiempo hace en parís | FB | es-US
out-of-domain | alexa qué tiempo hace en la ciudad de méxico | FB | es-MX
out-of-domain | alexa cuál es el aeropuerto de bogotá | FB
out-of-domain | alexa cuál es la comida típica de perú | FB | es-US
out-of-domain | alexa cuál es el himno de chile | FB | es-MX
out-of-domain | alexa pon el himno nacional de españa | FB
out-of-domain | alexa pon el himno de estados unidos | FB | es-US
out-of-domain | alexa juega a trivial | FB
out-of-domain | alexa quiero jugar a adivinar banderas | FB | es-MX
out-of-domain | alexa abre el juego de preguntas | FB | es-US
out-of-domain | alexa qué es un país | FB
out-of-domain | alexa qué es una capital | FB | es-MX
out-of-domain | alexa por qué madrid es la capital de españa | FB
out-of-domain | alexa desde cuándo brasilia es capital | FB | es-US
out-of-domain | alexa cuál fue la primera capital de estados unidos | FB | es-US
out-of-domain | alexa cuál fue la capital de los aztecas | FB | es-MX
out-of-domain | alexa cuántas capitales hay en el mundo | FB
out-of-domain | alexa cuál es la capital más fría del mundo | FB | es-US
out-of-domain | alexa cuál es la capital más alta del mundo | FB | es-MX
out-of-domain | alexa cuál es la capital más poblada de europa | FB
out-of-domain | alexa qué capital tiene más museos | FB | es-US
out-of-domain | alexa cuál es la capital de las tapas | FB
out-of-domain | alexa cuál es la capital del rock | FB | es-MX
out-of-domain | alexa cuál es la capital de la moda | FB | es-US
out-of-domain | alexa estoy aburrida | FB
out-of-domain | alexa buenas noches | FB | es-MX
out-of-domain | alexa gracias | FB | es-US
out-of-domain | alexa hola | FB
out-of-domain | alexa qué tal estás | FB | es-MX
# more launch, stop, cancel and help, in the groups' own words
launch | alexa killa abre capitales del mundo que vamos a estudiar | LAUNCH
launch | alexa abre capitales del mundo pa la tarea del niño | LAUNCH | es-MX
launch | alexa open capitales del mundo for my homework | LAUNCH | es-US
launch | alexa ábreme capitales del mundo que tengo examen | LAUNCH
launch | alexa abre capitales del mundo después del turno | LAUNCH | es-US
launch | alexa compañero abre capitales del mundo | LAUNCH | es-MX
launch | alexa ouais abre capitales del mundo | LAUNCH
launch | alexa gente abre capitales del mundo | LAUNCH
launch | alexa wallah abre capitales del mundo | LAUNCH
launch | alexa che abrí capitales del mundo | LAUNCH | es-MX
launch | alexa kabayan open capitales del mundo | LAUNCH | es-US
launch | alexa vamos a repasar con capitales del mundo | LAUNCH
launch | alexa inicia el juego de capitales del mundo para los niños | LAUNCH | es-US
launch | alexa pon capitales del mundo que hay que jugar basta | LAUNCH | es-MX
launch | alexa tak abrir capitales del mundo | LAUNCH
launch | alexa ay mare abre capitales del mundo | LAUNCH | es-MX
stop | alexa ya mare para | STOP | es-MX
stop | alexa compañero ya párale | STOP | es-MX
stop | alexa ni modo ya bájale y para | STOP | es-MX
stop | alexa ouais stop ya | STOP
stop | alexa gente para de hablar | STOP
stop | alexa yallah cierra | STOP
stop | alexa buen camino adiós | STOP
stop | alexa sat sri akal ya está | STOP
stop | alexa copy that apágate | STOP | es-US
stop | alexa kabayan stop na | STOP | es-US
stop | alexa sal del juego que ya llegó el bus | STOP | es-US
stop | alexa ya cierra que entro al turno | STOP | es-US
stop | alexa dale ya terminamos che | STOP | es-MX
stop | alexa bon ya está merci | STOP
stop | alexa se acabó el recreo para | STOP | es-MX
cancel | alexa compañero cancela eso | CANCEL | es-MX
cancel | alexa ay mare no olvídalo | CANCEL | es-MX
cancel | alexa kabayan cancel | CANCEL | es-US
cancel | alexa copy that cancela | CANCEL | es-US
cancel | alexa gente olvida isso | CANCEL
cancel | alexa alors non cancela | CANCEL
cancel | alexa acha no déjalo | CANCEL
cancel | alexa bendito olvídalo | CANCEL | es-US
cancel | alexa hija cancela lo que he dicho | CANCEL
help | alexa compañero cómo funciona esto | HELP | es-MX
help | alexa ay mare qué le digo | HELP | es-MX
help | alexa kabayan how do i use this | HELP | es-US
help | alexa alors qué puedo decir | HELP
help | alexa gente como funciona isso | HELP
help | alexa acha ayuda ji | HELP
help | alexa mijo ayúdame con esto | HELP | es-US
help | alexa bendito no sé cómo se usa | HELP | es-US
# the last countries
work-es | alexa estoy en la barra de un bar de {} y nadie sabe la capital | españa=ES; ghana=GH; la madre patria=ES | es-US
games-es | alexa en el trivial de la cena salió la capital de ghana | GH
school-mx | alexa cuál es la capital de españa pa la tarea | ES | es-MX
plural-capitals | alexa khoya palestina tiene dos capitales cuáles son | PS
plural-capitals | alexa cuáles son las capitales de palestina ramala y cuál otra | PS | es-MX
plural-capitals | alexa for my class cuáles son las capitales of palestine | PS | es-US
"""

if __name__ == "__main__":
    build_round(48, "es", LINES, sys.argv, "tests/Eval/es/round48/source/build_corpus.py")
