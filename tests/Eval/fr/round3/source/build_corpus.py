"""French round-3 evaluation corpus (fr-FR, fr-CA), written blind on 30 November 2026.

python3 tests/Eval/fr/round3/source/build_corpus.py [--check]
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round3_romance_corpus import main  # noqa: E402

LANG = "fr"
SEED = "round3-20261130-fr"
# Locale-free frames; the fr-CA-only frames bring fr-CA to about 45%.
WEIGHTS = {"fr-FR": 70, "fr-CA": 30}

COUNTRIES = """
FR la france
DE l'allemagne
ES l'espagne
IT l'italie
PT le portugal
GB le royaume-uni|la grande-bretagne
IE l'irlande
BE la belgique
NL les pays-bas|la hollande
LU le luxembourg
CH la suisse
AT l'autriche
DK le danemark
SE la suède
NO la norvège
FI la finlande
IS l'islande
PL la pologne
CZ la tchéquie|la république tchèque
SK la slovaquie
HU la hongrie
RO la roumanie
BG la bulgarie
GR la grèce
HR la croatie
SI la slovénie
RS la serbie
BA la bosnie-herzégovine|la bosnie
ME le monténégro
MK la macédoine du nord|la macédoine
AL l'albanie
UA l'ukraine
BY la biélorussie
MD la moldavie
LT la lituanie
LV la lettonie
EE l'estonie
RU la russie
TR la turquie
CY chypre
MT malte
MC monaco
AD l'andorre
LI le liechtenstein
SM saint-marin
AM l'arménie
AZ l'azerbaïdjan
KZ le kazakhstan
UZ l'ouzbékistan
KG le kirghizistan
TJ le tadjikistan
TM le turkménistan
AF l'afghanistan
PK le pakistan
IN l'inde
NP le népal
BT le bhoutan
BD le bangladesh
MV les maldives
CN la chine
JP le japon
MN la mongolie
TW taïwan
VN le vietnam|le viêt nam
LA le laos
KH le cambodge
TH la thaïlande
MM le myanmar|la birmanie
ID l'indonésie
PH les philippines
SG singapour
BN brunei
TL le timor oriental
IR l'iran
IQ l'irak
SY la syrie
LB le liban
IL israël
JO la jordanie
SA l'arabie saoudite
YE le yémen
OM oman
AE les émirats arabes unis|les émirats
QA le qatar
KW le koweït
BH bahreïn
EG l'égypte
LY la libye
TN la tunisie
DZ l'algérie
MA le maroc
MR la mauritanie
SN le sénégal
ML le mali
BF le burkina faso|le burkina
CI la côte d'ivoire
GH le ghana
TG le togo
NG le nigeria
CM le cameroun
TD le tchad
CF la centrafrique|la république centrafricaine
GA le gabon
GM la gambie
SL la sierra leone
LR le liberia
CV le cap-vert
ET l'éthiopie
ER l'érythrée
DJ djibouti
SO la somalie
KE le kenya
UG l'ouganda
RW le rwanda
BI le burundi
TZ la tanzanie
MG madagascar
MU maurice|l'île maurice
SC les seychelles
KM les comores
AO l'angola
ZM la zambie
ZW le zimbabwe
MZ le mozambique
MW le malawi
NA la namibie
BW le botswana
LS le lesotho
US les états-unis|les states@fr-CA|l'amérique
CA le canada
MX le mexique
GT le guatemala
HN le honduras
NI le nicaragua
CR le costa rica
PA le panama
CU cuba
HT haïti
JM la jamaïque
CO la colombie
VE le venezuela
EC l'équateur
PE le pérou
BR le brésil
CL le chili
AR l'argentine
UY l'uruguay
PY le paraguay
SR le suriname
GY le guyana
AU l'australie
NZ la nouvelle-zélande
FJ les fidji
PG la papouasie-nouvelle-guinée
VU le vanuatu
"""

OFFICIAL = """
DE la république fédérale d'allemagne
CN la république populaire de chine
US les états-unis d'amérique
GB le royaume-uni de grande-bretagne et d'irlande du nord
RU la fédération de russie
MX les états-unis mexicains
CH la confédération suisse
KR la république de corée
KP la république populaire démocratique de corée|la corée du nord
CD la république démocratique du congo|la rdc
CG la république du congo|le congo-brazzaville
DO la république dominicaine
VA la cité du vatican|le vatican
CZ la république tchèque
AE les émirats arabes unis
IR la république islamique d'iran
"""

EVERYDAY = """
US les usa|l'amérique|les states@fr-CA
GB la grande-bretagne|le royaume-uni
NL la hollande
CZ la tchéquie
MM la birmanie
CD la rdc|le congo-kinshasa
CG le congo-brazzaville
CI la côte-d'ivoire
SZ le swaziland
BY la biélorussie
CF la centrafrique
"""

SEVERAL = """
ZA l'afrique du sud #3
BO la bolivie #2
NL les pays-bas #2
CI la côte d'ivoire #2
BJ le bénin #2
LK le sri lanka #2
MY la malaisie #2
PS la palestine #2
SZ l'eswatini|le swaziland #2
"""

SHARED = """
KP+KR la corée|les deux corées
CD+CG le congo|les deux congos
VG+VI les îles vierges
GE+US-GA la géorgie
KR la corée du sud
KP la corée du nord
GN la guinée
GQ la guinée équatoriale
GW la guinée-bissau
NE le niger
NG le nigeria
SD le soudan
SS le soudan du sud
DM la dominique
DO la république dominicaine
"""

SUBDIVISIONS = """
CA-QC le québec|la province de québec
CA-ON l'ontario|la province de l'ontario
CA-BC la colombie-britannique
CA-AB l'alberta
CA-MB le manitoba
CA-SK la saskatchewan
CA-NS la nouvelle-écosse
CA-NB le nouveau-brunswick
CA-NL terre-neuve-et-labrador|terre-neuve
CA-PE l'île-du-prince-édouard
CA-YT le yukon
CA-NU le nunavut
CA-NT les territoires du nord-ouest
GP la guadeloupe
MQ la martinique
GF la guyane|la guyane française
RE la réunion|l'île de la réunion
YT mayotte
NC la nouvelle-calédonie
PF la polynésie française
PM saint-pierre-et-miquelon
US-TX le texas|l'état du texas
US-CA la californie
US-FL la floride
US-LA la louisiane
US-NY l'état de new york
US-GA l'état de géorgie
US-VT le vermont
US-ME le maine
GB-ENG l'angleterre
GB-SCT l'écosse
GB-NIR l'irlande du nord
GB-WLS le pays de galles
DE-BY la bavière
AU-NSW la nouvelle-galles du sud
GL le groenland
"""

FAMILIES = [
    ("direct-question", "countries", 30, [
        "quelle est la capitale {de}", "c'est quoi la capitale {de}", "quelle est la ville capitale {de}",
        "la capitale {de} c'est quoi", "la capitale {de} c'est laquelle", "c'est laquelle la capitale {de}",
        "quelle ville est la capitale {de}", "qu'est-ce que c'est la capitale {de}",
        ("c'est quoi ça la capitale {de}", "fr-CA"), ("c'est quoi la capitale {de} mettons", "fr-CA"),
    ]),
    ("polite-request", "countries", 22, [
        "dis-moi la capitale {de}", "donne-moi la capitale {de} s'il te plaît", "pourrais-tu me dire la capitale {de}",
        "j'aimerais connaître la capitale {de}", "est-ce que tu peux me donner la capitale {de}",
        "peux-tu me rappeler la capitale {de} s'il te plaît", "je voudrais savoir quelle est la capitale {de}",
        ("dis-moi donc la capitale {de}", "fr-CA"), ("peux-tu me dire c'est quoi la capitale {de} s'il vous plaît", "fr-CA"),
    ]),
    ("indirect-question", "countries", 14, [
        "sais-tu quelle est la capitale {de}", "tu sais c'est quoi la capitale {de}",
        "est-ce que tu connais la capitale {de}", "je me demande quelle est la capitale {de}",
        "je ne me souviens plus de la capitale {de}", "j'ai oublié la capitale {de}",
        ("tu sais-tu c'est quoi la capitale {de}", "fr-CA"), ("sais-tu c'est quoi la capitale {de}", "fr-CA"),
    ]),
    ("leading-filler", "countries", 12, [
        "euh quelle est la capitale {de}", "alors c'est quoi la capitale {de}", "bon ben la capitale {de} c'est quoi",
        "dis donc c'est quoi la capitale {de}", "au fait quelle est la capitale {de}",
        ("bon ben pis la capitale {de} c'est quoi", "fr-CA"), ("heille c'est quoi la capitale {de}", "fr-CA"),
        ("ok pis c'est quoi la capitale {de}", "fr-CA"),
    ]),
    ("trailing-words", "countries", 12, [
        "quelle est la capitale {de} déjà", "c'est quoi la capitale {de} déjà", "la capitale {de} s'il te plaît",
        "quelle est la capitale {de} stp", "c'est quoi la capitale {de} au juste",
        ("c'est quoi la capitale {de} donc", "fr-CA"), ("c'est quoi encore la capitale {de} là", "fr-CA"),
    ]),
    ("topicalized", "countries", 12, [
        "{x} c'est quoi {its} capitale", "{x} quelle est {its} capitale", "pour {x} c'est quoi la capitale",
        "et {x} {its} capitale c'est quoi", "{x} {has} quoi comme capitale",
        ("{x} c'est quoi ça {its} capitale", "fr-CA"),
    ]),
    ("terse", "countries", 12, [
        "capitale {de}", "{x} capitale", "la capitale {de}", "capitale {de} vite", "{n} capitale",
    ]),
    ("follow-up", "countries", 14, [
        "et pour {x}", "et {x}", "et {x} alors", "et la capitale {de}", "et celle {de}", "maintenant {x}",
        ("pis {x}", "fr-CA"), ("pis {x} mettons", "fr-CA"), ("pis la capitale {de}", "fr-CA"),
    ]),
    ("self-correction", "countries", 10, [
        "quelle est la capitale {de2} non pardon {de}", "c'est quoi la capitale {de2} euh non {de}",
        "la capitale {de2} euh je veux dire {de}", "donne-moi la capitale {de2} non attends {de}",
        ("c'est quoi la capitale {de2} ah non {de} mettons", "fr-CA"),
    ]),
    ("official-name", "official", 14, [
        "quelle est la capitale {de}", "c'est quoi la capitale {de}", "dis-moi la capitale {de}",
        "la capitale {de} c'est laquelle", ("c'est quoi la capitale {de} donc", "fr-CA"),
    ]),
    ("everyday-name", "everyday", 10, [
        "quelle est la capitale {de}", "c'est quoi la capitale {de}", "tu connais la capitale {de}",
        ("c'est quoi ça la capitale {de}", "fr-CA"),
    ]),
    ("plural-capitals", "several", 14, [
        "quelles sont les capitales {de}", "c'est quoi les capitales {de}", "combien de capitales {has} {x}",
        "{x} {has} combien de capitales", "donne-moi les {num} capitales {de}", "c'est quoi les {num} capitales {de}",
        "est-ce que {x} {has} plusieurs capitales", ("c'est quoi ça les capitales {de}", "fr-CA"),
    ]),
    ("shared-name", "shared", 16, [
        "quelle est la capitale {de}", "c'est quoi la capitale {de}", "dis-moi la capitale {de}",
        ("c'est quoi la capitale {de} mettons", "fr-CA"),
    ]),
    ("subdivision", "subdivisions", 26, [
        "quelle est la capitale {de}", "c'est quoi la capitale {de}", "c'est quelle ville la capitale {de}",
        "{x} c'est quoi {its} capitale", "dis-moi la capitale {de}",
        ("pis c'est quoi la capitale {de}", "fr-CA"), ("tu sais-tu c'est quoi la capitale {de}", "fr-CA"),
        ("c'est quoi la capitale {de} déjà", "fr-CA"),
    ]),
]

OUT_OF_DOMAIN = [
    "c'est quoi la monnaie du japon", "combien d'habitants a la suisse", "quelle langue on parle au brésil",
    "quelle est la plus grande ville du canada", "quelle heure est-il à tokyo", "quel est le drapeau de l'italie",
    "c'est quoi l'hymne national de la belgique", "quelle est la superficie de la russie",
    "qui est le président du portugal", "quel est le plus long fleuve d'afrique", "combien de pays en europe",
    "quelle est la population de montréal", "c'est où le mont everest", "quel est le plus haut sommet des alpes",
    "quel capital minimum pour créer une entreprise", "comment calculer le capital d'un prêt", "c'est quoi un capital social",
    "la capitale des gaules c'est un surnom de quelle ville", "mets la radio capitale",
    "capitale en majuscule ça s'écrit comment", "c'est quoi une lettre capitale",
    "mets de la musique", "quelle météo demain à lyon", "mets un minuteur de dix minutes",
    "allume la lumière du salon", "raconte-moi une blague", "ajoute du lait à ma liste d'épicerie",
    "c'est quoi le score du canadien hier soir", "quel temps fait-il à québec", "réveille-moi à sept heures",
    "traduis bonjour en espagnol", "combien font douze fois huit", "joue le dernier album de céline dion",
    "quel âge a le roi d'angleterre", "c'est quoi la peine capitale", "quand est la fête nationale du québec",
    "combien coûte un billet pour paris", "c'est quoi la devise de la france",
    "c'est quoi la capitale européenne de la culture cette année", "c'est quoi la capitale mondiale du chocolat",
    "qui a gagné la coupe du monde en deux mille dix-huit", "quels pays ont une frontière avec la suisse",
    ("coudonc il fait-tu frette dehors", "fr-CA"), ("mets-moi de la musique québécoise", "fr-CA"),
]

OTHER = [
    ("AMAZON.FallbackIntent", "out-of-domain", OUT_OF_DOMAIN),
    ("AMAZON.HelpIntent", "help", [
        "qu'est-ce que je peux te demander", "comment ça marche ton truc", "j'ai besoin d'aide avec ce jeu",
        "explique-moi comment ça fonctionne", "aide-moi s'il te plaît", "qu'est-ce que tu sais faire exactement", "je sais pas quoi dire",
        ("comment on fait pour s'en servir", "fr-CA"), ("je comprends pas comment ça marche", "fr-CA"),
    ]),
    ("AMAZON.StopIntent", "stop", [
        "arrête s'il te plaît", "stop alexa", "arrête ça", "tais-toi", "c'est fini on arrête",
        ("arrête ça là", "fr-CA"),
    ]),
    ("AMAZON.CancelIntent", "cancel", [
        "annule ça", "laisse tomber", "oublie ça", "non annule", "finalement laisse tomber",
        ("laisse faire c'est correct", "fr-CA"),
    ]),
    ("LaunchRequest", "launch", [
        "ouvre capitales du monde", "lance capitales du monde", ("démarre capitales du monde", "fr-CA"),
    ]),
]

POOLS = {"countries": COUNTRIES, "official": OFFICIAL, "everyday": EVERYDAY, "several": SEVERAL, "shared": SHARED,
         "subdivisions": SUBDIVISIONS}

if __name__ == "__main__":
    main(globals())
