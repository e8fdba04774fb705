"""Round 43, Hindi (hi-IN): a new author's mix of speakers and situations, written blind (brief WRITER51.md), chosen
away from the speakers of Hindi round 42 (Chhattisgarhi, Maithili, Bundeli, Odia-, Bengali- and Malayali-Hindi; truck
drivers, a grandmother, a quiz night, a railway clerk, an export clerk, a radio jockey) and those round 42 names for
rounds 41 and 40 (Punjabi, Braj, Lucknowi, Telugu-, north-eastern, Konkani-, Bhojpuri, Marwari, Haryanvi, Bambaiya,
Dakhini, Tamil-, Nepali-, Pahari- and Marathi-Hindi, NRI learners; pilgrims, teachers, coin collectors, kitchens, sports
fans, forex, visas, delivery riders, newsrooms, weddings, traders, gamers). Regions and first languages: Magahi from
Gaya and Nalanda ("के राजधानी की हइ", "बताहो", "हम्मर बउआ"), Malwi from Indore and Ujjain ("कई है", "भिया", "नी",
"अपन"), Nagpuri (Sadri) from Ranchi and Gumla ("कर राजधानी", "का हके", "बताव"), Dogri from Jammu and Udhampur ("दी
राजधानी", "केह् ऐ", "दस्सो"), Gujarati speakers' Hindi from Ahmedabad and Surat ("छे", "कहो ने", "मारी दीकरी"),
Kannada speakers' Hindi from Bengaluru and Mysuru ("गुरु", "हेळि", "का राजधानी"). Situations: UPSC and SSC aspirants in
coaching hostels, an army family in cantonments and on UN missions, a BPO night shift with foreign customers, airline
cabin crew on layovers, children of five to ten asking for homework and for fun. Around them: follow-ups, plural
capitals, subdivisions and territories, yes/no checks, self-corrections, reverse questions, official, everyday and
shared names, help, stop, cancel, launch by the skill's invocation name "दुनिया की राजधानियाँ", and out-of-domain
requests (home devices, old kingdoms and empires, festivals and food of the speakers' regions, exam and office talk,
"capital" in other senses, fictional and mythical places, regions not in the data, cities that are no capital).
`python3 tests/Eval/hi/round43/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 43's number); every line is hi-IN. Every sentence was written by hand as one whole utterance,
except frames with three fills (countries in speaker and situation voices; subdivisions and territories).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
magahi | {} के राजधानी की हइ बताहो न | एंडोरा=AD; संयुक्त अरब अमीरात=AE; अफ़गानिस्तान=AF
magahi | गया से पूछ रहलियो हे {} के राजधानी कउन सहर हइ | एंटिगुआ और बरबुडा=AG; अल्बानिया=AL; आर्मेनिया=AM
magahi | अरे भइया {} के राजधानी के नाम की हइ | अंगोला=AO; अर्जेंटीना=AR; ऑस्ट्रिया=AT
magahi | हम्मर बउआ पूछ रहल हे {} के राजधानी कहाँ हइ | ऑस्ट्रेलिया=AU; अज़रबैजान=AZ; बोस्निया और हर्ज़ेगोविना=BA
magahi | नालंदा वाला मास्टर जी पूछलथिन {} के राजधानी की हो | बारबाडोस=BB; बांग्लादेश=BD; बेल्जियम=BE
magahi | तनी बता दहो {} के राजधानी | बुर्किना फ़ासो=BF; बुल्गारिया=BG; बहरीन=BH
malwi | {} की राजधानी कई है बताओ नी | बुरुंडी=BI; बेनिन=BJ; ब्रूनेई=BN
malwi | इंदौर से बोल रिया हूँ {} की राजधानी कौन सी है | बोलीविया=BO; ब्राज़ील=BR; बहामास=BS
malwi | भिया {} की राजधानी कई हे जरा बताओ | भूटान=BT; बोत्स्वाना=BW; बेलारूस=BY
malwi | उज्जैन वाली भाभी पूछ री हे {} की राजधानी | बेलीज़=BZ; कनाडा=CA; कांगो लोकतांत्रिक गणराज्य=CD
malwi | अपन के छोरा ने पूछ्यो {} की राजधानी कई हे | मध्य अफ़्रीकी गणराज्य=CF; कांगो गणराज्य=CG; स्विट्ज़रलैंड=CH
malwi | अरे यार {} की राजधानी को नाम बताओ नी | कोत दिवुआर=CI; चिली=CL; कैमरून=CM
nagpuri | {} कर राजधानी का हके बताव | चीन=CN; कोलंबिया=CO; कोस्टारिका=CR
nagpuri | रांची ले पूछत हों {} कर राजधानी कोन सहर | क्यूबा=CU; केप वर्ड=CV; साइप्रस=CY
nagpuri | ए दीदी {} कर राजधानी का हेके | चेकिया=CZ; जर्मनी=DE; जिबूती=DJ
nagpuri | हमर भाई पूछत हे {} कर राजधानी बताय दे | डेनमार्क=DK; डोमिनिका=DM; डोमिनिकन गणराज्य=DO
nagpuri | गुमला ले बोलत ही {} कर राजधानी का हके | अल्जीरिया=DZ; इक्वाडोर=EC; एस्टोनिया=EE
nagpuri | अरे सुन ना {} कर राजधानी के बतातो | मिस्र=EG; इरिट्रिया=ER; स्पेन=ES
dogri | {} दी राजधानी केह् ऐ दस्सो | इथियोपिया=ET; फ़िनलैंड=FI; फ़िजी=FJ
dogri | जम्मू तों पुच्छा करदा {} दी राजधानी कुन्न ऐ | माइक्रोनेशिया=FM; फ़्रांस=FR; गैबॉन=GA
dogri | भापा जी {} दी राजधानी दस्सो जी | यूनाइटेड किंगडम=GB; ग्रेनाडा=GD; जॉर्जिया=GE
dogri | मेरी धी पुच्छदी ऐ {} दी राजधानी केह् ऐ | घाना=GH; गाम्बिया=GM; गिनी=GN
dogri | उधमपुर तों बोल रेहा {} दी राजधानी दस्सो | इक्वेटोरियल गिनी=GQ; यूनान=GR; ग्वाटेमाला=GT
dogri | ओ जी {} दी राजधानी किह्ड़ा शैहर ऐ | गिनी बिसाउ=GW; गुयाना=GY; होंडूरास=HN
gujju | {} नी राजधानी कौन सा है बताओ ना | क्रोएशिया=HR; हैती=HT; हंगरी=HU
gujju | अमदावाद से बोल रहा हूँ {} का कैपिटल क्या छे | इंडोनेशिया=ID; आयरलैंड=IE; इज़राइल=IL
gujju | भाई {} की राजधानी कौन सी है कहो ने | भारत=IN; इराक=IQ; ईरान=IR
gujju | मारी दीकरी पूछ रही है {} की राजधानी | आइसलैंड=IS; इटली=IT; जमैका=JM
gujju | सूरत वाले मामा पूछते हैं {} की राजधानी कौन सा है | जॉर्डन=JO; जापान=JP; केन्या=KE
gujju | केम छो एलेक्सा {} की राजधानी क्या है | किर्गिज़स्तान=KG; कंबोडिया=KH; किरिबाती=KI
kannada | {} का राजधानी क्या है हेळि | कोमोरोस=KM; सेंट किट्स और नेविस=KN; उत्तर कोरिया=KP
kannada | बेंगलूर से पूछ रहा {} का कैपिटल कौन सा | दक्षिण कोरिया=KR; कुवैत=KW; कज़ाखस्तान=KZ
kannada | गुरु {} की राजधानी बोलो ना | लाओस=LA; लेबनान=LB; सेंट लूसिया=LC
kannada | मैसूर से बोल रही हूँ {} का राजधानी क्या है | लिचेंस्टीन=LI; श्रीलंका=LK; लाइबेरिया=LR
kannada | नम्म मगळु पूछ रही {} का कैपिटल क्या | लेसोथो=LS; लिथुआनिया=LT; लग्ज़मबर्ग=LU
kannada | एनु {} का राजधानी कौन सा सिटी है | लातविया=LV; लीबिया=LY; मोरक्को=MA
aspirant | प्रीलिम्स के लिए पूछ रहा हूँ {} की राजधानी क्या है | मोनाको=MC; मॉल्डोवा=MD; मोंटेनेग्रो=ME
aspirant | मुखर्जी नगर से {} की राजधानी बताओ जल्दी | मेडागास्कर=MG; मार्शल द्वीपसमूह=MH; उत्तरी मकदूनिया=MK
aspirant | करंट अफ़ेयर्स में आया था {} की राजधानी कौन सी है | माली=ML; म्यांमार=MM; मंगोलिया=MN
aspirant | एसएससी के पेपर के लिए {} की राजधानी बता दो | मॉरिटानिया=MR; माल्टा=MT; मॉरीशस=MU
aspirant | मैप वर्क कर रहे हैं {} की राजधानी क्या है | मालदीव=MV; मलावी=MW; मैक्सिको=MX
aspirant | रिवीज़न चल रहा है {} की राजधानी | मलेशिया=MY; मोज़ांबिक=MZ; नामीबिया=NA
fauji | साहब पूछ रहे हैं {} की राजधानी क्या है | नाइजर=NE; नाइजीरिया=NG; निकारागुआ=NI
fauji | यूएन मिशन की लिस्ट में है {} की राजधानी बताओ | नीदरलैंड=NL; नॉर्वे=NO; नेपाल=NP
fauji | कैंट से बोल रहा हूँ {} की राजधानी कौन सी है | नाउरु=NR; न्यूज़ीलैंड=NZ; ओमान=OM
fauji | मेरे पापा की पोस्टिंग की बात थी {} की राजधानी बताओ | पनामा=PA; पेरू=PE; पापुआ न्यू गिनी=PG
fauji | जय हिंद {} की राजधानी का नाम बताइए | फ़िलिपींस=PH; पाकिस्तान=PK; पोलैंड=PL
fauji | मेस में बहस हो गई {} की राजधानी क्या है | पुर्तगाल=PT; पलाऊ=PW; पराग्वे=PY
bpo | नाइट शिफ़्ट में कस्टमर बोला {} से हूँ उसकी राजधानी क्या है | क़तर=QA; रोमानिया=RO; सर्बिया=RS
bpo | ब्रेक में पूछ रहा हूँ {} की कैपिटल क्या है | रूस=RU; रवांडा=RW; सऊदी अरब=SA
bpo | टीम लीडर ने पूछा {} की राजधानी | सोलोमन द्वीपसमूह=SB; सेशेल्स=SC; सूडान=SD
bpo | क्लाइंट {} का है उसकी राजधानी बताओ | स्वीडन=SE; सिंगापुर=SG; स्लोवेनिया=SI
bpo | गुड़गाँव ऑफ़िस से {} की राजधानी क्या है बताओ | स्लोवाकिया=SK; सिएरा लियोन=SL; सैन मेरीनो=SM
bpo | प्रोसेस ट्रेनिंग में आया {} की कैपिटल कौन सी है | सेनेगल=SN; सोमालिया=SO; सूरीनाम=SR
crew | अगली फ़्लाइट {} जा रही है उसकी राजधानी क्या है | दक्षिण सूडान=SS; साओ टोम और प्रिंसिपे=ST; अल सल्वाडोर=SV
crew | लेओवर में पूछ रही हूँ {} की राजधानी बताओ | सीरिया=SY; एस्वाटिनी=SZ; चाड=TD
crew | कैप्टन पूछ रहे हैं {} की राजधानी कौन सी है | टोगो=TG; थाईलैंड=TH; ताजिकिस्तान=TJ
crew | रोस्टर में {} आया है राजधानी क्या है | तिमोर लेस्त=TL; तुर्कमेनिस्तान=TM; ट्यूनीशिया=TN
crew | होटल से बोल रही हूँ {} की राजधानी बताना | टोंगा=TO; तुर्किये=TR; त्रिनिदाद और टोबैगो=TT
crew | पैसेंजर पूछ रहा था {} की राजधानी | तुवालू=TV; तंज़ानिया=TZ; यूक्रेन=UA
kids | {} की राजधानी बताओ ना एलेक्सा दीदी | युगांडा=UG; संयुक्त राज्य अमेरिका=US; उरूग्वे=UY
kids | मम्मा ने बोला पूछो {} की राजधानी क्या है | उज़्बेकिस्तान=UZ; सेंट विंसेंट और ग्रेनाडाइंस=VC; वेनेज़ुएला=VE
kids | एलेक्सा एलेक्सा {} की राजधानी | वियतनाम=VN; वनुआतू=VU; समोआ=WS
kids | मेरा होमवर्क है {} की राजधानी बताओ | यमन=YE; दक्षिण अफ़्रीका=ZA; ज़ाम्बिया=ZM
kids | मैं सात साल का हूँ {} की राजधानी क्या होती है | ज़िम्बाब्वे=ZW; फ़िलिस्तीन=PS; कोसोवो=XK
kids | भैया बोल रहा है {} की राजधानी मुझे नहीं पता तुम बताओ | ताइवान=TW; पश्चिमी सहारा=EH; वेटिकन सिटी=VA
subdivision | ऑस्ट्रेलिया वाले {} की राजधानी बताओ | ऑस्ट्रेलियाई राजधानी क्षेत्र=AU-ACT; न्यू साउथ वेल्स=AU-NSW; उत्तरी क्षेत्र=AU-NT
subdivision | मेरा भाई ऑस्ट्रेलिया में है {} की राजधानी कौन सी है | क्वींसलैंड=AU-QLD; दक्षिण ऑस्ट्रेलिया=AU-SA; तस्मानिया=AU-TAS
subdivision | {} राज्य की राजधानी क्या है ऑस्ट्रेलिया या ब्राज़ील वाला | विक्टोरिया=AU-VIC; पश्चिमी ऑस्ट्रेलिया=AU-WA; अक्री=BR-AC
subdivision | ब्राज़ील के {} की राजधानी बताइए | अलागोआस=BR-AL; अमेज़ोनास=BR-AM; अमापा=BR-AP
subdivision | ब्राज़ील का एक राज्य है {} उसकी राजधानी | बाहिया=BR-BA; सेआरा=BR-CE; संघीय ज़िला=BR-DF
subdivision | फ़ुटबॉल वाले देश ब्राज़ील के {} की राजधानी कौन सी | एस्पिरितो सैंटो=BR-ES; गोइआस=BR-GO; मारान्याओ=BR-MA
subdivision | सांबा वाले ब्राज़ील में {} नाम का राज्य उसकी राजधानी क्या है | मिनास जेरैस=BR-MG; माटो ग्रोसो दो सुल=BR-MS; माटो ग्रोसो=BR-MT
subdivision | ब्राज़ील में {} है उसका कैपिटल बता दो | पारा=BR-PA; पराइबा=BR-PB; पेर्नामबुको=BR-PE
subdivision | {} प्रांत की राजधानी कौन सा शहर है | पिआउई=BR-PI; पराना=BR-PR; रियो डि जेनेरो=BR-RJ
subdivision | ब्राज़ील वाले {} की राजधानी बताना भाई | रियो ग्रांडे दो नॉर्टे=BR-RN; रोंडोनिया=BR-RO; रोराइमा=BR-RR
subdivision | ब्राज़ील देश का {} राज्य उसकी राजधानी बताओ भाई | रियो ग्रांडे दो सुल=BR-RS; सांता कैटरीना=BR-SC; सर्जीपे=BR-SE
subdivision | {} की राजधानी कहाँ है ये ब्राज़ील या कनाडा में है | साओ पाउलो=BR-SP; टोकांटिन्स=BR-TO; अल्बर्टा=CA-AB
subdivision | कनाडा के {} की राजधानी बताइए प्लीज़ | ब्रिटिश कोलंबिया=CA-BC; मैनिटोबा=CA-MB; न्यू ब्रंसविक=CA-NB
subdivision | मेरी बहन कनाडा जा रही है {} की राजधानी क्या है | न्यूफ़ाउंडलैंड और लैब्राडोर=CA-NL; नोवा स्कोशिया=CA-NS; नॉर्थवेस्ट टेरिटरीज़=CA-NT
subdivision | कनाडा में {} की कैपिटल कौन सी है | नुनावुत=CA-NU; ओंटारियो=CA-ON; प्रिंस एडवर्ड आइलैंड=CA-PE
subdivision | कनाडा वाले {} की राजधानी का नाम | क्यूबेक=CA-QC; सस्केचेवान=CA-SK; युकोन=CA-YT
subdivision | जर्मनी के {} राज्य की राजधानी बताओ | ब्रांडेनबुर्ग=DE-BB; बर्लिन=DE-BE; बाडेन वुर्टेमबर्ग=DE-BW
subdivision | जर्मन राज्य {} की राजधानी कौन सी है | बवेरिया=DE-BY; ब्रेमेन=DE-HB; हेस्से=DE-HE
subdivision | जर्मनी में {} नाम का प्रदेश है उसकी राजधानी क्या | हैम्बर्ग=DE-HH; मेक्लेनबुर्ग फ़ोर्पोमर्न=DE-MV; लोअर सैक्सनी=DE-NI
subdivision | जर्मनी का {} उसकी राजधानी बताओ | नॉर्थ राइन वेस्टफ़ेलिया=DE-NW; राइनलैंड पैलेटिनेट=DE-RP; श्लेस्विग होल्स्टाइन=DE-SH
subdivision | जर्मनी के बुंडेसलैंड {} की राजधानी क्या है | सारलैंड=DE-SL; सैक्सनी=DE-SN; सैक्सनी अनहाल्ट=DE-ST
subdivision | {} की राजधानी बताओ जर्मनी वाला या ब्रिटेन वाला | थुरिंजिया=DE-TH; इंग्लैंड=GB-ENG; उत्तरी आयरलैंड=GB-NIR
subdivision | {} की राजधानी बताओ स्कूल के प्रोजेक्ट के लिए | स्कॉटलैंड=GB-SCT; वेल्स=GB-WLS; अंडमान और निकोबार द्वीपसमूह=IN-AN
subdivision | अपने देश के {} की राजधानी कौन सी है | आंध्र प्रदेश=IN-AP; अरुणाचल प्रदेश=IN-AR; असम=IN-AS
subdivision | {} की राजधानी क्या है भारत में | बिहार=IN-BR; छत्तीसगढ़=IN-CG; चंडीगढ़=IN-CH
subdivision | भारत का राज्य या यूटी {} उसकी राजधानी बताओ | दादरा और नगर हवेली और दमन और दीव=IN-DH; दिल्ली=IN-DL; गोवा=IN-GA
subdivision | {} की राजधानी कहाँ है अपने इंडिया में | गुजरात=IN-GJ; हिमाचल प्रदेश=IN-HP; हरियाणा=IN-HR
subdivision | हिंदुस्तान के {} की राजधानी कौन सा शहर है | झारखंड=IN-JH; जम्मू और कश्मीर=IN-JK; कर्नाटक=IN-KA
subdivision | {} प्रदेश की राजधानी बताओ जी | केरल=IN-KL; लद्दाख=IN-LA; लक्षद्वीप=IN-LD
subdivision | इंडिया में {} की कैपिटल क्या है | महाराष्ट्र=IN-MH; मेघालय=IN-ML; मणिपुर=IN-MN
subdivision | अपने यहाँ {} की राजधानी का नाम क्या है | मध्य प्रदेश=IN-MP; मिज़ोरम=IN-MZ; नागालैंड=IN-NL
subdivision | {} की राजधानी कौन सी है जीके के लिए | ओडिशा=IN-OD; पंजाब=IN-PB; पुडुचेरी=IN-PY
subdivision | स्टेट पीएससी में पूछा था {} की राजधानी | राजस्थान=IN-RJ; सिक्किम=IN-SK; तमिलनाडु=IN-TN
subdivision | भारत में {} वाले की राजधानी बताइए | त्रिपुरा=IN-TR; तेलंगाना=IN-TS; उत्तराखंड=IN-UK
subdivision | {} की राजधानी कौन सी है बताओ ज़रा नक्शे में ढूँढ रहा हूँ | उत्तर प्रदेश=IN-UP; पश्चिम बंगाल=IN-WB; अगुआस्कालिएंतेस=MX-AGU
subdivision | मेक्सिको के {} राज्य की राजधानी क्या है | बाहा कैलिफ़ोर्निया=MX-BCN; बाहा कैलिफ़ोर्निया सुर=MX-BCS; कैंपेचे=MX-CAM
subdivision | मेक्सिको में {} है उसकी राजधानी बताओ | चिहुआहुआ=MX-CHH; चियापास=MX-CHP; कोआविला=MX-COA
subdivision | मैक्सिको का राज्य {} राजधानी कौन सी | कोलिमा=MX-COL; दुरांगो=MX-DUR; ग्वेरेरो=MX-GRO
subdivision | मेक्सिको वाले {} की राजधानी का नाम बताइए | गुआनाहुआतो=MX-GUA; इडाल्गो=MX-HID; हालिस्को=MX-JAL
subdivision | {} मेक्सिको में है ना उसकी राजधानी क्या है | मेक्सिको राज्य=MX-MEX; मिचोआकान=MX-MIC; मोरेलोस=MX-MOR
subdivision | मेक्सिको के {} प्रदेश की राजधानी | नायारित=MX-NAY; नुएवो लेओन=MX-NLE; ओआहाका=MX-OAX
subdivision | मेक्सिको की स्टेट {} की कैपिटल बताओ | पुएब्ला=MX-PUE; केरेतारो=MX-QUE; किंताना रू=MX-ROO
subdivision | मेक्सिको के नक्शे में {} दिखा उसकी राजधानी क्या है | सिनालोआ=MX-SIN; सान लुइस पोतोसी=MX-SLP; सोनोरा=MX-SON
subdivision | {} स्टेट की राजधानी बताओ मेक्सिको वाला | ताबास्को=MX-TAB; तामाउलिपास=MX-TAM; त्लाक्स्काला=MX-TLA
subdivision | मेक्सिको देश में {} राज्य की राजधानी कौन सी है | वेराक्रूज़=MX-VER; युकातान=MX-YUC; ज़ाकातेकास=MX-ZAC
subdivision | अमेरिका के पचास राज्यों में {} भी है उसकी राजधानी बताओ | अलास्का=US-AK; अलाबामा=US-AL; आर्कन्सॉ=US-AR
subdivision | अमेरिका के {} राज्य की राजधानी क्या है | एरिज़ोना=US-AZ; कैलिफ़ोर्निया=US-CA; कोलोराडो=US-CO
subdivision | यूएसए में {} की कैपिटल कौन सी है | कनेक्टिकट=US-CT; डेलावेयर=US-DE; फ़्लोरिडा=US-FL
subdivision | अमेरिका की स्टेट {} की राजधानी बताओ | जॉर्जिया=US-GA; हवाई=US-HI; आयोवा=US-IA
subdivision | मेरा दोस्त अमेरिका में है {} में उसकी राजधानी क्या है | आइडाहो=US-ID; इलिनॉय=US-IL; इंडियाना=US-IN
subdivision | अमरीका के {} की राजधानी बताइए | कैनसस=US-KS; केंटकी=US-KY; लुइज़ियाना=US-LA
subdivision | यूएस स्टेट {} का कैपिटल क्या है | मैसाचुसेट्स=US-MA; मैरीलैंड=US-MD; मेन=US-ME
subdivision | अमेरिका में {} नाम का राज्य उसकी राजधानी कौन सी | मिशिगन=US-MI; मिनेसोटा=US-MN; मिज़ूरी=US-MO
subdivision | {} स्टेट अमेरिका की उसकी राजधानी बताओ | मिसिसिपी=US-MS; मोंटाना=US-MT; उत्तरी कैरोलाइना=US-NC
subdivision | अमेरिका वाले {} की राजधानी का नाम क्या है | उत्तरी डकोटा=US-ND; नेब्रास्का=US-NE; न्यू हैम्पशायर=US-NH
subdivision | अमेरिकी राज्य {} की राजधानी कौन सा शहर है | न्यू जर्सी=US-NJ; न्यू मेक्सिको=US-NM; नेवादा=US-NV
subdivision | {} अमेरिका का राज्य है ना उसकी राजधानी | न्यूयॉर्क=US-NY; ओहायो=US-OH; ओक्लाहोमा=US-OK
subdivision | अमेरिका के नक्शे में {} उसकी राजधानी बताओ | ओरेगन=US-OR; पेंसिल्वेनिया=US-PA; रोड आइलैंड=US-RI
subdivision | अमेरिका में {} की राजधानी कौन सी है बताओ ज़रा | दक्षिण कैरोलाइना=US-SC; दक्षिण डकोटा=US-SD; टेनेसी=US-TN
subdivision | {} वाले अमेरिकी स्टेट की कैपिटल | टेक्सास=US-TX; यूटा=US-UT; वर्जीनिया=US-VA
subdivision | यूनाइटेड स्टेट्स के {} की राजधानी क्या है | वर्मोंट=US-VT; वॉशिंगटन=US-WA; विस्कॉन्सिन=US-WI
subdivision | अमेरिका के {} राज्य की राजधानी बताओ मेरा कज़िन वहाँ पढ़ता है | वेस्ट वर्जीनिया=US-WV; वायोमिंग=US-WY
territory | {} द्वीप की राजधानी क्या है | एंग्विला=AI; अमेरिकी समोआ=AS; अरूबा=AW
territory | {} की राजधानी बताओ वो जो छोटा सा इलाका है | एलैंड द्वीपसमूह=AX; सेंट बार्थेलेमी=BL; बरमूडा=BM
territory | {} वाले टापू की राजधानी कौन सी है | कैरिबियन नीदरलैंड=BQ; कोकोस द्वीपसमूह=CC; कुक द्वीपसमूह=CK
territory | {} की राजधानी कौन सी है वो किसी देश के अंडर आता है ना | कुरासाओ=CW; क्रिसमस द्वीप=CX; फ़ॉकलैंड द्वीपसमूह=FK
territory | {} की कैपिटल बताओ आइलैंड वाला | फ़ेरो द्वीपसमूह=FO; फ़्रेंच गुयाना=GF; गर्नसी=GG
territory | {} नाम की जगह की राजधानी क्या है | जिब्राल्टर=GI; ग्रीनलैंड=GL; ग्वाडेलूप=GP
territory | {} की राजधानी बताइए जो फ़्रांस के पास है | दक्षिण जॉर्जिया और दक्षिण सैंडविच द्वीपसमूह=GS; गुआम=GU; आइल ऑफ़ मैन=IM
territory | {} की राजधानी क्या है वो समंदर वाला इलाका | ब्रिटिश हिंद महासागरीय क्षेत्र=IO; जर्सी=JE; कैमेन द्वीपसमूह=KY
territory | क्रूज़ पर जाना है {} की राजधानी क्या है | सेंट मार्टिन=MF; उत्तरी मारियाना द्वीपसमूह=MP; मार्टीनिक=MQ
territory | {} की राजधानी कौन सा शहर है बताओ | मोंटसेरात=MS; न्यू कैलेडोनिया=NC; नॉरफ़ॉक द्वीप=NF
territory | {} का मुख्य शहर मतलब राजधानी क्या है | नीयू=NU; फ़्रेंच पोलिनेशिया=PF; सेंट पिएरे और मिक्वेलान=PM
territory | {} इलाके की राजधानी कौन सी | पिटकैर्न द्वीपसमूह=PN; पोर्टो रिको=PR; रियूनियन=RE
territory | टिकट पर {} लिखा है उसकी राजधानी क्या है | सेंट हेलेना=SH; स्वालबार्ड और जान मायेन=SJ; सिंट मार्टिन=SX
territory | {} की राजधानी बताओ ना टापू वाला | तुर्क और कैकोज़ द्वीपसमूह=TC; फ़्रांसीसी दक्षिणी क्षेत्र=TF; तोकेलाउ=TK
territory | डाक टिकट पर {} का नाम था उसकी राजधानी क्या है | ब्रिटिश वर्जिन द्वीपसमूह=VG; यूएस वर्जिन द्वीपसमूह=VI; वालिस और फ़्यूचूना=WF
territory | {} की राजधानी बताइए | मायोते=YT
plural-capitals | बेनिन की दोनों राजधानियाँ बताओ | BJ
plural-capitals | बेनिन के कितने कैपिटल हैं और कौन कौन से | BJ
plural-capitals | बेनिन में पोर्टो नोवो के अलावा दूसरी राजधानी कौन सी है | BJ
plural-capitals | बोलीविया की राजधानियाँ कौन कौन सी हैं | BO
plural-capitals | बोलीविया की दो राजधानी होती हैं ना दोनों के नाम बताओ | BO
plural-capitals | बोलीविया के सारे कैपिटल बताओ | BO
plural-capitals | आइवरी कोस्ट की राजधानियाँ बताओ | CI
plural-capitals | कोत दिवुआर की दोनों राजधानी कौन सी हैं | CI
plural-capitals | आइवरी कोस्ट में कितनी राजधानियाँ हैं | CI
plural-capitals | श्रीलंका की दोनों राजधानियाँ बताओ | LK
plural-capitals | श्रीलंका की राजधानियाँ कौन कौन सी हैं कोलंबो के अलावा | LK
plural-capitals | लंका देश के दोनों कैपिटल के नाम | LK
plural-capitals | मलेशिया की राजधानियाँ बताओ | MY
plural-capitals | मलेशिया की दो राजधानियाँ हैं कौन सी | MY
plural-capitals | मलेशिया के सारे कैपिटल क्या क्या हैं | MY
plural-capitals | नीदरलैंड की राजधानियाँ कौन सी हैं | NL
plural-capitals | हॉलैंड की दोनों राजधानी बताओ | NL
plural-capitals | नीदरलैंड्स में एम्स्टर्डम और दूसरी राजधानी कौन सी | NL
plural-capitals | इस्वातिनी की राजधानियाँ बताओ | SZ
plural-capitals | स्वाज़ीलैंड की दोनों राजधानी कौन सी हैं | SZ
plural-capitals | एस्वातिनी के सारे कैपिटल बताओ | SZ
plural-capitals | दक्षिण अफ़्रीका की तीनों राजधानियाँ बताओ | ZA
plural-capitals | साउथ अफ़्रीका की कितनी राजधानी हैं सबके नाम बताओ | ZA
plural-capitals | दक्षिण अफ्रीका की राजधानियाँ कौन कौन सी हैं | ZA
plural-capitals | फ़िलिस्तीन की राजधानियाँ बताओ | PS
plural-capitals | फ़िलिस्तीन की दोनों राजधानी कौन सी मानी जाती हैं | PS
plural-capitals | पैलेस्टाइन के सारे कैपिटल बताओ | PS
plural-capitals | जम्मू कश्मीर की दोनों राजधानियाँ बताओ गर्मी वाली और सर्दी वाली | IN-JK
plural-capitals | जम्मू और कश्मीर की राजधानियाँ कौन सी हैं | IN-JK
plural-capitals | उत्तराखंड की दोनों राजधानी बताओ देहरादून और दूसरी | IN-UK
plural-capitals | उत्तराखंड की राजधानियाँ कौन कौन सी हैं | IN-UK
plural-capitals | मोंटसेराट की दोनों राजधानियाँ बताओ | MS
plural-capitals | झारखंड और बिहार दोनों की राजधानी बताओ | IN-BR+IN-JH
plural-capitals | मध्य प्रदेश और गुजरात की राजधानियाँ बताओ | IN-GJ+IN-MP
plural-capitals | कर्नाटक और केरल की राजधानी क्या क्या है | IN-KA+IN-KL
plural-capitals | पंजाब और हरियाणा दोनों की राजधानी बताओ | IN-HR+IN-PB
plural-capitals | भारत पाकिस्तान और बांग्लादेश की राजधानियाँ बताओ | BD+IN+PK
plural-capitals | नेपाल और भूटान की राजधानी बताओ | BT+NP
plural-capitals | अमेरिका और कनाडा की राजधानियाँ क्या हैं | CA+US
plural-capitals | फ़्रांस जर्मनी और इटली तीनों की राजधानी | DE+FR+IT
plural-capitals | ईरान और इराक की राजधानी बताओ दोनों की | IQ+IR
plural-capitals | ऑस्ट्रिया और ऑस्ट्रेलिया की राजधानी बताओ दोनों अलग हैं ना | AT+AU
plural-capitals | स्लोवाकिया और स्लोवेनिया दोनों की कैपिटल | SI+SK
plural-capitals | जम्मू कश्मीर और लद्दाख की राजधानियाँ बताओ | IN-JK+IN-LA
plural-capitals | खाड़ी के देश कतर बहरीन और कुवैत की राजधानी बताओ | BH+KW+QA
plural-capitals | टेक्सास और कैलिफ़ोर्निया की राजधानी बताओ | US-CA+US-TX
follow-up | और बिहार की | IN-BR
follow-up | अच्छा और झारखंड का | IN-JH
follow-up | उसके बाद नेपाल की बताओ | NP
follow-up | और श्रीलंका का क्या | LK
follow-up | अब पाकिस्तान की | PK
follow-up | और जापान | JP
follow-up | ठीक है और चीन की राजधानी | CN
follow-up | फिर रूस का बताओ | RU
follow-up | और उसके पड़ोसी यूक्रेन की | UA
follow-up | अच्छा केन्या की भी बता दो | KE
follow-up | और तंज़ानिया की | TZ
follow-up | ओके और मिस्र का | EG
follow-up | बढ़िया अब मोरक्को | MA
follow-up | और गुजरात की भी | IN-GJ
follow-up | और कर्नाटक का क्या है | IN-KA
follow-up | ओके अब जम्मू कश्मीर | IN-JK
follow-up | और महाराष्ट्र की राजधानी | IN-MH
follow-up | अगला वियतनाम | VN
follow-up | और कंबोडिया की | KH
follow-up | अच्छा अब लाओस का बताओ | LA
follow-up | और फ़िनलैंड | FI
follow-up | अब नॉर्वे की | NO
follow-up | और स्वीडन का क्या है | SE
follow-up | और टेक्सास की | US-TX
follow-up | अच्छा फ़्लोरिडा की | US-FL
follow-up | अब ओंटारियो की बताओ | CA-ON
follow-up | और क्यूबेक वाले की | CA-QC
follow-up | फिर बवेरिया की | DE-BY
follow-up | अच्छा और स्कॉटलैंड की | GB-SCT
follow-up | उसके बाद वेल्स वाला | GB-WLS
follow-up | और पेरू की | PE
follow-up | अब चिली का बताओ | CL
follow-up | और अर्जेंटीना की राजधानी भी | AR
follow-up | ठीक और कोलंबिया | CO
follow-up | और सिक्किम की भी बताओ | IN-SK
follow-up | अब मणिपुर | IN-MN
follow-up | ओहो और त्रिपुरा का | IN-TR
follow-up | और भूटान की राजधानी क्या है फिर | BT
follow-up | ठीक है अब क्वींसलैंड | AU-QLD
follow-up | और तस्मानिया का क्या | AU-TAS
follow-up | अब मेक्सिको के हालिस्को की | MX-JAL
follow-up | और ब्राज़ील वाले बाहिया की | BR-BA
follow-up | और कोसोवो की | XK
follow-up | और ताइवान का | TW
yes-no-check | क्या बिहार की राजधानी गया है | IN-BR
yes-no-check | झारखंड की राजधानी जमशेदपुर है क्या | IN-JH
yes-no-check | मध्य प्रदेश की राजधानी इंदौर है ना | IN-MP
yes-no-check | गुजरात की राजधानी अहमदाबाद ही है ना | IN-GJ
yes-no-check | कर्नाटक की राजधानी मैसूर है क्या | IN-KA
yes-no-check | जम्मू कश्मीर की राजधानी सिर्फ़ जम्मू है क्या | IN-JK
yes-no-check | असम की राजधानी गुवाहाटी है या नहीं | IN-AS
yes-no-check | उत्तर प्रदेश की राजधानी कानपुर है क्या | IN-UP
yes-no-check | राजस्थान की राजधानी जोधपुर है ना | IN-RJ
yes-no-check | महाराष्ट्र की राजधानी पुणे है क्या | IN-MH
yes-no-check | आंध्र प्रदेश की राजधानी अभी भी हैदराबाद है क्या | IN-AP
yes-no-check | हिमाचल की राजधानी धर्मशाला है क्या | IN-HP
yes-no-check | क्या तुर्की की राजधानी इस्तांबुल है | TR
yes-no-check | ऑस्ट्रेलिया की राजधानी सिडनी है ना | AU
yes-no-check | कनाडा की राजधानी टोरंटो है क्या | CA
yes-no-check | ब्राज़ील की राजधानी रियो है या ब्रासीलिया | BR
yes-no-check | क्या पाकिस्तान की राजधानी लाहौर है | PK
yes-no-check | नाइजीरिया की राजधानी लागोस है ना | NG
yes-no-check | स्विट्ज़रलैंड की राजधानी ज़्यूरिख है क्या | CH
yes-no-check | म्यांमार की राजधानी अभी भी यांगून है क्या | MM
yes-no-check | न्यूज़ीलैंड की राजधानी ऑकलैंड है ना | NZ
yes-no-check | वियतनाम की राजधानी हो ची मिन्ह सिटी है क्या | VN
yes-no-check | क्या मोरक्को की राजधानी कासाब्लांका है | MA
yes-no-check | तंज़ानिया की राजधानी दार एस सलाम है ना | TZ
yes-no-check | कज़ाख़स्तान की राजधानी अल्माटी है क्या | KZ
yes-no-check | सऊदी अरब की राजधानी जेद्दाह है या रियाद | SA
yes-no-check | यूएई की राजधानी दुबई है ना | AE
yes-no-check | क्या इक्वाडोर की राजधानी ग्वायाकिल है | EC
yes-no-check | अमेरिका की राजधानी न्यूयॉर्क है ना | US
yes-no-check | कैलिफ़ोर्निया की राजधानी लॉस एंजेलिस है क्या | US-CA
yes-no-check | न्यूयॉर्क राज्य की राजधानी न्यूयॉर्क सिटी ही है क्या | US-NY
yes-no-check | फ़्लोरिडा की राजधानी मायामी है ना | US-FL
yes-no-check | स्कॉटलैंड की राजधानी ग्लासगो है क्या | GB-SCT
yes-no-check | बवेरिया की राजधानी म्यूनिख है ना | DE-BY
yes-no-check | क्यूबेक की राजधानी मॉन्ट्रियल है क्या | CA-QC
yes-no-check | जर्मनी की राजधानी बॉन है या बर्लिन | DE
yes-no-check | क्या इटली की राजधानी मिलान है | IT
yes-no-check | कैमरून की राजधानी डुआला है क्या | CM
yes-no-check | बोलीविया की राजधानी ला पाज़ है ना | BO
yes-no-check | क्या चीन की राजधानी शंघाई है | CN
yes-no-check | इज़राइल की राजधानी तेल अवीव है क्या | IL
yes-no-check | वेल्स की राजधानी कार्डिफ़ है ना | GB-WLS
self-correction | नेपाल की नहीं नहीं भूटान की राजधानी बताओ | BT
self-correction | ऑस्ट्रिया की सॉरी ऑस्ट्रेलिया की राजधानी | AU
self-correction | स्वीडन मतलब स्विट्ज़रलैंड की राजधानी क्या है | CH
self-correction | ईरान की अरे नहीं इराक की राजधानी | IQ
self-correction | बिहार की नहीं झारखंड की राजधानी बताओ | IN-JH
self-correction | राजस्थान की उम्म्म नहीं गुजरात की राजधानी | IN-GJ
self-correction | स्लोवेनिया नहीं स्लोवाकिया की कैपिटल बताओ | SK
self-correction | नाइजीरिया की नहीं नाइजर की राजधानी | NE
self-correction | गिनी की नहीं रुको गिनी बिसाऊ की राजधानी | GW
self-correction | कोरिया की मतलब साउथ कोरिया की राजधानी | KR
self-correction | डोमिनिका नहीं डोमिनिकन रिपब्लिक की राजधानी बताओ | DO
self-correction | सूडान की उह्ह दक्षिण सूडान की राजधानी | SS
self-correction | मणिपुर मतलब मिज़ोरम की राजधानी क्या है | IN-MZ
self-correction | कोलंबिया की नहीं कंबोडिया की राजधानी | KH
self-correction | लातविया अरे लिथुआनिया की राजधानी बताओ | LT
self-correction | आइसलैंड की नहीं आयरलैंड की राजधानी | IE
self-correction | मॉरिटानिया नहीं मॉरीशस की राजधानी बताओ | MU
self-correction | अल्जीरिया सॉरी नाइजीरिया की राजधानी | NG
self-correction | पैराग्वे नहीं उरुग्वे की राजधानी क्या है | UY
self-correction | तमिलनाडु की नहीं केरल की राजधानी बताओ | IN-KL
self-correction | वर्जीनिया नहीं वेस्ट वर्जीनिया की राजधानी | US-WV
self-correction | नॉर्थ डकोटा नहीं साउथ डकोटा की राजधानी बताओ | US-SD
self-correction | सैक्सनी की नहीं सैक्सनी अनहाल्ट की राजधानी | DE-ST
self-correction | ऑस्ट्रेलिया के विक्टोरिया नहीं तस्मानिया की राजधानी | AU-TAS
self-correction | मेघालय की अरे नहीं मणिपुर की राजधानी | IN-MN
self-correction | चेक की नहीं चाड की राजधानी बताओ | TD
self-correction | ज़ाम्बिया ज़िम्बाब्वे की राजधानी क्या है ज़िम्बाब्वे की | ZW
self-correction | माल्टा मालदीव सॉरी मालदीव की राजधानी | MV
self-correction | कांगो मतलब डीआर कांगो की राजधानी बताओ | CD
self-correction | उत्तराखंड नहीं उत्तर प्रदेश की राजधानी | IN-UP
self-correction | टोगो की नहीं गाबोन की राजधानी बताओ | GA
self-correction | बेल्जियम बेलारूस बेलारूस की राजधानी | BY
self-correction | अर्मेनिया की नहीं अज़रबैजान की राजधानी क्या है | AZ
self-correction | पंजाब की नहीं हरियाणा की राजधानी बताओ | IN-HR
reverse-question | पटना किसकी राजधानी है | CITY:पटना
reverse-question | रांची किस राज्य की राजधानी है | CITY:रांची
reverse-question | भोपाल कहाँ की राजधानी है | CITY:भोपाल
reverse-question | गांधीनगर किसकी कैपिटल है | CITY:गांधीनगर
reverse-question | बेंगलुरु किस स्टेट की राजधानी है | CITY:बेंगलुरु
reverse-question | जम्मू किसकी राजधानी है | CITY:जम्मू
reverse-question | श्रीनगर किसकी राजधानी है | CITY:श्रीनगर
reverse-question | गैरसैंण किस राज्य की राजधानी है | CITY:गैरसैंण
reverse-question | दिसपुर किसकी राजधानी है | CITY:दिसपुर
reverse-question | ईटानगर कहाँ की राजधानी है | CITY:ईटानगर
reverse-question | आइज़ोल किस राज्य की राजधानी | CITY:आइज़ोल
reverse-question | कोहिमा किसकी राजधानी है बताओ | CITY:कोहिमा
reverse-question | अगरतला किसकी राजधानी है | CITY:अगरतला
reverse-question | कवरत्ती किसकी राजधानी है | CITY:कवरत्ती
reverse-question | लेह किस यूटी की राजधानी है | CITY:लेह
reverse-question | पणजी कहाँ की राजधानी है | CITY:पणजी
reverse-question | चंडीगढ़ किस किस की राजधानी है | CITY:चंडीगढ़
reverse-question | अमरावती किस राज्य की राजधानी बनी है | CITY:अमरावती
reverse-question | काठमांडू किस देश की राजधानी है | CITY:काठमांडू
reverse-question | थिम्पू किसकी राजधानी है | CITY:थिंपू
reverse-question | ढाका किस देश की राजधानी है | CITY:ढाका
reverse-question | माले किसकी राजधानी है | CITY:माले
reverse-question | काबुल कहाँ की राजधानी है | CITY:काबुल
reverse-question | ताशकंद किस देश की कैपिटल है | CITY:ताशकंद
reverse-question | बिश्केक किस देश की राजधानी है | CITY:बिश्केक
reverse-question | दुशांबे किसकी राजधानी है | CITY:दुशांबे
reverse-question | अश्गाबात किस देश की राजधानी है | CITY:अश्गाबात
reverse-question | उलानबटार कहाँ की राजधानी है | CITY:उलानबातर
reverse-question | नैरोबी किसकी राजधानी है | CITY:नैरोबी
reverse-question | अदीस अबाबा किस देश की राजधानी है | CITY:अदीस अबाबा
reverse-question | अक्रा किसकी कैपिटल है | CITY:एक्रा
reverse-question | डकार किस देश की राजधानी है | CITY:डकार
reverse-question | किगाली किसकी राजधानी है | CITY:किगाली
reverse-question | लुसाका किस देश की राजधानी | CITY:लुसाका
reverse-question | हरारे किसकी राजधानी है | CITY:हरारे
reverse-question | विंडहोक किस देश की राजधानी है | CITY:विंडहोक
reverse-question | बमाको किसकी राजधानी है | CITY:बामाको
reverse-question | नियामे किस देश की राजधानी है | CITY:नियामी
reverse-question | लीमा किस देश की राजधानी है | CITY:लीमा
reverse-question | बोगोटा किसकी राजधानी है | CITY:बोगोटा
reverse-question | क्वीटो कहाँ की राजधानी है | CITY:क्वीटो
reverse-question | असुनसियोन किस देश की राजधानी है | CITY:एसनशियॉन
reverse-question | मोंटेवीडियो किसकी राजधानी है | CITY:मोंटेवीडियो
reverse-question | कराकस किस देश की राजधानी है | CITY:काराकस
reverse-question | हवाना किसकी कैपिटल है | CITY:हवाना
reverse-question | ओटावा किस देश की राजधानी है | CITY:ओटावा
reverse-question | कैनबरा किसकी राजधानी है | CITY:कैनबरा
reverse-question | वेलिंगटन किस देश की राजधानी है | CITY:वेलिंगटन
reverse-question | सुवा किसकी राजधानी है | CITY:सुवा
reverse-question | पोर्ट मोरेस्बी किस देश की राजधानी है | CITY:पोर्ट मोरेस्बी
reverse-question | तेहरान किसकी राजधानी है | CITY:तेहरान
reverse-question | रियाद किस देश की राजधानी है | CITY:रियाद
reverse-question | मस्कट किसकी राजधानी है | CITY:मस्कट
reverse-question | दोहा किसकी कैपिटल है | CITY:दोहा
reverse-question | अम्मान कहाँ की राजधानी है | CITY:अम्मान
reverse-question | बेरूत किस देश की राजधानी है | CITY:बेरुत
reverse-question | दमिश्क किसकी राजधानी है | CITY:दमास्कस
reverse-question | सना किस देश की राजधानी है | CITY:सना
reverse-question | अंकारा किसकी राजधानी है | CITY:अंकारा
reverse-question | त्बिलिसी कहाँ की राजधानी है | CITY:टबिलिसी
reverse-question | येरेवान किस देश की राजधानी है | CITY:येरेवान
reverse-question | बाकू किसकी राजधानी है | CITY:बाकु
reverse-question | वारसॉ किस देश की राजधानी है | CITY:वॉरसॉ
reverse-question | प्राग किसकी राजधानी है | CITY:प्राग
reverse-question | बुडापेस्ट किस देश की राजधानी है | CITY:बुडापेस्ट
reverse-question | बुखारेस्ट किसकी कैपिटल है | CITY:बुख़ारेस्ट
reverse-question | सोफ़िया किस देश की राजधानी है | CITY:सोफ़िया
reverse-question | बेलग्रेड किसकी राजधानी है | CITY:बेलग्रेड
reverse-question | ज़ाग्रेब किस देश की राजधानी | CITY:ज़ाग्रेब
reverse-question | लिस्बन किसकी राजधानी है | CITY:लिस्बन
reverse-question | मैड्रिड किस देश की राजधानी है | CITY:मैड्रिड
reverse-question | डबलिन किसकी राजधानी है | CITY:डबलिन
reverse-question | ओस्लो किस देश की राजधानी है | CITY:ओस्लो
reverse-question | हेलसिंकी किसकी राजधानी है | CITY:हेलसिंकी
reverse-question | कोपेनहेगन किस देश की राजधानी है | CITY:कोपेनहेगन
reverse-question | रेक्जाविक किसकी राजधानी है | CITY:रेक्याविक
reverse-question | एडमंटन किस प्रांत की राजधानी है | CITY:एडमंटन
reverse-question | विनीपेग किसकी राजधानी है | CITY:विनीपेग
reverse-question | हेलिफ़ैक्स किसकी राजधानी है | CITY:हेलिफ़ैक्स
reverse-question | सैक्रामेंटो किस स्टेट की राजधानी है | CITY:सैक्रामेंटो
reverse-question | ऑस्टिन किसकी राजधानी है | CITY:ऑस्टिन
reverse-question | बोस्टन किस राज्य की राजधानी है | CITY:बोस्टन
reverse-question | डेनवर किसकी राजधानी है | CITY:डेनवर
reverse-question | होनोलुलु किसकी राजधानी है | CITY:होनोलुलु
reverse-question | अटलांटा किस राज्य की राजधानी है | CITY:अटलांटा
reverse-question | पर्थ किसकी राजधानी है | CITY:पर्थ
reverse-question | एडिलेड किस राज्य की राजधानी है | CITY:एडिलेड
reverse-question | म्यूनिख किसकी राजधानी है | CITY:म्यूनिख
reverse-question | ड्रेसडेन किस राज्य की राजधानी है | CITY:ड्रेसडेन
reverse-question | एडिनबर्ग किसकी राजधानी है | CITY:एडिनबर्ग
reverse-question | बेलफ़ास्ट किसकी राजधानी है | CITY:बेलफ़ास्ट
reverse-question | नुक किसकी राजधानी है | CITY:नुक
reverse-question | हैमिल्टन किसकी राजधानी है | CITY:हैमिल्टन
reverse-question | मनौस किस राज्य की राजधानी है | CITY:मनौस
reverse-question | मेरिडा किसकी राजधानी है | CITY:मेरिडा
reverse-question | कोलंबो किसकी राजधानी है | CITY:कोलंबो
reverse-question | ताईपेई किसकी राजधानी है | CITY:ताईपेई
official-name | संयुक्त राज्य अमेरिका की राजधानी क्या है | US
official-name | यूनाइटेड किंगडम ऑफ़ ग्रेट ब्रिटेन की राजधानी बताओ | GB
official-name | रूसी संघ की राजधानी कौन सी है | RU
official-name | चीन जनवादी गणराज्य की राजधानी क्या है | CN
official-name | पीपल्स रिपब्लिक ऑफ़ बांग्लादेश की कैपिटल | BD
official-name | इस्लामी गणराज्य पाकिस्तान की राजधानी बताओ | PK
official-name | संघीय लोकतांत्रिक गणराज्य नेपाल की राजधानी | NP
official-name | भारत गणराज्य की राजधानी क्या है | IN
official-name | इस्लामिक रिपब्लिक ऑफ़ ईरान की राजधानी कौन सी है | IR
official-name | किंगडम ऑफ़ सऊदी अरेबिया की राजधानी | SA
official-name | अरब गणराज्य मिस्र की राजधानी क्या है | EG
official-name | फ़ेडरल रिपब्लिक ऑफ़ जर्मनी की कैपिटल बताओ | DE
official-name | फ़्रांसीसी गणराज्य की राजधानी | FR
official-name | कॉमनवेल्थ ऑफ़ ऑस्ट्रेलिया की राजधानी क्या है | AU
official-name | डेमोक्रेटिक पीपल्स रिपब्लिक ऑफ़ कोरिया की राजधानी | KP
official-name | रिपब्लिक ऑफ़ कोरिया की राजधानी बताओ | KR
official-name | समाजवादी गणराज्य वियतनाम की राजधानी | VN
official-name | लाओ पीपल्स डेमोक्रेटिक रिपब्लिक की राजधानी क्या है | LA
official-name | हाशमाइट किंगडम ऑफ़ जॉर्डन की राजधानी | JO
official-name | संयुक्त मैक्सिकन राज्य की राजधानी बताओ | MX
official-name | बोलिवेरियन रिपब्लिक ऑफ़ वेनेज़ुएला की राजधानी | VE
official-name | प्लूरिनेशनल स्टेट ऑफ़ बोलीविया की राजधानियाँ | BO
official-name | फ़ेडरेटिव रिपब्लिक ऑफ़ ब्राज़ील की कैपिटल | BR
official-name | किंगडम ऑफ़ थाईलैंड की राजधानी क्या है | TH
official-name | रिपब्लिक ऑफ़ द यूनियन ऑफ़ म्यांमार की राजधानी | MM
official-name | डेमोक्रेटिक सोशलिस्ट रिपब्लिक ऑफ़ श्रीलंका की राजधानियाँ बताओ | LK
official-name | किंगडम ऑफ़ द नीदरलैंड्स की राजधानी | NL
official-name | स्विस कॉन्फ़ेडरेशन की राजधानी कौन सी है | CH
official-name | ग्रैंड डची ऑफ़ लक्ज़मबर्ग की राजधानी | LU
official-name | प्रिंसिपैलिटी ऑफ़ मोनाको की राजधानी | MC
official-name | किंगडम ऑफ़ भूटान की राजधानी | BT
official-name | फ़ेडरल रिपब्लिक ऑफ़ नाइजीरिया की राजधानी क्या है | NG
official-name | यूनाइटेड रिपब्लिक ऑफ़ तंज़ानिया की राजधानी | TZ
official-name | राष्ट्रीय राजधानी क्षेत्र दिल्ली की राजधानी क्या है | IN-DL
official-name | कॉमनवेल्थ ऑफ़ पोर्टो रिको की राजधानी | PR
official-name | हेलेनिक रिपब्लिक की राजधानी बताओ | GR
official-name | स्टेट ऑफ़ इज़राइल की राजधानी | IL
official-name | रिपब्लिक ऑफ़ चाइना की राजधानी क्या है ताइवान वाला | TW
everyday-name | अमरीका की राजधानी बताओ | US
everyday-name | इंग्लैंड देश की राजधानी मतलब यूके की | GB
everyday-name | बर्मा की राजधानी क्या है | MM
everyday-name | सीलोन की राजधानियाँ | LK
everyday-name | हॉलैंड की राजधानी बताओ | NL
everyday-name | पर्शिया की राजधानी अब क्या है | IR
everyday-name | स्याम देश की राजधानी | TH
everyday-name | तुर्की की राजधानी | TR
everyday-name | चेक रिपब्लिक की कैपिटल | CZ
everyday-name | रूस की राजधानी | RU
everyday-name | ईस्ट तिमोर की राजधानी बताओ | TL
everyday-name | स्वाज़ीलैंड की राजधानियाँ क्या हैं | SZ
everyday-name | मैसेडोनिया की राजधानी क्या है | MK
everyday-name | काबो वर्डे की राजधानी | CV
everyday-name | ज़ायरे वाले देश की राजधानी अब क्या है | CD
everyday-name | कंपूचिया की राजधानी | KH
everyday-name | दुबई वाले देश की राजधानी बताओ | AE
everyday-name | यूएई की कैपिटल क्या है | AE
everyday-name | यूएसए की राजधानी | US
everyday-name | दिल्ली वाले प्रदेश की राजधानी | IN-DL
everyday-name | उड़ीसा की राजधानी | IN-OD
everyday-name | यूपी की राजधानी क्या है | IN-UP
everyday-name | एमपी की राजधानी बताओ | IN-MP
everyday-name | जेके की दोनों राजधानी | IN-JK
everyday-name | बंगाल की राजधानी | IN-WB
everyday-name | पांडिचेरी की राजधानी क्या है | IN-PY
everyday-name | हिमाचल की राजधानी | IN-HP
everyday-name | अंडमान की राजधानी बताओ | IN-AN
everyday-name | उत्तरांचल की राजधानी क्या थी अब क्या है | IN-UK
everyday-name | न्यूफ़ाउंडलैंड की राजधानी | CA-NL
everyday-name | द्वीप वाले पीईआई की राजधानी | CA-PE
everyday-name | होलैंड की दो राजधानी वाली बात सच है क्या | NL
everyday-name | बेलारूस मतलब व्हाइट रशिया की राजधानी | BY
everyday-name | आइवरी कोस्ट की राजधानियाँ बताओ यामुसूक्रो वाली | CI
everyday-name | इस्राएल की राजधानी | IL
everyday-name | वेटिकन की राजधानी क्या है | VA
shared-name | जॉर्जिया की राजधानी बताओ | GE+US-GA
shared-name | जॉर्जिया नाम वाली सारी जगहों की राजधानी | GE+US-GA
shared-name | कांगो की राजधानी क्या है | CD+CG
shared-name | दोनों कांगो की राजधानियाँ बताओ | CD+CG
shared-name | गिनी की राजधानी बताओ | GN
shared-name | कोरिया की राजधानी क्या है | KP+KR
shared-name | दोनों कोरिया की राजधानी | KP+KR
shared-name | सूडान की राजधानी बताओ दोनों सूडान की | SD+SS
shared-name | वर्जिन आइलैंड्स की राजधानी क्या है | VG+VI
shared-name | दोनों वर्जिन द्वीपसमूह की राजधानियाँ | VG+VI
shared-name | डकोटा की राजधानी बताओ | US-ND+US-SD
shared-name | दोनों कैरोलाइना की राजधानी | US-NC+US-SC
shared-name | वॉशिंगटन की राजधानी क्या है | US-WA
shared-name | मेक्सिको की राजधानी | MX
shared-name | लक्ज़मबर्ग की राजधानी | LU
shared-name | सेंट मार्टिन द्वीप की दोनों राजधानी | MF+SX
shared-name | समोआ की राजधानी और अमेरिकी समोआ की भी | AS+WS
shared-name | पंजाब की राजधानी बताओ भारत वाले की | IN-PB
help | ये कैसे चलता है बताओ | HELP
help | मदद करो इसमें क्या पूछूँ | HELP
help | हेल्प चाहिए भाई | HELP
help | इस स्किल में क्या क्या कर सकते हैं | HELP
help | मुझे समझ नहीं आ रहा क्या बोलना है | HELP
help | कैसे पूछना है बता दो | HELP
help | हमका समझ में नहीं आवत हे की बोलूँ | HELP
help | तनी बताहो कइसे चलतइ ई | HELP
help | भिया ये कई करे है समझाओ नी | HELP
help | अपन के समझ नी आयो कई बोलना हे | HELP
help | ई कइसे चलाबल जाय बताव | HELP
help | हमके मदद चाही का बोलब | HELP
help | एह् किस चाल्ली चलदा दस्सो | HELP
help | मिगी समझ नेईं आया केह् पुच्छां | HELP
help | आ कैसे चाले छे बताओ ना | HELP
help | मने हेल्प जोइए छे | HELP
help | ये कैसा यूज़ करना है गोत्तिल्ला | HELP
help | सहाय माडि क्या बोलना है इसमें | HELP
help | इंस्ट्रक्शन्स बताओ इस गेम के | HELP
help | किस तरह से सवाल पूछूँ राजधानी वाले | HELP
help | मुझे गाइड करो इसमें | HELP
help | क्या क्या पूछ सकता हूँ तुमसे | HELP
help | ऑप्शन क्या क्या हैं | HELP
help | सर मदद चाहिए इस ऐप में | HELP
help | ये स्किल क्या करती है | HELP
help | प्रोसेस समझा दो कैसे काम करता है | HELP
help | हेल्प मेनू सुनाओ | HELP
help | ट्यूटोरियल चलाओ | HELP
help | मैं पहली बार यूज़ कर रही हूँ कैसे शुरू करूँ | HELP
help | एलेक्सा दीदी ये कैसे खेलते हैं | HELP
help | मुझे नहीं आता ये चलाना | HELP
help | समझाओ ना क्या बोलूँ | HELP
help | मदद | HELP
help | अरे इसका तरीका क्या है | HELP
help | उदाहरण देकर बताओ क्या पूछ सकते हैं | HELP
help | कौन से सवाल पूछ सकती हूँ | HELP
help | हेल्प प्लीज़ | HELP
help | कुछ समझ में नहीं आ रहा क्या करूँ | HELP
help | सहायता चाहिए | HELP
help | ये चलता कैसे है यार | HELP
stop | बंद करो | STOP
stop | स्टॉप | STOP
stop | चुप हो जाओ | STOP
stop | बस करो अब | STOP
stop | रुक जाओ | STOP
stop | बंद कर दहो | STOP
stop | चुप रहो तनी | STOP
stop | बंद करी दो नी | STOP
stop | भिया बस करो | STOP
stop | बंद कइर दे | STOP
stop | चुप रह अब | STOP
stop | बंद करो जी | STOP
stop | चुप करी जा | STOP
stop | बंद करी दो | STOP
stop | चूप रहो | STOP
stop | निल्लिसु | STOP
stop | सुम्मने इरु चुप | STOP
stop | एलेक्सा स्टॉप | STOP
stop | क्विट | STOP
stop | एक्ज़िट कर दो | STOP
stop | बाहर निकलो इससे | STOP
stop | ख़त्म करो | STOP
stop | बंद कर दो इसे | STOP
stop | बस हो गया बंद करो | STOP
stop | शांत हो जाओ | STOP
stop | आवाज़ बंद करो | STOP
stop | अब और नहीं बंद करो | STOP
stop | रुको रुको बंद | STOP
stop | गेम बंद करो | STOP
stop | स्किल बंद कर दो | STOP
stop | बोलना बंद करो | STOP
stop | ओवर एंड आउट बंद करो | STOP
stop | स्टॉप इट | STOP
stop | बीप बंद करो सब | STOP
stop | पढ़ाई हो गई बंद करो | STOP
stop | मुझे नहीं खेलना बंद करो | STOP
stop | क्विट कर दो | STOP
stop | बस बस बस | STOP
stop | चुप हो जा एलेक्सा | STOP
stop | बंद | STOP
cancel | रहने दो | CANCEL
cancel | कैंसिल करो | CANCEL
cancel | छोड़ो | CANCEL
cancel | भूल जाओ | CANCEL
cancel | कोई बात नहीं | CANCEL
cancel | रहे दहो | CANCEL
cancel | छोड़ दहो ई बात | CANCEL
cancel | रेन दो भिया | CANCEL
cancel | जाने दो नी | CANCEL
cancel | रहे दे | CANCEL
cancel | छोड़ दे भाई | CANCEL
cancel | रैहन देओ | CANCEL
cancel | छड्डो जी | CANCEL
cancel | जावा दे | CANCEL
cancel | रहेवा दो | CANCEL
cancel | भूली जाओ | CANCEL
cancel | बेडा बिडि | CANCEL
cancel | परवागिल्ला छोड़ो | CANCEL
cancel | नेवर माइंड | CANCEL
cancel | फ़ॉरगेट इट | CANCEL
cancel | कैंसल | CANCEL
cancel | नहीं नहीं रहने दो | CANCEL
cancel | छोड़ो यार नहीं पूछना | CANCEL
cancel | जाने दो | CANCEL
cancel | मत बताओ रहने दो | CANCEL
cancel | कैंसिल कर दो ये सवाल | CANCEL
cancel | भूल जाओ जो पूछा | CANCEL
cancel | कुछ नहीं रहने दो | CANCEL
cancel | इग्नोर करो | CANCEL
cancel | कोई बात नहीं छोड़ो | CANCEL
cancel | वापस लो रहने दो | CANCEL
cancel | अरे रहने दीजिए | CANCEL
cancel | ज़रूरत नहीं छोड़ो | CANCEL
cancel | रहने दो बेटा | CANCEL
cancel | छोड़िए सर | CANCEL
cancel | माफ़ करो रहने दो | CANCEL
cancel | गलती से बोल दिया रहने दो | CANCEL
cancel | अभी नहीं छोड़ो | CANCEL
cancel | भूल जा | CANCEL
cancel | रहने दो कोई बात नहीं | CANCEL
launch | दुनिया की राजधानियाँ खोलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोलो | LAUNCH
launch | दुनिया की राजधानियाँ शुरू करो | LAUNCH
launch | दुनिया की राजधानियाँ चलाओ | LAUNCH
launch | दुनिया की राजधानियाँ ओपन करो | LAUNCH
launch | दुनिया की राजधानियाँ स्टार्ट करो | LAUNCH
launch | दुनिया की राजधानियाँ खोल दहो | LAUNCH
launch | दुनिया की राजधानियाँ चालू करो नी | LAUNCH
launch | दुनिया की राजधानियाँ खोल दे | LAUNCH
launch | दुनिया की राजधानियाँ खोलो जी | LAUNCH
launch | दुनिया की राजधानियाँ खोलो ना | LAUNCH
launch | दुनिया की राजधानियाँ लॉन्च करो | LAUNCH
launch | दुनिया की राजधानियाँ खोलिए प्लीज़ | LAUNCH
launch | दुनिया की राजधानियाँ चालू कर दो | LAUNCH
launch | दुनिया की राजधानियाँ को खोलो | LAUNCH
launch | दुनिया की राजधानियाँ स्किल खोलो | LAUNCH
launch | दुनिया की राजधानियाँ शुरू कीजिए | LAUNCH
launch | दुनिया की राजधानियाँ खेलना है खोलो | LAUNCH
launch | दुनिया की राजधानियाँ ओपन कर दो | LAUNCH
launch | दुनिया की राजधानियाँ प्ले करो | LAUNCH
launch | दुनिया की राजधानियाँ से बात करनी है खोलो | LAUNCH
launch | दुनिया की राजधानियाँ चलाओ ना दीदी | LAUNCH
launch | दुनिया की राजधानियाँ खोलो भिया | LAUNCH
launch | दुनिया की राजधानियाँ शुरू करी दे | LAUNCH
launch | दुनिया की राजधानियाँ ओपन माडि | LAUNCH
launch | दुनिया की राजधानियाँ चालू करो जी | LAUNCH
launch | दुनिया की राजधानियाँ पर चलो | LAUNCH
out-of-domain | मगध की राजधानी क्या थी | FB
out-of-domain | पाटलिपुत्र किस राजा की राजधानी थी | FB
out-of-domain | राजगीर पहले किसकी राजधानी था | FB
out-of-domain | गया में आज मौसम कैसा है | FB
out-of-domain | छठ पूजा कब है इस साल | FB
out-of-domain | लिट्टी चोखा कैसे बनता है | FB
out-of-domain | नालंदा यूनिवर्सिटी किसने बनाई | FB
out-of-domain | बोधगया कितनी दूर है पटना से | FB
out-of-domain | मालवा की राजधानी मांडू थी क्या | FB
out-of-domain | होलकर राज की राजधानी कौन सी थी | FB
out-of-domain | इंदौर में पोहा कहाँ अच्छा मिलता है | FB
out-of-domain | महाकाल मंदिर की आरती का टाइम बताओ | FB
out-of-domain | सराफ़ा बाज़ार कितने बजे खुलता है | FB
out-of-domain | भिया गाना बजाओ मालवी वाला | FB
out-of-domain | छोटा नागपुर की राजधानी क्या है | FB
out-of-domain | सरहुल परब कब है | FB
out-of-domain | रांची में बारिश होगी क्या आज | FB
out-of-domain | नागपुरी गीत बजाव | FB
out-of-domain | हुंडरू फ़ॉल कितना दूर है | FB
out-of-domain | डुग्गर देश की राजधानी कौन थी | FB
out-of-domain | डोगरा राज की राजधानी क्या थी | FB
out-of-domain | वैष्णो देवी की यात्रा कैसे करें | FB
out-of-domain | जम्मू में ठंड कितनी है आज | FB
out-of-domain | कलाड़ी कहाँ मिलेगी | FB
out-of-domain | दरबार मूव कब होता था | FB
out-of-domain | सौराष्ट्र की राजधानी क्या थी | FB
out-of-domain | गरबा के गाने बजाओ | FB
out-of-domain | ढोकला बनाने की रेसिपी बताओ | FB
out-of-domain | अमदावाद में आज तापमान कितना है | FB
out-of-domain | उत्तरायण कब है | FB
out-of-domain | शेयर बाज़ार में आज निफ़्टी कितना है | FB
out-of-domain | विजयनगर साम्राज्य की राजधानी क्या थी | FB
out-of-domain | मैसूर राज्य की पुरानी राजधानी श्रीरंगपट्टण थी क्या | FB
out-of-domain | बेंगलूर में ट्रैफ़िक कैसा है | FB
out-of-domain | कन्नड़ गाने चलाओ | FB
out-of-domain | दशहरा मैसूर में कब है | FB
out-of-domain | सिलिकॉन वैली ऑफ़ इंडिया कौन सा शहर है | FB
out-of-domain | भारत की स्टार्टअप कैपिटल कौन सी है | FB
out-of-domain | आज का करंट अफ़ेयर्स बताओ | FB
out-of-domain | संविधान में कितने अनुच्छेद हैं | FB
out-of-domain | यूपीएससी प्रीलिम्स कब है | FB
out-of-domain | प्रधानमंत्री कौन हैं | FB
out-of-domain | सौरमंडल का सबसे बड़ा ग्रह कौन सा है | FB
out-of-domain | मौर्य साम्राज्य की राजधानी क्या थी | FB
out-of-domain | गुप्त वंश की राजधानी कहाँ थी | FB
out-of-domain | कुषाणों की राजधानी पुरुषपुर थी क्या | FB
out-of-domain | चोल साम्राज्य की राजधानी तंजावुर थी ना | FB
out-of-domain | दिल्ली सल्तनत की पहली राजधानी कौन सी थी | FB
out-of-domain | मुहम्मद बिन तुगलक ने राजधानी दौलताबाद क्यों बदली | FB
out-of-domain | अंग्रेज़ों ने राजधानी कलकत्ता से दिल्ली कब बदली | FB
out-of-domain | ओटोमन साम्राज्य की राजधानी क्या थी | FB
out-of-domain | रोमन साम्राज्य की राजधानी बताओ | FB
out-of-domain | प्रशिया की राजधानी क्या थी | FB
out-of-domain | चेकोस्लोवाकिया की राजधानी क्या थी | FB
out-of-domain | पूर्वी पाकिस्तान की राजधानी क्या थी | FB
out-of-domain | हैदराबाद रियासत की राजधानी | FB
out-of-domain | सियाचिन में अभी तापमान कितना है | FB
out-of-domain | परमवीर चक्र किसको मिला था कारगिल में | FB
out-of-domain | कैंटीन कितने बजे खुलेगी | FB
out-of-domain | सुबह पाँच बजे का अलार्म लगाओ पीटी है | FB
out-of-domain | देशभक्ति गाने बजाओ | FB
out-of-domain | लेबनान में यूएन मिशन कब शुरू हुआ | FB
out-of-domain | आर्मी डे कब मनाया जाता है | FB
out-of-domain | कस्टमर का टाइम ज़ोन क्या है अभी न्यूयॉर्क में कितने बजे हैं | FB
out-of-domain | डॉलर का रेट क्या है आज | FB
out-of-domain | कैब कितने बजे आएगी | FB
out-of-domain | रात के तीन बजे का अलार्म लगाओ | FB
out-of-domain | चाय का ब्रेक कब है | FB
out-of-domain | अमेरिकन एक्सेंट कैसे सीखें | FB
out-of-domain | सैलरी कब आएगी | FB
out-of-domain | कैपिटल वन का कस्टमर केयर नंबर क्या है | FB
out-of-domain | दुबई की फ़्लाइट कितने घंटे की है | FB
out-of-domain | लंदन में अभी कितने बजे हैं | FB
out-of-domain | सिंगापुर का मौसम बताओ | FB
out-of-domain | जेट लैग कैसे ठीक करें | FB
out-of-domain | यूरो में सौ डॉलर कितने हुए | FB
out-of-domain | दुनिया का सबसे बड़ा एयरपोर्ट कौन सा है | FB
out-of-domain | फ़्लाइट का स्टेटस बताओ | FB
out-of-domain | ड्यूटी फ़्री में क्या सस्ता मिलता है | FB
out-of-domain | पेपा पिग वाला गाना बजाओ | FB
out-of-domain | डायनासोर कितने बड़े होते थे | FB
out-of-domain | एक कहानी सुनाओ ना | FB
out-of-domain | चाँद पर कौन गया था | FB
out-of-domain | मुझे जोक सुनाओ | FB
out-of-domain | छोटा भीम कहाँ रहता है | FB
out-of-domain | ढोलकपुर की राजधानी क्या है | FB
out-of-domain | सांता क्लॉज़ कहाँ रहता है | FB
out-of-domain | पोकेमॉन की दुनिया की राजधानी बताओ | FB
out-of-domain | कैपिटल लेटर में ए कैसे लिखते हैं | FB
out-of-domain | कैपिटल पनिशमेंट किसे कहते हैं | FB
out-of-domain | वर्किंग कैपिटल का मतलब क्या है | FB
out-of-domain | कैपिटल गेन टैक्स कितना लगता है | FB
out-of-domain | राजधानी एक्सप्रेस कितने बजे छूटेगी | FB
out-of-domain | राजधानी नमकीन कहाँ मिलती है | FB
out-of-domain | भारत की फ़ैशन राजधानी कौन सी है | FB
out-of-domain | दुनिया की हीरा राजधानी कौन सी है | FB
out-of-domain | भारत की खेल राजधानी किसे कहते हैं | FB
out-of-domain | भारत की कॉटन कैपिटल कौन सी है | FB
out-of-domain | मध्य प्रदेश की आर्थिक राजधानी कौन सी है | FB
out-of-domain | भारत की आईटी कैपिटल कहाँ है | FB
out-of-domain | यूरोप की राजधानी क्या है | FB
out-of-domain | एशिया की राजधानी कौन सी है | FB
out-of-domain | अफ़्रीका महाद्वीप की राजधानी बताओ | FB
out-of-domain | यूरोपियन यूनियन का हेडक्वार्टर कहाँ है | FB
out-of-domain | संयुक्त राष्ट्र का मुख्यालय कहाँ है | FB
out-of-domain | कश्मीर घाटी की राजधानी अलग है क्या | FB
out-of-domain | कैटालोनिया की राजधानी क्या है | FB
out-of-domain | बास्क देश की राजधानी बताओ | FB
out-of-domain | तिब्बत की राजधानी ल्हासा है ना | FB
out-of-domain | कुर्दिस्तान की राजधानी कौन सी है | FB
out-of-domain | साइबेरिया की राजधानी क्या है | FB
out-of-domain | चेचन्या की राजधानी बताओ | FB
out-of-domain | बलूचिस्तान की राजधानी क्या है | FB
out-of-domain | सिंध की राजधानी कराची है क्या | FB
out-of-domain | पंजाब पाकिस्तान वाले की राजधानी लाहौर है ना | FB
out-of-domain | कैलिफ़ोर्निया वाले सिलिकॉन वैली की राजधानी | FB
out-of-domain | मारवाड़ की राजधानी जोधपुर थी क्या | FB
out-of-domain | विदर्भ की राजधानी नागपुर होगी क्या | FB
out-of-domain | बुंदेलखंड अलग राज्य बनेगा क्या | FB
out-of-domain | वकांडा की राजधानी क्या है | FB
out-of-domain | मिडल अर्थ की राजधानी बताओ | FB
out-of-domain | गेम ऑफ़ थ्रोन्स में राजधानी का नाम क्या था | FB
out-of-domain | अटलांटिस की राजधानी कहाँ थी | FB
out-of-domain | हस्तिनापुर किसकी राजधानी थी | FB
out-of-domain | इंद्रप्रस्थ आज कौन सा शहर है | FB
out-of-domain | द्वारका किसकी राजधानी थी | FB
out-of-domain | मंगल ग्रह की राजधानी क्या है | FB
out-of-domain | चाँद की राजधानी बताओ | FB
out-of-domain | भारत की राजधानी की जनसंख्या कितनी है | FB
out-of-domain | जापान की करेंसी क्या है | FB
out-of-domain | फ़्रांस में कौन सी भाषा बोलते हैं | FB
out-of-domain | कनाडा का वीज़ा कैसे मिलेगा | FB
out-of-domain | ब्राज़ील का झंडा किस रंग का है | FB
out-of-domain | नेपाल जाने के लिए पासपोर्ट चाहिए क्या | FB
out-of-domain | दुनिया में कितने देश हैं | FB
out-of-domain | सबसे छोटी राजधानी कौन सी है | FB
out-of-domain | सबसे ऊँची राजधानी कौन सी है दुनिया में | FB
out-of-domain | भारत में कितने राज्य हैं | FB
out-of-domain | अमेरिका का राष्ट्रपति कौन है | FB
out-of-domain | इंदौर किसकी राजधानी है | FB
out-of-domain | जमशेदपुर किस राज्य की राजधानी है | FB
out-of-domain | सूरत किसकी राजधानी है | FB
out-of-domain | मैंगलोर किस राज्य की राजधानी है | FB
out-of-domain | गया किसकी राजधानी है | FB
out-of-domain | लाइट बंद कर दो | FB
out-of-domain | पंखा चालू करो | FB
out-of-domain | आवाज़ थोड़ी बढ़ाओ | FB
out-of-domain | कल का मौसम कैसा रहेगा | FB
out-of-domain | शॉपिंग लिस्ट में दूध जोड़ो | FB
out-of-domain | मम्मी को कॉल लगाओ | FB
out-of-domain | दस मिनट का टाइमर लगाओ | FB
out-of-domain | क्रिकेट का स्कोर बताओ | FB
out-of-domain | रेडियो मिर्ची चलाओ | FB
out-of-domain | आज की ख़बरें सुनाओ | FB
out-of-domain | कल सुबह दवाई का रिमाइंडर लगाओ | FB
out-of-domain | तुम्हारा नाम क्या है | FB
out-of-domain | तुम कहाँ से हो | FB
out-of-domain | भजन चलाओ | FB
out-of-domain | अगला गाना | FB
out-of-domain | पटना से रांची की बस कब है | FB
out-of-domain | राजधानी वाले सवाल का इतिहास बताओ | FB
out-of-domain | राजधानी की परिभाषा क्या है | FB
out-of-domain | राजधानी को अंग्रेज़ी में क्या कहते हैं | FB
out-of-domain | राजधानी शब्द का मतलब बताओ | FB
magahi | हम्मर बिहार के राजधानी पटना हइ न | IN-BR
magahi | झारखंड अलग होलई त ओकर राजधानी कउन बनलई | IN-JH
magahi | बउआ के इस्कूल में पूछलक हे नेपाल के राजधानी | NP
magahi | हमर भतीजा दुबई में हइ ओ देस के राजधानी की हइ | AE
magahi | बंगाल के राजधानी कलकत्ता हइ कि कोलकाता | IN-WB
magahi | मलेसिया के दुन्नो राजधानी बताहो | MY
magahi | जापान के राजधानी तोक्यो हइ न | JP
magahi | ओडिसा के राजधानी की हइ हो | IN-OD
magahi | बांग्लादेस के राजधानी बताहो तनी | BD
malwi | मध्य परदेस की राजधानी भोपाल हे कि इंदौर | IN-MP
malwi | अपन का छोरा कनाडा गयो हे ओंटारियो की राजधानी कई हे | CA-ON
malwi | महाराष्ट्र की राजधानी बताओ नी भिया | IN-MH
malwi | राजस्थान की राजधानी जयपुर ही हे नी | IN-RJ
malwi | गुजरात की राजधानी कई हे भिया | IN-GJ
malwi | अमेरिका की राजधानी कई हे अपन के तो नी मालम | US
malwi | भिया ऑस्ट्रेलिया की राजधानी कई हे | AU
malwi | छत्तीसगढ़ की राजधानी कई हे बताओ नी | IN-CG
malwi | नीदरलैंड की दोई राजधानी कई हे | NL
nagpuri | झारखंड कर राजधानी रांची हके ना | IN-JH
nagpuri | हमर दीदी केरल में नर्स हके केरल कर राजधानी का हके | IN-KL
nagpuri | ओडिसा कर राजधानी भुवनेश्वर हके का | IN-OD
nagpuri | छत्तीसगढ़ कर राजधानी बताव | IN-CG
nagpuri | असम कर राजधानी का हेके | IN-AS
nagpuri | पंजाब कर राजधानी कोन सहर | IN-PB
nagpuri | अंडमान कर राजधानी का नाम बदलल हे नवा नाम बताव | IN-AN
nagpuri | दक्षिण अफ़्रीका कर तीनों राजधानी बताव | ZA
nagpuri | भूटान कर राजधानी का हके | BT
dogri | जम्मू कश्मीर दियां दोए राजधानियां दस्सो | IN-JK
dogri | लद्दाख दी राजधानी लेह ऐ जां कारगिल | IN-LA
dogri | हिमाचल दी राजधानी केह् ऐ | IN-HP
dogri | पंजाब ते हरियाणा दी राजधानी इक्को ऐ ना | IN-HR+IN-PB
dogri | मेरा पुत्तर कनाडा च ऐ ब्रिटिश कोलंबिया दी राजधानी दस्सो | CA-BC
dogri | पाकिस्तान दी राजधानी केह् ऐ | PK
dogri | अफ़ग़ानिस्तान दी राजधानी दस्सो जी | AF
dogri | उत्तराखंड दियां राजधानियां केह्ड़ियां न | IN-UK
dogri | चीन दी राजधानी बीजिंग ऐ ना | CN
gujju | गुजरात का कैपिटल गांधीनगर छे ना अमदावाद नहीं | IN-GJ
gujju | मारा भाई न्यू जर्सी में है न्यू जर्सी का कैपिटल क्या है | US-NJ
gujju | केन्या में हमारे रिलेटिव हैं उसकी राजधानी क्या | KE
gujju | युगांडा का कैपिटल कौन सा है | UG
gujju | दमन दीव की राजधानी कौन सी है | IN-DH
gujju | तंज़ानिया की राजधानी डोडोमा छे के दार एस सलाम | TZ
gujju | इंग्लैंड का कैपिटल लंदन छे ना | GB-ENG
gujju | अमेरिका के जॉर्जिया स्टेट का कैपिटल कहो ने | US-GA
gujju | टेक्सास का कैपिटल क्या है मारो दीकरो ह्यूस्टन में है | US-TX
kannada | कर्नाटक का राजधानी बेंगलूर है ना गुरु | IN-KA
kannada | तमिलनाडु का कैपिटल चेन्नई है क्या | IN-TN
kannada | आंध्रा का राजधानी कौन सा अभी | IN-AP
kannada | तेलंगाना का कैपिटल हैदराबाद है ना | IN-TS
kannada | गोवा का राजधानी पणजी है क्या हेळि | IN-GA
kannada | ऑनसाइट जर्मनी जा रहा हूँ जर्मनी का कैपिटल क्या | DE
kannada | मेरा क्लाइंट आयरलैंड में है उसका राजधानी क्या है | IE
kannada | सिंगापुर का कैपिटल क्या है सिंगापुर ही है क्या | SG
kannada | केरल का राजधानी त्रिवेंद्रम है ना | IN-KL
aspirant | श्रीलंका की प्रशासनिक राजधानी और व्यावसायिक राजधानी दोनों बताओ | LK
aspirant | म्यांमार की नई राजधानी नेपीडॉ है ना | MM
aspirant | इंडोनेशिया की राजधानी अभी भी जकार्ता है क्या | ID
aspirant | नाइजीरिया की राजधानी अबुजा कब बनी पर अभी क्या है | NG
aspirant | कज़ाख़स्तान की राजधानी का नाम फिर से बदला क्या अभी क्या है | KZ
aspirant | आंध्र प्रदेश की राजधानी अमरावती फ़ाइनल है क्या | IN-AP
aspirant | दक्षिण सूडान की राजधानी बताओ नोट्स में लिखना है | SS
aspirant | ब्राज़ील की राजधानी कौन सी है रियो से बदली थी | BR
aspirant | अंडमान निकोबार की राजधानी का नया नाम बताओ | IN-AN
aspirant | लद्दाख यूटी बना तो उसकी राजधानी क्या है | IN-LA
fauji | लेबनान की राजधानी बताओ यूनिफ़िल वाली पोस्टिंग है | LB
fauji | कांगो में मिशन था डीआर कांगो की राजधानी क्या है | CD
fauji | दक्षिण सूडान की राजधानी जूबा है ना साहब ने पूछा | SS
fauji | अरुणाचल की राजधानी बताओ तवांग के पास से पूछ रहा | IN-AR
fauji | सिक्किम की राजधानी गंगटोक है ना | IN-SK
fauji | नागालैंड की राजधानी कोहिमा या दीमापुर | IN-NL
fauji | मणिपुर की राजधानी बताओ इंफ़ाल ही है | IN-MN
fauji | इज़राइल की राजधानी बताओ अफ़सर पूछ रहे | IL
fauji | साइप्रस की राजधानी क्या है | CY
bpo | ऑस्ट्रेलिया प्रोसेस है कस्टमर विक्टोरिया से है उसकी राजधानी | AU-VIC
bpo | यूके प्रोसेस वाले बोले वेल्स की कैपिटल क्या है | GB-WLS
bpo | कस्टमर ओहायो से बोल रहा था ओहायो की राजधानी | US-OH
bpo | कनाडा वाली शिफ़्ट है अल्बर्टा की कैपिटल बताओ | CA-AB
bpo | फ़िलीपींस की राजधानी क्या है मनीला ही ना | PH
bpo | अमेरिकन कस्टमर पेंसिल्वेनिया से है कैपिटल क्या है | US-PA
bpo | नोएडा से बोल रहा उत्तर प्रदेश की राजधानी | IN-UP
bpo | स्कॉटलैंड का कॉल था राजधानी एडिनबर्ग है क्या | GB-SCT
bpo | कस्टमर ने बोला आई एम फ़्रॉम इलिनॉय इलिनॉय की राजधानी क्या है | US-IL
crew | मालदीव की राजधानी माले है ना अगली लैंडिंग वहीं है | MV
crew | फ़्रैंकफ़र्ट वाला राज्य हेस्से उसकी राजधानी क्या | DE-HE
crew | ज़्यूरिख लेओवर है स्विट्ज़रलैंड की राजधानी बर्न है ना | CH
crew | केन्या की राजधानी नैरोबी फ़्लाइट वहीं जाती है | KE
crew | टोरंटो से आई हूँ कनाडा की राजधानी क्या है | CA
crew | मॉरीशस की राजधानी पोर्ट लुई है ना | MU
crew | सेशेल्स की राजधानी क्या है | SC
crew | फ़िजी की राजधानी बताओ नादी में लैंड करते हैं | FJ
crew | अंकारा ही है ना तुर्किये की राजधानी | TR
crew | ग्रीस की राजधानी एथेंस है क्या | GR
kids | इंडिया की राजधानी क्या है | IN
kids | हमारे देश की राजधानी बताओ | IN
kids | दिल्ली की राजधानी क्या है | IN-DL
kids | मेरी नानी लखनऊ में रहती हैं यूपी की राजधानी लखनऊ है ना | IN-UP
kids | अफ़्रीका में शेर वाले देश केन्या की राजधानी | KE
kids | पेंगुइन वाले देश अंटार्कटिका की राजधानी क्या है | AQ
kids | फ़्रांस की राजधानी पेरिस है ना एफ़िल टावर वाली | FR
kids | इजिप्ट की राजधानी क्या है पिरामिड वाला | EG
kids | जापान की राजधानी बताओ ना प्लीज़ | JP
kids | चीन की राजधानी क्या होती है | CN
kids | कंगारू वाले देश की राजधानी | AU
kids | इटली की राजधानी बताओ पिज़्ज़ा वाला देश | IT
stop | अब बंद करी दो भिया बहुत हो गयो | STOP
stop | बस करहो अब हम थक गेलियो | STOP
stop | अब चुप हो जाव बहुत होलक | STOP
stop | बंद करो जी हुन बस | STOP
stop | हुन चुप करो मिगी सौना ऐ | STOP
stop | बस करो हवे बंद करो | STOP
stop | साकु बंद करो गुरु | STOP
stop | कर्फ़्यू टाइम है बंद करो | STOP
stop | रोल कॉल है एलेक्सा चुप | STOP
stop | कस्टमर लाइन पर है चुप हो जाओ | STOP
stop | बोर्डिंग शुरू हो गई बंद करो | STOP
stop | मम्मी आ गईं बंद करो जल्दी | STOP
stop | टेस्ट सीरीज़ शुरू है अब बंद करो | STOP
stop | शट अप एलेक्सा | STOP
stop | ज़रा चुप रहो पढ़ने दो | STOP
stop | राजधानी वाला बंद करो | STOP
stop | एलेक्सा रुक जा बस | STOP
stop | स्टॉप स्टॉप | STOP
stop | बंद करो ये सब | STOP
stop | चुप्प | STOP
stop | बस अब सोना है बंद करो | STOP
stop | खामोश | STOP
cancel | रहे दहो हम बाद में पूछबो | CANCEL
cancel | जाने दो नी भिया कोई बात नी | CANCEL
cancel | छोड़ दे ई सवाल | CANCEL
cancel | छड्डो जी कोई गल नेईं | CANCEL
cancel | कई नी रेन दो | CANCEL
cancel | कंई नथी रहेवा दो | CANCEL
cancel | बेडा गुरु रहने दो | CANCEL
cancel | सर ने मना कर दिया रहने दो | CANCEL
cancel | कस्टमर ने कॉल काट दिया रहने दो | CANCEL
cancel | पैसेंजर चला गया भूल जाओ | CANCEL
cancel | गलत बोल दिया कैंसिल | CANCEL
cancel | वो वाला सवाल कैंसिल | CANCEL
cancel | अच्छा छोड़ो बाद में देखेंगे | CANCEL
cancel | ना ना रहने दो | CANCEL
cancel | मम्मी बोल रही हैं रहने दो | CANCEL
cancel | भूल जाओ मैंने कुछ नहीं पूछा | CANCEL
cancel | ओह नेवर माइंड | CANCEL
cancel | कैंसिल कैंसिल | CANCEL
cancel | रहन दो अब | CANCEL
cancel | जाने दीजिए | CANCEL
cancel | रद्द करो | CANCEL
help | हमरा समझावा कइसे पूछल जाई | HELP
help | अपन ने पेली बार चलायो हे कई करूँ | HELP
help | ए दीदी ई चलाय ले सिखाव | HELP
help | मिगी दस्सो एह् केह् करदा ऐ | HELP
help | आमां शुं शुं पूछी सकाय | HELP
help | हेल्प माडि गुरु | HELP
help | प्रीलिम्स के लिए इसे कैसे यूज़ करूँ | HELP
help | जवान को समझाओ ये कैसे चलता है | HELP
help | नए ट्रेनी को बताओ इसमें क्या बोलना है | HELP
help | मुझे बताओ ना ये कैसे खेलते हैं मैं छोटा हूँ | HELP
help | मैडम इसके कमांड्स क्या हैं | HELP
help | क्या बोलूँ इसमें कुछ सुझाव दो | HELP
launch | दुनिया की राजधानियाँ खोलहो तनी | LAUNCH
launch | दुनिया की राजधानियाँ चालू कर दहो | LAUNCH
launch | दुनिया की राजधानियाँ खोली दो भिया | LAUNCH
launch | दुनिया की राजधानियाँ खोल दे दीदी | LAUNCH
launch | दुनिया की राजधानियाँ खोलो जी दस्सो | LAUNCH
launch | दुनिया की राजधानियाँ चालू करो ने | LAUNCH
launch | दुनिया की राजधानियाँ ओपन माडि गुरु | LAUNCH
launch | दुनिया की राजधानियाँ खोलो रिवीज़न करना है | LAUNCH
launch | दुनिया की राजधानियाँ शुरू करो मेस में खेलेंगे | LAUNCH
launch | दुनिया की राजधानियाँ खोलो ब्रेक है | LAUNCH
launch | दुनिया की राजधानियाँ खोलो लेओवर में टाइम पास | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ वाला गेम खोलो मुझे खेलना है | LAUNCH
launch | अलेक्सा दुनिया की राजधानियाँ चलाओ | LAUNCH
launch | दुनिया की राजधानियाँ खोलो और देश पूछो | LAUNCH
launch | प्लीज़ दुनिया की राजधानियाँ खोल दीजिए | LAUNCH
out-of-domain | राजगीर में गर्म कुंड कहाँ है | FB
out-of-domain | गया जी में पिंडदान कब होता है | FB
out-of-domain | मांडू का जहाज़ महल किसने बनवाया | FB
out-of-domain | अहिल्याबाई होलकर कौन थीं | FB
out-of-domain | धुस्का कैसे बनाते हैं | FB
out-of-domain | करमा परब कब है | FB
out-of-domain | राजमा चावल की रेसिपी बताओ | FB
out-of-domain | पटनीटॉप में बर्फ़ पड़ी क्या | FB
out-of-domain | पाटण की रानी की वाव कहाँ है | FB
out-of-domain | नवरात्रि कब से शुरू है | FB
out-of-domain | हम्पी कैसे जाएँ | FB
out-of-domain | मैसूर पाक कहाँ मिलता है | FB
out-of-domain | लक्ष्मीबाई नगर की कोचिंग की फ़ीस कितनी है | FB
out-of-domain | अनुच्छेद तीन सौ सत्तर क्या था | FB
out-of-domain | जवान का पे स्केल कितना है | FB
out-of-domain | कैंट में पार्क कब खुलेगा | FB
out-of-domain | नाइट शिफ़्ट अलाउंस कितना है | FB
out-of-domain | लंदन में बारिश होगी क्या | FB
out-of-domain | पैरिस का होटल बुक करो | FB
out-of-domain | क्रू रेस्ट कितने घंटे का होता है | FB
out-of-domain | स्पाइडरमैन कहाँ रहता है | FB
out-of-domain | बेबी शार्क गाना चलाओ | FB
out-of-domain | हाथी कितना भारी होता है | FB
out-of-domain | शिमला में कल बर्फ़ गिरेगी क्या | FB
out-of-domain | देश की राजधानी में प्रदूषण कितना है आज | FB
out-of-domain | कैपिटल एक्सपेंडिचर क्या होता है | FB
out-of-domain | भारत की चाय की राजधानी कौन सी है | FB
out-of-domain | दक्षिण एशिया की राजधानी कौन सी है | FB
territory | अमेरिका की राजधानी वाले वॉशिंगटन डीसी की राजधानी क्या है | US-DC
territory | मेक्सिको सिटी वाले इलाके की राजधानी कौन सी है | MX-CMX
territory | हॉन्गकॉन्ग की राजधानी क्या है | HK
territory | मकाउ की राजधानी बताओ | MO
territory | बुवे आइलैंड की राजधानी क्या है | BV
territory | हर्ड द्वीप की राजधानी बताओ | HM
territory | अमेरिका के आउटलाइंग आइलैंड्स की राजधानी | UM
territory | पश्चिमी सहारा की राजधानी लायून है ना | EH
kids | वेटिकन सिटी की राजधानी क्या है पोप वाली | VA
plural-capitals | बेनिन देश की राजधानियाँ कौन कौन सी हैं कोतोनू भी है क्या | BJ
plural-capitals | गुरु बेनिन का दोनों कैपिटल बोलो | BJ
plural-capitals | बोलीविया का दोनों कैपिटल क्या छे | BO
plural-capitals | बोलीविया कर दुनो राजधानी बताव | BO
plural-capitals | बोलीविया में सुक्रे और कौन सी राजधानी है बताओ दोनों | BO
plural-capitals | आइवरी कोस्ट दी दोए राजधानियां दस्सो | CI
plural-capitals | कोट डी आइवर के राजधानी सब बताहो | CI
plural-capitals | श्रीलंका के दुन्नो राजधानी की हइ | LK
plural-capitals | मलेशिया कर दुनो राजधानी का हके | MY
plural-capitals | मलेसिया की दोई राजधानी बताओ नी भिया | MY
plural-capitals | नीदरलैंड का दोनों कैपिटल बोलो गुरु | NL
plural-capitals | नीदरलैंड की दोनों राजधानियाँ बताओ एम्स्टर्डम और हेग वाली बात | NL
plural-capitals | नीदरलैंड्स के राजधानी सब बताहो | NL
plural-capitals | एस्वातिनी की दोई राजधानी कई हे | SZ
plural-capitals | स्वाज़ीलैंड के दुन्नो राजधानी बताहो | SZ
plural-capitals | साउथ अफ़्रीका का तीनों कैपिटल क्या छे | ZA
plural-capitals | दक्षिण अफ़्रीका दियां त्रै राजधानियां दस्सो | ZA
plural-capitals | दक्षिण अफ़्रीका की तीन राजधानियाँ कौन सी हैं प्रिटोरिया के अलावा | ZA
plural-capitals | फ़िलिस्तीन कर दुनो राजधानी बताव | PS
plural-capitals | फ़लस्तीन की दोनों राजधानियाँ कौन सी हैं | PS
territory | हर्ड और मैकडोनाल्ड द्वीप की कोई राजधानी है क्या | HM
territory | मकाऊ वाले चीनी इलाके की राजधानी बताओ | MO
crew | तिहुआना वाले राज्य बाहा कैलिफ़ोर्निया की राजधानी क्या है | MX-BCN
crew | लॉस काबोस जाना है बाहा कैलिफ़ोर्निया सुर की राजधानी | MX-BCS
aspirant | मेक्सिको के कैम्पेचे राज्य की राजधानी बताओ | MX-CAM
bpo | कस्टमर नायारित से है मेक्सिको वाला उसकी राजधानी क्या है | MX-NAY
kids | मेक्सिको के ओहाका की राजधानी क्या है | MX-OAX
plural-capitals | पैलेस्टाइन का दोनों कैपिटल क्या है गुरु | PS
plural-capitals | फ़िलिस्तीन दियां राजधानियां केह्ड़ियां न | PS
plural-capitals | नीदरलैंड की दोई राजधानी बताओ नी | NL
plural-capitals | हॉलैंड दियां दोए राजधानियां दस्सो जी | NL
"""

if __name__ == "__main__":
    build_round(43, "hi", LINES, sys.argv, "tests/Eval/hi/round43/source/build_corpus.py")
