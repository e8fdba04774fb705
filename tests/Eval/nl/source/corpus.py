"""Dutch (nl-NL): what people ask a voice assistant about capitals, written by hand for Dutch.

Dutch says "de hoofdstad van frankrijk"; a few names carry an article ("de verenigde staten", "het verenigd
koninkrijk", "de filipijnen"). Frames use {x} (subject), {of} ("van frankrijk", "van de verenigde staten"),
{n} (bare name), {heeft} (verb agreeing with the subject), {num} (number of capitals), {city} (a capital, for the
reverse question).
"""

NL = "nl-NL"
LOCALES = {NL: 1}
SPOKEN = r"[a-zà-öø-ÿ]+(['-][a-zà-öø-ÿ]+)*( [a-zà-öø-ÿ]+(['-][a-zà-öø-ÿ]+)*)*"


def forms(subject, **extra):
    plural = subject.startswith("de ") and subject.endswith(("en", "'s"))
    bare = subject.split(" ", 1)[1] if subject.startswith(("de ", "het ")) else subject
    return {"x": subject, "of": "van " + subject, "n": bare, "heeft": "hebben" if plural else "heeft", **extra}


def p(*names, **extra):
    return [forms(name, **extra) for name in names]


PLACES = {
    "NL": p("nederland", "holland", num="twee"), "BE": p("belgië"), "DE": p("duitsland"), "FR": p("frankrijk"),
    "GB": p("het verenigd koninkrijk", "groot-brittannië"), "ES": p("spanje"), "PT": p("portugal"), "IT": p("italië"),
    "CH": p("zwitserland"), "AT": p("oostenrijk"), "LU": p("luxemburg"), "DK": p("denemarken"), "SE": p("zweden"),
    "NO": p("noorwegen"), "FI": p("finland"), "IS": p("ijsland"), "IE": p("ierland"), "PL": p("polen"),
    "CZ": p("tsjechië"), "HU": p("hongarije"), "RO": p("roemenië"), "BG": p("bulgarije"), "GR": p("griekenland"),
    "TR": p("turkije"), "HR": p("kroatië"), "RS": p("servië"), "UA": p("oekraïne", "de oekraïne"), "RU": p("rusland"),
    "US": p("de verenigde staten", "amerika"), "CA": p("canada"), "MX": p("mexico"), "BR": p("brazilië"),
    "AR": p("argentinië"), "CL": p("chili"), "PE": p("peru"), "CO": p("colombia"), "VE": p("venezuela"),
    "SR": p("suriname"), "CU": p("cuba"), "BO": p("bolivia", num="twee"), "CN": p("china"), "JP": p("japan"),
    "IN": p("india"), "PK": p("pakistan"), "IR": p("iran"), "IQ": p("irak"), "IL": p("israël"), "LB": p("libanon"),
    "SY": p("syrië"), "SA": p("saoedi-arabië"), "QA": p("qatar"),
    "AE": p("de verenigde arabische emiraten", "de emiraten"), "AF": p("afghanistan"), "NP": p("nepal"),
    "TH": p("thailand"), "VN": p("vietnam"), "PH": p("de filipijnen"), "ID": p("indonesië"),
    "MY": p("maleisië", num="twee"), "LK": p("sri lanka", num="twee"), "KR": p("zuid-korea"), "KP": p("noord-korea"),
    "MN": p("mongolië"), "KZ": p("kazachstan"), "EG": p("egypte"), "MA": p("marokko"), "TN": p("tunesië"),
    "DZ": p("algerije"), "ZA": p("zuid-afrika", num="drie"), "NG": p("nigeria"), "KE": p("kenia"),
    "ET": p("ethiopië"), "GH": p("ghana"), "SN": p("senegal"), "CI": p("ivoorkust", num="twee"),
    "BJ": p("benin", num="twee"), "PS": p("palestina", num="twee"), "SZ": p("eswatini", "swaziland", num="twee"),
    "AU": p("australië"), "NZ": p("nieuw-zeeland"), "LI": p("liechtenstein"), "MC": p("monaco"),
    "VA": p("vaticaanstad", "het vaticaan"), "AD": p("andorra"), "MT": p("malta"), "CY": p("cyprus"),
    "GE": p("georgië"), "JM": p("jamaica"), "BS": p("de bahama's"),
}
SEVERAL = ["ZA", "BO", "NL", "CI", "BJ", "LK", "MY", "PS", "SZ"]

SHARED = [
    (forms("korea"), "KP+KR"), (forms("de twee korea's"), "KP+KR"), (forms("congo"), "CD+CG"),
    (forms("de democratische republiek congo"), "CD"), (forms("guinee"), "GN"), (forms("equatoriaal-guinea"), "GQ"),
    (forms("guinee-bissau"), "GW"), (forms("papoea-nieuw-guinea"), "PG"), (forms("niger"), "NE"),
    (forms("dominica"), "DM"), (forms("de dominicaanse republiek"), "DO"), (forms("zuid-soedan"), "SS"),
    (forms("soedan"), "SD"),
]

SUBDIVISIONS = [
    (forms("aruba"), "AW"), (forms("curaçao"), "CW"), (forms("sint maarten"), "SX"), (forms("engeland"), "GB-ENG"),
    (forms("schotland"), "GB-SCT"), (forms("wales"), "GB-WLS"), (forms("noord-ierland"), "GB-NIR"),
    (forms("beieren"), "DE-BY"), (forms("californië"), "US-CA"), (forms("texas"), "US-TX"), (forms("groenland"), "GL"),
    (forms("de faeröer"), "FO"), (forms("quebec"), "CA-QC"), (forms("florida"), "US-FL"),
]

CITIES = [
    ({"city": "nairobi"}, "KE"), ({"city": "lissabon"}, "PT"), ({"city": "wenen"}, "AT"), ({"city": "warschau"}, "PL"),
    ({"city": "caïro"}, "EG"), ({"city": "canberra"}, "AU+AU-ACT"), ({"city": "ottawa"}, "CA"), ({"city": "oslo"}, "NO"),
    ({"city": "praag"}, "CZ"), ({"city": "kopenhagen"}, "DK"), ({"city": "paramaribo"}, "SR"),
]

QUESTION = ["wat is de hoofdstad {of}", "hoe heet de hoofdstad {of}", "weet jij wat de hoofdstad {of} is",
            "wat is de hoofdstad {of} ook alweer", "noem de hoofdstad {of}"]

FAMILIES = [
    ("direct-question", "countries", 40, [
        "wat is de hoofdstad {of}", "hoe heet de hoofdstad {of}", "wat is eigenlijk de hoofdstad {of}",
        "welke hoofdstad {heeft} {x}", "wat is de naam van de hoofdstad {of}", "wat is nu de hoofdstad {of}",
        "de hoofdstad {of} is wat"]),
    ("which-city", "countries", 20, [
        "welke stad is de hoofdstad {of}", "welke stad is hoofdstad {of}", "wat voor stad is de hoofdstad {of}",
        "de hoofdstad {of} welke stad is dat"]),
    ("polite-request", "countries", 30, [
        "vertel me de hoofdstad {of}", "noem de hoofdstad {of}", "zeg eens wat de hoofdstad {of} is",
        "kun je me vertellen wat de hoofdstad {of} is", "kun je me de hoofdstad {of} noemen",
        "kunt u mij vertellen wat de hoofdstad {of} is", "mag ik de hoofdstad {of} weten",
        "ik wil weten wat de hoofdstad {of} is", "ik zou graag de hoofdstad {of} willen weten",
        "de hoofdstad {of} graag", "wat is de hoofdstad {of} alsjeblieft", "vertel eens wat de hoofdstad {of} is",
        "geef me de hoofdstad {of}", "zoek de hoofdstad {of} op"]),
    ("do-you-know", "countries", 25, [
        "weet jij wat de hoofdstad {of} is", "weet je wat de hoofdstad {of} is", "ken jij de hoofdstad {of}",
        "weet je de hoofdstad {of}", "ik ben vergeten wat de hoofdstad {of} is",
        "ik weet niet meer wat de hoofdstad {of} is", "ik vraag me af wat de hoofdstad {of} is",
        "weet jij hoe de hoofdstad {of} heet"]),
    ("topicalized", "countries", 16, [
        "{x} wat is daar de hoofdstad", "{of} wat is de hoofdstad", "{x} hoe heet de hoofdstad daar",
        "{x} welke stad is daar de hoofdstad"]),
    ("leading-filler", "countries", 16, [
        "hé wat is de hoofdstad {of}", "zeg wat is de hoofdstad {of}", "hoi wat is de hoofdstad {of}",
        "eh wat is de hoofdstad {of}", "even een vraag wat is de hoofdstad {of}", "nou wat is de hoofdstad {of}",
        "goedemorgen wat is de hoofdstad {of}", "ehm hoe heet de hoofdstad {of}"]),
    ("trailing-words", "countries", 16, [
        "wat is de hoofdstad {of} ook alweer", "hoe heet de hoofdstad {of} ook alweer", "wat is de hoofdstad {of} eigenlijk",
        "wat is de hoofdstad {of} dan", "wat was de hoofdstad {of} ook alweer", "wat is de hoofdstad {of} bedankt",
        "wat is de hoofdstad {of} precies"]),
    ("bare-name", "countries", 16, ["hoofdstad {of}", "de hoofdstad {of}", "{n} hoofdstad", "hoofdstad {n}"]),
    ("follow-up", "countries", 16, [
        "en {x}", "en {of}", "en de hoofdstad {of}", "en hoe zit het met {x}", "nu {x}", "en voor {x}",
        "en {x} dan", "dezelfde vraag voor {x}"]),
    ("everyday-name", "alternatives", 8, QUESTION),
    ("plural-capitals", "several", 14, [
        "wat zijn de hoofdsteden {of}", "hoeveel hoofdsteden {heeft} {x}", "welke hoofdsteden {heeft} {x}",
        "wat zijn de {num} hoofdsteden {of}", "noem de hoofdsteden {of}", "{x} {heeft} {num} hoofdsteden welke zijn dat"]),
    ("shared-name", "shared", 14, QUESTION),
    ("subdivision", "subdivisions", 16, QUESTION[:4]),
    ("reverse-question", "cities", 8, [
        "{city} is de hoofdstad van welk land", "van welk land is {city} de hoofdstad",
        "welk land heeft {city} als hoofdstad", "{city} is hoofdstad van welk land"]),
]

OUT_OF_DOMAIN = [
    "wat voor weer wordt het vandaag", "gaat het morgen regenen", "zet een timer van tien minuten", "hoe laat is het",
    "maak me om zeven uur wakker", "speel muziek", "vertel een mop", "hoeveel inwoners heeft nederland",
    "welke taal spreken ze in brazilië", "wat is de munteenheid van zwitserland", "wat is het grootste land ter wereld",
    "wat is de grootste stad van canada", "wie is de premier van nederland", "waar ligt madagaskar",
    "hoeveel is zeven keer acht", "vertaal hallo in het engels", "zet melk op de boodschappenlijst",
    "doe het licht in de woonkamer aan", "wat is eigen vermogen", "hoe heet jij", "hoe oud ben jij",
    "hoe hoog is de eiffeltoren", "hoe ver is de maan", "wat is de langste rivier van europa",
    "speel radio twee", "hoe laat is het in tokio", "hoe heeft ajax gespeeld",
    "hoe ziet de vlag van japan eruit", "hoeveel landen zijn er in afrika", "wat betekent hoofdletter", "speel het nieuws", "welke dag is het vandaag",
]
HELP = ["help", "hulp", "ik heb hulp nodig", "hoe werkt dit", "wat kan ik vragen", "wat kun je", "ik weet niet wat ik moet zeggen"]
STOP = ["stop", "stoppen", "hou op", "afsluiten", "wees stil", "stop ermee"]
CANCEL = ["annuleer", "annuleren", "laat maar", "vergeet het", "laat maar zitten"]
