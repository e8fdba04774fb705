"""Capital questions written one by one, for the families whose place is part of the way of asking: several
capitals, self-corrections, official and everyday names, names meaning several countries or one exactly, and
places below or beside a country. Each line: "locale | expected | utterance"."""

WRITTEN = {
    "plural-capitals": """
        en-US | ZA | what are the three capitals of south africa
        en-US | ZA | what are south africa's capitals
        en-US | BO | which cities are the capitals of bolivia
        en-US | BO | how many capitals does bolivia have
        en-US | NL | what are the two capitals of the netherlands
        en-US | ZA | name the capitals of south africa
        en-US | MY | what are the capital cities of malaysia
        en-US | BJ | tell me both capitals of benin
        en-US | CI | what're the capitals of ivory coast
        en-US | NL | does the netherlands have two capitals
        en-GB | NL | what are the capitals of the netherlands then
        en-GB | BO | which two cities are the capitals of bolivia
        en-GB | SZ | what are eswatini's two capitals
        en-GB | SZ | what are the capitals of swaziland
        en-GB | ZA | south africa has three capitals what are they
        en-CA | ZA | what are the three capital cities of south africa
        en-CA | BJ | which cities are benin's capitals
        en-CA | MY | what are the capitals of malaysia eh
        en-AU | ZA | what are the capitals of south africa mate
        en-AU | LK | which are the two capitals of sri lanka
        en-AU | PS | what are the capitals of palestine
        en-IN | IN-JK | what are the two capitals of jammu and kashmir
        en-IN | IN-JK | summer and winter capital of jammu and kashmir
        en-IN | IN-UK | what are the capitals of uttarakhand
        en-IN | LK | what are the capitals of sri lanka
        en-IN | ZA | which all cities are capitals of south africa
        en-IN | BO | tell me all the capitals of bolivia
    """,
    "self-correction": """
        en-US | AU | what's the capital of austria no sorry australia
        en-US | CH | what is the capital of sweden i mean switzerland
        en-US | IQ | capital of iran no wait iraq
        en-US | NG | what's the capital of niger i mean nigeria
        en-US | SK | what's the capital of slovenia no slovakia
        en-US | US-SD | what's the capital of north dakota no south dakota
        en-US | US-WV | what's the capital of virginia actually west virginia
        en-US | UY | what is the capital of paraguay um no uruguay
        en-US | DO | what's the capital of dominica i mean the dominican republic
        en-GB | LT | what's the capital of latvia sorry lithuania
        en-GB | GW | what's the capital of guinea no guinea bissau
        en-GB | MW | capital of mali no sorry malawi
        en-GB | GB-WLS | what's the capital of scotland i mean wales
        en-GB | NO | what's the capital of denmark er norway
        en-CA | CA-SK | what's the capital of manitoba no saskatchewan
        en-CA | CA-NS | what's the capital of new brunswick sorry nova scotia
        en-CA | ZM | what's the capital of gambia i mean zambia
        en-AU | FJ | what's the capital of new zealand nah fiji
        en-AU | AU-TAS | what's the capital of victoria no wait tasmania
        en-AU | AU | capital of austria i meant australia
        en-IN | IN-JH | what is the capital of bihar no no jharkhand
        en-IN | IN-HR | capital of punjab sorry haryana
        en-IN | BT | what is the capital of nepal i mean bhutan
        en-IN | IN-KA | tell me capital of kerala no karnataka
    """,
    "official-name": """
        en-US | US | what is the capital of the united states of america
        en-US | CN | what's the capital of the people's republic of china
        en-US | RU | what's the capital of the russian federation
        en-US | KR | what is the capital of the republic of korea
        en-US | KP | what's the capital of the democratic people's republic of korea
        en-US | IR | what's the capital of the islamic republic of iran
        en-US | SA | capital of the kingdom of saudi arabia
        en-US | DE | what's the capital of the federal republic of germany
        en-US | GR | what is the capital of the hellenic republic
        en-US | MX | what's the capital of the united mexican states
        en-US | PR | what's the capital of the commonwealth of puerto rico
        en-GB | GB | what's the capital of the united kingdom of great britain and northern ireland
        en-GB | FR | what is the capital of the french republic
        en-GB | NL | what's the capital of the kingdom of the netherlands
        en-GB | CH | capital of the swiss confederation
        en-GB | LU | what's the capital of the grand duchy of luxembourg
        en-GB | LI | what's the capital of the principality of liechtenstein
        en-GB | JO | what's the capital of the hashemite kingdom of jordan
        en-GB | SK | what is the capital of the slovak republic
        en-CA | KG | what's the capital of the kyrgyz republic
        en-CA | BO | what's the capital of the plurinational state of bolivia
        en-CA | VE | what is the capital of the bolivarian republic of venezuela
        en-CA | UY | what's the capital of the oriental republic of uruguay
        en-CA | AR | what's the capital of the argentine republic
        en-AU | AU | what's the capital of the commonwealth of australia
        en-AU | PG | what's the capital of the independent state of papua new guinea
        en-AU | FJ | what is the capital of the republic of fiji
        en-AU | TO | what's the capital of the kingdom of tonga
        en-AU | WS | capital of the independent state of samoa
        en-AU | MH | what is the capital of the republic of the marshall islands
        en-IN | IN | what is the capital of the republic of india
        en-IN | NP | what is the capital of the federal democratic republic of nepal
        en-IN | LK | what is the capital of the democratic socialist republic of sri lanka
        en-IN | BD | what is the capital of the people's republic of bangladesh
        en-IN | PK | what is the capital of the islamic republic of pakistan
        en-IN | BT | what is the capital of the kingdom of bhutan
        en-IN | MM | what is the capital of the republic of the union of myanmar
        en-IN | EG | what is the capital of the arab republic of egypt
        en-IN | TZ | what is the capital of the united republic of tanzania
        en-IN | VN | what is the capital of the socialist republic of vietnam
    """,
    "everyday-name": """
        en-US | SA | what's the capital of saudi
        en-US | AE | what's the capital of the emirates
        en-US | NL | what's the capital of holland
        en-US | MM | what's the capital of burma
        en-US | CD | what's the capital of the drc
        en-US | BA | what's the capital of bosnia
        en-US | TL | what's the capital of east timor
        en-US | MK | what is the capital of macedonia
        en-US | CZ | what's the capital of czechia
        en-US | TT | what's the capital of trinidad
        en-US | AG | what's the capital of antigua
        en-US | CD | capital of the dr congo
        en-US | US | what's the capital of the states
        en-GB | GB | what's the capital of britain
        en-GB | GB | what's the capital of great britain
        en-GB | IE | what's the capital of eire
        en-GB | FK | what's the capital of the falklands
        en-GB | FO | capital of the faroes
        en-GB | KY | what's the capital of the caymans
        en-GB | TC | what's the capital of the turks and caicos
        en-CA | CA-NL | what's the capital of newfoundland
        en-CA | CA-PE | capital of pei
        en-CA | CA-BC | what's the capital of bc
        en-CA | US | what's the capital of the us
        en-AU | PG | what's the capital of png
        en-AU | NZ | what's the capital of nz
        en-AU | NZ | what's the capital of aotearoa
        en-AU | SB | what's the capital of the solomons
        en-AU | AU-ACT | what's the capital of the act
        en-AU | AU-TAS | what's the capital of tassie
        en-IN | IN-OD | what is the capital of orissa
        en-IN | IN-PY | what is the capital of pondicherry
        en-IN | IN-UK | what is the capital of uttaranchal
        en-IN | SA | what is the capital of ksa
        en-IN | AE | what is the capital of uae
        en-IN | IN-JK | what is the capital of j and k
    """,
    "several-countries": """
        en-US | KP+KR | what's the capital of korea
        en-US | CD+CG | what is the capital of congo
        en-US | KP+KR | capital of the koreas
        en-US | KP+KR | what are the capitals of the two koreas
        en-US | VG+VI | what's the capital of the virgin islands
        en-GB | CD+CG | what's the capital of the congo
        en-GB | KP+KR | korea's capital
        en-CA | CD+CG | what are the capitals of both congos
        en-CA | KP+KR | what's the capital city of korea
        en-AU | KP+KR | whats the capital of korea mate
        en-AU | CD+CG | capital of congo
        en-IN | KP+KR | what is the capital of korea
        en-IN | KP+KR | what are the capitals of north and south korea
        en-IN | CD+CG | tell the capital of congo
    """,
    "exact-name": """
        en-US | GN | what's the capital of guinea
        en-US | NE | what is the capital of niger
        en-US | DM | what's the capital of dominica
        en-US | SD | what is the capital of sudan
        en-US | WS | what's the capital of samoa
        en-US | IE | what's the capital of ireland
        en-US | MX | what's the capital of mexico
        en-US | US-VA | what's the capital of virginia
        en-US | GE | what's the capital of georgia the country
        en-US | US-NM | what's the capital of new mexico
        en-GB | GN | capital of guinea
        en-GB | NE | what's niger's capital
        en-GB | JE | what's the capital of jersey
        en-GB | GB-NIR | what's the capital of northern ireland
        en-CA | DM | what is the capital of dominica
        en-CA | SS | what's the capital of south sudan
        en-AU | PG | what's the capital of papua new guinea
        en-AU | AU-WA | what's the capital of western australia
        en-AU | AU-SA | what's the capital of south australia
        en-IN | GN | what is the capital of guinea country
        en-IN | NE | what is the capital of niger country
        en-IN | IN-PB | what is the capital of punjab
    """,
    "subnational": """
        en-GB | GB-ENG | what's england's capital
        en-GB | GB-SCT | what's the capital of scotland
        en-GB | GB-WLS | capital of wales
        en-GB | GB-NIR | what's the capital city of northern ireland then
        en-GB | GB-ENG | what is the capital city of england
        en-GB | GB-SCT | scotland's capital city
        en-GB | DE-BY | what's the capital of bavaria
        en-GB | DE-SN | capital of saxony
        en-GB | DE-NI | what's the capital of lower saxony
        en-US | US-CA | what's the capital of california
        en-US | US-TX | texas capital
        en-US | US-NY | what is the capital of new york state
        en-US | US-FL | whats floridas capital
        en-US | US-AK | what's the capital of alaska
        en-US | US-HI | what is hawaii's capital city
        en-US | US-IL | what's the capital of illinois
        en-US | US-PA | capital of pennsylvania
        en-US | US-KY | what's the capital of kentucky again
        en-US | US-WA | what's the capital of washington state
        en-US | US-MI | what is the capital of michigan
        en-US | US-NV | what's nevada's capital
        en-US | US-VT | what's the capital of vermont
        en-US | US-OR | capital of oregon please
        en-US | US-AZ | what's the capital city of arizona
        en-US | US-NJ | what's the capital of new jersey
        en-US | US-ME | what's the capital of maine
        en-US | US-LA | what's the capital of louisiana
        en-US | US-WA | what is the capital of the state of washington
        en-US | MX-BCN | what's the capital of baja california
        en-US | MX-JAL | what's the capital of jalisco
        en-US | BR-BA | what's the capital of bahia
        en-CA | CA-ON | what's the capital of ontario
        en-CA | CA-QC | what is the capital of quebec
        en-CA | CA-BC | what's the capital of british columbia
        en-CA | CA-AB | capital of alberta
        en-CA | CA-MB | what's manitoba's capital
        en-CA | CA-NS | what's the capital of nova scotia eh
        en-CA | CA-YT | what's the capital of the yukon
        en-CA | CA-NU | what's the capital of nunavut
        en-CA | CA-NT | what's the capital of the northwest territories
        en-CA | CA-SK | what's saskatchewan's capital city
        en-CA | CA-PE | what's the capital of prince edward island
        en-CA | CA-NB | what is the capital of new brunswick
        en-AU | AU-QLD | what's the capital of queensland
        en-AU | AU-VIC | what's the capital of victoria
        en-AU | AU-TAS | capital of tasmania
        en-AU | AU-NSW | what's the capital of new south wales
        en-AU | AU-NT | what's the capital of the northern territory
        en-AU | AU-ACT | what is the capital of the australian capital territory
        en-IN | IN-TN | what is the capital of tamil nadu
        en-IN | IN-KL | kerala capital
        en-IN | IN-KA | what is the capital city of karnataka
        en-IN | IN-MH | what is the capital of maharashtra state
        en-IN | IN-UP | uttar pradesh capital name
        en-IN | IN-WB | what is the capital of west bengal
        en-IN | IN-GJ | tell the capital of gujarat
        en-IN | IN-RJ | what is rajasthan capital
        en-IN | IN-AS | what is the capital of assam
        en-IN | IN-TS | what is the capital of telangana
        en-IN | IN-AP | andhra pradesh capital is which city
        en-IN | IN-GA | what is the capital of goa
        en-IN | IN-SK | sikkim capital
        en-IN | IN-ML | what is the capital of meghalaya
        en-IN | IN-HP | what is the capital of himachal pradesh
        en-IN | IN-MP | madhya pradesh ki capital kya hai
        en-IN | IN-OD | what is the capital of odisha
        en-IN | IN-CG | what is the capital of chhattisgarh
        en-IN | IN-LA | what is the capital of ladakh
        en-IN | IN-AR | capital of arunachal pradesh
        en-IN | IN-NL | what is the capital of nagaland
        en-IN | IN-MN | manipur capital city
        en-IN | IN-MZ | what is the capital of mizoram
        en-IN | IN-TR | what is the capital of tripura
        en-IN | IN-BR | what is the capital of bihar state
    """,
    "territory": """
        en-US | PR | what's the capital of puerto rico
        en-US | GU | what is the capital of guam
        en-US | AS | what's the capital of american samoa
        en-US | VI | what's the capital of the us virgin islands
        en-US | MP | what's the capital of the northern mariana islands
        en-US | GL | what's the capital of greenland
        en-US | AQ | what's the capital of antarctica
        en-GB | BM | what's the capital of bermuda
        en-GB | FO | what's the capital of the faroe islands
        en-GB | GI | what's the capital of gibraltar
        en-GB | IM | what's the capital of the isle of man
        en-GB | GG | capital of guernsey
        en-GB | VG | what's the capital of the british virgin islands
        en-GB | FK | what is the capital of the falkland islands
        en-GB | SH | what's the capital of saint helena
        en-GB | MS | what's the capital of montserrat
        en-GB | AI | what's the capital of anguilla
        en-CA | GL | what's greenland's capital
        en-CA | PM | what's the capital of saint pierre and miquelon
        en-CA | AW | what's the capital of aruba
        en-CA | CW | capital of curacao
        en-AU | NC | what's the capital of new caledonia
        en-AU | PF | what's the capital of french polynesia
        en-AU | CK | what's the capital of the cook islands
        en-AU | NU | what's the capital of niue
        en-AU | CX | what's the capital of christmas island
        en-AU | NF | what's the capital of norfolk island
        en-AU | TK | capital of tokelau
        en-IN | HK | what is the capital of hong kong
        en-IN | RE | what is the capital of reunion island
        en-IN | EH | what is the capital of western sahara
        en-IN | MQ | what is the capital of martinique
    """,
}


def written_lines():
    """(utterance, locale, expected, family) for every written line, in the order written."""
    lines = []
    for family, block in WRITTEN.items():
        for row in block.strip().splitlines():
            locale, expected, utterance = (part.strip() for part in row.split("|"))
            lines.append((utterance, locale, expected, family))
    return lines
