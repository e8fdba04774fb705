"""German round-2 evaluation corpus (de-DE), written by hand and blind; see tests/Eval/README.md (Round 2).

python3 tests/Eval/de/round2/source/build_corpus.py [--check]
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round2_corpus import main  # noqa: E402

LANG = "de"
SEED = "20261130-de-round2"
LOCALE_WEIGHTS = {"de-DE": 1}

# Countries as Germans say them, with the article where German puts one; the first name is the everyday one.
COUNTRIES = """
DE deutschland
FR frankreich
IT italien
ES spanien
PT portugal
AT österreich
CH die schweiz
LI liechtenstein
LU luxemburg
BE belgien
NL die niederlande | holland
GB großbritannien | das vereinigte königreich
IE irland
DK dänemark
SE schweden
NO norwegen
FI finnland
IS island
PL polen
CZ tschechien | die tschechische republik
SK die slowakei
HU ungarn
SI slowenien
HR kroatien
RS serbien
BA bosnien und herzegowina | bosnien
AL albanien
MK nordmazedonien | mazedonien
GR griechenland
BG bulgarien
RO rumänien
MD moldau | moldawien
UA die ukraine
BY belarus | weißrussland
RU russland
LT litauen
LV lettland
EE estland
MT malta
CY zypern
TR die türkei
GE georgien
AM armenien
AZ aserbaidschan
KZ kasachstan
UZ usbekistan
MN die mongolei
CN china
JP japan
KR südkorea
KP nordkorea
TW taiwan
VN vietnam
TH thailand
MM myanmar | birma
ID indonesien
PH die philippinen
IN indien
PK pakistan
AF afghanistan
IR der iran | iran
IQ der irak | irak
SY syrien
LB der libanon
IL israel
JO jordanien
SA saudi-arabien
AE die vereinigten arabischen emirate | die emirate
YE der jemen
EG ägypten
MA marokko
DZ algerien
TN tunesien
LY libyen
SN der senegal | senegal
NG nigeria
GH ghana
KE kenia
ET äthiopien
TZ tansania
AO angola
NA namibia
MG madagaskar
CM kamerun
TD der tschad
US die usa | amerika | die vereinigten staaten
CA kanada
MX mexiko
CU kuba
JM jamaika
BR brasilien
AR argentinien
CL chile
PE peru
CO kolumbien
VE venezuela
EC ecuador
UY uruguay
AU australien
NZ neuseeland
"""

OFFICIAL = """
DE die bundesrepublik deutschland
FR die französische republik
US die vereinigten staaten von amerika
GB das vereinigte königreich
CH die schweizerische eidgenossenschaft
AT die republik österreich
CN die volksrepublik china
RU die russische föderation
CD die demokratische republik kongo
CG die republik kongo
KR die republik korea
KP die demokratische volksrepublik korea
ES das königreich spanien
LI das fürstentum liechtenstein
LU das großherzogtum luxemburg
VA die vatikanstadt | der vatikan
"""

SEVERAL = """
ZA südafrika
BO bolivien
NL die niederlande | holland
CI die elfenbeinküste
BJ benin
LK sri lanka
MY malaysia
PS palästina
SZ eswatini | swasiland
"""

SHARED = """
KP+KR korea | die beiden koreas
CD+CG der kongo | kongo
GE georgien
VG+VI die jungferninseln
GN guinea
GQ äquatorialguinea
GW guinea-bissau
NE der niger
NG nigeria
SD der sudan
SS der südsudan
DM dominica
DO die dominikanische republik
IE irland
GB-NIR nordirland
"""

SUBDIVISIONS = """
DE-BY bayern | der freistaat bayern
DE-BW baden-württemberg
DE-NW nordrhein-westfalen | nrw
DE-NI niedersachsen
DE-HE hessen
DE-SN sachsen
DE-TH thüringen
DE-ST sachsen-anhalt
DE-BB brandenburg
DE-MV mecklenburg-vorpommern
DE-SH schleswig-holstein
DE-RP rheinland-pfalz
DE-SL das saarland
US-CA kalifornien
US-TX texas
GB-SCT schottland
GB-ENG england
"""

POOLS = {"countries": COUNTRIES, "official": OFFICIAL, "several": SEVERAL, "shared": SHARED,
         "subdivisions": SUBDIVISIONS}

NUMBERS = {"ZA": "drei"}
PLURALS = ("die niederlande", "die usa", "die vereinigten", "die emirate", "die philippinen", "die jungferninseln",
           "die beiden")
# Forms the rules below would get wrong.
OVERRIDES = {
    "das vereinigte königreich": {"of": ["des vereinigten königreichs", "vom vereinigten königreich"],
                                  "gen": "des vereinigten königreichs", "dat": "dem vereinigten königreich"},
}


def oblique(words):
    """A feminine name after "der": "die französische republik" -> "französischen republik"."""
    return " ".join(word + "n" if word.endswith("ische") else word for word in words.split())


def forms(name, ident, rng):
    """A place's forms, and for a German Land the word "landeshauptstadt" and the name after "bundesland"."""
    found = place_forms(name, ident, rng)
    land = ident.startswith("DE-")
    found["lhs"] = "landeshauptstadt" if land else "hauptstadt"
    found["land"] = (found["bare"] or name) if land else None
    return found


def place_forms(name, ident, rng):
    """The forms a frame needs: subject, "of" (von + dative or the genitive, as people alternate them), genitive after
    the noun ("die hauptstadt frankreichs"), genitive before it ("frankreichs hauptstadt"), dative, bare name."""
    article, _, rest = name.partition(" ")
    num = NUMBERS.get(ident, "zwei")
    if name in OVERRIDES:
        found = OVERRIDES[name]
        return {"subj": name, "of": rng.choice(found["of"]), "gen": found["gen"], "pgen": None, "dat": found["dat"],
                "bare": None, "plural": False, "num": num}
    if name.startswith(PLURALS):
        gen, dat, plural = "der " + rest, "den " + rest + ("n" if rest.endswith("e") else ""), True
        of = rng.choice([gen, "von " + dat])
    elif article == "die":
        gen = dat = "der " + oblique(rest)
        of, plural = rng.choice([gen, "von " + dat]), False
    elif article in ("der", "das"):
        first, _, tail = rest.partition(" ")
        gen = " ".join(["des", first + ("" if first.endswith("s") else "s"), tail]).strip()
        dat, plural = "dem " + rest, False
        of = rng.choice([gen, "vom " + rest])
    else:
        gen = None if name.endswith(("s", "z", "x", "ß")) or " " in name else name + "s"
        dat, plural, of = name, False, "von " + name
        return {"subj": name, "of": of, "gen": gen, "pgen": gen, "dat": dat, "bare": name, "plural": plural,
                "num": num}
    return {"subj": name, "of": of, "gen": gen, "pgen": None, "dat": dat, "bare": rest, "plural": plural, "num": num}


FAMILIES = [
    ("direct-question", 30, "countries", [
        "was ist die hauptstadt {of}",
        "was ist die hauptstadt {of}",
        "wie heißt die hauptstadt {of}",
        "wie heißt die hauptstadt {of}",
        "wie lautet die hauptstadt {of}",
        "was ist denn die hauptstadt {of}",
        "welches ist die hauptstadt {of}",
        "wie ist die hauptstadt {of}",
        "was ist eigentlich die hauptstadt {of}",
    ]),
    ("genitive", 14, "countries", [
        "was ist die hauptstadt {gen}",
        "wie heißt die hauptstadt {gen}",
        "was ist {pgen} hauptstadt",
        "wie heißt {pgen} hauptstadt",
        "welche stadt ist die hauptstadt {gen}",
        "sag mir die hauptstadt {gen}",
    ]),
    ("which-city", 12, "countries", [
        "welche stadt ist die hauptstadt {of}",
        "welche stadt ist hauptstadt {of}",
        "die hauptstadt {of} ist welche stadt",
        "welche stadt ist denn die hauptstadt {of}",
    ]),
    ("polite-request", 20, "countries", [
        "kannst du mir sagen was die hauptstadt {of} ist",
        "kannst du mir bitte die hauptstadt {of} sagen",
        "könntest du mir sagen wie die hauptstadt {of} heißt",
        "ich möchte gerne wissen was die hauptstadt {of} ist",
        "ich würde gern wissen wie die hauptstadt {of} heißt",
        "die hauptstadt {of} bitte",
        "bitte sag mir die hauptstadt {of}",
        "kannst du mir die hauptstadt {of} nennen",
        "was ist bitte die hauptstadt {of}",
    ]),
    ("imperative", 14, "countries", [
        "sag mir die hauptstadt {of}",
        "nenn mir die hauptstadt {of}",
        "sag mal die hauptstadt {of}",
        "sag mir mal was die hauptstadt {of} ist",
        "verrat mir die hauptstadt {of}",
        "such mal die hauptstadt {of}",
        "sag mir wie die hauptstadt {of} heißt",
    ]),
    ("do-you-know", 12, "countries", [
        "weißt du die hauptstadt {of}",
        "weißt du was die hauptstadt {of} ist",
        "kennst du die hauptstadt {of}",
        "ich hab vergessen was die hauptstadt {of} ist",
        "mir fällt die hauptstadt {of} nicht ein",
        "ich komm nicht auf die hauptstadt {of}",
        "weißt du wie die hauptstadt {of} heißt",
    ]),
    ("leading-filler", 12, "countries", [
        "ähm was ist die hauptstadt {of}",
        "äh wie heißt die hauptstadt {of}",
        "also was ist die hauptstadt {of}",
        "sag mal was ist die hauptstadt {of}",
        "hey was ist die hauptstadt {of}",
        "du sag mal wie heißt die hauptstadt {of}",
        "ok und was ist die hauptstadt {of}",
        "na wie heißt die hauptstadt {of}",
    ]),
    ("trailing-words", 10, "countries", [
        "was ist die hauptstadt {of} nochmal",
        "wie heißt die hauptstadt {of} noch mal",
        "was war nochmal die hauptstadt {of}",
        "wie hieß die hauptstadt {of} gleich",
        "was ist die hauptstadt {of} eigentlich",
        "wie heißt die hauptstadt {of} denn",
    ]),
    ("topicalized", 10, "countries", [
        "{subj} was ist da die hauptstadt",
        "{subj} wie heißt da die hauptstadt",
        "{subj} was ist denn da die hauptstadt",
        "und {subj} was ist da die hauptstadt",
        "{subj} welche stadt ist da die hauptstadt",
    ]),
    ("bare-name", 12, "countries", [
        "hauptstadt {of}",
        "die hauptstadt {of}",
        "hauptstadt {bare}",
        "{bare} hauptstadt",
        "hauptstadt {gen}",
    ]),
    ("follow-up", 14, "countries", [
        "und {subj}",
        "und {of}",
        "und was ist mit {dat}",
        "und wie sieht es mit {dat} aus",
        "und die hauptstadt {of}",
        "und für {subj}",
        "dasselbe für {subj}",
        "jetzt noch {subj}",
    ]),
    ("everyday-name", 8, "everyday", [
        "was ist die hauptstadt {of}",
        "wie heißt die hauptstadt {of}",
        "sag mir die hauptstadt {of}",
        "hauptstadt {of}",
    ]),
    ("official-name", 12, "official", [
        "was ist die hauptstadt {of}",
        "wie heißt die hauptstadt {gen}",
        "sag mir die hauptstadt {of}",
        "welche stadt ist die hauptstadt {gen}",
    ]),
    ("plural-capitals", 14, "several", [
        "welche hauptstädte {hat|haben} {subj}",
        "wie viele hauptstädte {hat|haben} {subj}",
        "was sind die hauptstädte {of}",
        "wie heißen die {num} hauptstädte {of}",
        "stimmt es dass {subj} {num} hauptstädte {hat|haben}",
        "nenn mir die hauptstädte {of}",
        "warum {hat|haben} {subj} {num} hauptstädte",
    ]),
    ("shared-name", 12, "shared", [
        "was {ist die hauptstadt|sind die hauptstädte} {of}",
        "wie {heißt die hauptstadt|heißen die hauptstädte} {of}",
        "sag mir {die hauptstadt|die hauptstädte} {of}",
    ]),
    ("subdivision", 14, "subdivisions", [
        "was ist die {lhs} {of}",
        "wie heißt die {lhs} {of}",
        "was ist die hauptstadt {of}",
        "welche stadt ist die {lhs} {of}",
        "{lhs} {of}",
        "was ist die hauptstadt vom bundesland {land}",
    ]),
]

OTHER = {
    "AMAZON.FallbackIntent": [
        "wie wird das wetter morgen",
        "regnet es heute in hamburg",
        "spiel musik",
        "spiel was von helene fischer",
        "stell einen timer auf zehn minuten",
        "weck mich um sieben uhr",
        "wie spät ist es",
        "wie viele einwohner hat frankreich",
        "welche währung hat die schweiz",
        "welche sprache spricht man in brasilien",
        "was ist die größte stadt der usa",
        "wo liegt mali",
        "wie lang ist der rhein",
        "erzähl mir einen witz",
        "setz milch auf die einkaufsliste",
        "mach das licht im wohnzimmer an",
        "wie hat bayern gespielt",
        "was ist das stammkapital einer gmbh",
        "was ist zwölf mal acht",
        "übersetze guten morgen ins englische",
        "wer ist der bundeskanzler",
        "wie hoch ist die zugspitze",
        "was läuft heute im fernsehen",
        "wie weit ist es bis nach münchen",
    ],
    "AMAZON.HelpIntent": ["hilfe", "hilf mir", "ich brauche hilfe", "wie funktioniert das", "was kann ich dich fragen",
                          "was kann ich hier machen"],
    "AMAZON.StopIntent": ["stopp", "stop", "halt", "hör auf", "sei still"],
    "AMAZON.CancelIntent": ["abbrechen", "abbruch", "vergiss es", "brich ab", "lass gut sein"],
}

if __name__ == "__main__":
    sys.exit(main(sys.modules[__name__]))
