"""Round 28, Spanish (es-ES, es-MX, es-US): a new author's mix of speakers and situations, written blind.
Speakers chosen to differ from rounds 24 to 27. es-ES: Galicia (Vigo and A Coruña fishermen and percebeiros, a Lugo
grandmother: "carallo", "neno", "home", "ai meu deus"), a Camino de Santiago albergue asked by pilgrims, Cádiz and its
Carnaval chirigotas ("quillo", "pisha"), Sevilla and the Feria ("miarma", "illo"), Granada tapas bars and an Alhambra
guide ("chavea"), Barcelona and Girona bilinguals ("nen", "ostras", "home", "escolta"), Ceuta, Alicante and Benidorm with
Nordic and Dutch retirees learning Spanish, Peruvians and Paraguayans in Madrid, a Pakistani shopkeeper in Barcelona,
Italian Erasmus students in Granada; Pasapalabra at home, Trivial Pursuit, a padel club, an escape room, a hospital night
shift, a vet clinic, a lighthouse keeper, a peña of football fans, an ESO geography exam, a school-trip coach, a library,
a motorbike workshop, a furancho, a seven-year-old and a teenager.
es-MX: Sinaloa (Culiacán and Mazatlán: "compa", "plebe", "fierro"), Sonora (Hermosillo: "bichi", "huerco", "ánimas"),
Chiapas (Tuxtla and San Cristóbal: "vos", "pue"; Tsotsil speakers with Spanish as a second language), Tabasco ("ya
chole"), Michoacán (Morelia; Purépecha speakers), CDMX chilangos ("qué onda", "chido", "no inventes"), Puebla city
("chale"), Honduran and Guatemalan migrants in Tapachula ("maje", "cipote"); the CDMX metro, a pulquería, a banda
rehearsal in Mazatlán, a vulcanizadora, a tiendita de abarrotes, a Pemex station, a secundaria técnica exam, a CCH
student, a fútbol llanero match, a sonidero party, a carnitas stand, a shoe-shiner in the zócalo, a DiDi driver, a
maquila, a Sunday carne asada, a second-grader and her grandmother.
es-US: Hondurans in New Orleans and Houston ("maje", "cipote", "macizo"), Nicaraguans in Miami ("nica", "chocho", "dale
pues"), Venezuelans in Doral ("chamo", "pana", "vale"), Colombians in Queens and Orlando ("parce", "qué más pues",
"bacano"), Peruvians in Paterson and Peruvian sheepherders in Wyoming ("pata", "causa", "al toque"), Puerto Ricans in the
Bronx and Chicago ("brega", "nena", "mano"), Mexicans in Chicago's Pilsen, LA's garment district and the Central Valley
orchards, an American returned missionary and a retired Texan in a conversation group; a panadería, a Houston refinery, a
long-haul truck on the I-10, the Chicago L, a swap meet, a cruise-ship crew, a DACA college student, a taquería, a Zumba
class, a hospital cafeteria, a Navy sailor, a library story hour, Spanglish ("hey alexa", "real quick", "like", "so").
Fillers and hesitations, self-corrections with a marker ("ay no", "quise decir", "corrijo", "perdón", "o sea no", "me
equivoqué"), follow-ups, yes/no checks with right and wrong guesses, reverse questions, official, old and everyday names,
shared names (Georgia, Congo, Corea, the Virgin Islands), plurals (every several-capital country and Palestine),
subdivisions (Mexican, US, Canadian, Brazilian, Australian, German and Indian states, the UK's nations) and territories,
one-shot questions through the invocation "capitales del mundo", launch, help, stop, cancel, out-of-domain near misses,
and what recognition may write (lost accents, split or joined words, homophones).
`python3 tests/Eval/es/round28/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 28's number; a line without a locale is es-ES)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# ---------------- es-ES ----------------
direct-question | quillo cuál es la capital {} | de noruega=NO; de hungría=HU
direct-question | pisha cuál es la capital {} que no me sale | de irlanda=IE
direct-question | miarma cuál es la capital de {} | suecia=SE
direct-question | carallo cuál era la capital {} | de islandia=IS
direct-question | neno cuál es la capital {} | de austria=AT; de letonia=LV
direct-question | ostras nen cuál es la capital {} | de lituania=LT
direct-question | cuál es la capital {} que estoy en el barco y no hay manera | de croacia=HR
direct-question | a ver cuál es la capital {} que me lo pregunta un peregrino | de eslovenia=SI; de polonia=PL
direct-question | cuál es la capital {} que estamos en la caseta discutiendo | de serbia=RS
direct-question | y la capital {} cuál es chavea | de túnez=TN
direct-question | cuál es la capital {} que lo pregunta una señora del grupo | de jordania=JO
direct-question | oye cuál es la capital {} que estoy de guardia y no me duermo | de bulgaria=BG
direct-question | cuál es la capital {} que estamos en la peña y hay una apuesta | de escocia=GB-SCT
direct-question | cuál es la capital {} que estamos en el furancho | de albania=AL
direct-question | dime una cosa cuál es la capital {} | de eslovaquia=SK
direct-question | cuál es la capital {} que el perro es de allí | de chipre=CY
direct-question | cuál es la capital {} que estoy en el faro aburrido | de malta=MT
direct-question | cuál es la capital {} que se me ha olvidado de golpe | de ucrania=UA

polite-request | me dices por favor la capital {} | de dinamarca=DK; de mónaco=MC
polite-request | si no es mucha molestia cuál es la capital {} | de finlandia=FI
polite-request | hazme el favor de decirme la capital {} | de rumanía=RO; de moldavia=MD
polite-request | perdona que te moleste cuál es la capital {} | de estonia=EE
polite-request | serías tan amable de decirme la capital {} | de bélgica=BE
polite-request | cuando puedas dime la capital {} gracias | de luxemburgo=LU
polite-request | te importa decirme cuál es la capital {} | de andorra=AD
polite-request | porfa dime la capital {} que tengo examen mañana | de bosnia=BA

imperative | dime la capital {} y rapidito | de montenegro=ME
imperative | suelta la capital {} | de macedonia del norte=MK
imperative | busca la capital {} | de liechtenstein=LI
imperative | dime ya la capital {} que se enfría la tapa | de portugal=PT
imperative | recuérdame la capital {} | de san marino=SM
imperative | venga dime la capital {} | de bielorrusia=BY

do-you-know | illo tú sabes cuál es la capital {} o qué | de egipto=EG
do-you-know | sabes tú la capital {} | de marruecos=MA
do-you-know | a que no sabes cuál es la capital {} | de mauritania=MR
do-you-know | conoces la capital {} | de libia=LY
do-you-know | tienes idea de cuál es la capital {} | de georgia el país=GE

leading-filler | eh pues a ver la capital {} | de senegal=SN
leading-filler | mmm cuál es eh la capital {} | de gambia=GM
leading-filler | bueno pues nada cuál es la capital {} | de cabo verde=CV
leading-filler | ay madre cuál es la capital {} | de guinea ecuatorial=GQ
leading-filler | hala pues dime la capital {} | de sierra leona=SL

hesitation | cuál es la la capital {} | de nigeria=NG
hesitation | cuál es la capital de de de {} | camerún=CM
hesitation | la capital de eh cómo se llama {} | zambia=ZM
hesitation | cuál es la capital de mmm {} eso | botsuana=BW

trailing-words | cuál es la capital {} y ya está | de namibia=NA
trailing-words | la capital {} me la dices que me voy a dormir | de angola=AO
trailing-words | cuál es la capital {} porfa gracias guapa | de mozambique=MZ
trailing-words | cuál es la capital {} que lo he leído en un libro | de madagascar=MG

bare-name | catar | QA
bare-name | bangladés | BD
bare-name | capital {} rápido | de omán=OM; de baréin=BH
bare-name | {} capital cuál | yemen=YE; kuwait=KW

everyday-name | cuál es la capital de {} que siempre me lío | holanda=NL; inglaterra=GB-ENG
everyday-name | y la capital de {} quillo | rusia=RU
everyday-name | la capital de {} cuál es miarma | emiratos=AE
everyday-name | cuál es la capital de {} que mi cuñado trabaja allí | arabia=SA
everyday-name | capital de {} neno | birmania=MM

official-name | cuál es la capital {} a ver | del reino de españa=ES; de la república helénica=GR
official-name | oye cuál es la capital oficial {} | de la confederación suiza=CH
official-name | dime la capital {} que lo pone así en el pasaporte | de la república francesa=FR; del gran ducado de luxemburgo=LU
official-name | cuál es la capital {} que sale así en el examen | de la república argelina democrática y popular=DZ

old-name | cuál era la capital {} en tiempos de mi abuela | de persia=IR; de ceilán=LK
old-name | la capital {} como decía mi abuelo | de siam=TH
old-name | y la capital {} que así venía en mi atlas | de la rusia blanca=BY

plural-capitals | cuáles son las capitales {} que tiene varias | de sudáfrica=ZA
plural-capitals | quillo cuáles son las capitales {} | de bolivia=BO
plural-capitals | dime las capitales {} que son dos | de los países bajos=NL
plural-capitals | cuáles son las dos capitales {} | de malasia=MY
plural-capitals | las capitales {} cuáles son neno | de benín=BJ

shared-name | cuál es la capital de {} que no me aclaro | las coreas=KP+KR
shared-name | la capital {} cuál es pisha | del congo=CD+CG
shared-name | cuál es la capital de georgia la de estados unidos | US-GA
shared-name | capital de corea la del sur | KR
shared-name | cuál es la capital de las islas vírgenes | VG+VI

subdivision | cuál es la capital {} que vamos de erasmus | de baviera=DE-BY; de gales=GB-WLS
subdivision | quillo cuál es la capital de {} | irlanda del norte=GB-NIR
subdivision | y la capital {} que me voy de erasmus | de sajonia=DE-SN
subdivision | cuál es la capital {} que vamos de vacaciones | de quebec=CA-QC
subdivision | cuál es la capital de {} en australia | queensland=AU-QLD; victoria=AU-VIC
subdivision | cuál es la capital {} en brasil | de bahía=BR-BA

territory | cuál es la capital {} que me voy de vacaciones | de gibraltar=GI; de las islas feroe=FO
territory | dime la capital {} neno | de groenlandia=GL; de la isla de man=IM
territory | y la capital {} que mi tío estuvo allí | de las islas malvinas=FK

follow-up | y {} quillo | la de suiza=CH; la de austria=AT
follow-up | y la de {} | noruega=NO
follow-up | vale y {} | de portugal=PT
follow-up | y ahora {} neno | la de irlanda=IE
follow-up | otra {} | la de italia=IT

yes-no-check | la capital de australia es sídney verdad | AU
yes-no-check | la capital de turquía es estambul no | TR
yes-no-check | es {} | berna la capital de suiza=CH
yes-no-check | la capital {} es oporto o no | de portugal=PT
yes-no-check | verdad que la capital {} es varsovia | de polonia=PL
yes-no-check | ginebra es la capital {} a que sí | de suiza=CH
yes-no-check | la capital {} es rabat o casablanca | de marruecos=MA

self-correction | a ver cuál es la capital de {} | suecia ay no de noruega=NO; eslovenia quise decir eslovaquia=SK
self-correction | dime la capital de {} | austria perdón australia=AU
self-correction | la capital de {} | letonia corrijo lituania=LT
self-correction | y cuál es la capital {} | de nigeria uy no de níger=NE
self-correction | y la de {} | islandia no no irlanda=IE

reverse-question | {} es la capital de qué país neno | vilna=CITY:Vilna; tallin=CITY:Tallin
reverse-question | de qué país es capital {} | liubliana=CITY:Liubliana
reverse-question | {} de dónde es capital | ereván=CITY:Ereván
reverse-question | quillo {} qué es capital de qué | skopie=CITY:Skopie

one-shot | pregúntale a capitales del mundo cuál es la capital {} | de islandia=IS
one-shot | dile a capitales del mundo que me diga la capital {} | de chequia=CZ
one-shot | abre capitales del mundo y dime la capital {} | de irak=IQ
one-shot | pregunta en capitales del mundo la capital {} | de afganistán=AF

recognition-artefact | cual es la capital de hungria | HU
recognition-artefact | cual es la capital de dinamarca | DK
recognition-artefact | cuales la capital de grecia | GR
recognition-artefact | la capital de azer baiyán | AZ
recognition-artefact | cuál es la capital de casa jistán | KZ
recognition-artefact | cuál es la capital de lie chen stein | LI
recognition-artefact | cuál es la capital de bos nia | BA

learner | cuál es capital de noruega yo soy noruego | NO
learner | la capital de suecia es qué por favor | SE
learner | dónde está capital de pakistán yo soy pakistaní | PK
learner | perdona capital de italia es roma sí | IT
learner | cuál è la capitale di bulgaria | BG
learner | cómo se llama capital de paraguay mi país | PY

quiz-game | en pasapalabra empieza por a capital de grecia | GR
quiz-game | pregunta del trivial cuál es la capital de kenia | KE
quiz-game | en el escape room nos piden la capital de estonia | EE
quiz-game | para el examen de geografía de la eso cuál es la capital de rumanía | RO

child | alexa cuál es la capital del país de los canguros | AU
child | mi profe dice que la capital de francia es parís es verdad | FR
child | yo tengo siete años y quiero saber la capital de japón | JP

elder | ai meu deus cuál era la capital de cuba que no me acuerdo | CU
elder | hija dile al aparato que me diga la capital de perú | PE
elder | en mis tiempos la capital de rusia era moscú y ahora | RU

at-work | estoy en la clínica con un perro de etiopía cuál es la capital de etiopía | ET
at-work | estamos en el taller de motos y nadie sabe la capital de japón | JP
at-work | en la biblioteca me preguntan la capital de mongolia | MN

launch | abre capitales del mundo neno | LAUNCH
launch | quillo abre capitales del mundo | LAUNCH
launch | venga vamos a jugar a capitales del mundo | LAUNCH

help | cómo va esto de las capitales | HELP
help | qué se le puede preguntar a esto | HELP
help | no me entero ayúdame | HELP
help | y esto cómo se usa | HELP
help | explícame cómo funciona el juego | HELP
help | qué tengo que decirte | HELP
help | ayuda por favor que no sé | HELP

stop | para ya pisha | STOP
stop | sal de aquí | STOP
stop | cállate un momento | STOP
stop | deja de hablar ya | STOP
stop | apágate neno | STOP
stop | para para para | STOP
stop | alexa basta ya | STOP

cancel | déjalo quillo | CANCEL
cancel | olvídalo neno | CANCEL
cancel | cancela eso | CANCEL
cancel | bah da igual déjalo | CANCEL
cancel | no nada olvídalo | CANCEL
cancel | cancélalo ya | CANCEL
cancel | anula la pregunta | CANCEL

out-of-domain | cuál es la capital de galicia | FB
out-of-domain | cuál es la capital de andalucía | FB
out-of-domain | cuál es la capital del pulpo | FB
out-of-domain | cuántos habitantes tiene noruega | FB
out-of-domain | qué moneda usan en hungría | FB
out-of-domain | qué idioma se habla en suiza | FB
out-of-domain | qué tiempo hace en cádiz | FB
out-of-domain | pon una sevillana | FB
out-of-domain | cuál es el capital social de una sociedad limitada | FB
out-of-domain | cuáles son los siete pecados capitales | FB
out-of-domain | cuándo empieza el carnaval de cádiz | FB
out-of-domain | a qué hora sale el autobús para granada | FB
out-of-domain | cuánto mide la torre de hércules | FB
out-of-domain | qué tal juega el celta hoy | FB
out-of-domain | cuál es la capital de la provincia de lugo | FB
out-of-domain | cuál es la capital de cataluña | FB
out-of-domain | cuántos kilómetros tiene el camino de santiago | FB
out-of-domain | dónde está el albergue más cercano | FB
out-of-domain | pon un temporizador de diez minutos | FB
out-of-domain | qué es una letra capital | FB
out-of-domain | quién ganó la liga el año pasado | FB
out-of-domain | cuánto cuesta un vuelo a italia | FB
out-of-domain | cuál es el río más largo de europa | FB
out-of-domain | qué bandera tiene rayas azules y blancas | FB
out-of-domain | cuál es la moneda de marruecos | FB
out-of-domain | a qué distancia está ceuta de tánger | FB
out-of-domain | cuál es la capital de la costa brava | FB
out-of-domain | quién es el presidente de portugal | FB
out-of-domain | cuál es la capital de madeira que me voy de crucero | FB

# ---------------- es-MX ----------------
direct-question | bichi cuál es la capital {} | de chile=CL | es-MX
direct-question | vos cuál es la capital {} pue | de guatemala=GT | es-MX
direct-question | cuál es la capital {} que en el ensayo de la banda salió el tema | de haití=HT | es-MX
direct-question | cuál es la capital {} que estoy parchando una llanta | de belice=BZ | es-MX
direct-question | cuál es la capital {} en lo que sale la carne | de uruguay=UY | es-MX
direct-question | fierro cuál es la capital {} | de paraguay=PY | es-MX
direct-question | cuál es la capital {} que está bien difícil | de surinam=SR; de guyana=GY | es-MX

polite-request | me podría decir por favor cuál es la capital {} | de república dominicana=DO | es-MX
polite-request | me hace el favor de decirme la capital {} | de las bahamas=BS | es-MX
polite-request | oiga disculpe cuál es la capital {} | de barbados=BB | es-MX
polite-request | fíjese que quisiera saber la capital {} | de trinidad y tobago=TT | es-MX
polite-request | con todo respeto cuál es la capital {} | de santa lucía=LC | es-MX
polite-request | si fuera tan amable la capital {} | de granada el país=GD | es-MX

imperative | a ver dime la capital {} | de dominica=DM | es-MX
imperative | échame la capital {} | de san vicente y las granadinas=VC | es-MX
imperative | pásame la capital {} bien rápido | de antigua y barbuda=AG | es-MX
imperative | dime nomás la capital {} | de san cristóbal y nieves=KN | es-MX
imperative | órale dime la capital {} | de canadá=CA | es-MX

do-you-know | sabes cuál es la capital {} | de la india=IN | es-MX
do-you-know | a poco sabes la capital {} | de bután=BT | es-MX
do-you-know | tú te sabes la capital {} | de nepal=NP | es-MX
do-you-know | no sabrás de casualidad la capital {} | de sri lanka=LK | es-MX

leading-filler | este este cuál es la capital {} | de vietnam=VN | es-MX
leading-filler | oye oye la capital {} | de camboya=KH | es-MX
leading-filler | a ver a ver cuál es la capital {} | de laos=LA | es-MX
leading-filler | pues este cuál es la capital {} | de tailandia=TH | es-MX
leading-filler | no inventes oye cuál es la capital {} | de indonesia=ID | es-MX

hesitation | cuál es la capital de este de {} | filipinas=PH | es-MX
hesitation | la capital de eh cómo se dice {} | malasia=MY | es-MX
hesitation | cuál es la cap la capital {} | de singapur=SG | es-MX
hesitation | cuál es la capital de {} de ese país | brunéi=BN | es-MX

trailing-words | cuál es la capital {} pues | de timor oriental=TL | es-MX
trailing-words | cuál es la capital {} o cómo es | de papúa nueva guinea=PG | es-MX
trailing-words | la capital {} para la tarea de mi hija | de fiyi=FJ | es-MX
trailing-words | cuál es la capital {} nomás por saber | de samoa=WS | es-MX

bare-name | tonga | TO | es-MX
bare-name | vanuatu | VU | es-MX
bare-name | capital {} órale | de kiribati=KI; de tuvalu=TV | es-MX
bare-name | {} la capital | nauru=NR; palaos=PW | es-MX

everyday-name | cuál es la capital de {} jaja | el gabacho=US | es-MX
everyday-name | la capital de {} cuál es compa | corea del sur=KR | es-MX
everyday-name | cuál es la capital de {} pues | birmania=MM | es-MX

official-name | cuál es la capital {} según la maestra | de los estados unidos mexicanos=MX | es-MX
official-name | dime la capital {} para la guía | de la república oriental del uruguay=UY | es-MX
official-name | cuál es la capital {} según el libro | del estado plurinacional de bolivia=BO | es-MX
official-name | la capital {} cuál es plebe | de la república popular china=CN | es-MX

old-name | cuál era la capital {} antes | de honduras británica=BZ | es-MX
old-name | la capital {} cuál era | de la guinea española=GQ; del zaire=CD | es-MX
old-name | cuál es la capital {} como se decía antes | de kampuchea=KH | es-MX

plural-capitals | cuáles son las capitales {} | del estado plurinacional de bolivia=BO | es-MX
plural-capitals | oye cuáles son las capitales {} | de costa de marfil=CI | es-MX
plural-capitals | las capitales {} cuáles son | de esuatini=SZ | es-MX
plural-capitals | cuáles son las capitales {} pue | de palestina=PS | es-MX

shared-name | cuál es la capital de {} así nomás | corea=KP+KR | es-MX
shared-name | chale la capital de {} cuál es | georgia=GE+US-GA | es-MX
shared-name | cuál es la capital del congo el de kinsasa | CD | es-MX
shared-name | la capital de los dos congos | CD+CG | es-MX
shared-name | cuál es la capital de corea la del norte | KP | es-MX

subdivision | cuál es la capital {} plebes | de sinaloa=MX-SIN; de sonora=MX-SON | es-MX
subdivision | plebe cuál es la capital {} | de chiapas=MX-CHP | es-MX
subdivision | ya chole cuál es la capital {} | de tabasco=MX-TAB | es-MX
subdivision | cuál es la capital {} que mi jefa es de allá | de guerrero=MX-GRO | es-MX
subdivision | la capital {} cuál es no me acuerdo | de quintana roo=MX-ROO; de tamaulipas=MX-TAM | es-MX
subdivision | cuál es la capital {} compa | del estado de méxico=MX-MEX | es-MX
subdivision | y la capital {} compa | de nuevo león=MX-NLE; de baja california=MX-BCN | es-MX
subdivision | cuál es la capital {} que vamos a ir | de puebla el estado=MX-PUE | es-MX
subdivision | cuál es la capital de {} allá en el otro lado | texas=US-TX; arizona=US-AZ | es-MX
subdivision | cuál es la capital {} allá en canadá | de ontario=CA-ON | es-MX

territory | cuál es la capital {} que va mi prima | de puerto rico=PR; de las islas caimán=KY | es-MX
territory | la capital {} qué es | de aruba=AW; de curazao=CW | es-MX
territory | cuál es la capital {} que tengo un primo ahí | de la guayana francesa=GF | es-MX
territory | y la capital {} pues | de martinica=MQ | es-MX

follow-up | a ver y {} | la de chile=CL | es-MX
follow-up | ahora {} | la de argentina=AR | es-MX

yes-no-check | la capital de brasil es río de janeiro verdad | BR | es-MX
yes-no-check | la capital de canadá es toronto o no | CA | es-MX
yes-no-check | a poco la capital {} es la paz | de bolivia=BO | es-MX
yes-no-check | la capital {} es nueva york verdad | de estados unidos=US | es-MX

self-correction | fíjate cuál es la capital de {} | honduras ay no de el salvador=SV; paraguay me equivoqué uruguay=UY | es-MX
self-correction | la capital de {} | costa rica o sea no panamá=PA | es-MX
self-correction | dime la capital de {} | colombia perdón venezuela=VE | es-MX
self-correction | y la capital de {} | sonora digo sinaloa=MX-SIN | es-MX
self-correction | oye cuál es la capital de {} | austria no espérate australia=AU | es-MX

reverse-question | {} es la capital de qué país compa | tegucigalpa=CITY:Tegucigalpa; managua=CITY:Managua | es-MX
reverse-question | de qué estado es capital {} | culiacán=CITY:Culiacán; hermosillo=CITY:Hermosillo | es-MX
reverse-question | {} es capital de dónde | tuxtla gutiérrez=CITY:Tuxtla Gutiérrez | es-MX
reverse-question | de dónde es capital {} | villahermosa=CITY:Villahermosa | es-MX
reverse-question | {} de qué país es la capital | paramaribo=CITY:Paramaribo | es-MX

one-shot | pregúntale a capitales del mundo la capital {} | de guyana=GY | es-MX
one-shot | oye dile a capitales del mundo que cuál es la capital {} | de kirguistán=KG | es-MX
one-shot | abre capitales del mundo y pregúntale la capital {} | de uzbekistán=UZ | es-MX
one-shot | con capitales del mundo cuál es la capital {} | de tayikistán=TJ | es-MX

recognition-artefact | cual es la capital de panama | PA | es-MX
recognition-artefact | cual es la capital de peru | PE | es-MX
recognition-artefact | cuál es la capital de e cuador | EC | es-MX
recognition-artefact | cuál es la capital de hay tí | HT | es-MX
recognition-artefact | cuál es la capital de nica ragua | NI | es-MX
recognition-artefact | cuales la capital de jamaica | JM | es-MX

learner | cuál es capital de guatemala yo soy de chamula | GT | es-MX
learner | la capital de méxico cómo se llama yo no hablo bien | MX | es-MX
learner | dónde es capital de honduras mi país | HN | es-MX
learner | cuál es capital de michoacán yo hablo purépecha | MX-MIC | es-MX

quiz-game | para el examen de la secundaria técnica cuál es la capital de egipto | EG | es-MX
quiz-game | en el cch nos preguntaron la capital de turquía | TR | es-MX
quiz-game | vamos a jugar basta país con k la capital de kenia | KE | es-MX

child | soy de segundo y mi maestra quiere la capital de china | CN | es-MX
child | alexa cuál es la capital de la tierra de los osos panda | CN | es-MX
child | la capital de francia es la de la torre eiffel verdad | FR | es-MX

elder | mija pregúntale al aparatito la capital de españa | ES | es-MX
elder | a ver tú muchacha cuál es la capital de italia | IT | es-MX
elder | yo no sé usar esto cuál es la capital de alemania | DE | es-MX

at-work | estoy boleando zapatos y un turista pregunta la capital de australia | AU | es-MX
at-work | en la maquila nos preguntamos la capital de corea del sur | KR | es-MX
at-work | llevo pasaje en el didi y quiere saber la capital de rusia | RU | es-MX

launch | abre capitales del mundo compa | LAUNCH | es-MX
launch | oye ábreme capitales del mundo | LAUNCH | es-MX
launch | quiero jugar capitales del mundo | LAUNCH | es-MX
launch | pon capitales del mundo plebe | LAUNCH | es-MX

help | cómo le hago para preguntar | HELP | es-MX
help | qué onda cómo funciona esto | HELP | es-MX
help | no le entiendo ayúdame | HELP | es-MX
help | qué cosas le puedo preguntar | HELP | es-MX
help | cómo se usa esta madre | HELP | es-MX
help | dame instrucciones | HELP | es-MX
help | ayúdame compa no sé qué decir | HELP | es-MX

stop | ya párale | STOP | es-MX
stop | ya bájale | STOP | es-MX
stop | ya cállate | STOP | es-MX
stop | salte de ahí | STOP | es-MX
stop | ya estuvo para | STOP | es-MX
stop | apágate ya | STOP | es-MX
stop | ya no quiero jugar sal | STOP | es-MX

cancel | ya olvídalo | CANCEL | es-MX
cancel | sabes qué no cancela | CANCEL | es-MX
cancel | nel cancela | CANCEL | es-MX
cancel | ahí muere cancela | CANCEL | es-MX
cancel | déjalo así | CANCEL | es-MX
cancel | mejor no olvídalo | CANCEL | es-MX
cancel | cancelar pregunta | CANCEL | es-MX

out-of-domain | cuál es la capital mundial del tequila | FB | es-MX
out-of-domain | cuál es la capital del mole | FB | es-MX
out-of-domain | cuántos habitantes tiene méxico | FB | es-MX
out-of-domain | qué idioma hablan en brasil | FB | es-MX
out-of-domain | a cuánto está el dólar | FB | es-MX
out-of-domain | pon una de banda el recodo | FB | es-MX
out-of-domain | qué tiempo va a hacer en culiacán | FB | es-MX
out-of-domain | a qué hora juegan los tomateros | FB | es-MX
out-of-domain | cuál es la moneda de guatemala | FB | es-MX
out-of-domain | cuántos estados tiene méxico | FB | es-MX
out-of-domain | cuál es la capital del municipio de tapachula | FB | es-MX
out-of-domain | cuál es la cabecera de san cristóbal | FB | es-MX
out-of-domain | cuánto cuesta el boleto del metro | FB | es-MX
out-of-domain | a qué hora cierra la pulquería | FB | es-MX
out-of-domain | cuál es la capital de la nación purépecha | FB | es-MX
out-of-domain | qué lenguas se hablan en chiapas | FB | es-MX
out-of-domain | cuál es el volcán más alto de méxico | FB | es-MX
out-of-domain | quién ganó el clásico | FB | es-MX
out-of-domain | pon una alarma a las cinco | FB | es-MX
out-of-domain | cuánto es quince por cuatro | FB | es-MX
out-of-domain | qué es capital de trabajo en contabilidad | FB | es-MX
out-of-domain | cuál es la lada de culiacán | FB | es-MX
out-of-domain | cuándo es el grito de independencia | FB | es-MX
out-of-domain | cuál es la bandera de honduras | FB | es-MX
out-of-domain | cuántos kilómetros hay de hermosillo a tijuana | FB | es-MX
out-of-domain | pon cumbia sonidera | FB | es-MX
out-of-domain | cuál es la capital del cacao en tabasco | FB | es-MX
out-of-domain | dónde queda la vulcanizadora más cercana | FB | es-MX

# ---------------- es-US ----------------
direct-question | maje cuál es la capital {} | de honduras=HN | es-US
direct-question | chamo cuál es la capital {} | de venezuela=VE; de trinidad=TT | es-US
direct-question | parce cuál es la capital {} | de brasil=BR | es-US
direct-question | mano cuál es la capital {} | de cuba=CU | es-US
direct-question | chocho cuál es la capital {} | de nicaragua=NI | es-US
direct-question | cuál es la capital {} que estoy en el camión en la diez | de arabia saudí=SA | es-US
direct-question | cuál es la capital {} que estamos en la refinería en el break | de kuwait=KW | es-US
direct-question | cuál es la capital {} que estoy con las ovejas en el monte | de perú=PE | es-US
direct-question | cuál es la capital {} que trabajo en el barco y vamos para allá | de bahamas=BS | es-US

polite-request | me podrías decir la capital {} please | de panamá=PA | es-US

imperative | dime la capital {} al toque | de argentina=AR | es-US
imperative | búscame la capital {} | de japón=JP | es-US
imperative | enséñame la capital {} | de filipinas=PH | es-US

do-you-know | tú sabes cuál es la capital {} | de corea del norte=KP | es-US
do-you-know | sabes la capital {} o no | de israel=IL | es-US
do-you-know | te sabes la capital {} macizo | de líbano=LB | es-US
do-you-know | será que sabes la capital {} | de siria=SY | es-US

leading-filler | bueno vale cuál es la capital {} | de irán=IR | es-US
leading-filler | ay mira dime la capital {} | de irak=IQ | es-US
leading-filler | eh bueno pues la capital {} | de pakistán=PK | es-US
leading-filler | so cuál es la capital {} | de afganistán=AF | es-US
leading-filler | okay okay la capital {} | de bangladés=BD | es-US

hesitation | cuál es la capital de de {} | armenia=AM | es-US
hesitation | la capital del del {} | líbano=LB | es-US
hesitation | cuál es eh eh la capital {} | de azerbaiyán=AZ | es-US
hesitation | cuál es la capital de cómo se llama ese país {} | kazajistán=KZ | es-US

trailing-words | cuál es la capital {} y ya | de turkmenistán=TM | es-US
trailing-words | la capital {} es para la clase | de mongolia=MN | es-US
trailing-words | cuál es la capital {} gracias mi amor | de tanzania=TZ | es-US
trailing-words | cuál es la capital {} que mi suegra es de allá | de uganda=UG | es-US

bare-name | ruanda | RW | es-US
bare-name | burundi | BI | es-US
bare-name | capital {} maje | de somalia=SO; de yibuti=DJ | es-US
bare-name | {} capital por favor | eritrea=ER; sudán=SD | es-US

everyday-name | cuál es la capital de {} so | costa de marfil=CI | es-US
everyday-name | y la capital de {} mano | los emiratos=AE | es-US

official-name | cuál es la capital oficial {} | de la república islámica de irán=IR; de la federación rusa=RU | es-US
official-name | la capital {} que es lo mismo que inglaterra | del reino unido de gran bretaña e irlanda del norte=GB | es-US
official-name | cuál es la capital {} vale | de la república democrática del congo=CD; de la república del congo=CG | es-US

old-name | cuál es la capital {} como decía mi abuelo | de rodesia=ZW; de abisinia=ET | es-US
old-name | cuál era la capital {} mano | de suazilandia=SZ | es-US
old-name | la capital {} como le decían antes | de la costa de oro=GH | es-US
old-name | cuál es la capital {} que ahora se llama benín | de dahomey=BJ | es-US

plural-capitals | cuáles son las capitales {} please | de sri lanka=LK; de benín=BJ | es-US
plural-capitals | dime las capitales {} | de holanda=NL | es-US
plural-capitals | cuáles son las tres capitales {} parce | de sudáfrica=ZA | es-US
plural-capitals | cuáles son las capitales {} que tiene dos | de malasia=MY | es-US
plural-capitals | la capitales {} cuáles son | de côte d'ivoire=CI | es-US
plural-capitals | cuáles son las capitales {} mano | de palestina=PS | es-US
plural-capitals | las capitales {} dime cuáles son | de suazilandia=SZ | es-US

shared-name | cuál es la capital de {} mano | las dos coreas=KP+KR | es-US
shared-name | cuál es la capital {} donde vivo | de georgia el estado=US-GA | es-US
shared-name | cuál es la capital de congo el de brazzaville | CG | es-US
shared-name | la capital de las islas vírgenes americanas | VI | es-US
shared-name | la capital de las islas vírgenes británicas | VG | es-US
shared-name | dime la capital de congo | CD+CG | es-US

subdivision | cuál es la capital {} maje que trabajo aquí | de luisiana=US-LA | es-US
subdivision | la capital {} cuál es pana | de florida=US-FL | es-US
subdivision | cuál es la capital {} que vivo aquí y no sé | de california=US-CA; de tennessee=US-TN | es-US
subdivision | cuál es la capital {} pues | de nueva york=US-NY | es-US
subdivision | y la capital {} nena | de carolina del sur=US-SC | es-US
subdivision | cuál es la capital {} para el test de ciudadanía | de pensilvania=US-PA | es-US
subdivision | la capital {} dime | de hawái=US-HI | es-US
subdivision | cuál es la capital {} en vancouver o dónde | de columbia británica=CA-BC | es-US

territory | cuál es la capital {} mano | de guam=GU; de las bermudas=BM | es-US
territory | la capital {} en el pacífico | de samoa americana=AS | es-US
territory | cuál es la capital {} la parte holandesa | de sint maarten=SX | es-US
territory | y la capital {} que vamos en el crucero | de las islas turcas y caicos=TC | es-US
territory | cuál es la capital {} oye | de taiwán=TW; de kosovo=XK | es-US

follow-up | okay y {} | la de el salvador=SV | es-US
follow-up | y de {} nena | puerto rico=PR | es-US
follow-up | okay y {} | la de cuba=CU | es-US
follow-up | y la de {} parce | ecuador=EC | es-US

yes-no-check | la capital de venezuela es caracas verdad | VE | es-US
yes-no-check | la capital de colombia es medellín no | CO | es-US
yes-no-check | la capital {} es lima cierto | de perú=PE | es-US
yes-no-check | la capital {} es los ángeles verdad | de california=US-CA | es-US
yes-no-check | la capital {} es houston o austin | de texas=US-TX | es-US
yes-no-check | verdad que la capital {} es san pedro sula | de honduras=HN | es-US

self-correction | okay cuál es la capital de {} | nicaragua ay no honduras=HN; perú perdón bolivia=BO | es-US
self-correction | la capital de {} | chile sorry i mean argentina=AR | es-US
self-correction | dime la capital de {} | cuba digo jamaica=JM | es-US
self-correction | so cuál es la capital de {} | texas no espera oklahoma=US-OK | es-US
self-correction | y la de {} | guatemala quise decir belice=BZ | es-US

reverse-question | {} es la capital de qué país chamo | caracas=CITY:Caracas; quito=CITY:Quito | es-US
reverse-question | de qué país es capital {} | bogotá=CITY:Bogotá | es-US
reverse-question | {} es capital de dónde | baton rouge=CITY:Baton Rouge; sacramento=CITY:Sacramento | es-US
reverse-question | {} de qué estado es la capital | springfield=CITY:Springfield | es-US
reverse-question | de dónde es la capital {} | asunción=CITY:Asunción | es-US

one-shot | alexa pregúntale a capitales del mundo la capital {} | de groenlandia=GL | es-US
one-shot | ask capitales del mundo cuál es la capital {} | de nueva zelanda=NZ | es-US
one-shot | dile a capitales del mundo cuál es la capital {} | de catar=QA | es-US
one-shot | en capitales del mundo dime la capital {} | de omán=OM | es-US

recognition-artefact | cual es la capital de colombia | CO | es-US
recognition-artefact | cual es la capital de belice | BZ | es-US
recognition-artefact | cuál es la capital de ven esuela | VE | es-US
recognition-artefact | cuál es la capital de costarica | CR | es-US
recognition-artefact | cuál es la capital de el sal vador | SV | es-US
recognition-artefact | cuál es la capital de guate mala | GT | es-US
recognition-artefact | cuales la capital de luisiana | US-LA | es-US

spanglish | hey alexa what's la capital de honduras | HN | es-US
spanglish | okay so la capital de nicaragua | NI | es-US
spanglish | real quick cuál es la capital de canadá | CA | es-US
spanglish | like cuál es la capital de italia | IT | es-US
spanglish | what's the capital de perú | PE | es-US
spanglish | la capital of venezuela | VE | es-US
spanglish | necesito la capital de egipto for my class | EG | es-US
spanglish | so like cuál es la capital de arizona | US-AZ | es-US

learner | cuál es la capital de españa hermano yo fui misionero allá | ES | es-US
learner | dónde es la capital de chile | CL | es-US
learner | qué es la capital por méxico | MX | es-US
learner | cuál es el capital de guatemala | GT | es-US

quiz-game | estamos jugando trivia en la cafetería cuál es la capital de grecia | GR | es-US
quiz-game | pregunta del bingo de la biblioteca cuál es la capital de portugal | PT | es-US
quiz-game | para el quiz del college cuál es la capital de polonia | PL | es-US

child | alexa yo tengo seis años cuál es la capital de méxico | MX | es-US
child | mi teacher dice que la capital de texas es austin es verdad | US-TX | es-US
child | cuál es la capital del país de mi abuelita honduras | HN | es-US

elder | mijo dile que me diga la capital de nicaragua | NI | es-US
elder | ay señorita cuál es la capital de el salvador | SV | es-US
elder | oiga máquina cuál es la capital de cuba | CU | es-US

at-work | estoy en la panadería de pilsen y me preguntan la capital de polonia | PL | es-US
at-work | en la taquería un cliente quiere la capital de corea | KP+KR | es-US
at-work | estamos cosiendo en la fábrica cuál es la capital de vietnam | VN | es-US
at-work | en la clase de zumba hablamos de la capital de brasil | BR | es-US

launch | hey alexa abre capitales del mundo | LAUNCH | es-US
launch | open capitales del mundo | LAUNCH | es-US
launch | vamos a jugar capitales del mundo chamo | LAUNCH | es-US
launch | abre el juego capitales del mundo | LAUNCH | es-US
launch | empieza capitales del mundo por favor | LAUNCH | es-US

help | help cómo funciona esto | HELP | es-US
help | qué puedo preguntarte parce | HELP | es-US
help | no sé cómo usar esto ayuda | HELP | es-US
help | cómo es que se juega esto | HELP | es-US
help | necesito ayuda con las capitales | HELP | es-US
help | explícame qué hago | HELP | es-US
help | qué es lo que tú haces | HELP | es-US

stop | stop ya | STOP | es-US
stop | para ya chamo | STOP | es-US
stop | cállate ya mano | STOP | es-US
stop | sal del juego | STOP | es-US
stop | ya para por favor | STOP | es-US
stop | apágate please | STOP | es-US
stop | ya no más para | STOP | es-US

cancel | cancel olvídalo | CANCEL | es-US
cancel | olvídate de eso | CANCEL | es-US
cancel | cancela eso parce | CANCEL | es-US
cancel | no mejor cancela | CANCEL | es-US
cancel | never mind olvídalo | CANCEL | es-US
cancel | déjalo ahí | CANCEL | es-US
cancel | cancela la pregunta | CANCEL | es-US

out-of-domain | cuál es la capital del condado de harris | FB | es-US
out-of-domain | cuántos habitantes tiene honduras | FB | es-US
out-of-domain | qué moneda usan en venezuela | FB | es-US
out-of-domain | cuál es la bandera de nicaragua | FB | es-US
out-of-domain | qué hora es en tegucigalpa | FB | es-US
out-of-domain | cuánto cuesta mandar dinero a colombia | FB | es-US
out-of-domain | pon música de marc anthony | FB | es-US
out-of-domain | qué tiempo hace en new orleans | FB | es-US
out-of-domain | cuál es la capital del crawfish | FB | es-US
out-of-domain | cuál es la capital del mundo del reggaetón | FB | es-US
out-of-domain | cuál es la capital de wyoming county | FB | es-US
out-of-domain | dónde queda el consulado de honduras | FB | es-US
out-of-domain | cuánto paga la refinería por hora | FB | es-US
out-of-domain | cuántas millas hay de houston a el paso | FB | es-US
out-of-domain | cuál es la capital de mi cuenta de ahorros | FB | es-US
out-of-domain | qué significa capital gains | FB | es-US
out-of-domain | quién es el presidente de colombia | FB | es-US
out-of-domain | qué idioma hablan en belice | FB | es-US
out-of-domain | pon un timer de veinte minutos | FB | es-US
out-of-domain | dime un chiste | FB | es-US
out-of-domain | cuál es el estado más grande de estados unidos | FB | es-US
out-of-domain | cuántos estados hay | FB | es-US
out-of-domain | cuándo juega la selección de venezuela | FB | es-US
out-of-domain | quién cantó el himno en el super bowl | FB | es-US
out-of-domain | cuál es la capital de queens | FB | es-US
out-of-domain | cuál es la capital de manhattan | FB | es-US
out-of-domain | qué es el daca | FB | es-US
out-of-domain | cuándo abre la biblioteca | FB | es-US

# ---------------- es-ES, second batch ----------------
direct-question | oye nen la capital {} quina és digo cuál es | de burkina faso=BF
direct-question | primo cuál es la capital {} | de mali=ML; de chad=TD
direct-question | cuál es la capital {} que tengo un paciente de allí en planta | de gabón=GA
direct-question | cuál es la capital {} que estamos esperando la bola en el pádel | de togo=TG
direct-question | cuál es la capital {} que lo pregunta el de la tienda de abajo | de liberia=LR
direct-question | cuál es la capital {} que la guía de la alhambra no lo sabía | de jordania=JO
direct-question | ay chavea cuál es la capital {} | de guinea=GN
direct-question | cuál es la capital {} que vamos en el autocar del viaje de fin de curso | de hungría=HU
direct-question | cuál es la capital {} que estamos echando las nasas | de mauricio=MU
direct-question | home cuál é a capital {} | de portugal=PT
direct-question | cuál es la capital {} que mi vecino sueco no se acuerda | de suecia=SE
direct-question | oye miarma y la capital {} cuál era | de comoras=KM

polite-request | buenas noches me dice usted la capital {} | de malaui=MW
polite-request | disculpe cuál sería la capital {} | de lesoto=LS
polite-request | por favor podrías decirme la capital {} | de seychelles=SC
polite-request | me harías el favor de buscar la capital {} | de sudán del sur=SS

imperative | anda dime la capital {} | de maldivas=MV
imperative | cuéntame cuál es la capital {} | de guinea-bisáu=GW
imperative | dime la capital {} que no la encuentro en el mapa | de la república centroafricana=CF
imperative | léeme la capital {} | de santo tomé y príncipe=ST

do-you-know | a que tú sí sabes la capital {} | de las islas marshall=MH
do-you-know | sabrías decirme la capital {} | de micronesia=FM
do-you-know | tú sabes la capital {} neno | de las islas salomón=SB

bare-name | {} capital cuál es | bután=BT
bare-name | capital {} porfa | de sudán del sur=SS

leading-filler | uf a ver cuál es la capital {} | de alemania=DE
leading-filler | buah pues dime la capital {} | de italia=IT

trailing-words | cuál es la capital {} que me pica la curiosidad | de marruecos=MA
trailing-words | dime la capital {} y te dejo en paz | de argelia=DZ
trailing-words | cuál es la capital {} que luego se me olvida | de dinamarca=DK

everyday-name | cuál es la capital de {} vale | gran bretaña=GB
everyday-name | y la capital de {} que no me acuerdo nunca | chequia=CZ
everyday-name | cuál es la capital de {} tío | corea del norte=KP

official-name | la capital {} cuál es exactamente | del reino hachemita de jordania=JO
official-name | cuál es la capital {} que lo pone en el sello | del principado de mónaco=MC

old-name | cuál es la capital {} que así lo estudié yo | de abisinia=ET
old-name | dime la capital {} la de antes | de bechuanalandia=BW

plural-capitals | cuáles son las capitales {} que me han dicho que tiene tres | de sudáfrica=ZA
plural-capitals | qué capitales tiene {} | sri lanka=LK
plural-capitals | cuáles son las capitales {} que tiene dos a que sí | de costa de marfil=CI
plural-capitals | dime las dos capitales {} neno | de palestina=PS
plural-capitals | y las capitales {} cuáles son | de esuatini=SZ

shared-name | dime la capital de {} pisha | georgia=GE+US-GA
shared-name | cuál es la capital del congo el de brazzaville | CG
shared-name | y corea cuál es su capital | KP+KR

subdivision | cuál es la capital {} que es donde vive mi hija | de escocia=GB-SCT
subdivision | cuál es la capital {} que voy al mundial | de nueva gales del sur=AU-NSW
subdivision | la capital {} cuál es que voy a ver a mi sobrino | de renania del norte-westfalia=DE-NW
subdivision | cuál es la capital {} en la india | de kerala=IN-KL; de rajastán=IN-RJ
subdivision | dime la capital {} que vamos al oktoberfest | de hesse=DE-HE
subdivision | cuál es la capital {} en canadá | de alberta=CA-AB

territory | cuál es la capital {} que voy en verano | de las islas aland=AX
territory | cuál es la capital {} que sale en el documental | de santa elena=SH
territory | dime la capital {} que mi primo hace la mili allí | de la polinesia francesa=PF

follow-up | y qué me dices {} | de grecia=GR
follow-up | y {} que no me has dicho | la de malta=MT
follow-up | venga y {} | la de chipre=CY
follow-up | y para {} | croacia=HR

yes-no-check | la capital {} es zúrich verdad | de suiza=CH
yes-no-check | la capital {} es berlín no | de alemania=DE
yes-no-check | es oslo la capital {} | de noruega=NO
yes-no-check | la capital {} es edimburgo o glasgow | de escocia=GB-SCT

self-correction | a ver la capital de {} | mali no perdona malaui=MW
self-correction | venga dime la capital de {} | gambia o sea no ghana=GH
self-correction | y la capital de {} | eslovaquia rectifico eslovenia=SI
self-correction | cuál es la capital de {} mejor dicho | hungría no bulgaria=BG

reverse-question | de qué país es capital {} | bamako=CITY:Bamako
reverse-question | {} de qué país es | uagadugú=CITY:Uagadugú; yamena=CITY:Yamena
reverse-question | {} es capital de qué | lomé=CITY:Lomé

one-shot | pídele a capitales del mundo la capital {} | de bután=BT
one-shot | abre capitales del mundo y dime cuál es la capital {} | de guinea-bisáu=GW
one-shot | oye que capitales del mundo me diga la capital {} | de liberia=LR

recognition-artefact | cual es la capital de guinea bisau | GW
recognition-artefact | cuál es la capital de burkina fazo | BF
recognition-artefact | cuál es la capital de mada gascar | MG
recognition-artefact | cuál es la capital de sierra lleona | SL
recognition-artefact | cual es la capital de mauricio | MU
recognition-artefact | cuál es la capital de tur quía | TR

learner | cuál es capital de suecia yo vivo en benidorm | SE
learner | io voglio sapere la capital de italia | IT
learner | mi país es holanda qué es la capital | NL
learner | capital de bulgaria es sofía sí o no | BG
learner | perdón mi español no bueno capital de alemania | DE
learner | cuál es capital de paraguay por demás lindo | PY

quiz-game | en el trivial me toca geografía capital de mozambique | MZ
quiz-game | pasapalabra con la m capital de mauritania | MR
quiz-game | la pregunta del escape room es la capital de maldivas | MV
quiz-game | estamos jugando a stop y necesito una capital de áfrica la de chad | TD

child | alexa mi hermano dice que la capital de inglaterra es londres | GB-ENG
child | yo quiero saber cuál es la capital de los pingüinos de la antártida | AQ
child | cuál es la capital del país de los faraones | EG

elder | niña pregúntale a la cosa esta la capital de cuba | CU
elder | yo es que no sé si lo digo bien la capital de venezuela | VE
elder | aparato dime la capital de argentina que tengo un hijo allí | AR

at-work | estoy de noche en urgencias y un paciente pregunta la capital de guinea | GN
at-work | en la clínica hay un gato de siam cuál es la capital de tailandia | TH
at-work | estoy en el faro y me ha dado por pensar cuál es la capital de cabo verde | CV

launch | oye abre capitales del mundo que vamos a jugar | LAUNCH
launch | nen obre capitales del mundo | LAUNCH
launch | quiero jugar a lo de capitales del mundo | LAUNCH

help | y ahora qué tengo que hacer | HELP
help | no entiendo nada cómo funciona | HELP
help | qué preguntas le puedo hacer a capitales del mundo | HELP
help | ayúdame con esto que no sé usarlo | HELP
help | cómo se juega a esto miarma | HELP
help | qué opciones tengo | HELP

stop | ya está para | STOP
stop | sal de capitales del mundo | STOP
stop | para que me voy a dormir | STOP
stop | calla calla calla | STOP
stop | fuera apágate | STOP
stop | termina ya | STOP

cancel | nada nada déjalo | CANCEL
cancel | cancela que me he equivocado | CANCEL
cancel | olvida lo que te he dicho | CANCEL
cancel | uy no cancela | CANCEL
cancel | deja deja no importa | CANCEL
cancel | anúlalo | CANCEL

out-of-domain | cuál es la capital de aragón | FB
out-of-domain | cuál es la capital de la rioja | FB
out-of-domain | cuántas islas tiene canarias | FB
out-of-domain | quién escribió el quijote | FB
out-of-domain | qué significa mayúscula capital en imprenta | FB
out-of-domain | cuál es la capital del marisco en galicia | FB
out-of-domain | pon la radio | FB
out-of-domain | dónde está la farmacia de guardia | FB
out-of-domain | cuántos kilómetros hay de vigo a lugo | FB
out-of-domain | qué idioma se habla en bélgica | FB
out-of-domain | cuál es la población de suecia | FB
out-of-domain | qué hora es en noruega | FB
out-of-domain | cuál es el prefijo de marruecos | FB
out-of-domain | cuál es el plato típico de perú | FB
out-of-domain | cómo se dice capital en inglés | FB
out-of-domain | cuál es la capital de la ribeira sacra | FB
out-of-domain | cuál es la montaña más alta de españa | FB
out-of-domain | qué es un crimen capital | FB

# ---------------- es-MX, second batch ----------------
direct-question | bichi ya dime cuál es la capital {} | de burkina faso=BF | es-MX
direct-question | huerco cuál es la capital {} | de mali=ML | es-MX
direct-question | no inventes cuál es la capital {} | de gabón=GA | es-MX
direct-question | qué onda güey y la capital {} | de liberia=LR | es-MX
direct-question | cuál es la capital {} que estoy despachando gasolina | de togo=TG | es-MX
direct-question | cuál es la capital {} que el de los tacos de carnitas dice que sabe | de marruecos=MA | es-MX
direct-question | cuál es la capital {} que el portero del llano no sabe | de camerún=CM | es-MX
direct-question | a ver vos cuál es la capital {} | de comoras=KM | es-MX
direct-question | pue cuál es la capital {} | de chad=TD | es-MX

polite-request | disculpe la molestia me dice la capital {} | de guinea=GN | es-MX
polite-request | me haría favor de decirme la capital {} | de maldivas=MV | es-MX
polite-request | por favorcito la capital {} | de mauricio=MU | es-MX
polite-request | buenas tardes cuál es la capital {} por favor | de sudán del sur=SS | es-MX

imperative | dime la capital {} ándale | de lesoto=LS | es-MX
imperative | ponme la capital {} | de malaui=MW | es-MX
imperative | dime luego luego la capital {} | de seychelles=SC | es-MX

do-you-know | sabes la capital {} compa | de la república centroafricana=CF | es-MX
do-you-know | y tú sabes la capital {} | de santo tomé y príncipe=ST | es-MX
do-you-know | conoces la capital {} plebe | de guinea-bisáu=GW | es-MX

bare-name | islas marshall | MH | es-MX
bare-name | micronesia | FM | es-MX
bare-name | islas salomón capital | SB | es-MX

leading-filler | oye pues la capital {} | de japón=JP | es-MX

trailing-words | cuál es la capital {} o qué onda | de noruega=NO | es-MX
trailing-words | cuál es la capital {} porfa que ya me voy | de suecia=SE | es-MX
trailing-words | cuál es la capital {} y ya no te pregunto más | de finlandia=FI | es-MX

everyday-name | cuál es la capital de {} güey | gringolandia ahí donde trabaja mi primo=US | es-MX
everyday-name | cuál es la capital de {} plebe | los emiratos=AE | es-MX
everyday-name | la capital de {} cuál es güey | inglaterra=GB-ENG | es-MX

official-name | cuál es la capital {} que así sale en el mapa | de la república islámica de mauritania=MR | es-MX
official-name | cuál es la capital {} oficialmente | de la república de corea=KR | es-MX

old-name | cuál era la capital {} | de nyasalandia=MW | es-MX
old-name | la capital {} como salía en el atlas | de rodesia=ZW | es-MX

plural-capitals | oye y cuáles son las capitales {} | de benín=BJ | es-MX
plural-capitals | cuáles son las capitales {} plebe | de malasia=MY | es-MX
plural-capitals | dime cuáles son las capitales {} | de sri lanka=LK | es-MX

shared-name | cuál es la capital de las islas vírgenes compa | VG+VI | es-MX
shared-name | cuál es la capital de georgia el país de europa | GE | es-MX
shared-name | y el congo cuál es su capital | CD+CG | es-MX

subdivision | cuál es la capital {} que mi jefe es de allá | de yucatán=MX-YUC | es-MX
subdivision | cuál es la capital {} bichi | de chihuahua=MX-CHH | es-MX
subdivision | cuál es la capital {} que no es acapulco | de guerrero el estado=MX-GRO | es-MX
subdivision | la capital {} cuál es | de veracruz=MX-VER | es-MX
subdivision | cuál es la capital {} que vamos a la feria | de tlaxcala=MX-TLA | es-MX
subdivision | cuál es la capital {} ya chole | de campeche=MX-CAM | es-MX
subdivision | cuál es la capital {} del otro lado | de nuevo méxico=US-NM | es-MX
subdivision | cuál es la capital {} que está en canadá | de manitoba=CA-MB | es-MX

territory | cuál es la capital {} compa | de guadalupe=GP | es-MX
territory | cuál es la capital {} en el caribe | de anguila=AI | es-MX

follow-up | y la {} | de belice=BZ | es-MX
follow-up | y qué tal {} | la de haití=HT | es-MX
follow-up | y {} ya que estamos | la de jamaica=JM | es-MX

yes-no-check | la capital {} es guadalajara verdad | de jalisco=MX-JAL | es-MX
yes-no-check | la capital {} es monterrey o no | de nuevo león=MX-NLE | es-MX
yes-no-check | es morelia la capital {} | de michoacán=MX-MIC | es-MX
yes-no-check | la capital {} es cancún verdad | de quintana roo=MX-ROO | es-MX
yes-no-check | la capital {} es mazatlán no | de sinaloa=MX-SIN | es-MX

self-correction | cuál es la capital de {} | chiapas no me equivoqué tabasco=MX-TAB | es-MX
self-correction | oye la capital de {} | sonora digo chihuahua=MX-CHH | es-MX
self-correction | cuál es la capital de {} ahora sí | guinea ay no gabón=GA | es-MX

reverse-question | y de qué estado es capital {} | chilpancingo=CITY:Chilpancingo; morelia=CITY:Morelia | es-MX
reverse-question | {} es capital de qué estado | chetumal=CITY:Chetumal | es-MX
reverse-question | {} de qué país es capital | nuakchot=CITY:Nuakchot | es-MX

one-shot | pregúntale a capitales del mundo cuál es la capital {} plebe | de togo=TG | es-MX
one-shot | oye capitales del mundo cuál es la capital {} | de burundi=BI | es-MX
one-shot | que me diga capitales del mundo la capital {} | de nigeria=NG | es-MX

recognition-artefact | cuál es la capital de mauri tania | MR | es-MX
recognition-artefact | cual es la capital de japon | JP | es-MX
recognition-artefact | cuál es la capital de la india nueva de li | IN | es-MX
recognition-artefact | cuál es la capital de michoacan | MX-MIC | es-MX
recognition-artefact | cuál es la capital de keniya | KE | es-MX

learner | cuál es capital de chiapas yo hablo tsotsil | MX-CHP | es-MX
learner | yo no sé bien castilla cuál es capital de méxico | MX | es-MX
learner | soy de honduras voy pa el norte cuál es capital de estados unidos | US | es-MX

quiz-game | en la guía del examen viene la capital de ghana cuál es | GH | es-MX
quiz-game | jugando basta con la l capital de liberia | LR | es-MX
quiz-game | para la olimpiada de geografía la capital de sudán | SD | es-MX

child | mi maestra de segundo dijo que la capital de perú es lima es cierto | PE | es-MX
child | alexa cuál es la capital del país de los leones | FB | es-MX
child | cuál es la capital de brasil donde juega neymar | BR | es-MX

elder | mija ya no me acuerdo la capital de honduras | HN | es-MX
elder | oiga joven cuál es la capital de francia | FR | es-MX

at-work | estamos en la vulcanizadora discutiendo la capital de venezuela | VE | es-MX
at-work | en el puesto de carnitas nos preguntan la capital de argentina | AR | es-MX

launch | abre capitales del mundo pue | LAUNCH | es-MX
launch | ponme el de capitales del mundo | LAUNCH | es-MX
launch | inicia capitales del mundo plebe | LAUNCH | es-MX

help | qué le digo a esto para que jale | HELP | es-MX
help | cómo funciona capitales del mundo | HELP | es-MX
help | no sé qué hacer ayuda | HELP | es-MX
help | qué puedo preguntar aquí compa | HELP | es-MX
help | explícame cómo está el juego | HELP | es-MX
help | y esto para qué sirve | HELP | es-MX

stop | ya estuvo | STOP | es-MX
stop | bájale ya cállate | STOP | es-MX
stop | ya no sal del juego | STOP | es-MX
stop | detente | STOP | es-MX
stop | ya para de hablar plebe | STOP | es-MX
stop | salir de capitales del mundo | STOP | es-MX

cancel | nombre olvídalo | CANCEL | es-MX
cancel | ahí déjalo | CANCEL | es-MX
cancel | cancela plebe | CANCEL | es-MX
cancel | mejor cancela eso | CANCEL | es-MX
cancel | no importa olvídalo compa | CANCEL | es-MX
cancel | ya no quiero saber cancela | CANCEL | es-MX

out-of-domain | cuántos habitantes tiene sinaloa | FB | es-MX
out-of-domain | cuál es la capital del mundo de la banda | FB | es-MX
out-of-domain | qué idioma se habla en haití | FB | es-MX
out-of-domain | cuál es la moneda de belice | FB | es-MX
out-of-domain | quién es el gobernador de sonora | FB | es-MX
out-of-domain | cuál es el estado más grande de méxico | FB | es-MX
out-of-domain | pon música de los tigres del norte | FB | es-MX
out-of-domain | cuál es la capital de la sierra madre | FB | es-MX
out-of-domain | a qué hora pasa el metrobús | FB | es-MX
out-of-domain | cuánto cuesta la gasolina hoy | FB | es-MX
out-of-domain | qué es el capital contable | FB | es-MX
out-of-domain | cuál es el equipo de fútbol de pachuca | FB | es-MX
out-of-domain | cuál es el río más largo de chiapas | FB | es-MX
out-of-domain | qué lengua hablan en michoacán | FB | es-MX
out-of-domain | dime el clima de mazatlán | FB | es-MX
out-of-domain | cuál es la capital de la costa chica | FB | es-MX
out-of-domain | cuántos países hay en centroamérica | FB | es-MX

# ---------------- es-US, second batch ----------------
direct-question | macizo cuál es la capital {} | de nigeria=NG | es-US
direct-question | bacano y cuál es la capital {} | de ghana=GH | es-US
direct-question | cuál es la capital {} que estoy en el break de la cafetería | de etiopía=ET | es-US
direct-question | cuál es la capital {} que estoy en el barco y el chef es de allí | de filipinas=PH | es-US
direct-question | cuál es la capital {} que estamos en el huerto de almendras | de argelia=DZ | es-US
direct-question | vale vale cuál es la capital {} | de guinea ecuatorial=GQ | es-US
direct-question | qué es la capital {} dale pues | de cabo verde=CV | es-US
direct-question | cuál es la capital {} que en el navy tengo un compañero de allá | de senegal=SN | es-US
direct-question | cuál es la capital {} brother | de gambia=GM | es-US

polite-request | disculpa que te pregunte la capital {} | de sierra leona=SL | es-US
polite-request | podrías por favor buscarme la capital {} | de costa de marfil=CI | es-US
polite-request | me dices la capital {} please | de camerún=CM | es-US

imperative | dame la capital {} | de zambia=ZM | es-US
imperative | check la capital {} | de zimbabue=ZW | es-US
imperative | dime la capital {} ahorita | de namibia=NA | es-US

do-you-know | tú conoces la capital {} | de madagascar=MG | es-US
do-you-know | sabes cuál es la capital {} pana | de angola=AO | es-US

bare-name | mozambique | MZ | es-US
bare-name | lesotho | LS | es-US
bare-name | capital de malawi | MW | es-US

leading-filler | um cuál es la capital {} | de egipto=EG | es-US
leading-filler | hmm oye la capital {} | de libia=LY | es-US
leading-filler | mira mira cuál es la capital {} | de túnez=TN | es-US

trailing-words | cuál es la capital {} que ya se me olvidó | de chile=CL | es-US
trailing-words | la capital {} para el homework | de australia=AU | es-US

everyday-name | la capital de {} qué es | gran bretaña=GB | es-US
everyday-name | y la capital de {} | birmania=MM | es-US

official-name | cuál es la capital {} que es mi país | de la república dominicana=DO | es-US
official-name | dime la capital {} | de la república popular democrática de corea=KP | es-US

old-name | cuál es la capital {} que así se llamaba lesoto | de basutolandia=LS | es-US
old-name | la capital {} como decían los viejos | de persia=IR | es-US

plural-capitals | cuáles son las capitales {} que me dijeron que son dos | de bolivia=BO | es-US
plural-capitals | cuáles capitales tiene {} | benín=BJ | es-US
plural-capitals | las capitales {} cuáles son nena | de los países bajos=NL | es-US

shared-name | cuál es la capital de georgia nena | GE+US-GA | es-US
shared-name | la capital de corea chamo | KP+KR | es-US
shared-name | y las islas vírgenes capital | VG+VI | es-US

subdivision | cuál es la capital {} que estamos con las ovejas | de wyoming el estado=US-WY | es-US
subdivision | cuál es la capital {} mano | de illinois el estado=US-IL | es-US
subdivision | cuál es la capital {} para el test | de maryland=US-MD; de virginia=US-VA | es-US
subdivision | cuál es la capital {} que vivimos aquí en paterson | de new jersey=US-NJ | es-US
subdivision | dime la capital {} por favor | de carolina del norte=US-NC | es-US
subdivision | la capital {} cuál es causa | de oregón=US-OR | es-US

territory | dime la capital {} | de las islas marianas del norte=MP | es-US

follow-up | y {} chocho | la de nicaragua=NI | es-US
follow-up | y ahora de {} | panamá=PA | es-US
follow-up | y ya que estás {} | la de costa rica=CR | es-US

yes-no-check | la capital {} es springfield right | de illinois=US-IL | es-US
yes-no-check | la capital {} es miami verdad | de florida=US-FL | es-US
yes-no-check | es sacramento la capital {} | de california=US-CA | es-US
yes-no-check | la capital {} es la habana cierto | de cuba=CU | es-US

self-correction | so la capital de {} | nevada sorry quise decir utah=US-UT | es-US
self-correction | cuál es la capital de {} | ghana no no nigeria=NG | es-US
self-correction | mano dime la capital de {} | panamá perdón costa rica=CR | es-US

reverse-question | {} es capital de qué país | puerto príncipe=CITY:Puerto Príncipe | es-US
reverse-question | {} es capital de qué estado | cheyenne=CITY:Cheyenne; tallahassee=CITY:Tallahassee | es-US
reverse-question | {} es la capital de dónde | kingston=CITY:Kingston | es-US

one-shot | abre capitales del mundo y dime la capital {} | de ruanda=RW | es-US
one-shot | tell capitales del mundo la capital {} | de somalia=SO | es-US
one-shot | pregúntale a capitales del mundo cuál es la capital {} nena | de eritrea=ER | es-US

recognition-artefact | cual es la capital de nueva yersey | US-NJ | es-US
recognition-artefact | cuál es la capital de ilinoi | US-IL | es-US
recognition-artefact | cuál es la capital de pensil vania | US-PA | es-US
recognition-artefact | cuál es la capital de fili pinas | PH | es-US

spanglish | okay alexa la capital de guatemala please | GT | es-US
spanglish | what is la capital de cuba | CU | es-US
spanglish | hey cuál es la capital de florida real quick | US-FL | es-US
spanglish | la capital de mexico for my homework | MX | es-US
spanglish | alexa tell me la capital de colombia | CO | es-US
spanglish | so cuál es la capital de france | FR | es-US
spanglish | what's the capital de la república dominicana | DO | es-US
spanglish | like la capital de puerto rico is san juan right | PR | es-US
spanglish | cuál es la capital de north carolina | US-NC | es-US

learner | hola yo aprendo español cuál es la capital de españa | ES | es-US
learner | yo quiero sabe la capital de perú | PE | es-US

quiz-game | en el story hour de la biblioteca los niños quieren la capital de china | CN | es-US
quiz-game | jugando family feud en español capital de rusia | RU | es-US

child | alexa alexa cuál es la capital de honduras | HN | es-US
child | mi mami es de el salvador cuál es la capital | SV | es-US
child | cuál es la capital de la luna | FB | es-US

elder | ay mijita cuál es la capital de guatemala | GT | es-US
elder | oiga usted sabe la capital de méxico | MX | es-US

at-work | en la refinería el supervisor pregunta la capital de arabia saudí | SA | es-US
at-work | estamos en la bodega de la fábrica cuál es la capital de bangladés | BD | es-US
at-work | manejando el truck por nuevo méxico cuál es su capital | US-NM | es-US

launch | abre capitales del mundo nena | LAUNCH | es-US
launch | alexa start capitales del mundo | LAUNCH | es-US
launch | quiero las capitales del mundo | LAUNCH | es-US

help | qué hago ahora | HELP | es-US
help | help me please no entiendo | HELP | es-US
help | cómo le pregunto una capital | HELP | es-US
help | necesito ayuda chamo | HELP | es-US
help | qué cosas sabes hacer | HELP | es-US
help | instrucciones por favor | HELP | es-US

stop | stop stop | STOP | es-US
stop | ya cállate please | STOP | es-US
stop | exit | STOP | es-US
stop | para ya nena | STOP | es-US
stop | apaga esto | STOP | es-US
stop | salir ya | STOP | es-US

cancel | cancela mano | CANCEL | es-US
cancel | forget it olvídalo | CANCEL | es-US
cancel | no no cancela eso | CANCEL | es-US
cancel | olvídalo pana | CANCEL | es-US
cancel | nada cancela | CANCEL | es-US
cancel | déjalo así chamo | CANCEL | es-US

out-of-domain | cuál es la capital mundial de los parques de diversiones | FB | es-US
out-of-domain | cuántos habitantes tiene puerto rico | FB | es-US
out-of-domain | cuál es el idioma oficial de filipinas | FB | es-US
out-of-domain | cuál es la capital del mundo del café | FB | es-US
out-of-domain | pon salsa de héctor lavoe | FB | es-US
out-of-domain | qué temperatura hay en chicago | FB | es-US
out-of-domain | cuánto cuesta un pasaje a lima | FB | es-US
out-of-domain | cuándo es el día de la independencia de perú | FB | es-US
out-of-domain | qué es capital one | FB | es-US
out-of-domain | cuál es la capital de mi estado de cuenta | FB | es-US
out-of-domain | a qué hora abre el swap meet | FB | es-US
out-of-domain | dónde queda el consulado de venezuela en miami | FB | es-US
out-of-domain | cuál es el mejor ceviche de paterson | FB | es-US
out-of-domain | cuántas ovejas caben en un tráiler | FB | es-US
out-of-domain | cuál es la capital del condado de cook | FB | es-US
out-of-domain | qué tan lejos está orlando de miami | FB | es-US
out-of-domain | cuál es el país más pequeño del mundo | FB | es-US
"""

if __name__ == "__main__":
    build_round(28, "es", LINES, sys.argv, "tests/Eval/es/round28/source/build_corpus.py")
