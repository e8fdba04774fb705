"""Round 45, Spanish (es-ES, es-MX, es-US): a new author's own mix, written blind at the start of the fiftieth session
(brief WRITER56.md).

Written by the writer56-es helper without the voice model, the simulator, the skill's code, the interaction model or
earlier rounds' halves; only the places' ids, kinds, Spanish names and capital names were read from the data, through a
small script, to check ids. Speakers and situations were chosen apart from round 44's (the Canaries, Galicia, Asturias,
Extremadura, Murcia; Romanian, Ecuadorian, Chinese, Ukrainian, Nigerian, Filipino, Pakistani and West African
families; elders, children and teens; Oaxaca, Puebla, Yucatán, Hermosillo, Saltillo, Zacatecas, Durango, Mexicali,
Mexico City, Tabasco, Tlaxcala; the Rio Grande Valley, El Paso, Hialeah, Doral, Washington Heights, the Bronx, Jackson
Heights, Yakima, Dalton, Iowa, Charlotte, Dodge City, Wisconsin) and from the groups its docstring lists for rounds 43
and 42:

es-ES: Castilla y León (Soria's emptied villages, Burgos cathedral, Salamanca's plaza mayor, Valladolid, laísmo),
Navarra and La Rioja (San Fermín, the vendimia, the calle Laurel, the Ribera), Cantabria (the Santander-Portsmouth
ferry, Laredo, Potes, -uco), the Balearic Islands (Magaluf and Alcúdia hotels, the Ibiza season, Mahón, idò, al lot),
Ceuta and Melilla (the Tarajal border, Darija words: wallah, primo, yallah); Colombian, Bolivian, Paraguayan, Peruvian
and Cuban families in Spain; Moroccan, Bulgarian, Brazilian, Sikh Punjabi, Polish and Bangladeshi learners; trades (a
shepherd, a baker, firefighters, a librarian, a bus driver, a lighthouse, a notary's office, a traffic guard, a fish
market, a merchant seaman); studies (oposiciones, bachillerato, the EBAU, an academy, a master's); home and games
(Trivial, Saber y ganar, el ahorcado, the family WhatsApp, Nochevieja, the cocido, a bingo); sport (the Champions,
the Vuelta, padel, the Dakar, a marathon).

es-MX: Michoacán (avocado orchards, Purépecha, the monarch sanctuaries, Pátzcuaro), Guanajuato and Querétaro (León
shoes, the Cervantino, aerospace plants, San Miguel), Hidalgo and San Luis Potosí (Real del Monte pastes, the
Huasteca, Nahuatl-speaking grandparents), the coasts (Acapulco, Taxco, Wixárika artisans, San Blas, Ciudad del Carmen,
Campeche shrimpers), Chihuahua (Juárez maquilas, Mennonites, Rarámuri runners, Cuauhtémoc apples); Colombian and
Nicaraguan migrants, grandchildren of Spanish exiles, deported returnees; trades (mariachi, luchador, voceador,
tortillería, a priest, a football commentator, a border dentist, a night watchman); school (COMIPEMS, prepa, a normal,
the SEP books, the CCH); feasts (the ofrenda, a posada, a wedding, dominoes, a christening, the Candelaria).

es-US: northern New Mexico and the San Luis valley (old Nuevo Mexicano: asina, truje, vide, muncho, mesmo, agüelita),
South Florida outside Miami (Immokalee, Homestead, Sweetwater Nicaraguans, K'iche' families, the Keys), Salvadorans
in the DC area and Hempstead (vos, chero, cipote, púchica), the Southeast (Buford Highway, Gainesville poultry,
Nashville, Siler City, Birmingham), Texas beyond San Antonio and the Valley (Oak Cliff, Gulfton, Laredo, Midland, Fort
Worth, Houston's port), the West (Las Vegas casinos, Denver, Tucson, Salinas, Idaho); trades (landscaper, line cook,
home aide, framer, radio DJ, tax preparer, school bus, car wash, cruise ship); school (Spanish for native speakers,
community college, a bilingual kinder, AP Human Geography, Model UN); home (carne asada, baby shower, Thanksgiving,
the Super Bowl, the 2026 World Cup, a road trip); English switching throughout.

Every line was written by hand as one utterance; the only generated lines are the at most three fills of a frame
(each frame said once).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# ================================================================ es-ES
# Castilla y León: Valladolid, Burgos, Soria and the emptied villages, León, Salamanca, Segovia (majo, hala, laísmo)
castilla-leon | alexa maja dime la capital de {} que la dije a mi hija que lo miraba | hungría=HU; eslovaquia=SK; chequia=CZ
castilla-leon | alexa hala venga cuál es la capital de {} | polonia=PL; lituania=LT; letonia=LV
castilla-leon | alexa en el pueblo somos doce en invierno y uno pregunta la capital de {} | estonia=EE; finlandia=FI; noruega=NO
castilla-leon | alexa en la catedral de burgos hay unos turistas de {} qué capital tiene su país | corea del sur=KR; filipinas=PH; vietnam=VN
castilla-leon | alexa soy de soria y en el bar discutimos cuál es la capital de {} | mongolia=MN; kazajistán=KZ; uzbekistán=UZ
castilla-leon | alexa estoy en la plaza mayor de salamanca con unos estudiantes de {} cuál es la capital de allí | brasil=BR; méxico=MX; chile=CL
castilla-leon | alexa oye majo la capital de {} me la dices | bielorrusia=BY; moldavia=MD; ucrania=UA
castilla-leon | alexa en la feria de muestras de valladolid hay un stand de {} cuál es su capital | eslovenia=SI; croacia=HR; serbia=RS
castilla-leon | alexa mi cuñado de león dice que la capital de {} es otra cuál es | australia=AU; canadá=CA; nueva zelanda=NZ
castilla-leon | alexa en segovia un matrimonio de {} me pidió una foto y me quedé con la duda de su capital | japón=JP; tailandia=TH; indonesia=ID
castilla-leon | alexa que la digo a la vecina la capital de {} y no me cree | albania=AL; montenegro=ME; macedonia del norte=MK
# Navarra and La Rioja: San Fermín, the vendimia, Logroño's calle Laurel, the Ribera (-ico, ya, cachi)
navarra-rioja | alexa en sanfermines conocí a unos de {} cuál es la capital de allí | australia=AU; nueva zelanda=NZ; sudáfrica=ZA
navarra-rioja | alexa estamos en la vendimia y hay una cuadrilla de {} cuál es la capital | rumanía=RO; bulgaria=BG; marruecos=MA
navarra-rioja | alexa en la calle laurel un guiri de {} me preguntó y no supe la capital de su país | dinamarca=DK; suecia=SE; irlanda=IE
navarra-rioja | alexa majico dime cuál es la capital de {} ya | portugal=PT; andorra=AD; mónaco=MC
navarra-rioja | alexa en la bodega exportamos a {} cuál es la capital | china=CN; estados unidos=US; japón=JP
navarra-rioja | alexa en la ribera plantamos pimientos y el capataz es de {} cuál es su capital | ecuador=EC; perú=PE; bolivia=BO
navarra-rioja | alexa en el encierro corría un chaval de {} y me preguntó la capital de mi país yo le dije madrid y la del suyo cuál es | méxico=MX; estados unidos=US; canadá=CA
navarra-rioja | alexa la peña va de excursión a {} cuál es la capital de allí | escocia=GB-SCT; gales=GB-WLS; irlanda del norte=GB-NIR
navarra-rioja | alexa me he apuntado a euskera en pamplona y el profe nos preguntó la capital de {} | islandia=IS; luxemburgo=LU; liechtenstein=LI
navarra-rioja | alexa hola cuál es la capital de {} que lo pone en el vino | argentina=AR; chile=CL; uruguay=UY
# Cantabria: Santander, the Plymouth and Portsmouth ferry, Laredo, Potes, the Liébana valley (-uco, nenuco)
cantabria | alexa en el ferry de santander a portsmouth un señor me preguntó la capital de {} | inglaterra=GB-ENG; gales=GB-WLS; escocia=GB-SCT
cantabria | alexa ay nenuca dime la capital de {} | bélgica=BE; países bajos=NL; francia=FR
cantabria | alexa estoy en el puerto de laredo y ha entrado un pesquero de {} cuál es la capital | francia=FR; irlanda=IE; noruega=NO
cantabria | alexa en potes subió un grupo de {} a los picos de europa cuál es la capital de allí | alemania=DE; austria=AT; suiza=CH
cantabria | alexa en el palacio de la magdalena hay un curso de verano con alumnos de {} cuál es la capital | egipto=EG; jordania=JO; líbano=LB
cantabria | alexa pasiego y todo me pregunta el nieto la capital de {} | grecia=GR; chipre=CY; malta=MT
cantabria | alexa hombre cuál es la capital de {} que no caigo | georgia el país=GE; armenia=AM; azerbaiyán=AZ
cantabria | alexa en el sardinero unos surfistas de {} me dijeron su capital y se me ha olvidado | hawái=US-HI; australia=AU; perú=PE
# Balearic Islands: Mallorca hotels, the Ibiza season, Menorca, Palma's port (idò, al lot, sa, es)
baleares | alexa idò cuál es la capital de {} | alemania=DE; reino unido=GB; países bajos=NL
baleares | alexa trabajo de recepcionista en magaluf y viene mucha gente de {} cuál es la capital | irlanda=IE; escocia=GB-SCT; gales=GB-WLS
baleares | alexa hago la temporada en ibiza y mi compañera de piso es de {} cuál es su capital | italia=IT; argentina=AR; uruguay=UY
baleares | alexa en menorca hay un crucero de {} en el puerto de mahón cuál es la capital de allí | malta=MT; grecia=GR; turquía=TR
baleares | alexa al lot no me acuerdo cuál es la capital de {} | noruega=NO; suecia=SE; dinamarca=DK
baleares | alexa en la cocina del hotel el jefe de partida es de {} cuál es la capital | senegal=SN; gambia=GM; mali=ML
baleares | alexa en palma atracó un yate de {} cuál es su capital | islas caimán=KY; bermudas=BM; las islas vírgenes británicas=VG
baleares | alexa de camarera de piso en alcúdia y una clienta de {} me pregunta cuál es la capital de aquí y de allí ah no la de allí | finlandia=FI; polonia=PL; chequia=CZ
baleares | alexa estoy en formentera y el del chiringuito es de {} qué capital tiene | italia=IT; eslovenia=SI; croacia=HR
# Ceuta and Melilla: the border, the port, Darija mixed in (wallah, hamdulillah, primo, zarbi)
ceuta-melilla | alexa wallah cuál es la capital de {} | arabia saudí=SA; catar=QA; emiratos árabes unidos=AE
ceuta-melilla | alexa primo dime la capital de {} | argelia=DZ; túnez=TN; libia=LY
ceuta-melilla | alexa en la frontera del tarajal hay un camión de {} cuál es la capital | marruecos=MA; mauritania=MR; senegal=SN
ceuta-melilla | alexa mi abuela en melilla pregunta la capital de {} hamdulillah | egipto=EG; sudán=SD; siria=SY
ceuta-melilla | alexa en el puerto de ceuta el ferry de algeciras trae gente de {} cuál es su capital | gibraltar=GI; portugal=PT; francia=FR
ceuta-melilla | alexa soy de melilla y en el cuartel hay un soldado de {} qué capital tiene su país | guinea ecuatorial=GQ; camerún=CM; gabón=GA
ceuta-melilla | alexa yallah la capital de {} rápido | irak=IQ; irán=IR; kuwait=KW
ceuta-melilla | alexa mi primo se fue a trabajar a {} cuál es la capital | baréin=BH; omán=OM; yemen=YE
# Latin Americans in Spain: Colombian, Bolivian, Peruvian, Paraguayan and Cuban families (Usera, Lavapiés, Murcia, Barcelona)
latinos-en-espana | alexa pues qué pena pero cuál es la capital de {} | colombia=CO; venezuela=VE; panamá=PA
latinos-en-espana | alexa mi mamita vive en {} y me pregunta cuál es la capital de allá | bolivia=BO; paraguay=PY; perú=PE
latinos-en-espana | alexa soy paraguaya y cuido a una señora en madrid nde cuál es la capital de {} | uruguay=UY; argentina=AR; brasil=BR
latinos-en-espana | alexa acá en españa los chicos no saben la capital de {} dímela tú | ecuador=EC; el salvador=SV; honduras=HN
latinos-en-espana | alexa oye chico qué bolá cuál es la capital de {} | cuba=CU; república dominicana=DO; haití=HT
latinos-en-espana | alexa en el locutorio hay una señora de {} cuál es la capital de su país | nicaragua=NI; costa rica=CR; guatemala=GT
latinos-en-espana | alexa pucha qué es la capital de {} | chile=CL; perú=PE; bolivia=BO
latinos-en-espana | alexa mi hijo nació aquí y no sabe la capital de {} enséñale | colombia=CO; ecuador=EC; paraguay=PY
latinos-en-espana | alexa en la liga de fútbol de los domingos en el parque juega un equipo de {} cuál es la capital | belice=BZ; surinam=SR; guyana=GY
# Other migrants in Spain: Moroccan, Bulgarian, Brazilian, Sikh Punjabi, Polish, Bangladeshi and Georgian-free learners
migrantes-es | alexa yo de marruecos vivir almería capital de {} cuál | sudán del sur=SS; somalia=SO; etiopía=ET
migrantes-es | alexa yo búlgaro trabajo en la fruta capital de {} dime | macedonia del norte=MK; grecia=GR; turquía=TR
migrantes-es | alexa yo soy brasileña e quero saber a capital de {} en español | angola=AO; mozambique=MZ; cabo verde=CV
migrantes-es | alexa mi padre es sij del punyab y quiere saber la capital de {} | india=IN; pakistán=PK; nepal=NP
migrantes-es | alexa por favor una pregunta capital de {} qué es | bangladés=BD; sri lanka=LK; maldivas=MV
migrantes-es | alexa yo polaca trabajo limpieza en casa capital de {} es cuál | lituania=LT; bielorrusia=BY; letonia=LV
migrantes-es | alexa yo tengo tienda de alimentación en lavapiés capital de {} cómo se llama | bangladés=BD; bután=BT; myanmar=MM
migrantes-es | alexa hermano la capital de {} es qué | argelia=DZ; níger=NE; chad=TD
# Work in Spain: a shepherd on the cañada, a baker at dawn, a firefighter, a librarian, a bus driver, a lighthouse keeper, a notary's clerk
oficios-es | alexa soy pastor y estoy con las ovejas en la cañada cuál es la capital de {} | kirguistán=KG; tayikistán=TJ; turkmenistán=TM
oficios-es | alexa son las cinco de la mañana estoy amasando y me ha venido la duda de la capital de {} | etiopía=ET; eritrea=ER; yibuti=DJ
oficios-es | alexa en el parque de bomberos estamos de guardia y apostamos la capital de {} | kenia=KE; uganda=UG; tanzania=TZ
oficios-es | alexa soy bibliotecaria y un lector me pide la capital de {} | ruanda=RW; burundi=BI; república centroafricana=CF
oficios-es | alexa conduzco el autobús de línea y en la parada un viajero me preguntó la capital de {} | zambia=ZM; zimbabue=ZW; malaui=MW
oficios-es | alexa en el faro de finisterre no hay cobertura en el móvil pero tú sí dime la capital de {} | cabo verde=CV; santo tomé y príncipe=ST; guinea bisáu=GW
oficios-es | alexa en la notaría firma un señor de {} y quiero saber la capital | líbano=LB; siria=SY; jordania=JO
oficios-es | alexa soy guardia civil de tráfico y paré un coche con matrícula de {} cuál es la capital | lituania=LT; eslovaquia=SK; bulgaria=BG
oficios-es | alexa trabajo en una lonja de pescado y compramos a {} cuál es la capital | mauritania=MR; namibia=NA; islas malvinas=FK
oficios-es | alexa soy repartidor de paquetes y tengo un envío a {} cuál es la capital de ahí | andorra=AD; san marino=SM; el vaticano=VA
oficios-es | alexa en la fábrica de coches de palencia viene un ingeniero de {} qué capital tiene | japón=JP; corea del sur=KR; india=IN
oficios-es | alexa soy camarero en una terraza y un cliente de {} me pregunta si sé la capital de su país | eslovenia=SI; estonia=EE; islandia=IS
oficios-es | alexa soy peluquero de caballeros no perdón soy electricista y necesito la capital de {} | bosnia y herzegovina=BA; kosovo=XK; serbia=RS
# School in Spain: bachillerato, the EBAU, oposiciones, a private academy, the university in Salamanca (not sexto or the ESO)
estudios-es | alexa estoy preparando las oposiciones de magisterio y me cae la capital de {} | burkina faso=BF; níger=NE; mali=ML
estudios-es | alexa para el examen de geografía de segundo de bachillerato cuál es la capital de {} | bangladés=BD; pakistán=PK; afganistán=AF
estudios-es | alexa en la academia nos han puesto un test con la capital de {} | laos=LA; camboya=KH; myanmar=MM
estudios-es | alexa estudio relaciones internacionales y no me sale la capital de {} | sudán del sur=SS; sudán=SD; eritrea=ER
estudios-es | alexa mañana tengo la ebau de geografía cuál era la capital de {} | canadá=CA; australia=AU; turquía=TR
estudios-es | alexa estoy en la biblioteca de la facultad cuál es la capital de {} en voz bajita | mongolia=MN; corea del norte=KP; taiwán=TW
estudios-es | alexa oposito a diplomático y tengo que saberme la capital de {} | botsuana=BW; lesoto=LS; esuatini=SZ
estudios-es | alexa el profe de historia del mundo contemporáneo dijo la capital de {} y no la apunté | irán=IR; irak=IQ; israel=IL
estudios-es | alexa hago un trabajo en grupo sobre la unión africana cuál es la capital de {} | camerún=CM; gabón=GA; república del congo=CG
estudios-es | alexa en el máster nos preguntan la capital de {} | papúa nueva guinea=PG; fiyi=FJ; islas salomón=SB
estudios-es | alexa para clase de francés la capital de {} porfa | senegal=SN; costa de marfil=CI; madagascar=MG
# Games and home in Spain: Trivial Pursuit, el ahorcado, Saber y ganar on the telly, the Christmas lottery, Nochevieja, the family WhatsApp
casa-juegos-es | alexa estamos jugando al trivial y me ha tocado el quesito azul la capital de {} | kazajistán=KZ; azerbaiyán=AZ; armenia=AM
casa-juegos-es | alexa en saber y ganar acaban de preguntar la capital de {} cuál es | yemen=YE; omán=OM; catar=QA
casa-juegos-es | alexa jugando al ahorcado la palabra es la capital de {} dime cuál es | tuvalu=TV; nauru=NR; kiribati=KI
casa-juegos-es | alexa en el grupo de whatsapp de la familia mi tío dice que la capital de {} es otra a ver | suiza=CH; australia=AU; turquía=TR
casa-juegos-es | alexa estamos con las uvas de nochevieja y en la tele sale {} cuál es su capital | nueva zelanda=NZ; samoa=WS; tonga=TO
casa-juegos-es | alexa mientras hago el cocido dime la capital de {} | vietnam=VN; laos=LA; tailandia=TH
casa-juegos-es | alexa en la sobremesa del domingo apostamos un café a la capital de {} | nigeria=NG; ghana=GH; togo=TG
casa-juegos-es | alexa estamos haciendo un puzle del mapamundi y falta la pieza de {} cuál es la capital | micronesia=FM; palaos=PW; islas marshall=MH
casa-juegos-es | alexa mientras tiendo la ropa cuál es la capital de {} | benín=BJ; guinea=GN; sierra leona=SL
casa-juegos-es | alexa estamos en el salón con el cuñado que se cree que lo sabe todo cuál es la capital de {} | brunéi=BN; singapur=SG; malasia=MY
casa-juegos-es | alexa en el bingo del centro social sacaron una pregunta de la capital de {} | san cristóbal y nieves=KN; santa lucía=LC; dominica=DM
# Sport in Spain: a football away trip, the Vuelta, the Champions, the padel club, a basketball fan in Badalona-free Valladolid
deportes-es | alexa jugamos la champions contra un equipo de {} y viajamos a la capital cuál es | azerbaiyán=AZ; kazajistán=KZ; chipre=CY
deportes-es | alexa la vuelta sale este año desde {} cuál es la capital | países bajos=NL; portugal=PT; italia=IT
deportes-es | alexa en el club de pádel hay un chico de {} cuál es su capital | argentina=AR; suecia=SE; paraguay=PY
deportes-es | alexa la selección juega contra {} y quiero saber la capital | georgia=GE; escocia=GB-SCT; islandia=IS
deportes-es | alexa en el mundial de balonmano juega {} cuál es la capital de ese país | baréin=BH; catar=QA; egipto=EG
deportes-es | alexa el nuevo fichaje del pucela viene de {} cuál es la capital de allí | ghana=GH; costa de marfil=CI; camerún=CM
deportes-es | alexa en el rally dakar pasan por {} cuál es su capital | arabia saudí=SA; mauritania=MR; senegal=SN
deportes-es | alexa el maratón de este finde lo ganó uno de {} y cuál es la capital | kenia=KE; etiopía=ET; uganda=UG
# added after the first check: four countries not yet asked
oficios-es | alexa soy marino mercante y el barco lleva bandera de {} cuál es la capital de ese país | liberia=LR; vanuatu=VU; comoras=KM
# ================================================================ es-MX
# Michoacán: avocado orchards in Uruapan, Purépecha families, the monarch butterfly sanctuaries, Pátzcuaro (jefecito, ándele pues)
michoacan | alexa estoy en la huerta de aguacate y lo exportamos a {} cuál es la capital | canadá=CA; japón=JP; china=CN | es-MX
michoacan | alexa jefecito cuál es la capital de {} | honduras=HN; el salvador=SV; nicaragua=NI | es-MX
michoacan | alexa en el santuario de la mariposa monarca vino un grupo de {} cuál es la capital de allá | canadá=CA; estados unidos=US; francia=FR | es-MX
michoacan | alexa mi abuelita habla purépecha y pregunta cuál es la capital de {} | michoacán=MX-MIC; guanajuato=MX-GUA; jalisco=MX-JAL | es-MX
michoacan | alexa ándele pues dígame la capital de {} | colima=MX-COL; guerrero=MX-GRO; estado de méxico=MX-MEX | es-MX
michoacan | alexa en pátzcuaro para día de muertos llegan turistas de {} cuál es la capital de su país | alemania=DE; italia=IT; japón=JP | es-MX
michoacan | alexa mi tío anda en el norte en {} y quiero saber la capital de ese estado | oregón=US-OR; washington=US-WA; illinois=US-IL | es-MX
michoacan | alexa en la empacadora de uruapan llegó un comprador de {} cuál es su capital | países bajos=NL; emiratos árabes unidos=AE; corea del sur=KR | es-MX
# Guanajuato and Querétaro: León shoe workshops, the Cervantino, the Querétaro aerospace plants, Celaya cajeta
guanajuato-queretaro | alexa en el taller de zapatos de león mandamos un pedido a {} cuál es la capital | guatemala=GT; costa rica=CR; panamá=PA | es-MX
guanajuato-queretaro | alexa en el cervantino el país invitado es {} cuál es la capital | corea del sur=KR; portugal=PT; india=IN | es-MX
guanajuato-queretaro | alexa trabajo en la planta de turbinas en querétaro y mi jefe es de {} cuál es la capital | francia=FR; canadá=CA; alemania=DE | es-MX
guanajuato-queretaro | alexa pues fíjate que no me acuerdo de la capital de {} | querétaro=MX-QUE; guanajuato=MX-GUA; san luis potosí=MX-SLP | es-MX
guanajuato-queretaro | alexa estoy vendiendo cajeta en celaya y un señor de {} me preguntó de mi capital y yo no sé la suya cuál es | suecia=SE; noruega=NO; dinamarca=DK | es-MX
guanajuato-queretaro | alexa en san miguel hay un güerito de {} cuál es la capital de su estado | texas=US-TX; arizona=US-AZ; colorado=US-CO | es-MX
guanajuato-queretaro | alexa en el callejón del beso una pareja de {} me preguntó la capital | argentina=AR; chile=CL; uruguay=UY | es-MX
guanajuato-queretaro | alexa la empresa de autopartes es de {} cuál es su capital | japón=JP; corea del sur=KR; alemania=DE | es-MX
# Hidalgo and San Luis Potosí: Pachuca pastes, Real del Monte, the Huasteca, Nahuatl-speaking families (tlen, nocniuh)
hidalgo-slp | alexa estoy comiendo un paste en real del monte y dicen que los mineros eran de {} cuál es su capital | inglaterra=GB-ENG; cornualles=FB; gales=GB-WLS | es-MX
hidalgo-slp | alexa en la huasteca vienen turistas de {} a xilitla cuál es la capital | nuevo león=MX-NLE; tamaulipas=MX-TAM; veracruz=MX-VER | es-MX
hidalgo-slp | alexa mi abuelo habla náhuatl y quiere saber cuál es la capital de {} | hidalgo=MX-HID; puebla=MX-PUE; tlaxcala=MX-TLA | es-MX
hidalgo-slp | alexa mande cuál es la capital de {} | zacatecas=MX-ZAC; durango=MX-DUR; nayarit=MX-NAY | es-MX
hidalgo-slp | alexa aquí en pachuca el tuzo juega contra uno de {} cuál es la capital | arabia saudí=SA; marruecos=MA; nueva zelanda=NZ | es-MX
hidalgo-slp | alexa en la cascada de tamul un señor de {} me preguntó dónde queda su capital no la capital de su país cuál es | bélgica=BE; suiza=CH; austria=AT | es-MX
hidalgo-slp | alexa oiga y la capital de {} | sonora=MX-SON; sinaloa=MX-SIN; baja california=MX-BCN | es-MX
# Guerrero, Nayarit and Campeche: Acapulco hotels, Taxco silver, Wixárika families, San Blas surfers, Ciudad del Carmen oil, Campeche shrimpers
costas-mx | alexa en acapulco llegó un crucero de {} cuál es su capital | bahamas=BS; panamá=PA; jamaica=JM | es-MX
costas-mx | alexa vendo plata en taxco y una clienta de {} me preguntó la capital | nueva zelanda=NZ; australia=AU; irlanda=IE | es-MX
costas-mx | alexa soy wixárika y vendo artesanía en el malecón un turista de {} quiere saber su capital | israel=IL; grecia=GR; rusia=RU | es-MX
costas-mx | alexa en san blas hay surfistas de {} cuál es la capital de ahí | california=US-CA; hawái=US-HI; oregón=US-OR | es-MX
costas-mx | alexa estoy en la plataforma en ciudad del carmen y el ingeniero es de {} cuál es la capital | noruega=NO; escocia=GB-SCT; venezuela=VE | es-MX
costas-mx | alexa soy camaronero en campeche y me pregunta mi chavo la capital de {} | campeche=MX-CAM; yucatán=MX-YUC; quintana roo=MX-ROO | es-MX
costas-mx | alexa en chilpancingo qué onda cuál es la capital de {} | guerrero=MX-GRO; oaxaca=MX-OAX; michoacán=MX-MIC | es-MX
costas-mx | alexa en la palapa del cuñado ponen música de {} cuál es la capital | trinidad y tobago=TT; barbados=BB; granada=GD | es-MX
costas-mx | alexa ora pues cuál es la capital de {} | nayarit=MX-NAY; sinaloa=MX-SIN; colima=MX-COL | es-MX
# Chihuahua: Ciudad Juárez maquilas, Mennonites of Cuauhtémoc learning Spanish, Rarámuri runners, apple orchards (ocupo, ahorita, bien)
chihuahua | alexa trabajo en la maquila de juárez y la empresa es de {} cuál es la capital | taiwán=TW; japón=JP; corea del sur=KR | es-MX
chihuahua | alexa yo menonita hablo poco español la capital de {} cuál es | canadá=CA; alemania=DE; belice=BZ | es-MX
chihuahua | alexa ocupo saber bien la capital de {} | chihuahua=MX-CHH; coahuila=MX-COA; nuevo méxico=US-NM | es-MX
chihuahua | alexa los corredores rarámuri van a una carrera en {} cuál es la capital | nuevo méxico=US-NM; colorado=US-CO; utah=US-UT | es-MX
chihuahua | alexa en la huerta de manzana en cuauhtémoc vienen a comprar de {} qué capital tiene | paraguay=PY; bolivia=BO; kazajistán=KZ | es-MX
chihuahua | alexa ahorita cruzo el puente a el paso oye cuál es la capital de {} | texas=US-TX; oklahoma=US-OK; kansas=US-KS | es-MX
chihuahua | alexa bien fácil dime la capital de {} | arizona=US-AZ; nevada=US-NV; idaho=US-ID | es-MX
chihuahua | alexa en las barrancas del cobre hay un mochilero de {} cuál es la capital de su país | polonia=PL; chequia=CZ; eslovaquia=SK | es-MX
# Migrants and returnees in Mexico: Colombians, Nicaraguans, grandchildren of Spanish exiles, deported returnees who grew up in the US
migrantes-mx | alexa parce en méxico me preguntan la capital de {} | colombia=CO; ecuador=EC; venezuela=VE | es-MX
migrantes-mx | alexa soy nica y vivo en cdmx cuál es la capital de {} | nicaragua=NI; costa rica=CR; honduras=HN | es-MX
migrantes-mx | alexa mi abuelo era del exilio republicano y siempre hablaba de la capital de {} | españa=ES; francia=FR; rusia=RU | es-MX
migrantes-mx | alexa i grew up in la and now i'm back en puebla what's the capital de {} | ohio=US-OH; georgia el estado=US-GA; carolina del norte=US-NC | es-MX
migrantes-mx | alexa me deportaron hace un año y mi hija sigue en {} cuál es la capital de ese estado | illinois=US-IL; nueva york=US-NY; nueva jersey=US-NJ | es-MX
migrantes-mx | alexa soy retornado y no sé bien español cuál es el capital de {} | pensilvania=US-PA; tennessee=US-TN; kentucky=US-KY | es-MX
migrantes-mx | alexa mi cuñado es cubano y dice que la capital de {} no es la que creo cuál es | cuba=CU; jamaica=JM; haití=HT | es-MX
migrantes-mx | alexa una vecina de {} vive en el edificio cuál es la capital de su país | ucrania=UA; rusia=RU; bielorrusia=BY | es-MX
# Trades in Mexico: a mariachi at Garibaldi, a luchador, a newspaper voceador, a tortillería, a priest, a football commentator
oficios-mx | alexa toco en un mariachi y nos contrataron de {} cuál es la capital de allá | japón=JP; colombia=CO; texas=US-TX | es-MX
oficios-mx | alexa soy luchador y voy de gira a {} cuál es la capital | japón=JP; bolivia=BO; panamá=PA | es-MX
oficios-mx | alexa vendo el periódico en la esquina y la portada habla de {} cuál es su capital | ucrania=UA; israel=IL; palestina=PS | es-MX
oficios-mx | alexa en la tortillería una señora preguntó la capital de {} y nadie supo | sudán=SD; libia=LY; túnez=TN | es-MX
oficios-mx | alexa soy el padre de la parroquia y el obispo viene de {} cuál es la capital | el vaticano=VA; italia=IT; polonia=PL | es-MX
oficios-mx | alexa estoy narrando el partido contra {} y se me fue la capital | catar=QA; jamaica=JM; honduras=HN | es-MX
oficios-mx | alexa soy dentista en los consultorios de la frontera y mis pacientes son de {} cuál es la capital | minnesota=US-MN; wisconsin=US-WI; iowa=US-IA | es-MX
oficios-mx | alexa manejo una pipa de agua y en la radio dijeron algo de {} cuál es la capital de ese país | haití=HT; venezuela=VE; nicaragua=NI | es-MX
oficios-mx | alexa soy velador en una obra y no tengo sueño cuál es la capital de {} | mongolia=MN; nepal=NP; bután=BT | es-MX
# School in Mexico: the COMIPEMS exam, a prepa, a normal rural, the SEP textbooks, the CCH
escuela-mx | alexa estoy estudiando para el examen del comipems cuál es la capital de {} | guatemala=GT; belice=BZ; el salvador=SV | es-MX
escuela-mx | alexa en la prepa la maestra de geografía nos pidió la capital de {} | nigeria=NG; argelia=DZ; sudáfrica=ZA | es-MX
escuela-mx | alexa soy normalista y voy a dar clase de la capital de {} | tlaxcala=MX-TLA; morelos=MX-MOR; hidalgo=MX-HID | es-MX
escuela-mx | alexa en el libro de la sep viene la capital de {} y está borrada | durango=MX-DUR; zacatecas=MX-ZAC; aguascalientes=MX-AGU | es-MX
escuela-mx | alexa en el cch tengo exposición mañana de {} cuál es la capital | afganistán=AF; pakistán=PK; irán=IR | es-MX
escuela-mx | alexa es para la tarea de mi hermanito la capital de {} | chiapas=MX-CHP; tabasco=MX-TAB; veracruz=MX-VER | es-MX
escuela-mx | alexa profe alexa cuál es la capital de {} | sonora=MX-SON; baja california sur=MX-BCS; tamaulipas=MX-TAM | es-MX
escuela-mx | alexa en la olimpiada de geografía de la secu me tocó la capital de {} | laos=LA; camboya=KH; birmania=MM | es-MX
# Feasts and home in Mexico: Día de Muertos, a posada, a wedding, dominoes, a Sunday carne asada in Monterrey-free Saltillo-free Celaya
fiestas-mx | alexa estamos poniendo la ofrenda y mi tía que vivía en {} decía que la capital era otra cuál es | illinois=US-IL; california=US-CA; michigan=US-MI | es-MX
fiestas-mx | alexa en la posada rompimos la piñata y ahora jugamos a la capital de {} | perú=PE; chile=CL; ecuador=EC | es-MX
fiestas-mx | alexa en la boda la novia es de {} y el novio quiere saber la capital | argentina=AR; españa=ES; colombia=CO | es-MX
fiestas-mx | alexa estamos jugando dominó y el que pierda dice la capital de {} | surinam=SR; guyana=GY; trinidad y tobago=TT | es-MX
fiestas-mx | alexa en la carne asada mi compadre apuesta una cerveza a que sabe la capital de {} | islandia=IS; groenlandia=GL; finlandia=FI | es-MX
fiestas-mx | alexa para el intercambio de regalos mi amigo secreto es de {} cuál es la capital | venezuela=VE; puerto rico=PR; república dominicana=DO | es-MX
fiestas-mx | alexa en el bautizo el padrino viene de {} y cuál es la capital de allá | nueva york=US-NY; california=US-CA; florida=US-FL | es-MX
fiestas-mx | alexa estamos haciendo tamales para la candelaria y mi suegra pregunta la capital de {} | belice=BZ; guatemala=GT; cuba=CU | es-MX
# ================================================================ es-US
# Northern New Mexico and southern Colorado: the old Nuevo Mexicano Spanish of Española, Taos, Chimayó, the San Luis valley (asina, truje, vide, muncho, mesmo, ansina)
nuevo-mexicano | alexa asina es dime la capital de {} | nuevo méxico=US-NM; colorado=US-CO; arizona=US-AZ | es-US
nuevo-mexicano | alexa muncho tiempo que no sé la capital de {} | wyoming=US-WY; montana=US-MT; dakota del sur=US-SD | es-US
nuevo-mexicano | alexa mi jito me truje el libro y no hallo la capital de {} | utah=US-UT; nevada=US-NV; oklahoma=US-OK | es-US
nuevo-mexicano | alexa en chimayó vide a unos peregrinos de {} cuál es la capital de ese lugar | texas=US-TX; kansas=US-KS; nebraska=US-NE | es-US
nuevo-mexicano | alexa mi agüelita pregunta la capital de {} | méxico=MX; españa=ES; filipinas=PH | es-US
nuevo-mexicano | alexa en la acequia el mayordomo dice que su hijo vive en {} cuál es la capital | alaska=US-AK; washington el estado=US-WA; idaho=US-ID | es-US
nuevo-mexicano | alexa no sé si es la mesma pero cuál es la capital de {} | dakota del norte=US-ND; minnesota=US-MN; iowa=US-IA | es-US
nuevo-mexicano | alexa en el valle de san luis los primos preguntan la capital de {} | colorado=US-CO; oregón=US-OR; montana=US-MT | es-US
# South Florida outside Miami: Immokalee tomato pickers, Homestead nurseries, Sweetwater Nicaraguans, K'iche' families in Indiantown
florida-sur | alexa en immokalee pizcamos tomate y un compañero de {} pregunta la capital | guatemala=GT; haití=HT; honduras=HN | es-US
florida-sur | alexa trabajo en un vivero de homestead y las plantas vienen de {} cuál es la capital | costa rica=CR; colombia=CO; ecuador=EC | es-US
florida-sur | alexa ideay chavalo cuál es la capital de {} | nicaragua=NI; el salvador=SV; panamá=PA | es-US
florida-sur | alexa mi mamá habla quiché y no entiende el inglés la capital de {} por favor | guatemala=GT; méxico=MX; belice=BZ | es-US
florida-sur | alexa en sweetwater todos saben la capital de {} menos yo | nicaragua=NI; venezuela=VE; cuba=CU | es-US
florida-sur | alexa el huracán pasó por {} cuál es la capital | bahamas=BS; islas turcas y caicos=TC; puerto rico=PR | es-US
florida-sur | alexa estoy en el keys y un barco de {} llegó cuál es la capital | bahamas=BS; islas caimán=KY; jamaica=JM | es-US
florida-sur | alexa in tallahassee or where is the capital de {} | florida=US-FL; alabama=US-AL; georgia el estado=US-GA | es-US
# Salvadorans and Hondurans in the DC area and Long Island: Langley Park, Hyattsville, Hempstead (vos, cipote, chero, bicho, púchica)
dmv-long-island | alexa púchica vos cuál es la capital de {} | el salvador=SV; honduras=HN; guatemala=GT | es-US
dmv-long-island | alexa chero decime la capital de {} | maryland=US-MD; virginia=US-VA; delaware=US-DE | es-US
dmv-long-island | alexa el cipote tiene tarea de la capital de {} | virginia occidental=US-WV; pensilvania=US-PA; nueva york=US-NY | es-US
dmv-long-island | alexa vivo en hempstead y mi patrón es de {} cuál es la capital | irlanda=IE; italia=IT; grecia=GR | es-US
dmv-long-island | alexa en la construcción en el dc el foreman es de {} cuál es la capital | etiopía=ET; eritrea=ER; somalia=SO | es-US
dmv-long-island | alexa mirá decime vos la capital de {} | connecticut=US-CT; rhode island=US-RI; massachusetts=US-MA | es-US
dmv-long-island | alexa en la pupusería de langley park entra gente de {} cuál es su capital | sierra leona=SL; camerún=CM; nigeria=NG | es-US
dmv-long-island | alexa ese bicho dice que la capital de {} es otra cuál es | nuevo hampshire=US-NH; vermont=US-VT; maine=US-ME | es-US
# The US Southeast: Buford Highway in Atlanta, Gainesville poultry, Nashville, Siler City, Birmingham
sureste-us | alexa en la buford highway hay restaurantes de {} cuál es la capital | vietnam=VN; corea del sur=KR; etiopía=ET | es-US
sureste-us | alexa trabajo en la pollera de gainesville y la línea tiene gente de {} cuál es la capital | guatemala=GT; birmania=MM; laos=LA | es-US
sureste-us | alexa vivo en nashville y mi vecino es de {} cuál es su capital | kurdistán=FB; irak=IQ; egipto=EG | es-US
sureste-us | alexa en siler city mi supervisor pregunta la capital de {} | carolina del norte=US-NC; carolina del sur=US-SC; virginia=US-VA | es-US
sureste-us | alexa cuál es la capital de {} que vamos manejando por ahí | alabama=US-AL; misisipi=US-MS; luisiana=US-LA | es-US
sureste-us | alexa en la iglesia de birmingham vino un misionero de {} cuál es la capital | kenia=KE; ruanda=RW; uganda=UG | es-US
sureste-us | alexa en el trabajo de techos en atlanta mi compa es de {} cuál es la capital | honduras=HN; el salvador=SV; nicaragua=NI | es-US
sureste-us | alexa manejando por la interestatal cruzamos {} cuál es la capital | tennessee=US-TN; kentucky=US-KY; arkansas=US-AR | es-US
# Texas beyond San Antonio and the Valley: Dallas Oak Cliff, Houston Gulfton, Laredo, Fort Worth, the oil fields of Midland
texas-us | alexa en oak cliff my tía asks la capital de {} | oklahoma=US-OK; arkansas=US-AR; luisiana=US-LA | es-US
texas-us | alexa en gulfton hay muchas familias de {} cuál es la capital | honduras=HN; el salvador=SV; afganistán=AF | es-US
texas-us | alexa en laredo los troqueros van a {} cuál es la capital de ese estado | nuevo león=MX-NLE; coahuila=MX-COA; tamaulipas=MX-TAM | es-US
texas-us | alexa en el oilfield de midland un compañero es de {} qué capital tiene | venezuela=VE; nigeria=NG; noruega=NO | es-US
texas-us | alexa fíjate que en fort worth el rodeo trae gente de {} cuál es la capital de allá | australia=AU; canadá=CA; brasil=BR | es-US
texas-us | alexa es que no me acuerdo what's la capital de {} | texas=US-TX; nuevo méxico=US-NM; oklahoma=US-OK | es-US
texas-us | alexa en houston el puerto manda contenedores a {} cuál es la capital | china=CN; singapur=SG; países bajos=NL | es-US
# The West: Las Vegas hotel workers, Denver, Tucson, the Salinas Valley, Boise potatoes
oeste-us | alexa trabajo de housekeeping en un casino de las vegas y un huésped de {} me preguntó la capital | filipinas=PH; china=CN; japón=JP | es-US
oeste-us | alexa en denver estamos en la nieve y mi primo pregunta la capital de {} | colorado=US-CO; wyoming=US-WY; kansas=US-KS | es-US
oeste-us | alexa vivo en tucson cuál es la capital de {} | arizona=US-AZ; sonora=MX-SON; chihuahua=MX-CHH | es-US
oeste-us | alexa en el valle de salinas cortamos fresa y uno de {} me preguntó la capital | oaxaca=MX-OAX; michoacán=MX-MIC; guerrero=MX-GRO | es-US
oeste-us | alexa en la planta de papas de idaho quieren saber la capital de {} | idaho=US-ID; oregón=US-OR; montana=US-MT | es-US
oeste-us | alexa en la unión del culinary hay compañeros de {} cuál es la capital | etiopía=ET; el salvador=SV; tailandia=TH | es-US
oeste-us | alexa manejando de phoenix a los ángeles pasamos por {} cuál es la capital | california=US-CA; nevada=US-NV; arizona=US-AZ | es-US
# Work in the US: a landscaper, a line cook, a home health aide, a framer, a Spanish radio DJ, a tax preparer, a school bus driver
oficios-us | alexa soy landscaper y el cliente es de {} cuál es la capital | minnesota=US-MN; michigan=US-MI; wisconsin=US-WI | es-US
oficios-us | alexa estoy en la línea de la cocina y el chef es de {} qué capital tiene | francia=FR; italia=IT; tailandia=TH | es-US
oficios-us | alexa cuido a un señor mayor y me pregunta la capital de {} | indiana=US-IN; missouri=US-MO; kansas=US-KS | es-US
oficios-us | alexa trabajo framing casas y el contractor quiere saber la capital de {} | delaware=US-DE; maryland=US-MD; nueva jersey=US-NJ | es-US
oficios-us | alexa soy dj de la radio en español y un oyente pregunta la capital de {} | puerto rico=PR; república dominicana=DO; cuba=CU | es-US
oficios-us | alexa preparo taxes y un cliente de {} quiere saber la capital | hawái=US-HI; alaska=US-AK; guam=GU | es-US
oficios-us | alexa manejo el school bus y los niños me preguntan la capital de {} | ohio=US-OH; indiana=US-IN; illinois=US-IL | es-US
oficios-us | alexa soy mesera en un diner y el cook es de {} cuál es la capital | guatemala=GT; tailandia=TH; bangladés=BD | es-US
oficios-us | alexa en el car wash estamos aburridos cuál es la capital de {} | rhode island=US-RI; connecticut=US-CT; vermont=US-VT | es-US
# School in the US: Spanish for heritage speakers, community college, a bilingual kinder, a spelling bee night, an ESL-free AP class
escuela-us | alexa en mi clase de spanish for native speakers la maestra pregunta la capital de {} | ecuador=EC; bolivia=BO; paraguay=PY | es-US
escuela-us | alexa for my community college class what is la capital de {} | massachusetts=US-MA; maine=US-ME; nuevo hampshire=US-NH | es-US
escuela-us | alexa soy maestra de kínder bilingüe y quiero enseñar la capital de {} | méxico=MX; canadá=CA; estados unidos=US | es-US
escuela-us | alexa tengo test de ap human geography cuál es la capital de {} | nigeria=NG; brasil=BR; indonesia=ID | es-US
escuela-us | alexa my teacher said que la capital de {} es bien difícil cuál es | kentucky=US-KY; vermont=US-VT; dakota del sur=US-SD | es-US
escuela-us | alexa estamos en el homework club de la biblioteca cuál es la capital de {} | wyoming=US-WY; nebraska=US-NE; misuri=US-MO | es-US
escuela-us | alexa en el model un me tocó representar a {} cuál es su capital | kirguistán=KG; tayikistán=TJ; turkmenistán=TM | es-US
escuela-us | alexa para el social studies de mi hija la capital de {} | michigan=US-MI; pensilvania=US-PA; carolina del sur=US-SC | es-US
# Home in the US: a carne asada, a baby shower, Thanksgiving, the Super Bowl, the 2026 World Cup, a road trip
casa-us | alexa estamos en la carne asada y mi tío dice que la capital de {} es miami a ver | florida=US-FL; georgia el estado=US-GA; carolina del sur=US-SC | es-US
casa-us | alexa en el baby shower jugamos trivia y me tocó la capital de {} | canadá=CA; argentina=AR; perú=PE | es-US
casa-us | alexa en thanksgiving mi suegro gringo pregunta la capital de {} | méxico=MX; guatemala=GT; el salvador=SV | es-US
casa-us | alexa en el super bowl juegan los de {} cuál es la capital del estado | misuri=US-MO; pensilvania=US-PA; michigan=US-MI | es-US
casa-us | alexa para el mundial del veintiséis juega {} aquí cuál es su capital | marruecos=MA; senegal=SN; corea del sur=KR | es-US
casa-us | alexa vamos de road trip a {} cuál es la capital | tennessee=US-TN; luisiana=US-LA; carolina del norte=US-NC | es-US
casa-us | alexa mientras hago los frijoles dime la capital de {} | ohio=US-OH; iowa=US-IA; indiana=US-IN | es-US
casa-us | alexa en la reunión de la familia los primos de {} dicen que su capital es la más bonita cuál es | texas=US-TX; california=US-CA; nuevo méxico=US-NM | es-US
oficios-us | alexa trabajo en un crucero y mi roommate es de {} cuál es la capital | seychelles=SC; liberia=LR; vanuatu=VU | es-US
# ================================================================ shared families
# plural-capitals: the several-capital countries, each in every locale
plural-capitals | alexa cuáles son las capitales de {} que me han dicho que tiene dos | bolivia=BO; benín=BJ; sri lanka=LK
plural-capitals | alexa oye y las dos capitales de {} cuáles son | malasia=MY; países bajos=NL; esuatini=SZ
plural-capitals | alexa sudáfrica tiene tres capitales verdad dime las tres | ZA
plural-capitals | alexa dime todas las capitales de {} | costa de marfil=CI; palestina=PS; sudáfrica=ZA
plural-capitals | alexa en el trivial pregunta por las capitales de {} en plural | bolivia=BO; países bajos=NL; benín=BJ
plural-capitals | alexa es verdad que {} tiene dos capitales cuáles | malasia=MY; sri lanka=LK; costa de marfil=CI
plural-capitals | alexa la capital administrativa y la otra de {} cuáles son | esuatini=SZ; sudáfrica=ZA; palestina=PS
plural-capitals | alexa oiga cuáles son las capitales de {} | bolivia=BO; benín=BJ; malasia=MY | es-MX
plural-capitals | alexa dime las capitales de {} la oficial y la del gobierno | países bajos=NL; sri lanka=LK; costa de marfil=CI | es-MX
plural-capitals | alexa cuántas capitales tiene {} y cuáles son | sudáfrica=ZA; esuatini=SZ; palestina=PS | es-MX
plural-capitals | alexa mi maestra dice que {} tiene varias capitales cuáles son | bolivia=BO; sudáfrica=ZA; holanda=NL | es-MX
plural-capitals | alexa a ver las capitales de {} todas | benín=BJ; malasia=MY; sri lanka=LK | es-MX
plural-capitals | alexa cuáles son las dos capitales que tiene {} | costa de marfil=CI; esuatini=SZ; palestina=PS | es-MX
plural-capitals | alexa what are the capitales de {} | bolivia=BO; malaysia=MY; south africa=ZA | es-US
plural-capitals | alexa cuáles son las capitals de {} | benín=BJ; sri lanka=LK; esuatini=SZ | es-US
plural-capitals | alexa mi hijo dice que {} tiene más de una capital cuáles son | países bajos=NL; costa de marfil=CI; palestina=PS | es-US
plural-capitals | alexa las capitales de {} plis | bolivia=BO; benín=BJ; malasia=MY | es-US
plural-capitals | alexa dame las capitales de {} todas | sri lanka=LK; sudáfrica=ZA; esuatini=SZ | es-US
plural-capitals | alexa cuáles son las capitales de {} la de los palacios y la otra | países bajos=NL; costa de marfil=CI; palestina=PS | es-US
plural-capitals | alexa cuáles son las capitales de suazilandia | SZ
plural-capitals | alexa cuáles son las capitales de la costa de marfil | CI | es-MX
plural-capitals | alexa las tres capitales de sudáfrica cuáles son | ZA | es-US
# follow-up: a second question after an answer, in the same session
follow-up | y la de {} | navarra=FB; la rioja=FB; cantabria=FB
follow-up | y la de {} cuál es | hungría=HU; rumanía=RO; bulgaria=BG
follow-up | vale y de {} | noruega=NO; suecia=SE; finlandia=FI
follow-up | alexa y ahora la de {} | austria=AT; suiza=CH; liechtenstein=LI
follow-up | y qué me dices de {} | marruecos=MA; argelia=DZ; túnez=TN
follow-up | muy bien y la de {} | grecia=GR; chipre=CY; turquía=TR
follow-up | perfecto ahora {} | perú=PE; bolivia=BO; chile=CL
follow-up | otra más la de {} | japón=JP; corea del norte=KP; mongolia=MN
follow-up | gracias y la capital de {} | islandia=IS; irlanda=IE; dinamarca=DK
follow-up | y {} qué | laos=LA; camboya=KH; vietnam=VN
follow-up | órale y la de {} | guatemala=GT; honduras=HN; el salvador=SV | es-MX
follow-up | ándale y ahora {} | michoacán=MX-MIC; querétaro=MX-QUE; hidalgo=MX-HID | es-MX
follow-up | y de {} cuál es la capital | chihuahua=MX-CHH; campeche=MX-CAM; nayarit=MX-NAY | es-MX
follow-up | sale y la de {} | japón=JP; china=CN; india=IN | es-MX
follow-up | ahora dime la de {} | sonora=MX-SON; sinaloa=MX-SIN; durango=MX-DUR | es-MX
follow-up | y la de {} mija | colombia=CO; venezuela=VE; ecuador=EC | es-MX
follow-up | and {} | georgia=GE+US-GA; virginia=US-VA; maryland=US-MD | es-US
follow-up | okay y {} | alabama=US-AL; tennessee=US-TN; kentucky=US-KY | es-US
follow-up | y la de {} también | nuevo méxico=US-NM; arizona=US-AZ; utah=US-UT | es-US
follow-up | what about {} | nicaragua=NI; panamá=PA; costa rica=CR | es-US
follow-up | y el estado de al lado {} | oklahoma=US-OK; arkansas=US-AR; luisiana=US-LA | es-US
follow-up | la de {} porfa | nebraska=US-NE; iowa=US-IA; kansas=US-KS | es-US
# subdivision: the states and provinces of Australia, Canada, India, Germany, Brazil; the UK's nations; US and Mexican states
subdivision | alexa cuál es la capital del estado australiano de {} | nueva gales del sur=AU-NSW; queensland=AU-QLD; victoria=AU-VIC
subdivision | alexa capital de {} en australia | tasmania=AU-TAS; australia occidental=AU-WA; australia meridional=AU-SA
subdivision | alexa cuál es la capital del territorio del norte | AU-NT
subdivision | alexa y la capital de la provincia canadiense de {} | alberta=CA-AB; manitoba=CA-MB; saskatchewan=CA-SK
subdivision | alexa cuál es la capital de {} en canadá | ontario=CA-ON; nueva escocia=CA-NS; nuevo brunswick=CA-NB | es-US
subdivision | alexa la capital de la provincia de {} | columbia británica=CA-BC; isla del príncipe eduardo=CA-PE; terranova=CA-NL | es-MX
subdivision | alexa qué ciudad es la capital de {} | yukón=CA-YT; nunavut=CA-NU; los territorios del noroeste=CA-NT
subdivision | alexa la capital de la provincia de quebec cuál es | CA-QC
subdivision | alexa cuál es la capital del estado indio de {} | kerala=IN-KL; tamil nadu=IN-TN; karnataka=IN-KA
subdivision | alexa mi compañero es de {} en la india cuál es la capital | punyab=IN-PB; rajastán=IN-RJ; guyarat=IN-GJ | es-US
subdivision | alexa capital de {} en la india | bengala occidental=IN-WB; maharastra=IN-MH; uttar pradesh=IN-UP | es-MX
subdivision | alexa y la capital de {} que es un estado de la india | goa=IN-GA; assam=IN-AS; bihar=IN-BR
subdivision | alexa en el yoga nos hablaron de {} cuál es la capital | uttarakhand=IN-UK; himachal pradesh=IN-HP; sikkim=IN-SK
subdivision | alexa cuál es la capital de {} de la india | telangana=IN-TS; odisha=IN-OD; jharkhand=IN-JH | es-US
subdivision | alexa la capital del land de {} | baviera=DE-BY; sajonia=DE-SN; turingia=DE-TH
subdivision | alexa cuál es la capital de {} en alemania | hesse=DE-HE; baja sajonia=DE-NI; renania del norte westfalia=DE-NW
subdivision | alexa qué capital tiene el estado alemán de {} | baden wurtemberg=DE-BW; sarre=DE-SL; brandeburgo=DE-BB | es-MX
subdivision | alexa cuál es la capital de {} en el norte de alemania | schleswig holstein=DE-SH; mecklemburgo=DE-MV; sajonia anhalt=DE-ST
subdivision | alexa la capital de renania palatinado | DE-RP
subdivision | alexa cuál es la capital del estado brasileño de {} | bahía=BR-BA; minas gerais=BR-MG; pernambuco=BR-PE
subdivision | alexa en brasil cuál es la capital de {} | amazonas=BR-AM; pará=BR-PA; ceará=BR-CE | es-MX
subdivision | alexa capital de {} brasil | santa catarina=BR-SC; paraná=BR-PR; río grande del sur=BR-RS | es-US
subdivision | alexa mi novio es de {} en brasil cuál es la capital | goiás=BR-GO; mato grosso=BR-MT; espírito santo=BR-ES
subdivision | alexa cuál es la capital de {} el estado de brasil | maranhão=BR-MA; piauí=BR-PI; tocantins=BR-TO | es-MX
subdivision | alexa cuál es la capital de {} en el reino unido | irlanda del norte=GB-NIR; gales=GB-WLS; escocia=GB-SCT | es-MX
subdivision | alexa cuál es la capital del estado de {} | nueva york=US-NY; washington=US-WA; california=US-CA | es-US
subdivision | alexa la capital del estado de {} en méxico | méxico=MX-MEX; yucatán=MX-YUC; quintana roo=MX-ROO | es-MX
subdivision | alexa capital del estado de {} | illinois=US-IL; florida=US-FL; texas=US-TX | es-MX
subdivision | alexa cuál es la capital de {} que es un estado | georgia=US-GA; colorado=US-CO; pensilvania=US-PA | es-US
subdivision | alexa cuál es la capital de {} en estados unidos | virginia=US-VA; carolina del sur=US-SC; misisipi=US-MS
subdivision | alexa la capital de {} de méxico | baja california=MX-BCN; coahuila=MX-COA; aguascalientes=MX-AGU
# territorio: dependent territories, overseas regions and the like
territorio | alexa vi un documental de {} cuál es la capital | groenlandia=GL; las islas feroe=FO; las islas aland=AX
territorio | alexa voy de viaje a {} cuál es la capital de allí | la polinesia francesa=PF; nueva caledonia=NC; la reunión=RE
territorio | alexa la capital de {} que es francesa | la martinica=MQ; guadalupe=GP; la guayana francesa=GF
territorio | alexa en el crucero paramos en {} cuál es la capital | aruba=AW; curazao=CW; san martín=MF+SX | es-MX
territorio | alexa cuál es la capital de {} de los británicos | gibraltar=GI; las bermudas=BM; anguila=AI
territorio | alexa qué capital tiene {} | la isla de man=IM; jersey=JE; guernsey=GG
territorio | alexa cuál es la capital de {} en el pacífico | guam=GU; samoa americana=AS; las islas marianas del norte=MP | es-US
territorio | alexa capital de {} en el caribe | las islas vírgenes de estados unidos=VI; montserrat=MS; las islas turcas y caicos=TC | es-US
territorio | alexa en la geografía de francia entra {} cuál es la capital | mayotte=YT; san pedro y miquelón=PM; wallis y futuna=WF | es-MX
territorio | alexa la capital de {} en el atlántico sur | las malvinas=FK; santa elena=SH; georgia del sur=GS
territorio | alexa mi prima hace un voluntariado en {} cuál es la capital | las islas cook=CK; niue=NU; tokelau=TK | es-US
territorio | alexa y la capital de {} qué es | hong kong=HK; macao=MO; la antártida=AQ | es-MX
territorio | alexa cuál es la capital de {} de noruega | svalbard=SJ; las islas svalbard=SJ; jan mayen=SJ
territorio | alexa cuál es la capital de {} en australia | la isla de navidad=CX; la isla norfolk=NF; las islas cocos=CC | es-MX
territorio | alexa la capital de puerto rico cuál es ahora | PR | es-US
territorio | alexa cuál es la capital de las islas pitcairn | PN
territorio | alexa cuál es la capital de san bartolomé | BL
territorio | alexa cuál es la capital del caribe neerlandés | BQ | es-MX
# out-of-domain: what else people say to an Echo, other questions about countries, "capital" in other senses
out-of-domain | alexa qué tiempo va a hacer mañana en valladolid | FB
out-of-domain | alexa va a helar esta noche en soria | FB
out-of-domain | alexa pon la cadena ser | FB
out-of-domain | alexa pon música de estopa | FB
out-of-domain | alexa pon rosalía en la cocina | FB
out-of-domain | alexa apaga la luz del salón | FB
out-of-domain | alexa pon un temporizador de doce minutos para los macarrones | FB
out-of-domain | alexa añade leche a la lista de la compra | FB
out-of-domain | alexa cuántos habitantes tiene portugal | FB
out-of-domain | alexa qué idioma se habla en bélgica | FB
out-of-domain | alexa qué moneda tiene suiza | FB
out-of-domain | alexa cuál es el río más largo de españa | FB
out-of-domain | alexa cuál es la montaña más alta de la península | FB
out-of-domain | alexa cuánto se tarda de burgos a pamplona en coche | FB
out-of-domain | alexa a qué hora juega osasuna | FB
out-of-domain | alexa cómo quedó el real valladolid | FB
out-of-domain | alexa quién ganó el tour de francia el año pasado | FB
out-of-domain | alexa cuál es la capital de la provincia de burgos | FB
out-of-domain | alexa cuál es la capital de castilla y león | FB
out-of-domain | alexa cuál es la capital de navarra | FB
out-of-domain | alexa cuál es la capital de la rioja | FB
out-of-domain | alexa cuál es la capital de cantabria | FB
out-of-domain | alexa cuál es la capital de las islas baleares | FB
out-of-domain | alexa cuál es la capital de la isla de menorca | FB
out-of-domain | alexa cuál es la capital de la provincia de león | FB
out-of-domain | alexa qué son los siete pecados capitales y cuál es el peor | FB
out-of-domain | alexa qué significa capital social en una empresa | FB
out-of-domain | alexa cómo se calcula el capital de una hipoteca | FB
out-of-domain | alexa cuánto capital necesito para montar una sociedad limitada | FB
out-of-domain | alexa lee la letra capital de un libro qué es | FB
out-of-domain | alexa capital mayúscula o minúscula en inglés | FB
out-of-domain | alexa quién escribió el capital | FB
out-of-domain | alexa resumen de el capital de marx | FB
out-of-domain | alexa cuál es la capital europea de la cultura este año | FB
out-of-domain | alexa cuál es la capital mundial del libro | FB
out-of-domain | alexa por qué logroño es la capital del vino | FB
out-of-domain | alexa cuál es la capital del jamón en salamanca | FB
out-of-domain | alexa cuánto vale un billete de tren a santander | FB
out-of-domain | alexa recuérdame llamar al fontanero a las cinco | FB
out-of-domain | alexa cuéntame un chiste de bomberos | FB
out-of-domain | alexa cuántos días faltan para los sanfermines | FB
out-of-domain | alexa qué farmacia está de guardia en ceuta | FB
out-of-domain | alexa qué hora es en bogotá ahora | FB
out-of-domain | alexa a cuánto está el euro en pesos colombianos | FB
out-of-domain | alexa cuándo sale el barco para ibiza | FB
out-of-domain | alexa cuál es el prefijo de marruecos | FB
out-of-domain | alexa cómo se dice gracias en búlgaro | FB
out-of-domain | alexa traduce buenos días al árabe | FB
out-of-domain | alexa qué santo es hoy | FB
out-of-domain | alexa cuándo es el sorteo de la lotería de navidad | FB
out-of-domain | alexa ha tocado el gordo | FB
out-of-domain | alexa pon saber y ganar | FB
out-of-domain | alexa cuántas preguntas tiene el trivial | FB
out-of-domain | alexa dónde está la frontera de melilla | FB
out-of-domain | alexa qué países tienen frontera con españa | FB
out-of-domain | alexa cuántos países hay en el mundo | FB
out-of-domain | alexa cuál es el país más grande de áfrica | FB
out-of-domain | alexa cuál es la ciudad más poblada de australia | FB
out-of-domain | alexa qué presidente tiene francia | FB
out-of-domain | alexa quién es el rey de marruecos | FB
out-of-domain | alexa qué temperatura hace en palma de mallorca | FB
out-of-domain | alexa baja el volumen un poquito | FB
out-of-domain | alexa sube la calefacción | FB
out-of-domain | alexa cuántas calorías tiene una tortilla de patatas | FB
out-of-domain | alexa cómo se hace el bacalao al ajoarriero | FB
out-of-domain | alexa pon el despertador a las seis menos cuarto | FB
out-of-domain | alexa capital de la oposición de bomberos cuánto temario tiene | FB
out-of-domain | alexa quiero ver el tiempo en la capital | FB
out-of-domain | alexa qué tiempo hace en la capital de españa | FB
out-of-domain | alexa qué tal se vive en madrid capital | FB
out-of-domain | alexa cuál es el clima en la ciudad de méxico | FB | es-MX
out-of-domain | alexa va a llover hoy en morelia | FB | es-MX
out-of-domain | alexa pon música de los tigres del norte | FB | es-MX
out-of-domain | alexa pon una de peso pluma | FB | es-MX
out-of-domain | alexa pon la rola de vicente fernández | FB | es-MX
out-of-domain | alexa a cómo está el dólar hoy | FB | es-MX
out-of-domain | alexa a qué hora juega el américa | FB | es-MX
out-of-domain | alexa cómo quedó el pachuca | FB | es-MX
out-of-domain | alexa cuánto cuesta la caseta a querétaro | FB | es-MX
out-of-domain | alexa cuántos habitantes tiene guanajuato | FB | es-MX
out-of-domain | alexa qué idioma hablan los purépechas | FB | es-MX
out-of-domain | alexa cómo se dice hola en náhuatl | FB | es-MX
out-of-domain | alexa cuál es el volcán más alto de méxico | FB | es-MX
out-of-domain | alexa cuándo es el día de muertos | FB | es-MX
out-of-domain | alexa cómo se hace el pan de muerto | FB | es-MX
out-of-domain | alexa receta de pozole rojo | FB | es-MX
out-of-domain | alexa pon un temporizador para los tamales de una hora | FB | es-MX
out-of-domain | alexa apaga el foco del cuarto | FB | es-MX
out-of-domain | alexa prende la tele | FB | es-MX
out-of-domain | alexa cuál es la capital mundial de la plata | FB | es-MX
out-of-domain | alexa por qué le dicen a león la capital del calzado | FB | es-MX
out-of-domain | alexa cuál es la capital del aguacate | FB | es-MX
out-of-domain | alexa qué es el capital de trabajo | FB | es-MX
out-of-domain | alexa cuánto capital necesito para abrir una tortillería | FB | es-MX
out-of-domain | alexa qué es la pena capital y en qué países existe | FB | es-MX
out-of-domain | alexa dónde queda la capital del país | FB | es-MX
out-of-domain | alexa cuál es la capital de la huasteca | FB | es-MX
out-of-domain | alexa cuál es la capital de la tierra caliente | FB | es-MX
out-of-domain | alexa cuál es la capital del bajío | FB | es-MX
out-of-domain | alexa cuál es la capital de la región purépecha | FB | es-MX
out-of-domain | alexa cuál es la capital de la comarca lagunera | FB | es-MX
out-of-domain | alexa cuál es la capital del municipio de uruapan | FB | es-MX
out-of-domain | alexa cuántos estados tiene méxico | FB | es-MX
out-of-domain | alexa cuál es el estado más grande de méxico | FB | es-MX
out-of-domain | alexa quién es el gobernador de chihuahua | FB | es-MX
out-of-domain | alexa cuánto mide la barranca del cobre | FB | es-MX
out-of-domain | alexa qué hora es en tokio | FB | es-MX
out-of-domain | alexa cuánto tarda un vuelo a madrid | FB | es-MX
out-of-domain | alexa dónde está la mariposa monarca en invierno | FB | es-MX
out-of-domain | alexa cuándo empieza el cervantino | FB | es-MX
out-of-domain | alexa cuéntame un chiste de pepito | FB | es-MX
out-of-domain | alexa cuál es el himno de méxico | FB | es-MX
out-of-domain | alexa pon la lotería nacional resultados | FB | es-MX
out-of-domain | alexa cuál es el país más pequeño del mundo | FB | es-MX
out-of-domain | alexa qué países tienen frontera con guatemala | FB | es-MX
out-of-domain | alexa cuál es la bandera de colombia | FB | es-MX
out-of-domain | alexa qué moneda usan en nicaragua | FB | es-MX
out-of-domain | alexa qué tiempo hace en albuquerque | FB | es-US
out-of-domain | alexa is it gonna rain hoy en houston | FB | es-US
out-of-domain | alexa pon música de bad bunny | FB | es-US
out-of-domain | alexa play la radio en español | FB | es-US
out-of-domain | alexa pon a selena en la sala | FB | es-US
out-of-domain | alexa turn off las luces de la cocina | FB | es-US
out-of-domain | alexa set a timer de veinte minutos | FB | es-US
out-of-domain | alexa add tortillas a la shopping list | FB | es-US
out-of-domain | alexa cuánto es el minimum wage en florida | FB | es-US
out-of-domain | alexa cuándo es el deadline de los taxes | FB | es-US
out-of-domain | alexa a cómo está el dólar en lempiras | FB | es-US
out-of-domain | alexa cuánto cuesta mandar dinero a el salvador | FB | es-US
out-of-domain | alexa qué hora es en guatemala | FB | es-US
out-of-domain | alexa a qué hora juegan los cowboys | FB | es-US
out-of-domain | alexa quién ganó el super bowl | FB | es-US
out-of-domain | alexa dónde van a jugar el mundial del veintiséis | FB | es-US
out-of-domain | alexa cuál es la capital del country music | FB | es-US
out-of-domain | alexa why is nashville called music city | FB | es-US
out-of-domain | alexa qué es capital one | FB | es-US
out-of-domain | alexa llama a capital one | FB | es-US
out-of-domain | alexa what's my capital one balance | FB | es-US
out-of-domain | alexa qué significa capital letter en español | FB | es-US
out-of-domain | alexa cuál es la capital del chile verde | FB | es-US
out-of-domain | alexa por qué le dicen a gainesville la capital del pollo | FB | es-US
out-of-domain | alexa cuál es la capital de la ensalada del mundo | FB | es-US
out-of-domain | alexa cuál es la capital del condado de dallas | FB | es-US
out-of-domain | alexa cuál es la capital de long island | FB | es-US
out-of-domain | alexa cuál es la capital del valle de san luis | FB | es-US
out-of-domain | alexa cuál es la capital de los cayos | FB | es-US
out-of-domain | alexa cuál es la capital de la nación navajo | FB | es-US
out-of-domain | alexa cuál es la capital de aztlán | FB | es-US
out-of-domain | alexa cuántos estados tiene estados unidos | FB | es-US
out-of-domain | alexa quién es el gobernador de nuevo méxico | FB | es-US
out-of-domain | alexa cuál es el estado más grande de los estados unidos | FB | es-US
out-of-domain | alexa how many people live in texas | FB | es-US
out-of-domain | alexa qué idioma hablan en haití | FB | es-US
out-of-domain | alexa cómo se dice chancla en inglés | FB | es-US
out-of-domain | alexa cuéntame un chiste | FB | es-US
out-of-domain | alexa cuál es el número del consulado de honduras | FB | es-US
out-of-domain | alexa dónde está el walmart más cercano | FB | es-US
out-of-domain | alexa order more paper towels | FB | es-US
out-of-domain | alexa cuál es la receta de las pupusas | FB | es-US
out-of-domain | alexa pon un recordatorio para el baby shower el sábado | FB | es-US
out-of-domain | alexa cuántas millas hay de tucson a phoenix | FB | es-US
out-of-domain | alexa qué pasó con el huracán | FB | es-US
out-of-domain | alexa cuál es la bandera de el salvador | FB | es-US
# help
help | alexa cómo funciona esto de las capitales | HELP
help | alexa qué le puedo preguntar a este juego | HELP
help | alexa no sé cómo se usa ayúdame | HELP
help | alexa hala explícame cómo va esto | HELP
help | ayuda que me he perdido | HELP
help | alexa qué tengo que decir para que me digas una capital | HELP
help | alexa mi abuela no sabe usarlo cómo se pregunta | HELP
help | alexa necesito instrucciones | HELP
help | alexa cómo era para preguntar una capital | HELP
help | alexa majo échame una mano con esto | HELP
help | alexa qué opciones tengo | HELP
help | alexa de qué va esta aplicación | HELP
help | alexa wallah no entiendo cómo funciona | HELP
help | alexa y esto qué hace | HELP
help | alexa ayuda por favor que no me entero | HELP
help | alexa cómo le hago para preguntar | HELP | es-MX
help | alexa oiga cómo se usa esto | HELP | es-MX
help | alexa no le entiendo ayúdeme | HELP | es-MX
help | alexa qué cosas sabes de capitales | HELP | es-MX
help | alexa explícame cómo jalas | HELP | es-MX
help | ayuda porfa | HELP | es-MX
help | alexa qué le digo para que me diga la capital | HELP | es-MX
help | alexa pues cómo se juega | HELP | es-MX
help | alexa mi hijo no sabe qué preguntarte ayúdalo | HELP | es-MX
help | alexa y tú qué sabes hacer aquí | HELP | es-MX
help | alexa cuáles son las instrucciones | HELP | es-MX
help | alexa no sé qué preguntar dame ideas | HELP | es-MX
help | alexa ocupo ayuda con el juego | HELP | es-MX
help | alexa help me con esto | HELP | es-US
help | alexa how does this work en español | HELP | es-US
help | alexa cómo funciona this game | HELP | es-US
help | alexa necesito help | HELP | es-US
help | alexa what can i say aquí | HELP | es-US
help | alexa asina cómo se usa | HELP | es-US
help | alexa chero ayudame vos | HELP | es-US
help | alexa mi mamá quiere saber cómo se usa | HELP | es-US
help | alexa no entiendo nada what do i do | HELP | es-US
help | alexa explícame the rules | HELP | es-US
help | help please | HELP | es-US
help | alexa qué preguntas acepta | HELP | es-US
help | alexa dame un ejemplo de lo que puedo preguntar | HELP | es-US
# stop
stop | alexa para ya que me voy a la obra | STOP
stop | alexa hala para | STOP
stop | alexa vale ya déjalo | STOP
stop | alexa apágate que llega la cena | STOP
stop | alexa se acabó el juego | STOP
stop | alexa sal de las capitales | STOP
stop | alexa basta ya majo | STOP
stop | alexa ciérralo que me voy a dormir | STOP
stop | alexa para que está sonando el teléfono | STOP
stop | alexa ya está ya no quiero más | STOP
stop | alexa quita esto | STOP
stop | alexa para para para | STOP
stop | alexa deja de preguntar | STOP
stop | alexa que pares | STOP
stop | alexa cierra capitales del mundo | STOP
stop | alexa ya estuvo | STOP | es-MX
stop | alexa ya bájale | STOP | es-MX
stop | alexa ya no quiero jugar | STOP | es-MX
stop | alexa párale ahí | STOP | es-MX
stop | alexa ya cállate por favor | STOP | es-MX
stop | alexa sálte del juego | STOP | es-MX
stop | alexa apágalo ya que llegó mi jefa | STOP | es-MX
stop | alexa ya me voy a la chamba adiós | STOP | es-MX
stop | alexa ya estuvo suave | STOP | es-MX
stop | alexa termina el juego | STOP | es-MX
stop | alexa fin | STOP | es-MX
stop | alexa ya no gracias | STOP | es-MX
stop | alexa hasta luego | STOP | es-MX
stop | alexa stop ya | STOP | es-US
stop | alexa that's it ya | STOP | es-US
stop | alexa para ya please | STOP | es-US
stop | alexa i'm done con esto | STOP | es-US
stop | alexa ya terminamos | STOP | es-US
stop | alexa exit the game | STOP | es-US
stop | alexa shut up ya | STOP | es-US
stop | alexa ya no más capitales | STOP | es-US
stop | alexa vos ya pará | STOP | es-US
stop | alexa ya no quiero okay bye | STOP | es-US
stop | alexa stop capitales del mundo | STOP | es-US
stop | alexa ya estufas | STOP | es-US
stop | alexa apágate que ya llegó el bus | STOP | es-US
# cancel
cancel | alexa cancela | CANCEL
cancel | alexa cancela eso | CANCEL
cancel | alexa nada olvídalo | CANCEL
cancel | alexa anula la pregunta | CANCEL
cancel | alexa no era eso cancela | CANCEL
cancel | alexa déjalo no importa | CANCEL
cancel | alexa olvida lo que te he dicho | CANCEL
cancel | alexa cancela que me he equivocado | CANCEL
cancel | alexa nada nada | CANCEL
cancel | alexa no no déjalo | CANCEL
cancel | alexa bórralo | CANCEL
cancel | alexa que no que no era para ti | CANCEL
cancel | alexa cancélalo todo | CANCEL
cancel | alexa no te hablaba a ti | CANCEL
cancel | alexa olvídalo hombre | CANCEL
cancel | alexa cancélale | CANCEL | es-MX
cancel | alexa ya no importa olvídalo | CANCEL | es-MX
cancel | alexa no es contigo | CANCEL | es-MX
cancel | alexa mejor no | CANCEL | es-MX
cancel | alexa ahí déjalo | CANCEL | es-MX
cancel | alexa nel cancela | CANCEL | es-MX
cancel | alexa no le hagas caso a mi hijo | CANCEL | es-MX
cancel | alexa no nada perdón | CANCEL | es-MX
cancel | alexa cancela la pregunta porfa | CANCEL | es-MX
cancel | alexa olvida eso que dije | CANCEL | es-MX
cancel | alexa no me hagas caso | CANCEL | es-MX
cancel | alexa deja eso | CANCEL | es-MX
cancel | alexa ni modo cancela | CANCEL | es-MX
cancel | alexa cancel that | CANCEL | es-US
cancel | alexa never mind | CANCEL | es-US
cancel | alexa no nada never mind | CANCEL | es-US
cancel | alexa forget it olvídalo | CANCEL | es-US
cancel | alexa cancel eso | CANCEL | es-US
cancel | alexa no era pa ti cancel | CANCEL | es-US
cancel | alexa ay no forget it | CANCEL | es-US
cancel | alexa cancela eso please | CANCEL | es-US
cancel | alexa mirá olvidalo vos | CANCEL | es-US
cancel | alexa no importa cancel | CANCEL | es-US
cancel | alexa oops no cancela | CANCEL | es-US
cancel | alexa mi niño habló cancela | CANCEL | es-US
cancel | alexa scratch that | CANCEL | es-US
# launch: the skill's invocation name
launch | alexa abre capitales del mundo | LAUNCH
launch | alexa hala abre capitales del mundo | LAUNCH
launch | alexa pon capitales del mundo para los chavales | LAUNCH
launch | alexa abre el juego capitales del mundo | LAUNCH
launch | alexa inicia capitales del mundo | LAUNCH
launch | alexa quiero jugar a capitales del mundo | LAUNCH
launch | alexa idò obre capitales del mundo | LAUNCH
launch | alexa abre capitales del mundo que estudio oposiciones | LAUNCH
launch | alexa vamos con capitales del mundo | LAUNCH
launch | alexa arranca capitales del mundo | LAUNCH
launch | alexa abre capitales del mundo por favor | LAUNCH | es-MX
launch | alexa ábreme capitales del mundo | LAUNCH | es-MX
launch | alexa pon capitales del mundo para la tarea | LAUNCH | es-MX
launch | alexa oiga abra capitales del mundo | LAUNCH | es-MX
launch | alexa inicia el juego de capitales del mundo | LAUNCH | es-MX
launch | alexa quiero capitales del mundo | LAUNCH | es-MX
launch | alexa juguemos capitales del mundo | LAUNCH | es-MX
launch | alexa entra a capitales del mundo | LAUNCH | es-MX
launch | alexa abre capitales del mundo pa la olimpiada | LAUNCH | es-MX
launch | alexa activa capitales del mundo | LAUNCH | es-MX
launch | alexa open capitales del mundo please | LAUNCH | es-US
launch | alexa abre capitales del mundo for my son | LAUNCH | es-US
launch | alexa pon capitales del mundo en español | LAUNCH | es-US
launch | alexa start the capitales del mundo game | LAUNCH | es-US
launch | alexa chero abrí capitales del mundo | LAUNCH | es-US
launch | alexa abre capitales del mundo pa la clase | LAUNCH | es-US
launch | alexa launch capitales del mundo | LAUNCH | es-US
launch | alexa quiero jugar capitales del mundo with my kids | LAUNCH | es-US
launch | alexa abre capitales del mundo asina | LAUNCH | es-US
launch | alexa open up capitales del mundo | LAUNCH | es-US
launch | alexa ask capitales del mundo cuál es la capital de perú | PE | es-US
# yes-no-check: the speaker offers an answer
yes-no-check | alexa la capital de australia es sídney verdad | AU
yes-no-check | alexa es berna la capital de suiza o es zúrich | CH
yes-no-check | alexa a que la capital de canadá es toronto | CA
yes-no-check | alexa estambul es la capital de turquía sí o no | TR
yes-no-check | alexa la capital de marruecos es casablanca o rabat | MA
yes-no-check | alexa es cierto que la capital de nigeria ya no es lagos | NG
yes-no-check | alexa la capital de brasil es río o no | BR
yes-no-check | alexa mi cuñado dice que la capital de kazajistán es almatý tiene razón | KZ
yes-no-check | alexa es yamusukro la capital de costa de marfil | CI
yes-no-check | alexa la capital de escocia es glasgow no | GB-SCT
yes-no-check | alexa la capital de myanmar sigue siendo rangún | MM
yes-no-check | alexa verdad que la capital de tanzania es dar es salaam | TZ
yes-no-check | alexa la capital de veracruz es el puerto de veracruz o no | MX-VER | es-MX
yes-no-check | alexa es cierto que la capital de sinaloa es culiacán | MX-SIN | es-MX
yes-no-check | alexa la capital de baja california es tijuana verdad | MX-BCN | es-MX
yes-no-check | alexa la capital de guerrero es acapulco o no | MX-GRO | es-MX
yes-no-check | alexa a poco la capital de coahuila no es torreón | MX-COA | es-MX
yes-no-check | alexa la capital de quintana roo es cancún verdad | MX-ROO | es-MX
yes-no-check | alexa la capital de bolivia es la paz o sucre | BO | es-MX
yes-no-check | alexa la capital de nueva zelanda es auckland no | NZ | es-MX
yes-no-check | alexa la capital de california es los ángeles right | US-CA | es-US
yes-no-check | alexa is houston la capital de texas | US-TX | es-US
yes-no-check | alexa la capital de nueva york es new york city verdad | US-NY | es-US
yes-no-check | alexa chicago es la capital de illinois o no | US-IL | es-US
yes-no-check | alexa la capital de nevada es las vegas no | US-NV | es-US
yes-no-check | alexa la capital de pensilvania es filadelfia right | US-PA | es-US
yes-no-check | alexa la capital de luisiana es nueva orleans o baton rouge | US-LA | es-US
yes-no-check | alexa la capital de washington es seattle verdad | US-WA | es-US
# self-correction: the speaker fixes the place mid-sentence
self-correction | alexa la capital de eslovenia digo de eslovaquia | SK
self-correction | alexa cuál es la capital de austria no perdón de australia | AU
self-correction | alexa la capital de suecia bueno no de suiza | CH
self-correction | alexa dime la capital de guinea ecuatorial no de guinea a secas | GN
self-correction | alexa la capital de níger ay no de nigeria | NG
self-correction | alexa capital de irán quiero decir irak | IQ
self-correction | alexa cuál es la capital de islandia espera de irlanda | IE
self-correction | alexa la capital de letonia uy no lituania | LT
self-correction | alexa capital de la república dominicana digo de dominica la isla | DM
self-correction | alexa la capital de sonora no perdón de sinaloa | MX-SIN | es-MX
self-correction | alexa cuál es la capital de colima digo de colombia | CO | es-MX
self-correction | alexa la capital de nuevo león bueno no de nuevo méxico | US-NM | es-MX
self-correction | alexa capital de gambia no de zambia | ZM | es-MX
self-correction | alexa la capital de tabasco perdón de tlaxcala | MX-TLA | es-MX
self-correction | alexa cuál es la capital de mauritania no de mauricio | MU | es-MX
self-correction | alexa the capital of iowa no wait de idaho | US-ID | es-US
self-correction | alexa la capital de virginia no de virginia occidental | US-WV | es-US
self-correction | alexa capital de carolina del norte sorry del sur | US-SC | es-US
self-correction | alexa la capital de montana no de vermont | US-VT | es-US
self-correction | alexa la capital de austria digo de armenia | AM | es-US
self-correction | alexa capital de honduras oh no de el salvador | SV | es-US
# reverse-question: which place has this capital
reverse-question | alexa de qué país es capital ulán bator | CITY:Ulán Bator
reverse-question | alexa vientián es la capital de qué país | CITY:Vientián
reverse-question | alexa tiflis de dónde es capital | CITY:Tiflis
reverse-question | alexa de qué país es la capital uagadugú | CITY:Uagadugú
reverse-question | alexa la paz es capital de qué | CITY:La Paz
reverse-question | alexa de qué es capital victoria | CITY:Victoria
reverse-question | alexa mascate a qué país pertenece como capital | CITY:Mascate
reverse-question | alexa de qué estado es capital toluca | CITY:Toluca | es-MX
reverse-question | alexa chetumal es capital de qué estado | CITY:Chetumal | es-MX
reverse-question | alexa de dónde es capital tepic | CITY:Tepic | es-MX
reverse-question | alexa ciudad victoria es capital de qué | CITY:Ciudad Victoria | es-MX
reverse-question | alexa mérida de qué es capital | CITY:Mérida | es-MX
reverse-question | alexa tuxtla gutiérrez es la capital de qué estado | CITY:Tuxtla Gutiérrez | es-MX
reverse-question | alexa de qué estado es capital pierre | CITY:Pierre | es-US
reverse-question | alexa which state has la capital en harrisburg | CITY:Harrisburg | es-US
reverse-question | alexa olympia es capital de qué estado | CITY:Olympia | es-US
reverse-question | alexa de qué estado es capital santa fe | CITY:Santa Fe | es-US
reverse-question | alexa de dónde es capital columbia | CITY:Columbia | es-US
reverse-question | alexa kingston es la capital de qué país | CITY:Kingston | es-US
reverse-question | alexa georgetown es capital de dónde | CITY:Georgetown
# official-name: long official names
official-name | alexa cuál es la capital de la república helénica | GR
official-name | alexa capital de la confederación suiza | CH
official-name | alexa cuál es la capital del reino de marruecos | MA
official-name | alexa la capital de la república federal de alemania | DE
official-name | alexa cuál es la capital de la república oriental del uruguay | UY
official-name | alexa capital del estado plurinacional de bolivia | BO
official-name | alexa cuál es la capital de la república bolivariana de venezuela | VE
official-name | alexa la capital del reino hachemita de jordania | JO
official-name | alexa cuál es la capital de la república islámica de mauritania | MR
official-name | alexa la capital de la república democrática federal de nepal | NP
official-name | alexa cuál es la capital de los estados unidos mexicanos | MX | es-MX
official-name | alexa capital de la república de guatemala | GT | es-MX
official-name | alexa cuál es la capital de la república popular china | CN | es-MX
official-name | alexa la capital de la república federativa del brasil | BR | es-MX
official-name | alexa la capital de la federación de rusia | RU | es-MX
official-name | alexa cuál es la capital de la república de la india | IN | es-MX
official-name | alexa capital del estado libre y soberano de oaxaca | MX-OAX | es-MX
official-name | alexa cuál es la capital de la mancomunidad de las bahamas | BS | es-US
official-name | alexa capital of the united states of america en español | US | es-US
official-name | alexa cuál es la capital de la república de honduras | HN | es-US
official-name | alexa capital del estado libre asociado de puerto rico | PR | es-US
official-name | alexa la capital de la mancomunidad de pensilvania | US-PA | es-US
official-name | alexa cuál es la capital de la república democrática socialista de sri lanka | LK | es-US
# everyday-name: the names people actually use
everyday-name | alexa cuál es la capital de holanda | NL
everyday-name | alexa capital de inglaterra | GB-ENG
everyday-name | alexa la capital de los emiratos | AE
everyday-name | alexa cuál es la capital de chequia o república checa como se diga | CZ
everyday-name | alexa capital de bielorrusia o belarús | BY
everyday-name | alexa cuál es la capital de birmania | MM
everyday-name | alexa la capital de la isla de granada en el caribe | GD
everyday-name | alexa cuál es la capital de suazilandia la de antes | SZ
everyday-name | alexa capital de moldova | MD
everyday-name | alexa la capital de timor oriental | TL
everyday-name | alexa cuál es la capital de los yunaites | US | es-MX
everyday-name | alexa capital de gringolandia | US | es-MX
everyday-name | alexa cuál es la capital de corea la de abajo | KR | es-MX
everyday-name | alexa la capital de arabia | SA | es-MX
everyday-name | alexa cuál es la capital del congo el de kinshasa | CD | es-MX
everyday-name | alexa capital de san vicente | VC | es-MX
everyday-name | alexa cuál es la capital de las islas marshall | MH | es-MX
everyday-name | alexa capital of the states no de estados unidos | US | es-US
everyday-name | alexa cuál es la capital de la república checa | CZ | es-US
everyday-name | alexa capital de trinidad | TT | es-US
everyday-name | alexa la capital de antigua | AG | es-US
everyday-name | alexa cuál es la capital de quisqueya | DO | es-US
everyday-name | alexa capital de cabo verde en áfrica | CV | es-US
# shared-name: a name that means several places
shared-name | alexa cuál es la capital de georgia | GE+US-GA
shared-name | alexa la capital de georgia la de europa | GE
shared-name | alexa capital de georgia en estados unidos | US-GA | es-US
shared-name | alexa cuál es la capital del congo | CD+CG
shared-name | alexa la capital de las dos coreas | KP+KR
shared-name | alexa cuál es la capital de guinea | GN
shared-name | alexa cuál es la capital de san martín | MF+SX | es-MX
shared-name | alexa la capital de washington | US-WA | es-US
shared-name | alexa cuál es la capital de las carolinas | US-NC+US-SC | es-US
shared-name | alexa capital de las dakotas | US-ND+US-SD | es-US
shared-name | alexa la capital de las samoas | AS+WS
shared-name | alexa cuál es la capital de las islas vírgenes | VG+VI | es-US
shared-name | alexa cuál es la capital de méxico el estado no el país | MX-MEX | es-MX
shared-name | alexa capital de méxico | MX | es-MX
shared-name | alexa cuál es la capital de luxemburgo | LU
shared-name | alexa la capital de los dos sudanes | SD+SS
shared-name | alexa la capital de irlanda la de arriba | GB-NIR
"""

if __name__ == "__main__":
    build_round(45, "es", LINES, sys.argv, "tests/Eval/es/round45/source/build_corpus.py")
