"""Round 54, Hindi (hi-IN): a new author's own mix, written blind in the sixty-second session (brief WRITER70.md), for
this session's tuner. Speakers and situations chosen apart from Hindi round 53 (Braj, Nimadi, Santhali speakers' Hindi,
Angika, Wagdi, Kinnauri and Lahauli speakers' Hindi, Egyptian and Sudanese and Russian learners, Indian families in
Mauritius, Afghan Sikh and Hindu families in Tilak Nagar, Awadhi potters, beekeepers, fire-brigade crews, pathology lab
technicians, district librarians, sugarcane farmers, hospital ward boys, Kannauj attar makers, Dooars tea-garden
workers, forest guards, agariya salt-pan workers, Firozabad bangle makers, Patna tent-house decorators, Bikaner pickle
and papad makers, brick-kiln workers, Gurugram lift operators, Sahebganj ferry crews, Ujjain flower sellers, Bhiwandi
courier sorters, sign-language interpreters, cycle-rickshaw pullers, Bareilly kite makers, Agra cold-storage potato
traders, Haridwar Ayurvedic pharmacy workers), from round 52 (Dakhini, Dhundhari, Bundeli, Kumaoni, Chhattisgarhi,
Haryanvi, Dogri, Maithili, Magahi, Bambaiya, Bengali, Gujarati, Telugu, Kannada and Punjabi speakers' Hindi, British
Asian children in Leicester and Southall, German and French students in Varanasi, NRI families in New Jersey and Texas,
barbers, carpenters, motor mechanics, dairy farmers and milkmen, Banarasi silk weavers, railway porters, akhara
wrestlers, UPSC aspirants, software engineers, police constables, property dealers, chaat and golgappa vendors,
goldsmiths, Varanasi boatmen), from round 51 (Bagheli, Kangri, Sindhi speakers' Hindi, Konkani, Tamil, Malayalam, Odia
and Kashmiri speakers' Hindi, Koli fishermen, Banjara (Lambadi), Korean and Japanese learners, grain-mandi arhtiyas,
temple priests, tailors, electricians and linemen, kirana shopkeepers, gym trainers, night-shift call-centre agents,
halwais and wedding cooks, bank clerks, district-court lawyers and munshis, roadways bus conductors, cricket-academy
coaches, women's self-help groups, wedding photographers, Rishikesh yoga teachers, medical representatives,
food-delivery riders), from round 50 (Mewari, Surgujia, Kurukh speakers' Hindi, Jaunsari, Mizo and Bodo speakers'
Hindi, Nepali speakers' Hindi, Trinidad and Guyana Hindustani, Durban Indian Hindi, app-cab drivers, railway TTEs,
airline cabin crew, chemists, postmen, housing-society guards, beauticians, wedding DJs, radio jockeys, college
professors, blind and low-vision users, grandfathers and retired railwaymen, Sanskrit pathshala students, Mumbai
dabbawalas), from round 49 (Bajjika, Khortha, Halbi, Ahirani, Vidarbha Hindi, Kutchi, Ladakhi and Tibetan speakers'
Hindi, Meitei speakers' Hindi, Nagamese, Tulu speakers' Hindi, Gulf workers, Afghan refugees, truck drivers, chartered
accountants, stock traders, Kota students, teen gamers, Anganwadi and ASHA workers, Kauravi, tour guides, stamp and
coin collectors, construction workers, Parsis, Anglo-Indians) and from the groups named for rounds 48 to 44 (Garhwali,
Malvi, Mewati, Nagpuri/Sadri, Fiji Hindi, Sarnami, Madhesi, Bhili, Marwari, Shekhawati, Harauti, Bhojpuri, Gorkha
Hindi, Guwahati and Shillong Hindi, Shuddh Hindi, retired soldiers, grandmothers, auto-rickshaw drivers, a TV newsroom,
nurses, sailors and the rest listed there).

Regions, each a family: Surjapuri from Kishanganj and Purnia (`surjapuri`, "का राजधानी कौन छे", "हामरा के बताओ",
"नाहीं"), Kulluvi from Kullu and Manali (`kulluvi`, "री राजधानी कुण सी आ", "म्हारा बताओ", "बस कर हुण"), Sirmauri from
Nahan and Paonta (`sirmauri`, "कौणी सी", "रहण दे"), Kannauji from Farrukhabad and Etawah (`kannauji`, "कौन हइ", "हमका
बताइ देओ"), Bhadrawahi from Doda and Bhaderwah (`bhadrawahi`, "कुण्ही ऐ", "असन्नू दस्सो") and the mixed Hindi of Port
Blair (`andaman`, "अपुन को बताओ", "छोड़ो बाबा"). Migrants and learners: Uzbek students of Hindi in Tashkent
(`uzbeklearner`, "मैं हिंदी सीखता हूँ", "कृपया धीरे बोलिए"), Indian families in Nairobi and Mombasa (`nairobi`, "बेटा
बताओ", "अपने घर से"), Polish students of Hindi in Warsaw and Kraków (`polishlearner`, "मेरी कक्षा के लिए", "क्या आप
जानती हैं") and Chinese students of Hindi in Beijing and Shanghai (`chineselearner`, "मैं चीन से हूँ"). Jobs: Gaddi
shepherds in Chamba and Bharmour (`gaddi`, "भेडां चरांदे", "छड्ड दे"), dhobis at Mumbai's Dhobi Ghat (`dhobi`, "बता
रे", "घाट पे से"), petrol-pump attendants on an expressway night shift (`petrolpump`, "नोज़ल", "ग्राहक पूछ रहा"), Kanpur
newspaper hawkers at dawn (`akhbar`, "अख़बार बाँटते हुए"), mobile-repair shop workers in Nehru Place (`mobilerepair`,
"सोल्डरिंग", "स्क्रीन बदल रहा हूँ"), Jaipur house painters before Diwali (`painter`, "पुताई", "ठेकेदार जी"), Ludhiana
plumbers (`plumber`, "टंकी", "पाइप कसते"), Old Delhi kulfi sellers (`kulfi`, "मटका"), Kathputli-colony puppeteers
(`kathputli`, "कठपुतली नचावां", "रेवा दो"), Lajpat Nagar mehndi artists (`mehndi`, "हाथ भरे हुए हैं"), toll-plaza staff
near Kishangarh (`tollplaza`, "फ़ास्टैग", "बूम"), Delhi Metro station staff (`metro`, "आख़िरी मेट्रो"), photocopy-shop
owners outside a Sikar tehsil (`photocopy`), Bhopal cobblers (`mochi`, "पालिश"), tea-stall owners at a Sitapur bus stand
(`chaiwala`, "चाय उबल रही है"), Ambala highway dhaba cooks (`dhaba`, "तंदूर कोल", "रोटी सेक रहे आं"), Meerut
wedding-band players (`bandwala`, "बारात", "उस्ताद"), Aligarh lock makers (`taala`, "भट्टी"), Moradabad brassware
polishers (`peetal`, "माल वहीं जाना है"), Bhadohi carpet weavers in their Bhojpuri (`kaleen`, "करघा पे बइठल बानी",
"रहे द"), Solan mushroom growers (`mushroom`, "खुम्बां"), Kanpur single-screen projectionists (`cinema`, "रील बदल रहे",
"इंटरवल"), Gorakhpur 108-ambulance drivers (`ambulance`), Seelampur scrap dealers (`kabadi`, "काँटा", "बोहनी"), night
watchmen at a Ludhiana hosiery mill (`chowkidar`, "जागते रहो"), Puri beach lifeguards (`lifeguard`, "टावर", "सीटी")
and Gulmarg gondola operators (`gondola`, "केबिन", "केबल").

Situations: the jute harvest, the apple orchard and Kullu Dussehra, ginger fields, tobacco and potato fields, lavender
fields, waiting for the mainland ship, a Raj Kapoor film club, a Sunday at a Nairobi temple, a Hindi class in Warsaw,
the move to high pastures, washing stones at dawn, a night shift at the pump, the newspaper round, a repair counter,
a ladder before Diwali, a leaking tank, a hot Old Delhi afternoon, a puppet show, a wedding-season mehndi, a toll lane,
the last metro, a tehsil queue, a pavement shoe stall, a bus stand, a highway tandoor, a baraat, the casting shop, an
export order, the carpet loom, a compost shed, an interval, a hospital gate, the day's weighing, a mill night, a
red-flag beach afternoon and snow on the gondola cables.

Around them: follow-ups, plural capitals (all eight several-capital countries, and Palestine, Jammu and Kashmir,
Uttarakhand), subdivisions and territories (with places the data lacks: Gilgit-Baltistan, Khyber Pakhtunkhwa, the Basque
Country, Catalonia, the Scottish Highlands, Bengal Presidency, Tibet), yes/no checks, self-corrections, reverse
questions, official, everyday and shared names, help, stop, cancel, launch by the skill's invocation name "दुनिया की
राजधानियाँ", and out-of-domain requests (weather, timers, music, home devices, prices, trains and flights, population,
currency and leaders, capitals of continents and of fashion, "capital" in other senses, former capitals of empires,
myth and fiction). `python3 tests/Eval/hi/round54/source/build_corpus.py [--check]`; every line is hi-IN. Every
sentence was written by hand as one whole utterance; frames with up to three fills (each frame once) ask the countries.

Built by round12_hinl_corpus.py (build_round with round 54's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Surjapuri from Kishanganj and Purnia; the jute harvest
surjapuri | एलेक्सा {} का राजधानी कौन छे बताओ ना | अंडोरा=AD; संयुक्त अरब अमीरात=AE; अफ़गानिस्तान=AF
surjapuri | एलेक्सा हामरा के बताओ {} का राजधानी किधर छे | एंटीगुआ और बारबुडा=AG; अल्बानिया=AL; आर्मेनिया=AM
surjapuri | एलेक्सा पाट काटते काटते पूछ रहे {} का राजधानी का छे | अंगोला=AO; अर्जेंटीना=AR; ऑस्ट्रिया=AT
surjapuri | एलेक्सा बांग्लादेश का राजधानी ढाका छे कि नाहीं | BD
surjapuri | एलेक्सा नेपाल का राजधानी कौन शहर छे | NP
surjapuri | एलेक्सा बिहार का राजधानी पटना ही छे ना | IN-BR
surjapuri | एलेक्सा पश्चिम बंगाल का राजधानी बताओ तो | IN-WB
surjapuri | एलेक्सा आज किशनगंज में बारिश होतै कि नाहीं | FB
surjapuri | एलेक्सा पाट का भाव आज का छे | FB
surjapuri | एलेक्सा भूटान का राजधानी थिंपू छे ना | BT
surjapuri | एलेक्सा सिक्किम का राजधानी बताय दो | IN-SK
surjapuri | एलेक्सा रहन दो अब | STOP
surjapuri | एलेक्सा म्यांमार का राजधानी कौन छे | MM
surjapuri | एलेक्सा असम का राजधानी गुवाहाटी छे कि दिसपुर | IN-AS
surjapuri | एलेक्सा चीन का राजधानी बताओ ना भाई | CN
surjapuri | एलेक्सा दुनिया की राजधानियाँ से पूछो मलेशिया का दूनो राजधानी | MY
# Kulluvi from Kullu and Manali; the apple orchard and Dussehra
kulluvi | एलेक्सा {} री राजधानी कुण सी आ | ऑस्ट्रेलिया=AU; अज़रबैजान=AZ; बोस्निया और हर्ज़ेगोविना=BA
kulluvi | एलेक्सा म्हारा बताओ {} री राजधानी के हा | बारबाडोस=BB; बांग्लादेश=BD; बेल्जियम=BE
kulluvi | एलेक्सा सेब तोड़दे तोड़दे पूछणा {} री राजधानी | बुर्किना फ़ासो=BF; बुल्गारिया=BG; बहरीन=BH
kulluvi | एलेक्सा हिमाचल री राजधानी शिमला ही आ ना | IN-HP
kulluvi | एलेक्सा लद्दाख री राजधानी लेह आ कि कारगिल | IN-LA
kulluvi | एलेक्सा दशहरे में देवता आए पर एक बात बताओ इज़राइल री राजधानी कुण सी | IL
kulluvi | एलेक्सा मनाली में आज बर्फ़ पड़णी कि नी | FB
kulluvi | एलेक्सा रोहतांग खुला कि बंद | FB
kulluvi | एलेक्सा स्विट्ज़रलैंड री राजधानी के हा जिथी भी पहाड़ हुंदे | CH
kulluvi | एलेक्सा न्यूज़ीलैंड री राजधानी बताओ उथी भी सेब हुंदे | NZ
kulluvi | एलेक्सा इटली री राजधानी रोम ही आ | IT
kulluvi | एलेक्सा बस कर हुण | STOP
kulluvi | एलेक्सा जम्मू कश्मीर री राजधानी कुण सी | IN-JK
kulluvi | एलेक्सा किर्गिज़स्तान री राजधानी बताओ | KG
kulluvi | एलेक्सा चिली री राजधानी के हा उथी भी सेब भेजदे | CL
# Sirmauri from Nahan and Paonta; ginger fields
sirmauri | एलेक्सा {} की राजधानी कुणसी हो | बुरुंडी=BI; बेनिन=BJ; ब्रूनेई=BN
sirmauri | एलेक्सा आमा बताओ {} की राजधानी कौणी सी | बोलीविया=BO; ब्राज़ील=BR; बहामास=BS
sirmauri | एलेक्सा अदरक खोदते खोदते सोचा {} की राजधानी के सी | भूटान=BT; बोत्स्वाना=BW; बेलारूस=BY
sirmauri | एलेक्सा उत्तराखंड की राजधानी देहरादून सी कि गैरसैंण | IN-UK
sirmauri | एलेक्सा हरियाणा की राजधानी कौणी सी | IN-HR
sirmauri | एलेक्सा नाहन से पांवटा की बस कब जांदी | FB
sirmauri | एलेक्सा अदरक का भाव मंडी में कितना सी | FB
sirmauri | एलेक्सा बोलीविया की दोई राजधानी कौणी सी | BO
sirmauri | एलेक्सा रूस की राजधानी मास्को ही सी ना | RU
sirmauri | एलेक्सा जापान की राजधानी बताओ ज़रा | JP
sirmauri | एलेक्सा रहण दे भाई | CANCEL
sirmauri | एलेक्सा पंजाब की राजधानी भी चंडीगढ़ सी के | IN-PB
sirmauri | एलेक्सा ईरान की राजधानी कौणी सी | IR
sirmauri | एलेक्सा मंगोलिया की राजधानी बताओ जिदे भेड़ा बोहत सी | MN
# Kannauji from Farrukhabad and Etawah; potato and tobacco fields
kannauji | एलेक्सा {} की राजधानी कौन हइ बताओ | बेलीज़=BZ; कनाडा=CA; कांगो लोकतांत्रिक गणराज्य=CD
kannauji | एलेक्सा हमका बताइ देओ {} की राजधानी कहाँ हइ | मध्य अफ़्रीकी गणराज्य=CF; कांगो गणराज्य=CG; स्विट्ज़रलैंड=CH
kannauji | एलेक्सा तमाखू के खेत से पूछत हैं {} की राजधानी | कोत दिवुआर=CI; चिली=CL; कैमरून=CM
kannauji | एलेक्सा फर्रुखाबाद ते लखनऊ कितनी दूर हइ | FB
kannauji | एलेक्सा उत्तर प्रदेश की राजधानी लखनऊ हइ कि इलाहाबाद | IN-UP
kannauji | एलेक्सा मध्य प्रदेश की राजधानी बताओ भइया | IN-MP
kannauji | एलेक्सा कांगो वाले किंशासा वाले देस की राजधानी का हइ | CD
kannauji | एलेक्सा ब्राज़ाविल वाला कांगो उसकी राजधानी बताओ | CG
kannauji | एलेक्सा आज मंडी में आलू कितने को बिकत | FB
kannauji | एलेक्सा मिस्र की राजधानी काहिरा हइ ना | EG
kannauji | एलेक्सा चुप होइ जाओ | STOP
kannauji | एलेक्सा पाकिस्तान की राजधानी इस्लामाबाद हइ कि लाहौर | PK
kannauji | एलेक्सा इंग्लैंड की राजधानी लंदन हइ का | GB-ENG
kannauji | एलेक्सा फिलिस्तीन की राजधानी बताओ | PS
# Bhadrawahi from Doda and Bhaderwah; the lavender fields
bhadrawahi | एलेक्सा {} की राजधानी कुण्ही ऐ | चीन=CN; कोलंबिया=CO; कोस्टा रिका=CR
bhadrawahi | एलेक्सा असन्नू दस्सो {} की राजधानी | क्यूबा=CU; केप वर्डे=CV; साइप्रस=CY
bhadrawahi | एलेक्सा लैवेंडर के खेत में बैठे हैं {} की राजधानी कौन सी | चेक गणराज्य=CZ; जर्मनी=DE; जिबूती=DJ
bhadrawahi | एलेक्सा जम्मू कश्मीर की सर्दियों की राजधानी कौन सी | IN-JK
bhadrawahi | एलेक्सा भद्रवाह में आज धूप है कि नहीं | FB
bhadrawahi | एलेक्सा फ्रांस की राजधानी कुण्ही ऐ जित्थे लैवेंडर बहुत हुंदा | FR
bhadrawahi | एलेक्सा बुल्गारिया की राजधानी दस्सो उत्थे भी लैवेंडर उगदा | BG
bhadrawahi | एलेक्सा लद्दाख की राजधानी दस्सो | IN-LA
bhadrawahi | एलेक्सा बस होर नहीं | STOP
bhadrawahi | एलेक्सा तुर्की की राजधानी कुण्ही ऐ | TR
bhadrawahi | एलेक्सा उज़्बेकिस्तान की राजधानी ताशकंद ऐ ना | UZ
bhadrawahi | एलेक्सा लैवेंडर का तेल कितने का बिकता | FB
bhadrawahi | एलेक्सा ताजिकिस्तान की राजधानी दस्सो जी | TJ
# Andaman Hindi from Port Blair; waiting for the ship
andaman | एलेक्सा {} का राजधानी क्या है बोलो | डेनमार्क=DK; डोमिनिका=DM; डोमिनिकन रिपब्लिक=DO
andaman | एलेक्सा जहाज़ का वेट कर रहे हैं {} का कैपिटल कौन है | अल्जीरिया=DZ; इक्वाडोर=EC; एस्टोनिया=EE
andaman | एलेक्सा अपुन को बताओ {} का राजधानी | मिस्र=EG; इरिट्रिया=ER; स्पेन=ES
andaman | एलेक्सा अंडमान निकोबार का राजधानी अभी क्या नाम है | IN-AN
andaman | एलेक्सा पोर्ट ब्लेयर का नया नाम क्या रखा | FB
andaman | एलेक्सा चेन्नई वाला जहाज़ कब आएगा | FB
andaman | एलेक्सा लक्षद्वीप का राजधानी कौन सा है | IN-LD
andaman | एलेक्सा म्यांमार का राजधानी यांगून है कि नहीं | MM
andaman | एलेक्सा इंडोनेशिया का राजधानी बोलो न | ID
andaman | एलेक्सा थाईलैंड का कैपिटल बैंकॉक है ना | TH
andaman | एलेक्सा तमिलनाडु का राजधानी चेन्नई है | IN-TN
andaman | एलेक्सा छोड़ो बाबा | CANCEL
andaman | एलेक्सा श्रीलंका का दोनों राजधानी बोलो | LK
andaman | एलेक्सा मालदीव का राजधानी क्या है | MV
andaman | एलेक्सा आज समंदर में लहर कितना ऊँचा है | FB
# Uzbek students of Hindi in Tashkent; a Raj Kapoor film club
uzbeklearner | एलेक्सा कृपया बताइए {} की राजधानी क्या है | इथियोपिया=ET; फ़िनलैंड=FI; फ़िजी=FJ
uzbeklearner | एलेक्सा मुझे जानना है {} की राजधानी का नाम | माइक्रोनेशिया=FM; फ़्रांस=FR; गैबॉन=GA
uzbeklearner | एलेक्सा मैं हिंदी सीखता हूँ {} की राजधानी कहाँ है | ब्रिटेन=GB; ग्रेनाडा=GD; जॉर्जिया=GE
uzbeklearner | एलेक्सा मेरा देश उज़्बेकिस्तान है उसकी राजधानी आप जानते हैं | UZ
uzbeklearner | एलेक्सा कज़ाख़स्तान की राजधानी अस्ताना है क्या | KZ
uzbeklearner | एलेक्सा तुर्कमेनिस्तान की राजधानी क्या है कृपया | TM
uzbeklearner | एलेक्सा राज कपूर की फ़िल्म आवारा का गाना बजाइए | FB
uzbeklearner | एलेक्सा कृपया धीरे बोलिए भारत की राजधानी क्या है | IN
uzbeklearner | एलेक्सा अफ़गानिस्तान की राजधानी काबुल है मैं सही हूँ | AF
uzbeklearner | एलेक्सा कृपया बंद कीजिए धन्यवाद | STOP
uzbeklearner | एलेक्सा समरकंद किस देश में है | FB
uzbeklearner | एलेक्सा किर्गिस्तान की राजधानी बिश्केक है या ओश | KG
uzbeklearner | एलेक्सा मुझे मदद चाहिए मैं क्या पूछ सकता हूँ | HELP
uzbeklearner | एलेक्सा अज़रबैजान की राजधानी बाकू है ना | AZ
# Indian families in Nairobi and Mombasa; a Sunday at the temple
nairobi | एलेक्सा {} की राजधानी क्या है बेटा बताओ | घाना=GH; गाम्बिया=GM; गिनी=GN
nairobi | एलेक्सा अपने घर से पूछ रहे हैं {} की कैपिटल | इक्वेटोरियल गिनी=GQ; ग्रीस=GR; ग्वाटेमाला=GT
nairobi | एलेक्सा नैरोबी से बोल रहे हैं {} की राजधानी बताना | गिनी बिसाऊ=GW; गयाना=GY; होंडुरास=HN
nairobi | एलेक्सा केन्या की राजधानी तो नैरोबी है ना | KE
nairobi | एलेक्सा तंज़ानिया की राजधानी दार एस सलाम है कि डोडोमा | TZ
nairobi | एलेक्सा युगांडा की राजधानी कंपाला है | UG
nairobi | एलेक्सा एक केन्याई शिलिंग में कितने रुपये | FB
nairobi | एलेक्सा रवांडा की राजधानी बताओ जी | RW
nairobi | एलेक्सा इथियोपिया की राजधानी अदीस अबाबा ही है ना | ET
nairobi | एलेक्सा सोमालिया की राजधानी क्या है | SO
nairobi | एलेक्सा दक्षिण सूडान की राजधानी जूबा है | SS
nairobi | एलेक्सा अब बस करो बेटा | STOP
nairobi | एलेक्सा गुजरात की राजधानी गांधीनगर है कि अहमदाबाद | IN-GJ
nairobi | एलेक्सा मोम्बासा किस देश में है | FB
# Polish students of Hindi in Warsaw and Kraków
polishlearner | एलेक्सा कृपया {} की राजधानी बताइए | क्रोएशिया=HR; हैती=HT; हंगरी=HU
polishlearner | एलेक्सा क्या आप जानती हैं {} की राजधानी | इंडोनेशिया=ID; आयरलैंड=IE; इज़राइल=IL
polishlearner | एलेक्सा मेरी कक्षा के लिए {} की राजधानी का नाम चाहिए | भारत=IN; इराक़=IQ; ईरान=IR
polishlearner | एलेक्सा पोलैंड की राजधानी वारसा है ना | PL
polishlearner | एलेक्सा क्राकोव पहले पोलैंड की राजधानी था क्या | FB
polishlearner | एलेक्सा लिथुआनिया की राजधानी विल्नियस है | LT
polishlearner | एलेक्सा कृपया बताइए चेक गणराज्य की राजधानी | CZ
polishlearner | एलेक्सा स्लोवाकिया की राजधानी का नाम क्या है | SK
polishlearner | एलेक्सा यूक्रेन की राजधानी कीव है ना | UA
polishlearner | एलेक्सा बेलारूस की राजधानी मिन्स्क है | BY
polishlearner | एलेक्सा कृपया रुकिए मुझे नहीं चाहिए | CANCEL
polishlearner | एलेक्सा हिंदी में धन्यवाद कैसे कहते हैं | FB
polishlearner | एलेक्सा जर्मनी की राजधानी बर्लिन है या बॉन | DE
polishlearner | एलेक्सा मैं क्या क्या पूछ सकती हूँ कृपया बताइए | HELP
# Gaddi shepherds in Chamba and Bharmour; the move to high pastures
gaddi | एलेक्सा {} री राजधानी कुण ए | आइसलैंड=IS; इटली=IT; जमैका=JM
gaddi | एलेक्सा भेडां चरांदे पुछदे {} री राजधानी | जॉर्डन=JO; जापान=JP; केन्या=KE
gaddi | एलेक्सा धार पर बैठी पूछया {} री राजधानी के ए | किर्गिस्तान=KG; कंबोडिया=KH; किरिबाती=KI
gaddi | एलेक्सा हिमाचल री राजधानी सर्दियां विच धर्मशाला हुंदी के | IN-HP
gaddi | एलेक्सा मंगोलिया री राजधानी दस्सो उत्थे भी भेड़ां वाले | MN
gaddi | एलेक्सा ऑस्ट्रेलिया री राजधानी सिडनी ए के | AU
gaddi | एलेक्सा न्यूज़ीलैंड री राजधानी दस्सो उत्थे भेड़ां बड़ियां | NZ
gaddi | एलेक्सा ऊन रा भाव अज कितना | FB
gaddi | एलेक्सा छड्ड दे | CANCEL
gaddi | एलेक्सा तिब्बत री राजधानी ल्हासा ए के | FB
gaddi | एलेक्सा कज़ाकिस्तान री राजधानी दस्सो | KZ
gaddi | एलेक्सा नेपाल री राजधानी काठमांडू ए ना | NP
# Dhobis at Mumbai's Dhobi Ghat; washing stones in the morning
dhobi | एलेक्सा {} का राजधानी कौन सा है रे | कोमोरोस=KM; सेंट किट्स और नेविस=KN; उत्तर कोरिया=KP
dhobi | एलेक्सा कपड़ा धोते धोते पूछ रहा {} का राजधानी | दक्षिण कोरिया=KR; कुवैत=KW; कज़ाखस्तान=KZ
dhobi | एलेक्सा घाट पे से बोल रहा हूँ {} का राजधानी बता | लाओस=LA; लेबनान=LB; सेंट लूसिया=LC
dhobi | एलेक्सा आज धूप रहेगा कि पानी गिरेगा | FB
dhobi | एलेक्सा महाराष्ट्र का राजधानी मुंबई है ना | IN-MH
dhobi | एलेक्सा उत्तर प्रदेश का राजधानी बता हमारा गाँव उधर है | IN-UP
dhobi | एलेक्सा उत्तर कोरिया का राजधानी प्योंगयांग है | KP
dhobi | एलेक्सा दक्षिण कोरिया का राजधानी सियोल है कि बुसान | KR
dhobi | एलेक्सा बंद कर रे | STOP
dhobi | एलेक्सा कुवैत का राजधानी कुवैत सिटी ही है क्या | KW
dhobi | एलेक्सा दुबई का राजधानी बता | FB
dhobi | एलेक्सा बिहार का राजधानी पटना | IN-BR
# Petrol-pump attendants on the Agra-Lucknow expressway; the night shift
petrolpump | एलेक्सा {} की राजधानी बताओ जल्दी | लिकटेंस्टाइन=LI; श्रीलंका=LK; लाइबेरिया=LR
petrolpump | एलेक्सा नोज़ल पकड़े हुए हैं {} की राजधानी क्या है | लेसोथो=LS; लिथुआनिया=LT; लक्ज़मबर्ग=LU
petrolpump | एलेक्सा ग्राहक पूछ रहा है {} की राजधानी कौन सी है | लातविया=LV; लीबिया=LY; मोरक्को=MA
petrolpump | एलेक्सा आज पेट्रोल का रेट कितना है | FB
petrolpump | एलेक्सा डीज़ल का भाव बताओ | FB
petrolpump | एलेक्सा सऊदी अरब की राजधानी रियाद है ना वहीं से तेल आता | SA
petrolpump | एलेक्सा कुवैत की राजधानी बताओ | KW
petrolpump | एलेक्सा ओमान की राजधानी मस्कट | OM
petrolpump | एलेक्सा क़तर की राजधानी दोहा है | QA
petrolpump | एलेक्सा वेनेज़ुएला की राजधानी क्या है वहाँ भी बहुत तेल है | VE
petrolpump | एलेक्सा रात की शिफ्ट है रहने दो | CANCEL
petrolpump | एलेक्सा इराक़ की राजधानी बगदाद है | IQ
petrolpump | एलेक्सा नाइजीरिया की राजधानी लागोस है कि अबुजा | NG
petrolpump | एलेक्सा ब्रुनेई की राजधानी बताओ | BN
# Newspaper hawkers at dawn in Kanpur
akhbar | एलेक्सा {} की राजधानी कौन सी है भैया | मोनाको=MC; मोल्डोवा=MD; मोंटेनेग्रो=ME
akhbar | एलेक्सा अख़बार बाँटते हुए पूछ रहे {} की राजधानी | मेडागास्कर=MG; मार्शल द्वीप=MH; उत्तर मैसेडोनिया=MK
akhbar | एलेक्सा सुबह सुबह बताओ {} की राजधानी क्या है | माली=ML; म्यांमार=MM; मंगोलिया=MN
akhbar | एलेक्सा आज की ताज़ा ख़बर सुनाओ | FB
akhbar | एलेक्सा आज अख़बार में क्या छपा है | FB
akhbar | एलेक्सा यूक्रेन की राजधानी कीव है न ख़बर में आया था | UA
akhbar | एलेक्सा सीरिया की राजधानी दमिश्क है | SY
akhbar | एलेक्सा फ़िलिस्तीन की राजधानी कौन सी है | PS
akhbar | एलेक्सा इज़राइल की राजधानी तेल अवीव है कि यरूशलम | IL
akhbar | एलेक्सा वेनेज़ुएला की राजधानी काराकास है | VE
akhbar | एलेक्सा चलो बंद करो साइकिल चलानी है | STOP
akhbar | एलेक्सा अफ़ग़ानिस्तान की राजधानी काबुल | AF
akhbar | एलेक्सा बांग्लादेश की राजधानी ढाका | BD
akhbar | एलेक्सा झारखंड की राजधानी रांची है ना | IN-JH
# More help, stop, cancel, launch, shared names
help | एलेक्सा भाई ये राजधानी वाला कैसे चलाते हैं | HELP
help | एलेक्सा समझ में नहीं आया दोबारा बताओ कैसे पूछूँ | HELP
help | एलेक्सा मदद मदद | HELP
help | एलेक्सा कोई सैंपल सवाल सुनाओ | HELP
help | एलेक्सा दादी को समझाओ ये क्या है | HELP
help | एलेक्सा मुझे मदद की ज़रूरत है इस स्किल में | HELP
help | एलेक्सा यहाँ क्या करना होता है | HELP
help | एलेक्सा किस तरह पूछें राजधानी बताओ | HELP
stop | एलेक्सा अभी के लिए इतना ही | STOP
stop | एलेक्सा बस बहुत हुआ | STOP
stop | एलेक्सा राजधानी राजधानी बंद करो | STOP
stop | एलेक्सा हो गया बंद कर दो | STOP
stop | एलेक्सा अब जाओ | STOP
stop | एलेक्सा इसे बंद कर दो प्लीज़ | STOP
stop | एलेक्सा अब आराम करो | STOP
stop | एलेक्सा खेल बंद कर दो बच्चे सो गए | STOP
stop | एलेक्सा निकल जाओ इस स्किल से | STOP
stop | एलेक्सा रुक जाइए | STOP
stop | एलेक्सा बंद कीजिए | STOP
stop | एलेक्सा टाटा बाय बाय | STOP
cancel | एलेक्सा ये सवाल रद्द | CANCEL
cancel | एलेक्सा कुछ नहीं पूछना रहने दो | CANCEL
cancel | एलेक्सा छोड़िए जाने दीजिए | CANCEL
cancel | एलेक्सा नहीं पूछ रहा भाई | CANCEL
cancel | एलेक्सा वो वाला सवाल हटाओ | CANCEL
cancel | एलेक्सा मन बदल गया रहने दो | CANCEL
cancel | एलेक्सा रहने दो बाद में पूछूँगा | CANCEL
cancel | एलेक्सा कैंसल कीजिए | CANCEL
cancel | एलेक्सा जो पूछा उसे भूल जाओ | CANCEL
cancel | एलेक्सा छोड़ दो ग़लत बोल दिया | CANCEL
launch | एलेक्सा दुनिया की राजधानियाँ वाली स्किल चलाओ भाई | LAUNCH
launch | एलेक्सा ज़रा दुनिया की राजधानियाँ चालू करना | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खुलवाओ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ के साथ खेलना है | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ सुनाओ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ वाला सवाल जवाब शुरू करो | LAUNCH
launch | एलेक्सा बेटी के लिए दुनिया की राजधानियाँ चलाओ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ स्किल ओपन कीजिए | LAUNCH
launch | एलेक्सा होमवर्क है दुनिया की राजधानियाँ खोलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोलो पढ़ाई करनी है | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ से मिलाओ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ शुरू हो जाओ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ वाली ऐप चालू करो | LAUNCH
launch | एलेक्सा चलिए दुनिया की राजधानियाँ शुरू कीजिए | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोलो ज़रा जल्दी | LAUNCH
shared-name | एलेक्सा कोरिया देश की राजधानी बताओ | KP+KR
shared-name | एलेक्सा कांगो देश की कैपिटल | CD+CG
shared-name | एलेक्सा अमेरिका के जॉर्जिया राज्य की राजधानी | US-GA
shared-name | एलेक्सा गिनी देश की राजधानी कोनाक्री है | GN
shared-name | एलेक्सा न्यू गिनी की राजधानी | PG
shared-name | एलेक्सा सूडान देश की राजधानी क्या है | SD
shared-name | एलेक्सा वाशिंगटन स्टेट की राजधानी | US-WA
shared-name | एलेक्सा हैदराबाद किसकी राजधानी है | CITY:हैदराबाद
shared-name | एलेक्सा लक्ज़मबर्ग देश की कैपिटल | LU
shared-name | एलेक्सा मोनाको की राजधानी क्या है | MC
shared-name | एलेक्सा कुवैत देश की राजधानी कुवैत सिटी ही है | KW
shared-name | एलेक्सा जिबूती देश की राजधानी | DJ
yes-no-check | एलेक्सा क्या अहमदाबाद गुजरात की राजधानी है | IN-GJ
yes-no-check | एलेक्सा क्या सोल दक्षिण कोरिया की राजधानी है | KR
yes-no-check | एलेक्सा गोमा डीआर कांगो की राजधानी है ना | CD
yes-no-check | एलेक्सा क्या पूर्वी यरूशलम फ़िलिस्तीन की राजधानी है | PS
yes-no-check | एलेक्सा क्या पोइंट नोइर कांगो गणराज्य की राजधानी है | CG
yes-no-check | एलेक्सा क्या बेंगलुरु कर्नाटक की राजधानी है | IN-KA
yes-no-check | एलेक्सा क्या विक्टोरिया सेशेल्स की राजधानी है | SC
yes-no-check | एलेक्सा क्या शंघाई चीन की राजधानी है | CN
yes-no-check | एलेक्सा क्या डरबन दक्षिण अफ़्रीका की राजधानी है | ZA
yes-no-check | एलेक्सा क्या डोडोमा तंज़ानिया की राजधानी है | TZ
yes-no-check | एलेक्सा हो ची मिन्ह सिटी वियतनाम की राजधानी है क्या | VN
yes-no-check | एलेक्सा क्या ज़्यूरिख़ नहीं बर्न स्विट्ज़रलैंड की राजधानी है | CH
# Scrap dealers (kabadiwalas) in Seelampur; weighing the day's load
kabadi | एलेक्सा {} की राजधानी बताओ काँटा लगा हुआ है | रूस=RU; जापान=JP; ब्राज़ील=BR
kabadi | एलेक्सा तराज़ू पे माल चढ़ा है {} की राजधानी बोलो | सऊदी अरब=SA; मलेशिया=MY; कांगो गणराज्य=CG
kabadi | एलेक्सा आज लोहे का भाव क्या है | FB
kabadi | एलेक्सा तांबे का रेट बताओ | FB
kabadi | एलेक्सा डीआर कांगो की राजधानी बताओ वहाँ से तांबा आता है | CD
kabadi | एलेक्सा चिली की राजधानी सैंटियागो | CL
kabadi | एलेक्सा ज़ाम्बिया की राजधानी लुसाका है | ZM
kabadi | एलेक्सा बंद करो भाई ठेला निकालना है | STOP
kabadi | एलेक्सा रहने दो बोहनी का टाइम है | CANCEL
kabadi | एलेक्सा उत्तर कोरिया की राजधानी बताना | KP
kabadi | एलेक्सा दक्षिण कोरिया की कैपिटल सियोल है ना | KR
kabadi | एलेक्सा फ़िलिस्तीन की राजधानी कहाँ है | PS
kabadi | एलेक्सा पाकिस्तान की राजधानी बताओ | PK
kabadi | एलेक्सा कैसे पूछूँ ये बताओ ज़रा | HELP
kabadi | एलेक्सा बांग्लादेश की राजधानी ढाका ही है | BD
# Night watchmen at a Ludhiana hosiery mill
chowkidar | एलेक्सा {} की राजधानी बताओ रात लंबी है | अर्जेंटीना=AR; केन्या=KE; कनाडा=CA
chowkidar | एलेक्सा जागते रहो के बीच में बताओ {} की राजधानी | इराक=IQ; मिस्र=EG; तुर्की=TR
chowkidar | एलेक्सा रात के दो बजे हैं क्या | FB
chowkidar | एलेक्सा पुराने गाने धीरे से बजाओ | FB
chowkidar | एलेक्सा पंजाब की राजधानी चंडीगढ़ ही है ना | IN-PB
chowkidar | एलेक्सा हरियाणा की राजधानी भी वही है क्या | IN-HR
chowkidar | एलेक्सा उत्तर कोरिया की राजधानी क्या है भाई | KP
chowkidar | एलेक्सा दक्षिण कोरिया की राजधानी का नाम | KR
chowkidar | एलेक्सा डीआर कांगो की राजधानी | CD
chowkidar | एलेक्सा कांगो ब्राज़ाविल वाले की राजधानी | CG
chowkidar | एलेक्सा फ़िलिस्तीन देश की राजधानी | PS
chowkidar | एलेक्सा अब चुप हो जाओ सेठ जी आ रहे | STOP
chowkidar | एलेक्सा छोड़ो अभी नहीं | CANCEL
chowkidar | एलेक्सा दुनिया की राजधानियाँ खोलो नींद भगानी है | LAUNCH
chowkidar | एलेक्सा मदद करो ये कैसे काम करेगा | HELP
chowkidar | एलेक्सा ऑस्ट्रेलिया की राजधानी बताओ उधर अभी दिन होगा | AU
# More stop lines
stop | एलेक्सा बंद कर दे ना | STOP
stop | एलेक्सा बोलना रोको | STOP
stop | एलेक्सा अब राजधानी नहीं पूछनी बंद करो | STOP
stop | एलेक्सा हो गया धन्यवाद बंद करो | STOP
stop | एलेक्सा स्टॉप कर दो | STOP
stop | एलेक्सा बस इतना ही आज | STOP
# Lifeguards at Puri beach; a red-flag afternoon
lifeguard | एलेक्सा {} की राजधानी बताओ समंदर पे नज़र है | मालदीव=MV; सेशेल्स=SC; फ़िजी=FJ
lifeguard | एलेक्सा टावर पे बैठे हैं {} की राजधानी क्या है | मेडागास्कर=MG; कोमोरोस=KM; मॉरीशस=MU
lifeguard | एलेक्सा अपने ओडिशा की राजधानी भुवनेश्वर ही है | IN-OD
lifeguard | एलेक्सा आंध्र प्रदेश की राजधानी अमरावती | IN-AP
lifeguard | एलेक्सा श्रीलंका की दोनों राजधानी बताओ | LK
lifeguard | एलेक्सा इंडोनेशिया की राजधानी जकार्ता है क्या | ID
lifeguard | एलेक्सा थाईलैंड की राजधानी | TH
lifeguard | एलेक्सा म्यांमार की राजधानी बताओ समंदर के उस पार | MM
lifeguard | एलेक्सा बांग्लादेश की राजधानी बताओ तूफ़ान वहीं जा रहा | BD
lifeguard | एलेक्सा आज लहरें कितनी ऊँची रहेंगी | FB
lifeguard | एलेक्सा बंद करो सीटी बजानी है | STOP
lifeguard | एलेक्सा छोड़ो कोई डूब रहा | CANCEL
lifeguard | एलेक्सा उत्तर कोरिया की राजधानी क्या है बोलो | KP
lifeguard | एलेक्सा कांगो गणराज्य की राजधानी ब्राज़ाविल | CG
lifeguard | एलेक्सा डीआर कांगो की राजधानी बताओ | CD
lifeguard | एलेक्सा फ़िलिस्तीन की राजधानी कौन सा शहर है | PS
lifeguard | एलेक्सा पापुआ न्यू गिनी की राजधानी | PG
lifeguard | एलेक्सा ऑस्ट्रेलिया की राजधानी सिडनी नहीं है ना | AU
# Gondola operators in Gulmarg; snow on the cables
gondola | एलेक्सा {} की राजधानी कौन सी है केबिन ऊपर जा रहा है | स्विट्ज़रलैंड=CH; ऑस्ट्रिया=AT; नॉर्वे=NO
gondola | एलेक्सा बर्फ़ में खड़े हैं {} की राजधानी बताओ | आइसलैंड=IS; फ़िनलैंड=FI; कनाडा=CA
gondola | एलेक्सा जम्मू कश्मीर की राजधानी अभी श्रीनगर है या जम्मू | IN-JK
gondola | एलेक्सा लद्दाख की राजधानी लेह | IN-LA
gondola | एलेक्सा टूरिस्ट रूस से है रूस की राजधानी क्या है | RU
gondola | एलेक्सा उस पार पाकिस्तान है उसकी राजधानी बताओ | PK
gondola | एलेक्सा अफ़ग़ानिस्तान की राजधानी | AF
gondola | एलेक्सा ताजिकिस्तान की राजधानी दुशांबे | TJ
gondola | एलेक्सा रुको केबल रुक गई | STOP
gondola | एलेक्सा रहने दो भीड़ आ गई | CANCEL
gondola | एलेक्सा दुनिया की राजधानियाँ खोलो टूरिस्ट पूछ रहा | LAUNCH
gondola | एलेक्सा दक्षिण कोरिया की राजधानी टूरिस्ट वहाँ से हैं | KR
gondola | एलेक्सा इटली की राजधानी बताओ | IT
gondola | एलेक्सा जर्मनी की राजधानी क्या है जी | DE
gondola | एलेक्सा गुलमर्ग में आज कितनी बर्फ़ गिरी | FB
gondola | एलेक्सा जापान की राजधानी बताओ वहाँ भी बर्फ़ है | JP
gondola | एलेक्सा बोलीविया की राजधानियाँ बताओ पहाड़ों वाला देश | BO
gondola | एलेक्सा नेपाल की राजधानी काठमांडू | NP
# Mobile-repair shop workers in Nehru Place and Gaffar Market
mobilerepair | एलेक्सा {} की कैपिटल बताओ यार | मॉरिटानिया=MR; माल्टा=MT; मॉरीशस=MU
mobilerepair | एलेक्सा स्क्रीन बदल रहा हूँ तब तक बता {} की राजधानी | मालदीव=MV; मलावी=MW; मेक्सिको=MX
mobilerepair | एलेक्सा सोल्डरिंग चल रही है {} की राजधानी कौन सी है | मलेशिया=MY; मोज़ाम्बिक=MZ; नामीबिया=NA
mobilerepair | एलेक्सा चीन की राजधानी बताओ सारे पार्ट्स वहीं से आते | CN
mobilerepair | एलेक्सा ताइवान की राजधानी ताइपे है ना | TW
mobilerepair | एलेक्सा दक्षिण कोरिया की कैपिटल बताओ सैमसंग वाला देश | KR
mobilerepair | एलेक्सा वियतनाम की राजधानी हनोई है कि हो ची मिन्ह | VN
mobilerepair | एलेक्सा नया आईफ़ोन कितने का आया | FB
mobilerepair | एलेक्सा ब्लूटूथ चालू करो | FB
mobilerepair | एलेक्सा हाँग काँग की राजधानी क्या है | HK
mobilerepair | एलेक्सा मलेशिया की दोनों राजधानी बताओ | MY
mobilerepair | एलेक्सा चुप हो जा यार ग्राहक आया | STOP
mobilerepair | एलेक्सा सिंगापुर की राजधानी सिंगापुर ही है क्या | SG
mobilerepair | एलेक्सा फ़िनलैंड की राजधानी बताओ नोकिया वाला | FI
# House painters before Diwali in Jaipur
painter | एलेक्सा {} की राजधानी बताइए ठेकेदार जी पूछ रहे | नाइजर=NE; नाइजीरिया=NG; निकारागुआ=NI
painter | एलेक्सा पुताई करते करते पूछ रहे {} की राजधानी | नीदरलैंड्स=NL; नॉर्वे=NO; नेपाल=NP
painter | एलेक्सा सीढ़ी पर खड़े हैं {} की राजधानी कौन सी | नाउरू=NR; न्यूज़ीलैंड=NZ; ओमान=OM
painter | एलेक्सा राजस्थान की राजधानी जयपुर है ना पिंक सिटी | IN-RJ
painter | एलेक्सा नीदरलैंड की दोनों राजधानियाँ कौन सी हैं | NL
painter | एलेक्सा एशियन पेंट का डिब्बा कितने का है | FB
painter | एलेक्सा दीवाली कब है इस बार | FB
painter | एलेक्सा पेंट सूखने में कितना टाइम लगता है | FB
painter | एलेक्सा इटली की राजधानी बताओ वहाँ की पेंटिंग मशहूर है | IT
painter | एलेक्सा स्पेन की राजधानी मैड्रिड है | ES
painter | एलेक्सा गोवा की राजधानी पणजी है ना | IN-GA
painter | एलेक्सा रहने दो अभी हाथ में ब्रश है | CANCEL
painter | एलेक्सा पुर्तगाल की राजधानी लिस्बन है | PT
painter | एलेक्सा मेक्सिको की राजधानी क्या है | MX
# Plumbers in Ludhiana; a leaking tank
plumber | एलेक्सा {} दी राजधानी की है दस्सो | पनामा=PA; पेरू=PE; पापुआ न्यू गिनी=PG
plumber | एलेक्सा पाइप कसते कसते पूछ रहे {} की राजधानी | फ़िलीपींस=PH; पाकिस्तान=PK; पोलैंड=PL
plumber | एलेक्सा टंकी के ऊपर से बोल रहे {} की राजधानी क्या है | पुर्तगाल=PT; पलाऊ=PW; पराग्वे=PY
plumber | एलेक्सा पंजाब दी राजधानी चंडीगढ़ ए ना | IN-PB
plumber | एलेक्सा कनाडा दी राजधानी टोरंटो ए के ओटावा | CA
plumber | एलेक्सा ओंटारियो दी राजधानी दस्सो साडा भतीजा ओथे | CA-ON
plumber | एलेक्सा ब्रिटिश कोलंबिया दी राजधानी वैंकूवर ए | CA-BC
plumber | एलेक्सा सीपीवीसी पाइप दा रेट की ए | FB
plumber | एलेक्सा अज लुधियाना विच पानी कदों आउगा | FB
plumber | एलेक्सा छड्डो जी | CANCEL
plumber | एलेक्सा ऑस्ट्रेलिया दी राजधानी कैनबरा ए | AU
plumber | एलेक्सा अल्बर्टा दी राजधानी की ए | CA-AB
plumber | एलेक्सा इंग्लैंड दी राजधानी लंदन ही ए | GB-ENG
# Kulfi sellers with handcarts in Old Delhi
kulfi | एलेक्सा {} की राजधानी बताओ कुल्फ़ी ले लो | क़तर=QA; रोमानिया=RO; सर्बिया=RS
kulfi | एलेक्सा मटका लेके खड़े हैं {} की राजधानी क्या है | रूस=RU; रवांडा=RW; सऊदी अरब=SA
kulfi | एलेक्सा गर्मी बहुत है बताओ {} की राजधानी | सोलोमन द्वीप=SB; सेशेल्स=SC; सूडान=SD
kulfi | एलेक्सा आज दिल्ली में पारा कितना है | FB
kulfi | एलेक्सा दिल्ली की राजधानी क्या है | IN-DL
kulfi | एलेक्सा भारत की राजधानी नई दिल्ली है ना | IN
kulfi | एलेक्सा ईरान की राजधानी तेहरान है | IR
kulfi | एलेक्सा मिस्र की राजधानी बताओ | EG
kulfi | एलेक्सा बस बंद | STOP
kulfi | एलेक्सा तुर्की की राजधानी इस्तांबुल है कि अंकारा | TR
kulfi | एलेक्सा ग्रीस की राजधानी एथेंस | GR
kulfi | एलेक्सा केसर वाली कुल्फ़ी कैसे बनती है | FB
# Kathputli puppeteers from Shadipur colony
kathputli | एलेक्सा {} की राजधानी कौण सी है म्हाने बताओ | स्वीडन=SE; सिंगापुर=SG; स्लोवेनिया=SI
kathputli | एलेक्सा खेल दिखाणे जाणो है {} की राजधानी कई है | स्लोवाकिया=SK; सिएरा लियोन=SL; सैन मरीनो=SM
kathputli | एलेक्सा कठपुतली नचावां हाँ {} की राजधानी बताओ | सेनेगल=SN; सोमालिया=SO; सूरीनाम=SR
kathputli | एलेक्सा फ़्रांस की राजधानी पेरिस है उठे म्हे खेल दिखायो | FR
kathputli | एलेक्सा जर्मनी की राजधानी बताओ | DE
kathputli | एलेक्सा राजस्थान की राजधानी जयपुर ही है | IN-RJ
kathputli | एलेक्सा अमर सिंह राठौड़ की कहाणी सुणाओ | FB
kathputli | एलेक्सा ढोलक की आवाज़ बजाओ | FB
kathputli | एलेक्सा अमेरिका की राजधानी वाशिंगटन है ना | US
kathputli | एलेक्सा रेवा दो | CANCEL
kathputli | एलेक्सा जापान की राजधानी टोक्यो है | JP
kathputli | एलेक्सा नॉर्वे की राजधानी बताओ | NO
kathputli | एलेक्सा ऑस्ट्रिया की राजधानी वियना | AT
# Mehndi artists in Lajpat Nagar; wedding season
mehndi | एलेक्सा {} की राजधानी बताओ ना दीदी पूछ रही हैं | दक्षिण सूडान=SS; साओ टोमे और प्रिंसिपे=ST; अल साल्वाडोर=SV
mehndi | एलेक्सा मेहंदी लगा रही हूँ {} की राजधानी क्या है | सीरिया=SY; इस्वातिनी=SZ; चाड=TD
mehndi | एलेक्सा हाथ भरे हुए हैं बताओ {} की राजधानी | टोगो=TG; थाईलैंड=TH; ताजिकिस्तान=TJ
mehndi | एलेक्सा मेहंदी का गाना लगाओ | FB
mehndi | एलेक्सा दुल्हन दुबई जा रही है यूएई की राजधानी क्या है | AE
mehndi | एलेक्सा कनाडा की राजधानी बताओ दूल्हा वहीं रहता है | CA
mehndi | एलेक्सा मेहंदी कितने घंटे में रंग छोड़ती है | FB
mehndi | एलेक्सा मॉरीशस की राजधानी बताओ हनीमून वहीं है | MU
mehndi | एलेक्सा मालदीव की राजधानी माले है | MV
mehndi | एलेक्सा इस्वातिनी की दोनों राजधानियाँ बताओ | SZ
mehndi | एलेक्सा अभी मत बोलो | STOP
mehndi | एलेक्सा बाली किस देश में है | FB
mehndi | एलेक्सा स्विट्ज़रलैंड की राजधानी बताओ | CH
# Toll-plaza staff on NH-48 near Kishangarh
tollplaza | एलेक्सा {} की राजधानी बताओ बूम उठाने से पहले | तुर्कमेनिस्तान=TM; ट्यूनीशिया=TN; टोंगा=TO
tollplaza | एलेक्सा फ़ास्टैग स्कैन हो रहा है {} की राजधानी क्या है | तुर्की=TR; त्रिनिदाद और टोबैगो=TT; तुवालु=TV
tollplaza | एलेक्सा लेन नंबर चार से पूछ रहे {} की राजधानी | तंज़ानिया=TZ; यूक्रेन=UA; युगांडा=UG
tollplaza | एलेक्सा गुजरात की राजधानी गांधीनगर है | IN-GJ
tollplaza | एलेक्सा महाराष्ट्र की राजधानी बताओ | IN-MH
tollplaza | एलेक्सा हरियाणा की राजधानी चंडीगढ़ | IN-HR
tollplaza | एलेक्सा आज कितनी गाड़ियाँ निकलीं | FB
tollplaza | एलेक्सा जयपुर यहाँ से कितना दूर है | FB
tollplaza | एलेक्सा ट्रक वाला नेपाल का है नेपाल की राजधानी बताओ | NP
tollplaza | एलेक्सा रहने दो लाइन लग गई | CANCEL
tollplaza | एलेक्सा कर्नाटक की राजधानी बेंगलुरु है | IN-KA
tollplaza | एलेक्सा पंजाब की राजधानी बताओ | IN-PB
tollplaza | एलेक्सा दिल्ली की सीमा कितनी दूर है | FB
# Delhi Metro station staff; the last train
metro | एलेक्सा {} की राजधानी बताइए ड्यूटी ख़त्म होने वाली है | अमेरिका=US; उरुग्वे=UY; उज़्बेकिस्तान=UZ
metro | एलेक्सा प्लेटफ़ॉर्म से पूछ रहे हैं {} की राजधानी | सेंट विंसेंट और ग्रेनाडाइंस=VC; वेनेज़ुएला=VE; वियतनाम=VN
metro | एलेक्सा आख़िरी मेट्रो से पहले बताओ {} की राजधानी | वानुअतु=VU; समोआ=WS; यमन=YE
metro | एलेक्सा राजीव चौक की आख़िरी मेट्रो कब है | FB
metro | एलेक्सा जापान की राजधानी टोक्यो जहाँ मेट्रो बहुत है | JP
metro | एलेक्सा रूस की राजधानी मॉस्को है ना वहाँ की मेट्रो सुंदर है | RU
metro | एलेक्सा ब्रिटेन की राजधानी लंदन | GB
metro | एलेक्सा दिल्ली की राजधानी नई दिल्ली है | IN-DL
metro | एलेक्सा बंद करो ट्रेन आ गई | STOP
metro | एलेक्सा कोलकाता किस राज्य की राजधानी है | CITY:कोलकाता
metro | एलेक्सा तेलंगाना की राजधानी हैदराबाद है | IN-TS
metro | एलेक्सा हाँग काँग किस देश में है | FB
# Photocopy shop owners outside a tehsil office in Sikar
photocopy | एलेक्सा {} की राजधानी बताओ फ़ोटोकॉपी निकल रही है | दक्षिण अफ़्रीका=ZA; ज़ाम्बिया=ZM; ज़िम्बाब्वे=ZW
photocopy | एलेक्सा दक्षिण अफ़्रीका की तीनों राजधानियाँ बताओ | ZA
photocopy | एलेक्सा दक्षिण अफ़्रीका की कितनी राजधानी हैं | ZA
photocopy | एलेक्सा एक फ़ोटोकॉपी कितने की होती है | FB
photocopy | एलेक्सा आधार कार्ड कैसे डाउनलोड करें | FB
photocopy | एलेक्सा इथियोपिया की राजधानी बताओ | ET
photocopy | एलेक्सा केन्या की राजधानी नैरोबी | KE
photocopy | एलेक्सा बोत्सवाना की राजधानी क्या है | BW
photocopy | एलेक्सा नामीबिया की राजधानी विंडहोक | NA
photocopy | एलेक्सा रहने दो साहब आ गए | CANCEL
photocopy | एलेक्सा अंगोला की राजधानी लुआंडा है | AO
photocopy | एलेक्सा मोज़ाम्बिक की राजधानी मापुटो | MZ
photocopy | एलेक्सा ज़िम्बाब्वे की राजधानी हरारे है ना | ZW
photocopy | एलेक्सा प्रिंटर में कागज़ फँस गया क्या करूँ | FB
# Cobblers on a Bhopal pavement
mochi | एलेक्सा {} की राजधानी बता दो बाबूजी का जूता सिल रहा हूँ | बोलीविया=BO; पाकिस्तान=PK; केन्या=KE
mochi | एलेक्सा पालिश करते करते पूछ रहे {} की राजधानी | चीन=CN; अर्जेंटीना=AR; क्यूबा=CU
mochi | एलेक्सा मध्य प्रदेश की राजधानी भोपाल ही है ना | IN-MP
mochi | एलेक्सा छत्तीसगढ़ की राजधानी रायपुर है | IN-CG
mochi | एलेक्सा इटली की राजधानी बताओ वहाँ के जूते महंगे होते | IT
mochi | एलेक्सा बांग्लादेश की राजधानी क्या है | BD
mochi | एलेक्सा रहने दो भाई | CANCEL
mochi | एलेक्सा आज भोपाल में बारिश होगी | FB
mochi | एलेक्सा ब्राज़ील की राजधानी रियो है कि ब्रासीलिया | BR
mochi | एलेक्सा श्रीलंका की राजधानी कोलंबो है क्या | LK
mochi | एलेक्सा बोलीविया की राजधानी ला पाज़ है कि सुक्रे | BO
mochi | एलेक्सा बंद हो जा | STOP
mochi | एलेक्सा अफ़्रीका की राजधानी क्या है | FB
# Tea-stall owners at the Sitapur bus stand
chaiwala | एलेक्सा {} की राजधानी बताओ चाय उबल रही है | कांगो=CD+CG; इराक=IQ; नॉर्वे=NO
chaiwala | एलेक्सा बस आने से पहले बताओ {} की राजधानी | श्रीलंका=LK; तंज़ानिया=TZ; नेपाल=NP
chaiwala | एलेक्सा असम की राजधानी बताओ चाय वहीं से आती | IN-AS
chaiwala | एलेक्सा दार्जिलिंग किस राज्य में है | FB
chaiwala | एलेक्सा केन्या की राजधानी बताओ वहाँ भी चाय होती है | KE
chaiwala | एलेक्सा चीन की राजधानी बीजिंग है | CN
chaiwala | एलेक्सा यूपी की राजधानी बताओ | IN-UP
chaiwala | एलेक्सा बंद कर दो भाई | STOP
chaiwala | एलेक्सा ब्रिटेन की राजधानी लंदन जिन्होंने चाय सिखाई | GB
chaiwala | एलेक्सा अदरक वाली चाय कैसे बनाते | FB
chaiwala | एलेक्सा मलेशिया की राजधानी कुआलालंपुर है | MY
chaiwala | एलेक्सा रहने दो ग्राहक आ गया | CANCEL
# Dhaba cooks on the Ambala highway
dhaba | एलेक्सा {} दी राजधानी दस्सो रोटी सेक रहे आं | ईरान=IR; मोरक्को=MA; थाईलैंड=TH
dhaba | एलेक्सा तंदूर कोल खड़े आं {} दी राजधानी की ए | यूनान=GR; पेरू=PE; वियतनाम=VN
dhaba | एलेक्सा ट्रक वाले पुछदे अफ़गानिस्तान दी राजधानी की ए | AF
dhaba | एलेक्सा जम्मू दी राजधानी की ए | IN-JK
dhaba | एलेक्सा हिमाचल दी राजधानी शिमला | IN-HP
dhaba | एलेक्सा मेक्सिको दी राजधानी दस्सो | MX
dhaba | एलेक्सा चुप कर जा | STOP
dhaba | एलेक्सा अंबाला तों दिल्ली कितना दूर | FB
dhaba | एलेक्सा इंग्लैंड दी राजधानी की ए साडे बाऊ जी ओथे | GB-ENG
dhaba | एलेक्सा कनाडा दी राजधानी ओटावा ए | CA
dhaba | एलेक्सा छड्ड यार | CANCEL
dhaba | एलेक्सा तुर्की दी राजधानी दस्सो | TR
dhaba | एलेक्सा लाहौर किस देश दी राजधानी ए | FB
# Wedding brass-band players in Meerut
bandwala | एलेक्सा {} की राजधानी बताओ बारात निकलने वाली है | मिस्र=EG; पोलैंड=PL; चिली=CL
bandwala | एलेक्सा ड्रम बजाते बजाते बताओ {} की राजधानी | जमैका=JM; लेबनान=LB; सेनेगल=SN
bandwala | एलेक्सा नागिन धुन बजाओ | FB
bandwala | एलेक्सा ये देश ये धरती गाना लगाओ | FB
bandwala | एलेक्सा उत्तराखंड की राजधानी देहरादून है | IN-UK
bandwala | एलेक्सा अमेरिका की राजधानी न्यूयॉर्क है क्या | US
bandwala | एलेक्सा ब्राज़ील की राजधानी बताओ वहाँ बाजा बहुत बजता | BR
bandwala | एलेक्सा क्यूबा की राजधानी हवाना | CU
bandwala | एलेक्सा बंद करो बारात चल पड़ी | STOP
bandwala | एलेक्सा स्कॉटलैंड की राजधानी एडिनबर्ग है वहाँ बैगपाइप बजता | GB-SCT
bandwala | एलेक्सा अर्जेंटीना की राजधानी बताओ | AR
bandwala | एलेक्सा रहने दो उस्ताद बुला रहे हैं | CANCEL
bandwala | एलेक्सा ऑस्ट्रिया की राजधानी वियना जहाँ संगीत है | AT
# Chinese students of Hindi in Beijing and Shanghai
chineselearner | एलेक्सा कृपया बताइए {} की राजधानी कौन सी है | मंगोलिया=MN; लाओस=LA; कंबोडिया=KH
chineselearner | एलेक्सा मैं चीन से हूँ {} की राजधानी क्या होती है | वियतनाम=VN; म्यांमार=MM; उत्तर कोरिया=KP
chineselearner | एलेक्सा चीन की राजधानी बीजिंग है मैं वहीं पढ़ती हूँ | CN
chineselearner | एलेक्सा कृपया भारत की राजधानी बताइए | IN
chineselearner | एलेक्सा ताइवान की राजधानी क्या है | TW
chineselearner | एलेक्सा मकाऊ की राजधानी क्या है | MO
chineselearner | एलेक्सा दक्षिण कोरिया की राजधानी सोल है | KR
chineselearner | एलेक्सा कृपया रुक जाइए | STOP
chineselearner | एलेक्सा हिंदी में नमस्ते का मतलब क्या है | FB
chineselearner | एलेक्सा नेपाल की राजधानी काठमांडू है क्या | NP
chineselearner | एलेक्सा भूटान की राजधानी थिम्फू | BT
chineselearner | एलेक्सा किर्गिज़स्तान की राजधानी कृपया | KG
chineselearner | एलेक्सा मैं कौन से सवाल पूछ सकती हूँ | HELP
chineselearner | एलेक्सा पाकिस्तान की राजधानी इस्लामाबाद है | PK
# Aligarh lock makers; the casting shop
taala | एलेक्सा {} की राजधानी बताओ ताले पैक हो रहे हैं | सूडान=SD; यमन=YE; ओमान=OM
taala | एलेक्सा भट्टी के पास से पूछ रहे {} की राजधानी | मॉरीशस=MU; घाना=GH; लीबिया=LY
taala | एलेक्सा अलीगढ़ से आगरा कितनी दूर है | FB
taala | एलेक्सा सऊदी अरब की राजधानी बताओ वहाँ ताले जाते हैं | SA
taala | एलेक्सा संयुक्त अरब अमीरात की राजधानी अबू धाबी है | AE
taala | एलेक्सा पीतल का भाव क्या है | FB
taala | एलेक्सा नाइजीरिया की राजधानी बताओ | NG
taala | एलेक्सा बस करो | STOP
taala | एलेक्सा जर्मनी की राजधानी बर्लिन है ना | DE
taala | एलेक्सा केन्या की राजधानी | KE
taala | एलेक्सा रहने दे भाई | CANCEL
taala | एलेक्सा ईरान की राजधानी तेहरान | IR
# Moradabad brassware polishers; an export order
peetal | एलेक्सा {} की राजधानी बताओ माल वहीं जाना है | अमेरिका=US; फ़्रांस=FR; बेल्जियम=BE
peetal | एलेक्सा पॉलिश करते करते बताओ {} की राजधानी | डेनमार्क=DK; स्वीडन=SE; फ़िनलैंड=FI
peetal | एलेक्सा ऑर्डर जर्मनी का है वहाँ की राजधानी क्या है | DE
peetal | एलेक्सा नीदरलैंड की राजधानी एम्स्टर्डम है या द हेग | NL
peetal | एलेक्सा ब्रिटेन की राजधानी लंदन है | GB
peetal | एलेक्सा डॉलर का रेट आज क्या है | FB
peetal | एलेक्सा मुरादाबाद में बिजली कब आएगी | FB
peetal | एलेक्सा ऑस्ट्रेलिया की राजधानी बताओ | AU
peetal | एलेक्सा रुको | STOP
peetal | एलेक्सा इटली की राजधानी रोम है | IT
peetal | एलेक्सा स्पेन की राजधानी बताओ | ES
peetal | एलेक्सा रहने दो सेठ जी आ गए | CANCEL
# Plural capitals: all eight several-capital countries, several times each
plural-capitals | एलेक्सा दक्षिण अफ्रीका की राजधानियाँ कौन कौन सी हैं | ZA
plural-capitals | एलेक्सा साउथ अफ्रीका की तीन राजधानियों के नाम बताओ | ZA
plural-capitals | एलेक्सा दक्षिण अफ़्रीका की सारी कैपिटल बताओ | ZA
plural-capitals | एलेक्सा साउथ अफ़्रीका में तीन राजधानी क्यों हैं और कौन सी | ZA
plural-capitals | एलेक्सा दक्षिण अफ्रीका की प्रशासनिक और संसद वाली दोनों राजधानियाँ | ZA
plural-capitals | एलेक्सा दक्षिण अफ्रीका देश की राजधानियों की सूची | ZA
plural-capitals | एलेक्सा प्रिटोरिया के अलावा दक्षिण अफ्रीका की बाकी राजधानियाँ | ZA
plural-capitals | एलेक्सा दक्षिण अफ़्रीका की तीनों कैपिटल सिटी कौन सी हैं | ZA
plural-capitals | एलेक्सा बोलीविया की दोनों राजधानियाँ बताओ | BO
plural-capitals | एलेक्सा बोलिविया की राजधानियाँ कौन सी हैं | BO
plural-capitals | एलेक्सा बोलीविया की दो कैपिटल के नाम | BO
plural-capitals | एलेक्सा बोलीविया में दो राजधानी हैं ना कौन सी | BO
plural-capitals | एलेक्सा बोलीविया की संवैधानिक और सरकारी राजधानियाँ | BO
plural-capitals | एलेक्सा ला पाज़ के साथ बोलीविया की दूसरी राजधानी कौन सी | BO
plural-capitals | एलेक्सा बोलीविया देश की सभी राजधानियाँ | BO
plural-capitals | एलेक्सा बोलिविया की दोनों कैपिटल सिटीज़ | BO
plural-capitals | एलेक्सा नीदरलैंड की राजधानियाँ बताओ | NL
plural-capitals | एलेक्सा नीदरलैंड्स की दोनों राजधानी कौन सी हैं | NL
plural-capitals | एलेक्सा हॉलैंड की दो राजधानियाँ कौन सी | NL
plural-capitals | एलेक्सा नेदरलैंड की सारी राजधानियाँ | NL
plural-capitals | एलेक्सा नीदरलैंड में दो कैपिटल क्यों हैं बताओ नाम | NL
plural-capitals | एलेक्सा नीदरलैंड की संसद वाली और असली राजधानी दोनों बताओ | NL
plural-capitals | एलेक्सा हॉलैंड देश की दोनों कैपिटल | NL
plural-capitals | एलेक्सा नीदरलैंड्स की राजधानियों के नाम | NL
plural-capitals | एलेक्सा मलेशिया की दोनों राजधानियाँ कौन सी हैं | MY
plural-capitals | एलेक्सा मलेशिया की राजधानियाँ बताओ ना | MY
plural-capitals | एलेक्सा मलेशिया में दो राजधानी हैं उनके नाम | MY
plural-capitals | एलेक्सा मलेशिया की सारी कैपिटल | MY
plural-capitals | एलेक्सा मलेशिया की सरकारी और शाही दोनों राजधानियाँ | MY
plural-capitals | एलेक्सा मलेशिया की दोनों कैपिटल सिटी | MY
plural-capitals | एलेक्सा मलयेशिया की राजधानियों की लिस्ट | MY
plural-capitals | एलेक्सा मलेशिया देश की दो राजधानियाँ | MY
plural-capitals | एलेक्सा श्रीलंका की दोनों राजधानियाँ बताओ | LK
plural-capitals | एलेक्सा श्रीलंका की राजधानियाँ कौन सी हैं | LK
plural-capitals | एलेक्सा श्री लंका की दो कैपिटल | LK
plural-capitals | एलेक्सा श्रीलंका में दो राजधानी हैं क्या नाम बताओ | LK
plural-capitals | एलेक्सा कोलंबो के अलावा श्रीलंका की दूसरी राजधानी भी बताओ दोनों | LK
plural-capitals | एलेक्सा लंका की सारी राजधानियाँ | LK
plural-capitals | एलेक्सा श्रीलंका देश की दोनों कैपिटल सिटी | LK
plural-capitals | एलेक्सा बेनिन की दोनों राजधानियाँ कौन सी | BJ
plural-capitals | एलेक्सा बेनिन की राजधानियाँ बताओ | BJ
plural-capitals | एलेक्सा बेनिन देश की दो कैपिटल | BJ
plural-capitals | एलेक्सा बेनिन में दो राजधानी हैं कौन सी | BJ
plural-capitals | एलेक्सा बेनिन की सरकारी और संवैधानिक राजधानियाँ | BJ
plural-capitals | एलेक्सा बेनिन की सारी राजधानियों के नाम | BJ
plural-capitals | एलेक्सा बेनीन की दोनों कैपिटल सिटी | BJ
plural-capitals | एलेक्सा आइवरी कोस्ट की दोनों राजधानियाँ | CI
plural-capitals | एलेक्सा कोट डी आइवर की राजधानियाँ कौन सी हैं | CI
plural-capitals | एलेक्सा आइवरी कोस्ट में दो कैपिटल हैं ना | CI
plural-capitals | एलेक्सा कोत दिवुआर की दोनों राजधानी | CI
plural-capitals | एलेक्सा आइवरी कोस्ट की सारी राजधानियाँ बताओ | CI
plural-capitals | एलेक्सा अबिदजान के साथ आइवरी कोस्ट की दूसरी राजधानी दोनों बताओ | CI
plural-capitals | एलेक्सा आइवरी कोस्ट देश की दो कैपिटल सिटी | CI
plural-capitals | एलेक्सा इस्वातिनी की दोनों राजधानियाँ | SZ
plural-capitals | एलेक्सा एस्वातिनी की राजधानियाँ कौन सी हैं | SZ
plural-capitals | एलेक्सा स्वाज़ीलैंड की दो राजधानियाँ बताओ | SZ
plural-capitals | एलेक्सा स्वाज़ीलैंड की सारी कैपिटल | SZ
plural-capitals | एलेक्सा इस्वातिनी में दो राजधानी हैं कौन कौन | SZ
plural-capitals | एलेक्सा एस्वाटिनी की शाही और सरकारी राजधानियाँ | SZ
plural-capitals | एलेक्सा स्वाज़ीलैंड देश की दोनों कैपिटल सिटी | SZ
plural-capitals | एलेक्सा फ़िलिस्तीन की दोनों राजधानियाँ बताओ | PS
plural-capitals | एलेक्सा फिलिस्तीन की राजधानियाँ कौन सी हैं | PS
plural-capitals | एलेक्सा जम्मू कश्मीर की दोनों राजधानियाँ | IN-JK
plural-capitals | एलेक्सा जम्मू और कश्मीर की गर्मी और सर्दी वाली राजधानियाँ | IN-JK
plural-capitals | एलेक्सा उत्तराखंड की दोनों राजधानियाँ बताओ | IN-UK
plural-capitals | एलेक्सा किन देशों की दो राजधानियाँ हैं | FB
plural-capitals | एलेक्सा दुनिया की राजधानियाँ से पूछो बोलीविया की राजधानियाँ | BO
plural-capitals | एलेक्सा दुनिया की राजधानियाँ से पूछो दक्षिण अफ्रीका की तीनों राजधानियाँ | ZA
plural-capitals | एलेक्सा दुनिया की राजधानियाँ में नीदरलैंड की दोनों राजधानी बताओ | NL
plural-capitals | एलेक्सा दुनिया की राजधानियाँ से श्रीलंका की दोनों कैपिटल पूछो | LK
# Subdivisions: states, provinces, UK nations, territories; some the data lacks
subdivision | एलेक्सा केरल की राजधानी कौन सी है | IN-KL
subdivision | एलेक्सा ओडिशा की राजधानी भुवनेश्वर है ना | IN-OD
subdivision | एलेक्सा मणिपुर की राजधानी बताओ | IN-MN
subdivision | एलेक्सा मेघालय की राजधानी शिलांग | IN-ML
subdivision | एलेक्सा मिज़ोरम की राजधानी क्या है | IN-MZ
subdivision | एलेक्सा नागालैंड की राजधानी कोहिमा है कि दीमापुर | IN-NL
subdivision | एलेक्सा त्रिपुरा की राजधानी बताओ | IN-TR
subdivision | एलेक्सा अरुणाचल प्रदेश की राजधानी ईटानगर | IN-AR
subdivision | एलेक्सा आंध्र प्रदेश की राजधानी अभी कौन सी है | IN-AP
subdivision | एलेक्सा तेलंगाना राज्य की राजधानी | IN-TS
subdivision | एलेक्सा पुडुचेरी की राजधानी क्या है | IN-PY
subdivision | एलेक्सा दादरा नगर हवेली और दमन दीव की राजधानी | IN-DH
subdivision | एलेक्सा चंडीगढ़ किसकी राजधानी है | CITY:चंडीगढ़
subdivision | एलेक्सा कैलिफ़ोर्निया की राजधानी लॉस एंजेलिस है क्या | US-CA
subdivision | एलेक्सा टेक्सास की राजधानी बताओ | US-TX
subdivision | एलेक्सा न्यूयॉर्क राज्य की राजधानी क्या है | US-NY
subdivision | एलेक्सा फ़्लोरिडा की राजधानी मियामी है | US-FL
subdivision | एलेक्सा अमेरिका के न्यू जर्सी की राजधानी | US-NJ
subdivision | एलेक्सा वॉशिंगटन राज्य की राजधानी सिएटल है क्या | US-WA
subdivision | एलेक्सा इलिनॉय की राजधानी शिकागो है | US-IL
subdivision | एलेक्सा हवाई की राजधानी होनोलुलु | US-HI
subdivision | एलेक्सा क्यूबेक प्रांत की राजधानी | CA-QC
subdivision | एलेक्सा कनाडा के मैनिटोबा की राजधानी | CA-MB
subdivision | एलेक्सा स्कॉटलैंड की राजधानी ग्लासगो है क्या | GB-SCT
subdivision | एलेक्सा वेल्स की राजधानी कार्डिफ़ | GB-WLS
subdivision | एलेक्सा उत्तरी आयरलैंड की राजधानी बताओ | GB-NIR
subdivision | एलेक्सा बवेरिया की राजधानी म्यूनिख है | DE-BY
subdivision | एलेक्सा ऑस्ट्रेलिया के विक्टोरिया राज्य की राजधानी | AU-VIC
subdivision | एलेक्सा न्यू साउथ वेल्स की राजधानी सिडनी है | AU-NSW
subdivision | एलेक्सा क्वींसलैंड की राजधानी बताओ | AU-QLD
subdivision | एलेक्सा ग्रीनलैंड की राजधानी क्या है | GL
subdivision | एलेक्सा पोर्टो रिको की राजधानी | PR
subdivision | एलेक्सा जिब्राल्टर की राजधानी | GI
subdivision | एलेक्सा साओ पाउलो राज्य की राजधानी | BR-SP
subdivision | एलेक्सा मेक्सिको के हालिस्को राज्य की राजधानी | MX-JAL
subdivision | एलेक्सा बाहिया की राजधानी बताओ | BR-BA
subdivision | एलेक्सा गिलगित बाल्टिस्तान की राजधानी | FB
subdivision | एलेक्सा खैबर पख्तूनख्वा की राजधानी पेशावर है | FB
subdivision | एलेक्सा स्कॉटलैंड के हाईलैंड्स की राजधानी | FB
subdivision | एलेक्सा बंगाल प्रेसीडेंसी की राजधानी | FB
subdivision | एलेक्सा बास्क देश की राजधानी | FB
subdivision | एलेक्सा कैटलोनिया की राजधानी बार्सिलोना | FB
subdivision | एलेक्सा टैक्सास के डलास की राजधानी | FB
subdivision | एलेक्सा तमिलनाडु की राजधानी चेन्नई या मद्रास | IN-TN
subdivision | एलेक्सा कश्मीर की राजधानी श्रीनगर है | IN-JK
subdivision | एलेक्सा लक्षद्वीप की राजधानी कवरत्ती | IN-LD
subdivision | एलेक्सा अलास्का की राजधानी एंकोरेज है क्या | US-AK
subdivision | एलेक्सा तस्मानिया की राजधानी होबार्ट | AU-TAS
subdivision | एलेक्सा ओंटारियो प्रांत की राजधानी | CA-ON
subdivision | एलेक्सा दुनिया की राजधानियाँ से पूछो सिक्किम की राजधानी | IN-SK
subdivision | एलेक्सा हैम्बर्ग की राजधानी क्या है | DE-HH
subdivision | एलेक्सा फ़ेरो आइलैंड की राजधानी | FO
subdivision | एलेक्सा गुआम की राजधानी | GU
# Help
help | एलेक्सा मदद करो | HELP
help | एलेक्सा ये कैसे चलता है बताओ | HELP
help | एलेक्सा मुझे समझ नहीं आ रहा क्या बोलूँ | HELP
help | एलेक्सा इसमें क्या क्या पूछ सकते हैं | HELP
help | एलेक्सा हेल्प चाहिए | HELP
help | एलेक्सा दुनिया की राजधानियाँ से पूछो ये क्या करता है | HELP
help | एलेक्सा दुनिया की राजधानियाँ की मदद खोलो | HELP
help | एलेक्सा कैसे पूछना है राजधानी बताओ ज़रा | HELP
help | एलेक्सा कोई उदाहरण बताओ क्या पूछूँ | HELP
help | एलेक्सा मुझे तरीका बताओ | HELP
help | एलेक्सा सहायता | HELP
help | एलेक्सा इस खेल के नियम क्या हैं | HELP
help | एलेक्सा मैं अटक गया हूँ मदद करो | HELP
help | एलेक्सा क्या बोलना है मुझे | HELP
help | एलेक्सा इसे कैसे इस्तेमाल करूँ | HELP
help | एलेक्सा मदद चाहिए भाई | HELP
help | एलेक्सा आप क्या क्या बता सकती हो | HELP
help | एलेक्सा निर्देश सुनाओ | HELP
help | एलेक्सा ज़रा समझाओ ये स्किल क्या करती है | HELP
help | एलेक्सा मेरी सहायता करो | HELP
help | एलेक्सा कैसे काम करती है ये राजधानी वाली चीज़ | HELP
help | एलेक्सा फिर से समझाओ क्या पूछ सकते हैं | HELP
help | एलेक्सा कुछ समझ नहीं आया मदद | HELP
help | एलेक्सा बच्चों को कैसे सिखाऊँ इससे बताओ | HELP
help | एलेक्सा मुझे गाइड करो | HELP
help | एलेक्सा इसमें सवाल कैसे पूछते हैं | HELP
help | एलेक्सा दुनिया की राजधानियाँ हेल्प | HELP
# Stop
stop | एलेक्सा रुक जाओ | STOP
stop | एलेक्सा बंद करो इसे | STOP
stop | एलेक्सा अब बस हो गया | STOP
stop | एलेक्सा स्टॉप | STOP
stop | एलेक्सा चुप रहो | STOP
stop | एलेक्सा बाहर निकलो | STOP
stop | एलेक्सा दुनिया की राजधानियाँ बंद करो | STOP
stop | एलेक्सा ख़त्म करो | STOP
stop | एलेक्सा अब और नहीं | STOP
stop | एलेक्सा बोलना बंद करो | STOP
stop | एलेक्सा एग्ज़िट | STOP
stop | एलेक्सा ठहरो | STOP
stop | एलेक्सा बस करो अब सोना है | STOP
stop | एलेक्सा आवाज़ बंद | STOP
stop | एलेक्सा इतना काफ़ी है | STOP
stop | एलेक्सा राजधानी वाला बंद कर दो | STOP
stop | एलेक्सा मुझे अब नहीं खेलना | STOP
stop | एलेक्सा अलविदा | STOP
stop | एलेक्सा चलो बाय | STOP
stop | एलेक्सा स्किल बंद करो | STOP
stop | एलेक्सा रुको रुको बस | STOP
stop | एलेक्सा खेल ख़त्म | STOP
stop | एलेक्सा बंद हो जाओ अभी | STOP
stop | एलेक्सा शांत हो जाओ | STOP
stop | एलेक्सा अब बंद कर दीजिए | STOP
stop | एलेक्सा ठीक है बंद करो धन्यवाद | STOP
# Cancel
cancel | एलेक्सा कैंसल | CANCEL
cancel | एलेक्सा कैंसिल करो | CANCEL
cancel | एलेक्सा रहने दो | CANCEL
cancel | एलेक्सा छोड़ो इसे | CANCEL
cancel | एलेक्सा नहीं चाहिए | CANCEL
cancel | एलेक्सा कुछ नहीं | CANCEL
cancel | एलेक्सा भूल जाओ | CANCEL
cancel | एलेक्सा ग़लती से बोल दिया रहने दो | CANCEL
cancel | एलेक्सा वो सवाल कैंसल करो | CANCEL
cancel | एलेक्सा नहीं नहीं रहने दीजिए | CANCEL
cancel | एलेक्सा मत बताओ | CANCEL
cancel | एलेक्सा जाने दो | CANCEL
cancel | एलेक्सा कोई बात नहीं रहने दो | CANCEL
cancel | एलेक्सा छोड़ दो यार | CANCEL
cancel | एलेक्सा रद्द करो | CANCEL
cancel | एलेक्सा अभी नहीं बाद में | CANCEL
cancel | एलेक्सा मैंने कुछ नहीं पूछा | CANCEL
cancel | एलेक्सा ये वाला रहने दो | CANCEL
cancel | एलेक्सा नहीं पूछना अब | CANCEL
cancel | एलेक्सा उसको छोड़ो | CANCEL
cancel | एलेक्सा रद्द कर दीजिए | CANCEL
cancel | एलेक्सा ना रहने दे | CANCEL
cancel | एलेक्सा कैंसल कर दो भाई | CANCEL
cancel | एलेक्सा ग़लत हो गया रद्द करो | CANCEL
cancel | एलेक्सा वापस लो | CANCEL
cancel | एलेक्सा नहीं जी कुछ नहीं चाहिए | CANCEL
# Launch by the invocation name
launch | एलेक्सा दुनिया की राजधानियाँ खोलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ शुरू करो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ चलाओ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ ओपन करो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ लॉन्च करो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ वाली स्किल खोलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ स्टार्ट करो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खेलना है | LAUNCH
launch | एलेक्सा मुझे दुनिया की राजधानियाँ चाहिए | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ चालू करो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ शुरू कीजिए | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ से बात करनी है | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ पर चलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोल दो ना | LAUNCH
launch | एलेक्सा ज़रा दुनिया की राजधानियाँ खोलना | LAUNCH
launch | एलेक्सा बच्चों के लिए दुनिया की राजधानियाँ खोलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ लगाओ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ वाला खेल शुरू करो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ ऐप खोलो | LAUNCH
launch | एलेक्सा चलो दुनिया की राजधानियाँ खेलते हैं | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ को बुलाओ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ एक बार खोलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ फिर से खोलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ शुरू कर दो भाई | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ चला दीजिए | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोलिए प्लीज़ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ से जुड़ो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ वाली चीज़ खोलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ चलाइए | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ में ले चलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ स्किल शुरू | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोलो मुझे कुछ पूछना है | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ को खोलो जी | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ लाओ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ वाला प्रोग्राम चलाओ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ पे जाओ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ शुरू करना | LAUNCH
launch | एलेक्सा हमें दुनिया की राजधानियाँ सुनना है | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ एक्टिवेट करो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ वाला क्विज़ खोलो | LAUNCH
launch | एलेक्सा खोलो दुनिया की राजधानियाँ | LAUNCH
launch | एलेक्सा शुरू करो दुनिया की राजधानियाँ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ चालू कर दो बेटा पूछेगा | LAUNCH
# Follow-ups within a session
follow-up | और फ़्रांस की | FR
follow-up | और जापान का | JP
follow-up | अच्छा और चीन की | CN
follow-up | और केन्या | KE
follow-up | फिर पेरू की | PE
follow-up | और उत्तर कोरिया की | KP
follow-up | अब दक्षिण कोरिया की बताओ | KR
follow-up | और फ़िलिस्तीन | PS
follow-up | और कांगो गणराज्य की | CG
follow-up | अच्छा डीआर कांगो की | CD
follow-up | और बोलीविया की | BO
follow-up | उसके बाद मलेशिया | MY
follow-up | अब नीदरलैंड का बताओ | NL
follow-up | और दक्षिण अफ़्रीका | ZA
follow-up | ठीक है अब अर्जेंटीना | AR
follow-up | उसका पड़ोसी चिली | CL
follow-up | और वियतनाम की राजधानी | VN
follow-up | एलेक्सा और मिस्र | EG
follow-up | एलेक्सा अब कनाडा की | CA
follow-up | एलेक्सा फिर से जर्मनी की | DE
follow-up | और नाइजीरिया का क्या | NG
follow-up | एक और इथियोपिया | ET
follow-up | अगला सवाल बेल्जियम की राजधानी | BE
follow-up | और अब पोलैंड | PL
follow-up | अच्छा तो हंगरी | HU
follow-up | हम्म और नॉर्वे | NO
follow-up | और बिहार की | IN-BR
follow-up | और कर्नाटक | IN-KA
follow-up | फिर ऑस्ट्रेलिया वाली | AU
follow-up | और पाकिस्तान का | PK
follow-up | और वाले में सूडान | SD
follow-up | फिर से बोलो | FB
follow-up | अच्छा और क्यूबा की | CU
follow-up | और उसके बाद इराक़ | IQ
# Yes/no checks
yes-no-check | एलेक्सा क्या पेरिस फ़्रांस की राजधानी है | FR
yes-no-check | एलेक्सा सिडनी ऑस्ट्रेलिया की राजधानी है ना | AU
yes-no-check | एलेक्सा क्या टोरंटो कनाडा की राजधानी है | CA
yes-no-check | एलेक्सा इस्तांबुल तुर्की की राजधानी है या नहीं | TR
yes-no-check | एलेक्सा क्या प्योंगयांग उत्तर कोरिया की राजधानी है | KP
yes-no-check | एलेक्सा सियोल दक्षिण कोरिया की राजधानी है क्या | KR
yes-no-check | एलेक्सा क्या किंशासा कांगो लोकतांत्रिक गणराज्य की राजधानी है | CD
yes-no-check | एलेक्सा ब्राज़ाविल कांगो गणराज्य की राजधानी है सही है | CG
yes-no-check | एलेक्सा क्या रामल्लाह फ़िलिस्तीन की राजधानी है | PS
yes-no-check | एलेक्सा क्या लागोस नाइजीरिया की राजधानी है | NG
yes-no-check | एलेक्सा कराची पाकिस्तान की राजधानी है क्या | PK
yes-no-check | एलेक्सा क्या रियो ब्राज़ील की राजधानी है | BR
yes-no-check | एलेक्सा क्या ज़्यूरिख स्विट्ज़रलैंड की राजधानी है | CH
yes-no-check | एलेक्सा न्यूयॉर्क अमेरिका की राजधानी है क्या | US
yes-no-check | एलेक्सा क्या मुंबई भारत की राजधानी है | IN
yes-no-check | एलेक्सा क्या दुबई संयुक्त अरब अमीरात की राजधानी है | AE
yes-no-check | एलेक्सा क्या कोलंबो श्रीलंका की राजधानी है | LK
yes-no-check | एलेक्सा हेग नीदरलैंड की राजधानी है क्या | NL
yes-no-check | एलेक्सा क्या ला पाज़ बोलीविया की राजधानी है | BO
yes-no-check | एलेक्सा क्या केप टाउन दक्षिण अफ़्रीका की राजधानी है | ZA
yes-no-check | एलेक्सा क्या पुत्रजया मलेशिया की राजधानी है | MY
yes-no-check | एलेक्सा अल्माटी कज़ाखस्तान की राजधानी है ना | KZ
yes-no-check | एलेक्सा क्या यांगून म्यांमार की राजधानी है | MM
yes-no-check | एलेक्सा ऑकलैंड न्यूज़ीलैंड की राजधानी है क्या | NZ
yes-no-check | एलेक्सा क्या कैसाब्लांका मोरक्को की राजधानी है | MA
yes-no-check | एलेक्सा क्या अबुजा नाइजीरिया की ही राजधानी है | NG
yes-no-check | एलेक्सा क्या वेनिस इटली की राजधानी है | IT
yes-no-check | एलेक्सा क्या मुंबई महाराष्ट्र की राजधानी है | IN-MH
yes-no-check | एलेक्सा इंदौर मध्य प्रदेश की राजधानी है क्या | IN-MP
yes-no-check | एलेक्सा क्या डार्विन उत्तरी क्षेत्र की राजधानी है | AU-NT
# Self-corrections
self-correction | एलेक्सा ऑस्ट्रिया की राजधानी नहीं नहीं ऑस्ट्रेलिया की | AU
self-correction | एलेक्सा स्वीडन की राजधानी अरे नहीं स्विट्ज़रलैंड की | CH
self-correction | एलेक्सा उत्तर कोरिया की सॉरी दक्षिण कोरिया की राजधानी | KR
self-correction | एलेक्सा दक्षिण कोरिया नहीं उत्तर कोरिया की राजधानी बताओ | KP
self-correction | एलेक्सा कांगो गणराज्य की नहीं लोकतांत्रिक गणराज्य कांगो की राजधानी | CD
self-correction | एलेक्सा डीआर कांगो मतलब नहीं कांगो ब्राज़ाविल की राजधानी | CG
self-correction | एलेक्सा इज़राइल की राजधानी नहीं मेरा मतलब फ़िलिस्तीन की | PS
self-correction | एलेक्सा ईरान की नहीं इराक़ की राजधानी | IQ
self-correction | एलेक्सा गिनी की राजधानी नहीं रुको गिनी बिसाऊ की | GW
self-correction | एलेक्सा नाइजर की अरे नाइजीरिया की राजधानी | NG
self-correction | एलेक्सा स्लोवेनिया की राजधानी नहीं स्लोवाकिया की | SK
self-correction | एलेक्सा आइसलैंड की नहीं आयरलैंड की राजधानी | IE
self-correction | एलेक्सा मलेशिया की राजधानी नहीं इंडोनेशिया की | ID
self-correction | एलेक्सा पेरू नहीं पैराग्वे की राजधानी | PY
self-correction | एलेक्सा मॉरिटानिया की नहीं मॉरीशस की राजधानी | MU
self-correction | एलेक्सा बोलीविया की एक मिनट कोलंबिया की राजधानी | CO
self-correction | एलेक्सा लातविया की राजधानी नहीं लिथुआनिया की | LT
self-correction | एलेक्सा जाम्बिया की ओह गाम्बिया की राजधानी | GM
self-correction | एलेक्सा ऑस्ट्रेलिया की नहीं यार ऑस्ट्रिया की | AT
self-correction | एलेक्सा नीदरलैंड की राजधानी नहीं डेनमार्क की | DK
self-correction | एलेक्सा सूडान नहीं दक्षिण सूडान की राजधानी | SS
self-correction | एलेक्सा हरियाणा की नहीं हिमाचल की राजधानी | IN-HP
self-correction | एलेक्सा झारखंड नहीं छत्तीसगढ़ की राजधानी | IN-CG
self-correction | एलेक्सा नेपाल की राजधानी रुको रुको भूटान की | BT
self-correction | एलेक्सा अल्जीरिया की नहीं नाइजीरिया की | NG
self-correction | एलेक्सा ताइवान की ग़लत बोला थाईलैंड की राजधानी | TH
self-correction | एलेक्सा दक्षिण अफ़्रीका नहीं मध्य अफ़्रीकी गणराज्य की राजधानी | CF
self-correction | एलेक्सा मोनाको की नहीं मोरक्को की राजधानी | MA
# Reverse questions
reverse-question | एलेक्सा नैरोबी किस देश की राजधानी है | CITY:नैरोबी
reverse-question | एलेक्सा काठमांडू किसकी राजधानी है | CITY:काठमांडू
reverse-question | एलेक्सा कैनबरा किस देश की कैपिटल है | CITY:कैनबरा
reverse-question | एलेक्सा ओटावा कहाँ की राजधानी है | CITY:ओटावा
reverse-question | एलेक्सा प्योंगयांग किस देश की राजधानी है | CITY:प्योंगयांग
reverse-question | एलेक्सा सिओल किस देश की राजधानी है | CITY:सिओल
reverse-question | एलेक्सा किंशासा कौन से देश की राजधानी है | CITY:किंशासा
reverse-question | एलेक्सा ब्राज़ाविले किस देश की राजधानी है | CITY:ब्राज़ाविले
reverse-question | एलेक्सा रामल्लाह किसकी राजधानी है | CITY:रामल्लाह
reverse-question | एलेक्सा किस देश की राजधानी अस्ताना है | CITY:अस्ताना
reverse-question | एलेक्सा ब्यूनस आयरस किस देश में राजधानी है | CITY:ब्यूनस आयरस
reverse-question | एलेक्सा लीमा किस देश की राजधानी है | CITY:लीमा
reverse-question | एलेक्सा विंडहोक कौन से देश की राजधानी | CITY:विंडहोक
reverse-question | एलेक्सा ढाका किस देश की राजधानी है | CITY:ढाका
reverse-question | एलेक्सा हनोई किस देश की कैपिटल | CITY:हनोई
reverse-question | एलेक्सा किस देश की राजधानी काबुल है | CITY:काबुल
reverse-question | एलेक्सा रायपुर किस राज्य की राजधानी है | CITY:रायपुर
reverse-question | एलेक्सा शिलांग किस राज्य की राजधानी है | CITY:शिलांग
reverse-question | एलेक्सा गांधीनगर किसकी राजधानी है | CITY:गांधीनगर
reverse-question | एलेक्सा कोहिमा किस राज्य की राजधानी | CITY:कोहिमा
reverse-question | एलेक्सा अदीस अबाबा कहाँ की राजधानी है | CITY:अदीस अबाबा
reverse-question | एलेक्सा प्रिटोरिया किस देश की राजधानी है | CITY:प्रिटोरिया
reverse-question | एलेक्सा सूक्रे किस देश की राजधानी है | CITY:सूक्रे
reverse-question | एलेक्सा पुत्रजया कहाँ की राजधानी है | CITY:पुत्रजया
reverse-question | एलेक्सा एम्स्टर्डम किस देश की राजधानी है | CITY:एम्स्टर्डम
reverse-question | एलेक्सा बिश्केक किस देश की राजधानी | CITY:बिश्केक
reverse-question | एलेक्सा रेक्याविक किस देश की राजधानी है | CITY:रेक्याविक
reverse-question | एलेक्सा तिब्लिसी किस देश की राजधानी है | CITY:टबिलिसी
reverse-question | एलेक्सा उलानबातर किस देश की राजधानी है | CITY:उलानबातर
reverse-question | एलेक्सा दुनिया की राजधानियाँ से पूछो मनीला किसकी राजधानी है | CITY:मनीला
# Official and long names
official-name | एलेक्सा संयुक्त राज्य अमेरिका की राजधानी क्या है | US
official-name | एलेक्सा यूनाइटेड किंगडम ऑफ़ ग्रेट ब्रिटेन की राजधानी | GB
official-name | एलेक्सा भारत गणराज्य की राजधानी | IN
official-name | एलेक्सा पीपुल्स रिपब्लिक ऑफ़ चाइना की राजधानी | CN
official-name | एलेक्सा कोरिया लोकतांत्रिक जन गणराज्य की राजधानी | KP
official-name | एलेक्सा कोरिया गणराज्य की राजधानी बताओ | KR
official-name | एलेक्सा कांगो लोकतांत्रिक गणराज्य की राजधानी | CD
official-name | एलेक्सा रिपब्लिक ऑफ़ कांगो की राजधानी क्या है | CG
official-name | एलेक्सा फ़िलिस्तीन राज्य की राजधानी | PS
official-name | एलेक्सा रूसी संघ की राजधानी | RU
official-name | एलेक्सा इस्लामी गणराज्य ईरान की राजधानी | IR
official-name | एलेक्सा इस्लामी गणराज्य पाकिस्तान की राजधानी | PK
official-name | एलेक्सा संघीय गणराज्य जर्मनी की राजधानी | DE
official-name | एलेक्सा रिपब्लिक ऑफ़ साउथ अफ़्रीका की राजधानियाँ | ZA
official-name | एलेक्सा बहुराष्ट्रीय राज्य बोलीविया की राजधानी | BO
official-name | एलेक्सा नीदरलैंड साम्राज्य की राजधानी | NL
official-name | एलेक्सा श्रीलंका लोकतांत्रिक समाजवादी गणराज्य की राजधानी | LK
official-name | एलेक्सा संयुक्त मेक्सिकी राज्य की राजधानी | MX
official-name | एलेक्सा फ़ेडरेटिव रिपब्लिक ऑफ़ ब्राज़ील की राजधानी | BR
official-name | एलेक्सा सऊदी अरब साम्राज्य की राजधानी | SA
official-name | एलेक्सा संघीय लोकतांत्रिक गणराज्य नेपाल की राजधानी | NP
official-name | एलेक्सा अरब गणराज्य मिस्र की राजधानी | EG
official-name | एलेक्सा समाजवादी गणराज्य वियतनाम की राजधानी | VN
official-name | एलेक्सा हेलेनिक रिपब्लिक की राजधानी | GR
official-name | एलेक्सा म्यांमार संघ गणराज्य की राजधानी | MM
official-name | एलेक्सा तंज़ानिया संयुक्त गणराज्य की राजधानी | TZ
# Everyday and old names
everyday-name | एलेक्सा हॉलैंड की राजधानी | NL
everyday-name | एलेक्सा बर्मा की राजधानी क्या है | MM
everyday-name | एलेक्सा सीलोन की राजधानी | LK
everyday-name | एलेक्सा फ़ारस की राजधानी | IR
everyday-name | एलेक्सा इंग्लैंड देश की राजधानी | GB-ENG
everyday-name | एलेक्सा अमरीका की राजधानी | US
everyday-name | एलेक्सा यूएसए की कैपिटल | US
everyday-name | एलेक्सा यूके की राजधानी | GB
everyday-name | एलेक्सा रशिया की राजधानी | RU
everyday-name | एलेक्सा चाइना की कैपिटल | CN
everyday-name | एलेक्सा इजिप्ट की राजधानी | EG
everyday-name | एलेक्सा स्याम की राजधानी | TH
everyday-name | एलेक्सा डच देश की राजधानी | NL
everyday-name | एलेक्सा कंपूचिया की राजधानी | KH
everyday-name | एलेक्सा ज़ैरे की राजधानी | CD
everyday-name | एलेक्सा चेकोस्लोवाकिया की राजधानी | FB
everyday-name | एलेक्सा यूगोस्लाविया की राजधानी | FB
everyday-name | एलेक्सा सोवियत संघ की राजधानी | FB
everyday-name | एलेक्सा डीआर कांगो की कैपिटल | CD
everyday-name | एलेक्सा यूएई की कैपिटल | AE
everyday-name | एलेक्सा टर्की की राजधानी | TR
everyday-name | एलेक्सा हिंदुस्तान की राजधानी | IN
everyday-name | एलेक्सा रोडेशिया की राजधानी | ZW
everyday-name | एलेक्सा अपर वोल्टा की राजधानी | BF
everyday-name | एलेक्सा दाहोमे की राजधानी | BJ
everyday-name | एलेक्सा पूर्वी तिमोर की राजधानी | TL
everyday-name | एलेक्सा चेक रिपब्लिक की कैपिटल | CZ
everyday-name | एलेक्सा उड़ीसा की राजधानी | IN-OD
everyday-name | एलेक्सा उत्तरांचल की राजधानी | IN-UK
everyday-name | एलेक्सा पांडिचेरी की राजधानी | IN-PY
# Shared names
shared-name | एलेक्सा कोरिया की राजधानी | KP+KR
shared-name | एलेक्सा कांगो की राजधानी क्या है | CD+CG
shared-name | एलेक्सा जॉर्जिया की राजधानी बताओ | GE
shared-name | एलेक्सा अमेरिका वाले जॉर्जिया की राजधानी | US-GA
shared-name | एलेक्सा जॉर्जिया देश की राजधानी तिब्लिसी है | GE
shared-name | एलेक्सा गिनी की राजधानी | GN
shared-name | एलेक्सा सूडान की राजधानी | SD
shared-name | एलेक्सा दोनों कोरिया की राजधानियाँ | KP+KR
shared-name | एलेक्सा दोनों कांगो की राजधानी | CD+CG
shared-name | एलेक्सा वॉशिंगटन की राजधानी | US-WA
shared-name | एलेक्सा मेक्सिको की राजधानी | MX
shared-name | एलेक्सा लक्ज़मबर्ग की राजधानी | LU
shared-name | एलेक्सा दिल्ली किसकी राजधानी है | CITY:नई दिल्ली
shared-name | एलेक्सा पंजाब की राजधानी | IN-PB
shared-name | एलेक्सा डोमिनिका की राजधानी | DM
shared-name | एलेक्सा डोमिनिकन की राजधानी | DO
shared-name | एलेक्सा साउथ कोरिया की राजधानी | KR
shared-name | एलेक्सा नॉर्थ कोरिया की राजधानी | KP
shared-name | एलेक्सा विक्टोरिया की राजधानी | AU-VIC
shared-name | एलेक्सा बर्लिन की राजधानी | DE-BE
shared-name | एलेक्सा ऑस्ट्रेलिया वाले विक्टोरिया की राजधानी | AU-VIC
shared-name | एलेक्सा आयरलैंड की राजधानी | IE
shared-name | एलेक्सा अज़रबैजान वाले जॉर्जिया की राजधानी | GE
shared-name | एलेक्सा सिंगापुर की राजधानी | SG
# Out-of-domain: things people say to an Echo that are not capital questions
out-of-domain | एलेक्सा दस मिनट का टाइमर लगाओ | FB
out-of-domain | एलेक्सा सुबह छह बजे का अलार्म लगा दो | FB
out-of-domain | एलेक्सा किशोर कुमार के गाने बजाओ | FB
out-of-domain | एलेक्सा भजन लगाओ | FB
out-of-domain | एलेक्सा आज की तारीख़ क्या है | FB
out-of-domain | एलेक्सा अभी कितने बजे हैं | FB
out-of-domain | एलेक्सा क्रिकेट का स्कोर बताओ | FB
out-of-domain | एलेक्सा भारत की जनसंख्या कितनी है | FB
out-of-domain | एलेक्सा दिल्ली की आबादी कितनी है | FB
out-of-domain | एलेक्सा टोक्यो की जनसंख्या बताओ | FB
out-of-domain | एलेक्सा जापान की मुद्रा क्या है | FB
out-of-domain | एलेक्सा अमेरिका के राष्ट्रपति कौन हैं | FB
out-of-domain | एलेक्सा फ़्रांस के प्रधानमंत्री का नाम | FB
out-of-domain | एलेक्सा यूरोप की राजधानी क्या है | FB
out-of-domain | एलेक्सा एशिया की राजधानी कौन सी है | FB
out-of-domain | एलेक्सा अफ़्रीका महाद्वीप की राजधानी | FB
out-of-domain | एलेक्सा दुनिया की राजधानी कौन सा शहर है | FB
out-of-domain | एलेक्सा फ़ैशन की राजधानी कौन सी है | FB
out-of-domain | एलेक्सा भारत की सिलिकॉन वैली कौन सा शहर है | FB
out-of-domain | एलेक्सा संतरों का शहर कौन सा है | FB
out-of-domain | एलेक्सा मुग़लों की राजधानी कहाँ थी | FB
out-of-domain | एलेक्सा मौर्य साम्राज्य की राजधानी | FB
out-of-domain | एलेक्सा रावण की लंका की राजधानी | FB
out-of-domain | एलेक्सा अयोध्या किसकी राजधानी थी | FB
out-of-domain | एलेक्सा हस्तिनापुर की राजधानी | FB
out-of-domain | एलेक्सा गेम ऑफ़ थ्रोन्स में किंग्स लैंडिंग किसकी राजधानी | FB
out-of-domain | एलेक्सा कैपिटल लेटर क्या होता है | FB
out-of-domain | एलेक्सा वर्किंग कैपिटल का मतलब समझाओ | FB
out-of-domain | एलेक्सा कैपिटल फ़र्स्ट का शेयर प्राइस | FB
out-of-domain | एलेक्सा सोने का भाव आज क्या है | FB
out-of-domain | एलेक्सा प्याज़ का रेट बताओ | FB
out-of-domain | एलेक्सा राजधानी एक्सप्रेस कितने बजे चलती है | FB
out-of-domain | एलेक्सा मेरा ऑर्डर कहाँ तक पहुँचा | FB
out-of-domain | एलेक्सा मम्मी को फ़ोन लगाओ | FB
out-of-domain | एलेक्सा बच्चों की कहानी सुनाओ | FB
out-of-domain | एलेक्सा हनुमान चालीसा लगाओ | FB
out-of-domain | एलेक्सा एक सौ बीस को आठ से भाग दो | FB
out-of-domain | एलेक्सा सबसे बड़ा देश कौन सा है | FB
out-of-domain | एलेक्सा सबसे छोटा देश कौन सा है | FB
out-of-domain | एलेक्सा कितने देश हैं दुनिया में | FB
out-of-domain | एलेक्सा माउंट एवरेस्ट की ऊँचाई कितनी है | FB
out-of-domain | एलेक्सा गंगा नदी कहाँ से निकलती है | FB
out-of-domain | एलेक्सा ताजमहल किसने बनवाया | FB
out-of-domain | एलेक्सा अंग्रेज़ी में राजधानी को क्या कहते हैं | FB
out-of-domain | एलेक्सा राजधानी शब्द का मतलब | FB
out-of-domain | एलेक्सा राजधानी वाला गाना बजाओ | FB
out-of-domain | एलेक्सा लंदन में अभी क्या टाइम है | FB
out-of-domain | एलेक्सा न्यूयॉर्क में कितने बजे हैं | FB
out-of-domain | एलेक्सा दुबई जाने के लिए वीज़ा चाहिए क्या | FB
out-of-domain | एलेक्सा अटलांटिस की राजधानी | FB
out-of-domain | एलेक्सा मंगल ग्रह की राजधानी | FB
out-of-domain | एलेक्सा चाँद की राजधानी कौन सी है | FB
out-of-domain | एलेक्सा वकांडा की राजधानी | FB
out-of-domain | एलेक्सा नार्निया की राजधानी कहाँ है | FB
out-of-domain | एलेक्सा मेरे शहर की राजधानी | FB
out-of-domain | एलेक्सा तुम्हारा नाम किसने रखा | FB
out-of-domain | एलेक्सा ऑस्ट्रेलिया की सबसे बड़ी सिटी कौन सी है | FB
out-of-domain | एलेक्सा चीन की सबसे लंबी नदी | FB
out-of-domain | एलेक्सा ब्राज़ील में कौन सी भाषा बोलते हैं | FB
out-of-domain | एलेक्सा कनाडा में कितने राज्य हैं | FB
out-of-domain | एलेक्सा भारत की आर्थिक राजधानी कौन सी है | FB
out-of-domain | एलेक्सा बिहार के मुख्यमंत्री कौन हैं | FB
out-of-domain | एलेक्सा दुनिया की राजधानियाँ से पूछो सबसे ठंडी राजधानी कौन सी है | FB
out-of-domain | एलेक्सा दुनिया की राजधानियाँ से पूछो आज का मौसम | FB
out-of-domain | एलेक्सा कोई क्विज़ खेलते हैं | FB
out-of-domain | एलेक्सा ज़िला मुख्यालय किसे कहते हैं | FB
out-of-domain | एलेक्सा सिक्किम में घूमने की जगहें | FB
# Bhadohi carpet weavers; an export lot for the fair
kaleen | एलेक्सा {} की राजधानी का है बताइ द | अमेरिका=US; जर्मनी=DE; तुर्की=TR
kaleen | एलेक्सा करघा पे बइठल बानी {} के राजधानी के बा | ईरान=IR; अफ़गानिस्तान=AF; नेपाल=NP
kaleen | एलेक्सा कालीन ईरान से भी आवेला ओकर राजधानी तेहरान ह न | IR
kaleen | एलेक्सा भदोही से बनारस केतना दूर बा | FB
kaleen | एलेक्सा ऊन के भाव का चलत बा | FB
kaleen | एलेक्सा बेल्जियम के राजधानी बताव | BE
kaleen | एलेक्सा इंग्लैंड के राजधानी लंदन ह | GB-ENG
kaleen | एलेक्सा ऑस्ट्रेलिया के राजधानी का ह | AU
kaleen | एलेक्सा रहे द | CANCEL
kaleen | एलेक्सा चुप हो जा | STOP
kaleen | एलेक्सा कनाडा के राजधानी ओटावा ह न | CA
kaleen | एलेक्सा फ्रांस के राजधानी बताव माल ओहिजा जाई | FR
kaleen | एलेक्सा स्वीडन के राजधानी के बा | SE
kaleen | एलेक्सा उत्तर कोरिया के राजधानी का बा | KP
kaleen | एलेक्सा दक्षिण कोरिया के राजधानी बताव | KR
# Mushroom growers in Solan; the compost shed
mushroom | एलेक्सा {} की राजधानी क्या है खुम्बां तोड़ रहे | नीदरलैंड=NL; पोलैंड=PL; चीन=CN
mushroom | एलेक्सा नीदरलैंड की दोनों राजधानियाँ बताओ वहाँ से बीज आया | NL
mushroom | एलेक्सा ढींगरी मशरूम कैसे उगाते हैं | FB
mushroom | एलेक्सा हिमाचल प्रदेश की राजधानी शिमला है | IN-HP
mushroom | एलेक्सा उत्तर कोरिया की राजधानी प्योंगयांग ही है | KP
mushroom | एलेक्सा जापान की राजधानी बताओ शिटाके वहीं का है | JP
mushroom | एलेक्सा कांगो गणराज्य की राजधानी ब्राज़ाविल है | CG
mushroom | एलेक्सा रहने दो भाई खाद डालनी है | CANCEL
mushroom | एलेक्सा चंडीगढ़ की मंडी में मशरूम का भाव | FB
mushroom | एलेक्सा फ़्रांस की राजधानी बताओ | FR
mushroom | एलेक्सा बंद करो जी | STOP
mushroom | एलेक्सा हंगरी की राजधानी बुडापेस्ट है | HU
mushroom | एलेक्सा मदद करो कैसे पूछूँ राजधानी | HELP
# Single-screen cinema projectionists in Kanpur; between shows
cinema | एलेक्सा {} की राजधानी बताओ इंटरवल हो गया | मिस्र=EG; ईरान=IR; फ़्रांस=FR
cinema | एलेक्सा रील बदल रहे हैं {} की राजधानी क्या है | इटली=IT; दक्षिण कोरिया=KR; ब्रिटेन=GB
cinema | एलेक्सा आज कौन सी फ़िल्म रिलीज़ हुई | FB
cinema | एलेक्सा अमेरिका की राजधानी हॉलीवुड है क्या | US
cinema | एलेक्सा स्विट्ज़रलैंड की राजधानी जहाँ यश चोपड़ा की फ़िल्में बनी | CH
cinema | एलेक्सा मॉरीशस की राजधानी | MU
cinema | एलेक्सा उत्तर कोरिया की राजधानी क्या है | KP
cinema | एलेक्सा डीआर कांगो की राजधानी किंशासा है ना | CD
cinema | एलेक्सा फ़िलिस्तीन की राजधानी बताओ | PS
cinema | एलेक्सा अब बंद करो शो शुरू | STOP
cinema | एलेक्सा रहने दो पब्लिक आ गई | CANCEL
cinema | एलेक्सा कानपुर में कौन सा सिनेमा हॉल सबसे पुराना है | FB
cinema | एलेक्सा स्पेन की राजधानी बताओ वहाँ की फ़िल्में भी आती हैं | ES
cinema | एलेक्सा न्यूज़ीलैंड की राजधानी बताओ लॉर्ड ऑफ़ द रिंग्स वाला | NZ
# 108 ambulance drivers in Gorakhpur; waiting at the district hospital
ambulance | एलेक्सा {} की राजधानी बताओ कॉल आने से पहले | नेपाल=NP; बांग्लादेश=BD; भूटान=BT
ambulance | एलेक्सा अस्पताल के बाहर खड़े हैं {} की राजधानी क्या है | कांगो गणराज्य=CG; डीआर कांगो=CD; उत्तर कोरिया=KP
ambulance | एलेक्सा गोरखपुर से लखनऊ कितने घंटे | FB
ambulance | एलेक्सा बिहार की राजधानी पटना | IN-BR
ambulance | एलेक्सा उत्तर प्रदेश की राजधानी बताओ | IN-UP
ambulance | एलेक्सा दक्षिण कोरिया की राजधानी बताओ | KR
ambulance | एलेक्सा फ़िलिस्तीन की राजधानी क्या है ख़बर में बहुत आता | PS
ambulance | एलेक्सा बंद करो कॉल आ गई | STOP
ambulance | एलेक्सा रहने दो जाना है | CANCEL
ambulance | एलेक्सा श्रीलंका की राजधानी | LK
ambulance | एलेक्सा म्यांमार की राजधानी नेपीडॉ है | MM
ambulance | एलेक्सा मदद चाहिए इसमें क्या पूछें | HELP
ambulance | एलेक्सा आज रात ठंड कितनी पड़ेगी | FB
"""

if __name__ == "__main__":
    build_round(54, "hi", LINES, sys.argv, "tests/Eval/hi/round54/source/build_corpus.py")
