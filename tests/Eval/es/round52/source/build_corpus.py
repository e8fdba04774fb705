"""Round 52, Spanish (es-ES, es-MX, es-US): a new author's own mix, written blind in the sixty-second session (brief
WRITER70.md), for this session's tuner.

Written by the writer70-es helper without the voice model, the simulator, the skill's code, the interaction model or
earlier rounds' halves; only the places' ids, kinds, Spanish names and capital names were read from the data, through a
small script, to check ids and to know which places exist. Speakers and situations were chosen apart from round 51's
(es-ES: Bangladeshi grocers in Lavapiés (dada, ji, kemon acho); Honduran live-in carers in Bilbao (vaya pues, fíjese, la
amama, la doña); beekeepers in La Alcarria (el ahumador, las colmenas, me pica una); a bingo hall in Zaragoza (majo,
chiqueta, cantan la línea); dockers in Algeciras (el portacontenedores, la naviera, abanderados); a parish choir in
Logroño (el ensayo, la polifonía, tierra santa); a driving school (el práctico, el carné, los puntos); a rural pharmacy
in Soria (la farmacia de guardia, la señora maría); a chess club in Linares (la partida, el torneo, silencio que estamos
jugando); a university tuna in Salamanca (la ronda, clavelitos, de gira); Mauritanian fishermen in Arguineguín (khalas,
hermano, cómo está el mar); Madrid night bus drivers (la cabecera de cibeles, el viajero, que arranco); a Cádiz carnival
chirigota writing lyrics (pisha, illo, quillo, pa la copla); travelling fairground workers (la tómbola, los coches de
choque); night cleaners in a Valencia hospital (baja la voz, la cama de al lado); an escape room in Murcia (la pista, el
candado, el acertijo); removal men in a van (macho, colega, no cabe el frigorífico); a cheese cooperative in La Mancha
(volteando quesos, la cámara, entra la leche); students sharing a flat in Santiago de Compostela (tía, me juego una
cerveza, quién friega hoy); a village bar in Extremadura (echar la partida, pa que se calle este); a hotel reception
night shift in Salou (el huésped, la despedida, los de la trescientos); grandparents doing crosswords in a Burgos park
(cuatro letras, la vertical, el autodefinido); es-MX: Triqui artisan women selling in Mexico City (marchanta, güerita,
el huipil); San Quintín valley farmworkers (la caja de fresa, el surco, la empacadora, compa); sonidero fans in Tepito
(carnal, pariente, saludos hasta); Xochimilco trajinera boatmen (joven, los turistas, las mañanitas); a construction
crew (maestro, chalán, el bulto de cemento, el ingeniero); students at an escuela normal (la clase de mañana); a doctor
on social service in a rural clinic (llegó un paciente, la doctora); IMSS pensioners at a day centre (joven, háblame más
fuerte, checoslovaquia); charros at a lienzo charro (compadre, la escaramuza); paleteros from Tocumbo (la paletería,
mijo, ahorita no); community radio in the Sierra Norte de Puebla (el programa, salimos al aire); a nail salon in Pachuca
(amiga, nena, el esmalte, la clienta); a telenovela writers' room (la villana, el galán, los doramas); a volleyball team
at the Olimpiada Nacional (coach, calentar, las reinas del caribe); the queue outside a consulate in Mexico City (la
visa, el trámite, ya me hablaron, chamba); a bakery in Tlalnepantla (la charola, amaso, el cuernito); a veterinary
office in Saltillo (el perrito, ladra, asustas al gato); es-US: Garifuna families in the Bronx (los cipotes, brother, el
tren cinco); Peruvians in Paterson, New Jersey (causa, pata, ya fue); Mexican construction workers in Nashville (el
foreman, música country); crab pickers on Maryland's Eastern Shore (la jaiba, la patrona, la línea); DACA college
students (my essay, my roommate, the quiz, la fafsa); a Pentecostal church in Charlotte (hermano, hermana, gloria a
dios, alabanzas); a laundromat in Aurora, Illinois (la secadora, mija); cruise ship crew (zarpa, atracamos, mi turno); a
barber shop in Denver (el cliente, los broncos); Nicaraguans in Las Cruces (chele, ideay, abrí, apagate); a dialysis
clinic in El Paso (la máquina, la silla tres, ábrale); an adult Sunday soccer league in Omaha (güey, el torneo); a
Spanish radio call-in quiz in Salem, Oregon (el locutor, la pregunta del día, los boletos); Cubans newly arrived in
Louisville (qué bolá, asere, acere, qué volá); Ecuadorian day labourers in Stamford, Connecticut (mi llave, ñaño, chuta,
la esquina, la troca); bilingual Head Start teachers (circle time, nap time, for the kids); a tamale cooperative in
Portland, Oregon (la masa, envolvemos, se cuecen)) and from the groups round 51's docstring says it was chosen apart
from: round 50's (es-ES: Portuguese cross-border workers in Badajoz, Olivenza and Tui (olha, pois, obrigado, tá bem,
fixe, desculpa, chega); Sindhi Hindu shopkeepers in Ceuta and Melilla (acha, arre, bhai, theek hai, yaar); Iranian
students and doctors in Madrid (khob, baleh, merci, ey vay, el nowruz); Irish Erasmus students in Granada (like, sure
look, grand, ah here, what's the craic); Mexican master's students in Salamanca (órale, qué padre, güey, ahorita); ONCE
lottery sellers (el cupón, para hoy, el rasca); a falla commission in its casal in Valencia (xe, bon dia, la mascletà,
la cremà, los chiquillos del casal); isolated posts (a Pyrenees refuge: el collado, la habitación; the Spanish Antarctic
base: el Hespérides, la noche polar); Spanish teenagers gaming (en plan, literal, tronco, bro, gg, xd); the sea (a ferry
crew on the Strait: el puente, el levante, atracamos; harbour pilots in the Canaries: el mercante, la bandera, el
práctico); work (AVE staff and passengers: el interventor, el vagón silencioso; cabin crew, a Getafe hairdresser, a
Teruel farmer: el tinte, la clienta, sembrar); games (El Cazador, a local radio contest, Party and Co: el comodín); new
parents up at night with a baby (shh, en voz baja, bajito, ruido blanco). es-MX: Yucatec Maya speaking vendors in
Valladolid and Mérida (bix a beel, dios bo'otik, ma'alob); Cuban migrants waiting in Tapachula (qué bolá, asere, qué
volá, mi vida, la cita de la COMAR); cowboys on a Sonora ranch (bichi, ca, huerco, ahí nos vidrios, el becerro); lucha
libre fans at Arena México (máscara contra cabellera, rudo, técnico, tercera caída, carnal); work (a taquero, a microbus
driver in Ecatepec, a dentist in Los Algodones serving Americans and Canadians, a hotel concierge in Cancún: con todo
joven, súbale, el pasaje, el huésped, el sargazo); seminarians in Guadalajara (usted: pregúntele, cancele, apáguese, la
misa); pilgrims walking to the Basílica de Guadalupe (virgencita, la caminata, las mañanitas); K-pop fans in Mexico City
(ay no, oppa, ya bye); radio amateurs (cambio, copiado, cambio y fuera, la propagación); home games (children after
school: porfis, mi mamá dice; the Turista Mundial board game: la casilla, los dados, la cárcel); sixth graders preparing
the Olimpiada del Conocimiento (la maestra dice). es-US: Guatemalans in the Alabama poultry plants around Albertville
(fijate vos, a la gran, patojo, abrí, cancelá, apagate); Dominicans in Lawrence, Massachusetts (klk, mi loco, manito,
vaina, tigere); Colombians in Elizabeth, New Jersey (parce, qué más pues, bacano, listo, usted); farmworkers (H-2A
workers in eastern North Carolina: la visa, el contratista, la barraca, paisa; Oaxacan families in Oxnard's strawberry
fields: paisano, la caja de fresa, los chamacos); the Midwest (Wisconsin dairies: el ordeño; Nebraska and Iowa
meatpacking: la línea, el break, el overtime, Somali and Congolese co-workers); roofers after hail storms in Oklahoma
and Kansas (el techo, las láminas, el lonche); Venezuelan delivery riders in New York (chamo, pana, qué fino, vale,
chévere); work (a school bus driver, a Dallas panadería, a CNA in Phoenix, a long-haul trucker: la troca, la báscula, la
charola); Kahoot in a bilingual classroom (for the kahoot, miss says, cancel that one); DJs and families at Houston
quinceañeras (el vals, los chambelanes, la festejada); grandparents just arrived to live with their children (mijo,
señorita, esa cosa, usted)) and from the groups round 50's docstring says it was chosen apart from: round 49's
(Senegalese and Gambian families in Mataró and Terrassa, Bulgarian families in Segovia and Valladolid, Gibraltarians and
La Línea neighbours in llanito, British retirees on the Costa Blanca, Italian expats in Barcelona, Nicaraguan live-in
carers in Madrid, pensioners on Imserso trips, lorry drivers on the European routes, a Mercamadrid lorry, a Benidorm
lifeguard, a Burela longliner, a Vallecas butcher, the escuela de adultos, the graduado, oposiciones, Saber y Ganar,
Ahora Caigo, a trivia app, a coffee bet, small children at home; Haitian migrants in Mexico City, American retirees in
San Miguel de Allende and Lake Chapala, young chilangos from Iztapalapa and Neza, mariachis in Plaza Garibaldi,
abuelitas in Puebla and Toluca, Spaniards in Querétaro's plants, fans ahead of the 2026 World Cup, a Similares pharmacy,
a ride-hailing driver, a tortillería, a mechanic's taller, the UNAM and IPN admission exams, the telesecundaria,
Maratón, the kermés, the lotería night; Salvadorans in the Maryland and Virginia suburbs, Hondurans in New Orleans and
Kenner, Yakima and Wenatchee orchard workers, Puerto Ricans in Orlando and Kissimmee, Latino Latter-day Saints in Utah
and Idaho, Colorado resort workers, Peruvian and Chilean sheepherders on the Western range, US-born teens, a landscaping
crew, a hospital interpreter, a taco truck, Jeopardy, the geography bee, a brewery trivia night), from round 48's
(Moroccan, Brazilian, Polish and Lithuanian, Sikh and Punjabi families and French exchange students in Spain, Camino de
Santiago pilgrims, elderly people in a residencia, a Barajas taxi, a night-shift nurse, a greengrocer, selectividad,
Pasapalabra, a pub quiz, Trivial at dinner; Campeche and Ciudad del Carmen, Mexicali and La Chinesca, Mennonites around
Cuauhtémoc, Venezuelan migrants in Mexico, returnees from the US in Zacatecas and Jalisco, Argentine expats in Mexico
City, truck drivers on the federal roads, a tianguis, an OXXO, a call centre, secundaria and prepa, basta, a cantina
bet, the family reunion; Atlanta and Gainesville, Las Vegas hotel workers, Alaska canneries with Filipino crews,
Springdale and Oklahoma City, Bay Area tech workers from Spain and Argentina, Kentucky horse farms, Latino soldiers, an
Amazon warehouse, a rideshare, a home daycare, an ESL night class, the GED, church trivia, a quiz app, cien latinos
dijeron), from round 47's (Málaga and Almería, Sevilla, Huelva and Córdoba, young Spaniards abroad, Chilean, Uruguayan,
Equatoguinean, Sahrawi, Russian, Georgian, Armenian, Scandinavian, Dutch, German, Japanese, Korean and Taiwanese
speakers in Spain; Tamaulipas, Nayarit and Baja California Sur, the Estado de México, Quintana Roo, Guerrero, Lebanese-
Mexican families, Japanese and Korean engineers; East Los Angeles, San Diego and southern Arizona, Puerto Ricans in
Philadelphia and Holyoke, Minneapolis, Guatemalans in Pico-Union and Gulfton, Costa Ricans and Panamanians, Anglo
learners, the citizenship test) and from the round 46, 45 and 44 groups its docstring names (Spanish regions,
Venezuelan, Argentine, Dominican, Colombian, Bolivian, Paraguayan, Peruvian, Cuban, Romanian, Ecuadorian, Chinese,
Ukrainian, Nigerian, Filipino and Pakistani families in Spain; Monterrey, Guadalajara, Sinaloa, Tijuana, Chiapas,
Veracruz and most Mexican states; New York, Texas, South Florida, Chicago, the Central Valley and the other US places it
lists). Where a group here shares an origin or a place with an earlier one, it is in another country or situation:
Bolivians in Arlington, Virginia (not families in Spain); Puerto Ricans in Hartford (not Philadelphia, Holyoke or
Orlando); Q'anjob'al Guatemalans picking tomatoes in Immokalee (not Alabama's poultry plants, Pico-Union or Gulfton);
Salvadorans in a Long Island pupusería (not the Maryland and Virginia suburbs); Texas only through oilfield crews in the
Permian, a San Antonio senior centre and a Houston car wash (not Texas at large, not quinceañeras); Mexican places only
through situations (a guitar workshop, a mezcal palenque, metro vendors, a bus terminal, runners, a navy watch, an
altar, the voladores, a market), never a state at large; Spanish regions only through a trade or a rite (mining
pensioners, banana packers, percebeiros, pelota, the vendimia, a forest brigade, a montería, a cofradía, a monastery);
the Columbretes keepers and Ibiza night-ferry passengers are passengers and a keeper, not round 50's Strait ferry crew
or Pyrenees refuge.

es-ES: retired miners at a hogar del jubilado in Mieres (ho, guaje, ye, el pozu, el culín de sidra, la partida de tute);
banana packers in La Palma (mi niño, chacho, la guagua, el empaquetado, la encargada); percebeiros on the Costa da Morte
(rapaz, carallo, meu, cal é, a marea, a lonxa); Syrian refugee families in Barcelona (yalla, habibi, shukran,
inshallah); Nepali cooks in Madrid kitchens (dai, hajur, ramro, namaste, entra el jefe); Cape Verdean families of former
miners in Laciana and the Bierzo (kuma, nha fidju, sabe, morna); a Holy Week cofradía in Zamora (el paso, el hermano
mayor, los cargadores, el miserere); pelota players and fans at a frontón in Tolosa (aupa, ene, el manomanista); grape
pickers at the vendimia in Rioja Alavesa (el remolque, la cuadrilla, los racimos, las manos pringadas); a forest
firefighting brigade in Ourense (la emisora, el helicóptero, hay aviso); a montería in the Montes de Toledo (los
puestos, la rehala, el postor, se arrancan los perros); the Columbretes island keepers and night-ferry passengers to
Ibiza (la ola, el camarote, hay cobertura); guests and the guestmaster at the Silos monastery guesthouse (el padre
hospedero, las vísperas, bajito, por caridad).

es-MX: Purépecha guitar makers in Paracho (tata, nana, el taller, el diapasón, barnizar, la cola); a mezcal palenque in
Santiago Matatlán (el maestro mezcalero, jovencito, la tahona, el horno, el espadín); metro vendors in Mexico City (a
diez pesos le vale, joven, damita, viene el poli); overnight bus passengers at the TAPO (la corrida, el andén, el
camión, el ado); Rarámuri runners and their coaches in the Sierra Tarahumara (kuira ba, el coach, la carrera de bola);
Mexican Navy sailors on watch in Manzanillo (la guardia, mi capitán, el buque escuela, el puente, cancela la orden); a
family building the ofrenda in Mixquic (las veladoras, el papel picado, los chamacos); Totonac voladores in Papantla (el
palo, el caporal, vamos a bajar, la danza); herbalists at the Mercado de Sonora (marchante, güerita, la limpia, la
veladora de siete potencias).

es-US: oilfield crews in the Permian Basin (la yarda, el bos, el rig, la troca, el safety man, shut up); Puerto Ricans
in Hartford, Connecticut (wepa, nene, bendito, la nena); Q'anjob'al Guatemalan tomato pickers in Immokalee (la cubeta,
el mayordomo, mi patojo); Bolivians in Arlington, Virginia (ya pues, nomás, jallalla, la morenada, una yapita);
blueberry rakers in Down East Maine (el rastrillo, el campamento, el tráiler, las cajas); a Salvadoran pupusería in
Brentwood, Long Island (vaya pues, cipote, qué chivo, la revuelta); a senior centre in San Antonio (los viejitos, mijo,
mija, la lotería); mail carriers in Phoenix and Tucson (la ruta, el paquete, el supervisor, mi break); a car wash crew
in east Houston (el carro, el encerado, el manager, llegó otro carro).

Every line was written by hand as one utterance; the only generated lines are the at most three fills of a frame.
Built by round12_hinl_corpus.py (build_round with round 52's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# ================================================================ shared families
# help
help | alexa capitales del mundo cómo funciona esto | HELP
help | alexa y esto de las capitales cómo se usa hijo | HELP
help | alexa no sé qué decirle a las capitales ayúdame | HELP
help | alexa pídele ayuda a capitales del mundo | HELP
help | alexa qué tengo que decir para que me diga una capital | HELP
help | alexa ayuda con lo de los países | HELP
help | alexa me he quedado en blanco qué le pregunto | HELP
help | alexa cuéntame qué cosas sabes de capitales | HELP
help | alexa a ver cómo se juega a esto | HELP
help | alexa pon las instrucciones otra vez | HELP
help | alexa ayúdame porfa que no sé cómo va | HELP | es-MX
help | alexa qué onda cómo se usa lo de las capitales | HELP | es-MX
help | alexa oye y qué más le puedo preguntar | HELP | es-MX
help | alexa explícame tantito cómo funciona | HELP | es-MX
help | alexa no le entiendo a esto ayuda | HELP | es-MX
help | alexa dime qué se le puede pedir a capitales del mundo | HELP | es-MX
help | alexa ayuda necesito ayuda con la skill | HELP | es-US
help | alexa how does this work digo cómo funciona | HELP | es-US
help | alexa qué hago para preguntar una capital | HELP | es-US
help | alexa dame un ejemplo de qué preguntar | HELP | es-US
help | alexa capitales del mundo help por favor | HELP | es-US
help | alexa mija dice que tú me ayudas con las capitales cómo es | HELP | es-US
help | alexa ayuda | HELP
help | alexa necesito una ayudita | HELP | es-MX
# stop
stop | alexa para ya | STOP
stop | alexa calla | STOP
stop | alexa vale ya para | STOP
stop | alexa basta de capitales | STOP
stop | alexa apaga esto | STOP
stop | alexa déjalo ya que nos vamos | STOP
stop | alexa sal de capitales del mundo | STOP
stop | alexa silencio por favor | STOP
stop | alexa detente | STOP
stop | alexa ya está gracias | STOP
stop | alexa ya párale | STOP | es-MX
stop | alexa ya cállate | STOP | es-MX
stop | alexa ya estuvo gracias | STOP | es-MX
stop | alexa apágate ya | STOP | es-MX
stop | alexa sálte de las capitales | STOP | es-MX
stop | alexa ya no quiero jugar | STOP | es-MX
stop | alexa stop | STOP | es-US
stop | alexa para para para | STOP | es-US
stop | alexa ya terminamos apágalo | STOP | es-US
stop | alexa quit digo salir | STOP | es-US
stop | alexa ciérrate | STOP | es-US
stop | alexa ya ya suficiente | STOP | es-US
stop | alexa fin | STOP
# cancel
cancel | alexa cancela | CANCEL
cancel | alexa cancela eso | CANCEL
cancel | alexa anula lo que te he pedido | CANCEL
cancel | alexa olvídalo | CANCEL
cancel | alexa no no cancélalo | CANCEL
cancel | alexa déjalo no era eso cancela | CANCEL
cancel | alexa cancela la pregunta | CANCEL
cancel | alexa cancelar | CANCEL
cancel | alexa mejor cancela | CANCEL
cancel | alexa cancélalo todo | CANCEL
cancel | alexa cancélale | CANCEL | es-MX
cancel | alexa ya no cancela por fa | CANCEL | es-MX
cancel | alexa mejor olvídalo cancela | CANCEL | es-MX
cancel | alexa no era eso cancélalo | CANCEL | es-MX
cancel | alexa cancela lo que pedí | CANCEL | es-MX
cancel | alexa cancela eso please | CANCEL | es-US
cancel | alexa cancel digo cancela | CANCEL | es-US
cancel | alexa nevermind cancélalo | CANCEL | es-US
cancel | alexa cancela la búsqueda | CANCEL | es-US
cancel | alexa olvida lo que te dije | CANCEL | es-US
cancel | alexa anúlalo | CANCEL
cancel | alexa no cancela la capital esa | CANCEL | es-MX
# launch
launch | alexa abre capitales del mundo | LAUNCH
launch | alexa inicia capitales del mundo | LAUNCH
launch | alexa pon capitales del mundo | LAUNCH
launch | alexa vamos a jugar a capitales del mundo | LAUNCH
launch | alexa arranca capitales del mundo | LAUNCH
launch | alexa quiero usar capitales del mundo | LAUNCH
launch | alexa ábreme capitales del mundo | LAUNCH
launch | alexa capitales del mundo | LAUNCH
launch | alexa empieza capitales del mundo por favor | LAUNCH
launch | alexa lanza capitales del mundo | LAUNCH
launch | alexa entra en capitales del mundo | LAUNCH
launch | alexa abre la skill de capitales del mundo | LAUNCH | es-MX
launch | alexa pon capitales del mundo porfa | LAUNCH | es-MX
launch | alexa ábrete capitales del mundo | LAUNCH | es-MX
launch | alexa quiero jugar capitales del mundo | LAUNCH | es-MX
launch | alexa échate capitales del mundo | LAUNCH | es-MX
launch | alexa abre lo de capitales del mundo | LAUNCH | es-MX
launch | alexa comienza capitales del mundo | LAUNCH | es-MX
launch | alexa open capitales del mundo | LAUNCH | es-US
launch | alexa abre capitales del mundo please | LAUNCH | es-US
launch | alexa start capitales del mundo | LAUNCH | es-US
launch | alexa play capitales del mundo | LAUNCH | es-US
launch | alexa puedes abrir capitales del mundo | LAUNCH | es-US
launch | alexa ábreme la de capitales del mundo que quiero practicar | LAUNCH | es-US
launch | alexa activa capitales del mundo | LAUNCH | es-US
launch | alexa buenos días abre capitales del mundo | LAUNCH
launch | alexa carga capitales del mundo | LAUNCH
launch | alexa a ver abre capitales del mundo | LAUNCH | es-MX
# follow-up
follow-up | y la de bolivia | BO
follow-up | y la de noruega | NO
follow-up | y de sudáfrica | ZA
follow-up | vale y la de ghana | GH
follow-up | y la de malasia cuál es | MY
follow-up | y corea del norte | KP
follow-up | y la de laos | LA
follow-up | y la de palestina | PS
follow-up | ahora la de los países bajos | NL
follow-up | y la de corea del sur | KR
follow-up | y la de islandia | IS
follow-up | y la del congo de kinshasa | CD
follow-up | y el otro congo | CG | es-MX
follow-up | y la de guyana | GY | es-MX
follow-up | y de nicaragua | NI | es-MX
follow-up | órale y la de paraguay | PY | es-MX
follow-up | y ahora kazajistán | KZ | es-MX
follow-up | y la de surinam | SR | es-MX
follow-up | ok y la de belice | BZ | es-US
follow-up | y la de bután | BT | es-US
follow-up | and la de malta | MT | es-US
follow-up | y de eritrea | ER | es-US
follow-up | y qué tal mongolia | MN | es-US
follow-up | y la de bolivia please | BO | es-US
# yes-no-check
yes-no-check | alexa es sucre la capital de bolivia | BO
yes-no-check | alexa la capital de malasia es kuala lumpur verdad | MY
yes-no-check | alexa ámsterdam es la capital de holanda o no | NL
yes-no-check | alexa pretoria es la capital de sudáfrica sí o no | ZA
yes-no-check | alexa es cierto que la capital de australia no es sídney | AU
yes-no-check | alexa la capital de canadá es toronto | CA
yes-no-check | alexa es verdad que ramala es la capital de palestina | PS
yes-no-check | alexa seúl es la capital de corea del sur no | KR
yes-no-check | alexa estambul es la capital de turquía | TR | es-MX
yes-no-check | alexa a poco la capital de brasil no es río | BR | es-MX
yes-no-check | alexa kinshasa es la capital del congo verdad | CD | es-MX
yes-no-check | alexa la capital de nigeria es lagos | NG | es-MX
yes-no-check | alexa pyongyang es la capital de corea del norte | KP | es-MX
yes-no-check | alexa la capital de suiza es zúrich right | CH | es-US
yes-no-check | alexa brazzaville es capital de qué congo el chiquito | CG | es-US
yes-no-check | alexa es nueva york la capital de estados unidos | US | es-US
yes-no-check | alexa la capital de marruecos es casablanca o rabat | MA | es-US
yes-no-check | alexa la paz es la capital de bolivia o es sucre | BO | es-US
# self-correction
self-correction | alexa la capital de austria no perdón australia | AU
self-correction | alexa cuál es la capital de suecia digo suiza | CH
self-correction | alexa la capital de eslovenia no eslovaquia | SK
self-correction | alexa capital de nigeria ay no níger | NE
self-correction | alexa la capital de mali espera no malaui | MW
self-correction | alexa la capital de irak no de irán | IR
self-correction | alexa la capital de guinea perdón guinea bisáu | GW | es-MX
self-correction | alexa cuál es la capital de colombia no de camboya | KH | es-MX
self-correction | alexa la capital de gambia no zambia | ZM | es-MX
self-correction | alexa la capital de corea del sur no no la del norte | KP | es-MX
self-correction | alexa dime la capital de letonia digo lituania | LT | es-US
self-correction | alexa la capital de dominica sorry república dominicana | DO | es-US
self-correction | alexa capital de mauritania no mauricio | MU | es-US
self-correction | alexa la capital del congo de brazzaville no la del otro kinshasa | CD | es-US
# reverse-question
reverse-question | alexa de qué país es capital nairobi | CITY:Nairobi
reverse-question | alexa qué país tiene de capital a canberra | CITY:Canberra
reverse-question | alexa ulán bator de dónde es capital | CITY:Ulán Bator
reverse-question | alexa de qué país es la capital montevideo | CITY:Montevideo
reverse-question | alexa tiflis es capital de qué país | CITY:Tiflis
reverse-question | alexa de dónde es capital kigali | CITY:Kigali
reverse-question | alexa uagadugú de qué país es capital | CITY:Uagadugú | es-MX
reverse-question | alexa qué país tiene como capital tegucigalpa | CITY:Tegucigalpa | es-MX
reverse-question | alexa asunción es capital de qué país | CITY:Asunción | es-MX
reverse-question | alexa de qué país es capital bamako | CITY:Bamako | es-MX
reverse-question | alexa windhoek es la capital de dónde | CITY:Windhoek | es-US
reverse-question | alexa which country digo qué país tiene de capital a lusaka | CITY:Lusaka | es-US
reverse-question | alexa la capital vientián es de qué país | CITY:Vientián | es-US
reverse-question | alexa de qué país es capital paramaribo | CITY:Paramaribo | es-US
# official-name
official-name | alexa capital de la república helénica | GR
official-name | alexa capital de la república federal de alemania | DE
official-name | alexa capital de la confederación suiza | CH
official-name | alexa capital de la república popular democrática de corea | KP
official-name | alexa capital de la república de corea | KR
official-name | alexa capital del reino de los países bajos | NL
official-name | alexa capital de la república de sudáfrica | ZA
official-name | alexa la capital del estado plurinacional de bolivia | BO | es-MX
official-name | alexa capital de los estados unidos mexicanos | MX | es-MX
official-name | alexa capital de la república democrática del congo | CD | es-MX
official-name | alexa capital de la república del congo | CG | es-MX
official-name | alexa capital del estado de palestina | PS | es-MX
official-name | alexa capital de la república bolivariana de venezuela | VE | es-US
official-name | alexa capital de la república oriental del uruguay | UY | es-US
official-name | alexa capital de la federación de rusia | RU | es-US
official-name | alexa capital de la república islámica de irán | IR | es-US
# everyday-name
everyday-name | alexa capital de holanda | NL
everyday-name | alexa capital de inglaterra | GB-ENG
everyday-name | alexa la capital de birmania | MM
everyday-name | alexa capital de costa de marfil | CI
everyday-name | alexa capital de suazilandia | SZ
everyday-name | alexa capital de la república checa | CZ
everyday-name | alexa cuál es la capital de ceilán | LK | es-MX
everyday-name | alexa capital de persia | IR | es-MX
everyday-name | alexa capital de los emiratos | AE | es-MX
everyday-name | alexa capital de gringolandia | US | es-MX
everyday-name | alexa capital de turquía o türkiye como se diga | TR | es-US
everyday-name | alexa capital de the states | US | es-US
everyday-name | alexa capital de rusia | RU | es-US
everyday-name | alexa capital de macedonia | MK | es-US
# shared-name
shared-name | alexa capital de georgia | GE
shared-name | alexa capital de georgia el país del cáucaso | GE
shared-name | alexa capital del estado de georgia en estados unidos | US-GA | es-US
shared-name | alexa cuál es la capital de georgia donde está atlanta no la sé | US-GA | es-US
shared-name | alexa capital de corea | KP+KR
shared-name | alexa capital del congo | CD+CG | es-MX
shared-name | alexa capital de guinea | GN
shared-name | alexa capital de washington el estado | US-WA | es-US
shared-name | alexa capital de nueva york | US-NY | es-US
shared-name | alexa capital de méxico el estado | MX-MEX | es-MX
shared-name | alexa la capital de luxemburgo | LU
shared-name | alexa capital de granada el país del caribe | GD
# subdivision
subdivision | alexa capital de escocia | GB-SCT
subdivision | alexa cuál es la capital de gales | GB-WLS
subdivision | alexa capital de irlanda del norte | GB-NIR
subdivision | alexa capital de baviera | DE-BY
subdivision | alexa la capital de quebec | CA-QC
subdivision | alexa capital de la rioja | FB
subdivision | alexa capital de castilla y león | FB
subdivision | alexa cuál es la capital de extremadura | FB
subdivision | alexa capital de tasmania | AU-TAS
subdivision | alexa capital de groenlandia | GL
subdivision | alexa capital de sajonia | DE-SN
subdivision | alexa capital de la toscana | FB
subdivision | alexa capital de baja california sur | MX-BCS | es-MX
subdivision | alexa capital de chiapas | MX-CHP | es-MX
subdivision | alexa cuál es la capital de quintana roo | MX-ROO | es-MX
subdivision | alexa capital de tamaulipas | MX-TAM | es-MX
subdivision | alexa capital de veracruz | MX-VER | es-MX
subdivision | alexa capital de guerrero | MX-GRO | es-MX
subdivision | alexa capital de coahuila | MX-COA | es-MX
subdivision | alexa capital del estado de méxico | MX-MEX | es-MX
subdivision | alexa capital de alberta | CA-AB | es-MX
subdivision | alexa capital de texas | US-TX | es-US
subdivision | alexa capital de california | US-CA | es-US
subdivision | alexa capital de florida | US-FL | es-US
subdivision | alexa capital de illinois | US-IL | es-US
subdivision | alexa capital de nevada | US-NV | es-US
subdivision | alexa capital de kentucky | US-KY | es-US
subdivision | alexa capital de puerto rico | PR | es-US
subdivision | alexa capital de hawái | US-HI | es-US
subdivision | alexa capital del condado de harris | FB | es-US
subdivision | alexa capital de ontario | CA-ON | es-US
subdivision | alexa capital de bahía en brasil | BR-BA
subdivision | alexa capital de kerala | IN-KL
# plural-capitals
plural-capitals | alexa cuáles son las capitales de sudáfrica | ZA
plural-capitals | alexa las tres capitales de sudáfrica | ZA
plural-capitals | alexa dime las capitales sudafricanas | ZA | es-MX
plural-capitals | alexa qué capitales tiene sudáfrica | ZA | es-MX
plural-capitals | alexa sudáfrica capitales todas | ZA | es-US
plural-capitals | alexa las capitales de sudáfrica please | ZA | es-US
plural-capitals | alexa las dos capitales de bolivia | BO
plural-capitals | alexa cuáles son las capitales de bolivia | BO
plural-capitals | alexa bolivia tiene dos capitales cuáles son | BO | es-MX
plural-capitals | alexa dime ambas capitales de bolivia | BO | es-MX
plural-capitals | alexa capitales de bolivia sucre y cuál más | BO | es-US
plural-capitals | alexa qué capitales tiene bolivia | BO | es-US
plural-capitals | alexa las capitales de los países bajos | NL
plural-capitals | alexa las dos capitales de holanda | NL
plural-capitals | alexa qué capitales tienen los países bajos | NL | es-MX
plural-capitals | alexa capitales de holanda | NL | es-MX
plural-capitals | alexa cuáles son las dos capitales de holanda la haya y cuál | NL | es-US
plural-capitals | alexa las capitales de netherlands | NL | es-US
plural-capitals | alexa las capitales de malasia | MY
plural-capitals | alexa malasia tiene dos capitales verdad cuáles | MY
plural-capitals | alexa dime las dos capitales de malasia | MY | es-MX
plural-capitals | alexa cuáles son las capitales de malasia | MY | es-MX
plural-capitals | alexa capitales de malasia kuala lumpur y la otra | MY | es-US
plural-capitals | alexa las capitales de malaysia | MY | es-US
plural-capitals | alexa las capitales de sri lanka | LK
plural-capitals | alexa las dos capitales de sri lanka | LK | es-MX
plural-capitals | alexa cuáles son las capitales de sri lanka | LK | es-US
plural-capitals | alexa qué capitales tiene sri lanka | LK
plural-capitals | alexa las capitales de esuatini | SZ
plural-capitals | alexa las dos capitales de suazilandia | SZ | es-MX
plural-capitals | alexa cuáles son las capitales de esuatini | SZ | es-US
plural-capitals | alexa esuatini qué capitales tiene | SZ
plural-capitals | alexa las capitales de costa de marfil | CI
plural-capitals | alexa las dos capitales de costa de marfil | CI | es-MX
plural-capitals | alexa cuáles son las capitales de costa de marfil | CI | es-US
plural-capitals | alexa qué capitales tiene costa de marfil | CI | es-MX
plural-capitals | alexa las capitales de benín | BJ
plural-capitals | alexa las dos capitales de benín | BJ | es-MX
plural-capitals | alexa cuáles son las capitales de benín | BJ | es-US
plural-capitals | alexa benín cuántas capitales tiene y cuáles son | BJ
plural-capitals | alexa qué capitales tiene benín | BJ | es-US
plural-capitals | alexa cuántas capitales tiene sri lanka dímelas | LK | es-US
plural-capitals | alexa ambas capitales de esuatini | SZ | es-MX
plural-capitals | alexa las capitales ivorianas | CI
# out-of-domain
out-of-domain | alexa qué tiempo hace mañana | FB
out-of-domain | alexa pon un temporizador de diez minutos | FB
out-of-domain | alexa pon música de los chichos | FB
out-of-domain | alexa cuántos habitantes tiene madrid | FB
out-of-domain | alexa cuál es la capital de europa | FB
out-of-domain | alexa cuál es la capital de áfrica | FB
out-of-domain | alexa qué hora es | FB
out-of-domain | alexa cuéntame un chiste | FB
out-of-domain | alexa cuál es el río más largo del mundo | FB
out-of-domain | alexa apaga la luz del salón | FB
out-of-domain | alexa cuál es la capital del tenis | FB
out-of-domain | alexa cómo se dice capital en inglés | FB
out-of-domain | alexa qué moneda usan en suiza | FB
out-of-domain | alexa qué idioma se habla en bélgica | FB
out-of-domain | alexa cuánto dura el vuelo a lima | FB
out-of-domain | alexa pon la radio | FB
out-of-domain | alexa cuál es la capital de la atlántida | FB
out-of-domain | alexa qué tal el madrid ayer | FB
out-of-domain | alexa despiértame a las siete | FB
out-of-domain | alexa cuál es el país más grande del mundo | FB
out-of-domain | alexa qué clima hace en monterrey | FB | es-MX
out-of-domain | alexa pon una de los tigres del norte | FB | es-MX
out-of-domain | alexa cuántos estados tiene méxico | FB | es-MX
out-of-domain | alexa cuál es la capital de asia | FB | es-MX
out-of-domain | alexa quién ganó el clásico | FB | es-MX
out-of-domain | alexa cuál es la capital mundial del tequila | FB | es-MX
out-of-domain | alexa pon una alarma para las seis | FB | es-MX
out-of-domain | alexa cuánto está el dólar | FB | es-MX
out-of-domain | alexa cuál es la montaña más alta | FB | es-MX
out-of-domain | alexa agrega tortillas a la lista | FB | es-MX
out-of-domain | alexa cuál es la capital de narnia | FB | es-MX
out-of-domain | alexa cuántos kilómetros hay de aquí a cancún | FB | es-MX
out-of-domain | alexa what's the weather digo cómo está el tiempo | FB | es-US
out-of-domain | alexa pon bad bunny | FB | es-US
out-of-domain | alexa cuántas millas hay de dallas a houston | FB | es-US
out-of-domain | alexa cuál es la capital de sudamérica | FB | es-US
out-of-domain | alexa prende las luces | FB | es-US
out-of-domain | alexa cuánta gente vive en tokio | FB | es-US
out-of-domain | alexa cuál es la bandera de italia | FB | es-US
out-of-domain | alexa llama a mi hermana | FB | es-US
out-of-domain | alexa cuál es la capital del mundo | FB | es-US
out-of-domain | alexa a qué hora juegan los cowboys | FB | es-US
out-of-domain | alexa quién es el presidente de francia | FB | es-US
out-of-domain | alexa cuál es la capital de marte | FB | es-US
# ================================================================ es-ES own families
# Asturian mining pensioners at a hogar del jubilado in Mieres
mieres-mining-pensioners | alexa ho dime la capital de {} | polonia=PL; ucrania=UA; rumanía=RO
mieres-mining-pensioners | alexa guaje cuál ye la capital de {} | rusia=RU; hungría=HU; bulgaria=BG
mieres-mining-pensioners | alexa los del pozu queremos saber la capital de {} | chequia=CZ; eslovaquia=SK; serbia=RS
mieres-mining-pensioners | alexa cuál ye la capital de bielorrusia ho | BY
mieres-mining-pensioners | alexa la capital de albania que no me acuerdo | AL
mieres-mining-pensioners | alexa mi güela decía que la capital de rumanía era bucarest ye verdad | RO
mieres-mining-pensioners | alexa nos jugamos el culín de sidra a ver cuál ye la capital de moldavia | MD
mieres-mining-pensioners | alexa cuál ye la capital de montenegro ho | ME
mieres-mining-pensioners | alexa en la huelga del sesenta y dos vinieron periodistas de suecia cuál ye su capital | SE
mieres-mining-pensioners | alexa capital de corea del norte que allí también hay minas | KP
mieres-mining-pensioners | alexa guaje la capital de la antigua yugoslavia | FB
mieres-mining-pensioners | alexa cuántos mineros hay en asturias | FB
mieres-mining-pensioners | alexa ho cuál ye la capital de asturias | FB
mieres-mining-pensioners | alexa la capital de bosnia ho | BA
mieres-mining-pensioners | alexa apaga ho que empieza la partida de tute | STOP
mieres-mining-pensioners | alexa calla ho calla | STOP
mieres-mining-pensioners | alexa ho ábreme capitales del mundo | LAUNCH
mieres-mining-pensioners | alexa déjalo ho cancela | CANCEL
mieres-mining-pensioners | alexa y de croacia ho | HR
mieres-mining-pensioners | alexa el nieto dice que letonia tiene capital riga ye así | LV
# Canarian banana packers in La Palma
la-palma-banana-packers | alexa mi niño cuál es la capital de {} | venezuela=VE; cuba=CU; uruguay=UY
la-palma-banana-packers | alexa chacho dime la capital de {} | cabo verde=CV; mauritania=MR; senegal=SN
la-palma-banana-packers | alexa en el empaquetado estamos discutiendo la capital de {} | marruecos=MA; gambia=GM; guinea ecuatorial=GQ
la-palma-banana-packers | alexa chacho la capital de santo tomé y príncipe | ST
la-palma-banana-packers | alexa los plátanos van pa la península y pa holanda cuáles son las capitales de holanda | NL
la-palma-banana-packers | alexa cuál es la capital de las islas canarias mi niño | FB
la-palma-banana-packers | alexa la guagua pasa a las tres o qué | FB
la-palma-banana-packers | alexa a cuántos grados está el volcán | FB
la-palma-banana-packers | alexa mi niño la capital de sierra leona | SL
la-palma-banana-packers | alexa chacho y la de liberia | LR
la-palma-banana-packers | alexa cuál es la capital de guinea bisáu mi niño | GW
la-palma-banana-packers | alexa mi cuñado se fue a venezuela de joven cuál es la capital de allí | VE
la-palma-banana-packers | alexa ay chacho para que viene la encargada | STOP
la-palma-banana-packers | alexa abre capitales del mundo mi niño | LAUNCH
la-palma-banana-packers | alexa chacho no cancela eso | CANCEL
la-palma-banana-packers | alexa ayúdame mi niño que no sé qué decirte | HELP
la-palma-banana-packers | alexa la capital de argelia que de ahí viene el viento | DZ
la-palma-banana-packers | alexa cuál es la capital de mauritania chacho que se ve la costa | MR
# Galician percebeiros on the Costa da Morte
costa-da-morte-percebeiros | alexa rapaz cal é la capital de {} | portugal=PT; irlanda=IE; noruega=NO
costa-da-morte-percebeiros | alexa carallo cuál es la capital de {} | islandia=IS; dinamarca=DK; finlandia=FI
costa-da-morte-percebeiros | alexa antes de baixar a marea dime la capital de {} | escocia=GB-SCT; gales=GB-WLS; islas feroe=FO
costa-da-morte-percebeiros | alexa meu cuál es la capital de terranova | CA-NL
costa-da-morte-percebeiros | alexa os barcos de gran sol iban a irlanda cuál es su capital | IE
costa-da-morte-percebeiros | alexa cuál es la capital de galicia rapaz | FB
costa-da-morte-percebeiros | alexa a qué hora baja la marea hoy | FB
costa-da-morte-percebeiros | alexa el precio del percebe en la lonja | FB
costa-da-morte-percebeiros | alexa carallo la capital de namibia que alí pescan os nosos | NA
costa-da-morte-percebeiros | alexa rapaz la capital de mozambique | MZ
costa-da-morte-percebeiros | alexa a capital de angola cal é | AO
costa-da-morte-percebeiros | alexa cala carallo | STOP
costa-da-morte-percebeiros | alexa abre capitales del mundo rapaz | LAUNCH
costa-da-morte-percebeiros | alexa non non cancela | CANCEL
costa-da-morte-percebeiros | alexa dime la capital de las malvinas | FK
costa-da-morte-percebeiros | alexa la capital de seychelles que alí van os atuneiros | SC
costa-da-morte-percebeiros | alexa y la de mauricio rapaz | MU
# Syrian refugee families in Barcelona
syrian-families-barcelona | alexa yalla dime la capital de {} | siria=SY; líbano=LB; jordania=JO
syrian-families-barcelona | alexa habibi cuál es capital de {} | irak=IQ; turquía=TR; egipto=EG
syrian-families-barcelona | alexa por favor capital de {} shukran | arabia saudí=SA; kuwait=KW; catar=QA
syrian-families-barcelona | alexa capital de palestina inshallah libre | PS
syrian-families-barcelona | alexa mi hijo pregunta capital de palestina cuál es | PS
syrian-families-barcelona | alexa capital de yemen por favor | YE
syrian-families-barcelona | alexa cuál capital de omán | OM
syrian-families-barcelona | alexa capital de baréin yalla | BH
syrian-families-barcelona | alexa habibi capital de emiratos árabes | AE
syrian-families-barcelona | alexa cuál es capital de cataluña | FB
syrian-families-barcelona | alexa cuándo empieza el ramadán | FB
syrian-families-barcelona | alexa pon fairuz | FB
syrian-families-barcelona | alexa capital de libia por favor | LY
syrian-families-barcelona | alexa capital de túnez yalla | TN
syrian-families-barcelona | alexa shukran ya para | STOP
syrian-families-barcelona | alexa ayuda no hablo bien español cómo pregunto | HELP
syrian-families-barcelona | alexa abre capitales del mundo para mi hija | LAUNCH
syrian-families-barcelona | alexa no no cancela habibi | CANCEL
syrian-families-barcelona | alexa capital de chipre | CY
# Nepali cooks in Madrid restaurants
nepali-cooks-madrid | alexa dai capital de {} dime | nepal=NP; bután=BT; bangladés=BD
nepali-cooks-madrid | alexa hajur cuál es la capital de {} | india=IN; pakistán=PK; sri lanka=LK
nepali-cooks-madrid | alexa en la cocina queremos saber capital de {} | afganistán=AF; maldivas=MV; myanmar=MM
nepali-cooks-madrid | alexa capital de tíbet dai | FB
nepali-cooks-madrid | alexa cuál es capital de china hajur | CN
nepali-cooks-madrid | alexa capital de nepal es katmandú verdad | NP
nepali-cooks-madrid | alexa ramro ahora capital de tailandia | TH
nepali-cooks-madrid | alexa dai capital de corea del sur mi primo trabaja allí | KR
nepali-cooks-madrid | alexa capital de corea del sur por favor | KR
nepali-cooks-madrid | alexa capital de malasia dos capitales tiene no cuáles son | MY
nepali-cooks-madrid | alexa namaste capitales del mundo abre | LAUNCH
nepali-cooks-madrid | alexa para ya que entra el jefe | STOP
nepali-cooks-madrid | alexa cuánto tiempo cocer el arroz basmati | FB
nepali-cooks-madrid | alexa la altura del everest | FB
nepali-cooks-madrid | alexa cancela dai | CANCEL
nepali-cooks-madrid | alexa ayuda cómo se pregunta capital | HELP
nepali-cooks-madrid | alexa capital de qatar | QA
# Cape Verdean former miners' families in the Bierzo and Laciana
cape-verdean-laciana | alexa kuma capital de {} | cabo verde=CV; guinea-bisáu=GW; angola=AO
cape-verdean-laciana | alexa nha fidju pregunta capital de {} | santo tomé=ST; mozambique=MZ; brasil=BR
cape-verdean-laciana | alexa sabe cuál es capital de {} | timor oriental=TL; portugal=PT; senegal=SN
cape-verdean-laciana | alexa capital de cabo verde es praia o mindelo | CV
cape-verdean-laciana | alexa cuál es la capital de león | FB
cape-verdean-laciana | alexa capital del bierzo | FB
cape-verdean-laciana | alexa pon morna de cesária évora | FB
cape-verdean-laciana | alexa capital de gambia nha | GM
cape-verdean-laciana | alexa capital de guinea conakry | GN
cape-verdean-laciana | alexa capital de togo | TG
cape-verdean-laciana | alexa capital de la república del congo la de brazzaville | CG
cape-verdean-laciana | alexa kuma para ya | STOP
cape-verdean-laciana | alexa abre capitales del mundo sabe | LAUNCH
cape-verdean-laciana | alexa cancela isso | CANCEL
cape-verdean-laciana | alexa capital de burkina faso | BF
cape-verdean-laciana | alexa capital de níger | NE
# A Holy Week brotherhood in Zamora
zamora-cofradia | alexa antes de sacar el paso dime la capital de {} | italia=IT; vaticano=VA; malta=MT
zamora-cofradia | alexa el hermano mayor pregunta la capital de {} | israel=IL; filipinas=PH; méxico=MX
zamora-cofradia | alexa cuál es la capital de tierra santa | FB
zamora-cofradia | alexa la capital de palestina que vinieron unos frailes de belén | PS
zamora-cofradia | alexa capital de polonia la tierra del papa | PL
zamora-cofradia | alexa cuál es la capital del vaticano | VA
zamora-cofradia | alexa capital de portugal que salimos a fátima | PT
zamora-cofradia | alexa capital de irlanda de los curas irlandeses | IE
zamora-cofradia | alexa a qué hora sale la procesión del silencio | FB
zamora-cofradia | alexa pon la marcha mater mea | FB
zamora-cofradia | alexa va a llover esta noche en zamora | FB
zamora-cofradia | alexa calla que empieza el miserere | STOP
zamora-cofradia | alexa silencio | STOP
zamora-cofradia | alexa abre capitales del mundo que esperamos a los cargadores | LAUNCH
zamora-cofradia | alexa cancela que ya sale el paso | CANCEL
zamora-cofradia | alexa ayuda que esto no me responde | HELP
zamora-cofradia | alexa la capital de san marino | SM
zamora-cofradia | alexa capital de líbano que allí están los cristianos maronitas | LB
# Basque pelota players and fans at a frontón in Tolosa
tolosa-fronton | alexa aupa dime la capital de {} | francia=FR; bélgica=BE; luxemburgo=LU
tolosa-fronton | alexa ene cuál es la capital de {} | alemania=DE; austria=AT; suiza=CH
tolosa-fronton | alexa entre partido y partido la capital de {} | filipinas=PH; estados unidos=US; argentina=AR
tolosa-fronton | alexa aupa cuál es la capital de euskadi | FB
tolosa-fronton | alexa capital de navarra | FB
tolosa-fronton | alexa la capital de liechtenstein ene | LI
tolosa-fronton | alexa la capital de mónaco | MC
tolosa-fronton | alexa cuál es la capital de andorra aupa | AD
tolosa-fronton | alexa los pelotaris iban a jugar a miami cuál es la capital de florida | US-FL
tolosa-fronton | alexa ene la capital de cuba que allí había frontones | CU
tolosa-fronton | alexa cómo va el partido del astelena | FB
tolosa-fronton | alexa quién ganó el manomanista | FB
tolosa-fronton | alexa aupa ábreme capitales del mundo | LAUNCH
tolosa-fronton | alexa ene calla ya | STOP
tolosa-fronton | alexa cancela aupa | CANCEL
tolosa-fronton | alexa ayuda que no sé cómo va | HELP
tolosa-fronton | alexa y la de méxico ene | MX
# Grape pickers at the vendimia in Rioja Alavesa
rioja-alavesa-vendimia | alexa mientras cargamos el remolque dime la capital de {} | georgia=GE; armenia=AM; moldavia=MD
rioja-alavesa-vendimia | alexa los de la cuadrilla preguntan la capital de {} | chile=CL; nueva zelanda=NZ; sudáfrica=ZA
rioja-alavesa-vendimia | alexa cuál es la capital de {} que hacen buen vino | hungría=HU; eslovenia=SI; macedonia del norte=MK
rioja-alavesa-vendimia | alexa cuál es la capital de la rioja | FB
rioja-alavesa-vendimia | alexa capital de álava | FB
rioja-alavesa-vendimia | alexa la capital de francia donde el champán | FR
rioja-alavesa-vendimia | alexa qué tiempo va a hacer para vendimiar | FB
rioja-alavesa-vendimia | alexa cuántos kilos caben en un remolque | FB
rioja-alavesa-vendimia | alexa el tractorista quiere saber las capitales de sudáfrica | ZA
rioja-alavesa-vendimia | alexa la capital de georgia donde inventaron el vino | GE
rioja-alavesa-vendimia | alexa la capital de australia de los vinos de barossa | AU
rioja-alavesa-vendimia | alexa y la de australia meridional | AU-SA
rioja-alavesa-vendimia | alexa para que vienen los racimos | STOP
rioja-alavesa-vendimia | alexa abre capitales del mundo que hay que hacer la hora | LAUNCH
rioja-alavesa-vendimia | alexa cancela que tengo las manos pringadas | CANCEL
rioja-alavesa-vendimia | alexa cómo se usa esto ayuda | HELP
rioja-alavesa-vendimia | alexa la capital de rumanía que vienen muchos a vendimiar | RO
rioja-alavesa-vendimia | alexa la capital de bulgaria que el compañero es de allí | BG
# A forest firefighting brigade in Ourense waiting at the base
ourense-forest-brigade | alexa en la base de la brigada dime la capital de {} | grecia=GR; chipre=CY; turquía=TR
ourense-forest-brigade | alexa por la emisora nos preguntan la capital de {} | canadá=CA; rusia=RU; australia=AU
ourense-forest-brigade | alexa el piloto del helicóptero quiere saber la capital de {} | bolivia=BO; brasil=BR; indonesia=ID
ourense-forest-brigade | alexa cuál es la capital de la columbia británica | CA-BC
ourense-forest-brigade | alexa capital de california donde los incendios | US-CA
ourense-forest-brigade | alexa cuál es la capital de portugal que mandaron medios | PT
ourense-forest-brigade | alexa qué humedad hay en ourense ahora | FB
ourense-forest-brigade | alexa va a haber tormenta seca | FB
ourense-forest-brigade | alexa cuál es la capital de ourense | FB
ourense-forest-brigade | alexa para que hay aviso | STOP
ourense-forest-brigade | alexa apaga que sale la brigada | STOP
ourense-forest-brigade | alexa abre capitales del mundo mientras esperamos | LAUNCH
ourense-forest-brigade | alexa cancela que nos llaman | CANCEL
ourense-forest-brigade | alexa la capital de la república democrática del congo que allí también arde la selva | CD
ourense-forest-brigade | alexa capital de victoria en australia | AU-VIC
ourense-forest-brigade | alexa y la de nueva gales del sur | AU-NSW
ourense-forest-brigade | alexa la capital de chile que fueron compañeros a ayudar | CL
# A hunting party at a montería in the Montes de Toledo
montes-de-toledo-monteria | alexa antes de sortear los puestos la capital de {} | tanzania=TZ; kenia=KE; zimbabue=ZW
montes-de-toledo-monteria | alexa el de la rehala pregunta la capital de {} | botsuana=BW; zambia=ZM; namibia=NA
montes-de-toledo-monteria | alexa el postor quiere saber la capital de {} | kirguistán=KG; tayikistán=TJ; mongolia=MN
montes-de-toledo-monteria | alexa cuál es la capital de toledo | FB
montes-de-toledo-monteria | alexa capital de castilla la mancha | FB
montes-de-toledo-monteria | alexa a qué hora amanece mañana | FB
montes-de-toledo-monteria | alexa cuánto pesa un venado | FB
montes-de-toledo-monteria | alexa la capital de tanzania no es dar es salam | TZ
montes-de-toledo-monteria | alexa capital de sudáfrica que fuimos de safari cuáles son las tres | ZA
montes-de-toledo-monteria | alexa la capital de kazajistán | KZ
montes-de-toledo-monteria | alexa cuál es la capital de etiopía | ET
montes-de-toledo-monteria | alexa calla que se arrancan los perros | STOP
montes-de-toledo-monteria | alexa abre capitales del mundo que aún no han soltado | LAUNCH
montes-de-toledo-monteria | alexa cancela que viene la res | CANCEL
montes-de-toledo-monteria | alexa no te entiendo ayuda | HELP
montes-de-toledo-monteria | alexa la capital de uganda | UG
# A lighthouse and weather station crew on Columbretes and a night ferry to Ibiza
columbretes-and-ibiza-crossing | alexa desde la isla dime la capital de {} | argelia=DZ; túnez=TN; libia=LY
columbretes-and-ibiza-crossing | alexa en el barco de noche la capital de {} | italia=IT; croacia=HR; albania=AL
columbretes-and-ibiza-crossing | alexa capital de baleares | FB
columbretes-and-ibiza-crossing | alexa cuánto mide la ola ahora | FB
columbretes-and-ibiza-crossing | alexa a qué hora llega el barco a ibiza | FB
columbretes-and-ibiza-crossing | alexa la capital de grecia | GR
columbretes-and-ibiza-crossing | alexa la capital de malta que pasamos cerca | MT
columbretes-and-ibiza-crossing | alexa cuál es la capital de montenegro que hay yates de allí | ME
columbretes-and-ibiza-crossing | alexa capital de gibraltar | GI
columbretes-and-ibiza-crossing | alexa calla que quiero dormir en el camarote | STOP
columbretes-and-ibiza-crossing | alexa abre capitales del mundo que hay cobertura | LAUNCH
columbretes-and-ibiza-crossing | alexa anula eso | CANCEL
columbretes-and-ibiza-crossing | alexa la capital de córcega | FB
columbretes-and-ibiza-crossing | alexa la capital de cerdeña | FB
columbretes-and-ibiza-crossing | alexa la capital de eslovenia que tiene un trocito de mar | SI
# ================================================================ es-MX own families
# Purépecha guitar makers in Paracho, Michoacán
paracho-guitar-makers | alexa aquí en el taller dime la capital de {} | españa=ES; japón=JP; alemania=DE | es-MX
paracho-guitar-makers | alexa tata pregunta cuál es la capital de {} | estados unidos=US; canadá=CA; colombia=CO | es-MX
paracho-guitar-makers | alexa nana quiere saber la capital de {} | perú=PE; ecuador=EC; costa rica=CR | es-MX
paracho-guitar-makers | alexa cuál es la capital de michoacán | MX-MIC | es-MX
paracho-guitar-makers | alexa un cliente de japón se llevó tres guitarras cuál es la capital de allá | JP | es-MX
paracho-guitar-makers | alexa la capital de españa de donde vino la guitarra | ES | es-MX
paracho-guitar-makers | alexa cuál es la capital de la madera de paracho | FB | es-MX
paracho-guitar-makers | alexa cuánto cuesta el palo de rosa | FB | es-MX
paracho-guitar-makers | alexa pon música de pirekuas | FB | es-MX
paracho-guitar-makers | alexa la capital de jalisco donde vendemos en la feria | MX-JAL | es-MX
paracho-guitar-makers | alexa ya apágate que voy a barnizar | STOP | es-MX
paracho-guitar-makers | alexa ábrenos capitales del mundo mientras seca la cola | LAUNCH | es-MX
paracho-guitar-makers | alexa cancela que se me cayó el diapasón | CANCEL | es-MX
paracho-guitar-makers | alexa cómo le pregunto una capital ayúdame | HELP | es-MX
paracho-guitar-makers | alexa la capital de corea del sur que allá compran muchas guitarras | KR | es-MX
paracho-guitar-makers | alexa y la de corea del norte | KP | es-MX
paracho-guitar-makers | alexa la capital de guatemala | GT | es-MX
# A mezcal palenque in Santiago Matatlán, Oaxaca
matatlan-palenque | alexa el maestro mezcalero pregunta la capital de {} | rusia=RU; francia=FR; australia=AU | es-MX
matatlan-palenque | alexa jovencito dime la capital de {} | el salvador=SV; honduras=HN; panamá=PA | es-MX
matatlan-palenque | alexa mientras muele la tahona la capital de {} | nueva zelanda=NZ; singapur=SG; emiratos árabes unidos=AE | es-MX
matatlan-palenque | alexa cuál es la capital de oaxaca | MX-OAX | es-MX
matatlan-palenque | alexa la capital mundial del mezcal cuál es | FB | es-MX
matatlan-palenque | alexa cuántos años tarda un espadín en madurar | FB | es-MX
matatlan-palenque | alexa unos gringos de texas vinieron al palenque cuál es la capital de texas | US-TX | es-MX
matatlan-palenque | alexa la capital de puebla | MX-PUE | es-MX
matatlan-palenque | alexa y la de guerrero donde el mezcal de cupreata | MX-GRO | es-MX
matatlan-palenque | alexa la capital de haití | HT | es-MX
matatlan-palenque | alexa ya cállate que está hirviendo el horno | STOP | es-MX
matatlan-palenque | alexa abre capitales del mundo jovencito | LAUNCH | es-MX
matatlan-palenque | alexa cancélale que ya llegaron los compradores | CANCEL | es-MX
matatlan-palenque | alexa la capital de la república del congo | CG | es-MX
matatlan-palenque | alexa capital de la república democrática del congo la grandota | CD | es-MX
# Metro vendors (vagoneros) in Mexico City
cdmx-metro-vagoneros | alexa a diez pesos le vale dime la capital de {} | argentina=AR; chile=CL; venezuela=VE | es-MX
cdmx-metro-vagoneros | alexa entre estación y estación la capital de {} | jamaica=JM; bahamas=BS; trinidad y tobago=TT | es-MX
cdmx-metro-vagoneros | alexa ahí le va joven la capital de {} | vietnam=VN; filipinas=PH; tailandia=TH | es-MX
cdmx-metro-vagoneros | alexa cuál es la capital de la ciudad de méxico | MX-CMX | es-MX
cdmx-metro-vagoneros | alexa a qué hora cierra el metro | FB | es-MX
cdmx-metro-vagoneros | alexa pon el disco de éxitos de los ochenta | FB | es-MX
cdmx-metro-vagoneros | alexa la capital de pakistán damita | PK | es-MX
cdmx-metro-vagoneros | alexa cuál es la capital de china | CN | es-MX
cdmx-metro-vagoneros | alexa la capital de sudán del sur | SS | es-MX
cdmx-metro-vagoneros | alexa la capital de sudán el de arriba | SD | es-MX
cdmx-metro-vagoneros | alexa ya párale que viene el poli | STOP | es-MX
cdmx-metro-vagoneros | alexa abre capitales del mundo pa practicar con la bocina | LAUNCH | es-MX
cdmx-metro-vagoneros | alexa cancela joven cancela | CANCEL | es-MX
cdmx-metro-vagoneros | alexa ayúdame con esto de las capitales | HELP | es-MX
cdmx-metro-vagoneros | alexa la capital de corea del norte de kim | KP | es-MX
# Overnight bus passengers at the TAPO terminal
tapo-overnight-bus | alexa mientras sale la corrida dime la capital de {} | belice=BZ; guatemala=GT; nicaragua=NI | es-MX
tapo-overnight-bus | alexa el chofer pregunta la capital de {} | campeche=MX-CAM; tabasco=MX-TAB; yucatán=MX-YUC | es-MX
tapo-overnight-bus | alexa en la sala de espera la capital de {} | cuba=CU; república dominicana=DO; haití=HT | es-MX
tapo-overnight-bus | alexa a qué hora sale el ado a mérida | FB | es-MX
tapo-overnight-bus | alexa cuántas horas son a chetumal | FB | es-MX
tapo-overnight-bus | alexa la capital de quintana roo es cancún o chetumal | MX-ROO | es-MX
tapo-overnight-bus | alexa cuál es la capital de san luis potosí | MX-SLP | es-MX
tapo-overnight-bus | alexa y la de hidalgo | MX-HID | es-MX
tapo-overnight-bus | alexa capital de dominica la isla chiquita | DM | es-MX
tapo-overnight-bus | alexa capital de granada la del caribe no la de españa | GD | es-MX
tapo-overnight-bus | alexa ya duérmete alexa | STOP | es-MX
tapo-overnight-bus | alexa abre capitales del mundo que tarda el camión | LAUNCH | es-MX
tapo-overnight-bus | alexa cancela que ya anunciaron el andén | CANCEL | es-MX
tapo-overnight-bus | alexa qué le puedo preguntar ayuda | HELP | es-MX
# Rarámuri runners and their coaches in the Sierra Tarahumara
tarahumara-runners | alexa kuira ba dime la capital de {} | kenia=KE; etiopía=ET; eritrea=ER | es-MX
tarahumara-runners | alexa el coach pregunta la capital de {} | marruecos=MA; estados unidos=US; colorado=US-CO | es-MX
tarahumara-runners | alexa antes de la carrera de bola la capital de {} | chihuahua=MX-CHH; sonora=MX-SON; durango=MX-DUR | es-MX
tarahumara-runners | alexa cuántos kilómetros tiene el ultramaratón | FB | es-MX
tarahumara-runners | alexa va a nevar en creel | FB | es-MX
tarahumara-runners | alexa la capital de la sierra tarahumara | FB | es-MX
tarahumara-runners | alexa capital de uganda de los corredores | UG | es-MX
tarahumara-runners | alexa la capital de japón donde corrió el compañero | JP | es-MX
tarahumara-runners | alexa ya cállate que vamos a entrenar | STOP | es-MX
tarahumara-runners | alexa abre capitales del mundo para los muchachos | LAUNCH | es-MX
tarahumara-runners | alexa cancela eso kuira | CANCEL | es-MX
tarahumara-runners | alexa la capital de ruanda | RW | es-MX
tarahumara-runners | alexa la capital de burundi | BI | es-MX
# Sailors of the Mexican Navy on watch in Manzanillo
manzanillo-navy-watch | alexa durante la guardia dime la capital de {} | fiyi=FJ; samoa=WS; tonga=TO | es-MX
manzanillo-navy-watch | alexa mi capitán quiere saber la capital de {} | papúa nueva guinea=PG; islas salomón=SB; vanuatu=VU | es-MX
manzanillo-navy-watch | alexa en el buque escuela la capital de {} | kiribati=KI; tuvalu=TV; nauru=NR | es-MX
manzanillo-navy-watch | alexa capital de micronesia | FM | es-MX
manzanillo-navy-watch | alexa la capital de palaos | PW | es-MX
manzanillo-navy-watch | alexa capital de las islas marshall | MH | es-MX
manzanillo-navy-watch | alexa cuál es la capital de colima | MX-COL | es-MX
manzanillo-navy-watch | alexa la capital de la polinesia francesa | PF | es-MX
manzanillo-navy-watch | alexa cuántos nudos es el viento | FB | es-MX
manzanillo-navy-watch | alexa a qué hora es el cambio de guardia | FB | es-MX
manzanillo-navy-watch | alexa silencio en el puente | STOP | es-MX
manzanillo-navy-watch | alexa abre capitales del mundo para el marinero | LAUNCH | es-MX
manzanillo-navy-watch | alexa cancela la orden | CANCEL | es-MX
manzanillo-navy-watch | alexa la capital de hawái donde atracamos | US-HI | es-MX
manzanillo-navy-watch | alexa capital de las islas cook | CK | es-MX
# A family building the Day of the Dead altar in Mixquic
mixquic-ofrenda | alexa mientras ponemos la ofrenda dime la capital de {} | italia=IT; irlanda=IE; líbano=LB | es-MX
mixquic-ofrenda | alexa el abuelo quería conocer la capital de {} | egipto=EG; grecia=GR; india=IN | es-MX
mixquic-ofrenda | alexa cuál es la capital de los muertos | FB | es-MX
mixquic-ofrenda | alexa cuántas veladoras van en el altar | FB | es-MX
mixquic-ofrenda | alexa pon la llorona | FB | es-MX
mixquic-ofrenda | alexa la capital de bolivia que allá también hacen todos santos y son dos capitales | BO | es-MX
mixquic-ofrenda | alexa la capital de guatemala de los barriletes | GT | es-MX
mixquic-ofrenda | alexa la capital de filipinas | PH | es-MX
mixquic-ofrenda | alexa ya apágate que vienen a rezar | STOP | es-MX
mixquic-ofrenda | alexa abre capitales del mundo para los chamacos | LAUNCH | es-MX
mixquic-ofrenda | alexa cancela que se cae el papel picado | CANCEL | es-MX
mixquic-ofrenda | alexa ayúdale a mi sobrino con las capitales | HELP | es-MX
mixquic-ofrenda | alexa la capital de madagascar | MG | es-MX
mixquic-ofrenda | alexa la capital de las comoras | KM | es-MX
# ================================================================ es-US own families
# Oilfield crews in the Permian Basin, Midland and Odessa
permian-oilfield-crews | alexa en la yarda dime la capital de {} | arabia saudita=SA; irak=IQ; kuwait=KW | es-US
permian-oilfield-crews | alexa el bos pregunta la capital de {} | nuevo méxico=US-NM; oklahoma=US-OK; dakota del norte=US-ND | es-US
permian-oilfield-crews | alexa en el rig estamos apostando la capital de {} | venezuela=VE; nigeria=NG; noruega=NO | es-US
permian-oilfield-crews | alexa cuál es la capital de texas que no es houston | US-TX | es-US
permian-oilfield-crews | alexa capital de angola donde mandan a los del offshore | AO | es-US
permian-oilfield-crews | alexa capital de kazajistán el compañero trabajó allí | KZ | es-US
permian-oilfield-crews | alexa capital de azerbaiyán | AZ | es-US
permian-oilfield-crews | alexa capital de turkmenistán | TM | es-US
permian-oilfield-crews | alexa a cuánto está el barril hoy | FB | es-US
permian-oilfield-crews | alexa cuál es la capital del petróleo | FB | es-US
permian-oilfield-crews | alexa qué tan lejos está odessa de midland | FB | es-US
permian-oilfield-crews | alexa shut up ya cállate | STOP | es-US
permian-oilfield-crews | alexa open capitales del mundo en la troca | LAUNCH | es-US
permian-oilfield-crews | alexa cancel eso que llegó el safety man | CANCEL | es-US
permian-oilfield-crews | alexa cómo se usa esto help | HELP | es-US
permian-oilfield-crews | alexa capital de gabón | GA | es-US
permian-oilfield-crews | alexa la capital de brunéi | BN | es-US
# Puerto Ricans in Hartford, Connecticut
hartford-boricuas | alexa wepa dime la capital de {} | república dominicana=DO; cuba=CU; jamaica=JM | es-US
hartford-boricuas | alexa nene cuál es la capital de {} | connecticut=US-CT; massachusetts=US-MA; rhode island=US-RI | es-US
hartford-boricuas | alexa bendito la capital de {} | islas vírgenes británicas=VG; aruba=AW; curazao=CW | es-US
hartford-boricuas | alexa la capital de puerto rico es san juan verdad | PR | es-US
hartford-boricuas | alexa capital de barbados | BB | es-US
hartford-boricuas | alexa capital de santa lucía | LC | es-US
hartford-boricuas | alexa capital de san vicente y las granadinas | VC | es-US
hartford-boricuas | alexa capital de antigua y barbuda | AG | es-US
hartford-boricuas | alexa capital de san cristóbal y nieves | KN | es-US
hartford-boricuas | alexa ay bendito cállate | STOP | es-US
hartford-boricuas | alexa abre capitales del mundo pa la nena | LAUNCH | es-US
hartford-boricuas | alexa cancela eso nene | CANCEL | es-US
hartford-boricuas | alexa pon a marc anthony | FB | es-US
hartford-boricuas | alexa cuál es la capital de vieques | FB | es-US
hartford-boricuas | alexa dime la capital de las islas vírgenes americanas | VI | es-US
# Guatemalan Q'anjob'al tomato pickers in Immokalee, Florida
immokalee-tomato-pickers | alexa después de llenar la cubeta dime la capital de {} | guatemala=GT; méxico=MX; el salvador=SV | es-US
immokalee-tomato-pickers | alexa el mayordomo pregunta la capital de {} | florida=US-FL; georgia el estado=US-GA; carolina del sur=US-SC | es-US
immokalee-tomato-pickers | alexa la capital de {} por favor | haití=HT; honduras=HN; belice=BZ | es-US
immokalee-tomato-pickers | alexa capital de huehuetenango | FB | es-US
immokalee-tomato-pickers | alexa cuánto pagan la cubeta hoy | FB | es-US
immokalee-tomato-pickers | alexa a qué hora pasa el bus al campo | FB | es-US
immokalee-tomato-pickers | alexa la capital de guatemala se llama ciudad de guatemala nomás | GT | es-US
immokalee-tomato-pickers | alexa la capital de las bahamas | BS | es-US
immokalee-tomato-pickers | alexa ya no gracias apágate | STOP | es-US
immokalee-tomato-pickers | alexa abre capitales del mundo para mi patojo | LAUNCH | es-US
immokalee-tomato-pickers | alexa cancela eso por favor | CANCEL | es-US
immokalee-tomato-pickers | alexa no sé usar esto ayúdame | HELP | es-US
immokalee-tomato-pickers | alexa capital de corea del sur | KR | es-US
# Bolivians in Arlington, Virginia
arlington-bolivians | alexa ya pues dime las capitales de {} | bolivia=BO; sudáfrica=ZA; malasia=MY | es-US
arlington-bolivians | alexa la capital de {} pues | perú=PE; paraguay=PY; argentina=AR | es-US
arlington-bolivians | alexa jallalla cuál es la capital de {} | virginia=US-VA; maryland=US-MD; delaware=US-DE | es-US
arlington-bolivians | alexa la capital de bolivia es sucre o la paz ya pues | BO | es-US
arlington-bolivians | alexa capital de washington dc | US-DC | es-US
arlington-bolivians | alexa cuándo es el desfile de la morenada | FB | es-US
arlington-bolivians | alexa pon los kjarkas | FB | es-US
arlington-bolivians | alexa capital de ecuador pues | EC | es-US
arlington-bolivians | alexa la capital de colombia | CO | es-US
arlington-bolivians | alexa ya pues cállate | STOP | es-US
arlington-bolivians | alexa abre capitales del mundo ya pues | LAUNCH | es-US
arlington-bolivians | alexa cancela nomás | CANCEL | es-US
arlington-bolivians | alexa cómo es esto dame una ayudita pues | HELP | es-US
arlington-bolivians | alexa la capital de los países bajos con una yapita | NL | es-US
# Blueberry rakers in Down East Maine
maine-blueberry-rakers | alexa con el rastrillo en la mano la capital de {} | maine=US-ME; vermont=US-VT; nuevo hampshire=US-NH | es-US
maine-blueberry-rakers | alexa en el campamento preguntan la capital de {} | nuevo brunswick=CA-NB; nueva escocia=CA-NS; isla del príncipe eduardo=CA-PE | es-US
maine-blueberry-rakers | alexa cuál es la capital de {} que hay compañeros de allá | honduras=HN; haití=HT; mauritania=MR | es-US
maine-blueberry-rakers | alexa cuántas cajas llevamos | FB | es-US
maine-blueberry-rakers | alexa va a hacer frío en la noche | FB | es-US
maine-blueberry-rakers | alexa la capital de las blueberries | FB | es-US
maine-blueberry-rakers | alexa la capital de canadá | CA | es-US
maine-blueberry-rakers | alexa capital de terranova | CA-NL | es-US
maine-blueberry-rakers | alexa ya apágate | STOP | es-US
maine-blueberry-rakers | alexa abre capitales del mundo en el tráiler | LAUNCH | es-US
maine-blueberry-rakers | alexa cancela ya | CANCEL | es-US
maine-blueberry-rakers | alexa la capital de somalia | SO | es-US
maine-blueberry-rakers | alexa la capital de yibuti | DJ | es-US
# A Salvadoran pupusería in Brentwood, Long Island
brentwood-pupuseria | alexa vaya pues dime la capital de {} | el salvador=SV; nicaragua=NI; costa rica=CR | es-US
brentwood-pupuseria | alexa cipote quiere saber la capital de {} | nueva york=US-NY; nueva jersey=US-NJ; pensilvania=US-PA | es-US
brentwood-pupuseria | alexa entre pupusa y pupusa la capital de {} | panamá=PA; colombia=CO; ecuador=EC | es-US
brentwood-pupuseria | alexa capital de el salvador es san salvador verdad | SV | es-US
brentwood-pupuseria | alexa capital de long island | FB | es-US
brentwood-pupuseria | alexa cuánto queso lleva una revuelta | FB | es-US
brentwood-pupuseria | alexa la capital de honduras vaya | HN | es-US
brentwood-pupuseria | alexa qué chivo la capital de australia | AU | es-US
brentwood-pupuseria | alexa ya estuvo cállate | STOP | es-US
brentwood-pupuseria | alexa abre capitales del mundo para el cipote | LAUNCH | es-US
brentwood-pupuseria | alexa cancela vaya | CANCEL | es-US
brentwood-pupuseria | alexa la capital de la república democrática del congo | CD | es-US
brentwood-pupuseria | alexa la capital de palestina | PS | es-US
# A senior centre in San Antonio
san-antonio-senior-centre | alexa los viejitos preguntan la capital de {} | españa=ES; portugal=PT; inglaterra=GB-ENG | es-US
san-antonio-senior-centre | alexa mijo dime la capital de {} | coahuila=MX-COA; nuevo león=MX-NLE; zacatecas=MX-ZAC | es-US
san-antonio-senior-centre | alexa en la clase de ejercicio la capital de {} | suecia=SE; dinamarca=DK; estonia=EE | es-US
san-antonio-senior-centre | alexa la capital del reino unido | GB | es-US
san-antonio-senior-centre | alexa a qué hora es la lotería | FB | es-US
san-antonio-senior-centre | alexa pon a lydia mendoza | FB | es-US
san-antonio-senior-centre | alexa cuál es la capital de ecuador mija | EC | es-US
san-antonio-senior-centre | alexa la capital de perú | PE | es-US
san-antonio-senior-centre | alexa ya no la quiero apágala | STOP | es-US
san-antonio-senior-centre | alexa abre capitales del mundo pa los viejitos | LAUNCH | es-US
san-antonio-senior-centre | alexa cancela mijo | CANCEL | es-US
san-antonio-senior-centre | alexa no oigo bien ayúdame cómo se usa | HELP | es-US
san-antonio-senior-centre | alexa la capital de corea del norte | KP | es-US
san-antonio-senior-centre | alexa la capital del congo brazzaville | CG | es-US
# ================================================================ more shared lines
launch | alexa oye abre capitales del mundo que vamos a repasar para el examen de mañana | LAUNCH
launch | alexa abre capitales del mundo que la niña tiene deberes de geografía | LAUNCH
launch | alexa ponme el juego ese de capitales del mundo | LAUNCH
launch | alexa quiero entrar a capitales del mundo un ratito | LAUNCH
launch | alexa abre capitales del mundo que nos aburrimos en la sobremesa | LAUNCH
launch | alexa arráncame capitales del mundo | LAUNCH
launch | alexa venga abre capitales del mundo | LAUNCH
launch | alexa ejecuta capitales del mundo | LAUNCH
launch | alexa hola capitales del mundo | LAUNCH
launch | alexa ábrete sésamo digo abre capitales del mundo | LAUNCH
launch | alexa pásame a capitales del mundo | LAUNCH
launch | alexa conéctame con capitales del mundo | LAUNCH | es-MX
launch | alexa oye pon capitales del mundo para mi hijo | LAUNCH | es-MX
launch | alexa abre capitales del mundo ándale | LAUNCH | es-MX
launch | alexa inicia la aplicación capitales del mundo | LAUNCH | es-MX
launch | alexa quiero abrir el de capitales del mundo | LAUNCH | es-MX
launch | alexa abre capitales del mundo que vamos a jugar en familia | LAUNCH | es-MX
launch | alexa ábreme capitales del mundo tantito | LAUNCH | es-MX
launch | alexa entra a capitales del mundo | LAUNCH | es-MX
launch | alexa oye alexa abre capitales del mundo | LAUNCH | es-MX
launch | alexa let's play capitales del mundo | LAUNCH | es-US
launch | alexa open the skill capitales del mundo | LAUNCH | es-US
launch | alexa abre capitales del mundo for my kids | LAUNCH | es-US
launch | alexa launch capitales del mundo | LAUNCH | es-US
launch | alexa pon capitales del mundo que vamos a estudiar | LAUNCH | es-US
launch | alexa quiero jugar con capitales del mundo | LAUNCH | es-US
launch | alexa abre capitales del mundo en español | LAUNCH | es-US
launch | alexa inicia capitales del mundo ahorita | LAUNCH | es-US
launch | alexa abre capitales del mundo mi amor | LAUNCH | es-US
stop | alexa ya no quiero más capitales gracias | STOP
stop | alexa para que me estás mareando | STOP
stop | alexa apaga capitales del mundo | STOP
stop | alexa sal de aquí | STOP
stop | alexa ya basta alexa | STOP | es-MX
stop | alexa ya párale con las capitales | STOP | es-MX
stop | alexa ciérralo ya | STOP | es-MX
stop | alexa ya no gracias | STOP | es-MX
stop | alexa stop it ya | STOP | es-US
stop | alexa ya para con las capitales okay | STOP | es-US
stop | alexa ya terminé gracias adiós | STOP | es-US
stop | alexa exit | STOP | es-US
cancel | alexa no eso no cancela la última | CANCEL
cancel | alexa cancela lo de la capital | CANCEL
cancel | alexa cancela esa búsqueda que me he equivocado | CANCEL
cancel | alexa espera cancela | CANCEL
cancel | alexa cancela eso que no era | CANCEL | es-MX
cancel | alexa mejor no cancélalo | CANCEL | es-MX
cancel | alexa cancela la capital esa no la quiero | CANCEL | es-MX
cancel | alexa cancela esa pregunta | CANCEL | es-US
cancel | alexa cancel cancel | CANCEL | es-US
cancel | alexa cancela lo último que dije | CANCEL | es-US
help | alexa qué hago ahora con las capitales | HELP
help | alexa no sé qué hacer ayúdame con las capitales | HELP
help | alexa cómo funcionan las capitales del mundo dime | HELP
help | alexa ayuda cómo se le pregunta | HELP | es-MX
help | alexa qué le digo para que me diga la capital | HELP | es-MX
help | alexa dame ayuda con capitales del mundo | HELP | es-US
help | alexa i need help con las capitales | HELP | es-US
help | alexa cómo le pregunto por un país | HELP | es-US
out-of-domain | alexa cuál es la capital más fría del mundo | FB
out-of-domain | alexa cuál es la capital más alta del mundo | FB
out-of-domain | alexa cuántos países hay en el mundo | FB
out-of-domain | alexa cuál es la capital de la unión europea | FB
out-of-domain | alexa qué hora es en tokio | FB
out-of-domain | alexa cuál es la capital de oceanía | FB
out-of-domain | alexa pon el telediario | FB
out-of-domain | alexa cuál es el himno de francia | FB
out-of-domain | alexa qué distancia hay de madrid a parís | FB
out-of-domain | alexa añade leche a la lista de la compra | FB
out-of-domain | alexa cuál es la capital de la moda | FB
out-of-domain | alexa cuál es la ciudad más poblada de china | FB
out-of-domain | alexa pon el canal de los dibujos | FB | es-MX
out-of-domain | alexa cuál es la capital del rock | FB | es-MX
out-of-domain | alexa qué día es hoy | FB | es-MX
out-of-domain | alexa cuántos habitantes tiene guadalajara | FB | es-MX
out-of-domain | alexa cuál es la capital de centroamérica | FB | es-MX
out-of-domain | alexa pon un cronómetro | FB | es-MX
out-of-domain | alexa cuál es el océano más grande | FB | es-MX
out-of-domain | alexa qué idioma hablan en brasil | FB | es-MX
out-of-domain | alexa cómo se llama el presidente de argentina | FB | es-MX
out-of-domain | alexa cuál es la capital de norteamérica | FB | es-US
out-of-domain | alexa qué temperatura hace en chicago | FB | es-US
out-of-domain | alexa cuánto cuesta un boleto a san salvador | FB | es-US
out-of-domain | alexa cuál es la ciudad más grande de texas | FB | es-US
out-of-domain | alexa set a timer de cinco minutos | FB | es-US
out-of-domain | alexa cuál es el estado más grande de estados unidos | FB | es-US
out-of-domain | alexa qué moneda usan en japón | FB | es-US
out-of-domain | alexa cuál es la capital del hip hop | FB | es-US
official-name | alexa capital del reino unido de gran bretaña e irlanda del norte | GB
official-name | alexa capital de la república francesa | FR
official-name | alexa capital del reino de marruecos | MA
official-name | alexa capital de la república popular china | CN
official-name | alexa capital del reino de arabia saudí | SA | es-MX
official-name | alexa capital de la república argentina | AR | es-MX
official-name | alexa capital de la república federativa de brasil | BR | es-MX
official-name | alexa capital de la república de costa de marfil | CI | es-US
official-name | alexa capital de la república de la unión de myanmar | MM | es-US
official-name | alexa capital del reino de tailandia | TH | es-US
official-name | alexa capital de la república democrática federal de etiopía | ET
official-name | alexa capital del reino hachemita de jordania | JO | es-MX
official-name | alexa capital de la república socialista de vietnam | VN | es-US
everyday-name | alexa capital de bielorrusia o belarús | BY
everyday-name | alexa capital del zaire | CD
everyday-name | alexa capital de gran bretaña | GB
everyday-name | alexa capital de la unión soviética | FB
everyday-name | alexa capital de checoslovaquia | FB | es-MX
everyday-name | alexa capital del congo belga | CD | es-MX
everyday-name | alexa capital de dahomey | BJ | es-MX
everyday-name | alexa capital de siam | TH | es-MX
everyday-name | alexa capital de holland | NL | es-US
everyday-name | alexa capital de formosa | TW | es-US
everyday-name | alexa capital de timor oriental | TL | es-US
everyday-name | alexa capital del alto volta | BF
shared-name | alexa capital de guinea la de áfrica ecuatorial | GQ
shared-name | alexa capital de san martín la isla | MF
shared-name | alexa capital de dominica no república dominicana | DM | es-MX
shared-name | alexa capital del otro congo | CG
shared-name | alexa capital de las coreas | KP+KR | es-MX
shared-name | alexa capital de sudán | SD | es-US
shared-name | alexa capital de santiago | FB | es-US
shared-name | alexa capital de méxico | MX | es-MX
shared-name | alexa capital de victoria | AU-VIC | es-US
shared-name | alexa capital de córdoba | FB | es-MX
shared-name | alexa capital de las dos coreas | KP+KR | es-US
shared-name | alexa capital del congo grande | CD | es-US
shared-name | alexa capital de irlanda la del sur | IE
shared-name | alexa capital de papúa | PG
subdivision | alexa capital de galicia | FB
subdivision | alexa capital de cataluña | FB
subdivision | alexa capital de inglaterra | GB-ENG | es-MX
subdivision | alexa capital de nuevo león | MX-NLE | es-MX
subdivision | alexa capital de sinaloa | MX-SIN | es-MX
subdivision | alexa capital de zacatecas | MX-ZAC | es-MX
subdivision | alexa capital de tlaxcala | MX-TLA | es-MX
subdivision | alexa capital de morelos | MX-MOR | es-MX
subdivision | alexa capital de nayarit | MX-NAY | es-MX
subdivision | alexa capital de querétaro | MX-QUE | es-MX
subdivision | alexa capital de guanajuato | MX-GUA | es-MX
subdivision | alexa capital de aguascalientes | MX-AGU | es-MX
subdivision | alexa capital de arizona | US-AZ | es-US
subdivision | alexa capital de colorado | US-CO | es-US
subdivision | alexa capital de georgia el estado | US-GA | es-US
subdivision | alexa capital de carolina del norte | US-NC | es-US
subdivision | alexa capital de utah | US-UT | es-US
subdivision | alexa capital de oregón | US-OR | es-US
subdivision | alexa capital de misisipi | US-MS | es-US
subdivision | alexa capital de luisiana | US-LA | es-US
subdivision | alexa capital de alaska | US-AK | es-US
subdivision | alexa capital de wisconsin | US-WI | es-US
subdivision | alexa capital de flandes | FB
subdivision | alexa capital de renania del norte westfalia | DE-NW
subdivision | alexa capital de queensland | AU-QLD
subdivision | alexa capital de sicilia | FB
subdivision | alexa capital de córcega | FB | es-MX
subdivision | alexa capital de yucatán | MX-YUC | es-MX
follow-up | y la de chad | TD
follow-up | y camerún | CM
follow-up | y la de lesoto | LS | es-MX
follow-up | y la de uzbekistán | UZ | es-MX
follow-up | y la centroafricana | CF | es-US
follow-up | y la de mónaco | MC
follow-up | y la de congo brazzaville | CG | es-US
follow-up | y de palestina | PS | es-US
follow-up | y la otra corea la del norte | KP
follow-up | y la de la del sur | KR | es-MX
follow-up | y la de holanda | NL | es-MX
follow-up | y sudáfrica cuáles | ZA | es-US
follow-up | y bolivia que tiene dos | BO | es-MX
follow-up | y malasia | MY | es-US
follow-up | y la del congo de kinshasa entonces | CD | es-US
yes-no-check | alexa la capital de kenia es nairobi sí | KE
yes-no-check | alexa es ottawa la capital de canadá | CA | es-MX
yes-no-check | alexa es la capital de san cristóbal y nieves basseterre | KN | es-US
yes-no-check | alexa la capital de chad es yamena verdad | TD
yes-no-check | alexa la capital de camerún es yaundé no | CM | es-MX
yes-no-check | alexa es maseru la capital de lesoto | LS | es-US
yes-no-check | alexa taskent es la capital de uzbekistán verdad | UZ
yes-no-check | alexa bangui es capital de la república centroafricana | CF | es-MX
yes-no-check | alexa mónaco tiene capital mónaco o montecarlo | MC | es-US
yes-no-check | alexa es brazzaville la capital de la república del congo | CG
yes-no-check | alexa la capital de palestina es jerusalén este | PS | es-MX
reverse-question | alexa de qué país es capital yamena | CITY:Yamena
reverse-question | alexa la capital yaundé de qué país es | CITY:Yaundé | es-MX
reverse-question | alexa maseru de dónde es capital | CITY:Maseru | es-US
reverse-question | alexa de qué país es capital taskent | CITY:Taskent
reverse-question | alexa de qué país es capital bangui | CITY:Bangui | es-MX
reverse-question | alexa qué país tiene como capital kinshasa | CITY:Kinshasa | es-US
reverse-question | alexa brazzaville es capital de qué país | CITY:Brazzaville
reverse-question | alexa pyongyang de qué país es capital | CITY:Pyongyang | es-MX
reverse-question | alexa de qué país es capital seúl | CITY:Seúl | es-US
reverse-question | alexa ramala de dónde es capital | CITY:Ramala
self-correction | alexa la capital de chad digo de chipre | CY
self-correction | alexa capital de camboya no de camerún | CM | es-MX
self-correction | alexa la capital de lituania no lesoto perdón | LS | es-US
self-correction | alexa la capital de uruguay ay no uzbekistán | UZ
self-correction | alexa la capital de corea del norte no la del sur | KR | es-MX
self-correction | alexa la capital de pakistán no palestina | PS | es-US
self-correction | alexa capital del congo kinshasa no brazzaville | CG
plural-capitals | alexa me dices las dos capitales de sri lanka que no me acuerdo | LK
plural-capitals | alexa las capitales de benín porfa | BJ | es-MX
plural-capitals | alexa todas las capitales de sudáfrica cuáles son | ZA | es-US
plural-capitals | alexa las dos capitales de bolivia cuáles son | BO | es-US
plural-capitals | alexa ambas capitales de los países bajos | NL
plural-capitals | alexa capitales de malasia porfa | MY | es-MX
plural-capitals | alexa las dos capitales de costa de marfil cuáles son | CI | es-US
plural-capitals | alexa ambas capitales de esuatini please | SZ | es-US
# ================================================================ more own families
# Totonac voladores and their families in Papantla, Veracruz
papantla-voladores | alexa antes de subir al palo dime la capital de {} | austria=AT; noruega=NO; polonia=PL | es-MX
papantla-voladores | alexa el caporal pregunta la capital de {} | china=CN; rusia=RU; india=IN | es-MX
papantla-voladores | alexa fuimos a volar a {} cuál es su capital | alemania=DE; bélgica=BE; países bajos=NL | es-MX
papantla-voladores | alexa cuál es la capital de veracruz es xalapa o veracruz puerto | MX-VER | es-MX
papantla-voladores | alexa cuánto mide el palo volador | FB | es-MX
papantla-voladores | alexa va a haber norte hoy | FB | es-MX
papantla-voladores | alexa cuál es la capital de la vainilla | FB | es-MX
papantla-voladores | alexa capital de madagascar que también da vainilla | MG | es-MX
papantla-voladores | alexa ya cállate que vamos a bajar | STOP | es-MX
papantla-voladores | alexa abre capitales del mundo para los niños voladores | LAUNCH | es-MX
papantla-voladores | alexa cancélalo ya empezó la danza | CANCEL | es-MX
papantla-voladores | alexa cómo le hago para preguntarte ayúdame | HELP | es-MX
papantla-voladores | alexa la capital de la república checa | CZ | es-MX
papantla-voladores | alexa la capital de palestina | PS | es-MX
papantla-voladores | alexa las dos capitales de holanda donde volamos | NL | es-MX
# Herbalists and stallholders at the Mercado de Sonora
mercado-de-sonora | alexa marchante quiere saber la capital de {} | cuba=CU; haití=HT; nigeria=NG | es-MX
mercado-de-sonora | alexa entre limpia y limpia la capital de {} | benín=BJ; brasil=BR; perú=PE | es-MX
mercado-de-sonora | alexa güerita dime la capital de {} | marruecos=MA; egipto=EG; turquía=TR | es-MX
mercado-de-sonora | alexa cuánto cuesta la veladora de siete potencias | FB | es-MX
mercado-de-sonora | alexa pon música para una limpia | FB | es-MX
mercado-de-sonora | alexa qué signo es el que nace en marzo | FB | es-MX
mercado-de-sonora | alexa la capital de benín que de allá viene el vudú cuáles son | BJ | es-MX
mercado-de-sonora | alexa la capital de la india | IN | es-MX
mercado-de-sonora | alexa ya apágate que llegó una clienta | STOP | es-MX
mercado-de-sonora | alexa abre capitales del mundo marchanta | LAUNCH | es-MX
mercado-de-sonora | alexa cancela eso güerita | CANCEL | es-MX
mercado-de-sonora | alexa la capital de corea del sur de las novelas | KR | es-MX
mercado-de-sonora | alexa la capital de corea del norte | KP | es-MX
mercado-de-sonora | alexa capital del congo la de kinshasa | CD | es-MX
# Mail carriers on their routes in Phoenix and Tucson
postal-carriers-arizona | alexa antes de salir a la ruta la capital de {} | arizona=US-AZ; nevada=US-NV; idaho=US-ID | es-US
postal-carriers-arizona | alexa me llegó un paquete de {} cuál es su capital | corea del sur=KR; japón=JP; taiwán=TW | es-US
postal-carriers-arizona | alexa el supervisor pregunta la capital de {} | montana=US-MT; wyoming=US-WY; dakota del sur=US-SD | es-US
postal-carriers-arizona | alexa a cuántos grados vamos a llegar hoy | FB | es-US
postal-carriers-arizona | alexa cuál es el zip code de tucson | FB | es-US
postal-carriers-arizona | alexa cuánto cuesta un sello para méxico | FB | es-US
postal-carriers-arizona | alexa la capital de sonora que está aquí al lado | MX-SON | es-US
postal-carriers-arizona | alexa capital de palestina me llegó una carta de allá | PS | es-US
postal-carriers-arizona | alexa ya cállate que voy manejando | STOP | es-US
postal-carriers-arizona | alexa abre capitales del mundo en mi break | LAUNCH | es-US
postal-carriers-arizona | alexa cancela el último | CANCEL | es-US
postal-carriers-arizona | alexa help me digo ayúdame con las capitales | HELP | es-US
postal-carriers-arizona | alexa capital de nuevo méxico | US-NM | es-US
postal-carriers-arizona | alexa capital de la república del congo me llegó un sobre | CG | es-US
# A car wash crew on Houston's east side, between cars
houston-car-wash | alexa mientras seca el carro dime la capital de {} | honduras=HN; guatemala=GT; méxico=MX | es-US
houston-car-wash | alexa el manager pregunta la capital de {} | luisiana=US-LA; arkansas=US-AR; tennessee=US-TN | es-US
houston-car-wash | alexa un cliente de {} nos preguntó la capital | nigeria=NG; vietnam=VN; pakistán=PK | es-US
houston-car-wash | alexa cuánto cobran por el encerado | FB | es-US
houston-car-wash | alexa va a llover hoy en houston | FB | es-US
houston-car-wash | alexa pon a los cadetes de linares | FB | es-US
houston-car-wash | alexa la capital de texas austin verdad | US-TX | es-US
houston-car-wash | alexa la capital de cuba | CU | es-US
houston-car-wash | alexa ya cállate que llegó otro carro | STOP | es-US
houston-car-wash | alexa abre capitales del mundo mientras no hay carros | LAUNCH | es-US
houston-car-wash | alexa cancela que viene el jefe | CANCEL | es-US
houston-car-wash | alexa cómo es esto de las capitales ayuda | HELP | es-US
houston-car-wash | alexa capital de la república centroafricana | CF | es-US
houston-car-wash | alexa la capital de corea del norte que salió en las noticias | KP | es-US
# Benedictine guesthouse at Silos: guests and the guestmaster
silos-guesthouse | alexa el padre hospedero pregunta la capital de {} | hungría=HU; austria=AT; eslovaquia=SK
silos-guesthouse | alexa en la hospedería dime la capital de {} | etiopía=ET; armenia=AM; líbano=LB
silos-guesthouse | alexa a qué hora son las vísperas | FB
silos-guesthouse | alexa pon canto gregoriano | FB
silos-guesthouse | alexa cuál es la capital de burgos | FB
silos-guesthouse | alexa bajito la capital de ruanda | RW
silos-guesthouse | alexa silencio que estamos en clausura | STOP
silos-guesthouse | alexa abre capitales del mundo bajito | LAUNCH
silos-guesthouse | alexa cancela por caridad | CANCEL
silos-guesthouse | alexa la capital de la república democrática del congo donde hay monjes | CD
silos-guesthouse | alexa la capital de palestina donde está belén | PS
silos-guesthouse | alexa la capital de corea del sur de los monjes coreanos | KR
# Out-of-domain said by the same speakers at home
out-of-domain | alexa cuántos países tienen dos capitales | FB
out-of-domain | alexa cuál es la capital más antigua de europa | FB
out-of-domain | alexa cuál es la capital de provincia más pequeña | FB
out-of-domain | alexa dime un país que empiece por u | FB
out-of-domain | alexa qué país tiene más habitantes | FB
out-of-domain | alexa cuál es la capital de la pizza | FB | es-MX
out-of-domain | alexa qué países tienen frontera con méxico | FB | es-MX
out-of-domain | alexa cuál es el país más pequeño del mundo | FB | es-MX
out-of-domain | alexa cuántos continentes hay | FB | es-MX
out-of-domain | alexa cuál es el lago más grande de américa | FB | es-US
out-of-domain | alexa qué países hablan español | FB | es-US
out-of-domain | alexa cuál es la capital de la gastronomía | FB | es-US
out-of-domain | alexa cuál es la capital de la luna | FB | es-US
# ================================================================ extensions
mieres-mining-pensioners | alexa ho y la capital de georgia la de stalin | GE
mieres-mining-pensioners | alexa los compañeros que vinieron de checoslovaquia de qué capital eran | FB
mieres-mining-pensioners | alexa guaje pon la radio que dan el fútbol | FB
la-palma-banana-packers | alexa chacho cuál es la capital de senegal que pasan los cayucos | SN
la-palma-banana-packers | alexa mi niño cuánto tarda el barco a tenerife | FB
la-palma-banana-packers | alexa ay mi niño cuál es la capital de cuba que mi abuelo estuvo allí | CU
syrian-families-barcelona | alexa capital de sudán mi vecino es de allí | SD
syrian-families-barcelona | alexa habibi capital de argelia | DZ
syrian-families-barcelona | alexa cuánto tarda avión a damasco | FB
nepali-cooks-madrid | alexa dai capital de kuwait mi cuñado trabaja allí | KW
nepali-cooks-madrid | alexa capital de bangladés la de mi compañero | BD
nepali-cooks-madrid | alexa hajur capital de japón | JP
cape-verdean-laciana | alexa capital de cabo verde sabe la sé pero quiero oírla | CV
cape-verdean-laciana | alexa nha fidju capital de estados unidos | US
zamora-cofradia | alexa el capellán pregunta la capital de etiopía que allí hay cristianos antiguos | ET
zamora-cofradia | alexa a qué hora es la misa de la hermandad | FB
tolosa-fronton | alexa aupa la capital de uruguay que hay vascos allí | UY
tolosa-fronton | alexa ene la capital de idaho donde hay muchos vascos | US-ID
tolosa-fronton | alexa cuál es la capital de nevada donde los pastores vascos | US-NV
rioja-alavesa-vendimia | alexa la capital de argentina donde mendoza | AR
rioja-alavesa-vendimia | alexa cuál es la capital de portugal del oporto | PT
ourense-forest-brigade | alexa cuál es la capital de grecia que allí ardió mucho | GR
ourense-forest-brigade | alexa qué viento hay en la sierra de xurés | FB
montes-de-toledo-monteria | alexa la capital de hungría que tienen buenos venados | HU
montes-de-toledo-monteria | alexa la capital de polonia donde cazan jabalíes | PL
montes-de-toledo-monteria | alexa el secretario de la montería quiere saber la capital de escocia | GB-SCT
columbretes-and-ibiza-crossing | alexa la capital de marruecos que se ve la costa | MA
columbretes-and-ibiza-crossing | alexa qué fase tiene la luna hoy | FB
silos-guesthouse | alexa la capital de egipto donde empezaron los monjes | EG
silos-guesthouse | alexa la capital de siria donde vivió san simeón | SY
silos-guesthouse | alexa ayuda padre digo alexa ayuda | HELP
paracho-guitar-makers | alexa tata quiere saber la capital de portugal | PT | es-MX
paracho-guitar-makers | alexa cuál es la capital de cuba de la trova | CU | es-MX
paracho-guitar-makers | alexa y la capital de nicaragua | NI | es-MX
matatlan-palenque | alexa jovencito la capital de bélgica que allá venden mucho mezcal | BE | es-MX
matatlan-palenque | alexa el maestro no cree que la capital de australia sea canberra | AU | es-MX
cdmx-metro-vagoneros | alexa la capital de uruguay joven | UY | es-MX
cdmx-metro-vagoneros | alexa capital de los países bajos que son dos verdad | NL | es-MX
cdmx-metro-vagoneros | alexa ahí le va la capital de rumania | RO | es-MX
tapo-overnight-bus | alexa mientras llega el camión la capital de belice | BZ | es-MX
tapo-overnight-bus | alexa la capital de tabasco es villahermosa verdad | MX-TAB | es-MX
tarahumara-runners | alexa la capital de kenia de los maratonistas | KE | es-MX
tarahumara-runners | alexa el coach dice que la capital de etiopía es adís abeba | ET | es-MX
manzanillo-navy-watch | alexa la capital de nueva zelanda | NZ | es-MX
manzanillo-navy-watch | alexa la capital de chile donde fondeamos en valparaíso | CL | es-MX
mixquic-ofrenda | alexa la capital de perú que allá también ponen ofrenda | PE | es-MX
mixquic-ofrenda | alexa ayúdanos a preguntar las capitales | HELP | es-MX
papantla-voladores | alexa la capital de francia donde bailamos | FR | es-MX
papantla-voladores | alexa la capital de españa donde volamos en la feria | ES | es-MX
mercado-de-sonora | alexa cuál es la capital de haití de donde viene el señor | HT | es-MX
mercado-de-sonora | alexa capital de la india que allá también venden hierbas | IN | es-MX
permian-oilfield-crews | alexa la capital de guinea ecuatorial donde hay pozos | GQ | es-US
permian-oilfield-crews | alexa la capital de libia que ahí también hay petróleo | LY | es-US
permian-oilfield-crews | alexa la capital de nuevo méxico donde trabaja el primo | US-NM | es-US
hartford-boricuas | alexa nene cuál es la capital de la república dominicana | DO | es-US
hartford-boricuas | alexa wepa capital de panamá | PA | es-US
immokalee-tomato-pickers | alexa la capital de méxico la ciudad | MX | es-US
immokalee-tomato-pickers | alexa capital de nicaragua por favor | NI | es-US
immokalee-tomato-pickers | alexa cuál es la capital de corea del norte por favor | KP | es-US
arlington-bolivians | alexa la capital de chile pues | CL | es-US
arlington-bolivians | alexa la capital de bolivia cuáles son las dos pues | BO | es-US
maine-blueberry-rakers | alexa la capital de quebec donde fuimos una vez | CA-QC | es-US
maine-blueberry-rakers | alexa cuál es la capital de maine augusta verdad | US-ME | es-US
brentwood-pupuseria | alexa la capital de guatemala vaya | GT | es-US
brentwood-pupuseria | alexa la capital de méxico cipote | MX | es-US
san-antonio-senior-centre | alexa mijo la capital de alemania | DE | es-US
san-antonio-senior-centre | alexa la capital de filipinas donde sirvió mi viejo | PH | es-US
postal-carriers-arizona | alexa me llegó un paquete de sudáfrica cuáles son sus capitales | ZA | es-US
postal-carriers-arizona | alexa capital de utah salt lake city right | US-UT | es-US
houston-car-wash | alexa la capital de honduras que el compañero es de allá | HN | es-US
houston-car-wash | alexa la capital de venezuela | VE | es-US
out-of-domain | alexa cuál es la capital de la música | FB
out-of-domain | alexa cuánto falta para navidad | FB
out-of-domain | alexa cuál es la capital de la ciencia | FB
out-of-domain | alexa pon un podcast de historia | FB
out-of-domain | alexa qué tal está el tráfico | FB
out-of-domain | alexa cuántos idiomas se hablan en la india | FB
out-of-domain | alexa cuál es el desierto más grande | FB | es-MX
out-of-domain | alexa cuánto mide la muralla china | FB | es-MX
out-of-domain | alexa cuál es la capital de la galaxia | FB | es-MX
out-of-domain | alexa quién descubrió américa | FB | es-MX
out-of-domain | alexa recuérdame sacar la basura | FB | es-MX
out-of-domain | alexa cuántos estados tiene estados unidos | FB | es-US
out-of-domain | alexa qué hora es en madrid | FB | es-US
out-of-domain | alexa pon noticias en español | FB | es-US
out-of-domain | alexa cuál es la capital de las américas | FB | es-US
out-of-domain | alexa cuánto mide la estatua de la libertad | FB | es-US
official-name | alexa cuál es la capital de la república de sudán del sur | SS
official-name | alexa capital del reino de noruega | NO | es-MX
official-name | alexa capital de la república de la india | IN | es-US
official-name | alexa capital de los estados unidos de américa | US | es-MX
official-name | alexa capital de la república de guinea ecuatorial | GQ
official-name | alexa capital del estado de israel | IL | es-US
everyday-name | alexa capital de holanda la de los tulipanes | NL
everyday-name | alexa capital de gringo land | US | es-US
everyday-name | alexa capital de corea la de arriba | KP | es-MX
everyday-name | alexa capital de corea la de abajo | KR | es-US
everyday-name | alexa capital de bielorrusia rusia blanca | BY
everyday-name | alexa capital de suazilandia que ahora se llama de otra forma | SZ | es-MX
# ================================================================ more required places
plural-capitals | alexa la capital constitucional y la sede de gobierno de bolivia cuáles son | BO
plural-capitals | alexa dime las capitales de bolivia la de la constitución y la del gobierno | BO | es-MX
plural-capitals | alexa cuáles son las dos capitales bolivianas | BO | es-US
plural-capitals | alexa bolivia cuántas capitales tiene dímelas todas | BO
plural-capitals | alexa quiero saber las capitales de bolivia para la tarea | BO | es-MX
plural-capitals | alexa mi hija dice que bolivia tiene dos capitales cuáles son | BO | es-US
plural-capitals | alexa las capitales de malasia la vieja y la nueva | MY | es-MX
plural-capitals | alexa cuántas capitales tiene malasia y cómo se llaman | MY
follow-up | y la de pyongyang digo corea del norte | KP | es-US
follow-up | y la de corea del norte entonces | KP | es-MX
yes-no-check | alexa la capital de corea del norte se llama pionyang verdad | KP | es-US
self-correction | alexa la capital de corea del sur no espera la de corea del norte | KP
shared-name | alexa capital de corea la comunista | KP | es-MX
"""

if __name__ == "__main__":
    build_round(52, "es", LINES, sys.argv, "tests/Eval/es/round52/source/build_corpus.py")
