"""French (fr-FR, fr-CA): what people ask a voice assistant about capitals, written by hand for French.

A place is written as its subject form with the article French gives it ("la france", "le japon", "les
états-unis", "israël"); the "de" form ("de la france", "du japon", "des états-unis", "d'israël") and the bare name
follow from the article. Frames use {x} (subject), {of} ("de" form), {n} (bare name), {num} (number of capitals),
{city} (a capital, for the reverse question). A frame given as (frame, "fr-CA") is said only in that locale.
"""

FR, CA = "fr-FR", "fr-CA"
LOCALES = {FR: 60, CA: 40}
SPOKEN = r"[a-zà-öø-ÿœ]+(['-][a-zà-öø-ÿœ]+)*( [a-zà-öø-ÿœ]+(['-][a-zà-öø-ÿœ]+)*)*"


def forms(subject, of=None, **extra):
    """{x}, {of}, {n} of a place from its subject form: le japon -> du japon, les usa -> des usa."""
    for article, contracted in (("le ", "du "), ("la ", "de la "), ("l'", "de l'"), ("les ", "des ")):
        if subject.startswith(article):
            bare = subject[len(article):]
            plural = article == "les "
            return {"x": subject, "of": of or contracted + bare, "n": bare, "a": "ont" if plural else "a",
                    "sa": "leur" if plural else "sa", **extra}
    elided = subject[0] in "aeiouyéèêîôâ" or subject.startswith("haï")
    return {"x": subject, "of": of or ("d'" if elided else "de ") + subject, "n": subject, "a": "a", "sa": "sa", **extra}


def p(*names, **extra):
    return [forms(name, **extra) for name in names]


PLACES = {
    "FR": p("la france"), "JP": p("le japon"), "US": p("les états-unis", "l'amérique", "les usa"),
    "GB": p("le royaume-uni", "la grande-bretagne"), "DE": p("l'allemagne"), "IT": p("l'italie"),
    "ES": p("l'espagne"), "PT": p("le portugal"), "BE": p("la belgique"), "CH": p("la suisse"),
    "NL": p("les pays-bas", "la hollande", num="deux"), "LU": p("le luxembourg"), "AT": p("l'autriche"),
    "IE": p("l'irlande"), "IS": p("l'islande"), "NO": p("la norvège"), "SE": p("la suède"), "FI": p("la finlande"),
    "DK": p("le danemark"), "PL": p("la pologne"), "CZ": p("la république tchèque", "la tchéquie"),
    "HU": p("la hongrie"), "RO": p("la roumanie"), "GR": p("la grèce"), "HR": p("la croatie"),
    "UA": p("l'ukraine"), "RU": p("la russie"), "TR": p("la turquie"), "CN": p("la chine"), "IN": p("l'inde"),
    "PK": p("le pakistan"), "BD": p("le bangladesh"), "VN": p("le vietnam"), "TH": p("la thaïlande"),
    "KH": p("le cambodge"), "ID": p("l'indonésie"), "PH": p("les philippines"), "MN": p("la mongolie"),
    "AU": p("l'australie"), "NZ": p("la nouvelle-zélande"), "CA": p("le canada"), "MX": p("le mexique"),
    "BR": p("le brésil"), "AR": p("l'argentine"), "CL": p("le chili"), "PE": p("le pérou"),
    "CO": p("la colombie"), "VE": p("le venezuela"), "BO": p("la bolivie", num="deux"), "CU": p("cuba"),
    "HT": p("haïti"), "EC": p("l'équateur"), "UY": p("l'uruguay"), "PY": p("le paraguay"),
    "ZA": p("l'afrique du sud", num="trois"), "EG": p("l'égypte"), "MA": p("le maroc"), "DZ": p("l'algérie"),
    "TN": p("la tunisie"), "SN": p("le sénégal"), "CI": p("la côte d'ivoire", num="deux"),
    "CM": p("le cameroun"), "ML": p("le mali"), "MG": p("madagascar"), "KE": p("le kenya"),
    "ET": p("l'éthiopie"), "GH": p("le ghana"), "BJ": p("le bénin", num="deux"),
    "LK": p("le sri lanka", num="deux"), "MY": p("la malaisie", num="deux"), "IL": p("israël"),
    "LB": p("le liban"), "SA": p("l'arabie saoudite"), "IR": p("l'iran"), "IQ": p("l'irak"), "SY": p("la syrie"),
    "AF": p("l'afghanistan"), "QA": p("le qatar"), "AE": p("les émirats arabes unis", "les émirats"),
    "KZ": p("le kazakhstan"), "NP": p("le népal"), "SG": p("singapour"), "MC": p("monaco"),
    "VA": p("le vatican"), "AD": p("andorre"), "LI": p("le liechtenstein"), "MT": p("malte"), "CY": p("chypre"),
    "EE": p("l'estonie"), "LV": p("la lettonie"), "LT": p("la lituanie"), "RS": p("la serbie"),
    "AL": p("l'albanie"), "BG": p("la bulgarie"), "SK": p("la slovaquie"), "SI": p("la slovénie"),
    "AM": p("l'arménie"), "JM": p("la jamaïque"), "PS": p("la palestine", num="deux"),
    "SZ": p("l'eswatini", "le swaziland", num="deux"), "MU": p("l'île maurice", "maurice"), "RW": p("le rwanda"),
    "GA": p("le gabon"), "TD": p("le tchad"), "BF": p("le burkina faso", "le burkina"), "CG": p("le congo-brazzaville"),
    "CD": p("la république démocratique du congo", "la rdc", "le congo-kinshasa"), "KP": p("la corée du nord"),
    "KR": p("la corée du sud"),
}
SEVERAL = ["ZA", "BO", "NL", "CI", "BJ", "LK", "MY", "PS", "SZ"]

SHARED = [
    (forms("la corée"), "KP+KR"), (forms("la corée", x="les deux corées", of="des deux corées"), "KP+KR"),
    (forms("le congo"), "CD+CG"), (forms("le congo", x="les deux congo", of="des deux congo"), "CD+CG"),
    (forms("la guinée"), "GN"), (forms("la guinée équatoriale"), "GQ"), (forms("la guinée-bissau"), "GW"),
    (forms("le niger"), "NE"), (forms("le nigeria"), "NG"), (forms("la dominique"), "DM"),
    (forms("la république dominicaine"), "DO"), (forms("le soudan du sud"), "SS"), (forms("le soudan"), "SD"),
]

SUBDIVISIONS = [
    (forms("le québec"), "CA-QC"), (forms("l'ontario"), "CA-ON"), (forms("la colombie-britannique"), "CA-BC"),
    (forms("l'alberta"), "CA-AB"), (forms("le manitoba"), "CA-MB"), (forms("la nouvelle-écosse"), "CA-NS"),
    (forms("le nouveau-brunswick"), "CA-NB"), (forms("la californie"), "US-CA"), (forms("le texas"), "US-TX"),
    (forms("la floride"), "US-FL"), (forms("la bavière"), "DE-BY"), (forms("l'écosse"), "GB-SCT"),
    (forms("l'angleterre"), "GB-ENG"), (forms("le pays de galles"), "GB-WLS"), (forms("le groenland"), "GL"),
    (forms("la martinique", chef="de la martinique"), "MQ"), (forms("la guadeloupe", chef="de la guadeloupe"), "GP"),
    (forms("la réunion", chef="de la réunion"), "RE"), (forms("la nouvelle-calédonie"), "NC"),
    (forms("la polynésie française"), "PF"), (forms("la guyane", chef="de la guyane"), "GF"),
]

CITIES = [
    ({"city": "nairobi"}, "KE"), ({"city": "ottawa"}, "CA"), ({"city": "lima"}, "PE"), ({"city": "lisbonne"}, "PT"),
    ({"city": "vienne"}, "AT"), ({"city": "dakar"}, "SN"), ({"city": "hanoï"}, "VN"), ({"city": "varsovie"}, "PL"),
    ({"city": "canberra"}, "AU+AU-ACT"), ({"city": "oslo"}, "NO"), ({"city": "bogota"}, "CO"),
    ({"city": "rabat"}, "MA"),
]

QUESTION = ["quelle est la capitale {of}", "c'est quoi la capitale {of}", "quelle est la capitale {of} s'il te plaît",
            "tu connais la capitale {of}", "dis-moi la capitale {of}"]

FAMILIES = [
    ("direct-question", "countries", 40, [
        "quelle est la capitale {of}", "c'est quoi la capitale {of}", "quel est le nom de la capitale {of}",
        "comment s'appelle la capitale {of}", "la capitale {of} c'est quoi", "la capitale {of} c'est laquelle",
        "quelle est la capitale actuelle {of}", "c'est quoi le nom de la capitale {of}",
        "la capitale {of} s'appelle comment", "quelle est la capitale du pays {n}",
        ("c'est quoi la capitale {of} donc", CA), ("c'est laquelle la capitale {of}", CA)]),
    ("which-city", "countries", 20, [
        "quelle ville est la capitale {of}", "c'est quelle ville la capitale {of}",
        "quelle est la ville qui est la capitale {of}", "quelle ville sert de capitale {of}",
        "la capitale {of} c'est quelle ville"]),
    ("polite-request", "countries", 30, [
        "dis-moi la capitale {of}", "donne-moi la capitale {of}", "dites-moi la capitale {of}",
        "tu peux me dire la capitale {of}", "peux-tu me dire quelle est la capitale {of}",
        "pourrais-tu me donner la capitale {of}", "est-ce que tu peux me dire la capitale {of}",
        "j'aimerais connaître la capitale {of}", "je voudrais savoir quelle est la capitale {of}",
        "s'il te plaît dis-moi la capitale {of}", "la capitale {of} s'il te plaît",
        "quelle est la capitale {of} s'il vous plaît", "pouvez-vous me dire la capitale {of}",
        "trouve-moi la capitale {of}", ("peux-tu me dire c'est quoi la capitale {of}", CA)]),
    ("do-you-know", "countries", 25, [
        "sais-tu quelle est la capitale {of}", "tu sais quelle est la capitale {of}",
        "est-ce que tu connais la capitale {of}", "tu connais la capitale {of}", "connais-tu la capitale {of}",
        "je me demande quelle est la capitale {of}", "je ne sais plus quelle est la capitale {of}",
        "j'ai oublié la capitale {of}", "rappelle-moi la capitale {of}",
        ("tu sais c'est quoi la capitale {of}", CA), ("sais-tu c'est quoi la capitale {of}", CA)]),
    ("topicalized", "countries", 18, [
        "{x} c'est quoi {sa} capitale", "{x} {sa} capitale c'est quoi", "{x} quelle est {sa} capitale",
        "pour {x} c'est quoi la capitale", "{x} c'est quoi comme capitale", "pour {x} la capitale c'est laquelle"]),
    ("leading-filler", "countries", 16, [
        "euh quelle est la capitale {of}", "bon alors c'est quoi la capitale {of}", "dis donc quelle est la capitale {of}",
        "au fait c'est quoi la capitale {of}", "bonjour quelle est la capitale {of}", "salut tu connais la capitale {of}",
        "question quelle est la capitale {of}", "dis-moi une chose quelle est la capitale {of}",
        ("allô c'est quoi la capitale {of}", CA), ("bon ben c'est quoi la capitale {of}", CA)]),
    ("trailing-words", "countries", 16, [
        "quelle est la capitale {of} déjà", "c'est quoi la capitale {of} déjà", "quelle est la capitale {of} merci",
        "la capitale {of} c'est laquelle déjà", "quelle est la capitale {of} exactement",
        "c'est quoi le nom de la capitale {of} déjà", "quelle est la capitale {of} en ce moment",
        ("c'est quoi la capitale {of} là", CA)]),
    ("bare-name", "countries", 16, [
        "capitale {of}", "la capitale {of}", "{n} capitale", "capitale {n}", "la capitale {of} merci"]),
    ("follow-up", "countries", 16, [
        "et {x}", "et pour {x}", "et la capitale {of}", "et {x} alors", "même question pour {x}",
        "et celle {of}", "maintenant {x}", "et {x} c'est quoi {sa} capitale", "et pour {x} c'est quoi"]),
    ("everyday-name", "alternatives", 12, QUESTION),
    ("plural-capitals", "several", 14, [
        "quelles sont les capitales {of}", "combien de capitales {a} {x}", "{x} {a} combien de capitales",
        "c'est quoi les capitales {of}", "quelles sont les {num} capitales {of}", "dis-moi les capitales {of}",
        "{x} {a} {num} capitales lesquelles"]),
    ("shared-name", "shared", 14, QUESTION),
    ("subdivision", "subdivisions", 18, QUESTION[:4] + ["quel est le chef-lieu {chef}"]),
    ("reverse-question", "cities", 8, [
        "{city} est la capitale de quel pays", "{city} c'est la capitale de quel pays",
        "quel pays a pour capitale {city}", "de quel pays {city} est-elle la capitale"]),
]

OUT_OF_DOMAIN = [
    "quel temps fait-il aujourd'hui", "est-ce qu'il va pleuvoir demain", "mets un minuteur de dix minutes",
    "quelle heure est-il", "réveille-moi à sept heures", "mets de la musique", "joue la radio",
    "raconte-moi une blague", "quelle est la population de la france", "combien d'habitants au japon",
    "quelle langue parle-t-on au brésil", "quelle est la monnaie de la suisse", "c'est quoi la monnaie du maroc",
    "quel est le plus grand pays du monde", "quelle est la plus grande ville du canada",
    "qui est le président des états-unis", "où se trouve madagascar", "combien font sept fois huit",
    "traduis bonjour en anglais", "ajoute du lait à la liste de courses", "allume la lumière du salon",
    "quelle est la capitale européenne de la culture", "c'est quoi un gain en capital",
    "comment tu t'appelles", "quel âge as-tu", ("il fait-tu froid à montréal", CA),
    ("c'est quoi la météo à québec", CA), ("mets la radio de radio-canada", CA), "quel est le numéro de la pharmacie",
    "quelle est la hauteur de la tour eiffel",
    "quel est le drapeau du japon", "combien de pays en afrique", "quelle est la devise de la france", "capitale en lettres majuscules", "joue du jazz",
]
HELP = ["aide", "aide-moi", "à l'aide", "comment ça marche", "qu'est-ce que tu sais faire", "qu'est-ce que je peux demander",
        "je ne sais pas quoi dire", "comment on utilise ce jeu", ("comment ça fonctionne", CA)]
STOP = ["stop", "arrête", "arrête-toi", "tais-toi", "quitter", "stop merci", ("arrête ça", CA)]
CANCEL = ["annule", "annuler", "laisse tomber", "oublie ça", "non rien", ("laisse faire", CA)]
