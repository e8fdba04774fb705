"""Round 43, Spanish (es-ES, es-MX, es-US): a new author's mix of speakers and situations, written blind (brief
WRITER54.md).

Written at the start of the forty-eighth session by the corpus54-es helper, without the voice model, the simulator, the
skill's code or earlier rounds' halves. Speakers and situations, chosen to differ from round 42 (Andalucía, Aragón,
Valencia, Catalonia, the Basque Country and Navarre, La Rioja, Cantabria, Castilla y León, the Balearics, Ceuta and
Melilla, Madrid, Toledo; Jalisco, Nuevo León, Sinaloa, Chiapas, Veracruz, Guerrero, Michoacán, Querétaro, Guanajuato,
Hidalgo, Chihuahua, Campeche, the Huasteca Potosina; San Antonio, Albuquerque, Phoenix, Gwinnett, Orlando, Tampa, Las
Vegas, Langley Park, Boston, Nashville, Omaha, Idaho, Immokalee, Philadelphia, Seattle, San Diego, Providence,
Minneapolis) and from the places it lists as rounds 41's and 40's:

es-ES: Castilla-La Mancha (Albacete knife makers, the Cuenca hanging houses, the Almagro theatre festival, the
Puertollano mine, Valdepeñas wine labels, a saffron cooperative, a village shepherd), and Spain-wide situations: an AVE
train, a lorry driver, a campsite, a night-shift nurse, a hairdresser, a driving school, a soldier before a mission, a
cruise ship, a funeral home, a peña quiz, the hogar del jubilado; Senegalese, Venezuelan, Argentine (voseo "che") and
Georgian migrants, a language-school learner, a Catalan-speaking parent, children, teens, the trivial, Saber y ganar.

es-MX: Aguascalientes (the Nissan plant, the feria de San Marcos), Baja California Sur (Los Cabos hotels, whale
watching), Colima (Manzanillo port, a fishing boat), Estado de México (Toluca, Ecatepec on the Mexibús), Morelos
(Cuernavaca language schools, Tepoztlán), Quintana Roo (Cancún and Playa del Carmen hotels, a cenote, a Maya speaker,
Chetumal, Cozumel cruises), Tamaulipas (Tampico, a Reynosa maquila, Nuevo Laredo customs), a Honduran in Tapachula, a
Haitian in Tijuana, the game basta, a camp rally, school homework.

es-US: Puerto Rico (Ponce, Mayagüez, Vieques), Union City Cubans, Paterson Peruvians, Hartford boricuas, New Orleans
Honduran and Guatemalan builders, Springdale (Arkansas) poultry plants, an Alaska cannery and Anchorage, Salt Lake City
(a church, a hospital), Portland, the Fresno raisin harvest, Santa Ana (homework, a nail salon), Sacramento office
cleaners, Milwaukee, a Detroit mechanic, a Kansas City trucker and soccer league, a Reno casino; citizenship study,
heritage speakers, trivia night, Jeopardy, family game night; English switching throughout.

Every line was written by hand as one utterance; the only generated lines are the at most three fills of a frame
(each frame said once).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# ---------------------------------------------------------------- es-ES
# Castilla-La Mancha: Albacete knife makers, Cuenca hanging houses, Ciudad Real, Puertollano, Valdepeñas wine, Almagro theatre
work | alexa en la cuchillería me ha llegado un pedido de {} cuál es su capital | suecia=SE; austria=AT; polonia=PL
work | alexa estoy etiquetando cajas de vino para {} y necesito poner la capital | estonia=EE; letonia=LV; lituania=LT
work | alexa soy guía en las casas colgadas y hay un grupo de {} me dices la capital | eslovaquia=SK; eslovenia=SI; croacia=HR
situation | alexa en el festival de almagro actúa una compañía de {} cuál es la capital de allí | bulgaria=BG; rumanía=RO; hungría=HU
rural | alexa aquí en el pueblo ha venido un pastor de {} a trabajar y no sé de qué capital es | mauritania=MR; mali=ML; senegal=SN
elder | alexa hija ponme la capital de {} que no me acuerdo y me lo preguntan en el hogar del jubilado | grecia=GR; chipre=CY; malta=MT
hesitation | alexa eh la capital de {} mmm cuál era | albania=AL; montenegro=ME; serbia=RS
family | alexa dice mi cuñado que la capital de {} no es la que yo digo cuál es | bosnia=BA; macedonia del norte=MK; moldavia=MD
work | alexa en la mina de puertollano tenemos un ingeniero de {} cuál es su capital | ucrania=UA; bielorrusia=BY; rusia=RU
child | alexa soy lucía tengo siete años cuál es la capital de {} | francia=FR; italia=IT; alemania=DE
teen | alexa tía en serio no sé la capital de {} ayúdame que tengo examen | islandia=IS; noruega=NO; finlandia=FI
school | alexa para el trabajo de geografía de segundo de la eso necesito la capital de {} | bélgica=BE; luxemburgo=LU; liechtenstein=LI
game | alexa estamos jugando al saber y ganar en casa cuál es la capital de {} | andorra=AD; mónaco=MC; san marino=SM
game | alexa en el trivial me ha tocado la quesito de geografía capital de {} | irlanda=IE; dinamarca=DK; chequia=CZ
situation | alexa voy en el ave a madrid y el de al lado es de {} cuál es la capital | armenia=AM; azerbaiyán=AZ; georgia el país=GE
work | alexa soy camionero y mañana cargo para {} cuál es la capital de allí | portugal=PT; suiza=CH; reino unido=GB
situation | alexa estoy en el camping y los vecinos de la parcela son de {} sabes la capital | escocia=GB-SCT; gales=GB-WLS; irlanda del norte=GB-NIR
migrant | alexa soy senegalés vivo en albacete cuál es la capital de {} | gambia=GM; guinea-bisáu=GW; cabo verde=CV
migrant | alexa soy venezolana y mi hija me pregunta la capital de {} cómo era | venezuela=VE; colombia=CO; ecuador=EC
migrant | alexa che soy argentino vivo en cuenca y no me sale la capital de {} | argentina=AR; uruguay=UY; paraguay=PY
learner | alexa yo georgiano trabajo en la vendimia capital de {} cuál es | kazajistán=KZ; turkmenistán=TM; tayikistán=TJ
learner | alexa yo aprender español en la escuela de idiomas cómo se dice capital de {} | marruecos=MA; argelia=DZ; túnez=TN
work | alexa soy enfermera en el turno de noche y una paciente es de {} cuál es la capital | nigeria=NG; ghana=GH; camerún=CM
work | alexa en la peluquería tengo una clienta de {} que me ha preguntado si sé su capital | egipto=EG; libia=LY; sudán=SD
situation | alexa estoy en la autoescuela esperando y me he quedado con la duda de la capital de {} | etiopía=ET; eritrea=ER; yibuti=DJ
work | alexa soy militar y me voy de misión a {} dime la capital | líbano=LB; irak=IQ; somalia=SO
situation | alexa en el crucero hay tripulantes de {} cuál es su capital | filipinas=PH; indonesia=ID; india=IN
elder | alexa guapa cuál es la capital de {} que mi nieto está de erasmus allí | kosovo=XK; países bajos=NL; israel=IL
code-switch | alexa what's the capital de {} que tengo que hacer el homework de inglés | canadá=CA; australia=AU; nueva zelanda=NZ
code-switch | alexa cuál és la capital de {} que diu el meu fill | kenia=KE; uganda=UG; tanzania=TZ
situation | alexa en el bar de la plaza discutimos si la capital de {} es la ciudad más grande cuál es | turquía=TR; suiza=CH; pakistán=PK
game | alexa hacemos un concurso en la peña y pregunta capital de {} | níger=NE; chad=TD; burkina faso=BF
school | alexa la profe de sociales dice que aprendamos la capital de {} | ruanda=RW; burundi=BI; malaui=MW
work | alexa en la cooperativa de azafrán tenemos un comprador de {} cuál es la capital | irán=IR; afganistán=AF; uzbekistán=UZ
hesitation | alexa cuál es la capital de de {} | gabón=GA; togo=TG; liberia=LR
situation | alexa en el tanatorio un señor me preguntó la capital de {} y no lo sabía | zambia=ZM; zimbabue=ZW; mozambique=MZ
# subdivisions and territories, es-ES
subdivision | alexa cuál es la capital del estado alemán de {} | baviera=DE-BY; sajonia=DE-SN; hesse=DE-HE
subdivision | alexa mi hermano trabaja en {} en alemania cuál es la capital de ese land | baja sajonia=DE-NI; renania del norte westfalia=DE-NW; turingia=DE-TH
subdivision | alexa me voy de au pair a {} cuál es la capital | baden-wurtemberg=DE-BW; renania-palatinado=DE-RP; sarre=DE-SL
subdivision | alexa qué capital tiene {} que me ha salido en el pasapalabra alemán | schleswig-holstein=DE-SH; brandeburgo=DE-BB; mecklemburgo=DE-MV
subdivision | alexa cuál es la capital de {} la región alemana | sajonia-anhalt=DE-ST; bremen=DE-HB; hamburgo=DE-HH
subdivision | alexa y berlín como estado tiene capital | DE-BE
subdivision | alexa cuál es la capital de {} en australia | nueva gales del sur=AU-NSW; queensland=AU-QLD; tasmania=AU-TAS
subdivision | alexa mi primo está en {} de working holiday cuál es la capital | australia occidental=AU-WA; victoria en australia=AU-VIC; australia meridional=AU-SA
subdivision | alexa capital del territorio del norte de australia | AU-NT
subdivision | alexa cuál es la capital de {} que mi hija se va allí de au pair | inglaterra=GB-ENG
territory | alexa cuál es la capital de {} que es de los ingleses | gibraltar=GI; islas malvinas=FK; bermudas=BM
territory | alexa qué capital tiene {} | islas feroe=FO; groenlandia=GL; islas åland=AX
territory | alexa en el crucero paramos en {} cuál es su capital | la isla de man=IM; jersey=JE; guernsey=GG
territory | alexa la capital del sáhara occidental cuál es | EH
territory | alexa qué capital tiene la isla de la reunión | RE
territory | alexa cuál es la capital de {} que es francesa | mayotte=YT; guayana francesa=GF; martinica=MQ
territory | alexa dime la capital de {} por favor | nueva caledonia=NC; polinesia francesa=PF; wallis y futuna=WF
territory | alexa capital de svalbard | SJ
# families required
follow-up | y la de portugal | PT
follow-up | vale y la de grecia | GR
follow-up | y de hungría | HU
follow-up | y la de suiza cuál es | CH
follow-up | venga otra la de polonia | PL
follow-up | y ahora la de noruega | NO
follow-up | y la de su vecino suecia | SE
plural-capitals | alexa cuáles son las capitales de sudáfrica | ZA
plural-capitals | alexa es verdad que bolivia tiene dos capitales cuáles son | BO
plural-capitals | alexa los países bajos tienen dos capitales no amsterdam y la haya | NL
plural-capitals | alexa dime todas las capitales de sudáfrica que son tres creo | ZA
plural-capitals | alexa cuáles son las dos capitales de costa de marfil | CI
plural-capitals | alexa sri lanka tiene dos capitales cuáles | LK
plural-capitals | alexa qué capitales tiene malasia | MY
plural-capitals | alexa las capitales de benín | BJ
plural-capitals | alexa cuáles son las capitales de esuatini | SZ
plural-capitals | alexa palestina qué capitales tiene | PS
yes-no-check | alexa la capital de australia es sídney verdad | AU
yes-no-check | alexa es berna la capital de suiza | CH
yes-no-check | alexa la capital de turquía es estambul o no | TR
yes-no-check | alexa es cierto que la capital de canadá es ottawa y no toronto | CA
yes-no-check | alexa la capital de marruecos es casablanca a que sí | MA
yes-no-check | alexa oye la capital de brasil es río no | BR
yes-no-check | alexa la capital de escocia es glasgow | GB-SCT
self-correction | alexa cuál es la capital de eslovenia perdón eslovaquia | SK
self-correction | alexa la capital de austria no de australia | AU
self-correction | alexa capital de suecia digo de suiza | CH
self-correction | alexa la capital de islandia no espera de irlanda | IE
self-correction | alexa cuál es la capital de níger no nigeria | NG
self-correction | alexa la capital de gambia bueno quería decir zambia | ZM
self-correction | alexa capital de guinea ecuatorial ay no de guinea a secas | GN
reverse-question | alexa de qué país es capital liubliana | CITY:Liubliana
reverse-question | alexa vilna es la capital de qué país | CITY:Vilna
reverse-question | alexa tallin de dónde es capital | CITY:Tallin
reverse-question | alexa de qué país es la capital bratislava | CITY:Bratislava
reverse-question | alexa ereván es capital de qué | CITY:Ereván
reverse-question | alexa cuál es el país cuya capital es uagadugú | CITY:Uagadugú
reverse-question | alexa de dónde es capital tiflis | CITY:Tiflis
official-name | alexa cuál es la capital de la república helénica | GR
official-name | alexa capital del reino de bélgica | BE
official-name | alexa cuál es la capital de la república federal de alemania | DE
official-name | alexa la capital de la república checa | CZ
official-name | alexa cuál es la capital del reino de marruecos | MA
official-name | alexa capital de la confederación suiza | CH
official-name | alexa cuál es la capital de la república portuguesa | PT
everyday-name | alexa cuál es la capital de holanda | NL
everyday-name | alexa capital de inglaterra | GB-ENG
everyday-name | alexa cuál es la capital de moldova | MD
everyday-name | alexa la capital de belarús | BY
everyday-name | alexa cuál es la capital de birmania | MM
everyday-name | alexa dime la capital de persia | IR
everyday-name | alexa cuál es la capital de la costa de marfil | CI
shared-name | alexa cuál es la capital de georgia | GE+US-GA
shared-name | alexa la capital del congo | CD+CG
shared-name | alexa capital de corea | KP+KR
shared-name | alexa cuál es la capital de georgia la del cáucaso | GE
shared-name | alexa la capital de granada el país del caribe | GD
shared-name | alexa cuál es la capital del congo el de brazzaville | CG
shared-name | alexa la capital de las islas vírgenes | VG+VI
launch | alexa abre capitales del mundo | LAUNCH
launch | alexa abre capitales del mundo por favor | LAUNCH
launch | alexa inicia capitales del mundo | LAUNCH
launch | alexa quiero jugar a capitales del mundo | LAUNCH
launch | alexa pon capitales del mundo | LAUNCH
launch | alexa ábreme capitales del mundo | LAUNCH
launch | alexa arranca capitales del mundo | LAUNCH
launch | alexa vamos a jugar a capitales del mundo | LAUNCH
launch | alexa abrir capitales del mundo | LAUNCH
launch | alexa oye abre capitales del mundo que vamos a jugar | LAUNCH
help | ayuda | HELP
help | alexa ayuda | HELP
help | qué puedo decir | HELP
help | cómo funciona esto | HELP
help | no sé qué hacer | HELP
help | alexa qué se puede preguntar aquí | HELP
help | cómo se juega | HELP
help | explícame cómo va | HELP
help | necesito ayuda | HELP
help | y ahora qué le digo | HELP
stop | para | STOP
stop | alexa para | STOP
stop | alexa cállate | STOP
stop | vale ya para | STOP
stop | stop | STOP
stop | alexa basta | STOP
stop | salir | STOP
stop | sal de aquí | STOP
stop | alexa apágate | STOP
stop | ya está para ya | STOP
cancel | cancela | CANCEL
cancel | alexa cancelar | CANCEL
cancel | déjalo | CANCEL
cancel | olvídalo | CANCEL
cancel | nada da igual | CANCEL
cancel | no déjalo ya | CANCEL
cancel | alexa cancela eso | CANCEL
cancel | olvídalo no era nada | CANCEL
cancel | nada alexa olvídalo | CANCEL
cancel | cancela la pregunta | CANCEL
out-of-domain | alexa cuál es la capital de castilla la mancha | FB
out-of-domain | alexa cuál es la capital de la mancha | FB
out-of-domain | alexa capital de la provincia de cuenca | FB
out-of-domain | alexa cuál es la capital del reino de castilla | FB
out-of-domain | alexa cuál es la capital de al-ándalus | FB
out-of-domain | alexa cuál es la capital de mordor | FB
out-of-domain | alexa cuál es la capital de narnia | FB
out-of-domain | alexa cuál es la capital de la unión europea | FB
out-of-domain | alexa qué es el capital riesgo | FB
out-of-domain | alexa qué tiempo hace en albacete | FB
out-of-domain | alexa pon la radio | FB
out-of-domain | alexa enciende la luz del salón | FB
out-of-domain | alexa pon un temporizador de diez minutos | FB
out-of-domain | alexa cuánto es siete por ocho | FB
out-of-domain | alexa cuántos habitantes tiene francia | FB
out-of-domain | alexa qué hora es en tokio | FB
out-of-domain | alexa cuál es el río más largo de europa | FB
out-of-domain | alexa cuál es la capital del imperio romano de oriente | FB
out-of-domain | alexa cuál es la capital de escandinavia | FB
out-of-domain | alexa cuál es la capital de los balcanes | FB
out-of-domain | alexa quién ganó la liga el año pasado | FB
out-of-domain | alexa cuál es la capital mundial del queso manchego | FB
out-of-domain | alexa cuál es la capital de la yugoslavia | FB
out-of-domain | alexa cuál es la capital de la unión soviética | FB
out-of-domain | alexa pon la lista de la compra leche | FB
out-of-domain | alexa cómo se escribe capital con mayúscula o minúscula | FB
out-of-domain | alexa cuánto capital necesito para montar una empresa | FB
out-of-domain | alexa cuál es la capital de la atlántida | FB
out-of-domain | alexa cuál es la capital de westeros | FB
out-of-domain | alexa qué significa pecado capital | FB
out-of-domain | alexa cuál es la capital de prusia | FB
out-of-domain | alexa cuál es la capital de cataluña del norte | FB
out-of-domain | alexa cuándo abre el mercadona | FB
out-of-domain | alexa cuál es la capital del vino en la mancha | FB
out-of-domain | alexa cuántos kilómetros hay de cuenca a valencia | FB
out-of-domain | alexa cuéntame un chiste | FB
out-of-domain | alexa cuál es la capital de europa | FB
out-of-domain | alexa cuál es la capital de la galaxia | FB
# ---------------------------------------------------------------- es-MX
# Aguascalientes (feria de San Marcos, Nissan plant), Baja California Sur (La Paz, Los Cabos hotels, whale watching),
# Colima (Manzanillo port), Estado de México (Toluca, Ecatepec commuters, Texcoco), Morelos (Cuernavaca language schools,
# Tepoztlán), Quintana Roo (Cancún hotels, Playa del Carmen, a Maya speaker, Chetumal), Tamaulipas (Tampico, Reynosa maquila)
work | oye alexa en la planta de nissan vino un ingeniero de {} cuál es la capital de su país | japón=JP; corea del sur=KR; china=CN | es-MX
situation | alexa en la feria de san marcos conocí a unos de {} cuál es su capital | guatemala=GT; honduras=HN; el salvador=SV | es-MX
work | alexa trabajo en un hotel en los cabos y los huéspedes son de {} cómo se llama su capital | canadá=CA; estados unidos=US; reino unido=GB | es-MX
work | alexa soy capitán de lancha para ver ballenas y hoy traigo turistas de {} cuál es la capital | nueva zelanda=NZ; dinamarca=DK; países bajos=NL | es-MX
work | alexa en el puerto de manzanillo llegó un barco de {} cuál es su capital | panamá=PA; singapur=SG; malasia=MY | es-MX
situation | alexa voy en el mexibús a ecatepec y me quedé pensando cuál es la capital de {} | nicaragua=NI; costa rica=CR; belice=BZ | es-MX
school | alexa mi maestra de la secundaria nos dejó investigar la capital de {} | cuba=CU; república dominicana=DO; haití=HT | es-MX
work | alexa doy clases de español en cuernavaca y mi alumno es de {} cuál es la capital | suecia=SE; noruega=NO; alemania=DE | es-MX
learner | alexa yo estudio español en cuernavaca yo soy de {} capital cómo se dice en español | tailandia=TH; vietnam=VN; camboya=KH | es-MX
situation | alexa en tepoztlán hay un grupo de meditación de {} cuál es la capital | india=IN; nepal=NP; bután=BT | es-MX
work | alexa soy mesero en playa del carmen y una pareja de {} me preguntó si sabía su capital | italia=IT; francia=FR; portugal=PT | es-MX
learner | alexa yo hablo maya y poquito español cuál es la capital de {} | belice=BZ; guatemala=GT; méxico=MX | es-MX
situation | alexa en chetumal conocí a unos de {} cuál es su capital | jamaica=JM; bahamas=BS; barbados=BB | es-MX
work | alexa en la maquila de reynosa tenemos un supervisor de {} qué capital tiene su país | taiwán=TW; filipinas=PH; indonesia=ID | es-MX
situation | alexa ando en el malecón de tampico y un señor de {} me preguntó cuál es su capital | venezuela=VE; colombia=CO; perú=PE | es-MX
family | alexa mi compadre dice que la capital de {} es otra a ver dime tú | chile=CL; argentina=AR; bolivia=BO | es-MX
elder | alexa mijita dime la capital de {} que mi nieto se fue a trabajar allá | canadá=CA; españa=ES; australia=AU | es-MX
child | alexa me llamo santiago tengo ocho años cuál es la capital de {} | egipto=EG; grecia=GR; rusia=RU | es-MX
teen | alexa no manches no me sé la capital de {} dime porfa | mongolia=MN; laos=LA; brunéi=BN | es-MX
game | alexa estamos jugando basta y en país puse {} cuál es su capital | kuwait=KW; catar=QA; baréin=BH | es-MX
game | alexa en la lotería de preguntas de la fiesta tocó la capital de {} | omán=OM; yemen=YE; jordania=JO | es-MX
hesitation | alexa este cuál es la capital de {} este sí | arabia saudita=SA; emiratos árabes=AE; siria=SY | es-MX
hesitation | alexa oye cuál es eh cuál es la capital de {} | israel=IL; palestina=PS; líbano=LB | es-MX
work | alexa soy chofer de uber en toluca y el pasajero es de {} cuál es la capital | ucrania=UA; polonia=PL; rumania=RO | es-MX
school | alexa para la tarea de geografía de quinto cuál es la capital de {} | mozambique=MZ; angola=AO; namibia=NA | es-MX
work | alexa en la embarcación de pesca de colima subió un biólogo de {} cuál es su capital | islandia=IS; irlanda=IE; estonia=EE | es-MX
situation | alexa en el cenote había unos chavos de {} cuál es la capital de allá | botsuana=BW; lesoto=LS; zimbabue=ZW | es-MX
migrant | alexa soy hondureño y estoy en tapachula esperando papeles cuál es la capital de {} | estados unidos=US; méxico=MX; honduras=HN | es-MX
migrant | alexa soy haitiano vivo en tijuana la capital de {} cuál es | haití=HT; brasil=BR; chile=CL | es-MX
situation | alexa en el hotel de cancún llegó un grupo de {} cuál es su capital | trinidad y tobago=TT; guyana=GY; surinam=SR | es-MX
game | alexa estamos en el rally del campamento y la pregunta es la capital de {} | islas marshall=MH; micronesia=FM; palaos=PW | es-MX
work | alexa soy agente aduanal en nuevo laredo y tengo una carga de {} cuál es la capital | bangladés=BD; pakistán=PK; sri lanka=LK | es-MX
code-switch | alexa cuál es la capital de {} que mi boss me preguntó | kenia=KE; etiopía=ET; sudán del sur=SS | es-MX
situation | alexa en la clase de yoga de tepoz la maestra es de {} cuál es su capital | israel=IL; argentina=AR; uruguay=UY | es-MX
# subdivisions and territories, es-MX
subdivision | alexa mi tío vive en {} cuál es la capital de ese estado | aguascalientes=MX-AGU; baja california sur=MX-BCS; colima=MX-COL | es-MX
subdivision | alexa cuál es la capital del estado de {} | morelos=MX-MOR; quintana roo=MX-ROO; tamaulipas=MX-TAM | es-MX
subdivision | alexa la capital del estado de méxico cuál es | MX-MEX | es-MX
subdivision | alexa qué capital tiene {} que lo vamos a ver en el examen de historia | zacatecas=MX-ZAC; nayarit=MX-NAY; durango=MX-DUR | es-MX
subdivision | alexa mi papá es de {} y no me sé la capital | tabasco=MX-TAB; oaxaca=MX-OAX; puebla=MX-PUE | es-MX
subdivision | alexa vamos a ir de viaje a {} cuál es su capital | sonora=MX-SON; sinaloa=MX-SIN; chihuahua=MX-CHH | es-MX
subdivision | alexa cuál es la capital de {} porfa | yucatán=MX-YUC; campeche=MX-CAM; chiapas=MX-CHP | es-MX
subdivision | alexa dime rápido la capital de {} | veracruz=MX-VER; guerrero=MX-GRO; michoacán=MX-MIC | es-MX
subdivision | alexa a ver cuál es la capital de {} la de los potosinos | san luis potosí=MX-SLP | es-MX
subdivision | alexa me toca exponer sobre {} cuál es su capital | jalisco=MX-JAL; nuevo león=MX-NLE; coahuila=MX-COA | es-MX
subdivision | alexa capital de {} rapidito | hidalgo=MX-HID; guanajuato=MX-GUA; querétaro=MX-QUE | es-MX
subdivision | alexa cuál es la capital de {} el estado de mexicali | baja california=MX-BCN | es-MX
subdivision | alexa y tlaxcala sí existe cuál es su capital | MX-TLA | es-MX
subdivision | alexa mi hermano trabaja en {} en los estados unidos cuál es la capital | texas=US-TX; california=US-CA; illinois=US-IL | es-MX
subdivision | alexa cuál es la capital de la provincia de {} en canadá | ontario=CA-ON; quebec=CA-QC; columbia británica=CA-BC | es-MX
subdivision | alexa mi prima se fue de jornalera a {} en canadá cuál es la capital | alberta=CA-AB; manitoba=CA-MB; saskatchewan=CA-SK | es-MX
subdivision | alexa cuál es la capital de {} en brasil | bahía=BR-BA; pernambuco=BR-PE; minas gerais=BR-MG | es-MX
subdivision | alexa la capital del estado brasileño de {} | amazonas=BR-AM; pará=BR-PA; ceará=BR-CE | es-MX
subdivision | alexa qué capital tiene {} allá en brasil | río grande del sur=BR-RS; santa catarina=BR-SC; paraná=BR-PR | es-MX
subdivision | alexa cuál es la capital del estado de {} en la india | kerala=IN-KL; goa=IN-GA; rajastán=IN-RJ | es-MX
subdivision | alexa en la clase de yoga nos hablaron de {} en la india cuál es su capital | uttar pradesh=IN-UP; bihar=IN-BR; tamil nadu=IN-TN | es-MX
territory | alexa cuál es la capital de {} en el caribe | aruba=AW; curazao=CW; islas caimán=KY | es-MX
territory | alexa en el crucero de cozumel paramos en {} cuál es su capital | san martín=MF; sint maarten=SX; anguila=AI | es-MX
territory | alexa y qué capital tiene {} | guadalupe la isla=GP; montserrat=MS; islas turcas y caicos=TC | es-MX
# families required
follow-up | y la de guatemala | GT | es-MX
follow-up | órale y la de honduras | HN | es-MX
follow-up | y la de el salvador | SV | es-MX
follow-up | ahora la de nicaragua | NI | es-MX
follow-up | y la de costa rica qué | CR | es-MX
follow-up | y la de panamá cuál es | PA | es-MX
follow-up | y la de cuba | CU | es-MX
plural-capitals | alexa cuáles son las capitales de bolivia | BO | es-MX
plural-capitals | alexa bolivia tiene dos capitales no cuáles | BO | es-MX
plural-capitals | alexa qué capitales tiene sudáfrica | ZA | es-MX
plural-capitals | alexa me dijeron que holanda tiene dos capitales cuáles son | NL | es-MX
plural-capitals | alexa cuáles son las capitales de malasia | MY | es-MX
plural-capitals | alexa las dos capitales de sri lanka cuáles son | LK | es-MX
plural-capitals | alexa cuáles son las capitales de benín | BJ | es-MX
plural-capitals | alexa costa de marfil tiene dos capitales verdad cuáles | CI | es-MX
plural-capitals | alexa cuáles son las capitales de suazilandia | SZ | es-MX
plural-capitals | alexa cuáles son las capitales de palestina | PS | es-MX
yes-no-check | alexa la capital de brasil es brasilia verdad | BR | es-MX
yes-no-check | alexa la capital de estados unidos es nueva york sí o no | US | es-MX
yes-no-check | alexa la capital de jalisco es guadalajara verdad | MX-JAL | es-MX
yes-no-check | alexa es cierto que la capital de quintana roo es chetumal y no cancún | MX-ROO | es-MX
yes-no-check | alexa la capital de baja california es tijuana o no | MX-BCN | es-MX
yes-no-check | alexa la capital de nueva zelanda es auckland verdad | NZ | es-MX
yes-no-check | alexa la capital de veracruz es el puerto de veracruz o no | MX-VER | es-MX
self-correction | alexa cuál es la capital de colima no perdón de colombia | CO | es-MX
self-correction | alexa la capital de morelos digo de michoacán | MX-MIC | es-MX
self-correction | alexa capital de honduras no espérame de nicaragua | NI | es-MX
self-correction | alexa cuál es la capital de austria ay no australia | AU | es-MX
self-correction | alexa la capital de tamaulipas bueno no de tabasco | MX-TAB | es-MX
self-correction | alexa cuál es la capital de sonora perdón de sinaloa | MX-SIN | es-MX
self-correction | alexa la capital de perú no de paraguay | PY | es-MX
reverse-question | alexa de qué país es capital tegucigalpa | CITY:Tegucigalpa | es-MX
reverse-question | alexa managua es capital de qué país | CITY:Managua | es-MX
reverse-question | alexa chetumal es capital de qué estado | CITY:Chetumal | es-MX
reverse-question | alexa de dónde es capital ciudad victoria | CITY:Ciudad Victoria | es-MX
reverse-question | alexa cuernavaca es la capital de qué | CITY:Cuernavaca | es-MX
reverse-question | alexa de qué estado es capital toluca | CITY:Toluca | es-MX
reverse-question | alexa belmopan de qué país es capital | CITY:Belmopan | es-MX
official-name | alexa cuál es la capital de los estados unidos de américa | US | es-MX
official-name | alexa capital de la república bolivariana de venezuela | VE | es-MX
official-name | alexa la capital del estado plurinacional de bolivia | BO | es-MX
official-name | alexa cuál es la capital de la república popular china | CN | es-MX
official-name | alexa capital de la república federativa del brasil | BR | es-MX
official-name | alexa cuál es la capital de la república de corea | KR | es-MX
official-name | alexa la capital de la federación de rusia | RU | es-MX
everyday-name | alexa cuál es la capital de gringolandia | US | es-MX
everyday-name | alexa capital del gabacho | US | es-MX
everyday-name | alexa cuál es la capital de república checa | CZ | es-MX
everyday-name | alexa cuál es la capital de los emiratos | AE | es-MX
everyday-name | alexa capital de inglaterra pues | GB-ENG | es-MX
everyday-name | alexa la capital de la república dominicana | DO | es-MX
everyday-name | alexa capital de corea del norte | KP | es-MX
shared-name | alexa cuál es la capital de corea la del sur | KR | es-MX
shared-name | alexa cuál es la capital de georgia la de estados unidos | US-GA | es-MX
shared-name | alexa capital de los dos congos | CD+CG | es-MX
shared-name | alexa cuál es la capital de dominica la islita | DM | es-MX
shared-name | alexa cuál es la capital de las coreas | KP+KR | es-MX
shared-name | alexa la capital de la república democrática del congo | CD | es-MX
shared-name | alexa cuál es la capital de washington el estado | US-WA | es-MX
launch | alexa abre capitales del mundo ándale | LAUNCH | es-MX
launch | oye alexa abre capitales del mundo porfa | LAUNCH | es-MX
launch | alexa ábreme capitales del mundo porfis | LAUNCH | es-MX
launch | alexa inicia el juego de capitales del mundo | LAUNCH | es-MX
launch | alexa quiero jugar capitales del mundo | LAUNCH | es-MX
launch | alexa ponme capitales del mundo | LAUNCH | es-MX
launch | alexa empieza capitales del mundo | LAUNCH | es-MX
launch | alexa juguemos capitales del mundo | LAUNCH | es-MX
launch | alexa abre la skill de capitales del mundo | LAUNCH | es-MX
launch | alexa abre el juego capitales del mundo | LAUNCH | es-MX
help | ayuda por favor alexa | HELP | es-MX
help | alexa ayúdame | HELP | es-MX
help | qué le digo | HELP | es-MX
help | cómo le hago | HELP | es-MX
help | no entiendo cómo funciona | HELP | es-MX
help | qué puedo preguntar | HELP | es-MX
help | ayuda porfa | HELP | es-MX
help | cómo se usa esto | HELP | es-MX
help | a ver explícame | HELP | es-MX
help | qué opciones hay | HELP | es-MX
stop | ya | STOP | es-MX
stop | ya párale | STOP | es-MX
stop | alexa detente | STOP | es-MX
stop | alexa ya cállate | STOP | es-MX
stop | ya estuvo | STOP | es-MX
stop | alexa alto | STOP | es-MX
stop | para ya | STOP | es-MX
stop | alexa salte | STOP | es-MX
stop | ya no quiero jugar | STOP | es-MX
stop | alexa ya bájale | STOP | es-MX
cancel | cancélale | CANCEL | es-MX
cancel | ya olvídalo | CANCEL | es-MX
cancel | alexa cancélalo | CANCEL | es-MX
cancel | no nada | CANCEL | es-MX
cancel | mejor olvídalo | CANCEL | es-MX
cancel | déjalo así | CANCEL | es-MX
cancel | mejor no cancela | CANCEL | es-MX
cancel | nel olvídalo | CANCEL | es-MX
cancel | no importa | CANCEL | es-MX
cancel | alexa cancela por favor | CANCEL | es-MX
out-of-domain | alexa cuál es la capital de la huasteca veracruzana | FB | es-MX
out-of-domain | alexa cuál es la capital de la riviera maya | FB | es-MX
out-of-domain | alexa cuál es la capital del imperio azteca | FB | es-MX
out-of-domain | alexa cuál es la capital de aztlán | FB | es-MX
out-of-domain | alexa cuál es la capital de la nueva españa | FB | es-MX
out-of-domain | alexa cuál es la capital del bajío | FB | es-MX
out-of-domain | alexa cuál es la capital de la mixteca | FB | es-MX
out-of-domain | alexa cuál es la capital de la sierra gorda | FB | es-MX
out-of-domain | alexa cuál es la capital del norte | FB | es-MX
out-of-domain | alexa cuál es la capital de la tierra media | FB | es-MX
out-of-domain | alexa cuál es la capital de hogwarts | FB | es-MX
out-of-domain | alexa pon cumbias | FB | es-MX
out-of-domain | alexa a cómo está el dólar | FB | es-MX
out-of-domain | alexa va a llover en toluca | FB | es-MX
out-of-domain | alexa prende la tele | FB | es-MX
out-of-domain | alexa cuál es la capital del mole | FB | es-MX
out-of-domain | alexa cuál es la capital mundial del tequila | FB | es-MX
out-of-domain | alexa cuánto capital necesito para un puesto de tacos | FB | es-MX
out-of-domain | alexa qué es una letra capital | FB | es-MX
out-of-domain | alexa cuándo juega el américa | FB | es-MX
out-of-domain | alexa cuántos estados tiene méxico | FB | es-MX
out-of-domain | alexa cuál es la capital de centroamérica | FB | es-MX
out-of-domain | alexa cuál es la capital de sudamérica | FB | es-MX
out-of-domain | alexa cuál es la capital de la península de yucatán | FB | es-MX
out-of-domain | alexa cuál es la capital del caribe mexicano | FB | es-MX
out-of-domain | alexa cuál es la capital del estado de cancún | FB | es-MX
out-of-domain | alexa qué hora es | FB | es-MX
out-of-domain | alexa pon una alarma a las seis | FB | es-MX
out-of-domain | alexa cuánto dura el vuelo a tijuana | FB | es-MX
out-of-domain | alexa cuál es la capital de la gran colombia | FB | es-MX
out-of-domain | alexa cuál es la capital de las provincias unidas de centroamérica | FB | es-MX
out-of-domain | alexa cuál es la capital de wakanda | FB | es-MX
out-of-domain | alexa cuál es la capital del reino maya | FB | es-MX
out-of-domain | alexa apaga la luz | FB | es-MX
out-of-domain | alexa cuál es la capital de la república de texas | FB | es-MX
out-of-domain | alexa dime el horóscopo | FB | es-MX
out-of-domain | alexa cuál es la capital de la zona metropolitana | FB | es-MX
# ---------------------------------------------------------------- es-US
# Puerto Rico (San Juan, Ponce, Mayagüez), Union City NJ Cubans, Paterson Peruvians, Hartford boricuas, New Orleans Honduran
# builders, Springdale Arkansas poultry plants, Alaska canneries, Salt Lake City, Portland Oregon, Fresno raisin harvest,
# Santa Ana, Sacramento, Milwaukee, Detroit Mexicantown, Kansas City, Reno
situation | alexa aquí en ponce un turista de {} me preguntó la capital de su país cuál es | alemania=DE; francia=FR; suiza=CH | es-US
work | alexa trabajo en la universidad de mayagüez y mi colega es de {} cuál es la capital | india=IN; china=CN; irán=IR | es-US
family | alexa mi abuela en union city dice que la capital de {} es otra cuál es | cuba=CU; españa=ES; venezuela=VE | es-US
work | alexa en la cocina del restaurante en paterson tenemos un cocinero de {} cuál es su capital | perú=PE; ecuador=EC; bolivia=BO | es-US
situation | alexa estoy en hartford y mi vecino es de {} qué capital tiene | jamaica=JM; trinidad y tobago=TT; barbados=BB | es-US
work | alexa soy carpintero en new orleans y el foreman es de {} cuál es la capital | honduras=HN; guatemala=GT; el salvador=SV | es-US
work | alexa en la planta de pollo en springdale trabajan unos de {} cuál es su capital | islas marshall=MH; micronesia=FM; laos=LA | es-US
work | alexa estoy en la cannery de alaska y el crew es de {} la capital cuál es | filipinas=PH; vietnam=VN; somalia=SO | es-US
situation | alexa en la iglesia de salt lake city hay un misionero que va para {} cuál es la capital | tonga=TO; samoa=WS; fiyi=FJ | es-US
situation | alexa en portland conocí a una chica de {} cuál es la capital | nueva zelanda=NZ; australia=AU; papúa nueva guinea=PG | es-US
work | alexa en la cosecha de pasas en fresno hay unos señores de {} what's the capital | la india=IN; pakistán=PK; afganistán=AF | es-US
school | alexa for my homework en santa ana tengo que decir la capital de {} | vanuatu=VU; islas salomón=SB; kiribati=KI | es-US
school | alexa la teacher nos preguntó la capital de {} ayúdame | tuvalu=TV; nauru=NR; palaos=PW | es-US
work | alexa soy mecánico en detroit y un cliente es de {} cuál es su capital | irak=IQ; yemen=YE; líbano=LB | es-US
situation | alexa en el mercado de milwaukee vi una bandera de {} cuál es la capital de ese país | laos=LA; birmania=MM; tailandia=TH | es-US
work | alexa manejo troca en kansas city y mi compañero de ruta es de {} cuál es la capital | somalia=SO; sudán=SD; eritrea=ER | es-US
work | alexa soy dealer en un casino de reno y un jugador de {} me preguntó su capital | macedonia=MK; kosovo=XK; albania=AL | es-US
work | alexa trabajo limpiando oficinas en sacramento y mi compañera es de {} cuál es la capital | ucrania=UA; moldavia=MD; rumania=RO | es-US
citizenship | alexa estoy estudiando para la ciudadanía cuál es la capital de {} | estados unidos=US; méxico=MX; canadá=CA | es-US
heritage | alexa mi mamá es de {} y yo nací aquí what is the capital over there | república dominicana=DO; puerto rico=PR; colombia=CO | es-US
heritage | alexa how do you say the capital of {} en español | alemania=DE; japón=JP; corea del sur=KR | es-US
code-switch | alexa so what's la capital de {} | sudáfrica=ZA; nigeria=NG; egipto=EG | es-US
code-switch | alexa tengo trivia night en el bar y me preguntaron the capital of {} | mónaco=MC; andorra=AD; luxemburgo=LU | es-US
game | alexa estamos jugando jeopardy en familia capital de {} | madagascar=MG; mauricio=MU; seychelles=SC | es-US
game | alexa en el family game night me tocó la capital de {} | comoras=KM; maldivas=MV; sri lanka=LK | es-US
elder | alexa mija dime la capital de {} que salió en la novela | venezuela=VE; argentina=AR; colombia=CO | es-US
child | alexa i'm nine cuál es la capital de {} | china=CN; japón=JP; brasil=BR | es-US
teen | alexa bro la capital de {} cuál es | qatar=QA; arabia saudita=SA; emiratos árabes unidos=AE | es-US
hesitation | alexa umm cuál es la capital de {} este | santo tomé y príncipe=ST; guinea ecuatorial=GQ; cabo verde=CV | es-US
learner | alexa i am learning spanish cuál es la capital de {} | república centroafricana=CF; república del congo=CG; camerún=CM | es-US
situation | alexa en la liga de soccer de kansas city jugamos contra unos de {} cuál es su capital | sierra leona=SL; liberia=LR; costa de marfil=CI | es-US
situation | alexa en el salón de uñas en santa ana la dueña es de {} cuál es la capital | vietnam=VN; camboya=KH; tailandia=TH | es-US
migrant | alexa soy boricua y vivo en hartford la capital de {} cuál es | san cristóbal y nieves=KN; santa lucía=LC; san vicente y las granadinas=VC | es-US
migrant | alexa soy guatemalteco trabajo en la construcción en new orleans cuál es la capital de {} | antigua y barbuda=AG; granada=GD; dominica=DM | es-US
situation | alexa en el ferry de vieques un señor de {} preguntó la capital | timor oriental=TL; singapur=SG; brunéi=BN | es-US
work | alexa en el hospital de salt lake tenemos una doctora de {} cuál es la capital de allá | nepal=NP; bangladesh=BD; mongolia=MN | es-US
situation | alexa en el aeropuerto de anchorage vi un vuelo a {} cuál es la capital | corea del norte=KP; kirguistán=KG; azerbaiyán=AZ | es-US
# subdivisions and territories, es-US
subdivision | alexa cuál es la capital del estado de {} en estados unidos | arkansas=US-AR; oregón=US-OR; utah=US-UT | es-US
subdivision | alexa vivo en {} y no sé la capital | nueva jersey=US-NJ; connecticut=US-CT; luisiana=US-LA | es-US
subdivision | alexa me voy a mudar a {} cuál es la capital de ese estado | kansas=US-KS; misuri=US-MO; wisconsin=US-WI | es-US
subdivision | alexa para la ciudadanía la capital de {} cuál es | nevada=US-NV; michigan=US-MI; alaska=US-AK | es-US
subdivision | alexa capital of {} en español | california=US-CA; nueva york=US-NY; florida=US-FL | es-US
subdivision | alexa mi hijo está en el army en {} cuál es la capital del estado | carolina del norte=US-NC; carolina del sur=US-SC; kentucky=US-KY | es-US
subdivision | alexa manejo la troca por {} cuál es la capital de ese estado | oklahoma=US-OK; nebraska=US-NE; iowa=US-IA | es-US
subdivision | alexa la capital de {} please | wyoming=US-WY; montana=US-MT; idaho=US-ID | es-US
subdivision | alexa qué capital tiene el estado de {} | dakota del norte=US-ND; dakota del sur=US-SD; minnesota=US-MN | es-US
subdivision | alexa en la clase de gobierno me preguntaron la capital de {} | pensilvania=US-PA; ohio=US-OH; indiana=US-IN | es-US
subdivision | alexa trabajo en la cosecha en {} cuál es la capital | washington state=US-WA; colorado=US-CO; nuevo méxico=US-NM | es-US
subdivision | alexa cuál es la capital de {} up north | vermont=US-VT; maine=US-ME; nuevo hampshire=US-NH | es-US
subdivision | alexa my cousin lives in {} cuál es la capital | maryland=US-MD; delaware=US-DE; virginia occidental=US-WV | es-US
subdivision | alexa cuál es la capital de {} el estado del sur | alabama=US-AL; misisipi=US-MS; tennessee=US-TN | es-US
subdivision | alexa la capital de {} cuál es | massachusetts=US-MA; rhode island=US-RI; virginia=US-VA | es-US
subdivision | alexa capital de hawái | US-HI | es-US
subdivision | alexa capital de arizona | US-AZ | es-US
subdivision | alexa the capital of texas is austin right | US-TX | es-US
subdivision | alexa mi esposo trabaja en {} cuál es la capital | nueva escocia=CA-NS; nuevo brunswick=CA-NB; terranova=CA-NL | es-US
subdivision | alexa capital de {} en canadá | yukón=CA-YT; nunavut=CA-NU; territorios del noroeste=CA-NT | es-US
subdivision | alexa cuál es la capital de la isla del príncipe eduardo | CA-PE | es-US
subdivision | alexa la capital de {} in brazil | goiás=BR-GO; mato grosso=BR-MT; mato grosso del sur=BR-MS | es-US
subdivision | alexa cuál es la capital de {} de brasil | maranhão=BR-MA; piauí=BR-PI; río grande del norte=BR-RN | es-US
subdivision | alexa un compañero brasileño es de {} cuál es su capital | paraíba=BR-PB; alagoas=BR-AL; sergipe=BR-SE | es-US
subdivision | alexa cuál es la capital de {} en el amazonas | acre=BR-AC; rondonia=BR-RO; roraima=BR-RR | es-US
subdivision | alexa y la capital de {} brasil | amapá=BR-AP; tocantins=BR-TO; espírito santo=BR-ES | es-US
subdivision | alexa capital del estado de {} en brasil | são paulo=BR-SP; río de janeiro=BR-RJ | es-US
subdivision | alexa y el distrito federal de brasil qué capital tiene | BR-DF | es-US
subdivision | alexa cuál es la capital de {} india | karnataka=IN-KA; maharashtra=IN-MH; gujarat=IN-GJ | es-US
subdivision | alexa mi compañero de cuarto es de {} en la india cuál es la capital | telangana=IN-TS; andhra pradesh=IN-AP; odisha=IN-OD | es-US
subdivision | alexa capital de {} in india | assam=IN-AS; sikkim=IN-SK; meghalaya=IN-ML | es-US
subdivision | alexa la capital de {} en la india | manipur=IN-MN; mizoram=IN-MZ; nagaland=IN-NL | es-US
subdivision | alexa qué capital tiene {} en la india | tripura=IN-TR; arunachal pradesh=IN-AR; jharkhand=IN-JH | es-US
subdivision | alexa cuál es la capital del estado indio de {} | madhya pradesh=IN-MP; chhattisgarh=IN-CG; himachal pradesh=IN-HP | es-US
subdivision | alexa capital de {} la india | haryana=IN-HR; punjab=IN-PB; bengala occidental=IN-WB | es-US
subdivision | alexa cuál es la capital del territorio de {} en la india | delhi=IN-DL; puducherry=IN-PY; ladakh=IN-LA | es-US
subdivision | alexa capital de {} un territorio de la india | lakshadweep=IN-LD; chandigarh=IN-CH; islas andamán y nicobar=IN-AN | es-US
subdivision | alexa cuál es la capital de dadra y nagar haveli y damán y diu | IN-DH | es-US
plural-capitals | alexa cuáles son las capitales de jammu y cachemira | IN-JK | es-US
plural-capitals | alexa uttarakhand tiene dos capitales cuáles son | IN-UK | es-US
territory | alexa cuál es la capital de {} the territory | guam=GU; samoa americana=AS; islas marianas del norte=MP | es-US
territory | alexa en el army estuve en {} cuál es la capital | islas vírgenes de estados unidos=VI; islas vírgenes británicas=VG; puerto rico=PR | es-US
territory | alexa cuál es la capital de {} en el pacífico | islas cook=CK; niue=NU; tokelau=TK | es-US
territory | alexa capital de {} la isla | islas pitcairn=PN; santa elena=SH; islas cocos=CC | es-US
territory | alexa what's the capital of {} en español | isla de navidad=CX; isla norfolk=NF; san bartolomé=BL | es-US
territory | alexa cuál es la capital de {} la francesa | san pedro y miquelón=PM; territorios australes franceses=TF | es-US
territory | alexa capital de las islas georgias del sur | GS | es-US
territory | alexa cuál es la capital del territorio británico del océano índico | IO | es-US
territory | alexa capital del caribe neerlandés bonaire | BQ | es-US
territory | alexa cuál es la capital del vaticano | VA | es-US
# families required
follow-up | and what about venezuela | VE | es-US
follow-up | y la de ecuador | EC | es-US
follow-up | okay y la de perú | PE | es-US
follow-up | y de colombia | CO | es-US
follow-up | y la de chile please | CL | es-US
follow-up | what about la de uruguay | UY | es-US
follow-up | y la de paraguay cuál es | PY | es-US
plural-capitals | alexa what are the capitales de sudáfrica | ZA | es-US
plural-capitals | alexa bolivia has two capitals cuáles son | BO | es-US
plural-capitals | alexa cuáles son las capitales de los países bajos | NL | es-US
plural-capitals | alexa malasia tiene dos capitales cuáles son | MY | es-US
plural-capitals | alexa cuáles son las capitales de eswatini | SZ | es-US
plural-capitals | alexa las capitales de costa de marfil | CI | es-US
plural-capitals | alexa sri lanka qué capitales tiene | LK | es-US
plural-capitals | alexa benín tiene dos capitales no cuáles son | BJ | es-US
plural-capitals | alexa palestine cuáles son sus capitales | PS | es-US
plural-capitals | alexa montserrat tiene dos capitales cuáles | MS | es-US
yes-no-check | alexa la capital de california es los ángeles verdad | US-CA | es-US
yes-no-check | alexa is sacramento the capital of california | US-CA | es-US
yes-no-check | alexa la capital de nueva york es nueva york city o no | US-NY | es-US
yes-no-check | alexa la capital de florida es miami right | US-FL | es-US
yes-no-check | alexa es verdad que la capital de puerto rico es san juan | PR | es-US
yes-no-check | alexa la capital de illinois es chicago sí o no | US-IL | es-US
yes-no-check | alexa la capital de canadá es toronto verdad | CA | es-US
self-correction | alexa la capital de nevada no perdón de nebraska | US-NE | es-US
self-correction | alexa cuál es la capital de virginia no west virginia | US-WV | es-US
self-correction | alexa capital de iowa no i mean idaho | US-ID | es-US
self-correction | alexa la capital de carolina del norte digo del sur | US-SC | es-US
self-correction | alexa cuál es la capital de maine no maryland | US-MD | es-US
self-correction | alexa la capital de dominica no de república dominicana | DO | es-US
self-correction | alexa la capital de arkansas ay no kansas | US-KS | es-US
reverse-question | alexa de qué estado es capital sacramento | CITY:Sacramento | es-US
reverse-question | alexa baton rouge es capital de qué estado | CITY:Baton Rouge | es-US
reverse-question | alexa de dónde es capital juneau | CITY:Juneau | es-US
reverse-question | alexa little rock is the capital of what state | CITY:Little Rock | es-US
reverse-question | alexa de qué país es capital kingstown | CITY:Kingstown | es-US
reverse-question | alexa salt lake city es capital de qué estado | CITY:Salt Lake City | es-US
reverse-question | alexa trenton de qué estado es capital | CITY:Trenton | es-US
official-name | alexa capital del estado libre asociado de puerto rico | PR | es-US
official-name | alexa cuál es la capital de la república de cuba | CU | es-US
official-name | alexa capital de la república de honduras | HN | es-US
official-name | alexa cuál es la capital de la commonwealth of massachusetts | US-MA | es-US
official-name | alexa la capital de la república de filipinas | PH | es-US
official-name | alexa cuál es la capital de la república islámica de irán | IR | es-US
official-name | alexa capital de la república del perú | PE | es-US
everyday-name | alexa cuál es la capital de los states | US | es-US
everyday-name | alexa capital de la isla del encanto | PR | es-US
everyday-name | alexa cuál es la capital de cali | US-CA | es-US
everyday-name | alexa la capital de jersey el estado | US-NJ | es-US
everyday-name | alexa cuál es la capital de quisqueya | DO | es-US
everyday-name | alexa capital de holland | NL | es-US
everyday-name | alexa cuál es la capital de great britain | GB | es-US
shared-name | alexa cuál es la capital de georgia el estado de atlanta | US-GA | es-US
shared-name | alexa la capital de georgia | GE+US-GA | es-US
shared-name | alexa capital del congo | CD+CG | es-US
shared-name | alexa cuál es la capital de dominica | DM | es-US
shared-name | alexa capital de las islas vírgenes | VG+VI | es-US
shared-name | alexa cuál es la capital de las islas vírgenes americanas | VI | es-US
shared-name | alexa cuál es la capital de korea | KP+KR | es-US
launch | alexa open capitales del mundo | LAUNCH | es-US
launch | alexa abre capitales del mundo en español | LAUNCH | es-US
launch | alexa start capitales del mundo | LAUNCH | es-US
launch | alexa abre capitales del mundo please | LAUNCH | es-US
launch | alexa let's play capitales del mundo | LAUNCH | es-US
launch | alexa inicia capitales del mundo for my son | LAUNCH | es-US
launch | alexa i want to play capitales del mundo | LAUNCH | es-US
launch | alexa play capitales del mundo | LAUNCH | es-US
launch | alexa launch capitales del mundo | LAUNCH | es-US
launch | alexa ábreme capitales del mundo mija quiere jugar | LAUNCH | es-US
help | help | HELP | es-US
help | ayuda qué hago | HELP | es-US
help | alexa help me | HELP | es-US
help | qué puedo decir aquí | HELP | es-US
help | how does this work | HELP | es-US
help | cómo funciona | HELP | es-US
help | necesito ayuda please | HELP | es-US
help | what can i say | HELP | es-US
help | no entiendo qué hago | HELP | es-US
help | ayúdame please | HELP | es-US
stop | stop stop | STOP | es-US
stop | alexa stop | STOP | es-US
stop | para alexa para | STOP | es-US
stop | alexa quit | STOP | es-US
stop | alexa be quiet | STOP | es-US
stop | alexa shut up | STOP | es-US
stop | cállate ya | STOP | es-US
stop | alexa para ya | STOP | es-US
stop | exit | STOP | es-US
stop | ya stop | STOP | es-US
cancel | cancel | CANCEL | es-US
cancel | alexa cancel | CANCEL | es-US
cancel | never mind | CANCEL | es-US
cancel | forget it | CANCEL | es-US
cancel | cancela that | CANCEL | es-US
cancel | olvídalo alexa | CANCEL | es-US
cancel | nah never mind | CANCEL | es-US
cancel | no importa forget it | CANCEL | es-US
cancel | alexa cancela eso please | CANCEL | es-US
cancel | no nada cancel | CANCEL | es-US
out-of-domain | alexa cuál es la capital de new england | FB | es-US
out-of-domain | alexa cuál es la capital del midwest | FB | es-US
out-of-domain | alexa cuál es la capital de la costa oeste | FB | es-US
out-of-domain | alexa cuál es la capital de la confederación | FB | es-US
out-of-domain | alexa cuál es la capital de culebra | FB | es-US
out-of-domain | alexa cuál es la capital de mayagüez | FB | es-US
out-of-domain | alexa cuál es la capital de la tribu navajo | FB | es-US
out-of-domain | alexa cuál es la capital de gotham | FB | es-US
out-of-domain | alexa cuál es la capital de springfield de los simpsons | FB | es-US
out-of-domain | alexa cuál es la capital de pandora | FB | es-US
out-of-domain | alexa what's the weather in fresno | FB | es-US
out-of-domain | alexa pon reguetón | FB | es-US
out-of-domain | alexa play bad bunny | FB | es-US
out-of-domain | alexa cuánto es el minimum wage en oregon | FB | es-US
out-of-domain | alexa add milk to my shopping list | FB | es-US
out-of-domain | alexa turn off the lights | FB | es-US
out-of-domain | alexa cuál es la capital de los aztecas | FB | es-US
out-of-domain | alexa what is capital gains tax | FB | es-US
out-of-domain | alexa cuál es la capital del mundo del pollo | FB | es-US
out-of-domain | alexa cuál es la capital del jazz | FB | es-US
out-of-domain | alexa cuál es la capital del silicon valley | FB | es-US
out-of-domain | alexa llama a mi mamá | FB | es-US
out-of-domain | alexa cuánto falta para navidad | FB | es-US
out-of-domain | alexa cuál es la capital de la luna | FB | es-US
out-of-domain | alexa cuál es la capital de marte | FB | es-US
out-of-domain | alexa cuál es la capital de la península arábiga | FB | es-US
out-of-domain | alexa cuál es la capital de los mormones | FB | es-US
out-of-domain | alexa cuál es la capital del territorio de dakota | FB | es-US
out-of-domain | alexa cuál es la capital de la britania romana | FB | es-US
out-of-domain | alexa cuál es la capital del condado de orange | FB | es-US
out-of-domain | alexa cuál es la capital del bronx | FB | es-US
out-of-domain | alexa dónde queda el dmv más cercano | FB | es-US
out-of-domain | alexa cuál es la capital de hispanoamérica | FB | es-US
out-of-domain | alexa cuál es la capital de la antigua checoslovaquia | FB | es-US
out-of-domain | alexa cuál es la capital del imperio inca | FB | es-US
out-of-domain | alexa cuál es la capital de krypton | FB | es-US
out-of-domain | alexa cuál es la capital de wall street | FB | es-US
# second batch: more stop, cancel, help, launch and out-of-domain lines, and more places
stop | alexa para que ya nos vamos a comer | STOP
stop | alexa cállate un momento que está hablando el abuelo | STOP
stop | alexa para ya que me estás mareando | STOP
stop | alexa se acabó el juego para | STOP
stop | alexa para de preguntar | STOP
stop | alexa apaga esto que me voy al tajo | STOP
stop | alexa calla calla | STOP
stop | alexa sal del juego | STOP
stop | alexa para que suena el teléfono | STOP
stop | alexa ya vale para ya | STOP
stop | alexa ya párale que ya me voy a la chamba | STOP | es-MX
stop | alexa ya cállate que está dormido el niño | STOP | es-MX
stop | alexa ya estuvo de capitales | STOP | es-MX
stop | alexa detente ya no quiero | STOP | es-MX
stop | alexa salte del juego | STOP | es-MX
stop | alexa ya no más | STOP | es-MX
stop | alexa para el juego ya | STOP | es-MX
stop | alexa stop ya me voy al trabajo | STOP | es-US
stop | alexa quit the game | STOP | es-US
stop | alexa cállate que llegó mi mamá | STOP | es-US
stop | alexa stop the game please | STOP | es-US
stop | alexa be quiet un momento | STOP | es-US
stop | alexa exit capitales del mundo | STOP | es-US
stop | alexa para ya que tengo que dormir | STOP | es-US
cancel | alexa olvídalo ya no me acuerdo qué te iba a preguntar | CANCEL
cancel | alexa nada cancela que me he liado | CANCEL
cancel | alexa déjalo que ya lo busco yo | CANCEL
cancel | alexa cancela la última | CANCEL
cancel | alexa olvida lo que te he dicho | CANCEL
cancel | alexa no nada olvídalo era una tontería | CANCEL
cancel | alexa cancela que me he equivocado | CANCEL
cancel | alexa déjalo estar | CANCEL
cancel | alexa olvídalo ya me lo dijo mi hermano | CANCEL | es-MX
cancel | alexa cancela eso que no era a ti | CANCEL | es-MX
cancel | alexa no nada olvídalo mija | CANCEL | es-MX
cancel | alexa mejor ya no cancélalo | CANCEL | es-MX
cancel | alexa cancela la pregunta porfa | CANCEL | es-MX
cancel | alexa nel cancela | CANCEL | es-MX
cancel | alexa olvídalo no le hagas caso a mi hermano | CANCEL | es-MX
cancel | alexa never mind ya lo encontré | CANCEL | es-US
cancel | alexa forget it no era nada | CANCEL | es-US
cancel | alexa cancel that question | CANCEL | es-US
cancel | alexa olvídalo i got it | CANCEL | es-US
cancel | alexa never mind mi hija ya me dijo | CANCEL | es-US
cancel | alexa no importa cancela | CANCEL | es-US
cancel | alexa forget about it | CANCEL | es-US
help | alexa cómo funciona capitales del mundo | HELP
help | alexa qué tengo que decir para preguntar una capital | HELP
help | alexa no me aclaro con esto ayúdame | HELP
help | alexa qué tipo de preguntas te puedo hacer | HELP
help | alexa cómo le pregunto las capitales | HELP | es-MX
help | alexa no sé usar esto ayúdame porfa | HELP | es-MX
help | alexa qué cosas sabes de capitales | HELP | es-MX
help | alexa explícame cómo se juega esto | HELP | es-MX
help | alexa how do i use this skill | HELP | es-US
help | alexa cómo funciona this game | HELP | es-US
help | alexa qué le pregunto a esta skill | HELP | es-US
help | alexa help con las capitales | HELP | es-US
launch | alexa abre capitales del mundo que vamos a repasar para el examen | LAUNCH
launch | alexa pon el juego de capitales del mundo | LAUNCH
launch | alexa ejecuta capitales del mundo | LAUNCH
launch | alexa abre capitales del mundo para los niños | LAUNCH
launch | alexa empieza capitales del mundo por favor | LAUNCH | es-MX
launch | alexa abre capitales del mundo que vamos a estudiar | LAUNCH | es-MX
launch | alexa abrir capitales del mundo porfa | LAUNCH | es-MX
launch | alexa open capitales del mundo please | LAUNCH | es-US
launch | alexa start the capitales del mundo game | LAUNCH | es-US
launch | alexa abre capitales del mundo para practicar | LAUNCH | es-US
out-of-domain | alexa cuál es la capital de la comarca de la manchuela | FB
out-of-domain | alexa cuál es la capital de la serranía de cuenca | FB
out-of-domain | alexa cuál es la capital del campo de calatrava | FB
out-of-domain | alexa cuánto cuesta un cuchillo de albacete | FB
out-of-domain | alexa cuál es la capital del azafrán | FB
out-of-domain | alexa cuál es la capital del reino de aragón antiguo | FB
out-of-domain | alexa cuál es la capital de la tierra de nunca jamás | FB
out-of-domain | alexa cuál es la capital del país de las maravillas | FB
out-of-domain | alexa a qué hora sale el ave para madrid | FB
out-of-domain | alexa cuál es la capital de la cuenca minera | FB
out-of-domain | alexa pon la novena sinfonía | FB
out-of-domain | alexa cuántas comunidades autónomas hay | FB
out-of-domain | alexa qué es la capitalidad | FB
out-of-domain | alexa cuál es la letra capital en un libro | FB
out-of-domain | alexa cuál es la capital de oriente medio | FB
out-of-domain | alexa cuál es la capital de asia central | FB
out-of-domain | alexa cuál es la capital del sáhara | FB
out-of-domain | alexa llama a mi hija | FB
out-of-domain | alexa cuál es la capital de tartaria | FB
out-of-domain | alexa cuál es la capital del califato de córdoba | FB
out-of-domain | alexa cuál es la capital de la antigua california | FB | es-MX
out-of-domain | alexa cuál es la capital de los cabos | FB | es-MX
out-of-domain | alexa cuál es la capital de cozumel | FB | es-MX
out-of-domain | alexa cuál es la capital de la región lagunera de tamaulipas | FB | es-MX
out-of-domain | alexa cuál es la capital de tenochtitlan | FB | es-MX
out-of-domain | alexa cuál es la capital de la costa chica | FB | es-MX
out-of-domain | alexa a qué hora abre el oxxo | FB | es-MX
out-of-domain | alexa pon música de banda | FB | es-MX
out-of-domain | alexa cuál es la capital de la feria | FB | es-MX
out-of-domain | alexa cuál es la capital del estado de acapulco | FB | es-MX
out-of-domain | alexa cuánto cuesta el pasaje a chetumal | FB | es-MX
out-of-domain | alexa cuál es la capital del mundo del surf | FB | es-MX
out-of-domain | alexa cómo se dice capital en inglés | FB | es-MX
out-of-domain | alexa cuál es la capital de la isla mujeres | FB | es-MX
out-of-domain | alexa cuál es la capital de gondor | FB | es-MX
out-of-domain | alexa cuál es la capital del cacicazgo de jatibonicu | FB | es-US
out-of-domain | alexa cuál es la capital de la isla de mona | FB | es-US
out-of-domain | alexa cuál es la capital del noroeste pacífico | FB | es-US
out-of-domain | alexa cuál es la capital del estado de jefferson | FB | es-US
out-of-domain | alexa cuál es la capital de nueva amsterdam | FB | es-US
out-of-domain | alexa cuál es la capital del deep south | FB | es-US
out-of-domain | alexa cuál es la capital de la louisiana francesa | FB | es-US
out-of-domain | alexa order más papel de baño | FB | es-US
out-of-domain | alexa cuánto está el cheque del desempleo | FB | es-US
out-of-domain | alexa set an alarm a las cinco | FB | es-US
out-of-domain | alexa qué time es en manila | FB | es-US
out-of-domain | alexa cuál es la capital de la costa del golfo | FB | es-US
out-of-domain | alexa cuál es la capital de la tierra de oz | FB | es-US
out-of-domain | alexa cuál es la capital de las grandes llanuras | FB | es-US
out-of-domain | alexa how much is a ticket to ponce | FB | es-US
# more places in new frames
official-name | alexa cuál es la capital de la república de turquía | TR
official-name | alexa la capital del gran ducado de luxemburgo | LU
official-name | alexa capital de la república francesa | FR
official-name | alexa cuál es la capital de los estados unidos mexicanos | MX | es-MX
official-name | alexa capital de la república oriental del uruguay | UY | es-MX
official-name | alexa cuál es la capital de la república árabe de egipto | EG | es-US
everyday-name | alexa cuál es la capital de la india esa de los hindúes | IN
everyday-name | alexa la capital de checoslovaquia digo chequia | CZ
everyday-name | alexa capital de macedonia | MK | es-MX
everyday-name | alexa cuál es la capital de timor | TL | es-US
reverse-question | alexa hobart es capital de qué | CITY:Hobart
reverse-question | alexa de qué sitio es capital múnich | CITY:Múnich
reverse-question | alexa la paz es capital de qué | CITY:La Paz | es-MX
reverse-question | alexa honolulú de qué estado es capital | CITY:Honolulú | es-US
yes-no-check | alexa la capital de alemania es bonn o berlín | DE
yes-no-check | alexa la capital de baviera es múnich verdad | DE-BY
yes-no-check | alexa la capital de morelos es cuernavaca sí | MX-MOR | es-MX
yes-no-check | alexa la capital de tamaulipas es tampico verdad | MX-TAM | es-MX
yes-no-check | alexa la capital de luisiana es new orleans o baton rouge | US-LA | es-US
follow-up | y la de baviera | DE-BY
follow-up | y la de colima cuál es | MX-COL | es-MX
follow-up | y la de oregón | US-OR | es-US
self-correction | alexa la capital de bremen no hamburgo | DE-HH
self-correction | alexa capital de nueva escocia no perdón de nueva zelanda | NZ | es-MX
self-correction | alexa la capital de samoa no samoa americana | AS | es-US
territory | alexa cuál es la capital de las islas malvinas que mi abuelo dice que son argentinas | FK | es-MX
territory | alexa cuál es la capital de san martín la parte francesa | MF | es-US
territory | alexa cuál es la capital de las islas feroe de dinamarca | FO | es-MX
plural-capitals | alexa dime las tres capitales de sudáfrica | ZA | es-US
plural-capitals | alexa cuáles son las dos capitales de bolivia sucre y cuál más | BO
# third small batch: the Australian units the builder dropped
subdivision | alexa mi sobrina se ha ido a recoger fruta a {} cuál es la capital de allí | nueva gales del sur=AU-NSW; queensland=AU-QLD; el territorio de la capital australiana=AU-ACT
"""

if __name__ == "__main__":
    build_round(43, "es", LINES, sys.argv, "tests/Eval/es/round43/source/build_corpus.py")
