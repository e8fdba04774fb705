"""German (de-DE): what people ask a voice assistant about capitals, written by hand for German.

Spoken German says "die Hauptstadt von Frankreich" as often as the written "die Hauptstadt Frankreichs"; names
with an article take it in the genitive ("der Schweiz", "des Iran", "der USA"). A place is written with a helper
for its article; frames use {x} (subject), {of} ("von frankreich" / "der schweiz"), {gen} (genitive:
"frankreichs" / "der schweiz"), {pre} (prenominal genitive, only for names without an article: "frankreichs
hauptstadt"), {von} ("von frankreich" / "von der schweiz"), {dat} (dative after "mit", "bei"), {hat} (verb
agreeing with the subject), {num} (number of capitals), {city} (a capital, for the reverse question).
"""

DE = "de-DE"
LOCALES = {DE: 1}
SPOKEN = r"[a-zäöüß]+(-[a-zäöüß]+)*( [a-zäöüß]+(-[a-zäöüß]+)*)*"


def bare(name, **extra):
    sibilant = name[-1] in "sxzß"
    forms = {"x": name, "of": "von " + name, "gen": "von " + name if sibilant else name + "s", "von": "von " + name,
             "dat": name, "hat": "hat", "n": name, **extra}
    if not sibilant:
        forms["pre"] = name + "s"
    return forms


def fem(name, **extra):
    return {"x": "die " + name, "of": "der " + name, "gen": "der " + name, "von": "von der " + name,
            "dat": "der " + name, "hat": "hat", "n": name, **extra}


def masc(name, **extra):
    return {"x": "der " + name, "of": "des " + name, "gen": "des " + name, "von": "vom " + name,
            "dat": "dem " + name, "hat": "hat", "n": name, **extra}


def plural(name, dative=None, **extra):
    return {"x": "die " + name, "of": "der " + name, "gen": "der " + name, "von": "von den " + (dative or name),
            "dat": "den " + (dative or name), "hat": "haben", "n": name, **extra}


def p(*names, **extra):
    return [bare(name, **extra) for name in names]


PLACES = {
    "DE": p("deutschland"), "FR": p("frankreich"), "IT": p("italien"), "ES": p("spanien"), "PT": p("portugal"),
    "AT": p("österreich"), "CH": [fem("schweiz")], "NL": [plural("niederlande", "niederlanden", num="zwei"),
                                                          bare("holland", num="zwei")],
    "BE": p("belgien"), "LU": p("luxemburg"), "DK": p("dänemark"), "SE": p("schweden"), "NO": p("norwegen"),
    "FI": p("finnland"), "IS": p("island"), "IE": p("irland"),
    "GB": [bare("großbritannien"), {"x": "das vereinigte königreich", "of": "des vereinigten königreichs",
                                     "gen": "des vereinigten königreichs", "von": "vom vereinigten königreich",
                                     "dat": "dem vereinigten königreich", "hat": "hat", "n": "vereinigtes königreich"}],
    "PL": p("polen"), "CZ": [bare("tschechien"), fem("tschechische republik")], "SK": [fem("slowakei")],
    "HU": p("ungarn"), "RO": p("rumänien"), "BG": p("bulgarien"), "GR": p("griechenland"), "TR": [fem("türkei")],
    "HR": p("kroatien"), "SI": p("slowenien"), "RS": p("serbien"), "AL": p("albanien"), "UA": [fem("ukraine")],
    "RU": p("russland"), "BY": p("belarus", "weißrussland"), "EE": p("estland"), "LV": p("lettland"),
    "LT": p("litauen"), "US": [plural("usa"), plural("vereinigten staaten"), bare("amerika")], "CA": p("kanada"),
    "MX": p("mexiko"), "BR": p("brasilien"), "AR": p("argentinien"), "CL": p("chile"), "PE": p("peru"),
    "CO": p("kolumbien"), "VE": p("venezuela"), "CU": p("kuba"), "BO": p("bolivien", num="zwei"), "CN": p("china"),
    "JP": p("japan"), "IN": p("indien"), "PK": p("pakistan"), "IR": [masc("iran")], "IQ": [masc("irak")],
    "IL": p("israel"), "LB": [masc("libanon")], "SY": p("syrien"), "JO": p("jordanien"), "SA": p("saudi-arabien"),
    "QA": p("katar"), "AE": [plural("vereinigten arabischen emirate", "vereinigten arabischen emiraten"),
                             plural("emirate", "emiraten")],
    "AF": p("afghanistan"), "NP": p("nepal"), "TH": p("thailand"), "VN": p("vietnam"),
    "PH": [plural("philippinen")], "ID": p("indonesien"), "MY": p("malaysia", num="zwei"),
    "LK": p("sri lanka", num="zwei"), "KR": p("südkorea"), "KP": p("nordkorea"), "MN": [fem("mongolei")],
    "KZ": p("kasachstan"), "EG": p("ägypten"), "MA": p("marokko"), "TN": p("tunesien"), "DZ": p("algerien"),
    "ZA": p("südafrika", num="drei"), "NG": p("nigeria"), "KE": p("kenia"), "ET": p("äthiopien"), "GH": p("ghana"),
    "SN": [masc("senegal")], "CI": [fem("elfenbeinküste", num="zwei")], "BJ": p("benin", num="zwei"),
    "PS": p("palästina", num="zwei"), "SZ": p("eswatini", "swasiland", num="zwei"), "AU": p("australien"),
    "NZ": p("neuseeland"), "LI": p("liechtenstein"), "MC": p("monaco"), "VA": [masc("vatikan"), fem("vatikanstadt")],
    "AD": p("andorra"), "MT": p("malta"), "CY": p("zypern"), "GE": p("georgien"), "AM": p("armenien"),
    "AZ": p("aserbaidschan"), "MG": p("madagaskar"), "TZ": p("tansania"), "JM": p("jamaika"), "HT": p("haiti"),
}
SEVERAL = ["ZA", "BO", "NL", "CI", "BJ", "LK", "MY", "PS", "SZ"]

SHARED = [
    (bare("korea"), "KP+KR"), (plural("beiden koreas"), "KP+KR"), (masc("kongo"), "CD+CG"),
    (bare("kongo"), "CD+CG"), (fem("demokratische republik kongo"), "CD"), (bare("guinea"), "GN"),
    (bare("äquatorialguinea"), "GQ"), (bare("guinea-bissau"), "GW"), (bare("papua-neuguinea"), "PG"),
    (masc("niger"), "NE"), (bare("nigeria"), "NG"), (fem("dominikanische republik"), "DO"),
    (masc("südsudan"), "SS"), (masc("sudan"), "SD"),
]

SUBDIVISIONS = [
    (bare("bayern"), "DE-BY"), (bare("sachsen"), "DE-SN"), (bare("hessen"), "DE-HE"), (bare("niedersachsen"), "DE-NI"),
    (bare("nordrhein-westfalen"), "DE-NW"), (bare("baden-württemberg"), "DE-BW"), (bare("thüringen"), "DE-TH"),
    (bare("brandenburg"), "DE-BB"), (bare("mecklenburg-vorpommern"), "DE-MV"), (bare("schleswig-holstein"), "DE-SH"),
    (bare("rheinland-pfalz"), "DE-RP"), ({"x": "das saarland", "of": "des saarlandes", "gen": "des saarlandes",
                                          "von": "vom saarland", "dat": "dem saarland", "hat": "hat", "n": "saarland"},
                                         "DE-SL"),
    (bare("sachsen-anhalt"), "DE-ST"), (bare("kalifornien"), "US-CA"), (bare("texas"), "US-TX"),
    (bare("schottland"), "GB-SCT"), (bare("england"), "GB-ENG"), (bare("grönland"), "GL"),
]

CITIES = [
    ({"city": "nairobi"}, "KE"), ({"city": "lissabon"}, "PT"), ({"city": "wien"}, "AT"), ({"city": "warschau"}, "PL"),
    ({"city": "kairo"}, "EG"), ({"city": "canberra"}, "AU+AU-ACT"), ({"city": "ottawa"}, "CA"), ({"city": "oslo"}, "NO"),
    ({"city": "dakar"}, "SN"), ({"city": "prag"}, "CZ"), ({"city": "kopenhagen"}, "DK"),
]

QUESTION = ["was ist die hauptstadt {of}", "wie heißt die hauptstadt {of}", "kennst du die hauptstadt {of}",
            "sag mir die hauptstadt {of}", "was ist die hauptstadt {gen}"]

FAMILIES = [
    ("direct-question", "countries", 40, [
        "was ist die hauptstadt {of}", "wie heißt die hauptstadt {of}", "welches ist die hauptstadt {of}",
        "wie lautet die hauptstadt {of}", "was ist eigentlich die hauptstadt {of}", "was ist die hauptstadt {von}",
        "wie heißt die hauptstadt {von}", "welche hauptstadt {hat} {x}"]),
    ("genitive", "countries", 20, [
        "was ist die hauptstadt {gen}", "wie heißt die hauptstadt {gen}", "was ist {pre} hauptstadt",
        "wie heißt {pre} hauptstadt", "welche stadt ist {pre} hauptstadt", "nenn mir die hauptstadt {gen}"]),
    ("which-city", "countries", 18, [
        "welche stadt ist die hauptstadt {of}", "welche stadt ist hauptstadt {von}", "welche stadt ist die hauptstadt {gen}",
        "die hauptstadt {of} ist welche stadt"]),
    ("polite-request", "countries", 30, [
        "sag mir die hauptstadt {of}", "sag mir bitte die hauptstadt {of}", "nenn mir die hauptstadt {of}",
        "kannst du mir sagen was die hauptstadt {of} ist", "kannst du mir die hauptstadt {of} sagen",
        "könntest du mir sagen wie die hauptstadt {of} heißt", "ich möchte wissen was die hauptstadt {of} ist",
        "ich würde gerne die hauptstadt {of} wissen", "die hauptstadt {of} bitte", "was ist bitte die hauptstadt {of}",
        "verrate mir die hauptstadt {of}", "bitte sag mir wie die hauptstadt {of} heißt",
        "sagst du mir die hauptstadt {of}"]),
    ("do-you-know", "countries", 25, [
        "weißt du was die hauptstadt {of} ist", "weißt du wie die hauptstadt {of} heißt", "kennst du die hauptstadt {of}",
        "weißt du die hauptstadt {of}", "ich habe vergessen wie die hauptstadt {of} heißt",
        "ich weiß nicht mehr was die hauptstadt {of} ist", "ich frage mich was die hauptstadt {of} ist",
        "weißt du welche stadt die hauptstadt {of} ist"]),
    ("topicalized", "countries", 16, [
        "{x} was ist da die hauptstadt", "{x} wie heißt da die hauptstadt", "die hauptstadt {of} wie heißt die",
        "bei {dat} was ist da die hauptstadt"]),
    ("leading-filler", "countries", 16, [
        "hey was ist die hauptstadt {of}", "sag mal was ist die hauptstadt {of}", "also was ist die hauptstadt {of}",
        "äh was ist die hauptstadt {of}", "hallo wie heißt die hauptstadt {of}", "eine frage was ist die hauptstadt {of}",
        "du sag mal wie heißt die hauptstadt {of}", "ähm welche stadt ist die hauptstadt {of}"]),
    ("trailing-words", "countries", 16, [
        "was ist die hauptstadt {of} nochmal", "wie heißt die hauptstadt {of} nochmal",
        "was war die hauptstadt {of} nochmal", "was ist die hauptstadt {of} danke",
        "was ist die hauptstadt {of} eigentlich", "wie heißt die hauptstadt {of} gleich"]),
    ("bare-name", "countries", 16, ["hauptstadt {of}", "die hauptstadt {of}", "hauptstadt {gen}", "{n} hauptstadt",
                                    "hauptstadt {n}"]),
    ("follow-up", "countries", 16, [
        "und {x}", "und {von}", "und die hauptstadt {of}", "was ist mit {dat}", "und jetzt {x}",
        "wie ist es mit {dat}", "und wie sieht es mit {dat} aus", "und bei {dat}"]),
    ("everyday-name", "alternatives", 8, QUESTION),
    ("plural-capitals", "several", 14, [
        "was sind die hauptstädte {of}", "wie viele hauptstädte {hat} {x}", "welche hauptstädte {hat} {x}",
        "was sind die {num} hauptstädte {of}", "nenn mir die hauptstädte {of}",
        "{x} {hat} {num} hauptstädte welche sind das"]),
    ("shared-name", "shared", 14, QUESTION),
    ("subdivision", "subdivisions", 18, QUESTION[:4] + [
        "was ist die landeshauptstadt {of}", "wie heißt die landeshauptstadt {of}", "was ist {pre} landeshauptstadt"]),
    ("reverse-question", "cities", 8, [
        "{city} ist die hauptstadt von welchem land", "von welchem land ist {city} die hauptstadt",
        "welches land hat {city} als hauptstadt", "{city} ist hauptstadt von welchem land"]),
]

OUT_OF_DOMAIN = [
    "wie wird das wetter heute", "regnet es morgen", "stell einen timer auf zehn minuten", "wie spät ist es",
    "weck mich um sieben uhr", "spiel musik", "erzähl mir einen witz", "wie viele einwohner hat deutschland",
    "welche sprache spricht man in brasilien", "was ist die währung der schweiz", "welches ist das größte land der welt",
    "was ist die größte stadt in kanada", "wer ist der bundeskanzler", "wo liegt madagaskar",
    "was ist sieben mal acht", "übersetze hallo ins englische", "setz milch auf die einkaufsliste",
    "mach das licht im wohnzimmer an", "was ist eigenkapital", "wie heißt du", "wie alt bist du",
    "wie hoch ist der eiffelturm", "wie weit ist der mond entfernt", "was ist der längste fluss europas",
    "spiel bayern drei", "wie spät ist es in tokio", "wie hat der bvb gespielt",
    "wie sieht die flagge von japan aus", "wie viele länder gibt es in afrika", "was bedeutet großbuchstaben", "spiel die nachrichten", "welcher tag ist heute",
]
HELP = ["hilfe", "hilf mir", "ich brauche hilfe", "wie funktioniert das", "was kann ich fragen", "was kannst du",
        "ich weiß nicht was ich sagen soll"]
STOP = ["stopp", "stop", "halt", "hör auf", "beenden", "sei still"]
CANCEL = ["abbrechen", "vergiss es", "egal", "lass es", "schon gut"]
