"""Round 23, Hindi (hi-IN): a new author's mix of speakers and situations, written blind, chosen away from the speakers
of the earlier Hindi rounds. Regions and first languages: Garhwali and Kumaoni speakers in Uttarakhand (homestays in
Munsiyari, rafting guides near Rishikesh; "बल", "ठहरी", "दाज्यू", "भुला", "ब्वारी", "आमा", "बूबू", "कख च"), Kannada
speakers' Hindi in Bengaluru ("गुरु", "मगा", "सार", "स्वल्प", "बेगा", "अय्यो", "हौदु", "नोडी", masculine "का राजधानी"),
Telugu speakers' Hindi from Vijayawada, Vizag and Hyderabad ("अंडी", "गारु", "बाबू", "अरे बाबोय", "चेप्पंडी", "अवुनु",
"अन्नय्या", students going to the US for an MS), Malayalam speakers back from the Gulf and Kerala football fans ("चेट्टा",
"चेच्ची", "मोने", "शरी", "अल्ले"), Assamese speakers in Guwahati and the tea gardens ("बाइदेउ", "ककाइदेउ", "हय", "ओइ",
Bihu), students from Manipur, Nagaland and Mizoram in Delhi ("आसे", "इचे"), Lucknow's Urdu tehzeeb ("आदाब", "बराए
मेहरबानी", "इरशाद फ़रमाइए", "पायतख़्त", "दारुल हुकूमत", "अब्बा हुज़ूर") and Kanpur's street Hindi ("का बे", "चौचक",
"बकैती", "भौकाल"), heritage speakers (NRI children and teenagers from New Jersey, Leicester and Toronto visiting
grandparents, with English word order and genders), foreign learners of Hindi (students at a Hindi institute, African
students in Pune). Work and places: an IT office in Bengaluru (stand-ups, on-site, a client call), a school morning
assembly and a teacher correcting copies, cricket, football and Olympic fans, IELTS and study-abroad aspirants, exporters
(Moradabad brass, Surat diamonds, Tiruppur garments, Kanpur leather, Panipat blankets), teenage gamers, a night guard
and a delivery rider waiting, a family WhatsApp group arguing about a forward, a retired railwayman, a pub quiz, a
newspaper crossword and a podcast, a kitchen, a gym and a power cut, a sleeper coach on a train. Plus fillers and
hesitations, terse forms, Hinglish in Devanagari, a clause after the question, follow-ups, self-corrections, yes/no checks
with right and wrong guesses, reverse questions (a capital given, its country asked), official, old and everyday names,
shared names, plural questions for every several-capital country and Palestine, subdivisions and territories,
out-of-domain near misses (other facts about a named country, "राजधानी"/"कैपिटल" in other senses, places the data
lacks, everyday requests), help, stop, cancel, launch and one-shot requests through the invocation name "दुनिया की
राजधानियाँ"; and what hi-IN recognition writes: lost or stray nukta, anusvara for chandrabindu, joined and split words,
"कि" for "की", "हे" for "है", short vowels for long ones.
`python3 tests/Eval/hi/round23/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 23's number); every line is hi-IN."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Garhwali and Kumaoni speakers in Uttarakhand.
garhwali-kumaoni | दाज्यू {} की राजधानी क्या हुई बल | नॉर्वे=NO; फ़िनलैंड=FI; आइसलैंड=IS
garhwali-kumaoni | हमारे होमस्टे में {} के ट्रेकर आए हैं बल उनके देश की राजधानी कौन सी हुई | इज़राइल=IL; चेकिया=CZ; स्लोवेनिया=SI
garhwali-kumaoni | भुला ज़रा बता तो {} की राजधानी कौन ठहरी | पोलैंड=PL; पुर्तगाल=PT; आयरलैंड=IE
garhwali-kumaoni | एलेक्सा {} की राजधानी बता दे बल | भूटान=BT; मंगोलिया=MN; लाओस=LA
garhwali-kumaoni | हमारे गाँव के लड़के {} में होटल में लगे हैं वहाँ की राजधानी क्या है बल | कुवैत=KW; बहरीन=BH; ओमान=OM
garhwali-kumaoni | राफ़्टिंग में {} के टूरिस्ट थे उनके देश की राजधानी का नाम बताओ बल | ऑस्ट्रिया=AT; बेल्जियम=BE; डेनमार्क=DK
garhwali-kumaoni | ओ भुला {} की राजधानी कख च | मोरक्को=MA; अल्जीरिया=DZ; ट्यूनीशिया=TN
garhwali-kumaoni | मुनस्यारी से बोल रहा हूँ बल {} की राजधानी बताना | किर्गिज़स्तान=KG; ताजिकिस्तान=TJ; कज़ाखस्तान=KZ
garhwali-kumaoni | बूबू पूछ रहे हैं {} की राजधानी कौन हुई | रूस=RU; चीन=CN; जापान=JP
garhwali-kumaoni | आमा पूछ रही है बल {} की राजधानी कौन सी है | नेपाल=NP; म्यांमार=MM; थाईलैंड=TH

# Kannada speakers' Hindi in Bengaluru.
kannada-hindi | गुरु {} का कैपिटल क्या है स्वल्प बोलो | ब्राज़ील=BR; अर्जेंटीना=AR; चिली=CL
kannada-hindi | मगा {} का राजधानी कौन सा है बोल | पेरू=PE; कोलंबिया=CO; इक्वाडोर=EC
kannada-hindi | सार {} का कैपिटल बताइए सार | कनाडा=CA; मैक्सिको=MX; क्यूबा=CU
kannada-hindi | अय्यो मरेतु होगया {} का राजधानी क्या है | वेनेज़ुएला=VE; उरूग्वे=UY; पराग्वे=PY
kannada-hindi | बेगा बोलो एलेक्सा {} का कैपिटल | जर्मनी=DE; फ़्रांस=FR; इटली=IT
kannada-hindi | नोडी एलेक्सा {} का राजधानी क्या है हेली | सर्बिया=RS; क्रोएशिया=HR; हंगरी=HU
kannada-hindi | गुरु ट्रैफ़िक में फँसा हूँ {} का राजधानी बता दो | निकारागुआ=NI; पनामा=PA; कोस्टारिका=CR

# An IT office.
office-it | स्टैंडअप से पहले जल्दी बताओ {} का कैपिटल क्या है | सिंगापुर=SG; वियतनाम=VN; फ़िलिपींस=PH
office-it | क्लाइंट {} से है यार उसका कैपिटल क्या है | स्विट्ज़रलैंड=CH; लग्ज़मबर्ग=LU; न्यूज़ीलैंड=NZ
office-it | ऑनसाइट के लिए {} जा रहा हूँ वहाँ का कैपिटल कौन सा है | ऑस्ट्रेलिया=AU; अमेरिका=US; जापान=JP
office-it | कॉल पे {} वाली टीम है उनके देश का कैपिटल क्या है | एस्टोनिया=EE; लिथुआनिया=LT; बेलारूस=BY
office-it | लंच ब्रेक में क्विज़ चल रहा है {} की कैपिटल बताओ | सऊदी अरब=SA; इज़राइल=IL; जॉर्डन=JO
office-it | अप्रेज़ल बाद में देखेंगे पहले {} की कैपिटल बताओ | बांग्लादेश=BD; पाकिस्तान=PK; श्रीलंका=LK

# Telugu speakers' Hindi.
telugu-hindi | {} का राजधानी क्या है अंडी | मलेशिया=MY; इंडोनेशिया=ID; ब्रूनेई=BN
telugu-hindi | बाबू {} का कैपिटल बोलो ना | दक्षिण अफ़्रीका=ZA; नामीबिया=NA; बोत्स्वाना=BW
telugu-hindi | अरे बाबोय भूल गया {} का राजधानी | ज़ाम्बिया=ZM; ज़िम्बाब्वे=ZW; मलावी=MW
telugu-hindi | चेप्पंडी {} का राजधानी कौन सा है | तंज़ानिया=TZ; केन्या=KE; युगांडा=UG
telugu-hindi | अवुनु अवुनु अभी {} का कैपिटल बताओ | रवांडा=RW; बुरुंडी=BI; इथियोपिया=ET
telugu-hindi | गारु एक डाउट है {} का राजधानी कौन सा है | जमैका=JM; हैती=HT; बहामास=BS

# Malayalam speakers: Gulf returnees, football fans.
malayalam-hindi | चेट्टा {} का राजधानी क्या है | ओमान=OM; यमन=YE; इराक=IQ
malayalam-hindi | मोने {} का कैपिटल कौन सा है बताओ ना | मालदीव=MV; सेशेल्स=SC; मॉरीशस=MU
malayalam-hindi | हम बारह साल {} में था उधर का राजधानी बोलो | सऊदी=SA; क़तर=QA; यूएई=AE
malayalam-hindi | शरी शरी अब {} का राजधानी बताओ | लेबनान=LB; सीरिया=SY; तुर्किये=TR
malayalam-hindi | हम केरला वाला लोग {} का फ़ैन है उसका राजधानी क्या है | अर्जेंटीना=AR; ब्राज़ील=BR; पुर्तगाल=PT
malayalam-hindi | चेच्ची पूछ रही है {} का राजधानी कौन सा है अल्ले | फ़िजी=FJ; पापुआ न्यू गिनी=PG; समोआ=WS

# Assamese speakers.
assamese-hindi | ओइ एलेक्सा {} का राजधानी बताओ ना | भूटान=BT; बांग्लादेश=BD; म्यांमार=MM
assamese-hindi | ककाइदेउ पूछ रहा है {} का राजधानी कौन सा है | कंबोडिया=KH; थाईलैंड=TH; लाओस=LA
assamese-hindi | बाइदेउ के लिए {} का राजधानी बोलो तो | स्पेन=ES; नीदरलैंड=NL; स्विट्ज़रलैंड=CH
assamese-hindi | हमारा बागान का चाय {} जाता है उसका राजधानी कौन सा है | ईरान=IR; मिस्र=EG; ब्रिटेन=GB
assamese-hindi | बिहू के बाद क्विज़ है {} का राजधानी क्या है हय | जॉर्डन=JO; कुवैत=KW; अफ़गानिस्तान=AF

# Students from the North-East in Delhi.
northeast | भाई {} का राजधानी कौन सा आसे | तिमोर लेस्ते=TL; ब्रूनेई=BN; पलाऊ=PW
northeast | हम इंफाल से है दिल्ली में पढ़ता है {} का राजधानी क्या है | दक्षिण कोरिया=KR; जापान=JP; ताइवान=TW
northeast | इचे बोल रही है {} का कैपिटल क्या होता है | मंगोलिया=MN; कज़ाखस्तान=KZ; तुर्कमेनिस्तान=TM
northeast | ओके एलेक्सा {} का कैपिटल क्या होता है बोलो | सोलोमन द्वीपसमूह=SB; वनुआतू=VU; किरिबाती=KI

# Lucknow's Urdu tehzeeb and Kanpur's street Hindi.
lucknowi-urdu | आदाब एलेक्सा {} का पायतख़्त कौन सा शहर है | ईरान=IR; इराक=IQ; तुर्की=TR
lucknowi-urdu | बराए मेहरबानी {} की राजधानी इरशाद फ़रमाइए | उज़्बेकिस्तान=UZ; तुर्कमेनिस्तान=TM; अज़रबैजान=AZ
lucknowi-urdu | मोहतरमा ज़रा बताइए तो {} का दारुल हुकूमत कहाँ है | सूडान=SD; लीबिया=LY; मॉरिटानिया=MR
lucknowi-urdu | ज़हमत के लिए मुआफ़ी चाहता हूँ {} की राजधानी कौन सी है | सोमालिया=SO; जिबूती=DJ; कोमोरोस=KM
lucknowi-urdu | जनाब अगर ज़हमत न हो तो {} का दारुल हुकूमत बता दीजिए | सीरिया=SY; लेबनान=LB; यमन=YE
kanpuriya | का बे एलेक्सा {} की राजधानी बता | चाड=TD; नाइजर=NE; माली=ML
kanpuriya | गुरु {} की राजधानी बताओ एकदम चौचक | बुर्किना फ़ासो=BF; सेनेगल=SN; गिनी=GN
kanpuriya | बकैती नहीं {} की राजधानी सीधा बताओ | कैमरून=CM; गैबॉन=GA; अंगोला=AO
kanpuriya | कानपुर से चमड़ा {} जाता है उसकी राजधानी कौन सी है | स्पेन=ES; इटली=IT; जर्मनी=DE
kanpuriya | भौकाल मत दिखाओ बस {} की राजधानी बताओ | टोगो=TG; बेनिन=BJ; घाना=GH

# Heritage speakers and foreign learners of Hindi.
heritage-speaker | दादी बोल रहा है {} का कैपिटल क्या है | आयरलैंड=IE; स्कॉटलैंड=GB-SCT; वेल्स=GB-WLS
heritage-speaker | सॉरी मेरा हिंदी अच्छा नहीं है {} का राजधानी क्या होता है | बेल्जियम=BE; नीदरलैंड्स=NL; डेनमार्क=DK
heritage-speaker | मेरा स्कूल में फ़्रेंड {} से है उसका कैपिटल क्या है | त्रिनिदाद और टोबैगो=TT; गुयाना=GY; सूरीनाम=SR
heritage-speaker | नानी ने पूछा {} का कैपिटल कौन सा है मुझे नहीं पता | कनाडा=CA; मेक्सिको=MX; ग्वाटेमाला=GT
heritage-speaker | हम टोरंटो से आया है {} का राजधानी बोलो प्लीज़ | जमैका=JM; बारबाडोस=BB; ग्रेनाडा=GD
foreign-learner | नमस्ते मैं हिंदी सीख रहा हूँ कृपया बताइए {} की राजधानी क्या है | बेलारूस=BY; मॉल्डोवा=MD; जॉर्जिया देश=GE
foreign-learner | माफ़ कीजिए मेरी हिंदी कमज़ोर है {} की राजधानी कौन सा है | आर्मेनिया=AM; अल्बानिया=AL; उत्तरी मकदूनिया=MK
foreign-learner | मैं पुणे में पढ़ता हूँ मेरा दोस्त {} से है उसकी राजधानी क्या है | नाइजीरिया=NG; केन्या=KE; घाना=GH
foreign-learner | कृपया धीरे बोलिए {} की राजधानी क्या है | मोंटेनेग्रो=ME; बोस्निया=BA; कोसोवो=XK
foreign-learner | मेरा नाम साशा है मैं हिंदी की छात्रा हूँ {} की राजधानी बताइए | स्लोवाकिया=SK; लिचेंस्टीन=LI; एंडोरा=AD

# School assembly and teachers.
school-teacher | आज की प्रार्थना सभा का सामान्य ज्ञान प्रश्न है {} की राजधानी क्या है | आयरलैंड=IE; पुर्तगाल=PT; नॉर्वे=NO
school-teacher | बच्चों के पेपर के लिए {} की राजधानी कन्फ़र्म करनी है | सेनेगल=SN; लाइबेरिया=LR; सिएरा लियोन=SL
school-teacher | कक्षा पाँच की कॉपी जाँच रही हूँ {} की राजधानी क्या लिखना था | मिस्र=EG; इथियोपिया=ET; सूडान=SD
school-teacher | ब्लैकबोर्ड पे लिखना है {} की राजधानी जल्दी बताओ | अफ़गानिस्तान=AF; ईरान=IR; नेपाल=NP

# Sport fans.
sports-fan | वर्ल्ड कप में आज {} खेल रहा है उसकी राजधानी क्या है | ज़िम्बाब्वे=ZW; अफ़गानिस्तान=AF; स्कॉटलैंड=GB-SCT
sports-fan | ओलंपिक में {} को गोल्ड मिला उसकी राजधानी कौन सी है | जमैका=JM; इथियोपिया=ET; केन्या=KE
sports-fan | फ़ीफ़ा में {} वाले जीत गए यार उनकी राजधानी बताओ | मोरक्को=MA; क्रोएशिया=HR; सेनेगल=SN
sports-fan | मैच देख रहा हूँ {} की राजधानी क्या है एलेक्सा | बांग्लादेश=BD; ओमान=OM; संयुक्त अरब अमीरात=AE
sports-fan | कबड्डी में {} की टीम भी आई है उसकी राजधानी बताओ | ईरान=IR; केन्या=KE; पोलैंड=PL

# Study abroad.
study-abroad | आईईएलटीएस की क्लास में पूछा था {} की राजधानी क्या है | कनाडा=CA; न्यूज़ीलैंड=NZ; आयरलैंड=IE
study-abroad | मास्टर्स के लिए {} का सोच रहा हूँ उसकी राजधानी कौन सी है | जर्मनी=DE; फ़िनलैंड=FI; लातविया=LV
study-abroad | वीज़ा इंटरव्यू में पूछ सकते हैं {} की राजधानी क्या है | ऑस्ट्रेलिया=AU; संयुक्त राज्य अमेरिका=US; यूनाइटेड किंगडम=GB

# Exporters.
trader-export | मुरादाबाद का पीतल {} जाता है उसकी राजधानी बताओ | संयुक्त राज्य अमेरिका=US; डेनमार्क=DK; स्वीडन=SE
trader-export | सूरत से हीरे {} भेजते हैं उस देश की राजधानी कौन सी है | बेल्जियम=BE; इज़राइल=IL; संयुक्त अरब अमीरात=AE
trader-export | तिरुपुर के कपड़े {} में बिकते हैं उसकी राजधानी क्या है | पोलैंड=PL; स्पेन=ES; चिली=CL
trader-export | पानीपत से कंबल {} जाते हैं राजधानी बताओ उसकी | उज़्बेकिस्तान=UZ; किर्गिज़स्तान=KG; ताजिकिस्तान=TJ

# Teenage gamers.
gamer-teen | ब्रो {} की कैपिटल बता जल्दी मैच में हूँ | बेलीज़=BZ; होंडूरास=HN; अल सल्वाडोर=SV
gamer-teen | भाई सर्वर {} का है उसकी कैपिटल क्या है | सिंगापुर=SG; ब्राज़ील=BR; जर्मनी=DE
gamer-teen | लॉबी में {} वाला बंदा है उसकी कैपिटल बोल | तुर्किये=TR; रूस=RU; फ़िलिपींस=PH

# Night guard, delivery rider, train, kitchen, gym, power cut.
waiting-time | ड्यूटी पे बैठा हूँ टाइम पास के लिए {} की राजधानी बताओ | हैती=HT; डोमिनिकन रिपब्लिक=DO; क्यूबा=CU
waiting-time | डिलीवरी का वेट कर रहा हूँ तब तक बताओ {} की राजधानी | ग्वाटेमाला=GT; निकारागुआ=NI; होंडूरास=HN
waiting-time | स्लीपर में सामने वाले अंकल पूछ रहे हैं {} की राजधानी क्या है | भूटान=BT; नेपाल=NP; पाकिस्तान=PK
home-chores | कुकर की सीटी बजने तक बता दो {} की राजधानी | मलेशिया=MY; थाईलैंड=TH; वियतनाम=VN
home-chores | आटा गूंध रही हूँ हाथ गंदे हैं {} की राजधानी बताओ | मोज़ांबिक=MZ; मेडागास्कर=MG; अंगोला=AO
home-chores | जिम में सेट के बीच में हूँ {} की राजधानी बोल | नॉर्वे=NO; डेनमार्क=DK; हंगरी=HU
home-chores | लाइट चली गई है बैठे बैठे बताओ {} की राजधानी | नामीबिया=NA; लेसोथो=LS; एस्वाटिनी=SZ

# A family WhatsApp group and a forward.
whatsapp-forward | व्हाट्सऐप पे आया है कि {} की राजधानी बदल गई अभी कौन सी है | इंडोनेशिया=ID; मिस्र=EG; म्यांमार=MM
whatsapp-forward | फ़ैमिली ग्रुप में बहस हो रही है {} की असली राजधानी कौन सी है | तुर्किये=TR; ऑस्ट्रेलिया=AU; कनाडा=CA
whatsapp-forward | फ़ॉरवर्ड में कुछ और लिखा है सच बताओ {} की राजधानी क्या है | नाइजीरिया=NG; न्यूज़ीलैंड=NZ; ब्राज़ील=BR

# Elders.
elder | हम रेलवे से रिटायर हैं बेटा {} की राजधानी कहाँ है | बर्मा=MM; मलेशिया=MY; सिंगापुर=SG
elder | चश्मा नहीं मिल रहा अखबार में {} लिखा है उसकी राजधानी | यूक्रेन=UA; रूस=RU; इज़राइल=IL
elder | हमारे समय में तो {} की राजधानी कुछ और थी अब कौन सी है | पाकिस्तान=PK; तंज़ानिया=TZ; कज़ाखस्तान=KZ
elder | बिटिया ज़रा ज़ोर से बोलना {} की राजधानी क्या है | अमेरिका=US; जापान=JP; चीन=CN

# Children.
child | मम्मा ने बोला एलेक्सा से पूछो {} की राजधानी | फ़्रांस=FR; स्पेन=ES; इटली=IT
child | मेरे होमवर्क में है {} की राजधानी क्या है | ग्रीस=GR; तुर्की=TR; मिस्र=EG
child | एलेक्सा दीदी {} की राजधानी बताओ ना | ऑस्ट्रेलिया=AU; कनाडा=CA; रूस=RU
child | मैं सात साल की हूँ {} की राजधानी कौन सी है | भूटान=BT; श्रीलंका=LK; मालदीव=MV

# Quizzes, a crossword, a podcast.
quiz-night | क्रॉसवर्ड में छह अक्षर का है {} की राजधानी क्या है | वेनेज़ुएला=VE; ट्यूनीशिया=TN; मॉरिटानिया=MR
quiz-night | पब क्विज़ का राउंड चल रहा है {} की कैपिटल बताओ | बुर्किना फ़ासो=BF; कोत दिवुआर=CI; बेनिन=BJ
quiz-night | पॉडकास्ट रिकॉर्ड कर रहे हैं {} की राजधानी सही सही बताना | भूटान=BT; ब्रूनेई=BN; कज़ाखस्तान=KZ

# Polite and shuddh requests.
polite-request | कृपया मुझे {} की राजधानी से अवगत कराइए | इरिट्रिया=ER; सोमालिया=SO; जिबूती=DJ
polite-request | क्या आप {} की राजधानी का नाम बताने की कृपा करेंगी | साओ टोम और प्रिंसिपे=ST; केप वर्ड=CV; गाम्बिया=GM
polite-request | मैं जानना चाहता हूँ कि {} की राजधानी कौन सी है | मध्य अफ़्रीकी गणराज्य=CF; चाड=TD; कैमरून=CM
polite-request | निवेदन है कि {} की राजधानी बताइए | इक्वेटोरियल गिनी=GQ; गिनी बिसाउ=GW; गिनी=GN
polite-request | आपसे विनम्र अनुरोध है {} की राजधानी का नाम बताएँ | सेंट किट्स और नेविस=KN; सेंट लूसिया=LC; सेंट विंसेंट और ग्रेनाडाइंस=VC

# Plain questions.
plain-question | {} का राजधानी शहर कौन सा है | एंटिगुआ और बारबुडा=AG; डोमिनिका=DM; ग्रेनाडा=GD
plain-question | {} की राजधानी किसे कहते हैं | तुवालू=TV; नाउरु=NR; टोंगा=TO
plain-question | {} में राजधानी कौन सी है | माइक्रोनेशिया=FM; मार्शल द्वीपसमूह=MH; पलाऊ=PW
plain-question | {} की राजधानी का शहर बताओ | लक्ज़मबर्ग=LU; मोनाको=MC; सैन मैरिनो=SM
plain-question | एलेक्सा {} देश की राजधानी | अल्बानिया=AL; बोस्निया और हर्ज़ेगोविना=BA; मोंटेनेग्रो=ME

# Terse.
terse | {} राजधानी बोलो | सूरीनाम=SR; गुयाना=GY; बेलीज़=BZ
terse | राजधानी बताओ {} | इरिट्रिया=ER; बुरुंडी=BI; कोमोरोस=KM
terse | {} कैपिटल प्लीज़ | उरूग्वे=UY; पराग्वे=PY; बोलीविया=BO
terse | बस {} की राजधानी | लेसोथो=LS; एस्वाटिनी=SZ; मलावी=MW

# Hinglish in Devanagari.
hinglish | व्हाट इज़ द कैपिटल ऑफ़ {} एलेक्सा | मॉल्डोवा=MD; उत्तरी मैसेडोनिया=MK; मोंटेनेग्रो=ME
hinglish | {} की कैपिटल सिटी कौन सी है यार | सर्बिया=RS; स्लोवेनिया=SI; क्रोएशिया=HR
hinglish | एक्चुअली मुझे {} का कैपिटल जानना था | पनामा=PA; कोस्टा रिका=CR; अल साल्वाडोर=SV
hinglish | कैन यू टेल मी {} का कैपिटल | चिली=CL; पेरू=PE; इक्वाडोर=EC
hinglish | ओके सो {} की कैपिटल बताओ क्विकली | आर्मेनिया=AM; अज़रबैजान=AZ; जॉर्जिया देश=GE

# A clause after the question.
clause-after | {} की राजधानी बताओ बेटे का टेस्ट है कल | आइसलैंड=IS; फ़िनलैंड=FI; स्वीडन=SE
clause-after | {} की राजधानी क्या है मैंने सौ रुपए की शर्त लगाई है | ऑस्ट्रेलिया=AU; कनाडा=CA; ब्राज़ील=BR
clause-after | {} की राजधानी बोलो फिर सो जाऊँगा | मंगोलिया=MN; वियतनाम=VN; कंबोडिया=KH

# Fillers and hesitations.
filler-hesitation | अम्म {} की राजधानी ना वो क्या है | क़तर=QA; बहरीन=BH; कुवैत=KW
filler-hesitation | वो वो {} की राजधानी जो है ना | ज़ाम्बिया=ZM; रवांडा=RW; युगांडा=UG
filler-hesitation | क्या नाम है उसका हाँ {} की राजधानी | नाइजर=NE; माली=ML; बुर्किना फ़ासो=BF
filler-hesitation | सुनो ना वो {} की राजधानी क्या है | दक्षिण सूडान=SS; सूडान=SD; इरिट्रिया=ER
filler-hesitation | अरे हाँ याद आया {} की राजधानी क्या थी | तिमोर लेस्ते=TL; फ़िजी=FJ; वनुआतू=VU

# What hi-IN recognition writes.
recognition-artefact | अफगानिस्तान कि राजधानी क्या हे | AF
recognition-artefact | फिलिपींस की राजधानि बताओ | PH
recognition-artefact | स्विट्ज़र लैंड की राजधानी क्या है | CH
recognition-artefact | उजबेकिस्तान की राजधानी कौन सी हे | UZ
recognition-artefact | कजाकस्तान की राज धानी | KZ
recognition-artefact | तंजानिया कीराजधानी क्या है | TZ
recognition-artefact | वेनेजुएला कि कैपिटल क्या है | VE
recognition-artefact | जिम्बाबवे की राजधानी बताओ | ZW
recognition-artefact | मोजांबिक की राजधानी क्या हे | MZ
recognition-artefact | किरीबाती की राजधानी कहां है | KI
recognition-artefact | तुवालु की रजधानी क्या है | TV
recognition-artefact | नाउरू की राजधानी कौनसी है | NR
recognition-artefact | मार्शल आईलैंड की राजधानी | MH
recognition-artefact | माइक्रो नेशिया की राजधानी क्या है | FM
recognition-artefact | वानुआतु की राजधानी बताइये | VU
recognition-artefact | सोलोमन आयलैंड्स की राजधानी क्या है | SB
recognition-artefact | बुरूंडी की राजधानी क्या हे | BI
recognition-artefact | रुआंडा की राजधानी कोनसी है | RW
recognition-artefact | सियेरा लियोन की राजधानी क्या है | SL
recognition-artefact | लाईबेरिया की राजधानी | LR
recognition-artefact | गैम्बिया कि राजधानी बताओ | GM
recognition-artefact | गिनी बिसाऊ की राजधानी कौन सी है | GW
recognition-artefact | इक्वेटोरियल गीनी की राजधानी | GQ
recognition-artefact | साओ टोमे प्रिंसिपी की राजधानी क्या है | ST
recognition-artefact | केप वर्डे की राजधानी बताओ | CV
recognition-artefact | मॉरीटानिया की राजधानी क्या हे | MR
recognition-artefact | किरगिस्तान कि राजधानी | KG
recognition-artefact | ताजकिस्तान की राजधानी क्या हे | TJ
recognition-artefact | लिकटेंस्टाइन की राजधानी कोन सी है | LI
recognition-artefact | अजरबैजान की राजधानि क्या है | AZ
recognition-artefact | डोमिनिकन रिपब्लिककी राजधानी | DO
recognition-artefact | पापुआ न्यूगिनी की राजधानी क्या है | PG

# Follow-ups (the place of the follow-up is expected).
follow-up | अच्छा और {} की बल | पेरू=PE; चिली=CL; बोलीविया=BO
follow-up | और {} का क्या अंडी | नाइजीरिया=NG; घाना=GH; टोगो=TG
follow-up | {} का भी बता दो | ऑस्ट्रिया=AT; चेकिया=CZ; स्लोवाकिया=SK
follow-up | अब {} वाली बताओ | पोलैंड=PL; यूक्रेन=UA; रोमानिया=RO
follow-up | और फिर {} का कैपिटल | बहरीन=BH; क़तर=QA; कुवैत=KW
follow-up | चलो अब {} की भी बताओ | मोनाको=MC; एंडोरा=AD; सैन मेरीनो=SM
follow-up | अच्छा अच्छा और {} वाले की गुरु | कोलंबिया=CO; वेनेज़ुएला=VE; इक्वाडोर=EC
follow-up | ठीक है और {} का राजधानी चेट्टा | तुवालू=TV; किरिबाती=KI; टोंगा=TO

# Yes/no checks, right and wrong guesses (the place is expected).
yes-no-check | क्या कनाडा की राजधानी टोरंटो है | CA
yes-no-check | ऑस्ट्रेलिया की राजधानी सिडनी है ना बल | AU
yes-no-check | तुर्किये की राजधानी इस्तांबुल है क्या | TR
yes-no-check | ब्राज़ील की राजधानी रियो है कि नहीं | BR
yes-no-check | न्यूज़ीलैंड की राजधानी वेलिंगटन ही है ना | NZ
yes-no-check | मोरक्को की राजधानी रबात है सही है ना | MA
yes-no-check | वियतनाम की राजधानी हो ची मिन्ह सिटी है क्या | VN
yes-no-check | नाइजीरिया का राजधानी लागोस है ना अंडी | NG
yes-no-check | पाकिस्तान की राजधानी कराची है ना | PK
yes-no-check | स्विट्ज़रलैंड की राजधानी ज़्यूरिख है या जिनेवा | CH
yes-no-check | अमेरिका की राजधानी न्यूयॉर्क है ना गुरु | US
yes-no-check | कैलिफ़ोर्निया की राजधानी लॉस एंजेलिस है क्या | US-CA
yes-no-check | मणिपुर का राजधानी इंफाल है ना | IN-MN
yes-no-check | तंज़ानिया की राजधानी दार एस सलाम है क्या | TZ
yes-no-check | कज़ाखस्तान की राजधानी अल्माटी है ना | KZ
yes-no-check | बोलीविया की राजधानी ला पाज़ है क्या | BO
yes-no-check | श्रीलंका का राजधानी कोलंबो है ना चेट्टा | LK
yes-no-check | मिस्र की राजधानी काहिरा है सही ना | EG
yes-no-check | जापान की राजधानी क्योटो है क्या | JP
yes-no-check | चीन की राजधानी शंघाई है या बीजिंग | CN
yes-no-check | सऊदी की राजधानी रियाद है कि मक्का | SA
yes-no-check | म्यांमार की राजधानी यांगून है ना | MM
yes-no-check | बेलीज़ की राजधानी बेलीज़ सिटी है क्या | BZ
yes-no-check | होंडूरास की राजधानी तेगुसिगाल्पा है ना | HN
yes-no-check | इक्वाडोर की राजधानी ग्वायाकिल है क्या | EC
yes-no-check | उत्तराखंड की राजधानी देहरादून ही है ना बल | IN-UK
yes-no-check | कर्नाटक का राजधानी बेंगलुरु है ना गुरु | IN-KA
yes-no-check | इटली की राजधानी मिलान है क्या | IT
yes-no-check | क्या मोरक्को की राजधानी कासाब्लांका है | MA
yes-no-check | क्या कैमरून की राजधानी डुआला है | CM

# Self-corrections (the last place is expected).
self-correction | फ़्रांस की राजधानी नहीं नहीं स्पेन की | ES
self-correction | नॉर्वे की सॉरी स्वीडन की राजधानी बताओ | SE
self-correction | ऑस्ट्रिया मतलब ऑस्ट्रेलिया की राजधानी | AU
self-correction | स्लोवाकिया की अरे नहीं स्लोवेनिया की राजधानी | SI
self-correction | नाइजर की राजधानी नहीं नाइजीरिया की | NG
self-correction | गिनी की राजधानी नहीं रुको इक्वेटोरियल गिनी की | GQ
self-correction | ईरान नहीं इराक की राजधानी | IQ
self-correction | सूडान की नहीं दक्षिण सूडान की राजधानी | SS
self-correction | आइसलैंड की उफ़ आयरलैंड की राजधानी | IE
self-correction | मलेशिया नहीं इंडोनेशिया की कैपिटल | ID
self-correction | डोमिनिका नहीं डोमिनिकन रिपब्लिक की राजधानी | DO
self-correction | पराग्वे की नहीं उरूग्वे की राजधानी बल | UY
self-correction | लातविया की रुको लिथुआनिया की राजधानी | LT
self-correction | ऑस्ट्रिया की राजधानी अरे वो छोड़ो हंगरी की बताओ | HU
self-correction | गाम्बिया नहीं ज़ाम्बिया का राजधानी अंडी | ZM
self-correction | मॉरीशस की नहीं मॉरिटानिया की राजधानी | MR
self-correction | सर्बिया नहीं सीरिया की राजधानी | SY
self-correction | कोलंबिया नहीं कंबोडिया का राजधानी गुरु | KH
self-correction | टोगो की सॉरी टोंगा की राजधानी | TO
self-correction | समोआ की नहीं अमेरिकी समोआ की राजधानी | AS
self-correction | मोनाको नहीं मोरक्को की राजधानी | MA
self-correction | बहामास की नहीं बारबाडोस की राजधानी | BB
self-correction | अल्बानिया अरे नहीं आर्मेनिया की राजधानी | AM
self-correction | ग्रेनाडा की नहीं सेंट लूसिया की राजधानी | LC
self-correction | टेक्सास की नहीं फ़्लोरिडा की राजधानी बताओ | US-FL
self-correction | केरल का नहीं तमिलनाडु का राजधानी चेट्टा | IN-TN

# Reverse questions (a capital given; CITY: every place with that capital).
reverse-question | {} किस देश की राजधानी है बल | काठमांडू=CITY:काठमांडू; थिंपू=CITY:थिंपू; ढाका=CITY:ढाका
reverse-question | {} कहाँ की राजधानी है | ओटावा=CITY:ओटावा; कैनबरा=CITY:कैनबरा; वेलिंगटन=CITY:वेलिंगटन
reverse-question | {} किस मुल्क का दारुल हुकूमत है | अम्मान=CITY:अम्मान; दमास्कस=CITY:दमास्कस; बेरुत=CITY:बेरुत
reverse-question | {} कौन से कंट्री का कैपिटल है गुरु | अबुजा=CITY:अबुजा; नैरोबी=CITY:नैरोबी; किगाली=CITY:किगाली
reverse-question | {} जिसकी राजधानी है वो देश कौन सा है | बिश्केक=CITY:बिश्केक; ताशकंद=CITY:ताशकंद; अस्ताना=CITY:अस्ताना
reverse-question | {} किस देश का राजधानी है अंडी | लुसाका=CITY:लुसाका; हरारे=CITY:हरारे; लिलोंग्वे=CITY:लिलोंग्वे
reverse-question | {} किस देश की कैपिटल है यार | मिंस्क=CITY:मिंस्क; चिसीनाउ=CITY:चिसीनाउ; तिराना=CITY:तिराना
reverse-question | ये {} किस देश की राजधानी हुई | पारामारिबो=CITY:पारामारिबो; जॉर्जटाउन=CITY:जॉर्जटाउन; काराकस=CITY:काराकस
reverse-question | एलेक्सा {} किसकी राजधानी है | विक्टोरिया=CITY:विक्टोरिया; सेंट जॉन्स=CITY:सेंट जॉन्स; किंग्स्टन=CITY:किंग्स्टन
reverse-question | वो {} है ना वो किस देश की राजधानी है | स्कोप्जे=CITY:स्कोप्जे; पोड्गोरिका=CITY:पोड्गोरिका; साराजेवो=CITY:साराजेवो
reverse-question | अस्मारा किस देश की राजधानी है | CITY:अस्मारा
reverse-question | नुकुआलोफ़ा कहाँ की राजधानी है | CITY:नुकुआलोफ़ा
reverse-question | प्रिश्तिना किसकी राजधानी है | CITY:प्रिश्तिना
reverse-question | रेक्याविक किस कंट्री में है और किसकी कैपिटल है | CITY:रेक्याविक
reverse-question | चंडीगढ़ किस किस की राजधानी है | CITY:चंडीगढ़

# Official names.
official-name | संघीय गणराज्य जर्मनी की राजधानी क्या है | DE
official-name | रूसी संघ की राजधानी बताइए | RU
official-name | इस्लामी गणराज्य ईरान की राजधानी कौन सी है | IR
official-name | कोरिया गणराज्य की राजधानी क्या है | KR
official-name | बांग्लादेश जनवादी गणराज्य की राजधानी बताइए | BD
official-name | मिस्र अरब गणराज्य का पायतख़्त कौन सा है | EG
official-name | संयुक्त मैक्सिकन राज्य की राजधानी | MX
official-name | स्विस परिसंघ की राजधानी कौन सी है | CH
official-name | हेलेनिक रिपब्लिक की कैपिटल क्या है | GR
official-name | सीरियाई अरब गणराज्य की राजधानी | SY
official-name | वियतनाम समाजवादी गणराज्य की राजधानी बताइए | VN
official-name | लाओ जनवादी लोकतांत्रिक गणराज्य की राजधानी क्या है | LA
official-name | चीनी जनवादी गणराज्य की राजधानी कौन सी है | CN
official-name | संयुक्त गणराज्य तंज़ानिया की राजधानी | TZ
official-name | किर्गिज़ गणराज्य की राजधानी क्या है | KG
official-name | इस्लामी गणराज्य मॉरिटानिया की राजधानी बताइए | MR
official-name | श्रीलंका लोकतांत्रिक समाजवादी गणराज्य की राजधानी | LK
official-name | अल्जीरियाई जनवादी लोकतांत्रिक गणराज्य की राजधानी कौन सी है | DZ
official-name | किंगडम ऑफ़ सऊदी अरेबिया का कैपिटल | SA
official-name | यूनाइटेड स्टेट्स ऑफ़ अमेरिका की कैपिटल क्या है | US
official-name | फ़ेडरल रिपब्लिक ऑफ़ नाइजीरिया की राजधानी | NG
official-name | किंगडम ऑफ़ थाईलैंड की कैपिटल क्या है | TH
official-name | रिपब्लिक ऑफ़ द फ़िलिपींस की कैपिटल | PH
official-name | हाशमाइट किंगडम ऑफ़ जॉर्डन की राजधानी | JO
official-name | कॉमनवेल्थ ऑफ़ ऑस्ट्रेलिया की कैपिटल बताओ | AU
official-name | प्लूरिनेशनल स्टेट ऑफ़ बोलीविया की कैपिटल क्या है | BO
official-name | भारत गणराज्य की राजधानी क्या है | IN
official-name | काबो वर्डे की राजधानी बताइए | CV
official-name | रिपब्लिक ऑफ़ कोट डी आइवर की कैपिटल | CI
official-name | यूनाइटेड किंगडम ऑफ़ ग्रेट ब्रिटेन एंड नॉर्दर्न आयरलैंड की कैपिटल | GB

# Everyday names.
everyday-name | हॉलैंड की राजधानी कौन सी है बल | NL
everyday-name | रशिया का कैपिटल क्या है गुरु | RU
everyday-name | टर्की की राजधानी क्या है | TR
everyday-name | आइवरी कोस्ट की राजधानी बताओ | CI
everyday-name | चेक रिपब्लिक की कैपिटल क्या है | CZ
everyday-name | ईस्ट तिमोर की राजधानी | TL
everyday-name | यूएई का राजधानी बोलो चेट्टा | AE
everyday-name | अमरीका की राजधानी कहाँ है बेटा | US
everyday-name | इंग्लैंड की राजधानी कौन सी है | GB-ENG
everyday-name | साउथ कोरिया की कैपिटल | KR
everyday-name | नॉर्थ कोरिया का राजधानी क्या है | KP
everyday-name | मैसेडोनिया की राजधानी बताओ | MK
everyday-name | डीआर कांगो की राजधानी | CD
everyday-name | साउथ अफ़्रीका की कैपिटल क्या है | ZA
everyday-name | इजिप्ट की कैपिटल बताओ | EG
everyday-name | सऊदी अरेबिया का कैपिटल | SA
everyday-name | बोस्निया हर्ज़ेगोविना की राजधानी | BA
everyday-name | स्विस की राजधानी क्या है | CH
everyday-name | एमिरेट्स की राजधानी कौन सी है | AE
everyday-name | हिंदुस्तान की राजधानी क्या है | IN
everyday-name | चाइना का कैपिटल बताओ | CN
everyday-name | कैनेडा की कैपिटल क्या है | CA

# Old names.
old-name | सीलोन की राजधानी क्या थी और अब क्या है | LK
old-name | फ़ारस की राजधानी बताइए | IR
old-name | स्याम देश की राजधानी | TH
old-name | कंपूचिया की राजधानी क्या है | KH
old-name | ज़ायर की राजधानी कौन सी थी | CD
old-name | रोडेशिया की राजधानी | ZW
old-name | दाहोमे की राजधानी क्या है | BJ
old-name | अपर वोल्टा की राजधानी बताओ | BF
old-name | गोल्ड कोस्ट की राजधानी | GH
old-name | बेचुआनालैंड की राजधानी क्या थी | BW
old-name | बासुतोलैंड की राजधानी | LS
old-name | न्यासालैंड की राजधानी कौन सी है | MW
old-name | विलायत की राजधानी कहाँ है बेटा | GB
old-name | स्वाज़ीलैंड की राजधानी क्या है | SZ
old-name | उत्तरांचल की राजधानी बल | IN-UK
old-name | उड़ीसा की राजधानी क्या है | IN-OD

# Shared names (both ids joined in ordinal order unless disambiguated).
shared-name | जॉर्जिया की राजधानी क्या है बल | GE+US-GA
shared-name | जॉर्जिया का कैपिटल कौन सा है मगा | GE+US-GA
shared-name | जॉर्जिया देश की राजधानी बताइए | GE
shared-name | यूरोप वाला जॉर्जिया उसकी राजधानी | GE
shared-name | अमेरिका के जॉर्जिया स्टेट की कैपिटल क्या है | US-GA
shared-name | जॉर्जिया राज्य अमेरिका वाला उसकी राजधानी बताओ | US-GA
shared-name | कांगो की राजधानी क्या है | CD+CG
shared-name | कांगो का राजधानी कौन सा है अंडी | CD+CG
shared-name | किंशासा वाले कांगो की राजधानी नहीं दूसरे वाले कांगो की | CG
shared-name | कांगो गणराज्य की राजधानी बताइए | CG
shared-name | कांगो लोकतांत्रिक गणराज्य की राजधानी | CD
shared-name | कोरिया की राजधानी कौन सी है | KP+KR
shared-name | कोरिया का कैपिटल क्या है भाई | KP+KR
shared-name | उत्तर कोरिया की राजधानी बताओ | KP
shared-name | दक्षिण कोरिया का राजधानी कौन सा आसे | KR
shared-name | वर्जिन आइलैंड्स की राजधानी क्या है | VG+VI
shared-name | वर्जिन द्वीपसमूह की राजधानी बताइए | VG+VI
shared-name | ब्रिटिश वर्जिन आइलैंड्स की कैपिटल | VG
shared-name | अमेरिकी वर्जिन द्वीपसमूह की राजधानी कौन सी है | VI
shared-name | डोमिनिका टापू की राजधानी वो डोमिनिकन रिपब्लिक नहीं | DM

# Plural questions (every several-capital country and Palestine).
plural-capitals | दक्षिण अफ़्रीका की तीनों राजधानियाँ कौन सी हैं | ZA
plural-capitals | साउथ अफ़्रीका में कितनी राजधानियां हैं बल | ZA
plural-capitals | दक्षिण अफ़्रीका का सारा कैपिटल बोलो अंडी | ZA
plural-capitals | बोलीविया की दोनों राजधानियाँ बताइए | BO
plural-capitals | बोलीविया की कैपिटल्स क्या क्या हैं | BO
plural-capitals | बेनिन की राजधानियाँ कौन कौन सी हैं | BJ
plural-capitals | बेनिन में दो राजधानी हैं ना दोनों बताओ | BJ
plural-capitals | नीदरलैंड की राजधानियाँ बताओ | NL
plural-capitals | हॉलैंड में कितनी कैपिटल हैं गुरु | NL
plural-capitals | मलेशिया की दोनों राजधानी कौन सी हैं | MY
plural-capitals | मलेशिया का दो राजधानी है ना बोलो | MY
plural-capitals | श्रीलंका की राजधानियां बताओ | LK
plural-capitals | श्रीलंका में कितनी राजधानियाँ हैं चेट्टा | LK
plural-capitals | कोत दिवुआर की दोनों राजधानियाँ | CI
plural-capitals | आइवरी कोस्ट की कैपिटल्स बताओ | CI
plural-capitals | एस्वाटिनी की राजधानियाँ क्या हैं | SZ
plural-capitals | स्वाज़ीलैंड की दोनों राजधानी बताइए | SZ
plural-capitals | फ़िलिस्तीन की राजधानियाँ कौन सी हैं | PS
plural-capitals | फ़लस्तीन का दोनों दारुल हुकूमत बताइए | PS
plural-capitals | जम्मू कश्मीर की दोनों राजधानियाँ कौन सी हैं | IN-JK
plural-capitals | उत्तराखंड की दो राजधानियां हैं ना बल कौन कौन सी | IN-UK
plural-capitals | मोंटसेरात की राजधानियाँ बताओ | MS

# Subdivisions.
subdivision | एमएस के लिए {} में एडमिट आया उसका राजधानी क्या है अंडी | टेक्सास=US-TX; ओहायो=US-OH; मिशिगन=US-MI
subdivision | अन्नय्या {} में रहता है उधर का राजधानी कौन सा है | न्यू जर्सी=US-NJ; इलिनॉय=US-IL; एरिज़ोना=US-AZ
subdivision | {} का राजधानी कौन सा है भाई | मिज़ोरम=IN-MZ; नागालैंड=IN-NL; मेघालय=IN-ML
subdivision | हमारे {} की राजधानी कौन सी है बच्चों को बताओ | उत्तराखंड=IN-UK; हिमाचल=IN-HP; उत्तर प्रदेश=IN-UP
subdivision | {} का राजधानी बोलो गुरु | कर्नाटक=IN-KA; आंध्र प्रदेश=IN-AP; तेलंगाना=IN-TS
subdivision | {} की राजधानी बताना बल | सिक्किम=IN-SK; अरुणाचल प्रदेश=IN-AR; त्रिपुरा=IN-TR
subdivision | {} स्टेट का कैपिटल क्या है | न्यूयॉर्क=US-NY; कैलिफ़ोर्निया=US-CA; फ़्लोरिडा=US-FL
subdivision | मेरा कज़िन {} में है वहाँ का कैपिटल क्या है | ओंटारियो=CA-ON; ब्रिटिश कोलंबिया=CA-BC; अल्बर्टा=CA-AB
subdivision | पीआर के लिए {} प्रोविंस का सोच रहे हैं उसकी राजधानी | मैनिटोबा=CA-MB; सस्केचेवान=CA-SK; नोवा स्कोशिया=CA-NS
subdivision | ऑस्ट्रेलिया के {} की राजधानी बताओ | विक्टोरिया=AU-VIC; क्वींसलैंड=AU-QLD; पश्चिमी ऑस्ट्रेलिया=AU-WA
subdivision | जर्मनी के {} राज्य की राजधानी कौन सी है | बवेरिया=DE-BY; सैक्सनी=DE-SN; हेस्से=DE-HE
subdivision | ब्राज़ील के {} की राजधानी क्या है | अमेज़ोनास=BR-AM; बाहिया=BR-BA; पराना=BR-PR
subdivision | मेक्सिको के {} स्टेट की कैपिटल | हालिस्को=MX-JAL; युकातान=MX-YUC; ओआहाका=MX-OAX
subdivision | दक्षिण ऑस्ट्रेलिया की राजधानी क्या है | AU-SA
subdivision | तस्मानिया का कैपिटल बताओ | AU-TAS
subdivision | उत्तरी आयरलैंड की राजधानी | GB-NIR
subdivision | केरल का राजधानी क्या है मोने | IN-KL
subdivision | असम का राजधानी कौन सा है बाइदेउ | IN-AS
subdivision | लद्दाख की राजधानी क्या है | IN-LA
subdivision | लक्षद्वीप की राजधानी बताओ | IN-LD
subdivision | पुडुचेरी की राजधानी कौन सी है | IN-PY
subdivision | झारखंड की राजधानी क्या है | IN-JH
subdivision | क्यूबेक की राजधानी बताइए | CA-QC
subdivision | अलास्का की कैपिटल क्या है | US-AK
subdivision | हवाई स्टेट की राजधानी | US-HI
subdivision | वॉशिंगटन स्टेट की कैपिटल कौन सी है | US-WA

# Territories and other places the data has.
territory | ग्रीनलैंड की राजधानी क्या है बल | GL
territory | फ़ेरो आइलैंड्स की राजधानी | FO
territory | पोर्टो रिको की कैपिटल क्या है | PR
territory | गुआम का राजधानी कौन सा है | GU
territory | बरमूडा की राजधानी बताओ | BM
territory | जिब्राल्टर की राजधानी | GI
territory | न्यू कैलेडोनिया की राजधानी क्या है | NC
territory | फ़्रेंच पोलिनेशिया की राजधानी बताइए | PF
territory | अरूबा की कैपिटल क्या है | AW
territory | कुरासाओ की राजधानी | CW
territory | पश्चिमी सहारा की राजधानी कौन सी है | EH
territory | वेटिकन की राजधानी क्या है | VA
territory | ताइवान की राजधानी बताओ | TW
territory | कोसोवो का कैपिटल क्या है | XK
territory | केमैन आइलैंड्स की राजधानी | KY
territory | फ़ॉकलैंड द्वीप की राजधानी | FK
territory | आइल ऑफ़ मैन की राजधानी क्या है | IM
territory | जर्सी द्वीप की राजधानी | JE
territory | रियूनियन की राजधानी बताओ | RE
territory | अंडमान निकोबार की राजधानी क्या है | IN-AN
territory | कुक आइलैंड्स की राजधानी | CK
territory | उत्तरी मारियाना द्वीपसमूह की राजधानी | MP
territory | फ़्रेंच गुयाना की राजधानी क्या है | GF
territory | सेंट हेलेना की राजधानी | SH

# One-shot requests through the invocation name.
one-shot | एलेक्सा दुनिया की राजधानियाँ से पूछो {} की राजधानी क्या है | ओमान=OM; नेपाल=NP; पेरू=PE
one-shot | दुनिया की राजधानियाँ से पूछ के बताओ {} की राजधानी | गुयाना=GY; सूरीनाम=SR; फ़िजी=FJ
one-shot | एलेक्सा दुनिया की राजधानियां में {} का कैपिटल बताओ | स्कॉटलैंड=GB-SCT; वेल्स=GB-WLS; इंग्लैंड=GB-ENG
one-shot | दुनिया की राजधानियाँ खोल के बताओ {} की राजधानी क्या है | मॉरीशस=MU; केन्या=KE; घाना=GH
one-shot | दुनिया की राजधानियाँ से {} की राजधानी पता करो | आइसलैंड=IS; माल्टा=MT; साइप्रस=CY
one-shot | एलेक्सा दुनिया की राजधानियाँ पूछो {} का राजधानी कौन सा है | बेल्जियम=BE; नॉर्वे=NO; पोलैंड=PL
one-shot | दुनिया की राजधानियाँ चलाओ और बताओ बोलीविया की दोनों राजधानियाँ | BO

# Launch.
launch | एलेक्सा दुनिया की राजधानियाँ खोलो | LAUNCH
launch | दुनिया की राजधानियाँ चालू करो बल | LAUNCH
launch | दुनिया की राजधानियां शुरू करो | LAUNCH
launch | ओपन दुनिया की राजधानियाँ | LAUNCH
launch | दुनिया की राजधानियाँ वाला स्किल लगाओ | LAUNCH
launch | दुनिया की राजधानियाँ स्टार्ट करो गुरु | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ पे चलो | LAUNCH
launch | दुनिया की राजधानियाँ खोलिए बराए मेहरबानी | LAUNCH
launch | एलेक्सा दुनियाकी राजधानियाँ खोलो | LAUNCH
launch | दुनिया की राजधानियाँ लॉन्च करो | LAUNCH

# Help.
help | ये कैसे चलता है बल | HELP
help | मदद चाहिए इसमें क्या बोलना है | HELP
help | मुझे समझ नहीं आ रहा क्या पूछूँ | HELP
help | हेल्प करो अंडी | HELP
help | इसमें क्या क्या पूछ सकते हैं | HELP
help | इसको इस्तेमाल कैसे करते हैं | HELP
help | कुछ उदाहरण बताओ कैसे पूछना है | HELP
help | गुरु ये स्किल कैसे यूज़ करना है | HELP
help | नियम बताओ इस खेल के | HELP
help | मुझे गाइड करो ज़रा | HELP
help | सॉरी मुझे नहीं पता कैसे बात करना है | HELP
help | आप क्या क्या बता सकती हैं इसमें | HELP
help | किस तरह से सवाल पूछूँ बताइए | HELP
help | बराए मेहरबानी तरीका समझाइए | HELP
help | ओइ ये चलाना कैसे है | HELP
help | हेल्प मी प्लीज़ मुझे नहीं समझ आया | HELP
help | मैं अटक गया हूँ मदद करो | HELP
help | ये राजधानी वाला कैसे काम करता है | HELP
help | इंस्ट्रक्शन बताओ | HELP
help | मुझे सहायता चाहिए कैसे पूछें | HELP
help | बच्चों को कैसे सिखाऊँ इसमें पूछना | HELP
help | क्या बोलूँ मैं अब बताओ तो | HELP

# Stop.
stop | बस करो अब बल | STOP
stop | बंद कर दो गुरु | STOP
stop | एलेक्सा रुक जाओ | STOP
stop | चुप हो जाओ अब | STOP
stop | स्टॉप इट | STOP
stop | अब बस बहुत हो गया | STOP
stop | एग्ज़िट कर दो | STOP
stop | बाहर निकलो इससे | STOP
stop | खतम करो अंडी | STOP
stop | अब नहीं खेलना मुझे | STOP
stop | बाय बाय एलेक्सा | STOP
stop | चलो बंद करते हैं | STOP
stop | बस कर मगा | STOP
stop | रहने दे बल अब बंद कर | STOP
stop | शुक्रिया अब बंद कीजिए | STOP
stop | ओके बंद करो चेट्टा | STOP
stop | ये स्किल बंद करो | STOP
stop | दुनिया की राजधानियाँ बंद करो | STOP
stop | बहुत हो गया खेल ख़तम | STOP
stop | सोना है अब बंद कर दो | STOP
stop | मुझे अब और नहीं पूछना बंद करो | STOP
stop | क्विट करो | STOP

# Cancel.
cancel | रहने दो बल | CANCEL
cancel | छोड़ो यार | CANCEL
cancel | कोई बात नहीं रहने दीजिए | CANCEL
cancel | भूल जाओ वो सवाल | CANCEL
cancel | जाने दो अंडी | CANCEL
cancel | कैंसल करो गुरु | CANCEL
cancel | नहीं चाहिए अब | CANCEL
cancel | वो सवाल छोड़ दो | CANCEL
cancel | मत बताओ रहने दो | CANCEL
cancel | अब नहीं पूछना वो वाला | CANCEL
cancel | ज़रूरत नहीं है छोड़ो | CANCEL
cancel | ऐसे ही पूछ लिया था छोड़ दो | CANCEL
cancel | अरे नहीं नहीं कैंसल | CANCEL
cancel | रद्द कर दो वो | CANCEL
cancel | रहने दीजिए जनाब | CANCEL
cancel | छोड़ो चेट्टा कोई बात नहीं | CANCEL
cancel | ग़लत पूछ लिया कैंसिल करो | CANCEL
cancel | अभी वाला सवाल हटा दो | CANCEL
cancel | जाने दे भुला | CANCEL
cancel | उसको छोड़ो मैं कुछ और पूछूँगा | CANCEL
cancel | कैंसल कैंसल रहने दो | CANCEL
cancel | नेवर माइंड | CANCEL

# Out of domain: other facts about a named country.
out-of-domain | जापान की करेंसी क्या है | FB
out-of-domain | ब्राज़ील का राष्ट्रीय खेल कौन सा है | FB
out-of-domain | रूस का राष्ट्रपति कौन है | FB
out-of-domain | चीन की आबादी कितनी है | FB
out-of-domain | नेपाल जाने के लिए वीज़ा चाहिए क्या | FB
out-of-domain | फ़्रांस का झंडा कैसा दिखता है | FB
out-of-domain | कनाडा का पीआर कैसे मिलेगा | FB
out-of-domain | ऑस्ट्रेलिया का सबसे बड़ा शहर कौन सा है | FB
out-of-domain | स्विट्ज़रलैंड में कौन सी भाषा बोलते हैं | FB
out-of-domain | दुबई में अभी टाइम क्या हुआ है | FB
out-of-domain | सऊदी का रियाल कितने रुपए का है | FB
out-of-domain | कैनबरा में आज मौसम कैसा है | FB
out-of-domain | दिल्ली से टोक्यो का फ़्लाइट किराया कितना है | FB
out-of-domain | जर्मनी की राजधानी बर्लिन से म्यूनिख कितनी दूर है | FB
out-of-domain | अर्जेंटीना ने कितने वर्ल्ड कप जीते हैं | FB
out-of-domain | केरल से कुवैत कितने घंटे की फ़्लाइट है | FB
out-of-domain | अमेरिका में कितने स्टेट हैं | FB
out-of-domain | भूटान में कौन सा धर्म मानते हैं | FB
out-of-domain | इटली का मशहूर खाना क्या है | FB
out-of-domain | मिस्र के पिरामिड कितने पुराने हैं | FB
out-of-domain | ईरान की भाषा कौन सी है जनाब | FB
out-of-domain | नाइजीरिया में कितने लोग रहते हैं | FB
out-of-domain | श्रीलंका का क्रिकेट कप्तान कौन है | FB
out-of-domain | इंग्लैंड का प्रधानमंत्री कौन है | FB
out-of-domain | बांग्लादेश का राष्ट्रगान किसने लिखा | FB
out-of-domain | पेरिस में घूमने की जगह बताओ | FB
out-of-domain | थाईलैंड में वीज़ा ऑन अराइवल है क्या | FB
out-of-domain | मलेशिया में अभी बारिश हो रही है क्या | FB
out-of-domain | पाकिस्तान की करेंसी रुपया ही है क्या | FB
out-of-domain | रशिया में कितनी ठंड पड़ती है | FB
out-of-domain | नीदरलैंड के ट्यूलिप कब खिलते हैं | FB
out-of-domain | अफ़गानिस्तान की सीमा किन देशों से लगती है | FB
out-of-domain | मेक्सिको का राष्ट्रीय पक्षी कौन सा है | FB
out-of-domain | चीन की दीवार कितनी लंबी है | FB
out-of-domain | न्यूज़ीलैंड का टाइम ज़ोन क्या है | FB
out-of-domain | यूनान के देवता कौन कौन से हैं | FB

# Out of domain: "राजधानी" and "कैपिटल" in other senses.
out-of-domain | राजधानी एक्सप्रेस आज कितनी लेट है | FB
out-of-domain | हावड़ा राजधानी का पीएनआर स्टेटस बताओ | FB
out-of-domain | कैपिटल गेन टैक्स कितना लगता है | FB
out-of-domain | स्टार्टअप के लिए कैपिटल कैसे जुटाएँ | FB
out-of-domain | शेयर कैपिटल का मतलब क्या होता है | FB
out-of-domain | कैपिटल पनिशमेंट किसे कहते हैं | FB
out-of-domain | वेंचर कैपिटल फ़र्म कौन सी अच्छी है | FB
out-of-domain | नाम कैपिटल लेटर में कैसे लिखते हैं | FB
out-of-domain | राजधानी थाली वाला रेस्टोरेंट कहाँ है | FB
out-of-domain | भारत की आर्थिक राजधानी कौन सी है | FB
out-of-domain | दुनिया की फ़िल्मी राजधानी किसे कहते हैं | FB
out-of-domain | हीरों की राजधानी किस शहर को कहते हैं | FB
out-of-domain | पीतल नगरी किसे बोलते हैं | FB
out-of-domain | वर्किंग कैपिटल लोन के लिए ब्याज कितना है | FB
out-of-domain | कैपिटल बिल्डिंग अमेरिका में कहाँ है | FB
out-of-domain | राजधानी नमकीन का नया पैकेट कितने का है | FB
out-of-domain | कैपिटल वन बैंक क्या है | FB
out-of-domain | राजधानी शब्द का अंग्रेज़ी में मतलब क्या है | FB
out-of-domain | कैपिटल शब्द की स्पेलिंग बताओ | FB

# Out of domain: places the data lacks.
out-of-domain | यूरोप की राजधानी क्या है | FB
out-of-domain | अफ़्रीका की राजधानी कौन सी है | FB
out-of-domain | मंगल ग्रह की राजधानी क्या होगी | FB
out-of-domain | वकांडा की राजधानी क्या है | FB
out-of-domain | सोवियत संघ की राजधानी क्या थी | FB
out-of-domain | यूगोस्लाविया की राजधानी कौन सी थी | FB
out-of-domain | चेकोस्लोवाकिया की राजधानी | FB
out-of-domain | मौर्य साम्राज्य की राजधानी क्या थी | FB
out-of-domain | विजयनगर साम्राज्य की राजधानी कहाँ थी | FB
out-of-domain | मुग़लों की राजधानी आगरा थी या दिल्ली | FB
out-of-domain | कैटलोनिया की राजधानी क्या है | FB
out-of-domain | कुर्दिस्तान की राजधानी कौन सी है | FB
out-of-domain | सोमालीलैंड की राजधानी बताओ | FB
out-of-domain | बलूचिस्तान की राजधानी क्या है | FB
out-of-domain | कश्मीर घाटी का सबसे बड़ा शहर कौन सा है | FB
out-of-domain | गढ़वाल राज्य की पुरानी राजधानी कौन सी थी बल | FB
out-of-domain | अहोम राजाओं की राजधानी कहाँ थी | FB
out-of-domain | अवध की राजधानी फ़ैज़ाबाद थी या लखनऊ | FB
out-of-domain | हस्तिनापुर किसकी राजधानी थी | FB
out-of-domain | हैदराबाद रियासत की राजधानी कौन सी थी | FB

# Out of domain: everyday requests.
out-of-domain | एलेक्सा कोई गढ़वाली गाना बजाओ | FB
out-of-domain | दस मिनट का टाइमर लगाओ | FB
out-of-domain | कल सुबह छह बजे का अलार्म लगा दो | FB
out-of-domain | आज बेंगलुरु में बारिश होगी क्या | FB
out-of-domain | कोई चुटकुला सुनाओ अंडी | FB
out-of-domain | क्रिकेट का स्कोर क्या हुआ | FB
out-of-domain | बेडरूम की लाइट बंद करो | FB
out-of-domain | बिहू के गाने लगाओ | FB
out-of-domain | आज का पंचांग बताओ | FB
out-of-domain | मेरा पार्सल कब तक आएगा | FB
out-of-domain | दूध लेना है शॉपिंग लिस्ट में डालो | FB
out-of-domain | पेट्रोल का भाव क्या है आज | FB
out-of-domain | ग़ालिब की कोई शायरी सुनाइए | FB
out-of-domain | मलयालम न्यूज़ लगाओ | FB
out-of-domain | मुझे नींद नहीं आ रही कोई कहानी सुनाओ | FB
# Second batch, only where a count was short after the first build: stop, out-of-domain, India, the Virgin Islands
# asked jointly, plural lines for Benin, the Netherlands and Palestine; Bulgaria after trimming the first batch.
stop | बस बल अब बंद कर दे | STOP
stop | ओके एलेक्सा बंद हो जाओ | STOP
stop | बंद करो बाबू बहुत हुआ | STOP
stop | का बे बंद कर अब | STOP
stop | अब चुप रहिए जनाब शुक्रिया | STOP
stop | ये राजधानी वाला बंद कर दो अब | STOP
stop | मम्मी आ गई बंद करो जल्दी | STOP
stop | खेल ख़तम बाय | STOP
shared-name | वर्जिन आइलैंड का कैपिटल क्या है गुरु | VG+VI
shared-name | वर्जिन द्वीप समूह की राजधानी कौन सी है बल | VG+VI
shared-name | कांगो देश की राजधानी बताओ बाबू | CD+CG
everyday-name | इंडिया का कैपिटल बोलो दादी पूछ रहा है | IN
elder | हमारे भारत देश की राजधानी कौन सी है बच्चों को बताओ | IN
yes-no-check | बुल्गारिया की राजधानी सोफ़िया है ना गुरु | BG
plural-capitals | बेनिन का दोनों कैपिटल बोलो चेट्टा | BJ
plural-capitals | नीदरलैंड्स की दोनों राजधानियाँ कौन सी हैं बल | NL
plural-capitals | पैलेस्टाइन की राजधानियां बताइए | PS
out-of-domain | आइसलैंड में ज्वालामुखी कितने हैं | FB
out-of-domain | कज़ाखस्तान में कौन सी भाषा चलती है बल | FB
out-of-domain | मालदीव का टूर पैकेज कितने का है | FB
out-of-domain | कुवैत का दीनार कितने रुपए का है चेट्टा | FB
out-of-domain | मोरक्को का सबसे बड़ा शहर कौन सा है | FB
out-of-domain | न्यूज़ीलैंड की क्रिकेट टीम का कोच कौन है | FB
out-of-domain | टेक्सास में सबसे बड़ा शहर कौन सा है अंडी | FB
out-of-domain | सिंगापुर में कितना खर्चा आएगा एक हफ़्ते का | FB
out-of-domain | भूटान घूमने का सही मौसम कौन सा है | FB
out-of-domain | वियतनाम की करेंसी का नाम क्या है | FB
out-of-domain | जॉर्जिया में बर्फ़ कब पड़ती है | FB
out-of-domain | स्वीडन का झंडा किस रंग का है | FB
out-of-domain | जापान में कितने द्वीप हैं | FB
out-of-domain | इज़राइल की आबादी कितनी है | FB
out-of-domain | ताजमहल किस शहर में है | FB
out-of-domain | एवरेस्ट की ऊँचाई कितनी है | FB
out-of-domain | दिल्ली से गुवाहाटी की ट्रेन कौन सी है | FB
out-of-domain | राजधानी कॉलेज दिल्ली में कहाँ है | FB
out-of-domain | कैपिटल मार्केट में पैसा लगाना सही है क्या | FB
out-of-domain | कैपिटल एक्सपेंडिचर और रेवेन्यू एक्सपेंडिचर में फ़र्क बताओ | FB
out-of-domain | देश की राजधानी में आज प्रदूषण कितना है | FB
out-of-domain | बिहार की राजधानी में आज का मौसम कैसा है | FB
out-of-domain | अटलांटिस की राजधानी क्या थी | FB
out-of-domain | तिब्बत की राजधानी में ऑक्सीजन कम है क्या | FB
out-of-domain | पाताल लोक की राजधानी कौन सी है | FB
out-of-domain | मगध की राजधानी पाटलिपुत्र थी ना | FB
out-of-domain | बेंगलुरु को सिलिकॉन वैली क्यों कहते हैं गुरु | FB
out-of-domain | मेरे लिए एक कैब बुक करो | FB
out-of-domain | अम्मी को फ़ोन लगाओ | FB
out-of-domain | आज कौन सा दिन है | FB
out-of-domain | हिंदी में राजधानी पर निबंध लिख दो | FB
out-of-domain | ओणम कब है इस साल | FB
"""

if __name__ == "__main__":
    build_round(23, "hi", LINES, sys.argv, "tests/Eval/hi/round23/source/build_corpus.py")
