"""Round 51, Hindi (hi-IN): a new author's own mix, written blind at the start of the fifty-eighth session (brief
WRITER64.md), with speakers and situations chosen apart from Hindi round 50 (Mewari, Surgujia, Kurukh speakers' Hindi,
Jaunsari, Mizo and Bodo speakers' Hindi, Nepali speakers' Hindi, Trinidad and Guyana Hindustani, Durban Indian Hindi,
app-cab drivers, railway TTEs, airline cabin crew, chemists, postmen, housing-society guards, beauticians, wedding DJs,
radio jockeys, college professors, blind and low-vision users, grandfathers and retired railwaymen, Sanskrit pathshala
students, Mumbai dabbawalas), from round 49 (Bajjika, Khortha, Halbi, Ahirani, Vidarbha Hindi, Kutchi, Ladakhi and
Tibetan speakers' Hindi, Meitei speakers' Hindi, Nagamese, Tulu speakers' Hindi, Gulf workers, Afghan refugees, truck
drivers, chartered accountants, stock traders, Kota students, teen gamers, Anganwadi and ASHA workers, Kauravi, tour
guides, stamp and coin collectors, construction workers, Parsis, Anglo-Indians) and from the groups round 50 names for
rounds 48 to 44 (Garhwali, Malvi, Mewati, Nagpuri/Sadri, Fiji Hindi, Sarnami, Madhesi, Bhili, Marwari, Shekhawati,
Harauti, Bhojpuri, Gorkha Hindi, Guwahati and Shillong Hindi, Shuddh Hindi, retired soldiers, grandmothers,
auto-rickshaw drivers, a TV newsroom, nurses, sailors and the rest listed there).

Regions, each a family: Bagheli from Rewa and Satna ("के राजधानी का आय", "पूछित हन", "बताबा", "हमहूं"), Kangri from
Dharamshala and Palampur ("दी राजधानी कुण सी ऐ", "मिंजो दस्सा", "पुछदी"), Sindhi speakers' Hindi from Ulhasnagar and
Ajmer ("साईं", "अड़े", "जी राजधानी"), Konkani speakers' Hindi from Margao and Panaji ("बाबा", "का कैपिटल क्या है रे"),
Tamil speakers' Hindi from Chennai and Hosur ("अय्यो", "सार", "का कैपिटल कौन"), Malayalam speakers' Hindi from Kochi
("चेट्टा", "अल्ले"), Odia speakers' Hindi from Cuttack and Sambalpur ("आज्ञा", "का राजधानी कौन है भाई"), Kashmiri
speakers' Hindi from Srinagar and Anantnag ("जनाब", "दारुल हुकूमत"), Koli fishermen of Versova and Uran ("आई शप्पथ",
"ची राजधानी कोणती") and Banjara (Lambadi) speakers' Hindi from Telangana and Karnataka tandas ("री राजधानी कांई छ",
"पूछां छां"). Learners: Korean and Japanese students of Hindi in Delhi (textbook Hindi, "कृपया मुझे बताइए", "मैं हिंदी
सीख रही हूँ", "का राजधानी"). Jobs: grain-mandi arhtiyas ("बोली", "भाव", "धर्मकांटा"), temple priests ("यजमान", "हरि
ओम", "हवन"), tailors ("नाप", "कटिंग", "मास्टर जी"), electricians and linemen ("लाइन ट्रिप", "ट्रांसफ़ॉर्मर"), kirana
shopkeepers ("खाता", "उधार", "सेठ जी"), gym trainers ("सेट", "ब्रो", "रेप्स"), night-shift call-centre agents ("प्रोसेस",
"टीम लीड"), halwais and wedding cooks ("भट्टी", "कढ़ाई", "उस्ताद जी"), bank clerks ("पासबुक", "कैश", "मैनेजर साहब"),
district-court lawyers and munshis ("तारीख़", "बार रूम", "मुंशी जी"), roadways bus conductors ("टिकट", "सवारी",
"डिपो"), cricket-academy coaches ("नेट्स", "कोच साहब"), women's self-help groups ("समूह की बैठक", "दीदी", "किस्त"),
wedding photographers ("प्री वेडिंग शूट", "ड्रोन", "गोल्डन आवर"), Rishikesh yoga teachers ("शवासन", "स्टूडेंट"),
medical representatives ("सैंपल बैग", "डॉक्टर साहब", "टारगेट") and food-delivery riders ("पिकअप", "ऑर्डर लेट").
Situations: a Sharad Purnima night, the Chitrakoot fair, a tea garden, the Baijnath fair, Cheti Chand, a cloth shop, a
feast day, the fish market, a Pongal morning, an office canteen, Onam, a houseboat, Rath Yatra, a Bali Jatra stall, a
shikara, the saffron harvest, a textbook lesson, a hostel room, the auction, the weighbridge, a havan, a jajman's house,
a Karva Chauth rush order, a tripped transformer, a boat at dawn, Narali Purnima, the udhaar register, a wholesale run,
a protein-shake counter, a US process, a break room, a bhatti at dawn, passbook printing, a tareekh, the Agra-Jaipur
route, nets practice, a tour abroad, Teej in a tanda, a monthly group meeting, a pickle stall, a pre-wedding shoot, a
morning class, a doctor's waiting room, a pickup queue, rain on the bike; and in the shared families a census form, a
geography tuition and a pen-pal letter.

Around them: follow-ups, plural capitals, subdivisions and territories (with provinces the data lacks: Sichuan,
Catalonia, Pakistani Punjab, Balochistan, Hokkaido, Madhesh, Siberia, Chittagong, Jaffna, Yorkshire, Tibet, Sicily),
yes/no checks, self-corrections, reverse questions, official, everyday and shared names, help, stop, cancel, launch by
the skill's invocation name "दुनिया की राजधानियाँ", and out-of-domain requests (weather and time in the speakers' towns,
their music, food and festivals, home devices, prices, trains and flights, population, currency and leaders, capitals of
continents and regions, "capital" in other senses, former capitals of empires and princely states, myth and fiction).
`python3 tests/Eval/hi/round51/source/build_corpus.py [--check]`; every line is hi-IN. Every sentence was written by
hand as one whole utterance; frames with up to three fills (each frame once) ask the countries and the subdivisions and
territories.

Built by round12_hinl_corpus.py (build_round with round 51's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Bagheli from Rewa and Satna; a Sharad Purnima night, the Chitrakoot fair
bagheli | एलेक्सा {} के राजधानी का आय | अंडोरा=AD; अफ़ग़ानिस्तान=AF; अल्बानिया=AL
bagheli | हमहूं पूछित हन {} के राजधानी कउन आय | आर्मेनिया=AM; अंगोला=AO; अर्जेंटीना=AR
bagheli | रीवा से पूछित हन {} के राजधानी बताबा | ऑस्ट्रिया=AT; अज़रबैजान=AZ; बारबाडोस=BB
bagheli | एलेक्सा मध्य प्रदेश के राजधानी भोपाल आय कि नहीं बताबा | IN-MP
bagheli | सरद पूनो के रात लरिका पूछत हें उत्तर प्रदेश के राजधानी का आय | IN-UP
bagheli | चित्रकूट मेला म एक भइया पूछिन बिहार के राजधानी कउन आय | IN-BR
bagheli | एलेक्सा हमार भउजी पूछत ही नेपाल के राजधानी का आय | NP
bagheli | एलेक्सा सतना से बोलित हन जापान के राजधानी का आय | JP
bagheli | अरे एलेक्सा बताबा न चीन के राजधानी कउन आय | CN
# Kangri from Dharamshala and Palampur; a tea garden, the Baijnath fair
kangri | एलेक्सा {} दी राजधानी कुण सी ऐ | बांग्लादेश=BD; बेल्जियम=BE; बुल्गारिया=BG
kangri | मिंजो दस्सा {} दी राजधानी क्या ऐ | बहरीन=BH; बुरुंडी=BI; ब्रूनेई=BN
kangri | चाय दे बगीचे च बैठी पुछदी ऐ {} दी राजधानी | ब्राज़ील=BR; बहामास=BS; भूटान=BT
kangri | एलेक्सा हिमाचल दी राजधानी शिमला ई ऐ ना | IN-HP
kangri | बैजनाथ दे मेले च पुछा था पंजाब दी राजधानी कुण सी ऐ | IN-PB
kangri | एलेक्सा धर्मशाला ते पुछा दे तिब्बत दी राजधानी क्या ऐ | FB
kangri | एलेक्सा मेरा भतीजा पुछदा जम्मू कश्मीर दी राजधानी कुण सी ऐ | IN-JK
kangri | एलेक्सा दस्सा जी इंग्लैंड दी राजधानी क्या ऐ | GB-ENG
kangri | एलेक्सा पालमपुर ते पुछा दे लद्दाख दी राजधानी | IN-LA
# Sindhi speakers' Hindi from Ulhasnagar and Ajmer; Cheti Chand, a cloth shop
sindhi | साईं एलेक्सा {} की राजधानी कौन सी है बताओ अड़े | बोत्सवाना=BW; बेलारूस=BY; बेलीज़=BZ
sindhi | अड़े एलेक्सा {} जी राजधानी क्या है | कनाडा=CA; स्विट्ज़रलैंड=CH; चिली=CL
sindhi | चेटी चंड पर बच्चे पूछ रहे {} की कैपिटल कौन सी है साईं | कैमरून=CM; कोलंबिया=CO; कोस्टा रिका=CR
sindhi | एलेक्सा उल्हासनगर से पूछ रहे हैं महाराष्ट्र की राजधानी मुंबई ही है ना साईं | IN-MH
sindhi | अड़े एलेक्सा पाकिस्तान जी राजधानी कराची है या इस्लामाबाद | PK
sindhi | कपड़े की दुकान पर ग्राहक पूछ रहा दुबई वाले देश की राजधानी क्या है | AE
sindhi | एलेक्सा सिंध जी राजधानी कौन सी है साईं | FB
sindhi | एलेक्सा अजमेर से पूछ रहे हैं राजस्थान की राजधानी कौन सी है | IN-RJ
sindhi | साईं एलेक्सा हांगकांग वाले चीन की राजधानी बताओ | CN
# Konkani speakers' Hindi from Margao and Panaji; a feast day, the fish market
konkani | एलेक्सा बाबा {} का कैपिटल क्या है रे | क्यूबा=CU; केप वर्डे=CV; साइप्रस=CY
konkani | एलेक्सा {} की राजधानी बोलो ना बाबा | चेक रिपब्लिक=CZ; जर्मनी=DE; डेनमार्क=DK
konkani | मडगांव से पूछ रहा {} की कैपिटल कौन सा है | जिबूती=DJ; डोमिनिका=DM; डोमिनिकन रिपब्लिक=DO
konkani | एलेक्सा गोवा का कैपिटल पणजी है ना मडगांव नहीं ना | IN-GA
konkani | फ़ीस्ट के दिन पुर्तगाल का कैपिटल क्या है पूछा मेरा मामा | PT
konkani | एलेक्सा मच्छी मार्केट में बैठा है कर्नाटक का राजधानी क्या है | IN-KA
konkani | एलेक्सा बाबा पोर्चुगीज़ लोग का देश का कैपिटल बोलो | PT
konkani | एलेक्सा रे दमन दीव का राजधानी कौन सा है | IN-DH
# Tamil speakers' Hindi from Chennai and Hosur; a Pongal morning, an office canteen
tamil | एलेक्सा {} का कैपिटल क्या है सार | अल्जीरिया=DZ; इक्वाडोर=EC; एस्टोनिया=EE
tamil | अय्यो एलेक्सा {} का राजधानी बोलो | मिस्र=EG; इरिट्रिया=ER; स्पेन=ES
tamil | पोंगल के दिन पूछ रहा हूं {} का कैपिटल कौन | इथियोपिया=ET; फ़िनलैंड=FI; फ़िजी=FJ
tamil | एलेक्सा तमिलनाडु का कैपिटल चेन्नई है ना मद्रास वही है ना | IN-TN
tamil | एलेक्सा कैंटीन में बहस है श्रीलंका का कैपिटल कोलंबो है क्या | LK
tamil | अय्यो एलेक्सा केरल का कैपिटल नाम बहुत लंबा है बोलो ना | IN-KL
tamil | एलेक्सा पुडुचेरी का कैपिटल क्या है सार | IN-PY
tamil | एलेक्सा होसुर से पूछता सिंगापुर का कैपिटल कौन सा | SG
tamil | एलेक्सा मलेशिया का कैपिटल क्वालालंपुर है ना सार | MY
# Malayalam speakers' Hindi from Kochi shop counters; Onam, a houseboat
malayali | एलेक्सा चेट्टा {} का राजधानी क्या है | माइक्रोनेशिया=FM; फ़्रांस=FR; गैबॉन=GA
malayali | एलेक्सा {} का कैपिटल कौन सा अल्ले | ग्रेनाडा=GD; घाना=GH; गाम्बिया=GM
malayali | हाउसबोट में टूरिस्ट पूछा {} का कैपिटल बोलो | गिनी=GN; इक्वेटोरियल गिनी=GQ; ग्रीस=GR
malayali | ओणम के टाइम बच्चा लोग पूछा लक्षद्वीप का कैपिटल क्या है | IN-LD
malayali | एलेक्सा कोच्चि से पूछता कतर का राजधानी क्या है | QA
malayali | एलेक्सा चेट्टा ओमान का राजधानी मस्कट है ना | OM
malayali | एलेक्सा कुवैत का कैपिटल भी कुवैत है क्या | KW
malayali | एलेक्सा अंडमान का राजधानी का नाम बदल गया ना क्या है अभी | IN-AN
# Odia speakers' Hindi from Cuttack and Sambalpur; Rath Yatra, a Bali Jatra stall
odia | एलेक्सा {} का राजधानी कौन है भाई | ग्वाटेमाला=GT; गिनी बिसाऊ=GW; गयाना=GY
odia | आज्ञा एलेक्सा {} का राजधानी बोलिए | होंडुरास=HN; क्रोएशिया=HR; हैती=HT
odia | बाली जात्रा में पूछ रहा है {} का कैपिटल क्या है | हंगरी=HU; इंडोनेशिया=ID; आयरलैंड=IE
odia | एलेक्सा ओड़िशा का राजधानी भुवनेश्वर है ना कटक नहीं | IN-OD
odia | रथ यात्रा के दिन पूछ रहे पश्चिम बंगाल का राजधानी क्या है | IN-WB
odia | एलेक्सा संबलपुर से बोल रहा छत्तीसगढ़ का राजधानी कौन है | IN-CG
odia | एलेक्सा भाई आंध्र का राजधानी अमरावती है कि नहीं | IN-AP
odia | एलेक्सा बाली देश वाला इंडोनेशिया का राजधानी बताइए | ID
# Kashmiri speakers' Hindi from Srinagar and Anantnag; a shikara, the saffron harvest
kashmiri | जनाब एलेक्सा {} की राजधानी क्या है वो | इज़राइल=IL; इराक=IQ; ईरान=IR
kashmiri | एलेक्सा {} का दारुल हुकूमत कौन सा है | आइसलैंड=IS; इटली=IT; जमैका=JM
kashmiri | शिकारे में बैठे मेहमान पूछते {} की राजधानी | जॉर्डन=JO; केन्या=KE; किर्गिस्तान=KG
kashmiri | एलेक्सा जम्मू कश्मीर की राजधानी सर्दी में जम्मू होती है ना | IN-JK
kashmiri | केसर के खेत में पूछा किसी ने लद्दाख की राजधानी लेह है या करगिल | IN-LA
kashmiri | एलेक्सा जनाब ताजिकिस्तान की राजधानी क्या है | TJ
kashmiri | एलेक्सा अनंतनाग से पूछ रहे हैं उज़्बेकिस्तान की राजधानी | UZ
kashmiri | एलेक्सा वो तुर्की की राजधानी इस्तांबुल है ना | TR
# Korean and Japanese students learning Hindi in Delhi; a textbook lesson, a hostel room
learner | नमस्ते एलेक्सा कृपया मुझे {} की राजधानी बताइए | कंबोडिया=KH; किरिबाती=KI; कोमोरोस=KM
learner | एलेक्सा मेरा प्रश्न है {} की राजधानी क्या है | सेंट किट्स और नेविस=KN; उत्तर कोरिया=KP; दक्षिण कोरिया=KR
learner | एलेक्सा मैं हिंदी सीख रही हूँ {} का राजधानी क्या है | कज़ाकिस्तान=KZ; लाओस=LA; लेबनान=LB
learner | एलेक्सा मेरा देश जापान है जापान की राजधानी आप जानते हैं | JP
learner | नमस्ते एलेक्सा मैं कोरिया से हूँ मेरे देश की राजधानी क्या है | KR
learner | एलेक्सा धीरे बोलिए भारत की राजधानी क्या है | IN
learner | एलेक्सा कृपया दोबारा बताइए मंगोलिया की राजधानी | MN
learner | एलेक्सा हॉस्टल में मेरी दोस्त वियतनाम से है उसके देश की राजधानी क्या है | VN
learner | एलेक्सा राजधानी का मतलब क्या है | FB
# Arhtiyas and traders at a grain mandi; the auction, the weighbridge
mandi | एलेक्सा बोली से पहले बता {} की राजधानी | सेंट लूसिया=LC; लिकटेंस्टाइन=LI; लाइबेरिया=LR
mandi | एलेक्सा भाव बाद में पहले {} की राजधानी बता | लेसोथो=LS; लिथुआनिया=LT; लक्ज़मबर्ग=LU
mandi | धर्मकांटे पे खड़े पूछ रहे {} की राजधानी कौन सी | लातविया=LV; लीबिया=LY; मोरक्को=MA
mandi | एलेक्सा आज सरसों का भाव क्या है मंडी में | FB
mandi | एलेक्सा हरियाणा की राजधानी चंडीगढ़ है के | IN-HR
mandi | एलेक्सा गेहूं जिस देश में सबसे ज़्यादा जाता है उसकी राजधानी | FB
mandi | एलेक्सा बोली लगाने वाला पूछ रहा है कनाडा की राजधानी टोरंटो है क्या | CA
mandi | एलेक्सा आढ़त पे बैठे पूछ रहे ऑस्ट्रेलिया की राजधानी सिडनी है ना | AU
# Temple priests and pandits; a havan, a jajman's house
pujari | हरि ओम एलेक्सा {} की राजधानी बताइए | मोनाको=MC; मोल्दोवा=MD; मोंटेनेग्रो=ME
pujari | एलेक्सा यजमान जी पूछ रहे हैं {} की राजधानी क्या है | मेडागास्कर=MG; मार्शल आइलैंड्स=MH; नॉर्थ मैसेडोनिया=MK
pujari | हवन के बाद पूछ रहे {} की राजधानी कौन सी है | माली=ML; म्यांमार=MM; मॉरिटानिया=MR
pujari | एलेक्सा प्रभु की कृपा से बताइए नेपाल की राजधानी काठमांडू है | NP
pujari | एलेक्सा जजमान कनाडा जा रहे हैं वहां की राजधानी क्या है | CA
pujari | एलेक्सा अयोध्या वाले प्रदेश की राजधानी लखनऊ है ना | IN-UP
pujari | एलेक्सा कल का मुहूर्त क्या है | FB
pujari | एलेक्सा थाईलैंड की राजधानी बताइए वहां भी मंदिर हैं | TH
# Tailors and boutique masters; a measuring tape, a rush order before Karva Chauth
darzi | एलेक्सा नाप लेते लेते बता {} की राजधानी | माल्टा=MT; मॉरीशस=MU; मालदीव=MV
darzi | एलेक्सा कटिंग चल रही है {} की राजधानी बोल | मलावी=MW; मेक्सिको=MX; मोज़ाम्बिक=MZ
darzi | मास्टर जी पूछ रहे हैं {} की राजधानी क्या है | नामीबिया=NA; नाइजर=NE; नाइजीरिया=NG
darzi | एलेक्सा करवा चौथ का ऑर्डर है जल्दी बता इटली की राजधानी | IT
darzi | एलेक्सा बूटीक वाली मैडम पूछ रही हैं फ़्रांस की राजधानी पेरिस है ना | FR
darzi | एलेक्सा सिलाई मशीन का तेल कहां मिलेगा | FB
darzi | एलेक्सा कपड़ा जिस देश से आया बांग्लादेश उसकी राजधानी बता | BD
# Electricians and linemen; a tripped transformer, a night shift call
bijli | एलेक्सा लाइन ट्रिप हो गई तब तक बता {} की राजधानी | निकारागुआ=NI; नीदरलैंड=NL; नॉर्वे=NO
bijli | एलेक्सा मीटर चेक कर रहा हूं {} की राजधानी बोल | नाउरू=NR; न्यूज़ीलैंड=NZ; पनामा=PA
bijli | लाइनमैन पूछ रहा है {} की राजधानी कौन सी है | पेरू=PE; पापुआ न्यू गिनी=PG; फ़िलीपींस=PH
bijli | एलेक्सा ट्रांसफ़ॉर्मर के पास खड़े हैं झारखंड की राजधानी रांची है ना | IN-JH
bijli | एलेक्सा बिजली कब आएगी | FB
bijli | एलेक्सा नाइट शिफ़्ट में पूछ रहा तेलंगाना की राजधानी | IN-TS
bijli | एलेक्सा रूस की राजधानी बता जल्दी खंभे पे चढ़ना है | RU
# Koli fishermen of Versova and Uran; a boat at dawn, the Narali Purnima festival
koli | एलेक्सा आई शप्पथ बता {} ची राजधानी कोणती | पलाऊ=PW; पैराग्वे=PY; क़तर=QA
koli | बोट पे बैठे पूछ रहे {} की राजधानी कौन सा है रे | रोमानिया=RO; सर्बिया=RS; रवांडा=RW
koli | एलेक्सा नारळी पूनम को पूछा {} का कैपिटल क्या है | सऊदी अरब=SA; सोलोमन आइलैंड्स=SB; सेशेल्स=SC
koli | एलेक्सा समुंदर में आज हवा कैसी है | FB
koli | एलेक्सा रे गोवा का राजधानी कौन सा | IN-GA
koli | एलेक्सा मच्छी जिस देश को जाती है जापान उसका कैपिटल बोल | JP
koli | एलेक्सा वर्सोवा से पूछता श्रीलंका का राजधानी बोल रे | LK
# Kirana shopkeepers; the udhaar register, a wholesale run
kirana | एलेक्सा खाता लिखते लिखते बता {} की राजधानी | सूडान=SD; स्वीडन=SE; स्लोवेनिया=SI
kirana | एलेक्सा ग्राहक खड़ा है जल्दी बोल {} की राजधानी | स्लोवाकिया=SK; सिएरा लियोन=SL; सैन मैरिनो=SM
kirana | सेठ जी पूछ रहे हैं {} की राजधानी कौन सी | सेनेगल=SN; सोमालिया=SO; सूरीनाम=SR
kirana | एलेक्सा चीनी का स्टॉक कितना बचा है | FB
kirana | एलेक्सा होलसेल वाला पूछ रहा अमेरिका की राजधानी न्यूयॉर्क है के | US
kirana | एलेक्सा उधार वाले शर्मा जी का बेटा पूछ रहा गुजरात की राजधानी | IN-GJ
kirana | एलेक्सा बच्चा टॉफ़ी लेने आया पूछ रहा दिल्ली की राजधानी क्या है | IN-DL
# Gym trainers; a set between reps, a protein shake counter
gym | एलेक्सा अगले सेट से पहले बता {} की राजधानी | दक्षिण सूडान=SS; साओ टोमे और प्रिंसिपे=ST; अल साल्वाडोर=SV
gym | ब्रो एलेक्सा {} की कैपिटल बता | सीरिया=SY; चाड=TD; टोगो=TG
gym | एलेक्सा रेप्स गिनते गिनते {} की राजधानी बोल | तिमोर लेस्ते=TL; तुर्कमेनिस्तान=TM; ट्यूनीशिया=TN
gym | एलेक्सा मेरा वर्कआउट म्यूज़िक चला | FB
gym | एलेक्सा ब्रो ब्राज़ील की कैपिटल रियो है ना | BR
gym | एलेक्सा प्रोटीन शेक बनाते हुए बता यूक्रेन की राजधानी | UA
gym | एलेक्सा डेडलिफ़्ट के बाद बता पोलैंड की कैपिटल | PL
# Night-shift call centre agents; a US process, a break room
callcentre | एलेक्सा ब्रेक में हूं {} की कैपिटल बता दो | टोंगा=TO; त्रिनिदाद और टोबैगो=TT; तुवालु=TV
callcentre | एलेक्सा कस्टमर बोल रहा था {} से है उसकी कैपिटल क्या है | तंज़ानिया=TZ; युगांडा=UG; उरुग्वे=UY
callcentre | टीम लीड पूछ रहे हैं {} की कैपिटल कौन सी है | सेंट विन्सेंट और ग्रेनेडाइंस=VC; वेनेज़ुएला=VE; वानुअतु=VU
callcentre | एलेक्सा यूएस प्रोसेस में हूं टेक्सास की कैपिटल क्या है | US-TX
callcentre | एलेक्सा कस्टमर ओहायो से था ओहायो की कैपिटल | US-OH
callcentre | एलेक्सा यूके प्रोसेस वाले पूछ रहे वेल्स की कैपिटल कौन सी | GB-WLS
callcentre | एलेक्सा कैब कितने बजे आएगी | FB
callcentre | एलेक्सा फ़्लोरिडा वाली कस्टमर थी उस स्टेट की कैपिटल बताओ | US-FL
# Halwais and wedding cooks; a bhatti at dawn, five hundred guests
halwai | एलेक्सा भट्टी गरम हो रही है बता {} की राजधानी | समोआ=WS; यमन=YE; ज़ाम्बिया=ZM
halwai | एलेक्सा कढ़ाई चढ़ी है {} की राजधानी जल्दी बोल | ज़िम्बाब्वे=ZW; वियतनाम=VN; पुर्तगाल=PT
halwai | उस्ताद जी पूछ रहे {} की राजधानी क्या है | बुर्किना फ़ासो=BF; बोस्निया=BA; सेंट्रल अफ़्रीकन रिपब्लिक=CF
halwai | एलेक्सा पांच सौ लोगों के लिए कितनी चीनी लगेगी | FB
halwai | एलेक्सा रसगुल्ला वाले प्रदेश की राजधानी बताओ बंगाल की | IN-WB
halwai | एलेक्सा घेवर जिस प्रदेश का है उसकी राजधानी राजस्थान की | IN-RJ
halwai | एलेक्सा बारात वाले नेपाल से आए हैं उनकी राजधानी क्या है | NP
# Bank clerks at a branch counter; passbook entries, a closing-time rush
bank | एलेक्सा पासबुक छप रही है तब तक बता {} की राजधानी | अफ़ग़ानिस्तान देश=AF; एंटीगुआ और बारबुडा=AG; ऑस्ट्रेलिया देश=AU
bank | एलेक्सा कैश गिनते हुए बताओ {} की कैपिटल | कांगो=CG; जॉर्जिया देश=GE; सिंगापुर देश=SG
bank | मैनेजर साहब पूछ रहे {} की राजधानी कौन सी है | स्विस=CH; डच देश=NL; नेपाल देश=NP
bank | एलेक्सा आज बैंक हॉलिडे है क्या | FB
bank | एलेक्सा फ़ॉरेन रेमिटेंस दुबई से आई है उस अमीरात देश की राजधानी | AE
bank | एलेक्सा आरबीआई जिस शहर में है वो किस प्रदेश की राजधानी है | CITY:मुंबई
bank | एलेक्सा स्विफ़्ट कोड वाला बैंक बेल्जियम में है उसकी राजधानी | BE
# Lawyers and munshis at a district court; a tareekh, the bar room
vakil | एलेक्सा तारीख़ से पहले बता दीजिए {} की राजधानी | कोत दिव्वार=CI; श्रीलंका देश=LK; बोलीविया देश=BO
vakil | एलेक्सा बार रूम में बहस है {} की राजधानी क्या है | यूनाइटेड किंगडम=GB; अमेरिका=US; चीन देश=CN
vakil | मुंशी जी पूछ रहे {} की राजधानी कौन सी | डीआर कांगो=CD; कोसोवो=XK; ताइवान=TW
vakil | एलेक्सा हाई कोर्ट जिस शहर में है वो राजधानी है क्या इलाहाबाद | FB
vakil | एलेक्सा माननीय न्यायालय के लिए बताइए कर्नाटक की राजधानी | IN-KA
vakil | एलेक्सा आईपीसी की धारा चार सौ बीस क्या है | FB
vakil | एलेक्सा बहस में कहा गया पाकिस्तान की राजधानी लाहौर है ये सही है | PK
# Roadways bus conductors; a ticket machine, the Agra-Jaipur route
conductor | एलेक्सा टिकट काटते काटते बता {} की राजधानी | पंजाब=IN-PB; हिमाचल=IN-HP; उत्तराखंड=IN-UK
conductor | एलेक्सा सवारी पूछ रही {} की राजधानी कौन सी है | हरियाणा प्रदेश=IN-HR; मध्य प्रदेश राज्य=IN-MP; बिहार राज्य=IN-BR
conductor | एलेक्सा आगरा जयपुर रूट पे हूं जयपुर किसकी राजधानी है | CITY:जयपुर
conductor | एलेक्सा लखनऊ किस प्रदेश की राजधानी है | CITY:लखनऊ
conductor | एलेक्सा अगला स्टॉप कौन सा है | FB
conductor | एलेक्सा पीछे वाली सवारी पूछ रही नेपाल बॉर्डर के उस पार की राजधानी | NP
# Cricket academy coaches and kids; nets practice, a tour abroad
cricket | एलेक्सा नेट्स के बाद बता {} की राजधानी | वेस्ट इंडीज़ वाला जमैका=JM; बारबेडोस=BB; त्रिनिदाद=TT
cricket | कोच साहब पूछ रहे {} की कैपिटल कौन सी है | इंग्लैंड=GB-ENG; न्यूज़ीलैंड देश=NZ; ज़िम्बाब्वे देश=ZW
cricket | एलेक्सा इंडिया का मैच कब है | FB
cricket | एलेक्सा टूर पे साउथ अफ़्रीका जा रहे हैं उसकी सारी राजधानियां बताओ | ZA
cricket | एलेक्सा अफ़ग़ान टीम के देश की राजधानी काबुल है ना | AF
cricket | एलेक्सा आयरलैंड वाली टीम का देश उसकी कैपिटल | IE
cricket | एलेक्सा क्रिकेट का मक्का लॉर्ड्स किस शहर में है | FB
# Banjara (Lambadi) speakers' Hindi from Telangana and Karnataka tandas; Teej, a mirror-work skirt
banjara | एलेक्सा {} री राजधानी कांई छ | ईरान देश=IR; इराक देश=IQ; इज़राइल देश=IL
banjara | तांडा से पूछां छां {} री राजधानी कुण | तेलंगाना=IN-TS; कर्नाटका=IN-KA; महाराष्ट्रा=IN-MH
banjara | एलेक्सा तीज पे छोरी पूछरी छ आंध्र री राजधानी | IN-AP
banjara | एलेक्सा शीशे वाली घाघरी कहां मिलेगी | FB
banjara | एलेक्सा हैदराबाद कण सा राज री राजधानी छ | CITY:हैदराबाद
banjara | एलेक्सा गोरमाटी गाना लगा | FB
# Women's self-help group members; a monthly meeting, a pickle stall
shg | एलेक्सा समूह की बैठक में पूछ रहे {} की राजधानी | केरल=IN-KL; ओडिशा=IN-OD; असम=IN-AS
shg | दीदी लोग पूछ रही हैं {} की राजधानी क्या है | मणिपुर=IN-MN; मेघालय=IN-ML; त्रिपुरा=IN-TR
shg | एलेक्सा अचार की स्टॉल पे मेला है {} की राजधानी बताओ | नागालैंड=IN-NL; मिज़ोरम=IN-MZ; सिक्किम=IN-SK
shg | एलेक्सा लोन की किस्त कब भरनी है | FB
shg | एलेक्सा अरुणाचल की राजधानी ईटानगर है ना दीदी पूछ रही | IN-AR
shg | एलेक्सा सचिव जी पूछ रही हैं गोवा की राजधानी | IN-GA
# Wedding photographers; a pre-wedding shoot, a drone shot
photo | एलेक्सा प्री वेडिंग शूट के लिए {} जा रहे हैं उसकी राजधानी | मालदीव देश=MV; मॉरीशस देश=MU; बाली वाला देश=ID
photo | एलेक्सा ड्रोन उड़ाते हुए बता {} की कैपिटल | स्विट्ज़रलैंड देश=CH; ग्रीस देश=GR; तुर्की=TR
photo | एलेक्सा गोल्डन आवर कितने बजे है | FB
photo | एलेक्सा दुल्हन वाले दुबई से हैं यूएई की राजधानी दुबई है ना | AE
photo | एलेक्सा हनीमून थाईलैंड में है उसकी राजधानी कौन सी | TH
photo | एलेक्सा कश्मीर वाले शूट के लिए श्रीनगर किसकी राजधानी है | CITY:श्रीनगर
# Yoga teachers in Rishikesh; a morning class, foreign students
yoga | एलेक्सा क्लास के बाद बताइए {} की राजधानी | रूस देश=RU; जर्मनी देश=DE; इज़रायल=IL
yoga | नमस्ते एलेक्सा स्टूडेंट {} से आई है उसकी राजधानी क्या है | अर्जेंटीना देश=AR; चिली देश=CL; पेरू देश=PE
yoga | एलेक्सा शवासन के लिए धीमा संगीत लगाओ | FB
yoga | एलेक्सा ऋषिकेश वाले प्रदेश की राजधानी देहरादून है | IN-UK
yoga | एलेक्सा ओम शांति आज सूर्योदय कितने बजे है | FB
yoga | एलेक्सा मेरी स्टूडेंट एस्टोनिया से है उसकी कैपिटल बताइए | EE
# Medical representatives; a doctor's waiting room, a sample bag
mr | एलेक्सा डॉक्टर साहब के केबिन के बाहर हूं {} की राजधानी | लातविया देश=LV; लिथुआनिया देश=LT; फ़िनलैंड देश=FI
mr | एलेक्सा सैंपल बैग भरते हुए बताओ {} की कैपिटल | हंगरी देश=HU; रोमानिया देश=RO; बुल्गारिया देश=BG
mr | एलेक्सा टारगेट पूरा कब होगा | FB
mr | एलेक्सा दवाई जर्मनी की कंपनी की है जर्मनी की राजधानी क्या है | DE
mr | एलेक्सा एरिया मैनेजर पूछ रहे हैं सिक्किम की राजधानी गंगटोक है | IN-SK
mr | एलेक्सा डॉक्टर साहब स्विट्ज़रलैंड जा रहे हैं राजधानी ज्यूरिख है क्या | CH
# Food delivery riders; a pickup queue, rain on the bike
rider | एलेक्सा पिकअप पे खड़ा हूं {} की राजधानी बता | मिस्र देश=EG; मोरक्को देश=MA; केन्या देश=KE
rider | एलेक्सा ऑर्डर लेट है तब तक बता {} की कैपिटल | साउथ कोरिया=KR; जापान देश=JP; वियतनाम देश=VN
rider | एलेक्सा बारिश कब रुकेगी | FB
rider | एलेक्सा अगला ऑर्डर कितनी दूर है | FB
rider | एलेक्सा हेलमेट में बोल रहा हूं मेघालय की राजधानी शिलांग है | IN-ML
rider | एलेक्सा रेस्टोरेंट वाला नेपाली है उसके देश की राजधानी | NP
# subdivision: states, provinces, nations and territories; a census form, a geography tuition, a pen-pal letter
subdivision | एलेक्सा अमेरिका के स्टेट {} की राजधानी क्या है | अलाबामा=US-AL; अलास्का=US-AK; एरिज़ोना=US-AZ
subdivision | एलेक्सा यूएस स्टेट {} की कैपिटल बताओ | आर्कन्सास=US-AR; कैलिफ़ोर्निया=US-CA; कोलोराडो=US-CO
subdivision | एलेक्सा {} राज्य की राजधानी कौन सी है | कनेक्टिकट=US-CT; डेलावेयर=US-DE; जॉर्जिया अमेरिका वाला=US-GA
subdivision | एलेक्सा {} की कैपिटल सिटी कौन सी है | हवाई=US-HI; आइडाहो=US-ID; इलिनॉय=US-IL
subdivision | एलेक्सा मेरा पेन पाल {} में रहता है वहां की राजधानी | इंडियाना=US-IN; आयोवा=US-IA; कैनसस=US-KS
subdivision | एलेक्सा {} स्टेट की राजधानी क्या है | केंटकी=US-KY; लुइज़ियाना=US-LA; मेन=US-ME
subdivision | ट्यूशन में पूछा {} की राजधानी | मैरीलैंड=US-MD; मैसाचुसेट्स=US-MA; मिशिगन=US-MI
subdivision | एलेक्सा बताओ तो {} की राजधानी का नाम | मिनेसोटा=US-MN; मिसिसिपी=US-MS; मिसौरी=US-MO
subdivision | एलेक्सा अमेरिकी प्रांत {} की राजधानी | मोंटाना=US-MT; नेब्रास्का=US-NE; नेवाडा=US-NV
subdivision | एलेक्सा मेरी बहन {} में पढ़ती है वहां की कैपिटल क्या है | न्यू हैम्पशायर=US-NH; न्यू जर्सी=US-NJ; न्यू मैक्सिको=US-NM
subdivision | एलेक्सा {} स्टेट की कैपिटल न्यूयॉर्क सिटी है क्या | न्यूयॉर्क=US-NY
subdivision | एलेक्सा {} की राजधानी कौन सा शहर है | नॉर्थ कैरोलिना=US-NC; नॉर्थ डकोटा=US-ND; ओक्लाहोमा=US-OK
subdivision | एलेक्सा जनगणना फ़ॉर्म के लिए नहीं बस ऐसे ही {} की राजधानी | ओरेगन=US-OR; पेंसिल्वेनिया=US-PA; रोड आइलैंड=US-RI
subdivision | एलेक्सा अमेरिका में {} की राजधानी कहां है | साउथ कैरोलिना=US-SC; साउथ डकोटा=US-SD; टेनेसी=US-TN
subdivision | एलेक्सा {} की कैपिटल बोलो | यूटा=US-UT; वरमॉन्ट=US-VT; वर्जीनिया=US-VA
subdivision | एलेक्सा {} प्रांत की राजधानी बताना | वाशिंगटन स्टेट=US-WA; वेस्ट वर्जीनिया=US-WV; विस्कॉन्सिन=US-WI
subdivision | एलेक्सा {} की राजधानी क्या होगी | व्योमिंग=US-WY; पोर्टो रिको=PR; गुआम=GU
subdivision | एलेक्सा कनाडा के {} प्रांत की राजधानी | अल्बर्टा=CA-AB; ब्रिटिश कोलंबिया=CA-BC; मैनिटोबा=CA-MB
subdivision | एलेक्सा कनाडा में {} की कैपिटल क्या है | न्यू ब्रंसविक=CA-NB; न्यूफ़ाउंडलैंड=CA-NL; नोवा स्कोटिया=CA-NS
subdivision | एलेक्सा मेरा भाई {} में है उसकी राजधानी बताओ | ओंटारियो=CA-ON; क्यूबेक=CA-QC; सस्केचेवान=CA-SK
subdivision | एलेक्सा {} टेरिटरी की राजधानी | युकोन=CA-YT; नुनावुत=CA-NU; नॉर्थवेस्ट टेरिटरीज़=CA-NT
subdivision | एलेक्सा प्रिंस एडवर्ड आइलैंड की राजधानी क्या है | CA-PE
subdivision | एलेक्सा ऑस्ट्रेलिया के {} राज्य की राजधानी | न्यू साउथ वेल्स=AU-NSW; क्वींसलैंड=AU-QLD; विक्टोरिया=AU-VIC
subdivision | एलेक्सा ऑस्ट्रेलिया में {} की कैपिटल बोलो | तस्मानिया=AU-TAS; वेस्टर्न ऑस्ट्रेलिया=AU-WA; साउथ ऑस्ट्रेलिया=AU-SA
subdivision | एलेक्सा ऑस्ट्रेलिया के नॉर्दर्न टेरिटरी की राजधानी | AU-NT
subdivision | एलेक्सा ऑस्ट्रेलियन कैपिटल टेरिटरी की राजधानी कौन सी है | AU-ACT
subdivision | एलेक्सा जर्मनी के {} राज्य की राजधानी | बवेरिया=DE-BY; बाडेन वुर्टेमबर्ग=DE-BW; सैक्सनी=DE-SN
subdivision | एलेक्सा जर्मनी में {} की राजधानी क्या है | हेस्से=DE-HE; लोअर सैक्सनी=DE-NI; नॉर्थ राइन वेस्टफ़ेलिया=DE-NW
subdivision | एलेक्सा जर्मन स्टेट {} की कैपिटल | राइनलैंड पैलेटिनेट=DE-RP; सारलैंड=DE-SL; थुरिंगिया=DE-TH
subdivision | एलेक्सा जर्मनी के प्रांत {} की राजधानी कौन सी | श्लेसविग होल्श्टाइन=DE-SH; मेक्लेनबर्ग=DE-MV; सैक्सनी अनहाल्ट=DE-ST
subdivision | एलेक्सा {} राज्य जर्मनी वाला उसकी राजधानी | ब्रांडेनबर्ग=DE-BB; हैम्बर्ग=DE-HH; ब्रेमेन=DE-HB
subdivision | एलेक्सा जर्मनी का राज्य बर्लिन उसकी राजधानी क्या है | DE-BE
subdivision | एलेक्सा ब्राज़ील के {} राज्य की राजधानी | साओ पाउलो=BR-SP; रियो डी जनेरियो=BR-RJ; बाइया=BR-BA
subdivision | एलेक्सा ब्राज़ील में {} की राजधानी क्या है | अमेज़ोनास=BR-AM; पारा=BR-PA; मिनास जेराइस=BR-MG
subdivision | एलेक्सा ब्राज़ीलियन स्टेट {} की कैपिटल | सेआरा=BR-CE; पेरनामबुको=BR-PE; पराना=BR-PR
subdivision | एलेक्सा ब्राज़ील का {} उसकी राजधानी कौन सी | रियो ग्रांडे दो सुल=BR-RS; सांता कैटरीना=BR-SC; गोइयास=BR-GO
subdivision | एलेक्सा ब्राज़ील के प्रांत {} की राजधानी बताओ | माटो ग्रोसो=BR-MT; माटो ग्रोसो डो सुल=BR-MS; टोकैंटिन्स=BR-TO
subdivision | एलेक्सा {} ब्राज़ील में है उसकी राजधानी | अक्रे=BR-AC; अलागोआस=BR-AL; अमापा=BR-AP
subdivision | एलेक्सा ब्राज़ील के स्टेट {} की राजधानी क्या | एस्पिरितो सांतो=BR-ES; मारान्हाओ=BR-MA; पाराइबा=BR-PB
subdivision | एलेक्सा ब्राज़ील राज्य {} की कैपिटल सिटी | पियाउई=BR-PI; रियो ग्रांडे दो नॉर्ते=BR-RN; रोंडोनिया=BR-RO
subdivision | एलेक्सा ब्राज़ील का {} प्रदेश उसकी राजधानी | रोराइमा=BR-RR; सर्जिपे=BR-SE; फ़ेडरल डिस्ट्रिक्ट=BR-DF
subdivision | एलेक्सा मेक्सिको के {} राज्य की राजधानी | हालिस्को=MX-JAL; नुएवो लियोन=MX-NLE; युकातान=MX-YUC
subdivision | एलेक्सा मेक्सिको में {} की राजधानी क्या है | ओआहाका=MX-OAX; चियापास=MX-CHP; सोनोरा=MX-SON
subdivision | एलेक्सा मैक्सिकन स्टेट {} की कैपिटल | बाजा कैलिफ़ोर्निया=MX-BCN; बाजा कैलिफ़ोर्निया सुर=MX-BCS; सिनालोआ=MX-SIN
subdivision | एलेक्सा मेक्सिको का {} उसकी राजधानी कौन सी | चिहुआहुआ=MX-CHH; कोआहुइला=MX-COA; दुरांगो=MX-DUR
subdivision | एलेक्सा मेक्सिको के प्रांत {} की राजधानी बताओ | गुआनाहुआतो=MX-GUA; ग्युरेरो=MX-GRO; इदाल्गो=MX-HID
subdivision | एलेक्सा {} मेक्सिको में है उसकी राजधानी | मिचोआकान=MX-MIC; मोरेलोस=MX-MOR; नायारित=MX-NAY
subdivision | एलेक्सा मेक्सिको स्टेट {} की राजधानी क्या | पुएब्ला=MX-PUE; केरेटारो=MX-QUE; क्विंताना रू=MX-ROO
subdivision | एलेक्सा मेक्सिको राज्य {} की कैपिटल सिटी | सान लुइस पोटोसी=MX-SLP; ताबास्को=MX-TAB; तमाउलिपास=MX-TAM
subdivision | एलेक्सा मेक्सिको का {} प्रदेश उसकी राजधानी | त्लाक्सकाला=MX-TLA; वेराक्रूज़=MX-VER; ज़ाकाटेकास=MX-ZAC
subdivision | एलेक्सा मेक्सिको के {} की राजधानी कौन है | अगुआस्कालिएंटेस=MX-AGU; कैम्पेचे=MX-CAM; कोलिमा=MX-COL
subdivision | एलेक्सा मेक्सिको वाले स्टेट ऑफ़ मेक्सिको की राजधानी | MX-MEX
subdivision | एलेक्सा स्कॉटलैंड की राजधानी एडिनबर्ग है या ग्लासगो | GB-SCT
subdivision | एलेक्सा नॉर्दर्न आयरलैंड की राजधानी क्या है | GB-NIR
subdivision | एलेक्सा {} की राजधानी बताओ जी | गुजरात=IN-GJ; तमिलनाडु=IN-TN; उत्तर प्रदेश=IN-UP
subdivision | एलेक्सा भारत के {} की राजधानी | अंडमान निकोबार=IN-AN; लक्षद्वीप=IN-LD; पुडुचेरी=IN-PY
subdivision | एलेक्सा {} केंद्र शासित प्रदेश की राजधानी | चंडीगढ़=IN-CH; दादरा नगर हवेली=IN-DH; लद्दाख=IN-LA
subdivision | एलेक्सा दिल्ली की राजधानी क्या है | IN-DL
subdivision | एलेक्सा {} राज्य की राजधानी क्या है बताओ | आंध्र प्रदेश=IN-AP; पश्चिम बंगाल=IN-WB; झारखंड=IN-JH
subdivision | एलेक्सा {} की राजधानी कौन सी है भैया | बिहार=IN-BR; राजस्थान=IN-RJ; मध्य प्रदेश=IN-MP
subdivision | एलेक्सा उत्तराखंड की गर्मियों वाली राजधानी कौन सी है | IN-UK
subdivision | एलेक्सा {} की राजधानी क्या है | हांगकांग=HK; मकाओ=MO; ग्रीनलैंड=GL
subdivision | एलेक्सा {} द्वीप की राजधानी | बरमूडा=BM; अरूबा=AW; कुरासाओ=CW
subdivision | एलेक्सा {} टापू की राजधानी कौन सी | जर्सी=JE; गर्नसी=GG; आइल ऑफ़ मैन=IM
subdivision | एलेक्सा {} की कैपिटल बताइए | जिब्राल्टर=GI; फ़ॉकलैंड आइलैंड्स=FK; फ़ैरो आइलैंड्स=FO
subdivision | एलेक्सा फ़्रांस के {} की राजधानी | ग्वाडेलूप=GP; मार्टिनीक=MQ; रियूनियन=RE
subdivision | एलेक्सा {} जो फ़्रांस का है उसकी राजधानी | फ़्रेंच गयाना=GF; मायोट=YT; न्यू कैलेडोनिया=NC
subdivision | एलेक्सा {} की राजधानी का नाम क्या है | फ़्रेंच पोलिनेशिया=PF; सेंट मार्टिन=MF; सेंट बार्थेलेमी=BL
subdivision | एलेक्सा ब्रिटेन के {} की कैपिटल | एंगुइला=AI; मोंटसेराट=MS; केमैन आइलैंड्स=KY
subdivision | एलेक्सा {} की राजधानी क्या है बताओ ना | ब्रिटिश वर्जिन आइलैंड्स=VG; अमेरिकन वर्जिन आइलैंड्स=VI; टर्क्स एंड केकोस=TC
subdivision | एलेक्सा {} आइलैंड की राजधानी | सेंट हेलेना=SH; पिटकेर्न=PN; नॉरफ़ॉक=NF
subdivision | एलेक्सा {} द्वीपसमूह की राजधानी | कुक=CK; कोकोस=CC; नॉर्दर्न मारियाना=MP
subdivision | एलेक्सा {} की राजधानी कौन सी होती है | क्रिसमस आइलैंड=CX; नियू=NU; तोकेलाउ=TK
subdivision | एलेक्सा {} की राजधानी बता दो | अमेरिकन समोआ=AS; वालिस और फ़ुतुना=WF; सेंट पियरे और मिकेलॉन=PM
subdivision | एलेक्सा {} की कैपिटल कौन सी है | सिंट मार्टेन=SX; बोनेयर=BQ; ऑलैंड आइलैंड्स=AX
subdivision | एलेक्सा डिएगो गार्सिया वाले ब्रिटिश इंडियन ओशन टेरिटरी की राजधानी | IO
subdivision | एलेक्सा स्वालबार्ड की राजधानी क्या है | SJ
subdivision | एलेक्सा फ़्रेंच सदर्न टेरिटरीज़ की राजधानी | TF
subdivision | एलेक्सा साउथ जॉर्जिया आइलैंड की राजधानी | GS
subdivision | एलेक्सा वेस्टर्न सहारा की राजधानी कौन सी है | EH
subdivision | एलेक्सा {} की राजधानी बताओ | सिचुआन=FB; ओंटारियो प्रांत=CA-ON; कैटेलोनिया=FB
subdivision | एलेक्सा पाकिस्तान वाले पंजाब की राजधानी क्या है | FB
subdivision | एलेक्सा बलूचिस्तान की राजधानी | FB
subdivision | एलेक्सा जापान के होक्काइडो की राजधानी | FB
subdivision | एलेक्सा नेपाल के मधेश प्रदेश की राजधानी क्या है | FB
subdivision | एलेक्सा रूस के साइबेरिया वाले इलाके की राजधानी | FB
subdivision | एलेक्सा बांग्लादेश के चटगांव डिवीजन की राजधानी | FB
subdivision | एलेक्सा श्रीलंका के जाफना प्रांत की राजधानी | FB
subdivision | एलेक्सा इंग्लैंड के यॉर्कशायर की राजधानी क्या है | FB
subdivision | एलेक्सा चीन के तिब्बत की राजधानी ल्हासा है क्या | FB
subdivision | एलेक्सा इटली के सिसिली की राजधानी | FB
subdivision | एलेक्सा कनाडा की राजधानी नहीं ओंटारियो की राजधानी बताओ | CA-ON
subdivision | एलेक्सा अमेरिका का डीसी उसकी राजधानी | US-DC
subdivision | एलेक्सा वेटिकन सिटी की राजधानी | VA
subdivision | एलेक्सा कैलिफ़ोर्निया राज्य की राजधानी लॉस एंजेलिस है ना | US-CA
subdivision | एलेक्सा टेक्सास का कैपिटल ह्यूस्टन है क्या | US-TX
subdivision | एलेक्सा फ़्लोरिडा की राजधानी मियामी है क्या | US-FL
subdivision | एलेक्सा हिमाचल प्रदेश की शीतकालीन राजधानी कौन सी है | IN-HP
subdivision | एलेक्सा महाराष्ट्र की उप राजधानी नागपुर है ना | IN-MH
subdivision | एलेक्सा बर्मूडा द्वीप की राजधानी हैमिल्टन है | BM
# out-of-domain: home devices, weather, music, prices, and questions near the domain
out-of-domain | एलेक्सा रीवा में आज मौसम कैसा है | FB
out-of-domain | एलेक्सा धर्मशाला में बर्फ़ पड़ेगी क्या | FB
out-of-domain | एलेक्सा उल्हासनगर में अभी कितने बजे हैं | FB
out-of-domain | एलेक्सा मडगांव में बारिश होगी आज | FB
out-of-domain | एलेक्सा चेन्नई का तापमान बताओ | FB
out-of-domain | एलेक्सा कोच्चि में हवा की नमी कितनी है | FB
out-of-domain | एलेक्सा कटक में कल धूप रहेगी | FB
out-of-domain | एलेक्सा श्रीनगर में पारा कितना गिरा | FB
out-of-domain | एलेक्सा ऋषिकेश में गंगा का पानी कितना ठंडा है | FB
out-of-domain | एलेक्सा बघेली लोकगीत बजाओ | FB
out-of-domain | एलेक्सा कांगड़ी नाटी लगाओ | FB
out-of-domain | एलेक्सा सिंधी भजन लगा दो साईं | FB
out-of-domain | एलेक्सा कोंकणी गाना बजाओ बाबा | FB
out-of-domain | एलेक्सा इलैयाराजा के गाने चलाओ | FB
out-of-domain | एलेक्सा ओणम का गाना लगाओ | FB
out-of-domain | एलेक्सा संबलपुरी गाना चलाओ | FB
out-of-domain | एलेक्सा रूफ़ काशुर गाना बजाओ | FB
out-of-domain | एलेक्सा कोली गीत लगाओ | FB
out-of-domain | एलेक्सा हनुमान चालीसा चलाओ | FB
out-of-domain | एलेक्सा पांच मिनट का टाइमर लगाओ | FB
out-of-domain | एलेक्सा सुबह छह बजे का अलार्म लगा दो | FB
out-of-domain | एलेक्सा पंखा बंद करो | FB
out-of-domain | एलेक्सा बैठक वाली बत्ती जलाओ | FB
out-of-domain | एलेक्सा गीज़र चालू कर दो | FB
out-of-domain | एलेक्सा आवाज़ थोड़ी कम करो | FB
out-of-domain | एलेक्सा आज की ख़बरें सुनाओ | FB
out-of-domain | एलेक्सा सोने का भाव क्या है आज | FB
out-of-domain | एलेक्सा प्याज़ का रेट कितना चल रहा है | FB
out-of-domain | एलेक्सा डॉलर में रुपया कितना है | FB
out-of-domain | एलेक्सा पेट्रोल कितने का है | FB
out-of-domain | एलेक्सा रीवा से भोपाल की ट्रेन कब है | FB
out-of-domain | एलेक्सा कोच्चि से दुबई की फ़्लाइट कितने की है | FB
out-of-domain | एलेक्सा रथ यात्रा कब है इस साल | FB
out-of-domain | एलेक्सा पोंगल किस तारीख़ को है | FB
out-of-domain | एलेक्सा चेटी चंड कब मनाते हैं | FB
out-of-domain | एलेक्सा नारळी पूर्णिमा की कथा सुनाओ | FB
out-of-domain | एलेक्सा करवा चौथ पर चांद कितने बजे निकलेगा | FB
out-of-domain | एलेक्सा भारत की जनसंख्या कितनी है | FB
out-of-domain | एलेक्सा दिल्ली की आबादी कितनी है | FB
out-of-domain | एलेक्सा टोक्यो में कितने लोग रहते हैं | FB
out-of-domain | एलेक्सा फ़्रांस की मुद्रा क्या है | FB
out-of-domain | एलेक्सा जापान की भाषा कौन सी है | FB
out-of-domain | एलेक्सा चीन का राष्ट्रपति कौन है | FB
out-of-domain | एलेक्सा नेपाल का प्रधानमंत्री कौन है | FB
out-of-domain | एलेक्सा रूस कितना बड़ा है | FB
out-of-domain | एलेक्सा दुनिया का सबसे छोटा देश कौन सा है | FB
out-of-domain | एलेक्सा दुनिया में कितने देश हैं | FB
out-of-domain | एलेक्सा एशिया की राजधानी क्या है | FB
out-of-domain | एलेक्सा अफ़्रीका महाद्वीप की राजधानी कौन सी है | FB
out-of-domain | एलेक्सा यूरोप की राजधानी बताओ | FB
out-of-domain | एलेक्सा भारत की आर्थिक राजधानी कौन सी है | FB
out-of-domain | एलेक्सा भारत की सांस्कृतिक राजधानी | FB
out-of-domain | एलेक्सा दुनिया की फ़ैशन राजधानी कौन सी है | FB
out-of-domain | एलेक्सा सिलिकॉन वैली कहां है | FB
out-of-domain | एलेक्सा मुगलों की राजधानी आगरा थी या दिल्ली | FB
out-of-domain | एलेक्सा विजयनगर साम्राज्य की राजधानी क्या थी | FB
out-of-domain | एलेक्सा रीवा रियासत की राजधानी कौन सी थी | FB
out-of-domain | एलेक्सा पुर्तगाली गोवा की पुरानी राजधानी कौन सी थी | FB
out-of-domain | एलेक्सा कलिंग की राजधानी क्या थी | FB
out-of-domain | एलेक्सा त्रावणकोर की राजधानी क्या थी | FB
out-of-domain | एलेक्सा रोमन साम्राज्य की राजधानी | FB
out-of-domain | एलेक्सा अयोध्या किस नदी के किनारे है | FB
out-of-domain | एलेक्सा हस्तिनापुर किसकी राजधानी थी | FB
out-of-domain | एलेक्सा मिथिला की राजधानी जनकपुर थी ना | FB
out-of-domain | एलेक्सा बघेलखंड की राजधानी क्या है | FB
out-of-domain | एलेक्सा कोंकण की राजधानी | FB
out-of-domain | एलेक्सा मालाबार की राजधानी कौन सी है | FB
out-of-domain | एलेक्सा विदर्भ राज्य बनेगा तो राजधानी क्या होगी | FB
out-of-domain | एलेक्सा बुंदेलखंड की राजधानी बताओ | FB
out-of-domain | एलेक्सा स्कैंडिनेविया की राजधानी | FB
out-of-domain | एलेक्सा मध्य पूर्व की राजधानी कौन सी है | FB
out-of-domain | एलेक्सा यूरोपीय संघ का मुख्यालय कहां है | FB
out-of-domain | एलेक्सा संयुक्त राष्ट्र का दफ़्तर किस शहर में है | FB
out-of-domain | एलेक्सा हैरी पॉटर वाली दुनिया की राजधानी | FB
out-of-domain | एलेक्सा नार्निया की राजधानी क्या है | FB
out-of-domain | एलेक्सा बाहुबली वाले माहिष्मती की राजधानी | FB
out-of-domain | एलेक्सा इंद्रलोक की राजधानी अमरावती है क्या | FB
out-of-domain | एलेक्सा पटना में सबसे अच्छा लिट्टी चोखा कहां मिलेगा | FB
out-of-domain | एलेक्सा पुट्टू कैसे बनाते हैं | FB
out-of-domain | एलेक्सा सिंधी कढ़ी की रेसिपी बताओ | FB
out-of-domain | एलेक्सा फ़िश करी में कितनी कोकम डालें | FB
out-of-domain | एलेक्सा कहवा कैसे बनता है | FB
out-of-domain | एलेक्सा पैरासिटामोल कितनी बार खानी चाहिए | FB
out-of-domain | एलेक्सा मेरे फ़ोन की बैटरी कितनी है | FB
out-of-domain | एलेक्सा शॉपिंग लिस्ट में दूध जोड़ो | FB
out-of-domain | एलेक्सा मम्मी को फ़ोन लगाओ | FB
out-of-domain | एलेक्सा एक चुटकुला सुनाओ | FB
out-of-domain | एलेक्सा तुम्हारी उम्र कितनी है | FB
out-of-domain | एलेक्सा तुम किस देश से हो | FB
out-of-domain | एलेक्सा क्या तुम शादी करोगी | FB
out-of-domain | एलेक्सा गुड नाइट | FB
out-of-domain | एलेक्सा कल मेरा कोई रिमाइंडर है | FB
out-of-domain | एलेक्सा दो सौ तीस का अठारह प्रतिशत कितना होता है | FB
out-of-domain | एलेक्सा एक किलो में कितने पाउंड होते हैं | FB
out-of-domain | एलेक्सा पानी का रासायनिक सूत्र क्या है | FB
out-of-domain | एलेक्सा माउंट एवरेस्ट की ऊंचाई कितनी है | FB
out-of-domain | एलेक्सा गंगा नदी कहां से निकलती है | FB
out-of-domain | एलेक्सा भारत का राष्ट्रीय पक्षी कौन सा है | FB
out-of-domain | एलेक्सा अमेरिका का झंडा कैसा दिखता है | FB
out-of-domain | एलेक्सा कैपिटल लेटर क्या होता है | FB
out-of-domain | एलेक्सा कैपिटल गेन टैक्स कितना लगता है | FB
out-of-domain | एलेक्सा वर्किंग कैपिटल किसे कहते हैं | FB
out-of-domain | एलेक्सा राजधानी एक्सप्रेस कितने बजे आएगी | FB
out-of-domain | एलेक्सा राजधानी नाम की फ़िल्म चलाओ | FB
out-of-domain | एलेक्सा कैपिटल वन बैंक का नंबर | FB
out-of-domain | एलेक्सा राजधानी थाली वाला रेस्टोरेंट पास में है | FB
out-of-domain | एलेक्सा दिल्ली से आगरा कितनी दूर है | FB
out-of-domain | एलेक्सा पेरिस में एफ़िल टावर कितना ऊंचा है | FB
out-of-domain | एलेक्सा लंदन में अभी कितने बजे हैं | FB
out-of-domain | एलेक्सा दुबई में आज कितनी गर्मी है | FB
out-of-domain | एलेक्सा बीजिंग का मौसम | FB
out-of-domain | एलेक्सा काठमांडू की फ़्लाइट का किराया | FB
out-of-domain | एलेक्सा वाशिंगटन में आज बर्फ़ गिरी क्या | FB
out-of-domain | एलेक्सा मॉस्को का समय बताओ | FB
out-of-domain | एलेक्सा भोपाल गैस कांड कब हुआ था | FB
out-of-domain | एलेक्सा चंडीगढ़ किसने बनाया था | FB
out-of-domain | एलेक्सा नई दिल्ली कब राजधानी बनी | FB
out-of-domain | एलेक्सा कलकत्ता से राजधानी दिल्ली क्यों गई | FB
out-of-domain | एलेक्सा भारत की पहली राजधानी कौन सी थी | FB
out-of-domain | एलेक्सा पाकिस्तान की पहली राजधानी कराची थी ना | FB
out-of-domain | एलेक्सा ब्राज़ील की पुरानी राजधानी रियो थी | FB
out-of-domain | एलेक्सा राजधानी और महानगर में क्या फ़र्क है | FB
out-of-domain | एलेक्सा सबसे ठंडी राजधानी कौन सी है | FB
out-of-domain | एलेक्सा दुनिया की सबसे ऊंची राजधानी | FB
out-of-domain | एलेक्सा कौन सा देश बिना राजधानी के है | FB
out-of-domain | एलेक्सा मुझे एक राजधानी वाला खेल खिलाओ | FB
out-of-domain | एलेक्सा राजधानी का अंग्रेज़ी में क्या कहते हैं | FB
out-of-domain | एलेक्सा राजधानी की स्पेलिंग बताओ | FB
out-of-domain | एलेक्सा मेरे लिए पिज़्ज़ा ऑर्डर करो | FB
out-of-domain | एलेक्सा बच्चों के लिए कहानी सुनाओ | FB
out-of-domain | एलेक्सा कल का पंचांग बताओ | FB
out-of-domain | एलेक्सा मेरा पैकेज कहां पहुंचा | FB
out-of-domain | एलेक्सा रेडियो मिर्ची लगाओ | FB
out-of-domain | एलेक्सा कल की मीटिंग कितने बजे है | FB
out-of-domain | एलेक्सा टीवी चालू करो | FB
out-of-domain | एलेक्सा दरवाज़े पर कौन है | FB
out-of-domain | एलेक्सा आज का आईपीएल स्कोर क्या है | FB
out-of-domain | एलेक्सा हॉकी का राष्ट्रीय खिलाड़ी कौन है | FB
out-of-domain | एलेक्सा ताजमहल किसने बनवाया | FB
out-of-domain | एलेक्सा लाल क़िला कहां है | FB
# help
help | एलेक्सा मदद करो इसमें क्या पूछ सकते हैं | HELP
help | एलेक्सा हमका बताबा इ कइसे चलत है | HELP
help | एलेक्सा मिंजो दस्सा एह किंयां चलदा | HELP
help | एलेक्सा साईं ये कैसे चलाते हैं समझाओ | HELP
help | एलेक्सा बाबा ये गेम कैसे खेलना है | HELP
help | एलेक्सा सार हेल्प चाहिए | HELP
help | एलेक्सा चेट्टा कैसे यूज़ करना है बोलो | HELP
help | एलेक्सा आज्ञा कैसे पूछना है बताइए | HELP
help | एलेक्सा जनाब रहनुमाई कीजिए | HELP
help | एलेक्सा कृपया मेरी सहायता कीजिए मैं नया हूँ | HELP
help | एलेक्सा क्या क्या बता सकती हो तुम | HELP
help | एलेक्सा सहायता चाहिए राजधानी वाले में | HELP
help | एलेक्सा कैसे पूछूं समझ नहीं आ रहा | HELP
help | एलेक्सा उस्ताद जी पूछ रहे इसमें क्या होता है | HELP
help | एलेक्सा इंस्ट्रक्शन बताओ ब्रो | HELP
help | एलेक्सा हेल्प करो टीम लीड को समझाना है | HELP
help | एलेक्सा मदद चाहिए दीदी लोग को समझाना है | HELP
help | एलेक्सा ऑप्शन क्या क्या हैं | HELP
help | एलेक्सा मैं अटक गया क्या बोलूं | HELP
help | एलेक्सा गाइड करो कैसे चलेगा | HELP
help | एलेक्सा नियम बताओ इस खेल के | HELP
help | एलेक्सा आई शप्पथ कुछ समझ नहीं आया मदद कर | HELP
help | एलेक्सा हेल्प मेनू | HELP
help | एलेक्सा तरीका बताओ राजधानी पूछने का | HELP
help | एलेक्सा कैसे काम करती है ये स्किल | HELP
help | एलेक्सा मास्टर जी को समझा दो ये क्या है | HELP
# stop
stop | एलेक्सा बस करा | STOP
stop | एलेक्सा बंद करा हो | STOP
stop | एलेक्सा बस कर अड़े | STOP
stop | एलेक्सा पुरे बाबा | STOP
stop | एलेक्सा अय्यो बंद करो | STOP
stop | एलेक्सा मतियाय बस | STOP
stop | एलेक्सा चुप रहो अब | STOP
stop | एलेक्सा जनाब बस कीजिए | STOP
stop | एलेक्सा कृपया रुकिए | STOP
stop | एलेक्सा बोली शुरू हो गई बंद कर | STOP
stop | एलेक्सा हवन शुरू हो रहा बंद करो | STOP
stop | एलेक्सा ग्राहक आ गया बस | STOP
stop | एलेक्सा ब्रो स्टॉप | STOP
stop | एलेक्सा कॉल आ गई बंद करो | STOP
stop | एलेक्सा भट्टी देखनी है बंद | STOP
stop | एलेक्सा बस हो गया अब रुक जाओ | STOP
stop | एलेक्सा ख़त्म करो | STOP
stop | एलेक्सा बहुत हुआ बंद करो | STOP
stop | एलेक्सा एक्ज़िट | STOP
stop | एलेक्सा बंद कर दो ये खेल | STOP
stop | एलेक्सा नको अब बंद | STOP
stop | एलेक्सा शांत हो जाओ | STOP
stop | एलेक्सा बस करिए अब | STOP
stop | एलेक्सा राजधानी वाला बंद करो | STOP
stop | एलेक्सा अभी नहीं बाद में बंद करो | STOP
stop | एलेक्सा आवाज़ बंद करो बस | STOP
# cancel
cancel | एलेक्सा रहइ द | CANCEL
cancel | एलेक्सा छड्डी देया | CANCEL
cancel | एलेक्सा छड्डो रहन दो | CANCEL
cancel | एलेक्सा रहने दो साईं | CANCEL
cancel | एलेक्सा कैंसल कर बाबा | CANCEL
cancel | एलेक्सा वेंडा कैंसल | CANCEL
cancel | एलेक्सा छाड़ दिअ भाई | CANCEL
cancel | एलेक्सा रहने दीजिए जनाब | CANCEL
cancel | एलेक्सा कृपया रद्द कीजिए | CANCEL
cancel | एलेक्सा नहीं चाहिए रद्द करो | CANCEL
cancel | एलेक्सा सौदा कैंसल | CANCEL
cancel | एलेक्सा जाने दो प्रभु | CANCEL
cancel | एलेक्सा ऑर्डर कैंसल करो जो पूछा था | CANCEL
cancel | एलेक्सा वो वाला सवाल कैंसल | CANCEL
cancel | एलेक्सा रद्द कर दे भाई | CANCEL
cancel | एलेक्सा भूल जाओ | CANCEL
cancel | एलेक्सा कोई बात नहीं रहने दो | CANCEL
cancel | एलेक्सा छोड़ो ये सवाल | CANCEL
cancel | एलेक्सा कैंसिल कर दो प्लीज़ | CANCEL
cancel | एलेक्सा नेवर माइंड | CANCEL
cancel | एलेक्सा मत बताओ अब | CANCEL
cancel | एलेक्सा वापस ले लो ये | CANCEL
cancel | एलेक्सा नहीं पूछना अब | CANCEL
cancel | एलेक्सा मिटा दो ये सवाल | CANCEL
cancel | एलेक्सा रुक रुक कैंसल कर | CANCEL
cancel | एलेक्सा छोड़ दे यार | CANCEL
# launch
launch | एलेक्सा दुनिया की राजधानियाँ खोलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ चालू करा | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोलो ना साईं | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ शुरू करो बाबा | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ ओपन करो सार | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ स्टार्ट करो चेट्टा | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ आरंभ कीजिए | LAUNCH
launch | एलेक्सा कृपया दुनिया की राजधानियाँ खोलिए | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ लगाओ जनाब | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ चला दे | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ वाला खेल शुरू करो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ स्किल खोलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ पे चलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ से बात करनी है | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ ऐप चालू कर | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोल दो भैया | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ शुरू कर ब्रो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ को बुलाओ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोलो बच्चे पूछना चाहते हैं | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ चालू करो दीदी | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ ओपन कर रे | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ प्रारंभ करें | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोलो उस्ताद | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ लॉन्च करो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ शुरू हो जाए | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ वाली स्किल चलाओ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोलो जी | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोल आई | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ चालू कीजिए मास्टर जी के लिए | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ | LAUNCH
# plural-capitals
plural-capitals | एलेक्सा दक्षिण अफ़्रीका की तीनों राजधानियां बताओ | ZA
plural-capitals | एलेक्सा साउथ अफ़्रीका की कैपिटल्स कौन कौन सी हैं | ZA
plural-capitals | एलेक्सा दक्षिण अफ़्रीका के राजधानी सब का आय | ZA
plural-capitals | एलेक्सा दक्षिण अफ़्रीका की सारी राजधानियों के नाम | ZA
plural-capitals | एलेक्सा बोलीविया की दोनों राजधानियां क्या हैं | BO
plural-capitals | एलेक्सा बोलीविया की कैपिटल्स बोलो सार | BO
plural-capitals | एलेक्सा बोलीविया में कितनी राजधानियां हैं और कौन सी | BO
plural-capitals | एलेक्सा बोलिविया की दो कैपिटल वाली बात बताओ दोनों नाम | BO
plural-capitals | एलेक्सा नीदरलैंड की दोनों राजधानियां | NL
plural-capitals | एलेक्सा हॉलैंड की कैपिटल्स कौन सी हैं | NL
plural-capitals | एलेक्सा नीदरलैंड्स की राजधानियों के नाम बताइए | NL
plural-capitals | एलेक्सा नीदरलैंड की दोनों कैपिटल बोलो बाबा | NL
plural-capitals | एलेक्सा मलेशिया की दोनों राजधानियां बताओ | MY
plural-capitals | एलेक्सा मलेशिया की कैपिटल्स क्या क्या हैं चेट्टा | MY
plural-capitals | एलेक्सा मलेशिया की सारी राजधानियां | MY
plural-capitals | एलेक्सा मलेशिया में दो राजधानी हैं दोनों बताओ | MY
plural-capitals | एलेक्सा श्रीलंका की दोनों राजधानियां क्या हैं | LK
plural-capitals | एलेक्सा श्रीलंका की कैपिटल्स बोलो अय्यो | LK
plural-capitals | एलेक्सा श्रीलंका की राजधानियों के नाम | LK
plural-capitals | एलेक्सा लंका देश की दोनों कैपिटल बताओ | LK
plural-capitals | एलेक्सा बेनिन की दोनों राजधानियां | BJ
plural-capitals | एलेक्सा बेनिन देश की कैपिटल्स कौन सी हैं | BJ
plural-capitals | एलेक्सा बेनिन की राजधानियां बताइए कृपया | BJ
plural-capitals | एलेक्सा बेनिन में कितनी राजधानी हैं नाम बताओ | BJ
plural-capitals | एलेक्सा आइवरी कोस्ट की दोनों राजधानियां | CI
plural-capitals | एलेक्सा कोट डी आइवर की कैपिटल्स | CI
plural-capitals | एलेक्सा आइवरी कोस्ट की राजधानियों के नाम बोलो | CI
plural-capitals | एलेक्सा आइवरी कोस्ट में दो राजधानी वाली बात बताओ दोनों | CI
plural-capitals | एलेक्सा एस्वातिनी की दोनों राजधानियां | SZ
plural-capitals | एलेक्सा स्वाज़ीलैंड की कैपिटल्स क्या हैं | SZ
plural-capitals | एलेक्सा इस्वातिनी की राजधानियों के नाम बताओ | SZ
plural-capitals | एलेक्सा स्वाज़ीलैंड की दोनों राजधानी बोलो | SZ
plural-capitals | एलेक्सा फ़िलिस्तीन की दोनों राजधानियां | PS
plural-capitals | एलेक्सा फ़िलिस्तीन की कैपिटल्स कौन सी हैं | PS
plural-capitals | एलेक्सा जम्मू कश्मीर की दोनों राजधानियां | IN-JK
plural-capitals | एलेक्सा उत्तराखंड की दोनों राजधानियां बताओ | IN-UK
plural-capitals | एलेक्सा मोंटसेराट की राजधानियां | MS
# follow-up
follow-up | और नेपाल का | NP
follow-up | और भूटान | BT
follow-up | अच्छा और बांग्लादेश की | BD
follow-up | फिर म्यांमार का | MM
follow-up | अउर चीन के | CN
follow-up | ते पाकिस्तान दी | PK
follow-up | अड़े और ईरान की | IR
follow-up | बाबा और स्पेन का | ES
follow-up | और मालदीव का सार | MV
follow-up | अल्ले और यमन का | YE
follow-up | और ओडिशा का भाई | IN-OD
follow-up | अच्छा तो तुर्कमेनिस्तान की | TM
follow-up | और उत्तर कोरिया की बताइए | KP
follow-up | मंगोलिया का क्या | MN
follow-up | और सीरिया | SY
follow-up | जॉर्डन का भी बता | JO
follow-up | लेबनान वाली भी | LB
follow-up | और इराक की राजधानी | IQ
follow-up | अब कज़ाखस्तान | KZ
follow-up | साथ में किर्गिस्तान का भी | KG
follow-up | और केरल का | IN-KL
follow-up | अच्छा और असम की | IN-AS
follow-up | फिर मणिपुर वाली | IN-MN
follow-up | और टेक्सास की | US-TX
follow-up | उसके बाद ओंटारियो | CA-ON
follow-up | और दुबई वाले देश की | AE
follow-up | और पेरू का बताना | PE
# yes-no-check
yes-no-check | एलेक्सा का काठमांडू नेपाल के राजधानी आय | NP
yes-no-check | एलेक्सा थिम्पू भूटान दी राजधानी ऐ ना | BT
yes-no-check | एलेक्सा इस्लामाबाद पाकिस्तान की राजधानी है ना साईं | PK
yes-no-check | एलेक्सा पणजी गोवा का कैपिटल है ना बाबा | IN-GA
yes-no-check | एलेक्सा कोलंबो श्रीलंका का कैपिटल है क्या सार | LK
yes-no-check | एलेक्सा तिरुवनंतपुरम केरल की राजधानी है क्या | IN-KL
yes-no-check | एलेक्सा भुवनेश्वर ओडिशा का राजधानी है ना | IN-OD
yes-no-check | एलेक्सा क्या काबुल अफ़ग़ानिस्तान की राजधानी है | AF
yes-no-check | एलेक्सा क्या सिओल दक्षिण कोरिया की राजधानी है | KR
yes-no-check | एलेक्सा सिडनी ऑस्ट्रेलिया की राजधानी है या नहीं | AU
yes-no-check | एलेक्सा रियो ब्राज़ील की कैपिटल है ना | BR
yes-no-check | एलेक्सा इस्तांबुल तुर्की की राजधानी है क्या | TR
yes-no-check | एलेक्सा ज्यूरिख स्विट्ज़रलैंड की राजधानी है | CH
yes-no-check | एलेक्सा टोरंटो कनाडा की राजधानी है | CA
yes-no-check | एलेक्सा मुंबई भारत की राजधानी है क्या | IN
yes-no-check | एलेक्सा लागोस नाइजीरिया की राजधानी है या अबुजा | NG
yes-no-check | एलेक्सा अलमाटी कज़ाखस्तान की राजधानी है क्या | KZ
yes-no-check | एलेक्सा यांगून म्यांमार की राजधानी है ना | MM
yes-no-check | एलेक्सा दार एस सलाम तंज़ानिया की राजधानी है | TZ
yes-no-check | एलेक्सा कराची पाकिस्तान की राजधानी है | PK
yes-no-check | एलेक्सा न्यूयॉर्क अमेरिका की राजधानी है ना | US
yes-no-check | एलेक्सा ऑकलैंड न्यूज़ीलैंड की राजधानी है क्या | NZ
yes-no-check | एलेक्सा जेनेवा स्विस राजधानी है | CH
yes-no-check | एलेक्सा शिमला हिमाचल की राजधानी है ना | IN-HP
yes-no-check | एलेक्सा गुवाहाटी असम की राजधानी है क्या | IN-AS
yes-no-check | एलेक्सा बेंगलुरु कर्नाटक की राजधानी है ना | IN-KA
# self-correction
self-correction | एलेक्सा ऑस्ट्रिया के राजधानी नहीं नहीं ऑस्ट्रेलिया के | AU
self-correction | एलेक्सा स्वीडन दी राजधानी ना ना स्विट्ज़रलैंड दी | CH
self-correction | एलेक्सा इराक की राजधानी अड़े नहीं ईरान की | IR
self-correction | एलेक्सा स्लोवाकिया का कैपिटल नहीं बाबा स्लोवेनिया | SI
self-correction | एलेक्सा अय्यो गिनी नहीं गिनी बिसाऊ का कैपिटल | GW
self-correction | एलेक्सा निकारागुआ का राजधानी नहीं चेट्टा नाइजर का | NE
self-correction | एलेक्सा नाइजर नहीं मेरा मतलब नाइजीरिया | NG
self-correction | एलेक्सा आइसलैंड की राजधानी सॉरी आयरलैंड की | IE
self-correction | एलेक्सा ऑस्ट्रेलिया नहीं ऑस्ट्रिया की राजधानी बताओ | AT
self-correction | एलेक्सा कोलंबिया मतलब कोलंबो नहीं कोलंबिया देश की राजधानी | CO
self-correction | एलेक्सा डोमिनिका नहीं डोमिनिकन रिपब्लिक की राजधानी | DO
self-correction | एलेक्सा पराग्वे उरुग्वे उरुग्वे की राजधानी | UY
self-correction | एलेक्सा माली की राजधानी अरे नहीं मालदीव की | MV
self-correction | एलेक्सा मॉरिटानिया रुको मॉरीशस की राजधानी | MU
self-correction | एलेक्सा लातविया की नहीं लिथुआनिया की राजधानी | LT
self-correction | एलेक्सा स्लोवेनिया गलत बोला स्लोवाकिया की राजधानी | SK
self-correction | एलेक्सा ज़ाम्बिया की राजधानी ओह नहीं ज़िम्बाब्वे | ZW
self-correction | एलेक्सा गाम्बिया नहीं ज़ाम्बिया की राजधानी | ZM
self-correction | एलेक्सा तंज़ानिया उह नहीं युगांडा की कैपिटल | UG
self-correction | एलेक्सा सूडान की नहीं दक्षिण सूडान की राजधानी | SS
self-correction | एलेक्सा हरियाणा की राजधानी नहीं पंजाब की राजधानी | IN-PB
self-correction | एलेक्सा मणिपुर की नहीं मिज़ोरम की राजधानी बताओ | IN-MZ
self-correction | एलेक्सा कैलिफ़ोर्निया नहीं नहीं कोलोराडो की राजधानी | US-CO
self-correction | एलेक्सा अर्मेनिया की राजधानी माफ़ कीजिए अल्बानिया की | AL
self-correction | एलेक्सा मोनाको नहीं मोरक्को की राजधानी | MA
self-correction | एलेक्सा वेनेज़ुएला की राजधानी नहीं इक्वाडोर की | EC
# reverse-question
reverse-question | एलेक्सा नैरोबी किस देश की राजधानी है | CITY:नैरोबी
reverse-question | एलेक्सा थिम्पू कउन देस के राजधानी आय | CITY:थिंपू
reverse-question | एलेक्सा लीमा किस मुल्क दी राजधानी ऐ | CITY:लीमा
reverse-question | एलेक्सा साईं कोपेनहेगन किसकी राजधानी है | CITY:कोपेनहेगन
reverse-question | एलेक्सा लिस्बन किस देश का कैपिटल है बाबा | CITY:लिस्बन
reverse-question | एलेक्सा सार अदीस अबाबा किस देश का कैपिटल | CITY:अदीस अबाबा
reverse-question | एलेक्सा मस्कट कौन से देश की राजधानी है चेट्टा | CITY:मस्कट
reverse-question | एलेक्सा ढाका किसका राजधानी है भाई | CITY:ढाका
reverse-question | एलेक्सा जनाब ताशकंद किस मुल्क की राजधानी है | CITY:ताशकंद
reverse-question | एलेक्सा कृपया बताइए हनोई किस देश की राजधानी है | CITY:हनोई
reverse-question | एलेक्सा मनीला वाला देश कौन सा है | CITY:मनीला
reverse-question | एलेक्सा किस देश की राजधानी बगदाद है | CITY:बगदाद
reverse-question | एलेक्सा हवाना जिस देश की राजधानी है उसका नाम | CITY:हवाना
reverse-question | एलेक्सा अंकारा किसकी कैपिटल है ब्रो | CITY:अंकारा
reverse-question | एलेक्सा वेलिंगटन कौन से देश में राजधानी है | CITY:वेलिंगटन
reverse-question | एलेक्सा ओस्लो किस देश की राजधानी होती है | CITY:ओस्लो
reverse-question | एलेक्सा अक्रा किस देश की कैपिटल है | CITY:एक्रा
reverse-question | एलेक्सा बुडापेस्ट किस देश की राजधानी है | CITY:बुडापेस्ट
reverse-question | एलेक्सा डकार किसकी राजधानी है | CITY:डकार
reverse-question | एलेक्सा कैनबरा किस देश की राजधानी है | CITY:कैनबरा
reverse-question | एलेक्सा विएना कौन से मुल्क की राजधानी | CITY:विएना
reverse-question | एलेक्सा हेलसिंकी किसकी कैपिटल सिटी है | CITY:हेलसिंकी
reverse-question | एलेक्सा भोपाल किस प्रदेश की राजधानी है | CITY:भोपाल
reverse-question | एलेक्सा शिलांग किस राज्य की राजधानी है | CITY:शिलांग
reverse-question | एलेक्सा गांधीनगर किस स्टेट का कैपिटल है | CITY:गांधीनगर
reverse-question | एलेक्सा चंडीगढ़ किस किस की राजधानी है | CITY:चंडीगढ़
reverse-question | एलेक्सा एडमंटन कनाडा के किस प्रांत की राजधानी है | CITY:एडमंटन
reverse-question | एलेक्सा सैक्रामेंटो किस स्टेट की कैपिटल है | CITY:सैक्रामेंटो
reverse-question | एलेक्सा पर्थ किस ऑस्ट्रेलियाई राज्य की राजधानी है | CITY:पर्थ
reverse-question | एलेक्सा म्यूनिख किसकी राजधानी है | CITY:म्यूनिख
# official-name
official-name | एलेक्सा संयुक्त राज्य अमेरिका की राजधानी | US
official-name | एलेक्सा यूनाइटेड स्टेट्स ऑफ़ अमेरिका की कैपिटल क्या है | US
official-name | एलेक्सा चीनी जनवादी गणराज्य की राजधानी बताओ | CN
official-name | एलेक्सा रूसी संघ की राजधानी कौन सी है | RU
official-name | एलेक्सा भारत गणराज्य की राजधानी | IN
official-name | एलेक्सा यूनाइटेड किंगडम ऑफ़ ग्रेट ब्रिटेन एंड नॉर्दर्न आयरलैंड की राजधानी | GB
official-name | एलेक्सा इस्लामी गणराज्य पाकिस्तान की राजधानी | PK
official-name | एलेक्सा इस्लामिक रिपब्लिक ऑफ़ ईरान की राजधानी | IR
official-name | एलेक्सा फ़ेडरल रिपब्लिक ऑफ़ जर्मनी की राजधानी क्या है | DE
official-name | एलेक्सा रिपब्लिक ऑफ़ कोरिया की कैपिटल | KR
official-name | एलेक्सा डेमोक्रेटिक पीपल्स रिपब्लिक ऑफ़ कोरिया की राजधानी | KP
official-name | एलेक्सा किंगडम ऑफ़ सऊदी अरेबिया की राजधानी | SA
official-name | एलेक्सा हैशमाइट किंगडम ऑफ़ जॉर्डन की राजधानी | JO
official-name | एलेक्सा लोकतांत्रिक समाजवादी गणराज्य श्रीलंका की राजधानी | LK
official-name | एलेक्सा संघीय लोकतांत्रिक गणराज्य नेपाल की राजधानी | NP
official-name | एलेक्सा गणप्रजातंत्री बांग्लादेश की राजधानी | BD
official-name | एलेक्सा कॉमनवेल्थ ऑफ़ ऑस्ट्रेलिया की कैपिटल | AU
official-name | एलेक्सा यूनाइटेड मैक्सिकन स्टेट्स की राजधानी | MX
official-name | एलेक्सा प्लूरीनेशनल स्टेट ऑफ़ बोलीविया की राजधानी | BO
official-name | एलेक्सा रिपब्लिक ऑफ़ द यूनियन ऑफ़ म्यांमार की राजधानी | MM
official-name | एलेक्सा सोशलिस्ट रिपब्लिक ऑफ़ वियतनाम की राजधानी | VN
official-name | एलेक्सा कॉमनवेल्थ ऑफ़ डोमिनिका की कैपिटल | DM
official-name | एलेक्सा ग्रैंड डची ऑफ़ लक्ज़मबर्ग की राजधानी | LU
official-name | एलेक्सा प्रिंसिपैलिटी ऑफ़ लिकटेंस्टीन की राजधानी | LI
# everyday-name
everyday-name | एलेक्सा अमरीका की राजधानी बताओ | US
everyday-name | एलेक्सा बिलायत की राजधानी का आय | GB
everyday-name | एलेक्सा हॉलैंड की राजधानी | NL
everyday-name | एलेक्सा बर्मा की राजधानी कौन सी है | MM
everyday-name | एलेक्सा सीलोन की राजधानी | LK
everyday-name | एलेक्सा फ़ारस की राजधानी क्या है | IR
everyday-name | एलेक्सा स्याम देश की राजधानी | TH
everyday-name | एलेक्सा यूएसए की कैपिटल | US
everyday-name | एलेक्सा यूके की कैपिटल बताओ | GB
everyday-name | एलेक्सा यूएई की राजधानी | AE
everyday-name | एलेक्सा चेक गणराज्य की राजधानी | CZ
everyday-name | एलेक्सा तुर्किस्तान की राजधानी बोलो | TR
everyday-name | एलेक्सा मकदूनिया की राजधानी | MK
everyday-name | एलेक्सा आइवरी कोस्ट की राजधानी | CI
everyday-name | एलेक्सा ईस्ट तिमोर की राजधानी | TL
everyday-name | एलेक्सा कंपूचिया की राजधानी | KH
everyday-name | एलेक्सा बेलोरूसिया की राजधानी क्या है | BY
everyday-name | एलेक्सा मद्रास वाले राज्य की राजधानी | IN-TN
everyday-name | एलेक्सा उड़ीसा की राजधानी | IN-OD
everyday-name | एलेक्सा पांडिचेरी की राजधानी | IN-PY
everyday-name | एलेक्सा यूपी की राजधानी बताओ | IN-UP
everyday-name | एलेक्सा एमपी की राजधानी | IN-MP
everyday-name | एलेक्सा बॉम्बे वाले राज्य की राजधानी | IN-MH
everyday-name | एलेक्सा हॉलैंड की कैपिटल एम्सटर्डम है ना | NL
everyday-name | एलेक्सा इंग्लिस्तान की राजधानी | GB-ENG
# shared-name
shared-name | एलेक्सा जॉर्जिया की राजधानी क्या है | GE
shared-name | एलेक्सा जॉर्जिया देश नहीं अमेरिका वाला जॉर्जिया उसकी कैपिटल | US-GA
shared-name | एलेक्सा दोनों कोरिया की राजधानियां बताओ | KP+KR
shared-name | एलेक्सा दोनों कांगो की राजधानी | CD+CG
shared-name | एलेक्सा कांगो वाले दोनों देशों की कैपिटल्स | CD+CG
shared-name | एलेक्सा सूडान और दक्षिण सूडान दोनों की राजधानी | SD+SS
shared-name | एलेक्सा गिनी नाम के सारे देशों की राजधानी | GN+GQ+GW+PG
shared-name | एलेक्सा डोमिनिका और डोमिनिकन दोनों की राजधानी | DM+DO
shared-name | एलेक्सा वॉशिंगटन की राजधानी | US-WA
shared-name | एलेक्सा वर्जीनिया की राजधानी | US-VA
shared-name | एलेक्सा पंजाब की राजधानी | IN-PB
shared-name | एलेक्सा मेक्सिको की राजधानी | MX
shared-name | एलेक्सा लक्ज़मबर्ग की राजधानी क्या है | LU
shared-name | एलेक्सा न्यूयॉर्क की राजधानी | US-NY
shared-name | एलेक्सा साओ पाउलो की राजधानी कौन सी | BR-SP
shared-name | एलेक्सा ब्राज़ील वाला रियो राज्य उसकी राजधानी | BR-RJ
shared-name | एलेक्सा दोनों समोआ की राजधानी | AS+WS
shared-name | एलेक्सा वर्जिन आइलैंड्स दोनों की कैपिटल | VG+VI
shared-name | एलेक्सा मैसेडोनिया की राजधानी | MK
shared-name | एलेक्सा बंगाल की राजधानी | IN-WB
shared-name | एलेक्सा आयरलैंड वाला आयरलैंड देश उसकी राजधानी | IE
# more lines from the same speakers, written after the first build showed thin groups
bagheli | एलेक्सा हमार दादू पूछत हें रूस के राजधानी कउन आय | RU
bagheli | एलेक्सा गोबर पाथत पाथत पूछित हन छत्तीसगढ़ के राजधानी | IN-CG
bagheli | एलेक्सा बताबा न अमेरिका के राजधानी का आय | US
bagheli | एलेक्सा हमहूं जानय चाहित हन पाकिस्तान के राजधानी | PK
kangri | एलेक्सा मिंजो दस्सा कनाडा दी राजधानी क्या ऐ | CA
kangri | एलेक्सा साड्डे हिमाचल दी दूजी राजधानी कुण सी ऐ | IN-HP
kangri | एलेक्सा भूटान दी राजधानी दस्सा जी | BT
kangri | एलेक्सा चाय पीन्दे पुछदे उत्तराखंड दी राजधानी कुण सी | IN-UK
sindhi | एलेक्सा साईं सिंगापुर जी राजधानी सिंगापुर ही है क्या | SG
sindhi | एलेक्सा अड़े हांगकांग की राजधानी बताओ | HK
sindhi | एलेक्सा इंडोनेशिया जी राजधानी जकार्ता है ना साईं | ID
sindhi | एलेक्सा बच्चे पूछ रहे ओमान जी राजधानी | OM
konkani | एलेक्सा बाबा ब्राज़ील का कैपिटल बोल रे | BR
konkani | एलेक्सा अंगोला का कैपिटल क्या है बाबा मेरा अंकल वहां था | AO
konkani | एलेक्सा मोज़ाम्बिक का राजधानी बोलो ना | MZ
tamil | एलेक्सा सार कर्नाटक का कैपिटल बैंगलोर है क्या | IN-KA
tamil | एलेक्सा अय्यो आंध्र का कैपिटल अभी कौन सा है | IN-AP
tamil | एलेक्सा मॉरीशस का कैपिटल बोलो सार | MU
malayali | एलेक्सा चेट्टा सऊदी का कैपिटल रियाद है ना | SA
malayali | एलेक्सा बहरीन का राजधानी बोलो | BH
malayali | एलेक्सा कुवैत वाला मामा पूछा यूएई का कैपिटल | AE
malayali | एलेक्सा अल्ले तमिलनाडु का राजधानी चेन्नई ही है ना | IN-TN
odia | एलेक्सा भाई झारखंड का राजधानी रांची है ना | IN-JH
odia | एलेक्सा आज्ञा ऑस्ट्रेलिया का राजधानी कौन है | AU
odia | एलेक्सा कटक से बोल रहा हूं जापान का राजधानी बोलिए | JP
odia | एलेक्सा मौसा पूछ रहा है बांग्लादेश का राजधानी | BD
kashmiri | एलेक्सा जनाब सऊदी अरब की राजधानी मक्का है क्या | SA
kashmiri | एलेक्सा अफ़ग़ानिस्तान का दारुल हुकूमत काबुल है ना | AF
kashmiri | एलेक्सा वो हिमाचल की राजधानी क्या है जनाब | IN-HP
kashmiri | एलेक्सा मेहमान ईरान से हैं उनकी राजधानी तेहरान है ना | IR
learner | एलेक्सा कृपया बताइए चीन की राजधानी कौन सी है | CN
learner | एलेक्सा मैं नहीं समझी फिर से थाईलैंड की राजधानी बताइए | TH
learner | एलेक्सा मेरे अध्यापक पूछते हैं भारत के राज्य महाराष्ट्र की राजधानी | IN-MH
learner | एलेक्सा इंडोनेशिया का राजधानी क्या है मैं गलत बोली शायद | ID
mandi | एलेक्सा आढ़ती जी पूछ रहे पंजाब की राजधानी चंडीगढ़ है के | IN-PB
mandi | एलेक्सा बासमती जिस देश जाती है ईरान उसकी राजधानी | IR
mandi | एलेक्सा बोली रुकी है बता सऊदी की राजधानी | SA
mandi | एलेक्सा मुनीम जी पूछ रहे बिहार की राजधानी पटना है ना | IN-BR
pujari | एलेक्सा यजमान अमेरिका से आए हैं वहां की राजधानी बताइए | US
pujari | एलेक्सा कैलाश मानसरोवर जिस देश में है उसकी राजधानी | CN
pujari | एलेक्सा पंडित जी पूछ रहे मॉरीशस की राजधानी | MU
darzi | एलेक्सा मास्टर जी को बताओ पाकिस्तान की राजधानी | PK
darzi | एलेक्सा शेरवानी का ऑर्डर कनाडा जाएगा उसकी राजधानी | CA
darzi | एलेक्सा बटन टांकते हुए बता तुर्की की राजधानी | TR
bijli | एलेक्सा लाइनमैन भैया पूछ रहे उड़ीसा की राजधानी | IN-OD
bijli | एलेक्सा सबस्टेशन पे बैठे हैं चीन की राजधानी बता | CN
bijli | एलेक्सा जेई साहब पूछ रहे मिस्र की राजधानी काहिरा है | EG
bijli | एलेक्सा अर्थिंग करते करते बता फ़्रांस की राजधानी | FR
koli | एलेक्सा आई पूछती है ओमान का राजधानी बोल | OM
koli | एलेक्सा बोट वाले पूछ रहे मालदीव का कैपिटल माले है ना | MV
koli | एलेक्सा महाराष्ट्र ची राजधानी मुंबई आहे ना | IN-MH
kirana | एलेक्सा सेठानी पूछ रही हैं नेपाल की राजधानी | NP
kirana | एलेक्सा थोक वाला पूछ रहा चीन की राजधानी शंघाई है | CN
kirana | एलेक्सा दुकान बंद करने से पहले बता इंग्लैंड की राजधानी | GB-ENG
gym | एलेक्सा ब्रो स्पेन की कैपिटल बार्सिलोना है ना | ES
gym | एलेक्सा कार्डियो करते करते बता जर्मनी की कैपिटल | DE
gym | एलेक्सा ट्रेनर पूछ रहा है ग्रीस की राजधानी | GR
callcentre | एलेक्सा शिफ़्ट ख़त्म होने से पहले बताओ कनाडा की कैपिटल | CA
callcentre | एलेक्सा कस्टमर जॉर्जिया स्टेट से था उसकी कैपिटल बताओ | US-GA
callcentre | एलेक्सा ऑस्ट्रेलिया प्रोसेस वाले पूछ रहे क्वींसलैंड की कैपिटल | AU-QLD
halwai | एलेक्सा कारीगर पूछ रहा है बिहार की राजधानी | IN-BR
halwai | एलेक्सा मिठाई विदेश जाएगी अमेरिका की राजधानी बता | US
halwai | एलेक्सा उस्ताद जी कहते हैं मैसूर पाक वाले राज्य की राजधानी | IN-KA
bank | एलेक्सा कैशियर पूछ रहा स्विट्ज़रलैंड की राजधानी बर्न है ना | CH
bank | एलेक्सा लोन वाले अंकल पूछ रहे जापान की राजधानी | JP
bank | एलेक्सा एटीएम में कैश डालते हुए बताओ सिंगापुर की राजधानी | SG
vakil | एलेक्सा जज साहब पूछ रहे नीदरलैंड की राजधानी हेग है क्या | NL
vakil | एलेक्सा वकील साहब को बताओ इंग्लैंड की राजधानी | GB-ENG
vakil | एलेक्सा मुवक्किल दुबई से है यूएई की राजधानी बताइए | AE
vakil | एलेक्सा केस मध्य प्रदेश का है उसकी राजधानी | IN-MP
conductor | एलेक्सा सवारी पूछ रही राजस्थान की राजधानी जयपुर है ना | IN-RJ
conductor | एलेक्सा डिपो पे पूछ रहे उत्तर प्रदेश की राजधानी | IN-UP
conductor | एलेक्सा बस नेपाल जाती है उसकी राजधानी काठमांडू है ना | NP
conductor | एलेक्सा ड्राइवर साहब पूछ रहे दिल्ली किसकी राजधानी है | CITY:नई दिल्ली
conductor | एलेक्सा टिकट वाली मशीन में बता हरियाणा की राजधानी कौन सी | IN-HR
cricket | एलेक्सा कोच साहब पूछ रहे ऑस्ट्रेलिया की राजधानी | AU
cricket | एलेक्सा बच्चे पूछ रहे बांग्लादेश टीम के देश की राजधानी | BD
cricket | एलेक्सा नीदरलैंड्स वाली टीम का देश उसकी राजधानी | NL
cricket | एलेक्सा स्कॉटलैंड टीम के देश की राजधानी | GB-SCT
banjara | एलेक्सा तांडा का छोरा पूछरो छ दिल्ली री राजधानी | IN-DL
banjara | एलेक्सा गोर बोली में पूछां कर्नाटक री राजधानी कांई | IN-KA
banjara | एलेक्सा तीज मेला में पूछां महाराष्ट्र री राजधानी | IN-MH
banjara | एलेक्सा नायक जी पूछरा छ राजस्थान री राजधानी | IN-RJ
shg | एलेक्सा दीदी पूछ रही हैं बिहार की राजधानी कौन सी | IN-BR
shg | एलेक्सा समूह वाली बहन केरल से है उसके राज्य की राजधानी | IN-KL
shg | एलेक्सा मेले में स्टॉल लगाना है गुजरात की राजधानी गांधीनगर है ना | IN-GJ
photo | एलेक्सा डेस्टिनेशन वेडिंग इटली में है उसकी कैपिटल | IT
photo | एलेक्सा शूट के लिए उदयपुर वाले राज्य की राजधानी | IN-RJ
photo | एलेक्सा एल्बम में लिखना है श्रीलंका की राजधानी | LK
photo | एलेक्सा दूल्हे वाले लंदन से हैं ब्रिटेन की राजधानी लंदन ही है | GB
yoga | एलेक्सा मेरा स्टूडेंट ब्राज़ील से है उसकी राजधानी बताइए | BR
yoga | एलेक्सा स्टूडेंट्स फ़िनलैंड से हैं राजधानी हेलसिंकी है ना | FI
yoga | एलेक्सा प्राणायाम के बाद बताइए जापान की राजधानी | JP
yoga | एलेक्सा आश्रम में एक मेहमान आयरलैंड से है उसकी राजधानी | IE
mr | एलेक्सा एमआर मीटिंग में पूछा गया मिज़ोरम की राजधानी | IN-MZ
mr | एलेक्सा डॉक्टर साहब पूछ रहे थे अमेरिका की राजधानी | US
mr | एलेक्सा कंपनी का हेड ऑफ़िस स्वीडन में है उसकी राजधानी | SE
mr | एलेक्सा नए हेडक्वार्टर वाले देश डेनमार्क की राजधानी | DK
rider | एलेक्सा अगली डिलीवरी से पहले बता जापान की कैपिटल | JP
rider | एलेक्सा कस्टमर पूछ रहा था कर्नाटक की राजधानी | IN-KA
rider | एलेक्सा सिग्नल पे रुका हूं थाईलैंड की राजधानी बता | TH
rider | एलेक्सा रेस्टोरेंट इटालियन है इटली की राजधानी | IT
rider | एलेक्सा बाइक पे हूं जल्दी बोल मलेशिया की राजधानी | MY
# more launch lines
launch | एलेक्सा दुनिया की राजधानियाँ खोलो हमार खातिर | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोल दस्सा | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ चालू करो अड़े | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ चालू कर दीजिए जनाब | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोलिए आज्ञा | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ शुरू करो बोली से पहले | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोलो यजमान जी के लिए | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ स्टार्ट करो ब्रेक में | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ शुरू कर तांडा वालों के लिए | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ लगा दो बच्चों के लिए | LAUNCH
# a last few from the thinnest groups
banjara | एलेक्सा लदेनी वाला बापू पूछरो छ गोवा री राजधानी | IN-GA
banjara | एलेक्सा म्हारो भाई दुबई गयो छ उ देस री राजधानी कांई | AE
photo | एलेक्सा लाइटिंग सेट होने तक बताओ भूटान की राजधानी | BT
photo | एलेक्सा पासपोर्ट साइज़ फ़ोटो वाले अंकल पूछ रहे कनाडा की कैपिटल | CA
yoga | एलेक्सा सूर्य नमस्कार के बाद बताइए नेपाल की राजधानी | NP
yoga | एलेक्सा ध्यान वाली छात्रा अर्जेंटीना से है राजधानी ब्यूनस आयर्स है ना | AR
mr | एलेक्सा चेन्नई वाले डॉक्टर पूछ रहे तमिलनाडु की राजधानी का पुराना नाम वाला शहर | IN-TN
mr | एलेक्सा रिपोर्टिंग से पहले बताओ नॉर्वे की राजधानी | NO
# places the first build left unasked (their only lines were already in earlier rounds)
subdivision | एलेक्सा भूगोल की किताब में लिखा है {} उसकी राजधानी क्या होगी | नॉर्दर्न टेरिटरी ऑस्ट्रेलिया=AU-NT; न्यू ब्रंसविक प्रांत=CA-NB; न्यूफ़ाउंडलैंड एंड लैब्राडोर=CA-NL
subdivision | एलेक्सा नक्शे पर उंगली रखी {} पे इसकी राजधानी बताओ | नॉर्थ राइन वेस्टफ़ेलिया राज्य=DE-NW; चियापास राज्य=MX-CHP; सोनोरा राज्य=MX-SON
subdivision | एलेक्सा मेक्सिको सिटी वाला इलाका उसकी राजधानी क्या है | MX-CMX
subdivision | एलेक्सा अंटार्कटिका की राजधानी कौन सी है | AQ
subdivision | एलेक्सा बूवे आइलैंड की राजधानी | BV
subdivision | एलेक्सा हर्ड और मैकडोनाल्ड द्वीप की राजधानी | HM
subdivision | एलेक्सा अमेरिका के छोटे बाहरी द्वीपों की राजधानी | UM
"""

if __name__ == "__main__":
    build_round(51, "hi", LINES, sys.argv, "tests/Eval/hi/round51/source/build_corpus.py")
