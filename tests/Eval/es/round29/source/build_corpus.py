"""Round 29, Spanish (es-ES, es-MX, es-US): a new author's mix of speakers and situations, written blind.
Speakers chosen to differ from rounds 25 to 28. es-ES: Málaga and the Costa del Sol ("chiquillo", "ozú", "pechá"), British
retirees in Fuengirola and Nerja learning Spanish, Córdoba and a cofradía ("hijo mío"), a Jaén olive-harvest crew,
Melilla (Tamazight-Spanish bilinguals: "wallah", "hermano"), Bulgarian and Georgian fruit pickers in Lleida, a Castellón
tile factory, Zamora and Palencia elders ("rediós", "mozo", "el chisme este"), Segovia and Ávila with tourists,
Equatoguineans and Dominicans in Madrid; a Cercanías train, a gym, a fish stall, an Imserso coach trip, a hairdresser, a
campsite, a rural school, a dentist's waiting room, a nephew's birthday party, the quiz shows Ahora Caigo and Quién quiere
ser millonario, a Ryanair-style cabin crew member, a wind-farm technician, a wedding DJ, a seven-year-old.
es-MX: Monterrey regios ("qué rollo", "la neta"; a steel plant, a carne asada, the clásico regio), Zacatecas (a mine, the
Morisma, returned migrants: "cuando estaba en el otro lado"), Durango and a western film set ("cáiganle"), Hidalgo (a
Pachuca paste shop, the Tuzos; Otomí speakers with Spanish as a second language), Guerrero (Acapulco's cliff divers:
"qué onda vale"; Mixtec and Tlapanec speakers of the Montaña), a Cancún hotel front desk and a Chichén Itzá tour, the
Reynosa bridge queue; a combi, an OXXO, a papelería and its monografías, a midnight taquería, a bautizo, a posada, an
abuela watching La Rosa de Guadalupe, a third-grader, teenagers ("bro", "qué pex", "porfa").
es-US: Chileans in Utah and Florida ("po", "cachai", "al tiro"), Argentines in Miami ("che", "decime"), Costa Ricans in
New Jersey ("mae", "diay", "pura vida"), Panamanians in Brooklyn ("qué xopá", "fren"), Salvadorans and Guatemalans in Los
Angeles ("vos sabés", "qué chivo", "púchica"; a K'iche' speaker), Georgia poultry plants, Oregon nurseries and
Christmas-tree farms, a Colorado ski lift, a Lubbock cotton gin, El Paso, a Phoenix landscaping crew; a hospital
interpreter, a Walmart aisle, a church choir, Dominican ballplayers at spring training, a Spanish-immersion school, a tax
office, a heritage-Spanish class, an Uber driver, a carnicería, a Sunday soccer league, a Seattle tech worker, an army
recruit, the citizenship test, Spanglish ("hey alexa what's", "real quick", "i mean", "wait", "for school").
Fillers and hesitations, self-corrections with a marker ("perdón", "perdona", "ay no", "quise decir", "quería decir", "me
equivoqué", "no espera", "sorry", "i mean", "wait no", "mejor dicho", "bueno no"), follow-ups, yes/no checks with right and
wrong guesses, reverse questions, official, old and everyday names, shared names (Georgia, Congo, Corea, the Virgin
Islands), plurals (every several-capital country and Palestine), subdivisions (Mexican, US, Canadian, Australian,
German, Brazilian states and the UK's nations) and territories, one-shot requests through the invocation name
"capitales del mundo", launch, help, stop, cancel and about 12% out of domain (near misses: other facts about a named
country, "capital" in other senses, places the data lacks, everyday requests)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# ---------------------------------------------------------------- es-ES
# Málaga and the Costa del Sol
direct-question | chiquillo cuál es la capital {} | de noruega=NO; de dinamarca=DK; de finlandia=FI
direct-question | ozú cuál es la capital {} que no me acuerdo | de bélgica=BE; de austria=AT
direct-question | oye cuál es la capital {} que estoy en el chiringuito de pedregalejo | de grecia=GR; de chipre=CY
leading-filler | eh eh a ver la capital {} | de suiza=CH; de luxemburgo=LU
leading-filler | pues mira la capital {} cuál es | de polonia=PL; de hungría=HU; de rumanía=RO
trailing-words | cuál es la capital {} pechá de años que no lo estudio | de bulgaria=BG; de croacia=HR
trailing-words | la capital {} que lo ha preguntado mi suegra en la feria | de portugal=PT; de marruecos=MA
learner | por favor cuál es capital {} yo vivo en fuengirola | de escocia=GB-SCT; de gales=GB-WLS; de irlanda=IE
learner | perdón mi español no es bueno la capital {} cuál es | de irlanda del norte=GB-NIR; de islandia=IS
learner | hola alexa yo soy inglesa de nerja qué es la capital {} | de inglaterra=GB-ENG; de malta=MT
learner | cuál es el capital {} por favor | de letonia=LV; de estonia=EE; de lituania=LT
learner | alexa la capital del alemania cuál es | DE
learner | yo quiero saber capital {} gracias | de eslovenia=SI; de eslovaquia=SK
# Córdoba, the patios and a cofradía
direct-question | hijo mío cuál es la capital {} | de albania=AL; de serbia=RS; de montenegro=ME
polite-request | me haces el favor de decirme la capital {} | de bosnia=BA; de macedonia del norte=MK
polite-request | alexa si no es molestia la capital {} | de moldavia=MD; de bielorrusia=BY
elder | a ver maquinita cuál es la capital {} que lo pregunta la abuela | de ucrania=UA; de rusia=RU
elder | niña pregúntale tú al chisme este la capital {} | de georgia el país=GE; de armenia=AM
elder | rediós cuál es la capital {} mozo | de azerbaiyán=AZ; de kazajistán=KZ
elder | oiga usted la capital {} me la dice | de turquía=TR; de siria=SY
elder | la capital {} cuál es que ya no me acuerdo de nada | de líbano=LB; de jordania=JO; de irak=IQ
# Jaén olive harvest
situation | en la aceituna estamos discutiendo la capital {} | de irán=IR; de afganistán=AF
situation | estamos en el tajo de la aceituna y queremos saber la capital {} | de pakistán=PK; de bangladés=BD
situation | ea dinos la capital {} que nos hemos apostado un café | de nepal=NP; de bután=BT
# Melilla
direct-question | wallah cuál es la capital {} | de argelia=DZ; de túnez=TN; de libia=LY
direct-question | hermano cuál es la capital {} | de egipto=EG; de mauritania=MR
self-correction | la capital de argelia no perdona quería decir de marruecos | MA
self-correction | la capital de mali ay no me equivoqué de níger | NE
# Lleida fruit harvest with Bulgarian and Georgian pickers
learner | yo trabajo en fruta cuál es capital {} | de bulgaria mi país=BG; de georgia país=GE
learner | capital de sakartvelo georgia país de europa cuál es | GE
learner | alexa cuál es capital de ucrania por favor mi amigo pregunta | UA
# Castellón ceramics factory
situation | estamos en la fábrica de azulejos cuál es la capital {} | de china=CN; de india=IN; de vietnam=VN
situation | que vienen unos clientes {} cuál es su capital | de arabia saudí=SA; de catar=QA; de kuwait=KW
# Zamora and Palencia elders
elder | mozo cuál era la capital {} | de checoslovaquia digo de chequia=CZ; de yugoslavia quiero decir de serbia=RS
elder | la capital {} la sabes tú aparato | de filipinas=PH; de indonesia=ID
elder | dime tú la capital {} que yo hice la mili allí cerca | de guinea ecuatorial=GQ; del sáhara occidental=EH
# Segovia and Ávila
direct-question | y la capital {} cuál es que me lo pregunta un turista en el acueducto | de japón=JP; de corea del sur=KR
direct-question | cuál es la capital {} que tengo aquí a unos turistas en la muralla | de tailandia=TH; de singapur=SG
# Equatoguineans and Dominicans in Madrid
direct-question | qué dices tú la capital {} cuál es | de guinea ecuatorial=GQ; de camerún=CM; de gabón=GA
direct-question | oye mi hermano cuál es la capital {} | de república dominicana=DO; de haití=HT
do-you-know | tú sabes la capital {} | de santo tomé y príncipe=ST; de cabo verde=CV; de guinea-bisáu=GW
do-you-know | sabrías decirme la capital {} | de senegal=SN; de gambia=GM; de guinea=GN
# Cercanías commuter train, gym, fish market
situation | voy en el cercanías y no me acuerdo de la capital {} | de sierra leona=SL; de liberia=LR
situation | estoy en el gimnasio entre serie y serie la capital {} cuál es | de ghana=GH; de togo=TG
situation | en el puesto de pescado me preguntan la capital {} | de mauricio=MU; de seychelles=SC
# Semana Santa, Imserso trip, hairdresser, campsite
situation | estamos en el autobús del imserso y el guía no sabe la capital {} | de escocia=GB-SCT; de andorra=AD
situation | estoy en la peluquería con la cabeza llena de tinte la capital {} cuál es | de mónaco=MC; de san marino=SM
situation | en el camping los holandeses me preguntan la capital {} | de liechtenstein=LI; de países bajos=NL
# Lottery shop, rural school, kids' party, dentist
child | profe la capital {} cuál es | de francia=FR; de italia=IT
child | alexa yo tengo siete años y quiero saber la capital {} | de australia=AU; de nueva zelanda=NZ
child | mami dice que te pregunte la capital {} | de canadá=CA; de brasil=BR; de argentina=AR
situation | en la sala de espera del dentista hay una revista que dice {} cuál es su capital | kiribati=KI; tuvalu=TV
situation | estamos en el cumple de mi sobrino jugando a las capitales la de {} | fiyi=FJ; samoa=WS
quiz-game | en ahora caigo preguntaron la capital {} cuál era | de nauru=NR; de palaos=PW; de las islas marshall=MH
quiz-game | pregunta de quién quiere ser millonario la capital {} | de micronesia=FM; de vanuatu=VU
quiz-game | estamos jugando al trivial la capital {} | de tonga=TO; de las islas salomón=SB; de papúa nueva guinea=PG
# Cabin crew, wind farm technician, wedding DJ
situation | soy azafata y mañana vuelo a {} cuál es la capital | letonia=LV; ucrania=UA
situation | estoy subido en un molino en el parque eólico cuál es la capital {} | de mongolia=MN; de kirguistán=KG
situation | estoy pinchando en una boda y los novios se van de luna de miel a {} cuál es la capital | maldivas=MV; sri lanka=LK
# Yes/no, reverse, self-corrections, follow-ups
yes-no-check | la capital {} es berlín verdad | de alemania=DE; de austria=AT
yes-no-check | a que la capital de australia es sídney | AU
yes-no-check | la capital de canadá es toronto a que sí | CA
yes-no-check | es verdad que la capital de turquía es ankara y no estambul | TR
yes-no-check | oye la capital de suiza es ginebra no | CH
yes-no-check | chiquillo la capital de marruecos es casablanca o no | MA
yes-no-check | la capital de brasil es río verdad que sí | BR
reverse-question | {} de qué país es capital | lubliana=CITY:Liubliana; tallin=CITY:Tallin
reverse-question | ozú y {} de dónde es la capital | vilna=CITY:Vilna; riga=CITY:Riga
reverse-question | oye {} es capital de qué | bakú=CITY:Bakú; ereván=CITY:Ereván; tiflis=CITY:Tiflis
reverse-question | de qué país es capital la ciudad de {} | montevideo=CITY:Montevideo; asunción=CITY:Asunción
reverse-question | la ciudad de {} de qué país es capital hijo | skopie=CITY:Skopie; podgorica=CITY:Podgorica
self-correction | cuál es la capital de suecia perdón de noruega | NO
self-correction | la capital de eslovaquia no espera que digo de eslovenia | SI
self-correction | capital de austria uy perdona de australia | AU
self-correction | dime la capital de islandia no no quería decir irlanda | IE
self-correction | la capital de letonia ay que no de lituania | LT
follow-up | y {} | la de portugal=PT; la de grecia=GR
follow-up | vale y la capital {} | de chipre=CY; de malta=MT
follow-up | ahora la {} | de finlandia=FI; de estonia=EE
follow-up | y de {} cuál es | rumanía=RO; bulgaria=BG
# Names
everyday-name | la capital de holanda cuál es chiquillo | NL
everyday-name | cuál es la capital de inglaterra que lo pregunta el guiri | GB-ENG
everyday-name | la capital de birmania cuál es hoy en día | MM
everyday-name | alexa la capital de bielorrusia o belarús como se diga | BY
everyday-name | cuál es la capital de los emiratos | AE
everyday-name | la capital de chequia o república checa como se llame | CZ
official-name | cuál es la capital {} | del reino de españa=ES; de la república francesa=FR
official-name | la capital de la república italiana | IT
official-name | capital {} cuál es | de la república helénica=GR; de la confederación suiza=CH
official-name | cuál es la capital del reino hachemita de jordania | JO
official-name | alexa la capital del gran ducado de luxemburgo | LU
official-name | dime la capital del principado de andorra | AD
old-name | la capital de {} cuál era | persia=IR; siam=TH
old-name | cuál era la capital de ceilán la de antes | LK
old-name | la capital de abisinia cuál era | ET
old-name | cuál es la capital de lo que antes era el zaire | CD
# Shared names
shared-name | cuál es la capital de georgia | GE+US-GA
shared-name | ozú la capital de corea | KP+KR
shared-name | la capital del congo chiquillo | CD+CG
shared-name | la capital de las islas vírgenes | VG+VI
shared-name | la capital del congo el de kinsasa | CD
shared-name | la capital de corea del norte | KP
shared-name | cuál es la capital de georgia la de estados unidos | US-GA
# Plurals
plural-capitals | cuáles son las capitales de bolivia que me han dicho que tiene dos | BO
plural-capitals | qué capitales tiene sudáfrica que son tres o algo así | ZA
plural-capitals | dime las capitales de los países bajos | NL
plural-capitals | cuáles son las dos capitales de malasia | MY
plural-capitals | las capitales de benín cuáles son | BJ
plural-capitals | cuáles son las capitales de costa de marfil hijo | CI
plural-capitals | las capitales de sri lanka me las dices | LK
plural-capitals | cuáles son las capitales de esuatini | SZ
plural-capitals | cuáles son las capitales de palestina | PS
# Subdivisions and territories
subdivision | cuál es la capital {} que viene una alemana al camping | de baviera=DE-BY; de sajonia=DE-SN; de hesse=DE-HE
subdivision | los de la fábrica preguntan la capital {} | de renania del norte-westfalia=DE-NW; de baja sajonia=DE-NI
subdivision | cuál es la capital {} que tengo un cliente de allí | de escocia=GB-SCT; de quebec=CA-QC
subdivision | la capital del estado de {} | queensland=AU-QLD; victoria en australia=AU-VIC
subdivision | cuál es la capital {} de australia | de tasmania=AU-TAS; de australia occidental=AU-WA
territory | chiquillo y cuál es la capital {} | de gibraltar=GI; de las islas feroe=FO; de groenlandia=GL
territory | la capital de las islas malvinas | FK
territory | capital {} que me lo han preguntado en el ferry | de la isla de man=IM; de guernesey=GG; de jersey=JE
territory | y la de la polinesia francesa | PF
territory | cuál es la capital de nueva caledonia que me voy de viaje | NC
# Recognition artefacts (what ASR writes)
recognition-artefact | cuál es la capital de ser bia | RS
recognition-artefact | la capital de ungría | HU
recognition-artefact | cuál es la capital de eslo venia | SI
recognition-artefact | cuál es la capital de móna co | MC
recognition-artefact | cuál es la capital de la india a | IN
recognition-artefact | capital de ola nda | NL
recognition-artefact | cuál es la capital de austria lia | AU
# One-shot, launch, help, stop, cancel
one-shot | abre capitales del mundo y dime la capital {} | de egipto=EG; de etiopía=ET
one-shot | pregúntale a capitales del mundo por la capital {} | de kenia=KE; de tanzania=TZ
one-shot | alexa dile a capitales del mundo cuál es la capital de uganda | UG
one-shot | alexa pide a capitales del mundo la capital de ruanda | RW
launch | alexa abre capitales del mundo | LAUNCH
launch | ozú pon lo de capitales del mundo | LAUNCH
launch | alexa inicia capitales del mundo por favor | LAUNCH
launch | chiquillo abre el juego de capitales del mundo | LAUNCH
help | cómo funciona esto | HELP
help | qué tengo que decirte para que me digas una capital | HELP
help | ayúdame que no sé cómo se usa | HELP
help | qué puedo preguntarte hijo | HELP
help | alexa qué cosas sabes hacer con las capitales | HELP
help | no me entero de cómo va esto | HELP
help | explícame cómo se juega | HELP
stop | para ya | STOP
stop | calla chiquillo | STOP
stop | ya está bien de capitales | STOP
stop | alexa apágate | STOP
stop | vale ya basta | STOP
stop | termina ya que nos vamos a la procesión | STOP
stop | para para para | STOP
cancel | cancela | CANCEL
cancel | no déjalo cancela | CANCEL
cancel | anula eso | CANCEL
cancel | cancela que me he equivocado | CANCEL
cancel | olvídalo no quería preguntar eso | CANCEL
cancel | cancélalo todo | CANCEL
cancel | nada nada cancela | CANCEL
# Out of domain
out-of-domain | qué tiempo hace mañana en málaga | FB | es-ES
out-of-domain | cuánto ha quedado el unicaja | FB | es-ES
out-of-domain | a qué hora sale el cercanías a fuengirola | FB | es-ES
out-of-domain | cuántos habitantes tiene portugal | FB | es-ES
out-of-domain | qué idioma se habla en suiza | FB | es-ES
out-of-domain | cuál es la moneda de marruecos | FB | es-ES
out-of-domain | cuál es el río más largo de españa | FB | es-ES
out-of-domain | pon una saeta | FB | es-ES
out-of-domain | cuándo es la semana santa este año | FB | es-ES
out-of-domain | a cuánto está el aceite de oliva | FB | es-ES
out-of-domain | cuál es la capital de la costa del sol | FB | es-ES
out-of-domain | cuál es la capital del aceite | FB | es-ES
out-of-domain | cuánto capital necesito para montar un bar | FB | es-ES
out-of-domain | qué es un pecado capital | FB | es-ES
out-of-domain | cuál es la capital de la provincia de jaén | FB | es-ES
out-of-domain | quién es el presidente de francia | FB | es-ES
out-of-domain | pon el telediario | FB | es-ES
out-of-domain | pon una alarma a las siete | FB | es-ES
out-of-domain | cuánto tarda el ferry a melilla | FB | es-ES
out-of-domain | cuál es la bandera de italia | FB | es-ES
out-of-domain | dónde está la mezquita de córdoba | FB | es-ES
out-of-domain | qué hora es en londres | FB | es-ES
out-of-domain | cuánto mide la torre eiffel | FB | es-ES
out-of-domain | cuál es el país más grande de áfrica | FB | es-ES
out-of-domain | cuál es la capital de la cerámica | FB | es-ES
out-of-domain | cuéntame un chiste | FB | es-ES
out-of-domain | cuál es el himno de alemania | FB | es-ES
out-of-domain | cómo se dice capital en inglés | FB | es-ES
out-of-domain | pon la radio | FB | es-ES
out-of-domain | qué toca hoy en la lotería | FB | es-ES
out-of-domain | cuál es la capital cultural europea este año | FB | es-ES
out-of-domain | cómo se hace el salmorejo | FB | es-ES
out-of-domain | cuántos kilómetros hay de zamora a palencia | FB | es-ES
# ---------------------------------------------------------------- es-MX
# Monterrey regios, a steel plant, the clásico regio
direct-question | qué rollo cuál es la capital {} | de colombia=CO | es-MX
direct-question | a ver compa la capital {} cuál es | de venezuela=VE; de ecuador=EC | es-MX
direct-question | la neta no me sé la capital {} me la dices | de perú=PE; de bolivia la de gobierno=BO | es-MX
situation | estamos en la acería en el descanso y no sabemos la capital {} | de chile=CL; de uruguay=UY | es-MX
situation | en el clásico un aficionado de tigres dice que la capital {} es otra cuál es | de paraguay=PY | es-MX
situation | estamos en la carnita asada discutiendo la capital {} | de argentina=AR; de brasil=BR | es-MX
# Zacatecas, a mine, the Morisma, returnees
direct-question | ándale mijo cuál es la capital {} | de guatemala=GT; de belice=BZ | es-MX
direct-question | cuál es la capital {} que aquí en la mina no hay quien sepa | de honduras=HN; de el salvador=SV | es-MX
elder | yo estuve en el otro lado muchos años cuál es la capital {} | de estados unidos=US | es-MX
elder | oiga joven aparatito cuál es la capital {} | de nicaragua=NI; de costa rica=CR; de panamá=PA | es-MX
situation | en la morisma un señor dice que es moro de {} cuál es la capital de allá | marruecos=MA; turquía=TR | es-MX
# Durango, a western film set
situation | estamos en el set de la película en durango y el director pregunta la capital {} | de cuba=CU; de jamaica=JM | es-MX
direct-question | cáiganle cuál es la capital {} | de haití=HT; de las bahamas=BS | es-MX
# Hidalgo, Pachuca pastes, Otomí speakers
learner | yo no sé bien castellano cuál es capital {} | de méxico=MX | es-MX
learner | señorita alexa la capital {} cuál es pues | de hidalgo=MX-HID; de querétaro=MX-QUE | es-MX
situation | aquí en la pastería de pachuca un cliente pregunta la capital {} | de inglaterra=GB-ENG; de cornualles digo de gales=GB-WLS | es-MX
situation | estamos viendo a los tuzos y el comentarista dijo la capital {} cuál es | de uruguay=UY; de ecuador=EC | es-MX
# Guerrero: Acapulco, cliff divers, Chilpancingo, the Montaña
direct-question | qué onda vale cuál es la capital {} | de guerrero=MX-GRO; de oaxaca=MX-OAX | es-MX
situation | soy clavadista en la quebrada y un turista me pregunta la capital {} | de canadá=CA; de alemania=DE | es-MX
learner | yo hablo mixteco poquito español cuál es la capital {} | de guatemala=GT; de estado de méxico=MX-MEX | es-MX
learner | mi papá pregunta capital {} él habla tlapaneco | de puebla=MX-PUE; de morelos=MX-MOR | es-MX
# Cancún, hotel front desk
situation | estoy en la recepción del hotel en cancún y un huésped pregunta la capital {} | de francia=FR; de italia=IT; de suecia=SE | es-MX
situation | un turista del crucero quiere saber la capital {} | de noruega=NO; de países bajos=NL | es-MX
situation | en el tour de chichén itzá me preguntaron la capital {} | de quintana roo=MX-ROO; de yucatán=MX-YUC; de campeche=MX-CAM | es-MX
# Reynosa border, customs line
situation | estoy en la fila del puente y no me acuerdo de la capital {} | de tamaulipas=MX-TAM; de texas=US-TX | es-MX
situation | en la línea para cruzar mi hijo pregunta la capital {} | de nuevo león=MX-NLE; de coahuila=MX-COA | es-MX
# Everyday: combi, OXXO, papelería, taquero, bautizo, posada
situation | voy en la combi y me acordé de la tarea la capital {} | de zacatecas=MX-ZAC; de durango=MX-DUR | es-MX
situation | estoy en el oxxo y el cajero me dijo que la capital {} es otra cuál es | de sinaloa=MX-SIN; de sonora=MX-SON | es-MX
child | en la papelería no tenían la monografía {} cuál es su capital | de chihuahua=MX-CHH; de baja california=MX-BCN | es-MX
child | maestra ya sé la capital {} pero alexa dímela | de jalisco=MX-JAL; de michoacán=MX-MIC; de nayarit=MX-NAY | es-MX
child | alexa yo voy en tercero cuál es la capital {} | de veracruz=MX-VER; de tabasco=MX-TAB | es-MX
child | tengo examen de geografía mañana cuál es la capital {} | de colima=MX-COL; de guanajuato=MX-GUA | es-MX
situation | aquí en la taquería a medianoche nos preguntamos la capital {} | de japón=JP; de china=CN | es-MX
situation | en el bautizo el padrino apuesta que sabe la capital {} | de rusia=RU; de india=IN | es-MX
situation | en la posada jugamos a las capitales y nos tocó {} | corea del sur=KR; egipto=EG | es-MX
elder | mi abuelita está viendo la rosa de guadalupe y pregunta la capital {} | de filipinas=PH; de españa=ES | es-MX
teen | bro cuál es la capital {} | de portugal=PT; de irlanda=IE | es-MX
teen | neta alexa no sé la capital {} ayúdame porfa | de bélgica=BE; de suiza=CH | es-MX
teen | qué pex alexa la capital {} | de polonia=PL; de austria=AT | es-MX
polite-request | me podrías decir la capital {} por favorcito | de grecia=GR; de hungría=HU | es-MX
polite-request | fíjate que necesito la capital {} me la das | de dinamarca=DK; de finlandia=FI | es-MX
polite-request | disculpa me dices cuál es la capital {} | de tailandia=TH; de vietnam=VN | es-MX
do-you-know | oye alexa sabes cuál es la capital {} | de arabia saudita=SA; de israel=IL | es-MX
do-you-know | te sabes la capital {} | de irán=IR; de irak=IQ; de siria=SY | es-MX
do-you-know | a poco sabes la capital {} | de camboya=KH; de laos=LA | es-MX
imperative | dime la capital {} ahorita | de nigeria=NG; de sudáfrica la administrativa=ZA | es-MX
imperative | dame la capital {} | de kenia=KE; de etiopía=ET; de somalia=SO | es-MX
imperative | búscame la capital {} | de angola=AO; de mozambique=MZ | es-MX
bare-name | {} capital | zambia=ZM; zimbabue=ZW; namibia=NA | es-MX
bare-name | capital {} | botsuana=BW; malaui=MW | es-MX
bare-name | {} | madagascar=MG; comoras=KM | es-MX
# Yes/no, reverse, self-corrections, follow-ups
yes-no-check | la capital {} es guadalajara verdad | de jalisco=MX-JAL | es-MX
yes-no-check | la capital de nuevo león es monterrey sí o no | MX-NLE | es-MX
yes-no-check | la capital de baja california es tijuana a poco no | MX-BCN | es-MX
yes-no-check | es cierto que la capital de guerrero es acapulco | MX-GRO | es-MX
yes-no-check | la capital de veracruz es el puerto de veracruz verdad | MX-VER | es-MX
yes-no-check | la capital de estados unidos es nueva york o no | US | es-MX
yes-no-check | oye la capital de colombia es bogotá cierto | CO | es-MX
yes-no-check | la capital de zacatecas es zacatecas también | MX-ZAC | es-MX
reverse-question | {} es capital de qué estado | pachuca=CITY:Pachuca; chilpancingo=CITY:Chilpancingo; saltillo=CITY:Saltillo | es-MX
reverse-question | de qué estado es capital {} | tepic=CITY:Tepic; ciudad victoria=CITY:Ciudad Victoria; hermosillo=CITY:Hermosillo | es-MX
reverse-question | {} de qué país es la capital | managua=CITY:Managua; tegucigalpa=CITY:Tegucigalpa; belmopan=CITY:Belmopan | es-MX
reverse-question | oye y {} de qué país es | kingston=CITY:Kingston; nasáu=CITY:Nassau | es-MX
self-correction | la capital de durango no perdón de zacatecas | MX-ZAC | es-MX
self-correction | cuál es la capital de guerrero ay no quise decir de oaxaca | MX-OAX | es-MX
self-correction | la capital de honduras no espérame de nicaragua | NI | es-MX
self-correction | capital de chile este no mejor dicho de perú | PE | es-MX
self-correction | la capital de sonora bueno no me equivoqué de sinaloa | MX-SIN | es-MX
follow-up | y la {} | de tlaxcala=MX-TLA; de aguascalientes=MX-AGU | es-MX
follow-up | órale y la de {} | campeche=MX-CAM; san luis potosí=MX-SLP | es-MX
follow-up | y {} cuál es | la de chiapas=MX-CHP; la de baja california sur=MX-BCS | es-MX
follow-up | ahora dime la de {} | yucatán=MX-YUC; quintana roo=MX-ROO | es-MX
# Names
everyday-name | la capital de gringolandia cuál es | US | es-MX
everyday-name | cuál es la capital del gabacho | US | es-MX
everyday-name | cuál es la capital del edomex | MX-MEX | es-MX
everyday-name | la capital de holanda alexa | NL | es-MX
everyday-name | la capital de los estados unidos de américa | US | es-MX
official-name | cuál es la capital de los estados unidos mexicanos | MX | es-MX
official-name | la capital de la república bolivariana de venezuela | VE | es-MX
official-name | cuál es la capital {} oiga | de la república oriental del uruguay=UY; de la república popular china=CN | es-MX
official-name | la capital de la federación rusa | RU | es-MX
official-name | cuál es la capital de la república de corea | KR | es-MX
official-name | la capital de la república islámica de irán cuál es | IR | es-MX
old-name | oiga la capital de {} cuál era | honduras británica=BZ; rodesia=ZW | es-MX
old-name | cuál es la capital de dahomey | BJ | es-MX
old-name | capital de la antigua costa de oro | GH | es-MX
# Shared names
shared-name | qué rollo con la capital de georgia | GE+US-GA | es-MX
shared-name | la capital de corea cuál es | KP+KR | es-MX
shared-name | cuál es la capital de las dos coreas | KP+KR | es-MX
shared-name | cuál es la capital del congo oiga | CD+CG | es-MX
shared-name | capital de las islas vírgenes | VG+VI | es-MX
shared-name | cuál es la capital de georgia el estado de allá del otro lado | US-GA | es-MX
shared-name | la capital de la república del congo la de brazzaville no la otra | CG | es-MX
shared-name | capital de las islas vírgenes británicas | VG | es-MX
# Plurals
plural-capitals | cuáles son las capitales de bolivia la neta | BO | es-MX
plural-capitals | oye cuáles son las capitales de sudáfrica | ZA | es-MX
plural-capitals | cuántas capitales tiene holanda y cuáles son | NL | es-MX
plural-capitals | dime las capitales de malasia | MY | es-MX
plural-capitals | cuáles son las capitales de benín pues | BJ | es-MX
plural-capitals | cuáles son las dos capitales de costa de marfil | CI | es-MX
plural-capitals | cuáles son las capitales de sri lanka compa | LK | es-MX
plural-capitals | qué capitales tiene esuatini o suazilandia | SZ | es-MX
plural-capitals | cuáles son las capitales de palestina alexa | PS | es-MX
# Subdivisions and territories
subdivision | cuál es la capital del estado {} | de california=US-CA; de arizona=US-AZ; de nuevo méxico=US-NM | es-MX
subdivision | mi primo vive en {} cuál es la capital | illinois=US-IL; carolina del norte=US-NC; georgia el estado=US-GA | es-MX
subdivision | cuál es la capital de la provincia {} | de ontario=CA-ON; de alberta=CA-AB; de columbia británica=CA-BC | es-MX
subdivision | cuál es la capital del estado brasileño {} | de bahía=BR-BA; de pernambuco=BR-PE | es-MX
territory | cuál es la capital {} que voy de crucero | de puerto rico=PR; de aruba=AW; de curazao=CW | es-MX
territory | la capital de las islas caimán | KY | es-MX
territory | cuál es la capital de guadalupe la isla | GP | es-MX
territory | la capital de martinica | MQ | es-MX
# Recognition artefacts
recognition-artefact | cuál es la capital de guate mala | GT | es-MX
recognition-artefact | la capital de nicara gua | NI | es-MX
recognition-artefact | cuál es la capital de tabas co | MX-TAB | es-MX
recognition-artefact | la capital de agua calientes | MX-AGU | es-MX
recognition-artefact | cuál es la capital de michoacan | MX-MIC | es-MX
recognition-artefact | capital de queretaro | MX-QUE | es-MX
recognition-artefact | cuál es la capital de san luis | MX-SLP | es-MX
recognition-artefact | cuál es la capital de méjico | MX | es-MX
# One-shot, launch, help, stop, cancel
one-shot | oye alexa pregúntale a capitales del mundo la capital {} | de jamaica=JM; de trinidad y tobago=TT | es-MX
one-shot | abre capitales del mundo y dime cuál es la capital {} | de barbados=BB; de granada el país=GD | es-MX
one-shot | alexa usa capitales del mundo para saber la capital de dominica | DM | es-MX
one-shot | dile a capitales del mundo que me diga la capital de santa lucía | LC | es-MX
launch | abre capitales del mundo | LAUNCH | es-MX
launch | alexa ábreme capitales del mundo | LAUNCH | es-MX
launch | quiero jugar capitales del mundo | LAUNCH | es-MX
launch | alexa pon capitales del mundo ándale | LAUNCH | es-MX
help | cómo le hago | HELP | es-MX
help | no le entiendo cómo se usa esto | HELP | es-MX
help | ayuda por favor | HELP | es-MX
help | qué le pregunto | HELP | es-MX
help | oye y esto cómo funciona | HELP | es-MX
help | qué me puedes decir tú | HELP | es-MX
help | necesito ayuda con las capitales | HELP | es-MX
stop | ya párale | STOP | es-MX
stop | ya estuvo | STOP | es-MX
stop | cállate alexa | STOP | es-MX
stop | ya no quiero jugar | STOP | es-MX
stop | detente | STOP | es-MX
stop | sale ya bye | STOP | es-MX
stop | ya bájale | STOP | es-MX
cancel | cancela eso | CANCEL | es-MX
cancel | no no cancélalo | CANCEL | es-MX
cancel | mejor cancela | CANCEL | es-MX
cancel | cancelar | CANCEL | es-MX
cancel | ya no cancela lo que te pedí | CANCEL | es-MX
cancel | cancela porfa | CANCEL | es-MX
cancel | olvídalo cancela | CANCEL | es-MX
# Out of domain
out-of-domain | cuánto quedó el clásico regio | FB | es-MX
out-of-domain | a cómo está el dólar hoy | FB | es-MX
out-of-domain | qué clima hay en monterrey | FB | es-MX
out-of-domain | cuántos habitantes tiene guatemala | FB | es-MX
out-of-domain | qué idioma hablan en belice | FB | es-MX
out-of-domain | cuál es la moneda de costa rica | FB | es-MX
out-of-domain | pon música de ramón ayala | FB | es-MX
out-of-domain | cuál es la capital del acero | FB | es-MX
out-of-domain | cuál es la capital mundial del tequila | FB | es-MX
out-of-domain | cómo se hacen los pastes | FB | es-MX
out-of-domain | quién ganó la liga mx | FB | es-MX
out-of-domain | a qué hora cierra el oxxo | FB | es-MX
out-of-domain | cuánto cobra el puente internacional | FB | es-MX
out-of-domain | qué significa capital de trabajo | FB | es-MX
out-of-domain | cuál es el volcán más alto de méxico | FB | es-MX
out-of-domain | cuándo es el día de la independencia | FB | es-MX
out-of-domain | cuál es el estado más grande de méxico | FB | es-MX
out-of-domain | quién es la presidenta de méxico | FB | es-MX
out-of-domain | pon un corrido | FB | es-MX
out-of-domain | cuál es la capital de los clavados | FB | es-MX
out-of-domain | cuál es el municipio más grande de zacatecas | FB | es-MX
out-of-domain | dónde venden monografías | FB | es-MX
out-of-domain | qué hora es en cancún | FB | es-MX
out-of-domain | cuántos kilómetros hay a reynosa | FB | es-MX
out-of-domain | cuál es la capital de narnia | FB | es-MX
out-of-domain | cuál es la capital de atlantis | FB | es-MX
out-of-domain | dime un chiste de pepito | FB | es-MX
out-of-domain | prende la luz de la sala | FB | es-MX
out-of-domain | cuál es la capital del país de nunca jamás | FB | es-MX
out-of-domain | cuál es la bandera de honduras | FB | es-MX
out-of-domain | cuál es la comida típica de perú | FB | es-MX
out-of-domain | cuántos estados tiene méxico | FB | es-MX
out-of-domain | pon la rosa de guadalupe | FB | es-MX
# ---------------------------------------------------------------- es-US
# Chileans in Utah and Florida
direct-question | oye po cuál es la capital {} | de chile=CL; de argentina=AR | es-US
direct-question | cachai la capital {} cuál es | de nueva zelanda=NZ; de australia=AU | es-US
direct-question | dime al tiro la capital {} | de utah=US-UT; de nevada=US-NV; de idaho=US-ID | es-US
self-correction | la capital de bolivia ah no perdón de paraguay | PY | es-US
# Argentines in Miami
direct-question | che decime la capital {} | de uruguay=UY; de paraguay=PY | es-US
direct-question | dale che cuál es la capital {} | de italia=IT; de croacia=HR | es-US
yes-no-check | che la capital de brasil es brasilia no cierto | BR | es-US
yes-no-check | la capital de australia es melbourne no | AU | es-US
# Costa Ricans in New Jersey
direct-question | diay mae cuál es la capital {} | de costa rica=CR; de nueva jersey=US-NJ | es-US
direct-question | mae la capital {} cuál es pura vida | de nicaragua=NI; de panamá=PA | es-US
self-correction | la capital de nueva york no perdón mae de nueva jersey | US-NJ | es-US
# Panamanians in Brooklyn
direct-question | qué xopá fren cuál es la capital {} | de colombia=CO; de venezuela=VE | es-US
direct-question | ey fren la capital {} | de trinidad y tobago=TT; de guyana=GY; de surinam=SR | es-US
# Salvadorans and Guatemalans in LA
direct-question | vos sabés la capital {} | de el salvador=SV; de guatemala=GT | es-US
direct-question | qué chivo alexa cuál es la capital {} | de honduras=HN; de méxico=MX | es-US
direct-question | púchica no me acuerdo de la capital {} | de belice=BZ; de cuba=CU | es-US
learner | yo hablo kiché un poquito español la capital {} | de guatemala mi país=GT; de california=US-CA | es-US
# Georgia poultry plants, Oregon nurseries, Colorado ski, Texas cotton gin, El Paso, Phoenix
situation | estoy en la planta de pollo en gainesville cuál es la capital {} | de georgia el estado=US-GA; de alabama=US-AL | es-US
situation | aquí en el vivero de woodburn nos preguntamos la capital {} | de oregón=US-OR; de washington el estado=US-WA | es-US
situation | cortando pinos de navidad en oregón me acordé de la capital {} | de dinamarca=DK; de noruega=NO | es-US
situation | estoy en el telesilla en vail y un esquiador me pregunta la capital {} | de colorado=US-CO; de wyoming=US-WY | es-US
situation | en la despepitadora de algodón en lubbock no saben la capital {} | de texas=US-TX; de oklahoma=US-OK; de kansas=US-KS | es-US
situation | aquí en el paso cuál es la capital {} | de nuevo méxico=US-NM; de chihuahua=MX-CHH | es-US
situation | en la cuadrilla de jardinería en phoenix un compañero dice que la capital {} es tucson cuál es | de arizona=US-AZ | es-US
# Hospital interpreter, Walmart, church choir, MLB spring training
situation | soy intérprete en el hospital y una paciente es {} cuál es la capital de allá | de mongolia=MN; de afganistán=AF | es-US
situation | estoy en el pasillo del walmart cuál es la capital {} | de florida=US-FL; de carolina del sur=US-SC | es-US
situation | en el coro de la iglesia discutimos la capital {} | del vaticano=VA; de irlanda=IE | es-US
situation | en los entrenamientos de primavera un pelotero dominicano pregunta la capital {} | de república dominicana=DO; de venezuela=VE; de cuba=CU | es-US
# Immersion school, tax office, heritage class, Uber, carnicería, soccer league
child | my teacher says cuál es la capital {} | de egipto=EG; de marruecos=MA | es-US
child | alexa en mi escuela de inmersión preguntaron la capital {} | de canadá=CA; de francia=FR | es-US
child | la capital {} cuál es que mi abuelita es de allá | de el salvador=SV; de puerto rico=PR | es-US
situation | en la oficina de taxes un cliente me pregunta la capital {} | de etiopía=ET; de eritrea=ER | es-US
spanglish | for my heritage spanish class cuál es la capital {} | de argelia=DZ; de sudán=SD | es-US
spanglish | ok so cuál es la capital {} | de sudán del sur=SS; de chad=TD | es-US
spanglish | hey alexa what's la capital {} | de república centroafricana=CF; de camerún=CM | es-US
spanglish | la capital {} please real quick | de burkina faso=BF; de níger=NE | es-US
spanglish | alexa can you tell me la capital {} | de mali=ML; de benín=BJ | es-US
spanglish | wait cuál es la capital {} again | de burundi=BI; de ruanda=RW | es-US
situation | manejo uber en phoenix y un pasajero quiere saber la capital {} | de yemen=YE; de omán=OM | es-US
situation | en la carnicería un señor dice que la capital {} es otra ciudad | de baréin=BH; de emiratos árabes unidos=AE | es-US
situation | en la liga del domingo el árbitro es {} y le pregunté la capital | de lesoto=LS; de yibuti=DJ | es-US
situation | trabajo en una compañía de tecnología en seattle y mi jefe pregunta la capital {} | de singapur=SG; de brunéi=BN | es-US
situation | me acabo de enlistar en el army y me mandan a {} cuál es la capital | corea del sur=KR; alemania=DE | es-US
teen | like cuál es la capital {} | de uzbekistán=UZ; de turkmenistán=TM; de tayikistán=TJ | es-US
teen | bro la capital {} | de timor oriental=TL; de myanmar=MM | es-US
elder | mijita pregúntale a la alexa la capital {} | de nicaragua=NI; de panamá=PA | es-US
elder | a ver aparato dime la capital {} que yo nací allá | de ecuador=EC; de bolivia la de gobierno=BO | es-US
polite-request | me haces un favor dime la capital {} | de gabón=GA; de congo brazzaville=CG | es-US
polite-request | por favor podrías decirme la capital {} | de sierra leona=SL; de la república democrática del congo=CD | es-US
polite-request | alexa con todo respeto la capital {} | de eritrea=ER; de yibuti=DJ; de somalia=SO | es-US
do-you-know | sabes tú la capital {} | de mauritania=MR; de senegal=SN | es-US
do-you-know | y tú te sabes la capital {} | de corea del norte=KP; de mongolia=MN | es-US
imperative | dime rápido la capital {} | de cabo verde=CV; de costa de marfil=CI | es-US
imperative | encuéntrame la capital {} | de santo tomé=ST; de guinea-bisáu=GW | es-US
bare-name | {} capital por favor | san cristóbal y nieves=KN; san vicente y las granadinas=VC; antigua y barbuda=AG | es-US
bare-name | capital de {} | dominica=DM; granada=GD | es-US
# Yes/no, reverse, self-corrections, follow-ups
yes-no-check | la capital de texas es houston verdad | US-TX | es-US
yes-no-check | la capital de california es los ángeles right | US-CA | es-US
yes-no-check | la capital {} es sacramento right | de california=US-CA | es-US
yes-no-check | la capital de florida es miami o no | US-FL | es-US
yes-no-check | la capital de nueva york es albany verdad | US-NY | es-US
yes-no-check | la capital de illinois es chicago no | US-IL | es-US
yes-no-check | la capital de el salvador es san salvador sí | SV | es-US
yes-no-check | is it true que la capital de honduras es tegucigalpa | HN | es-US
reverse-question | oye {} es capital de qué estado | sacramento=CITY:Sacramento; tallahassee=CITY:Tallahassee; salem=CITY:Salem | es-US
reverse-question | de qué estado es capital {} que me lo preguntaron en el test | boise=CITY:Boise; cheyenne=CITY:Cheyenne; olympia=CITY:Olympia | es-US
reverse-question | {} de qué país es capital mija | tegucigalpa=CITY:Tegucigalpa; quito=CITY:Quito; caracas=CITY:Caracas | es-US
reverse-question | oye {} is the capital of what | san josé=CITY:San José; lima=CITY:Lima | es-US
reverse-question | victoria es capital de dónde | CITY:Victoria | es-US
self-correction | la capital de kansas no sorry de misuri | US-MO | es-US
self-correction | cuál es la capital de iowa i mean de ohio | US-OH | es-US
self-correction | la capital de virginia no perdón de virginia occidental | US-WV | es-US
self-correction | la capital de maryland bueno no quise decir de delaware | US-DE | es-US
self-correction | capital de guatemala wait no de honduras | HN | es-US
follow-up | and {} | la de michigan=US-MI; la de minnesota=US-MN | es-US
follow-up | y la capital {} | de indiana=US-IN; de kentucky=US-KY; de tennessee=US-TN | es-US
follow-up | okay y {} | de luisiana=US-LA; de misisipi=US-MS | es-US
follow-up | y qué tal la de {} | massachusetts=US-MA; pensilvania=US-PA | es-US
# Names
everyday-name | la capital de usa | US | es-US
everyday-name | cuál es la capital de los united states | US | es-US
everyday-name | la capital de holland cuál es | NL | es-US
everyday-name | cuál es la capital de england | GB-ENG | es-US
everyday-name | la capital de suazilandia | SZ | es-US
everyday-name | capital de la madre patria | ES | es-US
official-name | cuál es la capital de la república dominicana | DO | es-US
official-name | la capital de los estados unidos de norteamérica | US | es-US
official-name | cuál es la capital del estado plurinacional de bolivia | BO | es-US
official-name | la capital de la república federal de alemania | DE | es-US
official-name | la capital del reino de marruecos | MA | es-US
official-name | cuál es la capital del estado de la ciudad del vaticano | VA | es-US
old-name | la capital de {} | bechuanalandia=BW; basutolandia=LS; nyasalandia=MW | es-US
old-name | cuál era la capital del alto volta | BF | es-US
old-name | la capital de formosa la isla | TW | es-US
# Shared names
shared-name | what's the capital de georgia | GE+US-GA | es-US
shared-name | la capital de corea alexa | KP+KR | es-US
shared-name | las capitales de los dos congos | CD+CG | es-US
shared-name | capital de las islas vírgenes alexa | VG+VI | es-US
shared-name | la capital de georgia el país de europa | GE | es-US
shared-name | la capital de las islas vírgenes de estados unidos | VI | es-US
shared-name | capital de corea pero la del sur | KR | es-US
# Plurals
plural-capitals | what are las capitales de bolivia | BO | es-US
plural-capitals | cuáles son las tres capitales de sudáfrica | ZA | es-US
plural-capitals | dime las capitales de holanda | NL | es-US
plural-capitals | malasia tiene dos capitales cuáles son | MY | es-US
plural-capitals | cuáles son las capitales de benín oye | BJ | es-US
plural-capitals | cuáles son las capitales de ivory coast | CI | es-US
plural-capitals | cuáles son las capitales de ceilán sri lanka | LK | es-US
plural-capitals | dime las capitales de suazilandia | SZ | es-US
plural-capitals | las capitales de palestina cuáles son | PS | es-US
# Subdivisions and territories
subdivision | cuál es la capital {} que me voy a mudar | de carolina del norte=US-NC; de tennessee=US-TN; de arkansas=US-AR | es-US
subdivision | la capital del estado {} | de nebraska=US-NE; de iowa=US-IA; de dakota del sur=US-SD | es-US
subdivision | cuál es la capital {} para el test | de montana=US-MT; de dakota del norte=US-ND; de alaska=US-AK | es-US
subdivision | la capital de hawái | US-HI | es-US
subdivision | capital {} para el examen de ciudadanía | de vermont=US-VT; de maine=US-ME; de nuevo hampshire=US-NH | es-US
subdivision | cuál es la capital {} for school | de rhode island=US-RI; de connecticut=US-CT; de wisconsin=US-WI | es-US
subdivision | cuál es la capital de la provincia de manitoba | CA-MB | es-US
territory | cuál es la capital de guam | GU | es-US
territory | la capital de samoa americana | AS | es-US
territory | cuál es la capital {} que allá trabaja mi cuñado | de las islas marianas del norte=MP; de bermudas=BM | es-US
territory | la capital de las islas turcas y caicos | TC | es-US
# Recognition artefacts
recognition-artefact | cuál es la capital de new york | US-NY | es-US
recognition-artefact | la capital de tex as | US-TX | es-US
recognition-artefact | cuál es la capital de missouri | US-MO | es-US
recognition-artefact | la capital de mississippi | US-MS | es-US
recognition-artefact | cuál es la capital de oregon | US-OR | es-US
recognition-artefact | capital de pennsylvania | US-PA | es-US
recognition-artefact | cuál es la capital de panama | PA | es-US
recognition-artefact | cuál es la capital de peru | PE | es-US
# One-shot, launch, help, stop, cancel
one-shot | alexa ask capitales del mundo la capital {} | de islandia=IS; de groenlandia=GL | es-US
one-shot | abre capitales del mundo y pregunta la capital {} | de kuwait=KW; de catar=QA | es-US
one-shot | alexa pregunta en capitales del mundo cuál es la capital de líbano | LB | es-US
one-shot | capitales del mundo cuál es la capital de georgia el estado | US-GA | es-US
launch | alexa open capitales del mundo | LAUNCH | es-US
launch | abre capitales del mundo please | LAUNCH | es-US
launch | alexa empieza capitales del mundo | LAUNCH | es-US
launch | alexa quiero jugar a capitales del mundo con mi hija | LAUNCH | es-US
help | help | HELP | es-US
help | ayúdame please | HELP | es-US
help | cómo funciona capitales del mundo | HELP | es-US
help | qué tengo que decir | HELP | es-US
help | no sé cómo usar esto | HELP | es-US
help | what can i say en español | HELP | es-US
help | cuáles son las instrucciones | HELP | es-US
stop | stop | STOP | es-US
stop | alexa para | STOP | es-US
stop | ya ya ya para | STOP | es-US
stop | okay that's it para | STOP | es-US
stop | sal de capitales del mundo | STOP | es-US
stop | ya terminamos gracias | STOP | es-US
stop | apaga esto | STOP | es-US
cancel | cancel | CANCEL | es-US
cancel | cancela eso please | CANCEL | es-US
cancel | never mind cancela | CANCEL | es-US
cancel | no espera cancela | CANCEL | es-US
cancel | cancela la pregunta | CANCEL | es-US
cancel | cancela todo | CANCEL | es-US
cancel | anula eso alexa | CANCEL | es-US
# Out of domain
out-of-domain | qué tiempo va a hacer en salt lake city | FB | es-US
out-of-domain | cuánto está el gas hoy | FB | es-US
out-of-domain | pon música de los tigres del norte | FB | es-US
out-of-domain | cuántos habitantes tiene el salvador | FB | es-US
out-of-domain | qué idioma hablan en brasil | FB | es-US
out-of-domain | cuál es la moneda de panamá | FB | es-US
out-of-domain | cuál es la capital de mi cuenta de banco | FB | es-US
out-of-domain | cuándo vence el plazo de los taxes | FB | es-US
out-of-domain | cuánto es un galón en litros | FB | es-US
out-of-domain | quién ganó la serie mundial | FB | es-US
out-of-domain | qué significa capital gains | FB | es-US
out-of-domain | cuál es la capital del mundo del pollo | FB | es-US
out-of-domain | dónde está la oficina de inmigración más cercana | FB | es-US
out-of-domain | a qué hora abre walmart | FB | es-US
out-of-domain | cuánto cuesta un boleto a san salvador | FB | es-US
out-of-domain | cuántas millas hay de el paso a phoenix | FB | es-US
out-of-domain | pon una cumbia | FB | es-US
out-of-domain | qué hora es en santiago de chile | FB | es-US
out-of-domain | cuál es el plato típico de costa rica | FB | es-US
out-of-domain | cuál es el presidente de argentina | FB | es-US
out-of-domain | cuántos estados tiene estados unidos | FB | es-US
out-of-domain | cuál es la montaña más alta de colorado | FB | es-US
out-of-domain | recuérdame sacar la basura | FB | es-US
out-of-domain | add tortillas a la lista | FB | es-US
out-of-domain | cuál es la capital letter de mi nombre | FB | es-US
out-of-domain | cuántos jugadores tiene un equipo de béisbol | FB | es-US
out-of-domain | quién descubrió américa | FB | es-US
out-of-domain | cuál es el canal del mundial | FB | es-US
out-of-domain | cuál es la capital del reggaetón | FB | es-US
out-of-domain | cuándo es el thanksgiving | FB | es-US
out-of-domain | pon el partido de los dodgers | FB | es-US
out-of-domain | cuál es el código de área de nueva jersey | FB | es-US
out-of-domain | qué significa xopá | FB | es-US
# ---------------------------------------------------------------- second batch
# United Kingdom, more names
direct-question | ozú cuál es la capital del reino unido que los ingleses del bar no se ponen de acuerdo | GB
learner | sorry mi español capital del reino unido es londres o no | GB
everyday-name | la capital de gran bretaña cuál es | GB | es-MX
official-name | cuál es la capital del reino unido de gran bretaña e irlanda del norte | GB | es-US
yes-no-check | la capital {} es londres verdad mae | del reino unido=GB; de escocia=GB-SCT | es-US
# Fillers, trailing words
leading-filler | eeeh cuál es la eh la capital {} | de croacia=HR; de bosnia y herzegovina=BA | es-MX
leading-filler | mmm a ver a ver la capital {} | de kirguistán=KG; de kazajistán=KZ
leading-filler | este este cuál es la capital {} | de azerbaiyán=AZ; de armenia=AM | es-US
leading-filler | bueno pues nada la capital {} | de macedonia=MK; de kosovo=XK
trailing-words | cuál es la capital {} y ya me voy a dormir | de finlandia=FI; de suecia=SE | es-MX
trailing-words | la capital {} es que mi hijo tiene tarea | de jordania=JO; de líbano=LB | es-US
trailing-words | cuál es la capital {} o algo así se llamaba | de birmania=MM; de laos=LA
trailing-words | cuál es la capital {} gracias de antemano | de nepal=NP; de bangladesh=BD | es-US
trailing-words | la capital {} dímela porfa que me juego una cena | de pakistán=PK; de sri lanka=LK | es-MX
# More self-corrections and yes/no checks
self-correction | cuál es la capital de austria bueno no de hungría | HU | es-MX
self-correction | la capital de camerún perdona me he liado de gabón | GA
self-correction | dime la capital de zambia ay no zimbabue quise decir | ZW
self-correction | la capital de tanzania no perdón de kenia | KE | es-US
self-correction | cuál es la capital de jalisco no espera mejor de colima | MX-COL | es-MX
yes-no-check | la capital de nigeria es lagos verdad | NG | es-US
yes-no-check | la capital de kenia es nairobi a que sí | KE
yes-no-check | chiquillo la capital de vietnam es hanói no | VN
yes-no-check | oiga la capital de india es bombay verdad | IN | es-MX
yes-no-check | la capital de nueva zelanda es auckland sí o no | NZ | es-MX
yes-no-check | mae la capital de costa rica es san josé cierto | CR | es-US
reverse-question | {} es la capital de qué país chiquillo | praga=CITY:Praga; budapest=CITY:Budapest; varsovia=CITY:Varsovia
reverse-question | dime de qué país es la capital {} | nairobi=CITY:Nairobi; dakar=CITY:Dakar; acra=CITY:Acra | es-MX
reverse-question | de qué país es capital {} po | santiago=CITY:Santiago de Chile; la paz=CITY:La Paz | es-US
# More subdivisions and territories
subdivision | cuál es la capital {} que me voy a trabajar allí | de ontario=CA-ON; de nueva escocia=CA-NS; de saskatchewan=CA-SK
subdivision | la capital de la provincia de {} hijo | terranova y labrador=CA-NL; nuevo brunswick=CA-NB
subdivision | en el crucero nos preguntaron la capital {} | de la isla del príncipe eduardo=CA-PE; del yukón=CA-YT | es-US
subdivision | la capital {} de brasil | de minas gerais=BR-MG; de río grande del sur=BR-RS; de amazonas=BR-AM | es-MX
subdivision | la capital del estado de {} en la india | kerala=IN-KL; rajastán=IN-RJ; bengala occidental=IN-WB | es-US
subdivision | cuál es la capital {} en australia | de nueva gales del sur=AU-NSW; del territorio del norte=AU-NT
subdivision | cuál es la capital de irlanda del norte | GB-NIR | es-MX
subdivision | la capital de gales es cardiff o swansea | GB-WLS | es-US
territory | la capital {} cuál es que me voy de vacaciones | de la reunión=RE; de mayotte=YT
territory | cuál es la capital de hong kong | HK | es-US
territory | la capital de taiwán | TW | es-MX
territory | cuál es la capital de la guayana francesa | GF | es-MX
territory | y la capital de san martín la parte francesa | MF | es-US
# More plurals
plural-capitals | oye chiquillo cuáles son las capitales de malasia | MY
plural-capitals | malasia cuántas capitales tiene y cuáles | MY | es-MX
plural-capitals | cuáles son las capitales de palestina que en el telediario lo dicen | PS
plural-capitals | las capitales de palestina me las dices | PS | es-MX
plural-capitals | cuáles son las capitales de los países bajos mae | NL | es-US
plural-capitals | qué capitales tiene holanda que me dijeron que dos | NL
# Launch
launch | alexa arranca capitales del mundo | LAUNCH
launch | alexa abre capitales del mundo que voy a estudiar | LAUNCH | es-MX
launch | ey alexa capitales del mundo | LAUNCH | es-US
launch | alexa entra en capitales del mundo | LAUNCH
# Help
help | a ver cómo te pregunto yo esto | HELP
help | qué hay que hacer aquí | HELP
help | ayuda que no sé qué decirte | HELP | es-MX
help | no entiendo el juego me explicas | HELP | es-MX
help | cómo te pregunto una capital | HELP | es-US
help | ayúdame con esto que soy nueva | HELP | es-US
# Stop
stop | para que ya me voy a la aceituna | STOP
stop | ya está chiquillo para ya | STOP
stop | alexa calla que está durmiendo el niño | STOP
stop | para que se me va el cercanías | STOP
stop | se acabó por hoy | STOP
stop | ya párale que tengo que chambear | STOP | es-MX
stop | ya estuvo suficiente de capitales | STOP | es-MX
stop | alexa ya cállate por favor | STOP | es-MX
stop | ya no más alexa para | STOP | es-MX
stop | deja de hablar | STOP | es-MX
stop | para de hablar please | STOP | es-US
stop | ya stop stop | STOP | es-US
stop | alexa ya para que llegó mi jefe | STOP | es-US
stop | okay ya terminé bye | STOP | es-US
stop | apágate ya po | STOP | es-US
# Cancel
cancel | cancela lo de las capitales | CANCEL
cancel | uy no cancela que me he liado | CANCEL
cancel | cancela cancela | CANCEL
cancel | anula la pregunta | CANCEL | es-MX
cancel | ay no cancela eso ya | CANCEL | es-MX
cancel | cancela porque me equivoqué | CANCEL | es-MX
cancel | cancela mejor luego te pregunto | CANCEL | es-MX
cancel | no wait cancela eso | CANCEL | es-US
cancel | cancela that one | CANCEL | es-US
cancel | mejor no cancélalo mae | CANCEL | es-US
cancel | olvídalo che cancela | CANCEL | es-US
# Out of domain
out-of-domain | cuánto se tarda de málaga a granada en coche | FB
out-of-domain | qué día es hoy | FB
out-of-domain | pon la lista de la compra | FB
out-of-domain | cuál es la población de grecia | FB
out-of-domain | cuál es el capital social de una sociedad limitada | FB
out-of-domain | a qué hora es la procesión del cautivo | FB
out-of-domain | dónde está la farmacia de guardia | FB
out-of-domain | cuál es la capital de la aceituna | FB
out-of-domain | cuánto vale un kilo de boquerones | FB
out-of-domain | quién es el rey de marruecos | FB
out-of-domain | cómo se escribe la ñ en un teclado inglés | FB
out-of-domain | cuántos países hay en europa | FB
out-of-domain | cuál es el prefijo de bulgaria | FB | es-MX
out-of-domain | cuál es la capital del mole | FB | es-MX
out-of-domain | qué tan alto es el cerro de la silla | FB | es-MX
out-of-domain | pon la mañanera | FB | es-MX
out-of-domain | cuánto cuesta el camión a pachuca | FB | es-MX
out-of-domain | qué hora es en tokio | FB | es-MX
out-of-domain | cuál es el animal nacional de méxico | FB | es-MX
out-of-domain | quién fue pancho villa | FB | es-MX
out-of-domain | cuál es la capital de la moda | FB | es-MX
out-of-domain | cuál es la capital del mundo de la plata | FB | es-MX
out-of-domain | cuál es el idioma de suiza | FB | es-US
out-of-domain | cómo se dice capital en inglés alexa | FB | es-US
out-of-domain | cuál es la capital del crimen | FB | es-US
out-of-domain | cuál es el zip code de gainesville | FB | es-US
out-of-domain | cuánto pagan por hora en el vivero | FB | es-US
out-of-domain | cuánta nieve cayó en vail | FB | es-US
out-of-domain | qué significa cachai | FB | es-US
out-of-domain | cuál es el país más poblado del mundo | FB | es-US
out-of-domain | cuál es la capital de la luna | FB | es-US
out-of-domain | cuál es la capital de wakanda | FB | es-US
out-of-domain | pon el himno de costa rica | FB | es-US
"""

if __name__ == "__main__":
    build_round(29, "es", LINES, sys.argv, "tests/Eval/es/round29/source/build_corpus.py")
