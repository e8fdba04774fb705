"""Round 19, Spanish (es-ES, es-MX, es-US): a new author's mix of speakers and situations, written blind. Spain: Castilian
colloquial speech ("vale", "tío", "tía", "venga", "oye una cosa", "jo", "vamos a ver"), Andalusians ("quillo", "illo",
"miarma", "pisha", "ozú"), Catalan speakers of Spanish ("escolta", "home", "nen"), Galicians ("neno", "carallo", "ho",
"un momentiño") and the Basque "aupa"; elders with the "usted" register and old country names, children doing their
"deberes". Mexico: "oye", "güey", "órale", "ándale", "qué onda", "neta", "a poco", "porfis", "ahorita", "no manches",
diminutives ("una preguntita", "rapidito", "tantito"), the Mexican states, "la unión americana". The US: Mexican-American
code-switching ("dime please", "what's la capital de", "okay so", "la tarea de social studies", "new york state"),
Puerto Ricans ("wepa", "chacho", "ay bendito", "mano"), Cubans ("qué bolá", "asere", "oye chico"), Dominicans ("dímelo",
"qué lo que", "diache"), Central Americans with "vos" ("decime", "sabés", "puchica", "chero", "maje", "vaya pues");
the US states. Situations: homework ("tarea", "deberes", "examen"), quiz nights and quiz apps ("preguntados", "trivial",
"pasapalabra"), crosswords with a letter count, travel planning, the car, the kitchen, the news, sport. Plus fillers
("eh", "este", "pues", "o sea", "a ver", "mmm"), tails, terse forms, corrections, follow-ups, checks, reverse
questions, old and official names, and what recognition writes (missing accents, "cuales" for "cuál es", "dela",
variant spellings, numbers as words).
`python3 tests/Eval/es/round19/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 19's number); an entry's fourth field is its locale."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Plain questions in each locale.
direct-question | cuál es la capital de {} | mauritania=MR; kirguistán=KG; gabón=GA | es-ES
direct-question | qué ciudad es la capital de {} | eritrea=ER; laos=LA; surinam=SR | es-ES
direct-question | me dices cuál es la capital de {} | ruanda=RW; omán=OM; letonia=LV | es-ES
direct-question | y cuál es la capital de {} | el camerún=CM; chad=TD; nepal=NP | es-MX
direct-question | cuál viene siendo la capital de {} | tanzania=TZ; bután=BT; albania=AL | es-MX
direct-question | qué es la capital de {} | paraguay=PY; moldavia=MD; zambia=ZM | es-US
direct-question | cuál es la capital de la {} | india=IN; argentina=AR; república centroafricana=CF | es-US
direct-question | sabes cuál es la capital del {} | perú=PE; líbano=LB; yemen=YE | es-US
direct-question | la capital de {} cuál viene siendo | uzbekistán=UZ; mongolia=MN; jordania=JO | es-MX

polite-request | por favor dime la capital de {} | malaui=MW; lesoto=LS; namibia=NA | es-ES
polite-request | me haces el favor de decirme la capital de {} | etiopía=ET; sierra leona=SL; togo=TG | es-MX
polite-request | me podrías decir cuál es la capital de {} por favor | croacia=HR; eslovenia=SI; lituania=LT | es-ES
polite-request | me puedes decir la capital de {} porfa | nicaragua=NI; guatemala=GT; honduras=HN | es-MX
polite-request | can you dime la capital de {} | vietnam=VN; camboya=KH; tailandia=TH | es-US
polite-request | quisiera saber la capital de {} | bangladés=BD; pakistán=PK; afganistán=AF | es-ES

do-you-know | tú sabes la capital de {} | ghana=GH; liberia=LR; guinea ecuatorial=GQ | es-MX
do-you-know | sabrías decirme la capital de {} | islandia=IS; estonia=EE; dinamarca=DK | es-ES
do-you-know | te sabes la capital de {} | madagascar=MG; mozambique=MZ; zimbabue=ZW | es-US
do-you-know | conoces la capital de {} | chipre=CY; malta=MT; irlanda=IE | es-ES

# Fillers, hesitations.
leading-filler | eh cuál es la capital de {} | bulgaria=BG; hungría=HU; rumanía=RO | es-ES
leading-filler | este cuál es la capital de {} | ecuador=EC; bolivia=BO; venezuela=VE | es-MX
leading-filler | pues a ver la capital de {} | finlandia=FI; noruega=NO; suecia=SE | es-ES
leading-filler | o sea cuál es la capital de {} | australia=AU; nueva zelanda=NZ; fiyi=FJ | es-US
leading-filler | mmm la capital de {} cuál era | somalia=SO; sudán del sur=SS; uganda=UG | es-MX
leading-filler | este eh la capital de {} | el salvador=SV; costa rica=CR; panamá=PA | es-US
leading-filler | es que no me acuerdo de la capital de {} | armenia=AM; azerbaiyán=AZ; kazajistán=KZ | es-ES
leading-filler | vamos a ver eh cuál es la capital de {} | serbia=RS; montenegro=ME; bosnia y herzegovina=BA | es-ES

trailing-words | la capital de {} gracias | túnez=TN; argelia=DZ; libia=LY | es-ES
trailing-words | cuál es la capital de {} porfis | egipto=EG; marruecos=MA; nigeria=NG | es-MX
trailing-words | cuál es la capital de {} please | brasil=BR; colombia=CO; chile=CL | es-US
trailing-words | dime la capital de {} y ya | jamaica=JM; haití=HT; cuba=CU | es-MX
trailing-words | la capital de {} por favor gracias | austria=AT; polonia=PL; eslovaquia=SK | es-ES

terse | capital {} | kenia=KE; senegal=SN; mali=ML | es-ES
terse | capital de {} rapidito | belice=BZ; guyana=GY; uruguay=UY | es-MX
terse | {} capital | japón=JP; china=CN; rusia=RU | es-US
terse | capital de {} ya | grecia=GR; portugal=PT; italia=IT | es-ES

# Spain: Castilian colloquial, Andalusian, Catalan, Galician and Basque speakers of Spanish.
spain-colloquial | oye tío cuál es la capital de {} | siria=SY; irak=IQ; irán=IR | es-ES
spain-colloquial | tía me dices la capital de {} vale | turquía=TR; ucrania=UA; bielorrusia=BY | es-ES
spain-colloquial | venga alexa la capital de {} | catar=QA; baréin=BH; kuwait=KW | es-ES
spain-colloquial | quillo cuál es la capital de {} | marruecos=MA; mauritania=MR; gambia=GM | es-ES
spain-colloquial | illo alexa dime la capital de {} miarma | portugal=PT; andorra=AD; mónaco=MC | es-ES
spain-colloquial | ozú pisha cuál era la capital de {} | filipinas=PH; indonesia=ID; malasia=MY | es-ES
spain-colloquial | escolta alexa cuál es la capital de {} | francia=FR; bélgica=BE; luxemburgo=LU | es-ES
spain-colloquial | home pues la capital de {} cuál es | suiza=CH; liechtenstein=LI; san marino=SM | es-ES
spain-colloquial | neno sabes la capital de {} ho | irlanda=IE; escocia=GB-SCT; gales=GB-WLS | es-ES
spain-colloquial | aupa alexa cuál es la capital de {} | alemania=DE; chequia=CZ; dinamarca=DK | es-ES
spain-colloquial | jo no me sale la capital de {} | tayikistán=TJ; turkmenistán=TM; kirguistán=KG | es-ES
spain-colloquial | espera un momentiño cuál es la capital de {} | cabo verde=CV; santo tomé y príncipe=ST; guinea-bisáu=GW | es-ES

# Mexico: colloquial forms and diminutives.
mexico-colloquial | oye güey cuál es la capital de {} | canadá=CA; cuba=CU; belice=BZ | es-MX
mexico-colloquial | qué onda alexa cuál es la capital de {} | españa=ES; argentina=AR; perú=PE | es-MX
mexico-colloquial | órale y la capital de {} cuál es | corea del sur=KR; japón=JP; tailandia=TH | es-MX
mexico-colloquial | una preguntita cuál es la capital de {} | noruega=NO; suecia=SE; finlandia=FI | es-MX
mexico-colloquial | ándale dime rapidito la capital de {} | guatemala=GT; honduras=HN; el salvador=SV | es-MX
mexico-colloquial | no manches ya se me olvidó la capital de {} | nicaragua=NI; panamá=PA; costa rica=CR | es-MX
mexico-colloquial | a ver alexa échame la mano con la capital de {} | bolivia=BO; ecuador=EC; paraguay=PY | es-MX
mexico-colloquial | oye y ahorita cuál es la capital de {} | birmania=MM; sudán=SD; kazajistán=KZ | es-MX
mexico-colloquial | fíjate que no sé la capital de {} me la dices | venezuela=VE; colombia=CO; uruguay=UY | es-MX
mexico-colloquial | oye alexa tantito cuál es la capital de {} güey | arabia saudita=SA; israel=IL; egipto=EG | es-MX

# The US: code-switching.
code-switching | hey alexa what's la capital de {} | guatemala=GT; el salvador=SV; honduras=HN | es-US
code-switching | okay so cuál es la capital de {} | nigeria=NG; ghana=GH; kenia=KE | es-US
code-switching | dime please la capital de {} | irlanda=IE; polonia=PL; ucrania=UA | es-US
code-switching | cuál es la capital de {} state | new york=US-NY; texas=US-TX; california=US-CA | es-US
code-switching | la capital de {} cuál es | south korea=KR; germany=DE; england=GB-ENG | es-US
code-switching | like cuál era la capital de {} you know | puerto rico=PR; cuba=CU; república dominicana=DO | es-US
code-switching | alexa necesito la capital de {} for my class | francia=FR; italia=IT; grecia=GR | es-US
code-switching | wait cuál es la capital de {} | vietnam=VN; filipinas=PH; china=CN | es-US
code-switching | so la capital de {} is what | méxico=MX; canadá=CA; brasil=BR | es-US
code-switching | alexa what is the capital de {} en español | perú=PE; chile=CL; argentina=AR | es-US

# The US: Puerto Rican, Cuban and Dominican speakers.
caribbean | wepa alexa cuál es la capital de {} | jamaica=JM; barbados=BB; bahamas=BS | es-US
caribbean | chacho y cuál es la capital de {} | trinidad y tobago=TT; granada=GD; santa lucía=LC | es-US
caribbean | ay bendito no me acuerdo de la capital de {} | haití=HT; dominica=DM; antigua y barbuda=AG | es-US
caribbean | qué bolá asere cuál es la capital de {} | venezuela=VE; españa=ES; rusia=RU | es-US
caribbean | oye chico dime la capital de {} | angola=AO; etiopía=ET; mozambique=MZ | es-US
caribbean | dímelo alexa cuál es la capital de {} | república dominicana=DO; haití=HT; puerto rico=PR | es-US
caribbean | qué lo que mano cuál es la capital de {} | san cristóbal y nieves=KN; san vicente y las granadinas=VC; santa lucía=LC | es-US
caribbean | diache se me olvidó la capital de {} | guyana=GY; surinam=SR; panamá=PA | es-US

# The US: Central Americans with "vos".
central-american | decime la capital de {} vos | belice=BZ; méxico=MX; cuba=CU | es-US
central-american | vos sabés cuál es la capital de {} | costa rica=CR; nicaragua=NI; colombia=CO | es-US
central-american | puchica cuál era la capital de {} | chile=CL; paraguay=PY; ecuador=EC | es-US
central-american | fíjese que quiero saber la capital de {} | marruecos=MA; túnez=TN; argelia=DZ | es-US
central-american | vaya pues maje cuál es la capital de {} | guatemala=GT; perú=PE; bolivia=BO | es-US

# Homework.
homework | estoy haciendo la tarea cuál es la capital de {} | gambia=GM; senegal=SN; guinea=GN | es-MX
homework | para los deberes de sociales cuál es la capital de {} | eslovaquia=SK; eslovenia=SI; croacia=HR | es-ES
homework | mi maestra pregunta la capital de {} | burkina faso=BF; níger=NE; benín=BJ | es-MX
homework | para mi homework cuál es la capital de {} | jamaica=JM; trinidad y tobago=TT; bahamas=BS | es-US
homework | tengo examen de geografía mañana cuál es la capital de {} | letonia=LV; lituania=LT; estonia=EE | es-ES
homework | la tarea de social studies dice cuál es la capital de {} | pakistán=PK; afganistán=AF; irán=IR | es-US
homework | pregunta número cinco la capital de {} | burundi=BI; ruanda=RW; uganda=UG | es-MX
homework | el profe nos ha mandado buscar la capital de {} | sri lanka=LK; maldivas=MV; bangladés=BD | es-ES

# Children.
young-child | alexa tengo siete años cuál es la capital de {} | china=CN; egipto=EG; australia=AU | es-ES
young-child | alexa mi mamá dice que te pregunte la capital de {} | japón=JP; francia=FR; canadá=CA | es-MX
young-child | alexa alexa cuál es la capital de {} | brasil=BR; india=IN; rusia=RU | es-US
young-child | cuál es la capital del país de los canguros | AU | es-ES
young-child | alexa dónde vive el presidente de estados unidos o sea la capital | US | es-US
young-child | alexa cuál es la capital de méxico | MX | es-MX
young-child | soy yo otra vez cuál es la capital de {} | italia=IT; grecia=GR; kenia=KE | es-MX

# Elders: "usted", old names.
elderly-formal | señorita hágame el favor de decirme la capital de {} | portugal=PT; hungría=HU; austria=AT | es-MX
elderly-formal | disculpe usted cuál es la capital de {} | rumanía=RO; bulgaria=BG; polonia=PL | es-ES
elderly-formal | buenas tardes quisiera saber la capital de {} | la argentina=AR; el paraguay=PY; el uruguay=UY | es-ES
elderly-formal | cuál es ahora la capital de lo que antes era {} | persia=IR; ceilán=LK; siam=TH | es-ES
elderly-formal | la capital de {} que ahora se llama de otra manera cuál es | dahomey=BJ; alto volta=BF; rodesia=ZW | es-ES
elderly-formal | mi nieto me preguntó la capital de {} usted me la puede decir | zaire=CD; el japón=JP; la china=CN | es-MX
elderly-formal | ay mija dígame por favor la capital de {} | españa=ES; el perú=PE; la florida=US-FL | es-US

# Quiz nights and quiz apps.
quiz-night | estamos jugando al trivial cuál es la capital de {} | catar=QA; omán=OM; emiratos árabes unidos=AE | es-ES
quiz-night | en preguntados me salió la capital de {} cuál es | kazajistán=KZ; mongolia=MN; nepal=NP | es-MX
quiz-night | rápido que se acaba el tiempo la capital de {} | eritrea=ER; yibuti=DJ; somalia=SO | es-ES
quiz-night | en pasapalabra con la a capital de {} | turquía=TR; jordania=JO; nigeria=NG | es-ES
quiz-night | estamos en noche de trivia cuál es la capital de {} | mauricio=MU; seychelles=SC; comoras=KM | es-US
quiz-night | apostamos a ver quién gana cuál es la capital de {} | nueva zelanda=NZ; australia=AU; canadá=CA | es-MX

crossword | crucigrama capital de {} cinco letras | chequia=CZ; ecuador=EC; senegal=SN | es-ES
crossword | capital de {} de cuatro letras | perú=PE; fiyi=FJ; togo=TG | es-MX
crossword | estoy con el crucigrama capital de {} con seis letras | sudán=SD; grecia=GR; irak=IQ | es-ES

# Travel planning.
travel-planning | me voy de viaje a {} cuál es la capital | vietnam=VN; marruecos=MA; jordania=JO | es-ES
travel-planning | vamos a ir de vacaciones a {} y quiero saber la capital | costa rica=CR; colombia=CO; perú=PE | es-MX
travel-planning | tengo un vuelo para {} cuál es la capital de allá | el salvador=SV; honduras=HN; guatemala=GT | es-US
travel-planning | estoy planeando un crucero por {} cuál es la capital | grecia=GR; croacia=HR; noruega=NO | es-US
travel-planning | quiero hacer un interrail por {} cómo se llama la capital | hungría=HU; eslovenia=SI; bosnia=BA | es-ES
travel-planning | mi esposo quiere ir a {} cuál es la capital de ese país | turquía=TR; egipto=EG; tailandia=TH | es-MX

# In the car.
driving | voy manejando dime la capital de {} | nuevo méxico=US-NM; colorado=US-CO; utah=US-UT | es-US
driving | voy conduciendo dime la capital de {} | suecia=SE; dinamarca=DK; países bajos=NL | es-ES
driving | vamos en la carretera y los niños quieren saber la capital de {} | jalisco=MX-JAL; sonora=MX-SON; sinaloa=MX-SIN | es-MX

# In the kitchen.
cooking | estoy haciendo una receta de {} cuál es su capital | marruecos=MA; líbano=LB; india=IN | es-ES
cooking | tengo las manos en la masa dime la capital de {} | vietnam=VN; perú=PE; hungría=HU | es-MX
cooking | mientras se cocina el arroz cuál es la capital de {} | filipinas=PH; indonesia=ID; corea del sur=KR | es-US

# The news.
news-item | salió en las noticias {} cuál es la capital de ese país | sudán=SD; myanmar=MM; níger=NE | es-ES
news-item | vi en el noticiero algo de {} cuál es su capital | haití=HT; venezuela=VE; nicaragua=NI | es-MX
news-item | están hablando de {} en la tele cuál es la capital | taiwán=TW; ucrania=UA; israel=IL | es-US
news-item | en el telediario han dicho algo de {} cuál es la capital | yemen=YE; siria=SY; libia=LY | es-ES

# Sport.
sport | juega la selección contra {} cuál es la capital de allí | islandia=IS; gales=GB-WLS; escocia=GB-SCT | es-ES
sport | en el mundial juega {} cuál es la capital | marruecos=MA; camerún=CM; senegal=SN | es-MX
sport | el pelotero es de {} cuál es la capital | república dominicana=DO; venezuela=VE; cuba=CU | es-US
sport | la carrera de fórmula uno es en {} cuál es la capital de ese país | baréin=BH; azerbaiyán=AZ; arabia saudí=SA | es-ES
sport | el boxeador es de {} cuál es la capital | filipinas=PH; ucrania=UA; kazajistán=KZ | es-MX

# What recognition writes: missing accents, joined and split words, variant spellings.
asr-artefact | cual es la capital de {} pues | peru=PE; japon=JP; canada=CA | es-MX
asr-artefact | cuales la capital de {} | mexico=MX; panama=PA; belgica=BE | es-ES
asr-artefact | capital dela {} | india=IN; republica dominicana=DO; argentina=AR | es-US
asr-artefact | cual es la capital de {} porfavor | kenya=KE; zimbabwe=ZW; qatar=QA | es-US
asr-artefact | dime la capital de {} | bahrein=BH; iraq=IQ; kazakhstan=KZ | es-ES
asr-artefact | la capital de {} cual es | azerbaiyan=AZ; uzbekistan=UZ; afganistan=AF | es-MX
asr-artefact | cual es la capital de {} | guinea bissau=GW; timor leste=TL; bosnia herzegovina=BA | es-ES
asr-artefact | cuál es la capital de {} en el mapa | nueva zelandia=NZ; tailandia=TH; camerun=CM | es-US
asr-artefact | la capital de la {} | republica checa=CZ; republica de sudafrica=ZA; republica del peru=PE | es-MX
asr-artefact | la capital de {} sabes cuál es | sud áfrica=ZA; costarica=CR; burkinafaso=BF | es-ES
asr-artefact | cuál es la capital de {} oye | vietnán=VN; bangladesh=BD; kirguizistán=KG | es-MX
asr-artefact | cuales la capital de {} eh | moldova=MD; belarus=BY; eswatini=SZ | es-US

# Self-corrections: the place said last.
self-correction | cuál es la capital de austria perdón de australia | AU | es-ES
self-correction | dime la capital de suecia no espera de suiza | CH | es-ES
self-correction | la capital de eslovenia digo de eslovaquia | SK | es-MX
self-correction | cuál es la capital de nigeria no no de níger | NE | es-US
self-correction | la capital de irán ay perdón de irak | IQ | es-MX
self-correction | cuál es la capital de colombia o sea de bolivia | BO | es-US
self-correction | capital de guinea no de guinea ecuatorial | GQ | es-ES
self-correction | cuál es la capital de letonia bueno no de lituania | LT | es-ES
self-correction | la capital de mali mejor dicho de mauritania | MR | es-MX
self-correction | cuál es la capital de malasia no me equivoqué de indonesia | ID | es-US
self-correction | dime la capital de islandia uy no de irlanda | IE | es-ES
self-correction | cuál es la capital de gambia este no de zambia | ZM | es-MX
self-correction | what's la capital de honduras no wait de nicaragua | NI | es-US
self-correction | la capital de dinamarca ah no quería decir noruega | NO | es-ES
self-correction | cuál es la capital de uganda ay no güey de ruanda | RW | es-MX
self-correction | la capital de sudán del sur no del sur no de sudán | SD | es-US

# Follow-ups after a first answer.
follow-up | y la de {} | chile=CL; uruguay=UY; grecia=GR | es-ES
follow-up | y de {} | camboya=KH; laos=LA; tonga=TO | es-MX
follow-up | and de {} | honduras=HN; belice=BZ; cuba=CU | es-US
follow-up | y la capital de {} entonces | samoa=WS; vanuatu=VU; tuvalu=TV | es-ES
follow-up | ahora dime la de {} | kiribati=KI; nauru=NR; palaos=PW | es-MX
follow-up | okay y {} | ecuador=EC; jordania=JO; siria=SY | es-US
follow-up | vale y la de {} | micronesia=FM; islas marshall=MH; islas salomón=SB | es-ES
follow-up | y para {} | papúa nueva guinea=PG; timor oriental=TL; brunéi=BN | es-US

# Checks: the place asked about.
yes-no-check | es cierto que la capital de {} es sídney | australia=AU | es-ES
yes-no-check | a poco la capital de canadá es ottawa | CA | es-MX
yes-no-check | neta la capital de turquía no es estambul | TR | es-MX
yes-no-check | verdad que la capital de marruecos es rabat | MA | es-ES
yes-no-check | la capital de brasil es río de janeiro o no | BR | es-US
yes-no-check | is it true que la capital de nigeria es lagos | NG | es-US
yes-no-check | es lima la capital del perú | PE | es-ES
yes-no-check | la capital de suiza es zúrich verdad | CH | es-MX
yes-no-check | oye la capital de nueva zelanda es auckland sí o no | NZ | es-US
yes-no-check | me dijeron que la capital de vietnam es hanói es así | VN | es-ES
yes-no-check | la capital de kazajistán sigue siendo astana | KZ | es-MX
yes-no-check | tengo razón en que la capital de tanzania es dodoma | TZ | es-ES
yes-no-check | la capital de pakistán es karachi no | PK | es-US
yes-no-check | mi hermano dice que la capital de myanmar es rangún es verdad | MM | es-MX
yes-no-check | bogotá es la capital de colombia cierto | CO | es-US
yes-no-check | es nueva york la capital del estado de nueva york | US-NY | es-US

# Reverse questions: a city to its country.
reverse-question | de qué país es capital {} | tegucigalpa=CITY:tegucigalpa; asunción=CITY:asunción; montevideo=CITY:montevideo | es-MX
reverse-question | {} es la capital de qué país | ulán bator=CITY:ulán bator; katmandú=CITY:katmandú; kigali=CITY:kigali | es-ES
reverse-question | qué país tiene como capital {} | bamako=CITY:bamako; windhoek=CITY:windhoek; ammán=CITY:ammán | es-ES
reverse-question | {} de qué país es la capital | managua=CITY:managua; quito=CITY:quito; la habana=CITY:la habana | es-US
reverse-question | de dónde es capital {} | reikiavik=CITY:reikiavik; tiflis=CITY:tiflis; ereván=CITY:ereván | es-ES
reverse-question | {} es capital de cuál país | ouagadougou=CITY:uagadugú; yamena=CITY:yamena; nairobi=CITY:nairobi | es-US
reverse-question | en qué país está la capital {} | caracas=CITY:caracas; santo domingo=CITY:santo domingo; bogotá=CITY:bogotá | es-MX
reverse-question | qué estado tiene de capital {} | sacramento=CITY:sacramento; tallahassee=CITY:tallahassee; austin=CITY:austin | es-US
reverse-question | {} es capital de qué estado | morelia=CITY:morelia; hermosillo=CITY:hermosillo; chetumal=CITY:chetumal | es-MX

# Official long names.
official-name | cuál es la capital oficial de la {} | república federal de alemania=DE; república popular china=CN; república islámica de irán=IR | es-ES
official-name | capital de los {} | estados unidos mexicanos=MX; emiratos árabes unidos=AE; estados unidos de américa=US | es-MX
official-name | me dices la capital de la {} | república oriental del uruguay=UY; república bolivariana de venezuela=VE; república de colombia=CO | es-US
official-name | cuál es la capital del {} | reino de marruecos=MA; reino de tailandia=TH; reino hachemita de jordania=JO | es-ES
official-name | la capital de la {} cuál es | federación de rusia=RU; confederación suiza=CH; república helénica=GR | es-ES
official-name | y la capital del {} | reino unido de gran bretaña e irlanda del norte=GB; estado de israel=IL; gran ducado de luxemburgo=LU | es-MX
official-name | dime la capital de la {} | república de côte d'ivoire=CI; república democrática federal de etiopía=ET; república federal de nigeria=NG | es-US

# Everyday names.
everyday-name | cuál es la capital de {} me puedes decir | holanda=NL; inglaterra=GB-ENG; costa de marfil=CI | es-ES
everyday-name | la capital de {} me la dices | la república checa=CZ; gran bretaña=GB; birmania=MM | es-MX
everyday-name | cuál es la capital de {} hoy en día | suazilandia=SZ; timor oriental=TL; macedonia=MK | es-US
everyday-name | dime cuál es la capital de {} | los emiratos=AE; el vaticano=VA; la unión americana=US | es-MX
everyday-name | me sabes decir la capital de {} | arabia saudita=SA; las bahamas=BS; bosnia=BA | es-MX
everyday-name | y la capital de {} cuál sería | estados unidos=US; el congo belga=CD; trinidad=TT | es-US

# Names several places share, and look-alikes where the exact name wins.
shared-name | cuál es la capital de corea | KP+KR | es-ES
shared-name | la capital de las dos coreas | KP+KR | es-MX
shared-name | cuál es la capital del congo | CD+CG | es-MX
shared-name | capital de los dos congos | CD+CG | es-ES
shared-name | cuál es la capital de georgia | GE+US-GA | es-US
shared-name | y la capital de georgia cuál es | GE+US-GA | es-ES
shared-name | cuál es la capital de las islas vírgenes | VG+VI | es-US
shared-name | cuál es la capital de corea del norte | KP | es-US
shared-name | la capital de la república del congo | CG | es-ES
shared-name | la capital de la república democrática del congo | CD | es-US
shared-name | cuál es la capital de guinea | GN | es-MX
shared-name | cuál es la capital de dominica | DM | es-US
shared-name | capital de níger el país no el río | NE | es-ES
shared-name | la capital de sudán a secas | SD | es-ES
shared-name | capital de la guayana francesa | GF | es-MX

# Countries with several capitals, asked in the plural.
plural-capitals | cuáles son las capitales de sudáfrica | ZA | es-ES
plural-capitals | sudáfrica tiene tres capitales cuáles son | ZA | es-MX
plural-capitals | dime las tres capitales de sudáfrica | ZA | es-US
plural-capitals | cuáles son las dos capitales de bolivia | BO | es-MX
plural-capitals | bolivia tiene dos capitales verdad cuáles son | BO | es-US
plural-capitals | las capitales de holanda cuáles son | NL | es-ES
plural-capitals | qué capitales tienen los países bajos | NL | es-US
plural-capitals | cuáles son las capitales de malasia | MY | es-MX
plural-capitals | malasia tiene dos capitales me las dices | MY | es-ES
plural-capitals | cuáles son las capitales de palestina | PS | es-ES
plural-capitals | qué dos capitales tiene palestina | PS | es-US
plural-capitals | dime las capitales de sri lanka | LK | es-MX
plural-capitals | sri lanka cuántas capitales tiene y cuáles son | LK | es-ES
plural-capitals | cuáles son las capitales de benín | BJ | es-US
plural-capitals | las dos capitales de benín porfa | BJ | es-MX
plural-capitals | cuáles son las capitales de costa de marfil | CI | es-ES
plural-capitals | la costa de marfil tiene dos capitales cuáles son | CI | es-US
plural-capitals | cuáles son las capitales de esuatini | SZ | es-MX
plural-capitals | suazilandia tiene dos capitales cuáles son | SZ | es-ES
plural-capitals | cuáles son las capitales de los países bajos | NL | es-MX
plural-capitals | what are las capitales de malasia | MY | es-US

# Subdivisions and territories.
subdivision | oye y la capital de {} | chiapas=MX-CHP; quintana roo=MX-ROO; yucatán=MX-YUC | es-MX
subdivision | la capital del estado de {} | nuevo león=MX-NLE; coahuila=MX-COA; tamaulipas=MX-TAM | es-MX
subdivision | oye cuál es la capital de {} | veracruz=MX-VER; michoacán=MX-MIC; guerrero=MX-GRO | es-MX
subdivision | y la capital de {} cuál es | baja california=MX-BCN; baja california sur=MX-BCS; durango=MX-DUR | es-MX
subdivision | capital del estado de {} | zacatecas=MX-ZAC; nayarit=MX-NAY; morelos=MX-MOR | es-MX
subdivision | qué ciudad es capital de {} | hidalgo=MX-HID; tabasco=MX-TAB; el estado de méxico=MX-MEX | es-MX
subdivision | cuál es la capital del estado de {} | florida=US-FL; illinois=US-IL; pensilvania=US-PA | es-US
subdivision | y {} qué capital tiene | arizona=US-AZ; nevada=US-NV; nueva jersey=US-NJ | es-US
subdivision | what's la capital de {} | north carolina=US-NC; washington state=US-WA; louisiana=US-LA | es-US
subdivision | capital del estado de {} please | oregon=US-OR; alaska=US-AK; hawaii=US-HI | es-US
subdivision | sabes la capital de {} | puerto rico=PR; las islas malvinas=FK; gibraltar=GI | es-ES
subdivision | la capital de {} | escocia=GB-SCT; irlanda del norte=GB-NIR; baviera=DE-BY | es-ES
subdivision | cuál es la capital de la provincia de {} | quebec=CA-QC; ontario=CA-ON; columbia británica=CA-BC | es-US
subdivision | y la capital de {} | groenlandia=GL; las islas feroe=FO; el sáhara occidental=EH | es-ES
subdivision | y cuál es la capital de {} por cierto | la polinesia francesa=PF; nueva caledonia=NC; guadalupe=GP | es-ES

# Not capital questions.
out-of-domain | cuántos habitantes tiene méxico | FB | es-MX
out-of-domain | qué moneda usan en japón | FB | es-ES
out-of-domain | qué idioma se habla en suiza | FB | es-ES
out-of-domain | quién es el presidente de argentina | FB | es-US
out-of-domain | cuál es el río más largo de áfrica | FB | es-MX
out-of-domain | cuál es el planeta más grande del sistema solar | FB | es-US
out-of-domain | cuéntame un chiste | FB | es-ES
out-of-domain | pon música de bad bunny | FB | es-US
out-of-domain | qué tiempo va a hacer mañana en sevilla | FB | es-ES
out-of-domain | cuántos estados tiene méxico | FB | es-MX
out-of-domain | cuál es la ciudad más poblada de estados unidos | FB | es-US
out-of-domain | cuáles son los siete pecados capitales | FB | es-ES
out-of-domain | en qué países hay pena capital | FB | es-US
out-of-domain | cuánto capital necesito para abrir un negocio | FB | es-MX
out-of-domain | qué hora es en buenos aires | FB | es-ES
out-of-domain | cuál es el país más pequeño del mundo | FB | es-MX
out-of-domain | cuál es la bandera de colombia | FB | es-US
out-of-domain | cuántos kilómetros hay de madrid a barcelona | FB | es-ES
out-of-domain | dónde queda machu picchu | FB | es-MX
out-of-domain | cuál es el himno de puerto rico | FB | es-US
out-of-domain | qué es una letra capital | FB | es-ES
out-of-domain | cuál es la montaña más alta de américa | FB | es-MX
out-of-domain | cómo se dice capital en inglés | FB | es-US
out-of-domain | cuál es la comida típica de perú | FB | es-MX
out-of-domain | a qué hora juega el real madrid | FB | es-ES
out-of-domain | cuánto es un dólar en pesos mexicanos | FB | es-MX
out-of-domain | quién ganó el mundial de dos mil diez | FB | es-ES
out-of-domain | cuál es el océano más grande | FB | es-US
out-of-domain | pon la radio | FB | es-ES
out-of-domain | me recomiendas una serie | FB | es-MX
out-of-domain | cuál es la capital mundial del tequila | FB | es-MX
out-of-domain | qué significa capital social | FB | es-US
out-of-domain | cuántos países hay en áfrica | FB | es-ES
out-of-domain | cuál es el idioma oficial de brasil | FB | es-US
out-of-domain | dónde nació simón bolívar | FB | es-MX
out-of-domain | cuál es el desierto más grande del mundo | FB | es-ES
out-of-domain | cuánto mide la torre eiffel | FB | es-US
out-of-domain | llama a mi mamá | FB | es-US
out-of-domain | qué temperatura hace en marte | FB | es-MX
out-of-domain | cuántas lunas tiene júpiter | FB | es-MX
out-of-domain | pon una alarma a las siete | FB | es-ES
out-of-domain | cuántos habitantes tiene la capital de japón | FB | es-MX
out-of-domain | cuál es el estado más grande de estados unidos | FB | es-US
out-of-domain | qué países hacen frontera con bolivia | FB | es-ES
out-of-domain | cuál es la moneda de guatemala | FB | es-US
out-of-domain | cuéntame algo de la historia de roma | FB | es-ES
out-of-domain | qué equipo ganó la copa américa | FB | es-MX
out-of-domain | oye chico qué hora es | FB | es-US
out-of-domain | güey cuál es tu canción favorita | FB | es-MX
out-of-domain | cómo se hace una paella | FB | es-ES
out-of-domain | cuánto cuesta un vuelo a cancún | FB | es-US
out-of-domain | cuál es el animal nacional de méxico | FB | es-MX
out-of-domain | quién pintó las meninas | FB | es-ES
out-of-domain | dónde está el mar muerto | FB | es-US
out-of-domain | cuánto es el capital mínimo de una sociedad limitada | FB | es-ES

# Help.
help | cómo funciona esto | HELP | es-ES
help | qué puedo preguntarte | HELP | es-MX
help | ayuda por favor | HELP | es-US
help | no sé qué decir | HELP | es-ES
help | cómo se usa esta skill | HELP | es-ES
help | qué preguntas sabes contestar | HELP | es-MX
help | cómo le hago | HELP | es-MX
help | help me please | HELP | es-US
help | necesito ayuda | HELP | es-US
help | y esto para qué sirve | HELP | es-ES
help | qué tengo que decir | HELP | es-MX
help | explícame cómo va esto | HELP | es-ES
help | no entiendo cómo funciona | HELP | es-US
help | cómo te pregunto una capital | HELP | es-MX
help | me ayudas | HELP | es-US
help | qué hago ahora | HELP | es-ES
help | dame instrucciones | HELP | es-MX
help | ayúdame tío que no sé cómo va | HELP | es-ES
help | cómo funciona esto de las capitales | HELP | es-US
help | qué cosas sabes | HELP | es-MX

# Stop.
stop | para | STOP | es-ES
stop | ya para | STOP | es-MX
stop | stop | STOP | es-US
stop | ya basta | STOP | es-ES
stop | detente | STOP | es-MX
stop | salir | STOP | es-US
stop | cierra capitales del mundo | STOP | es-ES
stop | adiós | STOP | es-MX
stop | ya estuvo gracias | STOP | es-MX
stop | ya está vale gracias | STOP | es-ES
stop | bye alexa | STOP | es-US
stop | termina | STOP | es-US
stop | cállate | STOP | es-ES
stop | chao | STOP | es-US
stop | hasta luego alexa | STOP | es-ES
stop | ya terminé gracias | STOP | es-MX
stop | sal de la skill | STOP | es-ES
stop | ya no quiero más capitales | STOP | es-MX
stop | apágate | STOP | es-US
stop | okay ya stop | STOP | es-US

# Cancel.
cancel | cancela | CANCEL | es-ES
cancel | cancelar | CANCEL | es-MX
cancel | cancel | CANCEL | es-US
cancel | olvídalo | CANCEL | es-ES
cancel | déjalo | CANCEL | es-ES
cancel | mejor no | CANCEL | es-MX
cancel | nada olvídalo | CANCEL | es-US
cancel | no importa | CANCEL | es-MX
cancel | never mind | CANCEL | es-US
cancel | olvida lo que te dije | CANCEL | es-ES
cancel | anula eso | CANCEL | es-ES
cancel | no no cancela | CANCEL | es-MX
cancel | déjalo estar | CANCEL | es-ES
cancel | ahorita no gracias | CANCEL | es-MX
cancel | cancela eso please | CANCEL | es-US
cancel | ya no importa olvídalo | CANCEL | es-US
cancel | ah no nada cancela | CANCEL | es-MX
cancel | me equivoqué cancela | CANCEL | es-ES
cancel | no era eso cancela | CANCEL | es-US
cancel | ándale cancélalo | CANCEL | es-MX

# Launch.
launch | abre capitales del mundo | LAUNCH | es-ES
launch | abre capitales del mundo | LAUNCH | es-MX
launch | open capitales del mundo | LAUNCH | es-US
launch | inicia capitales del mundo | LAUNCH | es-MX
launch | quiero jugar a capitales del mundo | LAUNCH | es-ES
launch | pon capitales del mundo | LAUNCH | es-ES
launch | ábreme capitales del mundo porfa | LAUNCH | es-MX
launch | alexa abre capitales del mundo | LAUNCH | es-US

# One-shot requests through the invocation name.
one-shot-invocation | pregúntale a capitales del mundo cuál es la capital de {} | gabón=GA; mongolia=MN; botsuana=BW | es-ES
one-shot-invocation | pídele a capitales del mundo la capital de {} | malaui=MW; lesoto=LS; zambia=ZM | es-MX
one-shot-invocation | abre capitales del mundo y dime la capital de {} | cabo verde=CV; comoras=KM; yibuti=DJ | es-US
# Added after the first build: Singapore (the one sovereign country not yet asked), more plural questions, help, stop and
# cancel (a few of the first ones were in earlier rounds).
news-item | en las noticias de la mañana hablaron de singapur eso tiene capital | SG | es-US
plural-capitals | en bolivia cuál es la capital la paz o sucre o las dos | BO | es-ES
plural-capitals | palestina tiene dos capitales no cuáles son | PS | es-MX
plural-capitals | cuántas capitales tiene sudáfrica güey | ZA | es-MX
help | oye cómo se juega a esto | HELP | es-ES
help | no sé cómo usar esto ayúdame | HELP | es-US
help | qué se supone que tengo que preguntar | HELP | es-MX
stop | ya no más alexa | STOP | es-MX
stop | bueno ya está adiós | STOP | es-ES
stop | quit | STOP | es-US
stop | para ya tía | STOP | es-ES
cancel | déjalo da igual | CANCEL | es-ES
cancel | no mejor olvídalo güey | CANCEL | es-MX
cancel | cancela cancela | CANCEL | es-US
cancel | nah forget it | CANCEL | es-US
"""

if __name__ == "__main__":
    build_round(19, "es", LINES, sys.argv, "tests/Eval/es/round19/source/build_corpus.py")
