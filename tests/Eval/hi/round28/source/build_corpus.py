"""Round 28, Hindi (hi-IN): a new author's mix of speakers and situations, written blind, chosen away from the speakers
of the Hindi rounds 24 to 27. Regions and first languages: Garhwali from Pauri, Tehri and Dehradun ("क्या च", "कख च",
"भुला", "बतौ", "म्यरु नाती"), Kumaoni from Almora, Nainital and Haldwani ("कि राजधानी के छ", "कां छ", "दाज्यू", "ईजा",
"बतै दियो"), Malayali speakers' Hindi in Kochi and Thrissur and Gulf-returned nurses ("चेट्टा", "चेची", "मोले",
"अय्यो", masculine "का राजधानी"), Kannada speakers' Hindi in Bengaluru and Mysuru ("गुरु", "सार्", "स्वल्प", "हौदु",
"मगा", "बेगा"), Telugu speakers' Hindi in Vijayawada and Guntur ("अंडी", "बाबू", "चेप्पंडी", "अवुनु", "एमंडी"),
Assamese speakers' Hindi in Guwahati and Jorhat ("बाइदेउ", "खुड़ा", "हय", one Assamese line "र राजधानी कोनखन", a tea
garden, Bihu), Nagamese-coloured Hindi of Kohima and Dimapur ("लगा राजधानी कुन आसे", "आपुनि", the Hornbill festival),
Lucknowi and Bhopali Urdu-heavy Hindustani ("हुज़ूर", "फ़रमाइए", "बराए मेहरबानी", "पायतख़्त", "अमाँ मियाँ"), heritage
speakers of Caribbean Hindustani from Trinidad and Guyana ("के राजधानी का होवे", "हम रहित हई"), American-born
teenagers in New Jersey, Houston and the Bay Area asking for their grandparents, Afghan refugees in Lajpat Nagar
("बरादर", "जान", "तशक्कुर", "पायतख़्त कुजा है"), Tibetan exiles in Majnu ka Tilla and Bylakuppe ("ला", "तशी देलेक"),
and foreign learners (a French sitar student in Varanasi, a Nigerian student; deliberately ungrammatical lines).
Situations: a Gurugram call centre's night shift, soldiers bound for UN peacekeeping missions, a ham-radio operator, a
newspaper crossword, cricket fans at the television, a kitchen (a pressure cooker, a hotel chef), a morning-walk group
and laughter club, a Karol Bagh travel agency, Moradabad brass and Bhadohi carpet exporters, elders, children and
teenagers. Plus hesitations, terse forms, follow-ups, yes/no checks with right and wrong guesses, self-corrections with a
marker ("नहीं नहीं", "मेरा मतलब", "सॉरी", "अरे नहीं", "माफ़ करना", "ग़लत बोल दिया", "ग़लती हो गई"), reverse questions,
official, everyday and old names, shared names, plural questions for every several-capital country and Palestine (and
Jammu and Kashmir, Uttarakhand, Montserrat), subdivisions and territories, out-of-domain near misses, help, stop,
cancel, launch and one-shot requests through the invocation name "दुनिया की राजधानियाँ"; and what hi-IN recognition
writes: half-letter (panchamakshar) spellings, missing or stray nukta and vowel signs, "कि" for "की", "हे" for "है",
"कया", "किया", split and joined words.
`python3 tests/Eval/hi/round28/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 28's number); every line is hi-IN."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Garhwali from Pauri, Tehri, Srinagar Garhwal and Dehradun
garhwali | {} की राजधानी क्या च | फ़्रांस=FR; इटली=IT; स्पेन=ES
garhwali | भुला जरा बतौ {} की राजधानी कख च | नॉर्वे=NO; फ़िनलैंड=FI; आइसलैंड=IS
garhwali | म्यरु नाती पूछणु च {} की राजधानी कु शहर च | कनाडा=CA; मैक्सिको=MX; क्यूबा=CU
garhwali | फ़ौज मा छौ मी {} की राजधानी बतै दे | भूटान=BT; म्यांमार=MM; लाओस=LA
garhwali | ब्वारी पूछणी च {} की राजधानी क्या च बतौ | पुर्तगाल=PT; आयरलैंड=IE; बेल्जियम=BE
# Kumaoni from Almora, Nainital, Pithoragarh and Haldwani
kumaoni | {} कि राजधानी के छ | रोमानिया=RO; बुल्गारिया=BG; सर्बिया=RS
kumaoni | ओ दाज्यू {} कि राजधानी कां छ बतै दियो | ग्रीस=GR; अल्बानिया=AL; मोंटेनेग्रो=ME
kumaoni | म्योर च्यल पुछणौ {} कि राजधानी के नाम छ | केन्या=KE; युगांडा=UG; तंज़ानिया=TZ
kumaoni | हल्द्वानी बटी पुछणयूं {} कि राजधानी कौन शहर छ | इराक=IQ; सीरिया=SY; जॉर्डन=JO
kumaoni | ईजा कुनैं {} कि राजधानी बता धैं | पेरू=PE; इक्वाडोर=EC; चिली=CL
# Malayali speakers' Hindi in Kochi, Thrissur and Kozhikode, and Gulf-returned nurses
malayali-hindi | चेट्टा {} का राजधानी क्या है | कुवैत=KW; ओमान=OM; बहरीन=BH
malayali-hindi | अय्यो मोले {} का कैपिटल कौन सा है बोलो ना | सऊदी अरब=SA; क़तर=QA; यमन=YE
malayali-hindi | मैं नर्स था {} में उसका राजधानी का नाम क्या है | आयरलैंड=IE; माल्टा=MT; साइप्रस=CY
malayali-hindi | चेची पूछ रहा है {} का राजधानी कौन सा सिटी | न्यूज़ीलैंड=NZ; ऑस्ट्रेलिया=AU; फ़िजी=FJ
malayali-hindi | ओणम के टाइम में {} से गेस्ट आया उसका राजधानी बोलो | जर्मनी=DE; ऑस्ट्रिया=AT; स्विट्ज़रलैंड=CH
malayali-hindi | हाँ हाँ ओके ओके {} का राजधानी पता है क्या | मालदीव=MV; सेशेल्स=SC; मॉरीशस=MU
# Kannada speakers' Hindi in Bengaluru, Mysuru and Hubballi
kannada-hindi | गुरु {} का कैपिटल क्या है स्वल्प बोलो | ब्राज़ील=BR; अर्जेंटीना=AR; उरूग्वे=UY
kannada-hindi | सार् {} का राजधानी बताइए हौदु | वियतनाम=VN; कंबोडिया=KH; थाईलैंड=TH
kannada-hindi | मगा पूछ रहा है {} का राजधानी कौन सा | इंडोनेशिया=ID; फ़िलिपींस=PH; ब्रूनेई=BN
kannada-hindi | ऑफ़िस में क्लाइंट {} से है रे उसका राजधानी क्या | पोलैंड=PL; चेकिया=CZ; हंगरी=HU
kannada-hindi | अरे गुरु बेगा बोलो {} का राजधानी | ईरान=IR; तुर्कमेनिस्तान=TM; अज़रबैजान=AZ
# Telugu speakers' Hindi in Vijayawada, Guntur and Hyderabad's Telugu homes
telugu-hindi | अंडी {} का राजधानी क्या है चेप्पंडी | घाना=GH; नाइजीरिया=NG; कैमरून=CM
telugu-hindi | बाबू {} का कैपिटल कौन सा है अवुनु | इथियोपिया=ET; इरिट्रिया=ER; जिबूती=DJ
telugu-hindi | अम्मा पूछ रही है {} का राजधानी क्या होता | अमेरिका=US; कनाडा=CA; मैक्सिको=MX
telugu-hindi | मा अब्बाई {} में जॉब करता है उधर का राजधानी क्या | ऑस्ट्रेलिया=AU; जर्मनी=DE; आयरलैंड=IE
telugu-hindi | एमंडी सुनो {} का राजधानी जल्दी बोलो | सेनेगल=SN; माली=ML; गिनी=GN
# Assamese speakers' Hindi in Guwahati, Jorhat and Dibrugarh
assamese-hindi | बाइदेउ {} का राजधानी कौन सा है | बांग्लादेश=BD; नेपाल=NP; भूटान=BT
assamese-hindi | {} र राजधानी कोनखन | मलेशिया=MY; सिंगापुर=SG; थाईलैंड=TH
assamese-hindi | हमारा चाय बागान का चाय {} जाता है उसका राजधानी क्या है | ब्रिटेन=GB; रूस=RU; मिस्र=EG
assamese-hindi | खुड़ा पूछ रहा है {} का राजधानी बोलो तो | स्वीडन=SE; डेनमार्क=DK; नॉर्वे=NO
assamese-hindi | बिहू के बाद क्विज़ है {} का राजधानी क्या है हय | मंगोलिया=MN; किर्गिज़स्तान=KG; ताजिकिस्तान=TJ
# Nagamese-coloured Hindi of Kohima, Dimapur and Imphal
nagamese | {} लगा राजधानी कुन आसे | जापान=JP; दक्षिण कोरिया=KR; ताइवान=TW
nagamese | आपुनि कोई दिबी {} लगा राजधानी कुन जगा आसे | पापुआ न्यू गिनी=PG; सोलोमन द्वीपसमूह=SB; वनुआतू=VU
nagamese | भाई {} का राजधानी कौन सा है बोलो ना | म्यांमार=MM; लाओस=LA; वियतनाम=VN
nagamese | हॉर्नबिल फ़ेस्टिवल में {} से टूरिस्ट आया उसका राजधानी क्या | इज़राइल=IL; नीदरलैंड=NL; बेल्जियम=BE
# Lucknowi and Bhopali Urdu-heavy Hindustani
lucknowi | हुज़ूर ज़रा फ़रमाइए {} की राजधानी कौन सी है | मोरक्को=MA; ट्यूनीशिया=TN; अल्जीरिया=DZ
lucknowi | बराए मेहरबानी {} का पायतख़्त बता दीजिए | अफ़गानिस्तान=AF; उज़्बेकिस्तान=UZ; कज़ाखस्तान=KZ
lucknowi | अमाँ मियाँ {} की राजधानी कौन सा शहर है | मिस्र=EG; लीबिया=LY; सूडान=SD
lucknowi | ज़हे नसीब अगर आप {} की राजधानी बता दें | तुर्की=TR; लेबनान=LB; इराक=IQ
lucknowi | भोपाल से अर्ज़ है {} की राजधानी क्या है साहब | मॉरिटानिया=MR; सोमालिया=SO; कोमोरोस=KM
# Heritage speakers of Caribbean Hindustani from Trinidad and Guyana
caribbean-hindi | हम त्रिनिदाद से आवा हई {} के राजधानी का होवे | भारत=IN; त्रिनिदाद और टोबैगो=TT; गुयाना=GY
caribbean-hindi | ई बताओ बेटा {} के राजधानी कौन सहर होवे | जमैका=JM; बारबाडोस=BB; ग्रेनाडा=GD
caribbean-hindi | हमार नानी पूछत हैं {} के राजधानी | सेंट लूसिया=LC; डोमिनिका=DM; बहामास=BS
caribbean-hindi | गुयाना में हम रहित हई {} के राजधानी का नाम का हय | सूरीनाम=SR; वेनेज़ुएला=VE; ब्राज़ील=BR
caribbean-hindi | दीवाली नगर में पूछा गवा {} के राजधानी का हय | हैती=HT; पनामा=PA; बेलीज़=BZ
# American-born teenagers in New Jersey, Houston and the Bay Area asking for their grandparents
us-desi | ओके सो {} का कैपिटल क्या है लाइक सीरियसली | आइसलैंड=IS; ग्रीनलैंड=GL; एस्टोनिया=EE
us-desi | माय दादी वांट्स टू नो {} की राजधानी क्या है | भारत=IN; नेपाल=NP; श्रीलंका=LK
us-desi | डैड इज़ आस्किंग {} का कैपिटल सिटी | लातविया=LV; लिथुआनिया=LT; बेलारूस=BY
us-desi | हे एलेक्सा नानी को बताओ {} की राजधानी प्लीज़ | टेक्सास=US-TX; कैलिफ़ोर्निया=US-CA; न्यू जर्सी=US-NJ
us-desi | वेट {} की राजधानी क्या है आई फ़र्गॉट | मोल्दोवा=MD; स्लोवाकिया=SK; स्लोवेनिया=SI
# Afghan refugees in Lajpat Nagar and Bhogal, Dari-coloured
afghan-hindi | बरादर {} का पायतख़्त कुजा है | ताजिकिस्तान=TJ; तुर्कमेनिस्तान=TM; पाकिस्तान=PK
afghan-hindi | जान बताओ {} की राजधानी कौन सा शहर है तशक्कुर | ईरान=IR; उज़्बेकिस्तान=UZ; किर्गिज़स्तान=KG
afghan-hindi | हम काबुल से आया है {} का राजधानी क्या है | जर्मनी=DE; कनाडा=CA; ऑस्ट्रेलिया=AU
afghan-hindi | लाजपत नगर में दुकान है हमारा {} का राजधानी बोलो | तुर्की=TR; यूनान=GR; इटली=IT
afghan-hindi | ख़ाहिश है जानने का {} का पायतख़्त | सऊदी अरब=SA; संयुक्त अरब अमीरात=AE; ओमान=OM
# Tibetan exiles in Majnu ka Tilla and Bylakuppe
tibetan-hindi | {} की राजधानी क्या है ला | स्विट्ज़रलैंड=CH; बेल्जियम=BE; नीदरलैंड=NL
tibetan-hindi | तशी देलेक {} का राजधानी बताओ ला | भूटान=BT; नेपाल=NP; मंगोलिया=MN
tibetan-hindi | मोमो की दुकान पर {} से ग्राहक आया उसका राजधानी क्या है ला | कनाडा=CA; अमेरिका=US; फ़्रांस=FR
tibetan-hindi | ओ या {} की राजधानी कौन सा शहर है | ताइवान=TW; जापान=JP; ऑस्ट्रिया=AT
# A Gurugram call centre's night shift
call-centre | कस्टमर {} से बोल रहा है उसकी राजधानी क्या है जल्दी | ऑस्ट्रेलिया=AU; ब्रिटेन=GB; कनाडा=CA
call-centre | टीम लीडर ने पूछा {} की राजधानी कौन सी है | फ़िलिपींस=PH; आयरलैंड=IE; न्यूज़ीलैंड=NZ
call-centre | नाइट शिफ़्ट में टाइम पास {} की राजधानी बताओ | पोलैंड=PL; रोमानिया=RO; पुर्तगाल=PT
call-centre | प्रोसेस {} का है पर उसकी राजधानी नहीं पता | दक्षिण अफ़्रीका=ZA; सिंगापुर=SG; इज़राइल=IL
call-centre | ब्रेक ख़त्म होने से पहले {} की राजधानी बता दो | स्पेन=ES; मैक्सिको=MX; कोलंबिया=CO
# Indian soldiers back from and bound for UN peacekeeping missions
peacekeeper | यूएन मिशन पर {} जा रहा हूँ उसकी राजधानी क्या है | दक्षिण सूडान=SS; लेबनान=LB; कांगो लोकतांत्रिक गणराज्य=CD
peacekeeper | बटालियन {} में तैनात थी उसकी राजधानी बताओ | साइप्रस=CY; सिएरा लियोन=SL; लाइबेरिया=LR
peacekeeper | सूबेदार साहब पूछ रहे हैं {} की राजधानी | सोमालिया=SO; रवांडा=RW; मोज़ांबिक=MZ
peacekeeper | ब्लू हेलमेट पहनकर {} गए थे उसकी राजधानी क्या थी | हैती=HT; अंगोला=AO; इरिट्रिया=ER
peacekeeper | अगली पोस्टिंग {} में है वहाँ की राजधानी कौन सी है | मध्य अफ़्रीकी गणराज्य=CF; माली=ML; सूडान=SD
# A ham-radio operator at his set in Bhopal
ham-radio | रेडियो पर {} का स्टेशन मिला उसकी राजधानी बताओ | तोंगा=TO; समोआ=WS; किरिबाती=KI
ham-radio | कॉल साइन {} का आया है राजधानी क्या है उसकी | तुवालू=TV; नाउरु=NR; पलाऊ=PW
ham-radio | हैम रेडियो में {} वाले से बात हुई उसकी राजधानी क्या है | मार्शल द्वीपसमूह=MH; माइक्रोनेशिया=FM; तिमोर लेस्ते=TL
ham-radio | शॉर्टवेव पर {} की आवाज़ आई उसकी राजधानी बताना | केप वर्ड=CV; साओ टोम और प्रिंसिपे=ST; गाम्बिया=GM
ham-radio | अभी {} से संपर्क हुआ वहाँ की राजधानी कौन सी है | ग्वाटेमाला=GT; होंडूरास=HN; निकारागुआ=NI
# Newspaper crossword and quiz-column solvers
crossword | शब्द पहेली में पूछा है {} की राजधानी | पेरू=PE; क्यूबा=CU; चाड=TD
crossword | अख़बार की पहेली में {} की राजधानी चाहिए चार अक्षर | ओमान=OM; माली=ML; इराक=IQ
crossword | पहेली का तीन नीचे है {} की राजधानी क्या होगी | लातविया=LV; नाइजर=NE; टोगो=TG
crossword | रविवार की पहेली अटकी है {} की राजधानी बताओ | बोत्स्वाना=BW; ज़ाम्बिया=ZM; मलावी=MW
crossword | सुडोकू छोड़ो पहले ये बताओ {} की राजधानी | फ़िनलैंड=FI; एस्टोनिया=EE; लिथुआनिया=LT
# Cricket fans in front of the television
cricket-fan | अगला मैच {} से है उनकी राजधानी कौन सी है | ऑस्ट्रेलिया=AU; न्यूज़ीलैंड=NZ; ज़िम्बाब्वे=ZW
cricket-fan | कमेंटेटर बोल रहा था {} की राजधानी में स्टेडियम है कौन सी राजधानी | बांग्लादेश=BD; श्रीलंका=LK; अफ़गानिस्तान=AF
cricket-fan | ओवर ख़त्म होने से पहले {} की राजधानी बताओ | आयरलैंड=IE; नीदरलैंड=NL; नामीबिया=NA
cricket-fan | वर्ल्ड कप में {} भी खेल रहा है उसकी राजधानी क्या है | स्कॉटलैंड=GB-SCT; ओमान=OM; नेपाल=NP
cricket-fan | चौका लगा यार अच्छा {} की राजधानी क्या है | वेस्ट इंडीज़ वाले जमैका=JM; पाकिस्तान=PK; इंग्लैंड=GB-ENG
# A kitchen: mothers, a home baker, a hotel chef
kitchen | कुकर की सीटी आ रही है जल्दी बताओ {} की राजधानी | इटली=IT; मेक्सिको=MX; थाईलैंड=TH
kitchen | {} वाली डिश बना रही हूँ वहाँ की राजधानी क्या है | लेबनान=LB; मोरक्को=MA; हंगरी=HU
kitchen | आटा गूँध रही हूँ हाथ गंदे हैं {} की राजधानी बोलो | जापान=JP; वियतनाम=VN; इंडोनेशिया=ID
kitchen | शेफ़ साहब पूछ रहे हैं {} की राजधानी कौन सी है | फ़्रांस=FR; स्पेन=ES; पुर्तगाल=PT
kitchen | दाल में तड़का लगाते लगाते सोचा {} की राजधानी क्या है | ग्रीस=GR; जॉर्जिया देश=GE; आर्मेनिया=AM
# A morning-walk group and laughter club in a park
morning-walk | लाफ़्टर क्लब में बहस हो गई {} की राजधानी क्या है | ऑस्ट्रेलिया=AU; कनाडा=CA; तुर्की=TR
morning-walk | पार्क के चक्कर लगाते हुए पूछ रहे हैं {} की राजधानी | ब्राज़ील=BR; नाइजीरिया=NG; पाकिस्तान=PK
morning-walk | योगा के बाद शर्मा जी पूछ रहे हैं {} की राजधानी कौन सी | म्यांमार=MM; कज़ाखस्तान=KZ; तंज़ानिया=TZ
morning-walk | शर्त लगी है सौ रुपये की {} की राजधानी बताओ | स्विट्ज़रलैंड=CH; बोलीविया=BO; श्रीलंका=LK
morning-walk | बेंच पर बैठे बैठे याद नहीं आ रहा {} की राजधानी | कोटे डी आइवर=CI; बुर्किना फ़ासो=BF; बेनिन=BJ
# A Karol Bagh travel agency booking tours
travel-agency | ग्राहक {} का टूर पूछ रहा है उसकी राजधानी क्या है | कंबोडिया=KH; उज़्बेकिस्तान=UZ; जॉर्डन=JO
travel-agency | {} का वीज़ा लगवाना है एम्बेसी किस शहर में है मतलब राजधानी क्या है | अज़रबैजान=AZ; केन्या=KE; मिस्र=EG
travel-agency | हनीमून पैकेज {} का है उसकी राजधानी बताओ | मालदीव=MV; मॉरीशस=MU; सेशेल्स=SC
travel-agency | ग्रुप टूर पहले {} की राजधानी में रुकेगा वो कौन सी है | पुर्तगाल=PT; चेकिया=CZ; क्रोएशिया=HR
travel-agency | बुकिंग से पहले कन्फ़र्म करना है {} की राजधानी | आर्मेनिया=AM; मोंटेनेग्रो=ME; अल्बानिया=AL
# Moradabad brass and Bhadohi carpet exporters
exporter | पीतल का माल {} जा रहा है उसकी राजधानी क्या है | जर्मनी=DE; पोलैंड=PL; चिली=CL
exporter | भदोही का कालीन {} भेजना है उसकी राजधानी बताओ | स्वीडन=SE; डेनमार्क=DK; उरूग्वे=UY
exporter | बायर {} का है इनवॉइस पर राजधानी का नाम लिखना है | पराग्वे=PY; इक्वाडोर=EC; कोस्टारिका=CR
exporter | कंटेनर {} के लिए निकल गया उसकी राजधानी कौन सी है | नाइजीरिया=NG; घाना=GH; सेनेगल=SN
exporter | एक्सपोर्ट ऑर्डर {} से आया है राजधानी क्या है वहाँ की | लिथुआनिया=LT; लातविया=LV; एस्टोनिया=EE
# Elders
elder | बेटा मेरी याद्दाश्त कमज़ोर हो गई है {} की राजधानी क्या थी | सोवियत वाले रूस=RU; यूगोस्लाविया वाले सर्बिया=RS; चेकोस्लोवाकिया वाले चेकिया=CZ
elder | ज़रा ज़ोर से बोलना {} की राजधानी कौन सी है | हंगरी=HU; रोमानिया=RO; बुल्गारिया=BG
elder | हमारे ज़माने में रेडियो पर सुनते थे {} की राजधानी क्या है | मिस्र=EG; इंडोनेशिया=ID; घाना=GH
elder | चश्मा नहीं मिल रहा तुम्हीं बता दो {} की राजधानी | नेपाल=NP; भूटान=BT; मालदीव=MV
elder | दादाजी पूछ रहे हैं {} की राजधानी अभी भी वही है क्या | म्यांमार=MM; कज़ाखस्तान=KZ; नाइजीरिया=NG
# Children
child | मेरी टीचर ने बोला {} की राजधानी याद करके आना | बांग्लादेश=BD; पाकिस्तान=PK; श्रीलंका=LK
child | मम्मी को मत बताना मुझे {} की राजधानी नहीं आती | ब्रिटेन=GB; अमेरिका=US; फ़्रांस=FR
child | मैं पाँच साल का हूँ {} की राजधानी बताओ | केन्या=KE; मिस्र=EG; ब्राज़ील=BR
child | भैया से पहले मुझे बताओ {} की राजधानी | कनाडा=CA; इटली=IT; स्पेन=ES
# Teenagers
teen | ब्रो {} की राजधानी क्या है फ़ास्ट | अर्जेंटीना=AR; पुर्तगाल=PT; क्रोएशिया=HR
teen | फ़्रेंड से शर्त लगी है {} की राजधानी बता दे यार | मोरक्को=MA; बेल्जियम=BE; उरूग्वे=UY
teen | ग्रुप चैट में पूछा है {} की राजधानी क्या है | दक्षिण कोरिया=KR; वियतनाम=VN; फ़िलिपींस=PH
teen | गेमिंग में सर्वर {} का है उसकी राजधानी क्या है | सिंगापुर=SG; स्वीडन=SE; फ़िनलैंड=FI
teen | कोचिंग का टेस्ट है कल {} की राजधानी जल्दी | सूडान=SD; इरिट्रिया=ER; जिबूती=DJ
# Foreign learners of Hindi (deliberately ungrammatical)
learner | मैं फ़्रेंच हूँ वाराणसी में सितार सीखता {} का राजधानी क्या होता है | फ़्रांस=FR; कनाडा=CA; बेल्जियम=BE
learner | मुझको बताना प्लीज़ {} राजधानी कौन | इज़राइल=IL; ग्रीस=GR; साइप्रस=CY
learner | मैं नाइजीरिया से छात्र है {} में राजधानी कहाँ है | नाइजीरिया=NG; कैमरून=CM; बेनिन=BJ
learner | हिंदी सीख रही हूँ {} के राजधानी क्या है सही बोला | जर्मनी=DE; ऑस्ट्रिया=AT; अमेरिका=US
learner | तुम जानता है {} का राजधानी | इटली=IT; स्पेन=ES; ब्राज़ील=BR
# Hesitations and fillers
hesitation | अ अ {} की वो क्या कहते हैं राजधानी | सर्बिया=RS; स्लोवाकिया=SK; बेलारूस=BY
hesitation | हम्म रुको सोचने दो {} की राजधानी क्या है | क्रोएशिया=HR; स्लोवेनिया=SI; बोस्निया=BA
hesitation | वो ना मतलब {} की राजधानी कौन सी थी | सीरिया=SY; जॉर्डन=JO; यमन=YE
hesitation | अरे वो क्या था हाँ {} की राजधानी | पनामा=PA; कोस्टारिका=CR; निकारागुआ=NI
hesitation | उम्म उम्म {} की उम्म राजधानी | गैबॉन=GA; अंगोला=AO; ज़ाम्बिया=ZM
# Terse
terse | राजधानी {} | पोलैंड=PL; क्यूबा=CU; ओमान=OM
terse | {} राजधानी बोलो | चाड=TD; टोगो=TG; लीबिया=LY
terse | {} कैपिटल | मलावी=MW; नामीबिया=NA; इराक=IQ
terse | {} राजधानी नाम | गिनी=GN; लाओस=LA; फ़िजी=FJ
terse | बस {} की राजधानी | माल्टा=MT; नॉर्वे=NO; कुवैत=KW
# What hi-IN recognition writes: panchamakshar half letters, missing or extra nukta and vowel signs, split and joined words
recognition-artefact | {} की राजधानी कौनसी है | इंग्लैण्ड=GB-ENG; कम्बोडिया=KH; अर्जेण्टीना=AR
recognition-artefact | {} कि राजधानी कया है | इण्डोनेशिया=ID; थाईलैण्ड=TH; पोलैण्ड=PL
recognition-artefact | {} की राजधानी बताव | आयरलैण्ड=IE; न्यूज़ीलैण्ड=NZ; कोलम्बिया=CO
recognition-artefact | {} की राजधानी क्या हैं | मिस्त्र=EG; सउदी अरब=SA; कयूबा=CU
recognition-artefact | {} की राजधानि कौन सी हे | केनिया=KE; उक्रेन=UA; रुस=RU
recognition-artefact | {} की राजधानीक्या है | बेल्जीयम=BE; हंगरि=HU; पुर्तुगाल=PT
recognition-artefact | {} का कैपिटॉल क्या है | आइस लैंड=IS; फिन लैंड=FI; स्कॉट लैंड=GB-SCT
recognition-artefact | {} की रजधानी कोन सी है | कज़ाख स्तान=KZ; उज़्बेक इस्तान=UZ; किर्गिज़ स्तान=KG
recognition-artefact | {} कीराजधानी कौन सा शहर | इथोपिया=ET; मेडागासकर=MG; मोज़ाम्बीक=MZ
recognition-artefact | एलेक्सा {} की राजधानी कया हे | तुर्कमेनीस्तान=TM; अजरबैजान=AZ; आर्मीनिया=AM
recognition-artefact | {} के राजधानी क्या है | जर्मन=DE; चाइना=CN; इंगलैंड=GB-ENG
# Subdivisions: Indian states and union territories, US states, Canadian provinces, Australian, German, Brazilian and Mexican states, the UK's nations
subdivision | {} की राजधानी क्या है भाई | उत्तर प्रदेश=IN-UP; मिज़ोरम=IN-MZ; त्रिपुरा=IN-TR
subdivision | हमारे राज्य {} की राजधानी कौन सी है | झारखंड=IN-JH; छत्तीसगढ़=IN-CG; बिहार=IN-BR
subdivision | {} प्रदेश की राजधानी बताओ | अरुणाचल=IN-AR; हिमाचल=IN-HP; आंध्र=IN-AP
subdivision | {} राज्य की राजधानी कौन सा शहर है | कर्नाटक=IN-KA; केरल=IN-KL; तेलंगाना=IN-TS
subdivision | मणिपुर की राजधानी इंफाल है या कुछ और | IN-MN
subdivision | नॉर्थ ईस्ट में {} की राजधानी क्या है | नागालैंड=IN-NL; सिक्किम=IN-SK; असम=IN-AS
subdivision | केंद्र शासित प्रदेश {} की राजधानी | लद्दाख=IN-LA; लक्षद्वीप=IN-LD; पुडुचेरी=IN-PY
subdivision | अमेरिका के स्टेट {} की राजधानी क्या है | न्यूयॉर्क=US-NY; फ़्लोरिडा=US-FL; इलिनॉय=US-IL
subdivision | अमेरिकी राज्य {} की कैपिटल बताओ | वॉशिंगटन=US-WA; ओहायो=US-OH; मिशिगन=US-MI
subdivision | कनाडा के {} प्रांत की राजधानी क्या है | ओंटारियो=CA-ON; अल्बर्टा=CA-AB; मैनिटोबा=CA-MB
subdivision | कनाडा में {} की राजधानी कौन सी है | ब्रिटिश कोलंबिया=CA-BC; सस्केचेवान=CA-SK; नोवा स्कोशिया=CA-NS
subdivision | ऑस्ट्रेलिया के {} राज्य की राजधानी | विक्टोरिया=AU-VIC; क्वींसलैंड=AU-QLD; पश्चिमी ऑस्ट्रेलिया=AU-WA
subdivision | जर्मनी के {} राज्य की राजधानी क्या है | बवेरिया=DE-BY; सैक्सनी=DE-SN; हेस्से=DE-HE
subdivision | ब्राज़ील के {} राज्य की राजधानी बताओ | बाहिया=BR-BA; अमेज़ोनास=BR-AM; पराना=BR-PR
subdivision | मैक्सिको के {} राज्य की राजधानी | युकातान=MX-YUC; हालिस्को=MX-JAL; सोनोरा=MX-SON
subdivision | ब्रिटेन में {} की राजधानी कौन सी है | वेल्स=GB-WLS; उत्तरी आयरलैंड=GB-NIR; स्कॉटलैंड=GB-SCT
subdivision | टेक्सास स्टेट की राजधानी ह्यूस्टन है या कुछ और | US-TX
subdivision | हवाई द्वीप वाले अमेरिकी राज्य की राजधानी | US-HI
subdivision | अलास्का की राजधानी कौन सी है ठंड वाली जगह | US-AK
# Territories
territory | {} की राजधानी कौन सी है | ग्रीनलैंड=GL; बरमूडा=BM; गुआम=GU
territory | {} द्वीप की राजधानी बताओ | क्रिसमस=CX; नॉरफ़ॉक=NF; कोकोस=CC
territory | {} किसके अधीन है और उसकी राजधानी क्या है | जिब्राल्टर=GI; पोर्टो रिको=PR; फ़ॉकलैंड=FK
territory | फ़्रांस के {} की राजधानी | रियूनियन=RE; मार्टीनिक=MQ; ग्वाडेलूप=GP
territory | {} की राजधानी क्या है जहाँ अंग्रेज़ों का राज है | केमैन द्वीपसमूह=KY; तुर्क और कैकोज़ द्वीपसमूह=TC; एंग्विला=AI
territory | न्यूज़ीलैंड से जुड़े {} की राजधानी | कुक द्वीपसमूह=CK; नीयू=NU; तोकेलाउ=TK
territory | डच कैरिबियन {} की राजधानी क्या है | अरूबा=AW; कुरासाओ=CW; सिंट मार्टिन=SX
territory | {} की राजधानी कौन सा कस्बा है | सेंट हेलेना=SH; पिटकैर्न द्वीपसमूह=PN; आइल ऑफ़ मैन=IM
territory | फ़्रांस के अधीन {} की राजधानी बताओ | फ़्रेंच पोलिनेशिया=PF; न्यू कैलेडोनिया=NC; फ़्रेंच गुयाना=GF
territory | {} द्वीपसमूह की राजधानी | फ़ेरो=FO; एलैंड=AX; उत्तरी मारियाना=MP
territory | चैनल आइलैंड्स में {} की राजधानी क्या है | जर्सी=JE; गर्नसी=GG
territory | अंडमान निकोबार की राजधानी अब क्या कहलाती है | IN-AN
territory | पश्चिमी सहारा की राजधानी कौन सी मानी जाती है | EH
# Old names
old-name | {} की राजधानी क्या थी | बर्मा=MM; सीलोन=LK; ज़ायर=CD
old-name | पुराने नक़्शे में {} लिखा है उसकी राजधानी | दाहोमे=BJ; अपर वोल्टा=BF; रोडेशिया=ZW
old-name | {} अब क्या कहलाता है और उसकी राजधानी कौन सी है | न्यासालैंड=MW; बेचुआनालैंड=BW; बासुतोलैंड=LS
old-name | दादी {} बोलती हैं उसकी राजधानी बताओ | स्याम=TH; फ़ारस=IR; कंपूचिया=KH
old-name | किताब में {} लिखा है उसकी राजधानी कौन सी है | गोल्ड कोस्ट=GH; पूर्वी पाकिस्तान=BD; स्वाज़ीलैंड=SZ
old-name | {} की राजधानी का नाम | अबीसीनिया=ET; फ़ॉर्मोसा=TW; डच गुयाना=SR
old-name | पहले {} कहते थे उसकी राजधानी | पश्चिमी समोआ=WS; ब्रिटिश होंडुरास=BZ; उत्तरांचल=IN-UK
old-name | उड़ीसा की राजधानी कटक थी अब कौन सी है | IN-OD
old-name | पांडिचेरी की राजधानी भी पांडिचेरी ही है क्या | IN-PY
# Official names
official-name | {} की राजधानी क्या है बताइए ज़रा | संघीय गणराज्य जर्मनी=DE; इस्लामिक रिपब्लिक ऑफ़ ईरान=IR; रूसी संघ=RU
official-name | {} की राजधानी बताइए | चीनी जनवादी गणराज्य=CN; संयुक्त मैक्सिकन राज्य=MX; हेलेनिक गणराज्य=GR
official-name | आधिकारिक नाम {} है उसकी राजधानी कौन सी | कोरिया गणराज्य=KR; लाओ जनवादी लोकतांत्रिक गणराज्य=LA; वियतनाम समाजवादी गणराज्य=VN
official-name | {} की कैपिटल क्या है | किंगडम ऑफ़ सऊदी अरेबिया=SA; स्विस परिसंघ=CH; फ़ेडरल रिपब्लिक ऑफ़ नाइजीरिया=NG
official-name | पासपोर्ट पर लिखा है {} इसकी राजधानी | संयुक्त गणराज्य तंज़ानिया=TZ; फ़्रांसीसी गणराज्य=FR; इस्लामी गणराज्य पाकिस्तान=PK
official-name | {} की राजधानी कौन सी है जी | कॉमनवेल्थ ऑफ़ ऑस्ट्रेलिया=AU; किंगडम ऑफ़ द नीदरलैंड्स=NL; अर्जेंटाइन रिपब्लिक=AR
official-name | {} नाम के देश की राजधानी | किंगडम ऑफ़ थाईलैंड=TH; रिपब्लिक ऑफ़ सिंगापुर=SG; किंगडम ऑफ़ भूटान=BT
official-name | संघीय लोकतांत्रिक गणराज्य नेपाल की राजधानी | NP
official-name | डेमोक्रेटिक पीपल्स रिपब्लिक ऑफ़ कोरिया की राजधानी | KP
official-name | ग्रेट ब्रिटेन और उत्तरी आयरलैंड का यूनाइटेड किंगडम की राजधानी | GB
# Everyday names
everyday-name | {} की राजधानी क्या है यार | यूएई=AE; रशिया=RU; टर्की=TR
everyday-name | {} की राजधानी बोलो ना | इजिप्ट=EG; चेक रिपब्लिक=CZ; स्विस=CH
everyday-name | {} वाली राजधानी कौन सी है | आइवरी कोस्ट=CI; ईस्ट तिमोर=TL; मैसेडोनिया=MK
everyday-name | अपने {} की राजधानी | हिंदुस्तान=IN; बंगाल=IN-WB; यूपी=IN-UP
everyday-name | {} की राजधानी कौन सा शहर | डीआरसी=CD; सऊदी=SA; त्रिनिदाद=TT
everyday-name | {} की कैपिटल क्या है बताना | अमरीका=US; यूके=GB; एमिरेट्स=AE
everyday-name | {} का राजधानी कौन सा | एमपी=IN-MP; बोस्निया=BA; सेंट विंसेंट=VC
everyday-name | हॉलैंड की राजधानी एक ही है ना | NL
# Plural questions: every several-capital country and Palestine, and Jammu and Kashmir, Uttarakhand and Montserrat
plural-capitals | {} की राजधानियाँ कौन कौन सी हैं | बेनिन=BJ; बोलीविया=BO; मलेशिया=MY
plural-capitals | {} की दोनों राजधानियाँ बताओ | श्रीलंका=LK; नीदरलैंड=NL; एस्वाटिनी=SZ
plural-capitals | {} की तीनों राजधानियों के नाम बताओ | दक्षिण अफ़्रीका=ZA
plural-capitals | {} की कितनी राजधानियाँ हैं और कौन सी | फ़िलिस्तीन=PS; कोत दिवुआर=CI; साउथ अफ़्रीका=ZA
plural-capitals | सुना है {} की दो राजधानियाँ हैं कौन सी | बोलीविया=BO; आइवरी कोस्ट=CI; बेनिन=BJ
plural-capitals | {} की राजधानियां क्या हैं | मलेशिया=MY; हॉलैंड=NL; स्वाज़ीलैंड=SZ
plural-capitals | बाइदेउ {} का दोनों राजधानी कौन सा है | श्रीलंका=LK; फ़िलिस्तीन=PS; मलेशिया=MY
plural-capitals | अंडी {} का सब राजधानी बोलो | दक्षिण अफ़्रीका=ZA; बोलीविया=BO; एस्वाटिनी=SZ
plural-capitals | पहेली में पूछा है {} की राजधानियाँ | नीदरलैंड्स=NL; कोटे डी आइवर=CI; बेनिन=BJ
plural-capitals | {} की राजधानियाँ कौन सी मानी जाती हैं | फ़िलिस्तीन=PS; श्रीलंका=LK
plural-capitals | {} की गर्मियों और सर्दियों की दोनों राजधानियाँ बताओ | जम्मू कश्मीर=IN-JK; उत्तराखंड=IN-UK
plural-capitals | मोंटसेरात की राजधानियाँ कौन सी हैं पुरानी और नई | MS
# Shared names, bare and disambiguated
shared-name | {} की राजधानी क्या है बताओ ना | कोरिया=KP+KR; कांगो=CD+CG; जॉर्जिया=GE+US-GA
shared-name | {} की राजधानी कौन सी है भैया | वर्जिन आइलैंड्स=VG+VI; कोरिया=KP+KR; कांगो=CD+CG
shared-name | {} की राजधानियाँ बताओ | दोनों कोरिया=KP+KR; दोनों कांगो=CD+CG; उत्तर और दक्षिण कोरिया=KP+KR
shared-name | जॉर्जिया का कैपिटल क्या है | GE+US-GA
shared-name | वर्जिन द्वीपसमूह की राजधानी बोलो | VG+VI
shared-name | {} की राजधानी बताना | अमेरिका वाले जॉर्जिया राज्य=US-GA; रूस के पास वाले जॉर्जिया देश=GE; किंशासा वाले कांगो=CD
shared-name | {} की राजधानी कौन सी है बोलो | ब्राज़ाविल वाले कांगो=CG; ब्रिटिश वर्जिन आइलैंड्स=VG; अमेरिकी वर्जिन द्वीपसमूह=VI
shared-name | डोमिनिका और डोमिनिकन रिपब्लिक की राजधानियाँ | DM+DO
shared-name | डोमिनिकन गणराज्य की राजधानी क्या है | DO
shared-name | कांगो गणराज्य की राजधानी बताइए | CG
shared-name | उत्तर कोरिया की राजधानी कौन सी है | KP
shared-name | अटलांटा वाला जॉर्जिया नहीं देश वाला जॉर्जिया उसकी राजधानी | GE
shared-name | यू एस वर्जिन आइलैंड्स की राजधानी | VI
# Yes/no checks, right and wrong guesses
yes-no-check | क्या {} | ऑस्ट्रेलिया की राजधानी सिडनी है=AU; कनाडा की राजधानी टोरंटो है=CA; तुर्की की राजधानी इस्तांबुल है=TR
yes-no-check | {} सही है ना | ब्राज़ील की राजधानी रियो=BR; स्विट्ज़रलैंड की राजधानी ज़्यूरिख=CH; नाइजीरिया की राजधानी लागोस=NG
yes-no-check | {} है क्या | पाकिस्तान की राजधानी कराची=PK; म्यांमार की राजधानी यांगून=MM; वियतनाम की राजधानी हो ची मिन्ह=VN
yes-no-check | {} ही है ना | कज़ाखस्तान की राजधानी अस्ताना=KZ; तंज़ानिया की राजधानी दार एस सलाम=TZ; मोरक्को की राजधानी कासाब्लांका=MA
yes-no-check | {} बिल्कुल पक्का | न्यूज़ीलैंड की राजधानी ऑकलैंड है ना=NZ; अमेरिका की राजधानी न्यूयॉर्क है ना=US; चीन की राजधानी शंघाई है ना=CN
yes-no-check | हाँ या ना {} | बोलीविया की राजधानी ला पाज़=BO; इटली की राजधानी रोम=IT; मिस्र की राजधानी काहिरा=EG
yes-no-check | {} सच में | भूटान की राजधानी थिंपू है=BT; श्रीलंका की राजधानी कोलंबो है=LK; नीदरलैंड की राजधानी एम्स्टर्डम है=NL
yes-no-check | {} यही ना | दक्षिण अफ़्रीका की राजधानी जोहान्सबर्ग=ZA; स्कॉटलैंड की राजधानी ग्लासगो=GB-SCT; कर्नाटक की राजधानी बेंगलुरु=IN-KA
yes-no-check | शर्मा जी बोले {} सही बोले क्या | महाराष्ट्र की राजधानी पुणे है=IN-MH; गुजरात की राजधानी अहमदाबाद है=IN-GJ; असम की राजधानी गुवाहाटी है=IN-AS
yes-no-check | क्या बेलीज़ की राजधानी बेलमोपान है | BZ
yes-no-check | नाइजर की राजधानी नियामी है क्या सही है | NE
yes-no-check | कैलिफ़ोर्निया की राजधानी लॉस एंजेलिस है ना | US-CA
yes-no-check | ग्रीनलैंड की राजधानी नुक है क्या | GL
# Self-corrections, each with a marker; the last place counts
self-correction | {} | स्वीडन की नहीं नहीं नॉर्वे की राजधानी=NO; ऑस्ट्रिया मेरा मतलब ऑस्ट्रेलिया की राजधानी=AU; स्लोवाकिया सॉरी स्लोवेनिया की राजधानी=SI
self-correction | {} बताओ | इराक की अरे नहीं ईरान की राजधानी=IR; नाइजीरिया की माफ़ करना नाइजर की राजधानी=NE; गिनी की मेरा मतलब इक्वेटोरियल गिनी की राजधानी=GQ
self-correction | {} क्या है | कोलंबिया की सॉरी कोस्टारिका की राजधानी=CR; मॉरिटानिया ग़लत बोल दिया मॉरीशस की राजधानी=MU; लातविया की नहीं नहीं लिथुआनिया की राजधानी=LT
self-correction | {} कौन सी है | पराग्वे की अरे मेरा मतलब उरूग्वे की राजधानी=UY; ऑस्ट्रिया की रुको ज़रा हंगरी की राजधानी=HU; गाम्बिया की सॉरी ज़ाम्बिया की राजधानी=ZM
self-correction | {} बोलो | ताहिती की ओह सॉरी हैती की राजधानी=HT; जमैका नहीं नहीं बहामास की राजधानी=BS; स्लोवेनिया की माफ़ कीजिए सर्बिया की राजधानी=RS
self-correction | {} जल्दी | बुरुंडी की नहीं नहीं रवांडा की राजधानी=RW; लाइबेरिया की सॉरी लीबिया की राजधानी=LY; सूडान की मेरा मतलब दक्षिण सूडान की राजधानी=SS
self-correction | {} कौन सा शहर है | मोनाको की अरे नहीं सैन मैरिनो की राजधानी=SM; लिचेंस्टीन की सॉरी लक्ज़मबर्ग की राजधानी=LU; एंडोरा की नहीं नहीं मोनाको की राजधानी=MC
self-correction | {} क्या होगी | सेनेगल की मेरा मतलब गाम्बिया की राजधानी=GM; टोगो की सॉरी बेनिन की राजधानी=BJ; गैबॉन की अरे नहीं कैमरून की राजधानी=CM
self-correction | भूटान की ना ना अरे मेरा मतलब नेपाल की राजधानी | NP
self-correction | ओडिशा की सॉरी झारखंड की राजधानी बताओ | IN-JH
self-correction | केरल की नहीं नहीं तमिलनाडु की राजधानी क्या है | IN-TN
# Reverse questions: a capital, asking whose it is
reverse-question | {} किस देश की राजधानी है | थिंपू=CITY:थिंपू; नैरोबी=CITY:नैरोबी; लीमा=CITY:लीमा
reverse-question | {} कहाँ की राजधानी है | कैनबरा=CITY:कैनबरा; विक्टोरिया=CITY:विक्टोरिया; चंडीगढ़=CITY:चंडीगढ़
reverse-question | {} किसकी राजधानी है बताओ | किंग्स्टन=CITY:किंग्स्टन; लंदन=CITY:लंदन; बर्लिन=CITY:बर्लिन
reverse-question | {} शहर किस मुल्क की राजधानी है | ताशकंद=CITY:ताशकंद; बाकु=CITY:बाकु; अस्ताना=CITY:अस्ताना
reverse-question | पहेली में {} आया है ये किस देश की राजधानी है | ओस्लो=CITY:ओस्लो; हेलसिंकी=CITY:हेलसिंकी; रीगा=CITY:रीगा
reverse-question | {} जिसकी राजधानी है वो देश कौन सा है | नई दिल्ली=CITY:नई दिल्ली; ला पाज़=CITY:ला पाज़; सिंगापुर=CITY:सिंगापुर
reverse-question | {} किस राज्य की राजधानी है | गांधीनगर=CITY:गांधीनगर; भोपाल=CITY:भोपाल; शिलांग=CITY:शिलांग
reverse-question | {} किस अमेरिकी राज्य की राजधानी है | सैक्रामेंटो=CITY:सैक्रामेंटो; ऑस्टिन=CITY:ऑस्टिन; टलाहासी=CITY:टलाहासी
reverse-question | {} राजधानी है पर किसकी | अक्रा=GH; विंडहोक=CITY:विंडहोक; लुसाका=CITY:लुसाका
reverse-question | बुडापेस्ट किसकी राजधानी है मुझे याद नहीं | CITY:बुडापेस्ट
# Follow-ups after an earlier question
follow-up | और {} की | रवांडा=RW; बुरुंडी=BI; युगांडा=UG
follow-up | अच्छा और {} का क्या | ताजिकिस्तान=TJ; किर्गिज़स्तान=KG; तुर्कमेनिस्तान=TM
follow-up | ठीक है अब {} की बताओ | सेनेगल=SN; माली=ML; नाइजर=NE
follow-up | उसके बाद {} वाली भी बता दो | इक्वेटोरियल गिनी=GQ; गैबॉन=GA; गिनी बिसाऊ=GW
follow-up | {} का भी बता दो | सिएरा लियोन=SL; लाइबेरिया=LR; टोगो=TG
follow-up | ओके और फिर {} | सैन मेरीनो=SM; मोनाको=MC; एंडोरा=AD
follow-up | फिर {} की राजधानी भी | लिचेंस्टीन=LI; लग्ज़मबर्ग=LU; वेटिकन सिटी=VA
follow-up | और हाँ {} के बारे में भी | सेंट किट्स और नेविस=KN; एंटिगुआ और बारबुडा=AG; सेंट विंसेंट और ग्रेनाडाइंस=VC
follow-up | और कोसोवो की | XK
# One-shot requests through the invocation name
one-shot | दुनिया की राजधानियाँ से पूछो {} की राजधानी क्या है | मेडागास्कर=MG; कोमोरोस=KM; बुरुंडी=BI
one-shot | एलेक्सा दुनिया की राजधानियाँ में {} की राजधानी बताओ | लेसोथो=LS; बोत्स्वाना=BW; ज़िम्बाब्वे=ZW
one-shot | दुनिया की राजधानियाँ से {} की राजधानी पूछो | किरिबाती=KI; तुवालू=TV; नाउरु=NR
one-shot | दुनिया की राजधानियाँ को बोलो {} की राजधानी बताए | होंडूरास=HN; अल सल्वाडोर=SV; ग्वाटेमाला=GT
one-shot | आस्क दुनिया की राजधानियाँ {} की कैपिटल | पराग्वे=PY; डोमिनिकन रिपब्लिक=DO; त्रिनिदाद और टोबैगो=TT
one-shot | दुनिया की राजधानियां से पूछो {} किस देश की राजधानी है | दुशांबे=CITY:दुशांबे; कैनबरा=CITY:कैनबरा
one-shot | दुनिया की राजधानियाँ पर {} की राजधानियाँ बताओ | मलेशिया=MY; बोलीविया=BO
one-shot | दुनिया की राजधानियाँ चलाकर जॉर्जिया देश की राजधानी बताओ | GE
one-shot | दुनिया की राजधानियाँ से पूछना यमन की राजधानी | YE
# Launch
launch | दुनिया की राजधानियाँ खोलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ शुरू करो | LAUNCH
launch | दुनिया की राजधानियाँ चलाओ | LAUNCH
launch | ओपन दुनिया की राजधानियाँ | LAUNCH
launch | दुनिया की राजधानियाँ स्टार्ट करो ना | LAUNCH
launch | दुनिया की राजधानियां वाला गेम खोलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ लगाओ | LAUNCH
launch | बच्चों के लिए दुनिया की राजधानियाँ चालू करो | LAUNCH
launch | दुनिया की राजधानियाँ खोल दो ज़रा | LAUNCH
launch | दुनिया की राजधानियाँ प्ले करो | LAUNCH
launch | एलेक्सा लॉन्च दुनिया की राजधानियाँ | LAUNCH
launch | अरे दुनिया की राजधानियाँ शुरू कर दो | LAUNCH
launch | दुनिया की राजधानियाँ वाली स्किल खोलो | LAUNCH
launch | दुनिया की राजधानियाँ ओपन करना | LAUNCH
launch | चलो दुनिया की राजधानियाँ शुरू करते हैं | LAUNCH
launch | एलेक्सा दुनिया की राजधानियां खोलिए | LAUNCH
# Help
help | ये राजधानी वाला कैसे चलता है | HELP
help | मुझे समझ नहीं आ रहा क्या बोलूँ | HELP
help | इसमें क्या क्या पूछ सकते हैं | HELP
help | मदद चाहिए एलेक्सा | HELP
help | हेल्प करो ना | HELP
help | कैसे इस्तेमाल करूँ ये स्किल | HELP
help | दादी को समझाओ कैसे पूछना है | HELP
help | ये क्या करता है बताओ | HELP
help | सवाल कैसे पूछूँ | HELP
help | अंडी हेल्प चाहिए | HELP
help | गुरु ये कैसे यूज़ करते हैं | HELP
help | मेरी मदद कीजिए ज़रा | HELP
help | कुछ समझ नहीं आया फिर से समझाओ | HELP
help | नियम बताओ इसके | HELP
help | किस तरह से बोलना होगा | HELP
help | हुज़ूर रहनुमाई फ़रमाइए | HELP
help | क्या क्या कर सकती हो तुम इसमें | HELP
help | ऑप्शन्स क्या हैं | HELP
help | मुझे गाइड करो | HELP
help | बाइदेउ कैसे पूछते हैं इसमें | HELP
help | इंस्ट्रक्शन बताओ | HELP
help | मैं नया हूँ कैसे शुरू करूँ | HELP
# Stop
stop | बंद करो | STOP
stop | बस बहुत हो गया बंद कर दो | STOP
stop | स्टॉप स्टॉप | STOP
stop | चुप हो जाओ एलेक्सा | STOP
stop | अब और नहीं बंद करो | STOP
stop | खेल ख़त्म करो | STOP
stop | रुक जाओ बस | STOP
stop | बाहर निकलो इससे | STOP
stop | एग्ज़िट | STOP
stop | बंद कर दे भुला | STOP
stop | अब बंद करो कुकर बज रहा है | STOP
stop | शिफ़्ट ख़त्म बंद करो | STOP
stop | गुरु स्टॉप माडी | STOP
stop | अंडी बंद करो | STOP
stop | बस करो एलेक्सा मैच शुरू हो गया | STOP
stop | ये वाला बंद करो | STOP
stop | बस अब सो जाओ | STOP
stop | अब मत बोलो बंद | STOP
stop | क्विट करो | STOP
stop | बंद करिए हुज़ूर | STOP
stop | ठीक है बस इतना ही बंद करो | STOP
stop | रेडियो आ गया बंद करो इसे | STOP
# Cancel
cancel | कैंसल करो | CANCEL
cancel | रहने दो | CANCEL
cancel | छोड़ो जाने दो | CANCEL
cancel | नहीं पूछना अब रद्द करो | CANCEL
cancel | कैंसिल कर दो | CANCEL
cancel | वो सवाल रद्द करो | CANCEL
cancel | नहीं नहीं छोड़ दो इसे | CANCEL
cancel | रद्द | CANCEL
cancel | कोई बात नहीं रहने दो | CANCEL
cancel | कैंसल कर भाई | CANCEL
cancel | अभी नहीं रहने दो | CANCEL
cancel | भूल जाओ वो सवाल | CANCEL
cancel | अंडी कैंसल | CANCEL
cancel | छोड़िए जनाब रहने दीजिए | CANCEL
cancel | मत बताओ रहने दो | CANCEL
cancel | ग़लती से बोल दिया कैंसल | CANCEL
cancel | कैंसल कैंसल | CANCEL
cancel | वापस लो वो सवाल | CANCEL
cancel | नहीं चाहिए रहने दो | CANCEL
cancel | बुकिंग वाली बात रहने दो कैंसल करो | CANCEL
cancel | अभी जो पूछा उसे रद्द कर दो | CANCEL
cancel | छोड़ यार कैंसल मार | CANCEL
# Out of domain: other facts about named countries, "राजधानी" and "कैपिटल" in other senses, places the data lacks, everyday requests
out-of-domain | ऑस्ट्रेलिया में अभी कितने बजे हैं | FB
out-of-domain | अमेरिका का करंट टाइम बताओ कस्टमर को कॉल करना है | FB
out-of-domain | कनाडा का वीज़ा कितने दिन में आता है | FB
out-of-domain | जापान की करेंसी क्या है | FB
out-of-domain | फ़्रांस की आबादी कितनी है | FB
out-of-domain | ब्राज़ील में कौन सी भाषा बोलते हैं | FB
out-of-domain | जर्मनी के चांसलर कौन हैं | FB
out-of-domain | रूस का क्षेत्रफल कितना है | FB
out-of-domain | न्यूज़ीलैंड का झंडा कैसा दिखता है | FB
out-of-domain | दक्षिण सूडान में कितने भारतीय सैनिक हैं | FB
out-of-domain | लेबनान में यूएन मिशन कब से है | FB
out-of-domain | कांगो में कौन सी बीमारी फैली है | FB
out-of-domain | सबसे बड़ा देश कौन सा है | FB
out-of-domain | दुनिया में कुल कितने देश हैं | FB
out-of-domain | सबसे छोटी राजधानी कौन सी है आबादी में | FB
out-of-domain | सबसे ठंडी राजधानी कौन सी है | FB
out-of-domain | दिल्ली राजधानी कब बनी थी | FB
out-of-domain | ब्रासीलिया किसने डिज़ाइन किया | FB
out-of-domain | राजधानी एक्सप्रेस का टाइम क्या है | FB
out-of-domain | राजधानी एक्सप्रेस में खाना फ़्री मिलता है क्या | FB
out-of-domain | लखनऊ राजधानी का पीएनआर स्टेटस चेक करो | FB
out-of-domain | राजधानी ढाबा कितने बजे खुलता है | FB
out-of-domain | राजधानी स्वीट्स का नंबर मिलाओ | FB
out-of-domain | कैपिटल लेटर कैसे लिखते हैं | FB
out-of-domain | वर्किंग कैपिटल का मतलब क्या होता है | FB
out-of-domain | कैपिटल गेन टैक्स कितना लगता है | FB
out-of-domain | कैपिटल पनिशमेंट किन देशों में है | FB
out-of-domain | दिल्ली कैपिटल्स का अगला मैच कब है | FB
out-of-domain | कैपिटल फ़र्स्ट से लोन कैसे लें | FB
out-of-domain | राजधानी शब्द का अंग्रेज़ी में स्पेलिंग क्या है | FB
out-of-domain | राजधानी का उल्टा शब्द क्या होता है | FB
out-of-domain | गढ़वाल राज्य की राजधानी श्रीनगर गढ़वाल कब थी | FB
out-of-domain | कत्यूरी राजाओं की राजधानी कहाँ थी | FB
out-of-domain | अहोम राजाओं की राजधानी कौन सी थी | FB
out-of-domain | विजयनगर की राजधानी कहाँ है | FB
out-of-domain | अवध की पुरानी राजधानी फ़ैज़ाबाद कब थी | FB
out-of-domain | भोपाल रियासत की बेगमें कौन थीं | FB
out-of-domain | हस्तिनापुर किसकी राजधानी थी | FB
out-of-domain | गोंडवाना की राजधानी कहाँ थी | FB
out-of-domain | नार्निया की राजधानी क्या है | FB
out-of-domain | हॉगवर्ट्स किस देश में है | FB
out-of-domain | चाँद की राजधानी क्या है | FB
out-of-domain | मंगल ग्रह पर कितने लोग रहते हैं | FB
out-of-domain | कुकर में दाल कितनी सीटी में पकती है | FB
out-of-domain | पास्ता में कितना नमक डालें | FB
out-of-domain | थाई करी की रेसिपी बताओ | FB
out-of-domain | बिरयानी के लिए टाइमर लगाओ बीस मिनट | FB
out-of-domain | आज का मौसम कैसा है | FB
out-of-domain | कल सुबह पाँच बजे का अलार्म लगाओ | FB
out-of-domain | मोहम्मद रफ़ी के गाने बजाओ | FB
out-of-domain | भजन लगाओ | FB
out-of-domain | क्रिकेट का स्कोर क्या है | FB
out-of-domain | विराट कोहली ने कितने शतक बनाए | FB
out-of-domain | वर्ल्ड कप फ़ाइनल कहाँ होगा | FB
out-of-domain | अगला ओलंपिक किस शहर में होगा | FB
out-of-domain | फ़ीफ़ा वर्ल्ड कप कौन जीता | FB
out-of-domain | पहेली में चार अक्षर का शब्द जिसका मतलब पानी हो | FB
out-of-domain | सुडोकू कैसे भरते हैं | FB
out-of-domain | हैम रेडियो का लाइसेंस कैसे मिलता है | FB
out-of-domain | शॉर्टवेव रेडियो की फ़्रीक्वेंसी क्या है | FB
out-of-domain | पीतल के बर्तन कैसे चमकाएँ | FB
out-of-domain | कालीन एक्सपोर्ट पर जीएसटी कितना है | FB
out-of-domain | डॉलर का रेट आज क्या है | FB
out-of-domain | यूरो में सौ रुपये कितने होते हैं | FB
out-of-domain | दुबई की फ़्लाइट का किराया कितना है | FB
out-of-domain | मालदीव जाने के लिए पासपोर्ट चाहिए क्या | FB
out-of-domain | थाईलैंड में वीज़ा ऑन अराइवल मिलता है क्या | FB
out-of-domain | लाफ़्टर क्लब में कौन सी हँसी करते हैं | FB
out-of-domain | सुबह की सैर के फ़ायदे बताओ | FB
out-of-domain | मेरा ब्लड प्रेशर कितना होना चाहिए | FB
out-of-domain | नाइट शिफ़्ट में नींद कैसे भगाएँ | FB
out-of-domain | अमेरिकी एक्सेंट कैसे सीखें | FB
out-of-domain | बिहू कब है इस साल | FB
out-of-domain | ओणम की छुट्टी कब है | FB
out-of-domain | हॉर्नबिल फ़ेस्टिवल की टिकट कहाँ मिलेगी | FB
out-of-domain | मोमो की चटनी कैसे बनाते हैं | FB
out-of-domain | दलाई लामा कहाँ रहते हैं | FB
out-of-domain | काबुल से दिल्ली की फ़्लाइट चलती है क्या | FB
out-of-domain | त्रिनिदाद में दीवाली कब मनाते हैं | FB
out-of-domain | गुयाना में कितने भारतीय रहते हैं | FB
out-of-domain | न्यू जर्सी में पटेल ब्रदर्स कहाँ है | FB
out-of-domain | नैनीताल में बर्फ़ कब गिरती है | FB
out-of-domain | बद्रीनाथ के कपाट कब खुलेंगे | FB
out-of-domain | एलेक्सा तुम्हारी उम्र कितनी है | FB
out-of-domain | एक चुटकुला सुनाओ | FB
out-of-domain | मेरे फ़ोन की बैटरी कितनी है | FB
out-of-domain | लाइट चली गई इन्वर्टर कितनी देर चलेगा | FB
out-of-domain | बत्ती जला दो | FB
out-of-domain | पंखा तेज़ करो | FB
out-of-domain | दूध वाले को फ़ोन लगाओ | FB
out-of-domain | बेंगलुरु में ट्रैफ़िक कैसा है | FB
out-of-domain | हैदराबाद से विजयवाड़ा कितनी दूर है | FB
out-of-domain | कोच्चि में बारिश कब रुकेगी | FB
out-of-domain | दुनिया का सबसे ऊँचा पहाड़ कौन सा है | FB
out-of-domain | सबसे लंबी नदी कौन सी है | FB
out-of-domain | भारत के राष्ट्रपति कौन हैं | FB
out-of-domain | पाकिस्तान के प्रधानमंत्री का नाम क्या है | FB
out-of-domain | चीन की दीवार कितनी लंबी है | FB
out-of-domain | एफ़िल टावर कितना ऊँचा है | FB
out-of-domain | नेपाल में कौन सा पैसा चलता है | FB
out-of-domain | श्रीलंका जाने में कितना ख़र्च आएगा | FB
out-of-domain | राजधानियों वाला गाना सुनाओ | FB
out-of-domain | राजधानी बदलने में कितना पैसा लगता है | FB
out-of-domain | इंडोनेशिया अपनी राजधानी क्यों बदल रहा है | FB
out-of-domain | कराची कभी राजधानी थी क्या कब तक | FB
out-of-domain | कलकत्ता से राजधानी दिल्ली क्यों गई | FB
out-of-domain | देश की राजधानी में प्रदूषण कितना है आज | FB
out-of-domain | राजधानी में आज पेट्रोल का भाव क्या है | FB
out-of-domain | कैपिटल मार्केट में निवेश कैसे करें | FB
out-of-domain | सीड कैपिटल किसे कहते हैं | FB
out-of-domain | कैपिटल हिल पर क्या हुआ था | FB
out-of-domain | शब्द पहेली का जवाब बताओ आज वाला | FB
out-of-domain | यूएन में कितने देश सदस्य हैं | FB
# Second batch, only where a count was short: plurals, shared names, help, stop, cancel, launch, out-of-domain
plural-capitals | ओ दाज्यू {} कि राजधानी कतुक छन और कौन कौन | मलेशिया=MY; फ़िलिस्तीन=PS; दक्षिण अफ़्रीका=ZA
plural-capitals | हुज़ूर {} की दोनों राजधानियों के नाम फ़रमाइए | फ़िलिस्तीन=PS; मलेशिया=MY; नीदरलैंड=NL
plural-capitals | पीतल का ऑर्डर {} से आया है उसकी दोनों राजधानियाँ कौन सी हैं | बेनिन=BJ; श्रीलंका=LK; एस्वाटिनी=SZ
shared-name | चेट्टा ये बताओ {} का राजधानी क्या है | डोमिनिका और डोमिनिकन रिपब्लिक=DM+DO; दोनों कांगो=CD+CG; दोनों कोरिया=KP+KR
shared-name | हैम रेडियो पर जॉर्जिया से आवाज़ आई उसकी राजधानी क्या है | GE+US-GA
help | ओ भुला ये कन कै चलौंदन बतौ | HELP
help | एमंडी ये स्किल में क्या पूछना है | HELP
help | दाज्यू मदद करि दियो | HELP
help | चेची ये कैसे काम करता है बोलो | HELP
help | तशी देलेक ये कैसे चलता है ला | HELP
stop | बस करौ दाज्यू बंद करि दियो | STOP
stop | अय्यो बंद करो मोले | STOP
stop | बरादर बस करो बंद | STOP
stop | ब्रेक ख़त्म हो गया अब बंद करो | STOP
stop | पहेली पूरी हो गई बंद कर दो | STOP
stop | सैर का टाइम हो गया बंद करो एलेक्सा | STOP
stop | ओवर शुरू हो गया चुप हो जाओ | STOP
stop | तशी देलेक बस बंद करो ला | STOP
stop | भुला बंद कर दे अब | STOP
stop | बाइदेउ बंद करो अभी | STOP
cancel | रहण दे भुला | CANCEL
cancel | छोड़ दियो दाज्यू रहण दियो | CANCEL
cancel | चेट्टा वो कैंसल करो | CANCEL
cancel | गुरु बिड़ी कैंसल करो | CANCEL
cancel | अमाँ छोड़िए रहने दीजिए | CANCEL
cancel | बरादर रहने दो नहीं चाहिए | CANCEL
cancel | कस्टमर ने फ़ोन काट दिया कैंसल करो | CANCEL
cancel | ग्राहक चला गया रहने दो कैंसल | CANCEL
cancel | बाइदेउ नहीं चाहिए रहने दो | CANCEL
cancel | ला रहने दो कैंसल करो | CANCEL
cancel | सॉरी ग़लत बटन दब गया कैंसल कर दो | CANCEL
launch | भुला दुनिया की राजधानियाँ खोल दे | LAUNCH
launch | चेट्टा दुनिया की राजधानियाँ ओपन करो | LAUNCH
launch | हुज़ूर दुनिया की राजधानियाँ शुरू फ़रमाइए | LAUNCH
launch | गुरु दुनिया की राजधानियाँ हाक्कि | LAUNCH
out-of-domain | दाज्यू अल्मोड़ा की बाल मिठाई कहाँ मिलेगी | FB
out-of-domain | पौड़ी में आज कितनी ठंड है | FB
out-of-domain | चेट्टा दुबई में नर्स की सैलरी कितनी है | FB
out-of-domain | आयरलैंड में नर्सिंग का लाइसेंस कैसे मिलता है | FB
out-of-domain | गुरु मैसूर पाक कहाँ अच्छा मिलता है | FB
out-of-domain | अंडी तिरुपति दर्शन का टिकट बुक करो | FB
out-of-domain | असम की चाय का भाव क्या चल रहा है | FB
out-of-domain | काज़ीरंगा में गैंडे कितने हैं | FB
out-of-domain | नागालैंड का राज्य पक्षी कौन सा है | FB
out-of-domain | हुज़ूर लखनऊ के टुंडे कबाब कहाँ हैं | FB
out-of-domain | भोपाल गैस त्रासदी कब हुई थी | FB
out-of-domain | त्रिनिदाद से भारत की फ़्लाइट कितने घंटे की है | FB
out-of-domain | बरादर अफ़ग़ानी रोटी कहाँ मिलती है लाजपत नगर में | FB
out-of-domain | तिब्बत की राजधानी ल्हासा में मौसम कैसा है | FB
out-of-domain | कस्टमर का टाइम ज़ोन बताओ ऑस्ट्रेलिया में कितने टाइम ज़ोन हैं | FB
out-of-domain | यूएन शांति सेना में भारत के कितने सैनिक हैं | FB
out-of-domain | मुरादाबाद से दिल्ली एयरपोर्ट कितनी दूर है | FB
out-of-domain | भदोही का कालीन किस देश में सबसे ज़्यादा बिकता है | FB
out-of-domain | ऑस्ट्रेलिया वाले मैच का टॉस किसने जीता | FB
out-of-domain | केरल की राजधानी का पुराना नाम त्रिवेंद्रम क्यों बदला | FB
out-of-domain | आंध्र प्रदेश की राजधानी को लेकर झगड़ा क्या है | FB
out-of-domain | दुनिया की सबसे पुरानी राजधानी कौन सी है | FB
"""

if __name__ == "__main__":
    build_round(28, "hi", LINES, sys.argv, "tests/Eval/hi/round28/source/build_corpus.py")
