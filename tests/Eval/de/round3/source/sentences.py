"""German (de-DE) round-3 evaluation sentences, written blind for issue 15 (see tests/Eval/README.md, "Round 3").

Filled and split by tests/Eval/source/round3_germanic_corpus.py. Everything is as ASR writes it: lower case, umlauts and
ß kept, no punctuation but apostrophes, hyphens as spaces.
"""

# How each place is said: id | name alone | after "die hauptstadt" (genitive or von) | with "von" as people say it
# colloquially (dative: "von der schweiz", "vom iran", "von den usa") | as a subject ("die schweiz", "der iran").
# The everyday name where it differs from the official one (usa, großbritannien, elfenbeinküste, kap verde, vatikan).
_TABLE = """
AD|andorra|von andorra|von andorra|andorra
AE|vereinigte arabische emirate|der vereinigten arabischen emirate|von den vereinigten arabischen emiraten|die vereinigten arabischen emirate
AF|afghanistan|von afghanistan|von afghanistan|afghanistan
AG|antigua und barbuda|von antigua und barbuda|von antigua und barbuda|antigua und barbuda
AL|albanien|von albanien|von albanien|albanien
AM|armenien|von armenien|von armenien|armenien
AO|angola|von angola|von angola|angola
AR|argentinien|von argentinien|von argentinien|argentinien
AT|österreich|von österreich|von österreich|österreich
AU|australien|von australien|von australien|australien
AW|aruba|von aruba|von aruba|aruba
AZ|aserbaidschan|von aserbaidschan|von aserbaidschan|aserbaidschan
BA|bosnien und herzegowina|von bosnien und herzegowina|von bosnien und herzegowina|bosnien und herzegowina
BB|barbados|von barbados|von barbados|barbados
BD|bangladesch|von bangladesch|von bangladesch|bangladesch
BE|belgien|von belgien|von belgien|belgien
BF|burkina faso|von burkina faso|von burkina faso|burkina faso
BG|bulgarien|von bulgarien|von bulgarien|bulgarien
BH|bahrain|von bahrain|von bahrain|bahrain
BI|burundi|von burundi|von burundi|burundi
BJ|benin|von benin|von benin|benin
BM|bermuda|von bermuda|von bermuda|bermuda
BN|brunei|von brunei|von brunei|brunei
BO|bolivien|von bolivien|von bolivien|bolivien
BR|brasilien|von brasilien|von brasilien|brasilien
BS|bahamas|der bahamas|von den bahamas|die bahamas
BT|bhutan|von bhutan|von bhutan|bhutan
BW|botsuana|von botsuana|von botsuana|botsuana
BY|belarus|von belarus|von belarus|belarus
BZ|belize|von belize|von belize|belize
CA|kanada|von kanada|von kanada|kanada
CD|demokratische republik kongo|der demokratischen republik kongo|von der demokratischen republik kongo|die demokratische republik kongo
CF|zentralafrikanische republik|der zentralafrikanischen republik|von der zentralafrikanischen republik|die zentralafrikanische republik
CG|republik kongo|der republik kongo|von der republik kongo|die republik kongo
CH|schweiz|der schweiz|von der schweiz|die schweiz
CI|elfenbeinküste|der elfenbeinküste|von der elfenbeinküste|die elfenbeinküste
CL|chile|von chile|von chile|chile
CM|kamerun|von kamerun|von kamerun|kamerun
CN|china|von china|von china|china
CO|kolumbien|von kolumbien|von kolumbien|kolumbien
CR|costa rica|von costa rica|von costa rica|costa rica
CU|kuba|von kuba|von kuba|kuba
CV|kap verde|von kap verde|von kap verde|kap verde
CW|curaçao|von curaçao|von curaçao|curaçao
CY|zypern|von zypern|von zypern|zypern
CZ|tschechien|von tschechien|von tschechien|tschechien
DE|deutschland|von deutschland|von deutschland|deutschland
DJ|dschibuti|von dschibuti|von dschibuti|dschibuti
DK|dänemark|von dänemark|von dänemark|dänemark
DM|dominica|von dominica|von dominica|dominica
DO|dominikanische republik|der dominikanischen republik|von der dominikanischen republik|die dominikanische republik
DZ|algerien|von algerien|von algerien|algerien
EC|ecuador|von ecuador|von ecuador|ecuador
EE|estland|von estland|von estland|estland
EG|ägypten|von ägypten|von ägypten|ägypten
ER|eritrea|von eritrea|von eritrea|eritrea
ES|spanien|von spanien|von spanien|spanien
ET|äthiopien|von äthiopien|von äthiopien|äthiopien
FI|finnland|von finnland|von finnland|finnland
FJ|fidschi|von fidschi|von fidschi|fidschi
FM|mikronesien|von mikronesien|von mikronesien|mikronesien
FO|färöer|der färöer|von den färöern|die färöer
FR|frankreich|von frankreich|von frankreich|frankreich
GA|gabun|von gabun|von gabun|gabun
GB|großbritannien|von großbritannien|von großbritannien|großbritannien
GD|grenada|von grenada|von grenada|grenada
GE|georgien|von georgien|von georgien|georgien
GF|französisch guayana|von französisch guayana|von französisch guayana|französisch guayana
GG|guernsey|von guernsey|von guernsey|guernsey
GH|ghana|von ghana|von ghana|ghana
GI|gibraltar|von gibraltar|von gibraltar|gibraltar
GL|grönland|von grönland|von grönland|grönland
GM|gambia|von gambia|von gambia|gambia
GN|guinea|von guinea|von guinea|guinea
GP|guadeloupe|von guadeloupe|von guadeloupe|guadeloupe
GQ|äquatorialguinea|von äquatorialguinea|von äquatorialguinea|äquatorialguinea
GR|griechenland|von griechenland|von griechenland|griechenland
GT|guatemala|von guatemala|von guatemala|guatemala
GU|guam|von guam|von guam|guam
GW|guinea bissau|von guinea bissau|von guinea bissau|guinea bissau
GY|guyana|von guyana|von guyana|guyana
HN|honduras|von honduras|von honduras|honduras
HR|kroatien|von kroatien|von kroatien|kroatien
HT|haiti|von haiti|von haiti|haiti
HU|ungarn|von ungarn|von ungarn|ungarn
ID|indonesien|von indonesien|von indonesien|indonesien
IE|irland|von irland|von irland|irland
IL|israel|von israel|von israel|israel
IM|isle of man|der isle of man|von der isle of man|die isle of man
IN|indien|von indien|von indien|indien
IQ|irak|des irak|vom irak|der irak
IR|iran|des iran|vom iran|der iran
IS|island|von island|von island|island
IT|italien|von italien|von italien|italien
JE|jersey|von jersey|von jersey|jersey
JM|jamaika|von jamaika|von jamaika|jamaika
JO|jordanien|von jordanien|von jordanien|jordanien
JP|japan|von japan|von japan|japan
KE|kenia|von kenia|von kenia|kenia
KG|kirgisistan|von kirgisistan|von kirgisistan|kirgisistan
KH|kambodscha|von kambodscha|von kambodscha|kambodscha
KI|kiribati|von kiribati|von kiribati|kiribati
KM|komoren|der komoren|von den komoren|die komoren
KP|nordkorea|von nordkorea|von nordkorea|nordkorea
KR|südkorea|von südkorea|von südkorea|südkorea
KW|kuwait|von kuwait|von kuwait|kuwait
KY|kaimaninseln|der kaimaninseln|von den kaimaninseln|die kaimaninseln
KZ|kasachstan|von kasachstan|von kasachstan|kasachstan
LA|laos|von laos|von laos|laos
LB|libanon|des libanon|vom libanon|der libanon
LI|liechtenstein|von liechtenstein|von liechtenstein|liechtenstein
LK|sri lanka|von sri lanka|von sri lanka|sri lanka
LR|liberia|von liberia|von liberia|liberia
LS|lesotho|von lesotho|von lesotho|lesotho
LT|litauen|von litauen|von litauen|litauen
LU|luxemburg|von luxemburg|von luxemburg|luxemburg
LV|lettland|von lettland|von lettland|lettland
LY|libyen|von libyen|von libyen|libyen
MA|marokko|von marokko|von marokko|marokko
MC|monaco|von monaco|von monaco|monaco
MD|moldawien|von moldawien|von moldawien|moldawien
ME|montenegro|von montenegro|von montenegro|montenegro
MG|madagaskar|von madagaskar|von madagaskar|madagaskar
MH|marshallinseln|der marshallinseln|von den marshallinseln|die marshallinseln
MK|nordmazedonien|von nordmazedonien|von nordmazedonien|nordmazedonien
ML|mali|von mali|von mali|mali
MM|myanmar|von myanmar|von myanmar|myanmar
MN|mongolei|der mongolei|von der mongolei|die mongolei
MQ|martinique|von martinique|von martinique|martinique
MR|mauretanien|von mauretanien|von mauretanien|mauretanien
MT|malta|von malta|von malta|malta
MU|mauritius|von mauritius|von mauritius|mauritius
MV|malediven|der malediven|von den malediven|die malediven
MW|malawi|von malawi|von malawi|malawi
MX|mexiko|von mexiko|von mexiko|mexiko
MY|malaysia|von malaysia|von malaysia|malaysia
MZ|mosambik|von mosambik|von mosambik|mosambik
NA|namibia|von namibia|von namibia|namibia
NC|neukaledonien|von neukaledonien|von neukaledonien|neukaledonien
NE|niger|des niger|vom niger|der niger
NG|nigeria|von nigeria|von nigeria|nigeria
NI|nicaragua|von nicaragua|von nicaragua|nicaragua
NL|niederlande|der niederlande|von den niederlanden|die niederlande
NO|norwegen|von norwegen|von norwegen|norwegen
NP|nepal|von nepal|von nepal|nepal
NR|nauru|von nauru|von nauru|nauru
NZ|neuseeland|von neuseeland|von neuseeland|neuseeland
OM|oman|von oman|von oman|oman
PA|panama|von panama|von panama|panama
PE|peru|von peru|von peru|peru
PF|französisch polynesien|von französisch polynesien|von französisch polynesien|französisch polynesien
PG|papua neuguinea|von papua neuguinea|von papua neuguinea|papua neuguinea
PH|philippinen|der philippinen|von den philippinen|die philippinen
PK|pakistan|von pakistan|von pakistan|pakistan
PL|polen|von polen|von polen|polen
PR|puerto rico|von puerto rico|von puerto rico|puerto rico
PS|palästina|von palästina|von palästina|palästina
PT|portugal|von portugal|von portugal|portugal
PW|palau|von palau|von palau|palau
PY|paraguay|von paraguay|von paraguay|paraguay
QA|katar|von katar|von katar|katar
RE|réunion|von réunion|von réunion|réunion
RO|rumänien|von rumänien|von rumänien|rumänien
RS|serbien|von serbien|von serbien|serbien
RU|russland|von russland|von russland|russland
RW|ruanda|von ruanda|von ruanda|ruanda
SA|saudi arabien|von saudi arabien|von saudi arabien|saudi arabien
SB|salomonen|der salomonen|von den salomonen|die salomonen
SC|seychellen|der seychellen|von den seychellen|die seychellen
SD|sudan|des sudan|vom sudan|der sudan
SE|schweden|von schweden|von schweden|schweden
SG|singapur|von singapur|von singapur|singapur
SI|slowenien|von slowenien|von slowenien|slowenien
SK|slowakei|der slowakei|von der slowakei|die slowakei
SL|sierra leone|von sierra leone|von sierra leone|sierra leone
SM|san marino|von san marino|von san marino|san marino
SN|senegal|von senegal|von senegal|senegal
SO|somalia|von somalia|von somalia|somalia
SR|suriname|von suriname|von suriname|suriname
SS|südsudan|des südsudan|vom südsudan|der südsudan
ST|são tomé und príncipe|von são tomé und príncipe|von são tomé und príncipe|são tomé und príncipe
SV|el salvador|von el salvador|von el salvador|el salvador
SX|sint maarten|von sint maarten|von sint maarten|sint maarten
SY|syrien|von syrien|von syrien|syrien
SZ|eswatini|von eswatini|von eswatini|eswatini
TD|tschad|des tschad|vom tschad|der tschad
TG|togo|von togo|von togo|togo
TH|thailand|von thailand|von thailand|thailand
TJ|tadschikistan|von tadschikistan|von tadschikistan|tadschikistan
TL|osttimor|von osttimor|von osttimor|osttimor
TM|turkmenistan|von turkmenistan|von turkmenistan|turkmenistan
TN|tunesien|von tunesien|von tunesien|tunesien
TO|tonga|von tonga|von tonga|tonga
TR|türkei|der türkei|von der türkei|die türkei
TT|trinidad und tobago|von trinidad und tobago|von trinidad und tobago|trinidad und tobago
TV|tuvalu|von tuvalu|von tuvalu|tuvalu
TW|taiwan|von taiwan|von taiwan|taiwan
TZ|tansania|von tansania|von tansania|tansania
UA|ukraine|der ukraine|von der ukraine|die ukraine
UG|uganda|von uganda|von uganda|uganda
US|usa|der usa|von den usa|die usa
UY|uruguay|von uruguay|von uruguay|uruguay
UZ|usbekistan|von usbekistan|von usbekistan|usbekistan
VA|vatikan|des vatikans|vom vatikan|der vatikan
VE|venezuela|von venezuela|von venezuela|venezuela
VN|vietnam|von vietnam|von vietnam|vietnam
VU|vanuatu|von vanuatu|von vanuatu|vanuatu
WS|samoa|von samoa|von samoa|samoa
XK|kosovo|des kosovo|vom kosovo|der kosovo
YE|jemen|des jemen|vom jemen|der jemen
YT|mayotte|von mayotte|von mayotte|mayotte
ZA|südafrika|von südafrika|von südafrika|südafrika
ZM|sambia|von sambia|von sambia|sambia
ZW|simbabwe|von simbabwe|von simbabwe|simbabwe
"""

PLACE_FORMS = ["id", "n", "g", "v", "s", "d", "p", "t"]


def _extend(row):
    """Adds the dative without "von" (d: "der schweiz", "dem iran", "frankreich"), the possessive (p: "frankreichs",
    only for a one-word name without article that does not end in a hissing sound) and the subject of a singular verb
    (t: "welche hauptstadt hat die schweiz"; none for a plural such as "die bahamas")."""
    place_id, name, of, von, subject = row.split("|")
    if von.startswith("vom "):
        dative = "dem " + von[4:]
    else:
        dative = von[4:]
    possessive = ""
    if of.startswith("von ") and " " not in name and not name.endswith(("s", "x", "z", "ß")):
        possessive = name + "s"
    singular = "" if von.startswith("von den ") else subject
    return "|".join([place_id, name, of, von, subject, dative, possessive, singular])


PLACES = "\n".join(_extend(row) for row in _TABLE.strip().splitlines())

CONTRACTIONS = [("in dem", "im"), ("von dem", "vom"), ("an dem", "am")]

# family, number of lines, [the name of a list of the only ids it asks about,] frames: {n} name, {g} genitive or von, {v} colloquial von, {s} subject, {d} dative, {p} possessive, {t} subject of "hat"
FRAMED = [
    ("was-ist", 22, [
        "was ist die hauptstadt {g}",
        "was ist eigentlich die hauptstadt {g}",
        "was ist denn die hauptstadt {v}",
        "was ist die hauptstadt {v}",
        "was ist nochmal die hauptstadt {g}",
        "was ist noch mal die hauptstadt {v}",
        "was ist bitte die hauptstadt {g}",
        "was ist die hauptstadt {g} bitte",
        "was ist denn eigentlich die hauptstadt {g}",
        "was ist die hauptstadt {g} nochmal",
        "was war nochmal die hauptstadt {g}",
        "was war noch mal die hauptstadt {v}",
    ]),
    ("wie-heisst", 18, [
        "wie heißt die hauptstadt {g}",
        "wie heißt die hauptstadt {v}",
        "wie heißt denn die hauptstadt {g}",
        "wie heißt nochmal die hauptstadt {v}",
        "wie heißt eigentlich die hauptstadt {g}",
        "wie heißt die hauptstadt {g} noch mal",
        "wie hieß nochmal die hauptstadt {g}",
        "wie hieß die hauptstadt {v} gleich",
        "wie heißt die hauptstadt {g} eigentlich",
        "wie heißt denn die hauptstadt {v} bitte",
    ]),
    ("welche-stadt", 14, [
        "welche stadt ist die hauptstadt {g}",
        "welche stadt ist die hauptstadt {v}",
        "welche stadt ist hauptstadt {g}",
        "welche stadt ist eigentlich die hauptstadt {g}",
        "welche stadt ist denn die hauptstadt {v}",
        "welche stadt ist in {d} die hauptstadt",
        "welches ist die hauptstadt {g}",
        "welche ist die hauptstadt {v}",
    ]),
    ("welche-hauptstadt-hat", 12, [
        "welche hauptstadt hat {t}",
        "welche hauptstadt hat eigentlich {t}",
        "was für eine hauptstadt hat {t}",
        "was hat {t} für eine hauptstadt",
        "was hat {t} für ne hauptstadt",
        "welche hauptstadt hat denn {t}",
    ]),
    ("possessive", 10, [
        "was ist {p} hauptstadt",
        "wie heißt {p} hauptstadt",
        "kennst du {p} hauptstadt",
        "{p} hauptstadt",
        "welche stadt ist {p} hauptstadt",
        "was ist nochmal {p} hauptstadt",
        "sag mir {p} hauptstadt",
    ]),
    ("indirect", 24, [
        "weißt du was die hauptstadt {g} ist",
        "weißt du wie die hauptstadt {v} heißt",
        "kannst du mir sagen was die hauptstadt {g} ist",
        "kannst du mir sagen wie die hauptstadt {v} heißt",
        "könntest du mir sagen welche stadt die hauptstadt {g} ist",
        "ich möchte wissen was die hauptstadt {g} ist",
        "ich möchte gerne wissen wie die hauptstadt {v} heißt",
        "ich wüsste gern was die hauptstadt {g} ist",
        "mich würde interessieren was die hauptstadt {g} ist",
        "ich frage mich gerade wie die hauptstadt {v} heißt",
        "weißt du zufällig was die hauptstadt {g} ist",
        "hast du eine ahnung was die hauptstadt {g} ist",
        "ich will wissen wie die hauptstadt {g} heißt",
        "weißt du die hauptstadt {g}",
        "kennst du die hauptstadt {v}",
        "weißt du eigentlich welche stadt die hauptstadt {g} ist",
        "kannst du mir verraten wie die hauptstadt {g} heißt",
        "weißt du welche hauptstadt {t} hat",
    ]),
    ("imperative", 18, [
        "sag mir die hauptstadt {g}",
        "sag mir mal die hauptstadt {v}",
        "sag mal die hauptstadt {g}",
        "nenn mir die hauptstadt {g}",
        "nenn mir bitte die hauptstadt {v}",
        "sag mir bitte die hauptstadt {g}",
        "verrat mir mal die hauptstadt {g}",
        "ich hätte gern die hauptstadt {g}",
        "gib mir die hauptstadt {v}",
        "bitte die hauptstadt {g}",
        "sag mal was ist die hauptstadt {v}",
        "sag mal wie heißt die hauptstadt {g}",
        "nenne mir die hauptstadt {g}",
        "die hauptstadt {g} bitte",
    ]),
    ("terse", 20, [
        "hauptstadt {g}",
        "hauptstadt {n}",
        "{n} hauptstadt",
        "die hauptstadt {g}",
        "hauptstadt {v}",
        "{n} hauptstadt bitte",
        "hauptstadt {n} bitte",
        "{n} die hauptstadt",
    ]),
    ("word-order", 14, [
        "{v} die hauptstadt",
        "{v} die hauptstadt bitte",
        "{v} was ist da die hauptstadt",
        "{n} was ist da die hauptstadt",
        "{n} was ist die hauptstadt",
        "{n} wie heißt die hauptstadt",
        "{n} welche stadt ist die hauptstadt",
        "in {d} was ist da die hauptstadt",
        "was ist in {d} die hauptstadt",
        "die hauptstadt {g} ist was",
        "die hauptstadt {g} heißt wie",
        "die hauptstadt {v} ist welche stadt",
    ]),
    ("disfluency", 14, [
        "äh was ist die hauptstadt {g}",
        "ähm wie heißt die hauptstadt {v}",
        "was ist die hauptstadt äh {v}",
        "hm wie heißt nochmal die hauptstadt {g}",
        "was ist die die hauptstadt {g}",
        "wie heißt die hauptstadt ähm {g}",
        "äh sag mal äh die hauptstadt {v}",
        "also ähm ich wollte wissen was die hauptstadt {g} ist",
        "ja also was ist denn die hauptstadt {g}",
        "alexa äh hauptstadt {g}",
        "was ist äh die hauptstadt von äh {d}",
    ]),
    ("follow-up", 16, [
        "und {v}",
        "und was ist mit {d}",
        "und wie ist es mit {d}",
        "und die hauptstadt {g}",
        "und {s}",
        "und die {v}",
        "und was ist die hauptstadt {g}",
        "okay und {v}",
        "und jetzt {s}",
        "und wie heißt die hauptstadt {g}",
        "jetzt noch {s}",
        "was ist mit {d}",
        "und wie sieht es mit {d} aus",
        "gut und {v}",
    ]),
    ("words-around", 18, [
        "alexa was ist die hauptstadt {g}",
        "hey alexa wie heißt die hauptstadt {v}",
        "ich hab mal eine frage was ist die hauptstadt {g}",
        "ich hab ne frage wie heißt die hauptstadt {v}",
        "für mein kreuzworträtsel die hauptstadt {g}",
        "mein sohn will wissen was die hauptstadt {g} ist",
        "meine tochter fragt wie die hauptstadt {v} heißt",
        "wir streiten gerade was ist die hauptstadt {g}",
        "was ist die hauptstadt {g} weißt du das",
        "was ist die hauptstadt {g} kannst du mir das sagen",
        "wie heißt die hauptstadt {v} ich komm nicht drauf",
        "was ist die hauptstadt {g} ich hab's vergessen",
        "kurze frage was ist die hauptstadt {g}",
        "quizfrage was ist die hauptstadt {g}",
        "hilf mir mal was ist die hauptstadt {g}",
        "was ist denn die hauptstadt {g} danke",
        "guten morgen wie heißt die hauptstadt {g}",
    ]),
    ("article-case", 16, "ARTICLE_PLACES", [
        "was ist die hauptstadt {g}",
        "die hauptstadt {v}",
        "wie heißt die hauptstadt {v}",
        "hauptstadt {g}",
        "was ist denn die hauptstadt {g}",
        "welche stadt ist die hauptstadt {v}",
    ]),
]

# article-case only makes sense for places said with an article: the builder fills it from ARTICLE_PLACES.
ARTICLE_PLACES = ["CH", "TR", "US", "IR", "IQ", "LB", "SD", "SS", "TD", "YE", "SK", "UA", "MN", "PH", "MV", "BS",
                  "AE", "KM", "SC", "SB", "MH", "CF", "DO", "XK", "VA", "CI", "EH", "FO"]

# family, frames with {x1} (the place said first) and {x2} (the place meant), pairs of ids: the line expects the second
CORRECTIONS = ("self-correction", [
    "was ist die hauptstadt {v1} nein {v2}",
    "wie heißt die hauptstadt {g1} äh ich meine {g2}",
    "die hauptstadt {v1} quatsch {v2}",
    "hauptstadt {g1} nee {g2}",
    "was ist die hauptstadt {g1} oder nein {g2}",
    "sag mir die hauptstadt {v1} ach nein {v2} meine ich",
    "wie heißt die hauptstadt {g1} sorry {g2}",
    "was ist die hauptstadt {v1} äh korrektur {v2}",
    "was ist die hauptstadt {g1} nein warte {g2}",
], [("ES", "PT"), ("AT", "CH"), ("SE", "NO"), ("IR", "IQ"), ("SK", "SI"), ("KE", "UG"), ("AR", "UY"), ("LV", "LT"),
    ("NL", "BE"), ("TR", "GR")])

WRITTEN = [
    ("landeshauptstadt", [
        ("was ist die landeshauptstadt von bayern", "DE-BY"),
        ("wie heißt die landeshauptstadt von hessen", "DE-HE"),
        ("landeshauptstadt niedersachsen", "DE-NI"),
        ("welche stadt ist die landeshauptstadt von thüringen", "DE-TH"),
        ("was ist die hauptstadt des saarlandes", "DE-SL"),
        ("was ist die hauptstadt vom saarland", "DE-SL"),
        ("nordrhein westfalen landeshauptstadt", "DE-NW"),
        ("was ist eigentlich die landeshauptstadt von rheinland pfalz", "DE-RP"),
        ("welche landeshauptstadt hat sachsen anhalt", "DE-ST"),
        ("sag mir die landeshauptstadt von mecklenburg vorpommern", "DE-MV"),
        ("wie heißt die hauptstadt vom bundesland brandenburg", "DE-BB"),
        ("was ist die hauptstadt des bundeslandes bremen", "DE-HB"),
        ("in welcher stadt sitzt die landesregierung von baden württemberg", "DE-BW"),
        ("landeshauptstadt von schleswig holstein", "DE-SH"),
        ("was ist die landeshauptstadt von sachsen", "DE-SN"),
        ("welche stadt ist hauptstadt von bayern", "DE-BY"),
        ("wie heißt die landeshauptstadt von nordrhein westfalen nochmal", "DE-NW"),
        ("die landeshauptstadt von niedersachsen ist welche stadt", "DE-NI"),
        ("was ist die hauptstadt von hessen", "DE-HE"),
        ("weißt du die landeshauptstadt von baden württemberg", "DE-BW"),
    ]),
    ("subdivision", [
        ("was ist die hauptstadt von kalifornien", "US-CA"),
        ("was ist die hauptstadt des us bundesstaats texas", "US-TX"),
        ("wie heißt die hauptstadt von florida", "US-FL"),
        ("welche stadt ist die hauptstadt des bundesstaates new york", "US-NY"),
        ("hauptstadt von hawaii", "US-HI"),
        ("was ist die hauptstadt von alaska", "US-AK"),
        ("was ist die hauptstadt von schottland", "GB-SCT"),
        ("wie heißt die hauptstadt von wales", "GB-WLS"),
        ("was ist die hauptstadt von nordirland", "GB-NIR"),
        ("was ist die hauptstadt der kanadischen provinz ontario", "CA-ON"),
        ("wie heißt die hauptstadt von quebec", "CA-QC"),
        ("was ist die hauptstadt von british columbia", "CA-BC"),
        ("was ist die hauptstadt von queensland", "AU-QLD"),
        ("was ist die hauptstadt des australischen bundesstaats victoria", "AU-VIC"),
        ("was ist die hauptstadt von tasmanien", "AU-TAS"),
        ("was ist die hauptstadt des indischen bundesstaats goa", "IN-GA"),
        ("was ist die hauptstadt von grönland", "GL"),
        ("was ist die hauptstadt von puerto rico", "PR"),
    ]),
    ("plural-capitals", [
        ("welche hauptstädte hat südafrika", "ZA"),
        ("was sind die hauptstädte von bolivien", "BO"),
        ("wie viele hauptstädte hat südafrika", "ZA"),
        ("stimmt es dass südafrika drei hauptstädte hat", "ZA"),
        ("wie heißen die hauptstädte von südafrika", "ZA"),
        ("hat bolivien zwei hauptstädte", "BO"),
        ("was sind die beiden hauptstädte der elfenbeinküste", "CI"),
        ("welche hauptstädte hat benin", "BJ"),
        ("wie viele hauptstädte hat sri lanka", "LK"),
        ("malaysia hat doch zwei hauptstädte oder", "MY"),
        ("was sind die hauptstädte der niederlande", "NL"),
        ("nenn mir die hauptstädte von eswatini", "SZ"),
        ("welche hauptstädte hat palästina", "PS"),
        ("hauptstädte von bolivien", "BO"),
        ("ist amsterdam oder den haag die hauptstadt der niederlande", "NL"),
        ("was ist denn nun die richtige hauptstadt von bolivien", "BO"),
    ]),
    ("yes-no-check", [
        ("ist zürich die hauptstadt der schweiz", "CH"),
        ("ist sydney die hauptstadt von australien", "AU"),
        ("ist istanbul die hauptstadt der türkei", "TR"),
        ("ist rio de janeiro die hauptstadt von brasilien", "BR"),
        ("ist toronto eigentlich die hauptstadt von kanada", "CA"),
        ("stimmt es dass new york die hauptstadt der usa ist", "US"),
        ("ist lagos die hauptstadt von nigeria", "NG"),
        ("ist mumbai die hauptstadt von indien oder nicht", "IN"),
        ("ist auckland die hauptstadt von neuseeland", "NZ"),
        ("ist casablanca die hauptstadt von marokko", "MA"),
        ("ist dubai die hauptstadt der emirate", "AE"),
        ("ist die hauptstadt von spanien barcelona", "ES"),
        ("ist bern wirklich die hauptstadt der schweiz", "CH"),
        ("ist canberra die hauptstadt von australien", "AU"),
    ]),
    ("official-long-name", [
        ("was ist die hauptstadt der bundesrepublik deutschland", "DE"),
        ("wie heißt die hauptstadt der republik österreich", "AT"),
        ("hauptstadt der schweizerischen eidgenossenschaft", "CH"),
        ("was ist die hauptstadt der volksrepublik china", "CN"),
        ("welche stadt ist die hauptstadt der vereinigten staaten von amerika", "US"),
        ("die hauptstadt der französischen republik", "FR"),
        ("was ist die hauptstadt des königreichs spanien", "ES"),
        ("wie heißt die hauptstadt des königreichs norwegen", "NO"),
        ("hauptstadt der republik polen", "PL"),
        ("was ist die hauptstadt der russischen föderation", "RU"),
        ("was ist die hauptstadt der republik korea", "KR"),
        ("wie heißt die hauptstadt der demokratischen volksrepublik korea", "KP"),
        ("was ist die hauptstadt des königreichs der niederlande", "NL"),
        ("was ist die hauptstadt des vereinigten königreichs", "GB"),
        ("was ist die hauptstadt der islamischen republik iran", "IR"),
        ("was ist die hauptstadt der arabischen republik ägypten", "EG"),
        ("wie heißt die hauptstadt des fürstentums liechtenstein", "LI"),
        ("die hauptstadt des großherzogtums luxemburg", "LU"),
        ("was ist die hauptstadt des königreichs belgien", "BE"),
        ("was ist die hauptstadt der tschechischen republik", "CZ"),
        ("was ist die hauptstadt der republik indien", "IN"),
        ("was ist die hauptstadt des staates israel", "IL"),
        ("was ist die hauptstadt des königreichs saudi arabien", "SA"),
        ("wie heißt die hauptstadt der republik türkei", "TR"),
        ("was ist die hauptstadt der sozialistischen republik vietnam", "VN"),
        ("was ist die hauptstadt der italienischen republik", "IT"),
        ("was ist die hauptstadt der republik südafrika", "ZA"),
        ("was ist die hauptstadt der republik irland", "IE"),
        ("was ist die hauptstadt des königreichs dänemark", "DK"),
        ("was ist die hauptstadt der slowakischen republik", "SK"),
    ]),
    ("everyday-short-name", [
        ("was ist die hauptstadt von amerika", "US"),
        ("wie heißt die hauptstadt von holland", "NL"),
        ("was ist die hauptstadt von england", "GB-ENG"),
        ("was ist eigentlich die hauptstadt von großbritannien", "GB"),
        ("was ist die hauptstadt von weißrussland", "BY"),
        ("was ist die hauptstadt der tschechei", "CZ"),
        ("wie heißt die hauptstadt der elfenbeinküste", "CI"),
        ("was ist die hauptstadt der emirate", "AE"),
        ("was ist die hauptstadt der vae", "AE"),
        ("welche stadt ist die hauptstadt von burma", "MM"),
        ("was ist die hauptstadt vom vatikan", "VA"),
        ("hauptstadt von osttimor", "TL"),
        ("was ist die hauptstadt der kapverden", "CV"),
        ("wie heißt die hauptstadt von moldawien", "MD"),
        ("was ist die hauptstadt von swasiland", "SZ"),
        ("was ist die hauptstadt von bosnien", "BA"),
        ("was ist die hauptstadt von mazedonien", "MK"),
        ("was ist die hauptstadt der dr kongo", "CD"),
        ("was ist die hauptstadt vom uk", "GB"),
        ("was ist die hauptstadt von brunei", "BN"),
        ("was ist die hauptstadt von kongo brazzaville", "CG"),
    ]),
    ("shared-and-lookalike", [
        ("was ist die hauptstadt von korea", "KP+KR"),
        ("wie heißt die hauptstadt von korea", "KP+KR"),
        ("was ist die hauptstadt vom kongo", "CD+CG"),
        ("hauptstadt kongo", "CD+CG"),
        ("welche stadt ist die hauptstadt des kongo", "CD+CG"),
        ("was ist die hauptstadt der jungferninseln", "VG+VI"),
        ("was sind die hauptstädte von nord und südkorea", "KP+KR"),
        ("was ist die hauptstadt von guinea", "GN"),
        ("was ist die hauptstadt von guinea bissau", "GW"),
        ("was ist die hauptstadt von äquatorialguinea", "GQ"),
        ("was ist die hauptstadt des niger", "NE"),
        ("was ist die hauptstadt von nigeria", "NG"),
        ("was ist die hauptstadt von dominica", "DM"),
        ("was ist die hauptstadt vom südsudan", "SS"),
        ("was ist die hauptstadt des bundesstaats georgia", "US-GA"),
        ("was ist die hauptstadt von georgien", "GE"),
        ("was ist die hauptstadt von island", "IS"),
        ("was ist die hauptstadt von amerikanisch samoa", "AS"),
        ("was ist die hauptstadt von luxemburg", "LU"),
        ("was ist die hauptstadt von mexiko", "MX"),
    ]),
    ("out-of-domain", [(text, "AMAZON.FallbackIntent") for text in [
        "welche stadt ist die hauptstadt der mode",
        "was ist die kulturhauptstadt europas",
        "welche stadt nennt man die hauptstadt der liebe",
        "welche stadt ist die heimliche hauptstadt deutschlands",
        "was ist die fahrradhauptstadt deutschlands",
        "was bedeutet das wort hauptstadt",
        "was heißt hauptstadt auf englisch",
        "wie viele einwohner hat frankreich",
        "welche sprache spricht man in brasilien",
        "was ist die währung von japan",
        "mit welcher währung zahlt man in der schweiz",
        "wo liegt die mongolei",
        "wie groß ist kanada",
        "wer ist der präsident von frankreich",
        "wie spät ist es in tokio",
        "wie wird das wetter morgen",
        "stell einen timer auf zehn minuten",
        "erzähl mir einen witz",
        "spiel musik",
        "was ist das größte land der welt",
        "welches land hat die meisten einwohner",
        "wie viele bundesländer hat deutschland",
        "wer ist der bundeskanzler",
        "was ist der höchste berg in europa",
        "wie weit ist es bis nach paris",
        "welche länder grenzen an deutschland",
        "wie viele länder gibt es in afrika",
        "was ist die größte stadt der türkei",
        "was ist die größte stadt der schweiz",
        "wie viele menschen leben in berlin",
        "in welchem land liegt timbuktu",
        "was ist die vorwahl von österreich",
        "wie sieht die flagge von italien aus",
        "wie heißt die nationalhymne von frankreich",
        "ich wohne in der hauptstadt",
        "was kann man in der hauptstadt unternehmen",
        "wann fährt der nächste zug nach hamburg",
        "wie lange fliegt man nach new york",
        "welche stadt ist die hauptstadt des karnevals",
        "wie heißt der bürgermeister von wien",
        "wie kalt ist es in moskau",
        "ist österreich in der eu",
        "wie viele kontinente gibt es",
        "was ist die amtssprache in belgien",
        "weck mich um sieben uhr",
        "wie viele hauptstädte gibt es auf der welt",
        "welche hauptstadt liegt am höchsten",
        "seit wann ist berlin die hauptstadt",
        "wie weit ist berlin von münchen entfernt",
        "was kostet ein flug nach rom",
        "wie ist das wetter in lissabon",
        "mach das licht an",
        "wie viel uhr ist es",
        "übersetze hallo ins spanische",
        "wer hat die letzte fußball wm gewonnen",
        "was ist der längste fluss der welt",
        "welcher fluss fließt durch wien",
        "wie geht es dir",
    ]]),
    ("help", [(text, "AMAZON.HelpIntent") for text in [
        "hilfe",
        "ich brauche hilfe",
        "was kann ich dich fragen",
        "wie funktioniert das",
        "was kannst du alles",
        "wie benutze ich das",
        "was soll ich sagen",
        "erklär mir wie das geht",
        "hilf mir",
        "was muss ich sagen",
        "kannst du mir helfen",
        "wie geht das hier",
        "welche fragen kann ich stellen",
        "was mache ich jetzt",
        "gib mir mal ein beispiel",
        "wie soll ich fragen",
        "was kann ich hier machen",
        "erklär mal wie das funktioniert",
    ]]),
    ("stop", [(text, "AMAZON.StopIntent") for text in [
        "stopp",
        "aufhören",
        "hör auf",
        "beenden",
        "sei still",
        "schluss",
        "ende",
        "stopp bitte",
        "hör jetzt auf",
        "alexa stopp",
        "beende das",
        "ich will aufhören",
        "aufhören bitte",
        "beende den skill",
        "mach aus",
    ]]),
    ("cancel", [(text, "AMAZON.CancelIntent") for text in [
        "abbrechen",
        "vergiss es",
        "abbruch",
        "ach vergiss es",
        "abbrechen bitte",
        "lass gut sein",
        "vergiss es einfach",
        "nein abbrechen",
        "brich ab",
        "brich das ab",
        "ach lass mal",
        "abbrechen alexa",
    ]]),
    ("launch", [(text, "LaunchRequest") for text in [
        "öffne hauptstädte der welt",
        "starte hauptstädte der welt",
        "alexa öffne hauptstädte der welt",
    ]]),
]
