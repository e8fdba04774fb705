"""Round 25, Spanish (es-ES, es-MX, es-US): a new author's mix of speakers and situations, written blind.
Speakers chosen to differ from rounds 21 to 24. es-ES: Asturias, Oviedo and Gijón ("ho", "guaje", "nena"), Murcia and
Cartagena ("acho", "zagal"), the Canary Islands ("mi niño", "chacho", "ustedes"), Zaragoza and rural Aragón ("maño",
"-ico"), Valencia speaking Spanish ("nano", "xe"), Madrid teenagers ("en plan", "bro", "literal", "tipo"), Venezuelans
and Colombians living in Madrid, Filipino and Senegalese learners of Spanish; a bakery before dawn, a fire station night
shift, a residencia de mayores, Saber y Ganar on the telly, a Eurovision party, a wedding seating plan with the tables named
after capitals, a mechanic's garage, a camper van, a five-year-old. es-MX: mexiquenses from Toluca and Ecatepec ("güey",
"no manches", "neta"), Ciudad Juárez and a maquiladora shift ("wacha", "la troca", "raite"), Coahuila and Saltillo,
San Luis Potosí ("fíjate que"), Colima and Nayarit, Campeche, Morelos; Mennonites of Cuauhtémoc speaking Spanish as a
second language, a lucha libre night, a mariachi rehearsal in Garibaldi, a Día de Muertos altar, a trailero on the
Querétaro highway, a kínder teacher, a grandmother making tamales, a CONALEP student, a science fair, a kermés. es-US:
Dominicans in Washington Heights and Lawrence ("klk", "manito", "vaina"), Salvadorans in Maryland ("vaya", "puchica",
"cabal"), Guatemalans at a Nebraska meatpacking plant ("va pues", "patojo"), Nuevomexicanos ("asina", "muncho"),
Uruguayans in New Jersey ("ta", "bo"), Chicanos in Denver ("órale", "ese"); a Las Vegas hotel housekeeping crew, a
Wisconsin dairy, a warehouse break room, a laundromat, a Dominican barbershop, a Little League game, a food truck, a
roofing crew in Atlanta, a grandmother learning the Echo from her grandson, second-generation kids mixing English.
Fillers and hesitations, self-corrections, follow-ups, yes/no checks with right and wrong guesses, reverse questions,
official, old and everyday names, shared names (Georgia, Congo, Korea, the Virgin Islands), plurals, subdivisions
(Mexican, US, Canadian, Brazilian, Australian, German and Indian states, the UK's nations) and territories, one-shot
questions through the invocation "capitales del mundo", out-of-domain near misses, and what recognition may write (lost
accents, split or joined words, misspellings, homophones).
`python3 tests/Eval/es/round25/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 25's number; a line without a locale is es-ES)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Plain questions, es-ES: Asturias, Murcia, Canarias, Aragón, Valencia, Madrid teens, learners.
direct-question | ho cuál ye la capital {} | de austria=AT; de suiza=CH; de bélgica=BE
direct-question | guaje y la capital {} cuál ye | de polonia=PL; de lituania=LT; de letonia=LV
direct-question | acho zagal y {} qué capital tiene | libia=LY; egipto=EG; mauritania=MR
direct-question | chacho mi niño cuál es la capital {} | de cabo verde=CV; de senegal=SN; de gambia=GM
direct-question | maño cuál es la capital {} | de portugal=PT; de italia=IT; de francia=FR
direct-question | a ver nano la capital {} cuál es | de croacia=HR; de eslovenia=SI; de serbia=RS
direct-question | en plan cuál es la capital {} bro | de corea del sur=KR; de japón=JP; de filipinas=PH
direct-question | tipo literal cuál es la capital {} | de australia=AU; de nueva zelanda=NZ; de fiyi=FJ
direct-question | cuál es la capital {} me lo pregunta la del pan | de ruanda=RW; de burundi=BI; de etiopía=ET
direct-question | cuál es la capital {} que lo han dicho en saber y ganar | de namibia=NA; de botsuana=BW; de zambia=ZM
direct-question | ho la capital {} cuála ye | de albania=AL; de macedonia del norte=MK; de montenegro=ME
direct-question | y la capital {} cuál es chacho | de mozambique=MZ; de madagascar=MG; de malaui=MW
direct-question | cuál es la capital {} que vengo de allí y no me acuerdo | de venezuela=VE; de colombia=CO; de ecuador=EC
direct-question | cuál es capital de {} por favor yo aprendo español | senegal=SN; filipinas=PH
direct-question | acho y la capital {} | de burkina faso=BF; de costa de marfil=CI; de liberia=LR
direct-question | en el camión este de bomberos nos preguntamos cuál es la capital {} | de sierra leona=SL; de togo=TG; de benín=BJ
direct-question | cuál es la capital de dinamarca que vamos para allá con la furgo | DK
direct-question | oye maño y la capital de guinea cuál es | GN
direct-question | la capital de dinamarca cuál es pa el crucigrama | DK | es-MX
# Plain questions, es-MX.
direct-question | güey cuál es la capital {} | de honduras=HN; de nicaragua=NI; de guatemala=GT | es-MX
direct-question | no manches cuál es la capital {} | de belice=BZ; de panamá=PA; de costa rica=CR | es-MX
direct-question | wacha cuál es la capital {} | de jamaica=JM; de bahamas=BS; de barbados=BB | es-MX
direct-question | fíjate que no sé cuál es la capital {} | de perú=PE; de bolivia=BO; de paraguay=PY | es-MX
direct-question | oye cuál es la capital {} pa la tarea del conalep | de argentina=AR; de uruguay=UY; de chile=CL | es-MX
direct-question | cuál es la capital {} que le estoy poniendo la banderita al altar | de brasil=BR; de surinam=SR; de guyana=GY | es-MX
direct-question | oiga y la capital {} cuál es | de india=IN; de pakistán=PK; de bangladés=BD | es-MX
direct-question | a ver cuál es la capital {} que el trailero me está preguntando | de irán=IR; de irak=IQ; de afganistán=AF | es-MX
direct-question | qué capital tiene {} pues | arabia saudí=SA; catar=QA; kuwait=KW | es-MX
direct-question | y la capital {} cuál es mija | de omán=OM; de yemen=YE; de baréin=BH | es-MX
direct-question | cuál es la capital {} pa la feria de ciencias | de indonesia=ID; de malasia=MY; de singapur=SG | es-MX
direct-question | cuál es la capital de {} que ya se me olvidó | vietnam=VN; tailandia=TH; camboya=KH | es-MX
direct-question | oye cuál es la capital {} que estamos ensayando con el mariachi | de laos=LA; de myanmar=MM; de nepal=NP | es-MX
direct-question | cuál es la capital {} porfa mientras se cuecen los tamales | de china=CN; de corea del norte=KP; de taiwán=TW | es-MX
direct-question | qué rollo cuál es la capital {} | de somalia=SO; de yibuti=DJ; de eritrea=ER | es-MX
direct-question | cuál sería la capital {} | de sudán=SD; de sudán del sur=SS; de chad=TD | es-MX
direct-question | cuál es la capital {} pregunta el de la kermés | de república centroafricana=CF; de angola=AO; de zimbabue=ZW | es-MX
direct-question | cómo se llama la capital {} | de lesoto=LS; de esuatini=SZ; de comoras=KM | es-MX
direct-question | qué es la capital {} | de países bajos=NL; de luxemburgo=LU; de liechtenstein=LI | es-MX
# Plain questions, es-US.
direct-question | klk cuál es la capital {} | de república dominicana=DO; de puerto rico=PR; de dominica=DM | es-US
direct-question | manito dime la capital {} | de trinidad y tobago=TT; de granada=GD; de santa lucía=LC | es-US
direct-question | puchica cuál es la capital {} | de antigua y barbuda=AG; de san cristóbal y nieves=KN; de san vicente y las granadinas=VC | es-US
direct-question | va pues cuál es la capital {} patojo | de israel=IL; de palestina=PS; de turkmenistán=TM | es-US
direct-question | ta bo cuál es la capital {} | de kirguistán=KG; de bután=BT | es-US
direct-question | órale ese cuál es la capital {} | de sri lanka=LK; de maldivas=MV; de mauricio=MU | es-US
direct-question | asina que cuál es la capital {} | de seychelles=SC; de brunéi=BN; de timor oriental=TL | es-US
direct-question | oye cuál es la capital {} que estamos en el break | de papúa nueva guinea=PG; de islas salomón=SB; de vanuatu=VU | es-US
direct-question | cuál es la capital {} mientras se seca la ropa | de samoa=WS; de tonga=TO; de tuvalu=TV | es-US
direct-question | cuál es la capital {} que mi nieto me está enseñando esto | de kiribati=KI; de nauru=NR; de palaos=PW | es-US
direct-question | cuál es la capital {} que le toca batear al nene | de micronesia=FM; de islas marshall=MH; de mónaco=MC | es-US
direct-question | cuál es la capital {} con cebolla y cilantro | de san marino=SM; de andorra=AD; de vaticano=VA | es-US
direct-question | cuál es la capital {} que en el barbershop están apostando | de nigeria=NG; de ghana=GH; de congo brazzaville=CG | es-US
direct-question | cuál es la capital {} que ordeñando se me fue | de bosnia=BA; de kosovo=XK; de la república democrática del congo=CD | es-US
# Polite requests.
polite-request | me harías el favor de decirme la capital {} | de honduras=HN; de guatemala=GT; de nicaragua=NI
polite-request | por favorcito me dices la capital {} | de emiratos árabes unidos=AE; de catar=QA
polite-request | si eres tan amable dime la capital {} | de argentina=AR; de chile=CL; de uruguay=UY
polite-request | me podrías ayudar con la capital {} es para un crucigrama | de nepal=NP; de laos=LA; de omán=OM
polite-request | con todo respeto cuál es la capital {} | de canadá=CA; de estados unidos=US; de méxico=MX | es-MX
polite-request | disculpe señorita cuál es la capital {} | de china=CN; de japón=JP; de corea del sur=KR | es-MX
polite-request | me ayudas porfa con la capital {} que es para la tarea de mi chiquillo | de ecuador=EC; de bolivia=BO; de paraguay=PY | es-MX
polite-request | por favor dígame cuál es la capital {} yo no hablo bien español | de alemania=DE; de canadá=CA | es-MX
polite-request | hazme un favor y dime la capital {} | de cuba=CU; de haití=HT; de jamaica=JM | es-US
polite-request | bendición alexa me dices la capital {} | de república dominicana=DO; de puerto rico=PR | es-US
polite-request | please alexa dime la capital {} | de guatemala=GT; de belice=BZ; de costa rica=CR | es-US
polite-request | me harías el favor de buscarme la capital {} mija | de panamá=PA; de nicaragua=NI | es-US
# Leading fillers and hesitations.
leading-filler | a ver a ver la capital {} cuál era | de túnez=TN; de libia=LY; de sudán=SD
leading-filler | mmm bueno pues cuál es la capital {} | de kenia=KE; de etiopía=ET; de somalia=SO
leading-filler | bueno ho a ver cuál es la capital {} | de polonia=PL; de hungría=HU; de rumanía=RO
leading-filler | venga acho la capital {} | de ucrania=UA; de bielorrusia=BY; de moldavia=MD
leading-filler | o sea en plan la capital {} cuál es | de arabia saudí=SA; de emiratos árabes=AE
leading-filler | este este cuál es la capital {} | de costa rica=CR; de panamá=PA; de guatemala=GT | es-MX
leading-filler | órale pues este la capital {} | de argentina=AR; de chile=CL | es-MX
leading-filler | mmm oye y mm la capital {} | de sudáfrica=ZA; de nigeria=NG | es-MX
leading-filler | ajá pues dime la capital {} | de australia=AU; de nueva zelanda=NZ | es-MX
leading-filler | mira mira dime la capital {} | de venezuela=VE; de colombia=CO | es-US
leading-filler | uhm so la capital {} cuál es | de francia=FR; de inglaterra=GB-ENG | es-US
leading-filler | ay bueno pues y la capital {} | de perú=PE; de ecuador=EC | es-US
# Trailing words.
trailing-words | la capital {} porfa | de vietnam=VN; de tailandia=TH
trailing-words | capital {} que me pilla la cuenta atrás | de india=IN; de china=CN; de japón=JP
trailing-words | cuál es la capital {} y apaga la luz después | de brasil=BR; de argentina=AR
trailing-words | la capital {} pues | de mongolia=MN; de kazajistán=KZ | es-MX
trailing-words | la capital {} fíjate | de bolivia=BO; de paraguay=PY | es-MX
trailing-words | la capital {} ándale que ya se va el camión | de pakistán=PK; de afganistán=AF | es-MX
trailing-words | la capital {} es que la ocupo ya | de uruguay=UY; de perú=PE | es-MX
trailing-words | la capital {} gracias mi amor | de jamaica=JM; de haití=HT | es-US
trailing-words | la capital {} and that's it | de canadá=CA; de méxico=MX | es-US
trailing-words | la capital {} por fa que me toca lavar | de rusia=RU; de alemania=DE | es-US
# Do you know.
do-you-know | sabes cuál es la capital {} | de sierra leona=SL; de guinea=GN; de gambia=GM
do-you-know | sabrías decirme la capital {} | de camerún=CM; de gabón=GA; de chad=TD
do-you-know | te sabes la capital {} chacho | de cabo verde=CV; de santo tomé y príncipe=ST
do-you-know | sabes cuál es la capital {} güey | de croacia=HR; de serbia=RS | es-MX
do-you-know | a poco sabes la capital {} | de yemen=YE; de jordania=JO; de siria=SY | es-MX
do-you-know | y tú sabes cómo se llama la capital {} | de líbano=LB; de israel=IL | es-MX
do-you-know | tú conoces la capital {} | de ruanda=RW; de uganda=UG; de tanzania=TZ | es-MX
do-you-know | tú sabes cuál es la capital {} manito | de zimbabue=ZW; de zambia=ZM; de angola=AO | es-US
do-you-know | do you know la capital {} | de mozambique=MZ; de malaui=MW | es-US
do-you-know | sabés vos la capital {} | de el salvador=SV; de guatemala=GT | es-US
do-you-know | usted sabe cuál es la capital {} | de honduras=HN; de belice=BZ | es-US
# Imperatives.
imperative | dime la capital {} ya | de singapur=SG; de malasia=MY
imperative | búscame la capital {} | de maldivas=MV; de sri lanka=LK
imperative | dime rápido la capital {} que va el bote | de madagascar=MG; de mauricio=MU; de comoras=KM
imperative | dime la capital {} que me la juego con el de la grúa | de albania=AL; de montenegro=ME; de bosnia=BA
imperative | dame la capital {} | de macedonia=MK; de kosovo=XK | es-MX
imperative | échame la capital {} | de eritrea=ER; de sudán del sur=SS | es-MX
imperative | investígame la capital {} | de burkina faso=BF; de níger=NE; de mali=ML | es-MX
imperative | tírame la capital {} | de togo=TG; de benín=BJ | es-US
imperative | búscame bien la capital {} | de liberia=LR; de costa de marfil=CI | es-US
imperative | dime ahora mismo la capital {} | de guinea ecuatorial=GQ; de guinea-bisáu=GW | es-US
# Bare names.
bare-name | capital {} | de fiyi=FJ; de samoa=WS; de tonga=TO
bare-name | capital {} pues | de vanuatu=VU; de kiribati=KI | es-MX
bare-name | capital {} mano | de palaos=PW; de nauru=NR; de tuvalu=TV | es-US
bare-name | {} capital | turkmenistán=TM; uzbekistán=UZ; kirguistán=KG
bare-name | {} la capital | tayikistán=TJ; azerbaiyán=AZ | es-MX
bare-name | {} su capital | armenia=AM; ucrania=UA | es-US
# Follow-ups.
follow-up | y {} | la de perú=PE; la de chile=CL; la de bolivia=BO
follow-up | vale y {} | la de suecia=SE; la de noruega=NO; la de finlandia=FI
follow-up | y la de {} ho | portugal=PT; rusia=RU
follow-up | acho y {} | marruecos=MA; argelia=DZ; túnez=TN
follow-up | y ahora {} | japón=JP; china=CN; corea del sur=KR
follow-up | y {} güey | guatemala=GT; honduras=HN; el salvador=SV | es-MX
follow-up | ahora dime {} | la de belice=BZ; la de nicaragua=NI | es-MX
follow-up | órale y {} | costa rica=CR; panamá=PA | es-MX
follow-up | y qué tal {} | canadá=CA; estados unidos=US; méxico=MX | es-MX
follow-up | y la de {} también | irlanda=IE; escocia=GB-SCT | es-MX
follow-up | y {} manito | haití=HT; jamaica=JM; puerto rico=PR | es-US
follow-up | and {} | colombia=CO; ecuador=EC | es-US
follow-up | y la de {} va pues | guatemala=GT; méxico=MX | es-US
follow-up | y {} bo | uruguay=UY; paraguay=PY; argentina=AR | es-US
follow-up | la siguiente {} | egipto=EG; israel=IL | es-US
# Yes/no checks.
yes-no-check | es verdad que la capital de {} | australia es sídney=AU; canadá es toronto=CA; brasil es río de janeiro=BR
yes-no-check | la capital de {} o no | turquía es estambul=TR; suiza es zúrich=CH; marruecos es casablanca=MA
yes-no-check | ho la capital de {} verdad | españa es madrid=ES; francia es parís=FR
yes-no-check | a que la capital de {} | nigeria es lagos=NG; pakistán es karachi=PK; vietnam es hanói=VN
yes-no-check | acho la capital de {} o me lo invento | nueva zelanda es auckland=NZ; escocia es glasgow=GB-SCT
yes-no-check | chacho la capital de {} es así | india es bombay=IN; tanzania es dar es salaam=TZ
yes-no-check | la capital de {} me lo confirmas | bolivia es la paz=BO; costa de marfil es abiyán=CI
yes-no-check | es cierto que {} | la capital de kazajistán es almaty=KZ; la capital de myanmar es rangún=MM
yes-no-check | no es {} | quito la capital de ecuador=EC; lima la capital de perú=PE
yes-no-check | en plan la capital de {} no | estados unidos es nueva york=US; alemania es berlín=DE
yes-no-check | neta la capital de {} | estados unidos es washington=US; australia es canberra=AU; sudáfrica es johannesburgo=ZA | es-MX
yes-no-check | a poco la capital de {} | brasil es brasilia=BR; canadá es ottawa=CA; china es shanghái=CN | es-MX
yes-no-check | oye y es cierto que la capital de {} | jalisco es guadalajara=MX-JAL; baja california es tijuana=MX-BCN; veracruz es veracruz=MX-VER | es-MX
yes-no-check | la capital de {} sí o no | texas es houston=US-TX; california es los ángeles=US-CA; florida es miami=US-FL | es-US
yes-no-check | right que la capital de {} | nueva york es albany=US-NY; illinois es chicago=US-IL | es-US
yes-no-check | klk la capital de {} o qué | república dominicana es santiago=DO; puerto rico es san juan=PR | es-US
yes-no-check | verdad que la capital de {} | el salvador es san salvador=SV; honduras es san pedro sula=HN; guatemala es antigua=GT | es-US
yes-no-check | dígame si la capital de {} | nuevo méxico es albuquerque=US-NM; colorado es denver=US-CO | es-US
# Self-corrections.
self-correction | a ver la capital de {} | austria no perdón de australia=AU; suecia digo de suiza=CH; eslovaquia no eslovenia=SI
self-correction | cuál es la capital de {} digo | irán no irak=IQ; níger no nigeria=NG; guinea no espera guinea-bisáu=GW
self-correction | acho la capital de {} | colombia no me he liado de bolivia=BO; mali no malaui=MW
self-correction | ho la capital de {} | letonia no lituania=LT; islandia no irlanda=IE
self-correction | la capital de {} chacho | gambia no zambia=ZM; dominica no república dominicana=DO
self-correction | la capital de {} tío | austria no la de hungría=HU; rumanía bueno no de bulgaria=BG; serbia no perdón de croacia=HR
self-correction | la capital de {} güey | honduras no mejor de nicaragua=NI; paraguay no de uruguay=UY; chile no de perú=PE | es-MX
self-correction | dime la capital de {} | taiwán no tailandia=TH; camboya no perdón laos=LA | es-MX
self-correction | cuál es la capital de {} | sudán no sudán del sur=SS; corea del norte no del sur=KR | es-MX
self-correction | la capital de {} | jamaica no wait de barbados=BB; cuba no no de haití=HT | es-US
self-correction | klk la capital de {} | puerto rico no de república dominicana=DO; panamá no costa rica=CR | es-US
self-correction | la capital de {} manito | siria no libia=LY; líbano bueno jordania=JO | es-US
# Reverse questions.
reverse-question | {} es la capital de qué país | canberra=CITY:canberra; ottawa=CITY:ottawa; ulán bator=CITY:ulán bator
reverse-question | de qué país es capital {} | nairobi=CITY:nairobi; acra=CITY:acra; dakar=CITY:dakar
reverse-question | acho {} de dónde es capital | reikiavik=CITY:reikiavik; helsinki=CITY:helsinki
reverse-question | {} qué país tiene esa capital | katmandú=CITY:katmandú; tiflis=CITY:tiflis; biskek=CITY:biskek
reverse-question | {} de qué es capital ho | vilna=CITY:vilna; riga=CITY:riga; tallin=CITY:tallin
reverse-question | la ciudad de {} es capital de qué | montevideo=CITY:montevideo; asunción=CITY:asunción | es-MX
reverse-question | de qué país es la capital {} | tegucigalpa=CITY:tegucigalpa; managua=CITY:managua; la habana=CITY:la habana | es-MX
reverse-question | {} es capital de cuál país | kingston=CITY:kingston; georgetown=CITY:georgetown | es-MX
reverse-question | qué estado tiene de capital {} | saltillo=CITY:saltillo; tepic=CITY:tepic; chetumal=CITY:chetumal | es-MX
reverse-question | de dónde es capital {} | hermosillo=CITY:hermosillo; la paz=CITY:la paz | es-MX
reverse-question | {} es capital de qué estado | sacramento=CITY:sacramento; tallahassee=CITY:tallahassee; santa fe=CITY:santa fe | es-US
reverse-question | de qué país es capital {} manito | santo domingo=CITY:santo domingo; puerto príncipe=CITY:puerto príncipe | es-US
reverse-question | {} is the capital de qué | lincoln=CITY:lincoln; madison=CITY:madison | es-US
reverse-question | {} de qué es capital | victoria=CITY:victoria; hamilton=CITY:hamilton | es-US
# Official names.
official-name | cuál es la capital de {} si se puede saber | la república helénica=GR; la confederación suiza=CH; la república portuguesa=PT
official-name | capital de {} ho | el reino de marruecos=MA; el principado de mónaco=MC; el gran ducado de luxemburgo=LU
official-name | la capital de {} cuál es | la república islámica de irán=IR; el reino hachemita de jordania=JO
official-name | la capital oficial de {} | la federación rusa=RU; la república popular china=CN; la república de corea=KR | es-MX
official-name | cuál es la capital de los {} | estados unidos mexicanos=MX; estados unidos de américa=US | es-MX
official-name | cuál es la capital de {} pues | la república bolivariana de venezuela=VE; el estado plurinacional de bolivia=BO | es-MX
official-name | capital de {} | la república oriental del uruguay=UY; la república democrática del congo=CD; la república árabe siria=SY | es-US
official-name | y la capital de {} | la república popular democrática de corea=KP; la república eslovaca=SK | es-US
# Everyday and other names.
everyday-name | cuál es la capital de {} que siempre se me olvida | holanda=NL; inglaterra=GB-ENG; gran bretaña=GB
everyday-name | la capital de {} nena | los emiratos=AE; arabia=SA; la madre patria=ES
everyday-name | la capital de {} carnal | gringolandia=US; el gabacho=US; la unión americana=US | es-MX
everyday-name | me dices la capital de {} | birmania=MM; la república checa=CZ; belarús=BY | es-MX
everyday-name | la capital de {} tú sabes | timor=TL; trinidad=TT; san vicente=VC | es-US
everyday-name | la capital de {} bro | usa=US; south korea=KR; ivory coast=CI | es-US
# Old names.
old-name | cuál era la capital de {} | persia=IR; siam=TH; ceilán=LK
old-name | cuál era la capital de {} cuando era colonia | rodesia=ZW; dahomey=BJ; costa de oro=GH
old-name | la capital de {} como le decían antes | abisinia=ET; zaire=CD; alto volta=BF | es-MX
old-name | cuál es la capital de lo que era {} | suazilandia=SZ; bechuanalandia=BW; nyasalandia=MW | es-US
old-name | la capital de {} que se llamaba antes | honduras británica=BZ; kampuchea=KH; basutolandia=LS | es-US
# Shared names.
shared-name | cuál es la capital de {} a ver | corea=KP+KR; el congo=CD+CG; las islas vírgenes=VG+VI
shared-name | la capital de {} ho | georgia=GE+US-GA; las dos coreas=KP+KR
shared-name | capitales de {} | los dos congos=CD+CG; ambas coreas=KP+KR
shared-name | la capital de georgia {} | el país del cáucaso=GE; la de europa=GE
shared-name | y la capital de georgia {} | el estado=US-GA; la de estados unidos=US-GA | es-US
shared-name | cuál es la capital de {} güey | georgia=GE+US-GA; congo=CD+CG | es-MX
shared-name | y la capital de las islas vírgenes {} | británicas=VG; americanas=VI | es-US
shared-name | la capital del congo {} | de kinshasa=CD; de brazzaville=CG | es-MX
shared-name | las capitales de las {} | coreas=KP+KR; islas vírgenes=VG+VI | es-US
shared-name | dime las capitales de dominica y república dominicana | DM+DO | es-US
# Plural capitals.
plural-capitals | cuáles son las capitales de {} | sudáfrica=ZA; bolivia=BO; benín=BJ
plural-capitals | qué capitales tiene {} | países bajos=NL; malasia=MY; sri lanka=LK
plural-capitals | cuáles son las capitales {} ho | de costa de marfil=CI; de esuatini=SZ; de palestina=PS
plural-capitals | las tres capitales de sudáfrica cuáles son | ZA
plural-capitals | las dos capitales de bolivia | BO | es-MX
plural-capitals | cuáles son las dos capitales {} güey | de holanda=NL; de malasia=MY; de benín=BJ | es-MX
plural-capitals | dime las capitales {} | de sri lanka=LK; de suazilandia=SZ; de costa de marfil=CI | es-MX
plural-capitals | qué capitales tiene palestina pues | PS | es-MX
plural-capitals | las capitales {} cuáles son | de bolivia=BO; de sudáfrica=ZA; de palestina=PS | es-US
plural-capitals | cuántas capitales tiene {} y cuáles son | sudáfrica=ZA; países bajos=NL; malasia=MY | es-US
plural-capitals | cuáles son las capitales {} manito | de benín=BJ; de sri lanka=LK; de esuatini=SZ | es-US
plural-capitals | y las capitales {} | de jammu y cachemira=IN-JK; de uttarakhand=IN-UK; de montserrat=MS
# Subdivisions.
subdivision | cuál es la capital del estado {} | de coahuila=MX-COA; de colima=MX-COL; de nayarit=MX-NAY | es-MX
subdivision | güey y la capital {} | de campeche=MX-CAM; de morelos=MX-MOR; de tlaxcala=MX-TLA | es-MX
subdivision | fíjate que no sé la capital {} | de san luis potosí=MX-SLP; de tamaulipas=MX-TAM; de chihuahua=MX-CHH | es-MX
subdivision | cuál es la capital {} mientras prendo la troca | del estado de méxico=MX-MEX; de quintana roo=MX-ROO | es-MX
subdivision | la capital {} cuál es pa el examen de geografía | de zacatecas=MX-ZAC; de durango=MX-DUR; de sinaloa=MX-SIN | es-MX
subdivision | y la capital {} dónde queda | de guerrero=MX-GRO; de oaxaca=MX-OAX; de chiapas=MX-CHP | es-MX
subdivision | oiga la capital de {} | nuevo león=MX-NLE; baja california sur=MX-BCS; hidalgo=MX-HID | es-MX
subdivision | la capital del edomex | MX-MEX | es-MX
subdivision | cuál es la capital de la cdmx | MX-CMX | es-MX
subdivision | cuál es la capital del estado {} de aquí | de nebraska=US-NE; de wisconsin=US-WI; de nevada=US-NV | es-US
subdivision | y la capital {} manito | de nueva jersey=US-NJ; de rhode island=US-RI; de connecticut=US-CT | es-US
subdivision | la capital {} pa el citizenship | de georgia el estado=US-GA; de carolina del norte=US-NC; de virginia=US-VA | es-US
subdivision | cuál es la capital {} asina | de nuevo méxico=US-NM; de arizona=US-AZ; de utah=US-UT | es-US
subdivision | dime la capital {} que mi hijo está allá en el army | de alaska=US-AK; de hawái=US-HI; de washington el estado=US-WA | es-US
subdivision | la capital {} que está en el mapa de la lavandería | de pensilvania=US-PA; de ohio=US-OH; de míchigan=US-MI | es-US
subdivision | cuál es la capital de {} la provincia | ontario=CA-ON; quebec=CA-QC; alberta=CA-AB
subdivision | ho cuál es la capital de {} | baviera=DE-BY; sajonia=DE-SN; baja sajonia=DE-NI
subdivision | acho la capital del estado de {} en brasil | bahía=BR-BA; amazonas=BR-AM; minas gerais=BR-MG
subdivision | capital de {} en australia | queensland=AU-QLD; tasmania=AU-TAS; australia occidental=AU-WA
subdivision | cuál es la capital {} en la india | de kerala=IN-KL; de rajastán=IN-RJ; de bengala occidental=IN-WB
subdivision | cuál es la capital de {} que ahí se ha ido mi primo | escocia=GB-SCT; gales=GB-WLS; irlanda del norte=GB-NIR
subdivision | la capital de {} en el norte de canadá | yukón=CA-YT; nunavut=CA-NU | es-US
subdivision | cuál es la capital de victoria en australia | AU-VIC
subdivision | y la capital de tamil nadu | IN-TN | es-US
# Territories.
territory | cuál es la capital {} | de groenlandia=GL; de las islas feroe=FO; de la isla de man=IM
territory | la capital {} ho | de gibraltar=GI; de las malvinas=FK; de las bermudas=BM
territory | y la capital {} chacho | de la polinesia francesa=PF; de nueva caledonia=NC; de la reunión=RE
territory | la capital {} cuál es | de martinica=MQ; de guadalupe la isla=GP; de la guayana francesa=GF | es-MX
territory | cuál es la capital {} oye | de aruba=AW; de curazao=CW; de las islas caimán=KY | es-MX
territory | y la capital {} pues | de hong kong=HK; del sáhara occidental=EH | es-MX
territory | la capital {} en el pacífico | de guam=GU; de samoa americana=AS; de las islas marianas del norte=MP | es-US
territory | y la capital {} mano | de las islas turcas y caicos=TC; de anguila=AI; de sint maarten=SX | es-US
territory | cuál es la capital de la antártida | AQ
territory | tiene capital {} | jersey=JE; guernesey=GG | es-US
territory | cuál es la capital de las islas cook | CK | es-MX
# Two places at once.
two-places | las capitales de {} | francia y alemania=DE+FR; españa y portugal=ES+PT
two-places | dime las capitales de {} | argentina y la de chile=AR+CL; perú y ecuador=EC+PE | es-MX
two-places | la capital de {} las dos | cuba y república dominicana=CU+DO; haití y jamaica=HT+JM | es-US
# One-shot requests through the invocation name.
one-shot | pregúntale a capitales del mundo {} | cuál es la capital de eritrea=ER; la capital de níger=NE; por la capital de lesoto=LS
one-shot | abre capitales del mundo y dime la capital {} | de malta=MT; de chipre=CY; de albania=AL
one-shot | dile a capitales del mundo que me diga la capital {} | de túnez=TN; de omán=OM
one-shot | pide a capitales del mundo la capital {} ho | de brunéi=BN; de yemen=YE
one-shot | con capitales del mundo {} | la capital de bangladés=BD; la capital de bután=BT
one-shot | en capitales del mundo cuál es la capital {} | de zambia=ZM; de zimbabue=ZW | es-MX
one-shot | pregúntale a capitales del mundo la capital {} pues | de oaxaca=MX-OAX; de coahuila=MX-COA; de puebla=MX-PUE | es-MX
one-shot | usa capitales del mundo para saber la capital {} | de ghana=GH; de gabón=GA | es-MX
one-shot | ask capitales del mundo {} | la capital de ohio=US-OH; cuál es la capital de texas=US-TX | es-US
one-shot | que capitales del mundo me diga la capital {} | de nicaragua=NI; de honduras=HN; de el salvador=SV | es-US
one-shot | pregunta en capitales del mundo cuáles son las capitales de bolivia | BO | es-US
one-shot | abre capitales del mundo la capital {} | de uruguay=UY; de paraguay=PY | es-US
# What recognition writes.
recognition-artefact | cual es la capital de {} | peru=PE; canada=CA; japon=JP
recognition-artefact | la capital de {} a ver si aciertas | bots uana=BW; kirgui stan=KG; tayiquistan=TJ
recognition-artefact | capital de {} tú | kuait=KW; qatar=QA; jibuti=DJ | es-US
recognition-artefact | lacapital de {} | mexico=MX; panama=PA | es-MX
recognition-artefact | cuál es la capital de {} venga | nueba selanda=NZ; filipina=PH
recognition-artefact | cuales la capital de {} | guatemala=GT; costa rica=CR; belice=BZ | es-MX
recognition-artefact | cuál es la capital de {} so | bielorusia=BY; azerbaijan=AZ; uzbekistan=UZ | es-US
recognition-artefact | la capital de {} es | la india=IN; el pakistan=PK | es-US
recognition-artefact | cuál es la capital {} tío | dealemania=DE; defrancia=FR
recognition-artefact | cuál es la capital de {} oiga | aití=HT; senegál=SN | es-MX
recognition-artefact | la capital de {} cuál sería | libano=LB; iran=IR; irak=IQ
recognition-artefact | capital de {} por favor | burquina faso=BF; vietnán=VN; taylandia=TH
recognition-artefact | cual es la capital del estado de {} | mishigan=US-MI; ilinois=US-IL; misuri=US-MO | es-US
recognition-artefact | la capital de {} sabes | quenia=KE; etiopia=ET; nijeria=NG | es-US
# Spanglish.
spanglish | hey alexa what's la capital de {} | colombia=CO; venezuela=VE; perú=PE | es-US
spanglish | okay so cuál es la capital of {} | germany=DE; spain=ES; italy=IT | es-US
spanglish | like cuál es la capital de {} bro | el salvador=SV; honduras=HN; guatemala=GT | es-US
spanglish | wait la capital de {} is what | new york=US-NY; california=US-CA; texas=US-TX | es-US
spanglish | mi abuela quiere saber the capital of {} | cuba=CU; república dominicana=DO; puerto rico=PR | es-US
spanglish | necesito la capital de {} for my shift trivia | ireland=IE; poland=PL | es-US
spanglish | cuál es la capital de {} for real | north korea=KP; south africa=ZA | es-US
spanglish | the capital de {} güey | sonora=MX-SON; sinaloa=MX-SIN | es-MX
spanglish | raite la capital de {} | chihuahua=MX-CHH; nuevo méxico=US-NM | es-MX
# Out of domain: other facts about a named country, capital in other senses, places the data lacks, everyday requests.
out-of-domain | cuántos habitantes tiene {} | asturias=FB; portugal=FB; noruega=FB
out-of-domain | qué moneda tienen en {} | suiza=FB; marruecos=FB
out-of-domain | qué idioma se habla en {} | filipinas=FB; senegal=FB | es-MX
out-of-domain | quién es el presidente de {} | francia=FB; colombia=FB | es-MX
out-of-domain | cuál es la capital de {} maño | andalucía=FB; cataluña=FB
out-of-domain | y la capital de {} ho | asturias=FB; la rioja=FB
out-of-domain | la capital de {} mi niño | gran canaria=FB; tenerife=FB; la comunidad valenciana=FB
out-of-domain | cuál es la capital de la provincia de {} | murcia=FB; zaragoza=FB
out-of-domain | cuál es la capital de {} oye | antioquia=FB; la provincia de buenos aires=FB | es-MX
out-of-domain | cuál es la capital de la región de {} | la patagonia=FB; siberia=FB | es-US
out-of-domain | cuál es la capital de {} la isla | sicilia=FB; cerdeña=FB | es-US
out-of-domain | cuál es la capital de la atlántida | FB
out-of-domain | cuál es la capital de narnia | FB | es-MX
out-of-domain | cuál es la capital de wakanda güey | FB | es-MX
out-of-domain | cuál es la ciudad más grande de {} | australia=FB; turquía=FB; brasil=FB
out-of-domain | qué tiempo hace en {} | madrid=FB; oviedo=FB
out-of-domain | qué hora es en {} | tokio=FB; sídney=FB | es-US
out-of-domain | cuántos kilómetros hay de madrid a {} | lisboa=FB; parís=FB
out-of-domain | cómo es la bandera de {} | chile=FB; japón=FB | es-MX
out-of-domain | dónde está {} en el mapa | nauru=FB; uzbekistán=FB | es-US
out-of-domain | qué se come en {} | perú=FB; el salvador=FB | es-US
out-of-domain | cuál es el himno de {} | méxico=FB; guatemala=FB | es-US
out-of-domain | qué es el capital social de una empresa | FB
out-of-domain | cuánto capital necesito para montar una panadería | FB
out-of-domain | cuáles son los siete pecados capitales | FB
out-of-domain | qué significa pena capital | FB | es-MX
out-of-domain | quién escribió el capital | FB | es-MX
out-of-domain | cuál es la capital del tango | FB | es-US
out-of-domain | qué es una letra capital | FB
out-of-domain | cuál es la capital mundial del libro este año | FB
out-of-domain | dónde se juega la capital cup de fútbol | FB | es-US
out-of-domain | qué es capital one | FB | es-US
out-of-domain | cuál es la capital gastronómica de españa | FB
out-of-domain | cuál es la capital del rock en méxico | FB | es-MX
out-of-domain | pon un temporizador de veinte minutos para las magdalenas | FB
out-of-domain | enciende la luz del salón nena | FB
out-of-domain | pon los cuarenta principales | FB
out-of-domain | cuánto queda para eurovisión | FB
out-of-domain | quién ganó saber y ganar ayer | FB
out-of-domain | pon la alarma a las cuatro y media que entro al horno | FB
out-of-domain | llama a mi hija | FB
out-of-domain | qué tiempo va a hacer mañana en murcia acho | FB
out-of-domain | cuéntame un chiste de capitales | FB
out-of-domain | ponme música de mariachi | FB | es-MX
out-of-domain | cuánto está el dólar hoy güey | FB | es-MX
out-of-domain | a qué hora empieza la lucha libre | FB | es-MX
out-of-domain | agrega masa para tamales a la lista | FB | es-MX
out-of-domain | cómo se hace el pan de muerto | FB | es-MX
out-of-domain | pon el partido del américa | FB | es-MX
out-of-domain | qué día es el día de muertos | FB | es-MX
out-of-domain | cuántos estados tiene méxico | FB | es-MX
out-of-domain | cuál es el río más largo de méxico | FB | es-MX
out-of-domain | quién fundó la ciudad de méxico | FB | es-MX
out-of-domain | cuántos países hay en el mundo | FB | es-MX
out-of-domain | cuál es el país más grande de áfrica | FB | es-MX
out-of-domain | cuántas capitales tiene el mundo | FB | es-MX
out-of-domain | en qué continente está egipto | FB | es-MX
out-of-domain | pon bachata de romeo santos | FB | es-US
out-of-domain | a qué hora cierra la lavandería | FB | es-US
out-of-domain | cuánto cuesta un pasaje a santo domingo | FB | es-US
out-of-domain | llama a la oficina del turno de noche | FB | es-US
out-of-domain | cuál es el marcador de los yankees | FB | es-US
out-of-domain | traduce capital al inglés | FB | es-US
out-of-domain | cómo se dice capital en inglés | FB | es-US
out-of-domain | cuántas millas hay de omaha a lincoln | FB | es-US
out-of-domain | qué idioma hablan en haití manito | FB | es-US
out-of-domain | cuál es la montaña más alta de guatemala | FB | es-US
out-of-domain | quién es el gobernador de nuevo méxico | FB | es-US
out-of-domain | cuál es la población de la república dominicana | FB | es-US
out-of-domain | qué país tiene más habitantes china o india | FB
out-of-domain | cuál es la moneda de japón ho | FB
out-of-domain | en qué año se independizó méxico | FB | es-MX
out-of-domain | cuál es el país más pequeño del mundo | FB
out-of-domain | cuántos años tiene madrid como capital | FB
out-of-domain | qué capital es más antigua roma o atenas | FB | es-US
out-of-domain | cuál es la capital de mi corazón | FB | es-US
out-of-domain | qué ciudad es más bonita quito o lima | FB | es-US
out-of-domain | cuál es el prefijo de teléfono de colombia | FB | es-US
out-of-domain | cuál es el plato típico de venezuela | FB
out-of-domain | qué equipo ganó el mundial de sudáfrica | FB
out-of-domain | dime el código postal de cartagena | FB
out-of-domain | cuántas provincias tiene canarias chacho | FB
out-of-domain | a qué hora abre el taller mañana | FB
out-of-domain | qué capital de provincia tiene más habitantes | FB
out-of-domain | cuánto se tarda en tráiler de querétaro a monterrey | FB | es-MX
out-of-domain | cuál es el estado más grande de estados unidos | FB | es-US
# Help.
help | cómo funciona esto ho | HELP
help | qué tengo que decirte para que me digas una capital | HELP
help | explícame cómo va el juego | HELP
help | no sé usarlo ayúdame nena | HELP
help | qué cosas le puedo preguntar | HELP
help | me echas un cable con esto | HELP
help | cómo se juega chacho | HELP
help | instrucciones por favor | HELP
help | qué hago ahora | HELP | es-MX
help | no le entiendo cómo se usa | HELP | es-MX
help | ayúdame porfa que no sé qué decir | HELP | es-MX
help | qué sabes hacer tú | HELP | es-MX
help | explícame güey | HELP | es-MX
help | cómo le hago para preguntar una capital | HELP | es-MX
help | help me please | HELP | es-US
help | mijo cómo se usa esto | HELP | es-US
help | necesito ayuda con esto manito | HELP | es-US
help | qué se le pregunta a esto | HELP | es-US
help | cómo es que funciona | HELP | es-US
help | dame las instrucciones | HELP | es-US
# Stop.
stop | para ya ho | STOP
stop | calla ya | STOP
stop | apágate | STOP
stop | se acabó por hoy | STOP
stop | vale ya está deja de hablar | STOP
stop | sal de aquí chacho | STOP
stop | acho para | STOP
stop | hasta luego ya terminé | STOP
stop | ya estuvo | STOP | es-MX
stop | ya párale güey | STOP | es-MX
stop | bájale ya cállate | STOP | es-MX
stop | ya no quiero jugar | STOP | es-MX
stop | ciérrate | STOP | es-MX
stop | ahí muere | STOP | es-MX
stop | stop it alexa | STOP | es-US
stop | ya basta manito | STOP | es-US
stop | apaga eso | STOP | es-US
stop | ta bo terminamos | STOP | es-US
stop | quit | STOP | es-US
stop | ya me voy bye | STOP | es-US
stop | corta ya maño | STOP
stop | sal del juego nena | STOP
stop | no quiero más capitales adiós | STOP | es-MX
stop | ya cierra eso que nos vamos | STOP | es-US
stop | termina ya pues | STOP | es-MX
# Cancel.
cancel | olvídalo ho | CANCEL
cancel | déjalo estar | CANCEL
cancel | nada nada no era eso | CANCEL
cancel | no importa ya | CANCEL
cancel | cancela lo que te he pedido | CANCEL
cancel | anula eso acho | CANCEL
cancel | bah déjalo | CANCEL
cancel | mejor no | CANCEL | es-MX
cancel | ya no importa güey | CANCEL | es-MX
cancel | olvídate de eso | CANCEL | es-MX
cancel | cancélalo pues | CANCEL | es-MX
cancel | no ya no la ocupo | CANCEL | es-MX
cancel | ahí déjalo | CANCEL | es-MX
cancel | forget it | CANCEL | es-US
cancel | never mind manito | CANCEL | es-US
cancel | no no cancela | CANCEL | es-US
cancel | déjalo así va pues | CANCEL | es-US
cancel | olvida lo que te pregunté | CANCEL | es-US
cancel | cancel that | CANCEL | es-US
cancel | ya no hace falta | CANCEL | es-US
cancel | uy no nada retiro la pregunta | CANCEL
cancel | para para que me he equivocado olvídalo | CANCEL
cancel | nel ya no | CANCEL | es-MX
cancel | bórralo mano que no era eso | CANCEL | es-US
cancel | ay no espérate cancela eso | CANCEL | es-US
# Launch.
launch | abre capitales del mundo ho | LAUNCH
launch | quiero jugar a capitales del mundo | LAUNCH
launch | pon capitales del mundo acho | LAUNCH
launch | empieza capitales del mundo | LAUNCH
launch | abre capitales del mundo güey | LAUNCH | es-MX
launch | ponme ya capitales del mundo | LAUNCH | es-MX
launch | quiero capitales del mundo | LAUNCH | es-MX
launch | comienza capitales del mundo | LAUNCH | es-MX
launch | abre capitales del mundo manito | LAUNCH | es-US
launch | lanza capitales del mundo | LAUNCH | es-US
launch | ponme el juego capitales del mundo | LAUNCH | es-US
launch | capitales del mundo | LAUNCH | es-US
"""

if __name__ == "__main__":
    build_round(25, "es", LINES, sys.argv, "tests/Eval/es/round25/source/build_corpus.py")
