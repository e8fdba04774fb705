"""Round 39, Spanish (es-ES, es-MX, es-US): a new author's mix of speakers and situations, written blind (brief
WRITER48.md).

Written at the start of the forty-second session by the corpus48-es helper, without the voice model, the simulator, the
skill's code or earlier rounds' halves. Speakers and situations, chosen to differ from round 38 (Galicia, Asturias,
Cantabria, Canarias, Murcia, Valencia, Catalonia, Navarra, La Rioja, Burgos, Extremadura, the Balearics, Ceuta and
Melilla; Monterrey, Sinaloa, Sonora, Jalisco, Puebla, Tlaxcala, Veracruz, Tabasco, Michoacán, Guerrero, Querétaro,
Hidalgo, San Luis Potosí, Chihuahua, Tijuana; Cubans, Salvadorans, Hondurans, Colombians, Peruvians, Ecuadorians and
Mexicans in the places it names) and from the places round 38 lists as round 37's (Basque Country, Almería, Huelva,
Córdoba, Salamanca, Segovia, Teruel, Madrid; Yucatán, Oaxaca, Chiapas, Guanajuato, Aguascalientes, Cancún, Mexico
City, Durango; Guatemalans, Dominicans, Venezuelans, Puerto Ricans):

es-ES: Seville and Cádiz (a Triana ceramics workshop, the April fair, a Cádiz carnival chirigota, a Jerez sherry
bodega, an AVE train cafeteria: "illo", "quillo", "miarma", "pisha", "ojú"), Málaga and the Costa del Sol (British
retirees learning Spanish, a beach bar, a Marbella estate agent), Granada and Jaén (an Albaicín tea shop, the olive
harvest with Senegalese and Malian day labourers, a university Erasmus flat with Italian and German students),
Aragón (a Zaragoza bus driver, the Pilar festival, a Huesca ski station, an army base: "maño", "ché", "-ico"),
Castilla-La Mancha (a Toledo sword shop, an Albacete knife maker, the Valdepeñas grape harvest, a Cuenca rural
school), Castilla y León outside round 38's places (the Valladolid car plant, León cecina, a Zamora shepherd, a Soria
village of twelve neighbours, a Paraguayan live-in carer in Palencia), a Georgian lorry driver, a Bulgarian
strawberry picker turned cleaner, a Brazilian capoeira teacher, oposiciones study, a driving school, a hairdresser,
Saber y ganar, a radio taxi.

es-MX: the State of Mexico (a Toluca combi driver, a Neza market stall, a Texcoco flower grower, an Ecatepec
secundaria: "güey", "chale", "nel", "a poco"), Morelos (Cuernavaca Spanish schools with Korean, American, Japanese and
German learners, a Tepoztlán healer, sugar cane), Tamaulipas (the Tampico port, a Reynosa maquila, a huapango trio in
Ciudad Victoria: "qué pues", "ándale pues"), Baja California Sur (a La Paz fisherman, a Los Cabos hotel, a Loreto
tour guide), Colima (the Manzanillo container port, a volcano-watching grandfather), Campeche (an offshore platform
out of Ciudad del Carmen, a Campeche wall-city guide), Chetumal and Bacalar (a Belize border trader switching Kriol
English, a lagoon kayak guide), a lucha libre arena, a tianguis, a kermés, a taquería at night, a Sunday soccer
league.

es-US: New Mexico and southern Colorado Hispanos (Santa Fe, Chimayó, Española lowriders, the San Luis Valley: old
Spanish "asina", "muncho", "truje", "vide", "ansina"), Nicaraguans in Sweetwater ("chele", "dale pues", "tuani",
voseo), Argentines and Uruguayans in Miami and New Jersey ("che", "boludo", "dale", "decime", "sabés"), Chileans in
Houston ("po", "cachai", "al tiro"), Costa Ricans in New Jersey ("mae", "pura vida"), Panamanians in Brooklyn
("xopá", "vaina", "chuleta"), Bolivians in Arlington, Mexicans in California's Central Valley (Fresno, Salinas
lettuce, Watsonville strawberries), in Georgia (Dalton carpet mills, Gainesville poultry), in Nashville construction,
Las Vegas casino housekeeping, an Idaho dairy, a Garden City meatpacking plant, a Charlotte roofer; a dual-language
second grade, a GED class, a Spanish radio call-in show, a church youth group, a swap meet, a laundromat.

Every line was written by hand as one utterance; the only generated lines are the at most three fills of a frame
(each frame said once).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# ---------------------------------------------------------------- es-ES
# Seville and Cádiz: a Triana ceramics workshop, the April fair, a chirigota, a Jerez bodega, an AVE cafeteria
leading-filler | illo alexa cuál es la capital de {} | grecia=GR; turquía=TR; chipre=CY
leading-filler | quillo dime la capital {} que no me acuerdo | de rumanía=RO; de bulgaria=BG; de moldavia=MD
situation | en el taller de cerámica de triana una clienta es de {} y le quiero poner la capital en el azulejo | finlandia=FI; estonia=EE; letonia=LV
situation | miarma estamos en la caseta y aquí hay unos guiris de {} cuál es su capital | dinamarca=DK; noruega=NO; suecia=SE
situation | pisha que para la letra de la chirigota necesito la capital de {} | camerún=CM; gabón=GA; congo brazzaville no el otro=CG
elder | ojú alexa mi abuela quiere saber cuál es la capital de {} que salió en la novela | turquía otra vez no de azerbaiyán=AZ; filipinas=PH; colombia=CO
situation | soy camarero en la cafetería del ave y un viajero me pregunta la capital {} | de bélgica=BE; de luxemburgo=LU; de suiza=CH
yes-no-check | illo la capital de portugal es lisboa verdad | PT
yes-no-check | quillo la capital de marruecos no es casablanca es rabat no | MA
self-correction | la capital de túnez no digo de argelia | DZ
follow-up | y la de libia | LY
follow-up | ea y la de egipto miarma | EG
everyday-name | alexa la capital de holanda esa de los tulipanes | NL
plural-capitals | ojú cuáles son las capitales de los países bajos que me dijeron que tiene dos | NL
reverse-question | illo de qué país es capital ámsterdam | CITY:Ámsterdam
# Málaga and the Costa del Sol: British retirees, a beach bar, a Marbella estate agent
learner | alexa por favor what is la capital de {} | irlanda=IE; escocia=GB-SCT; gales=GB-WLS
learner | mi español es poco perdón cuál es capital de {} | nueva zelanda=NZ; australia=AU; canadá=CA
learner | yo vivo en fuengirola con mi esposa y queremos saber capital de {} | irlanda del norte=GB-NIR; inglaterra=GB-ENG; la isla de man=IM
situation | en el chiringuito de la malagueta un cliente de {} me pregunta cuál es la capital | malta=MT; jersey=JE; guernsey=GG
situation | soy agente inmobiliario en marbella y tengo compradores de {} dime su capital | arabia saudí=SA; catar=QA; kuwait=KW
situation | los rusos de la urbanización dicen que son de {} cuál es la capital | bielorrusia=BY; kazajistán=KZ; ucrania=UA
yes-no-check | gibraltar tiene capital o es todo gibraltar | GI
everyday-name | la capital de la roca de los monos | GI
official-name | cuál es la capital del reino unido de gran bretaña e irlanda del norte | GB
self-correction | capital de escocia sorry no de irlanda | IE
# Granada and Jaén: an Albaicín tea shop, the olive harvest, an Erasmus flat
situation | en la tetería del albaicín un chaval dice que su familia es de {} cuál es la capital | siria=SY; jordania=JO; líbano=LB
situation | estamos en la aceituna en jaén y el compañero es de {} cuál es la capital de su país | malí=ML; senegal=SN; gambia=GM
situation | en la cuadrilla de la aceituna hay uno de {} y no sabemos la capital | guinea bisáu=GW; guinea conakri=GN; mauritania=MR
learner | yo soy de malí trabajo aceituna cuál es capital de {} mi hermano vive allí | burkina faso=BF; níger=NE; costa de marfil=CI
plural-capitals | y cuáles son las dos capitales de costa de marfil | CI
situation | en el piso de erasmus de granada el italiano pregunta la capital {} | de albania=AL; de montenegro=ME; de macedonia del norte=MK
learner | ehm come si dice capital de {} | eslovenia=SI; croacia=HR; bosnia=BA
learner | ich meine cuál es la capital de {} bitte | austria=AT; liechtenstein=LI; alemania=DE
code-switch | alexa wie heißt la capital de {} | baviera=DE-BY; sajonia=DE-SN; hesse=DE-HE
# Aragón: a Zaragoza bus driver, the Pilar, a Huesca ski station, an army base
leading-filler | ché maño alexa la capital de {} cuál es | andorra=AD; mónaco=MC; san marino=SM
situation | conduzco el autobús de zaragoza y un pasajero de {} me pregunta cuál es la capital de su país | ecuador=EC; bolivia la capital oficial=BO; paraguay=PY
situation | en la ofrenda del pilar hay un grupo de {} cuál es la capital de allí | filipinas=PH; guinea ecuatorial=GQ; perú=PE
situation | en la estación de esquí de candanchú hay un monitor de {} y quiero saber su capital | eslovaquia=SK; chequia=CZ; polonia=PL
situation | en la base de zaragoza los americanos son de {} cuál es la capital | texas=US-TX; carolina del norte=US-NC; kentucky=US-KY
hesitation | a ver maño la capital de eh de {} | hungría=HU; serbia=RS; kosovo=XK
self-correction | la capital de kosovo ay no quería decir de serbia | RS
follow-up | ya y la de montenegro | ME
yes-no-check | la capital de aragón no está en la lista verdad | FB
# Castilla-La Mancha: a Toledo sword shop, an Albacete knife maker, the Valdepeñas harvest, a Cuenca rural school
situation | en la tienda de espadas de toledo entra un turista de {} cuál es la capital de su país | corea del sur=KR; japón que siempre compran katanas=JP; taiwán=TW
situation | fabrico navajas en albacete y exporto a {} cuál es su capital | kenia=KE; tanzania=TZ; uganda=UG
situation | en la vendimia de valdepeñas hay un chico de {} cuál es la capital | ruanda=RW; burundi=BI; zambia=ZM
school | soy maestra en una escuela rural de cuenca y tengo a un niño de {} cuál es la capital | marruecos=MA; ucrania=UA; pakistán=PK
school | los niños de la escuela de cuenca quieren saber la capital de {} | zimbabue=ZW; malaui=MW; mozambique=MZ
elder | oye chica dime la capital de {} que lo preguntan en el concurso | etiopía=ET; eritrea=ER; yibuti=DJ
reverse-question | la capital de qué país es adís abeba | CITY:Adís Abeba
# Castilla y León: the Valladolid car plant, León cecina, a Zamora shepherd, a Soria village, a Paraguayan carer
situation | vendo cecina de león y me la piden de {} cuál es la capital de allí | méxico=MX; estados unidos=US; emiratos árabes=AE
elder | soy pastor en zamora y mi sobrino se ha ido a {} cuál es la capital de eso | nueva zelanda=NZ; australia=AU; islandia=IS
elder | en el pueblo de soria somos doce y queremos saber la capital {} | de mongolia=MN; de nepal=NP; de bután=BT
learner | yo cuido señora en palencia soy de paraguay ella pregunta capital de {} | uruguay=UY; argentina=AR; brasil=BR
code-switch | mba'éichapa alexa cuál es la capital de {} | paraguay=PY; bolivia=BO; chile=CL
plural-capitals | cuáles son las capitales de bolivia la de sucre y la otra | BO
# Learners: a Georgian lorry driver, a Bulgarian cleaner, a Brazilian capoeira teacher
learner | yo camionero de georgia el país no de américa capital de {} cuál es | armenia=AM; azerbaiyán=AZ; turkmenistán=TM
shared-name | la capital de georgia el país de tiflis no el estado | GE
shared-name | alexa cuál es la capital de georgia | GE+US-GA
learner | yo limpio casas soy búlgara por favor capital de {} | macedonia=MK; grecia=GR; moldavia=MD
code-switch | ô alexa qual é a capital de {} | angola=AO; moçambique=MZ; cabo verde=CV
code-switch | alexa me diz a capital de {} por favor | são tomé e príncipe=ST; timor-leste=TL; guiné-bissau=GW
# Oposiciones, a driving school, a hairdresser, Saber y ganar, a radio taxi
situation | estoy estudiando oposiciones y me cae la capital de {} | sudán del sur=SS; sudán=SD; chad=TD
situation | en la autoescuela el profesor nos pregunta la capital {} para hacer tiempo | de la república centroafricana=CF; de sierra leona=SL; de liberia=LR
situation | en saber y ganar han preguntado la capital de {} y no la sabía nadie | kirguistán=KG; tayikistán=TJ; uzbekistán=UZ
official-name | la capital de la república de corea | KR
official-name | la capital de la república popular democrática de corea | KP
official-name | la capital de la confederación suiza | CH
official-name | cuál es la capital del reino de marruecos | MA
official-name | la capital de la república helénica | GR
everyday-name | la capital de birmania | MM
everyday-name | la capital de persia | IR
everyday-name | la capital de la república checa | CZ
reverse-question | praga de qué país es capital | CITY:Praga
reverse-question | la valeta es capital de dónde | CITY:La Valeta
reverse-question | de qué país es la capital ulán bator | CITY:Ulán Bator
subdivision | la capital de castilla y león no está verdad pues la de baviera | DE-BY
subdivision | alexa cuál es la capital de renania del norte-westfalia | DE-NW
subdivision | la capital de baja sajonia | DE-NI
subdivision | la capital de turingia | DE-TH
subdivision | cuál es la capital de sajonia-anhalt | DE-ST
subdivision | la capital de quebec la provincia | CA-QC
subdivision | capital de columbia británica | CA-BC
subdivision | la capital de tasmania | AU-TAS
subdivision | la capital de australia occidental | AU-WA
territory | la capital de las islas feroe | FO
territory | cuál es la capital de groenlandia | GL
territory | la capital de las malvinas | FK
territory | la capital del sáhara occidental | EH
territory | cuál es la capital de svalbard | SJ
shared-name | la capital del congo | CD+CG
shared-name | cuáles son las capitales de las dos coreas | KP+KR
shared-name | alexa la capital de corea | KP+KR
# help, stop, cancel, launch, out-of-domain (es-ES)
help | illo qué se le puede preguntar a esto | HELP
help | ojú alexa no me entero de cómo va esto | HELP
help | alexa qué sabe hacer el juego de las capitales | HELP
help | maño explícame cómo funciona | HELP
help | y ahora qué tengo que decir | HELP
help | no sé qué preguntar dame una pista | HELP
help | cómo se usa esto de las capitales miarma | HELP
help | ayúdame que me he perdido | HELP
help | a ver qué opciones tengo | HELP
help | necesito instrucciones por favor | HELP
stop | illo para ya | STOP
stop | ojú calla ya alexa | STOP
stop | alexa cállate un poquito | STOP
stop | para para para | STOP
stop | se acabó alexa | STOP
stop | apágate que nos vamos a la feria | STOP
stop | sal del juego | STOP
stop | quita esto ya | STOP
stop | basta ya de capitales | STOP
stop | termina maño | STOP
cancel | olvídalo miarma | CANCEL
cancel | déjalo no era eso | CANCEL
cancel | nada nada olvídalo | CANCEL
cancel | cancela la pregunta | CANCEL
cancel | anula eso alexa | CANCEL
cancel | bah da igual déjalo | CANCEL
cancel | no me hagas caso cancela | CANCEL
cancel | que no que lo dejes | CANCEL
cancel | olvida lo que te he dicho | CANCEL
cancel | mejor no cancélalo | CANCEL
launch | alexa abre capitales del mundo illo | LAUNCH
launch | alexa inicia capitales del mundo | LAUNCH
launch | alexa quiero jugar a capitales del mundo | LAUNCH
launch | alexa pon capitales del mundo para los niños | LAUNCH
launch | alexa abre el juego de capitales del mundo | LAUNCH
out-of-domain | illo qué tiempo va a hacer en la feria | FB
out-of-domain | cuándo empieza la semana santa este año | FB
out-of-domain | pon una sevillana | FB
out-of-domain | cuál es la capital de andalucía | FB
out-of-domain | la capital de aragón | FB
out-of-domain | cuál es la capital de castilla-la mancha | FB
out-of-domain | la capital de la provincia de jaén | FB
out-of-domain | cuál es la capital mundial del aceite de oliva | FB
out-of-domain | la capital de al-ándalus | FB
out-of-domain | cuál era la capital del reino nazarí | FB
out-of-domain | la capital del califato | FB
out-of-domain | cuál es la capital de mordor | FB
out-of-domain | la capital de poniente en juego de tronos | FB
out-of-domain | cuál es la capital de la mancha | FB
out-of-domain | cuánto capital necesito para montar un bar | FB
out-of-domain | qué es un pecado capital | FB
out-of-domain | cuáles son los siete pecados capitales | FB
out-of-domain | qué significa letra capital | FB
out-of-domain | pon la cope | FB
out-of-domain | a qué hora juega el betis | FB
out-of-domain | cuánto queda para el carnaval de cádiz | FB
out-of-domain | enciende el aire acondicionado | FB
out-of-domain | pon una alarma a las siete | FB
out-of-domain | cuántos kilos de aceituna hacen un litro de aceite | FB
out-of-domain | cómo se hace el salmorejo | FB
out-of-domain | cuál es la capital de escandinavia | FB
out-of-domain | cuál es la capital de los balcanes | FB
out-of-domain | la capital de siberia | FB
out-of-domain | la capital de la antigua yugoslavia | FB
out-of-domain | cuál era la capital de prusia | FB
out-of-domain | la capital de la atlántida | FB
out-of-domain | cuál es la capital de narnia | FB
out-of-domain | quién ganó saber y ganar ayer | FB
out-of-domain | cuántos puntos necesito para aprobar el teórico | FB
out-of-domain | llama a la pelu | FB
out-of-domain | pide un taxi a la estación de santa justa | FB
out-of-domain | cuánto cuesta el ave a madrid | FB
out-of-domain | qué hora es en londres | FB
out-of-domain | traduce espada al japonés | FB
out-of-domain | cuál es la capital de la comunidad de madrid | FB
out-of-domain | la capital de la costa del sol | FB
out-of-domain | cuál es la capital de cataluña del norte | FB
# es-ES second batch: more situations in the same places
situation | illo en la feria de abril un caballista dice que es de {} cuál es la capital de allí | lesoto=LS; botsuana=BW; namibia=NA | es-ES
situation | en el puerto de cádiz atraca un crucero de {} cuál es la capital | las bahamas=BS; malta también=MT; las islas salomón=SB | es-ES
situation | en la chirigota nos disfrazamos de gente de {} y la letra lleva la capital cuál es | madagascar=MG; mauricio=MU; las comoras=KM | es-ES
situation | en la bodega de jerez el enólogo ha estado en {} cuál es la capital | sudáfrica la de vinos=ZA; chile=CL; nueva zelanda también=NZ | es-ES
plural-capitals | oye miarma sudáfrica cuántas capitales tiene y cuáles son | ZA | es-ES
plural-capitals | pisha dime las capitales de benín que son dos | BJ | es-ES
plural-capitals | la capital de esuatini o las capitales que creo que son dos | SZ | es-ES
plural-capitals | cuáles son las capitales de palestina | PS | es-ES
plural-capitals | palestina qué capitales tiene | PS | es-US
plural-capitals | cuáles son las capitales de benín | BJ | es-MX
plural-capitals | las dos capitales de suazilandia | SZ | es-MX
plural-capitals | cuáles son las capitales de holanda la oficial y la del gobierno | NL | es-US
plural-capitals | dime las capitales de malasia | MY | es-US
plural-capitals | cuáles son las capitales de costa de marfil la política y la económica | CI | es-US
plural-capitals | sri lanka tiene dos capitales cuáles son | LK | es-ES
plural-capitals | las capitales de bolivia cuáles son ea | BO | es-ES
situation | en el chiringuito de nerja un matrimonio jubilado es de {} cuál es la capital | gales=GB-WLS; gran bretaña=GB; la isla de jersey=JE | es-ES
learner | perdone mi acento soy de liverpool capital de {} please | islas malvinas=FK; bermudas=BM; santa elena=SH | es-ES
situation | la vecina inglesa de mijas me pregunta la capital de {} y no sé qué decirle | yemen=YE; omán=OM; irak=IQ | es-ES
situation | en la tetería de la calderería un cliente me cuenta que estuvo en {} dime la capital | yemen el de sana=YE; arabia=SA; jordania=JO | es-ES
learner | yo senegalés trabajo aceituna amigo pregunta capital de {} | sierra leona=SL; ghana=GH; togo=TG | es-ES
situation | en el piso de erasmus de granada la alemana es de {} cuál es la capital del estado | baviera=DE-BY; baden-wurtemberg=DE-BW; renania-palatinado=DE-RP | es-ES
situation | el erasmus de la cuarta planta es de {} cuál es la capital de su región | schleswig-holstein=DE-SH; mecklemburgo=DE-MV; brandeburgo=DE-BB | es-ES
situation | el compañero de piso dice que es de {} y yo creía que era una ciudad cuál es la capital | hamburgo=DE-HH; bremen=DE-HB; berlín=DE-BE | es-ES
subdivision | la capital del sarre | DE-SL | es-ES
subdivision | maño la capital de hesse cuál es | DE-HE | es-ES
situation | en el autobús de zaragoza una señora de {} me pregunta la capital | lituania=LT; micronesia=FM; kiribati=KI | es-ES
situation | en la base aérea un piloto americano es de {} cuál es la capital | nevada=US-NV; nuevo méxico=US-NM; dakota del norte=US-ND | es-ES
situation | en el pilar bailamos la jota con un grupo de {} cuál es su capital | tuvalu=TV; nauru=NR; palaos=PW | es-ES
situation | en la estación de esquí de formigal un grupo de {} pregunta por su capital no sé | vanuatu=VU; papúa nueva guinea=PG; las seychelles=SC | es-ES
situation | en albacete el feriante dice que viene de {} cuál es la capital | maldivas=MV; congo kinsasa=CD; la república democrática del congo=CD | es-ES
school | en el cole rural de cuenca hacemos un mural y falta la capital de {} | mauricio=MU; namibia=NA; zambia=ZM | es-ES
elder | el cura del pueblo de soria ha ido de misiones a {} y quiero saber la capital | burundi=BI; ruanda=RW; la república centroafricana=CF | es-ES
elder | de joven estuve en {} con la mili cuál era la capital | el sáhara=EH; guinea=GQ; ifni que ahora es marruecos=MA | es-ES
learner | yo paraguaya trabajo interna la abuela pregunta capital {} | de argentina=AR; de chile=CL; de perú=PE | es-ES
learner | gamarjoba yo soy georgiano capital de {} quiero saber | rusia=RU; ucrania=UA; turquía=TR | es-ES
situation | en la academia de capoeira de sevilla tengo un alumno de {} cuál es la capital | bahía en brasil=BR-BA; pernambuco=BR-PE; río de janeiro=BR-RJ | es-ES
polite-request | por favor alexa me podrías decir la capital de {} | lituania=LT; letonia=LV; estonia=EE | es-ES
polite-request | alexa si no es molestia la capital de {} | kirguistán=KG; kazajistán=KZ; turkmenistán=TM | es-ES
polite-request | hazme el favor de decirme la capital de {} | bélgica=BE; austria=AT; dinamarca=DK | es-ES
trailing-words | la capital de {} y date prisa que se me quema la comida | brunéi=BN; birmania=MM; laos=LA | es-ES
trailing-words | la capital de {} que me juego una caña con mi cuñado | canadá=CA; méxico=MX; argentina=AR | es-ES
trailing-words | la capital de {} venga que no tengo todo el día | sudán=SD; etiopía=ET; somalia=SO | es-ES
direct | capital de {} | vanuatu=VU; yemen=YE; chad=TD | es-ES
direct | alexa capital {} | de nauru=NR; de tuvalu=TV; de palaos=PW | es-ES
hesitation | eh la capital de mm {} | mauritania=MR; níger=NE; malí=ML | es-ES
hesitation | cómo se llamaba la capital de esto de {} | kiribati=KI; micronesia=FM; islas marshall=MH | es-ES
hesitation | la capital de de de {} | botsuana=BW; lesoto=LS; suazilandia=SZ | es-ES
self-correction | la capital de austria no perdona de australia | AU | es-ES
self-correction | la capital de suecia uy no de suiza | CH | es-ES
self-correction | la capital de eslovaquia digo eslovenia | SI | es-ES
self-correction | la capital de irán no de irak | IQ | es-ES
self-correction | cuál es la capital de níger no nigeria la grande | NG | es-ES
self-correction | la capital de gambia bueno mejor la de zambia | ZM | es-ES
follow-up | y la de portugal | PT | es-ES
follow-up | vale y la de finlandia | FI | es-ES
follow-up | y de islandia cuál es | IS | es-ES
follow-up | y la de su vecina noruega | NO | es-ES
follow-up | y la de las islas feroe ya puestos | FO | es-ES
yes-no-check | la capital de australia es sídney a que sí | AU | es-ES
yes-no-check | la capital de turquía es estambul o es ankara | TR | es-ES
yes-no-check | es verdad que la capital de suiza es berna y no zúrich | CH | es-ES
yes-no-check | la capital de brasil es río verdad | BR | es-ES
yes-no-check | la capital de canadá es montreal no | CA | es-ES
reverse-question | de qué país es capital tiflis | CITY:Tiflis | es-ES
reverse-question | reikiavik es la capital de qué país | CITY:Reikiavik | es-ES
reverse-question | de dónde es capital bratislava | CITY:Bratislava | es-ES
reverse-question | a qué país pertenece la capital liubliana | CITY:Liubliana | es-ES
reverse-question | maño de qué es capital múnich | CITY:Múnich | es-ES
official-name | la capital de la república federal de alemania | DE | es-ES
official-name | cuál es la capital de la federación de rusia | RU | es-ES
official-name | la capital del gran ducado de luxemburgo | LU | es-ES
official-name | cuál es la capital de la república portuguesa | PT | es-ES
official-name | la capital de la república islámica de irán | IR | es-ES
official-name | la capital del reino de los países bajos | NL | es-ES
official-name | la capital del reino hachemita de jordania | JO | es-ES
official-name | la capital de la república de la india | IN | es-ES
official-name | cuál es la capital del principado de liechtenstein | LI | es-ES
everyday-name | la capital de inglaterra | GB-ENG | es-ES
everyday-name | la capital de rusia la de siempre | RU | es-ES
everyday-name | la capital de bielorrusia o belarús como se diga | BY | es-ES
everyday-name | cuál es la capital de suazilandia | SZ | es-ES
everyday-name | la capital de ceilán | LK | es-ES
everyday-name | la capital de siam | TH | es-ES
everyday-name | la capital de macedonia | MK | es-ES
everyday-name | la capital de los emiratos | AE | es-ES
everyday-name | la capital de timor oriental | TL | es-ES
everyday-name | la capital de costa de marfil | CI | es-ES
shared-name | la capital de las dos coreas la del norte y la del sur | KP+KR | es-ES
shared-name | cuáles son las capitales de los congos | CD+CG | es-ES
shared-name | georgia la del cáucaso no la de estados unidos | GE | es-ES
shared-name | la capital de las islas vírgenes ésas del caribe | VG+VI | es-ES
territory | cuál es la capital de las islas caimán para un cliente del banco | KY | es-ES
territory | la capital de la isla de man donde las motos | IM | es-ES
territory | la capital de guernesey la isla del canal | GG | es-ES
territory | cuál es la capital de la polinesia francesa la de tahití | PF | es-ES
territory | la capital de la guayana francesa donde lanzan los cohetes | GF | es-ES
territory | la capital de martinica | MQ | es-ES
territory | cuál es la capital de guadalupe la isla francesa | GP | es-ES
territory | la capital de mayotte | YT | es-ES
territory | la capital de las islas aland de finlandia | AX | es-ES
territory | la capital de montserrat la isla | MS | es-ES
territory | la capital de las islas cook | CK | es-ES
territory | cuál es la capital de niue | NU | es-ES
territory | la capital de wallis y futuna | WF | es-ES
territory | la capital de san pedro y miquelón | PM | es-ES
territory | la capital de las islas pitcairn la de la bounty | PN | es-ES
subdivision | la capital de nueva gales del sur | AU-NSW | es-ES
subdivision | la capital de queensland donde la gran barrera | AU-QLD | es-ES
subdivision | la capital del territorio del norte de australia | AU-NT | es-ES
subdivision | la capital de australia meridional | AU-SA | es-ES
subdivision | la capital de victoria en australia | AU-VIC | es-ES
subdivision | cuál es la capital de nueva escocia en canadá | CA-NS | es-ES
subdivision | la capital de terranova | CA-NL | es-ES
subdivision | la capital del yukón | CA-YT | es-ES
subdivision | la capital de nunavut | CA-NU | es-ES
subdivision | la capital de la isla del príncipe eduardo | CA-PE | es-ES
subdivision | la capital de goa la de la india | IN-GA | es-ES
subdivision | la capital del estado indio de kerala | IN-KL | es-ES
subdivision | la capital de rajastán | IN-RJ | es-ES
subdivision | la capital de bengala occidental | IN-WB | es-ES
subdivision | la capital de tamil nadu | IN-TN | es-ES
help | oye y esto cómo va que me lo ha regalado mi nieto | HELP | es-ES
help | qué cosas puedo preguntar de las capitales | HELP | es-ES
help | illo no sé usar el trasto este | HELP | es-ES
help | me echas una mano con el juego | HELP | es-ES
help | pisha cuéntame cómo se juega | HELP | es-ES
stop | ea ya está bien para | STOP | es-ES
stop | alexa a callar | STOP | es-ES
stop | deja de hablar ya | STOP | es-ES
stop | corta ya que viene el jefe | STOP | es-ES
stop | fin del juego alexa | STOP | es-ES
cancel | uy no no cancela cancela | CANCEL | es-ES
cancel | déjalo estar maño | CANCEL | es-ES
cancel | nada que no era nada olvídalo | CANCEL | es-ES
cancel | ea cancélalo | CANCEL | es-ES
cancel | no te preocupes déjalo | CANCEL | es-ES
out-of-domain | cuál es la capital de la provincia de cádiz | FB | es-ES
out-of-domain | la capital de la sierra de cazorla | FB | es-ES
out-of-domain | cuál es la capital del reino de león | FB | es-ES
out-of-domain | la capital de castilla la vieja | FB | es-ES
out-of-domain | cuál era la capital del imperio romano de oriente | FB | es-ES
out-of-domain | la capital de la marca hispánica | FB | es-ES
out-of-domain | cuál es la capital de tartessos | FB | es-ES
out-of-domain | la capital de la tierra media | FB | es-ES
out-of-domain | cuál es la capital de la luna | FB | es-ES
out-of-domain | la capital de la españa vaciada | FB | es-ES
out-of-domain | cuál es la capital de la gamba roja | FB | es-ES
out-of-domain | cuál es la capital europea de la cultura este año | FB | es-ES
out-of-domain | qué capital social necesita una sociedad limitada | FB | es-ES
out-of-domain | pon el despertador para la aceituna | FB | es-ES
out-of-domain | cuánto cuesta la entrada del alhambra | FB | es-ES
out-of-domain | qué temperatura hace en jaén | FB | es-ES
out-of-domain | pon la radio de canal sur | FB | es-ES
out-of-domain | cuándo es la ofrenda de flores | FB | es-ES
out-of-domain | cuánto dura una espada toledana | FB | es-ES
out-of-domain | llama al taller | FB | es-ES
out-of-domain | cuántos habitantes tiene soria | FB | es-ES
out-of-domain | cuál es el río más largo de españa | FB | es-ES
# ---------------------------------------------------------------- es-MX
# State of Mexico: a Toluca combi, a Neza market stall, a Texcoco flower grower, an Ecatepec secundaria
leading-filler | güey alexa cuál es la capital de {} | guatemala=GT | es-MX
leading-filler | chale alexa no me sé la capital de {} | belice=BZ; honduras=HN; nicaragua=NI | es-MX
situation | voy manejando la combi a toluca y el pasaje discute la capital de {} quién tiene razón | costa rica=CR; panamá=PA; el salvador=SV | es-MX
situation | en el puesto del mercado de neza un cliente es de {} cuál es la capital | haití=HT; jamaica=JM; cuba=CU | es-MX
school | la maestra de la secundaria de ecatepec nos dejó la capital de {} | trinidad y tobago=TT; barbados=BB; bahamas=BS | es-MX
school | oye alexa para la tarea de geografía la capital de {} | san vicente y las granadinas=VC; santa lucía=LC; granada la isla=GD | es-MX
teen | nel güey pregúntale a alexa la capital de {} | dominica=DM; antigua y barbuda=AG; san cristóbal y nieves=KN | es-MX
teen | a poco no sabes la capital de {} alexa dile | surinam=SR; guyana=GY; uruguay=UY | es-MX
self-correction | la capital de bolivia no perdón de paraguay | PY | es-MX
follow-up | y la de chile | CL | es-MX
follow-up | órale y la de argentina | AR | es-MX
yes-no-check | a poco la capital de canadá es ottawa y no toronto | CA | es-MX
yes-no-check | la capital de estados unidos es nueva york verdad | US | es-MX
everyday-name | la capital del gabacho | US | es-MX
reverse-question | de qué estado es capital toluca | CITY:Toluca | es-MX
subdivision | cuál es la capital del estado de méxico | MX-MEX | es-MX
subdivision | la capital del edomex | MX-MEX | es-MX
# Morelos: Cuernavaca Spanish schools, a Tepoztlán healer, sugar cane
learner | hola alexa yo estudio español en cuernavaca la capital de {} es | corea=KP+KR; corea del norte=KP; mongolia=MN | es-MX
learner | disculpe mi español soy de {} cuál es la capital de mi país alexa | japón=JP; alemania=DE; estados unidos de américa=US | es-MX
learner | la profesora dice que pregunto a alexa la capital de {} | vietnam=VN; laos=LA; indonesia=ID | es-MX
learner | yo no sabo la capital de {} tú sabe | brunéi=BN; singapur=SG; malasia=MY | es-MX
plural-capitals | la maestra dice que malasia tiene dos capitales cuáles son | MY | es-MX
situation | en tepoztlán la curandera quiere saber la capital de {} de donde vienen los turistas | israel=IL; india=IN; perú=PE | es-MX
situation | en el corte de caña de morelos un compañero dice que la capital de {} es otra cuál es | brasil=BR; venezuela=VE; colombia=CO | es-MX
subdivision | la capital de morelos | MX-MOR | es-MX
reverse-question | cuernavaca es capital de qué estado | CITY:Cuernavaca | es-MX
# Tamaulipas: the Tampico port, a Reynosa maquila, a huapango trio
leading-filler | qué pues alexa la capital de {} | rusia=RU; finlandia=FI; irlanda=IE | es-MX
situation | en el puerto de tampico llegó un barco de {} cuál es la capital de ese país | liberia=LR; las islas marshall=MH; panamá también=PA | es-MX
situation | en la maquila de reynosa el ingeniero es de {} cuál es la capital | corea del sur=KR; taiwán=TW; alemania la suya=DE | es-MX
situation | tocamos huapango en ciudad victoria y nos invitaron a {} cuál es la capital | españa=ES; francia=FR; colombia a un festival=CO | es-MX
subdivision | ándale pues la capital de tamaulipas | MX-TAM | es-MX
yes-no-check | la capital de tamaulipas es tampico o no | MX-TAM | es-MX
self-correction | la capital de coahuila no mejor la de nuevo león | MX-NLE | es-MX
# Baja California Sur: a La Paz fisherman, a Los Cabos hotel, a Loreto guide
situation | soy pescador en la paz y un gringo me pregunta la capital de {} | baja california sur=MX-BCS; baja california=MX-BCN; sonora=MX-SON | es-MX
situation | trabajo en un hotel de los cabos y los huéspedes son de {} cuál es su capital | alberta=CA-AB; ontario=CA-ON; manitoba=CA-MB | es-MX
situation | en loreto llevo turistas a ver ballenas y vienen de {} cuál es la capital de ahí | oregón=US-OR; washington el estado=US-WA; idaho=US-ID | es-MX
reverse-question | la paz es capital de dónde | CITY:La Paz | es-MX
plural-capitals | bolivia tiene dos capitales dime las dos | BO | es-MX
# Colima: the Manzanillo port, a grandfather who watches the volcano
situation | en el puerto de manzanillo los contenedores vienen de {} cuál es la capital | china=CN; corea del sur la de los coches=KR; tailandia=TH | es-MX
elder | mijo pregúntale a la alexa cuál es la capital de {} | colima=MX-COL; jalisco=MX-JAL; michoacán=MX-MIC | es-MX
elder | ay hijito cómo se llama la capital de {} que ya se me olvidó | nayarit=MX-NAY; zacatecas=MX-ZAC; durango=MX-DUR | es-MX
# Campeche: an offshore platform, a wall-city guide
situation | en la plataforma de ciudad del carmen el ingeniero es de {} cuál es su capital | noruega=NO; escocia=GB-SCT; nigeria=NG | es-MX
situation | soy guía en la muralla de campeche y los turistas son de {} dime la capital | holanda=NL; bélgica=BE; austria=AT | es-MX
subdivision | cuál es la capital de campeche el estado | MX-CAM | es-MX
subdivision | la capital de quintana roo | MX-ROO | es-MX
# Chetumal and Bacalar: a Belize border trader, a kayak guide
code-switch | wat di capital a {} alexa dime | belice=BZ; jamaica=JM; guyana=GY | es-MX
code-switch | alexa what is the capital de {} pues | honduras británica ahora belice=BZ; las islas caimán=KY; bermudas=BM | es-MX
situation | en la laguna de bacalar unos kayakistas son de {} cuál es la capital | nueva caledonia=NC; polinesia francesa=PF; la reunión=RE | es-MX
territory | la capital de las islas turcas y caicos | TC | es-MX
territory | la capital de anguila | AI | es-MX
territory | la capital de aruba | AW | es-MX
territory | la capital de curazao | CW | es-MX
territory | la capital de sint maarten la parte holandesa | SX | es-MX
# a lucha libre arena, a tianguis, a kermés, a taquería, a Sunday soccer league
situation | en la arena un luchador enmascarado dice que viene de {} cuál es la capital de allá | samoa=WS; tonga=TO; fiyi=FJ | es-MX
situation | en el tianguis venden ropa de {} y quiero saber la capital | bangladés=BD; pakistán=PK; sri lanka=LK | es-MX
plural-capitals | cuáles son las capitales de sri lanka | LK | es-MX
situation | en la kermés de la parroquia jugamos a las capitales y me tocó {} | irak=IQ; irán=IR; afganistán=AF | es-MX
situation | en la taquería el de la mesa de al lado es de {} cuál es la capital | argelia=DZ; túnez=TN; egipto=EG | es-MX
situation | en la liga del domingo el portero es de {} cuál es la capital de su país | camerún=CM; costa de marfil=CI; senegal=SN | es-MX
official-name | la capital de los estados unidos mexicanos | MX | es-MX
official-name | cuál es la capital de la república bolivariana de venezuela | VE | es-MX
official-name | la capital del estado plurinacional de bolivia | BO | es-MX
official-name | la capital de la república oriental del uruguay | UY | es-MX
everyday-name | la capital de la tierra del tequila | MX-JAL | es-MX
everyday-name | la capital de gringolandia | US | es-MX
shared-name | la capital de georgia la de allá de atlanta | US-GA | es-MX
shared-name | cuál es la capital de las islas vírgenes | VG+VI | es-MX
shared-name | la capital de los dos congos | CD+CG | es-MX
help | qué onda cómo funciona esto | HELP | es-MX
help | alexa no le entiendo qué le pregunto | HELP | es-MX
help | oiga y esto para qué sirve | HELP | es-MX
help | explícame cómo le hago | HELP | es-MX
help | güey qué se le dice a esta cosa | HELP | es-MX
help | me ayudas con las capitales no sé cómo va | HELP | es-MX
help | qué comandos tiene | HELP | es-MX
help | ayuda pues | HELP | es-MX
help | cómo se juega esto a ver | HELP | es-MX
help | dime qué puedo hacer aquí | HELP | es-MX
stop | ya estuvo alexa | STOP | es-MX
stop | ya bájale | STOP | es-MX
stop | cállese alexa | STOP | es-MX
stop | ya párale | STOP | es-MX
stop | chale ya cállate | STOP | es-MX
stop | apágate ya | STOP | es-MX
stop | salte de esto ya | STOP | es-MX
stop | ya no quiero jugar detente | STOP | es-MX
stop | ya con eso alexa para | STOP | es-MX
stop | ahí muere alexa | STOP | es-MX
cancel | nel olvídalo | CANCEL | es-MX
cancel | mejor no cancélale | CANCEL | es-MX
cancel | déjalo así | CANCEL | es-MX
cancel | no ya no importa olvídalo | CANCEL | es-MX
cancel | cancela eso güey | CANCEL | es-MX
cancel | ah no ya no cancela | CANCEL | es-MX
cancel | no le hagas caso a mi chamaco cancela | CANCEL | es-MX
cancel | sale olvídalo | CANCEL | es-MX
cancel | borra eso alexa no era | CANCEL | es-MX
cancel | ni modo déjalo | CANCEL | es-MX
launch | alexa abre capitales del mundo porfa | LAUNCH | es-MX
launch | alexa ábreme capitales del mundo | LAUNCH | es-MX
launch | alexa vamos a jugar capitales del mundo | LAUNCH | es-MX
launch | alexa empieza capitales del mundo | LAUNCH | es-MX
out-of-domain | cuál es la capital de la huasteca | FB | es-MX
out-of-domain | la capital de la riviera maya | FB | es-MX
out-of-domain | cuál es la capital del bajío | FB | es-MX
out-of-domain | cuál era la capital de los mayas | FB | es-MX
out-of-domain | la capital de la nueva españa | FB | es-MX
out-of-domain | cuál era la capital de los toltecas | FB | es-MX
out-of-domain | la capital de wakanda | FB | es-MX
out-of-domain | cuál es la capital de la región lagunera | FB | es-MX
out-of-domain | la capital de la huasteca tamaulipeca | FB | es-MX
out-of-domain | cuál es la capital mundial del huapango | FB | es-MX
out-of-domain | cuál es la capital de texcoco | FB | es-MX
out-of-domain | a qué hora abre el tianguis | FB | es-MX
out-of-domain | pon música de la sonora dinamita | FB | es-MX
out-of-domain | cómo quedó el américa | FB | es-MX
out-of-domain | cuánto está el dólar hoy | FB | es-MX
out-of-domain | pon un corrido | FB | es-MX
out-of-domain | quién ganó la lucha anoche | FB | es-MX
out-of-domain | va a llover en toluca | FB | es-MX
out-of-domain | cuánto cuesta la combi a metepec | FB | es-MX
out-of-domain | cuándo es la kermés | FB | es-MX
out-of-domain | cómo se hacen los tacos al pastor | FB | es-MX
out-of-domain | prende la luz de la sala | FB | es-MX
out-of-domain | cuánto capital necesito para abrir una taquería | FB | es-MX
out-of-domain | qué es el capital de trabajo | FB | es-MX
out-of-domain | qué significa pena capital | FB | es-MX
out-of-domain | cuál es la capital del mundo maya | FB | es-MX
out-of-domain | la capital de aztlán | FB | es-MX
out-of-domain | cuál es la capital de la patagonia | FB | es-MX
out-of-domain | la capital de la provincia de córdoba argentina | FB | es-MX
out-of-domain | cuál es la capital de los andes | FB | es-MX
out-of-domain | cuál es la capital de centroamérica | FB | es-MX
out-of-domain | la capital de hogwarts | FB | es-MX
out-of-domain | cuál es la capital del pokémon | FB | es-MX
out-of-domain | cuánto mide el volcán de colima | FB | es-MX
out-of-domain | a qué hora sale el ferry a la paz | FB | es-MX
out-of-domain | cuánto pesa una ballena gris | FB | es-MX
out-of-domain | manda un mensaje a mi compadre | FB | es-MX
out-of-domain | cuéntame un chiste de pepito | FB | es-MX
out-of-domain | cuál es la capital del tequila | FB | es-MX
# es-MX second batch: more situations in the same places
situation | ando vendiendo elotes en neza y un cliente dice que es de {} cuál es la capital | ecuador=EC; perú=PE; bolivia=BO | es-MX
school | para la olimpiada del conocimiento necesito la capital de {} | sudán del sur=SS; eritrea=ER; yibuti=DJ | es-MX
teen | alexa rápido que estoy en un reto la capital de {} | islandia=IS; groenlandia=GL; noruega=NO | es-MX
teen | neta no sé la capital de {} ayúdame alexa | kazajistán=KZ; uzbekistán=UZ; mongolia=MN | es-MX
teen | bro cuál es la capital de {} alv | corea del norte=KP; japón=JP; filipinas=PH | es-MX
situation | en la escuela de español de cuernavaca mi compañero coreano pregunta la capital de {} | méxico=MX; guatemala=GT; cuba=CU | es-MX
learner | yo soy de texas estudio aquí en cuernavaca cómo se dice la capital de {} | luisiana=US-LA; oklahoma=US-OK; nuevo méxico=US-NM | es-MX
learner | watashi wa eh perdón cuál es la capital de {} | japón=JP; vietnam=VN; tailandia=TH | es-MX
learner | entschuldigung alexa capital de {} | alemania=DE; suiza=CH; austria=AT | es-MX
learner | annyeong alexa la capital de {} por favor | corea del sur=KR; taiwán=TW; china=CN | es-MX
learner | mi familia de acogida en cuernavaca pregunta capital de {} yo no sé | los estados unidos=US; canadá=CA; escocia=GB-SCT | es-MX
situation | en el ingenio de zacatepec el patrón vende azúcar a {} cuál es la capital | cuba=CU; haití=HT; república dominicana=DO | es-MX
leading-filler | ándale pues alexa la capital de {} | la india=IN; pakistán=PK; bangladés=BD | es-MX
situation | en la maquila de reynosa hacen arneses para {} cuál es la capital | michigan=US-MI; ohio=US-OH; indiana=US-IN | es-MX
elder | mi apá trabajó de bracero en {} cuál es la capital | arkansas=US-AR; colorado=US-CO; wisconsin=US-WI | es-MX
situation | en el hotel de cabo san lucas el huésped es de {} dime la capital del estado | nueva york=US-NY; florida=US-FL; massachusetts=US-MA | es-MX
situation | en loreto los turistas de {} preguntan la capital de su provincia | columbia británica=CA-BC; saskatchewan=CA-SK; quebec=CA-QC | es-MX
situation | en manzanillo el capitán del barco es de {} cuál es la capital | panamá=PA; singapur=SG; filipinas=PH | es-MX
elder | desde aquí de colima se ve el volcán y mi nieto pregunta la capital de {} | guatemala=GT; ecuador el de los volcanes=EC; islandia=IS | es-MX
situation | en campeche los turistas del crucero son de {} cuál es la capital | inglaterra=GB-ENG; gales=GB-WLS; irlanda del norte=GB-NIR | es-MX
code-switch | yu noa di capital a {} alexa | trinidad=TT; barbados=BB; jamaica=JM | es-MX
situation | en la zona libre de chetumal un comerciante es de {} cuál es la capital | líbano=LB; siria=SY; china=CN | es-MX
situation | en la kermés de la escuela me tocó el juego de las banderas y salió {} cuál es la capital | mauricio=MU; madagascar=MG; comoras=KM | es-MX
polite-request | me haría el favor de decirme la capital de {} | portugal=PT; españa=ES; italia=IT | es-MX
polite-request | alexa por favorcito la capital de {} | paraguay=PY; ecuador=EC; venezuela=VE | es-MX
trailing-words | la capital de {} que ahorita me toca | australia=AU; nueva zelanda=NZ; fiyi=FJ | es-MX
trailing-words | cuál es la capital de {} pero apúrate | croacia=HR; serbia=RS; bosnia y herzegovina=BA | es-MX
direct | capital de {} alexa | mozambique=MZ; angola=AO; zimbabue=ZW | es-MX
hesitation | este la capital de este de {} | nigeria=NG; ghana=GH; camerún=CM | es-MX
hesitation | la capital de mmm cómo se llama de {} | sri lanka=LK; nepal=NP; bután=BT | es-MX
self-correction | la capital de hidalgo no espérate de tamaulipas | MX-TAM | es-MX
self-correction | la capital de perú ay no de chile | CL | es-MX
self-correction | la capital de austria no me equivoqué de australia | AU | es-MX
self-correction | la capital de suiza no de suecia | SE | es-MX
follow-up | y la de colombia | CO | es-MX
follow-up | ajá y la de venezuela | VE | es-MX
follow-up | y la de campeche | MX-CAM | es-MX
follow-up | y de belice cuál es | BZ | es-MX
yes-no-check | la capital de colima es manzanillo verdad | MX-COL | es-MX
yes-no-check | la capital de quintana roo es cancún o chetumal | MX-ROO | es-MX
yes-no-check | la capital de baja california es tijuana no | MX-BCN | es-MX
yes-no-check | la capital de belice es belmopan o belice city | BZ | es-MX
yes-no-check | la capital del estado de méxico es toluca sí o no | MX-MEX | es-MX
reverse-question | de qué estado es capital chetumal | CITY:Chetumal | es-MX
reverse-question | ciudad victoria es capital de qué estado | CITY:Ciudad Victoria | es-MX
reverse-question | de dónde es capital tegucigalpa | CITY:Tegucigalpa | es-MX
reverse-question | mexicali es capital de cuál | CITY:Mexicali | es-MX
reverse-question | de qué país es capital belmopan | CITY:Belmopan | es-MX
subdivision | cuál es la capital de baja california norte | MX-BCN | es-MX
subdivision | la capital de colima el estado no la ciudad | MX-COL | es-MX
subdivision | la capital del estado de guerrero | MX-GRO | es-MX
subdivision | la capital de san luis potosí | MX-SLP | es-MX
subdivision | cuál es la capital de sinaloa | MX-SIN | es-MX
subdivision | la capital del estado de yucatán | MX-YUC | es-MX
subdivision | la capital de tlaxcala el estado | MX-TLA | es-MX
subdivision | la capital de chihuahua el estado grande | MX-CHH | es-MX
subdivision | y la capital de querétaro | MX-QUE | es-MX
subdivision | la capital de aguascalientes el estado | MX-AGU | es-MX
subdivision | la capital de guanajuato el estado | MX-GUA | es-MX
subdivision | la capital de hidalgo | MX-HID | es-MX
subdivision | la capital del estado de tabasco | MX-TAB | es-MX
subdivision | la capital de sonora | MX-SON | es-MX
official-name | la capital de la república de guatemala | GT | es-MX
official-name | cuál es la capital de la república de honduras | HN | es-MX
official-name | la capital de la república francesa | FR | es-MX
official-name | la capital de la república popular china | CN | es-MX
official-name | la capital de la república federativa de brasil | BR | es-MX
official-name | la capital de la mancomunidad de australia | AU | es-MX
official-name | la capital del estado de israel | IL | es-MX
official-name | la capital de la república de cuba | CU | es-MX
everyday-name | la capital de gringolandia pero el estado de texas | US-TX | es-MX
everyday-name | la capital del otro lado | US | es-MX
everyday-name | la capital de la tierra del sol naciente | JP | es-MX
everyday-name | la capital de la madre patria | ES | es-MX
everyday-name | la capital de los chapines | GT | es-MX
everyday-name | la capital de la tierra de los ticos | CR | es-MX
shared-name | la capital de georgia la que está junto a rusia | GE | es-MX
shared-name | la capital de corea la de los k-pop | KR | es-MX
shared-name | la capital del congo el chiquito | CG | es-MX
territory | la capital de las bermudas | BM | es-MX
territory | la capital de las islas marianas | MP | es-MX
territory | la capital de las islas georgias del sur | GS | es-MX
territory | la capital de san bartolomé la isla | BL | es-MX
territory | la capital de san martín la parte francesa | MF | es-MX
territory | la capital del caribe neerlandés bonaire | BQ | es-MX
help | qué onda alexa qué puedo preguntar | HELP | es-MX
help | alexa y a poco sabes de capitales cómo le pregunto | HELP | es-MX
help | no le sé a esto ayúdame | HELP | es-MX
help | cómo está eso de las capitales explícame | HELP | es-MX
help | oiga señorita alexa cómo se usa | HELP | es-MX
help | ayúdame porfa no sé qué decir | HELP | es-MX
stop | ya no alexa bájale a tu rollo | STOP | es-MX
stop | ya cállate pues | STOP | es-MX
stop | órale ya estuvo suave | STOP | es-MX
stop | sácate alexa ya | STOP | es-MX
stop | ya alexa detente | STOP | es-MX
stop | ya terminamos gracias adiós | STOP | es-MX
cancel | nomás cancela | CANCEL | es-MX
cancel | no mejor olvídate | CANCEL | es-MX
cancel | ah caray no era eso cancela | CANCEL | es-MX
cancel | ya ni modo olvídalo alexa | CANCEL | es-MX
cancel | cancélale a eso | CANCEL | es-MX
cancel | nada olvídalo güey | CANCEL | es-MX
launch | alexa ábrete capitales del mundo | LAUNCH | es-MX
launch | alexa juega capitales del mundo con nosotros | LAUNCH | es-MX
launch | alexa arranca capitales del mundo | LAUNCH | es-MX
out-of-domain | cuál es la capital de la comarca lagunera | FB | es-MX
out-of-domain | la capital de la sierra gorda | FB | es-MX
out-of-domain | cuál es la capital de la mixteca | FB | es-MX
out-of-domain | cuál era la capital de los mexicas | FB | es-MX
out-of-domain | la capital del imperio de iturbide | FB | es-MX
out-of-domain | cuál es la capital de la república de yucatán | FB | es-MX
out-of-domain | la capital de tenochtitlan | FB | es-MX
out-of-domain | cuál es la capital de la isla del carmen | FB | es-MX
out-of-domain | la capital del mar de cortés | FB | es-MX
out-of-domain | cuál es la capital de los cabos | FB | es-MX
out-of-domain | la capital de la zona libre | FB | es-MX
out-of-domain | cuál es la capital de springfield la de los simpson | FB | es-MX
out-of-domain | la capital de namek | FB | es-MX
out-of-domain | cuál es la capital de la lucha libre | FB | es-MX
out-of-domain | pon huapango | FB | es-MX
out-of-domain | cuánto cuesta el kilo de tortilla | FB | es-MX
out-of-domain | pon la alarma para ir a la maquila | FB | es-MX
out-of-domain | quién juega hoy en la liga mx | FB | es-MX
out-of-domain | cómo está el tráfico en la méxico-toluca | FB | es-MX
out-of-domain | cuándo sale la quincena | FB | es-MX
out-of-domain | qué es capital humano | FB | es-MX
out-of-domain | cuál es la capital del mundo del café | FB | es-MX
out-of-domain | qué hora es en tokio | FB | es-MX
out-of-domain | ponme las mañanitas | FB | es-MX
# ---------------------------------------------------------------- es-US
# New Mexico and southern Colorado Hispanos: Santa Fe, Chimayó, Española lowriders, the San Luis Valley
elder | alexa asina mero cuál es la capital de {} | nuevo méxico=US-NM; colorado=US-CO; arizona=US-AZ | es-US
elder | mi hijito se fue pa {} y quiero saber la capital | utah=US-UT; nevada=US-NV; wyoming=US-WY | es-US
elder | ansina me dijo el compadre que la capital de {} es otra cuál es | oklahoma=US-OK; kansas=US-KS; nebraska=US-NE | es-US
elder | vide en la tele algo de {} cuál es la capital de allá | montana=US-MT; dakota del norte=US-ND; dakota del sur=US-SD | es-US
situation | truje a los nietos al santuario de chimayó y preguntan la capital de {} | españa=ES; méxico=MX; la ciudad del vaticano=VA | es-US
situation | en el lowrider show de española un muchacho es de {} cuál es la capital | texas=US-TX; california=US-CA; nuevo méxico también=US-NM | es-US
situation | en el valle de san luis sembramos papa y el mayordomo pregunta la capital de {} | idaho=US-ID; maine=US-ME; minesota=US-MN | es-US
yes-no-check | la capital de nuevo méxico es santa fe o albuquerque | US-NM | es-US
reverse-question | santa fe es capital de cuál estado | CITY:Santa Fe | es-US
follow-up | y la de colorado muncho frío allí | US-CO | es-US
# Nicaraguans in Sweetwater
leading-filler | dale pues alexa la capital de {} | nicaragua=NI; costa rica=CR; honduras=HN | es-US
code-switch | vos alexa decime la capital de {} | el salvador=SV; guatemala=GT; belice=BZ | es-US
yes-no-check | ideay la capital de nicaragua es managua verdad | NI | es-US
everyday-name | la capital de la tierra de los nicas | NI | es-US
# Argentines and Uruguayans in Miami and New Jersey
code-switch | che alexa sabés cuál es la capital de {} | australia=AU; nueva zelanda=NZ; sudáfrica=ZA | es-US
plural-capitals | che y cuáles son las tres capitales de sudáfrica | ZA | es-US
self-correction | boludo la capital de uruguay no esperá de paraguay | PY | es-US
learner | mi nieto nació en jersey y pregunta la capital de {} decile vos | italia=IT; alemania=DE; irlanda=IE | es-US
reverse-question | montevideo es capital de qué país | CITY:Montevideo | es-US
reverse-question | de dónde es capital asunción | CITY:Asunción | es-US
official-name | la capital de la república argentina | AR | es-US
# Chileans in Houston
leading-filler | oye po alexa la capital de {} | perú=PE; bolivia=BO; ecuador=EC | es-US
situation | cachai que en la oficina de houston hay un gallo de {} cuál es la capital | kuwait=KW; omán=OM; baréin=BH | es-US
follow-up | y la de catar al tiro | QA | es-US
official-name | la capital de la república de chile | CL | es-US
# Costa Ricans in New Jersey, Panamanians in Brooklyn, Bolivians in Arlington
code-switch | mae alexa cuál es la capital de {} pura vida | costa rica=CR; panamá=PA; nicaragua=NI | es-US
code-switch | xopá alexa la capital de {} | colombia=CO; jamaica=JM; haití=HT | es-US
situation | en brooklyn el desfile panameño pasa por la calle y un señor de {} pregunta la capital | granada=GD; san vicente=VC; trinidad=TT | es-US
situation | en arlington la fraternidad de caporales tiene un bailarín de {} cuál es la capital | perú=PE; la república checa=CZ; eslovaquia=SK | es-US
plural-capitals | qué vaina cuáles son las dos capitales de bolivia | BO | es-US
# Mexicans in California's Central Valley: Fresno, Salinas lettuce, Watsonville strawberries
situation | en la lechuga de salinas el mayordomo es de {} cuál es la capital | oaxaca=MX-OAX; guerrero=MX-GRO; michoacán=MX-MIC | es-US
situation | en las fresas de watsonville una compañera es de {} cuál es la capital del estado | chiapas=MX-CHP; veracruz=MX-VER; puebla=MX-PUE | es-US
situation | manejo un tráiler de fresno a sacramento y quiero saber la capital de {} | california=US-CA; oregón=US-OR; washington state=US-WA | es-US
reverse-question | sacramento es capital de qué | CITY:Sacramento | es-US
# Georgia: Dalton carpet mills, Gainesville poultry
shared-name | aquí en dalton georgia cuál es la capital | US-GA | es-US
shared-name | la capital de georgia | GE+US-GA | es-US
situation | en la planta de pollo de gainesville hay un muchacho de {} cuál es la capital | birmania=MM; nepal=NP; bután=BT | es-US
situation | en la alfombrera de dalton trabajamos con gente de {} cuál es la capital de su país | vietnam=VN; laos=LA; camboya=KH | es-US
# Nashville construction, Las Vegas casinos, an Idaho dairy, Garden City meatpacking, a Charlotte roofer
situation | en la construcción de nashville el foreman es de {} cuál es la capital | tennessee=US-TN; kentucky=US-KY; alabama=US-AL | es-US
situation | limpio cuartos en un casino de las vegas y la huésped es de {} cuál es la capital | filipinas=PH; tailandia=TH; hawái=US-HI | es-US
situation | ordeño vacas en una lechería de idaho y el patrón es de {} cuál es la capital | holanda=NL; suiza=CH; nueva zelanda=NZ | es-US
situation | en la empacadora de garden city hay compañeros de {} cuál es la capital de ese país | somalia=SO; sudán=SD; birmania también=MM | es-US
situation | en charlotte pongo techos y el dueño es de {} cuál es la capital | carolina del sur=US-SC; virginia=US-VA; virginia occidental=US-WV | es-US
# A dual-language second grade, a GED class, a Spanish radio call-in, a church youth group, a swap meet, a laundromat
child | alexa la maestra dice que la capital de {} | maryland=US-MD; delaware=US-DE; nueva jersey=US-NJ | es-US
child | what is the capital of {} en español | pensilvania=US-PA; massachusetts=US-MA; connecticut=US-CT | es-US
school | estudio para el ged y necesito la capital de {} | nueva york el estado=US-NY; vermont=US-VT; nuevo hampshire=US-NH | es-US
school | para el examen del ged la capital de {} | rhode island=US-RI; ohio=US-OH; indiana=US-IN | es-US
situation | buenas tardes estoy llamando al programa de radio y la pregunta es la capital de {} | michigan=US-MI; wisconsin=US-WI; illinois=US-IL | es-US
situation | en el grupo de jóvenes de la iglesia jugamos y me tocó la capital de {} | iowa=US-IA; misuri=US-MO; arkansas=US-AR | es-US
situation | en el swap meet un señor vende banderas de {} cuál es la capital | luisiana=US-LA; misisipi=US-MS; florida=US-FL | es-US
situation | estoy en la lavandería esperando la secadora cuál es la capital de {} | alaska=US-AK; hawaii=US-HI; carolina del norte=US-NC | es-US
yes-no-check | la capital de illinois es chicago verdad | US-IL | es-US
yes-no-check | la capital de florida es miami o no | US-FL | es-US
yes-no-check | la capital de nueva york es albany right | US-NY | es-US
self-correction | la capital de california no digo de nevada | US-NV | es-US
follow-up | and what about utah | US-UT | es-US
territory | la capital de puerto rico | PR | es-US
territory | la capital de guam | GU | es-US
territory | la capital de samoa americana | AS | es-US
territory | la capital de las islas marianas del norte | MP | es-US
territory | la capital de las islas vírgenes de estados unidos | VI | es-US
territory | la capital de las islas vírgenes británicas | VG | es-US
everyday-name | la capital del tío sam | US | es-US
official-name | la capital de los estados unidos de américa | US | es-US
help | how does this work en español | HELP | es-US
help | alexa cómo le hago para preguntar | HELP | es-US
help | oye y qué más sabes hacer aquí | HELP | es-US
help | necesito help con esto | HELP | es-US
help | no entiendo cómo se juega che | HELP | es-US
help | me explica cómo funciona mija | HELP | es-US
help | qué tengo que preguntar | HELP | es-US
help | ayuda por favor no sé usar esto | HELP | es-US
help | alexa help me con las capitales | HELP | es-US
help | dime las instrucciones | HELP | es-US
stop | stop alexa ya | STOP | es-US
stop | ya pará che | STOP | es-US
stop | cállate ya mae | STOP | es-US
stop | alexa quit | STOP | es-US
stop | ya apágate que viene el bus | STOP | es-US
stop | termina ya | STOP | es-US
stop | ya no más | STOP | es-US
stop | alexa be quiet | STOP | es-US
stop | salte del juego | STOP | es-US
stop | ya estuvo bueno para | STOP | es-US
cancel | never mind alexa | CANCEL | es-US
cancel | olvidate che | CANCEL | es-US
cancel | forget it | CANCEL | es-US
cancel | no importa cancela | CANCEL | es-US
cancel | cancel that alexa | CANCEL | es-US
cancel | mejor olvídalo mija | CANCEL | es-US
cancel | déjalo así no más | CANCEL | es-US
cancel | ya no ya no cancela eso | CANCEL | es-US
cancel | no era eso cancélalo | CANCEL | es-US
cancel | olvida la pregunta | CANCEL | es-US
launch | alexa open capitales del mundo | LAUNCH | es-US
launch | alexa abre capitales del mundo en español | LAUNCH | es-US
launch | alexa vamos a abrir capitales del mundo | LAUNCH | es-US
launch | alexa launch capitales del mundo | LAUNCH | es-US
out-of-domain | cuál es la capital de aztlán en nuevo méxico | FB | es-US
out-of-domain | cuál era la capital de la nueva méxico española | FB | es-US
out-of-domain | la capital de la nación apache | FB | es-US
out-of-domain | cuál es la capital de la mosquitia | FB | es-US
out-of-domain | la capital de la costa caribe de nicaragua | FB | es-US
out-of-domain | cuál es la capital de la pampa | FB | es-US
out-of-domain | la capital de tierra del fuego | FB | es-US
out-of-domain | cuál es la capital de silicon valley | FB | es-US
out-of-domain | la capital del midwest | FB | es-US
out-of-domain | cuál es la capital de nueva inglaterra | FB | es-US
out-of-domain | la capital del valle central | FB | es-US
out-of-domain | cuál es la capital del condado de fresno | FB | es-US
out-of-domain | la capital de los ángeles | FB | es-US
out-of-domain | cuál era la capital de la confederación | FB | es-US
out-of-domain | la capital de gotham | FB | es-US
out-of-domain | cuál es la capital de pandora | FB | es-US
out-of-domain | la capital del imperio inca | FB | es-US
out-of-domain | cuál es la capital de la gran colombia | FB | es-US
out-of-domain | cuánto es la renta en sweetwater | FB | es-US
out-of-domain | cuándo juega boca | FB | es-US
out-of-domain | pon cumbia villera | FB | es-US
out-of-domain | cómo saco el real id | FB | es-US
out-of-domain | a qué hora cierra el swap meet | FB | es-US
out-of-domain | cuánto tarda la secadora | FB | es-US
out-of-domain | qué temperatura hace en dalton | FB | es-US
out-of-domain | cómo me inscribo al ged | FB | es-US
out-of-domain | pon la estación de radio la raza | FB | es-US
out-of-domain | manda un texto a mi esposa | FB | es-US
out-of-domain | cuánto cuesta mandar dinero a managua | FB | es-US
out-of-domain | qué es un capital gain | FB | es-US
out-of-domain | qué significa capital letter | FB | es-US
out-of-domain | dónde queda el capitolio | FB | es-US
out-of-domain | pon el partido de los cowboys | FB | es-US
out-of-domain | cuándo es el día de los muertos | FB | es-US
out-of-domain | add leche a la lista | FB | es-US
out-of-domain | cuántas millas hay de fresno a salinas | FB | es-US
out-of-domain | qué hora es en buenos aires | FB | es-US
out-of-domain | cuál es la capital del reggaetón | FB | es-US
# es-US second batch: more situations in the same places
elder | en la morada de abiquiú el hermano mayor pregunta la capital de {} | israel=IL; egipto=EG; líbano=LB | es-US
elder | mi agüelo dice que la capital de {} es otra pregúntale tú | texas=US-TX; arizona=US-AZ; colorado=US-CO | es-US
elder | cuando juí soldado estuve en {} cuál es la capital de allá | alemania=DE; corea=KR; vietnam=VN | es-US
situation | en la feria de santa fe un artista de {} vende joyas cuál es la capital | nuevo méxico=US-NM; oklahoma=US-OK; dakota del sur=US-SD | es-US
situation | en española arreglamos un carro para un cliente de {} cuál es la capital | utah=US-UT; nevada=US-NV; idaho=US-ID | es-US
situation | en el valle de san luis el ranchero vende papa a {} cuál es la capital | taiwán=TW; japón=JP; méxico=MX | es-US
learner | i am learning spanish from my grandma cuál es la capital de {} | españa=ES; francia=FR; italia=IT | es-US
code-switch | mira chele decime la capital de {} | alemania=DE; austria=AT; suiza=CH | es-US
situation | en la iglesia de sweetwater vino un misionero de {} cuál es la capital | uganda=UG; kenia=KE; tanzania=TZ | es-US
elder | la purísima es en diciembre y mi hermana viene de {} cuál es la capital | nicaragua=NI; costa rica=CR; panamá=PA | es-US
situation | en el restaurante de miami un mozo de {} me pregunta la capital | armenia=AM; georgia el país=GE; azerbaiyán=AZ | es-US
code-switch | decime vos la capital de {} dale | bielorrusia=BY; lituania=LT; moldavia=MD | es-US
code-switch | oye weón la capital de {} po | argentina=AR; bolivia=BO; perú=PE | es-US
code-switch | qué xopá alexa dime la capital de {} | panamá=PA; colombia=CO; venezuela=VE | es-US
situation | en arlington la señora de la salteñería es de {} cuál es la capital del departamento | bolivia=BO; chile=CL; perú=PE | es-US
situation | en la lechuga de salinas hay un compañero de {} cuál es la capital del estado | jalisco=MX-JAL; zacatecas=MX-ZAC; guanajuato=MX-GUA | es-US
situation | en el betabel de fresno el mayordomo pregunta la capital de {} | sinaloa=MX-SIN; nayarit=MX-NAY; sonora=MX-SON | es-US
situation | en la planta de pollo de gainesville trabajan muchos de {} cuál es la capital | haití=HT; guatemala=GT; congo=CD+CG | es-US
situation | en la obra de nashville trabajamos con unos de {} cuál es la capital de allá | kurdistán no de irak=IQ; sudán=SD; egipto=EG | es-US
situation | en charlotte mi patrón me manda a trabajar a {} cuál es la capital | georgia el estado=US-GA; tennessee=US-TN; virginia=US-VA | es-US
child | mami mami pregúntale la capital de {} | australia=AU; nueva zelanda=NZ; fiyi=FJ | es-US
child | alexa in spanish la capital de {} | francia=FR; japón=JP; egipto=EG | es-US
school | en la clase de ged preguntan la capital de {} | luisiana=US-LA; kentucky=US-KY; iowa=US-IA | es-US
situation | hola sí estoy en el aire en la radio y la pregunta es la capital de {} | uzbekistán=UZ; kazajistán=KZ; afganistán=AF | es-US
polite-request | alexa could you decirme la capital de {} please | bélgica=BE; luxemburgo=LU; mónaco=MC | es-US
polite-request | me puedes decir por favor la capital de {} | grecia=GR; turquía=TR; chipre=CY | es-US
trailing-words | la capital de {} que tengo que ir a trabajar | kenia=KE; ghana=GH; senegal=SN | es-US
trailing-words | cuál es la capital de {} for my homework | alemania=DE; polonia=PL; suecia=SE | es-US
direct | capital of {} alexa | puerto rico=PR; guam=GU; hawái=US-HI | es-US
hesitation | um la capital de eh {} | noruega=NO; finlandia=FI; islandia=IS | es-US
hesitation | la capital de like de {} | marruecos=MA; túnez=TN; libia=LY | es-US
self-correction | la capital de kansas no wait de arkansas | US-AR | es-US
self-correction | la capital de virginia no la de virginia occidental | US-WV | es-US
self-correction | la capital de dakota del norte no del sur | US-SD | es-US
self-correction | la capital de nicaragua no perdón de costa rica | CR | es-US
follow-up | y la de honduras | HN | es-US
follow-up | and the one de panamá | PA | es-US
follow-up | y la de oregón | US-OR | es-US
follow-up | y ahora la de montana | US-MT | es-US
yes-no-check | la capital de texas es houston verdad | US-TX | es-US
yes-no-check | la capital de california es los ángeles o sacramento | US-CA | es-US
yes-no-check | la capital de pensilvania es filadelfia sí | US-PA | es-US
yes-no-check | la capital de nevada es las vegas o no | US-NV | es-US
yes-no-check | la capital de washington es seattle right | US-WA | es-US
reverse-question | de qué estado es capital boise | CITY:Boise | es-US
reverse-question | nashville es la capital de qué | CITY:Nashville | es-US
reverse-question | de qué estado es capital atlanta | CITY:Atlanta | es-US
reverse-question | managua es capital de qué país | CITY:Managua | es-US
reverse-question | de dónde es capital san josé | CITY:San José | es-US
subdivision | la capital de minesota | US-MN | es-US
subdivision | cuál es la capital de carolina del sur | US-SC | es-US
subdivision | la capital de míchigan | US-MI | es-US
subdivision | la capital de alabama | US-AL | es-US
subdivision | la capital de maine el estado | US-ME | es-US
subdivision | la capital de misisipi | US-MS | es-US
subdivision | la capital de tennessee | US-TN | es-US
subdivision | la capital de wyoming | US-WY | es-US
subdivision | la capital de kentucky | US-KY | es-US
subdivision | la capital de nebraska | US-NE | es-US
subdivision | la capital del estado de oklahoma | US-OK | es-US
subdivision | la capital de delaware | US-DE | es-US
subdivision | la capital de alberta en canadá | CA-AB | es-US
subdivision | la capital de ontario | CA-ON | es-US
subdivision | la capital de manitoba | CA-MB | es-US
subdivision | la capital de nuevo brunswick | CA-NB | es-US
subdivision | la capital de los territorios del noroeste | CA-NT | es-US
subdivision | cuál es la capital de são paulo el estado de brasil | BR-SP | es-US
subdivision | la capital de minas gerais | BR-MG | es-US
subdivision | la capital de río grande del sur | BR-RS | es-US
subdivision | la capital del amazonas en brasil | BR-AM | es-US
official-name | cuál es la capital de la república de nicaragua | NI | es-US
official-name | la capital de la república de costa rica | CR | es-US
official-name | la capital de la república de panamá | PA | es-US
official-name | la capital de la república del paraguay | PY | es-US
official-name | la capital del reino unido | GB | es-US
everyday-name | la capital de nicaragüita | NI | es-US
everyday-name | la capital de la tierra de los charrúas | UY | es-US
everyday-name | la capital de los yanquis | US | es-US
everyday-name | la capital de gran bretaña | GB | es-US
shared-name | georgia la de tiflis dime la capital | GE | es-US
shared-name | la capital del congo de kinshasa | CD | es-US
shared-name | cuál es la capital de corea la del norte | KP | es-US
shared-name | las capitales de las coreas | KP+KR | es-US
territory | la capital de puerto rico la isla del encanto | PR | es-US
territory | cuál es la capital de guam la isla | GU | es-US
territory | la capital de las islas vírgenes americanas | VI | es-US
territory | la capital de samoa la americana | AS | es-US
help | yo no sé cómo funciona esta alexa ayuda | HELP | es-US
help | what can i ask en español | HELP | es-US
help | qué hago para saber una capital | HELP | es-US
help | alexa dame ejemplos | HELP | es-US
help | decime cómo se usa esto | HELP | es-US
help | explain me cómo se juega | HELP | es-US
stop | alexa stop it | STOP | es-US
stop | ya shut up alexa | STOP | es-US
stop | pará ya | STOP | es-US
stop | ya cállate mija que no oigo la tele | STOP | es-US
stop | apágate alexa ya | STOP | es-US
stop | quit the game | STOP | es-US
cancel | ay never mind | CANCEL | es-US
cancel | no olvídate nomás | CANCEL | es-US
cancel | cancel cancel | CANCEL | es-US
cancel | forget it alexa no era eso | CANCEL | es-US
cancel | dejá dejá olvidate | CANCEL | es-US
cancel | ya no importa cancela todo | CANCEL | es-US
launch | alexa abre capitales del mundo please | LAUNCH | es-US
launch | alexa start the game capitales del mundo | LAUNCH | es-US
launch | alexa abre capitales del mundo para mi hijo | LAUNCH | es-US
out-of-domain | cuál es la capital de la frontera | FB | es-US
out-of-domain | la capital de la baja | FB | es-US
out-of-domain | cuál es la capital de la costa oeste | FB | es-US
out-of-domain | la capital del oeste salvaje | FB | es-US
out-of-domain | cuál era la capital de la nueva españa en el norte | FB | es-US
out-of-domain | la capital de la república de texas | FB | es-US
out-of-domain | cuál es la capital de westeros | FB | es-US
out-of-domain | la capital del reino de hyrule | FB | es-US
out-of-domain | cuál es la capital del hemisferio sur | FB | es-US
out-of-domain | la capital del chile verde | FB | es-US
out-of-domain | cuál es la capital mundial del lowrider | FB | es-US
out-of-domain | cuál es la capital de las alfombras | FB | es-US
out-of-domain | cuál es la capital de la polinesia | FB | es-US
out-of-domain | la capital del polo norte | FB | es-US
out-of-domain | cuánto paga uber en houston | FB | es-US
out-of-domain | cuándo es el próximo partido de la selección | FB | es-US
out-of-domain | pon música de los tigres del norte | FB | es-US
out-of-domain | recuérdame pagar la renta | FB | es-US
out-of-domain | cuánto está el galón de gasolina | FB | es-US
out-of-domain | qué es capital punishment | FB | es-US
out-of-domain | dónde queda el consulado de nicaragua | FB | es-US
out-of-domain | cómo se dice capital en inglés | FB | es-US
"""

if __name__ == "__main__":
    build_round(39, "es", LINES, sys.argv, "tests/Eval/es/round39/source/build_corpus.py")
