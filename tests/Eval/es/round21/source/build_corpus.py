"""Round 21, Spanish (es-ES, es-MX, es-US, about a third each): a new author's own mix, written blind. Speakers, chosen
apart from the earlier Spanish rounds: **es-ES**: La Mancha ("ea", "nene"), Extremadura ("joé"), Cantabria and León
("majo", "mozuca"), Navarra and La Rioja ("maja"), Castilla ("chaval", a bodega), a village in fiesta; Argentines
("che", "decime"), Chileans ("po") in Spain, Romanians, Ukrainians, Moroccans and Equatoguineans learning
or speaking Spanish; a Madrid taxi, a hospital night shift, oposiciones and selectividad, a pub quiz and a bet of a
caña with the brother-in-law, a honeymoon and a job offer abroad, the Champions and the Tour, lentils on the stove,
driving, a five-year-old, the hogar del jubilado (Checoslovaquia, Yugoslavia) and a grandson abroad. **es-MX**:
Veracruz ("compadre"), "qué crees", "híjole", "sale pues", "qué padre", "está cañón", Chiapas with "vos", Tijuana by
the border, the market ("la güerita"), a fonda and a shop, the telesecundaria and the examen extraordinario,
Preguntados and a bet of tortas, a layover, a husband working abroad, the World Cup and the noticiero, kneading dough
and ironing, the road to Cuernavaca with the mother-in-law, a missionary priest, Mexican states. **es-US**: Nicaraguans
("idiay", "chocho"), Ecuadorians ("ñaño"), Peruvians ("causa"), Colombians ("qué pena contigo"), Argentines in Miami
("dale", "decime"), Caribbean "mira mano", a Honduran in Houston; a construction crew, an Uber driver, a school bus
driver, the GED, a dual-language class, family trivia and a twenty-dollar bet, a cruise, visiting a sister in
Scandinavia, boxing, Univision and a Yankees player, folding laundry, the truck through Kansas and the road to Florida,
grandchildren whose grandmother comes from Cuba or El Salvador, "mija dígame", English-speaking learners ("de el
perú", "capital de alemania"), the citizenship test and US state capitals, heritage speakers mixing English ("can you
tell me", "i need ... for school", "mi maestra asked me", "okay entonces", "no wait", "sorry", "i mean", "you know").
Plus fillers ("eh bueno pues", "este", "um like", "a ver a ver espera", "mmm", "ay es que", "o sea"), terse forms,
one-shot questions through "capitales del mundo", follow-ups, self-corrections ("perdona", "digo", "me he liado",
"espérate", "chin", "o sea", "bueno no"), yes/no checks with right and wrong cities, reverse questions (countries,
Mexican and US states), official, everyday ("el gabacho", "gringolandia", "los states", "holland") and old names
(Ceilán, Siam, Dahomey, Rodesia, Alto Volta, Zaire, Abisinia, Formosa, Kampuchea), shared names, every several-capital
country and Palestine in the plural, states, provinces, Länder and nations, territories, and what recognition may
write (accents lost, "dela", "delas", "cuales la", joined names "sierraleona", "guineabisáu", "caboverde",
"sancristóbal", English spellings "botswana", "lesotho", "malawi", "kenya", "zimbabwe", "qatar", "bahrain",
"bangladesh"). Out of domain: other facts about a named country (population, language, currency, time, biggest city,
president, flag, dialling code, distance, weather, rivers, dishes, visas, anthem, mountains), "capital" in other
senses (capital social, pecados capitales, pena capital, Marx's book, capital de trabajo, delito capital, a capital
gain, Capital One, capital of tequila, of baseball, of fashion, the European capital of culture, "la capital" as Mexico
City in distance and traffic questions), and other skills' requests.
`python3 tests/Eval/es/round21/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 21's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Plain questions, the three locales (a fill carries its own preposition).
direct-question | cuál es la capital {} | de kirguistán=KG; de tayikistán=TJ; de turkmenistán=TM | es-ES
direct-question | alexa cuál es la capital {} | de uzbekistán=UZ; de mongolia=MN; de bután=BT | es-MX
direct-question | alexa me puedes decir cuál es la capital {} | de eritrea=ER; de yibuti=DJ; de somalia=SO | es-US
direct-question | qué ciudad es la capital {} alexa | de lesoto=LS; de botsuana=BW; de namibia=NA | es-MX
direct-question | alexa dime la capital {} por favor | de malaui=MW; de zambia=ZM; de mozambique=MZ | es-US
direct-question | alexa la capital {} cuál es | de nauru=NR; de tuvalu=TV; de kiribati=KI | es-MX
direct-question | cómo se llama la capital {} alexa | de palaos=PW; de micronesia=FM; de las islas marshall=MH | es-US

# Spain, regions chosen apart from earlier rounds: La Mancha ("ea", "nene"), Extremadura ("joé"), Cantabria and
# León ("majo", "mozuca"), Navarra and La Rioja ("maja"), Castilla ("chaval"), Madrid elders ("chata").
spain-regional | ea alexa dime la capital {} que se me ha ido | de eslovaquia=SK; de eslovenia=SI; de croacia=HR | es-ES
spain-regional | nene alexa tú que sabes tanto la capital {} cuál es | de rumanía=RO; de bulgaria=BG; de hungría=HU | es-ES
spain-regional | alexa a ver si me dices la capital {} que no caigo joé | de austria=AT; de suiza=CH; de liechtenstein=LI | es-ES
spain-regional | alexa maja cuál es la capital {} | de dinamarca=DK; de noruega=NO; de suecia=SE | es-ES
spain-regional | oye majo la capital {} sabes cuál es | de finlandia=FI; de islandia=IS; de irlanda=IE | es-ES
spain-regional | alexa mozuca dime una cosa la capital {} | de bélgica=BE; de luxemburgo=LU; de francia=FR | es-ES
spain-regional | chaval alexa que estamos aquí en la bodega discutiendo la capital {} | de portugal=PT; de grecia=GR; de chipre=CY | es-ES
spain-regional | alexa estamos en el pueblo de fiestas y no sabemos la capital {} | de malta=MT; de andorra=AD; de san marino=SM | es-ES

# Immigrants and visitors in Spain: Argentines ("che", "decime"), Chileans ("po", "cachai"), Peruvians ("pe"),
# Romanians, Ukrainians, Moroccans, Equatoguineans.
immigrant-spain | che alexa decime la capital {} | de uruguay=UY; de paraguay=PY; de bolivia=BO | es-ES
immigrant-spain | alexa cuál es la capital {} po | de chile=CL; de argentina=AR; de perú=PE | es-ES
immigrant-spain | alexa por favor yo no hablo muy bien la capital {} cuál es | de moldavia=MD; de ucrania=UA; de georgia el país=GE | es-ES
immigrant-spain | alexa mi país es {} cómo se dice la capital en español | marruecos=MA; argelia=DZ; túnez=TN | es-ES
immigrant-spain | alexa yo soy de guinea ecuatorial y mi hijo pregunta la capital {} | de guinea ecuatorial=GQ; de camerún=CM; de gabón=GA | es-ES

# Mexico: Veracruz ("compadre"), Puebla and Oaxaca ("mande", "ándele pues" left out), Michoacán, Chiapas ("vos"),
# Baja California ("la línea"), the market ("güerita", "marchante").
mexico-regional | oye compadre alexa cuál es la capital {} | de cuba=CU; de haití=HT; de jamaica=JM | es-MX
mexico-regional | alexa qué crees que no me sé la capital {} | de guatemala=GT; de honduras=HN; de el salvador=SV | es-MX
mexico-regional | híjole alexa cuál era la capital {} | de nicaragua=NI; de costa rica=CR; de panamá=PA | es-MX
mexico-regional | alexa sale pues dime la capital {} | de brasil=BR; de venezuela=VE; de colombia=CO | es-MX
mexico-regional | alexa aquí en el mercado la güerita quiere saber la capital {} | de china=CN; de japón=JP; de corea del sur=KR | es-MX
mexico-regional | alexa vos sabés cuál es la capital {} | de guatemala aquí al lado=GT; de belice=BZ; de honduras pues=HN | es-MX
mexico-regional | alexa aquí en tijuana cerca de la línea me preguntan la capital {} | de estados unidos=US; de canadá=CA; de méxico=MX | es-MX
mexico-regional | qué padre alexa oye y la capital {} | de italia=IT; de españa=ES; de francia=FR | es-MX
mexico-regional | alexa está cañón esta la capital {} | de kazajistán=KZ; de azerbaiyán=AZ; de armenia=AM | es-MX

# The United States: Nicaraguans ("idiay", "chocho"), Ecuadorians in Queens ("ñaño"), Peruvians in New Jersey
# ("causa"), Colombians in Orlando ("qué pena"), Argentines in Miami, Bolivians in Virginia ("ya pues").
us-latino | idiay alexa cuál es la capital {} | de nicaragua=NI; de costa rica=CR; de panamá=PA | es-US
us-latino | chocho alexa no me acuerdo de la capital {} | de honduras=HN; de el salvador=SV; de guatemala=GT | es-US
us-latino | alexa ñaño dime la capital {} | de ecuador=EC; de perú=PE; de colombia=CO | es-US
us-latino | alexa causa una pregunta la capital {} | de perú=PE; de bolivia=BO; de chile=CL | es-US
us-latino | alexa qué pena contigo me dices la capital {} | de venezuela=VE; de república dominicana=DO; de puerto rico=PR | es-US
us-latino | dale alexa decime la capital {} | de argentina=AR; de uruguay=UY; de paraguay=PY | es-US
us-latino | alexa mira mano la capital {} cuál es | de haití=HT; de cuba=CU; de jamaica=JM | es-US
us-latino | alexa aquí en houston mi compadre hondureño pregunta la capital {} | de honduras=HN; de belice=BZ; de méxico=MX | es-US

# Spanglish, heritage speakers.
spanglish | alexa what's the capital {} en español | de marruecos=MA; de egipto=EG; de túnez=TN | es-US
spanglish | alexa can you tell me la capital {} | de alemania=DE; de polonia=PL; de austria=AT | es-US
spanglish | hey alexa i need la capital {} for school | de nigeria=NG; de ghana=GH; de senegal=SN | es-US
spanglish | alexa mi maestra asked me la capital {} | de india=IN; de pakistán=PK; de bangladés=BD | es-US
spanglish | alexa okay entonces the capital {} | de arabia saudita=SA; de irán=IR; de irak=IQ | es-US

# At work: a taxi in Madrid, a hairdresser, a hospital night shift, a construction crew, an Uber driver, a school bus.
work-situation | alexa estoy con un cliente en el taxi y pregunta la capital {} | de tailandia=TH; de vietnam=VN; de camboya=KH | es-ES
work-situation | alexa estoy de guardia en el hospital y un paciente me pregunta la capital {} | de laos=LA; de myanmar=MM; de nepal=NP | es-ES
work-situation | alexa en la obra los compañeros apostaron la capital {} | de guatemala=GT; de honduras=HN; de nicaragua=NI | es-US
work-situation | alexa manejo uber y el pasajero quiere saber la capital {} | de jamaica=JM; de trinidad y tobago=TT; de barbados=BB | es-US
work-situation | alexa soy chofer del camión de la escuela y los niños preguntan la capital {} | de canadá=CA; de groenlandia=GL; de islandia=IS | es-US
work-situation | alexa en la fonda la señora de la cocina pregunta la capital {} | de perú=PE; de argentina=AR; de chile=CL | es-MX
work-situation | alexa estoy atendiendo la tienda y un cliente me preguntó la capital {} | de ucrania=UA; de rusia=RU; de bielorrusia=BY | es-MX
work-situation | alexa en la oficina hicimos una apuesta la capital {} | de singapur=SG; de brunéi=BN; de timor oriental=TL | es-MX

# School: selectividad, oposiciones, the telesecundaria, the GED, a dual-language class, homework.
school-exam | alexa mañana tengo el examen de geografía cuál es la capital {} | de sudán del sur=SS; de la república centroafricana=CF; de chad=TD | es-ES
school-exam | alexa estoy estudiando para las oposiciones la capital {} | de mauritania=MR; de mali=ML; de níger=NE | es-ES
school-exam | alexa para la selectividad necesito la capital {} | de burkina faso=BF; de costa de marfil=CI; de guinea=GN | es-ES
school-exam | alexa en la telesecundaria nos dejaron investigar la capital {} | de sierra leona=SL; de liberia=LR; de gambia=GM | es-MX
school-exam | alexa la maestra nos puso de tarea la capital {} | de ruanda=RW; de burundi=BI; de uganda=UG | es-MX
school-exam | alexa tengo examen extraordinario y me falta la capital {} | de tanzania=TZ; de zimbabue=ZW; de angola=AO | es-MX
school-exam | alexa estoy estudiando para el ged y necesito la capital {} | de estados unidos=US; de méxico=MX; de canadá por favor=CA | es-US
school-exam | alexa en mi clase de dual language preguntaron la capital {} | de madagascar=MG; de mauricio=MU; de las comoras=KM | es-US
school-exam | alexa para el proyecto de ciencias sociales ocupo la capital {} | de las seychelles=SC; de cabo verde=CV; de santo tomé y príncipe=ST | es-MX

# Quizzes and bets: the pub quiz in Madrid, la lotería, a family trivia, Preguntados, a bet with the cuñado.
quiz-bet | alexa estamos en el quiz del bar y nos falta la capital {} | de albania=AL; de macedonia del norte=MK; de montenegro=ME | es-ES
quiz-bet | alexa me he apostado una caña con mi cuñado a que sé la capital {} | de serbia=RS; de kosovo=XK; de bosnia y herzegovina=BA | es-ES
quiz-bet | alexa jugando preguntados me salió la capital {} | de omán=OM; de catar=QA; de baréin=BH | es-MX
quiz-bet | alexa nos jugamos las tortas a que no sabes la capital {} | de kuwait=KW; de jordania=JO; de líbano=LB | es-MX
quiz-bet | alexa en la trivia de la familia salió la capital {} | de siria=SY; de yemen=YE; de emiratos árabes unidos=AE | es-US
quiz-bet | alexa le aposté veinte dólares a mi primo que sé la capital {} | de afganistán=AF; de pakistán=PK; de sri lanka=LK | es-US

# Travel: the Camino de Santiago, a cruise, a honeymoon, a layover, a job abroad, visiting family.
travel-trip | alexa nos vamos de luna de miel {} cuál es la capital | a maldivas=MV; a mauricio=MU; a seychelles=SC | es-ES
travel-trip | alexa tengo escala {} cuál es la capital de ese país | en catar=QA; en turquía=TR; en etiopía=ET | es-MX
travel-trip | alexa mi esposo se va a trabajar {} cuál es la capital | a canadá=CA; a australia=AU; a alemania=DE | es-MX
travel-trip | alexa vamos a visitar a mi hermana que vive {} cuál es la capital | en suecia=SE; en noruega=NO; en dinamarca=DK | es-US
travel-trip | alexa el crucero para {} cuál es la capital | en bahamas=BS; en jamaica=JM; en barbados=BB | es-US
travel-trip | alexa me ofrecieron un trabajo {} qué capital tiene | en vanuatu=VU; en papúa nueva guinea=PG; en las islas salomón=SB | es-ES

# Sport and news: LaLiga and the Champions, the World Cup 2026, the Tour, boxing, the news.
sport-news | alexa el madrid juega la champions {} cuál es la capital de allí | en azerbaiyán=AZ; en kazajistán=KZ; en escocia=GB-SCT | es-ES
sport-news | alexa ha ganado el tour un ciclista {} cuál es la capital | de eslovenia=SI; de dinamarca=DK; de colombia=CO | es-ES
sport-news | alexa en el mundial juega méxico contra {} cuál es la capital | corea del sur=KR; sudáfrica=ZA; uzbekistán=UZ | es-MX
sport-news | alexa en el noticiero hablaron {} cuál es la capital | de sudán=SD; de haití=HT; de myanmar=MM | es-MX
sport-news | alexa el boxeador de anoche era {} cuál es la capital | de filipinas=PH; de ucrania=UA; de kazajistán=KZ | es-US
sport-news | alexa en univision dijeron que hubo un terremoto {} cuál es la capital | en nepal=NP; en afganistán=AF; en ecuador=EC | es-US
sport-news | alexa el pelotero nuevo de los yankees es {} cuál es la capital | de curazao=CW; de venezuela=VE; de república dominicana=DO | es-US

# Home and kitchen: cooking, ironing, the laundry, gardening.
kitchen-home | alexa estoy haciendo las lentejas y me ha dado por pensar la capital {} | de irán=IR; de irak=IQ; de siria=SY | es-ES
kitchen-home | alexa tengo las manos llenas de masa cuál es la capital {} | de marruecos=MA; de mauritania=MR; de senegal=SN | es-MX
kitchen-home | alexa estoy planchando dime la capital {} | de hungría=HU; de rumanía=RO; de moldavia=MD | es-MX
kitchen-home | alexa mientras doblo la ropa dime la capital {} | de togo=TG; de benín=BJ; de ghana=GH | es-US

# Driving.
car-road | alexa voy conduciendo dime la capital {} | de letonia=LV; de lituania=LT; de bielorrusia=BY | es-ES
car-road | alexa voy en la carretera a cuernavaca y mi suegra quiere saber la capital {} | de colombia=CO; de ecuador=EC; de venezuela=VE | es-MX
car-road | alexa ando manejando en la troca dime la capital {} | de kansas=US-KS; de oklahoma=US-OK; de nebraska=US-NE | es-US
car-road | alexa vamos camino a florida cuál es la capital {} | de georgia el estado=US-GA; de carolina del sur=US-SC; de alabama=US-AL | es-US

# Children.
children | alexa tengo cinco años cuál es la capital {} | de españa=ES; de francia=FR; de china=CN | es-ES
children | alexa alexa la capital {} | de japón=JP; de egipto=EG; de rusia=RU | es-MX
children | alexa mi papá no sabe la capital {} tú sí | de brasil=BR; de argentina=AR; de australia=AU | es-US
children | alexa cuál es la capital {} porque mi abuelita es de ahí | de cuba=CU; de puerto rico=PR; de el salvador=SV | es-US

# Elders: usted, the hogar del jubilado, the parish, grandchildren abroad.
elders | alexa hágame el favor de decirme la capital {} | de hungría=HU; de polonia=PL; de rumanía=RO | es-MX
elders | alexa aquí en el hogar del jubilado queremos saber la capital {} | de checoslovaquia ahora chequia=CZ; de yugoslavia ahora serbia=RS; de eslovaquia=SK | es-ES
elders | alexa oiga mi nieto se fue a vivir {} cuál es la capital | a nueva zelanda=NZ; a australia=AU; a irlanda=IE | es-ES
elders | alexa el padre de la parroquia se fue de misionero {} cuál es la capital | a burundi=BI; a malaui=MW; a sierra leona=SL | es-MX
elders | alexa mija dígame la capital {} que ya no me acuerdo | de nicaragua=NI; de honduras=HN; de costa rica=CR | es-US
elders | alexa le pregunto a usted la capital {} | de paraguay=PY; de uruguay=UY; de bolivia=BO | es-US

# Learners of Spanish.
learner | alexa cuál es capital de {} | alemania=DE; rusia=RU; el japón=JP | es-US
learner | alexa yo quiero saber la capital de el {} | perú=PE; ecuador=EC; chad=TD | es-US
learner | alexa por favor la capital de la {} qué es | francia=FR; china=CN; india=IN | es-US

# Recognition artefacts: accents lost, words joined or split, English or variant spellings.
recognition-artefact | cual es la capital {} | de azerbaiyan=AZ; de kirguistan=KG; de tayikistan=TJ | es-ES
recognition-artefact | alexa cual es la capital {} | de camerun=CM; de gabon=GA; de niger=NE | es-MX
recognition-artefact | alexa cuál es la capital de {} | sierraleona=SL; guineabisáu=GW; caboverde=CV | es-US
recognition-artefact | alexa cuál es la capital {} porfa | dela india=IN; de el salvador=SV; delas filipinas=PH | es-ES
recognition-artefact | alexa y la capital de {} cuál es | botswana=BW; lesotho=LS; malawi=MW | es-MX
recognition-artefact | alexa cuál es la capital de la {} | república checa=CZ; republica centroafricana=CF; república del congo=CG | es-US
recognition-artefact | alexa cuales la capital {} | de tanzania=TZ; de zimbabwe=ZW; de kenya=KE | es-US
recognition-artefact | alexa cuál es la capital {} bro | de bangladesh=BD; de qatar=QA; de bahrain=BH | es-US
recognition-artefact | alexa cuál es la capital de la {} esa | papua nueva guinea=PG; nueva caledonia=NC; polinesia francesa=PF | es-ES
recognition-artefact | alexa cuál es la capital {} en el caribe | de san vicente y granadinas=VC; de sancristóbal y nieves=KN; de santa lucia=LC | es-MX
recognition-artefact | alexa cuál es la capital de los {} | emiratos=AE; países bajos=NL; estados unidos de américa=US | es-ES

# Terse keyword forms.
terse | capital {} | de burundi=BI; de comoras=KM; de yibuti=DJ | es-ES
terse | alexa capital {} | de tuvalu=TV; de nauru=NR; de palaos=PW | es-MX
terse | {} capital | bután=BT; laos=LA; mongolia=MN | es-US
terse | la capital {} rápido | de libia=LY; de túnez=TN; de argelia=DZ | es-MX
terse | alexa capital de {} ya | granada=GD; dominica=DM; santa lucía=LC | es-US

# Fillers and hesitations.
filler-hesitation | alexa eh bueno pues quería saber la capital {} | de antigua y barbuda=AG; de san cristóbal y nieves=KN; de granada el país=GD | es-ES
filler-hesitation | alexa este cómo se llama la capital {} | de san vicente y las granadinas=VC; de dominica=DM; de bahamas=BS | es-MX
filler-hesitation | um alexa like cuál es la capital {} | de trinidad y tobago=TT; de surinam=SR; de guyana=GY | es-US
filler-hesitation | alexa a ver a ver espera la capital {} | de mónaco=MC; de luxemburgo=LU; de liechtenstein=LI | es-ES
filler-hesitation | alexa mmm eh cómo era la capital {} | de tonga=TO; de samoa=WS; de fiyi=FJ | es-MX
filler-hesitation | alexa ay es que no me sale la capital {} | de brunéi=BN; de timor-leste=TL; de singapur=SG | es-US
filler-hesitation | alexa o sea este la capital {} cuál es | de eswatini=SZ; de lesoto=LS; de yibuti=DJ | es-MX

# One-shot questions through the invocation name.
one-shot | alexa pregunta a capitales del mundo la capital {} | de estonia=EE; de letonia=LV; de finlandia=FI | es-ES
one-shot | alexa abre capitales del mundo y dime la capital {} | de chad=TD; de níger=NE; de mali=ML | es-MX
one-shot | alexa pídele a capitales del mundo la capital {} | de guinea=GN; de liberia=LR; de gambia=GM | es-US
one-shot | alexa usa capitales del mundo para saber la capital {} | de turkmenistán=TM; de uzbekistán=UZ; de kirguistán=KG | es-ES
one-shot | alexa ask capitales del mundo la capital {} | de tailandia=TH; de camboya=KH; de vietnam=VN | es-US
one-shot | alexa con capitales del mundo cuál es la capital {} | de eritrea=ER; de etiopía=ET; de somalia=SO | es-MX

# Launch.
launch | alexa abre capitales del mundo por fa | LAUNCH | es-ES
launch | alexa ábreme capitales del mundo | LAUNCH | es-ES
launch | alexa pon el juego de capitales del mundo | LAUNCH | es-ES
launch | alexa quiero jugar a capitales del mundo | LAUNCH | es-ES
launch | alexa me abres capitales del mundo que vamos a repasar | LAUNCH | es-ES
launch | alexa activa capitales del mundo | LAUNCH | es-ES
launch | alexa abre la skill de capitales del mundo | LAUNCH | es-MX
launch | alexa ábrele a capitales del mundo | LAUNCH | es-MX
launch | alexa inicia capitales del mundo por favor | LAUNCH | es-MX
launch | alexa ponme capitales del mundo para la niña | LAUNCH | es-MX
launch | alexa abre capitales del mundo ándale | LAUNCH | es-MX
launch | alexa entra a capitales del mundo | LAUNCH | es-MX
launch | alexa open capitales del mundo | LAUNCH | es-US
launch | alexa abre capitales del mundo para los nenes | LAUNCH | es-US
launch | alexa vamos a jugar capitales del mundo | LAUNCH | es-US
launch | alexa comienza capitales del mundo | LAUNCH | es-US
launch | alexa please abre capitales del mundo | LAUNCH | es-US
launch | alexa abre capitales del mundo otra vez | LAUNCH | es-US

# Help.
help | ayuda | HELP | es-ES
help | alexa ayúdame que no sé qué decir | HELP | es-ES
help | qué puedo preguntarte | HELP | es-ES
help | cómo va esto | HELP | es-ES
help | alexa explícame cómo funciona este juego | HELP | es-ES
help | qué tengo que decir para saber una capital | HELP | es-ES
help | necesito ayuda con esto | HELP | es-ES
help | alexa no me entero de cómo se usa | HELP | es-ES
help | cómo le hago | HELP | es-MX
help | alexa qué se puede hacer aquí | HELP | es-MX
help | ayúdame por favor no le entiendo | HELP | es-MX
help | alexa cómo se usa esto | HELP | es-MX
help | dame un ejemplo de lo que puedo preguntar | HELP | es-MX
help | alexa cuáles son las instrucciones | HELP | es-MX
help | qué cosas sabes hacer tú | HELP | es-MX
help | alexa me explicas cómo funciona | HELP | es-MX
help | help | HELP | es-US
help | alexa help me please | HELP | es-US
help | alexa necesito ayuda cómo funciona esto | HELP | es-US
help | qué opciones tengo | HELP | es-US
help | alexa no sé cómo usar esto me ayudas | HELP | es-US
help | cómo se juega | HELP | es-US
help | alexa repíteme las instrucciones | HELP | es-US
help | y ahora qué digo | HELP | es-US

# Stop: ending the session.
stop | alexa apágate ya | STOP | es-ES
stop | alexa ya está bien para | STOP | es-ES
stop | sal del juego | STOP | es-ES
stop | alexa cierra capitales del mundo | STOP | es-ES
stop | hemos terminado adiós | STOP | es-ES
stop | alexa vale ya basta de capitales | STOP | es-ES
stop | alexa stop | STOP | es-ES
stop | ciérralo ya | STOP | es-ES
stop | ya estuvo alexa ya no quiero jugar | STOP | es-MX
stop | alexa sal de aquí | STOP | es-MX
stop | alexa ya cállate | STOP | es-MX
stop | termina el juego | STOP | es-MX
stop | alexa ciérrate | STOP | es-MX
stop | alexa ya me voy a dormir apágate | STOP | es-MX
stop | alexa deja de hablar | STOP | es-MX
stop | alexa stop please | STOP | es-US
stop | alexa exit | STOP | es-US
stop | alexa ya no más | STOP | es-US
stop | alexa sal de capitales del mundo | STOP | es-US
stop | alexa close capitales del mundo | STOP | es-US
stop | okay alexa bye | STOP | es-US
stop | alexa ya terminamos gracias | STOP | es-US
stop | alexa apágate please | STOP | es-US

# Cancel: dropping what was asked.
cancel | alexa cancela | CANCEL | es-ES
cancel | olvídalo alexa | CANCEL | es-ES
cancel | déjalo da igual | CANCEL | es-ES
cancel | nada nada déjalo | CANCEL | es-ES
cancel | alexa cancela eso que te he pedido | CANCEL | es-ES
cancel | alexa mejor no déjalo | CANCEL | es-ES
cancel | anula la pregunta | CANCEL | es-ES
cancel | no ya lo he mirado en el móvil déjalo | CANCEL | es-ES
cancel | alexa cancélalo | CANCEL | es-MX
cancel | ya no importa alexa | CANCEL | es-MX
cancel | mejor olvídalo | CANCEL | es-MX
cancel | alexa cancela la pregunta | CANCEL | es-MX
cancel | ah no ya no déjalo así | CANCEL | es-MX
cancel | alexa ya no olvídalo ya me acordé | CANCEL | es-MX
cancel | cancela eso por favor | CANCEL | es-MX
cancel | alexa no ya no la quiero | CANCEL | es-MX
cancel | alexa cancel | CANCEL | es-US
cancel | alexa never mind olvídalo | CANCEL | es-US
cancel | cancela eso alexa | CANCEL | es-US
cancel | alexa forget it | CANCEL | es-US
cancel | no no no olvídalo | CANCEL | es-US
cancel | alexa cancel that | CANCEL | es-US
cancel | alexa ya no importa gracias de todos modos | CANCEL | es-US
cancel | olvida lo que te pregunté | CANCEL | es-US

# Follow-ups (expected: the place they name).
follow-up | y {} | la de hungría=HU; la de austria=AT; la de eslovaquia=SK | es-ES
follow-up | vale y {} | la de croacia=HR; la de serbia=RS; la de albania=AL | es-ES
follow-up | y ahora dime {} | la de ghana=GH; la de togo=TG; la de benín=BJ | es-ES
follow-up | y la de {} cuál es | perú=PE; bolivia=BO; ecuador=EC | es-MX
follow-up | órale y {} | de guatemala=GT; de belice=BZ; de honduras=HN | es-MX
follow-up | va y ahora la de {} | chile=CL; argentina=AR; uruguay=UY | es-MX
follow-up | gracias y {} | de japón=JP; de china=CN; de corea del norte=KP | es-MX
follow-up | y qué tal {} | indonesia=ID; filipinas=PH; malasia=MY | es-MX
follow-up | and {} | de cuba=CU; de jamaica=JM; de haití=HT | es-US
follow-up | okay y {} | la de kenia=KE; la de tanzania=TZ; la de uganda=UG | es-US
follow-up | y qué me dices de {} | laos=LA; camboya=KH; vietnam=VN | es-US
follow-up | ahora {} please | la de polonia=PL; la de alemania=DE; la de dinamarca=DK | es-US

# Self-corrections (expected: the place said last).
self-correction | alexa la capital {} | de suecia no perdona de suiza=CH; de austria digo de australia=AU; de eslovenia no de eslovaquia=SK | es-ES
self-correction | alexa cuál es la capital {} a ver | de irán perdón de irak=IQ; de níger no no de nigeria=NG; de guinea ay no de guyana=GY | es-ES
self-correction | alexa dime la capital {} | de letonia uy de lituania=LT; de mali me he liado de malaui=MW; de islandia quiero decir de irlanda=IE | es-ES
self-correction | alexa oye cuál es la capital {} | de colombia no espérate de bolivia=BO; de paraguay no de uruguay=UY; de honduras chin de nicaragua=NI | es-MX
self-correction | la capital {} alexa | de corea del norte no la del sur=KR; de sudán no de sudán del sur=SS; de haití no de república dominicana=DO | es-MX
self-correction | alexa me dices por favor la capital {} | de austria bueno no de alemania=DE; de portugal ay no de brasil=BR; de costa rica digo de puerto rico=PR | es-MX
self-correction | alexa what's the capital {} | de perú no wait de chile=CL; de españa sorry de portugal=PT; de noruega no de dinamarca=DK | es-US
self-correction | alexa y la capital {} cuál es | de gambia o sea de zambia=ZM; de armenia no de albania=AL; de serbia no de siria=SY | es-US
self-correction | alexa quería preguntar la capital {} | de eslovenia bueno no la de croacia=HR; de georgia no de armenia=AM; de turquía no de grecia=GR | es-US

# Yes/no checks (expected: the place asked about, also when the city said is wrong).
yes-no-check | alexa la capital {} verdad | de australia es sídney=AU; de canadá es toronto=CA; de turquía es estambul=TR | es-ES
yes-no-check | alexa es cierto que la capital {} | de suiza es ginebra=CH; de marruecos es casablanca=MA; de nigeria es lagos=NG | es-ES
yes-no-check | alexa me confirmas que la capital {} | de kazajistán es astana=KZ; de myanmar es naipyidó=MM; de pakistán es islamabad=PK | es-ES
yes-no-check | alexa apuesto a que la capital {} a que sí | de brasil es río=BR; de estados unidos es nueva york=US; de vietnam es saigón=VN | es-MX
yes-no-check | alexa es correcto que la capital {} | de tanzania es dodoma=TZ; de costa de marfil es abiyán=CI; de nueva zelanda es auckland=NZ | es-MX
yes-no-check | alexa {} sí o no | belgrado es la capital de serbia=RS; bucarest es la capital de hungría=HU; sofía es la capital de bulgaria=BG | es-MX
yes-no-check | alexa is it true que la capital {} | de escocia es glasgow=GB-SCT; de camerún es duala=CM; de benín es porto novo=BJ | es-US
yes-no-check | alexa mi hijo dice que la capital {} tiene razón | de ecuador es guayaquil=EC; de bolivia es santa cruz=BO; de china es shanghái=CN | es-US
yes-no-check | alexa la capital {} right | de israel es tel aviv=IL; de india es nueva delhi=IN; de sudáfrica es johannesburgo=ZA | es-US

# Reverse questions (expected: every place with that capital).
reverse-question | alexa {} de qué país es capital | liubliana=CITY:Liubliana; vilna=CITY:Vilna; tallin=CITY:Tallin | es-ES
reverse-question | alexa de qué país es la capital {} | uagadugú=CITY:Uagadugú; yamena=CITY:Yamena; nuakchot=CITY:Nuakchot | es-ES
reverse-question | {} es capital de dónde | windhoek=CITY:Windhoek; maseru=CITY:Maseru; lilongwe=CITY:Lilongwe | es-ES
reverse-question | alexa de dónde es capital {} | tegucigalpa=CITY:Tegucigalpa; managua=CITY:Managua; paramaribo=CITY:Paramaribo | es-MX
reverse-question | alexa qué estado tiene como capital {} | hermosillo=CITY:Hermosillo; chilpancingo=CITY:Chilpancingo; xalapa=CITY:Xalapa | es-MX
reverse-question | alexa {} es capital de qué estado | culiacán=CITY:Culiacán; tuxtla gutiérrez=CITY:Tuxtla Gutiérrez; chetumal=CITY:Chetumal | es-MX
reverse-question | alexa {} es la capital de qué país i forgot | ulán bator=CITY:Ulán Bator; timbu=CITY:Timbu; vientián=CITY:Vientián | es-US
reverse-question | alexa {} es la capital de qué estado | sacramento=CITY:Sacramento; tallahassee=CITY:Tallahassee; albany=CITY:Albany | es-US
reverse-question | alexa de qué país es capital la ciudad de {} | asmara=CITY:Asmara; dodoma=CITY:Dodoma; gitega=CITY:Gitega | es-US
reverse-question | alexa sabes de qué país es capital {} | kingston=CITY:Kingston; victoria=CITY:Victoria; georgetown=CITY:Georgetown | es-ES

# Official names.
official-name | alexa sabes cuál es la capital {} | de la república helénica=GR; de la federación de rusia=RU; de la confederación suiza=CH | es-ES
official-name | alexa dime cuál es la capital {} | del reino de marruecos=MA; del reino hachemita de jordania=JO; de la república islámica de irán=IR | es-ES
official-name | alexa me sabrías decir la capital {} | de la república federal de alemania=DE; de la república portuguesa=PT; de la república italiana=IT | es-ES
official-name | alexa la capital {} por fa | de los estados unidos mexicanos=MX; de la república bolivariana de venezuela=VE; de la república oriental del uruguay=UY | es-MX
official-name | alexa cuál es la capital {} por favor | del estado plurinacional de bolivia=BO; de la república argentina=AR; de la república de chile=CL | es-MX
official-name | alexa qué capital tiene {} | la república popular china=CN; la república de corea=KR; la república popular democrática de corea=KP | es-MX
official-name | alexa tell me la capital {} | del reino unido de gran bretaña e irlanda del norte=GB; de los estados unidos de américa=US; del estado de la ciudad del vaticano=VA | es-US
official-name | alexa me dices la capital {} please | de la república árabe de egipto=EG; de la república federal de nigeria=NG; de la república democrática federal de etiopía=ET | es-US
official-name | alexa cuál es la capital de la república {} | de costa rica=CR; de panamá=PA; del ecuador=EC | es-US

# Everyday names.
everyday-name | alexa cuál es la capital {} tía | de holanda=NL; de inglaterra=GB-ENG; de gran bretaña=GB | es-ES
everyday-name | alexa dime la capital {} que así lo aprendí yo | de birmania=MM; de la rusia blanca=BY; de persia=IR | es-ES
everyday-name | alexa la capital {} cuál es hoy en día | de los emiratos=AE; del congo kinshasa=CD; del congo brazzaville=CG | es-ES
everyday-name | alexa cuál es la capital {} güey | del gabacho=US; de gringolandia=US; del otro lado=US | es-MX
everyday-name | alexa dime la capital {} nomás | de suazilandia=SZ; de macedonia=MK; de moldova=MD | es-MX
everyday-name | alexa cuál es la capital {} you know | de usa=US; de los states=US; del uk=GB | es-US
everyday-name | alexa the capital {} | de holland=NL; de la república checa=CZ; de east timor=TL | es-US
everyday-name | alexa la capital de {} cuál es perdón | costa de marfil=CI; cabo verde=CV; la santa sede=VA | es-US

# Old names elders use.
old-name | alexa cuál era la capital {} | de ceilán=LK; de siam=TH; de dahomey=BJ | es-ES
old-name | alexa la capital {} cómo se llama ahora | de rodesia=ZW; del alto volta=BF; de zaire=CD | es-MX
old-name | alexa en mis tiempos se decía {} cuál es su capital | abisinia=ET; formosa=TW; kampuchea=KH | es-US

# Shared names (expected: every place the name means, or the one the speaker points at).
shared-name | alexa cuál es la capital {} así sin más | del congo=CD+CG; de corea=KP+KR; de georgia=GE+US-GA | es-ES
shared-name | alexa dime las capitales {} | de las dos coreas=KP+KR; de los dos congos=CD+CG; de las islas vírgenes=VG+VI | es-MX
shared-name | alexa la capital de georgia {} | el estado de estados unidos=US-GA; la del cáucaso=GE; no la del país=US-GA | es-US
shared-name | alexa capital de {} | corea=KP+KR; georgia=GE+US-GA; congo=CD+CG | es-US
shared-name | alexa la capital del congo {} | el grande=CD; el pequeño=CG; el que fue belga=CD | es-ES
shared-name | alexa y de las coreas {} cuál es la capital | la de arriba=KP; la de abajo=KR; la del norte=KP | es-MX

# Several capitals asked in the plural.
plural-capitals | alexa cuáles son las capitales {} | de sudáfrica=ZA; de bolivia=BO; de malasia=MY | es-ES
plural-capitals | alexa dime las tres capitales {} | de sudáfrica=ZA; sudafricanas=ZA; del país de mandela=ZA | es-ES
plural-capitals | alexa {} tiene dos capitales cuáles son | bolivia=BO; holanda=NL; sri lanka=LK | es-ES
plural-capitals | alexa cuáles son las dos capitales {} | de los países bajos=NL; de costa de marfil=CI; de benín=BJ | es-MX
plural-capitals | alexa qué capitales tiene {} | esuatini=SZ; palestina=PS; malasia=MY | es-MX
plural-capitals | alexa leí que {} tiene más de una capital cuáles son | benín=BJ; costa de marfil=CI; suazilandia=SZ | es-MX
plural-capitals | alexa what are las capitales {} | de palestina=PS; de sri lanka=LK; de bolivia=BO | es-US
plural-capitals | alexa dime las capitales {} todas | de sudáfrica=ZA; de esuatini=SZ; de los países bajos=NL | es-US
plural-capitals | alexa cuántas capitales tiene {} y cuáles | palestina=PS; malasia=MY; benín=BJ | es-US
plural-capitals | alexa las capitales {} cuáles son | de jammu y cachemira=IN-JK; de uttarakhand=IN-UK; de montserrat=MS | es-ES
plural-capitals | alexa cuáles son las capitales {} i mean las dos | de costa de marfil=CI; de sri lanka=LK; de esuatini=SZ | es-US

# Subdivisions: states, provinces, nations.
subdivision | alexa cuál es la capital del estado {} | de california=US-CA; de texas=US-TX; de nueva york=US-NY | es-US
subdivision | alexa para el examen de ciudadanía cuál es la capital {} | de nueva jersey=US-NJ; de virginia=US-VA; de maryland=US-MD | es-US
subdivision | alexa vivo en {} cuál es la capital del estado | carolina del norte=US-NC; tennessee=US-TN; ohio=US-OH | es-US
subdivision | alexa cuál es la capital del estado {} aquí en méxico | de veracruz=MX-VER; de chiapas=MX-CHP; de guerrero=MX-GRO | es-MX
subdivision | alexa qué capital tiene el estado de {} | nuevo león=MX-NLE; sonora=MX-SON; baja california=MX-BCN | es-MX
subdivision | alexa la capital {} porfa | de michoacán=MX-MIC; de tabasco=MX-TAB; de quintana roo=MX-ROO | es-MX
subdivision | alexa cuál es la capital del estado de méxico {} | el edomex=MX-MEX; no la ciudad el estado=MX-MEX; o sea toluca no=MX-MEX | es-MX
subdivision | alexa la capital de {} en méxico | hidalgo=MX-HID; morelos=MX-MOR; baja california sur=MX-BCS | es-MX
subdivision | alexa cuál es la capital de la provincia {} | de quebec=CA-QC; de ontario=CA-ON; de columbia británica=CA-BC | es-ES
subdivision | alexa cuál es la capital {} en australia | de nueva gales del sur=AU-NSW; de victoria=AU-VIC; de queensland=AU-QLD | es-ES
subdivision | alexa la capital del land {} | de baviera=DE-BY; de sajonia=DE-SN; de baden-wurtemberg=DE-BW | es-ES
subdivision | alexa la capital {} en el reino unido | de gales=GB-WLS; de irlanda del norte=GB-NIR; de escocia=GB-SCT | es-ES
subdivision | alexa cuál es la capital del estado brasileño {} | de bahía=BR-BA; de minas gerais=BR-MG; de amazonas=BR-AM | es-ES
subdivision | alexa la capital del estado indio {} | de kerala=IN-KL; de rajastán=IN-RJ; de bengala occidental=IN-WB | es-ES

# Territories and dependencies.
territory | alexa cuál es la capital {} que son británicas | de las islas malvinas=FK; de gibraltar=GI; de las bermudas=BM | es-ES
territory | alexa la capital {} que es francia también | de la guayana francesa=GF; de martinica=MQ; de guadalupe la isla=GP | es-ES
territory | alexa de casualidad sabes la capital {} | de las islas caimán=KY; de aruba=AW; de curazao=CW | es-MX
territory | alexa la capital {} sabes cuál es | de groenlandia=GL; de las islas feroe=FO; de taiwán=TW | es-MX
territory | alexa what's la capital {} | de puerto rico=PR; de guam=GU; de samoa americana=AS | es-US
territory | alexa y la capital {} si es que tiene una | del sáhara occidental=EH; de las islas cook=CK; de la isla de man=IM | es-US

# Out of domain: other facts about a named country, "capital" in other senses, near misses, other skills.
out-of-domain | alexa cuántos habitantes tiene {} | méxico=FB; colombia=FB; españa=FB | es-ES
out-of-domain | alexa qué idioma se habla {} | en suiza=FB; en bélgica=FB; en filipinas=FB | es-ES
out-of-domain | alexa qué moneda usan {} | en marruecos=FB; en suecia=FB; en japón=FB | es-ES
out-of-domain | alexa qué hora es {} | en tokio=FB; en buenos aires=FB; en los ángeles=FB | es-ES
out-of-domain | alexa cuál es la ciudad más grande {} | de brasil=FB; de turquía=FB; de australia=FB | es-ES
out-of-domain | alexa quién es el presidente {} | de francia=FB; de chile=FB; de colombia=FB | es-MX
out-of-domain | alexa de qué color es la bandera {} | de irlanda=FB; de italia=FB; de jamaica=FB | es-MX
out-of-domain | alexa cuál es el prefijo telefónico {} | de méxico=FB; de cuba=FB; de honduras=FB | es-US
out-of-domain | alexa cuántos kilómetros hay de madrid a {} | parís=FB; lisboa=FB; roma=FB | es-ES
out-of-domain | alexa qué tiempo va a hacer {} | en londres=FB; en berlín=FB; en lima=FB | es-MX
out-of-domain | alexa cuál es el río más largo {} | de europa=FB; de áfrica=FB; de sudamérica=FB | es-MX
out-of-domain | alexa cuál es la comida típica {} | de perú=FB; de grecia=FB; de tailandia=FB | es-US
out-of-domain | alexa necesito visa para ir {} | a canadá=FB; a estados unidos=FB; a inglaterra=FB | es-US
out-of-domain | alexa cuál es el himno {} | de argentina=FB; de venezuela=FB; de nicaragua=FB | es-US
out-of-domain | alexa cuál es la montaña más alta {} | de españa=FB; de méxico=FB; de estados unidos=FB | es-ES
out-of-domain | alexa qué es el capital social de una empresa | FB | es-ES
out-of-domain | alexa cuáles son los siete pecados capitales | FB | es-ES
out-of-domain | alexa en qué países existe todavía la pena capital | FB | es-ES
out-of-domain | alexa quién escribió el capital | FB | es-ES
out-of-domain | alexa qué significa letra capital en un libro | FB | es-ES
out-of-domain | alexa cuánto capital necesito para abrir una cafetería | FB | es-ES
out-of-domain | alexa pon la radio | FB | es-ES
out-of-domain | alexa cuál es la capital europea de la cultura este año | FB | es-ES
out-of-domain | alexa cuál es la capital del mundo de la moda | FB | es-ES
out-of-domain | alexa cómo se dice capital en inglés | FB | es-ES
out-of-domain | alexa cuál es el capital de mi hipoteca pendiente | FB | es-ES
out-of-domain | alexa cuántas comunidades autónomas tiene españa | FB | es-ES
out-of-domain | alexa cuál es el país más pequeño del mundo | FB | es-ES
out-of-domain | alexa cuántos países hay en el mundo | FB | es-MX
out-of-domain | alexa qué es un delito capital | FB | es-MX
out-of-domain | alexa prende la luz de la sala | FB | es-MX
out-of-domain | alexa cuánto está el dólar hoy | FB | es-MX
out-of-domain | alexa cuál es la capital del tequila | FB | es-MX
out-of-domain | alexa a qué hora juega el américa | FB | es-MX
out-of-domain | alexa qué es el capital de trabajo | FB | es-MX
out-of-domain | alexa cuántos estados tiene méxico | FB | es-MX
out-of-domain | alexa pon una canción de los tigres del norte | FB | es-MX
out-of-domain | alexa cuál es la ciudad más poblada de méxico | FB | es-MX
out-of-domain | alexa qué es capitalismo | FB | es-MX
out-of-domain | alexa cuál es el volcán más alto de méxico | FB | es-MX
out-of-domain | alexa recuérdame sacar la basura | FB | es-MX
out-of-domain | alexa cuántos idiomas se hablan en la india | FB | es-MX
out-of-domain | alexa qué tan lejos queda la capital de aquí | FB | es-MX
out-of-domain | alexa cómo está el tráfico para llegar a la capital | FB | es-MX
out-of-domain | alexa cuál es el número de servicio al cliente de capital one | FB | es-US
out-of-domain | alexa qué es una ganancia de capital en los taxes | FB | es-US
out-of-domain | alexa cuántos estados tiene estados unidos | FB | es-US
out-of-domain | alexa pon reggaetón | FB | es-US
out-of-domain | alexa cuál es el estado más grande de estados unidos | FB | es-US
out-of-domain | alexa cómo se llama el gobernador de florida | FB | es-US
out-of-domain | alexa qué día es el día de la independencia de méxico | FB | es-US
out-of-domain | alexa cuál es la capital mundial del béisbol | FB | es-US
out-of-domain | alexa qué es el capitolio | FB | es-US
out-of-domain | alexa dónde está el consulado de guatemala | FB | es-US
out-of-domain | alexa cuántas personas viven en nueva york | FB | es-US
"""

if __name__ == "__main__":
    build_round(21, "es", LINES, sys.argv, "tests/Eval/es/round21/source/build_corpus.py")
