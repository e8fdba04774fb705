"""Round 53, Hindi (hi-IN): a new author's own mix, written blind at the end of the sixtieth session (brief WRITER68.md),
for the next session's tuner. Speakers and situations chosen apart from Hindi round 52 (Dakhini,
Dhundhari, Bundeli, Kumaoni, Chhattisgarhi, Haryanvi, Dogri, Maithili, Magahi, Bambaiya, Bengali, Gujarati, Telugu,
Kannada and Punjabi speakers' Hindi, British Asian children in Leicester and Southall, German and French students in
Varanasi, NRI families in New Jersey and Texas, barbers, carpenters, motor mechanics, dairy farmers and milkmen, Banarasi
silk weavers, railway porters, akhara wrestlers, UPSC aspirants, software engineers, police constables, property
dealers, chaat and golgappa vendors, goldsmiths, Varanasi boatmen), from round 51 (Bagheli, Kangri, Sindhi speakers'
Hindi, Konkani, Tamil, Malayalam, Odia and Kashmiri speakers' Hindi, Koli fishermen, Banjara (Lambadi), Korean and
Japanese learners, grain-mandi arhtiyas, temple priests, tailors, electricians and linemen, kirana shopkeepers, gym
trainers, night-shift call-centre agents, halwais and wedding cooks, bank clerks, district-court lawyers and munshis,
roadways bus conductors, cricket-academy coaches, women's self-help groups, wedding photographers, Rishikesh yoga
teachers, medical representatives, food-delivery riders), from round 50 (Mewari, Surgujia, Kurukh speakers' Hindi,
Jaunsari, Mizo and Bodo speakers' Hindi, Nepali speakers' Hindi, Trinidad and Guyana Hindustani, Durban Indian Hindi,
app-cab drivers, railway TTEs, airline cabin crew, chemists, postmen, housing-society guards, beauticians, wedding DJs,
radio jockeys, college professors, blind and low-vision users, grandfathers and retired railwaymen, Sanskrit pathshala
students, Mumbai dabbawalas), from round 49 (Bajjika, Khortha, Halbi, Ahirani, Vidarbha Hindi, Kutchi, Ladakhi and
Tibetan speakers' Hindi, Meitei speakers' Hindi, Nagamese, Tulu speakers' Hindi, Gulf workers, Afghan refugees, truck
drivers, chartered accountants, stock traders, Kota students, teen gamers, Anganwadi and ASHA workers, Kauravi, tour
guides, stamp and coin collectors, construction workers, Parsis, Anglo-Indians) and from the groups named for rounds 48
to 44 (Garhwali, Malvi, Mewati, Nagpuri/Sadri, Fiji Hindi, Sarnami, Madhesi, Bhili, Marwari, Shekhawati, Harauti,
Bhojpuri, Gorkha Hindi, Guwahati and Shillong Hindi, Shuddh Hindi, retired soldiers, grandmothers, auto-rickshaw
drivers, a TV newsroom, nurses, sailors and the rest listed there).

Regions, each a family: Braj from Mathura and Agra (`braj`, "कहा है", "बताय दे लाला", "नाय"), Nimadi from Khargone and
Khandwa (`nimadi`, "कई छे", "म्हारे बतावो", "कोण सी हय"), Santhali speakers' Hindi from Dumka and Pakur (`santhali`,
"का राजधानी", "बोलिए न", "हमको तो पता नहीं"), Angika from Bhagalpur and Munger (`angika`, "की छेकै", "बतैबै", "रहे
दहो"), Wagdi from Banswara and Dungarpur (`wagdi`, "नी राजधानी कई हे", "रेवा दो") and Kinnauri and Lahauli speakers'
Hindi (`kinnaur`). Migrants and learners: Egyptian and Sudanese students of Hindi at an ICCR course in Delhi
(`arablearner`, "कृपया मुझे बताइए", "का राजधानी"), Russian students of Hindi in Moscow and Kazan (`russianlearner`,
"कृपया रुक जाइए"), Indian families in Mauritius (`mauritius`, "अपना मॉरीशस", "जी") and Sikh and Hindu families from
Afghanistan in Tilak Nagar (`tilaknagar`, "जान", "दी राजधानी केहड़ी", "दस्सो"). Jobs: Awadhi-speaking potters in
Faizabad (`potter`, "चाक चलावत", "कै राजधानी", "भट्ठी"), beekeepers in Morena and Bharatpur ("मधुमक्खी बक्से",
"छत्ता"), fire-brigade crews in Nagpur ("ड्यूटी", "ड्रिल"), pathology lab technicians ("सैंपल", "सेंट्रीफ्यूज"),
district librarians ("एटलस", "धीरे से"), sugarcane farmers at a Shamli mill gate ("पर्ची", "ताऊ", "के सै"), hospital
ward boys in Lucknow ("सिस्टर", "स्ट्रेचर"), Kannauj attar makers (`attar`, "इत्र की भट्टी", "नाय"), tea-garden
workers in the Dooars (`teagarden`, "पत्ती तोड़ते", "हाज़िरा"), forest guards at Kanha and Pench (`forestguard`, "चौकी",
"रेंजर साहब"), agariya salt-pan workers in the Little Rann (`agariya`, "रण", "रेवा दे"), Firozabad bangle makers
(`bangle`, "चूड़ी जोड़", "सुहाग नगरी"), Patna tent-house decorators (`tenthouse`, "पंडाल", "शामियाना"), women making
pickles and papad in Bikaner (`achaar`, "बहनजी"), brick-kiln workers near Meerut (`bhatta`, "भट्टा", "ईंट"), lift
operators in Gurugram towers (`liftman`, "फ्लोर", "शिफ्ट"), ferry crews at Sahebganj (`ferry`, "घाट", "नाव खुल रही"),
Mahakal flower sellers in Ujjain (`phoolwala`, "माला गूँथ", "महाराज"), courier-hub sorters in Bhiwandi (`sorter`,
"पार्सल", "सुपरवाइज़र"), sign-language interpreters at an Indore deaf school (`interpreter`, "धीरे धीरे बोलो"),
cycle-rickshaw pullers in Varanasi and Allahabad (`rickshaw`, "बइठे हैं", "का का पूछ सकीला"), Bareilly kite makers
(`patang`, "माँझा", "मियाँ"), Agra cold-storage potato traders (`aloo`, "कोल्ड स्टोरेज", "भाई साहब") and Haridwar
Ayurvedic pharmacy workers (`vaidya`, "चूर्ण", "वैद्य जी").

Situations: a Holi morning in Barsana, the Narmada ghat at Maheshwar, a Sohrai evening, the kiln before Diwali, the
mustard flowering, a quiet night at the fire station, between samples, a reading-room afternoon, the mill-gate queue, a
night-shift tea break, the silk market and the Shravani mela, the attar deg, the Beneshwar fair, plucking season, a
night at the forest chowki, a hot afternoon in the Rann, the bangle furnace, a wedding-season night, a courtyard of
pickles in the sun, the evening after firing, a Hindi class, a cyclone warning, an office-tower lift, apple packing,
waiting for passengers at the ghat, early-morning garlands, parcel sorting, a class of deaf children, a wait outside the
station, before Makar Sankranti, the storage season, a gurdwara kirtan, grinding churna.

Around them: follow-ups, plural capitals (all eight several-capital countries, and Palestine), subdivisions and
territories (with places the data lacks: Tibet, Balochistan, Pakistan's Punjab, Sindh, Catalonia, Sicily), yes/no
checks, self-corrections, reverse questions, official, everyday and shared names, help, stop, cancel, launch by the
skill's invocation name "दुनिया की राजधानियाँ", and out-of-domain requests (weather, timers, music, home devices,
prices, trains and flights, population, currency and leaders, capitals of continents and regions, "capital" in other
senses, former capitals of empires, myth and fiction). `python3 tests/Eval/hi/round53/source/build_corpus.py
[--check]`; every line is hi-IN. Every sentence was written by hand as one whole utterance; frames with up to three
fills (each frame once) ask the countries and some subdivisions.

Built by round12_hinl_corpus.py (build_round with round 53's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Braj from Mathura and Agra; a Holi morning in Barsana
braj | एलेक्सा {} की राजधानी कहा है बताय दे लाला | अंडोरा=AD; संयुक्त अरब अमीरात=AE; अफ़गानिस्तान=AF
braj | एलेक्सा लाला बताय दे {} की राजधानी कौन सी है | एंटीगुआ और बारबुडा=AG; अल्बानिया=AL; आर्मेनिया=AM
braj | एलेक्सा हमें नाय पतो {} की राजधानी कहा है | अंगोला=AO; अर्जेंटीना=AR; ऑस्ट्रिया=AT
braj | अरे एलेक्सा तनिक बताओ {} की राजधानी कौन सी है | ऑस्ट्रेलिया=AU; अज़रबैजान=AZ; बोस्निया और हर्ज़ेगोविना=BA
braj | एलेक्सा कान्हा की नगरी ते पूछ रहे {} की राजधानी | बारबाडोस=BB; बांग्लादेश=BD; बेल्जियम=BE
braj | एलेक्सा अरी सुन {} की राजधानी कौन है | बुर्किना फ़ासो=BF; बुल्गारिया=BG; बहरीन=BH
braj | एलेक्सा होरी खेल रहे हैं पर जे बताओ उत्तर प्रदेश की राजधानी लखनऊ ही है ना | IN-UP
braj | एलेक्सा बरसाने ते पूछ रहे हैं राजस्थान की राजधानी कहा है | IN-RJ
braj | एलेक्सा ठाकुर जी की जय अब बताओ नेपाल की राजधानी | NP
braj | एलेक्सा जे मथुरा को पेड़ा कितने को मिलत है | FB
braj | एलेक्सा रहन दे बस | STOP
braj | एलेक्सा आगरा में आज धूप निकरेगी कि नाय | FB
braj | एलेक्सा मॉरीशस की राजधानी कहा है उहाँ हमारे मौसा रहत हैं | MU
braj | एलेक्सा बताय दे भूटान की राजधानी थिम्पू है कि नाय | BT
braj | एलेक्सा हरियाणा की राजधानी चंडीगढ़ ही है का | IN-HR
braj | एलेक्सा छोड़ दे जे सवाल | CANCEL
braj | एलेक्सा तुम्हें का का आवत है बताओ | HELP
# Nimadi from Khargone and Khandwa; the Narmada ghat at Maheshwar
nimadi | एलेक्सा {} की राजधानी कई छे म्हारे बतावो | बुरुंडी=BI; बेनिन=BJ; ब्रूनेई=BN
nimadi | एलेक्सा भई {} की राजधानी बतावो जरा | बोलीविया=BO; ब्राज़ील=BR; बहामास=BS
nimadi | एलेक्सा म्हारे को {} की राजधानी बताओ नी | भूटान=BT; बोत्सवाना=BW; बेलारूस=BY
nimadi | एलेक्सा सुणो {} की राजधानी कोण सी हय | बेलीज़=BZ; कनाडा=CA; सेंट्रल अफ़्रीकन रिपब्लिक=CF
nimadi | एलेक्सा घाट पे बैठ्या {} की राजधानी कोण सी छे | स्विट्ज़रलैंड=CH; चिली=CL; कैमरून=CM
nimadi | एलेक्सा अरे {} की राजधानी कई नाम की हय | चीन=CN; कोलंबिया=CO; कोस्टा रिका=CR
nimadi | एलेक्सा महेश्वर घाट पे बैठ्या हाँ मध्य प्रदेश की राजधानी भोपाल ज छे ना | IN-MP
nimadi | एलेक्सा गुजरात की राजधानी कई छे अहमदाबाद कि गांधीनगर | IN-GJ
nimadi | एलेक्सा आज कपास को भाव कई छे | FB
nimadi | एलेक्सा नरमदा मैया म पानी कितरो बढ़्यो | FB
nimadi | एलेक्सा बंद करो अब | STOP
nimadi | एलेक्सा रेवा दो भाई | CANCEL
nimadi | एलेक्सा मदद करो थोड़ी | HELP
nimadi | एलेक्सा क्यूबा की राजधानी कई छे | CU
nimadi | एलेक्सा म्हारो छोरो पूछे साइप्रस की राजधानी | CY
# Santhali speakers' Hindi from Dumka and Pakur; a Sohrai evening
santhali | एलेक्सा {} का राजधानी कौन है बोलिए न | केप वर्डे=CV; चेक गणराज्य=CZ; जर्मनी=DE
santhali | एलेक्सा दीदी पूछ रही है {} का राजधानी | जिबूती=DJ; डेनमार्क=DK; डोमिनिका=DM
santhali | एलेक्सा {} का राजधानी का नाम बोलिए | डोमिनिकन रिपब्लिक=DO; अल्जीरिया=DZ; इक्वाडोर=EC
santhali | एलेक्सा हमको तो पता नहीं है {} का राजधानी क्या होता है | एस्टोनिया=EE; मिस्र=EG; इरिट्रिया=ER
santhali | एलेक्सा स्कूल का बच्चा पूछ रहा {} का राजधानी | स्पेन=ES; इथियोपिया=ET; फ़िनलैंड=FI
santhali | एलेक्सा तनी बताइए {} का राजधानी कहाँ है | फ़िजी=FJ; माइक्रोनेशिया=FM; फ़्रांस=FR
santhali | एलेक्सा झारखंड का राजधानी रांची है न | IN-JH
santhali | एलेक्सा सोहराय में नाच हो रहा है बताइए ओडिशा का राजधानी | IN-OD
santhali | एलेक्सा पश्चिम बंगाल का राजधानी कोलकाता ही है न | IN-WB
santhali | एलेक्सा मांदर का गाना बजाइए | FB
santhali | एलेक्सा रुक जाइए | STOP
santhali | एलेक्सा नहीं चाहिए छोड़िए | CANCEL
santhali | एलेक्सा आप क्या क्या बता सकते हैं | HELP
santhali | एलेक्सा महुआ कब गिरता है | FB
# Awadhi-speaking potters from Faizabad; the kiln before Diwali
potter | एलेक्सा {} कै राजधानी कौन है तनी बताय देव | गैबॉन=GA; ब्रिटेन=GB; ग्रेनाडा=GD
potter | एलेक्सा हमका बतावा {} कै राजधानी | जॉर्जिया=GE; घाना=GH; गाम्बिया=GM
potter | एलेक्सा भैया {} कै राजधानी कवन सहर है | गिनी=GN; इक्वेटोरियल गिनी=GQ; ग्रीस=GR
potter | एलेक्सा चाक चलावत चलावत पूछित है {} कै राजधानी | ग्वाटेमाला=GT; गिनी बिसाऊ=GW; गयाना=GY
potter | एलेक्सा माटी सानत सानत पूछी {} कै राजधानी का है | होंडुरास=HN; क्रोएशिया=HR; हैती=HT
potter | एलेक्सा ई बतावा {} कै राजधानी कवन है | हंगरी=HU; इंडोनेशिया=ID; आयरलैंड=IE
potter | एलेक्सा दिया बनावत हन भट्ठी गरम है बतावा इज़राइल कै राजधानी | IL
potter | एलेक्सा कुल्हड़ कितने मा बिकत है आजकल | FB
potter | एलेक्सा भट्ठी का टाइमर दुई घंटा लगाय देव | FB
potter | एलेक्सा बस होइ गवा | STOP
potter | एलेक्सा ना रहै देव | CANCEL
potter | एलेक्सा ई का का बताय सकत है | HELP
potter | एलेक्सा इराक कै राजधानी बगदाद है का | IQ
potter | एलेक्सा ईरान कै राजधानी तेहरान है ना | IR
# Beekeepers in Morena and Bharatpur; the mustard flowering
beekeeper | एलेक्सा {} की राजधानी का नाम बताना | आइसलैंड=IS; इटली=IT; जमैका=JM
beekeeper | एलेक्सा बक्से देखते देखते पूछ रहे {} की राजधानी | जॉर्डन=JO; जापान=JP; केन्या=KE
beekeeper | एलेक्सा ज़रा {} की राजधानी बोलना | किर्गिस्तान=KG; कंबोडिया=KH; किरिबाती=KI
beekeeper | एलेक्सा सरसों फूल रही है मधुमक्खी बक्से खुले हैं बताओ {} की राजधानी | कोमोरोस=KM; सेंट किट्स और नेविस=KN; कुवैत=KW
beekeeper | एलेक्सा छत्ते से शहद निकाल रहे हैं {} की राजधानी कौन सी | कज़ाख़स्तान=KZ; लाओस=LA; लेबनान=LB
beekeeper | एलेक्सा मधुमक्खी वाले भाई पूछ रहे {} की राजधानी क्या है | सेंट लूसिया=LC; लिकटेंस्टीन=LI; लाइबेरिया=LR
beekeeper | एलेक्सा शहद का भाव मंडी में क्या चल रहा है | FB
beekeeper | एलेक्सा न्यूज़ीलैंड की राजधानी ऑकलैंड है क्या वहाँ शहद जाता है | NZ
beekeeper | एलेक्सा मधुमक्खी काटे तो क्या लगाएं | FB
beekeeper | एलेक्सा बंद कर दो | STOP
beekeeper | एलेक्सा रद्द करो | CANCEL
beekeeper | एलेक्सा कैसे पूछूँ तुमसे राजधानी वाला सवाल | HELP
# Fire brigade crews in Nagpur; a quiet night at the station
firefighter | एलेक्सा ड्यूटी पे हैं जल्दी बोलो {} की राजधानी | लेसोथो=LS; लिथुआनिया=LT; लक्ज़मबर्ग=LU
firefighter | एलेक्सा गाड़ी धो रहे हैं बताओ {} की राजधानी | लातविया=LV; लीबिया=LY; मोरक्को=MA
firefighter | एलेक्सा साहब पूछ रहे {} की कैपिटल क्या है | मोनाको=MC; मोल्दोवा=MD; मोंटेनेग्रो=ME
firefighter | एलेक्सा फायर स्टेशन पे रात है टाइम पास करो {} की राजधानी क्या | मेडागास्कर=MG; मार्शल द्वीप=MH; उत्तरी मैसेडोनिया=MK
firefighter | एलेक्सा ड्रिल खत्म हुई अब बोलो {} की राजधानी | माली=ML; म्यांमार=MM; मंगोलिया=MN
firefighter | एलेक्सा फायरमैन लोग की शर्त लगी है {} की राजधानी | मॉरिटानिया=MR; माल्टा=MT; मालदीव=MV
firefighter | एलेक्सा सायरन बंद करो | FB
firefighter | एलेक्सा महाराष्ट्र की राजधानी मुंबई बोलो हाँ या ना | IN-MH
firefighter | एलेक्सा कॉल आ गया बंद करो | STOP
firefighter | एलेक्सा अभी नहीं कैंसल | CANCEL
firefighter | एलेक्सा हेल्प | HELP
firefighter | एलेक्सा नागपुर में पानी की टंकी कहाँ है | FB
# Lab technicians at a district hospital pathology; between samples
labtech | एलेक्सा सैंपल चल रहा है तब तक {} की राजधानी बताओ | मलावी=MW; मेक्सिको=MX; मोज़ाम्बिक=MZ
labtech | एलेक्सा रिपोर्ट टाइप कर रहा हूँ साथ में {} की राजधानी बोलो | नामीबिया=NA; नाइजर=NE; नाइजीरिया=NG
labtech | एलेक्सा {} की राजधानी कौन सी है जल्दी | निकारागुआ=NI; नॉर्वे=NO; नाउरू=NR
labtech | एलेक्सा सेंट्रीफ्यूज में दस मिनट हैं पूछ लूँ {} की कैपिटल | ओमान=OM; पनामा=PA; पेरू=PE
labtech | एलेक्सा स्लाइड सूख रही है तब तक {} की राजधानी | पापुआ न्यू गिनी=PG; फ़िलीपींस=PH; पाकिस्तान=PK
labtech | एलेक्सा मैडम पूछ रही हैं {} की कैपिटल कौन सी है | पोलैंड=PL; पुर्तगाल=PT; पलाउ=PW
labtech | एलेक्सा दस मिनट का टाइमर लगाओ | FB
labtech | एलेक्सा हीमोग्लोबिन नॉर्मल कितना होता है | FB
labtech | एलेक्सा बस बंद | STOP
labtech | एलेक्सा कैंसल कर दो | CANCEL
labtech | एलेक्सा तुम कैसे काम करती हो | HELP
# Librarians at a district library; a reading room afternoon
librarian | एलेक्सा धीरे से बताइए {} की राजधानी क्या है | पराग्वे=PY; क़तर=QA; रोमानिया=RO
librarian | एलेक्सा कृपया {} की राजधानी बताइए | सर्बिया=RS; रूस=RU; रवांडा=RW
librarian | एलेक्सा पाठक जानना चाहते हैं {} की राजधानी | सऊदी अरब=SA; सोलोमन द्वीप=SB; सेशेल्स=SC
librarian | एलेक्सा एटलस नहीं मिल रहा आप बताइए {} की राजधानी | सूडान=SD; स्वीडन=SE; सिंगापुर=SG
librarian | एलेक्सा किताब में पन्ना फटा है {} की राजधानी क्या थी | स्लोवेनिया=SI; स्लोवाकिया=SK; सिएरा लियोन=SL
librarian | एलेक्सा आप {} की राजधानी बता सकती हैं | सैन मरीनो=SM; सेनेगल=SN; सोमालिया=SO
librarian | एलेक्सा प्रेमचंद की गोदान कब छपी थी | FB
librarian | एलेक्सा आवाज़ धीमी करो | FB
librarian | एलेक्सा चुप हो जाओ | STOP
librarian | एलेक्सा जाने दीजिए | CANCEL
librarian | एलेक्सा मुझे बताइए आपसे क्या पूछ सकते हैं | HELP
# Sugarcane farmers in Muzaffarnagar and Shamli; waiting at the mill gate
sugarcane | एलेक्सा मिल पे पर्ची की लाइन में हैं बता {} की राजधानी | सूरीनाम=SR; दक्षिण सूडान=SS; साओ टोमे और प्रिंसिपे=ST
sugarcane | एलेक्सा ट्रॉली खड़ी है बता {} की राजधानी के सै | अल सल्वाडोर=SV; सीरिया=SY; चाड=TD
sugarcane | एलेक्सा ताऊ पूछ रहा {} की राजधानी | टोगो=TG; थाईलैंड=TH; ताजिकिस्तान=TJ
sugarcane | एलेक्सा भाई {} की राजधानी कौन सी हो | पूर्वी तिमोर=TL; तुर्कमेनिस्तान=TM; ट्यूनीशिया=TN
sugarcane | एलेक्सा रै {} की राजधानी बता | टोंगा=TO; तुर्की=TR; त्रिनिदाद और टोबैगो=TT
sugarcane | एलेक्सा ओ भाई {} की राजधानी का नाम के है | तुवालु=TV; तंज़ानिया=TZ; यूक्रेन=UA
sugarcane | एलेक्सा गन्ने का भाव इस बार कितना है | FB
sugarcane | एलेक्सा पेमेंट कब आवेगी मिल से | FB
sugarcane | एलेक्सा बस कर भाई | STOP
sugarcane | एलेक्सा छोड़ इसे | CANCEL
sugarcane | एलेक्सा के के बता सके है तू | HELP
# Hospital ward boys in Lucknow; a night shift tea break
wardboy | एलेक्सा चाय पी रहे हैं बताओ {} की राजधानी कौन सी है | युगांडा=UG; अमेरिका=US; उरुग्वे=UY
wardboy | एलेक्सा सिस्टर पूछ रही हैं {} की राजधानी | उज़्बेकिस्तान=UZ; सेंट विंसेंट और ग्रेनेडाइंस=VC; वेनेज़ुएला=VE
wardboy | एलेक्सा स्ट्रेचर रख के आया बताओ {} की राजधानी | वियतनाम=VN; वानुअतु=VU; समोआ=WS
wardboy | एलेक्सा वार्ड में सब सो रहे धीरे बोलो {} की राजधानी | यमन=YE; ज़ाम्बिया=ZM; ज़िम्बाब्वे=ZW
wardboy | एलेक्सा इमरजेंसी खाली है बताओ {} की राजधानी | भारत=IN; श्रीलंका=LK; मलेशिया=MY
wardboy | एलेक्सा डॉक्टर साहब ने पूछा {} की राजधानी क्या है | एस्वाटिनी=SZ; दक्षिण अफ़्रीका=ZA; नीदरलैंड=NL
wardboy | एलेक्सा सुबह छह बजे का अलार्म | FB
wardboy | एलेक्सा बंद | STOP
wardboy | एलेक्सा कैंसल | CANCEL
wardboy | एलेक्सा मदद | HELP
wardboy | एलेक्सा कोत दिवुआर की राजधानी | CI
wardboy | एलेक्सा मिस्र की राजधानी काहिरा है ना | EG
# Shared families: a school atlas, a quiz at a wedding, the kitchen
plural-capitals | एलेक्सा दक्षिण अफ़्रीका की तीनों राजधानियाँ कौन सी हैं | ZA
plural-capitals | एलेक्सा साउथ अफ़्रीका की राजधानियाँ बताओ | ZA
plural-capitals | एलेक्सा दक्षिण अफ़्रीका में कितनी राजधानियाँ हैं और कौन कौन सी | ZA
plural-capitals | एलेक्सा मैंने सुना दक्षिण अफ्रीका की तीन कैपिटल हैं नाम बताओ | ZA
plural-capitals | एलेक्सा दक्षिण अफ़्रीका की सारी राजधानियों के नाम | ZA
plural-capitals | एलेक्सा बोलीविया की दोनों राजधानियाँ बताओ | BO
plural-capitals | एलेक्सा बोलीविया की राजधानियाँ कौन कौन सी हैं | BO
plural-capitals | एलेक्सा बोलिविया में दो राजधानी हैं क्या नाम हैं उनके | BO
plural-capitals | एलेक्सा बोलीविया की दो कैपिटल के नाम | BO
plural-capitals | एलेक्सा बोलीविया की सारी राजधानियाँ | BO
plural-capitals | एलेक्सा नीदरलैंड की दोनों राजधानियाँ कौन सी हैं | NL
plural-capitals | एलेक्सा हॉलैंड की राजधानियाँ बताओ | NL
plural-capitals | एलेक्सा नीदरलैंड्स में दो राजधानी क्यों हैं और कौन सी | NL
plural-capitals | एलेक्सा नीदरलैंड की दोनों कैपिटल बताओ ना | NL
plural-capitals | एलेक्सा नीदरलैंड की राजधानियों के नाम बताना | NL
plural-capitals | एलेक्सा मलेशिया की दोनों राजधानियाँ | MY
plural-capitals | एलेक्सा मलेशिया की राजधानियाँ कौन कौन सी हैं | MY
plural-capitals | एलेक्सा मलेशिया में दो राजधानी हैं ना बताओ दोनों | MY
plural-capitals | एलेक्सा मलेशिया की दोनों कैपिटल सिटी के नाम | MY
plural-capitals | एलेक्सा मलेशिया की सारी राजधानियाँ बताओ | MY
plural-capitals | एलेक्सा श्रीलंका की दोनों राजधानियाँ बताओ | LK
plural-capitals | एलेक्सा श्रीलंका की राजधानियाँ कौन सी हैं | LK
plural-capitals | एलेक्सा लंका में दो राजधानी हैं दोनों के नाम बोलो | LK
plural-capitals | एलेक्सा श्री लंका की दोनों कैपिटल | LK
plural-capitals | एलेक्सा श्रीलंका की सारी राजधानियों के नाम | LK
plural-capitals | एलेक्सा बेनिन की दोनों राजधानियाँ | BJ
plural-capitals | एलेक्सा बेनिन की राजधानियाँ बताओ | BJ
plural-capitals | एलेक्सा बेनिन में कितनी राजधानी हैं नाम सहित | BJ
plural-capitals | एलेक्सा बेनिन देश की दोनों कैपिटल कौन सी हैं | BJ
plural-capitals | एलेक्सा कोत दिवुआर की दोनों राजधानियाँ | CI
plural-capitals | एलेक्सा आइवरी कोस्ट की राजधानियाँ कौन कौन सी हैं | CI
plural-capitals | एलेक्सा आइवरी कोस्ट में दो राजधानी हैं दोनों बताओ | CI
plural-capitals | एलेक्सा कोट डी आइवर की दोनों कैपिटल | CI
plural-capitals | एलेक्सा एस्वाटिनी की दोनों राजधानियाँ | SZ
plural-capitals | एलेक्सा स्वाज़ीलैंड की राजधानियाँ बताओ | SZ
plural-capitals | एलेक्सा इस्वातिनी में दो राजधानी हैं कौन सी | SZ
plural-capitals | एलेक्सा एस्वातिनी की दोनों कैपिटल के नाम | SZ
plural-capitals | एलेक्सा फ़िलिस्तीन की दोनों राजधानियाँ बताओ | PS
help | एलेक्सा दुनिया की राजधानियाँ से मदद चाहिए | HELP
help | एलेक्सा ये कैसे चलता है | HELP
help | एलेक्सा मुझे समझ नहीं आ रहा क्या बोलूँ | HELP
help | एलेक्सा क्या पूछ सकता हूँ मैं | HELP
help | एलेक्सा सहायता चाहिए | HELP
help | एलेक्सा इसको इस्तेमाल कैसे करें | HELP
help | एलेक्सा कोई उदाहरण दो कैसे पूछना है | HELP
help | एलेक्सा इसमें क्या क्या होता है | HELP
help | एलेक्सा निर्देश बताओ | HELP
help | एलेक्सा मुझे गाइड करो | HELP
help | एलेक्सा हेल्प चाहिए भाई | HELP
help | एलेक्सा ये स्किल क्या करती है | HELP
help | एलेक्सा कैसे खेलें | HELP
help | एलेक्सा मदद कीजिए | HELP
stop | एलेक्सा रुको | STOP
stop | एलेक्सा बंद करो ये | STOP
stop | एलेक्सा बस हो गया धन्यवाद | STOP
stop | एलेक्सा अब बंद कर दो दुनिया की राजधानियाँ | STOP
stop | एलेक्सा स्टॉप | STOP
stop | एलेक्सा चुप | STOP
stop | एलेक्सा बाहर निकलो | STOP
stop | एलेक्सा खत्म करो | STOP
stop | एलेक्सा बस बहुत हुआ | STOP
stop | एलेक्सा अब और नहीं बंद करो | STOP
stop | एलेक्सा शांत हो जाओ | STOP
stop | एलेक्सा एग्ज़िट | STOP
stop | एलेक्सा रहने दो अब सोना है बंद करो | STOP
cancel | एलेक्सा रद्द कर दो | CANCEL
cancel | एलेक्सा कैंसल करो | CANCEL
cancel | एलेक्सा नहीं नहीं छोड़ दो | CANCEL
cancel | एलेक्सा ये वाला सवाल कैंसल | CANCEL
cancel | एलेक्सा भूल जाओ | CANCEL
cancel | एलेक्सा रहने दो | CANCEL
cancel | एलेक्सा कुछ नहीं जाने दो | CANCEL
cancel | एलेक्सा नहीं पूछना अब | CANCEL
cancel | एलेक्सा गलती से बोला कैंसल | CANCEL
cancel | एलेक्सा रद्द | CANCEL
cancel | एलेक्सा छोड़ो यार | CANCEL
cancel | एलेक्सा मत बताओ रहने दो | CANCEL
cancel | एलेक्सा कैंसिल कर | CANCEL
launch | एलेक्सा दुनिया की राजधानियाँ खोलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ शुरू करो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ चलाओ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ स्किल खोलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ लगाओ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ ओपन करो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ स्टार्ट करो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ वाला खेल खोलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ चालू करो | LAUNCH
launch | एलेक्सा मुझे दुनिया की राजधानियाँ चाहिए | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ से बात करनी है | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ को बुलाओ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोल दो प्लीज़ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ शुरू कीजिए | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोलिए | LAUNCH
launch | एलेक्सा चलो दुनिया की राजधानियाँ खेलते हैं | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ शुरू कर दो भाई | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ वाली स्किल चलाओ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोलो ना | LAUNCH
launch | एलेक्सा ज़रा दुनिया की राजधानियाँ खोलना | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ चला दो बच्चों के लिए | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ ऐप खोलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ में चलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ शुरू | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोलो मुझे कुछ पूछना है | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ चलाइए | LAUNCH
follow-up | और फ़्रांस की | FR
follow-up | और जापान | JP
follow-up | अच्छा और चीन की | CN
follow-up | और नेपाल का | NP
follow-up | अब रूस की बताओ | RU
follow-up | और कनाडा | CA
follow-up | उसके बाद ब्राज़ील | BR
follow-up | और बांग्लादेश की | BD
follow-up | अब जर्मनी | DE
follow-up | और उत्तर कोरिया की | KP
follow-up | और दक्षिण कोरिया का | KR
follow-up | अच्छा फ़िलिस्तीन की | PS
follow-up | और कांगो गणराज्य | CG
follow-up | अब मिस्र की | EG
follow-up | और पाकिस्तान की क्या है | PK
follow-up | और केरल | IN-KL
follow-up | अच्छा और तमिलनाडु | IN-TN
follow-up | और ऑस्ट्रेलिया का | AU
yes-no-check | एलेक्सा क्या पेरिस फ़्रांस की राजधानी है | FR
yes-no-check | एलेक्सा क्या सिडनी ऑस्ट्रेलिया की राजधानी है | AU
yes-no-check | एलेक्सा टोरंटो कनाडा की राजधानी है ना | CA
yes-no-check | एलेक्सा प्योंगयांग उत्तर कोरिया की राजधानी है क्या | KP
yes-no-check | एलेक्सा सियोल दक्षिण कोरिया की राजधानी है सही | KR
yes-no-check | एलेक्सा किंशासा कांगो लोकतांत्रिक गणराज्य की राजधानी है क्या | CD
yes-no-check | एलेक्सा ब्राज़ाविल कांगो की राजधानी है ना | CG
yes-no-check | एलेक्सा रामल्लाह फ़िलिस्तीन की राजधानी है क्या | PS
yes-no-check | एलेक्सा इस्लामाबाद पाकिस्तान की राजधानी है या कराची | PK
yes-no-check | एलेक्सा क्या रियो ब्राज़ील की राजधानी है | BR
yes-no-check | एलेक्सा न्यूयॉर्क अमेरिका की राजधानी है क्या | US
yes-no-check | एलेक्सा इस्तांबुल तुर्की की राजधानी है ना | TR
yes-no-check | एलेक्सा ढाका बांग्लादेश की राजधानी है क्या | BD
yes-no-check | एलेक्सा क्या बर्न स्विट्ज़रलैंड की राजधानी है | CH
yes-no-check | एलेक्सा क्या जयपुर राजस्थान की राजधानी है | IN-RJ
yes-no-check | एलेक्सा देहरादून उत्तराखंड की राजधानी है ना | IN-UK
self-correction | एलेक्सा ऑस्ट्रिया की राजधानी नहीं नहीं ऑस्ट्रेलिया की | AU
self-correction | एलेक्सा स्वीडन की नहीं मेरा मतलब स्विट्ज़रलैंड की राजधानी | CH
self-correction | एलेक्सा इराक की राजधानी नहीं ईरान की | IR
self-correction | एलेक्सा दक्षिण कोरिया की सॉरी उत्तर कोरिया की राजधानी | KP
self-correction | एलेक्सा उत्तर कोरिया नहीं दक्षिण कोरिया की राजधानी बताओ | KR
self-correction | एलेक्सा कांगो गणराज्य नहीं लोकतांत्रिक गणराज्य कांगो की राजधानी | CD
self-correction | एलेक्सा स्लोवेनिया की नहीं स्लोवाकिया की राजधानी | SK
self-correction | एलेक्सा नाइजीरिया की अरे नहीं नाइजर की राजधानी | NE
self-correction | एलेक्सा गिनी की नहीं गिनी बिसाऊ की राजधानी | GW
self-correction | एलेक्सा इज़राइल की नहीं फ़िलिस्तीन की राजधानी | PS
self-correction | एलेक्सा डोमिनिका की मतलब डोमिनिकन रिपब्लिक की राजधानी | DO
self-correction | एलेक्सा लातविया नहीं लिथुआनिया की राजधानी | LT
self-correction | एलेक्सा मणिपुर की नहीं मिज़ोरम की राजधानी | IN-MZ
self-correction | एलेक्सा पंजाब पाकिस्तान वाला नहीं भारत वाले पंजाब की राजधानी | IN-PB
reverse-question | एलेक्सा नैरोबी किस देश की राजधानी है | CITY:नैरोबी
reverse-question | एलेक्सा काठमांडू किसकी राजधानी है | CITY:काठमांडू
reverse-question | एलेक्सा किस देश की राजधानी लीमा है | CITY:लीमा
reverse-question | एलेक्सा ओस्लो कहाँ की राजधानी है | CITY:ओस्लो
reverse-question | एलेक्सा हनोई किस देश की कैपिटल है | CITY:हनोई
reverse-question | एलेक्सा किस देश की राजधानी ढाका है | CITY:ढाका
reverse-question | एलेक्सा प्योंगयांग किस देश की राजधानी है | CITY:प्योंगयांग
reverse-question | एलेक्सा किंशासा किस देश की राजधानी है | CITY:किंशासा
reverse-question | एलेक्सा ब्राज़ाविल कहाँ की राजधानी है | CITY:ब्राज़ाविले
reverse-question | एलेक्सा सियोल किस देश की राजधानी है | CITY:सिओल
reverse-question | एलेक्सा भोपाल किस राज्य की राजधानी है | CITY:भोपाल
reverse-question | एलेक्सा अदीस अबाबा किसकी राजधानी है | CITY:अदीस अबाबा
reverse-question | एलेक्सा कैनबरा किस देश की राजधानी है | CITY:कैनबरा
reverse-question | एलेक्सा उलानबटार किस देश की राजधानी है | CITY:उलानबातर
official-name | एलेक्सा कोरिया लोकतांत्रिक जनवादी गणराज्य की राजधानी | KP
official-name | एलेक्सा कोरिया गणराज्य की राजधानी क्या है | KR
official-name | एलेक्सा कांगो लोकतांत्रिक गणराज्य की राजधानी | CD
official-name | एलेक्सा कांगो गणराज्य की राजधानी बताओ | CG
official-name | एलेक्सा फ़िलिस्तीन राज्य की राजधानी | PS
official-name | एलेक्सा संयुक्त राज्य अमेरिका की राजधानी | US
official-name | एलेक्सा पीपुल्स रिपब्लिक ऑफ़ चाइना की राजधानी | CN
official-name | एलेक्सा रूसी संघ की राजधानी | RU
official-name | एलेक्सा इस्लामी गणराज्य ईरान की राजधानी | IR
official-name | एलेक्सा यूनाइटेड किंगडम ऑफ़ ग्रेट ब्रिटेन एंड नॉर्दर्न आयरलैंड की राजधानी | GB
official-name | एलेक्सा संघीय गणराज्य जर्मनी की राजधानी | DE
official-name | एलेक्सा चेक गणराज्य की राजधानी क्या है | CZ
official-name | एलेक्सा मेक्सिको संयुक्त राज्य की राजधानी | MX
official-name | एलेक्सा भारत गणराज्य की राजधानी | IN
everyday-name | एलेक्सा बर्मा की राजधानी | MM
everyday-name | एलेक्सा हॉलैंड की राजधानी क्या है | NL
everyday-name | एलेक्सा इंग्लैंड की राजधानी | GB-ENG
everyday-name | एलेक्सा सीलोन की राजधानी क्या थी | LK
everyday-name | एलेक्सा स्वाज़ीलैंड की राजधानी | SZ
everyday-name | एलेक्सा आइवरी कोस्ट की राजधानी | CI
everyday-name | एलेक्सा अमरीका की राजधानी | US
everyday-name | एलेक्सा यूके की राजधानी बताओ | GB
everyday-name | एलेक्सा दुबई वाले देश की राजधानी | AE
everyday-name | एलेक्सा पर्शिया की राजधानी | IR
everyday-name | एलेक्सा ईस्ट तिमोर की राजधानी | TL
everyday-name | एलेक्सा चेकिया की राजधानी | CZ
everyday-name | एलेक्सा रशिया की राजधानी | RU
everyday-name | एलेक्सा उत्तर कोरिया की राजधानी | KP
everyday-name | एलेक्सा साउथ कोरिया की राजधानी | KR
everyday-name | एलेक्सा इजिप्ट की राजधानी | EG
shared-name | एलेक्सा कोरिया की राजधानी | KP+KR
shared-name | एलेक्सा दोनों कोरिया की राजधानी बताओ | KP+KR
shared-name | एलेक्सा कांगो की राजधानी | CD+CG
shared-name | एलेक्सा दोनों कांगो की राजधानियाँ | CD+CG
shared-name | एलेक्सा जॉर्जिया देश की राजधानी | GE
shared-name | एलेक्सा अमेरिका वाले जॉर्जिया राज्य की राजधानी | US-GA
shared-name | एलेक्सा गिनी की राजधानी | GN
shared-name | एलेक्सा पंजाब की राजधानी चंडीगढ़ है ना | IN-PB
shared-name | एलेक्सा डोमिनिका की राजधानी | DM
shared-name | एलेक्सा सूडान की राजधानी खार्तूम | SD
subdivision | एलेक्सा {} की राजधानी बताओ बेटा के प्रोजेक्ट के लिए | असम=IN-AS; मेघालय=IN-ML; नागालैंड=IN-NL
subdivision | एलेक्सा भारत के राज्य {} की राजधानी क्या है | अरुणाचल प्रदेश=IN-AR; सिक्किम=IN-SK; त्रिपुरा=IN-TR
subdivision | एलेक्सा कनाडा के प्रांत {} की राजधानी | ओंटारियो=CA-ON; क्यूबेक=CA-QC; ब्रिटिश कोलंबिया=CA-BC
subdivision | एलेक्सा ऑस्ट्रेलिया के {} राज्य की राजधानी कौन सी है | क्वींसलैंड=AU-QLD; विक्टोरिया=AU-VIC; तस्मानिया=AU-TAS
subdivision | एलेक्सा जर्मनी में {} की राजधानी | बवेरिया=DE-BY; सैक्सनी=DE-SN; हेस्से=DE-HE
subdivision | एलेक्सा अमेरिका के {} स्टेट की कैपिटल | कैलिफ़ोर्निया=US-CA; टेक्सास=US-TX; न्यूयॉर्क=US-NY
subdivision | एलेक्सा स्कॉटलैंड की राजधानी क्या है | GB-SCT
subdivision | एलेक्सा वेल्स की राजधानी | GB-WLS
subdivision | एलेक्सा उत्तरी आयरलैंड की राजधानी बेलफ़ास्ट है ना | GB-NIR
subdivision | एलेक्सा लद्दाख की राजधानी लेह है क्या | IN-LA
subdivision | एलेक्सा जम्मू कश्मीर की राजधानी कौन सी है | IN-JK
subdivision | एलेक्सा लक्षद्वीप की राजधानी | IN-LD
subdivision | एलेक्सा अंडमान निकोबार की राजधानी पोर्ट ब्लेयर है ना | IN-AN
subdivision | एलेक्सा पुडुचेरी की राजधानी | IN-PY
subdivision | एलेक्सा गोवा की राजधानी पणजी है क्या | IN-GA
subdivision | एलेक्सा हिमाचल प्रदेश की राजधानी शिमला है या धर्मशाला | IN-HP
subdivision | एलेक्सा बिहार की राजधानी | IN-BR
subdivision | एलेक्सा छत्तीसगढ़ की राजधानी रायपुर है | IN-CG
subdivision | एलेक्सा ग्रीनलैंड की राजधानी क्या है | GL
subdivision | एलेक्सा हांगकांग की राजधानी | HK
subdivision | एलेक्सा प्यूर्टो रिको की राजधानी | PR
subdivision | एलेक्सा पश्चिमी सहारा की राजधानी | EH
subdivision | एलेक्सा तिब्बत की राजधानी ल्हासा है ना | FB
subdivision | एलेक्सा बलूचिस्तान की राजधानी क्वेटा है क्या | FB
subdivision | एलेक्सा पंजाब पाकिस्तान की राजधानी लाहौर | FB
subdivision | एलेक्सा कैटेलोनिया की राजधानी | FB
subdivision | एलेक्सा सिसिली की राजधानी क्या है | FB
subdivision | एलेक्सा बवेरिया नहीं बाडेन वुर्टेमबर्ग की राजधानी | DE-BW
subdivision | एलेक्सा मेक्सिको के युकातान की राजधानी | MX-YUC
subdivision | एलेक्सा ब्राज़ील के बाहिया राज्य की राजधानी | BR-BA
subdivision | एलेक्सा फ़्लोरिडा की राजधानी मियामी है क्या | US-FL
subdivision | एलेक्सा हवाई की राजधानी होनोलुलु है ना | US-HI
subdivision | एलेक्सा सिंध की राजधानी कराची | FB
subdivision | एलेक्सा कश्मीर घाटी में श्रीनगर राजधानी है ना | IN-JK
subdivision | एलेक्सा दिल्ली की राजधानी क्या है | IN-DL
out-of-domain | एलेक्सा आज खरगोन में बारिश होगी क्या | FB
out-of-domain | एलेक्सा पाँच मिनट का टाइमर लगा दो चाय के लिए | FB
out-of-domain | एलेक्सा किशोर कुमार के गाने चलाओ | FB
out-of-domain | एलेक्सा लाइट बंद करो | FB
out-of-domain | एलेक्सा पंखा तेज़ करो | FB
out-of-domain | एलेक्सा दिल्ली की आबादी कितनी है | FB
out-of-domain | एलेक्सा जापान की करेंसी क्या है | FB
out-of-domain | एलेक्सा अमेरिका का राष्ट्रपति कौन है | FB
out-of-domain | एलेक्सा एशिया की राजधानी कौन सी है | FB
out-of-domain | एलेक्सा यूरोप की राजधानी बताओ | FB
out-of-domain | एलेक्सा अफ़्रीका महाद्वीप की राजधानी | FB
out-of-domain | एलेक्सा मुगलों की राजधानी कहाँ थी | FB
out-of-domain | एलेक्सा मौर्य साम्राज्य की राजधानी | FB
out-of-domain | एलेक्सा रावण की लंका की राजधानी कहाँ थी | FB
out-of-domain | एलेक्सा हस्तिनापुर किसकी राजधानी थी | FB
out-of-domain | एलेक्सा शेयर बाज़ार आज कैसा है | FB
out-of-domain | एलेक्सा सोने का भाव बताओ | FB
out-of-domain | एलेक्सा राजधानी एक्सप्रेस कितने बजे आएगी | FB
out-of-domain | एलेक्सा कैपिटल लेटर किसे कहते हैं | FB
out-of-domain | एलेक्सा वेंचर कैपिटल क्या होता है | FB
out-of-domain | एलेक्सा एक चुटकुला सुनाओ | FB
out-of-domain | एलेक्सा कल सुबह पाँच बजे जगाना | FB
out-of-domain | एलेक्सा शॉपिंग लिस्ट में आटा जोड़ो | FB
out-of-domain | एलेक्सा भजन लगाओ | FB
out-of-domain | एलेक्सा आज कौन सी तिथि है | FB
out-of-domain | एलेक्सा क्रिकेट का स्कोर क्या है | FB
out-of-domain | एलेक्सा सबसे बड़ा देश कौन सा है | FB
out-of-domain | एलेक्सा दुनिया में कितने देश हैं | FB
out-of-domain | एलेक्सा दिल्ली से मुंबई कितनी दूर है | FB
out-of-domain | एलेक्सा हिंदी में धन्यवाद को अंग्रेज़ी में क्या कहते हैं | FB
out-of-domain | एलेक्सा रेडियो मिर्ची चलाओ | FB
out-of-domain | एलेक्सा आवाज़ बढ़ाओ | FB
out-of-domain | एलेक्सा मेरा फ़ोन ढूँढो | FB
out-of-domain | एलेक्सा राजधानी दिल्ली में प्रदूषण कितना है | FB
out-of-domain | एलेक्सा लंदन में अभी समय क्या है | FB
out-of-domain | एलेक्सा पेरिस जाने का टिकट कितने का है | FB
out-of-domain | एलेक्सा चंद्रमा की राजधानी क्या है | FB
out-of-domain | एलेक्सा हैरी पॉटर वाले हॉगवर्ट्स की राजधानी | FB
out-of-domain | एलेक्सा वाकांडा की राजधानी बताओ | FB
out-of-domain | एलेक्सा अटलांटिस की राजधानी कहाँ थी | FB
out-of-domain | एलेक्सा पृथ्वी की राजधानी कौन सी है | FB
out-of-domain | एलेक्सा भारत के प्रधानमंत्री का नाम | FB
out-of-domain | एलेक्सा रोटी बनाने की विधि | FB
out-of-domain | एलेक्सा मेरे लिए गाना गाओ | FB
out-of-domain | एलेक्सा तुम्हारी उम्र कितनी है | FB
out-of-domain | एलेक्सा बच्चों के लिए कहानी सुनाओ | FB
out-of-domain | एलेक्सा टीवी चालू करो | FB
out-of-domain | एलेक्सा इंडिया गेट कब बना था | FB
launch | एलेक्सा बच्चे बोर हो रहे हैं दुनिया की राजधानियाँ खोलो | LAUNCH
launch | एलेक्सा शाम को पढ़ाई के बाद दुनिया की राजधानियाँ चलाओ | LAUNCH
launch | एलेक्सा अपना दुनिया की राजधानियाँ वाला प्रोग्राम खोलो | LAUNCH
launch | एलेक्सा मेरी बेटी के लिए दुनिया की राजधानियाँ शुरू करो | LAUNCH
launch | एलेक्सा एक बार फिर से दुनिया की राजधानियाँ खोलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ दोबारा शुरू करो | LAUNCH
launch | एलेक्सा क्विज़ के लिए दुनिया की राजधानियाँ खोल दो | LAUNCH
launch | एलेक्सा दादा जी को दुनिया की राजधानियाँ सुनाओ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ वाली स्किल खोल दे भाई | LAUNCH
launch | एलेक्सा कृपया दुनिया की राजधानियाँ आरंभ करें | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ कौशल खोलें | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ को चालू कर दीजिए | LAUNCH
launch | एलेक्सा अरे दुनिया की राजधानियाँ खोलो जल्दी | LAUNCH
launch | एलेक्सा होमवर्क करना है दुनिया की राजधानियाँ खोलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ से जोड़ो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खुलवा दो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ लॉन्च करो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ शुरु करो ना प्लीज़ | LAUNCH
launch | एलेक्सा टाइम पास के लिए दुनिया की राजधानियाँ खोलो | LAUNCH
launch | एलेक्सा चाय के साथ दुनिया की राजधानियाँ चला दो | LAUNCH
launch | एलेक्सा वो राजधानी वाली स्किल दुनिया की राजधानियाँ खोलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ में ले चलो | LAUNCH
launch | एलेक्सा ड्यूटी खत्म हुई दुनिया की राजधानियाँ खोलो | LAUNCH
help | एलेक्सा दुनिया की राजधानियाँ में क्या क्या पूछ सकते हैं बताओ | HELP
help | एलेक्सा मुझे नहीं पता इसमें क्या बोलना है मदद करो | HELP
help | एलेक्सा पूछने का सही तरीका क्या है | HELP
help | एलेक्सा मैं नया हूँ कैसे शुरू करूँ | HELP
help | एलेक्सा अटक गया हूँ मदद | HELP
help | एलेक्सा दुनिया की राजधानियाँ वाली स्किल के नियम बताओ | HELP
help | एलेक्सा समझाओ ये कैसे काम करता है | HELP
help | एलेक्सा किस तरह से सवाल पूछूँ | HELP
help | एलेक्सा इसमें कौन कौन से सवाल चलते हैं | HELP
help | एलेक्सा मुझे थोड़ी सहायता दीजिए | HELP
stop | एलेक्सा अब बस करो धन्यवाद | STOP
stop | एलेक्सा बस हो गया अब बंद कर दो | STOP
stop | एलेक्सा दुनिया की राजधानियाँ बंद करो | STOP
stop | एलेक्सा मुझे और नहीं पूछना बंद करो | STOP
stop | एलेक्सा अभी के लिए इतना ही बंद | STOP
stop | एलेक्सा रुक जाओ बस | STOP
stop | एलेक्सा बंद कर दीजिए | STOP
stop | एलेक्सा स्किल से बाहर निकलो | STOP
stop | एलेक्सा खाना लग गया बंद करो | STOP
stop | एलेक्सा सो जाओ अब | STOP
stop | एलेक्सा बंद करो भाई बहुत हो गया | STOP
stop | एलेक्सा स्टॉप करो | STOP
cancel | एलेक्सा वो सवाल रद्द करो | CANCEL
cancel | एलेक्सा नहीं रहने दो कैंसल करो | CANCEL
cancel | एलेक्सा पिछला वाला कैंसल | CANCEL
cancel | एलेक्सा मैंने गलत बोला रद्द करो | CANCEL
cancel | एलेक्सा ये नहीं चाहिए रद्द | CANCEL
cancel | एलेक्सा रहने दीजिए | CANCEL
cancel | एलेक्सा छोड़ दीजिए ये सवाल | CANCEL
cancel | एलेक्सा नहीं नहीं कैंसल कैंसल | CANCEL
cancel | एलेक्सा वापस जाओ रद्द करो | CANCEL
cancel | एलेक्सा जो पूछा था उसे भूल जाओ | CANCEL
cancel | एलेक्सा रद्द कर दीजिए | CANCEL
cancel | एलेक्सा अच्छा छोड़ो कैंसल | CANCEL
# Angika from Bhagalpur and Munger; the silk market and the Shravani mela
angika | एलेक्सा हौ {} के राजधानी की छेकै | जर्मनी=DE; स्वीडन=SE; पोलैंड=PL
angika | एलेक्सा उत्तर कोरिया के राजधानी की छेकै बतैबै | KP
angika | एलेक्सा दक्षिण कोरिया के राजधानी कौन शहर छेकै | KR
angika | एलेक्सा फ़िलिस्तीन के राजधानी बोलो न | PS
angika | एलेक्सा कांगो गणराज्य के राजधानी की छेकै | CG
angika | एलेक्सा भागलपुर सिल्क बाज़ार से पूछै छियै चीन के राजधानी | CN
angika | एलेक्सा श्रावणी मेला में जल चढ़ाना कब से है | FB
angika | एलेक्सा झारखंड के राजधानी रांची छेकै न | IN-JH
angika | एलेक्सा बिहार के राजधानी पटना छेकै कि नै | IN-BR
angika | एलेक्सा बंद करी दहो | STOP
angika | एलेक्सा रहे दहो | CANCEL
angika | एलेक्सा की की पूछ सकै छियै | HELP
angika | एलेक्सा थाईलैंड के राजधानी बैंकॉक छेकै न | TH
angika | एलेक्सा वियतनाम के राजधानी की | VN
angika | एलेक्सा हमरो बेटा दुबई में छै संयुक्त अरब अमीरात के राजधानी की छेकै | AE
angika | एलेक्सा गंगा में पानी केतना बढ़लै | FB
angika | एलेक्सा मलेशिया के दोनों राजधानी बतैहो | MY
angika | एलेक्सा बोलीविया के दू राजधानी कौन कौन छेकै | BO
# Kannauji from Kannauj and Farrukhabad; attar makers at the deg and bhapka
attar | एलेक्सा इत्र की भट्टी पे बैठे हैं बताओ {} की राजधानी | फ़्रांस=FR; ओमान=OM; तुर्की=TR
attar | एलेक्सा फ़्रांस में इत्र बहुत बनत है उहाँ की राजधानी कहा है | FR
attar | एलेक्सा हमारो माल सऊदी जात है सऊदी अरब की राजधानी बताओ | SA
attar | एलेक्सा गुलाब को इत्र कितने को बिकत है | FB
attar | एलेक्सा मिट्टी को इत्र कैसे बनत है | FB
attar | एलेक्सा बुल्गारिया की राजधानी कहा है उहाँ गुलाब को तेल बनत है | BG
attar | एलेक्सा कन्नौज में आज बारिश होगी का | FB
attar | एलेक्सा दक्षिण अफ़्रीका की तीन राजधानी हैं बताओ सबरी | ZA
attar | एलेक्सा नीदरलैंड की दोनों राजधानी बताय दो | NL
attar | एलेक्सा उत्तर कोरिया की राजधानी कहा है | KP
attar | एलेक्सा हमारो एक ग्राहक कांगो लोकतांत्रिक गणराज्य ते आयो उहाँ की राजधानी | CD
attar | एलेक्सा बस करो अब | STOP
attar | एलेक्सा नाय रहन देओ | CANCEL
attar | एलेक्सा तुमसे कैसे पूछें राजधानी | HELP
attar | एलेक्सा मोरक्को की राजधानी रबात है का | MA
attar | एलेक्सा इराक की राजधानी बगदाद है कि नाय | IQ
attar | एलेक्सा कुवैत की राजधानी कुवैत सिटी ही है | KW
# Wagdi from Banswara and Dungarpur; the Beneshwar fair
wagdi | एलेक्सा {} नी राजधानी कई हे | गुजरात=IN-GJ; महाराष्ट्र=IN-MH; कर्नाटक=IN-KA
wagdi | एलेक्सा मारो भाई सूरत मा काम करे गुजरात नी राजधानी गांधीनगर हे ने | IN-GJ
wagdi | एलेक्सा बेणेश्वर मेळा कदी हे | FB
wagdi | एलेक्सा दक्षिण कोरिया नी राजधानी कई हे | KR
wagdi | एलेक्सा फ़िलिस्तीन नी राजधानी बतावो | PS
wagdi | एलेक्सा कांगो नी राजधानी किंशासा हे | CD
wagdi | एलेक्सा माही डैम मा पाणी कितरो हे | FB
wagdi | एलेक्सा बंद करो | STOP
wagdi | एलेक्सा रेवा दो हूँ नी पूछूँ | CANCEL
wagdi | एलेक्सा कई कई पूछी सकूँ | HELP
wagdi | एलेक्सा श्रीलंका नी बे राजधानी कई हे | LK
wagdi | एलेक्सा नेपाल नी राजधानी | NP
wagdi | एलेक्सा राजस्थान नी राजधानी जयपुर हे ने | IN-RJ
wagdi | एलेक्सा मध्य प्रदेश नी राजधानी | IN-MP
# Tea garden workers in the Dooars, Jalpaiguri; plucking season
teagarden | एलेक्सा पत्ती तोड़ते तोड़ते पूछते हैं {} का राजधानी | केन्या=KE; श्रीलंका=LK; वियतनाम=VN
teagarden | एलेक्सा केन्या में भी चाय होता है उसका राजधानी नैरोबी है क्या | KE
teagarden | एलेक्सा भूटान का राजधानी थिम्पू है ना हम बॉर्डर के पास है | BT
teagarden | एलेक्सा सिक्किम का राजधानी गंगटोक है क्या | IN-SK
teagarden | एलेक्सा असम का राजधानी दिसपुर है या गुवाहाटी | IN-AS
teagarden | एलेक्सा आज बगान में हाज़िरा कितना बजे | FB
teagarden | एलेक्सा चाय पत्ती का रेट इस हफ्ता | FB
teagarden | एलेक्सा श्रीलंका का दोनों राजधानी का नाम बोलो | LK
teagarden | एलेक्सा बांग्लादेश का राजधानी ढाका है न | BD
teagarden | एलेक्सा उत्तर कोरिया का राजधानी क्या है | KP
teagarden | एलेक्सा बंद करो ना | STOP
teagarden | एलेक्सा छोड़ दो रहने दो | CANCEL
teagarden | एलेक्सा हमको बताओ कैसे बोलना है | HELP
teagarden | एलेक्सा मादल वाला गाना बजाओ | FB
teagarden | एलेक्सा इंडोनेशिया का राजधानी जकार्ता | ID
teagarden | एलेक्सा चीन का राजधानी बीजिंग है ना | CN
# Forest guards at Kanha and Pench; a night at the chowki
forestguard | एलेक्सा चौकी पे अकेले हैं {} की राजधानी बताओ | तंज़ानिया=TZ; बोत्सवाना=BW; नामीबिया=NA
forestguard | एलेक्सा आज रात बाघ दिखा तो अलार्म बजाना | FB
forestguard | एलेक्सा केन्या की राजधानी नैरोबी वहाँ भी जंगल सफारी होती है | KE
forestguard | एलेक्सा दक्षिण अफ़्रीका की राजधानियाँ कौन सी हैं क्रूगर पार्क वाला देश | ZA
forestguard | एलेक्सा रूस की राजधानी मास्को है ना वहाँ साइबेरियन बाघ होते हैं | RU
forestguard | एलेक्सा कांगो गणराज्य की राजधानी ब्राज़ाविल है क्या | CG
forestguard | एलेक्सा मलेशिया की राजधानियाँ बताओ वहाँ भी बाघ है | MY
forestguard | एलेक्सा बाघ की गिनती कब होगी | FB
forestguard | एलेक्सा वायरलेस की बैटरी कितनी है | FB
forestguard | एलेक्सा बंद करो रेंजर साहब आ गए | STOP
forestguard | एलेक्सा गलत बोल दिया कैंसल करो | CANCEL
forestguard | एलेक्सा क्या क्या बता सकती हो राजधानी के बारे में | HELP
forestguard | एलेक्सा छत्तीसगढ़ की राजधानी रायपुर | IN-CG
forestguard | एलेक्सा बांग्लादेश की राजधानी सुंदरबन वाला देश | BD
forestguard | एलेक्सा फ़िलिस्तीन की राजधानी क्या है | PS
# Salt pan workers (agariyas) in the Little Rann; a hot afternoon
agariya | एलेक्सा रण में बैठे हैं नमक सूख रहा है बोलो {} की राजधानी | ईरान=IR; पाकिस्तान=PK; अफ़गानिस्तान=AF
agariya | एलेक्सा पाकिस्तान की राजधानी इस्लामाबाद है ना | PK
agariya | एलेक्सा नमक का भाव इस साल | FB
agariya | एलेक्सा आज गरमी कितनी है डिग्री | FB
agariya | एलेक्सा बोलीविया में नमक का बड़ा मैदान है उसकी दोनों राजधानी कौन सी | BO
agariya | एलेक्सा दक्षिण कोरिया की राजधानी सियोल | KR
agariya | एलेक्सा उत्तर कोरिया की कैपिटल | KP
agariya | एलेक्सा कांगो लोकतांत्रिक गणराज्य की राजधानी क्या है | CD
agariya | एलेक्सा बंद कर दे | STOP
agariya | एलेक्सा रेवा दे | CANCEL
agariya | एलेक्सा मदद कर | HELP
agariya | एलेक्सा कच्छ का मुख्यालय कौन सा शहर है | FB
agariya | एलेक्सा ओमान की राजधानी मस्कट है | OM
agariya | एलेक्सा यमन की राजधानी सना | YE
# Bangle makers in Firozabad; the furnace and the jodai
bangle | एलेक्सा भट्टी पे चूड़ी जोड़ रहे हैं बताओ {} की राजधानी | इटली=IT; चेक गणराज्य=CZ; बेल्जियम=BE
bangle | एलेक्सा चूड़ी का माल नेपाल जाता है नेपाल की राजधानी काठमांडू है ना | NP
bangle | एलेक्सा काँच का सबसे अच्छा काम इटली में होता है उसकी राजधानी रोम | IT
bangle | एलेक्सा आज सिलेंडर गैस का रेट | FB
bangle | एलेक्सा सुहाग नगरी से पूछ रहे हैं फ़िलिस्तीन की राजधानी | PS
bangle | एलेक्सा दक्षिण कोरिया की राजधानी बोलो | KR
bangle | एलेक्सा कांगो वाले देश की राजधानी ब्राज़ाविल | CG
bangle | एलेक्सा चुप करो | STOP
bangle | एलेक्सा मत बताओ | CANCEL
bangle | एलेक्सा ये कैसे चलाते हैं बताओ | HELP
bangle | एलेक्सा मलेशिया की दोनों राजधानी कौन सी हैं माल वहाँ भी जाता है | MY
bangle | एलेक्सा बांग्लादेश की राजधानी ढाका ही है | BD
bangle | एलेक्सा फ़िरोज़ाबाद में बिजली कब आएगी | FB
bangle | एलेक्सा श्रीलंका की राजधानी कोलंबो है ना | LK
bangle | एलेक्सा अरब अमीरात की राजधानी दुबई है क्या | AE
# Tent house and pandal decorators in Patna; a wedding season night
tenthouse | एलेक्सा पंडाल लग रहा है सब लड़के पूछ रहे {} की राजधानी | मलेशिया=MY; इंडोनेशिया=ID; फ़िलीपींस=PH
tenthouse | एलेक्सा बारात में डीजे पे कौन सा गाना चलाएं | FB
tenthouse | एलेक्सा शामियाना कितने का किराया होता है | FB
tenthouse | एलेक्सा कुर्सियाँ गिन रहे हैं बताओ नीदरलैंड की दोनों राजधानी | NL
tenthouse | एलेक्सा दक्षिण अफ़्रीका की राजधानियाँ कौन कौन हैं | ZA
tenthouse | एलेक्सा बोलीविया की राजधानियाँ बताओ जल्दी | BO
tenthouse | एलेक्सा उत्तर कोरिया की राजधानी प्योंगयांग है ना | KP
tenthouse | एलेक्सा कांगो लोकतांत्रिक गणराज्य की राजधानी किंशासा | CD
tenthouse | एलेक्सा उत्तर प्रदेश की राजधानी लखनऊ | IN-UP
tenthouse | एलेक्सा बंद करो काम पे लगो | STOP
tenthouse | एलेक्सा रहने दो बाद में | CANCEL
tenthouse | एलेक्सा क्या पूछ सकते हो तुम | HELP
tenthouse | एलेक्सा शादी का मुहूर्त कब है | FB
tenthouse | एलेक्सा केरल की राजधानी तिरुवनंतपुरम है ना | IN-KL
# Pickle and papad makers, women in a Bikaner courtyard
achaar | एलेक्सा आम का अचार डाल रहे हैं बताओ {} की राजधानी | मेक्सिको=MX; पेरू=PE; चिली=CL
achaar | एलेक्सा मिर्च का अचार कितने दिन धूप में रखें | FB
achaar | एलेक्सा मेरी बहू पूछ रही है स्विट्ज़रलैंड की राजधानी | CH
achaar | एलेक्सा हमारा पापड़ अमेरिका जाता है उसकी राजधानी कौन सी है | US
achaar | एलेक्सा कनाडा की राजधानी ओटावा है या टोरंटो | CA
achaar | एलेक्सा इंग्लैंड की राजधानी लंदन है ना | GB-ENG
achaar | एलेक्सा फ़िलिस्तीन की राजधानी कौन सी है बताओ | PS
achaar | एलेक्सा दक्षिण कोरिया की राजधानी | KR
achaar | एलेक्सा बस करो बहनजी आ गईं | STOP
achaar | एलेक्सा छोड़ो रहने दो | CANCEL
achaar | एलेक्सा तुम क्या क्या जानती हो | HELP
achaar | एलेक्सा धूप कब तक रहेगी आज | FB
achaar | एलेक्सा श्रीलंका की दोनों राजधानियाँ बता दो | LK
achaar | एलेक्सा बेनिन की दो राजधानी हैं ना क्या नाम | BJ
# Brick kiln workers near Meerut; the evening after firing
bhatta | एलेक्सा भट्टे पे शाम हो गई बता {} की राजधानी | आयरलैंड=IE; डेनमार्क=DK; फ़िनलैंड=FI
bhatta | एलेक्सा ईंट का रेट हज़ार का क्या चल रहा | FB
bhatta | एलेक्सा उत्तर कोरिया की राजधानी बता दे | KP
bhatta | एलेक्सा कांगो गणराज्य की राजधानी कौन सी है | CG
bhatta | एलेक्सा छत्तीसगढ़ से आए हैं यहाँ रायपुर राजधानी है ना | IN-CG
bhatta | एलेक्सा ओडिशा की राजधानी भुवनेश्वर | IN-OD
bhatta | एलेक्सा बंद कर भाई | STOP
bhatta | एलेक्सा कैंसल कर भाई | CANCEL
bhatta | एलेक्सा कैसे पूछें बता | HELP
bhatta | एलेक्सा मेरठ में कल बारिश तो न होगी | FB
bhatta | एलेक्सा एस्वाटिनी की दोनों राजधानियाँ कौन सी | SZ
bhatta | एलेक्सा कोत दिवुआर की दोनों राजधानी | CI
# Egyptian and Sudanese students learning Hindi at an ICCR course in Delhi
arablearner | एलेक्सा कृपया मुझे {} का राजधानी बताइए | मिस्र=EG; सूडान=SD; जॉर्डन=JO
arablearner | एलेक्सा मेरा देश मिस्र है उसका राजधानी काहिरा है सही | EG
arablearner | एलेक्सा फ़िलिस्तीन का राजधानी क्या है कृपया | PS
arablearner | एलेक्सा लेबनान का राजधानी बेरूत है | LB
arablearner | एलेक्सा सीरिया का राजधानी दमिश्क | SY
arablearner | एलेक्सा मैं हिंदी सीख रहा हूँ आप धीरे बोलिए | FB
arablearner | एलेक्सा ट्यूनीशिया का राजधानी ट्यूनिस है | TN
arablearner | एलेक्सा लीबिया का राजधानी | LY
arablearner | एलेक्सा अल्जीरिया का राजधानी अल्जीयर्स है | DZ
arablearner | एलेक्सा माफ़ कीजिए रोकिए | STOP
arablearner | एलेक्सा कृपया रद्द कीजिए | CANCEL
arablearner | एलेक्सा मैं कैसे प्रश्न पूछूँ | HELP
arablearner | एलेक्सा दक्षिण सूडान का राजधानी जूबा | SS
arablearner | एलेक्सा मोरक्को का राजधानी कृपया | MA
arablearner | एलेक्सा सऊदी अरब का राजधानी रियाद है | SA
# Russian students of Hindi in Moscow and Kazan
russianlearner | एलेक्सा बताइए {} की राजधानी क्या है कृपया | कज़ाख़स्तान=KZ; उज़्बेकिस्तान=UZ; बेलारूस=BY
russianlearner | एलेक्सा रूस की राजधानी मास्को है मैं वहाँ रहती हूँ | RU
russianlearner | एलेक्सा यूक्रेन की राजधानी कीव है | UA
russianlearner | एलेक्सा आर्मेनिया की राजधानी येरेवान | AM
russianlearner | एलेक्सा जॉर्जिया देश की राजधानी त्बिलिसी है मेरी सहेली वहाँ से है | GE
russianlearner | एलेक्सा मंगोलिया की राजधानी उलानबातर | MN
russianlearner | एलेक्सा ताजिकिस्तान की राजधानी दुशांबे | TJ
russianlearner | एलेक्सा उत्तर कोरिया की राजधानी प्योंगयांग | KP
russianlearner | एलेक्सा मुझे समझ नहीं आया फिर से बोलिए | FB
russianlearner | एलेक्सा कृपया रुक जाइए | STOP
russianlearner | एलेक्सा नहीं धन्यवाद रद्द करें | CANCEL
russianlearner | एलेक्सा कृपया सहायता कीजिए | HELP
russianlearner | एलेक्सा मास्को में अभी कितना ठंड है | FB
russianlearner | एलेक्सा किर्गिस्तान की राजधानी बिश्केक | KG
# Indian families in Mauritius (Port Louis and Curepipe)
mauritius | एलेक्सा अपना मॉरीशस की राजधानी पोर्ट लुई है ना | MU
mauritius | एलेक्सा सेशेल्स की राजधानी विक्टोरिया है | SC
mauritius | एलेक्सा मेडागास्कर की राजधानी अंतानानारिवो | MG
mauritius | एलेक्सा रीयूनियन की राजधानी | RE
mauritius | एलेक्सा कोमोरोस की राजधानी मोरोनी है क्या | KM
mauritius | एलेक्सा हमारे पूर्वज बिहार से आए थे बिहार की राजधानी पटना | IN-BR
mauritius | एलेक्सा आज साइक्लोन का वार्निंग है क्या | FB
mauritius | एलेक्सा गंगा तलाव कैसे जाएँ | FB
mauritius | एलेक्सा दक्षिण अफ़्रीका की सब राजधानी बताओ | ZA
mauritius | एलेक्सा बंद करो जी | STOP
mauritius | एलेक्सा कैंसल कर दीजिए | CANCEL
mauritius | एलेक्सा क्या सब पूछ सकते हैं जी | HELP
mauritius | एलेक्सा मोज़ाम्बिक की राजधानी मापुटो | MZ
mauritius | एलेक्सा तंज़ानिया की राजधानी दार एस सलाम है ना | TZ
mauritius | एलेक्सा केन्या की राजधानी | KE
shared-name | एलेक्सा कोरिया देश की राजधानी कौन सी है | KP+KR
shared-name | एलेक्सा कांगो देश की राजधानी बताओ | CD+CG
shared-name | एलेक्सा जॉर्जिया की राजधानी त्बिलिसी है ना | GE
shared-name | एलेक्सा अमेरिका के जॉर्जिया की राजधानी अटलांटा | US-GA
shared-name | एलेक्सा पंजाब राज्य की राजधानी क्या है | IN-PB
shared-name | एलेक्सा गिनी देश की राजधानी कोनाक्री | GN
shared-name | एलेक्सा सूडान की राजधानी क्या है दक्षिण वाला नहीं | SD
shared-name | एलेक्सा डोमिनिका टापू की राजधानी | DM
shared-name | एलेक्सा मैसेडोनिया की राजधानी | MK
shared-name | एलेक्सा लक्ज़मबर्ग की राजधानी | LU
shared-name | एलेक्सा मेक्सिको की राजधानी मेक्सिको सिटी | MX
shared-name | एलेक्सा वॉशिंगटन राज्य की राजधानी | US-WA
shared-name | एलेक्सा न्यूयॉर्क राज्य की राजधानी न्यूयॉर्क है क्या | US-NY
shared-name | एलेक्सा कोरिया की दोनों राजधानियाँ | KP+KR
everyday-name | एलेक्सा अमरिका की राजधानी क्या है | US
everyday-name | एलेक्सा दुबई की राजधानी | FB
everyday-name | एलेक्सा बर्मा देश की राजधानी रंगून है | MM
everyday-name | एलेक्सा लंका की राजधानी | LK
everyday-name | एलेक्सा चीन देश की राजधानी पेकिंग | CN
everyday-name | एलेक्सा सोवियत रूस की राजधानी | RU
everyday-name | एलेक्सा उड़ीसा की राजधानी | IN-OD
everyday-name | एलेक्सा बंगाल की राजधानी कलकत्ता | IN-WB
everyday-name | एलेक्सा यूपी की राजधानी | IN-UP
everyday-name | एलेक्सा एमपी की राजधानी | IN-MP
everyday-name | एलेक्सा तुर्किये की राजधानी | TR
everyday-name | एलेक्सा काबुल वाले देश की राजधानी | AF
everyday-name | एलेक्सा हॉलैंड देश की राजधानी एम्स्टर्डम | NL
everyday-name | एलेक्सा फ़िलिस्तीन देश की राजधानी | PS
official-name | एलेक्सा दक्षिण अफ़्रीका गणराज्य की राजधानियाँ | ZA
official-name | एलेक्सा नीदरलैंड राज्य की राजधानी | NL
official-name | एलेक्सा बहुराष्ट्रीय राज्य बोलीविया की राजधानी | BO
official-name | एलेक्सा लोकतांत्रिक समाजवादी गणराज्य श्रीलंका की राजधानी | LK
official-name | एलेक्सा संयुक्त अरब अमीरात की राजधानी क्या है | AE
official-name | एलेक्सा जनवादी गणराज्य बांग्लादेश की राजधानी | BD
official-name | एलेक्सा नेपाल संघीय लोकतांत्रिक गणराज्य की राजधानी | NP
official-name | एलेक्सा कोरिया जनवादी लोकतांत्रिक गणराज्य की राजधानी क्या है | KP
official-name | एलेक्सा फ़िलिस्तीन राष्ट्र की राजधानी बताइए | PS
official-name | एलेक्सा रिपब्लिक ऑफ़ कोरिया की कैपिटल | KR
official-name | एलेक्सा डेमोक्रेटिक रिपब्लिक ऑफ़ कांगो की कैपिटल | CD
official-name | एलेक्सा रिपब्लिक ऑफ़ द कांगो की कैपिटल | CG
follow-up | और बोलीविया की | BO
follow-up | अच्छा और दक्षिण अफ़्रीका की | ZA
follow-up | और मलेशिया का बताओ | MY
follow-up | और नीदरलैंड | NL
follow-up | अब कांगो लोकतांत्रिक गणराज्य | CD
follow-up | और उत्तर कोरिया का क्या | KP
follow-up | अच्छा दक्षिण कोरिया का क्या है | KR
follow-up | फिर फ़िलिस्तीन की बताओ | PS
follow-up | और अर्जेंटीना | AR
follow-up | अब इटली का | IT
follow-up | और स्पेन की राजधानी | ES
follow-up | और पेरू वाला | PE
follow-up | अच्छा तो केन्या | KE
follow-up | और उसके पड़ोसी तंज़ानिया की | TZ
follow-up | अब पंजाब की | IN-PB
self-correction | एलेक्सा कांगो लोकतांत्रिक नहीं कांगो गणराज्य की राजधानी | CG
self-correction | एलेक्सा इज़राइल की ओह सॉरी फ़िलिस्तीन की राजधानी बताओ | PS
self-correction | एलेक्सा जापान की नहीं दक्षिण कोरिया की राजधानी | KR
self-correction | एलेक्सा चीन की नहीं रुको उत्तर कोरिया की | KP
self-correction | एलेक्सा ऑस्ट्रेलिया की नहीं न्यूज़ीलैंड की राजधानी | NZ
self-correction | एलेक्सा पेरू की नहीं पराग्वे की राजधानी | PY
self-correction | एलेक्सा ईरान की गलती से बोला इराक की राजधानी | IQ
self-correction | एलेक्सा मॉरिटानिया नहीं मॉरीशस की राजधानी | MU
self-correction | एलेक्सा ज़ाम्बिया नहीं ज़िम्बाब्वे की राजधानी | ZW
self-correction | एलेक्सा हंगरी की नहीं बुल्गारिया की राजधानी | BG
self-correction | एलेक्सा बोलीविया की उम्म नहीं कोलंबिया की राजधानी | CO
self-correction | एलेक्सा मलेशिया की नहीं मालदीव की राजधानी | MV
reverse-question | एलेक्सा मनीला किस देश की राजधानी है | CITY:मनीला
reverse-question | एलेक्सा नई दिल्ली किसकी राजधानी है | CITY:नई दिल्ली
reverse-question | एलेक्सा थिम्पू कहाँ की राजधानी है | CITY:थिंपू
reverse-question | एलेक्सा किस देश की राजधानी किंशासा है | CITY:किंशासा
reverse-question | एलेक्सा तेहरान किस मुल्क की राजधानी है | CITY:तेहरान
reverse-question | एलेक्सा अंकारा किस देश की राजधानी है | CITY:अंकारा
reverse-question | एलेक्सा बर्लिन किस देश की राजधानी | CITY:बर्लिन
reverse-question | एलेक्सा किस देश की राजधानी मास्को है | CITY:मॉस्को
reverse-question | एलेक्सा रांची किस राज्य की राजधानी है | CITY:रांची
reverse-question | एलेक्सा कोलंबो किसकी राजधानी है | CITY:कोलंबो
reverse-question | एलेक्सा हेग किस देश की राजधानी है | CITY:हेग
reverse-question | एलेक्सा प्रिटोरिया किस देश की राजधानी | CITY:प्रिटोरिया
reverse-question | एलेक्सा सुक्रे किस देश की राजधानी है | CITY:सूक्रे
yes-no-check | एलेक्सा क्या प्योंगयांग दक्षिण कोरिया की राजधानी है | KR
yes-no-check | एलेक्सा क्या सियोल उत्तर कोरिया की राजधानी है | KP
yes-no-check | एलेक्सा किंशासा कांगो गणराज्य की राजधानी है क्या | CG
yes-no-check | एलेक्सा क्या यरूशलम फ़िलिस्तीन की राजधानी है | PS
yes-no-check | एलेक्सा क्या केप टाउन दक्षिण अफ़्रीका की राजधानी है | ZA
yes-no-check | एलेक्सा क्या एम्स्टर्डम नीदरलैंड की राजधानी है | NL
yes-no-check | एलेक्सा क्या ला पाज़ बोलीविया की राजधानी है | BO
yes-no-check | एलेक्सा क्या कुआलालंपुर मलेशिया की राजधानी है | MY
yes-no-check | एलेक्सा लागोस नाइजीरिया की राजधानी है ना | NG
yes-no-check | एलेक्सा क्या मेलबर्न ऑस्ट्रेलिया की राजधानी है | AU
yes-no-check | एलेक्सा क्या कराची पाकिस्तान की राजधानी है | PK
yes-no-check | एलेक्सा क्या मुंबई भारत की राजधानी है | IN
yes-no-check | एलेक्सा क्या अल्माटी कज़ाख़स्तान की राजधानी है | KZ
out-of-domain | एलेक्सा फ़्रांस में कौन सी भाषा बोलते हैं | FB
out-of-domain | एलेक्सा चीन की दीवार कितनी लंबी है | FB
out-of-domain | एलेक्सा दक्षिण अमेरिका की राजधानी | FB
out-of-domain | एलेक्सा मध्य पूर्व की राजधानी कौन सी है | FB
out-of-domain | एलेक्सा विजयनगर साम्राज्य की राजधानी | FB
out-of-domain | एलेक्सा पाटलिपुत्र आज किस नाम से जाना जाता है | FB
out-of-domain | एलेक्सा अयोध्या से काशी कितनी दूर है | FB
out-of-domain | एलेक्सा भारत की राष्ट्रीय पशु | FB
out-of-domain | एलेक्सा मेरी दवाई का रिमाइंडर लगाओ | FB
out-of-domain | एलेक्सा गीजर चालू करो | FB
out-of-domain | एलेक्सा आज का राशिफल | FB
out-of-domain | एलेक्सा हनुमान चालीसा चलाओ | FB
out-of-domain | एलेक्सा डॉलर का भाव क्या है | FB
out-of-domain | एलेक्सा ट्रेन की लाइव लोकेशन बताओ | FB
out-of-domain | एलेक्सा अमेज़न से मेरा ऑर्डर कहाँ है | FB
out-of-domain | एलेक्सा गूगल की राजधानी | FB
out-of-domain | एलेक्सा फ़ैशन की राजधानी कौन सा शहर है | FB
out-of-domain | एलेक्सा भारत की आर्थिक राजधानी | FB
out-of-domain | एलेक्सा दुनिया की सबसे ऊँची राजधानी कौन सी है | FB
out-of-domain | एलेक्सा टोक्यो की आबादी कितनी है | FB
out-of-domain | एलेक्सा रूस का राष्ट्रपति कौन है | FB
out-of-domain | एलेक्सा ब्रिटेन की मुद्रा क्या है | FB
out-of-domain | एलेक्सा कल की फ़्लाइट लंदन के लिए | FB
out-of-domain | एलेक्सा लाइट का रंग नीला करो | FB
out-of-domain | एलेक्सा गुड नाइट | FB
out-of-domain | एलेक्सा धन्यवाद तुम बहुत अच्छी हो | FB
# Hindi-speaking lift operators and security in Gurugram office towers
liftman | एलेक्सा लिफ्ट में सुना था {} की राजधानी क्या है | ब्राज़ील=BR; कोलंबिया=CO; वेनेज़ुएला=VE
liftman | एलेक्सा साहब लोग विदेश जा रहे हैं सिंगापुर की राजधानी | SG
liftman | एलेक्सा बीसवें फ्लोर वाले जापान जा रहे जापान की राजधानी टोक्यो | JP
liftman | एलेक्सा फ़िलिस्तीन की राजधानी बताना भाई | PS
liftman | एलेक्सा कांगो गणराज्य की राजधानी का नाम | CG
liftman | एलेक्सा दक्षिण कोरिया की राजधानी कौन सी है | KR
liftman | एलेक्सा हरियाणा की राजधानी चंडीगढ़ | IN-HR
liftman | एलेक्सा शिफ्ट ख़त्म होने में कितना टाइम है | FB
liftman | एलेक्सा बंद कर यार | STOP
liftman | एलेक्सा कैंसल कर यार | CANCEL
liftman | एलेक्सा राजधानी वाली चीज़ कैसे पूछते हैं | HELP
liftman | एलेक्सा नीदरलैंड की दोनों राजधानी | NL
liftman | एलेक्सा ऑस्ट्रेलिया की राजधानी कैनबरा | AU
liftman | एलेक्सा जर्मनी की राजधानी बर्लिन है ना | DE
# Kinnauri and Lahauli speakers' Hindi; apple orchards in Kalpa and Keylong
kinnaur | एलेक्सा सेब की पेटी भर रहे हैं बताओ {} की राजधानी | न्यूज़ीलैंड=NZ; चिली=CL; पोलैंड=PL
kinnaur | एलेक्सा हिमाचल की राजधानी शिमला ही है ना | IN-HP
kinnaur | एलेक्सा रोहतांग खुला है क्या आज | FB
kinnaur | एलेक्सा सेब का भाव शिमला मंडी में | FB
kinnaur | एलेक्सा तिब्बत के पास नेपाल की राजधानी काठमांडू | NP
kinnaur | एलेक्सा लद्दाख की राजधानी कौन सी है लेह या कारगिल | IN-LA
kinnaur | एलेक्सा चीन की राजधानी बीजिंग | CN
kinnaur | एलेक्सा फ़िलिस्तीन की राजधानी कहाँ है | PS
kinnaur | एलेक्सा उत्तर कोरिया की राजधानी कौन सी होती है | KP
kinnaur | एलेक्सा बस करो बर्फ़ गिर रही है | STOP
kinnaur | एलेक्सा कैंसल करो जी | CANCEL
kinnaur | एलेक्सा कैसे इस्तेमाल करते हैं राजधानी वाला | HELP
kinnaur | एलेक्सा बोलीविया की दोनों राजधानी कौन सी हैं पहाड़ पे है ना | BO
kinnaur | एलेक्सा स्विट्ज़रलैंड की राजधानी बर्न है ना | CH
kinnaur | एलेक्सा उत्तराखंड की राजधानी देहरादून या गैरसैंण | IN-UK
# Ferry and ro-ro crews on the Ganga at Sahebganj; waiting for the tide of passengers
ferry | एलेक्सा घाट पे सवारी का इंतज़ार है बोलो {} की राजधानी | बांग्लादेश=BD; म्यांमार=MM; कंबोडिया=KH
ferry | एलेक्सा आज नदी में पानी कितना चढ़ा | FB
ferry | एलेक्सा पश्चिम बंगाल की राजधानी कोलकाता | IN-WB
ferry | एलेक्सा कांगो नदी वाले कांगो लोकतांत्रिक गणराज्य की राजधानी | CD
ferry | एलेक्सा नदी के उस पार वाला कांगो गणराज्य उसकी राजधानी | CG
ferry | एलेक्सा दक्षिण कोरिया की राजधानी बताओ जी | KR
ferry | एलेक्सा बस बंद करो नाव खुल रही है | STOP
ferry | एलेक्सा अभी नहीं रद्द करो | CANCEL
ferry | एलेक्सा क्या पूछें कैसे पूछें | HELP
ferry | एलेक्सा मिस्र की राजधानी नील नदी वाला देश | EG
ferry | एलेक्सा लाओस की राजधानी विएंतियान | LA
ferry | एलेक्सा थाईलैंड की राजधानी बैंकॉक है | TH
ferry | एलेक्सा मलेशिया की राजधानियाँ दोनों बताओ ज़रा | MY
# Temple flower sellers at Ujjain's Mahakal; early morning garlands
phoolwala | एलेक्सा माला गूँथ रहे हैं {} की राजधानी बताओ | नीदरलैंड=NL; केन्या=KE; इथियोपिया=ET
phoolwala | एलेक्सा गेंदे का भाव आज मंडी में | FB
phoolwala | एलेक्सा भस्म आरती कितने बजे है | FB
phoolwala | एलेक्सा हॉलैंड में ट्यूलिप होते हैं उसकी दोनों राजधानी बताओ | NL
phoolwala | एलेक्सा मध्य प्रदेश की राजधानी भोपाल | IN-MP
phoolwala | एलेक्सा फ़िलिस्तीन की राजधानी कौन सी है महाराज | PS
phoolwala | एलेक्सा उत्तर कोरिया की राजधानी कौन सी है महाराज | KP
phoolwala | एलेक्सा बंद करो भक्त आ गए | STOP
phoolwala | एलेक्सा छोड़ो इसे | CANCEL
phoolwala | एलेक्सा तुम कैसे बताती हो राजधानी | HELP
phoolwala | एलेक्सा कोलंबिया की राजधानी बोगोटा | CO
phoolwala | एलेक्सा इक्वाडोर की राजधानी क्विटो | EC
phoolwala | एलेक्सा दक्षिण अफ़्रीका की तीन राजधानियाँ | ZA
# Courier delivery hub sorters in Bhiwandi; sorting parcels by pincode
sorter | एलेक्सा पार्सल छाँट रहे हैं {} की राजधानी बोलो | कनाडा=CA; अमेरिका=US; ब्रिटेन=GB
sorter | एलेक्सा ये पार्सल ऑस्ट्रेलिया जाएगा उसकी राजधानी | AU
sorter | एलेक्सा महाराष्ट्र की राजधानी मुंबई है ना | IN-MH
sorter | एलेक्सा कर्नाटक की राजधानी बेंगलुरु | IN-KA
sorter | एलेक्सा पिनकोड चार लाख इक्कीस तीन शून्य दो कहाँ का है | FB
sorter | एलेक्सा शिफ़्ट की छुट्टी कितने बजे | FB
sorter | एलेक्सा दक्षिण कोरिया की राजधानी जल्दी | KR
sorter | एलेक्सा कांगो गणराज्य की राजधानी जल्दी | CG
sorter | एलेक्सा कांगो लोकतांत्रिक गणराज्य की राजधानी जल्दी बोलो | CD
sorter | एलेक्सा बंद करो सुपरवाइज़र देख रहा है | STOP
sorter | एलेक्सा कैंसल सुपरवाइज़र आ गया | CANCEL
sorter | एलेक्सा राजधानी कैसे पूछें बताओ | HELP
sorter | एलेक्सा बेनिन की दोनों राजधानी बताओ | BJ
sorter | एलेक्सा कोत दिवुआर की राजधानियाँ कौन सी हैं | CI
# Deaf-school interpreters and sign-language teachers in Indore
interpreter | एलेक्सा बच्चों को समझाना है {} की राजधानी क्या है | फ़्रांस=FR; जापान=JP; रूस=RU
interpreter | एलेक्सा धीरे धीरे बोलो श्रीलंका की दोनों राजधानियाँ | LK
interpreter | एलेक्सा फ़िलिस्तीन की राजधानी दोबारा बोलो | PS
interpreter | एलेक्सा भारत की राजधानी नई दिल्ली है ना | IN
interpreter | एलेक्सा स्क्रीन पे लिख के दिखाओ | FB
interpreter | एलेक्सा साइन लैंग्वेज दिवस कब है | FB
interpreter | एलेक्सा उत्तर कोरिया की राजधानी धीरे बोलो | KP
interpreter | एलेक्सा दक्षिण कोरिया की राजधानी धीरे से | KR
interpreter | एलेक्सा रोक दो | STOP
interpreter | एलेक्सा रहने दो बच्चे समझ गए | CANCEL
interpreter | एलेक्सा कैसे पूछते हैं बच्चों को बताना है | HELP
interpreter | एलेक्सा एस्वाटिनी की राजधानियाँ बोलो | SZ
interpreter | एलेक्सा बोलीविया की राजधानियाँ धीरे से | BO
# Cycle-rickshaw pullers in Varanasi's lanes and Allahabad; a wait outside the station
rickshaw | एलेक्सा सवारी नहीं मिली बइठे हैं बताओ {} की राजधानी | ग्रीस=GR; पुर्तगाल=PT; स्पेन=ES
rickshaw | एलेक्सा सवारी विदेशी है नीदरलैंड से आई है उसकी राजधानी | NL
rickshaw | एलेक्सा एक अंग्रेज़ मेमसाब कह रही दक्षिण अफ़्रीका की तीन राजधानी हैं | ZA
rickshaw | एलेक्सा मलेशिया की राजधानी कुआलालंपुर है ना | MY
rickshaw | एलेक्सा आज स्टेशन पे कौन कौन गाड़ी लेट है | FB
rickshaw | एलेक्सा बिरहा गाना चलाओ | FB
rickshaw | एलेक्सा कांगो लोकतांत्रिक गणराज्य कै राजधानी बतावा | CD
rickshaw | एलेक्सा फ़िलिस्तीन कै राजधानी | PS
rickshaw | एलेक्सा ठीक बा बंद करा | STOP
rickshaw | एलेक्सा ना रहै दा | CANCEL
rickshaw | एलेक्सा का का पूछ सकीला | HELP
rickshaw | एलेक्सा अमेरिका कै राजधानी वॉशिंगटन बा ना | US
plural-capitals | एलेक्सा दक्षिण अफ़्रीका की तीनों कैपिटल बताओ एक एक करके | ZA
plural-capitals | एलेक्सा बोलीविया की दोनों राजधानियों के नाम बताइए | BO
plural-capitals | एलेक्सा नीदरलैंड की राजधानियाँ कौन कौन सी हैं | NL
plural-capitals | एलेक्सा मलेशिया की दोनों राजधानियों के नाम बताइए | MY
plural-capitals | एलेक्सा श्रीलंका की दोनों राजधानियों के नाम बताइए | LK
plural-capitals | एलेक्सा बेनिन की दोनों राजधानियों के नाम बताइए | BJ
plural-capitals | एलेक्सा कोत दिवुआर की दोनों राजधानियों के नाम बताइए | CI
plural-capitals | एलेक्सा एस्वाटिनी की दोनों राजधानियों के नाम बताइए | SZ
plural-capitals | एलेक्सा दक्षिण अफ़्रीका में प्रशासनिक न्यायिक और विधायी राजधानी कौन सी | ZA
plural-capitals | एलेक्सा श्रीलंका की राजधानियाँ कोलंबो और कौन सी | LK
plural-capitals | एलेक्सा एस्वाटिनी की राजधानियाँ कौन कौन सी हैं | SZ
plural-capitals | एलेक्सा बेनिन की राजधानियाँ कौन कौन सी हैं | BJ
plural-capitals | एलेक्सा आइवरी कोस्ट की दोनों राजधानियाँ बताओ | CI
out-of-domain | एलेक्सा सबसे छोटा देश कौन सा है | FB
out-of-domain | एलेक्सा राजधानी ट्रेन का पीएनआर स्टेटस | FB
out-of-domain | एलेक्सा कैपिटल गेन टैक्स कितना लगता है | FB
out-of-domain | एलेक्सा ओशिनिया की राजधानी बताओ | FB
out-of-domain | एलेक्सा अंटार्कटिका की राजधानी | FB
out-of-domain | एलेक्सा स्वर्ग की राजधानी कहाँ है | FB
out-of-domain | एलेक्सा अंग्रेज़ों के समय भारत की राजधानी कलकत्ता क्यों थी | FB
out-of-domain | एलेक्सा गुप्त वंश की राजधानी कौन सी थी | FB
out-of-domain | एलेक्सा आज की ताज़ा खबरें सुनाओ | FB
out-of-domain | एलेक्सा दो और दो कितने होते हैं | FB
out-of-domain | एलेक्सा चाँद पर पहला आदमी कौन गया | FB
out-of-domain | एलेक्सा बाहर का तापमान | FB
out-of-domain | एलेक्सा जापान का झंडा कैसा है | FB
out-of-domain | एलेक्सा ब्राज़ील में कौन सी भाषा बोली जाती है | FB
out-of-domain | एलेक्सा आज रात का खाना क्या बनाऊँ | FB
# Kite makers in Bareilly and Rampur; before Makar Sankranti
patang | एलेक्सा माँझा सूत रहे हैं बताओ {} की राजधानी | अर्जेंटीना=AR; उरुग्वे=UY; पराग्वे=PY
patang | एलेक्सा पतंग का मांझा कितने का है | FB
patang | एलेक्सा उत्तर प्रदेश की राजधानी कौन सी है बरेली से पूछ रहे | IN-UP
patang | एलेक्सा उत्तराखंड की राजधानी | IN-UK
patang | एलेक्सा फ़िलिस्तीन की राजधानी बोलो मियाँ | PS
patang | एलेक्सा उत्तर कोरिया की राजधानी बोलो मियाँ | KP
patang | एलेक्सा दक्षिण कोरिया की राजधानी बोलो मियाँ | KR
patang | एलेक्सा कांगो गणराज्य की राजधानी बोलो मियाँ | CG
patang | एलेक्सा हवा कितनी तेज़ है आज | FB
patang | एलेक्सा बस रुको | STOP
patang | एलेक्सा रहने दो मियाँ | CANCEL
patang | एलेक्सा क्या क्या पूछें तुमसे | HELP
patang | एलेक्सा अफ़गानिस्तान की राजधानी काबुल है ना | AF
patang | एलेक्सा जॉर्डन की राजधानी अम्मान | JO
patang | एलेक्सा बहरीन की राजधानी मनामा | BH
patang | एलेक्सा क़तर की राजधानी दोहा है ना | QA
# Cold-storage and potato traders in Agra and Farrukhabad; the storage season
aloo | एलेक्सा कोल्ड स्टोरेज में बैठे हैं {} की राजधानी बताओ | बेल्जियम=BE; बेलारूस=BY; यूक्रेन=UA
aloo | एलेक्सा आलू का भाव आगरा मंडी में | FB
aloo | एलेक्सा कोल्ड स्टोरेज का तापमान कितना रखें | FB
aloo | एलेक्सा पेरू में आलू पैदा हुआ था उसकी राजधानी लीमा | PE
aloo | एलेक्सा नीदरलैंड से बीज आता है उसकी राजधानियाँ | NL
aloo | एलेक्सा बांग्लादेश की राजधानी ढाका वहाँ आलू जाता है | BD
aloo | एलेक्सा कांगो लोकतांत्रिक गणराज्य की राजधानी का नाम | CD
aloo | एलेक्सा दक्षिण कोरिया की राजधानी का नाम बताना | KR
aloo | एलेक्सा बंद करो भाई साहब | STOP
aloo | एलेक्सा रद्द करो भाई साहब | CANCEL
aloo | एलेक्सा बताओ तुमसे क्या पूछें | HELP
aloo | एलेक्सा श्रीलंका की दोनों राजधानियाँ कौन सी हैं बताना | LK
aloo | एलेक्सा नेपाल की राजधानी का नाम | NP
aloo | एलेक्सा पंजाब की राजधानी | IN-PB
# Sikh and Hindu refugees from Afghanistan now in Tilak Nagar (Hindko and Dari words)
tilaknagar | एलेक्सा जान {} दी राजधानी केहड़ी है | ताजिकिस्तान=TJ; तुर्कमेनिस्तान=TM; ईरान=IR
tilaknagar | एलेक्सा असी काबुल तों आए अफ़गानिस्तान दी राजधानी काबुल है ना | AF
tilaknagar | एलेक्सा दिल्ली दा मौसम कल | FB
tilaknagar | एलेक्सा पाकिस्तान दी राजधानी इस्लामाबाद | PK
tilaknagar | एलेक्सा फ़िलिस्तीन दी राजधानी केहड़ी है | PS
tilaknagar | एलेक्सा उत्तर कोरिया दी राजधानी | KP
tilaknagar | एलेक्सा कांगो लोकतांत्रिक गणराज्य दी राजधानी दस्सो | CD
tilaknagar | एलेक्सा गुरुद्वारे दा कीर्तन लगाओ | FB
tilaknagar | एलेक्सा बस करो जी | STOP
tilaknagar | एलेक्सा छड्डो जी | CANCEL
tilaknagar | एलेक्सा की पुछ सकदे हां | HELP
tilaknagar | एलेक्सा उज़्बेकिस्तान दी राजधानी ताशकंद | UZ
tilaknagar | एलेक्सा मलेशिया दी दोनों राजधानियाँ | MY
# Ayurvedic pharmacy workers in Haridwar; grinding and packing
vaidya | एलेक्सा चूर्ण पीस रहे हैं बताइए {} की राजधानी | हंगरी=HU; रोमानिया=RO; सर्बिया=RS
vaidya | एलेक्सा अश्वगंधा किस काम आती है | FB
vaidya | एलेक्सा त्रिफला कब लेना चाहिए | FB
vaidya | एलेक्सा दक्षिण अफ़्रीका की राजधानियाँ कौन सी हैं वहाँ दवा जाती है | ZA
vaidya | एलेक्सा बोलीविया की राजधानियाँ कौन सी हैं | BO
vaidya | एलेक्सा उत्तराखंड की राजधानी देहरादून | IN-UK
vaidya | एलेक्सा कांगो गणराज्य की राजधानी बताइए वैद्य जी पूछ रहे | CG
vaidya | एलेक्सा फ़िलिस्तीन की राजधानी बताइए वैद्य जी पूछ रहे | PS
vaidya | एलेक्सा बंद कीजिए | STOP
vaidya | एलेक्सा रद्द कीजिए ये | CANCEL
vaidya | एलेक्सा आपसे क्या पूछ सकते हैं | HELP
vaidya | एलेक्सा नेपाल की राजधानी क्या है वहाँ जड़ी बूटी बहुत है | NP
vaidya | एलेक्सा भूटान की राजधानी | BT
vaidya | एलेक्सा तिब्बत की राजधानी | FB
help | एलेक्सा मैं दुनिया की राजधानियाँ में क्या बोलूँ | HELP
help | एलेक्सा दुनिया की राजधानियाँ कैसे काम करता है | HELP
help | एलेक्सा मदद मेनू | HELP
stop | एलेक्सा दुनिया की राजधानियाँ से बाहर निकलो | STOP
stop | एलेक्सा बंद हो जाओ | STOP
stop | एलेक्सा ठीक है बंद करो | STOP
cancel | एलेक्सा नहीं जी रद्द | CANCEL
cancel | एलेक्सा ये वाला छोड़ दो | CANCEL
cancel | एलेक्सा कैंसल कैंसल | CANCEL
out-of-domain | एलेक्सा इटली की राजधानी में कितने लोग रहते हैं | FB
out-of-domain | एलेक्सा पेरिस का मौसम कैसा है अभी | FB
out-of-domain | एलेक्सा राजधानी नाम की फ़िल्म किसने बनाई | FB
out-of-domain | एलेक्सा सिंधु घाटी सभ्यता की राजधानी | FB
out-of-domain | एलेक्सा बच्चों के लिए राजधानी वाला गाना बजाओ | FB
out-of-domain | एलेक्सा मेरे शहर का पिन कोड | FB
vaidya | एलेक्सा श्रीलंका की राजधानियाँ बताइए वहाँ भी आयुर्वेद है | LK
vaidya | एलेक्सा मलेशिया की राजधानियाँ बताइए | MY
aloo | एलेक्सा एस्वाटिनी की राजधानियाँ बताना भाई साहब | SZ
patang | एलेक्सा बेनिन की राजधानियाँ बोलो मियाँ | BJ
patang | एलेक्सा कोत दिवुआर की राजधानियाँ बोलो मियाँ | CI
tilaknagar | एलेक्सा दक्षिण कोरिया दी राजधानी दस्सो | KR
tilaknagar | एलेक्सा कांगो गणराज्य दी राजधानी दस्सो | CG
plural-capitals | एलेक्सा मलेशिया की कितनी राजधानियाँ हैं नाम बताओ | MY
plural-capitals | एलेक्सा मलेशिया देश की दो कैपिटल कौन सी हैं | MY
plural-capitals | एलेक्सा मलेशिया की दोनों राजधानी कुआलालंपुर और दूसरी कौन सी | MY
plural-capitals | एलेक्सा नीदरलैंड की दोनों राजधानी एम्स्टर्डम और कौन सी | NL
plural-capitals | एलेक्सा स्वाज़ीलैंड की दोनों राजधानियाँ कौन सी हैं बताओ | SZ
plural-capitals | एलेक्सा मलेशिया की राजधानियाँ पुत्रजया और कौन सी | MY
plural-capitals | एलेक्सा आइवरी कोस्ट देश की राजधानियाँ यामुसुक्रो और कौन सी | CI
plural-capitals | एलेक्सा एस्वाटिनी देश की सारी राजधानियाँ | SZ
"""

if __name__ == "__main__":
    build_round(53, "hi", LINES, sys.argv, "tests/Eval/hi/round53/source/build_corpus.py")
