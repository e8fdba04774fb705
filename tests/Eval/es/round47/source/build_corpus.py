"""Round 47, Spanish (es-ES, es-MX, es-US): a new author's own mix, written blind at the start of the fifty-fourth session
(brief WRITER60.md).

Written by the writer60-es helper without the voice model, the simulator, the skill's code, the interaction model or
earlier rounds' halves; only the places' ids, kinds, Spanish names and capital names were read from the data, through a
small script, to check ids and to know which places exist. Speakers and situations were chosen apart from round 46's
(Cádiz and the Bay, Jaén and Granada, Aragón, Catalonia, Valencia, the Basque Country, Madrid, Castilla-La Mancha;
Venezuelan, Argentine and Dominican families in Spain; Honduran and Nicaraguan carers; Senegalese and Gambian learners;
British retirees; Italian Erasmus students; Monterrey, Guadalajara, Sinaloa, Tijuana, Chiapas, Veracruz, Cancún,
Aguascalientes, Colima, Morelos; Guatemalan and Honduran migrants staying in Mexico; Haitian and Cameroonian learners;
US and Canadian retirees at Chapala; Chicago, Puerto Ricans in Orlando, Dominicans in Lawrence, Hondurans in New
Orleans, Paterson, meatpacking towns, the Central Valley, Utah and Oregon, heritage college students, gamers) and from
the round 45 and round 44 groups its docstring names (Castilla y León, Navarra, La Rioja, Cantabria, the Balearics,
Ceuta and Melilla, the Canaries, Galicia, Asturias, Extremadura, Murcia; Colombian, Bolivian, Paraguayan, Peruvian,
Cuban, Romanian, Ecuadorian, Chinese, Ukrainian, Nigerian, Filipino, Pakistani families; Michoacán, Guanajuato,
Querétaro, Hidalgo, San Luis Potosí, the Acapulco coast, Chihuahua, Oaxaca, Puebla, Yucatán, Sonora, Coahuila,
Zacatecas, Durango, Mexico City, Tabasco, Tlaxcala; northern New Mexico, South Florida, Salvadorans around DC, Texas,
the Mountain West, Salinas, the Valley, El Paso, New York, Yakima, Dalton, Iowa, Charlotte, Wisconsin).

es-ES: Málaga and Almería (the Costa del Sol, El Ejido's greenhouses, the August fair: chiquillo, una pechá, killo, ni
harto vino), Sevilla, Huelva and Córdoba (the Feria de Abril, El Rocío, the strawberry fields of Lepe, the Mezquita: mi
niño, qué arte, me da coraje, vamo a ve); young Spaniards working in London, Dublin and Berlin (flatmate, genau, also,
bitte, curro); Chilean and Uruguayan families in Spain (po, weón, cachai, al tiro; bo, ta, decime, gurí); Equatoguinean
and Sahrawi families (mbolo, inshallah, hamdulillah, the summer children of Vacaciones en Paz); Russian, Georgian and
Armenian speakers on the Costa Blanca (davai, nu, gamarjoba, barev; articles dropped); Scandinavian, Dutch and German
retirees (ja, tack, dank je; learner Spanish); Japanese, Korean and Taiwanese students on a summer course (sumimasen,
ne, aigoo; the DELE); school (the oposiciones to teacher, second-year ESO, a university geography exam); work (a lorry
driver, a hairdresser, a supermarket checkout, a building site, a petrol station); games (Saber y ganar, crosswords,
Risk, the family WhatsApp quiz, Trivial).

es-MX: Tamaulipas (Tampico and the Ciudad Madero refinery, Reynosa's maquilas, Playa Miramar: qué pex, bato, simón,
ándale), Nayarit and Baja California Sur (Tepic, Wixárika artisans, Los Cabos, La Paz's marina, sport fishing: pariente,
mi rey, compita, la mera verdad), the Estado de México (Neza, Ecatepec, Toluca, the combi, an Otomí grandmother: neta,
no manches, chale, joven, ya ni la friegas), southern Quintana Roo (Chetumal, Bacalar, the Corozal free zone, Maya
speakers: bix a beel, dios bo'otik, ma'alob), inland Guerrero (Taxco's silver shops, Tierra Caliente: a poco, ora,
órale pues); Lebanese-Mexican families (yalla, habibi, jiddo, tacos árabes); Japanese and Korean engineers at the auto
plants (ano, hai, kamsahamnida; learner Spanish); work (a bilingual call centre); school (the UNAM admission guide, the
COMIPEMS, geography homework); games (Turista Mundial, 100 mexicanos dijeron, a bet with a cousin, the school kermés).

es-US: East Los Angeles and Boyle Heights (órale, ése, homie, simón), San Diego and Chula Vista commuters and southern
Arizona (la garita, the SENTRI lane, Tucson, Nogales), Puerto Ricans in Philadelphia and Holyoke (acho, nene, diantre,
janguear, bregar), Mexican families in Minneapolis and St. Paul (Lake Street, dairies, hockey, the frozen lake),
Guatemalans in Pico-Union and Gulfton (púchica, vos, chilero, a la gran), Costa Ricans and Panamanians in New Jersey and
Brooklyn (pura vida, mae, tuanis; qué xopá, fren, chuleta), Anglo learners (a high-school class, a son-in-law: "qué es
la capital", "el capital de"); work (a restaurant kitchen, a landscaping crew, hotel housekeeping); the citizenship
test (the interview, the civics questions); games (dominoes, Jeopardy, a trivia app, lotería night); English switching
throughout.

Every line was written by hand as one utterance; the only generated lines are the at most three fills of a frame
(each frame said once).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# ================================================================ es-ES
# Málaga and Almería: Costa del Sol bars, El Ejido's greenhouses, the August fair (chiquillo, una pechá, ni harto vino, killo)
malaga-almeria | alexa chiquillo en el invernadero tengo compañeros de {} cuál es la capital | malí=ML; senegal=SN; guinea=GN
malaga-almeria | alexa una pechá de guiris de {} en el chiringuito y yo sin saber la capital | noruega=NO; finlandia=FI; irlanda=IE
malaga-almeria | alexa killo dime la capital de {} que me estoy picando con mi cuñao | rumanía=RO; bulgaria=BG; moldavia=MD
malaga-almeria | alexa qué pasa contigo dime cuál es la capital de {} | lituania=LT; letonia=LV; estonia=EE
malaga-almeria | alexa en la feria me he liado con una de {} cuál es la capital de allí | hungría=HU; austria=AT; eslovaquia=SK
malaga-almeria | alexa la capital de {} no me acuerdo ni harto vino | eslovenia=SI; croacia=HR; serbia=RS
malaga-almeria | alexa el encargado del almacén de pimientos es de {} cuál es su capital | gambia=GM; ghana=GH; guinea bisáu=GW
malaga-almeria | alexa me voy de crucero desde el puerto de málaga a {} cuál es la capital | malta=MT; grecia=GR; túnez=TN
malaga-almeria | alexa chiquillo cuál es la capital de gibraltar que lo tengo aquí al lado | GI
malaga-almeria | alexa en el poniente almeriense hay mucha gente de {} cuál es su capital | marruecos=MA; argelia=DZ; mauritania=MR
malaga-almeria | alexa el hotel de torremolinos se ha llenado de gente de {} cuál es la capital | suecia=SE; dinamarca=DK; islandia=IS
malaga-almeria | alexa qué capital tiene {} chiquillo | montenegro=ME; albania=AL; macedonia del norte=MK
malaga-almeria | alexa killo la capital de almería cuál es | FB
# Sevilla, Huelva and Córdoba: the Feria de Abril, El Rocío, Huelva's strawberry fields, the Mezquita (mi niño, qué arte, me da coraje, vamo a ve)
sevilla-huelva | alexa mi niño cuál es la capital de {} | polonia=PL; bielorrusia=BY; chequia=CZ
sevilla-huelva | alexa en la fresa de lepe trabajan muchas de {} qué capital tiene ese país | ucrania=UA; rumanía=RO; marruecos=MA
sevilla-huelva | alexa me da coraje no saberlo cuál es la capital de {} | bosnia=BA; kosovo=XK; montenegro=ME
sevilla-huelva | alexa qué arte dime la capital de {} | portugal=PT; andorra=AD; mónaco=MC
sevilla-huelva | alexa en la caseta hay unos de {} preguntando cuál es su capital | méxico=MX; japón=JP; estados unidos=US
sevilla-huelva | alexa vamo a ve cuál es la capital de {} | liechtenstein=LI; luxemburgo=LU; san marino=SM
sevilla-huelva | alexa un peregrino del rocío venía de {} cuál es su capital | bélgica=BE; suiza=CH; alemania=DE
sevilla-huelva | alexa la mezquita de córdoba la visita mucha gente de {} cuál es la capital | arabia saudí=SA; turquía=TR; irán=IR
sevilla-huelva | alexa el barco que ha entrado en el puerto de huelva viene de {} cuál es la capital de allí | camerún=CM; angola=AO; namibia=NA
sevilla-huelva | alexa mi niño y la capital de {} | el vaticano=VA; italia=IT; francia=FR
sevilla-huelva | alexa en semana santa hay un grupo de {} haciendo fotos cuál es la capital de ese país | corea del sur=KR; filipinas=PH; china=CN
sevilla-huelva | alexa la capital de andalucía es sevilla verdad | FB
sevilla-huelva | alexa qué arte tiene la gente de {} cuál es su capital | sierra leona=SL; yemen=YE; granada la del caribe=GD
# Young Spaniards abroad: London, Dublin, Berlin (English and German slipped in: flatmate, genau, also, bitte, curro)
emigrados | alexa estoy en londres y mi flatmate es de {} cuál es la capital | nueva zelanda=NZ; australia=AU; sudáfrica=ZA
emigrados | alexa genau cuál es la capital de {} que me lo ha preguntado un kollege | siria=SY; afganistán=AF; irak=IQ
emigrados | alexa vale tío la capital de {} cuál es | canadá=CA; jamaica=JM; barbados=BB
emigrados | alexa en el pub quiz de dublín han preguntado la capital de {} | escocia=GB-SCT; gales=GB-WLS; irlanda del norte=GB-NIR
emigrados | alexa also dime la capital de {} bitte | baviera=DE-BY; sajonia=DE-SN; turingia=DE-TH
emigrados | alexa mi jefe en berlín es de {} qué capital tiene eso | hesse=DE-HE; renania del norte-westfalia=DE-NW; baja sajonia=DE-NI
emigrados | alexa estoy echando el currículum para un curro en {} cuál es la capital | singapur=SG; emiratos árabes unidos=AE; catar=QA
emigrados | alexa llevo cinco años en dublín y todavía no sé la capital de inglaterra si es que tiene | GB-ENG
emigrados | alexa mi novio es de brandeburgo cuál es la capital de su land | DE-BB
emigrados | alexa capital de schleswig-holstein que me voy de finde a la costa | DE-SH
emigrados | alexa cuál es la capital del sarre que voy a un festival | DE-SL
emigrados | alexa what's the capital de gales en español | GB-WLS
emigrados | alexa me mudo a hamburgo cuál es la capital de ese estado | DE-HH
# Chilean and Uruguayan families in Spain (po, weón, cachai, al tiro, bacán; bo, ta, decime, gurí, de una)
chilenos-uruguayos | alexa cuál es la capital de {} po | perú=PE; bolivia=BO; argentina=AR
chilenos-uruguayos | alexa weón dime al tiro la capital de {} | paraguay=PY; ecuador=EC; colombia=CO
chilenos-uruguayos | alexa cachai cuál es la capital de {} | venezuela=VE; guyana=GY; surinam=SR
chilenos-uruguayos | alexa bo cuál es la capital de {} | uruguay=UY; brasil=BR; chile=CL
chilenos-uruguayos | alexa ta decime la capital de {} que el gurí tiene deberes | cuba=CU; haití=HT; república dominicana=DO
chilenos-uruguayos | alexa mi vieja quiere saber la capital de {} de una | costa rica=CR; panamá=PA; honduras=HN
chilenos-uruguayos | alexa bacán y la capital de {} cuál es | nicaragua=NI; el salvador=SV; guatemala=GT
chilenos-uruguayos | alexa en el asado del domingo discutimos la capital de {} | belice=BZ; trinidad y tobago=TT; bahamas=BS
chilenos-uruguayos | alexa cuál es la capital de la isla de pascua po | FB
chilenos-uruguayos | alexa ta pero cuál es la capital de las malvinas bo | FK
# Equatoguinean families and Sahrawi families (mbolo in Fang; inshallah, hamdulillah; the summer children of Vacaciones en Paz)
ecuatoguineanos-saharauis | alexa mbolo cuál es la capital de {} | guinea ecuatorial=GQ; gabón=GA; santo tomé y príncipe=ST
ecuatoguineanos-saharauis | alexa mi tío vive en {} cuál es la capital de ese país | camerún=CM; nigeria=NG; república centroafricana=CF
ecuatoguineanos-saharauis | alexa en malabo dicen que la capital se va a mover cuál es la capital de guinea ecuatorial ahora | GQ
ecuatoguineanos-saharauis | alexa cuál es la capital del sáhara occidental | EH
ecuatoguineanos-saharauis | alexa inshallah dime la capital de {} | mauritania=MR; argelia=DZ; libia=LY
ecuatoguineanos-saharauis | alexa la niña saharaui que vino en verano pregunta la capital de {} | españa=ES; egipto=EG; sudán=SD
ecuatoguineanos-saharauis | alexa hamdulillah y la capital de {} cuál es | chad=TD; níger=NE; burkina faso=BF
ecuatoguineanos-saharauis | alexa mi primo estudia en {} cuál es la capital de allí | etiopía=ET; kenia=KE; tanzania=TZ
ecuatoguineanos-saharauis | alexa la capital de la república saharaui | EH
ecuatoguineanos-saharauis | alexa en bata me preguntan la capital de {} | congo brazzaville=CG; república democrática del congo=CD; santo tomé=ST
# Russian, Georgian and Armenian speakers in Torrevieja and Marbella (davai, nu, gamarjoba, barev; articles dropped)
rusohablantes | alexa davai capital de {} cuál es | rusia=RU; kazajistán=KZ; uzbekistán=UZ
rusohablantes | alexa nu dime por favor capital de {} | kirguistán=KG; tayikistán=TJ; turkmenistán=TM
rusohablantes | alexa gamarjoba cuál es capital de {} | armenia=AM; azerbaiyán=AZ; mongolia=MN
rusohablantes | alexa barev yo quiero saber capital de {} | líbano=LB; jordania=JO; chipre=CY
rusohablantes | alexa mi hija pregunta capital de {} tú sabes | bielorrusia=BY; moldavia=MD; letonia=LV
rusohablantes | alexa por favor cuál es capital de país {} | finlandia=FI; estonia=EE; polonia=PL
rusohablantes | alexa mi marido trabaja en barco que va a {} cuál capital | israel=IL; egipto=EG; turquía=TR
rusohablantes | alexa nu capital de georgia país de cáucaso | GE
# Scandinavian, Dutch and German retirees on the Costa Blanca (ja, tack, dank je; learner Spanish)
nordicos | alexa ja cuál es la capital de {} por favor | noruega=NO; suecia=SE; dinamarca=DK
nordicos | alexa hola yo quiero saber capital de islas feroe | FO
nordicos | alexa tack y cuál es el capital de groenlandia | GL
nordicos | alexa qué es la capital de las islas aland | AX
nordicos | alexa mi vecino dice que la capital de {} es otra cuál es | países bajos=NL; bélgica=BE; luxemburgo=LU
nordicos | alexa en el club de petanca preguntan la capital de {} | curazao=CW; aruba=AW; sint maarten=SX
nordicos | alexa por favor capital de {} yo no recuerda | svalbard=SJ; islandia=IS; finlandia=FI
nordicos | alexa dank je y la capital de frisia | FB
nordicos | alexa cuál es capital de mi país alemania | DE
# Japanese, Korean and Taiwanese students on a summer Spanish course (sumimasen, ne, aigoo; the DELE exam)
estudiantes-asiaticos | alexa sumimasen cuál es la capital de {} | japón=JP; taiwán=TW; corea del norte=KP
estudiantes-asiaticos | alexa disculpe la capital de {} cuál es ne | vietnam=VN; camboya=KH; laos=LA
estudiantes-asiaticos | alexa aigoo no sé la capital de {} me ayudas | tailandia=TH; myanmar=MM; malasia=MY
estudiantes-asiaticos | alexa para mi examen del dele necesito la capital de {} | indonesia=ID; brunéi=BN; timor oriental=TL
estudiantes-asiaticos | alexa cómo se dice la capital de {} en español | nepal=NP; bután=BT; bangladés=BD
estudiantes-asiaticos | alexa la capital de {} es qué ciudad | sri lanka=LK; maldivas=MV; pakistán=PK
estudiantes-asiaticos | alexa profesora dice pregunta a ti la capital de {} | filipinas=PH; papúa nueva guinea=PG; fiyi=FJ
# Studying: the oposiciones to teacher, second-year ESO exams, a university geography class
oposiciones | alexa estoy estudiando las oposiciones de maestro cuál es la capital de {} | burundi=BI; ruanda=RW; uganda=UG
oposiciones | alexa para el tema de geografía de las opos dime la capital de {} | mozambique=MZ; malaui=MW; zambia=ZM
oposiciones | alexa repasa conmigo la capital de {} | zimbabue=ZW; botsuana=BW; lesoto=LS
oposiciones | alexa el examen de segundo de la eso es mañana cuál es la capital de {} | madagascar=MG; comoras=KM; mauricio=MU
oposiciones | alexa me cae seguro en el examen la capital de {} dímela | seychelles=SC; yibuti=DJ; somalia=SO
oposiciones | alexa en el temario pone que la capital de {} cambió cuál es ahora | birmania=MM; costa de marfil=CI; kazajistán=KZ
oposiciones | alexa última pregunta del test la capital de {} | eritrea=ER; sudán del sur=SS; togo=TG
oposiciones | alexa para el examen de geografía de la uni cuál es la capital de {} | benín=BJ; cabo verde=CV; guinea conakri=GN
# Work: lorry drivers, a hairdresser, a supermarket checkout, a building site, a petrol station
oficios | alexa soy camionero y mañana cargo para {} cuál es su capital | lituania=LT; eslovaquia=SK; hungría=HU
oficios | alexa en la peluquería una clienta me ha dicho que es de {} cuál es la capital | uruguay=UY; rusia=RU; armenia=AM
oficios | alexa estoy en la caja del súper y me aburro dime la capital de {} | nauru=NR; tuvalu=TV; kiribati=KI
oficios | alexa el porte de esta semana es a {} qué capital tiene | bosnia y herzegovina=BA; macedonia del norte=MK; serbia=RS
oficios | alexa en la obra hay un encofrador de {} cuál es la capital de su país | paraguay=PY; bolivia=BO; marruecos=MA
oficios | alexa mientras se seca el tinte dime la capital de {} | vanuatu=VU; samoa=WS; tonga=TO
oficios | alexa en la gasolinera de la nacional cuatro cuál es la capital de {} | andorra=AD; portugal=PT; francia=FR
# Games: Saber y ganar on telly, crosswords, Risk, the family WhatsApp quiz, Trivial
concursos | alexa estoy viendo saber y ganar cuál es la capital de {} | palaos=PW; micronesia=FM; islas marshall=MH
concursos | alexa para el crucigrama capital de {} | etiopía=ET; nepal=NP; perú=PE
concursos | alexa jugando al risk mi hermano dice que la capital de {} es otra cuál es | ucrania=UA; egipto=EG; argentina=AR
concursos | alexa en el grupo de whatsapp de la familia preguntan la capital de {} | islas salomón=SB; santa lucía=LC; san vicente y las granadinas=VC
concursos | alexa la pregunta de los mil euros la capital de {} | burkina faso=BF; níger=NE; malí=ML
concursos | alexa comodín del público cuál es la capital de {} | san cristóbal y nieves=KN; antigua y barbuda=AG; dominica=DM
concursos | alexa en el trivial me ha tocado geografía la capital de {} | canadá=CA; nueva zelanda=NZ; india=IN
# ================================================================ es-MX
# Tamaulipas: Tampico and Ciudad Madero's refinery, Reynosa's maquilas, Nuevo Laredo (qué pex, bato, simón, ándale)
tamaulipas | alexa qué pex cuál es la capital de {} | estados unidos=US; canadá=CA; belice=BZ | es-MX
tamaulipas | alexa bato dime la capital de {} | texas=US-TX; luisiana=US-LA; oklahoma=US-OK | es-MX
tamaulipas | alexa en la refinería de ciudad madero hay un ingeniero de {} cuál es la capital | noruega=NO; venezuela=VE; arabia saudita=SA | es-MX
tamaulipas | alexa oye cuál es la capital de tamaulipas es tampico o no | MX-TAM | es-MX
tamaulipas | alexa simón y la capital de {} | nuevo león=MX-NLE; coahuila=MX-COA; veracruz=MX-VER | es-MX
tamaulipas | alexa en la maquila de reynosa los jefes son de {} cuál es su capital | corea del sur=KR; japón=JP; alemania=DE | es-MX
tamaulipas | alexa ándale pues dime cuál es la capital de {} | kuwait=KW; baréin=BH; omán=OM | es-MX
tamaulipas | alexa en la playa miramar unos turistas de {} me preguntaron su capital | nuevo méxico=US-NM; colorado=US-CO; kansas=US-KS | es-MX
tamaulipas | alexa capital de la huasteca tamaulipeca | FB | es-MX
# Nayarit and Baja California Sur: Tepic, San Blas, Wixárika artisans; La Paz, Los Cabos, sport fishing (mi rey, compita, pariente, la mera verdad)
pacifico | alexa qué pasó pariente cuál es la capital de {} | nayarit=MX-NAY; sinaloa=MX-SIN; jalisco=MX-JAL | es-MX
pacifico | alexa en los cabos los gringos de {} me preguntan la capital de su estado | alaska=US-AK; minnesota=US-MN; oregón=US-OR | es-MX
pacifico | alexa mi rey cuál es la capital de baja california sur | MX-BCS | es-MX
pacifico | alexa la mera verdad no sé la capital de {} | hawái=US-HI; samoa americana=AS; polinesia francesa=PF | es-MX
pacifico | alexa vendo artesanía huichola y un cliente es de {} cuál es la capital | suiza=CH; italia=IT; bélgica=BE | es-MX
pacifico | alexa compita la capital de {} cuál es | sonora=MX-SON; baja california=MX-BCN; durango=MX-DUR | es-MX
pacifico | alexa en la pesca deportiva vino un señor de {} cuál es la capital de ahí | arizona=US-AZ; nevada=US-NV; idaho=US-ID | es-MX
pacifico | alexa en la marina de la paz hay un velero de {} cuál es la capital | nueva caledonia=NC; islas cook=CK; tonga=TO | es-MX
pacifico | alexa la capital de nayarit es tepic o me equivoco | MX-NAY | es-MX
# Estado de México: Neza, Ecatepec, Toluca, combi drivers, an Otomí grandmother in Temoaya (neta, no manches, chale, joven)
edomex | alexa neta cuál es la capital de {} | estado de méxico=MX-MEX; hidalgo=MX-HID; morelos=MX-MOR | es-MX
edomex | alexa voy en la combi y me quedé con la duda cuál es la capital de {} | guerrero=MX-GRO; michoacán=MX-MIC; querétaro=MX-QUE | es-MX
edomex | alexa no manches cuál es la capital de {} | australia=AU; sudáfrica=ZA; egipto=EG | es-MX
edomex | alexa chale no me sé la capital de {} | tlaxcala=MX-TLA; puebla=MX-PUE; oaxaca=MX-OAX | es-MX
edomex | alexa mi abuelita habla otomí y quiere saber la capital de {} | méxico=MX; guatemala=GT; españa=ES | es-MX
edomex | alexa joven dígame la capital de {} | chiapas=MX-CHP; tabasco=MX-TAB; campeche=MX-CAM | es-MX
edomex | alexa en el tianguis de neza un señor dice que es de {} cuál es su capital | ecuador=EC; colombia=CO; haití=HT | es-MX
edomex | alexa cuál es la capital del edomex | MX-MEX | es-MX
edomex | alexa ya ni la friegas cómo no vas a saber la capital de {} | yucatán=MX-YUC; quintana roo=MX-ROO; zacatecas=MX-ZAC | es-MX
# Southern Quintana Roo: Chetumal, Bacalar, Maya speakers from Felipe Carrillo Puerto (bix a beel, dios bo'otik, ma'alob)
quintana-roo | alexa bix a beel cuál es la capital de {} | quintana roo=MX-ROO; yucatán=MX-YUC; belice=BZ | es-MX
quintana-roo | alexa dios bo'otik y la capital de {} cuál es | guatemala=GT; honduras=HN; el salvador=SV | es-MX
quintana-roo | alexa en bacalar se quedaron unos de {} cuál es su capital | israel=IL; argentina=AR; italia=IT | es-MX
quintana-roo | alexa ma'alob dime la capital de {} | cuba=CU; jamaica=JM; islas caimán=KY | es-MX
quintana-roo | alexa en la zona libre de corozal compré algo hecho en {} cuál es la capital | china=CN; taiwán=TW; india=IN | es-MX
quintana-roo | alexa voy cruzando a belice cuál es la capital de ese país | BZ | es-MX
quintana-roo | alexa la capital del estado es chetumal no cancún verdad | FB | es-MX
# Inland Guerrero: Taxco's silver shops, Chilpancingo, Tierra Caliente (a poco, ora, órale pues)
guerrero | alexa a poco no sabes la capital de {} | guerrero=MX-GRO; zacatecas=MX-ZAC; colima=MX-COL | es-MX
guerrero | alexa en taxco le vendo plata a turistas de {} cuál es su capital | quebec=CA-QC; ontario=CA-ON; columbia británica=CA-BC | es-MX
guerrero | alexa ora dime la capital de {} | aguascalientes=MX-AGU; san luis potosí=MX-SLP; guanajuato=MX-GUA | es-MX
guerrero | alexa mi compadre se fue a trabajar a {} cuál es la capital de allá | carolina del norte=US-NC; illinois=US-IL; california=US-CA | es-MX
guerrero | alexa en tierra caliente no hay señal pero cuál es la capital de {} | chihuahua=MX-CHH; veracruz=MX-VER; nayarit=MX-NAY | es-MX
guerrero | alexa órale pues y la capital de guerrero es acapulco | MX-GRO | es-MX
# Lebanese-Mexican families (yalla, habibi, jiddo; tacos árabes)
libaneses | alexa yalla cuál es la capital de {} | líbano=LB; siria=SY; jordania=JO | es-MX
libaneses | alexa habibi dime la capital de {} | palestina=PS; irak=IQ; chipre=CY | es-MX
libaneses | alexa mi jiddo vino de {} hace muchos años cuál es la capital | líbano=LB; siria=SY; armenia=AM | es-MX
libaneses | alexa en la taquería de tacos árabes un cliente preguntó la capital de {} | turquía=TR; grecia=GR; irán=IR | es-MX
libaneses | alexa yalla habibi cuál es la capital de los emiratos | AE | es-MX
# Japanese and Korean engineers at the auto plants of the Bajío and Nuevo León (ano, hai, kamsahamnida; learner Spanish)
ingenieros-asiaticos | alexa ano cuál es capital de {} | guanajuato=MX-GUA; aguascalientes=MX-AGU; querétaro=MX-QUE | es-MX
ingenieros-asiaticos | alexa hai por favor capital de estado {} | nuevo león=MX-NLE; jalisco=MX-JAL; san luis potosí=MX-SLP | es-MX
ingenieros-asiaticos | alexa kamsahamnida y capital de {} | corea del norte=KP; corea del sur=KR; vietnam=VN | es-MX
ingenieros-asiaticos | alexa mi esposa pregunta capital de {} cuál es | tailandia=TH; filipinas=PH; indonesia=ID | es-MX
ingenieros-asiaticos | alexa yo trabajo en planta de autos capital de {} | japón=JP; china=CN; singapur=SG | es-MX
# A bilingual call centre (a customer on the line, my sup, the break)
call-center | alexa tengo un cliente de {} en la línea cuál es la capital de su estado | florida=US-FL; ohio=US-OH; pensilvania=US-PA | es-MX
call-center | alexa mi sup me reta a saber la capital de {} | michigan=US-MI; massachusetts=US-MA; wisconsin=US-WI | es-MX
call-center | alexa en el break dime la capital de {} | maine=US-ME; vermont=US-VT; nuevo hampshire=US-NH | es-MX
call-center | alexa el customer dice que vive en la capital de {} cuál es | kentucky=US-KY; tennessee=US-TN; misuri=US-MO | es-MX
call-center | alexa ando en la cuenta de un banco de {} cuál es la capital | reino unido=GB; irlanda=IE; australia=AU | es-MX
# School: the UNAM admission guide, the COMIPEMS, geography homework, a little brother in fourth grade
prepa | alexa estoy haciendo la guía del examen de la unam cuál es la capital de {} | brasil=BR; chile=CL; colombia=CO | es-MX
prepa | alexa el profe dice que investigue la capital de {} | benín=BJ; togo=TG; gabón=GA | es-MX
prepa | alexa para la tarea de geografía cuál es la capital de {} | kenia=KE; uganda=UG; sudán=SD | es-MX
prepa | alexa en el comipems viene la capital de {} cuál es | rusia=RU; ucrania=UA; kazajistán=KZ | es-MX
prepa | alexa mi hermanito de cuarto de primaria pregunta la capital de {} | zacatecas=MX-ZAC; sonora=MX-SON; coahuila=MX-COA | es-MX
prepa | alexa qué es una capital | FB | es-MX
# Games: Turista Mundial, 100 mexicanos dijeron, bets with a cousin, the school kermés
turista | alexa estamos jugando turista mundial cuál es la capital de {} | islandia=IS; portugal=PT; egipto=EG | es-MX
turista | alexa en el turista caí en {} cuál es su capital | suecia=SE; etiopía=ET; nigeria=NG | es-MX
turista | alexa cien mexicanos dijeron la capital de {} | francia=FR; inglaterra=GB-ENG; italia=IT | es-MX
turista | alexa apuesta con mi primo cuál es la capital de {} | australia=AU; brasil=BR; turquía=TR | es-MX
turista | alexa en la kermés hay un juego de capitales la de {} cuál es | ecuador=EC; uruguay=UY; paraguay=PY | es-MX
# ================================================================ es-US
# East Los Angeles and Boyle Heights (órale, ése, homie, simón; English throughout)
eastla | alexa órale cuál es la capital de {} | california=US-CA; nevada=US-NV; arizona=US-AZ | es-US
eastla | alexa ése what's the capital de {} | jalisco=MX-JAL; zacatecas=MX-ZAC; michoacán=MX-MIC | es-US
eastla | alexa mi homie dice que la capital de {} es otra cuál es | nueva york=US-NY; illinois=US-IL; pensilvania=US-PA | es-US
eastla | alexa simón ése y la capital de {} | texas=US-TX; florida=US-FL; colorado=US-CO | es-US
eastla | alexa estoy en el tráfico del five dime la capital de {} | oregón=US-OR; utah=US-UT; nuevo méxico=US-NM | es-US
eastla | alexa mi abuela de boyle heights pregunta la capital de {} | el salvador=SV; guatemala=GT; méxico=MX | es-US
eastla | alexa órale la capital de california es los ángeles right | US-CA | es-US
# San Diego and Chula Vista commuters, San Ysidro; Tucson and Nogales (la garita, el sentri)
frontera-oeste | alexa en la fila de la garita cuál es la capital de {} | baja california=MX-BCN; sonora=MX-SON; chihuahua=MX-CHH | es-US
frontera-oeste | alexa con el sentri tardo poco pero dime la capital de {} | sinaloa=MX-SIN; nayarit=MX-NAY; baja california sur=MX-BCS | es-US
frontera-oeste | alexa trabajo en la base naval y un marinero de {} me preguntó la capital | guam=GU; hawái=US-HI; alaska=US-AK | es-US
frontera-oeste | alexa en tucson hace un calorón pero cuál es la capital de {} | arizona=US-AZ; nuevo méxico=US-NM; kansas=US-KS | es-US
frontera-oeste | alexa cruzando por nogales cuál es la capital de sonora | MX-SON | es-US
frontera-oeste | alexa en la escuela de chula vista mi hija pregunta la capital de {} | idaho=US-ID; montana=US-MT; wyoming=US-WY | es-US
frontera-oeste | alexa qué capital tiene tijuana | FB | es-US
# Puerto Ricans in Philadelphia's Fairhill and in Holyoke and Hartford (acho, nene, diantre, janguear, bregar, brutal)
boricuas-philly | alexa acho cuál es la capital de {} | puerto rico=PR; república dominicana=DO; cuba=CU | es-US
boricuas-philly | alexa nene dime la capital de {} | pensilvania=US-PA; nueva jersey=US-NJ; delaware=US-DE | es-US
boricuas-philly | alexa diantre no me acuerdo de la capital de {} | connecticut=US-CT; massachusetts=US-MA; rhode island=US-RI | es-US
boricuas-philly | alexa estoy janguiando en holyoke y me preguntaron la capital de {} | vermont=US-VT; maine=US-ME; new hampshire=US-NH | es-US
boricuas-philly | alexa brutal y la capital de las islas vírgenes americanas | VI | es-US
boricuas-philly | alexa la capital de las islas vírgenes británicas cuál es | VG | es-US
boricuas-philly | alexa mi abuela de cayey pregunta la capital de {} | anguila=AI; montserrat=MS; guadalupe=GP | es-US
boricuas-philly | alexa bregando con la tarea del nene cuál es la capital de {} | maryland=US-MD; virginia=US-VA; virginia occidental=US-WV | es-US
# Mexican families in Minneapolis and St. Paul: Lake Street, dairy farms, winter
minneapolis | alexa con este frío cuál es la capital de {} | minnesota=US-MN; dakota del norte=US-ND; dakota del sur=US-SD | es-US
minneapolis | alexa en lake street un cliente me preguntó la capital de {} | somalia=SO; etiopía=ET; laos=LA | es-US
minneapolis | alexa mis hijos juegan hockey contra un equipo de {} cuál es la capital | manitoba=CA-MB; saskatchewan=CA-SK; alberta=CA-AB | es-US
minneapolis | alexa trabajo en una lechería de {} cuál es la capital de ese estado | wisconsin=US-WI; iowa=US-IA; nebraska=US-NE | es-US
minneapolis | alexa ya se congeló el lago y yo con la duda de la capital de {} | michigan=US-MI; indiana=US-IN; ohio=US-OH | es-US
# Guatemalans in Los Angeles' Pico-Union and Houston's Gulfton (púchica, vos, decime, chilero, a la gran)
guatemaltecos | alexa púchica cuál es la capital de {} | guatemala=GT; honduras=HN; nicaragua=NI | es-US
guatemaltecos | alexa qué onda vos decime la capital de {} | costa rica=CR; panamá=PA; belice=BZ | es-US
guatemaltecos | alexa chilero y la capital de {} | luisiana=US-LA; misisipi=US-MS; alabama=US-AL | es-US
guatemaltecos | alexa a la gran no sabía la capital de {} | arkansas=US-AR; oklahoma=US-OK; tennessee=US-TN | es-US
guatemaltecos | alexa mi patrona me pregunta la capital de {} | carolina del sur=US-SC; kentucky=US-KY; indiana=US-IN | es-US
guatemaltecos | alexa decime vos cuál es la capital de quetzaltenango | FB | es-US
# Costa Ricans and Panamanians in New Jersey and Brooklyn (pura vida, mae, tuanis; qué xopá, fren, chuleta)
ticos-panamenos | alexa pura vida mae cuál es la capital de {} | costa rica=CR; nicaragua=NI; panamá=PA | es-US
ticos-panamenos | alexa qué xopá fren dime la capital de {} | colombia=CO; venezuela=VE; ecuador=EC | es-US
ticos-panamenos | alexa tuanis y la capital de {} | trinidad y tobago=TT; barbados=BB; santa lucía=LC | es-US
ticos-panamenos | alexa chuleta se me olvidó la capital de {} | nueva jersey=US-NJ; nueva york=US-NY; connecticut=US-CT | es-US
ticos-panamenos | alexa mae la capital de {} cuál es | islas turcas y caicos=TC; bermudas=BM; bahamas=BS | es-US
ticos-panamenos | alexa qué xopá cuál es la capital de la zona del canal | FB | es-US
# Anglo learners: a high-school Spanish class, AP Spanish, a son-in-law learning (errors kept)
aprendices | alexa um qué es la capital de {} | españa=ES; méxico=MX; francia=FR | es-US
aprendices | alexa mi profesora de español dice preguntar la capital de {} | perú=PE; chile=CL; argentina=AR | es-US
aprendices | alexa yo quiero saber el capital de {} | venezuela=VE; cuba=CU; bolivia=BO | es-US
aprendices | alexa por favor dime capital de {} en español | alemania=DE; china=CN; rusia=RU | es-US
aprendices | alexa like cuál es la capital de {} | japón=JP; italia=IT; egipto=EG | es-US
aprendices | alexa mi suegra es de {} y yo no sé su capital | guanajuato=MX-GUA; oaxaca=MX-OAX; puebla=MX-PUE | es-US
aprendices | alexa qué es el capital de la estado de méxico | MX-MEX | es-US
# Work: a restaurant kitchen, a landscaping crew, hotel housekeeping
cocina | alexa mientras se cocinan las papas dime la capital de {} | irlanda=IE; bélgica=BE; polonia=PL | es-US
cocina | alexa el chef es de {} cuál es la capital | tailandia=TH; vietnam=VN; grecia=GR | es-US
cocina | alexa en la yarda del cliente estamos discutiendo la capital de {} | missouri=US-MO; indiana=US-IN; ohio=US-OH | es-US
cocina | alexa limpiando cuartos en el hotel encontré un pasaporte de {} cuál es la capital | sri lanka=LK; nepal=NP; fiyi=FJ | es-US
cocina | alexa la mesera nueva es de {} cuál es su capital | el salvador=SV; honduras=HN; nicaragua=NI | es-US
cocina | alexa el lavaplatos dice que nadie sabe la capital de {} | uzbekistán=UZ; tayikistán=TJ; kirguistán=KG | es-US
# The citizenship test: the interview, the civics questions, a daughter quizzing her mother
ciudadania | alexa para el examen de ciudadanía cuál es la capital de {} | california=US-CA; texas=US-TX; florida=US-FL | es-US
ciudadania | alexa en la entrevista me van a preguntar la capital de mi estado que es {} | carolina del norte=US-NC; virginia=US-VA; nevada=US-NV | es-US
ciudadania | alexa practicando el civics test la capital de {} | illinois=US-IL; nueva york=US-NY; arizona=US-AZ | es-US
ciudadania | alexa cuál es la capital de los estados unidos para la ciudadanía | US | es-US
ciudadania | alexa mi hija me toma la lección cuál es la capital de {} | colorado=US-CO; oregón=US-OR; utah=US-UT | es-US
ciudadania | alexa cuál es la capital de georgia la del estado para mi examen | US-GA | es-US
ciudadania | alexa vivo en {} cuál es la capital de mi estado | new jersey=US-NJ; massachusetts=US-MA; maryland=US-MD | es-US
# Games: dominoes with the compadres, Jeopardy, a trivia app, lotería night
trivia | alexa jugando dominó con los compadres cuál es la capital de {} | república dominicana=DO; puerto rico=PR; haití=HT | es-US
trivia | alexa en jeopardy preguntaron la capital de {} | bután=BT; liechtenstein=LI; andorra=AD | es-US
trivia | alexa en la app de trivia me salió la capital de {} | esuatini=SZ; lesoto=LS; namibia=NA | es-US
trivia | alexa noche de lotería y alguien preguntó la capital de {} | costa de marfil=CI; ghana=GH; liberia=LR | es-US
trivia | alexa el que pierda lava los trastes cuál es la capital de {} | islas salomón=SB; vanuatu=VU; tuvalu=TV | es-US
# ================================================================ shared families
# follow-up: a second question in the same session, often without the wake word
follow-up | y la de {} po | perú=PE; ecuador=EC; bolivia=BO
follow-up | ahora dime la de {} | noruega=NO; suecia=SE; finlandia=FI
follow-up | y la de {} wey | jalisco=MX-JAL; sonora=MX-SON; chiapas=MX-CHP | es-MX
follow-up | okay y {} | texas=US-TX; ohio=US-OH; utah=US-UT | es-US
follow-up | otra más la de {} | camerún=CM; kenia=KE; ghana=GH
follow-up | y esa de {} cuál es | baviera=DE-BY; sajonia=DE-SN; hesse=DE-HE
follow-up | y la de sudán del sur entonces | SS
follow-up | ahora la de {} porfa | canadá=CA; alaska=US-AK; groenlandia=GL | es-US
follow-up | y la de {} mi rey | nayarit=MX-NAY; colima=MX-COL; durango=MX-DUR | es-MX
follow-up | vale y la de {} | escocia=GB-SCT; gales=GB-WLS; irlanda=IE
follow-up | y la capital de {} también | paraguay=PY; uruguay=UY; argentina=AR | es-US
follow-up | sigue con {} | china=CN; japón=JP; corea del sur=KR | es-MX
follow-up | alexa y la de su vecino portugal | PT
follow-up | y qué me dices de {} | kosovo=XK; albania=AL; montenegro=ME
follow-up | y de {} qué | bután=BT; nepal=NP; bangladés=BD | es-MX
follow-up | y la de {} nene | jamaica=JM; bahamas=BS; haití=HT | es-US
# plural-capitals: countries with several capitals, asked in the plural
plural-capitals | alexa dime las capitales de {} que tiene más de una | bolivia=BO; benín=BJ; sri lanka=LK
plural-capitals | alexa qué capitales tiene {} | sudáfrica=ZA; países bajos=NL; esuatini=SZ
plural-capitals | alexa cuáles son las dos capitales de {} | malasia=MY; costa de marfil=CI; palestina=PS
plural-capitals | alexa me dijeron que {} tiene varias capitales cuáles son | sudáfrica=ZA; bolivia=BO; benín=BJ | es-MX
plural-capitals | alexa las capitales de {} cuáles son wey | malasia=MY; sri lanka=LK; holanda=NL | es-MX
plural-capitals | alexa cuáles son las capitales de {} bro | costa de marfil=CI; suazilandia=SZ; países bajos=NL | es-US
plural-capitals | alexa es verdad que sudáfrica tiene tres capitales cuáles son | ZA
plural-capitals | alexa sucre y la paz son las capitales de bolivia o cómo es eso | BO
plural-capitals | alexa las capitales de holanda son ámsterdam y la haya no | NL
plural-capitals | alexa capitales de {} | benín=BJ; costa de marfil=CI; sri lanka=LK | es-US
plural-capitals | alexa necesito las capitales de {} para la tarea | bolivia=BO; malasia=MY; esuatini=SZ | es-US
plural-capitals | alexa me pones las capitales de {} | palestina=PS; sudáfrica=ZA; países bajos=NL
plural-capitals | alexa cuáles son todas las capitales de {} | benín=BJ; costa de marfil=CI; esuatini=SZ | es-MX
plural-capitals | alexa y cuáles son las capitales de {} oficialmente | sri lanka=LK; malasia=MY; bolivia=BO | es-MX
plural-capitals | alexa cuántas capitales tiene {} y cuáles son | sudáfrica=ZA; bolivia=BO; palestina=PS | es-US
plural-capitals | alexa dime las capitales de {} por favor | países bajos=NL; sri lanka=LK; benín=BJ | es-US
plural-capitals | alexa cuáles son las capitales de {} chiquillo | costa de marfil=CI; esuatini=SZ; malasia=MY
plural-capitals | alexa qué ciudades son capital de {} | bolivia=BO; sudáfrica=ZA; benín=BJ
plural-capitals | alexa las dos capitales de {} dímelas | malasia=MY; sri lanka=LK; países bajos=NL | es-MX
plural-capitals | alexa cuáles serían las capitales de {} | costa de marfil=CI; esuatini=SZ; palestina=PS | es-US
# subdivision: states, provinces, nations and territories
subdivision | alexa cuál es la capital del estado de {} | bahía=BR-BA; minas gerais=BR-MG; paraná=BR-PR
subdivision | alexa la capital de {} en brasil | amazonas=BR-AM; pará=BR-PA; pernambuco=BR-PE
subdivision | alexa capital del estado brasileño de {} | ceará=BR-CE; maranhão=BR-MA; piauí=BR-PI
subdivision | alexa cuál es la capital de {} que mi cuñado es brasileño | santa catarina=BR-SC; río grande del sur=BR-RS; goiás=BR-GO
subdivision | alexa capital de {} brasil | acre=BR-AC; amapá=BR-AP; roraima=BR-RR | es-US
subdivision | alexa la capital de rondonia | BR-RO | es-MX
subdivision | alexa cuál es la capital de tocantins | BR-TO
subdivision | alexa capital del estado de {} | alagoas=BR-AL; sergipe=BR-SE; paraíba=BR-PB | es-MX
subdivision | alexa cuál es la capital de mato grosso del sur | BR-MS
subdivision | alexa la capital de espírito santo | BR-ES | es-US
subdivision | alexa cuál es la capital del estado de río de janeiro no la ciudad | BR-RJ
subdivision | alexa capital del estado de sao paulo | BR-SP | es-MX
subdivision | alexa cuál es la capital de río grande del norte | BR-RN
subdivision | alexa y la capital de mato grosso | BR-MT | es-US
subdivision | alexa cuál es la capital del estado indio de {} | kerala=IN-KL; tamil nadu=IN-TN; karnataka=IN-KA
subdivision | alexa capital de {} en la india | maharashtra=IN-MH; gujarat=IN-GJ; rajastán=IN-RJ
subdivision | alexa cuál es la capital de {} india | bengala occidental=IN-WB; bihar=IN-BR; odisha=IN-OD | es-US
subdivision | alexa la capital de {} el estado de la india | assam=IN-AS; sikkim=IN-SK; goa=IN-GA | es-MX
subdivision | alexa cuál es la capital de {} en india | punjab=IN-PB; haryana=IN-HR; uttar pradesh=IN-UP
subdivision | alexa capital de telangana | IN-TS | es-US
subdivision | alexa cuál es la capital de {} por favor | andhra pradesh=IN-AP; jharkhand=IN-JH; chhattisgarh=IN-CG
subdivision | alexa la capital de {} cuál es | madhya pradesh=IN-MP; himachal pradesh=IN-HP; uttarakhand=IN-UK | es-MX
subdivision | alexa cuál es la capital de {} en el noreste de la india | manipur=IN-MN; nagaland=IN-NL; mizoram=IN-MZ
subdivision | alexa y meghalaya qué capital tiene | IN-ML
subdivision | alexa capital de arunachal pradesh | IN-AR | es-MX
subdivision | alexa cuál es la capital de tripura | IN-TR | es-US
subdivision | alexa capital del territorio de {} | ladakh=IN-LA; jammu y cachemira=IN-JK; puducherry=IN-PY
subdivision | alexa cuál es la capital de delhi | IN-DL | es-MX
subdivision | alexa cuál es la capital de las islas andamán y nicobar | IN-AN
subdivision | alexa la capital de la provincia de {} | nueva escocia=CA-NS; nuevo brunswick=CA-NB; isla del príncipe eduardo=CA-PE
subdivision | alexa cuál es la capital de {} en canadá | terranova=CA-NL; yukón=CA-YT; nunavut=CA-NU | es-US
subdivision | alexa capital de los territorios del noroeste | CA-NT | es-MX
subdivision | alexa cuál es la capital del estado australiano de {} | queensland=AU-QLD; tasmania=AU-TAS; nueva gales del sur=AU-NSW
subdivision | alexa la capital de {} en australia | australia occidental=AU-WA; australia meridional=AU-SA; territorio del norte=AU-NT | es-MX
subdivision | alexa cuál es la capital de victoria la de australia | AU-VIC | es-US
subdivision | alexa capital del territorio de la capital australiana | AU-ACT
subdivision | alexa cuál es la capital del land de {} | baden-wurtemberg=DE-BW; renania-palatinado=DE-RP; mecklemburgo-pomerania occidental=DE-MV
subdivision | alexa capital de sajonia-anhalt | DE-ST
subdivision | alexa cuál es la capital de bremen el estado | DE-HB
subdivision | alexa cuál es la capital de {} en alemania | baja sajonia=DE-NI; brandeburgo=DE-BB; sarre=DE-SL | es-MX
subdivision | alexa capital de {} en el reino unido | escocia=GB-SCT; gales=GB-WLS; inglaterra=GB-ENG | es-US
subdivision | alexa cuál es la capital de {} la isla | isla de man=IM; jersey=JE; guernsey=GG
subdivision | alexa la capital de {} que es de francia | martinica=MQ; reunión=RE; mayotte=YT
subdivision | alexa capital de la polinesia francesa | PF
subdivision | alexa cuál es la capital de san pedro y miquelón | PM
subdivision | alexa cuál es la capital de wallis y futuna | WF | es-MX
subdivision | alexa la capital de san bartolomé | BL | es-US
subdivision | alexa cuál es la capital de las islas malvinas | FK | es-MX
subdivision | alexa capital de la isla de santa elena | SH
subdivision | alexa cuál es la capital de las islas pitcairn | PN | es-US
subdivision | alexa cuál es la capital de tokelau | TK
subdivision | alexa la capital de niue | NU | es-MX
subdivision | alexa cuál es la capital de las islas marianas del norte | MP | es-US
subdivision | alexa capital de la isla de navidad | CX
subdivision | alexa cuál es la capital de las islas cocos | CC | es-MX
subdivision | alexa la capital de la isla norfolk | NF
subdivision | alexa cuál es la capital del caribe neerlandés | BQ
subdivision | alexa cuál es la capital de hong kong | HK | es-US
subdivision | alexa la capital de macao | MO
subdivision | alexa la capital de la guayana francesa | GF | es-MX
subdivision | alexa capital de las islas georgias del sur | GS
subdivision | alexa capital del territorio británico del océano índico | IO | es-US
subdivision | alexa cuál es la capital de los territorios australes franceses | TF
subdivision | alexa cuál es la capital de la antártida | AQ | es-MX
subdivision | alexa la capital de la ciudad de méxico | MX-CMX | es-MX
subdivision | alexa cuál es la capital del distrito federal de brasil | BR-DF
subdivision | alexa capital de chandigarh | IN-CH
subdivision | alexa cuál es la capital de dadra y nagar haveli | IN-DH | es-US
subdivision | alexa capital de lakshadweep | IN-LD
subdivision | alexa cuál es la capital de la isla bouvet | BV
subdivision | alexa la capital de las islas heard y mcdonald | HM | es-US
subdivision | alexa cuál es la capital de las islas menores alejadas de estados unidos | UM | es-US
subdivision | alexa capital de la samoa americana | AS | es-US
subdivision | alexa cuál es la capital de guam | GU
subdivision | alexa capital de {} | sinaloa=MX-SIN; tabasco=MX-TAB; morelos=MX-MOR | es-MX
subdivision | alexa cuál es la capital de {} estado de estados unidos | pensilvania=US-PA; carolina del sur=US-SC; dakota del norte=US-ND | es-US
subdivision | alexa la capital de {} el estado | wyoming=US-WY; montana=US-MT; delaware=US-DE | es-US
subdivision | alexa cuál es la capital del estado de {} en méxico | michoacán=MX-MIC; hidalgo=MX-HID; durango=MX-DUR | es-MX
subdivision | alexa qué capital tiene el estado de {} | campeche=MX-CAM; colima=MX-COL; tlaxcala=MX-TLA | es-MX
subdivision | alexa la capital de {} provincia canadiense | saskatchewan=CA-SK; manitoba=CA-MB; alberta=CA-AB
subdivision | alexa capital de {} en estados unidos | alabama=US-AL; misisipi=US-MS; arkansas=US-AR | es-MX
subdivision | alexa cuál es la capital de {} the state | rhode island=US-RI; connecticut=US-CT; vermont=US-VT | es-US
# out-of-domain: things people say to an Echo that are not a capital question
out-of-domain | alexa qué tiempo va a hacer mañana en málaga chiquillo | FB
out-of-domain | alexa pon la radio cadena dial | FB
out-of-domain | alexa pon sevillanas para la feria | FB
out-of-domain | alexa cuántos grados hace en almería | FB
out-of-domain | alexa pon un temporizador de diez minutos para las croquetas | FB
out-of-domain | alexa a qué hora sale la procesión de la macarena | FB
out-of-domain | alexa cómo ha quedado el betis | FB
out-of-domain | alexa cuánto cuesta el kilo de fresa en huelva | FB
out-of-domain | alexa dime el santo de hoy | FB
out-of-domain | alexa apaga la luz del salón | FB
out-of-domain | alexa qué hora es en londres | FB
out-of-domain | alexa cuánto es una libra en euros | FB
out-of-domain | alexa traduce flatmate al español | FB
out-of-domain | alexa qué idioma se habla en bélgica | FB
out-of-domain | alexa cuántos habitantes tiene alemania | FB
out-of-domain | alexa cuál es la moneda de suiza | FB
out-of-domain | alexa pon música de violeta parra | FB
out-of-domain | alexa cuándo juega peñarol | FB
out-of-domain | alexa cómo se hace el mate | FB
out-of-domain | alexa cuál es el río más largo de sudamérica | FB
out-of-domain | alexa cuál es la montaña más alta de áfrica | FB
out-of-domain | alexa pon el telediario | FB
out-of-domain | alexa a qué hora es el rezo del magreb | FB
out-of-domain | alexa cuánto dura el vuelo de madrid a malabo | FB
out-of-domain | alexa cómo se dice gracias en ruso | FB
out-of-domain | alexa cuál es el prefijo de rusia | FB
out-of-domain | alexa qué tiempo hace en torrevieja | FB
out-of-domain | alexa recuérdame la cita del médico el jueves | FB
out-of-domain | alexa pon el despertador a las siete | FB
out-of-domain | alexa cuál es la bandera de japón | FB
out-of-domain | alexa cuántos kanjis hay que saber | FB
out-of-domain | alexa qué es la capital social de una empresa | FB
out-of-domain | alexa qué significa capital en economía | FB
out-of-domain | alexa qué es la pena capital | FB
out-of-domain | alexa qué son los siete pecados capitales | FB
out-of-domain | alexa cuánto capital necesito para montar un bar | FB
out-of-domain | alexa qué es una letra capital | FB
out-of-domain | alexa cuándo son las oposiciones de maestro | FB
out-of-domain | alexa cuánto es la raíz cuadrada de ciento cuarenta y cuatro | FB
out-of-domain | alexa cuál es el precio del gasoil hoy | FB
out-of-domain | alexa hay atasco en la nacional cuatro | FB
out-of-domain | alexa pide cita en la peluquería | FB
out-of-domain | alexa añade leche a la lista de la compra | FB
out-of-domain | alexa quién ganó saber y ganar ayer | FB
out-of-domain | alexa cuál es la capital del mundo del flamenco | FB
out-of-domain | alexa jerez es la capital del caballo verdad | FB
out-of-domain | alexa madrid capital de la gloria | FB
out-of-domain | alexa cuántos países hay en el mundo | FB
out-of-domain | alexa cuál es el país más grande del mundo | FB
out-of-domain | alexa dónde está mauritania | FB
out-of-domain | alexa qué tiempo hace en tampico | FB | es-MX
out-of-domain | alexa pon música de los cadetes de linares | FB | es-MX
out-of-domain | alexa cuánto está el dólar hoy | FB | es-MX
out-of-domain | alexa a qué hora abre la garita de nuevo laredo | FB | es-MX
out-of-domain | alexa pon corridos tumbados | FB | es-MX
out-of-domain | alexa cuándo juega la jaiba brava | FB | es-MX
out-of-domain | alexa cómo está el clima en los cabos | FB | es-MX
out-of-domain | alexa cuándo pasa el huracán | FB | es-MX
out-of-domain | alexa qué significa tepic en náhuatl | FB | es-MX
out-of-domain | alexa cuántos estados tiene méxico | FB | es-MX
out-of-domain | alexa pon la mañanera | FB | es-MX
out-of-domain | alexa cuánto tarda el tren suburbano a buenavista | FB | es-MX
out-of-domain | alexa pon cumbias sonideras | FB | es-MX
out-of-domain | alexa cómo se dice gracias en otomí | FB | es-MX
out-of-domain | alexa cuál es la capital del mole | FB | es-MX
out-of-domain | alexa cuál es la capital mundial de la plata | FB | es-MX
out-of-domain | alexa taxco es la capital de la plata verdad | FB | es-MX
out-of-domain | alexa qué tiempo hace en chetumal | FB | es-MX
out-of-domain | alexa cuánto cuesta el ado a mérida | FB | es-MX
out-of-domain | alexa qué idioma hablan en belice | FB | es-MX
out-of-domain | alexa cuál es la moneda de belice | FB | es-MX
out-of-domain | alexa cómo se dice buenos días en maya | FB | es-MX
out-of-domain | alexa receta de tacos árabes | FB | es-MX
out-of-domain | alexa pon música de fairuz | FB | es-MX
out-of-domain | alexa qué hora es en seúl | FB | es-MX
out-of-domain | alexa cómo se dice tornillo en japonés | FB | es-MX
out-of-domain | alexa cuántos habitantes tiene corea del sur | FB | es-MX
out-of-domain | alexa cuándo es la quincena | FB | es-MX
out-of-domain | alexa cuál es la capital de un banco | FB | es-MX
out-of-domain | alexa qué es el capital de trabajo | FB | es-MX
out-of-domain | alexa cuándo sale la convocatoria de la unam | FB | es-MX
out-of-domain | alexa cuántos aciertos necesito para la prepa | FB | es-MX
out-of-domain | alexa pon un corrido de la sierra | FB | es-MX
out-of-domain | alexa cuántos kilómetros hay de chilpancingo a acapulco | FB | es-MX
out-of-domain | alexa cuál es el volcán más alto de méxico | FB | es-MX
out-of-domain | alexa cuántos continentes hay | FB | es-MX
out-of-domain | alexa dónde queda tuvalu | FB | es-MX
out-of-domain | alexa en qué continente está egipto | FB | es-MX
out-of-domain | alexa cuál es la población de nigeria | FB | es-MX
out-of-domain | alexa qué tan grande es rusia | FB | es-MX
out-of-domain | alexa prende la tele | FB | es-MX
out-of-domain | alexa ponme una canción de luis miguel | FB | es-MX
out-of-domain | alexa cómo va el américa | FB | es-MX
out-of-domain | alexa cuándo llega mi paquete de amazon | FB | es-MX
out-of-domain | alexa qué día cae el dieciséis de septiembre | FB | es-MX
out-of-domain | alexa cuál es el himno de tamaulipas | FB | es-MX
out-of-domain | alexa quién es el gobernador de nayarit | FB | es-MX
out-of-domain | alexa cuál es la capital humana de una empresa | FB | es-MX
out-of-domain | alexa la ciudad de los palacios es la capital no | FB | es-MX
out-of-domain | alexa what's the weather in east la | FB | es-US
out-of-domain | alexa pon oldies de los cincuenta | FB | es-US
out-of-domain | alexa cuánto tráfico hay en el cinco | FB | es-US
out-of-domain | alexa cuándo juegan los dodgers | FB | es-US
out-of-domain | alexa pon música de los temerarios | FB | es-US
out-of-domain | alexa cuánto está el dólar en tijuana | FB | es-US
out-of-domain | alexa cuánto es veinte dólares en pesos | FB | es-US
out-of-domain | alexa qué tiempo hace en tucson | FB | es-US
out-of-domain | alexa cuándo renuevo el sentri | FB | es-US
out-of-domain | alexa pon reguetón viejo | FB | es-US
out-of-domain | alexa cuándo juegan los eagles | FB | es-US
out-of-domain | alexa qué tiempo hace en san juan puerto rico | FB | es-US
out-of-domain | alexa cómo se hace el arroz con gandules | FB | es-US
out-of-domain | alexa cuántos grados bajo cero hay en minneapolis | FB | es-US
out-of-domain | alexa pon un timer de veinte minutos | FB | es-US
out-of-domain | alexa cuándo abre el mercado de lake street | FB | es-US
out-of-domain | alexa qué hora es en guatemala | FB | es-US
out-of-domain | alexa cuánto cuesta mandar dinero a guatemala | FB | es-US
out-of-domain | alexa pon marimba | FB | es-US
out-of-domain | alexa cuál es el volcán más alto de guatemala | FB | es-US
out-of-domain | alexa pura vida qué significa | FB | es-US
out-of-domain | alexa cuánto mide el canal de panamá | FB | es-US
out-of-domain | alexa pon salsa de rubén blades | FB | es-US
out-of-domain | alexa how do you say capital in spanish | FB | es-US
out-of-domain | alexa conjuga el verbo tener | FB | es-US
out-of-domain | alexa cómo se dice homework en español | FB | es-US
out-of-domain | alexa qué es el subjuntivo | FB | es-US
out-of-domain | alexa cuántas cucharadas tiene una taza | FB | es-US
out-of-domain | alexa cuándo es el día del trabajo | FB | es-US
out-of-domain | alexa va a llover hoy para cortar el pasto | FB | es-US
out-of-domain | alexa cuáles son las cien preguntas del examen de ciudadanía | FB | es-US
out-of-domain | alexa quién es el presidente de los estados unidos | FB | es-US
out-of-domain | alexa cuántos senadores hay | FB | es-US
out-of-domain | alexa quién escribió la declaración de independencia | FB | es-US
out-of-domain | alexa cuántas enmiendas tiene la constitución | FB | es-US
out-of-domain | alexa juguemos lotería | FB | es-US
out-of-domain | alexa cuántas fichas tiene el dominó | FB | es-US
out-of-domain | alexa quién ganó jeopardy anoche | FB | es-US
out-of-domain | alexa capital one pagar mi tarjeta | FB | es-US
out-of-domain | alexa cuál es el saldo de mi cuenta de capital one | FB | es-US
out-of-domain | alexa cuál es la capital del crimen de estados unidos | FB | es-US
out-of-domain | alexa houston es la capital de la energía verdad | FB | es-US
out-of-domain | alexa qué es una ganancia de capital | FB | es-US
out-of-domain | alexa cuánto cuesta un boleto a el salvador | FB | es-US
out-of-domain | alexa cuál es el estado más grande de estados unidos | FB | es-US
out-of-domain | alexa cuántos estados tiene estados unidos | FB | es-US
out-of-domain | alexa dónde nació frida kahlo | FB | es-US
out-of-domain | alexa háblame del muro de berlín | FB | es-US
out-of-domain | alexa cuál es la capital de la comunidad valenciana chiquillo | FB
out-of-domain | alexa cuál es la capital de murcia la región | FB
out-of-domain | alexa capital de la provincia de huelva | FB
out-of-domain | alexa cuál es la capital de castilla y león | FB
out-of-domain | alexa cuál es la capital de escandinavia | FB
out-of-domain | alexa la capital de europa cuál es | FB
out-of-domain | alexa cuál es la capital de áfrica | FB | es-MX
out-of-domain | alexa cuál es la capital de la sierra gorda | FB | es-MX
out-of-domain | alexa cuál es la capital del bajío | FB | es-MX
out-of-domain | alexa cuál es la capital de centroamérica | FB | es-US
out-of-domain | alexa cuál es la capital del condado de los ángeles | FB | es-US
out-of-domain | alexa cuál es la capital de la bahía de san francisco | FB | es-US
out-of-domain | alexa qué tal estás alexa | FB
out-of-domain | alexa cuéntame un chiste | FB | es-MX
out-of-domain | alexa te quiero | FB | es-US
out-of-domain | alexa eres muy lista | FB
out-of-domain | alexa buenas noches | FB | es-MX
out-of-domain | alexa qué noticias hay hoy | FB | es-US
out-of-domain | alexa llama a mi hermana | FB
out-of-domain | alexa manda un mensaje a mi comadre | FB | es-MX
out-of-domain | alexa sube el volumen | FB | es-US
out-of-domain | alexa cuál es el mejor restaurante de chetumal | FB | es-MX
out-of-domain | alexa quién fundó tepic | FB | es-MX
out-of-domain | alexa cuántos años tiene la capital de méxico | FB | es-MX
out-of-domain | alexa qué distancia hay entre madrid y parís | FB
out-of-domain | alexa a qué hora sale el avión a bogotá | FB | es-US
out-of-domain | alexa cuánto mide la torre eiffel | FB | es-MX
# help
help | alexa qué puedo preguntarte de las capitales chiquillo | HELP
help | alexa mi niño cómo funciona esto | HELP
help | alexa no sé qué decirte ayúdame | HELP
help | alexa cómo se juega a esto | HELP
help | alexa qué cosas sabes hacer con las capitales | HELP
help | alexa explícame cómo va esto de las capitales | HELP
help | alexa cachai cómo funciona | HELP
help | alexa ta y ahora qué le pregunto | HELP
help | alexa no entiendo qué tengo que decir | HELP
help | alexa por favor ayuda yo no sabe qué decir | HELP
help | alexa ayuda por favor cómo pregunto | HELP
help | alexa sumimasen cómo se usa | HELP
help | alexa me echas una mano con esto | HELP
help | alexa dame ejemplos de preguntas | HELP
help | alexa de qué va esta skill | HELP
help | alexa qué opciones hay | HELP
help | alexa qué pex cómo le hago | HELP | es-MX
help | alexa no le entiendo cómo funciona | HELP | es-MX
help | alexa ayúdame compita | HELP | es-MX
help | alexa qué le puedo preguntar | HELP | es-MX
help | alexa cómo le pregunto una capital | HELP | es-MX
help | alexa neta no sé cómo se usa esto | HELP | es-MX
help | alexa explícame cómo se usa | HELP | es-MX
help | alexa ayuda por favor joven | HELP | es-MX
help | alexa hai cómo funciona por favor | HELP | es-MX
help | alexa qué sabes hacer | HELP | es-MX
help | alexa me ayudas con esta aplicación | HELP | es-MX
help | alexa cómo se juega esto de las capitales | HELP | es-MX
help | alexa instrucciones | HELP | es-MX
help | alexa qué se supone que tengo que decir | HELP | es-MX
help | alexa help me please | HELP | es-US
help | alexa órale cómo funciona | HELP | es-US
help | alexa how does this work | HELP | es-US
help | alexa acho ayúdame con esto | HELP | es-US
help | alexa qué cosas le puedo preguntar a esto | HELP | es-US
help | alexa necesito ayuda con las capitales | HELP | es-US
help | alexa um cómo se usa esto | HELP | es-US
help | alexa decime vos cómo funciona | HELP | es-US
help | alexa no entiendo nada ayuda | HELP | es-US
help | alexa qué comandos hay | HELP | es-US
help | alexa cuáles son las instrucciones | HELP | es-US
help | alexa i need help | HELP | es-US
help | alexa ayuda que estoy perdido | HELP | es-US
help | alexa ayuda mae | HELP | es-US
help | alexa qué tengo que hacer para preguntar | HELP | es-US
# stop
stop | alexa para ya chiquillo | STOP
stop | alexa deja de hablar | STOP
stop | alexa para mi niño | STOP
stop | alexa ya está bien para | STOP
stop | alexa apágate | STOP
stop | alexa basta ya | STOP
stop | alexa para que viene mi madre | STOP
stop | alexa calla un momento | STOP
stop | alexa stop bitte | STOP
stop | alexa para po | STOP
stop | alexa bo pará | STOP
stop | alexa davai para | STOP
stop | alexa detente por favor | STOP
stop | alexa ya no quiero más | STOP
stop | alexa sal de capitales del mundo | STOP
stop | alexa cállate ya | STOP | es-MX
stop | alexa ya párale | STOP | es-MX
stop | alexa ya estuvo | STOP | es-MX
stop | alexa chale ya cállate | STOP | es-MX
stop | alexa ya bájale | STOP | es-MX
stop | alexa ándale ya para | STOP | es-MX
stop | alexa deténte ya | STOP | es-MX
stop | alexa ya no joven gracias | STOP | es-MX
stop | alexa salir | STOP | es-MX
stop | alexa termina | STOP | es-MX
stop | alexa apágate ya | STOP | es-MX
stop | alexa ya me voy a dormir para | STOP | es-MX
stop | alexa para por favor | STOP | es-MX
stop | alexa hai stop | STOP | es-MX
stop | alexa ciérrate | STOP | es-MX
stop | alexa stop stop | STOP | es-US
stop | alexa ya para órale | STOP | es-US
stop | alexa shut up | STOP | es-US
stop | alexa para nene | STOP | es-US
stop | alexa ya nos vamos para | STOP | es-US
stop | alexa quit | STOP | es-US
stop | alexa exit | STOP | es-US
stop | alexa ya estuvo bueno | STOP | es-US
stop | alexa para de hablar mae | STOP | es-US
stop | alexa púchica ya para | STOP | es-US
stop | alexa okay stop | STOP | es-US
stop | alexa detente | STOP | es-US
stop | alexa cierra capitales del mundo | STOP | es-US
stop | alexa se acabó el juego | STOP | es-US
stop | alexa no más por hoy | STOP | es-US
# cancel
cancel | alexa cancela chiquillo | CANCEL
cancel | alexa cancela eso | CANCEL
cancel | alexa olvídalo | CANCEL
cancel | alexa déjalo mi niño | CANCEL
cancel | alexa cancela la pregunta | CANCEL
cancel | alexa no no cancela | CANCEL
cancel | alexa cancélalo po | CANCEL
cancel | alexa cancelá bo | CANCEL
cancel | alexa anula eso | CANCEL
cancel | alexa cancelar por favor | CANCEL
cancel | alexa olvida lo que te he dicho | CANCEL
cancel | alexa déjalo estar | CANCEL
cancel | alexa nada déjalo | CANCEL
cancel | alexa cancela davai | CANCEL
cancel | alexa que no que lo canceles | CANCEL
cancel | alexa cancélalo wey | CANCEL | es-MX
cancel | alexa olvídalo compita | CANCEL | es-MX
cancel | alexa ya no cancela | CANCEL | es-MX
cancel | alexa mejor cancela | CANCEL | es-MX
cancel | alexa cancela joven | CANCEL | es-MX
cancel | alexa no era eso cancela | CANCEL | es-MX
cancel | alexa cancela lo que pedí | CANCEL | es-MX
cancel | alexa déjalo así | CANCEL | es-MX
cancel | alexa ya no importa olvídalo | CANCEL | es-MX
cancel | alexa cancela por fa | CANCEL | es-MX
cancel | alexa cancelar | CANCEL | es-MX
cancel | alexa hai cancelar | CANCEL | es-MX
cancel | alexa chale cancela | CANCEL | es-MX
cancel | alexa borra eso | CANCEL | es-MX
cancel | alexa cancela todo | CANCEL | es-MX
cancel | alexa cancel that | CANCEL | es-US
cancel | alexa never mind | CANCEL | es-US
cancel | alexa cancela órale | CANCEL | es-US
cancel | alexa olvídalo nene | CANCEL | es-US
cancel | alexa cancel cancel | CANCEL | es-US
cancel | alexa forget about it | CANCEL | es-US
cancel | alexa cancela eso mae | CANCEL | es-US
cancel | alexa no cancela cancela | CANCEL | es-US
cancel | alexa mejor olvídalo | CANCEL | es-US
cancel | alexa cancela la pregunta porfa | CANCEL | es-US
cancel | alexa déjalo vos | CANCEL | es-US
cancel | alexa cancélalo ya | CANCEL | es-US
cancel | alexa ya no quiero saber cancela | CANCEL | es-US
cancel | alexa okay cancel | CANCEL | es-US
cancel | alexa nah olvídalo | CANCEL | es-US
# launch: opening the skill by its invocation name
launch | alexa abre capitales del mundo | LAUNCH
launch | alexa chiquillo abre capitales del mundo | LAUNCH
launch | alexa pon capitales del mundo | LAUNCH
launch | alexa vamos a jugar a capitales del mundo | LAUNCH
launch | alexa inicia capitales del mundo por favor | LAUNCH
launch | alexa ábreme capitales del mundo que voy a repasar | LAUNCH
launch | alexa empieza capitales del mundo | LAUNCH
launch | alexa arranca capitales del mundo | LAUNCH
launch | alexa quiero capitales del mundo | LAUNCH
launch | alexa abrir capitales del mundo | LAUNCH
launch | alexa pregúntale a capitales del mundo cuál es la capital de kirguistán | KG
launch | alexa abre capitales del mundo wey | LAUNCH | es-MX
launch | alexa ponme capitales del mundo | LAUNCH | es-MX
launch | alexa échale a capitales del mundo | LAUNCH | es-MX
launch | alexa quiero jugar capitales del mundo | LAUNCH | es-MX
launch | alexa inicia la skill capitales del mundo | LAUNCH | es-MX
launch | alexa abre la aplicación capitales del mundo | LAUNCH | es-MX
launch | alexa ano abrir capitales del mundo | LAUNCH | es-MX
launch | alexa activa capitales del mundo | LAUNCH | es-MX
launch | alexa pídele a capitales del mundo la capital de surinam | SR | es-MX
launch | alexa abre capitales del mundo para mi hijo | LAUNCH | es-MX
launch | alexa open capitales del mundo | LAUNCH | es-US
launch | alexa órale abre capitales del mundo | LAUNCH | es-US
launch | alexa start capitales del mundo | LAUNCH | es-US
launch | alexa abre capitales del mundo para practicar para la ciudadanía | LAUNCH | es-US
launch | alexa launch capitales del mundo | LAUNCH | es-US
launch | alexa acho abre capitales del mundo | LAUNCH | es-US
launch | alexa play capitales del mundo | LAUNCH | es-US
launch | alexa abre el juego de capitales del mundo | LAUNCH | es-US
launch | alexa usa capitales del mundo y dime la capital de guyana | GY | es-US
launch | alexa let's play capitales del mundo | LAUNCH | es-US
# yes-no-check: checking a capital one thinks one knows (the place is expected)
yes-no-check | alexa la capital de australia es sídney verdad | AU
yes-no-check | alexa es verdad que la capital de turquía es estambul | TR
yes-no-check | alexa la capital de suiza es ginebra o zúrich | CH
yes-no-check | alexa la capital de canadá es toronto no | CA
yes-no-check | alexa es ámsterdam la capital de holanda | NL
yes-no-check | alexa es el aaiún la capital del sáhara occidental | EH
yes-no-check | alexa la capital de marruecos es casablanca o rabat | MA
yes-no-check | alexa la capital de brasil es río de janeiro a que sí | BR
yes-no-check | alexa a que la capital de nigeria es lagos | NG
yes-no-check | alexa la capital de escocia es glasgow no | GB-SCT
yes-no-check | alexa la capital de baviera es múnich verdad | DE-BY
yes-no-check | alexa la capital de vietnam es saigón | VN
yes-no-check | alexa la capital del edomex es toluca verdad | MX-MEX | es-MX
yes-no-check | alexa la capital de quintana roo es cancún | MX-ROO | es-MX
yes-no-check | alexa la capital de veracruz es el puerto de veracruz o xalapa | MX-VER | es-MX
yes-no-check | alexa la capital de sinaloa es mazatlán no | MX-SIN | es-MX
yes-no-check | alexa la capital de baja california es tijuana verdad | MX-BCN | es-MX
yes-no-check | alexa la capital de líbano es beirut o no | LB | es-MX
yes-no-check | alexa es tokio la capital de japón | JP | es-MX
yes-no-check | alexa la capital de india es bombay o delhi | IN | es-MX
yes-no-check | alexa la capital de tamaulipas es ciudad victoria verdad | MX-TAM | es-MX
yes-no-check | alexa cuál es la capital de arizona phoenix o tucson | US-AZ | es-US
yes-no-check | alexa la capital de minnesota es minneapolis verdad | US-MN | es-US
yes-no-check | alexa la capital de nueva york es nueva york | US-NY | es-US
yes-no-check | alexa la capital de pensilvania es filadelfia right | US-PA | es-US
yes-no-check | alexa la capital de florida es miami no | US-FL | es-US
yes-no-check | alexa is the capital of texas austin o houston | US-TX | es-US
yes-no-check | alexa la capital de illinois es chicago verdad | US-IL | es-US
yes-no-check | alexa la capital de puerto rico es san juan verdad | PR | es-US
yes-no-check | alexa la capital de nevada es las vegas | US-NV | es-US
yes-no-check | alexa la capital de washington es seattle | US-WA | es-US
# self-correction: a name changed in mid-sentence
self-correction | alexa cuál es la capital de austria no perdón de australia | AU
self-correction | alexa la capital de eslovenia digo eslovaquia | SK
self-correction | alexa cuál es la capital de suecia no espera de suiza | CH
self-correction | alexa capital de nigeria ay no de níger | NE
self-correction | alexa cuál es la capital de irak perdón irán | IR
self-correction | alexa la capital de gambia no de zambia chiquillo | ZM
self-correction | alexa cuál es la capital de letonia bueno lituania | LT
self-correction | alexa cuál es la capital de islandia uy no irlanda | IE
self-correction | alexa capital de mali no mauritania | MR
self-correction | alexa la capital de la india perdón de indonesia | ID
self-correction | alexa cuál es la capital de sonora no de sinaloa | MX-SIN | es-MX
self-correction | alexa la capital de colima ay no de coahuila | MX-COA | es-MX
self-correction | alexa cuál es la capital de guatemala digo de guanajuato | MX-GUA | es-MX
self-correction | alexa cuál es la capital de tabasco no tamaulipas | MX-TAM | es-MX
self-correction | alexa la capital de corea del norte no del sur | KR | es-MX
self-correction | alexa capital de nayarit perdón de nuevo león | MX-NLE | es-MX
self-correction | alexa cuál es la capital de paraguay no uruguay | UY | es-MX
self-correction | alexa cuál es la capital de dominica digo de república dominicana | DO | es-MX
self-correction | alexa the capital of iowa wait no idaho | US-ID | es-US
self-correction | alexa cuál es la capital de virginia no de virginia occidental | US-WV | es-US
self-correction | alexa la capital de carolina del norte no del sur | US-SC | es-US
self-correction | alexa cuál es la capital de dakota del sur digo del norte | US-ND | es-US
self-correction | alexa capital de maine no de maryland | US-MD | es-US
self-correction | alexa cuál es la capital de nicaragua ay no honduras | HN | es-US
self-correction | alexa la capital de costa rica no espérate puerto rico | PR | es-US
self-correction | alexa cuál es la capital de arkansas perdón kansas | US-KS | es-US
self-correction | alexa la capital de montana no de wyoming | US-WY | es-US
self-correction | alexa cuál es la capital de oregón o sea de washington el estado | US-WA | es-US
# reverse-question: which place has this capital
reverse-question | alexa de qué país es capital {} | ulán bator=CITY:Ulán Bator; yamena=CITY:Yamena; asmara=CITY:Asmara
reverse-question | alexa {} es la capital de qué país | bamako=CITY:Bamako; uagadugú=CITY:Uagadugú; nuakchot=CITY:Nuakchot
reverse-question | alexa de dónde es capital {} | tiflis=CITY:Tiflis; ereván=CITY:Ereván; bakú=CITY:Bakú
reverse-question | alexa qué país tiene de capital {} | montevideo=CITY:Montevideo; asunción=CITY:Asunción; paramaribo=CITY:Paramaribo
reverse-question | alexa {} de qué es capital | wiesbaden=CITY:Wiesbaden; schwerin=CITY:Schwerin; erfurt=CITY:Erfurt
reverse-question | alexa de qué estado es capital {} | toluca=CITY:Toluca; pachuca=CITY:Pachuca; tepic=CITY:Tepic | es-MX
reverse-question | alexa {} es capital de cuál estado | chilpancingo=CITY:Chilpancingo; xalapa=CITY:Xalapa; villahermosa=CITY:Villahermosa | es-MX
reverse-question | alexa qué estado tiene como capital a {} | chetumal=CITY:Chetumal; culiacán=CITY:Culiacán; tuxtla gutiérrez=CITY:Tuxtla Gutiérrez | es-MX
reverse-question | alexa de qué país es capital {} wey | katmandú=CITY:Katmandú; timbu=CITY:Timbu; daca=CITY:Daca | es-MX
reverse-question | alexa {} is the capital of what state | sacramento=CITY:Sacramento; tallahassee=CITY:Tallahassee; albany=CITY:Albany | es-US
reverse-question | alexa y de qué estado es capital {} | harrisburg=CITY:Harrisburg; trenton=CITY:Trenton; hartford=CITY:Hartford | es-US
reverse-question | alexa dónde queda {} de qué estado es la capital | boise=CITY:Boise; cheyenne=CITY:Cheyenne; pierre=CITY:Pierre | es-US
reverse-question | alexa springfield es capital de qué estado | CITY:Springfield | es-US
reverse-question | alexa de qué es capital kingston | CITY:Kingston | es-US
reverse-question | alexa victoria es la capital de qué | CITY:Victoria
# official-name: the long official names
official-name | alexa cuál es la capital de la república federal de alemania | DE
official-name | alexa cuál es la capital del reino de marruecos | MA
official-name | alexa la capital de la república helénica | GR
official-name | alexa capital de la confederación suiza | CH
official-name | alexa cuál es la capital de la república oriental del uruguay | UY
official-name | alexa cuál es la capital de la república de guinea ecuatorial | GQ
official-name | alexa cuál es la capital de la federación de rusia | RU
official-name | alexa capital del reino de los países bajos | NL
official-name | alexa la capital de la república árabe saharaui democrática | EH
official-name | alexa cuál es la capital de la república popular china | CN
official-name | alexa cuál es la capital de la república de china | TW
official-name | alexa cuál es la capital de los estados unidos mexicanos | MX | es-MX
official-name | alexa cuál es la capital de la república libanesa | LB | es-MX
official-name | alexa la capital de la república bolivariana de venezuela | VE | es-MX
official-name | alexa cuál es la capital del estado libre y soberano de tamaulipas | MX-TAM | es-MX
official-name | alexa cuál es la capital de la república de corea | KR | es-MX
official-name | alexa capital de la república popular democrática de corea | KP | es-MX
official-name | alexa cuál es la capital de la república islámica de irán | IR | es-MX
official-name | alexa cuál es la capital del estado plurinacional de bolivia | BO | es-MX
official-name | alexa cuál es la capital del estado libre asociado de puerto rico | PR | es-US
official-name | alexa cuál es la capital de la república de guatemala | GT | es-US
official-name | alexa la capital de la república de costa rica | CR | es-US
official-name | alexa capital de la mancomunidad de pensilvania | US-PA | es-US
official-name | alexa cuál es la capital de la república de panamá | PA | es-US
official-name | alexa cuál es la capital del reino unido de gran bretaña e irlanda del norte | GB | es-US
official-name | alexa cuál es la capital de la república democrática federal de etiopía | ET | es-US
official-name | alexa cuál es la capital de la república socialista de vietnam | VN | es-US
official-name | alexa capital de los estados federados de micronesia | FM | es-US
official-name | alexa cuál es la capital de la república de côte d'ivoire | CI
official-name | alexa cuál es la capital del reino de esuatini | SZ | es-US
# everyday-name: the names people use in the street
everyday-name | alexa cuál es la capital de holanda chiquillo | NL
everyday-name | alexa la capital de los emiratos | AE
everyday-name | alexa cuál es la capital de inglaterra la de los ingleses | GB-ENG
everyday-name | alexa capital de birmania | MM
everyday-name | alexa cuál es la capital de la república checa | CZ
everyday-name | alexa la capital de rusia blanca | BY
everyday-name | alexa cuál es la capital de suazilandia | SZ
everyday-name | alexa cuál es la capital de costa de marfil | CI
everyday-name | alexa la capital de timor oriental | TL
everyday-name | alexa cuál es la capital de macedonia | MK
everyday-name | alexa cuál es la capital de persia | IR
everyday-name | alexa la capital de gringolandia | US | es-MX
everyday-name | alexa cuál es la capital del gabacho | US | es-MX
everyday-name | alexa cuál es la capital de arabia | SA | es-MX
everyday-name | alexa la capital de congo kinshasa | CD | es-MX
everyday-name | alexa la capital de bosnia | BA | es-MX
everyday-name | alexa cuál es la capital de yugoslavia | FB | es-MX
everyday-name | alexa cuál es la capital de la gran bretaña | GB | es-MX
everyday-name | alexa cuál es la capital de nueva zelandia | NZ | es-MX
everyday-name | alexa cuál es la capital de el vaticano | VA | es-MX
everyday-name | alexa la capital del df | MX-CMX | es-MX
everyday-name | alexa cuál es la capital de the states | US | es-US
everyday-name | alexa la capital de boriquén | PR | es-US
everyday-name | alexa cuál es la capital de la isla del encanto | PR | es-US
everyday-name | alexa cuál es la capital de la madre patria | ES | es-US
everyday-name | alexa capital de cali | US-CA | es-US
everyday-name | alexa cuál es la capital de jersey la de new jersey | US-NJ | es-US
everyday-name | alexa cuál es la capital de las islas vírgenes de estados unidos | VI | es-US
everyday-name | alexa la capital de guate | GT | es-US
everyday-name | alexa cuál es la capital de dominicana | DO | es-US
everyday-name | alexa cuál es la capital de chequia | CZ
# shared-name: one name for several places
shared-name | alexa cuál es la capital de georgia mi niño | GE+US-GA
shared-name | alexa la capital de georgia el país de tiflis | GE
shared-name | alexa cuál es la capital de los dos congos | CD+CG
shared-name | alexa la capital de las coreas | KP+KR | es-MX
shared-name | alexa cuál es la capital de las carolinas | US-NC+US-SC | es-US
shared-name | alexa la capital de las dakotas | US-ND+US-SD | es-US
shared-name | alexa cuál es la capital de las dos bajas californias | MX-BCN+MX-BCS | es-MX
shared-name | alexa cuál es la capital de los mato grosso | BR-MS+BR-MT
shared-name | alexa cuál es la capital de las dos sajonias | DE-SN+DE-ST
shared-name | alexa cuál es la capital de washington el estado del noroeste | US-WA | es-US
shared-name | alexa la capital de méxico el estado no el país | MX-MEX | es-MX
shared-name | alexa cuál es la capital de victoria la provincia de australia | AU-VIC
shared-name | alexa cuál es la capital de guadalupe la isla | GP | es-MX
shared-name | alexa cuál es la capital de las islas vírgenes | VG+VI | es-US
shared-name | alexa cuál es la capital de las islas samoa | AS+WS
shared-name | alexa la capital de nueva york el estado | US-NY | es-US
shared-name | alexa cuál es la capital del congo el de brazzaville | CG
shared-name | alexa cuál es la capital de río grande en brasil | BR-RN+BR-RS
shared-name | alexa cuáles son las capitales de las tres guineas | GN+GQ+GW
shared-name | alexa cuál es la capital de sudán y sudán del sur | SD+SS | es-US
shared-name | alexa cuál es la capital de irlanda la isla entera | GB-NIR+IE
"""

if __name__ == "__main__":
    build_round(47, "es", LINES, sys.argv, "tests/Eval/es/round47/source/build_corpus.py")
