"""Round 42, Hindi (hi-IN): a new author's mix of speakers and situations, written blind (brief WRITER50.md), chosen
away from the speakers of Hindi round 41 (Punjabi, Braj, Lucknowi, Telugu-, north-eastern and Konkani-Hindi;
pilgrimage planner, schoolteacher, coin collector, hotel kitchen, sports fan, forex counter) and those round 41 names
for round 40 (Bhojpuri, Marwari, Haryanvi, Bambaiya, Dakhini, Tamil-, Nepali-, Pahari- and Marathi-Hindi, NRI learners;
visa agency, delivery riders, newsroom, wedding, trader, gamers). Regions and first languages: Chhattisgarhi from
Raipur, Bilaspur and Bhilai ("के राजधानी का हे", "बता दे गा", "मोर नोनी", "दाऊ"), Maithili from Darbhanga and
Madhubani ("के राजधानी की छै", "कहू ने", "बौआ", "पुछैत छी"), Bundeli from Jhansi and Sagar ("का आय", "तनक", "हमाओ
मोड़ा", "रये"), Odia speakers' Hindi from Cuttack and Bhubaneswar ("का राजधानी", "बोलिए ना", "टिके"), Bengali
speakers' Hindi from Kolkata and Howrah ("कोनटा", "एकटू", "दादा", "थामो"), Malayali nurses' and Gulf returnees' Hindi
from Kochi ("परयू", "चेट्टा", "एंताणु", "वेंडा"). Situations: truck drivers on highways and at borders, a grandmother
helping grandchildren with homework, a family quiz night with teams and buzzers, a railway enquiry and ticket clerk,
a Surat export clerk (invoices, containers, buyers), a radio jockey's live show. Around them: follow-ups, plural
capitals, subdivisions and territories, yes/no checks, self-corrections, reverse questions, official, everyday and
shared names, help, stop, cancel, launch through guessed invocation names ("दुनिया की राजधानियाँ", "विश्व की
राजधानियाँ", "वर्ल्ड कैपिटल्स"), and out-of-domain requests and near misses (home devices, old kingdoms of the
speakers' regions, festivals, trains, trade, "capital" in other senses, fictional places, regions not in the data).
`python3 tests/Eval/hi/round42/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 42's number); every line is hi-IN. Every line was written by hand as one whole sentence, except
frames with three fills (countries in speaker and situation voices; US, Canadian, Australian, German, Brazilian,
Mexican, Indian and British subdivisions and territories).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
chhattisgarhi | {} के राजधानी का हे बता दे गा | एंडोरा=AD; संयुक्त अरब अमीरात=AE; अफ़ग़ानिस्तान=AF
chhattisgarhi | रायपुर ले पूछत हंव {} के राजधानी कोन सहर हे | एंटीगुआ और बारबुडा=AG; अल्बानिया=AL; आर्मेनिया=AM
chhattisgarhi | बाबू हो {} के राजधानी ला बता न | अंगोला=AO; अर्जेंटीना=AR; ऑस्ट्रिया=AT
chhattisgarhi | मोर नोनी पूछत हे {} के राजधानी का हावय | ऑस्ट्रेलिया=AU; अज़रबैजान=AZ; बोस्निया और हर्ज़ेगोविना=BA
chhattisgarhi | बिलासपुर ले बोलत हंव {} के राजधानी बताबे का | बारबाडोस=BB; बांग्लादेश=BD; बेल्जियम=BE
chhattisgarhi | अरे सुन तो {} के राजधानी कोन हे जी | बुर्किना फ़ासो=BF; बुल्गारिया=BG; बहरीन=BH
maithili | {} के राजधानी की छै कहू ने | बुरुंडी=BI; ब्रुनेई=BN; ब्राज़ील=BR
maithili | दरभंगा सँ पुछैत छी {} के राजधानी कोन शहर छै | बहामास=BS; भूटान=BT; बोत्सवाना=BW
maithili | हौ बौआ कनी बताउ {} के राजधानी | बेलारूस=BY; बेलीज़=BZ; कनाडा=CA
maithili | मधुबनी वाली दीदी पुछैत छथि {} के राजधानी की भेल | कांगो लोकतांत्रिक गणराज्य=CD; मध्य अफ़्रीकी गणराज्य=CF; कांगो गणराज्य=CG
maithili | एकटा बात कहू {} के राजधानी कतय छै | स्विट्ज़रलैंड=CH; चिली=CL; कैमरून=CM
maithili | अहाँ के पता अछि {} के राजधानी की थिक | चीन=CN; कोलंबिया=CO; कोस्टा रिका=CR
bundeli | {} की राजधानी का आय बताओ तो | क्यूबा=CU; केप वर्डे=CV; साइप्रस=CY
bundeli | झाँसी से पूछ रये {} की राजधानी कौन सी है | चेक गणराज्य=CZ; जर्मनी=DE; जिबूती=DJ
bundeli | अरे भैया तनक बता दो {} की राजधानी | डेनमार्क=DK; डोमिनिका=DM; डोमिनिकन रिपब्लिक=DO
bundeli | हमाओ मोड़ा पूछ रओ {} की राजधानी कौन आय | अल्जीरिया=DZ; इक्वाडोर=EC; एस्टोनिया=EE
bundeli | सागर से बोल रये हैं {} की राजधानी कौन सो सहर आय | मिस्र=EG; इरिट्रिया=ER; स्पेन=ES
bundeli | कक्का जानबो चाहत हैं {} की राजधानी | इथियोपिया=ET; फ़िनलैंड=FI; फ़िजी=FJ
odia | {} का राजधानी कौन है बोलिए ना | माइक्रोनेशिया=FM; फ़्रांस=FR; गैबॉन=GA
odia | कटक से पूछ रहा हूँ {} का राजधानी किधर है | ब्रिटेन=GB; ग्रेनाडा=GD; जॉर्जिया देश=GE
odia | आपको पता है {} का राजधानी क्या है टिके बताइए | घाना=GH; गाम्बिया=GM; गिनी=GN
odia | भाई {} का राजधानी का नाम बताओ मेरे को | इक्वेटोरियल गिनी=GQ; ग्रीस=GR; ग्वाटेमाला=GT
odia | भुवनेश्वर से बोल रही हूँ {} की राजधानी बता दीजिए | गिनी बिसाऊ=GW; गयाना=GY; होंडुरास=HN
odia | एइ सुनो {} का कैपिटल कौन सा शहर है | क्रोएशिया=HR; हैती=HT; हंगरी=HU
bangla | {} का राजधानी कोनटा है बोलो तो | इंडोनेशिया=ID; आयरलैंड=IE; इज़राइल=IL
bangla | कोलकाता से बोल रहा है {} का राजधानी की आछे | भारत=IN; इराक=IQ; ईरान=IR
bangla | दादा एकटू बोलो ना {} का राजधानी | आइसलैंड=IS; इटली=IT; जमैका=JM
bangla | आमार मेये पूछ रहा है {} का राजधानी कौन है | जॉर्डन=JO; जापान=JP; केन्या=KE
bangla | अच्छा शोनो {} का राजधानी का नाम क्या है | किर्गिस्तान=KG; कंबोडिया=KH; किरिबाती=KI
bangla | हावड़ा से पूछता हूँ {} का राजधानी बताइए | कोमोरोस=KM; सेंट किट्स और नेविस=KN; उत्तर कोरिया=KP
malayali | {} का राजधानी क्या है परयू | दक्षिण कोरिया=KR; कुवैत=KW; कज़ाकिस्तान=KZ
malayali | कोच्चि से नर्स बोल रही है {} का कैपिटल क्या है | लाओस=LA; लेबनान=LB; सेंट लूसिया=LC
malayali | चेट्टा एंताणु {} का राजधानी | लिकटेंस्टीन=LI; लाइबेरिया=LR; लेसोथो=LS
malayali | मेरा मोन पूछ रहा है {} का राजधानी कौन सा सिटी | लिथुआनिया=LT; लक्ज़मबर्ग=LU; लातविया=LV
malayali | गल्फ में था मैं अब बताओ {} का राजधानी | लीबिया=LY; मोरक्को=MA; मोनाको=MC
malayali | अम्मा जानना चाहती है {} का राजधानी कौन है | मोल्दोवा=MD; मोंटेनेग्रो=ME; मेडागास्कर=MG
truck | ढाबे पे बैठे हैं उस्ताद {} की राजधानी बताओ | मार्शल द्वीप समूह=MH; उत्तर मैसेडोनिया=MK; माली=ML
truck | हाईवे पे गाड़ी चल रही है ज़रा {} की राजधानी बोलो | म्यांमार=MM; मंगोलिया=MN; मॉरिटानिया=MR
truck | क्लीनर पूछ रहा है {} की राजधानी कौन सी है | माल्टा=MT; मॉरीशस=MU; मालदीव=MV
truck | लोड उतार के फ़्री हैं {} की राजधानी सुना दो | मलावी=MW; मेक्सिको=MX; मोज़ाम्बिक=MZ
truck | टोल नाके पे खड़े हैं बताओ भाई {} की राजधानी | नामीबिया=NA; नाइजर=NE; नाइजीरिया=NG
dadi | बिटिया की किताब में लिखा है {} की राजधानी क्या है बता दो | निकारागुआ=NI; नॉर्वे=NO; नेपाल=NP
dadi | पोते का होमवर्क है {} की राजधानी बताओ बेटा | नाउरू=NR; न्यूज़ीलैंड=NZ; ओमान=OM
dadi | हमें तो याद नहीं रहा {} की राजधानी कौन सी थी | पनामा=PA; पेरू=PE; पापुआ न्यू गिनी=PG
dadi | अरे सुनो जी {} की राजधानी का नाम बताओ चश्मा नहीं मिल रहा | फ़िलीपींस=PH; पाकिस्तान=PK; पोलैंड=PL
dadi | मुन्नी की कॉपी में भरना है {} की राजधानी | पुर्तगाल=PT; पलाऊ=PW; पैराग्वे=PY
quiz | क्विज़ नाइट है अगला सवाल {} की राजधानी | क़तर=QA; रोमानिया=RO; सर्बिया=RS
quiz | टीम ए के लिए {} की राजधानी क्या है टाइमर चालू | रूस=RU; रवांडा=RW; सऊदी अरब=SA
quiz | लाइफ़लाइन ले रहे हैं बताओ {} की राजधानी | सोलोमन द्वीप=SB; सेशेल्स=SC; सूडान=SD
quiz | दस हज़ार अंक का सवाल {} की राजधानी कौन सी है | स्वीडन=SE; सिंगापुर=SG; स्लोवेनिया=SI
quiz | बज़र राउंड {} की राजधानी जल्दी बोलो | स्लोवाकिया=SK; सिएरा लियोन=SL; सैन मैरिनो=SM
rail | रेलवे इंक्वायरी पे बैठा हूँ फ़्री टाइम में बताओ {} की राजधानी | सेनेगल=SN; सोमालिया=SO; सूरीनाम=SR
rail | टिकट खिड़की पे एक बाबूजी पूछ रहे हैं {} की राजधानी | दक्षिण सूडान=SS; साओ टोमे और प्रिंसिपे=ST; अल सल्वाडोर=SV
rail | अगली गाड़ी लेट है तब तक बताओ {} की राजधानी कौन सी है | सीरिया=SY; चाड=TD; टोगो=TG
rail | प्लेटफ़ॉर्म नंबर तीन पे खड़ा हूँ {} की राजधानी बताओ | थाईलैंड=TH; ताजिकिस्तान=TJ; पूर्वी तिमोर=TL
rail | गार्ड साहब पूछ रहे थे {} की राजधानी क्या है | तुर्कमेनिस्तान=TM; ट्यूनीशिया=TN; टोंगा=TO
export | शिपमेंट जा रहा है {} उसकी राजधानी बताओ | तुर्की=TR; त्रिनिदाद और टोबैगो=TT; तुवालु=TV
export | इनवॉइस में लिखना है {} की राजधानी कौन सी है | तंज़ानिया=TZ; यूक्रेन=UA; युगांडा=UG
export | बायर {} से है उनकी राजधानी क्या है | अमेरिका=US; उरुग्वे=UY; उज़्बेकिस्तान=UZ
export | कंटेनर {} भेजना है वहाँ की राजधानी बताना | सेंट विंसेंट और ग्रेनेडाइंस=VC; वेनेज़ुएला=VE; वियतनाम=VN
export | सूरत से कपड़ा जाता है {} उसकी राजधानी कौन सी है | वानुअतु=VU; समोआ=WS; यमन=YE
radio | आरजे बोल रहा हूँ लाइव हैं बताओ {} की राजधानी | ज़ाम्बिया=ZM; ज़िम्बाब्वे=ZW; कोसोवो=XK
radio | श्रोताओं का सवाल है {} की राजधानी क्या है | ताइवान=TW; पश्चिमी सहारा=EH; वेटिकन सिटी=VA
radio | अगला गाना बाद में पहले {} की राजधानी | फ़िलिस्तीन=PS; दक्षिण अफ़्रीका=ZA; श्रीलंका=LK
radio | कॉलर पूछ रहे हैं {} की राजधानी कौन सी है | मलेशिया=MY; नीदरलैंड्स=NL; इस्वातिनी=SZ
radio | मॉर्निंग शो में सवाल है {} की राजधानी बताइए | बेनिन=BJ; बोलीविया=BO; आइवरी कोस्ट=CI
subdivision | अमेरिका के {} राज्य की राजधानी क्या है | अलास्का=US-AK; अलाबामा=US-AL; अर्कांसस=US-AR
subdivision | {} स्टेट का कैपिटल कौन सा शहर है | एरिज़ोना=US-AZ; कैलिफ़ोर्निया=US-CA; कोलोराडो=US-CO
subdivision | मेरा भांजा {} में पढ़ता है वहाँ की राजधानी बताओ | कनेक्टिकट=US-CT; डेलावेयर=US-DE; फ़्लोरिडा=US-FL
subdivision | यूएस में {} की राजधानी कौन सी है | हवाई=US-HI; आयोवा=US-IA; इडाहो=US-ID
subdivision | {} राज्य की राजधानी का नाम बताइए | इलिनॉय=US-IL; इंडियाना=US-IN; कैनसस=US-KS
subdivision | अमेरिकी राज्य {} की राजधानी | केंटकी=US-KY; लुइज़ियाना=US-LA; मैसाचुसेट्स=US-MA
subdivision | {} की स्टेट कैपिटल क्या है बताओ | मैरीलैंड=US-MD; मेन=US-ME; मिशिगन=US-MI
subdivision | चाचा जी {} में रहते हैं उस स्टेट की राजधानी कौन सी है | मिनेसोटा=US-MN; मिसौरी=US-MO; मिसिसिपी=US-MS
subdivision | {} स्टेट की राजधानी कौन सा शहर है | मोंटाना=US-MT; नॉर्थ कैरोलाइना=US-NC; नॉर्थ डकोटा=US-ND
subdivision | एच वन बी वाले दोस्त {} में हैं उसकी राजधानी बताओ | नेब्रास्का=US-NE; न्यू हैम्पशायर=US-NH; न्यू जर्सी=US-NJ
subdivision | {} राज्य अमेरिका वाला उसकी राजधानी | न्यू मेक्सिको=US-NM; नेवादा=US-NV; न्यूयॉर्क स्टेट=US-NY
subdivision | {} की कैपिटल सिटी क्या है | ओहायो=US-OH; ओक्लाहोमा=US-OK; ओरेगन=US-OR
subdivision | यूनाइटेड स्टेट्स में {} की राजधानी कहाँ है | पेंसिल्वेनिया=US-PA; रोड आइलैंड=US-RI; साउथ कैरोलाइना=US-SC
subdivision | {} प्रांत नहीं राज्य है अमेरिका का उसकी राजधानी | साउथ डकोटा=US-SD; टेनेसी=US-TN; टेक्सस=US-TX
subdivision | बताओ ज़रा {} की राजधानी कौन सी है अमेरिका में | यूटा=US-UT; वर्जीनिया=US-VA; वरमोंट=US-VT
subdivision | {} स्टेट की राजधानी बोलो | वॉशिंगटन स्टेट=US-WA; विस्कॉन्सिन=US-WI; वेस्ट वर्जीनिया=US-WV
subdivision | {} की राजधानी क्या है अमेरिका वाला | वायोमिंग=US-WY; अमेरिका वाला जॉर्जिया राज्य=US-GA; वॉशिंगटन डीसी=US-DC
subdivision | कनाडा के {} प्रांत की राजधानी क्या है | अल्बर्टा=CA-AB; ब्रिटिश कोलंबिया=CA-BC; मैनिटोबा=CA-MB
subdivision | कैनेडा में {} की राजधानी कौन सी है | न्यू ब्रंसविक=CA-NB; न्यूफ़ाउंडलैंड और लैब्राडोर=CA-NL; नोवा स्कोशिया=CA-NS
subdivision | कनाडा का {} उसकी राजधानी बताओ | नॉर्थवेस्ट टेरिटरीज़=CA-NT; नुनावुत=CA-NU; ओंटारियो=CA-ON
subdivision | {} प्रोविंस की कैपिटल बताओ | प्रिंस एडवर्ड आइलैंड=CA-PE; क्यूबेक=CA-QC; सस्केचेवान=CA-SK
subdivision | कनाडा के {} इलाके की राजधानी | युकॉन=CA-YT; ओंटारियो प्रांत=CA-ON; अल्बर्टा प्रांत=CA-AB
subdivision | ऑस्ट्रेलिया के {} की राजधानी क्या है | न्यू साउथ वेल्स=AU-NSW; विक्टोरिया राज्य=AU-VIC; क्वींसलैंड=AU-QLD
subdivision | ऑस्ट्रेलिया में {} राज्य की राजधानी बताओ | वेस्टर्न ऑस्ट्रेलिया=AU-WA; साउथ ऑस्ट्रेलिया=AU-SA; तस्मानिया=AU-TAS
subdivision | ऑस्ट्रेलिया वाला {} उसकी राजधानी | नॉर्दर्न टेरिटरी=AU-NT; ऑस्ट्रेलियन कैपिटल टेरिटरी=AU-ACT; तस्मानिया द्वीप=AU-TAS
subdivision | जर्मनी के {} राज्य की राजधानी क्या है | बवेरिया=DE-BY; बाडेन वुर्टेमबर्ग=DE-BW; ब्रांडेनबर्ग=DE-BB
subdivision | जर्मनी में {} की राजधानी कौन सी है | हेस्से=DE-HE; लोअर सैक्सनी=DE-NI; नॉर्थ राइन वेस्टफेलिया=DE-NW
subdivision | जर्मन स्टेट {} का कैपिटल | राइनलैंड पैलेटिनेट=DE-RP; सारलैंड=DE-SL; सैक्सनी=DE-SN
subdivision | जर्मनी का {} उसकी राजधानी बताओ | सैक्सनी अनहाल्ट=DE-ST; थुरिंजिया=DE-TH; श्लेसविग होल्सटीन=DE-SH
subdivision | जर्मनी के {} प्रदेश की राजधानी | मैक्लेनबर्ग वोरपोमर्न=DE-MV; ब्रेमेन राज्य=DE-HB; हैम्बर्ग राज्य=DE-HH
subdivision | ब्राज़ील के {} राज्य की राजधानी क्या है | आक्री=BR-AC; अलागोआस=BR-AL; अमेज़ोनास=BR-AM
subdivision | ब्राज़ील में {} की राजधानी कौन सी है | अमापा=BR-AP; बाहिया=BR-BA; सेआरा=BR-CE
subdivision | ब्राज़ील का {} उसकी राजधानी बताओ | एस्पिरितो सांतो=BR-ES; गोइआस=BR-GO; मारान्हाओ=BR-MA
subdivision | {} ब्राज़ील वाला राज्य उसकी राजधानी | मिनास जेराइस=BR-MG; मातो ग्रोसो डो सुल=BR-MS; मातो ग्रोसो=BR-MT
subdivision | ब्राज़ीलियाई राज्य {} की राजधानी बोलो | पारा=BR-PA; पाराइबा=BR-PB; पेर्नाम्बुको=BR-PE
subdivision | फ़ुटबॉल वाले देश ब्राज़ील के {} की राजधानी | पियाउई=BR-PI; पराना=BR-PR; रियो डी जनेरियो राज्य=BR-RJ
subdivision | ब्राज़ील के {} प्रदेश की राजधानी कौन सी है | रियो ग्रांडे डो नॉर्टे=BR-RN; रोंडोनिया=BR-RO; रोराइमा=BR-RR
subdivision | ब्राज़ील में {} स्टेट का कैपिटल | रियो ग्रांडे डो सुल=BR-RS; सांता कैटरीना=BR-SC; सर्जिपे=BR-SE
subdivision | ब्राज़ील का {} उसकी राजधानी क्या है | साओ पाउलो राज्य=BR-SP; तोकांतिंस=BR-TO; संघीय ज़िला ब्राज़ील=BR-DF
subdivision | मेक्सिको के {} राज्य की राजधानी क्या है | अगुआस्कालिएंटेस=MX-AGU; बाहा कैलिफ़ोर्निया=MX-BCN; बाहा कैलिफ़ोर्निया सुर=MX-BCS
subdivision | मेक्सिको में {} की राजधानी कौन सी है | कैम्पेचे=MX-CAM; चिहुआहुआ=MX-CHH; चियापास=MX-CHP
subdivision | मेक्सिको का {} उसकी राजधानी बताओ | कोआउइला=MX-COA; कोलिमा=MX-COL; दुरांगो=MX-DUR
subdivision | {} मेक्सिको वाला राज्य उसकी राजधानी | गेरेरो=MX-GRO; गुआनाहुआतो=MX-GUA; इडाल्गो=MX-HID
subdivision | मेक्सिकन स्टेट {} का कैपिटल बोलो | हालिस्को=MX-JAL; मिचोआकान=MX-MIC; मोरेलोस=MX-MOR
subdivision | मेक्सिको के {} प्रदेश की राजधानी | नायारित=MX-NAY; नुएवो लियोन=MX-NLE; ओआहाका=MX-OAX
subdivision | मेक्सिको में {} स्टेट की राजधानी कौन सी है | पुएब्ला=MX-PUE; केरेटारो=MX-QUE; किंताना रू=MX-ROO
subdivision | मेक्सिको का {} राज्य उसकी कैपिटल | सिनालोआ=MX-SIN; सान लुइस पोतोसी=MX-SLP; सोनोरा=MX-SON
subdivision | मेक्सिको वाले {} की राजधानी बताइए | ताबास्को=MX-TAB; तामाउलिपास=MX-TAM; त्लाक्सकाला=MX-TLA
subdivision | मेक्सिको के {} की राजधानी कौन सा शहर है | वेराक्रूज़=MX-VER; युकाटान=MX-YUC; ज़ाकाटेकास=MX-ZAC
subdivision | मेक्सिको में {} की राजधानी क्या है देश वाली नहीं | मेक्सिको राज्य=MX-MEX; मेक्सिको सिटी प्रदेश=MX-CMX; युकाटान राज्य=MX-YUC
subdivision | {} की राजधानी क्या है | आंध्र प्रदेश=IN-AP; अरुणाचल प्रदेश=IN-AR; असम=IN-AS
subdivision | भारत के {} राज्य की राजधानी बताओ | बिहार=IN-BR; छत्तीसगढ़=IN-CG; गोवा=IN-GA
subdivision | {} की राजधानी कौन सी है बताइए | गुजरात=IN-GJ; हिमाचल प्रदेश=IN-HP; हरियाणा=IN-HR
subdivision | अपने देश के {} की राजधानी क्या है | झारखंड=IN-JH; कर्नाटक=IN-KA; केरल=IN-KL
subdivision | {} राज्य की राजधानी का नाम | मध्य प्रदेश=IN-MP; महाराष्ट्र=IN-MH; मणिपुर=IN-MN
subdivision | पूर्वोत्तर के {} की राजधानी बताओ | मेघालय=IN-ML; मिज़ोरम=IN-MZ; नागालैंड=IN-NL
subdivision | {} प्रदेश की राजधानी कौन सा शहर है | ओडिशा=IN-OD; पंजाब=IN-PB; राजस्थान=IN-RJ
subdivision | भारत में {} की राजधानी | सिक्किम=IN-SK; तमिलनाडु=IN-TN; तेलंगाना=IN-TS
subdivision | {} का कैपिटल कौन है | त्रिपुरा=IN-TR; उत्तर प्रदेश=IN-UP; पश्चिम बंगाल=IN-WB
subdivision | केंद्र शासित प्रदेश {} की राजधानी बताओ | अंडमान और निकोबार=IN-AN; चंडीगढ़ केंद्र शासित प्रदेश=IN-CH; दादरा नगर हवेली और दमन दीव=IN-DH
subdivision | यूनियन टेरिटरी {} की राजधानी क्या है | लद्दाख=IN-LA; लक्षद्वीप=IN-LD; पुडुचेरी=IN-PY
subdivision | {} वाले यूटी की राजधानी कौन सी है | दिल्ली=IN-DL; जम्मू कश्मीर=IN-JK; उत्तराखंड=IN-UK
subdivision | ब्रिटेन के {} की राजधानी क्या है | इंग्लैंड=GB-ENG; स्कॉटलैंड=GB-SCT; वेल्स=GB-WLS
subdivision | यूके का हिस्सा {} उसकी राजधानी | उत्तरी आयरलैंड=GB-NIR; नॉर्दर्न आयरलैंड=GB-NIR; स्कॉटलैंड देश=GB-SCT
territory | {} की राजधानी क्या है बताओ | अंगुइला=AI; अमेरिकन समोआ=AS; अरूबा=AW
territory | {} द्वीप की राजधानी कौन सी है | ऑलैंड=AX; सेंट बार्थेलेमी=BL; बरमूडा=BM
territory | {} का मुख्य शहर या राजधानी बताओ | कैरेबियन नीदरलैंड्स=BQ; कोकोस द्वीप=CC; कुक द्वीप=CK
territory | {} की राजधानी का नाम क्या है | कुराकाओ=CW; क्रिसमस द्वीप=CX; फ़ॉकलैंड द्वीप=FK
territory | डेनमार्क वाले {} की राजधानी | फ़रो द्वीप=FO; ग्रीनलैंड=GL; फ़रो आइलैंड्स=FO
territory | फ़्रांस के {} की राजधानी बताओ | फ़्रेंच गयाना=GF; ग्वादेलूप=GP; मार्टीनिक=MQ
territory | ब्रिटिश ताज वाले {} की राजधानी बताओ | ग्वेर्नसे=GG; जिब्राल्टर=GI; आइल ऑफ़ मैन=IM
territory | {} आइलैंड्स की राजधानी कौन सी है | दक्षिण जॉर्जिया और दक्षिण सैंडविच=GS; केमैन=KY; टर्क्स और कैकोस=TC
territory | अमेरिका के {} की राजधानी बताओ | गुआम=GU; उत्तरी मारियाना द्वीप=MP; प्यूर्टो रिको=PR
territory | {} की राजधानी कौन सा शहर है | हांगकांग=HK; मकाऊ=MO; जर्सी द्वीप=JE
territory | {} का कोई राजधानी है क्या | अंटार्कटिका=AQ; बुवे द्वीप=BV; हर्ड और मैकडोनाल्ड द्वीप=HM
territory | {} की राजधानी बता दो | ब्रिटिश हिंद महासागर क्षेत्र=IO; सेंट मार्टिन=MF; मोंटसेराट=MS
territory | फ़्रांस वाले {} की राजधानी क्या है | न्यू कैलेडोनिया=NC; फ़्रेंच पोलिनेशिया=PF; सेंट पियरे और मिकेलॉन=PM
territory | {} द्वीप की राजधानी बोलो | नॉरफ़ॉक=NF; नियू=NU; पिटकेर्न=PN
territory | हिंद महासागर वाले {} की राजधानी | रियूनियन=RE; मायोट=YT; फ़्रांसीसी दक्षिणी क्षेत्र=TF
territory | {} की राजधानी क्या है ज़रा बताओ | सेंट हेलेना=SH; स्वालबार्ड=SJ; सिंट मार्टेन=SX
territory | {} की कैपिटल कौन सी है | तोकेलाउ=TK; अमेरिका के छोटे बाहरी द्वीप=UM; वालिस और फ़्यूचूना=WF
territory | {} वर्जिन आइलैंड्स की राजधानी | ब्रिटिश=VG; अमेरिकी=VI; यूएस=VI
help | ए दीदी ये कइसे चलथे बता न गा | HELP
help | मोला समझ नइ आवत हे का पूछंव | HELP
help | की सब पुछि सकैत छी अहाँ सँ | HELP
help | हमरा नै बुझायल कोना चलबै छै | HELP
help | जे मसीन को कैसे चलाबें बताओ तनक | HELP
help | हमें समझ नईं आ रई का पूछें | HELP
help | किधर से सुरू करूँ मेरे को मालूम नहीं बोलिए ना | HELP
help | ये स्किल में क्या क्या पूछ सकता है बताओ टिके | HELP
help | आमि बुझते पारछि ना ये कैसे काम करता है | HELP
help | दादा हेल्प करो ना क्या बोलना है | HELP
help | एंताणु ये कैसे यूज़ करना है बताओ | HELP
help | मेरे को हेल्प चाहिए सहायता करो ना | HELP
help | उस्ताद ये डब्बा क्या क्या बताता है | HELP
help | बेटा ये बोलने वाली मशीन से कैसे पूछते हैं हमें बताओ | HELP
help | हमें नहीं आता ये सब चलाना कोई मदद करो | HELP
help | क्विज़ के लिए इसको कैसे इस्तेमाल करें नियम बताओ | HELP
help | कौन कौन से सवाल पूछ सकते हैं इससे | HELP
help | टिकट बाबू को समझाओ ये क्या करता है | HELP
help | इसमें क्या क्या फ़ीचर हैं बताओ ज़रा | HELP
help | सुनने वालों को बताइए ये स्किल कैसे चलती है | HELP
help | मदद मदद कुछ समझ में नहीं आया | HELP
help | इस्तेमाल करने का तरीका बताओ | HELP
help | कैसे पूछूँ राजधानी का सवाल उदाहरण दो | HELP
help | ऑप्शन बताओ क्या क्या है | HELP
help | अरे ये तो बोलता ही जा रहा है इसे कैसे यूज़ करें | HELP
help | पहली बार चला रहे हैं गाइड करो | HELP
stop | बस कर दे गा अब | STOP
stop | चुप हो जा ना | STOP
stop | बंद करू आब | STOP
stop | चुप रहू बौआ | STOP
stop | बस करो अब बहुत हो गओ | STOP
stop | चुप हो जाओ तनक | STOP
stop | बंद करो ना हो गया | STOP
stop | अभी रुकिए बस | STOP
stop | थामो थामो बंद करो | STOP
stop | चुप करो दादा आर ना | STOP
stop | मतियायी बस करो | STOP
stop | निर्त्तू बंद करो | STOP
stop | स्टॉप करो भाई गाड़ी आ गई | STOP
stop | बस उस्ताद बंद करो | STOP
stop | अब बंद कर दो बेटा सोना है | STOP
stop | चुप हो जाओ मुन्नी सो रही है | STOP
stop | क्विज़ ख़त्म बंद करो | STOP
stop | टाइम अप रुक जाओ | STOP
stop | बंद करो गाड़ी आने वाली है | STOP
stop | बस हो गया अब बंद | STOP
stop | ब्रेक पे जा रहे हैं बंद करो | STOP
stop | बस बस बहुत हुआ | STOP
stop | एलेक्सा स्टॉप | STOP
stop | रुको बंद करो अभी | STOP
stop | शांत हो जाओ | STOP
stop | क्विट करो इसे | STOP
cancel | रहन दे गा नइ पूछना | CANCEL
cancel | छोड़ दे गा कोनो बात नइ | CANCEL
cancel | छोड़ू ओ नै पुछब | CANCEL
cancel | रहय दियौ कोनो बात नै | CANCEL
cancel | रहन देओ कछू नईं पूछने | CANCEL
cancel | छोड़ो भैया भूल जाओ | CANCEL
cancel | नहीं नहीं कैंसल करो ना | CANCEL
cancel | रहने दीजिए ज़रूरत नहीं है | CANCEL
cancel | थाक थाक छोड़ो | CANCEL
cancel | ना ना बाद में कैंसल | CANCEL
cancel | वेंडा वेंडा कैंसल करो | CANCEL
cancel | अय्यो छोड़ो रहने दो | CANCEL
cancel | जाने दो उस्ताद कोई बात नहीं | CANCEL
cancel | अरे रहने दो बेटा भूल जाओ | CANCEL
cancel | कोई बात नहीं रद्द करो | CANCEL
cancel | ये सवाल कैंसल अगला लेंगे | CANCEL
cancel | नहीं पूछना भूल जाओ | CANCEL
cancel | रहने दो बाबूजी चले गए | CANCEL
cancel | छोड़ो ये ऑर्डर कैंसल करो | CANCEL
cancel | नेवर माइंड रहने दो | CANCEL
cancel | फ़ॉरगेट इट यार | CANCEL
cancel | जाने दो कोई ज़रूरत नहीं | CANCEL
cancel | छोड़ दो इसे रद्द | CANCEL
cancel | कैंसल कर दो अभी वाला | CANCEL
launch | दुनिया के राजधानी ला खोल दे गा | LAUNCH
launch | दुनिया के राजधानी वाला खोलू | LAUNCH
launch | दुनिया की राजधानियाँ चालू करो तनक | LAUNCH
launch | दुनिया का राजधानी वाला स्किल खोलो ना | LAUNCH
launch | दुनिया की राजधानी खोलो दादा | LAUNCH
launch | वर्ल्ड कैपिटल्स ओपन करो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ शुरू करो उस्ताद | LAUNCH
launch | दुनिया की राजधानियाँ लगाओ बेटा | LAUNCH
launch | क्विज़ के लिए दुनिया की राजधानियाँ खोलो | LAUNCH
launch | विश्व की राजधानियाँ स्किल चालू करो | LAUNCH
launch | दुनिया की राजधानियाँ से बात करनी है | LAUNCH
launch | राजधानियों वाला गेम खोलो | LAUNCH
launch | एलेक्सा वर्ल्ड कैपिटल्स स्टार्ट करो | LAUNCH
launch | दुनिया की राजधानियाँ ऐप खोलना | LAUNCH
launch | विश्व की राजधानियाँ खोलिए लाइव शो के लिए | LAUNCH
launch | राजधानी वाली स्किल शुरू करो | LAUNCH
launch | दुनिया की राजधानियाँ प्ले करो | LAUNCH
launch | दुनिया की राजधानियाँ से पूछो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोल दे | LAUNCH
launch | वर्ल्ड कैपिटल वाला खोलो ना प्लीज़ | LAUNCH
launch | दुनिया की राजधानियाँ चलाओ | LAUNCH
launch | दुनिया की राजधानियाँ एंटर करो | LAUNCH
out-of-domain | आज रायपुर में पानी गिरही का | FB
out-of-domain | दक्षिण कोसल के राजधानी कोन रिहिस | FB
out-of-domain | छत्तीसगढ़ के धान के कटोरा काबर कहिथें | FB
out-of-domain | हरेली तिहार कब हे ये साल | FB
out-of-domain | रतनपुर कलचुरी राजा मन के राजधानी रिहिस का | FB
out-of-domain | बस्तर के दशहरा कतका दिन चलथे | FB
out-of-domain | सिरपुर के पुराना नाम का रिहिस | FB
out-of-domain | मिथिला के राजधानी की छल जनक जी के समय में | FB
out-of-domain | छठ पूजा कहिया छै | FB
out-of-domain | विदेह राज के राजधानी कोन छल | FB
out-of-domain | मखान के भाव की चलि रहल छै | FB
out-of-domain | तिरहुत के राजधानी बताउ | FB
out-of-domain | विद्यापति के गीत बजाउ | FB
out-of-domain | वैशाली गणराज्य के राजधानी की छल | FB
out-of-domain | बुंदेलखंड की राजधानी कौन सी आय | FB
out-of-domain | रानी लक्ष्मीबाई को जनम कब भओ | FB
out-of-domain | ओरछा रियासत की राजधानी का हती | FB
out-of-domain | चंदेलों की राजधानी खजुराहो हती का | FB
out-of-domain | आज झाँसी में घाम कितनी है | FB
out-of-domain | आल्हा ऊदल की कहानी सुनाओ | FB
out-of-domain | कलिंग की राजधानी क्या था अशोक के टाइम में | FB
out-of-domain | रथ यात्रा कब है इस साल | FB
out-of-domain | कोसल नहीं उत्कल का पुराना राजधानी बोलिए | FB
out-of-domain | पखाल कैसे बनाते हैं | FB
out-of-domain | कटक ओडिशा का पुराना राजधानी था ना बोलिए | FB
out-of-domain | कोणार्क मंदिर किसने बनवाया | FB
out-of-domain | बंगाल का पुराना राजधानी मुर्शिदाबाद था ना | FB
out-of-domain | गौड़ राज्य का राजधानी कौन था | FB
out-of-domain | दुर्गा पूजा कितने तारीख़ को है | FB
out-of-domain | रवीन्द्र संगीत बजाओ | FB
out-of-domain | ब्रिटिश इंडिया का पहला राजधानी कलकत्ता था क्या | FB
out-of-domain | मोहन बागान का मैच कब है | FB
out-of-domain | रसगुल्ला ओडिशा का है या बंगाल का | FB
out-of-domain | त्रावणकोर का राजधानी क्या था पहले | FB
out-of-domain | ओणम कब है इस बार | FB
out-of-domain | दुबई में अभी टाइम कितना है | FB
out-of-domain | कोचीन राज्य का राजधानी त्रिशूर था क्या | FB
out-of-domain | नर्सिंग लाइसेंस का एग्ज़ाम कब है | FB
out-of-domain | मलयालम गाना बजाओ | FB
out-of-domain | ज़ामोरिन का राजधानी कालीकट था ना | FB
out-of-domain | यहाँ से नागपुर कितने किलोमीटर है | FB
out-of-domain | डीज़ल का रेट आज कितना है | FB
out-of-domain | अगला ढाबा कितनी दूर है | FB
out-of-domain | हाईवे पे जाम है क्या | FB
out-of-domain | ट्रक की नंबर प्लेट पे कैपिटल लेटर में लिखना है क्या | FB
out-of-domain | ट्रांसपोर्ट का धंधा शुरू करने में कितना कैपिटल लगेगा | FB
out-of-domain | पुराने गाने चलाओ किशोर कुमार वाले | FB
out-of-domain | ई वे बिल कैसे बनाते हैं | FB
out-of-domain | बीपी की दवाई की याद दिलाना सुबह आठ बजे | FB
out-of-domain | भजन लगा दो हनुमान चालीसा | FB
out-of-domain | आज कौन सा दिन है | FB
out-of-domain | एकादशी कब है | FB
out-of-domain | पोते को फ़ोन लगाओ | FB
out-of-domain | हमारे ज़माने में राजधानी कलकत्ता थी ना | FB
out-of-domain | रामायण में रावण की राजधानी का नाम क्या था | FB
out-of-domain | अयोध्या किसकी राजधानी थी राम जी के टाइम में | FB
out-of-domain | क्विज़ का स्कोर बोर्ड दिखाओ | FB
out-of-domain | टीम बी को दस अंक दे दो | FB
out-of-domain | कौन बनेगा करोड़पति कब आता है | FB
out-of-domain | सबसे बड़ा महाद्वीप कौन सा है | FB
out-of-domain | दुनिया का सबसे ऊँचा पहाड़ कौन सा है | FB
out-of-domain | सबसे छोटी राजधानी कौन सी है दुनिया में | FB
out-of-domain | किस देश की राजधानी सबसे ठंडी है | FB
out-of-domain | दुनिया में कुल कितनी राजधानियाँ हैं | FB
out-of-domain | एशिया की राजधानी क्या है | FB
out-of-domain | अफ़्रीका महाद्वीप की राजधानी कौन सी है | FB
out-of-domain | यूरोपियन यूनियन की राजधानी ब्रसेल्स है क्या | FB
out-of-domain | राजधानी एक्सप्रेस कितने बजे आएगी | FB
out-of-domain | पीएनआर स्टेटस चेक करो | FB
out-of-domain | तत्काल टिकट कितने बजे खुलता है | FB
out-of-domain | हावड़ा राजधानी का प्लेटफ़ॉर्म कौन सा है | FB
out-of-domain | रेलवे की राजधानी कौन सा शहर कहलाता है | FB
out-of-domain | वंदे भारत और राजधानी में कौन तेज़ है | FB
out-of-domain | आज डॉलर का रेट क्या है | FB
out-of-domain | कंटेनर का फ़्रेट कितना चल रहा है | FB
out-of-domain | एक्सपोर्ट के लिए वर्किंग कैपिटल लोन कैसे मिलेगा | FB
out-of-domain | जीएसटी रिफ़ंड कब आएगा | FB
out-of-domain | टेक्सटाइल की राजधानी किस शहर को कहते हैं | FB
out-of-domain | हीरे की राजधानी सूरत है ना | FB
out-of-domain | दुनिया की फ़ैशन कैपिटल कौन सी है | FB
out-of-domain | लंदन में अभी कितने बजे हैं | FB
out-of-domain | आज का मौसम बताओ रेडियो पे बोलना है | FB
out-of-domain | अगला गाना लता मंगेशकर का लगाओ | FB
out-of-domain | रेडियो मिर्ची लगाओ | FB
out-of-domain | वॉल्यूम कम करो थोड़ा | FB
out-of-domain | लाइट बंद कर दो | FB
out-of-domain | पंखा तेज़ करो | FB
out-of-domain | सुबह पाँच बजे का अलार्म लगाओ | FB
out-of-domain | दूध और ब्रेड शॉपिंग लिस्ट में डालो | FB
out-of-domain | एक चुटकुला सुनाओ | FB
out-of-domain | क्रिकेट का स्कोर क्या है | FB
out-of-domain | नार्निया की राजधानी क्या है | FB
out-of-domain | हॉगवर्ट्स किस देश में है | FB
out-of-domain | गोंडवाना की राजधानी कौन सी थी | FB
out-of-domain | पाटलिपुत्र किसकी राजधानी था | FB
out-of-domain | विजयनगर साम्राज्य की राजधानी हम्पी थी क्या | FB
out-of-domain | मराठा साम्राज्य की राजधानी रायगढ़ थी ना | FB
out-of-domain | होल्कर रियासत की राजधानी क्या थी | FB
out-of-domain | सोवियत संघ की राजधानी क्या थी | FB
out-of-domain | यूगोस्लाविया की राजधानी कौन सी थी | FB
out-of-domain | पूर्वी जर्मनी की राजधानी क्या थी | FB
out-of-domain | बाइज़ेंटाइन साम्राज्य की राजधानी कौन सी थी | FB
out-of-domain | इंका साम्राज्य की राजधानी कौन सी थी | FB
out-of-domain | अवध की राजधानी फ़ैज़ाबाद थी पहले | FB
out-of-domain | सिक्किम पहले देश था तब राजधानी क्या थी | FB
out-of-domain | तिब्बत की राजधानी ल्हासा है ना | FB
out-of-domain | कैटेलोनिया की राजधानी कौन सी है | FB
out-of-domain | बवेरिया नहीं टायरोल की राजधानी बताओ | FB
out-of-domain | साइबेरिया की राजधानी कौन सी है | FB
out-of-domain | क्रीमिया की राजधानी क्या है | FB
out-of-domain | कश्मीर घाटी का सबसे बड़ा शहर कौन सा है | FB
out-of-domain | भारत की आर्थिक राजधानी कौन सी है | FB
out-of-domain | भारत की सांस्कृतिक राजधानी किसे कहते हैं | FB
out-of-domain | ओडिशा की खेल राजधानी कौन सी है | FB
out-of-domain | मध्य प्रदेश की व्यावसायिक राजधानी इंदौर है ना | FB
out-of-domain | जमशेदपुर किस राज्य की राजधानी है | FB
out-of-domain | कानपुर किसकी राजधानी है | FB
out-of-domain | भिलाई किस राज्य की राजधानी है | FB
out-of-domain | कैपिटल वन का क्रेडिट कार्ड कैसे मिलेगा | FB
out-of-domain | कैपिटल पनिशमेंट का मतलब क्या होता है | FB
out-of-domain | कैपिटल गेन टैक्स कितना लगता है | FB
out-of-domain | अंग्रेज़ी में कैपिटल ए कैसे लिखते हैं | FB
out-of-domain | राजधानी शब्द का अंग्रेज़ी में क्या मतलब है | FB
out-of-domain | वकांडा की राजधानी बताओ | FB
out-of-domain | माहिष्मती साम्राज्य की राजधानी कौन सी थी | FB
out-of-domain | मंगल ग्रह की राजधानी क्या है | FB
out-of-domain | चाँद पे कौन सा देश पहले पहुँचा | FB
out-of-domain | संयुक्त राष्ट्र का मुख्यालय कहाँ है | FB
out-of-domain | नेपाल की जनसंख्या कितनी है | FB
out-of-domain | ब्राज़ील में कौन सी भाषा बोलते हैं | FB
out-of-domain | जापान की करेंसी क्या है | FB
out-of-domain | कनाडा जाने का वीज़ा कितने दिन में मिलता है | FB
out-of-domain | दुबई का झंडा कैसा है | FB
out-of-domain | सबसे ज़्यादा राजधानियाँ किस देश की हैं बस गिनती बताओ | FB
out-of-domain | राजधानी और महानगर में क्या फ़र्क है | FB
follow-up | अउ झारखंड के | IN-JH
follow-up | ओकर बाद ओडिशा के गा | IN-OD
follow-up | अउ तेलंगाना के बता | IN-TS
follow-up | आ नेपाल के | NP
follow-up | आ भूटान के कहू | BT
follow-up | तखन बांग्लादेश के की | BD
follow-up | और मध्य प्रदेश की बताओ तनक | IN-MP
follow-up | फिर उत्तर प्रदेश की | IN-UP
follow-up | और राजस्थान की का आय | IN-RJ
follow-up | और आंध्र का बोलिए ना | IN-AP
follow-up | फिर छत्तीसगढ़ का | IN-CG
follow-up | आर त्रिपुरा का | IN-TR
follow-up | आर असम का बोलो | IN-AS
follow-up | फिर बांग्लादेश का कौनटा | BD
follow-up | और सऊदी का | SA
follow-up | और क़तर का परयू | QA
follow-up | फिर कुवैत का बोलो चेट्टा | KW
follow-up | और बहरीन का भी | BH
follow-up | उसके बाद पंजाब की उस्ताद | IN-PB
follow-up | और हरियाणा की भी बता दो | IN-HR
follow-up | फिर गुजरात की | IN-GJ
follow-up | अच्छा और इंग्लैंड की बेटा | GB-ENG
follow-up | और फ़्रांस की भी बता दो | FR
follow-up | अगला सवाल टीम बी के लिए स्पेन की राजधानी | ES
follow-up | अगला इटली | IT
follow-up | और पुर्तगाल वाला भी पूछो | PT
follow-up | अगला पैसेंजर श्रीलंका जा रहा है उसकी | LK
follow-up | और म्यांमार की | MM
follow-up | अगला शिपमेंट केन्या उसकी राजधानी | KE
follow-up | और तंज़ानिया वाले बायर की | TZ
follow-up | अगला कॉलर पूछ रहा है वियतनाम की | VN
follow-up | और मलेशिया की भी सुनाइए | MY
follow-up | उसी तरह थाईलैंड का भी | TH
follow-up | वैसे ही इंडोनेशिया का | ID
follow-up | अब अर्जेंटीना | AR
follow-up | और चिली का क्या | CL
follow-up | उसके पड़ोसी पेरू की | PE
follow-up | बाक़ी मिस्र का बताओ | EG
follow-up | और उसके बाद सिक्किम | IN-SK
follow-up | अब बताओ मेघालय की | IN-ML
plural-capitals | दक्षिण अफ़्रीका के तीनों राजधानी ला बता गा | ZA
plural-capitals | साउथ अफ़्रीका के तीन ठन राजधानी कोन कोन हे | ZA
plural-capitals | बोलीविया के दुनू राजधानी कहू | BO
plural-capitals | श्रीलंका के दुनू राजधानी की छै | LK
plural-capitals | बेनिन की दोनों राजधानी कौन सी आयं | BJ
plural-capitals | मलेशिया की दोई राजधानी बताओ | MY
plural-capitals | नीदरलैंड का दोनों राजधानी बोलिए ना | NL
plural-capitals | आइवरी कोस्ट का दो राजधानी कौन कौन है | CI
plural-capitals | इस्वातिनी का दोनों राजधानी कौनटा है | SZ
plural-capitals | स्वाज़ीलैंड का दोनों कैपिटल बोलो दादा | SZ
plural-capitals | फ़िलिस्तीन का दोनों राजधानी बताओ | PS
plural-capitals | बोलीविया का दो कैपिटल क्या है परयू | BO
plural-capitals | साउथ अफ़्रीका की सारी राजधानियाँ बताओ उस्ताद | ZA
plural-capitals | जम्मू कश्मीर की दोनों राजधानियाँ कौन सी हैं सर्दी गर्मी वाली | IN-JK
plural-capitals | उत्तराखंड की दोनों राजधानियाँ बताओ बेटा | IN-UK
plural-capitals | मलेशिया की राजधानियाँ क्या हैं टीम ए | MY
plural-capitals | श्रीलंका की दोनों राजधानियाँ बताओ कोलंबो वाली भी | LK
plural-capitals | नीदरलैंड्स की राजधानियाँ बताओ एम्स्टर्डम और हेग दोनों | NL
plural-capitals | बेनिन के बायर की राजधानियाँ बताना दोनों | BJ
plural-capitals | कोट डिवोआर की दोनों राजधानियाँ क्या हैं | CI
plural-capitals | श्रोता पूछ रहे हैं दक्षिण अफ़्रीका में कितनी राजधानियाँ हैं और कौन सी | ZA
plural-capitals | फ़िलिस्तीन की राजधानियाँ रामल्ला वाली भी बताइए | PS
plural-capitals | मोंटसेराट की दोनों राजधानी बताओ पुरानी और नई | MS
plural-capitals | हॉलैंड की दो राजधानी वाली बात सही है क्या बताओ दोनों | NL
plural-capitals | बोलीविया की राजधानियाँ ला पाज़ और कौन | BO
plural-capitals | इस्वातिनी की सारी राजधानियाँ | SZ
plural-capitals | जेएंडके की दोनों कैपिटल बोलो | IN-JK
plural-capitals | भारत और नेपाल दोनों की राजधानी बताओ | IN+NP
plural-capitals | ओडिशा और बंगाल की राजधानी बोलिए ना | IN-OD+IN-WB
plural-capitals | बिहार आ झारखंड दुनू के राजधानी | IN-BR+IN-JH
plural-capitals | छत्तीसगढ़ अउ मध्य प्रदेश के राजधानी बता दे | IN-CG+IN-MP
plural-capitals | केरल और तमिलनाडु का कैपिटल दोनों बोलो | IN-KL+IN-TN
plural-capitals | चीन जापान और कोरिया दक्षिण वाला तीनों की राजधानियाँ | CN+JP+KR
plural-capitals | ऑस्ट्रेलिया और न्यूज़ीलैंड की राजधानियाँ | AU+NZ
plural-capitals | स्वीडन नॉर्वे डेनमार्क तीनों की राजधानी क्या है | DK+NO+SE
yes-no-check | छत्तीसगढ़ के राजधानी रायपुर हे ना | IN-CG
yes-no-check | बिलासपुर छत्तीसगढ़ के राजधानी हे का | IN-CG
yes-no-check | बिहार के राजधानी पटना छै ने | IN-BR
yes-no-check | नेपाल के राजधानी पोखरा छै की | NP
yes-no-check | मध्य प्रदेश की राजधानी भोपाल आय के इंदौर | IN-MP
yes-no-check | उत्तर प्रदेश की राजधानी कानपुर आय का | IN-UP
yes-no-check | ओडिशा का राजधानी कटक है ना | IN-OD
yes-no-check | बंगाल का राजधानी कोलकाता है ना दादा | IN-WB
yes-no-check | बांग्लादेश का राजधानी चटगाँव है क्या | BD
yes-no-check | केरल का राजधानी कोच्चि है ना | IN-KL
yes-no-check | यूएई का कैपिटल दुबई है क्या | AE
yes-no-check | सऊदी की राजधानी जेद्दा है ना | SA
yes-no-check | ऑस्ट्रेलिया की राजधानी सिडनी है क्या उस्ताद | AU
yes-no-check | कनाडा की राजधानी टोरंटो है ना बेटा | CA
yes-no-check | तुर्की की राजधानी इस्तांबुल है क्या | TR
yes-no-check | पाकिस्तान की राजधानी कराची है क्या | PK
yes-no-check | अमेरिका की राजधानी न्यूयॉर्क है ना | US
yes-no-check | ब्राज़ील की राजधानी रियो है क्या जल्दी | BR
yes-no-check | स्विट्ज़रलैंड की राजधानी ज्यूरिख है क्या | CH
yes-no-check | न्यूज़ीलैंड की राजधानी ऑकलैंड सही है | NZ
yes-no-check | नाइजीरिया की राजधानी लागोस है क्या | NG
yes-no-check | मोरक्को की राजधानी कैसाब्लांका है ना | MA
yes-no-check | वियतनाम की राजधानी हो ची मिन्ह सिटी है क्या | VN
yes-no-check | तंज़ानिया की राजधानी दार एस सलाम है ना | TZ
yes-no-check | म्यांमार की राजधानी यांगून है क्या | MM
yes-no-check | कज़ाकिस्तान की राजधानी अल्माटी है क्या | KZ
yes-no-check | इज़राइल की राजधानी तेल अवीव है ना | IL
yes-no-check | कैमरून की राजधानी डूआला है क्या | CM
yes-no-check | बोलीविया की राजधानी सांता क्रूज़ है ना | BO
yes-no-check | इक्वाडोर की राजधानी ग्वायाकिल है क्या | EC
yes-no-check | स्कॉटलैंड की राजधानी ग्लासगो है ना | GB-SCT
yes-no-check | कैलिफ़ोर्निया की राजधानी लॉस एंजेलिस है क्या | US-CA
yes-no-check | टेक्सस की राजधानी ह्यूस्टन है ना | US-TX
yes-no-check | फ़्लोरिडा की राजधानी मियामी है क्या | US-FL
yes-no-check | क्यूबेक की राजधानी मॉन्ट्रियल है क्या | CA-QC
yes-no-check | असम का राजधानी गुवाहाटी है ना | IN-AS
yes-no-check | आंध्र की राजधानी विशाखापट्टनम है क्या | IN-AP
yes-no-check | गोवा की राजधानी मडगांव है ना | IN-GA
yes-no-check | जर्मनी की राजधानी बॉन है क्या अभी भी | DE
yes-no-check | इटली की राजधानी मिलान है ना | IT
yes-no-check | नॉर्थ राइन वेस्टफेलिया की राजधानी कोलोन है क्या | DE-NW
yes-no-check | न्यू साउथ वेल्स की राजधानी सिडनी है ना | AU-NSW
self-correction | झारखंड नइ नइ ओडिशा के राजधानी बता | IN-OD
self-correction | बिहार के नै नै उत्तर प्रदेश के राजधानी | IN-UP
self-correction | नेपाल के मतलब भूटान के राजधानी कहू | BT
self-correction | ग्वालियर वाले राज्य नईं नईं राजस्थान की राजधानी | IN-RJ
self-correction | मिस्र की अरे ना सूडान की राजधानी बताओ | SD
self-correction | ओडिशा का नहीं नहीं आंध्र का राजधानी | IN-AP
self-correction | इंडोनेशिया का मतलब मलेशिया का राजधानी बोलिए | MY
self-correction | बांग्लादेश का ना ना भूटान का राजधानी बोलो | BT
self-correction | श्रीलंका का नहीं मालदीव का राजधानी कौन सा है | MV
self-correction | केरल का नहीं कर्नाटक का कैपिटल परयू | IN-KA
self-correction | ओमान का सॉरी यमन का राजधानी | YE
self-correction | ऑस्ट्रिया की नहीं ऑस्ट्रेलिया की राजधानी उस्ताद | AU
self-correction | स्वीडन की अरे स्विट्ज़रलैंड की राजधानी | CH
self-correction | स्लोवेनिया की नहीं स्लोवाकिया की राजधानी बताओ | SK
self-correction | आयरलैंड की नहीं आइसलैंड की राजधानी बेटा | IS
self-correction | गिनी की नहीं गिनी बिसाऊ की राजधानी | GW
self-correction | नाइजर की नहीं नाइजीरिया की राजधानी टीम ए | NG
self-correction | कोलंबिया की गलती से बोला कंबोडिया की राजधानी | KH
self-correction | ईरान की नहीं इराक की राजधानी जल्दी | IQ
self-correction | लातविया की नहीं लिथुआनिया की राजधानी | LT
self-correction | मॉरीशस की उम्म मॉरिटानिया की राजधानी | MR
self-correction | चेक की नहीं पोलैंड की राजधानी बताना | PL
self-correction | सेनेगल की नहीं गाम्बिया की राजधानी | GM
self-correction | सर्बिया की सॉरी साइबेरिया नहीं सीरिया की राजधानी | SY
self-correction | ऑस्ट्रेलिया के तस्मानिया नहीं विक्टोरिया राज्य की राजधानी | AU-VIC
self-correction | मिशिगन की नहीं मिनेसोटा की राजधानी बताओ | US-MN
self-correction | ओहायो की नहीं आयोवा की राजधानी | US-IA
self-correction | मणिपुर का नहीं मिज़ोरम का राजधानी बोलो दादा | IN-MZ
self-correction | डोमिनिकन रिपब्लिक नहीं सिर्फ़ डोमिनिका की राजधानी | DM
self-correction | पेरू की अरे नहीं पैराग्वे की राजधानी | PY
self-correction | न्यू मेक्सिको नहीं मेक्सिको देश की राजधानी | MX
self-correction | हॉलैंड नहीं बेल्जियम की राजधानी बताइए | BE
self-correction | ताइवान की नहीं थाईलैंड की राजधानी | TH
self-correction | इथियोपिया की उम्म इरिट्रिया की राजधानी | ER
reverse-question | रायपुर कोन राज के राजधानी हे | CITY:रायपुर
reverse-question | पटना कोन राज्य के राजधानी छै | CITY:पटना
reverse-question | काठमांडू कोन देश के राजधानी छै | CITY:काठमांडू
reverse-question | भोपाल कौन से प्रदेस की राजधानी आय | CITY:भोपाल
reverse-question | भुवनेश्वर किसका राजधानी है बोलिए | CITY:भुवनेश्वर
reverse-question | ढाका कौन देश का राजधानी है | CITY:ढाका
reverse-question | अगरतला कौन स्टेट का राजधानी है दादा | CITY:अगरतला
reverse-question | तिरुवनंतपुरम किस स्टेट का कैपिटल है | CITY:तिरुवनंतपुरम
reverse-question | मस्कट किस देश की राजधानी है | CITY:मस्कट
reverse-question | दोहा किस देश का कैपिटल है | CITY:दोहा
reverse-question | रियाद किस मुल्क की राजधानी है | CITY:रियाद
reverse-question | अबू धाबी किसकी राजधानी है | CITY:अबू धाबी
reverse-question | मनामा किस देश की राजधानी है उस्ताद | CITY:मनामा
reverse-question | कुवैत सिटी किस देश में है राजधानी | CITY:कुवैत सिटी
reverse-question | थिंपू किस देश की राजधानी है बेटा | CITY:थिंपू
reverse-question | कोलकाता किस राज्य की राजधानी है | CITY:कोलकाता
reverse-question | रांची किसकी राजधानी है | CITY:रांची
reverse-question | दिसपुर कौन से राज्य की राजधानी है | CITY:दिसपुर
reverse-question | ईटानगर किस प्रदेश की राजधानी है | CITY:ईटानगर
reverse-question | आइज़ोल किस राज्य की राजधानी है | CITY:आइज़ोल
reverse-question | कोहिमा किसकी राजधानी है | CITY:कोहिमा
reverse-question | कवरत्ती किसकी राजधानी है | CITY:कवरत्ती
reverse-question | लेह किसकी राजधानी है | CITY:लेह
reverse-question | गांधीनगर किस राज्य की राजधानी है | CITY:गांधीनगर
reverse-question | लखनऊ किस प्रदेश की राजधानी है | CITY:लखनऊ
reverse-question | देहरादून किस राज्य की राजधानी है | CITY:देहरादून
reverse-question | अमरावती किस राज्य की राजधानी है | CITY:अमरावती
reverse-question | हैदराबाद किस राज्य की राजधानी है | CITY:हैदराबाद
reverse-question | चंडीगढ़ किन किन की राजधानी है | CITY:चंडीगढ़
reverse-question | बीजिंग किस देश की राजधानी है क्विज़ वाला | CITY:बीजिंग
reverse-question | सिओल कौन से देश की राजधानी है | CITY:सिओल
reverse-question | प्योंगयांग किसकी राजधानी है | CITY:प्योंगयांग
reverse-question | उलानबातर किस देश की राजधानी है | CITY:उलानबातर
reverse-question | बिश्केक किस देश की राजधानी है | CITY:बिश्केक
reverse-question | ताशकंद किसकी राजधानी है | CITY:ताशकंद
reverse-question | दुशांबे कौन से देश की राजधानी है | CITY:दुशांबे
reverse-question | अश्गाबात किस देश की राजधानी है | CITY:अश्गाबात
reverse-question | अस्ताना किस देश की कैपिटल है | CITY:अस्ताना
reverse-question | तेहरान किसकी राजधानी है | CITY:तेहरान
reverse-question | बगदाद किस देश की राजधानी है | CITY:बगदाद
reverse-question | दमास्कस किस देश की राजधानी है | CITY:दमास्कस
reverse-question | अम्मान किस मुल्क की राजधानी है | CITY:अम्मान
reverse-question | बेरुत किस देश की राजधानी है | CITY:बेरुत
reverse-question | अंकारा किस देश की राजधानी है | CITY:अंकारा
reverse-question | नैरोबी किस देश की राजधानी है बायर पूछ रहा है | CITY:नैरोबी
reverse-question | डोडोमा किस देश की राजधानी है | CITY:डोडोमा
reverse-question | कंपाला किसकी राजधानी है | CITY:कंपाला
reverse-question | किगाली कौन से देश की राजधानी है | CITY:किगाली
reverse-question | अदीस अबाबा किस देश की राजधानी है | CITY:अदीस अबाबा
reverse-question | अबुजा किस देश की राजधानी है | CITY:अबुजा
reverse-question | एक्रा किसकी राजधानी है | CITY:एक्रा
reverse-question | डकार किस देश की राजधानी है | CITY:डकार
reverse-question | हरारे किस देश की राजधानी है | CITY:हरारे
reverse-question | लुसाका किसकी राजधानी है | CITY:लुसाका
reverse-question | मापुटो किस देश की राजधानी है | CITY:मापुटो
reverse-question | एंटानानरीवो किस देश की राजधानी है | CITY:एंटानानरीवो
reverse-question | विंडहोक किस देश की राजधानी है | CITY:विंडहोक
reverse-question | गाबोरोन किसकी राजधानी है | CITY:गाबोरोन
reverse-question | ब्यूनस आयरस किस देश की राजधानी है | CITY:ब्यूनस आयरस
reverse-question | लीमा किस देश की राजधानी है | CITY:लीमा
reverse-question | बोगोटा किसकी राजधानी है | CITY:बोगोटा
reverse-question | काराकस किस देश की राजधानी है | CITY:काराकस
reverse-question | क्वीटो किस देश की राजधानी है | CITY:क्वीटो
reverse-question | हवाना किसकी राजधानी है | CITY:हवाना
reverse-question | किंग्स्टन किस किस की राजधानी है | CITY:किंग्स्टन
reverse-question | वेलिंगटन किस देश की राजधानी है | CITY:वेलिंगटन
reverse-question | कैनबरा किसकी राजधानी है | CITY:कैनबरा
reverse-question | सुवा किस देश की राजधानी है | CITY:सुवा
reverse-question | ओस्लो किस देश की राजधानी है | CITY:ओस्लो
reverse-question | हेलसिंकी किसकी राजधानी है | CITY:हेलसिंकी
reverse-question | रीगा किस देश की राजधानी है | CITY:रीगा
reverse-question | विल्नियस किस देश की राजधानी है | CITY:विल्नियस
reverse-question | तेलिन किसकी राजधानी है | CITY:तेलिन
reverse-question | बुडापेस्ट किस देश की राजधानी है | CITY:बुडापेस्ट
reverse-question | ब्रातिस्लावा किस देश की राजधानी है | CITY:ब्रातिस्लावा
reverse-question | बेलग्रेड किस देश की राजधानी है | CITY:बेलग्रेड
reverse-question | स्कोप्जे किसकी राजधानी है | CITY:स्कोप्जे
reverse-question | तिराना किस देश की राजधानी है | CITY:तिराना
reverse-question | प्रिश्तिना किसकी राजधानी है | CITY:प्रिश्तिना
reverse-question | सैक्रामेंटो किस राज्य की राजधानी है | CITY:सैक्रामेंटो
reverse-question | ऑस्टिन किस अमेरिकी राज्य की राजधानी है | CITY:ऑस्टिन
reverse-question | अल्बानी किस स्टेट की राजधानी है | CITY:ऐल्बनी
reverse-question | टोरंटो किस प्रांत की राजधानी है | CITY:टोरंटो
reverse-question | विक्टोरिया किस किस की राजधानी है | CITY:विक्टोरिया
reverse-question | म्यूनिख किस जर्मन राज्य की राजधानी है | CITY:म्यूनिख
reverse-question | मेलबोर्न किसकी राजधानी है | CITY:मेलबोर्न
reverse-question | एडिनबर्ग किसकी राजधानी है | CITY:एडिनबर्ग
reverse-question | कार्डिफ़ किसकी राजधानी है | CITY:कार्डिफ़
reverse-question | ग्वाडलहारा किस मेक्सिकन राज्य की राजधानी है | CITY:ग्वादालाहारा
reverse-question | साल्वाडोर किस ब्राज़ीलियाई राज्य की राजधानी है | CITY:सल्वाडोर
reverse-question | नुक किसकी राजधानी है | CITY:नुक
reverse-question | हैमिल्टन किसकी राजधानी है | CITY:हैमिल्टन
official-name | संयुक्त राज्य अमेरिका की राजधानी क्या है | US
official-name | यूनाइटेड किंगडम ऑफ़ ग्रेट ब्रिटेन एंड नॉर्दर्न आयरलैंड की राजधानी | GB
official-name | भारत गणराज्य की राजधानी बताइए | IN
official-name | चीनी जनवादी गणराज्य की राजधानी क्या है | CN
official-name | रूसी संघ की राजधानी कौन सी है | RU
official-name | संघीय लोकतांत्रिक गणराज्य नेपाल की राजधानी | NP
official-name | गणप्रजातंत्री बांग्लादेश की राजधानी बोलो | BD
official-name | इस्लामी गणराज्य पाकिस्तान की राजधानी | PK
official-name | भूटान अधिराज्य की राजधानी कहू | BT
official-name | लोकतांत्रिक समाजवादी गणराज्य श्रीलंका की राजधानी | LK
official-name | इस्लामी गणराज्य ईरान की राजधानी क्या है | IR
official-name | सऊदी अरब साम्राज्य की राजधानी | SA
official-name | हाशमी साम्राज्य जॉर्डन की राजधानी बताओ | JO
official-name | अरब गणराज्य मिस्र की राजधानी | EG
official-name | संघीय गणराज्य जर्मनी की राजधानी कौन सी है | DE
official-name | फ़्रांसीसी गणराज्य की राजधानी | FR
official-name | इतालवी गणराज्य की राजधानी बताओ | IT
official-name | स्पेन साम्राज्य की राजधानी | ES
official-name | हेलेनिक रिपब्लिक की राजधानी बोलो | GR
official-name | चेक रिपब्लिक की राजधानी क्या है | CZ
official-name | रिपब्लिक ऑफ़ तुर्किये की राजधानी | TR
official-name | संयुक्त मैक्सिकन राज्य की राजधानी | MX
official-name | फ़ेडरेटिव रिपब्लिक ऑफ़ ब्राज़ील की राजधानी | BR
official-name | बोलिवेरियन रिपब्लिक ऑफ़ वेनेज़ुएला की राजधानी | VE
official-name | प्लूरिनेशनल स्टेट ऑफ़ बोलीविया की राजधानियाँ | BO
official-name | कॉमनवेल्थ ऑफ़ ऑस्ट्रेलिया की राजधानी | AU
official-name | रिपब्लिक ऑफ़ द फ़िलीपींस की राजधानी क्या है | PH
official-name | सोशलिस्ट रिपब्लिक ऑफ़ वियतनाम की राजधानी | VN
official-name | लाओ पीपल्स डेमोक्रेटिक रिपब्लिक की राजधानी बताओ | LA
official-name | डेमोक्रेटिक पीपल्स रिपब्लिक ऑफ़ कोरिया की राजधानी | KP
official-name | रिपब्लिक ऑफ़ कोरिया की राजधानी | KR
official-name | किंगडम ऑफ़ थाईलैंड की राजधानी | TH
official-name | संयुक्त गणराज्य तंज़ानिया की राजधानी | TZ
official-name | संघीय लोकतांत्रिक गणराज्य इथियोपिया की राजधानी | ET
official-name | राष्ट्रीय राजधानी क्षेत्र दिल्ली की राजधानी क्या है | IN-DL
official-name | कॉमनवेल्थ ऑफ़ पेंसिल्वेनिया की राजधानी | US-PA
official-name | कॉमनवेल्थ ऑफ़ मैसाचुसेट्स की राजधानी | US-MA
official-name | फ़्री स्टेट ऑफ़ बवेरिया की राजधानी | DE-BY
official-name | डिस्ट्रिक्ट ऑफ़ कोलंबिया की राजधानी | US-DC
everyday-name | हॉलैंड के राजधानी का हे गा | NL
everyday-name | बर्मा के राजधानी की छै | MM
everyday-name | सीलोन की राजधानी कौन सी आय | LK
everyday-name | इंगलैंड देश मतलब ब्रिटेन की राजधानी बोलिए | GB
everyday-name | यूके की राजधानी कौन सा है | GB
everyday-name | अमेरिका का कैपिटल बोलो चेट्टा | US
everyday-name | यूएसए की राजधानी उस्ताद | US
everyday-name | रूस की राजधानी क्या है बेटा | RU
everyday-name | फ़ारस मतलब ईरान की राजधानी | IR
everyday-name | स्याम देश की राजधानी बताओ थाईलैंड वाला | TH
everyday-name | स्वाज़ीलैंड की राजधानी | SZ
everyday-name | ज़ायरे की राजधानी क्या थी अब क्या है | CD
everyday-name | चेकिया की राजधानी | CZ
everyday-name | ईस्ट तिमोर की राजधानी | TL
everyday-name | आइवरी कोस्ट यानी कोट डिवोआर की राजधानी | CI
everyday-name | केप वर्ड की राजधानी | CV
everyday-name | मैसेडोनिया की राजधानी | MK
everyday-name | बेलोरूस की राजधानी क्या है | BY
everyday-name | किर्गिज़िया की राजधानी | KG
everyday-name | यूएई वाले अमीरात की राजधानी | AE
everyday-name | अरब अमीरात की राजधानी बोलो परयू | AE
everyday-name | सऊदी की राजधानी क्या है | SA
everyday-name | साउथ कोरिया का राजधानी कौन सा है | KR
everyday-name | नॉर्थ कोरिया की राजधानी बताओ टीम बी | KP
everyday-name | कांगो किन्शासा वाला उसकी राजधानी | CD
everyday-name | बंबई वाले राज्य की राजधानी | IN-MH
everyday-name | उड़ीसा का राजधानी बोलिए | IN-OD
everyday-name | बंगाल का राजधानी बोलो | IN-WB
everyday-name | एमपी की राजधानी का आय | IN-MP
everyday-name | यूपी की राजधानी बताओ | IN-UP
everyday-name | सीजी के राजधानी | IN-CG
everyday-name | पॉन्डिचेरी की राजधानी | IN-PY
everyday-name | हिमाचल की राजधानी | IN-HP
everyday-name | अंडमान की राजधानी क्या है | IN-AN
everyday-name | कश्मीर की राजधानियाँ | IN-JK
everyday-name | न्यू यॉर्क राज्य की राजधानी क्या है सिटी नहीं | US-NY
everyday-name | कैली की राजधानी बताओ कैलिफ़ोर्निया वाला | US-CA
shared-name | जॉर्जिया के राजधानी का हे | GE+US-GA
shared-name | जॉर्जिया की राजधानी कौन सी आय | GE+US-GA
shared-name | जॉर्जिया का राजधानी बोलो ना | GE+US-GA
shared-name | कोरिया की राजधानी बताओ | KP+KR
shared-name | दोनों कोरिया की राजधानियाँ क्या हैं | KP+KR
shared-name | कोरिया के राजधानी की छै | KP+KR
shared-name | उत्तर और दक्षिण कोरिया की राजधानी | KP+KR
shared-name | कांगो का राजधानी क्या है दादा | CD+CG
shared-name | कांगो की राजधानी बताओ बायर वहीं से है | CD+CG
shared-name | दोनों कांगो की राजधानियाँ | CD+CG
shared-name | वर्जिन आइलैंड्स की राजधानी क्या है | VG+VI
shared-name | वर्जिन द्वीप की राजधानी बोलो | VG+VI
shared-name | डोमिनिका और डोमिनिकन रिपब्लिक दोनों की राजधानी | DM+DO
shared-name | डोमिनिका और डोमिनिकन गणराज्य की राजधानियाँ बताइए | DM+DO
shared-name | जॉर्जिया का कैपिटल कौन सा है परयू | GE+US-GA
shared-name | कोरिया का कैपिटल बोलो ना | KP+KR
shared-name | कांगो के राजधानी बता गा | CD+CG
shared-name | जॉर्जिया जहाँ से भी हो उसकी राजधानी बताओ | GE+US-GA
shared-name | कोरिया वाला देश उसकी राजधानी | KP+KR
plural-capitals | गिनी और इक्वेटोरियल गिनी की राजधानियाँ | GN+GQ
plural-capitals | सूडान और दक्षिण सूडान की राजधानी | SD+SS
plural-capitals | नाइजर और नाइजीरिया दोनों की राजधानी बताओ | NE+NG
chhattisgarhi | हमर छत्तीसगढ़ के राजधानी नवा रायपुर हे के रायपुर | IN-CG
chhattisgarhi | ओडिसा के राजधानी कोन सहर हे बता दे गा | IN-OD
chhattisgarhi | महाराष्ट्र के राजधानी ला बताबे | IN-MH
chhattisgarhi | तेलंगाना के राजधानी का हे भइया | IN-TS
chhattisgarhi | मोर बेटा दुबई म कमाथे ओ देस के राजधानी का हे | AE
chhattisgarhi | नेपाल देस के राजधानी काठमांडू हे का गा | NP
chhattisgarhi | भिलाई ले बोलत हंव जापान के राजधानी बता | JP
chhattisgarhi | अमरीका के राजधानी कोन हे दाऊ | US
chhattisgarhi | गोवा के राजधानी का हे बने बता | IN-GA
chhattisgarhi | झारखंड राज के राजधानी ला बता न दीदी | IN-JH
maithili | बिहार के राजधानी की छै बताउ ने | IN-BR
maithili | हमर भाइ कतार मे नोकरी करैत छथि ओहि देशक राजधानी की छै | QA
maithili | पश्चिम बंगाल के राजधानी कोन छै | IN-WB
maithili | सिक्किम के राजधानी कहू ने | IN-SK
maithili | जनकपुर नेपाल मे छै ओहि देशक राजधानी की | NP
maithili | असम के राजधानी की भेल | IN-AS
maithili | दिल्ली मे पढ़ैत छी भारत के राजधानी नई दिल्ली छै ने | IN
maithili | पंजाब के राजधानी कतय छै | IN-PB
maithili | मलेशिया के राजधानी की छै बौआ | MY
maithili | अरुणाचल के राजधानी कहू | IN-AR
bundeli | मध्य प्रदेस की राजधानी कौन सी आय भैया | IN-MP
bundeli | उत्तर प्रदेस की राजधानी बताओ तनक | IN-UP
bundeli | हमाओ भैया सूरत में काम करत गुजरात की राजधानी का आय | IN-GJ
bundeli | दिल्ली की राजधानी का आय बताओ | IN-DL
bundeli | राजस्थान की राजधानी जयपुर आय के नईं | IN-RJ
bundeli | कनाडा की राजधानी कौन आय हमाई मोड़ी उते पढ़त | CA
bundeli | हरियाना की राजधानी बताओ तो | IN-HR
bundeli | हिमाचल परदेस की राजधानी कौन सी | IN-HP
bundeli | चीन देस की राजधानी का आय | CN
bundeli | ऑस्ट्रेलिया की राजधानी बताओ भैया उते घूमबे जाने | AU
odia | ओडिशा का राजधानी कौन है बोलिए ना | IN-OD
odia | आंध्र प्रदेश का राजधानी किधर है | IN-AP
odia | छत्तीसगढ़ का राजधानी बोलिए ना टिके | IN-CG
odia | झारखंड का राजधानी रांची है ना बोलिए | IN-JH
odia | मेरा बेटा बेंगलुरु में है कर्नाटक का राजधानी वही है ना | IN-KA
odia | श्रीलंका का राजधानी कौन है | LK
odia | बाली घूमने जाना है इंडोनेशिया का राजधानी बोलिए | ID
odia | तमिलनाडु का राजधानी बोलिए ना | IN-TN
odia | पुरी से बोल रहे हैं सिंगापुर का राजधानी क्या है | SG
odia | मणिपुर का राजधानी कौन है | IN-MN
bangla | पश्चिम बंगाल का राजधानी बोलो ना | IN-WB
bangla | त्रिपुरा का राजधानी कौनटा है | IN-TR
bangla | बांग्लादेश का राजधानी ढाका है ना दादा | BD
bangla | सिक्किम का राजधानी गैंगटोक है क्या | IN-SK
bangla | असम का राजधानी बोलो ना एकटू | IN-AS
bangla | मेघालय का राजधानी कौन है बोलो | IN-ML
bangla | अंडमान का राजधानी का नाम बदल गया ना अभी क्या है | IN-AN
bangla | जर्मनी का राजधानी कौनटा है | DE
bangla | अर्जेंटीना का राजधानी बोलो मेस्सी वाला देश | AR
bangla | फ़्रांस का राजधानी पेरिस है ना | FR
malayali | केरल का राजधानी क्या है परयू | IN-KL
malayali | लक्षद्वीप का राजधानी कौन सा है | IN-LD
malayali | तमिलनाडु का कैपिटल चेन्नई है ना | IN-TN
malayali | सऊदी अरेबिया का राजधानी रियाद है ना चेट्टा | SA
malayali | यूके जाना है नर्सिंग के लिए उसका कैपिटल क्या है | GB
malayali | आयरलैंड का राजधानी क्या है वहाँ नर्स का जॉब है | IE
malayali | ओमान का कैपिटल मस्कट है ना | OM
malayali | पुडुचेरी का राजधानी कौन सा है | IN-PY
malayali | कर्नाटक का कैपिटल परयू | IN-KA
malayali | न्यूज़ीलैंड का राजधानी क्या है अम्मा पूछ रही है | NZ
truck | राजस्थान की राजधानी बताओ जयपुर होके जाना है | IN-RJ
truck | पंजाब की राजधानी कौन सी है उस्ताद | IN-PB
truck | गुजरात की राजधानी बताओ कांडला से माल उठाना है | IN-GJ
truck | महाराष्ट्र की राजधानी कौन सी है भाई | IN-MH
truck | तेलंगाना की राजधानी हैदराबाद है ना | IN-TS
truck | हरियाणा की राजधानी कहाँ है | IN-HR
truck | नागालैंड की राजधानी बताओ दीमापुर जा रहे हैं | IN-NL
truck | नेपाल की राजधानी क्या है बॉर्डर पार जाना है | NP
truck | भूटान की राजधानी क्या है फुंटशोलिंग तक जाते हैं | BT
truck | बांग्लादेश की राजधानी बताओ पेट्रापोल बॉर्डर पे खड़े हैं | BD
dadi | हमारे ज़माने में मद्रास था अब तमिलनाडु की राजधानी क्या है | IN-TN
dadi | बेटा कर्नाटक की राजधानी बैंगलोर ही है ना | IN-KA
dadi | अपने भारत की राजधानी बताओ मुन्नी को | IN
dadi | पाकिस्तान की राजधानी कौन सी है आजकल | PK
dadi | इंग्लैंड की राजधानी बताओ मामा वहाँ गए थे | GB-ENG
dadi | रूस की राजधानी मास्को ही है ना | RU
dadi | मॉरीशस की राजधानी बताओ हमारी बहन वहाँ है | MU
dadi | फ़िजी की राजधानी क्या है गिरमिटिया वाले देश की | FJ
dadi | गुयाना की राजधानी बताओ | GY
dadi | सूरीनाम की राजधानी क्या है बेटा | SR
quiz | अगला सवाल मिज़ोरम की राजधानी | IN-MZ
quiz | टीम बी बताए नागालैंड की राजधानी | IN-NL
quiz | रैपिड फ़ायर त्रिपुरा की राजधानी | IN-TR
quiz | बोनस सवाल लद्दाख की राजधानी | IN-LA
quiz | फ़ाइनल राउंड केप वर्डे की राजधानी | CV
quiz | अगला सवाल आइसलैंड की राजधानी | IS
quiz | पास पास अगली टीम मंगोलिया की राजधानी | MN
quiz | जवाब लॉक करो कज़ाकिस्तान की राजधानी | KZ
quiz | टाई ब्रेकर पलाऊ की राजधानी बताओ | PW
quiz | रैपिड फ़ायर भूटान की राजधानी | BT
rail | गोरखपुर से काठमांडू की बस मिलती है नेपाल की राजधानी वही है ना | NP
rail | हावड़ा से आया हूँ पश्चिम बंगाल की राजधानी कौन सी है | IN-WB
rail | गुवाहाटी वाली गाड़ी में बैठा हूँ असम की राजधानी बताओ | IN-AS
rail | जम्मू तवी जा रहा हूँ जम्मू कश्मीर की राजधानी बताओ | IN-JK
rail | अगरतला राजधानी एक्सप्रेस वाला त्रिपुरा उसकी राजधानी | IN-TR
rail | भोपाल शताब्दी में बैठा हूँ मध्य प्रदेश की राजधानी वही है क्या | IN-MP
rail | एक पैसेंजर मालदीव का पूछ रहा था उसकी राजधानी | MV
rail | रेल मंत्रालय वाले शहर की बात नहीं कर रहा बस भारत की राजधानी बताओ | IN
rail | सिक्किम की राजधानी तक ट्रेन जाती है क्या नहीं तो राजधानी बताओ | IN-SK
rail | झारखंड की राजधानी बताओ हटिया से चलती है गाड़ी | IN-JH
export | बांग्लादेश के बायर का ऑफ़िस राजधानी में है कौन सी है | BD
export | नीदरलैंड्स की राजधानी बताओ रॉटरडैम पोर्ट वाला देश | NL
export | जर्मनी के हैम्बर्ग राज्य की राजधानी | DE-HH
export | जर्मनी के बर्लिन राज्य की राजधानी क्या है | DE-BE
export | ब्रेमेन वाले जर्मन राज्य की राजधानी | DE-HB
export | यूएई की राजधानी बताओ दुबई नहीं | AE
export | चीन की राजधानी क्या है ग्वांगझू फ़ेयर जाना है | CN
export | सिंगापुर का कैपिटल सिंगापुर ही है ना | SG
export | हांगकांग की राजधानी बताओ एलसी वहाँ से खुलेगा | HK
export | ताइवान का कैपिटल बताओ सेमीकंडक्टर वाला बायर है | TW
radio | श्रोता पूछ रहे हैं फ़िलिस्तीन की राजधानी | PS
radio | कोसोवो की राजधानी क्या है आज का सवाल | XK
radio | पश्चिमी सहारा की राजधानी बताइए श्रोताओं को | EH
radio | वेटिकन की राजधानी क्या है | VA
radio | मकाऊ का कोई राजधानी है क्या बताइए | MO
radio | ग्रीनलैंड की राजधानी आज का फ़न फ़ैक्ट | GL
radio | अंटार्कटिका की राजधानी है क्या कोई | AQ
radio | प्यूर्टो रिको की राजधानी बताइए डेस्पासितो वाला | PR
radio | जिब्राल्टर की राजधानी क्या है | GI
radio | बरमूडा ट्रायंगल वाले बरमूडा की राजधानी | BM
maithili | हमर पिसियौत नसाउ गेल छथि बहामास के राजधानी वैह छै ने | BS
quiz | कैरिबियन राउंड बहामास की राजधानी बताओ | BS
help | हमरा की की पुछबाक चाही कनी बुझा दिअ | HELP
help | ए गा येला का का पूछ सकथन बता | HELP
help | तनक समझाओ जे का का बताय सकत | HELP
help | आमाके एकटू हेल्प करो ये कैसे चलता है | HELP
help | मेरे को कुछ समझ नहीं आ रहा बोलिए ना क्या करना है | HELP
help | एंताणु ये पूरा समझाओ ना कैसे चलेगा | HELP
help | उस्ताद इसमें सवाल कैसे पूछते हैं समझाओ | HELP
help | बिटिया को समझाना है ये कैसे चलता है तुम ही बताओ | HELP
help | क्विज़ मास्टर को बताओ इसमें कौन से राउंड खेल सकते हैं | HELP
help | श्रोताओं को बताइए इस स्किल से क्या क्या पूछ सकते हैं | HELP
help | निर्देश सुनाओ ज़रा | HELP
help | इसके बारे में बताओ ये करता क्या है | HELP
stop | अब चुप हो जा गा बहुत होगे | STOP
stop | बंद कर दे ना दीदी | STOP
stop | आब चुप भ जाउ | STOP
stop | बंद करू ई सब | STOP
stop | बस करो भैया अब नईं सुनने | STOP
stop | चुप रओ तनक | STOP
stop | बंद करिए अब बस | STOP
stop | चुप करो एकदम | STOP
stop | बस बस थामो अब | STOP
stop | मति चेट्टा बंद करो | STOP
stop | उस्ताद आवाज़ बंद करो अब | STOP
stop | अब बस करो बेटा दादी थक गई | STOP
stop | गेम ओवर बंद करो इसे | STOP
stop | लाइव ख़त्म बंद कीजिए | STOP
cancel | नइ चाही रहन दे | CANCEL
cancel | जाय दियौ छोड़ू ई सवाल | CANCEL
cancel | नईं चाने रहन दो भैया | CANCEL
cancel | छोड़िए ना बाद में पूछेंगे | CANCEL
cancel | थाक बाद दो ये वाला | CANCEL
cancel | वेंडा छोड़ो ये सवाल | CANCEL
cancel | उस्ताद रहने दो कैंसल करो | CANCEL
cancel | अरे नहीं भूल जाओ बेटा ग़लत पूछ लिया | CANCEL
cancel | ये सवाल रद्द करो अगली टीम | CANCEL
cancel | छोड़ो ये वाला इनवॉइस बाद में | CANCEL
cancel | रहने दीजिए ये सवाल हटा दीजिए | CANCEL
cancel | मत बताओ रहने दो | CANCEL
out-of-domain | राजिम कुंभ कब लगही | FB
out-of-domain | रायपुर ले बिलासपुर के ट्रेन कतका बजे हे | FB
out-of-domain | मधुबनी पेंटिंग कोना बनाबै छै | FB
out-of-domain | दरभंगा राज के राजा के छलाह | FB
out-of-domain | झाँसी के किले में कितने दरवाज़े हैं | FB
out-of-domain | बुंदेली में गाना सुनाओ | FB
out-of-domain | चिलिका झील में डॉल्फ़िन कब दिखता है | FB
out-of-domain | कटक का पुराना नाम क्या था बोलिए | FB
out-of-domain | हावड़ा ब्रिज कब बना था | FB
out-of-domain | ईस्ट बंगाल का नया कोच कौन है | FB
out-of-domain | केरल की पहली राजधानी कोल्लम थी क्या वेणाड वाला | FB
out-of-domain | नर्सिंग के लिए जर्मनी में कितनी सैलरी है | FB
out-of-domain | ट्रक का टायर प्रेशर कितना होना चाहिए | FB
out-of-domain | फ़ास्टैग रिचार्ज करो | FB
out-of-domain | दादी के लिए आरती लगाओ | FB
out-of-domain | मुन्नी का होमवर्क कल जमा करना है याद दिलाना | FB
out-of-domain | क्विज़ में अगला राउंड कौन सा है | FB
out-of-domain | एक से सौ तक गिनती बोलो | FB
out-of-domain | वेटिंग लिस्ट कन्फ़र्म होगी क्या | FB
out-of-domain | शताब्दी और दुरंतो में क्या फ़र्क है | FB
out-of-domain | शिपिंग बिल कैसे भरते हैं | FB
out-of-domain | सूरत किस राज्य की राजधानी है | FB
out-of-domain | रेडियो पे आज का राशिफल सुनाइए | FB
out-of-domain | आरजे का नाम क्या है | FB
out-of-domain | पश्चिमी घाट की राजधानी कौन सी है | FB
out-of-domain | हिमालय की राजधानी क्या है | FB
out-of-domain | दक्षिण भारत की राजधानी कौन सी है | FB
out-of-domain | जंगलबुक वाले जंगल का राजा कौन था | FB
out-of-domain | मुगलों की राजधानी आगरा थी या दिल्ली | FB
out-of-domain | लंका की राजधानी सोने की थी क्या | FB
out-of-domain | कैपिटल मार्केट में आज सेंसेक्स कितना है | FB
out-of-domain | राजधानी नाम की दाल वाली दुकान का नंबर दो | FB
out-of-domain | राजधानी थाली वाला रेस्टोरेंट कहाँ है | FB
out-of-domain | भारत की राजधानी कलकत्ता से दिल्ली कब गई | FB
malayali | सिडनी में मेरी कज़िन नर्स है न्यू साउथ वेल्स राज्य का राजधानी वही है क्या | AU-NSW
odia | ब्रिस्बेन में मेरा भांजा है क्वींसलैंड का राजधानी बोलिए ना | AU-QLD
radio | श्रोता बरमूडा द्वीप के बारे में पूछ रहे हैं वहाँ की राजधानी बताइए | BM
export | ब्राज़ील के अमेज़न वाले राज्य अमेज़ोनास की राजधानी बताना मनाउस है क्या | BR-AM
radio | बुवे आइलैंड नाम का द्वीप है उसकी राजधानी कोई है क्या | BV
malayali | वैंकूवर जाना है ब्रिटिश कोलंबिया का कैपिटल क्या है | CA-BC
bangla | विनीपेग में मेरा दोस्त है मैनिटोबा का राजधानी कौनटा | CA-MB
export | फ़्रैंकफ़र्ट फ़ेयर जाना है हेस्से राज्य की राजधानी बताओ | DE-HE
dadi | केमैन आइलैंड्स की राजधानी बताओ बेटा टीवी में नाम सुना था | KY
quiz | कैरिबियन राउंड दो मार्टिनिक की राजधानी बताओ | MQ
truck | मेक्सिको के बाहा कैलिफ़ोर्निया राज्य की राजधानी तिहुआना है क्या | MX-BCN
quiz | बर्फ़ वाला राउंड अलास्का की राजधानी बताओ | US-AK
"""

if __name__ == "__main__":
    build_round(42, "hi", LINES, sys.argv, "tests/Eval/hi/round42/source/build_corpus.py")
