"""Round 37, Spanish (es-ES, es-MX, es-US): a new author's mix of speakers and situations, written blind (brief
WRITER45.md).

Written at the end of the thirty-ninth session by the corpus45-es helper, without the voice model, the simulator, the
skill's code or earlier rounds' halves. Speakers and situations, chosen to differ from rounds 33-36:

es-ES: Bizkaia and Gipuzkoa (a Bilbao txoko cooking society, San Mamés before an Athletic game, a Donostia pintxo-pote,
an ikastola pupil; Basque code-switching: "aupa", "kaixo", "bai", "ez", "ene", "motel", "eskerrik asko", "ama", "aita"),
Almería (El Ejido greenhouses with a Senegalese and Guinean crew: "waaw", French slips; the Tabernas desert film sets:
"illo", "chiquillo"), Huelva (the Moguer strawberry harvest with Romanian pickers, a Punta Umbría beach bar: "quillo"),
Córdoba (a Mezquita guide, the May patios: "ozú", "tunante", "picha"), Salamanca (an elder in the Plaza Mayor, American
students at a language school: "pues mire usted", "hombre"), Teruel and the Maestrazgo (truffle hunters, the Dinópolis
queue: "maño"), Argentine and Uruguayan waiters in Madrid (voseo: "che", "decime", "dale"), Madrid (a Chamberí bar quiz,
the Retiro boats, a Tetuán garage: "tronco", "en plan", "mogollón"), teenagers and children.

es-MX: Yucatán (a Mérida hammock workshop, a cenote near Valladolid, a Maya-speaking grandmother: "mare", "hija",
"ba'ax", "ma'alob"), Oaxaca (a mezcal palenque in Santiago Matatlán, the Guelaguetza, a Mixtec speaker: "oiga
paisano", "ay cuñao"), Chiapas (San Cristóbal, a Comitán coffee farm; Chiapan voseo: "mirá vos", "decime", "chamaco"),
Guanajuato and León (a shoe factory, a callejoneada: "ira", "a poco", "bien padre"), Aguascalientes (the San Marcos
fair: "ándale pues", "órale", "hazme el paro"), Cancún and Cozumel (a hotel front desk, a cruise pier, English
switching), Mexico City (a Xochimilco trajinera, the Metrobús, a Tepito boxing gym: "neta güey", "no manches", "chale",
"qué pedo", "carnal", "mijo"), Durango's western film sets and the Manzanillo port ("pos", "fíjate", "compa").

es-US: Guatemalans in Los Angeles and Providence ("púchica", "vos", "chilero", "va pues", "patojo"), Dominicans in
Washington Heights and Lawrence ("klk", "diache", "mi loco", "manito", "tíguere", "vaina"), Venezuelans in Doral
("chamo", "pana", "burda", "qué arrecho"), Puerto Ricans in Philadelphia ("wepa", "nene"), Mexicans in the Dalton
carpet mills, a North Carolina poultry plant, a Vail ski resort, Oregon vineyards and the Fresno valley ("fíjese",
"pos", "la troca"), Las Vegas casino housekeeping, Rio Grande Valley Tex-Mex switching, GED and citizenship classes,
English-speaking learners and children ("mi teacher", "miss").

Every line was written by hand as one utterance; the only generated lines are the at most three fills of a frame
(each frame said once).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# ---------------------------------------------------------------- es-ES
# Bizkaia and Gipuzkoa: a Bilbao txoko, San Mamés before an Athletic game, a Donostia pintxos bar, a fronton, the Tamborrada ("aupa", "bai", "ez", "ene", "motel", "o qué", Basque code-switching)
leading-filler | aupa alexa la capital {} cuál es | de estonia=EE; de letonia=LV; de eslovenia=SI
leading-filler | ene motel cuál es la capital {} o qué | de islandia=IS; de finlandia=FI; de irlanda=IE
situation | estamos en el txoko haciendo marmitako y no sabemos la capital {} | de georgia el país=GE; de armenia=AM; de azerbaiyán=AZ
situation | antes del partido en san mamés dime la capital {} | de escocia=GB-SCT; de gales=GB-WLS; de irlanda del norte=GB-NIR
code-switch | kaixo alexa esan la capital de islandia mesedez | IS
code-switch | eskerrik asko y ahora la de noruega | NO
code-switch | bai bai pero la capital de dinamarca cuál es | DK
elder | mi aita trabajaba en altos hornos y siempre decía que la capital de bélgica era amberes es verdad | BE
yes-no-check | oye la capital de escocia es glasgow o me lo invento | GB-SCT
yes-no-check | ez ez la capital de suiza no es zúrich verdad | CH
self-correction | la capital de eslovenia ay no de eslovaquia quería decir | SK
follow-up | y la de croacia motel | HR
follow-up | y de montenegro qué | ME
teen | tía en la cuadrilla nadie sabe la capital de kazajistán | KZ
teen | alexa rápido que estamos en el pintxo pote la capital de uzbekistán | UZ
hesitation | a ver la capital de eh de kirguistán | KG
hesitation | la capital de tayi tayikistán | TJ
trailing-words | la capital de turkmenistán cuál es ene | TM
child | alexa mi ama dice que te pregunte la capital de mongolia | MN
child | alexa en la ikastola nos han mandado la capital de nepal | NP
# Almería: El Ejido greenhouses, the Tabernas desert film sets, Cabo de Gata, a Senegalese crew boss ("illo", "ea", "chiquillo", "waaw", French code-switching)
situation | en el invernadero el encargado quiere saber la capital {} | de senegal=SN; de gambia=GM; de guinea bisáu=GW
situation | oye que en el plató del desierto de tabernas me preguntan la capital {} | de malí=ML; de níger=NE; del chad=TD
learner | alexa por favor tú sabes capital de mauritania | MR
learner | la capital de mi país senegal cuál es tú dime | SN
learner | yo soy de guinea conakri dime capital de mi país | GN
code-switch | alexa c'est quoi la capital de costa de marfil perdón cuál es | CI
code-switch | waaw waaw alexa la capital de burkina faso | BF
elder | chiquillo yo de joven fui a la vendimia a francia y nunca supe la capital de argelia | DZ
leading-filler | illo alexa la capital {} | de marruecos=MA; de túnez=TN; de libia=LY
direct | cuál es la capital de sierra leona | SL
direct | la capital de liberia cuál es | LR
yes-no-check | la capital de ghana es acra no | GH
yes-no-check | la capital de togo es lomé o es cotonú | TG
plural-capitals | chiquillo cuáles son las dos capitales de benín | BJ
plural-capitals | es verdad que costa de marfil tiene dos capitales cuáles son | CI
reverse-question | uagadugú es la capital de dónde | CITY:Uagadugú
reverse-question | de qué país es capital bamako | CITY:Bamako
# Huelva: strawberry picking in Moguer, Romanian and Ukrainian pickers, a Punta Umbría beach bar ("choquero", "quillo", "illo", learner grammar)
learner | alexa capital de rumanía es bucarest sí | RO
learner | perdona alexa yo no hablo bien tú dices capital de moldavia | MD
learner | como se dice capital de bulgaria | BG
situation | en la fresa de moguer la compañera rumana pregunta la capital {} | de hungría=HU; de serbia=RS; de macedonia del norte=MK
situation | en el chiringuito de punta umbría un guiri pregunta la capital {} | de inglaterra=GB-ENG; del reino unido=GB; de malta=MT
everyday-name | quillo la capital de inglaterra cuál es | GB-ENG
everyday-name | alexa la capital de holanda es ámsterdam o la haya | NL
self-correction | la capital de ucrania digo de bielorrusia | BY
follow-up | y la de albania quillo | AL
follow-up | vale y la de kosovo | XK
# Córdoba: a Mezquita tour guide, the May patios, a Montilla wine cellar, the Rabo de toro bar ("tunante", "picha", "ozú")
situation | soy guía en la mezquita y un turista me pregunta la capital {} | de siria=SY; de jordania=JO; de irak=IQ
leading-filler | ozú alexa cuál es la capital {} | de yemen=YE; de omán=OM; de catar=QA
elder | mira tunante yo a mis ochenta años quiero saber la capital de arabia saudí | SA
elder | en los patios mi vecina dice que la capital de egipto es alejandría es eso verdad | EG
reverse-question | riad es capital de qué país | CITY:Riad
reverse-question | mascate de dónde es capital | CITY:Mascate
official-name | la capital del reino hachemita de jordania | JO
official-name | cuál es la capital de la república islámica de irán | IR
trailing-words | la capital de baréin picha | BH
trailing-words | la capital de kuwait sabes tú | KW
# Salamanca: an elder in the Plaza Mayor, a language school with American students, a charro farm ("hombre", "pues mire usted", "oiga")
elder | pues mire usted yo quería saber la capital de portugal que tengo un nieto allí | PT
elder | oiga la capital de rumanía que ha venido una chica de allí a cuidarme | RO
learner | hola alexa yo estudio español en salamanca cuál es la capital de canadá | CA
learner | alexa me puedes decir cuál está la capital de australia | AU
learner | la capital de nueva zelandia es wellington o auckland | NZ
polite-request | hombre me haría el favor de decirme la capital de la india | IN
polite-request | si es tan amable la capital de pakistán | PK
yes-no-check | la capital de australia es sídney verdad que sí | AU
self-correction | la capital de austria no no de alemania | DE
# Teruel and the Maestrazgo: truffle hunters with dogs, the Dinópolis queue, a Mudéjar tower ("ixo", "maño", "cheso")
situation | buscando trufas con el perro mi tío pregunta la capital {} | de afganistán=AF; de bangladés=BD; de bután=BT
situation | en la cola de dinópolis los críos preguntan la capital {} | de madagascar=MG; de mauricio=MU; de las seychelles=SC
leading-filler | maño dime tú la capital {} | de sri lanka=LK; de las maldivas=MV; de myanmar=MM
child | alexa los dinosaurios vivían en la capital de argentina | AR
child | alexa quiero saber la capital de los pingüinos de la antártida | AQ
# Argentine and Uruguayan waiters in Madrid, es-ES (voseo: "che", "decime", "boludo", "dale")
code-switch | che alexa decime la capital de paraguay | PY
code-switch | dale boludo cuál es la capital de bolivia | BO
plural-capitals | che bolivia tiene dos capitales no decime cuáles | BO
leading-filler | che decime la capital {} | de ecuador=EC; de colombia=CO; de venezuela=VE
yes-no-check | la capital de uruguay es montevideo no cierto | UY
# Madrid: a Chamberí quiz night at a bar, the Retiro boats, a Tetuán car repair shop, Cercanías C5 ("tronco", "mogollón", "en plan")
situation | en el quiz del bar nos ha tocado la capital {} | de vanuatu=VU; de tuvalu=TV; de nauru=NR
situation | remando en el estanque del retiro mi novia me pregunta la capital {} | de fiyi=FJ; de samoa=WS; de tonga=TO
situation | en el taller me han dejado un coche con matrícula y quiero saber la capital {} | de lituania=LT; de polonia=PL; de chequia=CZ
teen | tronco la capital de papúa nueva guinea ni idea | PG
teen | en plan cuál es la capital de kiribati | KI
teen | alexa mogollón de rápido la capital de las islas salomón | SB
teen | alexa la capital de las islas marshall que tengo examen mañana | MH
teen | alexa y la capital de micronesia existe o qué | FM
teen | la capital de palaos bro | PW
official-name | la capital de la república helénica | GR
official-name | dime la capital del gran ducado de luxemburgo | LU
official-name | la capital de la confederación suiza | CH
official-name | cuál es la capital de la república portuguesa | PT
shared-name | alexa cuál es la capital de corea | KP+KR
shared-name | la capital del congo | CD+CG
shared-name | la capital de georgia | GE+US-GA
shared-name | cuál es la capital de corea del norte y no la del sur | KP
shared-name | la capital de la república democrática del congo | CD
shared-name | la capital de georgia la que está al lado de turquía | GE
subdivision | la capital de baviera | DE-BY
subdivision | cuál es la capital de sajonia | DE-SN
subdivision | la capital de renania palatinado | DE-RP
subdivision | la capital de escocia cuál es | GB-SCT
subdivision | la capital del sarre | DE-SL
subdivision | la capital de hamburgo | DE-HH
subdivision | la capital de baden wurtemberg | DE-BW
territory | la capital de las islas feroe | FO
territory | la capital de gibraltar cuál es | GI
territory | la capital de groenlandia | GL
territory | cuál es la capital de la polinesia francesa | PF
territory | la capital de nueva caledonia | NC
territory | la capital del sáhara occidental | EH
territory | la capital de las islas malvinas | FK
everyday-name | la capital de birmania | MM
everyday-name | la capital de persia | IR
everyday-name | cuál es la capital de suazilandia | SZ
everyday-name | la capital de ceilán | LK
plural-capitals | las capitales de sri lanka cuáles son | LK
plural-capitals | dime las dos capitales de malasia | MY
plural-capitals | sudáfrica tiene tres capitales no cuáles son | ZA
plural-capitals | cuáles son las capitales de esuatini | SZ
plural-capitals | dime las capitales de los países bajos | NL
plural-capitals | palestina qué capitales tiene | PS
help | alexa cómo funciona esto de las capitales | HELP
help | no sé qué decirte ayúdame | HELP
help | qué cosas te puedo preguntar | HELP
help | ene no me aclaro cómo va esto | HELP
help | oye y esto para qué sirve | HELP
help | me explicas cómo se juega | HELP
help | qué tengo que decir para que me digas una capital | HELP
help | socorro no entiendo nada | HELP
help | necesito instrucciones | HELP
stop | vale ya está para | STOP
stop | agur alexa | STOP
stop | hasta luego alexa para ya | STOP
stop | ya me he cansado de capitales adiós | STOP
stop | quillo para para | STOP
stop | apágate ya | STOP
stop | déjalo ya que nos vamos | STOP
stop | se acabó el juego | STOP
cancel | cancela eso | CANCEL
cancel | no no cancela | CANCEL
cancel | olvídalo que me he equivocado | CANCEL
cancel | anula lo que te he dicho | CANCEL
cancel | cancela esa pregunta | CANCEL
cancel | bah da igual cancela | CANCEL
cancel | déjalo no era eso cancela | CANCEL
cancel | ez ez cancela | CANCEL
launch | alexa abre capitales del mundo | LAUNCH
launch | aupa alexa abre capitales del mundo | LAUNCH
launch | alexa quiero jugar a capitales del mundo | LAUNCH
launch | alexa inicia capitales del mundo | LAUNCH
launch | alexa ábreme lo de las capitales del mundo porfa | LAUNCH
out-of-domain | cuál es la capital de andalucía | FB
out-of-domain | la capital del país vasco cuál es | FB
out-of-domain | cuál es la capital de la rioja | FB
out-of-domain | la capital de la provincia de almería | FB
out-of-domain | la capital de castilla y león es valladolid | FB
out-of-domain | la capital de cataluña | FB
out-of-domain | qué tiempo va a hacer mañana en bilbao | FB
out-of-domain | pon la radio euskadi | FB
out-of-domain | cuánto cuesta un kilo de fresas | FB
out-of-domain | alexa cuenta un chiste | FB
out-of-domain | qué hora es en dakar | FB
out-of-domain | cómo va el athletic | FB
out-of-domain | pon una alarma a las seis que hay que ir al invernadero | FB
out-of-domain | cuál es la capital de galicia | FB
out-of-domain | la capital de extremadura es mérida verdad | FB
out-of-domain | cuál es el capital social de una sociedad limitada | FB
out-of-domain | cuánto capital necesito para montar un bar | FB
out-of-domain | qué significa pecado capital | FB
out-of-domain | cuáles son los siete pecados capitales | FB
out-of-domain | la letra capital en un libro qué es | FB
out-of-domain | cómo se escribe capital con mayúscula | FB
out-of-domain | pon el programa de la capital en la tele | FB
out-of-domain | añade trufas a la lista de la compra | FB
out-of-domain | cuál es la capital de la comunidad valenciana | FB
out-of-domain | la capital de navarra es pamplona o no | FB
out-of-domain | cuántos habitantes tiene salamanca | FB
out-of-domain | quién ganó la liga el año pasado | FB
out-of-domain | pon música de los chunguitos | FB
out-of-domain | apaga la luz del salón | FB
out-of-domain | cuál es la capital de los dinosaurios | FB
out-of-domain | la capital del mundo del jamón cuál es | FB
out-of-domain | cuál es la capital europea de la cultura este año | FB
out-of-domain | qué es la pena capital | FB
out-of-domain | dime la capital de la provincia de teruel | FB
out-of-domain | cuál es la capital de la mancha | FB
out-of-domain | llama a mi ama | FB
out-of-domain | cuándo abre el mercado de la ribera | FB
out-of-domain | cuál es la capital de siberia | FB
out-of-domain | la capital de transilvania | FB
out-of-domain | la capital de cerdeña | FB
out-of-domain | la capital de sicilia cuál es | FB
out-of-domain | cuál es la capital de baleares | FB
out-of-domain | la capital de córcega | FB
out-of-domain | la capital de la atlántida | FB
# ---------------------------------------------------------------- es-MX
# Yucatán: a Mérida hammock workshop, a Valladolid cenote, a henequén hacienda, a Maya-speaking grandmother ("bomba", "hija", "xix", "ba'ax", "tuch", "ma'alob", "mare")
leading-filler | mare alexa cuál es la capital {} | de honduras=HN; de nicaragua=NI; de el salvador=SV | es-MX
leading-filler | oye hija dime la capital {} | de guatemala=GT; de belice=BZ; de costa rica=CR | es-MX
situation | aquí en el taller de hamacas la muchacha pregunta la capital {} | de panamá=PA; de cuba=CU; de jamaica=JM | es-MX
situation | en el cenote un turista pregunta la capital {} | de haití=HT; de república dominicana=DO; de las bahamas=BS | es-MX
code-switch | ba'ax alexa cuál es la capital de barbados | BB | es-MX
code-switch | ma'alob y ahora la capital de trinidad y tobago | TT | es-MX
elder | mi abuela trabajaba en la hacienda henequenera y quería saber la capital de cuba | CU | es-MX
yes-no-check | la capital de yucatán es mérida verdad mare | MX-YUC | es-MX
yes-no-check | la capital de quintana roo es cancún o chetumal | MX-ROO | es-MX
subdivision | cuál es la capital de campeche hija | MX-CAM | es-MX
reverse-question | chetumal es capital de cuál estado | CITY:Chetumal | es-MX
# Oaxaca: a mezcal palenque in Santiago Matatlán, the Guelaguetza, the Benito Juárez market, a Mixtec speaker in the Mixteca ("chulo", "ay cuñao", "oiga paisano")
situation | en el palenque mientras sacamos el mezcal el patrón pregunta la capital {} | de chile=CL; de perú=PE; de argentina=AR | es-MX
situation | en la guelaguetza una señora de estados unidos pregunta la capital {} | de españa=ES; de francia=FR; de italia=IT | es-MX
learner | señorita alexa usted sabe capital de guatemala | GT | es-MX
learner | cuál es capital de estados unidos pues | US | es-MX
elder | oiga paisano la capital de oaxaca es oaxaca también | MX-OAX | es-MX
subdivision | la capital de chiapas cuál es | MX-CHP | es-MX
subdivision | y la de guerrero ay cuñao | MX-GRO | es-MX
hesitation | eh la capital de este de tabasco | MX-TAB | es-MX
direct | cuál es la capital de veracruz | MX-VER | es-MX
yes-no-check | la capital de veracruz es el puerto de veracruz no | MX-VER | es-MX
self-correction | la capital de puebla no perdón de tlaxcala | MX-TLA | es-MX
# Chiapas: San Cristóbal de las Casas, a Tzotzil weaver, a Comitán coffee farm, Chiapan voseo ("vos", "mirá", "chamaco", "pues sí")
code-switch | mirá alexa decime vos la capital de guatemala | GT | es-MX
code-switch | vos sabés la capital de honduras | HN | es-MX
leading-filler | mirá vos dime la capital {} | de brasil=BR; de guyana=GY; de surinam=SR | es-MX
child | alexa el chamaco quiere saber la capital de méxico | MX | es-MX
child | alexa alexa la capital de china | CN | es-MX
child | alexa mi maestra dice que la capital de japón es tokio es cierto | JP | es-MX
situation | en la finca de café de comitán el capataz pregunta la capital {} | de etiopía=ET; de kenia=KE; de uganda=UG | es-MX
reverse-question | tuxtla gutiérrez es capital de qué estado | CITY:Tuxtla Gutiérrez | es-MX
# Guanajuato and León: a shoe factory in León, a callejoneada with estudiantinas, the Cervantino, a San Miguel art shop ("ira", "a poco", "bien padre", "qué onda güey")
situation | en la fábrica de zapatos de león el supervisor pregunta la capital {} | de vietnam=VN; de camboya=KH; de laos=LA | es-MX
situation | en la callejoneada el de la estudiantina quiere saber la capital {} | de tailandia=TH; de malasia=MY; de indonesia=ID | es-MX
teen | qué onda alexa la capital de filipinas | PH | es-MX
teen | bien padre alexa y la capital de singapur | SG | es-MX
teen | a poco la capital de brunéi es bandar seri begawan | BN | es-MX
teen | alexa ira la capital de timor oriental | TL | es-MX
subdivision | la capital de guanajuato es león o guanajuato | MX-GUA | es-MX
subdivision | la capital de michoacán | MX-MIC | es-MX
self-correction | la capital de querétaro no espérame de hidalgo | MX-HID | es-MX
# Aguascalientes: the San Marcos fair, a Nissan plant, the railway workers' museum ("hidrocálido", "ándale pues", "órale")
situation | en la feria de san marcos el de la cantina pregunta la capital {} | de zambia=ZM; de zimbabue=ZW; de malaui=MW | es-MX
polite-request | ándale pues dime la capital de mozambique por favor | MZ | es-MX
polite-request | me podrías decir la capital de angola por favorcito | AO | es-MX
polite-request | órale alexa hazme el paro con la capital de namibia | NA | es-MX
direct | la capital de botsuana | BW | es-MX
direct | cuál es la capital de lesoto | LS | es-MX
subdivision | la capital de aguascalientes cómo se llama | MX-AGU | es-MX
subdivision | la capital de zacatecas | MX-ZAC | es-MX
# Cancún and the Riviera Maya: a hotel front desk, a cruise-ship pier in Cozumel, a Tulum tour van ("jefe", "amigo", English code-switching)
situation | en la recepción del hotel un huésped canadiense me pregunta la capital {} | de canadá=CA; de noruega=NO; de suecia=SE | es-MX
situation | en el muelle de cozumel preguntan la capital {} | de santa lucía=LC; de granada la isla=GD; de dominica=DM | es-MX
code-switch | alexa what is la capital de antigua y barbuda | AG | es-MX
code-switch | hey alexa la capital de san cristóbal y nieves please | KN | es-MX
code-switch | alexa la capital de san vicente y las granadinas amigo | VC | es-MX
reverse-question | kingstown de qué país es capital | CITY:Kingstown | es-MX
reverse-question | roseau es la capital de qué | CITY:Roseau | es-MX
territory | la capital de las islas caimán | KY | es-MX
territory | cuál es la capital de aruba | AW | es-MX
territory | la capital de curazao | CW | es-MX
territory | la capital de martinica jefe | MQ | es-MX
territory | la capital de anguila | AI | es-MX
territory | la capital de san martín la parte francesa | MF | es-MX
# Mexico City: a Xochimilco trajinera, Metrobús line one, the Zócalo, a Coyoacán quesadilla stand, a Tepito boxing gym ("güey", "neta", "no manches", "carnal", "chale", "qué pedo")
situation | en la trajinera de xochimilco el mariachi pregunta la capital {} | de rusia=RU; de ucrania=UA; de polonia=PL | es-MX
situation | en el metrobús una señora me pregunta la capital {} | de alemania=DE; de austria=AT; de hungría=HU | es-MX
leading-filler | neta güey cuál es la capital {} | de egipto=EG; de sudán=SD; de sudán del sur=SS | es-MX
leading-filler | no manches alexa la capital {} | de eritrea=ER; de yibuti=DJ; de somalia=SO | es-MX
teen | chale no me sé la capital de ruanda | RW | es-MX
teen | qué pedo alexa la capital de burundi | BI | es-MX
teen | carnal la capital de tanzania es dodoma o dar es salaam | TZ | es-MX
elder | mijo yo en el gimnasio de tepito conocí a un boxeador de ghana cuál es la capital de allá | GH | es-MX
elder | ay diosito la capital de nigeria cuál es | NG | es-MX
follow-up | y la de camerún | CM | es-MX
follow-up | ahora la de gabón güey | GA | es-MX
follow-up | y guinea ecuatorial | GQ | es-MX
subdivision | cuál es la capital de la ciudad de méxico | MX-CMX | es-MX
subdivision | la capital del estado de méxico es toluca verdad | MX-MEX | es-MX
subdivision | la capital de morelos | MX-MOR | es-MX
subdivision | la capital de nuevo león | MX-NLE | es-MX
subdivision | la capital de coahuila | MX-COA | es-MX
subdivision | la capital de baja california sur | MX-BCS | es-MX
subdivision | la capital de sonora | MX-SON | es-MX
subdivision | la capital de sinaloa | MX-SIN | es-MX
subdivision | y la de durango | MX-DUR | es-MX
subdivision | la capital de colima | MX-COL | es-MX
subdivision | la capital de nayarit | MX-NAY | es-MX
subdivision | la capital de jalisco es guadalajara verdad | MX-JAL | es-MX
subdivision | la capital de san luis | MX-SLP | es-MX
subdivision | la capital de tamaulipas | MX-TAM | es-MX
subdivision | la capital de baja california | MX-BCN | es-MX
# Durango and Colima: a western film set, a Colima volcano watcher, a Manzanillo port ("pos", "fíjate", "oye compa")
situation | en el set de películas del oeste en durango preguntan la capital {} | de la república centroafricana=CF; del congo brazzaville=CG; de la república democrática del congo=CD | es-MX
situation | en el puerto de manzanillo el de la grúa pregunta la capital {} | de corea del sur=KR; de corea del norte=KP; de taiwán=TW | es-MX
yes-no-check | pos la capital de china es shanghái no | CN | es-MX
yes-no-check | fíjate que la capital de turquía es estambul o no | TR | es-MX
yes-no-check | la capital de brasil es río de janeiro verdad | BR | es-MX
yes-no-check | la capital de canadá es toronto | CA | es-MX
yes-no-check | la capital de marruecos es casablanca o rabat | MA | es-MX
yes-no-check | oye compa la capital de nigeria es lagos | NG | es-MX
self-correction | la capital de suecia no espera de suiza | CH | es-MX
self-correction | la capital de nigeria ay no de níger | NE | es-MX
self-correction | la capital de gambia bueno no de zambia | ZM | es-MX
self-correction | la capital de irak mejor dicho de irán | IR | es-MX
official-name | la capital de los estados unidos mexicanos | MX | es-MX
official-name | la capital de la república bolivariana de venezuela | VE | es-MX
official-name | cuál es la capital de la república popular china | CN | es-MX
official-name | la capital de la república oriental del uruguay | UY | es-MX
official-name | la capital de la federación rusa | RU | es-MX
shared-name | la capital de las dos coreas | KP+KR | es-MX
shared-name | los dos congos sus capitales | CD+CG | es-MX
shared-name | oye la capital de georgia | GE+US-GA | es-MX
shared-name | la capital de corea la del sur | KR | es-MX
shared-name | la capital del congo kinshasa | CD | es-MX
plural-capitals | cuáles son las capitales de bolivia | BO | es-MX
plural-capitals | las capitales de sudáfrica cuáles son | ZA | es-MX
plural-capitals | benín tiene dos capitales cuáles | BJ | es-MX
plural-capitals | las capitales de malasia | MY | es-MX
plural-capitals | cuáles capitales tiene holanda | NL | es-MX
plural-capitals | las capitales de palestina | PS | es-MX
everyday-name | la capital de holanda | NL | es-MX
everyday-name | la capital de rusia blanca | BY | es-MX
everyday-name | la capital de siam | TH | es-MX
reverse-question | tegucigalpa es capital de qué país | CITY:Tegucigalpa | es-MX
reverse-question | managua es la capital de cuál país | CITY:Managua | es-MX
reverse-question | de qué es capital belmopan | CITY:Belmopan | es-MX
reverse-question | la paz es capital de qué | CITY:La Paz | es-MX
help | alexa ayúdame con esto de las capitales | HELP | es-MX
help | cómo le hago para preguntarte | HELP | es-MX
help | oiga qué puedo pedir aquí | HELP | es-MX
help | no le entiendo cómo funciona | HELP | es-MX
help | explícame cómo se usa porfa | HELP | es-MX
help | qué sabes hacer tú | HELP | es-MX
help | órale y ahora qué le digo | HELP | es-MX
help | ayuda por favor no sé usar esto | HELP | es-MX
help | necesito ayuda mija | HELP | es-MX
stop | ya estuvo alexa | STOP | es-MX
stop | bájale ya alexa para | STOP | es-MX
stop | ya no quiero jugar | STOP | es-MX
stop | ahí muere | STOP | es-MX
stop | alexa cállate ya | STOP | es-MX
stop | sale pues ya bye | STOP | es-MX
stop | alexa terminar | STOP | es-MX
stop | órale ya vete | STOP | es-MX
stop | detente ya porfa | STOP | es-MX
cancel | cancélalo | CANCEL | es-MX
cancel | ay no cancela eso | CANCEL | es-MX
cancel | mejor no cancela | CANCEL | es-MX
cancel | olvídalo güey | CANCEL | es-MX
cancel | cancela lo que te pedí | CANCEL | es-MX
cancel | no era eso cancela porfa | CANCEL | es-MX
cancel | cancelar pregunta | CANCEL | es-MX
cancel | nel cancela | CANCEL | es-MX
launch | alexa abre capitales del mundo porfa | LAUNCH | es-MX
launch | alexa pon capitales del mundo | LAUNCH | es-MX
launch | alexa órale abre capitales del mundo | LAUNCH | es-MX
launch | alexa quiero abrir capitales del mundo | LAUNCH | es-MX
launch | alexa juega capitales del mundo con nosotros | LAUNCH | es-MX
out-of-domain | cuál es la capital de la huasteca | FB | es-MX
out-of-domain | la capital del mole cuál es | FB | es-MX
out-of-domain | la capital mundial del tequila | FB | es-MX
out-of-domain | cuál es la capital de la riviera maya | FB | es-MX
out-of-domain | la capital del bajío | FB | es-MX
out-of-domain | la capital de la mixteca | FB | es-MX
out-of-domain | la capital de la península de yucatán | FB | es-MX
out-of-domain | qué tiempo va a hacer en mérida | FB | es-MX
out-of-domain | pon cumbias de los ángeles azules | FB | es-MX
out-of-domain | cuánto está el dólar hoy | FB | es-MX
out-of-domain | a qué hora juega el américa | FB | es-MX
out-of-domain | ponme una alarma a las cinco | FB | es-MX
out-of-domain | cómo se hace el pozole | FB | es-MX
out-of-domain | cuál es la capital del zapato | FB | es-MX
out-of-domain | qué es el capital de trabajo | FB | es-MX
out-of-domain | cuánto capital tiene bimbo | FB | es-MX
out-of-domain | abre la app de banco azteca | FB | es-MX
out-of-domain | cuál es la capital de la alcaldía coyoacán | FB | es-MX
out-of-domain | la capital de los aztecas | FB | es-MX
out-of-domain | la capital del imperio maya | FB | es-MX
out-of-domain | cuál es la capital de cozumel | FB | es-MX
out-of-domain | la capital de la isla mujeres | FB | es-MX
out-of-domain | cuál es la capital de tierra caliente | FB | es-MX
out-of-domain | dime un chiste de pepito | FB | es-MX
out-of-domain | cuántos kilómetros hay de león a guadalajara | FB | es-MX
out-of-domain | quién es el presidente de méxico | FB | es-MX
out-of-domain | la capital del cielo | FB | es-MX
out-of-domain | cuál es la capital del narco | FB | es-MX
out-of-domain | prende la tele | FB | es-MX
out-of-domain | pon la novela | FB | es-MX
out-of-domain | cuál es la capital de tenochtitlan | FB | es-MX
out-of-domain | cuál es la capital de la patagonia | FB | es-MX
out-of-domain | cuál es la capital de escandinavia | FB | es-MX
# ---------------------------------------------------------------- es-US
# Guatemalans in Los Angeles (a Westlake pupusería and a garment shop) and Providence (a jewellery plant) ("vos", "patojo", "chilero", "púchica", "qué onda vos", "va pues")
leading-filler | púchica alexa la capital {} | de guatemala=GT; de el salvador=SV; de honduras=HN | es-US
leading-filler | qué onda vos decime la capital {} | de cuba=CU; de haití=HT; de jamaica=JM | es-US
situation | en la fábrica de ropa de los ángeles la supervisora pregunta la capital {} | de bangladés=BD; de pakistán=PK; de la india=IN | es-US
situation | en la planta de joyería de providence el patojo pregunta la capital {} | de portugal=PT; de cabo verde=CV; de irlanda=IE | es-US
code-switch | alexa va pues la capital de belice | BZ | es-US
code-switch | chilero alexa y la de costa rica | CR | es-US
subdivision | alexa la capital de rhode island | US-RI | es-US
subdivision | la capital de california es los ángeles verdad | US-CA | es-US
elder | mija yo vine de huehuetenango hace veinte años y nunca supe la capital de este país | US | es-US
# Dominicans in Washington Heights and Lawrence (a colmado, a barber, dominoes on the sidewalk) ("klk", "diache", "vaina", "manito", "tíguere", "mi loco")
leading-filler | klk alexa la capital {} | de república dominicana=DO; de puerto rico=PR; de venezuela=VE | es-US
leading-filler | diache mi loco dime la capital {} | de colombia=CO; de panamá=PA; de ecuador=EC | es-US
situation | jugando dominó en la acera el tíguere pregunta la capital {} | de trinidad y tobago=TT; de barbados=BB; de granada=GD | es-US
trailing-words | la capital de dominica manito | DM | es-US
trailing-words | la capital de haití diache | HT | es-US
trailing-words | y la capital de nueva york qué vaina | US-NY | es-US
yes-no-check | la capital de nueva york es new york city right | US-NY | es-US
yes-no-check | la capital de massachusetts es boston | US-MA | es-US
self-correction | la capital de dominica ay no de república dominicana | DO | es-US
self-correction | la capital de república dominicana perdón de dominica la isla chiquita | DM | es-US
reverse-question | santo domingo es capital de qué país | CITY:Santo Domingo | es-US
reverse-question | de qué estado es capital albany | CITY:Albany | es-US
# Venezuelans in Doral and Weston (an arepa truck, a delivery rider, a condo pool) ("chamo", "pana", "burda", "qué arrecho", "vale")
leading-filler | chamo alexa la capital {} | de surinam=SR; de guyana=GY; de la guayana francesa=GF | es-US
teen | pana la capital de islandia burda difícil | IS | es-US
teen | qué arrecho alexa la capital de groenlandia | GL | es-US
situation | en el food truck de arepas un cliente gringo pregunta la capital {} | de florida=US-FL; de georgia el estado=US-GA; de alabama=US-AL | es-US
yes-no-check | la capital de florida es miami verdad chamo | US-FL | es-US
yes-no-check | vale la capital de venezuela es caracas sí | VE | es-US
reverse-question | tallahassee es capital de dónde | CITY:Tallahassee | es-US
# Puerto Ricans in Philadelphia (Fairhill, a bodega, a parranda in December) ("brutal", "wepa", "chacho", "nene", "mano")
leading-filler | wepa alexa cuál es la capital {} | de pensilvania=US-PA; de nueva jersey=US-NJ; de delaware=US-DE | es-US
territory | la capital de puerto rico es san juan verdad nene | PR | es-US
territory | la capital de las islas vírgenes americanas | VI | es-US
territory | la capital de las islas vírgenes británicas | VG | es-US
shared-name | cuál es la capital de las islas vírgenes | VG+VI | es-US
territory | y guam qué capital tiene | GU | es-US
territory | la capital de samoa americana | AS | es-US
territory | las islas marianas del norte su capital | MP | es-US
reverse-question | harrisburg es la capital de qué estado | CITY:Harrisburg | es-US
# Mexicans in Dalton, Georgia carpet mills, a North Carolina poultry plant, a Colorado ski resort, Oregon vineyards, Fresno almonds ("fíjese", "pos", "oiga", "compa", "la troca")
situation | en la fábrica de alfombras en dalton el compa pregunta la capital {} | de tennessee=US-TN; de kentucky=US-KY; de carolina del sur=US-SC | es-US
situation | en la planta de pollo de carolina del norte preguntan la capital {} | de carolina del norte=US-NC; de virginia=US-VA; de maryland=US-MD | es-US
situation | en el resort de esquí de vail el de las botas pregunta la capital {} | de colorado=US-CO; de utah=US-UT; de wyoming=US-WY | es-US
situation | en los viñedos de oregón el mayordomo pregunta la capital {} | de oregón=US-OR; de washington el estado=US-WA; de idaho=US-ID | es-US
situation | manejando la troca por el valle de fresno me preguntan la capital {} | de nevada=US-NV; de arizona=US-AZ; de nuevo méxico=US-NM | es-US
elder | oiga la capital de kansas que mi hijo trabaja allá en la empacadora | US-KS | es-US
elder | pos fíjese que la capital de nebraska nunca me la supe | US-NE | es-US
hesitation | la capital de eh de iowa | US-IA | es-US
hesitation | la capital de mmm misisipi | US-MS | es-US
hesitation | este la capital de luisiana | US-LA | es-US
direct | la capital de oklahoma | US-OK | es-US
direct | cuál es la capital de arkansas | US-AR | es-US
direct | cuál es la capital de misuri | US-MO | es-US
direct | la capital de minnesota | US-MN | es-US
direct | la capital de wisconsin | US-WI | es-US
direct | la capital de míchigan | US-MI | es-US
direct | la capital de illinois | US-IL | es-US
direct | la capital de indiana | US-IN | es-US
direct | la capital de ohio | US-OH | es-US
yes-no-check | la capital de illinois es chicago verdad | US-IL | es-US
yes-no-check | la capital de texas es austin o houston | US-TX | es-US
yes-no-check | la capital de washington es seattle | US-WA | es-US
self-correction | la capital de dakota del norte no no de dakota del sur | US-SD | es-US
self-correction | la capital de nuevo hampshire i mean de vermont | US-VT | es-US
self-correction | la capital de virginia occidental no mejor de virginia | US-VA | es-US
# Las Vegas casino housekeeping, the Rio Grande Valley (Tex-Mex: "ándale", "mira", "órale", English switching), Houston, a Montana ranch
situation | limpiando cuartos en el casino mi compañera pregunta la capital {} | de hawái=US-HI; de alaska=US-AK; de montana=US-MT | es-US
code-switch | hey alexa what's la capital de texas | US-TX | es-US
code-switch | órale alexa la capital de connecticut you know | US-CT | es-US
code-switch | alexa la capital de maine is it portland | US-ME | es-US
code-switch | alexa necesito la capital de west virginia | US-WV | es-US
code-switch | la capital de north dakota please | US-ND | es-US
code-switch | mira alexa la capital de new hampshire | US-NH | es-US
code-switch | cuál es la capital de south carolina | US-SC | es-US
subdivision | la capital de tennessee es nashville o memphis | US-TN | es-US
subdivision | la capital de kentucky es louisville | US-KY | es-US
subdivision | la capital de dakota del sur | US-SD | es-US
subdivision | la capital del estado de washington | US-WA | es-US
subdivision | cuál es la capital de pennsylvania | US-PA | es-US
subdivision | la capital de alaska es anchorage no | US-AK | es-US
subdivision | la capital de vermont | US-VT | es-US
subdivision | la capital de maryland | US-MD | es-US
subdivision | la capital de delaware | US-DE | es-US
subdivision | la capital de nueva jersey es newark | US-NJ | es-US
subdivision | la capital de georgia el estado no el país | US-GA | es-US
shared-name | la capital de georgia la de aquí de estados unidos | US-GA | es-US
shared-name | la capital de corea bro | KP+KR | es-US
shared-name | la capital del congo de brazzaville | CG | es-US
subdivision | la capital de ontario | CA-ON | es-US
subdivision | la capital de quebec | CA-QC | es-US
subdivision | la capital de columbia británica | CA-BC | es-US
subdivision | la capital de alberta | CA-AB | es-US
subdivision | la capital de manitoba | CA-MB | es-US
subdivision | la capital de nueva escocia | CA-NS | es-US
subdivision | la capital de saskatchewan | CA-SK | es-US
subdivision | la capital de yukón | CA-YT | es-US
subdivision | la capital de nunavut | CA-NU | es-US
subdivision | la capital de nueva gales del sur | AU-NSW | es-US
subdivision | la capital de queensland | AU-QLD | es-US
subdivision | la capital de victoria en australia | AU-VIC | es-US
subdivision | la capital de australia occidental | AU-WA | es-US
subdivision | la capital de tasmania | AU-TAS | es-US
subdivision | la capital del territorio del norte de australia | AU-NT | es-US
subdivision | la capital de são paulo | BR-SP | es-US
subdivision | la capital de bahía en brasil | BR-BA | es-US
subdivision | la capital de minas gerais | BR-MG | es-US
subdivision | la capital de río grande del sur | BR-RS | es-US
subdivision | la capital de amazonas en brasil | BR-AM | es-US
subdivision | la capital de pernambuco | BR-PE | es-US
subdivision | la capital de kerala | IN-KL | es-US
subdivision | la capital de rajastán | IN-RJ | es-US
subdivision | la capital de goa | IN-GA | es-US
subdivision | la capital de bengala occidental | IN-WB | es-US
subdivision | la capital de tamil nadu | IN-TN | es-US
# Students: a GED class in San Antonio, citizenship class in Charlotte, English speakers learning Spanish in Denver, kids ("mi teacher", "miss")
learner | hello alexa yo quiero saber la capital de españa | ES | es-US
learner | alexa cuál es el capital de francia | FR | es-US
learner | alexa dónde es la capital de italia | IT | es-US
learner | la capital de alemania es qué | DE | es-US
learner | qué es la capital de grecia por favor | GR | es-US
child | alexa mi teacher dice que la capital de estados unidos es washington | US | es-US
child | miss alexa cuál es la capital de inglaterra | GB-ENG | es-US
child | alexa la capital del reino unido es londres | GB | es-US
child | alexa cuál es la capital de australia la de los canguros | AU | es-US
child | alexa la capital de egipto donde están las pirámides | EG | es-US
polite-request | alexa por favor podrías decirme la capital de austria | AT | es-US
polite-request | quisiera saber la capital de bélgica por favor | BE | es-US
polite-request | me hace el favor con la capital de los países bajos | NL | es-US
polite-request | tendrías la amabilidad de decirme la capital de luxemburgo | LU | es-US
official-name | la capital de los estados unidos de américa | US | es-US
official-name | la capital del reino unido de gran bretaña e irlanda del norte | GB | es-US
official-name | cuál es la capital de la república francesa | FR | es-US
official-name | la capital de la república italiana | IT | es-US
official-name | la capital del estado plurinacional de bolivia | BO | es-US
official-name | la capital de la república democrática federal de etiopía | ET | es-US
plural-capitals | cuáles son las capitales de costa de marfil | CI | es-US
plural-capitals | dime las capitales de esuatini que son dos | SZ | es-US
plural-capitals | las dos capitales de sri lanka | LK | es-US
plural-capitals | cuáles son las capitales de benín | BJ | es-US
plural-capitals | palestina tiene dos capitales cuáles son | PS | es-US
plural-capitals | las capitales de los países bajos | NL | es-US
everyday-name | la capital de dahomey | BJ | es-US
everyday-name | la capital de rodesia | ZW | es-US
everyday-name | la capital de abisinia | ET | es-US
everyday-name | la capital de formosa | TW | es-US
everyday-name | la capital de zaire | CD | es-US
reverse-question | de qué país es capital quito | CITY:Quito | es-US
reverse-question | lima es capital de qué país | CITY:Lima | es-US
reverse-question | asunción es capital de dónde | CITY:Asunción | es-US
reverse-question | sacramento es capital de qué estado | CITY:Sacramento | es-US
reverse-question | boise es la capital de cuál estado | CITY:Boise | es-US
follow-up | y la de dakota del norte | US-ND | es-US
follow-up | y qué tal la de nevada | US-NV | es-US
follow-up | y la capital de arizona | US-AZ | es-US
follow-up | y el de colombia | CO | es-US
help | alexa qué puedo preguntarte | HELP | es-US
help | help me con esto | HELP | es-US
help | cómo se usa esta cosa | HELP | es-US
help | no sé cómo funciona ayuda | HELP | es-US
help | qué tengo que hacer | HELP | es-US
help | alexa i need help con las capitales | HELP | es-US
help | explícame cómo jugar | HELP | es-US
help | dame ejemplos de qué preguntar | HELP | es-US
help | diache y cómo es que funciona esto | HELP | es-US
help | ayuda chamo | HELP | es-US
stop | alexa stop ya | STOP | es-US
stop | para ya alexa por favor | STOP | es-US
stop | ya terminé bye | STOP | es-US
stop | ok ya no más | STOP | es-US
stop | alexa apágate | STOP | es-US
stop | ya basta | STOP | es-US
stop | ya me voy a dormir adiós | STOP | es-US
stop | salir del juego | STOP | es-US
stop | sal de capitales del mundo | STOP | es-US
stop | alexa ya deja eso | STOP | es-US
cancel | cancel alexa | CANCEL | es-US
cancel | cancela por favor | CANCEL | es-US
cancel | no cancel cancel | CANCEL | es-US
cancel | olvídate de eso | CANCEL | es-US
cancel | cancela mi pregunta | CANCEL | es-US
cancel | nah cancela eso | CANCEL | es-US
cancel | mejor cancela mano | CANCEL | es-US
cancel | púchica no cancela | CANCEL | es-US
cancel | cancelar todo | CANCEL | es-US
launch | alexa abre capitales del mundo please | LAUNCH | es-US
launch | alexa open capitales del mundo | LAUNCH | es-US
launch | alexa empezar capitales del mundo | LAUNCH | es-US
launch | alexa start capitales del mundo | LAUNCH | es-US
launch | alexa klk abre capitales del mundo | LAUNCH | es-US
launch | alexa quiero practicar capitales del mundo | LAUNCH | es-US
out-of-domain | cuál es la capital de antioquia | FB | es-US
out-of-domain | la capital del estado de táchira | FB | es-US
out-of-domain | la capital de zulia | FB | es-US
out-of-domain | cuál es la capital del departamento de huehuetenango | FB | es-US
out-of-domain | cuál es la capital del condado de los ángeles | FB | es-US
out-of-domain | la capital de long island | FB | es-US
out-of-domain | la capital de manhattan | FB | es-US
out-of-domain | cuál es la capital del valle del río grande | FB | es-US
out-of-domain | la capital de la florida del sur | FB | es-US
out-of-domain | cuál es la capital de cataluña | FB | es-US
out-of-domain | la capital de escandinavia | FB | es-US
out-of-domain | la capital del medio oeste | FB | es-US
out-of-domain | la capital del pollo en el mundo | FB | es-US
out-of-domain | cuál es la capital mundial de las alfombras | FB | es-US
out-of-domain | cuánto es el capital de mi préstamo | FB | es-US
out-of-domain | llama a capital one | FB | es-US
out-of-domain | abre la app de capital one | FB | es-US
out-of-domain | cuál es el balance de mi cuenta | FB | es-US
out-of-domain | cómo renuevo mi green card | FB | es-US
out-of-domain | dónde está la oficina de inmigración más cercana | FB | es-US
out-of-domain | pon música de bad bunny | FB | es-US
out-of-domain | pon bachata de romeo santos | FB | es-US
out-of-domain | qué temperatura hay en philadelphia | FB | es-US
out-of-domain | cuánto es veinte dólares en quetzales | FB | es-US
out-of-domain | pon un timer de diez minutos | FB | es-US
out-of-domain | cómo se dice carpet en español | FB | es-US
out-of-domain | quién ganó el juego de los dolphins | FB | es-US
out-of-domain | ordena una pizza | FB | es-US
out-of-domain | cuál es la capital del dinero | FB | es-US
out-of-domain | qué es capital gains | FB | es-US
out-of-domain | capital letters qué son | FB | es-US
out-of-domain | la capital de hollywood | FB | es-US
out-of-domain | cuál es la capital de la isla de margarita | FB | es-US
out-of-domain | cuál es la capital de los everglades | FB | es-US
out-of-domain | cuál es la capital de petén | FB | es-US
out-of-domain | cuál es la capital de cibao | FB | es-US
out-of-domain | la capital de nueva inglaterra | FB | es-US
# ---------------------------------------------------------------- es-ES, second batch
# Segovia and Ávila: an aqueduct guide, a cochinillo restaurant, a convent selling yemas, a retired shepherd of the cañada ("hija mía", "madre mía", "pues anda")
situation | en el asador de segovia un cliente japonés pregunta la capital {} | de andorra=AD; de san marino=SM; de liechtenstein=LI | es-ES
elder | hija mía yo que fui pastor toda la vida no sé la capital de mónaco | MC
elder | madre mía con la edad que tengo y no me acuerdo de la capital de chipre | CY
elder | pues anda que la capital de israel no me la sé | IL
elder | oye guapa la capital del líbano que allí estuvo mi sobrino con los cascos azules | LB
elder | en la mili en ceuta tenía un cabo de bosnia cuál es la capital de bosnia | BA
polite-request | hermana alexa díganos la capital de los emiratos árabes por caridad | AE
polite-request | me dice usted la capital de las comoras que me ha salido en el crucigrama | KM
situation | hago el crucigrama del periódico y me piden la capital de santo tomé y príncipe | ST
official-name | en el crucigrama dice capital del principado de andorra siete letras | AD
official-name | cuál es la capital de la serenísima república de san marino | SM
official-name | la capital del principado de mónaco cuál es | MC
official-name | capital del reino de marruecos | MA
official-name | la capital de la república argelina democrática y popular | DZ
official-name | capital de la república árabe de egipto | EG
official-name | cuál es la capital del reino de españa | ES
official-name | capital de la república federal de alemania | DE
official-name | la capital de la república de corea del sur | KR
official-name | qué capital tiene la república popular democrática de corea | KP
official-name | la capital de la república checa ahora chequia | CZ
official-name | dime cuál es la capital de la república de chile | CL
official-name | la capital de la república argentina | AR
official-name | cuál es la capital del estado de israel | IL
# more Bilbao and Donostia (a Bilbao ría boat, the Tamborrada, a pelota fronton, a Basque grandmother)
situation | en el bote de la ría de bilbao el patrón pregunta la capital {} | de chipre=CY; de malta=MT; de grecia=GR
situation | tocando el tambor en la tamborrada mi hijo me pregunta la capital {} | de bosnia=BA; de montenegro=ME; de kosovo=XK
elder | ene la amona quiere saber la capital de los emiratos esos de dubái | AE
teen | alexa en la cuadrilla hay una apuesta la capital de australia es sídney o canberra | AU
yes-no-check | aupa la capital de nueva zelanda es auckland ez | NZ
yes-no-check | oye la capital de estados unidos es nueva york verdad que no | US
yes-no-check | la capital de suiza es ginebra motel | CH
yes-no-check | la capital de bélgica es bruselas o brujas | BE
yes-no-check | la capital de la india es bombay | IN
yes-no-check | la capital de vietnam es saigón o hanói | VN
yes-no-check | la capital de kazajistán es almaty todavía | KZ
self-correction | la capital de eslovaquia no me lío de eslovenia | SI
self-correction | la capital de austria ostras no de australia | AU
self-correction | la capital de islandia digo irlanda | IE
self-correction | la capital de suecia uy perdona de suiza | CH
self-correction | la capital de letonia no mejor lituania | LT
follow-up | vale y la de los emiratos | AE
follow-up | y la capital de andorra que vamos a esquiar | AD
follow-up | y chipre qué | CY
follow-up | y si te digo mónaco | MC
follow-up | y qué me dices de liechtenstein | LI
follow-up | y la de san marino | SM
# Almería and Huelva again ("illo", "quillo", learners)
learner | alexa yo rumano la capital de ucrania es kiev sí o no | UA
learner | alexa mi país es marruecos capital es rabat o casablanca | MA
learner | alexa capital de líbano yo no sé | LB
learner | tú sabe capital de comoras mi amigo es de allí | KM
learner | alexa capital de israel es jerusalén o tel aviv | IL
learner | mi hermano vive en senegal capital de gambia es banjul correcto | GM
learner | alexa capital de bosnia herzegovina | BA
learner | por favor una pregunta capital de emiratos árabes unidos | AE
situation | en el almacén de tomates el camionero turco pregunta la capital {} | de turquía=TR; de azerbaiyán=AZ; de georgia el país=GE | es-ES
situation | recogiendo fresas en moguer la compañera marroquí quiere la capital {} | de níger=NE; de sudán=SD; de libia=LY | es-ES
trailing-words | la capital de argelia es argel no quillo | DZ
trailing-words | la capital de túnez y ya está | TN
trailing-words | la capital de mauritania a ver | MR
hesitation | la capital de eh eh de yibuti | DJ
hesitation | la capital de de de santo tomé | ST
hesitation | oye la capital de cómo se llama de esuatini | SZ
# Córdoba and Salamanca again
situation | en el patio de mi abuela con las macetas una vecina pregunta la capital {} | de filipinas=PH; de japón=JP; de china=CN | es-ES
situation | en la escuela de español de salamanca la profesora pregunta la capital {} | de estados unidos=US; de canadá=CA; de méxico=MX | es-ES
code-switch | alexa how do you say la capital de irlanda en español | IE
code-switch | sorry alexa la capital de escocia es edimburgo right | GB-SCT
code-switch | okay alexa y la capital de gales please | GB-WLS
learner | perdón yo soy americano la capital de méxico es ciudad de méxico también | MX
learner | alexa capital de inglaterra es londres o de reino unido | GB-ENG
# Madrid again (the bar quiz, a Tetuán garage, the Retiro)
situation | en el trivial del bar la pregunta es la capital {} | de nigeria=NG; de camerún=CM; de gabón=GA | es-ES
teen | alexa sálvame que en el quiz no sabemos la capital de mauricio | MU
teen | tío la capital de las maldivas porfa | MV
teen | literal alexa cuál es la capital de bután | BT
teen | alexa en plan rápido la capital de laos | LA
teen | alexa sin rollos la capital de camboya | KH
child | alexa cuál es la capital del país de los koalas | AU
child | alexa mi cole va a hacer un viaje a francia cuál es la capital | FR
child | alexa la capital de italia donde está el papa | IT
child | alexa el abuelo dice que la capital de japón es pekín | JP
reverse-question | andorra la vieja es capital de dónde | CITY:Andorra la Vieja
reverse-question | vaduz de qué país es capital | CITY:Vaduz
reverse-question | la valeta es capital de qué isla | CITY:La Valeta
reverse-question | tiflis es la capital de qué país | CITY:Tiflis
reverse-question | ereván de qué es capital | CITY:Ereván
reverse-question | bakú es capital de cuál país | CITY:Bakú
reverse-question | canberra es capital de qué | CITY:Canberra
reverse-question | liubliana es la capital de qué país | CITY:Liubliana
reverse-question | de qué país es capital vilna | CITY:Vilna
reverse-question | de dónde es capital nicosia | CITY:Nicosia
everyday-name | la capital de holanda que yo sepa | NL
everyday-name | la capital de la madre patria | ES
everyday-name | la capital de gran bretaña | GB
everyday-name | la capital de los emiratos | AE
everyday-name | la capital de bosnia | BA
everyday-name | la capital de macedonia | MK
everyday-name | la capital de moldova | MD
everyday-name | la capital de alto volta | BF
everyday-name | la capital de kampuchea | KH
shared-name | y la capital de corea cuál es la del norte o la del sur | KP+KR
shared-name | las coreas qué capitales tienen | KP+KR
shared-name | la capital del congo el de kinsasa | CD
shared-name | capital de georgia | GE+US-GA
shared-name | la capital de georgia el estado americano | US-GA
shared-name | la capital de las islas vírgenes | VG+VI
plural-capitals | cuántas capitales tiene sudáfrica y cuáles | ZA
plural-capitals | me dices las capitales de malasia | MY
plural-capitals | cuáles son las capitales de bolivia la paz y cuál más | BO
plural-capitals | las tres capitales de sudáfrica | ZA
plural-capitals | las capitales de costa de marfil | CI
plural-capitals | oye y benín cuáles son sus capitales | BJ
plural-capitals | esuatini tiene dos capitales no | SZ
plural-capitals | sri lanka cuántas capitales tiene | LK
plural-capitals | las capitales de palestina cuáles son | PS
help | ene no sé cómo preguntarte lo de las capitales | HELP
help | qué tengo que decir exactamente | HELP
help | esto cómo va hay instrucciones | HELP
help | alexa necesito que me expliques cómo funciona esto | HELP
help | oye y qué más sabes hacer aparte de capitales | HELP
help | no sé qué preguntar dame una pista | HELP
help | qué puedo hacer con capitales del mundo | HELP
help | alexa cómo se usa capitales del mundo | HELP
help | madre mía esto no lo entiendo ayúdame hija | HELP
help | maño qué se hace aquí | HELP
stop | agur agur | STOP
stop | para ya de hablar ene | STOP
stop | bueno ya vale hasta mañana | STOP
stop | sal de aquí alexa | STOP
stop | ya no quiero más capitales gracias | STOP
stop | termina ya | STOP
stop | cierra capitales del mundo | STOP
stop | quillo cállate | STOP
stop | se acabó por hoy | STOP
stop | apaga esto que empieza el partido | STOP
stop | chao alexa | STOP
cancel | cancela cancela | CANCEL
cancel | anúlalo | CANCEL
cancel | no quería preguntar eso cancela | CANCEL
cancel | uy me he equivocado cancela | CANCEL
cancel | cancélalo ya | CANCEL
cancel | quita quita cancela | CANCEL
cancel | cancela que me he liado | CANCEL
cancel | déjalo estar cancela | CANCEL
cancel | cancela la pregunta hija | CANCEL
cancel | cancela lo último | CANCEL
launch | alexa pon el juego de capitales del mundo | LAUNCH
launch | alexa arranca capitales del mundo | LAUNCH
launch | alexa vamos a jugar a capitales del mundo | LAUNCH
launch | alexa ene abre capitales del mundo | LAUNCH
launch | alexa lanza capitales del mundo | LAUNCH
out-of-domain | la capital de gipuzkoa | FB
out-of-domain | cuál es la capital de bizkaia | FB
out-of-domain | la capital de álava es vitoria verdad | FB
out-of-domain | la capital de euskadi | FB
out-of-domain | cuál es la capital de aragón | FB
out-of-domain | la capital de la provincia de huelva | FB
out-of-domain | la capital de asturias es oviedo o gijón | FB
out-of-domain | la capital de murcia | FB
out-of-domain | cuál es la capital de cantabria | FB
out-of-domain | la capital de la comarca del maestrazgo | FB
out-of-domain | cuál es la capital de la costa del sol | FB
out-of-domain | la capital de las alpujarras | FB
out-of-domain | la capital de la trufa negra | FB
out-of-domain | la capital del jamón ibérico | FB
out-of-domain | cuál es la capital del flamenco | FB
out-of-domain | la capital de tabarnia | FB
out-of-domain | la capital de al ándalus | FB
out-of-domain | la capital del califato de córdoba | FB
out-of-domain | la capital del imperio romano | FB
out-of-domain | cuál era la capital de la unión soviética | FB
out-of-domain | la capital de yugoslavia | FB
out-of-domain | la capital de checoslovaquia | FB
out-of-domain | la capital de prusia | FB
out-of-domain | cuánto tarda el tren de bilbao a madrid | FB
out-of-domain | pon la tamborrada | FB
out-of-domain | qué partido echan esta noche | FB
out-of-domain | cuántas calorías tiene un pintxo de tortilla | FB
out-of-domain | a qué hora cierra el mercadona | FB
out-of-domain | recuérdame regar las macetas | FB
out-of-domain | cuál es el capital mínimo para una sociedad anónima | FB
out-of-domain | qué es el capital riesgo | FB
out-of-domain | de qué va el libro el capital de marx | FB
out-of-domain | la capital del pecado | FB
out-of-domain | el enemigo capital de batman | FB
out-of-domain | cuántos goles lleva el athletic | FB
out-of-domain | ponme los cuarenta principales | FB
out-of-domain | cómo se dice gracias en euskera | FB
out-of-domain | cuál es la capital de la luna | FB
out-of-domain | la capital de marte | FB
out-of-domain | la capital del polo norte | FB
out-of-domain | la capital de la isla de tabarca | FB
out-of-domain | cuál es la capital de lanzarote | FB
out-of-domain | la capital de ibiza | FB
out-of-domain | la capital de menorca es mahón o ciudadela | FB
# ---------------------------------------------------------------- es-MX, second batch
# Yucatán and Campeche again (a Progreso pier, a cochinita pibil stand at dawn, a Campeche wall guide: "bomba", "mare", "xix", "hija")
situation | en el muelle de progreso el pescador pregunta la capital {} | de noruega=NO; de islandia=IS; de dinamarca=DK | es-MX
situation | en el puesto de cochinita a las seis de la mañana la doña pregunta la capital {} | del líbano=LB; de israel=IL; de chipre=CY | es-MX
elder | mare y la capital de inglaterra cómo se llama hija | GB-ENG | es-MX
elder | hija pregúntale a la máquina la capital de españa de donde vino mi abuelo | ES | es-MX
trailing-words | la capital de cuba mare | CU | es-MX
trailing-words | y la capital de belice hija | BZ | es-MX
trailing-words | la capital de honduras pues | HN | es-MX
# Oaxaca and Chiapas again (the Tule tree, a Juchitán vela, a Lacandon jungle guide, a Tzotzil weaver: "chulo", "vos", "mirá")
situation | junto al árbol del tule un mochilero pregunta la capital {} | de eslovaquia=SK; de eslovenia=SI; de croacia=HR | es-MX
situation | en la vela de juchitán la tía pregunta la capital {} | de bosnia y herzegovina=BA; de albania=AL; de macedonia del norte=MK | es-MX
learner | señorita la capital de perú cuál es pues | PE | es-MX
learner | yo hablo poquito español capital de bolivia es la paz | BO | es-MX
learner | alexa dime capital de nicaragua tú sabes | NI | es-MX
code-switch | mirá alexa la capital de el salvador decime | SV | es-MX
code-switch | vos alexa sabés la capital de panamá | PA | es-MX
hesitation | la capital de eh cómo se llama de la república checa | CZ | es-MX
hesitation | la capital de este de de ecuador | EC | es-MX
hesitation | mmm la capital de paraguay | PY | es-MX
# Guanajuato, Aguascalientes, León again ("bien padre", "órale", "a poco", "ira")
teen | ira alexa cuál es la capital de andorra | AD | es-MX
teen | a poco existe san marino y cuál es su capital | SM | es-MX
teen | bien padre alexa la capital de liechtenstein | LI | es-MX
teen | alexa dime la capital de mónaco donde corren los coches | MC | es-MX
teen | órale la capital de las comoras existe | KM | es-MX
teen | alexa en el examen de geografía viene la capital de santo tomé y príncipe | ST | es-MX
polite-request | disculpe alexa me dice la capital de los emiratos árabes unidos | AE | es-MX
polite-request | sea tan amable de decirme la capital de bosnia | BA | es-MX
polite-request | alexa por favorcito la capital de israel | IL | es-MX
polite-request | quisiera saber la capital del líbano si no es molestia | LB | es-MX
polite-request | me regalas la capital de chipre por favor | CY | es-MX
# Cancún again (hotel front desk, a Tulum tour van, a Playa del Carmen bar: "jefe", English switching)
code-switch | alexa the capital de jamaica is kingston right | JM | es-MX
code-switch | alexa sorry la capital de las bahamas | BS | es-MX
code-switch | hey alexa capital de barbados please | BB | es-MX
situation | en la van del tour a tulum una gringa pregunta la capital {} | de nueva zelanda=NZ; de australia=AU; de fiyi=FJ | es-MX
territory | la capital de bermudas jefe | BM | es-MX
territory | cuál es la capital de guadalupe la isla francesa | GP | es-MX
territory | la capital de la guayana francesa | GF | es-MX
territory | la capital de puerto rico | PR | es-MX
territory | la capital de turcas y caicos | TC | es-MX
territory | la capital de hong kong | HK | es-MX
territory | cuál es la capital de macao | MO | es-MX
# Mexico City again (a Tianguis del Chopo, a taquería al pastor at midnight, the Basílica, Ciudad Universitaria: "güey", "neta", "no mames", "qué onda")
situation | en el tianguis del chopo un punk pregunta la capital {} | de finlandia=FI; de estonia=EE; de letonia=LV | es-MX
situation | en la taquería a medianoche el taquero pregunta la capital {} | de líbano=LB; de siria=SY; de irak=IQ | es-MX
situation | en la fila de la basílica una peregrina pregunta la capital {} | de polonia=PL; de lituania=LT; del vaticano=VA | es-MX
teen | no mames alexa la capital de kirguistán | KG | es-MX
teen | neta no sé la capital de bielorrusia | BY | es-MX
teen | en la unam nos preguntaron la capital de mongolia güey | MN | es-MX
yes-no-check | la capital de argentina es buenos aires verdad | AR | es-MX
yes-no-check | la capital de colombia es medellín o bogotá | CO | es-MX
yes-no-check | la capital de ecuador es guayaquil | EC | es-MX
yes-no-check | la capital de chile es santiago o valparaíso | CL | es-MX
yes-no-check | neta la capital de sonora es hermosillo | MX-SON | es-MX
yes-no-check | la capital de sinaloa es mazatlán verdad | MX-SIN | es-MX
yes-no-check | la capital de baja california es tijuana | MX-BCN | es-MX
yes-no-check | la capital de coahuila es torreón o saltillo | MX-COA | es-MX
yes-no-check | la capital de chiapas es san cristóbal | MX-CHP | es-MX
self-correction | la capital de nuevo león no perdón de nuevo méxico | US-NM | es-MX
self-correction | la capital de sonora no sinaloa | MX-SIN | es-MX
self-correction | la capital de colima ay no de colombia | CO | es-MX
self-correction | la capital de guyana digo de guatemala | GT | es-MX
self-correction | la capital de morelos bueno de michoacán | MX-MIC | es-MX
follow-up | y la de oaxaca | MX-OAX | es-MX
follow-up | ahora la de yucatán | MX-YUC | es-MX
follow-up | y de hidalgo | MX-HID | es-MX
follow-up | y la capital de puebla cuál es | MX-PUE | es-MX
follow-up | y la de querétaro | MX-QUE | es-MX
reverse-question | culiacán es capital de qué estado | CITY:Culiacán | es-MX
reverse-question | de qué estado es capital saltillo | CITY:Saltillo | es-MX
reverse-question | morelia es capital de dónde | CITY:Morelia | es-MX
reverse-question | tepic de qué estado es capital | CITY:Tepic | es-MX
reverse-question | villahermosa es capital de qué estado | CITY:Villahermosa | es-MX
reverse-question | pachuca es capital de cuál estado | CITY:Pachuca | es-MX
official-name | la capital de la república islámica de pakistán | PK | es-MX
official-name | la capital de la república de sudáfrica | ZA | es-MX
official-name | cuál es la capital del reino unido de gran bretaña | GB | es-MX
official-name | la capital del estado de la ciudad del vaticano | VA | es-MX
official-name | la capital de la república de la india | IN | es-MX
official-name | la capital de la república de costa rica | CR | es-MX
official-name | cuál es la capital de la república de guatemala | GT | es-MX
subdivision | la capital de quintana roo | MX-ROO | es-MX
subdivision | cuál es la capital de yucatán | MX-YUC | es-MX
subdivision | la capital de oaxaca cómo se llama | MX-OAX | es-MX
subdivision | la capital de tabasco | MX-TAB | es-MX
subdivision | la capital de hidalgo es pachuca | MX-HID | es-MX
subdivision | cuál es la capital de tlaxcala | MX-TLA | es-MX
subdivision | la capital de puebla | MX-PUE | es-MX
subdivision | la capital de querétaro | MX-QUE | es-MX
subdivision | la capital de chihuahua | MX-CHH | es-MX
subdivision | la capital de texas | US-TX | es-MX
subdivision | la capital de california | US-CA | es-MX
subdivision | la capital de arizona | US-AZ | es-MX
help | alexa cómo funciona capitales del mundo | HELP | es-MX
help | oye no sé qué preguntarte ayuda | HELP | es-MX
help | mare cómo se usa esto hija | HELP | es-MX
help | alexa dime qué puedo hacer aquí | HELP | es-MX
help | cómo le pregunto una capital | HELP | es-MX
help | ayúdame que no le entiendo | HELP | es-MX
help | no mames cómo se juega esto | HELP | es-MX
help | instrucciones por favor | HELP | es-MX
stop | ya estuvo ya me voy | STOP | es-MX
stop | alexa ya párale | STOP | es-MX
stop | ya no más capitales | STOP | es-MX
stop | ahí le dejamos | STOP | es-MX
stop | alexa sal del juego | STOP | es-MX
stop | ya cállate mare | STOP | es-MX
stop | ya bye alexa | STOP | es-MX
stop | alexa detén capitales del mundo | STOP | es-MX
cancel | cancela no era eso | CANCEL | es-MX
cancel | mejor olvídalo | CANCEL | es-MX
cancel | no espera cancela | CANCEL | es-MX
cancel | cancela todo | CANCEL | es-MX
cancel | ay me equivoqué cancela | CANCEL | es-MX
cancel | cancela güey | CANCEL | es-MX
cancel | no cancela esa | CANCEL | es-MX
cancel | cancela la pregunta por favor | CANCEL | es-MX
launch | alexa inicia capitales del mundo por favor | LAUNCH | es-MX
launch | alexa ábreme capitales del mundo | LAUNCH | es-MX
launch | alexa vamos a jugar capitales del mundo | LAUNCH | es-MX
launch | alexa quiero capitales del mundo | LAUNCH | es-MX
out-of-domain | la capital de la sierra gorda | FB | es-MX
out-of-domain | la capital del istmo de tehuantepec | FB | es-MX
out-of-domain | cuál es la capital de la laguna | FB | es-MX
out-of-domain | la capital de la región lagunera | FB | es-MX
out-of-domain | la capital de los mayas | FB | es-MX
out-of-domain | la capital del mezcal | FB | es-MX
out-of-domain | la capital mundial del zapato | FB | es-MX
out-of-domain | la capital del cine mexicano | FB | es-MX
out-of-domain | cuál es la capital de texcoco | FB | es-MX
out-of-domain | cuál es la capital de la nueva españa | FB | es-MX
out-of-domain | la capital de aztlán | FB | es-MX
out-of-domain | qué horas son | FB | es-MX
out-of-domain | pon música de banda | FB | es-MX
out-of-domain | pon la mañanera | FB | es-MX
out-of-domain | cuánto cuesta el boleto a cancún | FB | es-MX
out-of-domain | dónde hay una farmacia similares | FB | es-MX
out-of-domain | cómo está el tráfico en periférico | FB | es-MX
out-of-domain | cómo se prepara la cochinita pibil | FB | es-MX
out-of-domain | quién canta el sirenito | FB | es-MX
out-of-domain | cuál es el capital de una afore | FB | es-MX
out-of-domain | cuánto capital necesito para poner una taquería | FB | es-MX
out-of-domain | qué es una letra capital | FB | es-MX
out-of-domain | la capital de las pirámides de teotihuacán | FB | es-MX
out-of-domain | cuál es la capital de la selva lacandona | FB | es-MX
out-of-domain | la capital de las barrancas del cobre | FB | es-MX
# ---------------------------------------------------------------- es-US, second batch
# Guatemalans in Los Angeles and Providence again (a MacArthur Park vendor, a Sunday church soccer league: "púchica", "vos", "a la gran")
situation | vendiendo elotes en el parque macarthur un señor pregunta la capital {} | de corea del sur=KR; de japón=JP; de mongolia=MN | es-US
situation | en la liga de fútbol de la iglesia el árbitro pregunta la capital {} | de camerún=CM; de costa de marfil=CI; de senegal=SN | es-US
code-switch | a la gran alexa la capital de nicaragua | NI | es-US
code-switch | vos sabés cuál es la capital de el salvador | SV | es-US
elder | mija pregúntele la capital de guatemala a ver si sabe | GT | es-US
elder | ay mijo la capital de méxico es el defe verdad | MX | es-US
# Dominicans in Washington Heights and Lawrence again (the barbershop, a colmado: "klk", "vaina", "tiguerón", "qué lo que")
situation | en la barbería el barbero pregunta la capital {} | de arabia saudí=SA; de catar=QA; de kuwait=KW | es-US
situation | en el colmado mientras juego la lotería me preguntan la capital {} | de emiratos árabes unidos=AE; de baréin=BH; de omán=OM | es-US
teen | qué lo que alexa la capital de afganistán | AF | es-US
teen | alexa dime la capital de irán mi loco | IR | es-US
teen | tiguerón la capital de siria | SY | es-US
yes-no-check | alexa la capital de puerto rico es ponce verdad | PR | es-US
yes-no-check | la capital de haití es puerto príncipe o cabo haitiano | HT | es-US
yes-no-check | la capital de jamaica es montego bay | JM | es-US
# Venezuelans in Doral again (a condo pool, a delivery rider, an arepera: "chamo", "burda", "qué ladilla no", "marico")
situation | en la piscina del condominio la vecina pregunta la capital {} | de bolivia=BO; de paraguay=PY; de uruguay=UY | es-US
learner | alexa capital de venezuela es caracas o maracaibo | VE | es-US
teen | chamo cuál es la capital de trinidad | TT | es-US
teen | burda de fácil la capital de colombia | CO | es-US
# Puerto Ricans in Philadelphia again (a parranda, a Fairhill bodega, a Kensington church: "acho", "nene", "brutal", "wepa")
situation | en la parranda de diciembre un tío pregunta la capital {} | de españa=ES; de portugal=PT; de francia=FR | es-US
trailing-words | la capital de islandia nene | IS | es-US
trailing-words | la capital de noruega wepa | NO | es-US
trailing-words | la capital de finlandia brutal | FI | es-US
# Mexicans in Dalton, North Carolina, Colorado, Oregon, Fresno again; an Idaho potato warehouse; a Tennessee horse farm
situation | en la bodega de papas en idaho el mayordomo pregunta la capital {} | de kazajistán=KZ; de uzbekistán=UZ; de turkmenistán=TM | es-US
situation | en el rancho de caballos de tennessee el patrón pregunta la capital {} | de irlanda=IE; de inglaterra=GB-ENG; de escocia=GB-SCT | es-US
elder | pos fíjese que mi nieto está en el army en alemania cuál es la capital de allá | DE | es-US
elder | oiga joven la capital de corea que allá está mi sobrino en la base | KP+KR | es-US
elder | la capital de irak que ahí estuvo mi hijo en la guerra | IQ | es-US
hesitation | eh la capital de de de hawái | US-HI | es-US
hesitation | la capital de este cómo se dice de carolina del norte | US-NC | es-US
hesitation | mmm la capital de utah | US-UT | es-US
hesitation | la capital de eh colorado | US-CO | es-US
direct | cuál es la capital de montana | US-MT | es-US
direct | la capital de wyoming | US-WY | es-US
direct | cuál es la capital de nuevo méxico | US-NM | es-US
direct | la capital de oregón | US-OR | es-US
direct | la capital de alabama | US-AL | es-US
direct | la capital de misisipi | US-MS | es-US
direct | la capital de idaho | US-ID | es-US
direct | la capital de nebraska | US-NE | es-US
direct | la capital de kansas | US-KS | es-US
direct | la capital de carolina del sur | US-SC | es-US
yes-no-check | la capital de nevada es reno o las vegas | US-NV | es-US
yes-no-check | la capital de luisiana es nueva orleans | US-LA | es-US
yes-no-check | la capital de pensilvania es filadelfia verdad | US-PA | es-US
yes-no-check | la capital de oregón es portland | US-OR | es-US
yes-no-check | la capital de míchigan es detroit | US-MI | es-US
yes-no-check | la capital de misuri es saint louis o kansas city | US-MO | es-US
yes-no-check | la capital de colorado es denver verdad | US-CO | es-US
yes-no-check | la capital de arizona es tucson | US-AZ | es-US
yes-no-check | la capital de georgia el estado es savannah | US-GA | es-US
self-correction | la capital de iowa no perdón de ohio | US-OH | es-US
self-correction | la capital de arkansas digo kansas | US-KS | es-US
self-correction | la capital de indiana wait no de illinois | US-IL | es-US
self-correction | la capital de maryland ay no de massachusetts | US-MA | es-US
self-correction | la capital de montana no de idaho | US-ID | es-US
self-correction | la capital de carolina del norte bueno del sur | US-SC | es-US
follow-up | y la de utah | US-UT | es-US
follow-up | y la capital de oklahoma | US-OK | es-US
follow-up | y la de wisconsin | US-WI | es-US
follow-up | y la de minnesota | US-MN | es-US
follow-up | y qué tal kentucky | US-KY | es-US
follow-up | y la de alabama | US-AL | es-US
# Las Vegas, the Rio Grande Valley, Houston, a Tex-Mex grandmother ("ándale", "mijo", "órale", English switching)
code-switch | alexa what is the capital de oklahoma en español | US-OK | es-US
code-switch | alexa dime the capital of iowa | US-IA | es-US
code-switch | ándale alexa la capital de louisiana | US-LA | es-US
code-switch | alexa mijo needs la capital de mississippi | US-MS | es-US
code-switch | okay so la capital de rhode island | US-RI | es-US
code-switch | alexa la capital de washington state | US-WA | es-US
code-switch | la capital de new jersey you know | US-NJ | es-US
code-switch | alexa cuál es la capital of pennsylvania | US-PA | es-US
reverse-question | austin es capital de qué estado | CITY:Austin | es-US
reverse-question | de qué estado es capital phoenix | CITY:Phoenix | es-US
reverse-question | denver es la capital de cuál estado | CITY:Denver | es-US
reverse-question | salt lake city de qué estado es capital | CITY:Salt Lake City | es-US
reverse-question | atlanta es capital de qué | CITY:Atlanta | es-US
reverse-question | honolulú es capital de dónde | CITY:Honolulú | es-US
reverse-question | richmond es capital de qué estado | CITY:Richmond | es-US
reverse-question | trenton de qué es capital | CITY:Trenton | es-US
# Students and children again (a GED class, a citizenship interview practice, kids)
learner | alexa para mi examen de ciudadanía cuál es la capital de mi estado texas | US-TX | es-US
learner | alexa the citizenship test dice la capital de estados unidos | US | es-US
learner | alexa la capital de california para el examen de ciudadanía | US-CA | es-US
learner | alexa what's the capital de perú | PE | es-US
learner | alexa la capital de argentina is buenos aires | AR | es-US
child | alexa mi hermanito quiere saber la capital de florida | US-FL | es-US
child | alexa cuál es la capital de hawái donde hay volcanes | US-HI | es-US
child | alexa la capital de alaska donde hay osos | US-AK | es-US
child | alexa cuál es la capital de canadá porfis | CA | es-US
child | miss alexa la capital de rusia | RU | es-US
polite-request | alexa me podrías ayudar con la capital de dinamarca | DK | es-US
polite-request | buenas alexa quisiera la capital de suecia | SE | es-US
polite-request | alexa hágame el favor de decirme la capital de honduras | HN | es-US
official-name | capital de la república dominicana | DO | es-US
official-name | la capital de la república de el salvador | SV | es-US
official-name | cuál es la capital de la república de colombia | CO | es-US
official-name | la capital de la república del perú | PE | es-US
official-name | capital de la república bolivariana de venezuela por favor | VE | es-US
official-name | la capital de la commonwealth de puerto rico | PR | es-US
plural-capitals | alexa las capitales de bolivia cuáles son | BO | es-US
plural-capitals | dime las tres capitales de sudáfrica | ZA | es-US
plural-capitals | malasia tiene dos capitales cuáles son | MY | es-US
plural-capitals | cuáles son las dos capitales de holanda | NL | es-US
shared-name | la capital de congo | CD+CG | es-US
shared-name | cuál es la capital del congo el de kinshasa | CD | es-US
shared-name | las dos coreas sus capitales | KP+KR | es-US
shared-name | la capital de georgia el país | GE | es-US
shared-name | las islas vírgenes cuál es su capital nene | VG+VI | es-US
shared-name | oiga y la capital de las islas vírgenes esas del caribe | VG+VI | es-MX
reverse-question | oiga la paz de qué es capital | CITY:La Paz | es-MX
help | alexa cómo se juega capitales del mundo | HELP | es-US
help | ayúdame por favor que no sé | HELP | es-US
help | alexa qué hace capitales del mundo | HELP | es-US
help | how does this work en español | HELP | es-US
help | qué le tengo que decir a esta cosa | HELP | es-US
help | alexa necesito ayuda con el juego | HELP | es-US
help | púchica cómo funciona esto | HELP | es-US
help | dime las reglas | HELP | es-US
stop | alexa ya estuvo bye | STOP | es-US
stop | se acabó alexa | STOP | es-US
stop | stop por favor | STOP | es-US
stop | ya no quiero jugar más bye | STOP | es-US
stop | alexa exit | STOP | es-US
stop | apaga capitales del mundo | STOP | es-US
stop | ya mi loco para | STOP | es-US
stop | alexa cierra el juego | STOP | es-US
cancel | cancela chamo | CANCEL | es-US
cancel | no espera cancel | CANCEL | es-US
cancel | olvídalo never mind | CANCEL | es-US
cancel | cancela esa vaina | CANCEL | es-US
cancel | cancélalo por favor | CANCEL | es-US
cancel | wait cancela | CANCEL | es-US
cancel | no me equivoqué cancela | CANCEL | es-US
cancel | ay no cancela eso mija | CANCEL | es-US
launch | alexa abre el juego capitales del mundo | LAUNCH | es-US
launch | alexa pon capitales del mundo please | LAUNCH | es-US
launch | alexa vamos a jugar capitales del mundo | LAUNCH | es-US
launch | alexa wepa abre capitales del mundo | LAUNCH | es-US
out-of-domain | cuál es la capital de queens | FB | es-US
out-of-domain | la capital del bronx | FB | es-US
out-of-domain | cuál es la capital de brooklyn | FB | es-US
out-of-domain | la capital del condado de miami dade | FB | es-US
out-of-domain | cuál es la capital de silicon valley | FB | es-US
out-of-domain | la capital de la costa este | FB | es-US
out-of-domain | la capital de centroamérica | FB | es-US
out-of-domain | cuál es la capital de sudamérica | FB | es-US
out-of-domain | la capital de latinoamérica | FB | es-US
out-of-domain | cuál es la capital de europa | FB | es-US
out-of-domain | la capital de áfrica | FB | es-US
out-of-domain | cuál es la capital de asia | FB | es-US
out-of-domain | la capital del país de nunca jamás | FB | es-US
out-of-domain | la capital de wakanda | FB | es-US
out-of-domain | cuál es la capital de narnia | FB | es-US
out-of-domain | cuál es la capital de la nación cherokee | FB | es-US
out-of-domain | la capital de la reservación navajo | FB | es-US
out-of-domain | cuánto cuesta un vuelo a santo domingo | FB | es-US
out-of-domain | pon el clima de mañana | FB | es-US
out-of-domain | cómo pago el bill de la luz | FB | es-US
out-of-domain | qué es el capital de una hipoteca | FB | es-US
out-of-domain | cómo invierto capital en la bolsa | FB | es-US
out-of-domain | qué significa capital punishment | FB | es-US
out-of-domain | pon las noticias de univision | FB | es-US
out-of-domain | llama a mi mamá | FB | es-US
out-of-domain | cuándo juega el inter miami | FB | es-US
out-of-domain | cómo se hace el pollo guisado | FB | es-US
out-of-domain | dónde está el walmart más cerca | FB | es-US
out-of-domain | agrega leche a la lista | FB | es-US
out-of-domain | cuántas millas hay de dalton a atlanta | FB | es-US
"""

if __name__ == "__main__":
    build_round(37, "es", LINES, sys.argv, "tests/Eval/es/round37/source/build_corpus.py")
