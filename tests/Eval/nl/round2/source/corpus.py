"""Dutch (nl-NL), round 2: how people in the Netherlands ask Alexa for a capital, written blind on 30 November 2026.
Transcripts lower case with accents and diaereses kept ("belgië", "curaçao"), no punctuation; hyphens and
apostrophes inside names as written ("zuid-afrika", "de bahama's"). A name is written with its article where Dutch
says one ("de verenigde staten", "het verenigd koninkrijk"); the frames put "van" before it."""
from round2_world_corpus import family, place

LANGUAGE = "nl"
LOCALE = "nl-NL"
SEED = "round2-20261130-nl"
_WORD = "[a-zàáâäçèéêëíïóôöúûü]+(['-][a-zàáâäçèéêëíïóôöúûü]+)*"
TEXT = rf"{_WORD}( {_WORD})*"


def forms(name):
    """{subj} the name as it stands alone ("de verenigde staten"), {van} after "van", {x} without its article."""
    article, _, rest = name.partition(" ")
    bare = rest if article in ("de", "het") else name
    return {"subj": name, "van": "van " + name, "x": bare}


COUNTRIES = [
    place("FR", "frankrijk"), place("DE", "duitsland"), place("BE", "belgië"), place("ES", "spanje"),
    place("PT", "portugal"), place("IT", "italië"), place("GB", "het verenigd koninkrijk", "groot-brittannië"),
    place("IE", "ierland"), place("CH", "zwitserland"), place("AT", "oostenrijk"), place("DK", "denemarken"),
    place("NO", "noorwegen"), place("SE", "zweden"), place("FI", "finland"), place("IS", "ijsland"),
    place("PL", "polen"), place("CZ", "tsjechië"), place("HU", "hongarije"), place("RO", "roemenië"),
    place("BG", "bulgarije"), place("GR", "griekenland"), place("TR", "turkije"), place("HR", "kroatië"),
    place("RS", "servië"), place("SK", "slowakije"), place("SI", "slovenië"), place("UA", "oekraïne"),
    place("RU", "rusland"), place("BY", "belarus", "wit-rusland"), place("LT", "litouwen"), place("LV", "letland"),
    place("EE", "estland"), place("LU", "luxemburg"), place("MT", "malta"), place("CY", "cyprus"),
    place("AL", "albanië"), place("MK", "noord-macedonië", "macedonië"), place("MA", "marokko"),
    place("EG", "egypte"), place("TN", "tunesië"), place("DZ", "algerije"), place("LY", "libië"),
    place("ET", "ethiopië"), place("KE", "kenia"), place("GH", "ghana"), place("SN", "senegal"),
    place("TZ", "tanzania"), place("ZW", "zimbabwe"), place("MZ", "mozambique"), place("AO", "angola"),
    place("MG", "madagaskar"), place("SR", "suriname"), place("ID", "indonesië"), place("JP", "japan"),
    place("CN", "china"), place("IN", "india"), place("PK", "pakistan"), place("IR", "iran"), place("IQ", "irak"),
    place("IL", "israël"), place("SA", "saoedi-arabië"), place("AE", "de verenigde arabische emiraten", "de emiraten"),
    place("QA", "qatar"), place("AF", "afghanistan"), place("TH", "thailand"), place("VN", "vietnam"),
    place("PH", "de filipijnen"), place("KR", "zuid-korea"), place("KP", "noord-korea"), place("AU", "australië"),
    place("NZ", "nieuw-zeeland"), place("CA", "canada"), place("MX", "mexico"), place("BR", "brazilië"),
    place("AR", "argentinië"), place("CL", "chili"), place("PE", "peru"), place("CO", "colombia"),
    place("VE", "venezuela"), place("CU", "cuba"), place("US", "amerika", "de verenigde staten", "de vs"),
    place("JM", "jamaica"), place("MN", "mongolië"), place("KZ", "kazachstan"), place("NP", "nepal"),
    place("BD", "bangladesh"), place("SY", "syrië"), place("LB", "libanon"), place("JO", "jordanië"),
    place("AM", "armenië"), place("AZ", "azerbeidzjan"), place("GY", "guyana"), place("EC", "ecuador"),
    place("UY", "uruguay"), place("PY", "paraguay"), place("CR", "costa rica"), place("PA", "panama"),
    place("HT", "haïti"), place("BS", "de bahama's"), place("TW", "taiwan"), place("XK", "kosovo"),
    place("CV", "kaapverdië"), place("MM", "myanmar", "birma"), place("LK", "sri lanka"), place("NG", "nigeria"),
]

OFFICIAL = [
    place("NL", "het koninkrijk der nederlanden"), place("DE", "de bondsrepubliek duitsland"),
    place("FR", "de franse republiek"), place("BE", "het koninkrijk belgië"),
    place("US", "de verenigde staten van amerika"), place("CN", "de volksrepubliek china"),
    place("RU", "de russische federatie"), place("SR", "de republiek suriname"), place("ID", "de republiek indonesië"),
    place("LU", "het groothertogdom luxemburg"), place("IE", "de republiek ierland"),
    place("CD", "de democratische republiek congo"), place("CZ", "de tsjechische republiek"),
    place("GB", "het verenigd koninkrijk van groot-brittannië en noord-ierland"),
]

EVERYDAY = [
    place("US", "de vs", "de staten"), place("GB", "groot-brittannië", "het vk"), place("AE", "de emiraten"),
    place("BY", "wit-rusland"), place("MM", "birma"), place("CI", "ivoorkust"), place("CZ", "tsjechië"),
    place("MK", "macedonië"), place("CG", "congo-brazzaville"), place("CD", "congo-kinshasa"),
    place("VA", "vaticaanstad", "het vaticaan"),
]

SEVERAL = [
    place("ZA", "zuid-afrika", tags="three"), place("BO", "bolivia", tags="two"),
    place("NL", "nederland", "holland", tags="two"), place("CI", "ivoorkust", "de ivoorkust", tags="two"),
    place("BJ", "benin", tags="two"), place("LK", "sri lanka", tags="two"), place("MY", "maleisië", tags="two"),
    place("PS", "palestina", tags="two"), place("SZ", "eswatini", "swaziland", tags="two"),
]

SHARED = [
    place("KP+KR", "korea"), place("CD+CG", "congo"), place("GN", "guinee"), place("GQ", "equatoriaal-guinea"),
    place("GW", "guinee-bissau"), place("NE", "niger"), place("NG", "nigeria"), place("SD", "soedan"),
    place("SS", "zuid-soedan"), place("DM", "dominica"), place("DO", "de dominicaanse republiek"),
    place("GE", "georgië"), place("VG+VI", "de maagdeneilanden"),
]

SUBDIVISIONS = [
    place("AW", "aruba", tags="island"), place("CW", "curaçao", tags="island"),
    place("SX", "sint maarten", tags="island"), place("BQ", "caribisch nederland", tags="island"),
    place("US-CA", "californië", tags="state"), place("US-TX", "texas", tags="state"),
    place("US-NY", "de staat new york"), place("US-FL", "florida", tags="state"), place("US-HI", "hawaï", tags="state"),
    place("DE-BY", "beieren"), place("DE-NW", "noordrijn-westfalen"), place("GB-SCT", "schotland"),
    place("GB-ENG", "engeland"), place("GB-WLS", "wales"), place("GL", "groenland"), place("CA-QC", "quebec"),
]

POOLS = {"countries": COUNTRIES, "official": OFFICIAL, "everyday": EVERYDAY, "several": SEVERAL, "shared": SHARED,
         "subdivisions": SUBDIVISIONS}

FAMILIES = [
    family("direct-question", "countries", 18,
           "wat is de hoofdstad {van}", "welke stad is de hoofdstad {van}", "hoe heet de hoofdstad {van}",
           "wat is de naam van de hoofdstad {van}", "wat voor hoofdstad heeft {subj}", "welke hoofdstad heeft {subj}",
           "wat is eigenlijk de hoofdstad {van}", "wat is de hoofdstad {van}"),
    family("polite-request", "countries", 14,
           "vertel me de hoofdstad {van}", "kun je me vertellen wat de hoofdstad {van} is",
           "zou je me de hoofdstad {van} kunnen vertellen", "mag ik de hoofdstad {van} weten",
           "wil je me zeggen wat de hoofdstad {van} is", "kan je me de hoofdstad {van} zeggen",
           "wat is de hoofdstad {van} alsjeblieft", "alsjeblieft wat is de hoofdstad {van}",
           "ik wil graag weten wat de hoofdstad {van} is", "ik zou graag de hoofdstad {van} willen weten"),
    family("imperative", "countries", 10,
           "noem de hoofdstad {van}", "zeg de hoofdstad {van}", "geef me de hoofdstad {van}",
           "zoek de hoofdstad {van} op", "vertel wat de hoofdstad {van} is", "geef de hoofdstad {van}"),
    family("do-you-know", "countries", 12,
           "weet je de hoofdstad {van}", "weet jij wat de hoofdstad {van} is", "ken je de hoofdstad {van}",
           "weet je welke stad de hoofdstad {van} is", "ik ben de hoofdstad {van} vergeten",
           "heb je enig idee wat de hoofdstad {van} is", "weet jij hoe de hoofdstad {van} heet"),
    family("leading-filler", "countries", 12,
           "eh wat is de hoofdstad {van}", "nou wat is de hoofdstad {van}", "alexa wat is de hoofdstad {van}",
           "zeg eens wat is de hoofdstad {van}", "even een vraag wat is de hoofdstad {van}",
           "hé wat is de hoofdstad {van}", "oké wat is de hoofdstad {van}", "eh hoe heet de hoofdstad {van}",
           "nou eh welke stad is de hoofdstad {van}"),
    family("trailing-words", "countries", 12,
           "wat is de hoofdstad {van} ook alweer", "wat was de hoofdstad {van} nou", "wat is de hoofdstad {van} eigenlijk",
           "wat is de hoofdstad {van} eh", "hoe heet de hoofdstad {van} ook weer", "wat is de hoofdstad {van} dan",
           "wat is de hoofdstad {van} nou eigenlijk", "wat is de hoofdstad {van} nou"),
    family("topicalized", "countries", 10,
           "{subj} wat is daar de hoofdstad van", "{subj} wat is de hoofdstad daarvan", "{van} wat is de hoofdstad",
           "{subj} welke stad is daar de hoofdstad", "{subj} hoe heet de hoofdstad daar",
           "{van} hoe heet de hoofdstad"),
    family("bare-name", "countries", 10,
           "hoofdstad {van}", "de hoofdstad {van}", "hoofdstad {x}", "{x} hoofdstad", "hoofdstad {van} graag"),
    family("follow-up", "countries", 14,
           "en {subj}", "en {van}", "en de hoofdstad {van}", "en hoe zit het met {subj}",
           "en wat is de hoofdstad {van}", "oké en {subj}", "en {subj} dan", "en die {van}", "en wat dacht je van {subj}"),
    family("official-name", "official", 10,
           "wat is de hoofdstad {van}", "hoe heet de hoofdstad {van}", "weet je de hoofdstad {van}",
           "vertel me de hoofdstad {van}"),
    family("everyday-name", "everyday", 8,
           "wat is de hoofdstad {van}", "hoe heet de hoofdstad {van}", "en {subj}", "welke stad is de hoofdstad {van}"),
    family("plural-capitals", "several", 12,
           "wat zijn de hoofdsteden {van}", "hoeveel hoofdsteden heeft {subj}", ("welke twee hoofdsteden heeft {subj}", "two"),
           ("wat zijn de drie hoofdsteden {van}", "three"), "noem de hoofdsteden {van}",
           ("{subj} heeft toch twee hoofdsteden welke zijn dat", "two"),
           ("{subj} heeft drie hoofdsteden welke zijn dat", "three"), "heeft {subj} meer dan één hoofdstad",
           "welke hoofdsteden heeft {subj}"),
    family("shared-name", "shared", 13,
           "wat is de hoofdstad {van}", "hoe heet de hoofdstad {van}", "weet je de hoofdstad {van}", "hoofdstad {van}",
           "wat is de hoofdstad {van} eigenlijk"),
    family("subdivision", "subdivisions", 12,
           "wat is de hoofdstad {van}", ("wat is de hoofdstad van de amerikaanse staat {x}", "state"),
           "hoe heet de hoofdstad {van}", ("wat is de hoofdplaats {van}", "island"), "welke stad is de hoofdstad {van}",
           ("wat is de hoofdstad van de staat {x}", "state")),
]

OTHER = {
    "out-of-domain": ("AMAZON.FallbackIntent", [
        "wat voor weer wordt het morgen", "zet een timer voor tien minuten", "speel muziek van andré hazes",
        "hoeveel inwoners heeft duitsland", "welke taal spreken ze in brazilië", "hoe laat is het in tokio",
        "wat is de munteenheid van japan", "hoe ver is het naar parijs", "wie is de koning van belgië",
        "zet de lampen uit", "vertel een mop", "hoe hoog is de eiffeltoren", "zet melk op de boodschappenlijst",
        "wat is de grootste stad van turkije", "waar ligt madagaskar", "speel de top veertig",
        "wat is het volkslied van frankrijk", "hoeveel startkapitaal heb ik nodig voor een bv", "wanneer is koningsdag",
        "hoeveel graden is het in amsterdam", "hoe laat gaat de zon onder", "wat is de oppervlakte van canada"]),
    "help": ("AMAZON.HelpIntent", ["help", "hulp", "wat kan ik vragen", "hoe werkt dit", "wat kun je allemaal"]),
    "stop": ("AMAZON.StopIntent", ["stop", "stoppen", "hou op", "afsluiten", "stop maar"]),
    "cancel": ("AMAZON.CancelIntent", ["annuleer", "annuleren", "laat maar", "laat maar zitten", "vergeet het maar"]),
}
