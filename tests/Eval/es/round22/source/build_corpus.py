"""Round 22, Spanish (es-ES, es-MX, es-US): a new author's own mix, written blind, each locale about a third of the
lines. Speakers chosen to differ from earlier rounds. es-ES: Bilbao and the Basque coast ("pues", "ene", "aúpa" left to
others, "bai", "txo"), Salamanca's summer Spanish courses (English, German and Chinese learners: "how do you say",
"perdón mi español", "entschuldigung"), British and German retirees in Benidorm and the Costa del Sol, Mallorca and Ibiza
hotel staff between shifts, Huelva and Galician-free Cantabrian fishermen on the radio, grandparents in a Valladolid
park, a school in Almería (sociales, the "examen de geografía"), a Cuenca pharmacy, a driving-school car, a bookshop,
the "Pasatiempos" page; sport (the Vuelta, the Eurobasket, the Davis Cup). es-MX: the Norte (Monterrey, Sonora,
Chihuahua: "plebe", "compa", "ah jijo", "bien fierro"), Yucatán ("bomba", "ni modo", "hijo", "tch"), Guadalajara
("ira", "bien mucho", "pos"), the Veracruz jarocho ("¿qué hubo?", "mi amor", "ya ve"), an Oaxaca market, a
telesecundaria class, a taxi rank, a quinceañera, a tianguis, the Liga MX and the Selección's away games, "la mañanera"
on the news, lotería and "basta" (stop-the-bus) with the family. es-US: Miami Cubans ("asere", "qué bolá", "chico",
"mi vida"), New York Puerto Ricans ("wepa", "mano", "brutal", "nene"), Dominicans in the Bronx and Lawrence ("klk",
"vaina", "manito"), Tejanos in San Antonio mixing English ("like", "the capital", "bro", "okay so"), Salvadorans in Los
Angeles ("puchica", "cipote", "vos", "va pues"), Guatemalans in Houston ("chapín", "patojo", "pisto" kept out), children
doing homework in English and asking in Spanish, a citizenship-test class, a truck driver crossing states, a nurse on a
night shift. Plus fillers and hesitations ("eh", "este", "o sea", "a ver", "pues"), self-corrections, follow-ups, yes/no
checks, reverse questions, official, old and everyday names, shared names, plurals, subdivisions (US, Mexican,
Canadian, Brazilian, German, Australian and Indian states, the UK's nations), territories, and what recognition writes
(lost accents, joined or split names, English spellings).
`python3 tests/Eval/es/round22/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 22's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# es-ES: Bilbao and the Basque coast.
bilbao | pues oye alexa la capital de {} cuál es | eslovenia=SI; croacia=HR; austria=AT | es-ES
bilbao | ene alexa no me acuerdo de la capital de {} | serbia=RS; montenegro=ME; albania=AL | es-ES
bilbao | txo alexa dime la capital de {} que estamos discutiendo | rumanía=RO; bulgaria=BG; hungría=HU | es-ES
bilbao | bai bai pero cuál es la capital de {} alexa | polonia=PL; eslovaquia=SK; chequia=CZ | es-ES
bilbao | oye en el bar dicen que la capital de {} es otra cuál es | suiza=CH; bélgica=BE; luxemburgo=LU | es-ES
bilbao | alexa pues la capital de {} a ver | islandia=IS; noruega=NO; dinamarca=DK | es-ES
bilbao | qué pasa alexa cuál es la capital de {} majo | finlandia=FI; suecia=SE; estonia=EE | es-ES

# es-ES: Salamanca summer-course learners.
salamanca-learner | perdón mi español alexa cuál es la capital de {} | alemania=DE; irlanda=IE; letonia=LV | es-ES
salamanca-learner | how do you say alexa la capital de {} por favor | lituania=LT; moldavia=MD; ucrania=UA | es-ES
salamanca-learner | alexa entschuldigung cuál es la capital del {} | japón=JP; nepal=NP; vietnam=VN | es-ES
salamanca-learner | alexa yo quiero saber la capital de {} gracias | china=CN; mongolia=MN; corea del sur=KR | es-ES
salamanca-learner | hola alexa es mi primera semana en salamanca cuál es la capital de {} | kazajistán=KZ; uzbekistán=UZ; kirguistán=KG | es-ES
salamanca-learner | alexa la capital de {} es cuál sorry | tayikistán=TJ; turkmenistán=TM; azerbaiyán=AZ | es-ES
salamanca-learner | alexa por favor más despacio cuál es la capital de {} | armenia=AM; chipre=CY; malta=MT | es-ES

# es-ES: retirees in Benidorm and the Costa del Sol.
benidorm | alexa darling cuál es el capital de {} | escocia=GB-SCT; gales=GB-WLS; irlanda del norte=GB-NIR | es-ES
benidorm | hello alexa la capital de {} please | nueva zelanda=NZ; australia=AU; canadá=CA | es-ES
benidorm | alexa mi vecino dice que la capital de {} es muy bonita cuál es | andorra=AD; mónaco=MC; liechtenstein=LI | es-ES

# es-ES: Mallorca and Ibiza hotel staff.
hotel | alexa rápido que entro a las siete cuál es la capital de {} | marruecos=MA; túnez=TN; argelia=DZ | es-ES
hotel | oye alexa un cliente es de {} y me pregunta la capital | egipto=EG; libia=LY; sudán=SD | es-ES
hotel | alexa tenemos un grupo de {} en el hotel cuál es su capital | israel=IL; jordania=JO; líbano=LB | es-ES
hotel | alexa la capital de {} que me lo ha preguntado la de recepción | siria=SY; irak=IQ; irán=IR | es-ES

# es-ES: fishermen on the radio, Huelva and Cantabria.
fisher | alexa aquí en el barco queremos saber la capital de {} | mauritania=MR; senegal=SN; cabo verde=CV | es-ES
fisher | compañero pregúntale a alexa la capital de {} | gambia=GM; guinea-bisáu=GW; sierra leona=SL | es-ES
fisher | alexa que ha entrado un pesquero de {} cuál es la capital | liberia=LR; ghana=GH; namibia=NA | es-ES

# es-ES: grandparents in a Valladolid park.
abuelos-valladolid | hija pregúntale a la alexa esa cuál es la capital de {} | portugal=PT; grecia=GR; italia=IT | es-ES
abuelos-valladolid | a ver alexa hágame el favor la capital de {} | francia=FR; turquía=TR; rusia=RU | es-ES
abuelos-valladolid | alexa usted sabrá cuál es la capital de {} | argentina=AR; uruguay=UY; paraguay=PY | es-ES
abuelos-valladolid | ay alexa que en mis tiempos la capital de {} era otra cuál es ahora | birmania=MM; kazajstán=KZ; costa de marfil=CI | es-ES

# es-ES: a school in Almería.
school-es | alexa para el examen de geografía cuál es la capital de {} | etiopía=ET; kenia=KE; tanzania=TZ | es-ES
school-es | alexa mamá dice que te pregunte la capital de {} para sociales | uganda=UG; ruanda=RW; burundi=BI | es-ES
school-es | alexa la seño nos ha mandado buscar la capital de {} | zambia=ZM; zimbabue=ZW; malaui=MW | es-ES
school-es | alexa capital de {} para los deberes | mozambique=MZ; angola=AO; botsuana=BW | es-ES

# es-ES: a Cuenca pharmacy, a driving-school car, a bookshop, the crossword page.
errands-es | alexa mientras preparo la receta cuál es la capital de {} | madagascar=MG; comoras=KM; mauricio=MU | es-ES
errands-es | alexa estoy en el coche de la autoescuela cuál es la capital de {} | lesoto=LS; esuatini=SZ; yibuti=DJ | es-ES
errands-es | alexa en el crucigrama pone capital de {} seis letras | eritrea=ER; somalia=SO; yemen=YE | es-ES
errands-es | alexa una clienta busca una guía de {} cuál es la capital | omán=OM; catar=QA; baréin=BH | es-ES

# es-ES: sport on TV.
sport-es | alexa la vuelta sale este año desde {} cuál es la capital | países bajos=NL; dinamarca=DK | es-ES
sport-es | alexa españa juega el eurobasket contra {} cuál es su capital | letonia=LV; georgia=GE; finlandia=FI | es-ES
sport-es | alexa la copa davis la juegan en {} y cuál es la capital | kuwait=KW; arabia saudí=SA; emiratos árabes unidos=AE | es-ES

# es-MX: the Norte.
norteno | ah jijo alexa cuál es la capital de {} plebe | guatemala=GT; honduras=HN; el salvador=SV | es-MX
norteno | compa alexa la capital de {} cuál viene siendo | nicaragua=NI; costa rica=CR; panamá=PA | es-MX
norteno | alexa bien fierro dime la capital de {} | colombia=CO; venezuela=VE; ecuador=EC | es-MX
norteno | oye alexa aquí en monterrey queremos saber la capital de {} | perú=PE; chile=CL; brasil=BR | es-MX
norteno | alexa qué es la capital de {} compa | cuba=CU; haití=HT; jamaica=JM | es-MX

# es-MX: Yucatán.
yucateco | bomba alexa cuál es la capital de {} | belice=BZ; guyana=GY; surinam=SR | es-MX
yucateco | tch alexa ni modo dime la capital de {} hijo | bahamas=BS; barbados=BB; trinidad y tobago=TT | es-MX
yucateco | alexa hijo cuál será la capital de {} | granada=GD; santa lucía=LC; dominica=DM | es-MX

# es-MX: Guadalajara.
tapatio | ira alexa pos cuál es la capital de {} | españa=ES; reino unido=GB; estados unidos=US | es-MX
tapatio | alexa me late saber bien mucho la capital de {} | india=IN; pakistán=PK; bangladés=BD | es-MX
tapatio | pos a ver alexa la capital de {} | sri lanka=LK; bután=BT; maldivas=MV | es-MX

# es-MX: Veracruz.
jarocho | qué hubo alexa mi amor cuál es la capital de {} | tailandia=TH; camboya=KH; laos=LA | es-MX
jarocho | alexa ya ve que no me acuerdo la capital de {} | indonesia=ID; filipinas=PH; singapur=SG | es-MX
jarocho | alexa del puerto sale un barco para {} cuál es su capital | brunéi=BN; timor oriental=TL; papúa nueva guinea=PG | es-MX

# es-MX: an Oaxaca market, a tianguis, a taxi rank.
mercado-mx | alexa marchanta que viene un güero de {} cuál es la capital | canadá=CA; alemania=DE; francia=FR | es-MX
mercado-mx | alexa aquí en el tianguis nos preguntamos cuál es la capital de {} | fiyi=FJ; samoa=WS; tonga=TO | es-MX
mercado-mx | alexa en lo que pasa el pasaje cuál es la capital de {} | vanuatu=VU; islas salomón=SB; kiribati=KI | es-MX
mercado-mx | alexa joven dígame la capital de {} | tuvalu=TV; nauru=NR; palaos=PW | es-MX

# es-MX: a telesecundaria class.
telesecundaria | alexa el maestro pregunta la capital de {} | islas marshall=MH; micronesia=FM; nueva zelanda=NZ | es-MX
telesecundaria | alexa para la tarea de geografía cuál es la capital de {} | nigeria=NG; níger=NE; chad=TD | es-MX
telesecundaria | alexa cuál es la capital de {} es para la exposición | malí=ML; burkina faso=BF; togo=TG | es-MX
telesecundaria | alexa porfa capital de {} | benín=BJ; camerún=CM; gabón=GA | es-MX

# es-MX: a quinceañera and the family game of basta.
fiesta-mx | alexa estamos jugando basta dime una capital de {} | guinea ecuatorial=GQ; santo tomé y príncipe=ST; república centroafricana=CF | es-MX
fiesta-mx | alexa en la quince de mi prima apostamos la capital de {} | sudán del sur=SS; seychelles=SC; afganistán=AF | es-MX
fiesta-mx | alexa la tía insiste que la capital de {} es otra cuál es | australia=AU; japón=JP; corea del norte=KP | es-MX

# es-MX: sport and the news.
news-mx | alexa la selección juega en {} cuál es la capital de ese país | arabia saudita=SA; catar=QA; marruecos=MA | es-MX
news-mx | alexa dijeron en la mañanera algo de {} cuál es su capital | ucrania=UA; rusia=RU; china=CN | es-MX
news-mx | alexa en el noticiero hablaron de {} cuál es la capital | venezuela=VE; haití=HT; israel=IL | es-MX

# es-US: Miami Cubans.
cubano-miami | asere alexa cuál es la capital de {} chico | república dominicana=DO; puerto rico=PR; jamaica=JM | es-US
cubano-miami | qué bolá alexa dime la capital de {} | cuba=CU; bahamas=BS; islas caimán=KY | es-US
cubano-miami | alexa mi vida la capital de {} cuál es | antigua y barbuda=AG; san cristóbal y nieves=KN; san vicente y las granadinas=VC | es-US
cubano-miami | oye chico alexa tú sabes la capital de {} | españa=ES; italia=IT; grecia=GR | es-US

# es-US: New York Puerto Ricans.
nuyorican | wepa alexa cuál es la capital de {} mano | estados unidos=US; méxico=MX; canadá=CA | es-US
nuyorican | nene pregúntale a alexa la capital de {} | islas vírgenes británicas=VG; islas vírgenes de estados unidos=VI; anguila=AI | es-US
nuyorican | alexa brutal mano y la capital de {} | aruba=AW; curazao=CW; sint maarten=SX | es-US

# es-US: Dominicans in the Bronx and Lawrence.
dominicano | klk alexa cuál es la capital de {} | haití=HT; colombia=CO; panamá=PA | es-US
dominicano | manito alexa dime la capital de esa vaina de {} | guinea=GN; malí=ML; senegal=SN | es-US
dominicano | alexa mi pana dice que la capital de {} es una vaina rara cuál es | burkina faso=BF; yibuti=DJ; kirguistán=KG | es-US

# es-US: Tejanos in San Antonio.
tejano | okay so alexa cuál es la capital de {} | texas=US-TX; nuevo méxico=US-NM; oklahoma=US-OK | es-US
tejano | alexa like what's the capital de {} bro | luisiana=US-LA; arkansas=US-AR; colorado=US-CO | es-US
tejano | alexa the capital de {} cuál es | arizona=US-AZ; california=US-CA; nevada=US-NV | es-US

# es-US: Salvadorans in Los Angeles.
salvadoreno | puchica alexa cuál es la capital de {} vos | el salvador=SV; guatemala=GT; honduras=HN | es-US
salvadoreno | alexa va pues decime la capital de {} | nicaragua=NI; costa rica=CR; belice=BZ | es-US
salvadoreno | alexa el cipote pregunta cuál es la capital de {} | ecuador=EC; bolivia=BO; perú=PE | es-US

# es-US: Guatemalans in Houston.
chapin | alexa aquí en houston un chapín pregunta la capital de {} | argentina=AR; chile=CL; uruguay=UY | es-US
chapin | alexa patojo sabés cuál es la capital de {} | paraguay=PY; venezuela=VE; brasil=BR | es-US

# es-US: the citizenship class, a truck driver, a night-shift nurse, homework in English.
us-life | alexa para el examen de ciudadanía cuál es la capital de {} | estados unidos=US; nueva york=US-NY; washington=US-WA | es-US
us-life | alexa voy manejando el tráiler por {} cuál es la capital | kansas=US-KS; misuri=US-MO; iowa=US-IA | es-US
us-life | alexa acabo de entrar a {} con la troca cuál es la capital del estado | nebraska=US-NE; wyoming=US-WY; utah=US-UT | es-US
us-life | alexa estoy en el turno de noche cuál es la capital de {} | florida=US-FL; alabama=US-AL; tennessee=US-TN | es-US
us-life | alexa my homework dice capital de {} | míchigan=US-MI; ohio=US-OH; indiana=US-IN | es-US
us-life | alexa mi hija tiene tarea cuál es la capital del estado de {} | illinois=US-IL; wisconsin=US-WI; minnesota=US-MN | es-US

# Subdivisions across locales.
subdivision | alexa cuál es la capital del estado de {} | jalisco=MX-JAL; nuevo león=MX-NLE; yucatán=MX-YUC | es-MX
subdivision | alexa capital de {} el estado | oaxaca=MX-OAX; chiapas=MX-CHP; veracruz=MX-VER | es-MX
subdivision | oye alexa y la capital de {} cuál es | sonora=MX-SON; chihuahua=MX-CHH; sinaloa=MX-SIN | es-MX
subdivision | alexa mi suegra es de {} cuál es la capital | michoacán=MX-MIC; guerrero=MX-GRO; tabasco=MX-TAB | es-MX
subdivision | alexa la capital del estado de {} por fa | coahuila=MX-COA; tamaulipas=MX-TAM; quintana roo=MX-ROO | es-MX
subdivision | alexa cuál es la capital de la provincia de {} | ontario=CA-ON; quebec=CA-QC; alberta=CA-AB | es-US
subdivision | alexa la capital de {} en canadá | columbia británica=CA-BC; manitoba=CA-MB; nueva escocia=CA-NS | es-US
subdivision | alexa qué ciudad es la capital de {} | carolina del norte=US-NC; virginia=US-VA; pensilvania=US-PA | es-US
subdivision | alexa la capital de {} en estados unidos | massachusetts=US-MA; connecticut=US-CT; nueva jersey=US-NJ | es-US
subdivision | alexa y cuál es la capital de {} el estado gringo | alaska=US-AK; hawái=US-HI; oregón=US-OR | es-MX
subdivision | alexa cuál es la capital del land de {} | baviera=DE-BY; sajonia=DE-SN; hesse=DE-HE | es-ES
subdivision | alexa qué capital tiene {} en alemania | baja sajonia=DE-NI; renania del norte-westfalia=DE-NW; turingia=DE-TH | es-ES
subdivision | alexa capital del estado brasileño de {} | bahía=BR-BA; minas gerais=BR-MG; amazonas=BR-AM | es-ES
subdivision | alexa la capital de {} en brasil | pernambuco=BR-PE; paraná=BR-PR; río grande del sur=BR-RS | es-MX
subdivision | alexa cuál es la capital del estado australiano de {} | queensland=AU-QLD; tasmania=AU-TAS; australia occidental=AU-WA | es-ES
subdivision | alexa la capital del estado indio de {} | kerala=IN-KL; tamil nadu=IN-TN; rajastán=IN-RJ | es-ES
subdivision | alexa qué ciudad es la capital de {} en la india | bengala occidental=IN-WB; goa=IN-GA; karnataka=IN-KA | es-US
subdivision | alexa y {} cuál es su capital | inglaterra=GB-ENG; escocia=GB-SCT; gales=GB-WLS | es-ES

# Territories.
territory | alexa oye cuál es la capital de {} | groenlandia=GL; islas feroe=FO; gibraltar=GI | es-ES
territory | alexa y la capital de {} cuál sería | guayana francesa=GF; martinica=MQ; guadalupe=GP | es-MX
territory | alexa cuál es la capital de las {} | islas malvinas=FK; bermudas=BM; islas cook=CK | es-US
territory | alexa capital de {} la isla | reunión=RE; mayotte=YT; nueva caledonia=NC | es-ES
territory | alexa me dices la capital de {} | polinesia francesa=PF; guam=GU; samoa americana=AS | es-US
territory | alexa cuál es la capital del {} pues | sáhara occidental=EH; vaticano=VA | es-ES

# Plural capitals (every several-capital country and Palestine).
plural-capitals | alexa cuáles son las capitales de {} | bolivia=BO; sudáfrica=ZA; malasia=MY | es-MX
plural-capitals | oye alexa qué capitales tiene {} | países bajos=NL; sri lanka=LK; benín=BJ | es-ES
plural-capitals | alexa dime las dos capitales de {} | costa de marfil=CI; esuatini=SZ; palestina=PS | es-US
plural-capitals | alexa es verdad que {} tiene tres capitales cuáles son | sudáfrica=ZA | es-ES
plural-capitals | alexa cuáles son las capitales de {} la oficial y la administrativa | holanda=NL; bolivia=BO; malasia=MY | es-US
plural-capitals | pues alexa las capitales de {} cuáles son | palestina=PS; benín=BJ; sri lanka=LK | es-ES
plural-capitals | alexa la maestra dice que {} tiene más de una capital cuáles son | suazilandia=SZ; costa de marfil=CI; sudáfrica=ZA | es-MX

# Shared names.
shared-name | alexa ándale cuál es la capital de {} | georgia=GE+US-GA; congo=CD+CG; corea=KP+KR | es-MX
shared-name | oye alexa la capital de {} cuál es | el congo=CD+CG; las coreas=KP+KR; las dakotas=US-ND+US-SD | es-ES
shared-name | alexa and y la capital de {} | las carolinas=US-NC+US-SC; georgia=GE+US-GA; las islas vírgenes=VG+VI | es-US

# Official names.
official-name | alexa cuál es la capital de la {} exactamente | república federal de alemania=DE; república francesa=FR; federación de rusia=RU | es-ES
official-name | alexa la capital de los {} | estados unidos mexicanos=MX; estados unidos de américa=US; emiratos árabes unidos=AE | es-MX
official-name | alexa cuál es la capital del {} | reino de españa=ES; reino de marruecos=MA; reino unido de gran bretaña e irlanda del norte=GB | es-US
official-name | alexa me dices la capital de la {} | república popular china=CN; república democrática del congo=CD; república del congo=CG | es-ES
official-name | alexa capital de la {} por favor | república bolivariana de venezuela=VE; república argentina=AR; república oriental del uruguay=UY | es-MX
official-name | alexa cuál es la capital de la {} ahora | república de corea=KR; república popular democrática de corea=KP; república islámica de irán=IR | es-US
official-name | alexa y la capital del {} | estado plurinacional de bolivia=BO; reino de los países bajos=NL; reino de tailandia=TH | es-ES

# Everyday names.
everyday-name | alexa so cuál es la capital de {} | holanda=NL; inglaterra=GB-ENG; gran bretaña=GB | es-US
everyday-name | alexa y la capital de {} | república checa=CZ; los emiratos=AE; timor oriental=TL | es-ES
everyday-name | alexa la capital de {} cuál es | gringolandia=US; la gran manzana=US-NY; dominicana=DO | es-MX
everyday-name | alexa dime la capital de {} | bielorrusia=BY; macedonia=MK; moldova=MD | es-ES
everyday-name | alexa a ver la capital de {} | costa de marfil=CI; arabia=SA; las filipinas=PH | es-US

# Old names (learnt at school).
old-name | alexa cuál era la capital de {} | persia=IR; siam=TH; ceilán=LK | es-MX
old-name | alexa la capital de lo que antes era {} | zaire=CD; dahomey=BJ; alto volta=BF | es-ES
old-name | alexa cuál es la capital de la antigua {} | rodesia del norte=ZM; abisinia=ET; formosa=TW | es-US

# Follow-ups.
follow-up | y la de {} | francia=FR; portugal=PT; italia=IT | es-ES
follow-up | y de {} alexa | japón=JP; corea del sur=KR; vietnam=VN | es-MX
follow-up | ahora la de {} | egipto=EG; kenia=KE; nigeria=NG | es-US
follow-up | vale y {} | austria=AT; hungría=HU; croacia=HR | es-ES
follow-up | órale y de {} | perú=PE; chile=CL; bolivia=BO | es-MX
follow-up | okay y la de {} | haití=HT; jamaica=JM; cuba=CU | es-US
follow-up | y la capital de {} entonces | irak=IQ; jordania=JO; kuwait=KW | es-ES
follow-up | otra alexa la de {} | taiwán=TW; kosovo=XK; palestina=PS | es-US
follow-up | y qué tal {} | mongolia=MN; laos=LA; nepal=NP | es-MX

# Yes/no checks.
yes-no-check | alexa es verdad que la capital de {} | australia es sídney=AU; canadá es toronto=CA; brasil es río de janeiro=BR | es-ES
yes-no-check | alexa la capital de {} o no | turquía es estambul=TR; suiza es ginebra=CH; marruecos es casablanca=MA | es-MX
yes-no-check | alexa a poco la capital de {} | nigeria es lagos=NG; pakistán es karachi=PK; vietnam es ho chi minh=VN | es-MX
yes-no-check | alexa es {} | lima la capital del perú=PE; quito la capital de ecuador=EC; bogotá la capital de colombia=CO | es-US
yes-no-check | alexa me confirmas si {} | nairobi es la capital de kenia=KE; dakar es la capital de senegal=SN; acra es la capital de ghana=GH | es-ES
yes-no-check | alexa verdad que la capital de {} | nueva zelanda es auckland=NZ; tanzania es dar es salaam=TZ; myanmar es rangún=MM | es-US
yes-no-check | alexa sí o no la capital de {} | estados unidos es nueva york=US; india es bombay=IN; camerún es duala=CM | es-MX

# Self-corrections.
self-correction | alexa cuál es la capital de {} | suecia no perdón noruega=NO; austria digo australia=AU; eslovenia no eslovaquia=SK | es-ES
self-correction | alexa la capital de {} eh | islandia no irlanda=IE; bolivia ay no colombia=CO; guinea o sea guinea ecuatorial=GQ | es-MX
self-correction | alexa dime la capital de {} porfa | nicaragua no espérate honduras=HN; irán no irak=IQ; zambia perdón zimbabue=ZW | es-US
self-correction | alexa capital de {} vale | mali no malaui=MW; níger bueno nigeria=NG; letonia eh no lituania=LT | es-ES
self-correction | alexa cuál es la capital de la {} | india no perdón de indonesia=ID; de austria no de alemania=DE; de grecia digo de chipre=CY | es-US
self-correction | oye alexa la capital de {} | camboya este no tailandia=TH; chad no sudán=SD; perú ah no paraguay=PY | es-MX

# Reverse questions.
reverse-question | alexa {} es capital de qué país | nairobi=CITY:Nairobi; bakú=CITY:Bakú; ulán bator=CITY:Ulán Bator | es-ES
reverse-question | alexa de qué país es capital {} | canberra=CITY:Canberra; ottawa=CITY:Ottawa; wellington=CITY:Wellington | es-MX
reverse-question | alexa {} de dónde es capital | tegucigalpa=CITY:Tegucigalpa; managua=CITY:Managua; belmopan=CITY:Belmopan | es-US
reverse-question | alexa la ciudad de {} es capital de qué | ouagadougou=CITY:Uagadugú; yamena=CITY:Yamena; niamey=CITY:Niamey | es-ES
reverse-question | alexa qué país tiene como capital {} | asmara=CITY:Asmara; kampala=CITY:Kampala; lusaka=CITY:Lusaka | es-MX
reverse-question | alexa {} es la capital de cuál país | montevideo=CITY:Montevideo; asunción=CITY:Asunción; caracas=CITY:Caracas | es-US
reverse-question | alexa de dónde es capital {} | tallin=CITY:Tallin; riga=CITY:Riga; vilna=CITY:Vilna | es-ES
reverse-question | alexa {} es capital de qué estado | sacramento=CITY:Sacramento; tallahassee=CITY:Tallahassee; albany=CITY:Albany | es-US
reverse-question | alexa {} de qué estado es capital | toluca=CITY:Toluca; morelia=CITY:Morelia; chilpancingo=CITY:Chilpancingo | es-MX

# Recognition artefacts (lost accents, joined and split words, English spellings).
artefact | alexa cual es la capital de {} | peru=PE; japon=JP; canada=CA | es-MX
artefact | alexa cuales la capital de {} | belgica=BE; hungria=HU; rumania=RO | es-ES
artefact | alexa cual es la capital de {} please | pakistan=PK; afganistan=AF; azerbaiyan=AZ | es-US
artefact | alexa la capital de {} | tai landia=TH; nueva zelandia=NZ; sudafrica=ZA | es-US
artefact | alexa cuál es la capitál de {} | kazajistan=KZ; tunez=TN; libano=LB | es-MX
artefact | alexa cual es la capital de las {} | filipina=PH; maldivas=MV; bahamas=BS | es-ES
artefact | alexa la capital de {} cual es | new zealand=NZ; south africa=ZA; ivory coast=CI | es-US
artefact | alexa capital de {} | kosovo=XK; taiwan=TW; panama=PA | es-MX
artefact | alexa cuál es la capital de {} okay | kenya=KE; rwanda=RW; botswana=BW | es-US

# Terse keyword forms.
terse | capital {} | gabón=GA; angola=AO; bután=BT | es-ES
terse | {} capital | sierra leona=SL; liberia=LR; guinea-bisáu=GW | es-MX
terse | alexa {} capital cuál | cabo verde=CV; mauricio=MU; comoras=KM | es-US

# One-shot through the invocation name.
one-shot | alexa pregúntale a capitales del mundo cuál es la capital de {} | kenia=KE; laos=LA; fiyi=FJ | es-ES
one-shot | alexa abre capitales del mundo y dime la capital de {} | cuba=CU; polonia=PL; siria=SY | es-MX
one-shot | alexa dile a capitales del mundo la capital de {} | ucrania=UA; qatar=QA; nepal=NP | es-US

# Launch.
launch | alexa abre capitales del mundo | LAUNCH | es-ES
launch | alexa inicia capitales del mundo | LAUNCH | es-MX
launch | alexa pon capitales del mundo | LAUNCH | es-US
launch | alexa quiero jugar a capitales del mundo | LAUNCH | es-ES
launch | alexa ábreme capitales del mundo porfa | LAUNCH | es-MX
launch | alexa open capitales del mundo | LAUNCH | es-US
launch | alexa arranca capitales del mundo | LAUNCH | es-ES
launch | alexa empieza capitales del mundo | LAUNCH | es-MX
launch | alexa abre la skill de capitales del mundo | LAUNCH | es-US
launch | alexa vamos con capitales del mundo | LAUNCH | es-ES
launch | alexa entra a capitales del mundo | LAUNCH | es-MX
launch | alexa abre el juego capitales del mundo | LAUNCH | es-US

# Help.
help | alexa ayúdame que no sé cómo va esto | HELP | es-ES
help | qué puedo preguntarte aquí | HELP | es-ES
help | alexa cómo se usa esto de las capitales | HELP | es-ES
help | a ver alexa qué cosas se te pueden preguntar | HELP | es-ES
help | necesito ayuda con este juego | HELP | es-ES
help | alexa no entiendo cómo funciona ayúdame | HELP | es-ES
help | alexa qué hago ahora | HELP | es-MX
help | oye alexa cómo le hago para preguntarte | HELP | es-MX
help | alexa échame la mano no sé qué decir | HELP | es-MX
help | alexa ayuda por favor no le entiendo | HELP | es-MX
help | alexa cómo funciona esta aplicación | HELP | es-MX
help | alexa qué opciones tengo | HELP | es-MX
help | alexa help me no sé usar esto | HELP | es-US
help | alexa ayúdame mano cómo es que funciona | HELP | es-US
help | alexa qué es lo que puedo decirte | HELP | es-US
help | alexa dame instrucciones | HELP | es-US
help | alexa explícame cómo se juega | HELP | es-US
help | alexa necesito ayuda chico | HELP | es-US

# Stop.
stop | alexa para ya | STOP | es-ES
stop | alexa cállate ya hombre | STOP | es-ES
stop | alexa para para para | STOP | es-ES
stop | alexa detente | STOP | es-ES
stop | alexa apágate que me voy a dormir | STOP | es-ES
stop | alexa basta ya | STOP | es-ES
stop | alexa ya párale | STOP | es-MX
stop | alexa ya cállate porfa | STOP | es-MX
stop | alexa detente ya | STOP | es-MX
stop | alexa ya estuvo para | STOP | es-MX
stop | alexa silencio | STOP | es-MX
stop | alexa ya no hables | STOP | es-MX
stop | alexa stop | STOP | es-US
stop | alexa stop ya mano | STOP | es-US
stop | alexa para de hablar | STOP | es-US
stop | alexa shut up ya | STOP | es-US
stop | alexa cállate chico | STOP | es-US
stop | alexa ya para de hablar por favor | STOP | es-US

# Cancel.
cancel | alexa cancela | CANCEL | es-ES
cancel | alexa cancélalo | CANCEL | es-ES
cancel | alexa olvídalo | CANCEL | es-ES
cancel | alexa déjalo no importa | CANCEL | es-ES
cancel | alexa cancela eso por favor | CANCEL | es-ES
cancel | alexa anula lo que te he pedido | CANCEL | es-ES
cancel | alexa cancélale | CANCEL | es-MX
cancel | alexa ya olvídalo | CANCEL | es-MX
cancel | alexa cancela la pregunta | CANCEL | es-MX
cancel | alexa mejor no cancela | CANCEL | es-MX
cancel | alexa olvida lo que te pregunté | CANCEL | es-MX
cancel | alexa no nada cancela | CANCEL | es-MX
cancel | alexa cancel | CANCEL | es-US
cancel | alexa cancela eso mano | CANCEL | es-US
cancel | alexa forget it olvídalo | CANCEL | es-US
cancel | alexa cancela cancela | CANCEL | es-US
cancel | alexa nevermind cancela | CANCEL | es-US
cancel | alexa olvídate de eso | CANCEL | es-US

# Out of domain: near-misses first, then everyday requests.
out-of-domain | alexa cuántos habitantes tiene {} | francia=FB; méxico=FB; madrid=FB | es-ES
out-of-domain | alexa qué idioma se habla en {} | brasil=FB; suiza=FB; filipinas=FB | es-MX
out-of-domain | alexa cuál es la moneda de {} | japón=FB; polonia=FB; el salvador=FB | es-US
out-of-domain | alexa quién es el presidente de {} | argentina=FB; colombia=FB; francia=FB | es-ES
out-of-domain | alexa qué hora es en {} | tokio=FB; nueva york=FB; bogotá=FB | es-MX
out-of-domain | alexa cuál es la ciudad más grande de {} | australia=FB; canadá=FB; turquía=FB | es-US
out-of-domain | alexa cómo es la bandera de {} | italia=FB; irlanda=FB; jamaica=FB | es-ES
out-of-domain | alexa cuántos kilómetros hay de madrid a {} | lisboa=FB; parís=FB; roma=FB | es-ES
out-of-domain | alexa qué tiempo hace en {} | bilbao=FB; monterrey=FB; miami=FB | es-MX
out-of-domain | alexa cuál es el himno de {} | chile=FB; perú=FB; cuba=FB | es-US
out-of-domain | alexa cuál es el río más largo de {} | españa=FB; brasil=FB; áfrica=FB | es-ES
out-of-domain | alexa cuál es el plato típico de {} | perú=FB; corea=FB; marruecos=FB | es-MX
out-of-domain | alexa qué significa capital de riesgo | FB | es-ES
out-of-domain | alexa cuáles son los siete pecados capitales | FB | es-ES
out-of-domain | alexa cómo se calcula el capital social de una empresa | FB | es-ES
out-of-domain | alexa qué es una letra capital | FB | es-ES
out-of-domain | alexa cuánto capital necesito para abrir un bar | FB | es-ES
out-of-domain | alexa quién escribió el capital | FB | es-ES
out-of-domain | alexa cuál es la pena capital en estados unidos | FB | es-US
out-of-domain | alexa pon la radio | FB | es-ES
out-of-domain | alexa ponme música de rosalía | FB | es-ES
out-of-domain | alexa pon un temporizador de diez minutos para la tortilla | FB | es-ES
out-of-domain | alexa cómo va el athletic | FB | es-ES
out-of-domain | alexa qué día es hoy | FB | es-ES
out-of-domain | alexa cuántos años tiene el rey | FB | es-ES
out-of-domain | alexa enciende la luz del salón | FB | es-ES
out-of-domain | alexa cuéntame un chiste | FB | es-ES
out-of-domain | alexa cuántos países hay en europa | FB | es-ES
out-of-domain | alexa dónde está la farmacia de guardia | FB | es-ES
out-of-domain | alexa cuál es el país más grande del mundo | FB | es-ES
out-of-domain | alexa cómo se dice capital en inglés | FB | es-ES
out-of-domain | alexa qué capital ganó el festival de eurovisión | FB | es-ES
out-of-domain | alexa pon música de banda | FB | es-MX
out-of-domain | alexa cómo quedó el américa | FB | es-MX
out-of-domain | alexa cuánto está el dólar hoy | FB | es-MX
out-of-domain | alexa prende la luz de la cocina | FB | es-MX
out-of-domain | alexa cuéntame un cuento para el niño | FB | es-MX
out-of-domain | alexa cuál es el volcán más alto de méxico | FB | es-MX
out-of-domain | alexa cuántos estados tiene méxico | FB | es-MX
out-of-domain | alexa cómo se hace el mole | FB | es-MX
out-of-domain | alexa pon una alarma a las seis | FB | es-MX
out-of-domain | alexa quién ganó la liga mx | FB | es-MX
out-of-domain | alexa qué tan lejos queda guadalajara de aquí | FB | es-MX
out-of-domain | alexa cuál es el lugar más bonito de oaxaca | FB | es-MX
out-of-domain | alexa por qué la ciudad de méxico se llamaba df | FB | es-MX
out-of-domain | alexa cuál es el estado más grande de méxico | FB | es-MX
out-of-domain | alexa cuánto capital tengo en el banco | FB | es-MX
out-of-domain | alexa qué es el capital humano | FB | es-MX
out-of-domain | alexa qué quiere decir ciudad capital en el mapa | FB | es-MX
out-of-domain | alexa pon música de bad bunny | FB | es-US
out-of-domain | alexa cómo está el tráfico en la noventa y cinco | FB | es-US
out-of-domain | alexa qué tiempo va a hacer mañana en houston | FB | es-US
out-of-domain | alexa cuánto cuesta un pasaje a santo domingo | FB | es-US
out-of-domain | alexa cómo se dice aguacate en inglés | FB | es-US
out-of-domain | alexa añade leche a la lista de compras | FB | es-US
out-of-domain | alexa quién ganó el juego de los heat | FB | es-US
out-of-domain | alexa llama a mi mamá | FB | es-US
out-of-domain | alexa cuántos estados tiene estados unidos | FB | es-US
out-of-domain | alexa cuál es el estado más poblado de estados unidos | FB | es-US
out-of-domain | alexa quién es el gobernador de texas | FB | es-US
out-of-domain | alexa cuándo es el examen de ciudadanía | FB | es-US
out-of-domain | alexa qué es capital one | FB | es-US
out-of-domain | alexa cuál es el horario del capitolio | FB | es-US
out-of-domain | alexa cuántos senadores tiene cada estado | FB | es-US
out-of-domain | alexa cómo llego a la pequeña habana | FB | es-US
out-of-domain | alexa cuál es la montaña más alta de {} | sudamérica=FB; europa=FB; áfrica=FB | es-ES
out-of-domain | alexa en qué continente está {} | mongolia=FB; surinam=FB; fiyi=FB | es-MX
out-of-domain | alexa qué países tienen frontera con {} | alemania=FB; bolivia=FB; china=FB | es-US

# Second batch (after the first build): more es-MX and es-US, and the two countries the first batch missed.
norteno | alexa oye plebe y la capital de {} cuál es | bosnia=BA; san marino=SM; armenia=AM | es-MX
tapatio | alexa pos fíjate que no sé la capital de {} | suiza=CH; suecia=SE; noruega=NO | es-MX
jarocho | alexa mi amor la capital de {} ya ve | egipto=EG; etiopía=ET; argelia=DZ | es-MX
yucateco | alexa bomba y de {} la capital | turquía=TR; grecia=GR; bosnia y herzegovina=BA | es-MX
telesecundaria | alexa la capital de {} es para mañana | irán=IR; irak=IQ; siria=SY | es-MX
mercado-mx | alexa pregunta el señor de los aguacates la capital de {} | chile=CL; israel=IL; kenia=KE | es-MX
news-mx | alexa salió en las noticias {} cuál es la capital | corea del norte=KP; afganistán=AF; sudán=SD | es-MX
fiesta-mx | alexa en la lotería salió {} cuál es su capital | el congo=CD+CG; nigeria=NG; mali=ML | es-MX
subdivision | alexa cuál es la capital de {} el de méxico | durango=MX-DUR; zacatecas=MX-ZAC; nayarit=MX-NAY | es-MX
subdivision | alexa qué capital tiene el estado de {} | puebla=MX-PUE; morelos=MX-MOR; hidalgo=MX-HID | es-MX
subdivision | alexa y {} qué capital tiene | baja california=MX-BCN; baja california sur=MX-BCS; campeche=MX-CAM | es-MX
cubano-miami | chico alexa la capital de {} tú no sabes | san marino=SM; rusia=RU; ucrania=UA | es-US
nuyorican | alexa mano la capital de {} dímela | francia=FR; alemania=DE; portugal=PT | es-US
dominicano | alexa klk manito y la capital de {} | venezuela=VE; ecuador=EC; guyana=GY | es-US
tejano | alexa okay what's la capital de {} | kentucky=US-KY; virginia occidental=US-WV; maine=US-ME | es-US
salvadoreno | alexa vos y cuál es la capital de {} | méxico=MX; guatemala=GT; españa=ES | es-US
chapin | alexa fíjese que no sé la capital de {} | cuba=CU; puerto rico=PR; república dominicana=DO | es-US
us-life | alexa la enfermera pregunta la capital de {} | nueva york=US-NY; montana=US-MT; idaho=US-ID | es-US
us-life | alexa for my class la capital de {} | delaware=US-DE; maryland=US-MD; vermont=US-VT | es-US
subdivision | alexa cuál es la capital de {} el territorio | nunavut=CA-NU; yukón=CA-YT; territorio del norte=AU-NT | es-US
plural-capitals | alexa and las capitales de {} cuáles son | bolivia=BO; países bajos=NL; sudáfrica=ZA | es-US
follow-up | y {} alexa | brasil=BR; argentina=AR; uruguay=UY | es-US
follow-up | andale y la de {} | honduras=HN; el salvador=SV; belice=BZ | es-MX
reverse-question | alexa {} es la capital de qué | pretoria=CITY:Pretoria; la paz=CITY:La Paz; victoria=CITY:Victoria | es-MX
yes-no-check | alexa neta que la capital de {} | bolivia es la paz=BO; suiza es berna=CH; brasil es brasilia=BR | es-MX
self-correction | alexa qué capital tiene {} | guatemala ay no belice=BZ; ecuador digo el salvador=SV; jamaica no haití=HT | es-US
out-of-domain | alexa cuántos habitantes tiene la capital de {} | bolivia=FB; ecuador=FB; guatemala=FB | es-MX
out-of-domain | alexa qué se come en {} | jalisco=FB; yucatán=FB; puerto rico=FB | es-US
out-of-domain | alexa cuál es el equipo de la capital de {} | méxico=FB | es-MX
out-of-domain | alexa pon las noticias de univisión | FB | es-US
out-of-domain | alexa cuándo abre la oficina de inmigración | FB | es-US
out-of-domain | alexa manda un mensaje a mi hermano | FB | es-US
out-of-domain | alexa cuánto falta para navidad | FB | es-MX
out-of-domain | alexa cuál es la receta del pozole | FB | es-MX
cancel | alexa cancela ya no quiero nada | CANCEL | es-MX
cancel | alexa mejor cancela todo | CANCEL | es-US
cancel | alexa anúlalo | CANCEL | es-ES
cancel | alexa cancela esa pregunta chico | CANCEL | es-US
help | alexa y esto cómo funciona ayúdame | HELP | es-ES
stop | alexa ya termina | STOP | es-MX
launch | alexa juega capitales del mundo | LAUNCH | es-US
launch | alexa abre capitales del mundo ahorita | LAUNCH | es-MX
"""

if __name__ == "__main__":
    build_round(22, "es", LINES, sys.argv, "tests/Eval/es/round22/source/build_corpus.py")
