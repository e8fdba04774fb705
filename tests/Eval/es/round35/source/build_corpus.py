"""Round 35, Spanish (es-ES, es-MX, es-US): a new author's mix of speakers and situations, written blind (brief
WRITER42.md).

Written at the end of the thirty-sixth session by the corpus42-es helper, without the voice model, the simulator, the
skill's code or earlier rounds' halves. Speakers and situations, chosen to differ from rounds 31-34:

es-ES: Catalonia (Barcelona, Girona, a castellers rehearsal, the Sant Joan revetlla, the FGC to Sarrià, a retired SEAT
worker; Catalan code-switching: "nen", "home", "va", "ostres", "digues", "vull dir"), Cádiz and the bay (a chirigota
rehearsal, the Barbate almadraba, a merchant seaman's widow: "pisha", "illo", "quillo"), Valladolid, Burgos and Palencia
(a Peñafiel wine cellar, a cathedral guide: "majo", "ahivá"), Mallorca and Ibiza (a Magaluf hotel kitchen, seasonal
waiters, German and English residents learning Spanish), La Rioja and Navarra (the Haro grape harvest with Romanian
pickers, a San Fermín peña: "pues ala", "ya ves"), Cantabria and León (a Santoña anchovy cannery: "ho", "ye"), the
Albacete fair, Chinese bazaar owners, Filipino carers and Pakistani and Bangladeshi shopkeepers in the Raval (learner
Spanish), a driving school, the AVE café car, a parish quiz, a cruise-ship crew mess, children and teenagers.
es-MX: Guadalajara and Jalisco (a Tequila distillery, a Chivas game, Tlaquepaque mariachis: "ira", "qué onda", "no
manches"), Sinaloa (a Mazatlán shrimp boat, a banda rehearsal: "plebe", "compa", "fierro pariente", "arre"), Sonora (a
Nogales maquiladora, a Cajeme wheat field: "bichi", "ya estuvo", "pariente"), Mexico City (the Pantitlán metro, a taxi,
a quinceañera: "güey", "qué pex", "neta", "chido"), Puebla (a mole kitchen: "mande", "chale"), Veracruz (a danzón in
the zócalo, a Coatepec coffee finca: "ahorita"), Tijuana Spanglish ("simón", "carnal"), Tabasco and a Pemex platform
("ue"), grandmothers ("mijita"), children and teenagers.
es-US: Puerto Ricans in Orlando and Kissimmee (a Publix deli, a Disney shift: "acho", "wepa", "mano", "ay bendito"),
Cubans in Hialeah and Little Havana (a cafecito window, dominoes in Máximo Gómez park: "asere", "qué bolá", "chico",
"compay"), Salvadorans in Los Angeles and Maryland (a Pico-Union pupusería, a construction crew: voseo, "cipote",
"chivo", "puchica", "vaya pues"), Hondurans in New Orleans and Houston (roofers after a hurricane, a baleada stand:
"maje", "catracho"), Colombians in Jackson Heights ("parce", "qué más pues", "bacano"), Nicaraguans in Sweetwater
("idiay", "chele"), Peruvians in Paterson ("pata"), Tejanos in San Antonio ("órale ese"), English-speaking learners and
Spanglish teenagers.

Ways of asking: direct questions, polite requests, imperatives, leading fillers, hesitations and trailing words,
situations, code-switching, follow-ups, yes/no checks with right and wrong guesses, self-corrections with a marker (the
last place named is expected), reverse questions, official, everyday and old names, shared names (Congo, Corea,
Georgia, the Virgin Islands), plurals (every several-capital country and Palestine), subdivisions and territories,
learners, children, teenagers and elders, launch, help, stop, cancel, and out-of-domain lines (near misses: Spanish
autonomous communities and provinces, Mexican and Latin American regions, US counties and boroughs, former states
without a capital in the data, "capital" in other senses, other requests).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# ---------------------------------------------------------------- es-ES
# Cataluña: Barcelona, Girona, Lleida, a Sant Joan revetlla, a castellers rehearsal ("nen", "home", "va", "o sea", "vale")
leading-filler | nen escolta cuál es la capital {} | de suiza=CH; de austria=AT; de hungría=HU
leading-filler | home pues a ver la capital {} cuál era | de eslovenia=SI; de croacia=HR; de serbia=RS
situation | en el ensayo de los castellers el de la pinya pregunta la capital {} | de bosnia=BA; de montenegro=ME; de albania=AL
situation | estamos en la revetlla de sant joan con la coca y mi cuñado no sabe la capital {} | de grecia=GR; de chipre=CY; de malta=MT
situation | bajando del fgc en sarrià mi hijo me pregunta la capital {} | de polonia=PL; de lituania=LT; de estonia=EE
code-switch | va alexa digues la capital de portugal | PT
code-switch | ei alexa quina és la capital d'itàlia bueno de italia | IT
code-switch | alexa ostres no me acuerdo la capital de andorra | AD
code-switch | alexa la capital de bèlgica vull dir de bélgica | BE
elder | mira nena yo trabajé en la seat toda la vida dime la capital de alemania | DE
elder | la capital de francia que mi padre pasó los pirineos andando en el treinta y nueve | FR
trailing-words | la capital de mónaco cuál es nen | MC
trailing-words | y la de liechtenstein cuál es home | LI
hesitation | eh o sea la capital de de luxemburgo | LU
# Cádiz y la bahía: a chirigota rehearsal, a tuna boat in Barbate, the Carranza, the Carnaval ("pisha", "illo", "quillo no", "miarma" avoided)
leading-filler | pisha dime la capital {} | de marruecos=MA; de mauritania=MR; de argelia=DZ
leading-filler | illo illo la capital {} cuál es | de túnez=TN; de libia=LY; de egipto=EG
situation | ensayando la chirigota en la peña nos ha salido una copla y necesitamos la capital {} | de uzbekistán=UZ; de kazajistán=KZ; de kirguistán=KG
situation | en la almadraba de barbate el patrón pregunta la capital {} | de japón=JP; de corea del sur=KR; de vietnam=VN
elder | ay pisha que yo estuve embarcado en un mercante dime la capital de liberia | LR
elder | mi marío navegaba a las canarias y a guinea cuál es la capital de guinea ecuatorial | GQ
trailing-words | la capital de camerún cuál es pisha | CM
trailing-words | la capital de gabón quillo | GA
hesitation | eh eh la capital de de santo tomé y príncipe | ST
teen | bro pisha la capital de turquía que tengo examen mañana | TR
# Valladolid, Burgos, Palencia: a wine cellar in Peñafiel, a Burgos cathedral guide, a Castilian bar ("majo", "ahivá", "a ver majo", "cacho")
leading-filler | ahivá majo cuál es la capital {} | de irlanda=IE; de islandia=IS; de noruega=NO
leading-filler | a ver majete dime la capital {} | de suecia=SE; de finlandia=FI; de dinamarca=DK
situation | en la bodega de peñafiel un cliente de fuera pregunta la capital {} | de australia=AU; de nueva zelanda=NZ; de canadá=CA
situation | de guía en la catedral de burgos un turista me pide la capital {} | de brasil=BR; de argentina=AR; de chile=CL
elder | mi abuela de palencia dice que la capital de rusia era leningrado es verdad | RU
elder | yo cuando la mili en melilla me enteré de cuál era la capital de marruecos dímelo tú | MA
trailing-words | y la capital de letonia majo | LV
hesitation | la capital de eh bielorrusia creo que es minsk no | BY
# Mallorca and Ibiza: a hotel kitchen in Magaluf, a Sóller orange grower, seasonal waiters ("uep", "bono", "al·lot" avoided)
situation | en la cocina del hotel de magaluf el chef alemán pregunta la capital {} | de eslovaquia=SK; de chequia=CZ; de rumanía=RO
situation | currando de temporada en ibiza un camarero senegalés me pregunta la capital {} | de senegal=SN; de gambia=GM; de malí=ML
elder | uep alexa el meu padrí quiere saber la capital de bulgaria | BG
learner | alexa ich bin deutsch yo vivo en mallorca capital de austria cuál es | AT
learner | hello alexa i am english i live in mallorca what is la capital de escocia please | GB-SCT
# La Rioja and Navarra: the grape harvest in Haro, a San Fermín peña, a Pamplona frontón ("ya ves", "pues ala", "ené")
situation | vendimiando en haro con los temporeros rumanos nos preguntamos la capital {} | de moldavia=MD; de ucrania=UA; de georgia el país=GE
situation | en la peña de san fermín el txistulari dice que sabe la capital {} | de arabia saudí=SA; de catar=QA; de kuwait=KW
elder | pues ala dime la capital de argentina que tengo un primo en mendoza | AR
hesitation | la capital de de de nicaragua ya ves tú | NI
trailing-words | y la de honduras cuál es pues ala | HN
# León and Asturias border, Cantabria: a Picos de Europa refugio, a Santander anchovy cannery ("ho", "ye", "carajo" avoided)
situation | en la conservera de santoña la encargada quiere saber la capital {} | de perú=PE; de bolivia la que tiene el gobierno=BO; de paraguay=PY
elder | ho la capital de cuba que mi tío se fue para allá en el veinte | CU
trailing-words | la capital de uruguay cuál ye | UY
hesitation | eh pues la capital de mmm ecuador | EC
# Albacete and Cuenca: the September feria, a knife shop, a Cuenca hanging-houses tour ("nene", "pos", "acho" avoided)
situation | en la feria de albacete en el cacharro de los coches de choque mi nieto pregunta la capital {} | de china=CN; de india=IN; de pakistán=PK
elder | nene tú que sabes de eso cuál es la capital de filipinas | PH
# Chinese bazaar owners, Filipino carers, Pakistani shopkeepers in Barcelona's Raval (learner Spanish)
learner | alexa capital de china cuál es yo no recuerda | CN
learner | alexa mi país filipinas cuál capital tú saber | PH
learner | alexa yo de pakistán dime capital de mi país por favor | PK
learner | alexa capital de bangladés cuál es mi amigo no sabe | BD
learner | alexa tú dice capital de nepal por favor | NP
learner | la capital de sri lanka alexa yo trabajo aquí tienda | LK
learner | alexa capital de vietnam cómo se dice | VN
# Everyday Spain: a driving school, the AVE café car, a parish quiz, a padel-free pharmacy queue, a cruise ship crew mess
situation | en la autoescuela esperando la práctica el profe pregunta la capital {} | de irán=IR; de irak=IQ; de siria=SY
situation | en la cafetería del ave madrid sevilla un señor me reta con la capital {} | de jordania=JO; de líbano=LB; de israel=IL
situation | en el concurso de la parroquia nos ha tocado la pregunta de la capital {} | de etiopía=ET; de eritrea=ER; de yibuti=DJ
situation | en el comedor de tripulación del crucero un filipino pregunta la capital {} | de indonesia=ID; de malasia la de verdad=MY; de singapur=SG
child | alexa la capital de inglaterra es londres o es otra | GB-ENG
child | alexa mi profe dice que la capital de australia no es sídney cuál es | AU
child | alexa cuál es la capital de groenlandia que allí hay osos | GL
child | alexa la capital de islandia donde hay volcanes | IS
child | alexa dime la capital de egipto la de las pirámides | EG
teen | tía en serio cuál es la capital de canadá que no es toronto | CA
teen | alexa porfa la capital de kenia que me juego un bocata | KE
direct | cuál es la capital de tanzania | TZ
direct | capital de uganda | UG
direct | la capital de ruanda | RW
direct | cuál es la capital de burundi | BI
direct | capital de zambia | ZM
direct | la capital de zimbabue | ZW
polite-request | me podrías decir la capital de mozambique por favor | MZ
polite-request | serías tan amable de decirme la capital de angola | AO
polite-request | perdona alexa me dices la capital de namibia | NA
polite-request | haz el favor de decirme la capital de botsuana | BW
imperative | dime ya la capital de lesoto | LS
imperative | búscame la capital de madagascar | MG
imperative | suéltame la capital de mauricio | MU
# es-ES: follow-ups, checks, corrections, reverse, plurals, subdivisions
follow-up | y la de portugal | PT
follow-up | vale y la de grecia nen | GR
follow-up | y de turquía cuál | TR
follow-up | y ahora la de hungría pisha | HU
follow-up | otra más la de rumanía | RO
follow-up | y la de su vecino bulgaria | BG
follow-up | venga y la de noruega majo | NO
follow-up | y de suiza qué | CH
yes-no-check | la capital de turquía es estambul verdad | TR
yes-no-check | es berna la capital de suiza | CH
yes-no-check | la capital de australia es sídney a que sí | AU
yes-no-check | oye es verdad que la capital de marruecos es rabat y no casablanca | MA
yes-no-check | la capital de canadá es toronto o me lo estoy inventando | CA
yes-no-check | es ginebra la capital de suiza pisha | CH
yes-no-check | a que la capital de nueva zelanda es auckland | NZ
yes-no-check | la capital de brasil es río verdad nen | BR
self-correction | la capital de austria no perdona de australia | AU
self-correction | dime la capital de eslovenia digo eslovaquia | SK
self-correction | la capital de suecia uy no de suiza | CH
self-correction | la capital de islandia bueno no de irlanda | IE
self-correction | capital de letonia ay no de lituania quería decir | LT
self-correction | la capital de irak no no la de irán | IR
reverse-question | de qué país es capital lisboa | CITY:Lisboa
reverse-question | budapest es la capital de qué país | CITY:Budapest
reverse-question | de dónde es capital liubliana | CITY:Liubliana
reverse-question | bratislava de qué país es la capital | CITY:Bratislava
reverse-question | reikiavik es capital de dónde | CITY:Reikiavik
reverse-question | la valeta es la capital de qué sitio | CITY:La Valeta
plural-capitals | cuáles son las capitales de los países bajos | NL
plural-capitals | holanda tiene dos capitales no cuáles son | NL
plural-capitals | cuáles son las tres capitales de sudáfrica | ZA
plural-capitals | las capitales de bolivia nen | BO
plural-capitals | dime las dos capitales de malasia | MY
subdivision | cuál es la capital de baviera | DE-BY
subdivision | la capital de sajonia | DE-SN
subdivision | capital de escocia pisha | GB-SCT
subdivision | la capital del país de gales | GB-WLS
subdivision | cuál es la capital de irlanda del norte | GB-NIR
subdivision | la capital de renania del norte-westfalia | DE-NW
subdivision | la capital de baja sajonia | DE-NI
official-name | la capital del reino de marruecos | MA
official-name | cuál es la capital de la república helénica | GR
official-name | capital de la confederación suiza | CH
official-name | la capital del gran ducado de luxemburgo | LU
official-name | la capital de la república francesa | FR
everyday-name | la capital de holanda | NL
everyday-name | cuál es la capital de inglaterra o del reino unido o como se diga | GB
everyday-name | capital de la rusia blanca | BY
everyday-name | la capital de persia antiguamente | IR
everyday-name | cuál es la capital de birmania | MM
shared-name | cuál es la capital de georgia | GE+US-GA
shared-name | la capital de corea nen | KP+KR
shared-name | capital del congo | CD+CG
shared-name | la capital de corea del norte | KP
shared-name | la capital del congo de kinsasa | CD
# es-ES: launch, help, stop, cancel
launch | alexa abre capitales del mundo nen | LAUNCH
launch | alexa inicia capitales del mundo | LAUNCH
launch | alexa arranca el juego de capitales del mundo pisha | LAUNCH
launch | alexa empieza capitales del mundo majo | LAUNCH
launch | alexa pon lo de las capitales que le gusta al abuelo | LAUNCH
launch | alexa quiero capitales del mundo | LAUNCH
help | qué puedo preguntarte aquí | HELP
help | cómo funciona esto nen | HELP
help | ayúdame que no sé qué decir | HELP
help | pisha esto cómo va | HELP
help | qué hay que hacer | HELP
help | explícame cómo se usa | HELP
help | ayuda por favor | HELP
help | no entiendo nada cómo le pregunto | HELP
help | qué cosas sabes hacer majo | HELP
stop | para ya | STOP
stop | alexa calla | STOP
stop | vale ya pisha | STOP
stop | apágate | STOP
stop | se acabó | STOP
stop | déjalo ya nen | STOP
stop | basta ya de capitales | STOP
stop | sal de aquí | STOP
cancel | cancela | CANCEL
cancel | anula eso | CANCEL
cancel | olvídalo | CANCEL
cancel | no no cancela eso majo | CANCEL
cancel | déjalo no era eso | CANCEL
cancel | cancela la pregunta | CANCEL
cancel | nada nada olvida lo que he dicho | CANCEL
cancel | anúlalo pisha | CANCEL
# es-ES: out of domain (Spanish regions and provinces have no capital in the data; other senses; other requests)
out-of-domain | cuál es la capital de cataluña | FB
out-of-domain | la capital de andalucía es sevilla verdad | FB
out-of-domain | capital de la rioja | FB
out-of-domain | cuál es la capital de navarra | FB
out-of-domain | la capital de castilla y león | FB
out-of-domain | la capital de la provincia de cádiz | FB
out-of-domain | cuál es la capital de mallorca | FB
out-of-domain | la capital de las islas baleares | FB
out-of-domain | capital de cantabria | FB
out-of-domain | la capital de aragón cuál es | FB
out-of-domain | cuál es la capital de extremadura | FB
out-of-domain | la capital de la comunidad valenciana | FB
out-of-domain | la capital de castilla-la mancha | FB
out-of-domain | cuál es la capital de la provincia de león | FB
out-of-domain | la capital de la costa brava | FB
out-of-domain | la capital de la sierra de cazorla | FB
out-of-domain | la capital mundial del jamón | FB
out-of-domain | cuánto capital necesito para montar un bar | FB
out-of-domain | el capital social de una sociedad limitada | FB
out-of-domain | qué es un pecado capital | FB
out-of-domain | pon la serie de la casa de papel | FB
out-of-domain | qué tiempo hace mañana en burgos | FB
out-of-domain | cuándo juega el cádiz | FB
out-of-domain | pon música de rosalía | FB
out-of-domain | añade pan a la lista de la compra | FB
out-of-domain | qué hora es en barcelona | FB
out-of-domain | cuéntame un chiste pisha | FB
out-of-domain | pon un temporizador de diez minutos | FB
out-of-domain | a cuánto está el euro | FB
out-of-domain | la capital del imperio austrohúngaro | FB
out-of-domain | cuál era la capital de yugoslavia | FB
out-of-domain | la capital de checoslovaquia | FB
out-of-domain | cuál es la capital de la unión europea | FB
out-of-domain | la capital de escandinavia | FB
out-of-domain | cuál es la capital de europa | FB
out-of-domain | la capital de la atlántida | FB
out-of-domain | capital de tabarnia | FB
out-of-domain | cuál es la capital de al-ándalus | FB
# ---------------------------------------------------------------- es-MX
# Guadalajara and Jalisco: a Tequila distillery, a Chivas game, a Tlaquepaque mariachi, the Tapatío ("ira", "qué onda", "no manches", "tapatío")
leading-filler | ira alexa cuál es la capital {} | de nicaragua=NI; de el salvador=SV; de belice=BZ | es-MX
leading-filler | qué onda alexa la capital {} | de guatemala=GT; de honduras=HN; de costa rica=CR | es-MX
situation | en la destilería de tequila un gringo me pregunta la capital {} | de escocia=GB-SCT; de irlanda=IE; de gales=GB-WLS | es-MX
situation | en el estadio akron en el medio tiempo de las chivas apostamos la capital {} | de colombia=CO; de venezuela=VE; de panamá=PA | es-MX
situation | tocando con el mariachi en tlaquepaque una señora pide la capital {} | de jamaica=JM; de haití=HT; de república dominicana=DO | es-MX
trailing-words | la capital de jamaica cuál es no manches | JM | es-MX
elder | mijo mi compadre se fue de bracero cuál es la capital de estados unidos | US | es-MX
# Sinaloa: Culiacán, Mazatlán's malecón, a shrimp boat, a banda rehearsal ("plebe", "compa", "fierro pariente", "arre")
leading-filler | arre plebe la capital {} cuál es | de argentina=AR; de uruguay=UY; de chile=CL | es-MX
leading-filler | fierro pariente dime la capital {} | de perú=PE; de ecuador=EC; de bolivia=BO | es-MX
situation | en el barco camaronero saliendo de mazatlán el capitán quiere saber la capital {} | de fiyi=FJ; de samoa=WS; de tonga=TO | es-MX
situation | ensayando con la banda el de la tuba pregunta la capital {} | de vanuatu=VU; de islas salomón=SB; de papúa nueva guinea=PG | es-MX
trailing-words | la capital de fiyi compa | FJ | es-MX
teen | plebe alexa la capital de corea del sur pa la tarea | KR | es-MX
# Sonora: Hermosillo, a Nogales maquiladora, a Cajeme wheat field ("bichi", "ya estuvo", "pariente", "a la orden")
situation | en la maquila de nogales el supervisor pregunta la capital {} | de taiwán=TW; de japón=JP; de tailandia=TH | es-MX
situation | en el campo de trigo en cajeme en la sombra nos preguntamos la capital {} | de afganistán=AF; de tayikistán=TJ; de turkmenistán=TM | es-MX
elder | ya estuvo pariente dime la capital de mongolia | MN | es-MX
child | alexa el bichi de mi hermano quiere saber la capital de laos | LA | es-MX
# Mexico City: a chilango taxi, the Metro Pantitlán, Tepito, the UNAM, a quinceañera ("güey", "chido", "qué pex", "neta", "wey")
leading-filler | qué pex güey cuál es la capital {} | de camboya=KH; de myanmar=MM; de brunéi=BN | es-MX
leading-filler | neta no sé la capital {} tú sabes | de bután=BT; de maldivas=MV; de nepal=NP | es-MX
situation | en el metro pantitlán hasta el tope un chavo me pregunta la capital {} | de marruecos=MA; de sudán=SD; de sudán del sur=SS | es-MX
situation | en la fiesta de quince años de mi prima el chambelán no sabe la capital {} | de francia=FR; de italia=IT; de españa=ES | es-MX
situation | en el taxi de aquí a coyoacán el chofer me pregunta la capital {} | de nigeria=NG; de ghana=GH; de togo=TG | es-MX
teen | güey la capital de alemania es berlín o múnich | DE | es-MX
teen | alexa qué pex la capital de ucrania | UA | es-MX
teen | oye alexa bien chido dime la capital de rusia | RU | es-MX
# Puebla and Tlaxcala border: a mole kitchen, Cholula pyramid guide, Talavera pottery ("chale", "a poco", "mande")
situation | moliendo chiles para el mole la tía pregunta la capital {} | de benín=BJ; de burkina faso=BF; de níger=NE | es-MX
elder | mande usted quiero saber la capital de chad | TD | es-MX
elder | ay no me acuerdo de la capital de argelia mijita | DZ | es-MX
hesitation | este este la capital de somalia | SO | es-MX
hesitation | mmm chale la capital de de yemen | YE | es-MX
# Veracruz: the port, a danzón in the zócalo, Xalapa coffee, Tlacotalpan ("chévere" avoided, "ahorita", "ya sabes", "jarocho")
situation | bailando danzón en el zócalo del puerto mi pareja me pregunta la capital {} | de bahamas=BS; de barbados=BB; de trinidad y tobago=TT | es-MX
situation | en la finca de café en coatepec el patrón pregunta la capital {} | de granada la isla=GD; de santa lucía=LC; de dominica=DM | es-MX
trailing-words | la capital de barbados ahorita | BB | es-MX
# Baja California: Tijuana, Ensenada wineries, Mexicali heat ("simón", "carnal", Spanglish)
code-switch | simón carnal what's la capital de canadá | CA | es-MX
code-switch | alexa la capital de inglaterra is london right | GB-ENG | es-MX
code-switch | oye alexa capital of australia la neta | AU | es-MX
# Tabasco and Campeche: an oil platform, a Villahermosa market ("ue", "chocoyo" avoided, "ya ve")
situation | en la plataforma de pemex en la sonda el ingeniero noruego pregunta la capital {} | de noruega=NO; de países bajos=NL; de reino unido=GB | es-MX
elder | ue dime la capital de omán que allá trabaja mi sobrino | OM | es-MX
direct | cuál es la capital de emiratos árabes unidos | AE | es-MX
direct | capital de baréin | BH | es-MX
direct | la capital de catar | QA | es-MX
polite-request | me haces el favor de decirme la capital de armenia | AM | es-MX
polite-request | fíjate alexa que quiero saber la capital de azerbaiyán | AZ | es-MX
polite-request | podrías decirme porfa la capital de georgia el país | GE | es-MX
imperative | dime rápido la capital de kiribati | KI | es-MX
imperative | échame la capital de tuvalu | TV | es-MX
imperative | pásame la capital de nauru | NR | es-MX
imperative | dime la capital de palaos | PW | es-MX
direct | cuál es la capital de micronesia | FM | es-MX
direct | la capital de las islas marshall | MH | es-MX
child | alexa cuál es la capital de timor oriental | TL | es-MX
child | alexa mi maestra dice que la capital de comoras es moroni es cierto | KM | es-MX
child | alexa la capital de madagascar donde viven los lémures | MG | es-MX
# es-MX: follow-ups, checks, corrections, reverse, plurals, subdivisions, names
follow-up | y la de honduras | HN | es-MX
follow-up | órale y la de el salvador | SV | es-MX
follow-up | y pa guatemala | GT | es-MX
follow-up | y luego la de cuba | CU | es-MX
follow-up | ahora la de belice pues | BZ | es-MX
follow-up | y la de costa rica güey | CR | es-MX
follow-up | y la de jalisco | MX-JAL | es-MX
follow-up | y la de sonora pariente | MX-SON | es-MX
yes-no-check | la capital de jalisco es guadalajara verdad | MX-JAL | es-MX
yes-no-check | es culiacán la capital de sinaloa o es mazatlán | MX-SIN | es-MX
yes-no-check | la capital de veracruz es el puerto de veracruz a poco no | MX-VER | es-MX
yes-no-check | neta la capital de baja california es mexicali y no tijuana | MX-BCN | es-MX
yes-no-check | la capital de belice es belmopan sí o no | BZ | es-MX
yes-no-check | es cierto que la capital de brasil es brasilia | BR | es-MX
yes-no-check | la capital de colombia es medellín verdad | CO | es-MX
yes-no-check | es la habana la capital de cuba | CU | es-MX
self-correction | la capital de sonora no perdón de sinaloa | MX-SIN | es-MX
self-correction | dime la capital de nicaragua ay no de honduras | HN | es-MX
self-correction | la capital de guatemala mejor dicho de el salvador | SV | es-MX
self-correction | capital de tabasco no espérate de campeche | MX-CAM | es-MX
self-correction | la capital de chile este no de perú | PE | es-MX
self-correction | cuál es la capital de paraguay o sea de uruguay | UY | es-MX
reverse-question | de qué país es capital tegucigalpa | CITY:Tegucigalpa | es-MX
reverse-question | managua es capital de qué país | CITY:Managua | es-MX
reverse-question | hermosillo es la capital de qué estado | CITY:Hermosillo | es-MX
reverse-question | culiacán de qué estado es capital | CITY:Culiacán | es-MX
reverse-question | de dónde es capital chetumal | CITY:Chetumal | es-MX
reverse-question | belmopan de qué país es | CITY:Belmopan | es-MX
plural-capitals | cuáles son las capitales de bolivia | BO | es-MX
plural-capitals | dime las capitales de sri lanka | LK | es-MX
plural-capitals | qué capitales tiene costa de marfil | CI | es-MX
plural-capitals | cuáles son las dos capitales de benín | BJ | es-MX
plural-capitals | las capitales de esuatini cuáles son | SZ | es-MX
plural-capitals | cuáles son las capitales de palestina | PS | es-MX
subdivision | cuál es la capital de sinaloa | MX-SIN | es-MX
subdivision | la capital de sonora | MX-SON | es-MX
subdivision | capital de tabasco | MX-TAB | es-MX
subdivision | la capital de campeche güey | MX-CAM | es-MX
subdivision | cuál es la capital de tlaxcala | MX-TLA | es-MX
subdivision | la capital del estado de puebla | MX-PUE | es-MX
subdivision | la capital de veracruz | MX-VER | es-MX
subdivision | cuál es la capital de nayarit | MX-NAY | es-MX
subdivision | capital de durango | MX-DUR | es-MX
subdivision | la capital de guerrero | MX-GRO | es-MX
subdivision | cuál es la capital del edomex | MX-MEX | es-MX
subdivision | la capital de tamaulipas | MX-TAM | es-MX
subdivision | la capital de quintana roo | MX-ROO | es-MX
subdivision | capital de chihuahua | MX-CHH | es-MX
subdivision | cuál es la capital de morelos | MX-MOR | es-MX
subdivision | la capital de baja california sur | MX-BCS | es-MX
subdivision | la capital de texas | US-TX | es-MX
subdivision | cuál es la capital de california | US-CA | es-MX
official-name | la capital de los estados unidos mexicanos | MX | es-MX
official-name | capital de la república bolivariana de venezuela | VE | es-MX
official-name | la capital de la república oriental del uruguay | UY | es-MX
official-name | cuál es la capital de la república popular china | CN | es-MX
official-name | la capital del estado plurinacional de bolivia | BO | es-MX
everyday-name | cuál es la capital del gabacho | US | es-MX
everyday-name | la capital de gringolandia | US | es-MX
everyday-name | la capital de la madre patria | ES | es-MX
everyday-name | capital de suazilandia | SZ | es-MX
everyday-name | la capital de honduras británica | BZ | es-MX
shared-name | la capital de los dos congos | CD+CG | es-MX
shared-name | cuál es la capital de las coreas | KP+KR | es-MX
shared-name | capital de georgia | GE+US-GA | es-MX
shared-name | la capital de georgia el estado gringo | US-GA | es-MX
shared-name | la capital de las islas vírgenes británicas | VG | es-MX
# es-MX: launch, help, stop, cancel
launch | alexa abre capitales del mundo porfa | LAUNCH | es-MX
launch | alexa ábreme capitales del mundo güey | LAUNCH | es-MX
launch | alexa juguemos capitales del mundo | LAUNCH | es-MX
launch | alexa pon el de capitales del mundo mija | LAUNCH | es-MX
launch | alexa inicia capitales del mundo plebe | LAUNCH | es-MX
help | cómo le hago | HELP | es-MX
help | qué le pregunto | HELP | es-MX
help | ayúdame porfa | HELP | es-MX
help | cómo se juega esto | HELP | es-MX
help | no le entiendo cómo funciona | HELP | es-MX
help | mande qué tengo que decir | HELP | es-MX
help | qué onda cómo se usa esto | HELP | es-MX
help | necesito ayuda güey | HELP | es-MX
stop | ya párale | STOP | es-MX
stop | ya estuvo | STOP | es-MX
stop | ya cállate | STOP | es-MX
stop | bájale ya alexa | STOP | es-MX
stop | ya no quiero jugar | STOP | es-MX
stop | detente | STOP | es-MX
stop | sácate | STOP | es-MX
stop | ya bye | STOP | es-MX
cancel | cancélalo | CANCEL | es-MX
cancel | no no cancela | CANCEL | es-MX
cancel | ya olvídalo güey | CANCEL | es-MX
cancel | mejor no cancela eso | CANCEL | es-MX
cancel | cancela porfa | CANCEL | es-MX
cancel | no era eso cancélalo | CANCEL | es-MX
cancel | ahí muere cancela | CANCEL | es-MX
cancel | cancela lo que te pedí | CANCEL | es-MX
# es-MX: out of domain
out-of-domain | cuál es la capital de la huasteca | FB | es-MX
out-of-domain | la capital del mariachi | FB | es-MX
out-of-domain | cuál es la capital mundial del tequila | FB | es-MX
out-of-domain | la capital de la sierra tarahumara | FB | es-MX
out-of-domain | la capital de la riviera maya | FB | es-MX
out-of-domain | la capital del bajío | FB | es-MX
out-of-domain | cuál es la capital de la península de yucatán | FB | es-MX
out-of-domain | la capital de la comarca lagunera | FB | es-MX
out-of-domain | cuál es la capital de tenochtitlan | FB | es-MX
out-of-domain | la capital del imperio azteca | FB | es-MX
out-of-domain | la capital de los mayas | FB | es-MX
out-of-domain | la capital de mesoamérica | FB | es-MX
out-of-domain | cuál es la capital de centroamérica | FB | es-MX
out-of-domain | la capital de la nueva españa | FB | es-MX
out-of-domain | la capital de la gran colombia | FB | es-MX
out-of-domain | cuánto capital ocupo para abrir una taquería | FB | es-MX
out-of-domain | qué es capital de trabajo | FB | es-MX
out-of-domain | pon música de peso pluma | FB | es-MX
out-of-domain | cuándo juegan las chivas | FB | es-MX
out-of-domain | a cómo está el dólar | FB | es-MX
out-of-domain | qué clima hace en monterrey | FB | es-MX
out-of-domain | pon una alarma a las seis | FB | es-MX
out-of-domain | cuéntame un chiste de pepito | FB | es-MX
out-of-domain | cómo se hace el pozole | FB | es-MX
out-of-domain | llama a mi mamá | FB | es-MX
out-of-domain | cuál es la capital del mundo del taco | FB | es-MX
out-of-domain | la capital de tepito | FB | es-MX
out-of-domain | cuál es la capital de la luna | FB | es-MX
out-of-domain | qué significa pena capital | FB | es-MX
out-of-domain | la capital de la colonia roma | FB | es-MX
out-of-domain | cuál es la capital de cancún | FB | es-MX
# ---------------------------------------------------------------- es-US
# Puerto Ricans in Orlando and Kissimmee: a Publix deli, a Disney costume shift, a coquí-flag pickup truck ("wepa", "acho", "mano", "brutal", "chavos")
leading-filler | acho mano cuál es la capital {} | de santa lucía=LC; de san vicente y las granadinas=VC; de antigua y barbuda=AG | es-US
leading-filler | wepa alexa dime la capital {} | de san cristóbal y nieves=KN; de granada=GD; de dominica=DM | es-US
situation | en el deli del publix en kissimmee una clienta me pregunta la capital {} | de surinam=SR; de guyana=GY; de trinidad=TT | es-US
situation | en el break del turno en disney los compañeros apuestan la capital {} | de finlandia=FI; de estonia=EE; de letonia=LV | es-US
subdivision | acho cuál es la capital de puerto rico | PR | es-US
subdivision | la capital de la isla del encanto mano | PR | es-US
subdivision | la capital de florida | US-FL | es-US
yes-no-check | la capital de florida es miami verdad | US-FL | es-US
elder | ay bendito mijo la capital de haití cuál es | HT | es-US
teen | bro la capital de jamaica is kingston right | JM | es-US
# Cubans in Hialeah and Little Havana: a cafecito window, dominoes in Máximo Gómez park, a botánica ("asere", "qué bolá", "chico", "mi vida", "compay")
leading-filler | asere qué bolá la capital {} | de angola=AO; de mozambique=MZ; de guinea-bisáu=GW | es-US
leading-filler | oye chico cuál es la capital {} | de cabo verde=CV; de guinea=GN; de sierra leona=SL | es-US
situation | en la ventanita del cafecito en la calle ocho un viejo me pregunta la capital {} | de rusia=RU; de bielorrusia=BY; de ucrania=UA | es-US
situation | jugando dominó en el parque máximo gómez salió la discusión de la capital {} | de vietnam=VN; de corea del norte=KP; de laos=LA | es-US
elder | mi vida la capital de cuba es la habana eso lo sabe todo el mundo verdad | CU | es-US
elder | compay yo estudié en la unión soviética cuál es la capital de checoslovaquia ahora o sea chequia | CZ | es-US
trailing-words | la capital de angola cuál es asere | AO | es-US
# Salvadorans in Los Angeles and the DC area: a pupusería in Pico-Union, a construction crew in Maryland ("vos", "cipote", "chivo", "puchica", "vaya pues")
leading-filler | vaya pues decime la capital {} | de el salvador=SV; de guatemala=GT; de méxico=MX | es-US
leading-filler | puchica vos sabés la capital {} | de kenia=KE; de tanzania=TZ; de uganda=UG | es-US
situation | en la pupusería de pico-union una cipota pregunta la capital {} | de egipto=EG; de israel=IL; de palestina=PS | es-US
situation | en la obra en silver spring el foreman pregunta la capital {} | de maryland=US-MD; de virginia=US-VA; de delaware=US-DE | es-US
child | alexa está chivo la capital de el salvador cuál es | SV | es-US
elder | decime vos la capital de nicaragua que ya se me olvidó | NI | es-US
# Hondurans in New Orleans and Houston: roofing crews after a storm, a baleada stand ("catracho", "maje", "vaya pues", "cheque")
situation | techando casas en kenner después del huracán el maje pregunta la capital {} | de luisiana=US-LA; de misisipi=US-MS; de alabama=US-AL | es-US
situation | en el puesto de baleadas en houston un cliente pregunta la capital {} | de texas=US-TX; de oklahoma=US-OK; de arkansas=US-AR | es-US
trailing-words | la capital de honduras cuál es maje | HN | es-US
yes-no-check | maje la capital de honduras es san pedro sula verdad | HN | es-US
# Colombians in Queens (Jackson Heights) and Kendall: a bakery, a panadería, a salsa club ("parce", "qué más pues", "bacano", "mijo", "pues sí")
leading-filler | parce cuál es la capital {} | de colombia=CO; de venezuela=VE; de ecuador=EC | es-US
leading-filler | qué más pues alexa la capital {} | de nueva jersey=US-NJ; de connecticut=US-CT; de pensilvania=US-PA | es-US
situation | en la panadería de jackson heights la señora del pandebono pregunta la capital {} | de nueva york=US-NY; de massachusetts=US-MA; de rhode island=US-RI | es-US
teen | parce qué bacano dime la capital de italia | IT | es-US
# Nicaraguans in Sweetwater, Peruvians in Paterson, Tejanos in San Antonio
leading-filler | idiay chele la capital {} cuál es | de irán=IR; de pakistán=PK; de afganistán=AF | es-US
situation | en la pollería de paterson un pata me pregunta la capital {} | de perú=PE; de chile=CL; de argentina=AR | es-US
situation | en la carne asada en el westside de san antonio el tío pregunta la capital {} | de nuevo méxico=US-NM; de arizona=US-AZ; de colorado=US-CO | es-US
code-switch | órale ese what's la capital de texas | US-TX | es-US
code-switch | hey alexa como se dice the capital of mexico | MX | es-US
code-switch | alexa what is la capital de perú please | PE | es-US
code-switch | alexa cuál es the capital de nueva york | US-NY | es-US
code-switch | alexa la capital de georgia the state not the country | US-GA | es-US
code-switch | oye alexa so like cuál es la capital de illinois | US-IL | es-US
learner | alexa mi español no es bueno cuál es capital de francia | FR | es-US
learner | alexa yo aprendo español la capital de alemania es | DE | es-US
learner | alexa capital de japón por favor gracias | JP | es-US
direct | cuál es la capital de washington el estado | US-WA | es-US
direct | capital de oregón | US-OR | es-US
direct | la capital de nevada | US-NV | es-US
direct | cuál es la capital de utah | US-UT | es-US
direct | capital de hawái | US-HI | es-US
direct | la capital de alaska | US-AK | es-US
polite-request | me puedes decir por favor la capital de carolina del norte | US-NC | es-US
polite-request | me dices la capital de carolina del sur porfa | US-SC | es-US
polite-request | si no es molestia la capital de tennessee | US-TN | es-US
imperative | dime la capital de kentucky | US-KY | es-US
imperative | búscame la capital de míchigan | US-MI | es-US
imperative | dime la capital de ohio ahora | US-OH | es-US
# es-US: follow-ups, checks, corrections, reverse, plurals, names
follow-up | y la de arizona | US-AZ | es-US
follow-up | okay y la de nevada | US-NV | es-US
follow-up | y la de colorado parce | US-CO | es-US
follow-up | y la de puerto rico mano | PR | es-US
follow-up | y la de república dominicana | DO | es-US
follow-up | ahora dime la de haití | HT | es-US
follow-up | y la de cuba asere | CU | es-US
follow-up | y de nicaragua vos | NI | es-US
yes-no-check | la capital de texas es houston right | US-TX | es-US
yes-no-check | es sacramento la capital de california | US-CA | es-US
yes-no-check | la capital de nueva york es la ciudad de nueva york verdad | US-NY | es-US
yes-no-check | parce la capital de colombia es bogotá cierto | CO | es-US
yes-no-check | la capital de el salvador es san miguel vos | SV | es-US
yes-no-check | la capital de illinois es chicago no | US-IL | es-US
yes-no-check | es verdad que la capital de pensilvania es harrisburg y no filadelfia | US-PA | es-US
yes-no-check | la capital de nicaragua es granada o managua | NI | es-US
self-correction | la capital de texas no wait de oklahoma | US-OK | es-US
self-correction | dime la capital de nevada perdón de utah | US-UT | es-US
self-correction | capital de virginia no de virginia occidental | US-WV | es-US
self-correction | la capital de carolina del norte mejor dicho del sur | US-SC | es-US
self-correction | la capital de puerto rico acho no de república dominicana | DO | es-US
self-correction | cuál es la capital de iowa digo de ohio | US-OH | es-US
reverse-question | tallahassee es la capital de qué estado | CITY:Tallahassee | es-US
reverse-question | de qué estado es capital sacramento | CITY:Sacramento | es-US
reverse-question | san juan es la capital de dónde | CITY:San Juan | es-US
reverse-question | de qué país es capital santo domingo | CITY:Santo Domingo | es-US
reverse-question | la habana es capital de qué país | CITY:La Habana | es-US
reverse-question | de qué país es capital san salvador | CITY:San Salvador | es-US
plural-capitals | cuáles son las capitales de sudáfrica mano | ZA | es-US
plural-capitals | dime las capitales de holanda | NL | es-US
plural-capitals | cuáles son las capitales de malasia | MY | es-US
plural-capitals | las dos capitales de costa de marfil cuáles son | CI | es-US
plural-capitals | cuáles son las capitales de suazilandia | SZ | es-US
plural-capitals | las capitales de benín | BJ | es-US
plural-capitals | qué capitales tiene sri lanka | LK | es-US
plural-capitals | dime las capitales de palestina | PS | es-US
official-name | la capital de los estados unidos de américa | US | es-US
official-name | cuál es la capital de la república dominicana | DO | es-US
official-name | la capital de la república de corea | KR | es-US
official-name | capital de la república islámica de irán | IR | es-US
official-name | la capital de la federación rusa | RU | es-US
everyday-name | la capital de la unión americana | US | es-US
everyday-name | la capital de eeuu | US | es-US
everyday-name | cuál es la capital de zaire | CD | es-US
everyday-name | capital de rodesia | ZW | es-US
everyday-name | la capital de dahomey | BJ | es-US
shared-name | la capital de georgia mano | GE+US-GA | es-US
shared-name | cuál es la capital del congo parce | CD+CG | es-US
shared-name | la capital de las islas vírgenes | VG+VI | es-US
shared-name | la capital de las islas vírgenes americanas | VI | es-US
shared-name | la capital de corea del sur vos | KR | es-US
shared-name | cuál es la capital del congo brazzaville | CG | es-US
# es-US: launch, help, stop, cancel
launch | alexa abre capitales del mundo por fa | LAUNCH | es-US
launch | alexa open capitales del mundo | LAUNCH | es-US
launch | alexa empieza capitales del mundo mano | LAUNCH | es-US
launch | alexa pon capitales del mundo asere | LAUNCH | es-US
launch | alexa abrir capitales del mundo | LAUNCH | es-US
help | help cómo funciona | HELP | es-US
help | cómo se usa esto mano | HELP | es-US
help | qué le puedo preguntar | HELP | es-US
help | necesito help | HELP | es-US
help | ayúdame con esto parce | HELP | es-US
help | qué hago ahora | HELP | es-US
help | no sé cómo usar esto ayuda | HELP | es-US
help | cómo es que funciona esta cosa | HELP | es-US
stop | stop | STOP | es-US
stop | para ya mano | STOP | es-US
stop | ya párate | STOP | es-US
stop | okay ya stop | STOP | es-US
stop | ya está bueno | STOP | es-US
stop | cállate ya | STOP | es-US
stop | termina | STOP | es-US
stop | no quiero más gracias adiós | STOP | es-US
cancel | cancel | CANCEL | es-US
cancel | cancela eso mano | CANCEL | es-US
cancel | nah cancélalo | CANCEL | es-US
cancel | olvídalo asere | CANCEL | es-US
cancel | never mind cancela | CANCEL | es-US
cancel | no espérate cancela | CANCEL | es-US
cancel | quítalo cancela | CANCEL | es-US
cancel | cancela por favor parce | CANCEL | es-US
# es-US: out of domain (counties, cities, regions and boroughs without a capital in the data; other senses; other requests)
out-of-domain | cuál es la capital del condado de miami-dade | FB | es-US
out-of-domain | la capital del bronx | FB | es-US
out-of-domain | cuál es la capital de queens | FB | es-US
out-of-domain | la capital de little havana | FB | es-US
out-of-domain | la capital de los ángeles | FB | es-US
out-of-domain | cuál es la capital de nueva inglaterra | FB | es-US
out-of-domain | la capital del medio oeste | FB | es-US
out-of-domain | capital del sur de california | FB | es-US
out-of-domain | cuál es la capital de long island | FB | es-US
out-of-domain | la capital de los cayos de florida | FB | es-US
out-of-domain | la capital de la confederación del sur | FB | es-US
out-of-domain | cuál es la capital de la pequeña habana | FB | es-US
out-of-domain | la capital de olancho | FB | es-US
out-of-domain | la capital de antioquia | FB | es-US
out-of-domain | cuál es la capital del cibao | FB | es-US
out-of-domain | la capital de pinar del río | FB | es-US
out-of-domain | cuál es la capital del departamento de la libertad | FB | es-US
out-of-domain | la capital de la provincia de buenos aires | FB | es-US
out-of-domain | capital de la patagonia | FB | es-US
out-of-domain | la capital de la amazonía peruana | FB | es-US
out-of-domain | cuál es la capital de san miguel en el salvador | FB | es-US
out-of-domain | la capital del caribe | FB | es-US
out-of-domain | cuál es la capital de latinoamérica | FB | es-US
out-of-domain | la capital de áfrica | FB | es-US
out-of-domain | cuál es la capital de sudamérica | FB | es-US
out-of-domain | la capital de la salsa | FB | es-US
out-of-domain | abre la app de capital one | FB | es-US
out-of-domain | cuánto tengo en capital one | FB | es-US
out-of-domain | pon bad bunny | FB | es-US
out-of-domain | cuándo es el próximo partido de los heat | FB | es-US
out-of-domain | cómo saco la green card | FB | es-US
out-of-domain | qué hora es en tegucigalpa | FB | es-US
out-of-domain | qué tiempo va a hacer en hialeah | FB | es-US
out-of-domain | cuánto cuesta un boleto a san juan | FB | es-US
out-of-domain | llama a mi tía en puerto rico | FB | es-US
out-of-domain | pon las noticias de univision | FB | es-US
out-of-domain | apaga las luces de la sala | FB | es-US
out-of-domain | cómo se dice capital en inglés | FB | es-US
out-of-domain | dime un trabalenguas | FB | es-US
out-of-domain | cuál es el capital de mi préstamo | FB | es-US
# ---------------------------------------------------------------- second batch: all locales
# help, stop, cancel in everyday wordings
help | alexa qué se supone que tengo que decirte | HELP
help | oye y esto de las capitales cómo se juega | HELP
help | me echas una mano que no me aclaro | HELP
help | a ver explícamelo otra vez que soy de pueblo | HELP
help | no me entero de qué va esto nen | HELP
help | instrucciones | HELP
help | qué opciones tengo | HELP | es-MX
help | y ahora qué le digo a esta cosa | HELP | es-MX
help | ay no sé cómo preguntarle ayúdame mija | HELP | es-MX
help | explícame cómo jugar plebe | HELP | es-MX
help | ayuda ayuda | HELP | es-US
help | qué tú haces tú me puedes ayudar | HELP | es-US
help | vos cómo funcionás | HELP | es-US
help | necesito que me expliques esto asere | HELP | es-US
stop | corta ya | STOP
stop | calla un rato nen | STOP
stop | ya vale de capitales por hoy | STOP
stop | chitón | STOP
stop | para para para | STOP
stop | ya no más güey | STOP | es-MX
stop | ya bájale de volumen y cállate | STOP | es-MX
stop | adiós alexa ya me voy a dormir | STOP | es-MX
stop | órale ya párale plebe | STOP | es-MX
stop | ya asere para eso | STOP | es-US
stop | bye bye alexa | STOP | es-US
stop | stop stop ya | STOP | es-US
stop | ya no quiero jugar más mano | STOP | es-US
stop | cállate vos | STOP | es-US
cancel | déjalo estar | CANCEL
cancel | cancela eso que te he dicho | CANCEL
cancel | no quería eso anúlalo | CANCEL
cancel | uy me he equivocado cancela | CANCEL
cancel | cancela cancela | CANCEL
cancel | mejor olvídalo compa | CANCEL | es-MX
cancel | ándale cancela | CANCEL | es-MX
cancel | no ya no cancélalo mijo | CANCEL | es-MX
cancel | cancela la última pregunta | CANCEL | es-MX
cancel | cancelá eso vos | CANCEL | es-US
cancel | nada cancela maje | CANCEL | es-US
cancel | wait no cancel cancel | CANCEL | es-US
cancel | olvídate de eso cancela | CANCEL | es-US
# more out-of-domain near misses and other requests
out-of-domain | cuál es la capital de galicia | FB
out-of-domain | la capital del país vasco | FB
out-of-domain | cuál es la capital de asturias | FB
out-of-domain | la capital de murcia | FB
out-of-domain | capital de la comunidad de madrid | FB
out-of-domain | cuál es la capital del bierzo | FB
out-of-domain | la capital de la alpujarra | FB
out-of-domain | cuál es la capital de tenerife | FB
out-of-domain | la capital de ibiza | FB
out-of-domain | la capital del priorat | FB
out-of-domain | cuál es la capital del rosellón | FB
out-of-domain | la capital de la bretaña francesa | FB
out-of-domain | la capital de la toscana | FB
out-of-domain | cuál es la capital de sicilia | FB
out-of-domain | la capital de la región de murcia en tiempos de los moros | FB
out-of-domain | qué es el capital de marx | FB
out-of-domain | pon la radio cadena ser | FB
out-of-domain | cuánto queda para navidad | FB
out-of-domain | la capital de los altos de jalisco | FB | es-MX
out-of-domain | cuál es la capital de la región mixteca | FB | es-MX
out-of-domain | la capital del istmo de tehuantepec | FB | es-MX
out-of-domain | cuál es la capital de la sierra gorda | FB | es-MX
out-of-domain | la capital de la zona rosa | FB | es-MX
out-of-domain | la capital de neza | FB | es-MX
out-of-domain | cuál es la capital de los mochis | FB | es-MX
out-of-domain | capital del valle de guadalupe | FB | es-MX
out-of-domain | pon corridos tumbados | FB | es-MX
out-of-domain | cuánto falta para el día de muertos | FB | es-MX
out-of-domain | cuál es la capital de la provincia de santa fe | FB | es-US
out-of-domain | la capital del valle del cauca | FB | es-US
out-of-domain | cuál es la capital de la provincia de santiago en república dominicana | FB | es-US
out-of-domain | la capital del condado de harris | FB | es-US
out-of-domain | cuál es la capital de brooklyn | FB | es-US
out-of-domain | la capital de el paso | FB | es-US
out-of-domain | capital de la bahía de tampa | FB | es-US
out-of-domain | cuál es la capital de la cordillera de los andes | FB | es-US
out-of-domain | cuál es la capital de la unión soviética | FB | es-US
# official names
official-name | la capital del reino de españa | ES
official-name | cuál es la capital de la república italiana | IT
official-name | la capital de la república portuguesa | PT
official-name | la capital del principado de andorra nen | AD
official-name | cuál es la capital de la república checa | CZ
official-name | la capital de la república federal de alemania | DE
official-name | la capital del reino hachemita de jordania | JO | es-MX
official-name | cuál es la capital de la república islámica de mauritania | MR | es-MX
official-name | la capital de la república popular democrática de corea | KP | es-MX
official-name | capital del reino unido de gran bretaña e irlanda del norte | GB | es-US
official-name | la capital de la república libanesa | LB | es-US
official-name | la capital del estado de la ciudad del vaticano | VA | es-US
# shared names and plurals
shared-name | la capital de corea la de abajo | KR
shared-name | capital de los congos | CD+CG
shared-name | georgia cuál es su capital | GE+US-GA
shared-name | la capital de las dos coreas | KP+KR | es-MX
shared-name | la capital de la república democrática del congo | CD | es-MX
shared-name | la capital de corea güey | KP+KR | es-MX
shared-name | la capital de las vírgenes de ee uu | VI | es-US
shared-name | cuál es la capital de georgia allá por rusia | GE | es-US
plural-capitals | cuántas capitales tiene bolivia y cuáles son | BO
plural-capitals | dime las capitales de benín nen | BJ
plural-capitals | las tres capitales de sudáfrica cuáles son pisha | ZA
plural-capitals | cuáles son las capitales de esuatini | SZ
plural-capitals | qué capitales tiene malasia | MY | es-MX
plural-capitals | las dos capitales de holanda cuáles son | NL | es-MX
plural-capitals | cuáles son las capitales de sri lanka compa | LK | es-MX
plural-capitals | dime las capitales de costa de marfil | CI
plural-capitals | las capitales de palestina cuáles son | PS
# ---------------------------------------------------------------- third batch: more speakers
# es-ES: a Lleida fruit warehouse, a Tarragona petrochemical shift, a Girona school trip, a Valladolid retirement club quiz
situation | en el almacén de fruta de lleida los temporeros senegaleses preguntan la capital {} | de república centroafricana=CF; de congo brazzaville=CG; de chad=TD
situation | en el turno de noche de la petroquímica de tarragona un compañero quiere saber la capital {} | de macedonia del norte=MK; de san marino=SM; de seychelles=SC
situation | en el autobús de la excursión del cole a girona la seño pregunta la capital {} | de malaui=MW; de zambia=ZM; de zimbabue=ZW
situation | en el hogar del jubilado de valladolid jugando al mus sale la capital {} | de portugal=PT; de hungría=HU; de austria=AT
elder | a mí que me diga la capital de la centroafricana esa que salía en el telediario | CF
elder | la capital de malaui hija que tengo una monja allí de misiones | MW
elder | nena cuál es la capital de macedonia que fui de viaje con el imserso | MK
child | alexa la capital de san marino que es un país chiquitito | SM
child | alexa cuál es la capital de las seychelles donde hay tortugas gigantes | SC
teen | alexa en plan cuál es la capital de macedonia del norte | MK
teen | tía la capital de malta que me voy de erasmus | MT
teen | alexa la capital de dinamarca rapidito que estoy en clase | DK
hesitation | eh la capital de de mmm la república centroafricana | CF
hesitation | la capital de eh san marino | SM
hesitation | a ver a ver la capital de de seychelles | SC
trailing-words | la capital de malaui cuál es vale | MW
trailing-words | la capital de macedonia del norte y ya está | MK
# es-ES: Cádiz again, Catalan elders, Burgos
elder | home la capital de rusia era moscú cuando yo era joven y sigue | RU
elder | pisha mi abuelo luchó en marruecos dime la capital de marruecos | MA
elder | la capital de argentina que allí se fue mi tía abuela en el barco | AR
elder | mi consuegra es de uruguay cuál es la capital de allí | UY
elder | cuál era la capital de alemania cuando estaba partida en dos | DE
child | alexa cuál es la capital de francia la de la torre eiffel | FR
child | alexa la capital de italia donde está el coliseo | IT
child | alexa la capital de china que hay una muralla muy larga | CN
child | alexa la capital de japón la de los dibujos animados | JP
child | alexa mi amiga es de ucrania cuál es su capital | UA
teen | alexa literal no sé la capital de polonia | PL
teen | pisha alexa la capital de grecia que me la juego | GR
teen | alexa en plan rápido la capital de bélgica | BE
# es-MX: a Culiacán carne asada, a Guadalajara prepa, a Hermosillo abarrotes, a CDMX tianguis
situation | en el tianguis de los martes la señora de los nopales pregunta la capital {} | de estonia=EE; de lituania=LT; de finlandia=FI | es-MX
situation | en la prepa de guadalajara el profe de geografía pregunta la capital {} | de etiopía=ET; de eritrea=ER; de somalia=SO | es-MX
situation | en los abarrotes de hermosillo un cliente me pregunta la capital {} | de kazajistán=KZ; de uzbekistán=UZ; de mongolia=MN | es-MX
situation | en la carne asada del domingo el compadre me reta con la capital {} | de sudáfrica=ZA; de namibia=NA; de botsuana=BW | es-MX
elder | ay mijita la capital de francia es parís verdad | FR | es-MX
elder | mi viejo trabajó en el otro lado cuál es la capital de canadá | CA | es-MX
elder | la capital de españa de donde vinieron los abuelos | ES | es-MX
elder | dígame usted la capital de guatemala por favor | GT | es-MX
child | alexa cuál es la capital de méxico | MX | es-MX
child | alexa la capital de egipto donde están las momias | EG | es-MX
child | alexa la capital de brasil donde juega neymar | BR | es-MX
child | alexa la capital de la india porfis | IN | es-MX
teen | alexa neta cuál es la capital de australia | AU | es-MX
teen | güey la capital de nigeria pa la expo | NG | es-MX
teen | alexa la capital de argentina rápido que la ocupo | AR | es-MX
hesitation | este la capital de de eh marruecos | MA | es-MX
hesitation | mmm este la capital de colombia | CO | es-MX
hesitation | este pues la capital de de perú | PE | es-MX
trailing-words | la capital de chile cuál es compa | CL | es-MX
trailing-words | la capital de venezuela pues | VE | es-MX
trailing-words | la capital de israel cuál es güey | IL | es-MX
# es-US: a Houston refinery, a Miami airport ramp, a Bronx bodega, a Dallas church
situation | en la refinería de pasadena en houston el supervisor pregunta la capital {} | de arabia saudí=SA; de emiratos=AE; de irak=IQ | es-US
situation | en la rampa del aeropuerto de miami esperando el vuelo de avianca sale la capital {} | de brasil=BR; de paraguay=PY; de bolivia=BO | es-US
situation | en la bodega del bronx el dominicano del mostrador pregunta la capital {} | de marruecos=MA; de senegal=SN; de ghana=GH | es-US
situation | después de misa en dallas las señoras preguntan la capital {} | de irlanda=IE; de polonia=PL; de filipinas=PH | es-US
elder | mijo la capital de méxico sigue siendo el df verdad | MX | es-US
elder | ay santo la capital de venezuela es caracas | VE | es-US
elder | la capital de españa que de ahí eran mis bisabuelos canarios | ES | es-US
elder | cuál es la capital de honduras que ya no me acuerdo de nada | HN | es-US
child | alexa cuál es la capital de estados unidos | US | es-US
child | alexa my teacher said la capital de canadá es ottawa | CA | es-US
child | alexa la capital de puerto rico where my abuela lives | PR | es-US
child | alexa cuál es la capital de francia please | FR | es-US
teen | okay so like la capital de inglaterra es londres right | GB-ENG | es-US
teen | bro alexa la capital de corea del norte lowkey | KP | es-US
teen | alexa no cap cuál es la capital de rusia | RU | es-US
hesitation | uhm la capital de de cuba | CU | es-US
hesitation | eh este la capital de república dominicana | DO | es-US
hesitation | la capital de eh eh guatemala | GT | es-US
trailing-words | la capital de panamá cuál es mano | PA | es-US
trailing-words | y la capital de costa rica cuál es parce | CR | es-US
trailing-words | la capital de perú causa | PE | es-US
# ---------------------------------------------------------------- fourth batch: checks, corrections, reverse, subdivisions, territories
yes-no-check | la capital de italia es milán o roma nen | IT
yes-no-check | oye la capital de alemania es bonn todavía | DE
yes-no-check | es lisboa la capital de portugal o es oporto | PT
yes-no-check | la capital de escocia es glasgow verdad pisha | GB-SCT
yes-no-check | la capital de baviera es múnich a que sí | DE-BY
yes-no-check | la capital de kazajistán es almaty no | KZ
yes-no-check | es daca la capital de bangladés | BD
yes-no-check | la capital de nigeria es lagos verdad | NG | es-MX
yes-no-check | es ámsterdam la capital de holanda | NL | es-MX
yes-no-check | la capital de india es bombay sí o qué | IN | es-MX
yes-no-check | la capital de sonora es hermosillo a poco no | MX-SON | es-MX
yes-no-check | la capital de quintana roo es cancún verdad güey | MX-ROO | es-MX
yes-no-check | la capital de vietnam es hanói o saigón | VN | es-US
yes-no-check | la capital de turquía es ankara right | TR | es-US
yes-no-check | es verdad que la capital de myanmar ya no es rangún | MM | es-US
self-correction | la capital de gambia digo de guinea | GN
self-correction | dime la capital de níger no perdona de nigeria | NG
self-correction | la capital de dinamarca ay no que es de noruega | NO
self-correction | la capital de mali uy de malaui quería decir | MW
self-correction | capital de austria no espera de alemania | DE
self-correction | la capital de jalisco no mejor de michoacán | MX-MIC | es-MX
self-correction | la capital de zacatecas ay no de aguascalientes | MX-AGU | es-MX
self-correction | la capital de hidalgo digo de querétaro | MX-QUE | es-MX
self-correction | la capital de colombia perdón de venezuela | VE | es-MX
self-correction | la capital de eslovenia no es que quería decir croacia | HR | es-MX
self-correction | la capital de cuba no asere de jamaica | JM | es-US
self-correction | la capital de georgia el estado no el país | GE | es-US
self-correction | dime la capital de arizona wait no de nuevo méxico | US-NM | es-US
self-correction | capital de honduras no maje de el salvador | SV | es-US
reverse-question | de qué país es capital varsovia | CITY:Varsovia
reverse-question | atenas es capital de qué país nen | CITY:Atenas
reverse-question | de dónde es capital copenhague | CITY:Copenhague
reverse-question | de qué país es capital ulán bator | CITY:Ulán Bator
reverse-question | uagadugú es capital de qué país | CITY:Uagadugú
reverse-question | nuakchot de qué país es capital pisha | CITY:Nuakchot
reverse-question | morelia es capital de qué estado | CITY:Morelia | es-MX
reverse-question | de qué estado es capital xalapa | CITY:Xalapa | es-MX
reverse-question | villahermosa es capital de dónde | CITY:Villahermosa | es-MX
reverse-question | de qué país es capital kingston | CITY:Kingston | es-MX
reverse-question | puerto príncipe es la capital de qué país | CITY:Puerto Príncipe | es-US
reverse-question | de qué país es capital asunción | CITY:Asunción | es-US
reverse-question | harrisburg de qué estado es capital | CITY:Harrisburg | es-US
reverse-question | de qué estado es capital baton rouge | CITY:Baton Rouge | es-US
subdivision | cuál es la capital de hesse | DE-HE
subdivision | la capital de turingia | DE-TH
subdivision | capital de brandeburgo | DE-BB
subdivision | la capital de quebec | CA-QC
subdivision | cuál es la capital de ontario | CA-ON
subdivision | la capital de columbia británica | CA-BC
subdivision | la capital de nueva gales del sur | AU-NSW
subdivision | cuál es la capital de queensland | AU-QLD
subdivision | la capital de tasmania | AU-TAS
subdivision | cuál es la capital de gibraltar | GI
subdivision | la capital de las islas feroe | FO
subdivision | la capital de groenlandia nen | GL
subdivision | cuál es la capital de la isla de man | IM
subdivision | la capital de bahía en brasil | BR-BA | es-MX
subdivision | cuál es la capital de minas gerais | BR-MG | es-MX
subdivision | la capital de río grande del sur | BR-RS | es-MX
subdivision | la capital de amazonas en brasil | BR-AM | es-MX
subdivision | cuál es la capital de zacatecas | MX-ZAC | es-MX
subdivision | la capital de coahuila | MX-COA | es-MX
subdivision | la capital de guanajuato | MX-GUA | es-MX
subdivision | la capital de yucatán | MX-YUC | es-MX
subdivision | capital de hidalgo | MX-HID | es-MX
subdivision | cuál es la capital de san luis potosí | MX-SLP | es-MX
subdivision | la capital de colima | MX-COL | es-MX
subdivision | la capital de aruba | AW | es-US
subdivision | cuál es la capital de curazao | CW | es-US
subdivision | la capital de las islas caimán | KY | es-US
subdivision | la capital de bermudas | BM | es-US
subdivision | cuál es la capital de martinica | MQ | es-US
subdivision | la capital de guadalupe la isla francesa | GP | es-US
subdivision | la capital de la guayana francesa | GF | es-US
subdivision | cuál es la capital de las islas turcas y caicos | TC | es-US
subdivision | la capital de guam | GU | es-US
subdivision | cuál es la capital de wisconsin | US-WI | es-US
subdivision | la capital de minnesota | US-MN | es-US
subdivision | la capital de misuri | US-MO | es-US
subdivision | cuál es la capital de indiana | US-IN | es-US
subdivision | la capital de kansas | US-KS | es-US
subdivision | capital de nebraska | US-NE | es-US
subdivision | la capital de iowa | US-IA | es-US
subdivision | la capital de idaho | US-ID | es-US
subdivision | cuál es la capital de montana | US-MT | es-US
subdivision | la capital de wyoming | US-WY | es-US
subdivision | la capital de dakota del norte | US-ND | es-US
subdivision | la capital de dakota del sur | US-SD | es-US
subdivision | la capital de vermont | US-VT | es-US
subdivision | cuál es la capital de maine | US-ME | es-US
subdivision | la capital de nuevo hampshire | US-NH | es-US
subdivision | la capital de virginia occidental | US-WV | es-US
subdivision | cuál es la capital de hong kong | HK | es-US
everyday-name | la capital de abisinia | ET
everyday-name | cuál es la capital de formosa | TW
everyday-name | la capital de kampuchea | KH
everyday-name | capital de la costa de oro | GH
everyday-name | la capital del alto volta | BF | es-MX
everyday-name | cuál es la capital de bechuanalandia | BW | es-MX
everyday-name | la capital de nyasalandia | MW | es-MX
everyday-name | la capital de basutolandia | LS | es-US
everyday-name | la capital de la guinea española | GQ
everyday-name | cuál es la capital de los emiratos | AE | es-US
everyday-name | la capital de timor | TL | es-US
follow-up | y la de gales | GB-WLS
follow-up | y la de irlanda del norte pisha | GB-NIR
follow-up | vale y la de sajonia | DE-SN
follow-up | y la de ontario | CA-ON | es-MX
follow-up | y la de quebec pues | CA-QC | es-MX
follow-up | ahora la de yucatán | MX-YUC | es-MX
follow-up | y la de zacatecas compa | MX-ZAC | es-MX
follow-up | y la de minnesota | US-MN | es-US
follow-up | okay y la de wisconsin | US-WI | es-US
follow-up | y la de jamaica | JM | es-US
# ---------------------------------------------------------------- fifth batch: polite requests, imperatives, learners, more situations
polite-request | alexa cuando puedas me dices la capital de camboya | KH
polite-request | si eres tan amable la capital de jordania | JO
polite-request | te quería preguntar una cosita la capital de siria | SY
polite-request | hazme un favor nen dime la capital de suecia | SE
polite-request | me recuerdas la capital de eslovaquia porfa | SK
polite-request | fíjese que necesito la capital de nicaragua para un crucigrama | NI | es-MX
polite-request | le encargo la capital de bolivia por favorcito | BO | es-MX
polite-request | me regalas la capital de ecuador porfa | EC | es-MX
polite-request | cuando tengas chance dime la capital de paraguay | PY | es-US
polite-request | por favor mi amor dime la capital de república dominicana | DO | es-US
imperative | venga suelta la capital de irlanda | IE
imperative | dime la capital de túnez y no te enrolles | TN
imperative | contesta la capital de bután | BT
imperative | a ver dime la capital de tailandia ya | TH | es-MX
imperative | avíntame la capital de indonesia | ID | es-MX
imperative | tírame la capital de kenia | KE | es-US
imperative | dame la capital de líbano | LB | es-US
learner | alexa yo soy rumano capital de rumanía es bucarest sí | RO
learner | alexa ich möchte la capital de suiza bitte | CH
learner | alexa excuse me cuál es el capital de grecia | GR
learner | alexa mi no sabe bien español capital de ghana cuál | GH
learner | alexa la capital de marruecos wallah no me acuerdo | MA
learner | alexa yo soy de ucrania cuál capital de moldavia | MD
learner | alexa yo hablo zapoteco y poquito español capital de guatemala | GT | es-MX
learner | alexa i'm learning spanish cuál es la capital de españa | ES | es-US
learner | alexa capital de italia es roma sí correcto | IT | es-US
learner | alexa mi llamo john dónde está la capital de méxico | MX | es-US
code-switch | alexa la capital de escocia is edinburgh o no | GB-SCT | es-US
code-switch | oye what's the capital de japón | JP | es-US
code-switch | alexa dime real quick la capital de china | CN | es-US
code-switch | alexa la capital de hawái like honolulu | US-HI | es-US
code-switch | alexa so cuál es la capital de florida | US-FL | es-US
direct | cuál es la capital de argelia | DZ
direct | la capital de azerbaiyán | AZ
direct | cuál es la capital de armenia | AM | es-MX
direct | capital de kirguistán | KG | es-MX
direct | la capital de tayikistán | TJ | es-US
direct | cuál es la capital de turkmenistán | TM | es-US
situation | en la frutería del mercado de la boquería la dueña pregunta la capital {} | de ecuador=EC; de bolivia=BO; de perú=PE
situation | en la consulta del médico de cabecera en jerez esperando turno una señora pregunta la capital {} | de cuba=CU; de venezuela=VE; de colombia=CO
situation | en el taller de coches de burgos el mecánico pregunta la capital {} | de japón=JP; de corea del sur=KR; de china=CN
situation | en la lavandería de chula vista la señora de al lado pregunta la capital {} | de méxico=MX; de guatemala=GT; de honduras=HN | es-US
situation | en la empacadora de carne de dodge city el mayordomo pregunta la capital {} | de kansas=US-KS; de nebraska=US-NE; de iowa=US-IA | es-US
situation | en la cocina del restaurante de chicago el chef pregunta la capital {} | de illinois=US-IL; de indiana=US-IN; de wisconsin=US-WI | es-US
situation | en la ferretería de culiacán el encargado pregunta la capital {} | de durango=MX-DUR; de nayarit=MX-NAY; de chihuahua=MX-CHH | es-MX
situation | en la sala de espera del imss una doñita pregunta la capital {} | de puebla=MX-PUE; de tlaxcala=MX-TLA; de morelos=MX-MOR | es-MX
situation | en el puesto de elotes afuera de la primaria un niño pregunta la capital {} | de colombia=CO; de argentina=AR; de cuba=CU | es-MX
# ---------------------------------------------------------------- last: more plurals
plural-capitals | oye nen que bolivia tiene dos capitales no dímelas | BO
plural-capitals | pisha dime las capitales que tiene países bajos | NL
plural-capitals | órale cuáles son las tres capitales que tiene sudáfrica | ZA | es-MX
plural-capitals | ay mijo dime las capitales de benín que son dos | BJ | es-MX
plural-capitals | asere dime las dos capitales de sri lanka | LK | es-US
plural-capitals | y malasia qué capitales tiene parce | MY | es-US
plural-capitals | cuáles son las dos capitales de esuatini maje | SZ | es-US
plural-capitals | costa de marfil tiene dos capitales verdad cuáles son | CI
plural-capitals | qué capitales tiene palestina mano | PS | es-US
"""

if __name__ == "__main__":
    build_round(35, "es", LINES, sys.argv, "tests/Eval/es/round35/source/build_corpus.py")
