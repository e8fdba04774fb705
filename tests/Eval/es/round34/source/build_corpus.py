"""Round 34, Spanish (es-ES, es-MX, es-US): a new author's mix of speakers and situations, written blind (brief
WRITER41.md).

Written at the start of the thirty-fifth session by the corpus41-es helper, without the voice model, the simulator, the
skill's code or earlier rounds' halves. Speakers and situations, chosen to differ from rounds 30-33:

es-ES: the Canary Islands (Tenerife, Gran Canaria, a La Palma banana plantation, the Los Cristianos ferry, a Playa del
Inglés hotel: "chacho", "mi niño", "ños", "guagua"), Málaga and the Costa del Sol (an espeto stand, the August fair,
British retirees in Fuengirola learning Spanish: "chiquillo", "pechá"), the Jaén olive harvest and an almazara ("ea",
"cuchi", "lagarto"), Ceuta and Melilla (darija code-switching: "wallah", "chuf", "saha", the Tarajal border), Huesca
and the Pyrenees (a Formigal ski school, an elder who did his military service in Jaca: "maño", "pues ale", "ixo"),
Venezuelan delivery riders in Madrid ("chamo", "pana", "burda"), Ukrainian refugees learning Spanish, a Palencia
retirement home, Saber y ganar, a Mercadona queue, a stalled Cercanías, a bingo hall, a hairdresser, a Getafe primary
school and teenagers.
es-MX: Monterrey and Nuevo León (a carne asada, a Rayados game, a steel plant: "ocupo", "qué rollo", "bien machín",
"fierro"), Acapulco and the Costa Grande (La Quebrada's divers, pozole Thursday: "vale", "ándale pues"), Ecatepec and
the Estado de México (a combi, the Mexibús: "joven", "seño", "mi reina"), Pachuca and Real del Monte (pastes, "a
poco"), Zacatecas and Fresnillo miners ("pos", "fíjese"), Cancún and Playa del Carmen (a hotel desk, a bar, Yucatec Maya
speakers), Saltillo, Torreón and Colima ("qué pasó mi buen", "compadre"), an Oxxo night shift, the Arena México, a
posada, a Día de Muertos altar, a kermés, the pilgrimage to the Basílica, secundaria homework, a telenovela break,
grandmothers ("ay mijo"), children and teenagers ("neta", "alv").
es-US: Dominicans in Washington Heights, the Bronx and Lawrence ("klk", "diache", "manito", "vaina", "tiguere"; a
barbershop, dominoes in the park), Venezuelans in Doral and Houston ("épale chamo", an arepera, a work-permit line),
Mexicans in Gainesville, Georgia poultry plants (Georgia the state and the country), Mixtec strawberry pickers in
Oxnard and Salinas ("paisano", "el fil", "el lonche"), Las Vegas hotel housekeepers and the culinary union, the
Midland and Odessa oilfield ("el patch", "la troca", "el bos"), Q'anjob'al Guatemalans in Indiantown, Florida, a
Phoenix citizenship class, a GED class, grandmothers ("ay mijita"), El Paso Spanglish teenagers ("okay so like", "no
cap", "lowkey", "wait what's"), an Army recruiter, a church youth group, a Univision trivia.

Ways of asking: direct questions, polite requests, imperatives, leading fillers, hesitations and trailing words,
follow-ups, yes/no checks with right and wrong guesses, self-corrections with a marker (the last place named is
expected), reverse questions, official, everyday and old names, shared names (Congo, Corea, Georgia, the Virgin
Islands), plurals (every several-capital country and Palestine), subdivisions and territories, learners, children,
teenagers and elders, launch, help, stop, cancel, and out-of-domain lines (near misses: regions, islands, counties,
neighbourhoods and former countries without a capital in the data, "capital" in other senses, other requests).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# ---------------------------------------------------------------- es-ES
# Canarias: Tenerife, Gran Canaria, La Palma banana plantations, Lanzarote ("chacho", "mi niño", "ños", "guagua", "ustedes")
leading-filler | chacho mi niño cuál es la capital {} | de venezuela=VE; de cuba=CU; de uruguay=UY
leading-filler | ños pues dime la capital {} que no me acuerdo | de mauritania=MR; de senegal=SN; de gambia=GM
situation | estamos en la platanera de la palma recogiendo piñas y el jefe pregunta la capital {} | de ecuador=EC; de costa rica=CR; de panamá=PA
situation | en la guagua para la laguna apostamos un barraquito a ver cuál es la capital {} | de marruecos=MA; de argelia=DZ; de túnez=TN
situation | haciendo la cola del mojo en el mercado de nuestra señora de áfrica dime la capital {} | de cabo verde=CV; de guinea-bisáu=GW; de sierra leona=SL
situation | en el ferry de los cristianos a la gomera mi hija quiere saber la capital {} | de noruega=NO; de suecia=SE; de finlandia=FI
situation | de turno en el hotel de playa del inglés un guiri me pregunta la capital {} | de dinamarca=DK; de islandia=IS; de letonia=LV
elder | mi abuelo se fue a venezuela en un barco de vela cuál es la capital de venezuela mi niña | VE
elder | ay chacho yo tuve un primo en cuba cortando caña cuál es la capital de allí | CU
trailing-words | la capital de mauritania cuál es chacho | MR
trailing-words | y la capital de liberia cuál es mi niño | LR
hesitation | eh la capital de de la de guinea ecuatorial cuál es | GQ
hesitation | mmm a ver ños la capital de de senegal | SN
follow-up | y la de cabo verde mi niño | CV
follow-up | chacho y la de gambia | GM
yes-no-check | la capital de cabo verde es praia verdad mi niño | CV
yes-no-check | chacho la capital de venezuela es maracaibo o no | VE
self-correction | la capital de guinea ay no de guinea ecuatorial perdona | GQ
self-correction | dime la capital de senegal digo de mali | ML
reverse-question | caracas es la capital de qué país chacho | CITY:caracas
reverse-question | de qué país es capital la habana mi niño | CITY:la habana
child | mi maestra dice que hay que saber la capital de marruecos cuál es | MA
child | alexa yo vivo en lanzarote y quiero saber la capital de portugal | PT
out-of-domain | cuál es la capital de la isla de tenerife | FB
out-of-domain | cuál es la capital de canarias | FB
out-of-domain | a qué hora pasa la guagua de santa cruz | FB
out-of-domain | cuándo es el carnaval de santa cruz este año | FB
out-of-domain | pon la radio de canarias mi niño | FB
out-of-domain | cuál es la capital de fuerteventura chacho | FB
# Málaga and the Costa del Sol: an espeto stand, British retirees in Fuengirola ("chiquillo", "pechá", "no te digo")
leading-filler | chiquillo cuál es la capital {} | de inglaterra=GB-ENG; de escocia=GB-SCT; de gales=GB-WLS
situation | en el chiringuito con los espetos ha venido un inglés preguntando la capital {} | de irlanda del norte=GB-NIR; de irlanda=IE; del reino unido=GB
situation | estamos en la feria de málaga con una pechá de gente y nadie sabe la capital {} | de australia=AU; de nueva zelanda=NZ; de canadá=CA
learner | hello alexa ehh me dices capital {} please | de bélgica=BE; de países bajos=NL; de luxemburgo=LU
learner | i am from inglaterra yo vivo en fuengirola capital de gibraltar cuál es | GI
learner | sorry my spanish is bad capital de la isla de man por favor | IM
trailing-words | la capital de australia cuál es chiquillo | AU
trailing-words | la capital de nueva zelanda no te digo | NZ
yes-no-check | chiquillo la capital de australia es sídney verdad | AU
yes-no-check | la capital de canadá es toronto o me equivoco | CA
self-correction | la capital de inglaterra no perdona la de escocia | GB-SCT
self-correction | dime la capital de irlanda uy no de irlanda del norte | GB-NIR
reverse-question | canberra es la capital de dónde chiquillo | CITY:canberra
reverse-question | ottawa de qué país es capital | CITY:ottawa
out-of-domain | cuál es la capital de la costa del sol | FB
out-of-domain | qué tiempo va a hacer mañana en marbella | FB
out-of-domain | cuánto cuesta una caña en el centro de málaga | FB
out-of-domain | cuál es la capital de andalucía | FB
# Jaén olive harvest ("ea", "cuchi", "lagarto")
leading-filler | ea pues cuál es la capital {} | de grecia=GR; de turquía=TR; de chipre=CY
situation | vareando aceituna en la cuadrilla nos hemos picao con la capital {} | de siria=SY; del líbano=LB; de jordania=JO
situation | en la almazara esperando turno pa moler dime la capital {} | de israel=IL; de irak=IQ; de irán=IR
trailing-words | la capital de jordania cuál es ea | JO
trailing-words | cuchi y la capital de irak cuál es | IQ
hesitation | la capital de eh de de siria | SY
yes-no-check | ea la capital de turquía es estambul verdad | TR
yes-no-check | cuchi la capital de grecia es atenas sí | GR
follow-up | ea y la del líbano | LB
follow-up | y la de chipre cuál es lagarto | CY
self-correction | la capital de irán no espera de irak | IQ
reverse-question | damasco es capital de qué país ea | CITY:damasco
out-of-domain | cuál es la capital mundial del aceite de oliva | FB
out-of-domain | a cuánto está el kilo de aceituna hoy | FB
out-of-domain | cuál es la capital de la provincia de jaén | FB
# Ceuta and Melilla: darija code-switching ("wallah", "chuf", "saha", "hermano")
leading-filler | wallah hermano cuál es la capital {} | de arabia saudí=SA; de catar=QA; de kuwait=KW
situation | en la frontera del tarajal esperando y mi primo pregunta la capital {} | de egipto=EG; de libia=LY; de sudán=SD
learner | chuf alexa yo no sabe bien español cuál capital {} | de emiratos árabes unidos=AE; de omán=OM; de yemen=YE
learner | wallah yo quiero saber capital de baréin por favor | BH
trailing-words | la capital de marruecos cuál es wallah | MA
trailing-words | capital de argelia saha | DZ
yes-no-check | la capital de marruecos es rabat o casablanca wallah | MA
yes-no-check | chuf la capital de arabia saudí es la meca verdad | SA
self-correction | la capital de catar no no de kuwait | KW
reverse-question | rabat es capital de qué país hermano | CITY:rabat
everyday-name | cuál es la capital de los emiratos | AE
everyday-name | capital de arabia hermano | SA
out-of-domain | cuál es la capital de ceuta | FB
out-of-domain | a qué hora sale el barco para algeciras | FB
out-of-domain | dime cuándo empieza el ramadán | FB
# Huesca and the Pyrenees: a ski school in Formigal, a Jaca barracks ("maño", "-ico", "pues ale", "ixo")
leading-filler | pues ale cuál es la capital {} maño | de andorra=AD; de francia=FR; de suiza=CH
situation | en la escuela de esquí de formigal un crío francés me pregunta la capital {} | de austria=AT; de eslovenia=SI; de liechtenstein=LI
elder | cuando hice la mili en jaca un compañero era {} y nunca supe la capital | de andorra=AD; del sáhara=EH; de guinea ecuatorial=GQ
trailing-words | la capital de andorra cuál es maño | AD
trailing-words | la capital de francia majico | FR
yes-no-check | maño la capital de suiza es ginebra a que sí | CH
yes-no-check | la capital de andorra es andorra la vieja no | AD
self-correction | la capital de austria ixo no de hungría | HU
official-name | capital del principado de andorra | AD
official-name | cuál es la capital de la confederación suiza maño | CH
reverse-question | berna es capital de qué país | CITY:berna
out-of-domain | cuál es la capital del pirineo aragonés | FB
out-of-domain | cómo está la nieve en candanchú | FB
out-of-domain | cuál es la capital de la jacetania | FB
# Venezuelan delivery riders in Madrid ("chamo", "pana", "burda", "qué ladilla", "vale")
leading-filler | chamo dime rápido la capital {} | de colombia=CO; de perú=PE; de bolivia=BO
situation | esperando el pedido en la puerta del burger con la moto dime la capital {} pana | de guyana=GY; de surinam=SR; de trinidad y tobago=TT
situation | mi pana y yo apostamos un tequeño a que sabemos la capital {} | de paraguay=PY; de chile=CL; de argentina=AR
trailing-words | la capital de guyana cuál es chamo | GY
trailing-words | y la capital de surinam pana | SR
hesitation | burda de difícil la capital de de trinidad y tobago | TT
yes-no-check | chamo la capital de colombia es medellín verdad | CO
yes-no-check | la capital de perú es lima o no pana | PE
follow-up | vale y la de bolivia chamo | BO
follow-up | y la de paraguay pana | PY
self-correction | la capital de guyana no vale de surinam | SR
reverse-question | bogotá es capital de cuál país chamo | CITY:bogotá
official-name | la capital de la república bolivariana de venezuela | VE
out-of-domain | qué ladilla cuánto falta para que llegue el pedido | FB
out-of-domain | cuál es la capital del estado zulia | FB
out-of-domain | a cuánto está el dólar en venezuela | FB
# Ukrainian refugees learning Spanish in Madrid and Torrevieja
learner | hola alexa yo soy de ucrania dime capital de mi país | UA
learner | yo aprendo español tú sabes la capital {} | de ucrania=UA; de moldavia=MD; de bielorrusia=BY
learner | por favor cuál es capital {} yo no entiendo bien | de polonia=PL; de rumanía=RO; de eslovaquia=SK
learner | dyakuyu y la capital de lituania | LT
learner | perdón mi español capital de estonia cómo se llama | EE
learner | la profesora pregunta capital de kazajistán qué es | KZ
yes-no-check | capital de ucrania es kiev sí o no | UA
self-correction | capital de rusia no perdón de bielorrusia | BY
everyday-name | cuál es la capital de rusia blanca | BY
# Palencia: a retirement home, elders ("hijo", "madre mía", "en mis tiempos")
elder | hijo cuál es la capital de rusia que en mis tiempos era la unión soviética | RU
elder | madre mía yo ya no me acuerdo de la capital {} | de checoslovaquia=FB; de yugoslavia=FB; de rumanía=RO
elder | en mis tiempos la capital de alemania era bonn y ahora cuál es | DE
elder | la capital de portugal era lisboa o me lo he inventado | PT
elder | hija ponme la capital de italia que la monja me lo ha preguntado | IT
yes-no-check | la capital de rumanía es bucarest a que sí hijo | RO
follow-up | y la de bulgaria hija | BG
self-correction | la capital de yugoslavia no quiero decir de serbia | RS
out-of-domain | cuál es la capital de tierra de campos | FB
out-of-domain | pon la misa de la dos | FB
out-of-domain | a qué hora viene la enfermera | FB
# Saber y ganar at home, a Mercadona queue, a Cercanías delay, a bingo hall, a hairdresser
situation | en saber y ganar han preguntado la capital {} y mi madre dice otra | de kirguistán=KG; de tayikistán=TJ; de uzbekistán=UZ
situation | en la cola del mercadona mi vecina me pregunta la capital {} | de turkmenistán=TM; de azerbaiyán=AZ; de armenia=AM
situation | el cercanías lleva parado veinte minutos así que dime la capital {} | de mongolia=MN; de afganistán=AF; de pakistán=PK
situation | en la peluquería con los rulos puestos nos ha dado por la capital {} | de brunéi=BN; de laos=LA; de camboya=KH
situation | en el bingo entre partida y partida una señora quiere saber la capital {} | de bután=BT; de nepal=NP; de bangladés=BD
hesitation | pues eh la capital de de kirguistán era | KG
hesitation | a ver a ver la capital de uzbekistán mmm | UZ
yes-no-check | la capital de azerbaiyán es bakú no | AZ
yes-no-check | oye la capital de armenia es tiflis verdad | AM
yes-no-check | la capital de mongolia es ulán bator sí | MN
self-correction | la capital de tayikistán o sea de turkmenistán | TM
self-correction | dime la capital de laos ay no de camboya | KH
follow-up | y la de afganistán | AF
follow-up | vale y de nepal cuál era | NP
reverse-question | katmandú de qué país es la capital | CITY:katmandú
reverse-question | dime de qué país es capital islamabad | CITY:islamabad
everyday-name | cuál es la capital de birmania | MM
everyday-name | la capital de camboya o kampuchea como se diga | KH
# Getafe: a primary school and teenagers ("profe", "tío", "en plan", "qué fuerte")
child | la profe me ha puesto de deberes la capital {} | de méxico=MX; de brasil=BR; de estados unidos=US
child | alexa cuál es la capital de china que mi hermano dice que es shanghái | CN
child | cuál es la capital de japón porque me gusta el anime | JP
child | es que mañana tengo examen de capitales de europa cuál es la de croacia | HR
teenager | tío en plan cuál es la capital {} | de corea del sur=KR; de vietnam=VN; de tailandia=TH
teenager | qué fuerte no sé la capital de filipinas | PH
teenager | bro la capital de indonesia cuál es | ID
teenager | tía dime la capital de singapur que es un país o qué | SG
yes-no-check | la capital de corea del sur es seúl verdad | KR
yes-no-check | la capital de tailandia es bangkok o no tío | TH
self-correction | la capital de vietnam no espera de filipinas | PH
reverse-question | seúl es la capital de qué | CITY:seúl
# es-ES shared names, plurals, official names, subdivisions and the rest
shared-name | cuál es la capital del congo | CD+CG
shared-name | la capital de corea pues | KP+KR
shared-name | chacho dime la capital de georgia | GE+US-GA
shared-name | la capital del congo el de kinshasa | CD
shared-name | capital de corea la del norte | KP
shared-name | la capital de georgia el país del cáucaso | GE
plural-capitals | cuáles son las dos capitales de bolivia | BO
plural-capitals | dime las capitales de sudáfrica que tiene tres | ZA
plural-capitals | qué capitales tiene países bajos | NL
plural-capitals | chacho cuáles son las capitales de malasia | MY
plural-capitals | las capitales de sri lanka cuáles son | LK
official-name | la capital del reino de españa | ES
official-name | cuál es la capital de la república helénica | GR
official-name | capital de la república portuguesa | PT
official-name | la capital del reino hachemita de jordania | JO
official-name | la capital de la federación de rusia | RU
everyday-name | cuál es la capital de holanda | NL
everyday-name | la capital de inglaterra ea | GB-ENG
everyday-name | cuál es la capital de la madre patria | ES
subdivision | cuál es la capital de baviera | DE-BY
subdivision | dime la capital de renania del norte-westfalia | DE-NW
subdivision | la capital de sajonia | DE-SN
subdivision | capital de quebec | CA-QC
subdivision | cuál es la capital de nueva gales del sur | AU-NSW
subdivision | la capital de tasmania chacho | AU-TAS
territory | cuál es la capital de las islas feroe | FO
territory | la capital de groenlandia | GL
territory | dime la capital de gibraltar | GI
territory | la capital del sáhara occidental | EH
out-of-domain | cuál es la capital de cataluña | FB
out-of-domain | cuál es la capital de la comunidad valenciana | FB
out-of-domain | cuál es la capital del país vasco | FB
out-of-domain | capital de la rioja | FB
out-of-domain | cuál es la capital de castilla y león | FB
out-of-domain | dime el capital social de una sociedad limitada | FB
out-of-domain | cuál es la capital del tenis mundial | FB
out-of-domain | cuánto es el capital mínimo para una hipoteca | FB
out-of-domain | pon la lista de la compra | FB
out-of-domain | pon un temporizador de diez minutos | FB
out-of-domain | quién ganó la liga el año pasado | FB
out-of-domain | cuál es la capital de la mancha | FB
out-of-domain | cuántos habitantes tiene madrid | FB
help | chacho cómo va esto de las capitales | HELP
help | no me entero de qué tengo que decirte | HELP
help | oye y esto cómo funciona ea | HELP
help | ayúdame un poquillo que no sé qué preguntar | HELP
help | qué cosas le puedo preguntar a las capitales | HELP
help | explícame el juego maño | HELP
help | necesito ayuda con las capitales hijo | HELP
stop | chacho ya está para | STOP
stop | ea vale ya apágate | STOP
stop | déjalo ya que me voy a dormir | STOP
stop | para ya chiquillo | STOP
stop | calla ya alexa que está sonando el teléfono | STOP
stop | sal de capitales del mundo | STOP
stop | ya no quiero jugar más tío | STOP
cancel | cancela eso chacho | CANCEL
cancel | no no cancélalo | CANCEL
cancel | olvídalo que me he equivocado | CANCEL
cancel | anula eso mi niño | CANCEL
cancel | cancela la pregunta ea | CANCEL
cancel | déjalo cancela | CANCEL
launch | chacho abre capitales del mundo | LAUNCH
launch | alexa pon capitales del mundo maño | LAUNCH
launch | ea abre el juego de capitales del mundo | LAUNCH
launch | vamos a jugar a capitales del mundo | LAUNCH
# ---------------------------------------------------------------- es-MX
# Monterrey and Nuevo León: a carne asada, a Rayados game, a steel plant ("ocupo", "qué rollo", "bien machín", "fierro")
leading-filler | qué rollo alexa ocupo saber la capital {} | de alemania=DE; de polonia=PL; de chequia=CZ | es-MX
situation | aquí en la carne asada con la raza nadie sabe la capital {} | de nigeria=NG; de ghana=GH; de camerún=CM | es-MX
situation | en el estadio de los rayados en el medio tiempo dime la capital {} | de croacia=HR; de serbia=RS; de montenegro=ME | es-MX
situation | en la acerera de noche sin nada que hacer ocupo la capital {} | de kenia=KE; de tanzania=TZ; de uganda=UG | es-MX
trailing-words | la capital de nigeria cuál es bien machín | NG | es-MX
trailing-words | la capital de ghana fierro | GH | es-MX
hesitation | este la capital de de camerún | CM | es-MX
hesitation | eh este mmm la capital de serbia | RS | es-MX
yes-no-check | oye la capital de nigeria es lagos verdad | NG | es-MX
yes-no-check | la capital de tanzania es dar es salaam o no compa | TZ | es-MX
follow-up | y la de kenia qué rollo | KE | es-MX
follow-up | ándale y la de uganda | UG | es-MX
self-correction | la capital de croacia no este de montenegro | ME | es-MX
self-correction | ocupo la capital de kenia no perdón de tanzania | TZ | es-MX
reverse-question | nairobi es capital de qué país | CITY:nairobi | es-MX
subdivision | cuál es la capital de nuevo león | MX-NLE | es-MX
subdivision | la capital de coahuila | MX-COA | es-MX
subdivision | qué rollo la capital de tamaulipas | MX-TAM | es-MX
out-of-domain | cuál es la capital del norte de méxico | FB | es-MX
out-of-domain | a qué hora juegan los rayados | FB | es-MX
out-of-domain | cuál es la capital de san pedro garza garcía | FB | es-MX
# Acapulco and the Costa Grande: cliff divers at La Quebrada, a pozole Thursday ("vale", "ándale pues", "joven")
leading-filler | ándale pues vale dime la capital {} | de guatemala=GT; de honduras=HN; de el salvador=SV | es-MX
situation | aquí en la quebrada esperando a los clavadistas un gringo pregunta la capital {} | de jamaica=JM; de haití=HT; de república dominicana=DO | es-MX
situation | es jueves de pozole y en la mesa discutimos la capital {} | de belice=BZ; de nicaragua=NI; de costa rica=CR | es-MX
trailing-words | la capital de belice cuál es vale | BZ | es-MX
trailing-words | la capital de haití joven | HT | es-MX
yes-no-check | la capital de belice es belmopan verdad vale | BZ | es-MX
yes-no-check | la capital de honduras es san pedro sula o no | HN | es-MX
self-correction | la capital de jamaica no es que quise decir de haití | HT | es-MX
reverse-question | tegucigalpa es la capital de qué país vale | CITY:tegucigalpa | es-MX
subdivision | cuál es la capital de guerrero | MX-GRO | es-MX
subdivision | la capital del estado de guerrero no es acapulco verdad | MX-GRO | es-MX
out-of-domain | cuál es la capital de la costa grande | FB | es-MX
out-of-domain | cuál es la capital del pozole | FB | es-MX
# Ecatepec and the Estado de México: a combi driver, a tianguis de autos, a Mexiquense Express ("joven", "seño", "bájale", "mi reina")
leading-filler | a ver joven dígame la capital {} | de francia=FR; de españa=ES; de italia=IT | es-MX
situation | en la combi rumbo a indios verdes la seño pregunta la capital {} | del estado de méxico=MX-MEX; de hidalgo=MX-HID; de morelos=MX-MOR | es-MX
situation | en el mexibús bien apretados mi hijo me pregunta la capital {} | de tlaxcala=MX-TLA; de puebla=MX-PUE; de querétaro=MX-QUE | es-MX
yes-no-check | la capital del estado de méxico es toluca verdad mi reina | MX-MEX | es-MX
yes-no-check | oiga la capital de hidalgo es pachuca o no | MX-HID | es-MX
self-correction | la capital de morelos no perdón de tlaxcala | MX-TLA | es-MX
reverse-question | cuernavaca es capital de qué estado | CITY:cuernavaca | es-MX
reverse-question | de qué estado es capital pachuca | CITY:pachuca | es-MX
everyday-name | la capital del edomex | MX-MEX | es-MX
out-of-domain | cuál es la capital de ecatepec | FB | es-MX
out-of-domain | cuánto cuesta el pasaje de la combi | FB | es-MX
out-of-domain | cuál es la capital de ciudad nezahualcóyotl | FB | es-MX
# Pachuca and Real del Monte (pastes, "a poco", "la bella airosa"), Zacatecas miners ("fíjese", "mire", "pos")
leading-filler | pos mire fíjese que no sé la capital {} | de zacatecas=MX-ZAC; de durango=MX-DUR; de aguascalientes=MX-AGU | es-MX
situation | comiendo pastes en real del monte mi suegra quiere saber la capital {} | de cornualles=FB; de inglaterra=GB-ENG; de gales=GB-WLS | es-MX
situation | abajo en la mina de fresnillo en el descanso dime la capital {} | de perú=PE; de chile=CL; de bolivia=BO | es-MX
trailing-words | a poco no sabes la capital de zambia | ZM | es-MX
trailing-words | la capital de zimbabue cuál es pos | ZW | es-MX
yes-no-check | a poco la capital de zambia es lusaka | ZM | es-MX
yes-no-check | mire la capital de zimbabue es harare verdad | ZW | es-MX
self-correction | la capital de zambia pos no de malaui | MW | es-MX
follow-up | y la de mozambique | MZ | es-MX
follow-up | pos y la de angola | AO | es-MX
elder | fíjese que mi papá trabajó en las minas de zacatecas cuál es la capital de zacatecas mijo | MX-ZAC | es-MX
everyday-name | cuál es la capital de rodesia | ZW | es-MX
everyday-name | la capital de malawi | MW | es-MX
out-of-domain | cuál es la capital de la plata en méxico | FB | es-MX
out-of-domain | cuál es la capital de fresnillo | FB | es-MX
# Cancún and the Riviera Maya: a hotel front desk, a Playa del Carmen bartender, Yucatec Maya speakers ("bix a beel", "ba'ax ka wa'alik")
situation | en la recepción del hotel en cancún un huésped pregunta la capital {} | de canadá=CA; de estados unidos=US; de alemania=DE | es-MX
situation | en la barra de playa del carmen unos turistas apostaron la capital {} | de suecia=SE; de noruega=NO; de países bajos=NL | es-MX
learner | bix a beel alexa cuál es la capital {} | de quintana roo=MX-ROO; de yucatán=MX-YUC; de campeche=MX-CAM | es-MX
learner | ba'ax ka wa'alik yo hablo maya poquito español capital de guatemala cuál es | GT | es-MX
yes-no-check | la capital de quintana roo es cancún verdad | MX-ROO | es-MX
yes-no-check | la capital de yucatán es mérida sí | MX-YUC | es-MX
self-correction | la capital de campeche no espérame de quintana roo | MX-ROO | es-MX
reverse-question | chetumal de qué estado es capital | CITY:chetumal | es-MX
out-of-domain | cuál es la capital de la riviera maya | FB | es-MX
out-of-domain | cuál es la capital de cozumel | FB | es-MX
out-of-domain | a qué hora abre el cenote | FB | es-MX
# Saltillo and Torreón ("qué pasó mi buen", "compadre"), Colima ("el volcán")
leading-filler | qué pasó mi buen cuál es la capital {} | de sinaloa=MX-SIN; de sonora=MX-SON; de chihuahua=MX-CHH | es-MX
situation | en la laguna con un calorón mi compadre pregunta la capital {} | de baja california=MX-BCN; de baja california sur=MX-BCS; de nayarit=MX-NAY | es-MX
situation | viendo el volcán de colima echando humo mi hija pregunta la capital {} | de colima=MX-COL; de jalisco=MX-JAL; de michoacán=MX-MIC | es-MX
yes-no-check | compadre la capital de baja california es tijuana verdad | MX-BCN | es-MX
yes-no-check | la capital de sonora es hermosillo no | MX-SON | es-MX
self-correction | la capital de sinaloa no mazatlán no de nayarit | MX-NAY | es-MX
reverse-question | saltillo es la capital de qué estado | CITY:saltillo | es-MX
out-of-domain | cuál es la capital de la comarca lagunera | FB | es-MX
out-of-domain | cuál es la capital de torreón | FB | es-MX
# An Oxxo night shift, a lucha libre arena, a posada, a Día de Muertos altar, a kermés, the pilgrimage to the Basílica
situation | en el oxxo a las tres de la mañana sin clientes dime la capital {} | de etiopía=ET; de eritrea=ER; de yibuti=DJ | es-MX
situation | en la arena méxico entre lucha y lucha el de al lado pregunta la capital {} | de somalia=SO; de sudán del sur=SS; de ruanda=RW | es-MX
situation | en la posada rompiendo la piñata salió la pregunta de la capital {} | de burundi=BI; de gabón=GA; de chad=TD | es-MX
situation | poniendo el altar de muertos mi tía quiere saber la capital {} | de níger=NE; de burkina faso=BF; de togo=TG | es-MX
situation | en la kermés de la escuela el juego es adivinar la capital {} | de república centroafricana=CF; de madagascar=MG; de mauricio=MU | es-MX
situation | caminando a la basílica con la peregrinación mi abuela pregunta la capital {} | del vaticano=VA; de italia=IT; de polonia=PL | es-MX
hesitation | este este la capital de de eritrea | ER | es-MX
hesitation | cómo se llama la capital de yibuti este | DJ | es-MX
yes-no-check | la capital de etiopía es adís abeba verdad | ET | es-MX
yes-no-check | oye la capital de somalia es mogadiscio sí o no | SO | es-MX
yes-no-check | la capital de ruanda es kigali no | RW | es-MX
yes-no-check | la capital de madagascar es antananarivo o como se diga | MG | es-MX
self-correction | la capital de níger no perdón de nigeria | NG | es-MX
self-correction | la capital de gabón este no de chad | TD | es-MX
self-correction | la capital de burundi digo de ruanda | RW | es-MX
follow-up | y de togo | TG | es-MX
follow-up | órale y la de burkina faso | BF | es-MX
follow-up | y la de sudán del sur cuál es | SS | es-MX
reverse-question | addis abeba de qué país es capital | CITY:adís abeba | es-MX
reverse-question | mogadiscio es la capital de qué país | CITY:mogadiscio | es-MX
everyday-name | cuál es la capital del alto volta | BF | es-MX
everyday-name | la capital de abisinia | ET | es-MX
official-name | la capital del estado de la ciudad del vaticano | VA | es-MX
# Secundaria homework, a telenovela break, grandmothers and children ("ay mijo", "maestra", "ahorita")
child | la maestra nos dejó de tarea la capital {} | de honduras=HN; de cuba=CU; de el salvador=SV | es-MX
child | alexa cuál es la capital de egipto porque vi las pirámides en la tele | EG | es-MX
child | cuál es la capital de méxico mi hermanito dice que es guadalajara | MX | es-MX
child | ahorita tengo que saber la capital de argentina | AR | es-MX
elder | ay mijo cuál es la capital de españa donde vivía mi abuelo | ES | es-MX
elder | mi nieta está en canadá y yo no sé ni la capital de allá | CA | es-MX
elder | ay diosito cuál es la capital de perú que ahí está mi comadre | PE | es-MX
situation | en el comercial de la telenovela mi esposo pregunta la capital {} | de turquía=TR; de grecia=GR; de corea del sur=KR | es-MX
teenager | neta no me sé la capital de australia | AU | es-MX
teenager | bro cuál es la capital de nueva zelanda güey | NZ | es-MX
teenager | alv no sé la capital de noruega | NO | es-MX
# es-MX shared names, plurals, official names and territories
shared-name | cuál es la capital de corea | KP+KR | es-MX
shared-name | la capital del congo mi reina | CD+CG | es-MX
shared-name | la capital de georgia joven | GE+US-GA | es-MX
shared-name | capital de georgia el estado de estados unidos | US-GA | es-MX
shared-name | la capital del congo brazzaville | CG | es-MX
shared-name | cuál es la capital de las islas vírgenes | VG+VI | es-MX
plural-capitals | cuáles son las capitales de bolivia la paz y cuál más | BO | es-MX
plural-capitals | qué capitales tiene costa de marfil | CI | es-MX
plural-capitals | las capitales de benín cuáles son | BJ | es-MX
plural-capitals | oiga cuáles son las capitales de esuatini | SZ | es-MX
plural-capitals | cuáles son las capitales de palestina | PS | es-MX
official-name | cuál es la capital de los estados unidos mexicanos | MX | es-MX
official-name | la capital de la república popular china | CN | es-MX
official-name | capital de la república de corea | KR | es-MX
official-name | la capital de la república popular democrática de corea | KP | es-MX
official-name | cuál es la capital de la república oriental del uruguay | UY | es-MX
subdivision | cuál es la capital de texas | US-TX | es-MX
subdivision | la capital de california | US-CA | es-MX
subdivision | la capital de oaxaca | MX-OAX | es-MX
subdivision | la capital de veracruz es xalapa o veracruz | MX-VER | es-MX
subdivision | capital de chiapas | MX-CHP | es-MX
subdivision | cuál es la capital de tabasco | MX-TAB | es-MX
subdivision | la capital de san luis | MX-SLP | es-MX
subdivision | la capital de guanajuato | MX-GUA | es-MX
territory | la capital de puerto rico | PR | es-MX
territory | cuál es la capital de la polinesia francesa | PF | es-MX
territory | capital de la guayana francesa | GF | es-MX
out-of-domain | cuál es la capital del mariachi | FB | es-MX
out-of-domain | cuál es la capital mundial del tequila | FB | es-MX
out-of-domain | cuál es la capital de la huasteca | FB | es-MX
out-of-domain | cuál es la capital del bajío | FB | es-MX
out-of-domain | pon una de los tigres del norte | FB | es-MX
out-of-domain | cuánto cuesta el dólar hoy | FB | es-MX
out-of-domain | cuál es la capital de tenochtitlan | FB | es-MX
out-of-domain | qué capital necesito para poner una tiendita | FB | es-MX
out-of-domain | cuál es la capital de la sierra tarahumara | FB | es-MX
out-of-domain | cuál es la capital de tepito | FB | es-MX
out-of-domain | recuérdame pagar la luz mañana | FB | es-MX
out-of-domain | cuéntame un chiste de pepito | FB | es-MX
help | oye cómo le hago con esto | HELP | es-MX
help | no le entiendo ayúdeme por favor | HELP | es-MX
help | qué le puedo preguntar joven | HELP | es-MX
help | cómo funciona lo de las capitales mijo | HELP | es-MX
help | ayuda no sé qué decir | HELP | es-MX
help | explícame cómo se juega güey | HELP | es-MX
help | qué onda qué hace esto | HELP | es-MX
stop | ya estuvo alexa | STOP | es-MX
stop | ya bájale ya | STOP | es-MX
stop | sálte de las capitales | STOP | es-MX
stop | órale ya cállate | STOP | es-MX
stop | ya no gracias ahí muere | STOP | es-MX
stop | detente por favor | STOP | es-MX
cancel | cancélale | CANCEL | es-MX
cancel | no cancela eso joven | CANCEL | es-MX
cancel | mejor cancela ya no quiero saber | CANCEL | es-MX
cancel | olvídalo mi reina cancela | CANCEL | es-MX
cancel | cancelar la pregunta | CANCEL | es-MX
cancel | ándale cancélalo | CANCEL | es-MX
launch | abre capitales del mundo por favor | LAUNCH | es-MX
launch | qué rollo alexa abre capitales del mundo | LAUNCH | es-MX
launch | quiero jugar capitales del mundo | LAUNCH | es-MX
launch | inicia capitales del mundo | LAUNCH | es-MX
# ---------------------------------------------------------------- es-US
# Dominicans in Washington Heights, the Bronx and Lawrence ("klk", "vaina", "diache", "manito", "tiguere", "dímelo")
leading-filler | klk alexa dímelo la capital {} | de república dominicana=DO; de haití=HT; de puerto rico=PR | es-US
leading-filler | diache manito cuál es la capital {} | de bahamas=BS; de barbados=BB; de granada=GD | es-US
situation | en la barbería de la dyckman un tiguere apostó que sabe la capital {} | de santa lucía=LC; de dominica=DM; de san vicente y las granadinas=VC | es-US
situation | jugando dominó en el parque con los viejos salió la capital {} | de antigua y barbuda=AG; de san cristóbal y nieves=KN; de jamaica=JM | es-US
trailing-words | la capital de barbados cuál es manito | BB | es-US
trailing-words | y la capital de bahamas qué vaina | BS | es-US
hesitation | eh eh la capital de de dominica la isla | DM | es-US
yes-no-check | la capital de república dominicana es santo domingo verdad mano | DO | es-US
yes-no-check | diache la capital de jamaica es montego bay o no | JM | es-US
yes-no-check | la capital de santa lucía es castries klk | LC | es-US
follow-up | y la de granada la isla | GD | es-US
follow-up | dímelo y la de antigua | AG | es-US
self-correction | la capital de dominica no la otra vaina república dominicana | DO | es-US
self-correction | la capital de barbados perdón de bahamas | BS | es-US
reverse-question | santo domingo es capital de qué país | CITY:santo domingo | es-US
reverse-question | de qué país es la capital kingston | CITY:kingston | es-US
out-of-domain | cuál es la capital de los tígueres | FB | es-US
out-of-domain | cuál es la capital del cibao | FB | es-US
out-of-domain | cuál es la capital del bronx | FB | es-US
out-of-domain | pon una bachata de romeo | FB | es-US
out-of-domain | cuánto cuesta mandar dinero a santiago | FB | es-US
# Venezuelans in Doral and Houston ("chamo", "pana", "qué ladilla", "burda", "arepa")
leading-filler | épale chamo cuál es la capital {} | de brasil=BR; de colombia=CO; de ecuador=EC | es-US
situation | en la arepera de doral el pana de la caja pregunta la capital {} | de panamá=PA; de guatemala=GT; de bolivia=BO | es-US
situation | sacando el permiso de trabajo en la fila nos pusimos con la capital {} | de rusia=RU; de china=CN; de irán=IR | es-US
yes-no-check | chamo la capital de brasil es río de janeiro verdad | BR | es-US
yes-no-check | la capital de ecuador es guayaquil o quito | EC | es-US
self-correction | la capital de colombia no chamo de ecuador | EC | es-US
follow-up | y la de panamá chamo | PA | es-US
everyday-name | cuál es la capital de persia | IR | es-US
reverse-question | quito es capital de dónde pana | CITY:quito | es-US
out-of-domain | cuál es la capital de doral | FB | es-US
out-of-domain | qué ladilla cuándo abre inmigración | FB | es-US
out-of-domain | cuál es la capital del estado mérida | FB | es-US
# Gainesville, Georgia poultry plants ("la planta", "el mayordomo", "la troca")
situation | en la planta de pollo en gainesville el mayordomo pregunta la capital {} | de georgia el estado=US-GA; de carolina del sur=US-SC; de tennessee=US-TN | es-US
situation | en la troca rumbo a la planta a las cinco mi compañera quiere saber la capital {} | de alabama=US-AL; de florida=US-FL; de carolina del norte=US-NC | es-US
shared-name | aquí vivimos en georgia cuál es la capital de georgia | GE+US-GA | es-US
shared-name | la capital de georgia el país no el estado | GE | es-US
shared-name | la capital del estado de georgia donde trabajo | US-GA | es-US
yes-no-check | la capital de georgia es atlanta verdad el estado | US-GA | es-US
yes-no-check | la capital de florida es miami o no | US-FL | es-US
self-correction | la capital de alabama no perdón de tennessee | US-TN | es-US
reverse-question | atlanta es capital de qué estado | CITY:atlanta | es-US
reverse-question | nashville es la capital de dónde | CITY:nashville | es-US
out-of-domain | cuál es la capital del pollo de estados unidos | FB | es-US
out-of-domain | cuál es la capital del condado de hall | FB | es-US
# Oxnard and Salinas strawberry fields, Mixtec speakers ("paisano", "el surco", "la mayordoma")
learner | paisano yo hablo mixteco poquito español cuál es capital {} | de oaxaca=MX-OAX; de guerrero=MX-GRO; de méxico=MX | es-US
situation | en el surco de la fresa el mayordomo dice que le digan la capital {} | de nuevo méxico=US-NM; de arizona=US-AZ; de nevada=US-NV | es-US
situation | en el descanso del lonche en el fil salió la capital {} | de oregón=US-OR; de washington el estado=US-WA; de idaho=US-ID | es-US
yes-no-check | la capital de california es los ángeles o no paisano | US-CA | es-US
yes-no-check | oiga la capital de arizona es phoenix verdad | US-AZ | es-US
self-correction | la capital de nevada no las vegas no de utah | US-UT | es-US
follow-up | y la de oregón | US-OR | es-US
reverse-question | sacramento es capital de qué estado | CITY:sacramento | es-US
out-of-domain | cuál es la capital de la fresa | FB | es-US
out-of-domain | cuál es la capital de la mixteca | FB | es-US
out-of-domain | cuándo pagan el cheque de la semana | FB | es-US
# Las Vegas hotel housekeepers and the culinary union ("la camarista", "la supervisora", "mija")
situation | limpiando cuartos en el hotel del strip la supervisora pregunta la capital {} | de utah=US-UT; de colorado=US-CO; de wyoming=US-WY | es-US
situation | en la junta de la unión nos pusieron de trivia la capital {} | de montana=US-MT; de dakota del norte=US-ND; de dakota del sur=US-SD | es-US
yes-no-check | mija la capital de nevada es carson city verdad | US-NV | es-US
yes-no-check | la capital de colorado es denver no | US-CO | es-US
reverse-question | carson city de qué estado es la capital | CITY:carson city | es-US
out-of-domain | cuál es la capital del juego en estados unidos | FB | es-US
out-of-domain | cuál es la capital del entretenimiento | FB | es-US
# Midland and Odessa oilfields ("el patch", "la troca", "el bos", "la yarda")
situation | aquí en el patch esperando al bos dime la capital {} | de oklahoma=US-OK; de kansas=US-KS; de nebraska=US-NE | es-US
situation | en la troca con el aire prendido mi compa pregunta la capital {} | de luisiana=US-LA; de arkansas=US-AR; de misisipi=US-MS | es-US
yes-no-check | la capital de texas es houston verdad | US-TX | es-US
yes-no-check | oye la capital de luisiana es nueva orleans o no | US-LA | es-US
self-correction | la capital de kansas no espérate de misuri | US-MO | es-US
follow-up | y la de iowa | US-IA | es-US
reverse-question | austin es la capital de qué estado | CITY:austin | es-US
out-of-domain | cuál es la capital del petróleo en texas | FB | es-US
out-of-domain | cuál es la capital del condado de midland | FB | es-US
out-of-domain | cuánto está el galón de diésel | FB | es-US
# Q'anjob'al Guatemalans in Indiantown and Jupiter, Florida ("yo hablo q'anjob'al", learner grammar)
learner | yo hablo q'anjob'al poquito español capital {} cuál es | de guatemala=GT; de chiapas=MX-CHP; de belice=BZ | es-US
learner | disculpe usted sabe capital de florida | US-FL | es-US
learner | por favor capital de méxico país | MX | es-US
# A citizenship class in Phoenix, a GED class, a grandmother ("mijita", "ay dios"), El Paso Spanglish teenagers, an Army recruiter, a church youth group
situation | en la clase de ciudadanía la maestra pregunta la capital {} | de estados unidos=US; del estado de arizona=US-AZ; de nueva york el estado=US-NY | es-US
situation | estudiando para el examen de ciudadanía ocupo saber la capital {} | de pensilvania=US-PA; de virginia=US-VA; de maryland=US-MD | es-US
situation | en la clase de ged hay una pregunta de la capital {} | de massachusetts=US-MA; de illinois=US-IL; de míchigan=US-MI | es-US
yes-no-check | la capital de estados unidos es nueva york verdad | US | es-US
yes-no-check | la capital de illinois es chicago o no | US-IL | es-US
yes-no-check | la capital de nueva york es albany sí | US-NY | es-US
self-correction | la capital de pensilvania no filadelfia no de nueva jersey | US-NJ | es-US
self-correction | la capital de virginia perdón de virginia occidental | US-WV | es-US
reverse-question | albany es la capital de qué estado | CITY:albany | es-US
reverse-question | springfield de qué estado es capital | CITY:springfield | es-US
official-name | la capital de los estados unidos de américa | US | es-US
everyday-name | cuál es la capital de gringolandia | US | es-US
everyday-name | cuál es la capital de usa | US | es-US
elder | ay mijita cuál es la capital de hawái que mi nieto está en la marina allá | US-HI | es-US
elder | ay dios ya ni me acuerdo de la capital {} | de alaska=US-AK; de minnesota=US-MN; de wisconsin=US-WI | es-US
elder | mija yo nací en chihuahua y no sé la capital de chihuahua | MX-CHH | es-US
teenager | okay so like cuál es la capital {} bro | de ohio=US-OH; de indiana=US-IN; de kentucky=US-KY | es-US
teenager | wait what's la capital de maine | US-ME | es-US
teenager | ey bro no cap cuál es la capital de vermont | US-VT | es-US
teenager | lowkey no sé la capital de delaware | US-DE | es-US
teenager | okay pero cuál es la capital de connecticut | US-CT | es-US
teenager | bro literally cuál es la capital de rhode island | US-RI | es-US
situation | el reclutador del army nos preguntó la capital {} | de afganistán=AF; de irak=IQ; de corea del norte=KP | es-US
situation | en el grupo de jóvenes de la iglesia jugamos a adivinar la capital {} | de israel=IL; de egipto=EG; de palestina=PS | es-US
situation | en el trivia de univision preguntaron la capital {} | de filipinas=PH; de japón=JP; de india=IN | es-US
subdivision | la capital de nuevo hampshire | US-NH | es-US
subdivision | cuál es la capital de west virginia | US-WV | es-US
subdivision | capital de north dakota | US-ND | es-US
subdivision | la capital de south carolina | US-SC | es-US
subdivision | dime la capital de new mexico | US-NM | es-US
subdivision | la capital de oklahoma es oklahoma city | US-OK | es-US
subdivision | cuál es la capital de alberta | CA-AB | es-US
subdivision | la capital de ontario | CA-ON | es-US
subdivision | capital de columbia británica | CA-BC | es-US
territory | cuál es la capital de guam | GU | es-US
territory | la capital de samoa americana | AS | es-US
territory | capital de las islas marianas del norte | MP | es-US
territory | la capital de las islas vírgenes de estados unidos | VI | es-US
territory | cuál es la capital de aruba | AW | es-US
territory | la capital de curazao | CW | es-US
territory | dime la capital de las islas caimán | KY | es-US
territory | la capital de las bermudas | BM | es-US
territory | la capital de las islas turcas y caicos | TC | es-US
shared-name | cuál es la capital de las islas vírgenes mano | VG+VI | es-US
shared-name | la capital de corea la del sur | KR | es-US
shared-name | capital del congo klk | CD+CG | es-US
shared-name | la capital de las dos coreas | KP+KR | es-US
plural-capitals | cuáles son las capitales de sudáfrica mija | ZA | es-US
plural-capitals | dime las capitales de holanda | NL | es-US
plural-capitals | las capitales de costa de marfil | CI | es-US
plural-capitals | cuáles son las capitales de suazilandia | SZ | es-US
plural-capitals | qué capitales tiene benín | BJ | es-US
plural-capitals | cuáles son las capitales de malasia bro | MY | es-US
plural-capitals | dime las capitales de sri lanka | LK | es-US
plural-capitals | las dos capitales de palestina | PS | es-US
official-name | cuál es la capital de la república dominicana | DO | es-US
official-name | la capital de la república islámica de irán | IR | es-US
official-name | capital del reino unido de gran bretaña e irlanda del norte | GB | es-US
out-of-domain | cuál es la capital de brooklyn | FB | es-US
out-of-domain | cuál es la capital del condado de los ángeles | FB | es-US
out-of-domain | cuál es la capital de long island | FB | es-US
out-of-domain | cuál es la capital del sur de la florida | FB | es-US
out-of-domain | cuánto tiempo tarda la ciudadanía | FB | es-US
out-of-domain | pon el partido de los dodgers | FB | es-US
out-of-domain | cuál es la capital one | FB | es-US
out-of-domain | llama a capital one para pagar la tarjeta | FB | es-US
out-of-domain | cuál es el saldo de mi cuenta de capital one | FB | es-US
out-of-domain | cuál es la capital del reggaetón | FB | es-US
out-of-domain | cuál es la capital de la fiesta en miami | FB | es-US
out-of-domain | dime la capital de manhattan | FB | es-US
out-of-domain | cuál es la capital de silicon valley | FB | es-US
out-of-domain | cuál es la capital de centroamérica | FB | es-US
out-of-domain | cuál es la capital de latinoamérica | FB | es-US
help | klk cómo se usa esta vaina | HELP | es-US
help | chamo ayúdame que no entiendo | HELP | es-US
help | how does this work o sea cómo funciona | HELP | es-US
help | mija qué le pregunto a esto | HELP | es-US
help | necesito help con las capitales | HELP | es-US
help | qué tengo que decir paisano | HELP | es-US
help | dame instrucciones por favor | HELP | es-US
stop | stop ya manito | STOP | es-US
stop | ya chamo para | STOP | es-US
stop | okay that's it para ya | STOP | es-US
stop | apágate mija | STOP | es-US
stop | ya terminé gracias | STOP | es-US
stop | ciérrate | STOP | es-US
cancel | cancel eso bro | CANCEL | es-US
cancel | cancela esa vaina | CANCEL | es-US
cancel | no chamo cancela | CANCEL | es-US
cancel | nevermind cancela | CANCEL | es-US
cancel | cancela la trivia | CANCEL | es-US
cancel | olvídate de eso cancela | CANCEL | es-US
launch | klk abre capitales del mundo | LAUNCH | es-US
launch | alexa open capitales del mundo | LAUNCH | es-US
launch | pon el juego capitales del mundo mija | LAUNCH | es-US
launch | empieza capitales del mundo | LAUNCH | es-US
# ---------------------------------------------------------------- second batch: the countries not yet asked, more families
# es-ES: a Tenerife stamp collectors' club, a Lanzarote dive school, a Cartagena naval base, a Balearic ferry, a Sunday flea market
situation | en el club filatélico de santa cruz tengo un sello de {} y quiero saber su capital | tuvalu=TV; kiribati=KI; nauru=NR
situation | en la escuela de buceo de puerto del carmen un alumno es {} y no sé su capital | de fiyi=FJ; de samoa=WS; de tonga=TO
situation | en la base naval de cartagena un marinero ha estado en {} cuál es la capital | las islas salomón=SB; papúa nueva guinea=PG; vanuatu=VU
situation | mi sobrino se va de cooperante a {} y la abuela quiere saber la capital | micronesia=FM; palaos=PW; las islas marshall=MH
hesitation | eh cómo se llamaba la capital de de timor oriental | TL
yes-no-check | chacho la capital de fiyi es suva verdad | FJ
yes-no-check | la capital de papúa nueva guinea es port moresby sí | PG
self-correction | la capital de samoa ay no de tonga | TO
reverse-question | suva es la capital de qué país | CITY:suva
learner | sorry alexa capital de malta please | MT
situation | en el barco de baleària a ibiza una familia de {} pregunta su capital | malta=MT; albania=AL; macedonia del norte=MK
situation | en el mercadillo de los domingos un señor de {} quiere que le diga la capital de su país | bosnia=BA; botsuana=BW; lesoto=LS
polite-request | me podrías decir por favor la capital de mónaco | MC
polite-request | si no es molestia cuál es la capital de san marino | SM
polite-request | sería tan amable de decirme la capital de las maldivas | MV
polite-request | por favor alexa la capital de las seychelles | SC
polite-request | me haces el favor de decirme la capital de las comoras | KM
polite-request | te importaría decirme la capital de guinea | GN
polite-request | me dices la capital de namibia porfa | NA
polite-request | quisiera saber la capital de santo tomé y príncipe | ST
official-name | la capital de bosnia y herzegovina | BA
official-name | la capital de la república de albania | AL
official-name | cuál es la capital del gran ducado de luxemburgo | LU
official-name | capital de la república checa | CZ
everyday-name | la capital de macedonia a secas | MK
everyday-name | la capital de botswana | BW
everyday-name | cuál es la capital de timor | TL
asr-artefact | la capital de mona co | MC
asr-artefact | cuál es la capital de sanmarino | SM
asr-artefact | la capital de lesotho | LS
asr-artefact | cuál es la capital de las islas mauricio | MU
asr-artefact | la capital de guinea konakry | GN
one-shot | alexa pregúntale a capitales del mundo la capital de albania | AL
one-shot | pide a capitales del mundo la capital de malta | MT
one-shot | dile a capitales del mundo que me diga la capital de namibia | NA
plural-capitals | cuántas capitales tiene benín y cuáles son | BJ
plural-capitals | es verdad que benín tiene dos capitales cuáles | BJ
plural-capitals | cuáles son las dos capitales de los países bajos | NL
plural-capitals | holanda tiene dos capitales cuáles son | NL
plural-capitals | cuáles son las capitales de costa de marfil chacho | CI
plural-capitals | las capitales de palestina cuáles son hijo | PS
out-of-domain | cuál es la capital de la isla de la gomera | FB
out-of-domain | cuál es la capital de ibiza | FB
out-of-domain | cuál es la capital de mallorca | FB
out-of-domain | cuál es la capital de la alpujarra | FB
out-of-domain | cuál es la capital de la costa brava | FB
out-of-domain | cuál es la capital de la sierra de cazorla | FB
out-of-domain | cuál es la capital de la provincia de huesca | FB
out-of-domain | cuál es la capital de la comarca del bierzo | FB
out-of-domain | cuál es la capital de la tapa | FB
out-of-domain | cuál es la capital del flamenco | FB
out-of-domain | dime cuánto capital tengo en el banco | FB
out-of-domain | pon una sevillana | FB
out-of-domain | cuál es la capital de la unión europea | FB
out-of-domain | cuál es la capital de europa | FB
out-of-domain | cuál es la capital de escandinavia | FB
out-of-domain | cuál es la capital de los balcanes | FB
out-of-domain | cuál es la capital de la unión soviética | FB
out-of-domain | cuál es la capital de prusia | FB
out-of-domain | qué significa pena capital | FB
out-of-domain | cuáles son los siete pecados capitales | FB
out-of-domain | cómo se escribe una letra capital | FB
out-of-domain | apunta leche en la lista | FB
out-of-domain | enciende la luz del salón | FB
stop | venga ya está bien apaga | STOP
stop | vale chacho no quiero más | STOP
stop | hasta luego alexa | STOP
cancel | uy no cancela cancela | CANCEL
cancel | espera cancela que no era eso | CANCEL
cancel | chiquillo cancela | CANCEL
cancel | anúlalo hijo | CANCEL
help | qué se puede hacer con capitales del mundo | HELP
help | a ver cómo te pregunto las capitales | HELP
launch | abre capitales del mundo chiquillo | LAUNCH
launch | ábreme capitales del mundo ea | LAUNCH
follow-up | y de croacia | HR
follow-up | vale y la de malta | MT
follow-up | y la de albania ea | AL
# es-MX second batch
situation | en la prepa la maestra de geografía preguntó la capital {} | de las islas salomón=SB; de vanuatu=VU; de kiribati=KI | es-MX
situation | en el tianguis de la lagunilla encontré un billete de {} cuál es la capital | samoa=WS; tonga=TO; fiyi=FJ | es-MX
polite-request | disculpe me podría decir la capital de nauru | NR | es-MX
polite-request | por favorcito la capital de tuvalu | TV | es-MX
polite-request | me hace el favor la capital de palaos | PW | es-MX
polite-request | me regala la capital de micronesia por favor | FM | es-MX
polite-request | sería tan amable la capital de las islas marshall | MH | es-MX
polite-request | oiga joven me dice la capital de guinea por favor | GN | es-MX
asr-artefact | la capital de papúa nueva guinea papúa | PG | es-MX
asr-artefact | cuál es la capital de mónaco mónaco | MC | es-MX
asr-artefact | la capital de las seichelles | SC | es-MX
asr-artefact | la capital de maldivas las islas | MV | es-MX
one-shot | alexa pregúntale a capitales del mundo cuál es la capital de bosnia | BA | es-MX
one-shot | pregunta a capitales del mundo la capital de santo tomé | ST | es-MX
one-shot | abre capitales del mundo y dime la capital de lesoto | LS | es-MX
yes-no-check | la capital de timor oriental es dili verdad | TL | es-MX
yes-no-check | la capital de las comoras es moroni o no | KM | es-MX
self-correction | la capital de botsuana no perdón de namibia | NA | es-MX
plural-capitals | cuáles son las capitales de holanda joven | NL | es-MX
plural-capitals | benín tiene dos capitales no cuáles son | BJ | es-MX
plural-capitals | cuántas capitales tiene sri lanka | LK | es-MX
out-of-domain | cuál es la capital de la mixteca alta | FB | es-MX
out-of-domain | cuál es la capital de la selva lacandona | FB | es-MX
out-of-domain | cuál es la capital de la península de baja california | FB | es-MX
out-of-domain | cuál es la capital de la zona metropolitana | FB | es-MX
out-of-domain | cuál es la capital de coyoacán | FB | es-MX
out-of-domain | cuál es la capital de iztapalapa | FB | es-MX
out-of-domain | cuál es la capital de los aztecas | FB | es-MX
out-of-domain | cuál es la capital de la lucha libre | FB | es-MX
out-of-domain | cuál es la capital del mezcal | FB | es-MX
out-of-domain | cuál es la capital del rock en méxico | FB | es-MX
out-of-domain | dime el horóscopo de hoy | FB | es-MX
out-of-domain | pon música de banda | FB | es-MX
out-of-domain | cuánto falta para navidad | FB | es-MX
out-of-domain | cuál es la capital de la nueva españa | FB | es-MX
stop | ya no gracias ya me voy | STOP | es-MX
stop | ahí muere alexa | STOP | es-MX
cancel | no espérate cancela eso | CANCEL | es-MX
cancel | cancela mi reina | CANCEL | es-MX
cancel | ya no cancela todo | CANCEL | es-MX
help | me puedes ayudar con las capitales | HELP | es-MX
follow-up | y la de tuvalu | TV | es-MX
follow-up | órale y la de fiyi | FJ | es-MX
# es-US second batch
situation | trabajando en el crucero de miami un compañero es {} y pregunta la capital de su país | de filipinas=PH; de indonesia=ID; de la india=IN | es-US
situation | en la fila del consulado un señor que vino de {} no sabía la capital | guinea=GN; albania=AL; macedonia=MK | es-US
polite-request | please alexa me dices la capital de eslovenia | SI | es-US
polite-request | por favor la capital de bosnia | BA | es-US
polite-request | me puede decir la capital de san marino señorita | SM | es-US
polite-request | me dice la capital de mónaco porfa | MC | es-US
asr-artefact | la capital de seychelles seychels | SC | es-US
asr-artefact | cuál es la capital de comoros | KM | es-US
asr-artefact | la capital de eswatini | SZ | es-US
one-shot | alexa ask capitales del mundo la capital de fiyi | FJ | es-US
one-shot | pregúntale a capitales del mundo la capital de las maldivas | MV | es-US
yes-no-check | la capital de botsuana es gaborone verdad mija | BW | es-US
yes-no-check | la capital de lesoto es maseru sí o no | LS | es-US
self-correction | la capital de malta no perdón de chipre | CY | es-US
plural-capitals | klk cuáles son las capitales de benín | BJ | es-US
plural-capitals | cuántas capitales tiene palestina | PS | es-US
plural-capitals | cuáles son las tres capitales de sudáfrica | ZA | es-US
plural-capitals | las capitales de esuatini cuáles son | SZ | es-US
plural-capitals | cuáles son las dos capitales de malasia | MY | es-US
plural-capitals | qué capitales tiene sri lanka mija | LK | es-US
out-of-domain | cuál es la capital de queens | FB | es-US
out-of-domain | cuál es la capital de staten island | FB | es-US
out-of-domain | cuál es la capital de south beach | FB | es-US
out-of-domain | cuál es la capital de la pequeña habana | FB | es-US
out-of-domain | cuál es la capital del valle de san joaquín | FB | es-US
out-of-domain | cuál es la capital del midwest | FB | es-US
out-of-domain | cuál es la capital del oeste | FB | es-US
out-of-domain | cuál es la capital del imperio inca | FB | es-US
out-of-domain | cuál es la capital de la bachata | FB | es-US
out-of-domain | cuánto capital necesito para un food truck | FB | es-US
out-of-domain | cuál es mi crédito score | FB | es-US
out-of-domain | manda un mensaje a mi esposa | FB | es-US
out-of-domain | qué hora es en santo domingo | FB | es-US
out-of-domain | pon el pronóstico del tiempo para houston | FB | es-US
stop | bye alexa | STOP | es-US
stop | ya stop ya | STOP | es-US
cancel | cancela klk | CANCEL | es-US
cancel | no forget it | CANCEL | es-US
cancel | cancela paisano | CANCEL | es-US
help | what can i say aquí | HELP | es-US
follow-up | and la de brunéi | BN | es-US
follow-up | y la de vanuatu | VU | es-US
# ---------------------------------------------------------------- third batch: es-MX and es-US situations, territories, out of domain
# es-MX: a Puerto Vallarta timeshare desk, a Xalapa coffee co-op, a Durango film set, a Hermosillo carne asada
situation | en el stand de tiempos compartidos de vallarta un canadiense preguntó la capital {} | de manitoba=CA-MB; de saskatchewan=CA-SK; de nueva escocia=CA-NS | es-MX
situation | en la cooperativa de café de coatepec un comprador quería saber la capital {} | de etiopía=ET; de kenia=KE; de ruanda=RW | es-MX
situation | en el set de una película en durango el extra gringo pregunta la capital {} | de wyoming=US-WY; de montana=US-MT; de utah=US-UT | es-MX
situation | en la carne asada de hermosillo mi suegro dice que sabe la capital {} | de arizona=US-AZ; de nuevo méxico=US-NM; de colorado=US-CO | es-MX
leading-filler | pos a ver dime la capital {} | de uruguay=UY; de paraguay=PY; de argentina=AR | es-MX
leading-filler | oye oye oye cuál es la capital {} | de bélgica=BE; de austria=AT; de suiza=CH | es-MX
leading-filler | mira fíjate que quiero saber la capital {} | de portugal=PT; de irlanda=IE; de dinamarca=DK | es-MX
trailing-words | la capital de uruguay cuál es pues | UY | es-MX
trailing-words | la capital de bélgica cuál era mi buen | BE | es-MX
trailing-words | la capital de austria cuál es este | AT | es-MX
hesitation | la capital de de de paraguay este | PY | es-MX
hesitation | mmm cómo se llama la capital de dinamarca este | DK | es-MX
yes-no-check | la capital de argentina es buenos aires verdad | AR | es-MX
yes-no-check | la capital de suiza es zúrich o no | CH | es-MX
yes-no-check | la capital de irlanda es dublín mi buen | IE | es-MX
self-correction | la capital de paraguay no perdón de uruguay | UY | es-MX
self-correction | la capital de austria este no de alemania | DE | es-MX
follow-up | y de portugal | PT | es-MX
follow-up | y la de bélgica pues | BE | es-MX
reverse-question | montevideo es la capital de qué país | CITY:montevideo | es-MX
reverse-question | buenos aires de qué país es capital | CITY:buenos aires | es-MX
reverse-question | bruselas es capital de qué | CITY:bruselas | es-MX
territory | la capital de bermudas | BM | es-MX
territory | cuál es la capital de martinica | MQ | es-MX
territory | la capital de guadalupe la isla | GP | es-MX
territory | la capital de las islas malvinas | FK | es-MX
territory | capital de nueva caledonia | NC | es-MX
territory | cuál es la capital de la isla reunión | RE | es-MX
subdivision | cuál es la capital de jalisco | MX-JAL | es-MX
subdivision | la capital de michoacán es morelia verdad | MX-MIC | es-MX
subdivision | capital de yucatán | MX-YUC | es-MX
subdivision | la capital de querétaro | MX-QUE | es-MX
out-of-domain | cuál es la capital de la riviera nayarit | FB | es-MX
out-of-domain | cuál es la capital de la sierra gorda | FB | es-MX
out-of-domain | cuál es la capital del café en méxico | FB | es-MX
out-of-domain | cuál es la capital del cine mexicano | FB | es-MX
out-of-domain | cuál es la capital de polanco | FB | es-MX
out-of-domain | cuál es la capital de la isla de cozumel | FB | es-MX
out-of-domain | a cómo está el kilo de tortilla | FB | es-MX
out-of-domain | cuál es la capital del imperio de maximiliano | FB | es-MX
help | qué onda cómo le pregunto las capitales | HELP | es-MX
stop | ya fue alexa | STOP | es-MX
cancel | no mejor no cancela | CANCEL | es-MX
launch | ábreme el de capitales del mundo | LAUNCH | es-MX
# es-US: a Miami Dade bus, a Charlotte construction site, a Houston taco truck, a Denver roofing crew, a Bronx bodega
situation | en la guagua de miami dade mi vecina cubana pregunta la capital {} | de cuba=CU; de venezuela=VE; de nicaragua=NI | es-US
situation | en la obra de charlotte el foreman quiere saber la capital {} | de carolina del norte=US-NC; de virginia=US-VA; de georgia el estado=US-GA | es-US
situation | en el taco truck de houston un cliente dice que no sabe la capital {} | de méxico=MX; de el salvador=SV; de honduras=HN | es-US
situation | arriba del techo en denver con el roofing el compa pregunta la capital {} | de colorado=US-CO; de kansas=US-KS; de nebraska=US-NE | es-US
situation | en la bodega del bronx el dueño pregunta la capital {} | de puerto rico=PR; de república dominicana=DO; de jamaica=JM | es-US
leading-filler | mira manito dime la capital {} | de francia=FR; de alemania=DE; de italia=IT | es-US
leading-filler | ey ey dime la capital {} | de rusia=RU; de ucrania=UA; de polonia=PL | es-US
leading-filler | okay alexa quick question la capital {} | de japón=JP; de china=CN; de corea del sur=KR | es-US
trailing-words | la capital de nicaragua cuál es pues | NI | es-US
trailing-words | la capital de el salvador manito | SV | es-US
trailing-words | la capital de cuba cuál es chico | CU | es-US
hesitation | eh la la capital de de honduras | HN | es-US
hesitation | um la capital de umm italia | IT | es-US
yes-no-check | la capital de el salvador es san salvador verdad | SV | es-US
yes-no-check | la capital de nicaragua es león o managua | NI | es-US
yes-no-check | la capital de italia es roma right | IT | es-US
self-correction | la capital de cuba no wait de puerto rico | PR | es-US
self-correction | la capital de francia i mean de alemania | DE | es-US
follow-up | and la de rusia | RU | es-US
follow-up | y la de japón bro | JP | es-US
reverse-question | managua de qué país es capital | CITY:managua | es-US
reverse-question | san salvador es capital de qué país | CITY:san salvador | es-US
reverse-question | tokio es la capital de qué | CITY:tokio | es-US
territory | cuál es la capital de anguila | AI | es-US
territory | la capital de montserrat la isla | MS | es-US
territory | capital de las islas vírgenes británicas | VG | es-US
territory | la capital de puerto rico es san juan verdad | PR | es-US
territory | capital de sint maarten la parte holandesa | SX | es-US
territory | cuál es la capital de san martín la francesa | MF | es-US
subdivision | cuál es la capital de florida la del estado | US-FL | es-US
subdivision | capital de carolina del norte | US-NC | es-US
subdivision | la capital del estado de washington | US-WA | es-US
subdivision | dime la capital de tennessee | US-TN | es-US
out-of-domain | cuál es la capital de hialeah | FB | es-US
out-of-domain | cuál es la capital de harlem | FB | es-US
out-of-domain | cuál es la capital del condado de harris | FB | es-US
out-of-domain | cuál es la capital de los cayos de la florida | FB | es-US
out-of-domain | cuál es la capital de la bahía de san francisco | FB | es-US
out-of-domain | cuál es la capital del taco en texas | FB | es-US
out-of-domain | cuál es la capital de la música country | FB | es-US
out-of-domain | pon noticias univision | FB | es-US
help | bro cómo funciona esto de capitales | HELP | es-US
stop | okay ya estuvo bye | STOP | es-US
cancel | cancel cancel | CANCEL | es-US
launch | alexa abre capitales del mundo please | LAUNCH | es-US
# ---------------------------------------------------------------- fourth batch: launch, names
launch | chacho ábreme lo de las capitales del mundo | LAUNCH
launch | hija ponme capitales del mundo que quiero jugar | LAUNCH
launch | quiero abrir capitales del mundo maño | LAUNCH
launch | oye joven abre capitales del mundo | LAUNCH | es-MX
launch | a ver ponme capitales del mundo pues | LAUNCH | es-MX
launch | klk pon capitales del mundo ahí | LAUNCH | es-US
launch | chamo abre capitales del mundo | LAUNCH | es-US
official-name | la capital de la república argelina democrática y popular | DZ
official-name | cuál es la capital de la república árabe siria | SY | es-MX
official-name | capital de la república democrática federal de etiopía | ET | es-US
everyday-name | la capital de ceilán | LK | es-MX
everyday-name | cuál es la capital de siam | TH | es-US
everyday-name | la capital de costa de marfil | CI
shared-name | la capital de corea ea | KP+KR
shared-name | chamo la capital del congo | CD+CG | es-US
shared-name | la capital de las islas vírgenes pues | VG+VI | es-MX
"""

if __name__ == "__main__":
    build_round(34, "es", LINES, sys.argv, "tests/Eval/es/round34/source/build_corpus.py")
