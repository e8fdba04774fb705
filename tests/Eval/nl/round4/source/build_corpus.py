"""Round-4 Dutch (nl-NL) corpus, written blind: how people in the Netherlands ask an Echo, as ASR writes it.

Run `python3 tests/Eval/nl/round4/source/build_corpus.py [--check]`; the shared code is
tests/Eval/source/round4_hinl_corpus.py."""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
import round4_hinl_corpus  # noqa: E402

LOCALE = "nl-NL"
SCRIPT = re.compile(r"[a-zà-öø-ÿ]+(?:'?[a-zà-öø-ÿ]+|')*(?: [a-zà-öø-ÿ]+(?:'?[a-zà-öø-ÿ]+|')*)*")

# Every country of the data as people in the Netherlands say it (with its article where it has one); the everyday
# name first, a spoken alternative second.
COUNTRIES = {
    "AD": ["andorra"], "AE": ["de verenigde arabische emiraten", "de emiraten"], "AF": ["afghanistan"],
    "AG": ["antigua en barbuda", "antigua"], "AL": ["albanië"], "AM": ["armenië"], "AO": ["angola"],
    "AR": ["argentinië"], "AT": ["oostenrijk"], "AU": ["australië"], "AZ": ["azerbeidzjan"],
    "BA": ["bosnië en herzegovina", "bosnië"], "BB": ["barbados"], "BD": ["bangladesh"], "BE": ["belgië"],
    "BF": ["burkina faso"], "BG": ["bulgarije"], "BH": ["bahrein"], "BI": ["burundi"], "BJ": ["benin"],
    "BN": ["brunei"], "BO": ["bolivia"], "BR": ["brazilië"], "BS": ["de bahama's", "bahama's"], "BT": ["bhutan"],
    "BW": ["botswana"], "BY": ["belarus", "wit rusland"], "BZ": ["belize"], "CA": ["canada"],
    "CD": ["congo kinshasa", "de democratische republiek congo"], "CF": ["de centraal afrikaanse republiek"],
    "CG": ["congo brazzaville", "de republiek congo"], "CH": ["zwitserland"], "CI": ["ivoorkust"], "CL": ["chili"],
    "CM": ["kameroen"], "CN": ["china"], "CO": ["colombia"], "CR": ["costa rica"], "CU": ["cuba"],
    "CV": ["kaapverdië"], "CY": ["cyprus"], "CZ": ["tsjechië"], "DE": ["duitsland"], "DJ": ["djibouti"],
    "DK": ["denemarken"], "DM": ["dominica"], "DO": ["de dominicaanse republiek"], "DZ": ["algerije"],
    "EC": ["ecuador"], "EE": ["estland"], "EG": ["egypte"], "EH": ["de westelijke sahara", "westelijke sahara"],
    "ER": ["eritrea"], "ES": ["spanje"], "ET": ["ethiopië"], "FI": ["finland"], "FJ": ["fiji"],
    "FM": ["micronesië"], "FR": ["frankrijk"], "GA": ["gabon"], "GB": ["het verenigd koninkrijk", "groot brittannië"],
    "GD": ["grenada"], "GE": ["georgië"], "GH": ["ghana"], "GM": ["gambia"], "GN": ["guinee"],
    "GQ": ["equatoriaal guinea"], "GR": ["griekenland"], "GT": ["guatemala"], "GW": ["guinee bissau"],
    "GY": ["guyana"], "HN": ["honduras"], "HR": ["kroatië"], "HT": ["haïti"], "HU": ["hongarije"],
    "ID": ["indonesië"], "IE": ["ierland"], "IL": ["israël"], "IN": ["india"], "IQ": ["irak"], "IR": ["iran"],
    "IS": ["ijsland"], "IT": ["italië"], "JM": ["jamaica"], "JO": ["jordanië"], "JP": ["japan"], "KE": ["kenia"],
    "KG": ["kirgizië", "kirgizstan"], "KH": ["cambodja"], "KI": ["kiribati"], "KM": ["de comoren"],
    "KN": ["saint kitts en nevis"], "KP": ["noord korea"], "KR": ["zuid korea"], "KW": ["koeweit"],
    "KZ": ["kazachstan"], "LA": ["laos"], "LB": ["libanon"], "LC": ["saint lucia"], "LI": ["liechtenstein"],
    "LK": ["sri lanka"], "LR": ["liberia"], "LS": ["lesotho"], "LT": ["litouwen"], "LU": ["luxemburg"],
    "LV": ["letland"], "LY": ["libië"], "MA": ["marokko"], "MC": ["monaco"], "MD": ["moldavië", "moldova"],
    "ME": ["montenegro"], "MG": ["madagaskar"], "MH": ["de marshalleilanden"],
    "MK": ["noord macedonië", "macedonië"], "ML": ["mali"], "MM": ["myanmar", "birma"], "MN": ["mongolië"],
    "MR": ["mauritanië"], "MT": ["malta"], "MU": ["mauritius"], "MV": ["de malediven", "malediven"],
    "MW": ["malawi"], "MX": ["mexico"], "MY": ["maleisië"], "MZ": ["mozambique"], "NA": ["namibië"],
    "NE": ["niger"], "NG": ["nigeria"], "NI": ["nicaragua"], "NL": ["nederland", "holland"], "NO": ["noorwegen"],
    "NP": ["nepal"], "NR": ["nauru"], "NZ": ["nieuw zeeland"], "OM": ["oman"], "PA": ["panama"], "PE": ["peru"],
    "PG": ["papoea nieuw guinea"], "PH": ["de filipijnen", "filipijnen"], "PK": ["pakistan"], "PL": ["polen"],
    "PS": ["palestina"], "PT": ["portugal"], "PW": ["palau"], "PY": ["paraguay"], "QA": ["qatar"],
    "RO": ["roemenië"], "RS": ["servië"], "RU": ["rusland"], "RW": ["rwanda"], "SA": ["saoedi arabië"],
    "SB": ["de salomonseilanden"], "SC": ["de seychellen"], "SD": ["soedan"], "SE": ["zweden"],
    "SG": ["singapore"], "SI": ["slovenië"], "SK": ["slowakije"], "SL": ["sierra leone"], "SM": ["san marino"],
    "SN": ["senegal"], "SO": ["somalië"], "SR": ["suriname"], "SS": ["zuid soedan"],
    "ST": ["sao tomé en principe", "sao tomé"], "SV": ["el salvador"], "SY": ["syrië"],
    "SZ": ["eswatini", "swaziland"], "TD": ["tsjaad"], "TG": ["togo"], "TH": ["thailand"], "TJ": ["tadzjikistan"],
    "TL": ["oost timor"], "TM": ["turkmenistan"], "TN": ["tunesië"], "TO": ["tonga"], "TR": ["turkije"],
    "TT": ["trinidad en tobago"], "TV": ["tuvalu"], "TW": ["taiwan"], "TZ": ["tanzania"], "UA": ["oekraïne"],
    "UG": ["oeganda"], "US": ["amerika", "de verenigde staten"], "UY": ["uruguay"], "UZ": ["oezbekistan"],
    "VA": ["vaticaanstad", "het vaticaan"], "VC": ["saint vincent en de grenadines"], "VE": ["venezuela"],
    "VN": ["vietnam"], "VU": ["vanuatu"], "WS": ["samoa"], "XK": ["kosovo"], "YE": ["jemen"],
    "ZA": ["zuid afrika"], "ZM": ["zambia"], "ZW": ["zimbabwe"],
}

EVERYDAY = [
    ("holland", "NL"), ("de vs", "US"), ("het vk", "GB"), ("groot brittannië", "GB"), ("birma", "MM"),
    ("swaziland", "SZ"), ("wit rusland", "BY"), ("macedonië", "MK"), ("de emiraten", "AE"), ("bosnië", "BA"),
    ("het vaticaan", "VA"), ("de staten", "US"), ("engeland", "GB-ENG"),
]
OFFICIAL = [
    ("de verenigde staten van amerika", "US"), ("het verenigd koninkrijk", "GB"), ("de volksrepubliek china", "CN"),
    ("de russische federatie", "RU"), ("de bondsrepubliek duitsland", "DE"), ("de republiek india", "IN"),
    ("de islamitische republiek iran", "IR"), ("de tsjechische republiek", "CZ"),
    ("het koninkrijk der nederlanden", "NL"), ("het koninkrijk belgië", "BE"), ("de republiek korea", "KR"),
    ("de democratische volksrepubliek korea", "KP"), ("de verenigde mexicaanse staten", "MX"),
]
SHARED = [
    ("korea", "KP+KR"), ("congo", "CD+CG"), ("de maagdeneilanden", "VG+VI"), ("beide korea's", "KP+KR"),
    ("de twee congo's", "CD+CG"), ("georgië", "GE"), ("de staat georgia", "US-GA"), ("guinee", "GN"),
    ("equatoriaal guinea", "GQ"), ("guinee bissau", "GW"), ("niger", "NE"), ("nigeria", "NG"), ("dominica", "DM"),
    ("soedan", "SD"), ("zuid soedan", "SS"), ("de dominicaanse republiek", "DO"),
]
CARIBBEAN = [
    ("aruba", "AW"), ("curaçao", "CW"), ("sint maarten", "SX"), ("caribisch nederland", "BQ"), ("bonaire", "BQ"),
    ("curaçao", "CW"), ("aruba", "AW"), ("sint maarten", "SX"),
]
SUBDIVISIONS = [
    ("de staat californië", "US-CA"), ("texas", "US-TX"), ("florida", "US-FL"), ("de staat new york", "US-NY"),
    ("hawaii", "US-HI"), ("beieren", "DE-BY"), ("noordrijn westfalen", "DE-NW"), ("nedersaksen", "DE-NI"),
    ("de provincie quebec", "CA-QC"), ("ontario", "CA-ON"), ("schotland", "GB-SCT"), ("wales", "GB-WLS"),
    ("noord ierland", "GB-NIR"), ("groenland", "GL"), ("frans guyana", "GF"), ("de faeröer", "FO"),
    ("puerto rico", "PR"), ("nieuw caledonië", "NC"), ("tasmanië", "AU-TAS"), ("alaska", "US-AK"),
    ("baden württemberg", "DE-BW"), ("de staat washington", "US-WA"),
]

# (family, pool, [(frame, times said)]); {} is a spoken name: the country queue when pool is None, else the
# family's own pool of (name, id), taken in order. A frame is said at most 3 times in the whole corpus.
FRAMED = [
    ("direct-question", None, [
        ("wat is de hoofdstad van {}", 3), ("wat is eigenlijk de hoofdstad van {}", 3),
        ("wat is nou de hoofdstad van {}", 2), ("wat was de hoofdstad van {}", 2),
        ("wat is de hoofdstad van het land {}", 2), ("welke stad is de hoofdstad van {}", 3),
        ("hoe heet de hoofdstad van {}", 3), ("wat is de hoofdplaats van {}", 1), ("wat is de hoofdstad in {}", 2),
        ("welke hoofdstad heeft {}", 3), ("wat voor hoofdstad heeft {}", 2), ("wat is de hoofdstad van {} dan", 2),
        ("wat is de naam van de hoofdstad van {}", 3), ("wat's de hoofdstad van {}", 2),
        ("welke stad is hoofdstad van {}", 2), ("wat is hoofdstad van {}", 2), ("hoe heet de hoofdstad van {} nou", 2),
        ("hoe heet de hoofdstad in {}", 2),
    ]),
    ("polite-request", None, [
        ("kun je me de hoofdstad van {} vertellen", 3), ("kunt u mij vertellen wat de hoofdstad van {} is", 3),
        ("wil je me de hoofdstad van {} zeggen", 2), ("mag ik de hoofdstad van {} weten", 2),
        ("zou je me kunnen vertellen wat de hoofdstad van {} is", 2),
        ("kun je even opzoeken wat de hoofdstad van {} is", 3), ("ik wil graag de hoofdstad van {} weten", 3),
        ("graag de hoofdstad van {}", 2), ("de hoofdstad van {} alsjeblieft", 3),
        ("wat is de hoofdstad van {} alstublieft", 2), ("zou u de hoofdstad van {} willen noemen", 1),
        ("kun je me vertellen wat de hoofdstad van {} is", 3), ("vertel me alsjeblieft de hoofdstad van {}", 2),
    ]),
    ("imperative", None, [
        ("noem de hoofdstad van {}", 3), ("zeg de hoofdstad van {}", 2), ("vertel me de hoofdstad van {}", 3),
        ("zoek de hoofdstad van {} op", 3), ("geef me de hoofdstad van {}", 3),
        ("zeg eens wat de hoofdstad van {} is", 2), ("vertel eens hoe de hoofdstad van {} heet", 2),
        ("zoek even op wat de hoofdstad van {} is", 2),
    ]),
    ("do-you-know", None, [
        ("weet jij wat de hoofdstad van {} is", 3), ("weet je de hoofdstad van {}", 3),
        ("weet u wat de hoofdstad van {} is", 2), ("ken jij de hoofdstad van {}", 2),
        ("ik ben de hoofdstad van {} vergeten", 3), ("ik weet de hoofdstad van {} niet meer", 2),
        ("heb je enig idee wat de hoofdstad van {} is", 2), ("weet jij toevallig de hoofdstad van {}", 2),
        ("weet jij hoe de hoofdstad van {} heet", 3),
    ]),
    ("leading-filler", None, [
        ("alexa wat is de hoofdstad van {}", 3), ("hé wat is de hoofdstad van {}", 2),
        ("zeg wat is de hoofdstad van {}", 2), ("nou wat is de hoofdstad van {}", 2),
        ("eh wat is de hoofdstad van {}", 3), ("oké wat is de hoofdstad van {}", 2),
        ("even een vraag wat is de hoofdstad van {}", 2), ("goedemorgen wat is de hoofdstad van {}", 1),
    ]),
    ("trailing-words", None, [
        ("wat is de hoofdstad van {} ook alweer", 3), ("hoe heet de hoofdstad van {} eigenlijk", 3),
        ("wat is de hoofdstad van {} nou eigenlijk", 2), ("wat is de hoofdstad van {} weet je dat", 2),
        ("wat is de hoofdstad van {} dank je", 2), ("de hoofdstad van {} is wat", 2),
        ("wat is de hoofdstad van {} even", 2),
    ]),
    ("word-order", None, [
        ("{} wat is daar de hoofdstad", 3), ("van {} wat is de hoofdstad", 2),
        ("{} welke stad is daar de hoofdstad", 2), ("{} hoe heet de hoofdstad daar", 2),
        ("de hoofdstad van {} welke is dat", 2), ("{} wat is de hoofdstad daarvan", 2),
        ("in {} wat is daar de hoofdstad", 2), ("welke stad is in {} de hoofdstad", 2),
    ]),
    ("bare-name", None, [
        ("hoofdstad van {}", 3), ("hoofdstad {}", 3), ("{} hoofdstad", 3), ("de hoofdstad van {}", 3),
    ]),
    ("follow-up", None, [
        ("en {}", 3), ("en van {}", 3), ("en {} dan", 2), ("oké en {}", 2), ("en die van {}", 2), ("nu {}", 1),
        ("en de hoofdstad van {} dan", 2),
    ]),
    ("quiz-context", None, [
        ("voor mijn huiswerk wat is de hoofdstad van {}", 2), ("we doen een quiz wat is de hoofdstad van {}", 2),
        ("mijn dochter vraagt wat de hoofdstad van {} is", 2), ("voor de pubquiz wat is de hoofdstad van {}", 1),
        ("we hebben een weddenschap wat is de hoofdstad van {}", 1),
    ]),
    ("everyday-name", EVERYDAY, [
        ("welke stad is de hoofdstad van {} dan", 2), ("hoe heet de hoofdstad van {} dan", 3),
        ("wat is de hoofdstad eigenlijk van {}", 2), ("noem eens de hoofdstad van {}", 3),
        ("wat is de hoofdstad van {} nou", 3),
    ]),
    ("official-name", OFFICIAL, [
        ("wat is de hoofdstad van {} precies", 3), ("kun je me zeggen wat de hoofdstad van {} is", 3),
        ("wat is de officiële hoofdstad van {}", 2), ("welke plaats is de hoofdstad van {}", 3),
        ("hoe heet de hoofdstad van {} officieel", 2),
    ]),
    ("shared-name", SHARED, [
        ("wat is de hoofdstad van {} eigenlijk", 3), ("welke stad is de hoofdstad van {} ook weer", 2),
        ("vertel me even de hoofdstad van {}", 3), ("wat was de hoofdstad van {} ook alweer", 3),
        ("hoofdstad van {} graag", 2), ("en wat is de hoofdstad van {}", 3),
    ]),
    ("kingdom-caribbean", CARIBBEAN, [
        ("wat is de hoofdplaats van {} eigenlijk", 3), ("welke stad is de hoofdstad van {} eigenlijk", 2),
        ("hoe heet de hoofdstad van {} nou eigenlijk", 2),
    ]),
    ("subdivision", SUBDIVISIONS, [
        ("welke stad is de hoofdstad van {} ook alweer", 3), ("wat is de hoofdstad van {} weet jij dat", 2),
        ("wat is toch de hoofdstad van {}", 3), ("hoe heet de hoofdstad van {} precies", 2),
        ("zeg me de hoofdstad van {}", 3), ("ik vraag me af wat de hoofdstad van {} is", 3),
        ("hoofdstad van {} weet je die", 2), ("wat is nu de hoofdstad van {}", 3), ("wat is de hoofdstad van {} hè", 1),
    ]),
]

WRITTEN = """
plural-capitals | wat zijn de hoofdsteden van zuid afrika | ZA
plural-capitals | zuid afrika heeft drie hoofdsteden welke zijn dat | ZA
plural-capitals | welke twee hoofdsteden heeft bolivia | BO
plural-capitals | heeft nederland nou twee hoofdsteden | NL
plural-capitals | wat zijn de hoofdsteden van nederland | NL
plural-capitals | noem de hoofdsteden van maleisië | MY
plural-capitals | wat zijn de hoofdsteden van sri lanka | LK
plural-capitals | welke hoofdsteden heeft ivoorkust | CI
plural-capitals | hoeveel hoofdsteden heeft benin | BJ
plural-capitals | wat zijn beide hoofdsteden van eswatini | SZ
plural-capitals | de hoofdsteden van palestina | PS
plural-capitals | sri lanka heeft twee hoofdsteden toch welke | LK
plural-capitals | benin heeft twee hoofdsteden hoe heten die | BJ
plural-capitals | wat zijn de twee hoofdsteden van benin | BJ
plural-capitals | vertel me de drie hoofdsteden van zuid afrika | ZA
yes-no-check | is amsterdam de hoofdstad van nederland | NL
yes-no-check | is sydney de hoofdstad van australië | AU
yes-no-check | is istanbul de hoofdstad van turkije | TR
yes-no-check | klopt het dat bern de hoofdstad van zwitserland is | CH
yes-no-check | klopt het dat toronto de hoofdstad van canada is | CA
yes-no-check | is den haag nou de hoofdstad van nederland of amsterdam | NL
yes-no-check | is bonn nog steeds de hoofdstad van duitsland | DE
yes-no-check | is new york de hoofdstad van amerika of niet | US
yes-no-check | is brussel echt de hoofdstad van belgië | BE
yes-no-check | rio de janeiro is toch de hoofdstad van brazilië | BR
yes-no-check | de hoofdstad van nieuw zeeland is auckland toch | NZ
yes-no-check | is het waar dat lagos de hoofdstad van nigeria is | NG
yes-no-check | is kaapstad nou de hoofdstad van zuid afrika | ZA
self-correction | wat is de hoofdstad van oostenrijk nee australië | AU
self-correction | wat is de hoofdstad van zweden eh zwitserland bedoel ik | CH
self-correction | hoofdstad van slowakije nee sorry slovenië | SI
self-correction | wat is de hoofdstad van irak of nee van iran | IR
self-correction | hoe heet de hoofdstad van niger nee nigeria | NG
self-correction | wat is de hoofdstad van letland wacht litouwen | LT
self-correction | wat is de hoofdstad van colombia o nee cambodja | KH
self-correction | vertel me de hoofdstad van noorwegen nee van denemarken | DK
self-correction | wat is de hoofdstad van paraguay ik bedoel uruguay | UY
self-correction | de hoofdstad van gambia nee zambia | ZM
reverse-question | van welk land is nairobi de hoofdstad | @Nairobi
reverse-question | van welk land is tokio de hoofdstad | @Tokyo
reverse-question | van welk land is boedapest de hoofdstad | @Budapest
reverse-question | waar is canberra de hoofdstad van | @Canberra
reverse-question | kopenhagen is de hoofdstad van welk land | @Copenhagen
reverse-question | paramaribo is de hoofdstad van welk land | @Paramaribo
reverse-question | welk land heeft jakarta als hoofdstad | @Jakarta
reverse-question | ottawa is hoofdstad van welk land | @Ottawa
launch | start hoofdsteden van de wereld | LaunchRequest
launch | open hoofdsteden van de wereld | LaunchRequest
launch | alexa open hoofdsteden van de wereld | LaunchRequest
launch | start de skill hoofdsteden van de wereld | LaunchRequest
launch | open de hoofdsteden van de wereld | LaunchRequest
launch | speel hoofdsteden van de wereld | LaunchRequest
help | help | AMAZON.HelpIntent
help | hulp | AMAZON.HelpIntent
help | help me | AMAZON.HelpIntent
help | ik heb hulp nodig | AMAZON.HelpIntent
help | hoe werkt dit | AMAZON.HelpIntent
help | wat kan ik vragen | AMAZON.HelpIntent
help | wat kan ik je vragen | AMAZON.HelpIntent
help | wat kun je allemaal | AMAZON.HelpIntent
help | hoe gebruik ik deze skill | AMAZON.HelpIntent
help | wat moet ik zeggen | AMAZON.HelpIntent
help | geef eens een voorbeeld | AMAZON.HelpIntent
help | ik snap het niet | AMAZON.HelpIntent
help | wat doet deze skill | AMAZON.HelpIntent
help | kunt u mij helpen | AMAZON.HelpIntent
help | hoe werkt deze skill eigenlijk | AMAZON.HelpIntent
stop | stop | AMAZON.StopIntent
stop | stoppen | AMAZON.StopIntent
stop | hou op | AMAZON.StopIntent
stop | houd op | AMAZON.StopIntent
stop | stop maar | AMAZON.StopIntent
stop | afsluiten | AMAZON.StopIntent
stop | sluit af | AMAZON.StopIntent
stop | ophouden | AMAZON.StopIntent
stop | stop de skill | AMAZON.StopIntent
stop | alexa stop | AMAZON.StopIntent
stop | sluit de skill af | AMAZON.StopIntent
stop | kappen | AMAZON.StopIntent
stop | hou je mond | AMAZON.StopIntent
stop | stop ermee | AMAZON.StopIntent
cancel | annuleer | AMAZON.CancelIntent
cancel | annuleren | AMAZON.CancelIntent
cancel | laat maar | AMAZON.CancelIntent
cancel | laat maar zitten | AMAZON.CancelIntent
cancel | vergeet het | AMAZON.CancelIntent
cancel | nee laat maar | AMAZON.CancelIntent
cancel | toch maar niet | AMAZON.CancelIntent
cancel | annuleer dat | AMAZON.CancelIntent
cancel | laat ook maar | AMAZON.CancelIntent
cancel | vergeet het maar | AMAZON.CancelIntent
cancel | laat maar hoor | AMAZON.CancelIntent
launch | alexa start hoofdsteden van de wereld | LaunchRequest
launch | hoofdsteden van de wereld openen | LaunchRequest
help | wat kan deze skill allemaal | AMAZON.HelpIntent
help | hoe moet ik een vraag stellen | AMAZON.HelpIntent
help | help alsjeblieft | AMAZON.HelpIntent
stop | alexa hou op | AMAZON.StopIntent
stop | stop nu | AMAZON.StopIntent
stop | ik wil stoppen | AMAZON.StopIntent
stop | verlaat de skill | AMAZON.StopIntent
stop | sluit hoofdsteden van de wereld af | AMAZON.StopIntent
cancel | annuleer maar | AMAZON.CancelIntent
cancel | nee annuleren | AMAZON.CancelIntent
cancel | laat maar alexa | AMAZON.CancelIntent
cancel | ach laat maar | AMAZON.CancelIntent
cancel | vergeet maar | AMAZON.CancelIntent
cancel | laat het maar | AMAZON.CancelIntent
cancel | annuleer de vraag | AMAZON.CancelIntent
out-of-domain | welke stad is de hoofdstad van de liefde | AMAZON.FallbackIntent
out-of-domain | wie won de tour de france | AMAZON.FallbackIntent
out-of-domain | speel een podcast | AMAZON.FallbackIntent
out-of-domain | wat is tien keer twaalf | AMAZON.FallbackIntent
out-of-domain | hoe spel je amsterdam | AMAZON.FallbackIntent
out-of-domain | welke stad heeft de meeste inwoners van nederland | AMAZON.FallbackIntent
out-of-domain | hoe groot is frankrijk | AMAZON.FallbackIntent
out-of-domain | hoeveel graden is het buiten | AMAZON.FallbackIntent
out-of-domain | zet de wekker om zeven uur | AMAZON.FallbackIntent
out-of-domain | welke rivier stroomt door parijs | AMAZON.FallbackIntent
out-of-domain | welke dag is het vandaag | AMAZON.FallbackIntent
out-of-domain | hoe zeg je dank je wel in het frans | AMAZON.FallbackIntent
out-of-domain | wie is de koning van belgië | AMAZON.FallbackIntent
out-of-domain | zet de verwarming op twintig graden | AMAZON.FallbackIntent
out-of-domain | lees een verhaaltje voor | AMAZON.FallbackIntent
out-of-domain | wat is de hoofdstad van de mode | AMAZON.FallbackIntent
out-of-domain | welke stad noemen ze de hoofdstad van de mode | AMAZON.FallbackIntent
out-of-domain | welke stad is de wielerhoofdstad van nederland | AMAZON.FallbackIntent
out-of-domain | moet hoofdstad met een hoofdletter | AMAZON.FallbackIntent
out-of-domain | wat betekent hoofdstad in het engels | AMAZON.FallbackIntent
out-of-domain | hoeveel startkapitaal heb je nodig voor een bv | AMAZON.FallbackIntent
out-of-domain | wat is het verschil tussen kapitaal en vermogen | AMAZON.FallbackIntent
out-of-domain | welke stad is de culinaire hoofdstad van frankrijk | AMAZON.FallbackIntent
out-of-domain | hoeveel inwoners heeft duitsland | AMAZON.FallbackIntent
out-of-domain | wat is de munteenheid van japan | AMAZON.FallbackIntent
out-of-domain | welke taal spreken ze in brazilië | AMAZON.FallbackIntent
out-of-domain | wie is de president van frankrijk | AMAZON.FallbackIntent
out-of-domain | wie is de premier van nederland | AMAZON.FallbackIntent
out-of-domain | hoe laat is het in new york | AMAZON.FallbackIntent
out-of-domain | wat voor weer wordt het morgen | AMAZON.FallbackIntent
out-of-domain | gaat het vandaag regenen | AMAZON.FallbackIntent
out-of-domain | zet een timer voor tien minuten | AMAZON.FallbackIntent
out-of-domain | speel radio vijf drie acht | AMAZON.FallbackIntent
out-of-domain | speel muziek van andré hazes | AMAZON.FallbackIntent
out-of-domain | doe de lampen in de woonkamer uit | AMAZON.FallbackIntent
out-of-domain | wat is de grootste stad van australië | AMAZON.FallbackIntent
out-of-domain | hoe ver is het van amsterdam naar parijs | AMAZON.FallbackIntent
out-of-domain | vertel een mop | AMAZON.FallbackIntent
out-of-domain | wat is het nieuws van vandaag | AMAZON.FallbackIntent
out-of-domain | zet melk op mijn boodschappenlijst | AMAZON.FallbackIntent
out-of-domain | hoe hoog is de mount everest | AMAZON.FallbackIntent
out-of-domain | wanneer is het koningsdag | AMAZON.FallbackIntent
out-of-domain | hoe oud is koning willem alexander | AMAZON.FallbackIntent
out-of-domain | wat is het volkslied van belgië | AMAZON.FallbackIntent
out-of-domain | welke landen grenzen aan duitsland | AMAZON.FallbackIntent
out-of-domain | hoeveel provincies heeft nederland | AMAZON.FallbackIntent
out-of-domain | hoe lang is de rijn | AMAZON.FallbackIntent
out-of-domain | hoe laat gaat de trein naar utrecht | AMAZON.FallbackIntent
out-of-domain | welke kleur heeft de vlag van ierland | AMAZON.FallbackIntent
out-of-domain | waar ligt malta | AMAZON.FallbackIntent
out-of-domain | in welke provincie ligt zwolle | AMAZON.FallbackIntent
"""

if __name__ == "__main__":
    round4_hinl_corpus.main(sys.modules[__name__], "nl")
