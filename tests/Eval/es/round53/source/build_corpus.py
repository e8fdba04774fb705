"""Round 53, Spanish (es-ES, es-MX, es-US): a new author's own mix, written blind at the end of the sixty-second session
(brief WRITER71.md), for the next session's tuner.

Written by the writer71-es helper without the voice model, the simulator, the skill's code, the interaction model or
earlier rounds' halves; only the places' ids, kinds, Spanish names and capital names were read from the data, through a
small script, to check ids and to know which places exist. Speakers and situations were chosen apart from round 52's
(es-ES: retired miners at a hogar del jubilado in Mieres; banana packers in La Palma; percebeiros on the Costa da Morte;
Syrian refugee families in Barcelona; Nepali cooks in Madrid kitchens; Cape Verdean families in Laciana and the Bierzo;
a Holy Week cofradía in Zamora; pelota at a frontón in Tolosa; the vendimia in Rioja Alavesa; a forest firefighting
brigade in Ourense; a montería in the Montes de Toledo; the Columbretes keepers and Ibiza night-ferry passengers; the
Silos monastery guesthouse; es-MX: Purépecha guitar makers in Paracho; a mezcal palenque in Santiago Matatlán; metro
vendors in Mexico City; overnight bus passengers at the TAPO; Rarámuri runners; Navy sailors on watch in Manzanillo; an
ofrenda in Mixquic; Totonac voladores in Papantla; herbalists at the Mercado de Sonora; es-US: oilfield crews in the
Permian Basin; Puerto Ricans in Hartford; Q'anjob'al tomato pickers in Immokalee; Bolivians in Arlington, Virginia;
blueberry rakers in Down East Maine; a Salvadoran pupusería in Brentwood; a San Antonio senior centre; mail carriers in
Phoenix and Tucson; a car wash crew in east Houston) and from the groups round 52's docstring says it was chosen apart
from: round 51's (Bangladeshi grocers in Lavapiés, Honduran carers in Bilbao, La Alcarria beekeepers, a Zaragoza bingo
hall, Algeciras dockers, a Logroño choir, a driving school, a Soria pharmacy, a Linares chess club, a Salamanca tuna,
Mauritanian fishermen in Arguineguín, Madrid night buses, a Cádiz chirigota, fairground workers, Valencia hospital
cleaners, a Murcia escape room, removal men, a La Mancha cheese cooperative, a Santiago student flat, an Extremadura
village bar, a Salou hotel night shift, Burgos crossword grandparents; Triqui artisans, San Quintín farmworkers, Tepito
sonideros, Xochimilco boatmen, a construction crew, an escuela normal, a rural clinic, IMSS pensioners, charros,
paleteros, Sierra Norte community radio, a Pachuca nail salon, a telenovela writers' room, a volleyball team, a consulate
queue, a Tlalnepantla bakery, a Saltillo vet; Garifuna in the Bronx, Peruvians in Paterson, Nashville builders, Maryland
crab pickers, DACA students, a Charlotte Pentecostal church, an Aurora laundromat, cruise ship crew, a Denver barber
shop, Nicaraguans in Las Cruces, an El Paso dialysis clinic, an Omaha soccer league, a Salem radio quiz, Cubans in
Louisville, Ecuadorian day labourers in Stamford, Head Start teachers, a Portland tamale cooperative), round 50's
(Portuguese cross-border workers, Sindhi shopkeepers in Ceuta and Melilla, Iranians in Madrid, Irish Erasmus students
in Granada, Mexican students in Salamanca, ONCE sellers, a falla, a Pyrenees refuge and the Antarctic base, gaming
teenagers, Strait ferry crew and Canary pilots, AVE staff, cabin crew, a Getafe hairdresser, a Teruel farmer, TV and
radio quizzes, new parents; Yucatec Maya vendors, Cubans in Tapachula, Sonora cowboys, lucha libre fans, a taquero, a
microbus driver, a Los Algodones dentist, a Cancún concierge, Guadalajara seminarians, Guadalupe pilgrims, K-pop fans,
radio amateurs, children at home, Turista Mundial, the Olimpiada del Conocimiento; Guatemalans in Alabama poultry
plants, Dominicans in Lawrence, Colombians in Elizabeth, H-2A and Oxnard farmworkers, Wisconsin dairies, Nebraska and
Iowa meatpacking, Oklahoma and Kansas roofers, Venezuelan riders in New York, a school bus driver, a Dallas panadería,
a Phoenix CNA, a long-haul trucker, Kahoot, Houston quinceañeras, newly arrived grandparents) and rounds 49 to 44 (the
migrant families, regions, states, cities, trades, quizzes and exams their docstrings list). Where a group here shares
an origin, a place or a trade with an earlier one, it is in another country or situation: Argentines only as waiters in
Palma bars (not families in Spain or expats in Mexico City); Hondurans only at a migrant shelter in Mexico and as a
hurricane clean-up crew boss (not carers in Bilbao or families in New Orleans); grandparents only as Peruvians and
Chileans newly arrived in Utah (round 50's newly arrived grandparents were not placed, so this is the nearest overlap;
a reviewer may want it moved); a bus driver only on a rural Kansas and Nebraska school route (round 50's school bus
driver was unplaced: another overlap to review).

es-ES: a txoko gastronomic society in San Sebastián (aupa, ene, kaixo, el marmitako, nos jugamos la cena); Argentine
waiters in Palma bars (che, boludo, dale, decime, la mesa seis); transhumant shepherds on a cañada real (zagal, la
cañada, las ovejas); a lucha canaria club (mi niño, chacho, el puntal); a Valencian orange warehouse (el palé, el
camión, la encargada); a colla castellera in Barcelona (home, ja, l'enxaneta, el castell); a motorway petrol station at
night (el camionero, la matrícula, el gasoil); an old woman living alone with teleasistencia (hija, mujer, la pastilla
de las nueve); Cameroonian students in Madrid (mon frère, ça va, c'est quoi, dis-moi); Murcian huerta irrigators
(acho, pijo, el turno de riego, la acequia); a village banda municipal (el pasodoble, afina la nota); summer camp
monitors (chavales, la gymkana, el equipo azul); Prado museum guides (la sala de rembrandt, el grupo); a rural
postman in Galicia (el paquete, la carta, el sello); a dog groomer (el caniche, el secador); a Cantabrian fishermen's
cofradía (la mar, la flota, faenaba); firefighter oposición candidates (el temario, el test, las flexiones); sherry
growers in Jerez (el fino, el amontillado, la bodega); Rwandan carers in Madrid (murakoze, la señora, don antonio); a
taxidermist's workshop (el cliente, el trofeo, el búfalo).

es-MX: Wixárika artisans in Real de Catorce (joven, el cuadro de chaquira, el güero); shrimp fishermen in Mazatlán
(compa, la marea, la panga); a pulquería in Tlaxcala (mi rey, el curado); cenote guides in Quintana Roo (el grupo, qué
tan profundo); a llanero baseball league in Hermosillo (mi umpire, el pitcher, el clásico); night security guards at a
shopping plaza (mi oficial, el rondín); a ballet folclórico on tour (la maestra, el festival, el son de la negra);
Hondurans at a migrant shelter in Irapuato (maje, púchica, vos, el tren); nopal growers in Milpa Alta (joven, mijo, la
central, la tuna); amateur wrestlers at a gym (el torneo, pesar, el rival); water-tanker (pipa) drivers (oiga, la
entrega, la méxico querétaro); an antiques tianguis (güero, el billete, la moneda de plata); geriatric nurses in Puebla
(la cama dos, doña lupe, la insulina); bakers making roscas de reyes (la clienta, se hornea).

es-US: carpet mill workers in Dalton, Georgia (el shift, la línea, el foreman); Gulf shrimp boats in Bayou La Batre (el
capitán, el cocinero, el golfo); a bilingual library storytime in Tucson (for storytime, los niños); court
interpreters (para el expediente, el acta, la audiencia, el testigo); golf course crews in Scottsdale (el
superintendente, el campo); Mexican cooks in Seattle sushi bars (el chef, el lavaplatos); hurricane clean-up crews in
Lake Charles (la cuadrilla, la grúa, catracho); a high-school girls' soccer team in Salt Lake City (coach asked, for the
quiz, civics); a phone and remittance shop (la recarga, el envío, el chip); a rural school bus route in Kansas and
Nebraska (for the kids in the back, la ruta); hotel laundry workers (el huésped, el cuarto doscientos, mi break);
grandparents newly arrived in Utah (mijo, señorita, la vecina); pistachio orchard workers in the San Joaquin Valley (el
mayordomo, la sacudida, el pistache).

Every line was written by hand as one utterance; the only generated lines are the at most three fills of a frame (this
round has no frames).
Built by round12_hinl_corpus.py (build_round with round 53's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
help | alexa capitales del mundo qué puedo preguntarte | HELP
help | alexa esto de las capitales no lo pillo explícamelo | HELP
help | alexa ayuda con capitales del mundo por favor | HELP
help | alexa dime cómo tengo que preguntar las capitales | HELP
help | alexa no me aclaro con este juego de capitales | HELP
help | alexa qué opciones hay aquí | HELP
help | alexa oye y esto para qué sirve exactamente | HELP
help | alexa me explicas cómo se usa la skill de capitales | HELP
help | alexa necesito ayuda no sé qué decirte | HELP
help | alexa repíteme las instrucciones que no me enteré | HELP
help | alexa qué tipo de preguntas entiendes | HELP | es-MX
help | alexa cómo le hago para preguntarte una capital | HELP | es-MX
help | alexa no le entiendo a esto ayúdame tantito | HELP | es-MX
help | alexa qué más sabes hacer con las capitales | HELP | es-MX
help | alexa explícame otra vez cómo va | HELP | es-MX
help | alexa ayuda qué le digo | HELP | es-MX
help | alexa how does this work digo cómo funciona | HELP | es-US
help | alexa qué comandos tiene capitales del mundo | HELP | es-US
help | alexa necesito help con esto de las capitales | HELP | es-US
help | alexa me puedes decir cómo se usa esto mija | HELP | es-US
help | alexa no sé cómo preguntarle a la skill | HELP | es-US
help | alexa dame unos ejemplos de lo que puedo decir | HELP | es-US
help | alexa instrucciones por favor | HELP | es-US
stop | alexa para ya | STOP
stop | alexa basta por hoy | STOP
stop | alexa calla un momento | STOP
stop | alexa apágate que nos vamos | STOP
stop | alexa ya está suficiente | STOP
stop | alexa déjalo ya | STOP
stop | alexa para las capitales | STOP
stop | alexa stop que me voy a dormir | STOP
stop | alexa se acabó el juego | STOP
stop | alexa ya no quiero más capitales | STOP | es-MX
stop | alexa ya párale | STOP | es-MX
stop | alexa detente porfa | STOP | es-MX
stop | alexa ya estuvo gracias | STOP | es-MX
stop | alexa cállate ya | STOP | es-MX
stop | alexa hasta ahí nomás | STOP | es-MX
stop | alexa stop stop | STOP | es-US
stop | alexa ya para de hablar | STOP | es-US
stop | alexa quit the game digo sal del juego | STOP | es-US
stop | alexa terminamos por hoy | STOP | es-US
stop | alexa apaga las capitales | STOP | es-US
stop | alexa ya no más please | STOP | es-US
cancel | alexa cancela | CANCEL
cancel | alexa cancélalo | CANCEL
cancel | alexa anula eso | CANCEL
cancel | alexa olvídalo | CANCEL
cancel | alexa no era eso cancela | CANCEL
cancel | alexa cancela la pregunta | CANCEL
cancel | alexa da igual cancela | CANCEL
cancel | alexa déjalo cancelar | CANCEL
cancel | alexa cancela lo que te he pedido | CANCEL
cancel | alexa cancela eso porfa | CANCEL | es-MX
cancel | alexa mejor cancélale | CANCEL | es-MX
cancel | alexa ya no cancela | CANCEL | es-MX
cancel | alexa olvídate de eso | CANCEL | es-MX
cancel | alexa cancela la última | CANCEL | es-MX
cancel | alexa no no cancela todo | CANCEL | es-MX
cancel | alexa cancel digo cancela | CANCEL | es-US
cancel | alexa nevermind cancélalo | CANCEL | es-US
cancel | alexa cancela esa búsqueda | CANCEL | es-US
cancel | alexa olvida lo que dije | CANCEL | es-US
cancel | alexa cancela ahorita mismo | CANCEL | es-US
cancel | alexa no quería eso cancela | CANCEL | es-US
launch | alexa abre capitales del mundo | LAUNCH
launch | alexa inicia capitales del mundo | LAUNCH
launch | alexa pon capitales del mundo | LAUNCH
launch | alexa quiero jugar a capitales del mundo | LAUNCH
launch | alexa arranca capitales del mundo | LAUNCH
launch | alexa vamos con capitales del mundo | LAUNCH
launch | alexa ábreme capitales del mundo | LAUNCH
launch | alexa empieza capitales del mundo | LAUNCH
launch | alexa lanza capitales del mundo | LAUNCH
launch | alexa entra en capitales del mundo | LAUNCH
launch | alexa activa capitales del mundo | LAUNCH
launch | alexa abre la skill capitales del mundo | LAUNCH | es-MX
launch | alexa ábrele a capitales del mundo | LAUNCH | es-MX
launch | alexa quiero capitales del mundo | LAUNCH | es-MX
launch | alexa échale a capitales del mundo | LAUNCH | es-MX
launch | alexa juguemos capitales del mundo | LAUNCH | es-MX
launch | alexa pónme capitales del mundo | LAUNCH | es-MX
launch | alexa prende capitales del mundo | LAUNCH | es-MX
launch | alexa open capitales del mundo | LAUNCH | es-US
launch | alexa start capitales del mundo | LAUNCH | es-US
launch | alexa abre el juego de capitales del mundo | LAUNCH | es-US
launch | alexa play capitales del mundo | LAUNCH | es-US
launch | alexa comienza capitales del mundo | LAUNCH | es-US
launch | alexa quiero usar capitales del mundo | LAUNCH | es-US
launch | alexa capitales del mundo | LAUNCH | es-US
launch | alexa ponme capitales del mundo para los niños | LAUNCH | es-US
plural-capitals | alexa cuáles son las capitales de sudáfrica | ZA
plural-capitals | alexa las tres capitales de sudáfrica | ZA
plural-capitals | alexa dime las capitales de sudáfrica | ZA | es-MX
plural-capitals | alexa sudáfrica cuántas capitales tiene y cuáles | ZA | es-US
plural-capitals | alexa las capitales sudafricanas cuáles son | ZA | es-US
plural-capitals | alexa cuáles son las dos capitales de bolivia | BO
plural-capitals | alexa bolivia tiene dos capitales no dime cuáles | BO
plural-capitals | alexa las capitales de bolivia | BO | es-MX
plural-capitals | alexa ambas capitales de bolivia | BO | es-US
plural-capitals | alexa sucre y qué otra son capitales de bolivia | BO | es-MX
plural-capitals | alexa cuáles son las capitales de los países bajos | NL
plural-capitals | alexa las dos capitales de holanda | NL
plural-capitals | alexa capitales de países bajos | NL | es-MX
plural-capitals | alexa holanda tiene dos capitales verdad cuáles son | NL | es-US
plural-capitals | alexa ámsterdam y la otra capital de holanda cuál es | NL | es-US
plural-capitals | alexa cuáles son las capitales de malasia | MY
plural-capitals | alexa las dos capitales de malasia | MY | es-MX
plural-capitals | alexa malasia sus capitales | MY | es-US
plural-capitals | alexa dime ambas capitales de malasia | MY
plural-capitals | alexa kuala lumpur y cuál otra es capital de malasia | MY | es-US
plural-capitals | alexa cuáles son las capitales de benín | BJ
plural-capitals | alexa las dos capitales de benín | BJ | es-MX
plural-capitals | alexa benín tiene varias capitales cuáles | BJ | es-US
plural-capitals | alexa las capitales de costa de marfil | CI
plural-capitals | alexa costa de marfil tiene dos capitales cuáles son | CI | es-MX
plural-capitals | alexa dime las dos capitales de costa de marfil | CI | es-US
plural-capitals | alexa cuáles son las capitales de sri lanka | LK
plural-capitals | alexa sri lanka tiene dos capitales cómo se llaman | LK | es-MX
plural-capitals | alexa las capitales de sri lanka porfa | LK | es-US
plural-capitals | alexa cuáles son las capitales de esuatini | SZ
plural-capitals | alexa las dos capitales de suazilandia | SZ | es-MX
plural-capitals | alexa eswatini cuáles son sus capitales | SZ | es-US
plural-capitals | alexa las capitales de palestina | PS
plural-capitals | alexa sudáfrica tiene tres capitales dímelas todas | ZA
plural-capitals | alexa los países bajos y sus dos capitales | NL
plural-capitals | alexa ambas capitales de sri lanka | LK
plural-capitals | alexa ambas capitales de costa de marfil | CI
plural-capitals | alexa todas las capitales de benín | BJ
plural-capitals | alexa las dos capitales de eswatini | SZ | es-MX
follow-up | y la de francia | FR
follow-up | y portugal | PT
follow-up | y la de corea del sur | KR
follow-up | y marruecos | MA
follow-up | y la de grecia | GR
follow-up | y la del congo belga | CD
follow-up | y bolivia | BO
follow-up | y la de palestina | PS
follow-up | y perú qué | PE | es-MX
follow-up | y la de guatemala | GT | es-MX
follow-up | y chile | CL | es-MX
follow-up | y corea del norte | KP | es-MX
follow-up | y la de nicaragua | NI | es-MX
follow-up | y malasia | MY | es-MX
follow-up | y la de honduras | HN | es-US
follow-up | y el salvador | SV | es-US
follow-up | y la de la república dominicana | DO | es-US
follow-up | y la del congo brazzaville | CG | es-US
follow-up | y sudáfrica | ZA | es-US
follow-up | y de los países bajos | NL | es-US
follow-up | y ahora la de finlandia | FI
follow-up | y la de ecuador | EC | es-MX
yes-no-check | alexa es parís la capital de francia | FR
yes-no-check | alexa la capital de corea del sur es seúl verdad | KR
yes-no-check | alexa es verdad que la capital de australia es sídney | AU
yes-no-check | alexa la capital de turquía es estambul o no | TR
yes-no-check | alexa es ramala la capital de palestina | PS
yes-no-check | alexa kinshasa es la capital del congo | CD
yes-no-check | alexa la capital de canadá es toronto | CA | es-MX
yes-no-check | alexa es cierto que la capital de brasil es río | BR | es-MX
yes-no-check | alexa la capital de bolivia es la paz sí o no | BO | es-MX
yes-no-check | alexa pionyang es la capital de corea del norte | KP | es-MX
yes-no-check | alexa brazzaville es capital de qué congo del de arriba o el de abajo | CG | es-MX
yes-no-check | alexa la capital de nigeria es lagos right | NG | es-US
yes-no-check | alexa es quito la capital de ecuador | EC | es-US
yes-no-check | alexa la capital de suiza es zúrich verdad | CH | es-US
yes-no-check | alexa la capital de marruecos es casablanca o rabat | MA | es-US
yes-no-check | alexa es la haya la capital de holanda | NL | es-US
yes-no-check | alexa la capital de nueva zelanda es auckland | NZ
yes-no-check | alexa es almaty la capital de kazajistán | KZ
self-correction | alexa la capital de austria no perdón de australia | AU
self-correction | alexa capital de suecia digo suiza | CH
self-correction | alexa la capital de eslovenia no eslovaquia | SK
self-correction | alexa la capital de corea del norte ay no del sur | KR
self-correction | alexa capital de irak no espera de irán | IR
self-correction | alexa la capital de gambia bueno no de zambia | ZM
self-correction | alexa la capital de níger o sea nigeria | NG | es-MX
self-correction | alexa capital de guinea no de guinea ecuatorial | GQ | es-MX
self-correction | alexa la capital de mali perdón malaui | MW | es-MX
self-correction | alexa capital del congo el de kinshasa no el otro | CG | es-MX
self-correction | alexa la de paraguay no uruguay | UY | es-MX
self-correction | alexa capital de letonia no lituania | LT | es-US
self-correction | alexa la capital de colombia digo de bolivia | BO | es-US
self-correction | alexa la capital de israel no la de palestina | PS | es-US
self-correction | alexa capital de dominica no de república dominicana | DO | es-US
self-correction | alexa la capital de armenia ay perdón de albania | AL | es-US
self-correction | alexa capital de mongolia no de moldavia | MD
reverse-question | alexa de qué país es capital nairobi | CITY:Nairobi
reverse-question | alexa qué país tiene como capital a lima | CITY:Lima
reverse-question | alexa ulán bator de dónde es capital | CITY:Ulán Bator
reverse-question | alexa vilna es la capital de qué país | CITY:Vilna
reverse-question | alexa de qué país es capital uagadugú | CITY:Uagadugú
reverse-question | alexa a qué país pertenece la capital tiflis | CITY:Tiflis
reverse-question | alexa tegucigalpa es capital de dónde | CITY:Tegucigalpa | es-MX
reverse-question | alexa de qué país es capital montevideo | CITY:Montevideo | es-MX
reverse-question | alexa asmara es capital de qué | CITY:Asmara | es-MX
reverse-question | alexa qué país tiene de capital a kigali | CITY:Kigali | es-MX
reverse-question | alexa de dónde es capital managua | CITY:Managua | es-MX
reverse-question | alexa what country digo qué país tiene a hanói de capital | CITY:Hanói | es-US
reverse-question | alexa bogotá es capital de qué país | CITY:Bogotá | es-US
reverse-question | alexa de qué país es la capital yamena | CITY:Yamena | es-US
reverse-question | alexa kingston es capital de qué país | CITY:Kingston | es-US
reverse-question | alexa de qué país es capital brazzaville | CITY:Brazzaville | es-US
reverse-question | alexa kinshasa es capital de cuál congo | CITY:Kinshasa
official-name | alexa capital de la república federal de alemania | DE
official-name | alexa capital de la república democrática del congo | CD
official-name | alexa capital de la república del congo | CG
official-name | alexa capital de la república popular democrática de corea | KP
official-name | alexa capital de la república de corea | KR
official-name | alexa capital del reino de marruecos | MA
official-name | alexa capital del estado de palestina | PS
official-name | alexa capital de la república oriental del uruguay | UY | es-MX
official-name | alexa capital de los estados unidos mexicanos | MX | es-MX
official-name | alexa capital de la república bolivariana de venezuela | VE | es-MX
official-name | alexa capital del estado plurinacional de bolivia | BO | es-MX
official-name | alexa capital del reino de los países bajos | NL | es-MX
official-name | alexa capital de la república islámica de irán | IR | es-US
official-name | alexa capital de la confederación suiza | CH | es-US
official-name | alexa capital de la república de sudáfrica | ZA | es-US
official-name | alexa capital de la federación de rusia | RU | es-US
official-name | alexa capital del reino hachemita de jordania | JO | es-US
official-name | alexa capital de la república popular china | CN
everyday-name | alexa capital de holanda | NL
everyday-name | alexa capital de inglaterra | GB-ENG
everyday-name | alexa capital de birmania | MM
everyday-name | alexa capital de persia | IR
everyday-name | alexa capital de suazilandia | SZ
everyday-name | alexa capital de la costa de marfil | CI
everyday-name | alexa capital de checoslovaquia | FB
everyday-name | alexa capital de ceilán | LK | es-MX
everyday-name | alexa capital de los emiratos | AE | es-MX
everyday-name | alexa capital de gringolandia | US | es-MX
everyday-name | alexa capital de rusia la de antes la unión soviética | FB | es-MX
everyday-name | alexa capital del congo kinshasa | CD | es-MX
everyday-name | alexa capital de república checa | CZ | es-MX
everyday-name | alexa capital de los estados unidos | US | es-US
everyday-name | alexa capital de turquía o türkiye | TR | es-US
everyday-name | alexa capital de macedonia | MK | es-US
everyday-name | alexa capital de corea del norte la de kim jong un | KP | es-US
everyday-name | alexa capital de la india | IN | es-US
everyday-name | alexa capital de dahomey | BJ
shared-name | alexa capital de georgia | GE
shared-name | alexa capital de corea | KP+KR
shared-name | alexa capital del congo | CD+CG
shared-name | alexa capital de guinea | GN
shared-name | alexa capital de georgia el estado | US-GA | es-US
shared-name | alexa capital de georgia la de estados unidos | US-GA | es-US
shared-name | alexa capital de georgia el país junto a rusia | GE | es-MX
shared-name | alexa capital de las coreas | KP+KR | es-MX
shared-name | alexa capital de los dos congos | CD+CG | es-MX
shared-name | alexa capital de samoa | WS | es-US
shared-name | alexa capital de irlanda | IE
shared-name | alexa capital de sudán | SD | es-US
shared-name | alexa capital de washington | US-WA | es-US
shared-name | alexa capital de méxico | MX | es-MX
shared-name | alexa capital de luxemburgo | LU
shared-name | alexa capital de dominica | DM | es-MX
subdivision | alexa capital de cataluña | FB
subdivision | alexa capital de andalucía | FB
subdivision | alexa capital de escocia | GB-SCT
subdivision | alexa capital de gales | GB-WLS
subdivision | alexa capital de baviera | DE-BY
subdivision | alexa capital de quebec | CA-QC
subdivision | alexa capital de irlanda del norte | GB-NIR
subdivision | alexa capital de la toscana | FB
subdivision | alexa capital de tasmania | AU-TAS
subdivision | alexa capital de sajonia | DE-SN
subdivision | alexa capital de jalisco | MX-JAL | es-MX
subdivision | alexa capital de chiapas | MX-CHP | es-MX
subdivision | alexa capital de tamaulipas | MX-TAM | es-MX
subdivision | alexa capital de quintana roo | MX-ROO | es-MX
subdivision | alexa capital de guerrero | MX-GRO | es-MX
subdivision | alexa capital de veracruz | MX-VER | es-MX
subdivision | alexa capital de baja california sur | MX-BCS | es-MX
subdivision | alexa capital de texas | US-TX | es-US
subdivision | alexa capital de california | US-CA | es-US
subdivision | alexa capital de nueva york el estado | US-NY | es-US
subdivision | alexa capital de florida | US-FL | es-US
subdivision | alexa capital de illinois | US-IL | es-US
subdivision | alexa capital de puerto rico | PR | es-US
subdivision | alexa capital de kentucky | US-KY | es-US
subdivision | alexa capital de ontario | CA-ON
subdivision | alexa capital de maharastra | IN-MH
subdivision | alexa capital de são paulo el estado | BR-SP
subdivision | alexa capital de la provincia de buenos aires | FB | es-MX
subdivision | alexa capital de antioquia | FB | es-US
out-of-domain | alexa qué tiempo hace mañana en madrid | FB
out-of-domain | alexa pon un temporizador de diez minutos | FB
out-of-domain | alexa cuántos habitantes tiene parís | FB
out-of-domain | alexa cuál es la capital de europa | FB
out-of-domain | alexa cuál es la capital de áfrica | FB
out-of-domain | alexa pon música de rosalía | FB
out-of-domain | alexa qué hora es en tokio | FB
out-of-domain | alexa cuál es el río más largo del mundo | FB
out-of-domain | alexa cuánto mide la torre eiffel | FB
out-of-domain | alexa despiértame a las siete | FB
out-of-domain | alexa cuál es la capital de la luna | FB
out-of-domain | alexa qué idioma se habla en suiza | FB
out-of-domain | alexa enciende la luz del salón | FB
out-of-domain | alexa cuál es la moneda de japón | FB
out-of-domain | alexa cuéntame un chiste | FB
out-of-domain | alexa cuál es la capital gastronómica de españa | FB
out-of-domain | alexa qué distancia hay de madrid a lisboa | FB
out-of-domain | alexa cuál es la capital de asia | FB
out-of-domain | alexa pon las noticias | FB
out-of-domain | alexa quién ganó el mundial de dos mil diez | FB
out-of-domain | alexa qué tiempo va a hacer en monterrey | FB | es-MX
out-of-domain | alexa pon una de los tigres del norte | FB | es-MX
out-of-domain | alexa cuánta gente vive en la ciudad de méxico | FB | es-MX
out-of-domain | alexa cuál es la capital de sudamérica | FB | es-MX
out-of-domain | alexa a cómo está el dólar | FB | es-MX
out-of-domain | alexa cuál es el país más grande del mundo | FB | es-MX
out-of-domain | alexa apaga la tele | FB | es-MX
out-of-domain | alexa cuál es la bandera de brasil | FB | es-MX
out-of-domain | alexa qué día es hoy | FB | es-MX
out-of-domain | alexa cuál es la capital mundial del tequila | FB | es-MX
out-of-domain | alexa cuál es el idioma oficial de haití | FB | es-MX
out-of-domain | alexa cuánto cuesta un vuelo a cancún | FB | es-MX
out-of-domain | alexa what's the weather digo qué clima hace | FB | es-US
out-of-domain | alexa pon bad bunny | FB | es-US
out-of-domain | alexa cuál es la capital de centroamérica | FB | es-US
out-of-domain | alexa cuántos estados tiene estados unidos | FB | es-US
out-of-domain | alexa pon una alarma para las cinco y media | FB | es-US
out-of-domain | alexa cuál es la población de texas | FB | es-US
out-of-domain | alexa añade leche a la lista de compras | FB | es-US
out-of-domain | alexa cuál es la ciudad más grande de california | FB | es-US
out-of-domain | alexa quién es el presidente de honduras | FB | es-US
out-of-domain | alexa cuál es la capital de oceanía | FB | es-US
out-of-domain | alexa qué hora es en guatemala | FB | es-US
out-of-domain | alexa cuál es la capital del mundo | FB
out-of-domain | alexa cuánta gente vive en pekín | FB
out-of-domain | alexa qué continente es egipto | FB
out-of-domain | alexa llama a mamá | FB | es-MX
out-of-domain | alexa cuál es la capital de la antártida | FB | es-US
txoko | alexa aupa qué es la capital de islandia | IS
txoko | alexa mientras se hace el marmitako dime la capital de noruega | NO
txoko | alexa ene cuál era la capital de dinamarca | DK
txoko | alexa para la apuesta del txoko la capital de estonia | EE
txoko | alexa capital de letonia que aquí el koldo no se acuerda | LV
txoko | alexa la capital de irlanda que nos jugamos la cena | IE
txoko | alexa cuál es la capital de islandia reikiavik o qué | IS
txoko | alexa kaixo la capital de finlandia | FI
txoko | alexa cuál es la capital de chipre que discute la cuadrilla | CY
txoko | alexa capital de malta ahora que estamos con el bacalao | MT
txoko | alexa y la capital del país vasco cuál es | FB
txoko | alexa capital de navarra | FB
txoko | alexa pon la capital de bélgica que se me ha ido | BE
txoko | alexa capital de croacia venga rápido | HR
txoko | alexa cuántos grados tiene que tener el horno para el besugo | FB
txoko | alexa la capital de montenegro que tengo las manos de cebolla | ME
txoko | alexa ene capital de bosnia | BA
camareros-argentinos | alexa che cuál es la capital de paraguay | PY
camareros-argentinos | alexa boludo no la capital de uruguay es montevideo dale | UY
camareros-argentinos | alexa decime la capital de chile | CL
camareros-argentinos | alexa a ver la capital de armenia que me lo preguntó un cliente | AM
camareros-argentinos | alexa che la capital de azerbaiyán | AZ
camareros-argentinos | alexa cuál es la capital de las malvinas | FK
camareros-argentinos | alexa dale decime la capital de surinam | SR
camareros-argentinos | alexa la capital de guyana che | GY
camareros-argentinos | alexa qué capital tiene la argentina | AR
camareros-argentinos | alexa la capital de mónaco que hay unos de mónaco en la mesa seis | MC
camareros-argentinos | alexa la capital de andorra dale | AD
camareros-argentinos | alexa capital de san marino boludo | SM
camareros-argentinos | alexa decime cuánto es diez euros en pesos | FB
camareros-argentinos | alexa la capital de liechtenstein che | LI
camareros-argentinos | alexa cuál es la capital del vaticano | VA
camareros-argentinos | alexa che cuál es la capital de luxemburgo la ciudad | LU
pastores-trashumantes | alexa zagal pregúntale la capital de mauritania | MR
pastores-trashumantes | alexa la capital de marruecos que lo dice el de la radio | MA
pastores-trashumantes | alexa capital de argelia | DZ
pastores-trashumantes | alexa cuál es la capital de túnez | TN
pastores-trashumantes | alexa capital de libia que estamos en la cañada | LY
pastores-trashumantes | alexa a ver la capital de mongolia que también tienen ovejas | MN
pastores-trashumantes | alexa capital de kirguistán | KG
pastores-trashumantes | alexa la capital de turkmenistán | TM
pastores-trashumantes | alexa capital de afganistán | AF
pastores-trashumantes | alexa cuánto llueve esta noche en la sierra | FB
pastores-trashumantes | alexa capital de tayikistán que no lo sé decir | TJ
pastores-trashumantes | alexa la capital de uzbekistán | UZ
pastores-trashumantes | alexa capital de lesoto que allí hay pastores también | LS
pastores-trashumantes | alexa capital de la región de extremadura | FB
pastores-trashumantes | alexa capital de nueva zelanda que hay más ovejas que gente | NZ
lucha-canaria | alexa mi niño la capital de cabo verde | CV
lucha-canaria | alexa capital de senegal antes del entreno | SN
lucha-canaria | alexa la capital de mauritania pues | MR
lucha-canaria | alexa cuál es la capital de las canarias | FB
lucha-canaria | alexa la capital de guinea-bisáu | GW
lucha-canaria | alexa capital de gambia que el puntal es de allí | GM
lucha-canaria | alexa capital de santo tomé y príncipe | ST
lucha-canaria | alexa capital de sierra leona | SL
lucha-canaria | alexa la capital de liberia chacho | LR
lucha-canaria | alexa capital de venezuela que mi abuela emigró | VE
lucha-canaria | alexa capital de cuba que tengo familia | CU
lucha-canaria | alexa cuál es la capital de madeira | FB
lucha-canaria | alexa capital de gabón | GA
lucha-canaria | alexa cuál es la capital de togo | TG
almacen-naranjas | alexa la capital de sudáfrica que las naranjas vienen de allí | ZA
almacen-naranjas | alexa capital de marruecos que compiten con nosotros | MA
almacen-naranjas | alexa capital de egipto | EG
almacen-naranjas | alexa cuál es la capital de israel | IL
almacen-naranjas | alexa capital de turquía | TR
almacen-naranjas | alexa la capital de alemania que allí va el camión | DE
almacen-naranjas | alexa capital de polonia que es el cliente nuevo | PL
almacen-naranjas | alexa capital de chequia | CZ
almacen-naranjas | alexa la capital de hungría | HU
almacen-naranjas | alexa capital de rumanía que es la encargada | RO
almacen-naranjas | alexa capital de bulgaria | BG
almacen-naranjas | alexa cuántas cajas caben en un palé | FB
almacen-naranjas | alexa capital de suecia que la naranja va en barco | SE
almacen-naranjas | alexa capital de uruguay que también tienen cítricos | UY
almacen-naranjas | alexa capital de la comunidad valenciana | FB
castellers | alexa la capital de cataluña | FB
castellers | alexa home la capital de andorra | AD
castellers | alexa capital de francia que vamos a actuar a perpiñán | FR
castellers | alexa capital de italia | IT
castellers | alexa la capital de escocia que allí también votaron | GB-SCT
castellers | alexa ja la capital de quebec que es como nosotros | CA-QC
castellers | alexa capital de kosovo | XK
castellers | alexa capital de serbia | RS
castellers | alexa la capital de eslovenia ja | SI
castellers | alexa capital de macedonia del norte | MK
castellers | alexa capital de albania que la enxaneta lo pregunta | AL
castellers | alexa cuántos pisos tenía el castell más alto | FB
castellers | alexa capital de grecia | GR
castellers | alexa capital de las islas feroe | FO
castellers | alexa capital de groenlandia | GL
gasolinera-nocturna | alexa capital de portugal que el camionero pregunta | PT
gasolinera-nocturna | alexa a qué hora cierra el supermercado | FB
gasolinera-nocturna | alexa la capital de lituania que viene un camión lituano | LT
gasolinera-nocturna | alexa capital de bielorrusia | BY
gasolinera-nocturna | alexa capital de ucrania | UA
gasolinera-nocturna | alexa capital de moldavia que la matrícula es de allí | MD
gasolinera-nocturna | alexa capital de eslovaquia | SK
gasolinera-nocturna | alexa capital de austria | AT
gasolinera-nocturna | alexa la capital de países bajos que el tráiler es holandés | NL
gasolinera-nocturna | alexa cuánto está el litro de gasoil | FB
gasolinera-nocturna | alexa capital de rusia | RU
gasolinera-nocturna | alexa capital de georgia que ese camionero es georgiano | GE
gasolinera-nocturna | alexa capital de kazajistán | KZ
gasolinera-nocturna | alexa capital de armenia a estas horas | AM
gasolinera-nocturna | alexa capital de suiza | CH
teleasistencia | alexa hija cuál es la capital de italia | IT
teleasistencia | alexa la capital de la argentina que vive allí mi sobrino | AR
teleasistencia | alexa dime la capital de venezuela despacito | VE
teleasistencia | alexa capital de méxico que allí se fue mi hermano | MX
teleasistencia | alexa llama a la teleasistencia | FB
teleasistencia | alexa la capital de cuba la habana no | CU
teleasistencia | alexa capital de filipinas que la chica que me cuida es de allí | PH
teleasistencia | alexa capital de rusia que antes era la unión soviética | RU
teleasistencia | alexa capital de yugoslavia | FB
teleasistencia | alexa cuál es la capital del japón | JP
teleasistencia | alexa capital de la china | CN
teleasistencia | alexa a ver la capital de egipto que vi un documental | EG
teleasistencia | alexa la capital de colombia mujer | CO
teleasistencia | alexa qué capital tiene el perú | PE
teleasistencia | alexa capital de brasil | BR
teleasistencia | alexa recuérdame la pastilla de las nueve | FB
estudiantes-cameruneses | alexa la capital de camerún c'est yaundé non | CM
estudiantes-cameruneses | alexa mon frère pregunta la capital de chad | TD
estudiantes-cameruneses | alexa capital de república centroafricana | CF
estudiantes-cameruneses | alexa la capital del congo de brazzaville | CG
estudiantes-cameruneses | alexa la capital del congo de kinshasa | CD
estudiantes-cameruneses | alexa capital de gabón ça va | GA
estudiantes-cameruneses | alexa capital de guinea ecuatorial vecinos nuestros | GQ
estudiantes-cameruneses | alexa capital de nigeria | NG
estudiantes-cameruneses | alexa capital de níger | NE
estudiantes-cameruneses | alexa capital de burkina faso | BF
estudiantes-cameruneses | alexa capital de costa de marfil abiyán o yamusukro | CI
estudiantes-cameruneses | alexa capital de ruanda | RW
estudiantes-cameruneses | alexa capital de burundi que cambió creo | BI
estudiantes-cameruneses | alexa capital de benín | BJ
estudiantes-cameruneses | alexa cuál es la capital de yibuti | DJ
estudiantes-cameruneses | alexa la capital de la république démocratique du congo | CD
estudiantes-cameruneses | alexa dis-moi la capital de madagascar | MG
artesanos-wixaritari | alexa cuál es la capital de nayarit | MX-NAY | es-MX
artesanos-wixaritari | alexa la capital de san luis potosí | MX-SLP | es-MX
artesanos-wixaritari | alexa capital de zacatecas joven | MX-ZAC | es-MX
artesanos-wixaritari | alexa la capital de durango | MX-DUR | es-MX
artesanos-wixaritari | alexa un turista es de alemania cuál es su capital | DE | es-MX
artesanos-wixaritari | alexa capital de francia que el señor compró un cuadro de chaquira | FR | es-MX
artesanos-wixaritari | alexa capital de japón que la muchacha es japonesa | JP | es-MX
artesanos-wixaritari | alexa y la capital de italia joven | IT | es-MX
artesanos-wixaritari | alexa cuánto cuesta el kilo de chaquira | FB | es-MX
artesanos-wixaritari | alexa capital de israel que vienen muchos de allá | IL | es-MX
artesanos-wixaritari | alexa de dónde es capital ámsterdam no al revés la capital de holanda | NL | es-MX
artesanos-wixaritari | alexa la señora es de austria cuál es la capital de allá | AT | es-MX
artesanos-wixaritari | alexa capital de jalisco que de allá vienen a comprar | MX-JAL | es-MX
artesanos-wixaritari | alexa capital de canadá que el güero es canadiense | CA | es-MX
artesanos-wixaritari | alexa capital de corea del sur que vino una muchacha coreana | KR | es-MX
camaroneros | alexa compa cuál es la capital de sinaloa | MX-SIN | es-MX
camaroneros | alexa capital de sonora | MX-SON | es-MX
camaroneros | alexa la capital de ecuador que allá también hay camarón | EC | es-MX
camaroneros | alexa capital de vietnam | VN | es-MX
camaroneros | alexa capital de tailandia que de allá viene camarón | TH | es-MX
camaroneros | alexa capital de indonesia | ID | es-MX
camaroneros | alexa compa y la capital de la india cuál es | IN | es-MX
camaroneros | alexa capital de china | CN | es-MX
camaroneros | alexa a qué hora sube la marea | FB | es-MX
camaroneros | alexa capital de panamá que por ahí pasan los barcos | PA | es-MX
camaroneros | alexa capital de costa rica compa | CR | es-MX
camaroneros | alexa capital de belice | BZ | es-MX
camaroneros | alexa capital de bangladés | BD | es-MX
camaroneros | alexa capital de baja california | MX-BCN | es-MX
camaroneros | alexa capital de nicaragua | NI | es-MX
pulqueria | alexa mi rey cuál es la capital de tlaxcala | MX-TLA | es-MX
pulqueria | alexa capital de hidalgo | MX-HID | es-MX
pulqueria | alexa capital de puebla | MX-PUE | es-MX
pulqueria | alexa la capital del estado de méxico | MX-MEX | es-MX
pulqueria | alexa capital de morelos | MX-MOR | es-MX
pulqueria | alexa a ver la capital de irlanda que allá toman mucha cerveza | IE | es-MX
pulqueria | alexa capital de bélgica | BE | es-MX
pulqueria | alexa capital de la república checa | CZ | es-MX
pulqueria | alexa capital de escocia que tienen el whisky | GB-SCT | es-MX
pulqueria | alexa cuál es el mejor curado de pulque | FB | es-MX
pulqueria | alexa capital de rusia que toman vodka | RU | es-MX
pulqueria | alexa capital de corea del norte pues | KP | es-MX
pulqueria | alexa capital de georgia que dicen que inventaron el vino | GE | es-MX
pulqueria | alexa capital de querétaro | MX-QUE | es-MX
guias-cenotes | alexa capital de yucatán | MX-YUC | es-MX
guias-cenotes | alexa capital de quintana roo la de chetumal | MX-ROO | es-MX
guias-cenotes | alexa capital de campeche | MX-CAM | es-MX
guias-cenotes | alexa capital de suecia que el grupo es sueco | SE | es-MX
guias-cenotes | alexa capital de noruega | NO | es-MX
guias-cenotes | alexa capital de dinamarca | DK | es-MX
guias-cenotes | alexa capital de finlandia | FI | es-MX
guias-cenotes | alexa capital de australia que vienen de sídney | AU | es-MX
guias-cenotes | alexa qué tan profundo es el cenote | FB | es-MX
guias-cenotes | alexa capital de nueva zelanda | NZ | es-MX
guias-cenotes | alexa capital de islandia | IS | es-MX
guias-cenotes | alexa capital de argentina | AR | es-MX
guias-cenotes | alexa capital de inglaterra que los turistas son ingleses | GB-ENG | es-MX
guias-cenotes | alexa capital de tabasco | MX-TAB | es-MX
beisbol-llanero | alexa cuál es la capital de cuba que el pitcher es cubano | CU | es-MX
beisbol-llanero | alexa capital de república dominicana | DO | es-MX
beisbol-llanero | alexa capital de venezuela mi umpire | VE | es-MX
beisbol-llanero | alexa capital de puerto rico que el shortstop es boricua | PR | es-MX
beisbol-llanero | alexa capital de japón que ganaron el clásico | JP | es-MX
beisbol-llanero | alexa capital de taiwán | TW | es-MX
beisbol-llanero | alexa capital de corea del sur que juegan bien | KR | es-MX
beisbol-llanero | alexa quién ganó la serie del caribe | FB | es-MX
beisbol-llanero | alexa capital de curazao que salen buenos peloteros | CW | es-MX
beisbol-llanero | alexa capital de aruba | AW | es-MX
beisbol-llanero | alexa capital de países bajos que juegan béisbol | NL | es-MX
beisbol-llanero | alexa capital de chihuahua | MX-CHH | es-MX
beisbol-llanero | alexa capital de coahuila | MX-COA | es-MX
beisbol-llanero | alexa capital de nuevo león | MX-NLE | es-MX
vigilantes-plaza | alexa mi oficial pregunta la capital de guatemala | GT | es-MX
vigilantes-plaza | alexa capital de el salvador | SV | es-MX
vigilantes-plaza | alexa capital de honduras | HN | es-MX
vigilantes-plaza | alexa en el rondín me acordé cuál es la capital de paraguay | PY | es-MX
vigilantes-plaza | alexa capital de bolivia | BO | es-MX
vigilantes-plaza | alexa capital de perú | PE | es-MX
vigilantes-plaza | alexa capital de colombia | CO | es-MX
vigilantes-plaza | alexa capital de chile | CL | es-MX
vigilantes-plaza | alexa cuánto falta para que amanezca | FB | es-MX
vigilantes-plaza | alexa capital de haití | HT | es-MX
vigilantes-plaza | alexa capital de jamaica | JM | es-MX
vigilantes-plaza | alexa capital de trinidad y tobago | TT | es-MX
vigilantes-plaza | alexa capital de barbados | BB | es-MX
vigilantes-plaza | alexa capital de guanajuato | MX-GUA | es-MX
ballet-folclorico | alexa la maestra quiere saber la capital de michoacán | MX-MIC | es-MX
ballet-folclorico | alexa capital de oaxaca | MX-OAX | es-MX
ballet-folclorico | alexa capital de colima | MX-COL | es-MX
ballet-folclorico | alexa capital de aguascalientes | MX-AGU | es-MX
ballet-folclorico | alexa capital de españa que vamos de gira | ES | es-MX
ballet-folclorico | alexa capital de portugal | PT | es-MX
ballet-folclorico | alexa capital de polonia que hay festival allá | PL | es-MX
ballet-folclorico | alexa capital de hungría | HU | es-MX
ballet-folclorico | alexa capital de turquía que nos invitaron a un festival allá | TR | es-MX
ballet-folclorico | alexa pon el son de la negra | FB | es-MX
ballet-folclorico | alexa la maestra dice que vamos a bulgaria cuál es la capital | BG | es-MX
ballet-folclorico | alexa capital de eslovaquia para el viaje del ballet | SK | es-MX
ballet-folclorico | alexa capital de croacia | HR | es-MX
ballet-folclorico | alexa capital de francia para el festival | FR | es-MX
ballet-folclorico | alexa capital de rumania | RO | es-MX
albergue-migrantes | alexa maje cuál es la capital de honduras | HN | es-MX
albergue-migrantes | alexa púchica la capital de el salvador | SV | es-MX
albergue-migrantes | alexa capital de nicaragua vos | NI | es-MX
albergue-migrantes | alexa capital de estados unidos | US | es-MX
albergue-migrantes | alexa maje cuál es la capital de texas pues | US-TX | es-MX
albergue-migrantes | alexa cuándo sale el tren | FB | es-MX
albergue-migrantes | alexa capital de ecuador | EC | es-MX
albergue-migrantes | alexa capital de venezuela | VE | es-MX
albergue-migrantes | alexa capital de haití que hay muchos haitianos aquí | HT | es-MX
albergue-migrantes | alexa capital de senegal que el amigo es de allá | SN | es-MX
albergue-migrantes | alexa capital de camerún | CM | es-MX
albergue-migrantes | alexa capital de angola | AO | es-MX
albergue-migrantes | alexa capital de afganistán que llegó una familia | AF | es-MX
albergue-migrantes | alexa capital de guatemala | GT | es-MX
albergue-migrantes | alexa capital de chiapas que por ahí entramos | MX-CHP | es-MX
alfombreras-dalton | alexa cuál es la capital de georgia el estado donde vivimos | US-GA | es-US
alfombreras-dalton | alexa capital de tennessee que está aquí al lado | US-TN | es-US
alfombreras-dalton | alexa capital de alabama | US-AL | es-US
alfombreras-dalton | alexa capital de carolina del norte | US-NC | es-US
alfombreras-dalton | alexa capital de carolina del sur | US-SC | es-US
alfombreras-dalton | alexa a qué hora empieza el shift mañana | FB | es-US
alfombreras-dalton | alexa capital de bélgica que la compañía es de allá | BE | es-US
alfombreras-dalton | alexa capital de guatemala que mi compañera de línea es chapina | GT | es-US
alfombreras-dalton | alexa capital de michoacán que de allá es mi suegra | MX-MIC | es-US
alfombreras-dalton | alexa la capital de guanajuato de dónde es el foreman | MX-GUA | es-US
alfombreras-dalton | alexa capital de virginia | US-VA | es-US
alfombreras-dalton | alexa capital de kentucky que allá mandan las alfombras | US-KY | es-US
alfombreras-dalton | alexa capital de misisipi | US-MS | es-US
alfombreras-dalton | alexa capital de la india que el supervisor es de allá | IN | es-US
barcos-bayou | alexa capital de luisiana | US-LA | es-US
barcos-bayou | alexa capital de alabama pues | US-AL | es-US
barcos-bayou | alexa capital de vietnam que el capitán es vietnamita | VN | es-US
barcos-bayou | alexa capital de camboya | KH | es-US
barcos-bayou | alexa capital de laos | LA | es-US
barcos-bayou | alexa va a haber tormenta en el golfo | FB | es-US
barcos-bayou | alexa capital de honduras que el cocinero es de allá | HN | es-US
barcos-bayou | alexa capital de florida que ahí nos vamos en invierno | US-FL | es-US
barcos-bayou | alexa capital de misisipi pues | US-MS | es-US
barcos-bayou | alexa capital de filipinas | PH | es-US
barcos-bayou | alexa capital de myanmar | MM | es-US
barcos-bayou | alexa capital de bahamas | BS | es-US
barcos-bayou | alexa capital de las islas caimán | KY | es-US
barcos-bayou | alexa capital de belice que allá hay buena pesca | BZ | es-US
biblioteca-bilingue | alexa for storytime la capital de españa | ES | es-US
biblioteca-bilingue | alexa los niños quieren saber la capital de egipto | EG | es-US
biblioteca-bilingue | alexa capital de kenia | KE | es-US
biblioteca-bilingue | alexa capital de arizona | US-AZ | es-US
biblioteca-bilingue | alexa capital de nuevo méxico | US-NM | es-US
biblioteca-bilingue | alexa capital de sonora que está al otro lado | MX-SON | es-US
biblioteca-bilingue | alexa capital de perú para el libro de los incas | PE | es-US
biblioteca-bilingue | alexa lee un cuento | FB | es-US
biblioteca-bilingue | alexa capital de grecia para el libro de los dioses | GR | es-US
biblioteca-bilingue | alexa capital de australia donde viven los canguros | AU | es-US
biblioteca-bilingue | alexa capital de brasil para el libro del amazonas | BR | es-US
biblioteca-bilingue | alexa capital de china para el año nuevo chino | CN | es-US
biblioteca-bilingue | alexa capital de nepal donde está el everest | NP | es-US
biblioteca-bilingue | alexa capital de tanzania donde está el kilimanjaro | TZ | es-US
biblioteca-bilingue | alexa capital de madagascar | MG | es-US
biblioteca-bilingue | alexa capital de utah | US-UT | es-US
interpretes-corte | alexa capital de la república democrática del congo para el expediente | CD | es-US
interpretes-corte | alexa capital de la república del congo para el expediente | CG | es-US
interpretes-corte | alexa capital de eritrea | ER | es-US
interpretes-corte | alexa capital de etiopía | ET | es-US
interpretes-corte | alexa capital de somalia | SO | es-US
interpretes-corte | alexa capital de sudán del sur | SS | es-US
interpretes-corte | alexa capital de mauritania | MR | es-US
interpretes-corte | alexa a qué hora es la audiencia | FB | es-US
interpretes-corte | alexa capital de guinea conakry | GN | es-US
interpretes-corte | alexa capital de ucrania para el expediente | UA | es-US
interpretes-corte | alexa la capital de rusia para la declaración | RU | es-US
interpretes-corte | alexa capital de uzbekistán | UZ | es-US
interpretes-corte | alexa capital de kirguistán para el testigo | KG | es-US
interpretes-corte | alexa capital de tayikistán | TJ | es-US
interpretes-corte | alexa capital de palestina para el caso | PS | es-US
interpretes-corte | alexa capital de corea del norte para el caso | KP | es-US
interpretes-corte | alexa capital de siria | SY | es-US
interpretes-corte | alexa capital de yemen | YE | es-US
regantes-huerta | alexa acho cuál es la capital de argelia | DZ
regantes-huerta | alexa pijo la capital de marruecos | MA
regantes-huerta | alexa la capital de egipto que allí regaban con el nilo | EG
regantes-huerta | alexa capital de irak que allí inventaron el regadío | IQ
regantes-huerta | alexa capital de siria acho | SY
regantes-huerta | alexa capital de jordania | JO
regantes-huerta | alexa capital de líbano | LB
regantes-huerta | alexa cuándo me toca el turno de riego | FB
regantes-huerta | alexa capital de murcia la región | FB
regantes-huerta | alexa capital de arabia saudí | SA
regantes-huerta | alexa capital de catar | QA
regantes-huerta | alexa capital de kuwait | KW
regantes-huerta | alexa capital de baréin | BH
regantes-huerta | alexa capital de omán | OM
regantes-huerta | alexa capital de los emiratos árabes unidos | AE
regantes-huerta | alexa capital de irán | IR
banda-municipal | alexa la capital de austria que tocamos un vals | AT
banda-municipal | alexa capital de alemania para el pasodoble alemán | DE
banda-municipal | alexa capital de rusia que tocamos a chaikovski | RU
banda-municipal | alexa capital de la república checa por dvorak | CZ
banda-municipal | alexa capital de noruega por grieg | NO
banda-municipal | alexa capital de finlandia por sibelius | FI
banda-municipal | alexa capital de hungría por liszt | HU
banda-municipal | alexa afina la nota la | FB
banda-municipal | alexa capital de polonia por chopin | PL
banda-municipal | alexa capital de brasil por la samba | BR
banda-municipal | alexa capital de argentina por el tango | AR
banda-municipal | alexa capital de cuba por el son | CU
banda-municipal | alexa capital de jamaica por el reggae | JM
banda-municipal | alexa capital de trinidad y tobago por los steel drums | TT
banda-municipal | alexa capital de inglaterra por los beatles | GB-ENG
monitores-campamento | alexa para la gymkana la capital de kenia | KE
monitores-campamento | alexa chavales escuchad la capital de uganda | UG
monitores-campamento | alexa capital de tanzania | TZ
monitores-campamento | alexa capital de zambia | ZM
monitores-campamento | alexa capital de zimbabue | ZW
monitores-campamento | alexa capital de botsuana | BW
monitores-campamento | alexa capital de namibia | NA
monitores-campamento | alexa capital de mozambique | MZ
monitores-campamento | alexa capital de malaui | MW
monitores-campamento | alexa pon la canción del campamento | FB
monitores-campamento | alexa chavales la capital de angola | AO
monitores-campamento | alexa capital de sudáfrica las tres | ZA
monitores-campamento | alexa capital de etiopía para la prueba del tesoro | ET
monitores-campamento | alexa capital de comoras | KM
monitores-campamento | alexa capital de seychelles | SC
monitores-campamento | alexa capital de mauricio | MU
guias-museo | alexa capital de países bajos que la sala de rembrandt | NL
guias-museo | alexa capital de bélgica por rubens | BE
guias-museo | alexa capital de italia que preguntan por tiziano | IT
guias-museo | alexa capital de flandes | FB
guias-museo | alexa capital de grecia por el greco | GR
guias-museo | alexa capital de japón que el grupo es japonés | JP
guias-museo | alexa capital de corea del sur que viene un grupo coreano | KR
guias-museo | alexa capital de china que los del grupo son chinos | CN
guias-museo | alexa a qué hora cierra el museo | FB
guias-museo | alexa capital de taiwán que son de taipéi o qué | TW
guias-museo | alexa capital de singapur | SG
guias-museo | alexa capital de méxico que el grupo es mexicano | MX
guias-museo | alexa capital de estados unidos que vienen unos de texas | US
guias-museo | alexa capital de canadá | CA
cartero-rural | alexa capital de portugal que llevo una carta para allí | PT
cartero-rural | alexa capital de suiza que la señora tiene el hijo allí | CH
cartero-rural | alexa capital de francia que la carta viene de allí | FR
cartero-rural | alexa capital de venezuela que esta carta viene de caracas | VE
cartero-rural | alexa capital de uruguay | UY
cartero-rural | alexa capital de argentina que la abuela recibe carta de allí | AR
cartero-rural | alexa capital de brasil que viene un paquete | BR
cartero-rural | alexa cuánto cuesta un sello para américa | FB
cartero-rural | alexa capital de galicia | FB
cartero-rural | alexa capital de reino unido | GB
cartero-rural | alexa capital de irlanda que el nieto está allí de erasmus | IE
cartero-rural | alexa capital de estados unidos que el paquete va a washington | US
cartero-rural | alexa capital de la república dominicana | DO
cartero-rural | alexa capital de panamá | PA
cartero-rural | alexa capital de bolivia que la carta es para sucre | BO
jardineros-golf | alexa capital de arizona que aquí estamos trabajando | US-AZ | es-US
jardineros-golf | alexa capital de nevada | US-NV | es-US
jardineros-golf | alexa capital de colorado | US-CO | es-US
jardineros-golf | alexa capital de escocia donde inventaron el golf | GB-SCT | es-US
jardineros-golf | alexa capital de irlanda del norte que ganó un golfista de allá | GB-NIR | es-US
jardineros-golf | alexa capital de sudáfrica que el golfista es de allá | ZA | es-US
jardineros-golf | alexa a cuántos grados vamos a estar hoy | FB | es-US
jardineros-golf | alexa capital de corea del sur que las golfistas son de allá | KR | es-US
jardineros-golf | alexa capital de japón | JP | es-US
jardineros-golf | alexa capital de tailandia | TH | es-US
jardineros-golf | alexa capital de suecia | SE | es-US
jardineros-golf | alexa capital de chihuahua que de ahí es el superintendente | MX-CHH | es-US
jardineros-golf | alexa capital de sinaloa | MX-SIN | es-US
jardineros-golf | alexa capital de nuevo méxico que el otro campo está allá | US-NM | es-US
cocineros-sushi | alexa capital de japón que el chef es de allá | JP | es-US
cocineros-sushi | alexa capital de washington el estado | US-WA | es-US
cocineros-sushi | alexa capital de oregón | US-OR | es-US
cocineros-sushi | alexa capital de alaska | US-AK | es-US
cocineros-sushi | alexa capital de idaho | US-ID | es-US
cocineros-sushi | alexa capital de montana | US-MT | es-US
cocineros-sushi | alexa capital de noruega que de allá viene el salmón | NO | es-US
cocineros-sushi | alexa capital de chile que también traen salmón | CL | es-US
cocineros-sushi | alexa ponme una playlist de cumbia | FB | es-US
cocineros-sushi | alexa capital de nayarit | MX-NAY | es-US
cocineros-sushi | alexa capital de columbia británica | CA-BC | es-US
cocineros-sushi | alexa capital de corea del norte | KP | es-US
cocineros-sushi | alexa capital de mongolia | MN | es-US
cocineros-sushi | alexa capital de filipinas que el lavaplatos es filipino | PH | es-US
limpieza-huracanes | alexa capital de luisiana baton rouge | US-LA | es-US
limpieza-huracanes | alexa capital de texas austin o houston | US-TX | es-US
limpieza-huracanes | alexa capital de arkansas | US-AR | es-US
limpieza-huracanes | alexa capital de oklahoma | US-OK | es-US
limpieza-huracanes | alexa capital de misuri | US-MO | es-US
limpieza-huracanes | alexa dónde va el huracán | FB | es-US
limpieza-huracanes | alexa capital de honduras que el jefe de cuadrilla es catracho | HN | es-US
limpieza-huracanes | alexa capital de haití que el nuevo de la cuadrilla es haitiano | HT | es-US
limpieza-huracanes | alexa capital de dominica que también le pegó un huracán | DM | es-US
limpieza-huracanes | alexa capital de granada la isla | GD | es-US
limpieza-huracanes | alexa capital de san vicente y las granadinas | VC | es-US
limpieza-huracanes | alexa capital de santa lucía | LC | es-US
limpieza-huracanes | alexa capital de antigua y barbuda | AG | es-US
limpieza-huracanes | alexa capital de san cristóbal y nieves | KN | es-US
limpieza-huracanes | alexa capital de las islas vírgenes | VI | es-US
futbol-femenil-prepa | alexa capital de utah for the quiz | US-UT | es-US
futbol-femenil-prepa | alexa coach asked cuál es la capital de canadá | CA | es-US
futbol-femenil-prepa | alexa capital de estados unidos para la tarea de civics | US | es-US
futbol-femenil-prepa | alexa capital de españa que ganaron el mundial femenil | ES | es-US
futbol-femenil-prepa | alexa capital de inglaterra que juegan las lionesses | GB-ENG | es-US
futbol-femenil-prepa | alexa capital de suecia que nos ganó suecia | SE | es-US
futbol-femenil-prepa | alexa capital de nigeria por las super falcons | NG | es-US
futbol-femenil-prepa | alexa capital de zambia que tienen una delantera buenísima | ZM | es-US
futbol-femenil-prepa | alexa capital de haití que calificaron | HT | es-US
futbol-femenil-prepa | alexa capital de jamaica la de las reggae girlz | JM | es-US
futbol-femenil-prepa | alexa cuándo es el próximo partido | FB | es-US
futbol-femenil-prepa | alexa capital de nueva zelanda donde fue el mundial | NZ | es-US
futbol-femenil-prepa | alexa capital de wyoming | US-WY | es-US
futbol-femenil-prepa | alexa capital de nevada for my homework | US-NV | es-US
futbol-femenil-prepa | alexa capital de marruecos | MA | es-US
launch | alexa abre capitales del mundo que vamos a echar una partida en el txoko | LAUNCH
launch | alexa venga abre capitales del mundo que los chavales del campamento quieren jugar | LAUNCH
launch | alexa ponnos capitales del mundo mientras se hace la cena | LAUNCH
launch | alexa abre capitales del mundo para la señora del tercero | LAUNCH
launch | alexa oye hija abre eso de capitales del mundo | LAUNCH
launch | alexa inicia capitales del mundo que estamos en la gasolinera sin clientes | LAUNCH
launch | alexa arráncame capitales del mundo para la banda | LAUNCH
launch | alexa a ver abre capitales del mundo que hoy pregunto yo | LAUNCH
launch | alexa quiero abrir capitales del mundo otra vez | LAUNCH
launch | alexa ábrenos capitales del mundo que estamos regando | LAUNCH
launch | alexa pon el juego ese de capitales del mundo que le gusta a mi nieta | LAUNCH
launch | alexa abre capitales del mundo en español | LAUNCH
launch | alexa ábreme capitales del mundo que no me puedo dormir | LAUNCH | es-MX
launch | alexa ábrele tantito a capitales del mundo | LAUNCH | es-MX
launch | alexa ponle capitales del mundo para los del ballet | LAUNCH | es-MX
launch | alexa abre capitales del mundo mi rey | LAUNCH | es-MX
launch | alexa vamos a jugarle a capitales del mundo compa | LAUNCH | es-MX
launch | alexa inicia capitales del mundo que ya acabamos el rondín | LAUNCH | es-MX
launch | alexa prende lo de capitales del mundo porfa | LAUNCH | es-MX
launch | alexa abre capitales del mundo que llegaron los turistas | LAUNCH | es-MX
launch | alexa quiero entrar a capitales del mundo | LAUNCH | es-MX
launch | alexa open the skill capitales del mundo | LAUNCH | es-US
launch | alexa abre capitales del mundo for the kids at storytime | LAUNCH | es-US
launch | alexa start the capitales del mundo game | LAUNCH | es-US
launch | alexa ábreme capitales del mundo que estamos en break | LAUNCH | es-US
launch | alexa inicia la skill de capitales del mundo please | LAUNCH | es-US
launch | alexa abre capitales del mundo que el equipo quiere practicar | LAUNCH | es-US
launch | alexa launch capitales del mundo | LAUNCH | es-US
launch | alexa pon capitales del mundo en el cuarto de los niños | LAUNCH | es-US
launch | alexa abre capitales del mundo que vamos a estudiar para el test | LAUNCH | es-US
launch | alexa let's play capitales del mundo | LAUNCH | es-US
cancel | alexa cancela eso que se me ha colado el chaval | CANCEL
cancel | alexa no no no cancela que no era esa | CANCEL
cancel | alexa cancela que me he liado | CANCEL
cancel | alexa anúlalo que lo pregunto luego | CANCEL
cancel | alexa cancela la capital esa | CANCEL
cancel | alexa mejor cancela y ya está | CANCEL
cancel | alexa cancela que te ha preguntado el perro | CANCEL
cancel | alexa cancela cancela | CANCEL
cancel | alexa cancélalo compa | CANCEL | es-MX
cancel | alexa ya cancela eso mi rey | CANCEL | es-MX
cancel | alexa cancela que me equivoqué de país | CANCEL | es-MX
cancel | alexa cancela eso no era para ti | CANCEL | es-MX
cancel | alexa ándale cancela | CANCEL | es-MX
cancel | alexa cancel that digo cancélalo | CANCEL | es-US
cancel | alexa cancela que los kids están jugando con el aparato | CANCEL | es-US
cancel | alexa cancela eso que me confundí | CANCEL | es-US
cancel | alexa forget it cancela | CANCEL | es-US
cancel | alexa cancela la pregunta de la coach | CANCEL | es-US
stop | alexa para que viene el jefe | STOP
stop | alexa apágate ya que nos vamos a la cama | STOP
stop | alexa para de una vez mujer | STOP
stop | alexa calla que no me dejas oír la radio | STOP
stop | alexa detén el juego de capitales | STOP
stop | alexa para que se acaba el descanso | STOP
stop | alexa ya basta de capitales por hoy | STOP
stop | alexa ya párale compa | STOP | es-MX
stop | alexa ya cállate mi reina | STOP | es-MX
stop | alexa detén las capitales que ya me voy | STOP | es-MX
stop | alexa ya le paramos aquí | STOP | es-MX
stop | alexa sal de capitales del mundo | STOP | es-MX
stop | alexa stop que viene el supervisor | STOP | es-US
stop | alexa ya shut up digo cállate | STOP | es-US
stop | alexa para que ya se acabó la práctica | STOP | es-US
stop | alexa stop the game | STOP | es-US
stop | alexa ciérrate ya | STOP | es-US
help | alexa no sé usar lo de capitales me ayudas | HELP
help | alexa qué le tengo que decir al juego este | HELP
help | alexa explícale a la abuela cómo funciona | HELP
help | alexa ayúdame con lo de las capitales mi rey | HELP | es-MX
help | alexa cómo se juega capitales del mundo | HELP | es-MX
help | alexa help me con capitales del mundo | HELP | es-US
help | alexa cómo le pregunto las capitales a esta cosa | HELP | es-US
subdivision | alexa capital de nueva gales del sur | AU-NSW
subdivision | alexa capital de victoria en australia | AU-VIC
subdivision | alexa capital de australia occidental | AU-WA
subdivision | alexa capital de queensland | AU-QLD
subdivision | alexa capital de la isla del príncipe eduardo | CA-PE
subdivision | alexa capital de nueva escocia | CA-NS
subdivision | alexa capital del yukón | CA-YT
subdivision | alexa capital de nunavut | CA-NU
subdivision | alexa capital de renania del norte-westfalia | DE-NW
subdivision | alexa capital de baja sajonia | DE-NI
subdivision | alexa capital de turingia | DE-TH
subdivision | alexa capital del algarve | FB
subdivision | alexa capital de la lombardía | FB
subdivision | alexa capital de bretaña | FB
subdivision | alexa capital de minas gerais | BR-MG
subdivision | alexa capital de bahía en brasil | BR-BA
subdivision | alexa capital de kerala | IN-KL
subdivision | alexa capital de tamil nadu | IN-TN
subdivision | alexa capital de rajastán | IN-RJ
subdivision | alexa capital de sinaloa para la tarea | MX-SIN | es-MX
subdivision | alexa capital del estado de durango | MX-DUR | es-MX
subdivision | alexa capital de tabasco la de villahermosa | MX-TAB | es-MX
subdivision | alexa capital del estado de zacatecas | MX-ZAC | es-MX
subdivision | alexa capital del estado de hidalgo | MX-HID | es-MX
subdivision | alexa capital de la ciudad de méxico | FB | es-MX
subdivision | alexa capital de la provincia de córdoba argentina | FB | es-MX
subdivision | alexa capital de alberta | CA-AB | es-MX
subdivision | alexa capital del estado de yucatán | MX-YUC | es-MX
subdivision | alexa capital de dakota del norte | US-ND | es-US
subdivision | alexa capital de dakota del sur | US-SD | es-US
subdivision | alexa capital de nuevo hampshire | US-NH | es-US
subdivision | alexa capital de vermont | US-VT | es-US
subdivision | alexa capital de rhode island | US-RI | es-US
subdivision | alexa capital de virginia occidental | US-WV | es-US
subdivision | alexa capital de pensilvania | US-PA | es-US
subdivision | alexa capital de massachusetts | US-MA | es-US
subdivision | alexa capital de guam | GU | es-US
subdivision | alexa capital de el estado de lara en venezuela | FB | es-US
subdivision | alexa capital de la provincia de guayas | FB | es-US
official-name | alexa capital de la república francesa | FR
official-name | alexa capital del reino de españa | ES
official-name | alexa capital de la república italiana | IT
official-name | alexa capital del reino unido de gran bretaña e irlanda del norte | GB
official-name | alexa capital de la república árabe de egipto | EG
official-name | alexa capital de la república federativa del brasil | BR | es-MX
official-name | alexa capital de la república argentina | AR | es-MX
official-name | alexa capital de la república de guatemala | GT | es-MX
official-name | alexa capital de la república de honduras | HN | es-US
official-name | alexa capital de los estados unidos de américa | US | es-US
official-name | alexa capital de la república de el salvador | SV | es-US
shared-name | alexa capital de guinea la de conakry | GN
shared-name | alexa capital de la otra guinea la de bisáu | GW
shared-name | alexa capital de corea la del norte | KP
shared-name | alexa capital de corea la del sur | KR | es-MX
shared-name | alexa capital del congo el de la capital brazzaville | CG | es-US
shared-name | alexa capital de georgia donde está atlanta | US-GA | es-US
shared-name | alexa capital de virginia la de richmond | US-VA | es-US
shared-name | alexa capital de san martín la isla | MF
shared-name | alexa capital de granada el país del caribe | GD
shared-name | alexa capital de sudán el del sur | SS | es-MX
shared-name | alexa cuáles son las capitales de las dos coreas la de arriba y la de abajo | KP+KR | es-ES
shared-name | alexa oye dime las capitales de los congos el grande y el chico | CD+CG | es-ES
shared-name | alexa y los dos sudanes qué capitales tienen cada uno | SD+SS | es-ES
shared-name | alexa a ver las tres guineas cuáles son sus capitales | GN+GQ+GW | es-MX
shared-name | alexa mi hijo pregunta las capitales de corea del norte y la del sur juntas | KP+KR | es-MX
shared-name | alexa dime las capitales de las dos carolinas por favor | US-NC+US-SC | es-MX
shared-name | alexa las capitales de las dakotas la del norte y la del sur | US-ND+US-SD | es-US
shared-name | alexa cuáles son las capitales de los dos congos el de kinshasa y el otro | CD+CG | es-US
plural-capitals | alexa y las dos capitales de bolivia cuáles eran que lo olvido siempre | BO
plural-capitals | alexa malasia tiene dos capitales kuala lumpur y cuál | MY
plural-capitals | alexa sudáfrica pretoria y qué otras dos capitales | ZA | es-MX
plural-capitals | alexa holanda ámsterdam y la haya las dos son capitales | NL | es-MX
plural-capitals | alexa las capitales de benín portonovo y cuál más | BJ | es-US
plural-capitals | alexa costa de marfil tiene dos capitales no | CI | es-US
plural-capitals | alexa cuáles son las dos capitales de sri lanka para el examen | LK
plural-capitals | alexa esuatini tiene dos capitales cuáles son | SZ | es-US
plural-capitals | alexa bolivia capitales sucre y la paz | BO | es-US
plural-capitals | alexa cuáles son las capitales de la república de sudáfrica | ZA
plural-capitals | alexa las capitales de malasia para la tarea | MY | es-MX
plural-capitals | alexa dime las dos capitales de países bajos | NL
interpretes-corte | alexa capital de pakistán para el acta | PK | es-US
interpretes-corte | alexa capital de bangladés que el acusado habla bengalí | BD | es-US
interpretes-corte | alexa capital de sudán para el expediente de asilo | SD | es-US
interpretes-corte | alexa capital de sudán del sur para el otro caso | SS | es-US
interpretes-corte | alexa capital de mali para la audiencia de las dos | ML | es-US
interpretes-corte | alexa capital de níger que el testigo dice que es de allá | NE | es-US
interpretes-corte | alexa capital de burkina faso para el juez | BF | es-US
estudiantes-cameruneses | alexa capital de ghana mon frère | GH
estudiantes-cameruneses | alexa capital de mali que mi compañero de piso es maliense | ML
estudiantes-cameruneses | alexa capital de sudán que hay un chico sudanés en clase | SD
estudiantes-cameruneses | alexa capital de santo tomé y príncipe c'est quoi | ST
guias-museo | alexa capital de pakistán que viene un grupo de lahore | PK
guias-museo | alexa capital de camboya por la sala de arte asiático | KH
guias-museo | alexa capital de laos que pregunta un visitante | LA
guias-museo | alexa capital de bután que lo preguntan en la tienda | BT
guias-museo | alexa capital de brunéi para una visitante | BN
guias-museo | alexa capital de maldivas | MV
guias-museo | alexa capital de timor oriental que era portugués | TL
monitores-campamento | alexa capital de fiyi para la prueba | FJ
monitores-campamento | alexa capital de papúa nueva guinea chavales | PG
monitores-campamento | alexa capital de las islas salomón | SB
monitores-campamento | alexa capital de vanuatu | VU
monitores-campamento | alexa capital de tonga | TO
monitores-campamento | alexa capital de tuvalu que se hunde dicen | TV
monitores-campamento | alexa capital de kiribati | KI
monitores-campamento | alexa capital de nauru el país más pequeño | NR
monitores-campamento | alexa capital de palaos | PW
monitores-campamento | alexa capital de las islas marshall | MH
monitores-campamento | alexa capital de micronesia | FM
limpieza-huracanes | alexa capital de barbados que el ingeniero es bajan | BB | es-US
limpieza-huracanes | alexa capital de san vicente | VC | es-US
limpieza-huracanes | alexa capital de kuwait que el dueño de la compañía es de allá | KW | es-US
limpieza-huracanes | alexa capital de comoras que allá también pegan ciclones | KM | es-US
cartero-rural | alexa capital de reino unido que viene un paquete de londres | GB
cartero-rural | alexa capital de gran bretaña | GB
limpieza-huracanes | alexa capital de antigua y barbuda que el camión es de una compañía de allá | AG | es-US
limpieza-huracanes | alexa capital de granada la del caribe no la de españa | GD | es-US
limpieza-huracanes | alexa la capital de san cristóbal y nieves pues | KN | es-US
limpieza-huracanes | alexa capital de santa lucía que el señor de la grúa es de allá | LC | es-US
monitores-campamento | alexa chavales callad que pregunto la capital de las islas marshall | MH
monitores-campamento | alexa para la gymkana cuál es la capital de palaos | PW
monitores-campamento | alexa la capital de tonga para el equipo azul | TO
peluqueria-canina | alexa mientras baño al caniche dime la capital de francia | FR
peluqueria-canina | alexa capital de alemania que este es un pastor alemán | DE
peluqueria-canina | alexa capital de malta que el perro es un bichón maltés | MT
peluqueria-canina | alexa capital de china que el shar pei es chino | CN
peluqueria-canina | alexa capital de afganistán por el galgo afgano | AF
peluqueria-canina | alexa capital de japón que el akita es japonés | JP
peluqueria-canina | alexa capital de méxico por el chihuahua de la clienta | MX
peluqueria-canina | alexa capital de dinamarca por el gran danés | DK
peluqueria-canina | alexa capital de croacia por el dálmata | HR
peluqueria-canina | alexa capital de escocia por el westie | GB-SCT
peluqueria-canina | alexa capital de gales por el corgi | GB-WLS
peluqueria-canina | alexa capital de tíbet por el lhasa apso | FB
peluqueria-canina | alexa capital de rusia por el galgo ruso | RU
peluqueria-canina | alexa capital de portugal por el perro de agua | PT
peluqueria-canina | alexa capital de hungría por el vizsla | HU
peluqueria-canina | alexa pon el secador en media hora | FB
peluqueria-canina | alexa capital de bélgica que este es un pastor belga | BE
peluqueria-canina | alexa capital de terranova por el perro terranova | CA-NL
peluqueria-canina | alexa capital de cuba por el bichón habanero | CU
cofradia-pescadores-cantabria | alexa oye la capital de islandia que allí pescan bacalao | IS
cofradia-pescadores-cantabria | alexa capital de noruega que los barcos van para allá | NO
cofradia-pescadores-cantabria | alexa capital de las feroe que allí paramos una vez | FO
cofradia-pescadores-cantabria | alexa capital de irlanda que pescamos cerca de sus aguas | IE
cofradia-pescadores-cantabria | alexa cómo está la mar mañana en santoña | FB
cofradia-pescadores-cantabria | alexa capital de mauritania que allí va la flota | MR
cofradia-pescadores-cantabria | alexa capital de senegal donde faenaba mi tío | SN
cofradia-pescadores-cantabria | alexa capital de namibia que allí hay merluza | NA
cofradia-pescadores-cantabria | alexa capital de las malvinas que allí se pesca calamar | FK
cofradia-pescadores-cantabria | alexa capital de terranova y labrador | CA-NL
cofradia-pescadores-cantabria | alexa capital de groenlandia que allí pescan gamba | GL
cofradia-pescadores-cantabria | alexa capital de seychelles donde van los atuneros | SC
cofradia-pescadores-cantabria | alexa la capital de cantabria | FB
cofradia-pescadores-cantabria | alexa capital de guinea-bisáu | GW
cofradia-pescadores-cantabria | alexa capital de cabo verde que allí hace escala | CV
cofradia-pescadores-cantabria | alexa capital de la isla de man | IM
cofradia-pescadores-cantabria | alexa capital de guernesey | GG
cofradia-pescadores-cantabria | alexa capital de jersey | JE
opositores-bombero | alexa en el descanso del gimnasio la capital de estonia | EE
opositores-bombero | alexa para el test de cultura general la capital de letonia | LV
opositores-bombero | alexa capital de lituania para el temario | LT
opositores-bombero | alexa capital de chipre para el test | CY
opositores-bombero | alexa capital de eslovenia pregunta del examen | SI
opositores-bombero | alexa cuántas flexiones tengo que hacer para aprobar | FB
opositores-bombero | alexa capital de luxemburgo para el tema de la unión europea | LU
opositores-bombero | alexa capital de la unión europea | FB
opositores-bombero | alexa capital de bélgica que es la de europa | BE
opositores-bombero | alexa capital de montenegro que sale en el test | ME
opositores-bombero | alexa capital de bosnia y herzegovina para el examen | BA
opositores-bombero | alexa capital de moldavia que nunca me acuerdo | MD
opositores-bombero | alexa capital de kosovo es país o no | XK
opositores-bombero | alexa capital de armenia la de ereván | AM
opositores-bombero | alexa capital de azerbaiyán bakú verdad | AZ
opositores-bombero | alexa capital de georgia el país del cáucaso | GE
opositores-bombero | alexa cuántos metros de cuerda tengo que subir | FB
viticultores-jerez | alexa capital de inglaterra que allí se bebe el fino | GB-ENG
viticultores-jerez | alexa capital de los países bajos que es cliente de la bodega | NL
viticultores-jerez | alexa capital de alemania que el importador es alemán | DE
viticultores-jerez | alexa capital de japón que nos compran amontillado | JP
viticultores-jerez | alexa capital de dinamarca que viene un sumiller danés | DK
viticultores-jerez | alexa capital de chile que allí también hacen vino | CL
viticultores-jerez | alexa capital de sudáfrica que hacen vino en el cabo | ZA
viticultores-jerez | alexa capital de nueva zelanda por el sauvignon | NZ
viticultores-jerez | alexa capital de moldavia que tiene bodegas enormes | MD
viticultores-jerez | alexa a cuántos grados se sirve el fino | FB
viticultores-jerez | alexa capital de la rioja | FB
viticultores-jerez | alexa capital de georgia que allí fermentan en tinajas | GE
viticultores-jerez | alexa capital de uruguay por el tannat | UY
viticultores-jerez | alexa capital de argentina por el malbec | AR
viticultores-jerez | alexa capital de china que quieren abrir mercado | CN
viticultores-jerez | alexa capital de australia que también exportan | AU
sembradores-nopal | alexa joven cuál es la capital de israel que de allá vino el ingeniero del riego | IL | es-MX
sembradores-nopal | alexa capital de marruecos que allá también hay nopal | MA | es-MX
sembradores-nopal | alexa capital de túnez que dicen que comen tuna | TN | es-MX
sembradores-nopal | alexa capital de etiopía que tienen nopales | ET | es-MX
sembradores-nopal | alexa capital de sudáfrica porque llevaron nopal allá | ZA | es-MX
sembradores-nopal | alexa capital de madagascar que ahí también se dio | MG | es-MX
sembradores-nopal | alexa capital de eritrea que allá le dicen beles al nopal | ER | es-MX
sembradores-nopal | alexa cuándo va a llover en milpa alta | FB | es-MX
sembradores-nopal | alexa capital de italia que en sicilia hay tunas | IT | es-MX
sembradores-nopal | alexa capital de chile que también siembran tuna | CL | es-MX
sembradores-nopal | alexa capital de perú que hacen grana cochinilla | PE | es-MX
sembradores-nopal | alexa capital de bolivia mijo | BO | es-MX
sembradores-nopal | alexa a cómo está el kilo de nopal en la central | FB | es-MX
sembradores-nopal | alexa capital de argelia que allá se da el nopal | DZ | es-MX
sembradores-nopal | alexa capital de la ciudad de méxico pues | FB | es-MX
luchadores-amateur | alexa ahorita en el gimnasio cuál es la capital de mongolia | MN | es-MX
luchadores-amateur | alexa capital de irán que son buenos en la lucha | IR | es-MX
luchadores-amateur | alexa capital de turquía que ganó el oro | TR | es-MX
luchadores-amateur | alexa capital de georgia que los georgianos son bien fuertes | GE | es-MX
luchadores-amateur | alexa capital de azerbaiyán | AZ | es-MX
luchadores-amateur | alexa capital de kazajistán que vienen al torneo | KZ | es-MX
luchadores-amateur | alexa capital de uzbekistán que el rival es uzbeko | UZ | es-MX
luchadores-amateur | alexa capital de cuba que traen al entrenador | CU | es-MX
luchadores-amateur | alexa capital de japón para el torneo | JP | es-MX
luchadores-amateur | alexa cuántos kilos tengo que bajar para pesar | FB | es-MX
luchadores-amateur | alexa capital de rusia que ya no compiten | RU | es-MX
luchadores-amateur | alexa capital de bulgaria que tienen buena escuela | BG | es-MX
luchadores-amateur | alexa capital de corea del norte que ganó en las olimpiadas | KP | es-MX
luchadores-amateur | alexa capital de india que vienen luchadores | IN | es-MX
luchadores-amateur | alexa capital de armenia que el rival es armenio | AM | es-MX
luchadores-amateur | alexa capital de puerto rico que nos toca contra ellos | PR | es-MX
choferes-pipa | alexa oiga cuál es la capital de san luis potosí que para allá voy | MX-SLP | es-MX
choferes-pipa | alexa capital de querétaro que ahí cargo | MX-QUE | es-MX
choferes-pipa | alexa capital de tlaxcala que sí existe | MX-TLA | es-MX
choferes-pipa | alexa capital del estado de morelos que tengo entrega | MX-MOR | es-MX
choferes-pipa | alexa capital de guerrero la de chilpancingo verdad | MX-GRO | es-MX
choferes-pipa | alexa capital de colima que voy al puerto | MX-COL | es-MX
choferes-pipa | alexa capital de nayarit de pasada | MX-NAY | es-MX
choferes-pipa | alexa capital de baja california sur la de la paz | MX-BCS | es-MX
choferes-pipa | alexa cuánto tráfico hay en la méxico querétaro | FB | es-MX
choferes-pipa | alexa capital de tamaulipas la de ciudad victoria | MX-TAM | es-MX
choferes-pipa | alexa capital de coahuila que me mandaron a saltillo | MX-COA | es-MX
choferes-pipa | alexa capital de oaxaca la ciudad | MX-OAX | es-MX
choferes-pipa | alexa capital de michoacán que voy a morelia | MX-MIC | es-MX
choferes-pipa | alexa capital de campeche el estado | MX-CAM | es-MX
choferes-pipa | alexa capital de aguascalientes de camino | MX-AGU | es-MX
choferes-pipa | alexa capital de veracruz que no es el puerto | MX-VER | es-MX
self-correction | alexa capital de sonora no perdón de sinaloa | MX-SIN | es-MX
self-correction | alexa la capital de corea del sur no de la del norte | KP | es-MX
self-correction | alexa capital de costa rica no espera de puerto rico | PR | es-MX
self-correction | alexa capital de nigeria no níger | NE
self-correction | alexa capital del congo de brazzaville ay no el de kinshasa | CD
self-correction | alexa la capital de palestina digo de pakistán | PK | es-US
self-correction | alexa capital de malasia no mejor indonesia | ID | es-US
yes-no-check | alexa es bruselas la capital de bélgica | BE
yes-no-check | alexa la capital de palestina es jerusalén este o no | PS | es-MX
yes-no-check | alexa seúl es la capital de corea del sur verdad que sí | KR | es-US
yes-no-check | alexa la capital de sudáfrica es johannesburgo | ZA | es-US
yes-no-check | alexa es kinshasa la capital del congo grande | CD | es-MX
yes-no-check | alexa es brazzaville capital de la república del congo | CG
reverse-question | alexa ramala es capital de qué | CITY:Ramala
reverse-question | alexa de qué país es la capital pionyang | CITY:Pyongyang | es-US
reverse-question | alexa seúl es capital de qué país | CITY:Seúl | es-MX
reverse-question | alexa putrajaya de qué país es capital | CITY:Putrajaya
reverse-question | alexa la haya es capital de qué país | CITY:La Haya | es-MX
reverse-question | alexa bloemfontein es capital de qué | CITY:Bloemfontein | es-US
reverse-question | alexa sucre es capital de dónde | CITY:Sucre
tienda-celulares | alexa el cliente quiere mandar recarga a honduras cuál es la capital | HN | es-US
tienda-celulares | alexa capital de guatemala que el cliente va a mandar un envío | GT | es-US
tienda-celulares | alexa capital de el salvador para el formulario del envío | SV | es-US
tienda-celulares | alexa capital de nicaragua para la transferencia | NI | es-US
tienda-celulares | alexa capital de colombia que pide la dirección | CO | es-US
tienda-celulares | alexa capital de ecuador que la señora no sabe | EC | es-US
tienda-celulares | alexa capital de perú para el paquete | PE | es-US
tienda-celulares | alexa cuánto cobra western union a méxico | FB | es-US
tienda-celulares | alexa capital de venezuela para la recarga | VE | es-US
tienda-celulares | alexa capital de república dominicana que el cliente es de santiago | DO | es-US
tienda-celulares | alexa capital de haití que el señor quiere llamar para allá | HT | es-US
tienda-celulares | alexa capital de brasil para el chip internacional | BR | es-US
tienda-celulares | alexa capital de la india que el cliente quiere un plan para allá | IN | es-US
tienda-celulares | alexa capital de nigeria para la llamada internacional | NG | es-US
tienda-celulares | alexa capital de ghana que el muchacho es de allá | GH | es-US
tienda-celulares | alexa capital de jamaica para el plan del caribe | JM | es-US
tienda-celulares | alexa capital de cuba que ahora se puede recargar | CU | es-US
tienda-celulares | alexa qué plan tiene datos ilimitados | FB | es-US
choferes-bus-escolar-rural | alexa capital de kansas que la ruta es larga | US-KS | es-US
choferes-bus-escolar-rural | alexa capital de nebraska for the kids in the back | US-NE | es-US
choferes-bus-escolar-rural | alexa capital de iowa que los niños preguntan | US-IA | es-US
choferes-bus-escolar-rural | alexa capital de minnesota | US-MN | es-US
choferes-bus-escolar-rural | alexa capital de wisconsin que el niño dice que es milwaukee | US-WI | es-US
choferes-bus-escolar-rural | alexa capital de michigan | US-MI | es-US
choferes-bus-escolar-rural | alexa capital de indiana que ahí vive mi cuñada | US-IN | es-US
choferes-bus-escolar-rural | alexa capital de ohio que los niños dicen cleveland | US-OH | es-US
choferes-bus-escolar-rural | alexa va a haber nieve mañana | FB | es-US
choferes-bus-escolar-rural | alexa capital de maine la de augusta | US-ME | es-US
choferes-bus-escolar-rural | alexa capital de maryland | US-MD | es-US
choferes-bus-escolar-rural | alexa capital de delaware for the kids | US-DE | es-US
choferes-bus-escolar-rural | alexa capital de nueva jersey | US-NJ | es-US
choferes-bus-escolar-rural | alexa capital de connecticut | US-CT | es-US
choferes-bus-escolar-rural | alexa capital de hawái que la niña se va de vacaciones | US-HI | es-US
choferes-bus-escolar-rural | alexa capital de tennessee la de nashville | US-TN | es-US
choferes-bus-escolar-rural | alexa capital de oklahoma la ciudad | US-OK | es-US
lavanderia-hotel | alexa capital de francia que los huéspedes son franceses | FR | es-US
lavanderia-hotel | alexa capital de alemania que dejaron una nota en alemán | DE | es-US
lavanderia-hotel | alexa capital de israel que el del cuarto doscientos es de allá | IL | es-US
lavanderia-hotel | alexa capital de arabia saudita que vino un jeque | SA | es-US
lavanderia-hotel | alexa capital de los emiratos árabes para la suite | AE | es-US
lavanderia-hotel | alexa capital de italia que se quejaron de las toallas | IT | es-US
lavanderia-hotel | alexa capital de brasil que vino un equipo brasileño | BR | es-US
lavanderia-hotel | alexa a qué hora es mi break | FB | es-US
lavanderia-hotel | alexa capital de china que el grupo de turistas es chino | CN | es-US
lavanderia-hotel | alexa capital de rusia que dejaron propina en rublos | RU | es-US
lavanderia-hotel | alexa capital de australia que la huésped es australiana | AU | es-US
lavanderia-hotel | alexa capital de kenia que vino un corredor | KE | es-US
lavanderia-hotel | alexa capital de corea del sur que vino un grupo de k-pop | KR | es-US
lavanderia-hotel | alexa capital de catar que vienen por el torneo de golf | QA | es-US
lavanderia-hotel | alexa capital de irlanda que dejaron una camiseta verde | IE | es-US
abuelos-recien-llegados-utah | alexa mijo dice que aquí la capital es salt lake city es verdad | US-UT | es-US
abuelos-recien-llegados-utah | alexa cuál es la capital de este país estados unidos | US | es-US
abuelos-recien-llegados-utah | alexa la capital de perú de donde vengo | PE | es-US
abuelos-recien-llegados-utah | alexa la capital de chile que allá nací | CL | es-US
abuelos-recien-llegados-utah | alexa capital de argentina que mi hermana vive allá | AR | es-US
abuelos-recien-llegados-utah | alexa capital de idaho que allá trabaja mi yerno | US-ID | es-US
abuelos-recien-llegados-utah | alexa capital de wyoming que pasamos por ahí | US-WY | es-US
abuelos-recien-llegados-utah | alexa qué hora es en lima | FB | es-US
abuelos-recien-llegados-utah | alexa la capital de bolivia señorita | BO | es-US
abuelos-recien-llegados-utah | alexa capital de paraguay por favor | PY | es-US
abuelos-recien-llegados-utah | alexa capital de uruguay que allá está mi nieto | UY | es-US
abuelos-recien-llegados-utah | alexa capital de ecuador que me preguntó la vecina | EC | es-US
abuelos-recien-llegados-utah | alexa capital de colorado que vamos de paseo | US-CO | es-US
abuelos-recien-llegados-utah | alexa la capital de nevada es las vegas | US-NV | es-US
abuelos-recien-llegados-utah | alexa llama a mi hija por favor | FB | es-US
plural-capitals | alexa my teacher said bolivia has two capitals cuáles son | BO | es-US
plural-capitals | alexa cuáles son las capitales de sudáfrica para el proyecto | ZA | es-US
plural-capitals | alexa los países bajos cuáles son sus dos capitales | NL | es-US
plural-capitals | alexa malasia cuáles son sus capitales kuala lumpur y putrajaya | MY | es-US
plural-capitals | alexa dime las capitales de sri lanka | LK | es-US
plural-capitals | alexa las capitales de costa de marfil para la tarea | CI | es-US
plural-capitals | alexa las capitales de benín para la tarea | BJ | es-US
plural-capitals | alexa cuáles son las capitales de eswatini | SZ | es-US
follow-up | y la de ghana | GH | es-US
follow-up | y kenia | KE | es-US
follow-up | y la de corea del norte pues | KP | es-US
follow-up | y palestina | PS | es-US
follow-up | y la del otro congo | CG | es-US
follow-up | y la de malasia | MY | es-US
follow-up | y bolivia cuál | BO | es-US
follow-up | okay y la de holanda | NL | es-US
out-of-domain | alexa cuál es la capital de texas en población más grande | FB | es-US
out-of-domain | alexa pon selena | FB | es-US
out-of-domain | alexa cuánto es cien dólares en quetzales | FB | es-US
out-of-domain | alexa cuál es la capital de los estados confederados | FB | es-US
out-of-domain | alexa qué temperatura hace en phoenix | FB | es-US
out-of-domain | alexa dime cuál es el océano más grande | FB | es-US
out-of-domain | alexa cuál es la capital de la salsa | FB | es-US
out-of-domain | alexa cuál es la montaña más alta de estados unidos | FB | es-US
out-of-domain | alexa recuérdame pagar la renta el primero | FB | es-US
out-of-domain | alexa cuándo es el día de acción de gracias | FB | es-US
out-of-domain | alexa cuál es la capital del país vasco francés | FB
out-of-domain | alexa cuántos países hay en el mundo | FB
out-of-domain | alexa cuál es la capital de escandinavia | FB
out-of-domain | alexa pon radio nacional | FB
out-of-domain | alexa cuánto dura un vuelo a buenos aires | FB
out-of-domain | alexa cuál es el monte más alto de europa | FB
out-of-domain | alexa cuál es la capital de la provincia de cádiz | FB
out-of-domain | alexa cuántas lenguas se hablan en la india | FB
out-of-domain | alexa cuál es la ciudad más poblada del mundo | FB
out-of-domain | alexa cuál es el himno de francia | FB
out-of-domain | alexa qué país tiene más habitantes | FB
out-of-domain | alexa baja el volumen | FB
out-of-domain | alexa pon el partido del madrid | FB
out-of-domain | alexa cuál es la capital de oriente medio | FB
out-of-domain | alexa cuál es la capital de la ropa vaquera | FB | es-MX
out-of-domain | alexa pon música de banda | FB | es-MX
out-of-domain | alexa cuántos estados tiene méxico | FB | es-MX
out-of-domain | alexa cuál es el volcán más alto de méxico | FB | es-MX
out-of-domain | alexa prende el ventilador | FB | es-MX
out-of-domain | alexa cuál es la capital de norteamérica | FB | es-MX
out-of-domain | alexa cuál es la lengua de brasil | FB | es-MX
out-of-domain | alexa qué tan lejos está guadalajara de aquí | FB | es-MX
out-of-domain | alexa cuál es la capital del caribe | FB | es-MX
out-of-domain | alexa cuándo juega méxico | FB | es-MX
tianguis-de-antiguedades | alexa güero cuál es la capital de yugoslavia que esta moneda es de allá | FB | es-MX
tianguis-de-antiguedades | alexa capital de checoslovaquia por este billete | FB | es-MX
tianguis-de-antiguedades | alexa capital de la unión soviética por la medalla | FB | es-MX
tianguis-de-antiguedades | alexa capital de austria que esta caja de música es austriaca | AT | es-MX
tianguis-de-antiguedades | alexa capital de alemania del este | FB | es-MX
tianguis-de-antiguedades | alexa capital de persia por la alfombra | IR | es-MX
tianguis-de-antiguedades | alexa capital de birmania por la estatuilla | MM | es-MX
tianguis-de-antiguedades | alexa capital de ceilán por el té | LK | es-MX
tianguis-de-antiguedades | alexa capital de siam por esta figura | TH | es-MX
tianguis-de-antiguedades | alexa capital de zaire por la máscara | CD | es-MX
tianguis-de-antiguedades | alexa capital de rodesia | ZW | es-MX
tianguis-de-antiguedades | alexa capital de abisinia | ET | es-MX
tianguis-de-antiguedades | alexa capital de dahomey por esta escultura | BJ | es-MX
tianguis-de-antiguedades | alexa capital de bohemia por el cristal | CZ | es-MX
tianguis-de-antiguedades | alexa capital de holanda por el plato de delft | NL | es-MX
tianguis-de-antiguedades | alexa cuánto vale una moneda de plata de mil ochocientos | FB | es-MX
tianguis-de-antiguedades | alexa capital de formosa por el jarrón | TW | es-MX
enfermeras-geriatricas-puebla | alexa la señora de la cama dos pregunta la capital de españa | ES | es-MX
enfermeras-geriatricas-puebla | alexa capital de francia para don javier | FR | es-MX
enfermeras-geriatricas-puebla | alexa capital de inglaterra que doña lupe vivió allá | GB-ENG | es-MX
enfermeras-geriatricas-puebla | alexa capital de estados unidos que allá están sus hijos | US | es-MX
enfermeras-geriatricas-puebla | alexa capital de california que su nieto vive en los ángeles | US-CA | es-MX
enfermeras-geriatricas-puebla | alexa capital de illinois que sus hijos están en chicago | US-IL | es-MX
enfermeras-geriatricas-puebla | alexa a qué hora le toca la insulina | FB | es-MX
enfermeras-geriatricas-puebla | alexa capital de canadá que don pepe trabajó allá | CA | es-MX
enfermeras-geriatricas-puebla | alexa capital de guatemala para la señora | GT | es-MX
enfermeras-geriatricas-puebla | alexa capital del líbano que don elías es libanés | LB | es-MX
enfermeras-geriatricas-puebla | alexa capital de polonia por el papa | PL | es-MX
enfermeras-geriatricas-puebla | alexa capital del vaticano para doña chelo | VA | es-MX
enfermeras-geriatricas-puebla | alexa capital de israel que doña rosa fue a tierra santa | IL | es-MX
enfermeras-geriatricas-puebla | alexa capital de portugal que por fátima | PT | es-MX
enfermeras-geriatricas-puebla | alexa capital de puebla la de los ángeles | MX-PUE | es-MX
plural-capitals | alexa las capitales de sudáfrica joven | ZA | es-MX
plural-capitals | alexa cuáles son las capitales de bolivia maestra | BO | es-MX
plural-capitals | alexa cuáles son las capitales de los países bajos para el examen | NL | es-MX
plural-capitals | alexa las capitales de sri lanka mijo | LK | es-MX
plural-capitals | alexa todas las capitales de costa de marfil | CI | es-MX
plural-capitals | alexa las capitales de benín que no me las sé | BJ | es-MX
plural-capitals | alexa cuáles son ambas capitales de malasia | MY | es-MX
follow-up | ahora la de corea del sur | KR | es-MX
follow-up | y la de los dos congos el de kinshasa | CD | es-MX
follow-up | y la de sudáfrica | ZA | es-MX
follow-up | y la de palestina pues | PS | es-MX
follow-up | órale y la de holanda | NL | es-MX
cuidadoras-ruanesas-madrid | alexa la capital de ruanda que es mi tierra | RW
cuidadoras-ruanesas-madrid | alexa capital de burundi que allí está mi prima | BI
cuidadoras-ruanesas-madrid | alexa capital de uganda murakoze | UG
cuidadoras-ruanesas-madrid | alexa capital de tanzania para la señora que pregunta | TZ
cuidadoras-ruanesas-madrid | alexa capital de kenia para don antonio | KE
cuidadoras-ruanesas-madrid | alexa capital de la república democrática del congo que está al lado de mi casa | CD
cuidadoras-ruanesas-madrid | alexa capital de bélgica que allí estudió mi hermano | BE
cuidadoras-ruanesas-madrid | alexa capital de sudán del sur que es nuevo ese país | SS
cuidadoras-ruanesas-madrid | alexa recuérdale a la señora la pastilla | FB
cuidadoras-ruanesas-madrid | alexa capital de zambia para el crucigrama de la señora | ZM
cuidadoras-ruanesas-madrid | alexa capital de malaui que la señora quiere saber | MW
cuidadoras-ruanesas-madrid | alexa capital de etiopía que la señora vio las noticias | ET
cuidadoras-ruanesas-madrid | alexa capital de somalia para la señora | SO
cuidadoras-ruanesas-madrid | alexa capital del congo que no es el grande | CG
cuidadoras-ruanesas-madrid | alexa capital de yibuti que no sé cómo se dice | DJ
cuidadoras-ruanesas-madrid | alexa pon música de meddy | FB
taxidermia-y-caza | alexa capital de namibia que el cliente ha cazado allí | NA
taxidermia-y-caza | alexa capital de tanzania por el búfalo del cliente | TZ
taxidermia-y-caza | alexa capital de kirguistán por el íbice | KG
taxidermia-y-caza | alexa capital de tayikistán por el marco polo | TJ
taxidermia-y-caza | alexa capital de botsuana que allí ya no dejan cazar | BW
taxidermia-y-caza | alexa capital de zimbabue por el kudú | ZW
taxidermia-y-caza | alexa capital de mozambique por el antílope del cliente | MZ
taxidermia-y-caza | alexa capital de argentina por el ciervo colorado | AR
taxidermia-y-caza | alexa capital de nueva zelanda por el tahr | NZ
taxidermia-y-caza | alexa capital de suecia por el alce | SE
taxidermia-y-caza | alexa capital de polonia por el corzo | PL
taxidermia-y-caza | alexa capital de hungría por el ciervo | HU
taxidermia-y-caza | alexa cuánto se tarda en secar una cabeza de venado | FB
taxidermia-y-caza | alexa capital de camerún por el bongo | CM
taxidermia-y-caza | alexa capital de la república centroafricana que allí hay elefantes | CF
out-of-domain | alexa cuál es la capital de la patata | FB
out-of-domain | alexa cuál es la capital de galicia santiago o la coruña | FB
out-of-domain | alexa cuántos kilómetros hay hasta bruselas | FB
out-of-domain | alexa cuánto mide el río amazonas | FB
out-of-domain | alexa cuál es el país más pequeño de áfrica | FB | es-MX
out-of-domain | alexa cuál es la capital del rock | FB | es-MX
out-of-domain | alexa cuál es la capital del mundo maya | FB | es-MX
out-of-domain | alexa cuántos habitantes tiene nueva york | FB | es-US
out-of-domain | alexa cuál es la capital del condado de los ángeles | FB | es-US
out-of-domain | alexa cuál es la capital de la música country | FB | es-US
trabajadores-pistacho | alexa capital de irán que allá también hay pistache | IR | es-US
trabajadores-pistacho | alexa capital de turquía que también siembran pistache | TR | es-US
trabajadores-pistacho | alexa capital de siria por el pistache de alepo | SY | es-US
trabajadores-pistacho | alexa capital de afganistán que el mayordomo dice que allá hay | AF | es-US
trabajadores-pistacho | alexa capital de california que estamos en el valle | US-CA | es-US
trabajadores-pistacho | alexa capital de nuevo méxico que allá también hay huertas | US-NM | es-US
trabajadores-pistacho | alexa cuándo empieza la sacudida | FB | es-US
trabajadores-pistacho | alexa capital de grecia que el dueño es griego | GR | es-US
trabajadores-pistacho | alexa capital de uzbekistán que compran pistache | UZ | es-US
trabajadores-pistacho | alexa capital de túnez | TN | es-US
trabajadores-pistacho | alexa capital de oaxaca que de allá somos | MX-OAX | es-US
trabajadores-pistacho | alexa capital de jalisco que el mayordomo es de allá | MX-JAL | es-US
trabajadores-pistacho | alexa capital de zacatecas para la tarea de mi hija | MX-ZAC | es-US
reposteras-rosca | alexa capital de francia que la rosca viene de allá dicen | FR | es-MX
reposteras-rosca | alexa capital de portugal que hacen bolo rei | PT | es-MX
reposteras-rosca | alexa capital de españa que hacen roscón | ES | es-MX
reposteras-rosca | alexa capital de austria por el strudel | AT | es-MX
reposteras-rosca | alexa capital de dinamarca por las galletas | DK | es-MX
reposteras-rosca | alexa cuánto tiempo se hornea la rosca | FB | es-MX
reposteras-rosca | alexa capital de suiza por el chocolate | CH | es-MX
reposteras-rosca | alexa capital de bélgica por los waffles | BE | es-MX
reposteras-rosca | alexa capital de hungría que la clienta es húngara | HU | es-MX
reposteras-rosca | alexa capital de turquía por el baklava | TR | es-MX
reposteras-rosca | alexa capital de grecia por el baklava griego | GR | es-MX
reposteras-rosca | alexa capital de armenia por el gata | AM | es-MX
reposteras-rosca | alexa capital de brasil por los brigadeiros | BR | es-MX
"""

if __name__ == "__main__":
    build_round(53, "es", LINES, sys.argv, "tests/Eval/es/round53/source/build_corpus.py")
