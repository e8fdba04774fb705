"""Round 50, Spanish (es-ES, es-MX, es-US): a new author's own mix, written blind at the end of the fifty-ninth session
(brief WRITER66.md), for the next session's tuner.

Written by the writer66-es helper without the voice model, the simulator, the skill's code, the interaction model or
earlier rounds' halves; only the places' ids, kinds, Spanish names and capital names were read from the data, through a
small script, to check ids and to know which places exist. Speakers and situations were chosen apart from round 49's
(Senegalese and Gambian families in Mataró and Terrassa, Bulgarian families in Segovia and Valladolid, Gibraltarians
and La Línea neighbours in llanito, British retirees on the Costa Blanca, Italian expats in Barcelona, Nicaraguan
live-in carers in Madrid, pensioners on Imserso trips, lorry drivers on the European routes, a Mercamadrid lorry, a
Benidorm lifeguard, a Burela longliner, a Vallecas butcher, the escuela de adultos, the graduado, oposiciones, Saber y
Ganar, Ahora Caigo, a trivia app, a coffee bet, small children at home; Haitian migrants in Mexico City, American
retirees in San Miguel de Allende and Lake Chapala, young chilangos from Iztapalapa and Neza, mariachis in Plaza
Garibaldi, abuelitas in Puebla and Toluca, Spaniards in Querétaro's plants, fans ahead of the 2026 World Cup, a
Similares pharmacy, a ride-hailing driver, a tortillería, a mechanic's taller, the UNAM and IPN admission exams, the
telesecundaria, Maratón, the kermés, the lotería night; Salvadorans in the Maryland and Virginia suburbs, Hondurans in
New Orleans and Kenner, Yakima and Wenatchee orchard workers, Puerto Ricans in Orlando and Kissimmee, Latino
Latter-day Saints in Utah and Idaho, Colorado resort workers, Peruvian and Chilean sheepherders on the Western range,
US-born teens, a landscaping crew, a hospital interpreter, a taco truck, Jeopardy, the geography bee, a brewery trivia
night), from round 48's (Moroccan, Brazilian, Polish and Lithuanian, Sikh and Punjabi families and French exchange
students in Spain, Camino de Santiago pilgrims, elderly people in a residencia, a Barajas taxi, a night-shift nurse, a
greengrocer, selectividad, Pasapalabra, a pub quiz, Trivial at dinner; Campeche and Ciudad del Carmen, Mexicali and La
Chinesca, Mennonites around Cuauhtémoc, Venezuelan migrants in Mexico, returnees from the US in Zacatecas and Jalisco,
Argentine expats in Mexico City, truck drivers on the federal roads, a tianguis, an OXXO, a call centre, secundaria and
prepa, basta, a cantina bet, the family reunion; Atlanta and Gainesville, Las Vegas hotel workers, Alaska canneries with
Filipino crews, Springdale and Oklahoma City, Bay Area tech workers from Spain and Argentina, Kentucky horse farms,
Latino soldiers, an Amazon warehouse, a rideshare, a home daycare, an ESL night class, the GED, church trivia, a quiz
app, cien latinos dijeron), from round 47's (Málaga and Almería, Sevilla, Huelva and Córdoba, young Spaniards abroad,
Chilean, Uruguayan, Equatoguinean, Sahrawi, Russian, Georgian, Armenian, Scandinavian, Dutch, German, Japanese, Korean
and Taiwanese speakers in Spain; Tamaulipas, Nayarit and Baja California Sur, the Estado de México, Quintana Roo,
Guerrero, Lebanese-Mexican families, Japanese and Korean engineers; East Los Angeles, San Diego and southern Arizona,
Puerto Ricans in Philadelphia and Holyoke, Minneapolis, Guatemalans in Pico-Union and Gulfton, Costa Ricans and
Panamanians, Anglo learners, the citizenship test) and from the round 46, 45 and 44 groups its docstring names (Spanish
regions, Venezuelan, Argentine, Dominican, Colombian, Bolivian, Paraguayan, Peruvian, Cuban, Romanian, Ecuadorian,
Chinese, Ukrainian, Nigerian, Filipino and Pakistani families in Spain; Monterrey, Guadalajara, Sinaloa, Tijuana,
Chiapas, Veracruz and most Mexican states; New York, Texas, South Florida, Chicago, the Central Valley and the other US
places it lists). Where a group here shares an origin or a place with an earlier one, it is in another country or
situation: Cubans waiting in Tapachula (not families in Spain), Guatemalans in Alabama's poultry plants (not Pico-Union
or Gulfton), Dominicans in Lawrence, Massachusetts, Colombians in Elizabeth, New Jersey and Venezuelan delivery riders
in New York (not families in Spain), Mexicans as master's students in Salamanca, seminarians rather than a city in
Guadalajara, Yucatec Maya speakers rather than a state, Oaxacan families in Oxnard's strawberry fields rather than the
Central Valley, roofers in Oklahoma and Kansas rather than a warehouse, Houston quinceañeras rather than Texas at large.

es-ES: Portuguese cross-border workers in Badajoz, Olivenza and Tui (olha, pois, obrigado, tá bem, fixe, desculpa,
chega); Sindhi Hindu shopkeepers in Ceuta and Melilla (acha, arre, bhai, theek hai, yaar); Iranian students and doctors
in Madrid (khob, baleh, merci, ey vay, el nowruz); Irish Erasmus students in Granada (like, sure look, grand, ah here,
what's the craic); Mexican master's students in Salamanca (órale, qué padre, güey, ahorita); ONCE lottery sellers (el
cupón, para hoy, el rasca); a falla commission in its casal in Valencia (xe, bon dia, la mascletà, la cremà, los
chiquillos del casal); isolated posts (a Pyrenees refuge: el collado, la habitación; the Spanish Antarctic base: el
Hespérides, la noche polar); Spanish teenagers gaming (en plan, literal, tronco, bro, gg, xd); the sea (a ferry crew on
the Strait: el puente, el levante, atracamos; harbour pilots in the Canaries: el mercante, la bandera, el práctico);
work (AVE staff and passengers: el interventor, el vagón silencioso; cabin crew, a Getafe hairdresser, a Teruel farmer:
el tinte, la clienta, sembrar); games (El Cazador, a local radio contest, Party and Co: el comodín); new parents up at
night with a baby (shh, en voz baja, bajito, ruido blanco).

es-MX: Yucatec Maya speaking vendors in Valladolid and Mérida (bix a beel, dios bo'otik, ma'alob); Cuban migrants
waiting in Tapachula (qué bolá, asere, qué volá, mi vida, la cita de la COMAR); cowboys on a Sonora ranch (bichi, ca,
huerco, ahí nos vidrios, el becerro); lucha libre fans at Arena México (máscara contra cabellera, rudo, técnico,
tercera caída, carnal); work (a taquero, a microbus driver in Ecatepec, a dentist in Los Algodones serving Americans
and Canadians, a hotel concierge in Cancún: con todo joven, súbale, el pasaje, el huésped, el sargazo); seminarians in
Guadalajara (usted: pregúntele, cancele, apáguese, la misa); pilgrims walking to the Basílica de Guadalupe (virgencita,
la caminata, las mañanitas); K-pop fans in Mexico City (ay no, oppa, ya bye); radio amateurs (cambio, copiado, cambio y
fuera, la propagación); home games (children after school: porfis, mi mamá dice; the Turista Mundial board game: la
casilla, los dados, la cárcel); sixth graders preparing the Olimpiada del Conocimiento (la maestra dice).

es-US: Guatemalans in the Alabama poultry plants around Albertville (fijate vos, a la gran, patojo, abrí, cancelá,
apagate); Dominicans in Lawrence, Massachusetts (klk, mi loco, manito, vaina, tigere); Colombians in Elizabeth, New
Jersey (parce, qué más pues, bacano, listo, usted); farmworkers (H-2A workers in eastern North Carolina: la visa, el
contratista, la barraca, paisa; Oaxacan families in Oxnard's strawberry fields: paisano, la caja de fresa, los
chamacos); the Midwest (Wisconsin dairies: el ordeño; Nebraska and Iowa meatpacking: la línea, el break, el
overtime, Somali and Congolese co-workers); roofers after hail storms in Oklahoma and Kansas (el techo, las láminas,
el lonche); Venezuelan delivery riders in New York (chamo, pana, qué fino, vale, chévere); work (a school bus driver,
a Dallas panadería, a CNA in Phoenix, a long-haul trucker: la troca, la báscula, la charola); Kahoot in a bilingual
classroom (for the kahoot, miss says, cancel that one); DJs and families at Houston quinceañeras (el vals, los
chambelanes, la festejada); grandparents just arrived to live with their children (mijo, señorita, esa cosa, usted).

Every line was written by hand as one utterance; the only generated lines are the at most three fills of a frame
(each frame said once).
Built by round12_hinl_corpus.py (build_round with round 50's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# ================================================================ shared families
# help
help | alexa capitales del mundo qué tengo que decirte para que me contestes | HELP
help | alexa no sé cómo se usa lo de las capitales me lo cuentas | HELP
help | alexa oye y esto de capitales del mundo para qué sirve | HELP
help | alexa dime qué preguntas acepta capitales del mundo | HELP
help | alexa necesito las instrucciones de las capitales otra vez | HELP
help | alexa me puedes poner un ejemplo de pregunta | HELP
help | alexa cómo funcionaba esto que ya no me acuerdo | HELP
help | alexa pide a capitales del mundo que me explique las normas | HELP
help | alexa ayuda con el juego de las capitales por favor | HELP
help | alexa es que no te entiendo qué te pregunto | HELP
help | alexa qué le digo yo a esto para que funcione | HELP | es-MX
help | alexa a ver explícame bien cómo le pregunto las capitales | HELP | es-MX
help | alexa capitales del mundo dame chance de entender cómo se usa | HELP | es-MX
help | alexa necesito ayudita con la aplicación de las capitales | HELP | es-MX
help | alexa qué más sabe hacer capitales del mundo aparte de contestar | HELP | es-MX
help | alexa no le entiendo a esto ayúdame | HELP | es-MX
help | alexa cuáles son las instrucciones mija | HELP | es-MX
help | alexa how does this work dime cómo se usa | HELP | es-US
help | alexa capitales del mundo help me please no sé qué decir | HELP | es-US
help | alexa explícale a mi abuela cómo se pregunta una capital | HELP | es-US
help | alexa qué tipo de preguntas le puedo hacer a capitales del mundo | HELP | es-US
help | alexa dame las opciones en español | HELP | es-US
help | alexa mi hijo me instaló esto y no sé usarlo | HELP | es-US
help | alexa qué comandos tiene lo de las capitales | HELP | es-US
# stop
stop | alexa para ya con las capitales | STOP
stop | alexa basta por hoy | STOP
stop | alexa vale ya no quiero más capitales | STOP
stop | alexa apaga lo de las capitales que nos vamos a cenar | STOP
stop | alexa sal de capitales del mundo | STOP
stop | alexa termina el juego | STOP
stop | alexa se acabó por hoy gracias | STOP
stop | alexa cállate ya hombre | STOP
stop | alexa cierra la aplicación de las capitales | STOP
stop | alexa ya está suficiente | STOP
stop | alexa ya estuvo con las capitales | STOP | es-MX
stop | alexa ya párale | STOP | es-MX
stop | alexa ya bájale y apágate | STOP | es-MX
stop | alexa sálte de capitales del mundo porfa | STOP | es-MX
stop | alexa ya no quiero jugar a las capitales | STOP | es-MX
stop | alexa córtale ahí | STOP | es-MX
stop | alexa ya fue suficiente por hoy | STOP | es-MX
stop | alexa stop ya no más | STOP | es-US
stop | alexa that's it apágalo | STOP | es-US
stop | alexa quit capitales del mundo | STOP | es-US
stop | alexa ya me cansé de las capitales páralo | STOP | es-US
stop | alexa deja de hablar please | STOP | es-US
stop | alexa ciérralo ya | STOP | es-US
stop | alexa terminamos con las capitales | STOP | es-US
# cancel
cancel | alexa cancela eso | CANCEL
cancel | alexa cancélalo que me he equivocado | CANCEL
cancel | alexa no no cancela | CANCEL
cancel | alexa anula la pregunta | CANCEL
cancel | alexa olvida lo que te he dicho | CANCEL
cancel | alexa déjalo no era eso | CANCEL
cancel | alexa cancela la pregunta de la capital | CANCEL
cancel | alexa mejor cancela | CANCEL
cancel | alexa nada nada cancela | CANCEL
cancel | alexa quita eso cancelar | CANCEL
cancel | alexa cancélale | CANCEL | es-MX
cancel | alexa ay no cancela eso | CANCEL | es-MX
cancel | alexa olvídalo mejor cancela | CANCEL | es-MX
cancel | alexa no era eso cancélalo porfa | CANCEL | es-MX
cancel | alexa cancela lo que pedí | CANCEL | es-MX
cancel | alexa ahí muere cancela | CANCEL | es-MX
cancel | alexa cancelar la última | CANCEL | es-MX
cancel | alexa cancel cancel | CANCEL | es-US
cancel | alexa never mind cancela eso | CANCEL | es-US
cancel | alexa cancela esa pregunta que no era | CANCEL | es-US
cancel | alexa wait no cancélalo | CANCEL | es-US
cancel | alexa borra eso cancela | CANCEL | es-US
cancel | alexa cancela lo que dijo el niño | CANCEL | es-US
cancel | alexa cancélame eso please | CANCEL | es-US
# launch
launch | alexa abre capitales del mundo | LAUNCH
launch | alexa pon capitales del mundo que vamos a jugar | LAUNCH
launch | alexa arranca capitales del mundo | LAUNCH
launch | alexa inicia capitales del mundo por favor | LAUNCH
launch | alexa vamos a jugar a capitales del mundo | LAUNCH
launch | alexa quiero capitales del mundo | LAUNCH
launch | alexa ábreme lo de capitales del mundo | LAUNCH
launch | alexa empieza capitales del mundo | LAUNCH
launch | alexa carga capitales del mundo | LAUNCH
launch | alexa enciende capitales del mundo anda | LAUNCH
launch | alexa activa la skill capitales del mundo | LAUNCH
launch | alexa capitales del mundo venga | LAUNCH
launch | alexa me abres capitales del mundo | LAUNCH
launch | alexa lanza capitales del mundo | LAUNCH
launch | alexa hola capitales del mundo | LAUNCH
launch | alexa abre el juego capitales del mundo | LAUNCH
launch | alexa ábrele a capitales del mundo | LAUNCH | es-MX
launch | alexa ponme capitales del mundo porfis | LAUNCH | es-MX
launch | alexa échale capitales del mundo | LAUNCH | es-MX
launch | alexa quiero jugar capitales del mundo con mis hijos | LAUNCH | es-MX
launch | alexa córrele capitales del mundo | LAUNCH | es-MX
launch | alexa abre capitales del mundo por fa | LAUNCH | es-MX
launch | alexa buenas noches abre capitales del mundo | LAUNCH | es-MX
launch | alexa inicia la aplicación capitales del mundo | LAUNCH | es-MX
launch | alexa entra a capitales del mundo | LAUNCH | es-MX
launch | alexa prende capitales del mundo | LAUNCH | es-MX
launch | alexa open capitales del mundo | LAUNCH | es-US
launch | alexa start capitales del mundo | LAUNCH | es-US
launch | alexa abre capitales del mundo en español | LAUNCH | es-US
launch | alexa let's play capitales del mundo | LAUNCH | es-US
launch | alexa ponle capitales del mundo a los niños | LAUNCH | es-US
launch | alexa pon el juego de capitales del mundo | LAUNCH | es-US
launch | alexa abre capitales del mundo otra vez | LAUNCH | es-US
launch | alexa quiero usar capitales del mundo | LAUNCH | es-US
launch | alexa empezar capitales del mundo | LAUNCH | es-US
launch | alexa launch capitales del mundo | LAUNCH | es-US
launch | alexa a ver capitales del mundo | LAUNCH | es-US
launch | alexa dale a capitales del mundo | LAUNCH | es-US
launch | alexa conéctame con capitales del mundo | LAUNCH
launch | alexa busca capitales del mundo y ábrelo | LAUNCH
# plural-capitals
plural-capitals | alexa cuáles son las capitales de sudáfrica | ZA
plural-capitals | alexa sudáfrica tiene tres capitales no cuáles son | ZA
plural-capitals | alexa dime las tres capitales sudafricanas | ZA
plural-capitals | alexa las capitales de sudáfrica | ZA | es-MX
plural-capitals | alexa cómo se llaman las tres capitales de sudáfrica | ZA | es-US
plural-capitals | alexa cuáles son las dos capitales de bolivia | BO
plural-capitals | alexa bolivia tiene dos capitales verdad cuáles | BO
plural-capitals | alexa las capitales de bolivia cuáles son | BO | es-MX
plural-capitals | alexa dime las dos capitales bolivianas | BO | es-MX
plural-capitals | alexa bolivia sus capitales | BO | es-US
plural-capitals | alexa cuáles son las capitales de los países bajos | NL
plural-capitals | alexa holanda tiene dos capitales no cuáles son | NL
plural-capitals | alexa las dos capitales de los países bajos | NL | es-MX
plural-capitals | alexa cuáles son las capitales de holanda | NL | es-US
plural-capitals | alexa ámsterdam y cuál más son capitales de los países bajos | NL
plural-capitals | alexa cuáles son las capitales de malasia | MY
plural-capitals | alexa malasia tiene dos capitales dime las dos | MY
plural-capitals | alexa las capitales de malasia por favor | MY | es-MX
plural-capitals | alexa qué dos capitales tiene malasia | MY | es-US
plural-capitals | alexa kuala lumpur y qué otra capital tiene malasia | MY | es-US
plural-capitals | alexa cuáles son las capitales de benín | BJ
plural-capitals | alexa benín tiene dos capitales cuáles | BJ | es-MX
plural-capitals | alexa las dos capitales de benín | BJ | es-US
plural-capitals | alexa las capitales de benín por favor | BJ
plural-capitals | alexa cuáles son las capitales de costa de marfil | CI
plural-capitals | alexa costa de marfil tiene dos capitales no | CI | es-MX
plural-capitals | alexa las dos capitales de costa de marfil | CI | es-US
plural-capitals | alexa dime ambas capitales de costa de marfil | CI
plural-capitals | alexa cuáles son las capitales de sri lanka | LK
plural-capitals | alexa sri lanka cuántas capitales tiene y cuáles | LK | es-MX
plural-capitals | alexa las dos capitales de sri lanka | LK | es-US
plural-capitals | alexa dime las capitales de sri lanka | LK
plural-capitals | alexa cuáles son las capitales de esuatini | SZ
plural-capitals | alexa esuatini tiene dos capitales cuáles son | SZ | es-MX
plural-capitals | alexa las capitales de suazilandia | SZ | es-US
plural-capitals | alexa las dos capitales de esuatini | SZ
plural-capitals | alexa cuáles son las capitales de palestina | PS
plural-capitals | alexa las capitales de bolivia y sudáfrica | BO+ZA | es-MX
plural-capitals | alexa qué capitales tiene sudáfrica | ZA
plural-capitals | alexa y los países bajos cuántas capitales tienen | NL | es-MX
plural-capitals | alexa malasia capitales | MY
plural-capitals | alexa dime las capitales de bolivia la administrativa y la constitucional | BO
plural-capitals | alexa capitales de sudáfrica todas | ZA | es-US
plural-capitals | alexa las capitales de holanda cuáles son | NL
plural-capitals | alexa capitales de malasia please | MY | es-US
plural-capitals | alexa las capitales de benín y de costa de marfil | BJ+CI
plural-capitals | alexa cuáles son las capitales de sri lanka y de esuatini | LK+SZ | es-US
plural-capitals | alexa las tres capitales del país de mandela | ZA | es-MX
# subdivision
subdivision | alexa me dices la capital de {} | baviera=DE-BY; quebec=CA-QC; tasmania=AU-TAS
subdivision | alexa capital del estado de {} | oaxaca=MX-OAX; michoacán=MX-MIC; nevada=US-NV | es-MX
subdivision | alexa cuál es la capital del estado de {} | vermont=US-VT; dakota del sur=US-SD; kentucky=US-KY | es-US
subdivision | alexa la capital de la provincia de {} | columbia británica=CA-BC; alberta=CA-AB; manitoba=CA-MB
subdivision | alexa cuál es la capital de escocia | GB-SCT
subdivision | alexa capital de gales | GB-WLS
subdivision | alexa cuál es la capital de irlanda del norte | GB-NIR
subdivision | alexa cuál es la capital de cataluña | FB
subdivision | alexa cuál es la capital de la rioja argentina | FB
subdivision | alexa cuál es la capital de kerala | IN-KL
subdivision | alexa la capital de tamil nadu | IN-TN
subdivision | alexa capital de sajonia | DE-SN
subdivision | alexa y la capital de renania del norte-westfalia | DE-NW
subdivision | alexa cuál es la capital de puerto rico | PR | es-US
subdivision | alexa capital de groenlandia | GL
subdivision | alexa cuál es la capital de hidalgo | MX-HID | es-MX
subdivision | alexa y tlaxcala qué capital tiene | MX-TLA | es-MX
subdivision | alexa la capital de coahuila | MX-COA | es-MX
subdivision | alexa capital de bahía en brasil | BR-BA | es-MX
subdivision | alexa cuál es la capital de minas gerais | BR-MG
subdivision | alexa capital de ontario | CA-ON | es-US
subdivision | alexa cuál es la capital de texas | US-TX | es-US
subdivision | alexa capital de iowa | US-IA | es-US
subdivision | alexa cuál es la capital de nueva gales del sur | AU-NSW
subdivision | alexa capital de la provincia de buenos aires | FB | es-MX
subdivision | alexa cuál es la capital de jalisco | MX-JAL | es-MX
subdivision | alexa cuál es la capital de sicilia | FB
subdivision | alexa cuál es la capital de ohio | US-OH | es-US
subdivision | alexa capital del territorio del norte de australia | AU-NT
subdivision | alexa la capital de nunavut | CA-NU | es-US
subdivision | alexa cuál es la capital de las islas feroe | FO
subdivision | alexa capital del estado de antioquia | FB | es-US
subdivision | alexa cuál es la capital de turingia | DE-TH
subdivision | alexa capital de punyab | IN-PB
subdivision | alexa cuál es la capital de yucatán | MX-YUC | es-MX
subdivision | alexa capital de la isla de man | IM
subdivision | alexa cuál es la capital de la guayana francesa | GF
subdivision | alexa cuál es la capital de tabasco | MX-TAB | es-MX
subdivision | alexa y la capital de misisipi | US-MS | es-US
subdivision | alexa capital de la comunidad valenciana | FB
# follow-up
follow-up | alexa y de {} | noruega=NO; kenia=KE; perú=PE
follow-up | alexa y la de {} | bélgica=BE; chile=CL; nepal=NP | es-MX
follow-up | alexa y en {} | vietnam=VN; uganda=UG; jamaica=JM | es-US
follow-up | alexa y portugal | PT
follow-up | alexa y la de suiza | CH
follow-up | alexa ahora la de polonia | PL
follow-up | alexa otra más grecia | GR
follow-up | alexa y ahora dime la de hungría | HU
follow-up | alexa y cuba | CU | es-MX
follow-up | alexa ahora la de guatemala | GT | es-MX
follow-up | alexa y la de honduras | HN | es-MX
follow-up | alexa a ver ahora nicaragua | NI | es-MX
follow-up | alexa okay y canadá | CA | es-US
follow-up | alexa y de el salvador | SV | es-US
follow-up | alexa next one colombia | CO | es-US
follow-up | alexa y qué tal ecuador | EC | es-US
follow-up | alexa y la de rumanía | RO
follow-up | alexa y de dinamarca qué | DK
# yes-no-check
yes-no-check | alexa es {} la capital de australia | sídney=AU; canberra=AU; melbourne=AU
yes-no-check | alexa la capital de turquía es estambul | TR
yes-no-check | alexa verdad que la capital de canadá es toronto | CA | es-MX
yes-no-check | alexa es río de janeiro la capital de brasil | BR | es-US
yes-no-check | alexa es cierto que la capital de suiza es ginebra | CH
yes-no-check | alexa lagos sigue siendo la capital de nigeria | NG
yes-no-check | alexa la capital de marruecos es casablanca o rabat | MA
yes-no-check | alexa es nueva york la capital de estados unidos | US | es-US
yes-no-check | alexa la capital de nueva zelanda no es auckland verdad | NZ
yes-no-check | alexa es guadalajara la capital de jalisco | MX-JAL | es-MX
yes-no-check | alexa la capital de ecuador es guayaquil no | EC | es-MX
yes-no-check | alexa es los ángeles la capital de california | US-CA | es-US
yes-no-check | alexa la capital de vietnam es ho chi minh | VN
yes-no-check | alexa a poco la capital de kazajistán es astana | KZ | es-MX
yes-no-check | alexa es karachi la capital de pakistán | PK | es-US
yes-no-check | alexa la capital de tanzania es dar es salaam o dodoma | TZ
yes-no-check | alexa es miami la capital de florida | US-FL | es-US
yes-no-check | alexa es seúl la capital de corea del sur | KR
yes-no-check | alexa pionyang es la capital de corea del norte no | KP | es-MX
yes-no-check | alexa es ramala la capital de palestina | PS
yes-no-check | alexa myanmar tiene como capital a rangún todavía | MM
# self-correction
self-correction | alexa la capital de austria no perdona australia | AU
self-correction | alexa cuál es la capital de suecia digo suiza | CH
self-correction | alexa la capital de eslovenia no eslovaquia | SK
self-correction | alexa capital de nigeria ay no de níger | NE | es-MX
self-correction | alexa la capital de irán no espera irak | IQ | es-MX
self-correction | alexa cuál es la capital de gambia bueno no de zambia | ZM | es-MX
self-correction | alexa capital de paraguay no uruguay | UY | es-US
self-correction | alexa la capital de letonia oops lituania | LT | es-US
self-correction | alexa la capital de mongolia no mauritania | MR
self-correction | alexa la capital de guinea no de guyana | GY
self-correction | alexa capital de corea del sur no del norte | KP
self-correction | alexa la capital de corea del norte perdón del sur | KR | es-US
self-correction | alexa la capital del congo el de kinshasa no el otro el de brazzaville | CG
self-correction | alexa cuál es la capital de armenia o sea de albania | AL | es-MX
self-correction | alexa capital de dominica no de república dominicana | DO | es-US
self-correction | alexa la capital de malí digo de malaui | MW
self-correction | alexa la de costa rica no puerto rico | PR | es-US
self-correction | alexa capital de túnez no libia | LY
self-correction | alexa la capital de bolivia bueno más bien la de colombia | CO | es-MX
self-correction | alexa capital de eslovaquia perdón chequia | CZ
# reverse-question
reverse-question | alexa de qué país es capital {} | nairobi=CITY:Nairobi; lima=CITY:Lima; oslo=CITY:Oslo
reverse-question | alexa {} es capital de qué país | tegucigalpa=CITY:Tegucigalpa; managua=CITY:Managua; asunción=CITY:Asunción | es-MX
reverse-question | alexa qué país tiene como capital {} | canberra=CITY:Canberra; ottawa=CITY:Ottawa; brasilia=CITY:Brasilia | es-US
reverse-question | alexa ulán bator de dónde es capital | CITY:Ulán Bator
reverse-question | alexa qué país tiene por capital uagadugú | CITY:Uagadugú
reverse-question | alexa a qué país pertenece la capital ereván | CITY:Ereván
reverse-question | alexa bakú es la capital de qué | CITY:Bakú
reverse-question | alexa de dónde es capital kigali | CITY:Kigali | es-MX
reverse-question | alexa tiflis es capital de qué país | CITY:Tiflis | es-MX
reverse-question | alexa de qué estado es capital sacramento | CITY:Sacramento | es-US
reverse-question | alexa qué país tiene su capital en montevideo | CITY:Montevideo | es-US
reverse-question | alexa chetumal es capital de qué estado | CITY:Chetumal | es-MX
reverse-question | alexa de qué país es capital yamena | CITY:Yamena
reverse-question | alexa dónde está la capital llamada vaduz | CITY:Vaduz
reverse-question | alexa qué país tiene como capital a lilongwe | CITY:Lilongwe | es-US
reverse-question | alexa de qué nación es capital paramaribo | CITY:Paramaribo
reverse-question | alexa pyongyang es capital de cuál de las coreas | CITY:Pyongyang | es-MX
reverse-question | alexa qué país tiene como capital kinshasa | CITY:Kinshasa
reverse-question | alexa brazzaville de qué país es capital | CITY:Brazzaville | es-US
reverse-question | alexa de qué país es capital seúl | CITY:Seúl
# official-name
official-name | alexa cuál es la capital de la {} | república helénica=GR; confederación suiza=CH; república de la india=IN
official-name | alexa capital de los estados unidos mexicanos | MX | es-MX
official-name | alexa cuál es la capital de la república bolivariana de venezuela | VE | es-MX
official-name | alexa cuál es la capital del estado plurinacional de bolivia | BO
official-name | alexa capital de la república popular democrática de corea | KP
official-name | alexa la capital de la república de corea | KR | es-US
official-name | alexa cuál es la capital de la república democrática del congo | CD
official-name | alexa capital de la república del congo | CG | es-MX
official-name | alexa cuál es la capital de la república federal de alemania | DE
official-name | alexa capital de los estados unidos de américa | US | es-US
official-name | alexa capital del reino de marruecos | MA
official-name | alexa la capital de la república oriental del uruguay | UY | es-US
official-name | alexa capital de la república árabe de egipto | EG
official-name | alexa cuál es la capital de la federación de rusia | RU | es-MX
official-name | alexa capital del reino de tailandia | TH
official-name | alexa cuál es la capital de la república islámica de irán | IR | es-US
official-name | alexa capital del gran ducado de luxemburgo | LU
official-name | alexa capital del estado de palestina | PS
official-name | alexa cuál es la capital de la república federativa del brasil | BR | es-MX
official-name | alexa capital de la república socialista de vietnam | VN | es-US
official-name | alexa capital del reino de noruega | NO
# everyday-name
everyday-name | alexa qué capital tiene {} | birmania=MM; holanda=NL; persia=IR
everyday-name | alexa capital de inglaterra | GB-ENG
everyday-name | alexa capital de gran bretaña | GB
everyday-name | alexa capital de la república checa | CZ
everyday-name | alexa capital de costa de marfil | CI | es-MX
everyday-name | alexa capital de los emiratos | AE | es-MX
everyday-name | alexa capital de la unión americana | US | es-MX
everyday-name | alexa capital de gringolandia | US | es-MX
everyday-name | alexa capital de rusia la de putin | RU | es-US
everyday-name | alexa capital de corea la del norte | KP | es-US
everyday-name | alexa capital del congo belga | CD
everyday-name | alexa la capital de bielorrusia | BY
everyday-name | alexa capital de timor oriental | TL
everyday-name | alexa capital de swazilandia | SZ | es-US
everyday-name | alexa capital de la isla de guam | GU | es-US
everyday-name | alexa capital de zaire | CD | es-MX
everyday-name | alexa la capital de arabia saudita | SA | es-US
everyday-name | alexa capital de cabo verde | CV
everyday-name | alexa capital del reino unido de toda la vida londres no | GB
# shared-name
shared-name | alexa cuál es la capital de georgia | GE
shared-name | alexa la capital de georgia el estado | US-GA | es-US
shared-name | alexa capital de georgia el país del cáucaso | GE | es-MX
shared-name | alexa cuál es la capital de corea | KP+KR
shared-name | alexa capitales de las dos coreas | KP+KR | es-MX
shared-name | alexa capital del congo | CD+CG
shared-name | alexa la capital de los dos congos | CD+CG | es-US
shared-name | alexa capital de guinea | GN
shared-name | alexa capital de washington | US-WA | es-US
shared-name | alexa cuál es la capital de victoria en australia | AU-VIC
shared-name | alexa capital de san martín la isla | MF+SX | es-MX
shared-name | alexa capital de granada el país del caribe | GD
shared-name | alexa capital de dominica la isla | DM | es-US
shared-name | alexa capital de guadalupe la del caribe | GP | es-MX
shared-name | alexa capital de méxico | MX | es-MX
shared-name | alexa capital de luxemburgo el país | LU
shared-name | alexa cuál es la capital de samoa | WS | es-US
shared-name | alexa las capitales de guinea y de guinea-bisáu | GN+GW
shared-name | alexa cuál es la capital de sudán | SD
shared-name | alexa la capital de guinea ecuatorial | GQ
official-name | alexa dime la capital del reino de los países bajos | NL
official-name | alexa capital de la república sudafricana | ZA | es-MX
official-name | alexa cuál es la capital de la república de sudáfrica | ZA
official-name | alexa la capital del reino de bélgica | BE | es-US
official-name | alexa cuál es la capital de la república de costa rica | CR | es-MX
official-name | alexa la capital de la república argentina | AR
official-name | alexa capital del reino de españa | ES | es-US
official-name | alexa capital de la república de malí | ML
official-name | alexa capital de la república de guatemala | GT | es-US
official-name | alexa cuál es la capital del reino de arabia saudita | SA | es-MX
shared-name | alexa capital de georgia la de estados unidos | US-GA | es-MX
shared-name | alexa capital del congo el grande | CD
shared-name | alexa capital del congo el pequeño | CG | es-US
shared-name | alexa capital de virginia | US-VA | es-US
shared-name | alexa capital de la guinea que habla español | GQ | es-MX
shared-name | alexa cuál es la capital de la otra corea la del norte | KP
shared-name | alexa capital de granada la isla | GD | es-US
subdivision | alexa cuál es la capital de cisjordania | FB
follow-up | alexa y la de palestina | PS | es-MX
follow-up | alexa y del congo de kinshasa | CD
follow-up | alexa y la del congo brazzaville | CG | es-US
yes-no-check | alexa es kinshasa la capital de la república democrática del congo | CD | es-US
yes-no-check | alexa brazzaville es la capital del congo no | CG
yes-no-check | alexa la capital de palestina es jerusalén este verdad | PS | es-US
everyday-name | alexa capital de palestina | PS
everyday-name | alexa la capital del congo francés | CG | es-MX
everyday-name | alexa capital de la rd del congo | CD | es-US
plural-capitals | alexa palestina tiene dos capitales cuáles son | PS | es-MX
plural-capitals | alexa dime las capitales de sudáfrica pretoria y cuáles más | ZA
plural-capitals | alexa cuáles son las capitales de malasia kuala lumpur y la otra | MY | es-US
# out-of-domain
out-of-domain | alexa cuál es la capital de la amazonia | FB
out-of-domain | alexa cuál es la capital de europa | FB
out-of-domain | alexa qué capital de europa tiene más habitantes | FB
out-of-domain | alexa cuántos habitantes tiene madrid | FB
out-of-domain | alexa cuántos kilómetros hay de madrid a lisboa | FB
out-of-domain | alexa pon la radio nacional | FB
out-of-domain | alexa pon un temporizador para los huevos | FB
out-of-domain | alexa despiértame a las siete menos cuarto | FB
out-of-domain | alexa qué día es hoy | FB
out-of-domain | alexa apunta leche en la lista de la compra | FB
out-of-domain | alexa enciende la luz del salón | FB
out-of-domain | alexa baja el volumen | FB
out-of-domain | alexa cuál es la capital de la provincia de jaén | FB
out-of-domain | alexa cuál es la capital de la moda | FB
out-of-domain | alexa en qué año fue madrid capital de españa | FB
out-of-domain | alexa quién fundó buenos aires | FB
out-of-domain | alexa cuál es el país más pequeño de áfrica | FB
out-of-domain | alexa qué idioma se habla en bélgica | FB
out-of-domain | alexa qué moneda tienen en suiza | FB
out-of-domain | alexa cuál es la bandera de japón | FB
out-of-domain | alexa qué hora es en tokio | FB
out-of-domain | alexa cuál es la montaña más alta de europa | FB
out-of-domain | alexa cuántos países hay en la unión europea | FB
out-of-domain | alexa quién es el presidente de francia | FB
out-of-domain | alexa cómo se dice capital en inglés | FB
out-of-domain | alexa qué significa capital de riesgo | FB
out-of-domain | alexa cuál es la capital de atlantis | FB
out-of-domain | alexa cuál es la capital del pecado en la biblia | FB
out-of-domain | alexa cuál es la capital del imperio romano de oriente | FB
out-of-domain | alexa cuál es la capital de la unión soviética | FB
out-of-domain | alexa cuál es la capital de prusia | FB
out-of-domain | alexa qué capital tiene la provincia de león | FB
out-of-domain | alexa qué capitales he acertado hoy | FB
out-of-domain | alexa cuéntame algo de la historia de roma | FB
out-of-domain | alexa cuál es el aeropuerto de la capital de italia | FB
out-of-domain | alexa cuánto cuesta un billete a parís | FB
out-of-domain | alexa qué es una capital de provincia | FB
out-of-domain | alexa cuál es la capital de oceanía | FB
out-of-domain | alexa pon el telediario | FB
out-of-domain | alexa qué tal el tráfico en la m treinta | FB
out-of-domain | alexa reproduce la lista de la compra | FB
out-of-domain | alexa cuál es la capital gastronómica de españa | FB
out-of-domain | alexa cuál es la capital de la mancha | FB
out-of-domain | alexa qué es más grande londres o parís | FB
out-of-domain | alexa a cuántos grados estamos en bilbao | FB
out-of-domain | alexa qué país tiene más islas | FB
out-of-domain | alexa cómo se llama el alcalde de madrid | FB
out-of-domain | alexa cuántos ríos hay en españa | FB
out-of-domain | alexa llama a mi madre | FB
out-of-domain | alexa cuál es la capital del reino de león | FB
out-of-domain | alexa qué tiempo hace en la capital | FB
out-of-domain | alexa cuál es la capital de narnia | FB
out-of-domain | alexa cuál es la capital del estado de ánimo | FB
out-of-domain | alexa qué santo es hoy | FB
out-of-domain | alexa cuál es la capital de la república de weimar | FB
out-of-domain | alexa cuántos habitantes tiene la ciudad de méxico | FB | es-MX
out-of-domain | alexa cuál es la capital de los antojitos | FB | es-MX
out-of-domain | alexa cuál es la capital mundial del tequila | FB | es-MX
out-of-domain | alexa pon música de banda | FB | es-MX
out-of-domain | alexa pon una alarma a las seis | FB | es-MX
out-of-domain | alexa cuánto falta para el día de muertos | FB | es-MX
out-of-domain | alexa prende el foco del cuarto | FB | es-MX
out-of-domain | alexa qué clima va a hacer en monterrey | FB | es-MX
out-of-domain | alexa cuál es la capital de aztlán | FB | es-MX
out-of-domain | alexa cuál era la capital de los aztecas | FB | es-MX
out-of-domain | alexa quién fue el primer presidente de méxico | FB | es-MX
out-of-domain | alexa cuántos estados tiene méxico | FB | es-MX
out-of-domain | alexa cuál es el estado más grande de méxico | FB | es-MX
out-of-domain | alexa qué idioma hablan en brasil | FB | es-MX
out-of-domain | alexa cuál es la moneda de guatemala | FB | es-MX
out-of-domain | alexa qué hora es en madrid | FB | es-MX
out-of-domain | alexa cuánto mide el pico de orizaba | FB | es-MX
out-of-domain | alexa dónde queda teotihuacán | FB | es-MX
out-of-domain | alexa qué día cae el grito de independencia | FB | es-MX
out-of-domain | alexa cuál es la capital del mole | FB | es-MX
out-of-domain | alexa cuál es la capital de la cerveza | FB | es-MX
out-of-domain | alexa cuál es la capital de tenochtitlan | FB | es-MX
out-of-domain | alexa cuántas capitales hay en américa | FB | es-MX
out-of-domain | alexa pon la novela de las nueve | FB | es-MX
out-of-domain | alexa cuánto está la gasolina | FB | es-MX
out-of-domain | alexa agrega tortillas a la lista | FB | es-MX
out-of-domain | alexa qué es el capital humano | FB | es-MX
out-of-domain | alexa qué temblor hubo hoy | FB | es-MX
out-of-domain | alexa cuál es la capital de la nueva españa | FB | es-MX
out-of-domain | alexa cuál fue la primera capital de méxico | FB | es-MX
out-of-domain | alexa qué país está más cerca de la ciudad de méxico | FB | es-MX
out-of-domain | alexa cuál es la capital de los chiles en nogada | FB | es-MX
out-of-domain | alexa en qué continente está egipto | FB | es-MX
out-of-domain | alexa cuál es el volcán más alto | FB | es-MX
out-of-domain | alexa cuéntame de la revolución mexicana | FB | es-MX
out-of-domain | alexa capital de la lucha libre | FB | es-MX
out-of-domain | alexa cómo está el tráfico en periférico | FB | es-MX
out-of-domain | alexa qué hora es en los ángeles | FB | es-US
out-of-domain | alexa set a timer for ten minutes | FB | es-US
out-of-domain | alexa pon música de selena | FB | es-US
out-of-domain | alexa cuánto es el minimum wage en california | FB | es-US
out-of-domain | alexa what's the weather like today | FB | es-US
out-of-domain | alexa cuándo es el thanksgiving | FB | es-US
out-of-domain | alexa cuál es la capital del country | FB | es-US
out-of-domain | alexa cuál es la capital del mundo de las hamburguesas | FB | es-US
out-of-domain | alexa cuántos estados tiene estados unidos | FB | es-US
out-of-domain | alexa quién es el gobernador de texas | FB | es-US
out-of-domain | alexa dónde queda el gran cañón | FB | es-US
out-of-domain | alexa qué temperatura hace afuera | FB | es-US
out-of-domain | alexa add arroz to my shopping list | FB | es-US
out-of-domain | alexa prende las luces de la cocina | FB | es-US
out-of-domain | alexa cuál es la capital de la frontera | FB | es-US
out-of-domain | alexa qué es la capital de una empresa | FB | es-US
out-of-domain | alexa how many people live in washington | FB | es-US
out-of-domain | alexa cuál es la capital de wakanda | FB | es-US
out-of-domain | alexa cuál es la capital más fría de estados unidos | FB | es-US
out-of-domain | alexa cuál fue la primera capital de estados unidos | FB | es-US
out-of-domain | alexa traduce capital al inglés | FB | es-US
out-of-domain | alexa qué hora es en honduras | FB | es-US
out-of-domain | alexa cuánto cuesta el envío a guatemala | FB | es-US
out-of-domain | alexa cuál es la capital de silicon valley | FB | es-US
out-of-domain | alexa cuántas millas hay de chicago a nueva york | FB | es-US
out-of-domain | alexa quién ganó el super bowl | FB | es-US
out-of-domain | alexa pon las noticias de univision | FB | es-US
out-of-domain | alexa cuál es la capital del estado de ánimo latino | FB | es-US
out-of-domain | alexa what's the capital letter of a | FB | es-US
out-of-domain | alexa cuál es la capital de nueva inglaterra | FB | es-US
out-of-domain | alexa cuál es la capital de los estados confederados | FB | es-US
out-of-domain | alexa cuánto vale un bitcoin | FB | es-US
out-of-domain | alexa cuál es la ciudad más grande de florida | FB | es-US
out-of-domain | alexa cuál es la capital de sudamérica | FB | es-US
out-of-domain | alexa qué es el capitolio | FB | es-US
out-of-domain | alexa qué país tiene la capital más alta | FB | es-US
out-of-domain | alexa cuál es la capital del mundo | FB
out-of-domain | alexa qué capital europea está más al norte | FB
out-of-domain | alexa cuál es la ciudad más antigua de españa | FB
out-of-domain | alexa reproduce los cuarenta principales | FB
out-of-domain | alexa qué hay de cenar | FB
out-of-domain | alexa a qué hora abre el mercadona | FB
out-of-domain | alexa cuál es la capital cultural europea este año | FB
out-of-domain | alexa cuál es el país con más habitantes del mundo | FB
out-of-domain | alexa cuál es la capital de la provincia de cuenca en ecuador | FB
out-of-domain | alexa dime un refrán | FB
out-of-domain | alexa cuál es la capital mundial de la plata | FB | es-MX
out-of-domain | alexa cómo se hace el pozole | FB | es-MX
out-of-domain | alexa cuánto cuesta el metro en la ciudad | FB | es-MX
out-of-domain | alexa cuál es la capital del norte | FB | es-MX
out-of-domain | alexa en qué año se fundó tenochtitlan | FB | es-MX
out-of-domain | alexa quién ganó el clásico américa chivas | FB | es-MX
out-of-domain | alexa cuál es la capital con más tráfico del mundo | FB | es-MX
out-of-domain | alexa pon un corrido | FB | es-MX
out-of-domain | alexa cuántos municipios tiene oaxaca | FB | es-MX
out-of-domain | alexa dónde está el ángel de la independencia | FB | es-MX
out-of-domain | alexa qué significa la palabra capital | FB | es-MX
out-of-domain | alexa cuál es la capital de la alegría | FB | es-MX
out-of-domain | alexa cuál es la capital del cielo | FB | es-US
out-of-domain | alexa qué estado tiene más latinos | FB | es-US
out-of-domain | alexa when is mother's day in mexico | FB | es-US
out-of-domain | alexa cuánto tarda un vuelo de houston a san salvador | FB | es-US
out-of-domain | alexa cuál es la capital de la salsa | FB | es-US
# ================================================================ es-ES groups
# Portuguese cross-border workers in Badajoz, Olivenza and Tui
portugueses-raya | alexa olha cuál es la capital de {} | cabo verde=CV; angola=AO; mozambique=MZ
portugueses-raya | alexa pois la capital de santo tomé y príncipe cuál es | ST
portugueses-raya | alexa obrigado y la de guinea-bisáu | GW
portugueses-raya | alexa tá bem y cuál es la capital de timor | TL
portugueses-raya | alexa la capital de portugal es lisboa ou porto | PT
portugueses-raya | alexa olha a capital de brasil é brasilia no | BR
portugueses-raya | alexa fixe y dime la capital de macao | MO
portugueses-raya | alexa pois pois y la capital de la isla de madeira | FB
portugueses-raya | alexa cuál es a capital do estado de paraná en brasil | BR-PR
portugueses-raya | alexa olha ponme capitales del mundo que o meu filho quer jogar | LAUNCH
portugueses-raya | alexa desculpa cancela isso | CANCEL
portugueses-raya | alexa ya chega pára | STOP
portugueses-raya | alexa a qué hora abre la frontera en elvas | FB
portugueses-raya | alexa olha de qué país es capital maputo | CITY:Maputo
portugueses-raya | alexa capital de la región de los azores | FB
portugueses-raya | alexa tá bem tá bem y la de pernambuco | BR-PE
portugueses-raya | alexa pois cuál es la capital de galicia | FB
portugueses-raya | alexa e a capital de guinea ecuatorial que también habla portugués | GQ
# Sindhi Hindu shopkeepers in Ceuta and Melilla
sindhi-ceuta | alexa acha dime capital de {} | india=IN; sri lanka=LK; bangladés=BD
sindhi-ceuta | alexa arre la capital de pakistán cuál es | PK
sindhi-ceuta | alexa bhai la capital de nepal | NP
sindhi-ceuta | alexa theek hai y la capital de bután | BT
sindhi-ceuta | alexa capital de las maldivas para un cliente | MV
sindhi-ceuta | alexa acha acha la capital de maharastra es bombay o mumbai | IN-MH
sindhi-ceuta | alexa cuál es la capital de guyarat | IN-GJ
sindhi-ceuta | alexa la capital de la provincia de sind | FB
sindhi-ceuta | alexa capital de rajastán | IN-RJ
sindhi-ceuta | alexa arre yaar cuánto cuesta un iphone en gibraltar | FB
sindhi-ceuta | alexa capital de afganistán | AF
sindhi-ceuta | alexa bhai para la música y las capitales | STOP
sindhi-ceuta | alexa acha ayúdame cómo pregunto la capital | HELP
sindhi-ceuta | alexa de qué país es capital katmandú | CITY:Katmandú
sindhi-ceuta | alexa capital de bengala occidental calcuta no | IN-WB
sindhi-ceuta | alexa ceuta es capital de algo | FB
sindhi-ceuta | alexa bhai y la capital de mauricio que tengo primos allí | MU
# Iranian students and doctors in Madrid
iranies-madrid | alexa khob cuál es la capital de {} | tayikistán=TJ; turkmenistán=TM; uzbekistán=UZ
iranies-madrid | alexa baleh y la capital de irán es teherán verdad | IR
iranies-madrid | alexa merci y la capital de armenia | AM
iranies-madrid | alexa capital de azerbaiyán por favor | AZ
iranies-madrid | alexa ey vay la capital de irak se me ha olvidado | IQ
iranies-madrid | alexa capital de kurdistán | FB
iranies-madrid | alexa cuál es la capital de omán | OM
iranies-madrid | alexa khob khob y de baréin | BH
iranies-madrid | alexa la capital de catar | QA
iranies-madrid | alexa capital de kuwait | KW
iranies-madrid | alexa pon capitales del mundo merci | LAUNCH
iranies-madrid | alexa qué tiempo hace en teherán | FB
iranies-madrid | alexa cuándo es el nowruz este año | FB
iranies-madrid | alexa de qué país es capital mascate | CITY:Mascate
iranies-madrid | alexa merci basta ya | STOP
iranies-madrid | alexa la capital de los emiratos árabes unidos es dubái | AE
iranies-madrid | alexa capital de yemen | YE
# Irish Erasmus students in Granada
irlandeses-granada | alexa like cuál es la capital de {} | irlanda=IE; escocia=GB-SCT; islandia=IS
irlandeses-granada | alexa sure look la capital de gales es cardiff no | GB-WLS
irlandeses-granada | alexa grand y la capital de irlanda del norte | GB-NIR
irlandeses-granada | alexa ah here capital de malta | MT
irlandeses-granada | alexa la capital de la isla de man like | IM
irlandeses-granada | alexa capital de jersey | JE
irlandeses-granada | alexa y guernesey la capital | GG
irlandeses-granada | alexa what's the craic abre capitales del mundo | LAUNCH
irlandeses-granada | alexa sorry cancela cancela | CANCEL
irlandeses-granada | alexa dónde hay un pub irlandés abierto en el albaicín | FB
irlandeses-granada | alexa capital de la provincia de munster | FB
irlandeses-granada | alexa cuál es la capital de andalucía sevilla o granada | FB
irlandeses-granada | alexa dublín es capital de qué | CITY:Dublín
irlandeses-granada | alexa grand stop | STOP
irlandeses-granada | alexa cuál es la capital de chipre | CY
irlandeses-granada | alexa capital de las malvinas like | FK
# Mexican master's students in Salamanca
mexicanos-salamanca | alexa oye cuál es la capital de {} | guatemala=GT; belice=BZ; el salvador=SV
mexicanos-salamanca | alexa órale y la capital de honduras | HN
mexicanos-salamanca | alexa qué padre y cuál es la capital de costa rica | CR
mexicanos-salamanca | alexa ahorita dime la capital de panamá | PA
mexicanos-salamanca | alexa güey cuál es la capital de nicaragua | NI
mexicanos-salamanca | alexa la capital de españa es madrid o salamanca jaja | ES
mexicanos-salamanca | alexa capital de castilla y león | FB
mexicanos-salamanca | alexa a cómo está el euro en pesos | FB
mexicanos-salamanca | alexa la capital de portugal | PT
mexicanos-salamanca | alexa cancela porfa que no era | CANCEL
mexicanos-salamanca | alexa órale abre capitales del mundo | LAUNCH
mexicanos-salamanca | alexa capital de veracruz para que me crean aquí | MX-VER
mexicanos-salamanca | alexa me ayudas con las capitales no le entiendo | HELP
mexicanos-salamanca | alexa de qué estado es capital morelia | CITY:Morelia
mexicanos-salamanca | alexa la capital de san luis potosí | MX-SLP
mexicanos-salamanca | alexa y de sonora | MX-SON
# ONCE lottery sellers
once-vendedores | alexa cuál es la capital de {} para el del cupón | letonia=LV; estonia=EE; lituania=LT
once-vendedores | alexa mientras no viene nadie capital de moldavia | MD
once-vendedores | alexa la capital de bosnia | BA
once-vendedores | alexa capital de montenegro que me lo ha preguntado un cliente | ME
once-vendedores | alexa qué número ha salido hoy en el cupón | FB
once-vendedores | alexa cuánto da el rasca de la once | FB
once-vendedores | alexa la capital de serbia belgrado no | RS
once-vendedores | alexa capital de kosovo | XK
once-vendedores | alexa dime la capital de macedonia del norte | MK
once-vendedores | alexa para hoy para hoy la capital de croacia | HR
once-vendedores | alexa para que entra gente | STOP
once-vendedores | alexa cancela que viene una señora | CANCEL
once-vendedores | alexa de qué país es capital sarajevo | CITY:Sarajevo
once-vendedores | alexa capital de albania | AL
once-vendedores | alexa la capital de bulgaria | BG
# A falla commission in its casal in Valencia
fallas-casal | alexa xe cuál es la capital de {} | francia=FR; italia=IT; alemania=DE
fallas-casal | alexa bon dia la capital de andorra | AD
fallas-casal | alexa capital de la comunidad de madrid | FB
fallas-casal | alexa a qué hora es la mascletà | FB
fallas-casal | alexa cuántos días quedan para fallas | FB
fallas-casal | alexa xe quita eso | CANCEL
fallas-casal | alexa calla que empieza la cremà | STOP
fallas-casal | alexa pon capitales del mundo para los chiquillos del casal | LAUNCH
fallas-casal | alexa la capital de mónaco | MC
fallas-casal | alexa capital de san marino | SM
fallas-casal | alexa xe y la de liechtenstein | LI
fallas-casal | alexa de qué país es capital la valeta | CITY:La Valeta
fallas-casal | alexa capital del vaticano | VA
fallas-casal | alexa la capital de valencia es valencia | FB
fallas-casal | alexa capital de austria | AT
fallas-casal | alexa qué es el ninot indultat | FB
# Hut wardens and hikers in a Pyrenees refuge
lugares-aislados-es | alexa antes de la cena capital de {} | nepal=NP; bután=BT; kirguistán=KG
lugares-aislados-es | alexa cuál es la capital de la cordillera de los andes | FB
out-of-domain | alexa qué tiempo va a hacer mañana en el collado | FB
lugares-aislados-es | alexa capital de andorra que está aquí al lado | AD
lugares-aislados-es | alexa la capital de tayikistán | TJ
lugares-aislados-es | alexa cuál es la capital de georgia la del cáucaso | GE
lugares-aislados-es | alexa la capital de lesoto el reino de las montañas | LS
lugares-aislados-es | alexa apaga que se duermen los de la habitación | STOP
lugares-aislados-es | alexa abre capitales del mundo que no hay cobertura para más | LAUNCH
lugares-aislados-es | alexa anula eso | CANCEL
lugares-aislados-es | alexa cuál es la capital del tíbet | FB
lugares-aislados-es | alexa capital de bolivia la de los andes | BO
lugares-aislados-es | alexa la capital más alta del mundo cuál es | FB
lugares-aislados-es | alexa capital de suiza para los del alpes | CH
lugares-aislados-es | alexa de qué país es capital timbu | CITY:Timbu
lugares-aislados-es | alexa capital de mongolia | MN
# Spanish teenagers gaming online
gamers-es | alexa en plan cuál es la capital de {} | japón=JP; corea del sur=KR; china=CN
gamers-es | alexa literal capital de corea del norte | KP
gamers-es | alexa tronco la capital de taiwán | TW
gamers-es | alexa bro capital de finlandia rápido | FI
gamers-es | alexa pon música de lofi | FB
gamers-es | alexa capital de fortnite | FB
gamers-es | alexa qué capital tiene suecia que me lo pregunta uno en el chat | SE
gamers-es | alexa gg cierra capitales | STOP
gamers-es | alexa cancela que era broma | CANCEL
gamers-es | alexa en plan ábreme capitales del mundo | LAUNCH
gamers-es | alexa la capital de hong kong | HK
gamers-es | alexa capital de singapur xd | SG
gamers-es | alexa capital de filipinas | PH
gamers-es | alexa literal de qué país es capital manila | CITY:Manila
gamers-es | alexa cuál es la capital de dinamarca bro | DK
gamers-es | alexa quién ganó el mundial de lol | FB
# Renfe staff and passengers on the AVE
oficios-es | alexa próxima parada la capital de {} | noruega=NO; bélgica=BE; países bajos=NL
out-of-domain | alexa a qué hora sale el ave a barcelona | FB
oficios-es | alexa capital de francia para el interventor | FR
out-of-domain | alexa cuántas capitales de provincia tiene españa | FB
oficios-es | alexa la capital de luxemburgo | LU
subdivision | alexa capital de la provincia de zaragoza | FB
oficios-es | alexa silencio que estamos en el vagón silencioso | STOP
oficios-es | alexa capital de eslovaquia | SK
oficios-es | alexa capital de hungría | HU
oficios-es | alexa capital de polonia varsovia verdad | PL
oficios-es | alexa olvida lo anterior | CANCEL
oficios-es | alexa de qué país es capital bruselas | CITY:Bruselas
oficios-es | alexa las capitales de holanda | NL
oficios-es | alexa capital de reino unido | GB
# Work: cabin crew, a Getafe hairdresser, a Teruel farmer
oficios-es | alexa para el vuelo de mañana capital de {} | marruecos=MA; túnez=TN; argelia=DZ
oficios-es | alexa mientras se seca el tinte capital de egipto | EG
oficios-es | alexa la capital de libia | LY
oficios-es | alexa capital de jordania para la clienta | JO
oficios-es | alexa capital del líbano | LB
oficios-es | alexa teruel existe es capital de algo | FB
oficios-es | alexa qué tiempo hará para sembrar | FB
oficios-es | alexa capital de siria | SY
oficios-es | alexa capital de israel | IL
oficios-es | alexa para ya que llaman | STOP
oficios-es | alexa abre capitales del mundo mientras recojo | LAUNCH
oficios-es | alexa de qué país es capital ammán | CITY:Ammán
oficios-es | alexa la capital de arabia saudí | SA
oficios-es | alexa la capital de turquía | TR
oficios-es | alexa cancela lo de antes | CANCEL
# TV quiz El Cazador, a local radio contest, Party and Co
concursos-es | alexa rápido como en el cazador capital de {} | nueva zelanda=NZ; fiyi=FJ; papúa nueva guinea=PG
concursos-es | alexa capital de tonga | TO
concursos-es | alexa capital de samoa para el concurso de la radio | WS
concursos-es | alexa la capital de vanuatu | VU
concursos-es | alexa capital de islas salomón | SB
concursos-es | alexa cuál es la capital de kiribati | KI
concursos-es | alexa la capital de tuvalu | TV
concursos-es | alexa capital de nauru que no me la sé | NR
concursos-es | alexa capital de palaos | PW
concursos-es | alexa capital de las islas marshall | MH
concursos-es | alexa la capital de micronesia | FM
concursos-es | alexa quién presenta el cazador | FB
concursos-es | alexa pon un temporizador de un minuto para el party | FB
concursos-es | alexa abre capitales del mundo que jugamos al party | LAUNCH
concursos-es | alexa qué comodín me queda | FB
concursos-es | alexa de qué país es capital suva | CITY:Suva
concursos-es | alexa cancela esa que ya la sabíamos | CANCEL
# Ferry crew on the Algeciras Tanger and Ceuta lines
mar-es | alexa en el puente capital de {} | mauritania=MR; senegal=SN; mali=ML
mar-es | alexa capital de marruecos rabat o casablanca | MA
mar-es | alexa cuál es la capital del sáhara occidental | EH
out-of-domain | alexa a qué hora sale el barco a tánger | FB
out-of-domain | alexa qué tal está el levante hoy | FB
mar-es | alexa capital de gibraltar | GI
mar-es | alexa la capital de níger | NE
mar-es | alexa capital de burkina faso | BF
mar-es | alexa capital de chad | TD
mar-es | alexa de qué país es capital nuakchot | CITY:Nuakchot
mar-es | alexa apaga que atracamos | STOP
mar-es | alexa abre capitales del mundo para el turno de noche | LAUNCH
mar-es | alexa capital de gambia | GM
mar-es | alexa capital de guinea conakri | GN
# New parents up at night with a baby
padres-primerizos | alexa en voz baja capital de {} | canadá=CA; australia=AU; sudáfrica=ZA
padres-primerizos | alexa shh cuál es la capital de ruanda | RW
padres-primerizos | alexa capital de burundi | BI
padres-primerizos | alexa pon ruido blanco | FB
padres-primerizos | alexa cuánto tiene que dormir un bebé de tres meses | FB
padres-primerizos | alexa para que se despierta | STOP
padres-primerizos | alexa shh cancela | CANCEL
padres-primerizos | alexa abre capitales del mundo bajito | LAUNCH
padres-primerizos | alexa la capital de uganda | UG
padres-primerizos | alexa capital de tanzania | TZ
padres-primerizos | alexa capital de etiopía | ET
padres-primerizos | alexa cuál es la capital de eritrea | ER
padres-primerizos | alexa capital de yibuti | DJ
padres-primerizos | alexa capital de somalia | SO
padres-primerizos | alexa cómo te pregunto sin despertar al niño | HELP
padres-primerizos | alexa de qué país es capital adís abeba | CITY:Adís Abeba
iranies-madrid | alexa khob y la capital de palestina | PS
padres-primerizos | alexa shh capital de la república del congo | CG
padres-primerizos | alexa capital del congo kinshasa | CD
# ================================================================ es-MX groups
# Yucatec Maya speaking vendors in Valladolid and Mérida
maya-valladolid | alexa bix a beel dime la capital de {} | belice=BZ; guatemala=GT; cuba=CU | es-MX
maya-valladolid | alexa dios bo'otik y cuál es la capital de yucatán | MX-YUC | es-MX
maya-valladolid | alexa ma'alob y la de campeche | MX-CAM | es-MX
maya-valladolid | alexa capital de quintana roo es cancún o chetumal | MX-ROO | es-MX
maya-valladolid | alexa mérida es capital de qué estado | CITY:Mérida | es-MX
maya-valladolid | alexa cuál es la capital del mundo maya | FB | es-MX
maya-valladolid | alexa a cómo está el dólar hoy para los turistas | FB | es-MX
maya-valladolid | alexa capital de chiapas | MX-CHP | es-MX
maya-valladolid | alexa ma'alob ya párale | STOP | es-MX
maya-valladolid | alexa abre capitales del mundo pa mi nieto | LAUNCH | es-MX
maya-valladolid | alexa bix a beel cómo se usa esto | HELP | es-MX
maya-valladolid | alexa la capital de tabasco villahermosa verdad | MX-TAB | es-MX
maya-valladolid | alexa qué hora cierra chichén itzá | FB | es-MX
maya-valladolid | alexa la capital de jamaica | JM | es-MX
maya-valladolid | alexa capital de haití | HT | es-MX
maya-valladolid | alexa dios bo'otik ya no | STOP | es-MX
# Cuban migrants waiting in Tapachula
cubanos-tapachula | alexa qué bolá dime la capital de {} | venezuela=VE; nicaragua=NI; república dominicana=DO | es-MX
cubanos-tapachula | alexa asere cuál es la capital de cuba la habana no | CU | es-MX
cubanos-tapachula | alexa oye mi vida la capital de trinidad y tobago | TT | es-MX
cubanos-tapachula | alexa la capital de bahamas | BS | es-MX
cubanos-tapachula | alexa capital de barbados | BB | es-MX
cubanos-tapachula | alexa cuándo me dan la cita de la comar | FB | es-MX
cubanos-tapachula | alexa cuánto falta pa llegar a la frontera | FB | es-MX
cubanos-tapachula | alexa qué volá pon capitales del mundo | LAUNCH | es-MX
cubanos-tapachula | alexa asere cancela eso | CANCEL | es-MX
cubanos-tapachula | alexa ya asere para | STOP | es-MX
cubanos-tapachula | alexa de qué país es capital puerto príncipe | CITY:Puerto Príncipe | es-MX
cubanos-tapachula | alexa la capital de chiapas es tapachula | MX-CHP | es-MX
cubanos-tapachula | alexa capital de puerto rico mi hermano | PR | es-MX
cubanos-tapachula | alexa oye y la capital de granada | GD | es-MX
cubanos-tapachula | alexa capital de santa lucía | LC | es-MX
cubanos-tapachula | alexa la capital de antigua y barbuda | AG | es-MX
# Cowboys on a Sonora ranch
vaqueros-sonora | alexa oye bichi cuál es la capital de {} | sonora=MX-SON; chihuahua=MX-CHH; sinaloa=MX-SIN | es-MX
vaqueros-sonora | alexa ca cuál es la capital de arizona | US-AZ | es-MX
vaqueros-sonora | alexa huerco pregúntale la capital de nuevo méxico | US-NM | es-MX
vaqueros-sonora | alexa capital de baja california | MX-BCN | es-MX
vaqueros-sonora | alexa qué tanto va a llover esta semana en el rancho | FB | es-MX
vaqueros-sonora | alexa cuánto vale un becerro en la subasta | FB | es-MX
vaqueros-sonora | alexa ahí nos vidrios apágate | STOP | es-MX
vaqueros-sonora | alexa ca ya cancela | CANCEL | es-MX
vaqueros-sonora | alexa ábrenos capitales del mundo pa la noche | LAUNCH | es-MX
vaqueros-sonora | alexa hermosillo es capital de qué estado | CITY:Hermosillo | es-MX
vaqueros-sonora | alexa la capital de durango | MX-DUR | es-MX
vaqueros-sonora | alexa capital de texas es dallas o austin | US-TX | es-MX
vaqueros-sonora | alexa capital de uruguay la tierra de los gauchos | UY | es-MX
vaqueros-sonora | alexa capital de argentina | AR | es-MX
vaqueros-sonora | alexa capital de baja california sur | MX-BCS | es-MX
# Lucha libre fans at Arena México
lucha-libre | alexa como máscara contra cabellera dime la capital de {} | japón=JP; turquía=TR; rusia=RU | es-MX
lucha-libre | alexa quién es el campeón de peso completo | FB | es-MX
lucha-libre | alexa a qué hora empieza la función en la arena méxico | FB | es-MX
lucha-libre | alexa capital de la república de irlanda | IE | es-MX
lucha-libre | alexa la capital de grecia | GR | es-MX
lucha-libre | alexa capital de egipto | EG | es-MX
lucha-libre | alexa de rudo a técnico cuál es la capital de italia | IT | es-MX
lucha-libre | alexa ya fue tercera caída apágate | STOP | es-MX
lucha-libre | alexa abre capitales del mundo pa esperar la lucha | LAUNCH | es-MX
lucha-libre | alexa cancela esa pregunta carnal | CANCEL | es-MX
lucha-libre | alexa roma es capital de qué país | CITY:Roma | es-MX
lucha-libre | alexa capital de la india | IN | es-MX
lucha-libre | alexa capital de china | CN | es-MX
lucha-libre | alexa capital de perú para el luchador peruano | PE | es-MX
# Street trades: a taquero, a microbus driver in Ecatepec, a dentist in Los Algodones
oficios-mx | alexa con todo joven la capital de {} | colombia=CO; venezuela=VE; ecuador=EC | es-MX
oficios-mx | alexa súbale súbale capital de bolivia | BO | es-MX
oficios-mx | alexa en lo que llega el pasaje capital de paraguay | PY | es-MX
oficios-mx | alexa capital de la provincia de ontario para un paciente canadiense | CA-ON | es-MX
oficios-mx | alexa capital de minnesota para el gringo del consultorio | US-MN | es-MX
out-of-domain | alexa a cómo el kilo de pastor | FB | es-MX
out-of-domain | alexa cuánto cuesta una corona dental en dólares | FB | es-MX
oficios-mx | alexa bajan en la esquina ya para | STOP | es-MX
oficios-mx | alexa cancela joven | CANCEL | es-MX
oficios-mx | alexa cuál es la capital del estado de méxico | MX-MEX | es-MX
oficios-mx | alexa toluca es capital de qué | CITY:Toluca | es-MX
oficios-mx | alexa capital de chile | CL | es-MX
oficios-mx | alexa abre capitales del mundo mientras no hay pasaje | LAUNCH | es-MX
oficios-mx | alexa capital de surinam | SR | es-MX
oficios-mx | alexa la capital de guyana | GY | es-MX
# A hotel concierge in Cancún with tourists
oficios-mx | alexa para el huésped la capital de {} | canadá=CA; suecia=SE; noruega=NO | es-MX
oficios-mx | alexa capital de dinamarca para la señora de la doscientos tres | DK | es-MX
oficios-mx | alexa capital de islandia | IS | es-MX
oficios-mx | alexa capital de finlandia | FI | es-MX
out-of-domain | alexa a qué hora sale el ferry a isla mujeres | FB | es-MX
out-of-domain | alexa qué tal el sargazo hoy | FB | es-MX
oficios-mx | alexa de qué país es capital estocolmo | CITY:Estocolmo | es-MX
oficios-mx | alexa abre capitales del mundo para los huéspedes | LAUNCH | es-MX
oficios-mx | alexa perdón cancela | CANCEL | es-MX
oficios-mx | alexa ya está gracias | STOP | es-MX
oficios-mx | alexa la capital de inglaterra para el inglés del bar | GB-ENG | es-MX
oficios-mx | alexa capital de escocia para el escocés | GB-SCT | es-MX
oficios-mx | alexa capital de alemania | DE | es-MX
oficios-mx | alexa capital de los países bajos | NL | es-MX
oficios-mx | alexa capital de nueva zelanda | NZ | es-MX
# Seminarians in Guadalajara
seminaristas-gdl | alexa padre pregúntele la capital de {} | ciudad del vaticano=VA; polonia=PL; croacia=HR | es-MX
seminaristas-gdl | alexa hermano dígame la capital de israel | IL | es-MX
seminaristas-gdl | alexa cuál es la capital de palestina para la clase de biblia | PS | es-MX
seminaristas-gdl | alexa a qué hora es la misa en la catedral | FB | es-MX
seminaristas-gdl | alexa quién es el papa ahora | FB | es-MX
seminaristas-gdl | alexa jerusalén es capital de qué país | CITY:Jerusalén | es-MX
seminaristas-gdl | alexa cancele eso por favor | CANCEL | es-MX
seminaristas-gdl | alexa ya es hora de rezar apáguese | STOP | es-MX
seminaristas-gdl | alexa abra capitales del mundo por favor | LAUNCH | es-MX
seminaristas-gdl | alexa capital de jalisco | MX-JAL | es-MX
seminaristas-gdl | alexa capital de filipinas donde hay tantos católicos | PH | es-MX
seminaristas-gdl | alexa capital de timor-leste | TL | es-MX
seminaristas-gdl | alexa capital de malta | MT | es-MX
seminaristas-gdl | alexa ayúdeme a usar esto de las capitales | HELP | es-MX
# The Turista Mundial board game at home
juegos-casa-mx | alexa estoy en la casilla de {} cuál es su capital | egipto=EG; argentina=AR; australia=AU | es-MX
juegos-casa-mx | alexa compré el país de kenia y su capital | KE | es-MX
juegos-casa-mx | alexa capital de nigeria para el turista | NG | es-MX
juegos-casa-mx | alexa capital de marruecos | MA | es-MX
juegos-casa-mx | alexa capital de sudáfrica ya la compré | ZA | es-MX
out-of-domain | alexa tira los dados | FB | es-MX
out-of-domain | alexa cuánto cuesta un hotel en el turista | FB | es-MX
juegos-casa-mx | alexa abre capitales del mundo que estamos jugando turista | LAUNCH | es-MX
juegos-casa-mx | alexa cancela que me tocó cárcel | CANCEL | es-MX
juegos-casa-mx | alexa ya ganó mi tía apágale | STOP | es-MX
juegos-casa-mx | alexa capital de corea del norte | KP | es-MX
juegos-casa-mx | alexa la capital de camerún | CM | es-MX
juegos-casa-mx | alexa capital de ghana | GH | es-MX
juegos-casa-mx | alexa nairobi es capital de dónde | CITY:Nairobi | es-MX
# Sixth graders preparing the Olimpiada del Conocimiento
olimpiada-conocimiento | alexa para la olimpiada cuál es la capital de {} | angola=AO; zambia=ZM; zimbabue=ZW | es-MX
olimpiada-conocimiento | alexa maestra dice que estudie la capital de namibia | NA | es-MX
olimpiada-conocimiento | alexa capital de botsuana | BW | es-MX
olimpiada-conocimiento | alexa capital de madagascar | MG | es-MX
olimpiada-conocimiento | alexa capital de mozambique | MZ | es-MX
olimpiada-conocimiento | alexa cuál es la capital de malaui | MW | es-MX
olimpiada-conocimiento | alexa capital de lesoto | LS | es-MX
olimpiada-conocimiento | alexa cuántos continentes hay | FB | es-MX
olimpiada-conocimiento | alexa cuál es el río más largo de méxico | FB | es-MX
olimpiada-conocimiento | alexa abre capitales del mundo para estudiar | LAUNCH | es-MX
olimpiada-conocimiento | alexa cancela esa me equivoqué | CANCEL | es-MX
olimpiada-conocimiento | alexa ya me la sé apágate | STOP | es-MX
olimpiada-conocimiento | alexa cómo le pregunto las capitales de áfrica | HELP | es-MX
olimpiada-conocimiento | alexa harare es capital de qué país | CITY:Harare | es-MX
olimpiada-conocimiento | alexa las capitales de esuatini | SZ | es-MX
# Mexican children after school
juegos-casa-mx | alexa porfis la capital de {} | francia=FR; españa=ES; brasil=BR | es-MX
juegos-casa-mx | alexa mi mamá dice que te pregunte la capital de estados unidos | US | es-MX
juegos-casa-mx | alexa cuál es la capital de corea del sur la de bts | KR | es-MX
juegos-casa-mx | alexa cuál es la capital de la luna | FB | es-MX
out-of-domain | alexa cuenta un chiste | FB | es-MX
juegos-casa-mx | alexa ya no quiero jugar | STOP | es-MX
juegos-casa-mx | alexa no espera cancela | CANCEL | es-MX
juegos-casa-mx | alexa abre capitales del mundo porfa porfa | LAUNCH | es-MX
juegos-casa-mx | alexa la capital de australia son los canguros | AU | es-MX
juegos-casa-mx | alexa capital de méxico la ciudad de méxico | MX | es-MX
juegos-casa-mx | alexa capital de canadá | CA | es-MX
juegos-casa-mx | alexa cómo se juega | HELP | es-MX
juegos-casa-mx | alexa qué país tiene como capital parís | CITY:París | es-MX
cubanos-tapachula | alexa asere la capital del congo ese de brazzaville | CG | es-MX
olimpiada-conocimiento | alexa capital de la república democrática del congo para la olimpiada | CD | es-MX
# ================================================================ es-US groups
# Guatemalans in the Alabama poultry plants around Albertville
chapines-alabama | alexa fijate vos cuál es la capital de {} | alabama=US-AL; tennessee=US-TN; misisipi=US-MS | es-US
chapines-alabama | alexa a la gran cuál es la capital de guatemala | GT | es-US
chapines-alabama | alexa patojo preguntale la capital de el salvador | SV | es-US
chapines-alabama | alexa capital de belice pues | BZ | es-US
chapines-alabama | alexa la capital de honduras tegucigalpa verdad | HN | es-US
chapines-alabama | alexa a qué hora entra el turno de la planta | FB | es-US
chapines-alabama | alexa cuánto cuesta mandar cien dólares a huehuetenango | FB | es-US
chapines-alabama | alexa capital del departamento de quetzaltenango | FB | es-US
chapines-alabama | alexa abrí capitales del mundo vos | LAUNCH | es-US
chapines-alabama | alexa ya pues apagate | STOP | es-US
chapines-alabama | alexa cancelá eso vos | CANCEL | es-US
chapines-alabama | alexa montgomery es capital de qué estado | CITY:Montgomery | es-US
chapines-alabama | alexa capital de georgia el de atlanta | US-GA | es-US
chapines-alabama | alexa la capital de arkansas | US-AR | es-US
chapines-alabama | alexa capital de costa rica | CR | es-US
# Dominicans in Lawrence, Massachusetts
dominicanos-lawrence | alexa klk cuál es la capital de {} | massachusetts=US-MA; rhode island=US-RI; connecticut=US-CT | es-US
dominicanos-lawrence | alexa mi loco la capital de república dominicana | DO | es-US
dominicanos-lawrence | alexa dime la capital de haití manito | HT | es-US
dominicanos-lawrence | alexa qué vaina es esa la capital de nuevo hampshire | US-NH | es-US
dominicanos-lawrence | alexa capital de maine | US-ME | es-US
dominicanos-lawrence | alexa klk pon bachata | FB | es-US
dominicanos-lawrence | alexa a qué hora juegan los medias rojas | FB | es-US
dominicanos-lawrence | alexa abre capitales del mundo mi loco | LAUNCH | es-US
dominicanos-lawrence | alexa deja esa vaina | STOP | es-US
dominicanos-lawrence | alexa cancela eso tigere | CANCEL | es-US
dominicanos-lawrence | alexa de qué país es capital santo domingo | CITY:Santo Domingo | es-US
dominicanos-lawrence | alexa capital de la provincia de santiago | FB | es-US
dominicanos-lawrence | alexa capital de cuba | CU | es-US
dominicanos-lawrence | alexa capital de san cristóbal y nieves | KN | es-US
dominicanos-lawrence | alexa la capital de dominica | DM | es-US
# Colombians in Elizabeth, New Jersey
colombianos-nj | alexa parce cuál es la capital de {} | colombia=CO; nueva jersey=US-NJ; pensilvania=US-PA | es-US
colombianos-nj | alexa qué más pues y la capital de venezuela | VE | es-US
colombianos-nj | alexa bacano y la de ecuador | EC | es-US
colombianos-nj | alexa capital de panamá parce | PA | es-US
colombianos-nj | alexa capital de nueva york es nueva york o albany | US-NY | es-US
colombianos-nj | alexa capital del departamento de antioquia | FB | es-US
colombianos-nj | alexa a cómo está el dólar en pesos colombianos | FB | es-US
colombianos-nj | alexa abra capitales del mundo pues | LAUNCH | es-US
colombianos-nj | alexa cancele eso mijo | CANCEL | es-US
colombianos-nj | alexa listo pare ya | STOP | es-US
colombianos-nj | alexa bogotá es capital de qué | CITY:Bogotá | es-US
colombianos-nj | alexa capital de delaware | US-DE | es-US
colombianos-nj | alexa capital de maryland | US-MD | es-US
colombianos-nj | alexa capital de perú | PE | es-US
# Dairy workers in Wisconsin
midwest-trabajo | alexa después del ordeño la capital de {} | wisconsin=US-WI; michigan=US-MI; illinois=US-IL | es-US
midwest-trabajo | alexa capital de minnesota | US-MN | es-US
midwest-trabajo | alexa capital de indiana | US-IN | es-US
out-of-domain | alexa qué temperatura va a hacer mañana en la lechería | FB | es-US
out-of-domain | alexa cuántos litros da una vaca | FB | es-US
midwest-trabajo | alexa ya me voy a dormir apágate | STOP | es-US
midwest-trabajo | alexa cancela ahorita | CANCEL | es-US
midwest-trabajo | alexa abre capitales del mundo pa los muchachos | LAUNCH | es-US
midwest-trabajo | alexa madison es la capital de qué estado | CITY:Madison | es-US
midwest-trabajo | alexa capital de ohio | US-OH | es-US
midwest-trabajo | alexa la capital de dakota del norte | US-ND | es-US
midwest-trabajo | alexa capital de suiza por los quesos | CH | es-US
midwest-trabajo | alexa capital de países bajos | NL | es-US
midwest-trabajo | alexa cuál es la capital del estado lechero | FB | es-US
# Meatpacking workers in Nebraska and Iowa
midwest-trabajo | alexa en el break cuál es la capital de {} | nebraska=US-NE; iowa=US-IA; kansas=US-KS | es-US
midwest-trabajo | alexa capital de misuri | US-MO | es-US
midwest-trabajo | alexa capital de dakota del sur | US-SD | es-US
midwest-trabajo | alexa capital de oklahoma | US-OK | es-US
out-of-domain | alexa a qué hora empieza la línea | FB | es-US
out-of-domain | alexa cuánto pagan el overtime | FB | es-US
midwest-trabajo | alexa abre capitales del mundo en el break | LAUNCH | es-US
midwest-trabajo | alexa para que ya se acabó el break | STOP | es-US
midwest-trabajo | alexa cancela eso compa | CANCEL | es-US
midwest-trabajo | alexa topeka es capital de qué estado | CITY:Topeka | es-US
midwest-trabajo | alexa capital de somalia para el compañero somalí | SO | es-US
midwest-trabajo | alexa capital de sudán del sur | SS | es-US
midwest-trabajo | alexa capital de myanmar para los de birmania | MM | es-US
midwest-trabajo | alexa capital de laos | LA | es-US
midwest-trabajo | alexa capital de eritrea | ER | es-US
# H-2A workers in eastern North Carolina
jornaleros-us | alexa con la visa de trabajo cuál es la capital de {} | carolina del norte=US-NC; carolina del sur=US-SC; virginia=US-VA | es-US
jornaleros-us | alexa capital de virginia occidental | US-WV | es-US
jornaleros-us | alexa el contratista pregunta la capital de georgia | US-GA | es-US
out-of-domain | alexa cuándo se acaba la temporada del tabaco | FB | es-US
out-of-domain | alexa cuánto es el salario por hora de la visa h dos a | FB | es-US
jornaleros-us | alexa abre capitales del mundo en la barraca | LAUNCH | es-US
jornaleros-us | alexa ya cállate que mañana madrugamos | STOP | es-US
jornaleros-us | alexa cancela eso paisa | CANCEL | es-US
jornaleros-us | alexa raleigh es capital de qué estado | CITY:Raleigh | es-US
jornaleros-us | alexa capital de guanajuato | MX-GUA | es-US
jornaleros-us | alexa capital de zacatecas | MX-ZAC | es-US
jornaleros-us | alexa capital de florida | US-FL | es-US
jornaleros-us | alexa capital de michoacán | MX-MIC | es-US
# Oaxacan families in the Oxnard strawberry fields
jornaleros-us | alexa paisano cuál es la capital de {} | oaxaca=MX-OAX; guerrero=MX-GRO; puebla=MX-PUE | es-US
jornaleros-us | alexa capital de california | US-CA | es-US
jornaleros-us | alexa capital de oregón | US-OR | es-US
jornaleros-us | alexa capital de washington el estado | US-WA | es-US
out-of-domain | alexa cuánto pagan la caja de fresa | FB | es-US
out-of-domain | alexa a qué hora es la guelaguetza en oxnard | FB | es-US
jornaleros-us | alexa abre capitales del mundo pa los chamacos | LAUNCH | es-US
jornaleros-us | alexa ya apágate que ya es tarde | STOP | es-US
jornaleros-us | alexa cancela paisano | CANCEL | es-US
jornaleros-us | alexa oaxaca es capital de qué | CITY:Oaxaca | es-US
jornaleros-us | alexa capital de morelos | MX-MOR | es-US
jornaleros-us | alexa capital de la mixteca | FB | es-US
jornaleros-us | alexa capital de nayarit | MX-NAY | es-US
jornaleros-us | alexa capital de colima | MX-COL | es-US
# Work: a school bus driver, a panadería in Dallas, a CNA in Phoenix, a long-haul trucker
oficios-us | alexa en la parada del bus capital de {} | montana=US-MT; wyoming=US-WY; idaho=US-ID | es-US
oficios-us | alexa mientras se hornea el pan capital de utah | US-UT | es-US
oficios-us | alexa capital de nevada | US-NV | es-US
oficios-us | alexa capital de arizona para el paciente | US-AZ | es-US
oficios-us | alexa en la troca capital de colorado | US-CO | es-US
oficios-us | alexa dónde está la báscula más cercana | FB | es-US
oficios-us | alexa cuántas conchas salen de una charola | FB | es-US
oficios-us | alexa abre capitales del mundo en la troca | LAUNCH | es-US
oficios-us | alexa ya llegué apaga | STOP | es-US
oficios-us | alexa cancela la última | CANCEL | es-US
oficios-us | alexa denver es capital de qué estado | CITY:Denver | es-US
oficios-us | alexa capital de alaska | US-AK | es-US
oficios-us | alexa capital de hawái | US-HI | es-US
oficios-us | alexa capital de luisiana | US-LA | es-US
oficios-us | alexa capital de nuevo méxico santa fe verdad | US-NM | es-US
# Kahoot games in a bilingual classroom
kahoot-bilingue | alexa for the kahoot cuál es la capital de {} | mongolia=MN; kazajistán=KZ; kirguistán=KG | es-US
kahoot-bilingue | alexa miss says capital de tailandia | TH | es-US
kahoot-bilingue | alexa capital de camboya | KH | es-US
kahoot-bilingue | alexa capital de vietnam | VN | es-US
kahoot-bilingue | alexa capital de indonesia | ID | es-US
kahoot-bilingue | alexa capital de brunéi | BN | es-US
kahoot-bilingue | alexa how many points do i have | FB | es-US
kahoot-bilingue | alexa cuál es la capital más poblada del mundo | FB | es-US
kahoot-bilingue | alexa open capitales del mundo for the class | LAUNCH | es-US
kahoot-bilingue | alexa okay stop now | STOP | es-US
kahoot-bilingue | alexa cancel that one | CANCEL | es-US
kahoot-bilingue | alexa de qué país es capital hanói | CITY:Hanói | es-US
kahoot-bilingue | alexa capital de malasia | MY | es-US
kahoot-bilingue | alexa capital de bangladés | BD | es-US
kahoot-bilingue | alexa how do i use capitales del mundo | HELP | es-US
# Grandparents just arrived to live with their children
abuelos-recien-llegados | alexa mijo qué es la capital de {} | méxico=MX; estados unidos=US; honduras=HN | es-US
abuelos-recien-llegados | alexa señorita cuál es la capital de guatemala | GT | es-US
abuelos-recien-llegados | alexa a ver la capital de nicaragua | NI | es-US
abuelos-recien-llegados | alexa cómo se le habla a esta cosa | HELP | es-US
abuelos-recien-llegados | alexa qué dijiste repíteme la capital de españa | ES | es-US
abuelos-recien-llegados | alexa qué hora es allá en el salvador | FB | es-US
abuelos-recien-llegados | alexa pon el rosario | FB | es-US
abuelos-recien-llegados | alexa abre esa cosa de las capitales del mundo | LAUNCH | es-US
abuelos-recien-llegados | alexa ya cállese por favor | STOP | es-US
abuelos-recien-llegados | alexa no no cancele | CANCEL | es-US
abuelos-recien-llegados | alexa capital de italia donde está el papa | IT | es-US
abuelos-recien-llegados | alexa la capital de francia es parís verdad | FR | es-US
abuelos-recien-llegados | alexa de qué país es capital madrid | CITY:Madrid | es-US
abuelos-recien-llegados | alexa capital de israel la tierra santa | IL | es-US
midwest-trabajo | alexa capital del congo para el compañero congolés de kinshasa | CD | es-US
kahoot-bilingue | alexa capital de la república del congo for the kahoot | CG | es-US
abuelos-recien-llegados | alexa la capital de palestina donde está belén | PS | es-US
# more launch, stop and cancel
launch | alexa oye abre lo de las capitales del mundo que dijo mi hermano | LAUNCH
launch | alexa a ver si me abres capitales del mundo de una vez | LAUNCH
launch | alexa jugamos a capitales del mundo | LAUNCH
launch | alexa pon en marcha capitales del mundo | LAUNCH
launch | alexa que empiece capitales del mundo | LAUNCH
launch | alexa abre la skill de capitales del mundo que me la han recomendado | LAUNCH
launch | alexa quiero practicar con capitales del mundo | LAUNCH | es-MX
launch | alexa ándale abre capitales del mundo | LAUNCH | es-MX
launch | alexa a ver ponnos capitales del mundo a todos | LAUNCH | es-MX
launch | alexa juguemos capitales del mundo | LAUNCH | es-MX
launch | alexa abre capitales del mundo para la tarea | LAUNCH | es-MX
launch | alexa hey open up capitales del mundo | LAUNCH | es-US
launch | alexa turn on capitales del mundo please | LAUNCH | es-US
launch | alexa abre el de las capitales del mundo que usamos ayer | LAUNCH | es-US
launch | alexa capitales del mundo please | LAUNCH | es-US
stop | alexa fuera capitales | STOP
stop | alexa no quiero seguir | STOP
stop | alexa ya párate | STOP | es-MX
stop | alexa apágate ya no | STOP | es-MX
stop | alexa stop it | STOP | es-US
stop | alexa shut up ya | STOP | es-US
cancel | alexa espera espera cancela | CANCEL
cancel | alexa esa no cancela | CANCEL
cancel | alexa ya no cancela la pregunta | CANCEL | es-MX
cancel | alexa mejor no olvídalo | CANCEL | es-MX
cancel | alexa forget it cancela | CANCEL | es-US
cancel | alexa cancela todo | CANCEL | es-US
help | alexa qué puedo hacer en capitales del mundo | HELP
help | alexa cómo se juega a esto de las capitales | HELP | es-MX
help | alexa ayuda what do i say | HELP | es-US
# ================================================================ more es-ES
# Scientists and crew at the Spanish Antarctic base
lugares-aislados-es | alexa desde la base dime la capital de {} | ucrania=UA; eslovenia=SI; chile=CL
lugares-aislados-es | alexa cuál es la capital de la antártida | AQ
lugares-aislados-es | alexa capital de las islas georgia del sur | GS
lugares-aislados-es | alexa cuál es la capital de las malvinas | FK
out-of-domain | alexa a cuántos grados bajo cero estamos | FB
out-of-domain | alexa cuándo llega el hespérides | FB
lugares-aislados-es | alexa capital de la tierra del fuego | FB
lugares-aislados-es | alexa capital de los territorios australes franceses | TF
lugares-aislados-es | alexa capital de la isla bouvet | BV
lugares-aislados-es | alexa capital de santa elena | SH
lugares-aislados-es | alexa apaga que hay reunión | STOP
lugares-aislados-es | alexa anula la última pregunta | CANCEL
lugares-aislados-es | alexa abre capitales del mundo para la noche polar | LAUNCH
lugares-aislados-es | alexa de qué país es capital wellington | CITY:Wellington
lugares-aislados-es | alexa capital de noruega que tienen base aquí cerca | NO
lugares-aislados-es | alexa capital de las islas pitcairn | PN
# Lighthouse and port pilots in the Canaries (the pilot boat)
mar-es | alexa mientras entra el mercante capital de {} | liberia=LR; sierra leona=SL; togo=TG
mar-es | alexa el barco viene de gabón cuál es su capital | GA
mar-es | alexa capital de comoras | KM
mar-es | alexa capital de las seychelles | SC
mar-es | alexa el barco lleva bandera de panamá cuál es su capital | PA
mar-es | alexa capital de las islas marshall que el barco lleva esa bandera | MH
mar-es | alexa cuál es la capital de la república centroafricana | CF
out-of-domain | alexa qué marea hay a las seis | FB
out-of-domain | alexa cuántos nudos sopla el viento | FB
mar-es | alexa de qué país es capital monrovia | CITY:Monrovia
mar-es | alexa de qué país es capital lomé | CITY:Lomé
mar-es | alexa para ya que entra el práctico | STOP
mar-es | alexa cancela eso que no era | CANCEL
mar-es | alexa capital de cabo verde para el capitán | CV
mar-es | alexa capital de santo tomé | ST
mar-es | alexa capital de canarias las palmas o santa cruz | FB
# ================================================================ more es-MX
# Pilgrims walking to the Basilica of Guadalupe
peregrinos-guadalupe | alexa en la peregrinación dime la capital de {} | ucrania=UA; eslovenia=SI; san vicente y las granadinas=VC | es-MX
peregrinos-guadalupe | alexa virgencita linda y cuál es la capital de hidalgo | MX-HID | es-MX
peregrinos-guadalupe | alexa capital de tlaxcala pa los de la caminata | MX-TLA | es-MX
peregrinos-guadalupe | alexa cuánto falta para llegar a la basílica | FB | es-MX
peregrinos-guadalupe | alexa a qué hora son las mañanitas a la virgen | FB | es-MX
peregrinos-guadalupe | alexa capital de querétaro | MX-QUE | es-MX
peregrinos-guadalupe | alexa capital de aguascalientes | MX-AGU | es-MX
peregrinos-guadalupe | alexa capital de guanajuato de donde venimos | MX-GUA | es-MX
peregrinos-guadalupe | alexa ya llegamos apágate | STOP | es-MX
peregrinos-guadalupe | alexa cancela eso hijo | CANCEL | es-MX
peregrinos-guadalupe | alexa abre capitales del mundo en lo que descansamos | LAUNCH | es-MX
peregrinos-guadalupe | alexa pachuca es capital de qué estado | CITY:Pachuca | es-MX
peregrinos-guadalupe | alexa capital de portugal donde está fátima | PT | es-MX
peregrinos-guadalupe | alexa capital de polonia la del papa juan pablo | PL | es-MX
peregrinos-guadalupe | alexa capital de nuevo león | MX-NLE | es-MX
# K-pop fans in Mexico City
kpop-cdmx | alexa ay no cuál es la capital de {} | corea del sur=KR; corea del norte=KP; tailandia=TH | es-MX
kpop-cdmx | alexa oppa vive en seúl es la capital de corea del sur verdad | KR | es-MX
kpop-cdmx | alexa la capital de japón pa mi amiga otaku | JP | es-MX
kpop-cdmx | alexa capital de taiwán | TW | es-MX
kpop-cdmx | alexa capital de hong kong | HK | es-MX
kpop-cdmx | alexa capital de macao | MO | es-MX
kpop-cdmx | alexa pon la última canción de stray kids | FB | es-MX
kpop-cdmx | alexa cuándo viene bts a méxico | FB | es-MX
kpop-cdmx | alexa abre capitales del mundo no sé quiero aprender | LAUNCH | es-MX
kpop-cdmx | alexa ay cancela | CANCEL | es-MX
kpop-cdmx | alexa ya bye | STOP | es-MX
kpop-cdmx | alexa seúl es capital de cuál corea | CITY:Seúl | es-MX
kpop-cdmx | alexa capital de corea del norte la de kim | KP | es-MX
kpop-cdmx | alexa capital de las dos coreas | KP+KR | es-MX
# Radio amateurs in Puebla and Jalisco
radioaficionados-mx | alexa copiado cuál es la capital de {} | gabón=GA; comoras=KM; seychelles=SC | es-MX
radioaficionados-mx | alexa cambio capital de la república centroafricana | CF | es-MX
radioaficionados-mx | alexa capital de liberia cambio | LR | es-MX
radioaficionados-mx | alexa capital de sierra leona | SL | es-MX
radioaficionados-mx | alexa me habla una estación de togo cuál es su capital | TG | es-MX
radioaficionados-mx | alexa capital de palaos cambio | PW | es-MX
radioaficionados-mx | alexa qué hora es en utc | FB | es-MX
radioaficionados-mx | alexa cuál es la propagación hoy en veinte metros | FB | es-MX
radioaficionados-mx | alexa abre capitales del mundo cambio | LAUNCH | es-MX
radioaficionados-mx | alexa cancela cambio | CANCEL | es-MX
radioaficionados-mx | alexa cambio y fuera | STOP | es-MX
radioaficionados-mx | alexa de qué país es capital bangui | CITY:Bangui | es-MX
radioaficionados-mx | alexa de qué país es capital libreville | CITY:Libreville | es-MX
radioaficionados-mx | alexa capital de islas cook | CK | es-MX
radioaficionados-mx | alexa capital de niue | NU | es-MX
radioaficionados-mx | alexa capital de tokelau | TK | es-MX
# ================================================================ more es-US
# Roofers after hail storms in Oklahoma and Kansas
techeros-granizo | alexa arriba del techo cuál es la capital de {} | san vicente y las granadinas=VC; palaos=PW; liberia=LR | es-US
techeros-granizo | alexa va a caer granizo hoy | FB | es-US
techeros-granizo | alexa cuántas láminas lleva un techo de dos mil pies | FB | es-US
techeros-granizo | alexa capital de oklahoma es tulsa | US-OK | es-US
techeros-granizo | alexa capital de kansas | US-KS | es-US
techeros-granizo | alexa capital de arkansas little rock | US-AR | es-US
techeros-granizo | alexa capital de texas | US-TX | es-US
techeros-granizo | alexa abre capitales del mundo en el lonche | LAUNCH | es-US
techeros-granizo | alexa ya bájate de ahí apágate | STOP | es-US
techeros-granizo | alexa cancela eso compadre | CANCEL | es-US
techeros-granizo | alexa oklahoma city es capital de qué | CITY:Oklahoma City | es-US
techeros-granizo | alexa capital de la tierra de los tornados | FB | es-US
techeros-granizo | alexa capital de tennessee | US-TN | es-US
techeros-granizo | alexa capital de kentucky | US-KY | es-US
techeros-granizo | alexa capital de ucrania | UA | es-US
techeros-granizo | alexa capital de eslovenia | SI | es-US
# Venezuelan delivery riders in New York
repartidores-nyc | alexa chamo cuál es la capital de {} | venezuela=VE; trinidad y tobago=TT; guyana=GY | es-US
repartidores-nyc | alexa pana la capital de aruba | AW | es-US
repartidores-nyc | alexa capital de curazao | CW | es-US
repartidores-nyc | alexa qué fino y la de colombia | CO | es-US
repartidores-nyc | alexa cuál es la ruta más rápida a brooklyn | FB | es-US
repartidores-nyc | alexa va a llover en el bronx | FB | es-US
repartidores-nyc | alexa vale abre capitales del mundo | LAUNCH | es-US
repartidores-nyc | alexa chamo cancela | CANCEL | es-US
repartidores-nyc | alexa listo apaga eso chévere | STOP | es-US
repartidores-nyc | alexa caracas es capital de qué país | CITY:Caracas | es-US
repartidores-nyc | alexa capital del estado zulia | FB | es-US
repartidores-nyc | alexa capital de nueva york el estado | US-NY | es-US
repartidores-nyc | alexa capital de nueva jersey | US-NJ | es-US
repartidores-nyc | alexa la capital de chile pana | CL | es-US
repartidores-nyc | alexa capital de las islas vírgenes de estados unidos | VI | es-US
# DJs and families at quinceañeras in Houston
quinceaneras-houston | alexa antes del vals cuál es la capital de {} | francia=FR; italia=IT; grecia=GR | es-US
quinceaneras-houston | alexa el tema de la fiesta es parís de qué país es capital | CITY:París | es-US
quinceaneras-houston | alexa pon el vals de quinceañera | FB | es-US
quinceaneras-houston | alexa cuántos chambelanes se necesitan | FB | es-US
quinceaneras-houston | alexa capital de españa para la decoración | ES | es-US
quinceaneras-houston | alexa capital de japón que la quinceañera quiere ir | JP | es-US
quinceaneras-houston | alexa capital de hawái que ahí va la luna de miel | US-HI | es-US
quinceaneras-houston | alexa abre capitales del mundo para el juego de los invitados | LAUNCH | es-US
quinceaneras-houston | alexa cancela que ya empezó el baile sorpresa | CANCEL | es-US
quinceaneras-houston | alexa apágate que ya llegó la festejada | STOP | es-US
quinceaneras-houston | alexa capital de tailandia | TH | es-US
quinceaneras-houston | alexa capital de turquía | TR | es-US
"""

if __name__ == "__main__":
    build_round(50, "es", LINES, sys.argv, "tests/Eval/es/round50/source/build_corpus.py")
