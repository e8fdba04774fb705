"""Spanish round-3 evaluation corpus (es-ES, es-MX, es-US), written blind on 30 November 2026.

python3 tests/Eval/es/round3/source/build_corpus.py [--check]
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round3_romance_corpus import main  # noqa: E402

LANG = "es"
SEED = "round3-20261130-es"
WEIGHTS = {"es-ES": 34, "es-MX": 33, "es-US": 33}

COUNTRIES = """
ES españa
FR francia
DE alemania
IT italia
PT portugal
GB el reino unido|gran bretaña
IE irlanda
BE bélgica
NL los países bajos|holanda
LU luxemburgo
CH suiza
AT austria
DK dinamarca
SE suecia
NO noruega
FI finlandia
IS islandia
PL polonia
CZ la república checa|chequia
SK eslovaquia
HU hungría
RO rumanía@es-ES|rumania@es-MX,es-US
BG bulgaria
GR grecia
HR croacia
SI eslovenia
RS serbia
BA bosnia y herzegovina|bosnia
ME montenegro
MK macedonia del norte|macedonia
AL albania
UA ucrania
BY bielorrusia
MD moldavia
LT lituania
LV letonia
EE estonia
RU rusia
TR turquía
CY chipre
MT malta
AD andorra
LI liechtenstein
SM san marino
AM armenia
AZ azerbaiyán
KZ kazajistán
UZ uzbekistán
KG kirguistán
AF afganistán
PK pakistán
IN la india|india
NP nepal
BD bangladés
LK sri lanka
CN china
JP japón
MN mongolia
TW taiwán
VN vietnam
LA laos
KH camboya
TH tailandia
MM birmania|myanmar
ID indonesia
PH filipinas
SG singapur
IR irán
IQ irak
SY siria
LB líbano|el líbano
IL israel
JO jordania
SA arabia saudí@es-ES|arabia saudita@es-MX,es-US
YE yemen
OM omán
AE los emiratos árabes unidos|los emiratos
QA catar|qatar
KW kuwait
EG egipto
LY libia
TN túnez
DZ argelia
MA marruecos
MR mauritania
SN senegal
ML mali
CI costa de marfil
GH ghana
NG nigeria
CM camerún
TD chad
GA gabón
ET etiopía
ER eritrea
SO somalia
KE kenia
UG uganda
RW ruanda
TZ tanzania
MG madagascar
MZ mozambique
AO angola
ZM zambia
ZW zimbabue
NA namibia
BW botsuana
GQ guinea ecuatorial
US los estados unidos|estados unidos|usa@es-US
CA canadá
MX méxico
GT guatemala
SV =el salvador
HN honduras
NI nicaragua
CR costa rica
PA panamá
CU cuba
DO la república dominicana|república dominicana
HT haití
JM jamaica
PR puerto rico
BS las bahamas
TT trinidad y tobago
BB barbados
CO colombia
VE venezuela
EC ecuador
PE perú|el perú
BO bolivia
BR brasil
CL chile
AR argentina|la argentina
UY uruguay
PY paraguay
GY guyana
SR surinam
AU australia
NZ nueva zelanda
FJ fiyi
PG papúa nueva guinea
"""

OFFICIAL = """
MX los estados unidos mexicanos
US los estados unidos de américa
GB el reino unido de gran bretaña e irlanda del norte
DE la república federal de alemania
CN la república popular china
RU la federación de rusia|la federación rusa
VE la república bolivariana de venezuela
BO el estado plurinacional de bolivia
KR la república de corea
KP la república popular democrática de corea|corea del norte
CD la república democrática del congo|el congo kinshasa
CG la república del congo|el congo brazzaville
VA la ciudad del vaticano|el vaticano
DO la república dominicana
UY la república oriental del uruguay
CZ la república checa
"""

EVERYDAY = """
US gringolandia@es-MX|usa@es-US|estados unidos
GB gran bretaña|el reino unido
NL holanda
CZ chequia
MM birmania
SZ suazilandia
CD el congo kinshasa
MK macedonia
TL timor oriental
CI la costa de marfil
"""

SEVERAL = """
ZA sudáfrica #3
BO bolivia #2
NL los países bajos|holanda #2
CI costa de marfil #2
BJ benín #2
LK sri lanka #2
MY malasia #2
PS palestina #2
SZ esuatini|suazilandia #2
"""

SHARED = """
KP+KR corea|las dos coreas
CD+CG el congo|congo|los dos congos
VG+VI las islas vírgenes
KR corea del sur
KP corea del norte
GN guinea
GQ guinea ecuatorial
GW guinea bisáu
NE níger
NG nigeria
SD sudán
SS sudán del sur
DM dominica
DO república dominicana
"""

SUBDIVISIONS = """
MX-JAL jalisco|el estado de jalisco
MX-NLE nuevo león|el estado de nuevo león
MX-YUC yucatán
MX-OAX oaxaca|el estado de oaxaca
MX-PUE puebla
MX-VER veracruz
MX-CHH chihuahua
MX-SON sonora|el estado de sonora
MX-GUA guanajuato
MX-MIC michoacán
MX-ROO quintana roo
MX-BCN baja california
MX-BCS baja california sur
MX-CHP chiapas
MX-TAM tamaulipas
MX-MEX el estado de méxico
MX-ZAC zacatecas
MX-SIN sinaloa
US-TX texas|el estado de texas
US-CA california|el estado de california
US-FL florida
US-NY el estado de nueva york
US-AZ arizona
US-NM nuevo méxico
US-IL illinois
US-NV nevada
PR puerto rico
GB-ENG inglaterra
GB-SCT escocia
GB-NIR irlanda del norte
GB-WLS gales
CA-QC quebec
DE-BY baviera
"""

FAMILIES = [
    ("direct-question", "countries", 30, [
        "cuál es la capital {de}", "qué ciudad es la capital {de}",
        "la capital {de} cuál es", "cuál es la ciudad capital {de}", "la capital {de} cuál sería",
        ("cuál es la capital {de} tío", "es-ES"), ("cuál es la capital {de} oye", "es-ES"),
        ("cuál es la capital {de} pues", "es-MX"), ("qué es la capital {de}", "es-MX es-US"),
    ]),
    ("polite-request", "countries", 22, [
        "dime la capital {de}", "dime cuál es la capital {de} por favor", "me dices la capital {de}",
        "quisiera saber la capital {de}", "me gustaría saber cuál es la capital {de}",
        ("me puedes decir la capital {de}", "es-MX es-US"), ("me puedes decir cuál es la capital {de} por favor", "es-MX"),
        ("dime la capital {de} porfa", "es-MX es-US"), ("venga dime la capital {de}", "es-ES"),
        ("dime cuál es la capital {de} vale", "es-ES"),
    ]),
    ("indirect-question", "countries", 14, [
        "sabes cuál es la capital {de}", "conoces la capital {de}", "no me acuerdo de la capital {de}",
        "quiero saber cuál es la capital {de}", "tienes idea de cuál es la capital {de}",
        ("no me acuerdo cuál es la capital {de}", "es-MX es-US"), ("se me ha olvidado la capital {de}", "es-ES"),
        ("sabes tú cuál es la capital {de}", "es-ES"),
    ]),
    ("leading-filler", "countries", 12, [
        "oye cuál es la capital {de}", "a ver cuál es la capital {de}", "eh cuál es la capital {de}",
        ("oye dime la capital {de}", "es-ES"), ("órale y cuál es la capital {de}", "es-MX"),
        ("oye oye cuál es la capital {de}", "es-MX"), ("bueno pues cuál es la capital {de}", "es-MX"),
        ("okay cuál es la capital {de}", "es-US"),
    ]),
    ("trailing-words", "countries", 12, [
        "cuál es la capital {de} por favor", "la capital {de} por favor", "cuál era la capital {de}",
        ("cuál es la capital {de} vale", "es-ES"), ("cuál es la capital {de} please", "es-US"),
        ("cuál es la capital {de} güey", "es-MX"),
    ]),
    ("topicalized", "countries", 12, [
        "en {n} cuál es la capital", "{x} cuál es {its} capital", "{x} qué capital {has}",
        "de {n} cuál es la capital", ("y {x} cuál es {its} capital", "es-MX es-US"),
    ]),
    ("terse", "countries", 12, [
        "capital {de}", "{n} capital", "la capital {de}", "capital de {n} rápido",
    ]),
    ("follow-up", "countries", 14, [
        "y {x}", "y la {de}", "y la capital {de}", "y qué tal {x}", "ahora {x}", "y de {n}",
        ("y {x} qué", "es-ES"), ("órale y {x}", "es-MX"), ("and {x}", "es-US"), ("y {x} cuál es", "es-US"),
    ]),
    ("self-correction", "countries", 10, [
        "cuál es la capital {de2} no perdón {de}", "dime la capital {de2} digo {de}",
        "la capital {de2} bueno no {de}", "cuál es la capital {de2} ay no {de}",
    ]),
    ("code-switching", "countries", 12, [
        ("hey cuál es la capital {de}", "es-US"), ("cuál es la capital {de} okay", "es-US"),
        ("what's la capital {de}", "es-US"), ("so cuál es la capital {de}", "es-US"),
        ("dime la capital {de} please", "es-US"), ("like cuál es la capital {de}", "es-US"),
    ]),
    ("official-name", "official", 14, [
        "cuál es la capital {de}", "dime la capital {de}", "qué ciudad es la capital {de}",
        ("me puedes decir la capital {de}", "es-MX es-US"),
    ]),
    ("everyday-name", "everyday", 10, [
        "cuál es la capital {de}", "dime la capital {de}", "sabes la capital {de}",
    ]),
    ("plural-capitals", "several", 14, [
        "cuáles son las capitales {de}", "cuántas capitales {has} {x}", "{x} {has} {num} capitales cuáles son",
        "dime las {num} capitales {de}", "qué capitales {has} {x}", "es verdad que {x} {has} varias capitales",
        ("cuáles son las {num} capitales {de} pues", "es-MX"),
    ]),
    ("shared-name", "shared", 16, [
        "cuál es la capital {de}", "dime la capital {de}", "la capital {de} cuál es",
        ("me puedes decir la capital {de}", "es-MX es-US"),
    ]),
    ("subdivision", "subdivisions", 30, [
        "cuál es la capital {de}", "dime la capital {de}", "qué ciudad es la capital {de}",
        "{x} cuál es {its} capital", ("me puedes decir la capital {de}", "es-MX es-US"),
        ("oye cuál es la capital {de}", "es-MX"),
    ]),
]

OUT_OF_DOMAIN = [
    "cuál es la moneda de japón", "cuántos habitantes tiene argentina", "qué idioma se habla en brasil",
    "cuál es la ciudad más grande de estados unidos", "qué hora es en tokio", "cómo es la bandera de colombia",
    "cuál es el himno nacional de chile", "qué tan grande es rusia", "quién es el presidente de perú",
    "cuál es el río más largo del mundo", "cuántos países hay en américa del sur", "dónde queda el monte everest",
    "cuál es el volcán más alto de méxico", "qué es el capital social de una empresa", "cuánto capital necesito para abrir un negocio",
    "pon capital fm", "qué es una letra mayúscula", "la pena capital sigue existiendo en texas",
    "pon música de bad bunny", "qué tiempo hace mañana en sevilla", "pon un temporizador de diez minutos",
    "enciende la luz de la cocina", "cuéntame un chiste", "añade leche a la lista de la compra",
    "cómo quedó el partido del madrid", "despiértame a las siete", "traduce hola al inglés",
    "cuánto es doce por ocho", "cuándo es el día de la independencia de méxico", "qué países tienen frontera con bolivia",
    "cuál es la comida típica de perú", "cuánto cuesta un vuelo a madrid", "cuál es la capital mundial del tango",
    "capital de riesgo qué significa", "cuál es el país más pequeño del mundo", "cuántos estados tiene méxico",
    "qué moneda usan en ecuador", "a qué hora juega la selección", ("órale pon unas rancheras", "es-MX"), ("qué onda con el clima hoy", "es-MX"),
    ("play música en spotify", "es-US"), ("cuánto es un dólar en pesos", "es-US"), ("vale pon la radio", "es-ES"),
]

OTHER = [
    ("AMAZON.FallbackIntent", "out-of-domain", OUT_OF_DOMAIN),
    ("AMAZON.HelpIntent", "help", [
        "qué te puedo preguntar", "cómo funciona esto", "necesito ayuda con esta skill", "explícame cómo se usa",
        "qué sabes hacer", "ayúdame por favor", "cómo le hago para preguntarte algo", ("no entiendo cómo funciona", "es-MX"), ("help cómo funciona esto", "es-US"),
    ]),
    ("AMAZON.StopIntent", "stop", [
        "para ya", "detente", "sal de aquí alexa", "cállate ya", "ya basta", ("ya párale", "es-MX"), ("stop por favor", "es-US"),
    ]),
    ("AMAZON.CancelIntent", "cancel", [
        "cancela eso", "olvídalo", "mejor no déjalo", "cancélalo", ("ya no gracias", "es-MX"), ("déjalo vale", "es-ES"),
    ]),
    ("LaunchRequest", "launch", [
        "abre capitales del mundo", "inicia capitales del mundo", ("abrir capitales del mundo", "es-US"),
    ]),
]

POOLS = {"countries": COUNTRIES, "official": OFFICIAL, "everyday": EVERYDAY, "several": SEVERAL, "shared": SHARED,
         "subdivisions": SUBDIVISIONS}

if __name__ == "__main__":
    main(globals())
