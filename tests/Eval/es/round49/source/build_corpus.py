"""Round 49, Spanish (es-ES, es-MX, es-US): a new author's own mix, written blind at the start of the fifty-eighth
session (brief WRITER64.md).

Written by the writer64-es helper without the voice model, the simulator, the skill's code, the interaction model or
earlier rounds' halves; only the places' ids, kinds, Spanish names and capital names were read from the data, through a
small script, to check ids and to know which places exist. Speakers and situations were chosen apart from round 48's
(Moroccan, Brazilian, Polish and Lithuanian, Sikh and Punjabi families and French exchange students in Spain, Camino de
Santiago pilgrims, elderly people in a residencia, a Barajas taxi, a night-shift nurse, a greengrocer, selectividad,
Pasapalabra, a pub quiz, Trivial at dinner; Campeche and Ciudad del Carmen, Mexicali and La Chinesca, Mennonites around
Cuauhtémoc, Venezuelan migrants in Mexico, returnees from the US in Zacatecas and Jalisco, Argentine expats in Mexico
City, truck drivers on the federal roads, a tianguis, an OXXO, a call centre, secundaria and prepa, basta, a cantina
bet, the family reunion; Atlanta and Gainesville, Las Vegas hotel workers, Alaska canneries with Filipino crews,
Springdale and Oklahoma City, Bay Area tech workers from Spain and Argentina, Kentucky horse farms, Latino soldiers, an
Amazon warehouse, a rideshare, a home daycare, an ESL night class, the GED, church trivia, a quiz app, cien latinos
dijeron), from round 47's (Málaga and Almería, Sevilla, Huelva and Córdoba, young Spaniards abroad, Chilean, Uruguayan,
Equatoguinean, Sahrawi, Russian, Georgian, Armenian, Scandinavian, Dutch, German, Japanese, Korean and Taiwanese
speakers in Spain; Tamaulipas, Nayarit and Baja California Sur, the Estado de México, Quintana Roo, Guerrero,
Lebanese-Mexican families, Japanese and Korean engineers; East Los Angeles, San Diego and southern Arizona, Puerto
Ricans in Philadelphia and Holyoke, Minneapolis, Guatemalans in Pico-Union and Gulfton, Costa Ricans and Panamanians,
Anglo learners, the citizenship test) and from the round 46, 45 and 44 groups its docstring names (Spanish regions,
Venezuelan, Argentine, Dominican, Colombian, Bolivian, Paraguayan, Peruvian, Cuban, Romanian, Ecuadorian, Chinese,
Ukrainian, Nigerian, Filipino and Pakistani families in Spain; Monterrey, Guadalajara, Sinaloa, Tijuana, Chiapas,
Veracruz and most Mexican states; New York, Texas, South Florida, Chicago, the Central Valley and the other US places
it lists). Where a group here shares an origin or a place with an earlier one, it is in another country or situation:
Puerto Ricans in Orlando after the hurricane, Peruvian and Chilean sheepherders on the Western range, Spaniards in
Querétaro's plants, American retirees (not learners at school) in San Miguel de Allende, Chilango youth slang rather
than a state.

es-ES: Senegalese and Gambian families in Mataró and Terrassa (the Wolof radio show, cousins in Dakar: waaw, jerejef,
nanga def, deug, inshallah); Bulgarian families in Segovia and Valladolid (building sites, the Orthodox church hall:
da, blagodarya, hayde, bratko, dobre); Gibraltarians and their neighbours in La Línea (llanito: mira, you know, give me
a break, la verja, innit); British retirees on the Costa Blanca (the town-hall Spanish class: sorry, lovely, cheers,
er); Italian expats in Barcelona (allora, dai, boh, cioè, ecco, mamma mia); Nicaraguan live-in carers in Madrid
(ideay, fijate, dale pues, la señora); pensioners on Imserso trips (el autocar, la guía, madre mía, en mis tiempos);
lorry drivers on the European routes (colega, el tacógrafo, el área de servicio, Irún); work (a Mercamadrid lorry, a
Benidorm lifeguard, a longliner out of Burela, a butcher in Vallecas); school (the escuela de adultos, the graduado for
adults, oposiciones); games (Saber y Ganar, Ahora Caigo, a trivia app, a coffee bet); small children at home (jo,
porfa, es que, mamá dice).

es-MX: Haitian migrants in Mexico City (the Tláhuac shelter, the COMAR line: sa k pase, mesi, wi, bon, anpil, mwen pa
konnen); American retirees in San Miguel de Allende and Lake Chapala (okay so, um, how do you say); young chilangos
from Iztapalapa and Neza (neta, wey, no manches, qué oso, sale, chido); mariachis in Plaza Garibaldi (compadre,
ándele, a sus órdenes, mi jefe, la tocada); abuelitas in Puebla and Toluca households (mijito, ay diosito, fíjate
nomás, la novela); Spaniards in Querétaro's car and aircraft plants (vale, tío, hostia, venga, qué guay); fans getting
ready for the 2026 World Cup (el tri, la porra, gol); work (a Similares pharmacy counter, a ride-hailing driver, a
tortillería, a mechanic's taller: joven, güero, jefe, ahorita); school (the UNAM and IPN admission exams, the
telesecundaria: la guía, el simulacro, el profe); games (Maratón at the family table, the kermés, the lotería night).

es-US: Salvadorans in the Maryland and Virginia suburbs of Washington (vaya pues, chivo, bicho, cipote, puchica);
Hondurans in New Orleans and Kenner (maje, pucha, vos sabés, cheque, catracho); orchard workers in the Yakima and
Wenatchee valleys (la pisca, el mayordomo, la escalera, los bines); Puerto Ricans in Orlando and Kissimmee (wepa,
mano, chacho, nene, brutal, ay virgen); Latino Latter-day Saints in Utah and Idaho (hermano, hermana, la misión, la
noche de hogar); resort workers in the Colorado mountains (el lift, la temporada, el lodge); Peruvian and Chilean
sheepherders in Wyoming, Nevada and Idaho (oe, pe, las ovejas, el campo, el patrón); US-born teens of immigrant
families (like, literally, bro, lowkey, okay wait); work (a landscaping crew, a hospital interpreter, a taco truck);
games and school (Jeopardy, the geography bee, a brewery trivia night).

Every line was written by hand as one utterance; the only generated lines are the at most three fills of a frame
(each frame said once).
Built by round12_hinl_corpus.py (build_round with round 49's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# ================================================================ shared families
# help
help | alexa capitales del mundo qué se le puede preguntar | HELP
help | alexa a ver capitales del mundo explícame cómo va esto | HELP
help | alexa no me aclaro con las capitales qué tengo que decir | HELP
help | alexa y esto de las capitales cómo funciona exactamente | HELP
help | alexa pídele a capitales del mundo las instrucciones | HELP
help | alexa dame un ejemplo de lo que le puedo preguntar | HELP
help | alexa qué opciones tengo aquí | HELP
help | alexa me he perdido qué hago ahora | HELP
help | alexa échame una mano con las capitales que no sé usarlo | HELP
help | alexa qué cosas sabes hacer con las capitales | HELP
help | alexa ayúdame anda | HELP
help | alexa cómo le hago para preguntarte una capital | HELP | es-MX
help | alexa oye y qué más le puedo decir a esta cosa | HELP | es-MX
help | alexa no le entiendo cómo se usa capitales del mundo | HELP | es-MX
help | alexa explícame tantito cómo funciona | HELP | es-MX
help | alexa a ver ayúdame que no le hallo | HELP | es-MX
help | alexa pide ayuda a capitales del mundo | HELP | es-MX
help | alexa qué tipo de preguntas acepta este juego | HELP | es-MX
help | alexa necesito las instrucciones porfa | HELP | es-MX
help | alexa how do i use this cómo le pregunto las capitales | HELP | es-US
help | alexa i need help con lo de las capitales | HELP | es-US
help | alexa mi hijo no sabe usar esto explícale | HELP | es-US
help | alexa qué le digo para que me diga una capital | HELP | es-US
help | alexa ayuda con capitales del mundo please | HELP | es-US
help | alexa what can i say aquí | HELP | es-US
help | alexa enséñame cómo se juega esto | HELP | es-US
help | alexa dime qué comandos tiene capitales del mundo | HELP | es-US
help | alexa estoy confundida qué puedo preguntar | HELP | es-US
# stop
stop | alexa para ya con las capitales | STOP
stop | alexa vale ya está apágate | STOP
stop | alexa cállate un momento que estoy al teléfono | STOP
stop | alexa sal de las capitales | STOP
stop | alexa se acabó el juego | STOP
stop | alexa hasta luego capitales del mundo | STOP
stop | alexa deja de hablar por favor | STOP
stop | alexa ya no quiero más capitales gracias | STOP
stop | alexa termina la sesión | STOP
stop | alexa apaga esto que nos vamos a cenar | STOP
stop | alexa calla que se ha despertado el niño | STOP
stop | alexa ya estuvo gracias | STOP | es-MX
stop | alexa ya bájale ya no quiero | STOP | es-MX
stop | alexa cierra el juego de las capitales | STOP | es-MX
stop | alexa ya párale por hoy | STOP | es-MX
stop | alexa ya terminamos adiós | STOP | es-MX
stop | alexa sáquate de capitales del mundo | STOP | es-MX
stop | alexa ya cállate por favor | STOP | es-MX
stop | alexa fin del juego | STOP | es-MX
stop | alexa stop ya no más | STOP | es-US
stop | alexa that's it ya terminé | STOP | es-US
stop | alexa ok bye capitales | STOP | es-US
stop | alexa quit capitales del mundo | STOP | es-US
stop | alexa salte del juego please | STOP | es-US
stop | alexa enough ya estuvo bueno | STOP | es-US
stop | alexa apágate que ya me voy al trabajo | STOP | es-US
stop | alexa dile a capitales del mundo que pare | STOP | es-US
stop | alexa ya no quiero jugar más | STOP | es-US
# cancel
cancel | alexa cancela eso | CANCEL
cancel | alexa anula la pregunta | CANCEL
cancel | alexa olvídalo no era nada | CANCEL
cancel | alexa cancela que me he equivocado | CANCEL
cancel | alexa déjalo no importa | CANCEL
cancel | alexa nada nada cancela | CANCEL
cancel | alexa cancelar pregunta | CANCEL
cancel | alexa mejor no cancela | CANCEL
cancel | alexa borra lo que te he dicho | CANCEL
cancel | alexa quita quita cancela | CANCEL
cancel | alexa cancela eso porfa | CANCEL | es-MX
cancel | alexa mejor olvídalo | CANCEL | es-MX
cancel | alexa no nada cancélalo | CANCEL | es-MX
cancel | alexa ya no cancela la pregunta | CANCEL | es-MX
cancel | alexa ah no espérate cancela | CANCEL | es-MX
cancel | alexa no era eso cancela | CANCEL | es-MX
cancel | alexa deja eso cancelado | CANCEL | es-MX
cancel | alexa cancel that | CANCEL | es-US
cancel | alexa cancela please | CANCEL | es-US
cancel | alexa forget about it cancela | CANCEL | es-US
cancel | alexa cancela la última pregunta | CANCEL | es-US
cancel | alexa oops cancela eso | CANCEL | es-US
cancel | alexa nah cancélalo | CANCEL | es-US
cancel | alexa no no no cancela | CANCEL | es-US
cancel | alexa never mind cancela | CANCEL | es-US
# launch
launch | alexa abre capitales del mundo | LAUNCH
launch | alexa vamos a jugar a capitales del mundo | LAUNCH
launch | alexa pon capitales del mundo | LAUNCH
launch | alexa arranca capitales del mundo | LAUNCH
launch | alexa quiero jugar a capitales del mundo | LAUNCH
launch | alexa inicia capitales del mundo | LAUNCH
launch | alexa entra en capitales del mundo | LAUNCH
launch | alexa capitales del mundo | LAUNCH
launch | alexa ábreme capitales del mundo que vamos a repasar | LAUNCH
launch | alexa lanza capitales del mundo | LAUNCH
launch | alexa carga capitales del mundo | LAUNCH
launch | alexa venga abre las capitales del mundo | LAUNCH
launch | alexa pon el juego de capitales del mundo | LAUNCH
launch | alexa empieza capitales del mundo por favor | LAUNCH
launch | alexa abre capitales del mundo porfa | LAUNCH | es-MX
launch | alexa ponme capitales del mundo | LAUNCH | es-MX
launch | alexa a ver abre capitales del mundo | LAUNCH | es-MX
launch | alexa quiero usar capitales del mundo | LAUNCH | es-MX
launch | alexa échate capitales del mundo | LAUNCH | es-MX
launch | alexa activa capitales del mundo | LAUNCH | es-MX
launch | alexa inicia la skill de capitales del mundo | LAUNCH | es-MX
launch | alexa ándale abre capitales del mundo | LAUNCH | es-MX
launch | alexa juguemos capitales del mundo | LAUNCH | es-MX
launch | alexa open capitales del mundo | LAUNCH | es-US
launch | alexa start capitales del mundo | LAUNCH | es-US
launch | alexa launch capitales del mundo | LAUNCH | es-US
launch | alexa abre la aplicación capitales del mundo | LAUNCH | es-US
launch | alexa let's play capitales del mundo | LAUNCH | es-US
launch | alexa empezar capitales del mundo | LAUNCH | es-US
launch | alexa abre el skill capitales del mundo | LAUNCH | es-US
launch | alexa corre capitales del mundo | LAUNCH | es-US
launch | alexa habla con capitales del mundo | LAUNCH | es-US
launch | alexa conéctame con capitales del mundo | LAUNCH | es-US
# follow-up
follow-up | y la de {} | polonia=PL; hungría=HU; rumanía=RO
follow-up | y {} qué | grecia=GR; chipre=CY; malta=MT
follow-up | vale y {} | bulgaria=BG; serbia=RS; albania=AL
follow-up | otra y la de {} | suecia=SE; noruega=NO
follow-up | y de {} | colombia=CO; perú=PE | es-MX
follow-up | ahora {} | chile=CL; ecuador=EC | es-MX
follow-up | y pa {} | honduras=HN; nicaragua=NI | es-MX
follow-up | okay y {} | japan=JP; vietnam=VN | es-US
follow-up | y qué tal {} | tailandia=TH; camboya=KH | es-US
follow-up | now {} | canadá=CA; cuba=CU | es-US
follow-up | y la de su vecino portugal | PT
follow-up | y la de irlanda del norte | GB-NIR
follow-up | y de la otra corea la del sur | KR | es-MX
follow-up | y bolivia cuáles son | BO | es-MX
follow-up | and la de kenia | KE | es-US
# yes-no-check
yes-no-check | alexa es {} la capital de suiza | zúrich=CH; ginebra=CH; berna=CH
yes-no-check | alexa la capital de turquía es estambul verdad | TR
yes-no-check | alexa a que la capital de australia no es sídney | AU
yes-no-check | alexa es cierto que la capital de marruecos es rabat y no casablanca | MA
yes-no-check | alexa verdad que la capital de canadá es toronto | CA
yes-no-check | alexa es río de janeiro la capital de brasil todavía | BR
yes-no-check | alexa es lagos la capital de nigeria | NG | es-MX
yes-no-check | alexa la capital de estados unidos es nueva york o no | US | es-MX
yes-no-check | alexa es karachi la capital de pakistán | PK | es-MX
yes-no-check | alexa me dijeron que la capital de vietnam es ho chi minh es cierto | VN | es-MX
yes-no-check | alexa is almaty the capital de kazajistán | KZ | es-US
yes-no-check | alexa la capital de texas es houston right | US-TX | es-US
yes-no-check | alexa es miami la capital de florida | US-FL | es-US
yes-no-check | alexa la capital de california es los ángeles sí o no | US-CA | es-US
yes-no-check | alexa es dar es salaam la capital de tanzania | TZ
yes-no-check | alexa es yangón la capital de birmania | MM
# self-correction
self-correction | alexa la capital de austria no perdón de australia | AU
self-correction | alexa cuál es la capital de suecia digo de suiza | CH
self-correction | alexa la capital de eslovenia no espera eslovaquia | SK
self-correction | alexa dime la capital de islandia uy no de irlanda | IE
self-correction | alexa la capital de nigeria bueno no de níger | NE
self-correction | alexa capital de guinea ecuatorial ay no guinea bisáu | GW | es-MX
self-correction | alexa la capital de mali no mejor de malaui | MW | es-MX
self-correction | alexa cuál es la capital de colombia no perdón de bolivia | BO | es-MX
self-correction | alexa la capital de irán me equivoqué irak | IQ | es-MX
self-correction | alexa what's the capital de letonia no sorry lituania | LT | es-US
self-correction | alexa la capital de gambia wait no de zambia | ZM | es-US
self-correction | alexa la capital de dakota del norte no la del sur | US-SD | es-US
self-correction | alexa la capital de virginia no virginia occidental | US-WV | es-US
self-correction | alexa capital de armenia digo albania | AL
self-correction | alexa cuál es la capital de mauritania no mauricio | MU
# reverse-question
reverse-question | alexa {} es capital de qué país | vilna=CITY:Vilna; riga=CITY:Riga; tallin=CITY:Tallin
reverse-question | alexa de qué país es capital {} | ulán bator=CITY:Ulán Bator; katmandú=CITY:Katmandú; timbu=CITY:Timbu
reverse-question | alexa qué país tiene como capital {} | montevideo=CITY:Montevideo; asunción=CITY:Asunción | es-MX
reverse-question | alexa {} de dónde es capital | tegucigalpa=CITY:Tegucigalpa; managua=CITY:Managua | es-MX
reverse-question | alexa which country tiene de capital {} | ottawa=CITY:Ottawa; canberra=CITY:Canberra | es-US
reverse-question | alexa {} es la capital de qué estado | sacramento=CITY:Sacramento; tallahassee=CITY:Tallahassee; austin=CITY:Austin | es-US
reverse-question | alexa ouagadougou es capital de dónde | CITY:Uagadugú
reverse-question | alexa de dónde es capital la paz | CITY:La Paz | es-MX
reverse-question | alexa toluca es capital de qué estado | CITY:Toluca | es-MX
reverse-question | alexa a qué país pertenece la capital yamena | CITY:Yamena
reverse-question | alexa qué estado tiene a boise de capital | CITY:Boise | es-US
reverse-question | alexa de qué provincia es capital halifax | CITY:Halifax
# official-name
official-name | alexa cuál es la capital de la {} | república helénica=GR; república federal de alemania=DE; confederación suiza=CH
official-name | alexa capital del reino de {} | suecia=SE; marruecos=MA; tailandia=TH
official-name | alexa capital de la república de {} | corea=KR; kenia=KE; la india=IN | es-MX
official-name | alexa cuál es la capital de los estados unidos mexicanos | MX | es-MX
official-name | alexa cuál es la capital de la república popular china | CN
official-name | alexa capital de la federación de rusia | RU
official-name | alexa la capital de la república bolivariana de venezuela | VE | es-MX
official-name | alexa capital del estado plurinacional de bolivia | BO | es-MX
official-name | alexa capital de la república oriental del uruguay | UY | es-US
official-name | alexa capital of the united kingdom of great britain y irlanda del norte | GB | es-US
official-name | alexa capital de la república democrática federal de etiopía | ET | es-US
official-name | alexa la capital de la república islámica de pakistán | PK
official-name | alexa capital del gran ducado de luxemburgo | LU
official-name | alexa capital del principado de mónaco | MC
official-name | alexa capital de la república socialista de vietnam | VN | es-US
official-name | alexa capital del estado libre asociado de puerto rico | PR | es-US
# everyday-name
everyday-name | alexa la capital de {} como se dice normalmente | inglaterra=GB-ENG; holanda=NL; rusia=RU
everyday-name | alexa la capital de birmania cuál es | MM
everyday-name | alexa capital de la antigua yugoslavia | FB
everyday-name | alexa cuál es la capital de los emiratos | AE
everyday-name | alexa la capital de la república checa | CZ
everyday-name | alexa la capital de costa de marfil | CI
everyday-name | alexa cuál es la capital de gringolandia | US | es-MX
everyday-name | alexa capital del gabacho | US | es-MX
everyday-name | alexa capital de la tierra del tango | AR | es-MX
everyday-name | alexa capital de suazilandia | SZ | es-MX
everyday-name | alexa capital de the states | US | es-US
everyday-name | alexa capital de la isla del encanto | PR | es-US
everyday-name | alexa capital de bielorrusia la rusia blanca | BY | es-US
everyday-name | alexa capital de timor oriental | TL | es-US
everyday-name | alexa capital de formosa la isla | TW
everyday-name | alexa capital de macedonia | MK
# shared-name
shared-name | alexa capital de georgia el país | GE
shared-name | alexa la capital de georgia | GE
shared-name | alexa capital de georgia el estado | US-GA | es-US
shared-name | alexa what's the capital de georgia | US-GA | es-US
shared-name | alexa cuál es la capital de corea | KP+KR | es-MX
shared-name | alexa capital del congo | CD+CG
shared-name | alexa capital del congo brazzaville | CG
shared-name | alexa capital de guinea | GN | es-MX
shared-name | alexa cuál es la capital de las guineas | GN+GQ+GW
shared-name | alexa capital de santa lucía la isla | LC | es-US
shared-name | alexa capital de la guayana | GY
shared-name | alexa capital de victoria en australia | AU-VIC
shared-name | alexa capital de washington el estado no la ciudad | US-WA | es-US
shared-name | alexa capital de las dos coreas | KP+KR
shared-name | alexa capital de san martín la isla | MF+SX | es-MX
shared-name | alexa capital de sudán | SD | es-MX
# plural-capitals
plural-capitals | alexa cuáles son las capitales de bolivia | BO
plural-capitals | alexa dime las dos capitales de bolivia | BO | es-MX
plural-capitals | alexa bolivia tiene dos capitales verdad cuáles son | BO | es-US
plural-capitals | alexa las capitales de bolivia sucre y cuál más | BO
plural-capitals | alexa cuáles son las tres capitales de sudáfrica | ZA
plural-capitals | alexa las capitales de sudáfrica | ZA | es-MX
plural-capitals | alexa dime todas las capitales de sudáfrica | ZA | es-US
plural-capitals | alexa sudáfrica cuántas capitales tiene y cuáles | ZA
plural-capitals | alexa cuáles son las capitales de los países bajos | NL
plural-capitals | alexa holanda tiene dos capitales cuáles son | NL | es-MX
plural-capitals | alexa ámsterdam y la haya son las dos capitales de holanda | NL | es-US
plural-capitals | alexa las dos capitales de los países bajos | NL
plural-capitals | alexa cuáles son las capitales de malasia | MY
plural-capitals | alexa malasia tiene dos capitales no | MY | es-MX
plural-capitals | alexa dime ambas capitales de malasia | MY | es-US
plural-capitals | alexa las capitales de malasia kuala lumpur y la otra | MY
plural-capitals | alexa cuáles son las capitales de sri lanka | LK
plural-capitals | alexa las dos capitales de sri lanka | LK | es-MX
plural-capitals | alexa sri lanka capitales plural | LK | es-US
plural-capitals | alexa qué capitales tiene sri lanka | LK
plural-capitals | alexa cuáles son las capitales de costa de marfil | CI
plural-capitals | alexa las dos capitales de costa de marfil | CI | es-MX
plural-capitals | alexa ivory coast tiene dos capitales cuáles | CI | es-US
plural-capitals | alexa qué capitales tiene costa de marfil | CI
plural-capitals | alexa cuáles son las capitales de benín | BJ
plural-capitals | alexa las dos capitales de benín | BJ | es-MX
plural-capitals | alexa benín tiene dos capitales dime cuáles | BJ | es-US
plural-capitals | alexa capitales de benín portonovo y cuál | BJ
plural-capitals | alexa cuáles son las capitales de esuatini | SZ
plural-capitals | alexa las dos capitales de suazilandia | SZ | es-MX
plural-capitals | alexa eswatini capitales | SZ | es-US
plural-capitals | alexa las capitales de esuatini la administrativa y la real | SZ
plural-capitals | alexa dime las capitales de bolivia y de sudáfrica | BO+ZA | es-MX
plural-capitals | alexa las capitales de palestina | PS | es-US
# subdivision
subdivision | alexa capital de {} en alemania | baviera=DE-BY; sajonia=DE-SN; hesse=DE-HE
subdivision | alexa cuál es la capital del estado de {} | nuevo león=MX-NLE; yucatán=MX-YUC; oaxaca=MX-OAX | es-MX
subdivision | alexa capital del estado de {} | hidalgo=MX-HID; morelos=MX-MOR; tlaxcala=MX-TLA | es-MX
subdivision | alexa what's the capital of {} | nevada=US-NV; oregón=US-OR; utah=US-UT | es-US
subdivision | alexa la capital del estado de {} cuál es | maryland=US-MD; luisiana=US-LA; idaho=US-ID | es-US
subdivision | alexa cuál es la capital de la provincia de {} | alberta=CA-AB; manitoba=CA-MB; quebec=CA-QC
subdivision | alexa capital de {} en brasil | bahía=BR-BA; pernambuco=BR-PE; paraná=BR-PR
subdivision | alexa capital del estado indio de {} | kerala=IN-KL; goa=IN-GA; rajastán=IN-RJ
subdivision | alexa cuál es la capital de escocia | GB-SCT
subdivision | alexa capital de gales | GB-WLS
subdivision | alexa capital de tasmania | AU-TAS
subdivision | alexa capital de andalucía | FB
subdivision | alexa cuál es la capital de galicia | FB
subdivision | alexa capital del país vasco | FB
subdivision | alexa capital de la toscana | FB
subdivision | alexa capital de baja california sur | MX-BCS | es-MX
subdivision | alexa capital de quintana roo | MX-ROO | es-MX
subdivision | alexa capital de sonora | MX-SON | es-MX
subdivision | alexa capital del departamento de antioquia | FB | es-MX
subdivision | alexa capital de la provincia de mendoza | FB | es-MX
subdivision | alexa capital de massachusetts | US-MA | es-US
subdivision | alexa capital de wisconsin | US-WI | es-US
subdivision | alexa capital de nuevo méxico | US-NM | es-US
subdivision | alexa capital del condado de miami-dade | FB | es-US
subdivision | alexa capital de ontario | CA-ON | es-US
subdivision | alexa capital de renania del norte-westfalia | DE-NW
subdivision | alexa capital de nueva gales del sur | AU-NSW
subdivision | alexa capital de yukón | CA-YT | es-US
subdivision | alexa capital de isla del príncipe eduardo | CA-PE
# out-of-domain
out-of-domain | alexa qué tiempo va a hacer mañana en bilbao | FB
out-of-domain | alexa pon un temporizador de doce minutos para los macarrones | FB
out-of-domain | alexa pon la radio cadena ser | FB
out-of-domain | alexa cuántos habitantes tiene madrid | FB
out-of-domain | alexa a qué distancia está lisboa de madrid | FB
out-of-domain | alexa qué hora es en tokio ahora mismo | FB
out-of-domain | alexa apaga la luz del salón | FB
out-of-domain | alexa cuál es la capital de europa | FB
out-of-domain | alexa cuál es la capital de áfrica | FB
out-of-domain | alexa qué idioma se habla en bélgica | FB
out-of-domain | alexa qué moneda usan en suiza | FB
out-of-domain | alexa cuéntame un chiste de capitales | FB
out-of-domain | alexa despiértame a las siete menos cuarto | FB
out-of-domain | alexa añade leche a la lista de la compra | FB
out-of-domain | alexa cuánto es ochenta por doce | FB
out-of-domain | alexa quién ganó la liga el año pasado | FB
out-of-domain | alexa pon música de rosalía | FB
out-of-domain | alexa cuál es la ciudad más grande de australia | FB
out-of-domain | alexa cuál es la montaña más alta de europa | FB
out-of-domain | alexa cuál es la capital del mundo del jamón | FB
out-of-domain | alexa qué significa capital social | FB
out-of-domain | alexa cuánto hay que pagar de impuesto de sucesiones | FB
out-of-domain | alexa llama a mi hermana | FB
out-of-domain | alexa cuál es el río más largo de españa | FB
out-of-domain | alexa cuál fue la capital de españa antes de madrid | FB
out-of-domain | alexa por qué valladolid fue capital | FB
out-of-domain | alexa cuántas comunidades autónomas hay | FB
out-of-domain | alexa cuál es la capital del pecado | FB
out-of-domain | alexa qué es una letra capital | FB
out-of-domain | alexa cuándo es el próximo puente | FB
out-of-domain | alexa qué hay en la tele esta noche | FB
out-of-domain | alexa cuál es el país más pequeño del mundo | FB
out-of-domain | alexa cuál es la capital de la luna | FB
out-of-domain | alexa qué capital está más al norte | FB
out-of-domain | alexa cuál es la capital verde europea este año | FB
out-of-domain | alexa dónde está el mando de la tele | FB
out-of-domain | alexa cuántos grados hay fuera | FB
out-of-domain | alexa buenos días | FB
out-of-domain | alexa eres de verdad | FB
out-of-domain | alexa tienes novio | FB
out-of-domain | alexa pon el clima de monterrey | FB | es-MX
out-of-domain | alexa pon una de los tigres del norte | FB | es-MX
out-of-domain | alexa a cómo está el dólar hoy | FB | es-MX
out-of-domain | alexa cuántos habitantes tiene la ciudad de méxico | FB | es-MX
out-of-domain | alexa cuál es la capital mundial de la plata | FB | es-MX
out-of-domain | alexa qué día cae la semana santa | FB | es-MX
out-of-domain | alexa pon una alarma pa las cinco y media | FB | es-MX
out-of-domain | alexa cuánto falta pa navidad | FB | es-MX
out-of-domain | alexa cuál es el volcán más alto de méxico | FB | es-MX
out-of-domain | alexa qué idioma hablan en brasil | FB | es-MX
out-of-domain | alexa cuántos estados tiene méxico | FB | es-MX
out-of-domain | alexa cuál es la capital del mundo maya | FB | es-MX
out-of-domain | alexa cuánto cuesta un boleto a cancún | FB | es-MX
out-of-domain | alexa cuál fue la capital de los aztecas | FB | es-MX
out-of-domain | alexa cuál es la bandera de guatemala | FB | es-MX
out-of-domain | alexa apaga la tele de la recámara | FB | es-MX
out-of-domain | alexa pon cumbias pa barrer | FB | es-MX
out-of-domain | alexa cuál es el himno de honduras | FB | es-MX
out-of-domain | alexa qué tan lejos está guadalajara de morelia | FB | es-MX
out-of-domain | alexa cuál es el capital mínimo para abrir una empresa | FB | es-MX
out-of-domain | alexa quién es el presidente de colombia | FB | es-MX
out-of-domain | alexa cuándo juega el américa | FB | es-MX
out-of-domain | alexa qué comida típica tiene perú | FB | es-MX
out-of-domain | alexa cuéntame algo chistoso | FB | es-MX
out-of-domain | alexa what's the weather today | FB | es-US
out-of-domain | alexa pon bad bunny | FB | es-US
out-of-domain | alexa set a timer de veinte minutos | FB | es-US
out-of-domain | alexa cuántas personas viven en texas | FB | es-US
out-of-domain | alexa qué hora es en el salvador | FB | es-US
out-of-domain | alexa cuál es la capital del country music | FB | es-US
out-of-domain | alexa cuál es la ciudad más grande de california | FB | es-US
out-of-domain | alexa cuántos estados tiene estados unidos | FB | es-US
out-of-domain | alexa quién fue el primer presidente | FB | es-US
out-of-domain | alexa agrega tortillas a la lista | FB | es-US
out-of-domain | alexa cuál es la capital de sudamérica | FB | es-US
out-of-domain | alexa qué significa capital gains | FB | es-US
out-of-domain | alexa cuál es la capital de la frontera | FB | es-US
out-of-domain | alexa llama a mi jefe | FB | es-US
out-of-domain | alexa how far is houston from dallas | FB | es-US
out-of-domain | alexa cuál es el desierto más grande del mundo | FB | es-US
out-of-domain | alexa pon las noticias en español | FB | es-US
out-of-domain | alexa a qué hora abre walmart | FB | es-US
out-of-domain | alexa cuál es la capital del crimen | FB | es-US
out-of-domain | alexa cuántas capitales tiene el mundo | FB | es-US
out-of-domain | alexa cuál es la capital más vieja de estados unidos | FB | es-US
out-of-domain | alexa qué es el capitolio | FB | es-US
out-of-domain | alexa te quiero alexa | FB | es-US
out-of-domain | alexa prende el abanico | FB | es-US
# ================================================================ es-ES
# Senegalese and Gambian families in Mataró and Terrassa: the Wolof radio show, the Touba celebration, cousins in Dakar (waaw, jerejef, nanga def, deug, inshallah)
senegalese-mataro | alexa nanga def dime la capital de {} | senegal=SN; gambia=GM; mali=ML
senegalese-mataro | alexa jerejef y ahora la capital de {} | guinea-bisáu=GW; cabo verde=CV; mauritania=MR
senegalese-mataro | alexa mi primo se va a trabajar a {} cuál es su capital | costa de marfil=CI; burkina faso=BF; ghana=GH
senegalese-mataro | alexa waaw la capital de {} cuál es | togo=TG; benín=BJ; níger=NE
senegalese-mataro | alexa en la radio wolof hablan de {} qué capital tiene | sierra leona=SL; liberia=LR; guinea=GN
senegalese-mataro | alexa deug cuál es la capital de senegal la de verdad | SN
senegalese-mataro | alexa inshallah mi hijo aprueba dime la capital de gambia | GM
senegalese-mataro | alexa la capital de casamance cuál es | FB
senegalese-mataro | alexa cuáles son las capitales de costa de marfil waaw | CI
senegalese-mataro | alexa touba es la capital de senegal | SN
senegalese-mataro | alexa nanga def a qué hora es la oración | FB
senegalese-mataro | alexa qué país tiene banjul de capital | CITY:Banjul
# Bulgarian families in Segovia and Valladolid: building sites, the Orthodox church hall, Sunday school in Bulgarian (da, blagodarya, hayde, bratko, dobre)
bulgarian-segovia | alexa hayde dime capital de {} | bulgaria=BG; macedonia del norte=MK; moldavia=MD
bulgarian-segovia | alexa da da la capital de {} cuál es | rumanía=RO; serbia=RS; montenegro=ME
bulgarian-segovia | alexa bratko sabe la capital de {} y yo no | bosnia=BA; croacia=HR; eslovenia=SI
bulgarian-segovia | alexa blagodarya y la capital de {} | ucrania=UA; bielorrusia=BY; georgia=GE
bulgarian-segovia | alexa en la obra el encargado pregunta capital de {} | turquía=TR; azerbaiyán=AZ; armenia=AM
bulgarian-segovia | alexa dobre cuál es la capital de kosovo | XK
bulgarian-segovia | alexa mi hija dice que la capital de bulgaria es sofía es verdad | BG
bulgarian-segovia | alexa capital de tracia | FB
bulgarian-segovia | alexa cuánto cuesta el autobús a sofía | FB
bulgarian-segovia | alexa hayde para ya | STOP
bulgarian-segovia | alexa blagodarya no quiero más cancela | CANCEL
# Gibraltarians and their neighbours in La Línea: llanito, the queue at the frontier, the Main Street shops (mira, you know, give me a break, la verja)
gibraltar-llanitos | alexa mira what's the capital de {} | gibraltar=GI; malta=MT; chipre=CY
gibraltar-llanitos | alexa la capital de {} you know la de verdad | escocia=GB-SCT; gales=GB-WLS; irlanda del norte=GB-NIR
gibraltar-llanitos | alexa en la cola de la verja me preguntaron la capital de {} | las islas malvinas=FK; bermudas=BM; santa elena=SH
gibraltar-llanitos | alexa give me a break y dime la capital de {} | jersey=JE; guernsey=GG; la isla de man=IM
gibraltar-llanitos | alexa capital de the rock | GI
gibraltar-llanitos | alexa what's the capital del reino unido mira | GB
gibraltar-llanitos | alexa la capital de inglaterra is london innit | GB-ENG
gibraltar-llanitos | alexa cuánta cola hay en la frontera | FB
gibraltar-llanitos | alexa the capital de andalucía mira | FB
gibraltar-llanitos | alexa ask capitales del mundo la capital de irlanda | IE
gibraltar-llanitos | alexa oye forget it cancela | CANCEL
gibraltar-llanitos | alexa mira help me con esto | HELP
# British retirees on the Costa Blanca: Torrevieja and Jávea, the Spanish class at the town hall, learner Spanish (sorry, lovely, cheers, er)
british-costa-blanca | alexa er cuál es capital de {} please | nueva zelanda=NZ; australia=AU; canadá=CA
british-costa-blanca | alexa sorry la capital de {} es qué | jamaica=JM; barbados=BB; trinidad y tobago=TT
british-costa-blanca | alexa mi profesora pregunta la capital de {} lovely | bahamas=BS; belice=BZ; guyana=GY
british-costa-blanca | alexa yo quiero saber capital de {} cheers | sudáfrica=ZA; kenia=KE; zimbabue=ZW
british-costa-blanca | alexa er how do you say capital de irlanda | IE
british-costa-blanca | alexa capital of wales en español | GB-WLS
british-costa-blanca | alexa mi marido dice capital de escocia es glasgow no | GB-SCT
british-costa-blanca | alexa cuándo abre el mercadillo de los jueves | FB
british-costa-blanca | alexa cuál es la capital de cornualles | FB
british-costa-blanca | alexa cuáles son las capitales de sudáfrica lovely | ZA
british-costa-blanca | alexa sorry sorry cancela | CANCEL
british-costa-blanca | alexa er ayuda por favor | HELP
british-costa-blanca | alexa stop please thank you | STOP
# Italian expats in Barcelona: the Erasmus flat turned job, an aperitivo in Gràcia, calls home to Milan (allora, dai, boh, cioè, ecco, mamma mia)
italian-barcelona | alexa allora la capital de {} cuál es | san marino=SM; el vaticano=VA; italia=IT
italian-barcelona | alexa boh no me acuerdo de la capital de {} | eslovaquia=SK; chequia=CZ; austria=AT
italian-barcelona | alexa dai dime la capital de {} | túnez=TN; libia=LY; albania=AL
italian-barcelona | alexa cioè cuál es la capital de {} exactamente | suiza=CH; liechtenstein=LI; luxemburgo=LU
italian-barcelona | alexa mamma mia la capital de eritrea | ER
italian-barcelona | alexa ecco y somalia qué capital tiene | SO
italian-barcelona | alexa la capital de cerdeña | FB
italian-barcelona | alexa allora la capital de cataluña | FB
italian-barcelona | alexa qué tiempo hace en milán | FB
italian-barcelona | alexa dai abre capitales del mundo | LAUNCH
italian-barcelona | alexa basta basta para | STOP
italian-barcelona | alexa boh no sé qué decir ayuda | HELP
# Nicaraguan live-in carers in Madrid: the señora's flat, Thursday afternoon off, church on Sunday (ideay, chele, dale pues, fijate, la señora)
nicaraguan-internas | alexa ideay cuál es la capital de {} | nicaragua=NI; costa rica=CR; el salvador=SV
nicaraguan-internas | alexa la señora quiere saber la capital de {} | portugal=PT; francia=FR; bélgica=BE
nicaraguan-internas | alexa fijate que no sé la capital de {} | dominica=DM; granada=GD; santa lucía=LC
nicaraguan-internas | alexa dale pues la capital de {} | honduras=HN; guatemala=GT; panamá=PA
nicaraguan-internas | alexa ideay y cuál es la capital de managua | FB
nicaraguan-internas | alexa la señora dice que la capital de nicaragua es león es cierto | NI
nicaraguan-internas | alexa qué país tiene a san josé de capital | CITY:San José
nicaraguan-internas | alexa dale pues abre capitales del mundo | LAUNCH
nicaraguan-internas | alexa apagate ya que la señora está durmiendo | STOP
nicaraguan-internas | alexa cuánto cuesta mandar dinero a nicaragua | FB
# work in Spain: a lorry driver at Mercamadrid, a lifeguard in Benidorm, a longliner out of Burela, a butcher in Vallecas
oficios-es | alexa en mercamadrid hay naranjas de {} cuál es la capital | egipto=EG; sudáfrica=ZA; marruecos=MA
oficios-es | alexa el socorrista dice que los guiris de {} no saben ni su capital cuál es | países bajos=NL; dinamarca=DK; finlandia=FI
oficios-es | alexa en el barco vamos a faenar cerca de {} cuál es la capital | mauritania=MR; irlanda=IE; islandia=IS
oficios-es | alexa el cordero este viene de {} y la capital cuál es | nueva zelanda=NZ; uruguay=UY; rumanía=RO
oficios-es | alexa estoy descargando en el muelle un barco de {} capital | panamá=PA; liberia=LR; islas marshall=MH
oficios-es | alexa un cliente de estonia pregunta la capital de su país no sé qué quiere | EE
oficios-es | alexa esta ternera es argentina y cuál es la capital de argentina | AR
oficios-es | alexa cuál es la capital de las islas feroe que allí pescan | FO
oficios-es | alexa cuánto pesa un cordero lechal | FB
oficios-es | alexa la capital de groenlandia que se me ha ido | GL
oficios-es | alexa cancela que entra un cliente | CANCEL
oficios-es | alexa para que tengo que cargar el camión | STOP
# adult school in Spain: the escuela de adultos, the graduado en ESO for adults, people studying for oposiciones
adult-school-es | alexa para el examen del graduado la capital de {} | letonia=LV; lituania=LT; estonia=EE
adult-school-es | alexa en la escuela de adultos me preguntaron la capital de {} | jordania=JO; siria=SY; líbano=LB
adult-school-es | alexa para las oposiciones necesito la capital de {} | chequia=CZ; hungría=HU; polonia=PL
adult-school-es | alexa a mis sesenta años estudio geografía cuál es la capital de {} | mongolia=MN; kazajistán=KZ; kirguistán=KG
adult-school-es | alexa la profe de adultos quiere la capital de tayikistán | TJ
adult-school-es | alexa me sale en el temario la capital de uzbekistán | UZ
adult-school-es | alexa capital de turkmenistán para el examen | TM
adult-school-es | alexa cuáles son las capitales de los países bajos para el examen | NL
adult-school-es | alexa cuántas preguntas tiene el examen de la eso para adultos | FB
adult-school-es | alexa qué capital europea está a orillas del danubio | FB
adult-school-es | alexa capital de la región de murcia | FB
adult-school-es | alexa ayúdame que tengo examen el lunes | HELP
# TV and phone quizzes in Spain: Saber y Ganar after lunch, Ahora Caigo, a trivia app on the coffee break
tv-quiz-es | alexa en saber y ganar han preguntado la capital de {} | brunéi=BN; laos=LA; bután=BT
tv-quiz-es | alexa en ahora caigo no sabía nadie la capital de {} | burundi=BI; ruanda=RW; uganda=UG
tv-quiz-es | alexa me juego un café a que no sabes la capital de {} | tuvalu=TV; nauru=NR; kiribati=KI
tv-quiz-es | alexa en la app del trivial me sale la capital de {} | yibuti=DJ; eritrea=ER; comoras=KM
tv-quiz-es | alexa el concursante ha dicho que la capital de myanmar es rangún está bien | MM
tv-quiz-es | alexa en el concurso dicen que bolivia tiene dos capitales cuáles | BO
tv-quiz-es | alexa a qué hora empieza saber y ganar | FB
tv-quiz-es | alexa cuánto dinero se llevó el del bote | FB
tv-quiz-es | alexa cuál es la capital de palaos que ha salido en la tele | PW
tv-quiz-es | alexa qué país tiene a naipyidó de capital | CITY:Naipyidó
tv-quiz-es | alexa para que empieza el programa | STOP
# children at home in Spain: five to nine year olds asking on their own, mum in the kitchen (mamá, porfa, jo, es que)
kids-es | alexa alexa cuál es la capital de {} | españa=ES; japón=JP; china=CN
kids-es | alexa mamá dice que te pregunte la capital de {} | egipto=EG; india=IN; brasil=BR
kids-es | alexa jo dime la capital de {} porfa | rusia=RU; méxico=MX; alemania=DE
kids-es | alexa es que en mi clase dicen que la capital de francia es la torre eiffel | FR
kids-es | alexa cuál es la capital de los pingüinos | FB
kids-es | alexa cuál es la capital del polo norte | FB
kids-es | alexa la capital de la antártida | AQ
kids-es | alexa cuál es la capital de marte | FB
kids-es | alexa pon la canción de los países | FB
kids-es | alexa jo ya no quiero jugar | STOP
kids-es | alexa abre el juego de capitales del mundo porfa | LAUNCH
kids-es | alexa la capital de inglaterra es londres a que sí | GB-ENG
# ================================================================ es-MX
# Haitian migrants in Mexico City: the shelter in Tláhuac, the COMAR line, Creole and French slipping in (wi, mesi, sa k pase, bon, anpil, mwen)
haitian-cdmx | alexa sa k pase cuál es la capital de {} | haití=HT; república dominicana=DO; cuba=CU | es-MX
haitian-cdmx | alexa mesi y la capital de {} | chile=CL; brasil=BR; guayana francesa=GF | es-MX
haitian-cdmx | alexa wi wi la capital de {} dime | martinica=MQ; guadalupe=GP; san martín=MF | es-MX
haitian-cdmx | alexa mwen pa konnen la capital de {} | canadá=CA; bahamas=BS; surinam=SR | es-MX
haitian-cdmx | alexa bon la capital de haití es puerto príncipe verdad | HT | es-MX
haitian-cdmx | alexa mesi anpil | FB | es-MX
haitian-cdmx | alexa cuál es la capital de la república dominicana la que está al lado | DO | es-MX
haitian-cdmx | alexa dónde está la oficina de la comar | FB | es-MX
haitian-cdmx | alexa qué país tiene de capital puerto príncipe | CITY:Puerto Príncipe | es-MX
haitian-cdmx | alexa bon ya no más para | STOP | es-MX
haitian-cdmx | alexa mwen bezwen èd ayuda | HELP | es-MX
# American retirees in San Miguel de Allende and Lake Chapala: the Spanish class at the biblioteca, learner Spanish (okay so, how do you say, um, gracias)
gringo-retirees | alexa okay so cuál es la capital de {} | islandia=IS; noruega=NO; suecia=SE | es-MX
gringo-retirees | alexa um la capital de {} es | vermont=US-VT; maine=US-ME; nuevo hampshire=US-NH | es-MX
gringo-retirees | alexa how do you say la capital de {} | oregón=US-OR; washington=US-WA; montana=US-MT | es-MX
gringo-retirees | alexa mi amiga de la clase pregunta capital de {} gracias | guanajuato=MX-GUA; querétaro=MX-QUE; jalisco=MX-JAL | es-MX
gringo-retirees | alexa um es san miguel la capital de guanajuato | MX-GUA | es-MX
gringo-retirees | alexa capital de minnesota mi estado | US-MN | es-MX
gringo-retirees | alexa okay so what's the capital of michigan en español | US-MI | es-MX
gringo-retirees | alexa cuándo es el mercado orgánico del sábado | FB | es-MX
gringo-retirees | alexa cuál es la capital de la cerámica | FB | es-MX
gringo-retirees | alexa um how do i use this ayuda | HELP | es-MX
gringo-retirees | alexa okay stop gracias | STOP | es-MX
gringo-retirees | alexa open capitales del mundo por favor | LAUNCH | es-MX
# young chilangos from Iztapalapa and Neza: the Metro, the combi, group chats (neta, wey, chido, no manches, qué oso, sale)
chilango-youth | alexa neta cuál es la capital de {} wey | corea del sur=KR; japón=JP; taiwán=TW | es-MX
chilango-youth | alexa no manches no sé la capital de {} | nigeria=NG; camerún=CM; gabón=GA | es-MX
chilango-youth | alexa sale pues la capital de {} | kuwait=KW; catar=QA; baréin=BH | es-MX
chilango-youth | alexa qué oso no me sé la capital de {} | zacatecas=MX-ZAC; durango=MX-DUR; coahuila=MX-COA | es-MX
chilango-youth | alexa wey la capital de australia es sídney o qué | AU | es-MX
chilango-youth | alexa neta la ciudad de méxico es la capital de méxico | MX | es-MX
chilango-youth | alexa cuál es la capital de neza | FB | es-MX
chilango-youth | alexa a qué hora cierra el metro | FB | es-MX
chilango-youth | alexa chido gracias ya bájale | STOP | es-MX
chilango-youth | alexa no wey cancela | CANCEL | es-MX
chilango-youth | alexa pon capitales del mundo pa retar a mi carnal | LAUNCH | es-MX
# mariachis in Plaza Garibaldi and at weddings: waiting for clients, touring abroad (compadre, ándele, a sus órdenes, mi jefe, la tocada)
mariachi-garibaldi | alexa compadre vamos a tocar en {} cuál es la capital | colombia=CO; venezuela=VE; ecuador=EC | es-MX
mariachi-garibaldi | alexa ándele la capital de {} pa la gira | españa=ES; italia=IT; japón=JP | es-MX
mariachi-garibaldi | alexa a sus órdenes y la capital de {} | texas=US-TX; california=US-CA; illinois=US-IL | es-MX
mariachi-garibaldi | alexa mi jefe dice que la tocada es en {} capital | michoacán=MX-MIC; colima=MX-COL; nayarit=MX-NAY | es-MX
mariachi-garibaldi | alexa compadre cuál es la capital de jalisco la tierra del mariachi | MX-JAL | es-MX
mariachi-garibaldi | alexa pon el son de la negra | FB | es-MX
mariachi-garibaldi | alexa cuál es la capital del mariachi | FB | es-MX
mariachi-garibaldi | alexa ándele ya estuvo | STOP | es-MX
mariachi-garibaldi | alexa la capital de austria pa la gira de viena | AT | es-MX
mariachi-garibaldi | alexa qué estado tiene a morelia de capital | CITY:Morelia | es-MX
# abuelitas in Puebla and Toluca households: the telenovela, the rosario, the grandchildren's homework (mijito, ay diosito, fíjate nomás, la novela)
abuelitas-mx | alexa mijito cuál es la capital de {} | puebla=MX-PUE; tabasco=MX-TAB; guerrero=MX-GRO | es-MX
abuelitas-mx | alexa ay diosito la capital de {} cuál era | tailandia=TH; filipinas=PH; indonesia=ID | es-MX
abuelitas-mx | alexa en la novela dijeron {} y su capital cuál es | líbano=LB; turquía=TR; grecia=GR | es-MX
abuelitas-mx | alexa fíjate nomás la capital del estado de méxico | MX-MEX | es-MX
abuelitas-mx | alexa cuál es la capital de checoslovaquia | FB | es-MX
abuelitas-mx | alexa la capital de ceilán como se decía antes | LK | es-MX
abuelitas-mx | alexa capital de la unión soviética | FB | es-MX
abuelitas-mx | alexa a qué hora empieza el rosario | FB | es-MX
abuelitas-mx | alexa mijito ya apágate | STOP | es-MX
abuelitas-mx | alexa no le entiendo cómo se usa esto mijito | HELP | es-MX
abuelitas-mx | alexa capital de dahomey | BJ | es-MX
# board games and fairs in Mexico: Maratón at the family table, the kermés quiz, the lotería night (ya te gané, me toca, a ver)
maraton-mx | alexa en el maratón salió la capital de {} | afganistán=AF; pakistán=PK; bangladés=BD | es-MX
maraton-mx | alexa me toca a mí la capital de {} | nepal=NP; sri lanka=LK; maldivas=MV | es-MX
maraton-mx | alexa en la kermés preguntan la capital de {} | el salvador=SV; belice=BZ; guatemala=GT | es-MX
maraton-mx | alexa ya te gané la capital de {} es fácil | angola=AO; mozambique=MZ; madagascar=MG | es-MX
maraton-mx | alexa a ver la tarjeta dice cuáles son las capitales de sudáfrica | ZA | es-MX
maraton-mx | alexa en el maratón dicen que malasia tiene dos capitales cuáles | MY | es-MX
maraton-mx | alexa cuántas casillas avanzo si le atino | FB | es-MX
maraton-mx | alexa canta la lotería | FB | es-MX
maraton-mx | alexa de qué país es capital taskent | CITY:Taskent | es-MX
maraton-mx | alexa abre capitales del mundo pa la noche de juegos | LAUNCH | es-MX
# the UNAM and IPN admission exams and the telesecundaria: the study guide, the online course, the tele-class (la guía, el simulacro, el profe)
unam-exam-mx | alexa en la guía de la unam viene la capital de {} | irán=IR; irak=IQ; israel=IL | es-MX
unam-exam-mx | alexa para el simulacro cuál es la capital de {} | arabia saudita=SA; yemen=YE; omán=OM | es-MX
unam-exam-mx | alexa el profe de la telesecundaria pide la capital de {} | chiapas=MX-CHP; veracruz=MX-VER; sinaloa=MX-SIN | es-MX
unam-exam-mx | alexa la capital de {} me la preguntaron en el examen del politécnico | etiopía=ET; sudán del sur=SS; tanzania=TZ | es-MX
unam-exam-mx | alexa viene en el examen la capital de palestina cuáles son | PS | es-MX
unam-exam-mx | alexa cuáles son las capitales de sri lanka pa la guía | LK | es-MX
unam-exam-mx | alexa capital de tamaulipas para el simulacro | MX-TAM | es-MX
unam-exam-mx | alexa cuántos aciertos necesito para entrar a medicina | FB | es-MX
unam-exam-mx | alexa cuál es la capital de los estados unidos de américa | US | es-MX
unam-exam-mx | alexa ayúdame a estudiar capitales | HELP | es-MX
unam-exam-mx | alexa cuál es la capital de oceanía | FB | es-MX
# work in Mexico: a Similares pharmacy counter, a ride-hailing driver in the capital, a tortillería, a mechanic's taller (joven, güero, jefe, ahorita)
oficios-mx | alexa joven el pasajero es de {} cuál es la capital | alemania=DE; francia=FR; países bajos=NL | es-MX
oficios-mx | alexa en la tortillería un señor de {} preguntó la capital | argentina=AR; uruguay=UY; paraguay=PY | es-MX
oficios-mx | alexa en el taller llegó un carro con placas de {} cuál es su capital | arizona=US-AZ; nuevo méxico=US-NM; colorado=US-CO | es-MX
oficios-mx | alexa güero dime la capital de {} ahorita | aguascalientes=MX-AGU; san luis potosí=MX-SLP; campeche=MX-CAM | es-MX
oficios-mx | alexa en la farmacia una clienta de {} no sabía su capital | trinidad y tobago=TT; antigua y barbuda=AG; san cristóbal y nieves=KN | es-MX
oficios-mx | alexa jefe cuál es la capital de chihuahua | MX-CHH | es-MX
oficios-mx | alexa cuánto cuesta el kilo de tortilla | FB | es-MX
oficios-mx | alexa ahorita no cancela | CANCEL | es-MX
oficios-mx | alexa pon la ruta al aeropuerto | FB | es-MX
oficios-mx | alexa qué estado tiene a hermosillo de capital | CITY:Hermosillo | es-MX
# Spaniards working in Querétaro's car and aircraft plants and in the capital: expat parents, the Spanish school (vale, tío, guay, hostia, venga)
spaniards-queretaro | alexa venga la capital de {} | marruecos=MA; argelia=DZ; túnez=TN | es-MX
spaniards-queretaro | alexa hostia cuál era la capital de {} | eslovenia=SI; croacia=HR; serbia=RS | es-MX
spaniards-queretaro | alexa vale y la capital de {} tío | canadá=CA; estados unidos=US; méxico=MX | es-MX
spaniards-queretaro | alexa qué guay dime la capital de querétaro | MX-QUE | es-MX
spaniards-queretaro | alexa la capital de aragón | FB | es-MX
spaniards-queretaro | alexa cuál es la capital de la rioja | FB | es-MX
spaniards-queretaro | alexa vale vale déjalo | CANCEL | es-MX
spaniards-queretaro | alexa cuál es la capital de andorra | AD | es-MX
spaniards-queretaro | alexa la capital de portugal que la he olvidado tío | PT | es-MX
spaniards-queretaro | alexa cuántas horas de diferencia hay con madrid | FB | es-MX
# ================================================================ es-US
# Salvadorans in the Maryland and Virginia suburbs of Washington: Langley Park, Silver Spring, the pupusería, TPS paperwork (vaya pues, chivo, bicho, cipote, puchica)
salvadoran-maryland | alexa vaya pues cuál es la capital de {} | el salvador=SV; guatemala=GT; honduras=HN | es-US
salvadoran-maryland | alexa puchica no sé la capital de {} | maryland=US-MD; virginia=US-VA; delaware=US-DE | es-US
salvadoran-maryland | alexa el bicho pregunta la capital de {} para la escuela | pensilvania=US-PA; nueva jersey=US-NJ; carolina del norte=US-NC | es-US
salvadoran-maryland | alexa qué chivo dime la capital de {} | costa rica=CR; panamá=PA; nicaragua=NI | es-US
salvadoran-maryland | alexa cuál es la capital de estados unidos si vivimos al lado | US | es-US
salvadoran-maryland | alexa washington dc es capital de qué | US-DC | es-US
salvadoran-maryland | alexa la capital de san miguel allá en el salvador | FB | es-US
salvadoran-maryland | alexa a qué hora abre la pupusería | FB | es-US
salvadoran-maryland | alexa vaya pues ya no quiero | STOP | es-US
salvadoran-maryland | alexa el cipote quiere jugar capitales del mundo ábrelo | LAUNCH | es-US
salvadoran-maryland | alexa puchica me equivoqué cancela | CANCEL | es-US
# Hondurans in New Orleans and Kenner: the roofers after the storms, the Catholic parish, calls to San Pedro Sula (maje, pucha, vos, catracho, cheque)
honduran-new-orleans | alexa maje cuál es la capital de {} | luisiana=US-LA; misisipi=US-MS; alabama=US-AL | es-US
honduran-new-orleans | alexa pucha la capital de {} vos sabés | honduras=HN; jamaica=JM; haití=HT | es-US
honduran-new-orleans | alexa cheque y la capital de {} | arkansas=US-AR; tennessee=US-TN; kentucky=US-KY | es-US
honduran-new-orleans | alexa el patrón es de {} cuál es la capital | florida=US-FL; georgia el estado=US-GA; carolina del sur=US-SC | es-US
honduran-new-orleans | alexa la capital de luisiana no es nueva orleans verdad | US-LA | es-US
honduran-new-orleans | alexa cuál es la capital de los catrachos | HN | es-US
honduran-new-orleans | alexa capital de san pedro sula | FB | es-US
honduran-new-orleans | alexa va a llover hoy en nueva orleans | FB | es-US
honduran-new-orleans | alexa maje ya callate | STOP | es-US
honduran-new-orleans | alexa no maje cancelá eso | CANCEL | es-US
honduran-new-orleans | alexa qué ciudad es capital de honduras tegucigalpa o comayagua | HN | es-US
# orchard workers in the Yakima and Wenatchee valleys: apple and cherry picking, the H-2A season, the labor camp (la pisca, el mayordomo, la escalera, los bines)
yakima-orchards | alexa en la pisca un compañero es de {} cuál es la capital | guatemala=GT; jamaica=JM; perú=PE | es-US
yakima-orchards | alexa el mayordomo quiere saber la capital de {} | washington=US-WA; idaho=US-ID; oregón=US-OR | es-US
yakima-orchards | alexa las manzanas se van hasta {} cuál es su capital | india=IN; vietnam=VN; indonesia=ID | es-US
yakima-orchards | alexa antes de subir a la escalera dime la capital de {} | alaska=US-AK; hawái=US-HI; wyoming=US-WY | es-US
yakima-orchards | alexa la capital del estado de washington no es seattle verdad | US-WA | es-US
yakima-orchards | alexa cuántos bines llenamos ayer | FB | es-US
yakima-orchards | alexa cuál es la capital mundial de la manzana | FB | es-US
yakima-orchards | alexa qué estado tiene a olympia de capital | CITY:Olympia | es-US
yakima-orchards | alexa ya vamos a la pisca para | STOP | es-US
yakima-orchards | alexa abre capitales del mundo pa pasar la noche | LAUNCH | es-US
# Puerto Ricans who moved to Orlando and Kissimmee after the hurricane: Buenaventura Lakes, the theme-park jobs (wepa, mano, chacho, nene, brutal, ay virgen)
boricua-orlando | alexa wepa cuál es la capital de {} | puerto rico=PR; islas vírgenes=VI; república dominicana=DO | es-US
boricua-orlando | alexa chacho la capital de {} | cuba=CU; venezuela=VE; colombia=CO | es-US
boricua-orlando | alexa mano dime la capital de {} | islas caimán=KY; islas turcas y caicos=TC; anguila=AI | es-US
boricua-orlando | alexa nene la capital de {} es | florida=US-FL; ohio=US-OH; connecticut=US-CT | es-US
boricua-orlando | alexa ay virgen la capital de aruba | AW | es-US
boricua-orlando | alexa brutal y curazao qué capital tiene | CW | es-US
boricua-orlando | alexa cuál es la capital de borinquen | PR | es-US
boricua-orlando | alexa cuál es la capital de vieques | FB | es-US
boricua-orlando | alexa cuánto tarda la fila de la montaña rusa | FB | es-US
boricua-orlando | alexa chacho ya para | STOP | es-US
boricua-orlando | alexa mano cancela eso | CANCEL | es-US
# Latino Latter-day Saints in Utah and Idaho: the Spanish ward in Provo, returned missionaries, family home evening (hermano, hermana, la capilla, la misión)
lds-utah | alexa hermano serví mi misión en {} cuál es la capital | argentina=AR; chile=CL; paraguay=PY | es-US
lds-utah | alexa para la noche de hogar la capital de {} | utah=US-UT; idaho=US-ID; nevada=US-NV | es-US
lds-utah | alexa mi hijo se va de misión a {} cuál es la capital | filipinas=PH; tonga=TO; samoa=WS | es-US
lds-utah | alexa la hermana pregunta la capital de {} | fiyi=FJ; papúa nueva guinea=PG; vanuatu=VU | es-US
lds-utah | alexa la capital de utah es salt lake city verdad | US-UT | es-US
lds-utah | alexa cuál es la capital de la samoa americana | AS | es-US
lds-utah | alexa a qué hora es la reunión sacramental | FB | es-US
lds-utah | alexa qué estado tiene de capital salt lake city | CITY:Salt Lake City | es-US
lds-utah | alexa gracias hermana alexa ya terminamos | STOP | es-US
lds-utah | alexa explícame cómo funciona capitales del mundo | HELP | es-US
# resort workers in the Colorado mountains: housekeeping in Vail and Aspen, the lift crew, the kitchen of a lodge (el lift, la temporada, los turistas, la nieve)
colorado-ski | alexa un turista de {} me preguntó la capital | suiza=CH; austria=AT; australia=AU | es-US
colorado-ski | alexa en el lodge la chef es de {} cuál es su capital | francia=FR; japón=JP; argentina=AR | es-US
colorado-ski | alexa antes de que abra el lift la capital de {} | colorado=US-CO; kansas=US-KS; nebraska=US-NE | es-US
colorado-ski | alexa los de la temporada vienen de {} capital | sudáfrica=ZA; nueva zelanda=NZ; eslovaquia=SK | es-US
colorado-ski | alexa la capital de colorado es denver o aspen | US-CO | es-US
colorado-ski | alexa cuánta nieve cayó anoche | FB | es-US
colorado-ski | alexa cuál es la capital del esquí | FB | es-US
colorado-ski | alexa cuáles son las capitales de malasia un turista dice que dos | MY | es-US
colorado-ski | alexa ya me toca turno apágate | STOP | es-US
colorado-ski | alexa qué estado tiene a cheyenne de capital | CITY:Cheyenne | es-US
# work in the US: a landscaping crew, a hospital interpreter, a taco truck (el crew, la troca de trabajo, el paciente, la orden)
oficios-us | alexa el paciente es de {} cuál es la capital de su país | afganistán=AF; birmania=MM; eritrea=ER | es-US
oficios-us | alexa en el crew hay uno de {} qué capital tiene | oaxaca=MX-OAX; guerrero=MX-GRO; puebla=MX-PUE | es-US
oficios-us | alexa un cliente del food truck es de {} capital | corea del norte=KP; siria=SY; somalia=SO | es-US
oficios-us | alexa la casa que cortamos es en {} cuál es la capital | iowa=US-IA; misuri=US-MO; dakota del norte=US-ND | es-US
oficios-us | alexa el paciente habla quechua cuál es la capital de bolivia | BO | es-US
oficios-us | alexa cuántas órdenes de tacos van | FB | es-US
oficios-us | alexa la capital de congo el paciente es de kinshasa | CD | es-US
oficios-us | alexa cancela que llegó el supervisor | CANCEL | es-US
oficios-us | alexa qué país tiene a kabul de capital | CITY:Kabul | es-US
oficios-us | alexa qué tiempo va a hacer para cortar el zacate | FB | es-US
# US-born teens of immigrant families: Spanglish, school projects, grandma in the kitchen (like, literally, bro, lowkey, okay wait)
heritage-teens-us | alexa like what's the capital de {} | méxico=MX; guatemala=GT; el salvador=SV | es-US
heritage-teens-us | alexa bro cuál es la capital de {} literally | marruecos=MA; egipto=EG; argelia=DZ | es-US
heritage-teens-us | alexa okay wait la capital de {} | singapur=SG; malasia=MY; tailandia=TH | es-US
heritage-teens-us | alexa lowkey no sé la capital de {} | carolina del norte=US-NC; indiana=US-IN; rhode island=US-RI | es-US
heritage-teens-us | alexa my abuela wants to know la capital de perú | PE | es-US
heritage-teens-us | alexa what's the capital of mexico state o sea el estado de méxico | MX-MEX | es-US
heritage-teens-us | alexa play my playlist | FB | es-US
heritage-teens-us | alexa bro stop | STOP | es-US
heritage-teens-us | alexa nah never mind | CANCEL | es-US
heritage-teens-us | alexa what can i ask capitales del mundo | HELP | es-US
heritage-teens-us | alexa capital of the land of the free | US | es-US
# quiz shows and school bees in the US: Jeopardy in the evening, the geography bee at the middle school, a trivia night at a brewery (the buzzer, the category, ok next)
jeopardy-bee-us | alexa en jeopardy la categoría es capitales cuál es la de {} | tanzania=TZ; kenia=KE; etiopía=ET | es-US
jeopardy-bee-us | alexa para el geography bee necesito la capital de {} | micronesia=FM; palaos=PW; islas salomón=SB | es-US
jeopardy-bee-us | alexa en el trivia night preguntaron la capital de {} | mónaco=MC; andorra=AD; san marino=SM | es-US
jeopardy-bee-us | alexa ok next la capital de {} | chad=TD; república centroafricana=CF; gabón=GA | es-US
jeopardy-bee-us | alexa what is the capital de sudán del sur | SS | es-US
jeopardy-bee-us | alexa en el bee preguntan cuáles son las capitales de benín | BJ | es-US
jeopardy-bee-us | alexa cuáles son las capitales de esuatini para el bee | SZ | es-US
jeopardy-bee-us | alexa quién ganó jeopardy anoche | FB | es-US
jeopardy-bee-us | alexa qué país tiene de capital bujumbura | FB | es-US
jeopardy-bee-us | alexa qué país tiene de capital gitega | CITY:Gitega | es-US
jeopardy-bee-us | alexa start capitales del mundo para practicar | LAUNCH | es-US
# ================================================================ more shared lines
launch | alexa dile a capitales del mundo que empiece | LAUNCH
launch | alexa quiero preguntarle cosas a capitales del mundo | LAUNCH
launch | alexa hayde abre capitales del mundo | LAUNCH
launch | alexa nanga def pon capitales del mundo | LAUNCH
launch | alexa a ver si funciona capitales del mundo | LAUNCH
launch | alexa que se abra capitales del mundo | LAUNCH
launch | alexa ejecuta capitales del mundo | LAUNCH
launch | alexa ponnos capitales del mundo que estamos aburridos | LAUNCH
launch | alexa mira open capitales del mundo | LAUNCH
launch | alexa er abrir capitales del mundo please | LAUNCH
launch | alexa allora apri capitales del mundo | LAUNCH
launch | alexa despierta capitales del mundo | LAUNCH
launch | alexa vamos con capitales del mundo otra vez | LAUNCH
launch | alexa quiero repasar con capitales del mundo | LAUNCH
launch | alexa sa k pase abre capitales del mundo | LAUNCH | es-MX
launch | alexa neta abre capitales del mundo wey | LAUNCH | es-MX
launch | alexa compadre póngame capitales del mundo | LAUNCH | es-MX
launch | alexa mijito abre el de las capitales del mundo | LAUNCH | es-MX
launch | alexa okay so abre capitales del mundo | LAUNCH | es-MX
launch | alexa abre capitales del mundo pa estudiar pal examen | LAUNCH | es-MX
launch | alexa prende capitales del mundo | LAUNCH | es-MX
launch | alexa vamos a echarnos unas capitales del mundo | LAUNCH | es-MX
launch | alexa venga va abre capitales del mundo | LAUNCH | es-MX
launch | alexa vaya pues abre capitales del mundo | LAUNCH | es-US
launch | alexa wepa pon capitales del mundo | LAUNCH | es-US
launch | alexa maje abrí capitales del mundo | LAUNCH | es-US
launch | alexa bro open up capitales del mundo | LAUNCH | es-US
launch | alexa hermano abre capitales del mundo por favor | LAUNCH | es-US
launch | alexa can you open capitales del mundo | LAUNCH | es-US
launch | alexa turn on capitales del mundo | LAUNCH | es-US
launch | alexa play capitales del mundo | LAUNCH | es-US
launch | alexa quiero practicar con capitales del mundo | LAUNCH | es-US
launch | alexa empieza el juego capitales del mundo | LAUNCH | es-US
cancel | alexa ideay no cancela | CANCEL
cancel | alexa hostia no cancélalo | CANCEL
cancel | alexa allora no annulla cancela | CANCEL
cancel | alexa da da cancela eso | CANCEL
cancel | alexa me he liado cancela | CANCEL
cancel | alexa uy no no era eso anula | CANCEL
cancel | alexa no manches cancela | CANCEL | es-MX
cancel | alexa ay diosito cancela eso | CANCEL | es-MX
cancel | alexa mesi pero cancela | CANCEL | es-MX
cancel | alexa compadre mejor cancele | CANCEL | es-MX
cancel | alexa me equivoqué de pregunta cancélala | CANCEL | es-MX
cancel | alexa wepa no cancela | CANCEL | es-US
cancel | alexa hold on cancela eso | CANCEL | es-US
cancel | alexa scratch that cancela | CANCEL | es-US
cancel | alexa hermano cancela por favor | CANCEL | es-US
cancel | alexa ya no cancel | CANCEL | es-US
help | alexa nanga def cómo funciona esto | HELP
help | alexa allora cómo se usa esto | HELP
help | alexa dime qué puedo hacer con capitales del mundo | HELP
help | alexa neta no sé cómo jugar ayúdame | HELP | es-MX
help | alexa compadre qué le pregunto a esto | HELP | es-MX
help | alexa vaya pues cómo se juega | HELP | es-US
help | alexa wepa ayúdame con esto | HELP | es-US
help | alexa maje no entiendo nada ayuda | HELP | es-US
stop | alexa allora basta | STOP
stop | alexa jerejef ya está | STOP
stop | alexa mira that's enough para | STOP
stop | alexa sa k pase no para ya | STOP | es-MX
stop | alexa ahí muere ya | STOP | es-MX
stop | alexa hasta aquí compadre | STOP | es-MX
stop | alexa okay we're done para | STOP | es-US
stop | alexa hermano ya terminamos apágate | STOP | es-US
stop | alexa wepa ya apaga | STOP | es-US
# more out-of-domain
out-of-domain | alexa cuál es el prefijo de senegal | FB
out-of-domain | alexa cuánto tarda un paquete a bulgaria | FB
out-of-domain | alexa qué hora es en gibraltar | FB
out-of-domain | alexa cuántos euros son cien libras | FB
out-of-domain | alexa cuál es la capital del modernismo | FB
out-of-domain | alexa pon un podcast de geografía | FB
out-of-domain | alexa a qué hora juega el barça | FB
out-of-domain | alexa cuál es el lago más grande de áfrica | FB
out-of-domain | alexa cuál es la capital de la provincia de cádiz | FB
out-of-domain | alexa qué significa capitalismo | FB
out-of-domain | alexa cuál es el país con más capitales | FB
out-of-domain | alexa por qué australia no tiene a sídney de capital | FB
out-of-domain | alexa cuál es la capital más bonita de europa | FB
out-of-domain | alexa cuál es la capital de la gastronomía española | FB
out-of-domain | alexa enciende la calefacción | FB
out-of-domain | alexa qué día es hoy | FB
out-of-domain | alexa cuántos kilómetros hay de mataró a barcelona | FB
out-of-domain | alexa tradúceme gracias al búlgaro | FB
out-of-domain | alexa qué se celebra hoy | FB
out-of-domain | alexa cuál es el océano más grande | FB
out-of-domain | alexa qué capital tiene más museos | FB
out-of-domain | alexa cuál es la capital del reino de los cielos | FB
out-of-domain | alexa cuál es la capital de la fresa | FB | es-MX
out-of-domain | alexa qué tan alto es el popocatépetl | FB | es-MX
out-of-domain | alexa cuánto cuesta el pasaje a tijuana | FB | es-MX
out-of-domain | alexa qué santo es hoy | FB | es-MX
out-of-domain | alexa cuántos idiomas se hablan en méxico | FB | es-MX
out-of-domain | alexa cuál es la capital del mezcal | FB | es-MX
out-of-domain | alexa pon el noticiero | FB | es-MX
out-of-domain | alexa qué capital de sudamérica está más alta | FB | es-MX
out-of-domain | alexa cuándo se fundó tenochtitlan | FB | es-MX
out-of-domain | alexa cuál es la capital del trabajo | FB | es-MX
out-of-domain | alexa cuántos años tiene la ciudad de méxico | FB | es-MX
out-of-domain | alexa pon corridos | FB | es-MX
out-of-domain | alexa cuál es la capital de la salsa | FB | es-US
out-of-domain | alexa how many states are there | FB | es-US
out-of-domain | alexa qué temperatura hace en orlando | FB | es-US
out-of-domain | alexa cuál es la capital del mundo de los parques | FB | es-US
out-of-domain | alexa cuánto cuesta la gasolina hoy | FB | es-US
out-of-domain | alexa quién construyó el capitolio | FB | es-US
out-of-domain | alexa cuántas millas hay de provo a salt lake | FB | es-US
out-of-domain | alexa en qué año se independizó el salvador | FB | es-US
out-of-domain | alexa what time is it | FB | es-US
out-of-domain | alexa pon reguetón viejo | FB | es-US
out-of-domain | alexa cuál es la capital de la música latina | FB | es-US
out-of-domain | alexa qué país tiene la capital más grande | FB | es-US
# more yes-no, self-correction, follow-up, reverse, official, everyday, shared, subdivision
yes-no-check | alexa la capital de nueva zelanda es auckland no | NZ
yes-no-check | alexa es ginebra la capital de algo | FB
yes-no-check | alexa seguro que la capital de camerún es yaundé | CM
yes-no-check | alexa es abiyán la capital de costa de marfil | CI | es-MX
yes-no-check | alexa la capital de belice es belmopan o la ciudad de belice | BZ | es-MX
yes-no-check | alexa es chicago la capital de illinois | US-IL | es-US
yes-no-check | alexa la capital de nueva york es albany right | US-NY | es-US
self-correction | alexa la capital de namibia no mejor de zambia | ZM
self-correction | alexa cuál es la capital de lesoto ay no de botsuana | BW
self-correction | alexa la capital de dominica no perdón de república dominicana | DO | es-MX
self-correction | alexa capital de sinaloa digo de sonora | MX-SON | es-MX
self-correction | alexa la capital de arkansas no wait kansas | US-KS | es-US
self-correction | alexa capital de santo tomé y príncipe no espera san vicente y las granadinas | VC | es-US
follow-up | y la de namibia | NA
follow-up | y lesoto | LS | es-MX
follow-up | y botsuana qué | BW | es-US
follow-up | y las seychelles | SC
follow-up | y santo tomé y príncipe | ST | es-MX
follow-up | y la de los emiratos | AE | es-US
reverse-question | alexa qué país tiene a windhoek como capital | CITY:Windhoek
reverse-question | alexa de qué isla es capital charlotte amalie | CITY:Charlotte Amalie | es-US
reverse-question | alexa de qué estado es capital jefferson city | CITY:Jefferson City | es-US
reverse-question | alexa mérida es la capital de qué estado | CITY:Mérida | es-MX
reverse-question | alexa victoria es capital de qué | CITY:Victoria
official-name | alexa capital de la república de botsuana | BW
official-name | alexa capital del reino de lesoto | LS | es-MX
official-name | alexa capital de la república democrática de santo tomé y príncipe | ST | es-US
official-name | alexa capital de la república de las seychelles | SC
official-name | alexa capital de los emiratos árabes unidos | AE | es-MX
everyday-name | alexa capital de namibia la antigua áfrica del sudoeste | NA
everyday-name | alexa la capital de abu dabi y dubái los emiratos | AE
everyday-name | alexa capital de zaire | CD | es-MX
everyday-name | alexa capital de persia | IR | es-US
everyday-name | alexa la capital de rodesia | ZW | es-US
shared-name | alexa capital de san vicente | VC
shared-name | alexa capital de guinea la de áfrica occidental la que no es ecuatorial | GN | es-US
shared-name | alexa capital de la guadalupe de francia | GP | es-MX
subdivision | alexa capital de cataluña | FB | es-MX
subdivision | alexa capital del estado de durango | MX-DUR | es-US
subdivision | alexa capital de la provincia de saskatchewan | CA-SK | es-US
subdivision | alexa capital de queensland | AU-QLD
subdivision | alexa capital de bengala occidental | IN-WB
subdivision | alexa capital de la comunidad de madrid | FB
subdivision | alexa capital del estado de são paulo | BR-SP | es-MX
subdivision | alexa capital de minas gerais | BR-MG
# ================================================================ es-ES more
# pensioners on Imserso trips: the coach to Benidorm and Peñíscola, the hotel bingo, the tour guide's quiz (el viaje del imserso, la guía, el autocar, madre mía)
imserso-trips | alexa en el autocar la guía preguntó la capital de {} | noruega=NO; dinamarca=DK; suecia=SE
imserso-trips | alexa madre mía no me acuerdo de la capital de {} | filipinas=PH; cuba=CU; argentina=AR
imserso-trips | alexa el año que viene el imserso va a {} cuál es la capital | portugal=PT; marruecos=MA; túnez=TN
imserso-trips | alexa en el concurso del hotel la capital de {} | la unión europea=FB; bélgica=BE; austria=AT
imserso-trips | alexa cuál es la capital de las baleares | FB
imserso-trips | alexa a qué hora sale el autocar mañana | FB
imserso-trips | alexa cuál es la capital de la antigua persia | IR
imserso-trips | alexa en mis tiempos la capital de alemania era bonn y ahora | DE
imserso-trips | alexa madre mía ya está bien apaga | STOP
imserso-trips | alexa la guía dice que holanda tiene dos capitales cuáles son | NL
imserso-trips | alexa cuál es la capital del congo belga | CD
imserso-trips | alexa ábreme capitales del mundo que me aburro en el hotel | LAUNCH
# lorry drivers on the European routes: the Irún border, the tachograph, a rest area in France (la ruta, el tacógrafo, el área de servicio, colega)
camioneros-europa | alexa colega voy a cargar a {} cuál es la capital | alemania=DE; polonia=PL; lituania=LT
camioneros-europa | alexa estoy parado en el área de servicio cerca de {} cuál es la capital | francia=FR; bélgica=BE; luxemburgo=LU
camioneros-europa | alexa con el tacógrafo parado dime la capital de {} | hungría=HU; eslovaquia=SK; chequia=CZ
camioneros-europa | alexa la descarga es en {} cuál es su capital | renania-palatinado=DE-RP; baja sajonia=DE-NI; turingia=DE-TH
camioneros-europa | alexa cuál es la capital de baden-wurtemberg que voy para allá | DE-BW
camioneros-europa | alexa cuánto me queda para irún | FB
camioneros-europa | alexa cuál es la capital de alsacia | FB
camioneros-europa | alexa colega cuál es la capital de bosnia y herzegovina | BA
camioneros-europa | alexa la capital de moldavia que tengo un compañero de allí | MD
camioneros-europa | alexa para que tengo que arrancar | STOP
camioneros-europa | alexa déjalo colega cancela | CANCEL
camioneros-europa | alexa qué tiempo hace en lyon | FB
# ================================================================ es-MX more
# fans getting ready for the 2026 World Cup in Mexico: the Estadio Azteca, fans from abroad, la selección (el tri, la porra, cielito lindo, gol)
mundial-fans-mx | alexa la porra de {} viene al azteca cuál es su capital | corea del sur=KR; sudáfrica=ZA; uzbekistán=UZ | es-MX
mundial-fans-mx | alexa el tri juega contra {} cuál es la capital | arabia saudita=SA; marruecos=MA; ghana=GH | es-MX
mundial-fans-mx | alexa en el estadio conocí aficionados de {} cuál es su capital | escocia=GB-SCT; croacia=HR; uruguay=UY | es-MX
mundial-fans-mx | alexa gol y la capital de {} | irán=IR; japón=JP; australia=AU | es-MX
mundial-fans-mx | alexa cuál es la capital de cabo verde que ahora sí clasificó | CV | es-MX
mundial-fans-mx | alexa los de curazao también vienen cuál es su capital | CW | es-MX
mundial-fans-mx | alexa a qué hora juega el tri | FB | es-MX
mundial-fans-mx | alexa cuál es la capital del fútbol | FB | es-MX
mundial-fans-mx | alexa cuál es la capital de inglaterra pa gritarles | GB-ENG | es-MX
mundial-fans-mx | alexa qué país tiene a doha de capital | CITY:Doha | es-MX
mundial-fans-mx | alexa ya estuvo de capitales que empieza el partido | STOP | es-MX
mundial-fans-mx | alexa pon capitales del mundo mientras empieza el partido | LAUNCH | es-MX
mundial-fans-mx | alexa cuántos goles lleva el chicharito | FB | es-MX
# ================================================================ es-US more
# Peruvian and Chilean sheepherders on H-2A visas in Wyoming, Nevada and Idaho: the trailer on the range, the dogs, the patrón's monthly visit (las ovejas, el campo, el patrón, oe, pe)
sheepherders-west | alexa oe cuál es la capital de {} pe | wyoming=US-WY; montana=US-MT; dakota del sur=US-SD | es-US
sheepherders-west | alexa aquí en el campo con las ovejas me pregunto la capital de {} | perú=PE; chile=CL; bolivia=BO | es-US
sheepherders-west | alexa el patrón viene de {} cuál es la capital | nevada=US-NV; utah=US-UT; california=US-CA | es-US
sheepherders-west | alexa la lana se vende a {} y su capital | china=CN; nueva zelanda=NZ; mongolia=MN | es-US
sheepherders-west | alexa cuál es la capital de nevada no es las vegas verdad | US-NV | es-US
sheepherders-west | alexa cuáles son las capitales de bolivia pe | BO | es-US
sheepherders-west | alexa va a nevar esta semana en el campo | FB | es-US
sheepherders-west | alexa cuál es la capital de la región de junín | FB | es-US
sheepherders-west | alexa oe para ya | STOP | es-US
sheepherders-west | alexa qué país tiene a lima de capital | CITY:Lima | es-US
sheepherders-west | alexa abre capitales del mundo pa la noche en el tráiler | LAUNCH | es-US
sheepherders-west | alexa ayúdame con esto pe cómo se usa | HELP | es-US
# extra lines for the es-MX and es-US groups
haitian-cdmx | alexa sa k pase cuál es la capital de los estados unidos | US | es-MX
haitian-cdmx | alexa cuál es la capital de la provincia de quebec donde vive mi hermano | CA-QC | es-MX
haitian-cdmx | alexa capital de sahara occidental | EH | es-MX
chilango-youth | alexa wey cuál es la capital de corea del norte | KP | es-MX
chilango-youth | alexa neta las capitales de costa de marfil cuáles son | CI | es-MX
abuelitas-mx | alexa mijito cuál es la capital de rumania | RO | es-MX
abuelitas-mx | alexa la capital de polonia donde nació el papa | PL | es-MX
gringo-retirees | alexa capital de columbia británica | CA-BC | es-MX
gringo-retirees | alexa um cuáles son las capitales de malasia | MY | es-MX
oficios-mx | alexa joven cuál es la capital de yucatán que voy a mérida | MX-YUC | es-MX
unam-exam-mx | alexa capital de emiratos árabes unidos pal examen | AE | es-MX
unam-exam-mx | alexa capital de namibia para la guía | NA | es-MX
maraton-mx | alexa la capital de botsuana me toca | BW | es-MX
maraton-mx | alexa la capital de seychelles en el maratón | SC | es-MX
salvadoran-maryland | alexa vaya pues la capital de lesoto | LS | es-US
salvadoran-maryland | alexa cuál es la capital de wisconsin el cipote pregunta | US-WI | es-US
honduran-new-orleans | alexa maje la capital de belice | BZ | es-US
boricua-orlando | alexa wepa cuál es la capital de san vicente y las granadinas | VC | es-US
boricua-orlando | alexa la capital de santo tomé y príncipe chacho | ST | es-US
lds-utah | alexa hermano la capital de las islas cook | CK | es-US
lds-utah | alexa la capital de kiribati para la misión | KI | es-US
colorado-ski | alexa cuál es la capital de los emiratos árabes un turista es de allá | AE | es-US
heritage-teens-us | alexa like cuál es la capital de namibia | NA | es-US
jeopardy-bee-us | alexa la capital de las seychelles para el bee | SC | es-US
oficios-us | alexa el paciente es de botsuana cuál es la capital | BW | es-US
yakima-orchards | alexa un compañero de jamaica dice que la capital es kingston cierto | JM | es-US
# extra es-ES lines
senegalese-mataro | alexa waaw cuál es la capital de guinea conakri | GN
bulgarian-segovia | alexa hayde la capital de grecia | GR
gibraltar-llanitos | alexa capital de marruecos que se ve desde aquí | MA
british-costa-blanca | alexa er la capital de lesoto por favor | LS
italian-barcelona | alexa allora la capital de santo tomé y príncipe | ST
nicaraguan-internas | alexa fijate cuál es la capital de san vicente y las granadinas | VC
oficios-es | alexa un cliente de namibia pregunta su capital | NA
adult-school-es | alexa la capital de botsuana para el graduado | BW
tv-quiz-es | alexa en saber y ganar preguntaron la capital de las seychelles | SC
kids-es | alexa cuál es la capital de los emiratos árabes unidos | AE
# extra plural-capitals
plural-capitals | alexa esuatini tiene dos capitales verdad cuáles son | SZ
plural-capitals | alexa dime las dos capitales del reino de esuatini | SZ | es-MX
plural-capitals | alexa what are the capitals de eswatini las dos | SZ | es-US
plural-capitals | alexa las capitales de suazilandia mbabane y cuál más | SZ
plural-capitals | alexa hayde las capitales de bolivia | BO
plural-capitals | alexa cuáles son las capitales de bolivia la política y la constitucional | BO | es-US
plural-capitals | alexa las capitales de sudáfrica pretoria ciudad del cabo y la otra | ZA | es-MX
plural-capitals | alexa nombra las tres capitales de sudáfrica | ZA | es-US
plural-capitals | alexa qué dos capitales tienen los países bajos | NL | es-MX
plural-capitals | alexa the netherlands capitales cuáles son | NL | es-US
plural-capitals | alexa malasia y sus dos capitales cuáles son | MY
plural-capitals | alexa cuáles son las capitales de malasia la de putrajaya y | MY | es-MX
plural-capitals | alexa sri lanka tiene dos capitales colombo y cuál | LK
plural-capitals | alexa las capitales de sri lanka para el bee | LK | es-US
plural-capitals | alexa costa de marfil capitales yamusukro y abiyán verdad | CI | es-MX
plural-capitals | alexa cuáles son las dos capitales de côte d'ivoire | CI
plural-capitals | alexa benín cuáles son sus capitales | BJ
plural-capitals | alexa las capitales de benín cotonú y portonovo | BJ | es-US
plural-capitals | alexa hay un país africano con dos capitales benín cuáles son | BJ | es-MX
plural-capitals | alexa esuatini capitales administrativa y legislativa cuáles son | SZ | es-US
plural-capitals | alexa dime las capitales de los tres países que tienen dos bolivia malasia y benín | BJ+BO+MY
# extra out-of-domain
out-of-domain | alexa cuál es la capital de la tierra media | FB
out-of-domain | alexa cuántos países hay en el mundo | FB
out-of-domain | alexa qué país tiene más habitantes | FB
out-of-domain | alexa cuál es la bandera con un dragón | FB
out-of-domain | alexa dónde está tombuctú | FB
out-of-domain | alexa cuál es la capital de wakanda | FB
out-of-domain | alexa en qué continente está turquía | FB
out-of-domain | alexa cuántas islas tiene canarias | FB
out-of-domain | alexa cuál es la capital del imperio romano | FB
out-of-domain | alexa qué capital visitan más turistas | FB
out-of-domain | alexa cómo se dice capital en inglés | FB
out-of-domain | alexa recuérdame llamar al médico mañana | FB
out-of-domain | alexa cuál es la capital de la bachata | FB | es-MX
out-of-domain | alexa qué país tiene la bandera más bonita | FB | es-MX
out-of-domain | alexa cuánto mide la frontera con estados unidos | FB | es-MX
out-of-domain | alexa cuál es la capital del norte | FB | es-MX
out-of-domain | alexa en qué país queda machu picchu | FB | es-MX
out-of-domain | alexa cuál es la capital de narnia | FB | es-MX
out-of-domain | alexa cuál es la moneda de japón | FB | es-MX
out-of-domain | alexa qué es un país sin capital | FB | es-MX
out-of-domain | alexa cuál es la capital de hogwarts | FB | es-US
out-of-domain | alexa dónde queda la estatua de la libertad | FB | es-US
out-of-domain | alexa cuál es el estado más grande de estados unidos | FB | es-US
out-of-domain | alexa cuántos condados tiene texas | FB | es-US
out-of-domain | alexa cuál es la capital del mundo según los gringos | FB | es-US
out-of-domain | alexa qué idioma hablan en haití | FB | es-US
out-of-domain | alexa remind me pagar la renta | FB | es-US
out-of-domain | alexa qué tan lejos queda puerto rico de orlando | FB | es-US
"""

if __name__ == "__main__":
    build_round(49, "es", LINES, sys.argv, "tests/Eval/es/round49/source/build_corpus.py")
