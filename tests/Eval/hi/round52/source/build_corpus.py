"""Round 52, Hindi (hi-IN): a new author's own mix, written blind at the end of the fifty-ninth session (brief
WRITER66.md), for the next session's tuner. Speakers and situations chosen apart from Hindi round 51 (Bagheli, Kangri,
Sindhi speakers' Hindi, Konkani, Tamil, Malayalam, Odia and Kashmiri speakers' Hindi, Koli fishermen, Banjara (Lambadi),
Korean and Japanese learners, grain-mandi arhtiyas, temple priests, tailors, electricians and linemen, kirana
shopkeepers, gym trainers, night-shift call-centre agents, halwais and wedding cooks, bank clerks, district-court
lawyers and munshis, roadways bus conductors, cricket-academy coaches, women's self-help groups, wedding photographers,
Rishikesh yoga teachers, medical representatives, food-delivery riders), from round 50 (Mewari, Surgujia, Kurukh
speakers' Hindi, Jaunsari, Mizo and Bodo speakers' Hindi, Nepali speakers' Hindi, Trinidad and Guyana Hindustani,
Durban Indian Hindi, app-cab drivers, railway TTEs, airline cabin crew, chemists, postmen, housing-society guards,
beauticians, wedding DJs, radio jockeys, college professors, blind and low-vision users, grandfathers and retired
railwaymen, Sanskrit pathshala students, Mumbai dabbawalas), from round 49 (Bajjika, Khortha, Halbi, Ahirani, Vidarbha
Hindi, Kutchi, Ladakhi and Tibetan speakers' Hindi, Meitei speakers' Hindi, Nagamese, Tulu speakers' Hindi, Gulf
workers, Afghan refugees, truck drivers, chartered accountants, stock traders, Kota students, teen gamers, Anganwadi and
ASHA workers, Kauravi, tour guides, stamp and coin collectors, construction workers, Parsis, Anglo-Indians) and from the
groups named for rounds 48 to 44 (Garhwali, Malvi, Mewati, Nagpuri/Sadri, Fiji Hindi, Sarnami, Madhesi, Bhili, Marwari,
Shekhawati, Harauti, Bhojpuri, Gorkha Hindi, Guwahati and Shillong Hindi, Shuddh Hindi, retired soldiers, grandmothers,
auto-rickshaw drivers, a TV newsroom, nurses, sailors and the rest listed there).

Regions, each a family: Dakhini from Hyderabad and Gulbarga ("नक्को", "हौ", "बोले तो", "मियां"), Dhundhari from Jaipur
and Dausa ("कांई छै", "म्हानै बताओ सा", "कुणसी"), Bundeli from Jhansi and Sagar ("कौन सी आय", "तनक", "पूछ रए"),
Kumaoni from Almora and Pithoragarh ("को छ", "मकें बता दे", "दाज्यू"), Chhattisgarhi from Raipur and Bilaspur ("के
राजधानी का हे", "बता ना गा", "हमन ल"), Haryanvi from Rohtak and Jind ("के सै", "कोण सी सै", "ताऊ"), Dogri from Jammu
and Kathua ("दी राजधानी केह्ड़ी ऐ", "मिगी दस्सो"), Maithili from Darbhanga and Madhubani ("की छै", "कहू ने", "पुछैत
छी"), Magahi from Gaya and Nalanda ("का हइ", "बतावा न", "रहे दा"), Bambaiya from Mumbai ("अपुन", "भिडू", "मामू"),
Bengali speakers' Hindi from Kolkata ("दादा", "हामको", "थाक"), Gujarati speakers' Hindi from Surat and Ahmedabad ("नुं
राजधानी कयुं छे", "केम छो", "बापु"), Telugu speakers' Hindi from Vijayawada ("अंडी", "गारू", "आपु"), Kannada speakers'
Hindi from Bengaluru and Mysuru ("गुरु", "स्वल्प", "बेडा", "साकु") and Punjabi speakers' Hindi from Ludhiana and
Amritsar ("पाजी", "दस्सो", "केहड़ी"). Migrants and learners: British Asian children in Leicester and Southall with their
grandparents (`heritage`, "एक्चुअली", "नानी", "नेवर माइंड"), German and French students at a Hindi school in Varanasi
(`learner`, "कृपया मुझे बताइए", "का राजधानी") and NRI families in New Jersey and Texas (`nri`, "स्टेट की कैपिटल",
"स्पेलिंग बी"). Jobs: barbers ("कटिंग", "उस्तरा", "ग्राहक"), carpenters ("रंदा", "मिस्त्री जी", "प्लाई"), motor mechanics
("उस्ताद", "गैराज", "इंजन ऑयल"), dairy farmers and milkmen ("फैट", "डेरी", "भैंस"), Banarasi silk weavers ("करघा", "ताना
बाना", "गद्दीदार"), railway porters ("बिल्ला", "प्लेटफॉर्म", "सवारी"), akhara wrestlers ("दंगल", "पहलवान जी", "उस्ताद
जी"), UPSC aspirants in Mukherjee Nagar ("प्रीलिम्स", "मेन्स", "करेंट अफेयर्स"), software engineers ("स्टैंडअप",
"ऑनसाइट", "क्लाइंट"), police constables ("थाना", "नाका", "हवलदार साहब"), property dealers ("प्लॉट", "रजिस्ट्री",
"सर्किल रेट"), chaat and golgappa vendors ("ठेला", "भैया"), goldsmiths ("तोला", "हॉलमार्क", "तिजोरी") and Varanasi
boatmen ("घाट", "सवारी", "मल्लाह").

Situations: an Irani cafe, a haleem shop in Ramzan, the Teej fair, Amer fort, Orchha and the Jhansi fort, the Nanda
Devi fair, a snowy morning in Munsiyari, the Rajim fair, paddy prices, a chaupal, a kabaddi ground, the Raghunath temple,
the Vaishno Devi queue, painting a Madhubani wall, Chhath ghats, Bodh Gaya and Rajgir, a chawl bet, a local train,
Durga Puja, a fish market, Navratri garba, Uttarayan kites, Sankranti, a Tirupati trip, Dasara, a Silk Board jam, a
gurpurab, a Canada visa, a school trip, Diwali lights in Leicester, a Ganga aarti, a spelling bee, a snowy weekend, a
Sunday rush at the salon, a shave, planing a door, a plywood order, under a car, the morning milking, the loom, a late
train, a village dangal, a current-affairs session, a standup, an onsite trip, a night patrol, a VIP duty, a plot visit,
the registry office, an evening cart, a Dhanteras rush, a foreign passenger on the ghats, Dev Deepawali; and in the
shared families a school atlas, a quiz night, homework and a TV quiz show.

Around them: follow-ups, plural capitals (all eight several-capital countries, with Jammu and Kashmir, Uttarakhand,
Palestine and Montserrat), subdivisions and territories (with provinces the data lacks: Sindh, Khyber Pakhtunkhwa,
Gilgit-Baltistan, Bali, Tuscany, Andalusia, Normandy, Zanzibar, Kurdistan, Chechnya, Crimea, Okinawa, Sri Lanka's
Eastern Province, Nepal's Koshi), yes/no checks, self-corrections, reverse questions, official, everyday and shared
names, help, stop, cancel, launch by the skill's invocation name "दुनिया की राजधानियाँ", and out-of-domain requests
(weather, timers, music, home devices, prices, trains and flights, population, currency and leaders, capitals of
continents and regions, "capital" in other senses, former capitals of empires, myth and fiction). `python3
tests/Eval/hi/round52/source/build_corpus.py [--check]`; every line is hi-IN. Every sentence was written by hand as one
whole utterance; frames with up to three fills (each frame once) ask the countries and the subdivisions and territories.

Built by round12_hinl_corpus.py (build_round with round 52's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Dakhini from Hyderabad and Gulbarga; an Irani cafe, a haleem shop in Ramzan
dakhini | एलेक्सा {} का राजधानी क्या है बोले तो | अंडोरा=AD; संयुक्त अरब अमीरात=AE; अफ़ग़ानिस्तान=AF
dakhini | अरे एलेक्सा {} की राजधानी कौन सी है बताओ ना मियां | एंटीगुआ और बारबुडा=AG; अल्बानिया=AL; आर्मेनिया=AM
dakhini | एलेक्सा हौला नक्को समझो मेरे को {} की राजधानी बताओ | अंगोला=AO; अर्जेंटीना=AR; ऑस्ट्रिया=AT
dakhini | एलेक्सा तेलंगाना की राजधानी हैदराबाद च है ना | IN-TS
dakhini | एलेक्सा चारमीनार के पास बैठे हैं बोलो आंध्र प्रदेश की राजधानी कौन सी है अब्बी | IN-AP
dakhini | एलेक्सा मेरे को सऊदी की राजधानी बोलो मेरा भाई उधर काम करता | SA
dakhini | एलेक्सा ईरानी चाय पीते पीते पूछ रहे ईरान की राजधानी क्या है | IR
dakhini | एलेक्सा कर्नाटक की राजधानी क्या है बोलो जल्दी | IN-KA
dakhini | एलेक्सा क़तर का राजधानी कौन सा शहर है | QA
dakhini | क्या मियां एलेक्सा ओमान की राजधानी मालूम है क्या तुमको | OM
dakhini | एलेक्सा हलीम की दुकान पे बहस हो री यमन की राजधानी क्या है | YE
dakhini | एलेक्सा नक्को वो नहीं मैं कुवैत का पूछा | KW
dakhini | एलेक्सा बिरयानी बनाने का तरीका बताओ | FB
dakhini | एलेक्सा बस करो हौ | STOP
dakhini | एलेक्सा रमज़ान में सहरी कितने बजे है | FB
dakhini | एलेक्सा महाराष्ट्र का राजधानी मुंबई है ना हौ की नक्को | IN-MH
dakhini | एलेक्सा तुर्की का राजधानी इस्तांबुल है क्या | TR
dakhini | एलेक्सा मलेशिया की राजधानी कौन सी है एक बार बोलो | MY
dakhini | एलेक्सा नक्को नक्को रहने दो | CANCEL
# Dhundhari from Jaipur and Dausa; the Teej fair, Amer fort
dhundhari | एलेक्सा {} की राजधानी कांई छै | ऑस्ट्रेलिया=AU; अज़रबैजान=AZ; बोस्निया हर्ज़ेगोविना=BA
dhundhari | म्हानै बताओ सा {} की राजधानी कुणसी छै | बारबाडोस=BB; बांग्लादेश=BD; बेल्जियम=BE
dhundhari | एलेक्सा थे बताओ तो {} की राजधानी कांई होवै | बुर्किना फासो=BF; बुल्गारिया=BG; बहरीन=BH
dhundhari | एलेक्सा राजस्थान की राजधानी जैपर छै कांई | IN-RJ
dhundhari | एलेक्सा हवा महल के सामने बैठ्या छां गुजरात की राजधानी कांई छै | IN-GJ
dhundhari | एलेक्सा म्हारो छोरो पूछै छै मध्य प्रदेश की राजधानी कुणसी | IN-MP
dhundhari | एलेक्सा तीज का मेला में बात चाली हरियाणा की राजधानी कांई छै | IN-HR
dhundhari | एलेक्सा दाल बाटी चूरमा की रेसिपी बताओ सा | FB
dhundhari | एलेक्सा जैपर में आज गरमी कितणी छै | FB
dhundhari | एलेक्सा चुप हो जाओ सा | STOP
dhundhari | एलेक्सा जापान की राजधानी कांई छै बताओ | JP
dhundhari | एलेक्सा रूस की राजधानी मास्को ही छै ना | RU
dhundhari | एलेक्सा आमेर का किला में एक अंग्रेज़ पूछ्यो फ्रांस की राजधानी कांई छै | FR
dhundhari | एलेक्सा पाकिस्तान की राजधानी कुणसी छै | PK
dhundhari | एलेक्सा नेपाल की राजधानी बताओ सा | NP
dhundhari | एलेक्सा रहबा द्यो कोनी चाहिए | CANCEL
dhundhari | एलेक्सा म्हानै समझाओ यो कांई करै छै | HELP
# Bundeli from Jhansi and Sagar; Orchha, the fort at Jhansi
bundeli | एलेक्सा {} की राजधानी कौन सी आय | बुरुंडी=BI; बेनिन=BJ; ब्रुनेई=BN
bundeli | तनक बताओ {} की राजधानी का आय | बोलीविया=BO; ब्राजील=BR; बहामास=BS
bundeli | एलेक्सा हम पूछ रए {} की राजधानी कां है | भूटान=BT; बोत्सवाना=BW; बेलारूस=BY
bundeli | एलेक्सा उत्तर प्रदेश की राजधानी लखनऊ आय कि नईं | IN-UP
bundeli | एलेक्सा झांसी के किला पे बैठे हैं बताओ तनक मध्य प्रदेश की राजधानी का आय | IN-MP
bundeli | एलेक्सा ओरछा आओ एक बिदेसी पूछ रओ तो जर्मनी की राजधानी का आय | DE
bundeli | एलेक्सा हमाए मोड़ा खों बताओ चीन की राजधानी कौन सी आय | CN
bundeli | एलेक्सा छत्तीसगढ़ की राजधानी रायपुर आय ना | IN-CG
bundeli | एलेक्सा राई नाच के गाने बजाओ | FB
bundeli | एलेक्सा बस करो अब हो गओ | STOP
bundeli | एलेक्सा अमेरिका की राजधानी का आय | US
bundeli | एलेक्सा बुंदेलखंड की राजधानी कौन सी आय | FB
bundeli | एलेक्सा इटली की राजधानी रोम आय का | IT
bundeli | एलेक्सा खजुराहो देखबे आए अंग्रेज कहत ते उनको देस इंग्लैंड उकी राजधानी का आय | GB-ENG
bundeli | एलेक्सा रहन देओ | CANCEL
bundeli | एलेक्सा श्रीलंका की राजधानी बताओ तनक | LK
bundeli | एलेक्सा तनक समझाओ जा का करत है | HELP
# Kumaoni from Almora and Pithoragarh; the Nanda Devi fair, a snowy morning
kumaoni | एलेक्सा {} की राजधानी को छ | बेलीज़=BZ; कनाडा=CA; कांगो डेमोक्रेटिक रिपब्लिक=CD
kumaoni | मकें बता दे {} की राजधानी कां छ | सेंट्रल अफ्रीकन रिपब्लिक=CF; कांगो रिपब्लिक=CG; स्विट्ज़रलैंड=CH
kumaoni | दाज्यू पूछणई छन {} की राजधानी कि छ | आइवरी कोस्ट=CI; चिली=CL; कैमरून=CM
kumaoni | एलेक्सा उत्तराखंड की राजधानी देहरादून छ कि गैरसैंण | IN-UK
kumaoni | एलेक्सा अल्मोड़ा बटी पूछणौ हिमाचल की राजधानी कि छ | IN-HP
kumaoni | एलेक्सा नंदा देवी मेला में नान्तिन पूछणई छन नेपाल की राजधानी | NP
kumaoni | एलेक्सा पिथौरागढ़ बटी चीन बॉर्डर नजीक छ चीन की राजधानी कि छ | CN
kumaoni | एलेक्सा बाल मिठाई कां मिलैं | FB
kumaoni | एलेक्सा रौ दे | CANCEL
kumaoni | एलेक्सा भुटान की राजधानी कि छ | BT
kumaoni | एलेक्सा दिल्ली की राजधानी कि छ | IN-DL
kumaoni | एलेक्सा तिब्बत की राजधानी ल्हासा छ कि | FB
kumaoni | एलेक्सा म्यर ईजा पूछणी लद्दाख की राजधानी कि छ | IN-LA
kumaoni | एलेक्सा बंद कर दे हो | STOP
kumaoni | एलेक्सा न्यूज़ीलैंड की राजधानी कि छ | NZ
kumaoni | एलेक्सा आज मुनस्यारी में बरफ पड़ली कि | FB
kumaoni | एलेक्सा दुनिया की राजधानियाँ खोल दे दाज्यू | LAUNCH
# Chhattisgarhi from Raipur and Bilaspur; the Rajim fair, paddy harvest
chhattisgarhi | एलेक्सा {} के राजधानी का हे | चीन देस=CN; कोलंबिया=CO; कोस्टा रिका=CR
chhattisgarhi | बता ना गा {} के राजधानी कोन हे | क्यूबा=CU; केप वर्डे=CV; साइप्रस=CY
chhattisgarhi | एलेक्सा हमन ल बता {} के राजधानी का हे | चेक गणराज्य=CZ; जर्मनी=DE; जिबूती=DJ
chhattisgarhi | एलेक्सा छत्तीसगढ़ के राजधानी रायपुर हे ना | IN-CG
chhattisgarhi | एलेक्सा झारखंड के राजधानी कोन हे | IN-JH
chhattisgarhi | एलेक्सा ओडिशा के राजधानी का हे गा | IN-OD
chhattisgarhi | एलेक्सा राजिम मेला म बइठे हन तेलंगाना के राजधानी का हे | IN-TS
chhattisgarhi | एलेक्सा नवा रायपुर ह राजधानी हे कि रायपुर | IN-CG
chhattisgarhi | एलेक्सा ददरिया गाना बजा दे | FB
chhattisgarhi | एलेक्सा धान के भाव का चलत हे | FB
chhattisgarhi | एलेक्सा रहन दे गा | CANCEL
chhattisgarhi | एलेक्सा चुप हो जा गा | STOP
chhattisgarhi | एलेक्सा मलेसिया के राजधानी का हे | MY
chhattisgarhi | एलेक्सा बस्तर के राजधानी का हे | FB
chhattisgarhi | एलेक्सा ऑस्ट्रेलिया के राजधानी सिडनी हे का | AU
chhattisgarhi | एलेक्सा बांग्लादेश के राजधानी कोन हे | BD
chhattisgarhi | एलेक्सा दुनिया की राजधानियाँ चालू कर दे गा | LAUNCH
# Haryanvi from Rohtak and Jind; a chaupal, a kabaddi ground
haryanvi | एलेक्सा {} की राजधानी के सै | डेनमार्क=DK; डोमिनिका=DM; डोमिनिकन रिपब्लिक=DO
haryanvi | बता दे भाई {} की राजधानी कोण सी सै | अल्जीरिया=DZ; इक्वाडोर=EC; एस्टोनिया=EE
haryanvi | ताऊ पूछण लाग रया {} की राजधानी के सै | मिस्र=EG; इरिट्रिया=ER; स्पेन=ES
haryanvi | एलेक्सा हरियाणा की राजधानी चंडीगढ़ ए सै ना | IN-HR
haryanvi | एलेक्सा पंजाब की राजधानी के सै | IN-PB
haryanvi | एलेक्सा म्हारे छोरे का पेपर सै बता दे राजस्थान की राजधानी | IN-RJ
haryanvi | एलेक्सा कबड्डी का मैच कद सै | FB
haryanvi | एलेक्सा रोहतक में आज धुंध कितनी सै | FB
haryanvi | एलेक्सा रहण दे भाई | CANCEL
haryanvi | एलेक्सा बंद हो जा ईब | STOP
haryanvi | एलेक्सा कनाडा की राजधानी के सै म्हारा भतीजा ओड़े गया सै | CA
haryanvi | एलेक्सा हिमाचल की राजधानी शिमला सै के | IN-HP
haryanvi | एलेक्सा इजराइल की राजधानी के सै | IL
haryanvi | एलेक्सा म्हारा बेटा आस्ट्रेलिया गया उसकी राजधानी के सै | AU
haryanvi | एलेक्सा दिल्ली किसकी राजधानी सै | CITY:नई दिल्ली
haryanvi | एलेक्सा अमरीका की राजधानी के सै | US
haryanvi | एलेक्सा बता दे भाई इसमें के के पूछ सकां सां | HELP
haryanvi | एलेक्सा दुनिया की राजधानियाँ खोल दे ताऊ बैठा सै | LAUNCH
# Dogri from Jammu and Kathua; outside the Raghunath temple, the Vaishno Devi queue
dogri | एलेक्सा {} दी राजधानी केह्ड़ी ऐ | इथियोपिया=ET; फिनलैंड=FI; फिजी=FJ
dogri | मिगी दस्सो {} दी राजधानी केह् ऐ | माइक्रोनेशिया=FM; फ्रांस=FR; गैबॉन=GA
dogri | एलेक्सा जरा दस्सेओ {} दी राजधानी कुन्नी ऐ | ब्रिटेन=GB; ग्रेनाडा=GD; जॉर्जिया मुल्क=GE
dogri | एलेक्सा जम्मू कश्मीर दी राजधानी केह्ड़ी ऐ | IN-JK
dogri | एलेक्सा सर्दियें च जम्मू कश्मीर दी राजधानी जम्मू ऐ ना | IN-JK
dogri | एलेक्सा रघुनाथ मंदिर दे बाहर खड़े आं पंजाब दी राजधानी दस्सो | IN-PB
dogri | एलेक्सा कलाड़ी कुत्थें मिलदी ऐ | FB
dogri | एलेक्सा रेहन देओ | CANCEL
dogri | एलेक्सा बस करो जी | STOP
dogri | एलेक्सा पाकिस्तान दी राजधानी केह्ड़ी ऐ | PK
dogri | एलेक्सा लद्दाख दी राजधानी लेह ऐ ना | IN-LA
dogri | एलेक्सा अफगानिस्तान दी राजधानी काबुल ऐ | AF
dogri | एलेक्सा डोगरा राज दी राजधानी केह्ड़ी ही | FB
dogri | एलेक्सा दुबई आह्ले मुल्क दी राजधानी | AE
dogri | एलेक्सा कुवैत दी राजधानी दस्सो जी | KW
dogri | एलेक्सा हिमाचल दी राजधानी केह्ड़ी ऐ | IN-HP
# Maithili from Darbhanga and Madhubani; painting a Madhubani wall, Chhath ghats
maithili | एलेक्सा {} के राजधानी की छै | घाना=GH; गाम्बिया=GM; गिनी=GN
maithili | कहू ने {} के राजधानी कोन छै | इक्वेटोरियल गिनी=GQ; ग्रीस=GR; ग्वाटेमाला=GT
maithili | हम पुछैत छी {} के राजधानी की थिक | गिनी बिसाऊ=GW; गयाना=GY; होंडुरास=HN
maithili | एलेक्सा बिहार के राजधानी पटना छै की | IN-BR
maithili | एलेक्सा नेपाल के राजधानी काठमांडू छै ने | NP
maithili | एलेक्सा मधुबनी पेंटिंग बनबैत काल पुछैत छी पश्चिम बंगाल के राजधानी | IN-WB
maithili | एलेक्सा छठ में अर्घ्य कखन देबाक छै | FB
maithili | एलेक्सा मखान के भाव की छै | FB
maithili | एलेक्सा रहय दियौ | CANCEL
maithili | एलेक्सा बंद करू | STOP
maithili | एलेक्सा मिथिला राज के राजधानी की छलै | FB
maithili | एलेक्सा झारखंड के राजधानी रांची छै की | IN-JH
maithili | एलेक्सा सिक्किम के राजधानी कहू | IN-SK
maithili | एलेक्सा भूटान के राजधानी की छै | BT
maithili | एलेक्सा दरभंगा स पुछैत छी जापान के राजधानी | JP
maithili | एलेक्सा दुनिया की राजधानियाँ खोलू | LAUNCH
# Magahi from Gaya and Nalanda; Bodh Gaya, Rajgir
magahi | एलेक्सा {} के राजधानी का हइ | क्रोएशिया=HR; हैती=HT; हंगरी=HU
magahi | बतावा न {} के राजधानी कउन हइ | इंडोनेशिया=ID; आयरलैंड=IE; इज़राइल=IL
magahi | एलेक्सा हम पूछ रहलिअइ {} के राजधानी का हइ | भारत=IN; इराक=IQ; ईरान=IR
magahi | एलेक्सा बिहार के राजधानी का हइ | IN-BR
magahi | एलेक्सा बोधगया में एगो थाई भिक्खु पूछलथिन थाईलैंड के राजधानी का हइ | TH
magahi | एलेक्सा राजगीर घूमे अइलिअइ म्यांमार के राजधानी का हइ | MM
magahi | एलेक्सा सिलाव के खाजा कहां मिलतइ | FB
magahi | एलेक्सा रहे दा | CANCEL
magahi | एलेक्सा बंद कर दा | STOP
magahi | एलेक्सा मगध के राजधानी का हलइ | FB
magahi | एलेक्सा श्रीलंका के राजधानी कउन हइ | LK
magahi | एलेक्सा वियतनाम के राजधानी का हइ | VN
magahi | एलेक्सा उत्तर प्रदेश के राजधानी बतावा | IN-UP
magahi | एलेक्सा उत्तर वाला कोरिया के राजधानी का हइ | KP
magahi | एलेक्सा भूटान के राजधानी का हइ रे | BT
magahi | एलेक्सा जापान वाला भिक्खु पूछलथिन अपन देस के राजधानी | JP
# Bambaiya from Mumbai chawls and local trains
bambaiya | एलेक्सा {} का कैपिटल क्या है बोले तो | आइसलैंड=IS; इटली=IT; जमैका=JM
bambaiya | ए एलेक्सा अपुन को बोल {} का राजधानी किधर है | जॉर्डन=JO; जापान=JP; केन्या=KE
bambaiya | एलेक्सा भिडू {} का कैपिटल बता ना | किर्गिस्तान=KG; कंबोडिया=KH; किरिबाती=KI
bambaiya | एलेक्सा महाराष्ट्र का कैपिटल मुंबई है ना भिडू | IN-MH
bambaiya | एलेक्सा गोवा का कैपिटल क्या है रे | IN-GA
bambaiya | एलेक्सा चाल में शर्त लगी है अमेरिका का कैपिटल न्यूयॉर्क है क्या | US
bambaiya | एलेक्सा लोकल ट्रेन का टाइम बोल | FB
bambaiya | एलेक्सा गणपति विसर्जन कब है | FB
bambaiya | एलेक्सा रहने दे मामू | CANCEL
bambaiya | एलेक्सा चुप बैठ ना | STOP
bambaiya | एलेक्सा पुर्तगाल का कैपिटल क्या है भाई | PT
bambaiya | एलेक्सा गुजरात का कैपिटल अहमदाबाद है ना | IN-GJ
bambaiya | एलेक्सा बांद्रा में आज ट्रैफिक कैसा है | FB
bambaiya | एलेक्सा अपुन को स्पेन का कैपिटल बोल | ES
bambaiya | एलेक्सा ऑस्ट्रेलिया का कैपिटल बोले तो सिडनी ना | AU
bambaiya | एलेक्सा साउथ कोरिया का कैपिटल क्या है | KR
bambaiya | एलेक्सा दुनिया की राजधानियाँ खोल ना बोले तो | LAUNCH
# Bengali speakers' Hindi from Kolkata and Asansol; Durga Puja pandal, a fish market
bengali | एलेक्सा {} का राजधानी क्या है बोलो ना | कोमोरोस=KM; सेंट किट्स और नेविस=KN; उत्तर कोरिया=KP
bengali | दादा {} का राजधानी कौन सा है | दक्षिण कोरिया=KR; कुवैत=KW; कजाकिस्तान=KZ
bengali | एलेक्सा हामको बोलो {} का राजधानी का नाम | लाओस=LA; लेबनान=LB; सेंट लूसिया=LC
bengali | एलेक्सा पश्चिम बंगाल का राजधानी कोलकाता है ना | IN-WB
bengali | एलेक्सा बांग्लादेश का राजधानी ढाका है ना दादा | BD
bengali | एलेक्सा त्रिपुरा का राजधानी क्या है | IN-TR
bengali | एलेक्सा दुर्गा पूजा कब से शुरू है | FB
bengali | एलेक्सा इलिश माछ का दाम क्या है | FB
bengali | एलेक्सा थाक थाक रहने दो | CANCEL
bengali | एलेक्सा बंद करो ना | STOP
bengali | एलेक्सा असम का राजधानी गुवाहाटी है क्या | IN-AS
bengali | एलेक्सा अंग्रेज़ लोग का टाइम में भारत का राजधानी कौन सा था | FB
bengali | एलेक्सा अर्जेंटीना का राजधानी क्या है मेस्सी का देश | AR
bengali | एलेक्सा ब्राज़ील का राजधानी रियो है ना | BR
bengali | एलेक्सा उत्तर कोरिया का राजधानी बोलो | KP
bengali | एलेक्सा मदद करो ना दादा | HELP
bengali | एलेक्सा दुनिया की राजधानियाँ खोलो दादा | LAUNCH
# Gujarati speakers' Hindi from Surat and Ahmedabad; Navratri garba, Uttarayan kites
gujarati | एलेक्सा {} नुं राजधानी कयुं छे | लिकटेंस्टीन=LI; श्रीलंका=LK; लाइबेरिया=LR
gujarati | केम छो एलेक्सा {} की राजधानी क्या है बोलो | लेसोथो=LS; लिथुआनिया=LT; लक्ज़मबर्ग=LU
gujarati | बापु हमको बोलो {} की राजधानी कौन सी है | लातविया=LV; लीबिया=LY; मोरक्को=MA
gujarati | एलेक्सा गुजरात की राजधानी गांधीनगर छे ने | IN-GJ
gujarati | एलेक्सा अमेरिका में अपना भाई लोग बहुत है उसका राजधानी क्या है | US
gujarati | एलेक्सा केन्या की राजधानी क्या है हमारा मामा नैरोबी में है | KE
gujarati | एलेक्सा नवरात्रि में गरबा कितने बजे तक चलेगा | FB
gujarati | एलेक्सा उत्तरायण में पतंग का हवा कैसा रहेगा | FB
gujarati | एलेक्सा रहने दो भाई | CANCEL
gujarati | एलेक्सा बस बस बंद करो | STOP
gujarati | एलेक्सा युगांडा की राजधानी क्या है अपना काका उधर था | UG
gujarati | एलेक्सा दीव वाले प्रदेश की राजधानी कौन सी है | IN-DH
gujarati | एलेक्सा ब्रिटेन की राजधानी लंदन है ने | GB
gujarati | एलेक्सा तंजानिया की राजधानी दार एस सलाम छे | TZ
gujarati | एलेक्सा सूरत से पूछता हूं कनाडा की राजधानी टोरंटो है क्या | CA
gujarati | एलेक्सा दुनिया की राजधानियाँ चालू करो भाई | LAUNCH
# Telugu speakers' Hindi from Vijayawada and Visakhapatnam; Sankranti, a Tirupati trip
telugu | एलेक्सा {} का राजधानी क्या है अंडी | मोनाको=MC; मोल्डोवा=MD; मोंटेनेग्रो=ME
telugu | गारू {} का राजधानी बोलो | मेडागास्कर=MG; मार्शल आइलैंड्स=MH; नॉर्थ मैसेडोनिया=MK
telugu | एलेक्सा {} का कैपिटल सिटी कौन सा है अंडी | माली=ML; म्यांमार=MM; मंगोलिया=MN
telugu | एलेक्सा आंध्र प्रदेश का राजधानी अमरावती है ना अंडी | IN-AP
telugu | एलेक्सा तेलंगाना का राजधानी बोलो | IN-TS
telugu | एलेक्सा हमारा बेटा अमेरिका में है डलास में टेक्सास का राजधानी क्या है | US-TX
telugu | एलेक्सा संक्रांति कब है अंडी | FB
telugu | एलेक्सा तिरुपति दर्शन का टिकट कैसे बुक करें | FB
telugu | एलेक्सा रहने दो अंडी | CANCEL
telugu | एलेक्सा आपु आपु बंद करो | STOP
telugu | एलेक्सा न्यू जर्सी का राजधानी क्या है | US-NJ
telugu | एलेक्सा कैलिफ़ोर्निया का कैपिटल कौन सा है | US-CA
telugu | एलेक्सा तमिलनाडु का राजधानी चेन्नई है ना | IN-TN
telugu | एलेक्सा ओडिशा का राजधानी क्या है अंडी | IN-OD
telugu | एलेक्सा विजयवाड़ा से बोल रहा हूं मलेशिया का राजधानी | MY
telugu | एलेक्सा श्रीलंका का कैपिटल कोलंबो है क्या | LK
telugu | एलेक्सा दुनिया की राजधानियाँ शुरू करो अंडी | LAUNCH
# Kannada speakers' Hindi from Bengaluru and Mysuru; Dasara, a Silk Board jam
kannada | एलेक्सा {} का राजधानी क्या है गुरु | मॉरिटानिया=MR; माल्टा=MT; मॉरीशस=MU
kannada | स्वल्प बताओ {} का कैपिटल क्या है | मालदीव=MV; मलावी=MW; मेक्सिको=MX
kannada | एलेक्सा {} का राजधानी बोलो ना गुरु | मलेशिया=MY; मोज़ाम्बिक=MZ; नामीबिया=NA
kannada | एलेक्सा कर्नाटक का राजधानी बेंगलुरु है ना गुरु | IN-KA
kannada | एलेक्सा केरल का राजधानी क्या है | IN-KL
kannada | एलेक्सा गोवा का कैपिटल पणजी है क्या | IN-GA
kannada | एलेक्सा मैसूर दसरा कब है | FB
kannada | एलेक्सा सिल्क बोर्ड पे ट्रैफिक कैसा है | FB
kannada | एलेक्सा बेडा बेडा रहने दो | CANCEL
kannada | एलेक्सा साकु बंद करो | STOP
kannada | एलेक्सा मैसूर राज्य का राजधानी क्या था | FB
kannada | एलेक्सा सिंगापुर का राजधानी क्या है गुरु | SG
kannada | एलेक्सा आयरलैंड का कैपिटल बोलो | IE
kannada | एलेक्सा पुदुच्चेरी का राजधानी | IN-PY
kannada | एलेक्सा नीदरलैंड का राजधानी एम्स्टर्डम है ना | NL
kannada | एलेक्सा जर्मनी का राजधानी बर्लिन है क्या गुरु | DE
# Punjabi speakers' Hindi from Ludhiana and Amritsar; a gurpurab langar, a Canada visa office
punjabi | एलेक्सा {} दी राजधानी की है | नाइजर=NE; नाइजीरिया=NG; निकारागुआ=NI
punjabi | पाजी दस्सो {} दी राजधानी केहड़ी है | नीदरलैंड=NL; नॉर्वे=NO; नेपाल=NP
punjabi | ओए एलेक्सा {} दी राजधानी दस्स | नाउरू=NR; न्यूज़ीलैंड=NZ; ओमान=OM
punjabi | एलेक्सा पंजाब दी राजधानी चंडीगढ़ ही है ना | IN-PB
punjabi | एलेक्सा कनेडा दी राजधानी की है | CA
punjabi | एलेक्सा ब्रैम्पटन वाले प्रांत दी राजधानी दस्सो | CA-ON
punjabi | एलेक्सा ब्रिटिश कोलंबिया दी राजधानी वैंकूवर है | CA-BC
punjabi | एलेक्सा इटली दी राजधानी की है साडा मुंडा ओत्थे है | IT
punjabi | एलेक्सा गुरपुरब कदों है | FB
punjabi | एलेक्सा रहन दे यार | CANCEL
punjabi | एलेक्सा बस कर जा | STOP
punjabi | एलेक्सा लाहौर किहड़े मुल्क विच है उसदी राजधानी | PK
punjabi | एलेक्सा ऑस्ट्रेलिया दी राजधानी की है | AU
punjabi | एलेक्सा महाराजा रणजीत सिंह दी राजधानी केहड़ी सी | FB
punjabi | एलेक्सा हिमाचल दी राजधानी दस्स | IN-HP
punjabi | एलेक्सा पाजी मदद करो की पुच्छां | HELP
punjabi | एलेक्सा दुनिया की राजधानियाँ चला दे पाजी | LAUNCH
# heritage speakers: British Asian children in Leicester and Southall, with their grandparents
heritage | एलेक्सा {} की कैपिटल क्या है नानी पूछ रही है | पनामा=PA; पेरू=PE; पापुआ न्यू गिनी=PG
heritage | एलेक्सा मम्मी बोल रही है {} की राजधानी बताओ | फिलीपींस=PH; पाकिस्तान=PK; पोलैंड=PL
heritage | एलेक्सा इंडिया की कैपिटल क्या है एक्चुअली | IN
heritage | एलेक्सा इंग्लैंड की कैपिटल तो लंदन है ना | GB-ENG
heritage | एलेक्सा स्कॉटलैंड की कैपिटल क्या है हम स्कूल ट्रिप पे जा रहे | GB-SCT
heritage | एलेक्सा वेल्स की कैपिटल कार्डिफ़ है क्या | GB-WLS
heritage | एलेक्सा नॉर्दर्न आयरलैंड की कैपिटल | GB-NIR
heritage | एलेक्सा नानी का गाँव पंजाब में है पंजाब की कैपिटल क्या है | IN-PB
heritage | एलेक्सा लाइक यू के की कैपिटल क्या है | GB
heritage | एलेक्सा दादी पूछ रही हैं केन्या की कैपिटल वो वहाँ पैदा हुई थीं | KE
heritage | एलेक्सा युगांडा की कैपिटल बताओ दादा जी वहाँ से आए थे | UG
heritage | एलेक्सा लेस्टर में दिवाली लाइट्स कब ऑन होंगी | FB
heritage | एलेक्सा स्टॉप इट | STOP
heritage | एलेक्सा नेवर माइंड | CANCEL
heritage | एलेक्सा गुजरात की कैपिटल क्या है बा पूछ रही है | IN-GJ
heritage | एलेक्सा सो बांग्लादेश की राजधानी क्या है मतलब कैपिटल | BD
heritage | एलेक्सा नानाजी के लिए पुराने हिंदी गाने लगाओ | FB
# learners: German and French students at a Hindi school in Varanasi
learner | एलेक्सा कृपया मुझे बताइए {} का राजधानी क्या है | पुर्तगाल=PT; पलाऊ=PW; पराग्वे=PY
learner | एलेक्सा मैं जानना चाहता हूँ {} की राजधानी क्या होता है | क़तर=QA; रोमानिया=RO; सर्बिया=RS
learner | एलेक्सा मैं जर्मनी से हूँ मेरा देश का राजधानी बर्लिन है सही | DE
learner | एलेक्सा मैं हिंदी सीखती हूँ फ्रांस की राजधानी कौन है | FR
learner | एलेक्सा उत्तर प्रदेश की राजधानी क्या है मैं बनारस में रहता हूँ | IN-UP
learner | एलेक्सा कृपया धीरे बोलिए स्विट्ज़रलैंड की राजधानी क्या है | CH
learner | एलेक्सा हिंदी में बोलो ऑस्ट्रिया की राजधानी | AT
learner | एलेक्सा मेरा देश इटली उसका राजधानी रोम ना | IT
learner | एलेक्सा क्या आप मुझे सहायता कर सकते हैं | HELP
learner | एलेक्सा मुझे समझ नहीं आया फिर से बोलिए | FB
learner | एलेक्सा गंगा आरती कितने बजे शुरू होता है | FB
learner | एलेक्सा मेरा हिंदी टीचर पूछता है स्पेन की राजधानी | ES
learner | एलेक्सा रुकिए कृपया | STOP
learner | एलेक्सा मुझे नहीं चाहिए धन्यवाद | CANCEL
learner | एलेक्सा रूस का राजधानी क्या है | RU
learner | एलेक्सा बेल्जियम का राजधानी ब्रुसेल्स है क्या | BE
learner | एलेक्सा डच लोगों का देश का राजधानी | NL
learner | एलेक्सा कृपया दुनिया की राजधानियाँ खोलिए | LAUNCH
# NRI families in New Jersey and Texas; a spelling bee, a snowy weekend
nri | एलेक्सा {} की राजधानी क्या है बेटा पूछ रहा है | रूस=RU; रवांडा=RW; सऊदी अरब=SA
nri | एलेक्सा यार जल्दी से {} की राजधानी बताओ | सोलोमन आइलैंड्स=SB; सेशेल्स=SC; सूडान=SD
nri | एलेक्सा न्यू जर्सी की राजधानी क्या है | US-NJ
nri | एलेक्सा टेक्सास की कैपिटल ऑस्टिन है या ह्यूस्टन | US-TX
nri | एलेक्सा न्यूयॉर्क स्टेट की राजधानी क्या है | US-NY
nri | एलेक्सा कैलिफ़ोर्निया की राजधानी सैन फ्रांसिस्को है क्या | US-CA
nri | एलेक्सा एडिसन में आज स्नो पड़ेगी क्या | FB
nri | एलेक्सा बच्चों का स्पेलिंग बी कब है | FB
nri | एलेक्सा इलिनॉय की राजधानी शिकागो है ना | US-IL
nri | एलेक्सा जॉर्जिया स्टेट की राजधानी अटलांटा | US-GA
nri | एलेक्सा वॉशिंगटन स्टेट की राजधानी क्या है सिएटल वाला | US-WA
nri | एलेक्सा फ्लोरिडा की राजधानी क्या है | US-FL
nri | एलेक्सा रहने दो यार | CANCEL
nri | एलेक्सा चुप करो अब | STOP
nri | एलेक्सा पेंसिल्वेनिया की राजधानी बताओ | US-PA
nri | एलेक्सा मैसाचुसेट्स की कैपिटल बोस्टन है ना | US-MA
nri | एलेक्सा वायोमिंग की राजधानी क्या है रोड ट्रिप पे जा रहे | US-WY
kannada | एलेक्सा मोज़ाम्बिक देश का राजधानी क्या है गुरु | MZ
# barbers; a Sunday rush at the salon, a shave
barber | एलेक्सा {} की राजधानी बता भाई कटिंग चल रही है | स्वीडन=SE; सिंगापुर=SG; स्लोवेनिया=SI
barber | उस्तरा चलाते चलाते पूछ रहे {} की राजधानी क्या है एलेक्सा | स्लोवाकिया=SK; सिएरा लियोन=SL; सैन मैरिनो=SM
barber | एलेक्सा ग्राहक पूछ रहा है ब्राज़ील की राजधानी | BR
barber | एलेक्सा शेव बनवाते हुए साहब पूछ रहे जापान की राजधानी | JP
barber | एलेक्सा रविवार को दुकान पे भीड़ है फटाफट बता इंग्लैंड की राजधानी | GB-ENG
barber | एलेक्सा फ़िल्मी गाने चला दे | FB
barber | एलेक्सा अगला ग्राहक पूछ रहा है थाईलैंड की राजधानी | TH
barber | एलेक्सा कुवैत की राजधानी क्या है मेरा भाई वहां सैलून में है | KW
barber | एलेक्सा बस कर | STOP
barber | एलेक्सा छोड़ यार कैंसल | CANCEL
barber | एलेक्सा दाढ़ी ट्रिम करते करते ईरान की राजधानी याद नहीं आ रही | IR
barber | एलेक्सा नेपाल की राजधानी क्या है हमारा कारीगर वहीं का है | NP
barber | एलेक्सा अफ़ग़ानिस्तान की राजधानी बताओ | AF
barber | एलेक्सा बाल कटवाने का सही दिन कौन सा है | FB
barber | एलेक्सा ओमान की राजधानी मस्कट है क्या | OM
# carpenters; planing a door, a plywood order
carpenter | एलेक्सा मिस्त्री जी पूछ रहे {} की राजधानी क्या है | सेनेगल=SN; सोमालिया=SO; सूरीनाम=SR
carpenter | रंदा मारते मारते सोचा {} की राजधानी पूछ लूं एलेक्सा | दक्षिण सूडान=SS; साओ तोमे और प्रिंसिपे=ST; अल सल्वाडोर=SV
carpenter | एलेक्सा सागवान म्यांमार से आती है उसकी राजधानी क्या है | MM
carpenter | एलेक्सा प्लाई का रेट क्या चल रहा है | FB
carpenter | एलेक्सा केरल की राजधानी बताओ ठेकेदार वहीं का है | IN-KL
carpenter | एलेक्सा फेविकोल सूखने में कितना टाइम लगता है | FB
carpenter | एलेक्सा स्वीडन वाली फर्नीचर कंपनी के देश की राजधानी | SE
carpenter | एलेक्सा इंडोनेशिया की राजधानी जकार्ता है क्या | ID
carpenter | एलेक्सा रहने दे मिस्त्री | CANCEL
carpenter | एलेक्सा ठहर जा | STOP
carpenter | एलेक्सा मलेशिया से रबरवुड आता है वहाँ की राजधानी | MY
carpenter | एलेक्सा नागालैंड की राजधानी क्या है | IN-NL
carpenter | एलेक्सा सहारनपुर से बोल रहे हैं उत्तराखंड की राजधानी | IN-UK
carpenter | एलेक्सा अरुणाचल की राजधानी ईटानगर है क्या | IN-AR
carpenter | एलेक्सा लकड़ी का काम करते हैं बताओ कनाडा की राजधानी | CA
# motor mechanics; under a car, a bike service
mechanic | एलेक्सा उस्ताद पूछ रहे {} की राजधानी कौन सी है | सीरिया=SY; एस्वातिनी=SZ; चाड=TD
mechanic | गाड़ी के नीचे लेटे लेटे पूछ रहा हूँ {} की राजधानी बता एलेक्सा | टोगो=TG; थाईलैंड=TH; ताजिकिस्तान=TJ
mechanic | एलेक्सा जापान की राजधानी क्या है वहीं की गाड़ी है ये | JP
mechanic | एलेक्सा जर्मनी की राजधानी बता गाड़ी भी जर्मनी की है | DE
mechanic | एलेक्सा दक्षिण कोरिया की राजधानी कौन सी है ये कंपनी वहीं की है | KR
mechanic | एलेक्सा बुलेट में इंजन ऑयल कितना डलता है | FB
mechanic | एलेक्सा पेट्रोल का भाव क्या है आज | FB
mechanic | एलेक्सा ग्रीस लगे हाथ हैं बंद हो जा | STOP
mechanic | एलेक्सा छोड़ो कैंसल कर दो | CANCEL
mechanic | एलेक्सा इटली की राजधानी बताओ वहाँ की बाइक महंगी आती है | IT
mechanic | एलेक्सा मिज़ोरम की राजधानी | IN-MZ
mechanic | एलेक्सा चेक रिपब्लिक की राजधानी कौन सी है स्कोडा वाला देश | CZ
mechanic | एलेक्सा स्वीडन की राजधानी क्या है वोल्वो वाला | SE
mechanic | एलेक्सा फ्रांस की राजधानी पेरिस है उस्ताद | FR
mechanic | एलेक्सा गैराज में बैठे हैं दक्षिण अफ्रीका की राजधानी बताओ | ZA
# dairy farmers and milkmen; the morning milking, the collection centre
dairy | एलेक्सा दूध निकालते हुए पूछ रहे {} की राजधानी क्या है | पूर्वी तिमोर=TL; तुर्कमेनिस्तान=TM; ट्यूनीशिया=TN
dairy | एलेक्सा डेरी पे बैठे हैं {} की राजधानी बताओ | टोंगा=TO; तुर्की=TR; त्रिनिदाद और टोबैगो=TT
dairy | एलेक्सा डेनमार्क की राजधानी बताओ वहाँ की गायें बहुत दूध देती हैं | DK
dairy | एलेक्सा न्यूज़ीलैंड की राजधानी क्या है वहाँ डेरी का बड़ा काम है | NZ
dairy | एलेक्सा आज फैट का रेट क्या है | FB
dairy | एलेक्सा भैंस को कितना चारा देना चाहिए | FB
dairy | एलेक्सा मुर्रा भैंस की कीमत क्या है | FB
dairy | एलेक्सा हरियाणा की राजधानी चंडीगढ़ ही है ना | IN-HR
dairy | एलेक्सा गुजरात की राजधानी कौन सी है अमूल वाला | IN-GJ
dairy | एलेक्सा हॉलैंड की राजधानी क्या है वहाँ की गाय मशहूर है | NL
dairy | एलेक्सा रहने दो दूध का टाइम हो गया | CANCEL
dairy | एलेक्सा बंद करो भाई डेरी जाना है | STOP
dairy | एलेक्सा स्विट्ज़रलैंड की राजधानी चीज़ वाला देश | CH
dairy | एलेक्सा आनंद जिस राज्य में है उसकी राजधानी | IN-GJ
dairy | एलेक्सा पंजाब की राजधानी बताओ लस्सी वाले | IN-PB
# Banarasi silk weavers; the loom, the gaddidar's shop
weaver | एलेक्सा करघा चलाते चलाते पूछ रहे {} की राजधानी क्या है | तुवालु=TV; तंज़ानिया=TZ; यूक्रेन=UA
weaver | गद्दीदार साहब पूछ रहे {} की राजधानी एलेक्सा | युगांडा=UG; अमेरिका=US; उरुग्वे=UY
weaver | एलेक्सा बनारसी साड़ी दुबई जाती है उस देश की राजधानी क्या है | AE
weaver | एलेक्सा ताना बाना ठीक करते हुए सोचा बांग्लादेश की राजधानी पूछें | BD
weaver | एलेक्सा उत्तर प्रदेश की राजधानी लखनऊ है ना | IN-UP
weaver | एलेक्सा रेशम का भाव क्या है आज | FB
weaver | एलेक्सा बिजली कब आएगी | FB
weaver | एलेक्सा सूरत से ज़री आती है गुजरात की राजधानी | IN-GJ
weaver | एलेक्सा चीन की राजधानी बताओ रेशम वहीं से आता था | CN
weaver | एलेक्सा रहने दीजिए | CANCEL
weaver | एलेक्सा बंद कीजिए | STOP
weaver | एलेक्सा ईरान की राजधानी क्या है क़ालीन वाला देश | IR
weaver | एलेक्सा कश्मीर की राजधानी श्रीनगर है ना पश्मीना वाली | IN-JK
weaver | एलेक्सा मुबारकपुर से बोल रहे सऊदी की राजधानी | SA
weaver | एलेक्सा इटली की राजधानी रोम वहाँ भी फैशन चलता है | IT
weaver | एलेक्सा मोहर्रम कब है इस साल | FB
# railway porters (coolies); a platform bench, a late train
porter | एलेक्सा प्लेटफॉर्म पे बैठे हैं {} की राजधानी कौन सी है | उज़्बेकिस्तान=UZ; सेंट विंसेंट और ग्रेनेडाइंस=VC; वेनेज़ुएला=VE
porter | बिल्ला नंबर वाले कुली पूछ रहे {} की राजधानी बता एलेक्सा | वियतनाम=VN; वानुअतु=VU; समोआ=WS
porter | एलेक्सा राजधानी एक्सप्रेस कितनी लेट है | FB
porter | एलेक्सा गाड़ी असम जा रही है असम की राजधानी क्या है | IN-AS
porter | एलेक्सा सवारी विदेशी है पूछ रही है नीदरलैंड की राजधानी | NL
porter | एलेक्सा बिहार की राजधानी पटना ही है ना | IN-BR
porter | एलेक्सा झारखंड की राजधानी रांची | IN-JH
porter | एलेक्सा सामान उठाने का सरकारी रेट क्या है | FB
porter | एलेक्सा रुक जा | STOP
porter | एलेक्सा छोड़ो रहने दो | CANCEL
porter | एलेक्सा बंगाल की राजधानी कोलकाता है ना हावड़ा वाली | IN-WB
porter | एलेक्सा मणिपुर की राजधानी क्या है | IN-MN
porter | एलेक्सा मेघालय की राजधानी शिलांग है | IN-ML
porter | एलेक्सा सवारी जर्मनी की है उसके देश की राजधानी | DE
porter | एलेक्सा पंजाब मेल पंजाब जाती है पंजाब की राजधानी | IN-PB
# wrestlers at an akhara; a village dangal
wrestler | एलेक्सा अखाड़े में बैठे हैं {} की राजधानी कौन सी है | यमन=YE; ज़ाम्बिया=ZM; ज़िम्बाब्वे=ZW
wrestler | एलेक्सा ईरान की राजधानी बता वहाँ के पहलवान तगड़े होते हैं | IR
wrestler | एलेक्सा जॉर्जिया के पहलवान आए थे दंगल में उनके देश की राजधानी | GE
wrestler | एलेक्सा रूस की राजधानी मास्को है ना उस्ताद जी पूछ रहे | RU
wrestler | एलेक्सा तुर्की की राजधानी क्या है | TR
wrestler | एलेक्सा मंगोलिया की राजधानी बता पहलवान जी | MN
wrestler | एलेक्सा आज दंगल कहाँ है | FB
wrestler | एलेक्सा दूध बादाम में कितनी प्रोटीन होती है | FB
wrestler | एलेक्सा रहने दे पहलवान | CANCEL
wrestler | एलेक्सा बस अब बंद | STOP
wrestler | एलेक्सा कुश्ती में अगला ओलंपिक कहाँ होगा | FB
wrestler | एलेक्सा अज़रबैजान की राजधानी बाकू है ना | AZ
wrestler | एलेक्सा कज़ाखस्तान की राजधानी बता | KZ
wrestler | एलेक्सा हरियाणा की राजधानी बता उस्ताद जी का गाँव वहीं है | IN-HR
wrestler | एलेक्सा उज़्बेकिस्तान की राजधानी ताशकंद है | UZ
wrestler | एलेक्सा बुल्गारिया की राजधानी बताओ वहाँ के पहलवान भी आते हैं | BG
# UPSC aspirants in Mukherjee Nagar; a current-affairs session, a library seat
upsc | एलेक्सा करेंट अफेयर्स पढ़ रहे {} की राजधानी क्या है | बोलीविया देश=BO; श्रीलंका देश=LK; बेनिन देश=BJ
upsc | एलेक्सा मेन्स के लिए पूछ रहा हूँ {} की राजधानी क्या है | कोत दिवुआर=CI; एस्वातिनी देश=SZ; म्यांमार देश=MM
upsc | एलेक्सा प्रीलिम्स में आया था कज़ाखस्तान की नई राजधानी कौन सी है | KZ
upsc | एलेक्सा इंडोनेशिया की नई राजधानी क्या है | ID
upsc | एलेक्सा नाइजीरिया की राजधानी लागोस है या अबुजा | NG
upsc | एलेक्सा ब्राज़ील की राजधानी ब्रासीलिया है या रियो | BR
upsc | एलेक्सा तंज़ानिया की आधिकारिक राजधानी कौन सी है | TZ
upsc | एलेक्सा म्यांमार की राजधानी नेपिडॉ है ना | MM
upsc | एलेक्सा आंध्र प्रदेश की राजधानी अभी कौन सी है | IN-AP
upsc | एलेक्सा लक्षद्वीप की राजधानी | IN-LD
upsc | एलेक्सा दादरा नगर हवेली और दमन दीव की राजधानी | IN-DH
upsc | एलेक्सा अंडमान निकोबार की राजधानी का नया नाम क्या है | IN-AN
upsc | एलेक्सा मुखर्जी नगर में आज बिजली कब तक जाएगी | FB
upsc | एलेक्सा प्रीलिम्स कितने दिन बाद है | FB
upsc | एलेक्सा रहने दो कल पूछूँगा | CANCEL
upsc | एलेक्सा स्टॉप | STOP
upsc | एलेक्सा पुडुचेरी की राजधानी बताओ | IN-PY
# software engineers in Bengaluru, Pune and Gurugram; before a standup, an onsite trip
software | एलेक्सा स्टैंडअप से पहले जल्दी बताओ {} की कैपिटल क्या है | एस्टोनिया देश=EE; आयरलैंड देश=IE; इज़राइल देश=IL
software | एलेक्सा क्लाइंट नीदरलैंड का है उनकी कैपिटल कौन सी है | NL
software | एलेक्सा ऑनसाइट जर्मनी जा रहा हूँ उसकी कैपिटल | DE
software | एलेक्सा पोलैंड की कैपिटल वॉरसॉ है ना | PL
software | एलेक्सा स्प्रिंट प्लानिंग का रिमाइंडर लगा दो | FB
software | एलेक्सा डिप्लॉय के बाद घर जाना है कैब बुक करो | FB
software | एलेक्सा न्यूज़ीलैंड की कैपिटल ऑकलैंड है क्या | NZ
software | एलेक्सा टीम सिंगापुर में है वहाँ की कैपिटल क्या है | SG
software | एलेक्सा अमेरिका की कैपिटल वॉशिंगटन डीसी है ना | US
software | एलेक्सा कैंसल कर दो ये वाला | CANCEL
software | एलेक्सा स्टॉप प्लीज़ | STOP
software | एलेक्सा क्लाइंट कॉल ऑस्ट्रेलिया से है उसकी कैपिटल कैनबरा है | AU
software | एलेक्सा तेलंगाना की कैपिटल बताओ हाइटेक सिटी वाली | IN-TS
software | एलेक्सा वियतनाम की कैपिटल क्या है नई टीम वहाँ है | VN
software | एलेक्सा फिलीपींस की कैपिटल मनीला है क्या | PH
software | एलेक्सा बग फिक्स करते करते दिमाग़ ख़राब है यूक्रेन की कैपिटल बताओ | UA
# police constables; a night patrol, a VIP duty
police | एलेक्सा थाने में बैठे हैं {} की राजधानी बताओ | असम=IN-AS; नागालैंड=IN-NL; त्रिपुरा=IN-TR
police | हवलदार साहब पूछ रहे {} की राजधानी क्या है | मिज़ोरम=IN-MZ; मेघालय=IN-ML; सिक्किम=IN-SK
police | एलेक्सा ड्यूटी लगी है वीआईपी आ रहे उत्तराखंड की राजधानी कौन सी है | IN-UK
police | एलेक्सा नाइट गश्त में पूछ रहे गोवा की राजधानी | IN-GA
police | एलेक्सा साहब ने पूछा है नेपाल की राजधानी बॉर्डर पर ड्यूटी है | NP
police | एलेक्सा आज कौन सा नाका लगेगा | FB
police | एलेक्सा धारा तीन सौ दो क्या है | FB
police | एलेक्सा रुको ज़रा | STOP
police | एलेक्सा जाने दो रहने दो | CANCEL
police | एलेक्सा बांग्लादेश की राजधानी ढाका है ना घुसपैठ वाला केस है | BD
police | एलेक्सा दिल्ली की राजधानी बताओ | IN-DL
police | एलेक्सा पाकिस्तान की राजधानी इस्लामाबाद है ना | PK
police | एलेक्सा चंडीगढ़ किसकी राजधानी है | CITY:चंडीगढ़
police | एलेक्सा झारखंड की राजधानी रांची है ना | IN-JH
police | एलेक्सा मणिपुर की राजधानी इंफाल है ना साहब | IN-MN
# property dealers; a plot visit, the registry office
property | एलेक्सा प्लॉट दिखाते दिखाते क्लाइंट पूछ रहा {} की राजधानी क्या है | आंध्र प्रदेश=IN-AP; तेलंगाना=IN-TS; कर्नाटक=IN-KA
property | एलेक्सा नोएडा जिस राज्य में है उसकी राजधानी | IN-UP
property | एलेक्सा गुरुग्राम वाले राज्य की राजधानी | IN-HR
property | एलेक्सा रजिस्ट्री ऑफ़िस कितने बजे खुलता है | FB
property | एलेक्सा नवा रायपुर में प्लॉट ले रहे हैं छत्तीसगढ़ की राजधानी वही है | IN-CG
property | एलेक्सा अमरावती में ज़मीन का रेट क्या है | FB
property | एलेक्सा क्लाइंट दुबई से है उस देश की राजधानी | AE
property | एलेक्सा गिफ्ट सिटी वाली राजधानी कौन सी है गुजरात की | IN-GJ
property | एलेक्सा रहने दो डील कैंसल | CANCEL
property | एलेक्सा चुप रहो क्लाइंट बात कर रहा है | STOP
property | एलेक्सा गैरसैंण किसकी राजधानी है | CITY:गैरसैंण
property | एलेक्सा लंदन वाले एनआरआई पूछ रहे यूनाइटेड किंगडम की राजधानी | GB
property | एलेक्सा नवी मुंबई वाले राज्य की राजधानी | IN-MH
property | एलेक्सा देहरादून में फ्लैट ले रहे वो किसकी राजधानी है | CITY:देहरादून
property | एलेक्सा गोवा की राजधानी पणजी है ना | IN-GA
# chaat and golgappa vendors; an evening cart, a rain cloud
chaat | एलेक्सा ठेले पे खड़े खड़े पूछ रहे {} की राजधानी क्या है | पश्चिम बंगाल=IN-WB; ओडिशा=IN-OD; बिहार=IN-BR
chaat | एलेक्सा गोलगप्पे वाले भैया पूछ रहे मध्य प्रदेश की राजधानी | IN-MP
chaat | एलेक्सा इंदौर वाले राज्य की राजधानी भोपाल है ना | IN-MP
chaat | एलेक्सा आलू टिक्की में कितनी कैलोरी होती है | FB
chaat | एलेक्सा आज शाम को बारिश होगी क्या ठेला लगाना है | FB
chaat | एलेक्सा रहने दो भैया | CANCEL
chaat | एलेक्सा बंद करो ग्राहक आ गए | STOP
chaat | एलेक्सा मुंबई किसकी राजधानी है | CITY:मुंबई
chaat | एलेक्सा चाट वाला बोल रहा पेरू की राजधानी लीमा है | PE
chaat | एलेक्सा एक बच्चा पूछ रहा इंग्लैंड की राजधानी | GB-ENG
chaat | एलेक्सा जर्मनी की राजधानी बता भैया | DE
chaat | एलेक्सा जयपुर किसकी राजधानी है | CITY:जयपुर
chaat | एलेक्सा पटना किस राज्य की राजधानी है | CITY:पटना
chaat | एलेक्सा लखनऊ किस प्रदेश की राजधानी है | CITY:लखनऊ
chaat | एलेक्सा भोपाल किसकी राजधानी है | CITY:भोपाल
# goldsmiths and jewellers; the safe, a Dhanteras rush
sunar | एलेक्सा तिजोरी के पास बैठे हैं {} की राजधानी बताओ | स्विट्ज़रलैंड देश=CH; दक्षिण अफ्रीका देश=ZA; पेरू देश=PE
sunar | एलेक्सा आज सोने का भाव क्या है दस ग्राम | FB
sunar | एलेक्सा एक तोला में कितने ग्राम होते हैं | FB
sunar | एलेक्सा दुबई से सोना आता है उस देश की राजधानी | AE
sunar | एलेक्सा बेल्जियम की राजधानी बताओ हीरे वहीं जाते हैं | BE
sunar | एलेक्सा घाना की राजधानी क्या है सोने वाला देश | GH
sunar | एलेक्सा रहने दो ग्राहक आ गया | CANCEL
sunar | एलेक्सा अभी चुप रहो | STOP
sunar | एलेक्सा कोलकाता किसकी राजधानी है सोनापट्टी वाली | CITY:कोलकाता
sunar | एलेक्सा बोत्सवाना की राजधानी बताओ हीरे की खान वाला | BW
sunar | एलेक्सा रूस की राजधानी क्या है | RU
sunar | एलेक्सा सिंगापुर की राजधानी सिंगापुर ही है क्या | SG
sunar | एलेक्सा अक्षय तृतीया कब है | FB
sunar | एलेक्सा धनतेरस का मुहूर्त क्या है | FB
sunar | एलेक्सा सऊदी अरब की राजधानी रियाद है ना | SA
# boatmen on the Varanasi ghats; a foreign passenger, Dev Deepawali
boatman | एलेक्सा घाट पे नाव लगाए बैठे हैं {} की राजधानी बताओ | दक्षिण कोरिया देश=KR; श्रीलंका वाला=LK; फ्रांस देश=FR
boatman | एलेक्सा विदेशी सवारी पूछ रही है उसका देश अर्जेंटीना की राजधानी क्या है | AR
boatman | एलेक्सा अस्सी घाट से बोल रहे हैं दक्षिण कोरिया की राजधानी सियोल है ना | KR
boatman | एलेक्सा गंगा में आज पानी कितना बढ़ा है | FB
boatman | एलेक्सा देव दीपावली कब है | FB
boatman | एलेक्सा रहने दो मल्लाह भाई | CANCEL
boatman | एलेक्सा बस चुप | STOP
boatman | एलेक्सा इज़राइल की राजधानी क्या है बहुत सवारी वहीं से आती है | IL
boatman | एलेक्सा जापानी सवारी के देश की राजधानी टोक्यो है ना | JP
boatman | एलेक्सा स्पेन की राजधानी मैड्रिड है ना मैडम पूछ रही | ES
boatman | एलेक्सा चीन की राजधानी बीजिंग है | CN
boatman | एलेक्सा उस पार रामनगर जाते हैं काशी नरेश की राजधानी कौन सी थी | FB
boatman | एलेक्सा रूस की सवारी है उसकी राजधानी बताओ | RU
boatman | एलेक्सा अमेरिका की राजधानी क्या है | US
boatman | एलेक्सा फ्रांस वाली मैडम पूछ रही अपनी राजधानी | FR
# subdivisions and territories; a school atlas, a quiz night, homework, a TV quiz show
subdivision | एलेक्सा {} राज्य की राजधानी क्या है | अलाबामा=US-AL; अलास्का=US-AK; एरिज़ोना=US-AZ
subdivision | एलेक्सा अमेरिका के {} की राजधानी बताओ | आर्कंसास=US-AR; कोलोराडो=US-CO; कनेक्टिकट=US-CT
subdivision | एलेक्सा होमवर्क में आया है {} की राजधानी | डेलावेयर=US-DE; हवाई=US-HI; आयोवा=US-IA
subdivision | एलेक्सा बेटी पूछ रही है {} स्टेट की कैपिटल | आइडाहो=US-ID; इंडियाना=US-IN; कंसास=US-KS
subdivision | एलेक्सा अमरीकी राज्य {} की राजधानी कौन सी है | केंटकी=US-KY; लुइसियाना=US-LA; मैरीलैंड=US-MD
subdivision | एलेक्सा क्विज़ में सवाल है {} की राजधानी | मिसौरी=US-MO; मिसिसिपी=US-MS; मोंटाना=US-MT
subdivision | एलेक्सा बताओ {} की कैपिटल कौन सी है | न्यू हैम्पशायर=US-NH; न्यू मैक्सिको=US-NM; नेवाडा=US-NV
subdivision | एलेक्सा {} प्रांत की राजधानी क्या है | अल्बर्टा=CA-AB; मैनिटोबा=CA-MB; नोवा स्कोटिया=CA-NS
subdivision | एलेक्सा कनाडा के {} की राजधानी | सस्केचेवान=CA-SK; क्यूबेक=CA-QC; प्रिंस एडवर्ड आइलैंड=CA-PE
subdivision | एलेक्सा कनाडा का {} इलाका उसकी राजधानी क्या है | युकॉन=CA-YT; नुनावुत=CA-NU; नॉर्थवेस्ट टेरिटरीज़=CA-NT
subdivision | एलेक्सा ऑस्ट्रेलिया के {} की राजधानी बताओ | क्वींसलैंड=AU-QLD; विक्टोरिया राज्य=AU-VIC; तस्मानिया=AU-TAS
subdivision | एलेक्सा ऑस्ट्रेलिया में {} की राजधानी कौन सी है | न्यू साउथ वेल्स=AU-NSW; वेस्टर्न ऑस्ट्रेलिया=AU-WA; साउथ ऑस्ट्रेलिया=AU-SA
subdivision | एलेक्सा जर्मनी के {} राज्य की राजधानी | बवेरिया=DE-BY; सैक्सनी=DE-SN; हेस्से=DE-HE
subdivision | एलेक्सा जर्मनी में {} की राजधानी क्या है | बाडेन वुर्टेमबर्ग=DE-BW; लोअर सैक्सनी=DE-NI; थुरिंगिया=DE-TH
subdivision | एलेक्सा ब्राज़ील के {} राज्य की राजधानी | बाहिया=BR-BA; अमेज़ोनास=BR-AM; मिनास जेराइस=BR-MG
subdivision | एलेक्सा ब्राज़ील में {} की राजधानी कौन सी है | पेर्नाम्बुको=BR-PE; पराना=BR-PR; सेआरा=BR-CE
subdivision | एलेक्सा ब्राज़ील का {} उसकी राजधानी बताओ | रियो ग्रांडे दो सुल=BR-RS; सांता कैटरीना=BR-SC; गोयास=BR-GO
subdivision | एलेक्सा मेक्सिको के {} राज्य की राजधानी | हालिस्को=MX-JAL; युकाटन=MX-YUC; ओआहाका=MX-OAX
subdivision | एलेक्सा मेक्सिको में {} की राजधानी बताओ | न्यूवो लियोन=MX-NLE; वेराक्रूज़=MX-VER; पुएब्ला=MX-PUE
subdivision | एलेक्सा मैक्सिको का {} उसकी राजधानी क्या | चिहुआहुआ=MX-CHH; सिनालोआ=MX-SIN; कोआहुइला=MX-COA
subdivision | एलेक्सा {} की राजधानी कौन सी है | आंध्र प्रदेश=IN-AP; अरुणाचल प्रदेश=IN-AR; असम=IN-AS
subdivision | एलेक्सा भारत के {} राज्य की राजधानी बताओ | बिहार=IN-BR; छत्तीसगढ़=IN-CG; गोवा=IN-GA
subdivision | एलेक्सा बच्चे के जीके टेस्ट में {} की राजधानी पूछी है | गुजरात=IN-GJ; हरियाणा=IN-HR; हिमाचल प्रदेश=IN-HP
subdivision | एलेक्सा {} प्रदेश की राजधानी का नाम बताओ | झारखंड=IN-JH; कर्नाटक=IN-KA; केरल=IN-KL
subdivision | एलेक्सा अपने देश के {} की राजधानी क्या है | मध्य प्रदेश=IN-MP; महाराष्ट्र=IN-MH; मणिपुर=IN-MN
subdivision | एलेक्सा {} स्टेट की राजधानी बोलो | मेघालय=IN-ML; मिज़ोरम=IN-MZ; नागालैंड=IN-NL
subdivision | एलेक्सा ज़रा बताइए {} की राजधानी | ओडिशा=IN-OD; पंजाब=IN-PB; राजस्थान=IN-RJ
subdivision | एलेक्सा नक्शा भर रहे हैं {} की राजधानी क्या लिखें | सिक्किम=IN-SK; तमिलनाडु=IN-TN; तेलंगाना=IN-TS
subdivision | एलेक्सा {} राज्य की राजधानी कहाँ है | त्रिपुरा=IN-TR; उत्तर प्रदेश=IN-UP; उत्तराखंड=IN-UK
subdivision | एलेक्सा केंद्र शासित प्रदेश {} की राजधानी | लद्दाख=IN-LA; लक्षद्वीप=IN-LD; अंडमान निकोबार=IN-AN
subdivision | एलेक्सा यूनियन टेरिटरी {} की राजधानी क्या है | पुडुचेरी=IN-PY; चंडीगढ़=IN-CH; दादरा नगर हवेली=IN-DH
subdivision | एलेक्सा ब्रिटेन के {} की राजधानी | स्कॉटलैंड=GB-SCT; वेल्स=GB-WLS; उत्तरी आयरलैंड=GB-NIR
subdivision | एलेक्सा {} द्वीप की राजधानी क्या है | ग्रीनलैंड=GL; क्रिसमस=CX; नॉरफ़ॉक=NF
subdivision | एलेक्सा {} की राजधानी कौन सा शहर है | प्यूर्टो रिको=PR; गुआम=GU; बरमूडा=BM
subdivision | एलेक्सा {} जो फ्रांस का है उसकी राजधानी | रीयूनियन=RE; मार्टिनिक=MQ; फ्रेंच गयाना=GF
subdivision | एलेक्सा फ्रांस वाले {} की राजधानी बताओ | ग्वाडेलोप=GP; मायोट=YT; न्यू कैलेडोनिया=NC
subdivision | एलेक्सा ब्रिटिश इलाका {} उसकी राजधानी | फ़ॉकलैंड आइलैंड्स=FK; जिब्राल्टर=GI; केमैन आइलैंड्स=KY
subdivision | एलेक्सा {} नाम की जगह की राजधानी | सेंट हेलेना=SH; मोंटसेराट=MS; एंगुइला=AI
subdivision | एलेक्सा {} की कैपिटल क्या है | तुर्क्स और कैकोस=TC; ब्रिटिश वर्जिन आइलैंड्स=VG; अमेरिकी वर्जिन आइलैंड्स=VI
subdivision | एलेक्सा {} टापू की राजधानी | कुक आइलैंड्स=CK; अमेरिकन समोआ=AS; उत्तरी मारियाना=MP
subdivision | एलेक्सा {} की राजधानी बता दो | फ़रो द्वीप=FO; आलैंड द्वीप=AX; स्वालबार्ड=SJ
subdivision | एलेक्सा नीदरलैंड वाले {} की राजधानी | अरूबा=AW; कुराकाओ=CW; सिंट मार्टेन=SX
subdivision | एलेक्सा {} की राजधानी कौन सी है जी | जर्सी द्वीप=JE; ग्वेर्नसी=GG; आइल ऑफ़ मैन=IM
subdivision | एलेक्सा हांगकांग की राजधानी क्या है | HK
subdivision | एलेक्सा मकाऊ की राजधानी | MO
subdivision | एलेक्सा कोसोवो की राजधानी बताओ | XK
subdivision | एलेक्सा वेटिकन सिटी की राजधानी | VA
subdivision | एलेक्सा ऑस्ट्रेलियन कैपिटल टेरिटरी की राजधानी | AU-ACT
subdivision | एलेक्सा नॉर्दर्न टेरिटरी की राजधानी डार्विन है ना | AU-NT
subdivision | एलेक्सा ओंटारियो की राजधानी टोरंटो है | CA-ON
subdivision | एलेक्सा न्यू ब्रंसविक की राजधानी | CA-NB
subdivision | एलेक्सा न्यूफ़ाउंडलैंड की राजधानी | CA-NL
subdivision | एलेक्सा ब्रिटिश कोलंबिया की राजधानी विक्टोरिया है क्या | CA-BC
subdivision | एलेक्सा नॉर्थ राइन वेस्टफेलिया की राजधानी | DE-NW
subdivision | एलेक्सा हैम्बर्ग राज्य की राजधानी | DE-HH
subdivision | एलेक्सा ब्रेमेन राज्य की राजधानी | DE-HB
subdivision | एलेक्सा बर्लिन राज्य की राजधानी | DE-BE
subdivision | एलेक्सा साओ पाउलो राज्य की राजधानी | BR-SP
subdivision | एलेक्सा रियो डी जेनेरो राज्य की राजधानी | BR-RJ
subdivision | एलेक्सा चियापास की राजधानी | MX-CHP
subdivision | एलेक्सा वॉशिंगटन डीसी की राजधानी | US-DC
subdivision | एलेक्सा दुनिया की राजधानियाँ से पूछो तमिलनाडु की राजधानी क्या है | IN-TN
subdivision | एलेक्सा दुनिया की राजधानियाँ से पूछो टेक्सास की राजधानी | US-TX
subdivision | एलेक्सा दिल्ली प्रदेश की राजधानी | IN-DL
subdivision | एलेक्सा सिंध प्रांत की राजधानी क्या है | FB
subdivision | एलेक्सा खैबर पख्तूनख्वा की राजधानी | FB
subdivision | एलेक्सा गिलगित बाल्टिस्तान की राजधानी | FB
subdivision | एलेक्सा बाली की राजधानी क्या है | FB
subdivision | एलेक्सा टस्कनी की राजधानी | FB
subdivision | एलेक्सा अंडालूसिया की राजधानी | FB
subdivision | एलेक्सा नॉर्मंडी की राजधानी | FB
subdivision | एलेक्सा ज़ांज़ीबार की राजधानी | FB
subdivision | एलेक्सा कुर्दिस्तान की राजधानी | FB
subdivision | एलेक्सा चेचन्या की राजधानी | FB
subdivision | एलेक्सा क्रीमिया की राजधानी | FB
subdivision | एलेक्सा ओकिनावा की राजधानी | FB
subdivision | एलेक्सा पूर्वी प्रांत श्रीलंका की राजधानी | FB
subdivision | एलेक्सा कोशी प्रदेश नेपाल की राजधानी | FB
subdivision | एलेक्सा बावरिया वाले देश के राज्य हेस्से की राजधानी फ्रैंकफर्ट है क्या | DE-HE
# plural capitals; a quiz book, a geography test
plural-capitals | एलेक्सा दक्षिण अफ्रीका की तीनों राजधानियाँ कौन सी हैं | ZA
plural-capitals | एलेक्सा साउथ अफ्रीका की राजधानियाँ बताओ | ZA
plural-capitals | एलेक्सा दक्षिण अफ़्रीका की सारी राजधानियाँ क्या क्या हैं | ZA
plural-capitals | एलेक्सा अफ्रीका के दक्षिण वाले देश की तीन राजधानियाँ | ZA
plural-capitals | एलेक्सा दक्षिण अफ्रीका की कितनी राजधानियाँ हैं और कौन कौन | ZA
plural-capitals | एलेक्सा दुनिया की राजधानियाँ से पूछो दक्षिण अफ्रीका की राजधानियाँ | ZA
plural-capitals | एलेक्सा बोलीविया की दोनों राजधानियाँ | BO
plural-capitals | एलेक्सा बोलिविया की राजधानियाँ कौन सी हैं | BO
plural-capitals | एलेक्सा बोलीविया की दो राजधानियों के नाम बताओ | BO
plural-capitals | एलेक्सा बोलीविया में दो राजधानी हैं ना कौन कौन सी | BO
plural-capitals | एलेक्सा बोलीविया की सब राजधानियाँ बोलो | BO
plural-capitals | एलेक्सा नीदरलैंड की दोनों राजधानियाँ बताओ | NL
plural-capitals | एलेक्सा नीदरलैंड्स की राजधानियाँ कौन सी हैं | NL
plural-capitals | एलेक्सा हॉलैंड की दो राजधानियाँ कौन सी | NL
plural-capitals | एलेक्सा नीदरलैंड में कितनी राजधानियाँ हैं नाम बताओ | NL
plural-capitals | एलेक्सा नेदरलैंड की राजधानियों के नाम | NL
plural-capitals | एलेक्सा मलेशिया की दोनों राजधानियाँ | MY
plural-capitals | एलेक्सा मलेशिया की राजधानियाँ कौन कौन सी हैं | MY
plural-capitals | एलेक्सा मलेशिया की दो राजधानियाँ बताओ | MY
plural-capitals | एलेक्सा मलेशिया की सारी राजधानियों के नाम | MY
plural-capitals | एलेक्सा मलयेशिया की दोनों कैपिटल | MY
plural-capitals | एलेक्सा श्रीलंका की दोनों राजधानियाँ | LK
plural-capitals | एलेक्सा श्रीलंका की राजधानियाँ कौन सी हैं | LK
plural-capitals | एलेक्सा लंका की दो राजधानियों के नाम | LK
plural-capitals | एलेक्सा श्री लंका की सब राजधानियाँ बताओ | LK
plural-capitals | एलेक्सा बेनिन की दोनों राजधानियाँ कौन सी हैं | BJ
plural-capitals | एलेक्सा बेनिन की राजधानियाँ बताओ | BJ
plural-capitals | एलेक्सा बेनिन देश की दो राजधानियाँ | BJ
plural-capitals | एलेक्सा बेनिन की सारी राजधानियाँ | BJ
plural-capitals | एलेक्सा आइवरी कोस्ट की दोनों राजधानियाँ | CI
plural-capitals | एलेक्सा कोट डी आइवर की राजधानियाँ कौन सी हैं | CI
plural-capitals | एलेक्सा आइवरी कोस्ट की दो राजधानियों के नाम | CI
plural-capitals | एलेक्सा आइवरी कोस्ट की सब राजधानियाँ | CI
plural-capitals | एलेक्सा एस्वातिनी की दोनों राजधानियाँ | SZ
plural-capitals | एलेक्सा स्वाज़ीलैंड की राजधानियाँ कौन सी हैं | SZ
plural-capitals | एलेक्सा इस्वातिनी की दो राजधानियाँ बताओ | SZ
plural-capitals | एलेक्सा एस्वाटिनी की सारी राजधानियाँ | SZ
plural-capitals | एलेक्सा जम्मू कश्मीर की दोनों राजधानियाँ | IN-JK
plural-capitals | एलेक्सा उत्तराखंड की दोनों राजधानियाँ बताओ | IN-UK
plural-capitals | एलेक्सा फ़िलिस्तीन की राजधानियाँ कौन सी हैं | PS
plural-capitals | एलेक्सा मोंटसेराट की दोनों राजधानियाँ | MS
# help
help | एलेक्सा मदद करो | HELP
help | एलेक्सा दुनिया की राजधानियाँ में क्या क्या पूछ सकते हैं | HELP
help | एलेक्सा ये राजधानी वाला कैसे चलता है | HELP
help | एलेक्सा सहायता चाहिए | HELP
help | एलेक्सा मुझे समझ नहीं आ रहा क्या बोलूँ | HELP
help | एलेक्सा मैं इसमें क्या पूछूँ | HELP
help | एलेक्सा हेल्प | HELP
help | एलेक्सा इस स्किल में कैसे सवाल पूछते हैं | HELP
help | एलेक्सा कुछ उदाहरण दो क्या पूछ सकते हैं | HELP
help | एलेक्सा ये कैसे इस्तेमाल करना है बताओ | HELP
help | एलेक्सा मदद चाहिए भाई | HELP
help | एलेक्सा मेरे को समझाओ ये क्या करता है | HELP
help | एलेक्सा दुनिया की राजधानियाँ से मदद | HELP
help | एलेक्सा इसमें कौन कौन से देश पूछ सकते हैं | HELP
help | एलेक्सा क्या बोलना है मुझे कुछ समझ नहीं आया | HELP
help | एलेक्सा गाइड करो | HELP
help | एलेक्सा हेल्प मी प्लीज़ | HELP
help | एलेक्सा इसके निर्देश सुनाओ | HELP
help | एलेक्सा मुझे नियम बताओ | HELP
help | एलेक्सा कैसे पूछूँ राजधानी | HELP
help | एलेक्सा मैं पहली बार इस्तेमाल कर रहा हूँ क्या करना है | HELP
help | एलेक्सा मेरी मदद कीजिए | HELP
help | एलेक्सा इसका तरीका बताओ | HELP
# stop
stop | एलेक्सा रुक जाओ | STOP
stop | एलेक्सा स्टॉप करो | STOP
stop | एलेक्सा बंद कर दो दुनिया की राजधानियाँ | STOP
stop | एलेक्सा बाहर निकलो | STOP
stop | एलेक्सा एग्ज़िट | STOP
stop | एलेक्सा बस हो गया | STOP
stop | एलेक्सा अब बस करो मुझे नहीं सुनना | STOP
stop | एलेक्सा ख़त्म करो | STOP
stop | एलेक्सा स्किल बंद करो | STOP
stop | एलेक्सा चुप | STOP
stop | एलेक्सा बोलना बंद करो | STOP
stop | एलेक्सा शांत हो जाओ | STOP
stop | एलेक्सा आवाज़ बंद | STOP
stop | एलेक्सा क्विट | STOP
stop | एलेक्सा बंद हो जाइए | STOP
stop | एलेक्सा अभी के लिए इतना ही | STOP
stop | एलेक्सा चलो बाय | STOP
stop | एलेक्सा अलविदा | STOP
stop | एलेक्सा राजधानी वाला बंद करो | STOP
stop | एलेक्सा थम जा | STOP
stop | एलेक्सा अब और नहीं बंद करो | STOP
stop | एलेक्सा सो जाओ | STOP
# cancel
cancel | एलेक्सा कैंसल | CANCEL
cancel | एलेक्सा रद्द करो | CANCEL
cancel | एलेक्सा रहने दो | CANCEL
cancel | एलेक्सा छोड़ो | CANCEL
cancel | एलेक्सा कुछ नहीं | CANCEL
cancel | एलेक्सा नहीं चाहिए | CANCEL
cancel | एलेक्सा कोई बात नहीं | CANCEL
cancel | एलेक्सा भूल जाओ | CANCEL
cancel | एलेक्सा जाने दो | CANCEL
cancel | एलेक्सा मैंने गलती से बोला रहने दो | CANCEL
cancel | एलेक्सा पूछना नहीं है अब | CANCEL
cancel | एलेक्सा सवाल रद्द करो | CANCEL
cancel | एलेक्सा नहीं नहीं रहने दो | CANCEL
cancel | एलेक्सा कैंसिल कर दीजिए | CANCEL
cancel | एलेक्सा मत बताओ | CANCEL
cancel | एलेक्सा छोड़ दो इसे | CANCEL
cancel | एलेक्सा रहन दो कोई ज़रूरत नहीं | CANCEL
cancel | एलेक्सा अरे नहीं पूछना था | CANCEL
cancel | एलेक्सा इसको रोक दो कैंसल | CANCEL
cancel | एलेक्सा रहने दीजिए जी | CANCEL
cancel | एलेक्सा वो सवाल कैंसल करो | CANCEL
cancel | एलेक्सा नहीं अभी नहीं | CANCEL
# launch
launch | एलेक्सा दुनिया की राजधानियाँ खोलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ चालू करो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ शुरू करो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ स्किल खोलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ लगाओ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ चलाओ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ ओपन करो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोल दो ज़रा | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ वाला स्किल चलाओ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ से बात करनी है | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ शुरू कीजिए | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोलिए | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ को बुलाओ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ स्टार्ट करो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ चालू कर दे भाई | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोल तो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोलो ना | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ लॉन्च करो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ वाला गेम खोलो | LAUNCH
launch | एलेक्सा ज़रा दुनिया की राजधानियाँ खोलना | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोल दे सा | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोल दो तनक | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोलो बच्चे को पढ़ाना है | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोलो मुझे कुछ पूछना है | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ जगाओ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ में चलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ वाले को खोलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ शुरू करके दो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोल दो क्विज़ खेलना है | LAUNCH
launch | एलेक्सा अब दुनिया की राजधानियाँ चलाओ | LAUNCH
launch | एलेक्सा प्लीज़ दुनिया की राजधानियाँ खोल दो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ एक बार खोलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ फिर से खोलो | LAUNCH
launch | एलेक्सा हौ दुनिया की राजधानियाँ खोलो मियां | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ चालू करो पहलवान जी को सुनना है | LAUNCH
launch | एलेक्सा ठेले पे खड़े हैं दुनिया की राजधानियाँ खोलो | LAUNCH
launch | एलेक्सा डेरी पे बैठे हैं दुनिया की राजधानियाँ लगा दो | LAUNCH
launch | एलेक्सा नानी के लिए दुनिया की राजधानियाँ ओपन करो | LAUNCH
launch | एलेक्सा कृपया दुनिया की राजधानियाँ शुरू कीजिए मैं अभ्यास करना चाहती हूँ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ चालू करो प्रीलिम्स की तैयारी करनी है | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोलो ग्राहक बैठे हैं | LAUNCH
launch | एलेक्सा ड्यूटी ख़त्म हुई दुनिया की राजधानियाँ खोलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोल के रख दे भिडू | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोलो सवारी को दिखाना है | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ चला दे रहन दे गाना | LAUNCH
launch | एलेक्सा करघा बंद करके दुनिया की राजधानियाँ खोलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ शुरू कर स्टैंडअप से पहले | LAUNCH
launch | एलेक्सा मिगी दुनिया की राजधानियाँ खोली देओ | LAUNCH
stop | एलेक्सा राजधानियों वाला खेल अब बंद कर दो बच्चा सो गया | STOP
stop | एलेक्सा दुनिया की राजधानियाँ से बाहर आ जाओ | STOP
stop | एलेक्सा पढ़ाई हो गई अब बंद करो ये | STOP
stop | एलेक्सा बहुत हो गया राजधानी राजधानी बंद करो | STOP
stop | एलेक्सा मेहमान आ गए बंद कर दो अभी | STOP
stop | एलेक्सा खाना लग गया स्किल बंद करो | STOP
stop | एलेक्सा राजधानियाँ बंद करके सो जाओ | STOP
# follow-ups, said within a session
follow-up | और फ़िलिस्तीन की | PS
follow-up | और उत्तर कोरिया | KP
follow-up | और दक्षिण कोरिया का | KR
follow-up | और कांगो गणराज्य | CG
follow-up | और डीआर कांगो की | CD
follow-up | अच्छा और पेरू | PE
follow-up | और ब्राज़ील की | BR
follow-up | फिर जापान का | JP
follow-up | अब चीन की बताओ | CN
follow-up | और मेक्सिको | MX
follow-up | और उसके बाद कनाडा की | CA
follow-up | अच्छा तो इटली की | IT
follow-up | और यूक्रेन वाला | UA
follow-up | और नेपाल का क्या | NP
follow-up | और भूटान | BT
follow-up | और अब केरल की | IN-KL
follow-up | और महाराष्ट्र का | IN-MH
follow-up | एलेक्सा और स्विट्ज़रलैंड | CH
follow-up | और फ्रांस की भी बता दो | FR
follow-up | अब रूस का बताओ | RU
follow-up | और इंग्लैंड की | GB-ENG
follow-up | और ईरान | IR
follow-up | और अब फिनलैंड | FI
follow-up | और मोरक्को की बताओ | MA
follow-up | और उसके पड़ोसी पाकिस्तान की | PK
follow-up | ठीक है अब तुर्की | TR
follow-up | एलेक्सा और फ़िलिस्तीन का क्या | PS
# yes/no checks
yes-no-check | एलेक्सा क्या पेरिस फ्रांस की राजधानी है | FR
yes-no-check | एलेक्सा सिडनी ऑस्ट्रेलिया की राजधानी है ना | AU
yes-no-check | एलेक्सा क्या टोरंटो कनाडा की राजधानी है | CA
yes-no-check | एलेक्सा इस्तांबुल तुर्की की राजधानी है क्या | TR
yes-no-check | एलेक्सा क्या रामल्लाह फ़िलिस्तीन की राजधानी है | PS
yes-no-check | एलेक्सा क्या प्योंगयांग उत्तर कोरिया की राजधानी है | KP
yes-no-check | एलेक्सा सियोल दक्षिण कोरिया की राजधानी है या बुसान | KR
yes-no-check | एलेक्सा किंशासा कांगो की राजधानी है क्या | CD
yes-no-check | एलेक्सा ब्राज़ाविल कांगो गणराज्य की राजधानी है ना | CG
yes-no-check | एलेक्सा क्या मुंबई भारत की राजधानी है | IN
yes-no-check | एलेक्सा कराची पाकिस्तान की राजधानी है क्या | PK
yes-no-check | एलेक्सा न्यूयॉर्क अमेरिका की राजधानी है ना | US
yes-no-check | एलेक्सा ज़्यूरिख स्विट्ज़रलैंड की राजधानी है क्या | CH
yes-no-check | एलेक्सा क्या दुबई यूएई की राजधानी है | AE
yes-no-check | एलेक्सा क्या लागोस नाइजीरिया की राजधानी है | NG
yes-no-check | एलेक्सा रियो ब्राज़ील की राजधानी है क्या | BR
yes-no-check | एलेक्सा क्या अल्माटी कज़ाखस्तान की राजधानी है | KZ
yes-no-check | एलेक्सा यांगून म्यांमार की राजधानी है ना | MM
yes-no-check | एलेक्सा क्या बेंगलुरु कर्नाटक की राजधानी है | IN-KA
yes-no-check | एलेक्सा इंदौर मध्य प्रदेश की राजधानी है क्या | IN-MP
yes-no-check | एलेक्सा क्या ऑकलैंड न्यूज़ीलैंड की राजधानी है | NZ
yes-no-check | एलेक्सा क्या प्रिटोरिया दक्षिण अफ्रीका की राजधानी है | ZA
yes-no-check | एलेक्सा ला पाज़ बोलीविया की राजधानी है ना | BO
yes-no-check | एलेक्सा क्या कुआलालंपुर मलेशिया की राजधानी है | MY
yes-no-check | एलेक्सा एम्स्टर्डम नीदरलैंड की राजधानी है या हेग | NL
yes-no-check | एलेक्सा क्या गुवाहाटी असम की राजधानी है | IN-AS
yes-no-check | एलेक्सा जेनेवा स्विस राजधानी है क्या | CH
yes-no-check | एलेक्सा दुनिया की राजधानियाँ से पूछो क्या काबुल अफगानिस्तान की राजधानी है | AF
yes-no-check | एलेक्सा क्या पूर्वी यरूशलम फ़िलिस्तीन की राजधानी है | PS
# self-corrections
self-correction | एलेक्सा ऑस्ट्रिया की राजधानी नहीं नहीं ऑस्ट्रेलिया की | AU
self-correction | एलेक्सा स्वीडन की राजधानी अरे नहीं स्विट्ज़रलैंड की | CH
self-correction | एलेक्सा इराक की माफ़ करना ईरान की राजधानी | IR
self-correction | एलेक्सा उत्तर कोरिया नहीं दक्षिण कोरिया की राजधानी बताओ | KR
self-correction | एलेक्सा दक्षिण कोरिया की मतलब उत्तर कोरिया की राजधानी | KP
self-correction | एलेक्सा इज़राइल की नहीं फ़िलिस्तीन की राजधानी | PS
self-correction | एलेक्सा कांगो की राजधानी मतलब डेमोक्रेटिक वाला कांगो | CD
self-correction | एलेक्सा डीआर कांगो नहीं दूसरा वाला कांगो गणराज्य की राजधानी | CG
self-correction | एलेक्सा स्लोवाकिया की सॉरी स्लोवेनिया की राजधानी | SI
self-correction | एलेक्सा नाइजीरिया की राजधानी नहीं रुको नाइजर की | NE
self-correction | एलेक्सा गिनी की नहीं गिनी बिसाऊ की राजधानी | GW
self-correction | एलेक्सा लातविया की उह लिथुआनिया की राजधानी | LT
self-correction | एलेक्सा हंगरी नहीं बुल्गारिया की राजधानी बताओ | BG
self-correction | एलेक्सा पंजाब की नहीं हरियाणा की राजधानी | IN-HR
self-correction | एलेक्सा मणिपुर की राजधानी अरे नहीं मिज़ोरम की | IN-MZ
self-correction | एलेक्सा जमैका की ना ना जॉर्डन की राजधानी | JO
self-correction | एलेक्सा ऑस्ट्रेलिया की नहीं ऑस्ट्रिया की राजधानी | AT
self-correction | एलेक्सा मलावी की गलत बोला माली की राजधानी | ML
self-correction | एलेक्सा ईरान नहीं इराक की राजधानी बताओ | IQ
self-correction | एलेक्सा ओमान की नहीं यमन की | YE
self-correction | एलेक्सा पराग्वे की नहीं उरुग्वे की राजधानी | UY
self-correction | एलेक्सा डोमिनिका नहीं डोमिनिकन रिपब्लिक की राजधानी | DO
self-correction | एलेक्सा कोलंबिया की मतलब कंबोडिया की राजधानी | KH
self-correction | एलेक्सा सूडान की नहीं दक्षिण सूडान की | SS
self-correction | एलेक्सा मॉरीशस नहीं मॉरिटानिया की राजधानी | MR
self-correction | एलेक्सा तेलंगाना की सॉरी आंध्र प्रदेश की राजधानी | IN-AP
# reverse questions
reverse-question | एलेक्सा नैरोबी किस देश की राजधानी है | CITY:नैरोबी
reverse-question | एलेक्सा काठमांडू किस देश की राजधानी है | CITY:काठमांडू
reverse-question | एलेक्सा कैनबरा किसकी राजधानी है | CITY:कैनबरा
reverse-question | एलेक्सा ओटावा किस मुल्क की राजधानी है | CITY:ओटावा
reverse-question | एलेक्सा किस देश की राजधानी बर्लिन है | CITY:बर्लिन
reverse-question | एलेक्सा हनोई कौन से देश की राजधानी है | CITY:हनोई
reverse-question | एलेक्सा अदीस अबाबा किस देश की राजधानी है | CITY:अदीस अबाबा
reverse-question | एलेक्सा लीमा किस देश की राजधानी है | CITY:लीमा
reverse-question | एलेक्सा थिम्पू किस देश की राजधानी है | CITY:थिंपू
reverse-question | एलेक्सा ब्यूनस आयर्स किसकी राजधानी है | CITY:ब्यूनस आयरस
reverse-question | एलेक्सा रेक्याविक किस देश की राजधानी | CITY:रेक्याविक
reverse-question | एलेक्सा उलानबटोर किस देश की राजधानी है | CITY:उलानबातर
reverse-question | एलेक्सा ताशकंद किस देश की राजधानी है | CITY:ताशकंद
reverse-question | एलेक्सा प्योंगयांग किसकी राजधानी है | CITY:प्योंगयांग
reverse-question | एलेक्सा सियोल किस देश की राजधानी है | CITY:सिओल
reverse-question | एलेक्सा किंशासा किस देश की राजधानी है | CITY:किंशासा
reverse-question | एलेक्सा ब्राज़ाविल किस देश की राजधानी है | CITY:ब्राज़ाविले
reverse-question | एलेक्सा रामल्लाह किसकी राजधानी है | CITY:रामल्लाह
reverse-question | एलेक्सा प्रिटोरिया किस देश की राजधानी है | CITY:प्रिटोरिया
reverse-question | एलेक्सा सूक्रे किस देश की राजधानी है | CITY:सूक्रे
reverse-question | एलेक्सा हेग किस देश की राजधानी है | CITY:हेग
reverse-question | एलेक्सा पुत्रजया किस देश की राजधानी है | CITY:पुत्रजया
reverse-question | एलेक्सा गांधीनगर किस राज्य की राजधानी है | CITY:गांधीनगर
reverse-question | एलेक्सा दिसपुर किसकी राजधानी है | CITY:दिसपुर
reverse-question | एलेक्सा शिलांग किस राज्य की राजधानी है | CITY:शिलांग
reverse-question | एलेक्सा कोहिमा किस प्रदेश की राजधानी है | CITY:कोहिमा
reverse-question | एलेक्सा अबुजा कौन से देश की राजधानी है | CITY:अबुजा
reverse-question | एलेक्सा विंडहोक किसकी राजधानी है | CITY:विंडहोक
reverse-question | एलेक्सा वह कौन सा देश है जिसकी राजधानी मनीला है | CITY:मनीला
reverse-question | एलेक्सा किस राज्य की राजधानी इंफाल है | CITY:इंफाल
reverse-question | एलेक्सा दुनिया की राजधानियाँ में पूछो लुसाका किस देश की राजधानी है | CITY:लुसाका
# official names
official-name | एलेक्सा संयुक्त राज्य अमेरिका की राजधानी | US
official-name | एलेक्सा कांगो लोकतांत्रिक गणराज्य की राजधानी क्या है | CD
official-name | एलेक्सा कांगो गणराज्य की राजधानी क्या है | CG
official-name | एलेक्सा डेमोक्रेटिक रिपब्लिक ऑफ़ कांगो की राजधानी | CD
official-name | एलेक्सा रिपब्लिक ऑफ़ कांगो की राजधानी | CG
official-name | एलेक्सा डेमोक्रेटिक पीपल्स रिपब्लिक ऑफ़ कोरिया की राजधानी | KP
official-name | एलेक्सा रिपब्लिक ऑफ़ कोरिया की राजधानी | KR
official-name | एलेक्सा फ़िलिस्तीन राष्ट्र की राजधानी क्या है | PS
official-name | एलेक्सा ग्रेट ब्रिटेन और उत्तरी आयरलैंड का यूनाइटेड किंगडम उसकी राजधानी | GB
official-name | एलेक्सा रूसी संघ की राजधानी | RU
official-name | एलेक्सा चीनी जनवादी गणराज्य की राजधानी | CN
official-name | एलेक्सा इस्लामी गणराज्य ईरान की राजधानी | IR
official-name | एलेक्सा इस्लामी गणराज्य पाकिस्तान की राजधानी क्या है | PK
official-name | एलेक्सा संघीय लोकतांत्रिक गणराज्य नेपाल की राजधानी | NP
official-name | एलेक्सा बोलीविया बहुराष्ट्रीय राज्य की राजधानी | BO
official-name | एलेक्सा भारत गणराज्य की राजधानी | IN
official-name | एलेक्सा संयुक्त अरब अमीरात की राजधानी | AE
official-name | एलेक्सा हाशमी किंगडम ऑफ़ जॉर्डन की राजधानी | JO
official-name | एलेक्सा लोकतांत्रिक समाजवादी गणराज्य श्रीलंका की राजधानी | LK
official-name | एलेक्सा फेडरल रिपब्लिक ऑफ़ जर्मनी की राजधानी | DE
official-name | एलेक्सा किंगडम ऑफ़ द नीदरलैंड्स की राजधानी | NL
official-name | एलेक्सा फ़ेडरेटेड स्टेट्स ऑफ़ माइक्रोनेशिया की राजधानी | FM
official-name | एलेक्सा बोलीवेरियन रिपब्लिक ऑफ़ वेनेज़ुएला की राजधानी | VE
official-name | एलेक्सा लाओ पीपल्स डेमोक्रेटिक रिपब्लिक की राजधानी | LA
official-name | एलेक्सा मध्य अफ़्रीकी गणराज्य की राजधानी | CF
official-name | एलेक्सा दुनिया की राजधानियाँ से पूछो यूनाइटेड रिपब्लिक ऑफ़ तंज़ानिया की राजधानी | TZ
# everyday and old names
everyday-name | एलेक्सा बर्मा की राजधानी क्या है | MM
everyday-name | एलेक्सा सीलोन की राजधानी | LK
everyday-name | एलेक्सा हॉलैंड की राजधानी | NL
everyday-name | एलेक्सा अमरीका की राजधानी क्या है | US
everyday-name | एलेक्सा ब्रिटेन की राजधानी | GB
everyday-name | एलेक्सा यूएई की राजधानी | AE
everyday-name | एलेक्सा सऊदी की राजधानी क्या है | SA
everyday-name | एलेक्सा चेक की राजधानी | CZ
everyday-name | एलेक्सा स्वाज़ीलैंड की राजधानी | SZ
everyday-name | एलेक्सा ईस्ट तिमोर की राजधानी | TL
everyday-name | एलेक्सा आइवरी कोस्ट की राजधानी | CI
everyday-name | एलेक्सा टर्की की राजधानी | TR
everyday-name | एलेक्सा ईजिप्ट की राजधानी | EG
everyday-name | एलेक्सा यूनान की राजधानी | GR
everyday-name | एलेक्सा रशिया की राजधानी | RU
everyday-name | एलेक्सा बंबई वाले राज्य की राजधानी | IN-MH
everyday-name | एलेक्सा उड़ीसा की राजधानी | IN-OD
everyday-name | एलेक्सा उत्तरांचल की राजधानी | IN-UK
everyday-name | एलेक्सा पांडिचेरी की राजधानी | IN-PY
everyday-name | एलेक्सा नॉर्थ कोरिया की राजधानी | KP
everyday-name | एलेक्सा ज़ायर की राजधानी | CD
everyday-name | एलेक्सा कांगो किंशासा की राजधानी | CD
everyday-name | एलेक्सा कांगो ब्राज़ाविल की राजधानी | CG
everyday-name | एलेक्सा साउथ कोरिया की राजधानी | KR
everyday-name | एलेक्सा मैसेडोनिया की राजधानी | MK
everyday-name | एलेक्सा यूके की राजधानी | GB
everyday-name | एलेक्सा हिंदुस्तान की राजधानी | IN
everyday-name | एलेक्सा केप वर्डे आइलैंड्स की राजधानी | CV
# shared names
shared-name | एलेक्सा दोनों कांगो की राजधानियाँ | CD+CG
shared-name | एलेक्सा कोरिया की राजधानी क्या है | KR
shared-name | एलेक्सा दोनों कोरिया की राजधानियाँ बताओ | KP+KR
shared-name | एलेक्सा जॉर्जिया देश की राजधानी | GE
shared-name | एलेक्सा अमेरिका वाले जॉर्जिया की राजधानी | US-GA
shared-name | एलेक्सा जॉर्जिया राज्य की राजधानी अटलांटा है ना | US-GA
shared-name | एलेक्सा वॉशिंगटन राज्य की राजधानी | US-WA
shared-name | एलेक्सा पंजाब की राजधानी | IN-PB
shared-name | एलेक्सा गिनी की राजधानी | GN
shared-name | एलेक्सा सूडान की राजधानी | SD
shared-name | एलेक्सा दोनों सूडान की राजधानियाँ | SD+SS
shared-name | एलेक्सा न्यू मेक्सिको की राजधानी | US-NM
shared-name | एलेक्सा मेक्सिको देश की राजधानी | MX
shared-name | एलेक्सा लक्ज़मबर्ग देश की राजधानी | LU
shared-name | एलेक्सा विक्टोरिया किस देश की राजधानी है | CITY:विक्टोरिया
shared-name | एलेक्सा किंग्स्टन किसकी राजधानी है | CITY:किंग्स्टन
shared-name | एलेक्सा डोमिनिका की राजधानी | DM
shared-name | एलेक्सा कांगो नदी वाले बड़े कांगो की राजधानी | CD
shared-name | एलेक्सा छोटे वाले कांगो की राजधानी | CG
shared-name | एलेक्सा आयरलैंड की राजधानी | IE
shared-name | एलेक्सा उत्तरी आयरलैंड की राजधानी बेलफ़ास्ट है | GB-NIR
shared-name | एलेक्सा समोआ की राजधानी | WS
shared-name | एलेक्सा वर्जिन आइलैंड्स की राजधानी | VG+VI
shared-name | एलेक्सा सेंट मार्टिन की राजधानी | MF+SX
shared-name | एलेक्सा कोरिया वाले उत्तर की राजधानी | KP
shared-name | एलेक्सा कांगो की राजधानी | CD+CG
# out-of-domain: weather, timers, music, home devices, trivia about capitals, capitals of continents, "capital" in other senses, former capitals, myth and fiction
out-of-domain | एलेक्सा भारत की जनसंख्या कितनी है | FB
out-of-domain | एलेक्सा दिल्ली की आबादी कितनी है | FB
out-of-domain | एलेक्सा एशिया की राजधानी क्या है | FB
out-of-domain | एलेक्सा यूरोप की राजधानी कौन सी है | FB
out-of-domain | एलेक्सा अफ्रीका महाद्वीप की राजधानी | FB
out-of-domain | एलेक्सा जापान की मुद्रा क्या है | FB
out-of-domain | एलेक्सा फ्रांस के राष्ट्रपति कौन हैं | FB
out-of-domain | एलेक्सा अमेरिका का प्रधानमंत्री कौन है | FB
out-of-domain | एलेक्सा लंदन में अभी कितने बजे हैं | FB
out-of-domain | एलेक्सा दुनिया का सबसे बड़ा देश कौन सा है | FB
out-of-domain | एलेक्सा एवरेस्ट की ऊँचाई कितनी है | FB
out-of-domain | एलेक्सा कैपिटल लेटर का मतलब क्या है | FB
out-of-domain | एलेक्सा कैपिटल गेन टैक्स कितना लगता है | FB
out-of-domain | एलेक्सा राजधानी ट्रेन का पीएनआर स्टेटस बताओ | FB
out-of-domain | एलेक्सा मुग़लों की राजधानी आगरा थी या दिल्ली | FB
out-of-domain | एलेक्सा सम्राट अशोक की राजधानी कौन सी थी | FB
out-of-domain | एलेक्सा रावण की लंका की राजधानी क्या थी | FB
out-of-domain | एलेक्सा अयोध्या किस राजा की राजधानी थी | FB
out-of-domain | एलेक्सा इंद्रप्रस्थ किसकी राजधानी थी | FB
out-of-domain | एलेक्सा इंद्र देव की राजधानी कौन सी है | FB
out-of-domain | एलेक्सा वकांडा की राजधानी क्या है | FB
out-of-domain | एलेक्सा हॉगवर्ट्स कहाँ है | FB
out-of-domain | एलेक्सा मंगल ग्रह की राजधानी | FB
out-of-domain | एलेक्सा एसी का टेम्परेचर चौबीस करो | FB
out-of-domain | एलेक्सा कोई चुटकुला सुनाओ | FB
out-of-domain | एलेक्सा पचास डॉलर कितने रुपये होते हैं | FB
out-of-domain | एलेक्सा फ्रांस की राष्ट्रीय भाषा क्या है | FB
out-of-domain | एलेक्सा चीन की दीवार कितनी लंबी है | FB
out-of-domain | एलेक्सा राजधानी को अंग्रेज़ी में क्या कहते हैं | FB
out-of-domain | एलेक्सा राजधानी शब्द की स्पेलिंग बताओ | FB
out-of-domain | एलेक्सा दुनिया की सबसे छोटी राजधानी कौन सी है | FB
out-of-domain | एलेक्सा किस देश की राजधानी सबसे ऊँचाई पर है | FB
out-of-domain | एलेक्सा दुनिया में कितने देश हैं | FB
out-of-domain | एलेक्सा भारत में कितने राज्य हैं | FB
out-of-domain | एलेक्सा सार्क देशों के नाम बताओ | FB
out-of-domain | एलेक्सा यूरोपियन यूनियन का हेडक्वार्टर कहाँ है | FB
out-of-domain | एलेक्सा संयुक्त राष्ट्र का मुख्यालय कहाँ है | FB
out-of-domain | एलेक्सा राजधानी दिल्ली में आज प्रदूषण कितना है | FB
out-of-domain | एलेक्सा पटना का एक्यूआई बताओ | FB
out-of-domain | एलेक्सा जयपुर को पिंक सिटी क्यों कहते हैं | FB
out-of-domain | एलेक्सा भारत की आर्थिक राजधानी कौन सी है | FB
out-of-domain | एलेक्सा भारत की सांस्कृतिक राजधानी | FB
out-of-domain | एलेक्सा दुनिया की फैशन राजधानी कौन सी है | FB
out-of-domain | एलेक्सा भारत की स्टार्टअप राजधानी कौन सी है | FB
out-of-domain | एलेक्सा अंग्रेज़ों के समय कलकत्ता राजधानी कब तक रहा | FB
out-of-domain | एलेक्सा हैदराबाद के आख़िरी निज़ाम का नाम क्या था | FB
out-of-domain | एलेक्सा वॉल्यूम बढ़ाओ | FB
out-of-domain | एलेक्सा आवाज़ थोड़ी कम करो | FB
out-of-domain | एलेक्सा तुम्हारी उम्र कितनी है | FB
out-of-domain | एलेक्सा तुम कहाँ रहती हो | FB
out-of-domain | एलेक्सा तुम्हारी राजधानी कौन सी है | FB
out-of-domain | एलेक्सा मेरे दिल की राजधानी कौन है | FB
out-of-domain | एलेक्सा कल छुट्टी है क्या | FB
out-of-domain | एलेक्सा बर्लिन की दीवार कब गिरी थी | FB
out-of-domain | एलेक्सा दक्षिण एशिया की राजधानी | FB
out-of-domain | एलेक्सा मध्य पूर्व की राजधानी कौन सी है | FB
out-of-domain | एलेक्सा कैरेबियन की राजधानी | FB
out-of-domain | एलेक्सा लैटिन अमेरिका की राजधानी क्या है | FB
out-of-domain | एलेक्सा सोवियत संघ की राजधानी क्या थी | FB
out-of-domain | एलेक्सा यूगोस्लाविया की राजधानी | FB
out-of-domain | एलेक्सा पूर्वी जर्मनी की राजधानी क्या थी | FB
out-of-domain | एलेक्सा ऑटोमन साम्राज्य की राजधानी | FB
out-of-domain | एलेक्सा अवध की राजधानी कौन सी थी | FB
out-of-domain | एलेक्सा मराठा साम्राज्य की राजधानी | FB
out-of-domain | एलेक्सा चोल साम्राज्य की राजधानी | FB
out-of-domain | एलेक्सा पूर्वी पाकिस्तान की राजधानी | FB
out-of-domain | एलेक्सा ओशिनिया की राजधानी | FB
out-of-domain | एलेक्सा उत्तरी ध्रुव की राजधानी | FB
out-of-domain | एलेक्सा पैरिस में एफ़िल टॉवर कितना ऊँचा है | FB
out-of-domain | एलेक्सा टोक्यो में अभी कितने बजे हैं | FB
out-of-domain | एलेक्सा रोम एक दिन में नहीं बना इसका मतलब | FB
out-of-domain | एलेक्सा कैपिटल पनिशमेंट क्या होता है | FB
out-of-domain | एलेक्सा वर्किंग कैपिटल का फ़ॉर्मूला | FB
out-of-domain | एलेक्सा राजधानियाँ याद करने का आसान तरीका | FB
out-of-domain | एलेक्सा भारत के पड़ोसी देश कौन कौन से हैं | FB
out-of-domain | एलेक्सा अमरावती महाराष्ट्र वाली में आज मौसम | FB
"""

if __name__ == "__main__":
    build_round(52, "hi", LINES, sys.argv, "tests/Eval/hi/round52/source/build_corpus.py")
