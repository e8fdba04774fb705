"""Round 50, Hindi (hi-IN): a new author's own mix, written blind at the start of the fifty-sixth session (brief
WRITER62.md), with speakers and situations chosen apart from Hindi round 49 (Bajjika, Khortha, Halbi, Ahirani, Vidarbha
Hindi, Kutchi, Ladakhi and Tibetan speakers' Hindi, Meitei speakers' Hindi, Nagamese, Tulu speakers' Hindi, Gulf
workers, Afghan refugees, truck drivers, chartered accountants, stock traders, Kota students, teen gamers, Anganwadi and
ASHA workers, Kauravi, tour guides, stamp and coin collectors, construction workers, Parsis, Anglo-Indians) and from the
groups round 49 names for rounds 48 to 44 (Garhwali, Malvi, Mewati, Nagpuri/Sadri, Fiji Hindi, Sarnami, Madhesi, Bhili,
Marwari, Shekhawati, Harauti, Bhojpuri, Gorkha Hindi, Guwahati and Shillong Hindi, Shuddh Hindi, retired soldiers,
grandmothers, auto-rickshaw drivers, a TV newsroom, nurses, sailors and the rest listed there).

Speaker groups, each a family: Mewari from Udaipur and Chittorgarh ("री राजधानी कई है", "हुकम", "म्हने", "रैण दे"),
Surgujia from Ambikapur ("कर राजधानी का हवे", "पूछत हन", "बाबू"), Kurukh (Oraon) speakers' Hindi from Gumla and Ranchi
("हम लोग पूछता", "का राजधानी"), Jaunsari from Chakrata ("कुणी सी हो", "पूछदे", "क्या ह"), Mizo speakers' Hindi from
Aizawl ("का कैपिटल सिटी", "हम पूछता"), Bodo speakers' Hindi from Kokrajhar ("हम बोल रहा", "किधर है"), Nepali speakers'
Hindi from Kathmandu visitors and Siliguri ("हजुर", "दाइ", "भिनाजु", "कुन है"), Trinidad and Guyana Hindustani of
indentured families' grandchildren ("के राजधानी का हौ", "हम्मे", "पूछत रहिन"), Durban Indian speakers' Hindi ("ब्रू",
"कैपिटल"), app-cab drivers ("सवारी", "सर्ज", "राइड"), railway TTEs and station staff ("पीएनआर", "पूछताछ खिड़की"),
airline cabin crew ("लेओवर", "क्रू रूम"), chemists ("पर्चा", "स्टॉक चेक"), postmen ("मनीऑर्डर", "पिन कोड"), housing-
society security guards ("गेट", "रजिस्टर", "साहब लोग"), beauticians ("फ़ेशियल", "मेहंदी", "मैम"), wedding DJs and band
players ("बारात", "संगीत"), radio jockeys ("लिसनर्स", "ऑन एयर"), college professors (formal Hindi, "संगोष्ठी",
"कृपया बताइए"), blind and low-vision users ("स्क्रीन रीडर", "ब्रेल"), grandfathers and retired railwaymen ("बेटा",
"हमारे ज़माने में", old names Burma and Ceylon), Sanskrit pathshala students from Varanasi ("देशस्य राजधानी का अस्ति",
"किम्", "विरम", "अलं") and Mumbai dabbawalas ("भाऊ", "डब्बा", "लोकल"). Situations: Gangaur, a lake-side haveli, a mahua
morning, the Karam dance, Sarhul eve, a hockey ground, the Maroj feast, apple picking, Chapchar Kut, a church youth
meeting, Bwisagu, a silk loom, Dashain, a trekking lodge, Phagwah, a chutney fete, Diwali in Chatsworth, a braai, an
airport ride, a surge hour, a night train, the enquiry counter, a layover, a pharmacy night shift, a money order, a night
round, bridal make-up, a baraat, a sangeet, a phone-in, a morning show, a seminar, answer sheets, an audio book, an old
atlas, a shastrartha, the lunch sorting; and in the shared families the Republic Day parade, a jigsaw map, a GK
olympiad, a treasure hunt, a visa interview, a Teej swing, an Eid dinner, a sleepover, a parent-teacher meeting, a quiz
night, a Lohri bonfire, a board-game night, a school bus, a Diwali card party, a spelling bee, a library reading room, a
crossword, a bus-stand quiz, a passport form and a model UN.

Around them: follow-ups, plural capitals, subdivisions and territories, yes/no checks, self-corrections, reverse
questions, official, everyday and shared names, help, stop, cancel, launch by the skill's invocation name "दुनिया की
राजधानियाँ", and out-of-domain requests (home devices, weather and time in the speakers' towns, their music, food and
festivals, prices, trains and flights, medicines and post, other questions about countries and states, "capital" in
other senses, former capitals of empires and kingdoms, regions not in the data, myth and fiction).
`python3 tests/Eval/hi/round50/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 50's number); every line is hi-IN. Every sentence was written by hand as one whole utterance;
frames with up to three fills (each frame at most three times) ask the countries and the subdivisions and territories.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Mewari from Udaipur and Chittorgarh; Gangaur, a lake-side haveli
mewari | हुकम {} री राजधानी कई है | अंडोरा=AD; यूएई=AE; अफ़ग़ानिस्तान=AF
mewari | म्हने बताओ {} री राजधानी कुण सी है | एंटीगुआ एंड बारबुडा=AG; अल्बानिया=AL; आर्मीनिया=AM
mewari | गणगौर पे म्हारो भाई पूछ र्यो है {} री राजधानी कई | अंगोला=AO; अर्जेंटीना=AR; ऑस्ट्रिया=AT
mewari | हुकम म्हारे राजस्थान री राजधानी कुण सी है जैपुर ही है ना | IN-RJ
mewari | हवेली में गोरा मेहमान पूछ र्या है {} री राजधानी | ब्रिटेन=GB; इंग्लैंड=GB-ENG; स्कॉटलैंड=GB-SCT
mewari | झील किनारे बैठ्या पूछूं हूँ गुजरात री राजधानी कई है | IN-GJ
mewari | चित्तौड़ सूं पूछां हाँ मध्य प्रदेश री राजधानी कुण सी | IN-MP
# Surgujia from Ambikapur and Surajpur; a mahua morning, the Karam dance
surgujia | एलेक्सा {} कर राजधानी का हवे | ऑस्ट्रेलिया=AU; अज़रबैजान=AZ; बोस्निया हर्ज़ेगोविना=BA
surgujia | अंबिकापुर ले पूछत हन {} कर राजधानी कोन हवे | बारबाडोस=BB; बांग्लादेश=BD; बेल्जियम=BE
surgujia | हमर नाती पूछत हे {} कर राजधानी का | बुर्किना फ़ासो=BF; बुल्गारिया=BG; बहरीन=BH
surgujia | महुआ बीनत बीनत पूछत हन छत्तीसगढ़ कर राजधानी रायपुर हवे कि नवा रायपुर | IN-CG
surgujia | एलेक्सा {} कर राजधानी बता दे बाबू | उड़ीसा=IN-OD; झारखंड=IN-JH; तेलंगाना=IN-TS
surgujia | करमा नाच के बाद लइका मन पूछत हें आंध्र प्रदेश कर राजधानी का हवे | IN-AP
# Kurukh (Oraon) speakers' Hindi from Gumla and Ranchi; Sarhul eve, a hockey ground
kurukh | एलेक्सा हम गुमला से पूछ रहे {} का राजधानी कौन है | बुरुंडी=BI; ब्रूनेई=BN; ब्राज़ील=BR
kurukh | सरना स्कूल का लइका लोग पूछता {} का राजधानी | बहामास=BS; भूटान=BT; बोत्सवाना=BW
kurukh | हॉकी मैदान में दोस्त पूछ रहा है {} का राजधानी कौन सा है | बेलारूस=BY; बेलीज़=BZ; कनाडा=CA
kurukh | एलेक्सा हमलोग का झारखंड का राजधानी रांची है ना | IN-JH
kurukh | हमारा दीदी दिल्ली में काम करती है दिल्ली का राजधानी क्या है | IN-DL
kurukh | एलेक्सा ई बताओ {} का राजधानी का नाम | डीआर कांगो=CD; सेंट्रल अफ़्रीकन रिपब्लिक=CF; कांगो ब्राज़ाविल=CG
# Jaunsari from Chakrata and Kalsi; the Maroj feast, apple picking
jaunsari | एलेक्सा {} की राजधानी कुणी सी हो | स्विट्ज़रलैंड=CH; आइवरी कोस्ट=CI; चिली=CL
jaunsari | चकराता ते पूछदे {} की राजधानी क्या ह | कैमरून=CM; चीन=CN; कोलंबिया=CO
jaunsari | सेब तोड़दे तोड़दे पूछणा {} की राजधानी कुणी | कोस्टा रिका=CR; क्यूबा=CU; केप वर्डे=CV
jaunsari | मरोज के त्योहार पे दादा पूछदा उत्तराखंड की राजधानी देहरादून ह या गैरसैंण | IN-UK
jaunsari | एलेक्सा हिमाचल की राजधानी कुणी सी हो शिमला ह ना | IN-HP
# Mizo speakers' Hindi from Aizawl and Lunglei; Chapchar Kut, a church youth meeting
mizo | एलेक्सा {} का राजधानी क्या है बताओ प्लीज़ | साइप्रस=CY; चेक रिपब्लिक=CZ; जर्मनी=DE
mizo | आइज़ोल से हम पूछता {} का कैपिटल सिटी कौन सा है | जिबूती=DJ; डेनमार्क=DK; डोमिनिका=DM
mizo | चपचार कुट में दोस्त लोग पूछ रहा {} का राजधानी | डोमिनिकन रिपब्लिक=DO; अल्जीरिया=DZ; इक्वाडोर=EC
mizo | एलेक्सा हमारा मिज़ोरम का राजधानी आइज़ोल है सही है ना | IN-MZ
mizo | चर्च यूथ मीटिंग में क्विज़ है {} का राजधानी बोलो | मणिपुर=IN-MN; त्रिपुरा=IN-TR; मेघालय=IN-ML
# Bodo speakers' Hindi from Kokrajhar and Udalguri; Bwisagu, a silk loom
bodo | कोकराझार से हम बोल रहा {} का राजधानी किधर है | एस्टोनिया=EE; इजिप्ट=EG; इरीट्रिया=ER
bodo | एलेक्सा हम बोडो है हिंदी थोड़ा थोड़ा {} का राजधानी बोलो | स्पेन=ES; इथियोपिया=ET; फ़िनलैंड=FI
bodo | बैसागु में मामा पूछा {} का राजधानी कौन | फ़िजी=FJ; माइक्रोनेशिया=FM; फ़्रांस=FR
bodo | एलेक्सा असम का राजधानी दिसपुर है कि गुवाहाटी बोलो ना | IN-AS
bodo | करघा चलाते चलाते पूछ रहा अरुणाचल का राजधानी कौन सा है | IN-AR
# Nepali speakers' Hindi from Kathmandu visitors and Siliguri; Dashain, a trekking lodge
nepali | एलेक्सा {} का राजधानी कौन है हजुर | गैबॉन=GA; ग्रेनाडा=GD; जॉर्जिया देश=GE
nepali | दाइ पूछ रहा है {} का राजधानी क्या हो | घाना=GH; गाम्बिया=GM; गिनी कोनाक्री=GN
nepali | दसैं में भिनाजु पूछे {} का राजधानी कुन है | इक्वेटोरियल गिनी=GQ; ग्रीस=GR; ग्वाटेमाला=GT
nepali | एलेक्सा नेपाल का राजधानी काठमांडू हो कि नहीं हजुर | NP
nepali | ट्रेकिंग लॉज से पूछ रहा सिक्किम का राजधानी गंगटोक है ना | IN-SK
# Trinidad and Guyana Hindustani, grandchildren of indentured families; Phagwah, a chutney fete
caribbean | एलेक्सा {} के राजधानी का हौ | गिनी बिसाऊ=GW; गयाना देश=GY; होंडुरास=HN
caribbean | हम्मे बताओ {} के राजधानी कौन हौ | क्रोएशिया=HR; हैती=HT; हंगरी=HU
caribbean | फगवा में नानी पूछत रहिन {} के राजधानी का | इंडोनेशिया=ID; आयरलैंड=IE; इज़रायल=IL
caribbean | एलेक्सा त्रिनिडाड के राजधानी पोर्ट ऑफ़ स्पेन हौ ना | TT
caribbean | चटनी गाना बजे से पहिले बताओ गयाना के राजधानी जॉर्जटाउन हौ कि नाहीं | GY
caribbean | हमार आजा बिहार से आइल रहिन बिहार के राजधानी का हौ | IN-BR
# Durban Indian speakers' Hindi, South Africa; Diwali in Chatsworth, a braai
durban | एलेक्सा ब्रू {} की कैपिटल क्या है | इंडिया=IN; इराक=IQ; ईरान=IR
durban | डरबन से अंकल पूछ रहे हैं {} की राजधानी | आइसलैंड=IS; इटली=IT; जमैका=JM
durban | ब्राई पर बहस हो रही है {} की कैपिटल कौन सी | जॉर्डन=JO; जापान=JP; केन्या=KE
durban | एलेक्सा क्वाज़ुलु नताल वाला साउथ अफ़्रीका की कैपिटल्स कौन कौन हैं | ZA
durban | चैट्सवर्थ में दिवाली पर नानी पूछी हमारा इंडिया का कैपिटल दिल्ली है ना | IN
# Cab drivers of app taxis in Delhi and Bengaluru; a long airport ride, a surge hour
cab | एलेक्सा सवारी पूछ रही है {} की राजधानी कौन सी है | किर्गिस्तान=KG; कंबोडिया=KH; किरिबाती=KI
cab | राइड के बीच में बताओ {} की राजधानी | कोमोरोस=KM; सेंट किट्स एंड नेविस=KN; नॉर्थ कोरिया=KP
cab | सर जी पूछ रहे हैं {} का कैपिटल कौन सा है | साउथ कोरिया=KR; कुवैत=KW; कज़ाख़स्तान=KZ
cab | एयरपोर्ट की सवारी अमेरिका से है पूछ रही है {} स्टेट की राजधानी | टेक्सास=US-TX; कैलिफ़ोर्निया=US-CA; फ़्लोरिडा=US-FL
cab | सर्ज चल रहा है जल्दी बताओ {} की राजधानी क्या है | कर्नाटक=IN-KA; तमिलनाडु=IN-TN; केरल=IN-KL
# Railway TTEs and station staff; a night train, the enquiry counter
tte | एलेक्सा पीएनआर छोड़ो ये बताओ {} की राजधानी | लाओस=LA; लेबनान=LB; सेंट लूसिया=LC
tte | टीटी साहब पूछ रहे हैं {} की राजधानी कौन सी है | लिकटेंस्टाइन=LI; लाइबेरिया=LR; लेसोथो=LS
tte | पूछताछ खिड़की पर एक यात्री पूछ रहा है {} की राजधानी | लिथुआनिया=LT; लक्ज़मबर्ग=LU; लातविया=LV
tte | राजधानी एक्सप्रेस जहाँ जाती है वो बात नहीं असल में {} की राजधानी कौन सी है | बिहार प्रदेश=IN-BR; गोवा=IN-GA; पंजाब=IN-PB
tte | नाइट ड्यूटी में बोर हो रहे हैं हरियाणा की राजधानी बताओ | IN-HR
# Airline cabin crew; a layover, the crew room
crew | एलेक्सा लेओवर से पहले बता दो {} की कैपिटल | लीबिया=LY; मोरक्को=MA; मोनाको=MC
crew | क्रू रूम में शर्त लगी है {} की राजधानी क्या है | मोल्दोवा=MD; मॉन्टेनीग्रो=ME; मेडागास्कर=MG
crew | अगली फ़्लाइट {} जा रही है वहाँ की राजधानी बताओ | मार्शल आइलैंड्स=MH; नॉर्थ मैसेडोनिया=MK; माली=ML
crew | एलेक्सा कैनेडा में {} प्रोविंस की राजधानी क्या है | ओंटारियो=CA-ON; ब्रिटिश कोलंबिया=CA-BC; क्यूबेक=CA-QC
crew | लेओवर टोरंटो में है पर ऑस्ट्रेलिया में {} की राजधानी बताओ | विक्टोरिया स्टेट=AU-VIC; न्यू साउथ वेल्स=AU-NSW; वेस्टर्न ऑस्ट्रेलिया=AU-WA
# Chemists at a pharmacy counter; a night shift, a stock check
chemist | एलेक्सा दवा की दुकान से पूछ रहा हूँ {} की राजधानी | म्यांमार=MM; मंगोलिया=MN; मॉरिटानिया=MR
chemist | पर्चा बनाते बनाते बताओ {} की राजधानी कौन सी है | माल्टा=MT; मॉरीशस=MU; मालदीव=MV
chemist | स्टॉक चेक हो रहा है बीच में बताओ {} की राजधानी | मलावी=MW; मेक्सिको देश=MX; मोज़ाम्बिक=MZ
chemist | रात की शिफ़्ट है एलेक्सा नागालैंड की राजधानी बताओ | IN-NL
# Postmen and dak sevaks; a money order, foreign letters
postman | एलेक्सा डाकिया पूछ रहा है {} की राजधानी | नामीबिया=NA; नाइजर=NE; नाइजीरिया=NG
postman | विदेश की चिट्ठी आई है {} से वहाँ की राजधानी कौन सी है | निकारागुआ=NI; नॉर्वे=NO; नाउरू=NR
postman | पिन कोड ढूँढ रहा था तुम बताओ {} की राजधानी | न्यूज़ीलैंड=NZ; ओमान=OM; पनामा=PA
postman | मनीऑर्डर {} भेजना है उसकी राजधानी कौन सी है | लद्दाख=IN-LA; पुडुचेरी=IN-PY; लक्षद्वीप=IN-LD
postman | एलेक्सा अंडमान निकोबार की राजधानी बताओ पार्सल जाना है | IN-AN
# Security guards of housing societies; the gate register, a night round
guard | एलेक्सा गेट पर बैठे बैठे पूछ रहा हूँ {} की राजधानी | पेरू=PE; पापुआ न्यू गिनी=PG; फ़िलीपींस=PH
guard | साहब लोग के बच्चे पूछे हैं {} की राजधानी बताओ | पाकिस्तान=PK; पोलैंड=PL; पुर्तगाल=PT
guard | रजिस्टर भरते भरते पूछ लूँ {} की राजधानी | पलाऊ=PW; पैराग्वे=PY; क़तर=QA
guard | रात के राउंड पर हूँ एलेक्सा चंडीगढ़ किसकी राजधानी है | IN-CH
guard | एलेक्सा दादरा नगर हवेली और दमन दीव की राजधानी बताओ | IN-DH
# Beauticians in a salon; bridal make-up, a facial
salon | एलेक्सा फ़ेशियल चल रहा है बताओ {} की राजधानी | रोमानिया=RO; सर्बिया=RS; रूस=RU
salon | दुल्हन पूछ रही है {} की राजधानी कौन सी है | रवांडा=RW; सऊदी अरब=SA; सोलोमन आइलैंड्स=SB
salon | मेहंदी लगवाते हुए मैम पूछ रही हैं {} की राजधानी | सेशेल्स=SC; सूडान=SD; स्वीडन=SE
salon | हनीमून के लिए बाली जा रही है इंडोनेशिया की राजधानी बताओ | ID
salon | एलेक्सा ब्राइडल बुकिंग सिक्किम से है सिक्किम की राजधानी क्या है | IN-SK
# Wedding DJs and band players; a baraat, a sangeet
dj | एलेक्सा गाना बाद में पहले बताओ {} की राजधानी | सिंगापुर=SG; स्लोवेनिया=SI; स्लोवाकिया=SK
dj | बारात में भाई लोग पूछ रहे {} की राजधानी | सिएरा लियोन=SL; सैन मैरिनो=SM; सेनेगल=SN
dj | संगीत में एंकर को चाहिए {} की राजधानी | सोमालिया=SO; सूरीनाम=SR; साउथ सूडान=SS
dj | एलेक्सा बैंड वाले पूछ रहे हैं पंजाबी गाने वाला पंजाब की राजधानी | IN-PB
# Radio jockeys; a phone-in, a morning show
rj | एलेक्सा लिसनर्स पूछ रहे हैं {} की राजधानी क्या है | साओ टोमे एंड प्रिंसिपे=ST; अल साल्वाडोर=SV; सीरिया=SY
rj | ऑन एयर जाने से पहले बताओ {} की राजधानी | इस्वातिनी=SZ; चाड=TD; टोगो=TG
rj | फ़ोन इन पर कॉलर पूछ रहा है {} की राजधानी कौन सी है | थाईलैंड=TH; ताजिकिस्तान=TJ; ईस्ट तिमोर=TL
rj | मॉर्निंग शो के लिए एलेक्सा महाराष्ट्र की राजधानी कन्फ़र्म करो | IN-MH
# College professors; a seminar, an answer-sheet pile
professor | एलेक्सा कक्षा के लिए बताइए {} की राजधानी कौन सी है | तुर्कमेनिस्तान=TM; ट्यूनीशिया=TN; टोंगा=TO
professor | प्रोफ़ेसर साहब जानना चाहते हैं {} की राजधानी | तुर्की=TR; त्रिनिदाद एंड टोबैगो=TT; तुवालु=TV
professor | संगोष्ठी से पहले कृपया बताइए {} की राजधानी | तंज़ानिया=TZ; यूक्रेन=UA; युगांडा=UG
professor | कॉपियाँ जाँचते हुए संदेह हुआ पश्चिम बंगाल की राजधानी कोलकाता ही है न | IN-WB
professor | एलेक्सा जर्मनी के {} राज्य की राजधानी बताइए | बवेरिया=DE-BY; सैक्सनी=DE-SN; हेस्से=DE-HE
# Blind and low-vision users; a screen reader, Braille books
blind | एलेक्सा स्क्रीन रीडर नहीं चल रहा तुम बताओ {} की राजधानी | अमेरिका=US; उरुग्वे=UY; उज़्बेकिस्तान=UZ
blind | ब्रेल की किताब में {} लिखा है उसकी राजधानी क्या है | सेंट विंसेंट एंड द ग्रेनाडाइंस=VC; वेनेज़ुएला=VE; वियतनाम=VN
blind | मैं देख नहीं सकता एलेक्सा बोल कर बताओ {} की राजधानी | वानुआतु=VU; समोआ देश=WS; यमन=YE
blind | ऑडियो बुक में आया जम्मू कश्मीर की राजधानी कौन सी है | IN-JK
# Grandfathers and retired railwaymen; the evening news, an old atlas
dadaji | एलेक्सा बेटा ज़रा बताना {} की राजधानी कौन सी है | साउथ अफ़्रीका=ZA; ज़ाम्बिया=ZM; ज़िम्बाब्वे=ZW
dadaji | पुराने नक्शे में {} देखा था अब उसकी राजधानी कौन सी है | फ़िलिस्तीन=PS; कोसोवो=XK; ताइवान=TW
dadaji | हमारे ज़माने में बर्मा कहते थे उसकी राजधानी अब कौन सी है | MM
dadaji | एलेक्सा बेटा सीलोन की राजधानी बताओ आजकल क्या नाम है | LK
dadaji | रिटायर हुए बरस हो गए याद नहीं आ रहा उत्तर प्रदेश की राजधानी लखनऊ है ना | IN-UP
# Sanskrit pathshala students from Varanasi; the morning recitation, a shastrartha
sanskrit | एलेक्सा {} देशस्य राजधानी का अस्ति | भारतवर्ष=IN; नेपाल राष्ट्र=NP; श्रीलंका=LK
sanskrit | गुरुजी पूछ रहे हैं {} की राजधानी किम् | जापान देश=JP; चीन देश=CN; यूनान=GR
sanskrit | पाठशाला के बाद बताइए {} प्रदेश की राजधानी | उत्तर=IN-UP; हिमाचल=IN-HP; आंध्र=IN-AP
sanskrit | शास्त्रार्थ में प्रश्न आया मिस्र देश की राजधानी कौन सी नगरी है | EG
# Mumbai dabbawalas; the local train, the lunch sorting
dabbawala | एलेक्सा डब्बा पहुँचाने से पहले बोलो {} का राजधानी क्या है | मलेशिया=MY; नीदरलैंड्स=NL; बेनिन=BJ
dabbawala | लोकल में भाऊ पूछता {} का राजधानी कौन | बोलीविया=BO; इस्वातिनी देश=SZ; कोट डी आइवर=CI
dabbawala | डब्बा छाँटते छाँटते पूछ रहा महाराष्ट्र का राजधानी मुंबई ही है ना | IN-MH
dabbawala | एलेक्सा गोवा का राजधानी पणजी है कि मडगांव | IN-GA
# subdivision: states, provinces and territories; Republic Day parade, a jigsaw map, a GK olympiad, a scavenger hunt
subdivision | एलेक्सा गणतंत्र दिवस की झाँकी में {} था उसकी राजधानी | मिज़ोरम=IN-MZ; गुजरात प्रदेश=IN-GJ; राजस्थान=IN-RJ
subdivision | पहेली वाले नक्शे का टुकड़ा {} का है उसकी राजधानी बताओ | मध्य प्रदेश=IN-MP; उत्तराखंड=IN-UK; हरियाणा=IN-HR
subdivision | जीके ओलंपियाड में पूछा {} की राजधानी कौन सी है | मेघालय राज्य=IN-ML; त्रिपुरा राज्य=IN-TR; नागालैंड=IN-NL
subdivision | एलेक्सा अमेरिका के {} की राजधानी बताओ | अलाबामा=US-AL; अलास्का=US-AK; एरिज़ोना=US-AZ
subdivision | यूएस में {} स्टेट की कैपिटल क्या है | अर्कांसस=US-AR; कोलोराडो=US-CO; कनेक्टिकट=US-CT
subdivision | ट्रेज़र हंट का सुराग है {} की राजधानी | डेलावेयर=US-DE; हवाई=US-HI; आइडाहो=US-ID
subdivision | एलेक्सा {} राज्य अमेरिका वाला उसकी राजधानी | इलिनॉय=US-IL; इंडियाना=US-IN; आयोवा=US-IA
subdivision | मौसी का बेटा {} में पढ़ता है वहाँ की राजधानी कौन सी है | कैनसस=US-KS; केंटकी=US-KY; लुइज़ियाना=US-LA
subdivision | वीज़ा इंटरव्यू की तैयारी है {} की राजधानी बताओ | मेन स्टेट=US-ME; मैरीलैंड=US-MD; मैसाचुसेट्स=US-MA
subdivision | एलेक्सा यूनाइटेड स्टेट्स के {} की कैपिटल सिटी | मिशिगन=US-MI; मिनेसोटा=US-MN; मिसिसिपी=US-MS
subdivision | भैया {} में जॉब करते हैं उस स्टेट की राजधानी क्या है | मिसौरी=US-MO; मोंटाना=US-MT; नेब्रास्का=US-NE
subdivision | एलेक्सा अमेरिकी राज्य {} की राजधानी कौन सी है | नेवाडा=US-NV; न्यू हैम्पशायर=US-NH; न्यू जर्सी=US-NJ
subdivision | अंकल {} में रहते हैं वहाँ की कैपिटल बताओ | न्यू मेक्सिको=US-NM; नॉर्थ कैरोलाइना=US-NC; नॉर्थ डकोटा=US-ND
subdivision | एलेक्सा {} की स्टेट कैपिटल क्या है | ओहायो=US-OH; ओक्लाहोमा=US-OK; ओरेगन=US-OR
subdivision | अमेरिका वाले नक्शे में {} की राजधानी ढूँढ रहे हैं | पेंसिल्वेनिया=US-PA; रोड आइलैंड=US-RI; साउथ कैरोलाइना=US-SC
subdivision | एलेक्सा यूएसए में {} की राजधानी का नाम | साउथ डकोटा=US-SD; टेनेसी=US-TN; यूटा=US-UT
subdivision | जीआरई वाले दोस्त पूछ रहे {} की राजधानी | वर्मोंट=US-VT; वर्जीनिया=US-VA; वेस्ट वर्जीनिया=US-WV
subdivision | एलेक्सा {} अमेरिका में है उसकी कैपिटल बताओ | विस्कॉन्सिन=US-WI; वायोमिंग=US-WY; वॉशिंगटन स्टेट=US-WA
subdivision | एलेक्सा न्यूयॉर्क स्टेट की राजधानी न्यूयॉर्क सिटी नहीं है तो क्या है | US-NY
subdivision | एलेक्सा कनाडा के {} की राजधानी कौन सी है | अल्बर्टा=CA-AB; मैनिटोबा=CA-MB; सस्केचेवान=CA-SK
subdivision | कैनेडा में पीआर मिला है {} में उसकी राजधानी बताओ | नोवा स्कोटिया=CA-NS; न्यू ब्रंसविक=CA-NB; प्रिंस एडवर्ड आइलैंड=CA-PE
subdivision | एलेक्सा कनाडा के टेरिटरी {} की राजधानी | युकोन=CA-YT; नुनावुत=CA-NU; नॉर्थवेस्ट टेरिटरीज़=CA-NT
subdivision | न्यूफ़ाउंडलैंड एंड लैब्राडोर की राजधानी बताओ एलेक्सा | CA-NL
subdivision | एलेक्सा ऑस्ट्रेलिया के {} की राजधानी | साउथ ऑस्ट्रेलिया=AU-SA; नॉर्दर्न टेरिटरी=AU-NT; कैनबरा वाला टेरिटरी=AU-ACT
subdivision | ऑस्ट्रेलिया में क्रिकेट मैच {} में है वहाँ की राजधानी | क्वींसलैंड=AU-QLD; तस्मानिया=AU-TAS; न्यू साउथ वेल्स स्टेट=AU-NSW
subdivision | एलेक्सा जर्मनी के {} प्रांत की राजधानी | बाडेन वुर्टेमबर्ग=DE-BW; नॉर्थ राइन वेस्टफ़ेलिया=DE-NW; लोअर सैक्सनी=DE-NI
subdivision | जर्मन क्लास में पूछा {} की राजधानी कौन सी है | ब्रांडेनबर्ग=DE-BB; थुरिंगिया=DE-TH; सैक्सनी अनहाल्ट=DE-ST
subdivision | एलेक्सा जर्मनी का राज्य {} उसकी राजधानी | राइनलैंड पैलेटिनेट=DE-RP; श्लेसविग होल्सटाइन=DE-SH; सारलैंड=DE-SL
subdivision | जर्मनी के {} की राजधानी बताओ | मेक्लेनबर्ग वोर्पोमर्न=DE-MV; ब्रेमेन=DE-HB; हैम्बर्ग=DE-HH
subdivision | एलेक्सा ब्राज़ील के {} राज्य की राजधानी | साओ पाउलो=BR-SP; रियो डी जनेरियो=BR-RJ; बाहिया=BR-BA
subdivision | फ़ुटबॉल वाले ब्राज़ील में {} की राजधानी क्या है | मिनास जेराइस=BR-MG; अमेज़ोनस=BR-AM; पेरनाम्बुको=BR-PE
subdivision | एलेक्सा ब्राज़ील का स्टेट {} उसकी कैपिटल | सेयरा=BR-CE; पराना=BR-PR; रियो ग्रांडे डो सुल=BR-RS
subdivision | ब्राज़ील के {} की राजधानी बताओ | सांता कैटरीना=BR-SC; गोयास=BR-GO; पारा=BR-PA
subdivision | एलेक्सा ब्राज़ील के राज्य {} की राजधानी कौन सी | माटो ग्रोसो=BR-MT; एस्पिरितो सांतो=BR-ES; मारान्हाओ=BR-MA
subdivision | एलेक्सा मेक्सिको के {} राज्य की राजधानी | जलिस्को=MX-JAL; युकाटन=MX-YUC; ओक्साका=MX-OAX
subdivision | मेक्सिको में {} की राजधानी कौन सी है | न्यूवो लियोन=MX-NLE; चिहुआहुआ=MX-CHH; सोनोरा=MX-SON
subdivision | एलेक्सा मैक्सिको का स्टेट {} उसकी कैपिटल | पुएब्ला=MX-PUE; वेराक्रूज़=MX-VER; गुआनाहुआटो=MX-GUA
subdivision | मेक्सिको के {} की राजधानी बताओ | बाहा कैलिफ़ोर्निया=MX-BCN; सिनालोआ=MX-SIN; चियापास=MX-CHP
subdivision | एलेक्सा मेक्सिको वाले {} की कैपिटल क्या है | क्विंटाना रू=MX-ROO; तामाउलिपास=MX-TAM; कोआहुइला=MX-COA
subdivision | एलेक्सा यूके में {} की राजधानी कौन सी है | वेल्स=GB-WLS; नॉर्दर्न आयरलैंड=GB-NIR; इंग्लैंड देश=GB-ENG
subdivision | एलेक्सा {} किसका इलाका है और उसकी राजधानी क्या है | ग्रीनलैंड=GL; फ़ॉकलैंड=FK; जिब्राल्टर=GI
subdivision | एलेक्सा {} की राजधानी बताओ ये टापू है | बरमूडा=BM; केमैन आइलैंड्स=KY; गुआम=GU
subdivision | फ़्रांस के {} की राजधानी कौन सी है | रियूनियन=RE; मार्टीनिक=MQ; ग्वाडेलूप=GP
subdivision | एलेक्सा {} जो चीन का हिस्सा है उसकी राजधानी | हांगकांग=HK; मकाऊ=MO; हॉन्ग कॉन्ग=HK
subdivision | डाक टिकट पर {} लिखा है उसकी राजधानी | फ़रो आइलैंड्स=FO; आइल ऑफ़ मैन=IM; जर्सी आइलैंड=JE
subdivision | एलेक्सा समुंदर पार वाले {} की राजधानी क्या है | प्यूर्टो रिको=PR; अरूबा=AW; कुराकाओ=CW
subdivision | क्रूज़ पर जाना है {} की राजधानी बताओ | ताहिती वाला फ़्रेंच पोलिनेशिया=PF; न्यू कैलेडोनिया=NC; कुक आइलैंड्स=CK
subdivision | एलेक्सा {} की कैपिटल कौन सी है | ग्वेर्नसे=GG; एंगुइला=AI; मोंटसेराट=MS
subdivision | एलेक्सा ब्रिटिश वर्जिन आइलैंड्स की राजधानी | VG
subdivision | एलेक्सा तुर्क्स एंड कैकोस की राजधानी कौन सी है | TC
subdivision | एलेक्सा मेक्सिको सिटी की अपनी राजधानी क्या है | MX-CMX
subdivision | एलेक्सा ब्राज़ील का फ़ेडरल डिस्ट्रिक्ट उसकी राजधानी | BR-DF
subdivision | एलेक्सा अमेरिका वाला डिस्ट्रिक्ट ऑफ़ कोलंबिया उसकी राजधानी | US-DC
subdivision | बर्लिन राज्य की राजधानी क्या है एलेक्सा | DE-BE
subdivision | एलेक्सा वेस्टर्न सहारा की राजधानी | EH
subdivision | एलेक्सा फ़्रेंच गयाना की राजधानी कौन सी है | GF
subdivision | एलेक्सा मायोट की राजधानी | YT
subdivision | एलेक्सा सेंट हेलेना की राजधानी | SH
subdivision | एलेक्सा अमेरिकन समोआ की राजधानी कौन सी है | AS
subdivision | एलेक्सा क्रिसमस आइलैंड की राजधानी | CX
subdivision | एलेक्सा नॉरफ़ॉक आइलैंड की कैपिटल | NF
subdivision | एलेक्सा पिटकेर्न आइलैंड्स की राजधानी | PN
subdivision | एलेक्सा सिंट मार्टेन की राजधानी | SX
subdivision | एलेक्सा आलैंड द्वीप की राजधानी | AX
# plural-capitals: a Teej swing, an Eid dinner, a sleepover, a parent-teacher meeting, a quiz night
plural-capitals | एलेक्सा तीज के झूले पर बहस है बोलीविया की राजधानियाँ कौन कौन सी हैं | BO
plural-capitals | बोलीविया की दोनों राजधानियाँ बताओ ला पाज़ और कौन सी | BO
plural-capitals | एलेक्सा बोलीविया की कितनी राजधानियाँ हैं और कौन सी | BO
plural-capitals | ईद की दावत में मामू पूछ रहे दक्षिण अफ़्रीका की तीनों राजधानियाँ | ZA
plural-capitals | एलेक्सा साउथ अफ़्रीका की तीन राजधानियाँ कौन सी हैं | ZA
plural-capitals | दक्षिण अफ्रीका की सारी राजधानियों के नाम बताओ | ZA
plural-capitals | एलेक्सा स्लीपओवर में गेम चल रहा है मलेशिया की दोनों राजधानियाँ | MY
plural-capitals | मलेशिया की राजधानियाँ कौन कौन सी हैं क्वालालंपुर के अलावा | MY
plural-capitals | एलेक्सा मलेशिया में कितनी राजधानी हैं | MY
plural-capitals | पेरेंट टीचर मीटिंग में मैडम ने पूछा नीदरलैंड की दोनों राजधानियाँ | NL
plural-capitals | एलेक्सा हॉलैंड की राजधानियाँ एम्स्टर्डम और हेग दोनों हैं क्या | NL
plural-capitals | नीदरलैंड्स की कैपिटल्स बताओ दोनों | NL
plural-capitals | क्विज़ नाइट में सवाल है श्रीलंका की दोनों राजधानियाँ कौन सी हैं | LK
plural-capitals | एलेक्सा श्रीलंका की राजधानियाँ बताओ कोलंबो और दूसरी वाली | LK
plural-capitals | श्री लंका की कितनी राजधानियाँ हैं एलेक्सा | LK
plural-capitals | एलेक्सा बेनिन की दोनों राजधानियाँ कौन सी हैं | BJ
plural-capitals | बेनिन देश की राजधानियाँ बताओ पोर्टो नोवो और कौन | BJ
plural-capitals | बेनिन की कैपिटल्स कितनी हैं | BJ
plural-capitals | एलेक्सा आइवरी कोस्ट की दोनों राजधानियाँ बताओ | CI
plural-capitals | कोत दिव्वार की राजधानियाँ कौन कौन सी हैं | CI
plural-capitals | एलेक्सा आइवरी कोस्ट की कितनी कैपिटल हैं आबिदजान भी है क्या | CI
plural-capitals | एलेक्सा इस्वातिनी की दोनों राजधानियाँ | SZ
plural-capitals | स्वाज़ीलैंड की राजधानियाँ कौन सी हैं एलेक्सा | SZ
plural-capitals | एस्वातिनी देश की सारी राजधानियाँ बता दो | SZ
plural-capitals | एलेक्सा फ़िलिस्तीन की राजधानियाँ कौन कौन सी मानी जाती हैं | PS
plural-capitals | फ़लस्तीन की दोनों राजधानियाँ बताओ | PS
plural-capitals | पैलेस्टाइन की कैपिटल्स क्या क्या हैं | PS
plural-capitals | एलेक्सा उन देशों में से बोलीविया की राजधानियाँ सुक्रे वाली बताओ | BO
plural-capitals | इम्तिहान में आया है साउथ अफ़्रीका की राजधानियाँ लिखो बताओ कौन सी | ZA
plural-capitals | एलेक्सा मलेशिया की दोनों कैपिटल्स कुआलालंपुर और पुत्राजाया सही है | MY
plural-capitals | नीदरलैंड की राजधानियाँ कौन सी हैं बच्चा पूछ रहा है | NL
plural-capitals | श्रीलंका की राजधानियाँ श्री जयवर्धनेपुरा कोट्टे वाली बताओ | LK
plural-capitals | बेनिन की राजधानियाँ बताओ होमवर्क है | BJ
plural-capitals | आइवरी कोस्ट देश की राजधानियाँ यामूसुक्रो वाली | CI
plural-capitals | इस्वातिनी की राजधानियाँ मबाबाने और लोबाम्बा हैं क्या | SZ
plural-capitals | फ़िलिस्तीन की राजधानियाँ यरूशलम और रामल्लाह बताओ | PS
# follow-up: a second question after an answer; Lohri bonfire, a board game night, a school bus
follow-up | और {} की | फ़्रांस का पड़ोसी बेल्जियम=BE; जर्मनी का पड़ोसी पोलैंड=PL; ओमान के पास यमन=YE
follow-up | अच्छा और {} का क्या | केन्या का पड़ोसी तंज़ानिया=TZ; पेरू के बगल वाला चिली=CL; थाईलैंड का पड़ोसी लाओस=LA
follow-up | लोहड़ी की आग के पास बैठे हैं अब पंजाब के बाद हरियाणा की बताओ | IN-HR
follow-up | ठीक है अब उसके पड़ोसी नेपाल की राजधानी | NP
follow-up | और फिर भूटान की भी बताओ एलेक्सा | BT
follow-up | बोर्ड गेम में अगली चाल के लिए अब इटली वाली बताओ | IT
follow-up | और अब पुर्तगाल की भी | PT
follow-up | स्कूल बस में अगला सवाल स्विट्ज़रलैंड का क्या | CH
follow-up | उसके बाद ऑस्ट्रिया की बताओ | AT
follow-up | अच्छा अब कनाडा के बगल वाले अमेरिका की | US
follow-up | और ओडिशा की राजधानी बताओ एलेक्सा अभी वाले के बाद | IN-OD
follow-up | फिर से अगला मिस्र का बोलो | EG
follow-up | अच्छा और उसके नीचे वाले सूडान की | SD
follow-up | और अर्जेंटीना के बगल वाले उरुग्वे की | UY
follow-up | एलेक्सा अब ब्राज़ील के पड़ोसी पैराग्वे की बताओ | PY
follow-up | ठीक है अब गुजरात के बाद महाराष्ट्र की | IN-MH
follow-up | अच्छा और फिर वियतनाम का | VN
follow-up | उसके बाद वाला कंबोडिया की राजधानी | KH
follow-up | और कज़ाख़स्तान के बगल में उज़्बेकिस्तान की | UZ
follow-up | चलो अब ईरान वाली बताओ | IR
follow-up | और उसके बाद इराक | IQ
follow-up | अच्छा और क़तर की बताओ फिर कुवैत की नहीं सिर्फ़ क़तर | QA
follow-up | और अब केरल की बताओ | IN-KL
follow-up | और तमिलनाडु का क्या | IN-TN
follow-up | ठीक है अब नॉर्वे वाली | NO
follow-up | और डेनमार्क की भी एलेक्सा | DK
# yes-no-check: a Diwali card party, a spelling bee, a library reading room
yes-no-check | एलेक्सा दिवाली की ताश पार्टी में शर्त है ऑस्ट्रेलिया की राजधानी कैनबरा है या नहीं | AU
yes-no-check | क्या कनाडा की राजधानी टोरंटो है | CA
yes-no-check | ब्राज़ील की राजधानी रियो है ना एलेक्सा | BR
yes-no-check | तुर्की की राजधानी इस्तांबुल है कि अंकारा | TR
yes-no-check | एलेक्सा पाकिस्तान की राजधानी कराची है या इस्लामाबाद | PK
yes-no-check | स्पेलिंग बी में पूछा क्या न्यूज़ीलैंड की राजधानी ऑकलैंड है | NZ
yes-no-check | क्या स्विट्ज़रलैंड की राजधानी ज़्यूरिख है एलेक्सा | CH
yes-no-check | नाइजीरिया की राजधानी लागोस है सही बोल रहा हूँ ना | NG
yes-no-check | एलेक्सा म्यांमार की राजधानी रंगून है क्या अभी भी | MM
yes-no-check | लाइब्रेरी में बैठे हैं धीरे से बताओ क्या वियतनाम की राजधानी हो ची मिन्ह सिटी है | VN
yes-no-check | क्या मोरक्को की राजधानी कासाब्लांका है | MA
yes-no-check | एलेक्सा तंज़ानिया की राजधानी दार एस सलाम है या डोडोमा | TZ
yes-no-check | क्या कज़ाख़स्तान की राजधानी अल्माटी ही है | KZ
yes-no-check | एलेक्सा अमेरिका की राजधानी न्यूयॉर्क है ना | US
yes-no-check | कर्नाटक की राजधानी मैसूर है क्या | IN-KA
yes-no-check | क्या आंध्र प्रदेश की राजधानी हैदराबाद है अभी | IN-AP
yes-no-check | एलेक्सा कैलिफ़ोर्निया की राजधानी लॉस एंजेलिस है ना | US-CA
yes-no-check | क्या टेक्सास की राजधानी ह्यूस्टन है | US-TX
yes-no-check | एलेक्सा बेलीज़ की राजधानी बेलीज़ सिटी है क्या | BZ
yes-no-check | क्या क्वींसलैंड की राजधानी ब्रिस्बेन है | AU-QLD
yes-no-check | एलेक्सा ओंटारियो की राजधानी ओटावा है क्या | CA-ON
yes-no-check | क्या बवेरिया की राजधानी म्यूनिख है | DE-BY
yes-no-check | श्रीलंका की राजधानी कोलंबो ही है ना सिर्फ़ | LK
yes-no-check | एलेक्सा क्या इक्वाडोर की राजधानी ग्वायाकिल है | EC
# self-correction: a crossword night, homework at the dining table
self-correction | एलेक्सा स्वीडन की नहीं नहीं नॉर्वे की राजधानी बताओ | NO
self-correction | ऑस्ट्रिया की मतलब ऑस्ट्रेलिया की राजधानी | AU
self-correction | एलेक्सा स्लोवाकिया सॉरी स्लोवेनिया की राजधानी | SI
self-correction | नाइजीरिया की अरे नहीं नाइजर की राजधानी | NE
self-correction | एलेक्सा इरान रुको इराक की राजधानी बताओ | IQ
self-correction | गाम्बिया नहीं ज़ाम्बिया की राजधानी कौन सी है | ZM
self-correction | एलेक्सा कोलंबिया की नहीं मेरा मतलब था बोलीविया की राजधानी | BO
self-correction | पैराग्वे की उफ़ उरुग्वे की राजधानी | UY
self-correction | एलेक्सा माली की नहीं मालदीव की राजधानी | MV
self-correction | मॉरिटानिया नहीं मॉरीशस की राजधानी बताओ | MU
self-correction | एलेक्सा बिहार की नहीं झारखंड की राजधानी | IN-JH
self-correction | मणिपुर की एक मिनट मिज़ोरम की राजधानी | IN-MZ
self-correction | एलेक्सा ऑस्ट्रिया की अरे ऑस्ट्रिया ही की राजधानी | AT
self-correction | आइसलैंड नहीं आयरलैंड की राजधानी बताना | IE
self-correction | एलेक्सा लातविया की नहीं लिथुआनिया की | LT
self-correction | सर्बिया सॉरी साइबेरिया नहीं सीरिया की राजधानी | SY
self-correction | एलेक्सा ओहायो नहीं आयोवा की राजधानी | US-IA
self-correction | क्रॉसवर्ड में चाहिए गिनी बिसाऊ नहीं बस गिनी की राजधानी | GN
self-correction | एलेक्सा डोमिनिकन रिपब्लिक नहीं सिर्फ़ डोमिनिका की राजधानी | DM
self-correction | उत्तर कोरिया नहीं दक्षिण कोरिया की राजधानी बताओ | KR
self-correction | एलेक्सा पंजाब नहीं हिमाचल प्रदेश की राजधानी | IN-HP
self-correction | ऑस्ट्रेलिया का तस्मानिया नहीं विक्टोरिया की राजधानी | AU-VIC
# reverse-question: which place a capital belongs to; a GK quiz on a bus stand, a geography test paper
reverse-question | एलेक्सा {} किस देश की राजधानी है | नैरोबी=KE; लीमा=PE; हनोई=VN
reverse-question | बस स्टैंड पर क्विज़ है {} किसकी राजधानी है | काठमांडू=NP; ढाका=BD; थिम्पू=BT
reverse-question | एलेक्सा बताओ {} कहाँ की राजधानी है | ओस्लो=NO; हेलसिंकी=FI; रेक्याविक=IS
reverse-question | {} किस राज्य की राजधानी है एलेक्सा | भोपाल=IN-MP; दिसपुर=IN-AS; इंफाल=IN-MN
reverse-question | एलेक्सा {} किस स्टेट की राजधानी है | गांधीनगर=IN-GJ; ईटानगर=IN-AR; कोहिमा=IN-NL
reverse-question | टेस्ट पेपर में आया {} किस देश की कैपिटल है | अदीस अबाबा=ET; अकरा=GH; डकार=SN
reverse-question | एलेक्सा {} राजधानी है पर किसकी | उलानबातर=MN; ताशकंद=UZ; बिश्केक=KG
reverse-question | {} किस मुल्क की राजधानी है | काबुल=AF; बगदाद=IQ; दमिश्क=SY
reverse-question | एलेक्सा अस्ताना किस देश की राजधानी है | KZ
reverse-question | एलेक्सा ब्रासीलिया किसकी राजधानी है | BR
reverse-question | कैनबरा किस देश की राजधानी है बताओ | AU
reverse-question | एलेक्सा ऑस्टिन किस अमेरिकी राज्य की राजधानी है | US-TX
reverse-question | सैक्रामेंटो किस स्टेट की कैपिटल है | US-CA
reverse-question | एलेक्सा विक्टोरिया जो कैनेडा में है वो किसकी राजधानी है | CA-BC
# official-name: a passport form, a UN model conference
official-name | एलेक्सा पूरा नाम {} है उसकी राजधानी बताओ | रिपब्लिक ऑफ़ इंडिया=IN; पीपल्स रिपब्लिक ऑफ़ चाइना=CN; यूनाइटेड स्टेट्स ऑफ़ अमेरिका=US
official-name | पासपोर्ट फ़ॉर्म में लिखा है {} उसकी राजधानी क्या है | रशियन फ़ेडरेशन=RU; फ़ेडरल रिपब्लिक ऑफ़ जर्मनी=DE; यूनाइटेड किंगडम ऑफ़ ग्रेट ब्रिटेन एंड नॉर्दर्न आयरलैंड=GB
official-name | मॉडल यूएन में पूछा गया {} की राजधानी कौन सी है | इस्लामिक रिपब्लिक ऑफ़ ईरान=IR; किंगडम ऑफ़ सऊदी अरेबिया=SA; रिपब्लिक ऑफ़ कोरिया=KR
official-name | एलेक्सा भारत गणराज्य की राजधानी क्या है | IN
official-name | एलेक्सा लोकतांत्रिक गणराज्य कांगो की राजधानी | CD
official-name | एलेक्सा कांगो गणराज्य की राजधानी कौन सी है | CG
official-name | एलेक्सा संयुक्त अरब अमीरात की राजधानी | AE
official-name | एलेक्सा डेमोक्रेटिक पीपल्स रिपब्लिक ऑफ़ कोरिया की राजधानी | KP
official-name | एलेक्सा स्विस कॉन्फ़ेडरेशन की राजधानी क्या है | CH
official-name | किंगडम ऑफ़ द नीदरलैंड्स की राजधानी एलेक्सा | NL
official-name | एलेक्सा फ़ेडरेटेड स्टेट्स ऑफ़ माइक्रोनेशिया की राजधानी | FM
official-name | हेलेनिक रिपब्लिक की राजधानी क्या है | GR
official-name | एलेक्सा नेपाल संघीय लोकतांत्रिक गणराज्य की राजधानी | NP
official-name | एलेक्सा प्लूरिनेशनल स्टेट ऑफ़ बोलीविया की राजधानी | BO
official-name | एलेक्सा रिपब्लिक ऑफ़ द यूनियन ऑफ़ म्यांमार की राजधानी | MM
# everyday-name: old and short names people use
everyday-name | एलेक्सा {} की राजधानी क्या है | हॉलैंड=NL; इंग्लिस्तान=GB-ENG; फ़ारस=IR
everyday-name | अम्मी {} को कहती हैं उसकी राजधानी बताओ | वलायत वाला इंग्लैंड=GB-ENG; चीन जिसे चाइना कहते हैं=CN; अरब वाला सऊदी=SA
everyday-name | एलेक्सा {} की राजधानी बताओ | रशिया=RU; यूके=GB; अमरीका=US
everyday-name | एलेक्सा स्वाज़ीलैंड की राजधानी | SZ
everyday-name | चेक गणराज्य की राजधानी प्राग है ना | CZ
everyday-name | एलेक्सा मैसेडोनिया की राजधानी | MK
everyday-name | एलेक्सा टर्की देश की राजधानी | TR
everyday-name | एलेक्सा ईस्ट पाकिस्तान जो अब बांग्लादेश है उसकी राजधानी | BD
everyday-name | एलेक्सा केप वर्ड की राजधानी | CV
everyday-name | एलेक्सा टिमोर लेस्ते की राजधानी | TL
everyday-name | एलेक्सा वेटिकन की राजधानी क्या है | VA
everyday-name | एलेक्सा यूपी की राजधानी | IN-UP
everyday-name | एलेक्सा एमपी की राजधानी बताओ | IN-MP
everyday-name | एलेक्सा जे एंड के की राजधानी | IN-JK
everyday-name | एलेक्सा बंगाल की राजधानी बताओ | IN-WB
everyday-name | एलेक्सा यूएसए की कैपिटल | US
everyday-name | एलेक्सा कैली की राजधानी मतलब कैलिफ़ोर्निया | US-CA
everyday-name | एलेक्सा ब्रिटेन की राजधानी लंदन ही है ना | GB
everyday-name | एलेक्सा न्यूज़ीलैंड जिसे कीवी देश कहते हैं उसकी राजधानी | NZ
# shared-name: one name for several places
shared-name | एलेक्सा जॉर्जिया की राजधानी बताओ | GE+US-GA
shared-name | जॉर्जिया की कैपिटल कौन सी है देश वाली या अमेरिका वाली दोनों बताओ | GE+US-GA
shared-name | एलेक्सा कांगो की राजधानी क्या है | CD+CG
shared-name | कांगो वाले दोनों देशों की राजधानी | CD+CG
shared-name | एलेक्सा कोरिया की राजधानी बताओ | KP+KR
shared-name | दोनों कोरिया की राजधानियाँ | KP+KR
shared-name | एलेक्सा मेक्सिको की राजधानी देश और राज्य दोनों | MX+MX-MEX
shared-name | एलेक्सा वर्जिन आइलैंड्स की राजधानी | VG+VI
shared-name | एलेक्सा सूडान वाले दोनों देशों की राजधानी उत्तर और दक्षिण | SD+SS
shared-name | एलेक्सा गिनी नाम वाले देशों की राजधानी | GN+GQ+GW+PG
shared-name | एलेक्सा समोआ की राजधानी दोनों समोआ की | AS+WS
# help: how to use the skill, in each group's words
help | हुकम ई कईं काम करे है म्हने समझाओ | HELP
help | एलेक्सा ई राजधानी वाला कइसे चलत हे बता दे | HELP
help | एलेक्सा हम लोग को नहीं पता कैसे पूछना है मदद करो | HELP
help | इणमें क्या क्या पूछ सकदे बता एलेक्सा | HELP
help | एलेक्सा हेल्प प्लीज़ हम नया है इसमें | HELP
help | हम बोडो है एलेक्सा कैसे यूज़ करना बोलो | HELP
help | हजुर यो कसरी चलाउने हो मदद गर्नुस | HELP
help | एलेक्सा हम्मे ना बुझात हौ कइसे पूछी | HELP
help | ब्रू ये स्किल क्या करती है समझाओ | HELP
help | एलेक्सा सवारी को बताना है ये क्या क्या बताती है | HELP
help | टीटी साहब पूछ रहे हैं इसमें क्या पूछ सकते हैं | HELP
help | एलेक्सा इस स्किल के निर्देश बताओ | HELP
help | क्रू के लिए बताओ ये गेम कैसे खेलते हैं | HELP
help | एलेक्सा मुझे समझ नहीं आया अब क्या बोलूँ | HELP
help | डाकिया हूँ पढ़ा लिखा कम हूँ कैसे पूछूँ बताओ | HELP
help | एलेक्सा साहब के बच्चों को सिखाना है इसे कैसे चलाएँ | HELP
help | मैम पूछ रही हैं ये ऐप कैसे काम करता है | HELP
help | एलेक्सा इसमें कौन कौन से सवाल पूछ सकते हैं | HELP
help | लिसनर्स को बताना है ये स्किल कैसे यूज़ करें | HELP
help | एलेक्सा कृपया इस कौशल का उपयोग समझाइए | HELP
help | मैं देख नहीं सकता बोलकर बताओ क्या क्या कमांड हैं | HELP
help | एलेक्सा बेटा ये राजधानी वाला खेल समझाओ ज़रा | HELP
help | एलेक्सा साहाय्यं करोतु कथं प्रश्नं पृच्छामि | HELP
help | भाऊ इसमें क्या बोलने का समझा ना | HELP
help | एलेक्सा मदद चाहिए | HELP
help | एलेक्सा सहायता करो राजधानी कैसे पूछें | HELP
help | क्या बोलूँ समझ नहीं आ रहा एलेक्सा हेल्प | HELP
help | एलेक्सा ये क्या क्या जानती है | HELP
help | कैसे चलेगा ये बताओ ना | HELP
help | एलेक्सा गाइड करो मुझे | HELP
help | एलेक्सा तुम इसमें कैसे मदद करोगी | HELP
help | एलेक्सा उदाहरण दो क्या पूछूँ | HELP
help | एलेक्सा इसके बारे में बताओ ये किस काम की है | HELP
help | कोई सैंपल सवाल बताओ एलेक्सा | HELP
help | एलेक्सा मैं अटक गया हूँ मदद | HELP
help | एलेक्सा राज्य की राजधानी भी पूछ सकते हैं क्या बताओ कैसे | HELP
help | एलेक्सा फिर से समझाओ कैसे पूछना है | HELP
help | हेल्प मेनू सुनाओ एलेक्सा | HELP
help | एलेक्सा हम का पूछी इहमें बताव | HELP
help | एलेक्सा दुल्हन को समझाओ इसमें क्या करना है | HELP
help | एलेक्सा मुझे निर्देश सुनने हैं | HELP
help | कइसे पूछे के हवे बता दे | HELP
help | एलेक्सा इस्तेमाल करने का तरीका बताओ | HELP
help | एलेक्सा मैं नई हूँ मुझे सिखाओ | HELP
# stop
stop | हुकम बस करो अबे | STOP
stop | एलेक्सा रुक जा रे बाबू | STOP
stop | बस हो गया हम लोग जा रहे | STOP
stop | एलेक्सा बंद कर दे भाई चकराता ते | STOP
stop | एलेक्सा स्टॉप करो प्लीज़ चर्च का टाइम हो गया | STOP
stop | अभी बंद करो हम खाना खाने जा रहा | STOP
stop | हजुर अब पुग्यो बंद गर्नुस | STOP
stop | एलेक्सा बस करो हौ | STOP
stop | ब्रू स्टॉप इट | STOP
stop | एलेक्सा सवारी आ गई बंद करो | STOP
stop | एलेक्सा गाड़ी आ गई रुको | STOP
stop | फ़्लाइट बोर्ड हो रही है एलेक्सा स्टॉप | STOP
stop | एलेक्सा ग्राहक आया है बंद कर | STOP
stop | एलेक्सा डाक बाँटने जाना है बंद | STOP
stop | एलेक्सा साहब आ गए चुप हो जाओ | STOP
stop | एलेक्सा क्लाइंट आ गई है बंद करो | STOP
stop | एलेक्सा बारात निकल रही है बंद कर | STOP
stop | एलेक्सा हम लाइव जा रहे हैं बंद | STOP
stop | एलेक्सा कृपया रुकिए | STOP
stop | एलेक्सा बोलना बंद करो | STOP
stop | बेटा बस करो अब सो जाओ एलेक्सा | STOP
stop | एलेक्सा विरम | STOP
stop | एलेक्सा बस भाऊ लोकल आ गई | STOP
stop | एलेक्सा ख़त्म करो | STOP
stop | एलेक्सा बाहर निकलो इस स्किल से | STOP
stop | एलेक्सा एग्ज़िट | STOP
stop | एलेक्सा चुप रहो | STOP
stop | एलेक्सा शांत हो जाओ | STOP
stop | एलेक्सा अब और नहीं | STOP
stop | एलेक्सा यहीं रोक दो | STOP
stop | एलेक्सा राजधानी वाला बंद करो | STOP
stop | एलेक्सा खेल ख़त्म | STOP
stop | एलेक्सा अब बस बहुत हुआ | STOP
stop | एलेक्सा क्विट | STOP
stop | एलेक्सा ठहर जा | STOP
stop | एलेक्सा बंद कर दो सब | STOP
stop | एलेक्सा आवाज़ बंद करो | STOP
stop | एलेक्सा रोक दे बाबू | STOP
stop | एलेक्सा स्टॉप स्टॉप | STOP
stop | एलेक्सा थम जाओ | STOP
stop | एलेक्सा अब छोड़ो बंद करो | STOP
stop | एलेक्सा हो गया बंद | STOP
stop | एलेक्सा रात हो गई बंद करो | STOP
# cancel
cancel | एलेक्सा रहने दो हुकम | CANCEL
cancel | एलेक्सा छोड़ दे बाबू नइ चाही | CANCEL
cancel | एलेक्सा कैंसल करो हम गलत बोला | CANCEL
cancel | रैण दे एलेक्सा | CANCEL
cancel | एलेक्सा कैंसिल प्लीज़ | CANCEL
cancel | एलेक्सा नहीं चाहिए छोड़ो | CANCEL
cancel | हजुर रद्द गर्नुस | CANCEL
cancel | एलेक्सा रहे दो हौ | CANCEL
cancel | ब्रू फ़र्गेट इट कैंसल | CANCEL
cancel | एलेक्सा सवारी ने मना कर दिया कैंसल | CANCEL
cancel | एलेक्सा वो सवाल रद्द करो | CANCEL
cancel | एलेक्सा अभी वाला कैंसल कर दो | CANCEL
cancel | एलेक्सा गलती से बोला छोड़ दो | CANCEL
cancel | एलेक्सा मत बताओ रहने दो | CANCEL
cancel | एलेक्सा कुछ नहीं रहने दो | CANCEL
cancel | एलेक्सा निरस्त करो | CANCEL
cancel | एलेक्सा वो पूछना नहीं था कैंसल | CANCEL
cancel | एलेक्सा इसे रद्द कीजिए | CANCEL
cancel | एलेक्सा भूल जाओ | CANCEL
cancel | एलेक्सा छोड़ो यार | CANCEL
cancel | एलेक्सा ज़रूरत नहीं है | CANCEL
cancel | एलेक्सा नहीं नहीं रहने दो | CANCEL
cancel | एलेक्सा कोई बात नहीं कैंसल | CANCEL
cancel | एलेक्सा जाने दो बेटा | CANCEL
cancel | एलेक्सा अलं | CANCEL
cancel | एलेक्सा छोड़ भाऊ | CANCEL
cancel | एलेक्सा अभी नहीं बाद में | CANCEL
cancel | एलेक्सा कैंसल कर दे रे | CANCEL
cancel | एलेक्सा पिछला सवाल हटाओ | CANCEL
cancel | एलेक्सा रुको वो वाला रद्द | CANCEL
cancel | एलेक्सा मना है | CANCEL
cancel | एलेक्सा नहीं पूछना अब | CANCEL
cancel | एलेक्सा ड्रॉप करो इसे | CANCEL
cancel | एलेक्सा रद्द | CANCEL
cancel | एलेक्सा वापस जाओ कैंसल | CANCEL
cancel | एलेक्सा कैंसल कैंसल | CANCEL
cancel | एलेक्सा छोड़ो ये सवाल | CANCEL
cancel | एलेक्सा उसको रहने दो | CANCEL
cancel | एलेक्सा रहने दे मैम मना कर रही हैं | CANCEL
cancel | एलेक्सा नइ चाही छोड़ | CANCEL
cancel | एलेक्सा ग्राहक ने मना किया रहने दो | CANCEL
cancel | एलेक्सा पार्सल वाला सवाल कैंसल | CANCEL
cancel | एलेक्सा छोड़ दो जी | CANCEL
# launch
launch | एलेक्सा दुनिया की राजधानियाँ खोलो हुकम | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ चालू कर दे बाबू | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोलो हम गुमला से | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोल दे भाई | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ स्टार्ट करो प्लीज़ | LAUNCH
launch | हजुर एलेक्सा दुनिया की राजधानियाँ खोल्नुस | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोलो हौ | LAUNCH
launch | एलेक्सा ब्रू दुनिया की राजधानियाँ ओपन करो | LAUNCH
launch | एलेक्सा सवारी के लिए दुनिया की राजधानियाँ चलाओ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ शुरू करो नाइट ड्यूटी है | LAUNCH
launch | एलेक्सा क्रू रूम में दुनिया की राजधानियाँ खोलो | LAUNCH
launch | एलेक्सा दुकान पर दुनिया की राजधानियाँ चला दो | LAUNCH
launch | एलेक्सा गेट पर दुनिया की राजधानियाँ खोलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ चलाओ दुल्हन के लिए | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ बजाओ मतलब खोलो | LAUNCH
launch | एलेक्सा शो के लिए दुनिया की राजधानियाँ खोलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ आरंभ कीजिए | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोलो मैं सुन रहा हूँ | LAUNCH
launch | एलेक्सा बेटा दुनिया की राजधानियाँ खोल देना | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ उद्घाटय | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ चालू कर भाऊ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ में चलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ को बुलाओ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ वाला गेम लगाओ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ से एक सवाल पूछना है | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोलो बच्चे बैठे हैं | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ शुरू कर दो अभी | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ ऑन करो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ चलाइए | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोलो क्विज़ नाइट है | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोलिए प्रोफ़ेसर साहब के लिए | LAUNCH
# out-of-domain: home devices, weather, music, food, festivals, money, other questions about places, "capital" in other senses, regions not in the data
out-of-domain | एलेक्सा {} में आज मौसम कैसा है | उदयपुर=FB; अंबिकापुर=FB; आइज़ोल=FB
out-of-domain | एलेक्सा कल {} में बारिश होगी क्या | गुमला=FB; चकराता=FB; कोकराझार=FB
out-of-domain | एलेक्सा {} में अभी टाइम क्या हुआ है | त्रिनिडाड=FB; डरबन=FB; काठमांडू=FB
out-of-domain | एलेक्सा {} का गाना बजाओ | पवनदीप=FB; अरिजीत सिंह=FB; लकी दुबे=FB
out-of-domain | एलेक्सा {} लगाओ | चटनी म्यूज़िक=FB; बिहू के गाने=FB; मिज़ो गॉस्पेल=FB
out-of-domain | एलेक्सा {} की आबादी कितनी है | चीन=FB; नाइजीरिया=FB; इंडोनेशिया=FB
out-of-domain | एलेक्सा {} की करेंसी क्या है | जापान=FB; स्विट्ज़रलैंड=FB; थाईलैंड=FB
out-of-domain | एलेक्सा {} में कौन सी भाषा बोलते हैं | ब्राज़ील=FB; मिज़ोरम=FB; सूरीनाम=FB
out-of-domain | एलेक्सा {} का राष्ट्रपति कौन है | अमेरिका=FB; फ़्रांस=FB; श्रीलंका=FB
out-of-domain | एलेक्सा {} का झंडा कैसा दिखता है | नेपाल=FB; कनाडा=FB; जापान देश=FB
out-of-domain | एलेक्सा {} कितनी दूर है यहाँ से | डरबन शहर=FB; पोर्ट ऑफ़ स्पेन=FB; उदयपुर शहर=FB
out-of-domain | एलेक्सा {} की रेसिपी बताओ | दाल बाटी चूरमा=FB; बांस करील की सब्ज़ी=FB; बनी चाउ=FB
out-of-domain | एलेक्सा {} कब है | गणगौर=FB; सरहुल=FB; चपचार कुट=FB
out-of-domain | एलेक्सा {} का रेट क्या है आज | सोना=FB; चाँदी=FB; पेट्रोल=FB
out-of-domain | एलेक्सा {} की लाइट जलाओ | बैठक=FB; गेट=FB; किचन=FB
out-of-domain | एलेक्सा {} का पंखा बंद करो | बेडरूम=FB; हॉल=FB; सैलून=FB
out-of-domain | एलेक्सा {} के लिए अलार्म लगाओ | सुबह पाँच बजे=FB; डब्बा उठाने=FB; नाइट राउंड=FB
out-of-domain | एलेक्सा {} की ट्रेन कितने बजे है | राजधानी एक्सप्रेस=FB; शताब्दी=FB; दुरंतो=FB
out-of-domain | एलेक्सा {} का स्कोर क्या है | इंडिया पाकिस्तान मैच=FB; हॉकी मैच=FB; आईपीएल=FB
out-of-domain | एलेक्सा {} का मतलब क्या होता है | कैपिटल गेन=FB; वर्किंग कैपिटल=FB; कैपिटल लेटर=FB
out-of-domain | एलेक्सा {} की राजधानी कौन सी थी | मुग़ल साम्राज्य=FB; मौर्य साम्राज्य=FB; मेवाड़ राज्य=FB
out-of-domain | एलेक्सा हमारे इलाके {} की राजधानी बताओ | सरगुजा=FB; जौनसार बावर=FB; बोडोलैंड=FB
out-of-domain | एलेक्सा {} की राजधानी क्या थी पहले | ब्रिटिश इंडिया=FB; सोवियत संघ=FB; ओटोमन साम्राज्य=FB
out-of-domain | हुकम आज झील में पानी कितना है एलेक्सा | FB
out-of-domain | एलेक्सा महाराणा प्रताप का जन्म कब हुआ था | FB
out-of-domain | एलेक्सा मेवाड़ी गीत सुनाओ | FB
out-of-domain | एलेक्सा महुआ का भाव क्या चल रहा है | FB
out-of-domain | एलेक्सा करमा नाच के गीत बजा दे | FB
out-of-domain | एलेक्सा छत्तीसगढ़ में कितने ज़िले हवे | FB
out-of-domain | एलेक्सा हॉकी वर्ल्ड कप कब है | FB
out-of-domain | एलेक्सा कुड़ुख भाषा में नमस्ते कैसे बोलते | FB
out-of-domain | एलेक्सा सरना धर्म के बारे में बताओ | FB
out-of-domain | एलेक्सा सेब का भाव देहरादून मंडी में | FB
out-of-domain | एलेक्सा चकराता का रास्ता खुला है कि बंद | FB
out-of-domain | एलेक्सा मिज़ोरम में इनर लाइन परमिट कैसे बनता है | FB
out-of-domain | एलेक्सा आइज़ोल से सिल्चर की बस कब है | FB
out-of-domain | एलेक्सा बोडो भाषा में गाना बजाओ | FB
out-of-domain | एलेक्सा रेशम का धागा कहाँ मिलेगा | FB
out-of-domain | एलेक्सा नेपाली रुपये में सौ इंडियन रुपये कितने होते हैं | FB
out-of-domain | एलेक्सा एवरेस्ट की ऊँचाई कितनी है | FB
out-of-domain | एलेक्सा दसैं की छुट्टी कब से है | FB
out-of-domain | एलेक्सा फगवा कब पड़ता है इस साल | FB
out-of-domain | एलेक्सा त्रिनिडाड डॉलर का रेट बताओ | FB
out-of-domain | एलेक्सा गिरमिटिया लोग कब गए थे | FB
out-of-domain | एलेक्सा डरबन में इंडियन लोग कितने हैं | FB
out-of-domain | एलेक्सा बनी चाउ कहाँ मिलती है | FB
out-of-domain | एलेक्सा स्प्रिंगबॉक्स का मैच कब है | FB
out-of-domain | एलेक्सा एयरपोर्ट का रास्ता बताओ | FB
out-of-domain | एलेक्सा ट्रैफ़िक कैसा है सिल्क बोर्ड पर | FB
out-of-domain | एलेक्सा पेट्रोल पंप पास में कहाँ है | FB
out-of-domain | एलेक्सा मेरा पीएनआर स्टेटस बताओ | FB
out-of-domain | एलेक्सा दिल्ली से मुंबई की ट्रेन कितने घंटे लेती है | FB
out-of-domain | एलेक्सा प्लेटफ़ॉर्म नंबर तीन पर कौन सी गाड़ी है | FB
out-of-domain | एलेक्सा दुबई में अभी कितने बजे हैं | FB
out-of-domain | एलेक्सा फ़्लाइट में कितना सामान ले जा सकते हैं | FB
out-of-domain | एलेक्सा जेट लैग कैसे ठीक करें | FB
out-of-domain | एलेक्सा पैरासिटामोल दिन में कितनी बार ले सकते हैं | FB
out-of-domain | एलेक्सा बुख़ार की दवा का नाम बताओ | FB
out-of-domain | एलेक्सा मनीऑर्डर कैसे भेजते हैं | FB
out-of-domain | एलेक्सा स्पीड पोस्ट का चार्ज कितना है | FB
out-of-domain | एलेक्सा मेरे एरिया का पिन कोड बताओ | FB
out-of-domain | एलेक्सा सोसाइटी के गेट का टाइम क्या है | FB
out-of-domain | एलेक्सा रात को नींद कैसे भगाएँ | FB
out-of-domain | एलेक्सा गोल्डन फ़ेशियल कैसे करते हैं | FB
out-of-domain | एलेक्सा मेहंदी का रंग गाढ़ा कैसे करें | FB
out-of-domain | एलेक्सा शादी का मुहूर्त बताओ | FB
out-of-domain | एलेक्सा नागिन डांस वाला गाना बजाओ | FB
out-of-domain | एलेक्सा बास थोड़ा बढ़ाओ | FB
out-of-domain | एलेक्सा वॉल्यूम फुल करो | FB
out-of-domain | एलेक्सा आज का राशिफल बताओ | FB
out-of-domain | एलेक्सा आज की बड़ी ख़बरें सुनाओ | FB
out-of-domain | एलेक्सा मॉर्निंग शो के लिए एक जोक सुनाओ | FB
out-of-domain | एलेक्सा यूजीसी नेट कब है | FB
out-of-domain | एलेक्सा संगोष्ठी का विषय क्या रखें | FB
out-of-domain | एलेक्सा प्रेमचंद की कहानी सुनाओ | FB
out-of-domain | एलेक्सा ऑडियो बुक चलाओ | FB
out-of-domain | एलेक्सा ब्रेल में किताबें कहाँ मिलती हैं | FB
out-of-domain | एलेक्सा मेरा फ़ोन कहाँ है ढूँढो | FB
out-of-domain | एलेक्सा भजन लगाओ | FB
out-of-domain | एलेक्सा बीपी कम करने के उपाय बताओ | FB
out-of-domain | एलेक्सा पेंशन कब आएगी | FB
out-of-domain | एलेक्सा गीता का पाठ सुनाओ | FB
out-of-domain | एलेक्सा संस्कृत में धन्यवाद कैसे कहते हैं | FB
out-of-domain | एलेक्सा आज कौन सी तिथि है | FB
out-of-domain | एलेक्सा लोकल ट्रेन लेट है क्या | FB
out-of-domain | एलेक्सा बारिश में डब्बा कैसे बचाएँ | FB
out-of-domain | एलेक्सा वड़ा पाव कहाँ अच्छा मिलता है | FB
out-of-domain | एलेक्सा भारत की आर्थिक राजधानी कौन सी है | FB
out-of-domain | एलेक्सा फ़ैशन की राजधानी कौन सा शहर है | FB
out-of-domain | एलेक्सा दुनिया की क्रिकेट राजधानी कौन सी है | FB
out-of-domain | एलेक्सा झीलों की नगरी किसे कहते हैं | FB
out-of-domain | एलेक्सा गुलाबी नगर कौन सा है | FB
out-of-domain | एलेक्सा भारत की सिलिकॉन वैली कौन सी है | FB
out-of-domain | एलेक्सा कैपिटल वन क्या है | FB
out-of-domain | एलेक्सा शेयर कैपिटल कैसे बढ़ाते हैं | FB
out-of-domain | एलेक्सा कैपिटल पनिशमेंट का मतलब | FB
out-of-domain | एलेक्सा राजधानी में कितने डिब्बे होते हैं | FB
out-of-domain | एलेक्सा राजधानी एक्सप्रेस का किराया बताओ | FB
out-of-domain | एलेक्सा अलकापुरी किसकी राजधानी थी | FB
out-of-domain | एलेक्सा लंका की राजधानी रावण के समय क्या थी | FB
out-of-domain | एलेक्सा इंद्रप्रस्थ किसने बसाया था | FB
out-of-domain | एलेक्सा हस्तिनापुर कहाँ है | FB
out-of-domain | एलेक्सा चंद्रमा की राजधानी क्या है | FB
out-of-domain | एलेक्सा मंगल ग्रह पर कौन रहता है | FB
out-of-domain | एलेक्सा सबसे बड़ा देश कौन सा है | FB
out-of-domain | एलेक्सा सबसे छोटा देश कौन सा है | FB
out-of-domain | एलेक्सा दुनिया में कितने देश हैं | FB
out-of-domain | एलेक्सा भारत में कितने राज्य हैं | FB
out-of-domain | एलेक्सा कौन सा देश सबसे ठंडा है | FB
out-of-domain | एलेक्सा नील नदी कहाँ से निकलती है | FB
out-of-domain | एलेक्सा सबसे ऊँचा पहाड़ कौन सा है | FB
out-of-domain | एलेक्सा अफ़्रीका में कितने देश हैं | FB
out-of-domain | एलेक्सा यूरोप का सबसे पुराना शहर कौन सा है | FB
out-of-domain | एलेक्सा दक्षिण अफ़्रीका में कितनी भाषाएँ हैं | FB
out-of-domain | एलेक्सा राजस्थान का सबसे बड़ा ज़िला कौन सा है | FB
out-of-domain | एलेक्सा झारखंड कब बना था | FB
out-of-domain | एलेक्सा उत्तराखंड का राज्य पक्षी कौन सा है | FB
out-of-domain | एलेक्सा नागालैंड का मुख्यमंत्री कौन है | FB
out-of-domain | एलेक्सा अमेरिका में कितने स्टेट हैं | FB
out-of-domain | एलेक्सा कनाडा का प्रधानमंत्री कौन है | FB
out-of-domain | एलेक्सा जर्मनी में बीयर फ़ेस्टिवल कब है | FB
out-of-domain | एलेक्सा ब्राज़ील ने कितने वर्ल्ड कप जीते | FB
out-of-domain | एलेक्सा मेक्सिको का खाना कैसा होता है | FB
out-of-domain | एलेक्सा मैं कौन सी राजधानी घूमने जाऊँ | FB
out-of-domain | एलेक्सा तुम्हें कौन सी राजधानी पसंद है | FB
out-of-domain | एलेक्सा राजधानी शब्द की स्पेलिंग बताओ | FB
out-of-domain | एलेक्सा राजधानी को अंग्रेज़ी में क्या कहते हैं | FB
out-of-domain | एलेक्सा कैपिटल को संस्कृत में क्या कहेंगे | FB
out-of-domain | एलेक्सा राजधानी पर एक कविता सुनाओ | FB
out-of-domain | एलेक्सा टाइमर लगाओ दस मिनट का | FB
out-of-domain | एलेक्सा शॉपिंग लिस्ट में दूध जोड़ो | FB
out-of-domain | एलेक्सा मम्मी को कॉल करो | FB
out-of-domain | एलेक्सा गीज़र ऑन करो | FB
out-of-domain | एलेक्सा टीवी बंद करो | FB
out-of-domain | एलेक्सा एसी का टेम्परेचर चौबीस करो | FB
out-of-domain | एलेक्सा बच्चों के लिए कहानी सुनाओ | FB
out-of-domain | एलेक्सा हनुमान चालीसा बजाओ | FB
out-of-domain | एलेक्सा कल छुट्टी है क्या | FB
out-of-domain | एलेक्सा आज बाज़ार बंद है क्या | FB
out-of-domain | एलेक्सा गुड नाइट | FB
out-of-domain | एलेक्सा तुम कहाँ रहती हो | FB
out-of-domain | एलेक्सा तुम्हारी उम्र कितनी है | FB
out-of-domain | एलेक्सा तुम शादीशुदा हो | FB
out-of-domain | एलेक्सा धन्यवाद बहुत अच्छा बताया | FB
out-of-domain | एलेक्सा मेरा मूड ख़राब है कुछ बोलो | FB
out-of-domain | एलेक्सा स्वर्ग की राजधानी कहाँ है | FB
out-of-domain | एलेक्सा हॉगवर्ट्स कहाँ है | FB
out-of-domain | एलेक्सा वकांडा की राजधानी क्या है | FB
out-of-domain | एलेक्सा लिलिपुट देश कहाँ है | FB
out-of-domain | एलेक्सा मेवाड़ की पुरानी राजधानी चित्तौड़ थी क्या | FB
out-of-domain | एलेक्सा कोसल की राजधानी क्या थी | FB
out-of-domain | एलेक्सा भारत की राजधानी कलकत्ता से दिल्ली कब आई | FB
out-of-domain | एलेक्सा राजधानी बदलने में कितना ख़र्च होता है | FB
out-of-domain | एलेक्सा नई राजधानी बनाने वाले देश कौन से हैं | FB
out-of-domain | एलेक्सा बताओ संसद भवन कब बना | FB
out-of-domain | एलेक्सा संयुक्त राष्ट्र का मुख्यालय कहाँ है | FB
out-of-domain | एलेक्सा यूरोपियन यूनियन की राजधानी कौन सी है | FB
out-of-domain | एलेक्सा अफ़्रीकन यूनियन का हेडक्वार्टर कहाँ है | FB
out-of-domain | एलेक्सा साइबेरिया की राजधानी कौन सी है | FB
out-of-domain | एलेक्सा कैटेलोनिया की राजधानी बताओ | FB
out-of-domain | एलेक्सा बस्तर की राजधानी जगदलपुर है क्या | FB
out-of-domain | एलेक्सा दार्जिलिंग किसकी राजधानी है | FB
out-of-domain | एलेक्सा कश्मीर घाटी का सबसे बड़ा शहर कौन सा है | FB
out-of-domain | एलेक्सा टेक्सास की सबसे बड़ी सिटी कौन सी है | FB
out-of-domain | एलेक्सा ऑस्ट्रेलिया का सबसे बड़ा शहर कौन सा है | FB
out-of-domain | एलेक्सा बाली किस देश में है | FB
out-of-domain | एलेक्सा मालदीव जाने के लिए वीज़ा चाहिए क्या | FB
out-of-domain | एलेक्सा काठमांडू में घूमने की जगहें बताओ | FB
out-of-domain | एलेक्सा कनाडा की पीआर कैसे मिलती है | FB
out-of-domain | एलेक्सा हिंदी में बात करो | FB
out-of-domain | एलेक्सा इंग्लिश में बोलो | FB
out-of-domain | एलेक्सा मेरी आवाज़ पहचानो | FB
out-of-domain | एलेक्सा ताश का कौन सा खेल खेलें | FB
out-of-domain | एलेक्सा लूडो खेलते हैं | FB
out-of-domain | एलेक्सा पहेली पूछो | FB
# more of the groups: subdivisions and territories in their words
mewari | हुकम अमेरिका में म्हारो बेटो {} में है उठे री राजधानी कई | न्यू यॉर्क स्टेट=US-NY; जॉर्जिया स्टेट=US-GA; वॉशिंगटन राज्य=US-WA
surgujia | एलेक्सा मेक्सिको देस के {} कर राजधानी का हवे | अगुआस्कालिएंतेस=MX-AGU; कैम्पेचे=MX-CAM; कोलीमा=MX-COL
kurukh | एलेक्सा ब्राज़ील का {} स्टेट का राजधानी कौन है | अक्रे=BR-AC; अलागोआस=BR-AL; अमापा=BR-AP
jaunsari | एलेक्सा ब्राज़ील के {} की राजधानी कुणी सी हो | पाराइबा=BR-PB; पिआउई=BR-PI; रियो ग्रांडे डो नॉर्ते=BR-RN
mizo | एलेक्सा ब्राज़ील का {} का कैपिटल सिटी बोलो | रोंडोनिया=BR-RO; रोराइमा=BR-RR; सर्जिपे=BR-SE
bodo | एलेक्सा ब्राज़ील का {} का राजधानी किधर है | टोकैंटिंस=BR-TO; माटो ग्रोसो डो सुल=BR-MS; अमेज़ोनास=BR-AM
nepali | हजुर मेक्सिको का {} का राजधानी कुन हो | दुरांगो=MX-DUR; गुएरेरो=MX-GRO; इडाल्गो=MX-HID
caribbean | एलेक्सा मेक्सिको के {} के राजधानी का हौ | मिचोआकान=MX-MIC; मोरेलोस=MX-MOR; नायरित=MX-NAY
durban | ब्रू मेक्सिको में {} की कैपिटल क्या है | केरेटारो=MX-QUE; सान लुइस पोटोसी=MX-SLP; टबास्को=MX-TAB
cab | सवारी मेक्सिको की है पूछ रही है {} की राजधानी | त्लाक्सकाला=MX-TLA; ज़ाकाटेकास=MX-ZAC; बाहा कैलिफ़ोर्निया सुर=MX-BCS
tte | एलेक्सा यात्री मेक्सिको का है {} स्टेट की राजधानी पूछ रहा | मेक्सिको स्टेट=MX-MEX; मेक्सिको सिटी=MX-CMX; चियापास राज्य=MX-CHP
crew | एलेक्सा {} में लेओवर है वहाँ की राजधानी कौन सी है | हवाई आइलैंड्स=US-HI; अलास्का स्टेट=US-AK; प्यूर्टो रीको=PR
chemist | एलेक्सा दवा {} भेजनी है उस टापू की राजधानी | अमेरिकी वर्जिन आइलैंड्स=VI; नॉर्दर्न मारियाना आइलैंड्स=MP; गुआम द्वीप=GU
postman | एलेक्सा चिट्ठी {} से आई है वहाँ की राजधानी | सेंट पियरे एंड मिकेलॉन=PM; वालिस एंड फ़ुटुना=WF; सेंट बार्थेलेमी=BL
guard | एलेक्सा साहब {} घूम के आए हैं उसकी राजधानी बताओ | सेंट मार्टिन=MF; बोनेयर=BQ; टोकेलाउ=TK
salon | मैम {} जा रही हैं उसकी राजधानी बताओ | नीयू=NU; कोकोस आइलैंड्स=CC; स्वालबार्ड=SJ
dj | एलेक्सा भाई लोग पूछ रहे {} की राजधानी | साउथ जॉर्जिया=GS; फ़्रेंच सदर्न टेरिटरीज़=TF; ब्रिटिश इंडियन ओशन टेरिटरी=IO
rj | एलेक्सा लिसनर पूछ रहा है {} की राजधानी | अंटार्कटिका=AQ; बुवे आइलैंड=BV; हर्ड आइलैंड=HM
professor | एलेक्सा कृपया {} प्रदेश की राजधानी बताइए | यूएस माइनर आउटलाइंग आइलैंड्स=UM; फ़्रेंच गुयाना=GF; मायोट द्वीप=YT
blind | एलेक्सा बोल कर बताओ {} की राजधानी | ब्रेमेन शहर=DE-HB; बर्लिन=DE-BE; हैम्बर्ग राज्य=DE-HH
dadaji | बेटा हमारे ज़माने में {} अलग थे अब उनकी राजधानी बताओ | पूर्वी जर्मनी वाला ब्रांडेनबर्ग=DE-BB; सैक्सनी राज्य=DE-SN; थुरिंगिया राज्य=DE-TH
sanskrit | एलेक्सा {} राज्यस्य राजधानी का | गोवा राज्य=IN-GA; केरल राज्य=IN-KL; कर्नाटक राज्य=IN-KA
dabbawala | एलेक्सा डब्बा {} वाले का है उसका राजधानी बोलो | तेलंगाना राज्य=IN-TS; ओडिशा राज्य=IN-OD; तमिल नाडु=IN-TN
mewari | हुकम {} री राजधानी बताओ गोरो मेहमान ऊठे रो है | कनाडा देश=CA; ऑस्ट्रेलिया देश=AU; न्यूज़ीलैंड देश=NZ
surgujia | एलेक्सा {} देस कर राजधानी का हवे बता | रूस देश=RU; चीन देस=CN; पाकिस्तान देस=PK
kurukh | एलेक्सा सरहुल से पहले बताओ {} का राजधानी | बांग्लादेश देश=BD; म्यांमार देश=MM; भूटान देश=BT
jaunsari | एलेक्सा {} मुलुक की राजधानी क्या ह | इंग्लैंड मुलुक=GB-ENG; अमेरिका मुलुक=US; जापान मुलुक=JP
mizo | एलेक्सा हमारा बॉर्डर वाला {} का राजधानी | म्यांमार बॉर्डर=MM; बांग्लादेश बॉर्डर=BD; बर्मा=MM
bodo | एलेक्सा {} का राजधानी बोलो ना | भूटान देस=BT; नेपाल देस=NP; चाइना=CN
nepali | एलेक्सा {} को राजधानी कहाँ हो हजुर | दार्जिलिंग वाला बंगाल=IN-WB; सिक्किम राज्य=IN-SK; भूटान राष्ट्र=BT
caribbean | एलेक्सा {} के राजधानी का हौ बताओ | सूरीनाम देश=SR; जमैका देश=JM; बारबाडोस देश=BB
durban | एलेक्सा ब्रू {} की कैपिटल बताओ | मोज़ाम्बिक देश=MZ; ज़िम्बाब्वे देश=ZW; बोत्सवाना देश=BW
cab | एलेक्सा सवारी नाइजीरिया से है {} की राजधानी बताओ | घाना देश=GH; कैमरून देश=CM; नाइजर देश=NE
tte | एलेक्सा विदेशी यात्री पूछ रहा है {} की राजधानी | पोलैंड देश=PL; चेक देश=CZ; हंगरी देश=HU
crew | एलेक्सा अगला सेक्टर {} है उसकी कैपिटल | सिंगापुर सिटी=SG; मलेशिया देश=MY; थाईलैंड देश=TH
chemist | एलेक्सा ये दवा {} में बनती है वहाँ की राजधानी | जर्मनी देश=DE; स्विस=CH; बेल्जियम देश=BE
postman | एलेक्सा पार्सल {} से आया है उसकी राजधानी | कुवैत देश=KW; ओमान देश=OM; बहरीन देश=BH
guard | एलेक्सा गेट पर साहब के मेहमान {} से आए हैं राजधानी बताओ | इटली देश=IT; स्पेन देश=ES; ग्रीस देश=GR
salon | एलेक्सा ब्राइड का हनीमून {} में है उसकी राजधानी | मालदीव देश=MV; मॉरीशस देश=MU; सेशेल्स देश=SC
dj | एलेक्सा गाना {} का है उसकी राजधानी क्या है | पंजाब राज्य=IN-PB; कोरियन वाला दक्षिण कोरिया=KR; जमैकन वाला जमैका=JM
rj | एलेक्सा आज का टॉपिक {} है उसकी राजधानी | यूक्रेन देश=UA; इज़राइल देश=IL; फ़िलिस्तीन देश=PS
professor | एलेक्सा शोध पत्र {} पर है उसकी राजधानी बताइए | अर्जेंटीना देश=AR; चिली देश=CL; पेरू देश=PE
blind | एलेक्सा मैप नहीं देख सकता {} की राजधानी बोलो | मंगोलिया देश=MN; कज़ाकिस्तान=KZ; उज़्बेकिस्तान देश=UZ
dadaji | बेटा रेडियो पर सुना था {} उसकी राजधानी बताना | सोवियत वाला रूस=RU; यूगोस्लाविया वाला सर्बिया=RS; चेकोस्लोवाकिया वाला स्लोवाकिया=SK
dabbawala | एलेक्सा लोकल में {} वाला पूछता उसका राजधानी | केन्या वाला=KE; इथियोपिया वाला=ET; सोमालिया वाला=SO
# more plural capitals in the groups' words
mewari | हुकम बोलीविया री दोन्यूं राजधानियाँ कई है | BO
surgujia | एलेक्सा दक्षिण अफ्रीका कर तीनों राजधानी का हवे | ZA
kurukh | एलेक्सा मलेशिया का दोनों राजधानी कौन है | MY
caribbean | एलेक्सा नीदरलैंड के दुन्नो राजधानी का हौ | NL
nepali | एलेक्सा श्रीलंका का दुवै राजधानी कुन हो | LK
durban | ब्रू बेनिन की दोनों कैपिटल्स बताओ | BJ
mizo | एलेक्सा आइवरी कोस्ट का दोनों कैपिटल बोलो | CI
bodo | एलेक्सा इस्वातिनी का दोनों राजधानी किधर है | SZ
professor | कृपया फ़िलिस्तीन की दोनों राजधानियों के नाम बताइए | PS
# more stop and cancel
stop | हुकम अबे बंद करो सगळो | STOP
stop | एलेक्सा बंद हौ | STOP
stop | एलेक्सा ब्रू इनफ़ बंद करो | STOP
stop | एलेक्सा डब्बा टाइम हो गया बंद | STOP
stop | एलेक्सा बंद गर्नुस | STOP
cancel | एलेक्सा रैण दो हुकम | CANCEL
cancel | एलेक्सा नको भाऊ रहने दे | CANCEL
cancel | एलेक्सा ना चाही हौ छोड़ | CANCEL
cancel | एलेक्सा यो रद्द गर | CANCEL
cancel | एलेक्सा सवारी उतर गई कैंसल कर | CANCEL
"""

if __name__ == "__main__":
    build_round(50, "hi", LINES, sys.argv, "tests/Eval/hi/round50/source/build_corpus.py")
