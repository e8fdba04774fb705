"""French round-2 evaluation corpus (fr-FR, fr-CA), written by hand and blind; see tests/Eval/README.md (Round 2).

python3 tests/Eval/fr/round2/source/build_corpus.py [--check]
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round2_corpus import main  # noqa: E402

LANG = "fr"
SEED = "20261130-fr-round2"
LOCALE_WEIGHTS = {"fr-FR": 76, "fr-CA": 24}
QC = "fr-CA"
VOWELS = "aâàeéèêiîoôuyœh"

# Countries as the French say them, with the article they take; the first name is the everyday one.
COUNTRIES = """
FR la france
DE l'allemagne
IT l'italie
ES l'espagne
PT le portugal
BE la belgique
CH la suisse
LU le luxembourg
GB le royaume-uni | la grande-bretagne
IE l'irlande
NL les pays-bas | la hollande
AT l'autriche
PL la pologne
CZ la république tchèque | la tchéquie
SK la slovaquie
HU la hongrie
RO la roumanie
BG la bulgarie
GR la grèce
HR la croatie
RS la serbie
SI la slovénie
AL l'albanie
UA l'ukraine
RU la russie
BY la biélorussie | le bélarus
LT la lituanie
LV la lettonie
EE l'estonie
FI la finlande
SE la suède
NO la norvège
DK le danemark
IS l'islande
MT malte
CY chypre
MC monaco
AD andorre | l'andorre
TR la turquie
GE la géorgie
AM l'arménie
MA le maroc
DZ l'algérie
TN la tunisie
LY la libye
EG l'égypte
SN le sénégal
ML le mali
CI la côte d'ivoire
BF le burkina faso | le burkina
NE le niger
TD le tchad
CM le cameroun
GA le gabon
MG madagascar
RW le rwanda
ET l'éthiopie
KE le kenya
NG le nigeria
GH le ghana
MR la mauritanie
HT haïti
CU cuba
MX le mexique
US les états-unis | l'amérique | les usa | les states@fr-CA
CA le canada
BR le brésil
AR l'argentine
CL le chili
PE le pérou
CO la colombie
VE le venezuela
BO la bolivie
EC l'équateur
UY l'uruguay
PY le paraguay
JP le japon
CN la chine
KR la corée du sud
KP la corée du nord
IN l'inde
PK le pakistan
AF l'afghanistan
IR l'iran
IQ l'irak
SY la syrie
LB le liban
IL israël
JO la jordanie
SA l'arabie saoudite
AE les émirats arabes unis | les émirats
QA le qatar
VN le viêt nam | le vietnam
TH la thaïlande
KH le cambodge
LA le laos
ID l'indonésie
PH les philippines
MN la mongolie
KZ le kazakhstan
AU l'australie
NZ la nouvelle-zélande
SG singapour
NP le népal
"""

OFFICIAL = """
FR la république française
DE la république fédérale d'allemagne
US les états-unis d'amérique
GB le royaume-uni de grande-bretagne et d'irlande du nord
CH la confédération suisse
MA le royaume du maroc
DZ la république algérienne
CN la république populaire de chine
KR la république de corée
KP la république populaire démocratique de corée
CD la république démocratique du congo | la rdc
CG la république du congo | le congo-brazzaville
CZ la république tchèque
BE le royaume de belgique
ES le royaume d'espagne
MX les états-unis mexicains
VA le vatican | la cité du vatican | le saint-siège
VA l'état de la cité du vatican
"""

SEVERAL = """
ZA l'afrique du sud
BO la bolivie
NL les pays-bas
CI la côte d'ivoire
BJ le bénin
LK le sri lanka
MY la malaisie
PS la palestine
SZ l'eswatini | le swaziland
"""

SHARED = """
KP+KR la corée | les deux corées
CD+CG le congo | les deux congo
GE la géorgie
VG+VI les îles vierges
GN la guinée
GQ la guinée équatoriale
GW la guinée-bissau
NE le niger
NG le nigeria
SD le soudan
SS le soudan du sud
DM la dominique
DO la république dominicaine
IE l'irlande
GB-NIR l'irlande du nord
"""

SUBDIVISIONS = """
CA-QC le québec | la province de québec
CA-ON l'ontario
CA-BC la colombie-britannique
CA-AB l'alberta
CA-MB le manitoba
CA-SK la saskatchewan
CA-NB le nouveau-brunswick
CA-NS la nouvelle-écosse
CA-PE l'île-du-prince-édouard
CA-NL terre-neuve | terre-neuve-et-labrador
CA-NU le nunavut
CA-YT le yukon
MQ la martinique
GP la guadeloupe
RE la réunion | l'île de la réunion
GF la guyane | la guyane française
NC la nouvelle-calédonie
PF la polynésie française
US-CA la californie
US-TX le texas
US-FL la floride
US-NY l'état de new york
US-LA la louisiane
GB-SCT l'écosse
GB-ENG l'angleterre
"""

POOLS = {"countries": COUNTRIES, "official": OFFICIAL, "several": SEVERAL, "shared": SHARED,
         "subdivisions": SUBDIVISIONS}

NUMBERS = {"ZA": "trois"}


def forms(name, ident, rng):
    """The forms a frame needs: the subject with its article, "de" contracted with it, and whether it is plural."""
    if name.startswith("les "):
        of = "des " + name[4:]
    elif name.startswith("le "):
        of = "du " + name[3:]
    elif name.startswith(("la ", "l'")):
        of = "de " + name
    elif name[0] in VOWELS:
        of = "d'" + name
    else:
        of = "de " + name
    bare = name[3:] if name.startswith(("le ", "la ")) else name[4:] if name.startswith("les ") else name[2:] if name.startswith("l'") else name
    return {"subj": name, "of": of, "bare": bare, "plural": name.startswith("les "), "num": NUMBERS.get(ident, "deux")}


FAMILIES = [
    ("direct-question", 30, "countries", [
        "quelle est la capitale {of}",
        "c'est quoi la capitale {of}",
        "quelle est la capitale {of}",
        "c'est quoi la capitale {of}",
        "la capitale {of} c'est quoi",
        "qu'est-ce que c'est la capitale {of}",
        "quel est le nom de la capitale {of}",
        "comment s'appelle la capitale {of}",
        ("c'est quoi la capitale {of}", QC),
        "la capitale {of} c'est laquelle",
    ]),
    ("which-city", 12, "countries", [
        "quelle ville est la capitale {of}",
        "c'est quelle ville la capitale {of}",
        "la capitale {of} c'est quelle ville",
        "quelle est la ville qui est la capitale {of}",
        "quelle est la ville capitale {of}",
        ("c'est laquelle la capitale {of}", QC),
    ]),
    ("polite-request", 22, "countries", [
        "peux-tu me dire quelle est la capitale {of}",
        "est-ce que tu peux me dire la capitale {of}",
        "pourrais-tu me donner la capitale {of} s'il te plaît",
        "j'aimerais savoir quelle est la capitale {of}",
        "je voudrais connaître la capitale {of}",
        "la capitale {of} s'il te plaît",
        "s'il te plaît c'est quoi la capitale {of}",
        "tu peux me rappeler la capitale {of}",
        "pouvez-vous me dire la capitale {of}",
        ("peux-tu me dire c'est quoi la capitale {of} s'il vous plaît", QC),
        ("j'aimerais ça savoir la capitale {of}", QC),
    ]),
    ("imperative", 14, "countries", [
        "dis-moi la capitale {of}",
        "dis-moi quelle est la capitale {of}",
        "donne-moi la capitale {of}",
        "rappelle-moi la capitale {of}",
        "dites-moi la capitale {of}",
        "trouve-moi la capitale {of}",
        "cherche la capitale {of}",
    ]),
    ("do-you-know", 12, "countries", [
        "est-ce que tu connais la capitale {of}",
        "tu sais quelle est la capitale {of}",
        "sais-tu quelle est la capitale {of}",
        "tu connais la capitale {of}",
        "j'ai oublié la capitale {of}",
        "je me souviens plus de la capitale {of}",
        ("tu sais-tu c'est quoi la capitale {of}", QC),
    ]),
    ("leading-filler", 12, "countries", [
        "euh quelle est la capitale {of}",
        "alors c'est quoi la capitale {of}",
        "bon ben la capitale {of}",
        "dis donc c'est quoi la capitale {of}",
        "eh bien quelle est la capitale {of}",
        "bah c'est quoi la capitale {of}",
        "oh la capitale {of} c'est quoi déjà",
        ("coudonc c'est quoi la capitale {of}", QC),
        ("allô c'est quoi la capitale {of}", QC),
    ]),
    ("trailing-words", 10, "countries", [
        "c'est quoi la capitale {of} déjà",
        "quelle est la capitale {of} exactement",
        "la capitale {of} c'est quoi encore",
        "quelle est la capitale {of} au juste",
        "c'est quoi la capitale {of} donc",
        ("c'est quoi la capitale {of} là", QC),
        ("c'est quoi encore la capitale {of} coudonc", QC),
    ]),
    ("topicalized", 10, "countries", [
        "{subj} c'est quoi {sa|leur} capitale",
        "{subj} quelle est {sa|leur} capitale",
        "{subj} la capitale c'est quoi",
        "pour {subj} c'est quoi la capitale",
        "{subj} {elle a|ils ont} quoi comme capitale",
    ]),
    ("bare-name", 12, "countries", [
        "capitale {of}",
        "la capitale {of}",
        "capitale {bare}",
        "{bare} capitale",
    ]),
    ("follow-up", 14, "countries", [
        "et {subj}",
        "et pour {subj}",
        "et celle {of}",
        "et la capitale {of}",
        "et {of}",
        "même question pour {subj}",
        "et {subj} alors",
        ("pis {subj}", QC),
        ("pis la capitale {of}", QC),
    ]),
    ("everyday-name", 10, "everyday", [
        "quelle est la capitale {of}",
        "c'est quoi la capitale {of}",
        "dis-moi la capitale {of}",
        "la capitale {of}",
    ]),
    ("official-name", 12, "official", [
        "quelle est la capitale {of}",
        "c'est quoi la capitale {of}",
        "dis-moi la capitale {of}",
        "quelle ville est la capitale {of}",
    ]),
    ("plural-capitals", 14, "several", [
        "quelles sont les capitales {of}",
        "est-ce que {subj} {a|ont} plusieurs capitales",
        "c'est quoi les capitales {of}",
        "quelles sont les {num} capitales {of}",
        "{subj} {a|ont} combien de capitales",
        "pourquoi {subj} {a|ont} {num} capitales",
        "donne-moi les capitales {of}",
        "c'est vrai que {subj} {a|ont} {num} capitales",
    ]),
    ("shared-name", 12, "shared", [
        "{quelle est la capitale|quelles sont les capitales} {of}",
        "c'est quoi {la capitale|les capitales} {of}",
        "dis-moi {la capitale|les capitales} {of}",
        "{la capitale|les capitales} {of}",
    ]),
    ("subdivision", 14, "subdivisions", [
        "quelle est la capitale {of}",
        "c'est quoi la capitale {of}",
        "quel est le chef-lieu {of}",
        "la capitale {of} c'est quoi",
        ("c'est quoi la capitale {of}", QC),
        ("c'est quelle ville la capitale {of}", QC),
    ]),
]

OTHER = {
    "AMAZON.FallbackIntent": [
        "quel temps fait-il demain",
        "est-ce qu'il va pleuvoir à paris",
        "mets de la musique",
        "joue du céline dion",
        "mets un minuteur de dix minutes",
        "réveille-moi à sept heures",
        "quelle heure est-il",
        "combien d'habitants en france",
        "quelle est la population du japon",
        "quelle est la monnaie de la suisse",
        "quelle langue on parle au brésil",
        "quelle est la plus grande ville du canada",
        "où se trouve le mali",
        "quel est le plus long fleuve d'afrique",
        "raconte-moi une blague",
        "ajoute du lait à ma liste de courses",
        "allume la lumière du salon",
        "qui a gagné le match hier soir",
        "c'est quoi le capital social d'une entreprise",
        "combien fait douze fois huit",
        ("quelle température il fait à montréal", QC),
        ("mets la radio de radio-canada", QC),
        ("c'est quand la fête nationale du québec", QC),
        "traduis bonjour en espagnol",
        "quel âge a le président de la république",
    ],
    "AMAZON.HelpIntent": [
        "aide", "aide-moi", "j'ai besoin d'aide", "comment ça marche", "qu'est-ce que je peux te demander",
        ("je comprends pas comment ça marche", QC),
    ],
    "AMAZON.StopIntent": ["stop", "arrête", "arrête-toi", "tais-toi", ("arrête ça", QC)],
    "AMAZON.CancelIntent": ["annule", "annuler", "laisse tomber", "oublie ça", ("laisse faire", QC)],
}

if __name__ == "__main__":
    sys.exit(main(sys.modules[__name__]))
