"""Italian round-3 evaluation corpus (it-IT), written blind on 30 November 2026.

python3 tests/Eval/it/round3/source/build_corpus.py [--check]
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round3_romance_corpus import main  # noqa: E402

LANG = "it"
SEED = "round3-20261130-it"
WEIGHTS = {"it-IT": 1}

COUNTRIES = """
IT l'italia
FR la francia
DE la germania
ES la spagna
PT il portogallo
GB il regno unito|la gran bretagna
IE l'irlanda
BE il belgio
NL i paesi bassi|l'olanda
LU il lussemburgo
CH la svizzera
AT l'austria
DK la danimarca
SE la svezia
NO la norvegia
FI la finlandia
IS l'islanda
PL la polonia
CZ la repubblica ceca|la cechia
SK la slovacchia
HU l'ungheria
RO la romania
BG la bulgaria
GR la grecia
HR la croazia
SI la slovenia
RS la serbia
BA la bosnia ed erzegovina|la bosnia
ME il montenegro
MK la macedonia del nord|la macedonia
AL l'albania
XK il kosovo
UA l'ucraina
BY la bielorussia
MD la moldavia
LT la lituania
LV la lettonia
EE l'estonia
RU la russia
TR la turchia
CY cipro
MT malta
MC monaco|il principato di monaco
SM san marino
VA il vaticano|la città del vaticano
AD andorra
LI il liechtenstein
GE la georgia
AM l'armenia
AZ l'azerbaigian
KZ il kazakistan
UZ l'uzbekistan
AF l'afghanistan
PK il pakistan
IN l'india
NP il nepal
BT il bhutan
BD il bangladesh
CN la cina
JP il giappone
MN la mongolia
TW taiwan
VN il vietnam
LA il laos
KH la cambogia
TH la thailandia
MM il myanmar|la birmania
ID l'indonesia
PH le filippine
SG singapore
IR l'iran
IQ l'iraq
SY la siria
LB il libano
IL israele
JO la giordania
SA l'arabia saudita
YE lo yemen
OM l'oman
AE gli emirati arabi uniti|gli emirati
QA il qatar
KW il kuwait
EG l'egitto
LY la libia
TN la tunisia
DZ l'algeria
MA il marocco
SN il senegal
ML il mali
NE il niger
NG la nigeria
GH il ghana
CM il camerun
ET l'etiopia
ER l'eritrea
SO la somalia
KE il kenya
UG l'uganda
RW il ruanda
TZ la tanzania
MG il madagascar
MZ il mozambico
AO l'angola
ZM lo zambia
ZW lo zimbabwe
NA la namibia
BW il botswana
US gli stati uniti|l'america|gli usa
CA il canada
MX il messico
GT il guatemala
CU cuba
HT haiti
JM la giamaica
PA panama|il panama
CR il costa rica
NI il nicaragua
HN l'honduras
SV el salvador
CO la colombia
VE il venezuela
EC l'ecuador
PE il perù
BR il brasile
CL il cile
AR l'argentina
UY l'uruguay
PY il paraguay
AU l'australia
NZ la nuova zelanda
FJ le figi
SC le seychelles
MV le maldive
MU mauritius
"""

OFFICIAL = """
DE la repubblica federale di germania
CN la repubblica popolare cinese
US gli stati uniti d'america
GB il regno unito di gran bretagna e irlanda del nord
RU la federazione russa
CH la confederazione svizzera
KR la repubblica di corea
KP la repubblica popolare democratica di corea|la corea del nord
CD la repubblica democratica del congo|il congo kinshasa
CG la repubblica del congo|il congo brazzaville
VA lo stato della città del vaticano
SM la repubblica di san marino
DO la repubblica dominicana
MX gli stati uniti messicani
"""

EVERYDAY = """
GB la gran bretagna|il regno unito
NL l'olanda
US l'america|gli usa
CZ la cechia
MM la birmania
SZ lo swaziland
CI la costa d'avorio
BY la russia bianca
VA il vaticano
"""

SEVERAL = """
ZA il sudafrica #3
BO la bolivia #2
NL i paesi bassi|l'olanda #2
CI la costa d'avorio #2
BJ il benin #2
LK lo sri lanka #2
MY la malesia #2
PS la palestina #2
SZ l'eswatini|lo swaziland #2
"""

SHARED = """
KP+KR la corea|le due coree
CD+CG il congo|i due congo
VG+VI le isole vergini
KR la corea del sud
KP la corea del nord
GN la guinea
GQ la guinea equatoriale
GW la guinea bissau
NE il niger
NG la nigeria
SD il sudan
SS il sudan del sud
DM la dominica
DO la repubblica dominicana
"""

SUBDIVISIONS = """
US-TX il texas|lo stato del texas
US-CA la california
US-FL la florida
US-NY lo stato di new york
US-HI le hawaii
US-AK l'alaska
US-LA la louisiana
US-WA lo stato di washington
CA-QC il québec
CA-ON l'ontario
CA-BC la columbia britannica
GB-SCT la scozia
GB-WLS il galles
GB-NIR l'irlanda del nord
GB-ENG l'inghilterra
DE-BY la baviera
AU-NSW il nuovo galles del sud
GL la groenlandia
FO le isole faroe|le fær øer
PR porto rico
HK hong kong
"""

FAMILIES = [
    ("direct-question", "countries", 30, [
        "qual è la capitale {de}", "qual è la città capitale {de}", "che città è la capitale {de}",
        "la capitale {de} qual è", "quale città è la capitale {de}", "come si chiama la capitale {de}",
        "quale sarebbe la capitale {de}", "la capitale {de} com'è che si chiama",
    ]),
    ("polite-request", "countries", 22, [
        "dimmi la capitale {de}", "mi dici la capitale {de} per favore", "mi sapresti dire la capitale {de}",
        "vorrei sapere qual è la capitale {de}", "potresti dirmi la capitale {de}", "dimmi qual è la capitale {de}",
        "mi dai la capitale {de} per piacere", "per cortesia dimmi la capitale {de}",
    ]),
    ("indirect-question", "countries", 14, [
        "sai qual è la capitale {de}", "conosci la capitale {de}", "non mi ricordo la capitale {de}",
        "mi sono dimenticato la capitale {de}", "mi chiedevo qual è la capitale {de}", "hai idea di qual è la capitale {de}",
    ]),
    ("leading-filler", "countries", 12, [
        "senti qual è la capitale {de}", "allora qual è la capitale {de}", "ehm qual è la capitale {de}",
        "su dimmi la capitale {de}", "ascolta qual è la capitale {de}", "scusa qual è la capitale {de}",
    ]),
    ("trailing-words", "countries", 12, [
        "qual è la capitale {de} già", "qual è la capitale {de} per favore", "la capitale {de} grazie",
        "come si chiamava la capitale {de} che non mi ricordo", "qual è la capitale {de} scusa",
    ]),
    ("topicalized", "countries", 12, [
        "{x} che capitale {has}", "{x} qual è {its} capitale", "{x} la capitale qual è",
        "e {x} che capitale {has}", "parlando {de} qual è la capitale",
    ]),
    ("terse", "countries", 12, [
        "capitale {de}", "{x} capitale", "la capitale {de}", "{n} capitale",
    ]),
    ("follow-up", "countries", 14, [
        "e {x}", "e per {x}", "e quella {de}", "invece {x}", "e la capitale {de}", "e {x} invece",
    ]),
    ("self-correction", "countries", 10, [
        "qual è la capitale {de2} no scusa {de}", "dimmi la capitale {de2} anzi no {de}",
        "la capitale {de2} cioè {de}", "qual è la capitale {de2} ehm no {de}",
    ]),
    ("official-name", "official", 14, [
        "qual è la capitale {de}", "dimmi la capitale {de}", "come si chiama la capitale {de}",
    ]),
    ("everyday-name", "everyday", 9, [
        "qual è la capitale {de}", "sai la capitale {de}", "dimmi la capitale {de}",
    ]),
    ("plural-capitals", "several", 14, [
        "quali sono le capitali {de}", "quante capitali {has} {x}", "{x} {has} più capitali quali sono",
        "dimmi le {num} capitali {de}", "è vero che {x} {has} {num} capitali", "che capitali {has} {x}",
    ]),
    ("shared-name", "shared", 16, [
        "qual è la capitale {de}", "dimmi la capitale {de}", "la capitale {de} qual è",
    ]),
    ("subdivision", "subdivisions", 24, [
        "qual è la capitale {de}", "qual è il capoluogo {de}", "dimmi la capitale {de}",
        "{x} che capitale {has}", "come si chiama la capitale {de}",
    ]),
]

OUT_OF_DOMAIN = [
    "qual è la moneta del giappone", "quanti abitanti ha la svizzera", "che lingua si parla in brasile",
    "qual è la città più grande del canada", "che ore sono a tokyo", "com'è fatta la bandiera dell'irlanda",
    "qual è l'inno nazionale della francia", "quanto è grande la russia", "chi è il presidente del portogallo",
    "qual è il fiume più lungo d'europa", "quanti paesi ci sono in africa", "quanto è alto il monte bianco",
    "cos'è il capitale sociale", "quanto capitale serve per aprire una srl", "metti radio capital",
    "cosa vuol dire lettera maiuscola", "chi ha scritto il capitale di marx", "qual è la capitale della moda",
    "metti della musica rilassante", "che tempo fa domani a napoli", "imposta un timer di dieci minuti",
    "accendi la luce in cucina", "raccontami una barzelletta", "aggiungi il latte alla lista della spesa",
    "com'è finita la partita della juve", "svegliami alle sette", "traduci ciao in tedesco",
    "quanto fa dodici per otto", "quando è la festa della repubblica", "quali paesi confinano con l'austria",
    "qual è il piatto tipico del messico", "quanto costa un volo per parigi", "cos'è la pena capitale",
    "qual è il paese più piccolo del mondo", "quante regioni ha l'italia", "qual è il capoluogo di provincia più piccolo",
    "metti le canzoni di vasco rossi", "quanto dista roma da milano", "quanti fusi orari ha la russia",
    "in che continente si trova il perù", "qual è il vulcano più alto d'europa", "quando è nata la repubblica italiana",
    "che prefisso telefonico ha la spagna", "qual è la religione principale dell'india", "capitale iniziale cosa significa",
    "come si fa un aumento di capitale", "qual è la capitale europea della cultura quest'anno",
    "leggimi le notizie di oggi", "chiama la mamma", "che giorno è oggi", "spegni la radio della sala",
]

OTHER = [
    ("AMAZON.FallbackIntent", "out-of-domain", OUT_OF_DOMAIN),
    ("AMAZON.HelpIntent", "help", [
        "cosa ti posso chiedere", "come funziona questa cosa", "mi serve una mano", "spiegami come si usa",
        "che cosa sai fare", "aiutami per favore", "non ho capito come funziona", "come si gioca", "cosa devo dire per farti una domanda",
        "quali domande posso farti", "ho bisogno di aiuto con questa skill",
    ]),
    ("AMAZON.StopIntent", "stop", [
        "basta così", "fermati", "adesso basta alexa", "chiudi la skill", "stai zitta", "smettila", "stop alexa", "ferma tutto",
    ]),
    ("AMAZON.CancelIntent", "cancel", [
        "annulla tutto", "lascia perdere", "lascia stare", "annulla per favore", "niente lascia stare",
        "no annulla", "lascia perdere grazie", "annulla la domanda",
    ]),
    ("LaunchRequest", "launch", ["apri capitali del mondo", "avvia capitali del mondo"]),
]

POOLS = {"countries": COUNTRIES, "official": OFFICIAL, "everyday": EVERYDAY, "several": SEVERAL, "shared": SHARED,
         "subdivisions": SUBDIVISIONS}

if __name__ == "__main__":
    main(globals())
