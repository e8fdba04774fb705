"""Round 26, Spanish (es-ES, es-MX, es-US): a new author's mix of speakers and situations, written blind.
Speakers chosen to differ from rounds 22 to 25. es-ES: Extremadura, Badajoz and Cáceres ("ea", "anda ya", a dehesa and
its pigs), Navarra and a San Fermín morning ("ahivá", "maja"), La Rioja and the grape harvest, Cantabria and a Santander
hospital night shift ("me cago en la mar", "guapina"), Albacete and Toledo ("nene", "pos"), León and Burgos (elders,
"rapaz"), Huelva and a beach chiringuito, a Madrid taxi at night, a Lotería de Navidad queue, a call centre, a choir
rehearsal, a bingo, a teenage gamer streaming, a blind ONCE seller, Romanian, Ukrainian, Moroccan and Chinese learners of
Spanish. es-MX: Tijuana and Mexicali ("morro", "carnal", "simón", "ahorita"), Ensenada fishermen, Tampico and Tamaulipas
("oyes", "jaibo"), Aguascalientes and its fair, Tlaxcala, Querétaro, La Paz in Baja California Sur, Chihuahua city
("bien"), Nahuatl speakers of the Sierra Norte de Puebla and Rarámuri speakers with Spanish as a second language; a
Tijuana call centre, an Uber driver, an IMSS waiting room, a lotería night, a Free Fire streamer, abuelitas at Sanborns, a
barber, a radio call-in, a seminary, a robotics club, a primaria teacher. es-US: Ecuadorians in Queens ("ñaño", "chuta",
"achachay"), Bolivians in Northern Virginia ("ya pues", "no ve"), Poblanos in Brooklyn restaurant kitchens, apple-orchard
workers in Yakima, an Alaska cannery, Sonoran elders in Tucson, tobacco and construction workers in North Carolina; a nail
salon, a school bus, a bilingual classroom, a Spanish radio DJ, church bingo, a dialysis clinic, a nurse's aide, a teen
gamer, second-generation kids mixing English.
Fillers and hesitations, self-corrections, follow-ups, yes/no checks with right and wrong guesses, reverse questions,
official, old and everyday names, shared names (Georgia, Congo, Korea, the Virgin Islands), plurals, subdivisions
(Mexican, US, Canadian, Brazilian, Australian, German and Indian states, the UK's nations) and territories, one-shot
questions through the invocation "capitales del mundo", out-of-domain near misses, and what recognition may write (lost
accents, split or joined words, misspellings, homophones).
`python3 tests/Eval/es/round26/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 26's number; a line without a locale is es-ES)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Plain questions, es-ES: Extremadura, Navarra, La Rioja, Cantabria, La Mancha, León, Huelva.
direct-question | anda ya dime la capital {} | de eslovaquia=SK; de chequia=CZ; de austria=AT
direct-question | ahivá cuál es la capital {} | de noruega=NO; de suecia=SE; de finlandia=FI
direct-question | guapina cuál es la capital {} | de estonia=EE; de letonia=LV; de lituania=LT
direct-question | rapaz tú sabes la capital {} | de polonia=PL; de ucrania=UA; de bielorrusia=BY
direct-question | a ver cuál es la capital {} que estamos vendimiando y no sale | de georgia el país=GE; de armenia=AM; de azerbaiyán=AZ
direct-question | la capital {} cuál es que me lo pregunta el de la cuadrilla | de moldavia=MD; de serbia=RS; de croacia=HR
direct-question | cuál es la capital {} que lo dicen en la radio del taxi | de eslovenia=SI; de bosnia y herzegovina=BA; de montenegro=ME
direct-question | oye cuál es la capital {} que tengo aquí un cliente que no para | de albania=AL; de macedonia del norte=MK; de kosovo=XK
direct-question | a ver hija la capital {} | de bélgica=BE; de luxemburgo=LU; de liechtenstein=LI
direct-question | cuál es la capital {} que en la cola de la lotería se han puesto a discutir | de andorra=AD; de mónaco=MC; de san marino=SM
direct-question | me dices la capital {} que estoy en el chiringuito | de marruecos=MA; de argelia=DZ; de túnez=TN
direct-question | qué capital tiene {} | mauritania=MR; mali=ML; níger=NE
direct-question | y {} qué capital tiene ea | chad=TD; sudán=SD; sudán del sur=SS
direct-question | cuál es la capital {} que estoy en el ensayo del coro | de etiopía=ET; de eritrea=ER; de yibuti=DJ
direct-question | la capital {} cuál es que lo tengo en la punta de la lengua | de somalia=SO; de kenia=KE; de uganda=UG
direct-question | pues dime una cosa cuál es la capital {} | de tanzania=TZ; de ruanda=RW; de burundi=BI
direct-question | sabrías decirme la capital {} | de zambia=ZM; de zimbabue=ZW; de malaui=MW
direct-question | cuál es la capital {} me cago en la mar que no me acuerdo | de mozambique=MZ; de madagascar=MG; de angola=AO
direct-question | cuál era la capital {} que lo cantaron en el bingo | de namibia=NA; de botsuana=BW; de lesoto=LS
direct-question | eh y la capital {} | de nigeria=NG; de ghana=GH; de togo=TG
direct-question | cuál es la capital {} que mi nieto me ha preguntado | de liberia=LR; de sierra leona=SL; de guinea=GN
direct-question | pues la capital {} cuál es | de senegal=SN; de gambia=GM; de guinea-bisáu=GW
direct-question | la capital {} sabes cuál es | de cabo verde=CV; de burkina faso=BF; de camerún=CM
direct-question | oye tú la capital {} | de gabón=GA; de guinea ecuatorial=GQ; de la república centroafricana=CF
direct-question | la capital {} cuál es que llevo toda la mañana con las ovejas | de jordania=JO; de siria=SY; de líbano=LB
direct-question | en el call center me preguntan la capital {} | de irak=IQ; de irán=IR; de kuwait=KW
direct-question | cuál es la capital {} que estamos jugando en el stream | de arabia saudí=SA; de catar=QA; de baréin=BH
direct-question | cuál es la capital {} hijo que yo esto lo sabía | de omán=OM; de yemen=YE; de los emiratos árabes unidos=AE
direct-question | cuál es la capital {} que me ha salido en el examen de geografía | de afganistán=AF; de pakistán=PK; de la india=IN
direct-question | oiga y la capital {} | de nepal=NP; de bután=BT; de bangladés=BD
direct-question | cuál es la capital {} para apuntarlo en el crucigrama | de camboya=KH; de laos=LA; de myanmar=MM
direct-question | venga cuál es la capital {} | de indonesia=ID; de malasia=MY; de filipinas=PH
direct-question | la capital {} cuál es que lo vamos a poner en la pizarra | de australia=AU; de nueva zelanda=NZ; de papúa nueva guinea=PG
direct-question | cuál es la capital {} que ha venido un turista al encierro | del reino unido=GB; de canadá=CA; de estados unidos=US
# es-ES learners: Romanian, Ukrainian, Moroccan, Chinese.
learner | perdona cuál es capital de {} yo soy de rumanía | moldavia=MD; ucrania=UA
learner | cómo se llama la capital de {} yo aprendo | kazajistán=KZ; uzbekistán=UZ; kirguistán=KG
learner | capital de {} cómo es en español | tayikistán=TJ; turkmenistán=TM; georgia el país=GE
learner | disculpe la ciudad capital del {} cuál es | marruecos=MA; senegal=SN
learner | por favor capital de {} cuál | china=CN; singapur=SG; brunéi=BN
learner | yo no sé bien español la capital de {} cuál es | timor oriental=TL; mongolia=MN
# Follow-ups.
follow-up | y {} ea | la de suecia=SE; de noruega=NO
follow-up | y la de {} | chequia=CZ; eslovaquia=SK; hungría=HU
follow-up | vale y {} qué | irlanda=IE; escocia=GB-SCT
follow-up | y ahora {} | la de grecia=GR; la de turquía=TR
follow-up | y la de {} que se me ha olvidado preguntar | croacia=HR; bosnia=BA
follow-up | otra y la de {} | portugal=PT; islandia=IS
follow-up | y qué me dices de {} | austria=AT; polonia=PL
# Yes/no checks.
yes-no-check | la capital de {} es lisboa verdad | portugal=PT; brasil=BR
yes-no-check | es verdad que la capital de {} es ginebra | suiza=CH
yes-no-check | la capital de {} es sídney o no | australia=AU
yes-no-check | a que la capital de {} es estambul | turquía=TR
yes-no-check | la capital de {} no es cracovia | polonia=PL
yes-no-check | la capital de {} es oslo no | noruega=NO; dinamarca=DK
yes-no-check | entonces la capital de {} es bruselas | bélgica=BE
yes-no-check | es bakú la capital de {} | azerbaiyán=AZ; armenia=AM
yes-no-check | apuesto a que la capital de {} es marrakech | marruecos=MA
# Self-corrections.
self-correction | la capital de grecia no perdón de {} | turquía=TR; chipre=CY
self-correction | la capital de suecia digo de {} | finlandia=FI; noruega=NO
self-correction | cuál es la capital de austria ay no de {} | hungría=HU; suiza=CH
self-correction | la capital de italia bueno no de {} | malta=MT; san marino=SM
self-correction | la capital de pakistán espera mejor de {} | bangladés=BD; nepal=NP
# Reverse questions.
reverse-question | {} es la capital de qué país | bratislava=CITY:Bratislava; liubliana=CITY:Liubliana; vilna=CITY:Vilna
reverse-question | de qué país es capital {} | tallin=CITY:Tallin; riga=CITY:Riga; reikiavik=CITY:Reikiavik
reverse-question | ea y {} de dónde es capital | tiflis=CITY:Tiflis; ereván=CITY:Ereván
reverse-question | sabes de qué país es la capital {} | nuakchot=CITY:Nuakchot; uagadugú=CITY:Uagadugú
# Official, old and everyday names.
official-name | me dices la capital de la {} | confederación suiza=CH; república helénica=GR; república portuguesa=PT
official-name | ea la capital del {} | reino de españa=ES; gran ducado de luxemburgo=LU; principado de andorra=AD
old-name | cuál era la capital de {} que ahora se llama de otra manera | persia=IR; siam=TH; ceilán=LK
old-name | la capital de la antigua {} | abisinia=ET; birmania=MM
everyday-name | oye cuál es la capital de {} nene | holanda=NL; inglaterra=GB-ENG
everyday-name | y la capital de {} | la madre patria=ES; los emiratos=AE
# Shared names.
shared-name | capital de georgia | GE+US-GA
shared-name | cuál es la capital del congo el que antes era zaire | CD
shared-name | la capital de las dos coreas | KP+KR
shared-name | cuál es la capital de la corea del norte | KP
# Plurals.
plural-capitals | cuáles son las capitales de {} ea | sudáfrica=ZA; bolivia=BO; los países bajos=NL
plural-capitals | qué capitales tiene {} | malasia=MY; sri lanka=LK
# Subdivisions and territories.
subdivision | la capital de {} cuál es que mi hija vive allí | escocia=GB-SCT; gales=GB-WLS; irlanda del norte=GB-NIR
subdivision | la capital de {} cuál es que voy de viaje | baviera=DE-BY; sajonia=DE-SN; renania del norte-westfalia=DE-NW
subdivision | oye y la capital del estado de {} | queensland=AU-QLD; victoria en australia=AU-VIC; tasmania=AU-TAS
subdivision | qué capital tiene la provincia de {} | quebec=CA-QC; ontario=CA-ON; columbia británica=CA-BC
territory | cuál es la capital de {} que sale en el concurso | gibraltar=GI; las islas feroe=FO; groenlandia=GL
territory | y la capital de {} que es de francia | la guayana francesa=GF; nueva caledonia=NC; la polinesia francesa=PF
territory | la capital de {} cuál es hijo | la isla de man=IM; jersey=JE; las bermudas=BM
# One-shot through the invocation.
one-shot | pregúntale a capitales del mundo cuál es la capital de {} | islandia=IS; letonia=LV; malta=MT
one-shot | dile a capitales del mundo la capital de {} | chequia=CZ; serbia=RS
one-shot | abre capitales del mundo y dime la capital de {} | kenia=KE; argelia=DZ
one-shot | alexa capitales del mundo capital de {} | túnez=TN; líbano=LB
# Recognition artefacts.
recognition-artefact | cual es la capital de {} ea | hungria=HU; rumania=RO; japon=JP
recognition-artefact | la capital de {} es cuál | sue cia=SE; fin landia=FI; dina marca=DK
recognition-artefact | cuales la capital de {} | austria=AT; belgica=BE
recognition-artefact | la capitán de {} | polonia=PL; grecia=GR
recognition-artefact | la capital deirlanda | IE
recognition-artefact | la capital de nueva celanda | NZ
# Out-of-domain near misses.
out-of-domain | cuántos habitantes tiene portugal | FB
out-of-domain | qué idioma se habla en suiza | FB
out-of-domain | cuál es la moneda de hungría | FB
out-of-domain | qué hora es en lisboa | FB
out-of-domain | cuál es la capital de la provincia de badajoz | FB
out-of-domain | cuál es la capital de la rioja | FB
out-of-domain | cuál es la capital de cantabria | FB
out-of-domain | qué tiempo va a hacer en pamplona | FB
out-of-domain | cuánto es el capital social de una sociedad limitada | FB
out-of-domain | qué significa capital riesgo | FB
out-of-domain | cuál es el río más largo de españa | FB
out-of-domain | pon la radio | FB
out-of-domain | cuál es la capital de narnia | FB
out-of-domain | quién es el presidente de francia | FB
out-of-domain | cuántos kilómetros hay de badajoz a lisboa | FB
out-of-domain | qué número ha salido en el gordo | FB
out-of-domain | cómo se dice capital en rumano | FB
out-of-domain | cuál es la bandera de italia | FB
out-of-domain | cuál es el país más grande de áfrica | FB
out-of-domain | pon la canción de san fermín | FB
out-of-domain | cuál es la capital del mundo del jamón | FB
out-of-domain | qué capital de provincia tiene más habitantes | FB
out-of-domain | llama a mi hija | FB
out-of-domain | cuál es la capital de la atlántida | FB
out-of-domain | ponme una alarma a las seis | FB
out-of-domain | cuál es el prefijo de marruecos | FB
out-of-domain | en qué continente está egipto | FB
out-of-domain | cuál es la capital de castilla y león | FB
out-of-domain | qué pecados capitales hay | FB
out-of-domain | cuánto cuesta un billete a roma | FB
# Help, stop, cancel, launch.
help | ayuda | HELP
help | cómo va esto de las capitales | HELP
help | qué le puedo preguntar | HELP
help | no sé qué tengo que decirte ayúdame | HELP
help | qué opciones tengo | HELP
help | ea explícame cómo funciona | HELP
stop | para ya | STOP
stop | calla nene | STOP
stop | ya está apágate | STOP
stop | sal de capitales | STOP
stop | deja de hablar por favor | STOP
stop | hasta luego alexa | STOP
cancel | cancela | CANCEL
cancel | olvídalo maja | CANCEL
cancel | no déjalo que ya no me hace falta | CANCEL
cancel | anula eso | CANCEL
cancel | nada nada olvida lo que te he dicho | CANCEL
cancel | cancela la pregunta | CANCEL
launch | abre capitales del mundo | LAUNCH
launch | ea abre capitales del mundo | LAUNCH
launch | arranca capitales del mundo | LAUNCH
launch | alexa pon capitales del mundo que vamos a jugar | LAUNCH
# Plain questions, es-MX: Tijuana, Mexicali, Ensenada, Tampico, Aguascalientes, Tlaxcala, Querétaro, La Paz, Chihuahua.
direct-question | oye carnal cuál es la capital {} | de guatemala=GT | es-MX
direct-question | oye carnal cuál es la capital {} ahorita que me acuerdo | de honduras=HN; de el salvador=SV | es-MX
direct-question | simón y la capital {} cuál es morro | de nicaragua=NI; de costa rica=CR; de panamá=PA | es-MX
direct-question | oyes cuál es la capital {} | de belice=BZ; de cuba=CU; de jamaica=JM | es-MX
direct-question | cuál es la capital {} que me lo preguntaron en el call center | de haití=HT; de república dominicana=DO; de bahamas=BS | es-MX
direct-question | bien rápido cuál es la capital {} | de colombia=CO; de venezuela=VE; de ecuador=EC | es-MX
direct-question | fíjate que no me sé la capital {} | de perú=PE; de bolivia la oficial=BO; de chile=CL | es-MX
direct-question | a ver jijo cuál es la capital {} | de argentina=AR; de uruguay=UY; de paraguay=PY | es-MX
direct-question | la capital {} cuál es que voy manejando el uber | de brasil=BR; de guyana=GY; de surinam=SR | es-MX
direct-question | cuál es la capital {} que estamos en la sala de espera del seguro | de trinidad y tobago=TT; de barbados=BB; de granada=GD | es-MX
direct-question | mi hijo quiere saber la capital {} | de santa lucía=LC; de dominica=DM; de san vicente y las granadinas=VC | es-MX
direct-question | la capital {} cuál es seño | de antigua y barbuda=AG; de san cristóbal y nieves=KN | es-MX
direct-question | cuál es la capital {} para la lotería que estamos jugando | de méxico=MX; de canadá=CA; de estados unidos=US | es-MX
direct-question | cuál es la capital {} pa la tarea del niño | de egipto=EG; de nigeria=NG; de sudáfrica=ZA | es-MX
direct-question | qué onda cuál es la capital {} | de rusia=RU; de kazajistán=KZ; de uzbekistán=UZ | es-MX
direct-question | órale y la capital {} | de japón=JP; de corea del norte=KP; de taiwán=TW | es-MX
direct-question | ahorita en la peluquería nos preguntamos la capital {} | de la india=IN; de sri lanka=LK; de maldivas=MV | es-MX
direct-question | cuál es la capital {} que lo dijeron en el noticiero | de israel=IL; de palestina=PS; de siria=SY | es-MX
direct-question | a ver padrecito cuál es la capital {} | del vaticano=VA; de italia=IT; de malta=MT | es-MX
direct-question | la capital {} cómo se llama | de fiyi=FJ; de samoa=WS; de tonga=TO | es-MX
direct-question | y cómo se llama la capital {} mija | de vanuatu=VU; de islas salomón=SB; de kiribati=KI | es-MX
direct-question | oiga y {} cuál es su capital | tuvalu=TV; nauru=NR; palaos=PW | es-MX
direct-question | dime la capital {} que estoy en el club de robótica | de micronesia=FM; de las islas marshall=MH; de timor oriental=TL | es-MX
direct-question | en la feria me apostaron que no sé la capital {} | de francia=FR; de españa=ES; de alemania=DE | es-MX
direct-question | cuál es la capital {} que ando pescando en ensenada | de nueva zelanda=NZ; de australia=AU; de papúa nueva guinea=PG | es-MX
direct-question | cuál es la capital {} que estoy en vivo en free fire | de arabia saudita=SA; de turquía=TR; de irán=IR | es-MX
direct-question | cuál es la capital {} señorita | de grecia=GR; de portugal=PT; del reino unido=GB | es-MX
direct-question | me puedes decir la capital {} que estamos en sanborns | de suiza=CH; de austria=AT; de bélgica=BE | es-MX
direct-question | la capital {} cuál sería | de comoras=KM; de mauricio=MU; de seychelles=SC | es-MX
direct-question | cuál es la capital {} que me lo pide la maestra | de santo tomé y príncipe=ST; de guinea ecuatorial=GQ; de liberia=LR | es-MX
direct-question | oyes jaibo la capital {} | de singapur=SG; de brunéi=BN; de vietnam=VN | es-MX
# es-MX second-language speakers (Nahuatl, Rarámuri).
learner | la capital de {} cuál es este | guatemala=GT; honduras=HN | es-MX
learner | como se llama su capital de {} | perú=PE; chile=CL | es-MX
learner | quiero saber de {} su capital | cuba=CU; argentina=AR | es-MX
# Follow-ups.
follow-up | y {} oyes | la de honduras=HN; la de belice=BZ | es-MX
follow-up | y la de {} carnal | panamá=PA; costa rica=CR | es-MX
follow-up | ahora {} | la de colombia=CO; la de venezuela=VE | es-MX
follow-up | órale y de {} | uruguay=UY; paraguay=PY | es-MX
follow-up | y la de {} cuál es | jalisco=MX-JAL; sonora=MX-SON | es-MX
# Yes/no checks.
yes-no-check | la capital de {} es tegucigalpa verdad | honduras=HN; nicaragua=NI | es-MX
yes-no-check | es cierto que la capital de {} es río de janeiro | brasil=BR | es-MX
yes-no-check | la capital de {} es guayaquil o me equivoco | ecuador=EC | es-MX
yes-no-check | neta la capital de {} es nueva york | estados unidos=US | es-MX
yes-no-check | la capital de {} es toronto no | canadá=CA | es-MX
yes-no-check | la capital de {} sí es santiago | chile=CL | es-MX
yes-no-check | la capital de {} es tijuana verdad | baja california=MX-BCN | es-MX
yes-no-check | será que la capital de {} es mérida | yucatán=MX-YUC | es-MX
# Self-corrections.
self-correction | la capital de perú no espérame de {} | bolivia=BO; ecuador=EC | es-MX
self-correction | la capital de cuba no me equivoqué de {} | jamaica=JM; haití=HT | es-MX
self-correction | la capital de sonora digo de {} | sinaloa=MX-SIN; chihuahua=MX-CHH | es-MX
self-correction | la capital de nicaragua ah no perdón de {} | el salvador=SV | es-MX
# Reverse questions.
reverse-question | {} de qué país es capital | managua=CITY:Managua; tegucigalpa=CITY:Tegucigalpa; belmopan=CITY:Belmopan | es-MX
reverse-question | oye {} es capital de qué | paramaribo=CITY:Paramaribo; georgetown=CITY:Georgetown | es-MX
reverse-question | de qué estado es capital {} | mexicali=CITY:Mexicali; chetumal=CITY:Chetumal; ciudad victoria=CITY:Ciudad Victoria | es-MX
reverse-question | y {} de dónde es capital | puerto príncipe=CITY:Puerto Príncipe; castries=CITY:Castries | es-MX
# Official, old and everyday names.
official-name | oiga cuál es la capital de {} | los estados unidos mexicanos=MX; la república bolivariana de venezuela=VE; la república oriental del uruguay=UY | es-MX
official-name | la capital de la {} | república dominicana=DO; república argelina democrática y popular=DZ | es-MX
old-name | cuál era la capital de la {} | honduras británica=BZ; guinea española=GQ | es-MX
old-name | capital de {} antes | el zaire=CD; rodesia=ZW | es-MX
everyday-name | cuál es la capital de {} güey | gringolandia=US; el gabacho=US | es-MX
everyday-name | y la capital del {} | edomex=MX-MEX | es-MX
# Shared names.
shared-name | cuál es la capital de georgia el estado gringo | US-GA | es-MX
shared-name | la capital del congo | CD+CG | es-MX
shared-name | capital de corea la de arriba | KP | es-MX
shared-name | cuál es la capital de las islas vírgenes | VG+VI | es-MX
# Plurals.
plural-capitals | oyes cuáles son las capitales de {} | benín=BJ; costa de marfil=CI; esuatini=SZ | es-MX
plural-capitals | dime las dos capitales de {} | bolivia=BO; palestina=PS | es-MX
# Subdivisions: Mexican states.
subdivision | cuál es la capital de {} que soy de allá | baja california sur=MX-BCS; tamaulipas=MX-TAM; aguascalientes=MX-AGU | es-MX
subdivision | y la capital de {} cuál es | tlaxcala=MX-TLA; querétaro=MX-QUE; chihuahua=MX-CHH | es-MX
subdivision | oye morro cuál es la capital de {} | baja california=MX-BCN; sonora=MX-SON; sinaloa=MX-SIN | es-MX
subdivision | la capital del estado de {} | veracruz=MX-VER; guerrero=MX-GRO; quintana roo=MX-ROO | es-MX
subdivision | cuál es la capital de {} que la tengo que poner en el examen | chiapas=MX-CHP; tabasco=MX-TAB; michoacán=MX-MIC | es-MX
subdivision | a ver la capital de {} | nuevo león=MX-NLE; durango=MX-DUR; hidalgo=MX-HID | es-MX
subdivision | la capital de {} allá del otro lado | texas=US-TX; california=US-CA; arizona=US-AZ | es-MX
territory | oye morro y la capital de {} | puerto rico=PR; aruba=AW; curazao=CW | es-MX
# One-shot.
one-shot | pregúntale a capitales del mundo la capital de {} | guatemala=GT; costa rica=CR; tamaulipas=MX-TAM | es-MX
one-shot | abre capitales del mundo y dime cuál es la capital de {} | panamá=PA; el salvador=SV | es-MX
one-shot | capitales del mundo cuál es la capital de {} | haití=HT; surinam=SR | es-MX
# Recognition artefacts.
recognition-artefact | cual es la capital de {} carnal | panama=PA; mexico=MX; peru=PE | es-MX
recognition-artefact | dime la capital de {} | bolibia=BO; beliz=BZ; nicaragüa=NI | es-MX
recognition-artefact | cuál es la capital {} | del salbador=SV; de guate mala=GT; de quba=CU | es-MX
recognition-artefact | la capital de tamaulipa | MX-TAM | es-MX
recognition-artefact | cuales la capital de haiti | HT | es-MX
# Out-of-domain near misses.
out-of-domain | cuántos habitantes tiene tijuana | FB | es-MX
out-of-domain | cuál es la capital mundial del taco | FB | es-MX
out-of-domain | qué moneda usan en guatemala | FB | es-MX
out-of-domain | cuál es la capital de tijuana | FB | es-MX
out-of-domain | qué hora es en la paz baja california sur | FB | es-MX
out-of-domain | a cómo está el dólar hoy | FB | es-MX
out-of-domain | cuál es el volcán más alto de méxico | FB | es-MX
out-of-domain | pon música de banda | FB | es-MX
out-of-domain | cuál es la capital de wakanda | FB | es-MX
out-of-domain | quién ganó la liga ayer | FB | es-MX
out-of-domain | cuánto cuesta el capital de un préstamo | FB | es-MX
out-of-domain | cuándo es la feria de san marcos | FB | es-MX
out-of-domain | qué idioma hablan en brasil | FB | es-MX
out-of-domain | cuántos estados tiene méxico | FB | es-MX
out-of-domain | quién es la presidenta de méxico | FB | es-MX
out-of-domain | cuál es la capital de aztlán | FB | es-MX
out-of-domain | qué clima hace en ensenada | FB | es-MX
out-of-domain | dónde queda la frontera con guatemala | FB | es-MX
out-of-domain | cuál es el platillo típico de tlaxcala | FB | es-MX
out-of-domain | cuál es la capital de la tierra media | FB | es-MX
out-of-domain | recuérdame tomar la pastilla | FB | es-MX
out-of-domain | cuántos goles lleva el chucky lozano | FB | es-MX
out-of-domain | qué significa la palabra capital | FB | es-MX
out-of-domain | pon la lotería | FB | es-MX
out-of-domain | en qué año se fundó tenochtitlan | FB | es-MX
out-of-domain | cuál es la capital del municipio de ensenada | FB | es-MX
out-of-domain | llévame a la capital | FB | es-MX
out-of-domain | cuál es el estado más grande de méxico | FB | es-MX
# Help, stop, cancel, launch.
help | ayúdame porfa | HELP | es-MX
help | cómo le hago para preguntar | HELP | es-MX
help | qué puedo hacer con esto | HELP | es-MX
help | no le entiendo cómo funciona | HELP | es-MX
help | oye qué sabes hacer | HELP | es-MX
help | explícame cómo se usa carnal | HELP | es-MX
stop | ya párale | STOP | es-MX
stop | ya cállate | STOP | es-MX
stop | bájale ya no quiero | STOP | es-MX
stop | apágate alexa | STOP | es-MX
stop | sal de la skill | STOP | es-MX
stop | ya estuvo gracias | STOP | es-MX
cancel | cancélalo | CANCEL | es-MX
cancel | olvídalo carnal | CANCEL | es-MX
cancel | no mejor no | CANCEL | es-MX
cancel | ya no importa cancela | CANCEL | es-MX
cancel | bórralo no era eso | CANCEL | es-MX
cancel | déjalo así | CANCEL | es-MX
launch | abre capitales del mundo carnal | LAUNCH | es-MX
launch | inicia capitales del mundo | LAUNCH | es-MX
launch | quiero jugar capitales del mundo | LAUNCH | es-MX
launch | ábreme capitales del mundo porfa | LAUNCH | es-MX
# Plain questions, es-US: Ecuadorians in Queens, Bolivians in Virginia, Poblanos in Brooklyn, Yakima, Alaska, Tucson, North Carolina.
direct-question | chuta ñaño cuál es la capital {} | de ecuador=EC; de perú=PE; de colombia=CO | es-US
direct-question | achachay y la capital {} cuál es | de bolivia=BO; de paraguay=PY; de argentina=AR | es-US
direct-question | ya pues dime la capital {} | de chile=CL; de uruguay=UY; de brasil=BR | es-US
direct-question | la capital {} cuál es no ve | de venezuela=VE; de guyana=GY; de surinam=SR | es-US
direct-question | oye cuál es la capital {} que estamos aquí en la cocina | de méxico=MX; de guatemala=GT; de el salvador=SV | es-US
direct-question | cuál es la capital {} que andamos en la pizca de manzana | de honduras=HN; de nicaragua=NI; de costa rica=CR | es-US
direct-question | cuál es la capital {} que aquí en la enlatadora nadie sabe | de noruega=NO; de islandia=IS; de rusia=RU | es-US
direct-question | ándale pues cuál es la capital {} | de panamá=PA; de cuba=CU; de puerto rico=PR | es-US
direct-question | mire la capital {} cuál es | de república dominicana=DO; de haití=HT; de jamaica=JM | es-US
direct-question | cuál es la capital {} que estoy haciendo las uñas | de vietnam=VN; de corea del sur=KR; de china=CN | es-US
direct-question | cuál es la capital {} que los niños del bus me preguntan | de canadá=CA; de estados unidos=US; de inglaterra=GB-ENG | es-US
direct-question | maestra cuál es la capital {} | de francia=FR; de alemania=DE; de italia=IT | es-US
direct-question | cuál es la capital {} que la llamada es al aire | de españa=ES; de portugal=PT; de marruecos=MA | es-US
direct-question | cuál es la capital {} para el bingo de la iglesia | de irlanda=IE; de polonia=PL; de filipinas=PH | es-US
direct-question | cuál es la capital {} que estoy en la diálisis aburrida | de grecia=GR; de turquía=TR; de egipto=EG | es-US
direct-question | cuál es la capital {} que la paciente me está preguntando | de la india=IN; de pakistán=PK; de afganistán=AF | es-US
direct-question | bro cuál es la capital {} | de ucrania=UA; de israel=IL; de irak=IQ | es-US
direct-question | oigan cuál es la capital {} que en la obra andamos apostando | de nigeria=NG; de etiopía=ET; de kenia=KE | es-US
direct-question | sabe usted la capital {} | de ghana=GH; de camerún=CM; de costa de marfil la oficial=CI | es-US
direct-question | quisiera saber la capital {} | de belice=BZ; de bahamas=BS; de barbados=BB | es-US
direct-question | la capital {} me la dices | de japón=JP; de tailandia=TH; de indonesia=ID | es-US
direct-question | cuál es la capital {} que vamos a jugar trivia en la familia | de australia=AU; de sudáfrica la administrativa=ZA; de argelia=DZ | es-US
direct-question | y la capital {} qué es | de suecia=SE; de finlandia=FI; de dinamarca=DK | es-US
direct-question | cuál es la capital {} mijo que no me acuerdo | de suiza=CH; de austria=AT; de holanda=NL | es-US
# es-US Spanglish.
spanglish | hey alexa what's the capital de {} | honduras=HN; guatemala=GT | es-US
spanglish | cuál es la capital de {} for my homework | nicaragua=NI; venezuela=VE | es-US
spanglish | okay so la capital de {} cuál es | ecuador=EC; bolivia=BO | es-US
spanglish | la capital de {} real quick | méxico=MX; colombia=CO | es-US
spanglish | what's the capital of {} en español | perú=PE | es-US
spanglish | necesito la capital de {} para el test de mañana | north carolina=US-NC; new york=US-NY | es-US
# Follow-ups.
follow-up | y {} | la de bolivia=BO; la de chile=CL | es-US
follow-up | y la de {} ñaño | perú=PE; colombia=CO | es-US
follow-up | y de {} qué | argentina=AR; uruguay=UY | es-US
follow-up | y la de {} pues | paraguay=PY; brasil=BR | es-US
follow-up | okay y {} | la de washington=US-WA; la de oregón=US-OR | es-US
# Yes/no checks.
yes-no-check | la capital de {} es quito verdad | ecuador=EC | es-US
yes-no-check | la capital de {} es cuenca o no | ecuador=EC | es-US
yes-no-check | es santa cruz la capital de {} | bolivia=BO | es-US
yes-no-check | la capital de {} es seattle verdad | washington=US-WA | es-US
yes-no-check | la capital de {} es anchorage no | alaska=US-AK | es-US
yes-no-check | la capital de {} es tucson o phoenix | arizona=US-AZ | es-US
yes-no-check | la capital de {} es charlotte no | carolina del norte=US-NC | es-US
yes-no-check | es lima la capital de {} | perú=PE | es-US
yes-no-check | la capital de {} es puebla verdad | puebla=MX-PUE | es-US
# Self-corrections.
self-correction | la capital de ecuador no perdón de {} | colombia=CO; perú=PE | es-US
self-correction | la capital de virginia no digo de {} | maryland=US-MD; virginia occidental=US-WV | es-US
self-correction | cuál es la capital de oregón ay no de {} | idaho=US-ID; washington el estado=US-WA | es-US
self-correction | la capital de bolivia espérate mejor de {} | paraguay=PY | es-US
# Reverse questions.
reverse-question | {} es capital de qué país | quito=CITY:Quito; sucre=CITY:Sucre; asunción=CITY:Asunción | es-US
reverse-question | de dónde es capital {} | montevideo=CITY:Montevideo; caracas=CITY:Caracas | es-US
reverse-question | {} es la capital de qué estado | olympia=CITY:Olympia; juneau=CITY:Juneau; raleigh=CITY:Raleigh | es-US
reverse-question | y {} es capital de dónde | richmond=CITY:Richmond; phoenix=CITY:Phoenix | es-US
# Official, old and everyday names.
official-name | la capital del {} | estado plurinacional de bolivia=BO; reino hachemita de jordania=JO | es-US
official-name | cuál es la capital de la {} mire | federación rusa=RU; república islámica de irán=IR; república popular china=CN | es-US
old-name | cuál era la capital de {} | dahomey=BJ; basutolandia=LS; alto volta=BF | es-US
everyday-name | la capital de {} cuál es pues | los estados unidos de américa=US; usa=US | es-US
everyday-name | y la capital de la {} pues | unión americana=US | es-US
# Shared names.
shared-name | cuál es la capital de georgia la que está junto a rusia | GE | es-US
shared-name | la capital de los congos | CD+CG | es-US
shared-name | capital de corea | KP+KR | es-US
shared-name | la capital de las islas vírgenes americanas | VI | es-US
shared-name | la capital de las islas vírgenes británicas | VG | es-US
# Plurals.
plural-capitals | cuáles son las capitales de {} | palestina=PS; sudáfrica=ZA | es-US
plural-capitals | qué capitales tiene {} no ve | benín=BJ; holanda=NL; suazilandia=SZ | es-US
# Subdivisions: US states and others.
subdivision | cuál es la capital del estado de {} | virginia=US-VA; maryland=US-MD; carolina del norte=US-NC | es-US
subdivision | la capital de {} cuál es | washington=US-WA; alaska=US-AK; oregón=US-OR | es-US
subdivision | y la capital de {} que vivo aquí | nueva jersey=US-NJ; nueva york=US-NY; pensilvania=US-PA | es-US
subdivision | capital de {} | illinois=US-IL; georgia el estado=US-GA; florida=US-FL | es-US
subdivision | cuál es la capital de {} que es pa la clase | ohio=US-OH; kentucky=US-KY; tennessee=US-TN | es-US
subdivision | la capital de {} que la necesito | nevada=US-NV; utah=US-UT; colorado=US-CO | es-US
subdivision | la capital de {} en brasil | bahía=BR-BA; minas gerais=BR-MG; amazonas=BR-AM | es-US
territory | y la capital de {} mijo | samoa americana=AS; guam=GU; las islas marianas del norte=MP | es-US
# One-shot.
one-shot | pregúntale a capitales del mundo cuál es la capital de {} ñaño | ecuador=EC; bolivia=BO | es-US
one-shot | dile a capitales del mundo que me diga la capital de {} | virginia=US-VA; arizona=US-AZ | es-US
one-shot | usa capitales del mundo para la capital de {} | honduras=HN; nicaragua=NI | es-US
# Recognition artefacts.
recognition-artefact | cual es la capital de {} | ecuador=EC; colombia=CO; bolivia=BO | es-US
recognition-artefact | la capital de {} porfa | birginia=US-VA; arisona=US-AZ; oregon=US-OR | es-US
recognition-artefact | la capital de {} | guatemaya=GT; kosta rica=CR | es-US
recognition-artefact | la capital del paraguai | PY | es-US
recognition-artefact | la capital de carolina delnorte | US-NC | es-US
# Out-of-domain near misses.
out-of-domain | cuántos habitantes tiene queens | FB | es-US
out-of-domain | qué hora es en quito | FB | es-US
out-of-domain | cuál es la capital del condado de yakima | FB | es-US
out-of-domain | cuál es la capital de queens | FB | es-US
out-of-domain | a cuánto está el cambio a bolivianos | FB | es-US
out-of-domain | cuál es la capital del salmón | FB | es-US
out-of-domain | cuánto gana un enfermero en virginia | FB | es-US
out-of-domain | pon la estación de radio en español | FB | es-US
out-of-domain | cuál es la capital de gotham | FB | es-US
out-of-domain | qué idioma se habla en bolivia | FB | es-US
out-of-domain | cuándo es el examen de ciudadanía | FB | es-US
out-of-domain | cuál es el lago más alto del mundo | FB | es-US
out-of-domain | qué tiempo hace en tucson | FB | es-US
out-of-domain | quién es el gobernador de carolina del norte | FB | es-US
out-of-domain | cuál es la bandera de ecuador | FB | es-US
out-of-domain | cuál es la capital de la luna | FB | es-US
out-of-domain | cuántos estados tiene estados unidos | FB | es-US
out-of-domain | pon un temporizador de diez minutos | FB | es-US
out-of-domain | cuál es la capital de tortuga | FB | es-US
out-of-domain | qué es el capital de trabajo | FB | es-US
out-of-domain | cuál es el río más largo de estados unidos | FB | es-US
out-of-domain | cuándo abre la clínica | FB | es-US
out-of-domain | cuánto cuesta volar a guayaquil | FB | es-US
out-of-domain | qué se come en puebla | FB | es-US
out-of-domain | cuál es la capital de tucson | FB | es-US
out-of-domain | dime un chiste | FB | es-US
out-of-domain | cuál es la población de ecuador | FB | es-US
out-of-domain | qué moneda tienen en el salvador | FB | es-US
# Help, stop, cancel, launch.
help | ayuda por favor | HELP | es-US
help | cómo funciona esto mijo | HELP | es-US
help | qué tengo que decir | HELP | es-US
help | help me alexa no entiendo | HELP | es-US
help | qué cosas me puedes decir | HELP | es-US
help | necesito ayuda con las capitales | HELP | es-US
stop | stop | STOP | es-US
stop | ya para ñaño | STOP | es-US
stop | ya no quiero jugar para | STOP | es-US
stop | cállate ya pues | STOP | es-US
stop | salte de capitales del mundo | STOP | es-US
stop | ya terminamos gracias | STOP | es-US
cancel | cancel | CANCEL | es-US
cancel | olvídate de eso | CANCEL | es-US
cancel | nada olvídalo ya pues | CANCEL | es-US
cancel | cancela lo que te pedí | CANCEL | es-US
cancel | no no cancela | CANCEL | es-US
cancel | mejor olvídalo mija | CANCEL | es-US
launch | abre capitales del mundo ñaño | LAUNCH | es-US
launch | juega capitales del mundo | LAUNCH | es-US
launch | alexa abre capitales del mundo por favor | LAUNCH | es-US
launch | empieza el juego de capitales del mundo | LAUNCH | es-US
# Second batch: more ways of asking, speakers and requests.
plural-capitals | oye y malasia cuántas capitales tiene | MY
plural-capitals | las capitales de {} cuáles son que dicen que tiene dos | sri lanka=LK; malasia=MY
plural-capitals | me dices las capitales de {} que tiene varias | sudáfrica=ZA | es-US
plural-capitals | las tres capitales de sudáfrica cuáles son carnal | ZA | es-MX
plural-capitals | dime las capitales de {} ñaño | los países bajos=NL; sri lanka=LK; costa de marfil=CI | es-US
plural-capitals | qué dos capitales tiene {} | malasia=MY; esuatini=SZ | es-MX
polite-request | me haría el favor de decirme la capital {} | de hungría=HU; de dinamarca=DK
polite-request | perdone que le moleste cuál es la capital {} | de rumanía=RO; de bulgaria=BG
polite-request | si no es mucha molestia la capital {} | de chile=CL; de argentina=AR | es-MX
polite-request | fíjese que quería preguntarle la capital {} | de uruguay=UY; de cuba=CU | es-MX
polite-request | disculpe usted me podría decir la capital {} | de ecuador=EC; de venezuela=VE | es-US
polite-request | con todo respeto cuál es la capital {} | de colombia=CO; de república dominicana=DO | es-US
do-you-know | sabes cuál es la capital {} ea | de túnez=TN; de libia=LY
do-you-know | tú sabes la capital {} que yo no caigo | de lituania=LT; de estonia=EE
do-you-know | oye alexa te sabes la capital {} | de guatemala=GT; de panamá=PA | es-MX
do-you-know | a poco te sabes la capital {} | de mongolia=MN; de nepal=NP | es-MX
do-you-know | usted conoce la capital {} | de bolivia=BO; de perú=PE | es-US
do-you-know | tú te sabes la capital {} mija | de honduras=HN; de el salvador=SV | es-US
child | alexa alexa cuál es la capital de {} | francia=FR; italia=IT
child | mamá dice que te pregunte la capital {} | de japón=JP; de china=CN
child | alexa la capital de los {} | estados unidos=US; emiratos árabes unidos=AE | es-MX
child | cuál es la capital de {} porque mi maestra dice que es otra | australia=AU; canadá=CA | es-MX
child | alexa my teacher dice que cuál es la capital de {} | méxico=MX; brasil=BR | es-US
child | cuál es la capital de {} es para el proyecto de la escuela | egipto=EG; kenia=KE | es-US
elder | a ver señorita hágame el favor la capital {} | de portugal=PT; de francia=FR
elder | hija mía dime la capital {} que yo estuve allí de joven | de alemania=DE; de suiza=CH
elder | ay diosito cuál es la capital {} | de italia=IT; de españa=ES | es-MX
elder | oiga muchacha la capital {} cuál es | de rusia=RU; de polonia=PL | es-MX
elder | mire mijita cuál es la capital {} que ya no me acuerdo | de méxico=MX; de estados unidos=US | es-US
elder | dígame por favor la capital {} que yo fui allí en los setentas | de nicaragua=NI; de guatemala=GT | es-US
quiz-game | pregunta del trivial cuál es la capital {} | de kazajistán=KZ; de mongolia=MN
quiz-game | para el pasatiempo del periódico la capital {} | de islandia=IS; de letonia=LV
quiz-game | estamos jugando basta y necesito la capital {} | de nigeria=NG; de tanzania=TZ | es-MX
quiz-game | en el quiz de la prepa preguntan la capital {} | de myanmar=MM; de laos=LA | es-MX
quiz-game | es para un juego cuál es la capital {} | de bután=BT; de camboya=KH | es-US
quiz-game | vamos perdiendo el trivia cuál es la capital {} | de zimbabue=ZW; de angola=AO | es-US
direct-question | ahorita en el turno de noche cuál es la capital {} | de líbano=LB; de jordania=JO; de catar=QA | es-MX
direct-question | bien fácil esa cuál es la capital {} | de kenia=KE; de etiopía=ET; de marruecos=MA | es-MX
direct-question | cuál es la capital {} que está en la telenovela | de turquía=TR; de corea del sur=KR | es-MX
direct-question | oye pues la capital {} | de vietnam=VN; de filipinas=PH; de tailandia=TH | es-US
direct-question | cuál es la capital {} que mi compañero de cuarto es de allá | de nepal=NP; de bangladés=BD | es-US
subdivision | la capital de la provincia de {} cuál es | alberta=CA-AB; manitoba=CA-MB; nueva escocia=CA-NS | es-US
subdivision | cuál es la capital del estado {} | de são paulo=BR-SP; de pernambuco=BR-PE; de paraná=BR-PR | es-MX
subdivision | la capital del estado indio de {} | kerala=IN-KL; rajastán=IN-RJ; punyab=IN-PB
subdivision | cuál es la capital de {} en alemania | hesse=DE-HE; baja sajonia=DE-NI | es-MX
subdivision | qué ciudad es la capital de {} | nuevo méxico=US-NM; montana=US-MT; luisiana=US-LA | es-US
territory | la capital de {} sabes cuál es | las islas caimán=KY; anguila=AI; las islas malvinas=FK | es-US
territory | cuál es la capital de {} que vamos de crucero | martinica=MQ; guadalupe=GP | es-MX
reverse-question | {} de qué provincia es capital | edmonton=CITY:Edmonton; winnipeg=CITY:Winnipeg | es-MX
reverse-question | en qué país está la capital {} | ulán bator=CITY:Ulán Bator; katmandú=CITY:Katmandú | es-US
yes-no-check | entonces la capital de {} es ottawa | canadá=CA | es-US
yes-no-check | oyes la capital de {} es la paz verdad | baja california sur=MX-BCS | es-MX
self-correction | la capital de tamaulipas no ya me hice bolas de {} | nuevo león=MX-NLE | es-MX
follow-up | y en {} cuál es | alberta=CA-AB; quebec=CA-QC | es-MX
help | oye y esto para qué sirve | HELP
help | pos no sé usar esto échame una mano | HELP
help | cómo juego a las capitales | HELP | es-MX
help | qué preguntas le puedo hacer a capitales del mundo | HELP | es-MX
help | no sé cómo preguntarle ayúdeme | HELP | es-US
help | cómo se usa esto ñaño ayúdame | HELP | es-US
stop | ea pues ya está para | STOP
stop | se acabó cierra capitales del mundo | STOP
stop | ya me voy a dormir apágate | STOP | es-MX
stop | ya no gracias ciérralo | STOP | es-MX
stop | ya ya ya para de hablar | STOP | es-US
stop | sal del juego ya pues | STOP | es-US
cancel | ahivá no olvídalo | CANCEL
cancel | nada nene olvida la pregunta | CANCEL
cancel | ya no quiero saber olvídalo | CANCEL | es-MX
cancel | mejor ni me digas cancela | CANCEL | es-MX
cancel | cancela eso chuta me equivoqué | CANCEL | es-US
cancel | no importa ya olvídalo pues | CANCEL | es-US
out-of-domain | cuál es la capital de extremadura | FB
out-of-domain | cuántos toros corren en el encierro | FB
out-of-domain | qué vino es mejor el rioja o el ribera | FB
out-of-domain | cuál es el código postal de albacete | FB
out-of-domain | cómo se dice capital en inglés | FB | es-MX
out-of-domain | cuántos kilómetros hay de tijuana a mexicali | FB | es-MX
out-of-domain | cuál es la capital del ejido | FB | es-MX
out-of-domain | quién canta la canción de la capital | FB | es-MX
out-of-domain | pon el partido de los xolos | FB | es-MX
out-of-domain | cuál es la capital de la mafia | FB | es-US
out-of-domain | qué tan lejos está yakima de seattle | FB | es-US
out-of-domain | cómo se llama el volcán de quito | FB | es-US
out-of-domain | en qué país queda el titicaca | FB | es-US
"""

if __name__ == "__main__":
    build_round(26, "es", LINES, sys.argv, "tests/Eval/es/round26/source/build_corpus.py")
