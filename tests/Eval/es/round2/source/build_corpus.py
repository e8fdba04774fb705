"""Spanish round-2 evaluation corpus (es-ES, es-MX, es-US), written by hand and blind; see tests/Eval/README.md (Round 2).

python3 tests/Eval/es/round2/source/build_corpus.py [--check]
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round2_corpus import main  # noqa: E402

LANG = "es"
SEED = "20261130-es-round2"
LOCALE_WEIGHTS = {"es-ES": 36, "es-MX": 32, "es-US": 32}
ES = "es-ES"
AM = "es-MX es-US"
MX = "es-MX"
US = "es-US"

# Countries as Spanish speakers say them; the first name is the everyday one, an article only where it is always said.
COUNTRIES = """
ES españa
MX méxico
US estados unidos | los estados unidos | usa@es-US
CA canadá
GT guatemala
HN honduras
SV el salvador
NI nicaragua
CR costa rica
PA panamá
CU cuba
DO la república dominicana | república dominicana
PR puerto rico
CO colombia
VE venezuela
EC ecuador | el ecuador
PE perú | el perú
BO bolivia
CL chile
AR argentina | la argentina
UY uruguay | el uruguay
PY paraguay | el paraguay
BR brasil | el brasil
FR francia
DE alemania
IT italia
PT portugal
GB el reino unido | gran bretaña
IE irlanda
NL holanda | los países bajos
BE bélgica
CH suiza
AT austria
PL polonia
CZ la república checa | chequia
HU hungría
RO rumania@es-MX es-US | rumanía@es-ES
BG bulgaria
GR grecia
HR croacia
RS serbia
UA ucrania
RU rusia
SE suecia
NO noruega
FI finlandia
DK dinamarca
IS islandia
MA marruecos
DZ argelia
TN túnez
EG egipto
LY libia
SN senegal
NG nigeria
GH ghana
KE kenia
ET etiopía
AO angola
MZ mozambique
GQ guinea ecuatorial
CM camerún
MG madagascar
TR turquía
IL israel
LB el líbano | líbano
SY siria
IQ irak
IR irán
SA arabia saudita@es-MX es-US | arabia saudí@es-ES
AE los emiratos árabes unidos | los emiratos | emiratos árabes
QA catar | qatar
AF afganistán
PK pakistán
IN la india | india
CN china
JP japón | el japón
KR corea del sur
KP corea del norte
VN vietnam
TH tailandia
PH filipinas | las filipinas
ID indonesia
MN mongolia
KZ kazajistán
NP nepal
AU australia
NZ nueva zelanda
JM jamaica
HT haití
BS las bahamas
TT trinidad y tobago
BZ belice
AD andorra
MT malta
CY chipre
VA el vaticano
"""

OFFICIAL = """
MX los estados unidos mexicanos
US los estados unidos de américa
ES el reino de españa
DE la república federal de alemania
FR la república francesa
GB el reino unido de gran bretaña e irlanda del norte
CN la república popular china
VE la república bolivariana de venezuela
BO el estado plurinacional de bolivia
AR la república argentina
CH la confederación suiza
CD la república democrática del congo | el congo kinsasa
CG la república del congo | el congo brazzaville
KR la república de corea
KP la república popular democrática de corea
VA la ciudad del vaticano | la santa sede
CU la república de cuba
"""

SEVERAL = """
ZA sudáfrica
BO bolivia
NL los países bajos | holanda
CI costa de marfil
BJ benín
LK sri lanka
MY malasia
PS palestina
SZ esuatini | suazilandia
"""

SHARED = """
KP+KR corea | las dos coreas
CD+CG el congo | los dos congos
GE georgia
VG+VI las islas vírgenes
GN guinea
GQ guinea ecuatorial
GW guinea bisáu
NE níger
NG nigeria
SD sudán
SS sudán del sur
DM dominica
DO república dominicana
IE irlanda
GB-NIR irlanda del norte
"""

SUBDIVISIONS = """
MX-JAL jalisco | el estado de jalisco@es-MX
MX-NLE nuevo león@es-MX es-US
MX-YUC yucatán
MX-OAX oaxaca
MX-CHP chiapas
MX-VER veracruz@es-MX es-US
MX-BCN baja california@es-MX es-US
MX-SON sonora@es-MX es-US
MX-CHH chihuahua@es-MX es-US
MX-PUE puebla@es-MX
MX-GUA guanajuato@es-MX
MX-ROO quintana roo
MX-MEX el estado de méxico@es-MX
US-CA california
US-TX texas
US-FL florida
US-NY el estado de nueva york
US-AZ arizona@es-US
US-NM nuevo méxico@es-US
US-IL illinois@es-US
GB-SCT escocia
GB-ENG inglaterra
PR puerto rico
"""

POOLS = {"countries": COUNTRIES, "official": OFFICIAL, "several": SEVERAL, "shared": SHARED,
         "subdivisions": SUBDIVISIONS}

NUMBERS = {"ZA": "tres"}
ARTICLES = ("el ", "la ", "los ", "las ")


def forms(name, ident, rng):
    """The forms a frame needs: the subject, "de" contracted with its article, the bare name, whether it is plural."""
    if name.startswith("el ") and name != "el salvador":
        of = "del " + name[3:]
    else:
        of = "de " + name
    bare = next((name[len(article):] for article in ARTICLES if name.startswith(article)), name)
    if name == "el salvador":
        bare = name
    return {"subj": name, "of": of, "bare": bare, "plural": name.startswith(("los ", "las ")),
            "num": NUMBERS.get(ident, "dos")}


FAMILIES = [
    ("direct-question", 30, "countries", [
        "cuál es la capital {of}",
        "cuál es la capital {of}",
        "la capital {of} cuál es",
        "qué capital tiene {subj}",
        "cómo se llama la capital {of}",
        "cuál es el nombre de la capital {of}",
        ("qué es la capital {of}", AM),
        ("cuál es la capital {of} pues", MX),
    ]),
    ("which-city", 12, "countries", [
        "qué ciudad es la capital {of}",
        ("cuál ciudad es la capital {of}", AM),
        ("cuál es la ciudad capital {of}", AM),
        "la capital {of} qué ciudad es",
    ]),
    ("polite-request", 22, "countries", [
        "me puedes decir cuál es la capital {of}",
        "me podrías decir la capital {of} por favor",
        "quisiera saber cuál es la capital {of}",
        "me gustaría saber la capital {of}",
        "por favor cuál es la capital {of}",
        "la capital {of} por favor",
        "puedes decirme la capital {of}",
        ("me dices la capital {of}", ES),
        ("me dices cuál es la capital {of} porfa", AM),
        ("me haces el favor de decirme la capital {of}", MX),
        ("me podría decir cuál es la capital {of}", AM),
    ]),
    ("imperative", 14, "countries", [
        "dime la capital {of}",
        "dime cuál es la capital {of}",
        "dame la capital {of}",
        "búscame la capital {of}",
        "recuérdame la capital {of}",
        ("dígame la capital {of}", AM),
        ("dime porfa la capital {of}", AM),
    ]),
    ("do-you-know", 12, "countries", [
        "sabes cuál es la capital {of}",
        "conoces la capital {of}",
        "no me acuerdo de la capital {of}",
        ("se me olvidó la capital {of}", AM),
        ("se me ha olvidado la capital {of}", ES),
        ("tú sabes cuál es la capital {of}", US),
        "no sé cuál es la capital {of}",
    ]),
    ("leading-filler", 12, "countries", [
        "oye cuál es la capital {of}",
        "eh cuál es la capital {of}",
        "bueno y cuál es la capital {of}",
        "mira dime la capital {of}",
        ("a ver cuál es la capital {of}", ES),
        ("vale y la capital {of}", ES),
        ("oiga cuál es la capital {of}", MX),
        ("este cuál es la capital {of}", AM),
        ("pues cuál es la capital {of}", AM),
    ]),
    ("trailing-words", 10, "countries", [
        "cuál era la capital {of}",
        "cuál es la capital {of} exactamente",
        "me recuerdas cuál era la capital {of}",
        ("cuál es la capital {of} porfa", AM),
        ("la capital {of} cuál es pues", MX),
        ("cuál es la capital {of} eh", ES),
    ]),
    ("topicalized", 10, "countries", [
        "{subj} cuál es su capital",
        "en {subj} cuál es la capital",
        "{subj} qué capital {tiene|tienen}",
        "{of} cuál es la capital",
        "y {subj} cuál es su capital",
    ]),
    ("bare-name", 12, "countries", [
        "capital {of}",
        "la capital {of}",
        "capital {bare}",
        "{bare} capital",
    ]),
    ("follow-up", 14, "countries", [
        "y {bare}",
        "y {of}",
        "y la capital {of}",
        "y qué tal {subj}",
        "y para {subj}",
        "ahora {of}",
        "lo mismo para {subj}",
        ("y qué onda con {subj}", MX),
    ]),
    ("everyday-name", 10, "everyday", [
        "cuál es la capital {of}",
        "dime la capital {of}",
        "la capital {of}",
        "qué ciudad es la capital {of}",
    ]),
    ("official-name", 12, "official", [
        "cuál es la capital {of}",
        "dime la capital {of}",
        "qué ciudad es la capital {of}",
        "la capital {of}",
    ]),
    ("plural-capitals", 14, "several", [
        "cuáles son las capitales {of}",
        "cuántas capitales {tiene|tienen} {subj}",
        "por qué {subj} {tiene|tienen} {num} capitales",
        "dime las capitales {of}",
        "es cierto que {subj} {tiene|tienen} {num} capitales",
        "cuáles son las {num} capitales {of}",
        "qué capitales {tiene|tienen} {subj}",
    ]),
    ("shared-name", 12, "shared", [
        "{cuál es la capital|cuáles son las capitales} {of}",
        "dime {la capital|las capitales} {of}",
        "{la capital|las capitales} {of}",
    ]),
    ("subdivision", 14, "subdivisions", [
        "cuál es la capital {of}",
        "qué ciudad es la capital {of}",
        "dime la capital {of}",
        ("cuál es la capital del estado de {bare}", AM),
    ]),
]

OTHER = {
    "AMAZON.FallbackIntent": [
        "qué tiempo va a hacer mañana",
        "va a llover hoy",
        "pon música",
        "pon algo de bad bunny",
        "pon un temporizador de diez minutos",
        "despiértame a las siete",
        "qué hora es",
        "cuántos habitantes tiene méxico",
        "cuál es la moneda de japón",
        "qué idioma se habla en brasil",
        "cuál es la ciudad más grande de estados unidos",
        "dónde está honduras",
        "cuál es el río más largo del mundo",
        "cuéntame un chiste",
        "añade leche a la lista de la compra",
        "enciende la luz de la sala",
        "quién ganó el partido anoche",
        "qué es el capital social de una empresa",
        "cuánto es doce por ocho",
        ("qué clima hace en monterrey", MX),
        ("prende la luz del cuarto", AM),
        ("pon la radio de los cuarenta", ES),
        ("cuánto está el dólar hoy", AM),
        "traduce hola al inglés",
        "quién es el presidente de argentina",
    ],
    "AMAZON.HelpIntent": [
        "ayuda", "ayúdame", "necesito ayuda", "cómo funciona esto", "qué te puedo preguntar",
        ("no entiendo cómo funciona", AM),
    ],
    "AMAZON.StopIntent": ["para", "detente", "cállate", ("ya párale", MX), "stop"],
    "AMAZON.CancelIntent": ["cancela", "cancelar", "olvídalo", "déjalo", ("ya no", AM)],
}

if __name__ == "__main__":
    sys.exit(main(sys.modules[__name__]))
