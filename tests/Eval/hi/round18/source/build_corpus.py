"""Round 18, Hindi (hi-IN): a new author's mix of speakers, other than the earlier rounds': Gujarati families in Ahmedabad and
Surat (and their East-African and diamond-trade links), Marathi speakers in Pune and Nagpur, Tamil, Malayali, Telugu and Kannada
speakers talking Hindi, people from the North-East (Guwahati, Shillong, Imphal), Urdu-speaking elders in Lucknow and Bhopal,
Chhattisgarhi speakers around Raipur, foreigners learning Hindi, NRI children with their grandparents abroad; and situations:
stamp, coin and banknote collectors, film and drama fans, night-shift call-centre agents with US, Canadian and Australian
callers, a kitty party, WhatsApp forwards being checked, a shop counter, a sailor's family, bedtime, a globe game and a map
puzzle, a morning walk, the radio news; and what hi-IN recognition writes (no nukta, कि for की, कोनसी, हे for है, names split).
`python3 tests/Eval/hi/round18/source/build_corpus.py [--check]`; the mechanics are round 12's build_round, under round 18's
number and seed."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Plain questions.
direct-question | एलेक्सा {} की राजधानी किस शहर को कहते हैं | किरिबाती=KI; तुवालू=TV; नाउरु=NR
direct-question | {} की राजधानी का नाम बताना एलेक्सा | सोलोमन द्वीपसमूह=SB; वनुआतू=VU; समोआ=WS
direct-question | एलेक्सा मुझे {} की राजधानी जाननी है | टोंगा=TO; पलाऊ=PW; माइक्रोनेशिया=FM
direct-question | {} की राजधानी कौन सी है एलेक्सा ज़रा बताओ | मार्शल द्वीपसमूह=MH; पापुआ न्यू गिनी=PG; फ़िजी=FJ
direct-question | एलेक्सा बताओ तो {} की राजधानी | उत्तरी मकदूनिया=MK; लक्ज़मबर्ग=LU; कुवैत=KW

# Said like a search box: the place and the word, nothing else.
telegraphic | {} राजधानी | कोमोरोस=KM; जिबूती=DJ; इरिट्रिया=ER
telegraphic | एलेक्सा राजधानी {} | बुर्किना फ़ासो=BF; माली=ML; नाइजर=NE
telegraphic | राजधानी ऑफ़ {} | गिनी बिसाउ=GW; सिएरा लियोन=SL; लाइबेरिया=LR
telegraphic | {} कैपिटल सिटी | केप वर्ड=CV; साओ टोम और प्रिंसिपे=ST; इक्वेटोरियल गिनी=GQ

# English question words as hi-IN recognition writes them.
english-mix | एलेक्सा व्हाट इज़ द कैपिटल ऑफ़ {} | बेलारूस=BY; मोल्दोवा=MD; लिथुआनिया=LT
english-mix | {} का कैपिटल बताओ ना यार | स्लोवाकिया=SK; क्रोएशिया=HR; बोस्निया=BA
english-mix | कैपिटल ऑफ़ {} प्लीज़ | हंगरी=HU; आर्मेनिया=AM; साइप्रस=CY
english-mix | {} की कैपिटल कौन सी सिटी है | उज़्बेकिस्तान=UZ; कज़ाखस्तान=KZ; तुर्कमेनिस्तान=TM
english-mix | टेल मी द कैपिटल ऑफ़ मोरक्को | MA
english-mix | चेक रिपब्लिक की कैपिटल व्हाट इज़ | CZ

# Gujarati families: Ahmedabad, Surat, the diamond trade, relatives from East Africa.
gujarati-hindi | केम छो एलेक्सा {} की राजधानी क्या है वो बोलो ना | युगांडा=UG; केन्या=KE; तंज़ानिया=TZ
gujarati-hindi | भाई भाई एक मिनट {} का राजधानी कौन सा है | इज़राइल=IL; पुर्तगाल=PT; ओमान=OM
gujarati-hindi | हमको जरा {} की राजधानी बताओ ना बेन | मोज़ांबिक=MZ; मेडागास्कर=MG; ज़ाम्बिया=ZM
gujarati-hindi | हीरे का धंधा है अपना माल बेल्जियम से आता है बेल्जियम की राजधानी कौन सी है | BE
gujarati-hindi | सूरत से सीधी फ़्लाइट शारजाह जाती है शारजाह यूएई की राजधानी है क्या | AE
gujarati-hindi | नवरात्रि में कनाडा वाले मेहमान आए हैं कनाडा की राजधानी टोरंटो है ना | CA
gujarati-hindi | जय श्री कृष्ण एलेक्सा गुजरात की राजधानी गांधीनगर है या अहमदाबाद | IN-GJ
gujarati-hindi | काका पूछ रहे हैं लंदन ब्रिटेन की राजधानी है ना भाई | GB

# Marathi speakers in Pune and Nagpur.
marathi-hindi | अरे सांग ना एलेक्सा {} की राजधानी कौन सी है | महाराष्ट्र=IN-MH; गोवा=IN-GA; कर्नाटक=IN-KA
marathi-hindi | आई पूछ रही है {} की राजधानी कौन सी है रे | मॉरीशस=MU; फ़्रांस=FR; जर्मनी=DE
marathi-hindi | क्या रे एलेक्सा {} का कैपिटल तेरे को मालूम है क्या | जापान=JP; स्विट्ज़रलैंड=CH; इटली=IT
marathi-hindi | आजोबा को जानना है {} की राजधानी कौन सी है | सीरिया=SY; इराक=IQ; अफ़गानिस्तान=AF
marathi-hindi | अरे बाबा मैं भूल गया छत्तीसगढ़ की राजधानी क्या है | IN-CG
marathi-hindi | नागपुर से हूँ भाऊ मध्य प्रदेश की राजधानी बताओ | IN-MP
marathi-hindi | मेरे को ना एक डाउट है तेलंगाना की राजधानी हैदराबाद ही है ना | IN-TS

# Tamil, Malayali, Telugu and Kannada speakers talking Hindi.
south-indian-hindi | अय्यो एलेक्सा {} का राजधानी कौन सा है बोलो | केरल=IN-KL; तमिलनाडु=IN-TN; आंध्र प्रदेश=IN-AP
south-indian-hindi | अन्ना {} का कैपिटल क्या है थोड़ा बोलो | मालदीव=MV; सिंगापुर=SG; मलेशिया=MY
south-indian-hindi | हमको हिंदी थोड़ा थोड़ा आता {} का राजधानी क्या है | इंडोनेशिया=ID; फ़िलिपींस=PH; ब्रूनेई=BN
south-indian-hindi | ओके ओके अभी बोलो पुडुचेरी का राजधानी कौन सा है | IN-PY
south-indian-hindi | सार ये लक्षद्वीप का राजधानी कौन सा जगह है | IN-LD
south-indian-hindi | मेरा बेटा दुबई में है अम्मा पूछ रहे यूएई का राजधानी क्या है | AE
south-indian-hindi | गल्फ़ में काम करता मेरा अन्ना कतर का राजधानी कौन सा है | QA
south-indian-hindi | कुवैत में मेरा चेट्टन है कुवैत का राजधानी क्या है | KW

# The North-East: Guwahati, Shillong, Imphal.
northeast-hindi | दादा हमको बोलो ना {} का राजधानी कौन है | अरुणाचल प्रदेश=IN-AR; मणिपुर=IN-MN; मिज़ोरम=IN-MZ
northeast-hindi | बाइदेउ पूछ रहा है {} का राजधानी कौन सा है | भूटान=BT; म्यांमार=MM; बांग्लादेश=BD
northeast-hindi | ए एलेक्सा शिलांग किसका राजधानी है ना | CITY:शिलांग
northeast-hindi | हम इम्फाल से है थाईलैंड जाना है उसका राजधानी बोलो | TH
northeast-hindi | सिक्किम का राजधानी गंगटोक है ना हम सही बोला | IN-SK
northeast-hindi | नेपाल का राजधानी काठमांडू है ना दादा | NP

# Urdu-speaking elders in Lucknow and Bhopal.
urdu-tehzeeb | बराए मेहरबानी {} का दारुल हुकूमत बताइए | ईरान=IR; तुर्की=TR; सऊदी अरब=SA
urdu-tehzeeb | जनाब ज़रा फ़रमाइए {} की राजधानी कौन सी है | उज़्बेकिस्तान=UZ; ताजिकिस्तान=TJ; अज़रबैजान=AZ
urdu-tehzeeb | मुझे इल्म नहीं है {} मुल्क की राजधानी कौन सी है | मोरक्को=MA; ट्यूनीशिया=TN; अल्जीरिया=DZ
urdu-tehzeeb | आदाब एलेक्सा इराक़ की राजधानी के बारे में इत्तला दीजिए | IQ
urdu-tehzeeb | हुज़ूर ये फ़रमाएँ कि सीरिया का पाय तख़्त कौन सा शहर है | SY
urdu-tehzeeb | ख़ुदा आपका भला करे जॉर्डन की राजधानी बता दीजिए | JO
urdu-tehzeeb | अम्मी जान पूछ रही हैं लेबनान की राजधानी कौन सी है | LB
urdu-tehzeeb | इरिट्रिया का दारुल हुकूमत कौन सा शहर है | ER
urdu-tehzeeb | मेहरबानी करके कुवैत मुल्क की राजधानी बता दीजिए | KW

# Chhattisgarhi around Raipur and Bilaspur.
chhattisgarhi | मोला बता ना {} के राजधानी का हे | छत्तीसगढ़=IN-CG; झारखंड=IN-JH; ओडिशा=IN-OD
chhattisgarhi | ए दीदी {} के राजधानी कोन हे | नेपाल=NP; चीन=CN; रूस=RU
chhattisgarhi | हमन ल {} के राजधानी बता दे गा | ब्राज़ील=BR; अर्जेंटीना=AR; चिली=CL
chhattisgarhi | का गा एलेक्सा बिहार के राजधानी का हे | IN-BR
chhattisgarhi | बाबू ह पूछत हे अमेरिका के राजधानी कोन से हे | US
chhattisgarhi | उत्तरी मकदूनिया के राजधानी का हे गा | MK

# Foreigners learning Hindi.
hindi-learner | नमस्ते एलेक्सा मैं हिंदी सीख रहा हूँ {} की राजधानी क्या है | स्वीडन=SE; नॉर्वे=NO; डेनमार्क=DK
hindi-learner | कृपया मुझे बताइए राजधानी {} का | आयरलैंड=IE; ऑस्ट्रिया=AT; बेल्जियम=BE
hindi-learner | मैं जानना चाहती {} की राजधानी | फ़िनलैंड=FI; आइसलैंड=IS; एस्टोनिया=EE
hindi-learner | एलेक्सा धीरे बोलिए मैं विदेशी हूँ स्पेन की राजधानी क्या है | ES
hindi-learner | यह सही है कि बर्न स्विट्ज़रलैंड की राजधानी है | CH
hindi-learner | मेरा देश पोलैंड है पोलैंड की राजधानी आप जानते हो | PL
hindi-learner | मैं चेक हूँ मेरा देश चेकिया है उसकी राजधानी आप बताइए | CZ

# NRI children, half in English, with grandparents abroad.
nri-kid | दादी ने बोला आपसे पूछूँ {} का कैपिटल क्या है | मेक्सिको=MX; ग्वाटेमाला=GT; होंडूरास=HN
nri-kid | एलेक्सा मेरे स्कूल प्रोजेक्ट के लिए {} का कैपिटल बताओ | पेरू=PE; कोलंबिया=CO; वेनेज़ुएला=VE
nri-kid | मैं न्यू जर्सी में रहता हूँ न्यू जर्सी का कैपिटल क्या है | US-NJ
nri-kid | नानी कह रही थीं टेक्सास का कैपिटल ह्यूस्टन है क्या | US-TX
nri-kid | मम्मी इंडिया जा रही है इंडिया का कैपिटल दिल्ली है ना | IN

# Stamp, coin and banknote collectors.
collector | मेरे पास {} का पुराना सिक्का है उस देश की राजधानी कौन सी है | ज़िम्बाब्वे=ZW; इथियोपिया=ET; मंगोलिया=MN
collector | डाक टिकट पर {} छपा है उसकी राजधानी कौन सी है | सैन मेरीनो=SM; मोनाको=MC; लिचेंस्टीन=LI
collector | नोट इकट्ठे करता हूँ ये {} का नोट है उसकी राजधानी बताओ | कंबोडिया=KH; लाओस=LA; वियतनाम=VN
collector | एल्बम में वेटिकन सिटी का टिकट लगाना है उसकी राजधानी क्या लिखूँ | VA
collector | फ़ॉकलैंड द्वीपसमूह के डाक टिकट बहुत महंगे हैं वहाँ की राजधानी कौन सी है | FK
collector | अंडोरा का एक सिक्का मिला है अंडोरा की राजधानी बताओ | AD
collector | लक्ज़मबर्ग का डाक टिकट मिला है उसकी राजधानी क्या है | LU

# Film and drama fans.
film-buff | {} में शूट हुई फ़िल्म देखी उस देश की राजधानी कौन सी है | स्पेन=ES; स्विट्ज़रलैंड=CH; न्यूज़ीलैंड=NZ
film-buff | गाने की शूटिंग {} में हुई थी उसकी राजधानी क्या है | मॉरीशस=MU; ग्रीस=GR; स्कॉटलैंड=GB-SCT
film-buff | कल रात की फ़िल्म में आयरलैंड दिखाया था आयरलैंड की राजधानी कौन सी है | IE
film-buff | कोरियन ड्रामा देखती हूँ दक्षिण कोरिया की राजधानी कौन सी है | KR
film-buff | तुर्की वाले सीरियल देखते हैं अम्मी पूछ रहीं तुर्की की राजधानी कौन सी है | TR
film-buff | वो हॉलीवुड फ़िल्म मिस्र के पिरामिड वाली थी मिस्र की राजधानी बताओ | EG

# Night-shift call-centre agents with callers abroad.
call-centre | कस्टमर {} से बात कर रहा है उसकी राजधानी क्या है जल्दी | ओहायो=US-OH; आयोवा=US-IA; केंटकी=US-KY
call-centre | नाइट शिफ़्ट में {} वाला कॉल आया वहाँ की कैपिटल कौन सी है | नेवादा=US-NV; ओरेगन=US-OR; मिशिगन=US-MI
call-centre | कॉलर कह रहा है वो {} से है उसकी राजधानी क्या होती है | क्वींसलैंड=AU-QLD; मैनिटोबा=CA-MB; वेल्स=GB-WLS
call-centre | प्रोसेस ट्रेनिंग में पूछा था अलबामा की कैपिटल क्या है | US-AL
call-centre | टीम लीडर ने क्विज़ रखा है न्यू हैम्पशायर की राजधानी बताओ | US-NH
call-centre | ब्रेक में बहस हो रही है पेंसिल्वेनिया की कैपिटल फ़िलाडेल्फ़िया है क्या | US-PA

# A kitty party quiz.
kitty-party | किटी पार्टी में तंबोला के बाद क्विज़ है {} की राजधानी कौन सी है | हंगरी=HU; क्रोएशिया=HR; सर्बिया=RS
kitty-party | मिसेज़ शर्मा कह रही हैं {} की राजधानी उन्हें पता है तुम बताओ | बुल्गारिया=BG; रोमानिया=RO; स्लोवाकिया=SK
kitty-party | किटी की थीम इस बार थाईलैंड है थाईलैंड की राजधानी बताओ | TH
kitty-party | अगली किटी दुबई में है वैसे यूएई की राजधानी कौन सी है | AE
kitty-party | जीतने वाली को गिफ़्ट मिलेगा जल्दी बताओ अल्बानिया की राजधानी | AL

# WhatsApp forwards being checked.
whatsapp-forward | व्हाट्सऐप पे आया है कि {} की राजधानी बदल गई सच में अब कौन सी है | इंडोनेशिया=ID; मिस्र=EG; नाइजीरिया=NG
whatsapp-forward | ग्रुप में फ़ॉरवर्ड आया है {} की राजधानी के बारे में सही बताओ कौन सी है | म्यांमार=MM; कज़ाखस्तान=KZ; बुरुंडी=BI
whatsapp-forward | फ़ैमिली ग्रुप में चाचा जी ने लिखा है ऑस्ट्रेलिया की राजधानी सिडनी है ये सही है क्या | AU
whatsapp-forward | व्हाट्सऐप यूनिवर्सिटी वाले कह रहे हैं बोलीविया की राजधानी ला पाज़ है सच बताओ | BO
whatsapp-forward | मैसेज आया है कि श्रीलंका की राजधानी कोलंबो नहीं है तो फिर कौन सी है | LK
whatsapp-forward | किसी ने भेजा है तंज़ानिया की राजधानी डोडोमा है क्या ये ठीक है | TZ

# The radio news.
radio-news | आकाशवाणी के समाचार में {} का नाम आया उसकी राजधानी कौन सी है | सोमालिया=SO; माली=ML; गिनी=GN
radio-news | रेडियो पे बता रहे थे {} में बाढ़ आई है वहाँ की राजधानी क्या है | पाकिस्तान=PK; मोज़ांबिक=MZ; मलावी=MW
radio-news | बीबीसी हिंदी में सुना हैती का हाल बुरा है हैती की राजधानी कौन सी है | HT
radio-news | रेडियो में सुना कि लक्ज़मबर्ग में बड़ी बैठक हुई लक्ज़मबर्ग की राजधानी कौन सी है | LU
radio-news | समाचार में बता रहे थे उत्तर कोरिया ने मिसाइल छोड़ी उत्तर कोरिया की राजधानी क्या है | KP

# At a shop counter.
shop-counter | ग्राहक को छुट्टा दे रहा हूँ तब तक बताओ {} की राजधानी | इक्वाडोर=EC; वेनेज़ुएला=VE; त्रिनिदाद और टोबैगो=TT
shop-counter | दुकान पे बैठे बैठे सोच रहा था किर्गिज़स्तान की राजधानी क्या है | KG
shop-counter | चाय वाले भैया पूछ रहे हैं सेंट लूसिया की राजधानी कौन सी है | LC

# A sailor's family.
sailor-family | इनका जहाज़ अभी {} के बंदरगाह पे है उस देश की राजधानी कौन सी है | पनामा=PA; माल्टा=MT; जिबूती=DJ
sailor-family | बेटा मर्चेंट नेवी में है अगला पोर्ट {} है वहाँ की राजधानी बताओ | नामीबिया=NA; अंगोला=AO; घाना=GH
sailor-family | जहाज़ पे सिग्नल नहीं आता बस इतना पता है वो बहामास के पास है बहामास की राजधानी | BS
sailor-family | शिप अभी मॉरिटानिया के पास से गुज़र रहा है मॉरिटानिया की राजधानी कौन सी है | MR
sailor-family | इनका जहाज़ कुवैत जा रहा है तेल लेने कुवैत की राजधानी बताओ | KW

# Children at bedtime.
bedtime | सोने से पहले बस एक सवाल {} की राजधानी कौन सी है | ग्रीनलैंड=GL; नॉर्वे=NO; कनाडा=CA
bedtime | मम्मी कहानी सुना रही थी उसमें {} आया उसकी राजधानी क्या है | मिस्र=EG; चीन=CN; जापान=JP
bedtime | मुझे नींद नहीं आ रही एलेक्सा पेंगुइन कहाँ रहते हैं नहीं नहीं ये बताओ न्यूज़ीलैंड की राजधानी | NZ
bedtime | दीदी बोल रही थी चेकिया में परियों वाले महल हैं उसकी राजधानी कौन सी है | CZ

# A globe game and a map puzzle.
globe-game | ग्लोब घुमा के उंगली {} पे रुकी उसकी राजधानी बताओ | पराग्वे=PY; उरुग्वे=UY; सूरीनाम=SR
globe-game | नक्शे वाली पहेली जोड़ रहे हैं {} की राजधानी कहाँ लगेगी | मंगोलिया=MN; तुर्कमेनिस्तान=TM; किर्गिज़स्तान=KG
globe-game | ग्लोब घुमाया तो उंगली गयाना पे रुकी गयाना की राजधानी कौन सी है | GY
globe-game | बच्चों का खेल है देश बोलो राजधानी बताओ पहला देश बेलीज़ | BZ
globe-game | अगला देश निकारागुआ उसकी राजधानी | NI
globe-game | अब मेरी बारी कोस्टा रिका की राजधानी | CR
globe-game | अगला देश इरिट्रिया उसकी राजधानी बताओ | ER

# A morning walk, yoga in the park.
morning-walk | सुबह की सैर पे दोस्त ने पूछा {} की राजधानी कौन सी है | लातविया=LV; लिथुआनिया=LT; एस्टोनिया=EE
morning-walk | योगा करते करते याद आया {} की राजधानी क्या है | क्यूबा=CU; जमैका=JM; हैती=HT
morning-walk | पार्क में बहस हो गई अल सल्वाडोर की राजधानी कौन सी है | SV
morning-walk | टहलते हुए सोचा जॉर्जिया देश की राजधानी कौन सी है | GE

# What hi-IN recognition writes: no nukta, कि for की, हे for है, कोनसी, राजधानि, names split, the wake word misheard.
asr-variant | फ्रांस की राजधानी कोनसी हे | FR
asr-variant | अफगानिस्तान कि राजधानि बताओ | AF
asr-variant | तुर्क मेनिस्तान की राजधानी क्या है | TM
asr-variant | मॉन्टे नेग्रो की राजधानी कौन सी है | ME
asr-variant | बोत्स वाना की राजधानी क्या है | BW
asr-variant | एलक्सा ताजिकिस्तान की रजधानी बताओ | TJ
asr-variant | इथोपिया की राजधानी क्या है | ET
asr-variant | कजाखस्तान की राजधानी बताइये | KZ
asr-variant | फिलिपिंस की राजधानी कोन सी है | PH
asr-variant | स्लोवेनिया की राजधानी का नाम क्या हे | SI
asr-variant | मेडागास्कर कि राजधानी कहां है | MG
asr-variant | सउदी अरब की राजधानी बताओ | SA
asr-variant | जिम्बाबवे की राजधानी कोन सी हैं | ZW
asr-variant | अल्बेनिया की राजधानी क्या है | AL
asr-variant | युक्रेन की राजधानी बताओ | UA

# Fillers and hesitation.
filler-words | अम्म एलेक्सा वो क्या है ना {} की राजधानी | टोगो=TG; गैबॉन=GA; कैमरून=CM
filler-words | हाँ तो एलेक्सा सुनो ज़रा {} की राजधानी क्या है मतलब कौन सा शहर | चाड=TD; सूडान=SD; लीबिया=LY
filler-words | अच्छा सुनो ना वो वो {} की राजधानी | रवांडा=RW; मलावी=MW; लेसोथो=LS
filler-words | अरे हाँ याद आया एलेक्सा यमन की राजधानी | YE

# Two or three places in one question.
two-places | भारत और पाकिस्तान दोनों की राजधानी बताओ | IN+PK
two-places | नेपाल और भूटान की राजधानियाँ क्या हैं | BT+NP
two-places | एलेक्सा अर्जेंटीना और ब्राज़ील की राजधानी बताओ | AR+BR
two-places | स्वीडन नॉर्वे और फ़िनलैंड तीनों की राजधानी क्या है | FI+NO+SE
two-places | कनाडा तथा मेक्सिको की राजधानी कौन सी हैं | CA+MX

# A short second turn.
follow-up | अच्छा और {} की बताओ | ग्रेनाडा=GD; डोमिनिका=DM; बारबाडोस=BB
follow-up | ठीक है अब {} की भी | सेंट किट्स और नेविस=KN; एंटिगुआ और बरबुडा=AG; सेंट विंसेंट और ग्रेनाडाइंस=VC
follow-up | उसके बाद {} की राजधानी | मॉरिटानिया=MR; सेनेगल=SN; गाम्बिया=GM
follow-up | और पड़ोसी देश {} की | तिमोर लेस्ते=TL; ब्रूनेई=BN; पापुआ न्यू गिनी=PG
follow-up | ये तो हो गया अब बताओ सेशेल्स की | SC
follow-up | एक और पूछूँ कोमोरोस की राजधानी | KM
follow-up | वही सवाल पर नामीबिया के लिए | NA

# Everyday, old and colonial names.
everyday-name | पुराने ज़माने में जिसे {} कहते थे उसकी राजधानी कौन सी है | अपर वोल्टा=BF; बेचुआनालैंड=BW; न्यासालैंड=MW
everyday-name | {} की राजधानी कौन सी है बताओ | इंग्लिस्तान=GB-ENG; हिंदुस्तान=IN; फ़ारस=IR
everyday-name | एलेक्सा {} की राजधानी क्या है | बर्मा=MM; सीलोन=LK; स्याम=TH
everyday-name | डाहोमी जो अब बेनिन है उसकी राजधानी | BJ
everyday-name | टांगानिका वाले देश की राजधानी अभी कौन सी है | TZ
everyday-name | पूर्वी पाकिस्तान यानी आज का बांग्लादेश उसकी राजधानी | BD
everyday-name | इजिप्ट की राजधानी बताओ | EG
everyday-name | यूएसए की कैपिटल कौन सी है | US
everyday-name | उत्तरांचल की राजधानी क्या है | IN-UK
everyday-name | आसाम की राजधानी कौन सी है | IN-AS
everyday-name | डीआरसी की राजधानी क्या है | CD
everyday-name | सऊदी की राजधानी बताओ | SA
everyday-name | कीनिया की राजधानी क्या है | KE
everyday-name | स्वाज़ीलैंड की राजधानी कौन सी है | SZ
everyday-name | ग्रेट ब्रिटेन की राजधानी | GB
everyday-name | मैसेडोनिया जिसका नाम अब नॉर्थ मैसेडोनिया है उसकी राजधानी | MK

# Official, long names.
official-name | कृपया बताएँ कि {} की राजधानी कौन सी है | रूसी संघ=RU; इस्लामी गणराज्य ईरान=IR; समाजवादी गणराज्य वियतनाम=VN
official-name | {} की राजधानी का नाम क्या है | संघीय गणराज्य जर्मनी=DE; फ़्रांसीसी गणराज्य=FR; इतालवी गणराज्य=IT
official-name | एलेक्सा {} की राजधानी बताइए | चीनी जनवादी गणराज्य=CN; कोरिया गणराज्य=KR; कोरिया लोकतांत्रिक जनवादी गणराज्य=KP
official-name | यूनाइटेड स्टेट्स ऑफ़ अमेरिका की राजधानी क्या है | US
official-name | किंगडम ऑफ़ सऊदी अरेबिया की कैपिटल कौन सी है | SA
official-name | अरब गणराज्य मिस्र की राजधानी | EG
official-name | लाओ जनवादी लोकतांत्रिक गणराज्य की राजधानी क्या है | LA
official-name | चेक गणराज्य की राजधानी कौन सी है | CZ
official-name | मध्य अफ़्रीकी गणराज्य की राजधानी कौन सी है | CF
official-name | इस्लामिक रिपब्लिक ऑफ़ पाकिस्तान की राजधानी | PK
official-name | बोस्निया और हर्ज़ेगोविना की राजधानी क्या है | BA
official-name | ग्रेट ब्रिटेन और उत्तरी आयरलैंड के यूनाइटेड किंगडम की राजधानी कौन सी है | GB
official-name | मोनाको रियासत की राजधानी | MC
official-name | कांगो लोकतांत्रिक गणराज्य की राजधानी | CD
official-name | कांगो गणराज्य की राजधानी क्या है | CG
official-name | डोमिनिकन गणराज्य की राजधानी बताइए | DO

# Names several places share.
shared-name | कोरिया की राजधानी क्या है | KP+KR
shared-name | कांगो की राजधानी बताओ | CD+CG
shared-name | जॉर्जिया की राजधानी कौन सी है | GE+US-GA
shared-name | वर्जिन आइलैंड्स की राजधानी कौन सी है | VG+VI
shared-name | अफ़्रीका वाले कांगो की राजधानी क्या है | CD+CG
shared-name | डोमिनिका और डोमिनिकन रिपब्लिक की राजधानी | DM+DO
shared-name | जॉर्जिया देश की राजधानी बताओ | GE
shared-name | अमेरिका के जॉर्जिया राज्य की राजधानी | US-GA
shared-name | कोरिया देश की राजधानी कौन सी है | KP+KR
shared-name | कोरिया वाले देश की राजधानी का नाम बोलो | KP+KR
shared-name | एलेक्सा कांगो नाम के देश की राजधानी कौन सी है | CD+CG
shared-name | वर्जिन द्वीपसमूह की राजधानी का नाम | VG+VI
shared-name | रूस के पास वाले जॉर्जिया देश की राजधानी | GE
shared-name | अमेरिका वाले जॉर्जिया की राजधानी अटलांटा है ना | US-GA
shared-name | जॉर्जिया की राजधानी त्बिलिसी है या अटलांटा | GE+US-GA
shared-name | अन्ना कोरिया का राजधानी कौन सा है | KP+KR

# Several capitals, asked in the plural.
plural-capitals | {} की कितनी राजधानियाँ हैं और कौन कौन सी | दक्षिण अफ़्रीका=ZA; बोलीविया=BO; श्रीलंका=LK
plural-capitals | {} में एक से ज़्यादा राजधानी है ना सब के नाम बताओ | मलेशिया=MY; बेनिन=BJ; नीदरलैंड=NL
plural-capitals | एलेक्सा {} की सारी राजधानियाँ बताओ | कोत दिवुआर=CI; एस्वाटिनी=SZ; फ़िलिस्तीन=PS
plural-capitals | {} की दोनों राजधानियों के नाम क्या हैं | बोलीविया=BO; मलेशिया=MY; जम्मू और कश्मीर=IN-JK
plural-capitals | साउथ अफ़्रीका की तीनों राजधानियाँ कौन सी हैं | ZA
plural-capitals | हॉलैंड की राजधानियाँ एम्स्टर्डम और कौन सी | NL
plural-capitals | श्रीलंका की दोनों राजधानियाँ बताओ | LK
plural-capitals | बेनिन की राजधानियाँ कौन सी हैं | BJ
plural-capitals | आइवरी कोस्ट की दोनों राजधानियाँ | CI
plural-capitals | स्वाज़ीलैंड की राजधानियाँ क्या हैं | SZ
plural-capitals | फ़िलिस्तीन की राजधानियाँ कौन कौन सी मानी जाती हैं | PS
plural-capitals | मोंटसेरात की दोनों राजधानियाँ बताओ | MS
plural-capitals | उत्तराखंड की दोनों राजधानियाँ कौन सी हैं | IN-UK
plural-capitals | जम्मू कश्मीर की गर्मी और सर्दी वाली राजधानियाँ | IN-JK
plural-capitals | दोनों कोरिया की राजधानियाँ बताओ | KP+KR
plural-capitals | दोनों कांगो देशों की राजधानियाँ क्या हैं | CD+CG
plural-capitals | सहेलियों में शर्त लगी है मलेशिया की राजधानियाँ कौन कौन सी हैं | MY
plural-capitals | नीदरलैंड की दोनों कैपिटल के नाम बताओ | NL
plural-capitals | बोलीविया में दो राजधानियाँ हैं वो कौन सी हैं | BO
plural-capitals | दक्षिण अफ़्रीका में तीन राजधानी क्यों हैं उनके नाम बताओ | ZA
plural-capitals | अन्ना श्रीलंका का दोनों राजधानी बोलो | LK
plural-capitals | बेनिन देश की दोनों राजधानियों के नाम | BJ
plural-capitals | कोत दिवुआर की राजधानियाँ कौन कौन सी हैं | CI
plural-capitals | उत्तर और दक्षिण कोरिया की राजधानियाँ क्या हैं | KP+KR
plural-capitals | उत्तराखंड की स्थायी और ग्रीष्मकालीन राजधानियाँ कौन सी हैं | IN-UK
plural-capitals | मलेशिया में कुआलालंपुर के अलावा दूसरी राजधानी कौन सी है | MY

# States, provinces, Länder.
subdivision | {} राज्य की राजधानी कौन सी है | बिहार=IN-BR; राजस्थान=IN-RJ; पंजाब=IN-PB
subdivision | भारत के {} की राजधानी कहाँ है | मेघालय=IN-ML; त्रिपुरा=IN-TR; नागालैंड=IN-NL
subdivision | जर्मनी के {} राज्य की राजधानी कौन सी है | बवेरिया=DE-BY; सैक्सनी=DE-SN; हेस्से=DE-HE
subdivision | ब्राज़ील के {} की राजधानी क्या है | बाहिया=BR-BA; अमेज़ोनास=BR-AM; साओ पाउलो=BR-SP
subdivision | मेक्सिको के {} राज्य की राजधानी बताओ | युकातान=MX-YUC; हालिस्को=MX-JAL; ओआहाका=MX-OAX
subdivision | कनाडा के {} प्रांत की राजधानी कौन सी है | सस्केचेवान=CA-SK; नोवा स्कोशिया=CA-NS; अल्बर्टा=CA-AB
subdivision | अमेरिका के {} स्टेट की राजधानी | फ़्लोरिडा=US-FL; वॉशिंगटन=US-WA; न्यूयॉर्क=US-NY
subdivision | ऑस्ट्रेलिया के {} की राजधानी | पश्चिमी ऑस्ट्रेलिया=AU-WA; दक्षिण ऑस्ट्रेलिया=AU-SA; उत्तरी क्षेत्र=AU-NT
subdivision | हरियाणा की राजधानी चंडीगढ़ ही है क्या | IN-HR
subdivision | उत्तरी आयरलैंड की राजधानी क्या है | GB-NIR
subdivision | युकोन की राजधानी | CA-YT

# Union territories of India.
union-territory | अंडमान निकोबार की राजधानी का नया नाम क्या है | IN-AN
union-territory | दादरा नगर हवेली और दमन दीव की राजधानी कौन सी है | IN-DH
union-territory | लद्दाख की राजधानी लेह है या कारगिल | IN-LA
union-territory | लक्षद्वीप की राजधानी कवरत्ती ही है ना | IN-LD
union-territory | पुडुचेरी केंद्र शासित प्रदेश की राजधानी | IN-PY
union-territory | केंद्र शासित प्रदेश अंडमान और निकोबार की राजधानी बताओ | IN-AN

# Territories and islands.
territory | {} की राजधानी कौन सी है एलेक्सा | बरमूडा=BM; गुआम=GU; पोर्टो रिको=PR
territory | फ़्रांस के {} द्वीप की राजधानी क्या है | रियूनियन=RE; मार्टीनिक=MQ; ग्वाडेलूप=GP
territory | ताइवान की राजधानी ताइपे है ना | TW
territory | कोसोवो की राजधानी कौन सी है | XK
territory | पश्चिमी सहारा की राजधानी | EH
territory | आइल ऑफ़ मैन की राजधानी बताओ | IM
territory | जिब्राल्टर की राजधानी क्या है | GI
territory | ताहिती वाले फ़्रेंच पोलिनेशिया की राजधानी | PF
territory | न्यू कैलेडोनिया की राजधानी कौन सी है | NC
territory | कैमेन आइलैंड्स की राजधानी | KY
territory | कुक आइलैंड्स की राजधानी क्या है | CK
territory | फ़ेरो आइलैंड्स की राजधानी | FO
territory | अरूबा की राजधानी | AW
territory | कुरासाओ की राजधानी | CW

# Is X the capital of Y: expects Y.
yes-no-check | क्या ऑकलैंड न्यूज़ीलैंड की राजधानी है | NZ
yes-no-check | रियो डी जेनेरो ब्राज़ील की राजधानी है क्या | BR
yes-no-check | क्या हो ची मिन्ह सिटी वियतनाम की राजधानी है | VN
yes-no-check | शंघाई चीन की राजधानी है या नहीं | CN
yes-no-check | बार्सिलोना स्पेन की राजधानी है ना | ES
yes-no-check | मिलान इटली की राजधानी है क्या | IT
yes-no-check | सेंट पीटर्सबर्ग रूस की राजधानी है क्या अभी भी | RU
yes-no-check | जोहान्सबर्ग साउथ अफ़्रीका की राजधानी है ना | ZA
yes-no-check | क्या क्राको पोलैंड की राजधानी है | PL
yes-no-check | पोर्टो पुर्तगाल की राजधानी है क्या | PT
yes-no-check | मोम्बासा केन्या की राजधानी है या नैरोबी | KE
yes-no-check | चटगांव बांग्लादेश की राजधानी है क्या | BD
yes-no-check | मांडले म्यांमार की राजधानी है ना | MM
yes-no-check | दार एस सलाम तंज़ानिया की राजधानी है ना | TZ
yes-no-check | क्या कोलकाता पश्चिम बंगाल की राजधानी है | IN-WB
yes-no-check | क्या इंदौर मध्य प्रदेश की राजधानी है | IN-MP
yes-no-check | क्या गुवाहाटी असम की राजधानी है | IN-AS
yes-no-check | एंटवर्प बेल्जियम की राजधानी है क्या | BE
yes-no-check | मराकेश मोरक्को की राजधानी है ना | MA
yes-no-check | क्या अलेक्ज़ेंड्रिया मिस्र की राजधानी है | EG
yes-no-check | क्या डकार सेनेगल की राजधानी है | SN
yes-no-check | क्या अंकारा तुर्की की राजधानी है | TR

# A correction mid-sentence: the place said last.
self-correction | ईरान की नहीं इराक की राजधानी बताओ | IQ
self-correction | ऑस्ट्रिया ओह सॉरी ऑस्ट्रेलिया की राजधानी | AU
self-correction | स्लोवाकिया नहीं स्लोवेनिया की राजधानी क्या है | SI
self-correction | नाइजर की राजधानी रुको नाइजीरिया की | NG
self-correction | गिनी नहीं गिनी बिसाउ की राजधानी बताओ | GW
self-correction | स्वीडन की राजधानी अरे मैं स्विट्ज़रलैंड बोलना चाहता था | CH
self-correction | पेरू की राजधानी न न पैराग्वे की | PY
self-correction | मैं आइसलैंड बोल रही थी नहीं आयरलैंड की राजधानी बताओ | IE
self-correction | डोमिनिका माफ़ कीजिए डोमिनिकन रिपब्लिक की राजधानी | DO
self-correction | उत्तर कोरिया नहीं दक्षिण कोरिया की | KR
self-correction | लातविया की राजधानी ग़लत बोल दिया लिथुआनिया की | LT
self-correction | मॉरिटानिया नहीं मॉरीशस की राजधानी | MU
self-correction | ज़ाम्बिया की राजधानी ओफ़्फ़ो ज़िम्बाब्वे की | ZW
self-correction | सूडान की नहीं दक्षिण सूडान की राजधानी | SS

# Which place is X the capital of.
reverse-question | {} किस देश की राजधानी है | नियामी=CITY:नियामी; बामाको=CITY:बामाको; विंडहोक=CITY:विंडहोक
reverse-question | {} कहाँ की राजधानी है | अस्ताना=CITY:अस्ताना; हरारे=CITY:हरारे; मनामा=CITY:मनामा
reverse-question | एलेक्सा {} नाम का शहर किस देश की राजधानी है | पारामारिबो=CITY:पारामारिबो; मोंटेवीडियो=CITY:मोंटेवीडियो; कैनबरा=CITY:कैनबरा
reverse-question | चंडीगढ़ किस किस की राजधानी है | CITY:चंडीगढ़
reverse-question | विक्टोरिया किस जगह की राजधानी है | CITY:विक्टोरिया
reverse-question | किंग्स्टन कौन से देश की राजधानी है | CITY:किंग्स्टन
reverse-question | गांधीनगर किस राज्य की राजधानी है | CITY:गांधीनगर
reverse-question | पणजी किस स्टेट की राजधानी है | CITY:पणजी
reverse-question | हनोई किस मुल्क की राजधानी है | CITY:हनोई
reverse-question | रीगा कौन से देश की कैपिटल है | CITY:रीगा

# Help.
help | एलेक्सा ये राजधानी वाला खेल कैसे खेलते हैं | HELP
help | मुझे समझ नहीं आ रहा इसमें क्या बोलूँ | HELP
help | क्या क्या पूछ सकता हूँ मैं तुमसे | HELP
help | इसको इस्तेमाल करने का तरीका बताओ | HELP
help | हेल्प चाहिए भाई | HELP
help | मदद करो कुछ समझ नहीं आया | HELP
help | मैं पहली बार चला रही हूँ कैसे पूछूँ | HELP
help | इसमें कौन कौन से सवाल कर सकते हैं | HELP
help | मदद कीजिए जनाब ये कैसे चलता है | HELP
help | अय्यो कैसे यूज़ करना है बोलो | HELP
help | हेल्प मेन्यू सुनाओ | HELP
help | निर्देश बताइए | HELP
help | क्या बोलूँ समझ नहीं आता हेल्प करो ना बेन | HELP

# Stop.
stop | बस एलेक्सा बंद कर दो | STOP
stop | स्टॉप करो | STOP
stop | अब और नहीं खेलना बंद करो | STOP
stop | चुप हो जाओ एलेक्सा | STOP
stop | बस बस हो गया | STOP
stop | इससे बाहर निकलो | STOP
stop | राजधानी वाला बंद करो | STOP
stop | खेल ख़त्म | STOP
stop | ठीक है अब सोना है बंद करो | STOP
stop | एग्ज़िट | STOP
stop | बंद कर दे भाई | STOP
stop | शुक्रिया बस इतना ही अब बंद कीजिए | STOP
stop | बस करो एलेक्सा अब सोने दो | STOP
stop | अय्यो स्टॉप स्टॉप | STOP
stop | खेल बंद करो जी | STOP
stop | अब बंद कर दे गा | STOP
stop | राजधानियाँ बहुत हो गईं अब बंद करो | STOP
stop | ये ऐप बंद करो | STOP

# Cancel.
cancel | रहने दो | CANCEL
cancel | कैंसल करो | CANCEL
cancel | छोड़ो कुछ नहीं पूछना | CANCEL
cancel | रद्द कर दीजिए | CANCEL
cancel | भूल जाओ मैंने क्या पूछा | CANCEL
cancel | जाने दो एलेक्सा | CANCEL
cancel | कोई बात नहीं रहने दीजिए | CANCEL
cancel | नहीं नहीं कैंसिल | CANCEL
cancel | वो सवाल कैंसिल कर दो | CANCEL
cancel | अरे बाबा रहने दे | CANCEL
cancel | छोड़ दीजिए जनाब | CANCEL
cancel | मत बताओ रहने दो | CANCEL
cancel | ना ना रहने दे भाई | CANCEL
cancel | कैंसल कैंसल | CANCEL
cancel | रहन दे गा | CANCEL
cancel | जो पूछा था वो रद्द करो | CANCEL
cancel | रहने दीजिए बेन | CANCEL
cancel | नहीं पूछना अब कैंसिल करो | CANCEL

# Launch: the invocation name दुनिया की राजधानियाँ.
launch | एलेक्सा दुनिया की राजधानियाँ खोलो | LAUNCH
launch | दुनिया की राजधानियाँ शुरू करो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ चालू करो | LAUNCH
launch | दुनिया की राजधानियाँ वाला खेल खोलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ स्किल चलाओ | LAUNCH
launch | दुनिया की राजधानियाँ लॉन्च करो | LAUNCH
launch | एलेक्सा ओपन दुनिया की राजधानियाँ | LAUNCH
launch | दुनिया की राजधानियाँ से बात कराओ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ शुरू कीजिए | LAUNCH
launch | दुनिया की राजधानियाँ खोल दो ना | LAUNCH
launch | दुनिया की राजधानियाँ खोलिए जनाब | LAUNCH
launch | एलेक्सा प्लीज़ दुनिया की राजधानियाँ ओपन करो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ वाली स्किल शुरू करो | LAUNCH
launch | दुनिया की राजधानियाँ चलाओ बच्चों के लिए | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ से कुछ पूछना है | LAUNCH
launch | एलेक्सा आज दुनिया की राजधानियाँ खेलते हैं | LAUNCH

# Not capital questions: other facts about countries, capital in other senses, near misses, the house, chit-chat, planets.
out-of-domain | नेपाल में कौन सी करेंसी चलती है | FB
out-of-domain | जापान में अभी कितने बजे हैं | FB
out-of-domain | ब्राज़ील में कौन सी भाषा बोलते हैं | FB
out-of-domain | कनाडा की आबादी कितनी है | FB
out-of-domain | फ़्रांस का राष्ट्रपति कौन है | FB
out-of-domain | दुनिया में कितने देश हैं | FB
out-of-domain | क्षेत्रफल में सबसे बड़ा देश कौन सा है | FB
out-of-domain | माउंट एवरेस्ट की ऊँचाई कितनी है | FB
out-of-domain | मंगल ग्रह पर कितने चाँद हैं | FB
out-of-domain | सूरज से धरती की दूरी कितनी है | FB
out-of-domain | आज दिल्ली का मौसम कैसा है | FB
out-of-domain | कल सुबह छह बजे का अलार्म लगाओ | FB
out-of-domain | किशोर कुमार के गाने चलाओ | FB
out-of-domain | एक चुटकुला सुनाओ | FB
out-of-domain | मुंबई राजधानी आज लेट है क्या | FB
out-of-domain | पास में राजधानी थाली वाला रेस्टोरेंट कहाँ है | FB
out-of-domain | बिज़नेस शुरू करने के लिए कितनी पूँजी चाहिए | FB
out-of-domain | अंग्रेज़ी में कैपिटल लेटर कब लगाते हैं | FB
out-of-domain | अमेरिका का झंडा कैसा दिखता है | FB
out-of-domain | दुबई जाने के लिए वीज़ा कैसे बनता है | FB
out-of-domain | सिंगापुर घूमने में कितना ख़र्चा आएगा | FB
out-of-domain | इंग्लैंड और भारत का अगला मैच कब है | FB
out-of-domain | पाकिस्तान के प्रधानमंत्री कौन हैं | FB
out-of-domain | चीन की दीवार कितनी लंबी है | FB
out-of-domain | अफ़्रीका में कितने देश हैं | FB
out-of-domain | ऑस्ट्रेलिया में कौन कौन से जानवर मिलते हैं | FB
out-of-domain | भारत की पहली राजधानी कौन सी थी | FB
out-of-domain | दिल्ली भारत की राजधानी कब बनी | FB
out-of-domain | दुनिया की सबसे ठंडी राजधानी कौन सी है | FB
out-of-domain | शनि ग्रह के छल्ले किस चीज़ के बने हैं | FB
out-of-domain | चाँद पर सबसे पहले कौन गया था | FB
out-of-domain | मेरा फ़ोन ढूँढो | FB
out-of-domain | बेडरूम की लाइट जला दो | FB
out-of-domain | आज कौन सी तारीख है | FB
out-of-domain | एलेक्सा तुम कहाँ रहती हो | FB
out-of-domain | तुम्हारी शादी हुई है क्या | FB
out-of-domain | पनीर बटर मसाला की रेसिपी बताओ | FB
out-of-domain | जर्मनी में पढ़ाई के लिए कौन सा कोर्स अच्छा है | FB
out-of-domain | ब्रिटेन के राजा का नाम क्या है | FB
out-of-domain | न्यूज़ीलैंड में कितने लोग रहते हैं | FB
out-of-domain | दुनिया का सबसे छोटा देश कौन सा है | FB
out-of-domain | स्विट्ज़रलैंड की घड़ियाँ इतनी महंगी क्यों हैं | FB
out-of-domain | कनाडा में सर्दी कितनी पड़ती है | FB
out-of-domain | ब्राज़ील फ़ुटबॉल टीम का कप्तान कौन है | FB
out-of-domain | अगला ओलंपिक कहाँ होगा | FB
out-of-domain | दिल्ली से आगरा कितनी दूर है | FB
out-of-domain | दुनिया की सबसे लंबी नदी कौन सी है | FB
out-of-domain | सऊदी अरब में पेट्रोल कितने का है | FB
out-of-domain | मलेशिया के ट्विन टावर कितने ऊँचे हैं | FB
out-of-domain | केरल में मानसून कब आता है | FB
out-of-domain | दारुल हुकूमत का मतलब क्या होता है | FB
out-of-domain | राजधानी शब्द को अंग्रेज़ी में क्या कहते हैं | FB
out-of-domain | बुध ग्रह सूरज के सबसे पास है क्या | FB
out-of-domain | टीवी की आवाज़ कम करो | FB
out-of-domain | क्रिकेट का स्कोर बताओ | FB
out-of-domain | आज का राशिफल सुनाओ | FB
out-of-domain | शेयर बाज़ार आज ऊपर है या नीचे | FB
out-of-domain | तुम्हें गुजराती आती है क्या | FB
out-of-domain | गरबा के गाने बजाओ | FB
out-of-domain | थाईलैंड में कौन सा धर्म मानते हैं | FB
out-of-domain | केन्या में चाय के बागान कहाँ हैं | FB
out-of-domain | जापान की बुलेट ट्रेन कितनी तेज़ चलती है | FB
out-of-domain | पेरू में माचू पिच्चू कैसे जाते हैं | FB
out-of-domain | युगांडा में कितने गुजराती रहते हैं | FB
out-of-domain | बेल्जियम में हीरे का बाज़ार कौन से शहर में है | FB
out-of-domain | मिस्र के पिरामिड किसने बनवाए | FB
out-of-domain | कोरियन ड्रामा कहाँ देख सकते हैं | FB
out-of-domain | तुर्की का सीरियल कौन से चैनल पे आता है | FB
out-of-domain | ओहायो में अभी कितने बजे हैं | FB
out-of-domain | कनाडा का पीआर कैसे मिलता है | FB
out-of-domain | डाक टिकट इकट्ठा करने के शौक को क्या कहते हैं | FB
out-of-domain | पुराने सिक्के कहाँ बिकते हैं | FB
out-of-domain | जहाज़ कितने दिन में सिंगापुर पहुँचता है | FB
out-of-domain | किटी पार्टी के लिए मज़ेदार गेम बताओ | FB
out-of-domain | व्हाट्सऐप पे आई ख़बर सच है या झूठ कैसे पता करें | FB
out-of-domain | रायपुर में आज बारिश होगी क्या | FB
out-of-domain | लखनऊ के मशहूर कबाब कहाँ मिलते हैं | FB
out-of-domain | पुणे से नागपुर कितने घंटे का सफ़र है | FB
out-of-domain | शिलांग में घूमने की जगहें बताओ | FB
out-of-domain | मराठी में धन्यवाद को क्या कहते हैं | FB
out-of-domain | ग्लोब पर भूमध्य रेखा कहाँ होती है | FB
out-of-domain | बृहस्पति ग्रह कितना बड़ा है | FB
out-of-domain | प्लूटो अब ग्रह क्यों नहीं है | FB
out-of-domain | कैपिटल पनिशमेंट को हिंदी में क्या कहते हैं | FB
out-of-domain | तमिलनाडु का मुख्यमंत्री कौन है | FB
out-of-domain | गुजरात का सबसे बड़ा शहर कौन सा है | FB
out-of-domain | ऑस्ट्रेलिया का सबसे बड़ा शहर कौन सा है | FB
"""

if __name__ == "__main__":
    build_round(18, "hi", LINES, sys.argv, "tests/Eval/hi/round18/source/build_corpus.py")
