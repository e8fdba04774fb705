"""Round 30, Spanish (es-ES, es-MX, es-US): a new author's mix of speakers and situations, written blind.
Speakers chosen to differ from rounds 26 to 29. es-ES: Asturias (Gijón and Oviedo, a sidrería, retired miners of the
Cuencas: "ho", "guaje", "neña", one Asturian "cuál ye"), Murcia and Cartagena ("acho", "pijo", "bonico", the huerta, a
naval base), Zaragoza and Huesca ("maño", "-ico", the Pilar), Valencia and the Fallas ("nano", "xe"), the Canaries
(Tenerife, Gran Canaria, Lanzarote: "mi niño", "chacho", "fuerte", a guagua driver, a banana plantation, the
Carnaval), Teruel elders, Senegalese and Ecuadorian farm workers in Murcia, a Chinese bazaar owner in Zaragoza,
Venezuelans in Tenerife, Filipino and Ukrainian learners; a Correos office, a bakery at five in the morning, a night
watchman, a physiotherapy clinic, a nursing home, a mus tournament, a lottery kiosk, Saber y Ganar, Cifras y Letras, La
Ruleta de la Suerte, a family jigsaw, a karaoke, a mechanic, a university residence, a six-year-old and her grandfather.
es-MX: Colima and the Manzanillo port, Nayarit (Tepic, San Blas; a Wixárika speaker with Spanish as a second language),
Campeche, San Luis Potosí, Morelos (Cuernavaca and its language schools: American learners), Coahuila (Saltillo,
Torreón: "ándale", "qué onda"), Estado de México (Toluca, Neza, a Mazahua market seller: "no manches", "chido"); a lucha
libre arena, mariachis in Garibaldi, a Día de Muertos altar, a tortillería, a microbús, a cantina, a Toluca football fan,
a CONAFE rural teacher, a tráiler on the road to Saltillo, a tamal seller, a Monarch butterfly guide, a Pokémon kid, a
secundaria homework, a grandmother making tortillas.
es-US: Dominicans in Washington Heights and Lawrence ("klk", "qué lo que", "manito", "vaina"), Uruguayans in Long Branch
("ta", "bo"), Q'anjob'al-speaking Guatemalans in Nebraska meatpacking and Jupiter, Mexicans in Wisconsin and Vermont
dairies, Kentucky horse farms, Las Vegas casino housekeeping, Oxnard strawberry fields, Puerto Ricans in Kissimmee
("wepa", "chacho"), Northern New Mexico elders ("asina", "muncho", "truje"); a laundromat, a car wash, a food truck, an
Amazon warehouse, a barbershop, a bodega, a Little League game, a Telemundo viewer, a DACA college student, an oil field
in North Dakota, a bilingual kindergarten, Spanglish ("okay so", "like", "my bad", "for real", "wait i mean").
Fillers and hesitations, self-corrections with a marker ("perdón", "digo", "quiero decir", "me he colado", "me he
liado no", "rectifico", "mejor dicho", "no espera", "ay no", "me confundí", "my bad", "wait i mean"), follow-ups, yes/no
checks with right and wrong guesses, reverse questions, official, old and everyday names, shared names (Georgia, Congo,
Corea, the Virgin Islands), plurals (every several-capital country and Palestine), subdivisions (Mexican, US,
Canadian, Australian, German, Brazilian and Indian states, the UK's nations) and territories, one-shot requests through
the invocation name "capitales del mundo", launch, help, stop, cancel and about 12% out of domain (near misses: other
facts about a named country, "capital" in other senses, places the data lacks, everyday requests)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# ---------------------------------------------------------------- es-ES
# Asturias: Gijón, Oviedo, a sidrería, retired miners of the Cuencas
direct-question | ho cuál ye la capital {} | de suecia=SE; de noruega=NO
direct-question | guaje cuál es la capital {} que no me sale | de ucrania=UA; de bielorrusia=BY
elder | yo trabajé cuarenta años en la mina y nunca supe la capital {} | de polonia=PL; de chequia=CZ
elder | neña pregúntale al aparato cuál es la capital {} | de hungría=HU; de rumanía=RO
situation | en el puerto de gijón ha llegado un barco {} y cuál es su capital | de letonia=LV; de lituania=LT; de estonia=EE
trailing-words | la capital {} me lo dices ahora que está la fabada al fuego | de bélgica=BE; de países bajos=NL
follow-up | y la de austria ho | AT
follow-up | y la de eslovenia qué | SI
yes-no-check | la capital de islandia es reikiavik o no | IS
yes-no-check | oviedo es la capital de asturias y la de escocia es glasgow verdad | GB-SCT
self-correction | cuál es la capital de moldavia no perdón de macedonia del norte | MK
reverse-question | neña bakú de qué país es la capital | CITY:Bakú
# Murcia and Cartagena: the huerta, a naval base
direct-question | acho cuál es la capital {} | de argelia=DZ; de libia=LY
leading-filler | acho acho a ver dime la capital {} | de mauritania=MR; de mali=ML
trailing-words | cuál es la capital {} bonico | de senegal=SN; de gambia=GM
situation | estoy en la base naval de cartagena y me preguntan la capital {} | de chipre=CY; de malta=MT
situation | en la huerta recogiendo limones cuál es la capital {} | de turquía=TR; de siria=SY
self-correction | la capital de argelia acho no me he colado la de túnez | TN
yes-no-check | acho la capital de marruecos es casablanca a que sí | MA
yes-no-check | la capital de egipto es el cairo verdad bonico | EG
follow-up | y de níger acho | NE
follow-up | y la de chad pijo | TD
# Senegalese and Ecuadorian farm workers in Murcia
learner | hermano capital {} cuál es yo soy senegalés | de guinea=GN; de guinea-bisáu=GW
learner | por favor capital {} dime | de cabo verde=CV; de sierra leona=SL
learner | perdón yo no hablo bien cuál es la capital {} mi país vecino | de liberia=LR; de costa de marfil=CI
situation | de qué es capital quito me pregunta el encargado | CITY:Quito
# Zaragoza, Huesca and the Pilar
direct-question | maño cuál es la capital {} | de andorra=AD; de mónaco=MC
leading-filler | pues oye maño la capital {} | de italia=IT; de san marino=SM
trailing-words | la capital {} que nos vamos de puente maño | de portugal=PT; de luxemburgo=LU
situation | en la ofrenda del pilar un señor me ha preguntado la capital {} | de liechtenstein=LI; de suiza=CH
hesitation | cuál es la ca la capital {} maño | de alemania=DE; de croacia=HR
self-correction | la capital de francia uy no quiero decir la de bélgica | BE
bare-name | {} capital | serbia=RS; montenegro=ME
bare-name | capital de bosnia | BA
yes-no-check | la capital de suiza es ginebra no maño | CH
# A Chinese bazaar owner in Zaragoza
learner | yo chino cuál es la capital {} cliente pregunta | de taiwán=TW; de corea del sur=KR
# Valencia and the Fallas
direct-question | nano cuál es la capital {} | de albania=AL; de macedonia=MK
leading-filler | xe nano a ver la capital {} | de bulgaria=BG; de armenia=AM
situation | en la mascletà no se oye nada pero cuál es la capital {} | de georgia el país=GE; de azerbaiyán=AZ
self-correction | la capital de kirguistán no espera la de tayikistán | TJ
reverse-question | tiflis es capital de qué nano | CITY:Tiflis
# The Canaries: Tenerife, Gran Canaria, Lanzarote
situation | voy en la guagua de las palmas a maspalomas cuál es la capital {} | de mauricio=MU; de seychelles=SC
trailing-words | cuál es la capital {} mi niño que ustedes saben de todo | de el salvador=SV; de panamá=PA
self-correction | la capital de cuba no chacho me confundí la de república dominicana | DO
reverse-question | caracas es capital de qué país mi niño | CITY:Caracas
yes-no-check | la capital de venezuela es maracaibo verdad | VE
everyday-name | cuál es la capital de la madre patria | ES
# Venezuelans in Tenerife
leading-filler | chamo mira chamo la capital {} | de colombia=CO; de perú=PE
follow-up | y la de bolivia chamo cuál es | BO
plural-capitals | chamo cuáles son las capitales de bolivia las dos | BO
# Teruel elders
elder | maño yo soy de teruel y sí existo dime la capital {} | de austria=AT; de eslovaquia=SK
old-name | en el colegio me enseñaron la capital {} cuál es ahora | de persia=IR; de siam=TH; de ceilán=LK
old-name | dime la capital de la unión soviética que ahora es rusia | RU
elder | la capital de yugoslavia era belgrado y ahora de qué es capital belgrado | CITY:Belgrado
# A Correos office
situation | en correos me piden la capital {} para el envío | de etiopía=ET; de eritrea=ER
situation | un sobre certificado para la capital {} cuál es | de somalia=SO; de yibuti=DJ
# A bakery at five in the morning
situation | amasando a las cinco de la mañana cuál es la capital {} | de sudán=SD; de sudán del sur=SS
situation | con las barras en el horno dime la capital {} | de uganda=UG; de ruanda=RW; de burundi=BI
# A night watchman
situation | de vigilante de noche en el polígono me aburro cuál es la capital {} | de tanzania=TZ; de zambia=ZM
situation | son las tres de la mañana y quiero saber la capital {} | de malaui=MW; de mozambique=MZ
# A physiotherapy clinic
situation | mientras me ponen el tens dime la capital {} | de angola=AO; de namibia=NA
situation | en la camilla del fisio cuál es la capital {} | de botsuana=BW; de zimbabue=ZW
# A nursing home
elder | en la residencia estamos jugando a capitales cuál es la de {} | madagascar=MG; comoras=KM
elder | la capital de rodesia cómo se llamaba ahora | ZW
elder | mi marido fue a la guinea española de soldado cuál es la capital de allí | GQ
# A mus tournament
situation | envido a la capital {} a ver quién la sabe | de gabón=GA; de camerún=CM
situation | órdago a que no sabes la capital {} | de nigeria=NG; de ghana=GH
# A lottery kiosk
situation | en la administración de lotería de la bruja de oro cuál es la capital {} | de togo=TG; de benín=BJ
plural-capitals | cuáles son las capitales de benín que dicen que tiene dos | BJ
# Saber y Ganar, Cifras y Letras, La Ruleta de la Suerte
quiz-game | jugando a saber y ganar capital {} | de burkina faso=BF; de chad=TD
quiz-game | pregunta del panel de la ruleta capital {} | de australia=AU; de nueva zelanda=NZ
quiz-game | para cifras y letras cuál es la capital {} | de fiyi=FJ; de samoa=WS
quiz-game | en el programa han preguntado cuál es la capital de tonga | TO
# A family jigsaw puzzle of the world map
situation | estamos haciendo un puzle del mapamundi cuál es la capital {} | de papúa nueva guinea=PG; de islas salomón=SB
situation | nos falta la pieza {} del puzle y no sabemos la capital | de vanuatu=VU; de kiribati=KI
# A karaoke, a mechanic, a university residence
situation | en el karaoke entre canción y canción cuál es la capital {} | de israel=IL; de jordania=JO
situation | en el colegio mayor apostamos la cena a la capital {} | de arabia saudí=SA; de yemen=YE; de omán=OM
# A six-year-old and her grandfather
child | abuelo dice que la capital de francia es parís es verdad | FR
child | alexa cuál es la capital de los pingüinos | FB
child | cuál es la capital del país de los koalas | AU
# Filipino and Ukrainian learners
learner | la capital de filipinas es manila o quezon yo no recuerdo | PH
learner | yo filipina cuál es capital {} por favor | de indonesia=ID; de malasia=MY
learner | yo soy ucraniana cuál es la capital {} porfa | de moldavia=MD; de polonia=PL
# polite requests, imperatives, do-you-know (es-ES)
polite-request | me podrías decir la capital {} por favor | de qatar=QA; de baréin=BH; de kuwait=KW
polite-request | por favor alexa la capital {} si eres tan amable | de pakistán=PK; de afganistán=AF
imperative | dime ya la capital {} | de nepal=NP; de bután=BT
imperative | suéltame la capital {} | de bangladés=BD; de sri lanka=LK
imperative | búscame la capital {} | de maldivas=MV; de birmania=MM
do-you-know | sabrías decirme la capital {} | de singapur=SG; de brunéi=BN
do-you-know | a que no sabes la capital {} | de timor oriental=TL; de filipinas=PH
# official names
official-name | cuál es la capital de la república helénica | GR
official-name | a ver listilla cuál es la capital {} | del reino de españa=ES; de la república italiana=IT; de la república francesa=FR
official-name | dime la capital {} | de la federación rusa=RU; del gran ducado de luxemburgo=LU
official-name | capital del reino hachemita de jordania | JO
official-name | cuál es la capital del principado de liechtenstein | LI
# everyday names
everyday-name | la capital {} cuál es que siempre lo confundo | de holanda=NL; de inglaterra=GB-ENG
everyday-name | dime la capital de la república checa | CZ
everyday-name | la capital de los emiratos cuál es | AE
# plurals
plural-capitals | cuáles son las capitales {} | de los países bajos=NL; de sudáfrica=ZA; de malasia=MY
plural-capitals | las capitales de costa de marfil cuáles son | CI
plural-capitals | qué capitales tiene esuatini | SZ
plural-capitals | dime las dos capitales de sri lanka maño | LK
plural-capitals | cuáles son las capitales de palestina | PS
# shared names
shared-name | cuál es la capital de georgia | GE+US-GA
shared-name | la capital de corea acho | KP+KR
shared-name | cuál es la capital del congo el de brazzaville | CG
shared-name | capital de las islas vírgenes británicas | VG
# subdivisions and territories (es-ES)
subdivision | la capital {} cuál es que me voy a ver el rugby | de gales=GB-WLS; de irlanda del norte=GB-NIR
subdivision | la capital {} cuál es que voy de erasmus | de baviera=DE-BY; de sajonia=DE-SN
subdivision | cuál es la capital de la columbia británica que mi primo vive allí | CA-BC
territory | cuál es la capital {} | de groenlandia=GL; de las islas feroe=FO; de gibraltar=GI
territory | dime la capital de las malvinas | FK
territory | la capital de la isla de man | IM
# stop, cancel, help, launch (es-ES)
stop | para ya maño | STOP
stop | acho calla ya | STOP
stop | chacho para ahí | STOP
stop | vale ya alexa para | STOP
stop | ho apágate | STOP
stop | que pares te digo | STOP
stop | alexa basta ya de capitales | STOP
stop | para la música digo para de hablar | STOP
cancel | cancela eso maño | CANCEL
cancel | acho déjalo no importa | CANCEL
cancel | olvídalo mi niño | CANCEL
cancel | cancela la pregunta que me he liado | CANCEL
cancel | nada nada déjalo estar | CANCEL
cancel | anula lo que te he dicho | CANCEL
cancel | da igual cancela | CANCEL
cancel | quita quita no era eso cancela | CANCEL
help | ayuda que no sé cómo va esto | HELP
help | cómo funciona esto de las capitales | HELP
help | qué te puedo preguntar maño | HELP
help | acho qué sabes hacer | HELP
help | mi niño cómo se usa esto | HELP
help | no me entero explícame cómo va | HELP
help | qué cosas me puedes decir tú | HELP
help | necesito ayuda con el juego de las capitales | HELP
launch | abre capitales del mundo maño | LAUNCH
launch | acho abre capitales del mundo | LAUNCH
launch | alexa inicia capitales del mundo por favor | LAUNCH
launch | pon capitales del mundo mi niño | LAUNCH
one-shot | pregúntale a capitales del mundo cuál es la capital {} | de kosovo=XK; de ucrania=UA
one-shot | alexa dile a capitales del mundo la capital de catar | QA
one-shot | abre capitales del mundo y dime la capital {} | de armenia=AM; de georgia el país=GE
one-shot | capitales del mundo la capital de irlanda | IE
# out of domain (es-ES)
out-of-domain | cuántos habitantes tiene asturias | FB
out-of-domain | cuál es la capital del mundo de la sidra | FB
out-of-domain | qué tiempo va a hacer mañana en gijón | FB
out-of-domain | cuál es la capital de la región de murcia | FB
out-of-domain | cuál es la capital de aragón | FB
out-of-domain | cuál es la capital de canarias | FB
out-of-domain | cuál es la capital de la provincia de teruel | FB
out-of-domain | qué idioma se habla en senegal | FB
out-of-domain | cuál es la moneda de china | FB
out-of-domain | cuánto mide el teide | FB
out-of-domain | pon un temporizador de diez minutos para el pan | FB
out-of-domain | cuánto tengo que cotizar para jubilarme | FB
out-of-domain | qué es el capital riesgo | FB
out-of-domain | quién escribió el capital | FB
out-of-domain | qué significa letra capital en un libro | FB
out-of-domain | cuál es la capital europea de la cultura este año | FB
out-of-domain | cuál es la capital mundial del pimentón | FB
out-of-domain | cuántos puntos vale el envido en el mus | FB
out-of-domain | qué número ha salido en la lotería | FB
out-of-domain | cuál es la bandera de ucrania | FB
out-of-domain | quién ganó la copa del rey | FB
out-of-domain | cuál es el río más largo de europa | FB
out-of-domain | cuál es la capital del reino de león | FB
out-of-domain | cuál es la capital de la comunidad valenciana | FB
out-of-domain | cuántas fallas hay en valencia | FB
out-of-domain | cuál es el prefijo de marruecos | FB
out-of-domain | cuál es la capital de la isla de lanzarote | FB
out-of-domain | cuál es la capital de la mancha | FB
out-of-domain | qué es un gasto de capital | FB
out-of-domain | cuál es la capital de la alpujarra | FB
out-of-domain | recuérdame la cita del fisio el martes | FB
out-of-domain | cuál es la capital del imperio romano de oriente | FB
out-of-domain | quién es el presidente de francia | FB
# ---------------------------------------------------------------- es-MX
# Colima and the Manzanillo port
situation | en el puerto de manzanillo llegó un barco de corea del sur cuál es su capital | KR | es-MX
situation | estoy en la grúa del puerto oye cuál es la capital {} | de japón=JP; de china=CN | es-MX
direct-question | oye cuál es la capital {} pues | de vietnam=VN; de tailandia=TH | es-MX
subdivision | cuál es la capital de colima la ciudad o el estado | MX-COL | es-MX
follow-up | y la de nayarit | MX-NAY | es-MX
# Nayarit: Tepic, San Blas, a Wixárika speaker
learner | yo hablo wixárika poquito español cuál es capital {} | de nayarit=MX-NAY; de jalisco=MX-JAL | es-MX
learner | cómo se llama capital {} no sé bien español | de zacatecas=MX-ZAC; de durango=MX-DUR | es-MX
situation | aquí en san blas con los moscos cuál es la capital {} | de belice=BZ; de guatemala=GT | es-MX
reverse-question | tepic es capital de qué estado | CITY:Tepic | es-MX
# Campeche
direct-question | oiga joven cuál es la capital {} | de campeche=MX-CAM; de yucatán=MX-YUC | es-MX
trailing-words | la capital {} nomás eso quería saber | de quintana roo=MX-ROO; de tabasco=MX-TAB | es-MX
yes-no-check | la capital de quintana roo es cancún verdad | MX-ROO | es-MX
yes-no-check | chetumal es la capital de quintana roo o me equivoco | MX-ROO | es-MX
# San Luis Potosí
subdivision | cuál es la capital de san luis potosí | MX-SLP | es-MX
subdivision | oye y la capital {} cuál es | de guanajuato=MX-GUA; de querétaro=MX-QUE | es-MX
reverse-question | de qué es capital aguascalientes | CITY:Aguascalientes | es-MX
# Morelos: Cuernavaca and its language schools (American learners)
learner | hola yo estudiar español en cuernavaca cuál es la capital {} | de morelos=MX-MOR; de guerrero=MX-GRO | es-MX
learner | disculpe mi español es muy malo la capital {} es cuál | de estados unidos=US; de canadá=CA | es-MX
learner | alexa cuál es el capital {} para mi tarea de español | de chiapas=MX-CHP; de oaxaca=MX-OAX | es-MX
learner | la capital de méxico es méxico o ciudad de méxico yo estoy confundido | MX | es-MX
self-correction | cuál es la capital de puebla perdón quiero decir de tlaxcala | MX-TLA | es-MX
# Coahuila: Saltillo, Torreón
direct-question | ándale pues cuál es la capital {} | de coahuila=MX-COA; de nuevo león=MX-NLE | es-MX
leading-filler | qué onda alexa oye la capital {} | de chihuahua=MX-CHH; de sonora=MX-SON | es-MX
situation | en el tráiler rumbo a saltillo cuál es la capital {} | de tamaulipas=MX-TAM; de sinaloa=MX-SIN | es-MX
yes-no-check | la capital de coahuila es torreón sí o no | MX-COA | es-MX
self-correction | la capital de durango no mejor dicho la de coahuila | MX-COA | es-MX
# Estado de México: Toluca, Neza, a Mazahua market seller
direct-question | no manches cuál es la capital {} | del estado de méxico=MX-MEX; de michoacán=MX-MIC | es-MX
leading-filler | güey güey la capital {} | de hidalgo=MX-HID; de veracruz=MX-VER | es-MX
trailing-words | la capital {} está bien chido saber | de baja california=MX-BCN; de baja california sur=MX-BCS | es-MX
learner | yo hablo mazahua marchanta pregunta la capital {} | de guatemala=GT; de el salvador=SV | es-MX
everyday-name | cuál es la capital del edomex | MX-MEX | es-MX
# A lucha libre arena
situation | en la arena coliseo el rudo es de {} cuál es su capital | japón=JP; corea del sur=KR | es-MX
situation | en la lucha están anunciando un luchador {} cuál es la capital de ese país | de puerto rico=PR; de venezuela=VE | es-MX
# Mariachis in Garibaldi
situation | en garibaldi los mariachis preguntan la capital {} | de colombia=CO; de argentina=AR | es-MX
# A Día de Muertos altar
situation | poniendo el altar de muertos cuál es la capital {} | de españa=ES; de italia=IT | es-MX
# A tortillería, a microbús, a cantina
situation | en la fila de las tortillas cuál es la capital {} | de ecuador=EC; de bolivia=BO | es-MX
situation | voy en la micro bajan en la esquina y cuál es la capital {} | de paraguay=PY; de uruguay=UY | es-MX
situation | aquí en la cantina apostamos una chela a la capital {} | de australia=AU; de rusia=RU | es-MX
yes-no-check | en la cantina dicen que la capital de australia es sídney es cierto | AU | es-MX
# A Toluca football fan
situation | ya ganaron los diablos y ahora dime la capital {} | de portugal=PT; de países bajos=NL | es-MX
# A CONAFE rural teacher
situation | soy instructor comunitario del conafe y los niños preguntan la capital {} | de egipto=EG; de india=IN | es-MX
situation | en la escuelita de la sierra no hay internet cuál es la capital {} | de kenia=KE; de nigeria=NG | es-MX
# A tamal seller, a Monarch butterfly guide
situation | ya llegaron los tamales oaxaqueños y yo quiero saber la capital {} | de cuba=CU; de haití=HT | es-MX
situation | soy guía del santuario de la mariposa monarca un turista pregunta la capital {} | de canadá=CA; de ontario=CA-ON | es-MX
reverse-question | el turista es de ottawa eso es capital de qué país | CITY:Ottawa | es-MX
# A Pokémon kid and a secundaria homework
child | alexa la capital del país de pikachu | JP | es-MX
child | alexa alexa cuál es la capital {} es para la tarea | de méxico=MX; de brasil=BR | es-MX
child | mi maestra dice que investigue la capital {} | de noruega=NO; de suecia=SE | es-MX
teen | neta cuál es la capital {} | de finlandia=FI; de dinamarca=DK | es-MX
teen | oye alexa rápido la capital {} que tengo examen | de austria=AT; de suiza=CH | es-MX
teen | equis la capital {} cuál es | de irlanda=IE; de escocia=GB-SCT | es-MX
# A grandmother making tortillas
elder | ay diosito cuál es la capital {} que allá vive mi comadre | de texas=US-TX; de california=US-CA | es-MX
elder | mi abuelo peleó en la revolución y decía que la capital de méxico era méxico capital | MX | es-MX
# polite requests, imperatives, do-you-know (es-MX)
polite-request | me hace el favor de decirme la capital {} | de panamá=PA; de república dominicana=DO | es-MX
polite-request | si fuera tan amable la capital {} | de jamaica=JM; de bahamas=BS | es-MX
polite-request | fíjate que quería saber la capital {} por fa | de trinidad y tobago=TT; de barbados=BB | es-MX
imperative | dime rapidito la capital {} | de granada=GD; de santa lucía=LC | es-MX
imperative | dímelo ya la capital {} | de san vicente y las granadinas=VC; de dominica=DM | es-MX
imperative | échame la capital {} | de antigua y barbuda=AG; de san cristóbal y nieves=KN | es-MX
do-you-know | oye y tú te sabes la capital {} | de guyana=GY; de surinam=SR | es-MX
do-you-know | sí sabes cuál es la capital {} | de belice=BZ; de el salvador=SV | es-MX
do-you-know | conoces la capital {} | de islandia=IS; de groenlandia=GL | es-MX
# hesitation, bare names (es-MX)
hesitation | este este cuál es la capital {} | de grecia=GR; de turquía=TR | es-MX
hesitation | la capital de de de {} | irán=IR; irak=IQ | es-MX
hesitation | eh cuál es la cap la capital de egipto | EG | es-MX
bare-name | {} | capital de honduras=HN; capital de cuba=CU | es-MX
# official names (es-MX)
official-name | cuál es la capital de los estados unidos mexicanos | MX | es-MX
official-name | la capital de la república bolivariana de venezuela | VE | es-MX
official-name | cuál es la capital de la república oriental del uruguay | UY | es-MX
official-name | dime la capital de la república popular china | CN | es-MX
# everyday names (es-MX)
everyday-name | cuál es la capital del gabacho | US | es-MX
everyday-name | la capital de gringolandia cuál es | US | es-MX
everyday-name | oye la capital de birmania | MM | es-MX
# plurals (es-MX)
plural-capitals | cuáles son las capitales de bolivia | BO | es-MX
plural-capitals | cuáles capitales tiene sudáfrica son tres verdad | ZA | es-MX
plural-capitals | oye cuáles son las dos capitales {} | de benín=BJ; de malasia=MY | es-MX
plural-capitals | dime las capitales de suazilandia | SZ | es-MX
plural-capitals | las capitales de palestina cuáles son | PS | es-MX
plural-capitals | qué capitales tiene holanda | NL | es-MX
# shared names (es-MX)
shared-name | cuál es la capital del congo | CD+CG | es-MX
shared-name | la capital de corea del norte | KP | es-MX
shared-name | cuál es la capital de georgia el estado gringo | US-GA | es-MX
shared-name | cuál es la capital de las dos coreas | KP+KR | es-MX
# self-corrections and follow-ups (es-MX)
self-correction | la capital de colombia ay no me confundí de ecuador | EC | es-MX
self-correction | cuál es la capital de perú no espera de chile | CL | es-MX
follow-up | y de honduras | HN | es-MX
follow-up | ándale y la de nicaragua | NI | es-MX
follow-up | y la de costa rica cuál era | CR | es-MX
# reverse questions (es-MX)
reverse-question | managua es capital de qué país | CITY:Managua | es-MX
reverse-question | tegucigalpa es la capital de dónde | CITY:Tegucigalpa | es-MX
reverse-question | de qué país es capital la habana | CITY:La Habana | es-MX
reverse-question | la paz es capital de qué | CITY:La Paz | es-MX
# subdivisions (es-MX)
subdivision | cuál es la capital de morelos | MX-MOR | es-MX
subdivision | qué onda con la capital {} | de sinaloa=MX-SIN; de sonora=MX-SON | es-MX
subdivision | cuál es la capital de arizona que allá trabaja mi hermano | US-AZ | es-MX
subdivision | cuál es la capital {} carnal | de nuevo méxico=US-NM; de nevada=US-NV | es-MX
territory | cuál es la capital de puerto rico | PR | es-MX
territory | la capital de la guayana francesa | GF | es-MX
# stop, cancel, help, launch (es-MX)
stop | ya cállate | STOP | es-MX
stop | párale ya | STOP | es-MX
stop | ya estuvo alexa | STOP | es-MX
stop | bájale y ya párale | STOP | es-MX
stop | órale ya no | STOP | es-MX
stop | alexa ya apágate mija | STOP | es-MX
stop | detente por favor | STOP | es-MX
stop | ya no quiero nada gracias adiós | STOP | es-MX
cancel | ya no cancela | CANCEL | es-MX
cancel | cancélalo güey | CANCEL | es-MX
cancel | ah olvídalo mejor | CANCEL | es-MX
cancel | no ya déjalo así | CANCEL | es-MX
cancel | mejor no cancela la pregunta | CANCEL | es-MX
cancel | nel cancela | CANCEL | es-MX
cancel | ya no importa olvídalo | CANCEL | es-MX
cancel | cancela todo porfis | CANCEL | es-MX
help | ayúdame no le entiendo | HELP | es-MX
help | cómo se le hace para preguntar capitales | HELP | es-MX
help | qué puedo preguntarte pues | HELP | es-MX
help | oye cómo funciona esto | HELP | es-MX
help | qué onda qué sabes hacer | HELP | es-MX
help | necesito ayuda mija | HELP | es-MX
help | explícame cómo se juega | HELP | es-MX
help | ayuda por favor no sé qué decir | HELP | es-MX
launch | abre capitales del mundo porfa | LAUNCH | es-MX
launch | ándale abre capitales del mundo | LAUNCH | es-MX
launch | quiero jugar capitales del mundo | LAUNCH | es-MX
launch | alexa ábreme capitales del mundo | LAUNCH | es-MX
one-shot | pídele a capitales del mundo la capital {} | de colima=MX-COL; de campeche=MX-CAM | es-MX
one-shot | alexa pregúntale a capitales del mundo cuál es la capital de belice | BZ | es-MX
one-shot | usa capitales del mundo para la capital {} | de nicaragua=NI; de panamá=PA | es-MX
# out of domain (es-MX)
out-of-domain | cuántos habitantes tiene colima | FB | es-MX
out-of-domain | quién ganó la lucha de anoche | FB | es-MX
out-of-domain | cuál es la capital del mundo del mariachi | FB | es-MX
out-of-domain | cuál es la capital de la huasteca potosina | FB | es-MX
out-of-domain | cuál es la capital de la comarca lagunera | FB | es-MX
out-of-domain | a qué hora abren la tortillería | FB | es-MX
out-of-domain | pon música de banda | FB | es-MX
out-of-domain | cuánto cuesta el kilo de tortilla | FB | es-MX
out-of-domain | cuándo es día de muertos | FB | es-MX
out-of-domain | cuál es la capital mundial de la mariposa monarca | FB | es-MX
out-of-domain | cuál es el volcán más alto de méxico | FB | es-MX
out-of-domain | cuántos estados tiene méxico | FB | es-MX
out-of-domain | quién es el presidente de guatemala | FB | es-MX
out-of-domain | qué idioma hablan en belice | FB | es-MX
out-of-domain | cuál es la moneda de japón | FB | es-MX
out-of-domain | cuánto es el capital mínimo para una sociedad anónima | FB | es-MX
out-of-domain | qué es el capital humano | FB | es-MX
out-of-domain | cuál es la capital de la nación wixárika | FB | es-MX
out-of-domain | cuál es la capital de la isla de cozumel | FB | es-MX
out-of-domain | cuál es la capital de la península de baja california | FB | es-MX
out-of-domain | cuál es la capital del bajío | FB | es-MX
out-of-domain | pon el partido del toluca | FB | es-MX
out-of-domain | cuánto dura el viaje a saltillo | FB | es-MX
out-of-domain | cuál es el pokémon más fuerte | FB | es-MX
out-of-domain | cuál es la capital del reino de los cielos | FB | es-MX
out-of-domain | cuánto mide el popocatépetl | FB | es-MX
out-of-domain | dónde queda la capital | FB | es-MX
out-of-domain | pon una alarma para las seis | FB | es-MX
out-of-domain | cómo se hace el mole | FB | es-MX
out-of-domain | cuál es la capital del mundo del acero en coahuila | FB | es-MX
out-of-domain | qué es la pena capital en méxico | FB | es-MX
out-of-domain | cuál es el himno de colombia | FB | es-MX
out-of-domain | cuál es la capital de la luna llena | FB | es-MX
out-of-domain | cuál es la capital del imperio mexica | FB | es-MX
# ---------------------------------------------------------------- es-US
# Dominicans in Washington Heights and Lawrence
direct-question | klk alexa cuál es la capital {} | de república dominicana=DO; de haití=HT | es-US
direct-question | qué lo que manito la capital {} cuál es | de puerto rico=PR; de cuba=CU | es-US
situation | en la barbería de la ciento ochenta y uno discutiendo la capital {} | de jamaica=JM; de trinidad y tobago=TT | es-US
situation | en el colmado de la esquina el tíguere dice que sabe la capital {} | de venezuela=VE; de colombia=CO | es-US
trailing-words | la capital {} esa vaina cuál es | de bahamas=BS; de barbados=BB | es-US
yes-no-check | la capital de haití es puerto príncipe verdad manito | HT | es-US
yes-no-check | la capital de república dominicana es santiago o no | DO | es-US
self-correction | la capital de jamaica no espérate digo de barbados | BB | es-US
reverse-question | santo domingo es capital de qué | CITY:Santo Domingo | es-US
situation | en lawrence en la factoría dime la capital {} | de massachusetts=US-MA; de nuevo hampshire=US-NH | es-US
# Uruguayans in Long Branch
direct-question | ta bo cuál es la capital {} | de uruguay=UY; de paraguay=PY | es-US
leading-filler | bo escuchame la capital {} | de argentina=AR; de brasil=BR | es-US
follow-up | ta y la de chile | CL | es-US
reverse-question | montevideo de qué es capital bo | CITY:Montevideo | es-US
# Q'anjob'al-speaking Guatemalans in Nebraska meatpacking and Jupiter
learner | yo hablo q'anjob'al poquito español la capital {} cuál es | de guatemala=GT; de méxico=MX | es-US
situation | en la empacadora de grand island cuál es la capital {} | de nebraska=US-NE; de iowa=US-IA | es-US
situation | saliendo del turno de la carne cuál es la capital {} | de dakota del sur=US-SD; de dakota del norte=US-ND | es-US
learner | capital de florida cuál es yo vivo en júpiter | US-FL | es-US
# Mexicans in Wisconsin and Vermont dairies
situation | ordeñando las vacas en wisconsin cuál es la capital {} | de wisconsin=US-WI; de minnesota=US-MN | es-US
situation | en el establo de vermont a las cuatro de la mañana cuál es la capital {} | de vermont=US-VT; de maine=US-ME | es-US
yes-no-check | la capital de wisconsin es milwaukee sí | US-WI | es-US
yes-no-check | madison es la capital de wisconsin verdad | US-WI | es-US
# Kentucky horse farms
situation | en la granja de caballos de lexington cuál es la capital {} | de kentucky=US-KY; de tennessee=US-TN | es-US
self-correction | cuál es la capital de kentucky no perdón de ohio | US-OH | es-US
# Las Vegas casino housekeeping
situation | limpiando cuartos en el casino cuál es la capital {} | de nevada=US-NV; de utah=US-UT | es-US
yes-no-check | la capital de nevada es las vegas verdad que sí | US-NV | es-US
reverse-question | carson city es capital de qué estado | CITY:Carson City | es-US
# Oxnard strawberry fields
situation | en la fresa de oxnard con el calor dime la capital {} | de california=US-CA; de oregón=US-OR | es-US
learner | yo hablo mixteco y un poco español capital {} cuál es | de oaxaca=MX-OAX; de guerrero=MX-GRO | es-US
yes-no-check | la capital de california es los ángeles o sacramento | US-CA | es-US
# Puerto Ricans in Kissimmee
direct-question | wepa alexa cuál es la capital {} | de puerto rico=PR; de las islas vírgenes americanas=VI | es-US
direct-question | chacho nene la capital {} | de florida=US-FL; de georgia el estado=US-GA | es-US
shared-name | cuál es la capital de las islas vírgenes | VG+VI | es-US
territory | y la capital de guam | GU | es-US
# Northern New Mexico elders
elder | asina que tú sabes las capitales dime la de {} | nuevo méxico=US-NM; colorado=US-CO | es-US
elder | muncho tiempo que no sé la capital {} | de arizona=US-AZ; de texas=US-TX | es-US
elder | mi jito truje el aparato pa que me diga la capital {} | de oklahoma=US-OK; de kansas=US-KS | es-US
yes-no-check | santa fe es la capital de nuevo méxico no | US-NM | es-US
# A laundromat, a car wash, a food truck, an Amazon warehouse
situation | en la troca de tacos un cliente pregunta la capital {} | de luisiana=US-LA; de misisipi=US-MS | es-US
situation | en el almacén de amazon escaneando cajas dime la capital {} | de alabama=US-AL; de arkansas=US-AR | es-US
# A bodega, Little League, Telemundo
situation | en la bodega vendiendo lotería cuál es la capital {} | de nueva york=US-NY; de nueva jersey=US-NJ | es-US
situation | en el juego de pequeñas ligas de mi hijo cuál es la capital {} | de pensilvania=US-PA; de maryland=US-MD | es-US
situation | estoy viendo telemundo y dijeron la capital {} cuál es | de virginia=US-VA; de carolina del norte=US-NC | es-US
# A DACA college student, an oil field, a bilingual kindergarten
teen | for real cuál es la capital {} | de carolina del sur=US-SC; de virginia occidental=US-WV | es-US
teen | okay so like la capital {} | de delaware=US-DE; de connecticut=US-CT | es-US
situation | en el campo petrolero de dakota del norte no hay nada que hacer cuál es la capital {} | de montana=US-MT; de wyoming=US-WY | es-US
situation | en el pozo de williston dime la capital {} | de idaho=US-ID; de washington el estado=US-WA | es-US
child | maestra la capital {} | de alaska=US-AK; de hawái=US-HI | es-US
child | alexa yo estoy en kínder cuál es la capital {} | de estados unidos=US; de canadá=CA | es-US
child | la capital del país de los canguros es canberra | AU | es-US
# Spanglish
spanglish | hey alexa cuál es la capital {} real quick | de rhode island=US-RI; de míchigan=US-MI | es-US
spanglish | okay so what's la capital {} | de indiana=US-IN; de illinois=US-IL | es-US
spanglish | alexa like cuál es the capital {} | de missouri=US-MO; de south dakota=US-SD | es-US
spanglish | my bad i mean la capital de japón | JP | es-US
spanglish | la capital {} for my class please | de new jersey=US-NJ; de north carolina=US-NC | es-US
self-correction | cuál es la capital de rumanía wait i mean de bulgaria | BG | es-US
self-correction | la capital de noruega my bad de suecia | SE | es-US
# direct questions for the remaining world (es-US)
direct-question | oye cuál es la capital {} | de mongolia=MN; de kazajistán=KZ; de turkmenistán=TM | es-US
direct-question | a ver cuál es la capital {} | de kirguistán=KG; de uzbekistán=UZ | es-US
direct-question | sabes qué quiero la capital {} | de micronesia=FM; de islas marshall=MH; de palaos=PW | es-US
direct-question | mira necesito la capital {} | de nauru=NR; de tuvalu=TV | es-US
direct-question | cuál sería la capital {} | de santo tomé y príncipe=ST; de guinea ecuatorial=GQ | es-US
direct-question | cuál es la capital {} me urge | de república centroafricana=CF; de república del congo=CG | es-US
direct-question | me dices la capital {} | de lesoto=LS; de esuatini=SZ | es-US
direct-question | la capital {} cuál es exactamente | de eritrea=ER; de sudán=SD | es-US
direct-question | quiero saber la capital {} ahorita | de siria=SY; de líbano=LB | es-US
# polite requests, imperatives, do-you-know (es-US)
polite-request | me ayudas con la capital {} por favor | de nepal=NP; de pakistán=PK | es-US
imperative | dime la capital {} ahora mismo | de vietnam=VN; de laos=LA | es-US
imperative | busca la capital {} | de camboya=KH; de myanmar=MM | es-US
do-you-know | tú te sabes la capital {} | de bangladés=BD; de bután=BT | es-US
do-you-know | sabes tú cuál es la capital {} | de singapur=SG; de timor-leste=TL | es-US
# official names (es-US)
official-name | cuál es la capital de los estados unidos de américa | US | es-US
official-name | la capital de la república islámica de irán | IR | es-US
official-name | cuál es la capital de la república democrática del congo | CD | es-US
official-name | cuál es la capital de la confederación suiza | CH | es-US
# everyday and old names (es-US)
everyday-name | cuál es la capital de usa | US | es-US
everyday-name | cuál es la capital de gran bretaña | GB | es-US
everyday-name | la capital de rusia blanca | BY | es-US
old-name | cuál era la capital {} | de zaire=CD; de abisinia=ET; de dahomey=BJ | es-US
old-name | la capital de la costa de oro cuál es | GH | es-US
old-name | cuál es la capital de kampuchea | KH | es-US
old-name | la capital de honduras británica | BZ | es-US
old-name | cuál es la capital del alto volta | BF | es-US
# plurals (es-US)
plural-capitals | cuáles son las capitales de sri lanka | LK | es-US
plural-capitals | klk cuáles son las capitales de sudáfrica | ZA | es-US
plural-capitals | bo cuáles son las capitales de los países bajos | NL | es-US
plural-capitals | las capitales {} cuáles son | de esuatini=SZ; de bolivia=BO | es-US
plural-capitals | cuáles son las tres capitales de sudáfrica mijo | ZA | es-US
plural-capitals | dime las dos capitales de costa de marfil | CI | es-US
plural-capitals | qué capitales tiene palestina | PS | es-US
plural-capitals | cuáles son las capitales de malasia kuala lumpur y cuál más | MY | es-US
# shared names (es-US)
shared-name | la capital de corea | KP+KR | es-US
shared-name | cuál es la capital de corea la del sur | KR | es-US
shared-name | cuál es la capital del congo el de kinshasa | CD | es-US
shared-name | la capital de georgia el país del cáucaso | GE | es-US
shared-name | cuál es la capital de los dos congos | CD+CG | es-US
shared-name | la capital de georgia manito | GE+US-GA | es-US
# follow-ups, reverse questions (es-US)
follow-up | y la de guatemala | GT | es-US
follow-up | okay y de el salvador | SV | es-US
follow-up | y de honduras cuál es | HN | es-US
follow-up | y la de belice también | BZ | es-US
reverse-question | de qué país es capital san josé | CITY:San José | es-US
reverse-question | kingston es capital de dónde | CITY:Kingston | es-US
reverse-question | puerto españa es capital de qué país | CITY:Puerto España | es-US
reverse-question | qué país tiene como capital a lima | CITY:Lima | es-US
# subdivisions, territories (es-US)
subdivision | cuál es la capital de texas mijo | US-TX | es-US
subdivision | la capital {} cuál es que allá tengo familia | de queensland=AU-QLD; de nueva gales del sur=AU-NSW | es-US
subdivision | cuál es la capital de la isla del príncipe eduardo | CA-PE | es-US
subdivision | cuál es la capital de quebec | CA-QC | es-US
subdivision | la capital de alberta | CA-AB | es-US
territory | cuál es la capital de las islas caimán | KY | es-US
territory | la capital de aruba | AW | es-US
territory | cuál es la capital de curazao | CW | es-US
territory | la capital de samoa americana | AS | es-US
# stop, cancel, help, launch (es-US)
stop | stop alexa para | STOP | es-US
stop | para ya klk | STOP | es-US
stop | ta bo pará | STOP | es-US
stop | alexa shut up ya | STOP | es-US
stop | ya acabamos para | STOP | es-US
stop | no más capitales stop | STOP | es-US
stop | para de hablar por favor | STOP | es-US
stop | wepa ya para | STOP | es-US
cancel | cancel cancela | CANCEL | es-US
cancel | nah olvídate de eso | CANCEL | es-US
cancel | cancela esa vaina | CANCEL | es-US
cancel | never mind alexa cancela | CANCEL | es-US
cancel | no no cancela la pregunta | CANCEL | es-US
cancel | déjalo así no importa | CANCEL | es-US
cancel | ya no la necesito cancela | CANCEL | es-US
cancel | forget it cancela eso | CANCEL | es-US
help | help cómo funciona | HELP | es-US
help | qué es lo que sabes tú | HELP | es-US
help | ayúdame con esto de capitales | HELP | es-US
help | cómo le hago para preguntarte | HELP | es-US
help | qué tengo que decir para preguntar una capital | HELP | es-US
help | alexa ayuda en español | HELP | es-US
help | no entiendo cómo se usa help | HELP | es-US
help | qué opciones tengo | HELP | es-US
launch | open capitales del mundo | LAUNCH | es-US
launch | alexa abre capitales del mundo klk | LAUNCH | es-US
launch | empieza capitales del mundo | LAUNCH | es-US
launch | alexa start capitales del mundo | LAUNCH | es-US
one-shot | alexa pregúntale a capitales del mundo la capital {} | de kansas=US-KS; de iowa=US-IA | es-US
one-shot | ask capitales del mundo cuál es la capital de ruanda | RW | es-US
one-shot | dile a capitales del mundo que me diga la capital {} | de uganda=UG; de zambia=ZM | es-US
# recognition artefacts (es-US and es-MX)
recognition-artefact | cuál es la capital de ki rguistán | KG | es-US
recognition-artefact | cual es la capital de panama | PA | es-US
recognition-artefact | cuál es la capital de wiscónsin | US-WI | es-US
recognition-artefact | cuál es la capital de kentaki | US-KY | es-US
recognition-artefact | cuál es la capital de mas achusetts | US-MA | es-US
recognition-artefact | cuál es la capital de conéctica | US-CT | es-US
recognition-artefact | cuál es la capital de tenesí | US-TN | es-US
recognition-artefact | cuales la capital de vermont | US-VT | es-US
recognition-artefact | cuál es la capital de la india na | US-IN | es-US
recognition-artefact | cuál es la capital de sur áfrica | ZA | es-US
recognition-artefact | cual es la capital de nepal | NP | es-MX
recognition-artefact | cuál es la capital de campe che | MX-CAM | es-MX
recognition-artefact | cuál es la capital de co ahuila | MX-COA | es-MX
recognition-artefact | cuál es la capital de nayarít | MX-NAY | es-MX
recognition-artefact | cuál es la capital de more los | MX-MOR | es-MX
recognition-artefact | cuál es la capital de san luis potosi | MX-SLP | es-MX
recognition-artefact | cuál es la capital de zaca tecas | MX-ZAC | es-MX
recognition-artefact | cuál es la capital de por tugal | PT | es-ES
recognition-artefact | cuál es la capital de sui za | CH | es-ES
recognition-artefact | cuál es la capital de vene zuela | VE | es-ES
recognition-artefact | cuál es la capital de etiopia | ET | es-ES
recognition-artefact | cual es la capital de jordania | JO | es-ES
recognition-artefact | cuál es la capital de uzbe kistán | UZ | es-ES
recognition-artefact | cuál es la capital de ka zajstán | KZ | es-ES
# out of domain (es-US)
out-of-domain | cuántos habitantes tiene república dominicana | FB | es-US
out-of-domain | quién ganó la serie del caribe | FB | es-US
out-of-domain | cuál es la capital del merengue | FB | es-US
out-of-domain | cuál es la capital mundial del caballo | FB | es-US
out-of-domain | cuál es la capital de la bachata | FB | es-US
out-of-domain | cuánto cuesta mandar dinero a guatemala | FB | es-US
out-of-domain | a qué hora cierra la lavandería | FB | es-US
out-of-domain | cuál es el salario mínimo en nebraska | FB | es-US
out-of-domain | cuál es la capital del condado de lancaster | FB | es-US
out-of-domain | cuál es la capital del queso en wisconsin | FB | es-US
out-of-domain | cómo se dice capital en q'anjob'al | FB | es-US
out-of-domain | pon la novela de telemundo | FB | es-US
out-of-domain | cuándo es el próximo juego de los yankees | FB | es-US
out-of-domain | qué es capital one | FB | es-US
out-of-domain | qué es un capital gain | FB | es-US
out-of-domain | cuál es la capital de manhattan | FB | es-US
out-of-domain | cuál es la capital del bronx | FB | es-US
out-of-domain | qué tiempo hace en las vegas | FB | es-US
out-of-domain | cuántos estados tiene estados unidos | FB | es-US
out-of-domain | qué idioma se habla en haití | FB | es-US
out-of-domain | cuál es la moneda de uruguay | FB | es-US
out-of-domain | cuál es la capital de la fresa | FB | es-US
out-of-domain | cuál es la capital de la tierra media | FB | es-US
out-of-domain | cuál es la capital de gotham | FB | es-US
out-of-domain | cuál es el capital de mi préstamo | FB | es-US
out-of-domain | cómo se escribe capital con mayúscula | FB | es-US
out-of-domain | quién descubrió américa | FB | es-US
out-of-domain | cuál es la capital del cibao | FB | es-US
out-of-domain | cuál es la montaña más alta de kentucky | FB | es-US
out-of-domain | cuántas millas hay de lawrence a boston | FB | es-US
out-of-domain | qué es el capital de trabajo de una empresa | FB | es-US
out-of-domain | cuál es la capital del pecado | FB | es-US
out-of-domain | añade leche a la lista de compras | FB | es-US
out-of-domain | cuál es la capital del país de oz | FB | es-US
out-of-domain | cuál es la capital de la atlántida | FB | es-US
out-of-domain | qué tan lejos está la luna | FB | es-US
# ---------------------------------------------------------------- second batch
# es-MX: more of Colima, Nayarit, Campeche, Morelos, Coahuila, Estado de México
subdivision | oiga y la capital {} cuál es | de brandeburgo=DE-BB; de hesse=DE-HE | es-MX
subdivision | mi hijo se fue a trabajar a alemania cuál es la capital {} | de baden-wurtemberg=DE-BW; de renania del norte-westfalia=DE-NW | es-MX
subdivision | la capital {} la de brasil | de bahía=BR-BA; de minas gerais=BR-MG | es-MX
subdivision | cuál es la capital {} que ahí juega un futbolista del toluca | de río grande del sur=BR-RS; de pernambuco=BR-PE | es-MX
subdivision | en la tele dijeron amazonas cuál es la capital de ese estado de brasil | BR-AM | es-MX
subdivision | cuál es la capital de manitoba | CA-MB | es-MX
subdivision | los jornaleros van a columbia británica y a nuevo brunswick cuál es la capital de nuevo brunswick | CA-NB | es-MX
subdivision | la capital {} en australia cuál es | de victoria=AU-VIC; de tasmania=AU-TAS | es-MX
yes-no-check | la capital de jalisco es guadalajara verdad | MX-JAL | es-MX
yes-no-check | la capital de veracruz es el puerto de veracruz o no | MX-VER | es-MX
yes-no-check | es cierto que la capital de nuevo león es monterrey | MX-NLE | es-MX
yes-no-check | la capital de sinaloa es mazatlán a poco no | MX-SIN | es-MX
yes-no-check | la capital de chiapas es san cristóbal verdad mija | MX-CHP | es-MX
yes-no-check | oye la capital de canadá es toronto no | CA | es-MX
yes-no-check | la capital de brasil es brasilia o río | BR | es-MX
yes-no-check | la capital de turquía es estambul o ya cambió | TR | es-MX
self-correction | cuál es la capital de honduras no perdón de el salvador | SV | es-MX
self-correction | la capital de michoacán ay me equivoqué la de guanajuato | MX-GUA | es-MX
self-correction | dime la capital de nayarit bueno no la de sinaloa | MX-SIN | es-MX
self-correction | cuál es la capital de argentina no mejor de uruguay | UY | es-MX
self-correction | la capital de hidalgo rectifico la de puebla | MX-PUE | es-MX
follow-up | y la de zacatecas qué | MX-ZAC | es-MX
follow-up | órale y la de tamaulipas | MX-TAM | es-MX
follow-up | y la de quintana roo pues | MX-ROO | es-MX
follow-up | y la de yucatán cuál era | MX-YUC | es-MX
reverse-question | saltillo es capital de qué estado | CITY:Saltillo | es-MX
reverse-question | de qué es capital cuernavaca | CITY:Cuernavaca | es-MX
reverse-question | toluca de qué es capital | CITY:Toluca | es-MX
reverse-question | villahermosa es la capital de cuál estado | CITY:Villahermosa | es-MX
reverse-question | de qué país es capital ottawa pues | CITY:Ottawa | es-MX
reverse-question | ulán bator es capital de qué | CITY:Ulán Bator | es-MX
shared-name | la capital de georgia | GE+US-GA | es-MX
shared-name | cuál es la capital de las coreas | KP+KR | es-MX
shared-name | la capital de la república del congo | CG | es-MX
shared-name | oye y la capital de corea la del norte | KP | es-MX
shared-name | cuál es la capital de las islas vírgenes británicas | VG | es-MX
territory | cuál es la capital {} esas islas | de las islas turcas y caicos=TC; de las bermudas=BM | es-MX
territory | la capital de la polinesia francesa cuál es | PF | es-MX
territory | cuál es la capital de martinica | MQ | es-MX
territory | la capital de nueva caledonia | NC | es-MX
everyday-name | cuál es la capital de corea del sur la de los k-pop | KR | es-MX
everyday-name | la capital de los emiratos árabes | AE | es-MX
everyday-name | cuál es la capital de holanda pues | NL | es-MX
everyday-name | la capital de inglaterra oye | GB-ENG | es-MX
bare-name | capital {} | de mongolia=MN; de kenia=KE | es-MX
bare-name | capital de granada | GD | es-MX
quiz-game | jugando basta me tocó la letra t la capital {} | de tailandia=TH; de turquía=TR | es-MX
quiz-game | en el maratón de preguntas la capital {} | de fiyi=FJ; de papúa nueva guinea=PG | es-MX
quiz-game | pregunta de la lotería de mi tía la capital {} | de nigeria=NG; de senegal=SN | es-MX
hesitation | mm mm la capital {} | de etiopía=ET; de sudán=SD | es-MX
hesitation | cuál es cuál es la capital de kenia | KE | es-MX
hesitation | la capital de eh de madagascar | MG | es-MX
launch | alexa capitales del mundo | LAUNCH | es-MX
launch | oye abre el juego de capitales del mundo | LAUNCH | es-MX
launch | córrele abre capitales del mundo | LAUNCH | es-MX
one-shot | capitales del mundo dime la capital {} | de mali=ML; de níger=NE | es-MX
one-shot | abre capitales del mundo y pregúntale la capital de sonora | MX-SON | es-MX
stop | ya párale con las capitales | STOP | es-MX
stop | alto alexa | STOP | es-MX
cancel | no mejor cancela eso mija | CANCEL | es-MX
cancel | olvídalo ya no quiero saber | CANCEL | es-MX
help | no sé usar esto ayúdame mijo | HELP | es-MX
help | qué me puedes decir de los países | HELP | es-MX
plural-capitals | cuáles son las capitales de sri lanka pues | LK | es-MX
plural-capitals | cuáles son las capitales de côte d'ivoire | CI | es-MX
plural-capitals | qué capitales tiene esuatini | SZ | es-MX
plural-capitals | las capitales de benín cuáles son | BJ | es-MX
plural-capitals | cuáles son las capitales de territorios palestinos | PS | es-MX
# es-MX out of domain
out-of-domain | cuál es la capital de la mixteca | FB | es-MX
out-of-domain | cuál es la capital de la sierra gorda | FB | es-MX
out-of-domain | cuál es la capital del tequila | FB | es-MX
out-of-domain | cuál es la capital de la región lagunera | FB | es-MX
out-of-domain | cuál es el estado más grande de méxico | FB | es-MX
out-of-domain | cuál es la comida típica de campeche | FB | es-MX
out-of-domain | cuántos municipios tiene el estado de méxico | FB | es-MX
out-of-domain | quién canta el rey | FB | es-MX
out-of-domain | cuál es el capital social de la empresa | FB | es-MX
out-of-domain | cuál es la capital de la tierra de los muertos | FB | es-MX
out-of-domain | qué significa capital en economía | FB | es-MX
# es-ES: more subdivisions, territories, names, intents
subdivision | chacho cuál es la capital {} de la india | de kerala=IN-KL; de goa=IN-GA
subdivision | acho la capital {} en la india cuál es | de bengala occidental=IN-WB; de tamil nadu=IN-TN
subdivision | la capital de rajastán | IN-RJ
subdivision | la capital {} que salen en el mapa del puzle | de australia occidental=AU-WA; del territorio del norte=AU-NT
subdivision | la capital {} de alemania | de turingia=DE-TH; de renania-palatinado=DE-RP
subdivision | cuál es la capital de la baja sajonia | DE-NI
subdivision | la capital de ontario | CA-ON
subdivision | cuál es la capital del yukón | CA-YT
territory | cuál es la capital {} que son de francia | de la reunión=RE; de mayotte=YT
territory | chacho la capital {} | de las islas cook=CK; de santa elena=SH
territory | la capital de las islas aland | AX
territory | cuál es la capital de jersey la isla | JE
territory | la capital de guernesey | GG
everyday-name | cuál es la capital de gran bretaña maño | GB
everyday-name | la capital del reino unido | GB
everyday-name | la capital de estados unidos de norteamérica | US
official-name | la capital del reino unido de gran bretaña e irlanda del norte | GB
official-name | cuál es la capital de la república argelina democrática y popular | DZ
official-name | la capital de la república de corea | KR
official-name | dime la capital de la república tunecina | TN
shared-name | y la capital de georgia | GE+US-GA
shared-name | cuál es la capital de ambas coreas | KP+KR
shared-name | la capital del congo acho | CD+CG
shared-name | cuál es la capital de congo kinshasa | CD
bare-name | maldivas | MV
bare-name | capital de granada la isla del caribe | GD
hesitation | la la la capital de portugal | PT
hesitation | cuál es la eh capital de noruega | NO
quiz-game | para el trivial de la residencia la capital {} | de cabo verde=CV; de mauricio=MU
quiz-game | en saber y ganar ha salido la capital de kiribati | KI
yes-no-check | la capital de australia es sídney o canberra maño | AU
yes-no-check | la capital de nueva zelanda es auckland verdad | NZ
yes-no-check | la capital de canadá es ottawa a que sí | CA
self-correction | la capital de suecia digo de finlandia | FI
self-correction | la capital de austria perdona de alemania | DE
self-correction | cuál es la capital de eslovenia no no rectifico de eslovaquia | SK
self-correction | la capital de irak ay no quería decir de irán | IR
follow-up | y la de portugal | PT
follow-up | y la de marruecos acho | MA
reverse-question | lisboa de qué país es capital | CITY:Lisboa
reverse-question | cardiff es capital de qué | CITY:Cardiff
reverse-question | chacho de dónde es capital reikiavik | CITY:Reikiavik
reverse-question | la valeta es capital de qué isla | CITY:La Valeta
reverse-question | canberra de qué es capital | CITY:Canberra
launch | abre capitales del mundo | LAUNCH
launch | oye arranca capitales del mundo | LAUNCH
launch | chacho ponme capitales del mundo | LAUNCH
stop | ea ya está para | STOP
stop | chacho cállate ya | STOP
cancel | anula eso maño | CANCEL
cancel | no no quita cancela | CANCEL
help | ayuda por favor | HELP
help | cómo se juega a esto maño | HELP
out-of-domain | cuál es la capital de euskadi | FB
out-of-domain | cuál es la capital de la isla de la palma | FB
out-of-domain | cuál es la capital de la huerta de murcia | FB
out-of-domain | cuántos años tiene la sidrería | FB
out-of-domain | cuál es la capital del jamón | FB
out-of-domain | qué es el capital circulante | FB
out-of-domain | cuál es el plato típico de senegal | FB
out-of-domain | cuál es la capital de la ribagorza | FB
out-of-domain | cuál es la capital del principado de asturias | FB
# es-US: more
subdivision | cuál es la capital {} que allá hay trabajo | de carolina del norte=US-NC; de georgia el estado=US-GA | es-US
subdivision | la capital de oklahoma manito | US-OK | es-US
subdivision | cuál es la capital de míchigan | US-MI | es-US
subdivision | cuál es la capital de massachusetts | US-MA | es-US
subdivision | la capital del estado de nueva york | US-NY | es-US
subdivision | cuál es la capital de pensilvania bo | US-PA | es-US
territory | la capital de las islas marianas del norte | MP | es-US
territory | cuál es la capital de anguila | AI | es-US
territory | la capital de sint maarten | SX | es-US
territory | cuál es la capital de guadalupe la isla francesa | GP | es-US
yes-no-check | la capital de texas es houston verdad que no | US-TX | es-US
yes-no-check | es atlanta la capital de georgia el estado | US-GA | es-US
yes-no-check | la capital de florida es miami o tallahassee | US-FL | es-US
yes-no-check | la capital de illinois es chicago no | US-IL | es-US
self-correction | cuál es la capital de oregón no wait digo de washington el estado | US-WA | es-US
self-correction | la capital de colorado perdón de utah | US-UT | es-US
self-correction | cuál es la capital de uruguay ta no me confundí de paraguay | PY | es-US
reverse-question | sacramento es capital de qué | CITY:Sacramento | es-US
reverse-question | de dónde es capital lincoln | CITY:Lincoln | es-US
reverse-question | boston es capital de qué estado | CITY:Boston | es-US
reverse-question | de qué país es capital buenos aires bo | CITY:Buenos Aires | es-US
follow-up | y la de rhode island | US-RI | es-US
follow-up | y la de nebraska entonces | US-NE | es-US
everyday-name | la capital de los estados unidos | US | es-US
everyday-name | cuál es la capital de eeuu | US | es-US
everyday-name | la capital de arabia | SA | es-US
shared-name | cuál es la capital de georgia el estado | US-GA | es-US
shared-name | la capital del congo manito | CD+CG | es-US
shared-name | cuál es la capital de las islas vírgenes americanas | VI | es-US
hesitation | um um la capital de haití | HT | es-US
hesitation | la capital de de puerto rico | PR | es-US
bare-name | cuba | CU | es-US
bare-name | capital de república dominicana | DO | es-US
quiz-game | para el family feud en español la capital {} | de egipto=EG; de grecia=GR | es-US
quiz-game | en el trivia del bar la capital de nueva zelanda | NZ | es-US
launch | open capitales del mundo por favor | LAUNCH | es-US
launch | ábrete capitales del mundo | LAUNCH | es-US
stop | ya stop | STOP | es-US
stop | apágate manito | STOP | es-US
cancel | cancela bo | CANCEL | es-US
cancel | olvida lo que pregunté | CANCEL | es-US
help | how does this work ayuda | HELP | es-US
help | qué hace esta skill | HELP | es-US
plural-capitals | the capitals de sudáfrica cuáles son | ZA | es-US
plural-capitals | cuáles son las capitales de holanda bo | NL | es-US
plural-capitals | cuáles son las capitales de malasia | MY | es-US
plural-capitals | dime las capitales de palestina | PS | es-US
out-of-domain | cuál es la capital de long island | FB | es-US
out-of-domain | cuánto paga amazon por hora | FB | es-US
out-of-domain | cuál es la capital de las carreras de caballos | FB | es-US
out-of-domain | cuál es la capital de la salsa | FB | es-US
out-of-domain | qué hora es en guatemala | FB | es-US
out-of-domain | cuál es la bandera de puerto rico | FB | es-US
out-of-domain | cuántos dólares son cien pesos dominicanos | FB | es-US
out-of-domain | cuál es la capital de la costa este | FB | es-US
out-of-domain | cuál es la capital del medio oeste | FB | es-US
"""

if __name__ == "__main__":
    build_round(30, "es", LINES, sys.argv, "tests/Eval/es/round30/source/build_corpus.py")
