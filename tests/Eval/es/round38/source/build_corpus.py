"""Round 38, Spanish (es-ES, es-MX, es-US): a new author's mix of speakers and situations, written blind (brief
WRITER47.md).

Written at the start of the forty-first session by the corpus47-es helper, without the voice model, the simulator, the
skill's code or earlier rounds' halves. Speakers and situations, chosen to differ from round 37 (Basque Country,
Almería, Huelva, Córdoba, Salamanca, Segovia, Teruel, Madrid; Yucatán, Oaxaca, Chiapas, Guanajuato, Aguascalientes,
Cancún, Mexico City, Durango; Guatemalans, Dominicans, Venezuelans, Puerto Ricans and Mexicans in the places it names):

es-ES: Galicia (the Vigo fishing port, a Santiago pilgrims' hostel, the Lugo cattle fair, an Ourense grandmother;
Galician code-switching: "home", "neno", "carallo", "meu", "boh", "oíches"), Asturias and Cantabria (a Gijón cider
house, a Picos de Europa refuge, a Santander surf school, a retired miner: "ho", "guaje", "ye"), Canarias (a Tenerife
banana plantation, a guagua driver, the Vegueta market: "chacho", "mi niño", "fuerte"), Murcia and Cartagena (a lemon
orchard, the naval base, a university residence: "acho", "pijo", "zagal"), Valencia (a Fallas casal, an orange
warehouse, a Chinese bazaar owner: Valencian "xe", "bon dia", "nano"), Catalonia (a Pakistani taxi driver in Barcelona,
a Tarragona chemical plant, a Sant Jordi book stall: "ostres", "doncs", "va"), Navarra, La Rioja and Burgos (San
Fermín, a Haro cellar, the Atapuerca dig, a trucker on the A-1), Extremadura (Mérida's Roman theatre, the Portuguese
border: "ea"), the Balearics (a Palma hotel housekeeper, an Ibiza club worker: "uep", "idò"), Ceuta and Melilla (Darija
code-switching: "wallah", "safi", "yalla", "khoya", "hamdulillah"), Ukrainian, Romanian and Filipino learners, an
American English teacher, Pasapalabra, crosswords, a pub quiz, a call centre.

es-MX: Monterrey (a steel plant, a Sunday carne asada, a Tec dorm, Rayados fans: "qué onda", "ira", "fierro"), Sinaloa
and Sonora (a Mazatlán shrimp boat, a banda rehearsal, a Hermosillo maquila, a rancher: "arre", "plebe", "compa"),
Jalisco (a Tequila distillery, mariachis, a Tlaquepaque potter: "qué tranza", "ya ni la amuelas"), Puebla and Tlaxcala
(a Talavera workshop, mole for a wedding, the Volkswagen plant: "ay nanita", "no inventes"), Veracruz and Tabasco (a
Coatzacoalcos refinery, a cacao farm: "mano", "ajá", "ora sí"), Michoacán and Guerrero (a Paracho guitar maker, the
monarch sanctuary, a Taxco silversmith: "ándele"), Querétaro, Hidalgo and San Luis Potosí (an aerospace plant, a
Pachuca paste bakery, a Nahuatl-speaking grandmother: "niltze", "tlazohcamati"), Chihuahua (a Mennonite cheese seller
learning Spanish, a Juárez maquila, the Copper Canyon train), Tijuana and Ensenada (English switching), a
telesecundaria, basta and lotería games.

es-US: Cubans in Hialeah and Little Havana ("asere", "qué volá", "chico", "mi vida"), Salvadorans and Hondurans in
Houston, the DC suburbs and New Orleans ("vaya pues", "cipote", "chivo", "maje", "catracho"), Colombians in Queens,
Peruvians in Paterson, Ecuadorians in Newark ("parce", "qué más pues", "causa", "pata", "ñaño", "bacano"), Mexicans in
Chicago, Milwaukee and Minneapolis ("no manches", "la neta", "órale"), Texas and Arizona (a Phoenix landscaper, a
Laredo trucker, a Pasadena refinery, Tex-Mex switching), the Pacific Northwest and Alaska (Wenatchee orchards, a
salmon cannery, Mixtec-speaking pickers), English-dominant heritage speakers (a Bronx middle school, a nurse in Los
Angeles, an Uber driver in Atlanta, a Navy recruit), citizenship-interview practice, an ESL night class, Sunday school.

Every line was written by hand as one utterance; the only generated lines are the at most three fills of a frame
(each frame said once).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# ---------------------------------------------------------------- es-ES
# Galicia: the Vigo fishing port, a Coruña tapas bar, a Santiago pilgrims' hostel, a Lugo cattle fair, a grandmother in Ourense (Galician code-switching: "home", "neno", "carallo", "meu", "boh", "oíches")
code-switch | ei alexa dime a capital de {} | portugal=PT; polonia=PL; noruega=NO
code-switch | home alexa cal é a capital de {} | irlanda=IE; dinamarca=DK; islandia=IS
situation | estamos descargando el barco en el puerto de vigo y el patrón pregunta la capital {} | de mauritania=MR; de namibia=NA; de senegal=SN
situation | el marinero nuevo es de {} y dice que no sabemos su capital cuál es | cabo verde=CV; ghana=GH; perú=PE
situation | en el albergue de santiago un peregrino es de {} cuál es la capital de allí | corea del sur=KR; hungría=HU; eslovaquia=SK
elder | neno a abuela quere saber a capital de {} que alí estuvo o avó | venezuela=VE; argentina=AR; uruguay=UY
elder | meu fillo marchou a {} e non sei como se chama a capital | suiza=CH; brasil=BR; méxico=MX
leading-filler | carallo alexa la capital de {} cuál era | libia=LY; túnez=TN; argelia=DZ
yes-no-check | boh la capital de escocia es edimburgo ou non | GB-SCT
yes-no-check | oíches alexa a capital de gales é cardiff verdade | GB-WLS
self-correction | la capital de eslovenia non espera de estonia home | EE
follow-up | e a de lituania | LT
follow-up | y la de letonia ho | LV
situation | na feira de lugo o tratante di que a capital de {} e non sei | moldavia=MD; bielorrusia=BY; ucrania=UA
# Asturias and Cantabria: a cider house in Gijón, a Picos de Europa mountain refuge, a Santander surf school, a retired miner in Mieres ("ho", "guaje", "ye", "prestar", "nun")
leading-filler | ho alexa cuála ye la capital de {} | kazajistán=KZ; kirguistán=KG; tayikistán=TJ
situation | en la sidrería echando un culín y el camarero pregunta la capital de {} | turkmenistán=TM; uzbekistán=UZ; mongolia=MN
elder | yo bajé a la mina cuarenta años guaje dime la capital de {} | polonia la de los mineros=PL; chequia=CZ; rumanía=RO
situation | en el refugio de los picos sin cobertura casi dime la capital de {} | nepal=NP; bután=BT; afganistán=AF
teen | en la escuela de surf de santander un guiri de {} no sé su capital | australia=AU; nueva zelanda=NZ; sudáfrica=ZA
child | mamá dice que me preguntes la capital de {} para el cole | canadá=CA; estados unidos=US; japón=JP
everyday-name | la capital de holanda ye ámsterdam nun | NL
plural-capitals | cuáles son las capitales de los países bajos ho que dicen que hay dos | NL
yes-no-check | la capital de nueva zelanda ye wellington o auckland | NZ
# Canarias: a Las Palmas fruit market, a Tenerife banana plantation, a guagua driver, a Lanzarote hotel with German guests ("chacho", "mi niño", "fuerte", "ustedes")
leading-filler | chacho alexa cuál es la capital de {} mi niño | marruecos=MA; el sáhara occidental=EH; mauritania la de al lado=MR
situation | en la platanera de tenerife el capataz es de {} cuál es su capital | venezuela el de los canarios=VE; cuba=CU; colombia=CO
situation | manejando la guagua para el aeropuerto un pasajero me pregunta la capital {} | de guinea ecuatorial=GQ; de gambia=GM; de guinea bisáu=GW
code-switch | en el hotel de lanzarote un alemán dice bitte alexa la capital de austria | AT
situation | en el mercado de vegueta la señora de las papas quiere la capital {} | de islandia=IS; de groenlandia=GL; de las islas feroe=FO
yes-no-check | fuerte la capital de canarias no sale ni la de marruecos es casablanca o rabat | MA
self-correction | la capital de guinea no mi niño de guinea ecuatorial | GQ
follow-up | y la de santo tomé y príncipe chacho | ST
# Murcia and Cartagena: a lemon orchard, a Cartagena naval base, a Murcia university residence ("acho", "pijo", "zagal", "pos")
leading-filler | acho alexa la capital de {} | sri lanka zagal=LK; birmania=MM; laos=LA
plural-capitals | acho pijo cuántas capitales tiene sri lanka dime todas | LK
situation | recogiendo limones en la huerta el encargado me pregunta la capital de {} | ecuador=EC; bolivia la oficial=BO; paraguay=PY
situation | en la base naval de cartagena un marinero de {} quiere saber la capital | italia=IT; grecia=GR; malta=MT
teen | zagal en la resi de la uni de murcia jugamos a capitales la de {} | yibuti=DJ; eritrea=ER; somalia=SO
yes-no-check | pos la capital de turquía es estambul verdad acho | TR
# Valencia and Castellón: a Fallas casal, a paella competition in Sueca, an orange warehouse, a Chinese bazaar owner in Benimaclet ("xe", "bon dia", "collons", "nano", "vale")
code-switch | xe alexa quina és la capital de {} | bèlgica=BE; àustria=AT; luxemburg=LU
code-switch | bon dia alexa em dius la capital de {} per favor | suècia=SE; finlàndia=FI; hongria=HU
situation | en el casal fallero estamos con el concurso y toca la capital de {} | filipinas=PH; indonesia=ID; malasia=MY
plural-capitals | nano cuáles son las capitales de malasia que una es kuala lumpur y la otra no me acuerdo | MY
learner | yo tienda china en benimaclet mi hijo pregunta capital de {} | taiwán=TW; singapur=SG; corea del norte=KP
learner | capital de china es pekín o beijing no sé cómo se dice en español | CN
situation | en la nave de naranjas el camionero viene de {} cuál es la capital | lituania=LT; letonia=LV; estonia=EE
reverse-question | collons alexa valletta de qué país es la capital | CITY:La Valeta
# Catalonia: a Barcelona taxi driver from Pakistan, a Girona rock climber, a Tarragona chemical plant shift, a Sant Jordi book stall ("home", "doncs", "va", "ostres")
code-switch | ostres alexa quina és la capital de {} | dinamarca=DK; irlanda=IE; escòcia=GB-SCT
learner | yo taxista en barcelona de pakistán mi cliente pregunta capital de {} | bangladés=BD; pakistán=PK; la india=IN
situation | en el turno de noche de la planta química de tarragona dime la capital de {} | catar=QA; baréin=BH; kuwait=KW
situation | en la parada de sant jordi un cliente pregunta la capital {} | de irlanda del norte=GB-NIR; de inglaterra=GB-ENG; de gales=GB-WLS
subdivision | doncs la capital de {} quina és | baviera=DE-BY; sajonia=DE-SN; renania del norte westfalia=DE-NW
hesitation | eh va alexa la capital de eh de {} | jordania=JO; líbano=LB; siria=SY
# Navarra, La Rioja and Burgos: San Fermín, a Haro wine cellar, the Atapuerca dig, a long-haul trucker on the A1
situation | en san fermín un guiri de {} no sabe ni dónde está su capital | australia occidental=AU-WA; nueva gales del sur=AU-NSW; queensland=AU-QLD
situation | en la bodega de haro un importador de {} nos pregunta la capital | japón=JP; china=CN; vietnam=VN
situation | en la excavación de atapuerca un arqueólogo de {} y no sé su capital | etiopía=ET; kenia=KE; tanzania=TZ
situation | voy con el camión por la a uno dime la capital de {} | alemania=DE; francia=FR; bélgica=BE
yes-no-check | la capital de tanzania es dar es salaam o dodoma que siempre me lío | TZ
self-correction | la capital de austria digo de australia | AU
# Extremadura: a Cáceres cork worker, a Mérida Roman-theatre guide, a Badajoz family near the Portuguese border ("acho", "ea", "chacho")
elder | ea pues dime tú la capital de {} que yo no fui a la escuela | marruecos=MA; egipto=EG; israel=IL
situation | en el teatro romano de mérida el guía nos pregunta la capital de {} | croacia=HR; serbia=RS; montenegro=ME
situation | aquí en la raya con portugal dime la capital de {} | angola=AO; mozambique=MZ; guinea bisáu=GW
reverse-question | maputo es la capital de dónde | CITY:Maputo
# Balearics: a Palma hotel housekeeper, a Menorca shoe factory, an Ibiza club worker ("al·lot", "idò", "uep")
code-switch | uep alexa quina és sa capital de {} | xipre=CY; grècia=GR; turquia=TR
situation | limpiando habitaciones en el hotel de palma un cliente de {} pregunta su capital | rusia=RU; kazajistán el señor=KZ; georgia el país=GE
teen | idò tío en ibiza currando en la disco uno de {} y yo sin saber la capital | brasil=BR; argentina=AR; chile=CL
situation | en la fábrica de menorca nos llega un pedido de {} cuál es la capital | estados unidos=US; canadá=CA; méxico=MX
# Ceuta and Melilla: Darija code-switching, a border porter, a schoolteacher ("wallah", "safi", "hamdulillah", "yalla", "khoya")
code-switch | wallah alexa cuál es la capital de {} | argelia=DZ; túnez=TN; libia=LY
code-switch | safi safi y la capital de {} khoya | sudán=SD; sudán del sur=SS; chad=TD
code-switch | yalla alexa la capital de {} rápido | mauritania=MR; mali=ML; níger=NE
situation | en el colegio de melilla la maestra pregunta la capital {} | de emiratos árabes unidos=AE; de arabia saudí=SA; de omán=OM
plural-capitals | hamdulillah y palestina cuáles son sus capitales | PS
reverse-question | rabat de qué país es capital khoya | CITY:Rabat
# Ukrainian refugees and Romanian workers learning Spanish in Castellón and Alicante; Filipino home carers in Madrid's north; Americans teaching English in Alicante
learner | por favor capital de {} yo soy de allí quiero aprender como se dice | ucrania=UA; moldavia=MD; rumanía=RO
learner | alexa como se llama capital de {} en español por favor | bulgaria=BG; serbia=RS; macedonia del norte=MK
learner | señora pregunta me la capital de {} yo no sabe | filipinas=PH; timor oriental=TL; papúa nueva guinea=PG
code-switch | okay alexa what is la capital de {} | albania=AL; kosovo=XK; bosnia=BA
learner | yo estoy profesora de inglés en alicante la capital de {} es | irlanda=IE; escocia=GB-SCT; gales=GB-WLS
# Pub quizzes, Pasapalabra at home, crosswords, a driving-school break, a call centre
situation | estamos viendo pasapalabra y la pregunta es la capital de {} | azerbaiyán=AZ; armenia=AM; kirguistán=KG
situation | en el crucigrama pone capital de {} con seis letras | nigeria=NG; níger=NE; benín la oficial=BJ
situation | en el quiz del pub de los jueves nos falta la capital de {} | surinam=SR; guyana=GY; belice=BZ
situation | en el descanso de la autoescuela apostamos la capital de {} | islas salomón=SB; vanuatu=VU; fiyi=FJ
situation | en el call center un cliente llama desde {} y quiere saber la capital | honduras=HN; el salvador=SV; nicaragua=NI
trailing-words | la capital de {} y ya está | tonga=TO; samoa=WS; tuvalu=TV
trailing-words | la capital de {} venga que tengo prisa | kiribati=KI; nauru=NR; palaos=PW
trailing-words | la capital de {} porfa gracias | micronesia=FM; islas marshall=MH; brunéi=BN
polite-request | me harías el favor de decirme la capital de {} | mónaco=MC; andorra=AD; san marino=SM
polite-request | cuando puedas me dices la capital de {} | liechtenstein=LI; luxemburgo=LU; el vaticano=VA
direct | capital {} | de seychelles=SC; de mauricio=MU; de maldivas=MV
direct | {} capital | comoras=KM; madagascar=MG; malaui=MW
# Official names, everyday names, shared names (es-ES)
official-name | la capital de la república helénica | GR
official-name | la capital de la confederación suiza | CH
official-name | la capital del reino de marruecos | MA
official-name | la capital de la república checa la de antes | CZ
official-name | la capital del gran ducado de luxemburgo | LU
official-name | la capital de la república federal de alemania | DE
official-name | la capital de la república de turquía o türkiye como le dicen ahora | TR
everyday-name | la capital de inglaterra la de toda la vida | GB-ENG
everyday-name | la capital de birmania que ahora se llama de otra forma | MM
everyday-name | la capital de costa de marfil | CI
everyday-name | la capital de rusia la de putin vamos | RU
everyday-name | la capital de los emiratos | AE
shared-name | la capital de georgia a secas | GE+US-GA
shared-name | la capital del congo sin más | CD+CG
shared-name | la capital de corea que no sé cuál | KP+KR
shared-name | la capital de las islas vírgenes las del caribe que hay dos | VG+VI
subdivision | la capital de {} en australia | tasmania=AU-TAS; victoria=AU-VIC; australia meridional=AU-SA
subdivision | la capital de {} en canadá | ontario=CA-ON; quebec la provincia=CA-QC; alberta=CA-AB
subdivision | la capital del estado de {} en alemania | hesse=DE-HE; turingia=DE-TH; brandeburgo=DE-BB
territory | la capital de {} la colonia | gibraltar=GI; las islas malvinas=FK; bermudas=BM
territory | la capital de {} la isla | guernesey=GG; jersey=JE; la isla de man=IM
plural-capitals | cuáles son las tres capitales de sudáfrica | ZA
plural-capitals | bolivia tiene dos capitales verdad cuáles son | BO
plural-capitals | las capitales de costa de marfil | CI
plural-capitals | qué capitales tiene benín | BJ
plural-capitals | las dos capitales de esuatini el antiguo suazilandia | SZ
reverse-question | de dónde es capital liubliana | CITY:Liubliana
reverse-question | bratislava es capital de qué país | CITY:Bratislava
reverse-question | tiflis de qué es capital | CITY:Tiflis
reverse-question | ulán bator de qué país | CITY:Ulán Bator
help | carallo isto como funciona | HELP
help | ho alexa qué se le pue preguntar a esto | HELP
help | chacho y esto para qué sirve mi niño | HELP
help | acho cómo va esto del juego de las capitales | HELP
help | xe com funciona açò | HELP
help | no entiendo nada qué tengo que decir | HELP
help | ayúdame un poco que me he perdido | HELP
help | qué cosas sabes hacer con las capitales | HELP
help | explícame cómo se juega porfa | HELP
help | necesito ayuda con esto de las capitales | HELP
help | la abuela dice que le expliques cómo preguntar | HELP
stop | para ya carallo | STOP
stop | calla ho | STOP
stop | chacho cállate ya | STOP
stop | acho para | STOP
stop | prou alexa | STOP
stop | silencio que está durmiendo el crío | STOP
stop | basta ya de capitales | STOP
stop | sal de aquí alexa | STOP
stop | apágate | STOP
stop | para para para | STOP
cancel | déjalo neno | CANCEL
cancel | olvídalo ho | CANCEL
cancel | nada nada mi niño déjalo | CANCEL
cancel | cancela eso acho | CANCEL
cancel | no res alexa déjalo estar | CANCEL
cancel | mejor no olvida lo que te he dicho | CANCEL
cancel | anula la pregunta | CANCEL
cancel | da igual no importa | CANCEL
cancel | nada que me he equivocado cancela | CANCEL
cancel | ya no hace falta | CANCEL
launch | alexa abre capitales del mundo | LAUNCH
launch | ho abre lo de las capitales del mundo | LAUNCH
launch | alexa pon capitales del mundo mi niño | LAUNCH
launch | inicia capitales del mundo por favor | LAUNCH
launch | alexa quiero jugar a capitales del mundo | LAUNCH
out-of-domain | qué tiempo va a hacer mañana en vigo | FB
out-of-domain | cuándo sube la marea en la ría | FB
out-of-domain | pon muñeira de chantada | FB
out-of-domain | cómo se escancia la sidra | FB
out-of-domain | a qué hora juega el sporting | FB
out-of-domain | cuándo sale la guagua para maspalomas | FB
out-of-domain | qué hora es en canarias | FB
out-of-domain | pon la radio de cope murcia | FB
out-of-domain | cuál es la capital de la huerta murciana | FB
out-of-domain | cuál es la capital de la comarca de la safor | FB
out-of-domain | la capital del reino de valencia cuál era | FB
out-of-domain | cuál es la capital de la corona de aragón | FB
out-of-domain | cuál era la capital de al ándalus | FB
out-of-domain | la capital del imperio romano de oriente | FB
out-of-domain | la capital de poniente de juego de tronos | FB
out-of-domain | la capital de mordor | FB
out-of-domain | cuál es la capital de la tierra media | FB
out-of-domain | cuál es la capital de galicia | FB
out-of-domain | la capital de asturias cuál es | FB
out-of-domain | cuál es la capital de cataluña | FB
out-of-domain | la capital de la rioja | FB
out-of-domain | cuál es la capital de extremadura | FB
out-of-domain | la capital de la provincia de cáceres | FB
out-of-domain | cuál es la capital de cerdeña | FB
out-of-domain | la capital de sicilia | FB
out-of-domain | cuál es la capital de normandía | FB
out-of-domain | la capital de la patagonia | FB
out-of-domain | la capital de siberia | FB
out-of-domain | qué es el capital social de una empresa | FB
out-of-domain | cómo se escribe capital con mayúscula | FB
out-of-domain | qué es un pecado capital | FB
out-of-domain | cuántos son los pecados capitales | FB
out-of-domain | pon una alarma a las seis | FB
out-of-domain | apaga la luz del salón | FB
out-of-domain | cuánto es quince por cuarenta | FB
out-of-domain | cuéntame un chiste de gallegos | FB
out-of-domain | quién ganó la liga el año pasado | FB
out-of-domain | pon rosalía | FB
out-of-domain | cuántos habitantes tiene madrid | FB
out-of-domain | qué idioma se habla en suiza | FB
out-of-domain | qué moneda usan en polonia | FB
out-of-domain | cuál es el río más largo de españa | FB
out-of-domain | qué significa morriña | FB
out-of-domain | traduce gracias al alemán | FB
out-of-domain | cuántos kilómetros hay de murcia a cartagena | FB
out-of-domain | a qué hora cierra el mercadona | FB
# ---------------------------------------------------------------- es-MX
# Monterrey and Nuevo León: a steel plant shift, a carne asada on Sunday, a Tec de Monterrey dorm, the Rayados stadium ("qué onda", "ira", "fierro", "wey", "ándale")
leading-filler | qué onda alexa cuál es la capital de {} | corea del sur=KR; japón=JP; china=CN | es-MX
situation | en la acería nos mandan acero a {} y el ingeniero pregunta la capital | alemania=DE; corea del sur=KR; italia=IT | es-MX
situation | en la carne asada del domingo el compadre apuesta la capital de {} | canadá=CA; australia=AU; nueva zelanda=NZ | es-MX
teen | ira wey en el dormitorio del tec jugamos basta y nos tocó la capital de {} | burkina faso=BF; burundi=BI; ruanda=RW | es-MX
situation | afuera del estadio de rayados un aficionado de {} pregunta su capital | costa rica=CR; panamá=PA; honduras=HN | es-MX
subdivision | fierro alexa cuál es la capital de {} | nuevo león=MX-NLE; coahuila=MX-COA; tamaulipas=MX-TAM | es-MX
yes-no-check | oye la capital de tamaulipas es reynosa o no | MX-TAM | es-MX
self-correction | la capital de coahuila es torreón no espera nomás dime la capital | MX-COA | es-MX
# Sinaloa and Sonora: a Culiacán banda rehearsal, a Mazatlán shrimp boat, a Hermosillo maquila, a Sonoran rancher ("plebe", "arre", "bichi", "compa", "viejo")
leading-filler | arre plebe alexa la capital de {} | sinaloa=MX-SIN; sonora=MX-SON; nayarit=MX-NAY | es-MX
situation | en el barco camaronero de mazatlán el capitán pregunta la capital de {} | baja california sur=MX-BCS; baja california=MX-BCN; durango=MX-DUR | es-MX
situation | en el ensayo de la banda el tubero dice que la capital de {} es fácil cuál es | chihuahua=MX-CHH; zacatecas=MX-ZAC; jalisco=MX-JAL | es-MX
elder | mire viejo yo crie ganado toda la vida dígame la capital de {} | arizona=US-AZ; nuevo méxico=US-NM; texas=US-TX | es-MX
situation | en la maquila de hermosillo el gerente gringo es de {} cuál es su capital | michigan=US-MI; ohio=US-OH; indiana=US-IN | es-MX
yes-no-check | compa la capital de baja california es tijuana verdad | MX-BCN | es-MX
follow-up | y la de sonora viejo | MX-SON | es-MX
# Guadalajara and Jalisco: a tequila distillery in Tequila, a mariachi at the Plaza de los Mariachis, Chivas fans, a Tlaquepaque potter ("ta bueno", "ya ni la amuelas", "qué tranza")
situation | en la destilería un turista de {} pregunta cuál es su capital | irlanda=IE; escocia=GB-SCT; dinamarca=DK | es-MX
situation | cantando en la plaza de los mariachis un señor de {} nos apuesta su capital | colombia=CO; perú=PE; venezuela=VE | es-MX
teen | qué tranza alexa la tarea dice la capital de {} | uganda=UG; zambia=ZM; zimbabue=ZW | es-MX
elder | yo hago jarros en tlaquepaque desde chamaco dígame la capital de {} | españa=ES; portugal=PT; francia=FR | es-MX
yes-no-check | ya ni la amuelas alexa la capital de jalisco es guadalajara o zapopan | MX-JAL | es-MX
# Puebla and Tlaxcala: a Talavera workshop, a mole kitchen before a wedding, a Volkswagen plant, a Cholula student ("fíjese", "ay nanita", "no inventes")
situation | en el taller de talavera un cliente de {} pregunta la capital | países bajos=NL; bélgica=BE; luxemburgo=LU | es-MX
situation | moliendo el mole para la boda mi tía quiere saber la capital de {} | puebla=MX-PUE; tlaxcala=MX-TLA; hidalgo=MX-HID | es-MX
situation | en la planta de la volkswagen el técnico viene de {} cuál es la capital | baja sajonia=DE-NI; sajonia anhalt=DE-ST; baden wurtemberg=DE-BW | es-MX
teen | no inventes alexa en cholula me preguntaron la capital de {} | eslovenia=SI; croacia=HR; bosnia y herzegovina=BA | es-MX
everyday-name | ay nanita cuál es la capital de alemania la de berlín o cuál | DE | es-MX
# Veracruz and Tabasco: a jarocho son at the Portal, a Coatzacoalcos refinery, a Villahermosa cacao farm ("mano", "ajá", "chamaco", "ora sí")
leading-filler | ajá mano la capital de {} | veracruz=MX-VER; tabasco=MX-TAB; campeche=MX-CAM | es-MX
situation | en la refinería de coatzacoalcos el supervisor viene de {} y no sé su capital | venezuela=VE; noruega=NO; arabia saudí=SA | es-MX
situation | en la finca de cacao un comprador de {} pregunta su capital | suiza=CH; bélgica el de los chocolates=BE; ghana=GH | es-MX
yes-no-check | ora sí dime la capital de veracruz es el puerto de veracruz verdad | MX-VER | es-MX
self-correction | la capital de tabasco es villa no perdón cuál es la capital de campeche | MX-CAM | es-MX
# Michoacán and Guerrero: a Paracho guitar maker, the monarch butterfly sanctuary, a Taxco silversmith, an Acapulco cliff diver ("pues", "oiga", "ándele")
situation | en paracho un guitarrista de {} me encargó una guitarra cuál es su capital | españa=ES; argentina=AR; paraguay=PY | es-MX
situation | en el santuario de la mariposa monarca los turistas de {} preguntan su capital | ontario=CA-ON; quebec la provincia=CA-QC; manitoba=CA-MB | es-MX
situation | en el taller de plata de taxco un cliente de {} pregunta su capital | arabia saudí=SA; israel=IL; turquía=TR | es-MX
leading-filler | ándele oiga la capital de {} | michoacán=MX-MIC; guerrero=MX-GRO; morelos=MX-MOR | es-MX
yes-no-check | la capital de guerrero es acapulco o chilpancingo | MX-GRO | es-MX
# Querétaro, Hidalgo and San Luis Potosí: a Querétaro aerospace plant, a Pachuca paste bakery, a Huasteca waterfall guide, Nahuatl-speaking grandmother ("niltze", "tlazohcamati")
situation | en la planta aeroespacial de querétaro un ingeniero de {} pregunta la capital | francia=FR; canadá=CA; estados unidos=US | es-MX
code-switch | niltze alexa la capital de {} tlazohcamati | querétaro=MX-QUE; san luis potosí=MX-SLP; aguascalientes=MX-AGU | es-MX
elder | en la panadería de pastes de pachuca los ingleses trajeron el fútbol dime la capital de {} | inglaterra=GB-ENG | es-MX
situation | en la cascada de la huasteca un turista de {} pregunta su capital | rusia=RU; ucrania=UA; polonia=PL | es-MX
# Chihuahua and Ciudad Juárez: a Mennonite cheese seller learning Spanish, a maquila line leader, a Copper Canyon train guide, a Rarámuri runner
learner | ich bin de cuauhtémoc yo vendo queso cuál es capital de {} bitte | alemania=DE; países bajos=NL; belice=BZ | es-MX
situation | en la línea de la maquila de juárez la supervisora es de {} cuál es la capital | el paso texas=US-TX; nuevo méxico=US-NM; colorado=US-CO | es-MX
situation | en el tren de las barrancas un turista de {} pregunta la capital | japón=JP; tailandia=TH; camboya=KH | es-MX
# Students, teachers and families: a telesecundaria, a CCH student in Naucalpan, a UNAM geography exam, a Toluca family game night, a Lotería night in Zacatecas
school | maestra dice la capital de {} para el examen de geografía | turkmenistán=TM; kazajistán=KZ; uzbekistán=UZ | es-MX
school | en la telesecundaria nos pusieron la capital de {} | el salvador=SV; guatemala=GT; nicaragua=NI | es-MX
child | alexa mi mamá dice que me digas la capital de {} porfa | estado de méxico=MX-MEX; quintana roo=MX-ROO; yucatán=MX-YUC | es-MX
situation | jugando basta en toluca nos tocó la letra {} y la capital de ese país | ce de chad=TD; eme de mali=ML; ene de nepal=NP | es-MX
situation | en la noche de lotería en zacatecas apostamos la capital de {} | haití=HT; jamaica=JM; república dominicana=DO | es-MX
# Tijuana border and Baja: a customs broker, a Ensenada wine tour, a Rosarito surfer switching to English
code-switch | bro alexa what's the capital of {} digo la capital de | canada=CA; australia=AU; new zealand=NZ | es-MX
code-switch | en la aduana me pregunta el broker la capital de {} like right now | california=US-CA; nevada=US-NV; utah=US-UT | es-MX
situation | en el tour de vinos de ensenada unos de {} preguntan la capital | chile=CL; argentina=AR; sudáfrica la de los vinos=ZA | es-MX
# Official and everyday names, territories, reverse and plural (es-MX)
official-name | la capital de los estados unidos mexicanos | MX | es-MX
official-name | la capital de la república bolivariana de venezuela | VE | es-MX
official-name | la capital de la república oriental del uruguay | UY | es-MX
official-name | la capital del estado plurinacional de bolivia | BO | es-MX
official-name | la capital del estado libre y soberano de jalisco | MX-JAL | es-MX
official-name | la capital de la república islámica de irán | IR | es-MX
official-name | la capital de la república popular china | CN | es-MX
everyday-name | la capital del gabacho | US | es-MX
everyday-name | la capital de gringolandia | US | es-MX
everyday-name | la capital de la madre patria | ES | es-MX
everyday-name | la capital del tío sam | US | es-MX
everyday-name | la capital de la isla de puerto rico | PR | es-MX
shared-name | la capital de georgia nomás así | GE+US-GA | es-MX
shared-name | la capital de las coreas | KP+KR | es-MX
shared-name | cuál es la capital del congo el de áfrica | CD+CG | es-MX
plural-capitals | cuáles son las capitales de bolivia sucre y cuál otra | BO | es-MX
plural-capitals | dime las capitales de sudáfrica son como tres | ZA | es-MX
plural-capitals | las capitales de los países bajos | NL | es-MX
plural-capitals | cuáles son las dos capitales de benín | BJ | es-MX
plural-capitals | las capitales de palestina | PS | es-MX
plural-capitals | qué capitales tiene malasia | MY | es-MX
reverse-question | de qué país es capital tegucigalpa | CITY:Tegucigalpa | es-MX
reverse-question | managua es capital de dónde | CITY:Managua | es-MX
reverse-question | de qué estado es capital hermosillo | CITY:Hermosillo | es-MX
reverse-question | culiacán de qué estado es capital | CITY:Culiacán | es-MX
reverse-question | chetumal es la capital de qué estado | CITY:Chetumal | es-MX
reverse-question | de qué país es capital kingston | CITY:Kingston | es-MX
territory | la capital de {} en el caribe | las islas caimán=KY; aruba=AW; curazao=CW | es-MX
territory | la capital de {} la isla francesa | martinica=MQ; guadalupe=GP; san bartolomé=BL | es-MX
subdivision | la capital de {} en estados unidos | kansas=US-KS; nebraska=US-NE; oklahoma=US-OK | es-MX
subdivision | la capital de {} de brasil | bahía=BR-BA; pernambuco=BR-PE; minas gerais=BR-MG | es-MX
subdivision | la capital de {} en la india | kerala=IN-KL; goa=IN-GA; rajastán=IN-RJ | es-MX
direct | capital {} rápido | de lesoto=LS; de botsuana=BW; de suazilandia=SZ | es-MX
hesitation | eh este la capital de {} este | camerún=CM; gabón=GA; república centroafricana=CF | es-MX
hesitation | mmm a ver cuál es la capital de {} mmm | guinea=GN; sierra leona=SL; liberia=LR | es-MX
polite-request | me hace favor de decirme la capital de {} | togo=TG; benín=BJ; costa de marfil=CI | es-MX
trailing-words | la capital de {} y ya | república del congo=CG; república democrática del congo=CD; angola=AO | es-MX
# ---------------------------------------------------------------- es-US
# Cubans in Hialeah and Little Havana: a ventanita coffee line, dominoes at Máximo Gómez park, a Hialeah factory, a grandmother who left in 1980 ("asere", "qué volá", "chico", "mi vida", "oye")
leading-filler | asere qué volá alexa la capital de {} | rusia=RU; ucrania=UA; bielorrusia=BY | es-US
leading-filler | oye chico dime la capital de {} | vietnam=VN; laos=LA; corea del norte=KP | es-US
situation | en la ventanita del café un turista de {} pregunta la capital | suecia=SE; noruega=NO; finlandia=FI | es-US
situation | jugando dominó en el parque máximo gómez apostamos la capital de {} | angola la de los cubanos=AO; etiopía=ET; mozambique=MZ | es-US
elder | mi vida yo salí por el mariel en el ochenta dime la capital de {} | cuba=CU; panamá=PA; costa rica=CR | es-US
yes-no-check | oye la capital de jamaica es kingston o montego bay | JM | es-US
reverse-question | la habana es la capital de qué | CITY:La Habana | es-US
follow-up | y la de haití mi vida | HT | es-US
# Salvadorans and Hondurans in Houston, the DC suburbs and New Orleans: roofers, a pupusería, a drywall crew after Katrina, a church choir ("vaya pues", "cipote", "chivo", "maje", "catracho", "bicho")
leading-filler | vaya pues alexa la capital de {} | belice=BZ; guatemala=GT; el salvador=SV | es-US
situation | poniendo techos en houston el contratista pregunta la capital de {} | luisiana=US-LA; oklahoma=US-OK; arkansas=US-AR | es-US
situation | en la pupusería de silver spring un cliente de {} pregunta su capital | maryland=US-MD; virginia=US-VA; delaware=US-DE | es-US
child | el cipote quiere saber la capital de {} para la escuela | virginia occidental=US-WV; pensilvania=US-PA; nueva jersey=US-NJ | es-US
leading-filler | maje alexa la capital de {} | honduras=HN; nicaragua=NI; costa rica=CR | es-US
situation | en la cuadrilla de drywall en nueva orleans un catracho pregunta la capital de {} | misisipi=US-MS; alabama=US-AL; florida=US-FL | es-US
yes-no-check | qué chivo alexa la capital de honduras es san pedro sula o tegucigalpa | HN | es-US
self-correction | la capital de el salvador no no de guatemala quise decir | GT | es-US
situation | en el coro de la iglesia el padre es de {} cuál es la capital | irlanda=IE; polonia=PL; nigeria=NG | es-US
# Colombians in Queens and Orlando, Peruvians in Paterson, Ecuadorians in Newark ("parce", "qué más pues", "bacano", "pata", "causa", "chévere", "ñaño")
leading-filler | parce qué más pues la capital de {} | colombia=CO; ecuador=EC; perú=PE | es-US
situation | en la panadería de jackson heights apostamos con el parcero la capital de {} | bolivia la sede de gobierno=BO; paraguay=PY; uruguay=UY | es-US
leading-filler | oe causa la capital de {} | marruecos=MA; argelia=DZ; egipto=EG | es-US
situation | en el restaurante peruano de paterson el pata nuevo es de {} cuál es su capital | siria=SY; jordania=JO; turquía=TR | es-US
situation | en el taller de carros de newark el ñaño pregunta la capital de {} | nueva jersey=US-NJ; nueva york=US-NY; connecticut=US-CT | es-US
yes-no-check | bacano alexa la capital de nueva york es nueva york la ciudad o no | US-NY | es-US
yes-no-check | chévere y la capital de ecuador es guayaquil verdad | EC | es-US
follow-up | y la de chile causa | CL | es-US
# Mexicans in Chicago's Pilsen, Milwaukee and Minneapolis: a meatpacking plant, a paletería, a Little Village quinceañera, snow shovelling ("ira", "no manches", "la neta", "órale", "mi jefa")
situation | en la empacadora de carne el supervisor es de {} y no sé la capital | wisconsin=US-WI; minnesota=US-MN; iowa=US-IA | es-US
situation | en la quinceañera de la villita el dj pregunta la capital de {} | illinois=US-IL; indiana=US-IN; michigan=US-MI | es-US
teen | no manches alexa la neta cuál es la capital de {} | dakota del norte=US-ND; dakota del sur=US-SD; montana=US-MT | es-US
situation | paleando nieve en minneapolis mi jefa pregunta la capital de {} | alaska=US-AK; hawái=US-HI; maine=US-ME | es-US
yes-no-check | órale la capital de illinois es chicago verdad | US-IL | es-US
self-correction | la capital de misuri digo de misisipi | US-MS | es-US
# Texas and Arizona: a San Antonio Tejano radio call-in, a Phoenix landscaper in the heat, a Houston oil refinery, a Laredo trucker ("ándale pues", "orale vato", "mijo", "la troca")
code-switch | okay so alexa cuál es la capital de {} you know | texas=US-TX; arizona=US-AZ; nuevo méxico=US-NM | es-US
situation | cortando zacate en phoenix a cuarenta grados dime la capital de {} | nevada=US-NV; utah=US-UT; colorado=US-CO | es-US
situation | manejando la troca de laredo a {} dime la capital de ese estado | kansas=US-KS; nebraska=US-NE; wyoming=US-WY | es-US
code-switch | mijo ask alexa la capital de {} for your homework | georgia el estado=US-GA; carolina del sur=US-SC; tennessee=US-TN | es-US
situation | en la refinería de pasadena texas un ingeniero de {} pregunta la capital | kuwait=KW; irak=IQ; irán=IR | es-US
# Pacific Northwest and Alaska: Wenatchee apple orchards, an Alaska salmon cannery, a Portland daycare, Mixtec-speaking pickers learning Spanish
situation | en las huertas de manzana de wenatchee el mayordomo pregunta la capital de {} | washington el estado=US-WA; oregón=US-OR; idaho=US-ID | es-US
situation | en la enlatadora de salmón de alaska un compañero de {} quiere su capital | filipinas=PH; samoa=WS; islandia=IS | es-US
learner | yo hablo mixteco poquito español cuál es capital de {} | méxico=MX; estados unidos=US; guatemala=GT | es-US
child | en la guardería de portland la niña de {} pregunta su capital | vietnam=VN; somalia=SO; etiopía=ET | es-US
# Heritage speakers and English-dominant kids: a Bronx middle school, a nursing shift in LA, an Uber driver in Atlanta, a Navy recruit from San Diego ("like", "wait", "so", "my mom says")
code-switch | wait alexa cuál es the capital of {} | egypt=EG; kenya=KE; ghana=GH | es-US
code-switch | so like la capital de {} cuál es | brazil=BR; argentina=AR; peru=PE | es-US
teen | my mom says que le pregunte la capital de {} | república dominicana=DO; puerto rico=PR; cuba=CU | es-US
situation | en el turno de enfermería en los ángeles una paciente de {} me pregunta la capital | armenia=AM; irán=IR; corea del sur=KR | es-US
situation | manejando uber en atlanta un pasajero de {} pregunta su capital | nigeria=NG; etiopía=ET; eritrea=ER | es-US
situation | en el campo de reclutas de san diego el sargento pregunta la capital de {} | afganistán=AF; irak=IQ; kuwait=KW | es-US
code-switch | hey alexa la capital de {} please | taiwan=TW; south korea=KR; japan=JP | es-US
# Citizenship interview practice, an ESL night class, a Sunday-school quiz, a family road trip
school | para el examen de ciudadanía cuál es la capital de {} | estados unidos=US; california=US-CA; nueva york=US-NY | es-US
school | la teacher del esl nos pidió la capital de {} | massachusetts=US-MA; rhode island=US-RI; vermont=US-VT | es-US
situation | en la escuela dominical la pregunta es la capital de {} | israel=IL; egipto=EG; líbano=LB | es-US
situation | vamos de road trip a {} cuál es la capital de allá | carolina del norte=US-NC; kentucky=US-KY; ohio=US-OH | es-US
reverse-question | de qué estado es capital sacramento | CITY:Sacramento | es-US
reverse-question | tallahassee de qué estado | CITY:Tallahassee | es-US
reverse-question | de qué país es capital asunción | CITY:Asunción | es-US
reverse-question | santo domingo es capital de qué país | CITY:Santo Domingo | es-US
reverse-question | de dónde es capital san juan | CITY:San Juan | es-US
# Official, everyday, shared names, territories, plural (es-US)
official-name | la capital del estado libre asociado de puerto rico | PR | es-US
official-name | la capital de la república de cuba | CU | es-US
official-name | la capital de los estados unidos de américa | US | es-US
official-name | la capital de la mancomunidad de las bahamas | BS | es-US
official-name | la capital de la república cooperativa de guyana | GY | es-US
official-name | la capital del reino unido de gran bretaña e irlanda del norte | GB | es-US
everyday-name | la capital de la isla del encanto | PR | es-US
everyday-name | la capital de quisqueya | DO | es-US
everyday-name | la capital de catrachilandia | HN | es-US
everyday-name | la capital de gran bretaña | GB | es-US
everyday-name | la capital de holanda porfa | NL | es-US
shared-name | cuál es la capital de georgia | GE+US-GA | es-US
shared-name | la capital de corea mi hijo pregunta | KP+KR | es-US
shared-name | la capital de las islas vírgenes | VG+VI | es-US
plural-capitals | cuáles son las capitales de sri lanka | LK | es-US
plural-capitals | las capitales de esuatini | SZ | es-US
plural-capitals | cuáles son las capitales de costa de marfil | CI | es-US
plural-capitals | la capital de bolivia y la otra capital de bolivia | BO | es-US
territory | cuál es la capital de {} que es territorio gringo | guam=GU; samoa americana=AS; las islas marianas del norte=MP | es-US
territory | oye y la capital de {} | las islas turcas y caicos=TC; anguila=AI; montserrat=MS | es-US
subdivision | y la capital de {} cuál es | hawái=US-HI; alaska la del norte=US-AK; puerto rico la isla=PR | es-US
subdivision | la capital de {} de canadá | columbia británica=CA-BC; nueva escocia=CA-NS; saskatchewan=CA-SK | es-US
hesitation | la capital de eh cómo se dice {} | gambia=GM; cabo verde=CV; santo tomé=ST | es-US
direct | {} la capital | yemen=YE; omán=OM; catar=QA | es-US
polite-request | me puede decir la capital de {} por favor señorita | granada la isla=GD; santa lucía=LC; san vicente y las granadinas=VC | es-US
trailing-words | la capital de {} y gracias | dominica=DM; antigua y barbuda=AG; san cristóbal y nieves=KN | es-US
trailing-words | la capital de {} nada más | barbados=BB; trinidad y tobago=TT; bahamas=BS | es-US
help | qué onda cómo le hago para preguntarte | HELP | es-MX
help | ira alexa qué sabes hacer aquí | HELP | es-MX
help | no le entiendo cómo funciona esto | HELP | es-MX
help | ayúdame plebe no sé qué decir | HELP | es-MX
help | oiga y cómo se juega a esto | HELP | es-MX
help | qué le puedo preguntar a las capitales | HELP | es-MX
help | dame instrucciones por favor | HELP | es-MX
help | cómo funciona esto de las capitales mija | HELP | es-MX
help | me explicas qué onda con este juego | HELP | es-MX
help | necesito ayuda mano | HELP | es-MX
stop | ya párale | STOP | es-MX
stop | cállate alexa | STOP | es-MX
stop | ya estuvo | STOP | es-MX
stop | sácate de aquí alexa | STOP | es-MX
stop | detente ya | STOP | es-MX
stop | ya bájale alexa para | STOP | es-MX
stop | alto ahí alexa | STOP | es-MX
stop | ya no quiero jugar salte | STOP | es-MX
stop | arre ya para | STOP | es-MX
cancel | olvídalo mano | CANCEL | es-MX
cancel | ya no nada | CANCEL | es-MX
cancel | cancélale | CANCEL | es-MX
cancel | no pos mejor no | CANCEL | es-MX
cancel | ni modo déjalo así | CANCEL | es-MX
cancel | cancela lo que te pedí | CANCEL | es-MX
cancel | no importa olvídalo | CANCEL | es-MX
cancel | nel olvídalo | CANCEL | es-MX
cancel | ahí muere cancela | CANCEL | es-MX
launch | órale alexa abre capitales del mundo | LAUNCH | es-MX
launch | alexa ábreme capitales del mundo porfa | LAUNCH | es-MX
launch | alexa pon el juego de capitales del mundo | LAUNCH | es-MX
launch | alexa empieza capitales del mundo | LAUNCH | es-MX
out-of-domain | cuál es la capital de la huasteca | FB | es-MX
out-of-domain | cuál es la capital del bajío | FB | es-MX
out-of-domain | cuál era la capital de los aztecas | FB | es-MX
out-of-domain | la capital de tenochtitlán | FB | es-MX
out-of-domain | cuál era la capital del imperio inca | FB | es-MX
out-of-domain | la capital de la nueva españa | FB | es-MX
out-of-domain | la capital de la tierra caliente de michoacán | FB | es-MX
out-of-domain | cuál es la capital mundial del tequila | FB | es-MX
out-of-domain | la capital de la riviera maya | FB | es-MX
out-of-domain | la capital del norte de méxico | FB | es-MX
out-of-domain | la capital de la sierra tarahumara | FB | es-MX
out-of-domain | cuál es la capital de hogwarts | FB | es-MX
out-of-domain | la capital de gotham | FB | es-MX
out-of-domain | la capital del planeta marte | FB | es-MX
out-of-domain | cuál es la capital de la luna | FB | es-MX
out-of-domain | la capital de pandora la de avatar | FB | es-MX
out-of-domain | cuál es la capital de tatooine | FB | es-MX
out-of-domain | cuál es la capital de oceanía | FB | es-MX
out-of-domain | la capital de sudamérica | FB | es-MX
out-of-domain | la capital de la unión soviética | FB | es-MX
out-of-domain | la capital de yugoslavia | FB | es-MX
out-of-domain | cuál era la capital de checoslovaquia | FB | es-MX
out-of-domain | la capital de prusia | FB | es-MX
out-of-domain | cuál es la capital de andalucía | FB | es-MX
out-of-domain | la capital de la provincia de buenos aires | FB | es-MX
out-of-domain | la capital de antioquia | FB | es-MX
out-of-domain | la capital de escandinavia | FB | es-MX
out-of-domain | cuál es la capital del país vasco | FB | es-MX
out-of-domain | cuánto capital necesito para abrir una taquería | FB | es-MX
out-of-domain | qué es capital de trabajo | FB | es-MX
out-of-domain | cómo se juega el juego de la capital letra por letra | FB | es-MX
out-of-domain | cuántos estados tiene méxico | FB | es-MX
out-of-domain | cuál es el volcán más alto de méxico | FB | es-MX
out-of-domain | a qué hora juegan los rayados | FB | es-MX
out-of-domain | pon corridos tumbados | FB | es-MX
out-of-domain | a cuánto está el dólar hoy | FB | es-MX
out-of-domain | cómo se hace el mole poblano | FB | es-MX
out-of-domain | pon un temporizador de diez minutos | FB | es-MX
out-of-domain | enciende el ventilador | FB | es-MX
out-of-domain | quién es el presidente de méxico | FB | es-MX
out-of-domain | qué día cae el día de muertos | FB | es-MX
out-of-domain | cuéntame un chiste de pepito | FB | es-MX
out-of-domain | cuántos habitantes tiene monterrey | FB | es-MX
out-of-domain | qué idioma hablan en brasil | FB | es-MX
out-of-domain | cómo está el tráfico en el periférico | FB | es-MX
out-of-domain | va a llover en culiacán | FB | es-MX
help | alexa cómo se usa esto | HELP | es-US
help | oye chico qué hago aquí | HELP | es-US
help | vaya pues explícame | HELP | es-US
help | help me alexa no entiendo | HELP | es-US
help | parce qué puedo preguntarte | HELP | es-US
help | cómo funciona el juego de las capitales | HELP | es-US
help | necesito ayuda con esto porfa | HELP | es-US
help | no sé usar esto mi hija me lo regaló ayúdame | HELP | es-US
help | qué opciones tengo | HELP | es-US
help | dime qué puedo decir | HELP | es-US
help | how does this work digo cómo funciona | HELP | es-US
stop | stop alexa | STOP | es-US
stop | ya para asere | STOP | es-US
stop | cállate ya maje | STOP | es-US
stop | para ya | STOP | es-US
stop | basta alexa | STOP | es-US
stop | sal del juego | STOP | es-US
stop | termina ya | STOP | es-US
stop | ya no más para | STOP | es-US
stop | silencio alexa por favor | STOP | es-US
stop | quit ya | STOP | es-US
cancel | never mind alexa | CANCEL | es-US
cancel | olvídalo chico | CANCEL | es-US
cancel | cancela parce | CANCEL | es-US
cancel | no mejor déjalo | CANCEL | es-US
cancel | forget it olvídalo | CANCEL | es-US
cancel | no importa ya cancela | CANCEL | es-US
cancel | déjalo así vaya | CANCEL | es-US
cancel | cancel eso | CANCEL | es-US
cancel | nada olvida lo que te pregunté | CANCEL | es-US
launch | alexa abre capitales del mundo asere | LAUNCH | es-US
launch | alexa open capitales del mundo | LAUNCH | es-US
launch | alexa abre el juego capitales del mundo por favor | LAUNCH | es-US
launch | alexa juguemos capitales del mundo | LAUNCH | es-US
out-of-domain | cuál es la capital de la pequeña habana | FB | es-US
out-of-domain | la capital del condado de miami dade | FB | es-US
out-of-domain | cuál es la capital del medio oeste | FB | es-US
out-of-domain | la capital de la costa este | FB | es-US
out-of-domain | cuál es la capital de nueva inglaterra | FB | es-US
out-of-domain | la capital de centroamérica | FB | es-US
out-of-domain | la capital de la gran colombia | FB | es-US
out-of-domain | la capital del reino de la atlántida | FB | es-US
out-of-domain | la capital de springfield la de los simpson | FB | es-US
out-of-domain | la capital de la nación navajo | FB | es-US
out-of-domain | la capital del territorio de dakota | FB | es-US
out-of-domain | la capital de la confederación | FB | es-US
out-of-domain | la capital de la provincia de guayas | FB | es-US
out-of-domain | la capital del departamento de cortés | FB | es-US
out-of-domain | cuál es la capital de long island | FB | es-US
out-of-domain | la capital del bronx | FB | es-US
out-of-domain | cuál es la capital de la costa norte de honduras | FB | es-US
out-of-domain | cuál es la capital de la amazonía | FB | es-US
out-of-domain | la capital de kanto | FB | es-US
out-of-domain | qué es una letra capital | FB | es-US
out-of-domain | cuánto capital de riesgo levantó la compañía | FB | es-US
out-of-domain | cómo se llama el capital gains tax en español | FB | es-US
out-of-domain | cuántas preguntas tiene el examen de ciudadanía | FB | es-US
out-of-domain | cuánto cuesta mandar dinero a honduras | FB | es-US
out-of-domain | pon bad bunny | FB | es-US
out-of-domain | a qué hora abre el home depot | FB | es-US
out-of-domain | qué temperatura hace en houston | FB | es-US
out-of-domain | cuándo juega el américa contra las chivas | FB | es-US
out-of-domain | pon la novela de telemundo | FB | es-US
out-of-domain | apaga la tele del cuarto | FB | es-US
out-of-domain | recuérdame pagar la renta el primero | FB | es-US
out-of-domain | cuántos centímetros es un pie | FB | es-US
out-of-domain | cómo se dice troca en inglés | FB | es-US
out-of-domain | quién es el gobernador de texas | FB | es-US
out-of-domain | qué hora es en tegucigalpa | FB | es-US
out-of-domain | cuánto falta para navidad | FB | es-US
out-of-domain | cuéntame un cuento para dormir | FB | es-US
# ---------------------------------------------------------------- es-ES, second batch
# A Vigo canning factory, a Compostela bagpipe school, an Ourense thermal bath, a Gijón shipyard, a Tenerife carnival group, a Murcia nursing home, a Valencia Erasmus flat, a Girona climbing wall
situation | en la conservera de vigo las latas van para {} cuál es la capital de allí | maldivas=MV; seychelles las islas=SC; mauricio=MU
situation | en la escuela de gaita de compostela vino un gaitero de {} que capital tiene | escocia=GB-SCT; irlanda=IE; bretaña no digo gales=GB-WLS
elder | estoy en las termas de ourense con las amigas y discutimos la capital de {} | hungría=HU; austria=AT; la república checa=CZ
situation | en el astillero de gijón el barco nuevo va para {} y la capital cuál es | noruega=NO; mauritania=MR; angola=AO
situation | ensayando con la murga del carnaval de tenerife el disfraz es de {} cuál es la capital | brasil=BR; jamaica=JM; egipto=EG
elder | en la residencia de murcia la enfermera es de {} y no me acuerdo de la capital | bolivia=BO; colombia=CO; rumanía=RO
teen | en el piso de erasmus de valencia mi compi es de {} y no sé la capital tía | finlandia=FI; lituania=LT; eslovaquia=SK
situation | en el rocódromo de girona un escalador de {} me pregunta su capital | eslovenia=SI; kirguistán=KG; georgia el país=GE
follow-up | y la de noruega neno | NO
follow-up | y de suecia chacho | SE
follow-up | venga y ahora la de dinamarca | DK
follow-up | vale y la de finlandia | FI
self-correction | la capital de suecia ay no de suiza | CH
self-correction | dime la capital de austria espera no de hungría | HU
self-correction | la capital de nigeria uy perdón de níger | NE
self-correction | la capital de irak que digo de irán | IR
yes-no-check | a ver la capital de australia es sídney verdad | AU
yes-no-check | la capital de canadá es toronto o es otra | CA
yes-no-check | la capital de brasil es río de janeiro o brasilia acho | BR
yes-no-check | la capital de marruecos no era marrakech | MA
yes-no-check | es verdad que la capital de kazajistán ha cambiado de nombre | KZ
official-name | la capital de la república portuguesa | PT
official-name | la capital del reino de noruega | NO
official-name | la capital de la república de finlandia | FI
official-name | la capital del reino de los países bajos | NL
official-name | la capital de la república italiana | IT
official-name | la capital del principado de asturias no del principado de mónaco | MC
everyday-name | la capital de bielorrusia la rusia blanca que le dicen | BY
everyday-name | la capital de ceilán | LK
everyday-name | la capital de persia | IR
everyday-name | la capital del alto volta que ahora es burkina | BF
shared-name | la capital del congo el de los dos congos | CD+CG
shared-name | dime la capital de georgia neno | GE+US-GA
reverse-question | copenhague de qué país es capital | CITY:Copenhague
reverse-question | de qué país es capital liubliana chacho | CITY:Liubliana
reverse-question | ereván de dónde es capital | CITY:Ereván
reverse-question | de qué es capital edimburgo | CITY:Edimburgo
reverse-question | cardiff es la capital de qué | CITY:Cardiff
subdivision | la capital de {} la región de alemania | schleswig holstein=DE-SH; mecklemburgo pomerania occidental=DE-MV; sarre=DE-SL
subdivision | cuál es la capital de {} en la india | bengala occidental=IN-WB; tamil nadu=IN-TN; uttar pradesh=IN-UP
subdivision | la capital de {} del estado australiano | territorio del norte=AU-NT; territorio de la capital australiana=AU-ACT
territory | dime la capital de {} que es de francia | la polinesia francesa=PF; nueva caledonia=NC; la reunión=RE
territory | la capital de {} que son de noruega | svalbard=SJ
territory | la capital de {} la de las ovejas | las islas feroe=FO
stop | chacho ya está para | STOP
stop | neno cala xa | STOP
stop | para que me estás rayando | STOP
stop | deja de hablar | STOP
stop | apaga esto ya | STOP
stop | se acabó ya no juego más | STOP
cancel | déjalo estar no era nada | CANCEL
cancel | olvídate de lo que te he preguntado | CANCEL
cancel | cancelar | CANCEL
cancel | nada chacho olvídalo | CANCEL
cancel | que no que no déjalo | CANCEL
help | no sé cómo va esto chacho ayuda | HELP
help | qué tengo que decir para preguntar una capital | HELP
help | me dices las instrucciones | HELP
launch | ea alexa abre capitales del mundo que vamos a jugar | LAUNCH
launch | alexa abre el juego de las capitales del mundo neno | LAUNCH
out-of-domain | cuál es la capital de la costa da morte | FB
out-of-domain | la capital de las rías baixas | FB
out-of-domain | cuál es la capital de la isla de la palma | FB
out-of-domain | cuál es la capital de lanzarote | FB
out-of-domain | la capital de la comunidad valenciana | FB
out-of-domain | la capital del imperio austrohúngaro | FB
out-of-domain | la capital del reino nazarí | FB
out-of-domain | la capital de la atlántida | FB
out-of-domain | cuál es la capital de la galaxia | FB
out-of-domain | cuál es la capital de los pitufos | FB
out-of-domain | qué es capital riesgo | FB
out-of-domain | cuánto es el capital mínimo para una sociedad limitada | FB
out-of-domain | quién escribió el capital | FB
out-of-domain | cuántos goles lleva el celta | FB
out-of-domain | pon el telediario | FB
out-of-domain | cuándo son las fiestas del pilar | FB
out-of-domain | qué farmacia está de guardia | FB
out-of-domain | a cuánto está el euro en libras | FB
# ---------------------------------------------------------------- es-MX, second batch
# A Monterrey Oxxo night shift, a Saltillo car plant, a Torreón cotton gin, a Culiacán tortillería, a Puerto Vallarta timeshare desk, a Morelia cathedral light show, a Xalapa coffee roaster, an Orizaba brewery, a Zacatecas silver mine, a Tepic huichol artisan
situation | en el oxxo del turno de noche un cliente borracho pregunta la capital de {} | islandia=IS; mongolia=MN; yemen=YE | es-MX
situation | en la planta de autos de saltillo vienen ingenieros de {} cuál es su capital | corea del sur para acá=KR; japón para acá=JP; estados unidos para acá=US | es-MX
elder | en la despepitadora de torreón mi apá siempre preguntaba la capital de {} | egipto=EG; india=IN; pakistán=PK | es-MX
situation | haciendo tortillas en culiacán la doña del puesto pregunta la capital de {} | chile=CL; ecuador=EC; uruguay=UY | es-MX
situation | vendiendo tiempo compartido en vallarta unos clientes de {} preguntan la capital | alberta=CA-AB; columbia británica=CA-BC; nuevo brunswick=CA-NB | es-MX
situation | viendo las luces de la catedral de morelia mi novia pregunta la capital de {} | francia=FR; italia=IT; bélgica=BE | es-MX
situation | en el tostador de café de xalapa un comprador de {} quiere saber su capital | etiopía=ET; kenia=KE; ruanda=RW | es-MX
situation | en la cervecería de orizaba un maestro cervecero de {} dice su capital y no le entendí | baviera=DE-BY; chequia=CZ; bélgica=BE | es-MX
elder | yo trabajé en la mina de zacatecas treinta años dígame la capital de {} | bolivia=BO; perú=PE; sudáfrica=ZA | es-MX
situation | en el taller de arte huichol de tepic una turista de {} pregunta la capital | nueva zelanda=NZ; australia=AU; fiyi=FJ | es-MX
follow-up | y la de nicaragua mano | NI | es-MX
follow-up | órale y la de panamá | PA | es-MX
follow-up | y la de coahuila plebe | MX-COA | es-MX
follow-up | y de belice cuál es | BZ | es-MX
self-correction | la capital de nuevo león ay no de nuevo méxico el de gringolandia | US-NM | es-MX
self-correction | la capital de paraguay no de uruguay perdón | UY | es-MX
self-correction | dime la capital de eslovaquia no espérate de eslovenia | SI | es-MX
self-correction | la capital de sinaloa este no de sonora | MX-SON | es-MX
yes-no-check | la capital de sonora es hermosillo verdad | MX-SON | es-MX
yes-no-check | a poco la capital de estados unidos no es nueva york | US | es-MX
yes-no-check | la capital de quintana roo es cancún o no mano | MX-ROO | es-MX
yes-no-check | oye la capital de chiapas es tuxtla o san cristóbal | MX-CHP | es-MX
yes-no-check | la capital de baja california sur es la paz como la de bolivia | MX-BCS | es-MX
official-name | la capital de la república argentina | AR | es-MX
official-name | la capital de la república de colombia | CO | es-MX
official-name | la capital de la federación de rusia | RU | es-MX
official-name | la capital del estado de israel | IL | es-MX
official-name | la capital de la república federativa del brasil | BR | es-MX
official-name | la capital de la república de guatemala | GT | es-MX
everyday-name | la capital de la tierra del sol naciente | JP | es-MX
everyday-name | la capital de los ticos | CR | es-MX
everyday-name | la capital de los chapines | GT | es-MX
everyday-name | la capital de la tierra de los nicas | NI | es-MX
shared-name | la capital de corea nomás | KP+KR | es-MX
shared-name | cuál es la capital de las islas vírgenes mano | VG+VI | es-MX
reverse-question | de qué país es capital guatemala la ciudad | CITY:Ciudad de Guatemala | es-MX
reverse-question | xalapa es capital de qué estado | CITY:Xalapa | es-MX
reverse-question | de qué estado es capital tuxtla gutiérrez | CITY:Tuxtla Gutiérrez | es-MX
reverse-question | saltillo es la capital de dónde | CITY:Saltillo | es-MX
reverse-question | pachuca de qué estado es capital | CITY:Pachuca | es-MX
reverse-question | de qué país es capital caracas | CITY:Caracas | es-MX
subdivision | cuál es la capital de {} mano | sinaloa para la tarea=MX-SIN; colima=MX-COL; tabasco para la tarea=MX-TAB | es-MX
subdivision | la capital de {} la de brasil | río grande del sur=BR-RS; paraná=BR-PR; amazonas=BR-AM | es-MX
subdivision | dime la capital de {} en estados unidos | nevada=US-NV; kentucky=US-KY; vermont=US-VT | es-MX
territory | la capital de {} la de los ingleses | las bermudas=BM; las malvinas=FK; santa elena=SH | es-MX
plural-capitals | qué capitales tiene sudáfrica mano | ZA | es-MX
plural-capitals | cuáles son las capitales de esuatini | SZ | es-MX
plural-capitals | las dos capitales de costa de marfil | CI | es-MX
plural-capitals | cuáles son las capitales de sri lanka mano | LK | es-MX
stop | ya cállate plebe | STOP | es-MX
stop | párale ya no | STOP | es-MX
stop | apágate alexa | STOP | es-MX
stop | silencio ya | STOP | es-MX
stop | ya basta alexa | STOP | es-MX
stop | quítate | STOP | es-MX
cancel | olvídalo compa | CANCEL | es-MX
cancel | ya no importa cancélalo | CANCEL | es-MX
cancel | no ya no quiero nada | CANCEL | es-MX
cancel | déjalo así mano | CANCEL | es-MX
cancel | cancela eso porfa | CANCEL | es-MX
help | cómo te pregunto una capital | HELP | es-MX
help | qué tengo que decirte para que me digas capitales | HELP | es-MX
help | ayuda alexa no sé usar esto | HELP | es-MX
help | qué puedo hacer con esta skill | HELP | es-MX
launch | alexa inicia capitales del mundo plebe | LAUNCH | es-MX
launch | alexa abre capitales del mundo para la tarea | LAUNCH | es-MX
out-of-domain | cuál es la capital de la mixteca | FB | es-MX
out-of-domain | la capital de aztlán | FB | es-MX
out-of-domain | cuál era la capital de los mayas | FB | es-MX
out-of-domain | la capital de la comarca lagunera | FB | es-MX
out-of-domain | cuál es la capital del estado de california en méxico | FB | es-MX
out-of-domain | la capital de wakanda mano | FB | es-MX
out-of-domain | la capital de la tierra del nunca jamás | FB | es-MX
out-of-domain | cuál es la capital del mundo | FB | es-MX
out-of-domain | cuál es la capital de europa del este | FB | es-MX
out-of-domain | qué es capital humano | FB | es-MX
out-of-domain | cuánto es el capital de un crédito infonavit | FB | es-MX
out-of-domain | pon la rola de los tigres del norte | FB | es-MX
out-of-domain | cuántos años tiene el papa | FB | es-MX
out-of-domain | cuánto mide el pico de orizaba | FB | es-MX
out-of-domain | qué santo es hoy | FB | es-MX
out-of-domain | cómo se dice hola en náhuatl | FB | es-MX
out-of-domain | a qué hora pasa el camión de la basura | FB | es-MX
out-of-domain | pon música de banda | FB | es-MX
# ---------------------------------------------------------------- es-US, second batch
# A Hialeah botánica, a Miami Dade bus, a Houston taquería truck, a Queens nail salon, a Paterson textile shop, a Chicago CTA train, an Omaha meat plant, a Phoenix car wash, a Seattle fishing boat, a Raleigh tobacco farm
situation | en la botánica de hialeah la santera pregunta la capital de {} | nigeria la de los orishas=NG; benín=BJ; togo=TG | es-US
situation | en la guagua de miami dade un señor de {} pregunta su capital | haití=HT; bahamas=BS; jamaica=JM | es-US
situation | en la troca de tacos de houston un cliente de {} pregunta la capital | pakistán=PK; bangladés=BD; nepal=NP | es-US
situation | en el salón de uñas de queens mi clienta es de {} y no sé la capital | corea del sur=KR; tailandia=TH; vietnam=VN | es-US
situation | en la tienda de telas de paterson el dueño es de {} cuál es la capital | turquía=TR; siria=SY; palestina=PS | es-US
situation | en el tren de la cta un turista de {} me pregunta su capital | polonia=PL; lituania=LT; ucrania=UA | es-US
situation | en la empacadora de omaha un compañero de {} me pregunta su capital | sudán del sur=SS; somalia=SO; eritrea=ER | es-US
situation | lavando carros en phoenix el cliente es de {} cuál es su capital | minnesota=US-MN; wisconsin=US-WI; míchigan=US-MI | es-US
situation | en el barco de pesca de seattle el capitán es de {} cuál es la capital | noruega=NO; alaska=US-AK; islandia=IS | es-US
situation | en la finca de tabaco de raleigh el patrón me pregunta la capital de {} | carolina del norte=US-NC; virginia=US-VA; georgia el estado=US-GA | es-US
follow-up | y la de bahamas asere | BS | es-US
follow-up | y de barbados cuál es | BB | es-US
follow-up | okay y la de trinidad | TT | es-US
follow-up | y la de idaho parce | US-ID | es-US
self-correction | la capital de colombia no perdón de bolivia | BO | es-US
self-correction | la capital de arkansas sorry de kansas | US-KS | es-US
self-correction | dime la capital de honduras no espera de nicaragua | NI | es-US
self-correction | la capital de nueva jersey digo de nueva york | US-NY | es-US
yes-no-check | la capital de texas es houston verdad | US-TX | es-US
yes-no-check | la capital de florida es miami o no | US-FL | es-US
yes-no-check | la capital de california es los ángeles right | US-CA | es-US
yes-no-check | la capital de washington es seattle o me equivoco | US-WA | es-US
yes-no-check | es cierto que la capital de pensilvania no es filadelfia | US-PA | es-US
official-name | la capital de la república del perú | PE | es-US
official-name | la capital de la república de honduras | HN | es-US
official-name | la capital de la república de el salvador | SV | es-US
official-name | la capital de la república de nicaragua | NI | es-US
official-name | la capital de la república del ecuador | EC | es-US
official-name | la capital de la república dominicana la de santo domingo | DO | es-US
official-name | la capital de la república democrática federal de etiopía | ET | es-US
everyday-name | la capital de la tierra de los guanacos | SV | es-US
everyday-name | la capital de la tierra de los catrachos | HN | es-US
everyday-name | la capital de los ee uu | US | es-US
everyday-name | la capital de el salvador el pulgarcito de américa | SV | es-US
shared-name | la capital de georgia mi hija pregunta | GE+US-GA | es-US
shared-name | dime la capital del congo | CD+CG | es-US
reverse-question | de qué estado es capital austin | CITY:Austin | es-US
reverse-question | springfield es la capital de qué estado | CITY:Springfield | es-US
reverse-question | de qué país es capital san salvador | CITY:San Salvador | es-US
reverse-question | albany de qué estado es capital | CITY:Albany | es-US
reverse-question | columbus de qué es capital | CITY:Columbus | es-US
reverse-question | de qué país es capital quito | CITY:Quito | es-US
subdivision | la capital de {} acá en usa | iowa=US-IA; arkansas=US-AR; misuri=US-MO | es-US
subdivision | cuál es la capital del estado de {} | maryland=US-MD; nuevo hampshire=US-NH; rhode island=US-RI | es-US
subdivision | la capital de {} allá en canadá | terranova=CA-NL; yukón=CA-YT; nunavut=CA-NU | es-US
territory | la capital de {} la de ee uu | las islas vírgenes americanas=VI; samoa americana=AS | es-US
territory | la capital de {} las británicas | las islas vírgenes británicas=VG; islas caimán=KY | es-US
plural-capitals | las capitales de los países bajos mi hijo dice que son dos | NL | es-US
plural-capitals | cuáles son las capitales de benín parce | BJ | es-US
plural-capitals | las dos capitales de palestina | PS | es-US
plural-capitals | qué capitales tiene malasia vaya | MY | es-US
plural-capitals | las tres capitales de sudáfrica cuáles son | ZA | es-US
stop | ya ya para | STOP | es-US
stop | stop it alexa | STOP | es-US
stop | cállate vaya | STOP | es-US
stop | apágate ya | STOP | es-US
stop | be quiet alexa | STOP | es-US
stop | se acabó para | STOP | es-US
cancel | olvídalo mi vida | CANCEL | es-US
cancel | no never mind | CANCEL | es-US
cancel | cancela eso maje | CANCEL | es-US
cancel | forget it alexa | CANCEL | es-US
cancel | olvida eso ya no | CANCEL | es-US
help | asere cómo funciona esto | HELP | es-US
help | qué cosas puedo preguntar | HELP | es-US
help | ayúdame alexa con las capitales | HELP | es-US
help | no entiendo el juego explícame | HELP | es-US
launch | alexa start capitales del mundo | LAUNCH | es-US
launch | alexa abre capitales del mundo para el examen | LAUNCH | es-US
out-of-domain | cuál es la capital de la florida central | FB | es-US
out-of-domain | la capital del sur de texas | FB | es-US
out-of-domain | cuál es la capital de la isla de pascua | FB | es-US
out-of-domain | la capital del imperio azteca | FB | es-US
out-of-domain | cuál era la capital de los confederados | FB | es-US
out-of-domain | la capital de la tierra de oz | FB | es-US
out-of-domain | la capital de krypton | FB | es-US
out-of-domain | cuál es la capital del caribe | FB | es-US
out-of-domain | qué es capital one | FB | es-US
out-of-domain | cómo pido un préstamo de capital | FB | es-US
out-of-domain | pon la radio de la mega | FB | es-US
out-of-domain | cuál es mi score de crédito | FB | es-US
out-of-domain | a qué hora cierra el walgreens | FB | es-US
out-of-domain | cómo se renueva la licencia de manejar | FB | es-US
out-of-domain | pon celia cruz | FB | es-US
out-of-domain | cuánto dura el vuelo a san salvador | FB | es-US
out-of-domain | llama a mi hija | FB | es-US
out-of-domain | quién ganó el super bowl | FB | es-US
"""

if __name__ == "__main__":
    build_round(38, "es", LINES, sys.argv, "tests/Eval/es/round38/source/build_corpus.py")
