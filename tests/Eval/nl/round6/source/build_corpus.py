"""Round 6 of the Dutch (nl-NL) corpus, written blind: how people in the Netherlands (and a little Flanders) ask an
Echo. `python3 build_corpus.py [--check]`; the filling is in tests/Eval/source/round6_hinl_corpus.py."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round6_hinl_corpus import build, whole_sentences  # noqa: E402

# Everyday names first (said three times in four), then spoken alternatives.
SPOKEN = {
    "US": ["amerika", "de vs", "de verenigde staten"], "GB": ["groot-brittannië", "het vk", "brittannië"],
    "AE": ["de emiraten", "de vae"], "CD": ["congo-kinshasa", "de drc"], "CG": ["congo-brazzaville"],
    "CZ": ["tsjechië", "tsjechische republiek"], "MM": ["myanmar", "birma"], "BY": ["wit-rusland", "belarus"],
    "CI": ["ivoorkust"], "SZ": ["swaziland", "eswatini"], "MK": ["macedonië", "noord-macedonië"], "TL": ["oost-timor"],
    "KR": ["zuid-korea"], "KP": ["noord-korea"], "BS": ["de bahama's", "bahama's"], "PH": ["de filipijnen", "filipijnen"],
    "CF": ["centraal-afrika", "de centraal-afrikaanse republiek"], "DO": ["de dominicaanse republiek", "dominicaanse republiek"],
    "NL": ["nederland", "holland"], "SA": ["saoedi-arabië", "saudi-arabië"], "BA": ["bosnië", "bosnië en herzegovina"],
    "PG": ["papoea-nieuw-guinea", "papua nieuw-guinea"], "KG": ["kirgizië", "kirgizstan"], "CV": ["kaapverdië"],
}

FRAMED = {
    "direct-question": [
        ("wat is de hoofdstad van {X}", 3), ("wat is de hoofdstad van {X} eigenlijk", 2), ("wat is eigenlijk de hoofdstad van {X}", 2),
        ("welke stad is de hoofdstad van {X}", 3), ("hoe heet de hoofdstad van {X}", 3), ("wat voor hoofdstad heeft {X} eigenlijk", 2),
        ("welke hoofdstad heeft {X}", 3), ("wat is de hoofdstad van het land {X}", 2), ("waar ligt de hoofdstad van {X}", 2),
        ("welke stad is de hoofdstad in {X}", 1), ("wat is de hoofdstad in {X}", 2), ("wat is de naam van de hoofdstad van {X}", 3),
        ("wat's de hoofdstad van {X}", 3), ("welke plaats is de hoofdstad van {X}", 2),
    ],
    "polite-request": [
        ("kun je me vertellen wat de hoofdstad van {X} is", 3), ("wil je me de hoofdstad van {X} zeggen", 2),
        ("mag ik de hoofdstad van {X} weten", 2), ("zou je me de hoofdstad van {X} kunnen noemen", 2),
        ("kunt u mij de hoofdstad van {X} vertellen", 3), ("de hoofdstad van {X} graag", 2), ("vertel me alsjeblieft de hoofdstad van {X}", 2),
        ("wil je even opzoeken wat de hoofdstad van {X} is", 2), ("zou u willen zeggen wat de hoofdstad van {X} is", 1),
        ("kun je de hoofdstad van {X} voor me opzoeken", 2), ("graag wil ik weten wat de hoofdstad van {X} is", 2),
    ],
    "imperative": [
        ("noem de hoofdstad van {X}", 2), ("vertel eens wat de hoofdstad is van {X}", 3), ("zoek op wat de hoofdstad van {X} is", 2),
        ("vertel me de hoofdstad van {X}", 3), ("zeg de hoofdstad van {X}", 2), ("geef me de hoofdstad van {X}", 3),
        ("zoek de hoofdstad van {X} op", 3), ("noem de hoofdstad van {X} eens", 2), ("vertel wat de hoofdstad van {X} is", 2),
        ("zeg me wat de hoofdstad van {X} is", 2),
    ],
    "do-you-know": [
        ("weet jij toevallig de hoofdstad van {X}", 3), ("weet u de hoofdstad van {X}", 2), ("ken je de hoofdstad van {X}", 2),
        ("weet jij wat de hoofdstad van {X} is", 3), ("weet je de hoofdstad van {X}", 3), ("ken jij de hoofdstad van {X}", 2),
        ("weet u wat de hoofdstad is van {X}", 2), ("heb je enig idee wat de hoofdstad van {X} is", 2), ("weet jij hoe de hoofdstad van {X} heet", 2),
    ],
    "colloquial": [
        ("wat was de hoofdstad van {X} ook alweer", 3), ("hoe heet de hoofdstad van {X} ook weer", 3), ("wat is nou de hoofdstad van {X}", 2),
        ("zeg eens wat is de hoofdstad van {X}", 2), ("wat is de hoofdstad van {X} nou eigenlijk", 2), ("even checken de hoofdstad van {X}", 2),
        ("wat is de hoofdstad van {X} nou weer", 2), ("effe vragen wat is de hoofdstad van {X}", 1), ("die hoofdstad van {X} hoe heet die ook alweer", 2),
    ],
    "leading-filler": [
        ("alexa wat is de hoofdstad van {X}", 3), ("hé alexa hoe heet de hoofdstad van {X}", 2), ("ehm wat is de hoofdstad van {X}", 3),
        ("oké wat is de hoofdstad van {X}", 2), ("nou wat is de hoofdstad van {X} dan", 2), ("zeg alexa welke stad is de hoofdstad van {X}", 2),
        ("hoi alexa weet jij de hoofdstad van {X}", 2), ("goedemorgen wat is de hoofdstad van {X}", 1), ("allee wat is de hoofdstad van {X}", 1),
    ],
    "trailing-words": [
        ("wat is de hoofdstad van {X} alsjeblieft", 3), ("wat is de hoofdstad van {X} dank je", 2), ("hoofdstad van {X} graag alexa", 2),
        ("wat is de hoofdstad van {X} weet je dat", 2), ("wat is de hoofdstad van {X} voor mijn huiswerk", 2), ("welke stad is de hoofdstad van {X} dan", 2),
        ("wat is de hoofdstad van {X} ik ben het vergeten", 2),
    ],
    "word-order": [
        ("{X} wat is daar de hoofdstad", 3), ("de hoofdstad van {X} wat is dat", 3), ("van {X} wat is de hoofdstad", 2),
        ("{X} hoe heet de hoofdstad daarvan", 2), ("in {X} wat is de hoofdstad", 2), ("{X} welke stad is daar de hoofdstad van", 2),
        ("de hoofdstad van {X} welke is dat", 2), ("{X} hoofdstad", 3),
    ],
    "bare-name": [("hoofdstad van {X}", 3), ("hoofdstad {X}", 3), ("de hoofdstad van {X}", 3)],
    "follow-up": [("en {X}", 2), ("en van {X}", 3), ("en de hoofdstad van {X}", 3), ("en wat is die van {X}", 2), ("en voor {X}", 2)],
    "misc": [
        ("ik wil de hoofdstad van {X} weten", 3), ("ik zoek de hoofdstad van {X}", 3), ("ik vraag me af wat de hoofdstad van {X} is", 3),
        ("ik ben benieuwd naar de hoofdstad van {X}", 2), ("welke stad is in {X} de hoofdstad", 2), ("wat is de belangrijkste stad van {X} de hoofdstad bedoel ik", 1),
        ("wat is de regeringsstad van {X}", 2), ("welke stad is hoofdstad van {X}", 2), ("welke hoofdstad hoort bij {X}", 3),
        ("wat is de hoofdstad van {X} in het nederlands", 2), ("kun je opzoeken welke stad de hoofdstad is van {X}", 2),
        ("vraagje wat is de hoofdstad van {X}", 3), ("ik heb een vraag wat is de hoofdstad van {X}", 2), ("welke stad is de hoofdstad van {X} ook alweer", 2),
        ("de hoofdstad van {X} is welke stad", 2), ("wat is de hoofdstad van {X} precies", 2),
        ("ik moet de hoofdstad van {X} weten", 3), ("welke stad is de hoofdstad van {X} weet jij dat", 2), ("wat heeft {X} als hoofdstad", 3),
        ("de hoofdstad van {X} hoe heet die", 3), ("hoe heet de hoofdstad van {X} in het nederlands", 2),
        ("wat is de hoofdstad van {X} voor een quizvraag", 2), ("welke stad is de hoofdstad van {X} vandaag de dag", 2),
    ],
}

SUBDIVISION = [
    ("wat is de hoofdstad van californië", "US-CA"), ("wat is de hoofdstad van de staat new york", "US-NY"), ("hoofdstad van texas", "US-TX"),
    ("wat is de hoofdstad van florida eigenlijk", "US-FL"), ("welke stad is de hoofdstad van beieren", "DE-BY"),
    ("wat is de hoofdstad van noordrijn-westfalen", "DE-NW"), ("hoe heet de hoofdstad van nedersaksen", "DE-NI"),
    ("wat is de hoofdstad van de deelstaat hessen", "DE-HE"), ("wat is de hoofdstad van schotland", "GB-SCT"), ("hoofdstad van wales", "GB-WLS"),
    ("wat is de hoofdstad van noord-ierland", "GB-NIR"),
    ("welke stad is de hoofdstad van schotland ook alweer", "GB-SCT"), ("weet jij de hoofdstad van de staat michigan", "US-MI"),
    ("hoe heet de hoofdstad van de deelstaat baden-württemberg", "DE-BW"), ("wat is de hoofdstad van de provincie alberta", "CA-AB"),
    ("vertel me de hoofdstad van west-australië", "AU-WA"), ("hoofdstad van de staat nevada", "US-NV"), ("welke stad is de hoofdstad van thüringen", "DE-TH"),
    ("wat is de hoofdstad van de deelstaat bahia in brazilië", "BR-BA"), ("en de hoofdstad van ohio", "US-OH"), ("wat is de hoofdstad van de staat tamil nadu", "IN-TN"),
    ("zeg eens de hoofdstad van virginia", "US-VA"), ("wat is de hoofdstad van engeland", "GB-ENG"), ("wat is de hoofdstad van quebec", "CA-QC"),
    ("hoe heet de hoofdstad van ontario", "CA-ON"), ("wat is de hoofdstad van brits-columbia", "CA-BC"), ("wat is de hoofdstad van queensland", "AU-QLD"),
    ("wat is de hoofdstad van nieuw-zuid-wales", "AU-NSW"), ("hoofdstad van tasmanië", "AU-TAS"), ("wat is de hoofdstad van de amerikaanse staat washington", "US-WA"),
    ("wat is de hoofdstad van hawaï", "US-HI"), ("wat is de hoofdstad van saksen", "DE-SN"), ("wat is de hoofdstad van alaska", "US-AK"),
    ("welke stad is de hoofdstad van de staat illinois", "US-IL"), ("wat is de hoofdstad van de indiase deelstaat kerala", "IN-KL"),
]
TERRITORY = [
    ("wat is de hoofdstad van aruba", "AW"), ("hoofdstad van curaçao", "CW"), ("wat is de hoofdplaats van sint maarten", "SX"),
    ("wat is de hoofdstad van groenland", "GL"), ("wat is de hoofdstad van de faeröer", "FO"), ("wat is de hoofdstad van puerto rico", "PR"),
    ("wat is de hoofdstad van taiwan", "TW"), ("wat is de hoofdstad van kosovo", "XK"), ("wat is de hoofdstad van hongkong", "HK"),
    ("welke stad is de hoofdstad van palestina", "PS"), ("wat is de hoofdstad van vaticaanstad", "VA"),
    ("hoe heet de hoofdstad van curaçao ook alweer", "CW"), ("wat is de hoofdplaats van bonaire", "BQ"), ("hoe heet de hoofdstad van groenland eigenlijk", "GL"),
    ("wat is de hoofdstad van nieuw-caledonië", "NC"), ("welke stad is de hoofdstad van het eiland man", "IM"), ("hoofdstad van bonaire", "BQ"),
]
PLURAL = [
    ("wat zijn de drie hoofdsteden van zuid-afrika", "ZA"), ("hoeveel hoofdsteden heeft zuid-afrika", "ZA"), ("welke hoofdsteden heeft bolivia", "BO"),
    ("wat zijn de hoofdsteden van bolivia", "BO"), ("wat is de hoofdstad van nederland amsterdam of den haag", "NL"), ("welke twee hoofdsteden heeft sri lanka", "LK"),
    ("heeft maleisië twee hoofdsteden", "MY"), ("wat zijn de hoofdsteden van benin", "BJ"), ("wat zijn de hoofdsteden van ivoorkust", "CI"),
    ("wat zijn de twee hoofdsteden van eswatini", "SZ"), ("hoeveel hoofdsteden heeft swaziland", "SZ"), ("wat is de hoofdstad van montserrat", "MS"),
    ("welke steden zijn de hoofdsteden van palestina", "PS"), ("wat is de zomerhoofdstad van jammu en kasjmir", "IN-JK"), ("wat zijn de hoofdsteden van uttarakhand", "IN-UK"),
    ("waarom heeft nederland twee hoofdsteden", "NL"),
    ("bolivia heeft toch twee hoofdsteden welke zijn dat", "BO"), ("noem de hoofdsteden van zuid-afrika eens", "ZA"),
    ("welke hoofdsteden heeft ivoorkust eigenlijk", "CI"), ("benin heeft twee hoofdsteden toch", "BJ"), ("de hoofdsteden van maleisië graag", "MY"),
]
SHARED = [
    ("wat is de hoofdstad van korea", "KP+KR"), ("hoofdstad van congo", "CD+CG"), ("wat is de hoofdstad van georgia", "GE+US-GA"),
    ("wat is de hoofdstad van de staat georgia", "US-GA"), ("wat is de hoofdstad van guinee", "GN"), ("wat is de hoofdstad van niger", "NE"),
    ("wat is de hoofdstad van dominica", "DM"), ("wat is de hoofdstad van soedan", "SD"), ("wat is de hoofdstad van guinee-bissau", "GW"),
    ("wat zijn de hoofdsteden van de twee korea's", "KP+KR"),
    ("hoe heet de hoofdstad van korea ook alweer", "KP+KR"), ("welke stad is de hoofdstad van congo", "CD+CG"), ("vertel me de hoofdstad van guinee", "GN"),
    ("weet je de hoofdstad van niger", "NE"), ("georgië wat is daar de hoofdstad", "GE"), ("wat is de hoofdstad van equatoriaal-guinea", "GQ"),
    ("weet jij de hoofdstad van papoea-nieuw-guinea", "PG"), ("welke stad is de hoofdstad van zuid-soedan", "SS"),
]
OFFICIAL = [
    ("wat is de hoofdstad van het koninkrijk der nederlanden", "NL"), ("wat is de hoofdstad van het verenigd koninkrijk", "GB"),
    ("wat is de hoofdstad van de verenigde staten van amerika", "US"), ("wat is de hoofdstad van de russische federatie", "RU"),
    ("wat is de hoofdstad van de volksrepubliek china", "CN"), ("wat is de hoofdstad van het koninkrijk belgië", "BE"),
    ("wat is de hoofdstad van de republiek ierland", "IE"), ("wat is de hoofdstad van de tsjechische republiek", "CZ"),
    ("wat is de hoofdstad van de democratische republiek congo", "CD"), ("wat is de hoofdstad van de republiek korea", "KR"),
    ("wat is de hoofdstad van het groothertogdom luxemburg", "LU"), ("hoofdstad van de bondsrepubliek duitsland", "DE"),
    ("hoe heet de hoofdstad van het koninkrijk noorwegen", "NO"), ("welke stad is de hoofdstad van de franse republiek", "FR"),
    ("weet je de hoofdstad van de islamitische republiek iran", "IR"), ("noem de hoofdstad van het koninkrijk spanje", "ES"),
    ("de hoofdstad van de republiek india", "IN"), ("vertel me de hoofdstad van het vorstendom monaco", "MC"),
    ("wat is de hoofdstad van de helleense republiek", "GR"), ("welke stad is de hoofdstad van het koninkrijk marokko", "MA"),
]
EVERYDAY = [
    ("wat is de hoofdstad van amerika", "US"), ("wat is de hoofdstad van holland", "NL"), ("wat is de hoofdstad van engeland eigenlijk", "GB-ENG"),
    ("hoe heet de hoofdstad van birma", "MM"), ("wat is de hoofdstad van wit-rusland", "BY"), ("wat is de hoofdstad van de vs", "US"),
    ("wat is de hoofdstad van het vk", "GB"), ("wat is de hoofdstad van swaziland", "SZ"), ("wat is de hoofdstad van perzië", "IR"),
    ("wat is de hoofdstad van de emiraten", "AE"),
    ("hoe heet de hoofdstad van engeland ook alweer", "GB-ENG"), ("welke stad is de hoofdstad van holland eigenlijk", "NL"),
    ("weet je de hoofdstad van amerika", "US"), ("wat is de hoofdstad van tsjechië nou", "CZ"), ("wat is de hoofdstad van groot-brittannië eigenlijk", "GB"),
    ("welke stad is de hoofdstad van macedonië", "MK"), ("noem de hoofdstad van rusland eens", "RU"), ("wat is de hoofdstad van perzië tegenwoordig", "IR"),
    ("hoofdstad van de drc", "CD"), ("wat is de hoofdstad van zuid-korea ook alweer", "KR"), ("hoe heet de hoofdstad van noord-korea eigenlijk", "KP"),
]
YES_NO = [
    ("is amsterdam de hoofdstad van nederland", "NL"), ("is sydney de hoofdstad van australië", "AU"), ("is antwerpen de hoofdstad van belgië", "BE"),
    ("is new york de hoofdstad van amerika", "US"), ("is istanbul de hoofdstad van turkije", "TR"), ("is zürich de hoofdstad van zwitserland", "CH"),
    ("klopt het dat bonn de hoofdstad van duitsland is", "DE"), ("is barcelona de hoofdstad van spanje", "ES"), ("is toronto de hoofdstad van canada", "CA"),
    ("is rio de janeiro de hoofdstad van brazilië", "BR"), ("is den haag de hoofdstad van nederland", "NL"), ("is lagos nog steeds de hoofdstad van nigeria", "NG"),
    ("is milaan de hoofdstad van italië", "IT"), ("is casablanca de hoofdstad van marokko", "MA"), ("is auckland de hoofdstad van nieuw-zeeland", "NZ"),
    ("klopt het dat sydney de hoofdstad van australië is", "AU"), ("is het waar dat zürich de hoofdstad van zwitserland is", "CH"),
    ("is dubai nou de hoofdstad van de emiraten", "AE"), ("is almaty nog de hoofdstad van kazachstan", "KZ"), ("is karachi de hoofdstad van pakistan of niet", "PK"),
    ("is yangon nog steeds de hoofdstad van myanmar", "MM"), ("is sint-petersburg ooit de hoofdstad van rusland geweest", "RU"),
    ("antwerpen is toch de hoofdstad van belgië", "BE"), ("is het nou amsterdam of rotterdam de hoofdstad van nederland", "NL"),
    ("is genève de hoofdstad van zwitserland of is het bern", "CH"), ("is montreal de hoofdstad van canada", "CA"), ("is krakau de hoofdstad van polen", "PL"),
    ("is shanghai de hoofdstad van china", "CN"), ("klopt het dat abuja de hoofdstad van nigeria is", "NG"), ("is porto de hoofdstad van portugal", "PT"),
]
SELF_CORRECTION = [
    ("wat is de hoofdstad van oostenrijk nee australië", "AU"), ("wat is de hoofdstad van zweden sorry zwitserland", "CH"),
    ("wat is de hoofdstad van slowakije ik bedoel slovenië", "SI"), ("hoofdstad van irak of nee iran", "IR"),
    ("wat is de hoofdstad van letland nee wacht litouwen", "LT"), ("wat is de hoofdstad van colombia eh ik bedoel bolivia", "BO"),
    ("wat is de hoofdstad van noorwegen nee denemarken", "DK"), ("wat is de hoofdstad van peru sorry chili", "CL"),
    ("wat is de hoofdstad van nigeria nee niger bedoel ik", "NE"), ("de hoofdstad van duitsland of nee van oostenrijk", "AT"),
]
REVERSE = [
    ("van welk land is nairobi de hoofdstad", "@KE"), ("canberra is de hoofdstad van welk land", "@AU"), ("waar is ottawa de hoofdstad van", "@CA"),
    ("van welk land is kathmandu de hoofdstad", "@NP"), ("van welke staat is austin de hoofdstad", "@US-TX"), ("lima is de hoofdstad van welk land", "@PE"),
    ("van welk land is reykjavik de hoofdstad", "@IS"), ("welk land heeft hanoi als hoofdstad", "@VN"), ("van welk land is boedapest de hoofdstad", "@HU"),
    ("van welke deelstaat is münchen de hoofdstad", "@DE-BY"), ("welk land heeft ankara als hoofdstad", "@TR"), ("tbilisi is de hoofdstad van welk land", "@GE"),
]
OUT_OF_DOMAIN = [
    "hoeveel inwoners heeft duitsland", "welke munt gebruiken ze in japan", "welke taal spreken ze in brazilië", "wie is de president van frankrijk",
    "hoe ziet de vlag van italië eruit", "hoe laat is het nu in new york", "wat is de grootste stad van australië", "aan welke landen grenst oostenrijk",
    "hoe groot is canada", "wat is het volkslied van belgië", "wat is de hoofdstad van de mode", "amsterdam is de fietshoofdstad van de wereld toch",
    "wat betekent startkapitaal", "hoeveel eigen kapitaal heb ik nodig voor een hypotheek", "schrijf je een naam met een hoofdletter", "wat is een hoofdletter",
    "wat voor weer wordt het morgen", "gaat het vandaag regenen", "zet een timer voor tien minuten", "speel qmusic", "zet de lampen in de woonkamer aan",
    "vertel een mop", "hoeveel is vijftig euro in dollars", "wie heeft gisteren gewonnen bij ajax", "wat is het nieuws van vandaag",
    "zet melk op mijn boodschappenlijst", "hoe lang is het rijden naar parijs", "hoe maak je stamppot", "wat is de langste rivier van europa",
    "hoe hoog is de mount everest", "welke tijdzone heeft thailand", "wie is de koning van spanje", "wat eten ze in marokko", "hoe zeg je hallo in het spaans",
    "wat is de postcode van den haag", "speel een liedje van andré hazes", "wat is het kapitaal van een bv", "hoe laat gaat de trein naar utrecht",
    "welke landen horen bij de europese unie", "maak me wakker om zeven uur", "hoeveel provincies heeft nederland", "wie was willem van oranje",
    "hoe ver is het van amsterdam naar berlijn", "wat kost een vlucht naar lissabon",
    "wat is het bevolkingsaantal van china", "hoeveel talen spreken ze in zwitserland", "welke kleur heeft de vlag van ierland",
    "hoe heet de koning van noorwegen", "wat is het hoogste gebouw van dubai", "welk land heeft de meeste inwoners", "wat is durfkapitaal precies",
    "zet de verwarming hoger", "wat is de munteenheid van zweden", "welke religie hebben ze in indonesië",
    "wie is de premier van het verenigd koninkrijk", "hoe warm is het nu in spanje", "wat is het oudste land ter wereld",
    "hoeveel aandelenkapitaal heeft shell", "welke stad is de culturele hoofdstad van europa dit jaar", "speel een quiz over landen",
    "wat is het nationale gerecht van hongarije", "wat is de wisselkoers van de yen", "welke musea zijn er in parijs", "vertel iets over de geschiedenis van egypte",
]
HELP = ["help", "hoe werkt dit", "wat kan ik vragen", "help me eens", "wat moet ik zeggen", "hoe gebruik ik deze skill", "ik snap het niet hoe werkt het",
        "wat kun je allemaal", "leg eens uit hoe dit werkt", "kun je me helpen",
        "hoe vraag ik naar een hoofdstad", "wat kan ik allemaal vragen in deze skill", "uitleg graag", "ik weet niet wat ik moet vragen",
        "hoe moet ik dit gebruiken", "help mij even", "welke vragen kan ik stellen"]
STOP = ["stop", "stoppen", "hou op", "stop maar", "afsluiten", "sluit af", "alexa stop", "hou je mond", "uit", "stop ermee",
        "ik wil stoppen", "stop hier maar mee", "zet het uit", "sluit de skill af", "ophouden", "stop nu", "sluit maar af"]
CANCEL = ["annuleer", "annuleren", "laat maar", "laat maar zitten", "vergeet het", "nee laat maar", "annuleer dat", "laat maar alexa", "vergeet het maar",
          "laat ook maar", "annuleer maar", "nee toch maar niet", "vergeet wat ik vroeg", "laat maar hoor", "doe maar niet",
          "annuleer het maar", "nee laat het maar", "vergeet die vraag", "laat die vraag maar zitten", "hoeft niet meer"]
LAUNCH = ["open hoofdsteden van de wereld", "start hoofdsteden van de wereld", "alexa open hoofdsteden van de wereld", "begin met hoofdsteden van de wereld",
          "speel hoofdsteden van de wereld", "open de hoofdsteden skill",
          "alexa start hoofdsteden van de wereld", "hoofdsteden van de wereld openen", "open de skill hoofdsteden van de wereld",
          "start de skill hoofdsteden van de wereld", "open hoofdsteden van de wereld alsjeblieft", "ik wil hoofdsteden van de wereld spelen"]

WRITTEN = whole_sentences(
    {
        "subdivision": SUBDIVISION, "territory": TERRITORY, "plural-capitals": PLURAL, "shared-name": SHARED,
        "official-name": OFFICIAL, "everyday-name": EVERYDAY, "yes-no-check": YES_NO,
        "self-correction": SELF_CORRECTION, "reverse-question": REVERSE,
    },
    {
        "out-of-domain": ("FB", OUT_OF_DOMAIN), "help": ("HELP", HELP), "stop": ("STOP", STOP),
        "cancel": ("CANCEL", CANCEL), "launch": ("LAUNCH", LAUNCH),
    },
)

if __name__ == "__main__":
    build("nl", "nl-NL", SPOKEN, FRAMED, WRITTEN, __file__)
