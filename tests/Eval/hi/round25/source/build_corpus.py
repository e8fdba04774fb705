"""Round 25, Hindi (hi-IN): a new author's mix of speakers and situations, written blind, chosen away from the speakers
of the Hindi rounds 21 to 24. Regions and first languages: Haryanvi from Rohtak, Hisar, Jind and Bhiwani (army and police
recruitment aspirants at a running track, a tractor, a hookah, "के सै", "कौण सी", "बेरा", "कोणी", "मन्नै", "तन्नै", "ताऊ",
"कती"), Chhattisgarhi from Raipur, Bilaspur and Durg (a rice mill, the Bhilai steel plant, an anganwadi, "का हे", "हमर",
"मोला", "सुरता", "नइ", "गा", "ददा", "काली"), Bhojpuri from Ballia, Ara, Chhapra and Varanasi (a ghat boatman with foreign
visitors, a wedding band, a Bhojpuri song, "का ह", "कवन", "बतावऽ"-style "बताईं", "हमार", "रउआ", "नइखे", "बानी"), Marathi
speakers' Hindi in Pune, Nagpur and Nashik (a Ganpati mandal quiz, Nagpur orange traders, twins at home, "अरे बाबा", "सांग
ना", "काय रे", "पटकन", "अगं ऐक ना", "आई"), Punjabi-coloured Hindi of Ludhiana, Amritsar and Jalandhar (a hosiery factory,
a son on a study visa, a hockey match, "दी राजधानी", "दस्सो", "प्राजी", "पुत्तर", "केड़ी", "उत्थे"), Hyderabadi Dakhni
(a cab, a Charminar bangle shop, a biryani order, "क्या बोलते", "बावा", "नक्को", "हव", "वोईच", "कैकू", "पोरगा", masculine
"का राजधानी"), and heritage speakers of Sarnami Hindustani from Suriname and the Netherlands visiting India. Situations: a
hotel room's Echo, cab rides and traffic, an old-age home's tambola evening and elders who want it louder, children with
homework, Makar Sankranti kites, Holi, a Diwali card party and Lohri, a road trip with antakshari, a mobile repair shop, a
beauty parlour during mehndi, a district-court lawyer's chamber. Plus Hinglish in Devanagari, hesitations, clauses after
the question, terse forms, shuddh polite requests, follow-ups, yes/no checks with right and wrong guesses, self-corrections,
reverse questions, official, everyday and old names, shared names, plural questions for every several-capital country,
Palestine, Jammu and Kashmir, Uttarakhand and Montserrat, subdivisions and territories, out-of-domain near misses, help,
stop, cancel, launch and one-shot requests through the invocation name "दुनिया की राजधानियाँ"; and what hi-IN
recognition writes: no nukta, anusvara for chandrabindu, joined and split words, "कि" for "की", "हे" for "है", "कोन" for
"कौन", short vowels for long ones.
`python3 tests/Eval/hi/round25/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 25's number); every line is hi-IN."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Haryanvi: Rohtak, Hisar, Jind, Bhiwani.
haryanvi | रै भाई {} की राजधानी के सै | पोलैंड=PL; हंगरी=HU; रोमानिया=RO
haryanvi | ताऊ बूझ रया सै {} की राजधानी कौण सी सै | बुल्गारिया=BG; सर्बिया=RS; क्रोएशिया=HR
haryanvi | भाई मन्नै बता दे {} की राजधानी का नाम | स्लोवाकिया=SK; स्लोवेनिया=SI; अल्बानिया=AL
haryanvi | अग्निवीर के पेपर म्ह आया था {} की राजधानी के सै | यूक्रेन=UA; बेलारूस=BY; मॉल्डोवा=MD
haryanvi | छोरे नै पूछ्या सै {} की राजधानी कौण सी | लिथुआनिया=LT; लातविया=LV; एस्टोनिया=EE
haryanvi | म्हारा भतीजा {} म्ह नौकरी करै सै उड़ै की राजधानी के सै | पुर्तगाल=PT; माल्टा=MT; साइप्रस=CY
haryanvi | रै बावली बूच {} की राजधानी भी कोणी बेरा तन्नै | ग्रीस=GR; तुर्की=TR; डेनमार्क=DK
haryanvi | घणा सोच्या पर याद कोणी आया {} की राजधानी के सै | फ़िनलैंड=FI; आइसलैंड=IS; नॉर्वे=NO
haryanvi | ताई पूछै सै {} की राजधानी किसी सै | बेल्जियम=BE; लग्ज़मबर्ग=LU; ऑस्ट्रिया=AT
haryanvi | भर्ती की दौड़ तै पहल्यां बता दे {} की राजधानी | मोंटेनेग्रो=ME; उत्तरी मकदूनिया=MK; बोस्निया=BA
haryanvi | हुक्का पीते पीते सोच्या {} की राजधानी के होवै सै | ईरान=IR; इराक=IQ; सीरिया=SY
haryanvi | पुलिस कांस्टेबल के पेपर म्ह {} की राजधानी पूछी सै बता | जॉर्डन=JO; लेबनान=LB; यमन=YE
haryanvi | भाई जी {} आली राजधानी का नाम के सै | आर्मेनिया=AM; अज़रबैजान=AZ; कज़ाखस्तान=KZ
haryanvi | रै सुण {} की राजधानी बता दे फटाफट | उज़्बेकिस्तान=UZ; तुर्कमेनिस्तान=TM; ताजिकिस्तान=TJ
haryanvi | ट्रैक्टर पै बैठ्या सूं {} की राजधानी के सै जरा बता | किर्गिस्तान=KG; मंगोलिया=MN; अफ़गानिस्तान=AF
haryanvi | ढाबे पै एक गोरा आया सै {} तै उसके देस की राजधानी के सै | कनाडा=CA; न्यूज़ीलैंड=NZ; ऑस्ट्रेलिया=AU
haryanvi | म्हारे गाम का छोरा {} जावैगा पढ़ण नै उड़ै की राजधानी के सै | जर्मनी=DE; इटली=IT; स्पेन=ES
haryanvi | कती सही बताइए {} की राजधानी कौण सी सै | मिस्र=EG; लीबिया=LY; ट्यूनीशिया=TN
haryanvi | बेरा सै के तन्नै {} की राजधानी | मोरक्को=MA; अल्जीरिया=DZ; सूडान=SD
haryanvi | दुबई जाण तै पहल्यां बूझ ल्यूं {} की राजधानी के सै | संयुक्त अरब अमीरात=AE; ओमान=OM; सऊदी अरब=SA

# Chhattisgarhi: Raipur, Bilaspur, Durg.
chhattisgarhi | {} के राजधानी का हे गा | केन्या=KE; युगांडा=UG; तंज़ानिया=TZ
chhattisgarhi | बता दे ना {} के राजधानी कोन हे | रवांडा=RW; बुरुंडी=BI; इथियोपिया=ET
chhattisgarhi | हमर बाबू पूछत हे {} के राजधानी का हे | सोमालिया=SO; जिबूती=DJ; इरिट्रिया=ER
chhattisgarhi | अरे ददा {} के राजधानी मोला सुरता नइ आवत हे | ज़ाम्बिया=ZM; ज़िम्बाब्वे=ZW; मलावी=MW
chhattisgarhi | भिलाई प्लांट मा {} के साहब मन आय हें उहाँ के राजधानी का हे | जापान=JP; दक्षिण कोरिया=KR; रूस=RU
chhattisgarhi | राइस मिल के चाउर {} जाथे उहाँ के राजधानी बता | बांग्लादेश=BD; नेपाल=NP; भूटान=BT
chhattisgarhi | आंगनबाड़ी के लइका मन पूछत हें {} के राजधानी का हे | चीन=CN; भारत=IN; पाकिस्तान=PK
chhattisgarhi | तोला पता हे का {} के राजधानी | मोज़ांबिक=MZ; अंगोला=AO; नामीबिया=NA
chhattisgarhi | बिलासपुर ले पूछत हंव {} के राजधानी कोन से हे | बोत्सवाना=BW; लेसोथो=LS; मेडागास्कर=MG
chhattisgarhi | का जी {} के राजधानी के नाव का हे | घाना=GH; टोगो=TG; नाइजीरिया=NG
chhattisgarhi | थोरकुन बता दे भइया {} के राजधानी | कैमरून=CM; गैबॉन=GA; चाड=TD
chhattisgarhi | गुरुजी काली पूछही {} के राजधानी का हे | माली=ML; नाइजर=NE; सेनेगल=SN
chhattisgarhi | दीदी {} के राजधानी बता देबे | गाम्बिया=GM; गिनी=GN; सिएरा लियोन=SL
chhattisgarhi | हमन ला नइ मालूम {} के राजधानी काय हे | लाइबेरिया=LR; मॉरिटानिया=MR; केप वर्ड=CV

# Bhojpuri: Ballia, Ara, Chhapra, Varanasi.
bhojpuri | ए भइया {} के राजधानी का ह | ब्राज़ील=BR; अर्जेंटीना=AR; चिली=CL
bhojpuri | तनी बताईं ना {} के राजधानी कवन ह | पेरू=PE; कोलंबिया=CO; वेनेज़ुएला=VE
bhojpuri | हमार बबुआ पूछत बा {} के राजधानी का बा | इक्वाडोर=EC; उरुग्वे=UY; पराग्वे=PY
bhojpuri | घाट प एगो बिदेसी आइल बाड़ें {} से उनकर राजधानी का ह | मेक्सिको=MX; क्यूबा=CU; जमैका=JM
bhojpuri | रउआ बता सकीला {} के राजधानी | ग्वाटेमाला=GT; होंडूरास=HN; निकारागुआ=NI
bhojpuri | का हो {} के राजधानी कवन शहर ह | पनामा=PA; कोस्टा रिका=CR; अल सल्वाडोर=SV
bhojpuri | बलिया से बोलत बानी {} के राजधानी बताईं | हैती=HT; बहामास=BS; बारबाडोस=BB
bhojpuri | हमरा याद नइखे {} के राजधानी का रहे | गुयाना=GY; सूरीनाम=SR; बेलीज़=BZ
bhojpuri | ए मलिकार {} के राजधानी केकरा के कहल जाला | त्रिनिदाद और टोबैगो=TT; डोमिनिका=DM; ग्रेनाडा=GD
bhojpuri | ओ चच्चा {} के राजधानी कहाँ बा | सेंट लूसिया=LC; सेंट किट्स और नेविस=KN; एंटीगुआ और बारबुडा=AG
bhojpuri | बियाह के बैंड वाला पूछत बा {} के राजधानी का ह | फ़िजी=FJ; मॉरीशस=MU; सेंट विंसेंट=VC
bhojpuri | भोजपुरी गाना में {} के नाम आइल बा ओकर राजधानी का ह | अमेरिका=US; ब्रिटेन=GB; फ़्रांस=FR
bhojpuri | सुननी ह कि {} के राजधानी बदल गइल अब कवन ह | इंडोनेशिया=ID; म्यांमार=MM; कज़ाखस्तान=KZ

# Marathi speakers' Hindi: Pune, Nagpur, Nashik.
marathi-hindi | अरे बाबा {} की राजधानी कौन सी है रे | वियतनाम=VN; लाओस=LA; कंबोडिया=KH
marathi-hindi | सांग ना {} की राजधानी क्या है | थाईलैंड=TH; सिंगापुर=SG; फ़िलिपींस=PH
marathi-hindi | गणपति मंडल के क्विज़ में पूछा {} की राजधानी कौन सी | ब्रूनेई=BN; पूर्वी तिमोर=TL; पापुआ न्यू गिनी=PG
marathi-hindi | नागपुर के संतरे {} को जाते हैं वहाँ की राजधानी क्या है बोलो | बांग्लादेश=BD; ओमान=OM; नेपाल=NP
marathi-hindi | आई पूछ रही है {} की राजधानी कौन सी है ना | समोआ=WS; टोंगा=TO; वनुआतू=VU
marathi-hindi | काय रे {} की कैपिटल क्या है पटकन बोल | सोलोमन द्वीपसमूह=SB; किरिबाती=KI; तुवालू=TV
marathi-hindi | बाबा {} की राजधानी बताओ ना प्लीज़ | नाउरु=NR; पलाऊ=PW; मार्शल द्वीपसमूह=MH
marathi-hindi | हो हो सही है अब {} की राजधानी बताओ | माइक्रोनेशिया=FM; मालदीव=MV; सेशेल्स=SC
marathi-hindi | जुड़वाँ बच्चे लड़ रहे हैं {} की राजधानी कौन सी है बता दो | कोमोरोस=KM; साओ टोम और प्रिंसिपे=ST; इक्वेटोरियल गिनी=GQ
marathi-hindi | पुणे से बात कर रहा हूँ {} की राजधानी का नाम बोलना | ताइवान=TW; जापान=JP; उत्तर कोरिया=KP
marathi-hindi | ऑफ़िस का क्लाइंट {} में है उसकी राजधानी क्या है | स्वीडन=SE; डेनमार्क=DK; स्विट्ज़रलैंड=CH
marathi-hindi | अगं ऐक ना {} की राजधानी कौन सी है | यूनान=GR; इटली=IT; वेटिकन सिटी=VA

# Punjabi-coloured Hindi: Ludhiana, Amritsar, Jalandhar.
punjabi-hindi | ओए {} दी राजधानी की है | कनाडा=CA; ऑस्ट्रेलिया=AU; न्यूज़ीलैंड=NZ
punjabi-hindi | प्राजी दस्सो {} दी राजधानी कौन सी है | इटली=IT; पुर्तगाल=PT; साइप्रस=CY
punjabi-hindi | पुत्तर जी {} दी राजधानी दस्सना | अमेरिका=US; मेक्सिको=MX; ग्रीस=GR
punjabi-hindi | लुधियाने दी होज़री {} जांदी है उत्थे दी राजधानी की है | रूस=RU; कज़ाखस्तान=KZ; उज़्बेकिस्तान=UZ
punjabi-hindi | साडा मुंडा {} गया है स्टडी वीज़े ते उत्थे दी राजधानी की है | आयरलैंड=IE; जर्मनी=DE; फ़िनलैंड=FI
punjabi-hindi | बीबी जी पुछदे ने {} दी राजधानी की ए | इराक=IQ; ईरान=IR; अफ़गानिस्तान=AF
punjabi-hindi | हॉकी दा मैच {} नाल है ओदी राजधानी की है | बेल्जियम=BE; अर्जेंटीना=AR; स्पेन=ES
punjabi-hindi | यार {} दी कैपिटल की हुंदी है | मलेशिया=MY; इंडोनेशिया=ID; फ़िलिपींस=PH
punjabi-hindi | सत श्री अकाल जी {} दी राजधानी दस दो | जापान=JP; चीन=CN; दक्षिण कोरिया=KR
punjabi-hindi | अमृतसर तों पुछ रेहा हां {} दी राजधानी की है | पाकिस्तान=PK; बांग्लादेश=BD; ताजिकिस्तान=TJ
punjabi-hindi | जलंधर वाले मामा जी {} रहंदे ने उत्थे दी राजधानी की है | ब्रिटेन=GB; सिंगापुर=SG; नॉर्वे=NO

# Hyderabadi Dakhni.
dakhni | {} का राजधानी क्या है बोल के बताओ मियाँ | मोरक्को=MA; अल्जीरिया=DZ; ट्यूनीशिया=TN
dakhni | अरे बावा {} का राजधानी कौन सा है | सऊदी अरब=SA; यमन=YE; ओमान=OM
dakhni | क्या बोलते {} का राजधानी कौन सा | क़तर=QA; कुवैत=KW; जॉर्डन=JO
dakhni | हौ भाई {} का राजधानी बताओ ज़रा | लेबनान=LB; सीरिया=SY; इज़राइल=IL
dakhni | कैकू नहीं बोल रई {} का राजधानी | तुर्की=TR; अज़रबैजान=AZ; आर्मेनिया=AM
dakhni | चारमीनार की चूड़ियाँ {} को जाते वाँ का राजधानी क्या है | अमेरिका=US; ब्रिटेन=GB; मलेशिया=MY
dakhni | कैब में बैठे साब {} के हैं उनके मुलुक का राजधानी कौन सा है | फ़्रांस=FR; जर्मनी=DE; कनाडा=CA
dakhni | नक्को इतना सोचो {} का राजधानी सीधा बोलो | मिस्र=EG; सूडान=SD; लीबिया=LY
dakhni | हव वोईच {} का राजधानी बता दो | इथियोपिया=ET; सोमालिया=SO; केन्या=KE
dakhni | बिरयानी का ऑर्डर {} से आया वाँ का राजधानी क्या है | सिंगापुर=SG; ऑस्ट्रेलिया=AU; बहरीन=BH
dakhni | ए पोरगा {} का राजधानी मालूम क्या तेरे को | मालदीव=MV; इंडोनेशिया=ID; बांग्लादेश=BD

# Sarnami Hindustani heritage speakers from Suriname and the Netherlands.
sarnami-heritage | हम सूरीनाम से आइल हई {} के राजधानी का हय | गुयाना=GY; त्रिनिदाद=TT; ब्राज़ील=BR
sarnami-heritage | नानी पूछत हय {} के राजधानी कौन हय | वेनेज़ुएला=VE; कोलंबिया=CO; फ़्रेंच गुयाना=GF
sarnami-heritage | हमार हिंदी थोड़ा कमज़ोर हय {} का कैपिटल क्या है | लग्ज़मबर्ग=LU; डेनमार्क=DK; आइसलैंड=IS
sarnami-heritage | पारामारिबो में रहित हैं पर {} के राजधानी नाहीं जानित | बारबाडोस=BB; जमैका=JM; क्यूबा=CU
sarnami-heritage | अपन दादा के देस भारत आए हैं अब {} का राजधानी बोलो | नेपाल=NP; मॉरीशस=MU; फ़िजी=FJ
sarnami-heritage | हम ठीक से नहीं बोल पाता {} का कैपिटल बताओ प्लीज़ | अरूबा=AW; कुरासाओ=CW; सिंट मार्टिन=SX

# Situations.
hotel-guest | होटल के कमरे से बोल रहे हैं {} की राजधानी क्या है | स्पेन=ES; पुर्तगाल=PT; मोनाको=MC
hotel-guest | रूम नंबर याद नहीं पर {} की राजधानी तो बता दो | सैन मेरीनो=SM; एंडोरा=AD; लिचेंस्टीन=LI
hotel-guest | चेक आउट से पहले एक बात {} की राजधानी कौन सी है | माल्टा=MT; आइसलैंड=IS; एस्टोनिया=EE
hotel-guest | रिसेप्शन वाले भैया को भी नहीं पता {} की राजधानी क्या है | क्रोएशिया=HR; सर्बिया=RS; कोसोवो=XK
cab-ride | गाड़ी में बैठे बैठे याद आया {} की राजधानी क्या है | चिली=CL; पेरू=PE; बोलीविया=BO
cab-ride | सवारी पूछ रही है {} की राजधानी कौन सी है | नाइजीरिया=NG; घाना=GH; सेनेगल=SN
cab-ride | ट्रैफ़िक में फँसे हैं तब तक बताओ {} की राजधानी | तंज़ानिया=TZ; युगांडा=UG; रवांडा=RW
cab-ride | एयरपोर्ट छोड़ने जा रहा हूँ सवारी {} जा रही है उसकी राजधानी क्या है | कनाडा=CA; जर्मनी=DE; कज़ाखस्तान=KZ
cab-ride | सिग्नल हरा होने से पहले बताओ {} की राजधानी | हंगरी=HU; रोमानिया=RO; बुल्गारिया=BG
elder | बेटा ज़रा ज़ोर से बताना {} की राजधानी क्या है | मिस्र=EG; इथियोपिया=ET; सूडान=SD
elder | हमारे ज़माने में {} की राजधानी कुछ और थी अब कौन सी है | नाइजीरिया=NG; कज़ाखस्तान=KZ; तंज़ानिया=TZ
elder | तंबोला के बीच में बहस हो गई {} की राजधानी कौन सी है | अर्जेंटीना=AR; ब्राज़ील=BR; मेक्सिको=MX
elder | चश्मा नहीं मिल रहा {} की राजधानी तुम ही बता दो | पोलैंड=PL; चेकिया=CZ; यूक्रेन=UA
elder | रिटायर हो गए पर याद नहीं रहता {} की राजधानी क्या है | इराक=IQ; सीरिया=SY; जॉर्डन=JO
child | मम्मी बोली तुमसे पूछूँ {} की राजधानी क्या है | जापान=JP; चीन=CN; रूस=RU
child | मेरे होमवर्क में है {} की राजधानी बताओ ना | फ़्रांस=FR; इटली=IT; इंग्लैंड=GB-ENG
child | दीदी कहती है मुझे {} की राजधानी नहीं पता तुम बताओ | कनाडा=CA; अमेरिका=US; ऑस्ट्रेलिया=AU
child | मैं तीसरी क्लास में हूँ {} की राजधानी क्या होती है | नेपाल=NP; श्रीलंका=LK; भूटान=BT
child | एलेक्सा दीदी {} की राजधानी बोलो ना | मिस्र=EG; ब्राज़ील=BR; स्पेन=ES
festival | पतंग उड़ाते उड़ाते शर्त लगी है {} की राजधानी क्या है | वियतनाम=VN; थाईलैंड=TH; मंगोलिया=MN
festival | होली पे सबको रंग लगा है अब बताओ {} की राजधानी कौन सी है | नामीबिया=NA; बोत्सवाना=BW; ज़ाम्बिया=ZM
festival | दिवाली की ताश पार्टी में सवाल आया {} की राजधानी | जमैका=JM; क्यूबा=CU; हैती=HT
festival | लोहड़ी की आग के पास बैठे हैं {} की राजधानी बताओ | आयरलैंड=IE; स्कॉटलैंड=GB-SCT; वेल्स=GB-WLS
road-trip | अंताक्षरी में हार गए अब {} की राजधानी बताओ | पराग्वे=PY; उरुग्वे=UY; इक्वाडोर=EC
road-trip | मनाली जा रहे हैं रास्ते में बताओ {} की राजधानी | स्विट्ज़रलैंड=CH; ऑस्ट्रिया=AT; नॉर्वे=NO
road-trip | हाईवे पे गाड़ी रोकी है {} की राजधानी कौन सी है | लाओस=LA; कंबोडिया=KH; म्यांमार=MM
workplace | मोबाइल ठीक होने तक बताओ {} की राजधानी क्या है | ताइवान=TW; दक्षिण कोरिया=KR; वियतनाम=VN
workplace | पार्लर में मेहंदी लगी है हाथ गीले हैं {} की राजधानी बताओ | तुर्की=TR; ग्रीस=GR; मोरक्को=MA
workplace | वकील साहब पूछ रहे हैं {} की राजधानी कौन सी है | पाकिस्तान=PK; अफ़गानिस्तान=AF; ईरान=IR
workplace | कोर्ट की तारीख़ से पहले टाइम पास {} की राजधानी क्या है | लिथुआनिया=LT; लातविया=LV; बेलारूस=BY
workplace | दुकान पे ग्राहक नहीं है {} की राजधानी बताओ | केन्या=KE; अंगोला=AO; कैमरून=CM

# Ways of asking around the question.
hinglish | व्हाट्स द कैपिटल सिटी ऑफ़ {} | पुर्तगाल=PT; नीदरलैंड=NL; बेल्जियम=BE
hinglish | {} का कैपिटल सिटी कौन सा है ब्रो | सिंगापुर=SG; मलेशिया=MY; थाईलैंड=TH
hinglish | क्विक क्वेश्चन {} की कैपिटल क्या है | स्वीडन=SE; फ़िनलैंड=FI; डेनमार्क=DK
hinglish | एक्चुअली मुझे कन्फ़र्म करना था {} की कैपिटल | कोलंबिया=CO; चिली=CL; पेरू=PE
hinglish | टेल मी {} की कैपिटल प्लीज़ | न्यूज़ीलैंड=NZ; फ़िजी=FJ; समोआ=WS
hesitation | अं अं {} की राजधानी क्या है | हंगरी=HU; स्लोवाकिया=SK; स्लोवेनिया=SI
hesitation | वो वो क्या कहते हैं {} की राजधानी | अल्बानिया=AL; मोंटेनेग्रो=ME; बोस्निया और हर्ज़ेगोविना=BA
hesitation | हम्म रुको सोचने दो नहीं तुम ही बताओ {} की राजधानी | आइसलैंड=IS; आयरलैंड=IE; माल्टा=MT
hesitation | एक मिनट एक मिनट {} की राजधानी कौन सी है | मंगोलिया=MN; किर्गिज़स्तान=KG; तुर्कमेनिस्तान=TM
hesitation | मतलब वो जो है ना {} की राजधानी कौन सी है | घाना=GH; टोगो=TG; बेनिन=BJ
trailing-clause | {} की राजधानी क्या है मुझे बच्चों को पढ़ाना है | यूनान=GR; मिस्र=EG; इटली=IT
trailing-clause | {} की राजधानी कौन सी है जल्दी बताओ गैस पे दूध रखा है | जर्मनी=DE; पोलैंड=PL; रूस=RU
trailing-clause | {} की राजधानी क्या है कल पेपर है मेरा | ब्राज़ील=BR; अर्जेंटीना=AR; नाइजीरिया=NG
terse | {} राजधानी | लाओस=LA; लाइबेरिया=LR; लिचेंस्टीन=LI
terse | राजधानी {} | मोनाको=MC; मोज़ांबिक=MZ; मलावी=MW
terse | {} कैपिटल | गैबॉन=GA; गाम्बिया=GM; गिनी बिसाऊ=GW
terse | {} की राजधानी बस | कोमोरोस=KM; जिबूती=DJ; इरिट्रिया=ER
polite-shuddh | कृपया बताएँ कि {} की राजधानी क्या है | नॉर्वे=NO; स्वीडन=SE; फ़िनलैंड=FI
polite-shuddh | क्या आप बता सकती हैं कि {} की राजधानी कौन सी है | कंबोडिया=KH; ब्रूनेई=BN; पूर्वी तिमोर=TL
polite-shuddh | मुझे {} की राजधानी जाननी है कृपया सहायता करें | सेनेगल=SN; माली=ML; नाइजर=NE
polite-shuddh | आदरणीय एलेक्सा {} की राजधानी का नाम बताने का कष्ट करें | उरुग्वे=UY; पनामा=PA; होंडूरास=HN

# Follow-ups after an answer.
follow-up | और {} की | जापान=JP; चीन=CN; भारत=IN
follow-up | अच्छा अब {} वाली बताओ | नेपाल=NP; भूटान=BT; मालदीव=MV
follow-up | ठीक है और {} का क्या | क़तर=QA; ओमान=OM; यमन=YE
follow-up | और {} के बारे में | चाड=TD; नाइजर=NE; माली=ML
follow-up | फिर {} की राजधानी | पेरू=PE; चिली=CL; इक्वाडोर=EC
follow-up | उसके बाद {} भी बता दे भाई | रोमानिया=RO; मॉल्डोवा=MD; यूक्रेन=UA
follow-up | और {} दी | कनाडा=CA; मेक्सिको=MX; क्यूबा=CU
follow-up | बढ़िया अब {} | स्वीडन=SE; डेनमार्क=DK; नॉर्वे=NO

# Yes/no checks (right and wrong guesses; the place is expected).
yes-no-check | क्या ऑस्ट्रेलिया की राजधानी सिडनी है | AU
yes-no-check | कनाडा की राजधानी टोरंटो ही है ना | CA
yes-no-check | तुर्की की राजधानी इस्तांबुल है के अंकारा | TR
yes-no-check | ब्राज़ील की राजधानी रियो है क्या | BR
yes-no-check | पाकिस्तान की राजधानी कराची है या इस्लामाबाद | PK
yes-no-check | सही है ना कि जापान की राजधानी टोक्यो है | JP
yes-no-check | नाइजीरिया दी राजधानी लागोस है ना | NG
yes-no-check | अमेरिका की राजधानी न्यूयॉर्क है के सै | US
yes-no-check | मोरक्को का राजधानी कासाब्लांका है क्या बावा | MA
yes-no-check | क्या स्विट्ज़रलैंड की राजधानी ज़्यूरिख है | CH
yes-no-check | न्यूज़ीलैंड की राजधानी ऑकलैंड है कि वेलिंगटन | NZ
yes-no-check | वियतनाम के राजधानी हनोई हे ना गा | VN
yes-no-check | केन्या के राजधानी नैरोबी ह नू | KE
yes-no-check | क्या म्यांमार की राजधानी अब भी रंगून है | MM
yes-no-check | कज़ाखस्तान की राजधानी अल्माटी है क्या अभी भी | KZ
yes-no-check | बोलिविया की राजधानी ला पाज़ है ना | BO
yes-no-check | स्पेन की राजधानी बार्सिलोना है ये सच है क्या | ES
yes-no-check | इटली की राजधानी रोम ही है ना पक्का | IT
yes-no-check | क्या जर्मनी की राजधानी बॉन है | DE
yes-no-check | तंज़ानिया की राजधानी दार एस सलाम है क्या | TZ
yes-no-check | बेलारूस की राजधानी मिंस्क है सही बोल रहा हूँ ना | BY
yes-no-check | आइवरी कोस्ट की राजधानी अबिदजान है क्या | CI
yes-no-check | क्या मिस्र की राजधानी काहिरा है | EG
yes-no-check | मेरे को लगता है सऊदी का राजधानी जेद्दा है सही क्या | SA
yes-no-check | श्रीलंका की राजधानी कोलंबो है या नहीं | LK
yes-no-check | ग्रीस की राजधानी एथेंस है ना | GR
yes-no-check | क्या इज़राइल की राजधानी तेल अवीव है | IL
yes-no-check | उत्तर कोरिया की राजधानी प्योंगयांग है ना | KP

# Self-corrections (the last place is expected).
self-correction | जर्मनी नहीं नहीं ऑस्ट्रिया की राजधानी बताओ | AT
self-correction | स्वीडन की राजधानी मतलब स्विट्ज़रलैंड की | CH
self-correction | स्लोवाकिया सॉरी स्लोवेनिया की राजधानी क्या है | SI
self-correction | ऑस्ट्रिया की राजधानी अरे नहीं ऑस्ट्रेलिया की | AU
self-correction | इराक की नहीं ईरान की राजधानी कौन सी है | IR
self-correction | नाइजर की राजधानी नहीं रुको नाइजीरिया की बताओ | NG
self-correction | गिनी की राजधानी ओह गलती से बोला गिनी बिसाऊ की | GW
self-correction | भाई लातविया की राजधानी ना ना लिथुआनिया की | LT
self-correction | पराग्वे उरुग्वे नहीं पराग्वे की राजधानी | PY
self-correction | डोमिनिका नहीं डोमिनिकन रिपब्लिक की राजधानी | DO
self-correction | कोलंबिया माफ़ करना कंबोडिया की राजधानी क्या है | KH
self-correction | मॉरिटानिया की राजधानी मतलब मॉरीशस की | MU
self-correction | सूडान अरे दक्षिण सूडान की राजधानी कौन सी है | SS
self-correction | जाम्बिया की नहीं गाम्बिया की राजधानी बोलो | GM
self-correction | ताइवान की राजधानी नहीं थाईलैंड की | TH
self-correction | अरे बाबा आर्मेनिया नहीं अल्बानिया की राजधानी | AL
self-correction | बहरीन के नइ बहामास के राजधानी का हे | BS
self-correction | सर्बिया ओ सॉरी साइबेरिया नहीं सीरिया की राजधानी | SY

# Reverse questions (a capital given, its country asked).
reverse-question | नैरोबी किस देश की राजधानी है | CITY:नैरोबी
reverse-question | काठमांडू कौण से देस की राजधानी सै | CITY:काठमांडू
reverse-question | ब्यूनस आयरस किस मुल्क की राजधानी है | CITY:ब्यूनस आयरस
reverse-question | बुडापेस्ट कोन देश के राजधानी हे | CITY:बुडापेस्ट
reverse-question | ताशकंद केकर राजधानी ह | CITY:ताशकंद
reverse-question | लीमा कौन से देश का कैपिटल है | CITY:लीमा
reverse-question | हरारे किस देश की राजधानी है बताओ | CITY:हरारे
reverse-question | अस्ताना कोणसे देश की राजधानी है | CITY:अस्ताना
reverse-question | ओटावा किस कंट्री की कैपिटल है | CITY:ओटावा
reverse-question | मनीला किस देश की राजधानी है ज़रा बताओ | CITY:मनीला
reverse-question | अबुजा किस देश दी राजधानी है | CITY:अबुजा
reverse-question | विंडहोक किस देश की राजधानी है | CITY:विंडहोक
reverse-question | तेहरान कौन सा मुलुक का राजधानी है | CITY:तेहरान
reverse-question | कैनबरा किस देश की राजधानी होती है | CITY:कैनबरा
reverse-question | विक्टोरिया किसकी राजधानी है | CITY:विक्टोरिया
reverse-question | सेंट जॉन्स किस देश की राजधानी है | CITY:सेंट जॉन्स
reverse-question | उलानबातर किस देश की राजधानी है | CITY:उलानबातर
reverse-question | किंग्स्टन किस जगह की राजधानी है | CITY:किंग्स्टन
reverse-question | ट्यूनिस किस देश की राजधानी है | CITY:ट्यूनिस
reverse-question | रेक्याविक कौन से देश की राजधानी है | CITY:रेक्याविक
reverse-question | डकार किस देश की राजधानी है | CITY:डकार
reverse-question | गितेगा कौन से देश की राजधानी है | CITY:गितेगा
reverse-question | पारामारिबो किस देस के राजधानी हय | CITY:पारामारिबो
reverse-question | दिसपुर किस राज्य की राजधानी है | CITY:दिसपुर
reverse-question | ला पाज़ किस देश की राजधानी है | CITY:ला पाज़

# Official names.
official-name | संघीय गणराज्य जर्मनी की राजधानी क्या है | DE
official-name | रूसी संघ की राजधानी कौन सी है | RU
official-name | चीनी जनवादी गणराज्य की राजधानी बताइए | CN
official-name | इस्लामी गणराज्य पाकिस्तान की राजधानी कौन सी है | PK
official-name | भारत गणराज्य की राजधानी क्या है | IN
official-name | संयुक्त मेक्सिकन राज्य की राजधानी बताओ | MX
official-name | कोरिया गणराज्य की राजधानी कौन सी है | KR
official-name | हेलेनिक रिपब्लिक की राजधानी क्या है | GR
official-name | स्विस परिसंघ की राजधानी कौन सी है | CH
official-name | लाओ जनवादी लोकतांत्रिक गणराज्य की राजधानी | LA
official-name | किंगडम ऑफ़ सऊदी अरेबिया की कैपिटल क्या है | SA
official-name | इस्लामिक रिपब्लिक ऑफ़ ईरान की राजधानी बताइए | IR
official-name | संयुक्त गणराज्य तंज़ानिया की राजधानी कौन सी है | TZ
official-name | मिस्र अरब गणराज्य की राजधानी क्या है | EG
official-name | संघीय लोकतांत्रिक गणराज्य नेपाल की राजधानी बताइए | NP
official-name | डेमोक्रेटिक पीपल्स रिपब्लिक ऑफ़ कोरिया की राजधानी | KP
official-name | यूनाइटेड स्टेट्स ऑफ़ अमेरिका की कैपिटल क्या है | US
official-name | वियतनाम समाजवादी गणराज्य की राजधानी कौन सी है | VN
official-name | ग्रेट ब्रिटेन और उत्तरी आयरलैंड का यूनाइटेड किंगडम उसकी राजधानी क्या है | GB
official-name | अल्जीरियाई जनवादी लोकतांत्रिक गणराज्य की राजधानी बताइए | DZ

# Everyday names.
everyday-name | हॉलैंड की राजधानी क्या है | NL
everyday-name | विलायत की राजधानी कौन सी है | GB
everyday-name | हिंदुस्तान की राजधानी क्या है बता भाई | IN
everyday-name | अमरीका की राजधानी कौन सी है | US
everyday-name | चेक देश की राजधानी बताओ | CZ
everyday-name | यूएई की राजधानी कौन सा है | AE
everyday-name | डीआर कांगो की राजधानी क्या है | CD
everyday-name | ईस्ट तिमोर की कैपिटल कौन सी है | TL
everyday-name | आइवरी कोस्ट की राजधानी क्या है | CI
everyday-name | ग्रीस की राजधानी बताओ ना | GR
everyday-name | टर्की की राजधानी कौन सी है | TR
everyday-name | रशिया की राजधानी क्या है | RU
everyday-name | इजिप्ट की कैपिटल बताओ | EG
everyday-name | बोस्निया की राजधानी कौन सी है | BA
everyday-name | मैसेडोनिया की राजधानी क्या है | MK

# Old names (the country as it is now is expected).
old-name | बर्मा के राजधानी का ह | MM
old-name | सीलोन की राजधानी क्या हुआ करती थी और अब क्या है | LK
old-name | ज़ायर नाम का देश था उसकी राजधानी | CD
old-name | दाहोमे की राजधानी कौन सी है | BJ
old-name | अपर वोल्टा की राजधानी बताओ | BF
old-name | रोडेशिया की राजधानी क्या थी | ZW
old-name | न्यासालैंड की राजधानी कौन सी है | MW
old-name | बेचुआनालैंड की राजधानी बताइए | BW
old-name | बासुतोलैंड की राजधानी क्या है | LS
old-name | सियाम की राजधानी कौन सी है | TH
old-name | फ़ारस की राजधानी क्या है | IR
old-name | कंपूचिया की राजधानी कौन सी थी | KH
old-name | गोल्ड कोस्ट की राजधानी बताओ | GH
old-name | पूर्वी पाकिस्तान की राजधानी कौन सी थी | BD
old-name | स्वाज़ीलैंड की राजधानी क्या है | SZ

# Shared names.
shared-name | जॉर्जिया की राजधानी के सै | GE+US-GA
shared-name | जॉर्जिया देश की राजधानी कौन सी है यूरोप वाला | GE
shared-name | अमेरिका के जॉर्जिया राज्य की राजधानी क्या है | US-GA
shared-name | कोरिया की राजधानी कौन सी है | KP+KR
shared-name | कोरिया दी राजधानी की है | KP+KR
shared-name | दोनों कोरिया की राजधानियाँ बताओ | KP+KR
shared-name | कांगो की राजधानी क्या है | CD+CG
shared-name | कांगो के राजधानी का ह | CD+CG
shared-name | कांगो गणराज्य की राजधानी कौन सी है | CG
shared-name | कांगो लोकतांत्रिक गणराज्य की राजधानी बताओ | CD
shared-name | वर्जिन आइलैंड्स की राजधानी कौन सी है | VG+VI
shared-name | वर्जिन द्वीपसमूह की राजधानी बताओ | VG+VI
shared-name | ब्रिटिश वर्जिन आइलैंड्स की राजधानी | VG
shared-name | अमेरिकी वर्जिन द्वीपसमूह की राजधानी क्या है | VI
shared-name | डोमिनिका और डोमिनिकन रिपब्लिक दोनों की राजधानी बताओ | DM+DO
shared-name | जॉर्जिया का राजधानी क्या है बावा | GE+US-GA

# Plural questions.
plural-capitals | दक्षिण अफ़्रीका की राजधानियाँ कौन कौन सी हैं | ZA
plural-capitals | साउथ अफ़्रीका की तीनों राजधानियाँ बताओ | ZA
plural-capitals | दक्षिण अफ़्रीका की तीन राजधानियाँ हैं ना कौन सी | ZA
plural-capitals | बोलीविया की दोनों राजधानियाँ क्या हैं | BO
plural-capitals | बोलीविया के राजधानी मन कोन कोन हें | BO
plural-capitals | बेनिन की राजधानियाँ बताओ | BJ
plural-capitals | बेनिन की दो राजधानियाँ कौन सी हैं | BJ
plural-capitals | नीदरलैंड की दोनों राजधानियाँ बताओ | NL
plural-capitals | हॉलैंड की राजधानियाँ कौन सी हैं | NL
plural-capitals | नीदरलैंड्स की दो दो राजधानियाँ क्यों हैं कौन सी हैं | NL
plural-capitals | मलेशिया की राजधानियाँ कौन सी हैं | MY
plural-capitals | मलेशिया दीयाँ दोनों राजधानियाँ दस्सो | MY
plural-capitals | श्रीलंका की दोनों राजधानियाँ बताओ | LK
plural-capitals | श्रीलंका के राजधानी सब कवन कवन ह | LK
plural-capitals | कोत दिवुआर की दोनों राजधानियाँ कौन सी हैं | CI
plural-capitals | आइवरी कोस्ट की राजधानियाँ बताओ | CI
plural-capitals | एस्वातिनी की दोनों राजधानियाँ क्या हैं | SZ
plural-capitals | स्वाज़ीलैंड की राजधानियाँ कौन सी हैं | SZ
plural-capitals | फ़िलिस्तीन की राजधानियाँ कौन सी हैं | PS
plural-capitals | फ़लस्तीन की दोनों राजधानियाँ बताओ | PS
plural-capitals | पैलेस्टाइन की राजधानियाँ क्या हैं | PS
plural-capitals | जम्मू कश्मीर की दोनों राजधानियाँ कौन सी हैं | IN-JK
plural-capitals | जम्मू और कश्मीर की राजधानियाँ बताओ गर्मी और सर्दी वाली | IN-JK
plural-capitals | उत्तराखंड की दोनों राजधानियाँ बताओ | IN-UK
plural-capitals | उत्तराखंड की राजधानियाँ कौन कौन सी हैं | IN-UK
plural-capitals | मोंटसेरात की राजधानियाँ कौन सी हैं | MS

# Subdivisions.
subdivision | {} की राजधानी कौन सी है भाई | हरियाणा=IN-HR; पंजाब=IN-PB; हिमाचल प्रदेश=IN-HP
subdivision | {} के राजधानी का हे | छत्तीसगढ़=IN-CG; झारखंड=IN-JH; ओडिशा=IN-OD
subdivision | {} की राजधानी बता दो | महाराष्ट्र=IN-MH; गोवा=IN-GA; गुजरात=IN-GJ
subdivision | {} के राजधानी कवन ह | बिहार=IN-BR; उत्तर प्रदेश=IN-UP; पश्चिम बंगाल=IN-WB
subdivision | {} का राजधानी क्या है | तेलंगाना=IN-TS; आंध्र प्रदेश=IN-AP; कर्नाटक=IN-KA
subdivision | {} की कैपिटल क्या है यार | मणिपुर=IN-MN; मिज़ोरम=IN-MZ; त्रिपुरा=IN-TR
subdivision | अपने देश के {} राज्य की राजधानी कौन सी है | मेघालय=IN-ML; नागालैंड=IN-NL; अरुणाचल प्रदेश=IN-AR
subdivision | {} केंद्र शासित प्रदेश की राजधानी | लद्दाख=IN-LA; लक्षद्वीप=IN-LD; पुडुचेरी=IN-PY
subdivision | अमेरिका में {} स्टेट की कैपिटल क्या है | टेक्सास=US-TX; कैलिफ़ोर्निया=US-CA; फ़्लोरिडा=US-FL
subdivision | {} राज्य की राजधानी कौन सी है अमेरिका वाले | न्यूयॉर्क=US-NY; न्यू जर्सी=US-NJ; इलिनॉय=US-IL
subdivision | मेरी बहन {} में रहती है उसकी राजधानी क्या है | वॉशिंगटन=US-WA; ओहायो=US-OH; मिशिगन=US-MI
subdivision | कनाडा के {} प्रांत की राजधानी | ओंटारियो=CA-ON; ब्रिटिश कोलंबिया=CA-BC; अल्बर्टा=CA-AB
subdivision | {} दी राजधानी दस्सो कनाडा विच | मैनिटोबा=CA-MB; क्यूबेक=CA-QC; नोवा स्कोशिया=CA-NS
subdivision | ऑस्ट्रेलिया के {} की राजधानी | क्वींसलैंड=AU-QLD; विक्टोरिया=AU-VIC; तस्मानिया=AU-TAS
subdivision | जर्मनी के {} राज्य की राजधानी कौन सी है | बवेरिया=DE-BY; सैक्सनी=DE-SN; हेस्से=DE-HE
subdivision | ब्राज़ील के {} राज्य की राजधानी बताओ | बाहिया=BR-BA; पराना=BR-PR; अमेज़ोनास=BR-AM
subdivision | मेक्सिको के {} की राजधानी क्या है | हालिस्को=MX-JAL; युकातान=MX-YUC; ओआहाका=MX-OAX
subdivision | {} की राजधानी क्या है ब्रिटेन वाला | उत्तरी आयरलैंड=GB-NIR; स्कॉटलैंड=GB-SCT; वेल्स=GB-WLS
subdivision | ऑस्ट्रेलियाई राजधानी क्षेत्र की राजधानी कौन सी है | AU-ACT
subdivision | हवाई राज्य की राजधानी क्या है | US-HI

# Territories.
territory | {} की राजधानी कौन सी है | ग्रीनलैंड=GL; पोर्टो रिको=PR; गुआम=GU
territory | {} की राजधानी क्या है बताना | बरमूडा=BM; फ़ेरो द्वीपसमूह=FO; कैमेन द्वीपसमूह=KY
territory | {} की राजधानी का नाम बताओ | न्यू कैलेडोनिया=NC; फ़्रेंच पोलिनेशिया=PF; रियूनियन=RE
territory | {} का कैपिटल कौन सा है | मार्टीनिक=MQ; ग्वाडेलूप=GP; मायोते=YT
territory | {} द्वीप की राजधानी बताइए | आइल ऑफ़ मैन=IM; जर्सी=JE; गर्नसी=GG
territory | {} की राजधानी कौन सी होती है | फ़ॉकलैंड द्वीपसमूह=FK; सेंट हेलेना=SH; एंग्विला=AI
territory | {} की राजधानी बोलो ना | कुक द्वीपसमूह=CK; नीयू=NU; तोकेलाउ=TK
territory | {} के राजधानी का हय | अमेरिकी समोआ=AS; उत्तरी मारियाना द्वीपसमूह=MP; पश्चिमी सहारा=EH
territory | जिब्राल्टर की राजधानी कौन सी है | GI
territory | स्वालबार्ड की राजधानी क्या है | SJ

# One-shot requests through the invocation name.
one-shot | दुनिया की राजधानियाँ से पूछो {} की राजधानी क्या है | पेरू=PE; पुर्तगाल=PT; पोलैंड=PL
one-shot | दुनिया की राजधानियाँ खोल के बताओ {} की राजधानी | इथियोपिया=ET; इरिट्रिया=ER; एस्टोनिया=EE
one-shot | दुनिया की राजधानियाँ में {} की राजधानी बताओ | सर्बिया=RS; साइप्रस=CY; सूडान=SD
one-shot | दुनिया की राजधानियाँ से पता करो {} की राजधानी कौन सी है | हैती=HT; होंडूरास=HN; हंगरी=HU
one-shot | दुनिया की राजधानियाँ चालू करके {} की राजधानी बताना | नामीबिया=NA; नाउरु=NR; नेपाल=NP
one-shot | दुनिया की राजधानियाँ से {} दी राजधानी पुछो | तुवालू=TV; टोंगा=TO; ट्यूनीशिया=TN
one-shot | दुनिया की राजधानियाँ वाले से {} का राजधानी पूछो | बहरीन=BH; ब्रूनेई=BN; बुरुंडी=BI

# Launch.
launch | दुनिया की राजधानियाँ शुरू करो | LAUNCH
launch | दुनिया की राजधानियाँ चालू कर दे भाई | LAUNCH
launch | दुनिया की राजधानियाँ खोल दो ना | LAUNCH
launch | दुनिया की राजधानियाँ वाला खेल चलाओ | LAUNCH
launch | दुनिया की राजधानियाँ स्टार्ट करो | LAUNCH
launch | दुनिया की राजधानियाँ खोलो जी | LAUNCH
launch | दुनिया की राजधानियाँ लगा दो | LAUNCH
launch | दुनिया की राजधानियाँ ओपन करो | LAUNCH

# Help.
help | ये कैसे चलता है | HELP
help | इसमें क्या क्या पूछ सकते हैं | HELP
help | मदद चाहिए | HELP
help | मुझे समझ नहीं आ रहा कि क्या बोलूँ | HELP
help | हेल्प करो ना | HELP
help | इसको कैसे यूज़ करते हैं | HELP
help | के करणा सै इसमें बता दे | HELP
help | का बोले के पड़ही गा बता | HELP
help | कइसे पूछल जाला तनी समझाईं | HELP
help | कसं वापरायचं हे सांग ना मतलब कैसे बोलना है | HELP
help | किवें चलदा है ए दस्सो | HELP
help | कैसा बोलना है इसमें समझाओ ना | HELP
help | क्या बोलना पड़ेगा मुझे | HELP
help | सहायता कीजिए | HELP
help | बताओ तुम क्या क्या कर सकती हो | HELP
help | कोई उदाहरण दो कैसे पूछूँ | HELP
help | नियम क्या हैं इस खेल के | HELP
help | मैं पहली बार इस्तेमाल कर रहा हूँ कैसे करूँ | HELP
help | कुछ समझ नहीं आया फिर से समझाओ कैसे पूछना है | HELP
help | हेल्प मी प्लीज़ | HELP
help | अब मैं क्या करूँ मदद करो | HELP
help | मदद कर दे भाई | HELP

# Stop (ends the skill).
stop | बस करो अब | STOP
stop | बंद कर दो | STOP
stop | बस कर दे भाई | STOP
stop | रहण दे बंद कर | STOP
stop | अब बंद करा गा | STOP
stop | बस होगे | STOP
stop | बंद कर द ए भाई | STOP
stop | बस बस हो गया | STOP
stop | स्टॉप | STOP
stop | बंद करो ये | STOP
stop | चुप हो जाओ | STOP
stop | चुप कर जा हुण | STOP
stop | बस कर यार बहुत हो गया | STOP
stop | अब सोने दो बंद करो | STOP
stop | ठीक है अब बंद | STOP
stop | बाहर निकलो | STOP
stop | बंद कर बावा | STOP
stop | खेल ख़त्म करो | STOP
stop | अब और नहीं बंद करो | STOP
stop | बस इतना ही अलविदा | STOP
stop | रुक जा बंद कर | STOP
stop | बंद करा ना | STOP

# Cancel (drops what was asked).
cancel | रहने दो | CANCEL
cancel | छोड़ो जाने दो | CANCEL
cancel | कोई बात नहीं | CANCEL
cancel | भूल जाओ | CANCEL
cancel | कैंसल करो | CANCEL
cancel | मत बताओ अब | CANCEL
cancel | रद्द करो | CANCEL
cancel | रहण दे भाई | CANCEL
cancel | छोड़ दे गा | CANCEL
cancel | जाए द | CANCEL
cancel | जाऊ दे | CANCEL
cancel | छड्डो जी | CANCEL
cancel | जाने दो मियाँ | CANCEL
cancel | नहीं चाहिए रहने दो | CANCEL
cancel | अरे रहने दो मैं ख़ुद देख लूँगा | CANCEL
cancel | वो सवाल कैंसल | CANCEL
cancel | कुछ नहीं पूछना छोड़ो | CANCEL
cancel | ग़लती से बोल दिया कैंसल | CANCEL
cancel | रहने दीजिए | CANCEL
cancel | भूल जा इसको | CANCEL
cancel | कोई ना जी रहन दो | CANCEL
cancel | नको नको राहू दे | CANCEL

# Out-of-domain near misses.
out-of-domain | हरियाणा की आबादी कितनी है | FB
out-of-domain | नेपाल की करेंसी क्या है | FB
out-of-domain | जापान में कितने लोग रहते हैं | FB
out-of-domain | ब्राज़ील का राष्ट्रपति कौन है | FB
out-of-domain | कनाडा का वीज़ा कैसे मिलेगा | FB
out-of-domain | रूस का झंडा किस रंग का है | FB
out-of-domain | फ़्रांस में कौन सी भाषा बोलते हैं | FB
out-of-domain | चीन की सबसे लंबी नदी कौन सी है | FB
out-of-domain | ऑस्ट्रेलिया में अभी कितने बजे हैं | FB
out-of-domain | दुबई का मौसम कैसा है आज | FB
out-of-domain | अमेरिका का राष्ट्रगान सुनाओ | FB
out-of-domain | इटली का सबसे मशहूर खाना क्या है | FB
out-of-domain | जर्मनी से भारत कितनी दूर है | FB
out-of-domain | मिस्र के पिरामिड कितने पुराने हैं | FB
out-of-domain | पाकिस्तान का प्रधानमंत्री कौन है | FB
out-of-domain | सऊदी अरब में पेट्रोल कितने का है | FB
out-of-domain | श्रीलंका में कितने ज़िले हैं | FB
out-of-domain | केन्या की दौड़ने वाली टीम कितनी अच्छी है | FB
out-of-domain | इंग्लैंड का क्रिकेट कप्तान कौन है | FB
out-of-domain | थाईलैंड जाने का टिकट कितने का है | FB
out-of-domain | मलेशिया में कौन सा धर्म ज़्यादा है | FB
out-of-domain | कनाडा में बर्फ़ कब पड़ती है | FB
out-of-domain | अर्जेंटीना ने वर्ल्ड कप कितनी बार जीता | FB
out-of-domain | छत्तीसगढ़ के सबसे बड़ा झरना कोन हे | FB
out-of-domain | बलिया से बनारस कितना दूर बा | FB
out-of-domain | हिसार म्ह आज बारिश होवैगी के | FB
out-of-domain | लुधियाने दा मौसम की है | FB
out-of-domain | चारमीनार कितना पुराना है बावा | FB
out-of-domain | पुणे में सबसे अच्छी मिसळ कहाँ मिलती है | FB
out-of-domain | सूरीनाम में कितने हिंदुस्तानी रहते हैं | FB
out-of-domain | कैपिटल लेटर में नाम कैसे लिखते हैं | FB
out-of-domain | वर्किंग कैपिटल का मतलब क्या होता है | FB
out-of-domain | राजधानी एक्सप्रेस कितने बजे आएगी | FB
out-of-domain | दिल्ली कैपिटल्स का अगला मैच कब है | FB
out-of-domain | भारत की आर्थिक राजधानी कौन सा शहर है | FB
out-of-domain | फ़ैशन की राजधानी किस शहर को कहते हैं | FB
out-of-domain | राजधानी नमकीन का पैकेट कितने का है | FB
out-of-domain | शेयर मार्केट में कैपिटल गेन टैक्स कितना लगता है | FB
out-of-domain | स्टार्टअप के लिए वेंचर कैपिटल कहाँ से मिलेगा | FB
out-of-domain | राजधानी फ़िल्म का गाना बजाओ | FB
out-of-domain | दुनिया की चाय राजधानी कौन सी जगह है | FB
out-of-domain | कैपिटल हिल पर क्या हुआ था | FB
out-of-domain | भारत की सिलिकॉन वैली कौन सा शहर है | FB
out-of-domain | तिब्बत की राजधानी कौन सी है | FB
out-of-domain | कैटेलोनिया की राजधानी क्या है | FB
out-of-domain | सिंध की राजधानी कौन सी है | FB
out-of-domain | बलूचिस्तान की राजधानी बताओ | FB
out-of-domain | क्रीमिया की राजधानी क्या है | FB
out-of-domain | कुर्दिस्तान की राजधानी कौन सी है | FB
out-of-domain | चेचन्या की राजधानी बताओ | FB
out-of-domain | सोवियत संघ की राजधानी कौन सी थी | FB
out-of-domain | यूगोस्लाविया की राजधानी क्या थी | FB
out-of-domain | मुग़ल साम्राज्य की राजधानी कौन सी थी | FB
out-of-domain | मौर्य साम्राज्य की राजधानी क्या थी | FB
out-of-domain | विजयनगर साम्राज्य की राजधानी कौन सी थी | FB
out-of-domain | अटलांटिस की राजधानी कहाँ थी | FB
out-of-domain | मंगल ग्रह की राजधानी कौन सी है | FB
out-of-domain | नार्निया की राजधानी क्या है | FB
out-of-domain | चेकोस्लोवाकिया की राजधानी क्या हुआ करती थी | FB
out-of-domain | हैदराबाद रियासत की राजधानी कहाँ थी | FB
out-of-domain | अलार्म लगा दो सुबह पाँच बजे का | FB
out-of-domain | भजन बजाओ | FB
out-of-domain | आज का मौसम कैसा रहेगा | FB
out-of-domain | कोई चुटकुला सुनाओ | FB
out-of-domain | लाइट बंद कर दो कमरे की | FB
out-of-domain | मेरा फ़ोन कहाँ है ढूँढो | FB
out-of-domain | दूध वाले का हिसाब जोड़ दो | FB
out-of-domain | पाँच सौ में से तीस प्रतिशत कितना होता है | FB
out-of-domain | क्रिकेट का स्कोर क्या है | FB
out-of-domain | टाइमर लगा दो दस मिनट का | FB
out-of-domain | आज कौन सी तिथि है | FB
out-of-domain | गाना बदलो | FB
out-of-domain | तंबोला के नंबर बोलो | FB
out-of-domain | अंताक्षरी खेलो हमारे साथ | FB
out-of-domain | मोबाइल रिचार्ज कर दो | FB
out-of-domain | मेहंदी का रंग गहरा कैसे करें | FB
out-of-domain | पतंग का मांझा कहाँ मिलेगा | FB
out-of-domain | होटल का वाई फ़ाई पासवर्ड क्या है | FB
out-of-domain | कैब कितने मिनट में आएगी | FB
out-of-domain | बिरयानी का ऑर्डर कहाँ तक पहुँचा | FB
out-of-domain | अग्निवीर की भर्ती कब खुलेगी | FB
out-of-domain | कोर्ट में अगली तारीख़ कब है | FB
out-of-domain | दुनिया का सबसे बड़ा देश कौन सा है | FB
out-of-domain | दुनिया का सबसे छोटा देश कौन सा है | FB
out-of-domain | अफ़्रीका में कितने देश हैं | FB
out-of-domain | एशिया का सबसे ऊँचा पहाड़ कौन सा है | FB
out-of-domain | यूरोप महाद्वीप की राजधानी कौन सी है | FB
out-of-domain | कौन सा देश सबसे पहले आज़ाद हुआ | FB
out-of-domain | पेरिस किस नदी के किनारे है | FB
out-of-domain | टोक्यो की आबादी कितनी है | FB
out-of-domain | लंदन से न्यूयॉर्क की फ़्लाइट कितने घंटे की है | FB
out-of-domain | वॉशिंगटन में व्हाइट हाउस कहाँ है | FB
out-of-domain | ढाका में कौन सी भाषा बोलते हैं | FB
out-of-domain | बीजिंग ओलंपिक कब हुए थे | FB
out-of-domain | मॉस्को में कितनी ठंड पड़ती है | FB
out-of-domain | काठमांडू से एवरेस्ट कितना दूर है | FB
out-of-domain | एम्स्टर्डम में साइकिल किराये पर कैसे लें | FB

# What hi-IN recognition writes.
recognition-artefact | अफगानिस्तान कि राजधानी क्या हे | AF
recognition-artefact | फिजी की राजधानि कोन सी है | FJ
recognition-artefact | कजाखस्तान की राजधानी कौनसी है | KZ
recognition-artefact | तंजानिया कीराजधानी बताओ | TZ
recognition-artefact | ब्राजील की राजधानियां नहीं राजधानी बताओ | BR
recognition-artefact | इजराइल की रजधानी क्या है | IL
recognition-artefact | अर्जें टीना की राजधानी कौन सी है | AR
recognition-artefact | इंडो नेशिया की राजधानी क्या हे | ID
recognition-artefact | मले शिया की राजधानी बताओ | MY
recognition-artefact | फिलिपिंस की राजधानी कोन सी हे | PH
recognition-artefact | मोजाम्बिक की राजधानी क्या है | MZ
recognition-artefact | वेनेजुएला कि राजधानी | VE
recognition-artefact | जिम्बाब्वे की राजधानी कोन सी है | ZW
recognition-artefact | जाम्बिया की राजधानि क्या है | ZM
recognition-artefact | उज्बेकिस्तान की राजधानी बताओ | UZ
recognition-artefact | किर्गिजस्तान कि राजधानी कोनसी है | KG
recognition-artefact | अजरबैजान की राजधानी क्या हे | AZ
recognition-artefact | स्विटजरलैंड की राजधानी | CH
recognition-artefact | न्यूजीलैंड कि राजधानी कोन सी | NZ
recognition-artefact | बुर्किना फासो की राजधानी क्या है | BF
recognition-artefact | मध्य अफ्रीकी गणराज्य की राजधानी बताओ | CF
recognition-artefact | सेंट्रल अफ्रीकन रिपब्लिक की राजधानी कोन सी है | CF
recognition-artefact | दक्षिणसूडान की राजधानी क्या है | SS
recognition-artefact | सियेरा लियोन की राजधानी बताओ | SL
recognition-artefact | ग्वाटे माला की राजधानी क्या हे | GT
recognition-artefact | कोस्टारीका की राजधानी कोनसी है | CR
recognition-artefact | डोमिनिकन रिपब्लिककी राजधानी | DO
recognition-artefact | एल साल्वाडोर की राजधानि बताओ | SV
recognition-artefact | सेंट विन्सेंट और ग्रेनेडाइंस की राजधानी | VC
recognition-artefact | क्यूबा की राजधानी क्या हे बताओ | CU
# Second batch, added only where a count was short after the first build.
plural-capitals | बेनिन देस की दुनो राजधानी का का ह | BJ
plural-capitals | बेनिन के दोनों राजधानी कोन कोन हे गा | BJ
plural-capitals | बेनिन दीयाँ राजधानियाँ केड़ियाँ ने | BJ
plural-capitals | मोंटसेरात द्वीप की दोनों राजधानियाँ बताओ पुरानी और नई | MS
plural-capitals | मोंटसेरात के राजधानी मन कोन कोन हें | MS
plural-capitals | बोलीविया दीयाँ राजधानियाँ दस्सो | BO
plural-capitals | फ़िलिस्तीन का राजधानियाँ कौन कौन से बावा | PS
plural-capitals | मलेशिया की राजधानियाँ सब बताओ ना बाबा | MY
plural-capitals | उत्तराखंड दीयाँ दोनों राजधानियाँ देहरादून ते होर केड़ी | IN-UK
plural-capitals | उत्तराखंड के राजधानी मन कोन कोन हें गा | IN-UK
shared-name | डोमिनिका वाला और डोमिनिकन रिपब्लिक वाला दोनों के राजधानी बताईं | DM+DO
shared-name | कोरिया के राजधानी का हे गा | KP+KR
shared-name | उत्तर और दक्षिण कोरिया दोनों की राजधानियाँ | KP+KR
shared-name | कांगो का राजधानी कौन सा बावा | CD+CG
shared-name | जॉर्जिया की राजधानी के सै अमरीका आला नहीं देस आला | GE
recognition-artefact | डोमिनिकन रिपब्लिक कि राजधानि कोन सी हे | DO
reverse-question | सेंटो डोमिंगो कोन देश के राजधानी हे | CITY:सेंटो डोमिंगो
official-name | रूसी फ़ेडरेशन दी राजधानी की है | RU
official-name | पीपल्स रिपब्लिक ऑफ़ चाइना का कैपिटल कौन सा है बावा | CN
official-name | भारत गणराज्य के राजधानी का हे गा | IN
official-name | इस्लामिक रिपब्लिक ऑफ़ पाकिस्तान की राजधानी बताइए | PK
official-name | फ़्रांसीसी गणराज्य की राजधानी कौन सी है | FR
official-name | इतालवी गणराज्य की राजधानी बताइए | IT
official-name | चेक गणराज्य की राजधानी कौन सी है | CZ
official-name | किर्गिज़ गणराज्य की राजधानी बताइए | KG
official-name | बांग्लादेश जनवादी गणराज्य की राजधानी क्या है | BD
official-name | सीरियाई अरब गणराज्य की राजधानी कौन सी है | SY
everyday-name | हॉलैंड के राजधानी का ह | NL
everyday-name | विलायत दी राजधानी की है | GB
everyday-name | अमरीका आले देस की राजधानी के सै | US
everyday-name | इंग्लिस्तान की राजधानी कौन सी है | GB-ENG
everyday-name | कजाकिस्तान का राजधानी बताओ | KZ
everyday-name | रशिया दी राजधानी की है | RU
everyday-name | इजिप्ट का राजधानी क्या है बावा | EG
launch | दुनिया की राजधानियाँ चला द ए बबुआ | LAUNCH
launch | दुनिया की राजधानियाँ चालू कर गा | LAUNCH
launch | दुनिया की राजधानियाँ सुरू कर दे रै | LAUNCH
launch | दुनिया की राजधानियाँ लगा दो मियाँ | LAUNCH
launch | दुनिया की राजधानियाँ चालू कर ना रे | LAUNCH
help | मन्नै कोणी बेरा के बोलूं इसम्ह | HELP
help | इसमें कैसा पूछते बावा बताओ | HELP
help | ए कइसे काम करेला रउआ बताईं | HELP
help | समझा दो ना बेटा ये मशीन में क्या बोलते हैं | HELP
stop | बस कर दे रै ताऊ सोवैगा | STOP
stop | बंद कर दे बावा बस हो गया | STOP
stop | बस करा अब जाए द | STOP
stop | बस बस बंद कर दे गा | STOP
stop | बस कर दयो जी बंद | STOP
stop | बंद कर ना रे बाबा | STOP
stop | अब बंद हो जाओ बहुत हुआ | STOP
stop | बंद करो अब बाद में खेलेंगे | STOP
stop | बस आज के लिए इतना ही बंद करो | STOP
cancel | छोड़ दे रै रहण दे वो सवाल | CANCEL
cancel | रहण दे के करैगा | CANCEL
cancel | जाए द ओकरा के रहे द | CANCEL
cancel | छोड़ दे गा ओला झन बता | CANCEL
cancel | नक्को रहने दो बावा | CANCEL
cancel | राहू दे रे नको सांगू | CANCEL
cancel | छड्ड दो जी कोई गल नहीं | CANCEL
cancel | अरे नहीं वो वाला नहीं पूछना था कैंसल कर दो | CANCEL
cancel | मत बताइए रहने दीजिए | CANCEL
cancel | अरे भूल जाओ जो पूछा था | CANCEL
out-of-domain | हरियाणा म्ह कितने जिले सैं | FB
out-of-domain | रायपुर से बिलासपुर के बस कतका बजे हे | FB
out-of-domain | बनारस में गंगा आरती कब होला | FB
out-of-domain | नागपुर के संतरे का भाव क्या चल रहा है | FB
out-of-domain | लुधियाने तों अमृतसर कितनी दूर है | FB
out-of-domain | हैदराबाद में आज कितना गरम है बावा | FB
out-of-domain | सूरीनाम में हिंदुस्तानी लोग कब पहुँचे थे | FB
out-of-domain | कनाडा की राजधानी में अभी कितने बजे हैं | FB
out-of-domain | नेपाल की राजधानी से पोखरा की बस कब है | FB
out-of-domain | जापान की राजधानी में होटल कितने का है | FB
out-of-domain | फ़्रांस की राजधानी में कौन सा टावर है | FB
out-of-domain | अमेरिका का सबसे बड़ा शहर कौन सा है | FB
out-of-domain | ऑस्ट्रेलिया का सबसे बड़ा शहर सिडनी है क्या | FB
out-of-domain | तुर्की का सबसे बड़ा शहर कौन सा है | FB
out-of-domain | पंजाब पाकिस्तान वाले का सबसे बड़ा शहर कौन सा है | FB
out-of-domain | राजधानी में कितने मेट्रो स्टेशन हैं | FB
out-of-domain | कैपिटल अक्षर कौन सा बटन दबा के आता है | FB
out-of-domain | अवध के नवाबों की राजधानी कहाँ थी | FB
out-of-domain | पेशवाओं की राजधानी पुणे थी ना | FB
out-of-domain | निज़ाम की राजधानी कौन सा शहर था | FB
out-of-domain | सिख साम्राज्य की राजधानी लाहौर थी क्या | FB
out-of-domain | हड़प्पा सभ्यता की राजधानी कौन सी थी | FB
"""

if __name__ == "__main__":
    build_round(25, "hi", LINES, sys.argv, "tests/Eval/hi/round25/source/build_corpus.py")
