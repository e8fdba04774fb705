"""Round 32, Spanish (es-ES, es-MX, es-US): a new author's mix of speakers and situations, written blind.

Written at the end of the thirty-first session by the corpus38-es helper (brief WRITER38.md), without the voice model,
the simulator, the skill's code or earlier rounds' halves. Speakers and situations, chosen to differ from rounds 28-31:

es-ES: Bizkaia and Gipuzkoa (Bilbao, Donostia: "aupa", "ene", "motel", "bai", a txoko, a pelota frontón, a Bilbao ría
shipyard retiree), Salamanca (university students, a Plaza Mayor tuna), Mallorca and Ibiza (hotel housekeepers, a
Sóller fisherman: "al lot", "uep"), Albacete (a knife workshop, the September fair), Almería (a Cabo de Gata diver),
Colombian nurses and Argentine waiters in Madrid and Palma, a Senegalese street vendor learning Spanish, German
retirees in Mallorca, a pharmacy, a laundrette, a tattoo studio, a choir rehearsal, a radio quiz call, a night bus, a
grandmother with her granddaughter, a ten-year-old.
es-MX: Oaxaca (Zapotec speakers, a mezcal palenque, the Guelaguetza), Yucatán (Mérida: "bomba", "hasta el tucho",
"fuchi", a hammock weaver, the Tren Maya), Veracruz (a jarocho son band, the port: "chaparro", "qué pasión"),
Guadalajara (tapatíos: "ira", "bien acá", a charreada, a tortas ahogadas stall), Baja California Sur (La Paz, a
panga fisherman), Aguascalientes (the San Marcos fair), a telesecundaria, a tianguis, a taquería at midnight.
es-US: Puerto Ricans in Orlando ("wepa", "bendito", "mano", "chacho"), Cubans in Hialeah ("asere", "qué bolá", a
domino table), Salvadorans in Los Angeles ("puchica", "cipote", "chivo", a pupusa truck), Colombians in Queens
("parce", "qué más pues"), Guatemalans at a Nebraska meatpacking plant, Peruvians in Paterson ("pata", "causa"),
Chicago Mexican-Americans and Texas teenagers in Spanglish ("like", "bro", "ok so").

Ways of asking: direct questions, polite requests, leading fillers and hesitations, trailing words, follow-ups, yes/no
checks with right and wrong guesses, self-corrections with a marker ("digo", "perdón", "quiero decir", "me equivoqué";
the last place named is expected), reverse questions, official, everyday and old names, shared names (Congo, Corea,
Georgia, the Virgin Islands), plurals (every several-capital country and Palestine), subdivisions and territories, ASR
artefacts, learners, children and elders, one-shot requests through "capitales del mundo", launch, help, stop,
cancel, and about 12% out of domain (near misses)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# ---------------------------------------------------------------- es-ES
# Bizkaia and Gipuzkoa: Bilbao, Donostia, a txoko, a frontón, a shipyard retiree
leading-filler | aupa oye cuál es la capital {} | de noruega=NO; de suecia=SE; de islandia=IS
leading-filler | ene pues a ver la capital {} cuál es | de dinamarca=DK; de irlanda=IE; de finlandia=FI
situation | estamos en el txoko con la merluza y nadie sabe la capital {} | de bélgica=BE; de luxemburgo=LU; de suiza=CH
situation | en el frontón entre partido y partido dime la capital {} | de austria=AT; de hungría=HU; de chequia=CZ
elder | yo trabajé en el astillero de la ría y había barcos {} cuál es la capital de allí | de liberia=LR; de panamá=PA; de malta=MT
direct-question | motel tú que sabes tanto cuál es la capital {} | de polonia=PL; de ucrania=UA; de bielorrusia=BY
follow-up | bai y la de letonia | LV
follow-up | y la de estonia motel | EE
follow-up | ene y la de lituania entonces | LT
yes-no-check | la capital de islandia es reikiavik no | IS
yes-no-check | aupa la capital de suiza es ginebra verdad | CH
yes-no-check | a que la capital de noruega es estocolmo | NO
self-correction | la capital de suecia digo de noruega | NO
self-correction | dime la capital de austria ene perdón de australia | AU
reverse-question | bruselas de qué país es capital motel | CITY:Bruselas
reverse-question | oye copenhague es capital de dónde | CITY:Copenhague
trailing-words | la capital de irlanda que estamos con el pintxo pote | IE
trailing-words | cuál es la capital de escocia que juega el athletic allí | GB-SCT
# Salamanca: university students, a tuna in the Plaza Mayor
situation | estudiando para el examen de geografía cuál es la capital {} | de kazajistán=KZ; de uzbekistán=UZ; de turkmenistán=TM
situation | en el piso de estudiantes apostamos una birra a ver la capital {} | de kirguistán=KG; de tayikistán=TJ; de mongolia=MN
situation | la tuna está cantando en la plaza mayor y pregunta uno la capital {} | de portugal=PT; de italia=IT; de grecia=GR
direct-question | tía sabes la capital {} | de azerbaiyán=AZ; de armenia=AM; de georgia el país=GE
yes-no-check | la capital de kazajistán es astana o no | KZ
yes-no-check | la capital de mongolia era ulán bator verdad | MN
yes-no-check | la capital de uzbekistán es samarcanda a que sí | UZ
self-correction | cuál es la capital de tayikistán uy no quiero decir kirguistán | KG
reverse-question | ereván es la capital de qué país | CITY:Ereván
reverse-question | bakú es capital de qué sitio | CITY:Bakú
official-name | cuál es la capital de la república helénica | GR
official-name | capital de la república portuguesa porfa | PT
official-name | la capital de la república italiana cuál es | IT
# Mallorca and Ibiza: hotel housekeepers, a Sóller fisherman, German retirees
situation | haciendo las habitaciones del hotel un cliente me pregunta la capital {} | de alemania=DE; de países bajos=NL; de francia=FR
situation | uep al lot en la barca de sóller dime la capital {} | de túnez=TN; de argelia=DZ; de libia=LY
situation | en la discoteca de ibiza un guiri me dice que es {} cuál es su capital | de lituania=LT; de eslovenia=SI; de croacia=HR
learner | ich bin alemán cuál es capital {} bitte | de austria para mí=AT; de suiza para mí=CH
learner | yo vivir en mallorca diez años capital de {} cuál es | dinamarca por favor=DK; noruega por favor=NO
learner | perdone mi español es malo la capital de holanda es ámsterdam | NL
follow-up | y de las islas feroe | FO
follow-up | uep y de groenlandia | GL
yes-no-check | la capital de alemania es berlín verdad al lot | DE
yes-no-check | la capital de francia es lyon | FR
self-correction | la capital de eslovenia perdón de eslovaquia | SK
# Albacete: a knife workshop, the September fair; Almería: a Cabo de Gata diver
situation | afilando navajas en el taller me ha dado por pensar la capital {} | de japón=JP; de china=CN; de corea del sur=KR
situation | en la feria de albacete dice mi cuñado que la capital {} | de rusia=RU; de turquía=TR; de irán=IR
situation | buceando en cabo de gata un francés me habla {} cuál es la capital de allí | de madagascar=MG; de mauricio=MU; de comoras=KM
direct-question | cuál es la capital de las seychelles | SC
direct-question | qué capital tiene cabo verde | CV
yes-no-check | la capital de japón es tokio no | JP
yes-no-check | la capital de turquía es estambul verdad | TR
yes-no-check | oye la capital de china es shanghái | CN
reverse-question | ankara de qué país es la capital | CITY:Ankara
reverse-question | teherán es la capital de cuál | CITY:Teherán
old-name | cuál era la capital de persia | IR
old-name | la capital de siam cuál era | TH
old-name | capital de ceilán | LK
# Colombian nurses and Argentine waiters in Madrid and Palma
situation | en el turno de noche de la uci la compañera pregunta la capital {} | de colombia=CO; de ecuador=EC; de venezuela=VE
direct-question | che decime la capital {} | de uruguay=UY; de paraguay=PY; de chile=CL
polite-request | me hace el favor y me dice la capital {} | de perú=PE; de costa rica=CR; de honduras=HN
follow-up | y la de bolivia che | BO
follow-up | y la de el salvador mi amor | SV
yes-no-check | la capital de colombia es medellín verdad | CO
yes-no-check | la capital de uruguay es montevideo viste | UY
self-correction | la capital de paraguay no perdón la de uruguay | UY
reverse-question | quito es la capital de qué país sumercé | CITY:Quito
# A Senegalese street vendor learning Spanish
learner | hermano tú sabes capital {} | de senegal=SN; de gambia=GM; de mali=ML
learner | capital de {} cuál es amigo | guinea=GN; guinea bisáu=GW; mauritania=MR
learner | yo soy de senegal pero mi primo vive en {} cuál es capital | costa de marfil=CI; burkina faso=BF
follow-up | y níger amigo | NE
# Pharmacy, laundrette, tattoo studio, choir, radio quiz, night bus
situation | en la farmacia esperando la receta cuál es la capital {} | de egipto=EG; de sudán=SD; de etiopía=ET
situation | mientras centrifuga la lavadora dime la capital {} | de kenia=KE; de uganda=UG; de tanzania=TZ
situation | estoy tatuando un mapa en un brazo cuál es la capital {} | de nueva zelanda=NZ; de fiyi=FJ; de samoa=WS
situation | en el ensayo del coro la soprano quiere saber la capital {} | de rumanía=RO; de bulgaria=BG; de moldavia=MD
situation | llamo a la radio para el concurso y me toca la capital {} | de jordania=JO; de siria=SY; de líbano=LB
situation | en el búho de madrid volviendo a casa cuál es la capital {} | de irak=IQ; de kuwait=KW; de baréin=BH
trailing-words | cuál es la capital de catar que tengo prisa | QA
trailing-words | la capital de omán y ya está | OM
trailing-words | la capital de yemen nada más | YE
yes-no-check | la capital de egipto es el cairo verdad | EG
yes-no-check | la capital de kenia es mombasa no | KE
yes-no-check | la capital de tanzania es dar es salaam | TZ
self-correction | cuál es la capital de sudán ay me equivoqué de sudán del sur | SS
self-correction | dime la capital de irak no espera quiero decir de irán | IR
reverse-question | damasco es capital de qué país | CITY:Damasco
reverse-question | beirut de dónde es capital | CITY:Beirut
# A grandmother and her granddaughter; a ten-year-old
elder | nena pregúntale al cacharro la capital {} | de marruecos=MA; de mauritania=MR
elder | hija mía en mis tiempos la capital {} era otra cuál es ahora | de nigeria=NG; de tanzania=TZ; de birmania=MM
child | abuela la maestra dice que me aprenda la capital {} | de australia=AU; de canadá=CA; de brasil=BR
child | alexa cuál es la capital de los pingüinos | FB
child | la capital de argentina es buenos aires a que sí | AR
everyday-name | la capital de holanda cuál es | NL
everyday-name | cuál es la capital de inglaterra | GB-ENG
everyday-name | capital de birmania | MM
# Subdivisions and territories asked in Spain
subdivision | cuál es la capital de gales | GB-WLS
subdivision | la capital del país de gales cuál es | GB-WLS
subdivision | y la capital de irlanda del norte | GB-NIR
subdivision | cuál es la capital de baviera | DE-BY
subdivision | capital de cataluña | FB
territory | cuál es la capital de gibraltar | GI
territory | la capital de las malvinas cuál es | FK
territory | capital del sáhara occidental | EH
territory | la capital de madeira | FB
# Shared names and plurals in Spain
shared-name | cuál es la capital del congo | CD+CG
shared-name | la capital de corea cuál es | KP+KR
shared-name | aupa la capital de georgia | GE+US-GA
shared-name | cuál es la capital del congo de kinshasa | CD
shared-name | la capital del congo brazzaville | CG
shared-name | la capital de la georgia del cáucaso | GE
plural-capitals | cuáles son las capitales de sudáfrica | ZA
plural-capitals | motel cuáles son las capitales de bolivia | BO
plural-capitals | dime las capitales de países bajos | NL
plural-capitals | cuáles son las capitales de malasia | MY
plural-capitals | sri lanka tiene dos capitales no cuáles son | LK
plural-capitals | las capitales de benín cuáles son | BJ
plural-capitals | cuáles son las capitales de costa de marfil | CI
plural-capitals | qué capitales tiene esuatini | SZ
plural-capitals | las capitales de palestina cuáles son | PS
# Recognition artefacts (what ASR writes)
recognition-artefact | cual es la capital de belgica | BE
recognition-artefact | la capital de hungria | HU
recognition-artefact | cual es la capital de e gipto | EG
recognition-artefact | la capital de sui za | CH
recognition-artefact | capital de lux emburgo | LU
recognition-artefact | la capital de camerun | CM
# One-shot requests through the invocation name, launch, help, stop, cancel (es-ES)
invocation | pregúntale a capitales del mundo la capital de eslovenia | SI
invocation | dile a capitales del mundo que me diga la capital de croacia | HR
invocation | aupa capitales del mundo cuál es la capital de serbia | RS
invocation | abre capitales del mundo y dime la capital de montenegro | ME
launch | abre capitales del mundo | LAUNCH
launch | aupa alexa pon capitales del mundo | LAUNCH
launch | quiero jugar a capitales del mundo | LAUNCH
launch | inicia capitales del mundo porfa | LAUNCH
help | y esto cómo funciona motel | HELP
help | qué le tengo que decir | HELP
help | no sé qué preguntarte ayúdame | HELP
help | ayuda por favor que no me entero | HELP
help | cómo se juega a esto | HELP
help | explícame qué puedo pedir | HELP
help | abuela dice que qué hay que decir | HELP
help | qué cosas sabes hacer | HELP
stop | para ya motel | STOP
stop | vale ya está apaga | STOP
stop | basta por hoy | STOP
stop | cállate un rato anda | STOP
stop | que pares ya | STOP
stop | deja de hablar porfa | STOP
stop | ya está gracias adiós | STOP
stop | sal de capitales del mundo | STOP
cancel | cancela eso motel | CANCEL
cancel | no no cancela | CANCEL
cancel | anula eso que no era | CANCEL
cancel | cancela la pregunta | CANCEL
cancel | olvídalo cancela | CANCEL
cancel | no quería eso cancelar | CANCEL
cancel | cancela cancela | CANCEL
cancel | mejor cancela | CANCEL
# Out of domain, es-ES
out-of-domain | cuántos habitantes tiene noruega | FB
out-of-domain | qué idioma se habla en bélgica | FB
out-of-domain | cuál es la moneda de suiza | FB
out-of-domain | a qué hora juega el athletic | FB
out-of-domain | cuál es la capital del pintxo | FB
out-of-domain | qué tiempo hace en donostia mañana | FB
out-of-domain | cuántos kilómetros hay de bilbao a salamanca | FB
out-of-domain | quién fundó la universidad de salamanca | FB
out-of-domain | cuál es la capital de la provincia de albacete | FB
out-of-domain | pon música de la tuna | FB
out-of-domain | qué hora es en tokio | FB
out-of-domain | cuál es el capital social de una sociedad limitada | FB
out-of-domain | apúntame comprar leche | FB
out-of-domain | cuál es la capital de ibiza | FB
out-of-domain | qué bandera tiene islandia | FB
out-of-domain | quién es el presidente de francia | FB
out-of-domain | cuánto mide la torre eiffel | FB
out-of-domain | pon una alarma a las seis | FB
out-of-domain | cuál es el río más largo de rusia | FB
out-of-domain | qué significa capital de riesgo | FB
out-of-domain | cuál es la capital de la navaja | FB
out-of-domain | cómo se dice gracias en euskera | FB
out-of-domain | qué farmacia está de guardia | FB
out-of-domain | dónde hay una lavandería cerca | FB
out-of-domain | cuál es el pico más alto de la península | FB
out-of-domain | cuál es la capital de menorca | FB
out-of-domain | cuántos pecados capitales hay | FB
out-of-domain | quién ganó el mundial de pelota | FB
out-of-domain | cuántas islas tiene baleares | FB
out-of-domain | qué prefijo tiene senegal | FB
out-of-domain | cuéntame un chiste | FB
out-of-domain | cuál es la comida típica de mongolia | FB
out-of-domain | cuál es la letra capital de un libro | FB
out-of-domain | cuánto cuesta un billete a palma | FB
out-of-domain | cuál es la capital de la comarca de la vera | FB
# ---------------------------------------------------------------- es-MX
# Oaxaca: Zapotec speakers, a mezcal palenque, the Guelaguetza
situation | aquí en el palenque sacando el mezcal dime la capital {} | de guatemala=GT | es-MX
situation | para la guelaguetza vienen turistas {} cuál es la capital de allá | de corea del sur=KR; de nueva zelanda=NZ; de israel=IL | es-MX
learner | yo hablo zapoteco poquito español cuál es capital {} | de oaxaca=MX-OAX; de chiapas=MX-CHP | es-MX
learner | disculpe señorita la capital de méxico cuál es | MX | es-MX
subdivision | cuál es la capital de guerrero paisano | MX-GRO | es-MX
subdivision | la capital de puebla cuál es | MX-PUE | es-MX
yes-no-check | la capital de oaxaca es oaxaca de juárez verdad | MX-OAX | es-MX
reverse-question | tuxtla gutiérrez es capital de qué estado | CITY:Tuxtla Gutiérrez | es-MX
# Yucatán: Mérida, a hammock weaver, the Tren Maya
leading-filler | bomba oye cuál es la capital {} | de belice=BZ; de cuba=CU; de jamaica=JM | es-MX
situation | tejiendo la hamaca me quedé pensando en la capital {} | de haití=HT; de república dominicana=DO; de bahamas=BS | es-MX
situation | voy en el tren maya y un señor me pregunta la capital {} | de quintana roo=MX-ROO; de campeche=MX-CAM; de tabasco=MX-TAB | es-MX
trailing-words | la capital de yucatán hasta el tucho de calor | MX-YUC | es-MX
yes-no-check | fuchi no me acuerdo la capital de belice es belmopan verdad | BZ | es-MX
yes-no-check | la capital de quintana roo es cancún | MX-ROO | es-MX
self-correction | la capital de campeche no perdón de yucatán | MX-YUC | es-MX
reverse-question | mérida es capital de qué estado | CITY:Mérida | es-MX
old-name | la capital de honduras británica cuál era | BZ | es-MX
# Veracruz: a jarocho son band, the port
situation | afinando la jarana antes del fandango dime la capital {} | de veracruz=MX-VER; de tamaulipas=MX-TAM; de hidalgo=MX-HID | es-MX
situation | en el puerto llegó un barco {} cuál es la capital de ese país | de antigua y barbuda=AG; de san cristóbal y nieves=KN; de santa lucía=LC | es-MX
direct-question | qué pasión chaparro cuál es la capital {} | de barbados=BB; de trinidad y tobago=TT; de granada el país=GD | es-MX
yes-no-check | la capital de veracruz es el puerto de veracruz verdad | MX-VER | es-MX
yes-no-check | la capital de tamaulipas es ciudad victoria | MX-TAM | es-MX
follow-up | y la de dominica chaparro | DM | es-MX
follow-up | y de san vicente y las granadinas | VC | es-MX
reverse-question | xalapa es la capital de cuál estado | CITY:Xalapa | es-MX
# Guadalajara: tapatíos, a charreada, a tortas ahogadas stall
leading-filler | ira ira cuál es la capital {} | de jalisco=MX-JAL; de nayarit=MX-NAY; de colima=MX-COL | es-MX
situation | en la charreada un gringo me preguntó la capital {} | de texas=US-TX; de nuevo méxico=US-NM; de arizona=US-AZ | es-MX
situation | echándome una torta ahogada se me ocurrió la capital {} | de michoacán=MX-MIC; de guanajuato=MX-GUA; de querétaro=MX-QUE | es-MX
trailing-words | cuál es la capital de zacatecas bien acá | MX-ZAC | es-MX
yes-no-check | la capital de jalisco es guadalajara o me equivoco | MX-JAL | es-MX
yes-no-check | la capital de guanajuato es león verdad | MX-GUA | es-MX
self-correction | la capital de nayarit digo de sinaloa | MX-SIN | es-MX
reverse-question | morelia es capital de qué estado | CITY:Morelia | es-MX
# Baja California Sur: La Paz, a panga fisherman; Aguascalientes: the San Marcos fair
situation | en la panga sacando la red dime la capital {} | de baja california=MX-BCN; de baja california sur=MX-BCS; de sonora=MX-SON | es-MX
situation | en la feria de san marcos entre gallos dime la capital {} | de aguascalientes=MX-AGU; de san luis potosí=MX-SLP; de durango=MX-DUR | es-MX
yes-no-check | la capital de baja california es tijuana | MX-BCN | es-MX
yes-no-check | la capital de sonora es hermosillo verdad | MX-SON | es-MX
reverse-question | chihuahua es capital de qué estado | CITY:Chihuahua | es-MX
subdivision | la capital del estado de méxico | MX-MEX | es-MX
subdivision | cuál es la capital de coahuila | MX-COA | es-MX
subdivision | la capital de morelos cuál es | MX-MOR | es-MX
subdivision | capital de tlaxcala | MX-TLA | es-MX
subdivision | cuál es la capital de nuevo león | MX-NLE | es-MX
subdivision | la capital de chihuahua | MX-CHH | es-MX
# A telesecundaria, a tianguis, a taquería at midnight
child | maestra cuál es la capital {} | de nicaragua=NI; de el salvador=SV | es-MX
child | la capital de guatemala es ciudad de guatemala a poco sí | GT | es-MX
situation | en el tianguis el marchante me preguntó la capital {} | de indonesia=ID; de filipinas=PH; de vietnam=VN | es-MX
situation | ya cerrando la taquería jefe cuál es la capital {} | de tailandia=TH; de camboya=KH; de laos=LA | es-MX
situation | en la telesecundaria nos dejaron de tarea la capital {} | de angola=AO; de mozambique=MZ; de zambia=ZM | es-MX
follow-up | y la de zimbabue | ZW | es-MX
follow-up | y de malaui | MW | es-MX
follow-up | órale y la de botsuana | BW | es-MX
follow-up | y namibia | NA | es-MX
yes-no-check | la capital de filipinas es manila | PH | es-MX
yes-no-check | la capital de vietnam es ho chi minh verdad | VN | es-MX
self-correction | la capital de zambia no me equivoqué de zimbabue | ZW | es-MX
reverse-question | yakarta es capital de qué país | CITY:Yakarta | es-MX
reverse-question | phnom penh de qué país es capital | CITY:Phnom Penh | es-MX
official-name | la capital de los estados unidos mexicanos | MX | es-MX
official-name | cuál es la capital de la federación rusa | RU | es-MX
official-name | capital de la república popular china | CN | es-MX
everyday-name | cuál es la capital de gringolandia | US | es-MX
everyday-name | la capital del gabacho cuál es | US | es-MX
shared-name | cuál es la capital de las coreas | KP+KR | es-MX
shared-name | la capital de los congos | CD+CG | es-MX
shared-name | cuál es la capital de corea del norte | KP | es-MX
plural-capitals | cuáles son las capitales de bolivia joven | BO | es-MX
plural-capitals | las capitales de sudáfrica cuáles son | ZA | es-MX
plural-capitals | cuáles son las capitales de los países bajos | NL | es-MX
plural-capitals | cuáles son las capitales de suazilandia | SZ | es-MX
plural-capitals | cuáles son las capitales de benín | BJ | es-MX
plural-capitals | dime las capitales de sri lanka | LK | es-MX
plural-capitals | las capitales de malasia | MY | es-MX
plural-capitals | cuáles son las capitales de palestina | PS | es-MX
plural-capitals | qué capitales tiene costa de marfil | CI | es-MX
recognition-artefact | cual es la capital de michoacan | MX-MIC | es-MX
recognition-artefact | la capital de queretaro | MX-QUE | es-MX
recognition-artefact | capital de yucatan | MX-YUC | es-MX
recognition-artefact | cual es la capital de peru | PE | es-MX
recognition-artefact | la capital de pana ma | PA | es-MX
recognition-artefact | la capital de haiti | HT | es-MX
invocation | pregúntale a capitales del mundo cuál es la capital de nicaragua | NI | es-MX
invocation | abre capitales del mundo y pregunta la capital de honduras | HN | es-MX
invocation | oye capitales del mundo la capital de costa rica | CR | es-MX
launch | abre capitales del mundo joven | LAUNCH | es-MX
launch | alexa inicia capitales del mundo | LAUNCH | es-MX
launch | quiero entrar a capitales del mundo | LAUNCH | es-MX
help | qué onda cómo le hago | HELP | es-MX
help | cómo funciona esto joven | HELP | es-MX
help | qué le puedo preguntar | HELP | es-MX
help | ayúdame no le entiendo | HELP | es-MX
help | necesito ayuda con esto | HELP | es-MX
help | cómo le pregunto las capitales | HELP | es-MX
help | pues qué se hace aquí | HELP | es-MX
help | dame instrucciones | HELP | es-MX
stop | ya párale | STOP | es-MX
stop | ya estuvo gracias | STOP | es-MX
stop | bájale ya | STOP | es-MX
stop | detente | STOP | es-MX
stop | ya no quiero seguir | STOP | es-MX
stop | sale ya me voy adiós | STOP | es-MX
stop | apágate ya | STOP | es-MX
stop | termina | STOP | es-MX
cancel | cancélalo | CANCEL | es-MX
cancel | no no ya cancélalo | CANCEL | es-MX
cancel | cancela eso joven | CANCEL | es-MX
cancel | mejor ya no cancela | CANCEL | es-MX
cancel | cancela lo que dije | CANCEL | es-MX
cancel | no eso no cancela | CANCEL | es-MX
cancel | cancela porfis | CANCEL | es-MX
cancel | olvídalo mejor cancela | CANCEL | es-MX
out-of-domain | cuál es la capital del mezcal | FB | es-MX
out-of-domain | cuántos habitantes tiene oaxaca | FB | es-MX
out-of-domain | a qué hora sale el tren maya | FB | es-MX
out-of-domain | qué tan lejos está mérida de cancún | FB | es-MX
out-of-domain | cuál es el platillo típico de jalisco | FB | es-MX
out-of-domain | quién ganó la liga mx | FB | es-MX
out-of-domain | cuál es la capital mundial del tequila | FB | es-MX
out-of-domain | cuál es la capital de cozumel | FB | es-MX
out-of-domain | cuál es la moneda de guatemala | FB | es-MX
out-of-domain | pon son jarocho | FB | es-MX
out-of-domain | qué idioma hablan en belice | FB | es-MX
out-of-domain | cuánto está el dólar hoy | FB | es-MX
out-of-domain | cuál es la capital del municipio de juchitán | FB | es-MX
out-of-domain | a qué hora abre el tianguis | FB | es-MX
out-of-domain | cuántos estados tiene méxico | FB | es-MX
out-of-domain | cuál es la capital de la región mixteca | FB | es-MX
out-of-domain | quién inventó las tortas ahogadas | FB | es-MX
out-of-domain | cómo va a estar el clima en la paz | FB | es-MX
out-of-domain | pon un temporizador de diez minutos | FB | es-MX
out-of-domain | cuál es el volcán más alto de méxico | FB | es-MX
# ---------------------------------------------------------------- es-US
# Puerto Ricans in Orlando
leading-filler | wepa alexa cuál es la capital {} | de puerto rico=PR; de las islas caimán=KY; de bermudas=BM | es-US
situation | bendito estoy en el parque de orlando con los nenes y preguntan la capital {} | de florida=US-FL; de georgia el estado=US-GA; de alabama=US-AL | es-US
direct-question | mano cuál es la capital {} | de las islas turcas y caicos=TC; de aruba=AW; de curazao=CW | es-US
yes-no-check | chacho la capital de puerto rico es san juan verdad | PR | es-US
yes-no-check | la capital de florida es miami | US-FL | es-US
shared-name | cuál es la capital de las islas vírgenes | VG+VI | es-US
shared-name | la capital de las islas vírgenes británicas | VG | es-US
shared-name | cuál es la capital de georgia | GE+US-GA | es-US
self-correction | la capital de aruba digo de curazao | CW | es-US
reverse-question | san juan es la capital de qué | CITY:San Juan | es-US
# Cubans in Hialeah: a domino table
leading-filler | asere qué bolá cuál es la capital {} | de cuba=CU; de la república dominicana=DO; de jamaica=JM | es-US
situation | en la mesa de dominó en hialeah discutiendo la capital {} | de rusia=RU; de angola=AO; de venezuela=VE | es-US
yes-no-check | la capital de cuba es la habana verdad asere | CU | es-US
yes-no-check | la capital de jamaica es montego bay | JM | es-US
follow-up | y la de haití asere | HT | es-US
reverse-question | la habana es capital de qué país | CITY:La Habana | es-US
# Salvadorans in Los Angeles: a pupusa truck
leading-filler | puchica cuál es la capital {} | de el salvador=SV; de honduras=HN; de nicaragua=NI | es-US
situation | en la troca de pupusas el cliente pregunta la capital {} | de california=US-CA; de nevada=US-NV; de oregón=US-OR | es-US
child | el cipote quiere saber la capital {} | de washington el estado=US-WA; de utah=US-UT; de idaho=US-ID | es-US
yes-no-check | la capital de california es los ángeles verdad | US-CA | es-US
yes-no-check | qué chivo la capital de el salvador es san salvador | SV | es-US
self-correction | la capital de nevada perdón la de utah | US-UT | es-US
reverse-question | tegucigalpa es capital de qué país | CITY:Tegucigalpa | es-US
reverse-question | sacramento es la capital de qué estado | CITY:Sacramento | es-US
# Colombians in Queens
leading-filler | parce qué más pues cuál es la capital {} | de nueva york=US-NY; de nueva jersey=US-NJ; de connecticut=US-CT | es-US
situation | en el tren siete por queens me puse a pensar en la capital {} | de massachusetts=US-MA; de pensilvania=US-PA; de maryland=US-MD | es-US
yes-no-check | la capital de nueva york es la ciudad de nueva york | US-NY | es-US
yes-no-check | la capital de colombia es bogotá cierto parce | CO | es-US
follow-up | y la de vermont | US-VT | es-US
follow-up | y de rhode island pues | US-RI | es-US
reverse-question | albany es capital de qué estado | CITY:Albany | es-US
# Guatemalans at a Nebraska meatpacking plant
situation | en la planta de carne en nebraska el supervisor pregunta la capital {} | de nebraska=US-NE; de iowa=US-IA; de kansas=US-KS | es-US
learner | yo hablo kiché poco español la capital {} cuál es | de guatemala=GT; de estados unidos=US | es-US
yes-no-check | la capital de nebraska es omaha | US-NE | es-US
follow-up | y la de dakota del sur | US-SD | es-US
follow-up | y dakota del norte | US-ND | es-US
reverse-question | lincoln es capital de qué estado | CITY:Lincoln | es-US
# Peruvians in Paterson
leading-filler | oe pata cuál es la capital {} | de perú=PE; de chile=CL; de bolivia=BO | es-US
situation | preparando la causa para la fiesta me preguntan la capital {} | de ecuador=EC; de argentina=AR; de uruguay=UY | es-US
yes-no-check | la capital de perú es lima no causa | PE | es-US
self-correction | la capital de chile no quiero decir de perú | PE | es-US
# Chicago Mexican-Americans and Texas teenagers in Spanglish
leading-filler | ok so cuál es la capital {} | de illinois=US-IL; de indiana=US-IN; de wisconsin=US-WI | es-US
leading-filler | like bro cuál es la capital {} | de texas=US-TX; de oklahoma=US-OK; de luisiana=US-LA | es-US
situation | tengo un quiz de social studies y no sé la capital {} | de míchigan=US-MI; de ohio=US-OH; de kentucky=US-KY | es-US
situation | en el roadtrip con mi familia pasamos por {} cuál es la capital | tennessee=US-TN; arkansas=US-AR; misuri=US-MO | es-US
trailing-words | cuál es la capital de minnesota for real | US-MN | es-US
trailing-words | la capital de colorado real quick | US-CO | es-US
yes-no-check | la capital de illinois es chicago right | US-IL | es-US
yes-no-check | la capital de texas es austin verdad | US-TX | es-US
self-correction | la capital de indiana wait no i mean perdón de ohio | US-OH | es-US
reverse-question | springfield es capital de qué estado | CITY:Springfield | es-US
follow-up | y la de alaska | US-AK | es-US
follow-up | and hawái | US-HI | es-US
subdivision | cuál es la capital de carolina del norte | US-NC | es-US
subdivision | la capital de carolina del sur | US-SC | es-US
subdivision | cuál es la capital de virginia occidental | US-WV | es-US
subdivision | capital de montana | US-MT | es-US
subdivision | la capital de wyoming | US-WY | es-US
subdivision | cuál es la capital de misisipi | US-MS | es-US
subdivision | capital de la provincia de ontario | CA-ON | es-US
subdivision | cuál es la capital de quebec | CA-QC | es-US
subdivision | la capital de columbia británica | CA-BC | es-US
territory | cuál es la capital de guam | GU | es-US
territory | la capital de samoa americana | AS | es-US
territory | cuál es la capital de la polinesia francesa | PF | es-US
territory | capital de la guayana francesa | GF | es-US
territory | la capital de martinica | MQ | es-US
plural-capitals | cuáles son las capitales de sudáfrica bro | ZA | es-US
plural-capitals | cuáles son las capitales de bolivia causa | BO | es-US
plural-capitals | cuáles son las capitales de holanda | NL | es-US
plural-capitals | cuáles son las capitales de malasia parce | MY | es-US
plural-capitals | las capitales de esuatini | SZ | es-US
plural-capitals | cuáles son las capitales de sri lanka | LK | es-US
plural-capitals | dime las capitales de benín | BJ | es-US
plural-capitals | las capitales de la costa de marfil cuáles son | CI | es-US
plural-capitals | palestina cuáles son las capitales | PS | es-US
recognition-artefact | cual es la capital de misuri | US-MO | es-US
recognition-artefact | la capital de pensilbania | US-PA | es-US
recognition-artefact | capital de nueva yersi | US-NJ | es-US
recognition-artefact | la capital de tenesi | US-TN | es-US
invocation | ask capitales del mundo la capital de canadá | CA | es-US
invocation | pregúntale a capitales del mundo la capital de estados unidos | US | es-US
invocation | capitales del mundo cuál es la capital de jamaica | JM | es-US
launch | open capitales del mundo | LAUNCH | es-US
launch | wepa abre capitales del mundo | LAUNCH | es-US
launch | empieza capitales del mundo | LAUNCH | es-US
help | how does this work digo cómo funciona | HELP | es-US
help | ayuda asere | HELP | es-US
help | mano qué hago aquí | HELP | es-US
help | no entiendo cómo usar esto | HELP | es-US
help | qué preguntas puedo hacer | HELP | es-US
help | help por favor | HELP | es-US
help | dime qué puedo decir | HELP | es-US
help | parce cómo es que funciona esto | HELP | es-US
stop | stop ya | STOP | es-US
stop | para mano | STOP | es-US
stop | ya asere para | STOP | es-US
stop | ya no más gracias | STOP | es-US
stop | cierra esto | STOP | es-US
stop | ok bye para | STOP | es-US
stop | párate ya | STOP | es-US
stop | puchica ya para | STOP | es-US
cancel | cancel cancela | CANCEL | es-US
cancel | cancela mano | CANCEL | es-US
cancel | never mind cancela | CANCEL | es-US
cancel | cancela eso asere | CANCEL | es-US
cancel | no era eso cancélalo | CANCEL | es-US
cancel | cancela parce | CANCEL | es-US
cancel | cancélalo todo | CANCEL | es-US
cancel | bro cancela | CANCEL | es-US
out-of-domain | cuántos habitantes tiene puerto rico | FB | es-US
out-of-domain | a qué hora abre disney | FB | es-US
out-of-domain | cuál es la capital del dominó | FB | es-US
out-of-domain | dónde queda la troca de pupusas | FB | es-US
out-of-domain | cuál es la capital del condado de cook | FB | es-US
out-of-domain | qué tiempo hace en queens | FB | es-US
out-of-domain | cuánto cuesta mandar dinero a guatemala | FB | es-US
out-of-domain | cuál es la capital de manhattan | FB | es-US
out-of-domain | quién ganó la serie mundial | FB | es-US
out-of-domain | cuál es el idioma oficial de aruba | FB | es-US
out-of-domain | pon música de bad bunny | FB | es-US
out-of-domain | cuál es la capital del ceviche | FB | es-US
out-of-domain | cuánto es el salario mínimo en nebraska | FB | es-US
out-of-domain | cómo se dice capital en inglés | FB | es-US
out-of-domain | qué es capital gains | FB | es-US
out-of-domain | cuál es la bandera de el salvador | FB | es-US
out-of-domain | cuántos estados tiene estados unidos | FB | es-US
out-of-domain | a qué hora cierra el walmart | FB | es-US
out-of-domain | cuál es la capital de brooklyn | FB | es-US
out-of-domain | cuál es el lago más grande de michigan | FB | es-US
# ---------------------------------------------------------------- second batch, es-ES
# Bilbao and Donostia again: a cuadrilla, a surf shop in Zurriola, a Basque-speaking grandfather
situation | en la cuadrilla del sábado nos hemos picado con la capital {} | de afganistán=AF; de pakistán=PK; de bangladés=BD
situation | en la tienda de surf de zurriola un australiano me dice que es {} cuál es la capital | de papúa nueva guinea=PG; de vanuatu=VU; de las islas salomón=SB
elder | aitona pregunta que cuál es la capital {} ene | de nepal=NP; de bután=BT; de la india=IN
polite-request | me dirías por favor la capital {} | de sri lanka=LK; de maldivas=MV; de singapur=SG
polite-request | si no es molestia la capital {} | de brunéi=BN; de timor oriental=TL; de malasia=MY
yes-no-check | la capital de la india es nueva delhi verdad | IN
yes-no-check | la capital de pakistán es karachi | PK
yes-no-check | la capital de nepal es katmandú a que sí | NP
self-correction | la capital de bután ay no me equivoqué quería decir nepal | NP
reverse-question | islamabad es capital de qué país | CITY:Islamabad
reverse-question | katmandú de dónde es capital | CITY:Katmandú
follow-up | y la de bangladés ene | BD
follow-up | bai y afganistán | AF
# Salamanca: an Erasmus flat, a Portuguese student from Bragança
situation | en el intercambio de idiomas una chica me pregunta la capital {} | de chipre=CY; de malta=MT; de albania=AL
situation | en el piso erasmus hacemos una porra con la capital {} | de macedonia del norte=MK; de bosnia=BA; de san marino=SM
learner | sou portugués perdão cuál es a capital {} | de andorra=AD; de mónaco=MC; de liechtenstein=LI
yes-no-check | la capital de chipre es nicosia | CY
yes-no-check | la capital de bosnia es sarajevo verdad | BA
yes-no-check | la capital de albania es tirana o no | AL
self-correction | la capital de montenegro digo de macedonia del norte | MK
reverse-question | skopie es capital de qué país | CITY:Skopie
reverse-question | vaduz de qué país es | CITY:Vaduz
official-name | la capital del principado de andorra | AD
official-name | la capital del gran ducado de luxemburgo | LU
everyday-name | la capital de macedonia | MK
# Mallorca: a Palma cruise terminal, a ferry to Menorca, a British bar owner
situation | en la terminal de cruceros me pregunta un pasajero la capital {} | de tonga=TO; de tuvalu=TV; de kiribati=KI
situation | en el ferry a menorca un señor de la tripulación quiere saber la capital {} | de nauru=NR; de palaos=PW; de las islas marshall=MH
learner | i am from manchester cuál es la capital {} please | del reino unido=GB; de inglaterra=GB-ENG
learner | yo tengo bar en magaluf la capital de {} cuál es | escocia please=GB-SCT; gales please=GB-WLS
direct-question | oye cuál es la capital de micronesia | FM
yes-no-check | la capital del reino unido es londres verdad | GB
yes-no-check | la capital de escocia es glasgow | GB-SCT
reverse-question | edimburgo es capital de qué | CITY:Edimburgo
reverse-question | cardiff de dónde es capital | CITY:Cardiff
official-name | capital del reino unido de gran bretaña e irlanda del norte | GB
everyday-name | cuál es la capital de gran bretaña | GB
# Albacete and Almería: a shepherd's phone, a greenhouse foreman, a Cabo de Gata lighthouse tour
situation | en el invernadero el encargado marroquí pregunta la capital {} | de arabia saudí=SA; de emiratos árabes unidos=AE; de yibuti=DJ
situation | de excursión al faro de cabo de gata los niños quieren saber la capital {} | de eritrea=ER; de somalia=SO; de chad=TD
situation | en la feria de albacete en la caseta de los navajeros la capital {} | de ruanda=RW; de burundi=BI; de la república centroafricana=CF
yes-no-check | la capital de arabia saudí es la meca | SA
yes-no-check | la capital de somalia es mogadiscio verdad | SO
yes-no-check | la capital de ruanda es kigali | RW
self-correction | la capital de ruanda perdón de burundi | BI
reverse-question | riad es la capital de qué país | CITY:Riad
reverse-question | abu dabi de qué país es capital | CITY:Abu Dabi
everyday-name | cuál es la capital de los emiratos | AE
old-name | la capital de abisinia | ET
# Colombian nurse, Argentine waiter, Senegalese vendor again
situation | en el descanso del hospital la enfermera de cali pregunta la capital {} | de gabón=GA; de guinea ecuatorial=GQ; de camerún=CM
learner | amigo yo vender gafas en la playa capital {} cuál es | de ghana=GH; de togo=TG; de sierra leona=SL
direct-question | che boludo cuál es la capital {} | de santo tomé y príncipe=ST; de surinam=SR; de guyana=GY
yes-no-check | la capital de guinea ecuatorial es malabo | GQ
yes-no-check | la capital de ghana es acra verdad | GH
yes-no-check | la capital de camerún es duala | CM
self-correction | la capital de togo no espera de benín perdón de ghana | GH
reverse-question | malabo es capital de qué país | CITY:Malabo
reverse-question | dakar es la capital de cuál | CITY:Dakar
old-name | capital de la costa de oro | GH
old-name | cuál era la capital de dahomey | BJ
old-name | capital del zaire | CD
old-name | la capital de rodesia | ZW
# Choir, tattoo studio, radio quiz, pharmacy again; a ten-year-old; a grandmother
child | profe la capital {} cuál es | de lesoto=LS; de esuatini=SZ | es-ES
child | mamá qué es la capital {} | de canadá=CA; de estados unidos=US | es-ES
elder | ay nena ya no me acuerdo de la capital {} | de francia=FR; de bélgica=BE; de holanda=NL
situation | en la radio me dan un jamón si acierto la capital {} | de libia=LY; de níger=NE; de sudán del sur=SS
hesitation | eh eh cuál es la capital de {} mm | croacia=HR; eslovenia=SI; serbia=RS
hesitation | a ver esto la capital de de {} | islandia=IS; irlanda=IE; portugal=PT
hesitation | mm la capital de ehm {} creo | bielorrusia=BY; ucrania=UA; moldavia=MD
trailing-words | la capital de eslovaquia que la tengo en la punta de la lengua | SK
trailing-words | cuál es la capital de letonia que me ha tocado en el trivial | LV
trailing-words | dime la capital de rumanía y me voy a dormir | RO
# Subdivisions and territories, es-ES
subdivision | cuál es la capital de baviera en alemania | DE-BY
subdivision | la capital de baden wurtemberg | DE-BW
subdivision | cuál es la capital de brandeburgo | DE-BB
subdivision | cuál es la capital de nueva gales del sur | AU-NSW
subdivision | la capital de tasmania | AU-TAS
subdivision | capital de queensland | AU-QLD
territory | cuál es la capital de las islas feroe | FO
territory | la capital de groenlandia | GL
territory | capital de la isla de reunión | RE
territory | la capital de nueva caledonia | NC
territory | cuál es la capital de mayotte | YT
territory | cuál es la capital de hong kong | HK
territory | capital de taiwán | TW
territory | la capital del vaticano | VA
territory | cuál es la capital de kosovo | XK
shared-name | cuál es la capital de los dos congos | CD+CG
shared-name | la capital de corea motel | KP+KR
shared-name | capital de la república democrática del congo | CD
shared-name | la capital de georgia el estado americano | US-GA
launch | abre el juego de capitales del mundo | LAUNCH
launch | alexa lanza capitales del mundo | LAUNCH
launch | ponme capitales del mundo que quiero practicar | LAUNCH
invocation | capitales del mundo la capital de kosovo | XK
invocation | alexa usa capitales del mundo para la capital de islandia | IS
help | no sé usar esto me ayudas | HELP
help | y ahora qué tengo que decir | HELP
stop | ya no quiero más para | STOP
stop | fin | STOP
cancel | cancela no quería preguntar eso | CANCEL
cancel | deja eso cancela | CANCEL
out-of-domain | cuál es el idioma de andorra | FB
out-of-domain | qué moneda usan en mónaco | FB
out-of-domain | cuántos habitantes tiene la india | FB
out-of-domain | dónde está kiribati | FB
out-of-domain | qué hora es en nueva delhi | FB
out-of-domain | cuál es la capital de la costa brava | FB
out-of-domain | cuál es la capital de la costa del sol | FB
out-of-domain | quién ganó la liga | FB
out-of-domain | cuánto dura el vuelo a singapur | FB
out-of-domain | cuál es la capital del marisco | FB
out-of-domain | qué es un crimen capital | FB
out-of-domain | pon la radio | FB
out-of-domain | cuál es la capital del surf | FB
out-of-domain | recuérdame llamar a mi madre | FB
out-of-domain | cuál es el país más pequeño del mundo | FB
# ---------------------------------------------------------------- second batch, es-MX
# Oaxaca: a Juchitán market, a Mixe teacher; Yucatán: a cenote guide; Guadalajara: a mariachi
situation | en el mercado de juchitán una señora pregunta la capital {} | de afganistán=AF; de nepal=NP; de bután=BT | es-MX
situation | en el cenote el guía le dice a los turistas la capital {} | de suecia=SE; de finlandia=FI; de noruega=NO | es-MX
situation | antes de tocar en la plaza el del guitarrón pregunta la capital {} | de españa=ES; de portugal=PT; de italia=IT | es-MX
situation | en la escuela de la sierra mixe los niños preguntan la capital {} | de arabia saudí=SA; de catar=QA; de kuwait=KW | es-MX
polite-request | disculpe usted sabe la capital {} | de pakistán=PK; de india=IN; de sri lanka=LK | es-MX
polite-request | me podría decir la capital {} por favor | de japón=JP; de china=CN; de mongolia=MN | es-MX
hesitation | este este cuál es la capital de {} | egipto=EG; marruecos=MA; túnez=TN | es-MX
hesitation | eh la capital de mm {} | alemania=DE; francia=FR; polonia=PL | es-MX
yes-no-check | la capital de españa es madrid verdad | ES | es-MX
yes-no-check | la capital de alemania es múnich verdad | DE | es-MX
yes-no-check | oiga la capital de canadá es toronto | CA | es-MX
yes-no-check | la capital de brasil es río de janeiro | BR | es-MX
yes-no-check | la capital de australia es sídney verdad | AU | es-MX
self-correction | la capital de canadá no perdón quise decir de estados unidos | US | es-MX
self-correction | cuál es la capital de brasil digo de argentina | AR | es-MX
reverse-question | ottawa es capital de qué país | CITY:Ottawa | es-MX
reverse-question | canberra de qué país es capital | CITY:Canberra | es-MX
reverse-question | brasilia es capital de cuál país | CITY:Brasilia | es-MX
follow-up | y la de chile | CL | es-MX
follow-up | y la de paraguay joven | PY | es-MX
follow-up | y de uruguay | UY | es-MX
direct-question | cuál es la capital de andorra | AD | es-MX
direct-question | la capital de mónaco cuál es | MC | es-MX
direct-question | cuál es la capital de san marino | SM | es-MX
direct-question | y la capital de liechtenstein | LI | es-MX
direct-question | cuál es la capital de yibuti | DJ | es-MX
direct-question | capital de eritrea cuál es | ER | es-MX
direct-question | cuál es la capital de gabón | GA | es-MX
direct-question | la capital de chad | TD | es-MX
trailing-words | cuál es la capital de la república centroafricana porfa | CF | es-MX
trailing-words | la capital de sierra leona joven gracias | SL | es-MX
trailing-words | cuál es la capital de lesoto pues | LS | es-MX
subdivision | cuál es la capital de veracruz de ignacio de la llave | MX-VER | es-MX
subdivision | capital de sinaloa | MX-SIN | es-MX
subdivision | la capital de durango cuál es | MX-DUR | es-MX
subdivision | cuál es la capital de san luis | MX-SLP | es-MX
subdivision | capital del edomex | MX-MEX | es-MX
subdivision | la capital de tabasco | MX-TAB | es-MX
subdivision | cuál es la capital de hidalgo joven | MX-HID | es-MX
subdivision | la capital de quintana roo cuál es | MX-ROO | es-MX
subdivision | cuál es la capital de baja california sur | MX-BCS | es-MX
subdivision | la capital de aguascalientes | MX-AGU | es-MX
subdivision | capital de jalisco | MX-JAL | es-MX
subdivision | cuál es la capital de texas | US-TX | es-MX
subdivision | la capital de arizona | US-AZ | es-MX
territory | la capital de puerto rico | PR | es-MX
territory | cuál es la capital de aruba | AW | es-MX
official-name | capital de la república bolivariana de venezuela | VE | es-MX
official-name | la capital de la república oriental del uruguay | UY | es-MX
official-name | capital del estado plurinacional de bolivia | BO | es-MX
everyday-name | cuál es la capital de la unión americana | US | es-MX
out-of-domain | qué era tenochtitlan | FB | es-MX
shared-name | la capital de corea | KP+KR | es-MX
shared-name | cuál es la capital del congo joven | CD+CG | es-MX
shared-name | la capital de las islas vírgenes | VG+VI | es-MX
shared-name | cuál es la capital del estado de georgia | US-GA | es-MX
launch | ábrete capitales del mundo | LAUNCH | es-MX
launch | vamos a jugar capitales del mundo | LAUNCH | es-MX
launch | pon capitales del mundo para la tarea | LAUNCH | es-MX
invocation | pídele a capitales del mundo la capital de belice | BZ | es-MX
invocation | capitales del mundo dime la capital de guatemala | GT | es-MX
help | oye y esto cómo se usa | HELP | es-MX
help | me explicas cómo funciona | HELP | es-MX
stop | ya estuvo | STOP | es-MX
stop | ya cállate porfa | STOP | es-MX
cancel | no cancela eso joven | CANCEL | es-MX
cancel | ya cancélale | CANCEL | es-MX
out-of-domain | cuál es la capital del sol | FB | es-MX
out-of-domain | cuántos cenotes hay en yucatán | FB | es-MX
out-of-domain | quién canta el son de la negra | FB | es-MX
out-of-domain | cuál es la capital de la ranchera | FB | es-MX
out-of-domain | a qué hora es la guelaguetza | FB | es-MX
out-of-domain | cuánto cuesta un boleto a la paz | FB | es-MX
out-of-domain | cuál es la capital de isla mujeres | FB | es-MX
out-of-domain | qué idioma se habla en brasil | FB | es-MX
out-of-domain | cuál es la población de japón | FB | es-MX
out-of-domain | cuál es el río más largo de áfrica | FB | es-MX
out-of-domain | cuál es la capital de la huasteca | FB | es-MX
out-of-domain | ponme una canción de juan gabriel | FB | es-MX
# ---------------------------------------------------------------- second batch, es-US
# Orlando, Hialeah, Los Angeles, Queens, Nebraska, Paterson, Chicago and Texas again
situation | bendito mano en el trabajo de la cocina del hotel preguntaron la capital {} | de tonga=TO; de samoa=WS; de fiyi=FJ | es-US
situation | jugando dominó el viejo dice que sabe la capital {} | de tuvalu=TV; de nauru=NR; de kiribati=KI | es-US
situation | en el swap meet de los ángeles un señor preguntó la capital {} | de micronesia=FM; de palaos=PW; de las islas marshall=MH | es-US
situation | en la barbería de jackson heights discuten la capital {} | de papúa nueva guinea=PG; de las islas salomón=SB; de vanuatu=VU | es-US
situation | en el break de la planta un compañero de somalia pregunta la capital {} | de somalia=SO; de yibuti=DJ; de eritrea=ER | es-US
situation | en el pollo a la brasa de paterson un cliente pregunta la capital {} | de guinea ecuatorial=GQ; de gabón=GA; de camerún=CM | es-US
situation | for my homework necesito la capital {} | de togo=TG; de burundi=BI; de ruanda=RW | es-US
leading-filler | so like la capital {} | de singapur=SG; de brunéi=BN; de timor leste=TL | es-US
leading-filler | ay bendito la capital {} cuál es | de maldivas=MV; de bangladés=BD; de myanmar=MM | es-US
hesitation | este ah la capital de {} eh | chipre=CY; bosnia y herzegovina=BA; macedonia del norte=MK | es-US
yes-no-check | la capital de estados unidos es washington verdad | US | es-US
yes-no-check | la capital de estados unidos es nueva york right | US | es-US
yes-no-check | la capital de méxico es la ciudad de méxico verdad | MX | es-US
yes-no-check | la capital de honduras es san pedro sula | HN | es-US
yes-no-check | la capital de guatemala es antigua | GT | es-US
yes-no-check | la capital de república dominicana es santo domingo | DO | es-US
self-correction | la capital de honduras perdón de guatemala | GT | es-US
self-correction | la capital de nicaragua me equivoqué quería decir de costa rica | CR | es-US
self-correction | la capital de florida no wait perdón de georgia el estado | US-GA | es-US
reverse-question | managua de qué país es capital | CITY:Managua | es-US
reverse-question | austin es capital de qué estado | CITY:Austin | es-US
reverse-question | santo domingo es la capital de qué país | CITY:Santo Domingo | es-US
follow-up | y la de panamá | PA | es-US
follow-up | y la de costa rica mano | CR | es-US
follow-up | y la de belice | BZ | es-US
direct-question | cuál es la capital de surinam | SR | es-US
direct-question | la capital de guyana cuál es | GY | es-US
direct-question | cuál es la capital de santo tomé y príncipe | ST | es-US
direct-question | la capital de lesoto | LS | es-US
direct-question | cuál es la capital de sierra leona | SL | es-US
direct-question | cuál es la capital de la república centroafricana | CF | es-US
direct-question | la capital de chad cuál es | TD | es-US
direct-question | cuál es la capital de granada | GD | es-US
trailing-words | la capital de dominica please | DM | es-US
trailing-words | cuál es la capital de las bahamas gracias mano | BS | es-US
trailing-words | la capital de barbados ok | BB | es-US
subdivision | cuál es la capital de virginia | US-VA | es-US
subdivision | la capital de delaware | US-DE | es-US
subdivision | cuál es la capital de maine | US-ME | es-US
subdivision | la capital de nuevo hampshire | US-NH | es-US
subdivision | cuál es la capital de alabama | US-AL | es-US
subdivision | la capital de arkansas | US-AR | es-US
subdivision | cuál es la capital de oregón | US-OR | es-US
subdivision | cuál es la capital de alberta | CA-AB | es-US
subdivision | capital de nueva escocia | CA-NS | es-US
territory | cuál es la capital de las islas marianas del norte | MP | es-US
territory | la capital de las bermudas | BM | es-US
territory | capital de guadalupe la isla | GP | es-US
territory | cuál es la capital de curazao | CW | es-US
territory | la capital de macao | MO | es-US
official-name | capital de los estados unidos de américa | US | es-US
official-name | la capital de la república de corea | KR | es-US
everyday-name | cuál es la capital de usa | US | es-US
shared-name | la capital del congo mano | CD+CG | es-US
shared-name | cuál es la capital de georgia asere | GE+US-GA | es-US
shared-name | la capital de corea del sur | KR | es-US
shared-name | capital de las islas vírgenes americanas | VI | es-US
launch | hey alexa capitales del mundo | LAUNCH | es-US
launch | abre capitales del mundo please | LAUNCH | es-US
launch | start capitales del mundo | LAUNCH | es-US
invocation | ask capitales del mundo cuál es la capital de japón | JP | es-US
invocation | abre capitales del mundo y dime la capital de el salvador | SV | es-US
help | qué hace esto mano | HELP | es-US
help | i need help cómo funciona | HELP | es-US
stop | stop please | STOP | es-US
stop | ya ya para | STOP | es-US
cancel | cancel eso | CANCEL | es-US
cancel | no mano cancela | CANCEL | es-US
out-of-domain | cuál es la capital del reggaetón | FB | es-US
out-of-domain | cuántas millas hay de orlando a miami | FB | es-US
out-of-domain | quién es el gobernador de florida | FB | es-US
out-of-domain | cuál es la capital de staten island | FB | es-US
out-of-domain | qué día es el thanksgiving | FB | es-US
out-of-domain | cuál es el código postal de hialeah | FB | es-US
out-of-domain | cómo se llama el presidente de honduras | FB | es-US
out-of-domain | cuál es la capital del taco | FB | es-US
out-of-domain | cuánto vale un pasaje a lima | FB | es-US
out-of-domain | pon salsa de la vieja escuela | FB | es-US
out-of-domain | qué idioma hablan en surinam | FB | es-US
out-of-domain | cuál es la capital de long island | FB | es-US
# ---------------------------------------------------------------- third batch: stop, launch, out of domain
stop | ya no más capitales por hoy | STOP
stop | ene vale ya para | STOP
stop | ya terminamos gracias | STOP | es-MX
stop | ándale ya para | STOP | es-MX
stop | ok that's it para ya | STOP | es-US
stop | chacho ya para | STOP | es-US
launch | aupa abre lo de las capitales del mundo | LAUNCH
launch | quiero abrir capitales del mundo | LAUNCH | es-MX
launch | órale abre capitales del mundo | LAUNCH | es-US
out-of-domain | cuántos habitantes tiene bilbao | FB
out-of-domain | qué quiere decir aupa | FB
out-of-domain | cuál es la capital del cante jondo | FB
out-of-domain | a qué hora abre el guggenheim | FB
out-of-domain | cuál es la capital del mundo de la navaja | FB
out-of-domain | qué tengo en el calendario mañana | FB
out-of-domain | cuál es la capital de la sierra de gredos | FB
out-of-domain | cuántos idiomas se hablan en la india | FB
out-of-domain | cuál es la capital de la bahía de palma | FB | es-ES
out-of-domain | en qué continente está chad | FB
out-of-domain | qué tal el tráfico para ir a tlaquepaque | FB | es-MX
out-of-domain | cuál es la capital del huipil | FB | es-MX
out-of-domain | quién fundó guadalajara | FB | es-MX
out-of-domain | cuánto pesa una ballena gris | FB | es-MX
out-of-domain | cuál es la capital de la mixteca alta | FB | es-MX
out-of-domain | cómo se dice hola en zapoteco | FB | es-MX
out-of-domain | cuál es la capital del chile habanero | FB | es-MX
out-of-domain | a qué hora pasa el camión a zapopan | FB | es-MX
out-of-domain | qué fiesta hay en aguascalientes | FB | es-MX
out-of-domain | cuál es la moneda de cuba | FB | es-MX
out-of-domain | cuántos años tiene el puerto de veracruz | FB | es-MX
out-of-domain | cuál es la capital de los tacos al pastor | FB | es-MX
out-of-domain | cuál es la capital del condado de orange | FB | es-US
out-of-domain | cuánto cuesta el peaje de la florida turnpike | FB | es-US
out-of-domain | quién ganó el juego de los marlins | FB | es-US
out-of-domain | cuál es la capital de hialeah | FB | es-US
out-of-domain | dónde venden pupusas cerca | FB | es-US
out-of-domain | cómo se dice parce en inglés | FB | es-US
out-of-domain | cuál es la capital de queens | FB | es-US
out-of-domain | qué hora es en lima | FB | es-US
out-of-domain | cuántos kilómetros mide el río misisipi | FB | es-US
out-of-domain | cuál es la capital del béisbol cubano | FB | es-US
out-of-domain | a qué hora juegan los bulls | FB | es-US
out-of-domain | ponme un recordatorio para el dentista | FB | es-US
"""

if __name__ == "__main__":
    build_round(32, "es", LINES, sys.argv, "tests/Eval/es/round32/source/build_corpus.py")
