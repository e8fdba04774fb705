"""Round-5 Hindi (hi-IN) evaluation corpus, written blind on 30 November 2026: how people in India ask an Echo set to
Hindi, in Devanagari as ASR writes it. `python3 build_corpus.py` writes ../tuning.tsv and ../heldback.tsv;
`--check` exits 1 when they differ from what these sources build."""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round5_hinl_corpus import build, data_countries  # noqa: E402

LOCALE = "hi-IN"

# How people say a country: everyday name first, then a spoken alternative. Countries not listed here take the data's
# Hindi name (with the nukta-less spelling ASR also writes as the alternative).
SPOKEN = {
    "US": ["अमेरिका", "अमरीका"], "GB": ["ब्रिटेन", "यूके"], "IN": ["भारत", "इंडिया"], "CN": ["चीन", "चाइना"],
    "RU": ["रूस", "रशिया"], "AE": ["यूएई", "संयुक्त अरब अमीरात"], "AF": ["अफगानिस्तान", "अफ़ग़ानिस्तान"],
    "BR": ["ब्राजील", "ब्राज़ील"], "FR": ["फ्रांस", "फ़्रांस"], "DE": ["जर्मनी"], "JP": ["जापान"],
    "EG": ["मिस्र", "इजिप्ट"], "TR": ["तुर्की", "टर्की"], "GR": ["ग्रीस", "यूनान"], "ZA": ["साउथ अफ्रीका", "दक्षिण अफ्रीका"],
    "KR": ["साउथ कोरिया", "दक्षिण कोरिया"], "KP": ["नॉर्थ कोरिया", "उत्तर कोरिया"], "MM": ["म्यांमार", "बर्मा"],
    "SA": ["सऊदी अरब", "सऊदी अरेबिया"], "CZ": ["चेक रिपब्लिक", "चेक गणराज्य"], "NL": ["नीदरलैंड", "हॉलैंड"],
    "NZ": ["न्यूजीलैंड", "न्यूज़ीलैंड"], "CH": ["स्विट्जरलैंड", "स्विट्ज़रलैंड"], "IL": ["इजराइल", "इज़राइल"],
    "KZ": ["कजाकिस्तान", "कज़ाख़स्तान"], "UZ": ["उज्बेकिस्तान", "उज़्बेकिस्तान"], "PH": ["फिलीपींस", "फ़िलीपींस"],
    "LK": ["श्रीलंका", "श्री लंका"], "BD": ["बांग्लादेश", "बंगलादेश"], "PK": ["पाकिस्तान"], "NP": ["नेपाल"],
    "BT": ["भूटान"], "MV": ["मालदीव"], "IR": ["ईरान", "इरान"], "IQ": ["इराक", "इराक़"], "QA": ["कतर", "क़तर"],
    "KW": ["कुवैत"], "OM": ["ओमान"], "CI": ["आइवरी कोस्ट", "कोत दिवुआर"], "SZ": ["एस्वातिनी", "स्वाज़ीलैंड"],
    "MK": ["नॉर्थ मैसेडोनिया", "मैसेडोनिया"], "TL": ["ईस्ट तिमोर", "पूर्वी तिमोर"], "CD": ["डीआर कांगो", "कांगो लोकतांत्रिक गणराज्य"],
    "CG": ["कांगो गणराज्य", "रिपब्लिक ऑफ कांगो"], "VA": ["वेटिकन सिटी", "वेटिकन"], "PS": ["फिलिस्तीन", "फ़िलिस्तीन"],
    "MX": ["मेक्सिको", "मैक्सिको"], "HU": ["हंगरी"], "RO": ["रोमानिया"], "AR": ["अर्जेंटीना", "अर्जेन्टीना"],
    "ID": ["इंडोनेशिया", "इण्डोनेशिया"], "KH": ["कंबोडिया", "कम्बोडिया"], "TZ": ["तंजानिया", "तंज़ानिया"],
    "ZW": ["जिम्बाब्वे", "ज़िम्बाब्वे"], "ZM": ["जाम्बिया", "ज़ाम्बिया"], "MZ": ["मोजाम्बिक", "मोज़ाम्बिक"],
    "VE": ["वेनेजुएला", "वेनेज़ुएला"], "FI": ["फिनलैंड", "फ़िनलैंड"], "FJ": ["फिजी", "फ़िजी"], "GW": ["गिनी बिसाउ"],
    "BA": ["बोस्निया", "बोस्निया हर्जेगोविना"], "DO": ["डोमिनिकन रिपब्लिक", "डोमिनिकन गणराज्य"],
    "CF": ["सेंट्रल अफ्रीकन रिपब्लिक", "मध्य अफ्रीकी गणराज्य"], "TW": ["ताइवान"], "XK": ["कोसोवो"], "EH": ["पश्चिमी सहारा"],
    # The data's name alone, as this round was built: the formal long names curated later (session 14) are no everyday name.
    "LA": ["लाओस"], "VN": ["वियतनाम"],
    # The names as this round was built: aliases added in session 19 (long names, other spellings) come first in the data now.
    "AG": ["एंटिगुआ और बरबुडा", "एंटिगुआ बरबुडा"], "CR": ["कोस्टारिका"], "KG": ["किर्गिजस्तान", "किर्गिज़स्तान", "किर्गिस्तान"],
    "MR": ["मॉरिटानिया"], "TJ": ["ताजिकिस्तान"],
    # The names as this round was built: Hindi aliases added in session 47 (spellings written from the sound) would
    # otherwise add a name to these or change it.
    "AL": ["अल्बानिया"], "AM": ["आर्मेनिया"], "AZ": ["अजरबैजान", "अज़रबैजान"], "BE": ["बेल्जियम"], "BG": ["बुल्गारिया"],
    "BL": ["सेंट बार्थेलेमी"], "BN": ["ब्रूनेई"], "BS": ["बहामास"], "CM": ["कैमरून"], "CV": ["केप वर्ड"],
    "DJ": ["जिबूती"], "EC": ["इक्वाडोर"], "EE": ["एस्टोनिया"], "ER": ["इरिट्रिया"], "GA": ["गैबॉन"], "GM": ["गाम्बिया"],
    "HM": ["हर्ड द्वीप और मैकडोनॉल्ड द्वीपसमूह", "हर्ड आइलैंड और मैकडोनॉल्ड आइलैंड्स"], "HR": ["क्रोएशिया"],
    "IE": ["आयरलैंड"], "IO": ["ब्रिटिश हिंद महासागरीय क्षेत्र"], "KI": ["किरिबाती"], "LB": ["लेबनान"],
    "LT": ["लिथुआनिया"], "LV": ["लातविया"], "MA": ["मोरक्को"], "MN": ["मंगोलिया"], "MY": ["मलेशिया"], "SC": ["सेशेल्स"],
    "SG": ["सिंगापुर"], "SX": ["सिंट मार्टिन"], "UG": ["युगांडा"], "UM": ["यू॰एस॰ आउटलाइंग द्वीपसमूह",
    "यू॰एस॰ आउटलाइंग आइलैंड्स"], "WS": ["समोआ"], "YE": ["यमन"],
    # The name as this round was built: the Hindi alias added in session 50 (a spelling from the sound) would add it.
    "HN": ["होंडूरास"],
    # The name as this round was built: the Hindi alias added in session 52 (a spelling from the sound) would add it.
    "NR": ["नाउरु"],
}


def valid(name):
    return re.fullmatch("[\u0900-\u097f]+( [\u0900-\u097f]+)*", name) is not None


def countries():
    result = []
    for pid, name, aliases in data_countries("hi"):
        if pid in SPOKEN:
            result.append((pid, SPOKEN[pid]))
            continue
        name = name.replace("-", " ")
        plain = name.replace("\u093c", "")
        names = [plain, name] if plain != name else [name]
        names += [a for a in aliases if valid(a) and a not in names][:1]
        result.append((pid, names))
    return result

POOLS = {
    "spelling": [
        ("फ़्रान्स", "FR"), ("ब्राज़िल", "BR"), ("इस्राइल", "IL"), ("क़ज़ाकिस्तान", "KZ"), ("जापाण", "JP"),
        ("इजरायल", "IL"), ("फिलिपिंस", "PH"), ("स्विटजरलैंड", "CH"), ("अर्जेंटिना", "AR"), ("रुमानिया", "RO"),
        ("हंगेरी", "HU"), ("इण्डिया", "IN"), ("ऑस्ट्रेलीया", "AU"), ("आस्ट्रेलिया", "AU"), ("आस्ट्रिया", "AT"),
        ("कैनेडा", "CA"), ("इटालि", "IT"), ("पुर्तगाल", "PT"), ("स्पैन", "ES"), ("मलेसिया", "MY"),
    ],
    "everyday": [
        ("यूएसए", "US"), ("यूएस", "US"), ("इंग्लैंड", "GB-ENG"), ("ब्रिटेन", "GB"), ("यूके", "GB"), ("हिंदुस्तान", "IN"),
        ("हॉलैंड", "NL"), ("रशिया", "RU"), ("चाइना", "CN"), ("बर्मा", "MM"), ("इजिप्ट", "EG"), ("टर्की", "TR"),
        ("सऊदी", "SA"), ("लंका", "LK"), ("स्वाजीलैंड", "SZ"), ("मैसेडोनिया", "MK"), ("ग्रेट ब्रिटेन", "GB"),
        ("यूनान", "GR"), ("अमरीका", "US"),
    ],
    "official": [
        ("संयुक्त राज्य अमेरिका", "US"), ("यूनाइटेड स्टेट्स ऑफ अमेरिका", "US"), ("यूनाइटेड किंगडम", "GB"),
        ("संयुक्त अरब अमीरात", "AE"), ("रूसी संघ", "RU"), ("चीनी जनवादी गणराज्य", "CN"), ("भारत गणराज्य", "IN"),
        ("कोरिया गणराज्य", "KR"), ("चेक गणराज्य", "CZ"), ("उत्तरी मकदूनिया", "MK"), ("कांगो लोकतांत्रिक गणराज्य", "CD"),
        ("इस्लामी गणराज्य पाकिस्तान", "PK"), ("संघीय गणराज्य जर्मनी", "DE"), ("यूनाइटेड अरब एमिरेट्स", "AE"),
    ],
    "states": [
        ("उत्तर प्रदेश", "IN-UP"), ("बिहार", "IN-BR"), ("मध्य प्रदेश", "IN-MP"), ("राजस्थान", "IN-RJ"),
        ("महाराष्ट्र", "IN-MH"), ("गुजरात", "IN-GJ"), ("पंजाब", "IN-PB"), ("हरियाणा", "IN-HR"), ("केरल", "IN-KL"),
        ("कर्नाटक", "IN-KA"), ("तमिलनाडु", "IN-TN"), ("तेलंगाना", "IN-TS"), ("आंध्र प्रदेश", "IN-AP"), ("उड़ीसा", "IN-OD"),
        ("पश्चिम बंगाल", "IN-WB"), ("असम", "IN-AS"), ("मेघालय", "IN-ML"), ("मणिपुर", "IN-MN"), ("मिजोरम", "IN-MZ"),
        ("नागालैंड", "IN-NL"), ("त्रिपुरा", "IN-TR"), ("सिक्किम", "IN-SK"), ("अरुणाचल", "IN-AR"), ("गोवा", "IN-GA"),
        ("हिमाचल प्रदेश", "IN-HP"), ("झारखंड", "IN-JH"), ("छत्तीसगढ़", "IN-CG"), ("यूपी", "IN-UP"), ("एमपी", "IN-MP"),
        ("ओडिशा", "IN-OD"), ("बंगाल", "IN-WB"), ("छत्तीसगढ", "IN-CG"), ("उत्तरांचल", "IN-UK"),
        ("कैलिफोर्निया", "US-CA"), ("टेक्सास", "US-TX"), ("न्यूयॉर्क", "US-NY"),
    ],
    "union-territories": [
        ("दिल्ली", "IN-DL"), ("लद्दाख", "IN-LA"), ("लक्षद्वीप", "IN-LD"), ("पांडिचेरी", "IN-PY"), ("पुडुचेरी", "IN-PY"),
        ("अंडमान निकोबार", "IN-AN"), ("चंडीगढ़", "IN-CH"), ("दादरा नगर हवेली दमन दीव", "IN-DH"), ("अंडमान", "IN-AN"),
    ],
    "territories": [
        ("ग्रीनलैंड", "GL"), ("प्यूर्टो रिको", "PR"), ("गुआम", "GU"), ("बरमूडा", "BM"), ("स्कॉटलैंड", "GB-SCT"),
        ("वेल्स", "GB-WLS"), ("नॉर्दर्न आयरलैंड", "GB-NIR"), ("न्यू कैलेडोनिया", "NC"), ("फ्रेंच पोलिनेशिया", "PF"),
        ("ओंटारियो", "CA-ON"), ("क्वींसलैंड", "AU-QLD"),
    ],
}

FRAMED = [
    ("direct-question", None, [
        ("{X} की राजधानी क्या है", 3), ("{X} की राजधानी कौन सी है", 3), ("{X} की राजधानी कौनसी है", 2),
        ("{X} की राजधानी का नाम क्या है", 3), ("{X} की राजधानी कहाँ है", 3), ("{X} की राजधानी कहां है", 2),
        ("{X} की राजधानी किसे कहते हैं", 2), ("{X} की राजधानी कौन सा शहर है", 3), ("{X} की राजधानी कौनसा शहर है", 2),
        ("{X} देश की राजधानी क्या है", 3), ("{X} की राजधानी क्या होती है", 2), ("{X} की राजधानी है क्या", 2),
        ("{X} का राजधानी क्या है", 2),
    ]),
    ("loanword", None, [
        ("{X} का कैपिटल क्या है", 3), ("{X} की कैपिटल क्या है", 3), ("{X} का कैपिटल सिटी कौन सा है", 2),
        ("{X} की कैपिटल सिटी क्या है", 3), ("{X} कंट्री का कैपिटल क्या है", 3), ("{X} कंट्री की राजधानी बताओ", 2),
        ("{X} की कैपिटल कौन सी सिटी है", 2), ("{X} का कैपिटल बताओ प्लीज़", 2), ("{X} का कैपिटल बताओ प्लीज", 1),
        ("{X} का कैपिटल नेम क्या है", 2),
    ]),
    ("hinglish", None, [
        ("कैपिटल ऑफ़ {X}", 3), ("व्हाट इज़ द कैपिटल ऑफ़ {X}", 2), ("{X} की कैपिटल बताओ ना यार", 2),
        ("{X} का कैपिटल क्या होता है यार", 2), ("व्हाट इज़ {X} कैपिटल", 1), ("{X} कैपिटल सिटी नेम बताओ", 2),
    ]),
    ("polite-request", None, [
        ("कृपया {X} की राजधानी बताइए", 3), ("कृपया मुझे {X} की राजधानी बताएं", 3), ("क्या आप {X} की राजधानी बता सकती हैं", 3),
        ("क्या तुम मुझे {X} की राजधानी बता सकती हो", 2), ("{X} की राजधानी बताइये प्लीज़", 2), ("प्लीज़ {X} की राजधानी बता दो", 3),
        ("{X} की राजधानी बता दीजिए", 3), ("ज़रा {X} की राजधानी बताना", 2), ("जरा बताइए {X} की राजधानी क्या है", 2),
        ("मुझे {X} की राजधानी जाननी है", 2),
    ]),
    ("imperative", None, [
        ("{X} की राजधानी बताओ", 3), ("{X} की राजधानी बता", 2), ("मुझे {X} की राजधानी बताओ", 3),
        ("{X} की राजधानी का नाम बताओ", 3), ("{X} की राजधानी बोलो", 2), ("{X} की राजधानी ढूंढो", 2),
        ("{X} की राजधानी सर्च करो", 2), ("बताओ {X} की राजधानी", 3),
    ]),
    ("do-you-know", None, [
        ("क्या तुम्हें पता है {X} की राजधानी क्या है", 3), ("क्या आपको पता है {X} की राजधानी कौन सी है", 2),
        ("तुम्हें {X} की राजधानी पता है", 2), ("{X} की राजधानी पता है क्या", 2), ("क्या आप जानती हैं {X} की राजधानी क्या है", 2),
        ("मुझे {X} की राजधानी याद नहीं", 2), ("मैं {X} की राजधानी भूल गया", 2), ("मैं {X} की राजधानी भूल गई हूँ", 1),
        ("मुझे जानना है कि {X} की राजधानी क्या है", 2),
    ]),
    ("leading-filler", None, [
        ("अलेक्सा {X} की राजधानी कौन सी है", 2), ("एलेक्सा {X} की राजधानी बताओ", 2), ("अच्छा {X} की राजधानी क्या है", 2),
        ("हां तो {X} की राजधानी क्या है", 2), ("सुनो {X} की राजधानी क्या है", 2), ("अरे {X} की राजधानी बताओ ना", 2),
        ("एक सवाल है {X} की राजधानी क्या है", 2), ("यार {X} की राजधानी क्या है", 2), ("उम्म {X} की राजधानी कौन सी है", 1),
        ("ओके अलेक्सा {X} का कैपिटल क्या है", 1),
    ]),
    ("trailing-words", None, [
        ("{X} की राजधानी क्या है बताओ", 3), ("{X} की राजधानी क्या है अलेक्सा", 2), ("{X} की राजधानी क्या है जल्दी बताओ", 2),
        ("{X} की राजधानी कौन सी है बताइए", 2), ("{X} की राजधानी क्या है ज़रा बताना", 2), ("{X} की राजधानी क्या है भाई", 2),
        ("{X} की राजधानी क्या है मुझे बताओ", 2),
    ]),
    ("word-order", None, [
        ("राजधानी क्या है {X} की", 3), ("राजधानी बताओ {X} की", 3), ("क्या है {X} की राजधानी", 3),
        ("कौन सी है {X} की राजधानी", 2), ("{X} की क्या राजधानी है", 2), ("{X} में राजधानी कौन सी है", 2),
        ("बताओ ना {X} की राजधानी कौन सी है", 2),
    ]),
    ("follow-up", None, [
        ("और {X} की", 3), ("और {X} की राजधानी", 3), ("अब {X} की राजधानी बताओ", 2), ("{X} का क्या", 2), ("और {X} का कैपिटल", 2),
    ]),
    ("bare-name", None, [("{X} राजधानी", 3), ("{X} की राजधानी", 3), ("{X} कैपिटल", 2), ("राजधानी {X}", 2)]),
    ("spelling-variant", "spelling", [
        ("{X} की राजधानी कौन सी है बताओ", 3), ("{X} की राजधानी का क्या नाम है", 3), ("{X} की राजधानी किस शहर में है", 3),
        ("{X} की राजधानी क्या है बताना", 3), ("{X} की राजधानी कौन सी जगह है", 3),
    ]),
    ("everyday-name", "everyday", [
        ("{X} की राजधानी क्या है जी", 3), ("{X} का कैपिटल कौन सा है", 3), ("{X} की राजधानी कौन सा शहर है बताओ", 3),
        ("{X} का राजधानी बताओ", 2), ("{X} की कैपिटल का नाम बताओ", 2),
    ]),
    ("official-name", "official", [
        ("{X} की राजधानी क्या है कृपया बताएं", 3), ("{X} की राजधानी किस शहर को कहते हैं", 3),
        ("मुझे {X} की राजधानी का नाम बताइए", 3), ("{X} का कैपिटल कौन सी सिटी है", 2),
    ]),
    ("subdivision", "states", [
        ("{X} राज्य की राजधानी क्या है", 3), ("{X} स्टेट की राजधानी क्या है", 3), ("{X} स्टेट का कैपिटल क्या है", 3),
        ("{X} की राजधानी कौन सी है भाई", 3), ("{X} राज्य की राजधानी का नाम बताओ", 3), ("{X} की राजधानी कहाँ पर है", 3),
        ("{X} की राजधानी कौन सी है जी", 2), ("{X} की राजधानी बताओ जी", 3), ("{X} की स्टेट कैपिटल बताओ", 3),
        ("{X} राज्य की राजधानी कौन सी है", 3),
    ]),
    ("union-territory", "union-territories", [
        ("{X} केंद्र शासित प्रदेश की राजधानी क्या है", 2), ("{X} की राजधानी क्या है यूटी वाली", 1),
        ("{X} का राजधानी शहर कौन सा है", 3), ("{X} की राजधानी कौन सी है बताइये", 3),
    ]),
    ("territory", "territories", [
        ("{X} की राजधानी कौन सी है पता है", 2), ("{X} की कैपिटल कौन सी है", 3), ("{X} की राजधानी का नाम क्या होता है", 3),
        ("{X} का मुख्य शहर और राजधानी क्या है", 1),
    ]),
]

WRITTEN = [
    # Several capitals (every place of the data that has more than one).
    ("दक्षिण अफ्रीका की तीन राजधानियां कौन सी हैं", "ZA", "plural-capitals"),
    ("साउथ अफ्रीका की कितनी राजधानियाँ हैं", "ZA", "plural-capitals"),
    ("बोलीविया की दोनों राजधानियां बताओ", "BO", "plural-capitals"),
    ("बोलिविया की राजधानियाँ कौन कौन सी हैं", "BO", "plural-capitals"),
    ("श्रीलंका की दो राजधानी कौन सी है", "LK", "plural-capitals"),
    ("मलेशिया की राजधानियां क्या हैं", "MY", "plural-capitals"),
    ("नीदरलैंड की राजधानियां बताइए", "NL", "plural-capitals"),
    ("बेनिन की दो राजधानियाँ कौन सी हैं", "BJ", "plural-capitals"),
    ("आइवरी कोस्ट की राजधानियां कौन सी हैं", "CI", "plural-capitals"),
    ("फिलिस्तीन की राजधानियाँ क्या हैं", "PS", "plural-capitals"),
    ("एस्वातिनी की दोनों राजधानियां बताओ", "SZ", "plural-capitals"),
    ("मोंटसेरात की राजधानियां कौन सी हैं", "MS", "plural-capitals"),
    ("जम्मू कश्मीर की दो राजधानी कौन सी हैं", "IN-JK", "plural-capitals"),
    ("जम्मू कश्मीर की ग्रीष्मकालीन राजधानी कौन सी है", "IN-JK", "plural-capitals"),
    ("उत्तराखंड की ग्रीष्मकालीन राजधानी क्या है", "IN-UK", "plural-capitals"),
    ("उत्तराखंड की दोनों राजधानियां बताओ", "IN-UK", "plural-capitals"),
    # Names of several places, and look-alikes where the exact name must win.
    ("कोरिया की राजधानी क्या है", "KP+KR", "shared-name"),
    ("दोनों कोरिया की राजधानियां बताओ", "KP+KR", "shared-name"),
    ("कांगो की राजधानी बताओ", "CD+CG", "shared-name"),
    ("कांगो का कैपिटल क्या है", "CD+CG", "shared-name"),
    ("जॉर्जिया की राजधानी कौन सी है", "GE+US-GA", "shared-name"),
    ("वर्जिन आइलैंड्स की राजधानी क्या है", "VG+VI", "shared-name"),
    ("गिनी की राजधानी बताइए", "GN", "shared-name"),
    ("इक्वेटोरियल गिनी का कैपिटल क्या है", "GQ", "shared-name"),
    ("नाइजर की राजधानी कौन सी है", "NE", "shared-name"),
    ("नाइजीरिया की राजधानी बताओ", "NG", "shared-name"),
    ("डोमिनिका की राजधानी क्या है", "DM", "shared-name"),
    ("साउथ सूडान की राजधानी बताओ", "SS", "shared-name"),
    # Yes/no checks: answered with the capital of the place asked about.
    ("क्या मुंबई भारत की राजधानी है", "IN", "yes-no-check"),
    ("क्या टोरंटो कनाडा की राजधानी है", "CA", "yes-no-check"),
    ("क्या इस्तांबुल तुर्की की राजधानी है", "TR", "yes-no-check"),
    ("क्या न्यूयॉर्क अमेरिका की राजधानी है", "US", "yes-no-check"),
    ("रियो ब्राजील की राजधानी है क्या", "BR", "yes-no-check"),
    ("कराची पाकिस्तान की राजधानी है ना", "PK", "yes-no-check"),
    ("क्या कोलकाता पश्चिम बंगाल की राजधानी है", "IN-WB", "yes-no-check"),
    ("क्या बेंगलुरु कर्नाटक की राजधानी है", "IN-KA", "yes-no-check"),
    ("लखनऊ उत्तर प्रदेश की राजधानी है क्या", "IN-UP", "yes-no-check"),
    ("क्या दुबई यूएई की राजधानी है", "AE", "yes-no-check"),
    ("क्या ज्यूरिख स्विट्जरलैंड की राजधानी है", "CH", "yes-no-check"),
    ("क्या शिमला हिमाचल की राजधानी है", "IN-HP", "yes-no-check"),
    ("क्या बॉन अभी भी जर्मनी की राजधानी है", "DE", "yes-no-check"),
    ("क्या मेलबर्न ऑस्ट्रेलिया का कैपिटल है", "AU", "yes-no-check"),
    ("चंडीगढ़ पंजाब की राजधानी है या नहीं", "IN-PB", "yes-no-check"),
    # Self-corrections: the place said last.
    ("फ्रांस की राजधानी बताओ नहीं नहीं जर्मनी की", "DE", "self-correction"),
    ("ऑस्ट्रिया मतलब ऑस्ट्रेलिया की राजधानी क्या है", "AU", "self-correction"),
    ("स्वीडन की राजधानी सॉरी स्विट्जरलैंड की राजधानी क्या है", "CH", "self-correction"),
    ("स्लोवाकिया नहीं स्लोवेनिया की राजधानी बताओ", "SI", "self-correction"),
    ("ईरान की राजधानी अरे नहीं इराक की", "IQ", "self-correction"),
    ("नाइजीरिया की नहीं नाइजर की राजधानी क्या है", "NE", "self-correction"),
    ("कोलंबिया की राजधानी एक मिनट बोलीविया की", "BO", "self-correction"),
    ("केरल की राजधानी नहीं मतलब कर्नाटक की", "IN-KA", "self-correction"),
    ("पेरू की राजधानी क्या है रुको चिली की", "CL", "self-correction"),
    ("लातविया सॉरी लिथुआनिया का कैपिटल बताओ", "LT", "self-correction"),
    # Reverse questions: every place with that capital (what CityIntent reports).
    ("टोक्यो किस देश की राजधानी है", "@JP", "reverse-question"),
    ("काठमांडू किस देश की राजधानी है", "@NP", "reverse-question"),
    ("कैनबरा किसकी राजधानी है", "@AU", "reverse-question"),
    ("भोपाल किस राज्य की राजधानी है", "@IN-MP", "reverse-question"),
    ("नैरोबी कहाँ की राजधानी है", "@KE", "reverse-question"),
    ("ढाका किस कंट्री का कैपिटल है", "@BD", "reverse-question"),
    ("लिस्बन किस देश की राजधानी है", "@PT", "reverse-question"),
    ("दिसपुर किस राज्य की राजधानी है", "@IN-AS", "reverse-question"),
    # Out of domain: other questions about countries, other senses of राजधानी and कैपिटल, chit-chat, other tasks.
    ("भारत की जनसंख्या कितनी है", "AMAZON.FallbackIntent", "out-of-domain"),
    ("जापान की करेंसी क्या है", "AMAZON.FallbackIntent", "out-of-domain"),
    ("फ्रांस में कौन सी भाषा बोली जाती है", "AMAZON.FallbackIntent", "out-of-domain"),
    ("अमेरिका के राष्ट्रपति कौन हैं", "AMAZON.FallbackIntent", "out-of-domain"),
    ("चीन का सबसे बड़ा शहर कौन सा है", "AMAZON.FallbackIntent", "out-of-domain"),
    ("नेपाल का राष्ट्रीय पक्षी क्या है", "AMAZON.FallbackIntent", "out-of-domain"),
    ("ऑस्ट्रेलिया में अभी कितने बजे हैं", "AMAZON.FallbackIntent", "out-of-domain"),
    ("कनाडा का झंडा कैसा दिखता है", "AMAZON.FallbackIntent", "out-of-domain"),
    ("पाकिस्तान के प्रधानमंत्री का नाम बताओ", "AMAZON.FallbackIntent", "out-of-domain"),
    ("जर्मनी की आबादी बताओ", "AMAZON.FallbackIntent", "out-of-domain"),
    ("दिल्ली का मौसम कैसा है", "AMAZON.FallbackIntent", "out-of-domain"),
    ("कल सुबह छह बजे का अलार्म लगाओ", "AMAZON.FallbackIntent", "out-of-domain"),
    ("अरिजीत सिंह के गाने बजाओ", "AMAZON.FallbackIntent", "out-of-domain"),
    ("दस मिनट का टाइमर लगाओ", "AMAZON.FallbackIntent", "out-of-domain"),
    ("एक जोक सुनाओ", "AMAZON.FallbackIntent", "out-of-domain"),
    ("तुम्हारा नाम क्या है", "AMAZON.FallbackIntent", "out-of-domain"),
    ("आज की ताज़ा खबरें सुनाओ", "AMAZON.FallbackIntent", "out-of-domain"),
    ("क्रिकेट मैच का स्कोर क्या है", "AMAZON.FallbackIntent", "out-of-domain"),
    ("बेडरूम की लाइट बंद करो", "AMAZON.FallbackIntent", "out-of-domain"),
    ("सौ डॉलर कितने रुपये होते हैं", "AMAZON.FallbackIntent", "out-of-domain"),
    ("राजधानी एक्सप्रेस कितने बजे चलती है", "AMAZON.FallbackIntent", "out-of-domain"),
    ("मुंबई राजधानी का पीएनआर स्टेटस बताओ", "AMAZON.FallbackIntent", "out-of-domain"),
    ("कैपिटल गेन टैक्स क्या होता है", "AMAZON.FallbackIntent", "out-of-domain"),
    ("शेयर कैपिटल का मतलब क्या है", "AMAZON.FallbackIntent", "out-of-domain"),
    ("वर्किंग कैपिटल किसे कहते हैं", "AMAZON.FallbackIntent", "out-of-domain"),
    ("कैपिटल लेटर में नाम कैसे लिखते हैं", "AMAZON.FallbackIntent", "out-of-domain"),
    ("भारत की आर्थिक राजधानी कौन सी है", "AMAZON.FallbackIntent", "out-of-domain"),
    ("हिंदी में कैपिटल को क्या कहते हैं", "AMAZON.FallbackIntent", "out-of-domain"),
    ("मेरे साथ कोई गेम खेलो", "AMAZON.FallbackIntent", "out-of-domain"),
    ("तुम कैसी हो", "AMAZON.FallbackIntent", "out-of-domain"),
    ("इटली घूमने का सबसे अच्छा टाइम कब है", "AMAZON.FallbackIntent", "out-of-domain"),
    ("थाईलैंड जाने के लिए वीज़ा चाहिए क्या", "AMAZON.FallbackIntent", "out-of-domain"),
    ("श्रीलंका की मुद्रा का नाम क्या है", "AMAZON.FallbackIntent", "out-of-domain"),
    ("दुनिया का सबसे छोटा देश कौन सा है", "AMAZON.FallbackIntent", "out-of-domain"),
    ("बांग्लादेश को आज़ादी कब मिली", "AMAZON.FallbackIntent", "out-of-domain"),
    ("जापान में कितने आइलैंड हैं", "AMAZON.FallbackIntent", "out-of-domain"),
    ("रूस और यूक्रेन की लड़ाई की खबर बताओ", "AMAZON.FallbackIntent", "out-of-domain"),
    ("मेरी शॉपिंग लिस्ट में दूध जोड़ दो", "AMAZON.FallbackIntent", "out-of-domain"),
    ("भूटान का राष्ट्रीय खेल कौन सा है", "AMAZON.FallbackIntent", "out-of-domain"),
    ("केरल में कितने जिले हैं", "AMAZON.FallbackIntent", "out-of-domain"),
    ("मिस्र के पिरामिड कितने पुराने हैं", "AMAZON.FallbackIntent", "out-of-domain"),
    # Alexa's built-in intents, and opening the skill (invocation name guessed: दुनिया की राजधानियाँ).
    ("मदद", "AMAZON.HelpIntent", "help"),
    ("मदद करो", "AMAZON.HelpIntent", "help"),
    ("हेल्प", "AMAZON.HelpIntent", "help"),
    ("ये कैसे काम करता है", "AMAZON.HelpIntent", "help"),
    ("मैं क्या पूछ सकता हूँ", "AMAZON.HelpIntent", "help"),
    ("तुम क्या क्या कर सकती हो", "AMAZON.HelpIntent", "help"),
    ("इसे कैसे इस्तेमाल करें", "AMAZON.HelpIntent", "help"),
    ("रुको", "AMAZON.StopIntent", "stop"),
    ("बंद करो", "AMAZON.StopIntent", "stop"),
    ("स्टॉप", "AMAZON.StopIntent", "stop"),
    ("बस करो", "AMAZON.StopIntent", "stop"),
    ("चुप हो जाओ", "AMAZON.StopIntent", "stop"),
    ("बाहर निकलो", "AMAZON.StopIntent", "stop"),
    ("एग्जिट", "AMAZON.StopIntent", "stop"),
    ("कैंसल", "AMAZON.CancelIntent", "cancel"),
    ("कैंसिल करो", "AMAZON.CancelIntent", "cancel"),
    ("रद्द करो", "AMAZON.CancelIntent", "cancel"),
    ("रहने दो", "AMAZON.CancelIntent", "cancel"),
    ("छोड़ो", "AMAZON.CancelIntent", "cancel"),
    ("कोई बात नहीं", "AMAZON.CancelIntent", "cancel"),
    ("भूल जाओ", "AMAZON.CancelIntent", "cancel"),
    ("दुनिया की राजधानियाँ शुरू करो", "LaunchRequest", "launch"),
    ("दुनिया की राजधानियां चालू करो", "LaunchRequest", "launch"),
    ("दुनिया की राजधानियाँ खोलो", "LaunchRequest", "launch"),
    ("विश्व की राजधानियाँ खोलो", "LaunchRequest", "launch"),
    ("दुनिया की राजधानियाँ स्टार्ट करो", "LaunchRequest", "launch"),
    ("मुझे मदद चाहिए", "AMAZON.HelpIntent", "help"),
    ("ये स्किल क्या करती है", "AMAZON.HelpIntent", "help"),
    ("इस स्किल में क्या पूछ सकते हैं", "AMAZON.HelpIntent", "help"),
    ("मुझे समझ नहीं आ रहा क्या बोलूं", "AMAZON.HelpIntent", "help"),
    ("मदद चाहिए प्लीज़", "AMAZON.HelpIntent", "help"),
    ("हेल्प करो", "AMAZON.HelpIntent", "help"),
    ("कैसे पूछना है बताओ", "AMAZON.HelpIntent", "help"),
    ("बंद कर दो", "AMAZON.StopIntent", "stop"),
    ("अलेक्सा बंद करो", "AMAZON.StopIntent", "stop"),
    ("अब बस करो", "AMAZON.StopIntent", "stop"),
    ("रुक जाओ", "AMAZON.StopIntent", "stop"),
    ("स्टॉप करो", "AMAZON.StopIntent", "stop"),
    ("स्किल बंद करो", "AMAZON.StopIntent", "stop"),
    ("बंद करो यार", "AMAZON.StopIntent", "stop"),
    ("कैंसल कर दो", "AMAZON.CancelIntent", "cancel"),
    ("रहने दीजिए", "AMAZON.CancelIntent", "cancel"),
    ("नहीं रहने दो", "AMAZON.CancelIntent", "cancel"),
    ("छोड़ दो", "AMAZON.CancelIntent", "cancel"),
    ("इसे रद्द कर दो", "AMAZON.CancelIntent", "cancel"),
    ("कैंसिल कर दीजिए", "AMAZON.CancelIntent", "cancel"),
    ("दुनिया की राजधानियाँ ओपन करो", "LaunchRequest", "launch"),
    ("दुनिया की राजधानियाँ चलाओ", "LaunchRequest", "launch"),
    ("दुनिया की राजधानियां वाली स्किल खोलो", "LaunchRequest", "launch"),
    ("मंगोलिया में कितने लोग रहते हैं", "AMAZON.FallbackIntent", "out-of-domain"),
    ("कुवैत का एक दीनार कितने रुपये का है", "AMAZON.FallbackIntent", "out-of-domain"),
    ("नॉर्वे में सूरज कब डूबता है", "AMAZON.FallbackIntent", "out-of-domain"),
    ("स्पेन का राष्ट्रगान बजाओ", "AMAZON.FallbackIntent", "out-of-domain"),
    ("ब्राज़ील ने कितने वर्ल्ड कप जीते हैं", "AMAZON.FallbackIntent", "out-of-domain"),
    ("कैपिटल मार्केट में पैसा कैसे लगाएं", "AMAZON.FallbackIntent", "out-of-domain"),
    ("राजधानी नमकीन का नंबर दो", "AMAZON.FallbackIntent", "out-of-domain"),
    ("दिल्ली से आगरा कितनी दूर है", "AMAZON.FallbackIntent", "out-of-domain"),
    ("गोवा में घूमने की जगह बताओ", "AMAZON.FallbackIntent", "out-of-domain"),
    ("मेरे लिए एक कहानी सुनाओ", "AMAZON.FallbackIntent", "out-of-domain"),
    ("आज कौन सी तारीख है", "AMAZON.FallbackIntent", "out-of-domain"),
    ("भारत में कुल कितने राज्य हैं", "AMAZON.FallbackIntent", "out-of-domain"),
    ("अमेज़न पर मेरा ऑर्डर कहाँ है", "AMAZON.FallbackIntent", "out-of-domain"),
    ("बैंकॉक किस देश की राजधानी है", "@TH", "reverse-question"),
    ("रायपुर कौन से राज्य की राजधानी है", "@IN-CG", "reverse-question"),
    ("अंकारा किस कंट्री की कैपिटल है", "@TR", "reverse-question"),
    ("हैदराबाद किस स्टेट की राजधानी है", "@IN-TS", "reverse-question"),
    ("कोरिया देश की राजधानी बताइए", "KP+KR", "shared-name"),
    ("गिनी बिसाउ का कैपिटल बताओ", "GW", "shared-name"),
    ("नाइजर देश की राजधानी कौन सी है", "NE", "shared-name"),
    ("अलेक्सा मेरी मदद करो", "AMAZON.HelpIntent", "help"),
    ("इस्तेमाल करने का तरीका बताओ", "AMAZON.HelpIntent", "help"),
    ("मुझे नहीं पता क्या पूछूं", "AMAZON.HelpIntent", "help"),
    ("कुछ उदाहरण बताओ क्या पूछ सकते हैं", "AMAZON.HelpIntent", "help"),
    ("हेल्प चाहिए", "AMAZON.HelpIntent", "help"),
    ("मदद कीजिए", "AMAZON.HelpIntent", "help"),
    ("इसमें क्या क्या पूछ सकते हैं", "AMAZON.HelpIntent", "help"),
    ("अब बंद कर दो", "AMAZON.StopIntent", "stop"),
    ("बस बहुत हो गया बंद करो", "AMAZON.StopIntent", "stop"),
    ("ठीक है बंद करो", "AMAZON.StopIntent", "stop"),
    ("अरे रहने दो", "AMAZON.CancelIntent", "cancel"),
    ("नहीं चाहिए रहने दो", "AMAZON.CancelIntent", "cancel"),
    ("कैंसिल कर दो यार", "AMAZON.CancelIntent", "cancel"),
    ("दुनिया की राजधानियाँ वाला गेम शुरू करो", "LaunchRequest", "launch"),
]

if __name__ == "__main__":
    build("hi", LOCALE, countries(), POOLS, FRAMED, WRITTEN)
