"""Italian (it-IT): what people ask a voice assistant about capitals, written by hand for Italian.

A place is written as its subject form with the article Italian gives it ("la francia", "il giappone", "gli stati
uniti", "lo sri lanka", "israele"); the "di" form ("della francia", "del giappone", "degli stati uniti", "dello
sri lanka", "di israele") and the bare name follow. Frames use {x}, {of}, {n}, {ha} and {sua} (agreeing with a
plural subject), {num} (number of capitals), {city} (a capital, for the reverse question).
"""

IT = "it-IT"
LOCALES = {IT: 1}
SPOKEN = r"[a-zà-öø-ÿ]+(['-][a-zà-öø-ÿ]+)*( [a-zà-öø-ÿ]+(['-][a-zà-öø-ÿ]+)*)*"

ARTICLES = (("il ", "del ", False), ("lo ", "dello ", False), ("la ", "della ", False), ("l'", "dell'", False),
            ("i ", "dei ", True), ("gli ", "degli ", True), ("le ", "delle ", True))


def forms(subject, of=None, **extra):
    """{x}, {of}, {n}, {ha}, {sua} of a place from its subject form: il giappone -> del giappone."""
    for article, contracted, plural in ARTICLES:
        if subject.startswith(article):
            bare = subject[len(article):]
            return {"x": subject, "of": of or contracted + bare, "n": bare, "ha": "hanno" if plural else "ha",
                    "sua": "la loro" if plural else "la sua", **extra}
    return {"x": subject, "of": of or "di " + subject, "n": subject, "ha": "ha", "sua": "la sua", **extra}


def p(*names, **extra):
    return [forms(name, **extra) for name in names]


PLACES = {
    "IT": p("l'italia"), "FR": p("la francia"), "DE": p("la germania"), "ES": p("la spagna"),
    "PT": p("il portogallo"), "GB": p("il regno unito", "la gran bretagna"), "US": p("gli stati uniti", "l'america"),
    "JP": p("il giappone"), "CN": p("la cina"), "IN": p("l'india"), "RU": p("la russia"), "BR": p("il brasile"),
    "AR": p("l'argentina"), "MX": p("il messico"), "CA": p("il canada"), "AU": p("l'australia"),
    "EG": p("l'egitto"), "MA": p("il marocco"), "TN": p("la tunisia"), "DZ": p("l'algeria"),
    "ZA": p("il sudafrica", num="tre"), "BO": p("la bolivia", num="due"),
    "NL": p("i paesi bassi", "l'olanda", num="due"), "BE": p("il belgio"), "CH": p("la svizzera"),
    "AT": p("l'austria"), "GR": p("la grecia"), "TR": p("la turchia"), "PL": p("la polonia"),
    "HU": p("l'ungheria"), "CZ": p("la repubblica ceca"), "RO": p("la romania"), "UA": p("l'ucraina"),
    "SE": p("la svezia"), "NO": p("la norvegia"), "FI": p("la finlandia"), "DK": p("la danimarca"),
    "IE": p("l'irlanda"), "IS": p("l'islanda"), "HR": p("la croazia"), "SI": p("la slovenia"), "RS": p("la serbia"),
    "AL": p("l'albania"), "ME": p("il montenegro"), "BA": p("la bosnia"), "MK": p("la macedonia del nord"),
    "MT": p("malta"), "CY": p("cipro"), "SM": p("san marino"), "VA": p("il vaticano", "la città del vaticano"),
    "MC": p("monaco", "il principato di monaco"), "AD": p("andorra"), "LU": p("il lussemburgo"),
    "LI": p("il liechtenstein"), "IL": p("israele"), "LB": p("il libano"), "SY": p("la siria"), "IR": p("l'iran"),
    "IQ": p("l'iraq"), "SA": p("l'arabia saudita"), "QA": p("il qatar"), "AE": p("gli emirati arabi uniti", "gli emirati"),
    "AF": p("l'afghanistan"), "PK": p("il pakistan"), "NP": p("il nepal"), "TH": p("la thailandia"),
    "VN": p("il vietnam"), "PH": p("le filippine"), "ID": p("l'indonesia"), "MY": p("la malesia", num="due"),
    "LK": p("lo sri lanka", num="due"), "KR": p("la corea del sud"), "KP": p("la corea del nord"),
    "MN": p("la mongolia"), "KE": p("il kenya"), "ET": p("l'etiopia"), "NG": p("la nigeria"), "SN": p("il senegal"),
    "CI": p("la costa d'avorio", num="due"), "BJ": p("il benin", num="due"), "PS": p("la palestina", num="due"),
    "SZ": p("l'eswatini", "lo swaziland", num="due"), "CL": p("il cile"), "PE": p("il perù"),
    "CO": p("la colombia"), "VE": p("il venezuela"), "EC": p("l'ecuador"), "UY": p("l'uruguay"),
    "PY": p("il paraguay"), "CU": p("cuba"), "JM": p("la giamaica"), "NZ": p("la nuova zelanda"),
    "KZ": p("il kazakistan"), "YE": p("lo yemen"), "ER": p("l'eritrea"), "SO": p("la somalia"),
    "MG": p("il madagascar"), "XK": p("il kosovo"),
}
SEVERAL = ["ZA", "BO", "NL", "CI", "BJ", "LK", "MY", "PS", "SZ"]

SHARED = [
    (forms("la corea"), "KP+KR"), (forms("le due coree"), "KP+KR"), (forms("il congo"), "CD+CG"),
    (forms("la repubblica democratica del congo"), "CD"), (forms("la guinea"), "GN"),
    (forms("la guinea equatoriale"), "GQ"), (forms("la papua nuova guinea"), "PG"), (forms("il niger"), "NE"),
    (forms("la dominica"), "DM"), (forms("la repubblica dominicana"), "DO"), (forms("il sudan del sud"), "SS"),
    (forms("il sudan"), "SD"),
]

SUBDIVISIONS = [
    (forms("la california"), "US-CA"), (forms("il texas"), "US-TX"), (forms("la florida"), "US-FL"),
    (forms("lo stato di new york"), "US-NY"), (forms("la baviera"), "DE-BY"), (forms("la scozia"), "GB-SCT"),
    (forms("l'inghilterra"), "GB-ENG"), (forms("il galles"), "GB-WLS"), (forms("la groenlandia"), "GL"),
    (forms("il québec"), "CA-QC"), (forms("l'ontario"), "CA-ON"), (forms("la sassonia"), "DE-SN"),
    (forms("l'irlanda del nord"), "GB-NIR"), (forms("le hawaii"), "US-HI"),
]

CITIES = [
    ({"city": "nairobi"}, "KE"), ({"city": "lisbona"}, "PT"), ({"city": "vienna"}, "AT"),
    ({"city": "varsavia"}, "PL"), ({"city": "il cairo"}, "EG"), ({"city": "canberra"}, "AU+AU-ACT"),
    ({"city": "ottawa"}, "CA"), ({"city": "oslo"}, "NO"), ({"city": "dakar"}, "SN"), ({"city": "atene"}, "GR"),
    ({"city": "mosca"}, "RU"),
]

QUESTION = ["qual è la capitale {of}", "dimmi la capitale {of}", "sai qual è la capitale {of}",
            "qual è la capitale {of} per favore", "mi dici la capitale {of}"]

FAMILIES = [
    ("direct-question", "countries", 40, [
        "qual è la capitale {of}", "come si chiama la capitale {of}", "com'è che si chiama la capitale {of}",
        "la capitale {of} qual è", "qual è il nome della capitale {of}", "la capitale {of} come si chiama",
        "qual è la capitale attuale {of}", "che capitale {ha} {x}"]),
    ("which-city", "countries", 20, [
        "quale città è la capitale {of}", "che città è la capitale {of}", "qual è la città capitale {of}",
        "la capitale {of} che città è", "mi dici che città è la capitale {of}"]),
    ("polite-request", "countries", 30, [
        "dimmi la capitale {of}", "dimmi qual è la capitale {of}", "mi dici la capitale {of}",
        "mi dici qual è la capitale {of}", "puoi dirmi la capitale {of}", "potresti dirmi qual è la capitale {of}",
        "mi sai dire la capitale {of}", "vorrei sapere la capitale {of}", "vorrei sapere qual è la capitale {of}",
        "la capitale {of} per favore", "qual è la capitale {of} per favore", "per favore dimmi la capitale {of}",
        "mi dica la capitale {of}", "cercami la capitale {of}", "mi diresti la capitale {of}"]),
    ("do-you-know", "countries", 25, [
        "sai qual è la capitale {of}", "conosci la capitale {of}", "sai dirmi la capitale {of}",
        "sai la capitale {of}", "non mi ricordo la capitale {of}", "mi sono dimenticato la capitale {of}",
        "ricordami la capitale {of}", "mi chiedo qual è la capitale {of}", "tu sai qual è la capitale {of}",
        "non ricordo qual è la capitale {of}"]),
    ("topicalized", "countries", 18, [
        "{x} qual è {sua} capitale", "{x} che capitale {ha}", "per {x} qual è la capitale",
        "{x} la capitale qual è", "{x} come si chiama la capitale"]),
    ("leading-filler", "countries", 16, [
        "ehi qual è la capitale {of}", "senti qual è la capitale {of}", "allora qual è la capitale {of}",
        "ciao qual è la capitale {of}", "scusa qual è la capitale {of}", "una domanda qual è la capitale {of}",
        "ehm qual è la capitale {of}", "dimmi una cosa qual è la capitale {of}"]),
    ("trailing-words", "countries", 16, [
        "qual è la capitale {of} grazie", "qual era la capitale {of}", "qual è la capitale {of} esattamente",
        "la capitale {of} qual era", "qual è la capitale {of} allora", "qual era la capitale {of} che non ricordo"]),
    ("bare-name", "countries", 16, ["capitale {of}", "la capitale {of}", "{n} capitale", "capitale {n}"]),
    ("follow-up", "countries", 16, [
        "e {x}", "e la capitale {of}", "e {of}", "invece {x}", "e per {x}", "adesso {x}", "e {x} invece",
        "stessa domanda per {x}"]),
    ("everyday-name", "alternatives", 8, QUESTION),
    ("plural-capitals", "several", 14, [
        "quali sono le capitali {of}", "quante capitali {ha} {x}", "{x} quante capitali {ha}",
        "che capitali {ha} {x}", "quali sono le {num} capitali {of}", "dimmi le capitali {of}"]),
    ("shared-name", "shared", 14, QUESTION),
    ("subdivision", "subdivisions", 16, QUESTION[:4] + ["qual è il capoluogo {of}"]),
    ("reverse-question", "cities", 8, [
        "{city} è la capitale di quale paese", "di che paese è capitale {city}",
        "quale paese ha come capitale {city}", "{city} di che stato è la capitale"]),
]

OUT_OF_DOMAIN = [
    "che tempo fa oggi", "domani piove", "imposta un timer di dieci minuti", "che ore sono",
    "svegliami alle sette", "metti della musica", "raccontami una barzelletta", "quanti abitanti ha l'italia",
    "che lingua si parla in brasile", "qual è la moneta della svizzera", "qual è il paese più grande del mondo",
    "qual è la città più grande del canada", "chi è il presidente della francia", "dove si trova il madagascar",
    "quanto fa sette per otto", "traduci ciao in inglese", "aggiungi il latte alla lista della spesa",
    "accendi la luce in soggiorno", "cos'è il capitale sociale", "come ti chiami", "quanti anni hai",
    "quanto è alta la torre di pisa", "quanto dista la luna", "qual è il fiume più lungo d'italia",
    "metti radio deejay", "che ore sono a tokyo",
    "qual è la bandiera del giappone", "quanti paesi ci sono in africa", "cosa significa capitale umano", "metti le notizie", "che giorno è oggi",
]
HELP = ["aiuto", "aiutami", "ho bisogno di aiuto", "come funziona", "cosa posso chiederti", "cosa sai fare",
        "non so cosa dire"]
STOP = ["stop", "basta", "fermati", "esci", "smettila", "zitto"]
CANCEL = ["annulla", "lascia perdere", "lascia stare", "non importa", "niente"]
