"""Round 51, Spanish (es-ES, es-MX, es-US): a new author's own mix, written blind at the end of the sixtieth session
(brief WRITER68.md), for the next session's tuner.

Written by the writer68-es helper without the voice model, the simulator, the skill's code, the interaction model or
earlier rounds' halves; only the places' ids, kinds, Spanish names and capital names were read from the data, through a
small script, to check ids and to know which places exist. Speakers and situations were chosen apart from round 50's
(es-ES: Portuguese cross-border workers in Badajoz, Olivenza and Tui (olha, pois, obrigado, tá bem, fixe, desculpa,
chega); Sindhi Hindu shopkeepers in Ceuta and Melilla (acha, arre, bhai, theek hai, yaar); Iranian students and doctors
in Madrid (khob, baleh, merci, ey vay, el nowruz); Irish Erasmus students in Granada (like, sure look, grand, ah here,
what's the craic); Mexican master's students in Salamanca (órale, qué padre, güey, ahorita); ONCE lottery sellers (el
cupón, para hoy, el rasca); a falla commission in its casal in Valencia (xe, bon dia, la mascletà, la cremà, los
chiquillos del casal); isolated posts (a Pyrenees refuge: el collado, la habitación; the Spanish Antarctic base: el
Hespérides, la noche polar); Spanish teenagers gaming (en plan, literal, tronco, bro, gg, xd); the sea (a ferry crew on
the Strait: el puente, el levante, atracamos; harbour pilots in the Canaries: el mercante, la bandera, el práctico);
work (AVE staff and passengers: el interventor, el vagón silencioso; cabin crew, a Getafe hairdresser, a Teruel farmer:
el tinte, la clienta, sembrar); games (El Cazador, a local radio contest, Party and Co: el comodín); new parents up at
night with a baby (shh, en voz baja, bajito, ruido blanco). es-MX: Yucatec Maya speaking vendors in Valladolid and
Mérida (bix a beel, dios bo'otik, ma'alob); Cuban migrants waiting in Tapachula (qué bolá, asere, qué volá, mi vida, la
cita de la COMAR); cowboys on a Sonora ranch (bichi, ca, huerco, ahí nos vidrios, el becerro); lucha libre fans at
Arena México (máscara contra cabellera, rudo, técnico, tercera caída, carnal); work (a taquero, a microbus driver in
Ecatepec, a dentist in Los Algodones serving Americans and Canadians, a hotel concierge in Cancún: con todo joven,
súbale, el pasaje, el huésped, el sargazo); seminarians in Guadalajara (usted: pregúntele, cancele, apáguese, la misa);
pilgrims walking to the Basílica de Guadalupe (virgencita, la caminata, las mañanitas); K-pop fans in Mexico City (ay
no, oppa, ya bye); radio amateurs (cambio, copiado, cambio y fuera, la propagación); home games (children after school:
porfis, mi mamá dice; the Turista Mundial board game: la casilla, los dados, la cárcel); sixth graders preparing the
Olimpiada del Conocimiento (la maestra dice). es-US: Guatemalans in the Alabama poultry plants around Albertville
(fijate vos, a la gran, patojo, abrí, cancelá, apagate); Dominicans in Lawrence, Massachusetts (klk, mi loco, manito,
vaina, tigere); Colombians in Elizabeth, New Jersey (parce, qué más pues, bacano, listo, usted); farmworkers (H-2A
workers in eastern North Carolina: la visa, el contratista, la barraca, paisa; Oaxacan families in Oxnard's strawberry
fields: paisano, la caja de fresa, los chamacos); the Midwest (Wisconsin dairies: el ordeño; Nebraska and Iowa
meatpacking: la línea, el break, el overtime, Somali and Congolese co-workers); roofers after hail storms in Oklahoma
and Kansas (el techo, las láminas, el lonche); Venezuelan delivery riders in New York (chamo, pana, qué fino, vale,
chévere); work (a school bus driver, a Dallas panadería, a CNA in Phoenix, a long-haul trucker: la troca, la báscula,
la charola); Kahoot in a bilingual classroom (for the kahoot, miss says, cancel that one); DJs and families at Houston
quinceañeras (el vals, los chambelanes, la festejada); grandparents just arrived to live with their children (mijo,
señorita, esa cosa, usted)) and from the groups round 50's docstring says it was chosen apart from: round 49's
(Senegalese and Gambian families in Mataró and Terrassa, Bulgarian families in Segovia and Valladolid, Gibraltarians
and La Línea neighbours in llanito, British retirees on the Costa Blanca, Italian expats in Barcelona, Nicaraguan
live-in carers in Madrid, pensioners on Imserso trips, lorry drivers on the European routes, a Mercamadrid lorry, a
Benidorm lifeguard, a Burela longliner, a Vallecas butcher, the escuela de adultos, the graduado, oposiciones, Saber y
Ganar, Ahora Caigo, a trivia app, a coffee bet, small children at home; Haitian migrants in Mexico City, American
retirees in San Miguel de Allende and Lake Chapala, young chilangos from Iztapalapa and Neza, mariachis in Plaza
Garibaldi, abuelitas in Puebla and Toluca, Spaniards in Querétaro's plants, fans ahead of the 2026 World Cup, a
Similares pharmacy, a ride-hailing driver, a tortillería, a mechanic's taller, the UNAM and IPN admission exams, the
telesecundaria, Maratón, the kermés, the lotería night; Salvadorans in the Maryland and Virginia suburbs, Hondurans in
New Orleans and Kenner, Yakima and Wenatchee orchard workers, Puerto Ricans in Orlando and Kissimmee, Latino Latter-day
Saints in Utah and Idaho, Colorado resort workers, Peruvian and Chilean sheepherders on the Western range, US-born
teens, a landscaping crew, a hospital interpreter, a taco truck, Jeopardy, the geography bee, a brewery trivia night),
from round 48's (Moroccan, Brazilian, Polish and Lithuanian, Sikh and Punjabi families and French exchange students in
Spain, Camino de Santiago pilgrims, elderly people in a residencia, a Barajas taxi, a night-shift nurse, a greengrocer,
selectividad, Pasapalabra, a pub quiz, Trivial at dinner; Campeche and Ciudad del Carmen, Mexicali and La Chinesca,
Mennonites around Cuauhtémoc, Venezuelan migrants in Mexico, returnees from the US in Zacatecas and Jalisco, Argentine
expats in Mexico City, truck drivers on the federal roads, a tianguis, an OXXO, a call centre, secundaria and prepa,
basta, a cantina bet, the family reunion; Atlanta and Gainesville, Las Vegas hotel workers, Alaska canneries with
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
Central Valley, roofers in Oklahoma and Kansas rather than a warehouse, Houston quinceañeras rather than Texas at
large.

es-ES: Bangladeshi grocers in Lavapiés (dada, ji, kemon acho); Honduran live-in carers in Bilbao (vaya pues, fíjese, la
amama, la doña); beekeepers in La Alcarria (el ahumador, las colmenas, me pica una); a bingo hall in Zaragoza (majo,
chiqueta, cantan la línea); dockers in Algeciras (el portacontenedores, la naviera, abanderados); a parish choir in
Logroño (el ensayo, la polifonía, tierra santa); a driving school (el práctico, el carné, los puntos); a rural pharmacy
in Soria (la farmacia de guardia, la señora maría); a chess club in Linares (la partida, el torneo, silencio que
estamos jugando); a university tuna in Salamanca (la ronda, clavelitos, de gira); Mauritanian fishermen in Arguineguín
(khalas, hermano, cómo está el mar); Madrid night bus drivers (la cabecera de cibeles, el viajero, que arranco); a
Cádiz carnival chirigota writing lyrics (pisha, illo, quillo, pa la copla); travelling fairground workers (la tómbola,
los coches de choque); night cleaners in a Valencia hospital (baja la voz, la cama de al lado); an escape room in
Murcia (la pista, el candado, el acertijo); removal men in a van (macho, colega, no cabe el frigorífico); a cheese
cooperative in La Mancha (volteando quesos, la cámara, entra la leche); students sharing a flat in Santiago de
Compostela (tía, me juego una cerveza, quién friega hoy); a village bar in Extremadura (echar la partida, pa que se
calle este); a hotel reception night shift in Salou (el huésped, la despedida, los de la trescientos); grandparents
doing crosswords in a Burgos park (cuatro letras, la vertical, el autodefinido).

es-MX: Triqui artisan women selling in Mexico City (marchanta, güerita, el huipil); San Quintín valley farmworkers (la
caja de fresa, el surco, la empacadora, compa); sonidero fans in Tepito (carnal, pariente, saludos hasta); Xochimilco
trajinera boatmen (joven, los turistas, las mañanitas); a construction crew (maestro, chalán, el bulto de cemento, el
ingeniero); students at an escuela normal (la clase de mañana); a doctor on social service in a rural clinic (llegó un
paciente, la doctora); IMSS pensioners at a day centre (joven, háblame más fuerte, checoslovaquia); charros at a lienzo
charro (compadre, la escaramuza); paleteros from Tocumbo (la paletería, mijo, ahorita no); community radio in the
Sierra Norte de Puebla (el programa, salimos al aire); a nail salon in Pachuca (amiga, nena, el esmalte, la clienta); a
telenovela writers' room (la villana, el galán, los doramas); a volleyball team at the Olimpiada Nacional (coach,
calentar, las reinas del caribe); the queue outside a consulate in Mexico City (la visa, el trámite, ya me hablaron,
chamba); a bakery in Tlalnepantla (la charola, amaso, el cuernito); a veterinary office in Saltillo (el perrito, ladra,
asustas al gato).

es-US: Garifuna families in the Bronx (los cipotes, brother, el tren cinco); Peruvians in Paterson, New Jersey (causa,
pata, ya fue); Mexican construction workers in Nashville (el foreman, música country); crab pickers on Maryland's
Eastern Shore (la jaiba, la patrona, la línea); DACA college students (my essay, my roommate, the quiz, la fafsa); a
Pentecostal church in Charlotte (hermano, hermana, gloria a dios, alabanzas); a laundromat in Aurora, Illinois (la
secadora, mija); cruise ship crew (zarpa, atracamos, mi turno); a barber shop in Denver (el cliente, los broncos);
Nicaraguans in Las Cruces (chele, ideay, abrí, apagate); a dialysis clinic in El Paso (la máquina, la silla tres,
ábrale); an adult Sunday soccer league in Omaha (güey, el torneo); a Spanish radio call-in quiz in Salem, Oregon (el
locutor, la pregunta del día, los boletos); Cubans newly arrived in Louisville (qué bolá, asere, acere, qué volá);
Ecuadorian day labourers in Stamford, Connecticut (mi llave, ñaño, chuta, la esquina, la troca); bilingual Head Start
teachers (circle time, nap time, for the kids); a tamale cooperative in Portland, Oregon (la masa, envolvemos, se
cuecen).

Every line was written by hand as one utterance; the only generated lines are the at most three fills of a frame (this round uses no frames).
Built by round12_hinl_corpus.py (build_round with round 51's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# ================================================================ shared families
# help
help | alexa y cómo se le pregunta a capitales del mundo | HELP
help | alexa qué sabe hacer lo de las capitales | HELP
help | alexa capitales del mundo ayúdame que me he liado | HELP
help | alexa no me aclaro con esto de las capitales | HELP
help | alexa explícame despacito cómo va esto | HELP
help | alexa qué se puede preguntar aquí | HELP
help | alexa a ver cuéntame para qué vale esta aplicación | HELP
help | alexa dame las instrucciones del juego de capitales | HELP
help | alexa qué opciones tengo | HELP
help | alexa me echas una mano con las capitales que no sé usarlo | HELP
help | alexa ayuda por favor no entiendo nada | HELP | es-MX
help | alexa qué le pregunto a capitales del mundo | HELP | es-MX
help | alexa cómo le hago para saber una capital | HELP | es-MX
help | alexa explícame cómo se juega esto mija | HELP | es-MX
help | alexa oye qué comandos tiene esta cosa | HELP | es-MX
help | alexa necesito ayuda con la skill de capitales | HELP | es-MX
help | alexa how does this work digo cómo funciona esto | HELP | es-US
help | alexa ayúdame con capitales del mundo porfa | HELP | es-US
help | alexa qué es lo que puedo decirle a esta app | HELP | es-US
help | alexa no sé qué decirte dame un ejemplo | HELP | es-US
help | alexa cuáles son las reglas de esto | HELP | es-US
help | alexa help me con las capitales | HELP | es-US
# stop
stop | alexa para ya | STOP
stop | alexa vale ya está bien para | STOP
stop | alexa apaga esto | STOP
stop | alexa calla un momento | STOP
stop | alexa basta de capitales | STOP
stop | alexa para las capitales que nos vamos | STOP
stop | alexa cierra capitales del mundo | STOP
stop | alexa sal del juego | STOP
stop | alexa se acabó por hoy | STOP
stop | alexa ya no quiero jugar más | STOP | es-MX
stop | alexa ya párale | STOP | es-MX
stop | alexa apágate por favor | STOP | es-MX
stop | alexa ya estuvo ya bájale | STOP | es-MX
stop | alexa sal de capitales del mundo | STOP | es-MX
stop | alexa detente | STOP | es-MX
stop | alexa stop ya no más | STOP | es-US
stop | alexa para de hablar | STOP | es-US
stop | alexa ciérralo ya | STOP | es-US
stop | alexa termina el juego de capitales | STOP | es-US
stop | alexa shut up ya cállate | STOP | es-US
stop | alexa ya terminamos gracias | STOP | es-US
# cancel
cancel | alexa cancela | CANCEL
cancel | alexa cancela eso que me he equivocado | CANCEL
cancel | alexa anula la pregunta | CANCEL
cancel | alexa olvídalo | CANCEL
cancel | alexa déjalo no era eso | CANCEL
cancel | alexa cancélalo todo | CANCEL
cancel | alexa nada nada cancela | CANCEL
cancel | alexa cancela la última | CANCEL
cancel | alexa mejor cancela | CANCEL
cancel | alexa cancélale | CANCEL | es-MX
cancel | alexa ya no cancela eso | CANCEL | es-MX
cancel | alexa olvídalo mejor | CANCEL | es-MX
cancel | alexa cancela la pregunta de la capital | CANCEL | es-MX
cancel | alexa no no cancélalo | CANCEL | es-MX
cancel | alexa ándale cancela | CANCEL | es-MX
cancel | alexa cancel cancélalo | CANCEL | es-US
cancel | alexa cancela eso porfa | CANCEL | es-US
cancel | alexa never mind olvídalo | CANCEL | es-US
cancel | alexa cancela lo que te pedí | CANCEL | es-US
cancel | alexa no importa cancela | CANCEL | es-US
cancel | alexa cancela la búsqueda | CANCEL | es-US
# launch
launch | alexa abre capitales del mundo | LAUNCH
launch | alexa pon capitales del mundo | LAUNCH
launch | alexa quiero jugar a capitales del mundo | LAUNCH
launch | alexa empieza capitales del mundo | LAUNCH
launch | alexa arranca capitales del mundo | LAUNCH
launch | alexa inicia capitales del mundo por favor | LAUNCH
launch | alexa abre el juego capitales del mundo | LAUNCH
launch | alexa vamos con capitales del mundo | LAUNCH
launch | alexa ponme capitales del mundo que vamos a repasar | LAUNCH
launch | alexa lanza capitales del mundo | LAUNCH
launch | alexa capitales del mundo | LAUNCH
launch | alexa abre capitales del mundo que tengo examen | LAUNCH
launch | alexa ábreme capitales del mundo | LAUNCH | es-MX
launch | alexa ponle capitales del mundo | LAUNCH | es-MX
launch | alexa abre la aplicación capitales del mundo | LAUNCH | es-MX
launch | alexa quiero capitales del mundo | LAUNCH | es-MX
launch | alexa juguemos capitales del mundo | LAUNCH | es-MX
launch | alexa prende capitales del mundo | LAUNCH | es-MX
launch | alexa échale capitales del mundo | LAUNCH | es-MX
launch | alexa open capitales del mundo | LAUNCH | es-US
launch | alexa abre capitales del mundo porfa | LAUNCH | es-US
launch | alexa comienza capitales del mundo | LAUNCH | es-US
launch | alexa start capitales del mundo | LAUNCH | es-US
launch | alexa pon el skill capitales del mundo | LAUNCH | es-US
launch | alexa abre capitales del mundo para los niños | LAUNCH | es-US
launch | alexa vamos a jugar capitales del mundo | LAUNCH | es-US
launch | alexa entra a capitales del mundo | LAUNCH | es-US
# plural-capitals
plural-capitals | alexa cuáles son las capitales de sudáfrica | ZA
plural-capitals | alexa dime las tres capitales sudafricanas | ZA
plural-capitals | alexa qué capitales tiene sudáfrica | ZA | es-MX
plural-capitals | alexa las capitales de sudáfrica cuáles son | ZA | es-US
plural-capitals | alexa sudáfrica tiene varias capitales verdad cuáles | ZA | es-US
plural-capitals | alexa cuáles son las capitales de bolivia | BO
plural-capitals | alexa las dos capitales de bolivia | BO
plural-capitals | alexa dime ambas capitales de bolivia | BO | es-MX
plural-capitals | alexa bolivia qué capitales tiene | BO | es-US
plural-capitals | alexa qué dos capitales tiene bolivia | BO | es-MX
plural-capitals | alexa cuáles son las capitales de los países bajos | NL
plural-capitals | alexa holanda tiene dos capitales no cuáles son | NL
plural-capitals | alexa las capitales de holanda | NL | es-MX
plural-capitals | alexa dime las dos capitales de países bajos | NL | es-US
plural-capitals | alexa capitales de holanda | NL | es-US
plural-capitals | alexa cuáles son las capitales de malasia | MY
plural-capitals | alexa malasia qué capitales tiene | MY
plural-capitals | alexa dime las dos capitales de malasia | MY | es-MX
plural-capitals | alexa las capitales malasias | MY | es-US
plural-capitals | alexa ambas capitales de malasia | MY | es-US
plural-capitals | alexa cuáles son las capitales de benín | BJ
plural-capitals | alexa las dos capitales de benín | BJ | es-MX
plural-capitals | alexa benín tiene dos capitales cuáles | BJ | es-US
plural-capitals | alexa qué capitales tiene benín | BJ
plural-capitals | alexa cuáles son las capitales de costa de marfil | CI
plural-capitals | alexa las dos capitales de costa de marfil | CI | es-MX
plural-capitals | alexa costa de marfil qué capitales tiene | CI | es-US
plural-capitals | alexa dime ambas capitales de costa de marfil | CI
plural-capitals | alexa cuáles son las capitales de sri lanka | LK
plural-capitals | alexa las dos capitales de sri lanka | LK | es-MX
plural-capitals | alexa sri lanka qué capitales tiene | LK | es-US
plural-capitals | alexa dime las capitales de sri lanka | LK
plural-capitals | alexa cuáles son las capitales de esuatini | SZ
plural-capitals | alexa las capitales de suazilandia | SZ | es-MX
plural-capitals | alexa esuatini tiene dos capitales cuáles son | SZ | es-US
plural-capitals | alexa qué capitales tiene suazilandia | SZ
plural-capitals | alexa cuáles son las capitales de palestina | PS
plural-capitals | alexa las dos capitales de palestina | PS | es-MX
# subdivision
subdivision | alexa capital de asturias | FB
subdivision | alexa cuál es la capital de galicia | FB
subdivision | alexa capital de escocia | GB-SCT
subdivision | alexa cuál es la capital de gales | GB-WLS
subdivision | alexa capital de irlanda del norte | GB-NIR
subdivision | alexa capital de quebec | CA-QC
subdivision | alexa capital de baviera | FB
subdivision | alexa cuál es la capital de queensland | AU-QLD
subdivision | alexa capital de tasmania | AU-TAS
subdivision | alexa capital de la provincia de córdoba argentina | FB
subdivision | alexa cuál es la capital de oaxaca | MX-OAX | es-MX
subdivision | alexa capital de chihuahua | MX-CHH | es-MX
subdivision | alexa capital de quintana roo | MX-ROO | es-MX
subdivision | alexa capital de hidalgo | MX-HID | es-MX
subdivision | alexa cuál es la capital de tlaxcala | MX-TLA | es-MX
subdivision | alexa capital de coahuila | MX-COA | es-MX
subdivision | alexa capital de michoacán | MX-MIC | es-MX
subdivision | alexa cuál es la capital de durango | MX-DUR | es-MX
subdivision | alexa capital de antioquia | FB | es-MX
subdivision | alexa cuál es la capital de kentucky | US-KY | es-US
subdivision | alexa capital de nueva york el estado | US-NY | es-US
subdivision | alexa capital de carolina del sur | US-SC | es-US
subdivision | alexa cuál es la capital de oregón | US-OR | es-US
subdivision | alexa capital de pensilvania | US-PA | es-US
subdivision | alexa capital de nevada | US-NV | es-US
subdivision | alexa capital del estado de washington | US-WA | es-US
subdivision | alexa capital de ontario | CA-ON | es-US
subdivision | alexa capital de alberta | CA-AB | es-US
subdivision | alexa capital de virginia occidental | US-WV | es-US
# follow-up
follow-up | y de portugal | PT
follow-up | y la de grecia | GR
follow-up | y en noruega | NO
follow-up | vale y suecia | SE
follow-up | y de finlandia qué | FI
follow-up | y corea del norte | KP
follow-up | y la de palestina | PS
follow-up | otra más la de croacia | HR
follow-up | y de eslovenia | SI
follow-up | y de honduras | HN | es-MX
follow-up | y la de guatemala | GT | es-MX
follow-up | órale y la de belice | BZ | es-MX
follow-up | y de corea del sur | KR | es-MX
follow-up | y el congo de kinshasa | CD | es-MX
follow-up | a ver y nicaragua | NI | es-MX
follow-up | y la de el salvador | SV | es-US
follow-up | and panamá | PA | es-US
follow-up | y de costa rica | CR | es-US
follow-up | y la república del congo | CG | es-US
follow-up | okay y de haití | HT | es-US
follow-up | y cuba | CU | es-US
# yes-no-check
yes-no-check | alexa es lisboa la capital de portugal | PT
yes-no-check | alexa la capital de australia es sídney verdad | AU
yes-no-check | alexa la capital de turquía es estambul | TR
yes-no-check | alexa es verdad que la capital de suiza es berna | CH
yes-no-check | alexa seúl es la capital de corea del sur | KR
yes-no-check | alexa pyongyang es la capital de corea del norte no | KP
yes-no-check | alexa la capital de canadá es toronto | CA
yes-no-check | alexa es ramala la capital de palestina | PS
yes-no-check | alexa la capital de brasil es río de janeiro verdad | BR | es-MX
yes-no-check | alexa es cierto que la capital de nigeria es lagos | NG | es-MX
yes-no-check | alexa kinshasa es la capital del congo | CD | es-MX
yes-no-check | alexa la capital de marruecos es casablanca o no | MA | es-MX
yes-no-check | alexa brazzaville es capital de qué congo | CG | es-MX
yes-no-check | alexa la capital de nueva zelanda es auckland | NZ | es-US
yes-no-check | alexa is it true que la capital de vietnam es hanói | VN | es-US
yes-no-check | alexa la capital de kazajistán es almaty verdad | KZ | es-US
yes-no-check | alexa la capital de tanzania es dar es salaam | TZ | es-US
yes-no-check | alexa dodoma es capital de tanzania sí o no | TZ | es-US
# self-correction
self-correction | alexa capital de austria no perdón de australia | AU
self-correction | alexa capital de eslovaquia digo eslovenia | SI
self-correction | alexa la capital de suecia no espera de suiza | CH
self-correction | alexa capital de irán no de irak | IQ
self-correction | alexa capital de gambia bueno no de zambia | ZM
self-correction | alexa capital de corea del sur uy no del norte | KP
self-correction | alexa capital de mali no quiero decir malaui | MW | es-MX
self-correction | alexa capital de nigeria no de níger | NE | es-MX
self-correction | alexa capital de paraguay ay no de uruguay | UY | es-MX
self-correction | alexa capital de guinea no guinea ecuatorial | GQ | es-MX
self-correction | alexa capital de colombia no sorry de bolivia | BO | es-US
self-correction | alexa capital de la república del congo no del congo democrático | CD | es-US
self-correction | alexa capital de letonia digo lituania | LT | es-US
self-correction | alexa capital de mongolia no de moldavia | MD | es-US
# reverse-question
reverse-question | alexa de qué país es capital nairobi | CITY:Nairobi
reverse-question | alexa ulán bator es capital de dónde | CITY:Ulán Bator
reverse-question | alexa qué país tiene de capital a yakarta | CITY:Yakarta
reverse-question | alexa de dónde es capital katmandú | CITY:Katmandú
reverse-question | alexa tegucigalpa de qué país es capital | CITY:Tegucigalpa | es-MX
reverse-question | alexa qué país tiene como capital montevideo | CITY:Montevideo | es-MX
reverse-question | alexa asunción es capital de qué país | CITY:Asunción | es-MX
reverse-question | alexa de qué país es la capital lusaka | CITY:Lusaka | es-MX
reverse-question | alexa managua es capital de qué país | CITY:Managua | es-US
reverse-question | alexa which country tiene la capital tirana | CITY:Tirana | es-US
reverse-question | alexa kampala de qué país es | CITY:Kampala | es-US
reverse-question | alexa de qué país es capital windhoek | CITY:Windhoek | es-US
# official-name
official-name | alexa capital de la república federal de alemania | DE
official-name | alexa capital del reino de marruecos | MA
official-name | alexa capital de la república popular china | CN
official-name | alexa capital de la república popular democrática de corea | KP
official-name | alexa capital de la república de corea | KR
official-name | alexa capital de los estados unidos mexicanos | MX | es-MX
official-name | alexa capital de la república bolivariana de venezuela | VE | es-MX
official-name | alexa capital de la república democrática del congo | CD | es-MX
official-name | alexa capital del estado plurinacional de bolivia | BO | es-MX
official-name | alexa capital de la república del congo | CG | es-US
official-name | alexa capital del reino unido de gran bretaña e irlanda del norte | GB | es-US
official-name | alexa capital de la federación de rusia | RU | es-US
official-name | alexa capital del estado de palestina | PS | es-US
# everyday-name
everyday-name | alexa capital de holanda | NL
everyday-name | alexa capital de inglaterra | GB-ENG
everyday-name | alexa capital de birmania | MM
everyday-name | alexa capital de persia | IR
everyday-name | alexa capital de la república checa | CZ
everyday-name | alexa capital de suazilandia | SZ
everyday-name | alexa capital de gringolandia | US | es-MX
everyday-name | alexa capital del otro lado o sea estados unidos | US | es-MX
everyday-name | alexa capital de ceilán | LK | es-MX
everyday-name | alexa capital de costa de marfil | CI | es-MX
everyday-name | alexa capital de los emiratos | AE | es-US
everyday-name | alexa capital de timor oriental | TL | es-US
everyday-name | alexa capital de macedonia | MK | es-US
everyday-name | alexa capital de cabo verde | CV | es-US
# shared-name
shared-name | alexa capital de corea | KP+KR
shared-name | alexa capital del congo | CD+CG
shared-name | alexa capital de guinea | GN
shared-name | alexa capital de georgia el país | GE
shared-name | alexa capital de georgia | US-GA | es-US
shared-name | alexa capital de georgia el estado de atlanta | US-GA | es-US
shared-name | alexa capital de las dos coreas | KP+KR | es-MX
shared-name | alexa capital de los dos congos | CD+CG | es-MX
shared-name | alexa capital de victoria | AU-VIC
shared-name | alexa capital de granada el país del caribe | GD | es-MX
shared-name | alexa capital de dominica no república dominicana | DM | es-US
shared-name | alexa capital de méxico | MX | es-MX
# out-of-domain
out-of-domain | alexa qué tiempo va a hacer mañana en bilbao | FB
out-of-domain | alexa pon un temporizador de diez minutos | FB
out-of-domain | alexa cuántos habitantes tiene madrid | FB
out-of-domain | alexa cuál es la capital de europa | FB
out-of-domain | alexa cuál es la capital de áfrica | FB
out-of-domain | alexa pon música de rosalía | FB
out-of-domain | alexa qué hora es en tokio | FB
out-of-domain | alexa cuál es la ciudad más grande de australia | FB
out-of-domain | alexa cuánto mide la torre eiffel | FB
out-of-domain | alexa apunta leche en la lista de la compra | FB
out-of-domain | alexa qué idioma se habla en suiza | FB
out-of-domain | alexa cuál es el río más largo del mundo | FB
out-of-domain | alexa cuántos países hay en el mundo | FB
out-of-domain | alexa enciende la luz del salón | FB
out-of-domain | alexa qué moneda usan en polonia | FB
out-of-domain | alexa quién ganó el mundial pasado | FB
out-of-domain | alexa cuenta un chiste | FB
out-of-domain | alexa capital de la tortilla | FB
out-of-domain | alexa qué capital tiene mi cuenta del banco | FB
out-of-domain | alexa cuál es la capital del mundo de la moda | FB
out-of-domain | alexa pon la radio | FB
out-of-domain | alexa cuál es la capital de la luna | FB
out-of-domain | alexa qué es un pecado capital | FB
out-of-domain | alexa cuál es la capital de oceanía | FB | es-MX
out-of-domain | alexa qué clima hace en monterrey | FB | es-MX
out-of-domain | alexa ponme una de los tigres del norte | FB | es-MX
out-of-domain | alexa cuántos habitantes tiene la ciudad de méxico | FB | es-MX
out-of-domain | alexa despiértame a las seis | FB | es-MX
out-of-domain | alexa cuál es el volcán más alto de méxico | FB | es-MX
out-of-domain | alexa cuánto está el dólar hoy | FB | es-MX
out-of-domain | alexa qué día es el grito | FB | es-MX
out-of-domain | alexa cuál es la capital de asia | FB | es-MX
out-of-domain | alexa cuál es la capital de sudamérica | FB | es-MX
out-of-domain | alexa quién fundó tenochtitlan | FB | es-MX
out-of-domain | alexa qué bandera tiene un águila comiendo una serpiente | FB | es-MX
out-of-domain | alexa cuál es la capital mundial del tequila | FB | es-MX
out-of-domain | alexa qué tan lejos está guadalajara de aquí | FB | es-MX
out-of-domain | alexa what's the weather digo qué tiempo hace | FB | es-US
out-of-domain | alexa pon un timer para el arroz | FB | es-US
out-of-domain | alexa cuántas millas hay de houston a dallas | FB | es-US
out-of-domain | alexa cuál es la capital de norteamérica | FB | es-US
out-of-domain | alexa qué hora es en el salvador | FB | es-US
out-of-domain | alexa ponme bad bunny | FB | es-US
out-of-domain | alexa cuál es el estado más grande de estados unidos | FB | es-US
out-of-domain | alexa llama a mi mamá | FB | es-US
out-of-domain | alexa cuántos estados tiene estados unidos | FB | es-US
out-of-domain | alexa quién es el presidente de honduras | FB | es-US
out-of-domain | alexa capital de la salsa | FB | es-US
out-of-domain | alexa qué idioma hablan en brasil | FB | es-US
# ================================================================ es-ES own families
# Bangladeshi grocers in Lavapiés
fruteria-lavapies | alexa dime capital de bangladés | BD
fruteria-lavapies | alexa dada pregunta capital de bangladesh | BD
fruteria-lavapies | alexa capital de india cuál es ji | IN
fruteria-lavapies | alexa capital de pakistán para mi primo | PK
fruteria-lavapies | alexa la capital de nepal dime | NP
fruteria-lavapies | alexa capital de bután dónde está | BT
fruteria-lavapies | alexa capital de sri lanka amigo | LK
fruteria-lavapies | alexa capital de myanmar por favor | MM
fruteria-lavapies | alexa capital de maldivas mi hermano trabaja allí | MV
fruteria-lavapies | alexa cuál es capital de afganistán | AF
fruteria-lavapies | alexa capital de arabia saudí donde fui a trabajar | SA
fruteria-lavapies | alexa capital de catar dónde está mi cuñado | QA
fruteria-lavapies | alexa kemon acho dime capital de omán | OM
fruteria-lavapies | alexa capital de emiratos árabes unidos de dubái | AE
fruteria-lavapies | alexa cuánto cuesta el kilo de mangos | FB
fruteria-lavapies | alexa abre capitales del mundo para mi hija | LAUNCH
fruteria-lavapies | alexa para ya que viene cliente | STOP
fruteria-lavapies | alexa kuwait capital cuál es | KW
# Honduran carers in Bilbao
cuidadoras-bilbao | alexa vaya pues dígame la capital de honduras | HN
cuidadoras-bilbao | alexa la capital de francia para la señora | FR
cuidadoras-bilbao | alexa capital de italia que la doña pregunta | IT
cuidadoras-bilbao | alexa fíjese que la abuela quiere saber la capital de rusia | RU
cuidadoras-bilbao | alexa y la capital de ucrania cuál es fíjese | UA
cuidadoras-bilbao | alexa dígame capital de bielorrusia | BY
cuidadoras-bilbao | alexa la capital de rumanía que la vecina es de allá | RO
cuidadoras-bilbao | alexa capital de bulgaria que la cuidadora de al lado es de allí | BG
cuidadoras-bilbao | alexa la capital de moldavia cuál era | MD
cuidadoras-bilbao | alexa la señora pregunta la capital de hungría | HU
cuidadoras-bilbao | alexa capital de polonia que la amama pregunta | PL
cuidadoras-bilbao | alexa capital del país vasco | FB
cuidadoras-bilbao | alexa cancele eso que la señora ya se durmió | CANCEL
cuidadoras-bilbao | alexa ayúdeme con las capitales que no sé cómo va | HELP
cuidadoras-bilbao | alexa abra capitales del mundo para la abuela | LAUNCH
cuidadoras-bilbao | alexa apáguese ya | STOP
cuidadoras-bilbao | alexa dígale a la señora cuál es la capital de serbia | RS
cuidadoras-bilbao | alexa y montenegro qué capital tiene | ME
# Beekeepers in La Alcarria
apicultores-alcarria | alexa capital de nueva zelanda que allí hay mucha miel | NZ
apicultores-alcarria | alexa capital de argentina que allí también hay colmenas | AR
apicultores-alcarria | alexa capital de ucrania que de allí viene la miel barata | UA
apicultores-alcarria | alexa capital de eslovenia que allí adoran las abejas | SI
apicultores-alcarria | alexa capital de etiopía que dicen que sacan mucha miel | ET
apicultores-alcarria | alexa la capital de tanzania tú | TZ
apicultores-alcarria | alexa espera que tengo el ahumador cancela | CANCEL
apicultores-alcarria | alexa va a llover esta tarde en pastrana | FB
apicultores-alcarria | alexa capital de kirguistán que dicen que hay miel blanca | KG
apicultores-alcarria | alexa capital de turquía la de la miel de pino | TR
apicultores-alcarria | alexa capital de grecia la del tomillo | GR
apicultores-alcarria | alexa capital de la provincia de guadalajara | FB
apicultores-alcarria | alexa chipre qué capital tiene | CY
apicultores-alcarria | alexa para que me pica una | STOP
# A bingo hall in Zaragoza
bingo-zaragoza | alexa capital de luxemburgo mientras cantan la línea | LU
bingo-zaragoza | alexa mónaco capital cuál es maja | MC
bingo-zaragoza | alexa capital de liechtenstein majo | LI
bingo-zaragoza | alexa la capital de san marino que no me acuerdo | SM
bingo-zaragoza | alexa capital de andorra que vamos en autobús | AD
bingo-zaragoza | alexa el vaticano tiene capital | VA
bingo-zaragoza | alexa malta qué capital tiene | MT
bingo-zaragoza | alexa cancela que me ha salido bingo | CANCEL
bingo-zaragoza | alexa capital de bélgica entre cartón y cartón | BE
bingo-zaragoza | alexa dinamarca su capital | DK
bingo-zaragoza | alexa capital de irlanda que va mi nieto | IE
bingo-zaragoza | alexa qué número ha salido | FB
bingo-zaragoza | alexa capital de islandia chiqueta | IS
bingo-zaragoza | alexa calla que cantan | STOP
# Dockers in Algeciras
estibadores-algeciras | alexa capital de marruecos pa saberlo | MA
estibadores-algeciras | alexa oye la capital de argelia | DZ
estibadores-algeciras | alexa túnez qué capital tiene | TN
estibadores-algeciras | alexa capital de libia compañero | LY
estibadores-algeciras | alexa capital de egipto de dónde viene el portacontenedores | EG
estibadores-algeciras | alexa capital de panamá por la bandera del barco | PA
estibadores-algeciras | alexa capital de liberia que todos los barcos son de allí | LR
estibadores-algeciras | alexa capital de las islas marshall que vienen abanderados | MH
estibadores-algeciras | alexa capital de singapur de donde sale la naviera | SG
estibadores-algeciras | alexa china su capital cuál es | CN
estibadores-algeciras | alexa capital de mauritania que vienen los pesqueros | MR
estibadores-algeciras | alexa gibraltar tiene capital | GI
estibadores-algeciras | alexa capital de ceuta | FB
estibadores-algeciras | alexa capital de malasia de donde viene la maersk esa | MY
estibadores-algeciras | alexa la capital de bahamas por el barco | BS
estibadores-algeciras | alexa a qué hora sube la marea | FB
estibadores-algeciras | alexa corta que entra el barco | STOP
# A parish choir in Logroño
coro-logrono | alexa capital de austria que vamos a cantar en viena | AT
coro-logrono | alexa la capital de la república checa donde dvorak | CZ
coro-logrono | alexa capital de eslovaquia que hay un festival | SK
coro-logrono | alexa lituania qué capital tiene | LT
coro-logrono | alexa la capital de letonia por favor | LV
coro-logrono | alexa capital de estonia que allí cantan todos | EE
coro-logrono | alexa capital de finlandia donde sibelius | FI
coro-logrono | alexa capital de georgia la del cáucaso que tienen polifonía | GE
coro-logrono | alexa armenia qué capital tiene que cantan muy bonito | AM
coro-logrono | alexa la capital de israel para el viaje a tierra santa | IL
coro-logrono | alexa capital de palestina por lo de belén | PS
coro-logrono | alexa y jordania cuál es su capital | JO
coro-logrono | alexa capital de líbano para don julián | LB
coro-logrono | alexa siria qué capital tiene | SY
coro-logrono | alexa silencio por favor que empieza el ensayo | STOP
coro-logrono | alexa pon el ave maría de schubert | FB
# A driving school
autoescuela | alexa capital de suecia mientras espero al profesor | SE
autoescuela | alexa noruega capital cuál es | NO
autoescuela | alexa la capital de alemania de las autopistas sin límite | DE
autoescuela | alexa capital de reino unido que conducen por la izquierda | GB
autoescuela | alexa capital de japón que también conducen por la izquierda | JP
autoescuela | alexa tailandia su capital | TH
autoescuela | alexa la capital de indonesia tía | ID
autoescuela | alexa australia capital cuál es | AU
autoescuela | alexa la capital de sudáfrica que también van por la izquierda | ZA
autoescuela | alexa capitales de sudáfrica que son varias no | ZA
autoescuela | alexa kenia capital | KE
autoescuela | alexa capital de uganda tú sabes | UG
autoescuela | alexa cuántos puntos tiene el carné | FB
autoescuela | alexa olvídalo que ya me toca el práctico | CANCEL
autoescuela | alexa ayuda que no sé cómo se pregunta | HELP
# A rural pharmacy in Soria
farmacia-soria | alexa la capital de portugal que va mi hija de viaje | PT
farmacia-soria | alexa capital de francia para la señora maría | FR
farmacia-soria | alexa capital de suiza donde hacen las medicinas | CH
farmacia-soria | alexa los países bajos qué capital tienen | NL
farmacia-soria | alexa capital de holanda la de verdad y la del gobierno | NL
farmacia-soria | alexa la capital de bolivia la buena | BO
farmacia-soria | alexa capitales de bolivia sucre y cuál más | BO
farmacia-soria | alexa perú cuál es la capital | PE
farmacia-soria | alexa ecuador qué capital tiene que la chica es de allí | EC
farmacia-soria | alexa la capital de colombia sería | CO
farmacia-soria | alexa a qué hora abre la farmacia de guardia | FB
farmacia-soria | alexa venezuela su capital | VE
farmacia-soria | alexa chile y su capital | CL
farmacia-soria | alexa uruguay qué capital tiene | UY
farmacia-soria | alexa la capital de paraguay por el hijo de la vecina | PY
# A chess club in Linares
club-ajedrez-linares | alexa rusia capital cuál es | RU
club-ajedrez-linares | alexa capital de armenia que son buenísimos | AM
club-ajedrez-linares | alexa capital de azerbaiyán de donde es el del torneo | AZ
club-ajedrez-linares | alexa uzbekistán su capital | UZ
club-ajedrez-linares | alexa la capital de kazajistán que allí fue el mundial | KZ
club-ajedrez-linares | alexa capital de noruega por magnus | NO
club-ajedrez-linares | alexa capital de la india por anand | IN
club-ajedrez-linares | alexa capital de hungría por las polgar | HU
club-ajedrez-linares | alexa mongolia qué capital tiene | MN
club-ajedrez-linares | alexa tayikistán capital | TJ
club-ajedrez-linares | alexa turkmenistán capital cuál es | TM
club-ajedrez-linares | alexa silencio que estamos jugando | STOP
club-ajedrez-linares | alexa quién es el campeón del mundo de ajedrez | FB
club-ajedrez-linares | alexa corea del norte qué capital tiene | KP
club-ajedrez-linares | alexa vietnam su capital por el de la partida | VN
# A university tuna in Salamanca
tuna-salamanca | alexa capital de méxico que vamos de gira | MX
tuna-salamanca | alexa puerto rico capital | PR
tuna-salamanca | alexa la capital de república dominicana que tocamos allí | DO
tuna-salamanca | alexa cuba capital cuál es | CU
tuna-salamanca | alexa costa rica qué capital tiene | CR
tuna-salamanca | alexa la capital de guatemala para el cartel | GT
tuna-salamanca | alexa el salvador cuál es su capital | SV
tuna-salamanca | alexa capital de nicaragua que nos invitan | NI
tuna-salamanca | alexa capital de filipinas que ahí hay rondallas | PH
tuna-salamanca | alexa guinea ecuatorial qué capital tiene | GQ
tuna-salamanca | alexa pon clavelitos | FB
tuna-salamanca | alexa cancela que nos vamos de ronda | CANCEL
tuna-salamanca | alexa ábrete capitales del mundo | LAUNCH
tuna-salamanca | alexa jamaica capital | JM
# Mauritanian fishermen in Arguineguín, Gran Canaria
pescadores-mauritanos | alexa capital de mauritania nuakchot verdad | MR
pescadores-mauritanos | alexa mali qué capital tiene | ML
pescadores-mauritanos | alexa la capital de senegal hermano | SN
pescadores-mauritanos | alexa gambia capital cuál es | GM
pescadores-mauritanos | alexa capital de guinea bisáu | GW
pescadores-mauritanos | alexa capital de guinea conakri | GN
pescadores-mauritanos | alexa sierra leona qué capital tiene | SL
pescadores-mauritanos | alexa capital de cabo verde hermano | CV
pescadores-mauritanos | alexa capital del sáhara occidental | EH
pescadores-mauritanos | alexa la capital de níger no nigeria | NE
pescadores-mauritanos | alexa chad capital cuál es | TD
pescadores-mauritanos | alexa cómo está el mar mañana | FB
pescadores-mauritanos | alexa capital de canarias | FB
pescadores-mauritanos | alexa khalas para | STOP
pescadores-mauritanos | alexa burkina faso su capital | BF
# Madrid night bus drivers
buho-nocturno | alexa capital de togo en la cabecera de cibeles | TG
buho-nocturno | alexa benín capital cuál es | BJ
buho-nocturno | alexa capitales de benín porque creo que son dos | BJ
buho-nocturno | alexa la capital de ghana que el viajero es de allí | GH
buho-nocturno | alexa nigeria capital | NG
buho-nocturno | alexa camerún qué capital tiene | CM
buho-nocturno | alexa capital de gabón chaval | GA
buho-nocturno | alexa capital de la república centroafricana | CF
buho-nocturno | alexa capital del congo brazzaville | CG
buho-nocturno | alexa capital del congo kinshasa | CD
buho-nocturno | alexa angola qué capital tiene | AO
buho-nocturno | alexa para que arranco | STOP
buho-nocturno | alexa qué temperatura hace en la calle | FB
buho-nocturno | alexa capital de santo tomé y príncipe | ST
# A Cádiz carnival chirigota writing lyrics
chirigota-cadiz | alexa capital de groenlandia que rima con algo | GL
chirigota-cadiz | alexa fiyi qué capital tiene | FJ
chirigota-cadiz | alexa tonga capital pisha | TO
chirigota-cadiz | alexa samoa la capital | WS
chirigota-cadiz | alexa capital de vanuatu illo | VU
chirigota-cadiz | alexa tuvalu qué capital tiene | TV
chirigota-cadiz | alexa la capital de nauru pa la copla | NR
chirigota-cadiz | alexa kiribati capital | KI
chirigota-cadiz | alexa palaos su capital cuál es | PW
chirigota-cadiz | alexa capital de micronesia quillo | FM
chirigota-cadiz | alexa las islas salomón qué capital tienen | SB
chirigota-cadiz | alexa papúa nueva guinea capital | PG
chirigota-cadiz | alexa qué rima con cádiz | FB
chirigota-cadiz | alexa déjalo quillo | CANCEL
chirigota-cadiz | alexa capital de tahití | FB
# Travelling fairground workers
feriantes | alexa capital de eritrea desde la tómbola | ER
feriantes | alexa yibuti capital | DJ
feriantes | alexa somalia qué capital tiene | SO
feriantes | alexa la capital de sudán el de arriba | SD
feriantes | alexa sudán del sur capital | SS
feriantes | alexa ruanda capital cuál es | RW
feriantes | alexa burundi su capital | BI
feriantes | alexa malaui capital | MW
feriantes | alexa mozambique qué capital tiene | MZ
feriantes | alexa zambia su capital | ZM
feriantes | alexa zimbabue capital cuál es | ZW
feriantes | alexa botsuana qué capital tiene | BW
feriantes | alexa namibia capital | NA
feriantes | alexa lesoto capital cuál es | LS
feriantes | alexa cancela que hay que montar los coches de choque | CANCEL
feriantes | alexa dónde es la feria la semana que viene | FB
# Night cleaners in a Valencia hospital
limpieza-hospital | alexa madagascar qué capital tiene | MG
limpieza-hospital | alexa mauricio capital | MU
limpieza-hospital | alexa seychelles capital cuál es | SC
limpieza-hospital | alexa comoras su capital | KM
limpieza-hospital | alexa esuatini capital | SZ
limpieza-hospital | alexa capital de costa de marfil la de verdad | CI
limpieza-hospital | alexa liberia qué capital tiene | LR
limpieza-hospital | alexa yemen capital | YE
limpieza-hospital | alexa baréin capital cuál es | BH
limpieza-hospital | alexa irán qué capital tiene | IR
limpieza-hospital | alexa irak su capital | IQ
limpieza-hospital | alexa baja la voz que hay enfermos cancela | CANCEL
limpieza-hospital | alexa para que se despierta el de la cama de al lado | STOP
limpieza-hospital | alexa ayuda con esto de capitales del mundo | HELP
# An escape room in Murcia
escape-room | alexa capital de laos que es la pista | LA
escape-room | alexa camboya qué capital tiene | KH
escape-room | alexa brunéi capital | BN
escape-room | alexa timor oriental su capital | TL
escape-room | alexa corea del sur capital cuál es | KR
escape-room | alexa taiwán capital | TW
escape-room | alexa la capital de filipinas para el candado | PH
escape-room | alexa kosovo qué capital tiene | XK
escape-room | alexa albania capital | AL
escape-room | alexa macedonia del norte capital | MK
escape-room | alexa bosnia qué capital tiene | BA
escape-room | alexa croacia capital cuál es | HR
escape-room | alexa dame una pista | FB
escape-room | alexa cuánto tiempo nos queda | FB
escape-room | alexa capital de malasia kuala lumpur o la otra | MY
escape-room | alexa qué capitales tiene malasia que lo pide el candado | MY
escape-room | alexa abre capitales del mundo que lo pide el acertijo | LAUNCH
# ================================================================ es-MX own families
# Triqui artisan women selling in Mexico City
artesanas-triquis | alexa la capital de guatemala marchanta | GT | es-MX
artesanas-triquis | alexa capital de oaxaca pues | MX-OAX | es-MX
artesanas-triquis | alexa cuál es la capital de perú que ahí también tejen | PE | es-MX
artesanas-triquis | alexa ecuador qué capital tiene | EC | es-MX
artesanas-triquis | alexa capital de bolivia donde venden rebozos | BO | es-MX
artesanas-triquis | alexa cuáles son las capitales de bolivia güerita | BO | es-MX
artesanas-triquis | alexa capital de francia que una güera compró un huipil | FR | es-MX
artesanas-triquis | alexa japón capital cuál es | JP | es-MX
artesanas-triquis | alexa cuánto cuesta el metro | FB | es-MX
artesanas-triquis | alexa ya cállate | STOP | es-MX
artesanas-triquis | alexa la capital de estados unidos | US | es-MX
artesanas-triquis | alexa canadá qué capital tiene | CA | es-MX
# San Quintín valley farmworkers
jornaleros-san-quintin | alexa capital de baja california norte | MX-BCN | es-MX
jornaleros-san-quintin | alexa sinaloa qué capital tiene | MX-SIN | es-MX
jornaleros-san-quintin | alexa guerrero capital cuál es | MX-GRO | es-MX
jornaleros-san-quintin | alexa capital de california del otro lado | US-CA | es-MX
jornaleros-san-quintin | alexa honduras qué capital tiene | HN | es-MX
jornaleros-san-quintin | alexa el salvador capital | SV | es-MX
jornaleros-san-quintin | alexa a cuánto pagan la caja de fresa | FB | es-MX
jornaleros-san-quintin | alexa ya bájale que nos vamos al surco | STOP | es-MX
jornaleros-san-quintin | alexa haití qué capital tiene | HT | es-MX
jornaleros-san-quintin | alexa capital de corea del sur de donde son los de la empacadora | KR | es-MX
jornaleros-san-quintin | alexa la capital de china compa | CN | es-MX
jornaleros-san-quintin | alexa cancélale compa | CANCEL | es-MX
# Sonidero fans in Tepito
sonideros-tepito | alexa capital de colombia por la cumbia | CO | es-MX
sonideros-tepito | alexa perú capital cuál es | PE | es-MX
sonideros-tepito | alexa jamaica qué capital tiene | JM | es-MX
sonideros-tepito | alexa trinidad y tobago capital | TT | es-MX
sonideros-tepito | alexa barbados capital | BB | es-MX
sonideros-tepito | alexa la capital de cuba pariente | CU | es-MX
sonideros-tepito | alexa panamá capital cuál es | PA | es-MX
sonideros-tepito | alexa venezuela capital | VE | es-MX
sonideros-tepito | alexa pon una cumbia sonidera | FB | es-MX
sonideros-tepito | alexa saludos hasta nueva york | FB | es-MX
sonideros-tepito | alexa ya apágate carnal | STOP | es-MX
sonideros-tepito | alexa república dominicana capital | DO | es-MX
# Xochimilco trajinera boatmen
trajineras-xochimilco | alexa capital de alemania que traigo alemanes | DE | es-MX
trajineras-xochimilco | alexa italia capital cuál es joven | IT | es-MX
trajineras-xochimilco | alexa capital de inglaterra joven | GB-ENG | es-MX
trajineras-xochimilco | alexa capital de australia que el turista pregunta | AU | es-MX
trajineras-xochimilco | alexa la capital de corea del sur para los coreanos | KR | es-MX
trajineras-xochimilco | alexa y la de corea del norte | KP | es-MX
trajineras-xochimilco | alexa israel qué capital tiene | IL | es-MX
trajineras-xochimilco | alexa la india capital cuál es | IN | es-MX
trajineras-xochimilco | alexa brasil qué capital tiene | BR | es-MX
trajineras-xochimilco | alexa la capital de argentina para los che | AR | es-MX
trajineras-xochimilco | alexa pon las mañanitas | FB | es-MX
trajineras-xochimilco | alexa abre capitales del mundo para los turistas | LAUNCH | es-MX
# A construction crew
obra-albaniles | alexa capital del estado de méxico | MX-MEX | es-MX
obra-albaniles | alexa puebla capital cuál es | MX-PUE | es-MX
obra-albaniles | alexa veracruz qué capital tiene | MX-VER | es-MX
obra-albaniles | alexa tabasco capital | MX-TAB | es-MX
obra-albaniles | alexa chiapas qué capital tiene | MX-CHP | es-MX
obra-albaniles | alexa capital de morelos maestro | MX-MOR | es-MX
obra-albaniles | alexa guanajuato capital | MX-GUA | es-MX
obra-albaniles | alexa san luis potosí capital | MX-SLP | es-MX
obra-albaniles | alexa zacatecas qué capital tiene | MX-ZAC | es-MX
obra-albaniles | alexa cuánto cuesta el bulto de cemento | FB | es-MX
obra-albaniles | alexa ya estuvo que llegó el ingeniero | STOP | es-MX
obra-albaniles | alexa olvídalo chalán | CANCEL | es-MX
obra-albaniles | alexa aguascalientes capital | MX-AGU | es-MX
obra-albaniles | alexa colima qué capital tiene | MX-COL | es-MX
# Students at an escuela normal (teacher college)
normalistas | alexa capital de nicaragua para la clase de mañana | NI | es-MX
normalistas | alexa costa rica capital | CR | es-MX
normalistas | alexa belice qué capital tiene | BZ | es-MX
normalistas | alexa surinam capital | SR | es-MX
normalistas | alexa guyana qué capital tiene | GY | es-MX
normalistas | alexa capital de la guayana francesa | GF | es-MX
normalistas | alexa paraguay capital cuál es | PY | es-MX
normalistas | alexa uruguay capital | UY | es-MX
normalistas | alexa chile qué capital tiene | CL | es-MX
normalistas | alexa santa lucía la isla su capital | LC | es-MX
normalistas | alexa capital de san vicente y las granadinas | VC | es-MX
normalistas | alexa capital de granada la isla | GD | es-MX
normalistas | alexa dominica la isla qué capital tiene | DM | es-MX
normalistas | alexa capital de antigua y barbuda | AG | es-MX
normalistas | alexa capital de san cristóbal y nieves | KN | es-MX
normalistas | alexa bahamas capital | BS | es-MX
normalistas | alexa ayúdame con el juego de las capitales | HELP | es-MX
normalistas | alexa cuál es la capital de américa | FB | es-MX
# A doctor on social service in a rural clinic
servicio-social | alexa nuevo león capital | MX-NLE | es-MX
servicio-social | alexa tamaulipas qué capital tiene | MX-TAM | es-MX
servicio-social | alexa sonora capital | MX-SON | es-MX
servicio-social | alexa jalisco qué capital tiene | MX-JAL | es-MX
servicio-social | alexa nayarit capital | MX-NAY | es-MX
servicio-social | alexa querétaro capital cuál es | MX-QUE | es-MX
servicio-social | alexa yucatán qué capital tiene | MX-YUC | es-MX
servicio-social | alexa campeche capital | MX-CAM | es-MX
servicio-social | alexa baja california sur capital | MX-BCS | es-MX
servicio-social | alexa cuánto paracetamol le doy a un niño | FB | es-MX
servicio-social | alexa cancela que llegó un paciente | CANCEL | es-MX
servicio-social | alexa capital de cuba que ahí estudió la doctora | CU | es-MX
servicio-social | alexa suiza qué capital tiene | CH | es-MX
# IMSS pensioners at a day centre
pensionados-imss | alexa cuál es la capital de españa | ES | es-MX
pensionados-imss | alexa portugal qué capital tiene | PT | es-MX
pensionados-imss | alexa la capital de rusia joven | RU | es-MX
pensionados-imss | alexa egipto capital | EG | es-MX
pensionados-imss | alexa grecia qué capital tiene | GR | es-MX
pensionados-imss | alexa turquía capital cuál es | TR | es-MX
pensionados-imss | alexa capital de checoslovaquia | FB | es-MX
pensionados-imss | alexa capital de yugoslavia | FB | es-MX
pensionados-imss | alexa capital de la unión soviética | FB | es-MX
pensionados-imss | alexa háblame más fuerte | FB | es-MX
pensionados-imss | alexa palestina qué capital tiene | PS | es-MX
pensionados-imss | alexa corea del norte capital | KP | es-MX
pensionados-imss | alexa capital del congo belga o sea el congo democrático | CD | es-MX
pensionados-imss | alexa ya no gracias | STOP | es-MX
pensionados-imss | alexa qué es lo que se le puede preguntar | HELP | es-MX
pensionados-imss | alexa abre capitales del mundo joven | LAUNCH | es-MX
# Charros at a lienzo charro
charreada | alexa capital de españa de donde vienen los caballos | ES | es-MX
charreada | alexa arabia saudita capital | SA | es-MX
charreada | alexa marruecos qué capital tiene | MA | es-MX
charreada | alexa capital de mongolia que allá montan desde niños | MN | es-MX
charreada | alexa kazajistán capital | KZ | es-MX
charreada | alexa irlanda qué capital tiene | IE | es-MX
charreada | alexa nueva zelanda capital | NZ | es-MX
charreada | alexa texas qué capital tiene | US-TX | es-MX
charreada | alexa nuevo méxico capital | US-NM | es-MX
charreada | alexa cuándo es la próxima charreada | FB | es-MX
charreada | alexa ya párale que sigue la escaramuza | STOP | es-MX
charreada | alexa capital de chihuahua compadre | MX-CHH | es-MX
# Paleteros from Tocumbo
paleteros-tocumbo | alexa michoacán qué capital tiene | MX-MIC | es-MX
paleteros-tocumbo | alexa capital de colombia que allá también hay paleterías | CO | es-MX
paleteros-tocumbo | alexa la capital de honduras mijo | HN | es-MX
paleteros-tocumbo | alexa guatemala qué capital tiene | GT | es-MX
paleteros-tocumbo | alexa capital de illinois que ahí tiene paletería mi tío | US-IL | es-MX
paleteros-tocumbo | alexa tailandia qué capital tiene | TH | es-MX
paleteros-tocumbo | alexa filipinas capital | PH | es-MX
paleteros-tocumbo | alexa indonesia qué capital tiene | ID | es-MX
paleteros-tocumbo | alexa qué sabor de paleta es el más vendido | FB | es-MX
paleteros-tocumbo | alexa cancela eso ahorita no | CANCEL | es-MX
paleteros-tocumbo | alexa vietnam capital cuál es | VN | es-MX
# Community radio in the Sierra Norte de Puebla
radio-comunitaria | alexa capital de sudáfrica para el programa | ZA | es-MX
radio-comunitaria | alexa las capitales de sudáfrica todas | ZA | es-MX
radio-comunitaria | alexa países bajos capital | NL | es-MX
radio-comunitaria | alexa cuáles son las capitales de malasia para el concurso | MY | es-MX
radio-comunitaria | alexa la capital de la república democrática del congo para el programa | CD | es-MX
radio-comunitaria | alexa república del congo capital | CG | es-MX
radio-comunitaria | alexa nigeria qué capital tiene | NG | es-MX
radio-comunitaria | alexa etiopía capital | ET | es-MX
radio-comunitaria | alexa kenia qué capital tiene | KE | es-MX
radio-comunitaria | alexa ghana capital | GH | es-MX
radio-comunitaria | alexa ya salimos al aire cancela | CANCEL | es-MX
radio-comunitaria | alexa pon el himno nacional | FB | es-MX
radio-comunitaria | alexa senegal qué capital tiene | SN | es-MX
# ================================================================ es-US own families
# Garifuna families in the Bronx
garifunas-bronx | alexa capital de honduras pues | HN | es-US
garifunas-bronx | alexa la capital de belice que ahí vive mi tía | BZ | es-US
garifunas-bronx | alexa capital de san vicente que de allá venimos los garífunas | VC | es-US
garifunas-bronx | alexa guatemala capital cuál es | GT | es-US
garifunas-bronx | alexa la capital de nicaragua por la costa | NI | es-US
garifunas-bronx | alexa capital de nigeria de donde son los ancestros | NG | es-US
garifunas-bronx | alexa capital de ghana brother | GH | es-US
garifunas-bronx | alexa nueva york qué capital tiene | US-NY | es-US
garifunas-bronx | alexa cuándo pasa el tren cinco | FB | es-US
garifunas-bronx | alexa ya ya stop | STOP | es-US
garifunas-bronx | alexa jamaica la capital | JM | es-US
garifunas-bronx | alexa abre capitales del mundo para los cipotes | LAUNCH | es-US
# Peruvians in Paterson, New Jersey
peruanos-paterson | alexa capital de perú causa | PE | es-US
peruanos-paterson | alexa bolivia capital cuál es | BO | es-US
peruanos-paterson | alexa las dos capitales de bolivia pata | BO | es-US
peruanos-paterson | alexa la capital de chile compadre | CL | es-US
peruanos-paterson | alexa la capital del ecuador | EC | es-US
peruanos-paterson | alexa nueva jersey qué capital tiene | US-NJ | es-US
peruanos-paterson | alexa capital de turquía que acá hay muchos turcos | TR | es-US
peruanos-paterson | alexa la capital de siria por los vecinos | SY | es-US
peruanos-paterson | alexa jordania capital | JO | es-US
peruanos-paterson | alexa capital de palestina para el vecino | PS | es-US
peruanos-paterson | alexa capital de bangladesh que el de la tienda es de allá | BD | es-US
peruanos-paterson | alexa dónde venden ceviche cerca | FB | es-US
peruanos-paterson | alexa ya fue cancela | CANCEL | es-US
peruanos-paterson | alexa argentina su capital | AR | es-US
# Mexican construction workers in Nashville
mexicanos-nashville | alexa capital de tennessee | US-TN | es-US
mexicanos-nashville | alexa kentucky qué capital tiene | US-KY | es-US
mexicanos-nashville | alexa alabama capital | US-AL | es-US
mexicanos-nashville | alexa capital de georgia el estado | US-GA | es-US
mexicanos-nashville | alexa misisipi qué capital tiene | US-MS | es-US
mexicanos-nashville | alexa arkansas capital cuál es | US-AR | es-US
mexicanos-nashville | alexa carolina del norte capital | US-NC | es-US
mexicanos-nashville | alexa capital de kurdistán que acá hay muchos kurdos | FB | es-US
mexicanos-nashville | alexa irak qué capital tiene | IQ | es-US
mexicanos-nashville | alexa pon música country | FB | es-US
mexicanos-nashville | alexa ya párale que llegó el foreman | STOP | es-US
mexicanos-nashville | alexa la capital de guanajuato de donde somos | MX-GUA | es-US
# Crab pickers on Maryland's Eastern Shore
jaiberas-maryland | alexa maryland qué capital tiene | US-MD | es-US
jaiberas-maryland | alexa delaware capital | US-DE | es-US
jaiberas-maryland | alexa virginia capital cuál es | US-VA | es-US
jaiberas-maryland | alexa capital de hidalgo de donde somos | MX-HID | es-US
jaiberas-maryland | alexa la capital de sinaloa para mi comadre | MX-SIN | es-US
jaiberas-maryland | alexa la capital de tailandia que la de la línea es tailandesa | TH | es-US
jaiberas-maryland | alexa la capital de filipinas manila verdad | PH | es-US
jaiberas-maryland | alexa madagascar capital | MG | es-US
jaiberas-maryland | alexa cuántas libras de jaiba llevamos | FB | es-US
jaiberas-maryland | alexa cancela que viene la patrona | CANCEL | es-US
jaiberas-maryland | alexa ayuda cómo uso esto | HELP | es-US
# DACA college students
estudiantes-dreamers | alexa capital de méxico for my essay | MX | es-US
estudiantes-dreamers | alexa el salvador qué capital tiene | SV | es-US
estudiantes-dreamers | alexa capital de corea del sur que mi roommate es de allá | KR | es-US
estudiantes-dreamers | alexa vietnam qué capital tiene | VN | es-US
estudiantes-dreamers | alexa etiopía qué capital tiene | ET | es-US
estudiantes-dreamers | alexa eritrea capital | ER | es-US
estudiantes-dreamers | alexa capital de somalia para la clase de ciencias políticas | SO | es-US
estudiantes-dreamers | alexa afganistán capital | AF | es-US
estudiantes-dreamers | alexa ucrania capital | UA | es-US
estudiantes-dreamers | alexa capital de california sacramento verdad | US-CA | es-US
estudiantes-dreamers | alexa cuándo es el deadline de la fafsa | FB | es-US
estudiantes-dreamers | alexa cancel that digo cancélalo | CANCEL | es-US
estudiantes-dreamers | alexa sudáfrica capital | ZA | es-US
estudiantes-dreamers | alexa what are the capitales de sudáfrica | ZA | es-US
estudiantes-dreamers | alexa capital de los países bajos for the quiz | NL | es-US
estudiantes-dreamers | alexa malasia capital cuál es | MY | es-US
# A Pentecostal church in Charlotte
iglesia-pentecostal | alexa capital de israel hermano | IL | es-US
iglesia-pentecostal | alexa capital de egipto donde estuvo moisés | EG | es-US
iglesia-pentecostal | alexa capital de grecia por las cartas de pablo | GR | es-US
iglesia-pentecostal | alexa la capital de italia donde está roma | IT | es-US
iglesia-pentecostal | alexa capital de malta donde naufragó pablo | MT | es-US
iglesia-pentecostal | alexa capital de chipre hermana | CY | es-US
iglesia-pentecostal | alexa capital de etiopía del eunuco | ET | es-US
iglesia-pentecostal | alexa capital de irán la antigua persia | IR | es-US
iglesia-pentecostal | alexa palestina capital cuál es | PS | es-US
iglesia-pentecostal | alexa capital de corea del norte para orar por ellos | KP | es-US
iglesia-pentecostal | alexa capital del congo para los misioneros | CD+CG | es-US
iglesia-pentecostal | alexa pon alabanzas | FB | es-US
iglesia-pentecostal | alexa gloria a dios ya apágate | STOP | es-US
iglesia-pentecostal | alexa capital de la república del congo brazzaville | CG | es-US
# A laundromat in Aurora, Illinois
laundromat | alexa capital de polonia mientras se seca la ropa | PL | es-US
laundromat | alexa la capital de lituania la señora pregunta | LT | es-US
laundromat | alexa india qué capital tiene | IN | es-US
laundromat | alexa pakistán capital cuál es | PK | es-US
laundromat | alexa nepal qué capital tiene | NP | es-US
laundromat | alexa mongolia capital | MN | es-US
laundromat | alexa la capital de japón mija | JP | es-US
laundromat | alexa francia capital cuál es | FR | es-US
laundromat | alexa alemania qué capital tiene | DE | es-US
laundromat | alexa cuánto falta para la secadora | FB | es-US
laundromat | alexa olvídalo que ya terminó | CANCEL | es-US
laundromat | alexa rusia qué capital tiene | RU | es-US
# Cruise ship crew
crucero-tripulacion | alexa capital de las islas caimán | KY | es-US
crucero-tripulacion | alexa bermudas qué capital tiene | BM | es-US
crucero-tripulacion | alexa aruba capital | AW | es-US
crucero-tripulacion | alexa curazao qué capital tiene | CW | es-US
crucero-tripulacion | alexa capital de san martín el lado francés | MF | es-US
crucero-tripulacion | alexa capital de las islas vírgenes británicas | VG | es-US
crucero-tripulacion | alexa capital de islas turcas y caicos | TC | es-US
crucero-tripulacion | alexa la capital de santa lucía donde paramos mañana | LC | es-US
crucero-tripulacion | alexa la capital de granada donde atracamos | GD | es-US
crucero-tripulacion | alexa la capital de barbados bridgetown verdad | BB | es-US
crucero-tripulacion | alexa martinica capital | MQ | es-US
crucero-tripulacion | alexa capital de guadalupe la isla | GP | es-US
crucero-tripulacion | alexa capital de honduras por roatán | HN | es-US
crucero-tripulacion | alexa a qué hora zarpa el barco | FB | es-US
crucero-tripulacion | alexa para que empieza mi turno | STOP | es-US
crucero-tripulacion | alexa alaska capital cuál es | US-AK | es-US
# A barber shop in Denver
barberia-denver | alexa colorado qué capital tiene | US-CO | es-US
barberia-denver | alexa wyoming capital | US-WY | es-US
barberia-denver | alexa utah qué capital tiene | US-UT | es-US
barberia-denver | alexa arizona capital cuál es | US-AZ | es-US
barberia-denver | alexa kansas capital | US-KS | es-US
barberia-denver | alexa dakota del sur qué capital tiene | US-SD | es-US
barberia-denver | alexa montana capital | US-MT | es-US
barberia-denver | alexa chihuahua qué capital tiene | MX-CHH | es-US
barberia-denver | alexa durango capital | MX-DUR | es-US
barberia-denver | alexa a qué hora juegan los broncos | FB | es-US
barberia-denver | alexa ya stop que está el cliente | STOP | es-US
barberia-denver | alexa sudán qué capital tiene | SD | es-US
barberia-denver | alexa birmania capital | MM | es-US
# ================================================================ more shared lines, all locales
launch | alexa oye abre lo de capitales del mundo que quiero probar | LAUNCH
launch | alexa venga arráncame capitales del mundo | LAUNCH
launch | alexa a ver capitales del mundo empieza ya | LAUNCH
launch | alexa quiero repasar con capitales del mundo antes de la cena | LAUNCH
launch | alexa abre capitales del mundo en el salón | LAUNCH
launch | alexa hola abre capitales del mundo | LAUNCH
launch | alexa buenos días abre capitales del mundo | LAUNCH
launch | alexa enciende capitales del mundo que vamos a jugar en familia | LAUNCH
launch | alexa abre capitales del mundo otra vez | LAUNCH
launch | alexa vuelve a abrir capitales del mundo | LAUNCH
launch | alexa órale abre capitales del mundo | LAUNCH | es-MX
launch | alexa ábrenos capitales del mundo a los de la primaria | LAUNCH | es-MX
launch | alexa buenas tardes ábreme capitales del mundo | LAUNCH | es-MX
launch | alexa córrele a capitales del mundo | LAUNCH | es-MX
launch | alexa pon capitales del mundo ahorita | LAUNCH | es-MX
launch | alexa me abres capitales del mundo por fa | LAUNCH | es-MX
launch | alexa abre capitales del mundo pa los chamacos | LAUNCH | es-MX
launch | alexa hey abre capitales del mundo | LAUNCH | es-US
launch | alexa can you open capitales del mundo | LAUNCH | es-US
launch | alexa ábreme el skill de capitales del mundo por favor | LAUNCH | es-US
launch | alexa open the capitales del mundo game | LAUNCH | es-US
launch | alexa let's play capitales del mundo | LAUNCH | es-US
launch | alexa arranca el juego capitales del mundo para la familia | LAUNCH | es-US
launch | alexa good morning abre capitales del mundo | LAUNCH | es-US
cancel | alexa uy no cancela cancela | CANCEL
cancel | alexa que no cancela lo que te he dicho | CANCEL
cancel | alexa no era esa pregunta cancélala | CANCEL
cancel | alexa anula eso anda | CANCEL
cancel | alexa cancela que lo ha dicho el niño | CANCEL
cancel | alexa déjalo estar cancela | CANCEL
cancel | alexa ya no me interesa cancela | CANCEL | es-MX
cancel | alexa cancela eso mijo | CANCEL | es-MX
cancel | alexa no ya no cancélale a eso | CANCEL | es-MX
cancel | alexa mejor no cancela la pregunta | CANCEL | es-MX
cancel | alexa cancela nomás | CANCEL | es-MX
cancel | alexa forget it cancela | CANCEL | es-US
cancel | alexa cancela that question | CANCEL | es-US
cancel | alexa no espérate cancela | CANCEL | es-US
cancel | alexa cancel please olvídalo | CANCEL | es-US
cancel | alexa ya no la necesito cancela | CANCEL | es-US
stop | alexa para para para | STOP
stop | alexa ya vale de capitales | STOP
stop | alexa apaga el juego que nos vamos a cenar | STOP
stop | alexa se acabó el juego | STOP
stop | alexa para que me voy a dormir | STOP
stop | alexa ya cállate porfa | STOP | es-MX
stop | alexa ya no quiero nada gracias | STOP | es-MX
stop | alexa apágate ya que me duermo | STOP | es-MX
stop | alexa ya estuvo de capitales | STOP | es-MX
stop | alexa stop please ya | STOP | es-US
stop | alexa para ya el juego | STOP | es-US
stop | alexa off apágate | STOP | es-US
stop | alexa ya basta | STOP | es-US
help | alexa cómo pregunto por dos capitales a la vez | HELP
help | alexa qué hago para saber una capital | HELP
help | alexa me explicas el juego otra vez | HELP
help | alexa qué cosas puedo preguntarle a capitales del mundo | HELP | es-MX
help | alexa no le entiendo cómo funciona | HELP | es-MX
help | alexa necesito help con esto | HELP | es-US
help | alexa qué tengo que decir para una capital | HELP | es-US
plural-capitals | alexa las tres capitales de sudáfrica cuáles son | ZA
plural-capitals | alexa sudáfrica pretoria y qué más capitales | ZA | es-MX
plural-capitals | alexa dime todas las capitales que tiene sudáfrica | ZA | es-US
plural-capitals | alexa bolivia tiene dos capitales dime las dos | BO
plural-capitals | alexa sucre y la paz son las capitales de bolivia dime cuáles | BO | es-US
plural-capitals | alexa cuáles son las dos capitales holandesas | NL
plural-capitals | alexa ámsterdam y la otra capital de los países bajos | NL | es-MX
plural-capitals | alexa qué capitales tienen los países bajos | NL | es-US
plural-capitals | alexa malasia tiene dos capitales dime las dos | MY
plural-capitals | alexa kuala lumpur y la otra capital de malasia | MY | es-MX
plural-capitals | alexa capitales de malasia please | MY | es-US
plural-capitals | alexa las capitales que tiene benín | BJ | es-MX
plural-capitals | alexa benín sus dos capitales | BJ | es-US
plural-capitals | alexa las capitales de la costa de marfil | CI
plural-capitals | alexa qué capitales tiene costa de marfil | CI | es-US
plural-capitals | alexa sri lanka sus dos capitales | LK | es-MX
plural-capitals | alexa qué capitales tiene sri lanka | LK | es-US
plural-capitals | alexa las dos capitales de esuatini | SZ
plural-capitals | alexa esuatini sus capitales | SZ | es-MX
plural-capitals | alexa las capitales de palestina cuáles son | PS | es-US
shared-name | alexa capital de guinea la de conakri | GN
shared-name | alexa cuál es la capital de la guinea francesa la de conakri | GN | es-MX
shared-name | alexa capital del congo el grande | CD | es-US
shared-name | alexa capital de corea la de kim | KP | es-MX
shared-name | alexa capital de corea la del kpop | KR | es-US
# ================================================================ more own families
# es-ES: removal men in a van (mudanzas) between Madrid and Alicante
mudanzas | alexa mientras cargamos el sofá dime la capital de noruega | NO
mudanzas | alexa qué capital tiene eslovaquia que el cliente es de allí | SK
mudanzas | alexa la capital de dinamarca que nos llevamos un armario de allí | DK
mudanzas | alexa sabes la capital de bélgica o qué | BE
mudanzas | alexa capital de letonia que vienen los letones a recoger | LV
mudanzas | alexa estonia cuál es la capital macho | EE
mudanzas | alexa pregunta cuál es la capital de croacia | HR
mudanzas | alexa cuánto tráfico hay en la ap siete | FB
mudanzas | alexa calla que llama el jefe | STOP
mudanzas | alexa anula eso que no cabe el frigorífico | CANCEL
mudanzas | alexa la capital de gran bretaña colega | GB
mudanzas | alexa capital de guinea la francesa | GN
# es-ES: a cheese cooperative in La Mancha
queseria-manchega | alexa la capital de francia por lo del queso | FR
queseria-manchega | alexa la capital de suiza por el gruyer | CH
queseria-manchega | alexa capital de holanda por el gouda | NL
queseria-manchega | alexa capital de italia por el parmesano | IT
queseria-manchega | alexa la capital de grecia por el feta | GR
queseria-manchega | alexa chipre capital que el halloumi viene de allí | CY
queseria-manchega | alexa capital de inglaterra por el cheddar | GB-ENG
queseria-manchega | alexa capital de castilla la mancha | FB
queseria-manchega | alexa cuál es el mejor queso del mundo | FB
queseria-manchega | alexa déjalo que entra la leche | CANCEL
queseria-manchega | alexa para que voy a la cámara | STOP
queseria-manchega | alexa la capital de mongolia que dicen que hacen queso de yak | MN
queseria-manchega | alexa pon capitales del mundo que estoy volteando quesos | LAUNCH
# es-ES: students sharing a flat in Santiago de Compostela
piso-estudiantes | alexa tía cuál es la capital de australia que me juego una cerveza | AU
piso-estudiantes | alexa cuál era la capital de canadá que siempre lo olvido | CA
piso-estudiantes | alexa en serio que la capital de turquía no es estambul | TR
piso-estudiantes | alexa cuál es la capital de brasil que dice este que es río | BR
piso-estudiantes | alexa dime la capital de nigeria para cerrar la apuesta | NG
piso-estudiantes | alexa capital de myanmar tía | MM
piso-estudiantes | alexa cuál es la capital de kazajistán que cambió de nombre | KZ
piso-estudiantes | alexa la capital de corea del norte a ver quién acierta | KP
piso-estudiantes | alexa la capital de palestina sin polémicas eh | PS
piso-estudiantes | alexa quién friega hoy | FB
piso-estudiantes | alexa pon reguetón | FB
piso-estudiantes | alexa para que estamos estudiando | STOP
piso-estudiantes | alexa ayuda cómo te pregunto lo de las capitales | HELP
piso-estudiantes | alexa abre capitales del mundo que hay examen de geografía | LAUNCH
piso-estudiantes | alexa cancela que me he liado | CANCEL
# es-ES: a village bar in Extremadura, cards on the table
bar-pueblo | alexa oye la capital de portugal que está aquí al lado | PT
bar-pueblo | alexa cuál es la capital de rumanía que el camarero es rumano | RO
bar-pueblo | alexa la capital de bulgaria pa que se calle este | BG
bar-pueblo | alexa la capital de marruecos es rabat o casablanca | MA
bar-pueblo | alexa la capital de ecuador para el de la obra | EC
bar-pueblo | alexa quién ganó el partido ayer | FB
bar-pueblo | alexa cuántos habitantes tiene cáceres | FB
bar-pueblo | alexa capital de extremadura | FB
bar-pueblo | alexa para que vamos a echar la partida | STOP
bar-pueblo | alexa cancela hombre que no es eso | CANCEL
bar-pueblo | alexa la capital de las dos coreas a ver | KP+KR
bar-pueblo | alexa la capital de sudáfrica que allí jugó españa el mundial | ZA
bar-pueblo | alexa y holanda cuáles son sus capitales que ganamos la final | NL
# es-MX: a nail salon in Pachuca
salon-unas-pachuca | alexa amiga la capital de corea del sur que ahí venden las cremas | KR | es-MX
salon-unas-pachuca | alexa la capital de japón donde hacen los diseños | JP | es-MX
salon-unas-pachuca | alexa la capital de francia que la clienta se va de viaje | FR | es-MX
salon-unas-pachuca | alexa y la capital de italia nena | IT | es-MX
salon-unas-pachuca | alexa cuál es la capital de grecia que se casa allá mi prima | GR | es-MX
salon-unas-pachuca | alexa la capital de hidalgo es pachuca verdad | MX-HID | es-MX
salon-unas-pachuca | alexa pon música de karol g | FB | es-MX
salon-unas-pachuca | alexa cancela que se me corrió el esmalte | CANCEL | es-MX
salon-unas-pachuca | alexa ya apágate que llegó la clienta | STOP | es-MX
salon-unas-pachuca | alexa abre capitales del mundo mientras se seca | LAUNCH | es-MX
salon-unas-pachuca | alexa la capital de tailandia que ahí hacen los masajes | TH | es-MX
salon-unas-pachuca | alexa la capital de brasil por las brasileñas del salón | BR | es-MX
# es-MX: a telenovela writers' room
guionistas-telenovela | alexa la capital de venezuela que ahí se grababan las telenovelas | VE | es-MX
guionistas-telenovela | alexa capital de colombia por la de betty | CO | es-MX
guionistas-telenovela | alexa la capital de turquía que ahora las novelas turcas son lo más | TR | es-MX
guionistas-telenovela | alexa la capital de corea del sur por los doramas | KR | es-MX
guionistas-telenovela | alexa en qué capital vive la protagonista si es de filipinas | PH | es-MX
guionistas-telenovela | alexa la capital de argentina que ahí la coproducción | AR | es-MX
guionistas-telenovela | alexa capital de chile por el galán | CL | es-MX
guionistas-telenovela | alexa capital de mónaco para la escena del yate | MC | es-MX
guionistas-telenovela | alexa capital de suiza donde esconde el dinero el villano | CH | es-MX
guionistas-telenovela | alexa cómo se llama la villana de rubí | FB | es-MX
guionistas-telenovela | alexa cancélale que no va esa escena | CANCEL | es-MX
guionistas-telenovela | alexa ya para que grabamos | STOP | es-MX
guionistas-telenovela | alexa la capital de dubái | FB | es-MX
guionistas-telenovela | alexa capital de los emiratos árabes para el capítulo final | AE | es-MX
# es-MX: a volleyball team at the Olimpiada Nacional
voleibol-olimpiada | alexa la capital de brasil que son los mejores en voli | BR | es-MX
voleibol-olimpiada | alexa la capital de serbia que le ganó a méxico | RS | es-MX
voleibol-olimpiada | alexa la capital de polonia por el mundial de voli | PL | es-MX
voleibol-olimpiada | alexa la capital de japón coach | JP | es-MX
voleibol-olimpiada | alexa cuál es la capital de cuba las morenas del caribe | CU | es-MX
voleibol-olimpiada | alexa la capital de república dominicana por las reinas del caribe | DO | es-MX
voleibol-olimpiada | alexa la capital de puerto rico | PR | es-MX
voleibol-olimpiada | alexa cuál es la capital de estados unidos coach | US | es-MX
voleibol-olimpiada | alexa la capital de turquía que tiene la mejor liga | TR | es-MX
voleibol-olimpiada | alexa a qué hora es el partido | FB | es-MX
voleibol-olimpiada | alexa ya párale que nos toca calentar | STOP | es-MX
voleibol-olimpiada | alexa cancela coach | CANCEL | es-MX
voleibol-olimpiada | alexa la capital de la república del congo | CG | es-MX
# es-MX: the queue outside a consulate in Mexico City
fila-consulado | alexa cuál es la capital de canadá que me voy a trabajar allá | CA | es-MX
fila-consulado | alexa la capital de alemania que voy por la visa | DE | es-MX
fila-consulado | alexa la capital de españa que allá está mi hermana | ES | es-MX
fila-consulado | alexa capital de australia que voy de estudiante | AU | es-MX
fila-consulado | alexa la capital de nueva zelanda para la working holiday | NZ | es-MX
fila-consulado | alexa capital de reino unido para la visa | GB | es-MX
fila-consulado | alexa la capital de irlanda que allá hay chamba | IE | es-MX
fila-consulado | alexa capital de países bajos para el trámite | NL | es-MX
fila-consulado | alexa capital de portugal dicen que está fácil la residencia | PT | es-MX
fila-consulado | alexa a qué hora abre el consulado | FB | es-MX
fila-consulado | alexa cancela que ya me tocó | CANCEL | es-MX
fila-consulado | alexa apágate que ya me hablaron | STOP | es-MX
fila-consulado | alexa capital de qatar que voy a trabajar a un hotel | QA | es-MX
fila-consulado | alexa ayúdame cómo le pregunto a capitales del mundo | HELP | es-MX
# es-US: Nicaraguans in Las Cruces, New Mexico
nicas-las-cruces | alexa la capital de nicaragua chele | NI | es-US
nicas-las-cruces | alexa ideay y la capital de costa rica | CR | es-US
nicas-las-cruces | alexa cuál es la capital de nuevo méxico pues | US-NM | es-US
nicas-las-cruces | alexa la capital de honduras que el vecino es catracho | HN | es-US
nicas-las-cruces | alexa la capital de panamá por donde pasamos | PA | es-US
nicas-las-cruces | alexa la capital de colombia que por ahí pasamos también | CO | es-US
nicas-las-cruces | alexa cuál es la capital de chihuahua que está aquí cerquita | MX-CHH | es-US
nicas-las-cruces | alexa cuál es la capital de guatemala chele | GT | es-US
nicas-las-cruces | alexa a cómo está el cambio a córdobas | FB | es-US
nicas-las-cruces | alexa déjalo así cancela | CANCEL | es-US
nicas-las-cruces | alexa ya apagate | STOP | es-US
nicas-las-cruces | alexa abrí capitales del mundo | LAUNCH | es-US
nicas-las-cruces | alexa capital de managua | FB | es-US
# es-US: a dialysis clinic in El Paso
dialisis-el-paso | alexa la capital de texas para el señor de la silla tres | US-TX | es-US
dialisis-el-paso | alexa la capital de méxico para doña lupe | MX | es-US
dialisis-el-paso | alexa cuál es la capital de japón que el doctor fue | JP | es-US
dialisis-el-paso | alexa la capital de perú que la enfermera es peruana | PE | es-US
dialisis-el-paso | alexa la capital de la india que el nefrólogo es indio | IN | es-US
dialisis-el-paso | alexa capital de nigeria por el técnico | NG | es-US
dialisis-el-paso | alexa capital de filipinas por las enfermeras | PH | es-US
dialisis-el-paso | alexa capital de oklahoma | US-OK | es-US
dialisis-el-paso | alexa cuánto tiempo le falta a la máquina | FB | es-US
dialisis-el-paso | alexa más bajito cancela | CANCEL | es-US
dialisis-el-paso | alexa ya apágate que se durmió el paciente | STOP | es-US
dialisis-el-paso | alexa ayúdele al señor con las capitales | HELP | es-US
dialisis-el-paso | alexa ábrale capitales del mundo al señor | LAUNCH | es-US
# es-US: an adult Sunday soccer league in Omaha
liga-futbol-omaha | alexa la capital de nebraska | US-NE | es-US
liga-futbol-omaha | alexa la capital de iowa que jugamos allá el domingo | US-IA | es-US
liga-futbol-omaha | alexa capital de missouri para el torneo | US-MO | es-US
liga-futbol-omaha | alexa la capital de minnesota | US-MN | es-US
liga-futbol-omaha | alexa capital de dakota del norte | US-ND | es-US
liga-futbol-omaha | alexa la capital de croacia por modric | HR | es-US
liga-futbol-omaha | alexa la capital de uruguay por suárez | UY | es-US
liga-futbol-omaha | alexa la capital de portugal por cristiano | PT | es-US
liga-futbol-omaha | alexa capital de marruecos que llegó a semifinales | MA | es-US
liga-futbol-omaha | alexa la capital de camerún por eto'o | CM | es-US
liga-futbol-omaha | alexa quién va ganando el américa | FB | es-US
liga-futbol-omaha | alexa ya stop que empieza el partido | STOP | es-US
liga-futbol-omaha | alexa cancela güey | CANCEL | es-US
liga-futbol-omaha | alexa la capital de senegal por los leones | SN | es-US
liga-futbol-omaha | alexa capital de arabia saudita que le ganó a argentina | SA | es-US
# es-US: a Spanish radio call-in quiz in Salem, Oregon
radio-salem | alexa la capital de oregón es salem verdad | US-OR | es-US
radio-salem | alexa capital de idaho | US-ID | es-US
radio-salem | alexa capital de washington el estado no la ciudad | US-WA | es-US
radio-salem | alexa la capital de michoacán para el locutor | MX-MIC | es-US
radio-salem | alexa capital de oaxaca que llama un oaxaqueño | MX-OAX | es-US
radio-salem | alexa la capital de guerrero para el concurso | MX-GRO | es-US
radio-salem | alexa la capital de jalisco para ganar los boletos | MX-JAL | es-US
radio-salem | alexa las capitales de bolivia para la pregunta del día | BO | es-US
radio-salem | alexa cuáles son las capitales de sudáfrica para el premio | ZA | es-US
radio-salem | alexa cuál es el número de la estación | FB | es-US
radio-salem | alexa ya cancela que ya contestaron | CANCEL | es-US
radio-salem | alexa ya apágate que estoy al aire | STOP | es-US
radio-salem | alexa la capital de laos pregunta difícil | LA | es-US
radio-salem | alexa la capital de camboya para el segundo premio | KH | es-US
# es-US: Cubans newly arrived in Louisville
cubanos-louisville | alexa qué bolá dime la capital de cuba | CU | es-US
cubanos-louisville | alexa la capital de kentucky asere | US-KY | es-US
cubanos-louisville | alexa cuál es la capital de indiana que está al cruzar el río | US-IN | es-US
cubanos-louisville | alexa la capital de ohio | US-OH | es-US
cubanos-louisville | alexa la capital de nicaragua por donde entramos | NI | es-US
cubanos-louisville | alexa la capital de rusia que allá estudió mi abuelo | RU | es-US
cubanos-louisville | alexa la capital de angola que allá fue mi tío en la guerra | AO | es-US
cubanos-louisville | alexa capital de venezuela por los médicos | VE | es-US
cubanos-louisville | alexa la capital de vietnam que tenía hermanamiento | VN | es-US
cubanos-louisville | alexa qué volá para eso | STOP | es-US
cubanos-louisville | alexa olvídate de eso acere | CANCEL | es-US
cubanos-louisville | alexa pon una de los van van | FB | es-US
cubanos-louisville | alexa la capital de corea del norte que son amigos | KP | es-US
cubanos-louisville | alexa capital de guinea que allá fueron los médicos | GN | es-US
# es-US: Ecuadorian day labourers in Stamford, Connecticut
jornaleros-stamford | alexa la capital de ecuador mi llave | EC | es-US
jornaleros-stamford | alexa la capital de connecticut | US-CT | es-US
jornaleros-stamford | alexa capital de rhode island | US-RI | es-US
jornaleros-stamford | alexa la capital de massachusetts que hay trabajo allá | US-MA | es-US
jornaleros-stamford | alexa la capital de vermont | US-VT | es-US
jornaleros-stamford | alexa capital de new hampshire | US-NH | es-US
jornaleros-stamford | alexa la capital de maine | US-ME | es-US
jornaleros-stamford | alexa cuál es la capital de perú ñaño | PE | es-US
jornaleros-stamford | alexa a cuánto pagan la hora en la esquina | FB | es-US
jornaleros-stamford | alexa cancela chuta | CANCEL | es-US
jornaleros-stamford | alexa ya para que llegó la troca | STOP | es-US
jornaleros-stamford | alexa capital de las galápagos | FB | es-US
jornaleros-stamford | alexa capital de malasia que el contratista es malayo | MY | es-US
jornaleros-stamford | alexa la capital de sri lanka que dicen que tiene dos | LK | es-US
# es-US: bilingual Head Start teachers
head-start | alexa la capital de méxico for the kids | MX | es-US
head-start | alexa what's the capital de canadá | CA | es-US
head-start | alexa la capital de estados unidos para los niños | US | es-US
head-start | alexa capital de francia la de la torre | FR | es-US
head-start | alexa capital de egipto la de las pirámides | EG | es-US
head-start | alexa la capital de china la del panda | CN | es-US
head-start | alexa capital de kenia la de los leones | KE | es-US
head-start | alexa la capital de australia la de los canguros | AU | es-US
head-start | alexa capital de perú la de las llamas | PE | es-US
head-start | alexa la capital de hawái para la canción | US-HI | es-US
head-start | alexa pon la canción de los continentes | FB | es-US
head-start | alexa stop it's nap time | STOP | es-US
head-start | alexa cancel niños cancel | CANCEL | es-US
head-start | alexa help cómo les pregunto las capitales | HELP | es-US
head-start | alexa open capitales del mundo for circle time | LAUNCH | es-US
# ================================================================ more shared lines
out-of-domain | alexa cuántos kilómetros hay de madrid a parís | FB
out-of-domain | alexa qué se come típico en viena | FB
out-of-domain | alexa qué capital europea tiene más museos | FB
out-of-domain | alexa cuál es la capital más fría del mundo | FB
out-of-domain | alexa cuál es la capital más alta del mundo | FB
out-of-domain | alexa qué tiempo hace en lisboa este finde | FB
out-of-domain | alexa cuánto cuesta un billete a londres | FB
out-of-domain | alexa en qué continente está mongolia | FB
out-of-domain | alexa qué hora es en nueva york ahora mismo | FB
out-of-domain | alexa cuál es la capital del vino | FB
out-of-domain | alexa cuál es el país más pequeño del mundo | FB
out-of-domain | alexa pon el telediario | FB
out-of-domain | alexa recuérdame mañana llamar al médico | FB
out-of-domain | alexa cuál es la capital de la unión europea | FB
out-of-domain | alexa cuántos habitantes tiene pekín | FB
out-of-domain | alexa en qué año se fundó buenos aires | FB
out-of-domain | alexa qué moneda tienen en bolivia | FB | es-MX
out-of-domain | alexa cuántos estados tiene méxico | FB | es-MX
out-of-domain | alexa cuál es la capital del mole | FB | es-MX
out-of-domain | alexa qué tan alto es el popocatépetl | FB | es-MX
out-of-domain | alexa cuál es la capital de centroamérica | FB | es-MX
out-of-domain | alexa quién es el presidente de francia | FB | es-MX
out-of-domain | alexa cuál es la ciudad más poblada de méxico | FB | es-MX
out-of-domain | alexa pon un cronómetro | FB | es-MX
out-of-domain | alexa qué idioma hablan en bélgica | FB | es-MX
out-of-domain | alexa en qué país está machu picchu | FB | es-MX
out-of-domain | alexa cuál es la capital del caribe | FB | es-US
out-of-domain | alexa cuántos habitantes tiene tokio | FB | es-US
out-of-domain | alexa qué temperatura hace en chicago | FB | es-US
out-of-domain | alexa cuál es la capital de los latinos en estados unidos | FB | es-US
out-of-domain | alexa quién descubrió américa | FB | es-US
out-of-domain | alexa qué bandera tiene una hoja de maple | FB | es-US
out-of-domain | alexa cuál es la capital de latinoamérica | FB | es-US
reverse-question | alexa qué país tiene como capital a bakú | CITY:Bakú
reverse-question | alexa de qué país es capital tiflis | CITY:Tiflis
reverse-question | alexa ereván de qué país es capital | CITY:Ereván
reverse-question | alexa la paz es capital de qué país | CITY:La Paz | es-MX
reverse-question | alexa de dónde es capital quito | CITY:Quito | es-MX
reverse-question | alexa de qué país es capital santo domingo | CITY:Santo Domingo | es-US
reverse-question | alexa canberra es la capital de qué país | CITY:Canberra | es-US
official-name | alexa capital de la confederación suiza | CH
official-name | alexa capital de la república helénica | GR
official-name | alexa capital de la república oriental del uruguay | UY | es-MX
official-name | alexa capital de la república islámica de irán | IR | es-US
official-name | alexa capital de la república árabe de egipto | EG | es-US
everyday-name | alexa capital de rusia la unión soviética de antes | RU
everyday-name | alexa capital de bielorrusia o belarús | BY
everyday-name | alexa capital del zaire | CD | es-MX
everyday-name | alexa capital de las filipinas | PH | es-US
everyday-name | alexa capital de los estados unidos de américa digo de usa | US | es-US
# es-ES: a hotel reception night shift in Salou
recepcion-salou | alexa la capital de irlanda que han llegado unos irlandeses | IE
recepcion-salou | alexa la capital de escocia para el grupo de la despedida | GB-SCT
recepcion-salou | alexa capital de gales que preguntan los de la cuatrocientos | GB-WLS
recepcion-salou | alexa cuál es la capital de francia para el cartel | FR
recepcion-salou | alexa la capital de rusia que viene un grupo de rusos | RU
recepcion-salou | alexa la capital de israel para la reserva | IL
recepcion-salou | alexa capital de islandia que preguntan unos islandeses | IS
recepcion-salou | alexa capital de luxemburgo para la ficha | LU
recepcion-salou | alexa a qué hora abre el desayuno | FB
recepcion-salou | alexa para que viene un huésped | STOP
recepcion-salou | alexa cancela que ya lo he mirado en el ordenador | CANCEL
recepcion-salou | alexa ayuda cómo le pregunto la capital de un país | HELP
recepcion-salou | alexa capital de cataluña | FB
recepcion-salou | alexa capital de ucrania para la familia que acaba de llegar | UA
recepcion-salou | alexa la capital de los países bajos para los holandeses de la trescientos | NL
# es-ES: grandparents doing crosswords in a Burgos park
crucigrama-burgos | alexa capital de nepal ocho letras | NP
crucigrama-burgos | alexa la capital de perú cuatro letras | PE
crucigrama-burgos | alexa capital de italia para el crucigrama | IT
crucigrama-burgos | alexa capital de letonia cuatro letras | LV
crucigrama-burgos | alexa capital de noruega para el autodefinido | NO
crucigrama-burgos | alexa capital de yemen que es la de cuatro letras | YE
crucigrama-burgos | alexa capital de togo la de cuatro letras | TG
crucigrama-burgos | alexa capital de omán para el crucigrama del periódico | OM
crucigrama-burgos | alexa capital de qatar para la vertical | QA
crucigrama-burgos | alexa capital de samoa para la horizontal | WS
crucigrama-burgos | alexa capital de fiyi cuatro letras | FJ
crucigrama-burgos | alexa qué significa la palabra otero | FB
crucigrama-burgos | alexa calla ya que lo he sacado | STOP
crucigrama-burgos | alexa déjalo que ya la sé | CANCEL
crucigrama-burgos | alexa capital de chad seis letras | TD
# es-MX: a bakery in Tlalnepantla
panaderia-tlalnepantla | alexa la capital de francia de donde es el cuernito | FR | es-MX
panaderia-tlalnepantla | alexa capital de austria por las conchas vienesas | AT | es-MX
panaderia-tlalnepantla | alexa la capital de portugal que dicen que allá los pasteles de nata | PT | es-MX
panaderia-tlalnepantla | alexa la capital de dinamarca por los daneses | DK | es-MX
panaderia-tlalnepantla | alexa capital de suecia por los roles de canela | SE | es-MX
panaderia-tlalnepantla | alexa la capital de alemania por el pan de centeno | DE | es-MX
panaderia-tlalnepantla | alexa a cómo está el kilo de harina | FB | es-MX
panaderia-tlalnepantla | alexa ya bájale que entra la charola | STOP | es-MX
panaderia-tlalnepantla | alexa cancela que se me quema el pan | CANCEL | es-MX
panaderia-tlalnepantla | alexa ábreme capitales del mundo mientras amaso | LAUNCH | es-MX
panaderia-tlalnepantla | alexa la capital de armenia por el señor del horno | AM | es-MX
panaderia-tlalnepantla | alexa capital de líbano por los árabes de la colonia | LB | es-MX
# es-MX: a veterinary office in Saltillo
veterinaria-saltillo | alexa capital de coahuila para el cliente | MX-COA | es-MX
veterinaria-saltillo | alexa la capital de chihuahua como el perrito | MX-CHH | es-MX
veterinaria-saltillo | alexa la capital de siberia como el husky | FB | es-MX
veterinaria-saltillo | alexa capital de gran bretaña por el bulldog | GB | es-MX
veterinaria-saltillo | alexa capital de afganistán como el galgo afgano | AF | es-MX
veterinaria-saltillo | alexa la capital de malta como el perrito maltés | MT | es-MX
veterinaria-saltillo | alexa capital del tíbet | FB | es-MX
veterinaria-saltillo | alexa capital de persia como los gatos persas | IR | es-MX
veterinaria-saltillo | alexa capital de birmania por los gatos birmanos | MM | es-MX
veterinaria-saltillo | alexa cada cuándo se vacuna un perro | FB | es-MX
veterinaria-saltillo | alexa cancela que ladra el perro | CANCEL | es-MX
veterinaria-saltillo | alexa cállate que asustas al gato | STOP | es-MX
veterinaria-saltillo | alexa capital de tailandia por el gato siamés | TH | es-MX
# es-US: a tamale cooperative in Portland, Oregon
tamaleras-portland | alexa la capital de oregón mientras envolvemos | US-OR | es-US
tamaleras-portland | alexa la capital de el salvador por las pupusas de la vecina | SV | es-US
tamaleras-portland | alexa capital de guatemala por los tamales de allá | GT | es-US
tamaleras-portland | alexa la capital de venezuela por las hallacas | VE | es-US
tamaleras-portland | alexa la capital de colombia por los tamales tolimenses | CO | es-US
tamaleras-portland | alexa capital de puerto rico por los pasteles | PR | es-US
tamaleras-portland | alexa la capital de veracruz por los tamales de allá | MX-VER | es-US
tamaleras-portland | alexa cuánto tiempo se cuecen los tamales | FB | es-US
tamaleras-portland | alexa cancela que se acabó la masa | CANCEL | es-US
tamaleras-portland | alexa ya apágate que vamos a rezar | STOP | es-US
tamaleras-portland | alexa abre capitales del mundo mientras se cuecen | LAUNCH | es-US
tamaleras-portland | alexa la capital de bolivia sus dos capitales | BO | es-US
"""

if __name__ == "__main__":
    build_round(51, "es", LINES, sys.argv, "tests/Eval/es/round51/source/build_corpus.py")
