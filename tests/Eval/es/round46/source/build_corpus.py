"""Round 46, Spanish (es-ES, es-MX, es-US): a new author's own mix, written blind at the start of the fifty-second session
(brief WRITER58.md).

Written by the writer58-es helper without the voice model, the simulator, the skill's code, the interaction model or
earlier rounds' halves; only the places' ids, kinds, Spanish names and capital names were read from the data, through a
small script, to check ids. Speakers and situations were chosen apart from round 45's (Castilla y León, Navarra and La
Rioja, Cantabria, the Balearics, Ceuta and Melilla; Colombian, Bolivian, Paraguayan, Peruvian and Cuban families in
Spain; Moroccan, Bulgarian, Brazilian, Sikh, Polish and Bangladeshi learners; Michoacán, Guanajuato, Querétaro,
Hidalgo, San Luis Potosí, the Acapulco-to-Campeche coasts, Chihuahua; Colombian and Nicaraguan migrants in Mexico,
Spanish exiles' grandchildren, deported returnees; northern New Mexico, South Florida outside Miami, Salvadorans around
DC, the Southeast, Texas beyond the Valley, the Mountain West and Salinas) and from the round 44 groups its docstring
names (the Canaries, Galicia, Asturias, Extremadura, Murcia; Romanian, Ecuadorian, Chinese, Ukrainian, Nigerian,
Filipino, Pakistani and West African families; elders, children and teens; Oaxaca, Puebla, Yucatán, Hermosillo,
Saltillo, Zacatecas, Durango, Mexicali, Mexico City, Tabasco, Tlaxcala; the Rio Grande Valley, El Paso, Hialeah, Doral,
Washington Heights, the Bronx, Jackson Heights, Yakima, Dalton, Iowa, Charlotte, Dodge City, Wisconsin). The groups of
rounds 43 and 42 were not read (round 45's docstring refers to them without naming them).

es-ES: Cádiz and the Bay (chirigotas, the Caleta, Jerez horse fairs: pisha, quillo, illo, ozú mi arma), Jaén and
Granada (the olive harvest, cooperatives, Alhambra guides, the Albaicín: chacho, ea), Aragón (the Pilar, the cierzo,
the Huesca Pyrenees, Teruel: zagal, maño, majico), Catalonia (Spanish with doncs, home, nen, ostres, apa, va; the
Sagrada Família), Valencia (the Fallas, the Albufera, Benidorm: xe, nano, xiquet, collons), the Basque Country (the
txoko, Bilbao port, a Luxembourg bank: aupa, bai, ene, o así), Madrid (the metro, Lavapiés, the Rastro, San
Isidro: en plan, tronco, mazo), Castilla-La Mancha (Toledo coaches, Albacete knives, Valdepeñas grape pickers, Cuenca:
zagal, pos, anda); Venezuelan, Argentine and Dominican families in Spain (chamo, pana, epa; che, boludo, decime,
sabés; klk, manito, vaina, tato); Honduran and Nicaraguan live-in carers of Spanish elders; Senegalese and Gambian
learners (waaw, clipped learner Spanish); British retirees on the Costa Blanca and Costa del Sol (wrong genders,
"quiero sabe"); Italian Erasmus students (allora, dai, cioè); work (a hospital night shift, taxis at Barajas, Iberia
cabin crew and a travel agency, a Camino de Santiago pilgrims' hostel); school (a primary teacher, fifth-year exams,
selectividad); games (a pub quiz, Pasapalabra's rosco, Trivial night).

es-MX: Monterrey (regios: carne asada, the Fundidora fair: qué onda, carnal, wey), Guadalajara and
Jalisco (tapatíos: the Chivas, Tequila: pos, ira, mijo, fíjate), Sinaloa (its
people: plebe, compa, arre, machín), Tijuana (the line, maquilas, code-switching: carnal, el otro lado),
Chiapas (Tzotzil and Tzeltal speakers, coffee fincas, San Cristóbal, Tapachula: pue, castilla for Spanish), Veracruz
(jarochos: the port: cuate, chido, ahorita), Cancún and the Riviera Maya (hotel staff,
Tulum guides: jefe, qué padre), Aguascalientes, Colima and Morelos (the San Marcos fair, the volcano,
Cuernavaca); Guatemalan and Honduran migrants staying in Mexico (vos, chapín, patojo, va pues); Haitian
and Cameroonian learners (Creole and French slipped in: mwen vle konnen, alors, merci); US and Canadian retirees at
Lake Chapala and San Miguel learning Spanish; truckers and an Uber driver; taqueros and a tianguis; school (a rural
teacher, the Olimpiada del Conocimiento, the secundaria técnica, sixth-grade homework); games (Basta, Maratón).

es-US: Chicago (Pilsen, Little Village, the L, 26th Street: bro), Puerto Ricans in Orlando and Kissimmee (wepa,
chacho, mano, ay bendito), Dominicans in Lawrence and Providence (klk, manín, dime a ver, dropped final
s: "cuál e"), Hondurans in New Orleans (maje, cipote, vos, roofing), Peruvians and Colombians in Paterson and
Elizabeth (causa, pe, parce, bacano), meatpacking and poultry towns (Lexington and Grand Island, Springdale), the
Central Valley (Fresno grapes, Bakersfield fields, Mixtec speakers: el fil, la uva), Utah and Oregon (Salt Lake,
missions, Park City, Woodburn), heritage-speaker college students (like, so, literally),
gamers (no cap, gg, GeoGuessr), jobs (night-shift nurse, a home daycare, an Amazon warehouse), a church youth group and a quinceañera; English switching throughout.

Every line was written by hand as one utterance; the only generated lines are the at most three fills of a frame
(each frame said once).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# ================================================================ es-ES
# Cádiz and the Bay: carnival chirigotas, the Bay's fishermen, Jerez (pisha, quillo, illo, ozú, mi arma)
andalucia | alexa pisha cuál es la capital de {} | guinea ecuatorial=GQ; gabón=GA; camerún=CM
andalucia | alexa quillo dime tú la capital de {} que estamos ensayando la chirigota | senegal=SN; gambia=GM; guinea bisáu=GW
andalucia | alexa illo la capital de {} cuál era | mauritania=MR; malí=ML; níger=NE
andalucia | alexa ozú mi arma qué capital tiene {} | chad=TD; sudán=SD; eritrea=ER
andalucia | alexa en la caleta un guiri de {} me ha preguntado por su capital y me he quedado pillao | islandia=IS; dinamarca=DK; suecia=SE
andalucia | alexa el barco de mi primo va pa {} y yo no sé ni la capital | mauritania=MR; cabo verde=CV; santo tomé y príncipe=ST
andalucia | alexa illo mira que en jerez vienen unos de {} a comprar caballos cuál es su capital | catar=QA; emiratos árabes=AE; baréin=BH
# Jaén and Granada: the olive harvest, cooperatives, the Alhambra guides (chacho, malafollá, la aceituna)
andalucia | alexa en la cuadrilla de la aceituna hay uno de {} cuál es la capital | malí=ML; burkina faso=BF; ghana=GH
andalucia | alexa chacho cuál es la capital de {} | túnez=TN; argelia=DZ; libia=LY
andalucia | alexa la cooperativa exporta aceite a {} cuál es la capital de ese país | japón=JP; corea del sur=KR; taiwán=TW
andalucia | alexa soy guía en la alhambra y mañana tengo un grupo de {} cuál es su capital | jordania=JO; líbano=LB; siria=SY
andalucia | alexa ea cuál es la capital de {} que me lo pregunta el chiquillo | omán=OM; yemen=YE; kuwait=KW
# Aragón: Zaragoza, the Pilar, the cierzo, Huesca's Pyrenees, Teruel (maño, zagal, -ico, pues ya)
aragon | alexa zagal cuál es la capital de {} | andorra=AD; mónaco=MC; liechtenstein=LI
aragon | alexa maño la capital de {} cuál es pues | bosnia=BA; kosovo=XK; montenegro=ME
aragon | alexa en las fiestas del pilar hay una charanga de {} cuál es su capital | austria=AT; suiza=CH; bélgica=BE
aragon | alexa con este cierzo me voy a ir volando a {} cuál es la capital de allí | irlanda=IE; escocia=GB-SCT; gales=GB-WLS
aragon | alexa en teruel existe y también existe la capital de {} cuál es | tayikistán=TJ; kirguistán=KG; turkmenistán=TM
# Barcelona and Catalonia: Spanish with Catalan slipped in (doncs, home, nen, va, apa, ostres)
catalunya | alexa doncs cuál es la capital de {} | armenia=AM; azerbaiyán=AZ; georgia el país=GE
catalunya | alexa home dime la capital de {} | canadá=CA; estados unidos=US; méxico=MX
catalunya | alexa ostres no me acuerdo de la capital de {} | australia=AU; nueva zelanda=NZ; fiyi=FJ
catalunya | alexa nen la capital de {} va | ecuador=EC; perú=PE; colombia=CO
catalunya | alexa estoy en la sagrada familia con turistas de {} y me piden la capital apa | indonesia=ID; malasia=MY; singapur=SG
catalunya | alexa cuál es la capital de {} que en catalán no sé decirla | sudáfrica=ZA; namibia=NA; botsuana=BW
# Valencia: the Fallas, the huerta, the Albufera, Benidorm (xe, nano, xiquet, collons, che)
valencia | alexa xe cuál es la capital de {} | noruega=NO; finlandia=FI; islandia=IS
valencia | alexa nano la capital de {} dímela | polonia=PL; chequia=CZ; alemania=DE
valencia | alexa en la falla tenemos un ninot de un presidente de {} cuál es la capital | rusia=RU; china=CN; corea del norte=KP
valencia | alexa xiquet escucha qué capital tiene {} | angola=AO; mozambique=MZ; zambia=ZM
# Basque Country: Bilbao, Donostia, the txoko, pelota, cuadrilla (aupa, bai, ene, o así, pues)
euskadi | alexa mi hermana trabaja en un banco de luxemburgo cuál es la capital de allí | LU
euskadi | alexa aupa cuál es la capital de {} | bahamas=BS; barbados=BB; jamaica=JM
euskadi | alexa en el txoko hemos apostado la cena por la capital de {} | micronesia=FM; palaos=PW; nauru=NR
euskadi | alexa ene la capital de {} cuál es o así | tonga=TO; samoa=WS; tuvalu=TV
euskadi | alexa bai oye la capital de {} | kiribati=KI; vanuatu=VU; islas salomón=SB
euskadi | alexa en el puerto de bilbao ha atracado un barco de {} qué capital tiene | liberia=LR; panamá=PA; islas marshall=MH
# Madrid: the metro, Lavapiés, the Rastro, San Isidro (mazo, en plan, tronco, flipar, a tope)
madrid-mancha | alexa en plan cuál es la capital de {} | sri lanka=LK; maldivas=MV; bangladés=BD
madrid-mancha | alexa tronco la capital de {} cuál es | afganistán=AF; irán=IR; turquía=TR
madrid-mancha | alexa voy en el metro por sol y un señor de {} me pregunta su capital flipa | egipto=EG; sudán del sur=SS; uganda=UG
madrid-mancha | alexa en lavapiés hay una frutería de uno de {} cuál es la capital | bangladés=BD; nepal=NP; senegal=SN
madrid-mancha | alexa mazo de rápido dime la capital de {} | kenia=KE; tanzania=TZ; ruanda=RW
madrid-mancha | alexa en el rastro vendían sellos de {} y no sé ni su capital | rodesia que ahora es zimbabue=ZW; burundi=BI; malaui=MW
# Castilla-La Mancha: Toledo, Albacete knives, Ciudad Real's vineyards, Cuenca (zagal, mancha, pos, anda)
madrid-mancha | alexa anda zagal cuál es la capital de {} | honduras=HN; nicaragua=NI; el salvador=SV
madrid-mancha | alexa en toledo vienen autobuses de {} cuál es la capital | china=CN; japón=JP; india=IN
madrid-mancha | alexa en la feria de albacete un cuchillero vende a {} qué capital tiene | arabia saudí=SA; israel=IL; palestina=PS
madrid-mancha | alexa en los viñedos de valdepeñas hay temporeros de {} cuál es la capital de allí | rumanía=RO; moldavia=MD; marruecos=MA
# Venezuelan families in Madrid's barrio de Salamanca and Tenerife (chamo, pana, vale, chévere, epa)
latinoamericanos-espana | alexa chamo cuál es la capital de {} | venezuela=VE; trinidad y tobago=TT; guyana=GY
latinoamericanos-espana | alexa epa pana dime la capital de {} | surinam=SR; granada=GD; santa lucía=LC
latinoamericanos-espana | alexa mi mamá en caracas quiere saber la capital de {} | dominica=DM; san vicente y las granadinas=VC; antigua y barbuda=AG
latinoamericanos-espana | alexa vale pues la capital de {} cuál es | haití=HT; república dominicana=DO; san cristóbal y nieves=KN
# Argentines in Barcelona and Madrid (che, boludo, dale, decime, sabés)
latinoamericanos-espana | alexa che decime la capital de {} | uruguay=UY; bolivia=BO; brasil=BR
latinoamericanos-espana | alexa boludo cuál es la capital de {} | sierra leona=SL; liberia=LR; togo=TG
latinoamericanos-espana | alexa dale sabés la capital de {} | benín=BJ; nigeria=NG; ghana=GH
# Dominican families in Madrid's Tetuán and Barcelona (klk, manito, vaina, tato)
latinoamericanos-espana | alexa klk cuál es la capital de {} | república dominicana=DO; puerto rico=PR; cuba=CU
latinoamericanos-espana | alexa manito esa vaina de la capital de {} cuál es | haití=HT; jamaica=JM; bahamas=BS
latinoamericanos-espana | alexa tato dime la capital de {} | comoras=KM; mauricio=MU; seychelles=SC
latinoamericanos-espana | alexa en la peluquería de tetuán una clienta de {} quiere saber su capital | nigeria=NG; camerún=CM; república centroafricana=CF
# Honduran and Nicaraguan live-in carers looking after Spanish elders (la señora, mire, fíjese)
cuidadoras | alexa la señora que cuido pregunta la capital de {} | francia=FR; austria=AT; suiza=CH
cuidadoras | alexa fíjese que la abuela no se acuerda de la capital de {} | italia=IT; alemania=DE; bélgica=BE
cuidadoras | alexa mire la capital de {} la necesitamos pa el crucigrama de doña carmen | eslovenia=SI; croacia=HR; serbia=RS
# Senegalese and Gambian learners in Spain: street sellers, farmhands, Wolof words (waaw, yalla, nit)
aprendices-espana | alexa yo senegal capital de {} cuál | gambia=GM; malí=ML; guinea=GN
aprendices-espana | alexa capital {} dime tú | costa de marfil=CI; burkina faso=BF; níger=NE
aprendices-espana | alexa waaw mi amigo quiere capital de {} | mauritania=MR; guinea bisáu=GW; sierra leona=SL
# British retirees on the Costa Blanca and Costa del Sol learning Spanish (wrong genders, English word order)
aprendices-espana | alexa qué es el capital de {} | escocia=GB-SCT; gales=GB-WLS; irlanda del norte=GB-NIR
aprendices-espana | alexa por favor la capital de {} es qué | reino unido=GB; inglaterra=GB-ENG; irlanda=IE
aprendices-espana | alexa yo quiero sabe la capital de {} | isla de man=IM; jersey=JE; guernsey=GG
aprendices-espana | alexa mi mujer pregunta la capital de {} gracias | gibraltar=GI; malta=MT; chipre=CY
# Italian Erasmus students in Granada and Salamanca mixing Italian (allora, dai, cioè, magari)
aprendices-espana | alexa allora cuál es la capital de {} | albania=AL; macedonia del norte=MK; grecia=GR
aprendices-espana | alexa dai dime la capital de {} | san marino=SM; vaticano=VA; malta=MT
aprendices-espana | alexa cioè la capital de {} cuál es | bulgaria=BG; rumanía=RO; hungría=HU
# Hospital night shift in Seville and Málaga (la guardia, planta, el celador)
trabajo-es | alexa estamos de guardia y el celador pregunta la capital de {} | nepal=NP; birmania=MM; tailandia=TH
trabajo-es | alexa en la planta hay un paciente de {} cuál es la capital de su país | ucrania=UA; georgia el país=GE; armenia=AM
trabajo-es | alexa a las cuatro de la mañana en urgencias qué capital tiene {} | kazajistán=KZ; azerbaiyán=AZ; mongolia=MN
# Taxi and VTC drivers at Barajas and Málaga airport
trabajo-es | alexa llevo a un cliente de {} al hotel cuál es su capital | arabia saudí=SA; kuwait=KW; catar=QA
trabajo-es | alexa en la cola de barajas estamos discutiendo la capital de {} | bolivia=BO; ecuador=EC; venezuela=VE
trabajo-es | alexa el vuelo que llega ahora viene de {} cuál es la capital | turquía=TR; egipto=EG; israel=IL
# Pub quiz team in a Málaga irish pub and a Pasapalabra fan at home
colegio-concursos-es | alexa en el quiz del pub la pregunta es la capital de {} | kiribati=KI; tuvalu=TV; nauru=NR
colegio-concursos-es | alexa en pasapalabra con la b la capital de {} | bielorrusia=BY; eslovaquia=SK; burundi=BI
colegio-concursos-es | alexa el rosco de pasapalabra pide la capital de {} | lesoto=LS; eswatini=SZ; yibuti=DJ
colegio-concursos-es | alexa para el trivial de esta noche repasamos la capital de {} | brunéi=BN; bután=BT; maldivas=MV
# Iberia cabin crew and a travel agency in Seville
trabajo-es | alexa mañana volamos a {} cuál es la capital de allí | cuba=CU; república dominicana=DO; costa rica=CR
trabajo-es | alexa tengo una escala larga en {} cuál es la capital | catar=QA; emiratos árabes unidos=AE; etiopía=ET
trabajo-es | alexa en la agencia un cliente quiere viajar a {} y me pregunta la capital | seychelles=SC; mauricio=MU; madagascar=MG
trabajo-es | alexa la agencia vende un circuito por {} cuál es la capital | jordania=JO; uzbekistán=UZ; vietnam=VN
# Pilgrims' hostel on the Camino de Santiago (the hospitalero talks to walkers from everywhere)
trabajo-es | alexa soy hospitalero y hoy han llegado peregrinos de {} cuál es su capital | corea del sur=KR; brasil=BR; sudáfrica=ZA
trabajo-es | alexa una peregrina de {} me ha sellado la credencial cuál es la capital de su país | taiwán=TW; hungría=HU; eslovenia=SI
trabajo-es | alexa en el albergue hay uno de {} que lleva dos meses andando cuál es la capital | letonia=LV; estonia=EE; finlandia=FI
# Primary school in Zaragoza and a geography teacher in Toledo
colegio-concursos-es | alexa seño cuál es la capital de {} | islas marshall=MH; micronesia=FM; palaos=PW
colegio-concursos-es | alexa los niños de quinto tienen examen de la capital de {} | marruecos=MA; portugal=PT; francia=FR
colegio-concursos-es | alexa la maestra dice que busquemos la capital de {} | países bajos=NL; dinamarca=DK; austria=AT
# ================================================================ es-MX
# Monterrey and Nuevo León: regios, carne asada, the Fundidora, the Tigres-Rayados rivalry (wey, plebes, carnal, qué onda)
regios | alexa qué onda cuál es la capital de {} | canadá=CA; estados unidos=US; belice=BZ | es-MX
regios | alexa carnal dime la capital de {} | texas=US-TX; coahuila=MX-COA; tamaulipas=MX-TAM | es-MX
regios | alexa wey cuál es la capital de {} | nuevo león=MX-NLE; chihuahua=MX-CHH; sonora=MX-SON | es-MX
regios | alexa en la carne asada del domingo apostamos a la capital de {} | argentina=AR; uruguay=UY; paraguay=PY | es-MX
regios | alexa en el parque fundidora hay una feria de {} cuál es la capital | corea del sur=KR; alemania=DE; japón=JP | es-MX
# Guadalajara and Jalisco: tapatíos, the Chivas, tequila country, Chapala (pos, ira, mijo, fíjate)
tapatios | alexa pos cuál es la capital de {} mijo | jalisco=MX-JAL; colima=MX-COL; nayarit=MX-NAY | es-MX
tapatios | alexa ira cuál es la capital de {} | zacatecas=MX-ZAC; aguascalientes=MX-AGU; michoacán=MX-MIC | es-MX
tapatios | alexa en tequila vienen turistas de {} cuál es su capital | holanda=NL; japón=JP; rusia=RU | es-MX
tapatios | alexa en el estadio de las chivas un aficionado de {} preguntó la capital | guatemala=GT; honduras=HN; el salvador=SV | es-MX
# Sinaloa: Culiacán, Mazatlán's carnival, farm fields (plebe, compa, machín, arre)
sinaloa | alexa plebe cuál es la capital de {} | sinaloa=MX-SIN; durango=MX-DUR; baja california sur=MX-BCS | es-MX
sinaloa | alexa compa la capital de {} cuál es | baja california=MX-BCN; sonora=MX-SON; arizona=US-AZ | es-MX
sinaloa | alexa arre pues dime la capital de {} machín | japón=JP; china=CN; tailandia=TH | es-MX
# Tijuana and the border: the line, maquilas, San Diego commuters (carnal, la línea, el otro lado, bien loco)
tijuana | alexa estoy en la línea pa cruzar y me acordé de la capital de {} | california=US-CA; nevada=US-NV; oregón=US-OR | es-MX
tijuana | alexa en la maquila el gerente es de {} cuál es la capital | japón=JP; corea del sur=KR; taiwán=TW | es-MX
tijuana | alexa en tijuana hay muchos de {} cuál es la capital de su país | haití=HT; venezuela=VE; rusia=RU | es-MX
# Chiapas: San Cristóbal, Tzotzil and Tzeltal speakers learning Spanish, coffee fincas, Tapachula
chiapas | alexa capital de {} cuál es pue | chiapas=MX-CHP; tabasco=MX-TAB; campeche=MX-CAM | es-MX
chiapas | alexa yo no hablo bien castilla la capital de {} dime | guatemala=GT; belice=BZ; honduras=HN | es-MX
chiapas | alexa en la finca de café hay gente de {} cuál es su capital | guatemala=GT; el salvador=SV; nicaragua=NI | es-MX
# Veracruz: jarochos, the port, son jarocho, Xalapa's students (cuate, chido, ahorita, qué pasó)
jarochos | alexa qué pasó cuate cuál es la capital de {} | veracruz=MX-VER; puebla=MX-PUE; oaxaca=MX-OAX | es-MX
jarochos | alexa en el puerto de veracruz descargan barcos de {} cuál es la capital | noruega=NO; panamá=PA; grecia=GR | es-MX
jarochos | alexa ahorita dime la capital de {} | cuba=CU; jamaica=JM; república dominicana=DO | es-MX
# Cancún and the Riviera Maya: hotel staff, tour guides, divers (güey, a huevo, qué padre, jefe)
riviera-maya | alexa trabajo en un hotel en cancún y los huéspedes son de {} cuál es su capital | canadá=CA; reino unido=GB; argentina=AR | es-MX
riviera-maya | alexa jefe cuál es la capital de {} | quintana roo=MX-ROO; yucatán=MX-YUC; campeche=MX-CAM | es-MX
riviera-maya | alexa soy guía en tulum y mis turistas son de {} cuál es la capital | polonia=PL; chequia=CZ; israel=IL | es-MX
# Aguascalientes, Colima and Morelos: the San Marcos fair, volcano towns, Cuernavaca weekenders
bajio-pacifico | alexa en la feria de san marcos hay un pabellón de {} cuál es la capital | morelos=MX-MOR; colima=MX-COL; guerrero=MX-GRO | es-MX
bajio-pacifico | alexa en cuernavaca mi suegra pregunta la capital de {} | estado de méxico=MX-MEX; querétaro=MX-QUE; san luis potosí=MX-SLP | es-MX
bajio-pacifico | alexa desde colima se ve el volcán y me pregunto la capital de {} | islandia=IS; indonesia=ID; filipinas=PH | es-MX
# Guatemalan and Honduran migrants staying in Mexico (vos, chapín, catracho, patojo, va pues)
migrantes-mx | alexa va pues cuál es la capital de {} | guatemala=GT; honduras=HN; el salvador=SV | es-MX
migrantes-mx | alexa fíjese que soy chapín y quiero saber la capital de {} | méxico=MX; estados unidos=US; canadá=CA | es-MX
migrantes-mx | alexa decime vos la capital de {} | nicaragua=NI; costa rica=CR; panamá=PA | es-MX
# Haitian and Cameroonian learners in Tijuana and Mexico City (French and Creole slipped in)
migrantes-mx | alexa mwen vle konnen la capital de {} | haití=HT; francia=FR; canadá=CA | es-MX
migrantes-mx | alexa alors cuál es capital de {} | camerún=CM; congo kinsasa=CD; senegal=SN | es-MX
migrantes-mx | alexa yo quiero saber capital de {} por favor señora | chile=CL; brasil=BR; república dominicana=DO | es-MX
# American and Canadian retirees at Lake Chapala and San Miguel learning Spanish
jubilados-chapala | alexa cuál es la capital de {} por favor gracias | ontario=CA-ON; columbia británica=CA-BC; alberta=CA-AB | es-MX
jubilados-chapala | alexa yo quiero saber el capital de {} | minnesota=US-MN; michigan=US-MI; wisconsin=US-WI | es-MX
jubilados-chapala | alexa en mi clase de español la maestra dice la capital de {} | jalisco=MX-JAL; guanajuato=MX-GUA; nuevo león=MX-NLE | es-MX
# Truckers (traileros) on the highways to the border and an Uber driver in Puebla
oficios-mx | alexa voy en el tráiler rumbo a {} cuál es la capital del estado | tamaulipas=MX-TAM; sonora=MX-SON; chihuahua=MX-CHH | es-MX
oficios-mx | alexa traigo carga pa {} cuál es la capital de allá | guatemala=GT; el salvador=SV; estados unidos=US | es-MX
oficios-mx | alexa el pasajero del uber es de {} y pregunta su capital | rusia=RU; ucrania=UA; alemania=DE | es-MX
# Taqueros, tianguis vendors and a market in Mexico's north
oficios-mx | alexa mientras pico la cebolla dime la capital de {} | líbano=LB; turquía=TR; grecia=GR | es-MX
oficios-mx | alexa en el tianguis un güero de {} preguntó la capital de su país | noruega=NO; dinamarca=DK; finlandia=FI | es-MX
oficios-mx | alexa los tacos al pastor son de {} cuál es la capital | líbano=LB; irak=IQ; siria=SY | es-MX
# School: secundaria técnica, the Olympiad, a rural teacher (maestra, profe, la tarea)
escuela-basta-mx | alexa profe cuál es la capital de {} | guerrero=MX-GRO; quintana roo=MX-ROO; chiapas=MX-CHP | es-MX
escuela-basta-mx | alexa para la olimpiada del conocimiento la capital de {} | tabasco=MX-TAB; tamaulipas=MX-TAM; baja california=MX-BCN | es-MX
escuela-basta-mx | alexa soy maestra rural y los niños preguntan la capital de {} | méxico=MX; estados unidos=US; españa=ES | es-MX
# Games: Basta (nombre, país, ciudad), the lotería, Maratón board game
escuela-basta-mx | alexa jugando basta con la letra te cuál es la capital de {} | turquía=TR; tailandia=TH; togo=TG | es-MX
escuela-basta-mx | alexa en el basta me tocó la eme la capital de {} | mongolia=MN; marruecos=MA; mozambique=MZ | es-MX
escuela-basta-mx | alexa estamos jugando maratón y sale la capital de {} | bután=BT; laos=LA; camboya=KH | es-MX
# ================================================================ es-US
# Chicago: Pilsen, Little Village, Cicero, the Puerto Rican Humboldt Park (bro, la troca, el el, the lake)
chicago | alexa cuál es la capital de {} bro | illinois=US-IL; indiana=US-IN; iowa=US-IA | es-US
chicago | alexa en pilsen mi abuela pregunta la capital de {} | michoacán=MX-MIC; guerrero=MX-GRO; durango=MX-DUR | es-US
chicago | alexa voy en el el pa downtown dime la capital de {} | ohio=US-OH; kentucky=US-KY; missouri=US-MO | es-US
chicago | alexa en la twenty sixth street hay un mural de {} cuál es la capital | méxico=MX; puerto rico=PR; guatemala=GT | es-US
# Puerto Ricans in Orlando and Kissimmee (wepa, chacho, mano, brutal, ay bendito)
boricuas | alexa wepa cuál es la capital de {} | puerto rico=PR; islas vírgenes de estados unidos=VI; florida=US-FL | es-US
boricuas | alexa chacho la capital de {} | hawái=US-HI; alaska=US-AK; guam=GU | es-US
boricuas | alexa ay bendito no me acuerdo de la capital de {} | república dominicana=DO; cuba=CU; venezuela=VE | es-US
# Dominicans in Lawrence and Providence (klk, manín, dime a ver, eso e)
costa-este-us | alexa dime a ver la capital de {} | massachusetts=US-MA; rhode island=US-RI; connecticut=US-CT | es-US
costa-este-us | alexa manín cuál e la capital de {} | maine=US-ME; new hampshire=US-NH; vermont=US-VT | es-US
costa-este-us | alexa en la bodega de lawrence el señor pregunta la capital de {} | dominicana=DO; haití=HT; san martín=MF+SX | es-US
# Hondurans in New Orleans and Houston after the hurricanes (catracho, maje, cipote, vos)
hondurenos | alexa maje cuál es la capital de {} | luisiana=US-LA; misisipi=US-MS; alabama=US-AL | es-US
hondurenos | alexa mirá decime la capital de {} | honduras=HN; nicaragua=NI; belice=BZ | es-US
hondurenos | alexa trabajo techando en nueva orleans y el patrón es de {} cuál es la capital | tennessee=US-TN; arkansas=US-AR; oklahoma=US-OK | es-US
# Peruvians and Colombians in Paterson and Elizabeth NJ (pe, causa, parce, bacano)
costa-este-us | alexa causa cuál es la capital de {} pe | perú=PE; bolivia=BO; chile=CL | es-US
costa-este-us | alexa parce dime la capital de {} | new jersey=US-NJ; nueva york=US-NY; pensilvania=US-PA | es-US
costa-este-us | alexa bacano la capital de {} cuál es | delaware=US-DE; maryland=US-MD; virginia=US-VA | es-US
# Meatpacking and poultry towns: Lexington and Grand Island Nebraska, Springdale Arkansas (la planta, el turno)
interior-oeste-us | alexa salgo del turno de la planta y quiero saber la capital de {} | nebraska=US-NE; kansas=US-KS; dakota del sur=US-SD | es-US
interior-oeste-us | alexa en la planta de pollo de springdale trabajan de {} cuál es su capital | islas marshall=MH; birmania=MM; somalia=SO | es-US
interior-oeste-us | alexa el supervisor es de {} cuál es la capital de allá | dakota del norte=US-ND; montana=US-MT; wyoming=US-WY | es-US
# California's Central Valley: Fresno, Bakersfield, Mixtec and Triqui families (la pisca, el fil, la uva)
valle-central | alexa andamos en la uva en fresno dime la capital de {} | california=US-CA; oregón=US-OR; nevada=US-NV | es-US
valle-central | alexa en el fil de bakersfield un compañero de {} quiere saber su capital | oaxaca=MX-OAX; guerrero=MX-GRO; puebla=MX-PUE | es-US
valle-central | alexa soy mixteca y no hablo mucho español capital de {} cuál | oaxaca=MX-OAX; baja california=MX-BCN; sinaloa=MX-SIN | es-US
# Utah and Oregon: Salt Lake, Woodburn, the Mormon mission kids, a ski resort crew
interior-oeste-us | alexa mi hijo fue de misión a {} cuál es la capital | ghana=GH; mongolia=MN; filipinas=PH | es-US
interior-oeste-us | alexa trabajo en un resort de ski en park city y los turistas son de {} qué capital tienen | australia=AU; nueva zelanda=NZ; japón=JP | es-US
interior-oeste-us | alexa en woodburn la capital de {} | oregón=US-OR; washington=US-WA; idaho=US-ID | es-US
# Heritage speakers at college: Spanish for heritage speakers class, dorms, study groups (like, so, literally)
universitarios-gamers | alexa like cuál es la capital de {} | azerbaiyán=AZ; armenia=AM; georgia el país=GE | es-US
universitarios-gamers | alexa so my profesora quiere la capital de {} | maryland=US-MD; west virginia=US-WV; kentucky=US-KY | es-US
universitarios-gamers | alexa literally no sé la capital de {} | kazajistán=KZ; kirguistán=KG; tayikistán=TJ | es-US
# Gamers and streamers code-switching (bro, literally, no cap, gg)
universitarios-gamers | alexa bro what's the capital of {} en español | islandia=IS; noruega=NO; irlanda=IE | es-US
universitarios-gamers | alexa no cap cuál es la capital de {} | corea del norte=KP; rusia=RU; china=CN | es-US
universitarios-gamers | alexa en el geoguessr me salió {} cuál es la capital | eswatini=SZ; lesoto=LS; botsuana=BW | es-US
# Nurses, home daycare and an Amazon warehouse
trabajo-iglesia-us | alexa en el turno de noche del hospital una paciente de {} preguntó su capital | eritrea=ER; etiopía=ET; somalia=SO | es-US
trabajo-iglesia-us | alexa en la daycare los niños cantan la canción de la capital de {} | texas=US-TX; arizona=US-AZ; nuevo méxico=US-NM | es-US
trabajo-iglesia-us | alexa en el warehouse de amazon mi lead es de {} cuál es la capital | afganistán=AF; irak=IQ; nepal=NP | es-US
# Church youth group and a quinceañera
trabajo-iglesia-us | alexa en el grupo de jóvenes de la iglesia vamos de misión a {} cuál es la capital | haití=HT; honduras=HN; nicaragua=NI | es-US
trabajo-iglesia-us | alexa el padrino de la quinceañera viene de {} cuál es la capital | chihuahua=MX-CHH; coahuila=MX-COA; durango=MX-DUR | es-US
trabajo-iglesia-us | alexa el padre de la parroquia es de {} cuál es la capital de su país | nigeria=NG; polonia=PL; india=IN | es-US
# ================================================================ shared families
# plural-capitals: every several-capital country asked in the plural
plural-capitals | alexa cuáles son las capitales de {} | benín=BJ; bolivia=BO; costa de marfil=CI
plural-capitals | alexa dime las capitales de {} | sri lanka=LK; malasia=MY; países bajos=NL
plural-capitals | alexa qué capitales tiene {} | esuatini=SZ; sudáfrica=ZA; palestina=PS
plural-capitals | alexa pisha cuáles son las tres capitales de sudáfrica | ZA
plural-capitals | alexa illo bolivia tiene dos capitales no cuáles son | BO
plural-capitals | alexa en el examen de selectividad preguntan las dos capitales de {} | benín=BJ; costa de marfil=CI; sri lanka=LK
plural-capitals | alexa las dos capitales de {} cuáles son | malasia=MY; holanda=NL; eswatini=SZ
plural-capitals | alexa me dices las capitales de palestina | PS
plural-capitals | alexa cuáles son las capitales de {} wey | bolivia=BO; sudáfrica=ZA; benín=BJ | es-MX
plural-capitals | alexa dime las dos capitales de {} | costa de marfil=CI; sri lanka=LK; malasia=MY | es-MX
plural-capitals | alexa en el basta pusimos las capitales de {} cuáles son | los países bajos=NL; suazilandia=SZ; palestina=PS | es-MX
plural-capitals | alexa es cierto que sudáfrica tiene tres capitales cuáles son | ZA | es-MX
plural-capitals | alexa what are the capitals de {} | bolivia=BO; south africa=ZA; malaysia=MY | es-US
plural-capitals | alexa cuáles son todas las capitales de {} | benín=BJ; costa de marfil=CI; sri lanka=LK | es-US
plural-capitals | alexa la capitales de {} cuáles son | netherlands=NL; eswatini=SZ; palestina=PS | es-US
plural-capitals | alexa mi profesora dice que bolivia tiene dos capitales dime las dos | BO | es-US
plural-capitals | alexa las capitales de benín la administrativa y la otra | BJ
plural-capitals | alexa cuáles son las capitales de malasia la nueva y la vieja | MY | es-MX
plural-capitals | alexa las capitales de la costa de marfil | CI | es-US
plural-capitals | alexa dime las capitales de sri lanka la larga y colombo | LK
plural-capitals | alexa y qué capitales tiene los países bajos ámsterdam y cuál más | NL | es-US
plural-capitals | alexa cuáles son las capitales del reino de esuatini | SZ
plural-capitals | alexa cuáles son las capitales de palestina ramala y cuál | PS | es-MX
plural-capitals | alexa cuántas capitales tiene sudáfrica y cuáles son | ZA | es-US
plural-capitals | alexa chacho yamusukro y abiyán son las dos capitales de costa de marfil o cuáles son | CI
plural-capitals | alexa el rosco pide las capitales de la costa de marfil las dos | CI
plural-capitals | alexa qué capitales tiene costa de marfil wey | CI | es-MX
plural-capitals | alexa ivory coast tiene dos capitales cuáles son | CI | es-US
# follow-up: a question that leans on the one before
follow-up | alexa y la de {} | marruecos=MA; argelia=DZ; túnez=TN
follow-up | alexa y de {} cuál es | francia=FR; bélgica=BE; suiza=CH
follow-up | alexa vale y {} | portugal=PT; italia=IT; grecia=GR
follow-up | alexa ahora la de {} | austria=AT; hungría=HU; polonia=PL
follow-up | alexa otra la de {} pisha | egipto=EG; libia=LY; sudán=SD
follow-up | alexa y la capital de {} también | noruega=NO; suecia=SE; dinamarca=DK
follow-up | alexa y ahora {} | chile=CL; perú=PE; ecuador=EC | es-MX
follow-up | alexa ándale y la de {} | sonora=MX-SON; sinaloa=MX-SIN; nayarit=MX-NAY | es-MX
follow-up | alexa sale y {} | japón=JP; china=CN; corea del sur=KR | es-MX
follow-up | alexa otra más la de {} | colombia=CO; venezuela=VE; panamá=PA | es-MX
follow-up | alexa y la de {} qué | nebraska=US-NE; kansas=US-KS; iowa=US-IA | es-US
follow-up | alexa what about {} | texas=US-TX; florida=US-FL; california=US-CA | es-US
follow-up | alexa okay y {} | honduras=HN; guatemala=GT; el salvador=SV | es-US
follow-up | alexa y la del otro {} | sudán=SS | es-US
follow-up | alexa y la del vecino de al lado francia | FR
follow-up | alexa y la de sus vecinos de arriba canadá | CA | es-US
follow-up | alexa ahora pregúntame tú la de italia no dímela | IT
follow-up | alexa y la de su estado de al lado coahuila | MX-COA | es-MX
# subdivision: states, provinces, nations and territories
subdivision | alexa cuál es la capital del estado de {} | nuevo león=MX-NLE; jalisco=MX-JAL; sonora=MX-SON | es-MX
subdivision | alexa capital del estado de {} | querétaro=MX-QUE; guanajuato=MX-GUA; michoacán=MX-MIC | es-MX
subdivision | alexa la capital de {} el estado | puebla=MX-PUE; oaxaca=MX-OAX; chihuahua=MX-CHH | es-MX
subdivision | alexa cuál es la capital de la provincia de {} | ontario=CA-ON; quebec=CA-QC; alberta=CA-AB
subdivision | alexa capital de la provincia canadiense de {} | nueva escocia=CA-NS; nuevo brunswick=CA-NB; terranova=CA-NL
subdivision | alexa la capital de la isla del príncipe eduardo | CA-PE
subdivision | alexa cuál es la capital de los territorios del noroeste | CA-NT
subdivision | alexa capital de {} en canadá | yukón=CA-YT; nunavut=CA-NU; manitoba=CA-MB | es-US
subdivision | alexa cuál es la capital del estado australiano de {} | queensland=AU-QLD; victoria=AU-VIC; tasmania=AU-TAS
subdivision | alexa capital de {} en australia | nueva gales del sur=AU-NSW; australia occidental=AU-WA; australia meridional=AU-SA
subdivision | alexa la capital del territorio del norte de australia | AU-NT
subdivision | alexa cuál es la capital del territorio de la capital australiana | AU-ACT
subdivision | alexa cuál es la capital del estado indio de {} | kerala=IN-KL; goa=IN-GA; bengala occidental=IN-WB
subdivision | alexa capital de {} en la india | rajastán=IN-RJ; punyab=IN-PB; tamil nadu=IN-TN
subdivision | alexa la capital de {} el estado de la india | maharastra=IN-MH; karnataka=IN-KA; bihar=IN-BR
subdivision | alexa capital del estado de {} en india | assam=IN-AS; sikkim=IN-SK; uttar pradesh=IN-UP | es-US
subdivision | alexa la capital de {} | telangana=IN-TS; odisha=IN-OD; madhya pradesh=IN-MP | es-US
subdivision | alexa cuál es la capital de {} en la india | jammu y cachemira=IN-JK; ladakh=IN-LA; himachal pradesh=IN-HP
subdivision | alexa la capital del land de {} | baviera=DE-BY; sajonia=DE-SN; hesse=DE-HE
subdivision | alexa cuál es la capital del estado alemán de {} | baja sajonia=DE-NI; turingia=DE-TH; brandeburgo=DE-BB
subdivision | alexa capital de {} en alemania | renania del norte westfalia=DE-NW; baden wurtemberg=DE-BW; sarre=DE-SL
subdivision | alexa cuál es la capital del estado brasileño de {} | bahía=BR-BA; pernambuco=BR-PE; amazonas=BR-AM
subdivision | alexa capital de {} en brasil | minas gerais=BR-MG; paraná=BR-PR; ceará=BR-CE
subdivision | alexa la capital de {} el de brasil | río grande del sur=BR-RS; santa catarina=BR-SC; goiás=BR-GO | es-US
subdivision | alexa cuál es la capital del estado de {} en estados unidos | nueva york=US-NY; pensilvania=US-PA; illinois=US-IL | es-US
subdivision | alexa capital del estado de {} porfa | carolina del sur=US-SC; virginia occidental=US-WV; wisconsin=US-WI | es-US
subdivision | alexa la capital de {} el estado de allá | utah=US-UT; nevada=US-NV; arizona=US-AZ | es-MX
subdivision | alexa cuál es la capital de {} | escocia=GB-SCT; gales=GB-WLS; inglaterra=GB-ENG
subdivision | alexa la capital de irlanda del norte cuál es | GB-NIR
subdivision | alexa capital de las islas {} | feroe=FO; aland=AX; cook=CK
subdivision | alexa cuál es la capital de {} la isla | groenlandia=GL; guam=GU; bermudas=BM
subdivision | alexa qué capital tiene {} el territorio | puerto rico=PR; gibraltar=GI; nueva caledonia=NC
subdivision | alexa cuál es la capital de la polinesia francesa | PF
subdivision | alexa capital de la guayana francesa | GF | es-US
subdivision | alexa cuál es la capital de {} la francesa | martinica=MQ; guadalupe=GP; reunión=RE
subdivision | alexa la capital de las islas {} | malvinas=FK; turcas y caicos=TC; pitcairn=PN
subdivision | alexa cuál es la capital de {} territorio británico | santa elena=SH; anguila=AI; montserrat=MS
subdivision | alexa capital de la isla de {} | navidad=CX; norfolk=NF; man=IM
subdivision | alexa cuál es la capital del sáhara occidental | EH
subdivision | alexa la capital de mayotte | YT
subdivision | alexa cuál es la capital de wallis y futuna | WF
subdivision | alexa la capital de san pedro y miquelón | PM
subdivision | alexa cuál es la capital de niue | NU
subdivision | alexa capital de tokelau | TK
subdivision | alexa cuál es la capital de san bartolomé | BL
subdivision | alexa la capital de la ciudad de méxico | MX-CMX | es-MX
subdivision | alexa cuál es la capital del distrito federal de brasil | BR-DF
subdivision | alexa cuál es la capital de delhi el territorio | IN-DL
subdivision | alexa la capital de chandigarh | IN-CH | es-US
subdivision | alexa capital de puducherry | IN-PY
subdivision | alexa cuál es la capital de hamburgo el estado | DE-HH
subdivision | alexa capital del land de bremen | DE-HB
subdivision | alexa la capital de berlín el land | DE-BE
subdivision | alexa capital de {} el estado | são paulo=BR-SP; río de janeiro=BR-RJ; pará=BR-PA | es-US
subdivision | alexa oye cuál es la capital de {} el estado brasileño | acre=BR-AC; roraima=BR-RR; tocantins=BR-TO | es-MX
subdivision | alexa capital de {} | uttarakhand=IN-UK; jharkhand=IN-JH; chhattisgarh=IN-CG | es-MX
subdivision | alexa capital de {} en el noreste de la india | arunachal pradesh=IN-AR; nagaland=IN-NL; manipur=IN-MN | es-MX
subdivision | alexa la capital de {} en alemania | mecklemburgo=DE-MV; schleswig holstein=DE-SH; renania palatinado=DE-RP | es-US
subdivision | alexa cuál es la capital de {} en brasil | alagoas=BR-AL; sergipe=BR-SE; paraíba=BR-PB | es-US
# out-of-domain: things people say to an Echo that are not a capital question
out-of-domain | alexa qué tiempo va a hacer mañana en cádiz | FB
out-of-domain | alexa pon la chirigota del selu | FB
out-of-domain | alexa cuánto falta pal carnaval | FB
out-of-domain | alexa a qué hora sube la marea en la caleta | FB
out-of-domain | alexa pon carnaval de cádiz en la radio | FB
out-of-domain | alexa cuánto cuesta el litro de aceite de oliva hoy | FB
out-of-domain | alexa a qué hora cierra la alhambra | FB
out-of-domain | alexa cuántos olivos hay en jaén | FB
out-of-domain | alexa pon una sevillana | FB
out-of-domain | alexa cuándo es la ofrenda de flores del pilar | FB
out-of-domain | alexa qué velocidad lleva el cierzo ahora | FB
out-of-domain | alexa pon la jota de aragón | FB
out-of-domain | alexa cuál es la capital de la comarca del somontano | FB
out-of-domain | alexa cuál es la capital de la comarca del bajo aragón | FB
out-of-domain | alexa posa música de rosalía | FB
out-of-domain | alexa a qué hora juega el barça | FB
out-of-domain | alexa cómo se dice buenos días en catalán | FB
out-of-domain | alexa cuál es la capital de la comarca del baix llobregat | FB
out-of-domain | alexa cuándo es la mascletà hoy | FB
out-of-domain | alexa dame una receta de paella valenciana | FB
out-of-domain | alexa cuál es la capital del turia | FB
out-of-domain | alexa pon la radio en euskera | FB
out-of-domain | alexa cuánto ha quedado el athletic | FB
out-of-domain | alexa cómo se dice gracias en euskera | FB
out-of-domain | alexa cuál es la capital de la pelota vasca | FB
out-of-domain | alexa a qué hora pasa el próximo metro en sol | FB
out-of-domain | alexa qué se celebra en san isidro | FB
out-of-domain | alexa pon un chotis | FB
out-of-domain | alexa cuántos habitantes tiene madrid | FB
out-of-domain | alexa cuál es la capital del mazapán | FB
out-of-domain | alexa cuántos molinos hay en consuegra | FB
out-of-domain | alexa léeme el principio del quijote | FB
out-of-domain | alexa quién ganó la lotería de navidad | FB
out-of-domain | alexa pon música de oscar d'león | FB
out-of-domain | alexa cuánto está el dólar en venezuela | FB
out-of-domain | alexa cómo quedó boca juniors | FB
out-of-domain | alexa poneme un tango de gardel | FB
out-of-domain | alexa pon bachata de romeo santos | FB
out-of-domain | alexa cuánto cuesta un vuelo a santo domingo | FB
out-of-domain | alexa recuérdale a la señora que se tome la pastilla a las ocho | FB
out-of-domain | alexa pon la misa de la dos | FB
out-of-domain | alexa cómo se dice gracias en wolof | FB
out-of-domain | alexa qué idioma se habla en senegal | FB
out-of-domain | alexa how do you say bin day in spanish | FB
out-of-domain | alexa cuánto cuesta una pinta en benidorm | FB
out-of-domain | alexa cómo se conjuga el verbo ser | FB
out-of-domain | alexa pon radio italia | FB
out-of-domain | alexa cuántas horas me quedan de guardia | FB
out-of-domain | alexa qué vuelos llegan a barajas ahora | FB
out-of-domain | alexa cuánto tardo de barajas a atocha | FB
out-of-domain | alexa cuántos kilómetros quedan para santiago desde sarria | FB
out-of-domain | alexa cuál es la moneda de japón | FB
out-of-domain | alexa cuántos habitantes tiene china | FB
out-of-domain | alexa qué idioma se habla en suiza | FB
out-of-domain | alexa cuál es el río más largo de europa | FB
out-of-domain | alexa cuál es el país más pequeño del mundo | FB
out-of-domain | alexa cuál es la montaña más alta de áfrica | FB
out-of-domain | alexa qué hora es en australia | FB
out-of-domain | alexa quién es el presidente de francia | FB
out-of-domain | alexa cuántos países hay en áfrica | FB
out-of-domain | alexa cuál es el himno de portugal | FB
out-of-domain | alexa de qué color es la bandera de irlanda | FB
out-of-domain | alexa cuál es la capital de la provincia de jaén | FB
out-of-domain | alexa cuál es la capital de la provincia de huesca | FB
out-of-domain | alexa la capital de la comunidad valenciana | FB
out-of-domain | alexa cuál es la capital de aragón | FB
out-of-domain | alexa cuál es la capital de castilla la mancha | FB
out-of-domain | alexa cuál es la capital de euskadi | FB
out-of-domain | alexa la capital de andalucía cuál es | FB
out-of-domain | alexa cuál es la capital de la costa del sol | FB
out-of-domain | alexa qué significa capital riesgo | FB
out-of-domain | alexa cuánto capital necesito para montar un bar | FB
out-of-domain | alexa qué es una letra capital | FB
out-of-domain | alexa los pecados capitales cuáles son | FB
out-of-domain | alexa cuál es la capital mundial del jamón | FB
out-of-domain | alexa qué tiempo hace en monterrey | FB | es-MX
out-of-domain | alexa cómo quedaron los rayados | FB | es-MX
out-of-domain | alexa pon corridos tumbados | FB | es-MX
out-of-domain | alexa cuánto tiempo se cuece la carne asada | FB | es-MX
out-of-domain | alexa pon música de los tigres del norte | FB | es-MX
out-of-domain | alexa pon mariachi vargas | FB | es-MX
out-of-domain | alexa a qué hora juegan las chivas | FB | es-MX
out-of-domain | alexa cuánto cuesta la entrada a la feria de san marcos | FB | es-MX
out-of-domain | alexa cuál es la capital del tequila | FB | es-MX
out-of-domain | alexa cuál es la capital mundial del mezcal | FB | es-MX
out-of-domain | alexa pon banda el recodo | FB | es-MX
out-of-domain | alexa cuándo empieza el carnaval de mazatlán | FB | es-MX
out-of-domain | alexa cuánto tardan en la garita de san ysidro | FB | es-MX
out-of-domain | alexa cuánto está el dólar hoy en tijuana | FB | es-MX
out-of-domain | alexa cómo se dice hola en tsotsil | FB | es-MX
out-of-domain | alexa cuánto pagan el kilo de café | FB | es-MX
out-of-domain | alexa pon son jarocho | FB | es-MX
out-of-domain | alexa va a llover en veracruz | FB | es-MX
out-of-domain | alexa hay norte en el golfo hoy | FB | es-MX
out-of-domain | alexa cuál es la capital del sargazo | FB | es-MX
out-of-domain | alexa qué temperatura tiene el agua en tulum | FB | es-MX
out-of-domain | alexa cuándo hizo erupción el volcán de colima | FB | es-MX
out-of-domain | alexa cuánto cuesta la caseta a nuevo laredo | FB | es-MX
out-of-domain | alexa qué significa mwen renmen ou | FB | es-MX
out-of-domain | alexa how do you say avocado in spanish | FB | es-MX
out-of-domain | alexa cuántas calorías tiene un taco al pastor | FB | es-MX
out-of-domain | alexa pon la canción de la lotería | FB | es-MX
out-of-domain | alexa qué país tiene más volcanes | FB | es-MX
out-of-domain | alexa cuál es la moneda de guatemala | FB | es-MX
out-of-domain | alexa cuántos estados tiene méxico | FB | es-MX
out-of-domain | alexa qué lengua hablan en chiapas | FB | es-MX
out-of-domain | alexa cuál es la capital de la huasteca potosina | FB | es-MX
out-of-domain | alexa cuál es la capital de la región lagunera | FB | es-MX
out-of-domain | alexa cuál es la capital de la riviera maya | FB | es-MX
out-of-domain | alexa cuál es la capital de la sierra tarahumara | FB | es-MX
out-of-domain | alexa cuál es la capital del norte de méxico | FB | es-MX
out-of-domain | alexa cuál es la capital mundial de la plata | FB | es-MX
out-of-domain | alexa cuál es la capital del mundo maya | FB | es-MX
out-of-domain | alexa cuánto capital necesito para abrir una taquería | FB | es-MX
out-of-domain | alexa qué es el capital contable | FB | es-MX
out-of-domain | alexa pon la de capital de mi corazón | FB | es-MX
out-of-domain | alexa qué hora es en tijuana | FB | es-MX
out-of-domain | alexa despiértame a las cinco pa irme a la obra | FB | es-MX
out-of-domain | alexa pon reggaeton de bad bunny | FB | es-US
out-of-domain | alexa what's the weather in chicago | FB | es-US
out-of-domain | alexa qué temperatura hay en pilsen | FB | es-US
out-of-domain | alexa cuándo es el desfile puertorriqueño | FB | es-US
out-of-domain | alexa how many people live in orlando | FB | es-US
out-of-domain | alexa cuánto cuesta un boleto a san juan | FB | es-US
out-of-domain | alexa pon el partido de los bulls | FB | es-US
out-of-domain | alexa pon salsa de el gran combo | FB | es-US
out-of-domain | alexa cuándo es el próximo huracán | FB | es-US
out-of-domain | alexa pon punta de honduras | FB | es-US
out-of-domain | alexa qué es el mardi gras | FB | es-US
out-of-domain | alexa a qué hora abre el consulado de honduras en nueva orleans | FB | es-US
out-of-domain | alexa pon música criolla peruana | FB | es-US
out-of-domain | alexa cuánto cuesta mandar dinero a lima | FB | es-US
out-of-domain | alexa cuándo paga la planta | FB | es-US
out-of-domain | alexa how cold is it in grand island | FB | es-US
out-of-domain | alexa a qué hora empieza el turno de la noche | FB | es-US
out-of-domain | alexa cuánto pagan la caja de uva | FB | es-US
out-of-domain | alexa pon radio bilingüe | FB | es-US
out-of-domain | alexa what time is it in salt lake | FB | es-US
out-of-domain | alexa cuánta nieve hay en park city | FB | es-US
out-of-domain | alexa set a timer for twenty minutes | FB | es-US
out-of-domain | alexa play some music en español | FB | es-US
out-of-domain | alexa add tortillas to my shopping list | FB | es-US
out-of-domain | alexa what's the capital gains tax | FB | es-US
out-of-domain | alexa cómo se paga el capital de un préstamo | FB | es-US
out-of-domain | alexa llama a capital one | FB | es-US
out-of-domain | alexa what's the capital letter for ñ | FB | es-US
out-of-domain | alexa cuál es la capital de la salsa | FB | es-US
out-of-domain | alexa cuál es la capital del mundo del pollo | FB | es-US
out-of-domain | alexa cuál es la capital del condado de cook | FB | es-US
out-of-domain | alexa la capital de long beach | FB | es-US
out-of-domain | alexa cuál es la capital de la bahía de san francisco | FB | es-US
out-of-domain | alexa cuál es la capital de little village | FB | es-US
out-of-domain | alexa what's the population of mexico | FB | es-US
out-of-domain | alexa cuál es el idioma oficial de estados unidos | FB | es-US
out-of-domain | alexa cuántos estados tiene estados unidos | FB | es-US
out-of-domain | alexa quién es el gobernador de illinois | FB | es-US
out-of-domain | alexa en qué año fue la independencia de puerto rico | FB | es-US
out-of-domain | alexa juguemos geoguessr | FB | es-US
out-of-domain | alexa dame un dato curioso de islandia | FB | es-US
out-of-domain | alexa cuál es la bandera de méxico | FB | es-US
out-of-domain | alexa apaga la luz del cuarto | FB | es-US
out-of-domain | alexa subele el volumen | FB | es-US
out-of-domain | alexa recuérdame la quinceañera el sábado | FB | es-US
out-of-domain | alexa cuántos minutos faltan pa salir del warehouse | FB | es-US
out-of-domain | alexa pon alabanzas cristianas | FB | es-US
out-of-domain | alexa quién canta la de despacito | FB | es-US
out-of-domain | alexa qué distancia hay de fresno a tijuana | FB | es-US
out-of-domain | alexa llama a mi jefe | FB | es-US
# help
help | alexa illo cómo funciona esto | HELP
help | alexa pisha qué tengo que decirte | HELP
help | alexa chacho no sé cómo se juega | HELP
help | alexa maño qué puedo preguntarte | HELP
help | alexa ayúdame zagal | HELP
help | alexa doncs qué hago ahora | HELP
help | alexa xe no me entero de cómo va esto | HELP
help | alexa aupa cómo se usa esto | HELP
help | alexa en plan qué se puede hacer aquí | HELP
help | alexa tronco explícame cómo va | HELP
help | alexa la señora no sabe cómo usar esto ayúdanos | HELP
help | alexa yo no entiende cómo funciona | HELP
help | alexa necesito ayuda con las capitales | HELP
help | alexa cómo le pregunto una capital | HELP
help | alexa chamo cómo es que funciona esto | HELP
help | alexa che cómo se usa | HELP
help | alexa qué cosas sabes de capitales | HELP
help | alexa dame instrucciones | HELP
help | alexa ayuda por favor que estoy perdida | HELP
help | alexa qué opciones tengo | HELP
help | alexa qué onda cómo le hago | HELP | es-MX
help | alexa oye cómo se usa esta madre | HELP | es-MX
help | alexa no le entiendo cómo funciona | HELP | es-MX
help | alexa ayúdame plebe | HELP | es-MX
help | alexa qué le puedo preguntar | HELP | es-MX
help | alexa cómo le pregunto por un estado | HELP | es-MX
help | alexa jefe explíqueme cómo se usa | HELP | es-MX
help | alexa yo no entiendo ayuda por favor | HELP | es-MX
help | alexa cómo se juega esto de las capitales | HELP | es-MX
help | alexa ayuda carnal | HELP | es-MX
help | alexa pos qué hago | HELP | es-MX
help | alexa decime cómo funciona esto | HELP | es-MX
help | alexa instrucciones por favor | HELP | es-MX
help | alexa how does this work | HELP | es-US
help | alexa help me bro | HELP | es-US
help | alexa cómo funciona this thing | HELP | es-US
help | alexa i need help con las capitales | HELP | es-US
help | alexa qué puedo decir | HELP | es-US
help | alexa chacho ayúdame | HELP | es-US
help | alexa mirá cómo se usa esto | HELP | es-US
help | alexa no sé qué preguntar ayuda | HELP | es-US
help | alexa what can i ask you | HELP | es-US
help | alexa cómo le hago pa preguntar | HELP | es-US
help | alexa dime a ver cómo funciona | HELP | es-US
help | alexa ayuda ayuda | HELP | es-US
# stop
stop | alexa para ya pisha | STOP
stop | alexa illo calla | STOP
stop | alexa quillo para | STOP
stop | alexa déjalo chacho | STOP
stop | alexa para maño | STOP
stop | alexa prou | STOP
stop | alexa para ya home | STOP
stop | alexa xe para | STOP
stop | alexa aupa para ya | STOP
stop | alexa cállate tronco | STOP
stop | alexa para en plan ya | STOP
stop | alexa sal de las capitales | STOP
stop | alexa ya está bien para | STOP
stop | alexa termina el juego | STOP
stop | alexa chamo para | STOP
stop | alexa pará che | STOP
stop | alexa para que la señora está durmiendo | STOP
stop | alexa stop please | STOP
stop | alexa fin | STOP
stop | alexa apágate | STOP
stop | alexa ya bájale | STOP | es-MX
stop | alexa ya wey | STOP | es-MX
stop | alexa párale | STOP | es-MX
stop | alexa ya cállate plebe | STOP | es-MX
stop | alexa ahí muere | STOP | es-MX
stop | alexa salte ya | STOP | es-MX
stop | alexa ya estuvo carnal | STOP | es-MX
stop | alexa ya no quiero jugar | STOP | es-MX
stop | alexa detente | STOP | es-MX
stop | alexa termina capitales del mundo | STOP | es-MX
stop | alexa apágale | STOP | es-MX
stop | alexa ya párale jefe | STOP | es-MX
stop | alexa alto | STOP | es-MX
stop | alexa ya no | STOP | es-MX
stop | alexa stop bro | STOP | es-US
stop | alexa shut it off | STOP | es-US
stop | alexa para ya chacho | STOP | es-US
stop | alexa ya maje | STOP | es-US
stop | alexa quit | STOP | es-US
stop | alexa stop the game | STOP | es-US
stop | alexa para eso | STOP | es-US
stop | alexa sal del juego | STOP | es-US
stop | alexa ya mano para | STOP | es-US
stop | alexa okay stop | STOP | es-US
stop | alexa exit capitales del mundo | STOP | es-US
stop | alexa ya terminamos | STOP | es-US
# cancel
cancel | alexa cancela pisha | CANCEL
cancel | alexa illo cancélalo | CANCEL
cancel | alexa cancela eso chacho | CANCEL
cancel | alexa anula maño | CANCEL
cancel | alexa cancela això | CANCEL
cancel | alexa cancela home | CANCEL
cancel | alexa xe cancela | CANCEL
cancel | alexa cancela aupa | CANCEL
cancel | alexa cancela en plan ya | CANCEL
cancel | alexa olvídalo tronco | CANCEL
cancel | alexa déjalo da igual | CANCEL
cancel | alexa nada nada cancela | CANCEL
cancel | alexa cancela lo que te he pedido | CANCEL
cancel | alexa anula la pregunta | CANCEL
cancel | alexa cancela chamo | CANCEL
cancel | alexa cancelá che | CANCEL
cancel | alexa no era eso cancela | CANCEL
cancel | alexa me he equivocado cancela | CANCEL
cancel | alexa cancelar | CANCEL
cancel | alexa olvida la pregunta | CANCEL
cancel | alexa cancélale | CANCEL | es-MX
cancel | alexa cancela wey | CANCEL | es-MX
cancel | alexa olvídalo carnal | CANCEL | es-MX
cancel | alexa cancela plebe | CANCEL | es-MX
cancel | alexa ya no cancela | CANCEL | es-MX
cancel | alexa mejor no cancela | CANCEL | es-MX
cancel | alexa cancela eso jefe | CANCEL | es-MX
cancel | alexa nomás cancela | CANCEL | es-MX
cancel | alexa cancela la pregunta | CANCEL | es-MX
cancel | alexa ahí déjalo | CANCEL | es-MX
cancel | alexa cancela por favor | CANCEL | es-MX
cancel | alexa no era ese cancélalo | CANCEL | es-MX
cancel | alexa cancela ya | CANCEL | es-MX
cancel | alexa olvídalo pues | CANCEL | es-MX
cancel | alexa cancel that | CANCEL | es-US
cancel | alexa cancel bro | CANCEL | es-US
cancel | alexa cancela mano | CANCEL | es-US
cancel | alexa cancela maje | CANCEL | es-US
cancel | alexa forget it | CANCEL | es-US
cancel | alexa nah cancela | CANCEL | es-US
cancel | alexa olvídate de eso | CANCEL | es-US
cancel | alexa cancel please | CANCEL | es-US
cancel | alexa cancela parce | CANCEL | es-US
cancel | alexa no no cancel | CANCEL | es-US
cancel | alexa cancela causa | CANCEL | es-US
cancel | alexa never mind cancela | CANCEL | es-US
# launch: opening the skill by its invocation name
launch | alexa abre capitales del mundo | LAUNCH
launch | alexa illo abre capitales del mundo | LAUNCH
launch | alexa pon capitales del mundo pisha | LAUNCH
launch | alexa inicia capitales del mundo | LAUNCH
launch | alexa maño abre capitales del mundo | LAUNCH
launch | alexa obre capitales del mundo | LAUNCH
launch | alexa abre el juego de capitales del mundo | LAUNCH
launch | alexa vamos a jugar a capitales del mundo | LAUNCH
launch | alexa abre capitales del mundo para la señora | LAUNCH
launch | alexa empieza capitales del mundo | LAUNCH
launch | alexa abre capitales del mundo que estudiamos para el quiz | LAUNCH
launch | alexa lanza capitales del mundo | LAUNCH
launch | alexa abre capitales del mundo wey | LAUNCH | es-MX
launch | alexa ábreme capitales del mundo | LAUNCH | es-MX
launch | alexa pon capitales del mundo pa la tarea | LAUNCH | es-MX
launch | alexa quiero jugar capitales del mundo | LAUNCH | es-MX
launch | alexa abre capitales del mundo pa jugar basta | LAUNCH | es-MX
launch | alexa inicia el juego capitales del mundo | LAUNCH | es-MX
launch | alexa abre capitales del mundo por favor | LAUNCH | es-MX
launch | alexa entra a capitales del mundo | LAUNCH | es-MX
launch | alexa open capitales del mundo | LAUNCH | es-US
launch | alexa abre capitales del mundo bro | LAUNCH | es-US
launch | alexa start capitales del mundo | LAUNCH | es-US
launch | alexa let's play capitales del mundo | LAUNCH | es-US
launch | alexa abre capitales del mundo pa mi clase | LAUNCH | es-US
launch | alexa play capitales del mundo | LAUNCH | es-US
launch | alexa abre la skill capitales del mundo | LAUNCH | es-US
launch | alexa quillo ábreme capitales del mundo que vamos a ensayar | LAUNCH
launch | alexa abre capitales del mundo que el celador quiere jugar | LAUNCH
launch | alexa xe obri capitales del mundo | LAUNCH
launch | alexa aupa abre capitales del mundo para la cuadrilla | LAUNCH
launch | alexa en plan abre capitales del mundo | LAUNCH
launch | alexa chamo abre capitales del mundo | LAUNCH
launch | alexa che abrí capitales del mundo | LAUNCH
launch | alexa yo quiero abrir capitales del mundo por favor | LAUNCH
launch | alexa abre capitales del mundo para el rosco | LAUNCH
launch | alexa qué onda abre capitales del mundo | LAUNCH | es-MX
launch | alexa plebe pon capitales del mundo | LAUNCH | es-MX
launch | alexa jefe abra capitales del mundo | LAUNCH | es-MX
launch | alexa abre capitales del mundo pa la olimpiada | LAUNCH | es-MX
launch | alexa mwen vle capitales del mundo | LAUNCH | es-MX
launch | alexa wepa abre capitales del mundo | LAUNCH | es-US
launch | alexa open up capitales del mundo pa los kids | LAUNCH | es-US
launch | alexa abre capitales del mundo que mi roommate quiere jugar | LAUNCH | es-US
launch | alexa klk abre capitales del mundo | LAUNCH | es-US
launch | alexa start the capitales del mundo skill | LAUNCH | es-US
launch | alexa pregúntale a capitales del mundo cuál es la capital de nepal | NP
launch | alexa pídele a capitales del mundo la capital de bután | BT | es-MX
launch | alexa ask capitales del mundo la capital de eritrea | ER | es-US
# yes-no-check: checking a capital one thinks one knows (expects the place asked about)
yes-no-check | alexa es verdad que la capital de {} es sídney | australia=AU
yes-no-check | alexa la capital de {} es río de janeiro o no | brasil=BR
yes-no-check | alexa a que la capital de {} es estambul | turquía=TR
yes-no-check | alexa illo la capital de marruecos es casablanca verdad | MA
yes-no-check | alexa la capital de suiza es ginebra no | CH
yes-no-check | alexa es zúrich la capital de suiza | CH
yes-no-check | alexa es cierto que la capital de canadá es toronto | CA
yes-no-check | alexa nueva york es la capital de estados unidos verdad | US
yes-no-check | alexa la capital de nigeria es lagos o ya no | NG
yes-no-check | alexa maño la capital de kazajistán sigue siendo almaty | KZ
yes-no-check | alexa la capital de myanmar es rangún | MM
yes-no-check | alexa la capital de vietnam es ho chi minh o hanói | VN
yes-no-check | alexa tanzania tiene de capital dar es salaam verdad | TZ
yes-no-check | alexa a poco la capital de texas es austin y no houston | US-TX | es-MX
yes-no-check | alexa la capital de california es los ángeles verdad | US-CA | es-MX
yes-no-check | alexa neta que la capital de veracruz es xalapa | MX-VER | es-MX
yes-no-check | alexa la capital de baja california es tijuana o mexicali | MX-BCN | es-MX
yes-no-check | alexa la capital de sinaloa es mazatlán o culiacán | MX-SIN | es-MX
yes-no-check | alexa la capital de quintana roo es cancún verdad | MX-ROO | es-MX
yes-no-check | alexa es chetumal la capital de quintana roo | MX-ROO | es-MX
yes-no-check | alexa la capital de jalisco es guadalajara sí o no | MX-JAL | es-MX
yes-no-check | alexa is chicago the capital of illinois | US-IL | es-US
yes-no-check | alexa la capital de illinois es chicago o springfield | US-IL | es-US
yes-no-check | alexa la capital de florida es miami right | US-FL | es-US
yes-no-check | alexa es orlando la capital de florida | US-FL | es-US
yes-no-check | alexa la capital de nueva york es la ciudad de nueva york verdad | US-NY | es-US
yes-no-check | alexa la capital de pensilvania es filadelfia no | US-PA | es-US
yes-no-check | alexa la capital de luisiana es nueva orleans verdad | US-LA | es-US
yes-no-check | alexa sacramento es la capital de california correcto | US-CA | es-US
yes-no-check | alexa es pretoria la capital de sudáfrica o es johannesburgo | ZA | es-US
yes-no-check | alexa la capital de nebraska es omaha right | US-NE | es-US
# self-correction: the speaker corrects themselves mid-sentence
self-correction | alexa la capital de austria no perdona de australia | AU
self-correction | alexa cuál es la capital de suecia digo de suiza | CH
self-correction | alexa la capital de eslovenia no eslovaquia | SK
self-correction | alexa illo la capital de irán no de irak | IQ
self-correction | alexa cuál es la capital de nigeria no espera de níger | NE
self-correction | alexa la capital de gambia uy no de zambia | ZM
self-correction | alexa capital de guinea ecuatorial no perdón de guinea bisáu | GW
self-correction | alexa la capital de mali no de malaui | MW
self-correction | alexa cuál es la capital de letonia bueno no de lituania | LT
self-correction | alexa la capital de la india digo de indonesia | ID
self-correction | alexa la capital de islandia no de irlanda | IE
self-correction | alexa cuál es la capital de dominica perdona de la república dominicana | DO
self-correction | alexa capital de corea del norte no del sur | KR
self-correction | alexa la capital de colombia no espera de columbia británica | CA-BC
self-correction | alexa cuál es la capital de sonora mejor dicho de sinaloa | MX-SIN | es-MX
self-correction | alexa la capital de durango no wey de zacatecas | MX-ZAC | es-MX
self-correction | alexa capital de tabasco no de tamaulipas | MX-TAM | es-MX
self-correction | alexa la capital de colima ay no de coahuila | MX-COA | es-MX
self-correction | alexa la capital de guatemala digo de guanajuato | MX-GUA | es-MX
self-correction | alexa cuál es la capital de paraguay no perdón de uruguay | UY | es-MX
self-correction | alexa la capital de nicaragua no de honduras | HN | es-MX
self-correction | alexa la capital de austria mejor dicho de alemania | DE | es-MX
self-correction | alexa la capital de mongolia no de mauritania | MR | es-MX
self-correction | alexa the capital of iowa no wait ohio | US-OH | es-US
self-correction | alexa la capital de virginia no west virginia | US-WV | es-US
self-correction | alexa capital de carolina del norte no del sur | US-SC | es-US
self-correction | alexa la capital de dakota del sur digo del norte | US-ND | es-US
self-correction | alexa cuál es la capital de maine no de maryland | US-MD | es-US
self-correction | alexa la capital de arkansas sorry de kansas | US-KS | es-US
self-correction | alexa la capital de eslovaquia no espérate de eslovenia | SI | es-US
self-correction | alexa la capital de nueva zelanda digo de nueva guinea | PG | es-US
self-correction | alexa la capital de armenia no de albania | AL | es-US
self-correction | alexa cuál es la capital de samoa no de tonga | TO | es-US
self-correction | alexa la capital de sudán no de suazilandia | SZ | es-US
# reverse-question: which country has this capital
reverse-question | alexa de qué país es capital {} | uagadugú=CITY:Uagadugú; asmara=CITY:Asmara; bamako=CITY:Bamako
reverse-question | alexa {} de qué país es la capital | ulán bator=CITY:Ulán Bator; biskek=CITY:Biskek; dusambé=CITY:Dusambé
reverse-question | alexa illo {} es capital de qué país | tiflis=CITY:Tiflis; ereván=CITY:Ereván; bakú=CITY:Bakú
reverse-question | alexa dónde está {} de qué país es capital | vaduz=CITY:Vaduz; podgorica=CITY:Podgorica; skopie=CITY:Skopie
reverse-question | alexa a qué país pertenece la capital {} | windhoek=CITY:Windhoek; gaborone=CITY:Gaborone; maseru=CITY:Maseru
reverse-question | alexa de qué estado es capital {} | monterrey=CITY:Monterrey; culiacán=CITY:Culiacán; hermosillo=CITY:Hermosillo | es-MX
reverse-question | alexa {} es capital de qué estado | tepic=CITY:Tepic; chilpancingo=CITY:Chilpancingo; pachuca=CITY:Pachuca | es-MX
reverse-question | alexa de qué país es la capital {} wey | tegucigalpa=CITY:Tegucigalpa; managua=CITY:Managua; paramaribo=CITY:Paramaribo | es-MX
reverse-question | alexa chetumal es capital de dónde | CITY:Chetumal | es-MX
reverse-question | alexa which state has the capital {} | boise=CITY:Boise; pierre=CITY:Pierre; montpelier=CITY:Montpelier | es-US
reverse-question | alexa {} es la capital de qué estado | lincoln=CITY:Lincoln; topeka=CITY:Topeka; salem=CITY:Salem | es-US
reverse-question | alexa de dónde es capital {} | springfield=CITY:Springfield; victoria=CITY:Victoria; kingston=CITY:Kingston | es-US
reverse-question | alexa de qué país es capital la paz | CITY:La Paz | es-US
# official-name: the long official name
official-name | alexa cuál es la capital de la república {} | checa=CZ; helénica=GR; argentina=AR
official-name | alexa la capital de la república federal de alemania | DE
official-name | alexa cuál es la capital del reino de {} | marruecos=MA; bélgica=BE; noruega=NO
official-name | alexa capital de la república islámica de {} | irán=IR; pakistán=PK; mauritania=MR
official-name | alexa cuál es la capital de la confederación suiza | CH
official-name | alexa la capital del reino unido de gran bretaña e irlanda del norte | GB
official-name | alexa cuál es la capital de la república popular china | CN
official-name | alexa la capital de la república popular democrática de corea | KP
official-name | alexa cuál es la capital de la república de corea | KR
official-name | alexa cuál es la capital de la federación de rusia | RU
official-name | alexa la capital del gran ducado de luxemburgo | LU
official-name | alexa capital de la república bolivariana de venezuela | VE | es-MX
official-name | alexa cuál es la capital de los estados unidos mexicanos | MX | es-MX
official-name | alexa cuál es la capital del estado plurinacional de bolivia | BO | es-MX
official-name | alexa la capital de la república oriental del uruguay | UY | es-MX
official-name | alexa cuál es la capital de la república federativa de brasil | BR | es-MX
official-name | alexa la capital del estado libre y soberano de {} | jalisco=MX-JAL; oaxaca=MX-OAX; chiapas=MX-CHP | es-MX
official-name | alexa cuál es la capital de la república democrática federal de etiopía | ET | es-MX
official-name | alexa capital de la república árabe de egipto | EG | es-MX
official-name | alexa cuál es la capital del estado libre asociado de puerto rico | PR | es-US
official-name | alexa the capital of the commonwealth of {} | massachusetts=US-MA; virginia=US-VA; kentucky=US-KY | es-US
official-name | alexa cuál es la capital de la república socialista de vietnam | VN | es-US
official-name | alexa cuál es la capital de la república federal de nigeria | NG | es-US
official-name | alexa la capital del reino de arabia saudita | SA | es-US
official-name | alexa la capital de la república democrática del congo | CD | es-US
official-name | alexa capital de la república del congo | CG | es-US
official-name | alexa cuál es la capital de la república de china taiwán | TW | es-US
# everyday-name: the names people actually use
everyday-name | alexa cuál es la capital de holanda | NL
everyday-name | alexa la capital de inglaterra cuál es pisha | GB-ENG
everyday-name | alexa capital de birmania | MM
everyday-name | alexa cuál es la capital de rusia la de siempre | RU
everyday-name | alexa la capital de costa de marfil | CI
everyday-name | alexa cuál es la capital de la república checa que chequia no me sale | CZ
everyday-name | alexa la capital de chequia | CZ
everyday-name | alexa cuál es la capital de macedonia | MK
everyday-name | alexa la capital de suazilandia | SZ
everyday-name | alexa cuál es la capital de los emiratos | AE
everyday-name | alexa capital de arabia saudita | SA | es-MX
everyday-name | alexa cuál es la capital de gringolandia | US | es-MX
everyday-name | alexa la capital del gabacho | US | es-MX
everyday-name | alexa cuál es la capital de la madre patria | ES | es-MX
everyday-name | alexa capital de las bahamas | BS | es-MX
everyday-name | alexa cuál es la capital del vaticano | VA | es-MX
everyday-name | alexa la capital de corea la buena | KR | es-MX
everyday-name | alexa cuál es la capital de timor | TL | es-MX
everyday-name | alexa capital de boriquén | PR | es-US
everyday-name | alexa cuál es la capital de the states | US | es-US
everyday-name | alexa la capital de la isla del encanto | PR | es-US
everyday-name | alexa cuál es la capital de tierra santa | IL+PS | es-US
everyday-name | alexa la capital de persia | IR | es-US
everyday-name | alexa cuál es la capital de ceilán | LK | es-US
everyday-name | alexa la capital de zaire | CD | es-US
everyday-name | alexa capital de la república del congo brazzaville | CG | es-US
everyday-name | alexa la capital de east timor | TL | es-US
everyday-name | alexa cuál es la capital de swazilandia | SZ | es-US
# shared-name: one name for several places
shared-name | alexa cuál es la capital de georgia pisha | GE+US-GA
shared-name | alexa la capital de georgia la de atlanta | US-GA | es-US
shared-name | alexa capital de georgia el país del cáucaso | GE
shared-name | alexa cuál es la capital de los congos | CD+CG | es-MX
shared-name | alexa la capital del congo wey | CD+CG | es-MX
shared-name | alexa cuál es la capital de corea | KP+KR
shared-name | alexa la capital de las guineas | GN+GQ+GW
shared-name | alexa cuál es la capital de nueva guinea | PG
shared-name | alexa la capital de sudán de los dos | SD+SS | es-US
shared-name | alexa cuál es la capital de san martín la isla | MF+SX | es-US
shared-name | alexa la capital de las virginias | US-VA+US-WV | es-US
shared-name | alexa cuál es la capital de samoa | WS
shared-name | alexa capital de washington el estado no la ciudad | US-WA | es-US
shared-name | alexa cuál es la capital de victoria en australia | AU-VIC
shared-name | alexa la capital de la guayana francesa o de guyana | GF+GY
shared-name | alexa cuál es la capital de méxico el país | MX | es-MX
shared-name | alexa la capital del estado de méxico wey | MX-MEX | es-MX
shared-name | alexa cuál es la capital de granada el país | GD
shared-name | alexa capital de dominica la isla no la república | DM | es-US
shared-name | alexa la capital de las dos irlandas | GB-NIR+IE
"""

if __name__ == "__main__":
    build_round(46, "es", LINES, sys.argv, "tests/Eval/es/round46/source/build_corpus.py")
