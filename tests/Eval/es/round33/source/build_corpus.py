"""Round 33, Spanish (es-ES, es-MX, es-US): a new author's mix of speakers and situations, written blind (brief
WRITER40.md).

Written at the start of the thirty-fourth session by the corpus40-es helper, without the voice model, the simulator, the
skill's code or earlier rounds' halves. Speakers and situations, chosen to differ from rounds 29-32:

es-ES: Galicia (Vigo's fish market and a purse-seiner, a Lugo cattle fair, Ourense's hot springs, the pilgrims' office
in Santiago: "home", "carallo", "neno", "pois", "xa", a retired cod fisherman, emigrant uncles in Buenos Aires),
Cádiz, Jerez, Sanlúcar and the Barbate almadraba ("pisha", "illo", a carnival chirigota rehearsal, a sherry bodega, a
taxi), Sevilla and Triana ("miarma", "quillo", the Feria de Abril), Granada (the Alhambra ticket office, a Sierra
Nevada chair lift, an Albaicín tapas bar), Catalonia (Barcelona, Tarragona castellers, Catalan code-switching:
"escolta", "nen", "doncs", "va", "si us plau"), Pakistani and Bangladeshi shopkeepers in Barcelona learning Spanish,
Valladolid and Soria (a Renault night shift, a pinewood mushroom hunt, an elder who did his military service),
Paraguayan home carers in Madrid and Bilbao ("che", "luego", "pio", "nde"), a Madrid A&E night shift, an escape room,
a padel court, a wedding banquet, El Cazador and Boom, children and teenagers.
es-MX: Sinaloa (Culiacán, Mazatlán: "plebe", "compa", "arre", "viejo"; a tomato packing plant, an aguachile stand, a
banda), Michoacán (Morelia, an Uruapan avocado orchard, Purépecha speakers: "qué pues", "ándele"), Chiapas (Tuxtla, San
Cristóbal, a coffee finca, Tsotsil speakers, voseo), Puebla (the Volkswagen plant, a Talavera workshop, a mole for a
wedding), Mexico City (a pesero, the Metrobús, a Xochimilco trajinera: "güey", "chale", "qué onda"), Tabasco (Pemex
platforms, a cacao hacienda: "cumpa"), Guanajuato (a callejoneada, a León shoe factory, American retirees in San Miguel
de Allende), schoolchildren, grandparents.
es-US: Hondurans in New Orleans and Houston ("maje", "vos", "cheque", "alero"; roofing after a hurricane, a baleada
stand, a Garífuna speaker), Nicaraguans in Sweetwater and Miami ("chocho", "tuani", "dale pues", "chele"; a fritanga, the
airport), Tejanos in San Antonio and the Rio Grande Valley ("órale", "mijo", "ey"; a quinceañera, a lowrider show, a
high-school band), Mexicans in North Carolina tobacco fields, Dalton carpet mills and Yakima orchards, Mam-speaking
Guatemalans, a Pasadena refinery, cruise-ship crews, a bar trivia night, a Fort Worth rodeo, Spanglish teenagers
("okay pero", "dude", "lowkey", "no way", "literally", "my abuela says").

Ways of asking: direct questions, polite requests, imperatives, leading fillers, hesitations and trailing words,
follow-ups, yes/no checks with right and wrong guesses, self-corrections with a marker (the last place named is
expected), reverse questions, official, everyday and old names, shared names (Congo, Corea, Georgia, the Virgin
Islands), plurals (every several-capital country and Palestine), subdivisions and territories, ASR artefacts, learners,
children, teenagers and elders, one-shot requests through "capitales del mundo", launch, help, stop, cancel, and about
12% out of domain (near misses: regions, counties and neighbourhoods without a capital in the data, "capital" in other
senses)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# ---------------------------------------------------------------- es-ES
# Galicia: Vigo's fish market and purse-seiners, a Lugo cattle fair, Ourense, Santiago ("home", "carallo", "neno", "pois", "xa")
leading-filler | bueno home a ver cuál es la capital {} | de portugal=PT; de irlanda=IE; de escocia=GB-SCT
situation | estamos en la lonja de vigo con el pulpo y me mandaron preguntar la capital {} | de namibia=NA; de mauritania=MR; de marruecos=MA
situation | en el barco del cerco volviendo a marín dime cuál es la capital {} | de senegal=SN; de cabo verde=CV; de gambia=GM
elder | carallo yo anduve embarcado en un bacaladero y paramos {} cuál era la capital de eso | en terranova=CA-NL; en las islas feroe=FO; en groenlandia=GL
elder | mi tío emigró {} en el cincuenta y dos cuál es la capital de allí | a la argentina=AR; al uruguay=UY; a venezuela=VE
elder | la abuela tenía una hermana en cuba que le mandaba cartas cuál es la capital de cuba neno | CU
trailing-words | la capital de noruega cuál es pois | NO
trailing-words | y la capital de islandia cuál era home | IS
situation | en la feria de ganado de lugo apostamos una ronda cuál es la capital de uruguay | UY
situation | metidos en las termas de ourense dime la capital de hungría que no me acuerdo | HU
follow-up | xa y la de finlandia | FI
follow-up | pois y la de dinamarca cuál es | DK
yes-no-check | la capital de portugal es oporto verdad home | PT
yes-no-check | escucha la capital de irlanda es dublín sí o no | IE
self-correction | la capital de gales no espera de escocia | GB-SCT
self-correction | dime la capital de angola bueno no de mozambique quería decir | MZ
reverse-question | santiago de chile es capital de qué país neno | CITY:santiago de chile
situation | en la oficina del peregrino en santiago hay una chica de corea del sur cuál es la capital de su país | KR
situation | un peregrino de nueva zelanda me pregunta la capital de su país y yo no sé qué decirle | NZ
learner | hola yo soy peregrina de polonia capital de mi país es cuál | PL
# Cádiz, Jerez, Sanlúcar, the Barbate almadraba ("pisha", "illo", "quillo", "mi arma")
leading-filler | illo pisha cuál es la capital {} | de argelia=DZ; de túnez=TN; de libia=LY
situation | estamos ensayando la chirigota y nos falta rimar con la capital {} cuál es | de egipto=EG; de sudán=SD; de etiopía=ET
situation | en la bodega de jerez vienen unos ingleses y preguntan la capital {} | de gibraltar=GI; de jersey=JE; de la isla de man=IM
situation | en la almadraba de barbate con los atunes ahí fuera cuál es la capital {} | de japón=JP; de malta=MT; de chipre=CY
trailing-words | la capital de egipto cuál es pisha | EG
trailing-words | cuál es la capital de marruecos illo dímelo ya | MA
hesitation | eh eh la capital de de argelia cuál es | DZ
hesitation | ehhh mmm cuál es la capital de libia que me se ha ido | LY
yes-no-check | la capital de marruecos es casablanca o no pisha | MA
yes-no-check | oye la capital de egipto es el cairo a que sí | EG
self-correction | la capital de túnez digo de argelia | DZ
self-correction | cuál es la capital de libia no espérate de egipto | EG
follow-up | y la de túnez pisha | TN
follow-up | y de libia cuál era entonces | LY
reverse-question | en qué país está la capital que se llama rabat | CITY:rabat
reverse-question | argel es la capital de dónde illo | CITY:argel
situation | en el taxi por la avenida de cádiz un cliente alemán me pregunta la capital de alemania y me quedo en blanco | DE
situation | vendiendo camarones en sanlúcar me pregunta un niño la capital de los países bajos cuáles son | NL
# Sevilla and Triana ("miarma", "quillo", "ozú")
leading-filler | miarma dime tú la capital {} | de siria=SY; de jordania=JO; de líbano=LB
situation | en el palco de la feria de abril la abuela quiere saber la capital {} | de israel=IL; de irak=IQ; de irán=IR
situation | en una caseta de la feria nos hemos picado con la capital de arabia saudí cuál es | SA
situation | sentados en el muro del paseo de triana cuál es la capital de portugal miarma | PT
elder | mi niña yo de joven serví en casa de unos señores que venían {} y no me acuerdo de su capital | de bolivia=BO; del perú=PE; de chile=CL
teen | quillo literal cuál es la capital de turquía que tengo examen | TR
teen | tío en serio cuál es la capital de grecia que lo he puesto mal | GR
follow-up | y la de jordania miarma | JO
yes-no-check | la capital de turquía es estambul no miarma | TR
self-correction | la capital de irán perdón de irak | IQ
reverse-question | quillo beirut es la capital de qué | CITY:beirut
reverse-question | damasco de qué país es la capital miarma | CITY:damasco
# Granada: an Albaicín tapas bar, a Sierra Nevada ski lift, the Alhambra ticket office ("malafollá")
situation | en la taquilla de la alhambra una pareja de turistas pregunta la capital {} | de corea del sur=KR; de china=CN; de taiwán=TW
situation | en el telesilla de sierra nevada con un frío que pela cuál es la capital {} | de andorra=AD; de austria=AT; de suiza=CH
situation | en el bar del albaicín con la tapa de remojón cuál es la capital {} | de mongolia=MN; de kazajistán=KZ; de uzbekistán=UZ
do-you-know | tú sabes cuál es la capital de tayikistán que el de la barra dice que no lo sabe nadie | TJ
do-you-know | sabes la capital de kirguistán o es mucho pedir | KG
do-you-know | sabrías decirme la capital de turkmenistán aunque sea por encima | TM
hesitation | cuál es la la la capital de afganistán | AF
yes-no-check | la capital de kazajistán es almaty verdad | KZ
follow-up | y la de uzbekistán cuál es la capital | UZ
# Catalonia: Barcelona, Tarragona castellers, Girona, Catalan code-switching ("escolta", "home", "nen", "doncs", "va")
leading-filler | escolta cuál es la capital {} | de francia=FR; de italia=IT; de bélgica=BE
leading-filler | va nen dime la capital {} | de mónaco=MC; de luxemburgo=LU; de liechtenstein=LI
situation | en la pinya de los castellers en tarragona alguien pregunta la capital {} | de eslovenia=SI; de croacia=HR; de eslovaquia=SK
situation | guiando un grupo por la sagrada família un señor me pregunta la capital {} | de australia=AU; de canadá=CA; de sudáfrica=ZA
trailing-words | la capital de andorra cuál es doncs | AD
trailing-words | quina és la capital de bélgica digo cuál es la capital de bélgica | BE
polite-request | me podrías decir la capital de san marino si us plau | SM
polite-request | me dices la capital del vaticano porfa | VA
follow-up | i la de mónaco | MC
follow-up | doncs y la de san marino | SM
yes-no-check | la capital de suiza es zúrich oi que sí | CH
yes-no-check | home la capital de australia es sídney no | AU
self-correction | la capital de austria ai no perdona de australia | AU
reverse-question | escolta berna es capital de qué país | CITY:berna
situation | en el bicing bajando por la diagonal cuál es la capital de canadá | CA
# A Pakistani and a Bangladeshi shopkeeper in Barcelona learning Spanish ("amigo", "tú dime")
learner | amigo tú dime capital {} cuál | de pakistán=PK; de bangladés=BD; de nepal=NP
learner | yo tienda en el raval pregunta capital {} | de la india=IN; de sri lanka=LK; de bután=BT
learner | perdón mi español poco la capital de afganistán cómo se llama | AF
learner | alexa capital de maldivas por favor yo no sabe | MV
learner | la capital de pakistán es karachi o islamabad amigo | PK
learner | capitales de sri lanka cuáles son yo no sé cuántas | LK
# Valladolid and Soria: a Pucela bar, the pinewoods, a Renault plant shift ("corre", "chaval")
situation | en el turno de noche de la fábrica de renault en valladolid cuál es la capital {} | de rumanía=RO; de bulgaria=BG; de serbia=RS
situation | en el pinar de soria buscando níscalos dime la capital {} | de bosnia=BA; de montenegro=ME; de albania=AL
situation | en un bar de la plaza mayor de valladolid con los torreznos cuál es la capital {} | de macedonia del norte=MK; de kosovo=XK; de moldavia=MD
elder | chaval yo hice la mili con uno que luego se fue {} dime la capital de allí | a venezuela=VE; a alemania=DE; a suiza=CH
elder | a mis años quién se acuerda de la capital de yugoslavia digo de serbia | RS
elder | mira hijo cuál es la capital de checoslovaquia perdona de chequia | CZ
elder | en mis tiempos a rusia le decían la unión soviética cuál es la capital de rusia ahora | RU
hesitation | oye la capital de ehhh bielorrusia cuál es | BY
hesitation | a ver la capital de de de ucrania | UA
yes-no-check | la capital de rumanía es bucarest verdad chaval | RO
yes-no-check | corre la capital de bulgaria es budapest no | BG
self-correction | la capital de eslovenia ay no me he liado de eslovaquia | SK
self-correction | cuál es la capital de albania o sea de montenegro | ME
follow-up | y la de macedonia | MK
follow-up | chaval y de kosovo cuál era | XK
old-name | cuál era la capital de birmania que ahora le llaman de otra manera | MM
old-name | la capital de ceilán cuáles son | LK
# Paraguayan home carers in Madrid and Bilbao ("che", "luego", "pio", "nde")
trailing-words | la capital de paraguay cuál es luego | PY
trailing-words | cuál es la capital de bolivia pio | BO
leading-filler | che decime la capital {} | del ecuador=EC; de colombia=CO; de chile=CL
situation | cuidando a la señora en bilbao ella me pregunta la capital {} y yo qué sé | de filipinas=PH; de indonesia=ID; de tailandia=TH
situation | en la parada del bus con las compañeras del cuidado de mayores cuál es la capital de bolivia que nunca nos ponemos de acuerdo | BO
plural-capitals | nde y cuáles son las capitales de bolivia que son dos | BO
plural-capitals | la señora dice que sudáfrica tiene tres capitales cuáles son | ZA
yes-no-check | la capital del ecuador es guayaquil verdad che | EC
self-correction | la capital de chile no pio de perú | PE
# A Madrid nurse's night shift, an escape room, a padel court, a wedding, El Cazador, Boom
situation | en el turno de noche de urgencias entre paciente y paciente cuál es la capital {} | de letonia=LV; de lituania=LT; de estonia=EE
situation | en el escape room la pista es la capital {} cuál es | de eritrea=ER; de yibuti=DJ; de somalia=SO
situation | entre set y set en la pista de pádel cuál es la capital {} | de suecia=SE; de noruega=NO; de dinamarca=DK
situation | en el banquete de la boda la mesa de los primos quiere saber la capital {} | de armenia=AM; de azerbaiyán=AZ; de georgia el país=GE
quiz-game | en el cazador la pregunta era la capital {} y no la supe | de gabón=GA; de camerún=CM; de chad=TD
quiz-game | en boom salió la capital {} cuál era | de níger=NE; de mali=ML; de burkina faso=BF
quiz-game | para el concurso del bar de viernes cuál es la capital de ruanda | RW
quiz-game | jugando al trivial con los cuñados cuál es la capital de burundi | BI
child | abuela la profe dice que aprendamos la capital de uganda cuál es | UG
child | yo tengo siete años y quiero saber la capital de kenia | KE
child | alexa cuál es la capital de tanzania que es donde están las jirafas | TZ
teen | bro cuál es la capital de zambia que mañana hay examen de sociales | ZM
teen | en plan cuál es la capital de zimbabue tía | ZW
teen | la capital de malaui cuál es que me la he saltado | MW
# Official and everyday names, plurals, shared names, subdivisions, territories (es-ES)
official-name | cuál es la capital del reino de españa | ES
official-name | la capital de la república helénica cuál es | GR
official-name | dime la capital de la confederación suiza | CH
official-name | cuál es la capital del gran ducado de luxemburgo | LU
official-name | la capital de la república portuguesa | PT
official-name | capital del principado de andorra | AD
everyday-name | cuál es la capital de holanda | NL
everyday-name | la capital de inglaterra cuál es | GB-ENG
everyday-name | capital de la república checa | CZ
everyday-name | cuál es la capital de arabia | SA
plural-capitals | cuáles son las dos capitales de los países bajos | NL
plural-capitals | dime todas las capitales de sudáfrica que se me olvidan | ZA
plural-capitals | las capitales de malasia cuáles son | MY
shared-name | cuál es la capital de georgia | GE+US-GA
shared-name | la capital de corea cuál es | KP+KR
shared-name | la capital del congo | CD+CG
shared-name | la capital de georgia el país del cáucaso | GE
shared-name | la capital de corea la del norte | KP
shared-name | capital del congo el de kinsasa no el otro el de brazzaville | CG
subdivision | cuál es la capital de baviera | DE-BY
subdivision | en el crucero por el rin un alemán dice que es de renania del norte-westfalia cuál es su capital | DE-NW
subdivision | la capital de sajonia cuál es | DE-SN
subdivision | cuál es la capital de irlanda del norte | GB-NIR
subdivision | la capital de gales cuál es hombre | GB-WLS
subdivision | cuál es la capital de quebec | CA-QC
territory | cuál es la capital de las islas feroe | FO
territory | la capital de groenlandia cuál es | GL
territory | capital de gibraltar | GI
territory | cuál es la capital de las malvinas | FK
territory | la capital de nueva caledonia | NC
out-of-domain | cuál es la capital de galicia | FB
out-of-domain | cuál es la capital de andalucía | FB
out-of-domain | cuál es la capital de la provincia de cádiz | FB
out-of-domain | qué tiempo va a hacer mañana en vigo | FB
out-of-domain | a qué hora sale el autobús para santiago | FB
out-of-domain | cuánto cuesta un kilo de percebes | FB
out-of-domain | ponme la chirigota del selu | FB
out-of-domain | cuántos puntos lleva el betis | FB
out-of-domain | cuál es la capital mundial del jamón | FB
out-of-domain | quién escribió la casa de bernarda alba | FB
out-of-domain | a qué hora cierra el mercadona | FB
out-of-domain | pon una alarma a las seis y media | FB
out-of-domain | cuánto es el capital social de una sociedad limitada | FB
out-of-domain | cómo se hace el pulpo a feira | FB
out-of-domain | cuál es la capital del condado de barcelona | FB
out-of-domain | cuál es la capital de la comarca del bierzo | FB
out-of-domain | dónde está la capital del mundo del flamenco | FB
out-of-domain | qué es un casteller | FB
out-of-domain | cuál es la población de soria | FB
out-of-domain | léeme las noticias de la sexta | FB
out-of-domain | cuál es la capital de la costa del sol | FB
out-of-domain | cuánto interés da un depósito de capital garantizado | FB
out-of-domain | cuál es la letra mayúscula de la a | FB
out-of-domain | cuál es la capital de tabarnia | FB
out-of-domain | dónde aparco cerca del bernabéu | FB
out-of-domain | en qué año se construyó la alhambra | FB
out-of-domain | la capital de la sierra de cazorla | FB
out-of-domain | quién ganó eurovisión el año pasado | FB
out-of-domain | cómo se dice capital en gallego | FB
out-of-domain | cuál es la capital de los siete pecados capitales | FB
out-of-domain | tradúceme capital de riesgo al inglés | FB
out-of-domain | cuál es la capital de la ribeira sacra | FB
out-of-domain | apúntame pan y leche en la lista | FB
out-of-domain | qué distancia hay de granada a motril | FB
help | home explícame cómo va esto de las capitales | HELP
help | no sé qué preguntarte neno qué puedo decir | HELP
help | illo qué se le puede preguntar a esto | HELP
help | escolta com funciona això digo cómo funciona esto | HELP
help | miarma me echas una mano que no sé usar esto de las capitales | HELP
help | chaval cuéntame qué cosas sabes hacer | HELP
help | ayúdame que mi nieto me ha puesto esto y no sé qué decirle | HELP
help | qué tipo de preguntas te puedo hacer de países | HELP
help | necesito instrucciones para el juego de las capitales | HELP
stop | xa está home cállate | STOP
stop | para ya pisha que me tienes frito | STOP
stop | prou prou para | STOP
stop | miarma ya está bien apágate | STOP
stop | corta el rollo y cállate | STOP
stop | déjalo ya que nos vamos a dormir | STOP
stop | vale ya no quiero más capitales adiós | STOP
stop | venga hasta luego que me voy a la lonja | STOP
stop | se acabó por hoy alexa | STOP
cancel | cancela eso neno que no era | CANCEL
cancel | no no no anula eso | CANCEL
cancel | olvídate de lo que te he preguntado | CANCEL
cancel | escolta cancela la pregunta | CANCEL
cancel | déjalo que me he equivocado de botón | CANCEL
cancel | cancela cancela que era para mi nieta | CANCEL
cancel | quita eso illo | CANCEL
cancel | anula la última pregunta | CANCEL
cancel | nada nada olvídalo | CANCEL
launch | abre capitales del mundo home | LAUNCH
launch | pon el juego de capitales del mundo miarma | LAUNCH
launch | alexa inicia capitales del mundo que vamos a jugar en la boda | LAUNCH
launch | escolta obre capitales del mundo digo abre capitales del mundo | LAUNCH
# ---------------------------------------------------------------- es-MX
# Sinaloa: Culiacán, Mazatlán, a tomato packing plant, an aguachile stand, a banda ("plebe", "compa", "arre", "viejo")
leading-filler | arre plebe cuál es la capital {} | de japón=JP; de vietnam=VN; de camboya=KH | es-MX
leading-filler | oye compa la capital {} cuál es | de laos=LA; de birmania=MM; de tailandia=TH | es-MX
situation | en la empacadora de tomate en culiacán el mayordomo pregunta la capital {} | de sinaloa=MX-SIN; de sonora=MX-SON; de durango=MX-DUR | es-MX
situation | en el puesto de aguachiles del malecón de mazatlán un gringo quiere saber la capital {} | de alaska=US-AK; de oregón=US-OR; de idaho=US-ID | es-MX
situation | la banda se va a echar una gira y el vocalista pregunta la capital {} | de colombia=CO; de el salvador=SV; de honduras=HN | es-MX
trailing-words | cuál es la capital de filipinas viejo | PH | es-MX
trailing-words | la capital de singapur cuál es plebes | SG | es-MX
yes-no-check | la capital de sinaloa es mazatlán verdad compa | MX-SIN | es-MX
yes-no-check | la capital de vietnam es hanói o no | VN | es-MX
self-correction | la capital de camboya no no perdón de laos | LA | es-MX
follow-up | y la de brunéi | BN | es-MX
follow-up | arre y la de timor oriental cuál es | TL | es-MX
reverse-question | culiacán es la capital de qué estado plebe | CITY:culiacán | es-MX
reverse-question | hermosillo de qué estado es capital | CITY:hermosillo | es-MX
# Michoacán: Morelia, Pátzcuaro, an avocado orchard in Uruapan, Purépecha speakers ("qué pues", "ándele")
situation | en la huerta de aguacate en uruapan el ingeniero dice que exportan {} cuál es la capital de allá | a canadá=CA; a japón=JP; a corea del sur=KR | es-MX
situation | en la plaza de morelia frente a la catedral un turista pregunta la capital {} | de michoacán=MX-MIC; de guanajuato=MX-GUA; de jalisco=MX-JAL | es-MX
learner | yo hablo purépecha y poquito español cuál es capital {} | de guatemala=GT; de nicaragua=NI; de costa rica=CR | es-MX
learner | disculpe señor capital de panamá cuál es yo no sabe | PA | es-MX
trailing-words | cuál es la capital de belice qué pues | BZ | es-MX
polite-request | ándele me hace el favor de decirme la capital de cuba | CU | es-MX
polite-request | sería tan amable de decirme la capital de república dominicana | DO | es-MX
yes-no-check | la capital de michoacán es morelia verdad | MX-MIC | es-MX
reverse-question | morelia es capital de cuál estado | CITY:morelia | es-MX
# Chiapas: Tuxtla, San Cristóbal, a coffee finca, Tsotsil and Tseltal speakers, voseo ("vos", "sabés")
learner | yo hablo tsotsil poquito castilla cuál es la capital {} | de chiapas=MX-CHP; de tabasco=MX-TAB; de oaxaca=MX-OAX | es-MX
situation | en la finca de café en la sierra el patrón pregunta la capital {} donde venden el café | de alemania=DE; de bélgica=BE; de estados unidos=US | es-MX
leading-filler | vos sabés cuál es la capital {} | de guatemala=GT; de honduras=HN; de el salvador=SV | es-MX
situation | en el andador de san cristóbal un mochilero de israel pregunta cuál es la capital de israel según alexa | IL | es-MX
yes-no-check | la capital de chiapas es san cristóbal verdad que sí | MX-CHP | es-MX
self-correction | la capital de tabasco no me equivoqué de chiapas | MX-CHP | es-MX
reverse-question | tuxtla gutiérrez es la capital de qué estado vos | CITY:tuxtla gutiérrez | es-MX
# Puebla: the Volkswagen plant, a Talavera workshop, mole ("chale", "joven")
situation | en la línea de la volkswagen en puebla el supervisor alemán pregunta la capital {} | de baja sajonia=DE-NI; de baden-wurtemberg=DE-BW; de hesse=DE-HE | es-MX
situation | pintando talavera en el taller se nos ocurrió la capital {} | de portugal=PT; de marruecos=MA; de turquía=TR | es-MX
situation | moliendo el mole para la boda la tía pregunta la capital de puebla y todos nos reímos | MX-PUE | es-MX
trailing-words | chale cuál es la capital de tlaxcala joven | MX-TLA | es-MX
yes-no-check | la capital de puebla es cholula verdad | MX-PUE | es-MX
# Mexico City: a pesero, the Metrobús, a Xochimilco trajinera, a chilango office ("güey", "chale", "qué onda")
leading-filler | qué onda güey cuál es la capital {} | de rusia=RU; de ucrania=UA; de polonia=PL | es-MX
situation | en la trajinera de xochimilco con los mariachis cuál es la capital {} | de egipto=EG; de nigeria=NG; de ghana=GH | es-MX
situation | atorado en el metrobús de insurgentes dime la capital {} | de argentina=AR; de paraguay=PY; de uruguay=UY | es-MX
situation | en el pesero rumbo a indios verdes el chofer pregunta la capital {} | de venezuela=VE; de ecuador=EC; de perú=PE | es-MX
teen | güey neta cuál es la capital de australia no es sídney | AU | es-MX
teen | wey la capital de nueva zelanda cuál es | NZ | es-MX
teen | cuál es la capital de islandia güey que no me sale | IS | es-MX
do-you-know | oiga usted sabe cuál es la capital de madagascar | MG | es-MX
do-you-know | sabes cuál es la capital de mauricio la isla esa | MU | es-MX
do-you-know | sabe cuál es la capital de las seychelles joven | SC | es-MX
hesitation | este este cuál es la capital de este de comoras | KM | es-MX
hesitation | mmm este la capital de de lesoto | LS | es-MX
self-correction | la capital de nigeria digo de níger | NE | es-MX
follow-up | y la de ghana güey | GH | es-MX
reverse-question | ciudad de méxico es capital de qué país | CITY:ciudad de méxico | es-MX
# Tabasco: Villahermosa, a cacao plantation, Pemex platforms ("cumpa", "ni modo")
situation | en la plataforma de pemex los de la cuadrilla apostaron la capital {} | de catar=QA; de kuwait=KW; de baréin=BH | es-MX
situation | en la plataforma de pemex los del turno de noche quieren saber la capital {} | de omán=OM; de yemen=YE; de emiratos árabes unidos=AE | es-MX
situation | en la hacienda de cacao cerca de comalcalco cuál es la capital {} que también tiene cacao | de costa de marfil=CI; de camerún=CM; de santo tomé y príncipe=ST | es-MX
trailing-words | cuál es la capital de tabasco cumpa | MX-TAB | es-MX
yes-no-check | oye cumpa la capital de arabia saudita es la meca verdad | SA | es-MX
plural-capitals | dicen que costa de marfil tiene dos capitales cuáles son | CI | es-MX
reverse-question | villahermosa es capital de qué | CITY:villahermosa | es-MX
# Guanajuato: a callejoneada with the estudiantina, a León shoe factory, San Miguel de Allende
situation | en la callejoneada el de la estudiantina pregunta la capital {} | de guanajuato=MX-GUA; de querétaro=MX-QUE; de aguascalientes=MX-AGU | es-MX
situation | en la fábrica de zapatos en león el dueño manda cajas a {} cuál es su capital | texas=US-TX; illinois=US-IL; california=US-CA | es-MX
situation | en san miguel de allende una señora jubilada de {} pregunta la capital de su estado | michigan=US-MI; ohio=US-OH; minnesota=US-MN | es-MX
yes-no-check | la capital de guanajuato es león verdad | MX-GUA | es-MX
self-correction | la capital de querétaro no espérate de san luis potosí | MX-SLP | es-MX
# Mexican states and other subdivisions (es-MX)
subdivision | cuál es la capital {} joven | de quintana roo=MX-ROO; de campeche=MX-CAM; de yucatán=MX-YUC | es-MX
subdivision | me dice la capital {} | de tamaulipas=MX-TAM; de nuevo león=MX-NLE; de coahuila=MX-COA | es-MX
subdivision | la capital {} cuál es mija | de nayarit=MX-NAY; de colima=MX-COL; de zacatecas=MX-ZAC | es-MX
subdivision | cuál es la capital {} que siempre se me olvida | de veracruz=MX-VER; de hidalgo=MX-HID; de morelos=MX-MOR | es-MX
subdivision | y la capital {} cuál es | de guerrero=MX-GRO; del estado de méxico=MX-MEX; de baja california=MX-BCN | es-MX
subdivision | capital de baja california sur | MX-BCS | es-MX
subdivision | la capital de chihuahua es ciudad juárez o chihuahua | MX-CHH | es-MX
child | mamá la maestra dice que aprenda la capital de yucatán cuál es | MX-YUC | es-MX
child | alexa yo tengo ocho años y cuál es la capital de quintana roo | MX-ROO | es-MX
child | cuál es la capital de china porfis | CN | es-MX
child | mi abuelito dice que la capital de brasil es río es cierto | BR | es-MX
elder | ay mijito cuál es la capital de españa que allá fue mi abuelo | ES | es-MX
elder | fíjate que yo nunca supe la capital de francia dímela | FR | es-MX
elder | la capital de italia donde está el papa cuál es | IT | es-MX
official-name | cuál es la capital de los estados unidos mexicanos | MX | es-MX
official-name | capital de la república bolivariana de venezuela | VE | es-MX
official-name | la capital del estado plurinacional de bolivia | BO | es-MX
everyday-name | cuál es la capital de gringolandia | US | es-MX
everyday-name | la capital del gabacho cuál es | US | es-MX
plural-capitals | cuáles son las capitales de bolivia joven | BO | es-MX
plural-capitals | las capitales de benín cuáles son | BJ | es-MX
shared-name | cuál es la capital de los dos congos | CD+CG | es-MX
shared-name | la capital de la república democrática del congo | CD | es-MX
shared-name | capital de corea del sur no la otra | KR | es-MX
territory | cuál es la capital de puerto rico | PR | es-MX
territory | capital de la polinesia francesa | PF | es-MX
territory | la capital de la isla de pascua digo de la polinesia | PF | es-MX
territory | cuál es la capital de guam | GU | es-MX
invocation | pregúntale a capitales del mundo cuál es la capital de guatemala | GT | es-MX
invocation | abre capitales del mundo y dime la capital de honduras | HN | es-MX
quiz-game | en el concurso de la secundaria me tocó la capital de haití | HT | es-MX
quiz-game | para la olimpiada del conocimiento cuál es la capital de jamaica | JM | es-MX
recognition-artefact | cuál es la capital de tail andia | TH | es-MX
recognition-artefact | la capital de mala sia | MY | es-MX
recognition-artefact | cuál es la capital de jalisco guadalajara no | MX-JAL | es-MX
out-of-domain | cuál es la capital del aguachile | FB | es-MX
out-of-domain | a cómo está el dólar hoy | FB | es-MX
out-of-domain | pon música de banda el recodo | FB | es-MX
out-of-domain | cuál es la capital mundial del aguacate | FB | es-MX
out-of-domain | cuál es la capital de la huasteca | FB | es-MX
out-of-domain | cuándo juegan los tomateros | FB | es-MX
out-of-domain | cuántos habitantes tiene culiacán | FB | es-MX
out-of-domain | cómo se prepara el mole poblano | FB | es-MX
out-of-domain | qué ruta de pesero me lleva a tacubaya | FB | es-MX
out-of-domain | cuál es la capital de iztapalapa | FB | es-MX
out-of-domain | cuál es la capital del mundo maya | FB | es-MX
out-of-domain | qué significa callejoneada | FB | es-MX
out-of-domain | a qué hora abre el oxxo de la esquina | FB | es-MX
out-of-domain | cuál es la capital de la costa chica | FB | es-MX
out-of-domain | quién fue lázaro cárdenas | FB | es-MX
out-of-domain | dónde queda el cañón del sumidero | FB | es-MX
out-of-domain | cuánto capital necesito para abrir una taquería | FB | es-MX
out-of-domain | cuál es la capital del zapato | FB | es-MX
out-of-domain | pásame el número de una farmacia de guardia | FB | es-MX
out-of-domain | cuál es la capital de tierra caliente | FB | es-MX
out-of-domain | cuéntame un chiste de pepito | FB | es-MX
out-of-domain | cuántos grados hace en villahermosa | FB | es-MX
out-of-domain | quién ganó la liga mx | FB | es-MX
out-of-domain | cuál es la capital de la región del bajío | FB | es-MX
out-of-domain | cuál es el estado más grande de méxico | FB | es-MX
out-of-domain | cómo se dice gracias en purépecha | FB | es-MX
out-of-domain | ponme las mañanitas | FB | es-MX
out-of-domain | la capital de la meseta purépecha | FB | es-MX
out-of-domain | cuál es la capital de los altos de chiapas | FB | es-MX
out-of-domain | cuántas pirámides hay en teotihuacán | FB | es-MX
help | oiga y esto cómo se usa | HELP | es-MX
help | qué onda qué le puedo preguntar | HELP | es-MX
help | plebe no le entiendo explíqueme | HELP | es-MX
help | me ayuda con lo de las capitales que no sé cómo | HELP | es-MX
help | cómo le hago para preguntar una capital | HELP | es-MX
help | ayuda mijo qué se dice aquí | HELP | es-MX
help | qué es lo que sabes hacer tú | HELP | es-MX
help | no entiendo el juego ayúdame | HELP | es-MX
stop | ya estuvo güey párale | STOP | es-MX
stop | arre ya bájale | STOP | es-MX
stop | sale ya no quiero seguir | STOP | es-MX
stop | ya cállate por favor que está dormido el niño | STOP | es-MX
stop | ándale ya termina | STOP | es-MX
stop | ya ya ya apágale | STOP | es-MX
stop | bueno ya me voy a trabajar adiós alexa | STOP | es-MX
stop | ya chole con las capitales | STOP | es-MX
cancel | cancélale eso compa | CANCEL | es-MX
cancel | no eso no bórralo | CANCEL | es-MX
cancel | chale cancela lo que te dije | CANCEL | es-MX
cancel | mejor no olvídalo | CANCEL | es-MX
cancel | cancela esa pregunta joven | CANCEL | es-MX
cancel | no era eso cancélalo | CANCEL | es-MX
cancel | déjalo así mejor cancela | CANCEL | es-MX
cancel | ay no olvida eso que te pregunté | CANCEL | es-MX
launch | abre capitales del mundo compa | LAUNCH | es-MX
launch | quiero jugar capitales del mundo | LAUNCH | es-MX
launch | ábreme capitales del mundo porfa | LAUNCH | es-MX
launch | arranca capitales del mundo güey | LAUNCH | es-MX
# ---------------------------------------------------------------- es-US
# Hondurans in New Orleans and Houston: roofing after a hurricane, a baleada stand ("maje", "vos", "cheque", "alero")
leading-filler | maje cuál es la capital {} | de honduras=HN; de nicaragua=NI; de belice=BZ | es-US
situation | arriba del techo en nueva orleans después del huracán el alero pregunta la capital {} | de luisiana=US-LA; de misisipi=US-MS; de alabama=US-AL | es-US
situation | en la baleadera de houston la doña quiere saber la capital {} | de texas=US-TX; de oklahoma=US-OK; de arkansas=US-AR | es-US
trailing-words | la capital de honduras es tegucigalpa verdad vos | HN | es-US
trailing-words | cuál es la capital de jamaica maje | JM | es-US
polite-request | cheque me podés decir la capital de trinidad y tobago | TT | es-US
learner | yo hablo garífuna y un poco español cuál es la capital de san vicente | VC | es-US
self-correction | la capital de el salvador no maje de honduras | HN | es-US
follow-up | y la de belice vos | BZ | es-US
reverse-question | tegucigalpa es capital de qué país maje | CITY:tegucigalpa | es-US
reverse-question | baton rouge es la capital de qué estado | CITY:baton rouge | es-US
# Nicaraguans in Sweetwater and Miami ("chocho", "tuani", "dale pues", "chele", "vos sos")
leading-filler | chocho vos sabés la capital {} | de granada la isla=GD; de barbados=BB; de las bahamas=BS | es-US
situation | en la fritanga de sweetwater el chele pregunta la capital {} | de dominica=DM; de santa lucía=LC; de antigua y barbuda=AG | es-US
situation | en el aeropuerto de miami limpiando la terminal un pasajero pregunta la capital {} | de san cristóbal y nieves=KN; de haití=HT; de guyana=GY | es-US
trailing-words | cuál es la capital de nicaragua dale pues | NI | es-US
trailing-words | la capital de costa rica cuál es tuani | CR | es-US
yes-no-check | la capital de nicaragua es león verdad chele | NI | es-US
yes-no-check | vos la capital de barbados es bridgetown sí o no | BB | es-US
self-correction | la capital de dominica o sea de república dominicana | DO | es-US
hesitation | ay chocho cuál es la capital de de de surinam | SR | es-US
reverse-question | managua es la capital de dónde | CITY:managua | es-US
# Tejanos in San Antonio and the Rio Grande Valley: a quinceañera, a lowrider show, a high-school band ("órale", "mijo", "ey")
leading-filler | órale mijo cuál es la capital {} | de nuevo méxico=US-NM; de colorado=US-CO; de arizona=US-AZ | es-US
situation | en la quinceañera de mi sobrina en mcallen el dj pregunta la capital {} | de nevada=US-NV; de utah=US-UT; de wyoming=US-WY | es-US
situation | en el show de lowriders en san antonio un vato de {} pregunta su capital | kansas=US-KS; nebraska=US-NE; iowa=US-IA | es-US
situation | la banda de la high school va a tocar en {} cuál es la capital de ese estado | tennessee=US-TN; kentucky=US-KY; indiana=US-IN | es-US
spanglish | ey what's la capital {} | de montana=US-MT; de dakota del norte=US-ND; de dakota del sur=US-SD | es-US
spanglish | okay pero cuál es la capital {} for real | de florida=US-FL; de georgia el estado=US-GA; de carolina del sur=US-SC | es-US
spanglish | dude la capital {} no es la ciudad grande right | de nueva york=US-NY; de pensilvania=US-PA; de illinois=US-IL | es-US
spanglish | my abuela says la capital de washington es seattle is that true | US-WA | es-US
spanglish | honestly no sé la capital de vermont help me out | US-VT | es-US
yes-no-check | la capital de texas es houston verdad mijo | US-TX | es-US
yes-no-check | ey la capital de california es los ángeles no | US-CA | es-US
self-correction | la capital de arizona no wait de nuevo méxico | US-NM | es-US
self-correction | cuál es la capital de virginia perdón de virginia occidental | US-WV | es-US
reverse-question | austin es capital de qué estado mijo | CITY:austin | es-US
reverse-question | de qué estado es capital santa fe | CITY:santa fe | es-US
# Mexicans in North Carolina tobacco fields and Dalton, Georgia carpet mills
situation | en la pizca de tabaco en carolina del norte el mayordomo pregunta la capital {} | de carolina del norte=US-NC; de virginia=US-VA; de maryland=US-MD | es-US
situation | en la fábrica de alfombras en dalton los del turno preguntan la capital {} | de delaware=US-DE; de nueva jersey=US-NJ; de connecticut=US-CT | es-US
situation | en la iglesia después de misa el padre pregunta la capital {} | de massachusetts=US-MA; de rhode island=US-RI; de nuevo hampshire=US-NH | es-US
situation | trabajando en la pizca de manzana en yakima la capital {} cuál es | de washington el estado=US-WA; de maine=US-ME; de wisconsin=US-WI | es-US
subdivision | cuál es la capital de misuri la de jefferson city o st louis | US-MO | es-US
subdivision | la capital de ohio cuál es señorita | US-OH | es-US
subdivision | la capital de hawái cuál es | US-HI | es-US
elder | mijo yo trabajé en las vías del tren en {} cuál es la capital de ahí | kansas=US-KS; misuri=US-MO; oklahoma=US-OK | es-US
# Mam-speaking Guatemalans in Alabama and Georgia, a Salvadoran-Honduran congregation, Spanglish teens in Houston
learner | yo hablo mam no mucho español capital de {} cuál es | guatemala=GT; méxico=MX; el salvador=SV | es-US
learner | buenas tardes yo quiere saber capital de estados unidos | US | es-US
teen | okay so cuál es la capital de mónaco because apparently es una ciudad | MC | es-US
teen | wait what la capital de singapur es singapur | SG | es-US
teen | lowkey no sé la capital de brasil | BR | es-US
teen | no way la capital de canadá no es toronto | CA | es-US
teen | literally cuál es la capital de turquía | TR | es-US
# Pacific and African countries for school, trivia night, a Houston refinery, a cruise ship crew, a rodeo
situation | en la refinería de pasadena texas un compañero de {} pregunta su capital | nigeria=NG; angola=AO; guinea ecuatorial=GQ | es-US
situation | en el crucero trabajo con filipinos y uno de {} me pregunta la capital | fiyi=FJ; vanuatu=VU; islas salomón=SB | es-US
situation | en el barco de cruceros la compañera de cabina es de {} cuál es su capital | papúa nueva guinea=PG; tonga=TO; samoa=WS | es-US
quiz-game | en la noche de trivia del bar la pregunta es la capital {} | de kiribati=KI; de tuvalu=TV; de nauru=NR | es-US
quiz-game | para el quiz de geografía me falta la capital {} | de palaos=PW; de micronesia=FM; de las islas marshall=MH | es-US
quiz-game | en el concurso de spelling bee en español preguntan la capital {} | de sierra leona=SL; de liberia=LR; de guinea=GN | es-US
situation | en el rodeo de fort worth un vaquero de {} pregunta la capital de su país | botsuana=BW; esuatini=SZ; lesoto=LS | es-US
do-you-know | tú sabes cuál es la capital de guinea-bisáu | GW | es-US
do-you-know | sabías la capital de togo | TG | es-US
do-you-know | sabes la capital de benín | BJ | es-US
do-you-know | me sabes decir la capital de la república centroafricana | CF | es-US
do-you-know | sabes cuál es la capital de sudán del sur | SS | es-US
hesitation | uh cuál es la capital de eh de ruanda | RW | es-US
hesitation | la capital de um de mozambique | MZ | es-US
imperative | dime la capital de zimbabue ahorita | ZW | es-US
imperative | búscame la capital de la república del congo | CG | es-US
imperative | dame la capital de etiopía | ET | es-US
imperative | tírame la capital de yibuti | DJ | es-US
imperative | dime rápido la capital de gabón | GA | es-US
polite-request | por favor me dices cuál es la capital de eritrea | ER | es-US
polite-request | me haces el favor de buscar la capital de senegal | SN | es-US
polite-request | quisiera saber la capital de kenia por favor | KE | es-US
plural-capitals | cuáles son las capitales de esuatini | SZ | es-US
plural-capitals | cuáles son las capitales de sri lanka | LK | es-US
plural-capitals | dime las capitales de palestina | PS | es-US
plural-capitals | cuántas capitales tiene malasia y cuáles son | MY | es-US
plural-capitals | holanda tiene dos capitales no cuáles son | NL | es-US
plural-capitals | las capitales de benín cuáles son maje | BJ | es-US
plural-capitals | las tres capitales de sudáfrica dímelas | ZA | es-US
plural-capitals | suazilandia tiene dos capitales cuáles son | SZ | es-US
plural-capitals | cuáles son las capitales de costa de marfil | CI | es-US
plural-capitals | la capital o las capitales de sri lanka | LK | es-US
plural-capitals | cuáles son las capitales de palestina vos | PS | es-US
shared-name | cuál es la capital de las islas vírgenes | VG+VI | es-US
shared-name | la capital de las islas vírgenes americanas | VI | es-US
shared-name | la capital de georgia el estado de atlanta | US-GA | es-US
shared-name | cuál es la capital de las dos coreas | KP+KR | es-US
shared-name | la capital de corea del norte | KP | es-US
shared-name | cuál es la capital del congo de brazzaville | CG | es-US
shared-name | la capital del congo kinshasa | CD | es-US
territory | cuál es la capital de las islas caimán | KY | es-US
territory | la capital de bermudas | BM | es-US
territory | capital de las islas turcas y caicos | TC | es-US
territory | cuál es la capital de curazao | CW | es-US
territory | la capital de aruba cuál es | AW | es-US
territory | la capital de samoa americana | AS | es-US
official-name | cuál es la capital de la república oriental del uruguay | UY | es-US
official-name | capital de los estados unidos de américa | US | es-US
official-name | la capital de la república islámica de irán | IR | es-US
official-name | cuál es la capital de la federación rusa | RU | es-US
official-name | capital de la república popular china | CN | es-US
official-name | la capital de la república democrática federal de etiopía | ET | es-US
everyday-name | cuál es la capital de persia | IR | es-US
everyday-name | la capital de rusia blanca | BY | es-US
everyday-name | capital de suazilandia | SZ | es-US
everyday-name | cuál es la capital de usa | US | es-US
everyday-name | la capital de la madre patria | ES | es-US
old-name | cuál era la capital de rodesia | ZW | es-US
old-name | la capital del alto volta | BF | es-US
old-name | cuál era la capital de dahomey | BJ | es-US
old-name | capital de la honduras británica | BZ | es-US
recognition-artefact | cuál es la capital de sam marino | SM | es-US
recognition-artefact | la capital de cata r | QA | es-US
recognition-artefact | capital de new jersey | US-NJ | es-US
recognition-artefact | cuál es la capital de camerun | CM | es-US
invocation | pídele a capitales del mundo la capital de nicaragua | NI | es-US
invocation | dile a capitales del mundo que me diga la capital de costa rica | CR | es-US
out-of-domain | cuál es la capital de la baleada | FB | es-US
out-of-domain | cuándo es el próximo huracán | FB | es-US
out-of-domain | cuál es la capital del condado de harris | FB | es-US
out-of-domain | cuánto cobra un roofer por hora en houston | FB | es-US
out-of-domain | cuál es la capital de la pequeña habana | FB | es-US
out-of-domain | pon la radio en la kq | FB | es-US
out-of-domain | a qué hora abre el consulado de honduras | FB | es-US
out-of-domain | cuál es la capital del mundo del rodeo | FB | es-US
out-of-domain | cuál es la capital del valle de texas | FB | es-US
out-of-domain | what's the weather en san antonio | FB | es-US
out-of-domain | cuál es la capital de dallas | FB | es-US
out-of-domain | quién ganó el super bowl | FB | es-US
out-of-domain | cuánto cuesta mandar dinero a tegucigalpa | FB | es-US
out-of-domain | dónde queda la corte de inmigración | FB | es-US
out-of-domain | cuál es la capital del cinturón bíblico | FB | es-US
out-of-domain | cómo se dice tuani en inglés | FB | es-US
out-of-domain | cuál es la capital de nueva inglaterra | FB | es-US
out-of-domain | cuánto capital inicial necesito para un food truck | FB | es-US
out-of-domain | cuál es el estado más chiquito de estados unidos | FB | es-US
out-of-domain | ponme música de los tigres del norte | FB | es-US
out-of-domain | cuál es la capital del tex mex | FB | es-US
out-of-domain | a qué hora juegan los spurs | FB | es-US
out-of-domain | cuál es la capital de la garífuna | FB | es-US
out-of-domain | dónde hay una clínica gratis cerca | FB | es-US
out-of-domain | cuál es la capital de la moskitia | FB | es-US
out-of-domain | cuál es la capital del medio oeste | FB | es-US
out-of-domain | cuántas millas hay de mcallen a houston | FB | es-US
out-of-domain | cómo saco el número de seguro social | FB | es-US
out-of-domain | cuál es la capital de la alfombra | FB | es-US
out-of-domain | qué día es el cuatro de julio | FB | es-US
out-of-domain | cuál es la capital de tu corazón | FB | es-US
out-of-domain | cuál es la capital de sweetwater | FB | es-US
out-of-domain | cómo se hace el gallo pinto | FB | es-US
out-of-domain | cuál es la capital de la luna | FB | es-US
out-of-domain | cuál es la capital del río grande valley | FB | es-US
out-of-domain | dime la capital de hollywood | FB | es-US
help | ey cómo funciona esta cosa de las capitales | HELP | es-US
help | maje y qué le pregunto a esto | HELP | es-US
help | help me please no sé cómo usar esto | HELP | es-US
help | qué opciones tengo | HELP | es-US
help | chocho explicame cómo juego | HELP | es-US
help | mijo ayúdale a tu abuela a usar esto | HELP | es-US
help | necesito ayuda con la skill de capitales | HELP | es-US
help | qué cosas me puedes contestar | HELP | es-US
help | i need help qué hago ahora | HELP | es-US
stop | okay ya stop | STOP | es-US
stop | ya estuvo maje para | STOP | es-US
stop | dale pues ya terminamos | STOP | es-US
stop | órale ya apágate que vamos a comer | STOP | es-US
stop | that's it ya no más | STOP | es-US
stop | ya no quiero jugar chao | STOP | es-US
stop | para de hablar por favor | STOP | es-US
stop | chocho ya cállate | STOP | es-US
stop | bye alexa ya me voy al jale | STOP | es-US
cancel | cancel eso | CANCEL | es-US
cancel | no maje cancela | CANCEL | es-US
cancel | never mind olvídalo | CANCEL | es-US
cancel | cancela eso que dije mijo | CANCEL | es-US
cancel | nah cancel cancel | CANCEL | es-US
cancel | oops cancela | CANCEL | es-US
cancel | cancela la búsqueda | CANCEL | es-US
cancel | mejor cancélalo vos | CANCEL | es-US
cancel | eso no lo quería cancela | CANCEL | es-US
launch | abre capitales del mundo please | LAUNCH | es-US
launch | órale abre capitales del mundo | LAUNCH | es-US
launch | maje abrí capitales del mundo | LAUNCH | es-US
launch | hey alexa open capitales del mundo | LAUNCH | es-US
# ---------------------------------------------------------------- second batch
# es-ES: more Galicia, Cádiz, Catalonia, Valladolid, a Madrid hairdresser's... no: a Madrid locksmith, a Cuenca hanging-house guide, a Tarifa kitesurf school
situation | en la escuela de kitesurf de tarifa un alumno de {} pregunta la capital de su país | reino unido=GB; holanda=NL; dinamarca=DK
situation | de guía en las casas colgadas de cuenca unos japoneses preguntan la capital {} | de japón=JP; de filipinas=PH; de vietnam=VN
situation | haciendo una cerradura en lavapiés el cliente es de {} y no se acuerda de su capital | bangladés=BD; senegal=SN; marruecos=MA
elder | neno cuál es la capital del reino unido que allí estuvo tu abuelo de camarero | GB
trailing-words | la capital de inglaterra cuál es carallo | GB-ENG
yes-no-check | la capital del reino unido es londres verdad pisha | GB
self-correction | la capital de irlanda no perdona del reino unido | GB
official-name | la capital del reino unido de gran bretaña e irlanda del norte | GB
everyday-name | cuál es la capital de gran bretaña | GB
follow-up | e logo y la de escocia | GB-SCT
follow-up | y la de gales home | GB-WLS
follow-up | y la de irlanda del norte cuál es | GB-NIR
leading-filler | ostras tú cuál es la capital {} | de moldavia=MD; de georgia del cáucaso=GE; de armenia=AM
leading-filler | pues mira cuál es la capital {} | de laos=LA; de camboya=KH; de birmania=MM
leading-filler | a ver chiquilla dime la capital {} | de bután=BT; de nepal=NP; de mongolia=MN
leading-filler | venga va la capital {} cuál es | de yemen=YE; de omán=OM; de catar=QA
situation | en la cola del paro en ourense una chica de {} pregunta la capital de su país | ucrania=UA; georgia el país=GE; rumanía=RO
situation | en el puerto de algeciras esperando el ferry a tánger cuál es la capital {} | de marruecos=MA; de mauritania=MR; de mali=ML
situation | en la peluquería de la calle sierpes la clienta pregunta la capital {} | de finlandia=FI; de suecia=SE; de estonia=EE
situation | en el rocío con la carreta parada un amigo pregunta la capital {} | de brasil=BR; de venezuela=VE; de colombia=CO
situation | en el autobús del imserso camino de benidorm una señora pregunta la capital {} | de indonesia=ID; de malasia=MY; de singapur=SG
elder | hijo mío yo fui a vendimiar a francia de joven cuál es la capital de francia | FR
elder | en el hogar del jubilado de soria discutimos la capital de polonia dímela tú | PL
elder | mi marido que en paz descanse trabajó en alemania cuál es la capital de alemania | DE
elder | la capital de bélgica dónde está el mercado común cuál es | BE
child | papá cuál es la capital de egipto donde están las pirámides | EG
child | yo quiero saber la capital de islandia donde hay volcanes | IS
child | mamá cuál es la capital de australia donde viven los canguros | AU
child | cuál es la capital de china la de los pandas | CN
teen | tía qué fuerte cuál es la capital de canadá que no es toronto | CA
teen | ni idea tío cuál es la capital de marruecos | MA
hesitation | pues eh la capital de de nigeria cuál es | NG
hesitation | oye eh cómo se llama la capital de de ghana | GH
hesitation | la capital de mmm de kenia | KE
do-you-know | sabes tú la capital de etiopía que mi cuñado dice que es nairobi | ET
do-you-know | sabes cuál es la capital de angola neno | AO
polite-request | perdona me dices la capital de sudán | SD
polite-request | si no te importa dime la capital de somalia | SO
polite-request | hazme el favor de decirme la capital de argelia | DZ
polite-request | me dirías la capital de túnez por favor | TN
imperative | dime ya la capital de grecia | GR
imperative | suéltame la capital de chipre | CY
imperative | venga dime la capital de malta | MT
yes-no-check | la capital de australia es camberra verdad | AU
yes-no-check | la capital de marruecos es rabat o es fez | MA
yes-no-check | la capital de brasil es brasilia a que sí | BR
yes-no-check | es verdad que la capital de nigeria es lagos | NG
yes-no-check | la capital de suiza no era berna | CH
yes-no-check | la capital de bolivia es la paz no | BO
self-correction | la capital de suecia ay no de suiza | CH
self-correction | la capital de nicaragua quiero decir de honduras | HN
self-correction | la capital de colombia perdón de venezuela | VE
self-correction | cuál es la capital de austria digo de alemania | DE
reverse-question | copenhague es la capital de qué país | CITY:copenhague
reverse-question | de dónde es capital liubliana | CITY:liubliana
reverse-question | vilna es capital de qué país home | CITY:vilna
reverse-question | bratislava de qué país es capital | CITY:bratislava
reverse-question | en qué país está la capital que se llama ulán bator | CITY:ulán bator
reverse-question | kingston es la capital de dónde | CITY:kingston
reverse-question | victoria es capital de qué | CITY:victoria
official-name | cuál es la capital de la república francesa | FR
official-name | la capital de la república italiana | IT
official-name | capital de la república de corea | KR
official-name | la capital de la república popular democrática de corea | KP
everyday-name | cuál es la capital de la república dominicana esa que está al lado de haití | DO
everyday-name | la capital de bielorrusia o belarús como se diga | BY
everyday-name | la capital de birmania | MM
everyday-name | la capital de ceilán digo sri lanka | LK
shared-name | cuál es la capital de congo | CD+CG
shared-name | la capital de los dos congos neno | CD+CG
shared-name | la capital de corea del sur la de los coches | KR
shared-name | la capital de georgia no la del país la del estado americano | US-GA
shared-name | capital de corea la de abajo | KR
shared-name | la capital de las islas vírgenes británicas | VG
plural-capitals | cuáles son las capitales de holanda que dicen que hay dos | NL
plural-capitals | cuáles son las capitales de benín chiquillo | BJ
plural-capitals | dime las capitales de costa de marfil | CI
plural-capitals | qué capitales tiene palestina | PS
plural-capitals | cuáles son las capitales de sri lanka neno | LK
plural-capitals | malasia cuántas capitales tiene | MY
plural-capitals | cuáles son las capitales de esuatini pisha | SZ
plural-capitals | capitales de bolivia cuáles son la paz y cuál más | BO
subdivision | cuál es la capital de escocia neno | GB-SCT
subdivision | capital de hamburgo | DE-HH
subdivision | la capital de turingia | DE-TH
subdivision | cuál es la capital de brandeburgo | DE-BB
subdivision | la capital de tasmania cuál es | AU-TAS
subdivision | cuál es la capital de ontario | CA-ON
subdivision | la capital de la columbia británica | CA-BC
territory | cuál es la capital de las islas aland | AX
territory | capital de la isla de man | IM
territory | la capital de guernesey | GG
territory | cuál es la capital de hong kong | HK
territory | la capital de martinica | MQ
territory | capital de reunión la isla | RE
territory | cuál es la capital del sáhara occidental | EH
territory | la capital de taiwán | TW
territory | cuál es la capital de la guayana francesa | GF
launch | abre capitales del mundo chiquillo | LAUNCH
launch | inicia el juego de capitales del mundo por favor | LAUNCH
launch | quiero abrir capitales del mundo | LAUNCH
launch | alexa capitales del mundo | LAUNCH
invocation | pregunta a capitales del mundo la capital de chequia | CZ
invocation | dile a capitales del mundo la capital de eslovenia | SI
invocation | abre capitales del mundo y pregúntale la capital de croacia | HR
recognition-artefact | cuál es la capital de sui za | CH
recognition-artefact | la capital de bielo rusia | BY
recognition-artefact | cuál es la capital de azerbaiján | AZ
recognition-artefact | la capital de kasajistán | KZ
out-of-domain | cuál es la capital de galicia santiago o coruña | FB
out-of-domain | a cuánto está el kilo de mejillón hoy | FB
out-of-domain | cuál es la capital de la mancha | FB
out-of-domain | cuál es la capital del pádel | FB
out-of-domain | cuántos habitantes tiene lugo | FB
out-of-domain | qué lleva el salmorejo | FB
out-of-domain | cuál es la capital de los castellers | FB
out-of-domain | cuál es la capital de cataluña | FB
out-of-domain | cuál es la capital de castilla y león | FB
out-of-domain | cuál es la capital del vino de jerez | FB
out-of-domain | qué equipo va primero en la liga | FB
out-of-domain | pon rac uno | FB
out-of-domain | cuándo abren las piscinas municipales | FB
out-of-domain | cuál es la capital de las rías baixas | FB
help | y esto para qué sirve | HELP
help | qué hago para que me digas una capital | HELP
help | pues no entiendo nada ayúdame tú | HELP
stop | apaga esto ya por favor | STOP
stop | basta ya de capitales | STOP
stop | deja de hablar chiquilla | STOP
cancel | me he equivocado cancela | CANCEL
cancel | anula anula | CANCEL
cancel | cancela lo de antes | CANCEL
# es-MX: more Sinaloa, Michoacán, Chiapas, Puebla, CDMX, Tabasco, Guanajuato
situation | en la mina de tayoltita el ingeniero canadiense pregunta la capital {} | de alberta=CA-AB; de manitoba=CA-MB; de saskatchewan=CA-SK | es-MX
situation | en la feria del elote en michoacán el de la tómbola pregunta la capital {} | de noruega=NO; de suecia=SE; de finlandia=FI | es-MX
situation | en el puerto de lázaro cárdenas llegan barcos de {} cuál es la capital de allá | china=CN; corea del sur=KR; japón=JP | es-MX
situation | en el cenote de bacalar un turista de {} no sabe la capital de su país | austria=AT; chequia=CZ; hungría=HU | es-MX
situation | en el tianguis de san juan de dios un marchante de {} pregunta su capital | irlanda=IE; escocia=GB-SCT; gales=GB-WLS | es-MX
leading-filler | híjole a ver cuál es la capital {} | de jordania=JO; de siria=SY; de irak=IQ | es-MX
leading-filler | ey chavo cuál es la capital {} | de líbano=LB; de irán=IR; de afganistán=AF | es-MX
leading-filler | pos a ver dime la capital {} | de pakistán=PK; de india=IN; de bangladés=BD | es-MX
trailing-words | la capital de corea del norte cuál es mano | KP | es-MX
trailing-words | cuál es la capital de rusia carnal | RU | es-MX
trailing-words | la capital de francia cuál es pariente | FR | es-MX
yes-no-check | la capital de canadá es ottawa verdad | CA | es-MX
yes-no-check | la capital de estados unidos es nueva york o no | US | es-MX
yes-no-check | la capital de veracruz es el puerto de veracruz verdad | MX-VER | es-MX
yes-no-check | la capital de quintana roo es cancún a poco no | MX-ROO | es-MX
yes-no-check | la capital de japón es tokio verdad plebe | JP | es-MX
self-correction | la capital de sonora ay no perdón de sinaloa | MX-SIN | es-MX
self-correction | cuál es la capital de tamaulipas digo de nuevo león | MX-NLE | es-MX
self-correction | la capital de uganda mejor dicho de ruanda | RW | es-MX
follow-up | y la de coahuila | MX-COA | es-MX
follow-up | órale y la de durango | MX-DUR | es-MX
follow-up | y la de san luis | MX-SLP | es-MX
follow-up | y de hidalgo cuál es | MX-HID | es-MX
follow-up | y la de marruecos carnal | MA | es-MX
reverse-question | xalapa es capital de qué estado | CITY:xalapa | es-MX
reverse-question | de qué estado es capital chetumal | CITY:chetumal | es-MX
reverse-question | la paz es capital de qué | CITY:la paz | es-MX
reverse-question | chilpancingo es la capital de cuál | CITY:chilpancingo | es-MX
reverse-question | saltillo de qué estado es la capital | CITY:saltillo | es-MX
plural-capitals | cuáles son las capitales de malasia güey | MY | es-MX
plural-capitals | dime las capitales de sudáfrica porfa | ZA | es-MX
plural-capitals | cuáles son las capitales de los países bajos compa | NL | es-MX
plural-capitals | qué capitales tiene sri lanka | LK | es-MX
plural-capitals | palestina tiene dos capitales cuáles son | PS | es-MX
shared-name | la capital de georgia cumpa | GE+US-GA | es-MX
shared-name | cuál es la capital de corea güey | KP+KR | es-MX
shared-name | la capital del congo el de brazzaville | CG | es-MX
official-name | la capital de la república argentina | AR | es-MX
official-name | cuál es la capital de la federación de rusia | RU | es-MX
official-name | la capital de la república de guatemala | GT | es-MX
everyday-name | cuál es la capital de la unión americana | US | es-MX
everyday-name | la capital de los yunaites | US | es-MX
territory | cuál es la capital de las bermudas | BM | es-MX
territory | la capital de macao | MO | es-MX
territory | capital de la isla de navidad | CX | es-MX
subdivision | cuál es la capital de california mijo | US-CA | es-MX
subdivision | la capital de arizona cuál es | US-AZ | es-MX
subdivision | cuál es la capital de nuevo méxico | US-NM | es-MX
subdivision | capital de la isla del príncipe eduardo | CA-PE | es-MX
subdivision | capital de yukón | CA-YT | es-MX
learner | i am learning spanish cuál es la capital de guatemala | GT | es-MX
learner | yo estudiar en guanajuato la capital de ecuador cuál es | EC | es-MX
learner | perdón yo americano capital de perú es | PE | es-MX
elder | ay diosito cuál es la capital de el salvador | SV | es-MX
elder | mija ponme la capital de colombia que mi compadre vive allá | CO | es-MX
quiz-game | en la lotería de la escuela la pregunta es la capital de dinamarca | DK | es-MX
quiz-game | para el examen de la prepa cuál es la capital de bulgaria | BG | es-MX
quiz-game | en el basta nos tocó capital con la letra t cuál es la capital de tailandia | TH | es-MX
out-of-domain | cuál es la capital del tequila | FB | es-MX
out-of-domain | pon el partido del américa | FB | es-MX
out-of-domain | cuál es la capital de la mixteca | FB | es-MX
out-of-domain | cuál es la capital del bajo mundo | FB | es-MX
out-of-domain | cuándo cae el día de los muertos | FB | es-MX
out-of-domain | cuál es la capital de los estados del norte | FB | es-MX
out-of-domain | cuánto cuesta la caseta a mazatlán | FB | es-MX
out-of-domain | cuál es la capital de la sierra madre | FB | es-MX
out-of-domain | cuántos años tiene la catedral de morelia | FB | es-MX
out-of-domain | qué es el cacao criollo | FB | es-MX
help | oiga cómo funciona lo de las capitales | HELP | es-MX
help | pues qué puedo hacer aquí | HELP | es-MX
help | ayuda no sé qué decirte | HELP | es-MX
stop | ya no gracias | STOP | es-MX
stop | ahí muere | STOP | es-MX
stop | ya plebe apágate | STOP | es-MX
cancel | nel cancela | CANCEL | es-MX
cancel | cancela esa cosa mano | CANCEL | es-MX
cancel | no mejor no ahí déjalo cancela | CANCEL | es-MX
launch | abre capitales del mundo plebe | LAUNCH | es-MX
launch | pon capitales del mundo cumpa | LAUNCH | es-MX
# es-US: more Hondurans, Nicaraguans, Tejanos, Carolina and Georgia workers, Spanglish teens
situation | en el car wash de charlotte el manager pregunta la capital {} | de carolina del norte digo de carolina del sur=US-SC; de tennessee=US-TN; de kentucky=US-KY | es-US
situation | en la planta de procesamiento en gainesville un compañero de {} pregunta su capital | haití=HT; jamaica=JM; cuba=CU | es-US
situation | trabajando en el landscaping en atlanta el jefe pregunta la capital {} | de dakota del sur=US-SD; de misisipi=US-MS; de luisiana=US-LA | es-US
situation | en el taller de carros en houston un cliente de {} pregunta su capital | vietnam=VN; nigeria=NG; pakistán=PK | es-US
situation | limpiando oficinas en washington de noche la compañera pregunta la capital {} | de estados unidos=US; de méxico=MX; de canadá=CA | es-US
leading-filler | oye vos cuál es la capital {} | de panamá=PA; de costa rica=CR; de colombia=CO | es-US
leading-filler | bueno pues maje la capital {} | de chile=CL; de argentina=AR; de paraguay=PY | es-US
leading-filler | mira chele cuál es la capital {} | de uruguay=UY; de bolivia=BO; de perú=PE | es-US
trailing-words | cuál es la capital de guatemala vos | GT | es-US
trailing-words | la capital de el salvador cuál es pues | SV | es-US
trailing-words | capital de cuba cuál es mijo | CU | es-US
yes-no-check | la capital de florida es miami verdad | US-FL | es-US
yes-no-check | la capital de nueva york es albany o no | US-NY | es-US
yes-no-check | la capital de illinois es chicago right | US-IL | es-US
yes-no-check | la capital de guatemala es guatemala verdad | GT | es-US
yes-no-check | la capital de puerto rico es san juan cierto | PR | es-US
yes-no-check | la capital de jamaica es montego bay no | JM | es-US
self-correction | la capital de nicaragua perdón de costa rica | CR | es-US
self-correction | la capital de haití no wait de jamaica | JM | es-US
self-correction | cuál es la capital de tennessee i mean de kentucky | US-KY | es-US
follow-up | y la de oklahoma | US-OK | es-US
follow-up | y la de arkansas mijo | US-AR | es-US
follow-up | y de nebraska | US-NE | es-US
follow-up | okay y la de kansas | US-KS | es-US
follow-up | y la de panamá vos | PA | es-US
reverse-question | frankfort es capital de qué estado | CITY:frankfort | es-US
reverse-question | de qué estado es capital nashville | CITY:nashville | es-US
reverse-question | sacramento es la capital de dónde | CITY:sacramento | es-US
reverse-question | san salvador de qué país es capital | CITY:san salvador | es-US
reverse-question | san josé es capital de qué país maje | CITY:san josé | es-US
spanglish | wait la capital de georgia is it atlanta | GE+US-GA | es-US
spanglish | bro qué es la capital de massachusetts boston right | US-MA | es-US
spanglish | okay so la capital de alaska es anchorage or juneau | US-AK | es-US
spanglish | no sé la capital de michigan can you tell me | US-MI | es-US
teen | ugh cuál es la capital de oregón | US-OR | es-US
teen | okay entonces la capital de idaho es boise o qué | US-ID | es-US
elder | mijo cuál es la capital de méxico que ya ni me acuerdo | MX | es-US
elder | yo vine de honduras hace cuarenta años cuál es la capital de honduras ahora | HN | es-US
child | mami cuál es la capital de hawái donde está la playa | US-HI | es-US
child | alexa cuál es la capital de texas que estoy en tercer grado | US-TX | es-US
child | la capital de nicaragua cuál es mi abuela es de allá | NI | es-US
official-name | cuál es la capital de la república de nicaragua | NI | es-US
official-name | la capital del reino de marruecos | MA | es-US
everyday-name | cuál es la capital de los eeuu | US | es-US
territory | la capital de las islas vírgenes británicas | VG | es-US
territory | capital de sint maarten | SX | es-US
territory | cuál es la capital de montserrat | MS | es-US
out-of-domain | cuál es la capital de la comida catracha | FB | es-US
out-of-domain | pon música de la cumbia | FB | es-US
out-of-domain | cuál es la capital del country | FB | es-US
out-of-domain | a qué hora cierra el home depot | FB | es-US
out-of-domain | cuál es la capital de los ángeles | FB | es-US
out-of-domain | cuál es la capital del condado de bexar | FB | es-US
out-of-domain | cuál es la capital del gallo pinto | FB | es-US
out-of-domain | cuánto cuesta el pasaje a san pedro sula | FB | es-US
help | ey no sé qué decir ayúdame | HELP | es-US
help | cómo se juega esto maje | HELP | es-US
help | qué puedo preguntar aquí mijo | HELP | es-US
stop | ya bájale stop | STOP | es-US
stop | okay bye | STOP | es-US
stop | terminar | STOP | es-US
cancel | forget it cancela | CANCEL | es-US
cancel | cancela vos | CANCEL | es-US
cancel | no gracias cancélalo | CANCEL | es-US
launch | start capitales del mundo | LAUNCH | es-US
launch | ey alexa abre capitales del mundo mijo | LAUNCH | es-US
"""

if __name__ == "__main__":
    build_round(33, "es", LINES, sys.argv, "tests/Eval/es/round33/source/build_corpus.py")
