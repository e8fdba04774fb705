"""Italian round-2 evaluation corpus (it-IT), written by hand and blind; see tests/Eval/README.md (Round 2).

python3 tests/Eval/it/round2/source/build_corpus.py [--check]
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round2_corpus import main  # noqa: E402

LANG = "it"
SEED = "20261130-it-round2"
LOCALE_WEIGHTS = {"it-IT": 1}

# Countries as Italians say them, with their article; the first name is the everyday one.
COUNTRIES = """
IT l'italia
FR la francia
DE la germania
ES la spagna
PT il portogallo
CH la svizzera
AT l'austria
BE il belgio
NL l'olanda | i paesi bassi
LU il lussemburgo
LI il liechtenstein
GB il regno unito | la gran bretagna
IE l'irlanda
DK la danimarca
SE la svezia
NO la norvegia
FI la finlandia
IS l'islanda
PL la polonia
CZ la repubblica ceca | la cechia
SK la slovacchia
HU l'ungheria
SI la slovenia
HR la croazia
RS la serbia
BA la bosnia | la bosnia ed erzegovina
ME il montenegro
AL l'albania
MK la macedonia del nord | la macedonia
GR la grecia
BG la bulgaria
RO la romania
MD la moldavia
UA l'ucraina
BY la bielorussia
RU la russia
LT la lituania
LV la lettonia
EE l'estonia
MT malta
CY cipro
SM san marino
AD andorra
TR la turchia
AM l'armenia
AZ l'azerbaigian
CN la cina
JP il giappone
KR la corea del sud
KP la corea del nord
IN l'india
PK il pakistan
AF l'afghanistan
IR l'iran
IQ l'iraq
SY la siria
LB il libano
IL israele
JO la giordania
SA l'arabia saudita
AE gli emirati arabi uniti | gli emirati
QA il qatar
YE lo yemen
VN il vietnam
TH la thailandia
PH le filippine
ID l'indonesia
MN la mongolia
KZ il kazakistan
NP il nepal
EG l'egitto
MA il marocco
DZ l'algeria
TN la tunisia
LY la libia
SN il senegal
NG la nigeria
GH il ghana
KE il kenya
ET l'etiopia
ER l'eritrea
SO la somalia
AO l'angola
MZ il mozambico
ZW lo zimbabwe
MG il madagascar
CM il camerun
US gli stati uniti | l'america | gli usa
CA il canada
MX il messico
CU cuba
BR il brasile
AR l'argentina
CL il cile
PE il perù
CO la colombia
VE il venezuela
EC l'ecuador
UY l'uruguay
AU l'australia
NZ la nuova zelanda
"""

OFFICIAL = """
IT la repubblica italiana
DE la repubblica federale di germania | la repubblica federale tedesca
FR la repubblica francese
US gli stati uniti d'america
GB il regno unito di gran bretagna e irlanda del nord
CH la confederazione svizzera
CN la repubblica popolare cinese
RU la federazione russa
CD la repubblica democratica del congo
CG la repubblica del congo
KR la repubblica di corea
KP la repubblica popolare democratica di corea
ES il regno di spagna
VA la città del vaticano | il vaticano | la santa sede
SM la repubblica di san marino
MC il principato di monaco
"""

SEVERAL = """
ZA il sudafrica
BO la bolivia
NL i paesi bassi | l'olanda
CI la costa d'avorio
BJ il benin
LK lo sri lanka
MY la malesia
PS la palestina
SZ l'eswatini | lo swaziland
"""

SHARED = """
KP+KR la corea | le due coree
CD+CG il congo | i due congo
GE la georgia
VG+VI le isole vergini
GN la guinea
GQ la guinea equatoriale
GW la guinea-bissau
NE il niger
NG la nigeria
SD il sudan
SS il sudan del sud
DM la dominica
DO la repubblica dominicana
IE l'irlanda
GB-NIR l'irlanda del nord
"""

SUBDIVISIONS = """
DE-BY la baviera
DE-NW la renania settentrionale-vestfalia
DE-SN la sassonia
US-CA la california
US-TX il texas
US-FL la florida
US-NY lo stato di new york
US-HI le hawaii
GB-SCT la scozia
GB-ENG l'inghilterra
GB-WLS il galles
CA-QC il québec
AU-NSW il nuovo galles del sud
"""

POOLS = {"countries": COUNTRIES, "official": OFFICIAL, "several": SEVERAL, "shared": SHARED,
         "subdivisions": SUBDIVISIONS}

NUMBERS = {"ZA": "tre"}
# "di" joined with each article, and whether the article is plural.
OF = {"la ": ("della ", False), "il ": ("del ", False), "lo ": ("dello ", False), "l'": ("dell'", False),
      "gli ": ("degli ", True), "i ": ("dei ", True), "le ": ("delle ", True)}


def forms(name, ident, rng):
    """The forms a frame needs: the subject with its article, "di" joined with it, the bare name, and plurality."""
    article = next((article for article in OF if name.startswith(article)), None)
    if article is None:
        return {"subj": name, "of": "di " + name, "bare": name, "plural": False, "num": NUMBERS.get(ident, "due")}
    of, plural = OF[article]
    bare = name[len(article):]
    return {"subj": name, "of": of + bare, "bare": bare, "plural": plural, "num": NUMBERS.get(ident, "due")}


FAMILIES = [
    ("direct-question", 30, "countries", [
        "qual è la capitale {of}",
        "qual è la capitale {of}",
        "qual è la capitale {of}",
        "che capitale ha {subj}",
        "come si chiama la capitale {of}",
        "la capitale {of} qual è",
        "quale è la capitale {of}",
        "qual è il nome della capitale {of}",
    ]),
    ("which-city", 12, "countries", [
        "quale città è la capitale {of}",
        "che città è la capitale {of}",
        "qual è la città capitale {of}",
        "la capitale {of} che città è",
    ]),
    ("polite-request", 22, "countries", [
        "mi puoi dire qual è la capitale {of}",
        "potresti dirmi la capitale {of} per favore",
        "vorrei sapere qual è la capitale {of}",
        "mi piacerebbe sapere la capitale {of}",
        "la capitale {of} per favore",
        "per favore qual è la capitale {of}",
        "mi sai dire la capitale {of}",
        "sapresti dirmi qual è la capitale {of}",
        "mi diresti la capitale {of}",
        "mi potresti dire qual è la capitale {of}",
    ]),
    ("imperative", 14, "countries", [
        "dimmi la capitale {of}",
        "dimmi qual è la capitale {of}",
        "mi dici la capitale {of}",
        "dammi la capitale {of}",
        "cercami la capitale {of}",
        "ricordami la capitale {of}",
        "mi dica la capitale {of}",
    ]),
    ("do-you-know", 12, "countries", [
        "sai qual è la capitale {of}",
        "conosci la capitale {of}",
        "sai la capitale {of}",
        "non mi ricordo la capitale {of}",
        "ho dimenticato la capitale {of}",
        "mi sono scordato la capitale {of}",
        "non ricordo qual è la capitale {of}",
    ]),
    ("leading-filler", 12, "countries", [
        "allora qual è la capitale {of}",
        "ehm qual è la capitale {of}",
        "senti qual è la capitale {of}",
        "ma qual è la capitale {of}",
        "dunque la capitale {of}",
        "ehi dimmi la capitale {of}",
        "scusa qual è la capitale {of}",
        "ascolta qual è la capitale {of}",
    ]),
    ("trailing-words", 10, "countries", [
        "qual era la capitale {of}",
        "qual è la capitale {of} già",
        "com'era la capitale {of}",
        "qual è di preciso la capitale {of}",
        "qual è la capitale {of} esattamente",
        "qual era già la capitale {of}",
    ]),
    ("topicalized", 10, "countries", [
        "{subj} che capitale {ha|hanno}",
        "{subj} qual è la {sua|loro} capitale",
        "{subj} la capitale qual è",
        "per {subj} qual è la capitale",
        "e {subj} qual è la capitale",
    ]),
    ("bare-name", 12, "countries", [
        "capitale {of}",
        "la capitale {of}",
        "capitale {bare}",
        "{bare} capitale",
    ]),
    ("follow-up", 14, "countries", [
        "e {subj}",
        "e {of}",
        "e la capitale {of}",
        "e per {subj}",
        "e invece {subj}",
        "lo stesso per {subj}",
        "e quella {of}",
    ]),
    ("everyday-name", 8, "everyday", [
        "qual è la capitale {of}",
        "dimmi la capitale {of}",
        "la capitale {of}",
    ]),
    ("official-name", 12, "official", [
        "qual è la capitale {of}",
        "dimmi la capitale {of}",
        "quale città è la capitale {of}",
        "la capitale {of}",
    ]),
    ("plural-capitals", 14, "several", [
        "quali sono le capitali {of}",
        "quante capitali {ha|hanno} {subj}",
        "perché {subj} {ha|hanno} {num} capitali",
        "dimmi le capitali {of}",
        "è vero che {subj} {ha|hanno} {num} capitali",
        "quali sono le {num} capitali {of}",
        "che capitali {ha|hanno} {subj}",
    ]),
    ("shared-name", 12, "shared", [
        "{qual è la capitale|quali sono le capitali} {of}",
        "dimmi {la capitale|le capitali} {of}",
        "{la capitale|le capitali} {of}",
    ]),
    ("subdivision", 12, "subdivisions", [
        "qual è la capitale {of}",
        "qual è il capoluogo {of}",
        "dimmi la capitale {of}",
        "che città è la capitale {of}",
    ]),
]

OTHER = {
    "AMAZON.FallbackIntent": [
        "che tempo fa domani",
        "pioverà oggi a milano",
        "metti della musica",
        "fammi sentire vasco rossi",
        "imposta un timer di dieci minuti",
        "svegliami alle sette",
        "che ore sono",
        "quanti abitanti ha la francia",
        "qual è la moneta della svizzera",
        "che lingua si parla in brasile",
        "qual è la città più grande degli stati uniti",
        "dove si trova il mali",
        "quanto è lungo il po",
        "raccontami una barzelletta",
        "aggiungi il latte alla lista della spesa",
        "accendi la luce in salotto",
        "com'è finita la partita della juve",
        "cos'è il capitale sociale di una società",
        "quanto fa dodici per otto",
        "traduci buongiorno in inglese",
        "chi è il presidente della repubblica",
        "quanto è alto il monte bianco",
        "qual è il piatto tipico del giappone",
        "cosa danno stasera in tv",
    ],
    "AMAZON.HelpIntent": ["aiuto", "aiutami", "ho bisogno di aiuto", "come funziona", "cosa posso chiederti",
                          "che cosa sai fare"],
    "AMAZON.StopIntent": ["stop", "basta", "fermati", "smettila", "zitta"],
    "AMAZON.CancelIntent": ["annulla", "lascia perdere", "lascia stare", "non importa", "annullare"],
}

if __name__ == "__main__":
    sys.exit(main(sys.modules[__name__]))
