"""How people say each country's name to an Echo, as ASR writes it (lower case, no punctuation but apostrophes)."""
import unicodedata

# The everyday names people say, first the most common, where the data's English name is not what they say
# (a leading "the", a shorter or older form). Other places use their data name, folded.
SPOKEN = {
    "AE": ["the united arab emirates", "the uae"],
    "BA": ["bosnia and herzegovina", "bosnia"],
    "BS": ["the bahamas", "bahamas"],
    "CD": ["the democratic republic of the congo", "the drc"],
    "CF": ["the central african republic", "central african republic"],
    "CG": ["the republic of the congo", "congo brazzaville"],
    "CI": ["ivory coast", "cote d'ivoire"],
    "CV": ["cape verde", "cabo verde"],
    "CZ": ["the czech republic", "czechia"],
    "DO": ["the dominican republic", "dominican republic"],
    "FM": ["micronesia"],
    "GB": ["the uk", "the united kingdom"],
    "GM": ["the gambia", "gambia"],
    "KM": ["the comoros", "comoros"],
    "KN": ["saint kitts and nevis", "st kitts and nevis"],
    "MH": ["the marshall islands", "marshall islands"],
    "MK": ["north macedonia", "macedonia"],
    "MM": ["myanmar", "burma"],
    "MV": ["the maldives", "maldives"],
    "NL": ["the netherlands", "holland"],
    "PH": ["the philippines", "philippines"],
    "PS": ["palestine"],
    "SB": ["the solomon islands", "solomon islands"],
    "SC": ["seychelles", "the seychelles"],
    "ST": ["sao tome and principe", "sao tome"],
    "SZ": ["eswatini", "swaziland"],
    "TL": ["east timor", "timor leste"],
    "TR": ["turkey", "turkiye"],
    "US": ["the united states", "america"],
    "VA": ["vatican city", "the vatican"],
    "VC": ["saint vincent and the grenadines", "st vincent"],
    "AG": ["antigua and barbuda", "antigua"],
    "TT": ["trinidad and tobago", "trinidad"],
    "GW": ["guinea bissau"],
    "LC": ["saint lucia", "st lucia"],
    "IE": ["ireland", "the republic of ireland"],
    "KG": ["kyrgyzstan"],
    "MD": ["moldova"],
    "LA": ["laos"],
    "BN": ["brunei"],
}

# Kinds the corpus treats as countries: each is asked at least twice.
COUNTRY_KINDS = {"sovereign", "observer-state", "partially-recognised"}


def fold(name):
    """A data name as ASR writes it: no accents, lower case, "&" as "and", hyphens as spaces, no full stops."""
    text = unicodedata.normalize("NFKD", name.replace("\u2019", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("&", "and").replace("-", " ").replace(".", "").replace(",", "")
    words = ["saint" if w == "st" else w for w in text.split()]
    return " ".join(words)


def spoken_names(country):
    """The everyday names of a place, most common first."""
    if country["id"] in SPOKEN:
        return SPOKEN[country["id"]]
    return [fold(country["names"]["en"])]


def possessive(name):
    """"france's"; a name ending in s is left bare, as ASR writes "the philippines capital"."""
    return name if name.endswith("s") else name + "'s"


def possessive_unmarked(name):
    """"japans": the possessive as ASR often hands it over, without the apostrophe."""
    return name if name.endswith("s") else name + "s"
