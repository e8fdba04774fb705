"""Round 54, Spanish (es-ES, es-MX, es-US): a new author's own mix, written blind at the end of the sixty-third session
(brief WRITER72.md), for the next session's tuner.

Written by the writer72-es helper without the voice model, the simulator, the skill's code, the interaction model or
earlier rounds' halves; only the places' ids, kinds, Spanish names and capital names were read from the data, through a
small script, to check ids and to know which places exist. Speakers and situations were chosen apart from round 53's
(es-ES: a txoko gastronomic society in San Sebastián; Argentine waiters in Palma bars; transhumant shepherds on a cañada
real; a lucha canaria club; a Valencian orange warehouse; a colla castellera in Barcelona; a motorway petrol station at
night; an old woman living alone with teleasistencia; Cameroonian students in Madrid; Murcian huerta irrigators; a
village banda municipal; summer camp monitors; Prado museum guides; a rural postman in Galicia; a dog groomer; a
Cantabrian fishermen's cofradía; firefighter oposición candidates; sherry growers in Jerez; Rwandan carers in Madrid; a
taxidermist's workshop; es-MX: Wixárika artisans in Real de Catorce; shrimp fishermen in Mazatlán; a pulquería in
Tlaxcala; cenote guides in Quintana Roo; a llanero baseball league in Hermosillo; night security guards at a shopping
plaza; a ballet folclórico on tour; Hondurans at a migrant shelter in Irapuato; nopal growers in Milpa Alta; amateur
wrestlers at a gym; water-tanker (pipa) drivers; an antiques tianguis; geriatric nurses in Puebla; bakers making roscas
de reyes; es-US: carpet mill workers in Dalton, Georgia; Gulf shrimp boats in Bayou La Batre; a bilingual library
storytime in Tucson; court interpreters; golf course crews in Scottsdale; Mexican cooks in Seattle sushi bars; hurricane
clean-up crews in Lake Charles; a high-school girls' soccer team in Salt Lake City; a phone and remittance shop; a rural
school bus route in Kansas and Nebraska; hotel laundry workers; grandparents newly arrived in Utah; pistachio orchard
workers in the San Joaquin Valley) and from the groups round 53's docstring says it was chosen apart from: round 52's
(es-ES: retired miners at a hogar del jubilado in Mieres; banana packers in La Palma; percebeiros on the Costa da Morte;
Syrian refugee families in Barcelona; Nepali cooks in Madrid kitchens; Cape Verdean families in Laciana and the Bierzo;
a Holy Week cofradía in Zamora; pelota at a frontón in Tolosa; the vendimia in Rioja Alavesa; a forest firefighting
brigade in Ourense; a montería in the Montes de Toledo; the Columbretes keepers and Ibiza night-ferry passengers; the
Silos monastery guesthouse; es-MX: Purépecha guitar makers in Paracho; a mezcal palenque in Santiago Matatlán; metro
vendors in Mexico City; overnight bus passengers at the TAPO; Rarámuri runners; Navy sailors on watch in Manzanillo; an
ofrenda in Mixquic; Totonac voladores in Papantla; herbalists at the Mercado de Sonora; es-US: oilfield crews in the
Permian Basin; Puerto Ricans in Hartford; Q'anjob'al tomato pickers in Immokalee; Bolivians in Arlington, Virginia;
blueberry rakers in Down East Maine; a Salvadoran pupusería in Brentwood; a San Antonio senior centre; mail carriers in
Phoenix and Tucson; a car wash crew in east Houston), round 51's (Bangladeshi grocers in Lavapiés, Honduran carers in
Bilbao, La Alcarria beekeepers, a Zaragoza bingo hall, Algeciras dockers, a Logroño choir, a driving school, a Soria
pharmacy, a Linares chess club, a Salamanca tuna, Mauritanian fishermen in Arguineguín, Madrid night buses, a Cádiz
chirigota, fairground workers, Valencia hospital cleaners, a Murcia escape room, removal men, a La Mancha cheese
cooperative, a Santiago student flat, an Extremadura village bar, a Salou hotel night shift, Burgos crossword
grandparents; Triqui artisans, San Quintín farmworkers, Tepito sonideros, Xochimilco boatmen, a construction crew, an
escuela normal, a rural clinic, IMSS pensioners, charros, paleteros, Sierra Norte community radio, a Pachuca nail salon,
a telenovela writers' room, a volleyball team, a consulate queue, a Tlalnepantla bakery, a Saltillo vet; Garifuna in the
Bronx, Peruvians in Paterson, Nashville builders, Maryland crab pickers, DACA students, a Charlotte Pentecostal church,
an Aurora laundromat, cruise ship crew, a Denver barber shop, Nicaraguans in Las Cruces, an El Paso dialysis clinic, an
Omaha soccer league, a Salem radio quiz, Cubans in Louisville, Ecuadorian day labourers in Stamford, Head Start
teachers, a Portland tamale cooperative), round 50's (Portuguese cross-border workers, Sindhi shopkeepers in Ceuta and
Melilla, Iranians in Madrid, Irish Erasmus students in Granada, Mexican students in Salamanca, ONCE sellers, a falla, a
Pyrenees refuge and the Antarctic base, gaming teenagers, Strait ferry crew and Canary pilots, AVE staff, cabin crew, a
Getafe hairdresser, a Teruel farmer, TV and radio quizzes, new parents; Yucatec Maya vendors, Cubans in Tapachula,
Sonora cowboys, lucha libre fans, a taquero, a microbus driver, a Los Algodones dentist, a Cancún concierge, Guadalajara
seminarians, Guadalupe pilgrims, K-pop fans, radio amateurs, children at home, Turista Mundial, the Olimpiada del
Conocimiento; Guatemalans in Alabama poultry plants, Dominicans in Lawrence, Colombians in Elizabeth, H-2A and Oxnard
farmworkers, Wisconsin dairies, Nebraska and Iowa meatpacking, Oklahoma and Kansas roofers, Venezuelan riders in New
York, a school bus driver, a Dallas panadería, a Phoenix CNA, a long-haul trucker, Kahoot, Houston quinceañeras, newly
arrived grandparents) and rounds 49 to 44 (the migrant families, regions, states, cities, trades, quizzes and exams
their docstrings list; not read here beyond round 53's summary of them). Where a group here shares an origin, a region
or a trade with an earlier one, it is in another place or situation: Cubans only as domino players in Miami's Little
Havana (not Louisville or Tapachula); Argentines only as polo grooms in Wellington, Florida (not waiters in Palma);
shepherds only as Peruvian H-2A sheepherders in Wyoming (round 53 had transhumant shepherds in Spain: the nearest
overlap, a reviewer may want it moved); Guatemalan Maya only as K'iche' learners at an evening class in Providence (not
Q'anjob'al pickers in Immokalee); drivers only as ride-hailing app drivers in Mexico City (round 50's microbus driver is
the nearest); pensioners only on an Imserso trip to Benidorm (not the Mieres hogar or the San Antonio centre); nurses
only as travel nurses on thirteen-week contracts (round 53's geriatric nurses were in Puebla, round 50's CNA in
Phoenix); a feria only as the lotería caller's stall in Mexico (round 51's fairground workers were in Spain); radio only
as callers to a Tejano station in the Rio Grande Valley (round 51's Salem quiz and Sierra Norte radio, round 50's radio
amateurs are the nearest); seafood only in Alaska processing plants (not Gulf shrimp boats or Maryland crab pickers).

es-ES: welders and boilermakers at the Ferrol shipyard (carallo, neno, la fragata, el turno de noche); Moroccan women
picking strawberries in Huelva (wallah, hamdulillah, inshallah, la finca, la jefa de la nave); a sidrería in Gijón (ho,
neñu, ye, echa un culín, los indianos); guagua drivers in Las Palmas (muchacho, mi niña, ños, la guagua doce); an olive
harvest cuadrilla in Jaén (quillo, el vareo, la almazara, el kilo de aceite); Chinese bazaar shopkeepers in Usera
(amigo, jefe, el proveedor, los contenedores); peñas at San Fermín in Pamplona (el chupinazo, el encierro, la estafeta,
el pobre de mí); Imserso pensioners on a Benidorm trip (hija, la excursión a guadalest, la orquesta, mi consuegra);
Ukrainian mothers in Alicante (dyakuyu, la escuela, extranjería, mi prima refugiada); ski instructors in Formigal (los
cursillistas, el forfait, la pista roja, nieve polvo); kitesurfers in Tarifa (el levante, la cometa, los nudos, la
marea); stamp collectors at the Plaza Mayor Sunday market in Madrid (el sello, la serie, el matasellos, vale un dineral).

es-MX: silversmiths in Taxco (marchante, joven, el gramo de plata, santa prisca); call-centre agents in Tijuana (mi
break, mi supervisor, el site, el handle time, la garita); surfers in Puerto Escondido (carnal, el swell, la marea alta
en zicatela); Tseltal coffee growers at a cooperative in Chiapas (la junta de la cooperativa, el quintal, pegadito);
jaraneros at a fandango in Veracruz (pa'l fandango, la jarana tercera, la décima, la africanía del son); ride-hailing
drivers in Mexico City (jefe, el pasaje, traigo un argentino atrás, periférico); a Sunday carne asada in Monterrey (wey,
no seas, el compa, los rayados, la picaña); Mennonite cheese makers around Cuauhtémoc, Chihuahua, learning Spanish as a
second language (ja, mi tante, la colonia, el queso chihuahua); a lotería caller's stall at a feria (corre y se va, el
gallo, la ronda rápida, el premio de la señora).

es-US: Cuban domino players in Little Havana (asere, qué volá, mi socio, el yuma, los isleños); Peruvian H-2A
sheepherders in Wyoming (pe, el patrón, las borregas, el tráiler, los coyotes); callers to a Tejano radio station in
the Rio Grande Valley (órale, ándale pues, mi compadre, los boletos, el dj); K'iche' speakers learning Spanish at an
evening class in Providence (maestra dice, para la clase, qué quiere decir capital); mural painters in Pilsen, Chicago
(el mural de la dieciocho, la pared, el permiso); casino dealers in Las Vegas (el pit boss, la mesa siete, el cage, mi
shift); seafood processors in Alaska (la planta, el turno de noche, el montacarguista, las libras de cangrejo);
Argentine polo grooms in Wellington, Florida (che, el petisero, la yegua, el chukker, el patrón gringo); travel nurses on
short contracts (la asignación de trece semanas, la charge nurse, el turno de doce, mi roommate).

Every line was written by hand as one utterance; the only generated lines are the at most three fills of a frame (this
round has no frames). Sixteen sentences first written twice were told apart by lengthening the later one by hand.
Built by round12_hinl_corpus.py (build_round with round 54's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
help | alexa en capitales del mundo qué se supone que tengo que decir | HELP
help | alexa ayúdame que es la primera vez que abro lo de las capitales | HELP
help | alexa cómo funciona esto a ver explícamelo despacito | HELP
help | alexa no sé usar el juego este de los países dime cómo va | HELP
help | alexa pídele ayuda a capitales del mundo | HELP
help | alexa qué le puedo preguntar a capitales del mundo | HELP
help | alexa me he perdido qué hago ahora | HELP
help | alexa dame las instrucciones del juego de capitales | HELP
help | alexa y esto cómo se maneja hija | HELP
help | alexa socorro no entiendo nada de esto | HELP
help | alexa ayuda ayuda | HELP
help | alexa oye cómo tengo que preguntarte las capitales para que me entiendas | HELP | es-MX
help | alexa qué onda cómo se usa esto de las capitales | HELP | es-MX
help | alexa ayúdale a mi hijo con lo de capitales del mundo | HELP | es-MX
help | alexa no le sé a esto cómo se juega | HELP | es-MX
help | alexa qué cosas le pregunto a capitales del mundo | HELP | es-MX
help | alexa dime las reglas pues | HELP | es-MX
help | alexa necesito una ayudadita con la skill | HELP | es-MX
help | alexa how does this work digo cómo funciona esto | HELP | es-US
help | alexa explícame cómo usar capitales del mundo en español | HELP | es-US
help | alexa qué tengo que decir para que me dé una capital | HELP | es-US
help | alexa ayuda con la skill de las capitales please | HELP | es-US
help | alexa mi abuela no sabe usar esto dile cómo | HELP | es-US
help | alexa cuáles son las instrucciones | HELP | es-US
help | alexa me ayudas que no entiendo el juego | HELP | es-US
stop | alexa para ya con las capitales | STOP
stop | alexa apágate por hoy | STOP
stop | alexa se acabó el juego de los países | STOP
stop | alexa calla un momento | STOP
stop | alexa vale ya déjalo | STOP
stop | alexa para para para | STOP
stop | alexa ya no quiero más capitales | STOP
stop | alexa termina capitales del mundo | STOP
stop | alexa sal de capitales del mundo | STOP
stop | alexa basta por hoy que me voy a dormir | STOP
stop | alexa cierra la skill de capitales | STOP
stop | alexa ya estuvo con las capitales | STOP | es-MX
stop | alexa ya bájale y apágate | STOP | es-MX
stop | alexa ya párale | STOP | es-MX
stop | alexa ciérrale ahí a las capitales | STOP | es-MX
stop | alexa ya no gracias terminamos | STOP | es-MX
stop | alexa quítate de capitales del mundo | STOP | es-MX
stop | alexa detente ahorita | STOP | es-MX
stop | alexa stop ya basta | STOP | es-US
stop | alexa ya apaga eso de las capitales | STOP | es-US
stop | alexa termina el juego por favor que ya me voy al trabajo | STOP | es-US
stop | alexa shut up digo cállate | STOP | es-US
stop | alexa sal del juego | STOP | es-US
stop | alexa ya terminé gracias | STOP | es-US
stop | alexa detén la skill de los países | STOP | es-US
cancel | alexa cancela | CANCEL
cancel | alexa cancela eso que lo he dicho mal | CANCEL
cancel | alexa anula la pregunta | CANCEL
cancel | alexa no no cancela | CANCEL
cancel | alexa olvídalo no era eso | CANCEL
cancel | alexa cancela lo de la capital | CANCEL
cancel | alexa déjalo que me he liado | CANCEL
cancel | alexa cancélalo todo | CANCEL
cancel | alexa mejor cancela que viene el jefe | CANCEL
cancel | alexa borra lo que te he preguntado | CANCEL
cancel | alexa cancélale por favor | CANCEL | es-MX
cancel | alexa no ya cancela eso | CANCEL | es-MX
cancel | alexa olvídate de esa pregunta | CANCEL | es-MX
cancel | alexa cancela lo que te dije hace rato | CANCEL | es-MX
cancel | alexa no era para ti cancela | CANCEL | es-MX
cancel | alexa ándale cancela | CANCEL | es-MX
cancel | alexa cancela esa búsqueda | CANCEL | es-MX
cancel | alexa cancel digo cancela | CANCEL | es-US
cancel | alexa cancela la pregunta que te hice | CANCEL | es-US
cancel | alexa nevermind olvídalo | CANCEL | es-US
cancel | alexa cancela eso era mi hija hablando | CANCEL | es-US
cancel | alexa no cancela cancela | CANCEL | es-US
cancel | alexa anula eso por favor | CANCEL | es-US
cancel | alexa cancela que me equivoqué de país | CANCEL | es-US
launch | alexa abre capitales del mundo | LAUNCH
launch | alexa pon capitales del mundo | LAUNCH
launch | alexa quiero jugar a capitales del mundo | LAUNCH
launch | alexa arranca capitales del mundo | LAUNCH
launch | alexa inicia capitales del mundo por favor | LAUNCH
launch | alexa vamos con capitales del mundo | LAUNCH
launch | alexa échame un rato de capitales del mundo | LAUNCH
launch | alexa ábreme la de capitales del mundo | LAUNCH
launch | alexa empieza capitales del mundo | LAUNCH
launch | alexa lanza capitales del mundo | LAUNCH
launch | alexa capitales del mundo | LAUNCH
launch | alexa ponme otra vez capitales del mundo | LAUNCH
launch | alexa ábreme capitales del mundo | LAUNCH | es-MX
launch | alexa échale a capitales del mundo | LAUNCH | es-MX
launch | alexa quiero entrar a capitales del mundo | LAUNCH | es-MX
launch | alexa prende capitales del mundo | LAUNCH | es-MX
launch | alexa juguemos capitales del mundo | LAUNCH | es-MX
launch | alexa activa capitales del mundo | LAUNCH | es-MX
launch | alexa abre capitales del mundo para los chamacos | LAUNCH | es-MX
launch | alexa a ver capitales del mundo | LAUNCH | es-MX
launch | alexa open capitales del mundo | LAUNCH | es-US
launch | alexa abre la skill capitales del mundo | LAUNCH | es-US
launch | alexa start capitales del mundo | LAUNCH | es-US
launch | alexa play capitales del mundo | LAUNCH | es-US
launch | alexa comienza capitales del mundo | LAUNCH | es-US
launch | alexa quiero practicar con capitales del mundo | LAUNCH | es-US
launch | alexa conéctame con capitales del mundo | LAUNCH | es-US
launch | alexa ejecuta capitales del mundo | LAUNCH | es-US
launch | alexa abre capitales del mundo que tengo tarea | LAUNCH | es-US
plural-capitals | alexa cuáles son las capitales de sudáfrica | ZA
plural-capitals | alexa dime las tres capitales de sudáfrica | ZA
plural-capitals | alexa sudáfrica cuántas capitales tiene y cuáles son | ZA | es-MX
plural-capitals | alexa las capitales sudafricanas cuáles son | ZA | es-US
plural-capitals | alexa es verdad que sudáfrica tiene tres capitales dímelas | ZA | es-US
plural-capitals | alexa capitales de sudáfrica todas | ZA | es-MX
plural-capitals | alexa cuáles son las dos capitales de bolivia | BO
plural-capitals | alexa bolivia tiene dos capitales no cuáles son | BO
plural-capitals | alexa dime ambas capitales de bolivia | BO | es-MX
plural-capitals | alexa las capitales de bolivia la constitucional y la de gobierno | BO | es-US
plural-capitals | alexa capitales bolivianas | BO | es-US
plural-capitals | alexa y las capitales de bolivia cuáles son mija | BO | es-MX
plural-capitals | alexa cuáles son las capitales de los países bajos | NL
plural-capitals | alexa holanda tiene dos capitales verdad cuáles | NL
plural-capitals | alexa las dos capitales de holanda | NL | es-MX
plural-capitals | alexa dime las capitales de los países bajos la oficial y la del gobierno | NL | es-US
plural-capitals | alexa capitales de holanda las dos | NL | es-US
plural-capitals | alexa cuáles son las capitales neerlandesas | NL
plural-capitals | alexa cuáles son las capitales de malasia | MY
plural-capitals | alexa malasia tiene dos capitales dime las dos | MY
plural-capitals | alexa las capitales de malasia kuala lumpur y cuál más | MY | es-MX
plural-capitals | alexa dime ambas capitales de malasia | MY | es-US
plural-capitals | alexa capitales malasias | MY | es-MX
plural-capitals | alexa las dos capitales de malasia cuáles son pues | MY | es-US
plural-capitals | alexa cuáles son las dos capitales de sri lanka | LK
plural-capitals | alexa las capitales de sri lanka | LK | es-MX
plural-capitals | alexa sri lanka tiene dos capitales cuáles son | LK | es-US
plural-capitals | alexa dime las capitales de ceilán | LK
plural-capitals | alexa cuáles son las capitales de benín | BJ
plural-capitals | alexa las dos capitales de benín | BJ | es-MX
plural-capitals | alexa benín tiene dos capitales dime las dos | BJ | es-US
plural-capitals | alexa las capitales beninesas | BJ
plural-capitals | alexa cuáles son las capitales de costa de marfil | CI
plural-capitals | alexa las dos capitales de costa de marfil | CI | es-MX
plural-capitals | alexa costa de marfil cuántas capitales tiene dímelas | CI | es-US
plural-capitals | alexa dime ambas capitales marfileñas | CI
plural-capitals | alexa cuáles son las capitales de esuatini | SZ
plural-capitals | alexa las dos capitales de suazilandia | SZ | es-MX
plural-capitals | alexa esuatini tiene dos capitales cuáles son | SZ | es-US
plural-capitals | alexa las capitales de suazilandia la administrativa y la real | SZ
subdivision | alexa cuál es la capital de andalucía | FB
subdivision | alexa capital de la comunidad valenciana | FB
subdivision | alexa cuál es la capital de castilla y león | FB
subdivision | alexa capital de extremadura | FB
subdivision | alexa la capital de escocia | GB-SCT
subdivision | alexa cuál es la capital de gales | GB-WLS
subdivision | alexa capital de irlanda del norte | GB-NIR
subdivision | alexa capital de baviera | DE-BY
subdivision | alexa capital de baja sajonia | DE-NI
subdivision | alexa capital de quebec | CA-QC
subdivision | alexa cuál es la capital de la provincia de buenos aires | FB
subdivision | alexa capital de la toscana | FB
subdivision | alexa capital de nueva gales del sur | AU-NSW
subdivision | alexa cuál es la capital de tasmania | AU-TAS
subdivision | alexa capital de la región de murcia | FB
subdivision | alexa cuál es la capital del estado de méxico | MX-MEX | es-MX
subdivision | alexa capital de nuevo león | MX-NLE | es-MX
subdivision | alexa capital de quintana roo | MX-ROO | es-MX
subdivision | alexa cuál es la capital de tamaulipas | MX-TAM | es-MX
subdivision | alexa capital de baja california sur | MX-BCS | es-MX
subdivision | alexa capital de veracruz | MX-VER | es-MX
subdivision | alexa cuál es la capital de chiapas | MX-CHP | es-MX
subdivision | alexa capital de guerrero | MX-GRO | es-MX
subdivision | alexa la capital de michoacán | MX-MIC | es-MX
subdivision | alexa capital de antioquia | FB | es-MX
subdivision | alexa capital del departamento de santa cruz bolivia | FB | es-MX
subdivision | alexa cuál es la capital de sinaloa | MX-SIN | es-MX
subdivision | alexa capital de coahuila | MX-COA | es-MX
subdivision | alexa capital de minas gerais | BR-MG | es-MX
subdivision | alexa cuál es la capital de california | US-CA | es-US
subdivision | alexa capital de nueva york el estado | US-NY | es-US
subdivision | alexa capital de texas | US-TX | es-US
subdivision | alexa cuál es la capital de illinois | US-IL | es-US
subdivision | alexa capital de florida | US-FL | es-US
subdivision | alexa capital de pensilvania | US-PA | es-US
subdivision | alexa capital del estado de washington | US-WA | es-US
subdivision | alexa capital de carolina del norte | US-NC | es-US
subdivision | alexa cuál es la capital de nevada | US-NV | es-US
subdivision | alexa capital de kentucky | US-KY | es-US
subdivision | alexa capital de ontario | CA-ON | es-US
subdivision | alexa la capital de alberta | CA-AB | es-US
subdivision | alexa capital de la provincia de san juan puerto rico | FB | es-US
subdivision | alexa capital de hawái | US-HI | es-US
subdivision | alexa capital de nuevo méxico | US-NM | es-US
subdivision | alexa capital del departamento de la paz el salvador | FB | es-US
subdivision | alexa capital de kerala | IN-KL
subdivision | alexa cuál es la capital de bengala occidental | IN-WB
subdivision | alexa capital de río grande del sur | BR-RS
subdivision | alexa capital de sajonia | DE-SN
subdivision | alexa capital del territorio del norte de australia | AU-NT
subdivision | alexa capital de columbia británica | CA-BC | es-US
subdivision | alexa capital de yucatán | MX-YUC | es-MX
subdivision | alexa capital de cataluña | FB
subdivision | alexa capital de galicia | FB
subdivision | alexa cuál es la capital de la región de lombardía | FB
follow-up | alexa y de portugal | PT
follow-up | alexa y la de grecia | GR
follow-up | alexa y francia | FR
follow-up | alexa y de marruecos | MA
follow-up | alexa vale y la de irlanda | IE
follow-up | alexa y de noruega | NO
follow-up | alexa y suecia qué | SE
follow-up | alexa y la de polonia | PL
follow-up | alexa otra y de croacia | HR
follow-up | alexa y la de túnez | TN
follow-up | alexa y en argelia | DZ
follow-up | alexa y de austria | AT
follow-up | alexa y corea del norte | KP
follow-up | alexa y palestina | PS
follow-up | alexa y la de guatemala | GT | es-MX
follow-up | alexa y de honduras | HN | es-MX
follow-up | alexa ahora la de belice | BZ | es-MX
follow-up | alexa y cuba | CU | es-MX
follow-up | alexa y de panamá | PA | es-MX
follow-up | alexa y la de colombia | CO | es-MX
follow-up | alexa y venezuela qué | VE | es-MX
follow-up | alexa y de canadá | CA | es-MX
follow-up | alexa y la de corea del sur | KR | es-MX
follow-up | alexa y del congo el de kinshasa | CD | es-MX
follow-up | alexa y de nicaragua | NI | es-US
follow-up | alexa y la de el salvador | SV | es-US
follow-up | alexa y de república dominicana | DO | es-US
follow-up | alexa y de haití | HT | es-US
follow-up | alexa y la de jamaica | JM | es-US
follow-up | alexa y de ecuador | EC | es-US
follow-up | alexa y perú | PE | es-US
follow-up | alexa and chile digo y chile | CL | es-US
follow-up | alexa y de la otra corea la del sur | KR | es-US
follow-up | alexa y el congo brazzaville | CG | es-US
yes-no-check | alexa es lisboa la capital de portugal | PT
yes-no-check | alexa la capital de australia es sídney verdad | AU
yes-no-check | alexa berna es la capital de suiza o es zúrich | CH
yes-no-check | alexa estambul es la capital de turquía a que sí | TR
yes-no-check | alexa es cierto que la capital de canadá es ottawa | CA
yes-no-check | alexa la capital de marruecos es casablanca | MA
yes-no-check | alexa rabat es la capital de marruecos sí o no | MA
yes-no-check | alexa oslo es la capital de noruega no | NO
yes-no-check | alexa es praga la capital de chequia | CZ
yes-no-check | alexa budapest es de hungría la capital verdad | HU
yes-no-check | alexa la capital de nigeria es lagos | NG
yes-no-check | alexa la capital de brasil es río de janeiro a que sí | BR
yes-no-check | alexa es pyongyang la capital de corea del norte | KP
yes-no-check | alexa es ramala la capital de palestina | PS
yes-no-check | alexa la capital de tanzania es dar es salam | TZ
yes-no-check | alexa es acapulco la capital de guerrero | MX-GRO | es-MX
yes-no-check | alexa la capital de veracruz es el puerto de veracruz verdad | MX-VER | es-MX
yes-no-check | alexa es guadalajara la capital de jalisco | MX-JAL | es-MX
yes-no-check | alexa managua es la capital de nicaragua cierto | NI | es-MX
yes-no-check | alexa es tegucigalpa la capital de honduras o es san pedro sula | HN | es-MX
yes-no-check | alexa la capital de belice es belmopan no | BZ | es-MX
yes-no-check | alexa es seúl la capital de corea del sur | KR | es-MX
yes-no-check | alexa kinshasa es la capital del congo verdad | CD | es-MX
yes-no-check | alexa la capital de nueva zelanda es auckland o wellington | NZ | es-MX
yes-no-check | alexa es quito la capital de ecuador o es guayaquil | EC | es-MX
yes-no-check | alexa la capital de nueva york es la ciudad de nueva york verdad | US-NY | es-US
yes-no-check | alexa es miami la capital de florida | US-FL | es-US
yes-no-check | alexa los ángeles es la capital de california | US-CA | es-US
yes-no-check | alexa sacramento es la capital de california right | US-CA | es-US
yes-no-check | alexa houston es la capital de texas | US-TX | es-US
yes-no-check | alexa es chicago la capital de illinois | US-IL | es-US
yes-no-check | alexa es santo domingo la capital de república dominicana | DO | es-US
yes-no-check | alexa la capital de puerto rico es san juan verdad | PR | es-US
yes-no-check | alexa es brazzaville la capital del congo | CG | es-US
yes-no-check | alexa la capital de venezuela es caracas o maracaibo | VE | es-US
yes-no-check | alexa es bogotá la capital de colombia o medellín | CO | es-US
yes-no-check | alexa es pretoria la capital de sudáfrica | ZA
yes-no-check | alexa la capital de bolivia es la paz verdad | BO | es-US
yes-no-check | alexa es ámsterdam la capital de holanda | NL | es-MX
yes-no-check | alexa kuala lumpur es la capital de malasia | MY
yes-no-check | alexa es astaná la capital de kazajistán | KZ
yes-no-check | alexa es yakarta todavía la capital de indonesia | ID
self-correction | alexa capital de austria no perdona de australia | AU
self-correction | alexa la capital de suecia digo de suiza | CH
self-correction | alexa capital de islandia no de irlanda | IE
self-correction | alexa capital de eslovenia ay no de eslovaquia | SK
self-correction | alexa capital de letonia no espera de lituania | LT
self-correction | alexa cuál es la capital de irán perdón de irak | IQ
self-correction | alexa la capital de nigeria no de níger | NE
self-correction | alexa capital de guinea no de guinea ecuatorial | GQ
self-correction | alexa la capital de mauritania uy no de mauricio | MU
self-correction | alexa capital de gambia digo de zambia | ZM
self-correction | alexa la capital de corea del sur no me he confundido la del norte | KP
self-correction | alexa la capital de israel no perdona de palestina | PS
self-correction | alexa capital de paraguay no de uruguay | UY | es-MX
self-correction | alexa capital de colombia no de bolivia la de bolivia | BO | es-MX
self-correction | alexa capital de honduras ay perdón de el salvador | SV | es-MX
self-correction | alexa la capital de chile no de perú | PE | es-MX
self-correction | alexa capital de dominica no de república dominicana | DO | es-MX
self-correction | alexa capital de sonora no de sinaloa | MX-SIN | es-MX
self-correction | alexa capital de durango digo de zacatecas | MX-ZAC | es-MX
self-correction | alexa capital de la república del congo no de la democrática | CD | es-MX
self-correction | alexa capital de corea del norte no perdón del sur | KR | es-MX
self-correction | alexa capital de costa rica no de puerto rico | PR | es-US
self-correction | alexa capital de dakota del norte no del sur | US-SD | es-US
self-correction | alexa capital de virginia no de virginia occidental | US-WV | es-US
self-correction | alexa capital de carolina del sur no wait de carolina del norte | US-NC | es-US
self-correction | alexa capital de armenia no de albania | AL | es-US
self-correction | alexa la capital de india no de indonesia | ID | es-US
self-correction | alexa capital de mali no de malí digo de malaui | MW | es-US
self-correction | alexa capital del congo de kinshasa no el otro el de brazzaville | CG | es-US
self-correction | alexa capital de tailandia no de taiwán | TW | es-US
self-correction | alexa capital de sudán no de sudán del sur | SS
self-correction | alexa capital de eritrea no de etiopía | ET
self-correction | alexa capital de kirguistán no de kazajistán | KZ
self-correction | alexa capital de mongolia uy no de moldavia | MD
self-correction | alexa la capital de libia no de líbano | LB | es-MX
self-correction | alexa capital de malasia no de maldivas | MV | es-US
reverse-question | alexa de qué país es capital nairobi | CITY:Nairobi
reverse-question | alexa canberra de qué país es capital | CITY:Canberra
reverse-question | alexa qué país tiene como capital a ulán bator | CITY:Ulán Bator
reverse-question | alexa montevideo es capital de qué país | CITY:Montevideo
reverse-question | alexa de dónde es capital reikiavik | CITY:Reikiavik
reverse-question | alexa a qué país pertenece la capital uagadugú | CITY:Uagadugú
reverse-question | alexa de qué país es capital tiflis | CITY:Tiflis
reverse-question | alexa vilna de qué país es la capital | CITY:Vilna
reverse-question | alexa qué país tiene su capital en ammán | CITY:Ammán
reverse-question | alexa bakú es la capital de qué país | CITY:Bakú
reverse-question | alexa de qué país es capital pyongyang | CITY:Pyongyang
reverse-question | alexa seúl de qué país es capital | CITY:Seúl
reverse-question | alexa de qué país es capital kinshasa | CITY:Kinshasa
reverse-question | alexa brazzaville es capital de cuál congo | CITY:Brazzaville
reverse-question | alexa de qué estado es capital toluca | CITY:Toluca | es-MX
reverse-question | alexa chetumal es capital de qué estado | CITY:Chetumal | es-MX
reverse-question | alexa de qué estado es capital tepic | CITY:Tepic | es-MX
reverse-question | alexa culiacán de qué estado es la capital | CITY:Culiacán | es-MX
reverse-question | alexa de qué país es capital tegucigalpa | CITY:Tegucigalpa | es-MX
reverse-question | alexa qué país tiene como capital a paramaribo | CITY:Paramaribo | es-MX
reverse-question | alexa georgetown es capital de qué país | CITY:Georgetown | es-MX
reverse-question | alexa de qué país es capital asunción | CITY:Asunción | es-MX
reverse-question | alexa la paz es capital de qué | CITY:La Paz | es-MX
reverse-question | alexa ramala es la capital de qué | CITY:Ramala | es-MX
reverse-question | alexa de qué país es la capital yamena | CITY:Yamena | es-MX
reverse-question | alexa de qué estado es capital sacramento | CITY:Sacramento | es-US
reverse-question | alexa tallahassee es capital de qué estado | CITY:Tallahassee | es-US
reverse-question | alexa de qué estado es la capital boise | CITY:Boise | es-US
reverse-question | alexa austin es la capital de qué estado | CITY:Austin | es-US
reverse-question | alexa de qué país es capital puerto príncipe | CITY:Puerto Príncipe | es-US
reverse-question | alexa kingston es capital de qué | CITY:Kingston | es-US
reverse-question | alexa de qué país es capital san josé | CITY:San José | es-US
reverse-question | alexa which country has lima digo de qué país es capital lima | CITY:Lima | es-US
reverse-question | alexa santo domingo es capital de qué país | CITY:Santo Domingo | es-US
reverse-question | alexa de qué país es capital manila | CITY:Manila | es-US
reverse-question | alexa hanói es la capital de qué país | CITY:Hanói | es-US
reverse-question | alexa de qué país es capital timbu | CITY:Timbu
reverse-question | alexa naipyidó es capital de dónde | CITY:Naipyidó
reverse-question | alexa de qué país es capital la valeta | CITY:La Valeta
reverse-question | alexa en qué país está la capital dusambé | CITY:Dusambé
reverse-question | alexa honiara de qué país es capital | CITY:Honiara
reverse-question | alexa de qué país es capital nuku'alofa | CITY:Nuku'alofa
reverse-question | alexa funafuti es la capital de qué país | CITY:Funafuti
reverse-question | alexa victoria es capital de qué | CITY:Victoria | es-US
shared-name | alexa capitales de las dos coreas | KP+KR
shared-name | alexa cuáles son las capitales de corea la del norte y la del sur | KP+KR
shared-name | alexa capital de corea | KR
shared-name | alexa las capitales de los dos congos | CD+CG
shared-name | alexa capitales del congo y del otro congo | CD+CG | es-MX
shared-name | alexa capital del congo | CD
shared-name | alexa capital de georgia la de europa | GE
shared-name | alexa capital de georgia el país del cáucaso | GE | es-MX
shared-name | alexa capital de georgia el estado | US-GA | es-US
shared-name | alexa capital de georgia donde está atlanta | US-GA | es-US
shared-name | alexa capitales de las dos dakotas | US-ND+US-SD | es-US
shared-name | alexa las capitales de las carolinas | US-NC+US-SC | es-US
shared-name | alexa capitales de las dos carolinas norte y sur | US-NC+US-SC | es-MX
shared-name | alexa capitales de corea del norte y del sur las dos | KP+KR | es-US
shared-name | alexa capital de las dos coreas por favor | KP+KR | es-MX
shared-name | alexa las capitales de ambos congos | CD+CG | es-US
shared-name | alexa capital de samoa | WS
shared-name | alexa capital de samoa la americana | AS | es-US
shared-name | alexa capitales de las dos samoas | AS+WS | es-US
shared-name | alexa capital de washington el estado no la ciudad | US-WA | es-US
shared-name | alexa capital de san martín la parte francesa | MF
shared-name | alexa capital de san martín la parte holandesa | SX | es-US
shared-name | alexa capital de guinea a secas | GN
shared-name | alexa capital de guinea la de conakri no la ecuatorial | GN | es-MX
shared-name | alexa capital de sudán el del norte | SD
shared-name | alexa capital de irlanda la república | IE
shared-name | alexa capital de irlanda la del norte | GB-NIR
shared-name | alexa capitales de las islas vírgenes británicas y americanas | VG+VI | es-US
shared-name | alexa capital de guayana la francesa | GF | es-MX
shared-name | alexa capital de guyana la inglesa | GY | es-MX
shared-name | alexa capital de granada el país del caribe | GD
shared-name | alexa capital de dominica la isla no república dominicana | DM | es-US
shared-name | alexa capital de méxico el país | MX | es-MX
shared-name | alexa capital de luxemburgo el país | LU
shared-name | alexa capital de los dos sudanes | SD+SS
shared-name | alexa capitales de irlanda y de irlanda del norte | GB-NIR+IE
official-name | alexa capital de la república federal de alemania | DE
official-name | alexa capital de la república francesa | FR
official-name | alexa capital de la república portuguesa | PT
official-name | alexa capital del reino de marruecos | MA
official-name | alexa capital de la república helénica | GR
official-name | alexa capital del reino de noruega | NO
official-name | alexa capital de la república popular china | CN
official-name | alexa capital de la federación de rusia | RU
official-name | alexa capital del reino unido de gran bretaña e irlanda del norte | GB
official-name | alexa capital de la república democrática popular de corea | KP
official-name | alexa capital de la república de corea | KR
official-name | alexa capital del estado de palestina | PS
official-name | alexa capital de la república democrática del congo | CD
official-name | alexa capital de la república del congo | CG | es-MX
official-name | alexa capital del estado plurinacional de bolivia | BO | es-MX
official-name | alexa capital de los estados unidos mexicanos | MX | es-MX
official-name | alexa capital de la república bolivariana de venezuela | VE | es-MX
official-name | alexa capital de la república oriental del uruguay | UY | es-MX
official-name | alexa capital de la república de guatemala | GT | es-MX
official-name | alexa capital de la república federativa del brasil | BR | es-MX
official-name | alexa capital de la república argentina | AR | es-MX
official-name | alexa capital del reino de los países bajos | NL | es-MX
official-name | alexa capital de la república de sudáfrica | ZA | es-MX
official-name | alexa capital de los estados unidos de américa | US | es-US
official-name | alexa capital del estado libre asociado de puerto rico | PR | es-US
official-name | alexa capital de la república de cuba | CU | es-US
official-name | alexa capital de la república de honduras | HN | es-US
official-name | alexa capital de la república islámica de irán | IR | es-US
official-name | alexa capital de la república socialista de vietnam | VN | es-US
official-name | alexa capital de la república de la india | IN | es-US
official-name | alexa capital del reino de arabia saudí | SA | es-US
official-name | alexa capital de la república de filipinas | PH | es-US
official-name | alexa capital de la república de costa de marfil | CI
official-name | alexa capital del reino de esuatini | SZ
official-name | alexa capital de la república democrática socialista de sri lanka | LK
official-name | alexa capital de la república de benín | BJ | es-US
official-name | alexa capital de la república federal democrática de etiopía | ET
official-name | alexa capital de la república unida de tanzania | TZ
official-name | alexa capital de los emiratos árabes unidos | AE
official-name | alexa capital de la confederación suiza | CH
official-name | alexa capital de la república checa | CZ
everyday-name | alexa capital de holanda | NL
everyday-name | alexa capital de inglaterra | GB-ENG
everyday-name | alexa capital de birmania | MM
everyday-name | alexa capital de persia | IR
everyday-name | alexa capital de suazilandia | SZ
everyday-name | alexa capital de ceilán | LK
everyday-name | alexa capital de rusia la de ahora | RU
everyday-name | alexa capital de bielorrusia | BY
everyday-name | alexa capital de la república checa la de chequia | CZ
everyday-name | alexa capital de los emiratos | AE
everyday-name | alexa capital de gran bretaña | GB
everyday-name | alexa capital de macedonia | MK
everyday-name | alexa capital de costa de marfil | CI
everyday-name | alexa capital de timor oriental | TL
everyday-name | alexa capital de los estados unidos | US | es-MX
everyday-name | alexa capital de gringolandia | US | es-MX
everyday-name | alexa capital del gabacho | US | es-MX
everyday-name | alexa capital de la república | MX | es-MX
everyday-name | alexa capital del país azteca | MX | es-MX
everyday-name | alexa capital de las islas malvinas | FK | es-MX
everyday-name | alexa capital de dahomey | BJ | es-MX
everyday-name | alexa capital de rodesia | ZW | es-MX
everyday-name | alexa capital de zaire | CD | es-MX
everyday-name | alexa capital de laos | LA | es-MX
everyday-name | alexa capital de la isla del encanto | PR | es-US
everyday-name | alexa capital de quisqueya | DO | es-US
everyday-name | alexa capital de usa | US | es-US
everyday-name | alexa capital de los united states | US | es-US
everyday-name | alexa capital de corea del norte la de kim jong un | KP | es-US
everyday-name | alexa capital de siam | TH | es-US
everyday-name | alexa capital de formosa la isla | TW | es-US
everyday-name | alexa capital de los yunaites | US | es-US
everyday-name | alexa capital del alto volta | BF
everyday-name | alexa capital de kampuchea | KH
everyday-name | alexa capital de abisinia | ET
everyday-name | alexa capital de holanda o países bajos como se llame | NL | es-US
everyday-name | alexa capital del vaticano | VA
everyday-name | alexa capital de bosnia | BA
everyday-name | alexa capital de trinidad | TT | es-US
out-of-domain | alexa qué tiempo va a hacer mañana en cuenca | FB
out-of-domain | alexa pon un temporizador de doce minutos para las lentejas | FB
out-of-domain | alexa cuántos habitantes tiene madrid | FB
out-of-domain | alexa cuál es la capital de europa | FB
out-of-domain | alexa capital de áfrica | FB
out-of-domain | alexa pon la cadena ser | FB
out-of-domain | alexa a qué hora juega el betis | FB
out-of-domain | alexa enciende la luz del salón | FB
out-of-domain | alexa cuánto mide la torre eiffel | FB
out-of-domain | alexa qué idioma se habla en bélgica | FB
out-of-domain | alexa cuál es la ciudad más grande de australia | FB
out-of-domain | alexa qué moneda usan en suiza | FB
out-of-domain | alexa añade leche a la lista de la compra | FB
out-of-domain | alexa cuántos kilómetros hay de madrid a lisboa | FB
out-of-domain | alexa qué hora es en tokio | FB
out-of-domain | alexa cuéntame un chiste | FB
out-of-domain | alexa cuál es la capital del mundo | FB
out-of-domain | alexa quién ganó la liga el año pasado | FB
out-of-domain | alexa pon música de camarón | FB
out-of-domain | alexa cuántos países hay en el mundo | FB
out-of-domain | alexa cuál es el río más largo de europa | FB
out-of-domain | alexa capital de asia | FB
out-of-domain | alexa llama a mi hija | FB
out-of-domain | alexa qué día cae la semana santa | FB
out-of-domain | alexa cuál es la capital del vino en la rioja | FB
out-of-domain | alexa quién fundó roma | FB
out-of-domain | alexa despiértame a las seis y media | FB
out-of-domain | alexa cuál es la capital europea de la cultura este año | FB
out-of-domain | alexa sube el volumen | FB
out-of-domain | alexa qué tal el tráfico en la m treinta | FB
out-of-domain | alexa cuántos habitantes tiene la ciudad de méxico | FB | es-MX
out-of-domain | alexa pon una de los tigres del norte | FB | es-MX
out-of-domain | alexa va a llover hoy en monterrey | FB | es-MX
out-of-domain | alexa a cómo está el dólar | FB | es-MX
out-of-domain | alexa capital de sudamérica | FB | es-MX
out-of-domain | alexa capital de centroamérica | FB | es-MX
out-of-domain | alexa cuál es el volcán más alto de méxico | FB | es-MX
out-of-domain | alexa ponme una alarma a las cinco | FB | es-MX
out-of-domain | alexa cuándo es el grito de independencia | FB | es-MX
out-of-domain | alexa qué idioma hablan en brasil | FB | es-MX
out-of-domain | alexa cuál es la ciudad más poblada de china | FB | es-MX
out-of-domain | alexa cuántos estados tiene méxico | FB | es-MX
out-of-domain | alexa a qué hora juega el américa | FB | es-MX
out-of-domain | alexa qué comida típica tiene perú | FB | es-MX
out-of-domain | alexa cuál es la capital mundial del tequila | FB | es-MX
out-of-domain | alexa quién es el presidente de colombia | FB | es-MX
out-of-domain | alexa apaga la tele | FB | es-MX
out-of-domain | alexa cuántas horas de vuelo hay a madrid | FB | es-MX
out-of-domain | alexa pon la mañanera | FB | es-MX
out-of-domain | alexa cuál es la bandera de japón | FB | es-MX
out-of-domain | alexa what's the weather digo qué clima hace | FB | es-US
out-of-domain | alexa pon un timer de veinte minutos | FB | es-US
out-of-domain | alexa cuánto cuesta un boleto a guatemala | FB | es-US
out-of-domain | alexa capital de norteamérica | FB | es-US
out-of-domain | alexa cuál es la capital de oceanía | FB | es-US
out-of-domain | alexa cuántos habitantes tiene los ángeles | FB | es-US
out-of-domain | alexa toca música de bad bunny | FB | es-US
out-of-domain | alexa a qué hora cierra walmart | FB | es-US
out-of-domain | alexa qué idioma se habla en haití | FB | es-US
out-of-domain | alexa cuál es la ciudad más grande de texas | FB | es-US
out-of-domain | alexa quién fue el primer presidente de estados unidos | FB | es-US
out-of-domain | alexa recuérdame pagar la renta el viernes | FB | es-US
out-of-domain | alexa traduce capital al inglés | FB | es-US
out-of-domain | alexa cuántas estrellas tiene la bandera americana | FB | es-US
out-of-domain | alexa cuál es la moneda de guatemala | FB | es-US
out-of-domain | alexa qué hora es en honduras | FB | es-US
out-of-domain | alexa cuál es la capital del entretenimiento de estados unidos | FB | es-US
out-of-domain | alexa cuántos condados tiene california | FB | es-US
out-of-domain | alexa cuál es el estado más grande | FB | es-US
out-of-domain | alexa capital de la luna | FB | es-US
astilleros-ferrol | alexa carallo cuál es la capital de noruega que la fragata va para allá | NO
astilleros-ferrol | alexa capital de australia neno que les hicimos los barcos | AU
astilleros-ferrol | alexa la capital de arabia saudí por las corbetas | SA
astilleros-ferrol | alexa cuál es la capital de turquía que viene un inspector turco | TR
astilleros-ferrol | alexa capital de filipinas que el soldador nuevo es de allí | PH
astilleros-ferrol | alexa dime la capital de corea del sur que allí hacen los barcos grandes | KR
astilleros-ferrol | alexa capital de polonia que en el turno de noche hay dos polacos | PL
astilleros-ferrol | alexa capital de rumanía que el calderero es rumano | RO
astilleros-ferrol | alexa y la capital de ucrania ho | UA
astilleros-ferrol | alexa la capital de finlandia por los rompehielos | FI
astilleros-ferrol | alexa capital de dinamarca de donde es la naviera | DK
astilleros-ferrol | alexa capital de venezuela que mi tío emigró allí | VE
astilleros-ferrol | alexa capital de cuba que mi abuelo fue en barco | CU
astilleros-ferrol | alexa capital de uruguay que tengo primos en montevideo o no | UY
astilleros-ferrol | alexa a qué hora sale el bus del astillero | FB
astilleros-ferrol | alexa capital de escocia que allí también hay astilleros | GB-SCT
astilleros-ferrol | alexa capital de bulgaria por el pintor del casco | BG
astilleros-ferrol | alexa cuál es la capital de corea del norte carallo | KP
astilleros-ferrol | alexa capital de la república democrática del congo que hay un compañero de allí | CD
astilleros-ferrol | alexa cuál es la capital de panamá por el canal | PA
astilleros-ferrol | alexa capital de egipto por lo del canal de suez | EG
astilleros-ferrol | alexa cuánto pesa una fragata | FB
freseras-huelva | alexa wallah cuál es la capital de marruecos | MA
freseras-huelva | alexa capital de argelia que la compañera es de orán | DZ
freseras-huelva | alexa la capital de túnez por favor | TN
freseras-huelva | alexa capital de mauritania hamdulillah | MR
freseras-huelva | alexa capital de senegal que en la finca hay senegaleses | SN
freseras-huelva | alexa dime capital de mali que el encargado es de mali | ML
freseras-huelva | alexa capital de rumanía que las del otro turno son rumanas | RO
freseras-huelva | alexa capital de bulgaria que la jefa de la nave es búlgara | BG
freseras-huelva | alexa cuál es capital de palestina | PS
freseras-huelva | alexa capital de egipto para mi hija en el colegio | EG
freseras-huelva | alexa capital de arabia saudí la meca es o no | SA
freseras-huelva | alexa cuál es la capital de jordania | JO
freseras-huelva | alexa capital de siria inshallah vuelven | SY
freseras-huelva | alexa capital de libia | LY
freseras-huelva | alexa qué tiempo hace mañana en moguer que no quiero recoger con lluvia | FB
freseras-huelva | alexa capital de gambia que el chófer es gambiano | GM
freseras-huelva | alexa capital de guinea bisáu | GW
freseras-huelva | alexa capital del sáhara occidental | EH
freseras-huelva | alexa capital de níger que dice la niña | NE
freseras-huelva | alexa capital de burkina faso | BF
freseras-huelva | alexa cuántas cajas de fresa hay que llenar hoy | FB
sidreria-gijon | alexa ho cuál ye la capital de irlanda que allí también beben sidra | IE
sidreria-gijon | alexa neñu dime la capital de francia por la sidra de normandía | FR
sidreria-gijon | alexa capital de méxico que el escanciador tuvo un primo allí | MX
sidreria-gijon | alexa echa un culín y dime la capital de argentina | AR
sidreria-gijon | alexa capital de cuba que aquí hay muchos indianos | CU
sidreria-gijon | alexa la capital de inglaterra ho por los ingleses de la mesa cinco | GB-ENG
sidreria-gijon | alexa capital de gales que tienen gaita también | GB-WLS
sidreria-gijon | alexa capital de bélgica por la cerveza | BE
sidreria-gijon | alexa cuál ye la capital de alemania | DE
sidreria-gijon | alexa capital de austria pa ganar la apuesta | AT
sidreria-gijon | alexa capital de eslovaquia ho que no me acuerdo | SK
sidreria-gijon | alexa capital de la república checa por la cerveza checa | CZ
sidreria-gijon | alexa capital de chile que el de la barra es chileno | CL
sidreria-gijon | alexa capital de nueva zelanda que allí hay manzanas | NZ
sidreria-gijon | alexa pon la gaita de hevia | FB
sidreria-gijon | alexa cuál ye la capital de estonia | EE
sidreria-gijon | alexa capital de letonia neñu | LV
sidreria-gijon | alexa la capital de corea del sur que vino un grupo de coreanos | KR
sidreria-gijon | alexa capital de los países bajos ho las dos | NL
sidreria-gijon | alexa a cuántos grados se sirve la sidra | FB
guaguas-las-palmas | alexa muchacho cuál es la capital de venezuela | VE
guaguas-las-palmas | alexa capital de cabo verde que va un pasajero para allá | CV
guaguas-las-palmas | alexa la capital de senegal mi niña | SN
guaguas-las-palmas | alexa capital de mauritania por los barcos del puerto | MR
guaguas-las-palmas | alexa capital de marruecos que se ve casi desde aquí | MA
guaguas-las-palmas | alexa capital de noruega que vienen los noruegos en invierno | NO
guaguas-las-palmas | alexa capital de suecia por los suecos de la playa | SE
guaguas-las-palmas | alexa capital de finlandia por los del guagua turístico | FI
guaguas-las-palmas | alexa ños cuál es la capital de cuba | CU
guaguas-las-palmas | alexa capital de uruguay que tengo familia en montevideo | UY
guaguas-las-palmas | alexa capital de santo tomé y príncipe | ST
guaguas-las-palmas | alexa capital de guinea ecuatorial que va un señor de malabo | GQ
guaguas-las-palmas | alexa capital de sierra leona | SL
guaguas-las-palmas | alexa capital de liberia por los barcos con bandera | LR
guaguas-las-palmas | alexa a qué hora pasa la guagua doce | FB
guaguas-las-palmas | alexa capital de irlanda por los turistas irlandeses | IE
guaguas-las-palmas | alexa capital de la república del congo mi niño | CG
guaguas-las-palmas | alexa capital de nigeria por los marineros del puerto | NG
guaguas-las-palmas | alexa cuál es la capital de gran canaria | FB
guaguas-las-palmas | alexa capital de ghana | GH
aceituneros-jaen | alexa quillo cuál es la capital de italia que ellos también tienen aceite | IT
aceituneros-jaen | alexa capital de grecia por las aceitunas griegas | GR
aceituneros-jaen | alexa capital de túnez que exportan aceite | TN
aceituneros-jaen | alexa la capital de portugal pa la almazara | PT
aceituneros-jaen | alexa capital de siria que tienen olivos | SY
aceituneros-jaen | alexa capital del líbano quillo | LB
aceituneros-jaen | alexa capital de israel | IL
aceituneros-jaen | alexa capital de palestina por los olivos | PS
aceituneros-jaen | alexa capital de marruecos que el de la cuadrilla es de tánger | MA
aceituneros-jaen | alexa capital de rumanía por los rumanos del vareo | RO
aceituneros-jaen | alexa cuál es la capital de chipre | CY
aceituneros-jaen | alexa capital de albania | AL
aceituneros-jaen | alexa capital de croacia que allí hay olivos en la costa | HR
aceituneros-jaen | alexa capital de montenegro | ME
aceituneros-jaen | alexa a cuánto está el kilo de aceite hoy | FB
aceituneros-jaen | alexa capital de argentina que también plantan olivos | AR
aceituneros-jaen | alexa capital de australia quillo que tienen olivares | AU
aceituneros-jaen | alexa capital de jordania por el aceite de allí | JO
aceituneros-jaen | alexa va a helar esta noche en jaén | FB
aceituneros-jaen | alexa capital de malta | MT
bazar-usera | alexa capital de china amigo | CN
bazar-usera | alexa cuál es la capital de taiwán | TW
bazar-usera | alexa capital de hong kong | HK
bazar-usera | alexa jefe dime capital de vietnam | VN
bazar-usera | alexa capital de camboya | KH
bazar-usera | alexa capital de tailandia por el proveedor | TH
bazar-usera | alexa capital de birmania o myanmar | MM
bazar-usera | alexa capital de laos para el niño | LA
bazar-usera | alexa capital de mongolia | MN
bazar-usera | alexa capital de japón | JP
bazar-usera | alexa capital de corea del norte la de arriba | KP
bazar-usera | alexa capital de singapur | SG
bazar-usera | alexa capital de indonesia por los contenedores | ID
bazar-usera | alexa capital de bangladés que el de la tienda de al lado es de allí | BD
bazar-usera | alexa capital de pakistán | PK
bazar-usera | alexa cuánto es cien euros en yuanes | FB
bazar-usera | alexa capital de nepal | NP
bazar-usera | alexa capital de brunéi | BN
bazar-usera | alexa capital de macao | MO
bazar-usera | alexa capital de timor leste | TL
bazar-usera | alexa a qué hora cierra el metro de usera | FB
penas-sanfermin | alexa antes del chupinazo dime la capital de australia que hay uno de sídney en la peña | AU
penas-sanfermin | alexa capital de estados unidos por los americanos del encierro | US
penas-sanfermin | alexa capital de nueva zelanda que el de la camiseta negra es kiwi | NZ
penas-sanfermin | alexa cuál es la capital de francia que han venido los de bayona | FR
penas-sanfermin | alexa capital de sudáfrica que corre uno de johannesburgo | ZA
penas-sanfermin | alexa capital de japón por los japoneses del balcón | JP
penas-sanfermin | alexa capital de irlanda para el irlandés de la peña | IE
penas-sanfermin | alexa capital de canadá que hay unos canadienses en la plaza del castillo | CA
penas-sanfermin | alexa a qué hora es el encierro mañana | FB
penas-sanfermin | alexa capital de méxico que hay mariachis en la estafeta | MX
penas-sanfermin | alexa capital de colombia por la colombiana del puesto de churros | CO
penas-sanfermin | alexa capital de gran bretaña que los ingleses no se van | GB
penas-sanfermin | alexa la capital de la india que hay un grupo de indios con pañuelo | IN
penas-sanfermin | alexa capital de israel que hay unos israelíes en el balcón de al lado | IL
penas-sanfermin | alexa cuál es la capital de suecia tú | SE
penas-sanfermin | alexa capital de brasil que baila uno de la peña brasileño | BR
penas-sanfermin | alexa pon el pobre de mí | FB
penas-sanfermin | alexa capital de perú para el de la peña | PE
penas-sanfermin | alexa capital de dinamarca | DK
penas-sanfermin | alexa capital de islandia que el vikingo ese es de allí | IS
imserso-benidorm | alexa hija cuál es la capital de alemania que en el hotel hay muchos alemanes | DE
imserso-benidorm | alexa capital de bélgica que la pareja de baile es belga | BE
imserso-benidorm | alexa capital de holanda que aquí hay muchos holandeses | NL
imserso-benidorm | alexa la capital de inglaterra por los ingleses del bar | GB-ENG
imserso-benidorm | alexa capital de luxemburgo | LU
imserso-benidorm | alexa capital de rusia que hay unos rusos en la piscina | RU
imserso-benidorm | alexa capital de noruega por los jubilados noruegos | NO
imserso-benidorm | alexa cuál es la capital de escocia que el de la orquesta canta en escocés | GB-SCT
imserso-benidorm | alexa a qué hora sale el autobús de la excursión a guadalest | FB
imserso-benidorm | alexa capital de portugal que el año que viene vamos con el imserso | PT
imserso-benidorm | alexa capital de italia que el otro viaje es a roma creo | IT
imserso-benidorm | alexa capital de marruecos que la excursión de tánger sale el martes | MA
imserso-benidorm | alexa capital de túnez que allí fuimos con el imserso | TN
imserso-benidorm | alexa capital de grecia por el crucero | GR
imserso-benidorm | alexa capital de turquía que mi consuegra fue a estambul | TR
imserso-benidorm | alexa capital de irlanda del norte que el camarero es de belfast dice | GB-NIR
imserso-benidorm | alexa qué cenamos hoy en el hotel | FB
imserso-benidorm | alexa la capital de hungría que bailamos una czarda | HU
imserso-benidorm | alexa capital de austria por el vals | AT
imserso-benidorm | alexa capital de suiza por el reloj de mi marido | CH
imserso-benidorm | alexa capital de finlandia | FI
ucranianas-alicante | alexa cuál es la capital de ucrania para mi hijo en la escuela | UA
ucranianas-alicante | alexa capital de polonia que estuvimos allí un mes | PL
ucranianas-alicante | alexa capital de moldavia | MD
ucranianas-alicante | alexa capital de rumanía dyakuyu | RO
ucranianas-alicante | alexa capital de hungría | HU
ucranianas-alicante | alexa capital de eslovaquia que pasamos la frontera por allí | SK
ucranianas-alicante | alexa capital de bielorrusia que de allí es mi cuñada | BY
ucranianas-alicante | alexa capital de lituania | LT
ucranianas-alicante | alexa capital de letonia que mi hermana vive allí | LV
ucranianas-alicante | alexa capital de estonia | EE
ucranianas-alicante | alexa capital de georgia que la vecina es georgiana | GE
ucranianas-alicante | alexa capital de armenia | AM
ucranianas-alicante | alexa capital de azerbaiyán | AZ
ucranianas-alicante | alexa capital de kazajistán | KZ
ucranianas-alicante | alexa capital de alemania que allí está mi prima refugiada | DE
ucranianas-alicante | alexa capital de chequia | CZ
ucranianas-alicante | alexa cómo se dice gracias en valenciano | FB
ucranianas-alicante | alexa capital de uzbekistán | UZ
ucranianas-alicante | alexa cuál es la capital de turkmenistán | TM
ucranianas-alicante | alexa capital de tayikistán | TJ
ucranianas-alicante | alexa capital de kirguistán | KG
ucranianas-alicante | alexa a qué hora abre la oficina de extranjería | FB
monitores-esqui | alexa capital de andorra que vamos mañana con los cursillistas | AD
monitores-esqui | alexa la capital de suiza por las pistas de allí | CH
monitores-esqui | alexa capital de austria que el monitor nuevo es tirolés | AT
monitores-esqui | alexa cuál es la capital de eslovenia | SI
monitores-esqui | alexa capital de liechtenstein | LI
monitores-esqui | alexa capital de chile que el verano esquío en los andes | CL
monitores-esqui | alexa capital de argentina por bariloche | AR
monitores-esqui | alexa capital de noruega por los de fondo | NO
monitores-esqui | alexa cuánta nieve ha caído en formigal | FB
monitores-esqui | alexa capital de francia que el forfait de al lado es francés | FR
monitores-esqui | alexa capital de italia por los dolomitas | IT
monitores-esqui | alexa capital de bulgaria por bansko | BG
monitores-esqui | alexa capital de georgia que dicen que se esquía bien | GE
monitores-esqui | alexa capital de kirguistán que un cursillista es de allí | KG
monitores-esqui | alexa capital de japón por la nieve polvo | JP
monitores-esqui | alexa capital de corea del sur por los juegos olímpicos de invierno | KR
monitores-esqui | alexa capital de nepal que mi compañero se va al himalaya | NP
monitores-esqui | alexa capital de bután | BT
monitores-esqui | alexa abre la pista roja | FB
monitores-esqui | alexa capital de lesoto que dicen que tiene estación de esquí | LS
monitores-esqui | alexa capital de mónaco | MC
kitesurf-tarifa | alexa con este levante dime la capital de marruecos | MA
kitesurf-tarifa | alexa capital de gibraltar | GI
kitesurf-tarifa | alexa cuál es la capital de alemania que el de la cometa verde es alemán | DE
kitesurf-tarifa | alexa capital de países bajos que los holandeses vienen todo el verano | NL
kitesurf-tarifa | alexa capital de brasil que el instructor es de fortaleza | BR
kitesurf-tarifa | alexa capital de mauricio que allí hay buen viento | MU
kitesurf-tarifa | alexa capital de cabo verde para el viaje de kite | CV
kitesurf-tarifa | alexa capital de egipto por dahab | EG
kitesurf-tarifa | alexa capital de sri lanka que me voy en invierno | LK
kitesurf-tarifa | alexa a cuántos nudos sopla el levante | FB
kitesurf-tarifa | alexa capital de aruba | AW
kitesurf-tarifa | alexa capital de curazao | CW
kitesurf-tarifa | alexa capital de fiyi | FJ
kitesurf-tarifa | alexa capital de las maldivas | MV
kitesurf-tarifa | alexa capital de seychelles | SC
kitesurf-tarifa | alexa capital de la polinesia francesa | PF
kitesurf-tarifa | alexa capital de nueva caledonia | NC
kitesurf-tarifa | alexa capital de sudáfrica que me voy a ciudad del cabo | ZA
kitesurf-tarifa | alexa capital de vietnam por mui ne | VN
kitesurf-tarifa | alexa qué marea hay esta tarde | FB
plateros-taxco | alexa marchante qué capital tiene estados unidos que vienen muchos gringos | US | es-MX
plateros-taxco | alexa capital de canadá que la señora es de vancouver | CA | es-MX
plateros-taxco | alexa capital de perú que allá también trabajan la plata | PE | es-MX
plateros-taxco | alexa capital de bolivia por las minas de potosí | BO | es-MX
plateros-taxco | alexa capital de italia que me pidieron un anillo para allá | IT | es-MX
plateros-taxco | alexa cuál es la capital de japón para el turista japonés | JP | es-MX
plateros-taxco | alexa capital de francia que la clienta es francesa | FR | es-MX
plateros-taxco | alexa capital de australia joven | AU | es-MX
plateros-taxco | alexa a cuánto está el gramo de plata | FB | es-MX
plateros-taxco | alexa capital de guerrero pues | MX-GRO | es-MX
plateros-taxco | alexa capital de morelos que ahí vendemos en el fin | MX-MOR | es-MX
plateros-taxco | alexa capital de israel que el señor compró un candelabro | IL | es-MX
plateros-taxco | alexa capital de turquía por la joyería de allá | TR | es-MX
plateros-taxco | alexa capital de tailandia | TH | es-MX
plateros-taxco | alexa capital de rusia que vinieron unos rusos | RU | es-MX
plateros-taxco | alexa capital de alemania para el envío | DE | es-MX
plateros-taxco | alexa capital de corea del sur por la muchacha coreana | KR | es-MX
plateros-taxco | alexa capital de armenia que dicen que tienen buenos plateros | AM | es-MX
plateros-taxco | alexa capital de indonesia por bali | ID | es-MX
plateros-taxco | alexa dónde queda el templo de santa prisca | FB | es-MX
call-center-tijuana | alexa en mi break dime la capital de filipinas que allá está el otro call center | PH | es-MX
call-center-tijuana | alexa capital de la india mi supervisor dice que allá es más barato | IN | es-MX
call-center-tijuana | alexa capital de honduras que el team de allá contesta en la noche | HN | es-MX
call-center-tijuana | alexa capital de guatemala por el otro site | GT | es-MX
call-center-tijuana | alexa capital de colombia que el cliente llamó de medellín | CO | es-MX
call-center-tijuana | alexa capital de el salvador | SV | es-MX
call-center-tijuana | alexa capital de baja california que siempre se me olvida | MX-BCN | es-MX
call-center-tijuana | alexa capital de jamaica que el cliente tiene acento | JM | es-MX
call-center-tijuana | alexa capital de república dominicana por el otro call center | DO | es-MX
call-center-tijuana | alexa capital de costa rica que ahí hay muchos call centers | CR | es-MX
call-center-tijuana | alexa cuánto tarda la línea de la garita hoy | FB | es-MX
call-center-tijuana | alexa capital de nicaragua | NI | es-MX
call-center-tijuana | alexa capital de sonora | MX-SON | es-MX
call-center-tijuana | alexa capital de arizona que el cliente es de yuma | US-AZ | es-MX
call-center-tijuana | alexa capital de oregón | US-OR | es-MX
call-center-tijuana | alexa capital de irlanda por la compañía de software | IE | es-MX
call-center-tijuana | alexa capital de ucrania que el programador es de allá | UA | es-MX
call-center-tijuana | alexa capital de egipto por el otro proveedor | EG | es-MX
call-center-tijuana | alexa qué es el handle time | FB | es-MX
call-center-tijuana | alexa capital de trinidad y tobago | TT | es-MX
surfistas-puerto-escondido | alexa carnal cuál es la capital de australia | AU | es-MX
surfistas-puerto-escondido | alexa capital de hawái que allá se surfea cabrón | US-HI | es-MX
surfistas-puerto-escondido | alexa capital de oaxaca carnal | MX-OAX | es-MX
surfistas-puerto-escondido | alexa capital de indonesia por las olas de bali | ID | es-MX
surfistas-puerto-escondido | alexa capital de portugal por nazaré | PT | es-MX
surfistas-puerto-escondido | alexa capital de perú por la ola de chicama | PE | es-MX
surfistas-puerto-escondido | alexa capital de el salvador que me voy a el tunco | SV | es-MX
surfistas-puerto-escondido | alexa capital de nicaragua por popoyo | NI | es-MX
surfistas-puerto-escondido | alexa qué tan grande viene el swell mañana | FB | es-MX
surfistas-puerto-escondido | alexa capital de costa rica | CR | es-MX
surfistas-puerto-escondido | alexa capital de fiyi por cloudbreak | FJ | es-MX
surfistas-puerto-escondido | alexa capital de samoa que allá hay unas olas bien bonitas | WS | es-MX
surfistas-puerto-escondido | alexa capital de tahití o de la polinesia | PF | es-MX
surfistas-puerto-escondido | alexa capital de sudáfrica por jeffreys bay | ZA | es-MX
surfistas-puerto-escondido | alexa capital de marruecos que dicen que hay point breaks | MA | es-MX
surfistas-puerto-escondido | alexa capital de sri lanka | LK | es-MX
surfistas-puerto-escondido | alexa capital de maldivas | MV | es-MX
surfistas-puerto-escondido | alexa capital de papúa nueva guinea | PG | es-MX
surfistas-puerto-escondido | alexa capital de vanuatu | VU | es-MX
surfistas-puerto-escondido | alexa a qué hora es la marea alta en zicatela | FB | es-MX
cafetaleros-chiapas | alexa capital de chiapas para la junta de la cooperativa | MX-CHP | es-MX
cafetaleros-chiapas | alexa capital de alemania que allá mandamos el café | DE | es-MX
cafetaleros-chiapas | alexa cuál es la capital de etiopía que allá nació el café dicen | ET | es-MX
cafetaleros-chiapas | alexa capital de kenia por el café de allá | KE | es-MX
cafetaleros-chiapas | alexa capital de colombia la competencia | CO | es-MX
cafetaleros-chiapas | alexa capital de guatemala que está aquí pegadito | GT | es-MX
cafetaleros-chiapas | alexa capital de brasil que ellos ponen el precio | BR | es-MX
cafetaleros-chiapas | alexa capital de vietnam que también siembran café | VN | es-MX
cafetaleros-chiapas | alexa a cuánto pagan el quintal hoy | FB | es-MX
cafetaleros-chiapas | alexa capital de japón que el comprador es japonés | JP | es-MX
cafetaleros-chiapas | alexa capital de bélgica por el certificado | BE | es-MX
cafetaleros-chiapas | alexa capital de honduras que también es cafetalero | HN | es-MX
cafetaleros-chiapas | alexa capital de ruanda | RW | es-MX
cafetaleros-chiapas | alexa capital de burundi | BI | es-MX
cafetaleros-chiapas | alexa capital de uganda | UG | es-MX
cafetaleros-chiapas | alexa capital de tanzania | TZ | es-MX
cafetaleros-chiapas | alexa capital de yemen por el café moka | YE | es-MX
cafetaleros-chiapas | alexa capital de papúa que también da café | PG | es-MX
cafetaleros-chiapas | alexa capital de laos que dicen que allá siembran | LA | es-MX
cafetaleros-chiapas | alexa va a llover en ocosingo | FB | es-MX
jaraneros-veracruz | alexa capital de veracruz pa'l fandango | MX-VER | es-MX
jaraneros-veracruz | alexa capital de cuba que el son vino de allá | CU | es-MX
jaraneros-veracruz | alexa cuál es la capital de españa por la décima | ES | es-MX
jaraneros-veracruz | alexa capital de colombia que tienen el vallenato | CO | es-MX
jaraneros-veracruz | alexa capital de venezuela por el arpa llanera | VE | es-MX
jaraneros-veracruz | alexa capital de angola por la africanía del son | AO | es-MX
jaraneros-veracruz | alexa capital del congo el de kinshasa | CD | es-MX
jaraneros-veracruz | alexa capital de la república del congo por la rumba congolesa | CG | es-MX
jaraneros-veracruz | alexa capital de tabasco | MX-TAB | es-MX
jaraneros-veracruz | alexa pon la bamba | FB | es-MX
jaraneros-veracruz | alexa capital de benín que dicen que los ritmos vienen de allá | BJ | es-MX
jaraneros-veracruz | alexa capital de nigeria por los tambores | NG | es-MX
jaraneros-veracruz | alexa capital de camerún | CM | es-MX
jaraneros-veracruz | alexa capital de haití por el tambor | HT | es-MX
jaraneros-veracruz | alexa capital de puerto rico por la bomba y plena | PR | es-MX
jaraneros-veracruz | alexa capital de perú que tienen el cajón | PE | es-MX
jaraneros-veracruz | alexa capital de chile por la cueca | CL | es-MX
jaraneros-veracruz | alexa cómo se afina una jarana tercera | FB | es-MX
jaraneros-veracruz | alexa capital de gabón | GA | es-MX
jaraneros-veracruz | alexa capital de mozambique | MZ | es-MX
choferes-app | alexa jefe cuál es la capital de francia que el pasajero va pa'l aeropuerto a parís | FR | es-MX
choferes-app | alexa capital de españa que el pasaje es de madrid | ES | es-MX
choferes-app | alexa capital de argentina que traigo un argentino atrás | AR | es-MX
choferes-app | alexa capital de chile que la señorita es chilena | CL | es-MX
choferes-app | alexa la capital de corea del sur que el pasajero es coreano | KR | es-MX
choferes-app | alexa capital de corea del norte pregunta el pasajero | KP | es-MX
choferes-app | alexa capital de jalisco | MX-JAL | es-MX
choferes-app | alexa capital de puebla | MX-PUE | es-MX
choferes-app | alexa capital de querétaro | MX-QUE | es-MX
choferes-app | alexa cuánto tráfico hay en periférico | FB | es-MX
choferes-app | alexa capital de hidalgo | MX-HID | es-MX
choferes-app | alexa capital de venezuela que los de la app son venezolanos | VE | es-MX
choferes-app | alexa capital de haití | HT | es-MX
choferes-app | alexa capital de cuba | CU | es-MX
choferes-app | alexa capital de marruecos que el pasajero vive allá | MA | es-MX
choferes-app | alexa capital de países bajos que va a schiphol digo a holanda | NL | es-MX
choferes-app | alexa capital de suecia | SE | es-MX
choferes-app | alexa capital de qatar por el mundial | QA | es-MX
choferes-app | alexa cómo llego a la terminal dos | FB | es-MX
choferes-app | alexa capital de sudán que el pasajero es médico sin fronteras | SD | es-MX
choferes-app | alexa capital de afganistán | AF | es-MX
carne-asada-regia | alexa wey cuál es la capital de nuevo león no seas | MX-NLE | es-MX
carne-asada-regia | alexa capital de texas que el compa se va a austin | US-TX | es-MX
carne-asada-regia | alexa capital de argentina por la carne argentina | AR | es-MX
carne-asada-regia | alexa capital de uruguay que dicen que asan mejor | UY | es-MX
carne-asada-regia | alexa capital de brasil por la picaña | BR | es-MX
carne-asada-regia | alexa capital de coahuila el vecino | MX-COA | es-MX
carne-asada-regia | alexa capital de paraguay | PY | es-MX
carne-asada-regia | alexa capital de tamaulipas | MX-TAM | es-MX
carne-asada-regia | alexa capital de chihuahua | MX-CHH | es-MX
carne-asada-regia | alexa a qué hora juegan los rayados | FB | es-MX
carne-asada-regia | alexa capital de bélgica que el compa trajo cerveza belga | BE | es-MX
carne-asada-regia | alexa capital de corea del sur por la carne coreana | KR | es-MX
carne-asada-regia | alexa capital de mongolia por la barbacoa mongola | MN | es-MX
carne-asada-regia | alexa capital de kansas que de allá viene la carne | US-KS | es-MX
carne-asada-regia | alexa capital de nebraska | US-NE | es-MX
carne-asada-regia | alexa capital de escocia por el whisky | GB-SCT | es-MX
carne-asada-regia | alexa prende la música de la sonora dinamita | FB | es-MX
carne-asada-regia | alexa capital de zacatecas | MX-ZAC | es-MX
carne-asada-regia | alexa capital de sudáfrica que ellos hacen braai dice mi primo | ZA | es-MX
carne-asada-regia | alexa capital de namibia | NA | es-MX
menonitas-cuauhtemoc | alexa ja cuál es la capital de alemania | DE | es-MX
menonitas-cuauhtemoc | alexa capital de canadá que mi abuelo vino de manitoba | CA | es-MX
menonitas-cuauhtemoc | alexa capital de manitoba | CA-MB | es-MX
menonitas-cuauhtemoc | alexa capital de paraguay que allá viven primos menonitas | PY | es-MX
menonitas-cuauhtemoc | alexa capital de bolivia por las colonias menonitas de allá | BO | es-MX
menonitas-cuauhtemoc | alexa capital de belice que allá también hay menonitas | BZ | es-MX
menonitas-cuauhtemoc | alexa capital de ucrania que de allá salieron los abuelos | UA | es-MX
menonitas-cuauhtemoc | alexa capital de rusia | RU | es-MX
menonitas-cuauhtemoc | alexa capital de países bajos que de ahí viene el nombre menno | NL | es-MX
menonitas-cuauhtemoc | alexa capital de chihuahua para el papel del queso | MX-CHH | es-MX
menonitas-cuauhtemoc | alexa capital de suiza por el queso | CH | es-MX
menonitas-cuauhtemoc | alexa capital de polonia | PL | es-MX
menonitas-cuauhtemoc | alexa capital de saskatchewan | CA-SK | es-MX
menonitas-cuauhtemoc | alexa a cuánto está el kilo de queso chihuahua | FB | es-MX
menonitas-cuauhtemoc | alexa capital de argentina que dicen que hay menonitas | AR | es-MX
menonitas-cuauhtemoc | alexa capital de kansas por los parientes | US-KS | es-MX
menonitas-cuauhtemoc | alexa capital de durango que allá está la otra colonia | MX-DUR | es-MX
menonitas-cuauhtemoc | alexa capital de campeche | MX-CAM | es-MX
menonitas-cuauhtemoc | alexa cuándo hay que sembrar la manzana | FB | es-MX
menonitas-cuauhtemoc | alexa capital de ontario donde vive mi tante | CA-ON | es-MX
domino-pequena-habana | alexa asere cuál es la capital de cuba pa que el yuma lo sepa | CU | es-US
domino-pequena-habana | alexa qué volá dime la capital de venezuela | VE | es-US
domino-pequena-habana | alexa capital de florida que el viejo dice que es miami | US-FL | es-US
domino-pequena-habana | alexa capital de nicaragua que el de la otra mesa es nica | NI | es-US
domino-pequena-habana | alexa capital de república dominicana | DO | es-US
domino-pequena-habana | alexa capital de puerto rico mi socio | PR | es-US
domino-pequena-habana | alexa capital de rusia que allá estudió pepe | RU | es-US
domino-pequena-habana | alexa capital de angola que mi hermano estuvo en la guerra allá | AO | es-US
domino-pequena-habana | alexa capital de etiopía que también fueron los cubanos | ET | es-US
domino-pequena-habana | alexa capital de corea del norte | KP | es-US
domino-pequena-habana | alexa capital de vietnam | VN | es-US
domino-pequena-habana | alexa capital de chequia que antes era checoslovaquia | CZ | es-US
domino-pequena-habana | alexa capital de bielorrusia asere | BY | es-US
domino-pequena-habana | alexa cuántas fichas tiene el dominó | FB | es-US
domino-pequena-habana | alexa capital de las bahamas | BS | es-US
domino-pequena-habana | alexa capital de las islas caimán | KY | es-US
domino-pequena-habana | alexa capital de jamaica | JM | es-US
domino-pequena-habana | alexa capital de españa que mi abuelo era de lugo | ES | es-US
domino-pequena-habana | alexa capital de islas canarias que los isleños | FB | es-US
domino-pequena-habana | alexa capital de granada la isla | GD | es-US
domino-pequena-habana | alexa pon a celia cruz | FB | es-US
domino-pequena-habana | alexa capital de barbados | BB | es-US
domino-pequena-habana | alexa capital de santa lucía | LC | es-US
pastores-wyoming | alexa pe cuál es la capital de wyoming | US-WY | es-US
pastores-wyoming | alexa capital de perú pa'l patrón | PE | es-US
pastores-wyoming | alexa capital de chile que el otro pastor es chileno | CL | es-US
pastores-wyoming | alexa capital de bolivia que hay un pastor de oruro | BO | es-US
pastores-wyoming | alexa capital de montana que allá llevan las borregas en verano | US-MT | es-US
pastores-wyoming | alexa capital de idaho | US-ID | es-US
pastores-wyoming | alexa capital de utah | US-UT | es-US
pastores-wyoming | alexa capital de colorado | US-CO | es-US
pastores-wyoming | alexa va a nevar esta noche en el tráiler | FB | es-US
pastores-wyoming | alexa capital de nueva zelanda que allá hay más ovejas que gente | NZ | es-US
pastores-wyoming | alexa capital de australia por la lana | AU | es-US
pastores-wyoming | alexa capital de mongolia que también son pastores | MN | es-US
pastores-wyoming | alexa capital de dakota del sur | US-SD | es-US
pastores-wyoming | alexa capital de ecuador | EC | es-US
pastores-wyoming | alexa capital de nevada que allá hay pastores también | US-NV | es-US
pastores-wyoming | alexa cuántos coyotes hay en wyoming | FB | es-US
pastores-wyoming | alexa capital de islandia por las ovejas | IS | es-US
pastores-wyoming | alexa capital de las islas malvinas por las ovejas | FK | es-US
pastores-wyoming | alexa capital de lesoto que allá crían ovejas en el monte | LS | es-US
pastores-wyoming | alexa capital de kirguistán que los pastores de allá | KG | es-US
pastores-wyoming | alexa capital de las islas feroe | FO | es-US
radio-tejana-valle | alexa órale cuál es la capital de texas pa'l concurso de la estación | US-TX | es-US
radio-tejana-valle | alexa capital de tamaulipas que mi compadre es de matamoros | MX-TAM | es-US
radio-tejana-valle | alexa capital de nuevo león ándale pues | MX-NLE | es-US
radio-tejana-valle | alexa capital de luisiana que allá tocan zydeco | US-LA | es-US
radio-tejana-valle | alexa capital de oklahoma | US-OK | es-US
radio-tejana-valle | alexa capital de nuevo méxico pa ganar los boletos | US-NM | es-US
radio-tejana-valle | alexa capital de arkansas | US-AR | es-US
radio-tejana-valle | alexa capital de alemania que el acordeón vino de allá | DE | es-US
radio-tejana-valle | alexa capital de chequia que las polkas vinieron de allá dice el dj | CZ | es-US
radio-tejana-valle | alexa capital de polonia por la polka | PL | es-US
radio-tejana-valle | alexa pon la estación de la frontera | FB | es-US
radio-tejana-valle | alexa capital de mississippi digo misisipi | US-MS | es-US
radio-tejana-valle | alexa capital de alabama | US-AL | es-US
radio-tejana-valle | alexa capital de tennessee por nashville o no | US-TN | es-US
radio-tejana-valle | alexa capital de missouri | US-MO | es-US
radio-tejana-valle | alexa cuál es la capital de méxico para el concurso | MX | es-US
radio-tejana-valle | alexa capital de san luis potosí | MX-SLP | es-US
radio-tejana-valle | alexa quién canta como la flor | FB | es-US
radio-tejana-valle | alexa capital de guanajuato | MX-GUA | es-US
radio-tejana-valle | alexa capital de aguascalientes | MX-AGU | es-US
radio-tejana-valle | alexa capital de kansas para la trivia | US-KS | es-US
kiche-providence | alexa maestra dice cuál es la capital de guatemala | GT | es-US
kiche-providence | alexa capital de rhode island para la clase | US-RI | es-US
kiche-providence | alexa capital de massachusetts | US-MA | es-US
kiche-providence | alexa capital de connecticut | US-CT | es-US
kiche-providence | alexa capital de el salvador por mi compañero de clase | SV | es-US
kiche-providence | alexa capital de honduras | HN | es-US
kiche-providence | alexa capital de méxico que pasé por ahí | MX | es-US
kiche-providence | alexa capital de liberia que hay una señora de liberia en la clase | LR | es-US
kiche-providence | alexa capital de cabo verde que muchos de aquí son caboverdianos | CV | es-US
kiche-providence | alexa capital de portugal | PT | es-US
kiche-providence | alexa capital de república dominicana la maestra es dominicana | DO | es-US
kiche-providence | alexa cómo se escribe capital | FB | es-US
kiche-providence | alexa capital de belice | BZ | es-US
kiche-providence | alexa capital de estados unidos | US | es-US
kiche-providence | alexa capital de colombia para la tarea | CO | es-US
kiche-providence | alexa capital de maine | US-ME | es-US
kiche-providence | alexa capital de vermont | US-VT | es-US
kiche-providence | alexa capital de nuevo hampshire | US-NH | es-US
kiche-providence | alexa qué quiere decir capital | FB | es-US
kiche-providence | alexa capital de guinea que el señor de la clase es guineano | GN | es-US
kiche-providence | alexa capital de sierra leona que la compañera nueva es de allá | SL | es-US
muralistas-pilsen | alexa capital de méxico para el mural de la dieciocho | MX | es-US
muralistas-pilsen | alexa capital de illinois que el permiso viene de allá | US-IL | es-US
muralistas-pilsen | alexa capital de michoacán que los del barrio son de allá | MX-MIC | es-US
muralistas-pilsen | alexa capital de durango | MX-DUR | es-US
muralistas-pilsen | alexa capital de guerrero que la señora de la tiendita es de allá | MX-GRO | es-US
muralistas-pilsen | alexa capital de palestina pa'l mural de solidaridad | PS | es-US
muralistas-pilsen | alexa capital de irlanda por los murales de belfast | IE | es-US
muralistas-pilsen | alexa capital de irlanda del norte que allá pintan murales | GB-NIR | es-US
muralistas-pilsen | alexa capital de nicaragua por el mural de sandino | NI | es-US
muralistas-pilsen | alexa capital de chile por la brigada ramona parra | CL | es-US
muralistas-pilsen | alexa capital de sudáfrica por mandela | ZA | es-US
muralistas-pilsen | alexa capital de cuba por el mural del che | CU | es-US
muralistas-pilsen | alexa cuánta pintura se necesita para una pared de diez metros | FB | es-US
muralistas-pilsen | alexa capital de indiana | US-IN | es-US
muralistas-pilsen | alexa capital de wisconsin | US-WI | es-US
muralistas-pilsen | alexa capital de míchigan | US-MI | es-US
muralistas-pilsen | alexa capital de minnesota | US-MN | es-US
muralistas-pilsen | alexa capital de ohio | US-OH | es-US
muralistas-pilsen | alexa capital de iowa | US-IA | es-US
muralistas-pilsen | alexa va a llover mañana en chicago | FB | es-US
crupieres-las-vegas | alexa capital de nevada que el pit boss no sabe | US-NV | es-US
crupieres-las-vegas | alexa capital de china por los jugadores de baccarat | CN | es-US
crupieres-las-vegas | alexa capital de macao donde están los casinos grandes | MO | es-US
crupieres-las-vegas | alexa capital de japón que el de la mesa siete es japonés | JP | es-US
crupieres-las-vegas | alexa capital de filipinas que mi compañera es filipina | PH | es-US
crupieres-las-vegas | alexa capital de mónaco por montecarlo | MC | es-US
crupieres-las-vegas | alexa capital de corea del sur | KR | es-US
crupieres-las-vegas | alexa capital de vietnam que el dealer nuevo es vietnamita | VN | es-US
crupieres-las-vegas | alexa capital de etiopía que hay muchos etíopes en el casino | ET | es-US
crupieres-las-vegas | alexa capital de eritrea | ER | es-US
crupieres-las-vegas | alexa cuánto paga un blackjack | FB | es-US
crupieres-las-vegas | alexa capital de arizona | US-AZ | es-US
crupieres-las-vegas | alexa capital de california | US-CA | es-US
crupieres-las-vegas | alexa capital de el salvador que mi mamá es de allá | SV | es-US
crupieres-las-vegas | alexa capital de tailandia que el de la mesa de póker es tailandés | TH | es-US
crupieres-las-vegas | alexa capital de singapur por el casino de allá | SG | es-US
crupieres-las-vegas | alexa capital de camboya que la del buffet es camboyana | KH | es-US
crupieres-las-vegas | alexa capital de somalia que el del valet es somalí | SO | es-US
crupieres-las-vegas | alexa capital de yibuti | DJ | es-US
crupieres-las-vegas | alexa a qué hora empieza mi shift | FB | es-US
crupieres-las-vegas | alexa capital de laos que el del cage es laosiano | LA | es-US
procesadoras-alaska | alexa capital de alaska que nunca me acuerdo | US-AK | es-US
procesadoras-alaska | alexa capital de filipinas que la mitad de la planta es filipina | PH | es-US
procesadoras-alaska | alexa capital de japón que el pescado va para allá | JP | es-US
procesadoras-alaska | alexa capital de corea del sur por el comprador | KR | es-US
procesadoras-alaska | alexa capital de rusia que está aquí cruzando | RU | es-US
procesadoras-alaska | alexa capital de noruega por el salmón noruego | NO | es-US
procesadoras-alaska | alexa capital de chile que también tienen salmón | CL | es-US
procesadoras-alaska | alexa capital de washington el estado que de allá salen los barcos | US-WA | es-US
procesadoras-alaska | alexa a qué hora llega el barco | FB | es-US
procesadoras-alaska | alexa capital de oregón que me voy para allá cuando acabe la temporada | US-OR | es-US
procesadoras-alaska | alexa capital de somalia que hay somalíes en la línea | SO | es-US
procesadoras-alaska | alexa capital de samoa americana | AS | es-US
procesadoras-alaska | alexa capital de tonga que el montacarguista es tongano | TO | es-US
procesadoras-alaska | alexa capital de ucrania por los ucranianos del turno de noche | UA | es-US
procesadoras-alaska | alexa capital de groenlandia | GL | es-US
procesadoras-alaska | alexa capital de yukón | CA-YT | es-US
procesadoras-alaska | alexa capital de islandia por la pesca | IS | es-US
procesadoras-alaska | alexa capital de territorios del noroeste | CA-NT | es-US
procesadoras-alaska | alexa cuántas libras de cangrejo hicimos hoy | FB | es-US
procesadoras-alaska | alexa capital de guam | GU | es-US
procesadoras-alaska | alexa capital de islas marshall | MH | es-US
mozos-polo-wellington | alexa che cuál es la capital de argentina para el patrón gringo | AR | es-US
mozos-polo-wellington | alexa capital de florida que estoy en wellington | US-FL | es-US
mozos-polo-wellington | alexa capital de inglaterra que el jugador es inglés | GB-ENG | es-US
mozos-polo-wellington | alexa capital de uruguay que el otro petisero es uruguayo | UY | es-US
mozos-polo-wellington | alexa capital de brunéi por el sultán que juega al polo | BN | es-US
mozos-polo-wellington | alexa capital de emiratos árabes que allá hay canchas | AE | es-US
mozos-polo-wellington | alexa capital de pakistán que el veterinario es pakistaní | PK | es-US
mozos-polo-wellington | alexa capital de india que el polo nació allá | IN | es-US
mozos-polo-wellington | alexa capital de chile | CL | es-US
mozos-polo-wellington | alexa qué le doy a la yegua si tiene cólico | FB | es-US
mozos-polo-wellington | alexa capital de irán que dicen que el polo es persa | IR | es-US
mozos-polo-wellington | alexa capital de paraguay che el caballo vino de allá | PY | es-US
mozos-polo-wellington | alexa capital de sudáfrica que hay un jugador sudafricano | ZA | es-US
mozos-polo-wellington | alexa capital de nueva zelanda | NZ | es-US
mozos-polo-wellington | alexa capital de kentucky por los caballos | US-KY | es-US
mozos-polo-wellington | alexa capital de catar que el patrón es catarí | QA | es-US
mozos-polo-wellington | alexa capital de baréin | BH | es-US
mozos-polo-wellington | alexa capital de omán | OM | es-US
mozos-polo-wellington | alexa capital de kuwait | KW | es-US
mozos-polo-wellington | alexa a qué hora es el chukker | FB | es-US
mozos-polo-wellington | alexa capital de jordania por el rey que juega polo | JO | es-US
launch | alexa a ver si me abres el juego ese de capitales del mundo | LAUNCH
launch | alexa quiero echar una partida a capitales del mundo con mi nieto | LAUNCH
launch | alexa ponnos capitales del mundo que estamos aburridos | LAUNCH
launch | alexa abre capitales del mundo que vamos a repasar | LAUNCH
launch | alexa carga capitales del mundo | LAUNCH
launch | alexa me apetece jugar a capitales del mundo un rato | LAUNCH
launch | alexa entra en capitales del mundo | LAUNCH
launch | alexa venga capitales del mundo que tengo examen de geografía | LAUNCH
launch | alexa ábrenos capitales del mundo en la cocina | LAUNCH
launch | alexa conecta con capitales del mundo | LAUNCH
launch | alexa vamos a jugar a capitales del mundo hija | LAUNCH
launch | alexa pon el de las capitales del mundo el juego | LAUNCH
launch | alexa échale ganas y abre capitales del mundo | LAUNCH | es-MX
launch | alexa me abres capitales del mundo porfa | LAUNCH | es-MX
launch | alexa ponle capitales del mundo al niño | LAUNCH | es-MX
launch | alexa a ver ábrele a capitales del mundo | LAUNCH | es-MX
launch | alexa quiero jugar capitales del mundo con mis primos | LAUNCH | es-MX
launch | alexa abre el juego capitales del mundo ándale | LAUNCH | es-MX
launch | alexa inicia la skill de capitales del mundo | LAUNCH | es-MX
launch | alexa pásame a capitales del mundo | LAUNCH | es-MX
launch | alexa let's play capitales del mundo | LAUNCH | es-US
launch | alexa abre capitales del mundo para practicar para el examen de ciudadanía | LAUNCH | es-US
launch | alexa open the skill capitales del mundo | LAUNCH | es-US
launch | alexa ponme capitales del mundo en español | LAUNCH | es-US
launch | alexa quiero abrir capitales del mundo | LAUNCH | es-US
launch | alexa abre capitales del mundo pa los kids | LAUNCH | es-US
launch | alexa launch capitales del mundo | LAUNCH | es-US
launch | alexa juega capitales del mundo conmigo | LAUNCH | es-US
launch | alexa abre el juego de capitales del mundo otra vez | LAUNCH | es-US
launch | alexa empecemos con capitales del mundo | LAUNCH | es-US
help | alexa en capitales del mundo cómo pido la capital de un estado | HELP
help | alexa dime qué cosas sabes de capitales que me he quedado en blanco | HELP
help | alexa cómo se juega a esto que mi nieta me lo ha puesto | HELP
help | alexa no entiendo qué me pides explícamelo | HELP | es-MX
help | alexa qué tengo que hacer en capitales del mundo | HELP | es-MX
help | alexa ayuda please no sé qué decir | HELP | es-US
help | alexa cómo uso esto para estudiar para la ciudadanía | HELP | es-US
stop | alexa ya vale de capitales que nos vamos a cenar | STOP
stop | alexa para el juego de las capitales que me duele la cabeza | STOP
stop | alexa apaga capitales del mundo que ya es tarde | STOP | es-MX
stop | alexa ya se acabó la clase de capitales | STOP | es-MX
stop | alexa stop the game digo para el juego | STOP | es-US
stop | alexa quit capitales del mundo | STOP | es-US
cancel | alexa cancela esa que no era la capital que quería | CANCEL
cancel | alexa uy cancela cancela que me he equivocado | CANCEL
cancel | alexa cancela esa pregunta mejor otra | CANCEL | es-MX
cancel | alexa cancela lo último por favor | CANCEL | es-MX
cancel | alexa cancel that digo cancela eso | CANCEL | es-US
cancel | alexa no cancela lo que dijo el niño | CANCEL | es-US
plural-capitals | alexa me dices las capitales de sudáfrica que siempre me lío con pretoria | ZA
plural-capitals | alexa qué ciudades son capitales en sudáfrica | ZA | es-MX
plural-capitals | alexa en bolivia cuáles son las capitales sucre y la otra | BO
plural-capitals | alexa qué dos ciudades son capital de bolivia | BO | es-US
plural-capitals | alexa en los países bajos cuáles son las capitales ámsterdam y la haya o qué | NL | es-MX
plural-capitals | alexa qué ciudades hacen de capital en holanda | NL | es-US
plural-capitals | alexa me dices las capitales de malasia la nueva y la vieja | MY
plural-capitals | alexa qué dos capitales tiene malasia | MY | es-MX
plural-capitals | alexa qué capitales tiene sri lanka colombo y cuál | LK | es-US
plural-capitals | alexa qué capitales tiene benín porto novo y cotonú | BJ
plural-capitals | alexa qué capitales tiene costa de marfil yamusukro y abiyán | CI | es-US
plural-capitals | alexa qué capitales tiene esuatini la del rey y la del gobierno | SZ | es-MX
out-of-domain | alexa qué capital de provincia tiene más habitantes de españa | FB
out-of-domain | alexa en qué continente está madagascar | FB
out-of-domain | alexa cuál es el país más pequeño de europa | FB
out-of-domain | alexa cuántos idiomas oficiales tiene suiza | FB
out-of-domain | alexa cuál es la capital más alta del mundo | FB
out-of-domain | alexa qué capital europea tiene más puentes | FB
out-of-domain | alexa a cuántos grados estamos en la capital | FB
out-of-domain | alexa cuál es la capital del mundo de la moda | FB
out-of-domain | alexa pon el telediario de la uno | FB
out-of-domain | alexa cuánto dura el vuelo de madrid a buenos aires | FB
out-of-domain | alexa cuántos ríos pasan por zaragoza | FB
out-of-domain | alexa dime un refrán | FB
out-of-domain | alexa quién escribió el quijote | FB
out-of-domain | alexa qué santo es hoy | FB
out-of-domain | alexa cuál es el prefijo de teléfono de francia | FB
out-of-domain | alexa qué país tiene más habitantes del mundo | FB
out-of-domain | alexa cómo se llama el presidente de portugal | FB
out-of-domain | alexa cuántos grados hace en sevilla ahora mismo | FB
out-of-domain | alexa cuál es la capital de la península ibérica | FB
out-of-domain | alexa recuérdame regar los geranios | FB
out-of-domain | alexa cuál es la capital del antiguo imperio inca | FB | es-MX
out-of-domain | alexa cuál era la capital de los aztecas | FB | es-MX
out-of-domain | alexa cuántos kilómetros hay de tijuana a cancún | FB | es-MX
out-of-domain | alexa cuántos habitantes tiene guadalajara | FB | es-MX
out-of-domain | alexa qué significa la palabra capital | FB | es-MX
out-of-domain | alexa pon las mañanitas que es cumpleaños de mi mamá | FB | es-MX
out-of-domain | alexa qué hora es en madrid | FB | es-MX
out-of-domain | alexa cuál es el país más grande de áfrica | FB | es-MX
out-of-domain | alexa cuál es la capital gastronómica de méxico | FB | es-MX
out-of-domain | alexa en qué año se fundó tenochtitlan | FB | es-MX
out-of-domain | alexa qué se celebra el cinco de mayo | FB | es-MX
out-of-domain | alexa cuánto mide el pico de orizaba | FB | es-MX
out-of-domain | alexa cuál es la capital de la península de yucatán | FB | es-MX
out-of-domain | alexa prende el ventilador | FB | es-MX
out-of-domain | alexa cuál es la capital del reggaetón | FB | es-US
out-of-domain | alexa qué tan lejos queda san antonio de dallas | FB | es-US
out-of-domain | alexa cuántos estados tiene estados unidos | FB | es-US
out-of-domain | alexa quién es el gobernador de texas | FB | es-US
out-of-domain | alexa dime las preguntas del examen de ciudadanía | FB | es-US
out-of-domain | alexa qué país ganó el mundial del ochenta y seis | FB | es-US
out-of-domain | alexa pon las noticias de univision | FB | es-US
out-of-domain | alexa cuál es la ciudad más vieja de estados unidos | FB | es-US
out-of-domain | alexa cuánto es un galón en litros | FB | es-US
out-of-domain | alexa cuál es la capital de la música country | FB | es-US
out-of-domain | alexa a qué hora abre el consulado mexicano | FB | es-US
out-of-domain | alexa cómo se dice capital en inglés | FB | es-US
out-of-domain | alexa cuál es la capital del condado de cook | FB | es-US
out-of-domain | alexa cuál es la capital del país vasco francés | FB
out-of-domain | alexa cuál era la capital de la unión soviética | FB | es-MX
out-of-domain | alexa cuál es la capital de yugoslavia | FB | es-US
subdivision | alexa oye y la capital de la isla del príncipe eduardo | CA-PE
subdivision | alexa qué ciudad es la capital de australia occidental | AU-WA
subdivision | alexa la capital de hesse es fráncfort | DE-HE
subdivision | alexa dime la capital de renania del norte-westfalia | DE-NW
subdivision | alexa me dices la capital de la comunidad de madrid | FB
subdivision | alexa cuál es la capital del principado de asturias | FB
subdivision | alexa y la capital de navarra cuál es | FB
subdivision | alexa qué ciudad es capital de la región de bretaña | FB
subdivision | alexa qué ciudad es la capital de maharastra | IN-MH
subdivision | alexa me dices la capital del estado de bahía en brasil | BR-BA
subdivision | alexa la capital de nueva escocia en canadá | CA-NS
subdivision | alexa qué ciudad es la capital de terranova | CA-NL
subdivision | alexa capital del estado de jalisco si es guadalajara | MX-JAL | es-MX
subdivision | alexa qué ciudad es capital de sonora | MX-SON | es-MX
subdivision | alexa qué ciudad es la capital de morelos | MX-MOR | es-MX
subdivision | alexa me dices la capital del estado de nayarit | MX-NAY | es-MX
subdivision | alexa la capital de colima es colima | MX-COL | es-MX
subdivision | alexa la capital de tlaxcala cuál es | MX-TLA | es-MX
subdivision | alexa dime la capital de oaxaca el estado | MX-OAX | es-MX
subdivision | alexa qué ciudad es capital de la provincia de mendoza | FB | es-MX
subdivision | alexa la capital del departamento de petén | FB | es-MX
subdivision | alexa cuál es la capital del estado de são paulo | BR-SP | es-MX
subdivision | alexa qué ciudad es la capital de luisiana | US-LA | es-US
subdivision | alexa me dices la capital de nueva jersey | US-NJ | es-US
subdivision | alexa qué ciudad es capital de maryland | US-MD | es-US
subdivision | alexa la capital de delaware cuál es | US-DE | es-US
subdivision | alexa qué ciudad es la capital de carolina del sur | US-SC | es-US
subdivision | alexa capital de virginia la de richmond creo | US-VA | es-US
subdivision | alexa qué ciudad es capital del estado de georgia | US-GA | es-US
subdivision | alexa qué ciudad es capital de dakota del norte | US-ND | es-US
subdivision | alexa dime la capital de nunavut | CA-NU | es-US
subdivision | alexa qué ciudad es capital de la provincia de manitoba | CA-MB | es-US
subdivision | alexa la capital de la provincia de santiago de los caballeros | FB | es-US
subdivision | alexa qué ciudad es la capital de queensland | AU-QLD
subdivision | alexa me dices la capital de victoria en australia | AU-VIC
subdivision | alexa qué ciudad es capital de turingia | DE-TH
official-name | alexa me dices la capital de la república de serbia | RS
official-name | alexa qué ciudad es capital de la república de macedonia del norte | MK
official-name | alexa cuál es la capital de la mancomunidad de las bahamas | BS
official-name | alexa cuál es la capital de la república de chipre | CY
official-name | alexa cuál es la capital del gran ducado de luxemburgo | LU
official-name | alexa qué ciudad es capital de la serenísima república de san marino | SM
official-name | alexa cuál es la capital de la república de zimbabue | ZW | es-MX
official-name | alexa cuál es la capital de la república de mozambique | MZ | es-MX
official-name | alexa cuál es la capital de la república togolesa | TG | es-MX
official-name | alexa cuál es la capital de la república de madagascar | MG | es-MX
official-name | alexa cuál es la capital de la unión de las comoras | KM | es-MX
official-name | alexa cuál es la capital de los estados federados de micronesia | FM | es-US
official-name | alexa cuál es la capital de la república de palaos | PW | es-US
official-name | alexa cuál es la capital de la república de kiribati | KI | es-US
official-name | alexa cuál es la capital de la república de nauru | NR | es-US
official-name | alexa cuál es la capital de la federación de san cristóbal y nieves | KN | es-US
official-name | alexa cuál es la capital de la república de trinidad y tobago | TT | es-US
official-name | alexa qué ciudad es capital de la república de botsuana | BW
official-name | alexa qué ciudad es capital de la república centroafricana | CF
official-name | alexa qué ciudad es capital del estado de eritrea | ER | es-MX
official-name | alexa qué ciudad es capital de la república de guinea-bisáu | GW | es-US
official-name | alexa qué ciudad es la capital de la república islámica de pakistán | PK
official-name | alexa qué ciudad es la capital de la república árabe de egipto | EG | es-MX
official-name | alexa la capital de la república popular democrática de corea del norte | KP | es-US
official-name | alexa la capital de la república democrática del congo la antigua zaire | CD | es-US
everyday-name | alexa capital de la urss digo de rusia | RU | es-MX
everyday-name | alexa capital de chequia la antigua bohemia | CZ
everyday-name | alexa capital de corea la del sur la de samsung | KR
everyday-name | alexa capital de congo kinshasa | CD
everyday-name | alexa capital de congo brazzaville | CG | es-MX
everyday-name | alexa capital del congo francés | CG | es-US
everyday-name | alexa capital del congo belga | CD
everyday-name | alexa capital de ruanda o rwanda como sea | RW | es-US
everyday-name | alexa capital de la madre patria | ES | es-MX
everyday-name | alexa capital de cisjordania | PS | es-US
everyday-name | alexa capital de las antillas holandesas la de curazao | CW
everyday-name | alexa capital de la costa de oro la de áfrica | GH
everyday-name | alexa capital de los países bajos o sea holanda | NL | es-MX
everyday-name | alexa capital de san vicente | VC | es-US
everyday-name | alexa capital de antigua | AG | es-US
everyday-name | alexa capital de saint kitts | KN | es-US
everyday-name | alexa capital de santa lucía la isla | LC | es-MX
everyday-name | alexa capital de santo tomé | ST
yes-no-check | alexa es belgrado la capital de serbia | RS
yes-no-check | alexa la capital de chipre es nicosia verdad | CY
yes-no-check | alexa es harare la capital de zimbabue | ZW
yes-no-check | alexa maputo es la capital de mozambique sí o no | MZ | es-MX
yes-no-check | alexa es lomé la capital de togo | TG | es-MX
yes-no-check | alexa la capital de madagascar es antananarivo no | MG | es-MX
yes-no-check | alexa es yaundé la capital de camerún o es duala | CM | es-MX
yes-no-check | alexa gaborone es la capital de botsuana | BW | es-US
yes-no-check | alexa es skopie la capital de macedonia | MK | es-US
yes-no-check | alexa la capital de san marino es san marino | SM | es-US
yes-no-check | alexa la capital de luxemburgo es luxemburgo o me lo invento | LU
yes-no-check | alexa es port of spain la capital de trinidad | TT | es-US
yes-no-check | alexa bangui es la capital de la república centroafricana | CF
yes-no-check | alexa la capital de corea del norte es pyongyang o seúl | KP | es-MX
yes-no-check | alexa es jerusalén este la capital de palestina | PS | es-US
yes-no-check | alexa la capital de la república democrática del congo es kinshasa verdad | CD | es-US
yes-no-check | alexa es brazzaville la capital del congo pequeño | CG
yes-no-check | alexa la capital de corea del sur es busan | KR
yes-no-check | alexa ciudad del cabo es la capital de sudáfrica | ZA | es-MX
yes-no-check | alexa es la haya la capital de los países bajos | NL | es-US
yes-no-check | alexa es putrajaya la capital de malasia | MY | es-US
yes-no-check | alexa sucre es la capital de bolivia verdad | BO
reverse-question | alexa de qué país es capital saint john's | CITY:Saint John's
reverse-question | alexa bridgetown es capital de qué país | CITY:Bridgetown | es-US
reverse-question | alexa de qué país es capital saint george's | CITY:Saint George's | es-US
reverse-question | alexa kingstown es capital de qué isla | CITY:Kingstown | es-US
reverse-question | alexa de qué país es capital castries | CITY:Castries | es-MX
reverse-question | alexa basseterre es capital de qué país | CITY:Basseterre | es-MX
reverse-question | alexa de qué país es capital antananarivo | CITY:Antananarivo
reverse-question | alexa moroni es capital de qué país | CITY:Moroni | es-MX
reverse-question | alexa de qué país es capital bisáu | CITY:Bisáu
reverse-question | alexa de qué país es capital asmara | CITY:Asmara | es-US
reverse-question | alexa palikir es la capital de qué país | CITY:Palikir
reverse-question | alexa de qué país es capital yaren | CITY:Yaren | es-US
reverse-question | alexa ngerulmud de qué país es capital | CITY:Ngerulmud | es-MX
reverse-question | alexa de qué país es la capital tarawa sur | CITY:Tarawa Sur | es-US
reverse-question | alexa de qué país es capital praia | CITY:Praia
reverse-question | alexa lusaka es capital de qué país | CITY:Lusaka | es-MX
reverse-question | alexa de qué país es capital ramala | CITY:Ramala
reverse-question | alexa de qué país es la capital pretoria | CITY:Pretoria | es-MX
reverse-question | alexa kuala lumpur es capital de qué país | CITY:Kuala Lumpur | es-US
reverse-question | alexa la haya es la capital de qué país | CITY:La Haya
self-correction | alexa capital de serbia no espera de croacia | HR
self-correction | alexa capital de zambia no digo zimbabue | ZW | es-MX
self-correction | alexa capital de mozambique no de madagascar | MG | es-US
self-correction | alexa capital de togo no de tonga | TO
self-correction | alexa capital de camerún perdón de chad | TD | es-MX
self-correction | alexa capital de chipre no de creta digo de grecia | GR
self-correction | alexa capital de botsuana no de namibia | NA | es-US
self-correction | alexa capital de san marino no perdón de mónaco | MC
self-correction | alexa capital de kiribati no de nauru | NR | es-MX
self-correction | alexa capital de palaos no de micronesia | FM | es-US
self-correction | alexa capital de san cristóbal y nieves no de antigua y barbuda | AG
self-correction | alexa capital de la república centroafricana no de la república del congo | CG | es-US
self-correction | alexa capital de corea del sur espera no del norte | KP | es-MX
self-correction | alexa capital de palestina no de jordania | JO | es-US
self-correction | alexa capital del congo de brazzaville no el grande el de kinshasa | CD
filatelicos-plaza-mayor | alexa este sello es de san marino cuál es su capital | SM
filatelicos-plaza-mayor | alexa capital de mónaco que tengo la serie del príncipe | MC
filatelicos-plaza-mayor | alexa el matasellos pone zimbabue cuál es la capital | ZW
filatelicos-plaza-mayor | alexa capital de la antigua rodesia del sur | ZW
filatelicos-plaza-mayor | alexa tengo un sello de tuvalu dime la capital | TV
filatelicos-plaza-mayor | alexa capital de las islas pitcairn que sus sellos valen un dineral | PN
filatelicos-plaza-mayor | alexa capital de santa elena por la serie de napoleón | SH
filatelicos-plaza-mayor | alexa capital de la isla de man | IM
filatelicos-plaza-mayor | alexa capital de jersey por el sello de la reina | JE
filatelicos-plaza-mayor | alexa capital de guernesey | GG
filatelicos-plaza-mayor | alexa capital de las islas feroe por la serie de barcos | FO
filatelicos-plaza-mayor | alexa capital de madagascar que este es de cuando era colonia | MG
filatelicos-plaza-mayor | alexa capital de comoras | KM
filatelicos-plaza-mayor | alexa capital de la república centroafricana por el sello de bokassa | CF
filatelicos-plaza-mayor | alexa capital del alto volta que ahora se llama de otra manera | BF
filatelicos-plaza-mayor | alexa capital de yugoslavia por este sello de tito | FB
filatelicos-plaza-mayor | alexa cuánto vale un sello de la república del treinta y uno | FB
filatelicos-plaza-mayor | alexa capital de chipre por la serie de afrodita | CY
filatelicos-plaza-mayor | alexa capital de eritrea que es un sello raro | ER
filatelicos-plaza-mayor | alexa capital de togo por la serie de mariposas | TG
filatelicos-plaza-mayor | alexa capital de san cristóbal y nieves | KN
filatelicos-plaza-mayor | alexa capital de san vicente y las granadinas que sacan sellos de todo | VC
filatelicos-plaza-mayor | alexa capital de la república del congo que el sello pone brazzaville | CG
filatelicos-plaza-mayor | alexa capital de corea del norte por la serie de propaganda | KP
filatelicos-plaza-mayor | alexa a qué hora cierran el mercadillo de sellos | FB
filatelicos-plaza-mayor | alexa capital de serbia por el sello de belgrado | RS
loteria-feria | alexa antes de cantar la carta dime la capital de mozambique | MZ | es-MX
loteria-feria | alexa corre y se va y la capital de botsuana | BW | es-MX
loteria-feria | alexa capital de camerún para el premio de la señora | CM | es-MX
loteria-feria | alexa el gallo y la capital de chipre | CY | es-MX
loteria-feria | alexa capital de macedonia del norte para desempatar | MK | es-MX
loteria-feria | alexa capital de luxemburgo pa la pregunta bonus | LU | es-MX
loteria-feria | alexa capital de la república centroafricana la de bangui | CF | es-MX
loteria-feria | alexa capital de micronesia pa la ronda de las islas | FM | es-MX
loteria-feria | alexa capital de kiribati | KI | es-MX
loteria-feria | alexa capital de palaos | PW | es-MX
loteria-feria | alexa capital de nauru que nadie la sabe | NR | es-MX
loteria-feria | alexa capital de tuvalu para la última ronda | TV | es-MX
loteria-feria | alexa capital de granada la del caribe | GD | es-MX
loteria-feria | alexa capital de antigua y barbuda para el premio | AG | es-MX
loteria-feria | alexa capital de san vicente y las granadinas | VC | es-MX
loteria-feria | alexa capital de trinidad y tobago para el señor del sombrero | TT | es-MX
loteria-feria | alexa cuál es la carta que sigue de la lotería | FB | es-MX
loteria-feria | alexa capital de santo tomé y príncipe la pregunta difícil | ST | es-MX
loteria-feria | alexa capital de guinea-bisáu | GW | es-MX
loteria-feria | alexa capital de corea del norte pa la ronda rápida | KP | es-MX
loteria-feria | alexa capital de palestina pa la ronda rápida | PS | es-MX
loteria-feria | alexa capital del congo el grande pa la ronda rápida | CD | es-MX
loteria-feria | alexa capital de zimbabue pa la ronda rápida | ZW | es-MX
loteria-feria | alexa pon música de feria | FB | es-MX
loteria-feria | alexa capital de serbia la de la copa | RS | es-MX
enfermeras-viajeras | alexa capital de nuevo méxico que mi próximo contrato es en albuquerque | US-NM | es-US
enfermeras-viajeras | alexa capital de dakota del norte que me mandan a fargo | US-ND | es-US
enfermeras-viajeras | alexa capital de wyoming que allá hay una asignación de trece semanas | US-WY | es-US
enfermeras-viajeras | alexa capital de alaska para el contrato de invierno | US-AK | es-US
enfermeras-viajeras | alexa capital de hawái que me voy de enfermera a maui | US-HI | es-US
enfermeras-viajeras | alexa capital de virginia occidental por la asignación | US-WV | es-US
enfermeras-viajeras | alexa capital de montana después del turno de doce | US-MT | es-US
enfermeras-viajeras | alexa capital de carolina del norte que la agencia me ofrece raleigh | US-NC | es-US
enfermeras-viajeras | alexa cuánto paga la agencia por hora en california | FB | es-US
enfermeras-viajeras | alexa capital de filipinas que mis compañeras son de allá | PH | es-US
enfermeras-viajeras | alexa capital de nigeria que la charge nurse es nigeriana | NG | es-US
enfermeras-viajeras | alexa capital de jamaica por la enfermera jamaiquina | JM | es-US
enfermeras-viajeras | alexa capital de kenia que el doctor es keniano | KE | es-US
enfermeras-viajeras | alexa capital de ghana | GH | es-US
enfermeras-viajeras | alexa capital de zimbabue que la del piso tres es de harare creo | ZW | es-US
enfermeras-viajeras | alexa capital de camerún que el técnico es camerunés | CM | es-US
enfermeras-viajeras | alexa capital de haití que la paciente solo habla creole | HT | es-US
enfermeras-viajeras | alexa capital de venezuela que yo era enfermera allá | VE | es-US
enfermeras-viajeras | alexa capital de puerto rico por mi roommate | PR | es-US
enfermeras-viajeras | alexa capital de sudán del sur que el paciente es de allá | SS | es-US
enfermeras-viajeras | alexa capital de eritrea para el intérprete | ER | es-US
enfermeras-viajeras | alexa cuántos miligramos son un gramo | FB | es-US
enfermeras-viajeras | alexa capital de la república democrática del congo que el paciente es congoleño | CD | es-US
enfermeras-viajeras | alexa capital de corea del sur que la residente es coreana | KR | es-US
enfermeras-viajeras | alexa capital de sudáfrica que la doctora es de johannesburgo | ZA | es-US
enfermeras-viajeras | alexa capital de malasia que la farmacéutica es malaya | MY | es-US
plural-capitals | alexa para el crucigrama las dos capitales de benín | BJ
plural-capitals | alexa benín porto novo y cotonú son las dos capitales o cómo es | BJ | es-MX
plural-capitals | alexa en benín hay dos capitales me las dices | BJ | es-US
plural-capitals | alexa las dos capitales de benín la oficial y la económica | BJ
plural-capitals | alexa cuáles son las capitales de benín el país de áfrica | BJ | es-MX
plural-capitals | alexa para el crucigrama las dos capitales de esuatini | SZ
plural-capitals | alexa esuatini mbabane y lobamba son las capitales verdad | SZ | es-US
plural-capitals | alexa en suazilandia hay dos capitales me las dices | SZ | es-MX
plural-capitals | alexa las dos capitales del reino de esuatini | SZ | es-US
plural-capitals | alexa cuáles son las capitales de esuatini la antigua suazilandia | SZ
plural-capitals | alexa para el crucigrama las capitales de costa de marfil | CI | es-MX
plural-capitals | alexa en costa de marfil hay dos capitales me las dices | CI
plural-capitals | alexa las capitales de costa de marfil la política y la económica | CI | es-US
plural-capitals | alexa para el crucigrama las dos capitales de malasia | MY | es-US
plural-capitals | alexa en malasia hay dos capitales me las dices | MY
plural-capitals | alexa malasia kuala lumpur y putrajaya son las dos capitales | MY | es-MX
plural-capitals | alexa para el crucigrama las capitales de sri lanka | LK
plural-capitals | alexa en sri lanka hay dos capitales me las dices | LK | es-MX
plural-capitals | alexa las dos capitales de sri lanka la oficial y colombo | LK | es-US
plural-capitals | alexa en sudáfrica hay tres capitales me las dices | ZA | es-US
plural-capitals | alexa para el crucigrama las tres capitales de sudáfrica | ZA
plural-capitals | alexa en holanda hay dos capitales me las dices | NL
plural-capitals | alexa para el crucigrama las dos capitales de los países bajos | NL | es-US
plural-capitals | alexa en bolivia hay dos capitales me las dices | BO | es-MX
plural-capitals | alexa para el crucigrama las dos capitales de bolivia | BO | es-US
"""

if __name__ == "__main__":
    build_round(54, "es", LINES, sys.argv, "tests/Eval/es/round54/source/build_corpus.py")
