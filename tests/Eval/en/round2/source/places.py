"""How places are named out loud in English, written by hand for round 2 (ids checked against capitals.json).

Each line of a table: id, then the names people say, separated by ";": the everyday name first, then everyday
alternatives. A name that needs "the" in a sentence carries it ("the philippines"); the terse frames drop it."""


def _table(text):
    rows = {}
    for line in text.strip().splitlines():
        place_id, names = line.split(":", 1)
        rows[place_id.strip()] = [name.strip() for name in names.split(";") if name.strip()]
    return rows


# Sovereign countries and the places people treat as countries.
COUNTRIES = _table("""
AD: andorra
AE: the united arab emirates; the uae; the emirates
AF: afghanistan
AG: antigua and barbuda; antigua
AL: albania
AM: armenia
AO: angola
AR: argentina
AT: austria
AU: australia
AZ: azerbaijan
BA: bosnia and herzegovina; bosnia
BB: barbados
BD: bangladesh
BE: belgium
BF: burkina faso; burkina
BG: bulgaria
BH: bahrain
BI: burundi
BJ: benin
BN: brunei
BO: bolivia
BR: brazil
BS: the bahamas; bahamas
BT: bhutan
BW: botswana
BY: belarus
BZ: belize
CA: canada
CF: the central african republic; central african republic
CH: switzerland
CI: ivory coast; cote d'ivoire; the ivory coast
CL: chile
CM: cameroon
CN: china; mainland china
CO: colombia
CR: costa rica
CU: cuba
CV: cape verde; cabo verde
CY: cyprus
CZ: the czech republic; czechia; czech republic
DE: germany
DJ: djibouti
DK: denmark
DM: dominica
DO: the dominican republic; dominican republic
DZ: algeria
EC: ecuador
EE: estonia
EG: egypt
ER: eritrea
ES: spain
ET: ethiopia
FI: finland
FJ: fiji
FM: micronesia; the federated states of micronesia
FR: france
GA: gabon
GB: the uk; britain; great britain; the united kingdom
GD: grenada
GH: ghana
GM: the gambia; gambia
GN: guinea; guinea conakry
GQ: equatorial guinea
GR: greece
GT: guatemala
GW: guinea bissau
GY: guyana
HN: honduras
HR: croatia
HT: haiti
HU: hungary
ID: indonesia
IE: ireland; the republic of ireland
IL: israel
IN: india; bharat
IQ: iraq
IR: iran
IS: iceland
IT: italy
JM: jamaica
JO: jordan
JP: japan
KE: kenya
KG: kyrgyzstan
KH: cambodia
KI: kiribati
KM: the comoros; comoros
KN: saint kitts and nevis; st kitts and nevis; st kitts
KW: kuwait
KZ: kazakhstan
LA: laos
LB: lebanon
LC: saint lucia; st lucia
LI: liechtenstein
LK: sri lanka; ceylon
LR: liberia
LS: lesotho
LT: lithuania
LU: luxembourg
LV: latvia
LY: libya
MA: morocco
MC: monaco
MD: moldova
ME: montenegro
MG: madagascar
MH: the marshall islands; marshall islands
MK: north macedonia; macedonia
ML: mali
MM: myanmar; burma
MN: mongolia
MR: mauritania
MT: malta
MU: mauritius
MV: the maldives; maldives
MW: malawi
MX: mexico
MY: malaysia
MZ: mozambique
NA: namibia
NE: niger
NG: nigeria
NI: nicaragua
NL: the netherlands; holland; netherlands
NO: norway
NP: nepal
NR: nauru
NZ: new zealand; aotearoa; nz
OM: oman
PA: panama
PE: peru
PG: papua new guinea; png
PH: the philippines; philippines
PK: pakistan
PL: poland
PT: portugal
PW: palau
PY: paraguay
QA: qatar
RO: romania
RS: serbia
RU: russia
RW: rwanda
SA: saudi arabia; saudi; ksa
SB: the solomon islands; solomon islands; the solomons
SC: the seychelles; seychelles
SD: sudan; the sudan
SE: sweden
SG: singapore
SI: slovenia
SK: slovakia
SL: sierra leone
SM: san marino
SN: senegal
SO: somalia
SR: suriname
SS: south sudan
ST: sao tome and principe; sao tome
SV: el salvador
SY: syria
SZ: eswatini; swaziland
TD: chad
TG: togo
TH: thailand
TJ: tajikistan
TL: east timor; timor leste
TM: turkmenistan
TN: tunisia
TO: tonga
TR: turkey; turkiye
TT: trinidad and tobago; trinidad
TV: tuvalu
TW: taiwan
TZ: tanzania
UA: ukraine
UG: uganda
US: the us; america; the usa; the states; the united states
UY: uruguay
UZ: uzbekistan
VA: the vatican; vatican city
VC: saint vincent and the grenadines; st vincent
VE: venezuela
VN: vietnam
VU: vanuatu
WS: samoa
YE: yemen
ZA: south africa
ZM: zambia
ZW: zimbabwe
XK: kosovo
EH: western sahara
PS: palestine
""")

# Official and long names, as people say them when they say them at all.
OFFICIAL = _table("""
AE: the united arab emirates
AR: the argentine republic
AT: the republic of austria
AU: the commonwealth of australia
BD: the people's republic of bangladesh
BE: the kingdom of belgium
BN: brunei darussalam
BO: the plurinational state of bolivia
BR: the federative republic of brazil
BS: the commonwealth of the bahamas
CD: the democratic republic of the congo; the democratic republic of congo
CG: the republic of the congo; the republic of congo
CH: the swiss confederation
CN: the people's republic of china; the prc
CZ: the czech republic
DE: the federal republic of germany
DK: the kingdom of denmark
DZ: the people's democratic republic of algeria
EG: the arab republic of egypt
ES: the kingdom of spain
ET: the federal democratic republic of ethiopia
FR: the french republic
GB: the united kingdom of great britain and northern ireland; the united kingdom
GR: the hellenic republic
IE: the republic of ireland
IN: the republic of india
IR: the islamic republic of iran
JO: the hashemite kingdom of jordan
KG: the kyrgyz republic
KP: the democratic people's republic of korea; the dprk
KR: the republic of korea; the rok
LA: the lao people's democratic republic; lao pdr
LU: the grand duchy of luxembourg
MA: the kingdom of morocco
MC: the principality of monaco
MK: the republic of north macedonia
MM: the republic of the union of myanmar
MX: the united mexican states
NL: the kingdom of the netherlands
NO: the kingdom of norway
NP: the federal democratic republic of nepal
OM: the sultanate of oman
PG: the independent state of papua new guinea
PH: the republic of the philippines
PK: the islamic republic of pakistan
PL: the republic of poland
PT: the portuguese republic
RU: the russian federation
SA: the kingdom of saudi arabia
SE: the kingdom of sweden
SK: the slovak republic
SY: the syrian arab republic
TH: the kingdom of thailand
TL: the democratic republic of timor leste
TR: the republic of turkey; the republic of turkiye
TW: the republic of china
TZ: the united republic of tanzania
US: the united states of america; the united states
UY: the oriental republic of uruguay
VE: the bolivarian republic of venezuela
VN: the socialist republic of vietnam
ZA: the republic of south africa
""")

# Short everyday forms and nicknames that are not the dictionary name.
EVERYDAY = _table("""
AE: the uae; the emirates; uae
BA: bosnia
CD: the drc; drc; congo kinshasa
CG: congo brazzaville
CZ: czechia
GB: britain; great britain; the uk; uk
KN: st kitts
KR: south korea
LK: ceylon
MM: burma
MK: macedonia
NL: holland
NZ: nz; aotearoa
PG: png
SA: saudi; ksa
SZ: swaziland
TL: east timor
TR: turkiye
US: the usa; the states; america; usa; the us
VA: the vatican
VC: st vincent
CV: cabo verde
""")

# Countries with several capitals: the names, and how many capitals (said as a word).
SEVERAL = {
    "BJ": (["benin"], "two"),
    "BO": (["bolivia"], "two"),
    "CI": (["ivory coast", "cote d'ivoire"], "two"),
    "LK": (["sri lanka"], "two"),
    "MY": (["malaysia"], "two"),
    "NL": (["the netherlands", "holland"], "two"),
    "PS": (["palestine"], "two"),
    "SZ": (["eswatini", "swaziland"], "two"),
    "ZA": (["south africa"], "three"),
    "MS": (["montserrat"], "two"),
    "IN-JK": (["jammu and kashmir"], "two"),
    "IN-UK": (["uttarakhand"], "two"),
}

# Names of several places, and look-alikes where the exact name must win: (spoken name, expected).
SHARED = [
    ("korea", "KP+KR"), ("the koreas", "KP+KR"), ("both koreas", "KP+KR"), ("north and south korea", "KP+KR"),
    ("congo", "CD+CG"), ("the congo", "CD+CG"), ("the two congos", "CD+CG"), ("both congos", "CD+CG"),
    ("georgia", "GE+US-GA"), ("the virgin islands", "VG+VI"), ("virgin islands", "VG+VI"),
    ("north korea", "KP"), ("south korea", "KR"), ("congo kinshasa", "CD"), ("congo brazzaville", "CG"),
    ("the democratic republic of congo", "CD"), ("the republic of congo", "CG"),
    ("guinea", "GN"), ("equatorial guinea", "GQ"), ("guinea bissau", "GW"), ("papua new guinea", "PG"),
    ("niger", "NE"), ("nigeria", "NG"), ("sudan", "SD"), ("south sudan", "SS"),
    ("dominica", "DM"), ("the dominican republic", "DO"), ("samoa", "WS"), ("american samoa", "AS"),
    ("new york", "US-NY"), ("washington state", "US-WA"), ("washington dc", "US-DC"), ("victoria", "AU-VIC"),
    ("punjab", "IN-PB"), ("washington", "US-WA"), ("the district of columbia", "US-DC"), ("ireland", "IE"), ("northern ireland", "GB-NIR"), ("the british virgin islands", "VG"),
    ("the us virgin islands", "VI"), ("austria", "AT"), ("australia", "AU"), ("mali", "ML"), ("malawi", "MW"),
    ("the netherlands", "NL"), ("the caribbean netherlands", "BQ"), ("sao tome", "ST"), ("st martin", "MF"),
    ("sint maarten", "SX"),
]

# A shared name with a qualifier that picks one place.
QUALIFIED = [
    ("georgia the country", "GE"), ("the country of georgia", "GE"), ("georgia in europe", "GE"),
    ("georgia the state", "US-GA"), ("the state of georgia", "US-GA"), ("georgia in the us", "US-GA"),
    ("georgia usa", "US-GA"), ("the us state of georgia", "US-GA"), ("georgia in america", "US-GA"),
    ("punjab in india", "IN-PB"), ("the indian state of punjab", "IN-PB"), ("punjab state", "IN-PB"),
    ("the state of victoria", "AU-VIC"), ("victoria in australia", "AU-VIC"), ("victoria australia", "AU-VIC"),
    ("new york state", "US-NY"), ("the state of new york", "US-NY"),
    ("the state of washington", "US-WA"), ("washington the state", "US-WA"),
    ("south korea the country", "KR"), ("the province of quebec", "CA-QC"), ("ontario canada", "CA-ON"),
    ("the state of california", "US-CA"), ("texas the state", "US-TX"), ("the province of punjab in india", "IN-PB"),
    ("kerala in india", "IN-KL"), ("tasmania in australia", "AU-TAS"), ("the country of england", "GB-ENG"),
]

# States, provinces, nations and territories, with the locale whose speakers ask about them most.
SUBDIVISIONS = _table("""
US-AL: alabama
US-AK: alaska
US-AZ: arizona
US-AR: arkansas
US-CA: california
US-CO: colorado
US-CT: connecticut
US-DE: delaware
US-FL: florida
US-HI: hawaii
US-ID: idaho
US-IL: illinois
US-IN: indiana
US-IA: iowa
US-KS: kansas
US-KY: kentucky
US-LA: louisiana
US-ME: maine
US-MD: maryland
US-MA: massachusetts
US-MI: michigan
US-MN: minnesota
US-MS: mississippi
US-MO: missouri
US-MT: montana
US-NE: nebraska
US-NV: nevada
US-NH: new hampshire
US-NJ: new jersey
US-NM: new mexico
US-NC: north carolina
US-ND: north dakota
US-OH: ohio
US-OK: oklahoma
US-OR: oregon
US-PA: pennsylvania
US-RI: rhode island
US-SC: south carolina
US-SD: south dakota
US-TN: tennessee
US-TX: texas
US-UT: utah
US-VT: vermont
US-VA: virginia
US-WV: west virginia
US-WI: wisconsin
US-WY: wyoming
CA-AB: alberta
CA-BC: british columbia; bc
CA-MB: manitoba
CA-NB: new brunswick
CA-NL: newfoundland and labrador; newfoundland
CA-NS: nova scotia
CA-ON: ontario
CA-PE: prince edward island; pei
CA-QC: quebec
CA-SK: saskatchewan
CA-NT: the northwest territories; northwest territories
CA-NU: nunavut
CA-YT: the yukon; yukon
AU-NSW: new south wales; nsw
AU-QLD: queensland
AU-SA: south australia
AU-TAS: tasmania
AU-WA: western australia
AU-NT: the northern territory; northern territory
AU-ACT: the australian capital territory; the act
IN-AP: andhra pradesh
IN-AR: arunachal pradesh
IN-AS: assam
IN-BR: bihar
IN-CG: chhattisgarh
IN-GA: goa
IN-GJ: gujarat
IN-HR: haryana
IN-HP: himachal pradesh
IN-JH: jharkhand
IN-KA: karnataka
IN-KL: kerala
IN-MP: madhya pradesh
IN-MH: maharashtra
IN-MN: manipur
IN-ML: meghalaya
IN-MZ: mizoram
IN-NL: nagaland
IN-OD: odisha; orissa
IN-RJ: rajasthan
IN-SK: sikkim
IN-TN: tamil nadu
IN-TS: telangana
IN-TR: tripura
IN-UP: uttar pradesh; up
IN-WB: west bengal; bengal
IN-LA: ladakh
IN-PY: puducherry; pondicherry
IN-AN: the andaman and nicobar islands; andaman and nicobar
GB-ENG: england
GB-SCT: scotland
GB-WLS: wales
GB-NIR: northern ireland
GL: greenland
FO: the faroe islands; the faroes
PR: puerto rico
GU: guam
BM: bermuda
KY: the cayman islands; the caymans
GI: gibraltar
IM: the isle of man
JE: jersey
GG: guernsey
NC: new caledonia
PF: french polynesia; tahiti
AW: aruba
CW: curacao
HK: hong kong
AQ: antarctica
FK: the falklands; the falkland islands
TC: turks and caicos
VI: the us virgin islands
AS: american samoa
RE: reunion
MQ: martinique
GP: guadeloupe
GF: french guiana
CK: the cook islands
""")

# The words people use for a kind of place, by the data's kind: the noun ("the state of ...") and the adjective
# ("the provincial capital of ...", None when people do not say it). A kind missing here is not asked about this way.
KIND_WORDS = {"state": ("state", "state"), "province": ("province", "provincial"), "territory": ("territory", "territorial"),
              "union-territory": ("union territory", None), "constituent-country": ("country", None)}

# Which locale asks about a subdivision most: by the id's prefix (the territories get any locale).
HOME_LOCALE = {"US": "en-US", "CA": "en-CA", "AU": "en-AU", "IN": "en-IN", "GB": "en-GB"}
