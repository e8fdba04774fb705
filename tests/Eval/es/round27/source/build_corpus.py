"""Round 27, Spanish (es-ES, es-MX, es-US): a new author's mix of speakers and situations, written blind.
Speakers chosen to differ from rounds 23 to 26. es-ES: Bilbao, Getxo and San Sebastián ("aupa", "ene", "ya te digo", a
cuadrilla at a txoko), Vitoria, Mallorca and Ibiza hotel staff and a ferry from Dénia, Almería and its greenhouses
("choto"), Valladolid ("jo macho", "majo") and Salamanca (a study-abroad class of Americans and Brazilians), Soria and
Cuenca village elders, Argentines in Barcelona ("che", "dale", "vos"), Germans retired in Mallorca learning Spanish; an
oposiciones candidate, a driving school, a Mercadona till, a pharmacy, a guardería, the quiz shows El Cazador and Boom,
a pub quiz, an AVE journey, a hiking club, a pelota match, a five-year-old and a teenager with a tablet. es-MX: Mérida and
Yucatán ("mare", "bomba"), Maya speakers with Spanish as a second language, Veracruz port and Xalapa ("jarocho",
"chamaco", "ira"), Guadalajara and Jalisco ("ándale pues", "qué pues", "pos"), Oaxaca city and the Guelaguetza,
Guanajuato and León (the Cervantino, a shoe workshop), Chetumal; a tianguis, an ADO bus, a Dr. Simi pharmacy, a
quinceañera, the Teletón, a charreada, a Xochimilco trajinera, a telesecundaria, the Olimpiada del Conocimiento, a kinder,
a karaoke night, a taxi de sitio, a paletería, a cenote guide, a tequila distillery tour, an abuela watching telenovelas,
a Fortnite kid. es-US: Cubans in Hialeah and Miami ("asere", "qué bolá", "chico", "mi vida"), Tejanos of the Rio Grande
Valley and San Antonio (Tex-Mex: "parquear", "el lonche", "ándale"), Mexicans in Atlanta and the Dalton carpet mills,
meatpacking in Dodge City, potato fields in Idaho, mushroom farms in Kennett Square, tomato pickers in Immokalee, a
Louisiana crawfish boil, day labourers at a Home Depot corner, night office cleaners, a GED class, a Head Start
teacher, a high-school soccer team, a quinceañera DJ, a boxing gym, a Texas rodeo, a delivery courier, heritage-speaker
teenagers talking to their grandparents in Spanglish.
Fillers and hesitations, self-corrections with a marker ("no perdón", "digo", "mejor dicho", "no espera"), follow-ups,
yes/no checks with right and wrong guesses, reverse questions, official, old and everyday names, shared names (Georgia,
Congo, Corea, the Virgin Islands), plurals (every several-capital country and Palestine), subdivisions (Mexican, US,
Canadian, Brazilian, Australian, German and Indian states, the UK's nations) and territories, one-shot questions through
the invocation "capitales del mundo", launch, help, stop, cancel, out-of-domain near misses, and what recognition may write
(lost accents, split or joined words, homophones).
`python3 tests/Eval/es/round27/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 27's number; a line without a locale is es-ES)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# ---------------- es-ES ----------------
direct-question | aupa cuál es la capital {} | de dinamarca=DK
direct-question | ene pues cuál es la capital {} | de grecia=GR
direct-question | cuál es la capital {} ya te digo que no me acuerdo | de portugal=PT
direct-question | oye choto cuál es la capital {} | de rumanía=RO
direct-question | jo macho cuál es la capital {} | de finlandia=FI
direct-question | majo tú que sabes cuál es la capital {} | de estonia=EE
direct-question | la capital {} cuál es que estamos en el txoko discutiendo | de bélgica=BE
direct-question | cuál es la capital {} que estoy en el invernadero | de marruecos=MA
direct-question | che cuál es la capital {} | de uruguay=UY
direct-question | dale decime cuál es la capital {} | de bolivia=BO
direct-question | cuál es la capital {} que estoy en el ferry y no hay cobertura casi | de croacia=HR
direct-question | me puedes decir cuál es la capital {} que lo pregunta un cliente del hotel | de polonia=PL
direct-question | en el tren cuál es la capital {} | de turquía=TR
direct-question | cuál es la capital {} que estamos subiendo al monte | de macedonia del norte=MK
direct-question | ay hija cuál es la capital {} | de liechtenstein=LI; de mónaco=MC
direct-question | cuál es la capital {} que me lo preguntan en la caja | de san marino=SM
direct-question | alexa cuál es la capital {} tú | de bielorrusia=BY
direct-question | qué capital tiene {} que no caigo | egipto=EG
direct-question | y {} qué capital tiene a ver | túnez=TN
direct-question | pues cuál es la capital {} que lo estoy estudiando | de kenia=KE
direct-question | cuál es la capital {} que no me sale y llevo un rato | de jordania=JO
direct-question | eh cuál es la capital {} de verdad | de irak=IQ
direct-question | cuál era la capital {} que lo sabía | de vietnam=VN
direct-question | la capital {} cuál es tú que lo sabes todo | de japón=JP
direct-question | cuál es la capital {} que se me ha ido la cabeza | de nueva zelanda=NZ
# Mallorca, Ibiza and the ferry
travel | vamos a ir a {} y quiero saber la capital | cuba=CU; jamaica=JM
travel | me voy de viaje de novios a {} cuál es la capital | tailandia=TH; maldivas=MV
travel | estoy en recepción y un cliente de {} me pregunta su capital | noruega=NO; dinamarca=DK
travel | el crucero para en {} cuál es la capital de allí | grecia=GR; croacia=HR
travel | nos vamos de interrail por {} cuál es la capital | eslovenia=SI; eslovaquia=SK
travel | en el ave a madrid cuál es la capital {} | de kazajistán=KZ; de uzbekistán=UZ
travel | voy a hacer el camino del inca en {} cuál es su capital | perú=PE
travel | el vuelo hace escala en {} cuál es la capital | catar=QA; baréin=BH
# oposiciones, autoescuela, farmacia
homework | estoy con las oposiciones y no me sé la capital {} | de tayikistán=TJ; de turkmenistán=TM
homework | para el temario cuál es la capital {} | de armenia=AM; de georgia el país=GE
homework | mi hijo tiene examen de geografía cuál es la capital {} | de nigeria=NG; de ghana=GH
homework | en el mapa mudo de mañana sale la capital {} cuál es | de angola=AO; de namibia=NA
homework | tengo que repasar cuál es la capital {} | de zimbabue=ZW; de mozambique=MZ
quiz | en el cazador han preguntado la capital {} cuál es | de surinam=SR; de guyana=GY
quiz | en boom ha salido la capital {} cuál era | de brunéi=BN; de singapur=SG
quiz | en el pub quiz nos ha caído la capital {} cuál es | de bután=BT; de nepal=NP
quiz | para la porra del bar cuál es la capital {} | de gabón=GA; de chad=TD
quiz | a ver si acierto cuál es la capital {} | de eritrea=ER; de yibuti=DJ
work | estoy en la farmacia y una señora me pregunta la capital {} | de pakistán=PK; de india=IN
work | en la caja del mercadona me han preguntado la capital {} | de arabia saudí=SA; de yemen=YE
work | a ver que estoy dando clase en la autoescuela cuál es la capital {} | de israel=IL; de emiratos árabes unidos=AE
# niños, mayores
child | alexa yo tengo cinco años cuál es la capital {} | de españa=ES; de francia=FR
child | mami dice que te pregunte la capital {} | de inglaterra=GB-ENG; de alemania=DE
child | alexa alexa la capital {} | de japón=JP; de china=CN
child | cuál es la capital de los pingüinos | FB
child | la capital {} cuál es que me lo ha preguntado la seño | de méxico=MX; de argentina=AR
elder | hija de mi alma dime la capital {} | de rusia=RU; de polonia=PL
elder | en mis tiempos la capital {} era otra cuál es ahora | de kazajistán=KZ; de nigeria=NG
elder | oye maquinita cuál es la capital {} | de hungría=HU; de austria=AT
elder | a ver el aparato este la capital {} | de bélgica=BE; de holanda=NL
elder | que me diga la capital {} el cacharro este | de venezuela=VE; de colombia=CO
# aprendientes
learner | hola yo aprendo español cuál es capital {} | de alemania=DE; de austria=AT
learner | perdón mi español no es bueno qual é a capital {} | de brasil=BR; de portugal=PT
learner | capital {} cuál es por favor yo soy estudiante americano | de estados unidos=US; de canadá=CA
learner | dónde está la capital {} | de finlandia=FI; de suecia=SE
learner | alexa por favor dime el capital {} | de inglaterra=GB-ENG; de escocia=GB-SCT
learner | cuál es la capital de la grecia por favor | GR
learner | la capital de el japón cuál es | JP
learner | cómo se llama capital de la turquía | TR
# Argentines in Barcelona
polite-request | che me hacés el favor de decirme la capital {} | de colombia=CO
polite-request | disculpame cuál es la capital {} | de costa rica=CR
polite-request | por favor alexa la capital {} que no la sé | de el salvador=SV; de guatemala=GT
polite-request | si no es molestia cuál es la capital {} | de haití=HT; de jamaica=JM
polite-request | perdone una pregunta la capital {} | de trinidad y tobago=TT; de barbados=BB
polite-request | alexa te importaría decirme la capital {} | de santa lucía=LC; de san vicente y las granadinas=VC
polite-request | muy amable dime la capital {} por favor | de antigua y barbuda=AG; de san cristóbal y nieves=KN
do-you-know | tú sabes cuál es la capital {} | de corea del sur=KR; de corea del norte=KP
do-you-know | a que no sabes la capital {} | de madagascar=MG; de mauricio=MU
do-you-know | te sabes la capital {} aupa | de comoras=KM; de cabo verde=CV
do-you-know | sabrías decirme la capital {} | de guinea ecuatorial=GQ; de guinea-bisáu=GW
do-you-know | tienes idea de cuál es la capital {} choto | de liberia=LR; de sierra leona=SL
imperative | dime ya la capital {} | de togo=TG; de benín=BJ
imperative | búscame la capital {} | de malí=ML; de costa de marfil=CI
imperative | venga suéltame la capital {} | de burundi=BI; de botsuana=BW
imperative | chívame la capital {} que estamos jugando | de esuatini=SZ; de sudáfrica=ZA
imperative | recuérdame la capital {} | de república centroafricana=CF; de eritrea=ER
terse | capital {} | de tuvalu=TV; de nauru=NR
terse | alexa capital {} ya | de kiribati=KI; de micronesia=FM
terse | {} capital | vanuatu=VU; samoa=WS
terse | la capital {} rápido | de islas salomón=SB; de papúa nueva guinea=PG
filler-hesitation | eh pues esto cuál es la capital {} | de bangladés=BD; de myanmar=MM
filler-hesitation | mmm a ver la capital {} | de malasia=MY; de indonesia=ID
filler-hesitation | bueno pues nada que cuál es la capital {} | de omán=OM; de catar=QA
filler-hesitation | o sea a ver cuál es la capital {} | de kuwait=KW; de irak=IQ
filler-hesitation | ehhh eh la capital {} | de líbano=LB; de israel=IL
trailing-words | cuál es la capital {} gracias majo | de argentina=AR; de chile=CL
trailing-words | cuál es la capital {} que me estoy volviendo loco | de pakistán=PK; de afganistán=AF
trailing-words | la capital {} y ya me voy a dormir | de brasil=BR; de paraguay=PY
trailing-words | dime la capital {} y luego pon música | de francia=FR; de italia=IT
trailing-words | cuál es la capital {} eh que no te enteras | de canadá=CA; de estados unidos=US
# reverse, yes-no, self-correction, follow-up, names
reverse-question | {} es la capital de qué país | bakú=CITY:Bakú; ereván=CITY:Ereván
reverse-question | de qué país es capital {} | liubliana=CITY:Liubliana; bratislava=CITY:Bratislava
reverse-question | {} de dónde es capital | reikiavik=CITY:Reikiavik; helsinki=CITY:Helsinki
reverse-question | oye {} es capital de qué | skopie=CITY:Skopie; podgorica=CITY:Podgorica
yes-no-check | la capital de australia es sídney verdad | AU
yes-no-check | la capital de suiza es ginebra no | CH
yes-no-check | es berna la capital de suiza | CH
yes-no-check | la capital de canadá es toronto o no | CA
yes-no-check | verdad que la capital de turquía es estambul | TR
yes-no-check | es cierto que la capital de marruecos es rabat | MA
yes-no-check | la capital de nueva zelanda es auckland a que sí | NZ
yes-no-check | ámsterdam es la capital de holanda sí o qué | NL
self-correction | la capital de austria no perdón de australia | AU
self-correction | cuál es la capital de suecia digo de suiza | CH
self-correction | la capital de eslovenia no espera de eslovaquia | SK
self-correction | cuál es la capital de irak mejor dicho de irán | IR
self-correction | dime la capital de níger no perdona de nigeria | NG
self-correction | la capital de gambia bueno no de zambia | ZM
follow-up | y la {} | de portugal=PT; de noruega=NO
follow-up | vale y la de {} ahora | polonia=PL; hungría=HU
follow-up | y {} qué | bulgaria=BG; serbia=RS
follow-up | y la de {} ya puestos | chipre=CY; malta=MT
official-name | cuál es la capital de la {} | república helénica=GR; confederación suiza=CH; república francesa=FR
official-name | la capital del {} cuál es | reino de españa=ES; gran ducado de luxemburgo=LU; principado de andorra=AD
official-name | capital de la república italiana | IT
old-name | cuál era la capital de {} | persia=IR; siam=TH; ceilán=LK
old-name | la capital de la antigua {} | abisinia=ET; rodesia=ZW; birmania=MM
everyday-name | cuál es la capital de {} | holanda=NL; gran bretaña=GB; inglaterra=GB-ENG
everyday-name | la capital de los {} | emiratos=AE; países bajos=NL; estados unidos=US
shared-name | cuál es la capital de {} aupa | georgia=GE+US-GA; corea=KP+KR; congo=CD+CG
shared-name | capital de las {} | islas vírgenes=VG+VI; dos coreas=KP+KR
shared-name | la capital de georgia la de estados unidos | US-GA
shared-name | la capital del congo brazzaville | CG
shared-name | la capital de corea la del norte | KP
plural-capitals | cuáles son las capitales {} | de bolivia=BO; de sudáfrica=ZA; de países bajos=NL
plural-capitals | qué capitales tiene {} | malasia=MY; sri lanka=LK; benín=BJ
plural-capitals | las capitales de costa de marfil cuáles son | CI
plural-capitals | dime las dos capitales de esuatini | SZ
plural-capitals | cuáles son las capitales de palestina | PS
subdivision | cuál es la capital {} que vamos de excursión | de baviera=DE-BY; de sajonia=DE-SN; de renania del norte-westfalia=DE-NW
subdivision | la capital {} cuál es | de gales=GB-WLS; de irlanda del norte=GB-NIR
subdivision | cuál es la capital {} que lo pregunta un alemán del hotel | de baja sajonia=DE-NI; de hesse=DE-HE; de baden-wurtemberg=DE-BW
subdivision | capital de la provincia de {} en canadá | quebec=CA-QC; ontario=CA-ON; columbia británica=CA-BC
territory | cuál es la capital de {} que está a tope de turistas | gibraltar=GI; islas feroe=FO; groenlandia=GL
territory | la capital de las {} | islas malvinas=FK; islas caimán=KY; bermudas=BM
territory | cuál es la capital de la isla de {} | man=IM; reunión=RE; guadalupe=GP
one-shot | pregúntale a capitales del mundo cuál es la capital {} | de polonia=PL; de letonia=LV
one-shot | abre capitales del mundo y dime la capital {} | de sierra leona=SL; de liberia=LR
one-shot | alexa dile a capitales del mundo la capital {} | de bután=BT; de brunéi=BN
recognition-artefact | cual es la capital de {} | dinamarca=DK; belgica=BE
recognition-artefact | la capital de {} | sudafrica=ZA; camerun=CM
recognition-artefact | cuál es la capital de nueva zelandia | NZ
recognition-artefact | cuál es la capital de luxen burgo | LU
recognition-artefact | cuál es la capital de islan dia | IS
recognition-artefact | cuál es la capital de mal ta | MT
launch | aupa abre capitales del mundo | LAUNCH
launch | pon capitales del mundo majo | LAUNCH
launch | alexa inicia capitales del mundo por favor | LAUNCH
launch | quiero jugar a capitales del mundo | LAUNCH
help | y esto cómo va | HELP
help | qué le puedo preguntar a esta cosa | HELP
help | no entiendo cómo funciona ayúdame | HELP
help | explícame qué haces | HELP
help | qué tengo que decirte para las capitales | HELP
help | ayuda choto | HELP
help | jo qué se puede hacer aquí | HELP
help | necesito ayuda con esto | HELP
stop | para ya | STOP
stop | ya está gracias | STOP
stop | calla ya jo | STOP
stop | aupa ya vale para | STOP
stop | sal de capitales del mundo | STOP
stop | apágate majo | STOP
stop | ya no quiero más para | STOP
stop | basta ya por hoy | STOP
cancel | déjalo no importa | CANCEL
cancel | cancela eso | CANCEL
cancel | anula la pregunta | CANCEL
cancel | nada nada olvídalo | CANCEL
cancel | no no cancela choto | CANCEL
cancel | cancélalo que me he liado | CANCEL
cancel | olvida lo que te he dicho | CANCEL
cancel | da igual déjalo estar | CANCEL
out-of-domain | cuál es la capital del país vasco | FB
out-of-domain | cuál es la capital de castilla y león | FB
out-of-domain | cuál es la capital de mallorca | FB
out-of-domain | cuál es la capital de la provincia de soria | FB
out-of-domain | cuál es la capital de cataluña | FB
out-of-domain | cuál es la capital de sicilia | FB
out-of-domain | cuántos habitantes tiene portugal | FB
out-of-domain | qué idioma se habla en bélgica | FB
out-of-domain | qué moneda tienen en suiza | FB
out-of-domain | qué es el capital social de una empresa | FB
out-of-domain | cuándo se abolió la pena capital en españa | FB
out-of-domain | quién escribió el capital | FB
out-of-domain | a qué hora sale el ferry a ibiza | FB
out-of-domain | qué tiempo hace mañana en almería | FB
out-of-domain | cuánto dura el examen de la oposición | FB
out-of-domain | quién ganó el partido de pelota ayer | FB
out-of-domain | pon la radio | FB
out-of-domain | cuál es el río más largo de europa | FB
out-of-domain | cuál es la montaña más alta de españa | FB
out-of-domain | cuántas comunidades autónomas tiene españa | FB
out-of-domain | qué hora es en tokio | FB
out-of-domain | cuál es la bandera de italia | FB
out-of-domain | cómo se dice capital en alemán | FB
out-of-domain | cuál es la capital del pecado | FB
out-of-domain | cuál es la capital de la alegría | FB
out-of-domain | en qué continente está mongolia | FB
out-of-domain | quién es el presidente de francia | FB
out-of-domain | pon una alarma a las siete | FB
out-of-domain | añade leche a la lista de la compra | FB
out-of-domain | letra capital qué significa | FB
out-of-domain | cuál es la capital de flandes | FB
out-of-domain | cuántos países hay en áfrica | FB
out-of-domain | cuánto cuesta un billete de ave a bilbao | FB
out-of-domain | cuál es la capital de la costa brava | FB
out-of-domain | cuántos pintxos me recomiendas en la parte vieja | FB
out-of-domain | qué autobús va a getxo | FB
out-of-domain | cuál es la capital de guipúzcoa | FB
out-of-domain | cuánto se tarda de soria a cuenca | FB
out-of-domain | cuál es la capital de la toscana | FB
out-of-domain | qué temas entran en la oposición de maestro | FB
out-of-domain | cuánto cuesta el carné de conducir | FB
out-of-domain | cuáles son las capitales de provincia de andalucía | FB
out-of-domain | qué capital tiene que poner uno para montar un bar | FB
out-of-domain | dónde está la farmacia de guardia | FB
out-of-domain | a qué hora echan el cazador | FB
# ---------------- es-MX ----------------
direct-question | mare cuál es la capital {} | de guatemala=GT; de belice=BZ | es-MX
direct-question | oye bomba cuál es la capital {} | de el salvador=SV; de nicaragua=NI | es-MX
direct-question | ira chamaco cuál es la capital {} | de panamá=PA; de colombia=CO | es-MX
direct-question | qué pues cuál es la capital {} | de cuba=CU; de haití=HT | es-MX
direct-question | ándale pues dime cuál es la capital {} | de ecuador=EC; de perú=PE | es-MX
direct-question | pos cuál es la capital {} | de argentina=AR; de uruguay=UY | es-MX
direct-question | oye cuál es la capital {} mi chavo | de brasil=BR; de surinam=SR | es-MX
direct-question | cuál es la capital {} que estoy en el tianguis | de japón=JP; de corea del sur=KR | es-MX
direct-question | cuál es la capital {} que vamos en el ado | de india=IN; de pakistán=PK | es-MX
direct-question | a ver cuál es la capital {} jarocho | de rusia=RU; de ucrania=UA | es-MX
direct-question | cuál es mero la capital {} | de alemania=DE; de francia=FR | es-MX
direct-question | cuál viene siendo la capital {} | de egipto=EG; de marruecos=MA | es-MX
direct-question | y la capital {} cuál es oiga | de kenia=KE; de etiopía=ET | es-MX
direct-question | cuál es la capital {} pues | de filipinas=PH; de vietnam=VN | es-MX
direct-question | cuál es la capital {} que estamos en la trajinera | de grecia=GR; de turquía=TR | es-MX
direct-question | qué onda cuál es la capital {} | de canadá=CA; de estados unidos=US | es-MX
direct-question | cuál es la capital {} que estoy en la paletería | de arabia saudita=SA; de irán=IR | es-MX
direct-question | cuál es la capital {} ahorita que estoy aquí en el sitio | de españa=ES; de portugal=PT | es-MX
direct-question | en la fábrica de zapatos nos preguntamos la capital {} | de suecia=SE; de noruega=NO | es-MX
direct-question | oye y la capital {} cuál es que aquí en chetumal nadie sabe | de belice=BZ; de jamaica=JM | es-MX
direct-question | cuál es la capital {} ay chihuahua | de mongolia=MN; de kazajistán=KZ | es-MX
# situations
work | soy guía del cenote y un turista de {} me pregunta su capital | holanda=NL; bélgica=BE | es-MX
work | en la destilería un señor de {} quiere saber la capital de su país | escocia=GB-SCT; irlanda=IE | es-MX
work | en la farmacia del doctor simi me preguntaron la capital {} | de cuba=CU; de venezuela=VE | es-MX
work | soy taxista y el pasajero quiere saber la capital {} | de austria=AT; de suiza=CH | es-MX
quiz | para la olimpiada del conocimiento cuál es la capital {} | de sudáfrica=ZA; de nigeria=NG | es-MX
quiz | en el concurso de la telesecundaria preguntan la capital {} | de indonesia=ID; de malasia=MY | es-MX
quiz | en el karaoke hicimos apuesta de la capital {} cuál es | de australia=AU; de nueva zelanda=NZ | es-MX
quiz | en el teletón preguntaron la capital {} cuál es | de perú=PE; de bolivia=BO | es-MX
homework | tengo tarea de la capital {} | de camerún=CM; de gabón=GA | es-MX
homework | me dejaron de tarea investigar la capital {} | de madagascar=MG; de mozambique=MZ | es-MX
homework | para la exposición de mañana cuál es la capital {} | de ghana=GH; de costa de marfil=CI | es-MX
homework | la maestra quiere la capital {} | de uganda=UG; de ruanda=RW | es-MX
child | alexa soy del kinder cuál es la capital {} | de méxico=MX; de españa=ES | es-MX
child | mi abuelita quiere saber la capital {} | de china=CN; de japón=JP | es-MX
child | estoy jugando fortnite y quiero saber la capital {} | de estados unidos=US; de rusia=RU | es-MX
child | alexa cuál es la capital de la luna | FB | es-MX
elder | mijo la capital {} cuál es | de israel=IL; de palestina=PS | es-MX
elder | en la telenovela dijeron la capital {} cuál es | de turquía=TR; de corea del sur=KR | es-MX
elder | oiga señorita alexa la capital {} | de el salvador=SV; de honduras=HN | es-MX
learner | ba'ax cuál es capital {} | de méxico=MX; de guatemala=GT | es-MX
learner | yo no hablo bien castilla cuál es capital {} | de honduras=HN; de cuba=CU | es-MX
learner | dime capital de {} por favor señorita | perú=PE; chile=CL | es-MX
polite-request | me hace el favor de decirme la capital {} | de yemen=YE; de omán=OM | es-MX
polite-request | disculpe alexa la capital {} por favorcito | de siria=SY; de kuwait=KW | es-MX
polite-request | sería tan amable de decirme la capital {} | de catar=QA; de baréin=BH | es-MX
polite-request | porfa la capital {} | de uzbekistán=UZ; de tayikistán=TJ | es-MX
do-you-know | sabes cuál es la capital {} mare | de kirguistán=KG; de azerbaiyán=AZ | es-MX
do-you-know | a poco sabes la capital {} | de bután=BT; de bangladés=BD | es-MX
do-you-know | te la sabes la capital {} | de myanmar=MM; de camboya=KH | es-MX
do-you-know | conoces la capital {} | de eslovaquia=SK; de chequia=CZ | es-MX
imperative | dime rapidito la capital {} | de letonia=LV; de lituania=LT | es-MX
imperative | échame la capital {} | de bielorrusia=BY; de moldavia=MD | es-MX
imperative | avísame la capital {} | de serbia=RS; de croacia=HR | es-MX
imperative | contéstame cuál es la capital {} | de albania=AL; de montenegro=ME | es-MX
terse | capital {} porfa | de malí=ML; de níger=NE | es-MX
terse | la capital {} nomás | de mauritania=MR; de senegal=SN | es-MX
terse | {} su capital | sudán=SD; sudán del sur=SS | es-MX
filler-hesitation | este cuál es la capital {} | de somalia=SO; de yibuti=DJ | es-MX
filler-hesitation | este este la capital {} | de túnez=TN; de argelia=DZ | es-MX
filler-hesitation | mmm ay cómo se llama la capital {} | de zambia=ZM; de zimbabue=ZW | es-MX
filler-hesitation | eh pos este cuál es la capital {} | de namibia=NA; de angola=AO | es-MX
trailing-words | cuál es la capital {} gracias bomba | de malaui=MW; de benín=BJ | es-MX
trailing-words | cuál es la capital {} ya me voy a la charreada | de guinea=GN; de liberia=LR | es-MX
trailing-words | cuál es la capital {} sale | de burkina faso=BF; de cabo verde=CV | es-MX
trailing-words | la capital {} y ahorita te pregunto otra | de guinea ecuatorial=GQ; de santo tomé y príncipe=ST | es-MX
trailing-words | cuál es la capital {} que ya me ganaron la apuesta | de comoras=KM; de mauricio=MU | es-MX
reverse-question | {} es capital de qué país | tegucigalpa=CITY:Tegucigalpa; managua=CITY:Managua | es-MX
reverse-question | de dónde es capital {} | quito=CITY:Quito; asunción=CITY:Asunción | es-MX
reverse-question | oye {} de qué país es la capital | ulán bator=CITY:Ulán Bator; katmandú=CITY:Katmandú | es-MX
reverse-question | {} es capital de cuál estado | mérida=CITY:Mérida; xalapa=CITY:Xalapa | es-MX
reverse-question | de qué estado es capital {} | tuxtla gutiérrez=CITY:Tuxtla Gutiérrez; morelia=CITY:Morelia | es-MX
yes-no-check | la capital de veracruz es el puerto de veracruz verdad | MX-VER | es-MX
yes-no-check | es guadalajara la capital de jalisco | MX-JAL | es-MX
yes-no-check | la capital de yucatán es cancún o no | MX-YUC | es-MX
yes-no-check | a poco la capital de brasil es río de janeiro | BR | es-MX
yes-no-check | es cierto que la capital de estados unidos es nueva york | US | es-MX
yes-no-check | la capital de guanajuato es león verdad | MX-GUA | es-MX
yes-no-check | la capital de quintana roo es chetumal sí | MX-ROO | es-MX
yes-no-check | bogotá es la capital de colombia o me equivoco | CO | es-MX
self-correction | la capital de oaxaca no perdón de chiapas | MX-CHP | es-MX
self-correction | cuál es la capital de guatemala digo de honduras | HN | es-MX
self-correction | la capital de sonora no espérate de sinaloa | MX-SIN | es-MX
self-correction | dime la capital de nicaragua no perdón de costa rica | CR | es-MX
self-correction | la capital de paraguay mejor dicho de uruguay | UY | es-MX
self-correction | cuál es la capital de austria ay no digo de australia | AU | es-MX
follow-up | y la de {} pues | jalisco=MX-JAL; oaxaca=MX-OAX | es-MX
follow-up | ajá y {} | veracruz=MX-VER; tabasco=MX-TAB | es-MX
follow-up | órale y la de {} | perú=PE; chile=CL | es-MX
follow-up | y de {} cuál es | cuba=CU; panamá=PA | es-MX
subdivision | cuál es la capital {} mare | de yucatán=MX-YUC; de campeche=MX-CAM | es-MX
subdivision | la capital del estado {} | de veracruz=MX-VER; de oaxaca=MX-OAX | es-MX
subdivision | cuál es la capital {} que vamos al cervantino | de guanajuato=MX-GUA; de querétaro=MX-QUE | es-MX
subdivision | qué capital tiene {} | nuevo león=MX-NLE; coahuila=MX-COA | es-MX
subdivision | la capital {} cuál es jarocho | de tabasco=MX-TAB; de guerrero=MX-GRO | es-MX
subdivision | capital del estado {} | de hidalgo=MX-HID; de morelos=MX-MOR; de puebla=MX-PUE | es-MX
subdivision | cuál es la capital {} ándale | de sonora=MX-SON; de durango=MX-DUR | es-MX
subdivision | la capital del estado de {} pues | méxico=MX-MEX; baja california=MX-BCN; baja california sur=MX-BCS | es-MX
subdivision | cuál es la capital {} en estados unidos | de california=US-CA; de arizona=US-AZ | es-MX
subdivision | cuál es la capital {} en brasil | de bahía=BR-BA; de amazonas=BR-AM; de minas gerais=BR-MG | es-MX
territory | cuál es la capital de {} que voy de crucero | puerto rico=PR; aruba=AW; curazao=CW | es-MX
territory | la capital de {} cuál es | martinica=MQ; guayana francesa=GF; san martín=MF | es-MX
official-name | cuál es la capital de los {} | estados unidos mexicanos=MX; estados unidos de américa=US | es-MX
official-name | la capital de la {} | república bolivariana de venezuela=VE; república oriental del uruguay=UY; república popular china=CN | es-MX
official-name | capital del estado plurinacional de bolivia | BO | es-MX
everyday-name | cuál es la capital del {} | gabacho=US; reino unido=GB | es-MX
everyday-name | capital de {} pues | gringolandia=US; holanda=NL; inglaterra=GB-ENG | es-MX
old-name | oiga cuál era la capital de {} | honduras británica=BZ; formosa=TW; dahomey=BJ | es-MX
shared-name | cuál es la capital de {} mare | congo=CD+CG; georgia=GE+US-GA; islas vírgenes=VG+VI | es-MX
shared-name | y la capital de {} | las dos coreas=KP+KR; los dos congos=CD+CG | es-MX
shared-name | cuál es la capital de georgia el estado | US-GA | es-MX
shared-name | la capital de la república democrática del congo | CD | es-MX
plural-capitals | y cuáles son las capitales {} | de esuatini=SZ; de costa de marfil=CI; de malasia=MY | es-MX
plural-capitals | qué capitales tiene {} pues | bolivia=BO; holanda=NL; sudáfrica=ZA | es-MX
plural-capitals | dime las capitales {} | de benín=BJ; de sri lanka=LK; de palestina=PS | es-MX
one-shot | pregúntale a capitales del mundo la capital {} | de kenia=KE; de etiopía=ET | es-MX
one-shot | alexa abre capitales del mundo y dime la capital {} | de fiyi=FJ; de samoa=WS | es-MX
one-shot | capitales del mundo cuál es la capital {} | de vanuatu=VU; de tuvalu=TV | es-MX
recognition-artefact | oye cual es la capital de {} | japon=JP; peru=PE | es-MX
recognition-artefact | la capital de {} cual es | canada=CA; mexico=MX | es-MX
recognition-artefact | cuál es la capital de mi choacán | MX-MIC | es-MX
recognition-artefact | cuál es la capital de ki tana roo | MX-ROO | es-MX
recognition-artefact | cuál es la capital de tama ulipas | MX-TAM | es-MX
recognition-artefact | cuál es la capital de nica ragua | NI | es-MX
recognition-artefact | cuál es la capital de guate | GT | es-MX
launch | abre capitales del mundo pues | LAUNCH | es-MX
launch | alexa ábreme capitales del mundo | LAUNCH | es-MX
launch | órale abre capitales del mundo | LAUNCH | es-MX
launch | empieza capitales del mundo | LAUNCH | es-MX
help | qué hago aquí mare | HELP | es-MX
help | cómo le hago para preguntarte | HELP | es-MX
help | ayúdame pues no sé cómo | HELP | es-MX
help | ayuda por favorcito | HELP | es-MX
help | qué le pregunto a esto | HELP | es-MX
help | cómo se usa esta cosa | HELP | es-MX
help | oye qué puedo hacer con capitales del mundo | HELP | es-MX
help | me explicas cómo funciona | HELP | es-MX
stop | ya estuvo mare | STOP | es-MX
stop | ya párale | STOP | es-MX
stop | ya cállate chamaco | STOP | es-MX
stop | sale ya bye | STOP | es-MX
stop | bájale ya alexa | STOP | es-MX
stop | ya no quiero jugar | STOP | es-MX
stop | salte de capitales del mundo | STOP | es-MX
stop | detente ya | STOP | es-MX
cancel | ya no cancela | CANCEL | es-MX
cancel | cancélale | CANCEL | es-MX
cancel | mejor no olvídalo pues | CANCEL | es-MX
cancel | no ya déjalo así | CANCEL | es-MX
cancel | cancela eso por favorcito | CANCEL | es-MX
cancel | ni modos cancela | CANCEL | es-MX
cancel | nel cancela | CANCEL | es-MX
cancel | no no ya no importa cancélalo | CANCEL | es-MX
out-of-domain | cuál es la capital del tequila | FB | es-MX
out-of-domain | cuál es la capital mundial de la charrería | FB | es-MX
out-of-domain | cuál es la capital de la provincia de pinar del río | FB | es-MX
out-of-domain | cuál es la capital de antioquia | FB | es-MX
out-of-domain | cuántos habitantes tiene guadalajara | FB | es-MX
out-of-domain | cuándo es la guelaguetza | FB | es-MX
out-of-domain | qué día empieza el cervantino | FB | es-MX
out-of-domain | a qué hora sale el ado a mérida | FB | es-MX
out-of-domain | cuánto cuesta el dólar hoy | FB | es-MX
out-of-domain | cuál es el cenote más bonito | FB | es-MX
out-of-domain | pon música de banda | FB | es-MX
out-of-domain | cuándo juegan las chivas | FB | es-MX
out-of-domain | qué idioma hablan en belice | FB | es-MX
out-of-domain | qué moneda usan en guatemala | FB | es-MX
out-of-domain | quién es el presidente de colombia | FB | es-MX
out-of-domain | cuántos estados tiene méxico | FB | es-MX
out-of-domain | cuál es el estado más grande de méxico | FB | es-MX
out-of-domain | dónde queda tulum | FB | es-MX
out-of-domain | qué es el capital de trabajo | FB | es-MX
out-of-domain | cómo se hace la cochinita pibil | FB | es-MX
out-of-domain | cuánto falta para la quinceañera | FB | es-MX
out-of-domain | pon un temporizador de diez minutos | FB | es-MX
out-of-domain | cuál es la capital de la península de yucatán | FB | es-MX
out-of-domain | cuál es la capital de la huasteca | FB | es-MX
out-of-domain | qué significa capital en economía | FB | es-MX
out-of-domain | dime un chiste | FB | es-MX
out-of-domain | cuál es el volcán más alto de méxico | FB | es-MX
out-of-domain | en qué año fue la independencia de méxico | FB | es-MX
out-of-domain | cómo está el tráfico en el periférico | FB | es-MX
out-of-domain | qué tan lejos está veracruz de xalapa | FB | es-MX
out-of-domain | dónde está la paletería más cercana | FB | es-MX
out-of-domain | cuál es la capital de la riviera maya | FB | es-MX
out-of-domain | cuál es la capital del fútbol mexicano | FB | es-MX
out-of-domain | cuál es la capital del mole | FB | es-MX
out-of-domain | cuál es la capital de la provincia de buenos aires | FB | es-MX
out-of-domain | cuántos cenotes hay en yucatán | FB | es-MX
out-of-domain | cuánto cuesta el boleto del ado a chetumal | FB | es-MX
out-of-domain | qué hora es en mérida | FB | es-MX
out-of-domain | cuál es la capital de la región de los lagos | FB | es-MX
out-of-domain | cuántos pesos son cien dólares | FB | es-MX
out-of-domain | quién canta el son de la negra | FB | es-MX
out-of-domain | cuál es la capital de la comarca lagunera | FB | es-MX
out-of-domain | cuánto mide la pirámide de chichén itzá | FB | es-MX
out-of-domain | ponme la telenovela | FB | es-MX
# ---------------- es-US ----------------
direct-question | asere cuál es la capital {} | de cuba=CU; de jamaica=JM | es-US
direct-question | qué bolá cuál es la capital {} | de venezuela=VE; de colombia=CO | es-US
direct-question | oye chico cuál es la capital {} | de españa=ES; de francia=FR | es-US
direct-question | mi vida cuál es la capital {} | de república dominicana=DO; de puerto rico=PR | es-US
direct-question | oye mijo cuál es la capital {} | de guatemala=GT; de honduras=HN | es-US
direct-question | cuál es la capital {} que estoy en el lonche | de méxico=MX; de canadá=CA | es-US
direct-question | ándale cuál es la capital {} | de nicaragua=NI; de costa rica=CR | es-US
direct-question | cuál es la capital {} que estoy parqueado esperando | de perú=PE; de ecuador=EC | es-US
direct-question | cuál es la capital {} que aquí en la carpetera no saben | de argentina=AR; de chile=CL | es-US
direct-question | cuál es la capital {} que estamos en el break de la planta | de paraguay=PY; de brasil=BR | es-US
direct-question | cuál es la capital {} que andamos en la papa | de guyana=GY; de trinidad y tobago=TT | es-US
direct-question | cuál es la capital {} que estoy pizcando tomate | de granada el país=GD; de dominica=DM | es-US
direct-question | cuál es la capital {} que andamos en los hongos | de rusia=RU; de ucrania=UA | es-US
direct-question | oye cuál es la capital {} que estamos hirviendo los crawfish | de alemania=DE; de bélgica=BE | es-US
direct-question | cuál es la capital {} que estoy esperando trabajo en la esquina | de irlanda=IE; de escocia=GB-SCT | es-US
direct-question | cuál es la capital {} que estoy limpiando oficinas | de japón=JP; de china=CN | es-US
direct-question | y la capital {} cuál es chico | de filipinas=PH; de indonesia=ID | es-US
direct-question | alexa oye cuál es la capital {} tú | de india=IN; de pakistán=PK | es-US
direct-question | cuál es la capital {} que me están preguntando en el gimnasio de boxeo | de turquía=TR; de grecia=GR | es-US
direct-question | cuál es la capital {} que estamos en el rodeo | de australia=AU; de nueva zelanda=NZ | es-US
spanglish | hey alexa cuál es la capital {} real quick | de egipto=EG; de marruecos=MA | es-US
spanglish | so like cuál es la capital {} | de kenia=KE; de nigeria=NG | es-US
spanglish | okay alexa what's la capital {} | de etiopía=ET; de somalia=SO | es-US
spanglish | mi abuela wants to know la capital {} | de honduras=HN; de nicaragua=NI | es-US
spanglish | cuál es la capital {} for my ged class | de siria=SY; de irak=IQ | es-US
spanglish | wait cuál es la capital {} bro | de arabia saudita=SA; de catar=QA | es-US
spanglish | the capital {} cuál es | de suecia=SE; de noruega=NO | es-US
spanglish | oye what is the capital de {} | portugal=PT; suiza=CH | es-US
work | estoy en la clase del ged y necesito la capital {} | de jordania=JO; de líbano=LB | es-US
work | soy maestra de head start y quiero enseñar la capital {} | de perú=PE; de ecuador=EC | es-US
work | ando en el delivery y el cliente pregunta la capital {} | de afganistán=AF; de nepal=NP | es-US
work | pon la canción y dime la capital {} que soy el dj de la quinceañera | de méxico=MX; de cuba=CU | es-US
quiz | en la práctica de soccer apostamos la capital {} | de croacia=HR; de bosnia=BA | es-US
quiz | en el trivia de la escuela salió la capital {} | de hungría=HU; de rumanía=RO | es-US
quiz | el coach pregunta la capital {} cuál es | de finlandia=FI; de islandia=IS | es-US
homework | mi hijo tiene homework de la capital {} | de letonia=LV; de lituania=LT | es-US
homework | para el examen de ciudadanía cuál es la capital {} | de estados unidos=US; de texas=US-TX | es-US
homework | el teacher quiere la capital {} | de moldavia=MD; de chequia=CZ | es-US
child | grandma dice que te pregunte la capital {} | de cuba=CU; de méxico=MX | es-US
child | alexa tengo seis años y quiero saber la capital {} | de francia=FR; de inglaterra=GB-ENG | es-US
child | cuál es la capital de minecraft | FB | es-US
elder | mijita pregúntale al aparato la capital {} | de guatemala=GT; de panamá=PA | es-US
elder | ay bendito dime la capital {} | de venezuela=VE; de argentina=AR | es-US
elder | señora alexa cuál es la capital {} | de chile=CL; de uruguay=UY | es-US
learner | yo hablo poquito español cuál es la capital {} | de alemania=DE; de irlanda=IE | es-US
learner | cuál es el capital {} | de texas=US-TX; de méxico=MX | es-US
learner | qué es la capital de {} | vietnam=VN; camboya=KH | es-US
polite-request | por favor me dices la capital {} asere | de libia=LY; de argelia=DZ | es-US
polite-request | hazme el favor y dime la capital {} | de malí=ML; de senegal=SN | es-US
polite-request | alexa please la capital {} | de angola=AO; de namibia=NA | es-US
polite-request | con permiso la capital {} | de zambia=ZM; de zimbabue=ZW | es-US
do-you-know | tú sabes la capital {} chico | de tanzania=TZ; de uganda=UG | es-US
do-you-know | tú te sabes la capital {} mi vida | de burundi=BI; de malaui=MW | es-US
do-you-know | sabes cuál es la capital {} o no | de camerún=CM; de gabón=GA | es-US
do-you-know | do you know la capital {} | de níger=NE; de burkina faso=BF | es-US
imperative | dime la capital {} ahora mismo | de benín=BJ; de liberia=LR | es-US
imperative | búscame la capital {} asere | de gambia=GM; de guinea-bisáu=GW | es-US
imperative | tírame la capital {} | de eritrea=ER; de yibuti=DJ | es-US
terse | capital {} ándale | de lesoto=LS; de esuatini=SZ | es-US
terse | capital {} please | de mauricio=MU; de seychelles=SC | es-US
terse | la capital {} | de guinea ecuatorial=GQ; de santo tomé=ST | es-US
filler-hesitation | uh cuál es la capital {} | de mongolia=MN; de kazajistán=KZ | es-US
filler-hesitation | este mira cuál es la capital {} | de kirguistán=KG; de tayikistán=TJ | es-US
filler-hesitation | pues eh la capital {} | de azerbaiyán=AZ; de armenia=AM | es-US
filler-hesitation | you know eh cuál es la capital {} | de myanmar=MM; de laos=LA | es-US
trailing-words | cuál es la capital {} gracias mi amor | de singapur=SG; de malasia=MY | es-US
trailing-words | la capital {} que tengo prisa | de timor-leste=TL; de papúa nueva guinea=PG | es-US
trailing-words | cuál es la capital {} okay thanks | de vanuatu=VU; de tonga=TO | es-US
trailing-words | cuál es la capital {} que ya me tengo que ir a trabajar | de palaos=PW; de islas marshall=MH | es-US
trailing-words | cuál es la capital {} que mañana hay juego | de nauru=NR; de tuvalu=TV | es-US
reverse-question | {} es la capital de qué | la habana=CITY:La Habana; santo domingo=CITY:Santo Domingo | es-US
reverse-question | y de qué estado es capital {} | austin=CITY:Austin; tallahassee=CITY:Tallahassee | es-US
reverse-question | {} es capital de dónde chico | puerto príncipe=CITY:Puerto Príncipe; kingston=CITY:Kingston | es-US
reverse-question | oye {} de qué estado es capital | boise=CITY:Boise; topeka=CITY:Topeka | es-US
yes-no-check | la capital de texas es houston right | US-TX | es-US
yes-no-check | es austin la capital de texas | US-TX | es-US
yes-no-check | la capital de florida es miami verdad | US-FL | es-US
yes-no-check | la capital de cuba es la habana no | CU | es-US
yes-no-check | la capital de georgia el estado es atlanta sí o no | US-GA | es-US
yes-no-check | es chicago la capital de illinois | US-IL | es-US
yes-no-check | la capital de kansas es wichita | US-KS | es-US
yes-no-check | la capital de nueva york es nueva york verdad | US-NY | es-US
self-correction | la capital de idaho no perdón de iowa | US-IA | es-US
self-correction | cuál es la capital de kansas digo de arkansas | US-AR | es-US
self-correction | la capital de virginia no espera de virginia occidental | US-WV | es-US
self-correction | la capital de pensilvania sorry i mean de nueva jersey | US-NJ | es-US
self-correction | dime la capital de cuba no perdón de puerto rico | PR | es-US
self-correction | la capital de carolina del norte mejor dicho del sur | US-SC | es-US
follow-up | y la de {} | luisiana=US-LA; alabama=US-AL | es-US
follow-up | and {} | florida=US-FL; texas=US-TX | es-US
follow-up | okay y {} | oklahoma=US-OK; colorado=US-CO | es-US
follow-up | y la de {} chico | venezuela=VE; cuba=CU | es-US
subdivision | cuál es la capital {} asere | de florida=US-FL; de misisipi=US-MS | es-US
subdivision | y la capital del estado {} | de idaho=US-ID; de pensilvania=US-PA | es-US
subdivision | qué capital tiene el estado de {} | tennessee=US-TN; carolina del norte=US-NC | es-US
subdivision | cuál es la capital {} que me voy a mudar | de oregón=US-OR; de washington el estado=US-WA; de nevada=US-NV | es-US
subdivision | la capital {} pues | de míchigan=US-MI; de ohio=US-OH | es-US
subdivision | cuál es la capital {} que vamos manejando | de nuevo méxico=US-NM; de oklahoma=US-OK | es-US
subdivision | capital de {} en canadá | alberta=CA-AB; manitoba=CA-MB; nueva escocia=CA-NS | es-US
subdivision | cuál es la capital {} en australia | de queensland=AU-QLD; de victoria=AU-VIC; de nueva gales del sur=AU-NSW | es-US
subdivision | la capital de {} en la india | kerala=IN-KL; goa=IN-GA; rajastán=IN-RJ | es-US
territory | cuál es la capital de {} chico | guam=GU; samoa americana=AS; islas turcas y caicos=TC | es-US
territory | la capital de {} que mi primo vive allí | bermudas=BM; anguila=AI; islas marianas del norte=MP | es-US
official-name | oye chico cuál es la capital de la {} | federación rusa=RU; república islámica de irán=IR; república de corea=KR | es-US
official-name | la capital del {} | reino unido de gran bretaña e irlanda del norte=GB; reino hachemita de jordania=JO | es-US
old-name | cuál era la capital de {} antes | zaire=CD; suazilandia=SZ; costa de oro=GH | es-US
everyday-name | la capital de {} mijo | usa=US; la madre patria=ES; rusia blanca=BY | es-US
everyday-name | cuál es la capital de la {} pues | unión americana=US; rdc=CD | es-US
shared-name | a ver cuál es la capital de {} chico | corea=KP+KR; congo=CD+CG; georgia=GE+US-GA | es-US
shared-name | la capital de las islas vírgenes | VG+VI | es-US
shared-name | la capital de las islas vírgenes americanas | VI | es-US
shared-name | cuál es la capital de georgia el país | GE | es-US
plural-capitals | cuáles son las capitales {} chico | de sudáfrica=ZA; de bolivia=BO; de los países bajos=NL | es-US
plural-capitals | what are las capitales {} | de malasia=MY; de costa de marfil=CI | es-US
plural-capitals | dime cuáles son las capitales {} | de esuatini=SZ; de benín=BJ; de sri lanka=LK | es-US
plural-capitals | cuáles son las capitales de palestina mijo | PS | es-US
one-shot | pregúntale a capitales del mundo la capital {} chico | de marruecos=MA; de argelia=DZ | es-US
one-shot | ask capitales del mundo cuál es la capital {} | de jamaica=JM; de bahamas=BS | es-US
one-shot | dile a capitales del mundo que me diga la capital {} | de omán=OM; de baréin=BH | es-US
recognition-artefact | cual es la capital de {} chico | rusia=RU; grecia=GR | es-US
recognition-artefact | cuál es la capital de la florida | US-FL | es-US
recognition-artefact | cuál es la capital de luisi ana | US-LA | es-US
recognition-artefact | cuál es la capital de arkansa | US-AR | es-US
recognition-artefact | cuál es la capital de tejas | US-TX | es-US
recognition-artefact | cuál es la capital de gua temala | GT | es-US
recognition-artefact | cuál es la capital de elsalvador | SV | es-US
launch | abre capitales del mundo chico | LAUNCH | es-US
launch | open capitales del mundo | LAUNCH | es-US
launch | alexa pon capitales del mundo mijo | LAUNCH | es-US
launch | start capitales del mundo | LAUNCH | es-US
help | help cómo funciona esto | HELP | es-US
help | qué puedo decir asere | HELP | es-US
help | ayúdame que no sé usar esto | HELP | es-US
help | ayuda mija | HELP | es-US
help | qué cosas sabes tú | HELP | es-US
help | cómo le pregunto las capitales | HELP | es-US
help | i need help con esto | HELP | es-US
help | no entiendo qué hago | HELP | es-US
stop | stop ya | STOP | es-US
stop | para ya chico | STOP | es-US
stop | ya stop alexa | STOP | es-US
stop | ya cállate asere | STOP | es-US
stop | ok ya terminamos | STOP | es-US
stop | sal de la aplicación | STOP | es-US
stop | ya no más gracias | STOP | es-US
stop | apaga eso ya | STOP | es-US
cancel | cancel eso | CANCEL | es-US
cancel | no no cancela chico | CANCEL | es-US
cancel | nevermind olvídalo | CANCEL | es-US
cancel | cancela por favor mijo | CANCEL | es-US
cancel | olvídate de eso | CANCEL | es-US
cancel | déjalo así ya | CANCEL | es-US
cancel | cancélalo asere | CANCEL | es-US
cancel | no importa cancela | CANCEL | es-US
out-of-domain | cuál es la capital de miami dade | FB | es-US
out-of-domain | cuál es la capital del condado de hidalgo | FB | es-US
out-of-domain | cuál es la capital de siberia | FB | es-US
out-of-domain | cuál es la capital de la provincia de camagüey | FB | es-US
out-of-domain | cuántos habitantes tiene hialeah | FB | es-US
out-of-domain | a qué hora abre el home depot | FB | es-US
out-of-domain | cuánto pagan por hora en la empacadora | FB | es-US
out-of-domain | cuándo es el rodeo de san antonio | FB | es-US
out-of-domain | quién ganó la pelea anoche | FB | es-US
out-of-domain | qué tiempo va a hacer en idaho | FB | es-US
out-of-domain | pon salsa de celia cruz | FB | es-US
out-of-domain | cómo se dice capital en inglés | FB | es-US
out-of-domain | qué idioma hablan en haití | FB | es-US
out-of-domain | qué moneda tienen en cuba | FB | es-US
out-of-domain | quién es el gobernador de texas | FB | es-US
out-of-domain | cuántos estados tiene estados unidos | FB | es-US
out-of-domain | dónde queda kennett square | FB | es-US
out-of-domain | cómo se hierven los crawfish | FB | es-US
out-of-domain | cuál es la capital del boxeo | FB | es-US
out-of-domain | cuál es la capital mundial del champiñón | FB | es-US
out-of-domain | qué es capital gain en los taxes | FB | es-US
out-of-domain | cuándo es el examen del ged | FB | es-US
out-of-domain | llama a mi mamá | FB | es-US
out-of-domain | pon un recordatorio para el lonche | FB | es-US
out-of-domain | cuál es la bandera de puerto rico | FB | es-US
out-of-domain | en qué continente está australia | FB | es-US
out-of-domain | qué tan lejos está mcallen de brownsville | FB | es-US
out-of-domain | cuál es el himno de cuba | FB | es-US
out-of-domain | quién fundó san antonio | FB | es-US
out-of-domain | qué significa pena capital | FB | es-US
out-of-domain | cuál es la capital de la salsa | FB | es-US
out-of-domain | dime las noticias | FB | es-US
out-of-domain | cuál es la capital del condado de dade | FB | es-US
out-of-domain | cuál es la capital de la provincia de santiago de cuba | FB | es-US
out-of-domain | cuál era la capital del imperio azteca | FB | es-US
out-of-domain | cuánto cuesta la licencia de manejar en texas | FB | es-US
out-of-domain | qué hora cierra el walmart | FB | es-US
out-of-domain | cómo saco el ged en español | FB | es-US
out-of-domain | cuántas preguntas tiene el examen de ciudadanía | FB | es-US
out-of-domain | qué tan frío va a estar en dodge city | FB | es-US
out-of-domain | quién es el alcalde de hialeah | FB | es-US
out-of-domain | cuál es la capital de la música tejana | FB | es-US
out-of-domain | pon el juego de los spurs | FB | es-US
out-of-domain | cuál es la mejor carne para el asado | FB | es-US
"""

if __name__ == "__main__":
    build_round(27, "es", LINES, sys.argv, "tests/Eval/es/round27/source/build_corpus.py")
