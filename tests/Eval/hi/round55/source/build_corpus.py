"""Round 55, Hindi (hi-IN): a new author's own mix, written blind at the end of the sixty-second session (brief
WRITER71.md), for the next session's tuner. Speakers and situations chosen apart from Hindi round 54 (Surjapuri,
Kulluvi, Sirmauri, Kannauji, Bhadrawahi, the mixed Hindi of Port Blair, Uzbek, Polish and Chinese learners, Indian
families in Nairobi and Mombasa, Gaddi shepherds, dhobis, petrol-pump attendants, newspaper hawkers, mobile-repair
workers, house painters, plumbers, kulfi sellers, Kathputli-colony puppeteers, mehndi artists, toll-plaza staff, Delhi
Metro staff, photocopy-shop owners, cobblers, tea-stall owners, dhaba cooks, wedding-band players, Aligarh lock makers,
Moradabad brassware polishers, Bhadohi carpet weavers, Solan mushroom growers, single-screen projectionists, ambulance
drivers, scrap dealers, mill watchmen, Puri lifeguards, Gulmarg gondola operators), from round 53 (Braj, Nimadi,
Santhali speakers' Hindi, Angika, Wagdi, Kinnauri and Lahauli speakers' Hindi, Egyptian and Sudanese and Russian
learners, Indian families in Mauritius, Afghan Sikh and Hindu families in Tilak Nagar, Awadhi potters, beekeepers,
fire-brigade crews, pathology lab technicians, district librarians, sugarcane farmers, hospital ward boys, Kannauj attar
makers, Dooars tea-garden workers, forest guards, agariya salt-pan workers, Firozabad bangle makers, Patna tent-house
decorators, Bikaner pickle and papad makers, brick-kiln workers, Gurugram lift operators, Sahebganj ferry crews, Ujjain
flower sellers, Bhiwandi courier sorters, sign-language interpreters, cycle-rickshaw pullers, Bareilly kite makers,
Agra cold-storage potato traders, Haridwar Ayurvedic pharmacy workers), from round 52 (Dakhini, Dhundhari, Bundeli,
Kumaoni, Chhattisgarhi, Haryanvi, Dogri, Maithili, Magahi, Bambaiya, Bengali, Gujarati, Telugu, Kannada and Punjabi
speakers' Hindi, British Asian children in Leicester and Southall, German and French students in Varanasi, NRI families
in New Jersey and Texas, barbers, carpenters, motor mechanics, dairy farmers and milkmen, Banarasi silk weavers, railway
porters, akhara wrestlers, UPSC aspirants, software engineers, police constables, property dealers, chaat and golgappa
vendors, goldsmiths, Varanasi boatmen), from round 51 (Bagheli, Kangri, Sindhi speakers' Hindi, Konkani, Tamil,
Malayalam, Odia and Kashmiri speakers' Hindi, Koli fishermen, Banjara (Lambadi), Korean and Japanese learners,
grain-mandi arhtiyas, temple priests, tailors, electricians and linemen, kirana shopkeepers, gym trainers, night-shift
call-centre agents, halwais and wedding cooks, bank clerks, district-court lawyers and munshis, roadways bus conductors,
cricket-academy coaches, women's self-help groups, wedding photographers, Rishikesh yoga teachers, medical
representatives, food-delivery riders), from round 50 (Mewari, Surgujia, Kurukh speakers' Hindi, Jaunsari, Mizo and Bodo
speakers' Hindi, Nepali speakers' Hindi, Trinidad and Guyana Hindustani, Durban Indian Hindi, app-cab drivers, railway
TTEs, airline cabin crew, chemists, postmen, housing-society guards, beauticians, wedding DJs, radio jockeys, college
professors, blind and low-vision users, grandfathers and retired railwaymen, Sanskrit pathshala students, Mumbai
dabbawalas), from round 49 (Bajjika, Khortha, Halbi, Ahirani, Vidarbha Hindi, Kutchi, Ladakhi and Tibetan speakers'
Hindi, Meitei speakers' Hindi, Nagamese, Tulu speakers' Hindi, Gulf workers, Afghan refugees, truck drivers, chartered
accountants, stock traders, Kota students, teen gamers, Anganwadi and ASHA workers, Kauravi, tour guides, stamp and coin
collectors, construction workers, Parsis, Anglo-Indians) and from the groups named for rounds 48 to 44 (Garhwali, Malvi,
Mewati, Nagpuri/Sadri, Fiji Hindi, Sarnami, Madhesi, Bhili, Marwari, Shekhawati, Harauti, Bhojpuri, Gorkha Hindi,
Guwahati and Shillong Hindi, Shuddh Hindi, retired soldiers, grandmothers, auto-rickshaw drivers, a TV newsroom, nurses,
sailors and the rest listed there).

Regions, each a family: Tharu speakers' Hindi from Lakhimpur Kheri at the Dudhwa forest edge (`tharu`, "हमके बताव",
"रहे द"), Mahasui from Shimla, Rohru and Jubbal (`mahasui`, "री राजधानी कुण सी हो", "म्हारे बताओ"), Pawari speakers'
Hindi from Balaghat and Seoni (`pawari`, "कोन से", "छोड़ दे रे") and Gondi speakers' Hindi from Dindori and Mandla
(`gondi`, "हमन ला बताओ", "का ए"). Migrants and learners: Indian families in Singapore (`singapore`, "बताना लाह",
"नेवर माइंड लाह"), Spanish students of Hindi in Madrid and Salamanca (`spanishlearner`, "मैं हिंदी सीख रही हूँ",
"कृपया रुकिए") and Indian medical students in Moscow and Kazan (`medstudent`, "रूममेट के साथ शर्त लगी है"). Jobs:
Surat diamond polishers (`heera`, "बोलो ने", "हीरा घिसते घिसते"), Dal Lake shikara rowers (`shikara`, "जनाब"), Kolkata
tram conductors (`tram`, "टिकट काटते काटते", "थाम जाओ"), Pushkar camel traders (`oont`, "म्हने बताओ", "रेवा दो सा"),
Lucknow municipal sanitation workers (`safai`, "झाड़ू लगाते"), Jaipur gem cutters (`ratna`, "पन्ना तराशते"), Dwarka and
Okha lighthouse keepers (`deepghar`, "लाइट जलाते जलाते"), village dais in Shravasti (`dai`, "बहिनी बताव"), Mumbai local
train vendors (`local`, "डब्बे में से", "अपुन को बता") and others below.

Situations: paddy transplanting by the forest, apple packing, tendu-leaf collection, a Sunday at the hawker centre, a
Hindi class before exams, a Varachha workshop, tourists on the water, the last tram to Esplanade, the fair at dusk, the
morning sweep, the cutting wheel, a night on the tower, a birth at night, the mahua season, a hostel evening, the Virar
fast.

Around them: follow-ups, plural capitals (all eight several-capital countries, and Palestine, Jammu and Kashmir,
Uttarakhand, Maharashtra, Himachal), subdivisions and territories (with places the data lacks: Tibet, Sindh, Punjab of
Pakistan, Catalonia, Siberia, Tatarstan), yes/no checks, self-corrections, reverse questions, official, everyday and
shared names, help, stop, cancel, launch by the skill's invocation name "दुनिया की राजधानियाँ", and out-of-domain
requests (weather, timers, music, home devices, prices, trains and flights, population, currency and leaders, capitals
of continents and of fashion, "capital" in other senses, former capitals, myth and fiction).
`python3 tests/Eval/hi/round55/source/build_corpus.py [--check]`; every line is hi-IN. Every sentence was written by
hand as one whole utterance; frames with up to three fills (each frame once) ask the countries.

Built by round12_hinl_corpus.py (build_round with round 55's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Tharu speakers' Hindi from Lakhimpur Kheri and the Dudhwa forest edge; the paddy transplanting
tharu | एलेक्सा हमके बताव {} के राजधानी कौन बा | अंडोरा=AD; अमीरात=AE; अफगानिस्तान=AF
tharu | एलेक्सा धान रोपत रोपत पूछत हईं {} के राजधानी का ह | एंटीगुआ और बारबुडा=AG; अल्बानिया=AL; आर्मीनिया=AM
tharu | एलेक्सा तनी बताव ना {} के राजधानी कहाँ बा | अंगोला=AO; अर्जेंटिना=AR; आस्ट्रिया=AT
tharu | एलेक्सा दुधवा के जंगल से पूछत बानी {} के राजधानी कौन शहर ह | आस्ट्रेलिया=AU; अजरबैजान=AZ; बोस्निया=BA
tharu | एलेक्सा नेपाल के राजधानी काठमांडू बा कि ना | NP
tharu | एलेक्सा उत्तर प्रदेश के राजधानी लखनऊ ह ना | IN-UP
tharu | एलेक्सा आज पलिया में पानी बरसी का | FB
tharu | एलेक्सा धान के बिया के भाव का बा | FB
tharu | एलेक्सा उत्तराखंड के राजधानी कौन बा देहरादून कि गैरसैंण | IN-UK
tharu | एलेक्सा रहे द अब | CANCEL
tharu | एलेक्सा चुप हो जा | STOP
tharu | एलेक्सा भूटान के राजधानी का ह | BT
tharu | एलेक्सा हमार बात ना समझ आवत का कइसे पूछीं | HELP
tharu | एलेक्सा दक्खिन कोरिया के राजधानी बताव | KR
tharu | एलेक्सा उत्तर कोरिया के राजधानी कौन बा | KP
tharu | एलेक्सा फिलिस्तीन के राजधानी का ह | PS
tharu | एलेक्सा हाथी गाँव में घुसल बा वन विभाग के नंबर द | FB
tharu | एलेक्सा दुनिया की राजधानियाँ खोल द | LAUNCH
# Mahasui from Shimla, Rohru and Jubbal; the apple packing season
mahasui | एलेक्सा म्हारे बताओ {} री राजधानी कुण सी हो | बारबाडोस=BB; बांग्लादेश=BD; बेल्जियम=BE
mahasui | एलेक्सा पेटी भरदे भरदे पूछणा {} री राजधानी कौण ही | बुर्किना फासो=BF; बुल्गारिया=BG; बहरीन=BH
mahasui | एलेक्सा ज़रा बोल {} री राजधानी कौण सा शहर | बुरुंडी=BI; ब्रुनेई=BN; ब्राज़ील=BR
mahasui | एलेक्सा रोहड़ू ते पूछदे {} री राजधानी | बहामास=BS; बोत्सवाना=BW; बेलारूस=BY
mahasui | एलेक्सा हिमाचल री राजधानी शिमला ही ना | IN-HP
mahasui | एलेक्सा सेब री पेटी रा रेट क्या चल रा मंडी में | FB
mahasui | एलेक्सा आज खड़ापत्थर में बर्फ़ पड़णी कि नी | FB
mahasui | एलेक्सा बस कर हुण रहण दे | CANCEL
mahasui | एलेक्सा बंद होई जा | STOP
mahasui | एलेक्सा नीदरलैंड री दोनो राजधानियाँ कुण सी | NL
mahasui | एलेक्सा दक्खण अफ्रीका री तीन राजधानियाँ बताओ | ZA
mahasui | एलेक्सा कांगो री राजधानी किंशासा वाला कांगो | CD
mahasui | एलेक्सा दुनिया की राजधानियाँ चलाओ म्हारे खातर | LAUNCH
mahasui | एलेक्सा ए कैसे चलदा म्हारे समझाओ | HELP
mahasui | एलेक्सा न्यूज़ीलैंड री राजधानी कौण ही सेब उठे बी होंदे | NZ
mahasui | एलेक्सा चीन री राजधानी बीजिंग ही | CN
# Pawari speakers' Hindi from Balaghat and Seoni; the tendu leaf collection
pawari | एलेक्सा हमला बताव {} की राजधानी कोन से | बेलीज़=BZ; कनाडा=CA; मध्य अफ्रीकी गणराज्य=CF
pawari | एलेक्सा तेंदू पत्ता तोड़त तोड़त पूछत सेजन {} की राजधानी का से | स्विटज़रलैंड=CH; चिली=CL; कैमरून=CM
pawari | एलेक्सा बालाघाट लक पूछ रह्या {} की राजधानी कहाँ से | कोलंबिया=CO; कोस्टा रिका=CR; क्यूबा=CU
pawari | एलेक्सा मध्य प्रदेश की राजधानी भोपाल से ना | IN-MP
pawari | एलेक्सा महाराष्ट्र की राजधानी कोन से | IN-MH
pawari | एलेक्सा तेंदू पत्ता को बोनस कब आहे | FB
pawari | एलेक्सा छोड़ दे रे | CANCEL
pawari | एलेक्सा बंद कर बाबू | STOP
pawari | एलेक्सा बोलीविया की दुइ राजधानी कौन कौन से | BO
pawari | एलेक्सा मलेशिया की दोनों राजधानी बताव | MY
pawari | एलेक्सा ब्राज़ाविल वाला कांगो की राजधानी | CG
pawari | एलेक्सा उत्तर कोरिया की राजधानी प्योंगयांग से का | KP
pawari | एलेक्सा येला कसो पूछनो से बताव | HELP
pawari | एलेक्सा दुनिया की राजधानियाँ सुरू कर | LAUNCH
pawari | एलेक्सा आज बैनगंगा म पूर आयो का | FB
# Indian families in Singapore, Little India and Jurong; Sunday at the hawker centre
singapore | एलेक्सा बच्चों को बताओ {} की कैपिटल क्या है | केप वर्डे=CV; साइप्रस=CY; चेक रिपब्लिक=CZ
singapore | एलेक्सा होमवर्क के लिए {} की राजधानी बताना लाह | जर्मनी=DE; जिबूती=DJ; डेनमार्क=DK
singapore | एलेक्सा मेरी बेटी पूछ रही है {} की कैपिटल सिटी कौन सी है | डोमिनिका=DM; डोमिनिकन रिपब्लिक=DO; अल्जीरिया=DZ
singapore | एलेक्सा मलेशिया की कैपिटल कुआलालंपुर है या पुत्राजाया दोनों बताओ | MY
singapore | एलेक्सा मलेशिया की दोनों राजधानियाँ कौन सी हैं | MY
singapore | एलेक्सा इंडोनेशिया की कैपिटल जकार्ता है ना | ID
singapore | एलेक्सा सिंगापुर की कैपिटल सिंगापुर ही है क्या | SG
singapore | एलेक्सा आज एमआरटी चल रही है क्या ईस्ट वेस्ट लाइन पर | FB
singapore | एलेक्सा सिंगापुर डॉलर में सौ रुपये कितने होते हैं | FB
singapore | एलेक्सा ब्रुनेई की कैपिटल का नाम क्या है | BN
singapore | एलेक्सा थाईलैंड की कैपिटल बैंकॉक है | TH
singapore | एलेक्सा ओके लाह बंद करो | STOP
singapore | एलेक्सा नेवर माइंड लाह | CANCEL
singapore | एलेक्सा ओपन दुनिया की राजधानियाँ | LAUNCH
singapore | एलेक्सा दुनिया की राजधानियाँ में क्या क्या पूछ सकते हैं | HELP
singapore | एलेक्सा फ़िलीपींस की कैपिटल मनीला है ना | PH
singapore | एलेक्सा वियतनाम की राजधानी हनोई या हो ची मिन्ह | VN
# Spanish students of Hindi in Madrid and Salamanca; a Hindi class before exams
spanishlearner | एलेक्सा मैं हिंदी सीख रही हूँ {} की राजधानी क्या है | इक्वाडोर=EC; एस्तोनिया=EE; मिस्र=EG
spanishlearner | एलेक्सा कृपया मुझे बताइए {} की राजधानी कौन सी है | इरीट्रिया=ER; स्पेन=ES; इथियोपिया=ET
spanishlearner | एलेक्सा मेरे अध्यापक ने पूछा {} की राजधानी क्या होती है | फ़िनलैंड=FI; फ़िजी=FJ; माइक्रोनेशिया=FM
spanishlearner | एलेक्सा स्पेन की राजधानी मद्रीद है क्या यह सही है | ES
spanishlearner | एलेक्सा मेक्सिको की राजधानी मेक्सिको सिटी है | MX
spanishlearner | एलेक्सा कृपया धीरे बोलिए मुझे समझ नहीं आया | HELP
spanishlearner | एलेक्सा बोलीविया की राजधानियाँ कौन सी हैं मुझे दो पता हैं | BO
spanishlearner | एलेक्सा पेरू की राजधानी लीमा है ना | PE
spanishlearner | एलेक्सा अर्जेंटीना की राजधानी बुएनोस आइरेस है | AR
spanishlearner | एलेक्सा कृपया रुकिए | STOP
spanishlearner | एलेक्सा धन्यवाद बस इतना ही | STOP
spanishlearner | एलेक्सा कोई बात नहीं रद्द कीजिए | CANCEL
spanishlearner | एलेक्सा मैड्रिड में आज मौसम कैसा है | FB
spanishlearner | एलेक्सा हिंदी में स्पेनिश शब्द का अर्थ क्या है | FB
spanishlearner | एलेक्सा कृपया दुनिया की राजधानियाँ शुरू कीजिए | LAUNCH
spanishlearner | एलेक्सा वेनेज़ुएला की राजधानी काराकास है क्या | VE
spanishlearner | एलेक्सा कोलंबिया की राजधानी बोगोटा सही है | CO
spanishlearner | एलेक्सा ग्वाटेमाला की राजधानी का नाम क्या है | GT
# Surat diamond polishers in their Gujarati-tinged Hindi; a Varachha workshop
heera | एलेक्सा हीरा घिसते घिसते पूछता हूँ {} का राजधानी कौन सा है | फ्रांस=FR; गैबॉन=GA; ब्रिटेन=GB
heera | एलेक्सा बोलो ने {} का राजधानी क्या है | ग्रेनेडा=GD; जॉर्जिया देश=GE; घाना=GH
heera | एलेक्सा सेठ पूछ रहे हैं {} का कैपिटल कौन सा है | गाम्बिया=GM; गिनी=GN; इक्वेटोरियल गिनी=GQ
heera | एलेक्सा बेल्जियम का राजधानी ब्रसेल्स है ना वहाँ हीरा जाता है | BE
heera | एलेक्सा गुजरात का राजधानी गांधीनगर है ना | IN-GJ
heera | एलेक्सा इज़राइल का राजधानी कौन सा है | IL
heera | एलेक्सा हीरे का भाव आज क्या चल रहा है | FB
heera | एलेक्सा सूरत में आज कितनी गर्मी है | FB
heera | एलेक्सा बस करो भाई | STOP
heera | एलेक्सा रहने दो ने | CANCEL
heera | एलेक्सा दुनिया की राजधानियाँ चालू करो ने | LAUNCH
heera | एलेक्सा ये राजधानी वाला में क्या क्या बोलना है | HELP
heera | एलेक्सा दक्षिण अफ्रीका की राजधानियाँ बताओ हीरा वहाँ से भी आता है | ZA
heera | एलेक्सा बोत्सवाना का राजधानी गैबोरोन है | BW
heera | एलेक्सा हांगकांग का राजधानी क्या है | HK
heera | एलेक्सा दुबई का राजधानी क्या है | FB
# Shikara rowers on Dal Lake, Srinagar; tourists on the water
shikara | एलेक्सा तोहि बताव {} का राजधानी कौन आसा | यूनान=GR; ग्वाटेमाला=GT; गिनी बिसाऊ=GW
shikara | एलेक्सा टूरिस्ट पूछ रहा {} का कैपिटल कौन सा है जनाब | गुयाना=GY; होंडुरास=HN; क्रोएशिया=HR
shikara | एलेक्सा शिकारा चलाते हुए पूछा {} की राजधानी क्या है | हैती=HT; हंगरी=HU; इंडोनेशिया=ID
shikara | एलेक्सा जम्मू कश्मीर की राजधानी श्रीनगर है या जम्मू | IN-JK
shikara | एलेक्सा लद्दाख की राजधानी लेह है ना | IN-LA
shikara | एलेक्सा डल झील पर आज ठंड कितनी है | FB
shikara | एलेक्सा शिकारा का किराया कितना है एक घंटे का | FB
shikara | एलेक्सा बस जनाब बंद करो | STOP
shikara | एलेक्सा छोड़ो रहने दो | CANCEL
shikara | एलेक्सा दुनिया की राजधानियाँ खोलो टूरिस्ट के लिए | LAUNCH
shikara | एलेक्सा ईरान की राजधानी तेहरान है | IR
shikara | एलेक्सा इराक की राजधानी बग़दाद है ना | IQ
shikara | एलेक्सा आयरलैंड की राजधानी क्या है ये साहब वहीं से है | IE
shikara | एलेक्सा इटली की राजधानी रोम है | IT
shikara | एलेक्सा कैसे पूछना है इसमें मदद करो | HELP
shikara | एलेक्सा जापान की राजधानी टोक्यो है | JP
# Kolkata tram conductors in their Bengali-tinged Hindi; the last tram to Esplanade
tram | एलेक्सा टिकट काटते काटते पूछता {} का राजधानी कौन है | आइसलैंड=IS; जमैका=JM; जॉर्डन=JO
tram | एलेक्सा बोलो तो दादा {} का राजधानी कौन सा शहर है | केन्या=KE; किर्गिस्तान=KG; कंबोडिया=KH
tram | एलेक्सा एस्प्लेनेड से पूछ रहा {} का राजधानी कहाँ है | किरिबाती=KI; कोमोरोस=KM; सेंट किट्स और नेविस=KN
tram | एलेक्सा पश्चिम बंगाल का राजधानी कोलकाता है ना | IN-WB
tram | एलेक्सा बांग्लादेश का राजधानी ढाका है | BD
tram | एलेक्सा आज ट्राम चलेगा कि नहीं | FB
tram | एलेक्सा मोहन बागान का मैच कब है | FB
tram | एलेक्सा थाम जाओ | STOP
tram | एलेक्सा छोड़ो दादा रहने दो | CANCEL
tram | एलेक्सा दुनिया की राजधानियाँ खोलो ना | LAUNCH
tram | एलेक्सा कैसे बोलेगा इसमें बताओ | HELP
tram | एलेक्सा कोरिया का राजधानी बताओ उत्तर वाला | KP
tram | एलेक्सा दक्षिण कोरिया का राजधानी सियोल है | KR
tram | एलेक्सा कुवैत का राजधानी क्या है | KW
tram | एलेक्सा कज़ाकिस्तान का राजधानी बताओ | KZ
tram | एलेक्सा लाओस का राजधानी कौन है | LA
# Camel traders at the Pushkar fair in their Marwari-tinged Hindi; the sand dunes at dusk
oont | एलेक्सा म्हने बताओ {} री राजधानी कांई है | लेबनान=LB; सेंट लूसिया=LC; लिकटेंस्टीन=LI
oont | एलेक्सा ऊँट बेचतां बेचतां पूछूं {} री राजधानी कठे है | लाइबेरिया=LR; लेसोथो=LS; लिथुआनिया=LT
oont | एलेक्सा मेळे में एक गोरो पूछे {} री राजधानी कुण सी है | लक्ज़मबर्ग=LU; लातविया=LV; लीबिया=LY
oont | एलेक्सा राजस्थान री राजधानी जयपुर है नी | IN-RJ
oont | एलेक्सा श्रीलंका री दो राजधानियाँ कुण सी | LK
oont | एलेक्सा श्रीलंका की राजधानियाँ बताओ कोलंबो और दूजी | LK
oont | एलेक्सा ऊँट रो भाव काईं चाल रियो है | FB
oont | एलेक्सा पुष्कर में आज रात ठंड पड़सी | FB
oont | एलेक्सा रेवा दो सा | CANCEL
oont | एलेक्सा बंद कर दे सा | STOP
oont | एलेक्सा दुनिया की राजधानियाँ चालू करो सा | LAUNCH
oont | एलेक्सा इणमें काईं पूछां बताओ सा | HELP
oont | एलेक्सा सऊदी अरब री राजधानी रियाद है | SA
oont | एलेक्सा मिस्र री राजधानी काहिरा है | EG
oont | एलेक्सा ओमान री राजधानी मस्कट है के | OM
oont | एलेक्सा फिलिस्तीन री राजधानी कठे है | PS
# Sanitation workers of a Lucknow municipal ward; the morning sweep
safai | एलेक्सा झाड़ू लगाते पूछ रहे {} की राजधानी क्या है | मोरक्को=MA; मोनाको=MC; मोल्डोवा=MD
safai | एलेक्सा सुपरवाइजर साहब पूछ रहे {} की राजधानी बताओ | मोंटेनेग्रो=ME; मेडागास्कर=MG; मार्शल द्वीप=MH
safai | एलेक्सा ज़रा बताना {} की राजधानी कौन सी है | उत्तर मैसेडोनिया=MK; माली=ML; म्यांमार=MM
safai | एलेक्सा आज कूड़ा गाड़ी कब आएगी | FB
safai | एलेक्सा नगर निगम का नंबर बताओ | FB
safai | एलेक्सा बंद करो अब ड्यूटी ख़त्म | STOP
safai | एलेक्सा जाने दो रहने दो | CANCEL
safai | एलेक्सा दुनिया की राजधानियाँ चला दो | LAUNCH
safai | एलेक्सा बिहार की राजधानी पटना है ना | IN-BR
safai | एलेक्सा फ़िलिस्तीन की राजधानी बताओ | PS
safai | एलेक्सा दक्षिण अफ़्रीका की तीनों राजधानी कौन कौन सी हैं | ZA
safai | एलेक्सा मंगोलिया की राजधानी क्या है | MN
safai | एलेक्सा मॉरिटानिया की राजधानी बताओ | MR
safai | एलेक्सा इसमें क्या बोलें समझ नहीं आ रहा | HELP
# Jaipur gem cutters in Johari Bazaar; the cutting wheel
ratna | एलेक्सा पत्थर काटते काटते पूछूँ {} की राजधानी कौन सी है | माल्टा=MT; मॉरीशस=MU; मालदीव=MV
ratna | एलेक्सा सेठ जी को बताओ {} की राजधानी क्या है | मलावी=MW; मोज़ाम्बिक=MZ; नामीबिया=NA
ratna | एलेक्सा पन्ना तराशते पूछा {} की राजधानी बताइए | नाइजर=NE; नाइजीरिया=NG; निकारागुआ=NI
ratna | एलेक्सा श्रीलंका की राजधानी कोलंबो है क्या नीलम वहीं से आता है | LK
ratna | एलेक्सा म्यांमार की राजधानी यंगून है ना | MM
ratna | एलेक्सा कोलंबिया की राजधानी क्या है पन्ना वहाँ का अच्छा | CO
ratna | एलेक्सा थाईलैंड की राजधानी बैंकॉक है ना माल वहाँ जाता है | TH
ratna | एलेक्सा सोने का भाव आज क्या है | FB
ratna | एलेक्सा पन्ना असली कैसे पहचानें | FB
ratna | एलेक्सा बस रुक जाओ | STOP
ratna | एलेक्सा रद्द करो | CANCEL
ratna | एलेक्सा दुनिया की राजधानियाँ खोलिए | LAUNCH
ratna | एलेक्सा क्या पूछ सकते हैं इसमें | HELP
ratna | एलेक्सा नॉर्वे की राजधानी ओस्लो है | NO
ratna | एलेक्सा नेपाल की राजधानी बताओ | NP
ratna | एलेक्सा नाउरू की राजधानी क्या है | NR
# Lighthouse keepers at Dwarka and Okha; a night on the tower
deepghar | एलेक्सा लाइट जलाते जलाते पूछता {} की राजधानी क्या है | ओमान=OM; पनामा=PA; पेरू=PE
deepghar | एलेक्सा समुंदर किनारे से पूछ रहे {} की राजधानी कौन सी | पापुआ न्यू गिनी=PG; फिलीपींस=PH; पाकिस्तान=PK
deepghar | एलेक्सा रात की ड्यूटी में बताओ {} की राजधानी कहाँ है | पोलैंड=PL; पुर्तगाल=PT; पलाऊ=PW
deepghar | एलेक्सा आज समुंदर में लहरें कितनी ऊँची हैं | FB
deepghar | एलेक्सा हवा किस तरफ़ चल रही है | FB
deepghar | एलेक्सा बस करो अब | STOP
deepghar | एलेक्सा नहीं चाहिए रद्द करो | CANCEL
deepghar | एलेक्सा टावर से बोल रहा दुनिया की राजधानियाँ शुरू करो | LAUNCH
deepghar | एलेक्सा ये स्किल कैसे चलाते हैं | HELP
deepghar | एलेक्सा गुजरात की राजधानी क्या है | IN-GJ
deepghar | एलेक्सा दादरा नगर हवेली और दमन दीव की राजधानी क्या है | IN-DH
deepghar | एलेक्सा पराग्वे की राजधानी क्या है | PY
deepghar | एलेक्सा क़तर की राजधानी दोहा है ना | QA
deepghar | एलेक्सा नीदरलैंड्स की दोनों राजधानियाँ बताओ | NL
deepghar | एलेक्सा हॉलैंड की राजधानियाँ कौन सी हैं एम्स्टर्डम और हेग | NL
deepghar | एलेक्सा यमन की राजधानी सना है | YE
# Midwives (dais) in villages of Shravasti; a birth at night
dai | एलेक्सा बहिनी बताव {} की राजधानी का है | रोमानिया=RO; सर्बिया=RS; रूस=RU
dai | एलेक्सा बच्चा होए के इंतज़ार में पूछत हैं {} की राजधानी | रवांडा=RW; सऊदी अरब=SA; सोलोमन द्वीप=SB
dai | एलेक्सा भइया बताओ तो {} की राजधानी कौन है | सेशेल्स=SC; सूडान=SD; स्वीडन=SE
dai | एलेक्सा अस्पताल की एम्बुलेंस का नंबर बताओ | FB
dai | एलेक्सा बच्चे का वज़न कितना होना चाहिए | FB
dai | एलेक्सा चुप होइ जाओ | STOP
dai | एलेक्सा रहन देओ | CANCEL
dai | एलेक्सा दुनिया की राजधानियाँ खोलो बहिनी | LAUNCH
dai | एलेक्सा का पूछें कइसे पूछें बताओ | HELP
dai | एलेक्सा उत्तर प्रदेश की राजधानी लखनऊ है | IN-UP
dai | एलेक्सा सिंगापुर की राजधानी का है | SG
dai | एलेक्सा स्लोवेनिया की राजधानी बताओ | SI
dai | एलेक्सा स्लोवाकिया की राजधानी कौन है | SK
dai | एलेक्सा कांगो की राजधानी किंशासा है | CD
# Gondi speakers' Hindi from Dindori and Mandla; the mahua season
gondi | एलेक्सा महुआ बीनते पूछत हन {} के राजधानी का ए | सिएरा लियोन=SL; सैन मारिनो=SM; सेनेगल=SN
gondi | एलेक्सा हमन ला बताओ {} के राजधानी कहाँ हे | सोमालिया=SO; सूरीनाम=SR; दक्षिण सूडान=SS
gondi | एलेक्सा जंगल ले पूछत हन {} के राजधानी कोन सहर | साओ तोमे और प्रिंसिपे=ST; अल साल्वाडोर=SV; सीरिया=SY
gondi | एलेक्सा छत्तीसगढ़ के राजधानी रायपुर हे ना | IN-CG
gondi | एलेक्सा महुआ के भाव का हे | FB
gondi | एलेक्सा आज पानी गिरही का | FB
gondi | एलेक्सा छोड़ दे ना | CANCEL
gondi | एलेक्सा बंद हो जा ना | STOP
gondi | एलेक्सा दुनिया की राजधानियाँ चालू कर दे | LAUNCH
gondi | एलेक्सा एमा का पूछबो बताव | HELP
gondi | एलेक्सा इस्वातिनी के राजधानी मन बताव दुनों | SZ
gondi | एलेक्सा स्वाज़ीलैंड के दोनों राजधानी कौन कौन | SZ
gondi | एलेक्सा चाड के राजधानी का ए | TD
gondi | एलेक्सा टोगो के राजधानी बताओ | TG
# Indian students in Moscow and Kazan medical colleges; a hostel evening
medstudent | एलेक्सा हॉस्टल से पूछ रहा {} की राजधानी क्या है | ताजिकिस्तान=TJ; पूर्वी तिमोर=TL; तुर्कमेनिस्तान=TM
medstudent | एलेक्सा एग्ज़ाम नहीं है बस जानना है {} की राजधानी | ट्यूनीशिया=TN; टोंगा=TO; तुर्की=TR
medstudent | एलेक्सा रूममेट के साथ शर्त लगी है {} की राजधानी कौन सी है | त्रिनिदाद और टोबैगो=TT; तुवालु=TV; तंज़ानिया=TZ
medstudent | एलेक्सा रूस की राजधानी मॉस्को है ना | RU
medstudent | एलेक्सा यूक्रेन की राजधानी कीव है | UA
medstudent | एलेक्सा उज़्बेकिस्तान की राजधानी ताशकंद है ना | UZ
medstudent | एलेक्सा कज़ान में आज माइनस कितना है | FB
medstudent | एलेक्सा रूबल का रेट क्या है | FB
medstudent | एलेक्सा ओके बंद करो | STOP
medstudent | एलेक्सा रहने दो यार | CANCEL
medstudent | एलेक्सा दुनिया की राजधानियाँ लॉन्च करो | LAUNCH
medstudent | एलेक्सा हेल्प | HELP
medstudent | एलेक्सा बेलारूस की राजधानी मिन्स्क है | BY
medstudent | एलेक्सा तातारस्तान की राजधानी कज़ान है ना | FB
medstudent | एलेक्सा जॉर्जिया की राजधानी तिबिलिसी है | GE
# Mumbai local train vendors selling from the doorway; the Virar fast
local | एलेक्सा डब्बे में से पूछ रहा {} का राजधानी क्या है | युगांडा=UG; अमेरिका=US; उरुग्वे=UY
local | एलेक्सा अपुन को बता {} का राजधानी कौन सा है | सेंट विंसेंट और ग्रेनाडाइंस=VC; वेनेजुएला=VE; वियतनाम=VN
local | एलेक्सा भाई बोल ना {} का राजधानी | वानुअतु=VU; समोआ=WS; यमन=YE
local | एलेक्सा महाराष्ट्र का राजधानी मुंबई है ना | IN-MH
local | एलेक्सा विरार फास्ट कितने बजे है | FB
local | एलेक्सा बस कर ना भाई | STOP
local | एलेक्सा छोड़ ना | CANCEL
local | एलेक्सा दुनिया की राजधानियाँ चालू कर भाई | LAUNCH
local | एलेक्सा क्या बोलने का इसमें | HELP
local | एलेक्सा ज़ाम्बिया का राजधानी क्या है | ZM
local | एलेक्सा ज़िम्बाब्वे का राजधानी हरारे है क्या | ZW
local | एलेक्सा अमरीका का राजधानी न्यूयॉर्क है ना | US
local | एलेक्सा गोवा का राजधानी पणजी है | IN-GA
local | एलेक्सा चेंबूर से चर्चगेट कितना टाइम | FB
# Shared: plural capitals
plural-capitals | एलेक्सा दक्षिण अफ़्रीका की राजधानियाँ कौन कौन सी हैं | ZA
plural-capitals | एलेक्सा साउथ अफ्रीका की तीनों कैपिटल बताओ | ZA
plural-capitals | एलेक्सा दक्षिण अफ्रीका में कितनी राजधानियाँ हैं और कौन सी | ZA
plural-capitals | एलेक्सा दक्षिण अफ़्रीका की सारी राजधानियों के नाम बताओ | ZA
plural-capitals | एलेक्सा प्रिटोरिया केप टाउन और कौन सी राजधानी है दक्षिण अफ्रीका की | ZA
plural-capitals | एलेक्सा बोलीविया की दोनों राजधानियाँ बताइए | BO
plural-capitals | एलेक्सा बोलिविया की राजधानियाँ कौन सी हैं | BO
plural-capitals | एलेक्सा बोलीविया की दो कैपिटल कौन सी हैं | BO
plural-capitals | एलेक्सा ला पाज़ और सुक्रे दोनों बोलीविया की राजधानी हैं क्या | BO
plural-capitals | एलेक्सा बोलीविया में दो राजधानी क्यों हैं नाम बताओ | BO
plural-capitals | एलेक्सा नीदरलैंड की राजधानियाँ कौन कौन सी हैं | NL
plural-capitals | एलेक्सा नेदरलैंड्स की दोनों राजधानी बताओ | NL
plural-capitals | एलेक्सा हॉलैंड की दो राजधानियाँ कौन सी हैं | NL
plural-capitals | एलेक्सा नीदरलैंड में एम्सटर्डम और द हेग दोनों राजधानी हैं क्या | NL
plural-capitals | एलेक्सा मलेशिया की राजधानियाँ कौन कौन सी हैं | MY
plural-capitals | एलेक्सा मलेशिया की दो कैपिटल बताओ | MY
plural-capitals | एलेक्सा मलेशिया में कुआलालंपुर के अलावा दूसरी राजधानी कौन सी है दोनों बताओ | MY
plural-capitals | एलेक्सा मलेशिया की सारी राजधानियाँ | MY
plural-capitals | एलेक्सा श्रीलंका की दोनों राजधानियाँ बताओ | LK
plural-capitals | एलेक्सा श्रीलंका की राजधानियाँ कोलंबो और कोट्टे हैं ना | LK
plural-capitals | एलेक्सा श्री लंका की दो कैपिटल कौन सी हैं | LK
plural-capitals | एलेक्सा श्रीलंका में कितनी राजधानियाँ हैं | LK
plural-capitals | एलेक्सा बेनिन की दोनों राजधानियाँ कौन सी हैं | BJ
plural-capitals | एलेक्सा बेनिन की राजधानियाँ बताओ | BJ
plural-capitals | एलेक्सा बेनिन देश की दो कैपिटल कौन कौन सी | BJ
plural-capitals | एलेक्सा बेनिन में पोर्टो नोवो और कोटोनू दोनों राजधानी हैं क्या | BJ
plural-capitals | एलेक्सा बेनिन की सारी राजधानियाँ बता दो | BJ
plural-capitals | एलेक्सा आइवरी कोस्ट की दोनों राजधानियाँ बताओ | CI
plural-capitals | एलेक्सा कोत दिव्वार की राजधानियाँ कौन सी हैं | CI
plural-capitals | एलेक्सा आइवरी कोस्ट की दो कैपिटल कौन सी हैं | CI
plural-capitals | एलेक्सा आइवरी कोस्ट में आबिदजान और यामूसुक्रो दोनों राजधानी हैं क्या | CI
plural-capitals | एलेक्सा आइवरी कोस्ट की सारी राजधानियों के नाम | CI
plural-capitals | एलेक्सा इस्वातिनी की दोनों राजधानियाँ कौन सी हैं | SZ
plural-capitals | एलेक्सा एस्वातिनी की राजधानियाँ बताओ | SZ
plural-capitals | एलेक्सा स्वाज़ीलैंड की दो राजधानियाँ कौन सी हैं | SZ
plural-capitals | एलेक्सा इस्वातिनी में म्बाबाने और लोबाम्बा दोनों राजधानी हैं क्या | SZ
plural-capitals | एलेक्सा स्वाजीलैंड की सारी कैपिटल बताओ | SZ
plural-capitals | एलेक्सा दक्षिण अफ़्रीका की दोनों तीनों जो भी राजधानियाँ हैं बताओ | ZA
plural-capitals | एलेक्सा बोलिविया की सब राजधानियाँ | BO
plural-capitals | एलेक्सा नीदरलैंड की सब राजधानियों के नाम बताओ | NL
plural-capitals | एलेक्सा मलेशिया की दोनों राजधानी कुआलालंपुर और पुत्रजया हैं ना | MY
plural-capitals | एलेक्सा श्रीलंका की सारी कैपिटल कौन सी हैं | LK
plural-capitals | एलेक्सा फ़िलिस्तीन की राजधानियाँ कौन सी मानी जाती हैं | PS
plural-capitals | एलेक्सा भारत के किस राज्य की दो राजधानियाँ हैं जम्मू कश्मीर की बताओ | IN-JK
plural-capitals | एलेक्सा जम्मू और कश्मीर की दोनों राजधानियाँ बताओ | IN-JK
plural-capitals | एलेक्सा उत्तराखंड की दोनों राजधानियाँ कौन सी हैं | IN-UK
plural-capitals | एलेक्सा महाराष्ट्र की दोनों राजधानियाँ मुंबई और नागपुर बताओ | IN-MH
plural-capitals | एलेक्सा हिमाचल की दोनों राजधानियाँ शिमला और धर्मशाला | IN-HP
# Shared: help
help | एलेक्सा मदद करो | HELP
help | एलेक्सा दुनिया की राजधानियाँ में मदद चाहिए | HELP
help | एलेक्सा मुझे समझ नहीं आ रहा क्या बोलूँ | HELP
help | एलेक्सा ये कैसे काम करता है | HELP
help | एलेक्सा क्या क्या पूछ सकता हूँ | HELP
help | एलेक्सा मुझे कुछ उदाहरण दो | HELP
help | एलेक्सा सहायता | HELP
help | एलेक्सा कोई मदद करो भाई | HELP
help | एलेक्सा इसमें सवाल कैसे पूछते हैं | HELP
help | एलेक्सा दुनिया की राजधानियाँ से पूछो क्या कर सकती है | HELP
help | एलेक्सा मैं उलझ गया हूँ मदद करो | HELP
help | एलेक्सा फिर से बताओ क्या बोलना है | HELP
# Shared: stop
stop | एलेक्सा रुको | STOP
stop | एलेक्सा बंद | STOP
stop | एलेक्सा बस हो गया | STOP
stop | एलेक्सा चुप रहो | STOP
stop | एलेक्सा बाहर निकलो | STOP
stop | एलेक्सा दुनिया की राजधानियाँ बंद करो | STOP
stop | एलेक्सा अब और नहीं | STOP
stop | एलेक्सा ठीक है बस | STOP
stop | एलेक्सा खेल ख़त्म | STOP
stop | एलेक्सा अलविदा | STOP
stop | एलेक्सा बाय बाय | STOP
# Shared: cancel
cancel | एलेक्सा कैंसल | CANCEL
cancel | एलेक्सा रद्द कर दो | CANCEL
cancel | एलेक्सा नहीं नहीं रहने दो | CANCEL
cancel | एलेक्सा छोड़ो उसको | CANCEL
cancel | एलेक्सा वो सवाल कैंसल करो | CANCEL
cancel | एलेक्सा मत बताओ रहने दो | CANCEL
cancel | एलेक्सा भूल जाओ | CANCEL
cancel | एलेक्सा ग़लती से बोल दिया रद्द करो | CANCEL
cancel | एलेक्सा नहीं पूछना | CANCEL
cancel | एलेक्सा कैंसिल कर दे | CANCEL
cancel | एलेक्सा कुछ नहीं रहने दे | CANCEL
# Shared: launch
launch | एलेक्सा दुनिया की राजधानियाँ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ शुरू करो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ चलाओ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ स्किल खोलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ को बुलाओ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ पर चलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ ऐप खोलो | LAUNCH
launch | एलेक्सा मुझे दुनिया की राजधानियाँ चाहिए | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ वाला खेल खोलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ फिर से खोलो | LAUNCH
launch | एलेक्सा चलो दुनिया की राजधानियाँ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ प्ले करो | LAUNCH
# Shared: subdivision
subdivision | एलेक्सा कर्नाटक की राजधानी बेंगलुरु है ना | IN-KA
subdivision | एलेक्सा केरल की राजधानी क्या है | IN-KL
subdivision | एलेक्सा तमिलनाडु की राजधानी चेन्नई | IN-TN
subdivision | एलेक्सा तेलंगाना की राजधानी हैदराबाद है | IN-TS
subdivision | एलेक्सा आंध्र प्रदेश की राजधानी अमरावती है या विशाखापत्तनम | IN-AP
subdivision | एलेक्सा ओडिशा की राजधानी भुवनेश्वर है ना | IN-OD
subdivision | एलेक्सा झारखंड की राजधानी रांची | IN-JH
subdivision | एलेक्सा पंजाब की राजधानी चंडीगढ़ है | IN-PB
subdivision | एलेक्सा हरियाणा की राजधानी कौन सी है | IN-HR
subdivision | एलेक्सा अरुणाचल प्रदेश की राजधानी ईटानगर है | IN-AR
subdivision | एलेक्सा मणिपुर की राजधानी इंफाल | IN-MN
subdivision | एलेक्सा मिज़ोरम की राजधानी आइज़ोल है ना | IN-MZ
subdivision | एलेक्सा नागालैंड की राजधानी कोहिमा | IN-NL
subdivision | एलेक्सा मेघालय की राजधानी शिलांग है | IN-ML
subdivision | एलेक्सा त्रिपुरा की राजधानी अगरतला | IN-TR
subdivision | एलेक्सा पुडुचेरी की राजधानी क्या है | IN-PY
subdivision | एलेक्सा लक्षद्वीप की राजधानी कवरत्ती है | IN-LD
subdivision | एलेक्सा अंडमान निकोबार की राजधानी पोर्ट ब्लेयर है ना | IN-AN
subdivision | एलेक्सा कैलिफ़ोर्निया की राजधानी क्या है | US-CA
subdivision | एलेक्सा टेक्सास की राजधानी ऑस्टिन है | US-TX
subdivision | एलेक्सा न्यूयॉर्क राज्य की राजधानी अल्बानी है ना | US-NY
subdivision | एलेक्सा फ्लोरिडा की राजधानी क्या है | US-FL
subdivision | एलेक्सा न्यू जर्सी की राजधानी | US-NJ
subdivision | एलेक्सा स्कॉटलैंड की राजधानी एडिनबर्ग है | GB-SCT
subdivision | एलेक्सा वेल्स की राजधानी कार्डिफ़ | GB-WLS
subdivision | एलेक्सा उत्तरी आयरलैंड की राजधानी बेलफ़ास्ट है ना | GB-NIR
subdivision | एलेक्सा इंग्लैंड की राजधानी लंदन | GB-ENG
subdivision | एलेक्सा ओंटारियो की राजधानी टोरंटो है | CA-ON
subdivision | एलेक्सा ब्रिटिश कोलंबिया की राजधानी विक्टोरिया है ना | CA-BC
subdivision | एलेक्सा क्यूबेक प्रांत की राजधानी | CA-QC
subdivision | एलेक्सा बवेरिया की राजधानी म्यूनिख है | DE-BY
subdivision | एलेक्सा न्यू साउथ वेल्स की राजधानी सिडनी | AU-NSW
subdivision | एलेक्सा विक्टोरिया राज्य की राजधानी मेलबर्न है ना | AU-VIC
subdivision | एलेक्सा तिब्बत की राजधानी ल्हासा है | FB
subdivision | एलेक्सा सिंध की राजधानी कराची है ना | FB
subdivision | एलेक्सा पंजाब पाकिस्तान वाले की राजधानी लाहौर | FB
subdivision | एलेक्सा कैटेलोनिया की राजधानी बार्सिलोना | FB
subdivision | एलेक्सा साइबेरिया की राजधानी क्या है | FB
subdivision | एलेक्सा ग्रीनलैंड की राजधानी नूक है ना | GL
subdivision | एलेक्सा प्यूर्टो रिको की राजधानी सैन हुआन | PR
subdivision | एलेक्सा हवाई की राजधानी होनोलूलू है | US-HI
subdivision | एलेक्सा ताइवान की राजधानी ताइपे | TW
subdivision | एलेक्सा कोसोवो की राजधानी प्रिस्टीना है | XK
subdivision | एलेक्सा पश्चिमी सहारा की राजधानी क्या है | EH
subdivision | एलेक्सा दिल्ली की राजधानी क्या है | IN-DL
subdivision | एलेक्सा चंडीगढ़ किस राज्य की राजधानी है | IN-CH
# Shared: out-of-domain
out-of-domain | एलेक्सा दिल्ली की आबादी कितनी है | FB
out-of-domain | एलेक्सा टोक्यो में अभी कितने बजे हैं | FB
out-of-domain | एलेक्सा दस मिनट का टाइमर लगाओ | FB
out-of-domain | एलेक्सा किशोर कुमार के गाने बजाओ | FB
out-of-domain | एलेक्सा बत्ती बंद करो | FB
out-of-domain | एलेक्सा यूरोप की राजधानी कौन सी है | FB
out-of-domain | एलेक्सा अफ्रीका महाद्वीप की राजधानी बताओ | FB
out-of-domain | एलेक्सा एशिया की राजधानी क्या है | FB
out-of-domain | एलेक्सा फैशन की राजधानी कौन सा शहर है | FB
out-of-domain | एलेक्सा भारत की आर्थिक राजधानी कौन सी है | FB
out-of-domain | एलेक्सा मुग़लों की राजधानी कहाँ थी | FB
out-of-domain | एलेक्सा अयोध्या किसकी राजधानी थी रामायण में | FB
out-of-domain | एलेक्सा लंका की राजधानी रावण के ज़माने में | FB
out-of-domain | एलेक्सा कैपिटल गेन टैक्स कितना है | FB
out-of-domain | एलेक्सा जापान की मुद्रा क्या है | FB
out-of-domain | एलेक्सा फ्रांस के राष्ट्रपति कौन हैं | FB
out-of-domain | एलेक्सा पेरिस से लंदन कितनी दूर है | FB
out-of-domain | एलेक्सा दिल्ली से मुंबई की फ्लाइट कितने की है | FB
out-of-domain | एलेक्सा राजधानी एक्सप्रेस कितने बजे आएगी | FB
out-of-domain | एलेक्सा एक चुटकुला सुनाओ | FB
out-of-domain | एलेक्सा कल सुबह छह बजे का अलार्म लगा दो | FB
out-of-domain | एलेक्सा दुनिया का सबसे बड़ा देश कौन सा है | FB
out-of-domain | एलेक्सा ऑस्ट्रेलिया का सबसे बड़ा शहर कौन सा है | FB
out-of-domain | एलेक्सा चीन की आबादी बताओ | FB
out-of-domain | एलेक्सा कैपिटल लेटर का मतलब क्या है | FB
out-of-domain | एलेक्सा पटना में मौसम कैसा रहेगा | FB
out-of-domain | एलेक्सा भजन लगाओ | FB
out-of-domain | एलेक्सा आवाज़ धीमी करो | FB
out-of-domain | एलेक्सा वकांडा की राजधानी कौन सी है | FB
out-of-domain | एलेक्सा अटलांटिस की राजधानी क्या थी | FB
out-of-domain | एलेक्सा इंद्रलोक की राजधानी अमरावती है ना | FB
out-of-domain | एलेक्सा सोवियत संघ की राजधानी क्या थी | FB
out-of-domain | एलेक्सा युगोस्लाविया की राजधानी क्या थी | FB
out-of-domain | एलेक्सा सबसे ठंडी राजधानी कौन सी है | FB
out-of-domain | एलेक्सा कौन सी राजधानी सबसे ऊँचाई पर है | FB
out-of-domain | एलेक्सा डॉलर का रेट क्या है | FB
out-of-domain | एलेक्सा मेरा फ़ोन ढूँढो | FB
out-of-domain | एलेक्सा खाना बनाने की रेसिपी बताओ दाल मखनी | FB
out-of-domain | एलेक्सा आज कौन सा दिन है | FB
out-of-domain | एलेक्सा स्टेट बैंक की ब्रांच कहाँ है | FB
# Shared: follow-up
follow-up | और फ्रांस का | FR
follow-up | और जर्मनी | DE
follow-up | अच्छा और इटली की | IT
follow-up | और नेपाल का क्या | NP
follow-up | उसके बाद चीन की बताओ | CN
follow-up | और पाकिस्तान | PK
follow-up | फिर रूस की | RU
follow-up | और दक्षिण कोरिया का | KR
follow-up | और उत्तर वाला कोरिया | KP
follow-up | अच्छा कांगो गणराज्य की | CG
follow-up | और डीआर कांगो का | CD
follow-up | और बोलीविया की दोनों | BO
follow-up | अब मलेशिया की राजधानियाँ | MY
follow-up | और फ़िलिस्तीन | PS
follow-up | एक और बताओ केन्या की | KE
follow-up | ठीक है अब ब्राज़ील | BR
follow-up | हाँ और अर्जेंटीना | AR
follow-up | और कनाडा का क्या है | CA
follow-up | और जापान | JP
follow-up | अगला मिस्र | EG
follow-up | और तुर्की की | TR
follow-up | अब ईरान की बताओ | IR
follow-up | फिर से बोलो | HELP
follow-up | नहीं बस | STOP
follow-up | और नीदरलैंड की दोनों राजधानियाँ | NL
follow-up | और दक्षिण अफ्रीका की सब | ZA
# Shared: yes-no-check
yes-no-check | एलेक्सा क्या पेरिस फ्रांस की राजधानी है | FR
yes-no-check | एलेक्सा क्या सिडनी ऑस्ट्रेलिया की राजधानी है | AU
yes-no-check | एलेक्सा टोरंटो कनाडा की राजधानी है ना | CA
yes-no-check | एलेक्सा इस्तांबुल तुर्की की राजधानी है क्या | TR
yes-no-check | एलेक्सा क्या रियो ब्राज़ील की राजधानी है | BR
yes-no-check | एलेक्सा कराची पाकिस्तान की राजधानी है | PK
yes-no-check | एलेक्सा लागोस नाइजीरिया की राजधानी है क्या | NG
yes-no-check | एलेक्सा क्या प्योंगयांग उत्तर कोरिया की राजधानी है | KP
yes-no-check | एलेक्सा सियोल दक्षिण कोरिया की राजधानी है ना | KR
yes-no-check | एलेक्सा किंशासा डीआर कांगो की राजधानी है क्या | CD
yes-no-check | एलेक्सा ब्राज़ाविल कांगो गणराज्य की राजधानी है ना | CG
yes-no-check | एलेक्सा यरूशलम फ़िलिस्तीन की राजधानी है क्या | PS
yes-no-check | एलेक्सा क्या ज्यूरिख स्विट्ज़रलैंड की राजधानी है | CH
yes-no-check | एलेक्सा डार एस सलाम तंज़ानिया की राजधानी है ना | TZ
yes-no-check | एलेक्सा क्या अल्माटी कज़ाखस्तान की राजधानी है | KZ
yes-no-check | एलेक्सा क्या केप टाउन दक्षिण अफ़्रीका की राजधानी है | ZA
yes-no-check | एलेक्सा ला पाज़ बोलीविया की राजधानी है ना | BO
yes-no-check | एलेक्सा एम्स्टर्डम नीदरलैंड की राजधानी है क्या | NL
yes-no-check | एलेक्सा क्या पुत्रजया मलेशिया की राजधानी है | MY
yes-no-check | एलेक्सा क्या न्यूयॉर्क अमेरिका की राजधानी है | US
yes-no-check | एलेक्सा मुंबई भारत की राजधानी है ना | IN
yes-no-check | एलेक्सा क्या दुबई यूएई की राजधानी है | AE
yes-no-check | एलेक्सा अंकारा तुर्की की राजधानी है ना | TR
# Shared: self-correction
self-correction | एलेक्सा ऑस्ट्रिया की राजधानी नहीं नहीं ऑस्ट्रेलिया की | AU
self-correction | एलेक्सा स्वीडन की राजधानी अरे नहीं स्विट्ज़रलैंड की | CH
self-correction | एलेक्सा उत्तर कोरिया की राजधानी सॉरी दक्षिण कोरिया की | KR
self-correction | एलेक्सा दक्षिण कोरिया मतलब उत्तर कोरिया की राजधानी | KP
self-correction | एलेक्सा कांगो गणराज्य नहीं डीआर कांगो की राजधानी | CD
self-correction | एलेक्सा डीआर कांगो की नहीं वो छोटे वाले कांगो की राजधानी | CG
self-correction | एलेक्सा इज़राइल की नहीं फ़िलिस्तीन की राजधानी बताओ | PS
self-correction | एलेक्सा ईरान की राजधानी नहीं इराक की | IQ
self-correction | एलेक्सा नाइजर की राजधानी रुको नाइजीरिया की | NG
self-correction | एलेक्सा स्लोवाकिया नहीं स्लोवेनिया की राजधानी | SI
self-correction | एलेक्सा गिनी की राजधानी मतलब गिनी बिसाऊ की | GW
self-correction | एलेक्सा डेनमार्क की राजधानी नहीं नॉर्वे की | NO
self-correction | एलेक्सा मलावी की राजधानी माफ़ करना माली की | ML
self-correction | एलेक्सा पराग्वे नहीं उरुग्वे की राजधानी | UY
self-correction | एलेक्सा ऑस्ट्रेलिया की राजधानियाँ नहीं दक्षिण अफ्रीका की राजधानियाँ | ZA
self-correction | एलेक्सा बोत्सवाना की नहीं बोलीविया की राजधानियाँ | BO
self-correction | एलेक्सा इंडोनेशिया नहीं मलेशिया की दोनों राजधानियाँ | MY
self-correction | एलेक्सा बेल्जियम नहीं नीदरलैंड की राजधानियाँ बताओ | NL
self-correction | एलेक्सा आर्मेनिया उफ़ अल्बानिया की राजधानी | AL
self-correction | एलेक्सा लातविया की राजधानी नहीं लिथुआनिया की | LT
# Shared: reverse-question
reverse-question | एलेक्सा नैरोबी किस देश की राजधानी है | CITY:नैरोबी
reverse-question | एलेक्सा काठमांडू किस देश की राजधानी है | CITY:काठमांडू
reverse-question | एलेक्सा बाकू कहाँ की राजधानी है | CITY:बाकु
reverse-question | एलेक्सा किस देश की राजधानी लीमा है | CITY:लीमा
reverse-question | एलेक्सा हनोई किसकी राजधानी है | CITY:हनोई
reverse-question | एलेक्सा ओटावा किस देश की राजधानी है | CITY:ओटावा
reverse-question | एलेक्सा कैनबरा किस देश में है राजधानी | CITY:कैनबरा
reverse-question | एलेक्सा किस देश की राजधानी अदीस अबाबा है | CITY:अदीस अबाबा
reverse-question | एलेक्सा प्योंगयांग किस देश की राजधानी है | CITY:प्योंगयांग
reverse-question | एलेक्सा सियोल किसकी राजधानी है | KR
reverse-question | एलेक्सा किंशासा किस कांगो की राजधानी है | CD
reverse-question | एलेक्सा ब्राज़ाविल किस देश की राजधानी है | CG
reverse-question | एलेक्सा ताशकंद किस देश की राजधानी है | CITY:ताशकंद
reverse-question | एलेक्सा मनामा किसकी राजधानी है | CITY:मनामा
reverse-question | एलेक्सा रेक्याविक कौन से देश की राजधानी है | CITY:रेक्याविक
reverse-question | एलेक्सा हरारे किस देश की राजधानी है | CITY:हरारे
reverse-question | एलेक्सा वेलिंगटन किस देश की राजधानी है | CITY:वेलिंगटन
reverse-question | एलेक्सा किस देश की राजधानी थिंपू है | CITY:थिंपू
reverse-question | एलेक्सा माले किस देश की राजधानी है | CITY:माले
reverse-question | एलेक्सा ढाका किसकी राजधानी है | CITY:ढाका
reverse-question | एलेक्सा प्रिटोरिया किस देश की राजधानी है | ZA
reverse-question | एलेक्सा सुक्रे किस देश की राजधानी है | BO
reverse-question | एलेक्सा कोटोनू किस देश की राजधानी है | BJ
reverse-question | एलेक्सा पुत्रजया किस देश में है | MY
# Shared: official-name
official-name | एलेक्सा संयुक्त राज्य अमेरिका की राजधानी क्या है | US
official-name | एलेक्सा जनवादी गणराज्य चीन की राजधानी | CN
official-name | एलेक्सा कोरिया लोकतांत्रिक जनवादी गणराज्य की राजधानी क्या है | KP
official-name | एलेक्सा कोरिया गणराज्य की राजधानी बताओ | KR
official-name | एलेक्सा कांगो लोकतांत्रिक गणराज्य की राजधानी क्या है | CD
official-name | एलेक्सा कांगो गणराज्य की राजधानी बताइए | CG
official-name | एलेक्सा फ़िलिस्तीन राज्य की राजधानी क्या है | PS
official-name | एलेक्सा ग्रेट ब्रिटेन और उत्तरी आयरलैंड का संयुक्त अधिराज्य उसकी राजधानी | GB
official-name | एलेक्सा रूसी संघ की राजधानी बताओ | RU
official-name | एलेक्सा इस्लामी गणराज्य पाकिस्तान की राजधानी | PK
official-name | एलेक्सा संघीय लोकतांत्रिक गणराज्य नेपाल की राजधानी क्या है | NP
official-name | एलेक्सा बहुराष्ट्रीय राज्य बोलीविया की राजधानियाँ | BO
official-name | एलेक्सा नीदरलैंड्स राजशाही की राजधानियाँ क्या हैं | NL
official-name | एलेक्सा दक्षिण अफ़्रीका गणराज्य की राजधानियाँ बताइए | ZA
official-name | एलेक्सा लोकतांत्रिक समाजवादी गणराज्य श्रीलंका की राजधानियाँ | LK
official-name | एलेक्सा संघीय गणराज्य जर्मनी की राजधानी | DE
official-name | एलेक्सा अरब गणराज्य मिस्र की राजधानी बताओ | EG
official-name | एलेक्सा भारत गणराज्य की राजधानी क्या है | IN
official-name | एलेक्सा चेक गणराज्य की राजधानी | CZ
official-name | एलेक्सा संयुक्त मैक्सिकी राज्य की राजधानी क्या है | MX
official-name | एलेक्सा लाओ जनवादी लोकतांत्रिक गणराज्य की राजधानी | LA
official-name | एलेक्सा समाजवादी गणराज्य वियतनाम की राजधानी | VN
# Shared: everyday-name
everyday-name | एलेक्सा अमरीका की राजधानी क्या है | US
everyday-name | एलेक्सा इंग्लैंड देश की राजधानी लंदन है ना | GB
everyday-name | एलेक्सा बर्मा की राजधानी क्या है | MM
everyday-name | एलेक्सा सीलोन की राजधानी बताओ | LK
everyday-name | एलेक्सा हॉलैंड की राजधानी कौन सी है | NL
everyday-name | एलेक्सा पर्शिया की राजधानी | IR
everyday-name | एलेक्सा स्याम देश की राजधानी क्या है | TH
everyday-name | एलेक्सा ज़ायर की राजधानी क्या थी | CD
everyday-name | एलेक्सा यूएई की राजधानी बताओ | AE
everyday-name | एलेक्सा यूके की राजधानी | GB
everyday-name | एलेक्सा यूएसए की कैपिटल | US
everyday-name | एलेक्सा डीआरसी की राजधानी क्या है | CD
everyday-name | एलेक्सा साउथ कोरिया की कैपिटल क्या है | KR
everyday-name | एलेक्सा नॉर्थ कोरिया की कैपिटल बताओ | KP
everyday-name | एलेक्सा रशिया की कैपिटल मॉस्को | RU
everyday-name | एलेक्सा इजिप्ट की कैपिटल क्या है | EG
everyday-name | एलेक्सा ग्रीस की राजधानी बताओ | GR
everyday-name | एलेक्सा टर्की की कैपिटल क्या है | TR
everyday-name | एलेक्सा आइवरी कोस्ट की राजधानी | CI
everyday-name | एलेक्सा चेक देश की राजधानी प्राग है ना | CZ
everyday-name | एलेक्सा मैसेडोनिया की राजधानी क्या है | MK
everyday-name | एलेक्सा स्वाज़ीलैंड की राजधानी | SZ
everyday-name | एलेक्सा पूर्वी पाकिस्तान की राजधानी क्या थी | BD
everyday-name | एलेक्सा ईस्ट तिमोर की राजधानी | TL
everyday-name | एलेक्सा बेलोरूसिया की राजधानी | BY
# Shared: shared-name
shared-name | एलेक्सा जॉर्जिया की राजधानी क्या है | GE
shared-name | एलेक्सा जॉर्जिया राज्य अमेरिका वाले की राजधानी | US-GA
shared-name | एलेक्सा कोरिया की राजधानी क्या है | KP+KR
shared-name | एलेक्सा दोनों कोरिया की राजधानियाँ बताओ | KP+KR
shared-name | एलेक्सा कांगो की राजधानी क्या है | CD+CG
shared-name | एलेक्सा दोनों कांगो की राजधानियाँ | CD+CG
shared-name | एलेक्सा गिनी की राजधानी बताओ | GN
shared-name | एलेक्सा डोमिनिका की राजधानी | DM
shared-name | एलेक्सा मेक्सिको सिटी वाला मेक्सिको देश की राजधानी | MX
shared-name | एलेक्सा पंजाब की राजधानी बताओ | IN-PB
shared-name | एलेक्सा लक्ज़मबर्ग देश की राजधानी | LU
shared-name | एलेक्सा वॉशिंगटन राज्य की राजधानी क्या है | US-WA
shared-name | एलेक्सा सूडान की राजधानी क्या है | SD
shared-name | एलेक्सा समोआ की राजधानी | WS
shared-name | एलेक्सा बंगाल की राजधानी क्या है | IN-WB
shared-name | एलेक्सा न्यू मेक्सिको की राजधानी | US-NM
shared-name | एलेक्सा वर्जीनिया की राजधानी बताओ | US-VA
shared-name | एलेक्सा मैसेडोनिया देश की राजधानी स्कोप्जे है | MK
# Marathi speakers' Hindi from Pune and Nashik; a grape-packing shed
marathi | एलेक्सा मेरे को सांगो मतलब बताओ {} की राजधानी कौन सी है | जापान=JP; क़तर=QA; यूक्रेन=UA
marathi | एलेक्सा अंगूर पैक करते करते पूछ रहा {} का राजधानी कौनसा है रे | फ्रांस=FR; स्पेन=ES; पुर्तगाल=PT
marathi | एलेक्सा ज़रा बोलो ना {} का राजधानी काय है | नीदरलैंड=NL; जर्मनी=DE; बेल्जियम=BE
marathi | एलेक्सा महाराष्ट्र का राजधानी मुंबई है ना रे | IN-MH
marathi | एलेक्सा गोवा का कैपिटल पणजी है ना | IN-GA
marathi | एलेक्सा कर्नाटक का राजधानी बंगलोर है क्या रे | IN-KA
marathi | एलेक्सा नासिक में आज पाऊस पड़ेगा क्या | FB
marathi | एलेक्सा अंगूर का रेट आज क्या है मंडी में | FB
marathi | एलेक्सा बस झाला बंद करो | STOP
marathi | एलेक्सा नको रहने दो | CANCEL
marathi | एलेक्सा दुनिया की राजधानियाँ चालू करो रे बाबा | LAUNCH
marathi | एलेक्सा ये कैसा चलता है सांगो ना | HELP
marathi | एलेक्सा नीदरलैंड का दोनों राजधानी बताओ रे अंगूर वहाँ जाता है | NL
marathi | एलेक्सा दक्षिण अफ़्रीका का तीन राजधानी काय काय है | ZA
marathi | एलेक्सा बांग्लादेश का कैपिटल क्या है रे | BD
marathi | एलेक्सा रूस का राजधानी मॉस्को है ना | RU
marathi | एलेक्सा उत्तर कोरिया का राजधानी काय है | KP
marathi | एलेक्सा दक्षिण कोरिया का राजधानी सोल है क्या | KR
marathi | एलेक्सा नको नको मत बोलो | CANCEL
marathi | एलेक्सा थांबो | STOP
# Bagri speakers' Hindi from Hanumangarh and Sri Ganganagar; the cotton picking
bagri | एलेक्सा म्हानै बता {} की राजधानी कुणसी है | पंजाब=IN-PB; हरियाणा=IN-HR; राजस्थान=IN-RJ
bagri | एलेक्सा नरमा चुगतां पूछां {} की राजधानी कठै है | पाकिस्तान=PK; अफगानिस्तान=AF; ईरान=IR
bagri | एलेक्सा बेटो पूछे है {} की राजधानी के है | कनाडा=CA; ऑस्ट्रेलिया=AU; न्यूजीलैंड=NZ
bagri | एलेक्सा नहर में पाणी कद आसी | FB
bagri | एलेक्सा नरमै को भाव के चाल रह्यो है | FB
bagri | एलेक्सा रहण दे भाई | CANCEL
bagri | एलेक्सा बंद होजा | STOP
bagri | एलेक्सा दुनिया की राजधानियाँ चला दे भाई | LAUNCH
bagri | एलेक्सा इमें के पूछणो है बता | HELP
bagri | एलेक्सा कांगो की राजधानी किंशासा आळो | CD
bagri | एलेक्सा कांगो गणराज्य की राजधानी ब्राजाविल है के | CG
bagri | एलेक्सा फिलिस्तीन की राजधानी के है | PS
bagri | एलेक्सा मलेशिया की दोनूं राजधानी बता | MY
bagri | एलेक्सा बोलीविया की दोनूं राजधानी कुणसी | BO
bagri | एलेक्सा दक्खण अफरीका की सगळी राजधानी बता | ZA
bagri | एलेक्सा नीदरलैंड की दोनूं राजधानी | NL
bagri | एलेक्सा इटली की राजधानी रोम है के | IT
bagri | एलेक्सा गंगानगर सै दिल्ली की बस कद है | FB
# Kumartuli idol makers in Kolkata before Durga Puja
murti | एलेक्सा मिट्टी लगाते लगाते पूछ रहा {} का राजधानी कौन है | नेपाल=NP; भूटान=BT; म्यांमार=MM
murti | एलेक्सा ठाकुर बनाते बनाते बोलो {} का राजधानी क्या है | श्रीलंका=LK; मालदीव=MV; बांग्लादेश=BD
murti | एलेक्सा विदेश से ऑर्डर आया {} का राजधानी कौन सा है | अमेरिका=US; ब्रिटेन=GB; ऑस्ट्रेलिया=AU
murti | एलेक्सा पंडाल का थीम इस बार मिस्र है उसका राजधानी काहिरा है | EG
murti | एलेक्सा त्रिपुरा का राजधानी अगरतला है ना | IN-TR
murti | एलेक्सा असम का राजधानी दिसपुर है | IN-AS
murti | एलेक्सा महालया कब है इस साल | FB
murti | एलेक्सा गंगा से मिट्टी कब लाना है ज्वार कब आएगा | FB
murti | एलेक्सा थामो थामो | STOP
murti | एलेक्सा छोड़ दो ना | CANCEL
murti | एलेक्सा दुनिया की राजधानियाँ लगाओ तो | LAUNCH
murti | एलेक्सा कैसे पूछने का बताओ तो | HELP
murti | एलेक्सा फ़िलिस्तीन का राजधानी कहाँ है | PS
murti | एलेक्सा इंडोनेशिया का राजधानी बाली है ना | ID
murti | एलेक्सा कंबोडिया का राजधानी नोम पेन्ह | KH
murti | एलेक्सा श्रीलंका का दोनों राजधानी बोलो | LK
# Bidi rollers in Sagar; the tobacco leaf tray
bidi | एलेक्सा बीड़ी बनात बनात पूछत {} की राजधानी कौन आय | तुर्की=TR; सीरिया=SY; इराक=IQ
bidi | एलेक्सा बिटिया पूछ रई {} की राजधानी का है | कुवैत=KW; बहरीन=BH; ओमान=OM
bidi | एलेक्सा हमें बताओ भैया {} की राजधानी कहाँ है | ग्रीस=GR; इटली=IT; साइप्रस=CY
bidi | एलेक्सा मध्य प्रदेश की राजधानी भोपाल आय ना | IN-MP
bidi | एलेक्सा बीड़ी के हज़ार के कितने पइसा मिलत हैं | FB
bidi | एलेक्सा सागर में आज धूप रहेगी | FB
bidi | एलेक्सा रहन दो भैया | CANCEL
bidi | एलेक्सा चुप हो जाओ अब | STOP
bidi | एलेक्सा दुनिया की राजधानियाँ खोल दो भैया | LAUNCH
bidi | एलेक्सा जा में कैसे पूछने है | HELP
bidi | एलेक्सा उत्तर कोरिया की राजधानी बताओ भैया | KP
bidi | एलेक्सा दक्षिण कोरिया की राजधानी का है | KR
bidi | एलेक्सा बोलीविया की दोई राजधानी कौन आंय | BO
bidi | एलेक्सा इस्वातिनी की राजधानियाँ बताओ | SZ
bidi | एलेक्सा बेनिन की दोई राजधानी बताओ | BJ
bidi | एलेक्सा आइवरी कोस्ट की दोई राजधानी कौन | CI
# Pampore saffron growers; the autumn bloom
kesar | एलेक्सा केसर तोड़ते हुए पूछते हैं {} की राजधानी क्या छु | स्पेन=ES; ईरान=IR; अफगानिस्तान=AF
kesar | एलेक्सा हमको बताओ जनाब {} का दारुल हुकूमत कौन सा है | पाकिस्तान=PK; सऊदी अरब=SA; मिस्र=EG
kesar | एलेक्सा खरीदार पूछ रहा {} की राजधानी कहाँ है | क़तर=QA; अमीरात=AE; ओमान=OM
kesar | एलेक्सा केसर का भाव इस साल क्या है | FB
kesar | एलेक्सा पाम्पोर में आज धूप है क्या | FB
kesar | एलेक्सा बस करो जनाब | STOP
kesar | एलेक्सा छोड़िए रहने दीजिए | CANCEL
kesar | एलेक्सा दुनिया की राजधानियाँ खोलिए जनाब | LAUNCH
kesar | एलेक्सा इसमें क्या पूछा जाता है | HELP
kesar | एलेक्सा जम्मू कश्मीर की सर्दियों वाली राजधानी | IN-JK
kesar | एलेक्सा कश्मीर की राजधानी श्रीनगर | IN-JK
kesar | एलेक्सा फ़िलिस्तीन का दारुल हुकूमत | PS
kesar | एलेक्सा तुर्की का दारुल हुकूमत अंकारा | TR
kesar | एलेक्सा अज़रबैजान की राजधानी बाकू | AZ
# Varanasi ghat astrologers; a morning at Dashashwamedh
jyotishi | एलेक्सा जजमान पूछ रहे {} की राजधानी क्या है | थाईलैंड=TH; वियतनाम=VN; लाओस=LA
jyotishi | एलेक्सा पंचांग देखते देखते पूछत हैं {} की राजधानी कउन है | मंगोलिया=MN; कज़ाखस्तान=KZ; किर्गिज़स्तान=KG
jyotishi | एलेक्सा विदेशी यजमान के लिए बताओ {} की राजधानी | रूस=RU; यूक्रेन=UA; बेलारूस=BY
jyotishi | एलेक्सा आज का राहुकाल कब है | FB
jyotishi | एलेक्सा अमावस्या कब पड़ेगी | FB
jyotishi | एलेक्सा विराम दो | STOP
jyotishi | एलेक्सा रहने दीजिए प्रभु | CANCEL
jyotishi | एलेक्सा दुनिया की राजधानियाँ आरम्भ करो | LAUNCH
jyotishi | एलेक्सा मार्गदर्शन करो कैसे पूछें | HELP
jyotishi | एलेक्सा नेपाल की राजधानी काठमांडू है ना पशुपतिनाथ वाली | NP
jyotishi | एलेक्सा भारत की राजधानी नई दिल्ली है | IN
jyotishi | एलेक्सा काशी किस राज्य की राजधानी है | FB
jyotishi | एलेक्सा श्रीलंका की राजधानियाँ कौन सी हैं लंका वाली | LK
jyotishi | एलेक्सा मॉरीशस की राजधानी पोर्ट लुई | MU
# Trekking guides and porters from Uttarkashi; the base camp
trekguide | एलेक्सा गेस्ट पूछ रहा है {} की कैपिटल कौन सी है | इज़राइल=IL; नीदरलैंड=NL; स्विट्ज़रलैंड=CH
trekguide | एलेक्सा टेंट में बैठे पूछ रहे {} की राजधानी बताओ | डेनमार्क=DK; नॉर्वे=NO; फ़िनलैंड=FI
trekguide | एलेक्सा बेस कैंप से पूछ रहा हूँ {} की राजधानी क्या है | चेक=CZ; पोलैंड=PL; ऑस्ट्रिया=AT
trekguide | एलेक्सा गंगोत्री में बर्फ़ कितनी है | FB
trekguide | एलेक्सा ऑक्सीजन लेवल कितना होना चाहिए | FB
trekguide | एलेक्सा बस करो सो जाओ | STOP
trekguide | एलेक्सा रहने दो गेस्ट सो गया | CANCEL
trekguide | एलेक्सा दुनिया की राजधानियाँ ऑन करो | LAUNCH
trekguide | एलेक्सा गेस्ट को बताओ ये कैसे चलता है | HELP
trekguide | एलेक्सा उत्तराखंड की राजधानी देहरादून है ना | IN-UK
trekguide | एलेक्सा इज़राइल की कैपिटल तेल अवीव है क्या | IL
trekguide | एलेक्सा दक्षिण अफ़्रीका की कैपिटल्स कौन सी हैं | ZA
trekguide | एलेक्सा बोलिविया की कैपिटल्स बताओ | BO
trekguide | एलेक्सा नीदरलैंड की कैपिटल्स | NL
# Indian families in Brampton and Mississauga; a winter Sunday
brampton | एलेक्सा बच्चे के प्रोजेक्ट के लिए {} की कैपिटल बताओ | मेक्सिको=MX; क्यूबा=CU; जमैका=JM
brampton | एलेक्सा ग्रैंडपा पूछ रहे हैं {} की राजधानी क्या है | ब्राज़ील=BR; अर्जेंटीना=AR; चिली=CL
brampton | एलेक्सा {} की कैपिटल सिटी कौन सी है बेटा जानना चाहता है | ओंटारियो=CA-ON; अल्बर्टा=CA-AB; क्यूबेक=CA-QC
brampton | एलेक्सा कनाडा की राजधानी ओटावा है या टोरंटो | CA
brampton | एलेक्सा ब्रिटिश कोलंबिया की कैपिटल वैंकूवर है | CA-BC
brampton | एलेक्सा मैनिटोबा की कैपिटल विनिपेग | CA-MB
brampton | एलेक्सा नोवा स्कोशिया की राजधानी | CA-NS
brampton | एलेक्सा आज स्नो पड़ेगा क्या | FB
brampton | एलेक्सा ड्राइववे से बर्फ़ कब हटाएँ | FB
brampton | एलेक्सा ओके स्टॉप | STOP
brampton | एलेक्सा नेवर माइंड | CANCEL
brampton | एलेक्सा दुनिया की राजधानियाँ स्टार्ट करो | LAUNCH
brampton | एलेक्सा हाउ डू आई यूज़ दुनिया की राजधानियाँ | HELP
brampton | एलेक्सा पंजाब की राजधानी चंडीगढ़ है ना दादाजी पूछ रहे | IN-PB
brampton | एलेक्सा सस्केचेवान की कैपिटल रेजाइना है | CA-SK
# Turkish students of Hindi in Ankara; a Bollywood-film club
turkishlearner | एलेक्सा मैं तुर्की से हूँ मुझे बताइए {} की राजधानी क्या है | अज़रबैजान=AZ; जॉर्जिया=GE; आर्मेनिया=AM
turkishlearner | एलेक्सा क्या आप बता सकती हैं {} की राजधानी | बुल्गारिया=BG; रोमानिया=RO; सर्बिया=RS
turkishlearner | एलेक्सा मेरी हिंदी कक्षा में प्रश्न है {} की राजधानी कौन सी है | हंगरी=HU; क्रोएशिया=HR; अल्बानिया=AL
turkishlearner | एलेक्सा तुर्की की राजधानी अंकारा है इस्तांबुल नहीं सही | TR
turkishlearner | एलेक्सा मुझे माफ़ कीजिए फिर से बोलिए | HELP
turkishlearner | एलेक्सा कृपया बंद कीजिए | STOP
turkishlearner | एलेक्सा नहीं चाहिए धन्यवाद | CANCEL
turkishlearner | एलेक्सा दुनिया की राजधानियाँ खोलिए कृपया | LAUNCH
turkishlearner | एलेक्सा अंकारा में कल बर्फ़ गिरेगी | FB
turkishlearner | एलेक्सा शाहरुख़ ख़ान की नई फ़िल्म कौन सी है | FB
turkishlearner | एलेक्सा साइप्रस की राजधानी निकोसिया है क्या | CY
turkishlearner | एलेक्सा उत्तर कोरिया की राजधानी कौन सी है कृपया | KP
turkishlearner | एलेक्सा दक्षिण कोरिया की राजधानी कृपया बताइए | KR
turkishlearner | एलेक्सा फ़िलिस्तीन की राजधानी कौन सी है कृपया | PS
# Lucknowi Urdu-flavoured Hindi of old Aminabad families; an evening of tea
lucknowi | एलेक्सा ज़रा फ़रमाइए {} का दारुलहुकूमत कौन सा है | इराक=IQ; जॉर्डन=JO; लेबनान=LB
lucknowi | एलेक्सा मेहरबानी करके बताइए {} की राजधानी क्या है | मोरक्को=MA; अल्जीरिया=DZ; ट्यूनीशिया=TN
lucknowi | एलेक्सा हुज़ूर {} का पायतख़्त कहाँ है | लीबिया=LY; सूडान=SD; यमन=YE
lucknowi | एलेक्सा उत्तर प्रदेश का दारुलहुकूमत लखनऊ ही है ना | IN-UP
lucknowi | एलेक्सा आज शाम अमीनाबाद में बारिश होगी क्या | FB
lucknowi | एलेक्सा टुंडे कबाब की दुकान कब तक खुली है | FB
lucknowi | एलेक्सा बस कीजिए मेहरबानी | STOP
lucknowi | एलेक्सा जाने दीजिए कोई बात नहीं | CANCEL
lucknowi | एलेक्सा दुनिया की राजधानियाँ तशरीफ़ लाइए मतलब खोलिए | LAUNCH
lucknowi | एलेक्सा इसमें कैसे पूछा जाए ज़रा बताइए | HELP
lucknowi | एलेक्सा फ़िलिस्तीन का दारुलहुकूमत कौन सा है | PS
lucknowi | एलेक्सा बांग्लादेश का दारुलहुकूमत ढाका | BD
lucknowi | एलेक्सा अफ़ग़ानिस्तान का दारुलहुकूमत काबुल | AF
lucknowi | एलेक्सा मलेशिया के दोनों दारुलहुकूमत | MY
lucknowi | एलेक्सा अवध की राजधानी फ़ैज़ाबाद थी या लखनऊ | FB
# Kabaddi players at a Sonipat village akhada-less ground; the pro-league trials
kabaddi | एलेक्सा रेड पे जाने से पहले बता {} की राजधानी कौन सी | ईरान=IR; दक्षिण कोरिया=KR; जापान=JP
kabaddi | एलेक्सा कोच पूछ रहे {} की राजधानी के सै | बांग्लादेश=BD; नेपाल=NP; श्रीलंका=LK
kabaddi | एलेक्सा टीम में शर्त लगी {} की राजधानी बता | केन्या=KE; पोलैंड=PL; अर्जेंटीना=AR
kabaddi | एलेक्सा ईरान की राजधानी तेहरान है ना उनकी टीम तगड़ी है | IR
kabaddi | एलेक्सा प्रो कबड्डी का अगला मैच कब है | FB
kabaddi | एलेक्सा आज का स्कोर बताओ पटना पाइरेट्स का | FB
kabaddi | एलेक्सा बस कर दे | STOP
kabaddi | एलेक्सा रहण दे यार | CANCEL
kabaddi | एलेक्सा दुनिया की राजधानियाँ शुरू कर दे | LAUNCH
kabaddi | एलेक्सा कैसे बोलणा है इसमें | HELP
kabaddi | एलेक्सा उत्तर कोरिया की राजधानी के सै | KP
kabaddi | एलेक्सा दक्षिण कोरिया की राजधानी सियोल सै ना | KR
kabaddi | एलेक्सा हरियाणा की राजधानी चंडीगढ़ सै | IN-HR
kabaddi | एलेक्सा कांगो की राजधानी किंशासा सै के | CD
kabaddi | एलेक्सा ब्राज़ाविल कौन से देश की राजधानी सै | CG
# Chess players in a Kolkata park and a Mumbai club; the evening blitz
shatranj | एलेक्सा चाल सोचते सोचते पूछ रहा {} की राजधानी | रूस=RU; नॉर्वे=NO; नीदरलैंड्स=NL
shatranj | एलेक्सा टाइम कंट्रोल के बीच बताओ {} की राजधानी क्या है | उज़्बेकिस्तान=UZ; अज़रबैजान=AZ; आर्मेनिया=AM
shatranj | एलेक्सा ओलंपियाड वाला सवाल {} की राजधानी कौन सी | हंगरी=HU; जॉर्जिया=GE; स्लोवेनिया=SI
shatranj | एलेक्सा अगला टूर्नामेंट कहाँ है | FB
shatranj | एलेक्सा शतरंज का विश्व चैंपियन कौन है | FB
shatranj | एलेक्सा बस चेकमेट हो गया बंद करो | STOP
shatranj | एलेक्सा वो चाल वापस मतलब सवाल रद्द | CANCEL
shatranj | एलेक्सा दुनिया की राजधानियाँ खोल दो ब्लिट्ज़ के बाद | LAUNCH
shatranj | एलेक्सा कौन से सवाल चलते हैं इसमें | HELP
shatranj | एलेक्सा नीदरलैंड की दोनों राजधानियाँ बताओ एम्स्टर्डम के अलावा | NL
shatranj | एलेक्सा आइसलैंड की राजधानी रेक्जाविक | IS
shatranj | एलेक्सा मोल्दोवा की राजधानी क्या है | MD
shatranj | एलेक्सा लातविया की राजधानी रीगा | LV
shatranj | एलेक्सा एस्टोनिया की राजधानी तालिन | EE
# Opticians in Delhi's Chandni Chowk; an eye-test counter
chashma | एलेक्सा नंबर चेक करते पूछ रहे {} की राजधानी क्या है | इटली=IT; फ्रांस=FR; जर्मनी=DE
chashma | एलेक्सा फ्रेम लगाते लगाते बताओ {} की राजधानी कौन सी है | चीन=CN; ताइवान=TW; हांगकांग=HK
chashma | एलेक्सा ग्राहक पूछ रहे हैं {} की राजधानी | सिंगापुर=SG; थाईलैंड=TH; मलेशिया=MY
chashma | एलेक्सा चाँदनी चौक में पार्किंग कहाँ मिलेगी | FB
chashma | एलेक्सा लेंस का ऑर्डर कब आएगा | FB
chashma | एलेक्सा ठीक है बंद करिए | STOP
chashma | एलेक्सा छोड़िए ग्राहक चला गया | CANCEL
chashma | एलेक्सा दुनिया की राजधानियाँ चलाइए | LAUNCH
chashma | एलेक्सा इसमें पूछने का तरीक़ा बताइए | HELP
chashma | एलेक्सा दिल्ली किस की राजधानी है | IN
chashma | एलेक्सा मलेशिया की दोनों राजधानियों के नाम बताइए | MY
chashma | एलेक्सा दक्षिण अफ़्रीका की राजधानियाँ प्रिटोरिया के अलावा | ZA
chashma | एलेक्सा ताइवान की राजधानी ताइपे है ना | TW
chashma | एलेक्सा मकाऊ की राजधानी | MO
# Thai students of Hindi in Bangkok; a temple visit planned to Bodh Gaya
thailearner | एलेक्सा मैं थाईलैंड से हूँ मुझे बताइए {} की राजधानी | कंबोडिया=KH; म्यांमार=MM; लाओस=LA
thailearner | एलेक्सा बोधगया जाने से पहले पूछती हूँ {} की राजधानी क्या है | भूटान=BT; नेपाल=NP; भारत=IN
thailearner | एलेक्सा कृपया उत्तर दीजिए {} की राजधानी कौन सी है | वियतनाम=VN; फ़िलीपींस=PH; ब्रुनेई=BN
thailearner | एलेक्सा बिहार की राजधानी पटना है कृपया बताइए | IN-BR
thailearner | एलेक्सा मुझे समझ नहीं आया फिर से सहायता दीजिए | HELP
thailearner | एलेक्सा कृपया अब चुप हो जाइए | STOP
thailearner | एलेक्सा कृपया रद्द कर दीजिए | CANCEL
thailearner | एलेक्सा कृपया दुनिया की राजधानियाँ खोलिए मेरे लिए | LAUNCH
thailearner | एलेक्सा बैंकॉक से दिल्ली की उड़ान कितने घंटे की है | FB
thailearner | एलेक्सा बोधगया में ठहरने की जगह बताइए | FB
thailearner | एलेक्सा मलेशिया की राजधानियाँ कृपया बताइए | MY
thailearner | एलेक्सा श्रीलंका की राजधानियाँ कृपया बताइए | LK
thailearner | एलेक्सा उत्तर कोरिया की राजधानी क्या है मैं नहीं जानती | KP
# Indian families in Melbourne's Point Cook and Tarneit; a cricket Saturday
melbourne | एलेक्सा बच्चों का क्विज़ है {} की कैपिटल क्या है | विक्टोरिया=AU-VIC; क्वींसलैंड=AU-QLD; तस्मानिया=AU-TAS
melbourne | एलेक्सा {} की कैपिटल पूछ रहा है छोटा वाला | वेस्टर्न ऑस्ट्रेलिया=AU-WA; साउथ ऑस्ट्रेलिया=AU-SA; नॉर्दर्न टेरिटरी=AU-NT
melbourne | एलेक्सा पापा बताओ नहीं तुम बताओ {} की राजधानी | फ़िजी=FJ; पापुआ न्यू गिनी=PG; समोआ=WS
melbourne | एलेक्सा ऑस्ट्रेलिया की राजधानी सिडनी नहीं है ना कैनबरा है | AU
melbourne | एलेक्सा न्यूज़ीलैंड की कैपिटल ऑकलैंड है क्या | NZ
melbourne | एलेक्सा टोंगा की कैपिटल क्या है | TO
melbourne | एलेक्सा आज एमसीजी में मैच कितने बजे है | FB
melbourne | एलेक्सा मेलबर्न में आज कितनी गर्मी होगी | FB
melbourne | एलेक्सा ओके दैट्स इनफ़ बंद करो | STOP
melbourne | एलेक्सा रहने दो बेटा ख़ुद देख लेगा | CANCEL
melbourne | एलेक्सा दुनिया की राजधानियाँ खोलो बच्चों के लिए | LAUNCH
melbourne | एलेक्सा बच्चों को बताओ इसमें क्या पूछ सकते हैं | HELP
melbourne | एलेक्सा वानुअतु की कैपिटल पोर्ट विला | VU
melbourne | एलेक्सा सोलोमन आइलैंड्स की कैपिटल | SB
melbourne | एलेक्सा किरिबाती की राजधानी क्या है | KI
# Chambeali speakers from Chamba town; the Minjar fair
chambeali | एलेक्सा असां जो दस्सा {} री राजधानी कुण ऐ | पाकिस्तान=PK; चीन=CN; तिब्बत=FB
chambeali | एलेक्सा मिंजर मेले च पुछदे {} री राजधानी कुथी ऐ | हिमाचल=IN-HP; पंजाब=IN-PB; जम्मू कश्मीर=IN-JK
chambeali | एलेक्सा बोल तां सही {} री राजधानी | लद्दाख=IN-LA; उत्तराखंड=IN-UK; हरियाणा=IN-HR
chambeali | एलेक्सा चंबा च अज बरखा होणी | FB
chambeali | एलेक्सा रैहण दे | CANCEL
chambeali | एलेक्सा बंद करी दे | STOP
chambeali | एलेक्सा दुनिया की राजधानियाँ खोली दे | LAUNCH
chambeali | एलेक्सा इसच क्या पुछणा बता | HELP
chambeali | एलेक्सा उत्तर कोरिया री राजधानी कुण ऐ | KP
chambeali | एलेक्सा दक्खण कोरिया री राजधानी दस्सा | KR
chambeali | एलेक्सा फलस्तीन री राजधानी कुण ऐ | PS
chambeali | एलेक्सा कांगो री राजधानी किंशासा ऐ | CD
# Shared, more: launch by the invocation name, said many ways
launch | एलेक्सा ज़रा दुनिया की राजधानियाँ वाली स्किल खोल देना | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ से बात करनी है | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ को शुरू कर दीजिए ज़रा | LAUNCH
launch | एलेक्सा बच्चों के लिए दुनिया की राजधानियाँ लगा दो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ वाला क्विज़ खोलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोलना भूल गई क्या फिर खोलो | LAUNCH
launch | एलेक्सा सुनो दुनिया की राजधानियाँ शुरू करना | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ जी खोलिए | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ वाली ऐप चला दो | LAUNCH
launch | एलेक्सा मैं दुनिया की राजधानियाँ खेलना चाहता हूँ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ ओपन करो प्लीज़ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ से जोड़ो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ वाला प्रोग्राम खोलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ शुरू हो जाओ | LAUNCH
launch | एलेक्सा अपनी दुनिया की राजधानियाँ वाली चीज़ खोलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ पूछना है खोलो | LAUNCH
# Shared, more: help
help | एलेक्सा दुनिया की राजधानियाँ में कौन कौन से सवाल पूछे जा सकते हैं | HELP
help | एलेक्सा मुझे नहीं पता इसमें कैसे बोलना है मदद करो | HELP
help | एलेक्सा एक उदाहरण बोल के दिखाओ | HELP
help | एलेक्सा ये स्किल क्या करती है बताओ | HELP
help | एलेक्सा राजधानी कैसे पूछूँ सिखाओ | HELP
help | एलेक्सा समझाओ इसको कैसे इस्तेमाल करें | HELP
help | एलेक्सा निर्देश बताओ | HELP
help | एलेक्सा हेल्प चाहिए भाई | HELP
help | एलेक्सा क्या बोलूँ मुझे कुछ सुझाव दो | HELP
help | एलेक्सा मैं पहली बार चला रहा हूँ क्या करूँ | HELP
# Shared, more: stop
stop | एलेक्सा बस बहुत हो गया अब बंद करो | STOP
stop | एलेक्सा दुनिया की राजधानियाँ से बाहर आ जाओ | STOP
stop | एलेक्सा रुक जाओ अब नहीं सुनना | STOP
stop | एलेक्सा चलो ख़त्म करो | STOP
stop | एलेक्सा अब सोना है बंद कर दो | STOP
stop | एलेक्सा स्टॉप स्टॉप | STOP
stop | एलेक्सा शांत हो जाओ | STOP
stop | एलेक्सा बंद कर दो ये स्किल | STOP
stop | एलेक्सा और सवाल नहीं है धन्यवाद | STOP
stop | एलेक्सा बोलना बंद करो | STOP
stop | एलेक्सा खाना लग गया बस करो | STOP
stop | एलेक्सा ठीक है समझ गया अब बंद | STOP
# Shared, more: cancel
cancel | एलेक्सा ये वाला सवाल रद्द करो | CANCEL
cancel | एलेक्सा नहीं ग़लत बोल दिया रहने दो | CANCEL
cancel | एलेक्सा छोड़ो कुछ नहीं पूछना | CANCEL
cancel | एलेक्सा कैंसल कर दो जी | CANCEL
cancel | एलेक्सा अभी नहीं बाद में | CANCEL
cancel | एलेक्सा रहने दो मैं ख़ुद देख लूँगा | CANCEL
cancel | एलेक्सा नहीं नहीं मत बोलो कैंसल | CANCEL
cancel | एलेक्सा मन बदल गया रद्द | CANCEL
cancel | एलेक्सा जो बोला उसे भूल जाओ | CANCEL
cancel | एलेक्सा ग़लती हो गई कैंसिल | CANCEL
cancel | एलेक्सा छोड़ दीजिए ज़रूरत नहीं | CANCEL
cancel | एलेक्सा वापस जाओ रहने दो | CANCEL
# Shared, more: yes-no-check
yes-no-check | एलेक्सा क्या मेलबर्न ऑस्ट्रेलिया की राजधानी है | AU
yes-no-check | एलेक्सा क्या ढाका बांग्लादेश की राजधानी है | BD
yes-no-check | एलेक्सा बर्न ही स्विट्ज़रलैंड की राजधानी है ना | CH
yes-no-check | एलेक्सा क्या कोलंबो श्रीलंका की राजधानी है | LK
yes-no-check | एलेक्सा क्या हो ची मिन्ह सिटी वियतनाम की राजधानी है | VN
yes-no-check | एलेक्सा क्या अबुजा नाइजीरिया की राजधानी है | NG
yes-no-check | एलेक्सा क्या बर्लिन जर्मनी की राजधानी है या बॉन | DE
yes-no-check | एलेक्सा क्या वेलिंगटन न्यूज़ीलैंड की राजधानी है | NZ
yes-no-check | एलेक्सा क्या ब्रासीलिया ब्राज़ील की राजधानी है | BR
yes-no-check | एलेक्सा क्या रामल्ला फ़िलिस्तीन की राजधानी है | PS
yes-no-check | एलेक्सा क्या कोटोनू बेनिन की राजधानी है | BJ
yes-no-check | एलेक्सा क्या आबिदजान आइवरी कोस्ट की राजधानी है | CI
yes-no-check | एलेक्सा क्या म्बाबाने इस्वातिनी की राजधानी है | SZ
# Shared, more: shared-name
shared-name | एलेक्सा सूडान वाला दक्षिण नहीं उत्तर वाला उसकी राजधानी | SD
shared-name | एलेक्सा कोरिया वाले दोनों देशों की राजधानी | KP+KR
shared-name | एलेक्सा कांगो वाले दोनों देशों की राजधानी बताओ | CD+CG
shared-name | एलेक्सा डोमिनिकन वाला नहीं सिर्फ़ डोमिनिका की राजधानी | DM
shared-name | एलेक्सा लक्ज़मबर्ग की राजधानी लक्ज़मबर्ग ही है क्या | LU
shared-name | एलेक्सा मोनाको की राजधानी मोनाको है | MC
shared-name | एलेक्सा जिबूती की राजधानी भी जिबूती है क्या | DJ
shared-name | एलेक्सा कुवैत देश की राजधानी | KW
shared-name | एलेक्सा पनामा देश की राजधानी क्या है | PA
shared-name | एलेक्सा ग्वाटेमाला देश की राजधानी | GT
shared-name | एलेक्सा अल्जीरिया की राजधानी अल्जीयर्स | DZ
shared-name | एलेक्सा मैक्सिको राज्य की राजधानी क्या है | MX-MEX
# Sonepur cattle-fair traders in Bihar
sonepur | एलेक्सा मेला में से पूछत बानी {} के राजधानी का बा | मोज़ाम्बिक=MZ; तंज़ानिया=TZ; युगांडा=UG
sonepur | एलेक्सा गाय बेचे से पहिले बताव {} के राजधानी कहाँ बा | इथियोपिया=ET; सोमालिया=SO; केन्या=KE
sonepur | एलेक्सा हाथी वाला बाबू पूछत बा {} के राजधानी कउन | रवांडा=RW; बुरुंडी=BI; ज़ाम्बिया=ZM
sonepur | एलेक्सा गंडक में पानी केतना बा | FB
sonepur | एलेक्सा भैंस के दाम का चल रहल बा | FB
sonepur | एलेक्सा चुप रह अब | STOP
sonepur | एलेक्सा जाए द | CANCEL
sonepur | एलेक्सा दुनिया की राजधानियाँ चालू करीं | LAUNCH
sonepur | एलेक्सा एमे का पूछल जाला बताव | HELP
sonepur | एलेक्सा बिहार के राजधानी पटना बा ना | IN-BR
sonepur | एलेक्सा झारखंड के राजधानी रांची बा | IN-JH
sonepur | एलेक्सा उत्तरी कोरिया के राजधानी का बा | KP
sonepur | एलेक्सा दक्खिनी कोरिया के राजधानी बताव | KR
sonepur | एलेक्सा ब्राज़ाविल वाला कांगो के राजधानी | CG
sonepur | एलेक्सा दक्खिन अफ्रीका के तीनो राजधानी बताव | ZA
sonepur | एलेक्सा बोलीविया के दुनो राजधानी | BO
sonepur | एलेक्सा मलेशिया के दुनो राजधानी का बा | MY
sonepur | एलेक्सा नीदरलैंड के दुनो राजधानी बताव | NL
# Goa shack waiters in Calangute serving foreign tourists
goashack | एलेक्सा टूरिस्ट बोल रहा {} का कैपिटल क्या है बताओ ना | रूस=RU; इज़राइल=IL; ब्रिटेन=GB
goashack | एलेक्सा ऑर्डर लेते लेते पूछ रहा {} का कैपिटल कौन सा है | स्वीडन=SE; आयरलैंड=IE; लिथुआनिया=LT
goashack | एलेक्सा सुसेगाद बोलो ना {} का राजधानी | पुर्तगाल=PT; ब्राज़ील=BR; अंगोला=AO
goashack | एलेक्सा गोवा का राजधानी पणजी है या मडगाँव | IN-GA
goashack | एलेक्सा आज समुंदर में ज्वार कितने बजे है | FB
goashack | एलेक्सा फ़िश करी की रेसिपी बताओ | FB
goashack | एलेक्सा ओके बस बाबा | STOP
goashack | एलेक्सा रहने दे ना बाबा | CANCEL
goashack | एलेक्सा दुनिया की राजधानियाँ खोलो टूरिस्ट बैठा है | LAUNCH
goashack | एलेक्सा टूरिस्ट को बताओ क्या पूछना है | HELP
goashack | एलेक्सा फ़िलिस्तीन का कैपिटल क्या है टूरिस्ट पूछ रहा | PS
goashack | एलेक्सा कांगो का कैपिटल बोलो डीआर वाला | CD
goashack | एलेक्सा कोरिया का कैपिटल साउथ वाला | KR
goashack | एलेक्सा नीदरलैंड का कैपिटल दोनों बोलो | NL
goashack | एलेक्सा इस्वातिनी का कैपिटल दोनों | SZ
goashack | एलेक्सा बेनिन का कैपिटल्स कौन सा | BJ
# Nagpur orange growers in their Varhadi-tinged Hindi; the winter harvest
santra | एलेक्सा संतरा तोड़ते तोड़ते पूछा {} का राजधानी कौन सा है | बांग्लादेश=BD; दुबई वाला अमीरात=AE; सऊदी=SA
santra | एलेक्सा वेपारी पूछ रहा {} का राजधानी क्या है बाप्पा | नेपाल=NP; श्रीलंका=LK; ओमान=OM
santra | एलेक्सा बोल ना रे {} का राजधानी कहाँ है | कज़ाखस्तान=KZ; ताजिकिस्तान=TJ; तुर्कमेनिस्तान=TM
santra | एलेक्सा संतरे का भाव आज काय है | FB
santra | एलेक्सा नागपुर में आज कितना ठंड है | FB
santra | एलेक्सा बस कर रे बाबा | STOP
santra | एलेक्सा जाऊ दे रहने दे | CANCEL
santra | एलेक्सा दुनिया की राजधानियाँ लगा दे रे | LAUNCH
santra | एलेक्सा ये में काय पूछने का | HELP
santra | एलेक्सा महाराष्ट्र का दूसरा राजधानी नागपुर है ना | IN-MH
santra | एलेक्सा आइवरी कोस्ट का दोनों राजधानी | CI
santra | एलेक्सा श्रीलंका का दोनों राजधानी कोलंबो और कोट्टे | LK
santra | एलेक्सा बेनिन का राजधानी क्या है दोनों बोल | BJ
santra | एलेक्सा उत्तर कोरिया का राजधानी बोल रे | KP
santra | एलेक्सा फ़िलिस्तीन का राजधानी सांग | PS
# Shared, more: plural capitals said in passing
plural-capitals | एलेक्सा बेनिन की राजधानियाँ पोर्टो नोवो के साथ दूसरी कौन सी | BJ
plural-capitals | एलेक्सा बेनिन की राजधानियों के बारे में बताओ | BJ
plural-capitals | एलेक्सा बेनिन में कौन कौन से शहर राजधानी हैं | BJ
plural-capitals | एलेक्सा आइवरी कोस्ट में कौन कौन से शहर राजधानी हैं | CI
plural-capitals | एलेक्सा कोट डी आइवर की दोनों राजधानियाँ | CI
plural-capitals | एलेक्सा आइवरी कोस्ट की राजधानियों के बारे में बताओ | CI
plural-capitals | एलेक्सा इस्वातिनी में कौन कौन से शहर राजधानी हैं | SZ
plural-capitals | एलेक्सा मलेशिया में कौन कौन से शहर राजधानी हैं | MY
plural-capitals | एलेक्सा श्रीलंका की राजधानियों के बारे में बताओ | LK
plural-capitals | एलेक्सा दक्षिण अफ़्रीका में कौन कौन से शहर राजधानी हैं | ZA
plural-capitals | एलेक्सा बोलीविया की राजधानियों के बारे में बताओ | BO
plural-capitals | एलेक्सा नीदरलैंड में कौन कौन से शहर राजधानी हैं | NL
# Shared, more: out-of-domain
out-of-domain | एलेक्सा नाइजीरिया की आबादी कितनी है | FB
out-of-domain | एलेक्सा भारत की सांस्कृतिक राजधानी किसे कहते हैं | FB
out-of-domain | एलेक्सा दुनिया की चाय की राजधानी कौन सी है | FB
out-of-domain | एलेक्सा मसालों की राजधानी कौन सा शहर है | FB
out-of-domain | एलेक्सा कनाडा का प्रधानमंत्री कौन है | FB
out-of-domain | एलेक्सा रूस में कितने समय ज़ोन हैं | FB
out-of-domain | एलेक्सा अंटार्कटिका की राजधानी कौन सी है | FB
out-of-domain | एलेक्सा चाँद की राजधानी क्या है | FB
out-of-domain | एलेक्सा मगध की राजधानी पाटलिपुत्र थी ना | FB
out-of-domain | एलेक्सा विजयनगर साम्राज्य की राजधानी कहाँ थी | FB
out-of-domain | एलेक्सा रोमन साम्राज्य की राजधानी बाद में कौन सी बनी | FB
out-of-domain | एलेक्सा हस्तिनापुर किसकी राजधानी थी | FB
out-of-domain | एलेक्सा पंखा चालू करो | FB
out-of-domain | एलेक्सा रेडियो मिर्ची लगाओ | FB
out-of-domain | एलेक्सा मेरी शॉपिंग लिस्ट में दूध जोड़ो | FB
out-of-domain | एलेक्सा अमेज़न पर मेरा ऑर्डर कहाँ है | FB
out-of-domain | एलेक्सा सबसे छोटा देश कौन सा है | FB
out-of-domain | एलेक्सा राजधानी के नाम पर एक कविता सुनाओ | FB
out-of-domain | एलेक्सा दुनिया में कितने देश हैं | FB
out-of-domain | एलेक्सा पेरिस में एफ़िल टावर कितना ऊँचा है | FB
out-of-domain | एलेक्सा अमेरिका का राष्ट्रीय गान बजाओ | FB
out-of-domain | एलेक्सा राजधानी कॉलेज दिल्ली में कहाँ है | FB
# Nashik Kumbh volunteers
kumbh | एलेक्सा घाट पे ड्यूटी करते पूछ रहे {} की राजधानी कौन सी है | मॉरीशस=MU; फ़िजी=FJ; सूरीनाम=SR
kumbh | एलेक्सा विदेशी साधु पूछ रहे {} की राजधानी बताइए | फ्रांस=FR; रूस=RU; यूक्रेन=UA
kumbh | एलेक्सा खोया पाया केंद्र से पूछ रहे {} की राजधानी | गुयाना=GY; त्रिनिदाद=TT; जमैका=JM
kumbh | एलेक्सा शाही स्नान कब है | FB
kumbh | एलेक्सा खोया पाया केंद्र का नंबर बताओ | FB
kumbh | एलेक्सा बंद करो सेवा का टाइम है | STOP
kumbh | एलेक्सा रहने दो भक्त चले गए | CANCEL
kumbh | एलेक्सा दुनिया की राजधानियाँ खोलो विदेशी भक्तों के लिए | LAUNCH
kumbh | एलेक्सा भक्तों को बताओ इसमें क्या पूछें | HELP
kumbh | एलेक्सा कांगो गणराज्य की राजधानी ब्राज़ाविल है ना | CG
kumbh | एलेक्सा छोटे कांगो की राजधानी बताओ | CG
kumbh | एलेक्सा नेपाल की राजधानी काठमांडू है ना भक्त वहीं से हैं | NP
kumbh | एलेक्सा फ़िलिस्तीन की राजधानी बताइए विदेशी पूछ रहे | PS
kumbh | एलेक्सा दक्षिण कोरिया की राजधानी सियोल बताइए | KR
plural-capitals | एलेक्सा मलेशिया की राजधानियों के बारे में बताओ | MY
plural-capitals | एलेक्सा मलेशिया की दोनों कैपिटल्स के नाम | MY
plural-capitals | एलेक्सा मलेशिया देश की दोनों राजधानी शहर कौन से हैं | MY
plural-capitals | एलेक्सा मलेशिया की एक से ज़्यादा राजधानियाँ हैं ना कौन सी | MY
plural-capitals | एलेक्सा बेनिन की एक से ज़्यादा राजधानियाँ हैं ना कौन सी | BJ
plural-capitals | एलेक्सा श्रीलंका की एक से ज़्यादा राजधानियाँ हैं ना कौन सी | LK
plural-capitals | एलेक्सा बोलीविया की एक से ज़्यादा राजधानियाँ हैं ना कौन सी | BO
plural-capitals | एलेक्सा बोलीविया में कौन कौन से शहर राजधानी हैं | BO
plural-capitals | एलेक्सा बोलीविया की दोनों राजधानी शहरों के नाम | BO
plural-capitals | एलेक्सा आइवरी कोस्ट की एक से ज़्यादा राजधानियाँ हैं ना कौन सी | CI
"""

if __name__ == "__main__":
    build_round(55, "hi", LINES, sys.argv, "tests/Eval/hi/round55/source/build_corpus.py")
