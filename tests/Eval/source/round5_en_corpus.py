"""Round 5, English: the authored sentences, written blind on 30 November 2026 (see tests/Eval/README.md).

FRAMED families are sentence frames filled by build_corpus.py with countries of the data ({X} the name, {P} its
possessive); a frame tagged with a locale is said only there. WRITTEN families are whole lines, since the place is part
of the way of asking. Expected values are place ids of lambda/Skill/Capitals/capitals.json or an intent."""

US, GB, CA, AU, IN = "en-US", "en-GB", "en-CA", "en-AU", "en-IN"
FB = "AMAZON.FallbackIntent"

# How a country is said where lower-casing the data's name is not how people say it.
SPOKEN = {
    "AE": "the united arab emirates", "BA": "bosnia and herzegovina", "BS": "the bahamas", "CD": "the democratic republic of the congo",
    "CF": "the central african republic", "CG": "the republic of the congo", "CI": "ivory coast", "CV": "cape verde",
    "CZ": "the czech republic", "DO": "the dominican republic", "FM": "micronesia", "GB": "the united kingdom",
    "GM": "the gambia", "KN": "saint kitts and nevis", "KP": "north korea", "KR": "south korea", "LC": "saint lucia",
    "MH": "the marshall islands", "MM": "myanmar", "NL": "the netherlands", "PH": "the philippines", "PS": "palestine",
    "SB": "the solomon islands", "ST": "sao tome and principe", "SZ": "eswatini", "TL": "east timor", "TR": "turkey",
    "US": "the united states", "VA": "vatican city", "VC": "saint vincent and the grenadines", "MK": "north macedonia",
    "RU": "russia", "SY": "syria", "IR": "iran", "LA": "laos", "VN": "vietnam", "BN": "brunei", "BO": "bolivia",
    "VE": "venezuela", "TZ": "tanzania", "MD": "moldova", "KM": "the comoros", "MV": "the maldives", "SC": "the seychelles",
    "TW": "taiwan", "XK": "kosovo", "GW": "guinea bissau", "TT": "trinidad and tobago", "AG": "antigua and barbuda",
}
# Everyday alternatives, said one time in four when a frame asks about the country.
EVERYDAY = {
    "US": "america", "GB": "britain", "NL": "holland", "MM": "burma", "AE": "the uae", "CD": "the drc", "CZ": "czechia",
    "SZ": "swaziland", "TR": "turkiye", "CI": "cote d'ivoire", "CV": "cabo verde", "TL": "timor leste", "MK": "macedonia",
    "SA": "saudi", "NZ": "nz", "BA": "bosnia", "VA": "the vatican",
    "PG": "png", "KN": "st kitts", "LC": "st lucia", "VC": "st vincent", "TT": "trinidad", "AG": "antigua",
    "LK": "ceylon", "IN": "bharat", "ZA": "south africa", "FM": "the federated states of micronesia",
}

FRAMED = {
    "direct-question": [
        ("what's the capital of {X}", None), ("what is the capital of {X}", None), ("what's the capital city of {X}", None),
        ("what is the capital city of {X}", None), ("whats the capital of {X}", None), ("what is {P} capital", None),
        ("which city is the capital of {X}", None), ("what city is the capital of {X}", None),
        ("where is the capital of {X}", None), ("what is the name of the capital of {X}", None),
        ("what's the name of {P} capital city", None), ("which is the capital of {X}", None),
        ("what would be the capital of {X}", None), ("what is the capital of the country {X}", None),
        ("what's {X} capital", None), ("what's the main capital of {X}", None), ("what is the country {X} capital", None),
        ("capital of {X} is what", None), ("the capital of {X} is which city", None), ("what city serves as the capital of {X}", None),
        ("what's the official capital of {X}", None), ("which city's the capital of {X}", None),
        ("what is the current capital of {X}", None), ("what's the capital of {X} now", None),
        ("what's the capital town of {X}", None), ("what is capital city of {X}", None),
        ("what city is {P} capital", None), ("so what's the capital of {X}", None), ("which town is the capital of {X}", None),
        ("what's the seat of government in {X}", None),
    ],
    "possessive": [
        ("what's {P} capital", None), ("what is {P} capital city", None), ("whats {P} capital city", None),
        ("tell me {P} capital", None), ("what's {P} capital called", None), ("do you know {P} capital", None),
        ("give me {P} capital city", None), ("{P} capital", None), ("{P} capital city please", None),
        ("what city is {P} capital city", None), ("i want {P} capital", None), ("name {P} capital", None),
        ("what is the name of {P} capital", None), ("which city is {P} capital", None), ("{P} capital is what", None),
        ("say {P} capital", None), ("what's {P} capital again", None),
    ],
    "indirect-embedded": [
        ("can you tell me what the capital of {X} is", None), ("do you know what the capital of {X} is", None),
        ("i want to know the capital of {X}", None), ("i'd like to know what {P} capital is", None),
        ("i was wondering what the capital of {X} is", None), ("do you happen to know the capital of {X}", None),
        ("can you tell me which city is the capital of {X}", None), ("i need to know the capital of {X}", None),
        ("do you know which city is the capital of {X}", None), ("i forgot what the capital of {X} is", None),
        ("i can't remember the capital of {X}", None), ("any idea what the capital of {X} is", None),
        ("would you happen to know the capital of {X}", None), ("i'm trying to remember the capital of {X}", None),
        ("could you find out what the capital of {X} is", None), ("i wanna know what {P} capital is", None),
        ("let me know what the capital of {X} is", None), ("i'm curious what the capital of {X} is", None),
        ("help me remember the capital of {X}", None), ("do you know the name of the capital of {X}", None),
    ],
    "polite-request": [
        ("can you please tell me the capital of {X}", None), ("could you tell me the capital of {X} please", None),
        ("please tell me the capital of {X}", None), ("would you please tell me the capital of {X}", None),
        ("could you please tell me what {P} capital is", None), ("can i have the capital of {X} please", None),
        ("may i know the capital of {X}", None), ("please what is the capital of {X}", None),
        ("could i get the capital of {X}", None), ("would you mind telling me the capital of {X}", None),
        ("can you tell me the capital city of {X} please", None), ("please can you tell me the capital of {X}", None),
        ("i'd like the capital of {X} please", None), ("could you say the capital of {X}", None),
        ("would you tell me what the capital city of {X} is", None), ("can you please say what {P} capital is", None),
        ("could you remind me of the capital of {X}", None), ("please give me the capital of {X}", None),
    ],
    "imperative": [
        ("tell me the capital of {X}", None), ("give me the capital of {X}", None), ("tell me the capital city of {X}", None),
        ("say the capital of {X}", None), ("name the capital of {X}", None), ("find the capital of {X}", None),
        ("look up the capital of {X}", None), ("search the capital of {X}", None), ("tell me what the capital of {X} is", None),
        ("give me the capital city for {X}", None), ("check the capital of {X}", None),
    ],
    "leading-filler": [
        ("hey what's the capital of {X}", None), ("um what's the capital of {X}", None), ("okay so what's the capital of {X}", None),
        ("so um what is the capital of {X}", None), ("hey there what's the capital of {X}", None), ("uh what is the capital of {X}", None),
        ("okay what is the capital of {X}", None), ("alright what's the capital of {X}", None), ("quick question what's the capital of {X}", None),
        ("hmm what's the capital of {X}", None), ("well what is the capital of {X}", None), ("ok tell me the capital of {X}", None),
        ("hi what's the capital of {X}", None), ("question what is the capital of {X}", None), ("right what's the capital of {X}", None),
        ("hey can you tell me the capital of {X}", None), ("yeah what's the capital of {X}", None), ("oh what's the capital of {X}", None),
    ],
    "trailing-words": [
        ("what's the capital of {X} please", None), ("what is the capital of {X} again", None), ("what's the capital of {X} thanks", None),
        ("what is the capital of {X} please", None), ("what's the capital of {X} again", None), ("what's the capital of {X} do you know", None),
        ("what's the capital of {X} anyway", None), ("what is the capital of {X} thank you", None), ("what's the capital city of {X} please", None),
        ("what's the capital of {X} i forgot", None), ("tell me the capital of {X} please", None), ("what is the capital of {X} exactly", None),
        ("what's the capital of {X} by the way", None), ("what is the capital of {X} actually", None), ("what's the capital of {X} right now", None),
        ("what's the capital of {X} for me", None),
    ],
    "other-order": [
        ("in {X} what's the capital", None), ("for {X} what is the capital", None), ("{X} what's the capital", None),
        ("{X} what is the capital city", None), ("what's the capital in {X}", None), ("the capital of {X} what is it", None),
        ("{X} which city is the capital", None), ("what is the capital for {X}", None), ("of {X} what's the capital", None),
    ],
    "bare-name": [
        ("capital of {X}", None), ("{X} capital", None), ("capital {X}", None), ("{X} capital city", None),
        ("capital city of {X}", None), ("the capital of {X}", None), ("{X} the capital", None), ("capital city {X}", None),
        ("{X} capital please", None),
    ],
    "follow-up": [
        ("and {X}", None), ("what about {X}", None), ("how about {X}", None), ("and what about {X}", None), ("now {X}", None),
        ("and the capital of {X}", None), ("okay and {X}", None), ("next one {X}", None), ("what about {P} capital", None),
    ],
    "disfluency": [
        ("what's the uh capital of {X}", None), ("what is the capital of um {X}", None), ("what's the capital the capital of {X}", None),
        ("what is the what is the capital of {X}", None), ("what's the capital of of {X}", None), ("um the capital of uh {X}", None),
    ],
    "regional-idiom": [
        ("what's the capital of {X} then", GB), ("go on then what's the capital of {X}", GB), ("have you got the capital of {X}", GB),
        ("what's {X} got as its capital then", GB), ("could you tell us the capital of {X}", GB),
        ("what's the capital of {X} mate", AU), ("righto what's the capital of {X}", AU), ("g'day what's {P} capital", AU),
        ("mate what's the capital of {X} again", AU), ("reckon you know the capital of {X}", AU),
        ("what's the capital of {X} eh", CA), ("hey bud what's the capital of {X}", CA), ("sorry what's the capital of {X} again eh", CA),
        ("so what's the capital city of {X} eh", CA),
        ("tell me {X} capital", IN), ("what is {X} capital name", IN), ("{X} capital city name please", IN),
        ("kindly tell the capital of {X}", IN), ("please tell me {X} capital city", IN),
        ("yo what's the capital of {X}", US), ("gimme the capital of {X}", US), ("what's the capital of {X} real quick", US),
        ("lemme know the capital of {X}", US),
    ],
}

# How many lines each framed family gets (a frame is used at most three times).
FRAMED_LINES = {
    "direct-question": 88, "possessive": 46, "indirect-embedded": 55, "polite-request": 50, "imperative": 30,
    "leading-filler": 50, "trailing-words": 44, "other-order": 25, "bare-name": 25, "follow-up": 25, "disfluency": 15,
    "regional-idiom": 62,
}

WRITTEN = {
    "plural-capitals": [
        ("what are the capitals of south africa", US, "ZA"), ("what are south africa's three capitals", GB, "ZA"),
        ("south africa has three capitals which are they", AU, "ZA"), ("name all the capitals of south africa", IN, "ZA"),
        ("what are the two capitals of bolivia", US, "BO"), ("bolivia's capitals", CA, "BO"), ("which cities are the capitals of bolivia", IN, "BO"),
        ("what are the capitals of sri lanka", IN, "LK"), ("sri lanka has two capitals right what are they", GB, "LK"),
        ("what are the two capital cities of the netherlands", GB, "NL"), ("does holland have two capitals", AU, "NL"),
        ("what are the capitals of malaysia", AU, "MY"), ("malaysia's two capitals please", IN, "MY"),
        ("which two cities are benin's capitals", CA, "BJ"), ("capitals of benin", US, "BJ"),
        ("what are the capitals of ivory coast", US, "CI"), ("list the capitals of cote d'ivoire", GB, "CI"),
        ("what are eswatini's two capitals", AU, "SZ"), ("swaziland capitals", CA, "SZ"),
        ("what are the capitals of palestine", GB, "PS"), ("which are the two capitals of jammu and kashmir", IN, "IN-JK"),
        ("summer and winter capitals of jammu and kashmir", IN, "IN-JK"), ("what are the capitals of uttarakhand", IN, "IN-UK"),
        ("what are the two capitals of montserrat", GB, "MS"), ("how many capitals does south africa have and what are they", CA, "ZA"),
    ],
    "official-long-name": [
        ("what is the capital of the people's republic of china", US, "CN"), ("what's the capital of the russian federation", GB, "RU"),
        ("capital of the republic of india", IN, "IN"), ("what is the capital of the federal republic of germany", CA, "DE"),
        ("what's the capital of the kingdom of saudi arabia", AU, "SA"), ("what is the capital of the united states of america", US, "US"),
        ("tell me the capital of the united kingdom of great britain and northern ireland", GB, "GB"),
        ("what's the capital of the commonwealth of australia", AU, "AU"), ("what's the capital of the french republic", CA, "FR"),
        ("what is the capital of the islamic republic of pakistan", IN, "PK"), ("capital of the kingdom of thailand", US, "TH"),
        ("what is the capital of the republic of korea", US, "KR"), ("what's the capital of the democratic people's republic of korea", GB, "KP"),
        ("what's the capital of the arab republic of egypt", CA, "EG"), ("what is the capital of the federal democratic republic of nepal", IN, "NP"),
        ("what's the capital of the kingdom of the netherlands", GB, "NL"), ("what is the capital of the hellenic republic", AU, "GR"),
        ("which city is the capital of the swiss confederation", US, "CH"), ("what is the capital of the united mexican states", US, "MX"),
        ("what's the capital of the bolivarian republic of venezuela", CA, "VE"), ("capital of the kingdom of bhutan", IN, "BT"),
        ("what is the capital of the republic of south africa", AU, "ZA"), ("what's the capital of the state of israel", GB, "IL"),
        ("what's the capital of the kingdom of norway", CA, "NO"), ("what is the capital of the socialist republic of vietnam", US, "VN"),
        ("what is the capital of the federative republic of brazil", IN, "BR"), ("what's the capital of the argentine republic", AU, "AR"),
        ("what is the capital of the islamic republic of iran", GB, "IR"), ("what's the capital of the republic of ireland", GB, "IE"),
        ("capital of the kingdom of spain", CA, "ES"), ("what is the capital of the democratic socialist republic of sri lanka", IN, "LK"),
        ("what's the capital of the independent state of papua new guinea", AU, "PG"), ("what is the capital of the grand duchy of luxembourg", US, "LU"),
        ("what's the capital of the principality of monaco", GB, "MC"), ("what is the capital of the kingdom of morocco", CA, "MA"),
    ],
    "everyday-short-name": [
        ("what's the capital of america", US, "US"), ("what's the capital of the usa", IN, "US"), ("capital of the us", CA, "US"),
        ("what's the capital of britain", GB, "GB"), ("what's the capital of great britain", AU, "GB"), ("what is the capital of the uk", IN, "GB"),
        ("what's the capital of holland", US, "NL"), ("what is the capital of burma", GB, "MM"), ("what's the capital of the uae", IN, "AE"),
        ("what's the capital of the emirates", AU, "AE"), ("what is the capital of the drc", US, "CD"), ("what's the capital of czechia", GB, "CZ"),
        ("capital of swaziland", AU, "SZ"), ("what's the capital of turkiye", IN, "TR"), ("what is the capital of macedonia", CA, "MK"),
        ("what's the capital of saudi", IN, "SA"), ("what's the capital of nz", AU, "NZ"), ("what's the capital of the vatican", US, "VA"),
        ("what's the capital of bosnia", GB, "BA"), ("what is the capital of png", AU, "PG"), ("what's the capital of east timor", AU, "TL"),
        ("what is the capital of timor leste", IN, "TL"), ("what is the capital of cabo verde", US, "CV"), ("what's the capital of st lucia", CA, "LC"),
        ("what is the capital of the czech republic", CA, "CZ"), ("what's the capital of the states", CA, "US"), ("what's the capital of ceylon", IN, "LK"),
        ("what's the capital of persia", US, "IR"), ("what's the capital of the ivory coast", GB, "CI"), ("what's the capital of trinidad", CA, "TT"),
    ],
    "shared-name": [
        ("what's the capital of korea", US, "KP+KR"), ("what is the capital of korea", IN, "KP+KR"), ("capitals of the two koreas", GB, "KP+KR"),
        ("what are the capitals of north and south korea", AU, "KP+KR"), ("what's the capital of congo", US, "CD+CG"),
        ("what is the capital of the congo", GB, "CD+CG"), ("capitals of both congos", CA, "CD+CG"), ("what's the capital of georgia", US, "GE+US-GA"),
        ("what is the capital of georgia", GB, "GE+US-GA"), ("what's the capital of the country georgia", US, "GE"),
        ("what's the capital of georgia the state", US, "US-GA"), ("capital of georgia in europe", GB, "GE"),
        ("what's the capital of the virgin islands", US, "VG+VI"), ("what's the capital of the british virgin islands", GB, "VG"),
        ("what's the capital of the us virgin islands", US, "VI"), ("what is the capital of guinea", CA, "GN"),
        ("what's the capital of equatorial guinea", AU, "GQ"), ("what is the capital of niger", IN, "NE"), ("what is the capital of nigeria", IN, "NG"),
        ("what is the capital of dominica", CA, "DM"), ("what's the capital of samoa", AU, "WS"), ("what's the capital of american samoa", US, "AS"),
        ("what's the capital of washington state", US, "US-WA"), ("what's the capital of new york state", US, "US-NY"),
    ],
    "subdivision": [
        ("what's the capital of texas", US, "US-TX"), ("what is the capital of california", US, "US-CA"), ("state capital of florida", US, "US-FL"),
        ("what's the capital of new jersey", US, "US-NJ"), ("what's the state capital of illinois", US, "US-IL"), ("capital of pennsylvania", US, "US-PA"),
        ("what is the capital of ohio", US, "US-OH"), ("what's michigan's capital", US, "US-MI"), ("what is the capital of the state of nevada", US, "US-NV"),
        ("what's the capital of kentucky", US, "US-KY"), ("whats the capital of south dakota", US, "US-SD"), ("what is the capital city of vermont", US, "US-VT"),
        ("tell me the capital of missouri", US, "US-MO"), ("what's the capital of arizona", US, "US-AZ"), ("hey what's the capital of oregon", US, "US-OR"),
        ("what is the capital of north carolina", US, "US-NC"), ("what's the capital of louisiana", US, "US-LA"), ("what's wisconsin's state capital", US, "US-WI"),
        ("what's the capital of alaska", US, "US-AK"), ("what is the capital of maryland", US, "US-MD"), ("capital of tennessee", US, "US-TN"),
        ("what's the capital of new mexico", US, "US-NM"), ("what's the capital of west virginia", US, "US-WV"), ("what is the capital of hawaii", US, "US-HI"),
        ("what's the capital of washington", US, "US-WA"), ("what's the capital of massachusetts", US, "US-MA"), ("what is montana's capital", US, "US-MT"),
        ("what's the capital of ontario", CA, "CA-ON"), ("what is the capital of british columbia", CA, "CA-BC"), ("what's the capital of alberta eh", CA, "CA-AB"),
        ("what's the capital of quebec", CA, "CA-QC"), ("what's the provincial capital of manitoba", CA, "CA-MB"), ("what is the capital of saskatchewan", CA, "CA-SK"),
        ("capital of nova scotia", CA, "CA-NS"), ("what's the capital of new brunswick", CA, "CA-NB"), ("what's the capital of pei", CA, "CA-PE"),
        ("what is the capital of prince edward island", CA, "CA-PE"), ("what's the capital of newfoundland", CA, "CA-NL"), ("what's the capital of the yukon", CA, "CA-YT"),
        ("what is the capital of nunavut", CA, "CA-NU"), ("what's the capital of the northwest territories", CA, "CA-NT"), ("what's the capital of bc", CA, "CA-BC"),
        ("what's the capital of new south wales", AU, "AU-NSW"), ("what is the capital of victoria", AU, "AU-VIC"), ("what's the capital of queensland", AU, "AU-QLD"),
        ("what's the capital of western australia", AU, "AU-WA"), ("what's the capital of south australia mate", AU, "AU-SA"), ("capital of tasmania", AU, "AU-TAS"),
        ("what's the capital of the northern territory", AU, "AU-NT"), ("what's the capital of the act", AU, "AU-ACT"), ("what is the capital of wa", AU, "AU-WA"),
        ("what's the capital of qld", AU, "AU-QLD"), ("what's the capital of the australian capital territory", AU, "AU-ACT"),
        ("what is the capital of maharashtra", IN, "IN-MH"), ("what is the capital of karnataka", IN, "IN-KA"), ("tell me the capital of tamil nadu", IN, "IN-TN"),
        ("what is the capital of kerala", IN, "IN-KL"), ("capital of uttar pradesh", IN, "IN-UP"), ("what is the capital of west bengal", IN, "IN-WB"),
        ("what is the capital of rajasthan", IN, "IN-RJ"), ("what is the capital city of gujarat", IN, "IN-GJ"), ("which is the capital of bihar", IN, "IN-BR"),
        ("what is the capital of madhya pradesh", IN, "IN-MP"), ("what is capital of telangana", IN, "IN-TS"), ("andhra pradesh capital", IN, "IN-AP"),
        ("what is the capital of odisha", IN, "IN-OD"), ("what is the capital of orissa", IN, "IN-OD"), ("what is the capital of assam", IN, "IN-AS"),
        ("tell me the capital of himachal pradesh", IN, "IN-HP"), ("what is the capital of jharkhand", IN, "IN-JH"), ("chhattisgarh capital name", IN, "IN-CG"),
        ("what is the capital of goa", IN, "IN-GA"), ("what is the capital of arunachal pradesh", IN, "IN-AR"), ("what is the capital of the union territory of ladakh", IN, "IN-LA"),
        ("capital of manipur", IN, "IN-MN"), ("what is the capital of mizoram", IN, "IN-MZ"), ("what is the capital of sikkim", IN, "IN-SK"),
        ("what is the capital of haryana", IN, "IN-HR"), ("what is the capital of punjab", IN, "IN-PB"), ("what is the capital of puducherry", IN, "IN-PY"),
        ("what is the capital of andaman and nicobar islands", IN, "IN-AN"),
        ("what's the capital of scotland", GB, "GB-SCT"), ("what's the capital of wales", GB, "GB-WLS"), ("what is the capital of northern ireland", GB, "GB-NIR"),
        ("what's the capital of england", GB, "GB-ENG"), ("capital of scotland please", GB, "GB-SCT"), ("what is the capital city of wales", GB, "GB-WLS"),
        ("what's the capital of bavaria", GB, "DE-BY"), ("what's the capital of saxony", US, "DE-SN"),
    ],
    "territory": [
        ("what's the capital of puerto rico", US, "PR"), ("what's the capital of guam", US, "GU"), ("what is the capital of greenland", CA, "GL"),
        ("what's the capital of bermuda", GB, "BM"), ("what's the capital of the isle of man", GB, "IM"), ("what's the capital of jersey", GB, "JE"),
        ("what is the capital of guernsey", GB, "GG"), ("what's the capital of the falklands", GB, "FK"), ("what's the capital of gibraltar", GB, "GI"),
        ("what's the capital of the cayman islands", US, "KY"), ("what's the capital of norfolk island", AU, "NF"), ("what's the capital of christmas island", AU, "CX"),
        ("what's the capital of new caledonia", AU, "NC"), ("what's the capital of french polynesia", AU, "PF"), ("what is the capital of the cook islands", AU, "CK"),
        ("what is the capital of the faroe islands", GB, "FO"), ("what's the capital of aruba", US, "AW"), ("what's the capital of curacao", US, "CW"),
        ("what is the capital of martinique", CA, "MQ"), ("what's the capital of saint pierre and miquelon", CA, "PM"), ("what's the capital of the turks and caicos", CA, "TC"),
        ("what's the capital of western sahara", IN, "EH"),
    ],
    "yes-no-check": [
        ("is sydney the capital of australia", AU, "AU"), ("is melbourne the capital of australia", US, "AU"), ("is toronto the capital of canada", CA, "CA"),
        ("is ottawa the capital of canada", US, "CA"), ("is new york the capital of america", US, "US"), ("is mumbai the capital of india", IN, "IN"),
        ("is delhi the capital of india", IN, "IN"), ("is london the capital of england", GB, "GB-ENG"), ("is edinburgh the capital of scotland", GB, "GB-SCT"),
        ("is istanbul the capital of turkey", GB, "TR"), ("is rio the capital of brazil", US, "BR"), ("is auckland the capital of new zealand", AU, "NZ"),
        ("is karachi still the capital of pakistan", IN, "PK"), ("is bonn still the capital of germany", GB, "DE"), ("is almaty the capital of kazakhstan", CA, "KZ"),
        ("is lagos the capital of nigeria", GB, "NG"), ("is cape town the capital of south africa", AU, "ZA"), ("is zurich the capital of switzerland", US, "CH"),
        ("is the capital of morocco casablanca", CA, "MA"), ("am i right that canberra is the capital of australia", AU, "AU"),
        ("is it true that the capital of bolivia is la paz", US, "BO"), ("isn't vancouver the capital of british columbia", CA, "CA-BC"),
        ("is los angeles the capital of california", US, "US-CA"), ("is bangalore the capital of karnataka", IN, "IN-KA"), ("is chicago the capital of illinois", US, "US-IL"),
        ("is dubai the capital of the uae", IN, "AE"), ("is yangon the capital of myanmar", IN, "MM"), ("is montreal the capital of quebec", CA, "CA-QC"),
        ("is brisbane the capital of queensland", AU, "AU-QLD"), ("is the capital of vietnam ho chi minh city", GB, "VN"),
    ],
    "self-correction": [
        ("what's the capital of austria no australia", AU, "AU"), ("what's the capital of sweden sorry switzerland", US, "CH"),
        ("what is the capital of slovakia i mean slovenia", GB, "SI"), ("capital of iran no iraq", IN, "IQ"),
        ("what's the capital of niger sorry i mean nigeria", CA, "NG"), ("what's the capital of ecuador actually make that colombia", US, "CO"),
        ("what's the capital of peru wait no chile", US, "CL"), ("what is the capital of latvia no sorry estonia", GB, "EE"),
        ("what's the capital of north korea i meant south korea", AU, "KR"), ("what's the capital of ohio no wait oregon", US, "US-OR"),
        ("what is the capital of kerala sorry karnataka", IN, "IN-KA"), ("what's the capital of manitoba no saskatchewan", CA, "CA-SK"),
        ("what's the capital of paraguay uh uruguay", US, "UY"), ("what's the capital of gambia no guinea", GB, "GN"),
        ("what's the capital of mali no malawi", AU, "MW"), ("what's the capital of denmark or rather norway", GB, "NO"),
        ("what is the capital of pakistan sorry bangladesh", IN, "BD"), ("what's the capital of victoria scratch that tasmania", AU, "AU-TAS"),
        ("capital of hungary no romania", CA, "RO"), ("what's the capital of croatia not croatia serbia", US, "RS"),
    ],
    "one-shot-invocation": [
        ("ask world capitals what's the capital of peru", US, "PE"), ("ask world capitals for the capital of kenya", GB, "KE"),
        ("tell world capitals canada", CA, "CA"), ("open world capitals and tell me the capital of fiji", AU, "FJ"),
        ("ask world capitals the capital of nepal", IN, "NP"), ("ask world capitals what is the capital of mongolia", US, "MN"),
        ("launch world capitals and find the capital of chile", US, "CL"), ("ask world capitals what's the capital of new zealand", AU, "NZ"),
        ("use world capitals to find the capital of ghana", GB, "GH"), ("ask world capitals about ecuador", CA, "EC"),
        ("ask world capitals what is the capital of kerala", IN, "IN-KL"), ("ask world capitals what's the capital of montana", US, "US-MT"),
    ],
    "launch": [
        ("open world capitals", US, "LaunchRequest"), ("start world capitals", GB, "LaunchRequest"), ("launch world capitals", IN, "LaunchRequest"),
        ("play world capitals", AU, "LaunchRequest"), ("world capitals", CA, "LaunchRequest"), ("let's play world capitals", US, "LaunchRequest"),
        ("open the world capitals skill", GB, "LaunchRequest"), ("start the world capitals game", US, "LaunchRequest"),
    ],
    "help": [
        ("help", US, "AMAZON.HelpIntent"), ("help me", GB, "AMAZON.HelpIntent"), ("what can i ask", US, "AMAZON.HelpIntent"),
        ("how does this work", CA, "AMAZON.HelpIntent"), ("what can you do", AU, "AMAZON.HelpIntent"), ("i need some help", IN, "AMAZON.HelpIntent"),
        ("how do i use this", US, "AMAZON.HelpIntent"), ("what am i supposed to say", GB, "AMAZON.HelpIntent"), ("help please", IN, "AMAZON.HelpIntent"),
        ("i don't know what to say", AU, "AMAZON.HelpIntent"), ("what do i say", CA, "AMAZON.HelpIntent"), ("can you help me", US, "AMAZON.HelpIntent"),
        ("what are my options", US, "AMAZON.HelpIntent"), ("give me some examples", IN, "AMAZON.HelpIntent"), ("how does this skill work", GB, "AMAZON.HelpIntent"),
    ],
    "stop": [
        ("stop", US, "AMAZON.StopIntent"), ("stop it", GB, "AMAZON.StopIntent"), ("quit", US, "AMAZON.StopIntent"), ("exit", IN, "AMAZON.StopIntent"),
        ("shut up", AU, "AMAZON.StopIntent"), ("okay stop", CA, "AMAZON.StopIntent"), ("stop please", IN, "AMAZON.StopIntent"),
        ("exit the skill", GB, "AMAZON.StopIntent"), ("be quiet", US, "AMAZON.StopIntent"), ("off", AU, "AMAZON.StopIntent"),
    ],
    "cancel": [
        ("cancel", US, "AMAZON.CancelIntent"), ("cancel that", GB, "AMAZON.CancelIntent"), ("never mind", US, "AMAZON.CancelIntent"),
        ("nevermind", CA, "AMAZON.CancelIntent"), ("forget it", AU, "AMAZON.CancelIntent"), ("cancel please", IN, "AMAZON.CancelIntent"),
        ("oh never mind", CA, "AMAZON.CancelIntent"), ("no cancel", GB, "AMAZON.CancelIntent"), ("just forget it", US, "AMAZON.CancelIntent"),
    ],
    "out-of-domain": [
        ("what's the weather tomorrow", US, FB), ("set a timer for ten minutes", US, FB), ("play some music", GB, FB),
        ("turn off the lights", CA, FB), ("what time is it", AU, FB), ("tell me a joke", IN, FB), ("add milk to my shopping list", US, FB),
        ("how tall is mount everest", US, FB), ("who won the super bowl", US, FB), ("what's the score in the cricket", IN, FB),
        ("who won the footy last night", AU, FB), ("is it going to rain this arvo", AU, FB), ("put the telly on", GB, FB),
        ("how do you spell necessary", GB, FB), ("what's the colour of the sky", GB, FB), ("wake me up at seven", CA, FB),
        ("what's the leafs score", CA, FB), ("how many centimetres in an inch", CA, FB), ("what is the ipl schedule", IN, FB),
        ("what is the petrol price today", IN, FB), ("how are you", US, FB), ("i love you", AU, FB), ("what's your name", IN, FB),
        ("are you a robot", GB, FB), ("order a pizza", US, FB), ("call mum", GB, FB), ("remind me to take out the bins", AU, FB),
        ("what's on my calendar today", CA, FB), ("convert twenty dollars to rupees", IN, FB), ("how far is the moon", US, FB),
        ("what's two plus two", US, FB), ("play the news", GB, FB), ("flip a coin", CA, FB), ("sing me a song", AU, FB),
        ("who is the prime minister", IN, FB), ("what's the weather in london", GB, FB), ("tell me a fun fact", US, FB),
        ("hey google what's the weather", US, FB), ("ok google set an alarm", IN, FB), ("siri call home", AU, FB),
        ("read my messages", GB, FB), ("turn the volume up", CA, FB), ("good morning", IN, FB), ("what's the time in tokyo", US, FB),
    ],
    "other-country-question": [
        ("what is the population of china", IN, FB), ("what currency does japan use", US, FB), ("what language do they speak in brazil", GB, FB),
        ("who is the president of france", CA, FB), ("how big is russia", AU, FB), ("what is the largest city in australia", AU, FB),
        ("what's the biggest city in canada", CA, FB), ("where is madagascar", US, FB), ("what time is it in india", GB, FB),
        ("how many states are there in india", IN, FB), ("what's the flag of italy look like", US, FB), ("what continent is egypt in", CA, FB),
        ("which country is the biggest in the world", IN, FB), ("how many provinces does canada have", CA, FB), ("what is the national animal of australia", AU, FB),
        ("who is the king of england", GB, FB), ("what's the population of texas", US, FB), ("how far is london from paris", GB, FB),
        ("what's the national dish of scotland", GB, FB), ("when did india get independence", IN, FB), ("what's the highest mountain in new zealand", AU, FB),
        ("how many people live in germany", US, FB), ("what's the longest river in africa", IN, FB), ("what is the time zone of brazil", US, FB),
    ],
    "capital-other-sense": [
        ("what is capital punishment", US, FB), ("is there capital punishment in india", IN, FB), ("what's my capital one balance", US, FB),
        ("how does capital gains tax work in canada", CA, FB), ("how do you write a capital g", GB, FB), ("play capital fm", GB, FB),
        ("what is share capital", IN, FB), ("what is working capital", IN, FB), ("what is venture capital", US, FB),
        ("what is the fashion capital of the world", AU, FB), ("what's a capital letter", AU, FB), ("how do i raise capital for my business", CA, FB),
        ("what's the capital gains tax rate in australia", AU, FB), ("call capital one customer service", US, FB), ("how do you spell capital", GB, FB),
    ],
}

# Second batch, written after the first build showed which families lost lines to earlier rounds (the builder prints
# only counts; no earlier line was read).
FRAMED["regional-idiom"] += [
    ("hey mate what's the capital city of {X}", AU), ("what do you reckon the capital of {X} is", AU), ("yeah nah what's the capital of {X}", AU),
    ("what's the capital of {X} there bud", CA), ("hey there what would the capital of {X} be eh", CA), ("what's the capital of {X} please then", GB),
]
FRAMED_LINES["regional-idiom"] += 18
MORE = {
    "help": [
        ("how do i play", US, "AMAZON.HelpIntent"), ("what questions can i ask you", GB, "AMAZON.HelpIntent"), ("um help", AU, "AMAZON.HelpIntent"),
        ("i'm confused", CA, "AMAZON.HelpIntent"), ("what does this skill do", IN, "AMAZON.HelpIntent"), ("how do i ask for a capital", US, "AMAZON.HelpIntent"),
        ("can i get some help please", CA, "AMAZON.HelpIntent"), ("what should i ask", AU, "AMAZON.HelpIntent"), ("explain how this works", IN, "AMAZON.HelpIntent"),
        ("tell me what i can say", GB, "AMAZON.HelpIntent"), ("instructions please", AU, "AMAZON.HelpIntent"),
    ],
    "stop": [
        ("stop world capitals", US, "AMAZON.StopIntent"), ("that's enough stop", GB, "AMAZON.StopIntent"), ("stop talking please", AU, "AMAZON.StopIntent"),
        ("quit the game", CA, "AMAZON.StopIntent"), ("i want to stop", IN, "AMAZON.StopIntent"), ("exit please", CA, "AMAZON.StopIntent"),
        ("okay quit", AU, "AMAZON.StopIntent"),
    ],
    "cancel": [
        ("cancel it", AU, "AMAZON.CancelIntent"), ("actually never mind", US, "AMAZON.CancelIntent"), ("never mind that", GB, "AMAZON.CancelIntent"),
        ("forget about it", CA, "AMAZON.CancelIntent"), ("no forget that", IN, "AMAZON.CancelIntent"), ("cancel the question", AU, "AMAZON.CancelIntent"),
    ],
    "launch": [
        ("open up world capitals", CA, "LaunchRequest"), ("begin world capitals", AU, "LaunchRequest"), ("run world capitals", IN, "LaunchRequest"),
    ],
    "out-of-domain": [
        ("what's the weather like in brisbane this weekend", AU, FB), ("set an alarm for half six", GB, FB), ("play triple j", AU, FB),
        ("how cold is it in winnipeg", CA, FB), ("when does tim hortons close", CA, FB), ("turn on the fan", IN, FB), ("play bollywood songs", IN, FB),
        ("is it going to be chilly in manchester tomorrow", GB, FB), ("what's the footy score", AU, FB), ("play cbc radio", CA, FB), ("how many grams in a cup", US, FB),
        ("what should i have for tea tonight", GB, FB), ("tell me the cricket score", AU, FB), ("what's the hockey score", CA, FB), ("open youtube", IN, FB),
        ("start a ten minute timer", AU, FB), ("what's the exchange rate for the loonie", CA, FB),
    ],
    "other-country-question": [
        ("what's the population of canada", CA, FB), ("what currency do they use in thailand", AU, FB), ("what language is spoken in quebec", CA, FB),
        ("who is the prime minister of australia", AU, FB), ("how big is tasmania", AU, FB), ("which is the largest state in india", IN, FB),
        ("what's the biggest province in canada", CA, FB), ("what's the national flower of india", IN, FB), ("where is fiji", AU, FB),
        ("how many territories does canada have", CA, FB),
    ],
    "capital-other-sense": [
        ("what's the capital gains allowance this year", GB, FB), ("is capital punishment legal in canada", CA, FB), ("play capital xtra", GB, FB),
        ("what is capital expenditure", IN, FB), ("what's the difference between capital and revenue", AU, FB), ("what is a capital asset", CA, FB),
    ],
    "subdivision": [
        ("which city is the capital of alberta", CA, "CA-AB"), ("hey what's the capital of manitoba again", CA, "CA-MB"), ("so what's the capital of saskatchewan eh", CA, "CA-SK"),
        ("do you know the capital of nova scotia", CA, "CA-NS"), ("tell me the capital of newfoundland and labrador", CA, "CA-NL"), ("ontario's capital city", CA, "CA-ON"),
        ("what city is the capital of quebec province", CA, "CA-QC"), ("what's the territorial capital of nunavut", CA, "CA-NU"), ("the yukon's capital", CA, "CA-YT"),
        ("um what's the capital of new brunswick", CA, "CA-NB"), ("what's the capital city of the province of alberta", CA, "CA-AB"),
        ("what's the capital of victoria mate", AU, "AU-VIC"), ("which city is the capital of tasmania", AU, "AU-TAS"), ("nsw capital", AU, "AU-NSW"),
        ("righto what's the capital of queensland", AU, "AU-QLD"), ("what's the capital city of the northern territory", AU, "AU-NT"),
        ("tell me the capital of south australia", AU, "AU-SA"), ("what's western australia's capital", AU, "AU-WA"), ("what's the capital of the state of victoria", AU, "AU-VIC"),
        ("what's the capital of nsw", AU, "AU-NSW"), ("capital city of queensland please", AU, "AU-QLD"),
        ("what city is the capital of new york", US, "US-NY"), ("what's the state capital of colorado", US, "US-CO"), ("what's the capital of virginia", US, "US-VA"),
        ("what is utah's capital", US, "US-UT"), ("tell me the state capital of iowa", US, "US-IA"), ("what's the capital of rhode island", US, "US-RI"),
        ("what's the capital of south carolina", US, "US-SC"), ("what city is the capital of minnesota", US, "US-MN"),
        ("which is the capital of uttarakhand", IN, "IN-UK"), ("tell me the capital of meghalaya", IN, "IN-ML"), ("what is nagaland capital", IN, "IN-NL"),
        ("what is the capital of tripura", IN, "IN-TR"), ("what is the capital of jammu and kashmir", IN, "IN-JK"), ("capital of delhi", IN, "IN-DL"),
        ("what is the capital of the state of karnataka", IN, "IN-KA"), ("what's the capital of the country of wales", GB, "GB-WLS"),
        ("what's scotland's capital city", GB, "GB-SCT"), ("northern ireland's capital", GB, "GB-NIR"), ("which city is the capital of england", GB, "GB-ENG"),
    ],
    "territory": [
        ("what is the capital city of puerto rico", US, "PR"), ("capital of the falkland islands", GB, "FK"), ("which town is the capital of the isle of man", GB, "IM"),
        ("tell me the capital of greenland", CA, "GL"), ("what's the capital of the cocos islands", AU, "CC"), ("what's the capital of norfolk island mate", AU, "NF"),
        ("what's the capital of tahiti", AU, "PF"), ("what's the capital city of bermuda", CA, "BM"), ("what is the capital of the united states virgin islands", CA, "VI"),
    ],
    "yes-no-check": [
        ("is vancouver the capital of canada", CA, "CA"), ("is perth the capital of western australia", AU, "AU-WA"), ("is calgary the capital of alberta", CA, "CA-AB"),
        ("is darwin the capital of the northern territory", AU, "AU-NT"), ("is kolkata the capital of west bengal", IN, "IN-WB"), ("is new york city the capital of new york", US, "US-NY"),
        ("is glasgow the capital of scotland", GB, "GB-SCT"), ("is cardiff the capital of wales", GB, "GB-WLS"), ("is halifax the capital of nova scotia", CA, "CA-NS"),
        ("is hobart the capital of tasmania", AU, "AU-TAS"),
    ],
    "shared-name": [
        ("what is the capital of both koreas", IN, "KP+KR"), ("what's the capital of congo brazzaville", GB, "CG"), ("what's the capital of congo kinshasa", AU, "CD"),
        ("capital of the us state of georgia", US, "US-GA"), ("what's the capital of georgia the country", CA, "GE"), ("what's the capital of guinea bissau", AU, "GW"),
    ],
    "official-long-name": [
        ("what's the capital of the dominion of canada", CA, "CA"), ("what is the capital of the republic of the union of myanmar", AU, "MM"),
        ("what's the capital of the federation of saint kitts and nevis", GB, "KN"), ("what's the capital of the kingdom of denmark", AU, "DK"),
        ("what is the capital of the republic of kenya", CA, "KE"), ("what's the capital of the republic of fiji", AU, "FJ"),
    ],
    "everyday-short-name": [
        ("what's the capital of oz", AU, "AU"), 
        ("what's the capital of the dr congo", CA, "CD"),
    ],
}
for _family, _sentences in MORE.items():
    WRITTEN[_family] = WRITTEN[_family] + _sentences

FRAMED["regional-idiom"] += [
    ("hey what's {P} capital real quick", US), ("what's the capital of {X} dude", US), ("cheers what's the capital of {X} again", GB),
    ("could you tell me what the capital of {X} is please", GB),
]
FRAMED_LINES["regional-idiom"] += 12
FRAMED["direct-question"] += [("what's the capital of {X} called", None), ("what is the capital city called in {X}", None)]
FRAMED_LINES["direct-question"] += 6
FRAMED["possessive"] += [("how about {P} capital city what is it", None)]
FRAMED_LINES["possessive"] += 3
WRITTEN["out-of-domain"] += [
    ("what's the nfl schedule this week", US, FB), ("how many ounces in a pound", US, FB), ("play npr", US, FB),
    ("what's the tube status", GB, FB), ("how long do i boil an egg", GB, FB), ("is it a bank holiday on monday", GB, FB),
]
WRITTEN["other-country-question"] += [
    ("what's the tallest building in dubai", US, FB), ("how many people live in london", GB, FB), ("what's the state bird of texas", US, FB),
]
