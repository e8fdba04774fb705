"""Round 40, Hindi (hi-IN): a new author's mix of speakers and situations, written blind (brief WRITER48.md), chosen
away from the speakers of Hindi round 39 (Garhwali, Kumaoni, Bundeli, Chhattisgarhi, Awadhi, Dogri, Bengali-, Kannada-,
Gujarati- and Assamese-Hindi; UPSC, dhaba, railway, call centre, grandmother, cricket, kirana, jawans, Hinglish) and
round 38 (Magahi, Maithili, Malvi, Mewati, Odia, Malayali, Sindhi; auto drivers, parlour, quiz night, nurses, sailors,
farmer, highway drivers, children, elders). Regions and first languages: Bhojpuri from Ballia and Ara ("के राजधानी का
ह", "बताईं", "बानी", "बबुआ"), Marwari from Jodhpur, Bikaner and Barmer ("री राजधानी कांई है", "सा", "म्हारो"),
Haryanvi from Rohtak ("के सै", "कौण सी सै", "ताऊ", "म्हारे छोरे नै"), Bambaiya Hindi from Mumbai ("अपुन", "भिडू",
"बाप", "बोलने का"), Dakhini from Hyderabad ("पूछरईं", "इच", "हौ", "नक्को", "कैको"), Tamil speakers' Hindi from Chennai
("का राजधानी", "सोल्लुंगो", "पूछ रहा है" for a mother), Nepali speakers' Hindi from Darjeeling and Sikkim ("को
राजधानी के हो", "भन्नुस", "हजुर"), Himachali Pahari from Mandi and Kangra ("री राजधानी कजो आ", "दस्सा", "केह्ड़ी"),
Marathi speakers' Hindi from Pune ("ची राजधानी", "सांग ना", "काय आहे"), NRI learners of Hindi in New Jersey (gender
and number slips). Situations: a visa and travel agency, food-delivery riders, a TV newsroom, a wedding in the family,
a share-market trader, online gamers. Around them: follow-ups, plural capitals, subdivisions and territories, yes/no
checks, self-corrections, reverse questions, official, everyday and shared names, help, stop, cancel, launch through
guessed invocation names ("दुनिया की राजधानियाँ", "विश्व की राजधानियाँ", "वर्ल्ड कैपिटल्स"), and out-of-domain
requests and near misses (home devices, festivals, prices, "capital" as money, letters, punishment and Capitol Hill,
the Rajdhani Express and other "राजधानी" names, "X की राजधानी" titles, old kingdoms and empires, epics, fictional
places, continents, regions not in the data, district towns).
`python3 tests/Eval/hi/round40/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 40's number); every line is hi-IN. Every line was written by hand as one whole sentence, except
65 frames that each ask three countries (one use each, three fills), each in one speaker group's voice.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
bhojpuri | {} के राजधानी का ह बताईं | एंडोरा=AD; यूएई=AE; अफगानिस्तान=AF
bhojpuri | बलिया से पूछत बानी {} के राजधानी कवन ह | एंटीगुआ बारबुडा=AG; अल्बानिया=AL; आर्मीनिया=AM
bhojpuri | हमार बबुआ पूछत बा {} के राजधानी के नाम का ह | अंगोला=AO; अर्जेंटीना=AR; आस्ट्रिया=AT
bhojpuri | ए अलेक्सा तनी बताव {} के राजधानी | आस्ट्रेलिया=AU; अजरबैजान=AZ; बोस्निया=BA
marwari | {} री राजधानी कांई है | बारबाडोस=BB; बांग्लादेश=BD; बेल्जियम=BE
marwari | जोधपुर सूं पूछूं हूं {} री राजधानी कुण सी है | बुर्किना फासो=BF; बुल्गारिया=BG; बहरीन=BH
marwari | म्हारो छोरो पूछे है {} री राजधानी कांई हुवे | बुरुंडी=BI; ब्रुनेई=BN; ब्राज़ील=BR
marwari | थे बताओ सा {} री राजधानी रो नाम | बहामास=BS; भूटान=BT; बोत्सवाना=BW
haryanvi | {} की राजधानी के सै | बेलारूस=BY; बेलीज़=BZ; कनाडा=CA
haryanvi | रोहतक तै पूछूं सूं {} की राजधानी कौण सी सै | कांगो किंशासा=CD; सेंट्रल अफ्रीकन रिपब्लिक=CF; कांगो ब्राज़ाविल=CG
haryanvi | ताऊ बता दे {} की राजधानी के सै भाई | स्विट्जरलैंड=CH; आइवरी कोस्ट=CI; चिली=CL
haryanvi | म्हारे छोरे नै पूछ्या सै {} की राजधानी | कैमरून=CM; चीन=CN; कोलंबिया देश=CO
bambaiya | अपुन को बोल {} का कैपिटल क्या है | कोस्टा रिका=CR; क्यूबा=CU; केप वर्डे=CV
bambaiya | भिडू {} की राजधानी कौन सी है रे | साइप्रस=CY; चेक रिपब्लिक=CZ; जर्मनी=DE
bambaiya | क्या बोलती तू {} की राजधानी किधर है | जिबूती=DJ; डेनमार्क=DK; डोमिनिका=DM
bambaiya | ए अलेक्सा {} की राजधानी बता ना बाप | डोमिनिकन रिपब्लिक=DO; अल्जीरिया=DZ; इक्वाडोर=EC
dakhini | {} की राजधानी क्या है बोलो ना मियाँ | एस्टोनिया=EE; मिस्र=EG; इरिट्रिया=ER
dakhini | हैदराबाद से पूछरईं {} की राजधानी कौन सी | स्पेन=ES; इथियोपिया=ET; फिनलैंड=FI
dakhini | अम्मी पूछरईं {} का राजधानी क्या है | फिजी=FJ; माइक्रोनेशिया=FM; फ्रांस=FR
dakhini | ज़रा बताओ तो {} की कैपिटल कौन सा शहर है | गैबॉन=GA; ब्रिटेन=GB; ग्रेनाडा=GD
tamil | {} का राजधानी क्या है सोल्लुंगो | जॉर्जिया देश=GE; घाना=GH; गाम्बिया=GM
tamil | चेन्नई से पूछता है {} का कैपिटल कौन सा | गिनी=GN; इक्वेटोरियल गिनी=GQ; ग्रीस=GR
tamil | अम्मा पूछ रहा है {} का राजधानी बताओ | ग्वाटेमाला=GT; गिनी बिसाऊ=GW; गयाना=GY
tamil | {} देश का राजधानी नाम क्या है अलेक्सा | होंडुरास=HN; क्रोएशिया=HR; हैती=HT
nepali | {} को राजधानी के हो भन्नुस | हंगरी=HU; इंडोनेशिया=ID; आयरलैंड=IE
nepali | दार्जिलिंग से पूछ रहा हूँ हजुर {} की राजधानी | इज़राइल=IL; इंडिया=IN; इराक=IQ
nepali | बहिनी पूछ रही है {} को राजधानी कुन हो | ईरान=IR; आइसलैंड=IS; इटली=IT
nepali | अलेक्सा {} को राजधानी बताइदिनु न | जमैका=JM; जॉर्डन=JO; जापान=JP
pahari | {} री राजधानी कजो आ | केन्या=KE; किर्गिस्तान=KG; कंबोडिया=KH
pahari | मंडी ते पुछा दा {} दी राजधानी केह्ड़ी है | किरिबाती=KI; कोमोरोस=KM; सेंट किट्स एंड नेविस=KN
pahari | अम्मा पुछदी {} री राजधानी क्या ए | नॉर्थ कोरिया=KP; साउथ कोरिया=KR; कुवैत=KW
pahari | कांगड़ा ते बोल्या दस्सा {} दी राजधानी | कजाकिस्तान=KZ; लाओस=LA; लेबनान=LB
marathi | {} की राजधानी कौन सी है रे सांग ना | सेंट लूसिया=LC; लिकटेंस्टीन=LI; लाइबेरिया=LR
marathi | पुणे से पूछ रहा हूँ {} की राजधानी काय आहे | लेसोथो=LS; लिथुआनिया=LT; लक्ज़मबर्ग=LU
marathi | आई पूछ रही है {} ची राजधानी कौन सी | लातविया=LV; लीबिया=LY; मोरक्को=MA
marathi | {} का कैपिटल क्या है बघ ना | मोनाको=MC; मोल्दोवा=MD; मॉन्टेनेग्रो=ME
nri | {} का राजधानी क्या होता है | मेडागास्कर=MG; मार्शल आइलैंड्स=MH; नॉर्थ मैसेडोनिया=MK
nri | मेरा दादी बोला पूछो {} की कैपिटल | माली=ML; म्यांमार=MM; मंगोलिया=MN
nri | प्लीज़ {} की राजधानी क्या है मैं हिंदी सीख रही है | मॉरिटानिया=MR; माल्टा=MT; मॉरिशस=MU
nri | {} की राजधानी क्या हैं | मालदीव=MV; मलावी=MW; मेक्सिको=MX
visa | वीज़ा फ़ाइल भर रहा हूँ {} की राजधानी क्या लिखूँ | मोज़ाम्बिक=MZ; नामीबिया=NA; नाइजर=NE
visa | टूर पैकेज बना रहे हैं {} की राजधानी कौन सी है | नाइजीरिया=NG; निकारागुआ=NI; नॉर्वे=NO
visa | एंबेसी का पता ढूँढना है पहले {} की राजधानी बताओ | नेपाल=NP; नाउरू=NR; न्यूज़ीलैंड=NZ
visa | क्लाइंट {} जा रहा है वहाँ की राजधानी का नाम बताओ | ओमान=OM; पनामा=PA; पेरू=PE
delivery | डिलीवरी के बीच में पूछ रहा हूँ {} की राजधानी | पापुआ न्यू गिनी=PG; फिलीपींस=PH; पाकिस्तान=PK
delivery | बाइक पे हूँ जल्दी बता {} की राजधानी | पोलैंड=PL; पुर्तगाल=PT; पलाऊ=PW
delivery | ऑर्डर पिक करते करते सोचा {} की राजधानी पूछ लूँ | पैराग्वे=PY; कतर=QA; रोमानिया=RO
delivery | रेटिंग बाद में देना पहले {} की राजधानी बता | सर्बिया=RS; रूस=RU; रवांडा=RW
newsroom | ब्रेकिंग न्यूज़ के लिए चाहिए {} की राजधानी | सऊदी अरब=SA; सोलोमन आइलैंड्स=SB; सेशल्स=SC
newsroom | टिकर में लिखना है {} की राजधानी का नाम | सूडान=SD; स्वीडन=SE; सिंगापुर=SG
newsroom | एंकर पूछ रही है {} की राजधानी फटाफट | स्लोवेनिया=SI; स्लोवाकिया=SK; सिएरा लियोन=SL
newsroom | ग्राफ़िक्स में {} की राजधानी डालनी है सही क्या है | सैन मैरिनो=SM; सेनेगल=SN; सोमालिया=SO
shaadi | हनीमून के लिए सोच रहे हैं {} की राजधानी कौन सी है | सूरीनाम=SR; साउथ सूडान=SS; साओ टोमे एंड प्रिंसिपे=ST
shaadi | मौसी जी {} से आ रही हैं वहाँ की राजधानी क्या है | अल साल्वाडोर=SV; सीरिया=SY; इस्वातिनी=SZ
shaadi | डेस्टिनेशन वेडिंग {} में करनी है उसकी राजधानी बताओ | चाड=TD; टोगो=TG; थाईलैंड=TH
shaadi | मेहंदी लगवाते लगवाते पूछ रही हूँ {} की राजधानी | ताजिकिस्तान=TJ; ईस्ट तिमोर=TL; तुर्कमेनिस्तान=TM
trader | {} का मार्केट खुला है उसकी राजधानी क्या है | ट्यूनीशिया=TN; टोंगा=TO; तुर्की=TR
trader | एक्सपोर्ट ऑर्डर {} से आया है राजधानी कौन सी है | त्रिनिदाद एंड टोबैगो=TT; तुवालु=TV; तंजानिया=TZ
trader | {} की करेंसी नहीं राजधानी पूछ रहा हूँ | यूक्रेन=UA; युगांडा=UG; अमेरिका=US
trader | चार्ट बाद में देखूँगा पहले {} की राजधानी बता | उरुग्वे=UY; उज़्बेकिस्तान=UZ; सेंट विंसेंट एंड ग्रेनेडाइंस=VC
gamer | गेम में मैप खुला है {} की राजधानी क्या है | वेनेजुएला=VE; वियतनाम=VN; वानुअतु=VU
gamer | ब्रो {} की कैपिटल बता जल्दी | समोआ=WS; यमन=YE; साउथ अफ्रीका=ZA
gamer | जियोगेसर खेल रहे हैं {} की राजधानी कौन सी | ज़ाम्बिया=ZM; ज़िम्बाब्वे=ZW; कोसोवो=XK
gamer | लॉबी में वेट कर रहे हैं {} का कैपिटल क्या है | मलेशिया=MY; नीदरलैंड्स=NL; ताइवान=TW
dakhini | नक्को घबराओ बस {} की राजधानी बता दो | वेटिकन=VA; बेनिन=BJ; बोलीविया=BO
plural-capitals | दक्षिण अफ्रीका की तीनों राजधानियों के नाम बताइए | ZA
plural-capitals | साउथ अफ्रीका में कितनी राजधानी हैं और कौन कौन सी | ZA
plural-capitals | दक्खिन अफ्रीका के सब राजधानी बताव | ZA
plural-capitals | श्रीलंका की दोनों राजधानियाँ कौन सी हैं | LK
plural-capitals | सीलोन जो अब श्रीलंका है उसकी राजधानियाँ बताओ | LK
plural-capitals | श्रीलंका में कोलंबो के अलावा दूसरी राजधानी कौन सी है दोनों बताओ | LK
plural-capitals | नीदरलैंड्स की दोनों राजधानियाँ बताओ | NL
plural-capitals | हॉलैंड की राजधानियाँ एम्स्टर्डम और हेग दोनों हैं क्या | NL
plural-capitals | डच लोगों के देश की राजधानियाँ कौन कौन सी | NL
plural-capitals | मलेशिया की दो राजधानियाँ बताओ | MY
plural-capitals | मलेशिया में कुआलालंपुर और पुत्रजया दोनों राजधानी हैं ना बताओ दोनों | MY
plural-capitals | बोलीविया की दोनों राजधानियाँ क्या हैं | BO
plural-capitals | बोलिविया में ला पाज़ और सुक्रे दोनों राजधानी बताओ | BO
plural-capitals | बेनिन की दोनों राजधानियों के नाम क्या हैं | BJ
plural-capitals | बेनिन देश की राजधानियाँ कौन कौन सी हैं | BJ
plural-capitals | आइवरी कोस्ट की दोनों राजधानियाँ बताओ | CI
plural-capitals | कोट डी आइवर की राजधानियाँ यामूसूक्रो और आबिदजान हैं ना | CI
plural-capitals | इस्वातिनी की दोनों राजधानियाँ कौन सी हैं | SZ
plural-capitals | स्वाज़ीलैंड की राजधानियाँ बताइए | SZ
plural-capitals | फिलिस्तीन की राजधानियाँ कौन कौन सी हैं | PS
plural-capitals | पैलेस्टाइन की दोनों राजधानियाँ बताओ | PS
plural-capitals | जम्मू कश्मीर की दोनों राजधानियाँ बताओ | IN-JK
plural-capitals | उत्तराखंड की दोनों राजधानियाँ देहरादून और गैरसैंण हैं ना | IN-UK
plural-capitals | मोंटसेराट की दोनों राजधानियाँ बताओ | MS
plural-capitals | भारत और नेपाल दोनों की राजधानियाँ बताओ | IN+NP
plural-capitals | फ्रांस और जर्मनी की राजधानियाँ क्या हैं | DE+FR
plural-capitals | जापान और चीन की राजधानियाँ बताओ | CN+JP
plural-capitals | श्रीलंका और मालदीव की राजधानियाँ क्या हैं | LK+MV
subdivision | बिहार की राजधानी कौन सी है | IN-BR
subdivision | बिहार के राजधानी पटना ह नू | IN-BR
subdivision | उत्तर प्रदेश की राजधानी बताओ | IN-UP
subdivision | यूपी के राजधानी लखनऊ बा कि ना | IN-UP
subdivision | राजस्थान री राजधानी जयपुर है कांई | IN-RJ
subdivision | हरियाणा की राजधानी के सै | IN-HR
subdivision | महाराष्ट्र की राजधानी कौन सी है | IN-MH
subdivision | तेलंगाना की राजधानी बताओ | IN-TS
subdivision | आंध्र प्रदेश की राजधानी अभी क्या है | IN-AP
subdivision | आंध्रा का कैपिटल कौन सा है | IN-AP
subdivision | तमिलनाडु की राजधानी बताइए | IN-TN
subdivision | तमिल नाडु का राजधानी क्या | IN-TN
subdivision | सिक्किम की राजधानी क्या है | IN-SK
subdivision | पश्चिम बंगाल की राजधानी का नाम | IN-WB
subdivision | हिमाचल की राजधानी कौन सी है | IN-HP
subdivision | गोवा की राजधानी पणजी है ना | IN-GA
subdivision | केरला की राजधानी बताओ | IN-KL
subdivision | कर्नाटक की राजधानी क्या है | IN-KA
subdivision | ओडिशा की राजधानी बताओ | IN-OD
subdivision | उड़ीसा की राजधानी कौन सी है | IN-OD
subdivision | असम की राजधानी क्या है | IN-AS
subdivision | मेघालय की राजधानी बताओ | IN-ML
subdivision | मणिपुर की राजधानी कौन सी | IN-MN
subdivision | मिज़ोरम की राजधानी का नाम क्या है | IN-MZ
subdivision | नागालैंड की राजधानी बताओ | IN-NL
subdivision | त्रिपुरा की राजधानी क्या है | IN-TR
subdivision | अरुणाचल प्रदेश की राजधानी बताओ | IN-AR
subdivision | झारखंड की राजधानी रांची है ना | IN-JH
subdivision | छत्तीसगढ़ की राजधानी कौन सी है | IN-CG
subdivision | मध्य प्रदेश की राजधानी बताओ | IN-MP
subdivision | एमपी की राजधानी भोपाल है कि इंदौर | IN-MP
subdivision | गुजरात की राजधानी क्या है अहमदाबाद या गांधीनगर | IN-GJ
subdivision | पंजाब की राजधानी बताओ | IN-PB
subdivision | लद्दाख की राजधानी क्या है | IN-LA
subdivision | पुडुचेरी की राजधानी बताओ | IN-PY
subdivision | लक्षद्वीप की राजधानी कौन सी है | IN-LD
subdivision | अंडमान निकोबार की राजधानी क्या है | IN-AN
subdivision | दादरा नगर हवेली और दमन दीव की राजधानी बताओ | IN-DH
subdivision | दिल्ली की राजधानी क्या है | IN-DL
subdivision | चंडीगढ़ यूटी की राजधानी क्या है | IN-CH
subdivision | कैलिफ़ोर्निया की राजधानी क्या है | US-CA
subdivision | टेक्सस की राजधानी बताओ | US-TX
subdivision | न्यू जर्सी की राजधानी कौन सी है | US-NJ
subdivision | फ्लोरिडा स्टेट की कैपिटल क्या है | US-FL
subdivision | इलिनॉय की राजधानी शिकागो है क्या | US-IL
subdivision | वाशिंगटन स्टेट की राजधानी बताओ | US-WA
subdivision | मिशिगन की राजधानी क्या है | US-MI
subdivision | ओहायो की कैपिटल बताओ | US-OH
subdivision | पेंसिल्वेनिया की राजधानी कौन सी है | US-PA
subdivision | नॉर्थ कैरोलिना की राजधानी बताओ | US-NC
subdivision | वर्जीनिया की राजधानी क्या है | US-VA
subdivision | मैसाचुसेट्स की राजधानी बोस्टन है ना | US-MA
subdivision | अरिज़ोना की राजधानी बताओ | US-AZ
subdivision | नेवाडा की राजधानी लास वेगास है क्या | US-NV
subdivision | हवाई की राजधानी क्या है | US-HI
subdivision | अलास्का की राजधानी बताओ | US-AK
subdivision | कोलोराडो की राजधानी क्या है | US-CO
subdivision | मिनेसोटा की राजधानी बताओ | US-MN
subdivision | टेनेसी की राजधानी क्या है | US-TN
subdivision | केंटकी की राजधानी बताओ | US-KY
subdivision | लुइसियाना की राजधानी क्या है | US-LA
subdivision | ओरेगॉन की राजधानी बताओ | US-OR
subdivision | यूटा की राजधानी क्या है | US-UT
subdivision | ओंटारियो की राजधानी टोरंटो है ना | CA-ON
subdivision | ब्रिटिश कोलंबिया की राजधानी क्या है | CA-BC
subdivision | अल्बर्टा की राजधानी बताओ | CA-AB
subdivision | क्यूबेक की राजधानी कौन सी है | CA-QC
subdivision | मैनिटोबा की राजधानी बताओ | CA-MB
subdivision | सस्काचेवान की राजधानी क्या है | CA-SK
subdivision | नोवा स्कोटिया की राजधानी बताओ | CA-NS
subdivision | न्यू ब्रंसविक की राजधानी क्या है | CA-NB
subdivision | न्यूफ़ाउंडलैंड की राजधानी बताओ | CA-NL
subdivision | प्रिंस एडवर्ड आइलैंड की राजधानी क्या है | CA-PE
subdivision | युकोन की राजधानी बताओ | CA-YT
subdivision | नुनावुत की राजधानी क्या है | CA-NU
subdivision | नॉर्थवेस्ट टेरिटरीज़ की राजधानी बताओ | CA-NT
subdivision | न्यू साउथ वेल्स की राजधानी सिडनी है क्या | AU-NSW
subdivision | विक्टोरिया स्टेट की राजधानी बताओ | AU-VIC
subdivision | क्वींसलैंड की राजधानी क्या है | AU-QLD
subdivision | वेस्टर्न ऑस्ट्रेलिया की राजधानी बताओ | AU-WA
subdivision | साउथ ऑस्ट्रेलिया की राजधानी क्या है | AU-SA
subdivision | तस्मानिया की राजधानी बताओ | AU-TAS
subdivision | नॉर्दर्न टेरिटरी की राजधानी क्या है | AU-NT
subdivision | ऑस्ट्रेलियन कैपिटल टेरिटरी की राजधानी बताओ | AU-ACT
subdivision | बवेरिया की राजधानी क्या है | DE-BY
subdivision | हेस्से की राजधानी बताओ | DE-HE
subdivision | सैक्सनी की राजधानी क्या है | DE-SN
subdivision | लोअर सैक्सनी की राजधानी बताओ | DE-NI
subdivision | बाडेन वुर्टेमबर्ग की राजधानी क्या है | DE-BW
subdivision | नॉर्थ राइन वेस्टफेलिया की राजधानी बताओ | DE-NW
subdivision | साओ पाउलो राज्य की राजधानी क्या है | BR-SP
subdivision | बाहिया की राजधानी बताओ | BR-BA
subdivision | अमेज़ोनास की राजधानी क्या है | BR-AM
subdivision | रियो ग्रांडे दो सुल की राजधानी बताओ | BR-RS
subdivision | मिनास जेराइस की राजधानी क्या है | BR-MG
subdivision | पेर्नाम्बुको की राजधानी बताओ | BR-PE
subdivision | जलिस्को की राजधानी क्या है | MX-JAL
subdivision | युकाटन की राजधानी बताओ | MX-YUC
subdivision | ओआहाका की राजधानी क्या है | MX-OAX
subdivision | नुएवो लियोन की राजधानी बताओ | MX-NLE
subdivision | बाहा कैलिफ़ोर्निया की राजधानी क्या है | MX-BCN
subdivision | स्कॉटलैंड की राजधानी बताओ | GB-SCT
subdivision | वेल्स की राजधानी क्या है | GB-WLS
subdivision | इंग्लैंड की राजधानी लंदन है ना | GB-ENG
subdivision | नॉर्दर्न आयरलैंड की राजधानी बताओ | GB-NIR
territory | ग्रीनलैंड की राजधानी क्या है | GL
territory | हांगकांग की राजधानी बताओ | HK
territory | मकाऊ की राजधानी क्या है | MO
territory | प्यूर्टो रिको की राजधानी बताओ | PR
territory | गुआम की राजधानी क्या है | GU
territory | बरमूडा की राजधानी बताओ | BM
territory | जिब्राल्टर की राजधानी क्या है | GI
territory | फ़ॉकलैंड की राजधानी बताओ | FK
territory | फैरो आइलैंड्स की राजधानी क्या है | FO
territory | आइल ऑफ मैन की राजधानी बताओ | IM
territory | जर्सी आइलैंड की राजधानी क्या है | JE
territory | गर्नज़ी की राजधानी बताओ | GG
territory | अरूबा की राजधानी क्या है | AW
territory | कुराकाओ की राजधानी बताओ | CW
territory | रीयूनियन आइलैंड की राजधानी क्या है | RE
territory | मायोट की राजधानी बताओ | YT
territory | न्यू कैलेडोनिया की राजधानी क्या है | NC
territory | फ्रेंच पोलिनेशिया की राजधानी बताओ | PF
territory | ताहिती वाले फ्रेंच पॉलिनेशिया की राजधानी | PF
territory | कुक आइलैंड्स की राजधानी क्या है | CK
territory | नियू की राजधानी बताओ | NU
territory | टोकेलाऊ की राजधानी क्या है | TK
territory | पिटकेर्न आइलैंड्स की राजधानी बताओ | PN
territory | सेंट हेलेना की राजधानी क्या है | SH
territory | केमैन आइलैंड्स की राजधानी बताओ | KY
territory | टर्क्स एंड कैकोस की राजधानी क्या है | TC
territory | ब्रिटिश वर्जिन आइलैंड्स की राजधानी बताओ | VG
territory | अमेरिकन वर्जिन आइलैंड्स की राजधानी क्या है | VI
territory | अमेरिकन समोआ की राजधानी बताओ | AS
territory | नॉर्दर्न मारियाना आइलैंड्स की राजधानी क्या है | MP
territory | एंगुइला की राजधानी बताओ | AI
territory | मार्टिनिक की राजधानी क्या है | MQ
territory | ग्वाडलूप की राजधानी बताओ | GP
territory | फ्रेंच गयाना की राजधानी क्या है | GF
territory | सेंट मार्टिन फ्रेंच वाले की राजधानी बताओ | MF
territory | सिंट मार्टेन की राजधानी क्या है | SX
territory | सेंट बार्थ की राजधानी बताओ | BL
territory | सेंट पियरे एंड मिकेलॉन की राजधानी क्या है | PM
territory | वालिस एंड फ्यूचूना की राजधानी बताओ | WF
territory | नॉरफ़ॉक आइलैंड की राजधानी क्या है | NF
territory | क्रिसमस आइलैंड की राजधानी बताओ | CX
territory | कोकोस कीलिंग आइलैंड्स की राजधानी क्या है | CC
territory | स्वालबार्ड की राजधानी बताओ | SJ
territory | ऑलैंड आइलैंड्स की राजधानी क्या है | AX
territory | वेस्टर्न सहारा की राजधानी बताओ | EH
territory | डिएगो गार्सिया वाले ब्रिटिश इंडियन ओशन टेरिटरी की राजधानी | IO
territory | बोनेयर वाले कैरिबियन नीदरलैंड्स की राजधानी क्या है | BQ
territory | मोंटसेराट की राजधानी बताओ | MS
territory | वेटिकन सिटी की राजधानी क्या है | VA
follow-up | और नेपाल के राजधानी का ह | NP
follow-up | अच्छा अब भूटान री बताओ सा | BT
follow-up | अर इब चीन की बता दे | CN
follow-up | और वो बांग्लादेश का क्या है रे | BD
follow-up | उसके बाद पाकिस्तान की भी बोल दो मियाँ | PK
follow-up | अडुत्तदु श्रीलंका का बताओ | LK
follow-up | अनि म्यांमार को नि भन्नुस | MM
follow-up | फेर अफगानिस्तान दी दस्सो | AF
follow-up | आणि जपान ची पण सांग | JP
follow-up | ओके नाउ थाईलैंड का | TH
follow-up | ठीक है अगला देश रूस | RU
follow-up | और दूसरा वाला मलेशिया | MY
follow-up | अगली फ़ाइल इंडोनेशिया की है उसकी भी बताओ | ID
follow-up | बाइक मोड़ रहा हूँ अब वियतनाम की बता | VN
follow-up | अगली हेडलाइन केन्या पर है उसकी राजधानी | KE
follow-up | अब दुल्हन की बुआ कनाडा से हैं वहाँ की | CA
follow-up | नेक्स्ट राउंड में ब्राज़ील आया है | BR
follow-up | अगला ऑर्डर जर्मनी वाला है उसकी राजधानी | DE
follow-up | और फ्रांस का भी बता देना | FR
follow-up | इटली की भी बता दो साथ में | IT
follow-up | स्पेन का क्या है फिर | ES
follow-up | और पुर्तगाल की | PT
follow-up | ठीक आहे आता इजिप्त | EG
follow-up | अब तुर्की वाला बता भाई | TR
follow-up | और ईरान के | IR
follow-up | फिर इराक री कांई है | IQ
follow-up | और सऊदी वाला बता दे ताऊ | SA
follow-up | अच्छा और यूएई की कैपिटल | AE
follow-up | और कतर की भी बता दो जी | QA
follow-up | बस आखिरी ओमान | OM
follow-up | और अर्जेंटीना वाली टीम का देश | AR
follow-up | एक और पूछूँ चिली की | CL
follow-up | और पेरू का भी | PE
follow-up | उसके साथ मेक्सिको भी | MX
follow-up | और क्यूबा की राजधानी भी बतावल जाव | CU
follow-up | अच्छा हंगरी के बारे में भी बता | HU
follow-up | और उसके पड़ोस वाला ऑस्ट्रिया | AT
follow-up | फिर पोलैंड की बोलो | PL
follow-up | और स्वीडन को भी | SE
follow-up | अब नॉर्वे की बारी | NO
self-correction | नेपाल की राजधानी नहीं नहीं भूटान की | BT
self-correction | पाकिस्तान के राजधानी ना हो बांग्लादेश के बताईं | BD
self-correction | ऑस्ट्रिया री राजधानी नहीं ऑस्ट्रेलिया री | AU
self-correction | स्वीडन की नहीं मैं बोलना चाह रहा था स्विट्जरलैंड की | CH
self-correction | स्लोवाकिया सॉरी स्लोवेनिया की राजधानी | SI
self-correction | इराक की मतलब ईरान की राजधानी बताओ | IR
self-correction | नाइजीरिया नहीं नाइजर की राजधानी | NE
self-correction | गिनी की उम्म गिनी बिसाऊ की राजधानी | GW
self-correction | डोमिनिका नहीं डोमिनिकन रिपब्लिक की राजधानी | DO
self-correction | कोलंबिया की राजधानी अरे नहीं कंबोडिया की | KH
self-correction | मॉरिशस की नहीं मॉरिटानिया की राजधानी बताओ | MR
self-correction | लातविया की सॉरी लिथुआनिया की | LT
self-correction | ऑस्ट्रेलिया नहीं न्यूज़ीलैंड की राजधानी भन्नुस | NZ
self-correction | जॉर्डन की नहीं जॉर्जिया देश की राजधानी | GE
self-correction | सूडान अरे साउथ सूडान की राजधानी | SS
self-correction | उत्तर कोरिया नहीं दक्षिण कोरिया की राजधानी | KR
self-correction | पहले बोला था बेलारूस पर चाहिए बेल्जियम की राजधानी | BE
self-correction | अपुन को ज़िम्बाब्वे नहीं ज़ाम्बिया का कैपिटल चाहिए | ZM
self-correction | ग्रीस की नहीं ग्रीनलैंड की राजधानी | GL
self-correction | माली की राजधानी नहीं मालदीव की | MV
self-correction | मैं बोला सर्बिया नहीं साइबेरिया भी नहीं सर्बिया ही बताओ | RS
self-correction | आर्मीनिया नहीं अल्बानिया की राजधानी | AL
self-correction | कांगो वाला नहीं कैमरून की राजधानी | CM
self-correction | लीबिया नहीं लाइबेरिया की राजधानी कौन सी है | LR
self-correction | हैती सॉरी ताहिती नहीं हैती ही की राजधानी | HT
self-correction | इक्वाडोर की नहीं इक्वेटोरियल गिनी की | GQ
self-correction | मोनाको नहीं मोरक्को की राजधानी | MA
self-correction | ताइवान नहीं थाईलैंड की राजधानी | TH
self-correction | झारखंड की नहीं छत्तीसगढ़ की राजधानी | IN-CG
self-correction | मणिपुर अरे मिज़ोरम की राजधानी | IN-MZ
self-correction | नागालैंड ना हो मेघालय के राजधानी | IN-ML
self-correction | ओरेगन नहीं ओहायो की कैपिटल | US-OH
self-correction | आयोवा नहीं इडाहो की राजधानी | US-ID
self-correction | बर्मा मतलब म्यांमार की राजधानी | MM
self-correction | तुर्कमेनिस्तान नहीं ताजिकिस्तान की राजधानी | TJ
reverse-question | पटना कौना राज्य के राजधानी ह | CITY:पटना
reverse-question | जयपुर कांई री राजधानी है | CITY:जयपुर
reverse-question | चंडीगढ़ किस किस राज्य की राजधानी सै | CITY:चंडीगढ़
reverse-question | हैदराबाद किस स्टेट की राजधानी है मियाँ | CITY:हैदराबाद
reverse-question | चेन्नई किस का राजधानी है | CITY:चेन्नई
reverse-question | गंगटोक कुन राज्य को राजधानी हो | CITY:गंगटोक
reverse-question | शिमला किस प्रदेश री राजधानी आ | CITY:शिमला
reverse-question | मुंबई कोणत्या राज्याची राजधानी आहे | CITY:मुंबई
reverse-question | काठमांडू किस देश की राजधानी है | CITY:काठमांडू
reverse-question | थिंपू किस देश की राजधानी है | CITY:थिंपू
reverse-question | ढाका कौना देश के राजधानी ह | CITY:ढाका
reverse-question | इस्लामाबाद किसकी राजधानी है | CITY:इस्लामाबाद
reverse-question | काबुल किस मुल्क की राजधानी है | CITY:काबुल
reverse-question | तेहरान किस देश की कैपिटल है | CITY:तेहरान
reverse-question | बगदाद किसकी राजधानी है | CITY:बगदाद
reverse-question | रियाद कौन से देश की राजधानी है | CITY:रियाद
reverse-question | दोहा किस देश की राजधानी है | CITY:दोहा
reverse-question | अबू धाबी किसकी राजधानी है | CITY:अबू धाबी
reverse-question | मस्कट किस देश का कैपिटल है | CITY:मस्कट
reverse-question | नैरोबी किस देश की राजधानी है | CITY:नैरोबी
reverse-question | अबुजा किस देश की राजधानी है | CITY:अबुजा
reverse-question | अदीस अबाबा किस देश की राजधानी है | CITY:अदीस अबाबा
reverse-question | ओटावा किस देश की राजधानी है | CITY:ओटावा
reverse-question | कैनबरा किसकी राजधानी है | CITY:कैनबरा
reverse-question | वेलिंगटन किस देश की राजधानी है | CITY:वेलिंगटन
reverse-question | ब्रासीलिया किस देश की राजधानी है | CITY:ब्रासीलिया
reverse-question | बोगोटा किस देश की राजधानी है | CITY:बोगोटा
reverse-question | लीमा किस देश की राजधानी है | CITY:लीमा
reverse-question | हवाना किस देश की राजधानी है | CITY:हवाना
reverse-question | ओस्लो किस देश की राजधानी है | CITY:ओस्लो
reverse-question | हेलसिंकी किस देश की राजधानी है | CITY:हेलसिंकी
reverse-question | कोपेनहेगन किस देश की राजधानी है | CITY:कोपेनहेगन
reverse-question | बुडापेस्ट किस देश की राजधानी है | CITY:बुडापेस्ट
reverse-question | प्राग किस देश की राजधानी है | CITY:प्राग
reverse-question | वॉरसॉ किस देश की राजधानी है | CITY:वॉरसॉ
reverse-question | लिस्बन किस देश की राजधानी है | CITY:लिस्बन
reverse-question | अंकारा किस देश की राजधानी है | CITY:अंकारा
reverse-question | ताशकंद किस देश की राजधानी है | CITY:ताशकंद
reverse-question | अस्ताना किस देश की राजधानी है | CITY:अस्ताना
reverse-question | उलानबातर किस देश की राजधानी है | CITY:उलानबातर
reverse-question | हनोई किस देश की राजधानी है | CITY:हनोई
reverse-question | मनीला किस देश की राजधानी है | CITY:मनीला
reverse-question | जकार्ता किस देश की राजधानी है | CITY:जकार्ता
reverse-question | सिओल किस देश की राजधानी है | CITY:सिओल
reverse-question | प्योंगयांग किस देश की राजधानी है | CITY:प्योंगयांग
reverse-question | विक्टोरिया नाम की राजधानी किस किस की है | CITY:विक्टोरिया
reverse-question | सेंट जॉन्स किसकी राजधानी है | CITY:सेंट जॉन्स
reverse-question | किंग्स्टन शहर किसकी राजधानी है | CITY:किंग्स्टन
reverse-question | जॉर्जटाउन किस देश की राजधानी है | CITY:जॉर्जटाउन
reverse-question | हैमिल्टन किसकी राजधानी है | CITY:हैमिल्टन
reverse-question | भुवनेश्वर किस राज्य की राजधानी है | CITY:भुवनेश्वर
reverse-question | दिसपुर किस राज्य की राजधानी है | CITY:दिसपुर
reverse-question | कोहिमा किस राज्य की राजधानी है | CITY:कोहिमा
reverse-question | अगरतला किस राज्य की राजधानी है | CITY:अगरतला
reverse-question | रायपुर किसकी राजधानी है | CITY:रायपुर
reverse-question | भोपाल किस राज्य की राजधानी है | CITY:भोपाल
reverse-question | देहरादून किस राज्य की राजधानी है | CITY:देहरादून
reverse-question | सैक्रामेंटो किस स्टेट की राजधानी है | CITY:सैक्रामेंटो
reverse-question | म्यूनिख किस राज्य की राजधानी है | CITY:म्यूनिख
reverse-question | एडिनबर्ग किसकी राजधानी है | CITY:एडिनबर्ग
reverse-question | टोरंटो किस प्रोविंस की राजधानी है | CITY:टोरंटो
yes-no-check | नेपाल के राजधानी काठमांडू ह नू | NP
yes-no-check | भूटान री राजधानी थिंपू ही है ना सा | BT
yes-no-check | ऑस्ट्रेलिया की राजधानी सिडनी सै के | AU
yes-no-check | कनाडा का कैपिटल टोरंटो है ना भिडू | CA
yes-no-check | तुर्की की राजधानी इस्तांबुल है ना मियाँ | TR
yes-no-check | ब्राज़ील का राजधानी रियो है ना | BR
yes-no-check | म्यांमार को राजधानी यांगून हो कि होइन | MM
yes-no-check | पाकिस्तान दी राजधानी कराची ए क्या | PK
yes-no-check | स्विट्जरलैंड की राजधानी ज्यूरिख आहे ना | CH
yes-no-check | इज़ इट ट्रू कि नाइजीरिया की कैपिटल लागोस है | NG
yes-no-check | वीज़ा फॉर्म में मोरक्को की राजधानी कासाब्लांका लिख दूँ क्या | MA
yes-no-check | डिलीवरी वाले भैया कह रहे थे वियतनाम की राजधानी हो ची मिन्ह है सही है | VN
yes-no-check | टिकर में लिखा है कज़ाखस्तान की राजधानी अल्माटी ये सही है क्या | KZ
yes-no-check | मौसी बोल रही हैं न्यूज़ीलैंड की राजधानी ऑकलैंड है सच में | NZ
yes-no-check | क्लाइंट बोल रहा है दक्षिण कोरिया की राजधानी सियोल है कन्फर्म करो | KR
yes-no-check | गेम में लिखा है बोलीविया की राजधानी ला पाज़ सच है क्या | BO
yes-no-check | श्रीलंका की राजधानी कोलंबो ही है ना | LK
yes-no-check | तंज़ानिया की राजधानी दार एस सलाम है ना | TZ
yes-no-check | आइवरी कोस्ट की राजधानी अबिदजान है क्या | CI
yes-no-check | इज़राइल की राजधानी तेल अवीव है क्या | IL
yes-no-check | बेलीज़ की राजधानी बेलीज़ सिटी है क्या | BZ
yes-no-check | चीन की राजधानी शंघाई नहीं बीजिंग है ना | CN
yes-no-check | अमेरिका की राजधानी न्यूयॉर्क ही है ना | US
yes-no-check | कैलिफ़ोर्निया की राजधानी लॉस एंजेलिस है क्या | US-CA
yes-no-check | न्यूयॉर्क स्टेट की राजधानी अल्बानी है सच में | US-NY
yes-no-check | फ्लोरिडा की राजधानी मियामी है ना | US-FL
yes-no-check | महाराष्ट्र की राजधानी पुणे है क्या रे | IN-MH
yes-no-check | आंध्र प्रदेश की राजधानी अब भी हैदराबाद है क्या | IN-AP
yes-no-check | असम की राजधानी गुवाहाटी है ना | IN-AS
yes-no-check | केरल की राजधानी कोच्चि है क्या | IN-KL
yes-no-check | क्वींसलैंड की राजधानी ब्रिस्बेन है ना | AU-QLD
yes-no-check | स्कॉटलैंड की राजधानी ग्लासगो है क्या | GB-SCT
yes-no-check | बवेरिया की राजधानी म्यूनिख है ना | DE-BY
official-name | भारत गणराज्य की राजधानी क्या है | IN
official-name | संयुक्त राज्य अमेरिका की राजधानी बताओ | US
official-name | यूनाइटेड किंगडम ऑफ़ ग्रेट ब्रिटेन की राजधानी | GB
official-name | रूसी संघ की राजधानी क्या है | RU
official-name | पीपल्स रिपब्लिक ऑफ़ चाइना की राजधानी बताओ | CN
official-name | संघीय लोकतांत्रिक गणराज्य नेपाल की राजधानी | NP
official-name | इस्लामी गणराज्य पाकिस्तान की राजधानी क्या है | PK
official-name | इस्लामिक रिपब्लिक ऑफ़ ईरान की कैपिटल बताओ | IR
official-name | लोकतांत्रिक समाजवादी गणराज्य श्रीलंका की राजधानी | LK
official-name | गणप्रजातंत्री बांग्लादेश की राजधानी क्या है | BD
official-name | फेडरल रिपब्लिक ऑफ़ जर्मनी की राजधानी | DE
official-name | फ्रेंच रिपब्लिक की राजधानी बताओ | FR
official-name | किंगडम ऑफ़ सऊदी अरेबिया की राजधानी | SA
official-name | हाशमाइट किंगडम ऑफ़ जॉर्डन की राजधानी क्या है | JO
official-name | रिपब्लिक ऑफ़ कोरिया की राजधानी | KR
official-name | डेमोक्रेटिक पीपल्स रिपब्लिक ऑफ़ कोरिया की राजधानी बताओ | KP
official-name | सोशलिस्ट रिपब्लिक ऑफ़ वियतनाम की राजधानी | VN
official-name | लाओ पीपल्स डेमोक्रेटिक रिपब्लिक की राजधानी क्या है | LA
official-name | किंगडम ऑफ़ थाईलैंड की राजधानी बताओ | TH
official-name | यूनाइटेड मैक्सिकन स्टेट्स की राजधानी | MX
official-name | फेडरेटिव रिपब्लिक ऑफ़ ब्राज़ील की राजधानी क्या है | BR
official-name | ओरिएंटल रिपब्लिक ऑफ़ उरुग्वे की राजधानी | UY
official-name | बोलिवेरियन रिपब्लिक ऑफ़ वेनेज़ुएला की राजधानी बताओ | VE
official-name | प्लूरीनेशनल स्टेट ऑफ़ बोलीविया की दोनों राजधानियाँ | BO
official-name | किंगडम ऑफ़ द नीदरलैंड्स की राजधानियाँ बताओ | NL
official-name | रिपब्लिक ऑफ़ साउथ अफ्रीका की तीनों राजधानियाँ | ZA
official-name | स्टेट ऑफ़ पैलेस्टाइन की राजधानियाँ क्या हैं | PS
official-name | किंगडम ऑफ़ इस्वातिनी की राजधानियाँ बताओ | SZ
official-name | यूनाइटेड रिपब्लिक ऑफ़ तंज़ानिया की राजधानी क्या है | TZ
official-name | फेडरल डेमोक्रेटिक रिपब्लिक ऑफ़ इथियोपिया की राजधानी | ET
official-name | अरब रिपब्लिक ऑफ़ इजिप्ट की राजधानी बताओ | EG
official-name | हेलेनिक रिपब्लिक की राजधानी क्या है | GR
official-name | स्विस कॉन्फेडरेशन की राजधानी बताओ | CH
official-name | ग्रैंड डची ऑफ़ लक्ज़मबर्ग की राजधानी | LU
official-name | प्रिंसिपैलिटी ऑफ़ मोनाको की राजधानी क्या है | MC
official-name | रिपब्लिक ऑफ़ चाइना ताइवान की राजधानी | TW
official-name | राष्ट्रीय राजधानी क्षेत्र दिल्ली की राजधानी | IN-DL
everyday-name | अमरीका की राजधानी बताओ | US
everyday-name | यूएसए का कैपिटल क्या है भाई | US
everyday-name | इंग्लैंड वाला देश ब्रिटेन उसकी राजधानी | GB
everyday-name | यूके की राजधानी क्या है | GB
everyday-name | हॉलैंड की राजधानी बताओ | NL
everyday-name | बर्मा की राजधानी क्या है | MM
everyday-name | सीलोन की राजधानी कौन सी थी अब कौन सी है | LK
everyday-name | फारस यानी ईरान की राजधानी | IR
everyday-name | स्याम देश यानी थाईलैंड की राजधानी | TH
everyday-name | चेकोस्लोवाकिया वाला चेक देश उसकी राजधानी | CZ
everyday-name | इजिप्ट की राजधानी बताओ | EG
everyday-name | टर्की की राजधानी क्या है | TR
everyday-name | रशिया का कैपिटल क्या है | RU
everyday-name | जापान देश नहीं निप्पोन की राजधानी | JP
everyday-name | बर्मा बोलते थे दादी उसकी राजधानी | MM
everyday-name | कोरिया साउथ वाला उसकी राजधानी | KR
everyday-name | दुबई वाले देश की राजधानी | AE
everyday-name | अरब अमीरात की राजधानी बताओ | AE
everyday-name | सऊदी की राजधानी क्या है | SA
everyday-name | कैरिबियन वाला डोमिनिकन की राजधानी | DO
everyday-name | मैसेडोनिया की राजधानी बताओ | MK
everyday-name | बेलारूस जिसे व्हाइट रशिया कहते थे उसकी राजधानी | BY
everyday-name | ईस्ट तिमोर की राजधानी बताओ | TL
everyday-name | केप वर्डे आइलैंड्स की राजधानी | CV
everyday-name | ज़ायरे वाला कांगो उसकी राजधानी | CD
everyday-name | रोडेशिया जो अब ज़िम्बाब्वे है उसकी राजधानी | ZW
everyday-name | अबीसीनिया की राजधानी आज कल क्या है | ET
everyday-name | काशी वाला यूपी उसकी राजधानी | IN-UP
everyday-name | बंगाल की राजधानी बताओ | IN-WB
everyday-name | बॉम्बे वाला महाराष्ट्र की राजधानी | IN-MH
everyday-name | उत्तरांचल की राजधानी क्या है | IN-UK
everyday-name | पांडिचेरी की राजधानी बताओ | IN-PY
everyday-name | कश्मीर की राजधानियाँ बताओ | IN-JK
everyday-name | डीसी की राजधानी क्या है | US-DC
everyday-name | वेटिकन की राजधानी | VA
shared-name | कोरिया की राजधानी क्या है | KP+KR
shared-name | दोनों कोरिया की राजधानियाँ बताओ | KP+KR
shared-name | नॉर्थ और साउथ कोरिया की राजधानी | KP+KR
shared-name | कांगो की राजधानी क्या है | CD+CG
shared-name | दोनों कांगो की राजधानियाँ | CD+CG
shared-name | जॉर्जिया की राजधानी बताओ | GE+US-GA
shared-name | जॉर्जिया की कैपिटल क्या है | GE+US-GA
shared-name | वर्जिन आइलैंड्स की राजधानी क्या है | VG+VI
shared-name | डोमिनिका और डोमिनिकन रिपब्लिक की राजधानियाँ | DM+DO
shared-name | दोनों डोमिनिका की राजधानी बताओ | DM+DO
shared-name | कोरिया वाले देश की राजधानी क्या है मियाँ | KP+KR
shared-name | कांगो देश की राजधानी बताओ भाई | CD+CG
shared-name | वर्जिन द्वीपसमूह की राजधानी | VG+VI
shared-name | जॉर्जिया की राजधानी क्या है सोल्लुंगो | GE+US-GA
shared-name | नया मेक्सिको नहीं सिर्फ मेक्सिको की राजधानी | MX
shared-name | मेक्सिको राज्य की राजधानी क्या है | MX-MEX
shared-name | मेक्सिको सिटी की राजधानी | MX-CMX
shared-name | न्यू मेक्सिको की राजधानी बताओ | US-NM
shared-name | वाशिंगटन की राजधानी क्या है स्टेट वाली | US-WA
shared-name | पंजाब और हरियाणा की राजधानी | IN-HR+IN-PB
shared-name | लक्ज़मबर्ग देश की राजधानी | LU
shared-name | सिंगापुर की राजधानी क्या है | SG
shared-name | जिबूती की राजधानी जिबूती ही है क्या | DJ
shared-name | कुवैत की राजधानी कुवैत सिटी है ना | KW
help | ई कइसे चलेला बताईं ना | HELP
help | हम का पूछ सकीला एह में | HELP
help | बबुआ के समझ में नइखे आवत मदद करीं | HELP
help | ओ सा आ कीकर चाले है बताओ | HELP
help | म्हने कोनी समझ आयो मदद करो सा | HELP
help | इसमें के के पूछ सकूं सूं बता दे | HELP
help | भाई या मशीन किमें चालै सै मन्नै बता | HELP
help | अपुन को समझ नहीं आया ये कैसे चलाने का | HELP
help | बाप हेल्प कर ना क्या बोलने का इधर | HELP
help | मियाँ ये कैसा चलता ज़रा समझाओ | HELP
help | क्या क्या पूछ सकते इसमें बोलो ना | HELP
help | इसको कैसा यूज़ करना सोल्लुंगो हेल्प | HELP
help | अम्मा को समझ नहीं आ रहा मदद करो | HELP
help | हजुर यो कसरी चल्छ मदद गर्नुस | HELP
help | मलाई मद्दत चाहिन्छ के सोध्ने | HELP
help | ए कियां चलदा मिंजो दस्सा | HELP
help | मला मदत पाहिजे हे कसं वापरायचं | HELP
help | मैं न्यू हूँ हिंदी में क्या बोलना है हेल्प प्लीज़ | HELP
help | हाउ डू आई यूज़ दिस मतलब ये कैसे यूज़ करते हैं | HELP
help | वीज़ा वाले काम में ये स्किल क्या क्या बता सकती है | HELP
help | डिलीवरी के टाइम पे कैसे पूछूँ कौन से शब्द बोलूँ | HELP
help | न्यूज़ डेस्क पर इसे कैसे यूज़ करें गाइड करो | HELP
help | शादी के काम में लगी हूँ ये क्या करता है बताओ | HELP
help | गेम खेलते वक्त इससे कैसे पूछें हेल्प | HELP
help | इसके कमांड्स क्या क्या हैं | HELP
help | कौन कौन से सवाल पूछ सकते हैं इस स्किल से | HELP
help | मुझे इस्तेमाल करने का तरीका बताओ | HELP
help | मदद चाहिए कैसे शुरू करूँ | HELP
help | दोबारा समझाओ क्या पूछना होता है | HELP
help | उदाहरण दो कैसे पूछते हैं | HELP
help | ये राजधानी वाला कैसे काम करता है समझा दो | HELP
help | कुछ समझ नहीं आ रहा सहायता करो | HELP
help | ताऊ नै बता यो के के बता सकै सै | HELP
help | गाइड करो ज़रा इस एप में क्या पूछ सकते | HELP
help | सर ये काम कैसे करता है थोड़ा बताइए | HELP
stop | बंद कर दीं | STOP
stop | अब चुप हो जा | STOP
stop | बस करीं अब | STOP
stop | बंद कर दो सा | STOP
stop | रहण दे बंद कर | STOP
stop | बस कर भाई बंद कर दे इसनै | STOP
stop | चुप हो जा इब | STOP
stop | बस कर बाप बंद कर | STOP
stop | चुप बैठ ना | STOP
stop | बस करो मियाँ बंद करो | STOP
stop | नक्को अब बंद करो | STOP
stop | पोदुम स्टॉप करो | STOP
stop | बंद गर्नुस | STOP
stop | अब पुग्यो बंद गर | STOP
stop | बंद करी दे | STOP
stop | बस कर हुण चुप | STOP
stop | थांब बंद कर | STOP
stop | पुरे झालं बंद कर | STOP
stop | स्टॉप स्टॉप प्लीज़ | STOP
stop | एलेक्सा स्टॉप करो अब | STOP
stop | क्लाइंट आ गया बंद करो | STOP
stop | बाइक चला रहा हूँ अब बंद कर | STOP
stop | एंकर लाइव है चुप हो जाओ | STOP
stop | पंडित जी आ गए बंद करो | STOP
stop | मार्केट खुल गया बस बंद करो | STOP
stop | मैच शुरू हो गया क्विट करो | STOP
stop | स्किल से बाहर निकलो | STOP
stop | बाहर निकल जाओ इससे | STOP
stop | आवाज़ बंद करो | STOP
stop | ठहर जा बंद कर दे | STOP
stop | क्विट | STOP
stop | इसको बंद कर दो भाई | STOP
stop | अब मत बोलो | STOP
stop | चुप रहो ज़रा | STOP
stop | अलेक्सा शांत हो जाओ | STOP
cancel | छोड़ दीं रहे दीं | CANCEL
cancel | जाए द कुछु ना पूछे के | CANCEL
cancel | रहण दो सा कोई बात नी | CANCEL
cancel | छोड़ दे भाई कोनी चाहिए | CANCEL
cancel | जाण दे रहण दे | CANCEL
cancel | जाने दे भिडू कुछ नहीं | CANCEL
cancel | छोड़ ना रहने दे | CANCEL
cancel | रहने दो मियाँ कुछ नईं | CANCEL
cancel | परवा नईं छोड़ दो | CANCEL
cancel | वेंडाम छोड़ दो | CANCEL
cancel | केही छैन छोडिदिनुस | CANCEL
cancel | भो भयो रहन दिनुस | CANCEL
cancel | रैहणा दे छड्ड | CANCEL
cancel | राहू दे जाऊ दे | CANCEL
cancel | नको राहू दे | CANCEL
cancel | नेवर माइंड छोड़ो | CANCEL
cancel | फॉरगेट इट | CANCEL
cancel | वीज़ा वाला काम कैंसल हो गया जाने दो | CANCEL
cancel | ऑर्डर कैंसल करो मतलब ये सवाल कैंसल | CANCEL
cancel | अभी रहने दो स्टोरी ड्रॉप हो गई | CANCEL
cancel | कोई बात नहीं भूल जाओ | CANCEL
cancel | भूल जा जो पूछा | CANCEL
cancel | कैंसल कर दो जी | CANCEL
cancel | रद्द करो | CANCEL
cancel | ये सवाल रद्द कर दो | CANCEL
cancel | नहीं पूछना अब छोड़ो | CANCEL
cancel | ज़रूरत नहीं है रहने दीजिए | CANCEL
cancel | अरे छोड़िए जाने दीजिए | CANCEL
cancel | गलती से बोल दिया कैंसल | CANCEL
cancel | रहने दे गेम खत्म हो गया | CANCEL
cancel | कोई नहीं बाद में पूछूँगी | CANCEL
cancel | बेकार में पूछ लिया जाने दो | CANCEL
launch | अलेक्सा दुनिया की राजधानियाँ चालू करीं | LAUNCH
launch | अलेक्सा दुनिया की राजधानियाँ खोलो सा | LAUNCH
launch | अलेक्सा दुनिया की राजधानियाँ चला दे भाई | LAUNCH
launch | अलेक्सा दुनिया की राजधानियाँ शुरू कर बाप | LAUNCH
launch | अलेक्सा दुनिया की राजधानियाँ खोलो ना मियाँ | LAUNCH
launch | अलेक्सा वर्ल्ड कैपिटल्स ओपन करो प्लीज़ | LAUNCH
launch | अलेक्सा दुनिया की राजधानियाँ खोल्नुस | LAUNCH
launch | अलेक्सा दुनिया की राजधानियाँ चालू कर ना | LAUNCH
launch | अलेक्सा विश्व की राजधानियाँ स्किल खोलिए | LAUNCH
launch | अलेक्सा दुनिया की राजधानियाँ वाला स्किल लगाओ | LAUNCH
launch | अलेक्सा दुनिया की राजधानियाँ से पूछो | LAUNCH
launch | अलेक्सा दुनिया की राजधानियाँ शुरू करो डिलीवरी के बीच | LAUNCH
launch | अलेक्सा न्यूज़ डेस्क के लिए दुनिया की राजधानियाँ खोलो | LAUNCH
launch | अलेक्सा वर्ल्ड कैपिटल्स स्टार्ट कर ब्रो | LAUNCH
launch | अलेक्सा विश्व की राजधानियाँ वाला खेल चालू करो | LAUNCH
launch | अलेक्सा दुनिया की राजधानियाँ खोल दी | LAUNCH
launch | अलेक्सा राजधानियों वाली स्किल खोलो | LAUNCH
launch | अलेक्सा दुनिया की राजधानियाँ ओपन कर दे | LAUNCH
launch | अलेक्सा वर्ल्ड कैपिटल्स लॉन्च करो | LAUNCH
launch | अलेक्सा दुनिया की राजधानियाँ आरंभ करें | LAUNCH
launch | अलेक्सा दुनिया की राजधानियाँ सुरु कर | LAUNCH
launch | अलेक्सा विश्व की राजधानियाँ चला दो सा | LAUNCH
out-of-domain | आज बलिया में मौसम कइसन रही | FB
out-of-domain | छठ पूजा कब बा एह साल | FB
out-of-domain | खेसारी लाल के गाना बजाव | FB
out-of-domain | भोजपुरी सिनेमा के राजधानी कवन शहर के कहल जाला | FB
out-of-domain | पटना से बलिया के ट्रेन कब बा | FB
out-of-domain | आज जोधपुर में तापमान कितरो है | FB
out-of-domain | घूमर रो गाणो लगाओ सा | FB
out-of-domain | मारवाड़ रियासत री राजधानी कांई ही | FB
out-of-domain | मेवाड़ री पुराणी राजधानी चित्तौड़ ही ना | FB
out-of-domain | बीकानेर ने भुजिया री राजधानी क्यूँ केवे है | FB
out-of-domain | ताऊ आज मंडी में गेहूँ का भाव के सै | FB
out-of-domain | हरियाणवी रागनी चला दे | FB
out-of-domain | कुश्ती की राजधानी किसनै कहवै सैं | FB
out-of-domain | रोहतक तै दिल्ली कितने किलोमीटर सै | FB
out-of-domain | अपुन को बंबई का लोकल टाइमटेबल बोल | FB
out-of-domain | बॉलीवुड की राजधानी कौन सी है रे | FB
out-of-domain | मुंबई को देश की आर्थिक राजधानी क्यों बोलते | FB
out-of-domain | वड़ा पाव की रेसिपी बता | FB
out-of-domain | मियाँ बिरयानी की राजधानी कौन सा शहर है | FB
out-of-domain | निज़ाम की रियासत की राजधानी क्या थी | FB
out-of-domain | गोलकुंडा सल्तनत की राजधानी कहाँ थी | FB
out-of-domain | चारमीनार किसने बनवाया | FB
out-of-domain | चोल साम्राज्य का राजधानी क्या था | FB
out-of-domain | पांड्य राजाओं का राजधानी मदुरै था ना | FB
out-of-domain | रजनीकांत का नया फिल्म कब आएगा | FB
out-of-domain | चेन्नई में आज बारिश होगा क्या | FB
out-of-domain | गोरखा राज्य को पुरानो राजधानी कुन थियो | FB
out-of-domain | दार्जिलिंग में अहिले मौसम कस्तो छ | FB
out-of-domain | नेपाली गीत बजाइदिनुस | FB
out-of-domain | सिक्किम में चाय का भाव क्या है | FB
out-of-domain | कुल्लू दशहरा कदूं है | FB
out-of-domain | मंडी जो छोटी काशी क्यों बोलदे | FB
out-of-domain | कांगड़ा रियासत दी राजधानी कुण सी थी | FB
out-of-domain | चंबा रियासत री पुराणी राजधानी ब्रह्मपुर थी क्या | FB
out-of-domain | पेशवा की राजधानी पुणे थी ना | FB
out-of-domain | शिवाजी महाराज की राजधानी रायगड कैसे बनी | FB
out-of-domain | गणपति विसर्जन कब है | FB
out-of-domain | पुणे से नाशिक की बस कितने बजे है | FB
out-of-domain | मराठा साम्राज्य की राजधानी सातारा थी क्या | FB
out-of-domain | व्हाट इज़ द वेदर इन न्यू जर्सी टुडे | FB
out-of-domain | हिंदी में थैंक यू कैसे बोलते हैं | FB
out-of-domain | दिवाली कब है इस साल | FB
out-of-domain | कैपिटल लेटर को हिंदी में क्या कहते हैं | FB
out-of-domain | पासपोर्ट रिन्यू करने में कितने दिन लगते हैं | FB
out-of-domain | शेंगेन वीज़ा की फीस कितनी है | FB
out-of-domain | दुबई जाने के लिए वीज़ा ऑन अराइवल मिलता है क्या | FB
out-of-domain | लंदन का टाइम अभी क्या है | FB
out-of-domain | डॉलर का रेट आज क्या है | FB
out-of-domain | यूरोप की कोई राजधानी जो सस्ती हो वहाँ का टूर | FB
out-of-domain | सबसे सस्ती फ्लाइट कहाँ की है | FB
out-of-domain | ज़ोमैटो का ऑर्डर कहाँ तक पहुँचा | FB
out-of-domain | अगला गूगल मैप रास्ता बताओ सेक्टर अठारह का | FB
out-of-domain | पेट्रोल का दाम आज कितना है | FB
out-of-domain | बारिश होने वाली है क्या अभी | FB
out-of-domain | इंसेंटिव कितना मिलेगा आज | FB
out-of-domain | ब्रेकिंग न्यूज़ क्या है अभी | FB
out-of-domain | आज का राशिफल सुनाओ | FB
out-of-domain | प्रधानमंत्री का नाम क्या है | FB
out-of-domain | संसद का शीतकालीन सत्र कब से है | FB
out-of-domain | कैपिटल हिल पे क्या हुआ आज | FB
out-of-domain | कैपिटल पनिशमेंट किन देशों में है | FB
out-of-domain | मेहंदी की ट्रेंडिंग डिज़ाइन बताओ | FB
out-of-domain | शादी का शुभ मुहूर्त कब है दिसंबर में | FB
out-of-domain | डीजे वाले बाबू गाना बजाओ | FB
out-of-domain | लहंगे की राजधानी सूरत है या चांदनी चौक | FB
out-of-domain | हल्दी की रस्म में क्या गाते हैं | FB
out-of-domain | निफ्टी आज कितने पर बंद हुआ | FB
out-of-domain | सेंसेक्स ऊपर है या नीचे | FB
out-of-domain | वर्किंग कैपिटल कैसे निकालते हैं | FB
out-of-domain | कैपिटल गेन टैक्स कितना लगता है | FB
out-of-domain | वेंचर कैपिटल फंड क्या होता है | FB
out-of-domain | शेयर कैपिटल और रिज़र्व में क्या फर्क है | FB
out-of-domain | कैपिटल फर्स्ट का शेयर प्राइस बताओ | FB
out-of-domain | दलाल स्ट्रीट को शेयर बाज़ार की राजधानी कहते हैं क्यों | FB
out-of-domain | बीजीएमआई का नया अपडेट कब आएगा | FB
out-of-domain | वाइफाई का पासवर्ड बदलना है | FB
out-of-domain | गेमिंग की राजधानी कौन सा देश है | FB
out-of-domain | स्काईरिम की राजधानी कौन सी है | FB
out-of-domain | वेस्टरॉस की राजधानी किंग्स लैंडिंग है ना | FB
out-of-domain | माइनक्राफ्ट में गाँव कैसे ढूँढते हैं | FB
out-of-domain | पोकेमॉन की दुनिया की राजधानी क्या है | FB
out-of-domain | अयोध्या की रामायण काल में राजधानी क्या थी | FB
out-of-domain | रावण की लंका की राजधानी कौन सी थी | FB
out-of-domain | पांडवों की राजधानी इंद्रप्रस्थ कहाँ थी | FB
out-of-domain | मगध की राजधानी पाटलिपुत्र थी क्या | FB
out-of-domain | वैशाली किसकी राजधानी थी | FB
out-of-domain | विजयनगर साम्राज्य की राजधानी हम्पी थी ना | FB
out-of-domain | मुगलों की पहली राजधानी कौन सी थी | FB
out-of-domain | अंग्रेज़ों ने राजधानी कलकत्ता से दिल्ली कब बदली | FB
out-of-domain | तुगलक ने राजधानी दौलताबाद क्यों बनाई | FB
out-of-domain | सोवियत संघ की राजधानी क्या थी | FB
out-of-domain | रोमन साम्राज्य की राजधानी कौन सी थी | FB
out-of-domain | ऑटोमन साम्राज्य की राजधानी बताओ | FB
out-of-domain | पूर्वी जर्मनी की राजधानी क्या थी | FB
out-of-domain | यूगोस्लाविया की राजधानी कौन सी थी | FB
out-of-domain | चेकोस्लोवाकिया की राजधानी क्या थी | FB
out-of-domain | प्रशिया की राजधानी कौन सी थी | FB
out-of-domain | अवध के नवाबों की राजधानी फैज़ाबाद थी ना | FB
out-of-domain | हैदराबाद दक्कन रियासत की राजधानी बताओ | FB
out-of-domain | त्रावणकोर की राजधानी क्या थी | FB
out-of-domain | तिब्बत की राजधानी ल्हासा है क्या | FB
out-of-domain | कैटेलोनिया की राजधानी बताओ | FB
out-of-domain | बास्क प्रदेश की राजधानी क्या है | FB
out-of-domain | कुर्दिस्तान की राजधानी बताओ | FB
out-of-domain | क्रीमिया की राजधानी क्या है | FB
out-of-domain | साइबेरिया की राजधानी कौन सी है | FB
out-of-domain | सिंध की राजधानी बताओ | FB
out-of-domain | पाकिस्तान वाले पंजाब की राजधानी क्या है | FB
out-of-domain | बलूचिस्तान की राजधानी कौन सी है | FB
out-of-domain | चटगाँव किस देश में है | FB
out-of-domain | पूर्वांचल की राजधानी कौन सा शहर होगा | FB
out-of-domain | मिथिलांचल के राजधानी कवन होई | FB
out-of-domain | मारवाड़ री राजधानी आज कांई गिणी जावे | FB
out-of-domain | विदर्भ राज्य बनेगा तो उसकी राजधानी क्या होगी | FB
out-of-domain | दक्कन की राजधानी कौन सी है | FB
out-of-domain | कोंकण की राजधानी क्या है | FB
out-of-domain | यूरोप की राजधानी कौन सी है | FB
out-of-domain | अफ्रीका महाद्वीप की राजधानी क्या है | FB
out-of-domain | एशिया की राजधानी बताओ | FB
out-of-domain | दुनिया की राजधानी कौन सी है | FB
out-of-domain | चाँद पर कौन सा देश पहले पहुँचा | FB
out-of-domain | मंगल ग्रह की राजधानी क्या है | FB
out-of-domain | नार्निया की राजधानी बताओ | FB
out-of-domain | वकांडा की राजधानी क्या है | FB
out-of-domain | हॉगवर्ट्स किस देश में है | FB
out-of-domain | माहिष्मती की राजधानी कौन सी थी | FB
out-of-domain | एल्डोराडो की राजधानी क्या है | FB
out-of-domain | अटलांटिस की राजधानी बताओ | FB
out-of-domain | सबसे ठंडी राजधानी कौन सी है | FB
out-of-domain | सबसे ऊँची राजधानी किस देश की है | FB
out-of-domain | दुनिया में कितनी राजधानियाँ हैं | FB
out-of-domain | कौन से देश की कोई राजधानी नहीं है | FB
out-of-domain | किस देश ने हाल में अपनी राजधानी बदली | FB
out-of-domain | ब्राज़ील ने राजधानी रियो से ब्रासीलिया क्यों बदली | FB
out-of-domain | नई दिल्ली की आबादी कितनी है | FB
out-of-domain | टोक्यो में अभी कितने बजे हैं | FB
out-of-domain | पेरिस से लंदन कितनी दूर है | FB
out-of-domain | कनाडा की करेंसी क्या है | FB
out-of-domain | जापान की भाषा क्या है | FB
out-of-domain | रूस के राष्ट्रपति कौन हैं | FB
out-of-domain | ऑस्ट्रेलिया का राष्ट्रीय पशु क्या है | FB
out-of-domain | अमेरिका का झंडा कैसा दिखता है | FB
out-of-domain | राजधानी एक्सप्रेस किस प्लेटफॉर्म पे आएगी | FB
out-of-domain | राजधानी नाइट क्लब कहाँ है | FB
out-of-domain | राजधानी थाली रेस्टोरेंट का नंबर दो | FB
out-of-domain | राजधानी कॉलेज में एडमिशन कब है | FB
out-of-domain | राजधानी पाठक कौन है | FB
out-of-domain | राजधानी फिल्म के गाने बजाओ | FB
out-of-domain | राजधानी शब्द का मतलब क्या है | FB
out-of-domain | राजधानी की स्पेलिंग इंग्लिश में बताओ | FB
out-of-domain | राजधानी को संस्कृत में क्या कहते हैं | FB
out-of-domain | कैपिटल लेटर में नाम कैसे लिखें | FB
out-of-domain | लाइट बंद कर दो बेडरूम की | FB
out-of-domain | सुबह छह बजे का अलार्म लगा | FB
out-of-domain | पाँच मिनट का टाइमर लगाओ | FB
out-of-domain | एक चुटकुला सुनाओ | FB
out-of-domain | गाना तेज़ करो | FB
out-of-domain | आवाज़ थोड़ी कम करो | FB
out-of-domain | मेरी शॉपिंग लिस्ट में दूध डालो | FB
out-of-domain | मम्मी को फोन लगाओ | FB
out-of-domain | बारह गुणा सत्रह कितना होता है | FB
out-of-domain | पानी की बोतल ऑर्डर कर दो | FB
out-of-domain | आज कौन सी तारीख है | FB
out-of-domain | क्रिकेट का स्कोर क्या है | FB
out-of-domain | तुम्हारा नाम क्या है | FB
out-of-domain | तुम्हें किसने बनाया | FB
out-of-domain | क्या तुम मेरी दोस्त बनोगी | FB
out-of-domain | गुड नाइट अलेक्सा | FB
out-of-domain | हैदराबाद में सबसे अच्छा हलीम कहाँ मिलता है | FB
out-of-domain | चेन्नई से मदुरै की दूरी | FB
out-of-domain | लखनऊ को नवाबों का शहर क्यों कहते हैं | FB
out-of-domain | जयपुर को गुलाबी शहर क्यों कहते हैं | FB
out-of-domain | पटना का गोलघर कब बना | FB
out-of-domain | गुड़गाँव किस ज़िले में है | FB
out-of-domain | नोएडा किस राज्य में आता है | FB
out-of-domain | इंदौर मध्य प्रदेश की राजधानी है क्या | FB
out-of-domain | वाराणसी किस राज्य की राजधानी है | FB
out-of-domain | बनारस के घाट कितने हैं | FB
out-of-domain | उत्तर प्रदेश का सबसे बड़ा ज़िला कौन सा है | FB
out-of-domain | ज़िला मुख्यालय बलिया कहाँ है | FB
out-of-domain | गोरखपुर के डीएम का नाम क्या है | FB
out-of-domain | अमेज़न पर मेरी डिलीवरी कब आएगी | FB
out-of-domain | मुझे हिंदी के अक्षर सिखाओ | FB
out-of-domain | कबड्डी के नियम बताओ | FB
out-of-domain | राष्ट्रगान बजाओ | FB
out-of-domain | कल छुट्टी है क्या | FB
out-of-domain | ट्रैफिक कैसा है एयरपोर्ट तक | FB
bhojpuri | आरा से बोलत बानी झारखंड के राजधानी रांची ह कि जमशेदपुर | IN-JH
bhojpuri | भइया कतार के राजधानी दोहा ह नू उहाँ हमार भाई काम करेला | QA
bhojpuri | सऊदी के राजधानी का ह जहाँ बाबूजी कमाए गइल बाड़न | SA
bhojpuri | दुबई वाला देश के राजधानी बताईं ना | AE
bhojpuri | मॉरीशस में भोजपुरी बोलल जाला ओकर राजधानी का ह | MU
bhojpuri | फिजी के राजधानी सुवा ह का | FJ
bhojpuri | सूरीनाम में हमार पुरखा गइल रहलन ओकर राजधानी कवन ह | SR
bhojpuri | त्रिनिदाद के राजधानी बतावल जाव | TT
bhojpuri | गुयाना देश के राजधानी के नाम का ह | GY
bhojpuri | नेपाल के तराई से सटल बिहार के राजधानी | IN-BR
marwari | म्हारा काका कुवैत में है उण देस री राजधानी कांई | KW
marwari | गुजरात री राजधानी गांधीनगर है कै अहमदाबाद | IN-GJ
marwari | मध्य प्रदेश री राजधानी भोपाल ही है नी | IN-MP
marwari | बाड़मेर सूं बॉर्डर पार पाकिस्तान री राजधानी कांई है | PK
marwari | ओमान में धंधो है म्हारो उठे री राजधानी कांई | OM
marwari | हरियाणा अर पंजाब री राजधानी एक ही है कांई | IN-HR+IN-PB
marwari | बहरीन री राजधानी मनामा है कांई सा | BH
marwari | नेपाल देस री राजधानी बताओ सा | NP
marwari | केन्या में म्हारा समाज रा लोग है उठे री राजधानी | KE
marwari | असम री राजधानी कांई है सा चाय वाळो प्रांत | IN-AS
haryanvi | छोरा कनाडा गया सै ओंटारियो की राजधानी के सै | CA-ON
haryanvi | ऑस्ट्रेलिया मैं मेलबर्न आला स्टेट विक्टोरिया उसकी राजधानी | AU-VIC
haryanvi | इंग्लैंड जाणा सै वीज़ा नै उसकी राजधानी बता दे | GB-ENG
haryanvi | उत्तर प्रदेश की राजधानी लखनऊ ए सै नै | IN-UP
haryanvi | दिल्ली आली राजधानी के सै सरकार आली | IN-DL
haryanvi | जापान की राजधानी टोक्यो सै के | JP
haryanvi | ओलंपिक मैं गोल्ड आला नीरज फिनलैंड खेल्या था उसकी राजधानी | FI
haryanvi | हंगरी की राजधानी बता दे छोरा पहलवानी खातर गया सै | HU
haryanvi | अर्मेनिया की राजधानी के सै पहलवान उड़े तै आए सैं | AM
haryanvi | जॉर्जिया देस की राजधानी बता जड़ै कुश्ती होवै सै | GE
bambaiya | भिडू गोवा का कैपिटल पणजी है ना | IN-GA
bambaiya | अपुन का सेठ दुबई में है यूएई का राजधानी कौन सा है बोल | AE
bambaiya | ए मामू मालदीव का कैपिटल क्या है छुट्टी पे जाने का है | MV
bambaiya | थाईलैंड का राजधानी बैंकॉक है ना बाप | TH
bambaiya | साला फिलीपींस का कैपिटल भूल गया बोल ना | PH
bambaiya | गुजरात का राजधानी अहमदाबाद है क्या रे | IN-GJ
bambaiya | सिंगापुर का राजधानी भी सिंगापुर है क्या भिडू | SG
bambaiya | केरला का कैपिटल त्रिवेंद्रम है ना रे | IN-KL
bambaiya | इधर मराठी लोग पूछ रहे महाराष्ट्र का राजधानी | IN-MH
bambaiya | अपुन को श्रीलंका का दोनों कैपिटल बोल | LK
dakhini | तेलंगाना की राजधानी हैदराबाद इच है ना मियाँ | IN-TS
dakhini | आंध्रा की राजधानी अमरावती बोलते कैको | IN-AP
dakhini | सऊदी का राजधानी रियाद है क्या हौ | SA
dakhini | क़तर की राजधानी दोहा इच ना | QA
dakhini | ईरान का राजधानी तेहरान है बोले सो सही है क्या | IR
dakhini | भाईजान जेद्दा में है सऊदी की राजधानी क्या है पूछ रये | SA
dakhini | कर्नाटका की राजधानी बेंगलुरु इच है ना | IN-KA
dakhini | यमन की राजधानी कौन सी हौले बताओ | YE
dakhini | जॉर्डन का राजधानी अम्मान है हौ | JO
dakhini | मियाँ ओमान की राजधानी मस्कट है बोलो तो सही | OM
tamil | तमिलनाडु का राजधानी चेन्नई है या मद्रास | IN-TN
tamil | पुडुचेरी का कैपिटल पुडुचेरी इच है क्या | IN-PY
tamil | मलेशिया में हमारा चित्ती रहता है उधर का राजधानी | MY
tamil | सिंगापुर का राजधानी सोल्लुंगो | SG
tamil | श्रीलंका का राजधानी कोलंबो इल्लै ना | LK
tamil | केरल का राजधानी तिरुवनंतपुरम है ना पोन्नु | IN-KL
tamil | अंडमान का राजधानी पोर्ट ब्लेयर अब नाम बदला क्या | IN-AN
tamil | मॉरीशस का राजधानी पोर्ट लुइस है क्या | MU
tamil | कर्नाटक का राजधानी बैंगलोर इल्ल बेंगलुरु है ना | IN-KA
tamil | आंध्रा का राजधानी कौन सा है अम्मा पूछ रहा | IN-AP
nepali | सिक्किम को राजधानी गान्तोक हो हजुर | IN-SK
nepali | पश्चिम बंगाल की राजधानी कोलकाता है दार्जिलिंग नहीं ना | IN-WB
nepali | भुटान को राजधानी थिम्पु हो कि पारो | BT
nepali | मेरो भाइ मलेसिया मा काम गर्छ त्यहाँ को राजधानी | MY
nepali | कतार को राजधानी के हो भाइ त्यहाँ छ | QA
nepali | तिब्बत वाला चीन को राजधानी बेइजिङ हो | CN
nepali | दुबई वाला देश को राजधानी भन्नुस न | AE
nepali | हजुर उत्तराखंड की राजधानी बताइए देहरादून ही है | IN-UK
nepali | इजरायल मा केयरगिभर काम छ त्यहाँ को राजधानी | IL
nepali | जापान को राजधानी टोकियो हो कि ओसाका | JP
pahari | हिमाचल री राजधानी शिमला ए ना धर्मशाला | IN-HP
pahari | लद्दाख दी राजधानी लेह ए कि कारगिल | IN-LA
pahari | मेरा भाऊ इजरायल च है उत्थू दी राजधानी | IL
pahari | पंजाब दी राजधानी चंडीगढ़ ही ए ना | IN-PB
pahari | सेब न्यूज़ीलैंड ते आंदे उत्थू री राजधानी कजो आ | NZ
pahari | उत्तराखंड दी राजधानी देहरादून ए | IN-UK
pahari | इटली जाणा छोरुआं ने उत्थू री राजधानी | IT
pahari | कश्मीर वाले जम्मू कश्मीर दी सर्दी दी राजधानी कुण सी | IN-JK
pahari | भूटान री राजधानी थिंपू ई आ ना | BT
pahari | ऑस्ट्रेलिया दी राजधानी कैनबरा ए ना सिडनी | AU
marathi | गोवा ची राजधानी पणजी आहे ना रे | IN-GA
marathi | कर्नाटक ची राजधानी कोणती बंगलोर ना | IN-KA
marathi | मध्य प्रदेश ची राजधानी भोपाळ आहे का | IN-MP
marathi | अमेरिकेची राजधानी कोणती आहे सांग | US
marathi | इंग्लंडची राजधानी लंडन ना | GB-ENG
marathi | जर्मनीची राजधानी बर्लिन आहे का रे | DE
marathi | माझा मुलगा जर्मनीत आहे बवेरिया ची राजधानी | DE-BY
marathi | दुबई असलेल्या देशाची राजधानी सांग | AE
marathi | गुजरात ची राजधानी गांधीनगर आहे ना | IN-GJ
marathi | तेलंगणा ची राजधानी हैदराबाद बरोबर | IN-TS
nri | मेरा स्टेट न्यू जर्सी का राजधानी क्या है | US-NJ
nri | न्यू जर्सी की कैपिटल ट्रेंटन हैं क्या | US-NJ
nri | टेक्सास का राजधानी ऑस्टिन होता है ना | US-TX
nri | मेरा कज़िन कैलिफ़ोर्निया में रहती है वो स्टेट की राजधानी | US-CA
nri | इंडिया का राजधानी दिल्ली है या न्यू दिल्ली | IN
nri | मेरा नानी गुजरात में रहता है गुजरात की राजधानी क्या है | IN-GJ
nri | हम दिवाली पे पंजाब जाती है पंजाब की राजधानी बताओ | IN-PB
nri | मैं पेंसिल्वेनिया में रहता हूँ उसका कैपिटल फिलाडेल्फिया है ना | US-PA
nri | जॉर्जिया स्टेट की राजधानी अटलांटा है क्या | US-GA
nri | मैरीलैंड की राजधानी क्या है मेरा स्कूल वहाँ है | US-MD
nri | कनेक्टिकट की राजधानी बताओ प्लीज़ | US-CT
nri | इलिनॉइस का राजधानी शिकागो नहीं होता क्या | US-IL
visa | क्लाइंट के वीज़ा पे जर्मनी की राजधानी वाला एंबेसी लिखना है | DE
visa | शेंगेन वीज़ा फ्रांस से लगेगा राजधानी पेरिस है ना | FR
visa | यूके वीज़ा के लिए लंदन ही राजधानी है ना कन्फर्म करो | GB
visa | अमेरिका का वीज़ा इंटरव्यू राजधानी में होता है कौन सी राजधानी | US
visa | कनाडा की राजधानी ओटावा है या टोरंटो फॉर्म में भरना है | CA
visa | ऑस्ट्रेलिया पीआर वाले क्लाइंट पूछ रहे राजधानी कैनबरा है | AU
visa | वियतनाम टूर पैकेज में राजधानी हनोई डालनी है सही है | VN
visa | अज़रबैजान का ई वीज़ा लेना है उसकी राजधानी बाकू है ना | AZ
visa | जॉर्जिया देश का टूर बना रहे हैं राजधानी त्बिलिसी है ना | GE
visa | उज़्बेकिस्तान में मेडिकल पढ़ने जा रहे हैं राजधानी ताशकंद है | UZ
visa | किर्गिस्तान मेडिकल कॉलेज वाली राजधानी बिश्केक है ना | KG
visa | रूस में एमबीबीएस के लिए राजधानी मॉस्को है ना | RU
delivery | भाई ऑर्डर ड्रॉप करके पूछ रहा हूँ बिहार की राजधानी पटना है ना | IN-BR
delivery | सिग्नल पे खड़ा हूँ उत्तर प्रदेश की राजधानी बता | IN-UP
delivery | कस्टमर नेपाली है बोला नेपाल की राजधानी बताओ | NP
delivery | बेंगलुरु में डिलीवरी करता हूँ कर्नाटक की राजधानी यही है ना | IN-KA
delivery | रेस्टोरेंट वाला बोला पश्चिम बंगाल की राजधानी कोलकाता सच में | IN-WB
delivery | लिफ्ट में हूँ जल्दी बोल ओडिशा की राजधानी | IN-OD
delivery | अगला कस्टमर मणिपुरी है मणिपुर की राजधानी क्या | IN-MN
delivery | गुड़गाँव में हूँ हरियाणा की राजधानी गुड़गाँव नहीं है ना | IN-HR
delivery | हेलमेट पहने पूछ रहा हूँ मिज़ोरम की राजधानी | IN-MZ
delivery | पार्सल पे नागालैंड लिखा है उसकी राजधानी | IN-NL
newsroom | प्राइम टाइम से पहले यूक्रेन की राजधानी का सही उच्चारण क्या है | UA
newsroom | इज़राइल गाज़ा वाली स्टोरी में फिलिस्तीन की राजधानियाँ क्या लिखें | PS
newsroom | सीरिया की राजधानी दमिश्क ही है ना पैकेज में | SY
newsroom | सूडान की राजधानी खार्तूम फ्लैश में डालनी है | SD
newsroom | अफगानिस्तान की राजधानी काबुल है कन्फर्म | AF
newsroom | म्यांमार की राजधानी रंगून नहीं है ना नेपीडॉ है | MM
newsroom | इंडोनेशिया की नई राजधानी कौन सी है अभी क्या लिखें | ID
newsroom | वेनेज़ुएला की राजधानी काराकस है ना एंकर पूछ रही | VE
newsroom | ताइवान की राजधानी ताइपे ही लिखें | TW
newsroom | कोसोवो की राजधानी प्रिस्टीना है ना | XK
newsroom | लेबनान की राजधानी बेरूत है डेस्क पे कन्फर्म करो | LB
newsroom | येमेन की राजधानी सना है ना ग्राफ़िक में | YE
shaadi | दूल्हे वाले लंदन से हैं स्कॉटलैंड की राजधानी क्या है वहाँ घूमना है | GB-SCT
shaadi | हनीमून बाली में है इंडोनेशिया की राजधानी क्या है | ID
shaadi | दुल्हन की दीदी ऑस्ट्रेलिया के पर्थ से है वो कौन से स्टेट की राजधानी है | CITY:पर्थ
shaadi | मॉरीशस में शादी करनी है उसकी राजधानी | MU
shaadi | समधी जी मस्कट से आ रहे हैं वो ओमान की राजधानी है ना | OM
shaadi | मेहमान टोरंटो से आ रहे टोरंटो किसकी राजधानी है | CITY:टोरंटो
shaadi | जीजा जी स्विट्जरलैंड ले जाएँगे उसकी राजधानी जिनेवा है क्या | CH
shaadi | शादी का लहंगा जयपुर से लेना है जयपुर किस राज्य की राजधानी है | CITY:जयपुर
shaadi | बारात उदयपुर जाएगी राजस्थान की राजधानी तो जयपुर है ना | IN-RJ
shaadi | वेडिंग प्लानर बोला तुर्की की राजधानी अंकारा है ना इस्तांबुल नहीं | TR
trader | जापान का निक्केई देख रहा था राजधानी टोक्यो ही है ना | JP
trader | हांगकांग का हैंग सेंग गिरा हांगकांग की राजधानी क्या है | HK
trader | चीन से माल आता है बीजिंग राजधानी है ना | CN
trader | ब्राज़ील से कॉफी इंपोर्ट उसकी राजधानी क्या है | BR
trader | सऊदी से तेल के भाव राजधानी रियाद है | SA
trader | स्विट्जरलैंड का बैंक अकाउंट नहीं उसकी राजधानी बताओ | CH
trader | अर्जेंटीना का पेसो गिर गया राजधानी ब्यूनस आयर्स है | AR
trader | जर्मनी का डैक्स चेक किया फ्रैंकफर्ट राजधानी नहीं है ना | DE
trader | दक्षिण कोरिया से सैमसंग वाले देश की राजधानी | KR
trader | चिली से कॉपर आता है राजधानी सैंटियागो है | CL
gamer | भाई जियोगेसर में मंगोलिया आया राजधानी उलानबातर है ना | MN
gamer | क्विज़ गेम में भूटान का कैपिटल पूछा है | BT
gamer | स्क्वॉड में कोई बता कज़ाखस्तान की कैपिटल क्या है | KZ
gamer | सिविलाइज़ेशन गेम में मिस्र की राजधानी काहिरा है ना | EG
gamer | मैप पे न्यूज़ीलैंड है उसकी कैपिटल वेलिंगटन है क्या | NZ
gamer | ब्रो आइसलैंड का कैपिटल रेक्याविक बोलते है ना | IS
gamer | ट्रिविया में पूछा बोत्सवाना की राजधानी | BW
gamer | लेवल पाँच में इथियोपिया की राजधानी पूछ रहे हैं | ET
gamer | गेम में अटक गया हूँ लाओस की राजधानी बताओ | LA
gamer | स्ट्रीम पे चैट पूछ रही है पेरू की कैपिटल | PE
plural-capitals | जम्मू कश्मीर के जाड़ा आ गरमी वाला दुनो राजधानी बताईं | IN-JK
plural-capitals | जम्मू कश्मीर री दोनूं राजधानियां कांई है सा | IN-JK
plural-capitals | कश्मीर वाले यूटी की सर्दियों और गर्मियों की राजधानियाँ फ्लैश में डालनी हैं | IN-JK
plural-capitals | मोंटसेराट द्वीप की दोनों राजधानियाँ प्लायमाउथ और ब्रेड्स हैं क्या | MS
plural-capitals | ज्वालामुखी वाले मोंटसेराट की राजधानियाँ कौन कौन सी हैं | MS
plural-capitals | आइवरी कोस्ट री दोनूं राजधानियां बताओ सा | CI
plural-capitals | कोत दिवुआर की सारी राजधानियाँ टिकर में लिखनी हैं | CI
plural-capitals | बेनिन के दुनो राजधानी के नाम बताईं | BJ
plural-capitals | बोलीविया की राजधानियाँ सुक्रे और ला पाज़ फॉर्म में दोनों लिखूँ क्या | BO
plural-capitals | भिडू मलेशिया का दोनों कैपिटल बोल | MY
plural-capitals | साउथ अफ्रीका टूर में तीनों राजधानियाँ कवर करनी हैं नाम बताओ | ZA
plural-capitals | फिलिस्तीन की दोनों राजधानियाँ रामल्लाह और यरूशलम हैं ना | PS
plural-capitals | उत्तराखंड की दोनूं राजधानियां कौण सी सैं | IN-UK
plural-capitals | इस्वातिनी जिसे पहले स्वाज़ीलैंड बोलते थे उसकी दोनों राजधानियाँ | SZ
plural-capitals | हेग और एम्स्टर्डम दोनों नीदरलैंड की राजधानी हैं क्या दोनों बताओ | NL
reverse-question | भिडू पणजी किसका कैपिटल है | CITY:पणजी
reverse-question | रांची कौना राज्य के राजधानी ह बताईं | CITY:रांची
reverse-question | लखनऊ कांई री राजधानी है सा | CITY:लखनऊ
reverse-question | शिलांग किस स्टेट की राजधानी सै | CITY:शिलांग
reverse-question | इंफाल किसका राजधानी है मियाँ | CITY:इंफाल
reverse-question | आइज़ोल कुन राज्य को राजधानी हो हजुर | CITY:आइज़ोल
reverse-question | ईटानगर किस राज्य का राजधानी है सोल्लुंगो | CITY:ईटानगर
reverse-question | तिरुवनंतपुरम किसकी राजधानी है अम्मा पूछ रहा | CITY:तिरुवनंतपुरम
reverse-question | गांधीनगर कोणत्या राज्याची राजधानी आहे | CITY:गांधीनगर
reverse-question | कवरत्ती किसकी राजधानी है पार्सल पे लिखा है | CITY:कवरत्ती
reverse-question | लेह किसकी राजधानी है कारगिल वाले यूटी की | CITY:लेह
reverse-question | श्री विजय पुरम किसकी राजधानी है नया नाम सुना | CITY:श्री विजय पुरम
reverse-question | बेंगलुरु किस राज्य की राजधानी है कस्टमर पूछ रहा | CITY:बेंगलुरु
reverse-question | कोलकाता किसकी राजधानी है दार्जिलिंग से पूछ रहा हूँ | CITY:कोलकाता
reverse-question | मेरी ब्राइड्समेड विंडहोक से है वो किस देश की राजधानी है | CITY:विंडहोक
reverse-question | टिकर में किगाली लिखा है किगाली किस देश की राजधानी है | CITY:किगाली
reverse-question | गेम में कैनबरा आया ये किसकी कैपिटल है | CITY:कैनबरा
reverse-question | एंकर को बताना है कीव किस देश की राजधानी है | CITY:कीव
reverse-question | दमास्कस किस मुल्क का राजधानी है मियाँ | CITY:दमास्कस
reverse-question | मनामा कुण से देश री राजधानी है | CITY:मनामा
reverse-question | क्लाइंट बाकू जा रहा है बाकू किस देश की राजधानी है | CITY:बाकु
reverse-question | बिश्केक किस देश की राजधानी है मेडिकल कॉलेज वहाँ है | CITY:बिश्केक
reverse-question | डोडोमा किस देश की राजधानी है ट्रिविया में आया | CITY:डोडोमा
reverse-question | चार्ट में रेक्याविक दिखा किसकी राजधानी है | CITY:रेक्याविक
reverse-question | नेपीडॉ किस देश की नई राजधानी है | CITY:नेपीडॉ
reverse-question | सुवा किस देश को राजधानी हो | CITY:सुवा
reverse-question | पारामारिबो कौना देश के राजधानी ह जहाँ गिरमिटिया गइलन | CITY:पारामारिबो
reverse-question | पोर्ट लुई किसकी राजधानी है भोजपुरी वाला देश | CITY:पोर्ट लुई
reverse-question | स्प्रिंगफील्ड किस स्टेट की राजधानी है मेरा टीचर पूछा | CITY:स्प्रिंगफ़ील्ड
reverse-question | ऑस्टिन किस स्टेट का कैपिटल होता है | CITY:ऑस्टिन
reverse-question | ड्रेसडेन किस जर्मन राज्य की राजधानी है | CITY:ड्रेसडेन
reverse-question | ग्वादालाहारा किस मेक्सिकन राज्य की राजधानी है | CITY:ग्वादालाहारा
reverse-question | सल्वाडोर शहर किस ब्राज़ील राज्य की राजधानी है | CITY:सल्वाडोर
reverse-question | हेलिफ़ैक्स किस प्रोविंस की राजधानी है छोरा उड़े सै | CITY:हेलिफ़ैक्स
reverse-question | एडिलेड किस स्टेट की राजधानी है क्रिकेट वाला | CITY:एडिलेड
reverse-question | कार्डिफ़ किसकी राजधानी है शादी के बाद जाना है | CITY:कार्डिफ़
subdivision | छोरा मिसिसॉगा मैं सै पर राजधानी ओंटारियो की कौण सी | CA-ON
subdivision | भोजपुरी गाना के शूटिंग उत्तराखंड में भइल ओकर राजधानी का ह | IN-UK
subdivision | पंजाब री राजधानी कांई है सा बेटी उठे पढ़े | IN-PB
subdivision | अपुन को बिहार का कैपिटल बोल | IN-BR
subdivision | कर्नाटका का राजधानी मैसूर नहीं ना बेंगलुरु है सोल्लुंगो | IN-KA
subdivision | त्रिपुरा की राजधानी अगरतला है ना हजुर | IN-TR
subdivision | सिक्किम री राजधानी बताओ सा गंगटोक आळी | IN-SK
subdivision | ओडिशा की राजधानी भुवनेश्वर है या कटक मियाँ | IN-OD
subdivision | मेघालय ची राजधानी शिलाँग ना | IN-ML
subdivision | अरुणाचल के राजधानी कवन ह ईटानगर कि तवांग | IN-AR
subdivision | नागालैंड की राजधानी कोहिमा है कि दीमापुर बता भाई | IN-NL
subdivision | छत्तीसगढ़ री राजधानी रायपुर है के नवा रायपुर | IN-CG
subdivision | दादरा नगर हवेली वाला यूटी उसकी राजधानी दमन है क्या | IN-DH
subdivision | लक्षद्वीप के राजधानी बताईं जहाँ नारियल होला | IN-LD
subdivision | न्यूयॉर्क स्टेट का कैपिटल न्यूयॉर्क सिटी नहीं होता क्या | US-NY
subdivision | जॉर्जिया अमेरिका वाला स्टेट उसकी राजधानी | US-GA
subdivision | अलाबामा की राजधानी बताओ गेम में आया | US-AL
subdivision | विस्कॉन्सिन का कैपिटल क्या है क्लाइंट वहाँ जा रहा | US-WI
subdivision | इंडियाना की राजधानी बता भाई बाइक पे हूँ | US-IN
subdivision | मिसौरी स्टेट की राजधानी क्या है न्यूज़ में आया | US-MO
subdivision | कैनसस की राजधानी टोपेका है ना | US-KS
subdivision | ओक्लाहोमा का कैपिटल बता ब्रो | US-OK
subdivision | आयोवा स्टेट की राजधानी डेस मोइन्स है क्या | US-IA
subdivision | नेब्रास्का की राजधानी बताओ प्लीज़ मेरा होमवर्क | US-NE
subdivision | साउथ कैरोलिना की कैपिटल क्या होता है | US-SC
subdivision | मिसिसिपी स्टेट की राजधानी | US-MS
subdivision | मोंटाना की राजधानी क्या है गेम में आया | US-MT
subdivision | न्यू हैम्पशायर का कैपिटल क्या है | US-NH
subdivision | रोड आइलैंड की राजधानी बताओ छोटा सा स्टेट | US-RI
subdivision | वेस्ट वर्जीनिया की राजधानी क्या है | US-WV
subdivision | आर्कंसास की राजधानी बताओ | US-AR
subdivision | डेलावेयर स्टेट की कैपिटल क्लाइंट का ऑफिस वहाँ है | US-DE
subdivision | नॉर्थ डकोटा की राजधानी क्या होती है | US-ND
subdivision | वायोमिंग की राजधानी बताओ ब्रो | US-WY
subdivision | वर्मोंट का कैपिटल क्या है | US-VT
subdivision | मेन स्टेट अमेरिका वाला उसकी राजधानी | US-ME
subdivision | इडाहो की राजधानी बोइसी है ना | US-ID
subdivision | न्यू मेक्सिको स्टेट की राजधानी सांता फे है क्या | US-NM
subdivision | हैम्बर्ग राज्य की राजधानी क्या है | DE-HH
subdivision | बर्लिन राज्य की राजधानी बर्लिन ही है क्या | DE-BE
subdivision | ब्रेमेन स्टेट की राजधानी | DE-HB
subdivision | थुरिंगिया की राजधानी बताओ | DE-TH
subdivision | श्लेसविग होल्सटीन की राजधानी क्या है | DE-SH
subdivision | राइनलैंड पैलेटिनेट की राजधानी बताओ | DE-RP
subdivision | ब्रांडेनबर्ग की राजधानी पोट्सडैम है ना | DE-BB
subdivision | सारलैंड की राजधानी क्या है | DE-SL
subdivision | रियो डी जनेरियो स्टेट की राजधानी | BR-RJ
subdivision | पराना स्टेट की राजधानी बताओ ब्राज़ील वाला | BR-PR
subdivision | सेआरा की राजधानी क्या है | BR-CE
subdivision | ब्राज़ील का फ़ेडरल डिस्ट्रिक्ट उसकी राजधानी | BR-DF
subdivision | पारा राज्य ब्राज़ील की राजधानी बेलेम है ना | BR-PA
subdivision | मेक्सिको सिटी वाला राज्य उसकी राजधानी | MX-CMX
subdivision | चिहुआहुआ स्टेट की राजधानी बताओ | MX-CHH
subdivision | सोनोरा की राजधानी क्या है | MX-SON
subdivision | पुएब्ला राज्य की राजधानी बताओ | MX-PUE
subdivision | क्विंटाना रू की राजधानी कैनकन है क्या | MX-ROO
subdivision | वेराक्रूज़ की राजधानी बताओ | MX-VER
territory | छुट्टी में बरमूडा जाना है भिडू उसका कैपिटल | BM
territory | हांगकांग री राजधानी कांई है सा माल उठे सूं आवे | HK
territory | प्यूर्टो रिको की राजधानी सान हुआन है ना गेम में आया | PR
territory | ग्रीनलैंड पर न्यूज़ चल रही है उसकी राजधानी नूक है ना | GL
territory | गुआम में मेरा अंकल नेवी में है उसकी राजधानी | GU
territory | मकाऊ कसीनो वाला उसकी राजधानी क्या है | MO
territory | न्यू कैलेडोनिया में हनीमून उसकी राजधानी नूमिया है | NC
territory | फ़ॉकलैंड आइलैंड्स की राजधानी स्टेनली है ना टिकर में | FK
territory | केमैन आइलैंड्स का बैंक नहीं राजधानी पूछ रहा हूँ | KY
territory | जिब्राल्टर की राजधानी जिब्राल्टर ही है क्या | GI
territory | रियूनियन द्वीप की राजधानी सेंट डेनिस है ना | RE
territory | फैरो द्वीप की राजधानी तोर्शावन बताओ | FO
territory | साउथ जॉर्जिया आइलैंड की राजधानी क्या है | GS
territory | फ्रेंच सदर्न टेरिटरीज़ की राजधानी बताओ | TF
territory | हर्ड और मैकडोनल्ड आइलैंड्स की राजधानी | HM
territory | यूएस माइनर आउटलाइंग आइलैंड्स की राजधानी | UM
territory | अंटार्कटिका की राजधानी बताओ गेम में आया | AQ
territory | बूवे आइलैंड की राजधानी क्या है | BV
shared-name | भिडू कोरिया का कैपिटल बोल | KP+KR
shared-name | कांगो री राजधानी कांई है सा | CD+CG
shared-name | जॉर्जिया री राजधानी कांई है | GE+US-GA
shared-name | ताऊ कोरिया की राजधानी के सै | KP+KR
shared-name | वर्जिन आइलैंड्स का कैपिटल क्या है हनीमून के लिए | VG+VI
shared-name | डोमिनिका वाले दोनों देश की राजधानी बताओ | DM+DO
subdivision | भिडू अलास्का का कैपिटल बोल ठंडी वाली जगह | US-AK
subdivision | हनीमून हवाई में है उस स्टेट की राजधानी बताओ | US-HI
subdivision | मेरा कज़िन बोस्टन में पढ़ता है मैसाचुसेट्स का राजधानी क्या है | US-MA
subdivision | डेट्रॉइट वाला मिशिगन उसकी राजधानी बताओ गेम में आया | US-MI
subdivision | क्लाइंट वेगास जा रहा है नेवादा की राजधानी क्या है | US-NV
subdivision | साउथ डकोटा की राजधानी पियर है ना ट्रिविया में | US-SD
subdivision | नैशविल वाला टेनेसी स्टेट उसकी कैपिटल | US-TN
subdivision | यूटा स्टेट का राजधानी सॉल्ट लेक सिटी होता है क्या | US-UT
subdivision | वर्जीनिया स्टेट री राजधानी कांई है छोरो उठे नौकरी करे | US-VA
subdivision | छोरा सिडनी मैं सै न्यू साउथ वेल्स की राजधानी के सै | AU-NSW
subdivision | तस्मानिया टापू की राजधानी होबार्ट है ना | AU-TAS
subdivision | बेलफास्ट वाला उत्तरी आयरलैंड उसकी राजधानी फ्लैश में लिखनी है | GB-NIR
subdivision | अल्बर्टा में मेरा भाई है उस प्रोविंस की राजधानी कैलगरी है क्या | CA-AB
subdivision | विनिपेग वाला मैनिटोबा उसकी राजधानी बताओ | CA-MB
subdivision | नुनावुत टेरिटरी की कैपिटल इकालुइट है ना गेम में | CA-NU
subdivision | मेक्लेनबर्ग की राजधानी क्या है जर्मनी वाला | DE-MV
subdivision | सैक्सनी अनहाल्ट राज्य की राजधानी बताओ | DE-ST
subdivision | साओ पाउलो स्टेट की कैपिटल साओ पाउलो ही है क्या ट्रेडर पूछ रहा | BR-SP
subdivision | सांता कैटरीना ब्राज़ील वाला उसकी राजधानी | BR-SC
subdivision | गोइआस राज्य की राजधानी बताओ | BR-GO
subdivision | माटो ग्रोसो की राजधानी क्या है सोयाबीन वाला | BR-MT
subdivision | एस्पिरितो सांतो की राजधानी बताओ | BR-ES
subdivision | मारान्याओ स्टेट की राजधानी क्या है | BR-MA
subdivision | गुआनाहुआतो राज्य की राजधानी बताओ | MX-GUA
subdivision | चियापास की राजधानी क्या है मेक्सिको वाला | MX-CHP
subdivision | सिनालोआ स्टेट की राजधानी बताओ न्यूज़ में आया | MX-SIN
subdivision | केरेटारो राज्य की राजधानी क्या है | MX-QUE
subdivision | मिचोआकान की राजधानी बताओ | MX-MIC
subdivision | बाहा कैलिफ़ोर्निया सुर की राजधानी ला पाज़ है क्या | MX-BCS
subdivision | कोआउइला की राजधानी बताओ | MX-COA
territory | अरूबा में डेस्टिनेशन वेडिंग है उसकी राजधानी | AW
territory | कुक आइलैंड्स री राजधानी कांई है सा | CK
territory | क्रिसमस द्वीप ऑस्ट्रेलिया वाला उसकी राजधानी | CX
territory | फ्रेंच गयाना में रॉकेट छोड़ते हैं उसकी राजधानी टिकर में | GF
territory | आइल ऑफ़ मैन पे बाइक रेस होती है उसकी राजधानी बता | IM
territory | जर्सी द्वीप इंग्लैंड के पास उसकी राजधानी सेंट हेलियर है ना | JE
territory | मायोत द्वीप फ्रांस वाला उसकी राजधानी | YT
territory | डिएगो गार्सिया वाले टेरिटरी की राजधानी न्यूज़ में आई | IO
territory | बुवे द्वीप नॉर्वे वाला उसकी राजधानी कौन सी है | BV
territory | वालिस फुटूना की राजधानी बताओ गेम में | WF
"""

if __name__ == "__main__":
    build_round(40, "hi", LINES, sys.argv, "tests/Eval/hi/round40/source/build_corpus.py")
