"""Round-5 Dutch (nl-NL) evaluation corpus, written blind on 30 November 2026: how people in the Netherlands (and a
little Flanders) ask an Echo, lower case as ASR writes it. `python3 build_corpus.py` writes ../tuning.tsv and
../heldback.tsv; `--check` exits 1 when they differ from what these sources build."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round5_hinl_corpus import build, data_countries  # noqa: E402

LOCALE = "nl-NL"

# How people say a country: everyday name first (with "de"/"het" where Dutch says one), then a spoken alternative.
# Countries not listed take the data's Dutch name, lower case (with its article when the data has one).
SPOKEN = {
    "US": ["amerika", "de verenigde staten"], "GB": ["het verenigd koninkrijk", "groot-brittannië"],
    "NL": ["nederland", "holland"], "CZ": ["tsjechië", "tsjechische republiek"], "MK": ["noord-macedonië", "macedonië"],
    "BY": ["wit-rusland", "belarus"], "CI": ["ivoorkust"], "CD": ["congo-kinshasa", "de democratische republiek congo"],
    "CG": ["congo-brazzaville", "de republiek congo"], "ZA": ["zuid-afrika", "zuid afrika"], "KR": ["zuid-korea", "zuid korea"],
    "KP": ["noord-korea", "noord korea"], "AE": ["de emiraten", "de verenigde arabische emiraten"],
    "SA": ["saoedi-arabië", "saudi-arabië"], "MM": ["myanmar", "birma"], "SZ": ["eswatini", "swaziland"],
    "TL": ["oost-timor"], "VA": ["vaticaanstad", "het vaticaan"], "BS": ["de bahama's", "bahama's"], "PS": ["palestina"],
    "EH": ["de westelijke sahara"], "TR": ["turkije"], "CV": ["kaapverdië"], "KG": ["kirgizië", "kirgizstan"],
    "GQ": ["equatoriaal-guinea", "equatoriaal guinea"], "DO": ["de dominicaanse republiek", "dominicaanse republiek"],
    "CF": ["de centraal-afrikaanse republiek"], "ST": ["sao tomé en principe", "sao tomé"],
    "BA": ["bosnië", "bosnië en herzegovina"], "VC": ["saint vincent en de grenadines", "sint vincent"],
    "KN": ["saint kitts en nevis", "sint kitts"], "LC": ["saint lucia", "sint lucia"], "DE": ["duitsland"],
    "BE": ["belgië"], "FR": ["frankrijk"], "NZ": ["nieuw-zeeland", "nieuw zeeland"], "PG": ["papoea-nieuw-guinea"],
    "GW": ["guinee-bissau"], "SS": ["zuid-soedan"], "PH": ["de filipijnen", "filipijnen"],
}

def countries():
    result = []
    for pid, name, aliases in data_countries("nl"):
        if pid in SPOKEN:
            result.append((pid, SPOKEN[pid]))
            continue
        name = name.lower().replace("\u2019", "'")
        with_article = [a.lower().replace("\u2019", "'") for a in aliases
                        if a.lower().replace("\u2019", "'") in ("de " + name, "het " + name)]
        result.append((pid, with_article + [name]))
    return result

POOLS = {
    "official": [
        ("de verenigde staten van amerika", "US"), ("het koninkrijk der nederlanden", "NL"), ("de russische federatie", "RU"),
        ("de volksrepubliek china", "CN"), ("de bondsrepubliek duitsland", "DE"), ("het koninkrijk belgië", "BE"),
        ("de franse republiek", "FR"), ("de republiek ierland", "IE"), ("het koninkrijk spanje", "ES"),
        ("het koninkrijk noorwegen", "NO"), ("de helleense republiek", "GR"), ("het groothertogdom luxemburg", "LU"),
        ("de verenigde mexicaanse staten", "MX"), ("de zwitserse bondsstaat", "CH"), ("de republiek korea", "KR"),
        ("het koninkrijk marokko", "MA"), ("de islamitische republiek iran", "IR"), ("het verenigd koninkrijk van groot-brittannië en noord-ierland", "GB"),
    ],
    "everyday": [
        ("de vs", "US"), ("de states", "US"), ("engeland", "GB-ENG"), ("het vk", "GB"), ("holland", "NL"),
        ("birma", "MM"), ("wit-rusland", "BY"), ("macedonië", "MK"), ("swaziland", "SZ"), ("tsjechië", "CZ"),
        ("de emiraten", "AE"), ("zuid-korea", "KR"), ("congo-kinshasa", "CD"), ("saoedi", "SA"), ("ivoorkust", "CI"),
        ("het vaticaan", "VA"), ("amerika", "US"), ("groot-brittannië", "GB"),
    ],
    "us-states": [
        ("texas", "US-TX"), ("florida", "US-FL"), ("californië", "US-CA"), ("alaska", "US-AK"), ("hawaï", "US-HI"),
        ("new york", "US-NY"), ("nevada", "US-NV"), ("ohio", "US-OH"), ("arizona", "US-AZ"), ("colorado", "US-CO"),
    ],
    "laender": [
        ("beieren", "DE-BY"), ("nedersaksen", "DE-NI"), ("noordrijn-westfalen", "DE-NW"), ("saksen", "DE-SN"),
        ("hessen", "DE-HE"), ("thüringen", "DE-TH"), ("sleeswijk-holstein", "DE-SH"), ("rijnland-palts", "DE-RP"),
    ],
    "other-subdivisions": [
        ("schotland", "GB-SCT"), ("wales", "GB-WLS"), ("noord-ierland", "GB-NIR"), ("quebec", "CA-QC"),
        ("ontario", "CA-ON"), ("brits-columbia", "CA-BC"), ("queensland", "AU-QLD"), ("tasmanië", "AU-TAS"),
        ("nieuw-zuid-wales", "AU-NSW"), ("bahia", "BR-BA"),
    ],
    "caribbean": [
        ("aruba", "AW"), ("curaçao", "CW"), ("sint maarten", "SX"), ("bonaire", "BQ"), ("caribisch nederland", "BQ"),
        ("curacao", "CW"), ("sint-maarten", "SX"),
    ],
    "territories": [
        ("groenland", "GL"), ("de faeröer", "FO"), ("puerto rico", "PR"), ("nieuw-caledonië", "NC"),
        ("frans-polynesië", "PF"), ("réunion", "RE"), ("guadeloupe", "GP"), ("gibraltar", "GI"), ("bermuda", "BM"),
    ],
}

FRAMED = [
    ("direct-question", None, [
        ("wat is de hoofdstad van {X}", 3), ("wat is hoofdstad van {X}", 2), ("wat's de hoofdstad van {X}", 2),
        ("hoe heet de hoofdstad van {X}", 3), ("wat is de naam van de hoofdstad van {X}", 3),
        ("welke stad is de hoofdstad van {X}", 3), ("welke is de hoofdstad van {X}", 2), ("wat voor hoofdstad heeft {X}", 2),
        ("welke hoofdstad heeft {X}", 3), ("hoe heet de hoofdstad van {X} ook alweer", 3),
        ("wat is ook alweer de hoofdstad van {X}", 2), ("wat is eigenlijk de hoofdstad van {X}", 3),
        ("welke stad is hoofdstad van {X}", 2),
    ]),
    ("colloquial", None, [
        ("wat is nou de hoofdstad van {X}", 3), ("zeg eens wat de hoofdstad van {X} is", 3), ("zeg eens de hoofdstad van {X}", 2),
        ("wat is nu de hoofdstad van {X}", 2), ("hoe heet nou de hoofdstad van {X}", 2),
        ("wat was de hoofdstad van {X} ook alweer", 2), ("wat is de hoofdstad van {X} nou eigenlijk", 2),
        ("wat is de hoofdstad van {X} nou", 2), ("hoe heet de hoofdstad van {X} nou weer", 2),
    ]),
    ("polite-request", None, [
        ("kun je me vertellen wat de hoofdstad van {X} is", 3), ("kunt u mij de hoofdstad van {X} noemen", 2),
        ("mag ik weten wat de hoofdstad van {X} is", 3), ("mag ik de hoofdstad van {X} weten", 2),
        ("wil je me de hoofdstad van {X} vertellen", 3), ("zou je me kunnen zeggen wat de hoofdstad van {X} is", 2),
        ("graag de hoofdstad van {X}", 2), ("de hoofdstad van {X} graag", 2),
        ("kun je even opzoeken wat de hoofdstad van {X} is", 2), ("wil je alsjeblieft de hoofdstad van {X} zeggen", 2),
        ("zou u mij de hoofdstad van {X} willen vertellen", 1), ("ik ben benieuwd naar de hoofdstad van {X}", 2),
    ]),
    ("imperative", None, [
        ("vertel me de hoofdstad van {X}", 3), ("vertel me wat de hoofdstad van {X} is", 3), ("noem de hoofdstad van {X}", 3),
        ("zeg me de hoofdstad van {X}", 2), ("geef de hoofdstad van {X}", 2), ("zoek de hoofdstad van {X} op", 3),
        ("noem eens de hoofdstad van {X}", 2), ("vertel eens wat de hoofdstad van {X} is", 2),
        ("vertel me even de hoofdstad van {X}", 2),
    ]),
    ("do-you-know", None, [
        ("weet je de hoofdstad van {X}", 3), ("weet je wat de hoofdstad van {X} is", 3), ("weet jij hoe de hoofdstad van {X} heet", 2),
        ("weet u wat de hoofdstad van {X} is", 2), ("ken jij de hoofdstad van {X}", 2), ("ik weet de hoofdstad van {X} niet meer", 2),
        ("ik wil weten wat de hoofdstad van {X} is", 3), ("ik vraag me af wat de hoofdstad van {X} is", 2),
        ("weet je hoe de hoofdstad van {X} heet", 3),
    ]),
    ("leading-filler", None, [
        ("alexa wat is de hoofdstad van {X}", 2), ("hé alexa hoe heet de hoofdstad van {X}", 2), ("hoi wat is de hoofdstad van {X}", 2),
        ("eh wat is de hoofdstad van {X}", 2), ("oké wat is de hoofdstad van {X}", 2),
        ("even een vraag wat is de hoofdstad van {X}", 2), ("zeg alexa welke stad is de hoofdstad van {X}", 2),
        ("goedemorgen wat is de hoofdstad van {X}", 1), ("nog een vraag wat is de hoofdstad van {X}", 2),
        ("allee wat is de hoofdstad van {X}", 1),
    ]),
    ("trailing-words", None, [
        ("wat is de hoofdstad van {X} alsjeblieft", 3), ("wat is de hoofdstad van {X} eigenlijk", 3),
        ("wat is de hoofdstad van {X} alexa", 2), ("wat is de hoofdstad van {X} dan", 2),
        ("hoe heet de hoofdstad van {X} alsjeblieft", 2), ("wat is de hoofdstad van {X} weet je dat", 2),
        ("wat is de hoofdstad van {X} precies", 2),
    ]),
    ("word-order", None, [
        ("de hoofdstad van {X} is welke stad", 2), ("van {X} wat is daar de hoofdstad", 2), ("{X} wat is daar de hoofdstad van", 3),
        ("{X} welke stad is daar de hoofdstad", 2), ("{X} hoe heet de hoofdstad daar", 2), ("wat is van {X} de hoofdstad", 3),
        ("welke stad is van {X} de hoofdstad", 2), ("hoofdstad van {X} wat is dat", 2),
    ]),
    ("follow-up", None, [
        ("en van {X}", 3), ("en {X}", 3), ("en de hoofdstad van {X}", 3), ("hoe zit het met {X}", 2), ("en wat is die van {X}", 2),
    ]),
    ("bare-name", None, [("hoofdstad van {X}", 3), ("hoofdstad {X}", 3), ("{X} hoofdstad", 2), ("de hoofdstad van {X}", 2)]),
    ("official-name", "official", [
        ("welke stad is de hoofdstad van {X} eigenlijk", 3), ("kun je me de hoofdstad van {X} geven", 3),
        ("wat is officieel de hoofdstad van {X}", 3), ("hoe heet de hoofdstad van {X} officieel", 3), ("noem me de hoofdstad van {X}", 2),
    ]),
    ("everyday-name", "everyday", [
        ("wat is de hoofdstad van {X} ook weer", 3), ("welke stad is de hoofdstad van {X} nou", 3), ("in {X} wat is de hoofdstad", 3),
        ("wat is de hoofdstad in {X}", 3), ("wat is toch de hoofdstad van {X}", 2),
    ]),
    ("subdivision", "us-states", [
        ("wat is de hoofdstad van de staat {X}", 3), ("wat is de hoofdstad van {X} in amerika", 3),
        ("hoe heet de hoofdstad van de amerikaanse staat {X}", 2),
    ]),
    ("subdivision", "laender", [
        ("wat is de hoofdstad van de deelstaat {X}", 3), ("wat is de hoofdstad van {X} in duitsland", 2),
        ("hoe heet de hoofdstad van de duitse deelstaat {X}", 2),
    ]),
    ("subdivision", "other-subdivisions", [
        ("hoe heet de hoofdstad van {X} dan", 3), ("welke stad is eigenlijk de hoofdstad van {X}", 3),
        ("wat is de hoofdstad van {X} weet jij dat", 3),
    ]),
    ("kingdom-caribbean", "caribbean", [
        ("wat is de hoofdplaats van {X}", 3), ("wat is de hoofdstad van het eiland {X}", 2), ("hoe heet de hoofdplaats van {X}", 2),
    ]),
    ("territory", "territories", [
        ("weet je wat de hoofdstad is van {X}", 3), ("welke plaats is de hoofdstad van {X}", 3),
        ("hoe heet de hoofdstad van {X} nou", 2),
    ]),
]

FB, HELP, STOP, CANCEL, LAUNCH = ("AMAZON.FallbackIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent",
                                 "AMAZON.CancelIntent", "LaunchRequest")
WRITTEN = [(u, e, "plural-capitals") for u, e in [
    ("welke hoofdsteden heeft zuid-afrika", "ZA"), ("wat zijn de drie hoofdsteden van zuid-afrika", "ZA"),
    ("hoeveel hoofdsteden heeft bolivia", "BO"), ("wat zijn de hoofdsteden van bolivia", "BO"),
    ("welke twee hoofdsteden heeft benin", "BJ"), ("wat zijn de hoofdsteden van ivoorkust", "CI"),
    ("noem de hoofdsteden van sri lanka", "LK"), ("welke hoofdsteden heeft maleisië", "MY"),
    ("is amsterdam of den haag de hoofdstad van nederland", "NL"), ("wat is nou de echte hoofdstad van nederland", "NL"),
    ("wat zijn de hoofdsteden van palestina", "PS"), ("welke hoofdsteden heeft eswatini", "SZ"),
    ("wat zijn de hoofdsteden van montserrat", "MS"), ("wat zijn de twee hoofdsteden van jammu en kasjmir", "IN-JK"),
    ("welke hoofdsteden heeft uttarakhand", "IN-UK"), ("noem alle hoofdsteden van zuid-afrika eens", "ZA"),
    ("zuid-afrika heeft toch drie hoofdsteden welke zijn dat", "ZA"), ("de hoofdsteden van swaziland graag", "SZ"),
]] + [(u, e, "shared-name") for u, e in [
    ("wat is de hoofdstad van korea", "KP+KR"), ("hoe heet de hoofdstad van congo", "CD+CG"),
    ("wat zijn de hoofdsteden van de twee korea's", "KP+KR"), ("wat is de hoofdstad van georgia", "GE+US-GA"),
    ("wat is de hoofdstad van georgië", "GE"), ("wat is de hoofdstad van de maagdeneilanden", "VG+VI"),
    ("wat is de hoofdstad van guinee", "GN"), ("hoe heet de hoofdstad van guinee-bissau", "GW"),
    ("welke stad is de hoofdstad van niger", "NE"), ("wat is de hoofdstad van nigeria eigenlijk", "NG"),
    ("wat is de hoofdstad van dominica", "DM"), ("weet je de hoofdstad van zuid-soedan", "SS"),
    ("wat is de hoofdstad van de congo", "CD+CG"), ("welke hoofdstad heeft soedan", "SD"),
]] + [(u, e, "yes-no-check") for u, e in [
    ("is rotterdam de hoofdstad van nederland", "NL"), ("is istanboel de hoofdstad van turkije", "TR"),
    ("is zürich de hoofdstad van zwitserland", "CH"), ("is new york de hoofdstad van amerika", "US"),
    ("is antwerpen de hoofdstad van belgië", "BE"), ("klopt het dat bonn de hoofdstad van duitsland is", "DE"),
    ("is rio de janeiro nog steeds de hoofdstad van brazilië", "BR"), ("is toronto de hoofdstad van canada", "CA"),
    ("is barcelona de hoofdstad van spanje", "ES"), ("is milaan de hoofdstad van italië", "IT"),
    ("is kaapstad de hoofdstad van zuid-afrika", "ZA"), ("is casablanca de hoofdstad van marokko", "MA"),
    ("is den haag de hoofdstad van nederland", "NL"), ("is lagos nog de hoofdstad van nigeria", "NG"),
    ("is sydney nou de hoofdstad van australië of niet", "AU"),
]] + [(u, e, "self-correction") for u, e in [
    ("wat is de hoofdstad van oostenrijk nee australië", "AU"), ("wat is de hoofdstad van slowakije sorry slovenië", "SI"),
    ("hoe heet de hoofdstad van letland of nee litouwen", "LT"), ("wat is de hoofdstad van zweden ik bedoel noorwegen", "NO"),
    ("wat is de hoofdstad van irak nee wacht iran", "IR"), ("de hoofdstad van peru eh nee chili", "CL"),
    ("wat is de hoofdstad van nigeria sorry niger", "NE"), ("wat is de hoofdstad van denemarken nee sorry finland", "FI"),
    ("vertel me de hoofdstad van colombia nee van bolivia", "BO"), ("wat is de hoofdstad van canada oh nee ik bedoel mexico", "MX"),
]] + [(u, e, "reverse-question") for u, e in [
    ("van welk land is nairobi de hoofdstad", "@KE"), ("lima is de hoofdstad van welk land", "@PE"),
    ("waar is canberra de hoofdstad van", "@AU"), ("welk land heeft boedapest als hoofdstad", "@HU"),
    ("van welk land is hanoi de hoofdstad", "@VN"), ("welk land heeft als hoofdstad bogota", "@CO"),
    ("van welke staat is sacramento de hoofdstad", "@US-CA"), ("kopenhagen is de hoofdstad van welk land", "@DK"),
    ("van welk land is ankara de hoofdstad", "@TR"), ("waarvan is wellington de hoofdstad", "@NZ"),
]] + [(u, FB, "out-of-domain") for u in [
    "hoeveel inwoners heeft duitsland", "welke taal spreken ze in brazilië", "wat is de munteenheid van zwitserland",
    "wie is de president van frankrijk", "wat is de grootste stad van australië", "hoe laat is het nu in new york",
    "hoe ver is het van amsterdam naar parijs", "wat voor weer wordt het morgen", "zet een timer van tien minuten",
    "zet radio tien aan", "vertel een mop", "hoe gaat het met je", "wat is kapitaal", "hoeveel startkapitaal heb ik nodig",
    "wat is het verschil tussen een hoofdletter en een kleine letter", "schrijf je een landnaam met een hoofdletter",
    "welke stad is de modehoofdstad van de wereld", "hoeveel kapitaal heeft een bv nodig",
    "lees het kapitaal van marx voor", "wie is de koning van belgië", "welke landen grenzen aan duitsland",
    "hoeveel provincies heeft nederland", "wat is het volkslied van spanje", "zet de verwarming op twintig graden",
    "doe het licht uit in de woonkamer", "wat staat er vandaag in mijn agenda", "zet melk op het boodschappenlijstje",
    "hoe hoog is de eiffeltoren", "wanneer is het koningsdag", "welk land heeft de meeste inwoners",
    "wat is het nationale gerecht van italië", "hoe zeg je dank je wel in het japans", "welke munt gebruiken ze in polen",
    "hoe groot is canada", "hoe heet de minister-president van nederland", "welke kleur heeft de vlag van ierland",
    "hoeveel mensen wonen er in india", "wat is het landnummer van belgië", "hoe lang duurt een vlucht naar curaçao",
    "wat is de hoofdprijs van de staatsloterij", "waar staat het hoofdkantoor van philips", "wat is eigen vermogen",
    "welke rivier stroomt door boedapest", "is het nu zomertijd in spanje", "speel het nieuws af",
]] + [(u, HELP, "help") for u in [
    "help", "hulp", "hoe werkt dit", "wat kan ik vragen", "wat kun je allemaal", "ik snap het niet", "help me eens",
    "hoe gebruik ik deze skill", "wat moet ik zeggen", "geef eens een voorbeeld", "wat kan ik hier doen",
    "ik heb hulp nodig", "uitleg graag", "hoe moet dit", "wat kan ik allemaal vragen",
]] + [(u, STOP, "stop") for u in [
    "stop", "stoppen", "hou op", "houd op", "stop ermee", "afsluiten", "sluit af", "ophouden", "stop maar", "kappen",
    "nu stoppen", "sluit de skill af", "zet uit", "alexa stop", "stop nu maar",
]] + [(u, CANCEL, "cancel") for u in [
    "annuleer", "annuleren", "laat maar", "laat maar zitten", "nee laat maar", "vergeet het", "laat ook maar",
    "annuleer dat", "toch maar niet", "vergeet het maar", "annuleer maar",
]] + [(u, LAUNCH, "launch") for u in [
    "open hoofdsteden van de wereld", "start hoofdsteden van de wereld", "begin hoofdsteden van de wereld",
    "speel hoofdsteden van de wereld", "open de skill hoofdsteden van de wereld", "hoofdsteden van de wereld openen",
    "ik wil hoofdsteden van de wereld spelen",
]]

WRITTEN += [(u, FB, "out-of-domain") for u in [
    "hoeveel kost een vliegticket naar lissabon", "wat is de officiële taal van suriname", "welke tijdzone heeft japan",
    "is het veilig om naar egypte te reizen", "hoeveel eilanden heeft griekenland", "hoe oud is de koning van noorwegen",
    "welke valuta heeft turkije", "hoe heet het parlement van zweden", "waar ligt madagaskar", "hoe warm is het in thailand",
    "hoeveel kilometer is het naar berlijn", "zet een wekker om zeven uur", "speel muziek van andré hazes",
    "hoe spel je hoofdstad", "wat betekent het woord hoofdstad", "wat is durfkapitaal", "wat is de culinaire hoofdstad van frankrijk",
    "welke stad is de carnavalshoofdstad van nederland", "ik wil een quiz over vlaggen doen", "hoe laat gaat de zon onder",
    "bel mama", "hoe heet jij", "hoeveel aandelenkapitaal heeft een nv",
]] + [(u, HELP, "help") for u in [
    "wat doet deze skill", "hoe stel ik een vraag", "ik weet niet wat ik moet vragen", "kun je me helpen",
    "help alsjeblieft", "wat zijn de mogelijkheden",
]] + [(u, STOP, "stop") for u in [
    "stop de skill", "ik wil stoppen", "ik ben klaar stop", "hou maar op", "stoppen alsjeblieft", "afsluiten graag",
]] + [(u, CANCEL, "cancel") for u in [
    "annuleer het maar", "laat maar hoor", "nee toch maar niet", "vergeet wat ik zei", "laat maar alexa", "doe maar niet",
    "annuleer die vraag",
]] + [(u, LAUNCH, "launch") for u in [
    "open hoofdsteden van de wereld alsjeblieft", "start het spel hoofdsteden van de wereld", "alexa open hoofdsteden van de wereld",
]] + [
    ("hoe heet de hoofdstad van korea eigenlijk", "KP+KR", "shared-name"),
    ("wat zijn de hoofdsteden van beide congo's", "CD+CG", "shared-name"),
    ("welke hoofdstad heeft guinee", "GN", "shared-name"),
    ("wat is de hoofdstad van equatoriaal-guinea eigenlijk", "GQ", "shared-name"),
    ("is lissabon de hoofdstad van portugal", "PT", "yes-no-check"),
    ("is auckland de hoofdstad van nieuw-zeeland", "NZ", "yes-no-check"),
    ("is sint petersburg de hoofdstad van rusland", "RU", "yes-no-check"),
    ("oslo is de hoofdstad van welk land", "@NO", "reverse-question"),
    ("van welk land is dakar de hoofdstad", "@SN", "reverse-question"),
]

if __name__ == "__main__":
    build("nl", LOCALE, countries(), POOLS, FRAMED, WRITTEN)
