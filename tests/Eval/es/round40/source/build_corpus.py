"""Round 40, Spanish (es-ES, es-MX, es-US): a new author's mix of speakers and situations, written blind (brief
WRITER49.md).

Written at the start of the forty-third session by the corpus49-es helper, without the voice model, the simulator, the
skill's code or earlier rounds' halves. Speakers and situations, chosen to differ from round 39 (Seville, Cádiz,
Málaga, Granada, Jaén, Aragón, Toledo, Albacete, Valdepeñas, Cuenca, Valladolid, León, Zamora, Soria, Palencia; the
State of Mexico, Morelos, Tamaulipas, Baja California Sur, Colima, Campeche, Chetumal; New Mexico and southern
Colorado, Nicaraguans, Argentines, Uruguayans, Chileans, Costa Ricans, Panamanians, Bolivians, Mexicans in the
Central Valley, Georgia, Nashville, Las Vegas, Idaho, Garden City and Charlotte) and from the places it lists as round
38's and 37's:

es-ES: Ávila (a Gredos goatherd, a yemas confectioner, a guide on the walls, the bus to Madrid), Guadalajara (Alcarria
honey, the Sigüenza medieval fair, Corredor del Henares warehouses, Romanians in Azuqueca switching Romanian), a
Chinese bazaar family (a Mandarin greeting), Ukrainian refugees learning Spanish, a Venezuelan nurse ("chamo",
"pana"), Filipino and Pakistani neighbours (Tagalog and Urdu/Hindi openers), Spaniards abroad (a nurse in London, an
engineer in Munich, a waiter in Dublin: English and German switching), Iberia cabin crew, a travel agency, a mus game
and a pub quiz, a padel club, Pasapalabra at home, an ESO geography class and a primary school song, an ONCE seller, a
night-shift security guard, a hairdresser's waiting room, a wedding seating plan, grandparents, a village priest.

es-MX: Zacatecas (the Fresnillo mine, a tamborazo band, the cable car), Nayarit (Sayulita surfers, a Wixárika
beadwork seller, San Blas shrimp, Tepic), Coahuila (Saltillo car plants, sarapes, Parras wine, Torreón and La Laguna),
Baja California (Mexicali heat, La Chinesca, Haitians learning Spanish with Haitian Creole, the Valle de Guadalupe
wineries, San Quintín Mixtec farmworkers), 100 mexicanos dijeron, a telesecundaria teacher, a quinceañera's
chambelanes, an ADO bus, a trailero, an Oxxo cashier, teens ("güey", "no manches", "bro").

es-US: the Rio Grande Valley (McAllen, Brownsville: "troca", "parquear", "la marketa", "ahorita"), El Paso and Juárez
commuters, Tucson, Yakima apples and Oregon grapes, Chicago's Pilsen and Little Village (a paletero, a Polish
neighbour), Worthington meatpacking with Karen and Somali co-workers, Oklahoma City, Fort Hood army families, a
citizenship class, Head Start, a heritage-speaker college class, a night-shift nurse, a quinceañera DJ, a church, a
border radio dedication; English switching throughout.

Every line was written by hand as one utterance; the only generated lines are the at most three fills of a frame
(each frame said once).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# ---------------------------------------------------------------- es-ES
# Ávila: a Gredos goatherd, a yemas confectioner, a guide on the walls, the bus to Madrid
elder | alexa el cabrero de gredos quiere saber la capital de {} que allí hay cabras también | mongolia=MN; kirguistán=KG; tayikistán=TJ
situation | estoy en el obrador de yemas y una turista es de {} cómo se llama su capital | eslovaquia=SK; eslovenia=SI; croacia=HR
situation | soy guía en la muralla de ávila y un grupo de {} me pregunta por su capital | corea del sur=KR; taiwán=TW; vietnam=VN
hesitation | eh a ver alexa la capital de {} es que mm no me sale | uzbekistán=UZ; turkmenistán=TM; kazajistán=KZ
situation | en el autobús de ávila a madrid el de al lado dice que es de {} y no sé su capital | ucrania=UA; bielorrusia=BY; moldavia=MD
elder | alexa hija que mi marido dice que la capital de {} y yo digo otra dínoslo | australia=AU; nueva zelanda=NZ; canadá=CA
yes-no-check | la capital de australia es sídney verdad alexa | AU
follow-up | y la de nueva zelanda | NZ
self-correction | dime la capital de austria perdón de australia | AU
# Guadalajara: Alcarria honey, the Sigüenza medieval fair, the Corredor del Henares warehouses
situation | estoy etiquetando miel de la alcarria para {} y necesito poner la capital en la caja | japón=JP; emiratos árabes unidos=AE; catar=QA
situation | en el almacén de azuqueca sale un paquete para {} qué capital es esa | lituania=LT; letonia=LV; estonia=EE
work | alexa trabajo en logística y tengo un pedido a la capital de {} cuál es | polonia=PL; chequia=CZ; hungría=HU
situation | en la feria medieval de sigüenza un caballero dice que viene de {} cuál es su capital | malta=MT; chipre=CY; andorra=AD
everyday-name | cuál es la capital de la república checa | CZ
everyday-name | alexa la capital de bielorrusia la rusia blanca | BY
code-switch | alexa care e capitala de {} vaya digo cuál es la capital | rumanía=RO; bulgaria=BG; serbia=RS
code-switch | soy rumana en azuqueca alexa spune mi la capital de {} por favor | moldavia otra vez no de albania=AL; macedonia del norte=MK; montenegro=ME
learner | yo rumano trabajo en almacén cual capital de {} | grecia=GR; turquía=TR; georgia el país=GE
# A Chinese bazaar family in Guadalajara and Ávila
code-switch | alexa ni hao la capital de {} cuál es | china=CN; mongolia=MN; singapur=SG
learner | mi hija dice que capital de {} es otra ciudad tú sabes | china no es shanghái=CN; japón no es osaka=JP; india no es bombay=IN
child | alexa soy xiaoli tengo nueve años y quiero saber la capital de {} | corea del norte=KP; laos=LA; camboya=KH
# Ukrainian refugees and a Venezuelan nurse
learner | alexa yo ucraniana aprendo español capital de {} como se dice | ucrania en español=UA; polonia=PL; eslovaquia=SK
situation | soy enfermera venezolana en el hospital de ávila y una paciente es de {} cuál es la capital | cabo verde=CV; guinea-bisáu=GW; santo tomé y príncipe=ST
code-switch | chamo alexa la capital de {} cuál es pana | trinidad y tobago=TT; guyana=GY; surinam=SR
# Filipina and Pakistani neighbours
code-switch | alexa ano ang capital ng {} digo cuál es la capital | filipinas=PH; indonesia=ID; brunéi=BN
learner | mi nombre es imran tengo tienda alexa capital de {} por favor | pakistán=PK; afganistán=AF; bangladés=BD
code-switch | alexa bhai la capital de {} cuál es | nepal=NP; bután=BT; sri lanka la oficial=LK
# Spaniards abroad: a nurse in London, an engineer in Munich, a waiter in Dublin
code-switch | alexa estoy en londres y mi compañera es de {} what is the capital | ghana=GH; nigeria=NG; kenia=KE
code-switch | alexa ich bin in münchen y un colega me pregunta la capital de {} | austria=AT; suiza=CH; liechtenstein=LI
code-switch | alexa the capital of {} porfa que estoy en un pub de dublín | irlanda=IE; islandia=IS; escocia=GB-SCT
subdivision | la capital de gales cuál es | GB-WLS
subdivision | y la de irlanda del norte | GB-NIR
subdivision | alexa la capital de inglaterra | GB-ENG
official-name | la capital del reino unido de gran bretaña e irlanda del norte | GB
subdivision | alexa en alemania la capital de {} cuál es | baviera=DE-BY; sajonia=DE-SN; turingia=DE-TH
subdivision | la capital del estado federado de {} | renania del norte-westfalia=DE-NW; baja sajonia=DE-NI; sarre=DE-SL
subdivision | mi empresa tiene planta en {} qué capital tiene ese land | baden-wurtemberg=DE-BW; renania-palatinado=DE-RP; hesse=DE-HE
# Iberia cabin crew and a travel agency
work | soy azafata y mañana vuelo a la capital de {} cuál es | jordania=JO; líbano=LB; israel=IL
work | en la agencia de viajes un cliente quiere ir a la capital de {} y no me acuerdo | maldivas=MV; mauricio=MU; seychelles=SC
work | alexa necesito para un billete la capital de {} | etiopía=ET; eritrea=ER; yibuti=DJ
situation | mi sobrino es piloto y aterriza en la capital de {} cuál es | arabia saudí=SA; omán=OM; baréin=BH
everyday-name | la capital de arabia saudita | SA
# A mus tournament in a bar, a padel club, a pub quiz
game | alexa estamos jugando al mus y nos jugamos un café a que la capital de {} es | kuwait=KW; yemen=YE; siria=SY
game | en el trivial del bar nos ha salido la capital de {} dila rápido | irak=IQ; irán=IR; azerbaiyán=AZ
game | alexa para el quiz del pub la capital de {} | armenia=AM; georgia la de europa=GE; bosnia=BA
situation | en el club de pádel un argentino dice que la capital de {} es otra cuál es | brasil=BR; paraguay=PY; uruguay=UY
yes-no-check | la capital de brasil es río de janeiro a que sí | BR
yes-no-check | alexa es verdad que la capital de turquía no es estambul | TR
yes-no-check | la capital de suiza es ginebra o berna | CH
yes-no-check | alexa la de canadá es toronto | CA
yes-no-check | es cierto que la capital de marruecos es marrakech | MA
# Pasapalabra at home, an ESO geography class, a primary school song
game | con la a la capital de {} pasapalabra | angola=AO; armenia la que empieza por e=AM; argelia=DZ
game | alexa para el rosco empieza por la be la capital de {} | burkina faso=BF; burundi=BI; botsuana=BW
school | tengo examen de geografía de segundo de la eso y me falta la capital de {} | mali=ML; níger=NE; chad=TD
school | alexa la profe de sociales nos ha puesto la capital de {} de deberes | sudán=SD; sudán del sur=SS; somalia=SO
school | para el mapa mudo de mañana la capital de {} dónde es | ruanda=RW; uganda=UG; tanzania=TZ
child | alexa cantamos la canción de las capitales y no me sé la de {} | zambia=ZM; zimbabue=ZW; malaui=MW
child | alexa mi maestra dice que la capital de {} tiene un nombre muy raro cuál es | burkina faso=BF; madagascar=MG; mozambique=MZ
plural-capitals | alexa cuáles son las capitales de sudáfrica | ZA
plural-capitals | dime las tres capitales de sudáfrica para el examen | ZA
plural-capitals | las capitales de bolivia cuáles son que en clase no nos ponemos de acuerdo | BO
plural-capitals | alexa cuántas capitales tienen los países bajos y cuáles son | NL
# An ONCE lottery seller, a night-shift security guard, a hairdresser's waiting room
elder | alexa el cupón de hoy es de {} dime la capital | perú=PE; ecuador=EC; chile=CL
situation | hago el turno de noche de vigilante y me aburro alexa la capital de {} | mauritania=MR; gambia=GM; senegal=SN
situation | en la peluquería esperando y la señora de al lado pregunta la capital de {} | liberia=LR; sierra leona=SL; guinea=GN
leading-filler | bueno pues alexa la capital de {} | togo=TG; benín la oficial=BJ; camerún=CM
leading-filler | oye alexa una cosa la capital de {} | gabón=GA; guinea ecuatorial=GQ; república centroafricana=CF
leading-filler | mira alexa a ver si tú sabes la capital de {} | namibia=NA; lesoto=LS; esuatini=SZ
trailing-words | la capital de {} y ya está | noruega=NO; suecia=SE; finlandia=FI
trailing-words | la capital de {} gracias guapa | dinamarca=DK; países bajos=NL; bélgica=BE
trailing-words | dime la capital de {} anda | luxemburgo=LU; mónaco=MC; san marino=SM
polite-request | me podrías decir por favor la capital de {} | italia=IT; francia=FR; portugal=PT
polite-request | sería tan amable de decirme la capital de {} | ciudad del vaticano=VA; alemania=DE; españa=ES
direct | capital de {} | kosovo=XK; palestina=PS; bosnia y herzegovina=BA
direct | la capital de {} | montenegro=ME; albania=AL; moldavia=MD
# A wedding seating plan with tables named after capitals
situation | para la boda cada mesa es una capital y a la de mi primo le toca la de {} cuál es | cuba=CU; república dominicana=DO; jamaica=JM
situation | alexa la mesa doce de la boda es la capital de {} cómo se escribe | haití=HT; bahamas=BS; barbados=BB
situation | la novia quiere que una mesa sea la capital de {} cuál es | santa lucía=LC; dominica=DM; granada el país del caribe=GD
shared-name | cuál es la capital de granada | GD
shared-name | alexa la capital de georgia | GE+US-GA
shared-name | la capital del congo | CD+CG
shared-name | y la de corea | KP+KR
reverse-question | alexa de qué país es capital tiflis | CITY:Tiflis
reverse-question | ereván es capital de qué país | CITY:Ereván
reverse-question | de dónde es capital bakú | CITY:Bakú
reverse-question | alexa uagadugú de qué país es la capital | CITY:Uagadugú
reverse-question | de qué es capital canberra | CITY:Canberra
# Pilgrims and grandparents
elder | alexa mi nieto se ha ido de erasmus a la capital de {} cuál es | polonia=PL; hungría=HU; lituania=LT
elder | el cura de mi pueblo estuvo de misiones en {} y la capital cómo era | el perú=PE; bolivia=BO; guatemala=GT
self-correction | la capital de eslovenia no quiero decir de eslovaquia | SK
self-correction | alexa la capital de suecia espera no de suiza | CH
self-correction | la capital de irak digo de irán | IR
self-correction | cuál es la capital de nigeria bueno no de níger | NE
follow-up | y la de portugal | PT
follow-up | vale y la de marruecos | MA
follow-up | y la de argelia entonces | DZ
follow-up | y la de túnez alexa | TN
territory | alexa la capital de {} | gibraltar=GI; groenlandia=GL; las islas feroe=FO
territory | la capital de {} cuál es que viene en el crucigrama | las bermudas=BM; las islas caimán=KY; puerto rico=PR
territory | cuál es la capital de {} que me voy de crucero | martinica=MQ; guadalupe la isla francesa=GP; curazao=CW
territory | alexa sabes la capital de {} | la isla de man=IM; jersey=JE; guernesey=GG
official-name | la capital de la república helénica | GR
official-name | alexa la capital de la confederación suiza | CH
official-name | la capital de la república federal de alemania | DE
official-name | cuál es la capital de la república francesa | FR
official-name | la capital del reino de marruecos | MA
official-name | la capital de la república portuguesa | PT
everyday-name | la capital de holanda | NL
everyday-name | alexa la capital de inglaterra o sea del reino unido | GB
everyday-name | la capital de birmania | MM
everyday-name | la capital de costa de marfil | CI
plural-capitals | alexa cuáles son las capitales de costa de marfil | CI
plural-capitals | las dos capitales de sri lanka | LK
plural-capitals | cuáles son las capitales de malasia | MY
plural-capitals | alexa las capitales de benín | BJ
plural-capitals | esuatini tiene dos capitales no cuáles son | SZ
plural-capitals | las capitales de palestina | PS
# help
help | alexa cómo funciona esto de las capitales | HELP
help | qué se le puede preguntar a esta skill | HELP
help | no sé qué decirte ayúdame | HELP
help | alexa necesito ayuda con el juego de capitales | HELP
help | qué cosas sabes hacer | HELP
help | explícame cómo te pregunto una capital | HELP
help | mi abuela no sabe usarte dale instrucciones | HELP
help | ayuda por favor que no me entero | HELP
help | alexa qué opciones hay | HELP
help | cómo se usa | HELP
# stop
stop | alexa para ya | STOP
stop | calla un momento alexa | STOP
stop | para para para | STOP
stop | alexa cállate que está hablando el abuelo | STOP
stop | sal de las capitales | STOP
stop | basta ya de capitales | STOP
stop | apágate alexa | STOP
stop | alexa termina | STOP
stop | para que me voy a dormir | STOP
stop | quita esto | STOP
# cancel
cancel | déjalo alexa | CANCEL
cancel | olvídalo no era nada | CANCEL
cancel | cancela eso | CANCEL
cancel | alexa no no déjalo estar | CANCEL
cancel | nada nada olvídalo | CANCEL
cancel | cancela la pregunta | CANCEL
cancel | déjalo que ya lo miro en el móvil | CANCEL
cancel | alexa anula eso | CANCEL
cancel | bah da igual | CANCEL
cancel | no importa déjalo | CANCEL
# launch
launch | alexa abre capitales del mundo | LAUNCH
launch | alexa quiero jugar a capitales del mundo | LAUNCH
launch | abre la skill de capitales del mundo | LAUNCH
launch | alexa inicia capitales del mundo | LAUNCH
launch | alexa pon capitales del mundo para el niño | LAUNCH
# out-of-domain es-ES
out-of-domain | qué tiempo va a hacer mañana en ávila | FB
out-of-domain | pon la cope | FB
out-of-domain | alexa pon un temporizador de diez minutos para las yemas | FB
out-of-domain | a qué hora abre mercadona | FB
out-of-domain | cuánto es el cupón de la once hoy | FB
out-of-domain | quién ganó el mus en el bar | FB
out-of-domain | enciende la luz del salón | FB
out-of-domain | cuánto capital social necesito para montar una sociedad limitada | FB
out-of-domain | qué es el capital riesgo | FB
out-of-domain | quién escribió el capital | FB
out-of-domain | la capital de castilla y león cuál es | FB
out-of-domain | cuál es la capital de la alcarria | FB
out-of-domain | la capital de la provincia de ávila | FB
out-of-domain | cuál es la capital de castilla-la mancha | FB
out-of-domain | la capital de la comunidad valenciana | FB
out-of-domain | cuál era la capital del imperio austrohúngaro | FB
out-of-domain | la capital del reino de castilla | FB
out-of-domain | cuál es la capital de la tierra media | FB
out-of-domain | la capital de narnia | FB
out-of-domain | la capital del pecado capital | FB
out-of-domain | cuáles son los siete pecados capitales | FB
out-of-domain | qué significa letra capital | FB
out-of-domain | cuál es la capital de cataluña | FB
out-of-domain | la capital de siberia | FB
out-of-domain | cuál es la capital de escandinavia | FB
out-of-domain | la capital de la unión europea | FB
out-of-domain | cuál es la capital de la patagonia | FB
out-of-domain | la capital de la yugoslavia de tito | FB
out-of-domain | la capital de prusia | FB
out-of-domain | cuál es la capital de la atlántida | FB
out-of-domain | cuánto tarda el ave de madrid a sevilla | FB
out-of-domain | dime un chiste de capitales | FB
out-of-domain | cuántos habitantes tiene madrid | FB
out-of-domain | qué hora es en tokio | FB
out-of-domain | pon pasapalabra | FB
out-of-domain | añade miel a la lista de la compra | FB
out-of-domain | cuál es el río más largo de españa | FB
out-of-domain | cómo se dice capital en rumano | FB
out-of-domain | llama a mi hija | FB
out-of-domain | cuál es la capital de la moda | FB
# ---------------------------------------------------------------- es-MX
# Zacatecas: the Fresnillo silver mine, a tamborazo band, the cable car, a callejoneada
situation | alexa en la mina de fresnillo un ingeniero viene de {} cuál es la capital de allá | canadá=CA; australia=AU; sudáfrica la oficial nomás=ZA | es-MX
situation | la banda de tamborazo va a tocar en {} cuál es la capital de ese país | estados unidos=US; guatemala=GT; colombia=CO | es-MX
situation | oiga alexa en el teleférico un señor es de {} y quiero saber la capital | japón=JP; corea del sur=KR; china=CN | es-MX
subdivision | alexa cuál es la capital de zacatecas el estado | MX-ZAC | es-MX
subdivision | la capital de {} cuál es | nayarit=MX-NAY; coahuila=MX-COA; baja california=MX-BCN | es-MX
subdivision | oye alexa y la capital de {} | durango=MX-DUR; sinaloa=MX-SIN; sonora=MX-SON | es-MX
subdivision | cuál es la capital del estado de {} | aguascalientes=MX-AGU; san luis potosí=MX-SLP; jalisco=MX-JAL | es-MX
subdivision | alexa dime la capital de {} que voy pa allá | michoacán=MX-MIC; guerrero=MX-GRO; oaxaca=MX-OAX | es-MX
subdivision | la capital de {} cuál es compa | chiapas=MX-CHP; tabasco=MX-TAB; veracruz=MX-VER | es-MX
subdivision | alexa cuál es la capital de {} neta no me acuerdo | hidalgo=MX-HID; tlaxcala=MX-TLA; puebla=MX-PUE | es-MX
subdivision | me dices la capital de {} porfa | querétaro=MX-QUE; guanajuato=MX-GUA; morelos=MX-MOR | es-MX
subdivision | la capital de {} alexa | yucatán=MX-YUC; campeche=MX-CAM; quintana roo=MX-ROO | es-MX
subdivision | qué ciudad es la capital de {} | chihuahua=MX-CHH; tamaulipas=MX-TAM; nuevo león=MX-NLE | es-MX
subdivision | cuál es la capital del estado de méxico | MX-MEX | es-MX
subdivision | y la de colima | MX-COL | es-MX
subdivision | la capital de baja california sur | MX-BCS | es-MX
reverse-question | alexa tepic es capital de qué estado | CITY:Tepic | es-MX
reverse-question | saltillo de qué estado es capital | CITY:Saltillo | es-MX
reverse-question | mexicali es la capital de cuál | CITY:Mexicali | es-MX
reverse-question | de qué estado es capital chilpancingo | CITY:Chilpancingo | es-MX
reverse-question | alexa culiacán de dónde es capital | CITY:Culiacán | es-MX
# Nayarit: Tepic, San Blas shrimp, a Wixárika beadwork artisan, Sayulita surfers
situation | vendo chaquira huichola en sayulita y una gringa es de {} cuál es la capital | nueva zelanda=NZ; irlanda=IE; noruega=NO | es-MX
code-switch | alexa one of the surfers is from {} cuál es la capital | portugal=PT; francia=FR; brasil=BR | es-MX
situation | en san blas los camarones van pa {} cuál es la capital de ese país | japón=JP; vietnam=VN; tailandia=TH | es-MX
elder | mijo alexa mi comadre se fue a {} cuál es la capital | canadá=CA; españa=ES; italia=IT | es-MX
learner | alexa yo hablo wixárika poco español capital de {} dime | méxico=MX; perú=PE; ecuador=EC | es-MX
# Coahuila: Saltillo car plants, sarapes, Torreón and La Laguna, Parras wine
work | trabajo en la planta de saltillo y los jefes son de {} cuál es la capital de su país | alemania=DE; corea del sur=KR; japón=JP | es-MX
work | alexa mandamos sarapes de saltillo a {} cuál es la capital | chile=CL; argentina=AR; uruguay=UY | es-MX
situation | en la vinícola de parras un sommelier es de {} qué capital tiene | francia=FR; georgia el país de europa=GE; moldavia=MD | es-MX
teen | alexa la capital de {} güey rápido que es pa la tarea | kenia=KE; egipto=EG; nigeria=NG | es-MX
teen | no manches alexa cuál es la capital de {} | islandia=IS; groenlandia=GL; finlandia=FI | es-MX
teen | alexa bro la capital de {} | catar=QA; arabia saudita=SA; emiratos=AE | es-MX
# Baja California: Mexicali heat, La Chinesca, Ensenada wine valley, San Quintín farmworkers, Haitians in Mexicali
situation | en la chinesca de mexicali mi abuelo era de {} cuál es la capital de ahí | china=CN; taiwán=TW; corea del norte=KP | es-MX
learner | alexa mwen se ayisyen yo soy de haití cuál es la capital de {} | haití=HT; república dominicana=DO; cuba=CU | es-MX
learner | yo haitiano en mexicali aprendiendo capital de {} cómo es | brasil=BR; chile=CL; panamá=PA | es-MX
code-switch | alexa kisa kapital {} digo cuál es la capital | jamaica=JM; bahamas=BS; barbados=BB | es-MX
situation | en el valle de guadalupe un turista de {} pregunta la capital de su país jaja no sabe | suecia=SE; dinamarca=DK; países bajos=NL | es-MX
elder | alexa allá en san quintín mi compañero es mixteco y quiere saber la capital de {} | estados unidos=US; canadá=CA; honduras=HN | es-MX
# 100 mexicanos dijeron, a telesecundaria, a quinceañera, an ADO bus, a trailero
game | jugando cien mexicanos dijeron la capital de {} cuál fue | el salvador=SV; nicaragua=NI; costa rica=CR | es-MX
game | alexa a que no sabes la capital de {} | belice=BZ; honduras=HN; panamá=PA | es-MX
school | maestra de telesecundaria aquí alexa la capital de {} para los chavos | venezuela=VE; colombia=CO; ecuador=EC | es-MX
school | alexa en la tele secundaria nos preguntan la capital de {} | argelia=DZ; libia=LY; túnez=TN | es-MX
school | para la exposición de mañana cuál es la capital de {} | marruecos=MA; mauritania=MR; senegal=SN | es-MX
child | alexa yo tengo siete años cuál es la capital de {} | méxico=MX; rusia=RU; francia=FR | es-MX
child | alexa la capital de {} porfis | españa=ES; inglaterra=GB-ENG; egipto=EG | es-MX
situation | para la quinceañera cada chambelán es un país y a mí me tocó {} cuál es su capital | grecia=GR; austria=AT; hungría=HU | es-MX
situation | voy en el ado a mexicali y el de al lado es de {} cuál es la capital | argentina=AR; paraguay=PY; bolivia=BO | es-MX
work | soy trailero y llevo carga a {} cuál es la capital de ese lado | estados unidos=US; guatemala=GT; belice=BZ | es-MX
work | alexa en el oxxo me preguntaron la capital de {} y quedé mal | perú=PE; chile=CL; venezuela=VE | es-MX
leading-filler | ándale alexa la capital de {} | ruanda=RW; etiopía=ET; tanzania=TZ | es-MX
leading-filler | a ver a ver la capital de {} | uganda=UG; kenia=KE; somalia=SO | es-MX
leading-filler | órale pues la capital de {} | madagascar=MG; mozambique=MZ; zambia=ZM | es-MX
trailing-words | cuál es la capital de {} pues | angola=AO; namibia=NA; botsuana=BW | es-MX
trailing-words | la capital de {} oquey | zimbabue=ZW; malaui=MW; lesoto=LS | es-MX
polite-request | me hace el favor de decirme la capital de {} | nigeria=NG; ghana=GH; costa de marfil la oficial=CI | es-MX
hesitation | este este la capital de {} | laos=LA; birmania=MM; camboya=KH | es-MX
hesitation | mmm cuál es la eh capital de {} | indonesia=ID; malasia la oficial=MY; filipinas=PH | es-MX
self-correction | la capital de guatemala ay no de honduras | HN | es-MX
self-correction | alexa la capital de costa rica no perdón de puerto rico | PR | es-MX
self-correction | dime la capital de paraguay digo de uruguay | UY | es-MX
self-correction | la capital de nicaragua no espérate de el salvador | SV | es-MX
follow-up | y la de belice | BZ | es-MX
follow-up | y de honduras | HN | es-MX
follow-up | ah y la de panamá alexa | PA | es-MX
follow-up | órale y la de cuba | CU | es-MX
yes-no-check | la capital de estados unidos es nueva york verdad | US | es-MX
yes-no-check | alexa a poco la capital de brasil no es río | BR | es-MX
yes-no-check | la capital de colombia es bogotá sí o no | CO | es-MX
yes-no-check | neta la capital de australia es canberra | AU | es-MX
everyday-name | cuál es la capital de los estados unidos de américa | US | es-MX
everyday-name | la capital de gringolandia | US | es-MX
everyday-name | alexa la capital de la madre rusia | RU | es-MX
official-name | la capital de los estados unidos mexicanos | MX | es-MX
official-name | cuál es la capital de la república bolivariana de venezuela | VE | es-MX
official-name | la capital del estado plurinacional de bolivia | BO | es-MX
official-name | la capital de la república oriental del uruguay | UY | es-MX
plural-capitals | alexa cuáles son las capitales de bolivia pues | BO | es-MX
plural-capitals | bolivia tiene dos capitales verdad cuáles | BO | es-MX
plural-capitals | las capitales de los países bajos | NL | es-MX
plural-capitals | sudáfrica cuántas capitales tiene | ZA | es-MX
shared-name | oye y la capital de georgia cuál es | GE+US-GA | es-MX
shared-name | cuál es la capital de las islas vírgenes | VG+VI | es-MX
shared-name | las capitales de las dos coreas | KP+KR | es-MX
reverse-question | tegucigalpa es capital de qué país | CITY:Tegucigalpa | es-MX
reverse-question | alexa managua de qué país es | CITY:Managua | es-MX
reverse-question | de qué país es capital asunción | CITY:Asunción | es-MX
reverse-question | kingston de dónde es capital | CITY:Kingston | es-MX
reverse-question | la paz es capital de qué | CITY:La Paz | es-MX
territory | dime alexa cuál es la capital de {} la isla | aruba=AW; puerto rico=PR; las islas malvinas=FK | es-MX
territory | cuál es la capital de {} que sale en el mapa | la guayana francesa=GF; groenlandia=GL; la polinesia francesa=PF | es-MX
subdivision | la capital de {} en estados unidos | texas=US-TX; california=US-CA; arizona=US-AZ | es-MX
subdivision | alexa cuál es la capital de {} allá en el otro lado | nuevo méxico=US-NM; illinois=US-IL; nevada=US-NV | es-MX
subdivision | la capital de {} en canadá | ontario=CA-ON; quebec=CA-QC; columbia británica=CA-BC | es-MX
# help, stop, cancel, launch es-MX
help | alexa cómo le hago para preguntar capitales | HELP | es-MX
help | qué onda cómo funciona esta cosa | HELP | es-MX
help | ayúdame porfa no sé qué decir | HELP | es-MX
help | qué le puedo preguntar a capitales del mundo | HELP | es-MX
help | oye alexa y esto cómo se juega | HELP | es-MX
help | dame las instrucciones | HELP | es-MX
help | no le entiendo a esto ayuda | HELP | es-MX
help | alexa qué hago ahora | HELP | es-MX
help | explícale a mi abuelita cómo se usa | HELP | es-MX
help | cuáles son los comandos | HELP | es-MX
stop | ya párale alexa | STOP | es-MX
stop | ya cállate | STOP | es-MX
stop | alexa ya estuvo | STOP | es-MX
stop | detente | STOP | es-MX
stop | alexa ya no quiero jugar sal | STOP | es-MX
stop | salte de capitales | STOP | es-MX
stop | ya bájale alexa | STOP | es-MX
stop | alto alexa | STOP | es-MX
stop | ya no más | STOP | es-MX
stop | termina el juego | STOP | es-MX
cancel | olvídalo alexa | CANCEL | es-MX
cancel | ya no déjalo así | CANCEL | es-MX
cancel | cancela porfa | CANCEL | es-MX
cancel | nel olvídalo | CANCEL | es-MX
cancel | no nada ahí muere | CANCEL | es-MX
cancel | alexa cancela lo que te pedí | CANCEL | es-MX
cancel | ya no importa | CANCEL | es-MX
cancel | mejor no olvídalo | CANCEL | es-MX
cancel | cancélalo | CANCEL | es-MX
cancel | no ya equis déjalo | CANCEL | es-MX
launch | alexa abre capitales del mundo porfa | LAUNCH | es-MX
launch | alexa ábreme el juego de capitales del mundo | LAUNCH | es-MX
launch | alexa empieza capitales del mundo | LAUNCH | es-MX
launch | alexa pon capitales del mundo pa los niños | LAUNCH | es-MX
# out-of-domain es-MX
out-of-domain | cuál es la capital mundial de la plata | FB | es-MX
out-of-domain | la capital de la laguna | FB | es-MX
out-of-domain | cuál es la capital del sarape | FB | es-MX
out-of-domain | la capital de la riviera nayarit | FB | es-MX
out-of-domain | cuál es la capital de la chinesca | FB | es-MX
out-of-domain | cuál es la capital de aztlán | FB | es-MX
out-of-domain | la capital del imperio azteca | FB | es-MX
out-of-domain | cuál es la capital del vino en méxico | FB | es-MX
out-of-domain | la capital de la huasteca | FB | es-MX
out-of-domain | cuál es la capital de wakanda | FB | es-MX
out-of-domain | la capital de la región lagunera | FB | es-MX
out-of-domain | cuál es la capital de centroamérica | FB | es-MX
out-of-domain | la capital de la gran colombia | FB | es-MX
out-of-domain | cuál era la capital de la nueva galicia | FB | es-MX
out-of-domain | qué temperatura hace en mexicali | FB | es-MX
out-of-domain | pon música de tamborazo | FB | es-MX
out-of-domain | a cómo está el dólar | FB | es-MX
out-of-domain | cuánto cuesta el ado a tepic | FB | es-MX
out-of-domain | a qué hora juegan los santos de torreón | FB | es-MX
out-of-domain | pon una alarma a las cinco | FB | es-MX
out-of-domain | cuéntame un chiste de pepito | FB | es-MX
out-of-domain | cómo se hace la birria | FB | es-MX
out-of-domain | apaga la tele | FB | es-MX
out-of-domain | cuánto capital necesito pa abrir un oxxo | FB | es-MX
out-of-domain | qué significa capital humano | FB | es-MX
out-of-domain | llámale a mi mamá | FB | es-MX
out-of-domain | cuántos estados tiene méxico | FB | es-MX
out-of-domain | quién fue el primer presidente de méxico | FB | es-MX
out-of-domain | dónde queda el consulado de haití en mexicali | FB | es-MX
out-of-domain | cuál es la capital de gotham | FB | es-MX
out-of-domain | la capital del mundo maya | FB | es-MX
out-of-domain | cuánto mide el cerro de la bufa | FB | es-MX
out-of-domain | cuál es la capital de la vaquita marina | FB | es-MX
out-of-domain | la capital de la comarca lagunera | FB | es-MX
# ---------------------------------------------------------------- es-US
# Rio Grande Valley: McAllen, Brownsville, Harlingen ("troca", "parquear", "la marketa", "ahorita")
situation | alexa ahorita en la marketa de mcallen una señora es de {} cuál es la capital | honduras=HN; el salvador=SV; guatemala=GT | es-US
situation | estoy parqueando la troca en brownsville y mi primo pregunta la capital de {} | texas=US-TX; luisiana=US-LA; oklahoma=US-OK | es-US
code-switch | alexa what's la capital de {} that my kid needs it for school | texas=US-TX; florida=US-FL; nueva york=US-NY | es-US
code-switch | hey alexa dime la capital de {} real quick | california=US-CA; washington el estado=US-WA; oregón=US-OR | es-US
subdivision | la capital de {} cuál es mija | alabama=US-AL; alaska=US-AK; arkansas=US-AR | es-US
subdivision | alexa cuál es la capital del estado de {} | colorado=US-CO; connecticut=US-CT; delaware=US-DE | es-US
subdivision | dime la capital de {} | georgia el estado=US-GA; hawái=US-HI; idaho=US-ID | es-US
subdivision | cuál es la capital de {} para el test de ciudadanía | indiana=US-IN; iowa=US-IA; kansas=US-KS | es-US
subdivision | alexa la capital de {} please | kentucky=US-KY; maine=US-ME; maryland=US-MD | es-US
subdivision | la capital de {} cuál era | massachusetts=US-MA; míchigan=US-MI; minnesota=US-MN | es-US
subdivision | qué ciudad es la capital del estado de {} | misisipi=US-MS; misuri=US-MO; montana=US-MT | es-US
subdivision | alexa y la capital de {} | nebraska=US-NE; nuevo hampshire=US-NH; nueva jersey=US-NJ | es-US
subdivision | cuál es la capital de {} que vamos de viaje | carolina del norte=US-NC; dakota del norte=US-ND; ohio=US-OH | es-US
subdivision | la capital de {} alexa dime | pensilvania=US-PA; rhode island=US-RI; carolina del sur=US-SC | es-US
subdivision | me dices la capital de {} | dakota del sur=US-SD; tennessee=US-TN; utah=US-UT | es-US
subdivision | alexa cuál es la capital de {} que trabajé allá | vermont=US-VT; virginia=US-VA; virginia del oeste=US-WV | es-US
subdivision | y la capital de {} cuál es | wisconsin=US-WI; wyoming=US-WY; illinois=US-IL | es-US
subdivision | la capital de {} mija pregúntale a alexa | arizona=US-AZ; nevada=US-NV; nuevo méxico=US-NM | es-US
# El Paso and Ciudad Juárez commuters, Tucson
situation | cruzo el puente de juárez a el paso todos los días y un compañero es de {} cuál es la capital | venezuela=VE; cuba=CU; república dominicana=DO | es-US
elder | alexa mi suegra de tucson quiere saber la capital de {} | españa=ES; portugal=PT; italia=IT | es-US
# Yakima apple orchards, Oregon vineyards
work | en las manzanas de yakima un mayordomo es de {} cuál es su capital | guatemala=GT; honduras=HN; méxico=MX | es-US
work | alexa en la pizca de uva en oregón un señor me dijo que la capital de {} es bonita cuál es | perú=PE; chile=CL; argentina=AR | es-US
# Chicago Pilsen and Little Village: paleteros, a taquería, a Polish neighbour
situation | soy paletero en la villita y un cliente es de {} cuál es la capital de su país | polonia=PL; ucrania=UA; lituania=LT | es-US
code-switch | alexa my neighbor is from {} y quiere que le diga la capital | irlanda=IE; grecia=GR; rumanía=RO | es-US
teen | alexa bro la capital de {} for real | corea del sur=KR; japón=JP; filipinas=PH | es-US
teen | literally alexa cuál es la capital de {} | islandia=IS; noruega=NO; suecia=SE | es-US
teen | ok alexa la capital de {} tipo rápido | nigeria=NG; ghana=GH; kenia=KE | es-US
# Worthington Minnesota meatpacking, Oklahoma City, Killeen army families
work | en la planta de worthington hay gente de {} cuál es la capital de allá | laos=LA; etiopía=ET; somalia=SO | es-US
work | trabajo con karen en la planta y son de {} cuál es la capital | myanmar=MM; tailandia=TH; camboya=KH | es-US
situation | mi esposo está en fort hood y lo mandan a {} cuál es la capital | alemania=DE; corea del sur=KR; kuwait=KW | es-US
situation | alexa mi hijo está en la army en {} y quiero saber la capital | japón=JP; italia=IT; polonia=PL | es-US
elder | alexa en oklahoma city mi vecino es de {} cuál es la capital | vietnam=VN; nigeria=NG; camerún=CM | es-US
# Citizenship class, Head Start, a heritage-language college class, a nursing shift
school | en la clase de ciudadanía preguntan la capital de los estados unidos | US | es-US
school | alexa cuál es la capital de los estados unidos de américa para el examen de ciudadanía | US | es-US
school | soy maestra de head start y los niños quieren saber la capital de {} | méxico=MX; canadá=CA; brasil=BR | es-US
school | alexa en mi clase de spanish for heritage speakers nos pidieron la capital de {} | argentina=AR; bolivia la oficial=BO; cuba=CU | es-US
work | soy enfermera en el turno de noche y una paciente es de {} cuál es la capital | haití=HT; jamaica=JM; trinidad y tobago=TT | es-US
work | alexa mi paciente habla de {} cuál es la capital de ese país | pakistán=PK; bangladés=BD; india=IN | es-US
child | alexa yo estoy en kínder cuál es la capital de {} | texas=US-TX; méxico=MX; china=CN | es-US
child | alexa my teacher says la capital de {} es difícil cuál es | kazajistán=KZ; uzbekistán=UZ; azerbaiyán=AZ | es-US
# a quinceañera DJ, a Spanish-language church, a border radio dedication
situation | soy dj de quinceañeras y la familia es de {} cuál es la capital | ecuador=EC; colombia=CO; perú=PE | es-US
situation | en la iglesia el padre es de {} cuál es la capital de su país | nigeria otra vez no de uganda=UG; filipinas=PH; irlanda=IE | es-US
situation | alexa en el programa de radio un señor manda saludos a {} cuál es la capital | nicaragua=NI; costa rica=CR; panamá=PA | es-US
leading-filler | okay so alexa la capital de {} | egipto=EG; israel=IL; jordania=JO | es-US
leading-filler | alexa mira la capital de {} | líbano=LB; siria=SY; irak=IQ | es-US
leading-filler | pues alexa la capital de {} | irán=IR; afganistán=AF; turquía=TR | es-US
trailing-words | la capital de {} thank you | francia=FR; bélgica=BE; suiza=CH | es-US
trailing-words | la capital de {} y ya | austria=AT; hungría=HU; chequia=CZ | es-US
trailing-words | cuál es la capital de {} ok | croacia=HR; serbia=RS; bosnia=BA | es-US
polite-request | alexa por favor me puedes decir la capital de {} | australia=AU; nueva zelanda=NZ; fiyi=FJ | es-US
polite-request | si eres tan amable la capital de {} | papúa nueva guinea=PG; islas salomón=SB; vanuatu=VU | es-US
hesitation | uh la capital de {} cómo se llama | samoa=WS; tonga=TO; tuvalu=TV | es-US
hesitation | alexa eh eh la capital de {} | kiribati=KI; nauru=NR; palaos=PW | es-US
hesitation | cuál es la um capital de {} | micronesia=FM; islas marshall=MH; timor oriental=TL | es-US
self-correction | la capital de dakota del norte no del sur | US-SD | es-US
self-correction | alexa la capital de virginia no de virginia occidental | US-WV | es-US
self-correction | la capital de iowa wait no de ohio | US-OH | es-US
self-correction | dime la capital de kansas no perdón de kentucky | US-KY | es-US
follow-up | y la de nuevo méxico | US-NM | es-US
follow-up | and la de colorado | US-CO | es-US
follow-up | y de utah | US-UT | es-US
follow-up | y la de arizona alexa | US-AZ | es-US
yes-no-check | la capital de texas es houston verdad | US-TX | es-US
yes-no-check | alexa la capital de california es los ángeles or not | US-CA | es-US
yes-no-check | es verdad que la capital de florida es tallahassee | US-FL | es-US
yes-no-check | la capital de nueva york no es la ciudad de nueva york | US-NY | es-US
yes-no-check | la capital de illinois es chicago | US-IL | es-US
reverse-question | alexa de qué estado es capital sacramento | CITY:Sacramento | es-US
reverse-question | austin es capital de qué | CITY:Austin | es-US
reverse-question | de dónde es capital boise | CITY:Boise | es-US
reverse-question | alexa olympia es la capital de qué estado | CITY:Olympia | es-US
reverse-question | springfield es capital de cuál estado | CITY:Springfield | es-US
reverse-question | de qué país es capital santo domingo | CITY:Santo Domingo | es-US
official-name | la capital de la república de honduras | HN | es-US
official-name | cuál es la capital de la mancomunidad de las bahamas | BS | es-US
official-name | la capital de la república dominicana | DO | es-US
official-name | alexa la capital de la mancomunidad de puerto rico | PR | es-US
everyday-name | la capital de la isla del encanto | PR | es-US
everyday-name | alexa la capital de quisqueya | DO | es-US
everyday-name | cuál es la capital de catrachilandia | HN | es-US
everyday-name | la capital de guanaco landia | SV | es-US
shared-name | la capital de georgia | GE+US-GA | es-US
shared-name | alexa cuál es la capital de georgia donde está atlanta | US-GA | es-US
shared-name | la capital de washington | US-WA | es-US
shared-name | alexa la capital de las islas vírgenes | VG+VI | es-US
plural-capitals | cuáles son las capitales de sri lanka | LK | es-US
plural-capitals | alexa malasia tiene dos capitales cuáles | MY | es-US
plural-capitals | las capitales de benín please | BJ | es-US
plural-capitals | cuáles son las dos capitales de costa de marfil | CI | es-US
plural-capitals | alexa las capitales de esuatini | SZ | es-US
plural-capitals | palestina tiene dos capitales cuáles son | PS | es-US
territory | la capital de {} que es territorio americano | guam=GU; samoa americana=AS; las islas marianas del norte=MP | es-US
territory | alexa cuál es la capital de {} | las islas vírgenes estadounidenses=VI; las islas vírgenes británicas=VG; anguila=AI | es-US
territory | dime la capital de {} que mi cuñado trabaja ahí | las islas turcas y caicos=TC; montserrat=MS; sint maarten=SX | es-US
subdivision | la capital de la provincia de {} en canadá | alberta=CA-AB; manitoba=CA-MB; saskatchewan=CA-SK | es-US
subdivision | alexa la capital de {} del canadá | nueva escocia=CA-NS; nuevo brunswick=CA-NB; terranova=CA-NL | es-US
subdivision | cuál es la capital de {} | la isla del príncipe eduardo=CA-PE; yukón=CA-YT; nunavut=CA-NU | es-US
subdivision | la capital de los territorios del noroeste | CA-NT | es-US
# help, stop, cancel, launch es-US
help | alexa help cómo funciona | HELP | es-US
help | qué puedo preguntarte de las capitales | HELP | es-US
help | necesito ayuda please | HELP | es-US
help | cómo juego esto alexa | HELP | es-US
help | i need help con las capitales | HELP | es-US
help | alexa no entiendo cómo se usa esto | HELP | es-US
help | qué tengo que decir | HELP | es-US
help | dime cómo preguntarte | HELP | es-US
help | ayuda alexa | HELP | es-US
help | alexa what can i say en español | HELP | es-US
stop | stop alexa | STOP | es-US
stop | alexa stop ya | STOP | es-US
stop | ya para | STOP | es-US
stop | alexa shut up | STOP | es-US
stop | cállate ya por favor | STOP | es-US
stop | quit | STOP | es-US
stop | sal de aquí alexa | STOP | es-US
stop | alexa termina ya | STOP | es-US
stop | ya ya ya para | STOP | es-US
stop | apaga esto | STOP | es-US
cancel | never mind alexa | CANCEL | es-US
cancel | forget it | CANCEL | es-US
cancel | cancel | CANCEL | es-US
cancel | olvídalo please | CANCEL | es-US
cancel | no nevermind déjalo | CANCEL | es-US
cancel | alexa cancela eso | CANCEL | es-US
cancel | ya no quiero nada olvídalo | CANCEL | es-US
cancel | cancela la pregunta alexa | CANCEL | es-US
cancel | no olvida lo que te dije | CANCEL | es-US
cancel | ay déjalo así | CANCEL | es-US
launch | alexa open capitales del mundo | LAUNCH | es-US
launch | alexa abre capitales del mundo please | LAUNCH | es-US
launch | alexa quiero jugar capitales del mundo | LAUNCH | es-US
launch | alexa start capitales del mundo | LAUNCH | es-US
# out-of-domain es-US
out-of-domain | cuál es la capital del valle | FB | es-US
out-of-domain | la capital del tex-mex | FB | es-US
out-of-domain | cuál es la capital de la manzana | FB | es-US
out-of-domain | la capital del condado de hidalgo | FB | es-US
out-of-domain | cuál es la capital del medio oeste | FB | es-US
out-of-domain | la capital de la confederación | FB | es-US
out-of-domain | cuál es la capital de la nación navajo | FB | es-US
out-of-domain | la capital de los estados unidos de latinoamérica | FB | es-US
out-of-domain | cuál es la capital de la luna | FB | es-US
out-of-domain | la capital de marte | FB | es-US
out-of-domain | cuál es la capital de asgard | FB | es-US
out-of-domain | la capital de pandora | FB | es-US
out-of-domain | qué es capital gains | FB | es-US
out-of-domain | qué es capital one | FB | es-US
out-of-domain | cuánto cobra capital one de interés | FB | es-US
out-of-domain | qué tiempo hace en mcallen | FB | es-US
out-of-domain | pon música de selena | FB | es-US
out-of-domain | cuánto cuesta cruzar el puente | FB | es-US
out-of-domain | cuándo es el examen de ciudadanía | FB | es-US
out-of-domain | quién es el presidente de estados unidos | FB | es-US
out-of-domain | cuántas preguntas tiene el test de ciudadanía | FB | es-US
out-of-domain | prende la luz de la cocina | FB | es-US
out-of-domain | pon una alarma a las cuatro y media | FB | es-US
out-of-domain | qué hora es en manila | FB | es-US
out-of-domain | llama a mi hermana | FB | es-US
out-of-domain | cuál es la capital de la comida | FB | es-US
out-of-domain | cuál es la capital de la frontera | FB | es-US
out-of-domain | la capital de cibola | FB | es-US
out-of-domain | la capital de el dorado | FB | es-US
out-of-domain | cuál es la capital de la isla de pascua | FB | es-US
out-of-domain | cómo se dice troca en inglés | FB | es-US
out-of-domain | cuál es el mejor taco de pilsen | FB | es-US
out-of-domain | pon los bukis | FB | es-US
out-of-domain | qué es una letra mayúscula o capital letter | FB | es-US
out-of-domain | cuál es la capital del aguacate | FB | es-US
# ---------------------------------------------------------------- es-ES, second batch
# more Caribbean, Africa and Pacific for the wedding, the agency and the quiz
situation | la mesa de los primos de la boda es la capital de {} y nadie sabe cuál es | antigua y barbuda=AG; san cristóbal y nieves=KN; san vicente y las granadinas=VC | es-ES
work | tengo un cliente que quiere un safari en {} cuál es la capital para el vuelo | la república democrática del congo=CD; el congo de brazzaville=CG; las comoras=KM | es-ES
game | alexa en el trivial la pregunta era la capital de {} y hemos dicho kinsasa | congo kinsasa=CD; zaire=CD; la república del congo=CG | es-ES
everyday-name | la capital de la antigua zaire | CD | es-ES
reverse-question | kinsasa es capital de qué país | CITY:Kinshasa | es-ES
reverse-question | alexa brazzaville de qué país es capital | CITY:Brazzaville | es-ES
reverse-question | de qué país es la capital moroni | CITY:Moroni | es-ES
# Ávila and Guadalajara grandparents with grandchildren
elder | alexa mi nieta me pregunta la capital de {} y yo ya no me acuerdo de nada | australia meridional=AU-SA; tasmania=AU-TAS; queensland=AU-QLD | es-ES
subdivision | la capital del estado australiano de {} | nueva gales del sur=AU-NSW; victoria=AU-VIC; australia occidental=AU-WA | es-ES
subdivision | y la del territorio del norte de australia | AU-NT | es-ES
subdivision | alexa la capital del territorio de la capital australiana | AU-ACT | es-ES
subdivision | de los länder alemanes cuál es la capital de {} | brandeburgo=DE-BB; sajonia-anhalt=DE-ST; schleswig-holstein=DE-SH | es-ES
subdivision | alexa la capital de mecklemburgo-pomerania occidental que no hay quien lo diga | DE-MV | es-ES
subdivision | como estado federado cuál es la capital de {} | hamburgo=DE-HH; bremen=DE-HB; berlín=DE-BE | es-ES
# French overseas places for a Guadalajara teacher who worked in France
territory | trabajé de profesora en francia y tengo alumnos de {} cuál es su capital | la reunión=RE; mayotte=YT; nueva caledonia=NC | es-ES
territory | alexa la capital de {} que es francesa | wallis y futuna=WF; san pedro y miquelón=PM; san bartolomé=BL | es-ES
territory | cuál es la capital de la parte francesa de {} | san martín=MF | es-ES
territory | alexa el sáhara occidental tiene capital cuál es | EH | es-ES
territory | la capital de {} que salen en los documentales | las islas aland=AX; svalbard=SJ; las islas pitcairn=PN | es-ES
territory | mi abuelo fue marino y paró en {} cuál es la capital | santa elena=SH; la isla de navidad=CX; la isla norfolk=NF | es-ES
# Spaniards abroad, second round
code-switch | alexa i'm in london y mi flatmate es de {} cuál es la capital | sri lanka=LK; bangladés=BD; zimbabue=ZW | es-ES
code-switch | alexa wie heißt la capital de {} que me lo pregunta mi jefe | dinamarca=DK; países bajos el de amsterdam=NL; luxemburgo=LU | es-ES
learner | alexa soy inglés aprendo español what is la capital de {} en español | escocia=GB-SCT; gales=GB-WLS; irlanda del norte=GB-NIR | es-ES
# Pasapalabra and the pub quiz, second round
game | contiene la erre la capital de {} | eritrea=ER; ruanda=RW; siria=SY | es-ES
game | alexa a que no sabes la capital de {} que te gano | tuvalu=TV; nauru=NR; kiribati=KI | es-ES
hesitation | la capital de eh cómo se llama el país ese de las pirámides egipto | EG | es-ES
hesitation | alexa la capital de de de hungría | HU | es-ES
hesitation | pues la capital de mm jamaica creo | JM | es-ES
hesitation | cuál es la capital de este de kenia | KE | es-ES
self-correction | la capital de dominica bueno la república dominicana | DO | es-ES
self-correction | alexa la capital de austria no de hungría sí de hungría | HU | es-ES
self-correction | dime la capital de gambia perdona de zambia | ZM | es-ES
self-correction | la capital de mali no mauritania | MR | es-ES
follow-up | y la de senegal | SN | es-ES
follow-up | vale y la de guinea ecuatorial | GQ | es-ES
follow-up | oye y la de cabo verde | CV | es-ES
follow-up | y la capital de gabón entonces | GA | es-ES
yes-no-check | la capital de nigeria es lagos no | NG | es-ES
yes-no-check | alexa la capital de tanzania es dar es salaam verdad | TZ | es-ES
yes-no-check | es la haya la capital de holanda | NL | es-ES
yes-no-check | alexa seguro que la capital de kazajistán es astaná | KZ | es-ES
official-name | cuál es la capital de la república de sudáfrica | ZA | es-ES
official-name | la capital de la república popular china | CN | es-ES
official-name | alexa la capital de la federación de rusia | RU | es-ES
official-name | la capital del reino de los países bajos | NL | es-ES
official-name | la capital de la república árabe de egipto | EG | es-ES
everyday-name | la capital de rusia la de putin | RU | es-ES
everyday-name | la capital de persia | IR | es-ES
everyday-name | alexa la capital de siam | TH | es-ES
everyday-name | la capital de ceilán | LK | es-ES
shared-name | la capital de las coreas | KP+KR | es-ES
shared-name | cuál es la capital de los dos congos | CD+CG | es-ES
plural-capitals | alexa dime todas las capitales de bolivia | BO | es-ES
plural-capitals | cuáles son las capitales de holanda la oficial y la del gobierno | NL | es-ES
# help, stop, cancel, launch es-ES second batch
help | alexa explícame las reglas del juego de las capitales | HELP | es-ES
help | no sé cómo se juega a esto me ayudas | HELP | es-ES
help | qué preguntas puedo hacerte sobre países | HELP | es-ES
help | a ver cómo va esto de las capitales | HELP | es-ES
help | alexa instrucciones de capitales del mundo | HELP | es-ES
stop | alexa se acabó ya por hoy | STOP | es-ES
stop | para ya de hablar que me estás mareando | STOP | es-ES
stop | vale ya alexa para | STOP | es-ES
stop | alexa cierra el juego de las capitales | STOP | es-ES
stop | sal del juego que vamos a cenar | STOP | es-ES
stop | alexa calla que viene el autobús | STOP | es-ES
stop | no quiero más capitales para | STOP | es-ES
cancel | déjalo que me he liado | CANCEL | es-ES
cancel | alexa olvida esa pregunta | CANCEL | es-ES
cancel | uy no cancela cancela | CANCEL | es-ES
cancel | nada alexa que me he equivocado déjalo | CANCEL | es-ES
cancel | anula lo último | CANCEL | es-ES
cancel | alexa no era eso olvídalo | CANCEL | es-ES
launch | alexa abre el juego de capitales del mundo que quiere jugar la abuela | LAUNCH | es-ES
launch | alexa vamos a jugar a capitales del mundo | LAUNCH | es-ES
launch | alexa arranca capitales del mundo | LAUNCH | es-ES
launch | alexa empieza capitales del mundo por favor | LAUNCH | es-ES
# out-of-domain es-ES second batch
out-of-domain | cuál es la capital de la provincia de guadalajara | FB | es-ES
out-of-domain | la capital de la sierra de gredos | FB | es-ES
out-of-domain | cuál es la capital de castilla la vieja | FB | es-ES
out-of-domain | la capital del califato de córdoba | FB | es-ES
out-of-domain | cuál es la capital de la miel | FB | es-ES
out-of-domain | la capital de las yemas | FB | es-ES
out-of-domain | la capital del imperio romano de oriente | FB | es-ES
out-of-domain | cuál era la capital de la unión soviética | FB | es-ES
out-of-domain | la capital de mordor | FB | es-ES
out-of-domain | cuál es la capital de la comarca de los hobbits | FB | es-ES
out-of-domain | la capital de laponia | FB | es-ES
out-of-domain | cuál es la capital de baleares | FB | es-ES
out-of-domain | la capital de los balcanes | FB | es-ES
out-of-domain | cuál es la capital de europa | FB | es-ES
out-of-domain | cuánto cuesta el billete de autobús a madrid | FB | es-ES
out-of-domain | a qué hora juega el real madrid | FB | es-ES
out-of-domain | pon la radio nacional | FB | es-ES
out-of-domain | qué es una pena capital | FB | es-ES
out-of-domain | cómo se escribe capital con mayúscula | FB | es-ES
out-of-domain | cuántas letras tiene el rosco de pasapalabra | FB | es-ES
# ---------------------------------------------------------------- es-MX, second batch
# Brazil and India for the Saltillo plant's foreign engineers, Caribbean for a Mexicali Haitian church
work | en la planta de saltillo hay ingenieros de brasil alexa cuál es la capital de {} | são paulo el estado=BR-SP; minas gerais=BR-MG; paraná=BR-PR | es-MX
subdivision | alexa la capital del estado brasileño de {} | río grande del sur=BR-RS; santa catarina=BR-SC; pernambuco=BR-PE | es-MX
subdivision | cuál es la capital de {} en brasil | bahía=BR-BA; ceará=BR-CE; amazonas=BR-AM | es-MX
subdivision | la capital de {} de brasil cuál es oiga | goiás=BR-GO; pará=BR-PA; mato grosso=BR-MT | es-MX
work | mi supervisor es de la india de {} cuál es la capital de su estado | kerala=IN-KL; tamil nadu=IN-TN; karnataka=IN-KA | es-MX
subdivision | alexa en la india cuál es la capital de {} | maharastra=IN-MH; guyarat=IN-GJ; rajastán=IN-RJ | es-MX
subdivision | la capital del estado indio de {} | bengala occidental=IN-WB; uttar pradesh=IN-UP; telangana=IN-TS | es-MX
situation | en la iglesia haitiana de mexicali rezamos por {} cuál es su capital | san vicente y las granadinas=VC; antigua y barbuda=AG; san cristóbal y nieves=KN | es-MX
learner | alexa yo haitiano mi amigo va a trabajar en {} capital cuál | la república democrática del congo=CD; congo brazzaville=CG; comoras=KM | es-MX
# a Torreón grandmother, a Zacatecas callejoneada, a Nayarit fisherman
elder | ay alexa mi nieto anda de mochilero por {} cuál es la capital de ahí | indonesia=ID; nepal=NP; sri lanka=LK | es-MX
situation | en la callejoneada de zacatecas vienen turistas de {} cuál es su capital | noruega=NO; bélgica=BE; austria=AT | es-MX
situation | alexa soy pescador de san blas y un barco de {} anda por aquí cuál es la capital | china=CN; corea del sur=KR; taiwán=TW | es-MX
teen | alexa qué onda cuál es la capital de {} que viene en el examen de mañana | albania=AL; macedonia del norte=MK; kosovo=XK | es-MX
teen | chale alexa no me sé la capital de {} | bielorrusia=BY; lituania=LT; letonia=LV | es-MX
child | alexa mi hermanito pregunta cuál es la capital de {} | uruguay=UY; argentina=AR; chile=CL | es-MX
game | en el juego de basta me salió la capital de {} | yemen=YE; jordania=JO; omán=OM | es-MX
game | alexa para el basta capital con la te de {} | túnez=TN; tailandia=TH; tayikistán=TJ | es-MX
hesitation | alexa la capital de este cómo se llama ghana | GH | es-MX
hesitation | eh eh eh cuál es la capital de cuba | CU | es-MX
hesitation | la capital de mmm de pakistán | PK | es-MX
self-correction | la capital de chile no perdón de perú | PE | es-MX
self-correction | alexa la capital de zacatecas no digo de durango | MX-DUR | es-MX
self-correction | la capital de coahuila no no de nayarit | MX-NAY | es-MX
follow-up | y la de nayarit | MX-NAY | es-MX
follow-up | órale y de sinaloa | MX-SIN | es-MX
follow-up | y la de sonora entonces | MX-SON | es-MX
follow-up | ah y la de zacatecas | MX-ZAC | es-MX
yes-no-check | la capital de coahuila es torreón verdad | MX-COA | es-MX
yes-no-check | alexa la capital de baja california es tijuana o mexicali | MX-BCN | es-MX
yes-no-check | a poco la capital de nayarit es tepic | MX-NAY | es-MX
yes-no-check | la capital de veracruz es el puerto de veracruz sí | MX-VER | es-MX
yes-no-check | neta la capital de canadá es ottawa y no toronto | CA | es-MX
out-of-domain | la capital de la tierra del sarape | FB | es-MX
everyday-name | la capital de la perla tapatía o sea de jalisco | MX-JAL | es-MX
everyday-name | cuál es la capital de los gabachos | US | es-MX
official-name | la capital del estado libre y soberano de zacatecas | MX-ZAC | es-MX
official-name | la capital del estado de coahuila de zaragoza | MX-COA | es-MX
official-name | la capital de la república de guatemala | GT | es-MX
official-name | cuál es la capital de la república de cuba | CU | es-MX
reverse-question | alexa zacatecas es capital de qué estado | CITY:Zacatecas | es-MX
reverse-question | de qué estado es capital hermosillo | CITY:Hermosillo | es-MX
reverse-question | alexa tegucigalpa no mejor dime de qué país es capital belmopan | CITY:Belmopan | es-MX
plural-capitals | alexa cuáles son las capitales de sudáfrica la administrativa y las otras | ZA | es-MX
plural-capitals | cuáles son las capitales de malasia pues | MY | es-MX
plural-capitals | las capitales de sri lanka cuáles son | LK | es-MX
shared-name | la capital del congo ese de áfrica | CD+CG | es-MX
territory | alexa la capital de {} que es de inglaterra | las islas caimán=KY; las bermudas=BM; las islas malvinas=FK | es-MX
territory | cuál es la capital de {} en el caribe holandés | curazao=CW; aruba=AW; bonaire=BQ | es-MX
# help, stop, cancel, launch es-MX second batch
help | alexa ayúdame con esto de las capitales que no le sé | HELP | es-MX
help | cómo se juega capitales del mundo | HELP | es-MX
help | qué tengo que decirte pa que me digas una capital | HELP | es-MX
help | alexa pásame la ayuda | HELP | es-MX
help | oye no sé usar esto me explicas | HELP | es-MX
stop | ya alexa ya fue | STOP | es-MX
stop | alexa párale que ya me voy a dormir | STOP | es-MX
stop | ya cállate alexa que está la novela | STOP | es-MX
stop | sal del juego porfa | STOP | es-MX
stop | ya estuvo de capitales alexa | STOP | es-MX
stop | alexa apágate ya | STOP | es-MX
stop | ya no quiero seguir sal | STOP | es-MX
cancel | ya no alexa olvídalo no era nada | CANCEL | es-MX
cancel | no cancela eso que me equivoqué | CANCEL | es-MX
cancel | alexa déjalo así mejor | CANCEL | es-MX
cancel | olvida lo que te pregunté | CANCEL | es-MX
cancel | no pos mejor no olvídalo | CANCEL | es-MX
cancel | alexa cancela cancela | CANCEL | es-MX
launch | alexa abre capitales del mundo que vamos a estudiar | LAUNCH | es-MX
launch | alexa quiero jugar capitales del mundo con mi hijo | LAUNCH | es-MX
launch | alexa inicia el juego capitales del mundo | LAUNCH | es-MX
# out-of-domain es-MX second batch
out-of-domain | cuál es la capital de la huasteca potosina | FB | es-MX
out-of-domain | la capital del valle de guadalupe | FB | es-MX
out-of-domain | cuál es la capital de ensenada | FB | es-MX
out-of-domain | la capital de la sierra madre | FB | es-MX
out-of-domain | cuál es la capital del narco | FB | es-MX
out-of-domain | la capital del reino de tonalá | FB | es-MX
out-of-domain | cuál es la capital de mesoamérica | FB | es-MX
out-of-domain | la capital de latinoamérica | FB | es-MX
out-of-domain | cuál es la capital de tenochtitlan | FB | es-MX
out-of-domain | la capital de springfield de los simpson | FB | es-MX
out-of-domain | cuál es la capital de la chilanga banda | FB | es-MX
out-of-domain | a qué hora cierra el oxxo | FB | es-MX
out-of-domain | cuánto falta para la quinceañera | FB | es-MX
out-of-domain | pon corridos tumbados | FB | es-MX
out-of-domain | qué es capital de trabajo | FB | es-MX
out-of-domain | cuánto está el kilo de tortilla | FB | es-MX
out-of-domain | quién ganó cien mexicanos dijeron ayer | FB | es-MX
out-of-domain | cuál es el cerro más alto de zacatecas | FB | es-MX
# ---------------------------------------------------------------- es-US, second batch
# a Brownsville shrimp boat, a Laredo customs broker, an El Paso call center
work | soy agente aduanal en laredo y la carga va para {} cuál es la capital | antigua y barbuda=AG; san cristóbal y nieves=KN; san vicente y las granadinas=VC | es-US
work | alexa en el call center de el paso me llamó alguien de {} cuál es su capital | las comoras=KM; congo=CD+CG; la república democrática del congo=CD | es-US
situation | en el barco camaronero de brownsville trabaja un muchacho de {} cuál es la capital | honduras=HN; belice=BZ; la república del congo=CG | es-US
# Chicago and Worthington, second round
elder | alexa mi vecina polaca de chicago pregunta la capital de {} | eslovaquia=SK; eslovenia=SI; croacia=HR | es-US
work | en la planta de worthington hay un muchacho de {} cuál es la capital de allá | sudán del sur=SS; eritrea=ER; yibuti=DJ | es-US
code-switch | alexa mi coworker is from {} y no sé la capital | armenia=AM; georgia the country=GE; ucrania=UA | es-US
code-switch | alexa how do you say la capital de {} en español | alemania=DE; suiza=CH; austria=AT | es-US
teen | alexa la capital de {} lol | mónaco=MC; liechtenstein=LI; san marino=SM | es-US
teen | bruh alexa cuál es la capital de {} | andorra=AD; malta=MT; chipre=CY | es-US
child | alexa mi abuelita dice que la capital de {} es bonita cuál es | puerto rico=PR; cuba=CU; jamaica=JM | es-US
school | alexa para el project de social studies la capital de {} | mongolia=MN; kirguistán=KG; turkmenistán=TM | es-US
school | en el ged me preguntaron la capital de {} | brunéi=BN; singapur=SG; timor-leste=TL | es-US
# Fort Hood army families, second round, and Hawaii, Alaska, Guam postings
situation | alexa a mi hijo lo mandan a {} cuál es la capital | hawái=US-HI; alaska=US-AK; guam=GU | es-US
situation | mi esposo estuvo en {} con la army cuál era la capital | irak=IQ; afganistán=AF; catar=QA | es-US
hesitation | alexa la capital de uh cómo se dice luisiana | US-LA | es-US
hesitation | la capital de um missouri misuri | US-MO | es-US
hesitation | eh la capital de kansas creo | US-KS | es-US
self-correction | la capital de arizona no nuevo méxico | US-NM | es-US
self-correction | alexa la capital de carolina del sur digo del norte | US-NC | es-US
self-correction | dime la capital de montana o sea de wyoming | US-WY | es-US
follow-up | y la de oklahoma | US-OK | es-US
follow-up | y la de arkansas alexa | US-AR | es-US
follow-up | and la de luisiana | US-LA | es-US
yes-no-check | alexa la capital de washington es seattle right | US-WA | es-US
yes-no-check | la capital de nevada es las vegas o no | US-NV | es-US
yes-no-check | es verdad que la capital de michigan no es detroit | US-MI | es-US
yes-no-check | la capital de pensilvania es filadelfia | US-PA | es-US
official-name | la capital de la república de el salvador | SV | es-US
official-name | alexa la capital de la república federativa de brasil | BR | es-US
official-name | cuál es la capital de la república de colombia | CO | es-US
everyday-name | la capital de los catrachos | HN | es-US
everyday-name | alexa cuál es la capital de borinquen | PR | es-US
everyday-name | la capital de la tierra de lincoln | US-IL | es-US
reverse-question | alexa de qué estado es capital harrisburg | CITY:Harrisburg | es-US
reverse-question | tallahassee es capital de qué estado | CITY:Tallahassee | es-US
reverse-question | de dónde es la capital phoenix | CITY:Phoenix | es-US
reverse-question | alexa san salvador es capital de qué país | CITY:San Salvador | es-US
plural-capitals | alexa cuáles son las capitales de bolivia for my homework | BO | es-US
plural-capitals | las capitales de sudáfrica cuáles son las tres | ZA | es-US
plural-capitals | netherlands tiene dos capitales cuáles | NL | es-US
shared-name | cuál es la capital de corea | KP+KR | es-US
territory | alexa la capital de {} que mi tío vive ahí | puerto rico=PR; las islas vírgenes de estados unidos=VI; la samoa americana=AS | es-US
territory | cuál es la capital de {} que vi en un documental | las islas cook=CK; niue=NU; tokelau=TK | es-US
territory | alexa la capital de {} pa la tarea de mi hija | la polinesia francesa=PF; las islas georgias del sur=GS; las islas chagos=IO | es-US
# help, stop, cancel, launch es-US second batch
help | alexa how does this work en español | HELP | es-US
help | qué puedo decirle a capitales del mundo | HELP | es-US
help | alexa help me con este juego | HELP | es-US
help | explícale a mi mamá cómo se usa esto | HELP | es-US
help | no sé qué preguntar alexa ayúdame | HELP | es-US
stop | alexa stop the game ya | STOP | es-US
stop | ya párale que ya me voy al trabajo | STOP | es-US
stop | alexa exit | STOP | es-US
stop | cállate alexa que estoy en el teléfono | STOP | es-US
stop | alexa ya sal del juego | STOP | es-US
stop | ok alexa stop please | STOP | es-US
stop | ya no más capitales alexa | STOP | es-US
cancel | alexa nah never mind | CANCEL | es-US
cancel | no forget it alexa | CANCEL | es-US
cancel | cancel that alexa | CANCEL | es-US
cancel | olvídalo mijo ya no | CANCEL | es-US
cancel | alexa cancela eso please | CANCEL | es-US
cancel | no no never mind déjalo | CANCEL | es-US
launch | alexa open capitales del mundo please | LAUNCH | es-US
launch | alexa abre el juego capitales del mundo para mi hija | LAUNCH | es-US
launch | alexa let's play capitales del mundo | LAUNCH | es-US
# out-of-domain es-US second batch
out-of-domain | cuál es la capital del río grande | FB | es-US
out-of-domain | la capital del condado de cameron | FB | es-US
out-of-domain | cuál es la capital de la nación apache | FB | es-US
out-of-domain | la capital de la villita | FB | es-US
out-of-domain | cuál es la capital de chicagoland | FB | es-US
out-of-domain | la capital de la república del río grande | FB | es-US
out-of-domain | cuál es la capital del imperio inca | FB | es-US
out-of-domain | la capital de hawai antes de los americanos | FB | es-US
out-of-domain | cuál es la capital de los estados confederados | FB | es-US
out-of-domain | la capital de la tierra de oz | FB | es-US
out-of-domain | cuál es la capital de tatooine | FB | es-US
out-of-domain | cuánto cuesta un money order | FB | es-US
out-of-domain | dónde renuevo la licencia de manejar | FB | es-US
out-of-domain | pon música de ramón ayala | FB | es-US
out-of-domain | qué es working capital | FB | es-US
out-of-domain | cuánto paga la pizca de manzana | FB | es-US
out-of-domain | a qué hora cierra el walmart | FB | es-US
out-of-domain | pon la alarma para las cinco de la mañana | FB | es-US
out-of-domain | cuál es el número de la migra | FB | es-US
"""

if __name__ == "__main__":
    build_round(40, "es", LINES, sys.argv, "tests/Eval/es/round40/source/build_corpus.py")
