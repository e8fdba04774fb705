"""Round 42, Spanish (es-ES, es-MX, es-US): a new author's mix of speakers and situations, written blind (brief
WRITER51.md).

Written at the start of the forty-fifth session by the corpus51-es helper, without the voice model, the simulator, the
skill's code or earlier rounds' halves. Speakers and situations, chosen to differ from round 41 (Galicia, Asturias, the
Canaries, Murcia, Extremadura; Tabasco, Puebla, Oaxaca, Sonora, Yucatán, Mexico City, Durango, Tlaxcala; Miami, New
York, Houston, Los Angeles, Salinas, Dalton, North Carolina, Denver, Dallas, Lawrence) and from the places it lists as
round 40's (Ávila, Guadalajara; Zacatecas, Nayarit, Coahuila, Baja California; the Rio Grande Valley, Laredo, El Paso,
Tucson, Yakima, Chicago, Worthington, Oklahoma City, Fort Hood):

es-ES: Andalucía (Almería greenhouses, a Cádiz bar, an Alhambra guide, a Málaga chiringuito, "illo", "quillo",
"pisha"), Aragón (a Pyrenees shepherd, the Pilar fiestas, the Zaragoza logistics hub, "maño"), Valencia and Castellón
(a falla, orange lorries, a Romanian orange picker, Valencian switching), Catalonia (Barcelona port, Catalan switching,
a Pakistani shopkeeper in el Raval, a Chinese bazaar), the Basque Country and Navarre (Bilbao "aupa", "ene", a Basque
fisherman, San Fermín), La Rioja grape harvest, the Santander ferry, Valladolid, Burgos, León, Mallorca and Menorca
hotels and ports, Ceuta and Melilla (Darija "wash", a Nador speaker, the border), Madrid (oposiciones, a Metro driver,
Lavapiés, a delivery rider, a Colombian nurse in Getafe), Toledo tourists, Ukrainian, Filipino, Brazilian and Chinese
learners, Pasapalabra, the trivial, a pub quiz, a crossword, children, teens ("bro", "tía", "en plan"), grandparents.

es-MX: Jalisco (a jimador, mariachis, Tonalá), Nuevo León (a Monterrey engineer, a carne asada), Sinaloa (a Mazatlán
shrimp boat, "plebe", "compa"), Chiapas (a Soconusco coffee grower, a Tsotsil speaker, San Cristóbal backpackers),
Veracruz (the port, son jarocho, a Xalapa student), Guerrero (a Taxco silversmith, La Quebrada), Michoacán (an avocado
packer, the monarch sanctuary, a Purépecha grandmother), Querétaro (an aerospace plant), Guanajuato (León shoes, the
Cervantino), Hidalgo pastes, Chihuahua (a Juárez maquila, a Rarámuri runner, "ocupo"), Campeche fishermen, the
Huasteca Potosina, a telesecundaria, the olimpiada del conocimiento, turista mundial, millonario, a Sunday comida, a
quinceañera, Korean, Haitian, Cameroonian and Cuban learners, teens ("no manches", "neta", "wey").

es-US: San Antonio and Albuquerque (Tejano and New Mexican Spanish), Phoenix roofers and landscapers, Gwinnett
warehouses (Georgia), Orlando and Kissimmee boricuas and Disney workers, Tampa Ybor cigar rollers, Las Vegas casino
dealers and housekeepers, Langley Park Salvadorans and an embassy cleaner, Boston and Chelsea, Nashville framers, Omaha
meatpacking, Idaho dairies, Immokalee tomato pickers (a Mam speaker), Philadelphia and Hazleton, Seattle, San Diego
border commuters and the Navy, Providence and Minneapolis, Uber drivers, a church, a soccer league, heritage-speaking
children, citizenship, GED and community-college classes, trivia night, Jeopardy; English switching throughout.

Every line was written by hand as one utterance; the only generated lines are the at most three fills of a frame
(each frame said once).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# ---------------------------------------------------------------- es-ES
# Andalucía: Sevilla, Cádiz, Almería greenhouses, a Granada guide, a Málaga chiringuito
situation | illo alexa en el invernadero tengo un compañero de {} cuál es la capital | marruecos=MA; mali=ML; guinea=GN
situation | quillo alexa cuál es la capital de {} que lo estamos discutiendo en el bar | portugal=PT; irlanda=IE; escocia=GB-SCT
work | alexa soy guía en la alhambra y un grupo de {} me pregunta por su capital cuál es | corea del sur=KR; japón=JP; taiwán=TW
work | alexa en el chiringuito tengo unos guiris de {} y no sé su capital | noruega=NO; finlandia=FI; dinamarca=DK
hesitation | ay alexa pisha cuál era la capital de {} que lo tengo en la punta de la lengua | nueva zelanda=NZ; canadá=CA; australia=AU
family | alexa mi suegra dice que la capital de {} es otra dime tú cuál es | turquía=TR; suiza=CH; brasil=BR
elder | alexa hija dime la capital de {} que mi nieto me lo ha preguntado | argentina=AR; chile=CL; perú=PE
teen | alexa bro en serio cuál es la capital de {} | kazajistán=KZ; uzbekistán=UZ; kirguistán=KG
follow-up | y la de francia illo | FR
yes-no-check | alexa la capital de andalucía no sale pero la de marruecos es rabat verdad | MA
out-of-domain | alexa cuál es la capital de andalucía | FB
out-of-domain | alexa qué tiempo hace mañana en sevilla | FB
out-of-domain | alexa cuál es la capital del flamenco | FB
# Aragón: Zaragoza, a Huesca shepherd, the Pilar, "maño"
elder | alexa soy pastor en el pirineo y quiero saber la capital de {} maño | andorra=AD; mónaco=MC; liechtenstein=LI
situation | alexa en las fiestas del pilar hay una peña de {} y quieren saber su capital | rumanía=RO; bulgaria=BG; hungría=HU
work | alexa en la plataforma logística de zaragoza sale un camión para {} cuál es su capital | eslovaquia=SK; chequia=CZ; polonia=PL
self-correction | alexa la capital de eslovenia ay no de eslovaquia | SK
hesitation | pues alexa cuál es la capital de {} no me acuerdo nada | lituania=LT; letonia=LV; estonia=EE
out-of-domain | alexa cuál es la capital de aragón | FB
out-of-domain | alexa pon la jota aragonesa | FB
# Valencia and Castellón: a fallero, orange groves, Romanian workers, Valencian switching
code-switch | alexa digues-me la capital de {} per favor | italia=IT; grecia=GR; croacia=HR
situation | alexa estamos plantando la falla y un turista de {} pregunta su capital | alemania=DE; austria=AT; bélgica=BE
learner | alexa yo rumano trabajo naranja en castellón capital de moldavia cuál es | MD
work | alexa el camión de naranjas va a {} cuál es la capital | luxemburgo=LU; países bajos=NL; reino unido=GB
follow-up | xe i la de suècia | SE
out-of-domain | alexa cuál es la capital del arroz | FB
out-of-domain | alexa cuál es la capital de la comunidad valenciana | FB
# Catalunya: Barcelona port, Catalan switching, a Pakistani shop in el Raval, a Chinese bazaar
code-switch | alexa quina és la capital de {} | japó=JP; xina=CN; índia=IN
learner | alexa yo tengo tienda en el raval yo de pakistán capital de pakistán cuál | PK
learner | alexa yo de bangladés capital dime por favor | BD
situation | alexa en la tienda de chinos la dueña me pregunta la capital de {} | vietnam=VN; tailandia=TH; camboya=KH
work | alexa en el puerto de barcelona llega un crucero de {} cuál es su capital | bahamas=BS; malta=MT; chipre=CY
hesitation | home alexa la capital de {} com es deia | suecia=SE; islandia=IS; irlanda=IE
out-of-domain | alexa cuál es la capital de cataluña | FB
out-of-domain | alexa cuándo juega el barça | FB
# Euskadi and Navarra: Bilbao, "aupa", San Fermín, a Basque fisherman
code-switch | aupa alexa cuál es la capital de {} | francia=FR; suiza=CH; bélgica=BE
situation | alexa en san fermín hay unos de {} en el balcón cuál es su capital | australia=AU; nueva zelanda=NZ; estados unidos=US
work | alexa soy arrantzale y pescamos cerca de {} cuál es la capital | mauritania=MR; senegal=SN; seychelles=SC
hesitation | ene alexa cuál era la capital de {} | canadá=CA; islandia=IS; groenlandia=GL
elder | alexa mi aita trabajó en {} de joven cuál es la capital de allí | venezuela=VE; méxico=MX; chile=CL
out-of-domain | alexa cuál es la capital del país vasco | FB
out-of-domain | alexa cuál es la capital de navarra | FB
out-of-domain | alexa traduce aupa al inglés | FB
# Cantabria, Castilla y León, La Rioja
work | alexa en la vendimia de la rioja tengo temporeros de {} cuál es su capital | georgia=GE; armenia=AM; azerbaiyán=AZ
situation | alexa en el ferry de santander a {} cuál es la capital de allí | reino unido=GB; irlanda=IE; inglaterra=GB-ENG
school | alexa el profe de valladolid nos ha mandado la capital de {} | bosnia=BA; serbia=RS; montenegro=ME
elder | alexa soy de un pueblo de burgos y mi nieta vive en {} cuál es la capital | suecia=SE; noruega=NO; dinamarca=DK
family | alexa mi cuñado de león dice que la capital de {} no sé cuál es dímela | marruecos=MA; túnez=TN; argelia=DZ
out-of-domain | alexa cuál es la capital de castilla y león | FB
out-of-domain | alexa cuál es la capital de cantabria | FB
out-of-domain | alexa cuál es la capital del reino de león | FB
# Baleares: a Mallorca hotel, a Menorca sailor
work | alexa soy camarera de pisos en mallorca y los clientes son de {} cuál es la capital | alemania=DE; países bajos=NL; austria=AT
work | alexa en el puerto de mahón atraca un velero de {} cuál es su capital | malta=MT; mónaco=MC; san marino=SM
out-of-domain | alexa cuál es la capital de las baleares | FB
# Ceuta and Melilla: Darija switching, a border crossing
code-switch | alexa wash la capital de {} | marruecos=MA; argelia=DZ; libia=LY
learner | alexa yo de nador hablo poco español la capital de túnez cuál es | TN
situation | alexa en la frontera de melilla un chico de {} me pregunta su capital | guinea=GN; camerún=CM; costa de marfil=CI
out-of-domain | alexa cuál es la capital de melilla | FB
# Madrid and Toledo: a Metro driver, an oposiciones student, a bar in Lavapiés
work | alexa estoy preparando oposiciones y me cae la capital de {} | kenia=KE; tanzania=TZ; uganda=UG
work | alexa soy conductor del metro y en la cabina apostamos la capital de {} | egipto=EG; etiopía=ET; sudán=SD
situation | alexa en un bar de lavapiés el camarero es de {} cuál es su capital | senegal=SN; bangladés=BD; nepal=NP
situation | oye alexa en toledo una turista de {} me pregunta su capital | corea=KP+KR; japón=JP; filipinas=PH
teen | alexa en plan cuál es la capital de {} tía | madagascar=MG; mozambique=MZ; zimbabue=ZW
teen | alexa porfa la capital de {} que me la juego con mi crush | islas marshall=MH; micronesia=FM; palaos=PW
child | alexa yo tengo seis años y quiero saber la capital de {} | china=CN; rusia=RU; india=IN
child | alexa cuál es la capital de los dinosaurios | FB
out-of-domain | alexa cuál es la capital de la comunidad de madrid | FB
out-of-domain | alexa cuánto cuesta el abono transporte | FB
# learners and migrants: Ukrainian refugee, Filipino carer, Venezuelan delivery rider, Colombian nurse
learner | alexa yo de ucrania aprendo español la capital de ucrania es kiev sí | UA
learner | alexa yo cuido señora mayor en madrid capital de filipinas cuál | PH
situation | alexa soy rider y reparto en madrid y el cliente es de {} cuál es la capital | pakistán=PK; afganistán=AF; irán=IR
situation | alexa soy enfermera colombiana en un hospital de getafe y una paciente es de {} cuál es la capital | bolivia=BO; paraguay=PY; ecuador=EC
learner | alexa mi sou brasileira e quero saber a capital de angola | AO
learner | alexa yo chino capital de mongolia qué | MN
# games: Pasapalabra, el trivial, a pub quiz, Quién quiere ser millonario
game | alexa estamos jugando al pasapalabra con la a capital de {} | angola=AO; afganistán=AF; albania=AL
game | alexa en el trivial me ha tocado la capital de {} | eritrea=ER; yibuti=DJ; somalia=SO
game | alexa comodín de la llamada cuál es la capital de {} | burkina faso=BF; níger=NE; chad=TD
game | alexa en el quiz del pub la pregunta es la capital de {} | trinidad y tobago=TT; barbados=BB; jamaica=JM
game | alexa cuál es la capital de {} que la necesito para el crucigrama | omán=OM; catar=QA; yemen=YE
# plural-capitals, all several-capital countries
plural-capitals | alexa cuáles son las capitales de sudáfrica | ZA
plural-capitals | alexa qué capitales tiene bolivia | BO
plural-capitals | alexa los países bajos tienen dos capitales no cuáles son | NL
plural-capitals | alexa dime las capitales de costa de marfil | CI
plural-capitals | alexa las dos capitales de sri lanka cuáles son | LK
plural-capitals | alexa cuáles son las capitales de malasia | MY
plural-capitals | alexa benín tiene dos capitales cuáles | BJ
plural-capitals | alexa las capitales de esuatini | SZ
plural-capitals | alexa cuáles son las capitales de palestina | PS
plural-capitals | alexa es verdad que sudáfrica tiene tres capitales cuáles son | ZA
plural-capitals | alexa qué dos capitales tiene holanda | NL
plural-capitals | alexa las capitales de bolivia sucre y cuál más | BO
# subdivision
subdivision | alexa cuál es la capital de {} en alemania | baviera=DE-BY; sajonia=DE-SN; turingia=DE-TH
subdivision | alexa el erasmus de mi hija es en {} cuál es la capital del estado | renania del norte-westfalia=DE-NW; baden-wurtemberg=DE-BW; hesse=DE-HE
subdivision | alexa la capital del land de {} | baja sajonia=DE-NI; schleswig-holstein=DE-SH; sajonia-anhalt=DE-ST
subdivision | alexa cuál es la capital de {} el estado alemán | brandeburgo=DE-BB; mecklemburgo-pomerania occidental=DE-MV; renania-palatinado=DE-RP
subdivision | alexa qué capital tiene {} en alemania | sarre=DE-SL; bremen=DE-HB; hamburgo=DE-HH
subdivision | alexa y berlín el estado tiene capital | DE-BE
subdivision | alexa la capital de {} en australia | nueva gales del sur=AU-NSW; victoria=AU-VIC; queensland=AU-QLD
subdivision | alexa cuál es la capital de {} | australia occidental=AU-WA; tasmania=AU-TAS; australia meridional=AU-SA
subdivision | alexa la capital del {} | territorio del norte=AU-NT; territorio de la capital australiana=AU-ACT
subdivision | alexa cuál es la capital de gales | GB-WLS
subdivision | alexa la capital de irlanda del norte | GB-NIR
subdivision | alexa la capital de escocia es glasgow o edimburgo | GB-SCT
subdivision | alexa cuál es la capital de la provincia de {} en canadá | ontario=CA-ON; quebec=CA-QC; alberta=CA-AB
subdivision | alexa la capital de {} en la india | kerala=IN-KL; goa=IN-GA; tamil nadu=IN-TN
subdivision | alexa mi profesor de yoga estuvo en {} cuál es la capital | rajastán=IN-RJ; uttar pradesh=IN-UP; bengala occidental=IN-WB
subdivision | alexa la capital del estado de {} en brasil | bahía=BR-BA; pernambuco=BR-PE; ceará=BR-CE
subdivision | alexa cuál es la capital de {} estados unidos | texas=US-TX; florida=US-FL; california=US-CA
subdivision | alexa la capital de {} el estado | nevada=US-NV; utah=US-UT; arizona=US-AZ
subdivision | alexa cuál es la capital de {} en méxico | jalisco=MX-JAL; yucatán=MX-YUC; chiapas=MX-CHP
# territory
territory | alexa cuál es la capital de gibraltar | GI
territory | alexa la capital de las islas malvinas | FK
territory | alexa mi primo está destinado en {} cuál es la capital | guam=GU; islas marianas del norte=MP; samoa americana=AS
territory | alexa me voy de crucero a {} cuál es la capital | martinica=MQ; guadalupe=GP; curazao=CW
territory | alexa la capital de {} | islas feroe=FO; islas aland=AX; isla de man=IM
territory | alexa cuál es la capital de {} la isla | jersey=JE; guernesey=GG; santa elena=SH
territory | alexa en el mapa sale {} cuál es su capital | nueva caledonia=NC; polinesia francesa=PF; reunión=RE
territory | alexa la capital del sáhara occidental | EH
# official-name and everyday-name
official-name | alexa cuál es la capital de la república helénica | GR
official-name | alexa la capital del reino de marruecos | MA
official-name | alexa cuál es la capital de la confederación suiza | CH
official-name | alexa la capital de la república federal de alemania | DE
official-name | alexa cuál es la capital del reino de españa | ES
official-name | alexa la capital de la república checa | CZ
official-name | alexa capital de los estados unidos mexicanos | MX
official-name | alexa cuál es la capital de la república de la india | IN
everyday-name | alexa la capital de holanda | NL
everyday-name | alexa cuál es la capital de inglaterra | GB-ENG
everyday-name | alexa la capital de rusia | RU
everyday-name | alexa cuál es la capital de birmania | MM
everyday-name | alexa la capital de los emiratos | AE
everyday-name | alexa cuál es la capital de la guinea española | GQ
everyday-name | alexa la capital de corea la del norte | KP
everyday-name | alexa la capital de ceilán | LK
# shared-name
shared-name | alexa cuál es la capital de georgia | GE+US-GA
shared-name | alexa la capital del congo | CD+CG
shared-name | alexa cuál es la capital de corea | KP+KR
shared-name | alexa la capital de las islas vírgenes | VG+VI
shared-name | alexa la capital de granada el país del caribe | GD
# reverse-question
reverse-question | alexa de qué país es capital {} | ulán bator=CITY:Ulán Bator; tiflis=CITY:Tiflis; ereván=CITY:Ereván
reverse-question | alexa {} es la capital de qué país | nairobi=CITY:Nairobi; acra=CITY:Acra; dakar=CITY:Dakar
reverse-question | alexa dónde está la capital que se llama {} | canberra=CITY:Canberra; ottawa=CITY:Ottawa; wellington=CITY:Wellington
# yes-no-check, self-correction
yes-no-check | alexa la capital de australia es sídney verdad | AU
yes-no-check | alexa la capital de canadá es toronto o no | CA
yes-no-check | alexa es cierto que la capital de turquía es ankara y no estambul | TR
yes-no-check | alexa la capital de brasil es río | BR
yes-no-check | alexa la capital de suiza es ginebra | CH
yes-no-check | alexa la capital de marruecos es casablanca no | MA
self-correction | alexa la capital de austria perdón de australia | AU
self-correction | alexa la capital de suecia no espera de suiza | CH
self-correction | alexa cuál es la capital de islandia digo irlanda | IE
self-correction | alexa la capital de eslovenia no de estonia | EE
# follow-up
follow-up | y la de italia | IT
follow-up | alexa y la de su vecino alemania | DE
follow-up | vale y la de grecia | GR
follow-up | y la de chipre también | CY
# help
help | alexa ayuda | HELP
help | alexa qué puedo preguntarte | HELP
help | alexa cómo funciona esto | HELP
help | alexa no sé qué decir ayúdame | HELP
help | alexa qué sabes hacer | HELP
help | alexa qué cosas te puedo preguntar de capitales | HELP
help | alexa necesito ayuda | HELP
help | ayuda por favor | HELP
help | alexa cómo se usa | HELP
help | alexa explícame cómo va esto | HELP
# stop
stop | alexa para | STOP
stop | alexa calla | STOP
stop | alexa para ya illo | STOP
stop | alexa cállate ya | STOP
stop | alexa sal | STOP
stop | alexa apágate | STOP
stop | alexa déjalo ya | STOP
stop | alexa stop | STOP
stop | alexa vale ya | STOP
stop | alexa basta ya maño | STOP
# cancel
cancel | alexa cancela | CANCEL
cancel | alexa cancelar | CANCEL
cancel | alexa olvídalo | CANCEL
cancel | alexa da igual | CANCEL
cancel | alexa no nada olvídalo | CANCEL
cancel | déjalo alexa no importa | CANCEL
cancel | alexa cancela eso | CANCEL
cancel | alexa nada no importa | CANCEL
cancel | alexa anula eso | CANCEL
cancel | alexa mejor olvídalo | CANCEL
# launch
launch | alexa abre capitales del mundo | LAUNCH
launch | alexa inicia capitales del mundo | LAUNCH
launch | alexa pon capitales del mundo | LAUNCH
launch | alexa quiero jugar a capitales del mundo | LAUNCH
launch | alexa abre capitales del mundo por favor | LAUNCH
launch | alexa abre la skill capitales del mundo | LAUNCH
# more out-of-domain
out-of-domain | alexa pon la radio | FB
out-of-domain | alexa qué hora es | FB
out-of-domain | alexa apaga la luz del salón | FB
out-of-domain | alexa pon un temporizador de diez minutos | FB
out-of-domain | alexa cuál es la capital de la atlántida | FB
out-of-domain | alexa cuál es la capital de narnia | FB
out-of-domain | alexa cuál es la capital de al-ándalus | FB
out-of-domain | alexa cuál es la capital del imperio romano | FB
out-of-domain | alexa qué es el capital riesgo | FB
out-of-domain | alexa cuánto capital necesito para montar un bar | FB
out-of-domain | alexa quién escribió el capital | FB
out-of-domain | alexa cuál es la capital de escandinavia | FB
out-of-domain | alexa cuál es la capital de europa | FB
out-of-domain | alexa cuál es la capital de la mancha | FB
out-of-domain | alexa cuál es la capital de la costa del sol | FB
out-of-domain | alexa cuál es la capital de la provincia de jaén | FB
out-of-domain | alexa cuántos habitantes tiene madrid | FB
out-of-domain | alexa pon música de camarón | FB
out-of-domain | alexa añade leche a la lista de la compra | FB
out-of-domain | alexa qué día es hoy | FB
out-of-domain | alexa cuéntame un chiste | FB
out-of-domain | alexa cuál es la capital de mordor | FB
out-of-domain | alexa cuál es la capital de la unión soviética | FB
out-of-domain | alexa cuál es la capital de yugoslavia | FB
out-of-domain | alexa cuál es la capital de prusia | FB
out-of-domain | alexa la capital del pecado | FB
out-of-domain | alexa qué son los siete pecados capitales | FB
out-of-domain | alexa cómo se escribe capital con mayúscula | FB
out-of-domain | alexa cuál es la capital de la tapa | FB
out-of-domain | alexa sube el volumen | FB
# ---------------------------------------------------------------- es-MX
# Jalisco: a jimador in Tequila, a mariachi in Guadalajara, Chivas fans
work | alexa soy jimador y el patrón vende tequila a {} cuál es la capital de allá | japón=JP; corea del sur=KR; australia=AU | es-MX
work | alexa tocamos mariachi en una boda de gente de {} cuál es su capital | colombia=CO; venezuela=VE; costa rica=CR | es-MX
situation | alexa ahorita en el tianguis de tonalá un señor de {} me preguntó la capital | guatemala=GT; el salvador=SV; honduras=HN | es-MX
follow-up | y la de nicaragua pues | NI | es-MX
out-of-domain | alexa cuál es la capital del tequila | FB | es-MX
out-of-domain | alexa a qué hora juegan las chivas | FB | es-MX
# Nuevo León: a Monterrey engineer, a carne asada, regio slang
work | alexa tengo junta con unos clientes de {} cuál es su capital | canadá=CA; alemania=DE; corea=KP+KR | es-MX
hesitation | alexa este cuál es la capital de {} bien que me la sabía | pakistán=PK; irak=IQ; siria=SY | es-MX
situation | alexa en la carne asada mi compadre dice que fue a {} cuál es la capital | belice=BZ; panamá=PA; cuba=CU | es-MX
out-of-domain | alexa cuál es la capital del norte | FB | es-MX
out-of-domain | alexa cómo está el tráfico en la avenida constitución | FB | es-MX
# Sinaloa: Culiacán, a shrimp boat in Mazatlán, "plebe"
work | alexa andamos en el barco camaronero y el capitán pregunta la capital de {} | ecuador=EC; perú=PE; chile=CL | es-MX
teen | alexa plebe cuál es la capital de {} | tailandia=TH; indonesia=ID; filipinas=PH | es-MX
follow-up | alexa y la de vietnam compa | VN | es-MX
out-of-domain | alexa cuál es la capital de la banda sinaloense | FB | es-MX
# Chiapas: a coffee grower in the Soconusco, a Tzotzil speaker, San Cristóbal tourists
work | alexa soy cafetalero en el soconusco y mi café lo compran en {} cuál es la capital | bélgica=BE; suiza=CH; suecia=SE | es-MX
learner | alexa yo hablo tsotsil y poquito castilla la capital de guatemala cuál es | GT | es-MX
situation | alexa en san cristóbal llegaron mochileros de {} cuál es su capital | israel=IL; francia=FR; italia=IT | es-MX
subdivision | alexa cuál es la capital de chiapas es san cristóbal verdad | MX-CHP | es-MX
# Veracruz: the port, a jarocho son, a Xalapa student
work | alexa en el puerto de veracruz llegó un barco de {} cuál es la capital de ese país | liberia=LR; panamá=PA; malta=MT | es-MX
situation | alexa en el son jarocho vino un músico de {} cuál es la capital | cuba=CU; república dominicana=DO; puerto rico=PR | es-MX
subdivision | alexa la capital de veracruz es el puerto o xalapa | MX-VER | es-MX
school | alexa soy estudiante en xalapa y tengo examen de la capital de {} | nigeria=NG; ghana=GH; togo=TG | es-MX
# Guerrero: an Acapulco diver, a Taxco silversmith
work | alexa soy platero en taxco y un cliente de {} me pregunta su capital | estados unidos=US; canadá=CA; reino unido=GB | es-MX
situation | alexa en la quebrada unos turistas de {} me preguntaron su capital | rusia=RU; ucrania=UA; bielorrusia=BY | es-MX
subdivision | alexa cuál es la capital de guerrero es acapulco | MX-GRO | es-MX
# Michoacán: an avocado packer, monarch butterflies, Purépecha
work | alexa en la empacadora de aguacate mandamos cajas a {} cuál es su capital | japón=JP; china=CN; emiratos árabes unidos=AE | es-MX
situation | alexa en el santuario de la mariposa monarca unos turistas de {} preguntan su capital | canadá=CA; países bajos=NL; dinamarca=DK | es-MX
subdivision | alexa la capital de michoacán cuál es | MX-MIC | es-MX
elder | alexa mi abuela habla purépecha y quiere saber la capital de {} | bolivia=BO; perú=PE; ecuador=EC | es-MX
# Querétaro and Guanajuato: an aerospace plant, León shoes, the Cervantino
work | alexa en la planta aeroespacial de querétaro vienen ingenieros de {} cuál es su capital | francia=FR; españa=ES; canadá=CA | es-MX
work | alexa hacemos zapatos en león y los exportamos a {} cuál es la capital | guatemala=GT; colombia=CO; chile=CL | es-MX
situation | alexa en el cervantino vino una compañía de teatro de {} cuál es su capital | argentina=AR; uruguay=UY; paraguay=PY | es-MX
subdivision | alexa la capital de guanajuato es león verdad | MX-GUA | es-MX
subdivision | alexa cuál es la capital de {} el estado | querétaro=MX-QUE; aguascalientes=MX-AGU; san luis potosí=MX-SLP | es-MX
# Hidalgo, Estado de México, Morelos: pastes, the Toluca plant, Cuernavaca
work | alexa vendo pastes en pachuca y un güero de {} preguntó su capital | inglaterra=GB-ENG; gales=GB-WLS; escocia=GB-SCT | es-MX
subdivision | alexa cuál es la capital del {} | estado de méxico=MX-MEX; estado de morelos=MX-MOR; estado de hidalgo=MX-HID | es-MX
subdivision | alexa oye cuál es la capital de {} | colima=MX-COL; campeche=MX-CAM; tlaxcala=MX-TLA | es-MX
subdivision | alexa la capital de {} la de méxico | nayarit=MX-NAY; durango=MX-DUR; zacatecas=MX-ZAC | es-MX
subdivision | alexa cuál es la capital de {} mi rey | sonora=MX-SON; sinaloa=MX-SIN; chihuahua=MX-CHH | es-MX
subdivision | alexa dime la capital de {} porfis | baja california=MX-BCN; baja california sur=MX-BCS; quintana roo=MX-ROO | es-MX
subdivision | alexa cuál es la capital de {} jefa | nuevo león=MX-NLE; coahuila=MX-COA; tamaulipas=MX-TAM | es-MX
subdivision | alexa la capital de {} del estado | oaxaca=MX-OAX; puebla=MX-PUE; tabasco=MX-TAB | es-MX
# Chihuahua: a Rarámuri runner, a Juárez maquila, "ocupo"
situation | alexa ocupo saber la capital de {} para la tarea de mi hijo | tayikistán=TJ; turkmenistán=TM; azerbaiyán=AZ | es-MX
work | alexa en la maquila de juárez los jefes son de {} cuál es la capital | corea del sur=KR; japón=JP; taiwán=TW | es-MX
elder | alexa soy corredor rarámuri y me invitaron a correr en {} cuál es la capital | kenia=KE; etiopía=ET; marruecos=MA | es-MX
# Campeche, Colima, San Luis Potosí
work | alexa somos pescadores en campeche y se nos perdió la lancha cerca de {} no es cierto cuál es la capital de ahí | cuba=CU; belice=BZ; honduras=HN | es-MX
situation | alexa en la huasteca potosina unos gringos de {} preguntan la capital de su estado | texas=US-TX; illinois=US-IL; nuevo méxico=US-NM | es-MX
# school: telesecundaria, prepa, la olimpiada del conocimiento
school | alexa la maestra de la telesecundaria nos dejó de tarea la capital de {} | lesoto=LS; botsuana=BW; namibia=NA | es-MX
school | alexa para la olimpiada del conocimiento cuál es la capital de {} | sudán del sur=SS; ruanda=RW; burundi=BI | es-MX
school | alexa en la prepa nos preguntaron la capital de {} | bután=BT; nepal=NP; maldivas=MV | es-MX
child | alexa soy niña y estoy en tercero cuál es la capital de {} | egipto=EG; francia=FR; italia=IT | es-MX
child | alexa mi mamá dice que te pregunte la capital de méxico | MX | es-MX
# family: a Sunday comida, a quinceañera, abuelita
family | alexa en la comida del domingo mi tío dice que la capital de {} es otra cuál es | australia=AU; nueva zelanda=NZ; canadá=CA | es-MX
family | alexa en los quince de mi prima vino familia de {} cuál es la capital | estados unidos=US; guatemala=GT; españa=ES | es-MX
elder | alexa mijita cuál es la capital de {} que no me acuerdo | portugal=PT; grecia=GR; turquía=TR | es-MX
# games: turista mundial, millonario, lotería de países
game | alexa estamos jugando turista mundial y caí en {} cuál es la capital | egipto=EG; sudáfrica=ZA; grecia=GR | es-MX
game | alexa pregunta de millonario cuál es la capital de {} | kiribati=KI; tuvalu=TV; nauru=NR | es-MX
game | alexa estamos jugando a adivinar capitales cuál es la de {} | vanuatu=VU; islas salomón=SB; fiyi=FJ | es-MX
game | alexa jugamos a quién sabe más capitales cuál es la de {} | papúa nueva guinea=PG; samoa=WS; tonga=TO | es-MX
# teen
teen | alexa no manches cuál es la capital de {} | mongolia=MN; laos=LA; brunéi=BN | es-MX
teen | alexa neta cuál es la capital de {} | singapur=SG; malasia=MY; timor oriental=TL | es-MX
teen | alexa wey ayúdame con la capital de {} | gambia=GM; guinea-bisáu=GW; sierra leona=SL | es-MX
# learners: a Korean in Monterrey, a Haitian in Tijuana, a Venezuelan in Querétaro
learner | alexa yo coreano trabajo en monterrey capital de corea del norte cuál es | KP | es-MX
learner | alexa yo de haití vivo en tijuana la capital de haití es puerto príncipe sí | HT | es-MX
learner | alexa mi esposa es de camerún y pregunta la capital de camerún | CM | es-MX
learner | alexa yo de cuba la capital de jamaica cómo se dice | JM | es-MX
# plural-capitals
plural-capitals | alexa cuáles son las capitales de bolivia | BO | es-MX
plural-capitals | alexa oye cuántas capitales tiene sudáfrica y cuáles son | ZA | es-MX
plural-capitals | alexa las capitales de los países bajos | NL | es-MX
plural-capitals | alexa cuáles son las dos capitales de malasia | MY | es-MX
plural-capitals | alexa la costa de marfil tiene dos capitales cuáles son | CI | es-MX
plural-capitals | alexa sri lanka qué capitales tiene | LK | es-MX
plural-capitals | alexa cuáles son las capitales de benín | BJ | es-MX
plural-capitals | alexa suazilandia tiene dos capitales verdad cuáles | SZ | es-MX
plural-capitals | alexa qué capitales tiene palestina | PS | es-MX
# subdivisions elsewhere
subdivision | alexa mi hermano trabaja en {} cuál es la capital del estado | california=US-CA; arizona=US-AZ; oregón=US-OR | es-MX
subdivision | alexa cuál es la capital de {} en los estados unidos | washington=US-WA; idaho=US-ID; montana=US-MT | es-MX
subdivision | alexa la capital de {} de brasil | minas gerais=BR-MG; goiás=BR-GO; mato grosso=BR-MT | es-MX
subdivision | alexa cuál es la capital del estado de {} en brasil | amazonas=BR-AM; pará=BR-PA; acre=BR-AC | es-MX
subdivision | alexa la capital de la provincia de {} | columbia británica=CA-BC; manitoba=CA-MB; saskatchewan=CA-SK | es-MX
subdivision | alexa la capital de {} estado de la india | gujarat=IN-GJ; maharashtra=IN-MH; karnataka=IN-KA | es-MX
subdivision | alexa cuál es la capital del territorio de {} | yukón=CA-YT; nunavut=CA-NU; territorios del noroeste=CA-NT | es-MX
# territory
territory | alexa cuál es la capital de puerto rico | PR | es-MX
territory | alexa me voy a trabajar a un crucero que para en {} cuál es la capital | islas caimán=KY; aruba=AW; islas turcas y caicos=TC | es-MX
territory | alexa la capital de {} la isla del caribe | anguila=AI; montserrat=MS; sint maarten=SX | es-MX
territory | alexa cuál es la capital de la guayana francesa | GF | es-MX
territory | alexa qué capital tiene groenlandia | GL | es-MX
territory | alexa cuál es la capital de las bermudas | BM | es-MX
# official-name and everyday-name
official-name | alexa cuál es la capital de la república bolivariana de venezuela | VE | es-MX
official-name | alexa cuál es la capital del estado plurinacional de bolivia | BO | es-MX
official-name | alexa la capital de la república oriental del uruguay | UY | es-MX
official-name | alexa cuál es la capital de los estados unidos de américa | US | es-MX
official-name | alexa la capital de la república popular china | CN | es-MX
official-name | alexa la capital de la federación de rusia | RU | es-MX
everyday-name | alexa la capital de gringolandia | US | es-MX
everyday-name | alexa cuál es la capital de guate | GT | es-MX
everyday-name | alexa la capital de los emiratos árabes | AE | es-MX
everyday-name | alexa cuál es la capital de costa de marfil | CI | es-MX
everyday-name | alexa la capital de macedonia | MK | es-MX
everyday-name | alexa cuál es la capital de persia | IR | es-MX
# shared-name
shared-name | alexa cuál es la capital de las dos coreas | KP+KR | es-MX
shared-name | alexa la capital de georgia el estado gringo | US-GA | es-MX
shared-name | alexa cuál es la capital de los congos | CD+CG | es-MX
shared-name | alexa la capital de dominica y de república dominicana | DM+DO | es-MX
shared-name | alexa la capital de washington el estado no la ciudad | US-WA | es-MX
# reverse-question
reverse-question | alexa {} es capital de qué país | lima=CITY:Lima; quito=CITY:Quito; caracas=CITY:Caracas | es-MX
reverse-question | alexa de qué estado es capital {} | tuxtla gutiérrez=CITY:Tuxtla Gutiérrez; hermosillo=CITY:Hermosillo; culiacán=CITY:Culiacán | es-MX
reverse-question | alexa {} de qué es capital | chilpancingo=CITY:Chilpancingo; pachuca=CITY:Pachuca; toluca=CITY:Toluca | es-MX
# yes-no-check, self-correction, follow-up
yes-no-check | alexa la capital de estados unidos es nueva york verdad | US | es-MX
yes-no-check | alexa la capital de jalisco es guadalajara sí o no | MX-JAL | es-MX
yes-no-check | alexa es cierto que la capital de nigeria es lagos | NG | es-MX
yes-no-check | alexa la capital de baja california es tijuana | MX-BCN | es-MX
yes-no-check | alexa la capital de sinaloa es mazatlán o culiacán | MX-SIN | es-MX
self-correction | alexa la capital de guatemala no perdón de guinea | GN | es-MX
self-correction | alexa cuál es la capital de nicaragua ay no de honduras | HN | es-MX
self-correction | alexa la capital de nuevo león digo nuevo méxico | US-NM | es-MX
self-correction | alexa capital de gambia este no de zambia | ZM | es-MX
follow-up | y la de costa rica | CR | es-MX
follow-up | órale y la de panamá | PA | es-MX
follow-up | alexa y de el salvador | SV | es-MX
# help, stop, cancel, launch
help | alexa ayúdame | HELP | es-MX
help | alexa cómo le hago | HELP | es-MX
help | alexa qué te puedo preguntar | HELP | es-MX
help | alexa cómo se juega esto | HELP | es-MX
help | alexa no le entiendo ayuda | HELP | es-MX
help | alexa qué onda cómo funciona | HELP | es-MX
help | alexa dame instrucciones | HELP | es-MX
help | alexa ayuda porfa | HELP | es-MX
stop | alexa ya párale | STOP | es-MX
stop | alexa ya cállate | STOP | es-MX
stop | alexa detente | STOP | es-MX
stop | alexa ya estuvo | STOP | es-MX
stop | alexa salir | STOP | es-MX
stop | alexa ya no quiero jugar | STOP | es-MX
stop | alexa apágate ya | STOP | es-MX
stop | alexa terminar | STOP | es-MX
cancel | alexa cancélalo | CANCEL | es-MX
cancel | alexa olvídalo mejor | CANCEL | es-MX
cancel | alexa no nada ya no | CANCEL | es-MX
cancel | alexa cancela porfa | CANCEL | es-MX
cancel | alexa no importa | CANCEL | es-MX
cancel | ay no alexa olvídalo | CANCEL | es-MX
cancel | alexa no pues cancela | CANCEL | es-MX
cancel | alexa déjalo así | CANCEL | es-MX
launch | oye alexa abre capitales del mundo | LAUNCH | es-MX
launch | alexa ábreme capitales del mundo | LAUNCH | es-MX
launch | alexa inicia capitales del mundo porfa | LAUNCH | es-MX
launch | alexa juega capitales del mundo | LAUNCH | es-MX
launch | alexa quiero jugar capitales del mundo | LAUNCH | es-MX
launch | alexa abrir capitales del mundo | LAUNCH | es-MX
# out-of-domain
out-of-domain | alexa cuál es la capital de aztlán | FB | es-MX
out-of-domain | alexa cuál es la capital del imperio azteca | FB | es-MX
out-of-domain | alexa cuál es la capital de la huasteca | FB | es-MX
out-of-domain | alexa cuál es la capital del bajío | FB | es-MX
out-of-domain | alexa cuál es la capital mundial del mezcal | FB | es-MX
out-of-domain | alexa cuál es la capital de wakanda | FB | es-MX
out-of-domain | alexa cuál es la capital de centroamérica | FB | es-MX
out-of-domain | alexa cuál es la capital de la nueva españa | FB | es-MX
out-of-domain | alexa cuál es la capital de texas cuando era de méxico | FB | es-MX
out-of-domain | alexa cuánto está el dólar hoy | FB | es-MX
out-of-domain | alexa pon una de vicente fernández | FB | es-MX
out-of-domain | alexa prende la tele | FB | es-MX
out-of-domain | alexa cuánto falta para navidad | FB | es-MX
out-of-domain | alexa va a llover hoy en monterrey | FB | es-MX
out-of-domain | alexa cómo hago chiles en nogada | FB | es-MX
out-of-domain | alexa qué significa capital de trabajo | FB | es-MX
out-of-domain | alexa cuál es la capital social de una empresa | FB | es-MX
out-of-domain | alexa recuérdame pagar la luz | FB | es-MX
out-of-domain | alexa cuál es la capital de la sierra tarahumara | FB | es-MX
out-of-domain | alexa cuál es la capital de la luna | FB | es-MX
out-of-domain | alexa cuál es la capital de springfield de los simpson | FB | es-MX
out-of-domain | alexa quién ganó el clásico regio | FB | es-MX
out-of-domain | alexa cuál es la capital de la península de baja california | FB | es-MX
out-of-domain | alexa cuál es la capital de la riviera maya | FB | es-MX
out-of-domain | alexa cuántos kilómetros hay de culiacán a mazatlán | FB | es-MX
out-of-domain | alexa cuál es la capital de la república de yucatán de antes | FB | es-MX
# ---------------------------------------------------------------- es-US
# San Antonio and Albuquerque: Tejano and New Mexican Spanish, a Spurs fan, a Kirtland veteran
code-switch | alexa what's the capital of {} en español | méxico=MX; guatemala=GT; el salvador=SV | es-US
situation | alexa at the fiesta in san antonio a guy from {} asked me la capital | honduras=HN; nicaragua=NI; costa rica=CR | es-US
elder | alexa mi'jo quiere saber la capital de {} pa la escuela | nuevo méxico=US-NM; colorado=US-CO; arizona=US-AZ | es-US
subdivision | alexa cuál es la capital de texas es san antonio o austin | US-TX | es-US
out-of-domain | alexa cuál es la capital del tex mex | FB | es-US
out-of-domain | alexa what time do the spurs play tonight | FB | es-US
# Phoenix: roofers in the heat, a Mesa landscaping crew
work | alexa estamos en el roof y el mayordomo pregunta la capital de {} | utah=US-UT; nevada=US-NV; idaho=US-ID | es-US
work | alexa en la crew de landscaping hay un muchacho de {} cuál es la capital | guatemala=GT; honduras=HN; ecuador=EC | es-US
hesitation | alexa este mmm la capital de {} cuál era | oklahoma=US-OK; kansas=US-KS; nebraska=US-NE | es-US
out-of-domain | alexa how hot is it gonna be in phoenix today | FB | es-US
# Atlanta and Gwinnett: a Mexican restaurant, a warehouse, Georgia
situation | alexa trabajo en un warehouse en gwinnett y mi lead es de {} cuál es su capital | nigeria=NG; kenia=KE; etiopía=ET | es-US
shared-name | alexa la capital de georgia el estado donde vivo | US-GA | es-US
shared-name | alexa la capital de georgia el país de europa | GE | es-US
work | alexa en la cocina del restaurante el chef es de {} what's the capital | vietnam=VN; corea del sur=KR; tailandia=TH | es-US
# Orlando and Kissimmee: boricuas, Disney workers
code-switch | wepa alexa cuál es la capital de {} | puerto rico=PR; república dominicana=DO; cuba=CU | es-US
work | alexa trabajo en disney y los turistas de {} me preguntan la capital | brasil=BR; argentina=AR; colombia=CO | es-US
follow-up | alexa and venezuela | VE | es-US
everyday-name | alexa la capital de la isla del encanto | PR | es-US
# Tampa: Ybor City Cuban cigar rollers
elder | alexa mi abuelo torcía tabaco en ybor y quiere saber la capital de {} | cuba=CU; españa=ES; italia=IT | es-US
# Las Vegas: casino housekeeping, a Strip dealer
work | alexa soy dealer en el casino y el jugador es de {} cuál es la capital | china=CN; filipinas=PH; japón=JP | es-US
work | alexa hago housekeeping en el hotel y la huésped de {} me preguntó su capital | suecia=SE; noruega=NO; finlandia=FI | es-US
subdivision | alexa la capital de nevada es las vegas verdad | US-NV | es-US
out-of-domain | alexa cuál es la capital del juego las vegas o reno | FB | es-US
# Washington DC and Maryland: Salvadorans in Langley Park, a cleaning crew at an embassy
work | alexa limpio oficinas en una embajada de {} cuál es su capital | indonesia=ID; malasia=MY; singapur=SG | es-US
situation | alexa vivo en langley park y mi vecino es de {} cuál es la capital | sierra leona=SL; liberia=LR; camerún=CM | es-US
subdivision | alexa la capital de maryland | US-MD | es-US
subdivision | alexa la capital de virginia | US-VA | es-US
code-switch | alexa vos sabés la capital de {} | el salvador=SV; honduras=HN; belice=BZ | es-US
# Boston and Chelsea: a Salvadoran cook, a Dominican student, Massachusetts
subdivision | alexa cuál es la capital de massachusetts | US-MA | es-US
school | alexa en el community college de boston me preguntaron la capital de {} | irlanda=IE; portugal=PT; cabo verde=CV | es-US
subdivision | alexa la capital de {} en new england | maine=US-ME; vermont=US-VT; new hampshire=US-NH | es-US
subdivision | alexa what's the capital of {} en inglés no sé | connecticut=US-CT; rhode island=US-RI; delaware=US-DE | es-US
# Nashville: construction framers, a honky tonk
work | alexa en la construcción en nashville el foreman pregunta la capital de {} | tennessee=US-TN; kentucky=US-KY; alabama=US-AL | es-US
subdivision | alexa la capital de tennessee no es nashville | US-TN | es-US
out-of-domain | alexa pon música country | FB | es-US
# Omaha and Idaho: meatpacking, dairy farms
work | alexa en la planta de carne en omaha hay gente de {} cuál es la capital | somalia=SO; sudán=SD; birmania=MM | es-US
work | alexa ordeño vacas en una dairy en idaho y mi compañero es de {} cuál es la capital | guatemala=GT; méxico=MX; perú=PE | es-US
subdivision | alexa la capital de {} right | iowa=US-IA; dakota del sur=US-SD; dakota del norte=US-ND | es-US
subdivision | alexa capital del estado de {} | wyoming=US-WY; minnesota=US-MN; wisconsin=US-WI | es-US
# Immokalee: tomato pickers, Guatemalan Mam speakers
learner | alexa yo hablo mam poco español capital de guatemala | GT | es-US
work | alexa en el tomate en immokalee hay un haitiano cuál es la capital de haití | HT | es-US
subdivision | alexa la capital de florida es miami o cuál | US-FL | es-US
# Philadelphia and Hazleton: Puerto Ricans in Kensington, Dominicans in Hazleton
subdivision | alexa la capital de pensilvania es filadelfia | US-PA | es-US
situation | alexa en hazleton mi vecina es de {} cuál es la capital | república dominicana=DO; haití=HT; jamaica=JM | es-US
subdivision | alexa la capital de new jersey | US-NJ | es-US
subdivision | alexa la capital de nueva york no es la ciudad verdad | US-NY | es-US
# Seattle and Sacramento: a Microsoft cafeteria, an orchard in Wenatchee
work | alexa trabajo en la cafetería de una compañía y los ingenieros son de {} cuál es su capital | india=IN; pakistán=PK; bangladés=BD | es-US
subdivision | alexa la capital de {} porfa | alaska=US-AK; hawái=US-HI; oregón=US-OR | es-US
subdivision | alexa cuál es la capital de california es los ángeles verdad | US-CA | es-US
# San Diego: crossing from Tijuana, a Navy base
situation | alexa cruzo la línea todos los días y un compañero de {} me preguntó la capital | filipinas=PH; samoa=WS; guam=GU | es-US
elder | alexa my grandson is in the navy in {} cuál es la capital | japón=JP; corea del sur=KR; baréin=BH | es-US
# Providence and Minneapolis: Guatemalan jewelry factory, Ecuadorian roofers in the snow
work | alexa en la fábrica de joyería en providence trabaja gente de {} cuál es la capital | liberia=LR; cabo verde=CV; laos=LA | es-US
situation | alexa en minneapolis hace mucho frío y mi compa de {} pregunta su capital | somalia=SO; ecuador=EC; etiopía=ET | es-US
subdivision | alexa cuál es la capital de {} the state | michigan=US-MI; ohio=US-OH; indiana=US-IN | es-US
subdivision | alexa la capital de {} en el sur | luisiana=US-LA; misisipi=US-MS; arkansas=US-AR | es-US
subdivision | alexa qué capital tiene {} | misuri=US-MO; illinois=US-IL; carolina del sur=US-SC | es-US
subdivision | alexa la capital de virginia occidental | US-WV | es-US
subdivision | alexa la capital de carolina del norte | US-NC | es-US
# Uber drivers, church, soccer league, heritage-speaking kids
work | alexa manejo uber y el pasajero es de {} cuál es su capital | eritrea=ER; yemen=YE; afganistán=AF | es-US
situation | alexa en la iglesia el padre nuevo es de {} cuál es la capital | nigeria=NG; uganda=UG; tanzania=TZ | es-US
situation | alexa en la liga de fútbol jugamos contra un equipo de {} cuál es su capital | jamaica=JM; trinidad y tobago=TT; haití=HT | es-US
child | alexa my teacher said to ask cuál es la capital de {} | francia=FR; alemania=DE; egipto=EG | es-US
child | alexa la capital de the united states | US | es-US
teen | alexa bro what's la capital de {} for real | islandia=IS; groenlandia=GL; noruega=NO | es-US
teen | alexa lowkey no sé la capital de {} | kuwait=KW; jordania=JO; líbano=LB | es-US
family | alexa mi abuela quiere saber la capital de {} dile please | nicaragua=NI; costa rica=CR; panamá=PA | es-US
family | alexa my mom wants to know la capital de {} | rumanía=RO; grecia=GR; chipre=CY | es-US
# learners: a Brazilian in Framingham, an Afghan in Sacramento, a Ukrainian in Seattle
learner | alexa i am learning spanish cuál es la capital de {} | argelia=DZ; libia=LY; túnez=TN | es-US
learner | alexa yo de brasil trabajo limpieza capital de paraguay qual é | PY | es-US
learner | alexa yo afgano aprendo español capital de afganistán kabul sí | AF | es-US
learner | alexa mi esposo es de armenia cuál es la capital de ahí | AM | es-US
# games and school
game | alexa trivia night pregunta la capital de {} | burkina faso=BF; mali=ML; níger=NE | es-US
game | alexa estamos jugando jeopardy en español la capital de {} | yibuti=DJ; comoras=KM; mauricio=MU | es-US
game | alexa the game is capitals cuál es la capital de {} | santo tomé y príncipe=ST; guinea ecuatorial=GQ; gabón=GA | es-US
school | alexa para mi ged cuál es la capital de {} | san cristóbal y nieves=KN; santa lucía=LC; san vicente y las granadinas=VC | es-US
school | alexa en la clase de ciudadanía la maestra preguntó la capital de {} | antigua y barbuda=AG; granada la isla=GD; dominica=DM | es-US
school | alexa homework cuál es la capital de {} | surinam=SR; guyana=GY; uruguay=UY | es-US
school | alexa la capital de {} pal proyecto de la escuela | república centroafricana=CF; república del congo=CG; república democrática del congo=CD | es-US
# plural-capitals
plural-capitals | alexa what are the capitals of south africa en español | ZA | es-US
plural-capitals | alexa cuáles son las capitales de bolivia la paz y sucre | BO | es-US
plural-capitals | alexa las capitales de holanda | NL | es-US
plural-capitals | alexa cuáles son las capitales de ivory coast | CI | es-US
plural-capitals | alexa sri lanka tiene dos capitales cuáles | LK | es-US
plural-capitals | alexa las capitales de malaysia | MY | es-US
plural-capitals | alexa dime las dos capitales de benín | BJ | es-US
plural-capitals | alexa cuáles son las capitales de eswatini | SZ | es-US
plural-capitals | alexa las capitales de palestina cuáles son | PS | es-US
# subdivisions elsewhere and territories
subdivision | alexa la capital de {} brazil | são paulo=BR-SP; río de janeiro=BR-RJ; río grande del sur=BR-RS | es-US
subdivision | alexa cuál es la capital del estado brasileño de {} | santa catarina=BR-SC; paraná=BR-PR; sergipe=BR-SE | es-US
subdivision | alexa la capital de {} en el norte de brasil | roraima=BR-RR; rondonia=BR-RO; amapá=BR-AP | es-US
subdivision | alexa la capital de {} en canada | nueva escocia=CA-NS; nuevo brunswick=CA-NB; isla del príncipe eduardo=CA-PE | es-US
subdivision | alexa cuál es la capital de terranova | CA-NL | es-US
subdivision | alexa la capital de {} in india | punjab=IN-PB; haryana=IN-HR; delhi=IN-DL | es-US
subdivision | alexa cuál es la capital de {} de la india | assam=IN-AS; bihar=IN-BR; odisha=IN-OD | es-US
territory | alexa me voy de vacaciones a {} cuál es la capital | islas vírgenes británicas=VG; islas vírgenes americanas=VI; islas cook=CK | es-US
territory | alexa la capital de {} island | niue=NU; isla norfolk=NF; tokelau=TK | es-US
# official and everyday names
official-name | alexa la capital de la república de el salvador | SV | es-US
official-name | alexa cuál es la capital de la república de honduras | HN | es-US
official-name | alexa the capital of the united kingdom en español | GB | es-US
official-name | alexa la capital del estado libre asociado de puerto rico | PR | es-US
official-name | alexa cuál es la capital de la república de costa rica | CR | es-US
everyday-name | alexa la capital de los yunaites | US | es-US
everyday-name | alexa cuál es la capital de inglaterra england | GB-ENG | es-US
everyday-name | alexa la capital de holland | NL | es-US
everyday-name | alexa cuál es la capital de swaziland | SZ | es-US
everyday-name | alexa la capital de la república checa czech | CZ | es-US
everyday-name | alexa la capital de burma | MM | es-US
# shared
shared-name | alexa cuál es la capital de congo | CD+CG | es-US
shared-name | alexa la capital de korea | KP+KR | es-US
shared-name | alexa cuál es la capital de las virgin islands | VG+VI | es-US
shared-name | alexa la capital de dominica o dominican republic | DM+DO | es-US
# reverse
reverse-question | alexa {} is the capital of what state | sacramento=CITY:Sacramento; tallahassee=CITY:Tallahassee; albany=CITY:Albany | es-US
reverse-question | alexa de dónde es capital {} | san salvador=CITY:San Salvador; tegucigalpa=CITY:Tegucigalpa; managua=CITY:Managua | es-US
reverse-question | alexa {} es la capital de dónde | santo domingo=CITY:Santo Domingo; san juan=CITY:San Juan; la habana=CITY:La Habana | es-US
# yes-no, self-correction, follow-up
yes-no-check | alexa la capital de ecuador es guayaquil right | EC | es-US
yes-no-check | alexa la capital de colombia es bogotá verdad | CO | es-US
yes-no-check | alexa is the capital of honduras tegucigalpa | HN | es-US
yes-no-check | alexa la capital de illinois es chicago | US-IL | es-US
yes-no-check | alexa la capital de arizona es phoenix sí | US-AZ | es-US
self-correction | alexa la capital de ecuador no wait de el salvador | SV | es-US
self-correction | alexa la capital de iowa no i mean ohio | US-OH | es-US
self-correction | alexa capital de nicaragua no no de guatemala | GT | es-US
self-correction | alexa la capital de austria sorry de hungría | HU | es-US
follow-up | and the one of mexico | MX | es-US
follow-up | alexa y la de perú | PE | es-US
follow-up | okay y la de chile | CL | es-US
# help, stop, cancel, launch
help | alexa help en español | HELP | es-US
help | alexa cómo funciona this | HELP | es-US
help | alexa qué puedo decir | HELP | es-US
help | alexa ayúdame please | HELP | es-US
help | alexa i need help | HELP | es-US
help | alexa cómo uso esto | HELP | es-US
help | alexa qué hago ahora | HELP | es-US
help | alexa ayuda con las capitales | HELP | es-US
stop | alexa stop it | STOP | es-US
stop | alexa ya para | STOP | es-US
stop | alexa quit | STOP | es-US
stop | alexa be quiet | STOP | es-US
stop | alexa cállate please | STOP | es-US
stop | alexa ya ya para | STOP | es-US
stop | alexa exit | STOP | es-US
stop | alexa off | STOP | es-US
cancel | alexa cancel | CANCEL | es-US
cancel | alexa never mind | CANCEL | es-US
cancel | alexa forget it | CANCEL | es-US
cancel | alexa olvídalo bro | CANCEL | es-US
cancel | alexa cancela eso please | CANCEL | es-US
cancel | nah alexa never mind | CANCEL | es-US
cancel | alexa no olvídate | CANCEL | es-US
cancel | alexa cancel eso | CANCEL | es-US
launch | alexa abre capitales del mundo please | LAUNCH | es-US
launch | alexa open capitales del mundo | LAUNCH | es-US
launch | alexa start capitales del mundo | LAUNCH | es-US
launch | alexa abre capitales del mundo en español | LAUNCH | es-US
launch | alexa let's play capitales del mundo | LAUNCH | es-US
launch | alexa comienza capitales del mundo | LAUNCH | es-US
# out-of-domain
out-of-domain | alexa cuál es la capital de latinoamérica | FB | es-US
out-of-domain | alexa cuál es la capital de new england | FB | es-US
out-of-domain | alexa cuál es la capital del condado de bexar | FB | es-US
out-of-domain | alexa what's the capital of the confederacy | FB | es-US
out-of-domain | alexa cuál es la capital de gotham | FB | es-US
out-of-domain | alexa cuál es la capital de la gran colombia | FB | es-US
out-of-domain | alexa cuál es la capital de los mayas | FB | es-US
out-of-domain | alexa capital one customer service | FB | es-US
out-of-domain | alexa cuánto tengo en capital one | FB | es-US
out-of-domain | alexa qué es capital gains | FB | es-US
out-of-domain | alexa cuál es la capital letter de la a | FB | es-US
out-of-domain | alexa play bad bunny | FB | es-US
out-of-domain | alexa turn on the lights | FB | es-US
out-of-domain | alexa qué tiempo va a hacer en orlando | FB | es-US
out-of-domain | alexa cuánto es un dólar en pesos | FB | es-US
out-of-domain | alexa pon la alarma a las cinco | FB | es-US
out-of-domain | alexa dónde queda el walmart más cerca | FB | es-US
out-of-domain | alexa cuál es la capital de la isla de vieques | FB | es-US
out-of-domain | alexa cuál es la capital del caribe | FB | es-US
out-of-domain | alexa cuál es la capital de hogwarts | FB | es-US
out-of-domain | alexa cuál es la capital del medio oeste | FB | es-US
out-of-domain | alexa llama a mi mamá | FB | es-US
out-of-domain | alexa cuántas preguntas tiene el examen de ciudadanía | FB | es-US
out-of-domain | alexa cuál es la capital del mundo | FB | es-US
out-of-domain | alexa quién es el presidente de honduras | FB | es-US
out-of-domain | alexa cuál es la capital de la galaxia | FB | es-US
# second batch: the three countries not asked, Kosovo, the Vatican, the Brazilian and Indian states and territories left
situation | alexa en la parroquia el cura nuevo es de {} cuál es la capital | malaui=MW; arabia saudí=SA; eslovenia=SI
work | alexa soy camionero y descargo en {} cuál es la capital de allí | eslovenia=SI; kosovo=XK; macedonia del norte=MK
learner | alexa yo de kosovo trabajo en la obra en castellón capital de kosovo cómo se dice en español | XK
situation | alexa mi cuñada está en el vaticano de monja cuál es la capital del vaticano | VA
elder | alexa fui de peregrinación a roma y al vaticano la ciudad del vaticano tiene capital | VA
official-name | alexa cuál es la capital del reino de arabia saudita | SA | es-MX
learner | alexa my wife is from malawi cuál es la capital de malaui | MW | es-US
situation | alexa en el mundial de clubes juega un equipo de {} cuál es su capital | arabia saudita=SA; kosovo=XK; malaui=MW | es-US
code-switch | alexa el taxista es palestino y me pregunta la capital de palestina | PS
yes-no-check | alexa la capital de taiwán es taipéi verdad | TW | es-MX
official-name | alexa cuál es la capital de la república de china taiwán | TW | es-US
subdivision | alexa mi novia brasileña es de {} cuál es la capital de su estado | alagoas=BR-AL; espírito santo=BR-ES; maranhão=BR-MA
subdivision | alexa la capital de {} estado brasileño | mato grosso del sur=BR-MS; paraíba=BR-PB; piauí=BR-PI | es-MX
subdivision | alexa cuál es la capital de {} en brasil porfa | río grande del norte=BR-RN; tocantins=BR-TO; distrito federal=BR-DF | es-US
subdivision | alexa en el yoga de mi barrio la profe estuvo en {} cuál es la capital | himachal pradesh=IN-HP; sikkim=IN-SK; uttarakhand=IN-UK
subdivision | alexa cuáles son las capitales de uttarakhand | IN-UK
subdivision | alexa cuáles son las capitales de jammu y cachemira | IN-JK | es-MX
subdivision | alexa la capital de {} región de la india | ladakh=IN-LA; arunachal pradesh=IN-AR; meghalaya=IN-ML | es-MX
subdivision | alexa en el call center los de la india son de {} cuál es la capital | telangana=IN-TS; andhra pradesh=IN-AP; chhattisgarh=IN-CG | es-US
subdivision | alexa la capital de {} en el noreste de la india | manipur=IN-MN; mizoram=IN-MZ; nagaland=IN-NL
subdivision | alexa cuál es la capital de {} india | tripura=IN-TR; jharkhand=IN-JH; madhya pradesh=IN-MP | es-MX
subdivision | alexa la capital de {} que es territorio de la india | puducherry=IN-PY; chandigarh=IN-CH; laquedivas=IN-LD | es-US
subdivision | alexa cuál es la capital de las islas andamán y nicobar | IN-AN
subdivision | alexa la capital de dadra y nagar haveli y damán y diu | IN-DH | es-MX
territory | alexa el veterano de mi barrio estuvo en {} cuál es la capital | diego garcía=IO; isla de navidad=CX; islas cocos=CC | es-US
territory | alexa cuál es la capital de {} francés | san pedro y miquelón=PM; wallis y futuna=WF; mayotte=YT
territory | alexa la capital de {} por favor | san bartolomé=BL; san martín la parte francesa=MF; caribe neerlandés=BQ | es-MX
territory | alexa la capital de las islas pitcairn | PN | es-US
territory | alexa la capital de svalbard | SJ
territory | alexa la capital de los territorios australes franceses | TF | es-MX
territory | alexa la capital de las islas georgias del sur | GS | es-US
territory | alexa tiene capital la antártida | AQ
territory | alexa cuál es la capital de bonaire | BQ | es-US
# more launch
launch | alexa ejecuta capitales del mundo | LAUNCH
launch | alexa abre el juego capitales del mundo | LAUNCH
launch | oye alexa pon capitales del mundo que vamos a jugar | LAUNCH
launch | alexa empieza capitales del mundo | LAUNCH
launch | alexa quiero abrir capitales del mundo | LAUNCH
launch | alexa juguemos a capitales del mundo | LAUNCH
launch | alexa por fa abre capitales del mundo | LAUNCH | es-MX
launch | alexa vamos a jugar capitales del mundo | LAUNCH | es-MX
launch | alexa ándale abre capitales del mundo | LAUNCH | es-MX
launch | alexa pon la skill de capitales del mundo | LAUNCH | es-MX
launch | alexa inicia el juego de capitales del mundo | LAUNCH | es-MX
launch | alexa abre capitales del mundo para mi hija | LAUNCH | es-MX
launch | alexa open capitales del mundo please | LAUNCH | es-US
launch | alexa play capitales del mundo | LAUNCH | es-US
launch | alexa abre the capitales del mundo skill | LAUNCH | es-US
launch | alexa pon capitales del mundo pa los niños | LAUNCH | es-US
launch | alexa launch capitales del mundo | LAUNCH | es-US
launch | alexa quiero capitales del mundo | LAUNCH | es-US
# more stop and cancel
stop | alexa para de hablar | STOP
stop | alexa calla un momento | STOP
stop | alexa silencio | STOP
stop | alexa fin | STOP
stop | alexa para ya por favor que me duele la cabeza | STOP
stop | alexa ya chole | STOP | es-MX
stop | alexa ya bájale | STOP | es-MX
stop | alexa ya no sigas | STOP | es-MX
stop | alexa sal del juego | STOP | es-MX
stop | alexa shut up | STOP | es-US
stop | alexa that's enough | STOP | es-US
stop | alexa ya stop please | STOP | es-US
cancel | alexa nada olvídalo tía | CANCEL
cancel | alexa bueno nada cancela | CANCEL
cancel | alexa no era eso cancela | CANCEL
cancel | alexa me equivoqué cancela | CANCEL | es-MX
cancel | alexa olvídate de eso | CANCEL | es-MX
cancel | alexa ah no ya no importa | CANCEL | es-MX
cancel | alexa cancel that | CANCEL | es-US
cancel | alexa no forget it | CANCEL | es-US
cancel | alexa oh never mind olvídalo | CANCEL | es-US
# more help
help | alexa qué hace esta skill | HELP
help | alexa cómo juego | HELP
help | alexa qué tengo que decir | HELP
help | alexa explícame qué hago | HELP | es-MX
help | alexa no sé cómo usarte | HELP | es-MX
help | alexa help me | HELP | es-US
help | alexa how does this work | HELP | es-US
# more follow-ups, self-corrections, yes-no checks, reverse questions, official, everyday and shared names
follow-up | y la de su vecino portugal | PT
follow-up | vale ahora la de marruecos | MA
follow-up | y la de argentina por favor | AR
follow-up | y la de cuba mija | CU | es-MX
follow-up | ahora la de colombia | CO | es-MX
follow-up | what about canada | CA | es-US
follow-up | y la de jamaica bro | JM | es-US
self-correction | alexa la capital de irán perdona de irak | IQ
self-correction | alexa la capital de nigeria no de níger | NE
self-correction | alexa la capital de austria digo de alemania | DE | es-MX
self-correction | alexa la capital de mali este no mauritania | MR | es-MX
self-correction | alexa la capital de dakota del norte no i mean del sur | US-SD | es-US
yes-no-check | alexa la capital de alemania es berlín o bonn | DE
yes-no-check | alexa es verdad que la capital de kazajistán ha cambiado de nombre | KZ
yes-no-check | alexa la capital de pakistán es karachi | PK
yes-no-check | alexa la capital de vietnam es hanói | VN | es-MX
yes-no-check | alexa la capital de florida es tallahassee right | US-FL | es-US
yes-no-check | alexa la capital de nueva zelanda es auckland o wellington | NZ | es-US
reverse-question | alexa {} de qué país es capital | bamako=CITY:Bamako; niamey=CITY:Niamey; uagadugú=CITY:Uagadugú
reverse-question | alexa sabes de qué país es la capital {} | ámsterdam=CITY:Ámsterdam; la haya=CITY:La Haya; bruselas=CITY:Bruselas | es-MX
reverse-question | alexa {} is the capital of what country | kingston=CITY:Kingston; puerto príncipe=CITY:Puerto Príncipe | es-US
official-name | alexa cuál es la capital de la república francesa | FR
official-name | alexa la capital del reino de los países bajos | NL
official-name | alexa cuál es la capital de la república italiana | IT | es-MX
official-name | alexa la capital de la república dominicana | DO | es-US
everyday-name | alexa la capital de la china | CN
everyday-name | alexa la capital de los países árabes esos de dubái | AE
everyday-name | alexa cuál es la capital de gran bretaña | GB | es-MX
everyday-name | alexa la capital de los states | US | es-US
shared-name | alexa la capital de los dos congos | CD+CG
shared-name | alexa cuál es la capital de las coreas | KP+KR | es-US
shared-name | alexa la capital de las islas vírgenes las británicas | VG | es-MX
shared-name | alexa la capital de georgia | GE+US-GA | es-US
# more out-of-domain
out-of-domain | alexa cuál es la capital de la alpujarra | FB
out-of-domain | alexa cuál es la capital de la costa brava | FB
out-of-domain | alexa cuál es la capital del reino nazarí | FB
out-of-domain | alexa cuál es la capital de la sierra de cazorla | FB
out-of-domain | alexa cuál es la capital de tabarnia | FB
out-of-domain | alexa pon los cuarenta principales | FB
out-of-domain | alexa dónde juega el betis el domingo | FB
out-of-domain | alexa cuál es la capital europea de la cultura | FB
out-of-domain | alexa cuál es la capital del mediterráneo | FB
out-of-domain | alexa cuál es la capital de la antigua persia | FB
out-of-domain | alexa cuál es la capital de oceanía | FB
out-of-domain | alexa cuál es la capital de áfrica | FB | es-MX
out-of-domain | alexa cuál es la capital de los olmecas | FB | es-MX
out-of-domain | alexa cuál es la capital del soconusco | FB | es-MX
out-of-domain | alexa cuál es la capital de la comarca lagunera | FB | es-MX
out-of-domain | alexa pon corridos | FB | es-MX
out-of-domain | alexa cuánto cuesta el kilo de aguacate | FB | es-MX
out-of-domain | alexa cuál es la capital del mundo maya | FB | es-MX
out-of-domain | alexa cuál es la capital del sur de california | FB | es-US
out-of-domain | alexa cuál es la capital de la florida panhandle | FB | es-US
out-of-domain | alexa cuál es la capital de wakanda forever | FB | es-US
out-of-domain | alexa cuál es la capital de asia | FB | es-US
out-of-domain | alexa set a timer for twenty minutes | FB | es-US
out-of-domain | alexa cuánto cuesta la gasolina hoy | FB | es-US
# third small batch: two more plurals
plural-capitals | alexa palestina tiene dos capitales no cuáles son | PS | es-US
plural-capitals | alexa malasia tiene dos capitales cuáles | MY
"""

if __name__ == "__main__":
    build_round(42, "es", LINES, sys.argv, "tests/Eval/es/round42/source/build_corpus.py")
