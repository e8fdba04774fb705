"""Spanish (es-ES, es-MX, es-US): what people ask a voice assistant about capitals, written by hand for Spanish.

A place is written as its subject form, with an article only where Spanish uses one ("francia", "el perú", "los
estados unidos", "la india"); the "de" form ("de francia", "del perú", "de los estados unidos") and the bare
name follow. Frames use {x} (subject), {of} ("de" form), {n} (bare name), {tiene} (verb agreeing with the
subject), {num} (number of capitals), {city} (a capital, for the reverse question). A frame given as
(frame, "es-MX es-US") is said only in those locales; Spain's and the Americas' words differ here and there.
"""

ES, MX, US = "es-ES", "es-MX", "es-US"
LOCALES = {ES: 40, MX: 35, US: 25}
SPOKEN = r"[a-zà-öø-ÿ]+(['-][a-zà-öø-ÿ]+)*( [a-zà-öø-ÿ]+(['-][a-zà-öø-ÿ]+)*)*"


def forms(subject, of=None, **extra):
    """{x}, {of}, {n}, {tiene} of a place from its subject form: el perú -> del perú, los estados unidos -> de los."""
    for article, contracted in (("el ", "del "), ("la ", "de la "), ("los ", "de los "), ("las ", "de las ")):
        if subject.startswith(article):
            plural = article in ("los ", "las ")
            return {"x": subject, "of": of or contracted + subject[len(article):], "n": subject[len(article):],
                    "tiene": "tienen" if plural else "tiene", **extra}
    return {"x": subject, "of": of or "de " + subject, "n": subject, "tiene": "tiene", **extra}


def p(*names, **extra):
    return [forms(name, **extra) for name in names]


PLACES = {
    "ES": p("españa"), "FR": p("francia"), "DE": p("alemania"), "IT": p("italia"), "PT": p("portugal"),
    "GB": p("el reino unido", "gran bretaña"), "US": p("estados unidos", "los estados unidos"),
    "JP": p("japón"), "CN": p("china"), "MX": p("méxico"), "AR": p("argentina", "la argentina"), "CL": p("chile"),
    "CO": p("colombia"), "PE": p("perú", "el perú"), "VE": p("venezuela"), "EC": p("ecuador", "el ecuador"),
    "BO": p("bolivia", num="dos"), "PY": p("paraguay"), "UY": p("uruguay"), "BR": p("brasil"), "CU": p("cuba"),
    "GT": p("guatemala"), "HN": p("honduras"), "SV": p("el salvador", of="de el salvador"),
    "NI": p("nicaragua"), "CR": p("costa rica"), "PA": p("panamá"), "CA": p("canadá"), "RU": p("rusia"),
    "IN": p("la india", "india"), "PK": p("pakistán"), "IR": p("irán"), "IQ": p("irak"),
    "SA": p("arabia saudita", "arabia saudí"), "IL": p("israel"), "TR": p("turquía"), "GR": p("grecia"),
    "EG": p("egipto"), "MA": p("marruecos"), "DZ": p("argelia"), "ZA": p("sudáfrica", num="tres"),
    "NG": p("nigeria"), "KE": p("kenia"), "ET": p("etiopía"), "AU": p("australia"), "NZ": p("nueva zelanda"),
    "PH": p("filipinas"), "ID": p("indonesia"), "TH": p("tailandia"), "VN": p("vietnam"), "CH": p("suiza"),
    "AT": p("austria"), "BE": p("bélgica"), "NL": p("los países bajos", "holanda", num="dos"), "SE": p("suecia"),
    "NO": p("noruega"), "FI": p("finlandia"), "DK": p("dinamarca"), "PL": p("polonia"), "HU": p("hungría"),
    "CZ": p("la república checa", "chequia"), "RO": p("rumania", "rumanía"), "UA": p("ucrania"),
    "IE": p("irlanda"), "IS": p("islandia"), "HR": p("croacia"), "RS": p("serbia"), "AD": p("andorra"),
    "MC": p("mónaco"), "VA": p("el vaticano", "la ciudad del vaticano"), "MT": p("malta"), "CY": p("chipre"),
    "LB": p("líbano", "el líbano"), "SY": p("siria"), "JO": p("jordania"), "QA": p("catar", "qatar"),
    "AE": p("los emiratos árabes unidos", "emiratos árabes"), "AF": p("afganistán"), "NP": p("nepal"),
    "MN": p("mongolia"), "KZ": p("kazajistán"), "LK": p("sri lanka", num="dos"), "MY": p("malasia", num="dos"),
    "CI": p("costa de marfil", num="dos"), "BJ": p("benín", num="dos"), "PS": p("palestina", num="dos"),
    "SZ": p("esuatini", "suazilandia", num="dos"), "SN": p("senegal"), "CM": p("camerún"), "AO": p("angola"),
    "MZ": p("mozambique"), "JM": p("jamaica"), "HT": p("haití"), "BZ": p("belice"), "LU": p("luxemburgo"),
    "SG": p("singapur"), "BT": p("bután"), "KR": p("corea del sur"), "KP": p("corea del norte"),
    "GQ": p("guinea ecuatorial"), "DO": p("república dominicana", "la república dominicana"),
}
SEVERAL = ["ZA", "BO", "NL", "CI", "BJ", "LK", "MY", "PS", "SZ"]

SHARED = [
    (forms("corea"), "KP+KR"), (forms("las dos coreas"), "KP+KR"), (forms("el congo"), "CD+CG"),
    (forms("congo"), "CD+CG"), (forms("la república democrática del congo"), "CD"),
    (forms("guinea"), "GN"), (forms("guinea bisáu"), "GW"), (forms("papúa nueva guinea"), "PG"),
    (forms("níger"), "NE"), (forms("dominica"), "DM"), (forms("sudán del sur"), "SS"), (forms("sudán"), "SD"),
]

SUBDIVISIONS = [
    (forms("california", state="de california"), "US-CA"), (forms("texas", state="de texas"), "US-TX"),
    (forms("florida", state="de florida"), "US-FL"), (forms("nueva york", state="de nueva york"), "US-NY"),
    (forms("jalisco", state="de jalisco"), "MX-JAL"), (forms("nuevo león", state="de nuevo león"), "MX-NLE"),
    (forms("yucatán", state="de yucatán"), "MX-YUC"), (forms("oaxaca", state="de oaxaca"), "MX-OAX"),
    (forms("veracruz", state="de veracruz"), "MX-VER"), (forms("baja california sur", state="de baja california sur"), "MX-BCS"),
    (forms("chihuahua", state="de chihuahua"), "MX-CHH"), (forms("el estado de méxico"), "MX-MEX"),
    (forms("puerto rico"), "PR"), (forms("escocia"), "GB-SCT"), (forms("inglaterra"), "GB-ENG"),
    (forms("baviera"), "DE-BY"), (forms("quebec"), "CA-QC"), (forms("groenlandia"), "GL"),
]

CITIES = [
    ({"city": "nairobi"}, "KE"), ({"city": "lisboa"}, "PT"), ({"city": "viena"}, "AT"), ({"city": "varsovia"}, "PL"),
    ({"city": "el cairo"}, "EG"), ({"city": "canberra"}, "AU+AU-ACT"), ({"city": "ottawa"}, "CA"),
    ({"city": "oslo"}, "NO"), ({"city": "dakar"}, "SN"), ({"city": "montevideo"}, "UY"), ({"city": "quito"}, "EC"),
]

QUESTION = ["cuál es la capital {of}", "dime la capital {of}", "sabes cuál es la capital {of}",
            "cuál es la capital {of} por favor", "me puedes decir la capital {of}"]

FAMILIES = [
    ("direct-question", "countries", 40, [
        "cuál es la capital {of}", "cómo se llama la capital {of}", "la capital {of} cuál es",
        "cuál es el nombre de la capital {of}", "la capital {of} cómo se llama", "cuál es la capital actual {of}",
        "cuál era la capital {of}", ("qué es la capital {of}", f"{MX} {US}"),
        ("cuál es la ciudad capital {of}", f"{MX} {US}")]),
    ("which-city", "countries", 20, [
        "qué ciudad es la capital {of}", "la capital {of} qué ciudad es",
        ("cuál ciudad es la capital {of}", f"{MX} {US}"), "cuál es la ciudad que es la capital {of}"]),
    ("polite-request", "countries", 30, [
        "dime la capital {of}", "dime cuál es la capital {of}", "me puedes decir la capital {of}",
        "me puedes decir cuál es la capital {of}", "puedes decirme cuál es la capital {of}",
        "podrías decirme la capital {of}", "quiero saber la capital {of}", "quisiera saber cuál es la capital {of}",
        "me gustaría saber cuál es la capital {of}", "la capital {of} por favor", "cuál es la capital {of} por favor",
        "por favor dime la capital {of}", "busca la capital {of}", ("me dices la capital {of}", ES),
        ("me dices cuál es la capital {of}", ES), ("me podrías decir cuál es la capital {of}", f"{MX} {US}")]),
    ("do-you-know", "countries", 25, [
        "sabes cuál es la capital {of}", "conoces la capital {of}", "tú sabes cuál es la capital {of}",
        "sabes la capital {of}", "no me acuerdo de la capital {of}", "me pregunto cuál es la capital {of}",
        "recuérdame la capital {of}", ("se me olvidó la capital {of}", f"{MX} {US}"),
        ("se me ha olvidado la capital {of}", ES), ("no sé cuál es la capital {of}", ES)]),
    ("topicalized", "countries", 18, [
        "{x} cuál es su capital", "{x} qué capital {tiene}", "en {x} cuál es la capital",
        "para {x} cuál es la capital", "la capital {of} sabes cuál es"]),
    ("leading-filler", "countries", 16, [
        "oye cuál es la capital {of}", "oye dime la capital {of}", "hola cuál es la capital {of}",
        "eh cuál es la capital {of}", "una pregunta cuál es la capital {of}", "oiga cuál es la capital {of}",
        ("a ver cuál es la capital {of}", ES), ("vale y cuál es la capital {of}", ES),
        ("bueno cuál es la capital {of}", f"{MX} {US}"), ("oye dime cuál es la capital {of}", US)]),
    ("trailing-words", "countries", 16, [
        "cuál es la capital {of} gracias", "la capital {of} cuál era", "cuál es la capital {of} exactamente",
        "cuál es la capital {of} entonces", "cuál era la capital {of} otra vez",
        ("cuál es la capital {of} pues", MX), ("cuál es la capital {of} eh", ES)]),
    ("bare-name", "countries", 16, ["capital {of}", "la capital {of}", "{n} capital", "capital {n}"]),
    ("follow-up", "countries", 16, [
        "y {x}", "y la capital {of}", "y {of}", "y qué tal {x}", "ahora {x}", "y {x} qué", "y para {x}",
        "y en {x}", "lo mismo para {x}"]),
    ("everyday-name", "alternatives", 12, QUESTION),
    ("plural-capitals", "several", 14, [
        "cuáles son las capitales {of}", "cuántas capitales {tiene} {x}", "{x} cuántas capitales {tiene}",
        "qué capitales {tiene} {x}", "cuáles son las {num} capitales {of}", "dime las capitales {of}"]),
    ("shared-name", "shared", 14, QUESTION),
    ("subdivision", "subdivisions", 18, QUESTION[:4] + [
        ("cuál es la capital del estado {state}", f"{MX} {US}"), "cuál es la capital del estado {state}"]),
    ("reverse-question", "cities", 8, [
        "{city} es la capital de qué país", "de qué país es capital {city}", "qué país tiene como capital {city}",
        "{city} de qué país es la capital"]),
]

OUT_OF_DOMAIN = [
    "qué tiempo hace hoy", "va a llover mañana", "pon un temporizador de diez minutos", "qué hora es",
    "despiértame a las siete", "pon música", "cuéntame un chiste", "cuántos habitantes tiene españa",
    "qué idioma se habla en brasil", "cuál es la moneda de suiza", "cuál es el país más grande del mundo",
    "cuál es la ciudad más grande de méxico", "quién es el presidente de colombia", "dónde está madagascar",
    "cuánto es siete por ocho", "traduce hola al inglés", "añade leche a la lista de la compra",
    "enciende la luz del salón", "qué es el capital social de una empresa", "cómo te llamas",
    ("pon la radio", ES), ("qué clima hace en monterrey", MX), ("pon una canción de bad bunny", US),
    ("prende la luz de la sala", f"{MX} {US}"), ("agrega huevos a la lista del súper", MX),
    "cuánto mide la torre eiffel", "a qué distancia está la luna", "cuál es el río más largo de sudamérica",
    "qué hora es en tokio",
    "cuál es la bandera de japón", "cuántos países hay en áfrica", "qué significa capital humano", "pon las noticias", "qué día es hoy",
]
HELP = ["ayuda", "ayúdame", "necesito ayuda", "cómo funciona esto", "qué puedo preguntarte", "qué sabes hacer",
        "no sé qué decir", ("cómo se usa esto", f"{MX} {US}")]
STOP = ["para", "detente", "alto", "sal", "salir", "cállate", ("ya párale", MX)]
CANCEL = ["cancela", "cancelar", "olvídalo", "déjalo", "no importa", ("ya no", f"{MX} {US}")]
