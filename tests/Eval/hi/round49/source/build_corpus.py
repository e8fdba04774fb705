"""Round 49, Hindi (hi-IN): a new author's own mix, written blind at the start of the fifty-fourth session (brief
WRITER60.md), with speakers and situations chosen apart from Hindi round 48 (Garhwali, Malvi, Mewati, Nagpuri/Sadri,
Telugu speakers' Hindi, Arunachali Hindi, Old Delhi Karkhandari, Fiji Hindi, Sarnami, Mauritian Bhojpuri-Hindi, Madhesi,
small children, English-medium school children, retired schoolteachers, food delivery riders, lawyers and munshis, bank
staff, temple priests, a TV newsroom, startup founders, auto-rickshaw drivers, YouTubers, Bhili; board-exam revision, a
power cut, Holi, Chhath, Sarhul, Sankranti, Losar, Bhagoriya, Shivratri in Mauritius, a chess club, a pension-office
queue, a CNG queue, kite flying, a birthday, work-from-home calls, the Kedarnath yatra) and from the groups round 48
names for rounds 47 to 44 (Bhojpuri, Marwari, Bundeli, Braj, Magahi, Bengali, Marathi, Gujarati, Tamil, Malayali, Odia,
Konkani, Kannada, Guwahati and Shillong Hindi, Himachali, Dogri, Lucknowi Urdu, Shuddh Hindi, Gen-Z college Hinglish,
retired soldiers, Kumaoni, Haryanvi, Chhattisgarhi, Dakhni, Bambaiya, Punjabi speakers' Hindi, Maithili, Gorkha Hindi,
children abroad, grandmothers, Nimadi, Shekhawati, Awadhi, Kannauji, Andaman Hindi, Santali speakers' Hindi, foreign
learners, Bhopali, Bagheli, Harauti, Angika, Sindhi- and Kashmiri-Hindi; cooking, a road trip, KBC, family games, a
geography tuition class, an IT stand-up, a hospital OPD, a delayed flight, Diwali cleaning, an RWA meeting, a tailor's
shop, election duty, UPSC, a train journey, a BPO night shift, a wedding, homework and GK quizzes, a kirana shop,
cricket, a dhaba, a barber's shop, a gym, a driving school, a police station, the morning walk, a honeymoon, nurses,
farmers, sailors, a kitty party, a hotel front desk).

Speaker groups, each a family: Bajjika from Muzaffarpur and Vaishali ("के राजधानी कउन हई", "बताव न", "पूछइत हियई"),
Khortha from Dhanbad and Bokaro ("केर राजधानी कोन हकय", "हामिन", "तोंय"), Halbi from Bastar ("चो राजधानी काय आय",
"मके सांग"), Ahirani from Jalgaon and Dhule ("नी राजधानी काय शे", "सांग ना", "मन्हा"), Vidarbha Hindi from Nagpur and
Amravati ("बे", "कायको", "भाऊ", "हव"), Kutchi from Bhuj and Mandvi ("जी राजधानी कुरो आय", "मूंके", "मुंजो"), Ladakhi
speakers' Hindi from Leh ("जुले", "हम लोग पूछता"), Tibetan speakers' Hindi from Dharamshala and Majnu ka Tilla ("ताशी
देलेक", "ला"), Meitei speakers' Hindi from Imphal ("बोलो ना", "कैपिटल"), Nagamese from Kohima and Dimapur ("लगा
राजधानी की आसे", "मोइ", "सुधिसे"), Tulu speakers' Hindi from Mangaluru and Udupi ("दाने", "पनले", "माराया", "अप्पे"),
Gulf workers' Hindi in Dubai, Doha and Riyadh ("यल्ला", "ख़लास", "हबीबी", "कफ़ील", "शुक्रन"), Afghan refugees' Hindi
from Lajpat Nagar, Dari speakers ("जान", "पायतख़्त", "बराए मेहरबानी", "तशक्कुर", "बिसियार"), truck drivers on NH-44
("उस्ताद", "खलासी", "माल लोड"), chartered accountants in tax season ("ऑडिट", "ड्यू डेट", "क्लाइंट"), stock-market
traders ("निफ़्टी", "सेंसेक्स", "आईपीओ"), Kota coaching students ("भैया", "पीजी", "टेस्ट सीरीज़"), teen mobile gamers
("ब्रो", "लॉबी", "स्क्वाड", "नूब"), Anganwadi and ASHA workers ("दीदी", "सर्वे", "टीकाकरण कैंप"), Kauravi from Meerut,
Muzaffarnagar and Baghpat ("कोण सी सै", "ताऊ", "चौपाल", "कोल्हू"), tour guides at the Taj Mahal and Amber fort ("मैडम",
"गेस्ट ग्रुप"), stamp and coin collectors (stamp names: हेल्वेशिया, निप्पोन, सीलोन; island territories), construction
workers at Gurugram and Noida sites ("ठेकेदार जी", "मिस्त्री"), Parsi speakers' Hindi in Mumbai ("डीकरा", "बावाजी",
"सारू") and Anglo-Indians of Kolkata and McCluskieganj ("ऐ मैन", "माय डार्लिंग"). Situations: the Sonepur fair, a
litchi orchard, a coal-mine shift, Karma, the Bastar Dussehra, a weekly haat, the Jalgaon gold market, orange season,
the Nagpur heat, the Rann Utsav, embroidery, the Hemis festival, a homestay, a momo shop, Yaoshang, Ima Keithel, the
Hornbill festival, Yakshagana, a fish market, a labour camp, a video call home, a bakery, a language class, a toll
plaza, an audit, an IPO, a hostel mess, a game lobby, a vaccination camp, a house survey, the chaupal, a school trip, a
philately exhibition, a coin fair, a building site, Navroz, an Irani cafe, a Christmas party, a parish fete; and in the
shared families Durga Puja, Ganesh Chaturthi, antakshari, a map puzzle, a crossword, the Olympics, the football World
Cup, the census, the passport office, a monsoon flood, results night, moving house, a school annual day, a science fair,
the Kumbh and the Pushkar fair.

Around them: follow-ups, plural capitals, subdivisions and territories, yes/no checks, self-corrections, reverse
questions, official, everyday and shared names, help, stop, cancel, launch by the skill's invocation name "दुनिया की
राजधानियाँ", and out-of-domain requests (home devices, weather and time in the speakers' towns, their music, food and
festivals, money and markets, the situations' talk, other questions about countries and states, "capital" in other
senses, empires and former capitals, regions not in the data, myth and fiction).
`python3 tests/Eval/hi/round49/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 49's number); every line is hi-IN. Every sentence was written by hand as one whole utterance;
frames with up to three fills (each frame at most three times) ask the countries and the subdivisions and territories.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Bajjika from Muzaffarpur and Vaishali; the Sonepur fair, a litchi orchard
bajjika | एलेक्सा {} के राजधानी कउन हई बताव न | अंडोरा=AD; यूएई=AE; अफ़ग़ानिस्तान=AF
bajjika | सोनपुर मेला में एगो आदमी पूछ रहल हई {} के राजधानी का हई | एंटीगुआ और बारबुडा=AG; अल्बानिया=AL; आर्मेनिया=AM
bajjika | लीची बगान से पूछइत हियई {} के राजधानी कउन हई | अंगोला=AO; अर्जेंटीना=AR; ऑस्ट्रिया=AT
bajjika | हमर बउआ पूछइत हई {} के राजधानी कहां हई | बिहार=IN-BR; झारखंड=IN-JH; पश्चिम बंगाल=IN-WB
bajjika | एलेक्सा हाजीपुर से पूछइत हियई उत्तर प्रदेश के राजधानी कउन शहर हई | IN-UP
bajjika | अरे तनी बताव न नेपाल के राजधानी का हई हमर मामा ओहिजे रहइत हथिन | NP
bajjika | मेला में हाथी बाला पूछइत हई सिक्किम के राजधानी कउन हई | IN-SK
bajjika | एलेक्सा हमरा ई बताव कि असम के राजधानी गुवाहाटी हई कि दिसपुर | IN-AS
bajjika | लीची के पेटी दुबई जाइत हई दुबई वाला देस के राजधानी कउन हई | AE
# Khortha from Dhanbad and Bokaro; a coal-mine shift, the Karma festival
khortha | एलेक्सा {} केर राजधानी कोन हकय | ऑस्ट्रेलिया=AU; अज़रबैजान=AZ; बोस्निया=BA
khortha | खदान केर शिफ़्ट से पहले बताय दे {} केर राजधानी | बारबाडोस=BB; बांग्लादेश=BD; बेल्जियम=BE
khortha | हामिन धनबाद से पूछत ही {} केर राजधानी की हेकय | बुर्किना फ़ासो=BF; बुल्गारिया=BG; बहरीन=BH
khortha | करमा परब में लइका मन पूछत हथ {} केर राजधानी कोन | ओडिशा=IN-OD; छत्तीसगढ़=IN-CG; झारखंड राज=IN-JH
khortha | एलेक्सा तोंय बताय दे बोकारो कोन राज में हकय आर ओकर राजधानी कोन हकय | IN-JH
khortha | कैंटीन में बहस होय रहलय ऑस्ट्रेलिया केर राजधानी सिडनी हकय ना | AU
khortha | हामर बेटा पूछत हय तस्मानिया केर राजधानी कोन हकय | AU-TAS
khortha | एलेक्सा क्वींसलैंड केर राजधानी बताय दे जल्दी | AU-QLD
# Halbi from Bastar; the Bastar Dussehra, a weekly haat
halbi | एलेक्सा {} चो राजधानी काय आय | बुरुंडी=BI; ब्रुनेई=BN; ब्राज़ील=BR
halbi | जगदलपुर ले पूछते आंय {} चो राजधानी कोन आय | बहामास=BS; भूटान=BT; बोत्सवाना=BW
halbi | हाट बजार में दादा पूछते रहे {} चो राजधानी काय | बेलारूस=BY; बेलीज़=BZ; कनाडा=CA
halbi | दसरहा में रथ देखे आला पूछते आंय {} चो राजधानी | छत्तीसगढ़=IN-CG; महाराष्ट्र=IN-MH; तेलंगाना=IN-TS
halbi | एलेक्सा मके सांग ओडिशा चो राजधानी कोन आय | IN-OD
halbi | बस्तर दसरहा देखे बिदेसी आय रहे ओमन ब्राज़ील चो आंय ब्राज़ील चो राजधानी काय आय | BR
halbi | दंतेवाड़ा चो टूरा पूछते आंय रायपुर कोन राज चो राजधानी आय | CITY:रायपुर
halbi | एलेक्सा आंध्र चो नवा राजधानी काय आय | IN-AP
# Ahirani from Jalgaon and Dhule; the Jalgaon gold market, a banana packhouse
ahirani | एलेक्सा {} नी राजधानी काय शे सांग ना | कांगो लोकतांत्रिक गणराज्य=CD; सेंट्रल अफ़्रीकन रिपब्लिक=CF; कांगो ब्राज़ाविले=CG
ahirani | जळगाव ना सराफ़ा बाजार मा पूछी राह्यना {} नी राजधानी कोनती शे | स्विट्ज़रलैंड=CH; चिली=CL; कैमरून=CM
ahirani | एलेक्सा मन्हा पोर्या ले सांग {} नी राजधानी काय शे | चीन=CN; कोलंबिया=CO; कोस्टा रिका=CR
ahirani | धुळे वरथीन पूछी राह्यनू {} नी राजधानी कोनती शे | महाराष्ट्र=IN-MH; गुजरात=IN-GJ; मध्य प्रदेश=IN-MP
ahirani | केळी ना ट्रक दिल्ली ले जास दिल्ली नी राजधानी काय शे | IN-DL
ahirani | सोना ना भाव स्विस मा ठरतस स्विट्ज़रलैंड नी राजधानी ज्यूरिख शे का | CH
ahirani | एलेक्सा गोवा नी राजधानी सांग ना भाऊ | IN-GA
# Vidarbha Hindi from Nagpur and Amravati; orange season, the Nagpur summer
vidarbha | एलेक्सा {} की राजधानी क्या है बे बता ना | क्यूबा=CU; केप वर्डे=CV; साइप्रस=CY
vidarbha | कायको इतना सोच रहा बे {} की कैपिटल बता दे | चेक रिपब्लिक=CZ; जर्मनी=DE; जिबूती=DJ
vidarbha | संत्रा मंडी में भाऊ लोग पूछ रहे {} की राजधानी कौनसी है | डेनमार्क=DK; डोमिनिका=DM; डोमिनिकन रिपब्लिक=DO
vidarbha | सैंतालीस डिग्री में बैठ के पूछ रहा हूं {} की राजधानी क्या है | राजस्थान=IN-RJ; तमिलनाडु=IN-TN; केरल=IN-KL
vidarbha | एलेक्सा हव बता महाराष्ट्र की उपराजधानी नहीं राजधानी कौनसी है | IN-MH
vidarbha | चल बे एलेक्सा जर्मनी का बवेरिया है ना उसकी राजधानी बता | DE-BY
vidarbha | तर्री पोहा खाते खाते पूछ रहा हेस्से की राजधानी क्या है भाऊ | DE-HE
vidarbha | अमरावती से बोल रहा हूं अमरावती किधर की राजधानी है बे | CITY:अमरावती
vidarbha | एलेक्सा बिनधास्त बता सैक्सनी की कैपिटल क्या है | DE-SN
# Kutchi from Bhuj and Mandvi; the Rann Utsav, an embroidery workshop
kutchi | एलेक्सा {} जी राजधानी कुरो आय | अल्जीरिया=DZ; इक्वाडोर=EC; एस्टोनिया=EE
kutchi | भुज मां पुछां था {} जी राजधानी कुरो आय मूंके चो | मिस्र=EG; इरीट्रिया=ER; स्पेन=ES
kutchi | रण उत्सव मां टूरिस्ट पुछे {} जी राजधानी कुरो आय | इथियोपिया=ET; फ़िनलैंड=FI; फ़िजी=FJ
kutchi | मांडवी जा वहाण वारा पुछेता {} जी राजधानी | ओमान=OM; केन्या=KE; तंज़ानिया=TZ
kutchi | एलेक्सा गुजरात जी राजधानी गांधीनगर आय के अमदावाद | IN-GJ
kutchi | भरत काम जी दुकान मां गोरी मेम पुछे इंग्लैंड जी राजधानी कुरो आय | GB-ENG
kutchi | मुंजो भा मस्कत मां आय मस्कत कोरे देस जी राजधानी आय | CITY:मस्कट
kutchi | एलेक्सा सिंध नाय पाकिस्तान जी राजधानी कुरो आय | PK
# Ladakhi speakers' Hindi from Leh; the Hemis festival, a homestay
ladakhi | जुले एलेक्सा {} का राजधानी क्या है | माइक्रोनेशिया=FM; फ़्रांस=FR; गैबॉन=GA
ladakhi | होमस्टे में गेस्ट आया है {} से उसका राजधानी बोलो | ब्रिटेन=GB; ग्रेनाडा=GD; जॉर्जिया=GE
ladakhi | हेमिस फ़ेस्टिवल में हम लोग पूछता {} का राजधानी क्या | घाना=GH; गाम्बिया=GM; गिनी=GN
ladakhi | जुले जुले लद्दाख का राजधानी लेह है या कारगिल भी है | IN-LA
ladakhi | लेह से पूछता है जम्मू कश्मीर का राजधानी सर्दी में कौन सा है | IN-JK
ladakhi | एलेक्सा हिमाचल का राजधानी बोलो मनाली से ट्रक आता है | IN-HP
ladakhi | गेस्ट लोग फ़्रांस का है अच्छा फ़्रांस का राजधानी क्या है | FR
# Tibetan speakers' Hindi from Dharamshala and Majnu ka Tilla; a momo shop, the winter sweater market
tibetan | ताशी देलेक एलेक्सा {} का राजधानी बताओ ला | इक्वेटोरियल गिनी=GQ; ग्रीस=GR; ग्वाटेमाला=GT
tibetan | मोमो दुकान में कस्टमर पूछ रहा है {} का राजधानी क्या है ला | गिनी बिसाऊ=GW; गुयाना=GY; होंडुरास=HN
tibetan | स्वेटर मार्केट में बैठ के पूछता {} का राजधानी कौन सा है | क्रोएशिया=HR; हैती=HT; हंगरी=HU
tibetan | मजनू का टीला से पूछ रहा ला {} का राजधानी | भूटान देश=BT; मंगोलिया=MN; नेपाल देश=NP
tibetan | एलेक्सा हाँ ला हिमाचल प्रदेश का राजधानी शिमला है ना | IN-HP
tibetan | हमारा बच्चा पूछ रहा है सिक्किम का राजधानी गंगटोक है ला | IN-SK
tibetan | धर्मशाला भी राजधानी है ना हिमाचल का विंटर वाला एलेक्सा हिमाचल का राजधानी बताओ | IN-HP
# Meitei speakers' Hindi from Imphal; Yaoshang, the Ima Keithel market, local football
meitei | एलेक्सा {} का कैपिटल क्या है बोलो ना | इंडोनेशिया=ID; आयरलैंड=IE; इज़राइल=IL
meitei | इमा कैथल से पूछ रहा है {} का कैपिटल कौन सा है | भारत=IN; इराक़=IQ; ईरान=IR
meitei | याओशांग में खेल के बाद पूछता है {} का कैपिटल | आइसलैंड=IS; इटली=IT; जमैका=JM
meitei | इंफाल से बोल रहा है {} का कैपिटल बोलो ना | मणिपुर=IN-MN; मिज़ोरम=IN-MZ; नागालैंड=IN-NL
meitei | एलेक्सा त्रिपुरा का कैपिटल अगरतला है ओके बोलो ना | IN-TR
meitei | फ़ुटबॉल वाला भाई पूछता है म्यांमार का कैपिटल यांगून है क्या | MM
meitei | मेघालय का कैपिटल क्या है एलेक्सा हम लोग शिलांग जाएगा | IN-ML
# Nagamese from Kohima and Dimapur; the Hornbill festival, the Dimapur market
nagamese | एलेक्सा {} लगा राजधानी की आसे | जॉर्डन=JO; जापान=JP; केन्या देश=KE
nagamese | डीमापुर बजार पोरा सुधिसे {} लगा राजधानी कोत आसे | किर्गिस्तान=KG; कंबोडिया=KH; किरिबाती=KI
nagamese | हॉर्नबिल फ़ेस्टिवल ते बिदेसी आहिसे {} पोरा ताइ लगा राजधानी की आसे | कोमोरोस=KM; सेंट किट्स और नेविस=KN; उत्तर कोरिया=KP
nagamese | मोइ कोहिमा पोरा सुधिसे {} लगा राजधानी | नागालैंड=IN-NL; असम राज्य=IN-AS; अरुणाचल=IN-AR
nagamese | एलेक्सा नागालैंड लगा राजधानी कोहिमा आसे ना डीमापुर आसे | IN-NL
nagamese | मोइ लगा भाई जापान ते काम करे जापान लगा राजधानी की आसे | JP
# Tulu speakers' Hindi from Mangaluru and Udupi; Yakshagana night, a fish market
tulu | एलेक्सा {} की राजधानी दाने पनले माराया | दक्षिण कोरिया=KR; कुवैत=KW; कज़ाकिस्तान=KZ
tulu | मंगलूरु से पूछ रहे हैं {} की राजधानी क्या है माराया | लाओस=LA; लेबनान=LB; सेंट लूसिया=LC
tulu | यक्षगान के बाद अप्पे पूछ रही है {} की राजधानी क्या है | लिकटेंस्टीन=LI; लाइबेरिया=LR; लेसोथो=LS
tulu | मच्छी मार्केट में पूछ रहा हूं {} की राजधानी पनले | कर्नाटक=IN-KA; केरल राज्य=IN-KL; गोवा राज्य=IN-GA
tulu | एलेक्सा कर्नाटक की राजधानी बेंगलूरु है या मैसूर थी पहले | IN-KA
tulu | मेरा मामा कुवैत में है कुवैत की राजधानी क्या है एलेक्सा | KW
tulu | उडुपी से पूछ रहे हैं लक्षद्वीप की राजधानी क्या है | IN-LD
# Gulf workers' Hindi in Dubai, Doha and Riyadh camps; a video call home, sending money
gulf | यल्ला एलेक्सा {} की राजधानी बता | लिथुआनिया=LT; लक्ज़मबर्ग=LU; लातविया=LV
gulf | कैंप में रूम वाले पूछ रहे {} की राजधानी क्या है ख़लास बता दे | लीबिया=LY; मोरक्को=MA; मोनाको=MC
gulf | कफ़ील के ड्राइवर ने पूछा {} की राजधानी कौन सी है | मोल्दोवा=MD; मोंटेनेग्रो=ME; मेडागास्कर=MG
gulf | घर वीडियो कॉल पे बच्चा पूछ रहा {} की राजधानी | सऊदी=SA; क़तर=QA; बहरैन=BH
gulf | एलेक्सा सऊदी अरब की राजधानी रियाद है ना जद्दा तो नहीं | SA
gulf | दोहा से बोल रहा हूं दोहा किस मुल्क की राजधानी है हबीबी | CITY:दोहा
gulf | पैसे भेजने गए थे एक्सचेंज पे बहस हुई ओमान की राजधानी क्या है एलेक्सा | OM
gulf | शुक्रन एलेक्सा अब बता यूएई की कैपिटल दुबई है या अबू धाबी | AE
# Afghan refugees' Hindi (Dari speakers) in Lajpat Nagar; a bakery, a language class
afghan | एलेक्सा जान {} का राजधानी क्या है | मार्शल आइलैंड=MH; नॉर्थ मैसेडोनिया=MK; माली=ML
afghan | बराए मेहरबानी बोलो {} का पायतख़्त क्या है | म्यांमार=MM; मंगोलिया देश=MN; मॉरिटानिया=MR
afghan | हमारा हिंदी क्लास में टीचर पूछा {} का राजधानी कौन है | माल्टा=MT; मॉरीशस=MU; मालदीव=MV
afghan | लाजपत नगर में नान बेचता हूं पूछना है अफ़ग़ानिस्तान का राजधानी काबुल है ना | AF
afghan | तशक्कुर जान अब ईरान का पायतख़्त बोलो | IR
afghan | हमारा दोस्त ताजिक है ताजिकिस्तान का राजधानी क्या है | TJ
afghan | एलेक्सा बिसियार मुश्किल है उज़्बेकिस्तान का राजधानी बोलो | UZ
afghan | पाकिस्तान का राजधानी कराची है या इस्लामाबाद बोलो जान | PK
# Truck drivers on NH forty-four and at the transport nagar; a toll plaza, loading
truck | उस्ताद एलेक्सा {} की राजधानी बता दे | मलावी=MW; मेक्सिको=MX; मोज़ाम्बिक=MZ
truck | टोल पे लाइन लगी है खलासी पूछ रहा {} की राजधानी | नामीबिया=NA; नाइजर=NE; नाइजीरिया=NG
truck | माल लोड हो रहा है तब तक बता {} की राजधानी क्या है | निकारागुआ=NI; नॉर्वे=NO; नेपाल=NP
truck | गाड़ी {} जा रही है उधर की राजधानी कौन सी है | पंजाब=IN-PB; हरियाणा=IN-HR; उत्तराखंड=IN-UK
truck | ट्रांसपोर्ट नगर से बोल रहा हूं आंध्रा की राजधानी कौन सी है अब | IN-AP
truck | एलेक्सा चंडीगढ़ किसकी राजधानी है पंजाब की या हरियाणा की | CITY:चंडीगढ़
truck | कन्याकुमारी का माल है तमिलनाडु की राजधानी बता उस्ताद | IN-TN
truck | एलेक्सा नेपाल बॉर्डर पे खड़े हैं नेपाल की राजधानी काठमांडू ही है ना | NP
# Chartered accountants in tax season; the GST deadline, an audit
ca | एलेक्सा ऑडिट के बीच में {} की कैपिटल क्या है | नाउरू=NR; न्यूज़ीलैंड=NZ; ओमान देश=OM
ca | क्लाइंट {} में सब्सिडियरी खोल रहा है उसकी कैपिटल बताओ | पनामा=PA; पेरू=PE; पापुआ न्यू गिनी=PG
ca | ड्यू डेट से पहले एक सवाल {} की राजधानी क्या है | फ़िलीपींस=PH; पाकिस्तान=PK; पोलैंड=PL
ca | जीएसटी रजिस्ट्रेशन {} में है वहां की राजधानी बताओ | तेलंगाना राज्य=IN-TS; कर्नाटक राज्य=IN-KA; हरियाणा राज्य=IN-HR
ca | एलेक्सा केमैन आइलैंड्स की राजधानी क्या है क्लाइंट का फ़ंड वहीं है | KY
ca | आर्टिकल वाला पूछ रहा है बरमूडा की राजधानी क्या है | BM
ca | एलेक्सा ब्रिटिश वर्जिन आइलैंड्स की राजधानी बताओ टैक्स हेवन वाला | VG
ca | एलेक्सा जर्सी की राजधानी बताओ चैनल आइलैंड वाला जर्सी | JE
# Stock market traders; the opening bell, an IPO day
dalal | निफ़्टी खुलने से पहले बताओ {} की कैपिटल क्या है | पुर्तगाल=PT; पलाऊ=PW; पैराग्वे=PY
dalal | एलेक्सा सेंसेक्स गिरा हुआ है {} की राजधानी बताओ | क़तर देश=QA; रोमानिया=RO; सर्बिया=RS
dalal | आईपीओ की लाइन में पूछ रहा हूं {} की राजधानी | रूस=RU; रवांडा=RW; सऊदी अरब=SA
dalal | एलेक्सा हांगकांग के मार्केट का टाइम छोड़ो हांगकांग की राजधानी बताओ | HK
dalal | क्रूड की न्यूज़ में वेनेज़ुएला आया उसकी राजधानी क्या है | VE
dalal | डॉलर के बाद अमेरिका की राजधानी बताओ न्यूयॉर्क नहीं है ना | US
# Kota coaching students in hostels; a test series, the mess
kota | भैया एलेक्सा {} की कैपिटल बता दो टेस्ट है | सोलोमन आइलैंड=SB; सेशेल्स=SC; सूडान=SD
kota | पीजी में रूममेट पूछ रहा {} की राजधानी क्या है | स्वीडन=SE; सिंगापुर=SG; स्लोवेनिया=SI
kota | मेस में खाना ठंडा है तब तक बता {} की राजधानी | स्लोवाकिया=SK; सिएरा लियोन=SL; सैन मैरिनो=SM
kota | कोटा से बोल रहा हूं राजस्थान की राजधानी जयपुर है ना कोटा नहीं | IN-RJ
kota | एलेक्सा बैच में बहस हुई {} की राजधानी बताओ | उत्तराखंड राज्य=IN-UK; उत्तर प्रदेश राज्य=IN-UP; मध्य प्रदेश राज्य=IN-MP
kota | टेस्ट सीरीज़ में आया था सेशेल्स की राजधानी विक्टोरिया है क्या | SC
# Teen mobile gamers; a BGMI lobby, a squad voice chat
gamers | ब्रो एलेक्सा {} की कैपिटल जल्दी बता लॉबी में हूं | सेनेगल=SN; सोमालिया=SO; सूरीनाम=SR
gamers | स्क्वाड में नूब पूछ रहा {} की कैपिटल क्या है | साउथ सूडान=SS; साओ टोमे और प्रिंसिपे=ST; अल साल्वाडोर=SV
gamers | एलेक्सा मैच शुरू होने वाला है {} की कैपिटल बोल | सीरिया=SY; चाड=TD; टोगो=TG
gamers | सर्वर कोरिया का है कोरिया की कैपिटल सियोल है ना | KR
gamers | एलेक्सा गेम वाली कंपनी चाइना की है चाइना की कैपिटल क्या है | CN
gamers | ब्रो मैप का नाम एरेंजल है वो असली नहीं है पर रूस की कैपिटल बता | RU
# Anganwadi and ASHA workers; a house survey, a vaccination camp
anganwadi | दीदी लोग पूछ रही हैं {} की राजधानी क्या है | थाईलैंड=TH; ताजिकिस्तान=TJ; पूर्वी तिमोर=TL
anganwadi | सर्वे के रजिस्टर के बाद बताओ {} की राजधानी | तुर्कमेनिस्तान=TM; ट्यूनीशिया=TN; टोंगा=TO
anganwadi | टीकाकरण कैंप में बैठी हूं {} की राजधानी बता दो | तुर्की=TR; त्रिनिदाद और टोबैगो=TT; तुवालू=TV
anganwadi | आंगनवाड़ी के बच्चे पूछ रहे हैं {} की राजधानी | बिहार राज्य=IN-BR; राजस्थान राज्य=IN-RJ; झारखंड राज्य=IN-JH
anganwadi | एलेक्सा पोषण ट्रैकर बंद है तब तक बताओ छत्तीसगढ़ की राजधानी रायपुर ही है | IN-CG
anganwadi | आशा दीदी पूछ रही हैं मणिपुर की राजधानी कौन सी है | IN-MN
# Kauravi from Meerut, Muzaffarnagar and Baghpat; the chaupal, a sugarcane crusher
kauravi | एलेक्सा {} की राजधानी कोण सी सै बता दे भई | तंजानिया=TZ; यूक्रेन=UA; युगांडा=UG
kauravi | चौपाल पै ताऊ पूछ रे {} की राजधानी के सै | अमरीका=US; उरुग्वे=UY; उज़्बेकिस्तान=UZ
kauravi | कोल्हू पै बैठे बैठे बता दे {} की राजधानी | सेंट विंसेंट और ग्रेनेडाइंस=VC; वेनेजुएला=VE; वियतनाम=VN
kauravi | मेरठ ते पूछ रे {} की राजधानी कोण सी सै | उत्तर परदेस=IN-UP; हिमाचल=IN-HP; दिल्ली प्रदेश=IN-DL
kauravi | एलेक्सा म्हारा छोरा कनाडा गया उड़ै की राजधानी टोरंटो सै के | CA
kauravi | ओंटारियो में रहवे सै छोरा ओंटारियो की राजधानी बता दे | CA-ON
kauravi | अरे यूक्रेन की लड़ाई की खबर में के शहर था उसकी राजधानी कीव सै ना | UA
# Tour guides at the Taj Mahal and Amber fort; a foreign group, a school trip
guides | मैडम पूछ रही हैं {} की कैपिटल क्या है एलेक्सा | वानुअतु=VU; समोआ=WS; यमन=YE
guides | गेस्ट ग्रुप {} से आया है उसकी कैपिटल बताओ | ज़ाम्बिया=ZM; ज़िम्बाब्वे=ZW; वेटिकन=VA
guides | ताज के गेट पर खड़ा हूं {} की राजधानी बताओ | फ़िलिस्तीन=PS; कोसोवो=XK; ताइवान=TW
guides | आमेर किले में गाइड बोल रहा हूं राजस्थान की पुरानी नहीं अभी की राजधानी बताओ | IN-RJ
guides | एलेक्सा सर स्कॉटलैंड से हैं स्कॉटलैंड की कैपिटल एडिनबरा है ना | GB-SCT
guides | वेल्स से आए हैं गेस्ट वेल्स की कैपिटल कार्डिफ़ ही है ना | GB-WLS
guides | स्कूल ट्रिप आया है बच्चे पूछ रहे उत्तरी आयरलैंड की राजधानी | GB-NIR
guides | जापान वाले गेस्ट को बताना है भारत की राजधानी तो नई दिल्ली है और आगरा किसकी राजधानी थी छोड़ो भारत की राजधानी बताओ | IN
# Stamp and coin collectors; a philately exhibition, an old coin fair
philately | डाक टिकट पर लिखा है {} इसकी राजधानी कौन सी है | हेल्वेशिया=CH; मग्यार पोस्टा=HU; निप्पोन=JP
philately | सिक्के पर {} लिखा है उस देश की राजधानी बताओ | ईस्ट अफ़्रीका वाला केन्या=KE; सीलोन वाला श्रीलंका=LK; बर्मा वाला म्यांमार=MM
philately | एलेक्सा फ़िलैटली प्रदर्शनी में {} का स्टैम्प है उसकी राजधानी | ग्रीनलैंड=GL; फ़ैरो आइलैंड=FO; जिब्राल्टर=GI
philately | कलेक्शन में {} के टिकट हैं वहां की राजधानी बताओ | सेंट हेलेना=SH; फ़ॉकलैंड आइलैंड्स=FK; पिटकेर्न आइलैंड्स=PN
philately | एलेक्सा ट्रिस्टन दा कुन्हा नहीं सेंट हेलेना की राजधानी बताओ | SH
philately | रॉस डिपेंडेंसी छोड़ो न्यूज़ीलैंड की राजधानी बताओ टिकट पर लिखा है | NZ
philately | पुराने सिक्के मेले में पूछा ब्रिटिश इंडियन ओशन टेरिटरी की राजधानी क्या है | IO
philately | एलेक्सा नॉरफ़ॉक आइलैंड की राजधानी बताओ टिकट पर पाइन का पेड़ है | NF
philately | कोकोस आइलैंड्स के टिकट आए हैं उनकी राजधानी क्या है | CC
philately | क्रिसमस आइलैंड के टिकट पर केकड़ा है उसकी राजधानी क्या है | CX
# Construction workers at Gurugram and Noida sites; the contractor, lunch break
construction | ठेकेदार जी पूछ रहे {} की राजधानी क्या है एलेक्सा | छत्तीसगढ़ राज्य=IN-CG; ओड़िसा=IN-OD; बंगाल=IN-WB
construction | साइट पर मिस्त्री पूछ रहा {} की राजधानी कौन सी है | असम प्रदेश=IN-AS; त्रिपुरा=IN-TR; सिक्किम=IN-SK
construction | खाने की छुट्टी में बता दो {} की राजधानी | अंडमान निकोबार=IN-AN; पुडुचेरी=IN-PY; लद्दाख=IN-LA
construction | एलेक्सा हम झारखंड के हैं रांची राजधानी है ना झारखंड की | IN-JH
construction | ठेकेदार बोला दादरा नगर हवेली में काम है उसकी राजधानी क्या है | IN-DH
construction | गुरुग्राम हरियाणा में है तो हरियाणा की राजधानी कौन सी है | IN-HR
# Parsi speakers' Hindi in Mumbai; Navroz, an Irani cafe
parsi | अरे डीकरा एलेक्सा {} की राजधानी क्या है बोल ना | ईरान देश=IR; इराक़ देश=IQ; अज़रबैजान देश=AZ
parsi | ईरानी कैफ़े में बन मस्का खाते खाते पूछा {} की राजधानी | इंग्लैंड=GB-ENG; ब्रिटेन देश=GB; कैनडा=CA
parsi | नवरोज़ पर बावाजी पूछ रहे हैं ईरान की राजधानी तेहरान है ना | IR
parsi | एलेक्सा सारू सारू अब बता न्यूज़ीलैंड की कैपिटल ऑकलैंड है कि नहीं | NZ
parsi | मेरी दीकरी ऑस्ट्रेलिया में है विक्टोरिया स्टेट की कैपिटल बोल | AU-VIC
parsi | एलेक्सा पुअर फ़ेलो भूल गया यूनान की राजधानी क्या है | GR
# Anglo-Indians of Kolkata and McCluskieganj; a Christmas party, the parish fete
anglo | ऐ मैन एलेक्सा {} का कैपिटल क्या है बोलो | जमैका देश=JM; बारबेडोस=BB; त्रिनिडाड=TT
anglo | क्रिसमस पार्टी में अंकल पूछ रहा है {} का कैपिटल बोलो मैन | ऑस्ट्रेलिया देश=AU; न्यूज़ीलैंड देश=NZ; आयरलैंड देश=IE
anglo | पैरिश फ़ेट में गेम है {} का कैपिटल क्या है | वेस्टर्न ऑस्ट्रेलिया=AU-WA; साउथ ऑस्ट्रेलिया=AU-SA; न्यू साउथ वेल्स=AU-NSW
anglo | मैक्लुस्कीगंज झारखंड में है ना झारखंड का कैपिटल बोलो मैन | IN-JH
anglo | एलेक्सा माय डार्लिंग बंगाल का कैपिटल अभी भी कलकत्ता है ना | IN-WB
anglo | हमारा कज़िन पर्थ में है पर्थ किसका कैपिटल है | CITY:पर्थ
# plural capitals: the several-capital countries, asked for all their capitals
plural-capitals | एलेक्सा {} की सारी राजधानियां बताओ | बेनिन=BJ; बोलीविया=BO; आइवरी कोस्ट=CI
plural-capitals | {} की दोनों राजधानियाँ कौन कौन सी हैं | श्रीलंका=LK; मलेशिया=MY; नीदरलैंड=NL
plural-capitals | एलेक्सा {} की कितनी राजधानियां हैं और कौन सी | एस्वातिनी=SZ; दक्षिण अफ़्रीका=ZA; फ़िलिस्तीन=PS
plural-capitals | दुर्गा पूजा पंडाल में क्विज़ है {} की राजधानियाँ बताओ | बेनिन देश=BJ; बोलिविया=BO; कोत दिवुआर=CI
plural-capitals | अंताक्षरी छोड़ो पहले बताओ {} की राजधानियां कौन सी हैं | श्री लंका=LK; मलेशिया देश=MY; हॉलैंड=NL
plural-capitals | एलेक्सा {} की तीनों राजधानियाँ बताओ | साउथ अफ़्रीका=ZA; दक्षिण अफ्रीका देश=ZA; रिपब्लिक ऑफ़ साउथ अफ़्रीका=ZA
plural-capitals | गणपति के पंडाल में बच्चे पूछ रहे {} की राजधानियाँ | स्वाज़ीलैंड=SZ; पैलेस्टाइन=PS; बेनीन=BJ
plural-capitals | नक्शे वाली पहेली में {} की दो राजधानी लिखनी हैं बताओ | बोलीविया देश=BO; आइवरी कोस्ट देश=CI; श्रीलंका देश=LK
plural-capitals | एलेक्सा क्रॉसवर्ड में पूछा है {} की राजधानियां कौन कौन सी | मलयेशिया=MY; नेदरलैंड्स=NL; इस्वातिनी=SZ
plural-capitals | ओलंपिक देखते हुए सवाल आया {} की राजधानियाँ कौन सी हैं | फ़िलिस्तीन देश=PS; साउथ अफ्रीका देश=ZA; बेनिन रिपब्लिक=BJ
plural-capitals | एलेक्सा सुना है बोलीविया की दो राजधानियाँ हैं ला पाज़ और सूक्रे दोनों बताओ | BO
plural-capitals | फ़ुटबॉल वर्ल्ड कप में नीदरलैंड खेल रहा है उसकी दोनों राजधानियाँ बताओ एम्स्टर्डम और हेग | NL
plural-capitals | एलेक्सा कोत दिवुआर की राजधानियाँ यामुसुक्रो और आबिदजान दोनों हैं क्या | CI
plural-capitals | श्रीलंका की दोनों कैपिटल बताओ कोलंबो और वो लंबा नाम वाली | LK
plural-capitals | मलेशिया की राजधानियाँ बताओ कुआलालंपुर और पुत्रजया | MY
plural-capitals | एलेक्सा एस्वातिनी की दोनों राजधानियाँ बताओ पहले स्वाज़ीलैंड था | SZ
plural-capitals | बेनिन की दोनों राजधानियाँ कौन सी हैं पोर्टो नोवो और कोटोनू | BJ
plural-capitals | फ़िलिस्तीन की राजधानियाँ कौन कौन सी मानी जाती हैं | PS
plural-capitals | जनगणना के फ़ॉर्म भरते भरते पूछ रहा हूं जम्मू कश्मीर की दोनों राजधानियाँ | IN-JK
plural-capitals | एलेक्सा उत्तराखंड की दोनों राजधानियाँ बताओ देहरादून और गैरसैंण | IN-UK
plural-capitals | स्कूल के एनुअल डे में सवाल था दक्षिण अफ़्रीका की सब राजधानियाँ बताओ | ZA
plural-capitals | एलेक्सा मलेशिया की सारी कैपिटल बताओ हमारा टूर है | MY
plural-capitals | साइंस फ़ेयर में ग्लोब बना रहे हैं बोलीविया की सारी राजधानियाँ बताना | BO
plural-capitals | घर शिफ़्ट करते करते याद आया श्रीलंका की सब राजधानियाँ कौन सी हैं | LK
plural-capitals | एलेक्सा आइवरी कोस्ट की कितनी कैपिटल हैं सब बताओ | CI
plural-capitals | बेनिन की कैपिटल्स बताओ एलेक्सा दोनों | BJ
plural-capitals | एलेक्सा हॉलैंड की सब राजधानियाँ बताओ | NL
plural-capitals | एस्वातिनी की राजधानियाँ कौन कौन सी हैं एमबाबाने और लोबाम्बा | SZ
plural-capitals | फ़िलिस्तीन की दोनों कैपिटल बताओ रामल्लाह वाली भी | PS
plural-capitals | एलेक्सा गल्फ़ में फ़िलिस्तीनी दोस्त है उसके देश की दोनों राजधानियाँ बताओ फ़िलिस्तीन की | PS
plural-capitals | अफ़ग़ान बेकरी में पूछा फ़िलिस्तीन की सारी राजधानियाँ कौन सी हैं जान | PS
plural-capitals | एलेक्सा डच वाले देश नीदरलैंड्स की दोनों राजधानियाँ बोलो एम्स्टर्डम वाली और हेग वाली | NL
plural-capitals | स्वाज़ीलैंड अब एस्वातिनी है उसकी दोनों राजधानियाँ बताओ एलेक्सा | SZ
# follow-ups said after an answer, in the situations of the groups
follow-up | और {} की | केन्या=KE; तंज़ानिया देश=TZ; युगांडा देश=UG
follow-up | अच्छा और {} का क्या | पेरू देश=PE; चिली देश=CL; इक्वाडोर देश=EC
follow-up | अब {} की भी बता दो | पोलैंड देश=PL; चेक गणराज्य=CZ; स्लोवाकिया देश=SK
follow-up | ठीक है उसके बाद {} की | नॉर्वे देश=NO; स्वीडन देश=SE; फ़िनलैंड देश=FI
follow-up | और उसके पड़ोसी {} की राजधानी | बांग्लादेश देश=BD; म्यांमार देश=MM; भूटान का पड़ोसी नेपाल=NP
follow-up | हां और अब {} वाली | वियतनाम देश=VN; लाओस देश=LA; कंबोडिया देश=KH
follow-up | अगला सवाल {} | मिस्र देश=EG; लीबिया देश=LY; सूडान देश=SD
follow-up | दूसरा वाला {} | ब्राज़ील देश=BR; अर्जेंटीना देश=AR; उरुग्वे देश=UY
follow-up | उसका छोड़ो {} की बताओ | जर्मनी देश=DE; फ़्रांस देश=FR; इटली देश=IT
follow-up | एलेक्सा और {} की कैपिटल | मैक्सिको देश=MX; ग्वाटेमाला देश=GT; क्यूबा देश=CU
follow-up | फिर {} का बोलो | ऑस्ट्रिया देश=AT; हंगरी देश=HU; रोमानिया देश=RO
follow-up | अच्छा अब इसके बगल वाले {} की | पाकिस्तान=PK; अफ़ग़ानिस्तान देश=AF; ईरान का पड़ोसी इराक़=IQ
follow-up | और वो {} वाला | सिंगापुर देश=SG; थाईलैंड=TH; इंडोनेशिया देश=ID
follow-up | और भाई का दोस्त जो वहां रहता है उस देश की भी कनाडा की | CA
follow-up | और फिर इसकी राज्य वाली कैलिफ़ोर्निया की | US-CA
follow-up | ओके और टेक्सास की | US-TX
follow-up | और अब उत्तर प्रदेश की भी बता दो | IN-UP
follow-up | उसके बाद वाले राज्य केरल की | IN-KL
follow-up | अच्छा तो फिर जापान का क्या | JP
follow-up | और चीन का पड़ोसी मंगोलिया उसकी | MN
follow-up | फिर वही सवाल पर तुर्की के लिए | TR
# subdivisions and territories in the words people use
subdivision | एलेक्सा अमेरिका के स्टेट {} की कैपिटल क्या है | अलाबामा=US-AL; अलास्का=US-AK; एरिज़ोना=US-AZ
subdivision | {} स्टेट की राजधानी बताओ एलेक्सा | अर्कांसस=US-AR; कैलिफ़ोर्निया=US-CA; कोलोराडो=US-CO
subdivision | मेरी बहन {} में रहती है वहां की कैपिटल क्या है | कनेक्टिकट=US-CT; डेलावेयर=US-DE; फ़्लोरिडा=US-FL
subdivision | एलेक्सा यूएस में {} की राजधानी कौन सी है | हवाई=US-HI; आइडाहो=US-ID; इलिनॉय=US-IL
subdivision | अमरीका का {} राज्य उसकी राजधानी बताना | इंडियाना=US-IN; आयोवा=US-IA; कैनसस=US-KS
subdivision | एलेक्सा {} की स्टेट कैपिटल बताओ | केंटकी=US-KY; लुइसियाना=US-LA; मेन स्टेट=US-ME
subdivision | एच वन बी वाले भैया {} में हैं उसकी राजधानी | मैरीलैंड=US-MD; मैसाचुसेट्स=US-MA; मिशिगन=US-MI
subdivision | अमेरिका वाला {} उसकी कैपिटल क्या है | मिनेसोटा=US-MN; मिसिसिपी=US-MS; मिसौरी=US-MO
subdivision | एलेक्सा {} स्टेट का कैपिटल शहर | मोंटाना=US-MT; नेब्रास्का=US-NE; नेवादा=US-NV
subdivision | {} की राजधानी क्या है अमेरिका में | न्यू हैम्पशायर=US-NH; न्यू जर्सी=US-NJ; न्यू मेक्सिको=US-NM
subdivision | एलेक्सा न्यूयॉर्क स्टेट की कैपिटल न्यूयॉर्क सिटी नहीं है तो क्या है | US-NY
subdivision | चाचा जी {} में मोटल चलाते हैं वहां की राजधानी | नॉर्थ कैरोलाइना=US-NC; नॉर्थ डकोटा=US-ND; ओहायो=US-OH
subdivision | एलेक्सा {} की कैपिटल सिटी बोलो | ओक्लाहोमा=US-OK; ओरेगन=US-OR; पेंसिल्वेनिया=US-PA
subdivision | यूएसए के {} राज्य की राजधानी बताओ | रोड आइलैंड=US-RI; साउथ कैरोलाइना=US-SC; साउथ डकोटा=US-SD
subdivision | मेरा भांजा {} में पढ़ता है उधर की कैपिटल | टेनेसी=US-TN; टेक्सास=US-TX; यूटा=US-UT
subdivision | एलेक्सा अमेरिकी राज्य {} की राजधानी | वरमॉन्ट=US-VT; वर्जीनिया=US-VA; वेस्ट वर्जीनिया=US-WV
subdivision | {} स्टेट की कैपिटल बताओ प्लीज़ | विस्कॉन्सिन=US-WI; वायोमिंग=US-WY; वॉशिंगटन स्टेट=US-WA
subdivision | एलेक्सा जॉर्जिया स्टेट अमेरिका वाला उसकी राजधानी बताओ | US-GA
subdivision | कनाडा के {} प्रोविंस की राजधानी बताओ | अल्बर्टा=CA-AB; ब्रिटिश कोलंबिया=CA-BC; मैनिटोबा=CA-MB
subdivision | एलेक्सा कनाडा में {} की कैपिटल क्या है | न्यू ब्रंसविक=CA-NB; न्यूफ़ाउंडलैंड=CA-NL; नोवा स्कोशिया=CA-NS
subdivision | ब्रैम्पटन वाले मामा पूछ रहे {} की राजधानी | क्यूबेक=CA-QC; सस्केचेवान=CA-SK; प्रिंस एडवर्ड आइलैंड=CA-PE
subdivision | कनाडा के {} की राजधानी कौन सी है | युकोन=CA-YT; नुनावुत=CA-NU; नॉर्थवेस्ट टेरिटरीज़=CA-NT
subdivision | एलेक्सा ऑस्ट्रेलिया का {} उसकी राजधानी बताओ | नॉर्दर्न टेरिटरी=AU-NT; ऑस्ट्रेलियन कैपिटल टेरिटरी=AU-ACT; विक्टोरिया राज्य=AU-VIC
subdivision | जर्मनी के {} राज्य की राजधानी बताओ | बाडेन वुर्टेमबर्ग=DE-BW; ब्रांडेनबर्ग=DE-BB; लोअर सैक्सनी=DE-NI
subdivision | एलेक्सा जर्मनी में {} की राजधानी क्या है | नॉर्थ राइन वेस्टफ़ेलिया=DE-NW; राइनलैंड पैलेटिनेट=DE-RP; श्लेसविग होल्स्टीन=DE-SH
subdivision | जर्मन स्टेट {} की कैपिटल बताओ | सारलैंड=DE-SL; सैक्सनी अनहाल्ट=DE-ST; थुरिंगिया=DE-TH
subdivision | एलेक्सा मेक्लेनबर्ग फ़ोरपोमर्न की राजधानी बताओ | DE-MV
subdivision | ब्राज़ील के {} राज्य की राजधानी बताओ | बाहिया=BR-BA; अमेज़ोनास=BR-AM; मिनास जेराइस=BR-MG
subdivision | एलेक्सा ब्राज़ील में {} की राजधानी | साओ पाउलो राज्य=BR-SP; रियो ग्रांडे डो सुल=BR-RS; पराना=BR-PR
subdivision | ब्राज़ील का {} स्टेट उसकी कैपिटल क्या है | पेरनामबुको=BR-PE; सेआरा=BR-CE; पारा=BR-PA
subdivision | एलेक्सा ब्राज़ील के {} की राजधानी बताना | सांता कैटरीना=BR-SC; गोइयास=BR-GO; माटो ग्रोसो=BR-MT
subdivision | फ़ुटबॉल वाले ब्राज़ील के {} राज्य की कैपिटल | एकर=BR-AC; अलागोआस=BR-AL; अमापा=BR-AP
subdivision | एलेक्सा ब्राज़ील का {} राज्य उसकी राजधानी | एस्पिरितो सांतो=BR-ES; मारान्हाओ=BR-MA; माटो ग्रोसो डो सुल=BR-MS
subdivision | ब्राज़ील में {} स्टेट की राजधानी क्या है | पराइबा=BR-PB; पियाउई=BR-PI; रियो ग्रांडे डो नॉर्टे=BR-RN
subdivision | एलेक्सा ब्राज़ील के {} की कैपिटल बोलो | रोंडोनिया=BR-RO; रोराइमा=BR-RR; सर्जिपे=BR-SE
subdivision | ब्राज़ील का टोकांटिंस राज्य उसकी राजधानी बताओ | BR-TO
subdivision | एलेक्सा रियो डी जनेरो राज्य की राजधानी क्या है | BR-RJ
subdivision | ब्राज़ील का फ़ेडरल डिस्ट्रिक्ट उसकी राजधानी बताओ | BR-DF
subdivision | मेक्सिको के {} राज्य की राजधानी बताओ | हलिस्को=MX-JAL; युकाटान=MX-YUC; ओआहाका=MX-OAX
subdivision | एलेक्सा मेक्सिको में {} की राजधानी क्या है | सोनोरा=MX-SON; चिहुआहुआ=MX-CHH; नुएवो लियोन=MX-NLE
subdivision | मेक्सिको का {} स्टेट उसकी कैपिटल | बाहा कैलिफ़ोर्निया=MX-BCN; बाहा कैलिफ़ोर्निया सुर=MX-BCS; सिनालोआ=MX-SIN
subdivision | एलेक्सा मेक्सिको के {} की राजधानी बताना | गुआनाहुआतो=MX-GUA; पुएब्ला=MX-PUE; वेराक्रूज़=MX-VER
subdivision | मेक्सिको के {} राज्य की कैपिटल क्या है | क्विंटाना रू=MX-ROO; तबास्को=MX-TAB; चियापास=MX-CHP
subdivision | एलेक्सा मेक्सिको का {} उसकी राजधानी | ग्युरेरो=MX-GRO; मिचोआकान=MX-MIC; मोरेलोस=MX-MOR
subdivision | मेक्सिको में {} स्टेट की राजधानी बोलो | कोआउइला=MX-COA; तामाउलिपास=MX-TAM; सान लुइस पोतोसी=MX-SLP
subdivision | एलेक्सा मेक्सिको के {} राज्य की राजधानी क्या है | ज़ाकाटेकास=MX-ZAC; दुरांगो=MX-DUR; नायारित=MX-NAY
subdivision | मेक्सिको का {} स्टेट उसकी राजधानी बताओ | अगुआस्कालिएंतेस=MX-AGU; कोलीमा=MX-COL; केरेटारो=MX-QUE
subdivision | एलेक्सा मेक्सिको का इडाल्गो राज्य उसकी राजधानी | MX-HID
subdivision | मेक्सिको में त्लाक्स्काला की राजधानी क्या है | MX-TLA
subdivision | एलेक्सा मेक्सिको का कैंपेचे राज्य उसकी कैपिटल | MX-CAM
subdivision | मेक्सिको स्टेट जो देश नहीं राज्य है उसकी राजधानी बताओ | MX-MEX
subdivision | बाढ़ में घर बैठे पूछ रहा हूं {} की राजधानी क्या है | पोर्टो रिको=PR; गुआम=GU; अमेरिकन समोआ=AS
subdivision | एलेक्सा {} की राजधानी बताओ ये किसका इलाका है पता नहीं | ग्रीनलैंड द्वीप=GL; न्यू कैलेडोनिया=NC; फ़्रेंच पोलिनेशिया=PF
subdivision | पासपोर्ट ऑफ़िस की लाइन में पूछ रहा हूं {} की राजधानी | आइल ऑफ़ मैन=IM; गर्नज़ी=GG; बरमूडा=BM
subdivision | एलेक्सा {} की राजधानी क्या है कैरिबियन वाला | अरूबा=AW; कुराकाओ=CW; एंगुइला=AI
subdivision | {} की राजधानी बताओ फ़्रांस वाला | रीयूनियन=RE; मार्टिनीक=MQ; ग्वादलूप=GP
subdivision | एलेक्सा {} की कैपिटल कौन सी है | फ़्रेंच गयाना=GF; मायोट=YT; सेंट पियरे और मिकेलॉन=PM
subdivision | {} द्वीप की राजधानी बताओ एलेक्सा | मोंटसेराट=MS; तुर्क्स और कैकोस=TC; कुक आइलैंड्स=CK
subdivision | एलेक्सा प्रशांत महासागर वाले {} की राजधानी क्या है | नीयू=NU; तोकेलाउ=TK; वालिस और फ़्यूचूना=WF
subdivision | एलेक्सा {} की राजधानी बताओ नॉर्वे वाला | स्वालबार्ड=SJ; फ़िनलैंड वाला ऑलैंड=AX; सेंट बार्थेलेमी=BL
subdivision | एलेक्सा उत्तरी मारियाना आइलैंड्स की राजधानी | MP
subdivision | पश्चिमी सहारा की राजधानी क्या मानी जाती है | EH
subdivision | एलेक्सा मकाऊ की राजधानी बताओ | MO
subdivision | यूएस वर्जिन आइलैंड्स की राजधानी बताओ | VI
subdivision | एलेक्सा कैरिबियन नीदरलैंड्स बोनेयर वाला उसकी राजधानी | BQ
subdivision | सिंट मार्टेन डच वाला उसकी राजधानी बताओ | SX
subdivision | एलेक्सा सेंट मार्टिन फ़्रेंच वाला उसकी राजधानी क्या है | MF
subdivision | फ़्रेंच सदर्न टेरिटरीज़ की राजधानी बताओ | TF
subdivision | एलेक्सा साउथ जॉर्जिया आइलैंड की राजधानी क्या है | GS
subdivision | एलेक्सा चंडीगढ़ यूनियन टेरिटरी की राजधानी बताओ | IN-CH
subdivision | दमन और दीव वाले केंद्र शासित प्रदेश की राजधानी बताओ | IN-DH
subdivision | एलेक्सा दिल्ली एनसीटी की राजधानी कौन सी है | IN-DL
# reverse questions: a capital said, its place asked
reverse-question | एलेक्सा {} किस देश की राजधानी है | ओस्लो=CITY:ओस्लो; लिस्बन=CITY:लिस्बन; नैरोबी=CITY:नैरोबी
reverse-question | {} किसकी राजधानी है बताओ | अस्ताना=CITY:अस्ताना; ताशकंद=CITY:ताशकंद; बिश्केक=CITY:बिश्केक
reverse-question | अंताक्षरी में गाना आया {} किस मुल्क की राजधानी है | काहिरा=CITY:कायरो; बगदाद=CITY:बगदाद; दमिश्क=CITY:दमास्कस
reverse-question | एलेक्सा {} कहां की राजधानी है | भोपाल=CITY:भोपाल; पटना=CITY:पटना; भुवनेश्वर=CITY:भुवनेश्वर
reverse-question | क्रॉसवर्ड में लिखा है {} किस स्टेट की राजधानी है | सैक्रामेंटो=CITY:सैक्रामेंटो; ऑस्टिन=CITY:ऑस्टिन; टलाहासी=CITY:टलाहासी
reverse-question | {} वाली राजधानी किस देश की है | हवाना=CITY:हवाना; लीमा=CITY:लीमा; काराकास=CITY:काराकस
reverse-question | एलेक्सा {} किस राज्य की राजधानी है | दिसपुर=CITY:दिसपुर; आइज़ोल=CITY:आइज़ोल; कोहिमा=CITY:कोहिमा
reverse-question | कुंभ मेले में विदेशी बोला वो {} से है वो किसकी राजधानी है | रेक्याविक=CITY:रेक्याविक; बुडापेस्ट=CITY:बुडापेस्ट; वारसॉ=CITY:वॉरसॉ
reverse-question | पुष्कर मेले में गोरा बोला {} से आया हूं किस देश की राजधानी है | टबिलिसी=CITY:टबिलिसी; येरेवान=CITY:येरेवान; बाकू=CITY:बाकु
reverse-question | एलेक्सा {} किस प्रोविंस की राजधानी है | एडमंटन=CITY:एडमंटन; रेजिना=CITY:रेजिना; हैलिफ़ैक्स=CITY:हेलिफ़ैक्स
reverse-question | {} शहर किसकी राजधानी है एलेक्सा | स्टटगार्ट=CITY:श्टुटगार्ट; म्यूनिख=CITY:म्यूनिख; ड्रेसडेन=CITY:ड्रेसडेन
reverse-question | एलेक्सा बताओ {} कौन से देश की राजधानी है | अकरा=CITY:एक्रा; अबुजा=CITY:अबुजा; डकार=CITY:डकार
reverse-question | रिज़ल्ट की रात नींद नहीं आ रही {} किसकी राजधानी है | उलानबटार=CITY:उलानबातर; थिम्पू=CITY:थिंपू; काठमांडू=CITY:काठमांडू
reverse-question | एलेक्सा गैंगटोक किस राज्य की राजधानी है | CITY:गंगटोक
reverse-question | इंफाल किस राज्य की राजधानी है | CITY:इंफाल
reverse-question | एलेक्सा कैनबरा किस देश की राजधानी है सिडनी तो नहीं | CITY:कैनबरा
reverse-question | ब्रासीलिया किस देश की राजधानी है | CITY:ब्रासीलिया
reverse-question | एलेक्सा होनोलूलू किस अमेरिकी राज्य की राजधानी है | CITY:होनोलुलु
reverse-question | मॉन्टेवीडियो कहां की राजधानी है | CITY:मोंटेवीडियो
reverse-question | एलेक्सा वेलिंग्टन किसकी राजधानी है | CITY:वेलिंगटन
reverse-question | विंडहोक किस देश की राजधानी है एलेक्सा | CITY:विंडहोक
reverse-question | लुसाका कहां की कैपिटल है | CITY:लुसाका
reverse-question | हरारे किस देश की कैपिटल है एलेक्सा | CITY:हरारे
reverse-question | एलेक्सा मनीला किस देश की राजधानी है | CITY:मनीला
reverse-question | हनोई किसकी राजधानी है | CITY:हनोई
reverse-question | एलेक्सा सिओल किस देश की राजधानी है उत्तर या दक्षिण | CITY:सिओल
reverse-question | प्योंगयांग किसकी राजधानी है एलेक्सा | CITY:प्योंगयांग
# official names
official-name | एलेक्सा {} की राजधानी क्या है | रिपब्लिक ऑफ़ इंडिया=IN; पीपल्स रिपब्लिक ऑफ़ चाइना=CN; रशियन फ़ेडरेशन=RU
official-name | {} की राजधानी बताओ | संयुक्त राज्य अमेरिका=US; यूनाइटेड स्टेट्स ऑफ़ अमेरिका=US; यूनाइटेड किंगडम=GB
official-name | एलेक्सा {} की कैपिटल बताओ | फ़ेडरल रिपब्लिक ऑफ़ जर्मनी=DE; फ़्रेंच रिपब्लिक=FR; किंगडम ऑफ़ स्पेन=ES
official-name | पूरा नाम बोल रहा हूं {} उसकी राजधानी क्या है | इस्लामिक रिपब्लिक ऑफ़ पाकिस्तान=PK; इस्लामी गणराज्य ईरान=IR; अरब गणराज्य मिस्र=EG
official-name | {} की राजधानी क्या है एलेक्सा | कोरिया गणराज्य=KR; डेमोक्रेटिक पीपल्स रिपब्लिक ऑफ़ कोरिया=KP; लोकतांत्रिक गणराज्य कांगो=CD
official-name | एलेक्सा {} इसकी राजधानी बताओ | कॉमनवेल्थ ऑफ़ ऑस्ट्रेलिया=AU; किंगडम ऑफ़ द नीदरलैंड्स=NL; रिपब्लिक ऑफ़ साउथ अफ़्रीका देश=ZA
official-name | संविधान की किताब में लिखा {} उसकी राजधानी | भारत गणराज्य=IN; नेपाल संघीय लोकतांत्रिक गणराज्य=NP; गणतंत्र बांग्लादेश=BD
official-name | एलेक्सा {} की राजधानी कौन सी है | यूनाइटेड किंगडम ऑफ़ ग्रेट ब्रिटेन एंड नॉर्दर्न आयरलैंड=GB; रिपब्लिक ऑफ़ आयरलैंड=IE; स्विस कन्फ़ेडरेशन=CH
official-name | {} इसकी कैपिटल क्या है | किंगडम ऑफ़ सऊदी अरेबिया=SA; हैशमाइट किंगडम ऑफ़ जॉर्डन=JO; स्टेट ऑफ़ क़तर=QA
official-name | एलेक्सा डेमोक्रेटिक सोशलिस्ट रिपब्लिक ऑफ़ श्रीलंका की राजधानी | LK
official-name | एलेक्सा रिपब्लिक ऑफ़ द यूनियन ऑफ़ म्यांमार की राजधानी बताओ | MM
official-name | सोशलिस्ट रिपब्लिक ऑफ़ वियतनाम की राजधानी क्या है | VN
official-name | एलेक्सा यूनाइटेड मैक्सिकन स्टेट्स की राजधानी बताओ | MX
official-name | फ़ेडरेटिव रिपब्लिक ऑफ़ ब्राज़ील की कैपिटल क्या है | BR
official-name | एलेक्सा ऑरिएंटल रिपब्लिक ऑफ़ उरुग्वे की राजधानी | UY
official-name | रिपब्लिक ऑफ़ चाइना वाला ताइवान उसकी राजधानी बताओ | TW
official-name | एलेक्सा प्लूरिनेशनल स्टेट ऑफ़ बोलीविया की राजधानी क्या है | BO
official-name | रिपब्लिक ऑफ़ तुर्किये की राजधानी बताओ | TR
official-name | एलेक्सा किंगडम ऑफ़ भूटान की राजधानी क्या है | BT
official-name | स्टेट ऑफ़ इज़राइल की कैपिटल बताओ | IL
# everyday names
everyday-name | एलेक्सा {} की राजधानी बताओ | रशिया=RU; चाइना=CN; अमरीका=US
everyday-name | {} की राजधानी क्या है | हॉलैंड देश=NL; बर्मा देश=MM; सीलोन=LK
everyday-name | एलेक्सा {} की कैपिटल क्या है | इंग्लिस्तान=GB; जर्मन देश=DE; फ़िरंगियों का देश इंग्लैंड=GB-ENG
everyday-name | {} की राजधानी कौन सी है एलेक्सा | यूएसए=US; यूके=GB; यूएई देश=AE
everyday-name | अरे {} की राजधानी बताओ | तुर्की देश=TR; चेक=CZ; ईरान मुल्क=IR
everyday-name | एलेक्सा {} वाले देश की राजधानी | कांगो किंशासा=CD; कांगो ब्राज़ाविल=CG; ईस्ट तिमोर=TL
everyday-name | {} की कैपिटल बताओ ना | साउथ कोरिया=KR; नॉर्थ कोरिया=KP; स्वाज़ीलैंड देश=SZ
everyday-name | एलेक्सा {} की राजधानी बोलो | यूपी=IN-UP; एमपी=IN-MP; एचपी=IN-HP
everyday-name | अपने {} की राजधानी बताओ | बंगाल राज्य=IN-WB; उड़ीसा=IN-OD; पांडिचेरी=IN-PY
everyday-name | एलेक्सा हम लोग {} बोलते हैं उसकी कैपिटल कौन सी है | आंध्रा प्रदेश=IN-AP; कश्मीर=IN-JK; उत्तरांचल=IN-UK
everyday-name | {} की राजधानी बताओ एलेक्सा | अंडमान=IN-AN; दमन दीव=IN-DH; मिजोरम=IN-MZ
everyday-name | एलेक्सा {} की राजधानी क्या है नक्शे में ढूंढ रहा हूं | केप वर्ड=CV; मैसेडोनिया=MK; बेलारूस देश=BY
everyday-name | एलेक्सा वेटिकन की राजधानी बताओ | VA
everyday-name | हिंदुस्तान की राजधानी क्या है | IN
everyday-name | एलेक्सा अरब वाले सऊदी की राजधानी बताओ | SA
everyday-name | वो जो कंगारू वाला देश है ऑस्ट्रेलिया उसकी राजधानी | AU
everyday-name | एलेक्सा बॉम्बे वाले महाराष्ट्र की राजधानी बताओ | IN-MH
# names shared by several places
shared-name | एलेक्सा {} की राजधानी बताओ जितनी भी हैं | कांगो=CD+CG; गिनी=GN+GQ+GW+PG; कोरिया=KP+KR
shared-name | {} की राजधानी क्या है सब वाले | सूडान=SD+SS; जॉर्जिया=GE+US-GA; समोआ=AS+WS
shared-name | एलेक्सा {} की कैपिटल कौन सी है दोनों बताना | वर्जिन आइलैंड्स=VG+VI; सेंट मार्टिन आइलैंड=MF+SX; वॉशिंगटन=US-DC+US-WA
shared-name | एलेक्सा कांगो बोला तो दोनों कांगो की राजधानी बताना | CD+CG
shared-name | जॉर्जिया की राजधानी बताओ देश वाला या अमेरिका वाला पता नहीं | GE+US-GA
shared-name | एलेक्सा कोरिया की राजधानी दोनों वाली बताओ | KP+KR
shared-name | गिनी नाम वाले सब देशों की राजधानी बताओ | GN+GQ+GW+PG
shared-name | एलेक्सा किंग्स्टन किसकी राजधानी है | CITY:किंग्स्टन
shared-name | विक्टोरिया किसकी राजधानी है एलेक्सा | CITY:विक्टोरिया
shared-name | एलेक्सा ला पाज़ कहां की राजधानी है | CITY:ला पाज़
shared-name | सेंट जॉन्स किसकी राजधानी है बताओ | CITY:सेंट जॉन्स
shared-name | एलेक्सा चंडीगढ़ किन किन की राजधानी है | CITY:चंडीगढ़
shared-name | नई दिल्ली किसकी किसकी राजधानी है | CITY:नई दिल्ली
shared-name | एलेक्सा बर्लिन शहर किसकी राजधानी है | CITY:बर्लिन
shared-name | मेक्सिको की राजधानी बताओ देश वाला या स्टेट वाला दोनों | MX+MX-MEX
shared-name | एलेक्सा सूडान वाले दोनों देशों की राजधानी | SD+SS
shared-name | वर्जिन आइलैंड की राजधानी बताओ अमेरिकन और ब्रिटिश दोनों | VG+VI
shared-name | एलेक्सा कोलंबिया किसकी राजधानी है शहर वाला | CITY:कोलंबिया
# yes or no checks
yes-no-check | एलेक्सा {} सही है ना | कैनबरा ऑस्ट्रेलिया की राजधानी=AU; ओटावा कनाडा की राजधानी=CA; अंकारा तुर्की की राजधानी=TR
yes-no-check | क्या {} है | मुंबई महाराष्ट्र की राजधानी=IN-MH; बेंगलुरु कर्नाटक की राजधानी=IN-KA; चेन्नई तमिलनाडु की राजधानी=IN-TN
yes-no-check | एलेक्सा सच में {} | इस्लामाबाद पाकिस्तान की राजधानी है=PK; ढाका बांग्लादेश की राजधानी है=BD; कोलंबो श्रीलंका की राजधानी है=LK
yes-no-check | बताओ हां या ना {} | लखनऊ यूपी की राजधानी है=IN-UP; भोपाल एमपी की राजधानी है=IN-MP; पटना बिहार की राजधानी है=IN-BR
yes-no-check | एलेक्सा मेरा भाई कहता है {} ये सच है | सिडनी ऑस्ट्रेलिया की राजधानी है=AU; रियो ब्राज़ील की राजधानी है=BR; इस्तांबुल तुर्की की राजधानी है=TR
yes-no-check | शर्त लगी है {} हां या ना | टोरंटो कनाडा की राजधानी=CA; न्यूयॉर्क अमेरिका की राजधानी=US; ज्यूरिख स्विट्ज़रलैंड की राजधानी=CH
yes-no-check | एलेक्सा क्या {} सही है | लागोस नाइजीरिया की राजधानी=NG; कराची पाकिस्तान की राजधानी=PK; अल्माटी कज़ाकिस्तान की राजधानी=KZ
yes-no-check | {} है या नहीं एलेक्सा | यांगून म्यांमार की राजधानी=MM; दार एस सलाम तंज़ानिया की राजधानी=TZ; मेलबर्न ऑस्ट्रेलिया की राजधानी=AU
yes-no-check | एलेक्सा पक्का {} | नैरोबी केन्या की राजधानी है=KE; लीमा पेरू की राजधानी है=PE; हनोई वियतनाम की राजधानी है=VN
yes-no-check | कन्फ़र्म करो {} | रायपुर छत्तीसगढ़ की राजधानी है=IN-CG; देहरादून उत्तराखंड की राजधानी है=IN-UK; रांची झारखंड की राजधानी है=IN-JH
yes-no-check | एलेक्सा क्या केप टाउन दक्षिण अफ़्रीका की राजधानी है | ZA
yes-no-check | क्या द हेग नीदरलैंड की राजधानी है एलेक्सा | NL
yes-no-check | एलेक्सा क्या अमृतसर पंजाब की राजधानी है | IN-PB
yes-no-check | क्या विशाखापत्तनम आंध्र की राजधानी बनेगा एलेक्सा अभी की राजधानी बताओ | IN-AP
# self-corrections
self-correction | एलेक्सा रुकना {} | ऑस्ट्रिया की नहीं ऑस्ट्रेलिया की राजधानी=AU; स्लोवेनिया नहीं स्लोवाकिया की राजधानी=SK; नाइजीरिया नहीं नाइजर की राजधानी=NE
self-correction | अरे रुको मेरा मतलब {} | ईरान नहीं इराक़ की कैपिटल=IQ; स्वीडन नहीं स्विट्ज़रलैंड की कैपिटल=CH; गिनी नहीं गयाना की कैपिटल=GY
self-correction | सॉरी गलत बोला {} | मेघालय नहीं मिज़ोरम की राजधानी=IN-MZ; मणिपुर नहीं मेघालय की राजधानी=IN-ML; हरियाणा नहीं हिमाचल की राजधानी=IN-HP
self-correction | एलेक्सा {} ओह सॉरी | लातविया की नहीं लिथुआनिया की=LT; मॉरीशस की नहीं मॉरिटानिया की=MR; कोलंबिया की नहीं कंबोडिया की=KH
self-correction | नहीं नहीं {} | बेल्जियम नहीं बेलारूस की राजधानी=BY; ऑस्ट्रेलिया नहीं ऑस्ट्रिया की राजधानी=AT; सर्बिया नहीं साइबेरिया नहीं सर्बिया की राजधानी=RS
self-correction | एलेक्सा {} मतलब | पैराग्वे उरुग्वे की राजधानी उरुग्वे=UY; आइसलैंड आयरलैंड की राजधानी आयरलैंड=IE; ज़ाम्बिया नहीं ज़िम्बाब्वे की राजधानी=ZW
self-correction | एलेक्सा टेक्सास की नहीं टेनेसी की राजधानी बताओ | US-TN
self-correction | ओंटारियो नहीं ओरेगन अमेरिका वाला ओरेगन की राजधानी | US-OR
self-correction | एलेक्सा उत्तर प्रदेश उफ़ उत्तराखंड की राजधानी बताओ | IN-UK
self-correction | बिहार की रुको रुको झारखंड की राजधानी | IN-JH
self-correction | एलेक्सा डोमिनिकन रिपब्लिक नहीं डोमिनिका की राजधानी | DM
self-correction | नाइजर की नहीं नहीं सही में नाइजीरिया की राजधानी बताओ | NG
self-correction | एलेक्सा ऑस्ट्रिया की राजधानी मतलब विएना तो पता है हंगरी की बताओ | HU
self-correction | एलेक्सा मालदीव नहीं मॉलडोवा की कैपिटल | MD
# out of domain: what people say to an Echo that is not a capital question
out-of-domain | एलेक्सा {} में आज मौसम कैसा है | धनबाद=FB; भुज=FB; इंफाल=FB
out-of-domain | {} में कल बारिश होगी क्या एलेक्सा | जगदलपुर=FB; मंगलूरु=FB; कोहिमा=FB
out-of-domain | एलेक्सा {} का तापमान बताओ | लेह=FB; नागपुर=FB; धर्मशाला=FB
out-of-domain | एलेक्सा {} में अभी टाइम क्या हुआ है | दुबई=FB; काबुल=FB; टोरंटो=FB
out-of-domain | एलेक्सा {} चलाओ | छठ के गीत नहीं सोनपुर मेला वाला गाना=FB; करमा के गीत=FB; मणिपुरी गाना=FB
out-of-domain | एलेक्सा {} बजाओ | लद्दाखी म्यूज़िक=FB; तिब्बती भजन=FB; यक्षगान के गाने=FB
out-of-domain | एलेक्सा {} लगा दो | कच्छी लोकगीत=FB; नागा गाने=FB; अफ़ग़ानी गाने=FB
out-of-domain | एलेक्सा {} की रेसिपी बताओ | लिट्टी चोखा=FB; तर्री पोहा=FB; थुकपा=FB
out-of-domain | {} कैसे बनाते हैं एलेक्सा | ईरोम्बा=FB; नीर डोसा=FB; धनसाक=FB
out-of-domain | एलेक्सा {} का भाव क्या है | सोने=FB; चांदी=FB; डीज़ल=FB
out-of-domain | एलेक्सा आज {} कितना है | निफ़्टी=FB; सेंसेक्स=FB; डॉलर का रेट=FB
out-of-domain | एलेक्सा {} के बारे में बताओ | बस्तर दशहरा=FB; हॉर्नबिल फ़ेस्टिवल=FB; रण उत्सव=FB
out-of-domain | एलेक्सा लाइट बंद कर दो | FB
out-of-domain | एलेक्सा पंखा तेज़ करो बहुत गर्मी है नागपुर में | FB
out-of-domain | एलेक्सा कल सुबह पांच बजे का अलार्म लगाओ खदान जाना है | FB
out-of-domain | एलेक्सा दस मिनट का टाइमर लगाओ मोमो भाप में हैं | FB
out-of-domain | एलेक्सा आवाज़ थोड़ी कम करो बच्चा सो रहा है | FB
out-of-domain | एलेक्सा शॉपिंग लिस्ट में बन मस्का और चाय पत्ती डालो | FB
out-of-domain | एलेक्सा मम्मी को कॉल लगाओ | FB
out-of-domain | एलेक्सा आज का क्रिकेट स्कोर बताओ | FB
out-of-domain | एलेक्सा फ़ुटबॉल वर्ल्ड कप का फ़ाइनल कब है | FB
out-of-domain | एलेक्सा ओलंपिक में भारत को कितने मेडल मिले | FB
out-of-domain | एलेक्सा भारत की आबादी कितनी है | FB
out-of-domain | एलेक्सा चीन की करेंसी क्या है | FB
out-of-domain | एलेक्सा जापान के प्रधानमंत्री कौन हैं | FB
out-of-domain | एलेक्सा अमेरिका का राष्ट्रपति कौन है | FB
out-of-domain | एलेक्सा नेपाल का राष्ट्रीय पशु क्या है | FB
out-of-domain | एलेक्सा ऑस्ट्रेलिया की सबसे लंबी नदी कौन सी है | FB
out-of-domain | एलेक्सा रूस कितना बड़ा है क्षेत्रफल में | FB
out-of-domain | एलेक्सा दुनिया का सबसे छोटा देश कौन सा है | FB
out-of-domain | एलेक्सा ब्राज़ील में कौन सी भाषा बोलते हैं | FB
out-of-domain | एलेक्सा कनाडा का झंडा कैसा दिखता है | FB
out-of-domain | एलेक्सा दुबई से दिल्ली की फ़्लाइट कितने घंटे की है | FB
out-of-domain | एलेक्सा सऊदी में आज रियाल का रेट क्या है | FB
out-of-domain | एलेक्सा क़तर का वीज़ा कैसे मिलता है | FB
out-of-domain | एलेक्सा भारत में कितने राज्य हैं | FB
out-of-domain | एलेक्सा झारखंड कब बना था | FB
out-of-domain | एलेक्सा बिहार के मुख्यमंत्री कौन हैं | FB
out-of-domain | एलेक्सा मणिपुर में कितने ज़िले हैं | FB
out-of-domain | एलेक्सा कच्छ का रण कितना बड़ा है | FB
out-of-domain | एलेक्सा लद्दाख में सबसे ऊंचा दर्रा कौन सा है | FB
out-of-domain | एलेक्सा सबसे ज़्यादा कोयला किस राज्य में निकलता है | FB
out-of-domain | एलेक्सा वर्किंग कैपिटल का मतलब क्या होता है | FB
out-of-domain | एलेक्सा कैपिटल गेन टैक्स कितना लगता है | FB
out-of-domain | एलेक्सा शेयर कैपिटल और लोन में फ़र्क बताओ | FB
out-of-domain | एलेक्सा वेंचर कैपिटल क्या होता है | FB
out-of-domain | एलेक्सा कैपिटल लेटर में नाम कैसे लिखते हैं | FB
out-of-domain | एलेक्सा अंग्रेज़ी में राजधानी की स्पेलिंग बताओ | FB
out-of-domain | एलेक्सा राजधानी एक्सप्रेस कितने बजे आती है | FB
out-of-domain | एलेक्सा राजधानी ट्रेन का पीएनआर स्टेटस बताओ | FB
out-of-domain | एलेक्सा कैपिटल वन बैंक क्या है | FB
out-of-domain | एलेक्सा राजधानी नाम की मिठाई की दुकान कहां है | FB
out-of-domain | एलेक्सा मुग़लों की राजधानी आगरा से दिल्ली कब गई | FB
out-of-domain | एलेक्सा अंग्रेज़ों के टाइम में भारत की राजधानी कलकत्ता कब तक थी | FB
out-of-domain | एलेक्सा मौर्य साम्राज्य की राजधानी क्या थी | FB
out-of-domain | एलेक्सा विजयनगर साम्राज्य की राजधानी कहां थी | FB
out-of-domain | एलेक्सा रोमन साम्राज्य की राजधानी कौन सी थी | FB
out-of-domain | एलेक्सा सोवियत संघ की राजधानी क्या थी | FB
out-of-domain | एलेक्सा युगोस्लाविया की राजधानी कौन सी थी | FB
out-of-domain | एलेक्सा पूर्वी जर्मनी की राजधानी क्या थी | FB
out-of-domain | एलेक्सा यूरोप की राजधानी किसे कहते हैं | FB
out-of-domain | एलेक्सा अफ़्रीका महाद्वीप की राजधानी क्या है | FB
out-of-domain | एलेक्सा साइबेरिया की राजधानी क्या है | FB
out-of-domain | एलेक्सा बस्तर की राजधानी कौन सी है | FB
out-of-domain | एलेक्सा कच्छ की राजधानी क्या है | FB
out-of-domain | एलेक्सा विदर्भ की राजधानी कौन सी है | FB
out-of-domain | एलेक्सा खानदेश की राजधानी क्या थी | FB
out-of-domain | एलेक्सा तुलु नाडु की राजधानी बताओ | FB
out-of-domain | एलेक्सा तिब्बत की राजधानी क्या है | FB
out-of-domain | एलेक्सा कश्मीर घाटी का सबसे बड़ा शहर कौन सा है | FB
out-of-domain | एलेक्सा इंग्लैंड की क्रिकेट टीम का कप्तान कौन है | FB
out-of-domain | एलेक्सा लंका की राजधानी रावण की सोने की थी ना उसके बारे में बताओ | FB
out-of-domain | एलेक्सा अयोध्या किसकी राजधानी थी रामायण में | FB
out-of-domain | एलेक्सा हस्तिनापुर की कहानी सुनाओ | FB
out-of-domain | एलेक्सा हैरी पॉटर में जादू की राजधानी कहां है | FB
out-of-domain | एलेक्सा अटलांटिस सच में था क्या | FB
out-of-domain | एलेक्सा कोई चुटकुला सुनाओ | FB
out-of-domain | एलेक्सा कोई पहेली पूछो | FB
out-of-domain | एलेक्सा अंताक्षरी खेलते हैं म से गाना बताओ | FB
out-of-domain | एलेक्सा लूडो के नियम बताओ | FB
out-of-domain | एलेक्सा कैरम में क्वीन कैसे लेते हैं | FB
out-of-domain | एलेक्सा आज दुर्गा पूजा का कौन सा दिन है | FB
out-of-domain | एलेक्सा गणपति विसर्जन कब है | FB
out-of-domain | एलेक्सा नवरात्रि में गरबा के गाने लगाओ | FB
out-of-domain | एलेक्सा कुंभ मेले में अगला शाही स्नान कब है | FB
out-of-domain | एलेक्सा पुष्कर मेला कब लगता है | FB
out-of-domain | एलेक्सा बिहू कब है | FB
out-of-domain | एलेक्सा ओणम की बधाई का मैसेज बताओ | FB
out-of-domain | एलेक्सा ईद कब है इस साल | FB
out-of-domain | एलेक्सा क्रिसमस में कितने दिन बचे हैं | FB
out-of-domain | एलेक्सा नवरोज़ मुबारक कैसे बोलते हैं | FB
out-of-domain | एलेक्सा लोसर पर क्या बनाते हैं | FB
out-of-domain | एलेक्सा जनगणना कब होगी | FB
out-of-domain | एलेक्सा पासपोर्ट बनने में कितने दिन लगते हैं | FB
out-of-domain | एलेक्सा वीज़ा इंटरव्यू में क्या पूछते हैं | FB
out-of-domain | एलेक्सा रिज़ल्ट कब आएगा बारहवीं का | FB
out-of-domain | एलेक्सा जेईई मेन का सिलेबस बताओ | FB
out-of-domain | एलेक्सा फ़िज़िक्स में न्यूटन का दूसरा नियम बताओ | FB
out-of-domain | एलेक्सा जीएसटी की ड्यू डेट कब है | FB
out-of-domain | एलेक्सा इनकम टैक्स रिटर्न की लास्ट डेट बताओ | FB
out-of-domain | एलेक्सा आज कौन सा आईपीओ खुला है | FB
out-of-domain | एलेक्सा टोल टैक्स कितना लगेगा दिल्ली से आगरा | FB
out-of-domain | एलेक्सा नज़दीक का पेट्रोल पंप बताओ | FB
out-of-domain | एलेक्सा ट्रक का चालान कैसे भरें | FB
out-of-domain | एलेक्सा ताजमहल कितने बजे खुलता है | FB
out-of-domain | एलेक्सा ताजमहल किसने बनवाया | FB
out-of-domain | एलेक्सा आमेर किले का टिकट कितने का है | FB
out-of-domain | एलेक्सा सबसे महंगा डाक टिकट कौन सा है | FB
out-of-domain | एलेक्सा पुराने सिक्के कहां बेचें | FB
out-of-domain | एलेक्सा बच्चों का टीकाकरण चार्ट बताओ | FB
out-of-domain | एलेक्सा आंगनवाड़ी में क्या क्या मिलता है | FB
out-of-domain | एलेक्सा गन्ने का रेट इस साल क्या है | FB
out-of-domain | एलेक्सा मेरठ से दिल्ली कितनी दूर है | FB
out-of-domain | एलेक्सा सीमेंट की एक बोरी कितने की है | FB
out-of-domain | एलेक्सा मज़दूरी का नया रेट क्या है हरियाणा में | FB
out-of-domain | एलेक्सा बीजीएमआई का नया अपडेट कब आएगा | FB
out-of-domain | एलेक्सा फ़्री फ़ायर के कोड बताओ | FB
out-of-domain | एलेक्सा मेरा फ़ोन कहां है | FB
out-of-domain | एलेक्सा इंटरनेट स्पीड टेस्ट करो | FB
out-of-domain | एलेक्सा हिंदी में गुड नाइट बोलो | FB
out-of-domain | एलेक्सा तुम कहां रहती हो | FB
out-of-domain | एलेक्सा तुम्हारी राजधानी कौन सी है | FB
out-of-domain | एलेक्सा तुम्हारी उम्र कितनी है | FB
out-of-domain | एलेक्सा मुझसे शादी करोगी | FB
out-of-domain | एलेक्सा दारी में धन्यवाद कैसे बोलते हैं | FB
out-of-domain | एलेक्सा तुलु में नमस्ते कैसे बोलते हैं | FB
out-of-domain | एलेक्सा अरबी में गिनती सिखाओ | FB
out-of-domain | एलेक्सा हमारा वाई फ़ाई का पासवर्ड क्या है | FB
out-of-domain | एलेक्सा गुरुग्राम में ट्रैफ़िक कैसा है | FB
out-of-domain | एलेक्सा लिफ़्ट फंस गई है किसको फ़ोन करें | FB
out-of-domain | एलेक्सा बाढ़ का हेल्पलाइन नंबर बताओ | FB
out-of-domain | एलेक्सा दुनिया में कितने देश हैं | FB
out-of-domain | एलेक्सा सबसे ज़्यादा राजधानियाँ किस देश की हैं | FB
out-of-domain | एलेक्सा सबसे ठंडी राजधानी कौन सी है | FB
out-of-domain | एलेक्सा कौन सी राजधानी समुद्र के किनारे है | FB
out-of-domain | एलेक्सा भारत की आर्थिक राजधानी कौन सी है | FB
out-of-domain | एलेक्सा फ़ैशन की राजधानी किसे कहते हैं | FB
out-of-domain | एलेक्सा संतरों की राजधानी किस शहर को कहते हैं | FB
out-of-domain | एलेक्सा लीची की राजधानी कौन सा ज़िला है | FB
out-of-domain | एलेक्सा कोयले की राजधानी किसे बोलते हैं | FB
out-of-domain | एलेक्सा कोचिंग की राजधानी कौन सा शहर है | FB
out-of-domain | एलेक्सा हीरे की राजधानी सूरत है क्या | FB
out-of-domain | एलेक्सा दिल्ली से मुंबई की राजधानी ट्रेन का किराया | FB
out-of-domain | एलेक्सा राजधानी कॉलेज दिल्ली का एड्रेस बताओ | FB
out-of-domain | एलेक्सा कैपिटल सिटी नाम की वेब सीरीज़ कहां देखें | FB
out-of-domain | एलेक्सा मनी हाइस्ट वाले प्रोफ़ेसर का असली नाम बताओ | FB
out-of-domain | एलेक्सा गेम ऑफ़ थ्रोन्स में किंग्स लैंडिंग क्या है | FB
out-of-domain | एलेक्सा वकांडा की राजधानी बताओ | FB
out-of-domain | एलेक्सा पाताल लोक की राजधानी क्या है | FB
out-of-domain | एलेक्सा इंद्रलोक की राजधानी अमरावती के बारे में कहानी सुनाओ | FB
out-of-domain | एलेक्सा मंगल ग्रह पर कौन रहता है | FB
out-of-domain | एलेक्सा चांद पर राजधानी बनेगी क्या | FB
out-of-domain | एलेक्सा गोंडवाना का इतिहास बताओ | FB
out-of-domain | एलेक्सा कोलकाता से ढाका बस कब चलती है | FB
out-of-domain | एलेक्सा हेमिस गोम्पा कैसे पहुंचें | FB
out-of-domain | एलेक्सा दलाई लामा की आज की टीचिंग कब है | FB
out-of-domain | एलेक्सा इमा कैथल में कितनी दुकानें हैं | FB
out-of-domain | एलेक्सा कंबाला रेस कब होती है | FB
out-of-domain | एलेक्सा नान को गरम कैसे रखें | FB
out-of-domain | एलेक्सा कोटा में हॉस्टल का किराया कितना है | FB
out-of-domain | एलेक्सा टेस्ट में पूरे नंबर कैसे लाएं | FB
out-of-domain | एलेक्सा मेरा राशिफल बताओ | FB
out-of-domain | एलेक्सा आज पंचांग क्या कहता है | FB
out-of-domain | एलेक्सा घर शिफ़्ट करने के लिए पैकर्स बुलाओ | FB
out-of-domain | एलेक्सा स्कूल के एनुअल डे के लिए डांस गाना लगाओ | FB
out-of-domain | एलेक्सा साइंस फ़ेयर के लिए ज्वालामुखी मॉडल कैसे बनाएं | FB
out-of-domain | एलेक्सा नक्शे वाली पहेली के टुकड़े कैसे जोड़ें | FB
out-of-domain | एलेक्सा क्रॉसवर्ड में सात अक्षर का शब्द नदी के लिए | FB
out-of-domain | एलेक्सा पेरिस का एफ़िल टावर कितना ऊंचा है | FB
out-of-domain | एलेक्सा लंदन में अभी कितने बजे हैं | FB
out-of-domain | एलेक्सा रोम में घूमने की जगहें बताओ | FB
out-of-domain | एलेक्सा बीजिंग से शंघाई कितनी दूर है | FB
out-of-domain | एलेक्सा टोक्यो ओलंपिक कब हुए थे | FB
out-of-domain | एलेक्सा वॉशिंगटन में व्हाइट हाउस किसने बनवाया | FB
# help
help | एलेक्सा सुनो {} | मदद करो ये स्किल कैसे चलती है=HELP; इसमें क्या क्या पूछ सकते हैं=HELP; कैसे यूज़ करना है बताओ=HELP
help | {} | भाऊ ये कैसे चलाते हैं बे=HELP; ला इसमें क्या बोलना है=HELP; जान समझ नहीं आया मदद करो=HELP
help | एलेक्सा हेल्प चाहिए राजधानी वाले में | HELP
help | सांग ना ये कसं वापरायचं मदद कर | HELP
help | हामिन के समझ नाय आवय ई कैसे चलतय | HELP
help | ताऊ पूछ रे सै इसमें के के पूछ सकां | HELP
help | एलेक्सा इस राजधानी वाले खेल के नियम बताओ | HELP
help | ब्रो इसका ट्यूटोरियल बता कैसे खेलना है | HELP
help | मैडम पूछ रही हैं इसमें क्या बोलें मदद करो | HELP
help | एलेक्सा मुझे नहीं पता क्या पूछूं कोई उदाहरण दो | HELP
help | मदद चाहिए एलेक्सा ठेकेदार जी को समझाना है ये कैसे चलता है | HELP
help | एलेक्सा सहायता चाहिए | HELP
help | अरे डीकरा ये कैसे चलता है मदद कर | HELP
help | ऐ मैन हेल्प मी ये क्या करता है | HELP
help | एलेक्सा मोय के हेल्प कोरिबी ये कैसे चलाना है | HELP
help | उस्ताद ये कैसे चलता है बता दे मदद कर | HELP
help | एलेक्सा अप्पे को समझाओ इसमें क्या पूछ सकते हैं | HELP
help | बराए मेहरबानी मदद करो ये कैसे काम करता है | HELP
help | एलेक्सा टीचर ने बोला ये स्किल यूज़ करो पर कैसे करूं | HELP
help | दीदी लोगों को बताना है ये कैसे चलता है एलेक्सा मदद | HELP
help | एलेक्सा मैं क्या क्या बोल सकता हूं इस स्किल में | HELP
help | एलेक्सा कौन कौन से सवाल चलेंगे इसमें | HELP
help | जुले एलेक्सा हेल्प करो ये क्या है | HELP
help | यल्ला बता ये कैसे चलता है मदद कर | HELP
help | एलेक्सा कोई गाइड है इस खेल का | HELP
help | एलेक्सा इंस्ट्रक्शन बताओ इस स्किल के | HELP
help | एलेक्सा कैसे पूछूं किसी देश की राजधानी मदद करो | HELP
help | मदद करो राज्य की राजधानी भी पूछ सकते हैं क्या | HELP
help | एलेक्सा राजधानी वाले में हेल्प मेनू खोलो | HELP
help | एलेक्सा मैं अटक गया हूं मदद | HELP
help | एलेक्सा ये किस काम की स्किल है समझाओ | HELP
help | लॉबी में हूं जल्दी बता ब्रो ये कैसे यूज़ करते हैं | HELP
help | एलेक्सा आप क्या क्या कर सकती हो इसमें बताओ | HELP
help | एलेक्सा पहली बार खोला है मदद करो | HELP
help | एलेक्सा दोबारा समझाओ कैसे पूछना है | HELP
help | हां ला मदद चाहिए | HELP
help | एलेक्सा बच्चों को कैसे सिखाऊं इस स्किल से मदद करो | HELP
help | एलेक्सा इसके ऑप्शन बताओ | HELP
help | भाऊ हेल्प कर दे ना एलेक्सा | HELP
help | एलेक्सा ये चलता कैसे है यार | HELP
help | एलेक्सा मुझे कुछ समझ नहीं आ रहा मदद करो प्लीज़ | HELP
help | एलेक्सा हेल्प हेल्प | HELP
# stop
stop | अरे एलेक्सा {} | बस करो अब=STOP; रुक जाओ भाऊ=STOP; चुप हो जा बे=STOP
stop | {} एलेक्सा | ख़लास बस=STOP; बस ला हो गया=STOP; रहने दे ताऊ बस कर=STOP
stop | एलेक्सा बंद करो मीटिंग शुरू हो गई | STOP
stop | बस करो एलेक्सा ऑडिट वाले आ गए | STOP
stop | एलेक्सा स्टॉप मार्केट खुल गया | STOP
stop | बस बस एलेक्सा टेस्ट शुरू होने वाला है | STOP
stop | एलेक्सा बंद कर मैच शुरू हो गया ब्रो | STOP
stop | रुको एलेक्सा सर्वे वाले आ गए | STOP
stop | एलेक्सा बस कर दे भई चौपाल उठ गई | STOP
stop | एलेक्सा बंद करो गेस्ट अंदर जा रहे हैं | STOP
stop | एलेक्सा अब बंद करो ठेकेदार आ गया | STOP
stop | बस बस डीकरा बंद कर | STOP
stop | एलेक्सा स्टॉप इट मैन | STOP
stop | एलेक्सा थाम जा बस | STOP
stop | एलेक्सा बंद कर दे टोल आ गया | STOP
stop | एलेक्सा चुप करो बच्चा सो गया | STOP
stop | एलेक्सा रुक जा रे बाबा | STOP
stop | एलेक्सा बस हो गया अब नहीं पूछना | STOP
stop | एलेक्सा बंद करो ये राजधानी वाला | STOP
stop | एलेक्सा अभी के लिए बस | STOP
stop | एलेक्सा इतना काफ़ी है बंद करो | STOP
stop | अब बस करो एलेक्सा कल पूछेंगे | STOP
stop | एलेक्सा बस करो लाइट चली गई | STOP
stop | बंद कर एलेक्सा मेहमान आ गए | STOP
stop | एलेक्सा रुको रुको बस करो | STOP
stop | एलेक्सा खेल बंद करो | STOP
stop | एलेक्सा स्किल से बाहर निकलो | STOP
stop | एलेक्सा अब बोलना बंद करो | STOP
stop | एलेक्सा बस कर ना हो गया | STOP
stop | एलेक्सा बंद हो जाओ प्लीज़ | STOP
stop | एलेक्सा स्टॉप करो जान | STOP
stop | जुले एलेक्सा बस हो गया | STOP
stop | एलेक्सा छोड़ो बस करो थक गए | STOP
stop | एलेक्सा पूरा बंद करो | STOP
stop | एलेक्सा हो गया बंद करो अब | STOP
stop | बस कर उस्ताद एलेक्सा | STOP
stop | एलेक्सा बंद करो आरती का टाइम हो गया | STOP
stop | एलेक्सा रुकिए बस | STOP
stop | एलेक्सा सुनना बंद करो | STOP
stop | एलेक्सा एग्ज़िट | STOP
stop | एलेक्सा बस करो नमाज़ का वक़्त हो गया | STOP
stop | एलेक्सा खत्म करो | STOP
# cancel
cancel | ओ एलेक्सा {} | कैंसल करो वो सवाल=CANCEL; रद्द करो भाऊ=CANCEL; छोड़ दे बे=CANCEL
cancel | कैंसल ला | CANCEL
cancel | रहने दे जान | CANCEL
cancel | कैंसल कर दे उस्ताद | CANCEL
cancel | एलेक्सा कैंसल गलत बोल दिया | CANCEL
cancel | एलेक्सा रद्द करो वो पुराना सवाल | CANCEL
cancel | एलेक्सा छोड़ो जाने दो | CANCEL
cancel | एलेक्सा कैंसल कर दो ब्रो | CANCEL
cancel | कैंसल एलेक्सा गलत देश बोला | CANCEL
cancel | एलेक्सा वो वाला कैंसल करो | CANCEL
cancel | एलेक्सा रहने दो नहीं चाहिए | CANCEL
cancel | एलेक्सा छोड़ दे भई रहण दे | CANCEL
cancel | एलेक्सा कैंसल मैन नेवर माइंड | CANCEL
cancel | एलेक्सा कैंसल करो डीकरा | CANCEL
cancel | एलेक्सा जाने दो कोई बात नहीं | CANCEL
cancel | एलेक्सा नहीं चाहिए कैंसल | CANCEL
cancel | एलेक्सा अभी वाला रद्द कर दो | CANCEL
cancel | एलेक्सा कैंसल कैंसल | CANCEL
cancel | एलेक्सा नहीं नहीं वो मत बताओ रद्द करो | CANCEL
cancel | एलेक्सा कैंसल करो गलती से बोल दिया | CANCEL
cancel | एलेक्सा वो सवाल वापस लो | CANCEL
cancel | एलेक्सा छोड़ो मत बताओ | CANCEL
cancel | एलेक्सा रद्द | CANCEL
cancel | एलेक्सा ये वाला कैंसल करके रहने दो | CANCEL
cancel | एलेक्सा रहने दो बाद में पूछेंगे | CANCEL
cancel | एलेक्सा कैंसल बच्चे ने बोल दिया था | CANCEL
cancel | एलेक्सा वो सवाल कैंसल करो ताऊ ने गलत बोला | CANCEL
cancel | एलेक्सा इसे रद्द करो प्लीज़ | CANCEL
cancel | एलेक्सा भूल जाओ वो सवाल | CANCEL
cancel | एलेक्सा मत बताओ कैंसल | CANCEL
cancel | एलेक्सा कैंसल करो यल्ला | CANCEL
cancel | एलेक्सा कैंसल कर दे ला | CANCEL
cancel | एलेक्सा रहने दे मैडम ने मना किया | CANCEL
cancel | एलेक्सा कैंसल करो क्लाइंट ने मना कर दिया | CANCEL
cancel | एलेक्सा नहीं रहने दो अब नहीं पूछना | CANCEL
cancel | एलेक्सा कैंसल करो सर्वे वाली दीदी ने गलत पूछा | CANCEL
cancel | एलेक्सा कैंसल करो मिस्त्री ने गलत नाम बोला | CANCEL
cancel | एलेक्सा रद्द करो गलती हो गई | CANCEL
cancel | एलेक्सा छोड़ो वो पिछला वाला | CANCEL
cancel | एलेक्सा कैंसिल | CANCEL
cancel | एलेक्सा नेवर माइंड | CANCEL
cancel | एलेक्सा कोई ज़रूरत नहीं कैंसल | CANCEL
cancel | एलेक्सा ना ना रहने दो | CANCEL
cancel | एलेक्सा माफ़ करो गलत सवाल था कैंसल | CANCEL
# launch by the invocation name
launch | एलेक्सा {} | दुनिया की राजधानियाँ खोलो=LAUNCH; दुनिया की राजधानियाँ शुरू करो=LAUNCH; दुनिया की राजधानियाँ चलाओ=LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोल दे भाऊ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोल ला | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ चालू कर उस्ताद | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोलो ब्रो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ स्टार्ट करो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ लगा दो बच्चों के लिए | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खेलना है | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोल दे भई | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ ओपन करो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ से पूछो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ चालू करो जान | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोलो मैन | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोल दो दीदी लोग बैठी हैं | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ शुरू कर यल्ला | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोलो गेस्ट के लिए | LAUNCH
launch | जुले एलेक्सा दुनिया की राजधानियाँ खोलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोल डीकरा | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ वाली स्किल खोलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ चलाओ टेस्ट की तैयारी है | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोलो क्विज़ खेलना है | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ पर चलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ शुरू कीजिए | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोलो ना प्लीज़ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ एक बार खोलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ फिर से खोलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोल दो ठेकेदार जी पूछेंगे | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खुलवा दो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ लॉन्च करो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोलो ताऊ को सुनाना है | LAUNCH
"""

if __name__ == "__main__":
    build_round(49, "hi", LINES, sys.argv, "tests/Eval/hi/round49/source/build_corpus.py")
