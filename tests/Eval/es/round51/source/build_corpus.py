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
tiendas-es | alexa dime capital de bangladés | BD
tiendas-es | alexa dada pregunta capital de bangladesh | BD
tiendas-es | alexa capital de india cuál es ji | IN
tiendas-es | alexa capital de pakistán para mi primo | PK
tiendas-es | alexa la capital de nepal dime | NP
tiendas-es | alexa capital de bután dónde está | BT
tiendas-es | alexa capital de sri lanka amigo | LK
tiendas-es | alexa capital de myanmar por favor | MM
tiendas-es | alexa capital de maldivas mi hermano trabaja allí | MV
tiendas-es | alexa cuál es capital de afganistán | AF
tiendas-es | alexa capital de arabia saudí donde fui a trabajar | SA
tiendas-es | alexa capital de catar dónde está mi cuñado | QA
tiendas-es | alexa kemon acho dime capital de omán | OM
tiendas-es | alexa capital de emiratos árabes unidos de dubái | AE
tiendas-es | alexa cuánto cuesta el kilo de mangos | FB
tiendas-es | alexa abre capitales del mundo para mi hija | LAUNCH
tiendas-es | alexa para ya que viene cliente | STOP
tiendas-es | alexa kuwait capital cuál es | KW
# Honduran carers in Bilbao
cuidados-es | alexa vaya pues dígame la capital de honduras | HN
cuidados-es | alexa la capital de francia para la señora | FR
cuidados-es | alexa capital de italia que la doña pregunta | IT
cuidados-es | alexa fíjese que la abuela quiere saber la capital de rusia | RU
cuidados-es | alexa y la capital de ucrania cuál es fíjese | UA
cuidados-es | alexa dígame capital de bielorrusia | BY
cuidados-es | alexa la capital de rumanía que la vecina es de allá | RO
cuidados-es | alexa capital de bulgaria que la cuidadora de al lado es de allí | BG
cuidados-es | alexa la capital de moldavia cuál era | MD
cuidados-es | alexa la señora pregunta la capital de hungría | HU
cuidados-es | alexa capital de polonia que la amama pregunta | PL
cuidados-es | alexa capital del país vasco | FB
cuidados-es | alexa cancele eso que la señora ya se durmió | CANCEL
cuidados-es | alexa ayúdeme con las capitales que no sé cómo va | HELP
cuidados-es | alexa abra capitales del mundo para la abuela | LAUNCH
cuidados-es | alexa apáguese ya | STOP
cuidados-es | alexa dígale a la señora cuál es la capital de serbia | RS
cuidados-es | alexa y montenegro qué capital tiene | ME
# Beekeepers in La Alcarria
campo-y-mar-es | alexa capital de nueva zelanda que allí hay mucha miel | NZ
campo-y-mar-es | alexa capital de argentina que allí también hay colmenas | AR
campo-y-mar-es | alexa capital de ucrania que de allí viene la miel barata | UA
campo-y-mar-es | alexa capital de eslovenia que allí adoran las abejas | SI
campo-y-mar-es | alexa capital de etiopía que dicen que sacan mucha miel | ET
campo-y-mar-es | alexa la capital de tanzania tú | TZ
campo-y-mar-es | alexa espera que tengo el ahumador cancela | CANCEL
campo-y-mar-es | alexa va a llover esta tarde en pastrana | FB
campo-y-mar-es | alexa capital de kirguistán que dicen que hay miel blanca | KG
campo-y-mar-es | alexa capital de turquía la de la miel de pino | TR
campo-y-mar-es | alexa capital de grecia la del tomillo | GR
campo-y-mar-es | alexa capital de la provincia de guadalajara | FB
campo-y-mar-es | alexa chipre qué capital tiene | CY
campo-y-mar-es | alexa para que me pica una | STOP
# A bingo hall in Zaragoza
mayores-ocio-es | alexa capital de luxemburgo mientras cantan la línea | LU
mayores-ocio-es | alexa mónaco capital cuál es maja | MC
mayores-ocio-es | alexa capital de liechtenstein majo | LI
mayores-ocio-es | alexa la capital de san marino que no me acuerdo | SM
mayores-ocio-es | alexa capital de andorra que vamos en autobús | AD
mayores-ocio-es | alexa el vaticano tiene capital | VA
mayores-ocio-es | alexa malta qué capital tiene | MT
mayores-ocio-es | alexa cancela que me ha salido bingo | CANCEL
mayores-ocio-es | alexa capital de bélgica entre cartón y cartón | BE
mayores-ocio-es | alexa dinamarca su capital | DK
mayores-ocio-es | alexa capital de irlanda que va mi nieto | IE
mayores-ocio-es | alexa qué número ha salido | FB
mayores-ocio-es | alexa capital de islandia chiqueta | IS
mayores-ocio-es | alexa calla que cantan | STOP
# Dockers in Algeciras
transporte-es | alexa capital de marruecos pa saberlo | MA
transporte-es | alexa oye la capital de argelia | DZ
transporte-es | alexa túnez qué capital tiene | TN
transporte-es | alexa capital de libia compañero | LY
transporte-es | alexa capital de egipto de dónde viene el portacontenedores | EG
transporte-es | alexa capital de panamá por la bandera del barco | PA
transporte-es | alexa capital de liberia que todos los barcos son de allí | LR
transporte-es | alexa capital de las islas marshall que vienen abanderados | MH
transporte-es | alexa capital de singapur de donde sale la naviera | SG
transporte-es | alexa china su capital cuál es | CN
transporte-es | alexa capital de mauritania que vienen los pesqueros | MR
transporte-es | alexa gibraltar tiene capital | GI
transporte-es | alexa capital de ceuta | FB
transporte-es | alexa capital de malasia de donde viene la maersk esa | MY
transporte-es | alexa la capital de bahamas por el barco | BS
transporte-es | alexa a qué hora sube la marea | FB
transporte-es | alexa corta que entra el barco | STOP
# A parish choir in Logroño
musica-es | alexa capital de austria que vamos a cantar en viena | AT
musica-es | alexa la capital de la república checa donde dvorak | CZ
musica-es | alexa capital de eslovaquia que hay un festival | SK
musica-es | alexa lituania qué capital tiene | LT
musica-es | alexa la capital de letonia por favor | LV
musica-es | alexa capital de estonia que allí cantan todos | EE
musica-es | alexa capital de finlandia donde sibelius | FI
musica-es | alexa capital de georgia la del cáucaso que tienen polifonía | GE
musica-es | alexa armenia qué capital tiene que cantan muy bonito | AM
musica-es | alexa la capital de israel para el viaje a tierra santa | IL
musica-es | alexa capital de palestina por lo de belén | PS
musica-es | alexa y jordania cuál es su capital | JO
musica-es | alexa capital de líbano para don julián | LB
musica-es | alexa siria qué capital tiene | SY
musica-es | alexa silencio por favor que empieza el ensayo | STOP
musica-es | alexa pon el ave maría de schubert | FB
# A driving school
aprendices-es | alexa capital de suecia mientras espero al profesor | SE
aprendices-es | alexa noruega capital cuál es | NO
aprendices-es | alexa la capital de alemania de las autopistas sin límite | DE
aprendices-es | alexa capital de reino unido que conducen por la izquierda | GB
aprendices-es | alexa capital de japón que también conducen por la izquierda | JP
aprendices-es | alexa tailandia su capital | TH
aprendices-es | alexa la capital de indonesia tía | ID
aprendices-es | alexa australia capital cuál es | AU
aprendices-es | alexa la capital de sudáfrica que también van por la izquierda | ZA
aprendices-es | alexa capitales de sudáfrica que son varias no | ZA
aprendices-es | alexa kenia capital | KE
aprendices-es | alexa capital de uganda tú sabes | UG
aprendices-es | alexa cuántos puntos tiene el carné | FB
aprendices-es | alexa olvídalo que ya me toca el práctico | CANCEL
aprendices-es | alexa ayuda que no sé cómo se pregunta | HELP
# A rural pharmacy in Soria
pueblo-es | alexa la capital de portugal que va mi hija de viaje | PT
pueblo-es | alexa capital de francia para la señora maría | FR
pueblo-es | alexa capital de suiza donde hacen las medicinas | CH
pueblo-es | alexa los países bajos qué capital tienen | NL
pueblo-es | alexa capital de holanda la de verdad y la del gobierno | NL
pueblo-es | alexa la capital de bolivia la buena | BO
pueblo-es | alexa capitales de bolivia sucre y cuál más | BO
pueblo-es | alexa perú cuál es la capital | PE
pueblo-es | alexa ecuador qué capital tiene que la chica es de allí | EC
pueblo-es | alexa la capital de colombia sería | CO
pueblo-es | alexa a qué hora abre la farmacia de guardia | FB
pueblo-es | alexa venezuela su capital | VE
pueblo-es | alexa chile y su capital | CL
pueblo-es | alexa uruguay qué capital tiene | UY
pueblo-es | alexa la capital de paraguay por el hijo de la vecina | PY
# A chess club in Linares
juegos-es | alexa rusia capital cuál es | RU
juegos-es | alexa capital de armenia que son buenísimos | AM
juegos-es | alexa capital de azerbaiyán de donde es el del torneo | AZ
juegos-es | alexa uzbekistán su capital | UZ
juegos-es | alexa la capital de kazajistán que allí fue el mundial | KZ
juegos-es | alexa capital de noruega por magnus | NO
juegos-es | alexa capital de la india por anand | IN
juegos-es | alexa capital de hungría por las polgar | HU
juegos-es | alexa mongolia qué capital tiene | MN
juegos-es | alexa tayikistán capital | TJ
juegos-es | alexa turkmenistán capital cuál es | TM
juegos-es | alexa silencio que estamos jugando | STOP
juegos-es | alexa quién es el campeón del mundo de ajedrez | FB
juegos-es | alexa corea del norte qué capital tiene | KP
juegos-es | alexa vietnam su capital por el de la partida | VN
# A university tuna in Salamanca
musica-es | alexa capital de méxico que vamos de gira | MX
musica-es | alexa puerto rico capital | PR
musica-es | alexa la capital de república dominicana que tocamos allí | DO
musica-es | alexa cuba capital cuál es | CU
musica-es | alexa costa rica qué capital tiene | CR
musica-es | alexa la capital de guatemala para el cartel | GT
musica-es | alexa el salvador cuál es su capital | SV
musica-es | alexa capital de nicaragua que nos invitan | NI
musica-es | alexa capital de filipinas que ahí hay rondallas | PH
musica-es | alexa guinea ecuatorial qué capital tiene | GQ
musica-es | alexa pon clavelitos | FB
musica-es | alexa cancela que nos vamos de ronda | CANCEL
musica-es | alexa ábrete capitales del mundo | LAUNCH
musica-es | alexa jamaica capital | JM
# Mauritanian fishermen in Arguineguín, Gran Canaria
campo-y-mar-es | alexa capital de mauritania nuakchot verdad | MR
campo-y-mar-es | alexa mali qué capital tiene | ML
campo-y-mar-es | alexa la capital de senegal hermano | SN
campo-y-mar-es | alexa gambia capital cuál es | GM
campo-y-mar-es | alexa capital de guinea bisáu | GW
campo-y-mar-es | alexa capital de guinea conakri | GN
campo-y-mar-es | alexa sierra leona qué capital tiene | SL
campo-y-mar-es | alexa capital de cabo verde hermano | CV
campo-y-mar-es | alexa capital del sáhara occidental | EH
campo-y-mar-es | alexa la capital de níger no nigeria | NE
campo-y-mar-es | alexa chad capital cuál es | TD
campo-y-mar-es | alexa cómo está el mar mañana | FB
campo-y-mar-es | alexa capital de canarias | FB
campo-y-mar-es | alexa khalas para | STOP
campo-y-mar-es | alexa burkina faso su capital | BF
# Madrid night bus drivers
transporte-es | alexa capital de togo en la cabecera de cibeles | TG
transporte-es | alexa benín capital cuál es | BJ
transporte-es | alexa capitales de benín porque creo que son dos | BJ
transporte-es | alexa la capital de ghana que el viajero es de allí | GH
transporte-es | alexa nigeria capital | NG
transporte-es | alexa camerún qué capital tiene | CM
transporte-es | alexa capital de gabón chaval | GA
transporte-es | alexa capital de la república centroafricana | CF
transporte-es | alexa capital del congo brazzaville | CG
transporte-es | alexa capital del congo kinshasa | CD
transporte-es | alexa angola qué capital tiene | AO
transporte-es | alexa para que arranco | STOP
transporte-es | alexa qué temperatura hace en la calle | FB
transporte-es | alexa capital de santo tomé y príncipe | ST
# A Cádiz carnival chirigota writing lyrics
fiestas-es | alexa capital de groenlandia que rima con algo | GL
fiestas-es | alexa fiyi qué capital tiene | FJ
fiestas-es | alexa tonga capital pisha | TO
fiestas-es | alexa samoa la capital | WS
fiestas-es | alexa capital de vanuatu illo | VU
fiestas-es | alexa tuvalu qué capital tiene | TV
fiestas-es | alexa la capital de nauru pa la copla | NR
fiestas-es | alexa kiribati capital | KI
fiestas-es | alexa palaos su capital cuál es | PW
fiestas-es | alexa capital de micronesia quillo | FM
fiestas-es | alexa las islas salomón qué capital tienen | SB
fiestas-es | alexa papúa nueva guinea capital | PG
fiestas-es | alexa qué rima con cádiz | FB
fiestas-es | alexa déjalo quillo | CANCEL
fiestas-es | alexa capital de tahití | FB
# Travelling fairground workers
fiestas-es | alexa capital de eritrea desde la tómbola | ER
fiestas-es | alexa yibuti capital | DJ
fiestas-es | alexa somalia qué capital tiene | SO
fiestas-es | alexa la capital de sudán el de arriba | SD
fiestas-es | alexa sudán del sur capital | SS
fiestas-es | alexa ruanda capital cuál es | RW
fiestas-es | alexa burundi su capital | BI
fiestas-es | alexa malaui capital | MW
fiestas-es | alexa mozambique qué capital tiene | MZ
fiestas-es | alexa zambia su capital | ZM
fiestas-es | alexa zimbabue capital cuál es | ZW
fiestas-es | alexa botsuana qué capital tiene | BW
fiestas-es | alexa namibia capital | NA
fiestas-es | alexa lesoto capital cuál es | LS
fiestas-es | alexa cancela que hay que montar los coches de choque | CANCEL
fiestas-es | alexa dónde es la feria la semana que viene | FB
# Night cleaners in a Valencia hospital
cuidados-es | alexa madagascar qué capital tiene | MG
cuidados-es | alexa mauricio capital | MU
cuidados-es | alexa seychelles capital cuál es | SC
cuidados-es | alexa comoras su capital | KM
cuidados-es | alexa esuatini capital | SZ
cuidados-es | alexa capital de costa de marfil la de verdad | CI
cuidados-es | alexa liberia qué capital tiene | LR
cuidados-es | alexa yemen capital | YE
cuidados-es | alexa baréin capital cuál es | BH
cuidados-es | alexa irán qué capital tiene | IR
cuidados-es | alexa irak su capital | IQ
cuidados-es | alexa baja la voz que hay enfermos cancela | CANCEL
cuidados-es | alexa para que se despierta el de la cama de al lado | STOP
cuidados-es | alexa ayuda con esto de capitales del mundo | HELP
# An escape room in Murcia
juegos-es | alexa capital de laos que es la pista | LA
juegos-es | alexa camboya qué capital tiene | KH
juegos-es | alexa brunéi capital | BN
juegos-es | alexa timor oriental su capital | TL
juegos-es | alexa corea del sur capital cuál es | KR
juegos-es | alexa taiwán capital | TW
juegos-es | alexa la capital de filipinas para el candado | PH
juegos-es | alexa kosovo qué capital tiene | XK
juegos-es | alexa albania capital | AL
juegos-es | alexa macedonia del norte capital | MK
juegos-es | alexa bosnia qué capital tiene | BA
juegos-es | alexa croacia capital cuál es | HR
juegos-es | alexa dame una pista | FB
juegos-es | alexa cuánto tiempo nos queda | FB
juegos-es | alexa capital de malasia kuala lumpur o la otra | MY
juegos-es | alexa qué capitales tiene malasia que lo pide el candado | MY
juegos-es | alexa abre capitales del mundo que lo pide el acertijo | LAUNCH
# ================================================================ es-MX own families
# Triqui artisan women selling in Mexico City
vendedores-mx | alexa la capital de guatemala marchanta | GT | es-MX
vendedores-mx | alexa capital de oaxaca pues | MX-OAX | es-MX
vendedores-mx | alexa cuál es la capital de perú que ahí también tejen | PE | es-MX
vendedores-mx | alexa ecuador qué capital tiene | EC | es-MX
vendedores-mx | alexa capital de bolivia donde venden rebozos | BO | es-MX
vendedores-mx | alexa cuáles son las capitales de bolivia güerita | BO | es-MX
vendedores-mx | alexa capital de francia que una güera compró un huipil | FR | es-MX
vendedores-mx | alexa japón capital cuál es | JP | es-MX
vendedores-mx | alexa cuánto cuesta el metro | FB | es-MX
vendedores-mx | alexa ya cállate | STOP | es-MX
vendedores-mx | alexa la capital de estados unidos | US | es-MX
vendedores-mx | alexa canadá qué capital tiene | CA | es-MX
# San Quintín valley farmworkers
campo-mx | alexa capital de baja california norte | MX-BCN | es-MX
campo-mx | alexa sinaloa qué capital tiene | MX-SIN | es-MX
campo-mx | alexa guerrero capital cuál es | MX-GRO | es-MX
campo-mx | alexa capital de california del otro lado | US-CA | es-MX
campo-mx | alexa honduras qué capital tiene | HN | es-MX
campo-mx | alexa el salvador capital | SV | es-MX
campo-mx | alexa a cuánto pagan la caja de fresa | FB | es-MX
campo-mx | alexa ya bájale que nos vamos al surco | STOP | es-MX
campo-mx | alexa haití qué capital tiene | HT | es-MX
campo-mx | alexa capital de corea del sur de donde son los de la empacadora | KR | es-MX
campo-mx | alexa la capital de china compa | CN | es-MX
campo-mx | alexa cancélale compa | CANCEL | es-MX
# Sonidero fans in Tepito
musica-calle-mx | alexa capital de colombia por la cumbia | CO | es-MX
musica-calle-mx | alexa perú capital cuál es | PE | es-MX
musica-calle-mx | alexa jamaica qué capital tiene | JM | es-MX
musica-calle-mx | alexa trinidad y tobago capital | TT | es-MX
musica-calle-mx | alexa barbados capital | BB | es-MX
musica-calle-mx | alexa la capital de cuba pariente | CU | es-MX
musica-calle-mx | alexa panamá capital cuál es | PA | es-MX
musica-calle-mx | alexa venezuela capital | VE | es-MX
musica-calle-mx | alexa pon una cumbia sonidera | FB | es-MX
musica-calle-mx | alexa saludos hasta nueva york | FB | es-MX
musica-calle-mx | alexa ya apágate carnal | STOP | es-MX
musica-calle-mx | alexa república dominicana capital | DO | es-MX
# Xochimilco trajinera boatmen
musica-calle-mx | alexa capital de alemania que traigo alemanes | DE | es-MX
musica-calle-mx | alexa italia capital cuál es joven | IT | es-MX
musica-calle-mx | alexa capital de inglaterra joven | GB-ENG | es-MX
musica-calle-mx | alexa capital de australia que el turista pregunta | AU | es-MX
musica-calle-mx | alexa la capital de corea del sur para los coreanos | KR | es-MX
musica-calle-mx | alexa y la de corea del norte | KP | es-MX
musica-calle-mx | alexa israel qué capital tiene | IL | es-MX
musica-calle-mx | alexa la india capital cuál es | IN | es-MX
musica-calle-mx | alexa brasil qué capital tiene | BR | es-MX
musica-calle-mx | alexa la capital de argentina para los che | AR | es-MX
musica-calle-mx | alexa pon las mañanitas | FB | es-MX
musica-calle-mx | alexa abre capitales del mundo para los turistas | LAUNCH | es-MX
# A construction crew
oficios-mx | alexa capital del estado de méxico | MX-MEX | es-MX
oficios-mx | alexa puebla capital cuál es | MX-PUE | es-MX
oficios-mx | alexa veracruz qué capital tiene | MX-VER | es-MX
oficios-mx | alexa tabasco capital | MX-TAB | es-MX
oficios-mx | alexa chiapas qué capital tiene | MX-CHP | es-MX
oficios-mx | alexa capital de morelos maestro | MX-MOR | es-MX
oficios-mx | alexa guanajuato capital | MX-GUA | es-MX
oficios-mx | alexa san luis potosí capital | MX-SLP | es-MX
oficios-mx | alexa zacatecas qué capital tiene | MX-ZAC | es-MX
oficios-mx | alexa cuánto cuesta el bulto de cemento | FB | es-MX
oficios-mx | alexa ya estuvo que llegó el ingeniero | STOP | es-MX
oficios-mx | alexa olvídalo chalán | CANCEL | es-MX
oficios-mx | alexa aguascalientes capital | MX-AGU | es-MX
oficios-mx | alexa colima qué capital tiene | MX-COL | es-MX
# Students at an escuela normal (teacher college)
escuela-mx | alexa capital de nicaragua para la clase de mañana | NI | es-MX
escuela-mx | alexa costa rica capital | CR | es-MX
escuela-mx | alexa belice qué capital tiene | BZ | es-MX
escuela-mx | alexa surinam capital | SR | es-MX
escuela-mx | alexa guyana qué capital tiene | GY | es-MX
escuela-mx | alexa capital de la guayana francesa | GF | es-MX
escuela-mx | alexa paraguay capital cuál es | PY | es-MX
escuela-mx | alexa uruguay capital | UY | es-MX
escuela-mx | alexa chile qué capital tiene | CL | es-MX
escuela-mx | alexa santa lucía la isla su capital | LC | es-MX
escuela-mx | alexa capital de san vicente y las granadinas | VC | es-MX
escuela-mx | alexa capital de granada la isla | GD | es-MX
escuela-mx | alexa dominica la isla qué capital tiene | DM | es-MX
escuela-mx | alexa capital de antigua y barbuda | AG | es-MX
escuela-mx | alexa capital de san cristóbal y nieves | KN | es-MX
escuela-mx | alexa bahamas capital | BS | es-MX
escuela-mx | alexa ayúdame con el juego de las capitales | HELP | es-MX
escuela-mx | alexa cuál es la capital de américa | FB | es-MX
# A doctor on social service in a rural clinic
salud-mx | alexa nuevo león capital | MX-NLE | es-MX
salud-mx | alexa tamaulipas qué capital tiene | MX-TAM | es-MX
salud-mx | alexa sonora capital | MX-SON | es-MX
salud-mx | alexa jalisco qué capital tiene | MX-JAL | es-MX
salud-mx | alexa nayarit capital | MX-NAY | es-MX
salud-mx | alexa querétaro capital cuál es | MX-QUE | es-MX
salud-mx | alexa yucatán qué capital tiene | MX-YUC | es-MX
salud-mx | alexa campeche capital | MX-CAM | es-MX
salud-mx | alexa baja california sur capital | MX-BCS | es-MX
salud-mx | alexa cuánto paracetamol le doy a un niño | FB | es-MX
salud-mx | alexa cancela que llegó un paciente | CANCEL | es-MX
salud-mx | alexa capital de cuba que ahí estudió la doctora | CU | es-MX
salud-mx | alexa suiza qué capital tiene | CH | es-MX
# IMSS pensioners at a day centre
tramites-mayores-mx | alexa cuál es la capital de españa | ES | es-MX
tramites-mayores-mx | alexa portugal qué capital tiene | PT | es-MX
tramites-mayores-mx | alexa la capital de rusia joven | RU | es-MX
tramites-mayores-mx | alexa egipto capital | EG | es-MX
tramites-mayores-mx | alexa grecia qué capital tiene | GR | es-MX
tramites-mayores-mx | alexa turquía capital cuál es | TR | es-MX
tramites-mayores-mx | alexa capital de checoslovaquia | FB | es-MX
tramites-mayores-mx | alexa capital de yugoslavia | FB | es-MX
tramites-mayores-mx | alexa capital de la unión soviética | FB | es-MX
tramites-mayores-mx | alexa háblame más fuerte | FB | es-MX
tramites-mayores-mx | alexa palestina qué capital tiene | PS | es-MX
tramites-mayores-mx | alexa corea del norte capital | KP | es-MX
tramites-mayores-mx | alexa capital del congo belga o sea el congo democrático | CD | es-MX
tramites-mayores-mx | alexa ya no gracias | STOP | es-MX
tramites-mayores-mx | alexa qué es lo que se le puede preguntar | HELP | es-MX
tramites-mayores-mx | alexa abre capitales del mundo joven | LAUNCH | es-MX
# Charros at a lienzo charro
campo-mx | alexa capital de españa de donde vienen los caballos | ES | es-MX
campo-mx | alexa arabia saudita capital | SA | es-MX
campo-mx | alexa marruecos qué capital tiene | MA | es-MX
campo-mx | alexa capital de mongolia que allá montan desde niños | MN | es-MX
campo-mx | alexa kazajistán capital | KZ | es-MX
campo-mx | alexa irlanda qué capital tiene | IE | es-MX
campo-mx | alexa nueva zelanda capital | NZ | es-MX
campo-mx | alexa texas qué capital tiene | US-TX | es-MX
campo-mx | alexa nuevo méxico capital | US-NM | es-MX
campo-mx | alexa cuándo es la próxima charreada | FB | es-MX
campo-mx | alexa ya párale que sigue la escaramuza | STOP | es-MX
campo-mx | alexa capital de chihuahua compadre | MX-CHH | es-MX
# Paleteros from Tocumbo
vendedores-mx | alexa michoacán qué capital tiene | MX-MIC | es-MX
vendedores-mx | alexa capital de colombia que allá también hay paleterías | CO | es-MX
vendedores-mx | alexa la capital de honduras mijo | HN | es-MX
vendedores-mx | alexa guatemala qué capital tiene | GT | es-MX
vendedores-mx | alexa capital de illinois que ahí tiene paletería mi tío | US-IL | es-MX
vendedores-mx | alexa tailandia qué capital tiene | TH | es-MX
vendedores-mx | alexa filipinas capital | PH | es-MX
vendedores-mx | alexa indonesia qué capital tiene | ID | es-MX
vendedores-mx | alexa qué sabor de paleta es el más vendido | FB | es-MX
vendedores-mx | alexa cancela eso ahorita no | CANCEL | es-MX
vendedores-mx | alexa vietnam capital cuál es | VN | es-MX
# Community radio in the Sierra Norte de Puebla
medios-mx | alexa capital de sudáfrica para el programa | ZA | es-MX
medios-mx | alexa las capitales de sudáfrica todas | ZA | es-MX
medios-mx | alexa países bajos capital | NL | es-MX
medios-mx | alexa cuáles son las capitales de malasia para el concurso | MY | es-MX
medios-mx | alexa la capital de la república democrática del congo para el programa | CD | es-MX
medios-mx | alexa república del congo capital | CG | es-MX
medios-mx | alexa nigeria qué capital tiene | NG | es-MX
medios-mx | alexa etiopía capital | ET | es-MX
medios-mx | alexa kenia qué capital tiene | KE | es-MX
medios-mx | alexa ghana capital | GH | es-MX
medios-mx | alexa ya salimos al aire cancela | CANCEL | es-MX
medios-mx | alexa pon el himno nacional | FB | es-MX
medios-mx | alexa senegal qué capital tiene | SN | es-MX
# ================================================================ es-US own families
# Garifuna families in the Bronx
vecindarios-noreste-us | alexa capital de honduras pues | HN | es-US
vecindarios-noreste-us | alexa la capital de belice que ahí vive mi tía | BZ | es-US
vecindarios-noreste-us | alexa capital de san vicente que de allá venimos los garífunas | VC | es-US
vecindarios-noreste-us | alexa guatemala capital cuál es | GT | es-US
vecindarios-noreste-us | alexa la capital de nicaragua por la costa | NI | es-US
vecindarios-noreste-us | alexa capital de nigeria de donde son los ancestros | NG | es-US
vecindarios-noreste-us | alexa capital de ghana brother | GH | es-US
vecindarios-noreste-us | alexa nueva york qué capital tiene | US-NY | es-US
vecindarios-noreste-us | alexa cuándo pasa el tren cinco | FB | es-US
vecindarios-noreste-us | alexa ya ya stop | STOP | es-US
vecindarios-noreste-us | alexa jamaica la capital | JM | es-US
vecindarios-noreste-us | alexa abre capitales del mundo para los cipotes | LAUNCH | es-US
# Peruvians in Paterson, New Jersey
vecindarios-noreste-us | alexa capital de perú causa | PE | es-US
vecindarios-noreste-us | alexa bolivia capital cuál es | BO | es-US
vecindarios-noreste-us | alexa las dos capitales de bolivia pata | BO | es-US
vecindarios-noreste-us | alexa la capital de chile compadre | CL | es-US
vecindarios-noreste-us | alexa la capital del ecuador | EC | es-US
vecindarios-noreste-us | alexa nueva jersey qué capital tiene | US-NJ | es-US
vecindarios-noreste-us | alexa capital de turquía que acá hay muchos turcos | TR | es-US
vecindarios-noreste-us | alexa la capital de siria por los vecinos | SY | es-US
vecindarios-noreste-us | alexa jordania capital | JO | es-US
vecindarios-noreste-us | alexa capital de palestina para el vecino | PS | es-US
vecindarios-noreste-us | alexa capital de bangladesh que el de la tienda es de allá | BD | es-US
vecindarios-noreste-us | alexa dónde venden ceviche cerca | FB | es-US
vecindarios-noreste-us | alexa ya fue cancela | CANCEL | es-US
vecindarios-noreste-us | alexa argentina su capital | AR | es-US
# Mexican construction workers in Nashville
obra-jornaleros-us | alexa capital de tennessee | US-TN | es-US
obra-jornaleros-us | alexa kentucky qué capital tiene | US-KY | es-US
obra-jornaleros-us | alexa alabama capital | US-AL | es-US
obra-jornaleros-us | alexa capital de georgia el estado | US-GA | es-US
obra-jornaleros-us | alexa misisipi qué capital tiene | US-MS | es-US
obra-jornaleros-us | alexa arkansas capital cuál es | US-AR | es-US
obra-jornaleros-us | alexa carolina del norte capital | US-NC | es-US
obra-jornaleros-us | alexa capital de kurdistán que acá hay muchos kurdos | FB | es-US
obra-jornaleros-us | alexa irak qué capital tiene | IQ | es-US
obra-jornaleros-us | alexa pon música country | FB | es-US
obra-jornaleros-us | alexa ya párale que llegó el foreman | STOP | es-US
obra-jornaleros-us | alexa la capital de guanajuato de donde somos | MX-GUA | es-US
# Crab pickers on Maryland's Eastern Shore
mar-us | alexa maryland qué capital tiene | US-MD | es-US
mar-us | alexa delaware capital | US-DE | es-US
mar-us | alexa virginia capital cuál es | US-VA | es-US
mar-us | alexa capital de hidalgo de donde somos | MX-HID | es-US
mar-us | alexa la capital de sinaloa para mi comadre | MX-SIN | es-US
mar-us | alexa la capital de tailandia que la de la línea es tailandesa | TH | es-US
mar-us | alexa la capital de filipinas manila verdad | PH | es-US
mar-us | alexa madagascar capital | MG | es-US
mar-us | alexa cuántas libras de jaiba llevamos | FB | es-US
mar-us | alexa cancela que viene la patrona | CANCEL | es-US
mar-us | alexa ayuda cómo uso esto | HELP | es-US
# DACA college students
aulas-us | alexa capital de méxico for my essay | MX | es-US
aulas-us | alexa el salvador qué capital tiene | SV | es-US
aulas-us | alexa capital de corea del sur que mi roommate es de allá | KR | es-US
aulas-us | alexa vietnam qué capital tiene | VN | es-US
aulas-us | alexa etiopía qué capital tiene | ET | es-US
aulas-us | alexa eritrea capital | ER | es-US
aulas-us | alexa capital de somalia para la clase de ciencias políticas | SO | es-US
aulas-us | alexa afganistán capital | AF | es-US
aulas-us | alexa ucrania capital | UA | es-US
aulas-us | alexa capital de california sacramento verdad | US-CA | es-US
aulas-us | alexa cuándo es el deadline de la fafsa | FB | es-US
aulas-us | alexa cancel that digo cancélalo | CANCEL | es-US
aulas-us | alexa sudáfrica capital | ZA | es-US
aulas-us | alexa what are the capitales de sudáfrica | ZA | es-US
aulas-us | alexa capital de los países bajos for the quiz | NL | es-US
aulas-us | alexa malasia capital cuál es | MY | es-US
# A Pentecostal church in Charlotte
fe-y-cocina-us | alexa capital de israel hermano | IL | es-US
fe-y-cocina-us | alexa capital de egipto donde estuvo moisés | EG | es-US
fe-y-cocina-us | alexa capital de grecia por las cartas de pablo | GR | es-US
fe-y-cocina-us | alexa la capital de italia donde está roma | IT | es-US
fe-y-cocina-us | alexa capital de malta donde naufragó pablo | MT | es-US
fe-y-cocina-us | alexa capital de chipre hermana | CY | es-US
fe-y-cocina-us | alexa capital de etiopía del eunuco | ET | es-US
fe-y-cocina-us | alexa capital de irán la antigua persia | IR | es-US
fe-y-cocina-us | alexa palestina capital cuál es | PS | es-US
fe-y-cocina-us | alexa capital de corea del norte para orar por ellos | KP | es-US
fe-y-cocina-us | alexa capital del congo para los misioneros | CD+CG | es-US
fe-y-cocina-us | alexa pon alabanzas | FB | es-US
fe-y-cocina-us | alexa gloria a dios ya apágate | STOP | es-US
fe-y-cocina-us | alexa capital de la república del congo brazzaville | CG | es-US
# A laundromat in Aurora, Illinois
barrio-us | alexa capital de polonia mientras se seca la ropa | PL | es-US
barrio-us | alexa la capital de lituania la señora pregunta | LT | es-US
barrio-us | alexa india qué capital tiene | IN | es-US
barrio-us | alexa pakistán capital cuál es | PK | es-US
barrio-us | alexa nepal qué capital tiene | NP | es-US
barrio-us | alexa mongolia capital | MN | es-US
barrio-us | alexa la capital de japón mija | JP | es-US
barrio-us | alexa francia capital cuál es | FR | es-US
barrio-us | alexa alemania qué capital tiene | DE | es-US
barrio-us | alexa cuánto falta para la secadora | FB | es-US
barrio-us | alexa olvídalo que ya terminó | CANCEL | es-US
barrio-us | alexa rusia qué capital tiene | RU | es-US
# Cruise ship crew
mar-us | alexa capital de las islas caimán | KY | es-US
mar-us | alexa bermudas qué capital tiene | BM | es-US
mar-us | alexa aruba capital | AW | es-US
mar-us | alexa curazao qué capital tiene | CW | es-US
mar-us | alexa capital de san martín el lado francés | MF | es-US
mar-us | alexa capital de las islas vírgenes británicas | VG | es-US
mar-us | alexa capital de islas turcas y caicos | TC | es-US
mar-us | alexa la capital de santa lucía donde paramos mañana | LC | es-US
mar-us | alexa la capital de granada donde atracamos | GD | es-US
mar-us | alexa la capital de barbados bridgetown verdad | BB | es-US
mar-us | alexa martinica capital | MQ | es-US
mar-us | alexa capital de guadalupe la isla | GP | es-US
mar-us | alexa capital de honduras por roatán | HN | es-US
mar-us | alexa a qué hora zarpa el barco | FB | es-US
mar-us | alexa para que empieza mi turno | STOP | es-US
mar-us | alexa alaska capital cuál es | US-AK | es-US
# A barber shop in Denver
barrio-us | alexa colorado qué capital tiene | US-CO | es-US
barrio-us | alexa wyoming capital | US-WY | es-US
barrio-us | alexa utah qué capital tiene | US-UT | es-US
barrio-us | alexa arizona capital cuál es | US-AZ | es-US
barrio-us | alexa kansas capital | US-KS | es-US
barrio-us | alexa dakota del sur qué capital tiene | US-SD | es-US
barrio-us | alexa montana capital | US-MT | es-US
barrio-us | alexa chihuahua qué capital tiene | MX-CHH | es-US
barrio-us | alexa durango capital | MX-DUR | es-US
barrio-us | alexa a qué hora juegan los broncos | FB | es-US
barrio-us | alexa ya stop que está el cliente | STOP | es-US
barrio-us | alexa sudán qué capital tiene | SD | es-US
barrio-us | alexa birmania capital | MM | es-US
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
servicios-es | alexa mientras cargamos el sofá dime la capital de noruega | NO
servicios-es | alexa qué capital tiene eslovaquia que el cliente es de allí | SK
servicios-es | alexa la capital de dinamarca que nos llevamos un armario de allí | DK
servicios-es | alexa sabes la capital de bélgica o qué | BE
servicios-es | alexa capital de letonia que vienen los letones a recoger | LV
servicios-es | alexa estonia cuál es la capital macho | EE
servicios-es | alexa pregunta cuál es la capital de croacia | HR
servicios-es | alexa cuánto tráfico hay en la ap siete | FB
servicios-es | alexa calla que llama el jefe | STOP
servicios-es | alexa anula eso que no cabe el frigorífico | CANCEL
servicios-es | alexa la capital de gran bretaña colega | GB
servicios-es | alexa capital de guinea la francesa | GN
# es-ES: a cheese cooperative in La Mancha
tiendas-es | alexa la capital de francia por lo del queso | FR
tiendas-es | alexa la capital de suiza por el gruyer | CH
tiendas-es | alexa capital de holanda por el gouda | NL
tiendas-es | alexa capital de italia por el parmesano | IT
tiendas-es | alexa la capital de grecia por el feta | GR
tiendas-es | alexa chipre capital que el halloumi viene de allí | CY
tiendas-es | alexa capital de inglaterra por el cheddar | GB-ENG
tiendas-es | alexa capital de castilla la mancha | FB
tiendas-es | alexa cuál es el mejor queso del mundo | FB
tiendas-es | alexa déjalo que entra la leche | CANCEL
tiendas-es | alexa para que voy a la cámara | STOP
tiendas-es | alexa la capital de mongolia que dicen que hacen queso de yak | MN
tiendas-es | alexa pon capitales del mundo que estoy volteando quesos | LAUNCH
# es-ES: students sharing a flat in Santiago de Compostela
aprendices-es | alexa tía cuál es la capital de australia que me juego una cerveza | AU
aprendices-es | alexa cuál era la capital de canadá que siempre lo olvido | CA
aprendices-es | alexa en serio que la capital de turquía no es estambul | TR
aprendices-es | alexa cuál es la capital de brasil que dice este que es río | BR
aprendices-es | alexa dime la capital de nigeria para cerrar la apuesta | NG
aprendices-es | alexa capital de myanmar tía | MM
aprendices-es | alexa cuál es la capital de kazajistán que cambió de nombre | KZ
aprendices-es | alexa la capital de corea del norte a ver quién acierta | KP
aprendices-es | alexa la capital de palestina sin polémicas eh | PS
aprendices-es | alexa quién friega hoy | FB
aprendices-es | alexa pon reguetón | FB
aprendices-es | alexa para que estamos estudiando | STOP
aprendices-es | alexa ayuda cómo te pregunto lo de las capitales | HELP
aprendices-es | alexa abre capitales del mundo que hay examen de geografía | LAUNCH
aprendices-es | alexa cancela que me he liado | CANCEL
# es-ES: a village bar in Extremadura, cards on the table
pueblo-es | alexa oye la capital de portugal que está aquí al lado | PT
pueblo-es | alexa cuál es la capital de rumanía que el camarero es rumano | RO
pueblo-es | alexa la capital de bulgaria pa que se calle este | BG
pueblo-es | alexa la capital de marruecos es rabat o casablanca | MA
pueblo-es | alexa la capital de ecuador para el de la obra | EC
pueblo-es | alexa quién ganó el partido ayer | FB
pueblo-es | alexa cuántos habitantes tiene cáceres | FB
pueblo-es | alexa capital de extremadura | FB
pueblo-es | alexa para que vamos a echar la partida | STOP
pueblo-es | alexa cancela hombre que no es eso | CANCEL
pueblo-es | alexa la capital de las dos coreas a ver | KP+KR
pueblo-es | alexa la capital de sudáfrica que allí jugó españa el mundial | ZA
pueblo-es | alexa y holanda cuáles son sus capitales que ganamos la final | NL
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
medios-mx | alexa la capital de venezuela que ahí se grababan las telenovelas | VE | es-MX
medios-mx | alexa capital de colombia por la de betty | CO | es-MX
medios-mx | alexa la capital de turquía que ahora las novelas turcas son lo más | TR | es-MX
medios-mx | alexa la capital de corea del sur por los doramas | KR | es-MX
medios-mx | alexa en qué capital vive la protagonista si es de filipinas | PH | es-MX
medios-mx | alexa la capital de argentina que ahí la coproducción | AR | es-MX
medios-mx | alexa capital de chile por el galán | CL | es-MX
medios-mx | alexa capital de mónaco para la escena del yate | MC | es-MX
medios-mx | alexa capital de suiza donde esconde el dinero el villano | CH | es-MX
medios-mx | alexa cómo se llama la villana de rubí | FB | es-MX
medios-mx | alexa cancélale que no va esa escena | CANCEL | es-MX
medios-mx | alexa ya para que grabamos | STOP | es-MX
medios-mx | alexa la capital de dubái | FB | es-MX
medios-mx | alexa capital de los emiratos árabes para el capítulo final | AE | es-MX
# es-MX: a volleyball team at the Olimpiada Nacional
escuela-mx | alexa la capital de brasil que son los mejores en voli | BR | es-MX
escuela-mx | alexa la capital de serbia que le ganó a méxico | RS | es-MX
escuela-mx | alexa la capital de polonia por el mundial de voli | PL | es-MX
escuela-mx | alexa la capital de japón coach | JP | es-MX
escuela-mx | alexa cuál es la capital de cuba las morenas del caribe | CU | es-MX
escuela-mx | alexa la capital de república dominicana por las reinas del caribe | DO | es-MX
escuela-mx | alexa la capital de puerto rico | PR | es-MX
escuela-mx | alexa cuál es la capital de estados unidos coach | US | es-MX
escuela-mx | alexa la capital de turquía que tiene la mejor liga | TR | es-MX
escuela-mx | alexa a qué hora es el partido | FB | es-MX
escuela-mx | alexa ya párale que nos toca calentar | STOP | es-MX
escuela-mx | alexa cancela coach | CANCEL | es-MX
escuela-mx | alexa la capital de la república del congo | CG | es-MX
# es-MX: the queue outside a consulate in Mexico City
tramites-mayores-mx | alexa cuál es la capital de canadá que me voy a trabajar allá | CA | es-MX
tramites-mayores-mx | alexa la capital de alemania que voy por la visa | DE | es-MX
tramites-mayores-mx | alexa la capital de españa que allá está mi hermana | ES | es-MX
tramites-mayores-mx | alexa capital de australia que voy de estudiante | AU | es-MX
tramites-mayores-mx | alexa la capital de nueva zelanda para la working holiday | NZ | es-MX
tramites-mayores-mx | alexa capital de reino unido para la visa | GB | es-MX
tramites-mayores-mx | alexa la capital de irlanda que allá hay chamba | IE | es-MX
tramites-mayores-mx | alexa capital de países bajos para el trámite | NL | es-MX
tramites-mayores-mx | alexa capital de portugal dicen que está fácil la residencia | PT | es-MX
tramites-mayores-mx | alexa a qué hora abre el consulado | FB | es-MX
tramites-mayores-mx | alexa cancela que ya me tocó | CANCEL | es-MX
tramites-mayores-mx | alexa apágate que ya me hablaron | STOP | es-MX
tramites-mayores-mx | alexa capital de qatar que voy a trabajar a un hotel | QA | es-MX
tramites-mayores-mx | alexa ayúdame cómo le pregunto a capitales del mundo | HELP | es-MX
# es-US: Nicaraguans in Las Cruces, New Mexico
frontera-us | alexa la capital de nicaragua chele | NI | es-US
frontera-us | alexa ideay y la capital de costa rica | CR | es-US
frontera-us | alexa cuál es la capital de nuevo méxico pues | US-NM | es-US
frontera-us | alexa la capital de honduras que el vecino es catracho | HN | es-US
frontera-us | alexa la capital de panamá por donde pasamos | PA | es-US
frontera-us | alexa la capital de colombia que por ahí pasamos también | CO | es-US
frontera-us | alexa cuál es la capital de chihuahua que está aquí cerquita | MX-CHH | es-US
frontera-us | alexa cuál es la capital de guatemala chele | GT | es-US
frontera-us | alexa a cómo está el cambio a córdobas | FB | es-US
frontera-us | alexa déjalo así cancela | CANCEL | es-US
frontera-us | alexa ya apagate | STOP | es-US
frontera-us | alexa abrí capitales del mundo | LAUNCH | es-US
frontera-us | alexa capital de managua | FB | es-US
# es-US: a dialysis clinic in El Paso
frontera-us | alexa la capital de texas para el señor de la silla tres | US-TX | es-US
frontera-us | alexa la capital de méxico para doña lupe | MX | es-US
frontera-us | alexa cuál es la capital de japón que el doctor fue | JP | es-US
frontera-us | alexa la capital de perú que la enfermera es peruana | PE | es-US
frontera-us | alexa la capital de la india que el nefrólogo es indio | IN | es-US
frontera-us | alexa capital de nigeria por el técnico | NG | es-US
frontera-us | alexa capital de filipinas por las enfermeras | PH | es-US
frontera-us | alexa capital de oklahoma | US-OK | es-US
frontera-us | alexa cuánto tiempo le falta a la máquina | FB | es-US
frontera-us | alexa más bajito cancela | CANCEL | es-US
frontera-us | alexa ya apágate que se durmió el paciente | STOP | es-US
frontera-us | alexa ayúdele al señor con las capitales | HELP | es-US
frontera-us | alexa ábrale capitales del mundo al señor | LAUNCH | es-US
# es-US: an adult Sunday soccer league in Omaha
radio-y-futbol-us | alexa la capital de nebraska | US-NE | es-US
radio-y-futbol-us | alexa la capital de iowa que jugamos allá el domingo | US-IA | es-US
radio-y-futbol-us | alexa capital de missouri para el torneo | US-MO | es-US
radio-y-futbol-us | alexa la capital de minnesota | US-MN | es-US
radio-y-futbol-us | alexa capital de dakota del norte | US-ND | es-US
radio-y-futbol-us | alexa la capital de croacia por modric | HR | es-US
radio-y-futbol-us | alexa la capital de uruguay por suárez | UY | es-US
radio-y-futbol-us | alexa la capital de portugal por cristiano | PT | es-US
radio-y-futbol-us | alexa capital de marruecos que llegó a semifinales | MA | es-US
radio-y-futbol-us | alexa la capital de camerún por eto'o | CM | es-US
radio-y-futbol-us | alexa quién va ganando el américa | FB | es-US
radio-y-futbol-us | alexa ya stop que empieza el partido | STOP | es-US
radio-y-futbol-us | alexa cancela güey | CANCEL | es-US
radio-y-futbol-us | alexa la capital de senegal por los leones | SN | es-US
radio-y-futbol-us | alexa capital de arabia saudita que le ganó a argentina | SA | es-US
# es-US: a Spanish radio call-in quiz in Salem, Oregon
radio-y-futbol-us | alexa la capital de oregón es salem verdad | US-OR | es-US
radio-y-futbol-us | alexa capital de idaho | US-ID | es-US
radio-y-futbol-us | alexa capital de washington el estado no la ciudad | US-WA | es-US
radio-y-futbol-us | alexa la capital de michoacán para el locutor | MX-MIC | es-US
radio-y-futbol-us | alexa capital de oaxaca que llama un oaxaqueño | MX-OAX | es-US
radio-y-futbol-us | alexa la capital de guerrero para el concurso | MX-GRO | es-US
radio-y-futbol-us | alexa la capital de jalisco para ganar los boletos | MX-JAL | es-US
radio-y-futbol-us | alexa las capitales de bolivia para la pregunta del día | BO | es-US
radio-y-futbol-us | alexa cuáles son las capitales de sudáfrica para el premio | ZA | es-US
radio-y-futbol-us | alexa cuál es el número de la estación | FB | es-US
radio-y-futbol-us | alexa ya cancela que ya contestaron | CANCEL | es-US
radio-y-futbol-us | alexa ya apágate que estoy al aire | STOP | es-US
radio-y-futbol-us | alexa la capital de laos pregunta difícil | LA | es-US
radio-y-futbol-us | alexa la capital de camboya para el segundo premio | KH | es-US
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
obra-jornaleros-us | alexa la capital de ecuador mi llave | EC | es-US
obra-jornaleros-us | alexa la capital de connecticut | US-CT | es-US
obra-jornaleros-us | alexa capital de rhode island | US-RI | es-US
obra-jornaleros-us | alexa la capital de massachusetts que hay trabajo allá | US-MA | es-US
obra-jornaleros-us | alexa la capital de vermont | US-VT | es-US
obra-jornaleros-us | alexa capital de new hampshire | US-NH | es-US
obra-jornaleros-us | alexa la capital de maine | US-ME | es-US
obra-jornaleros-us | alexa cuál es la capital de perú ñaño | PE | es-US
obra-jornaleros-us | alexa a cuánto pagan la hora en la esquina | FB | es-US
obra-jornaleros-us | alexa cancela chuta | CANCEL | es-US
obra-jornaleros-us | alexa ya para que llegó la troca | STOP | es-US
obra-jornaleros-us | alexa capital de las galápagos | FB | es-US
obra-jornaleros-us | alexa capital de malasia que el contratista es malayo | MY | es-US
obra-jornaleros-us | alexa la capital de sri lanka que dicen que tiene dos | LK | es-US
# es-US: bilingual Head Start teachers
aulas-us | alexa la capital de méxico for the kids | MX | es-US
aulas-us | alexa what's the capital de canadá | CA | es-US
aulas-us | alexa la capital de estados unidos para los niños | US | es-US
aulas-us | alexa capital de francia la de la torre | FR | es-US
aulas-us | alexa capital de egipto la de las pirámides | EG | es-US
aulas-us | alexa la capital de china la del panda | CN | es-US
aulas-us | alexa capital de kenia la de los leones | KE | es-US
aulas-us | alexa la capital de australia la de los canguros | AU | es-US
aulas-us | alexa capital de perú la de las llamas | PE | es-US
aulas-us | alexa la capital de hawái para la canción | US-HI | es-US
aulas-us | alexa pon la canción de los continentes | FB | es-US
aulas-us | alexa stop it's nap time | STOP | es-US
aulas-us | alexa cancel niños cancel | CANCEL | es-US
aulas-us | alexa help cómo les pregunto las capitales | HELP | es-US
aulas-us | alexa open capitales del mundo for circle time | LAUNCH | es-US
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
servicios-es | alexa la capital de irlanda que han llegado unos irlandeses | IE
servicios-es | alexa la capital de escocia para el grupo de la despedida | GB-SCT
servicios-es | alexa capital de gales que preguntan los de la cuatrocientos | GB-WLS
servicios-es | alexa cuál es la capital de francia para el cartel | FR
servicios-es | alexa la capital de rusia que viene un grupo de rusos | RU
servicios-es | alexa la capital de israel para la reserva | IL
servicios-es | alexa capital de islandia que preguntan unos islandeses | IS
servicios-es | alexa capital de luxemburgo para la ficha | LU
servicios-es | alexa a qué hora abre el desayuno | FB
servicios-es | alexa para que viene un huésped | STOP
servicios-es | alexa cancela que ya lo he mirado en el ordenador | CANCEL
servicios-es | alexa ayuda cómo le pregunto la capital de un país | HELP
servicios-es | alexa capital de cataluña | FB
servicios-es | alexa capital de ucrania para la familia que acaba de llegar | UA
servicios-es | alexa la capital de los países bajos para los holandeses de la trescientos | NL
# es-ES: grandparents doing crosswords in a Burgos park
mayores-ocio-es | alexa capital de nepal ocho letras | NP
mayores-ocio-es | alexa la capital de perú cuatro letras | PE
mayores-ocio-es | alexa capital de italia para el crucigrama | IT
mayores-ocio-es | alexa capital de letonia cuatro letras | LV
mayores-ocio-es | alexa capital de noruega para el autodefinido | NO
mayores-ocio-es | alexa capital de yemen que es la de cuatro letras | YE
mayores-ocio-es | alexa capital de togo la de cuatro letras | TG
mayores-ocio-es | alexa capital de omán para el crucigrama del periódico | OM
mayores-ocio-es | alexa capital de qatar para la vertical | QA
mayores-ocio-es | alexa capital de samoa para la horizontal | WS
mayores-ocio-es | alexa capital de fiyi cuatro letras | FJ
mayores-ocio-es | alexa qué significa la palabra otero | FB
mayores-ocio-es | alexa calla ya que lo he sacado | STOP
mayores-ocio-es | alexa déjalo que ya la sé | CANCEL
mayores-ocio-es | alexa capital de chad seis letras | TD
# es-MX: a bakery in Tlalnepantla
oficios-mx | alexa la capital de francia de donde es el cuernito | FR | es-MX
oficios-mx | alexa capital de austria por las conchas vienesas | AT | es-MX
oficios-mx | alexa la capital de portugal que dicen que allá los pasteles de nata | PT | es-MX
oficios-mx | alexa la capital de dinamarca por los daneses | DK | es-MX
oficios-mx | alexa capital de suecia por los roles de canela | SE | es-MX
oficios-mx | alexa la capital de alemania por el pan de centeno | DE | es-MX
oficios-mx | alexa a cómo está el kilo de harina | FB | es-MX
oficios-mx | alexa ya bájale que entra la charola | STOP | es-MX
oficios-mx | alexa cancela que se me quema el pan | CANCEL | es-MX
oficios-mx | alexa ábreme capitales del mundo mientras amaso | LAUNCH | es-MX
oficios-mx | alexa la capital de armenia por el señor del horno | AM | es-MX
oficios-mx | alexa capital de líbano por los árabes de la colonia | LB | es-MX
# es-MX: a veterinary office in Saltillo
salud-mx | alexa capital de coahuila para el cliente | MX-COA | es-MX
salud-mx | alexa la capital de chihuahua como el perrito | MX-CHH | es-MX
salud-mx | alexa la capital de siberia como el husky | FB | es-MX
salud-mx | alexa capital de gran bretaña por el bulldog | GB | es-MX
salud-mx | alexa capital de afganistán como el galgo afgano | AF | es-MX
salud-mx | alexa la capital de malta como el perrito maltés | MT | es-MX
salud-mx | alexa capital del tíbet | FB | es-MX
salud-mx | alexa capital de persia como los gatos persas | IR | es-MX
salud-mx | alexa capital de birmania por los gatos birmanos | MM | es-MX
salud-mx | alexa cada cuándo se vacuna un perro | FB | es-MX
salud-mx | alexa cancela que ladra el perro | CANCEL | es-MX
salud-mx | alexa cállate que asustas al gato | STOP | es-MX
salud-mx | alexa capital de tailandia por el gato siamés | TH | es-MX
# es-US: a tamale cooperative in Portland, Oregon
fe-y-cocina-us | alexa la capital de oregón mientras envolvemos | US-OR | es-US
fe-y-cocina-us | alexa la capital de el salvador por las pupusas de la vecina | SV | es-US
fe-y-cocina-us | alexa capital de guatemala por los tamales de allá | GT | es-US
fe-y-cocina-us | alexa la capital de venezuela por las hallacas | VE | es-US
fe-y-cocina-us | alexa la capital de colombia por los tamales tolimenses | CO | es-US
fe-y-cocina-us | alexa capital de puerto rico por los pasteles | PR | es-US
fe-y-cocina-us | alexa la capital de veracruz por los tamales de allá | MX-VER | es-US
fe-y-cocina-us | alexa cuánto tiempo se cuecen los tamales | FB | es-US
fe-y-cocina-us | alexa cancela que se acabó la masa | CANCEL | es-US
fe-y-cocina-us | alexa ya apágate que vamos a rezar | STOP | es-US
fe-y-cocina-us | alexa abre capitales del mundo mientras se cuecen | LAUNCH | es-US
fe-y-cocina-us | alexa la capital de bolivia sus dos capitales | BO | es-US
# ================================================================ added after the first count: both Congos and Malaysia
transporte-es | alexa el viajero pregunta la capital del congo el pequeño | CG
musica-calle-mx | alexa la capital del congo de brazzaville por la rumba congoleña | CG | es-MX
fe-y-cocina-us | alexa la capital del otro congo el de la república no el democrático | CG | es-US
juegos-es | alexa capital de la república del congo que es la siguiente pista | CG
aulas-us | alexa malasia has two capitals cuáles son | MY | es-US
tiendas-es | alexa la capital de malasia que el proveedor de guantes es de allí | MY
vendedores-mx | alexa cuál es la capital de malasia que de ahí vienen las pulseras | MY | es-MX
campo-y-mar-es | alexa la capital del congo democrático de donde es el marinero nuevo | CD
plural-capitals | alexa sudáfrica cuántas capitales tiene y cuáles | ZA
plural-capitals | alexa capitales sudafricanas pretoria bloemfontein y la otra | ZA | es-MX
plural-capitals | alexa me dices las capitales de sudáfrica que tengo examen | ZA | es-US
plural-capitals | alexa cuáles son todas las capitales de sudáfrica que son tres no | ZA
plural-capitals | alexa sri lanka tiene dos capitales me las dices | LK
plural-capitals | alexa las capitales de esuatini que antes era suazilandia | SZ | es-US
plural-capitals | alexa costa de marfil cuántas capitales tiene | CI | es-MX
plural-capitals | alexa las capitales de malasia y de bolivia | BO+MY | es-US
"""

if __name__ == "__main__":
    build_round(51, "es", LINES, sys.argv, "tests/Eval/es/round51/source/build_corpus.py")
