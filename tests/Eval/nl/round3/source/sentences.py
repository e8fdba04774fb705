"""Dutch (nl-NL) round-3 evaluation sentences, written blind for issue 15 (see tests/Eval/README.md, "Round 3").

Filled and split by tests/Eval/source/round3_germanic_corpus.py. Everything is as ASR writes it: lower case, diacritics
kept, no punctuation but apostrophes, hyphens as spaces. Netherlands Dutch: jij/je, "even", "nou", "ook alweer".
"""

# How each place is said: id | name alone | with "van" ("van de filipijnen") | as a subject ("de filipijnen").
# The everyday name where it differs from the official one (amerika, groot brittannië, het vaticaan).
PLACES = """
AD|andorra|van andorra|andorra
AE|verenigde arabische emiraten|van de verenigde arabische emiraten|de verenigde arabische emiraten
AF|afghanistan|van afghanistan|afghanistan
AG|antigua en barbuda|van antigua en barbuda|antigua en barbuda
AL|albanië|van albanië|albanië
AM|armenië|van armenië|armenië
AO|angola|van angola|angola
AR|argentinië|van argentinië|argentinië
AT|oostenrijk|van oostenrijk|oostenrijk
AU|australië|van australië|australië
AW|aruba|van aruba|aruba
AZ|azerbeidzjan|van azerbeidzjan|azerbeidzjan
BA|bosnië en herzegovina|van bosnië en herzegovina|bosnië en herzegovina
BB|barbados|van barbados|barbados
BD|bangladesh|van bangladesh|bangladesh
BE|belgië|van belgië|belgië
BF|burkina faso|van burkina faso|burkina faso
BG|bulgarije|van bulgarije|bulgarije
BH|bahrein|van bahrein|bahrein
BI|burundi|van burundi|burundi
BJ|benin|van benin|benin
BM|bermuda|van bermuda|bermuda
BN|brunei|van brunei|brunei
BO|bolivia|van bolivia|bolivia
BR|brazilië|van brazilië|brazilië
BS|bahama's|van de bahama's|de bahama's
BT|bhutan|van bhutan|bhutan
BW|botswana|van botswana|botswana
BY|belarus|van belarus|belarus
BZ|belize|van belize|belize
CA|canada|van canada|canada
CD|democratische republiek congo|van de democratische republiek congo|de democratische republiek congo
CF|centraal afrikaanse republiek|van de centraal afrikaanse republiek|de centraal afrikaanse republiek
CG|republiek congo|van de republiek congo|de republiek congo
CH|zwitserland|van zwitserland|zwitserland
CI|ivoorkust|van ivoorkust|ivoorkust
CL|chili|van chili|chili
CM|kameroen|van kameroen|kameroen
CN|china|van china|china
CO|colombia|van colombia|colombia
CR|costa rica|van costa rica|costa rica
CU|cuba|van cuba|cuba
CV|kaapverdië|van kaapverdië|kaapverdië
CW|curaçao|van curaçao|curaçao
CY|cyprus|van cyprus|cyprus
CZ|tsjechië|van tsjechië|tsjechië
DE|duitsland|van duitsland|duitsland
DJ|djibouti|van djibouti|djibouti
DK|denemarken|van denemarken|denemarken
DM|dominica|van dominica|dominica
DO|dominicaanse republiek|van de dominicaanse republiek|de dominicaanse republiek
DZ|algerije|van algerije|algerije
EC|ecuador|van ecuador|ecuador
EE|estland|van estland|estland
EG|egypte|van egypte|egypte
ER|eritrea|van eritrea|eritrea
ES|spanje|van spanje|spanje
ET|ethiopië|van ethiopië|ethiopië
FI|finland|van finland|finland
FJ|fiji|van fiji|fiji
FM|micronesia|van micronesia|micronesia
FO|faeröer|van de faeröer|de faeröer
FR|frankrijk|van frankrijk|frankrijk
GA|gabon|van gabon|gabon
GB|groot brittannië|van groot brittannië|groot brittannië
GD|grenada|van grenada|grenada
GE|georgië|van georgië|georgië
GF|frans guyana|van frans guyana|frans guyana
GG|guernsey|van guernsey|guernsey
GH|ghana|van ghana|ghana
GI|gibraltar|van gibraltar|gibraltar
GL|groenland|van groenland|groenland
GM|gambia|van gambia|gambia
GN|guinee|van guinee|guinee
GP|guadeloupe|van guadeloupe|guadeloupe
GQ|equatoriaal guinea|van equatoriaal guinea|equatoriaal guinea
GR|griekenland|van griekenland|griekenland
GT|guatemala|van guatemala|guatemala
GU|guam|van guam|guam
GW|guinee bissau|van guinee bissau|guinee bissau
GY|guyana|van guyana|guyana
HN|honduras|van honduras|honduras
HR|kroatië|van kroatië|kroatië
HT|haïti|van haïti|haïti
HU|hongarije|van hongarije|hongarije
ID|indonesië|van indonesië|indonesië
IE|ierland|van ierland|ierland
IL|israël|van israël|israël
IM|isle of man|van isle of man|isle of man
IN|india|van india|india
IQ|irak|van irak|irak
IR|iran|van iran|iran
IS|ijsland|van ijsland|ijsland
IT|italië|van italië|italië
JE|jersey|van jersey|jersey
JM|jamaica|van jamaica|jamaica
JO|jordanië|van jordanië|jordanië
JP|japan|van japan|japan
KE|kenia|van kenia|kenia
KG|kirgizië|van kirgizië|kirgizië
KH|cambodja|van cambodja|cambodja
KI|kiribati|van kiribati|kiribati
KM|comoren|van de comoren|de comoren
KP|noord korea|van noord korea|noord korea
KR|zuid korea|van zuid korea|zuid korea
KW|koeweit|van koeweit|koeweit
KY|kaaimaneilanden|van de kaaimaneilanden|de kaaimaneilanden
KZ|kazachstan|van kazachstan|kazachstan
LA|laos|van laos|laos
LB|libanon|van libanon|libanon
LI|liechtenstein|van liechtenstein|liechtenstein
LK|sri lanka|van sri lanka|sri lanka
LR|liberia|van liberia|liberia
LS|lesotho|van lesotho|lesotho
LT|litouwen|van litouwen|litouwen
LU|luxemburg|van luxemburg|luxemburg
LV|letland|van letland|letland
LY|libië|van libië|libië
MA|marokko|van marokko|marokko
MC|monaco|van monaco|monaco
MD|moldavië|van moldavië|moldavië
ME|montenegro|van montenegro|montenegro
MG|madagaskar|van madagaskar|madagaskar
MH|marshalleilanden|van de marshalleilanden|de marshalleilanden
MK|noord macedonië|van noord macedonië|noord macedonië
ML|mali|van mali|mali
MM|myanmar|van myanmar|myanmar
MN|mongolië|van mongolië|mongolië
MQ|martinique|van martinique|martinique
MR|mauritanië|van mauritanië|mauritanië
MT|malta|van malta|malta
MU|mauritius|van mauritius|mauritius
MV|maldiven|van de maldiven|de maldiven
MW|malawi|van malawi|malawi
MX|mexico|van mexico|mexico
MY|maleisië|van maleisië|maleisië
MZ|mozambique|van mozambique|mozambique
NA|namibië|van namibië|namibië
NC|nieuw caledonië|van nieuw caledonië|nieuw caledonië
NE|niger|van niger|niger
NG|nigeria|van nigeria|nigeria
NI|nicaragua|van nicaragua|nicaragua
NL|nederland|van nederland|nederland
NO|noorwegen|van noorwegen|noorwegen
NP|nepal|van nepal|nepal
NR|nauru|van nauru|nauru
NZ|nieuw zeeland|van nieuw zeeland|nieuw zeeland
OM|oman|van oman|oman
PA|panama|van panama|panama
PE|peru|van peru|peru
PF|frans polynesië|van frans polynesië|frans polynesië
PG|papoea nieuw guinea|van papoea nieuw guinea|papoea nieuw guinea
PH|filipijnen|van de filipijnen|de filipijnen
PK|pakistan|van pakistan|pakistan
PL|polen|van polen|polen
PR|puerto rico|van puerto rico|puerto rico
PS|palestina|van palestina|palestina
PT|portugal|van portugal|portugal
PW|palau|van palau|palau
PY|paraguay|van paraguay|paraguay
QA|qatar|van qatar|qatar
RE|réunion|van réunion|réunion
RO|roemenië|van roemenië|roemenië
RS|servië|van servië|servië
RU|rusland|van rusland|rusland
RW|rwanda|van rwanda|rwanda
SA|saoedi arabië|van saoedi arabië|saoedi arabië
SB|salomonseilanden|van de salomonseilanden|de salomonseilanden
SC|seychellen|van de seychellen|de seychellen
SD|soedan|van soedan|soedan
SE|zweden|van zweden|zweden
SG|singapore|van singapore|singapore
SI|slovenië|van slovenië|slovenië
SK|slowakije|van slowakije|slowakije
SL|sierra leone|van sierra leone|sierra leone
SM|san marino|van san marino|san marino
SN|senegal|van senegal|senegal
SO|somalië|van somalië|somalië
SR|suriname|van suriname|suriname
SS|zuid soedan|van zuid soedan|zuid soedan
ST|sao tomé en principe|van sao tomé en principe|sao tomé en principe
SV|el salvador|van el salvador|el salvador
SX|sint maarten|van sint maarten|sint maarten
SY|syrië|van syrië|syrië
SZ|eswatini|van eswatini|eswatini
TD|tsjaad|van tsjaad|tsjaad
TG|togo|van togo|togo
TH|thailand|van thailand|thailand
TJ|tadzjikistan|van tadzjikistan|tadzjikistan
TL|oost timor|van oost timor|oost timor
TM|turkmenistan|van turkmenistan|turkmenistan
TN|tunesië|van tunesië|tunesië
TO|tonga|van tonga|tonga
TR|turkije|van turkije|turkije
TT|trinidad en tobago|van trinidad en tobago|trinidad en tobago
TV|tuvalu|van tuvalu|tuvalu
TW|taiwan|van taiwan|taiwan
TZ|tanzania|van tanzania|tanzania
UA|oekraïne|van oekraïne|oekraïne
UG|oeganda|van oeganda|oeganda
US|amerika|van amerika|amerika
UY|uruguay|van uruguay|uruguay
UZ|oezbekistan|van oezbekistan|oezbekistan
VA|vaticaan|van het vaticaan|het vaticaan
VE|venezuela|van venezuela|venezuela
VN|vietnam|van vietnam|vietnam
VU|vanuatu|van vanuatu|vanuatu
WS|samoa|van samoa|samoa
XK|kosovo|van kosovo|kosovo
YE|jemen|van jemen|jemen
YT|mayotte|van mayotte|mayotte
ZA|zuid afrika|van zuid afrika|zuid afrika
ZM|zambia|van zambia|zambia
ZW|zimbabwe|van zimbabwe|zimbabwe
"""

# Said with a plural verb ("de filipijnen hebben"): no {t} form, so the frames with "heeft" leave them out.
PLURALS = {"AE", "BS", "CK", "FK", "FO", "KM", "KY", "MH", "MV", "PH", "SB", "SC", "US"}

PLACE_FORMS = ["id", "b", "g", "s", "t"]
PLACES = "\n".join(row + "|" + ("" if row.split("|")[0] in PLURALS else row.split("|")[3])
                   for row in PLACES.strip().splitlines())

CONTRACTIONS = []

# family, number of lines, [the name of a list of the only ids it asks about,] frames: {b} name, {g} with van, {s} subject, {t} subject of "heeft"
FRAMED = [
    ("wat-is", 22, [
        "wat is de hoofdstad {g}",
        "wat is eigenlijk de hoofdstad {g}",
        "wat is de hoofdstad {g} eigenlijk",
        "wat was ook alweer de hoofdstad {g}",
        "wat is ook alweer de hoofdstad {g}",
        "wat is nou de hoofdstad {g}",
        "wat is de hoofdstad {g} ook alweer",
        "wat is dan de hoofdstad {g}",
        "wat is de hoofdstad {g} dan",
        "wat was de hoofdstad {g} nou ook alweer",
    ]),
    ("hoe-heet", 16, [
        "hoe heet de hoofdstad {g}",
        "hoe heet de hoofdstad {g} ook alweer",
        "hoe heet eigenlijk de hoofdstad {g}",
        "hoe heette de hoofdstad {g} ook alweer",
        "hoe heet de hoofdstad {g} eigenlijk",
        "hoe heet nou de hoofdstad {g}",
        "hoe heet de hoofdstad {g} nou",
    ]),
    ("welke-stad", 14, [
        "welke stad is de hoofdstad {g}",
        "welke stad is eigenlijk de hoofdstad {g}",
        "welke stad is de hoofdstad {g} eigenlijk",
        "welke stad is hoofdstad {g}",
        "welke stad is in {s} de hoofdstad",
        "wat is in {s} de hoofdstad",
        "welke plaats is de hoofdstad {g}",
    ]),
    ("welke-hoofdstad-heeft", 12, [
        "welke hoofdstad heeft {t}",
        "wat voor hoofdstad heeft {t}",
        "welke hoofdstad hoort bij {s}",
        "wat heeft {t} voor hoofdstad",
        "wat heeft {t} als hoofdstad",
        "welke stad heeft {t} als hoofdstad",
    ]),
    ("indirect", 24, [
        "weet jij wat de hoofdstad {g} is",
        "weet je wat de hoofdstad {g} is",
        "weet jij hoe de hoofdstad {g} heet",
        "kun je me vertellen wat de hoofdstad {g} is",
        "kun jij me zeggen wat de hoofdstad {g} is",
        "kan je me vertellen hoe de hoofdstad {g} heet",
        "ik wil graag weten wat de hoofdstad {g} is",
        "ik wil weten wat de hoofdstad {g} is",
        "ik vraag me af wat de hoofdstad {g} is",
        "heb jij enig idee wat de hoofdstad {g} is",
        "weet jij toevallig de hoofdstad {g}",
        "ken jij de hoofdstad {g}",
        "weet jij welke stad de hoofdstad {g} is",
        "mag ik weten wat de hoofdstad {g} is",
        "zou je me kunnen vertellen wat de hoofdstad {g} is",
        "ik ben benieuwd wat de hoofdstad {g} is",
        "weet je welke hoofdstad {t} heeft",
    ]),
    ("imperative", 18, [
        "zeg eens wat de hoofdstad {g} is",
        "zeg eens de hoofdstad {g}",
        "vertel eens wat de hoofdstad {g} is",
        "vertel me de hoofdstad {g}",
        "noem de hoofdstad {g}",
        "noem even de hoofdstad {g}",
        "geef me de hoofdstad {g}",
        "geef me even de hoofdstad {g} alsjeblieft",
        "zoek even de hoofdstad {g} op",
        "de hoofdstad {g} alsjeblieft",
        "vertel me even wat de hoofdstad {g} is",
        "zeg me de hoofdstad {g} alsjeblieft",
        "zeg eens hoe heet de hoofdstad {g}",
        "de hoofdstad {g} graag",
    ]),
    ("terse", 20, [
        "hoofdstad {g}",
        "hoofdstad {b}",
        "{b} hoofdstad",
        "de hoofdstad {g}",
        "{b} hoofdstad alsjeblieft",
        "hoofdstad {b} alsjeblieft",
        "{b} de hoofdstad",
        "hoofdstad {g} graag",
    ]),
    ("word-order", 14, [
        "{b} wat is daar de hoofdstad",
        "{b} wat is de hoofdstad",
        "{g} de hoofdstad",
        "{g} wat is de hoofdstad",
        "de hoofdstad {g} is wat",
        "de hoofdstad {g} welke stad is dat",
        "{b} hoe heet de hoofdstad daar",
        "in {s} wat is daar de hoofdstad",
        "{b} welke stad is de hoofdstad",
    ]),
    ("disfluency", 14, [
        "eh wat is de hoofdstad {g}",
        "uhm hoe heet de hoofdstad {g}",
        "wat is de hoofdstad eh {g}",
        "wat is de de hoofdstad {g}",
        "nou eh wat is de hoofdstad {g} eigenlijk",
        "hoe heet eh de hoofdstad {g}",
        "eh zeg eens eh de hoofdstad {g}",
        "ja eh wat is de hoofdstad {g}",
        "hm wat was de hoofdstad {g} ook alweer",
        "wat is de hoofdstad van eh {s}",
    ]),
    ("follow-up", 16, [
        "en {g}",
        "en {s}",
        "en wat is de hoofdstad {g}",
        "en die {g}",
        "en hoe zit het met {s}",
        "en {s} dan",
        "oké en {g}",
        "en wat dacht je {g}",
        "en nu {s}",
        "en de hoofdstad {g}",
        "en hoe heet die {g}",
        "nu {s}",
        "en bij {s}",
        "goed en {g}",
    ]),
    ("words-around", 18, [
        "alexa wat is de hoofdstad {g}",
        "hé alexa hoe heet de hoofdstad {g}",
        "ik heb een vraag wat is de hoofdstad {g}",
        "even een vraagje wat is de hoofdstad {g}",
        "voor mijn kruiswoordpuzzel de hoofdstad {g}",
        "mijn zoon wil weten wat de hoofdstad {g} is",
        "mijn dochter vraagt wat de hoofdstad {g} is",
        "we hebben een discussie wat is de hoofdstad {g}",
        "wat is de hoofdstad {g} weet jij dat",
        "wat is de hoofdstad {g} ik kom er niet op",
        "wat is de hoofdstad {g} ik ben het vergeten",
        "snelle vraag wat is de hoofdstad {g}",
        "quizvraag wat is de hoofdstad {g}",
        "help me even wat is de hoofdstad {g}",
        "wat is de hoofdstad {g} dank je",
        "goedemorgen wat is de hoofdstad {g}",
        "wat is de hoofdstad {g} weet je dat",
    ]),
    ("article-name", 14, "ARTICLE_PLACES", [
        "wat is de hoofdstad {g}",
        "hoofdstad {g}",
        "hoe heet de hoofdstad {g}",
        "welke hoofdstad heeft {t}",
        "de hoofdstad {g}",
        "welke stad is de hoofdstad {g}",
    ]),
]

# article-name only asks about places said with an article ("de filipijnen", "het verenigd koninkrijk").
ARTICLE_PLACES = ["PH", "MV", "BS", "AE", "KM", "SC", "SB", "MH", "CF", "DO", "CD", "CG", "VA", "KY", "FK", "FO", "EH"]

# family, frames with {x1} (the place said first) and {x2} (the place meant), pairs of ids: the line expects the second
CORRECTIONS = ("self-correction", [
    "wat is de hoofdstad {g1} nee {g2}",
    "hoe heet de hoofdstad {g1} eh ik bedoel {g2}",
    "de hoofdstad {g1} oh nee {g2}",
    "hoofdstad {g1} nee sorry {g2}",
    "wat is de hoofdstad {g1} of nee wacht {g2}",
    "wat is de hoofdstad {g1} eh nee {b2} bedoel ik",
    "wat is de hoofdstad {g1} pardon {g2}",
    "zeg eens de hoofdstad {g1} nee toch {g2}",
], [("ES", "PT"), ("AT", "CH"), ("SE", "NO"), ("IR", "IQ"), ("SK", "SI"), ("KE", "UG"), ("AR", "UY"), ("LV", "LT"),
    ("DK", "FI"), ("TR", "GR")])

WRITTEN = [
    ("subdivision", [
        ("wat is de hoofdstad van beieren", "DE-BY"),
        ("hoe heet de hoofdstad van de deelstaat hessen", "DE-HE"),
        ("wat is de hoofdstad van nedersaksen", "DE-NI"),
        ("welke stad is de hoofdstad van noordrijn westfalen", "DE-NW"),
        ("wat is de hoofdstad van saksen", "DE-SN"),
        ("wat is de hoofdstad van de duitse deelstaat thüringen", "DE-TH"),
        ("wat is de hoofdstad van californië", "US-CA"),
        ("wat is de hoofdstad van de staat new york", "US-NY"),
        ("hoofdstad van texas", "US-TX"),
        ("wat is de hoofdstad van florida", "US-FL"),
        ("wat is de provinciehoofdstad van ontario", "CA-ON"),
        ("wat is de hoofdstad van de provincie quebec", "CA-QC"),
        ("wat is de hoofdstad van schotland", "GB-SCT"),
        ("hoe heet de hoofdstad van wales", "GB-WLS"),
        ("wat is de hoofdstad van noord ierland", "GB-NIR"),
        ("wat is de hoofdstad van queensland", "AU-QLD"),
        ("wat is de hoofdstad van de australische staat victoria", "AU-VIC"),
        ("wat is de hoofdstad van hawaï", "US-HI"),
        ("wat is de hoofdstad van groenland", "GL"),
        ("wat is de hoofdstad van rijnland palts", "DE-RP"),
    ]),
    ("kingdom-caribbean", [
        ("wat is de hoofdstad van aruba", "AW"),
        ("hoe heet de hoofdstad van curaçao", "CW"),
        ("wat is de hoofdstad van sint maarten", "SX"),
        ("wat is de hoofdstad van caribisch nederland", "BQ"),
        ("wat is de hoofdstad van bonaire", "BQ"),
        ("wat is de hoofdstad van suriname", "SR"),
        ("welke stad is de hoofdstad van aruba", "AW"),
    ]),
    ("plural-capitals", [
        ("welke hoofdsteden heeft zuid afrika", "ZA"),
        ("wat zijn de hoofdsteden van bolivia", "BO"),
        ("hoeveel hoofdsteden heeft zuid afrika", "ZA"),
        ("wat zijn de drie hoofdsteden van zuid afrika", "ZA"),
        ("heeft bolivia twee hoofdsteden", "BO"),
        ("wat zijn de twee hoofdsteden van ivoorkust", "CI"),
        ("welke hoofdsteden heeft benin", "BJ"),
        ("hoeveel hoofdsteden heeft sri lanka", "LK"),
        ("maleisië heeft toch twee hoofdsteden", "MY"),
        ("noem de hoofdsteden van eswatini", "SZ"),
        ("welke hoofdsteden heeft palestina", "PS"),
        ("is amsterdam of den haag de hoofdstad van nederland", "NL"),
        ("wat is nou eigenlijk de echte hoofdstad van nederland", "NL"),
        ("hoofdsteden van bolivia", "BO"),
        ("wat is de hoofdstad van nederland", "NL"),
    ]),
    ("yes-no-check", [
        ("is zürich de hoofdstad van zwitserland", "CH"),
        ("is sydney de hoofdstad van australië", "AU"),
        ("is istanbul de hoofdstad van turkije", "TR"),
        ("is rio de janeiro de hoofdstad van brazilië", "BR"),
        ("is toronto eigenlijk de hoofdstad van canada", "CA"),
        ("klopt het dat new york de hoofdstad van amerika is", "US"),
        ("is lagos de hoofdstad van nigeria", "NG"),
        ("is mumbai de hoofdstad van india of niet", "IN"),
        ("is auckland de hoofdstad van nieuw zeeland", "NZ"),
        ("is casablanca de hoofdstad van marokko", "MA"),
        ("is dubai de hoofdstad van de emiraten", "AE"),
        ("is antwerpen de hoofdstad van belgië", "BE"),
        ("is de hoofdstad van spanje barcelona", "ES"),
        ("is den haag de hoofdstad van nederland", "NL"),
    ]),
    ("official-long-name", [
        ("wat is de hoofdstad van de bondsrepubliek duitsland", "DE"),
        ("hoofdstad van het koninkrijk der nederlanden", "NL"),
        ("wat is de hoofdstad van het koninkrijk belgië", "BE"),
        ("wat is de hoofdstad van de verenigde staten van amerika", "US"),
        ("wat is de hoofdstad van de volksrepubliek china", "CN"),
        ("hoe heet de hoofdstad van de russische federatie", "RU"),
        ("wat is de hoofdstad van de republiek korea", "KR"),
        ("wat is de hoofdstad van de democratische volksrepubliek korea", "KP"),
        ("wat is de hoofdstad van de franse republiek", "FR"),
        ("wat is de hoofdstad van het koninkrijk spanje", "ES"),
        ("welke stad is de hoofdstad van het koninkrijk noorwegen", "NO"),
        ("wat is de hoofdstad van het groothertogdom luxemburg", "LU"),
        ("wat is de hoofdstad van het vorstendom liechtenstein", "LI"),
        ("wat is de hoofdstad van de islamitische republiek iran", "IR"),
        ("wat is de hoofdstad van de republiek ierland", "IE"),
        ("wat is de hoofdstad van de tsjechische republiek", "CZ"),
        ("wat is de hoofdstad van het verenigd koninkrijk", "GB"),
        ("wat is de hoofdstad van de republiek zuid afrika", "ZA"),
        ("wat is de hoofdstad van de arabische republiek egypte", "EG"),
        ("wat is de hoofdstad van de republiek oostenrijk", "AT"),
        ("wat is de hoofdstad van het koninkrijk denemarken", "DK"),
        ("hoe heet de hoofdstad van het koninkrijk zweden", "SE"),
        ("wat is de hoofdstad van de republiek polen", "PL"),
        ("wat is de hoofdstad van het koninkrijk marokko", "MA"),
        ("wat is de hoofdstad van de staat israël", "IL"),
        ("wat is de hoofdstad van de republiek turkije", "TR"),
        ("wat is de hoofdstad van het koninkrijk thailand", "TH"),
        ("wat is de hoofdstad van de socialistische republiek vietnam", "VN"),
        ("wat is de hoofdstad van de republiek india", "IN"),
        ("wat is de hoofdstad van de zwitserse bondsstaat", "CH"),
    ]),
    ("everyday-short-name", [
        ("hoofdstad van de vs", "US"),
        ("wat is de hoofdstad van de states", "US"),
        ("wat is de hoofdstad van engeland", "GB-ENG"),
        ("wat is de hoofdstad van het vk", "GB"),
        ("wat is de hoofdstad van holland", "NL"),
        ("wat is de hoofdstad van wit rusland", "BY"),
        ("wat is de hoofdstad van de emiraten", "AE"),
        ("wat is de hoofdstad van de vae", "AE"),
        ("wat is de hoofdstad van birma", "MM"),
        ("hoofdstad van oost timor", "TL"),
        ("wat is de hoofdstad van swaziland", "SZ"),
        ("wat is de hoofdstad van bosnië", "BA"),
        ("wat is de hoofdstad van macedonië", "MK"),
        ("wat is de hoofdstad van congo kinshasa", "CD"),
        ("wat is de hoofdstad van congo brazzaville", "CG"),
        ("wat is de hoofdstad van saoedi", "SA"),
        ("wat is de hoofdstad van türkiye", "TR"),
        ("wat is de hoofdstad van tsjechië", "CZ"),
        ("wat is de hoofdstad van de dominicaanse republiek", "DO"),
        ("wat is de hoofdstad van vaticaanstad", "VA"),
    ]),
    ("shared-and-lookalike", [
        ("wat is de hoofdstad van korea", "KP+KR"),
        ("hoe heet de hoofdstad van korea", "KP+KR"),
        ("wat is de hoofdstad van congo", "CD+CG"),
        ("hoofdstad congo", "CD+CG"),
        ("wat zijn de hoofdsteden van noord en zuid korea", "KP+KR"),
        ("wat is de hoofdstad van de maagdeneilanden", "VG+VI"),
        ("wat is de hoofdstad van guinee", "GN"),
        ("wat is de hoofdstad van guinee bissau", "GW"),
        ("wat is de hoofdstad van equatoriaal guinea", "GQ"),
        ("wat is de hoofdstad van papoea nieuw guinea", "PG"),
        ("wat is de hoofdstad van niger", "NE"),
        ("wat is de hoofdstad van nigeria", "NG"),
        ("wat is de hoofdstad van dominica", "DM"),
        ("wat is de hoofdstad van zuid soedan", "SS"),
        ("wat is de hoofdstad van georgië", "GE"),
        ("wat is de hoofdstad van de staat georgia", "US-GA"),
        ("wat is de hoofdstad van ijsland", "IS"),
        ("wat is de hoofdstad van amerikaans samoa", "AS"),
        ("wat is de hoofdstad van luxemburg", "LU"),
        ("wat is de hoofdstad van mexico", "MX"),
    ]),
    ("out-of-domain", [(text, "AMAZON.FallbackIntent") for text in [
        "welke stad is de modehoofdstad van de wereld",
        "wat is de culturele hoofdstad van europa",
        "welke stad is de hoofdstad van de liefde",
        "wat betekent het woord hoofdstad",
        "hoe zeg je hoofdstad in het engels",
        "hoeveel inwoners heeft duitsland",
        "welke taal spreken ze in brazilië",
        "wat is de munteenheid van japan",
        "met welk geld betaal je in zwitserland",
        "waar ligt mongolië",
        "hoe groot is canada",
        "wie is de president van frankrijk",
        "hoe laat is het in tokio",
        "wat voor weer wordt het morgen",
        "zet een timer voor tien minuten",
        "vertel een mop",
        "speel wat muziek",
        "wat is het grootste land ter wereld",
        "welk land heeft de meeste inwoners",
        "hoeveel provincies heeft nederland",
        "wie is de koning van nederland",
        "wat is de hoogste berg van europa",
        "hoe ver is het naar parijs",
        "welke landen grenzen aan duitsland",
        "hoeveel landen zijn er in afrika",
        "wat is de grootste stad van turkije",
        "wat is de grootste stad van zwitserland",
        "hoeveel mensen wonen er in berlijn",
        "in welk land ligt timboektoe",
        "wat is het landnummer van belgië",
        "hoe ziet de vlag van italië eruit",
        "wat is het volkslied van frankrijk",
        "ik woon in de hoofdstad",
        "wat is er te doen in de hoofdstad",
        "hoe laat gaat de trein naar utrecht",
        "hoe lang vlieg je naar new york",
        "wie is de burgemeester van amsterdam",
        "hoe koud is het in moskou",
        "is noorwegen lid van de eu",
        "hoeveel continenten zijn er",
        "welke talen spreken ze in belgië",
        "maak me wakker om zeven uur",
        "hoe gaat het met je",
        "wat is de hoofdletter van een zin",
        "welke stad is de fietshoofdstad van de wereld",
        "hoeveel hoofdsteden zijn er in de wereld",
        "welke hoofdstad ligt het hoogst",
        "sinds wanneer is amsterdam de hoofdstad",
        "hoe ver is amsterdam van rotterdam",
        "wat kost een vlucht naar rome",
        "hoe is het weer in lissabon",
        "doe het licht aan",
        "hoe laat is het",
        "vertaal hallo naar het spaans",
        "wie heeft het laatste wk gewonnen",
        "wat is de langste rivier ter wereld",
        "welke rivier stroomt door wenen",
    ]]),
    ("help", [(text, "AMAZON.HelpIntent") for text in [
        "help",
        "hulp",
        "ik heb hulp nodig",
        "wat kan ik vragen",
        "hoe werkt dit",
        "wat kun je allemaal",
        "hoe moet ik dit gebruiken",
        "wat moet ik zeggen",
        "help me",
        "leg eens uit hoe dit werkt",
        "help alsjeblieft",
        "kun je me helpen",
        "hoe gaat dit",
        "welke vragen kan ik stellen",
        "geef eens een voorbeeld",
        "hoe moet ik het vragen",
        "wat kan ik hier doen",
        "ik weet niet wat ik moet zeggen",
    ]]),
    ("stop", [(text, "AMAZON.StopIntent") for text in [
        "stop",
        "stoppen",
        "hou op",
        "houd op",
        "afsluiten",
        "stop maar",
        "ophouden",
        "stop alsjeblieft",
        "stop ermee",
        "alexa stop",
        "hou maar op",
        "zet uit",
        "ik wil stoppen",
        "sluit af",
        "afsluiten alsjeblieft",
    ]]),
    ("cancel", [(text, "AMAZON.CancelIntent") for text in [
        "annuleren",
        "laat maar",
        "annuleer",
        "laat maar zitten",
        "vergeet het maar",
        "annuleer maar",
        "annuleer dat",
        "nee laat maar",
        "vergeet het",
        "laat ook maar",
        "toch maar niet",
        "annuleren alsjeblieft",
    ]]),
    ("launch", [(text, "LaunchRequest") for text in [
        "open hoofdsteden van de wereld",
        "start hoofdsteden van de wereld",
        "alexa open hoofdsteden van de wereld",
    ]]),
]
