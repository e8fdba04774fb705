"""Round 56, Hindi (hi-IN): a new author's own mix, written blind at the end of the sixty-third session (brief
WRITER72.md), for the next session's tuner. Speakers and situations chosen apart from Hindi round 55 (Tharu speakers'
Hindi from Lakhimpur Kheri, Mahasui, Pawari and Gondi speakers' Hindi, Marathi speakers' Hindi from Pune and Nashik,
Bagri, Chambeali, the Lucknowi Hindi of Aminabad, Indian families in Singapore, Brampton and Melbourne, Indian medical
students in Moscow and Kazan, Spanish, Turkish and Thai learners, Surat diamond polishers, Dal Lake shikara rowers,
Kolkata tram conductors, Pushkar camel traders, Lucknow sanitation workers, Jaipur gem cutters, Dwarka and Okha
lighthouse keepers, village dais, Mumbai local-train vendors, Kumartuli idol makers, Sagar bidi rollers, Pampore saffron
growers, Varanasi ghat astrologers, Uttarkashi trekking guides, Sonipat kabaddi players, chess players, Chandni Chowk
opticians, Sonepur cattle-fair traders, Calangute shack waiters, Nagpur orange growers, Nashik Kumbh volunteers), from
round 54 (Surjapuri, Kulluvi, Sirmauri, Kannauji, Bhadrawahi, the mixed Hindi of Port Blair, Uzbek, Polish and Chinese
learners, Indian families in Nairobi and Mombasa, Gaddi shepherds, dhobis, petrol-pump attendants, newspaper hawkers,
mobile-repair workers, house painters, plumbers, kulfi sellers, Kathputli-colony puppeteers, mehndi artists, toll-plaza
staff, Delhi Metro staff, photocopy-shop owners, cobblers, tea-stall owners, dhaba cooks, wedding-band players, Aligarh
lock makers, Moradabad brassware polishers, Bhadohi carpet weavers, Solan mushroom growers, single-screen
projectionists, ambulance drivers, scrap dealers, mill watchmen, Puri lifeguards, Gulmarg gondola operators), from round
53 (Braj, Nimadi, Santhali speakers' Hindi, Angika, Wagdi, Kinnauri and Lahauli speakers' Hindi, Egyptian and Sudanese
and Russian learners, Indian families in Mauritius, Afghan Sikh and Hindu families in Tilak Nagar, Awadhi potters,
beekeepers, fire-brigade crews, pathology lab technicians, district librarians, sugarcane farmers, hospital ward boys,
Kannauj attar makers, Dooars tea-garden workers, forest guards, agariya salt-pan workers, Firozabad bangle makers, Patna
tent-house decorators, Bikaner pickle and papad makers, brick-kiln workers, Gurugram lift operators, Sahebganj ferry
crews, Ujjain flower sellers, Bhiwandi courier sorters, sign-language interpreters, cycle-rickshaw pullers, Bareilly
kite makers, Agra cold-storage potato traders, Haridwar Ayurvedic pharmacy workers), from round 52 (Dakhini, Dhundhari,
Bundeli, Kumaoni, Chhattisgarhi, Haryanvi, Dogri, Maithili, Magahi, Bambaiya, Bengali, Gujarati, Telugu, Kannada and
Punjabi speakers' Hindi, British Asian children in Leicester and Southall, German and French students in Varanasi, NRI
families in New Jersey and Texas, barbers, carpenters, motor mechanics, dairy farmers and milkmen, Banarasi silk
weavers, railway porters, akhara wrestlers, UPSC aspirants, software engineers, police constables, property dealers,
chaat and golgappa vendors, goldsmiths, Varanasi boatmen), from round 51 (Bagheli, Kangri, Sindhi speakers' Hindi,
Konkani, Tamil, Malayalam, Odia and Kashmiri speakers' Hindi, Koli fishermen, Banjara (Lambadi), Korean and Japanese
learners, grain-mandi arhtiyas, temple priests, tailors, electricians and linemen, kirana shopkeepers, gym trainers,
night-shift call-centre agents, halwais and wedding cooks, bank clerks, district-court lawyers and munshis, roadways bus
conductors, cricket-academy coaches, women's self-help groups, wedding photographers, Rishikesh yoga teachers, medical
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

Regions, each a family: Mandeali from Mandi and Sundernagar (`mandeali`, "मिंजो बता", "री राजधानी केहड़ी ए", "रैहणा
दे"), Kurmali speakers' Hindi from Purulia and the Ranchi border (`kurmali`, "कर राजधानी कोन हेके", "हामके बताउ"),
Puadhi from Ropar, Kharar and the Ambala side (`puadhi`, "मन्नै बता", "कौण सी सै"), the Hindi of the Barak Valley,
Silchar and Karimganj, Sylheti at home (`silchar`, "आमाके बोलो ना", "थाक थाक"), the link Hindi of Itanagar and Pasighat
(`arunachal`, "हम लोग का बेट लगा है") and the Bhopali Hindi of old Bhopal (`bhopali`, "खां", "हेगी", "भट्ट सूरमा").
Migrants and learners: Indian families in Auckland and Hamilton (`auckland`, "ओपन दुनिया की राजधानियाँ प्लीज़"),
Vietnamese students of Hindi in Hanoi (`vietlearner`, "धीरे से बोलिए", "कृपया रुक जाइए"), Iranian students in Pune (`iranlearner`,
"लुत्फ़न बताइए", "मर्सी बस हो गया") and Indian families in Hong Kong (`hongkong`, "सिम शा सुई की दुकान से"). Jobs:
Sundarbans honey collectors (`mouli`, "मौचाक से लौट के"), Indian Railways loco pilots (`locopilot`, "लूप लाइन पे खड़े
हैं"), Tripura bamboo and cane weavers (`baans`, "टोकरी बुनते बुनते"), Srinagar pashmina weavers (`pashmina`, "जनाब",
"करघे पे बैठे हैं"), Channapatna toy makers (`khilona`, "गोंबे बनाते बनाते", "बेड़ा बेड़ा"), College Street booksellers
(`boipara`, "एटलस ढूंढने से पहले"), village shiksha mitras in Barabanki and Sitapur (`shikshamitra`, "प्रार्थना के
बाद"), block animal-hospital staff near Jhansi (`pashudaktar`, "रहन दो भैया"), Ludhiana hosiery knitters (`hosiery`,
"किवें पुच्छणा है"), Kanpur tannery workers at Jajmau (`chamda`, "कइसे पूछैं"), Jharia coal miners (`koyla`, "पूछत
हैं"), Meerut cricket-bat makers (`ballebat`, "बल्ला छीलते छीलते"), travelling circus performers (`circus`), Ramlila
actors in Ramnagar and Ayodhya (`ramlila`, "रावण का मुकुट उतार के"), hotel receptionists in Manali and Kasol
(`reception`), Amritsar langar sevadars (`langar`, "रहण दो जी"), tehsil stenographers (`steno`, "निरस्त करो"), museum
guards (`sangrahalay`), Siliguri tea tasters (`chaichakh`), polling staff on election duty (`chunav`), census
enumerators (`janganana`) and ham radio operators in Bhavnagar and Chennai (`hamradio`, "ओवर").

Situations: the Shivratri fair, the Tusu festival, a field edge, a tea-garden evening, a hostel bet, the lakeside, a
rugby Saturday and a school project, a dictation class, a hostel kitchen, a Sunday at Chungking Mansions, the honey
season, a night goods train, the basket bench, the loom, lacquering toys, a customer at a bookstall, the morning
assembly, a vaccination round, the winter order, the night shift at Jajmau, a shift change at the pit head, a bat grip,
the tent before the show, between Ramlila scenes, a check-in desk, washing dishes after langar, a dictation, a quiet
gallery, a tea auction, the night before the vote, house-to-house counting and a night on the radio.

Around them: follow-ups, plural capitals (all eight several-capital countries, and Palestine, Jammu and Kashmir,
Uttarakhand, Montserrat), subdivisions and territories (with places the data lacks: Tibet, Balochistan, the Basque
Country, Crimea, Khyber Pakhtunkhwa, Gilgit-Baltistan), yes/no checks, self-corrections, reverse questions, official,
everyday and old names, shared names (both Koreas, both Congos, Georgia, Guinea, Washington), help, stop, cancel, launch
by the skill's invocation name "दुनिया की राजधानियाँ", and out-of-domain requests (weather, alarms, timers, music, home
devices, prices, travel, population, currency and leaders, capitals of continents, of fashion and of chocolate,
"capital" in other senses, former and mythical capitals). `python3 tests/Eval/hi/round56/source/build_corpus.py
[--check]`; every line is hi-IN. Every sentence was typed by hand as one whole utterance; frames with up to three fills
(each frame once) ask the countries.

Built by round12_hinl_corpus.py (build_round with round 56's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Mandeali from Mandi and Sundernagar; the Shivratri fair
mandeali | एलेक्सा मिंजो बता {} री राजधानी केहड़ी ए | अफगानिस्तान=AF; अल्बानिया=AL; अल्जीरिया=DZ
mandeali | एलेक्सा शिवरात्रि रे मेले च खड़े हन {} री राजधानी दस्सा | एंडोरा=AD; अंगोला=AO; अर्जेंटीना=AR
mandeali | एलेक्सा ब्यास रे कंढे बैठी री पुछदा {} री राजधानी कुथी ए | आर्मेनिया=AM; ऑस्ट्रिया=AT; अज़रबैजान=AZ
mandeali | एलेक्सा हिमाचल री राजधानी शिमला ही ए न | IN-HP
mandeali | एलेक्सा हिमाचले रियां दो राजधानियाँ हुंदियां थियां के | IN-HP
mandeali | एलेक्सा मंडी च आज बर्फ पौणी के नी | FB
mandeali | एलेक्सा सेपू बड़ी बणाणे रा तरीका दस्सा | FB
mandeali | एलेक्सा रैहणा दे हुण | CANCEL
mandeali | एलेक्सा बस कर हुण चुप | STOP
mandeali | एलेक्सा मिंजो समझ नी आया कियां पुछणा | HELP
mandeali | एलेक्सा दुनिया की राजधानियाँ चला दे | LAUNCH
mandeali | एलेक्सा नेपाल री राजधानी केहड़ी ए | NP
mandeali | एलेक्सा दक्खणी कोरिया री राजधानी दस्सा | KR
mandeali | एलेक्सा उत्तरी कोरिया री राजधानी केहड़ी ए | KP
mandeali | एलेक्सा लद्दाख री राजधानी लेह ही ए के | IN-LA
mandeali | एलेक्सा मिंजो दस्सा पंजाब कने हरियाणा री राजधानी इक्की ए के | IN-HR+IN-PB
mandeali | एलेक्सा ब्राज़ील रा राजधानी कौण ए | BR
# Kurmali speakers' Hindi from Purulia and the Ranchi border; the Tusu festival
kurmali | एलेक्सा हामके बताउ {} कर राजधानी कोन हेके | ऑस्ट्रेलिया=AU; बहामास=BS; बहरीन=BH
kurmali | एलेक्सा टुसु परब में पूछत ही {} कर राजधानी का हेके | बांग्लादेश=BD; बारबाडोस=BB; बेलारूस=BY
kurmali | एलेक्सा तनी बताउ ना {} कर राजधानी कहाँ हेके | बेल्जियम=BE; बेलीज़=BZ; भूटान=BT
kurmali | एलेक्सा झारखंड कर राजधानी रांची हेके ना | IN-JH
kurmali | एलेक्सा पश्चिम बंगाल कर राजधानी कलकत्ता हेके | IN-WB
kurmali | एलेक्सा छउ नाच कर गीत बजाउ | FB
kurmali | एलेक्सा आइज बरखा होतउ कि नाइ | FB
kurmali | एलेक्सा रहे दे छाड़ | CANCEL
kurmali | एलेक्सा थाम जा आब | STOP
kurmali | एलेक्सा कइसे पूछब हामके बताउ | HELP
kurmali | एलेक्सा ओडिशा कर राजधानी भुवनेश्वर हेके कि कटक | IN-OD
kurmali | एलेक्सा दक्खिन अफ्रीका कर तीनों राजधानी कर नाम बताउ | ZA
kurmali | एलेक्सा बोलीविया कर दुइयो राजधानी कोन कोन हेके | BO
kurmali | एलेक्सा कांगो किंशासा वाला देश कर राजधानी | CD
kurmali | एलेक्सा चीन कर राजधानी बताउ | CN
kurmali | एलेक्सा बिहार कर राजधानी पटना हेके ना | IN-BR
# Puadhi from Ropar, Kharar and the Ambala side
puadhi | एलेक्सा मन्नै बता {} की राजधानी कौण सी सै | बेनिन=BJ; बोस्निया=BA; बोत्सवाना=BW
puadhi | एलेक्सा खेत की डौळ पै बैठा पूछूं {} की राजधानी के सै | ब्रुनेई=BN; बुल्गारिया=BG; बुर्किना फासो=BF
puadhi | एलेक्सा जरा दस्स दे {} दी राजधानी किहड़ी है | बुरुंडी=BI; कंबोडिया=KH; कैमरून=CM
puadhi | एलेक्सा चंडीगढ़ किसकी राजधानी सै पंजाब की के हरियाणा की | IN-HR+IN-PB
puadhi | एलेक्सा पंजाब की राजधानी कौण सी सै | IN-PB
puadhi | एलेक्सा हरियाणा की राजधानी के सै | IN-HR
puadhi | एलेक्सा मोहाली में कल गेहूं का भाव के रहवैगा | FB
puadhi | एलेक्सा छोड़ दे यार रहण दे | CANCEL
puadhi | एलेक्सा बंद हो जा बस | STOP
puadhi | एलेक्सा इसनै कैसे चलावां बता | HELP
puadhi | एलेक्सा दुनिया की राजधानियाँ शुरू कर दे भाई | LAUNCH
puadhi | एलेक्सा कनाडा की राजधानी के सै टोरंटो तो नहीं | CA
puadhi | एलेक्सा नीदरलैंड की दोनूं राजधानी कौण सी सैं | NL
puadhi | एलेक्सा फलस्तीन की राजधानी के सै | PS
puadhi | एलेक्सा न्यूजीलैंड की राजधानी बता दे | NZ
# Barak Valley Hindi from Silchar and Karimganj, Sylheti at home
silchar | एलेक्सा आमाके बोलो ना {} का राजधानी कौन सा है | कनाडा=CA; केप वर्डे=CV; मध्य अफ्रीकी गणराज्य=CF
silchar | एलेक्सा सिलचर से पूछ रहा हूँ {} का राजधानी किदर है | चाड=TD; चिली=CL; चीन=CN
silchar | एलेक्सा एकटू बताओ ना {} का कैपिटल क्या है | कोलंबिया=CO; कोमोरोस=KM; कोस्टा रिका=CR
silchar | एलेक्सा असम का राजधानी दिसपुर है ना गुवाहाटी | IN-AS
silchar | एलेक्सा त्रिपुरा का राजधानी अगरतला है ना | IN-TR
silchar | एलेक्सा मिजोरम का राजधानी कौन सा है | IN-MZ
silchar | एलेक्सा मणिपुर का राजधानी इंफाल है कि नहीं | IN-MN
silchar | एलेक्सा बांग्लादेश का राजधानी ढाका है ना | BD
silchar | एलेक्सा बराक नदी में पानी कितना बढ़ा आज | FB
silchar | एलेक्सा थाक थाक रहने दो | CANCEL
silchar | एलेक्सा चुप करो अभी | STOP
silchar | एलेक्सा कैसे पूछेगा हम बोलो ना | HELP
silchar | एलेक्सा दुनिया की राजधानियाँ चालू करो ना | LAUNCH
silchar | एलेक्सा म्यांमार का राजधानी यांगून है कि नेपीडॉ | MM
silchar | एलेक्सा श्रीलंका का दोनों राजधानी कौन कौन सा है | LK
silchar | एलेक्सा भूटान का राजधानी थिम्पू है ना | BT
# Arunachali link Hindi from Itanagar and Pasighat
arunachal | एलेक्सा हमको बताओ {} का राजधानी कौन है | क्रोएशिया=HR; क्यूबा=CU; साइप्रस=CY
arunachal | एलेक्सा दोस्त लोग पूछ रहा है {} का राजधानी क्या है | चेक रिपब्लिक=CZ; डेनमार्क=DK; जिबूती=DJ
arunachal | एलेक्सा हम लोग का बेट लगा है {} का राजधानी बोलो | डोमिनिका=DM; डोमिनिकन रिपब्लिक=DO; इक्वाडोर=EC
arunachal | एलेक्सा अरुणाचल का राजधानी ईटानगर है ना | IN-AR
arunachal | एलेक्सा नागालैंड का राजधानी कोहिमा है कि दीमापुर | IN-NL
arunachal | एलेक्सा सिक्किम का राजधानी गंगटोक है ना | IN-SK
arunachal | एलेक्सा मेघालय का राजधानी शिलांग है ना | IN-ML
arunachal | एलेक्सा तवांग में अभी टेंपरेचर कितना है | FB
arunachal | एलेक्सा अपोंग कैसे बनाता है | FB
arunachal | एलेक्सा छोड़ो ना नहीं चाहिए | CANCEL
arunachal | एलेक्सा बस बस बंद करो | STOP
arunachal | एलेक्सा ये स्किल कैसे यूज करता है | HELP
arunachal | एलेक्सा दुनिया की राजधानियाँ खोल दो ना | LAUNCH
arunachal | एलेक्सा तिब्बत का राजधानी ल्हासा है ना | FB
arunachal | एलेक्सा मंगोलिया का राजधानी कौन है | MN
arunachal | एलेक्सा उत्तर कोरिया का राजधानी प्योंगयांग है ना | KP
# Bhopali Hindi from the old city of Bhopal
bhopali | एलेक्सा खां ये बताओ {} की राजधानी कौन सी हेगी | मिस्र=EG; अल सल्वाडोर=SV; इक्वेटोरियल गिनी=GQ
bhopali | एलेक्सा हओ तो {} की राजधानी का नाम बता दो मियां | इरिट्रिया=ER; एस्टोनिया=EE; इस्वातिनी=SZ
bhopali | एलेक्सा तालाब किनारे बैठे बैठे सोचा {} की राजधानी क्या हेगी | इथियोपिया=ET; फिजी=FJ; फिनलैंड=FI
bhopali | एलेक्सा मध्य प्रदेश की राजधानी भोपाल हेगी ना खां | IN-MP
bhopali | एलेक्सा छत्तीसगढ़ की राजधानी रायपुर हेगी के | IN-CG
bhopali | एलेक्सा भोपाल किस स्टेट की राजधानी हेगी | CITY:भोपाल
bhopali | एलेक्सा बड़े तालाब में आज कितना पानी हेगा | FB
bhopali | एलेक्सा पोहे जलेबी की दुकान कहाँ हेगी पास में | FB
bhopali | एलेक्सा रेने दो खां भूल जाओ | CANCEL
bhopali | एलेक्सा चुप हो जाओ मियां बहुत हो गया | STOP
bhopali | एलेक्सा खां इससे पूछते कैसे हें बताओ | HELP
bhopali | एलेक्सा दुनिया की राजधानियाँ चालू करो खां | LAUNCH
bhopali | एलेक्सा मलेशिया की दोनों राजधानियाँ बताओ खां | MY
bhopali | एलेक्सा साउथ कोरिया की राजधानी सियोल हेगी ना | KR
bhopali | एलेक्सा फलस्तीन की राजधानी कौन सी हेगी | PS
bhopali | एलेक्सा पाकिस्तान की राजधानी कराची हेगी के | PK
bhopali | एलेक्सा सऊदी अरब की राजधानी रियाद हेगी ना | SA
# official and long names
official-name | एलेक्सा {} की राजधानी क्या है | संयुक्त राज्य अमेरिका=US; यूनाइटेड किंगडम ऑफ ग्रेट ब्रिटेन एंड नॉर्दर्न आयरलैंड=GB; रूसी संघ=RU
official-name | एलेक्सा जनवादी गणराज्य चीन की राजधानी बताओ | CN
official-name | एलेक्सा कोरिया लोकतांत्रिक जनवादी गणराज्य की राजधानी | KP
official-name | एलेक्सा कोरिया गणराज्य की राजधानी क्या है | KR
official-name | एलेक्सा कांगो लोकतांत्रिक गणराज्य की राजधानी बताओ | CD
official-name | एलेक्सा रिपब्लिक ऑफ कांगो की राजधानी | CG
official-name | एलेक्सा इस्लामी गणराज्य ईरान की राजधानी | IR
official-name | एलेक्सा इस्लामिक रिपब्लिक ऑफ पाकिस्तान की राजधानी | PK
official-name | एलेक्सा फेडरल रिपब्लिक ऑफ जर्मनी की राजधानी | DE
official-name | एलेक्सा बहुराष्ट्रीय राज्य बोलीविया की राजधानियाँ | BO
official-name | एलेक्सा किंगडम ऑफ नीदरलैंड्स की राजधानियाँ | NL
official-name | एलेक्सा रिपब्लिक ऑफ साउथ अफ्रीका की राजधानियाँ बताओ | ZA
official-name | एलेक्सा स्टेट ऑफ पैलेस्टाइन की राजधानी | PS
official-name | एलेक्सा लाओ पीपल्स डेमोक्रेटिक रिपब्लिक की राजधानी | LA
official-name | एलेक्सा संयुक्त मेक्सिकी राज्य की राजधानी | MX
official-name | एलेक्सा भारत गणराज्य की राजधानी क्या है | IN
official-name | एलेक्सा साम्राज्य थाईलैंड की राजधानी | TH
official-name | एलेक्सा किंगडम ऑफ सऊदी अरेबिया की राजधानी | SA
official-name | एलेक्सा हाशमी साम्राज्य जॉर्डन की राजधानी | JO
official-name | एलेक्सा यूनाइटेड रिपब्लिक ऑफ तंज़ानिया की राजधानी | TZ
official-name | एलेक्सा कॉमनवेल्थ ऑफ ऑस्ट्रेलिया की राजधानी | AU
official-name | एलेक्सा सोशलिस्ट रिपब्लिक ऑफ वियतनाम की राजधानी | VN
official-name | एलेक्सा फेडरेटेड स्टेट्स ऑफ माइक्रोनेशिया की राजधानी | FM
official-name | एलेक्सा संघीय लोकतांत्रिक गणराज्य नेपाल की राजधानी | NP
official-name | एलेक्सा प्लूरिनेशनल स्टेट ऑफ बोलीविया की दोनों राजधानियाँ | BO
official-name | एलेक्सा गणतंत्र कोत दिवुआर की राजधानियाँ | CI
official-name | एलेक्सा किंगडम ऑफ इस्वातिनी की राजधानियाँ | SZ
# everyday and old names
everyday-name | एलेक्सा {} की राजधानी बताओ | अमरीका=US; ब्रिटेन=GB; हॉलैंड=NL
everyday-name | एलेक्सा बर्मा की राजधानी क्या है | MM
everyday-name | एलेक्सा ज़ायर की राजधानी क्या थी | CD
everyday-name | एलेक्सा स्याम देश की राजधानी | TH
everyday-name | एलेक्सा फारस की राजधानी | IR
everyday-name | एलेक्सा यूएई की राजधानी | AE
everyday-name | एलेक्सा यूएसए की कैपिटल क्या है | US
everyday-name | एलेक्सा यूके की राजधानी | GB
everyday-name | एलेक्सा डीआरसी की राजधानी | CD
everyday-name | एलेक्सा चेक की राजधानी प्राग है ना | CZ
everyday-name | एलेक्सा तुर्की की राजधानी | TR
everyday-name | एलेक्सा मैसेडोनिया की राजधानी | MK
everyday-name | एलेक्सा स्वाज़ीलैंड की राजधानी | SZ
everyday-name | एलेक्सा आइवरी कोस्ट की राजधानी | CI
everyday-name | एलेक्सा ईस्ट तिमोर की राजधानी | TL
everyday-name | एलेक्सा कंपूचिया की राजधानी | KH
everyday-name | एलेक्सा दहोमे की राजधानी क्या थी | BJ
everyday-name | एलेक्सा अपर वोल्टा की राजधानी | BF
everyday-name | एलेक्सा रोडेशिया की राजधानी | ZW
everyday-name | एलेक्सा अबीसीनिया की राजधानी क्या थी | ET
everyday-name | एलेक्सा बेलोरूस की राजधानी | BY
everyday-name | एलेक्सा मिस्त्र की राजधानी | EG
everyday-name | एलेक्सा यूनान की राजधानी एथेंस है ना | GR
everyday-name | एलेक्सा कोरिया नॉर्थ की राजधानी | KP
everyday-name | एलेक्सा सऊदी की राजधानी | SA
everyday-name | एलेक्सा केप वर्डे की राजधानी प्राया | CV
# shared names
shared-name | एलेक्सा कोरिया की राजधानी | KP+KR
shared-name | एलेक्सा दोनों कोरिया की राजधानियाँ बताओ | KP+KR
shared-name | एलेक्सा कोरिया देश की राजधानी क्या है | KP+KR
shared-name | एलेक्सा कांगो की राजधानी | CD+CG
shared-name | एलेक्सा दोनों कांगो की राजधानियाँ | CD+CG
shared-name | एलेक्सा कांगो देश की राजधानी बताइए | CD+CG
shared-name | एलेक्सा जॉर्जिया की राजधानी | GE
shared-name | एलेक्सा अमेरिका वाले जॉर्जिया की राजधानी | US-GA
shared-name | एलेक्सा जॉर्जिया राज्य की राजधानी अटलांटा है ना | US-GA
shared-name | एलेक्सा जॉर्जिया देश की राजधानी त्बिलिसी है ना | GE
shared-name | एलेक्सा गिनी की राजधानी | GN
shared-name | एलेक्सा सूडान की राजधानी | SD
shared-name | एलेक्सा डोमिनिका की राजधानी | DM
shared-name | एलेक्सा मैक्सिको की राजधानी | MX
shared-name | एलेक्सा मेक्सिको राज्य की राजधानी | MX-MEX
shared-name | एलेक्सा वॉशिंगटन की राजधानी | US-WA
shared-name | एलेक्सा लक्ज़मबर्ग की राजधानी | LU
shared-name | एलेक्सा सिंगापुर की राजधानी | SG
shared-name | एलेक्सा दिल्ली की राजधानी बताओ | IN-DL
shared-name | एलेक्सा पंजाब की राजधानी चंडीगढ़ | IN-PB
shared-name | एलेक्सा आयरलैंड की राजधानी डबलिन है ना | IE
shared-name | एलेक्सा उत्तरी आयरलैंड की राजधानी | GB-NIR
shared-name | एलेक्सा अमेरिकी समोआ की राजधानी | AS
shared-name | एलेक्सा कोरियाई देशों की राजधानी | KP+KR
shared-name | एलेक्सा दोनों कोरियाओं की राजधानी कौन सी है | KP+KR
shared-name | एलेक्सा कांगो नाम के दोनों देशों की राजधानी | CD+CG
shared-name | एलेक्सा विक्टोरिया राज्य की राजधानी | AU-VIC
shared-name | एलेक्सा न्यूयॉर्क की राजधानी | US-NY
# out-of-domain
out-of-domain | एलेक्सा आज मौसम कैसा रहेगा | FB
out-of-domain | एलेक्सा कल सुबह छह बजे का अलार्म लगाओ | FB
out-of-domain | एलेक्सा दस मिनट का टाइमर लगा दो | FB
out-of-domain | एलेक्सा किशोर कुमार के गाने बजाओ | FB
out-of-domain | एलेक्सा लाइट बंद करो | FB
out-of-domain | एलेक्सा पंखा तेज़ करो | FB
out-of-domain | एलेक्सा आज की ताज़ा खबरें सुनाओ | FB
out-of-domain | एलेक्सा एक चुटकुला सुनाओ | FB
out-of-domain | एलेक्सा पेट्रोल का दाम क्या है | FB
out-of-domain | एलेक्सा सोने का भाव बताओ | FB
out-of-domain | एलेक्सा डॉलर का रेट कितना है | FB
out-of-domain | एलेक्सा दिल्ली की आबादी कितनी है बताओ | FB
out-of-domain | एलेक्सा टोक्यो की जनसंख्या कितनी है | FB
out-of-domain | एलेक्सा फ्रांस की मुद्रा क्या है | FB
out-of-domain | एलेक्सा जापान के प्रधानमंत्री कौन हैं | FB
out-of-domain | एलेक्सा अमेरिका का राष्ट्रपति कौन है | FB
out-of-domain | एलेक्सा एशिया की राजधानी क्या है | FB
out-of-domain | एलेक्सा यूरोप की राजधानी कौन सी है | FB
out-of-domain | एलेक्सा अफ्रीका महाद्वीप की राजधानी | FB
out-of-domain | एलेक्सा फैशन की राजधानी कौन सा शहर है | FB
out-of-domain | एलेक्सा भारत की आर्थिक राजधानी कौन सी है | FB
out-of-domain | एलेक्सा दुनिया की सबसे ठंडी राजधानी कौन सी है | FB
out-of-domain | एलेक्सा सबसे ऊँची राजधानी कौन सी है | FB
out-of-domain | एलेक्सा बिज़नेस शुरू करने के लिए कैपिटल कहाँ से लाऊं | FB
out-of-domain | एलेक्सा कैपिटल लेटर किसे कहते हैं | FB
out-of-domain | एलेक्सा भारत की पुरानी राजधानी कलकत्ता कब तक थी | FB
out-of-domain | एलेक्सा दिल्ली से आगरा की दूरी कितनी है | FB
out-of-domain | एलेक्सा मुंबई की फ्लाइट कब है | FB
out-of-domain | एलेक्सा ट्रेन का पीएनआर स्टेटस बताओ | FB
out-of-domain | एलेक्सा राजधानी एक्सप्रेस का टाइम क्या है | FB
out-of-domain | एलेक्सा क्रिकेट का स्कोर बताओ | FB
out-of-domain | एलेक्सा भजन बजाओ | FB
out-of-domain | एलेक्सा गायत्री मंत्र सुनाओ | FB
out-of-domain | एलेक्सा आज कौन सी तारीख है | FB
out-of-domain | एलेक्सा अभी कितने बजे हैं | FB
out-of-domain | एलेक्सा लंदन में अभी क्या टाइम है | FB
out-of-domain | एलेक्सा पेरिस में मौसम कैसा है | FB
out-of-domain | एलेक्सा एफिल टावर कितना ऊँचा है | FB
out-of-domain | एलेक्सा ताजमहल किसने बनवाया | FB
out-of-domain | एलेक्सा दुनिया का सबसे बड़ा देश कौन सा है | FB
out-of-domain | एलेक्सा सबसे छोटा देश कौन सा है | FB
out-of-domain | एलेक्सा दुनिया में कितने देश हैं | FB
out-of-domain | एलेक्सा हिमालय की सबसे ऊँची चोटी | FB
out-of-domain | एलेक्सा गंगा नदी कहाँ से निकलती है | FB
out-of-domain | एलेक्सा मेरी शॉपिंग लिस्ट में आटा डालो | FB
out-of-domain | एलेक्सा वॉल्यूम कम करो | FB
out-of-domain | एलेक्सा रेडियो मिर्ची चलाओ | FB
out-of-domain | एलेक्सा कहानी सुनाओ बच्चों वाली | FB
out-of-domain | एलेक्सा तुम्हारा नाम किसने रखा | FB
out-of-domain | एलेक्सा तुम कहाँ रहती हो | FB
out-of-domain | एलेक्सा आई लव यू | FB
out-of-domain | एलेक्सा गुड मॉर्निंग | FB
out-of-domain | एलेक्सा पचास गुणा बारह कितना होता है | FB
out-of-domain | एलेक्सा अंग्रेज़ी में राजधानी को क्या कहते हैं | FB
out-of-domain | एलेक्सा नार्निया की राजधानी क्या है | FB
out-of-domain | एलेक्सा वकांडा की राजधानी बताओ | FB
out-of-domain | एलेक्सा अटलांटिस की राजधानी कहाँ थी | FB
out-of-domain | एलेक्सा मंगल ग्रह की राजधानी क्या है | FB
out-of-domain | एलेक्सा चाँद की राजधानी | FB
out-of-domain | एलेक्सा मुग़लों की राजधानी कहाँ थी | FB
out-of-domain | एलेक्सा पाटलिपुत्र किसकी राजधानी थी | FB
out-of-domain | एलेक्सा रोमन साम्राज्य की राजधानी | FB
out-of-domain | एलेक्सा ओटोमन साम्राज्य की राजधानी क्या थी | FB
out-of-domain | एलेक्सा पूर्वी जर्मनी की राजधानी क्या थी | FB
out-of-domain | एलेक्सा चेकोस्लोवाकिया की राजधानी | FB
out-of-domain | एलेक्सा यूरोपीय संघ की राजधानी | FB
out-of-domain | एलेक्सा संयुक्त राष्ट्र का मुख्यालय कहाँ है | FB
out-of-domain | एलेक्सा बनारस किसकी राजधानी है | FB
out-of-domain | एलेक्सा सिडनी में कितने लोग रहते हैं | FB
out-of-domain | एलेक्सा रोम कितना पुराना शहर है | FB
out-of-domain | एलेक्सा चीन की भाषा क्या है | FB
out-of-domain | एलेक्सा कनाडा का झंडा कैसा दिखता है | FB
out-of-domain | एलेक्सा जर्मनी का राष्ट्रीय खेल | FB
out-of-domain | एलेक्सा राजधानियों वाला क्विज़ मुझसे पूछो | FB
out-of-domain | एलेक्सा हैदराबाद की बिरयानी कैसे बनती है | FB
out-of-domain | एलेक्सा पानी का बिल कैसे भरूं | FB
out-of-domain | एलेक्सा मेरा फोन ढूंढो | FB
out-of-domain | एलेक्सा दरवाज़े की घंटी कौन बजा रहा है | FB
out-of-domain | एलेक्सा चॉकलेट की राजधानी कौन सी है | FB
out-of-domain | एलेक्सा रोशनी की नगरी किसे कहते हैं | FB
out-of-domain | एलेक्सा गुलाबी शहर कौन सा है | FB
out-of-domain | एलेक्सा वेनिस किस देश में है | FB
out-of-domain | एलेक्सा दुबई किस देश में है | FB
out-of-domain | एलेक्सा कैलाश मानसरोवर कैसे जाएं | FB
# more from the speakers above
mandeali | एलेक्सा धाम खाणे ते पैहलें दस्सा {} री राजधानी | एंटीगुआ और बारबुडा=AG; जर्मनी=DE; फ्रांस=FR
mandeali | एलेक्सा हिमाचल री सर्दियां री राजधानी धर्मशाला ए के | IN-HP
kurmali | एलेक्सा हाट से लौटत बेरा बताउ {} कर राजधानी | रूस देस=RU; जापान देस=JP; अमेरिका देस=US
kurmali | एलेक्सा झारखंड कर उपराजधानी दुमका हेके ना | IN-JH
puadhi | एलेक्सा ट्रैक्टर पै बैठा पूछूं {} की राजधानी के सै | इंग्लैंड=GB-ENG; ऑस्ट्रेलिया=AU; न्यूज़ीलैंड=NZ
puadhi | एलेक्सा हिमाचल की राजधानी शिमला सै के | IN-HP
silchar | एलेक्सा चाय बागान से लौट के पूछता {} का राजधानी | नेपाल=NP; भूटान=BT; म्यांमार=MM
silchar | एलेक्सा मेघालय का राजधानी शिलांग ही है ना भाई | IN-ML
arunachal | एलेक्सा हॉस्टल से पूछ रहा {} का राजधानी बताओ ना | थाईलैंड=TH; वियतनाम=VN; चीन=CN
arunachal | एलेक्सा असम का राजधानी गुवाहाटी है कि दिसपुर | IN-AS
bhopali | एलेक्सा भट्ट सूरमा ये बताओ {} की राजधानी कौन सी हेगी | ईरान मुल्क=IR; इराक मुल्क=IQ; तुर्की मुल्क=TR
bhopali | एलेक्सा बोलीविया की दोनों राजधानियाँ कौन सी हेगी खां | BO
auckland | एलेक्सा स्कूल प्रोजेक्ट के लिए {} की कैपिटल सिटी बताओ | पापुआ न्यू गिनी देश=PG; सोलोमन आइलैंड्स=SB; वानुआतु देश=VU
auckland | एलेक्सा नीदरलैंड्स की दोनों कैपिटल बताओ बच्चों के लिए | NL
vietlearner | एलेक्सा कृपया साफ़ बोलिए {} की राजधानी कौन सी है | म्यांमार देश=MM; मलेशिया देश=MY; फ़िलीपीन्स=PH
vietlearner | एलेक्सा दक्षिण कोरिया की राजधानी कृपया बताइए | KR
iranlearner | एलेक्सा यूनिवर्सिटी की क्लास के लिए {} की राजधानी | ओमान मुल्क=OM; क़तर मुल्क=QA; बहरीन मुल्क=BH
iranlearner | एलेक्सा फ़लस्तीन की राजधानी कौन सी है मेहरबानी करके | PS
hongkong | एलेक्सा यहाँ के पड़ोसी {} की राजधानी बताओ | ताइवान देश=TW; वियतनाम देश=VN; लाओस देश=LA
hongkong | एलेक्सा उत्तर कोरिया की राजधानी बताओ बेटा पूछ रहा है | KP
mouli | एलेक्सा जाल सुखाते हुए बोलो {} का राजधानी | बांग्लादेश=BD; म्यांमार=MM; श्रीलंका=LK
mouli | एलेक्सा ओडिशा का राजधानी भुवनेश्वर है ना | IN-OD
locopilot | एलेक्सा क्रॉसिंग पे रुके हैं {} की राजधानी बताओ | बिहार राज्य=IN-BR; झारखंड राज्य=IN-JH; ओडिशा राज्य=IN-OD
locopilot | एलेक्सा कांगो लोकतांत्रिक गणराज्य की राजधानी किंशासा है ना | CD
baans | एलेक्सा हाट जाने से पहले बोलो {} का राजधानी क्या | मिज़ोरम राज्य=IN-MZ; नागालैंड राज्य=IN-NL; मणिपुर राज्य=IN-MN
baans | एलेक्सा दक्षिण कोरिया का राजधानी सियोल है ना | KR
pashmina | एलेक्सा ख़रीदार आया है {} से उसकी राजधानी बताइए | फ्रांस मुल्क=FR; इटली मुल्क=IT; जर्मनी मुल्क=DE
pashmina | एलेक्सा उत्तर कोरिया की राजधानी कौन सी है जनाब | KP
khilona | एलेक्सा विदेशी टूरिस्ट के लिए {} का राजधानी बोलो | जर्मनी=DE; अमेरिका=US; जापान=JP
khilona | एलेक्सा दक्षिण अफ्रीका का तीन राजधानी बोलो | ZA
boipara | एलेक्सा इतिहास की किताब वाला पूछ रहा है {} की राजधानी | पोलैंड=PL; हंगरी=HU; ऑस्ट्रिया=AT
boipara | एलेक्सा नीदरलैंड की राजधानी एम्स्टर्डम है या हेग | NL
shikshamitra | एलेक्सा बच्चों को रटाना है {} की राजधानी बताइए | महाराष्ट्र राज्य=IN-MH; तमिलनाडु राज्य=IN-TN; पंजाब राज्य=IN-PB
shikshamitra | एलेक्सा कांगो गणराज्य की राजधानी बताइए | CG
pashudaktar | एलेक्सा दवा का पर्चा लिख के पूछ रहे {} की राजधानी | नेपाल=NP; भूटान=BT; बांग्लादेश=BD
pashudaktar | एलेक्सा मलेशिया की राजधानियाँ बताओ भैया | MY
hosiery | एलेक्सा दस्सो जी {} दी राजधानी कि है | रूस दे मुल्क=RU; पोलैंड दे मुल्क=PL; बेलारूस दे मुल्क=BY
hosiery | एलेक्सा दक्षिण अफ्रीका दियां राजधानियाँ दस्सो | ZA
chamda | एलेक्सा ऑर्डर वाले देश {} की राजधानी बताओ | इटली=IT; स्पेन=ES; ब्राज़ील=BR
chamda | एलेक्सा कांगो वाले लोकतांत्रिक गणराज्य की राजधानी | CD
koyla | एलेक्सा ठेका मजदूर पूछत हैं {} के राजधानी | चीन के देस=CN; रूस के देस=RU; पोलैंड के देस=PL
koyla | एलेक्सा नीदरलैंड के दुनो राजधानी बताओ | NL
ballebat | एलेक्सा बैट की ग्रिप लगाते हुए बोलो {} की राजधानी | दक्षिण अफ्रीका=ZA; ज़िम्बाब्वे=ZW; बांग्लादेश=BD
ballebat | एलेक्सा दक्षिण अफ्रीका की तीनों राजधानियाँ बता दो भाई | ZA
circus | एलेक्सा अगला शहर {} में है वहाँ की राजधानी बताओ | मलेशिया=MY; सिंगापुर=SG; इंडोनेशिया=ID
circus | एलेक्सा बोलीविया की राजधानियाँ बताओ जोकर भैया पूछ रहे | BO
ramlila | एलेक्सा सीता जी पूछ रही हैं {} की राजधानी | नेपाल=NP; भूटान=BT; तिब्बत=FB
ramlila | एलेक्सा नेपाल की राजधानी काठमांडू है ना जनकपुर नहीं | NP
reception | एलेक्सा जापानी गेस्ट पूछ रहे हैं कोरिया की राजधानी | KP+KR
reception | एलेक्सा नॉर्थ कोरिया की कैपिटल क्या है | KP
langar | एलेक्सा जी सेवा के बाद दस्सो {} दी राजधानी | कनाडा वाले मुल्क=CA; अमेरिका वाले मुल्क=US; ऑस्ट्रेलिया वाले मुल्क=AU
langar | एलेक्सा साउथ कोरिया दी राजधानी कि है जी | KR
steno | एलेक्सा डिक्टेशन से पहले बताओ {} की राजधानी | गुजरात राज्य=IN-GJ; राजस्थान राज्य=IN-RJ; हरियाणा राज्य=IN-HR
steno | एलेक्सा फलस्तीन की राजधानी क्या है लिखना है | PS
sangrahalay | एलेक्सा गाइड के बिना बताओ {} की राजधानी | यूनान=GR; इटली=IT; मिस्र=EG
sangrahalay | एलेक्सा दक्षिण कोरिया की राजधानी क्या है एक कोरियाई पर्यटक पूछ रहा | KR
chaichakh | एलेक्सा कप धोते हुए बोलो {} की राजधानी | ब्रिटेन=GB; आयरलैंड=IE; स्कॉटलैंड=GB-SCT
chaichakh | एलेक्सा मलेशिया की दोनों राजधानी बोलो चाय वहाँ भी जाती है | MY
chunav | एलेक्सा मतपेटी के पास बैठे बैठे {} की राजधानी | उत्तर प्रदेश राज्य=IN-UP; बिहार वाले राज्य=IN-BR; मध्य प्रदेश राज्य=IN-MP
chunav | एलेक्सा उत्तर कोरिया में चुनाव होते हैं क्या | FB
janganana | एलेक्सा रजिस्टर भरते हुए {} की राजधानी बताओ | नेपाल=NP; बांग्लादेश=BD; म्यांमार=MM
janganana | एलेक्सा दक्षिण अफ्रीका की राजधानियाँ कौन सी हैं अगले घर वाले पूछ रहे | ZA
janganana | एलेक्सा कांगो गणराज्य की राजधानी ब्राज़ाविल है ना | CG
hamradio | एलेक्सा सिग्नल कमज़ोर है जल्दी बताओ {} की राजधानी | जापान=JP; ऑस्ट्रेलिया=AU; ब्राज़ील=BR
hamradio | एलेक्सा दक्षिण कोरिया की राजधानी बताओ ओवर | KR
hamradio | एलेक्सा उत्तर कोरिया की राजधानी बताओ ओवर | KP
# more shared lines
cancel | एलेक्सा वो सवाल छोड़ दो मैं बाद में पूछूंगी | CANCEL
cancel | एलेक्सा नहीं जानना अब राजधानी वाजधानी | CANCEL
cancel | एलेक्सा रहने दो बेटा खुद ढूंढ लेगा | CANCEL
cancel | एलेक्सा गलत देश बोल दिया कैंसल करो | CANCEL
cancel | एलेक्सा कैंसल करो मेहमान आ गए | CANCEL
cancel | एलेक्सा अभी वाला सवाल वापस लेती हूँ | CANCEL
cancel | एलेक्सा मैंने गलती से पूछा रद्द करो | CANCEL
cancel | एलेक्सा ठीक है कोई ज़रूरत नहीं | CANCEL
cancel | एलेक्सा भूल जाओ जो पूछा | CANCEL
cancel | एलेक्सा नहीं रे कैंसल | CANCEL
stop | एलेक्सा दुनिया की राजधानियाँ से बाहर आ जाओ | STOP
stop | एलेक्सा खाना बन गया अब बंद करो | STOP
stop | एलेक्सा बहुत हो गई राजधानियाँ बस | STOP
stop | एलेक्सा चलो बंद करो सोने का टाइम है | STOP
stop | एलेक्सा बंद करो ये राजधानी वाला | STOP
stop | एलेक्सा आज के लिए खत्म | STOP
stop | एलेक्सा स्किल बंद कर दीजिए | STOP
stop | एलेक्सा अब मत बोलो कुछ | STOP
stop | एलेक्सा एंड करो | STOP
stop | एलेक्सा बस करो बहुत पूछ लिया | STOP
launch | एलेक्सा आज दुनिया की राजधानियाँ खेलते हैं खोलो | LAUNCH
launch | एलेक्सा बेटी के लिए दुनिया की राजधानियाँ शुरू कर दो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ वाली स्किल खोलिए ना | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोल के रखो | LAUNCH
launch | एलेक्सा ज़रा दुनिया की राजधानियाँ चला दो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ शुरू करना है मुझे | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ लगा दो भाई | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ से शुरू करो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ फिर से चालू करो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ वाला स्किल ओपन करो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ में जाना है | LAUNCH
launch | एलेक्सा परीक्षा की तैयारी के लिए दुनिया की राजधानियाँ खोलो | LAUNCH
shared-name | एलेक्सा गिनी नाम वाले देशों में से सिर्फ गिनी की राजधानी | GN
shared-name | एलेक्सा पापुआ वाले गिनी की राजधानी | PG
shared-name | एलेक्सा इक्वेटोरियल गिनी की राजधानी | GQ
shared-name | एलेक्सा डोमिनिकन वाला नहीं सिर्फ डोमिनिका | DM
shared-name | एलेक्सा सूडान और दक्षिण सूडान में से दक्षिण वाले की राजधानी | SS
shared-name | एलेक्सा नाइजर देश की राजधानी | NE
shared-name | एलेक्सा कोरिया की दोनों राजधानी | KP+KR
shared-name | एलेक्सा दोनों कांगो देशों की राजधानी बताओ | CD+CG
shared-name | एलेक्सा कांगो की दोनों राजधानियाँ कौन सी हैं | CD+CG
shared-name | एलेक्सा उत्तर और दक्षिण कोरिया की राजधानी | KP+KR
everyday-name | एलेक्सा अमरीका की राजधानी | US
everyday-name | एलेक्सा इंग्लिस्तान की राजधानी | GB-ENG
everyday-name | एलेक्सा रूस की राजधानी मास्को | RU
everyday-name | एलेक्सा चीन देश की राजधानी पेकिंग है क्या | CN
everyday-name | एलेक्सा बंबई किस राज्य की राजधानी है | CITY:मुंबई
everyday-name | एलेक्सा मद्रास किस राज्य की राजधानी है | CITY:चेन्नई
everyday-name | एलेक्सा त्रिवेंद्रम किसकी राजधानी है | CITY:तिरुवनंतपुरम
everyday-name | एलेक्सा बैंगलोर किस राज्य की राजधानी है | CITY:बेंगलुरु
everyday-name | एलेक्सा डच लोगों के देश की राजधानी | NL
reverse-question | एलेक्सा काबुल किस देश की राजधानी है | CITY:काबुल
reverse-question | एलेक्सा ढाका किस देश की राजधानी है | CITY:ढाका
reverse-question | एलेक्सा थिंपू किस देश की राजधानी है | CITY:थिंपू
reverse-question | एलेक्सा अस्ताना किस देश की राजधानी है | CITY:अस्ताना
reverse-question | एलेक्सा अदीस अबाबा किसकी राजधानी है | CITY:अदीस अबाबा
reverse-question | एलेक्सा मनामा कौन से देश की राजधानी है | CITY:मनामा
reverse-question | एलेक्सा ब्लूमफ़ोन्टेन किस देश की राजधानी है | ZA
reverse-question | एलेक्सा कोटोनू किस देश की राजधानी है | BJ
reverse-question | एलेक्सा अबिदजान किस देश की राजधानी है | CI
reverse-question | एलेक्सा दिसपुर किस राज्य की राजधानी है | CITY:दिसपुर
yes-no-check | एलेक्सा क्या ला पाज़ ही बोलीविया की राजधानी है | BO
yes-no-check | एलेक्सा क्या डरबन दक्षिण अफ्रीका की राजधानी है | ZA
yes-no-check | एलेक्सा क्या कोलंबो श्रीलंका की राजधानी है | LK
yes-no-check | एलेक्सा क्या पुत्राजया मलेशिया की राजधानी है | MY
yes-no-check | एलेक्सा क्या रॉटरडैम नीदरलैंड की राजधानी है | NL
yes-no-check | एलेक्सा क्या सिओल उत्तर कोरिया की राजधानी है | KP
yes-no-check | एलेक्सा क्या पेरिस फ्रांस की राजधानी है | FR
yes-no-check | एलेक्सा क्या शिमला हिमाचल की राजधानी है | IN-HP
plural-capitals | एलेक्सा दक्षिण अफ्रीका की तीनों राजधानियों के नाम बताइए बच्चों को | ZA
plural-capitals | एलेक्सा बोलीविया की दोनों राजधानियाँ सुनाओ | BO
plural-capitals | एलेक्सा नीदरलैंड की दोनों राजधानियाँ कौन सी हैं एम्स्टर्डम के अलावा | NL
plural-capitals | एलेक्सा मलेशिया की दोनों राजधानियाँ कुआलालंपुर और दूसरी कौन सी | MY
plural-capitals | एलेक्सा बेनिन की दोनों राजधानियों के नाम | BJ
plural-capitals | एलेक्सा श्रीलंका की दोनों राजधानियाँ कौन सी हैं | LK
plural-capitals | एलेक्सा आइवरी कोस्ट की दोनों राजधानियों के नाम बताओ | CI
plural-capitals | एलेक्सा इस्वातिनी की दोनों राजधानियाँ कौन सी हैं | SZ
plural-capitals | एलेक्सा फलस्तीन की दो राजधानियाँ बताइए | PS
plural-capitals | एलेक्सा जम्मू और कश्मीर की दोनों राजधानियाँ कौन सी हैं | IN-JK
out-of-domain | एलेक्सा बच्चों के लिए लोरी गाओ | FB
out-of-domain | एलेक्सा कल छुट्टी है क्या | FB
out-of-domain | एलेक्सा मेरी बस कितनी दूर है | FB
out-of-domain | एलेक्सा गर्म पानी का गीज़र चालू करो | FB
out-of-domain | एलेक्सा आज का राशिफल बताओ | FB
out-of-domain | एलेक्सा चाय बनाने का टाइमर पाँच मिनट | FB
out-of-domain | एलेक्सा कौन बनेगा करोड़पति कब आता है | FB
out-of-domain | एलेक्सा इंडिया की राजधानी पर फिल्म दिखाओ | FB
out-of-domain | एलेक्सा पेरिस जाने का वीज़ा कैसे बनता है | FB
out-of-domain | एलेक्सा लंदन में कितनी ठंड है | FB
out-of-domain | एलेक्सा बर्लिन की दीवार कब गिरी | FB
out-of-domain | एलेक्सा नेपाल जाने के लिए पासपोर्ट चाहिए क्या | FB
out-of-domain | एलेक्सा कैपिटल वन बैंक का नंबर | FB
out-of-domain | एलेक्सा राजधानी नाम की फिल्म किसने बनाई | FB
out-of-domain | एलेक्सा अंटार्कटिका पर कौन रहता है | FB
follow-up | और वो वाला स्विट्ज़रलैंड | CH
follow-up | अच्छा अब श्रीलंका की दोनों | LK
follow-up | फिर बेल्जियम | BE
follow-up | उत्तर कोरिया भी बताओ | KP
follow-up | अब कांगो लोकतांत्रिक गणराज्य | CD
# Congo-Brazzaville and a few more plural lines
official-name | एलेक्सा कांगो गणराज्य यानी छोटे कांगो की राजधानी | CG
everyday-name | एलेक्सा कांगो ब्राज़ाविल देश की राजधानी बताओ | CG
everyday-name | एलेक्सा फ्रेंच वाले कांगो की राजधानी | CG
self-correction | एलेक्सा कैमरून की राजधानी नहीं रुको कांगो गणराज्य की | CG
yes-no-check | एलेक्सा ब्राज़ाविल ही कांगो गणराज्य की राजधानी है ना | CG
subdivision | एलेक्सा कांगो गणराज्य के पड़ोसी गैबॉन की राजधानी | GA
plural-capitals | एलेक्सा मलेशिया की सभी राजधानियों के नाम सुनाइए | MY
plural-capitals | एलेक्सा मलेशिया में राजधानी वाले दोनों शहर कौन से हैं | MY
plural-capitals | एलेक्सा नीदरलैंड में दो दो राजधानियाँ कैसे कौन सी | NL
plural-capitals | एलेक्सा हॉलैंड की सब राजधानियाँ बताओ | NL
plural-capitals | एलेक्सा बेनिन में राजधानी वाले दोनों शहर बताओ | BJ
plural-capitals | एलेक्सा बेनिन की कितनी राजधानियाँ हैं नाम सहित | BJ
# Indian families in Auckland and Hamilton; a rugby Saturday
auckland | एलेक्सा बच्चों के होमवर्क के लिए {} की कैपिटल बताओ | फ्रांस=FR; गैबॉन=GA; गाम्बिया=GM
auckland | एलेक्सा यहाँ ऑकलैंड में बैठे बैठे पूछ रहे हैं {} की राजधानी क्या है | जॉर्जिया देश=GE; जर्मनी=DE; घाना=GH
auckland | एलेक्सा स्वीटी ज़रा बताओ {} की राजधानी कौन सी है | ग्रीस=GR; ग्रेनाडा=GD; ग्वाटेमाला=GT
auckland | एलेक्सा न्यूज़ीलैंड की राजधानी ऑकलैंड है या वेलिंग्टन | NZ
auckland | एलेक्सा ऑस्ट्रेलिया की कैपिटल सिडनी है क्या | AU
auckland | एलेक्सा टोंगा की राजधानी क्या है | TO
auckland | एलेक्सा समोआ की राजधानी एपिया है ना | WS
auckland | एलेक्सा कुक आइलैंड्स की राजधानी कौन सी है | CK
auckland | एलेक्सा ऑल ब्लैक्स का अगला मैच कब है | FB
auckland | एलेक्सा मम्मी को कॉल करो इंडिया में | FB
auckland | एलेक्सा नेवर माइंड बेटा रहने दो | CANCEL
auckland | एलेक्सा ओके स्टॉप इट नाउ | STOP
auckland | एलेक्सा हिंदी में कैसे पूछें बताओ | HELP
auckland | एलेक्सा ओपन दुनिया की राजधानियाँ प्लीज़ | LAUNCH
auckland | एलेक्सा फिजी की राजधानी सुवा है ना | FJ
auckland | एलेक्सा नियू की राजधानी बताओ | NU
# Vietnamese students of Hindi in Hanoi; a dictation class
vietlearner | एलेक्सा कृपया मुझे बताइए {} की राजधानी क्या है | गिनी=GN; गिनी बिसाऊ=GW; गयाना=GY
vietlearner | एलेक्सा मेरी अध्यापिका ने पूछा है {} की राजधानी कौन सी है | हैती=HT; होंडुरास=HN; हंगरी=HU
vietlearner | एलेक्सा मैं हिंदी सीख रहा हूँ धीरे से बोलिए {} की राजधानी क्या है | आइसलैंड=IS; इंडोनेशिया=ID; ईरान=IR
vietlearner | एलेक्सा वियतनाम की राजधानी हनोई है क्या | VN
vietlearner | एलेक्सा हनोई किस देश की राजधानी है | CITY:हनोई
vietlearner | एलेक्सा लाओस की राजधानी क्या है कृपया | LA
vietlearner | एलेक्सा कंबोडिया की राजधानी नोम पेन्ह है | KH
vietlearner | एलेक्सा कृपया दोबारा बोलिए मुझे समझ नहीं आया | HELP
vietlearner | एलेक्सा कृपया रुक जाइए | STOP
vietlearner | एलेक्सा कृपया रद्द कीजिए | CANCEL
vietlearner | एलेक्सा दुनिया की राजधानियाँ कृपया खोलिए | LAUNCH
vietlearner | एलेक्सा राजधानी शब्द का मतलब क्या होता है | FB
vietlearner | एलेक्सा हिंदी में धन्यवाद कैसे लिखते हैं | FB
vietlearner | एलेक्सा थाईलैंड की राजधानी बैंकॉक है ना | TH
# Iranian students in Pune; the hostel kitchen
iranlearner | एलेक्सा लुत्फ़न बताइए {} की राजधानी क्या है | इराक=IQ; आयरलैंड=IE; इज़राइल=IL
iranlearner | एलेक्सा मेरा दोस्त पूछता है {} की राजधानी कौन सा शहर है | इटली=IT; जमैका=JM; जापान=JP
iranlearner | एलेक्सा हम ईरानी लोग पुणे में रहते हैं {} की राजधानी बताओ | जॉर्डन=JO; कजाखस्तान=KZ; केन्या=KE
iranlearner | एलेक्सा ईरान की राजधानी तेहरान है ना | IR
iranlearner | एलेक्सा पर्शिया की राजधानी क्या थी | IR
iranlearner | एलेक्सा तेहरान किस देश की राजधानी है | CITY:तेहरान
iranlearner | एलेक्सा अफगानिस्तान की राजधानी काबुल है ना | AF
iranlearner | एलेक्सा ताजिकिस्तान की राजधानी दुशांबे है | TJ
iranlearner | एलेक्सा नौरोज़ कब है इस साल | FB
iranlearner | एलेक्सा ख़ैर छोड़िए रहने दीजिए | CANCEL
iranlearner | एलेक्सा मर्सी बस हो गया | STOP
iranlearner | एलेक्सा मैं कैसे सवाल पूछूं मदद कीजिए | HELP
iranlearner | एलेक्सा दुनिया की राजधानियाँ शुरू कीजिए | LAUNCH
iranlearner | एलेक्सा तुर्कमेनिस्तान की राजधानी अश्गाबात है | TM
# Indian families in Hong Kong; a Sunday at Chungking Mansions
hongkong | एलेक्सा बेटे का क्विज़ है {} की राजधानी बताओ | किरिबाती=KI; कुवैत=KW; किर्गिस्तान=KG
hongkong | एलेक्सा सिम शा सुई की दुकान से पूछ रहा हूँ {} की राजधानी क्या है | लातविया=LV; लेबनान=LB; लेसोथो=LS
hongkong | एलेक्सा जल्दी बोलो {} की राजधानी कौन सी | लाइबेरिया=LR; लीबिया=LY; लिकटेंस्टाइन=LI
hongkong | एलेक्सा हांगकांग की राजधानी क्या है | HK
hongkong | एलेक्सा मकाऊ की राजधानी कौन सी है | MO
hongkong | एलेक्सा ताइवान की राजधानी ताइपे है ना | TW
hongkong | एलेक्सा चीन की राजधानी बीजिंग है या शंघाई | CN
hongkong | एलेक्सा फिलीपींस की राजधानी मनीला है ना | PH
hongkong | एलेक्सा आज टाइफून सिग्नल कितना है | FB
hongkong | एलेक्सा स्टार फेरी का टाइम बताओ | FB
hongkong | एलेक्सा अरे छोड़ो कैंसल करो | CANCEL
hongkong | एलेक्सा ओके बंद करो अब | STOP
hongkong | एलेक्सा इसमें क्या क्या पूछ सकते हैं | HELP
hongkong | एलेक्सा दुनिया की राजधानियाँ लगाओ | LAUNCH
hongkong | एलेक्सा इंडोनेशिया की राजधानी जकार्ता है कि नहीं | ID
hongkong | एलेक्सा सिंगापुर की राजधानी सिंगापुर ही है क्या | SG
# Sundarbans honey collectors (mouli) in their Bengali-tinged Hindi; the honey season
mouli | एलेक्सा मौचाक से लौट के पूछता {} का राजधानी कौन है | लिथुआनिया=LT; लक्ज़मबर्ग=LU; मेडागास्कर=MG
mouli | एलेक्सा बोनबीबी का नाम लेकर पूछता {} का राजधानी बोलो | मलावी=MW; मालदीव=MV; माली=ML
mouli | एलेक्सा नाव पे बैठा हूँ {} का राजधानी क्या है | माल्टा=MT; मार्शल आइलैंड्स=MH; मॉरिटानिया=MR
mouli | एलेक्सा बांग्लादेश का राजधानी कौन सा है | BD
mouli | एलेक्सा सुंदरबन में आज ज्वार कब आएगा | FB
mouli | एलेक्सा मधु का दाम कितना चल रहा है | FB
mouli | एलेक्सा थाक रहने दो | CANCEL
mouli | एलेक्सा चुप हो जाओ बाघ सुन लेगा | STOP
mouli | एलेक्सा कैसे पूछने का बताओ ना | HELP
mouli | एलेक्सा दुनिया की राजधानियाँ चालू करो ना भाई | LAUNCH
mouli | एलेक्सा मॉरीशस का राजधानी पोर्ट लुई है ना | MU
mouli | एलेक्सा कोलकाता किसका राजधानी है | CITY:कोलकाता
mouli | एलेक्सा अंडमान का राजधानी पोर्ट ब्लेयर है ना | IN-AN
# Loco pilots of the Indian Railways; a night goods train
locopilot | एलेक्सा सिग्नल हरा होने तक बताओ {} की राजधानी क्या है | मेक्सिको=MX; माइक्रोनेशिया=FM; मोल्दोवा=MD
locopilot | एलेक्सा लूप लाइन पे खड़े हैं {} की राजधानी कौन सी है | मोनाको=MC; मंगोलिया=MN; मोंटेनेग्रो=ME
locopilot | एलेक्सा असिस्टेंट पूछ रहा है {} की राजधानी बताओ | मोरक्को=MA; मोज़ाम्बिक=MZ; म्यांमार=MM
locopilot | एलेक्सा लॉबी में बैठे हैं बताओ तेलंगाना की राजधानी | IN-TS
locopilot | एलेक्सा आंध्र प्रदेश की राजधानी अमरावती है या अभी भी हैदराबाद | IN-AP
locopilot | एलेक्सा राजधानी एक्सप्रेस कितनी लेट है | FB
locopilot | एलेक्सा मेरी अगली ड्यूटी कब है | FB
locopilot | एलेक्सा कैंसिल कैंसिल | CANCEL
locopilot | एलेक्सा स्टॉप करो भाई नींद आ रही है | STOP
locopilot | एलेक्सा इस स्किल में क्या पूछना है | HELP
locopilot | एलेक्सा दुनिया की राजधानियाँ स्टार्ट कर दो | LAUNCH
locopilot | एलेक्सा गोवा की राजधानी पणजी है ना | IN-GA
locopilot | एलेक्सा दक्षिण अफ्रीका की राजधानियाँ कौन कौन सी हैं | ZA
locopilot | एलेक्सा नीदरलैंड्स की दो राजधानी वाली बात सही है क्या | NL
# Tripura bamboo and cane weavers; the basket bench
baans | एलेक्सा टोकरी बुनते बुनते पूछ रहा {} का राजधानी क्या है | नामीबिया=NA; नाउरू=NR; नेपाल=NP
baans | एलेक्सा बाँस छीलते हुए बोलो {} का राजधानी कौन है | निकारागुआ=NI; नाइजर=NE; नाइजीरिया=NG
baans | एलेक्सा दीदी पूछ रही है {} का राजधानी बताओ ना | नॉर्थ मैसेडोनिया=MK; नॉर्वे=NO; ओमान=OM
baans | एलेक्सा त्रिपुरा का राजधानी कौन सा है | IN-TR
baans | एलेक्सा अगरतला किसका राजधानी है | CITY:अगरतला
baans | एलेक्सा बाँस का दाम आज क्या है बाज़ार में | FB
baans | एलेक्सा छोड़ो छोड़ो | CANCEL
baans | एलेक्सा बंद हो जाओ ना | STOP
baans | एलेक्सा मदद करो कैसे बोलना है | HELP
baans | एलेक्सा दुनिया की राजधानियाँ खोलो ना दीदी | LAUNCH
baans | एलेक्सा बर्मा का राजधानी क्या है | MM
baans | एलेक्सा मलेशिया का दोनों राजधानी का नाम बोलो | MY
# Srinagar pashmina weavers and spinners
pashmina | एलेक्सा जनाब {} की राजधानी कौन सी है ज़रा बताइए | पाकिस्तान=PK; पलाऊ=PW; पनामा=PA
pashmina | एलेक्सा करघे पे बैठे हैं {} की राजधानी बताओ | पापुआ न्यू गिनी=PG; पैराग्वे=PY; पेरू=PE
pashmina | एलेक्सा शॉल की कढ़ाई करते करते सोचा {} की राजधानी क्या है | पोलैंड=PL; पुर्तगाल=PT; क़तर=QA
pashmina | एलेक्सा जम्मू कश्मीर की गर्मियों की राजधानी कौन सी है | IN-JK
pashmina | एलेक्सा जम्मू कश्मीर की दोनों राजधानियाँ बताइए | IN-JK
pashmina | एलेक्सा श्रीनगर किसकी राजधानी है | CITY:श्रीनगर
pashmina | एलेक्सा डल झील पे आज धूप है या नहीं | FB
pashmina | एलेक्सा कांगड़ी के लिए कोयला कहाँ मिलेगा | FB
pashmina | एलेक्सा रहने दीजिए जनाब | CANCEL
pashmina | एलेक्सा बस कीजिए अब | STOP
pashmina | एलेक्सा इसमें सवाल कैसे पूछते हैं बताइए | HELP
pashmina | एलेक्सा दुनिया की राजधानियाँ से पूछिए ईरान की राजधानी | IR
pashmina | एलेक्सा लद्दाख की राजधानी कौन सी है | IN-LA
# Channapatna toy makers in their Kannada-tinged Hindi
khilona | एलेक्सा गोंबे बनाते बनाते पूछ रहा {} का राजधानी क्या है | रोमानिया=RO; रूस=RU; रवांडा=RW
khilona | एलेक्सा बच्चे लोग पूछ रहे {} का राजधानी बोलो | सेंट किट्स एंड नेविस=KN; सेंट लूसिया=LC; सेंट विन्सेंट=VC
khilona | एलेक्सा लाख का रंग लगाते हुए {} का राजधानी क्या है | समोआ=WS; सैन मरीनो=SM; साओ टोमे=ST
khilona | एलेक्सा कर्नाटक का राजधानी बेंगलुरु है ना | IN-KA
khilona | एलेक्सा बेंगलुरु किस राज्य का राजधानी है | CITY:बेंगलुरु
khilona | एलेक्सा मैसूर पहले राजधानी था क्या | FB
khilona | एलेक्सा बेड़ा बेड़ा रहने दो | CANCEL
khilona | एलेक्सा साकु साकु बस करो | STOP
khilona | एलेक्सा कैसे पूछना गोत्तिल्ला बताओ | HELP
khilona | एलेक्सा दुनिया की राजधानियाँ ओपन करो | LAUNCH
khilona | एलेक्सा जापान का राजधानी टोक्यो है ना | JP
khilona | एलेक्सा चन्नपट्टना से बेंगलुरु कितना दूर है | FB
# College Street booksellers in Kolkata
boipara | एलेक्सा एक ग्राहक पूछ रहा है {} की राजधानी कौन सी है | सऊदी अरब=SA; सेनेगल=SN; सर्बिया=RS
boipara | एलेक्सा एटलस ढूंढने से पहले बताओ {} की राजधानी | सेशेल्स=SC; सिएरा लियोन=SL; सिंगापुर=SG
boipara | एलेक्सा पुरानी किताब में लिखा है {} की राजधानी क्या है | स्लोवाकिया=SK; स्लोवेनिया=SI; सोलोमन द्वीप=SB
boipara | एलेक्सा सोवियत संघ की राजधानी कौन सी थी | FB
boipara | एलेक्सा ब्रिटिश इंडिया की पहली राजधानी कलकत्ता थी ना | FB
boipara | एलेक्सा सीलोन की राजधानी क्या है | LK
boipara | एलेक्सा रवींद्रनाथ की कोई कविता सुनाओ | FB
boipara | एलेक्सा आच्छा ठीक है रहने दो | CANCEL
boipara | एलेक्सा थामो अब बस | STOP
boipara | एलेक्सा क्या क्या पूछ सकता हूँ बोलो | HELP
boipara | एलेक्सा दुनिया की राजधानियाँ चलाओ तो | LAUNCH
boipara | एलेक्सा बोलीविया की राजधानी सुक्रे है या ला पाज़ दोनों बताओ | BO
boipara | एलेक्सा आइवरी कोस्ट की दोनों राजधानियाँ कौन सी हैं | CI
boipara | एलेक्सा कांगो ब्राज़ाविल की राजधानी | CG
# Village shiksha mitras (contract schoolteachers) in Barabanki and Sitapur; the morning assembly
shikshamitra | एलेक्सा बच्चों को पढ़ाने के लिए बताइए {} की राजधानी क्या है | सोमालिया=SO; दक्षिण सूडान=SS; सूडान=SD
shikshamitra | एलेक्सा प्रार्थना के बाद सामान्य ज्ञान में पूछना है {} की राजधानी | सूरीनाम=SR; स्वीडन=SE; स्विट्ज़रलैंड=CH
shikshamitra | एलेक्सा कक्षा पाँच के लिए {} की राजधानी बताइए | सीरिया=SY; ताजिकिस्तान=TJ; तंजानिया=TZ
shikshamitra | एलेक्सा उत्तर प्रदेश की राजधानी लखनऊ है ना बच्चों को बताना है | IN-UP
shikshamitra | एलेक्सा भारत की राजधानी नई दिल्ली है बच्चों को सुनाइए | IN
shikshamitra | एलेक्सा मिड डे मील का आज का मेन्यू क्या है | FB
shikshamitra | एलेक्सा पृथ्वी पर कितने महाद्वीप हैं | FB
shikshamitra | एलेक्सा ठहरिए रद्द कीजिए | CANCEL
shikshamitra | एलेक्सा अब विराम दीजिए | STOP
shikshamitra | एलेक्सा इस कौशल का प्रयोग कैसे करें | HELP
shikshamitra | एलेक्सा दुनिया की राजधानियाँ आरंभ कीजिए | LAUNCH
shikshamitra | एलेक्सा दुनिया की राजधानियाँ से पूछिए नेपाल की राजधानी | NP
shikshamitra | एलेक्सा दक्षिण अफ्रीका की तीन राजधानियाँ कौन सी हैं | ZA
shikshamitra | एलेक्सा उत्तर कोरिया की राजधानी बताइए | KP
shikshamitra | एलेक्सा दक्षिण कोरिया की राजधानी बताइए | KR
# Veterinary staff at a block animal hospital in Bundelkhand's Jhansi side
pashudaktar | एलेक्सा गाय का टीका लगा के पूछ रहे {} की राजधानी का है | थाईलैंड=TH; ईस्ट तिमोर=TL; टोगो=TG
pashudaktar | एलेक्सा भैंस की पर्ची भरते भरते {} की राजधानी बताओ | टोंगा=TO; त्रिनिदाद टोबैगो=TT; ट्यूनीशिया=TN
pashudaktar | एलेक्सा कंपाउंडर जानना चाहता है {} की राजधानी कौन सी है | तुर्की=TR; तुर्कमेनिस्तान=TM; तुवालु=TV
pashudaktar | एलेक्सा खुरपका का टीका कब लगता है | FB
pashudaktar | एलेक्सा आज झांसी में गर्मी कितनी है | FB
pashudaktar | एलेक्सा रहन दो भैया | CANCEL
pashudaktar | एलेक्सा बंद करो अब काम है | STOP
pashudaktar | एलेक्सा कैसे पूछें बताओ तो | HELP
pashudaktar | एलेक्सा दुनिया की राजधानियाँ चालू करियो | LAUNCH
pashudaktar | एलेक्सा मध्यप्रदेश की राजधानी भोपाल है ना | IN-MP
pashudaktar | एलेक्सा मंगोलिया की राजधानी उलानबटोर है | MN
pashudaktar | एलेक्सा डेनमार्क की राजधानी कोपेनहेगन है ना | DK
# Ludhiana hosiery knitters; the winter order
hosiery | एलेक्सा मशीन चलाते चलाते दस्सो {} दी राजधानी कि है | युगांडा=UG; यूक्रेन=UA; यूएई=AE
hosiery | एलेक्सा एक्सपोर्ट का माल जाना है {} की राजधानी क्या है | यूनाइटेड किंगडम=GB; अमेरिका=US; उरुग्वे=UY
hosiery | एलेक्सा ऑर्डर आया है {} से वहाँ की राजधानी बताओ | उज़्बेकिस्तान=UZ; वानुअतु=VU; वेनेजुएला=VE
hosiery | एलेक्सा पंजाब दी राजधानी कित्थे है | IN-PB
hosiery | एलेक्सा ऊन का रेट आज क्या है | FB
hosiery | एलेक्सा स्वेटर का नया डिज़ाइन दिखाओ | FB
hosiery | एलेक्सा रहण दे जी | CANCEL
hosiery | एलेक्सा बंद कर दे यार | STOP
hosiery | एलेक्सा किवें पुच्छणा है दस्सो | HELP
hosiery | एलेक्सा दुनिया की राजधानियाँ चला दे जी | LAUNCH
hosiery | एलेक्सा रूस की राजधानी मास्को है ना | RU
hosiery | एलेक्सा कनाडा दी राजधानी ओटावा ए ना | CA
hosiery | एलेक्सा इंग्लैंड की राजधानी लंदन है ना | GB-ENG
# Kanpur tannery workers; the night shift at Jajmau
chamda | एलेक्सा चमड़ा सुखाते सुखाते पूछ रहे {} की राजधानी का है | वियतनाम=VN; यमन=YE; ज़ाम्बिया=ZM
chamda | एलेक्सा गंगा किनारे की टैनरी से पूछ रहे {} की राजधानी कौन सी है | ज़िम्बाब्वे=ZW; वेटिकन=VA; बहामास द्वीप=BS
chamda | एलेक्सा ठेकेदार बोल रहा {} की राजधानी बताओ | इटली देश=IT; इथियोपिया देश=ET; इराक देश=IQ
chamda | एलेक्सा कानपुर किस राज्य की राजधानी है | FB
chamda | एलेक्सा लखनऊ किस राज्य की राजधानी है | CITY:लखनऊ
chamda | एलेक्सा जूते का ऑर्डर कब तक जाएगा | FB
chamda | एलेक्सा अरे रहन देओ | CANCEL
chamda | एलेक्सा बस करो अब हो गया | STOP
chamda | एलेक्सा कइसे पूछैं बताओ | HELP
chamda | एलेक्सा दुनिया की राजधानियाँ चलाओ भइया | LAUNCH
chamda | एलेक्सा इटली की राजधानी रोम है ना | IT
chamda | एलेक्सा फलस्तीन की दोनों राजधानियाँ कौन सी हैं | PS
# Jharia coal miners; the shift change at the pit head
koyla | एलेक्सा खदान से निकल के पूछत हैं {} के राजधानी का है | अर्जेंटीना देश=AR; ऑस्ट्रेलिया देश=AU; ब्राज़ील देश=BR
koyla | एलेक्सा शिफ्ट बदले के टाइम बताओ {} के राजधानी कौन है | ग्वाटेमाला देश=GT; हंगरी देश=HU; जापान देश=JP
koyla | एलेक्सा धनबाद से पूछत हैं {} के राजधानी बताओ | केन्या देश=KE; मेक्सिको देश=MX; पेरू देश=PE
koyla | एलेक्सा झारखंड के राजधानी का है | IN-JH
koyla | एलेक्सा झरिया में आग कब से लगी है | FB
koyla | एलेक्सा कोयला का दाम कितना है आज | FB
koyla | एलेक्सा रहे दो | CANCEL
koyla | एलेक्सा चुप रहो | STOP
koyla | एलेक्सा कइसे पूछना है बताओ हमको | HELP
koyla | एलेक्सा दुनिया की राजधानियाँ चालू करो रे | LAUNCH
koyla | एलेक्सा बिहार के राजधानी पटना है ना | IN-BR
koyla | एलेक्सा दोनों कांगो के राजधानी | CD+CG
# Meerut cricket-bat and sports-goods makers
ballebat | एलेक्सा बल्ला छीलते छीलते पूछ रहे {} की राजधानी क्या है | इंग्लैंड=GB-ENG; स्कॉटलैंड=GB-SCT; वेल्स=GB-WLS
ballebat | एलेक्सा क्रिकेट खेलने वाले {} की राजधानी बताओ | वेस्ट इंडीज़ वाले त्रिनिदाद=TT; बारबाडोस देश=BB; जमैका देश=JM
ballebat | एलेक्सा एक्सपोर्ट का बैट जाना है {} की राजधानी कौन सी है | न्यूज़ीलैंड देश=NZ; श्रीलंका देश=LK; आयरलैंड देश=IE
ballebat | एलेक्सा उत्तरी आयरलैंड की राजधानी बेलफास्ट है ना | GB-NIR
ballebat | एलेक्सा आज इंडिया का मैच कितने बजे है | FB
ballebat | एलेक्सा विलो की लकड़ी कहाँ से आती है | FB
ballebat | एलेक्सा रहने दो यार | CANCEL
ballebat | एलेक्सा बंद कर दे भाई | STOP
ballebat | एलेक्सा तुमसे राजधानी कैसे पूछें | HELP
ballebat | एलेक्सा दुनिया की राजधानियाँ खोल दे भाई | LAUNCH
ballebat | एलेक्सा श्रीलंका की दोनों राजधानी बताओ | LK
ballebat | एलेक्सा अफगानिस्तान की राजधानी बताओ | AF
# Travelling circus performers; a tent in a small town
circus | एलेक्सा शो से पहले पूछ लें {} की राजधानी क्या है | रूस देश=RU; चीन देश=CN; मिस्र देश=EG
circus | एलेक्सा झूले वाली दीदी पूछ रही {} की राजधानी कौन सी है | केन्या=KE; स्पेन=ES; बेल्जियम देश=BE
circus | एलेक्सा जोकर भैया जानना चाहते हैं {} की राजधानी | अल्बानिया देश=AL; बुल्गारिया देश=BG; क्रोएशिया देश=HR
circus | एलेक्सा तंबू उखाड़ने से पहले बताओ कल बारिश होगी क्या | FB
circus | एलेक्सा शेर को कितना मांस खिलाते हैं | FB
circus | एलेक्सा रहने दो शो शुरू होने वाला है | CANCEL
circus | एलेक्सा अब चुप बैंड बजने वाला है | STOP
circus | एलेक्सा ये राजधानी वाला खेल कैसे चलता है | HELP
circus | एलेक्सा दुनिया की राजधानियाँ वाला खेल खोलो | LAUNCH
circus | एलेक्सा रूस की राजधानी मॉस्को है या सेंट पीटर्सबर्ग | RU
circus | एलेक्सा नेपाल में सर्कस गया था वहाँ की राजधानी क्या है | NP
# Ramlila actors in Ramnagar and Ayodhya; between scenes
ramlila | एलेक्सा रावण का मुकुट उतार के पूछ रहा हूँ {} की राजधानी क्या है | श्रीलंका=LK; थाईलैंड देश=TH; इंडोनेशिया देश=ID
ramlila | एलेक्सा हनुमान जी पूछ रहे हैं {} की राजधानी कौन सी है | कंबोडिया देश=KH; मॉरीशस देश=MU; फिजी देश=FJ
ramlila | एलेक्सा अगले दृश्य से पहले {} की राजधानी बताओ | सूरीनाम देश=SR; गुयाना देश=GY; त्रिनिदाद=TT
ramlila | एलेक्सा लंका की राजधानी क्या थी रावण वाली | FB
ramlila | एलेक्सा अयोध्या किस राज्य में है | FB
ramlila | एलेक्सा अयोध्या किस देश की राजधानी है | FB
ramlila | एलेक्सा रहने दो पर्दा उठ गया | CANCEL
ramlila | एलेक्सा शांत हो जाओ | STOP
ramlila | एलेक्सा कृपया बताओ प्रश्न कैसे पूछें | HELP
ramlila | एलेक्सा दुनिया की राजधानियाँ प्रारंभ करो | LAUNCH
ramlila | एलेक्सा श्रीलंका की राजधानी कोलंबो है या कोट्टे | LK
# Hotel receptionists in Manali and Kasol; foreign guests at the desk
reception | एलेक्सा गेस्ट पूछ रहे हैं {} की राजधानी क्या है | इज़राइल देश=IL; जर्मनी देश=DE; फ्रांस देश=FR
reception | एलेक्सा चेक इन करते हुए बताओ {} की कैपिटल क्या है | नीदरलैंड देश=NL; रूस=RU; यूक्रेन देश=UA
reception | एलेक्सा पासपोर्ट देख के पूछ रहा हूँ {} की राजधानी | चेक देश=CZ; पोलैंड देश=PL; स्वीडन देश=SE
reception | एलेक्सा हॉलैंड की दोनों कैपिटल बताओ | NL
reception | एलेक्सा रोहतांग पास खुला है क्या | FB
reception | एलेक्सा रूम नंबर दो सौ पाँच की लाइट बंद करो | FB
reception | एलेक्सा कैंसल कर दो प्लीज़ | CANCEL
reception | एलेक्सा स्टॉप प्लीज़ गेस्ट आ गए | STOP
reception | एलेक्सा हेल्प चाहिए इस स्किल के लिए | HELP
reception | एलेक्सा दुनिया की राजधानियाँ ओपन कर दो | LAUNCH
reception | एलेक्सा इज़राइल की राजधानी तेल अवीव है क्या | IL
reception | एलेक्सा हिमाचल की राजधानी कौन सी है गेस्ट पूछ रहे | IN-HP
# Gurdwara langar sevadars in Amritsar; washing the dishes
langar | एलेक्सा सेवा करदे करदे पुच्छ रहे हां {} दी राजधानी कि है | कनाडा देश=CA; इंग्लैंड देश=GB; इटली=IT
langar | एलेक्सा जी संगत पूछ रही है {} की राजधानी कौन सी है | अफगानिस्तान देश=AF; पाकिस्तान देश=PK; ईरान देश=IR
langar | एलेक्सा बर्तन धोते हुए दस्सो {} दी राजधानी | मलेशिया=MY; थाईलैंड=TH; फिलीपींस देश=PH
langar | एलेक्सा पाकिस्तान वाले पंजाब की राजधानी लाहौर है ना | FB
langar | एलेक्सा ननकाना साहिब किस देश में है | FB
langar | एलेक्सा रहण दो जी वाहेगुरु | CANCEL
langar | एलेक्सा बस करो जी | STOP
langar | एलेक्सा जी किवें पुछणा है दस्सो | HELP
langar | एलेक्सा दुनिया की राजधानियाँ चलाओ जी | LAUNCH
langar | एलेक्सा मलेशिया दियां दो राजधानियाँ कौण सियां ने | MY
langar | एलेक्सा पाकिस्तान दी राजधानी इस्लामाबाद है ना | PK
# Tehsil stenographers and typists; a slow afternoon
steno | एलेक्सा फाइल टाइप करते करते पूछ रहा {} की राजधानी क्या है | बोलीविया=BO; लक्ज़मबर्ग देश=LU; मोनाको देश=MC
steno | एलेक्सा साहब ने पूछा है {} की राजधानी बताओ | अंडोरा देश=AD; सैन मरीनो देश=SM; माल्टा देश=MT
steno | एलेक्सा लंच में पूछ रहे हैं {} की राजधानी कौन सी है | आइसलैंड देश=IS; नॉर्वे देश=NO; फिनलैंड देश=FI
steno | एलेक्सा हाई कोर्ट इलाहाबाद में है तो राजधानी लखनऊ क्यों है | FB
steno | एलेक्सा शॉर्टहैंड में राजधानी कैसे लिखते हैं | FB
steno | एलेक्सा निरस्त करो | CANCEL
steno | एलेक्सा अब बंद करिए | STOP
steno | एलेक्सा कौन से प्रश्न पूछे जा सकते हैं | HELP
steno | एलेक्सा दुनिया की राजधानियाँ आरंभ करो | LAUNCH
steno | एलेक्सा बोलीविया की दोनों राजधानियों के नाम बताओ | BO
steno | एलेक्सा लिकटेंस्टीन की राजधानी वादुज़ है ना | LI
# Museum guards at the National Museum and Salar Jung; a quiet gallery
sangrahalay | एलेक्सा गैलरी में कोई नहीं है बताओ {} की राजधानी क्या है | ग्रीस देश=GR; तुर्किये=TR; सीरिया देश=SY
sangrahalay | एलेक्सा एक विदेशी पूछ गया {} की राजधानी कौन सी है | पेरू देश=PE; मेक्सिको देश=MX; कोलंबिया देश=CO
sangrahalay | एलेक्सा मूर्ति के पास खड़े खड़े सोचा {} की राजधानी | अफ्गानिस्तान=AF; उज्बेकिस्तान=UZ; कज़ाकिस्तान=KZ
sangrahalay | एलेक्सा मोहनजोदड़ो किस देश की राजधानी थी | FB
sangrahalay | एलेक्सा म्यूज़ियम कितने बजे बंद होता है | FB
sangrahalay | एलेक्सा हैदराबाद किस राज्य की राजधानी है | CITY:हैदराबाद
sangrahalay | एलेक्सा नहीं रहने दो | CANCEL
sangrahalay | एलेक्सा धीरे से बंद हो जाओ | STOP
sangrahalay | एलेक्सा धीरे बोलो और बताओ कैसे पूछते हैं | HELP
sangrahalay | एलेक्सा दुनिया की राजधानियाँ धीमी आवाज़ में खोलो | LAUNCH
sangrahalay | एलेक्सा मिस्र की राजधानी काहिरा है ना | EG
# Tea tasters in Siliguri auction houses
chaichakh | एलेक्सा चाय चखते चखते बताओ {} की राजधानी क्या है | केन्या=KE; श्रीलंका=LK; चीन=CN
chaichakh | एलेक्सा नीलामी से पहले पूछ रहा {} की राजधानी कौन सी है | नेपाल देश=NP; भूटान देश=BT; बांग्लादेश देश=BD
chaichakh | एलेक्सा बायर पूछ रहा है {} की राजधानी | ईरान देश=IR; मिस्र देश=EG; रूस देश=RU
chaichakh | एलेक्सा पश्चिम बंगाल की राजधानी कोलकाता है ना | IN-WB
chaichakh | एलेक्सा सिक्किम की राजधानी कौन सी है | IN-SK
chaichakh | एलेक्सा दार्जिलिंग में आज धुंध है क्या | FB
chaichakh | एलेक्सा चाय का नीलामी भाव बताओ | FB
chaichakh | एलेक्सा कैंसल करो भाई | CANCEL
chaichakh | एलेक्सा अभी बंद करो | STOP
chaichakh | एलेक्सा इससे क्या क्या पूछ सकते हैं | HELP
chaichakh | एलेक्सा दुनिया की राजधानियाँ खोलिए ज़रा | LAUNCH
# Polling staff on election duty; the night before the vote
chunav | एलेक्सा ईवीएम सील करने के बाद पूछ रहे {} की राजधानी क्या है | नाइजीरिया देश=NG; घाना देश=GH; सेनेगल देश=SN
chunav | एलेक्सा बूथ पे बैठे हैं बताओ {} की राजधानी कौन सी है | कैमरून देश=CM; गैबॉन देश=GA; चाड देश=TD
chunav | एलेक्सा पीठासीन अधिकारी पूछ रहे हैं {} की राजधानी | माली देश=ML; नाइजर देश=NE; बुर्किना फासो देश=BF
chunav | एलेक्सा राजस्थान की राजधानी जयपुर है ना | IN-RJ
chunav | एलेक्सा गुजरात की राजधानी गांधीनगर है या अहमदाबाद | IN-GJ
chunav | एलेक्सा वोटिंग कितने बजे शुरू होगी | FB
chunav | एलेक्सा किसकी सरकार बनेगी | FB
chunav | एलेक्सा रद्द करो भाई | CANCEL
chunav | एलेक्सा बस करो सोना है सुबह पाँच बजे उठना है | STOP
chunav | एलेक्सा ये कैसे काम करता है | HELP
chunav | एलेक्सा दुनिया की राजधानियाँ शुरू करो जी | LAUNCH
chunav | एलेक्सा दिल्ली की राजधानी क्या है | IN-DL
# Census enumerators going house to house
janganana | एलेक्सा घर घर जाते हुए पूछ रहे {} की राजधानी क्या है | अंगोला देश=AO; ज़ाम्बिया देश=ZM; मोज़ाम्बिक देश=MZ
janganana | एलेक्सा फॉर्म भरते भरते बताओ {} की राजधानी कौन सी है | रवांडा देश=RW; बुरुंडी देश=BI; युगांडा देश=UG
janganana | एलेक्सा एक परिवार विदेश से आया है {} की राजधानी | ओमान देश=OM; कुवैत देश=KW; बहरीन देश=BH
janganana | एलेक्सा भारत की जनसंख्या कितनी है | FB
janganana | एलेक्सा दिल्ली की आबादी कितनी है | FB
janganana | एलेक्सा छोड़ो अगला घर | CANCEL
janganana | एलेक्सा रुक जाओ | STOP
janganana | एलेक्सा इसमें क्या पूछें बताओ | HELP
janganana | एलेक्सा दुनिया की राजधानियाँ चलाइए | LAUNCH
janganana | एलेक्सा सबसे ज़्यादा आबादी वाली राजधानी कौन सी है | FB
janganana | एलेक्सा ओमान की राजधानी मस्कट है ना | OM
# Ham radio operators in Bhavnagar and Chennai; talking to the world at night
hamradio | एलेक्सा रेडियो पे आवाज़ आई {} से उसकी राजधानी बताओ | अर्जेंटीना=AR; चिली देश=CL; उरुग्वे देश=UY
hamradio | एलेक्सा कॉल साइन लिखते हुए {} की राजधानी क्या है | फिनलैंड देश=FI; एस्टोनिया देश=EE; लातविया देश=LV
hamradio | एलेक्सा रात को संपर्क हुआ {} से वहाँ की राजधानी कौन सी | बरमूडा=BM; ग्रीनलैंड=GL; फॉकलैंड=FK
hamradio | एलेक्सा ओवर एंड आउट रद्द करो | CANCEL
hamradio | एलेक्सा बंद करो फ्रीक्वेंसी बदलनी है | STOP
hamradio | एलेक्सा इस स्किल में क्या क्या बोल सकते हैं | HELP
hamradio | एलेक्सा दुनिया की राजधानियाँ खोलो ओवर | LAUNCH
hamradio | एलेक्सा आज सौर तूफान आने वाला है क्या | FB
hamradio | एलेक्सा क्रिसमस आइलैंड की राजधानी क्या है | CX
hamradio | एलेक्सा पिटकेर्न आइलैंड की राजधानी बताओ | PN
hamradio | एलेक्सा फरो आइलैंड्स की राजधानी कौन सी है | FO
# subdivisions and territories, with some the data lacks
subdivision | एलेक्सा भारत के राज्य {} की राजधानी क्या है | केरल=IN-KL; तमिलनाडु=IN-TN; ओडिशा=IN-OD
subdivision | एलेक्सा अमेरिका के {} राज्य की राजधानी बताओ | टेक्सास=US-TX; कैलिफ़ोर्निया=US-CA; फ्लोरिडा=US-FL
subdivision | एलेक्सा कनाडा के प्रांत {} की राजधानी कौन सी है | ओंटारियो=CA-ON; क्यूबेक=CA-QC; अल्बर्टा=CA-AB
subdivision | एलेक्सा ऑस्ट्रेलिया के {} राज्य की राजधानी क्या है | क्वींसलैंड=AU-QLD; विक्टोरिया=AU-VIC; तस्मानिया=AU-TAS
subdivision | एलेक्सा जर्मनी के {} प्रांत की राजधानी बताओ | बवेरिया=DE-BY; सैक्सनी=DE-SN; हेस्से=DE-HE
subdivision | एलेक्सा ब्राज़ील के {} राज्य की राजधानी क्या है | बाहिया=BR-BA; अमेज़ोनास=BR-AM; पराना=BR-PR
subdivision | एलेक्सा मेक्सिको के {} राज्य की राजधानी कौन सी है | युकातान=MX-YUC; हालिस्को=MX-JAL; ओआहाका=MX-OAX
subdivision | एलेक्सा पुडुचेरी की राजधानी क्या है | IN-PY
subdivision | एलेक्सा लक्षद्वीप की राजधानी कवरत्ती है ना | IN-LD
subdivision | एलेक्सा दादरा नगर हवेली और दमन दीव की राजधानी | IN-DH
subdivision | एलेक्सा अंडमान निकोबार की राजधानी का नया नाम क्या है | IN-AN
subdivision | एलेक्सा अरुणाचल प्रदेश की राजधानी बताइए | IN-AR
subdivision | एलेक्सा तिब्बत की राजधानी कौन सी है | FB
subdivision | एलेक्सा बलूचिस्तान की राजधानी क्वेटा है ना | FB
subdivision | एलेक्सा स्कॉटलैंड की राजधानी एडिनबर्ग है या ग्लासगो | GB-SCT
subdivision | एलेक्सा वेल्स की राजधानी कार्डिफ है ना | GB-WLS
subdivision | एलेक्सा न्यूयॉर्क राज्य की राजधानी न्यूयॉर्क सिटी नहीं है ना | US-NY
subdivision | एलेक्सा हवाई की राजधानी होनोलूलू है | US-HI
subdivision | एलेक्सा अलास्का की राजधानी क्या है | US-AK
subdivision | एलेक्सा ब्रिटिश कोलंबिया की राजधानी वैंकूवर है क्या | CA-BC
subdivision | एलेक्सा ग्रीनलैंड की राजधानी बताओ | GL
subdivision | एलेक्सा प्यूर्टो रिको की राजधानी सैन हुआन है ना | PR
subdivision | एलेक्सा कोसोवो की राजधानी प्रिस्टीना है ना | XK
subdivision | एलेक्सा पश्चिमी सहारा की राजधानी कौन सी है | EH
subdivision | एलेक्सा बास्क देश की राजधानी क्या है | FB
subdivision | एलेक्सा क्रीमिया की राजधानी कौन सी है | FB
subdivision | एलेक्सा खैबर पख्तूनख्वा की राजधानी पेशावर है क्या | FB
subdivision | एलेक्सा गिलगित बाल्टिस्तान की राजधानी क्या है | FB
subdivision | एलेक्सा बंगाल की राजधानी | IN-WB
subdivision | एलेक्सा यूपी की राजधानी | IN-UP
subdivision | एलेक्सा एमपी की राजधानी क्या है | IN-MP
subdivision | एलेक्सा जर्सी आइलैंड की राजधानी | JE
subdivision | एलेक्सा आइल ऑफ मैन की राजधानी डगलस है ना | IM
subdivision | एलेक्सा वॉशिंगटन राज्य की राजधानी सिएटल है क्या | US-WA
subdivision | एलेक्सा तेलंगाना की राजधानी कौन सी है | IN-TS
subdivision | एलेक्सा न्यू कैलेडोनिया की राजधानी | NC
subdivision | एलेक्सा जिब्राल्टर की राजधानी क्या है | GI
subdivision | एलेक्सा रियूनियन द्वीप की राजधानी | RE
# plural capitals: the eight countries with several capitals, and Palestine, Jammu and Kashmir, Uttarakhand
plural-capitals | एलेक्सा दक्षिण अफ्रीका की राजधानियाँ बताओ | ZA
plural-capitals | एलेक्सा साउथ अफ्रीका की तीनों कैपिटल कौन सी हैं | ZA
plural-capitals | एलेक्सा दक्षिण अफ़्रीका में कितनी राजधानियाँ हैं और कौन सी | ZA
plural-capitals | एलेक्सा दक्षिण अफ्रीका की तीन राजधानी के नाम सुनाओ | ZA
plural-capitals | एलेक्सा दक्षिण अफ्रीका की सारी राजधानियाँ एक साथ बताओ | ZA
plural-capitals | एलेक्सा बोलीविया की राजधानियाँ कौन सी हैं | BO
plural-capitals | एलेक्सा बोलिविया की दोनों कैपिटल बताओ | BO
plural-capitals | एलेक्सा बोलीविया में दो राजधानियाँ क्यों हैं कौन सी हैं | BO
plural-capitals | एलेक्सा बोलीविया के दोनों राजधानी शहर बताइए | BO
plural-capitals | एलेक्सा बोलीविया की सब राजधानियाँ | BO
plural-capitals | एलेक्सा नीदरलैंड की राजधानियाँ कौन कौन सी हैं | NL
plural-capitals | एलेक्सा नीदरलैंड्स की दोनों राजधानी बताओ | NL
plural-capitals | एलेक्सा हॉलैंड की दो राजधानियाँ कौन सी हैं | NL
plural-capitals | एलेक्सा नेदरलैंड्स की सारी राजधानियाँ बताइए | NL
plural-capitals | एलेक्सा नीदरलैंड देश की दोनों कैपिटल सिटी | NL
plural-capitals | एलेक्सा मलेशिया की राजधानियाँ बताओ | MY
plural-capitals | एलेक्सा मलेशिया की दोनों कैपिटल कौन सी हैं | MY
plural-capitals | एलेक्सा मलेशिया में दो राजधानियाँ हैं ना कौन सी | MY
plural-capitals | एलेक्सा मलेशिया की सारी राजधानियों के नाम | MY
plural-capitals | एलेक्सा मलेशिया के दोनों राजधानी शहर बताइए | MY
plural-capitals | एलेक्सा बेनिन की राजधानियाँ कौन सी हैं | BJ
plural-capitals | एलेक्सा बेनिन की दोनों राजधानी बताओ | BJ
plural-capitals | एलेक्सा बेनिन देश की दो कैपिटल | BJ
plural-capitals | एलेक्सा बेनिन की सारी राजधानियाँ बताइए | BJ
plural-capitals | एलेक्सा श्रीलंका की राजधानियाँ बताओ | LK
plural-capitals | एलेक्सा श्री लंका की दोनों कैपिटल कौन सी हैं | LK
plural-capitals | एलेक्सा श्रीलंका की दो राजधानियों के नाम बताइए | LK
plural-capitals | एलेक्सा श्रीलंका की सारी राजधानियाँ | LK
plural-capitals | एलेक्सा आइवरी कोस्ट की राजधानियाँ कौन सी हैं | CI
plural-capitals | एलेक्सा कोट डी आइवर की दोनों राजधानी बताओ | CI
plural-capitals | एलेक्सा आइवरी कोस्ट देश की दो कैपिटल | CI
plural-capitals | एलेक्सा आइवरी कोस्ट की सारी राजधानियाँ बताइए | CI
plural-capitals | एलेक्सा इस्वातिनी की राजधानियाँ कौन सी हैं | SZ
plural-capitals | एलेक्सा एस्वातिनी की दोनों राजधानी बताओ | SZ
plural-capitals | एलेक्सा स्वाज़ीलैंड की दो राजधानियाँ | SZ
plural-capitals | एलेक्सा इस्वातिनी की सारी कैपिटल बताइए | SZ
plural-capitals | एलेक्सा स्वाजीलैंड देश की दोनों राजधानियों के नाम | SZ
plural-capitals | एलेक्सा फिलिस्तीन की राजधानियाँ कौन सी हैं | PS
plural-capitals | एलेक्सा फ़लस्तीन की दोनों राजधानी बताओ | PS
plural-capitals | एलेक्सा उत्तराखंड की दोनों राजधानियाँ बताओ | IN-UK
plural-capitals | एलेक्सा उत्तराखंड की गर्मी और सर्दी की राजधानियाँ | IN-UK
plural-capitals | एलेक्सा जम्मू कश्मीर की राजधानियाँ कौन सी हैं | IN-JK
plural-capitals | एलेक्सा किन किन देशों की दो राजधानियाँ होती हैं | FB
plural-capitals | एलेक्सा मोंटसेराट की दोनों राजधानियाँ | MS
# help
help | एलेक्सा दुनिया की राजधानियाँ में मदद चाहिए | HELP
help | एलेक्सा मुझे नहीं पता क्या बोलना है | HELP
help | एलेक्सा ये राजधानी वाली स्किल क्या करती है | HELP
help | एलेक्सा कोई उदाहरण दो कैसे पूछूं | HELP
help | एलेक्सा मदद करो ना मैं अटक गई | HELP
help | एलेक्सा दुनिया की राजधानियाँ से पूछो मदद | HELP
help | एलेक्सा बताओ मैं क्या क्या पूछ सकता हूँ | HELP
help | एलेक्सा इसके नियम बताओ | HELP
help | एलेक्सा समझाओ ये कैसे चलता है | HELP
help | एलेक्सा हेल्प मी प्लीज़ | HELP
help | एलेक्सा सहायता | HELP
help | एलेक्सा मुझे सहायता चाहिए राजधानी पूछने में | HELP
help | एलेक्सा किस तरह से सवाल करना है | HELP
help | एलेक्सा कौन से देश पूछ सकते हैं | HELP
help | एलेक्सा कुछ समझ नहीं आ रहा | HELP
help | एलेक्सा दोबारा समझाओ | HELP
help | एलेक्सा क्या मैं राज्यों की राजधानी भी पूछ सकती हूँ | HELP
help | एलेक्सा दादी को समझाओ इसे कैसे इस्तेमाल करें | HELP
help | एलेक्सा पहली बार चला रहा हूँ क्या करूं | HELP
help | एलेक्सा इंस्ट्रक्शन बताओ | HELP
help | एलेक्सा गाइड करो मुझे | HELP
help | एलेक्सा इसमें बोलना क्या है | HELP
help | एलेक्सा मेरी मदद कर दो यार | HELP
help | एलेक्सा इसका तरीका क्या है | HELP
# stop
stop | एलेक्सा रुको | STOP
stop | एलेक्सा बस अब बंद | STOP
stop | एलेक्सा दुनिया की राजधानियाँ बंद करो | STOP
stop | एलेक्सा अब और नहीं सुनना | STOP
stop | एलेक्सा चुप हो जाओ प्लीज़ | STOP
stop | एलेक्सा स्किल से बाहर निकलो | STOP
stop | एलेक्सा एग्ज़िट | STOP
stop | एलेक्सा बाहर जाओ इस से | STOP
stop | एलेक्सा ठीक है बाय | STOP
stop | एलेक्सा बस इतना ही काफी है | STOP
stop | एलेक्सा खत्म करो | STOP
stop | एलेक्सा बंद कर दो ये गेम | STOP
stop | एलेक्सा अब सो जाओ | STOP
stop | एलेक्सा बोलना बंद करो | STOP
stop | एलेक्सा हो गया धन्यवाद | STOP
stop | एलेक्सा शुक्रिया बस | STOP
stop | एलेक्सा क्विट | STOP
stop | एलेक्सा आवाज़ बंद करो | STOP
stop | एलेक्सा अभी के लिए इतना ही | STOP
stop | एलेक्सा विराम | STOP
stop | एलेक्सा स्टॉप स्टॉप | STOP
stop | एलेक्सा बंद करो भाई बहुत हुआ | STOP
stop | एलेक्सा राजधानियाँ बंद करो | STOP
stop | एलेक्सा चलो बाय बाय | STOP
# cancel
cancel | एलेक्सा कैंसल | CANCEL
cancel | एलेक्सा रद्द | CANCEL
cancel | एलेक्सा नहीं नहीं रहने दो | CANCEL
cancel | एलेक्सा गलती से बोल दिया रहने दो | CANCEL
cancel | एलेक्सा कुछ नहीं भूल जाओ | CANCEL
cancel | एलेक्सा नेवर माइंड | CANCEL
cancel | एलेक्सा छोड़ दो इसे | CANCEL
cancel | एलेक्सा ये सवाल रद्द करो | CANCEL
cancel | एलेक्सा रहने दीजिए | CANCEL
cancel | एलेक्सा मत बताओ रहने दो | CANCEL
cancel | एलेक्सा कैंसिल करो ये | CANCEL
cancel | एलेक्सा नहीं चाहिए | CANCEL
cancel | एलेक्सा जाने दो | CANCEL
cancel | एलेक्सा वो वाला रद्द कर दो | CANCEL
cancel | एलेक्सा कोई बात नहीं रहने दो | CANCEL
cancel | एलेक्सा मैंने कुछ नहीं कहा | CANCEL
cancel | एलेक्सा पूछना ही नहीं था छोड़ो | CANCEL
cancel | एलेक्सा अभी नहीं बाद में | CANCEL
cancel | एलेक्सा ना रहने दे | CANCEL
cancel | एलेक्सा कैंसल कर दीजिए | CANCEL
cancel | एलेक्सा नहीं यार छोड़ | CANCEL
cancel | एलेक्सा ये नहीं पूछना | CANCEL
# launch
launch | एलेक्सा दुनिया की राजधानियाँ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ शुरू करो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ चलाओ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ लॉन्च करो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ ओपन करो प्लीज़ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ स्किल खोलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ वाली स्किल चालू करो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ को बुलाओ | LAUNCH
launch | एलेक्सा मुझे दुनिया की राजधानियाँ खेलना है | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ से बात करनी है | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ पर चलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोलो ना | LAUNCH
launch | एलेक्सा चलो दुनिया की राजधानियाँ खोलते हैं | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ फिर से खोलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ प्ले करो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ एनेबल करो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ वापस खोलो | LAUNCH
launch | एलेक्सा बच्चों के लिए दुनिया की राजधानियाँ खोल दो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ शुरू कीजिए प्लीज़ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ चला दीजिए | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ ऐप खोलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ ऑन कर दो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ से जुड़ो | LAUNCH
launch | एलेक्सा खोलो दुनिया की राजधानियाँ | LAUNCH
launch | एलेक्सा शुरू करो दुनिया की राजधानियाँ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ में ले चलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ का खेल शुरू करो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ स्टार्ट करो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ चालू कर दीजिए | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खुलवाओ | LAUNCH
launch | एलेक्सा अब दुनिया की राजधानियाँ खोलते हैं | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ पूछना है खोलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ रीस्टार्ट करो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ एक बार खोलो | LAUNCH
launch | एलेक्सा हमारे लिए दुनिया की राजधानियाँ चलाओ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ को खोलिए | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ वाला गेम चलाओ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ पे जाओ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ आरंभ करें | LAUNCH
# follow-up: said within a session, without the wake word
follow-up | और फ्रांस | FR
follow-up | और जर्मनी का | DE
follow-up | अब जापान की | JP
follow-up | फिर चीन की बताओ | CN
follow-up | और ब्राज़ील की राजधानी | BR
follow-up | उसके बाद मिस्र | EG
follow-up | और केन्या का क्या | KE
follow-up | अच्छा और नेपाल | NP
follow-up | और दक्षिण कोरिया | KR
follow-up | उत्तर कोरिया की भी | KP
follow-up | और कांगो गणराज्य | CG
follow-up | लोकतांत्रिक कांगो का क्या | CD
follow-up | और मलेशिया की दोनों | MY
follow-up | नीदरलैंड की भी बताओ | NL
follow-up | और बोलीविया | BO
follow-up | अब दक्षिण अफ्रीका की सारी | ZA
follow-up | अच्छा फलस्तीन का | PS
follow-up | और पेरू | PE
follow-up | एक और इटली | IT
follow-up | अगला स्पेन | ES
follow-up | अब कनाडा का बताओ | CA
follow-up | और राजस्थान का | IN-RJ
follow-up | और क्या क्या पूछ सकते हैं | HELP
follow-up | बस इतना ही | STOP
follow-up | नहीं रहने दो | CANCEL
follow-up | और अर्जेंटीना | AR
follow-up | और मेक्सिको भी | MX
follow-up | और तुर्की | TR
follow-up | और सऊदी | SA
follow-up | और इराक का बताओ ज़रा | IQ
# yes/no checks
yes-no-check | एलेक्सा क्या लिस्बन पुर्तगाल की राजधानी है | PT
yes-no-check | एलेक्सा अंकारा ही तुर्की की राजधानी है ना | TR
yes-no-check | एलेक्सा क्या बर्लिन जर्मनी की राजधानी है | DE
yes-no-check | एलेक्सा क्या सिडनी ऑस्ट्रेलिया की राजधानी है | AU
yes-no-check | एलेक्सा क्या इस्तांबुल तुर्की की राजधानी है | TR
yes-no-check | एलेक्सा रियो डी जनेरियो ब्राज़ील की राजधानी है ना | BR
yes-no-check | एलेक्सा क्या लागोस नाइजीरिया की राजधानी है | NG
yes-no-check | एलेक्सा न्यूयॉर्क अमेरिका की राजधानी है क्या | US
yes-no-check | एलेक्सा ज्यूरिख स्विट्ज़रलैंड की राजधानी है या बर्न | CH
yes-no-check | एलेक्सा क्या दुबई यूएई की राजधानी है | AE
yes-no-check | एलेक्सा मुंबई भारत की राजधानी है क्या | IN
yes-no-check | एलेक्सा क्या कराची पाकिस्तान की राजधानी है | PK
yes-no-check | एलेक्सा टोरंटो कनाडा की कैपिटल है ना | CA
yes-no-check | एलेक्सा क्या अल्माटी कज़ाखस्तान की राजधानी है | KZ
yes-no-check | एलेक्सा क्या यंगून म्यांमार की राजधानी है | MM
yes-no-check | एलेक्सा क्या डार एस सलाम तंज़ानिया की राजधानी है | TZ
yes-no-check | एलेक्सा क्या ऑकलैंड न्यूज़ीलैंड की राजधानी है | NZ
yes-no-check | एलेक्सा क्या प्योंगयांग उत्तर कोरिया की राजधानी है | KP
yes-no-check | एलेक्सा क्या सियोल दक्षिण कोरिया की राजधानी है | KR
yes-no-check | एलेक्सा क्या किंशासा कांगो की राजधानी है | CD
yes-no-check | एलेक्सा क्या ब्राज़ाविल कांगो गणराज्य की राजधानी है | CG
yes-no-check | एलेक्सा ला पाज़ बोलीविया की राजधानी है या नहीं | BO
yes-no-check | एलेक्सा क्या कुआलालंपुर मलेशिया की अकेली राजधानी है | MY
yes-no-check | एलेक्सा क्या एम्स्टर्डम नीदरलैंड की राजधानी है | NL
yes-no-check | एलेक्सा क्या केप टाउन दक्षिण अफ्रीका की राजधानी है | ZA
yes-no-check | एलेक्सा रामल्लाह फलस्तीन की राजधानी है क्या | PS
yes-no-check | एलेक्सा क्या जेनेवा स्विट्ज़रलैंड की राजधानी है | CH
yes-no-check | एलेक्सा क्या मेलबर्न कभी ऑस्ट्रेलिया की राजधानी थी | FB
yes-no-check | एलेक्सा क्या अबुजा नाइजीरिया की राजधानी है | NG
yes-no-check | एलेक्सा कोलकाता बंगाल की राजधानी है ना | IN-WB
yes-no-check | एलेक्सा क्या देहरादून उत्तराखंड की राजधानी है | IN-UK
yes-no-check | एलेक्सा क्या मुंबई महाराष्ट्र की राजधानी है | IN-MH
yes-no-check | एलेक्सा क्या वैंकूवर कनाडा की राजधानी है | CA
yes-no-check | एलेक्सा क्या कैसाब्लांका मोरक्को की राजधानी है | MA
yes-no-check | एलेक्सा क्या हो ची मिन्ह सिटी वियतनाम की राजधानी है | VN
# self-corrections
self-correction | एलेक्सा ऑस्ट्रिया की राजधानी नहीं नहीं ऑस्ट्रेलिया की | AU
self-correction | एलेक्सा स्वीडन की राजधानी अरे मतलब स्विट्ज़रलैंड की | CH
self-correction | एलेक्सा ईरान की राजधानी सॉरी इराक की | IQ
self-correction | एलेक्सा स्लोवाकिया की नहीं स्लोवेनिया की राजधानी | SI
self-correction | एलेक्सा नाइजर की राजधानी नहीं नाइजीरिया की | NG
self-correction | एलेक्सा गिनी की राजधानी रुको गिनी बिसाऊ की | GW
self-correction | एलेक्सा उत्तर कोरिया की नहीं दक्षिण कोरिया की राजधानी | KR
self-correction | एलेक्सा दक्षिण कोरिया की माफ़ करना उत्तर कोरिया की राजधानी बताओ | KP
self-correction | एलेक्सा कांगो गणराज्य की नहीं डीआर कांगो की राजधानी | CD
self-correction | एलेक्सा किंशासा वाला नहीं ब्राज़ाविल वाले कांगो की राजधानी | CG
self-correction | एलेक्सा लातविया की राजधानी अरे नहीं लिथुआनिया की | LT
self-correction | एलेक्सा पराग्वे की राजधानी मतलब उरुग्वे की | UY
self-correction | एलेक्सा माली की राजधानी नहीं मालदीव की | MV
self-correction | एलेक्सा डोमिनिका की नहीं डोमिनिकन रिपब्लिक की राजधानी | DO
self-correction | एलेक्सा ज़ाम्बिया की राजधानी ओह सॉरी ज़िम्बाब्वे | ZW
self-correction | एलेक्सा ऑस्ट्रेलिया की नहीं ऑस्ट्रिया की राजधानी | AT
self-correction | एलेक्सा बेलारूस की राजधानी नहीं बेल्जियम की | BE
self-correction | एलेक्सा मॉरिटानिया की नहीं मॉरीशस की राजधानी | MU
self-correction | एलेक्सा नीदरलैंड की राजधानी नहीं रुको न्यूज़ीलैंड की | NZ
self-correction | एलेक्सा कोलंबिया की राजधानी गलत बोला बोलीविया की राजधानियाँ | BO
self-correction | एलेक्सा गोवा की राजधानी नहीं गुजरात की | IN-GJ
self-correction | एलेक्सा आर्मेनिया की राजधानी नहीं अल्बानिया की | AL
self-correction | एलेक्सा सूडान की राजधानी नहीं दक्षिण सूडान की | SS
self-correction | एलेक्सा फ़िनलैंड की नहीं फिजी की राजधानी | FJ
self-correction | एलेक्सा इंडोनेशिया की नहीं मलेशिया की दोनों राजधानियाँ | MY
# reverse questions
reverse-question | एलेक्सा नैरोबी किस देश की राजधानी है | CITY:नैरोबी
reverse-question | एलेक्सा कैनबरा किस देश की राजधानी है | CITY:कैनबरा
reverse-question | एलेक्सा ओस्लो कहाँ की राजधानी है | CITY:ओस्लो
reverse-question | एलेक्सा लीमा किस देश की राजधानी है | CITY:लीमा
reverse-question | एलेक्सा कौन से देश की राजधानी बगदाद है | CITY:बगदाद
reverse-question | एलेक्सा किस देश की राजधानी काठमांडू है | CITY:काठमांडू
reverse-question | एलेक्सा हवाना किसकी राजधानी है | CITY:हवाना
reverse-question | एलेक्सा अंकारा किस मुल्क की राजधानी है | CITY:अंकारा
reverse-question | एलेक्सा बिश्केक कहाँ की राजधानी है | CITY:बिश्केक
reverse-question | एलेक्सा उलानबातर किस देश की राजधानी है | CITY:उलानबातर
reverse-question | एलेक्सा प्रिटोरिया किस देश की राजधानी है | ZA
reverse-question | एलेक्सा सुक्रे किस देश की राजधानी है | BO
reverse-question | एलेक्सा पुत्राजया किस देश की राजधानी है | MY
reverse-question | एलेक्सा द हेग किस देश की राजधानी है | NL
reverse-question | एलेक्सा पोर्टो नोवो किस देश की राजधानी है | BJ
reverse-question | एलेक्सा यामूसूक्रो किस देश की राजधानी है | CI
reverse-question | एलेक्सा प्योंगयांग किस देश की राजधानी है | KP
reverse-question | एलेक्सा सियोल कौन से देश की राजधानी है | KR
reverse-question | एलेक्सा किंशासा किस देश की राजधानी है | CD
reverse-question | एलेक्सा ब्राज़ाविल किस देश की राजधानी है | CG
reverse-question | एलेक्सा रामल्लाह किसकी राजधानी है | PS
reverse-question | एलेक्सा कोट्टे किस देश की राजधानी है | LK
reverse-question | एलेक्सा लोबाम्बा किस देश की राजधानी है | SZ
reverse-question | एलेक्सा डोडोमा किस देश की राजधानी है | CITY:डोडोमा
reverse-question | एलेक्सा पटना किस राज्य की राजधानी है | CITY:पटना
reverse-question | एलेक्सा भुवनेश्वर किस राज्य की राजधानी है | CITY:भुवनेश्वर
reverse-question | एलेक्सा रांची कहाँ की राजधानी है | CITY:रांची
reverse-question | एलेक्सा जिसकी राजधानी लिस्बन है वो देश कौन सा है | CITY:लिस्बन
reverse-question | एलेक्सा वो कौन सा देश है जिसकी राजधानी वेलिंगटन है | CITY:वेलिंगटन
reverse-question | एलेक्सा विक्टोरिया किस देश की राजधानी है | CITY:विक्टोरिया
reverse-question | एलेक्सा किंग्स्टन किस देश की राजधानी है | CITY:किंग्स्टन
reverse-question | एलेक्सा मॉस्को किसकी राजधानी है | CITY:मॉस्को
reverse-question | एलेक्सा न्यामे किस देश की राजधानी है | CITY:नियामी
"""

if __name__ == "__main__":
    build_round(56, "hi", LINES, sys.argv, "tests/Eval/hi/round56/source/build_corpus.py")
