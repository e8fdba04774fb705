"""Round 36, Spanish (es-ES, es-MX, es-US): a new author's mix of speakers and situations, written blind (brief
WRITER44.md).

Written at the end of the thirty-eighth session by the corpus44-es helper, without the voice model, the simulator, the
skill's code or earlier rounds' halves. Speakers and situations, chosen to differ from rounds 32-35:

es-ES: Asturias (a Gijón sidrería while the cider is poured, Oviedo, a retired Mieres miner: "ho", "ye", "nena",
"guaje"), Murcia, Cartagena and the huerta (a lemon-picking crew, the Easter processions, a Mar Menor beach bar: "acho",
"pijo", "bonico", "esho"), Extremadura (cork strippers in the dehesa, the Elvas border market, a Montánchez jamón drying
shed, a Mérida job centre: "pues na", "esto", "chiquinino"), Valencia and Alicante (a Fallas casal, the Mercado Central,
Benidorm karaoke with English tourists, Dutch retirees in Jávea: "xe", "nano", "xiquet", "collons", Valencian
code-switching), Madrid (a Rastro stall, Vallecas before a Rayo game, line six of the Metro, a Usera bakery run by a
Chinese family, a Lavapiés barbershop: "tronco", "chaval", "mazo"), Toledo and La Mancha (the Valdepeñas grape harvest, a
marzipan shop, elders: "zagal", "ande", "pos", "ea"), a lorry drivers' café at Despeñaperros, a service station, an A&E
waiting room, a village fair quiz, a Zaragoza NGO warehouse, a geography olympiad, a Santander sailing school, Italian
Erasmus students in Valencia ("allora", "cioè", "scusa"), Ecuadorians in Murcia ("ñaño", "chuta", "achachay", "mande",
"ve"), children, teenagers and grandparents.
es-MX: Querétaro (an aerospace plant, Peña de Bernal: "oiga", "fíjese que", "ándele"), San Luis Potosí and the Huasteca
(a zacahuil stall, Xilitla, Tének speakers: "quiúbole", "ay nanita"), Tamaulipas (a Reynosa maquila, Tampico's Miramar
beach: "hijo", "a poco", "oiga joven"), Chihuahua (a Ciudad Juárez maquila, Mennonite apple growers in Cuauhtémoc
learning Spanish, a Rarámuri speaker: "nel", "qué pues", "ira"), Campeche (a Ciudad del Carmen shrimp boat, the walls),
Morelos (the Zacatepec cane harvest, a chinelo dance in Tepoztlán: "no inventes", "chido"), Nayarit and Baja California
(Sayulita surfers, the Valle de Guadalupe grape harvest, Mexicali "cachanilla": "carnal", "qué rollo"), Mexico City (the
Central de Abasto at dawn, the Iztapalapa Passion play, a Tepito stall: "qué transa", "aguas", "ni modo"), children,
teenagers and grandmothers; in a second batch a Querétaro bus terminal, a Tlaxcala bull ranch, a Naica
miner, a Morelia chess club, a Puerto Escondido hostel, a Tampico Sunday tianguis, a Ciudad Victoria secundaria.
es-US: Bolivians in Arlington and Falls Church, Virginia (a salteña shop, a morenada troupe: "ya pues", "no ve"),
Chileans in Fort Lauderdale ("po", "al tiro", "cachai"), Argentines and Uruguayans in Doral ("che", "mirá", "decime",
"dale"), Costa Ricans in New Jersey ("mae") and Panamanians in Brooklyn ("xopá", "chuzo", "ayala"), New Mexico Hispanos
(Santa Fe feast day, elders: "ey", "ya mero", "asina", "truje"), Mexicans in an Alaska salmon cannery, an Idaho dairy,
the Immokalee tomato fields, a Phoenix radio call-in, Fort Bliss, an Atlanta parish, a Boston car wash, a Vermont
kitchen, a Peruvian sheepherder in Utah, a Bronx laundromat, a Hialeah bakery, Miami Spanglish teenagers, citizenship
and GED learners, English-speaking learners, children; in a second batch a Houston shipyard, an Orlando hotel
laundry, a Pilsen bakery, a Nashville building site, a Seattle fish market, a Charlotte soccer league, a Las Cruces
pecan orchard, a Walmart night shift, a Lawrence hair salon, an Austin food truck.

Ways of asking: direct questions, polite requests, imperatives, leading fillers, hesitations and trailing words,
situations, code-switching, follow-ups, yes/no checks with right and wrong guesses, self-corrections with a marker (the
last place named is expected), reverse questions, official, everyday and old names, shared names (Congo, Corea,
Georgia, the Virgin Islands), plurals (every several-capital country and Palestine), subdivisions and territories,
learners, children, teenagers and elders, launch, help, stop, cancel, and out-of-domain lines (near misses: Spanish
autonomous communities, provinces and comarcas, Mexican regions, municipalities and boroughs, Latin American provinces
and departments, US counties and regions, former states and empires, "capital" in other senses, other requests).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# ---------------------------------------------------------------- es-ES
# Asturias: a Gijón sidrería, Oviedo, a retired Mieres miner, the Cimadevilla ("ho", "nena", "guaje", "ye", "-ín")
leading-filler | ho alexa cuál ye la capital {} | de noruega=NO; de suecia=SE; de finlandia=FI
leading-filler | eh guaje dime la capital {} | de islandia=IS; de dinamarca=DK; de irlanda=IE
situation | mientras el camarero escancia la sidra mi primo pregunta la capital {} | de letonia=LV; de lituania=LT; de bielorrusia=BY
situation | en la sidrería de gijón apostamos una botella a ver quién sabe la capital {} | de ucrania=UA; de moldavia=MD; de rumanía=RO
elder | yo estuve treinta años en el pozu en mieres y nunca supe la capital de rusia | RU
elder | oye nena la capital de polonia que tuvimos un compañero polaco en la mina | PL
trailing-words | la capital de bulgaria cuál ye ho | BG
trailing-words | y la capital de hungría cuál ye nena | HU
hesitation | eh la capital de de eslovaquia ye | SK
direct | alexa cuál ye la capital de chequia | CZ
follow-up | y la de austria ho | AT
follow-up | y la de suiza qué ye | CH
yes-no-check | la capital de noruega ye oslo o ye bergen | NO
self-correction | dime la capital de suecia no perdón de noruega | NO
# Murcia, Cartagena and the huerta: a lemon-picking crew, the Cartagena Easter processions, a Mar Menor kiosk ("acho", "pijo", "bonico", "esho")
leading-filler | acho alexa cuál es la capital {} | de egipto=EG; de libia=LY; de túnez=TN
leading-filler | acho pijo dime la capital {} | de marruecos=MA; de argelia=DZ; de mauritania=MR
situation | cogiendo limones en la huerta el capataz pregunta la capital {} | de siria=SY; del líbano=LB; de jordania=JO
situation | en el chiringuito del mar menor un niño pregunta la capital {} | de grecia=GR; de turquía=TR; de chipre=CY
situation | en la procesión de cartagena un californio le pregunta a un marraja la capital {} | de israel=IL; de irak=IQ; de irán=IR
trailing-words | la capital de arabia saudí cuál es acho | SA
trailing-words | cuál es la capital de kuwait bonico | KW
child | alexa mi abuela dice que la capital de catar es doha es verdad | QA
elder | esho la capital de baréin que mi nieto la tiene en un examen | BH
code-switch | acho alexa la capital de los emiratos árabes esa de los rascacielos | AE
follow-up | y la de omán acho | OM
follow-up | y la del yemen pijo | YE
yes-no-check | acho es ammán la capital de jordania | JO
self-correction | la capital de siria bueno no de irak | IQ
# Extremadura: the Badajoz border with Elvas, a Cáceres jamón drying shed, cork strippers in the dehesa, the Mérida theatre festival ("chacho" avoided, "esto", "pues na", "chiquinino")
situation | en la dehesa sacando el corcho el compañero pregunta la capital {} | de portugal=PT; de angola=AO; de mozambique=MZ
situation | en el mercadillo de elvas un portugués nos pregunta la capital {} | de cabo verde=CV; de guinea bisáu=GW; de santo tomé y príncipe=ST
situation | en el secadero de jamones de montánchez preguntan la capital {} | de brasil=BR; de paraguay=PY; de uruguay=UY
elder | pues na alexa que mi hijo se fue a vivir a suiza y quiero saber la capital de allí | CH
elder | esto alexa la capital de alemania que allí estuve yo emigrado en el sesenta y cinco | DE
child | alexa mi chiquinino quiere saber la capital de australia | AU
hesitation | esto esto la capital de nueva zelanda | NZ
polite-request | alexa me dices por favor la capital de timor oriental | TL
official-name | cuál es la capital de la república portuguesa | PT
official-name | capital del estado plurinacional de bolivia | BO
# Valencia and Alicante: a Fallas casal, the Mercado Central, Benidorm karaoke bars, British and Dutch retirees in Jávea ("xe", "nano", "xiquet", "collons")
leading-filler | xe nano cuál es la capital {} | de holanda=NL; de bélgica=BE; de luxemburgo=LU
leading-filler | mira xiquet dime la capital {} | de francia=FR; de italia=IT; de mónaco=MC
situation | en el casal fallero antes de la cremà alguien pregunta la capital {} | de japón=JP; de corea del sur=KR; de china=CN
situation | en el mercado central la de la parada de encurtidos pregunta la capital {} | de vietnam=VN; de camboya=KH; de laos=LA
situation | en el karaoke de benidorm un inglés me pregunta la capital {} | de escocia=GB-SCT; de gales=GB-WLS; de irlanda del norte=GB-NIR
learner | hello alexa what is the capital de inglaterra en español please | GB-ENG
learner | alexa yo soy holandés y vivo en jávea cuál es capital de países bajos | NL
learner | alexa por favor capital de reino unido cómo se dice | GB
code-switch | collons alexa la capital de tailandia quina és digo cuál es | TH
code-switch | xe alexa la capital de filipines de filipinas vull dir | PH
trailing-words | la capital de singapur quina es nano | SG
follow-up | y la de malasia xiquet | MY
yes-no-check | la capital de tailandia és bangkok o no | TH
self-correction | dime la capital de camboya ay no de laos | LA
# Madrid: a Rastro stall on a Sunday, Vallecas and a Rayo game, the line six of the Metro, a kiosk, a Usera bakery run by a Chinese family ("chaval", "tronco", "mazo", "qué pasa")
leading-filler | qué pasa tronco cuál es la capital {} | de argentina=AR; de chile=CL; de perú=PE
leading-filler | chaval dime la capital {} | de venezuela=VE; de ecuador=EC; de colombia=CO
situation | en el rastro un señor vende un mapa antiguo y me pregunta la capital {} | de etiopía=ET; de eritrea=ER; de yibuti=DJ
situation | en el fondo de vallecas antes del partido del rayo uno pregunta la capital {} | de somalia=SO; de kenia=KE; de uganda=UG
situation | en la línea seis del metro dos chavales discuten la capital {} | de tanzania=TZ; de ruanda=RW; de burundi=BI
teen | tía la capital de mongolia cuál es que no me sale | MN
teen | en plan alexa sabes la capital de kazajistán mazo rara | KZ
teen | oye alexa rápido la capital de uzbekistán que estoy en un trivial | UZ
child | alexa mi mamá dice que la capital de china es pekín y mi abuelo dice beijing cuál es | CN
child | alexa en el cole me han preguntado la capital de taiwán | TW
learner | alexa hola yo de china vivir usera dime capital de corea del sur | KR
trailing-words | la capital de kirguistán cuál era chaval | KG
follow-up | y la de tayikistán tronco | TJ
follow-up | y turkmenistán | TM
yes-no-check | alexa la capital de kazajistán era astaná o almaty | KZ
self-correction | la capital de uzbekistán bueno no quería decir turkmenistán | TM
# Toledo and La Mancha: a marzipan shop, the Valdepeñas grape harvest, a Puertollano refinery, an elder in Almagro ("zagal", "ea", "ande", "pos")
situation | en la vendimia de valdepeñas en el remolque el tractorista pregunta la capital {} | de georgia el país=GE; de armenia=AM; de azerbaiyán=AZ
situation | en la tienda de mazapán de toledo una turista pregunta la capital {} | de canadá=CA; de estados unidos=US; de méxico=MX
elder | ande zagal la capital de cuba que allí se fue mi tío a hacer las américas | CU
elder | pos la capital de la república dominicana que de allí es la muchacha que me cuida | DO
elder | ea alexa la capital de venezuela que tengo familia en caracas o eso creo | VE
child | alexa el zagal pregunta la capital de jamaica | JM
polite-request | alexa si eres tan amable dime la capital de haití | HT
direct | la capital de guatemala | GT
direct | qué capital tiene honduras | HN
direct | cuál es la capital de el salvador | SV
follow-up | y la de nicaragua | NI
follow-up | y de costa rica | CR
follow-up | y la de panamá zagal | PA
yes-no-check | es tegucigalpa la capital de honduras | HN
yes-no-check | la capital de nicaragua es león verdad | NI
self-correction | la capital de panamá digo de costa rica | CR
# A lorry drivers' café on the A-4 at Despeñaperros, a Guardia Civil barracks quiz, a hospital waiting room in Badajoz
situation | en el bar de camioneros de despeñaperros un portugués pregunta la capital {} | de eslovenia=SI; de croacia=HR; de serbia=RS
situation | en la sala de espera de urgencias para pasar el rato la capital {} | de montenegro=ME; de albania=AL; de macedonia del norte=MK
situation | el concurso de la feria del pueblo pregunta la capital {} | de bosnia y herzegovina=BA; de kosovo=XK; de malta=MT
situation | echando gasoil en el área de servicio mi compañero pregunta la capital {} | de andorra=AD; de san marino=SM; de liechtenstein=LI
polite-request | alexa hazme el favor y dime la capital del vaticano | VA
imperative | dime ya la capital de estonia | EE
imperative | suelta la capital de letonia | LV
imperative | búscame la capital de islandia | IS
# Italian Erasmus students in Valencia learning Spanish ("allora", "cioè", "ma")
learner | allora alexa cuál es la capital de croacia | HR
learner | alexa cioè la capitale la capital de eslovenia | SI
learner | ma alexa cuál es la capital del albania | AL
learner | alexa scusa cuál es la capital de grecia per favore | GR
# Ecuadorians in Murcia and Lorca ("ñaño", "chuta", "achachay", "mande", "ve")
leading-filler | chuta ñaño cuál es la capital {} | de ecuador=EC; de bolivia=BO; de guyana=GY
elder | mande alexa la capital del perú que mi comadre es de allá | PE
code-switch | achachay alexa la capital de surinam ve | SR
trailing-words | la capital de paraguay cuál es ñaño | PY
follow-up | y la del uruguay ñaño | UY
yes-no-check | ve alexa la capital de bolivia es la paz o es sucre | BO
# Family time in Spain: children, grandmothers, a quiz night
child | alexa cuál es la capital de la india | IN
child | alexa cuál es la capital de pakistán que lo tengo de deberes | PK
child | alexa la capital de bangladés cómo se dice | BD
child | alexa alexa la capital del nepal | NP
child | alexa la capital de bután es muy difícil | BT
child | alexa sabes la capital de sri lanka | LK
child | alexa la de las maldivas | MV
elder | hija pregúntale a la alexa la capital de afganistán que lo dicen en el telediario | AF
elder | la capital de myanmar que antes se llamaba birmania | MM
elder | alexa la capital de indonesia que allí estuvo mi hermano en la marina | ID
teen | alexa bro la capital de brunéi | BN
teen | alexa qué fuerte la capital de papúa nueva guinea cuál es | PG
# More es-ES situations for Africa, the Pacific and the Caribbean: a Zaragoza NGO warehouse, a Santander sailing school, a Zaragoza geography olympiad
situation | en el almacén de la ong en zaragoza empaquetando cajas para la capital {} | de mali=ML; de níger=NE; de chad=TD
situation | en la olimpiada de geografía de aragón la primera pregunta es la capital {} | de burkina faso=BF; de senegal=SN; de gambia=GM
situation | en la escuela de vela de santander el monitor pregunta la capital {} | de fiyi=FJ; de samoa=WS; de tonga=TO
situation | esperando el autobús a la facultad en salamanca un compañero quiere saber la capital {} | de guinea=GN; de sierra leona=SL; de liberia=LR
situation | en la peluquería de la plaza la peluquera pregunta la capital {} | de ghana=GH; de togo=TG; de benín=BJ
situation | en la cola del paro en mérida para matar el rato la capital {} | de nigeria=NG; de camerún=CM; de gabón=GA
situation | en la tienda de souvenirs de la alhambra el dependiente pregunta la capital {} | de angola=AO; de namibia=NA; de botsuana=BW
situation | cortando el pelo en la barbería de lavapiés un chaval pregunta la capital {} | de zambia=ZM; de zimbabue=ZW; de malaui=MW
situation | en la cabina del tractor escuchando la radio mi padre pregunta la capital {} | de madagascar=MG; de mauricio=MU; de seychelles=SC
direct | cuál es la capital de las comoras | KM
direct | cuál es la capital de lesoto | LS
direct | la capital de la república centroafricana | CF
direct | cuál es la capital de sudán del sur | SS
direct | cuál es la capital del sudán | SD
direct | capital de guinea ecuatorial | GQ
elder | guinea ecuatorial que antes era española la capital cuál es | GQ
elder | mi marido estuvo en el sáhara en la mili dime la capital del sáhara occidental | EH
polite-request | podrías decirme la capital de vanuatu | VU
polite-request | me harías el favor de decirme la capital de las islas salomón | SB
polite-request | alexa te importaría decirme la capital de kiribati | KI
polite-request | cuál es la capital de tuvalu si me haces el favor | TV
direct | la capital de nauru cuál es | NR
direct | la capital de palaos | PW
direct | cuál es la capital de las islas marshall | MH
direct | micronesia qué capital tiene | FM
imperative | dime la capital de trinidad y tobago | TT
imperative | dime la capital de barbados venga | BB
imperative | venga dime la capital de las bahamas | BS
imperative | dime de una vez la capital de santa lucía | LC
direct | cuál es la capital de granada el país del caribe | GD
direct | la capital de dominica la isla chiquita del caribe | DM
direct | la capital de san vicente y las granadinas | VC
direct | la capital de san cristóbal y nieves | KN
direct | antigua y barbuda qué capital tiene | AG
direct | la capital de belice cuál es | BZ
# everyday and old names, es-ES
everyday-name | la capital de holanda | NL
everyday-name | capital de inglaterra | GB-ENG
everyday-name | alexa la capital de birmania | MM
everyday-name | la capital de persia | IR
everyday-name | cuál es la capital de costa de marfil | CI
everyday-name | la capital de suazilandia | SZ
everyday-name | la capital de rusia blanca | BY
everyday-name | la capital del congo belga | CD
official-name | la capital de la federación de rusia | RU
official-name | la capital del reino de marruecos | MA
official-name | capital de la república helénica | GR
official-name | cuál es la capital de la república islámica de irán | IR
official-name | la capital de la confederación suiza | CH
official-name | la capital del gran ducado de luxemburgo | LU
official-name | la capital del reino hachemita de jordania | JO
official-name | la capital de la república argelina democrática y popular | DZ
# subdivisions and territories, es-ES
subdivision | cuál es la capital de baviera | DE-BY
subdivision | alexa la capital de sajonia | DE-SN
subdivision | la capital de renania del norte westfalia | DE-NW
subdivision | la capital de la columbia británica | CA-BC
subdivision | la capital de quebec | CA-QC
subdivision | la capital de tasmania | AU-TAS
subdivision | la capital de nueva gales del sur | AU-NSW
subdivision | la capital de kerala | IN-KL
subdivision | la capital de goa la de la india | IN-GA
subdivision | la capital de bahía en brasil | BR-BA
subdivision | la capital de río grande del sur | BR-RS
subdivision | la capital de escocia | GB-SCT
subdivision | la capital del país de gales | GB-WLS
territory | la capital de gibraltar | GI
territory | cuál es la capital de las islas feroe | FO
territory | la capital de groenlandia | GL
territory | la capital de la isla de man | IM
territory | la capital de jersey | JE
territory | la capital de guernesey | GG
territory | la capital de las malvinas | FK
territory | la capital de nueva caledonia | NC
territory | la capital de la polinesia francesa | PF
territory | capital de la reunión | RE
territory | la capital de martinica | MQ
territory | la capital de la guayana francesa | GF
territory | cuál es la capital de las islas åland | AX
territory | la capital de svalbard | SJ
# shared names, plurals, reverse questions, es-ES
shared-name | cuál es la capital del congo | CD+CG
shared-name | la capital de corea | KP+KR
shared-name | la capital de georgia | GE+US-GA
shared-name | alexa capital de las islas vírgenes | VG+VI
shared-name | la capital del congo de brazzaville | CG
shared-name | la capital del congo de kinshasa | CD
shared-name | la capital de corea la del norte | KP
shared-name | la capital de georgia la del cáucaso | GE
plural-capitals | cuáles son las capitales de bolivia acho | BO
plural-capitals | dime las dos capitales de los países bajos nano | NL
plural-capitals | las capitales de sudáfrica cuáles son ho | ZA
plural-capitals | qué dos capitales tiene malasia chaval | MY
plural-capitals | benín tiene dos capitales cuáles son | BJ
plural-capitals | dime las capitales de costa de marfil | CI
plural-capitals | cuáles son las capitales de sri lanka tronco | LK
plural-capitals | las dos capitales de esuatini cuáles son | SZ
plural-capitals | cuáles son las capitales de palestina | PS
reverse-question | de qué país es capital lima | CITY:Lima
reverse-question | ulán bator de qué país es la capital | CITY:Ulán Bator
reverse-question | nairobi es capital de qué país | CITY:Nairobi
reverse-question | de dónde es capital tiflis | CITY:Tiflis
reverse-question | canberra es la capital de qué país | CITY:Canberra
reverse-question | alexa montevideo de qué país es capital | CITY:Montevideo
reverse-question | de qué país es capital ereván | CITY:Ereván
reverse-question | bakú es la capital de dónde | CITY:Bakú
yes-no-check | la capital de australia es sídney no | AU
yes-no-check | la capital de turquía es estambul verdad | TR
yes-no-check | es verdad que la capital de brasil es brasilia | BR
yes-no-check | la capital de canadá es toronto o ottawa | CA
yes-no-check | la capital de suiza es zúrich o berna | CH
yes-no-check | es ginebra la capital de suiza | CH
yes-no-check | la capital de marruecos es casablanca | MA
yes-no-check | la capital de nigeria es lagos no | NG
self-correction | la capital de austria perdona de australia | AU
self-correction | la capital de eslovenia no espera de eslovaquia | SK
self-correction | la capital de suecia digo de suiza | CH
self-correction | la capital de irán uy no de irak | IQ
self-correction | la capital de níger mejor dicho de nigeria | NG
self-correction | la capital de guinea no de guinea ecuatorial | GQ
# es-ES help, stop, cancel, launch
help | ho alexa cómo funciona esto de las capitales | HELP
help | acho y esto qué hace | HELP
help | nano qué le puedo preguntar a este juego | HELP
help | a ver qué cosas sabes hacer tú con las capitales | HELP
help | oye cómo se juega a esto | HELP
help | no me entero de cómo va esto ayúdame | HELP
help | alexa explícame cómo te pregunto una capital | HELP
help | qué tengo que decir para que me digas una capital | HELP
help | chaval no sé qué decirle a este trasto ayuda | HELP
help | instrucciones por favor | HELP
stop | ho para ya | STOP
stop | acho calla ya pijo | STOP
stop | bueno ya está nano deja de hablar | STOP
stop | para para para | STOP
stop | alexa cállate que está hablando el abuelo | STOP
stop | se acabó por hoy | STOP
stop | vale ya no quiero más capitales | STOP
stop | apágate | STOP
stop | sal de las capitales | STOP
cancel | cancela eso ho | CANCEL
cancel | nada nada déjalo acho | CANCEL
cancel | olvídalo nano | CANCEL
cancel | anula la pregunta | CANCEL
cancel | no nada me he equivocado cancela | CANCEL
cancel | déjalo estar | CANCEL
cancel | cancela lo que te he pedido | CANCEL
cancel | que no que no cancela | CANCEL
launch | ho alexa abre capitales del mundo | LAUNCH
launch | acho alexa pon lo de las capitales del mundo | LAUNCH
launch | alexa arranca capitales del mundo | LAUNCH
launch | alexa quiero jugar a capitales del mundo | LAUNCH
launch | alexa inicia la skill de capitales del mundo | LAUNCH
launch | alexa abre el juego de las capitales | LAUNCH
# es-ES out-of-domain: requests for something else and near misses (Spanish communities and provinces, capital in other senses)
out-of-domain | cuál es la capital de asturias | FB
out-of-domain | ho la capital del principado cuál ye | FB
out-of-domain | acho cuál es la capital de la región de murcia | FB
out-of-domain | la capital de extremadura es mérida o cáceres | FB
out-of-domain | capital de la comunidad valenciana | FB
out-of-domain | cuál es la capital de la provincia de toledo | FB
out-of-domain | la capital de castilla la mancha | FB
out-of-domain | la capital de la comarca del bierzo | FB
out-of-domain | la capital de la vega baja | FB
out-of-domain | cuál es la capital de la marina alta | FB
out-of-domain | la capital de la huerta de murcia | FB
out-of-domain | capital de la provincia de badajoz | FB
out-of-domain | la capital de la alcarria | FB
out-of-domain | la capital del campo de cartagena | FB
out-of-domain | la capital europea de la cultura de este año | FB
out-of-domain | la capital mundial del libro cuál es | FB
out-of-domain | la capital del jamón ibérico | FB
out-of-domain | cuál es la capital de la sidra | FB
out-of-domain | cuánto capital necesito para montar un bar | FB
out-of-domain | qué es el capital social de una empresa | FB
out-of-domain | quién escribió el capital | FB
out-of-domain | cuáles son los siete pecados capitales | FB
out-of-domain | ponme la canción de la casa de papel | FB
out-of-domain | qué tiempo va a hacer mañana en gijón | FB
out-of-domain | a qué hora juega el sporting | FB
out-of-domain | cómo quedó el rayo | FB
out-of-domain | pon cadena cope | FB
out-of-domain | ponme los cuarenta principales | FB
out-of-domain | apunta leche en la lista de la compra | FB
out-of-domain | enciende la luz del salón | FB
out-of-domain | pon un temporizador de diez minutos para la paella | FB
out-of-domain | cuántos habitantes tiene valencia | FB
out-of-domain | cuál es el río más largo de españa | FB
out-of-domain | qué hora es en buenos aires | FB
out-of-domain | cuánto se tarda de madrid a toledo en coche | FB
out-of-domain | cuál es la moneda de marruecos | FB
out-of-domain | qué idioma se habla en suiza | FB
out-of-domain | cuánto mide la torre eiffel | FB
out-of-domain | cuéntame un chiste de jaimito | FB
out-of-domain | qué día son las fallas | FB
out-of-domain | cuál es la capital de la atlántida | FB
out-of-domain | la capital de narnia | FB
out-of-domain | cuál es la capital de tabarnia | FB
out-of-domain | la capital del imperio austrohúngaro | FB
out-of-domain | la capital de al ándalus | FB
out-of-domain | cuál era la capital de los visigodos | FB
out-of-domain | la capital de la unión soviética | FB
out-of-domain | cuál es la capital de europa | FB
out-of-domain | la capital de áfrica cuál es | FB
out-of-domain | la capital de escandinavia | FB
out-of-domain | la capital de los balcanes | FB
out-of-domain | cuál es la capital de yugoslavia | FB
out-of-domain | la capital de checoslovaquia | FB
out-of-domain | la capital de lanzarote | FB
out-of-domain | la capital de la isla de ibiza | FB
out-of-domain | cuál es la capital del país vasco | FB
out-of-domain | la capital de cataluña | FB
out-of-domain | capital de aragón | FB
out-of-domain | la capital de galicia es santiago | FB
out-of-domain | la capital de navarra | FB
out-of-domain | la capital de cantabria | FB
out-of-domain | la capital de la rioja | FB
out-of-domain | la capital de castilla y león | FB
out-of-domain | la capital de andalucía | FB
out-of-domain | la capital de canarias | FB
out-of-domain | la capital de baleares | FB
out-of-domain | la capital de ceuta | FB
out-of-domain | letra mayúscula se dice capital en inglés | FB
out-of-domain | cómo se escribe capital en inglés | FB
out-of-domain | pon la radio | FB
# ---------------------------------------------------------------- es-MX
# Querétaro: the wine and cheese route, Peña de Bernal, an aerospace plant in El Marqués ("oiga", "fíjese que", "ándele")
leading-filler | oiga alexa cuál es la capital {} | de francia=FR; de españa=ES; de alemania=DE | es-MX
leading-filler | fíjese que no me acuerdo de la capital {} | de inglaterra=GB-ENG; de irlanda=IE; de escocia=GB-SCT | es-MX
situation | en la planta de aviones de el marqués el ingeniero pregunta la capital {} | de canadá=CA; de brasil=BR; de estados unidos=US | es-MX
situation | subiendo la peña de bernal mi compadre quiere saber la capital {} | de italia=IT; de grecia=GR; de portugal=PT | es-MX
elder | ándele mijo la capital de españa que de allá vino mi bisabuelo | ES | es-MX
polite-request | alexa me hace favor de decirme la capital de suecia | SE | es-MX
follow-up | y la de noruega oiga | NO | es-MX
# San Luis Potosí and the Huasteca: Xilitla, a zacahuil stall, Tének speakers ("quiúbole", "ay nanita", "pos")
leading-filler | quiúbole alexa cuál es la capital {} | de guatemala=GT; de belice=BZ; de honduras=HN | es-MX
situation | en el puesto de zacahuil en ciudad valles la señora pregunta la capital {} | de cuba=CU; de haití=HT; de jamaica=JM | es-MX
situation | en las pozas de xilitla un turista pregunta la capital {} | de colombia=CO; de venezuela=VE; de ecuador=EC | es-MX
learner | alexa yo hablo tének poquito español cuál es capital de perú | PE | es-MX
elder | ay nanita la capital de el salvador cuál es | SV | es-MX
trailing-words | la capital de nicaragua cuál es pos | NI | es-MX
# Tamaulipas: Tampico crab stalls, a Reynosa maquila, the Madero beach ("oiga joven", "hijo", "a poco")
leading-filler | hijo alexa cuál es la capital {} | de japón=JP; de china=CN; de corea del sur=KR | es-MX
situation | en la maquila de reynosa a la hora del lonche el supervisor pregunta la capital {} | de tailandia=TH; de vietnam=VN; de filipinas=PH | es-MX
situation | en la playa miramar vendiendo cocos el muchacho pregunta la capital {} | de india=IN; de pakistán=PK; de bangladés=BD | es-MX
yes-no-check | a poco la capital de corea del sur es seúl | KR | es-MX
yes-no-check | oiga joven la capital de filipinas es manila verdad | PH | es-MX
self-correction | la capital de tailandia no me equivoqué de vietnam | VN | es-MX
# Chihuahua: a Ciudad Juárez maquila, Mennonites in Cuauhtémoc learning Spanish, Rarámuri in the Sierra ("nel", "qué pues", "ira")
situation | en la maquila de juárez el de calidad pregunta la capital {} | de texas=US-TX; de nuevo méxico=US-NM; de arizona=US-AZ | es-MX
situation | en el campo de manzanas de cuauhtémoc el menonita pregunta la capital {} | de alemania=DE; de países bajos=NL; de paraguay=PY | es-MX
learner | alexa ich bin menonita yo hablar poco español capital de canadá cuál | CA | es-MX
learner | alexa yo soy rarámuri cuál es la capital de chihuahua | MX-CHH | es-MX
code-switch | qué pues alexa la capital de belice cuál es | BZ | es-MX
trailing-words | la capital de nuevo méxico cuál es ira | US-NM | es-MX
follow-up | nel no esa y la de arizona | US-AZ | es-MX
# Campeche: the walled city, shrimp boats in Ciudad del Carmen ("bomba", "fuchi" avoided; "ay compadre")
situation | en el barco camaronero de ciudad del carmen el capitán pregunta la capital {} | de campeche=MX-CAM; de yucatán=MX-YUC; de quintana roo=MX-ROO | es-MX
situation | en la muralla de campeche una guía pregunta la capital {} | de tabasco=MX-TAB; de chiapas=MX-CHP; de veracruz=MX-VER | es-MX
# Morelos: Cuernavaca, Tepoztlán, a chinelo dance, the sugar cane harvest ("chido", "no inventes")
situation | cortando caña en zacatepec el mayordomo pregunta la capital {} | de morelos=MX-MOR; de guerrero=MX-GRO; del estado de méxico=MX-MEX | es-MX
situation | en el brinco del chinelo en tepoztlán un gringo pregunta la capital {} | de oaxaca=MX-OAX; de puebla=MX-PUE; de tlaxcala=MX-TLA | es-MX
teen | no inventes alexa la capital de hidalgo cuál es | MX-HID | es-MX
teen | alexa qué chido dime la capital de querétaro | MX-QUE | es-MX
# Nayarit and Baja California: Sayulita surf, San Blas, the Ensenada wine valley, Mexicali ("cachanilla", "carnal", "qué rollo")
situation | esperando olas en sayulita un surfista pregunta la capital {} | de nayarit=MX-NAY; de jalisco=MX-JAL; de colima=MX-COL | es-MX
situation | en la vendimia del valle de guadalupe el enólogo pregunta la capital {} | de baja california=MX-BCN; de baja california sur=MX-BCS; de sonora=MX-SON | es-MX
code-switch | qué rollo carnal alexa la capital de california | US-CA | es-MX
elder | yo soy cachanilla de mexicali de toda la vida dígame la capital de nevada | US-NV | es-MX
trailing-words | la capital de sinaloa cuál es carnal | MX-SIN | es-MX
# Mexico City: the Central de Abasto at dawn, the Iztapalapa Passion play, a Tepito stall ("qué transa", "aguas", "chamba", "ni modo")
situation | en la central de abasto descargando jitomate el diablero pregunta la capital {} | de michoacán=MX-MIC; de guanajuato=MX-GUA; de zacatecas=MX-ZAC | es-MX
situation | en la pasión de iztapalapa uno de los romanos pregunta la capital {} | de israel=IL; de egipto=EG; de siria=SY | es-MX
situation | en el puesto de tepito el de los tenis pregunta la capital {} | de aguascalientes=MX-AGU; de durango=MX-DUR; de coahuila=MX-COA | es-MX
leading-filler | qué transa alexa la capital {} | de nuevo león=MX-NLE; de tamaulipas=MX-TAM; de san luis potosí=MX-SLP | es-MX
code-switch | aguas alexa dime la capital de rusia | RU | es-MX
elder | ni modo mijo pregúntale tú a la alexa la capital de ucrania | UA | es-MX
# Mexican grandmothers, children and teenagers
child | alexa cuál es la capital de méxico | MX | es-MX
child | alexa mi maestra dijo que la capital de australia es sídney está bien | AU | es-MX
child | alexa la capital de egipto donde están las pirámides | EG | es-MX
child | alexa dime la capital de sudáfrica porfa | ZA | es-MX
child | alexa la capital de kenia donde hay leones | KE | es-MX
child | alexa porfis la capital de nueva zelanda | NZ | es-MX
teen | alexa neta cuál es la capital de argentina | AR | es-MX
teen | alexa tengo examen de geo mañana la capital de chile | CL | es-MX
teen | alexa la capital de uruguay rapidito | UY | es-MX
elder | alexa hágame el favor la capital de bolivia | BO | es-MX
elder | mi hija vive en dinamarca cuál es la capital de allá | DK | es-MX
elder | la capital de los estados unidos mexicanos cuál es | MX | es-MX
# es-MX other ways
direct | cuál es la capital de marruecos | MA | es-MX
direct | capital de argelia | DZ | es-MX
direct | la capital de túnez | TN | es-MX
direct | cuál es la capital de libia | LY | es-MX
direct | cuál es la capital de etiopía | ET | es-MX
direct | la capital de nigeria | NG | es-MX
direct | la capital de ghana | GH | es-MX
direct | cuál es la capital de senegal | SN | es-MX
polite-request | alexa por favor dime la capital de costa rica | CR | es-MX
polite-request | alexa me podrías decir la capital de panamá | PA | es-MX
polite-request | disculpa alexa la capital de república dominicana | DO | es-MX
polite-request | alexa me dice la capital de puerto rico por favor | PR | es-MX
imperative | dime la capital de islandia órale | IS | es-MX
imperative | búscame la capital de finlandia | FI | es-MX
imperative | dime rápido la capital de polonia | PL | es-MX
imperative | dime la capital de turquía | TR | es-MX
hesitation | este eh la capital de de irán | IR | es-MX
hesitation | este la capital de mmm afganistán | AF | es-MX
hesitation | eh este cuál es la capital de arabia saudita | SA | es-MX
hesitation | la capital de este cómo se llama de indonesia | ID | es-MX
follow-up | y la de malasia | MY | es-MX
follow-up | ahora la de singapur | SG | es-MX
follow-up | órale y la de camboya | KH | es-MX
follow-up | y qué tal la de laos | LA | es-MX
follow-up | y mongolia qué | MN | es-MX
follow-up | y la de nepal oiga | NP | es-MX
yes-no-check | la capital de brasil es río de janeiro verdad | BR | es-MX
yes-no-check | es quito la capital de ecuador | EC | es-MX
yes-no-check | la capital de bolivia es santa cruz | BO | es-MX
yes-no-check | la capital de colombia es medellín o bogotá | CO | es-MX
yes-no-check | la capital de venezuela es maracaibo no | VE | es-MX
yes-no-check | oiga la capital de estados unidos es nueva york | US | es-MX
yes-no-check | la capital de india es nueva delhi | IN | es-MX
self-correction | la capital de guatemala digo de honduras | HN | es-MX
self-correction | la capital de paraguay no perdón uruguay | UY | es-MX
self-correction | la capital de sonora ay no de sinaloa | MX-SIN | es-MX
self-correction | la capital de perú no mejor dicho de chile | CL | es-MX
self-correction | capital de austria bueno de hungría | HU | es-MX
self-correction | la capital de dinamarca no espérate de noruega | NO | es-MX
# es-MX names, plurals, reverse questions, subdivisions
shared-name | oiga cuál es la capital de corea | KP+KR | es-MX
shared-name | la capital de georgia no sé cuál georgia | GE+US-GA | es-MX
shared-name | alexa la capital del congo porfa | CD+CG | es-MX
shared-name | la capital de las coreas | KP+KR | es-MX
shared-name | la capital de georgia el estado gringo | US-GA | es-MX
shared-name | la capital de la república democrática del congo | CD | es-MX
shared-name | la capital de las islas vírgenes británicas | VG | es-MX
plural-capitals | cuáles son las capitales de bolivia oiga | BO | es-MX
plural-capitals | alexa dime las capitales de holanda | NL | es-MX
plural-capitals | qué capitales tiene sudáfrica mijo | ZA | es-MX
plural-capitals | las capitales de malasia cuáles son | MY | es-MX
plural-capitals | cuáles son las dos capitales de benín | BJ | es-MX
plural-capitals | las capitales de costa de marfil porfa | CI | es-MX
plural-capitals | cuáles son las dos capitales de sri lanka | LK | es-MX
plural-capitals | cuántas y cuáles capitales tiene suazilandia | SZ | es-MX
plural-capitals | dime las capitales de palestina | PS | es-MX
reverse-question | de qué país es capital tegucigalpa | CITY:Tegucigalpa | es-MX
reverse-question | managua de qué país es | CITY:Managua | es-MX
reverse-question | oiga quito es la capital de qué país | CITY:Quito | es-MX
reverse-question | de qué país es la capital asunción | CITY:Asunción | es-MX
reverse-question | alexa de qué país es capital la habana | CITY:La Habana | es-MX
reverse-question | puerto príncipe es capital de qué país | CITY:Puerto Príncipe | es-MX
reverse-question | de qué estado es capital hermosillo | CITY:Hermosillo | es-MX
reverse-question | culiacán es capital de qué estado | CITY:Culiacán | es-MX
official-name | la capital de la república bolivariana de venezuela | VE | es-MX
official-name | la capital de la república oriental del uruguay | UY | es-MX
official-name | la capital de la república popular china | CN | es-MX
official-name | la capital de la república francesa | FR | es-MX
official-name | la capital de la república de corea | KR | es-MX
official-name | capital de los estados unidos de américa | US | es-MX
official-name | cuál es la capital de la república italiana | IT | es-MX
everyday-name | la capital de gringolandia | US | es-MX
everyday-name | la capital del gabacho | US | es-MX
everyday-name | la capital de la madre patria | ES | es-MX
everyday-name | la capital de inglaterra oiga | GB-ENG | es-MX
everyday-name | capital de corea del norte | KP | es-MX
everyday-name | la capital de rodesia | ZW | es-MX
subdivision | cuál es la capital de yucatán | MX-YUC | es-MX
subdivision | la capital de oaxaca | MX-OAX | es-MX
subdivision | la capital de guerrero | MX-GRO | es-MX
subdivision | la capital de chiapas cuál es | MX-CHP | es-MX
subdivision | la capital del estado de méxico | MX-MEX | es-MX
subdivision | la capital de quintana roo es cancún | MX-ROO | es-MX
subdivision | la capital de veracruz es veracruz o xalapa | MX-VER | es-MX
subdivision | capital de jalisco | MX-JAL | es-MX
subdivision | la capital de baja california es tijuana verdad | MX-BCN | es-MX
subdivision | la capital de tabasco | MX-TAB | es-MX
subdivision | la capital de nuevo león | MX-NLE | es-MX
subdivision | la capital de michoacán | MX-MIC | es-MX
subdivision | cuál es la capital de texas | US-TX | es-MX
subdivision | la capital de ontario | CA-ON | es-MX
subdivision | la capital de alberta | CA-AB | es-MX
territory | la capital de hong kong | HK | es-MX
territory | cuál es la capital de puerto rico | PR | es-MX
territory | la capital de las islas caimán | KY | es-MX
territory | la capital de guam | GU | es-MX
territory | la capital de aruba | AW | es-MX
territory | la capital de curazao | CW | es-MX
territory | la capital de bermudas | BM | es-MX
territory | la capital de las islas turcas y caicos | TC | es-MX
# es-MX help, stop, cancel, launch
help | alexa ayúdame oiga cómo se usa esto | HELP | es-MX
help | qué onda cómo le hago para preguntarte | HELP | es-MX
help | no le entiendo a esto me explicas | HELP | es-MX
help | cómo funciona este jueguito de capitales | HELP | es-MX
help | mande qué le pregunto | HELP | es-MX
help | alexa qué puedo hacer aquí ayuda | HELP | es-MX
help | oye pues cómo es esto | HELP | es-MX
help | me ayudas con las instrucciones | HELP | es-MX
help | qué cosas te puedo preguntar oiga | HELP | es-MX
stop | ya estuvo alexa | STOP | es-MX
stop | ya párale | STOP | es-MX
stop | ya cállate porfa | STOP | es-MX
stop | nel ya no quiero | STOP | es-MX
stop | ya bájale alexa | STOP | es-MX
stop | sálte de las capitales | STOP | es-MX
stop | ahí muere | STOP | es-MX
stop | ya no más gracias | STOP | es-MX
stop | órale ya detente | STOP | es-MX
cancel | cancélalo | CANCEL | es-MX
cancel | no mejor no cancela | CANCEL | es-MX
cancel | olvídalo oiga | CANCEL | es-MX
cancel | nel cancela eso | CANCEL | es-MX
cancel | ahí déjalo cancela | CANCEL | es-MX
cancel | cancela la pregunta porfa | CANCEL | es-MX
cancel | no nada cancélale | CANCEL | es-MX
cancel | mejor ya no cancela todo | CANCEL | es-MX
launch | alexa abre capitales del mundo porfa | LAUNCH | es-MX
launch | alexa ponme capitales del mundo | LAUNCH | es-MX
launch | oiga alexa abra capitales del mundo | LAUNCH | es-MX
launch | alexa échate capitales del mundo | LAUNCH | es-MX
launch | alexa juguemos capitales del mundo | LAUNCH | es-MX
launch | alexa inicia capitales del mundo | LAUNCH | es-MX
# es-MX out-of-domain
out-of-domain | cuál es la capital de la huasteca | FB | es-MX
out-of-domain | la capital de la comarca lagunera | FB | es-MX
out-of-domain | cuál es la capital del bajío | FB | es-MX
out-of-domain | la capital de la sierra tarahumara | FB | es-MX
out-of-domain | cuál es la capital de la riviera maya | FB | es-MX
out-of-domain | la capital de la mixteca | FB | es-MX
out-of-domain | la capital del istmo de tehuantepec | FB | es-MX
out-of-domain | la capital de la tierra caliente | FB | es-MX
out-of-domain | cuál es la capital de aztlán | FB | es-MX
out-of-domain | la capital del imperio azteca | FB | es-MX
out-of-domain | la capital de la nueva españa | FB | es-MX
out-of-domain | la capital mundial del tequila | FB | es-MX
out-of-domain | la capital del mariachi | FB | es-MX
out-of-domain | cuál es la capital del mole | FB | es-MX
out-of-domain | la capital de la cerveza | FB | es-MX
out-of-domain | cuál es la capital del municipio de ecatepec | FB | es-MX
out-of-domain | la capital de la alcaldía iztapalapa | FB | es-MX
out-of-domain | cuál es la capital de centroamérica | FB | es-MX
out-of-domain | la capital de latinoamérica | FB | es-MX
out-of-domain | la capital del caribe | FB | es-MX
out-of-domain | cuánto está el dólar hoy | FB | es-MX
out-of-domain | pon música de banda | FB | es-MX
out-of-domain | ponme a los tigres del norte | FB | es-MX
out-of-domain | cómo quedaron las chivas | FB | es-MX
out-of-domain | va a llover en querétaro | FB | es-MX
out-of-domain | cuánto es doce por ocho | FB | es-MX
out-of-domain | cómo se hace el pozole | FB | es-MX
out-of-domain | qué día cae el día de muertos | FB | es-MX
out-of-domain | dime un chiste de pepito | FB | es-MX
out-of-domain | cuál es el volcán más alto de méxico | FB | es-MX
out-of-domain | cuántos estados tiene méxico | FB | es-MX
out-of-domain | quién es el presidente de méxico | FB | es-MX
out-of-domain | qué hora es en tijuana | FB | es-MX
out-of-domain | prende la tele | FB | es-MX
out-of-domain | pídeme un uber | FB | es-MX
out-of-domain | abre spotify | FB | es-MX
out-of-domain | cuánto cuesta la tortilla | FB | es-MX
out-of-domain | cómo se dice capital en inglés | FB | es-MX
out-of-domain | qué es el capital de trabajo | FB | es-MX
out-of-domain | cuánto capital necesito para abrir una taquería | FB | es-MX
out-of-domain | capital humano qué significa | FB | es-MX
out-of-domain | qué es la pena capital | FB | es-MX
# ---------------------------------------------------------------- es-US
# Bolivians in Arlington and Falls Church, Virginia: a salteña shop, a Gran Poder dance group ("ya pues", "no ve", "oye pues")
leading-filler | oye pues alexa la capital {} | de virginia=US-VA; de maryland=US-MD; de delaware=US-DE | es-US
situation | en la salteñería de arlington el cajero pregunta la capital {} | de bolivia=BO; de perú=PE; de chile=CL | es-US
situation | ensayando la morenada para el gran poder de virginia uno pregunta la capital {} | de virginia occidental=US-WV; de pensilvania=US-PA; de carolina del norte=US-NC | es-US
trailing-words | la capital de paraguay cuál es no ve | PY | es-US
elder | ya pues alexa la capital de bolivia es sucre o la paz dime | BO | es-US
follow-up | y la de argentina ya pues | AR | es-US
# Chileans in Miami and Fort Lauderdale ("cachai", "po", "al tiro", "weón" softened)
leading-filler | oye alexa al tiro la capital {} | de nueva zelanda=NZ; de australia=AU; de fiyi=FJ | es-US
situation | en la picada chilena de fort lauderdale el de las empanadas pregunta la capital {} | de uruguay=UY; de argentina=AR; de ecuador=EC | es-US
trailing-words | la capital de chile es santiago cierto po | CL | es-US
code-switch | alexa cachai la capital de australia | AU | es-US
teen | alexa weón la capital de nueva zelanda po | NZ | es-US
# Argentines and Uruguayans in Miami and Doral ("che", "mirá", "dale", "decime")
leading-filler | che alexa decime la capital {} | de italia=IT; de croacia=HR; de armenia=AM | es-US
situation | en la parrilla de doral el asador pregunta la capital {} | de uruguay=UY; de paraguay=PY; de brasil=BR | es-US
code-switch | mirá alexa la capital de las malvinas | FK | es-US
elder | dale alexa decime la capital del líbano que mi abuelo era libanés | LB | es-US
follow-up | y la de siria che | SY | es-US
# Costa Ricans in New Jersey and Panamanians in Brooklyn ("mae", "pura vida", "tuanis", "xopá", "chuzo", "ayala")
leading-filler | mae decime la capital {} | de costa rica=CR; de panamá=PA; de nicaragua=NI | es-US
leading-filler | xopá alexa cuál es la capital {} | de colombia=CO; de venezuela=VE; de trinidad y tobago=TT | es-US
situation | en el desfile panameño de brooklyn un muchacho pregunta la capital {} | de jamaica=JM; de barbados=BB; de granada=GD | es-US
code-switch | chuzo alexa la capital de santa lucía | LC | es-US
trailing-words | la capital de belice cuál es mae | BZ | es-US
yes-no-check | mae la capital de costa rica es san josé verdad | CR | es-US
yes-no-check | ayala la capital de panamá es colón o no | PA | es-US
# New Mexico Hispanos: Chimayó, a Santa Fe feast day, an Albuquerque elder ("ey", "ya mero", "asina", "truje")
elder | ey alexa asina me dijo mi jita que tú sabes la capital de nuevo méxico | US-NM | es-US
elder | ya mero se me olvida la capital de colorado cuál es | US-CO | es-US
elder | truje a mi nieto pa que le digas la capital de utah | US-UT | es-US
situation | en la fiesta de santa fe la mayordoma pregunta la capital {} | de nuevo méxico=US-NM; de oklahoma=US-OK; de kansas=US-KS | es-US
# Mexicans in Alaska canneries, Idaho dairies and the Immokalee tomato fields
situation | en la enlatadora de salmón en alaska el de la línea pregunta la capital {} | de alaska=US-AK; de washington=US-WA; de oregón=US-OR | es-US
situation | ordeñando en la lechería de twin falls el patrón pregunta la capital {} | de idaho=US-ID; de montana=US-MT; de wyoming=US-WY | es-US
situation | en el tomatal de immokalee el mayordomo pregunta la capital {} | de florida=US-FL; de alabama=US-AL; de misisipi=US-MS | es-US
situation | en la troca de regreso del fil mi compa quiere saber la capital {} | de luisiana=US-LA; de arkansas=US-AR; de tennessee=US-TN | es-US
situation | en la radio de phoenix un radioescucha pregunta la capital {} | de dakota del norte=US-ND; de dakota del sur=US-SD; de minnesota=US-MN | es-US
situation | en la base de fort bliss el sargento pregunta la capital {} | de kentucky=US-KY; de ohio=US-OH; de míchigan=US-MI | es-US
situation | en la parroquia de atlanta la catequista pregunta la capital {} | de carolina del sur=US-SC; de misuri=US-MO; de hawái=US-HI | es-US
situation | en el lavado de carros de boston un muchacho pregunta la capital {} | de massachusetts=US-MA; de connecticut=US-CT; de rhode island=US-RI | es-US
situation | en el restaurante de vermont lavando platos el cocinero pregunta la capital {} | de vermont=US-VT; de nuevo hampshire=US-NH; de maine=US-ME | es-US
situation | en el rancho de borregos de utah el pastor peruano pregunta la capital {} | de nevada=US-NV; de wisconsin=US-WI; de illinois=US-IL | es-US
# Miami Spanglish teenagers, a GED class, a citizenship class
teen | alexa bro what's la capital de nueva jersey | US-NJ | es-US
teen | alexa like literally cuál es la capital de nueva york | US-NY | es-US
teen | alexa okay so la capital de california is sacramento right | US-CA | es-US
teen | alexa i need la capital de indiana for my homework | US-IN | es-US
teen | alexa wait cuál es la capital de iowa | US-IA | es-US
teen | alexa la capital de nebraska bro | US-NE | es-US
learner | alexa i'm learning spanish cuál es la capital de francia | FR | es-US
learner | alexa la capital de alemania es berlín yes | DE | es-US
learner | hola alexa yo quiero saber capital de rusia | RU | es-US
learner | alexa dónde es la capital de japón | JP | es-US
learner | alexa mi clase de ciudadanía pregunta la capital de estados unidos | US | es-US
learner | alexa para el examen de ciudadanía cuál es la capital de mi estado texas | US-TX | es-US
polite-request | alexa por favorcito la capital de georgia el estado | US-GA | es-US
polite-request | alexa sería tan amable de decirme la capital de kansas | US-KS | es-US
imperative | dame la capital de washington el estado | US-WA | es-US
imperative | alexa tírame la capital de arizona | US-AZ | es-US
direct | cuál es la capital de washington dc | US-DC | es-US
direct | la capital de oklahoma | US-OK | es-US
hesitation | um la capital de de pensilvania | US-PA | es-US
hesitation | eh how do you say la capital de carolina del norte | US-NC | es-US
follow-up | y la de carolina del sur | US-SC | es-US
follow-up | okay y la de virginia | US-VA | es-US
follow-up | and what about maryland | US-MD | es-US
yes-no-check | la capital de nueva york es nueva york verdad | US-NY | es-US
yes-no-check | la capital de florida es miami | US-FL | es-US
yes-no-check | la capital de illinois es chicago o springfield | US-IL | es-US
yes-no-check | es austin la capital de texas | US-TX | es-US
yes-no-check | la capital de nevada es las vegas right | US-NV | es-US
yes-no-check | la capital de california es los ángeles | US-CA | es-US
self-correction | la capital de iowa no wait de ohio | US-OH | es-US
self-correction | la capital de dakota del norte perdón del sur | US-SD | es-US
self-correction | la capital de virginia no virginia occidental | US-WV | es-US
self-correction | la capital de misisipi digo de misuri | US-MO | es-US
self-correction | la capital de maine i mean de vermont | US-VT | es-US
# Cubans, Puerto Ricans and Dominicans elders and children in Florida and New York, in new situations: a botánica, a Bronx laundromat, a Hialeah bakery
situation | en la lavandería del bronx una doña pregunta la capital {} | de república dominicana=DO; de haití=HT; de cuba=CU | es-US
situation | en la panadería de hialeah esperando los pastelitos mi abuela pregunta la capital {} | de españa=ES; de francia=FR; de portugal=PT | es-US
elder | mi amor pregúntale a la alexa la capital de puerto rico | PR | es-US
child | alexa what is the capital de méxico en español | MX | es-US
child | alexa mi teacher quiere la capital de canadá | CA | es-US
child | alexa la capital de china please | CN | es-US
child | alexa sabes la capital de egipto | EG | es-US
child | alexa cuál es la capital de etiopía mi papá es de ahí | ET | es-US
# es-US names, plurals, reverse questions, territories
shared-name | la capital de georgia where i live | US-GA | es-US
shared-name | alexa la capital de georgia el país de europa | GE | es-US
shared-name | cuál es la capital de los dos congos | CD+CG | es-US
shared-name | la capital de corea del sur | KR | es-US
shared-name | la capital de ambas coreas | KP+KR | es-US
shared-name | capital de las islas vírgenes americanas | VI | es-US
shared-name | la capital de las islas vírgenes bro | VG+VI | es-US
shared-name | georgia capital en español | GE+US-GA | es-US
plural-capitals | cuáles son las capitales de bolivia ya pues | BO | es-US
plural-capitals | mae qué capitales tiene holanda | NL | es-US
plural-capitals | alexa the capitals of south africa en español | ZA | es-US
plural-capitals | che cuáles son las capitales de malasia | MY | es-US
plural-capitals | las capitales de benín cuáles son | BJ | es-US
plural-capitals | dime las dos capitales de costa de marfil | CI | es-US
plural-capitals | y sri lanka qué capitales tiene | LK | es-US
plural-capitals | las capitales de esuatini | SZ | es-US
plural-capitals | cuáles son las capitales de palestina xopá | PS | es-US
reverse-question | de qué país es capital kingston | CITY:Kingston | es-US
reverse-question | santo domingo es la capital de qué país | CITY:Santo Domingo | es-US
reverse-question | bogotá de qué país es capital | CITY:Bogotá | es-US
reverse-question | sacramento es capital de qué estado | CITY:Sacramento | es-US
reverse-question | de qué estado es capital tallahassee | CITY:Tallahassee | es-US
reverse-question | alexa albany es capital de qué | CITY:Albany | es-US
reverse-question | de qué país es la capital caracas | CITY:Caracas | es-US
official-name | la capital de la república dominicana | DO | es-US
official-name | la capital de los estados unidos mexicanos | MX | es-US
official-name | la capital del reino unido de gran bretaña e irlanda del norte | GB | es-US
official-name | la capital del estado libre asociado de puerto rico | PR | es-US
official-name | la capital de la república de cuba | CU | es-US
everyday-name | la capital de borinquen | PR | es-US
everyday-name | la capital de quisqueya | DO | es-US
everyday-name | la capital de gringolandia bro | US | es-US
everyday-name | capital de la florida | US-FL | es-US
everyday-name | la capital de la isla del encanto | PR | es-US
territory | la capital de samoa americana | AS | es-US
territory | cuál es la capital de las marianas del norte | MP | es-US
territory | la capital de las islas vírgenes de estados unidos | VI | es-US
territory | la capital de macao | MO | es-US
territory | la capital de curazao mae | CW | es-US
territory | la capital de la antártida | AQ | es-US
territory | la capital de anguila | AI | es-US
territory | la capital de montserrat | MS | es-US
territory | cuál es la capital de san martín la parte francesa | MF | es-US
territory | la capital de guadalupe la isla | GP | es-US
# es-US help, stop, cancel, launch
help | alexa help en español cómo funciona esto | HELP | es-US
help | how do i use this en español | HELP | es-US
help | mae cómo le pregunto las capitales | HELP | es-US
help | che y esto cómo se usa | HELP | es-US
help | ayúdame con el juego de las capitales please | HELP | es-US
help | qué opciones tengo | HELP | es-US
help | no entiendo qué tengo que hacer | HELP | es-US
help | explícame el juego ya pues | HELP | es-US
help | xopá qué hago aquí | HELP | es-US
help | necesito ayuda con esto | HELP | es-US
stop | alexa stop ya | STOP | es-US
stop | ya para mae | STOP | es-US
stop | che pará | STOP | es-US
stop | okay ya terminamos | STOP | es-US
stop | alexa shut up ya | STOP | es-US
stop | ya no más bro | STOP | es-US
stop | cierra capitales del mundo | STOP | es-US
stop | termina el juego | STOP | es-US
stop | ya pues basta | STOP | es-US
cancel | cancel eso | CANCEL | es-US
cancel | nevermind cancela | CANCEL | es-US
cancel | che cancelá | CANCEL | es-US
cancel | no no cancela please | CANCEL | es-US
cancel | olvídate de eso mae | CANCEL | es-US
cancel | cancela lo último | CANCEL | es-US
cancel | ya pues cancela nomás | CANCEL | es-US
cancel | borra eso cancela | CANCEL | es-US
launch | alexa open capitales del mundo | LAUNCH | es-US
launch | alexa abre capitales del mundo mae | LAUNCH | es-US
launch | alexa start capitales del mundo | LAUNCH | es-US
launch | alexa vamos a jugar capitales del mundo | LAUNCH | es-US
launch | alexa abrí capitales del mundo | LAUNCH | es-US
launch | alexa pon capitales del mundo en español | LAUNCH | es-US
# es-US out-of-domain
out-of-domain | cuál es la capital del condado de miami dade | FB | es-US
out-of-domain | la capital del bronx | FB | es-US
out-of-domain | cuál es la capital de long island | FB | es-US
out-of-domain | la capital de nueva inglaterra | FB | es-US
out-of-domain | la capital del medio oeste | FB | es-US
out-of-domain | cuál es la capital de la confederación | FB | es-US
out-of-domain | la capital del valle de san joaquín | FB | es-US
out-of-domain | cuál es la capital de silicon valley | FB | es-US
out-of-domain | la capital de la pequeña habana | FB | es-US
out-of-domain | cuál es la capital del altiplano | FB | es-US
out-of-domain | la capital de la patagonia | FB | es-US
out-of-domain | cuál es la capital de cochabamba | FB | es-US
out-of-domain | la capital de la provincia de guanacaste | FB | es-US
out-of-domain | la capital de la región de valparaíso | FB | es-US
out-of-domain | la capital del departamento de antioquia | FB | es-US
out-of-domain | cuál es la capital de la comarca guna yala | FB | es-US
out-of-domain | la capital de la provincia de buenos aires | FB | es-US
out-of-domain | cuál es la capital de tierra del fuego | FB | es-US
out-of-domain | la capital de la gran colombia | FB | es-US
out-of-domain | la capital del imperio inca | FB | es-US
out-of-domain | la capital de las provincias unidas de centroamérica | FB | es-US
out-of-domain | la capital de la salsa | FB | es-US
out-of-domain | la capital mundial del entretenimiento | FB | es-US
out-of-domain | capital one pagar mi tarjeta | FB | es-US
out-of-domain | cuánto debo en mi tarjeta capital one | FB | es-US
out-of-domain | what's the weather en houston | FB | es-US
out-of-domain | pon reggaetón | FB | es-US
out-of-domain | llama a mi mamá | FB | es-US
out-of-domain | cuánto es el salario mínimo en florida | FB | es-US
out-of-domain | cómo saco la licencia de manejar | FB | es-US
out-of-domain | cuándo es el super bowl | FB | es-US
out-of-domain | traduce capital al inglés | FB | es-US
out-of-domain | cuántos estados tiene estados unidos | FB | es-US
out-of-domain | quién fue el primer presidente | FB | es-US
out-of-domain | qué hora es en santiago de chile | FB | es-US
out-of-domain | cuál es la bandera de panamá | FB | es-US
out-of-domain | cuál es el himno de costa rica | FB | es-US
out-of-domain | ponme la novela | FB | es-US
out-of-domain | set an alarm para las seis | FB | es-US
out-of-domain | cuál es la capital de mi corazón | FB | es-US
out-of-domain | cómo se hacen las salteñas | FB | es-US
out-of-domain | qué es capital gains tax | FB | es-US
# ---------------------------------------------------------------- second batch
# es-ES: a Cáceres old-town guide, a Gijón shipyard retiree, a Murcian school bus, a Valencian grandmother
elder | la capital de austria la de los valses de año nuevo | AT
situation | en la parada del autobús escolar de molina de segura un crío pregunta la capital {} | de austria=AT; de hungría=HU; de rumanía=RO
situation | en la visita guiada de cáceres un jubilado alemán pregunta la capital {} | de austria=AT; de eslovaquia=SK; de chequia=CZ
elder | ay xiquet la capital de italia que allí fue el papa | IT
elder | nena la capital de francia que yo fui de viaje de novios | FR
elder | el astillero de gijón cerró hace mucho dime la capital de noruega que allí íbamos con los barcos | NO
teen | alexa sin rayarte cuál es la capital de irlanda | IE
teen | mazo fácil alexa la capital de portugal | PT
child | alexa mi hermano dice que la capital de japón es kioto y no es verdad | JP
child | alexa cómo se llama la capital de rusia | RU
trailing-words | la capital de chipre cuál es zagal | CY
trailing-words | la capital de georgia la del vino y el cáucaso | GE
hesitation | pues eh la capital de de de argelia | DZ
hesitation | mmm la capital de esto mauritania | MR
code-switch | alexa digues la capital de suècia vull dir de suecia | SE
code-switch | home alexa la capital de dinamarca sisplau | DK
subdivision | la capital de turingia | DE-TH
subdivision | la capital de hesse | DE-HE
subdivision | la capital de baja sajonia | DE-NI
subdivision | la capital de queensland | AU-QLD
subdivision | la capital de australia occidental | AU-WA
subdivision | la capital de terranova | CA-NL
subdivision | la capital de manitoba | CA-MB
subdivision | la capital de punyab | IN-PB
subdivision | la capital de rajastán | IN-RJ
subdivision | la capital de minas gerais | BR-MG
subdivision | la capital de pernambuco | BR-PE
subdivision | la capital de irlanda del norte | GB-NIR
out-of-domain | cuál es la capital del concejo de siero | FB
out-of-domain | la capital de la tierra de barros | FB
out-of-domain | la capital de la safor | FB
out-of-domain | la capital del maestrazgo | FB
out-of-domain | la capital de la sierra de gata | FB
out-of-domain | la capital de la ribera del duero | FB
out-of-domain | cuál es la capital de la costa blanca | FB
out-of-domain | la capital de la manga del mar menor | FB
out-of-domain | cuál es la capital de la cuenca minera | FB
out-of-domain | la capital mundial de la paella | FB
out-of-domain | cuál es la capital del marisco | FB
out-of-domain | la capital del reino de asturias | FB
out-of-domain | la capital del reino de valencia | FB
out-of-domain | cuál es la capital de la hispania romana | FB
out-of-domain | pon el partido del sporting en la tele | FB
out-of-domain | a cuántos grados estamos en murcia | FB
out-of-domain | qué farmacia está de guardia | FB
out-of-domain | pon la misa de la dos | FB
stop | chao alexa ya está bien | STOP
stop | deja de hablar ya ea | STOP
stop | fuera capitales | STOP
cancel | ea nada cancela | CANCEL
cancel | pues na olvídate | CANCEL
cancel | anúlalo xiquet | CANCEL
help | alexa ayuda que no sé cómo va lo de las capitales | HELP
help | ho cómo se juega a esto | HELP
# es-MX: a Querétaro bus terminal, a Tlaxcala bull ranch, a Campeche school, a Puerto Escondido surf hostel, Morelia chess club
situation | en la central de autobuses de querétaro un señor pregunta la capital {} | de guanajuato=MX-GUA; de hidalgo=MX-HID; de querétaro=MX-QUE | es-MX
situation | en la ganadería de tlaxcala el caporal pregunta la capital {} | de españa=ES; de francia=FR; de portugal=PT | es-MX
situation | en la primaria de campeche la maestra pregunta la capital {} | de egipto=EG; de marruecos=MA; de túnez=TN | es-MX
situation | en el hostal de puerto escondido una chava pregunta la capital {} | de australia=AU; de indonesia=ID; de fiyi=FJ | es-MX
situation | en el club de ajedrez de morelia un señor pregunta la capital {} | de rusia=RU; de noruega=NO; de armenia=AM | es-MX
situation | en la fila de las tortillas la señora pregunta la capital {} | de perú=PE; de bolivia=BO; de paraguay=PY | es-MX
situation | en el pesero rumbo a tlalpan el chofer pregunta la capital {} | de honduras=HN; de nicaragua=NI; de el salvador=SV | es-MX
situation | en la fonda de querétaro el mesero pregunta la capital {} | de cuba=CU; de puerto rico=PR; de república dominicana=DO | es-MX
situation | en la secundaria técnica de ciudad victoria el profe pregunta la capital {} | de kenia=KE; de tanzania=TZ; de uganda=UG | es-MX
situation | en la feria de san luis un vendedor de elotes pregunta la capital {} | de japón=JP; de mongolia=MN; de corea del norte=KP | es-MX
situation | en la mina de naica el minero pregunta la capital {} | de chile=CL; de sudáfrica=ZA; de australia=AU | es-MX
situation | en el tianguis de los domingos en tampico el de las películas pregunta la capital {} | de estados unidos=US; de canadá=CA; de inglaterra=GB-ENG | es-MX
leading-filler | ay compadre cuál es la capital {} | de alemania=DE; de austria=AT; de suiza=CH | es-MX
leading-filler | oye alexa fíjate que quiero saber la capital {} | de bélgica=BE; de holanda=NL; de luxemburgo=LU | es-MX
leading-filler | a ver alexa ira cuál es la capital {} | de grecia=GR; de turquía=TR; de bulgaria=BG | es-MX
elder | mijita pregúntale a esa cosa la capital de polonia que de ahí era el papa | PL | es-MX
elder | oiga señorita alexa la capital de israel | IL | es-MX
elder | la capital de vietnam que salía mucho en las noticias cuando yo era joven | VN | es-MX
teen | alexa alv no me sé la capital de croacia | HR | es-MX
teen | alexa dime la capital de serbia pa la tarea | RS | es-MX
teen | alexa cuál es la capital de irlanda güey | IE | es-MX
child | alexa cuál es la capital de francia la de la torre | FR | es-MX
child | alexa la capital de italia donde hay pizza | IT | es-MX
child | alexa porfa la capital de brasil | BR | es-MX
learner | alexa i live in san miguel cuál es la capital de guanajuato | MX-GUA | es-MX
learner | alexa yo soy de corea vivo en monterrey capital de nuevo león | MX-NLE | es-MX
code-switch | qué onda alexa what's the capital of zacatecas | MX-ZAC | es-MX
code-switch | órale alexa la capital de colorado | US-CO | es-MX
trailing-words | la capital de durango cuál es pariente | MX-DUR | es-MX
trailing-words | la capital de coahuila cuál es compadre | MX-COA | es-MX
hesitation | este este la capital de de campeche | MX-CAM | es-MX
hesitation | eh la capital de mmm colima | MX-COL | es-MX
imperative | dime la capital de aguascalientes | MX-AGU | es-MX
imperative | dime la capital de tamaulipas | MX-TAM | es-MX
polite-request | alexa podrías decirme la capital de san luis potosí | MX-SLP | es-MX
polite-request | alexa me haces el favor de la capital de nayarit | MX-NAY | es-MX
follow-up | y la de tlaxcala | MX-TLA | es-MX
follow-up | y ahora la de morelos | MX-MOR | es-MX
follow-up | y la de sinaloa oiga | MX-SIN | es-MX
yes-no-check | la capital de nuevo león es monterrey verdad | MX-NLE | es-MX
yes-no-check | la capital de sonora es hermosillo | MX-SON | es-MX
yes-no-check | la capital de guerrero es acapulco | MX-GRO | es-MX
yes-no-check | es guadalajara la capital de jalisco | MX-JAL | es-MX
yes-no-check | la capital de chihuahua es ciudad juárez no | MX-CHH | es-MX
self-correction | la capital de oaxaca perdón de puebla | MX-PUE | es-MX
self-correction | la capital de hidalgo no de querétaro | MX-QUE | es-MX
self-correction | la capital de zacatecas digo de durango | MX-DUR | es-MX
subdivision | la capital de baja california sur | MX-BCS | es-MX
subdivision | cuál es la capital de sonora | MX-SON | es-MX
subdivision | la capital de tlaxcala cuál es | MX-TLA | es-MX
subdivision | la capital de morelos es cuernavaca | MX-MOR | es-MX
out-of-domain | cuál es la capital de la zona metropolitana | FB | es-MX
out-of-domain | la capital de la región de los altos | FB | es-MX
out-of-domain | la capital de la sierra gorda | FB | es-MX
out-of-domain | la capital del triángulo dorado | FB | es-MX
out-of-domain | cuál es la capital de tenochtitlan | FB | es-MX
out-of-domain | la capital del imperio maya | FB | es-MX
out-of-domain | la capital de la plata | FB | es-MX
out-of-domain | cuál es la capital del huapango | FB | es-MX
out-of-domain | la capital de los alebrijes | FB | es-MX
out-of-domain | qué es un capital semilla | FB | es-MX
out-of-domain | pon la rola de vicente fernández | FB | es-MX
out-of-domain | a qué hora abre el oxxo | FB | es-MX
stop | ya chole alexa | STOP | es-MX
stop | ya no quiero jugar | STOP | es-MX
stop | alexa ya duérmete | STOP | es-MX
cancel | ándale cancela eso | CANCEL | es-MX
cancel | no olvídalo mejor | CANCEL | es-MX
cancel | ya no cancela por fa | CANCEL | es-MX
help | oiga y cómo se le pregunta a esto | HELP | es-MX
launch | alexa quiero capitales del mundo | LAUNCH | es-MX
launch | alexa ábreme capitales del mundo | LAUNCH | es-MX
# es-US second batch: a Houston shipyard, an Orlando hotel laundry, a Chicago Pilsen panadería, a Nashville construction site, a Seattle fish market, a Charlotte soccer league, a Las Cruces pecan orchard
situation | en el astillero de houston el soldador pregunta la capital {} | de noruega=NO; de corea del sur=KR; de japón=JP | es-US
situation | en la lavandería del hotel de orlando la supervisora pregunta la capital {} | de haití=HT; de jamaica=JM; de bahamas=BS | es-US
situation | en la panadería de pilsen la cajera pregunta la capital {} | de polonia=PL; de ucrania=UA; de lituania=LT | es-US
situation | en la obra de nashville el encargado pregunta la capital {} | de guatemala=GT; de honduras=HN; de el salvador=SV | es-US
situation | en el mercado de pescado de seattle un muchacho pregunta la capital {} | de alaska=US-AK; de hawái=US-HI; de idaho=US-ID | es-US
situation | en la liga de fútbol de charlotte el árbitro pregunta la capital {} | de nigeria=NG; de camerún=CM; de ghana=GH | es-US
situation | en la huerta de nueces de las cruces el capataz pregunta la capital {} | de texas=US-TX; de oklahoma=US-OK; de luisiana=US-LA | es-US
situation | en el turno de noche del walmart una compañera pregunta la capital {} | de filipinas=PH; de vietnam=VN; de tailandia=TH | es-US
situation | en la peluquería dominicana de lawrence la clienta pregunta la capital {} | de italia=IT; de grecia=GR; de egipto=EG | es-US
situation | en el camión de comida de austin el taquero pregunta la capital {} | de india=IN; de nepal=NP; de pakistán=PK | es-US
leading-filler | ok alexa cuál es la capital {} | de francia=FR; de alemania=DE; de bélgica=BE | es-US
leading-filler | mira alexa quiero saber la capital {} | de rusia=RU; de china=CN; de irán=IR | es-US
leading-filler | ey alexa dime la capital {} | de perú=PE; de ecuador=EC; de venezuela=VE | es-US
elder | ey mijo la capital de arizona que allí vive tu tía | US-AZ | es-US
elder | la capital de guatemala que de allá soy yo pero ya no me acuerdo | GT | es-US
elder | mi amor cuál es la capital de irlanda que tu abuelo era irlandés | IE | es-US
elder | ya pues alexa la capital de ecuador | EC | es-US
teen | alexa no cap cuál es la capital de marruecos | MA | es-US
teen | alexa ayúdame con la capital de kenia for my project | KE | es-US
teen | alexa la capital de suecia bro rápido | SE | es-US
teen | alexa lowkey no sé la capital de escocia | GB-SCT | es-US
child | alexa la capital de inglaterra where the queen lived | GB-ENG | es-US
child | alexa mi abuelita es de bolivia cuál es la capital | BO | es-US
child | alexa la capital de islandia where the volcanoes are | IS | es-US
learner | alexa cuál es el capital de españa | ES | es-US
learner | alexa capital de portugal por favor gracias | PT | es-US
learner | alexa yo estudio español qué es la capital de grecia | GR | es-US
code-switch | alexa tell me la capital de honduras | HN | es-US
code-switch | alexa la capital de nicaragua please quick | NI | es-US
code-switch | alexa what's la capital de costa rica mae | CR | es-US
trailing-words | la capital de uruguay cuál es che | UY | es-US
trailing-words | la capital de venezuela cuál es pana | VE | es-US
hesitation | um um la capital de colombia | CO | es-US
hesitation | eh like la capital de de panamá | PA | es-US
hesitation | este la capital de ay cómo es de cuba | CU | es-US
imperative | alexa dime la capital de haití ahora | HT | es-US
imperative | dime la capital de jamaica mae | JM | es-US
polite-request | alexa me ayudas con la capital de república dominicana por favor | DO | es-US
polite-request | alexa si puedes dime la capital de chile | CL | es-US
direct | cuál es la capital de rhode island | US-RI | es-US
direct | la capital de delaware | US-DE | es-US
direct | la capital de west virginia | US-WV | es-US
direct | cuál es la capital de wisconsin | US-WI | es-US
follow-up | y la de nuevo hampshire | US-NH | es-US
follow-up | y qué de kentucky | US-KY | es-US
follow-up | y la de tennessee mae | US-TN | es-US
follow-up | y la de míchigan | US-MI | es-US
yes-no-check | la capital de washington es seattle | US-WA | es-US
yes-no-check | es phoenix la capital de arizona | US-AZ | es-US
yes-no-check | la capital de pensilvania es filadelfia o harrisburg | US-PA | es-US
yes-no-check | la capital de georgia el estado es atlanta verdad | US-GA | es-US
yes-no-check | la capital de luisiana es nueva orleans | US-LA | es-US
self-correction | la capital de kansas no perdón de arkansas | US-AR | es-US
self-correction | la capital de montana wait no de wyoming | US-WY | es-US
self-correction | la capital de oregón digo de washington | US-WA | es-US
self-correction | la capital de colombia no mejor de ecuador | EC | es-US
self-correction | la capital de cuba ay no de puerto rico | PR | es-US
subdivision | la capital de colorado | US-CO | es-US
subdivision | la capital de minnesota cuál es | US-MN | es-US
subdivision | la capital de alabama | US-AL | es-US
subdivision | la capital de carolina del norte | US-NC | es-US
subdivision | la capital de nuevo brunswick | CA-NB | es-US
subdivision | la capital de nueva escocia | CA-NS | es-US
subdivision | la capital de saskatchewan | CA-SK | es-US
subdivision | la capital de yukón | CA-YT | es-US
out-of-domain | cuál es la capital del condado de harris | FB | es-US
out-of-domain | la capital de queens | FB | es-US
out-of-domain | cuál es la capital del sur de la florida | FB | es-US
out-of-domain | la capital del río grande valley | FB | es-US
out-of-domain | la capital de la frontera | FB | es-US
out-of-domain | cuál es la capital del lejano oeste | FB | es-US
out-of-domain | la capital de la nación navajo | FB | es-US
out-of-domain | cuál es la capital del chaco | FB | es-US
out-of-domain | la capital del departamento de santa cruz | FB | es-US
out-of-domain | la capital de la región metropolitana de santiago | FB | es-US
out-of-domain | cuál es la capital de mendoza | FB | es-US
out-of-domain | cómo saco mi número de seguro social | FB | es-US
out-of-domain | ponme la bachata | FB | es-US
out-of-domain | dónde queda el consulado de bolivia | FB | es-US
out-of-domain | cuál es la capital de la isla de pascua | FB | es-US
stop | okay bye alexa | STOP | es-US
stop | ya mae ya estuvo | STOP | es-US
stop | no more capitales | STOP | es-US
cancel | cancel that please | CANCEL | es-US
cancel | forget it cancela | CANCEL | es-US
cancel | ya pues olvida | CANCEL | es-US
help | alexa qué hace esta skill | HELP | es-US
help | cómo juego esto please | HELP | es-US
launch | alexa empieza capitales del mundo | LAUNCH | es-US
launch | alexa let's play capitales del mundo | LAUNCH | es-US
# official names, last additions
official-name | acho la capital de la república libanesa | LB
official-name | ho cuál ye la capital del principado de liechtenstein | LI
official-name | la capital de la república tunecina | TN | es-MX
official-name | oiga la capital de la república democrática federal de etiopía | ET | es-MX
official-name | la capital de la república árabe siria | SY | es-US
official-name | la capital de la república islámica de mauritania che | MR | es-US
official-name | la capital del estado de la ciudad del vaticano | VA
official-name | cuál es la capital de la república eslovaca | SK | es-MX
"""

if __name__ == "__main__":
    build_round(36, "es", LINES, sys.argv, "tests/Eval/es/round36/source/build_corpus.py")
