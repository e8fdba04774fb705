"""Round 31, Spanish (es-ES, es-MX, es-US): a new author's mix of speakers and situations, written blind.
Speakers chosen to differ from rounds 27 to 30. es-ES: Extremadura (Badajoz, Cáceres: "-ino" diminutives, "aluego",
a cork harvest in the dehesa, a transhumance shepherd, a Jerte cherry co-op), Navarra (Pamplona, a San Fermín peña
before the encierro, Tudela asparagus: "ostras", "majo"), La Rioja (Logroño, the vendimia, a bodega, tapas on the
Laurel), Cantabria (Santander, a surf school in Somo, a Pasiego elder: "jolín", "-uco"), Castilla-La Mancha (a Toledo
sword shop, a cheese factory, the windmill route: "atiza", "zagal"), Madrid (Vallecas and Usera teenagers: "en plan",
"tío", "bro", "mazo", "flipo"; a Cabify driver, the Rastro, San Isidro, the Metro), Huelva (Jabugo ham cellars, Doñana,
a choquero fisherman: "quillo"), León and Burgos ("rapaz", a pilgrims' hostel on the Camino), Moroccan and Romanian
strawberry pickers, Romanians in Alcalá de Henares, Bolivians in Madrid ("ya pues"), a Chinese-Spanish teenager; a fire
station at night, a bingo hall, a parish priest, a book club, a driving instructor, an eight-year-old, an EBAU
candidate, Atrapa un millón and a TV word wheel, a brother's Trivial.
es-MX: Tijuana (the San Ysidro line, a call center, a man raised in the US, Haitian migrants learning Spanish:
"mwen", "mèsi"), Ensenada and the Valle de Guadalupe (a vineyard, fish tacos, a fishing co-op), Mexicali's heat, Los
Cabos (a sportfishing boat, a hotel desk), Chihuahua and Ciudad Juárez ("ira", "bato", "chiva"; a Rarámuri speaker, a
burrito stand), a Sonora copper mine, Tampico ("jaiba", a shrimp boat), Querétaro (an aerospace plant, the Peña de
Bernal), Aguascalientes (the Feria de San Marcos), Nahuatl speakers of the Huasteca ("tlazohcamati"); an Águilas
baseball game, a radio call-in, a car wash, a piñata, a pastorela, the Rosca de Reyes, the UNAM entrance exam, an
escuela normal, a prepa contest, teenagers ("neta", "bro", "qué onda").
es-US: Bolivians in Arlington ("ya pues", a salteñería, a tinku dance group), Salvadorans in Langley Park ("vaya pues",
"cipote", a pupusería, a construction crew), Ecuadorians in Queens and Danbury ("chuta", "achachay", "mijín"), Cuban
elders in Tampa and Ybor City (a cigar roller, a domino table), Mexican roofers, a hotel laundry, an Alaska salmon
cannery, the Napa grape harvest, a school bus driver, a nail salon, Puerto Ricans in Holyoke and Hartford ("ay
bendito", "brutal", bomba y plena), Tucson (a mariachi school), Venezuelan new arrivals, a delivery rider, American
learners at a community college, a Marine, a poker night, a Pentecostal service, an Astros game, San Diego and Chula
Vista teenagers and Spanglish ("okay wait", "lowkey", "i mean", "sorry", "wait no", "right").
Fillers and hesitations, self-corrections with a marker ("perdón", "digo", "quiero decir", "mejor dicho", "rectifico",
"no espera", "uy me he equivocado", "ay no me equivoqué", "o sea", "no no perdón", "i mean", "sorry", "wait no"),
follow-ups, yes/no checks with right and wrong guesses, reverse questions, official, old and everyday names, shared
names (Georgia, Congo, Corea, the Virgin Islands), plurals (every several-capital country and Palestine), subdivisions
(Mexican, US, Canadian, German, Brazilian and Australian states, the UK's nations) and territories, ASR artefacts (lost
accents, split words, seseo spellings), one-shot requests through the invocation name "capitales del mundo", launch,
help, stop, cancel and about 12% out of domain (near misses: other facts about a named country, "capital" in other
senses, Spanish regions and places the data lacks, everyday requests)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# ---------------------------------------------------------------- es-ES
# Extremadura: Badajoz, Cáceres, a cork harvest, a transhumance shepherd, a Jerte cherry co-op
direct-question | oye chiquitino cuál es la capital {} | de eslovaquia=SK; de eslovenia=SI; de estonia=EE
direct-question | a ver cuála es la capital {} que me se ha olvidao | de letonia=LV; de lituania=LT
elder | aluego me dices tú la capital {} que yo de eso no sé | de albania=AL; de kosovo=XK
elder | hija ponme la cosa esa que diga la capital {} | de portugal=PT; de grecia=GR
situation | estamos sacando el corcho en la dehesa y nos ha entrado la duda de la capital {} | de marruecos=MA; de argelia=DZ
situation | con las ovejas camino de la sierra cuál es la capital {} | de rumanía=RO; de moldavia=MD
situation | en la cooperativa de la cereza del jerte decían que la capital {} era otra | de dinamarca=DK; de finlandia=FI
trailing-words | la capital {} un poquino rápido que se me enfría el cocido | de hungría=HU; de austria=AT
follow-up | y la de croacia chiquitina | HR
follow-up | y luego la de serbia | RS
yes-no-check | la capital de portugal es lisboa a que sí | PT
yes-no-check | oye la capital de marruecos es marrakech verdad | MA
self-correction | cuál es la capital de eslovenia ay no perdón quería decir eslovaquia | SK
reverse-question | de qué país es capital rabat | CITY:Rabat
# Navarra: Pamplona, a San Fermín peña, the pochas, a Tudela vegetable garden
direct-question | ostras cuál es la capital {} eh | de irlanda=IE; de islandia=IS
leading-filler | bueno bueno a ver majo la capital {} | de noruega=NO; de suecia=SE
situation | en la peña antes del encierro nos jugamos una ronda a que no sé la capital {} | de chipre=CY; de malta=MT; de montenegro=ME
situation | recogiendo espárragos en tudela me ha preguntado un compañero la capital {} | de bulgaria=BG; de ucrania=UA
trailing-words | la capital {} y date prisa que salen los gigantes | de bélgica=BE; de suiza=CH
hesitation | cuál es la eh la eh la capital {} | de luxemburgo=LU; de liechtenstein=LI
yes-no-check | la capital de irlanda es dublín eh | IE
yes-no-check | la capital de noruega es estocolmo no | NO
self-correction | dime la capital de suecia no espera la de noruega | NO
follow-up | y la de andorra majo | AD
# La Rioja: Logroño, the vendimia, a bodega, the Laurel street
situation | en plena vendimia y el capataz quiere saber la capital {} | de francia=FR; de italia=IT; de alemania=DE
situation | en la bodega tenemos unos clientes {} y no sé su capital | de china=CN; de japón=JP
trailing-words | cuál es la capital {} que estamos de pinchos por la laurel | de polonia=PL; de chequia=CZ
polite-request | me podrías decir si no es molestia la capital {} | de rusia=RU; de bielorrusia=BY
polite-request | te importaría decirme la capital {} por favor | de georgia el país=GE; de armenia=AM; de azerbaiyán=AZ
follow-up | vale y la de mónaco | MC
yes-no-check | la capital de australia es sídney o es canberra | AU
reverse-question | bakú es la capital de cuál | CITY:Bakú
# Cantabria: Santander, a surf school in Somo, the Pasiegos, a cider in the valleys
direct-question | jolín cuál es la capital {} | de nueva zelanda=NZ; de australia=AU
leading-filler | me cago en la mar a ver cuál es la capital {} | de canadá=CA; de estados unidos=US
situation | en la escuela de surf de somo un australiano me pregunta la capital {} | de fiyi=FJ; de samoa=WS; de tonga=TO
trailing-words | la capital {} pero rapiduco que se nos va la ola | de indonesia=ID; de filipinas=PH
elder | yo soy pasiego de toda la vida y no sé la capital {} | de holanda=NL; de inglaterra=GB-ENG
yes-no-check | la capital de canadá es toronto a que sí | CA
self-correction | la capital de austria quiero decir la de australia | AU
# Castilla-La Mancha: Toledo, Albacete, a sword shop, a cheese factory, a windmill tour
direct-question | atiza cuál es la capital {} | de egipto=EG; de túnez=TN; de libia=LY
situation | en la tienda de espadas de toledo un turista me dice que es {} y le quiero preguntar por su capital | de corea del sur=KR; de tailandia=TH
situation | en la quesería nos ha llegado un pedido {} cuál es su capital | de arabia saudí=SA; de catar=QA; de emiratos árabes unidos=AE
situation | hacemos la ruta de los molinos con unos jubilados y quieren saber la capital {} | de israel=IL; de jordania=JO
trailing-words | la capital {} que lo pregunta el abuelo | de líbano=LB; de siria=SY
yes-no-check | la capital de turquía es estambul verdad que sí | TR
yes-no-check | la capital de turquía es ankara no | TR
follow-up | y la de kuwait zagal | KW
follow-up | y la de omán | OM
self-correction | la capital de irak uy me he equivocado la de irán | IR
# Madrid: Vallecas teenagers, a Cabify driver, the Rastro, San Isidro, the Metro at rush hour
teenager | tía en plan cuál es la capital {} | de vietnam=VN; de camboya=KH; de laos=LA
teenager | bro literal no sé la capital {} dímela | de mongolia=MN; de kazajistán=KZ
teenager | mazo random pero cuál es la capital {} | de uzbekistán=UZ; de turkmenistán=TM; de kirguistán=KG
teenager | flipo no me acuerdo de la capital {} | de tayikistán=TJ; de afganistán=AF
situation | llevo a un cliente en el cabify que va a {} y me pregunta la capital | pakistán=PK; bangladés=BD; nepal=NP
situation | en el rastro un señor vendía un mapa antiguo {} cuál era la capital | de birmania=MM; de ceilán=LK
situation | en la pradera de san isidro con el chotis nos ha dado por la capital {} | de bután=BT; de maldivas=MV
situation | apretado en el metro en hora punta dime la capital {} | de singapur=SG; de brunéi=BN; de malasia=MY
follow-up | y la de sri lanka tío | LK
yes-no-check | la capital de vietnam es ho chi minh verdad | VN
yes-no-check | la capital de tailandia es bangkok a que sí tío | TH
self-correction | la capital de laos no perdón la de camboya | KH
reverse-question | tío hanói de qué país es | CITY:Hanói
reverse-question | katmandú es capital de qué | CITY:Katmandú
# Huelva: Jabugo ham cellars, Doñana, the strawberry fields, a choquero fisherman
direct-question | quillo cuál es la capital {} | de mauritania=MR; de senegal=SN
situation | en el secadero de jabugo tenemos un comprador {} y no sé su capital | de méxico=MX; de argentina=AR
elder | yo soy choquero y quiero saber la capital {} | de guinea ecuatorial=GQ; de gabón=GA
trailing-words | la capital {} que me lo ha preguntado el guía de doñana | de kenia=KE; de tanzania=TZ
# Moroccan and Romanian workers in the Huelva strawberry fields, Romanians in Alcalá de Henares
learner | hamdulillah hermano cuál es capital {} | de marruecos=MA; de mauritania=MR
learner | inshallah tú sabes la capital {} | de argelia=DZ; de sudán=SD
learner | yo soy rumana dime capital {} por favor | de moldavia=MD; de rumanía=RO
learner | mi marido trabaja en alcalá y pregunta capital de {} qué es | hungría=HU; serbia=RS; ucrania=UA
# León and Burgos: cecina, a rapaz, the Cathedral, the Camino at Burgos
direct-question | rapaz cuál ye la capital {} | de polonia=PL; de lituania=LT
elder | neno yo hice la mili y no me acuerdo la capital {} | de etiopía=ET; de somalia=SO
situation | en el albergue de burgos una peregrina {} pregunta por la capital de su país | coreana=KR; japonesa=JP; brasileña=BR
# Bolivians in Madrid, a Chinese-Spanish teenager in Usera
learner | ya pues dime la capital {} pues | de bolivia=BO; de paraguay=PY
learner | oye cuál es la capital {} pues mi sobrino pregunta | de perú=PE; de ecuador=EC
teenager | mi madre es de china pero yo soy de usera y no sé la capital {} | de taiwán=TW; de corea del norte=KP
# A fire station at night, a bingo hall, a parish priest, a book club, a driving instructor
situation | guardia de noche en el parque de bomberos y la pregunta es la capital {} | de nigeria=NG; de ghana=GH; de camerún=CM
situation | el párroco dice que la capital {} es otra a ver | del vaticano=VA; de la santa sede=VA
situation | en el club de lectura estamos con un libro de un autor {} y queremos saber la capital | de nigeria=NG; de afganistán=AF
situation | soy profesor de autoescuela y a mi alumna le ha dado por la capital {} | de ruanda=RW; de burundi=BI; de uganda=UG
# An eight-year-old, an EBAU candidate, a quiz on TV
child | mamá dice que te pregunte la capital {} | de egipto=EG; de brasil=BR
child | alexa la capital {} es muy difícil | de madagascar=MG; de mauricio=MU
quiz | estoy viendo atrapa un millón y preguntan la capital {} | de eritrea=ER; de yibuti=DJ; de sudán del sur=SS
quiz | en el rosco de la tele ha salido la capital {} cuál es | de zambia=ZM; de zimbabue=ZW
quiz | tengo el examen de la ebau de geografía y no me sé la capital {} | de namibia=NA; de botsuana=BW; de lesoto=LS
quiz | pregunta del trivial de mi hermano cuál es la capital {} | de malaui=MW; de comoras=KM
do-you-know | sabes tú cuál es la capital {} | de sierra leona=SL; de liberia=LR
do-you-know | a que no sabes la capital {} | de burkina faso=BF; de níger=NE; de chad=TD
do-you-know | tienes idea de cuál es la capital {} | de togo=TG; de benín=BJ
imperative | búscame la capital {} | de gambia=GM; de guinea-bisáu=GW
imperative | suéltame la capital {} venga | de la república centroafricana=CF; de camerún=CM
bare-name | capital {} | esuatini=SZ; yibuti=DJ; eritrea=ER
bare-name | uzbekistán capital | UZ
bare-name | la capital de tuvalu | TV
everyday-name | cuál es la capital de holanda que siempre me lío | NL
everyday-name | la capital de inglaterra es londres no | GB-ENG
everyday-name | la capital de los emiratos cuál es | AE
everyday-name | cuál es la capital de la república checa majo | CZ
everyday-name | capital de rusia blanca | BY
everyday-name | la capital de arabia cuál es | SA
everyday-name | cuál es la capital de costa de marfil | CI
official-name | cuál es la capital del reino de marruecos | MA
official-name | capital de la confederación suiza | CH
official-name | la capital de la república helénica cuál es | GR
official-name | dime la capital de la república francesa | FR
official-name | cuál es la capital del gran ducado de luxemburgo | LU
official-name | la capital del principado de andorra | AD
official-name | capital de la federación de rusia | RU
official-name | cuál es la capital del reino hachemita de jordania | JO
old-name | cuál era la capital de persia | IR
old-name | mi abuelo decía abisinia cuál era su capital | ET
old-name | la capital de siam cuál era | TH
old-name | cuál era la capital de la guinea española | GQ
old-name | la capital de ceilán cuál era chiquitino | LK
old-name | cuál era la capital del zaire | CD
shared-name | cuál es la capital de georgia | GE+US-GA
shared-name | la capital del congo | CD+CG
shared-name | cuál es la capital de corea | KP+KR
shared-name | capital de las islas vírgenes | VG+VI
shared-name | la capital de georgia la del cáucaso | GE
shared-name | la capital del congo de brazzaville no el otro | CG
shared-name | cuál es la capital de la corea de arriba la del norte | KP
plural-capitals | cuáles son las capitales de sudáfrica que me han dicho que tiene tres | ZA
plural-capitals | qué capitales tiene bolivia majo | BO
plural-capitals | dime las dos capitales de holanda | NL
plural-capitals | cuáles son las capitales de malasia chiquitino | MY
plural-capitals | las capitales de sri lanka cuáles son | LK
plural-capitals | cuáles son las capitales de benín | BJ
plural-capitals | qué capitales tiene costa de marfil | CI
plural-capitals | cuáles son las capitales de esuatini | SZ
plural-capitals | las capitales de palestina cuáles son | PS
subdivision | cuál es la capital {} | de escocia majo=GB-SCT; de gales majo=GB-WLS
subdivision | la capital de irlanda del norte cuál es | GB-NIR
subdivision | cuál es la capital de baviera que vamos al oktoberfest | DE-BY
subdivision | capital de sajonia | DE-SN
subdivision | la capital del estado de california | US-CA
subdivision | cuál es la capital de quebec que mi prima vive allí | CA-QC
subdivision | la capital de la columbia británica | CA-BC
subdivision | cuál es la capital del estado de texas | US-TX
subdivision | capital de tasmania | AU-TAS
subdivision | la capital de renania del norte-westfalia | DE-NW
territory | cuál es la capital de gibraltar | GI
territory | capital de las islas feroe | FO
territory | la capital de groenlandia cuál es | GL
territory | cuál es la capital de las malvinas | FK
territory | la capital de la isla de man | IM
territory | capital del sáhara occidental | EH
territory | la capital de puerto rico majo | PR
territory | cuál es la capital de la polinesia francesa | PF
recognition-artefact | cuál es la capital de sui za | CH
recognition-artefact | la capital de ungría | HU
recognition-artefact | cual es la capital de nueva selanda | NZ
recognition-artefact | capital de bang la desh | BD
recognition-artefact | la capital de kasajistan | KZ
recognition-artefact | cual es la capital de eslovaquía | SK
one-shot | alexa pregúntale a capitales del mundo {} | la capital de finlandia=FI; la capital de estonia=EE
one-shot | alexa abre capitales del mundo y dime la capital {} | de islandia=IS; de letonia=LV
one-shot | alexa dile a capitales del mundo que me diga la capital {} | de chipre=CY; de albania=AL
one-shot | alexa usa capitales del mundo para la capital de macedonia del norte | MK
launch | alexa abre capitales del mundo | LAUNCH
launch | alexa capitales del mundo por favor | LAUNCH
launch | pon capitales del mundo chiquitina | LAUNCH
launch | quiero jugar a capitales del mundo | LAUNCH
launch | arranca capitales del mundo majo | LAUNCH
help | qué tengo que decirte para que funcione | HELP
help | no sé cómo va esto ayúdame | HELP
help | cómo se usa esto chiquitina | HELP
help | qué cosas le puedo preguntar | HELP
help | ayuda que no me aclaro | HELP
help | explícame cómo funciona esto majo | HELP
help | necesito ayuda con las capitales | HELP
help | qué se supone que tengo que decir | HELP
help | me echas una mano que no sé qué preguntar | HELP
stop | para ya chiquitina | STOP
stop | vale ya para | STOP
stop | para para para | STOP
stop | ya está bien para | STOP
stop | calla ya majo | STOP
stop | apágate ya | STOP
stop | para que ya me voy al encierro | STOP
stop | basta ya de capitales | STOP
stop | se acabó para | STOP
cancel | cancela eso majo | CANCEL
cancel | déjalo cancela | CANCEL
cancel | cancela cancela | CANCEL
cancel | no cancela la pregunta | CANCEL
cancel | cancélalo todo | CANCEL
cancel | anula eso | CANCEL
cancel | olvídalo cancela | CANCEL
cancel | cancela que me he equivocado | CANCEL
cancel | mejor cancela | CANCEL
self-correction | la capital de letonia digo de lituania | LT
self-correction | dime la capital de dinamarca mejor dicho la de noruega | NO
self-correction | cuál es la capital de grecia ay no rectifico de chipre | CY
self-correction | la capital de bolivia bueno no perdona la de paraguay | PY
self-correction | cuál es la capital de kenia uy perdón de uganda | UG
follow-up | y la de polonia entonces | PL
follow-up | y la de rumanía chiquitino | RO
follow-up | y de finlandia | FI
follow-up | y la de túnez ya que estás | TN
follow-up | y la de bélgica majo | BE
reverse-question | de dónde es capital tirana | CITY:Tirana
reverse-question | liubliana es capital de qué país | CITY:Liubliana
reverse-question | vilna de qué país es capital | CITY:Vilna
reverse-question | quiero saber de qué país es capital ereván | CITY:Ereván
reverse-question | oye nuakchot qué país es | CITY:Nuakchot
yes-no-check | la capital de suiza es zúrich verdad | CH
yes-no-check | es bruselas la capital de bélgica | BE
yes-no-check | la capital de alemania es berlín o bonn | DE
yes-no-check | la capital de croacia es zagreb sí o no | HR
yes-no-check | la capital de escocia es edimburgo verdad | GB-SCT
# out of domain, es-ES
out-of-domain | cuál es la capital de extremadura | FB
out-of-domain | cuál es la capital de navarra | FB
out-of-domain | capital de la rioja | FB
out-of-domain | cuál es la capital de cantabria majo | FB
out-of-domain | cuántos habitantes tiene portugal | FB
out-of-domain | qué idioma se habla en suiza | FB
out-of-domain | cuál es la moneda de rumanía | FB
out-of-domain | a qué hora empieza el encierro mañana | FB
out-of-domain | cuánto capital necesito para montar una bodega | FB
out-of-domain | pon la radio | FB
out-of-domain | qué tiempo hace en santander | FB
out-of-domain | cuál es la capital del jamón ibérico | FB
out-of-domain | cuál es la capital mundial del surf | FB
out-of-domain | pon una alarma a las seis para el corcho | FB
out-of-domain | cuántos kilómetros hay de toledo a albacete | FB
out-of-domain | cuál es el río más largo de europa | FB
out-of-domain | quién ganó el mundial de fútbol | FB
out-of-domain | pon música de estopa | FB
out-of-domain | qué hora es en japón | FB
out-of-domain | cuánto cuesta un billete de avión a rumanía | FB
out-of-domain | qué se come en marruecos | FB
out-of-domain | la capital de la península ibérica | FB
out-of-domain | cuál es la capital de la dehesa | FB
out-of-domain | dime un pecado capital | FB
out-of-domain | cuál es la letra capital de un libro | FB
out-of-domain | cuál es el capital social de una sociedad limitada | FB
out-of-domain | cuántos pueblos tiene la provincia de cáceres | FB
out-of-domain | capital de la mancha | FB
out-of-domain | cuál es la capital de los pirineos | FB
out-of-domain | añade pochas a la lista de la compra | FB
out-of-domain | enciende la luz del salón | FB
out-of-domain | cuéntame un chiste de vascos | FB
out-of-domain | quién es el alcalde de pamplona | FB
out-of-domain | cuál es la capital de la vendimia | FB
out-of-domain | cuál es la bandera de grecia | FB
out-of-domain | qué presidente tiene francia | FB
out-of-domain | cuál es la montaña más alta de suiza | FB
out-of-domain | cuál es la capital de cataluña | FB
out-of-domain | capital de la región de murcia no de la provincia | FB
out-of-domain | cuántas comunidades autónomas tiene españa | FB
out-of-domain | pon el partido del osasuna | FB
out-of-domain | qué santo es hoy | FB
# ---------------------------------------------------------------- es-MX
# Tijuana: the San Ysidro line, a call center, deported veterans, Haitian migrants learning Spanish
situation | haciendo fila en la garita de san ysidro cuál es la capital {} | de guatemala=GT; de honduras=HN; de el salvador=SV | es-MX
situation | en el call center me preguntó un gringo la capital {} y me quedé en blanco | de nicaragua=NI; de costa rica=CR | es-MX
spanglish | ok so cuál es la capital {} i forgot | de panamá=PA; de belice=BZ | es-MX
spanglish | yo crecí en el otro lado so dime la capital {} | de jamaica=JM; de haití=HT | es-MX
learner | mwen sé haitiano capital {} cuál es | de haití=HT; de república dominicana=DO | es-MX
learner | mèsi señora capital de {} cómo se dice | cuba=CU; bahamas=BS | es-MX
learner | yo aprende español en tijuana capital {} por favor | de brasil=BR; de surinam=SR; de guyana=GY | es-MX
trailing-words | la capital {} ira nomás qué fila | de colombia=CO; de venezuela=VE | es-MX
# Ensenada and the Valle de Guadalupe: a vineyard, fish tacos, a fishing co-op
situation | en el viñedo vinieron unos turistas {} y no supe su capital | de nueva zelanda=NZ; de sudáfrica=ZA | es-MX
situation | en el puesto de tacos de pescado un cliente me pidió la capital {} | de chile=CL; de argentina=AR; de uruguay=UY | es-MX
situation | en la cooperativa de pescadores nos pusimos a adivinar la capital {} | de japón=JP; de corea del sur=KR | es-MX
elder | mijo pregúntale a la bocina la capital {} | de ecuador=EC; de perú=PE | es-MX
# Mexicali and Los Cabos: the heat, a sportfishing boat, a hotel front desk
trailing-words | la capital {} qué calorón hace | de paraguay=PY; de bolivia=BO | es-MX
situation | en el barco de pesca deportiva el capitán me pregunta la capital {} | de canadá=CA; de estados unidos=US; de islandia=IS | es-MX
situation | en la recepción del hotel en los cabos un huésped quiere saber la capital {} | de alemania=DE; de irlanda=IE | es-MX
# Chihuahua and Ciudad Juárez: "bato", "ira", Rarámuri runners, a burrito stand, a copper mine in Sonora
direct-question | ira bato cuál es la capital {} | de rusia=RU; de ucrania=UA | es-MX
direct-question | oye chiva cuál es la capital {} | de china=CN; de mongolia=MN | es-MX
learner | yo rarámuri no sé bien español capital {} cuál | de méxico=MX; de guatemala=GT | es-MX
situation | en el puesto de burritos de juárez me preguntaron la capital {} | de egipto=EG; de etiopía=ET | es-MX
situation | en la mina de cobre a la hora del lonche cuál es la capital {} | de zambia=ZM; de congo kinsasa=CD | es-MX
hesitation | cuál es la este la capital {} | de tailandia=TH; de vietnam=VN | es-MX
hesitation | mmm la capital {} cuál es | de indonesia=ID; de malasia=MY | es-MX
# Tamaulipas: Tampico jaibas, Matamoros, a shrimp boat
direct-question | oiga jaiba cuál es la capital {} | de la india=IN; de pakistán=PK | es-MX
trailing-words | la capital {} y ya me voy a la playa miramar | de filipinas=PH; de singapur=SG | es-MX
situation | en el barco camaronero el patrón preguntó la capital {} | de noruega=NO; de dinamarca=DK | es-MX
# Querétaro and Aguascalientes: an aerospace plant, the Peña de Bernal, the Feria de San Marcos
situation | en la planta aeroespacial un ingeniero {} me pidió la capital de su país | francés=FR; italiano=IT; español=ES | es-MX
situation | subiendo la peña de bernal nos preguntamos la capital {} | de turquía=TR; de grecia=GR | es-MX
situation | en la feria de san marcos entre gallos y palenque cuál es la capital {} | de cuba=CU; de puerto rico=PR | es-MX
# Nahuatl speakers of the Huasteca, a Tlaxcala weaver
learner | tlazohcamati capital {} cuál es | de españa=ES; de portugal=PT | es-MX
learner | yo hablo náhuatl poquito español cuál es capital {} | de francia=FR; de honduras=HN | es-MX
elder | ay mijita a ver qué te dice la capital {} | de italia=IT; de alemania=DE | es-MX
# A baseball game, a radio call-in, a car wash, a piñata, a pastorela, the Rosca de Reyes
situation | en el juego de las águilas en la séptima entrada cuál es la capital {} | de venezuela=VE; de república dominicana=DO; de cuba=CU | es-MX
situation | llamé al programa de radio y me preguntaron la capital {} | de nicaragua=NI; de el salvador=SV | es-MX
situation | en el autolavado el de la camioneta quiere saber la capital {} | de australia=AU; de reino unido=GB | es-MX
child | alexa la capital {} antes de romper la piñata | de japón=JP; de china=CN | es-MX
child | la maestra dijo que investigara la capital {} | de canadá=CA; de colombia=CO | es-MX
child | alexa alexa qué es la capital {} | de méxico=MX; de estados unidos=US | es-MX
situation | en la pastorela el diablo pregunta la capital {} | de israel=IL; de palestina=PS | es-MX
situation | partiendo la rosca me salió el muñeco y la pregunta de la capital {} | de marruecos=MA; de argelia=DZ | es-MX
# A prepa student, the UNAM entrance exam, an escuela normal, a teacher in a rural school
quiz | me toca el examen de la unam y no me sé la capital {} | de kazajistán=KZ; de uzbekistán=UZ | es-MX
quiz | guía de estudio pregunta quince cuál es la capital {} | de mozambique=MZ; de angola=AO; de namibia=NA | es-MX
quiz | en la normal nos pusieron de tarea la capital {} | de nepal=NP; de bután=BT | es-MX
quiz | para el concurso de la prepa cuál es la capital {} | de irak=IQ; de irán=IR; de afganistán=AF | es-MX
teenager | neta no me sé la capital {} ayúdame | de sri lanka=LK; de bangladés=BD | es-MX
teenager | bro cuál es la capital {} rápido | de myanmar=MM; de camboya=KH | es-MX
teenager | qué onda alexa cuál es la capital {} | de laos=LA; de corea del norte=KP | es-MX
# Polite and everyday
polite-request | me hace favor de decirme la capital {} | de papúa nueva guinea=PG; de las islas salomón=SB; de vanuatu=VU | es-MX
polite-request | disculpe me podría decir la capital {} | de micronesia=FM; de palaos=PW; de las islas marshall=MH | es-MX
polite-request | sería tan amable de decirme la capital {} | de kiribati=KI; de nauru=NR; de tuvalu=TV | es-MX
polite-request | por favorcito la capital {} | de samoa=WS; de tonga=TO; de fiyi=FJ | es-MX
do-you-know | oye sabes cuál es la capital {} | de timor oriental=TL; de brunéi=BN | es-MX
do-you-know | tú sabes la capital {} | de las maldivas=MV; de seychelles=SC | es-MX
imperative | dame la capital {} | de trinidad y tobago=TT; de barbados=BB | es-MX
imperative | dime la capital {} ándale | de granada el país del caribe=GD; de santa lucía=LC | es-MX
imperative | investiga la capital {} | de san vicente y las granadinas=VC; de dominica=DM | es-MX
bare-name | {} la capital | antigua y barbuda=AG; san cristóbal y nieves=KN | es-MX
bare-name | la capital de belice | BZ | es-MX
everyday-name | cuál es la capital del gabacho | US | es-MX
everyday-name | capital de gringolandia | US | es-MX
everyday-name | cuál es la capital de la unión americana | US | es-MX
everyday-name | cuál es la capital de inglaterra | GB-ENG | es-MX
everyday-name | capital de holanda cuál es | NL | es-MX
everyday-name | la capital de arabia saudita | SA | es-MX
official-name | cuál es la capital de los estados unidos mexicanos | MX | es-MX
official-name | la capital de la república bolivariana de venezuela | VE | es-MX
official-name | capital de la república oriental del uruguay | UY | es-MX
official-name | cuál es la capital del estado plurinacional de bolivia | BO | es-MX
official-name | cuál es la capital de la república popular china | CN | es-MX
official-name | la capital de la república de corea | KR | es-MX
old-name | cuál era la capital de honduras británica | BZ | es-MX
old-name | la capital de birmania | MM | es-MX
old-name | capital de formosa | TW | es-MX
old-name | cuál era la capital de rodesia | ZW | es-MX
shared-name | cuál es la capital de corea mijo | KP+KR | es-MX
shared-name | la capital de georgia | GE+US-GA | es-MX
shared-name | cuál es la capital del congo ira | CD+CG | es-MX
shared-name | capital de islas vírgenes | VG+VI | es-MX
shared-name | la capital de georgia el estado gringo | US-GA | es-MX
shared-name | la capital de corea del sur no la otra | KR | es-MX
shared-name | capital de las islas vírgenes británicas | VG | es-MX
plural-capitals | cuáles son las capitales de bolivia | BO | es-MX
plural-capitals | las capitales de sudáfrica cuáles son mijo | ZA | es-MX
plural-capitals | cuáles son las capitales de los países bajos | NL | es-MX
plural-capitals | dime las capitales de malasia | MY | es-MX
plural-capitals | cuáles son las dos capitales de sri lanka | LK | es-MX
plural-capitals | qué capitales tiene benín | BJ | es-MX
plural-capitals | cuáles son las capitales de la costa de marfil | CI | es-MX
plural-capitals | las capitales de suazilandia | SZ | es-MX
plural-capitals | cuáles son las capitales de palestina | PS | es-MX
subdivision | cuál es la capital del estado de chihuahua | MX-CHH | es-MX
subdivision | capital de baja california | MX-BCN | es-MX
subdivision | la capital de baja california sur cuál es | MX-BCS | es-MX
subdivision | oye cuál es la capital de tamaulipas | MX-TAM | es-MX
subdivision | la capital de querétaro | MX-QUE | es-MX
subdivision | cuál es la capital de aguascalientes mija | MX-AGU | es-MX
subdivision | la capital de tlaxcala cuál es | MX-TLA | es-MX
subdivision | capital de sonora bato | MX-SON | es-MX
subdivision | cuál es la capital de veracruz que siempre digo que es el puerto | MX-VER | es-MX
subdivision | la capital de quintana roo | MX-ROO | es-MX
subdivision | capital del estado de méxico | MX-MEX | es-MX
subdivision | cuál es la capital de guerrero | MX-GRO | es-MX
subdivision | la capital de nuevo león | MX-NLE | es-MX
subdivision | cuál es la capital de sinaloa ira | MX-SIN | es-MX
subdivision | la capital de chiapas cuál es | MX-CHP | es-MX
subdivision | capital de tabasco | MX-TAB | es-MX
subdivision | la capital de texas | US-TX | es-MX
subdivision | cuál es la capital de arizona | US-AZ | es-MX
subdivision | capital de nuevo méxico | US-NM | es-MX
subdivision | la capital de columbia británica | CA-BC | es-MX
subdivision | la capital de ontario | CA-ON | es-MX
subdivision | cuál es la capital de alberta | CA-AB | es-MX
subdivision | capital del estado de são paulo | BR-SP | es-MX
subdivision | capital de minas gerais | BR-MG | es-MX
self-correction | la capital de honduras no perdón de nicaragua | NI | es-MX
self-correction | cuál es la capital de sonora ay no me equivoqué de sinaloa | MX-SIN | es-MX
self-correction | dime la capital de perú o sea de chile | CL | es-MX
self-correction | capital de tamaulipas digo de nuevo león | MX-NLE | es-MX
self-correction | la capital de colombia no no perdón la de venezuela | VE | es-MX
self-correction | cuál es la capital de japón mejor dicho de corea del sur | KR | es-MX
follow-up | y la de costa rica | CR | es-MX
follow-up | y la de panamá mijo | PA | es-MX
follow-up | ándale y la de el salvador | SV | es-MX
follow-up | y de cuba qué | CU | es-MX
follow-up | y la de chihuahua bato | MX-CHH | es-MX
follow-up | y la de haití | HT | es-MX
yes-no-check | la capital de baja california es tijuana verdad | MX-BCN | es-MX
yes-no-check | la capital de tamaulipas es ciudad victoria o es tampico | MX-TAM | es-MX
yes-no-check | la capital de chihuahua es juárez no | MX-CHH | es-MX
yes-no-check | la capital de brasil es río de janeiro verdad | BR | es-MX
yes-no-check | a poco la capital de canadá es ottawa | CA | es-MX
yes-no-check | es cierto que la capital de belice es belmopan | BZ | es-MX
yes-no-check | la capital de estados unidos es nueva york o no | US | es-MX
reverse-question | de qué estado es capital mexicali | CITY:Mexicali | es-MX
reverse-question | hermosillo es capital de qué estado | CITY:Hermosillo | es-MX
reverse-question | de dónde es capital tegucigalpa | CITY:Tegucigalpa | es-MX
reverse-question | managua es la capital de qué país | CITY:Managua | es-MX
reverse-question | ciudad victoria de qué es capital | CITY:Ciudad Victoria | es-MX
reverse-question | de qué país es capital puerto príncipe | CITY:Puerto Príncipe | es-MX
territory | cuál es la capital de aruba | AW | es-MX
territory | capital de curazao | CW | es-MX
territory | la capital de guam | GU | es-MX
territory | cuál es la capital de las islas caimán | KY | es-MX
territory | capital de la guayana francesa | GF | es-MX
territory | la capital de martinica | MQ | es-MX
territory | cuál es la capital de bermudas | BM | es-MX
recognition-artefact | cual es la capital de guate mala | GT | es-MX
recognition-artefact | la capital de jamaica cual es | JM | es-MX
recognition-artefact | capital de nica ragua | NI | es-MX
recognition-artefact | cuál es la capital de belise | BZ | es-MX
recognition-artefact | la capital de tlascala | MX-TLA | es-MX
recognition-artefact | capital de kuerétaro | MX-QUE | es-MX
one-shot | alexa pregunta a capitales del mundo la capital {} | de guatemala=GT; de el salvador=SV | es-MX
one-shot | alexa abre capitales del mundo y pregúntale la capital {} | de honduras=HN; de costa rica=CR | es-MX
one-shot | alexa en capitales del mundo la capital {} | de perú=PE; de ecuador=EC | es-MX
launch | alexa abre capitales del mundo porfa | LAUNCH | es-MX
launch | alexa inicia capitales del mundo | LAUNCH | es-MX
launch | ponme capitales del mundo | LAUNCH | es-MX
launch | alexa abrir capitales del mundo | LAUNCH | es-MX
help | qué puedo preguntarte | HELP | es-MX
help | cómo le hago para preguntar | HELP | es-MX
help | ayúdame porfa no le entiendo | HELP | es-MX
help | cómo funciona esta madre | HELP | es-MX
help | qué sabes hacer | HELP | es-MX
help | ayuda mijo | HELP | es-MX
help | no le entiendo cómo se juega | HELP | es-MX
help | qué onda cómo se usa | HELP | es-MX
help | dame instrucciones | HELP | es-MX
stop | ya párale | STOP | es-MX
stop | ya bájale | STOP | es-MX
stop | detente alexa | STOP | es-MX
stop | ya estuvo alexa | STOP | es-MX
stop | ya no quiero más | STOP | es-MX
stop | ya cállate porfa | STOP | es-MX
stop | párale ya bato | STOP | es-MX
stop | ya fue para | STOP | es-MX
stop | stop alexa ya | STOP | es-MX
cancel | cancélale | CANCEL | es-MX
cancel | cancela eso mijo | CANCEL | es-MX
cancel | no cancélalo | CANCEL | es-MX
cancel | cancela todo | CANCEL | es-MX
cancel | cancela por favorcito | CANCEL | es-MX
cancel | ya cancela | CANCEL | es-MX
cancel | mejor cancélalo | CANCEL | es-MX
cancel | cancela la pregunta | CANCEL | es-MX
cancel | cancelar | CANCEL | es-MX
out-of-domain | cuál es la capital de tijuana | FB | es-MX
out-of-domain | cuál es la capital mundial de la televisión | FB | es-MX
out-of-domain | cuántos habitantes tiene chihuahua | FB | es-MX
out-of-domain | qué hora es en los cabos | FB | es-MX
out-of-domain | cuánto está el dólar hoy | FB | es-MX
out-of-domain | cuál es el estado más grande de méxico | FB | es-MX
out-of-domain | pon música de los tigres del norte | FB | es-MX
out-of-domain | cuál es la capital del vino en méxico | FB | es-MX
out-of-domain | quién ganó el juego de las águilas | FB | es-MX
out-of-domain | cuánto se hace de tijuana a ensenada | FB | es-MX
out-of-domain | cuál es la capital de la huasteca | FB | es-MX
out-of-domain | cuál es la capital del camarón | FB | es-MX
out-of-domain | cuál es el platillo típico de tamaulipas | FB | es-MX
out-of-domain | qué idioma hablan en belice | FB | es-MX
out-of-domain | cuál es la moneda de guatemala | FB | es-MX
out-of-domain | cuántos países hay en centroamérica | FB | es-MX
out-of-domain | cuál es la capital de la sierra tarahumara | FB | es-MX
out-of-domain | ponme una canción de juan gabriel | FB | es-MX
out-of-domain | cuánto capital se necesita para abrir un puesto de tacos | FB | es-MX
out-of-domain | cómo se hace la rosca de reyes | FB | es-MX
out-of-domain | qué temperatura hace en mexicali | FB | es-MX
out-of-domain | cuál es la capital de la riviera maya | FB | es-MX
out-of-domain | dónde queda la peña de bernal | FB | es-MX
out-of-domain | cuántos kilómetros corren los rarámuris | FB | es-MX
out-of-domain | quién es el gobernador de sonora | FB | es-MX
out-of-domain | cuál es la capital de las pirámides | FB | es-MX
out-of-domain | qué significa tlazohcamati | FB | es-MX
out-of-domain | cuánto cuesta cruzar la garita | FB | es-MX
out-of-domain | cuál es la bandera de honduras | FB | es-MX
out-of-domain | cuál es el volcán más alto de méxico | FB | es-MX
out-of-domain | prende la tele | FB | es-MX
out-of-domain | cuéntame un chiste de pepito | FB | es-MX
out-of-domain | qué día es la feria de san marcos | FB | es-MX
out-of-domain | cuál es la capital del mariachi | FB | es-MX
out-of-domain | pon un temporizador de diez minutos para las tortillas | FB | es-MX
out-of-domain | cuál es la capital de centroamérica | FB | es-MX
out-of-domain | cuántos estados tiene estados unidos | FB | es-MX
out-of-domain | cómo se dice capital en inglés | FB | es-MX
out-of-domain | quién fue el primer presidente de méxico | FB | es-MX
out-of-domain | a cuánto está el kilo de tortilla | FB | es-MX
# ---------------------------------------------------------------- es-US
# Bolivians in Arlington ("ya pues", "pues" at the end), a salteña shop, a tinku dance group
direct-question | ya pues cuál es la capital {} | de bolivia=BO; de chile=CL | es-US
direct-question | la capital {} cuál es pues | de perú=PE; de argentina=AR | es-US
situation | en la salteñería un cliente gringo me pregunta la capital {} | de bolivia=BO; de paraguay=PY | es-US
situation | ensayando el tinku para el desfile nos preguntamos la capital {} | de ecuador=EC; de colombia=CO | es-US
trailing-words | la capital {} pues dime rapidito | de brasil=BR; de uruguay=UY | es-US
# Salvadorans in Langley Park, Maryland: "vaya pues", "cipote", a pupusería, a construction crew
direct-question | vaya pues cuál es la capital {} | de el salvador=SV; de guatemala=GT | es-US
elder | cipote pregúntale al aparato la capital {} | de honduras=HN; de nicaragua=NI | es-US
situation | en la pupusería la cipota tiene tarea de la capital {} | de canadá=CA; de estados unidos=US | es-US
situation | en la obra a la hora del almuerzo apostamos sobre la capital {} | de australia=AU; de nueva zelanda=NZ | es-US
# Ecuadorians in Queens and Danbury: "achachay", "chuta", "mijín", a hat factory memory, a Corona soccer field
direct-question | chuta cuál es la capital {} | de ecuador=EC; de venezuela=VE | es-US
elder | mijín pregúntale a esa cosa la capital {} | de perú=PE; de colombia=CO | es-US
situation | en la cancha de corona en el medio tiempo cuál es la capital {} | de ghana=GH; de nigeria=NG; de camerún=CM | es-US
trailing-words | la capital {} achachay qué frío hace aquí | de rusia=RU; de finlandia=FI | es-US
# Cuban elders in Tampa and Ybor City: a cigar roller, a domino table, a Cuban sandwich counter
elder | oye mijo pregúntale a la cosa esta la capital {} | de cuba=CU; de españa=ES | es-US
elder | yo torcí tabaco cuarenta años y nunca supe la capital {} | de jamaica=JM; de las bahamas=BS | es-US
situation | en la mesa de dominó nos fajamos por la capital {} | de república dominicana=DO; de puerto rico=PR; de haití=HT | es-US
situation | en la cafetería del sándwich cubano un turista me preguntó la capital {} | de suecia=SE; de noruega=NO | es-US
# Mexicans in construction and roofing, a hotel laundry, an Alaska cannery, Napa vineyards
situation | arriba del techo con el calor cuál es la capital {} | de irak=IQ; de siria=SY; de jordania=JO | es-US
situation | en la lavandería del hotel doblando toallas cuál es la capital {} | de egipto=EG; de sudán=SD | es-US
situation | en la enlatadora de salmón en kodiak un filipino me preguntó la capital {} | de filipinas=PH; de vietnam=VN | es-US
situation | en la pizca de uva en napa el mayordomo quiere saber la capital {} | de francia=FR; de italia=IT; de portugal=PT | es-US
situation | manejando el camión escolar un niño me preguntó la capital {} | de japón=JP; de india=IN | es-US
situation | en el salón de uñas una clienta vietnamita me preguntó la capital {} | de vietnam=VN; de tailandia=TH | es-US
# Puerto Ricans in Holyoke and Hartford: "bendito", "brutal", "chévere", a bomba y plena group
direct-question | ay bendito cuál es la capital {} | de puerto rico=PR; de costa rica=CR | es-US
direct-question | oye brutal dime la capital {} | de panamá=PA; de venezuela=VE | es-US
situation | en el ensayo de bomba y plena nos preguntamos la capital {} | de trinidad y tobago=TT; de barbados=BB | es-US
# Tucson and Sonoran Arizonans, a mariachi school, a mission church
elder | órale mijo a ver la capital {} | de méxico=MX; de guatemala=GT | es-US
situation | en la escuela de mariachi la maestra nos preguntó la capital {} | de colombia=CO; de cuba=CU | es-US
# Venezuelan new arrivals in a shelter, a delivery rider, an English class
learner | chamo recién llegué y quiero saber la capital {} | de turquía=TR; de panamá=PA | es-US
learner | en la clase de inglés la teacher preguntó la capital {} | de china=CN; de rusia=RU | es-US
# American learners at a community college, a Marine, a poker night, a Pentecostal church, an Astros game
learner | hola yo soy estudiante cuál es el capital {} | de españa=ES; de francia=FR; de inglaterra=GB-ENG | es-US
learner | yo quiero saber la capital {} para mi examen | de argentina=AR; de chile=CL | es-US
situation | estoy en la base de los marines y un compa pregunta la capital {} | de afganistán=AF; de corea del sur=KR | es-US
situation | en la noche de póker apostamos a la capital {} | de mónaco=MC; de luxemburgo=LU | es-US
situation | en el culto el pastor habló de la capital {} y no la recuerdo | de israel=IL; de etiopía=ET | es-US
# San Diego and Chula Vista teenagers, Spanglish
spanglish | okay wait cuál es la capital {} | de kenia=KE; de tanzania=TZ; de uganda=UG | es-US
spanglish | bro what's la capital {} | de ruanda=RW; de burundi=BI | es-US
spanglish | lowkey no sé la capital {} | de somalia=SO; de yibuti=DJ; de eritrea=ER | es-US
spanglish | alexa please dime la capital {} | de senegal=SN; de mali=ML | es-US
spanglish | like qué es la capital {} | de níger=NE; de chad=TD; de burkina faso=BF | es-US
teenager | no manches cuál es la capital {} | de guinea=GN; de sierra leona=SL; de liberia=LR | es-US
teenager | neta dime la capital {} que tengo quiz mañana | de togo=TG; de benín=BJ; de gabón=GA | es-US
teenager | okay alexa la capital {} and that's it | de zimbabue=ZW; de zambia=ZM; de malaui=MW | es-US
child | alexa cuál es la capital {} mi abuela es de allá | de el salvador=SV; de honduras=HN | es-US
child | alexa my teacher dice que busque la capital {} | de egipto=EG; de grecia=GR | es-US
child | alexa la capital {} please | de méxico=MX; de canadá=CA | es-US
# Polite requests, do-you-know, imperatives, bare names
polite-request | por favor me puede decir la capital {} | de mozambique=MZ; de madagascar=MG; de angola=AO | es-US
polite-request | me haces el favor y me dices la capital {} | de botsuana=BW; de namibia=NA; de lesoto=LS | es-US
polite-request | si eres tan amable la capital {} | de esuatini=SZ; de comoras=KM; de mauricio=MU | es-US
do-you-know | tú te sabes la capital {} | de argelia=DZ; de túnez=TN; de libia=LY | es-US
do-you-know | sabes la capital {} tú | de sudán del sur=SS; de la república centroafricana=CF | es-US
imperative | dime la capital {} ahorita | de guinea-bisáu=GW; de cabo verde=CV; de gambia=GM | es-US
imperative | busca la capital {} | de seychelles=SC; de santo tomé y príncipe=ST; de guinea ecuatorial=GQ | es-US
bare-name | capital {} pues | mauritania=MR; marruecos=MA | es-US
bare-name | qatar capital | QA | es-US
bare-name | capital bahréin | BH | es-US
everyday-name | cuál es la capital de usa | US | es-US
everyday-name | la capital de los eeuu | US | es-US
everyday-name | cuál es la capital de holland | NL | es-US
everyday-name | capital de gran bretaña | GB | es-US
everyday-name | cuál es la capital de la república checa | CZ | es-US
everyday-name | la capital de los emiratos árabes | AE | es-US
everyday-name | cuál es la capital de birmania | MM | es-US
official-name | cuál es la capital de la república islámica de irán | IR | es-US
official-name | capital de la república democrática del congo | CD | es-US
official-name | la capital del reino unido de gran bretaña e irlanda del norte | GB | es-US
official-name | cuál es la capital de los estados unidos de américa | US | es-US
official-name | capital de la república árabe siria | SY | es-US
official-name | cuál es la capital de la república popular democrática de corea | KP | es-US
official-name | la capital de la república islámica de pakistán | PK | es-US
old-name | cuál era la capital de dahomey | BJ | es-US
old-name | la capital de la costa de oro | GH | es-US
old-name | cuál era la capital de nyasalandia | MW | es-US
old-name | capital de kampuchea | KH | es-US
old-name | cuál era la capital de bechuanalandia | BW | es-US
old-name | la capital del alto volta | BF | es-US
shared-name | cuál es la capital de georgia mijo | GE+US-GA | es-US
shared-name | capital del congo | CD+CG | es-US
shared-name | la capital de las islas vírgenes | VG+VI | es-US
shared-name | la capital de corea pues | KP+KR | es-US
shared-name | cuál es la capital de georgia el estado donde está atlanta | US-GA | es-US
shared-name | la capital de las islas vírgenes americanas | VI | es-US
shared-name | cuál es la capital del congo el de brazzaville | CG | es-US
shared-name | capital de la república del congo | CG | es-US
plural-capitals | cuáles son las capitales de sudáfrica | ZA | es-US
plural-capitals | cuáles son las capitales de bolivia pues | BO | es-US
plural-capitals | qué capitales tiene holanda | NL | es-US
plural-capitals | las capitales de malasia | MY | es-US
plural-capitals | cuáles son las capitales de sri lanka mijo | LK | es-US
plural-capitals | dime las capitales de benín | BJ | es-US
plural-capitals | cuáles son las capitales de costa de marfil | CI | es-US
plural-capitals | qué capitales tiene esuatini | SZ | es-US
plural-capitals | dime cuáles son las capitales de palestina | PS | es-US
subdivision | cuál es la capital de maryland | US-MD | es-US
subdivision | la capital de virginia | US-VA | es-US
subdivision | capital de connecticut | US-CT | es-US
subdivision | cuál es la capital de massachusetts | US-MA | es-US
subdivision | la capital de alaska cuál es | US-AK | es-US
subdivision | cuál es la capital de tennessee | US-TN | es-US
subdivision | capital de carolina del norte | US-NC | es-US
subdivision | la capital de arizona mijo | US-AZ | es-US
subdivision | cuál es la capital de florida | US-FL | es-US
subdivision | la capital del estado de nueva york | US-NY | es-US
subdivision | capital de illinois | US-IL | es-US
subdivision | la capital de colorado | US-CO | es-US
subdivision | cuál es la capital de oregón | US-OR | es-US
subdivision | la capital de nevada | US-NV | es-US
subdivision | cuál es la capital de kansas | US-KS | es-US
subdivision | capital de misisipi | US-MS | es-US
subdivision | la capital de west virginia | US-WV | es-US
subdivision | cuál es la capital de washington el estado | US-WA | es-US
subdivision | capital de hawái | US-HI | es-US
subdivision | cuál es la capital de nueva escocia | CA-NS | es-US
territory | cuál es la capital de las islas turcas y caicos | TC | es-US
territory | la capital de samoa americana | AS | es-US
territory | capital de anguila | AI | es-US
territory | cuál es la capital de montserrat | MS | es-US
territory | capital de hong kong | HK | es-US
territory | la capital de las islas marianas del norte | MP | es-US
self-correction | cuál es la capital de ecuador i mean de perú | PE | es-US
self-correction | la capital de maryland sorry de virginia | US-VA | es-US
self-correction | capital de nicaragua wait no de honduras | HN | es-US
self-correction | dime la capital de cuba perdón de república dominicana | DO | es-US
self-correction | la capital de bolivia digo de paraguay pues | PY | es-US
self-correction | cuál es la capital de suecia no espérate de suiza | CH | es-US
follow-up | y la de guatemala pues | GT | es-US
follow-up | and la de honduras | HN | es-US
follow-up | y la de uruguay | UY | es-US
follow-up | y la de chile mijo | CL | es-US
follow-up | y la de jamaica | JM | es-US
follow-up | y de puerto rico | PR | es-US
yes-no-check | la capital de ecuador es guayaquil verdad | EC | es-US
yes-no-check | la capital de bolivia es la paz no | BO | es-US
yes-no-check | la capital de maryland es baltimore right | US-MD | es-US
yes-no-check | es cierto que la capital de el salvador es san salvador | SV | es-US
yes-no-check | la capital de florida es miami sí o no | US-FL | es-US
yes-no-check | la capital de california es los ángeles verdad | US-CA | es-US
yes-no-check | la capital de nueva york es albany right | US-NY | es-US
reverse-question | de qué país es capital la habana | CITY:La Habana | es-US
reverse-question | quito es la capital de qué país | CITY:Quito | es-US
reverse-question | de qué estado es capital annapolis | CITY:Annapolis | es-US
reverse-question | sucre es capital de qué país | CITY:Sucre | es-US
reverse-question | de qué estado es capital juneau | CITY:Juneau | es-US
reverse-question | san juan es la capital de qué | CITY:San Juan | es-US
recognition-artefact | cual es la capital de el salvador | SV | es-US
recognition-artefact | la capital de kata r | QA | es-US
recognition-artefact | capital de pana ma | PA | es-US
recognition-artefact | cual es la capital de e cuador | EC | es-US
recognition-artefact | la capital de massa chusetts | US-MA | es-US
recognition-artefact | cuál es la capital de vermon | US-VT | es-US
one-shot | alexa pídele a capitales del mundo la capital {} | de kuwait=KW; de baréin=BH; de omán=OM | es-US
one-shot | alexa abre capitales del mundo y busca la capital {} | de yemen=YE; de catar=QA | es-US
one-shot | alexa ask capitales del mundo la capital {} | de líbano=LB; de emiratos árabes unidos=AE | es-US
launch | alexa abre capitales del mundo please | LAUNCH | es-US
launch | alexa start capitales del mundo | LAUNCH | es-US
launch | alexa vamos a jugar capitales del mundo | LAUNCH | es-US
launch | abre capitales del mundo pues | LAUNCH | es-US
help | cómo funciona esto help | HELP | es-US
help | qué le puedo preguntar a esta cosa | HELP | es-US
help | necesito ayuda please | HELP | es-US
help | explícame qué hago | HELP | es-US
help | no sé qué decirte ayúdame | HELP | es-US
help | cómo se pregunta una capital | HELP | es-US
help | ayuda pues | HELP | es-US
help | i need help con esto | HELP | es-US
help | qué tengo que hacer | HELP | es-US
stop | stop please | STOP | es-US
stop | ya para pues | STOP | es-US
stop | para ya alexa | STOP | es-US
stop | that's it para | STOP | es-US
stop | ya no más | STOP | es-US
stop | detente ya | STOP | es-US
stop | para mijo ya | STOP | es-US
stop | ya cállate | STOP | es-US
stop | stop stop | STOP | es-US
cancel | cancel eso | CANCEL | es-US
cancel | cancela please | CANCEL | es-US
cancel | cancela pues | CANCEL | es-US
cancel | nevermind cancela | CANCEL | es-US
cancel | cancela lo que te pedí | CANCEL | es-US
cancel | no no cancela | CANCEL | es-US
cancel | cancela eso mijo | CANCEL | es-US
cancel | olvídate cancela | CANCEL | es-US
cancel | cancela ya | CANCEL | es-US
out-of-domain | cuál es la capital de long beach | FB | es-US
out-of-domain | cuánto cuesta la gasolina en maryland | FB | es-US
out-of-domain | qué hora es en ecuador | FB | es-US
out-of-domain | cuál es la capital del tabaco | FB | es-US
out-of-domain | cuál es la capital de la pupusa | FB | es-US
out-of-domain | cuántos habitantes tiene bolivia | FB | es-US
out-of-domain | quién ganó el partido de los astros | FB | es-US
out-of-domain | pon música de marc anthony | FB | es-US
out-of-domain | qué tiempo hace en tucson | FB | es-US
out-of-domain | cuál es la capital de la galaxia | FB | es-US
out-of-domain | cuánto cobran por un techo nuevo | FB | es-US
out-of-domain | cuál es la moneda de el salvador | FB | es-US
out-of-domain | qué idioma hablan en haití | FB | es-US
out-of-domain | cuál es la capital del salmón | FB | es-US
out-of-domain | cómo saco la licencia de manejar | FB | es-US
out-of-domain | cuál es el capital de mi préstamo | FB | es-US
out-of-domain | manda un mensaje a mi mamá | FB | es-US
out-of-domain | cuál es la capital de la bahía de san francisco | FB | es-US
out-of-domain | qué son las capital letters | FB | es-US
out-of-domain | cuál es la capital de la música country | FB | es-US
out-of-domain | pon las noticias de univision | FB | es-US
out-of-domain | cuál es el plato típico de bolivia | FB | es-US
out-of-domain | dónde queda ybor city | FB | es-US
out-of-domain | cuál es la capital del sur de california | FB | es-US
out-of-domain | cuál es la capital de manhattan | FB | es-US
out-of-domain | qué presidente tiene ecuador | FB | es-US
out-of-domain | cuántas millas hay de tampa a miami | FB | es-US
out-of-domain | cuál es la capital de nueva inglaterra | FB | es-US
out-of-domain | pon una alarma para las cinco de la mañana | FB | es-US
out-of-domain | cuál es la capital de los puritanos | FB | es-US
out-of-domain | qué tal el clima en kodiak | FB | es-US
out-of-domain | cuál es el mejor tabaco cubano | FB | es-US
out-of-domain | quién inventó el sándwich cubano | FB | es-US
out-of-domain | cuál es la población de puerto rico | FB | es-US
out-of-domain | cuál es la capital de queens | FB | es-US
out-of-domain | cuánto pagan en la enlatadora | FB | es-US
out-of-domain | qué significa achachay | FB | es-US
out-of-domain | juega lotería conmigo | FB | es-US
out-of-domain | cuál es la capital de la isla de pascua | FB | es-US
out-of-domain | cuál es el estado más pequeño de estados unidos | FB | es-US
# ---------------------------------------------------------------- second batch
leading-filler | eh bueno pues a ver la capital {} | de bosnia y herzegovina=BA; de san marino=SM | es-ES
leading-filler | mmm oye oye la capital {} | de macedonia del norte=MK; de eslovenia=SI | es-ES
hesitation | cuál es la capital de de de {} | bosnia=BA; moldavia=MD | es-ES
plural-capitals | oye las capitales de sudáfrica son tres verdad cuáles son | ZA | es-ES
plural-capitals | cuántas y cuáles son las capitales de bolivia | BO | es-ES
cancel | cancela que ya no me hace falta | CANCEL | es-ES
cancel | no no no cancela majo | CANCEL | es-ES
launch | abre la skill de capitales del mundo | LAUNCH | es-ES
help | cómo funciona lo de las capitales | HELP | es-ES
stop | apaga eso ya que me voy a la vendimia | STOP | es-ES
# es-MX second batch: a Mexicali ice-cream cart, a Chihuahua rodeo queue, a Tlaxcala weaver, a Querétaro taxi
leading-filler | este pues fíjate que quiero saber la capital {} | de san marino=SM; de bosnia=BA; de croacia=HR | es-MX
leading-filler | a ver a ver la capital {} | de suiza=CH; de austria=AT | es-MX
hesitation | eh cuál es la mmm la capital {} | de hungría=HU; de polonia=PL | es-MX
situation | con el carrito de nieves en mexicali un señor me preguntó la capital {} | de arabia saudí=SA; de catar=QA | es-MX
situation | en el taxi de querétaro el pasajero quería saber la capital {} | de suecia=SE; de finlandia=FI; de bélgica=BE | es-MX
elder | soy tejedora de tlaxcala y mi nieto pregunta la capital {} | de ucrania=UA; de rumanía=RO | es-MX
trailing-words | la capital {} ahorita que me acuerdo | de irlanda=IE; de escocia=GB-SCT | es-MX
plural-capitals | oye cuántas capitales tiene bolivia y cuáles | BO | es-MX
plural-capitals | me dices las capitales de holanda porfa | NL | es-MX
plural-capitals | qué capitales tiene sudáfrica ira | ZA | es-MX
help | cómo le pregunto una capital | HELP | es-MX
help | qué tengo que decir pa que me conteste | HELP | es-MX
stop | ya ya ya para | STOP | es-MX
stop | apágate mija | STOP | es-MX
cancel | cancela mija | CANCEL | es-MX
cancel | ándale cancela | CANCEL | es-MX
cancel | cancela ya no quiero | CANCEL | es-MX
launch | alexa abre el juego de capitales del mundo | LAUNCH | es-MX
launch | quiero usar capitales del mundo | LAUNCH | es-MX
self-correction | la capital de querétaro ay no perdón la de aguascalientes | MX-AGU | es-MX
yes-no-check | la capital de aguascalientes es aguascalientes verdad | MX-AGU | es-MX
yes-no-check | la capital de querétaro es querétaro o no | MX-QUE | es-MX
follow-up | y la de tlaxcala | MX-TLA | es-MX
# es-US second batch
plural-capitals | las tres capitales de sudáfrica cuáles son | ZA | es-US
plural-capitals | cuáles son las capitales de malasia please | MY | es-US
cancel | cancela eso bro | CANCEL | es-US
cancel | forget it cancela | CANCEL | es-US
launch | alexa open capitales del mundo | LAUNCH | es-US
help | cómo uso esto pues | HELP | es-US
stop | para ya pues | STOP | es-US
out-of-domain | cuántos toros corren en el encierro | FB | es-ES
out-of-domain | cuál es la capital del queso manchego | FB | es-ES
out-of-domain | dónde está el molino más antiguo de la mancha | FB | es-ES
out-of-domain | cuál es el prefijo de teléfono de rumanía | FB | es-ES
out-of-domain | cuál es la capital de la provincia de huelva | FB | es-ES
out-of-domain | qué hora sale el autobús para cáceres | FB | es-MX
out-of-domain | qué significa mwen en creole | FB | es-MX
out-of-domain | cuál es la capital mundial del béisbol | FB | es-MX
out-of-domain | cuántos habitantes tiene tijuana | FB | es-MX
out-of-domain | dónde venden salteñas en arlington | FB | es-US
out-of-domain | qué hora cierra la pupusería | FB | es-US
out-of-domain | cuál es la capital del condado de arlington | FB | es-US
"""

if __name__ == "__main__":
    build_round(31, "es", LINES, sys.argv, "tests/Eval/es/round31/source/build_corpus.py")
