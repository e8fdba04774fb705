"""Round 30, Hindi (hi-IN): a new author's mix of speakers and situations, written blind, chosen away from the speakers
of the Hindi rounds 26 to 29. Regions and first languages: Haryanvi from Rohtak, Jind, Hisar and Bhiwani, wrestlers of
an akhara and a kabaddi side ("सै", "के सै", "ताऊ", "छोरा", "मन्ने", "कोनी बेरा", "रै", "कित", "उड़ै", "आली"),
Bhojpuri from Ballia, Chhapra, Ara and Buxar and Bhojpuri migrants in Surat ("के राजधानी का ह", "बताईं", "रउआ",
"बबुआ", "बानी", "भुला गइनी", "माई", "अउर"), Chhattisgarhi from Raipur, Bilaspur, Durg and Bhilai ("का हे गा", "मोला",
"हमर लइका", "नई जानंव", "तैं", "दाई", "जानथस"), Dakhini from Hyderabad's old city ("नक्को", "हौ", "मेरे कू",
"किदर", "बावा", "उनो", masculine "का राजधानी"), Marathi speakers' Hindi in Pune, Nagpur and Kolhapur ("अहो", "सांगो
ना", "आई", "एकदम", "नाही नाही", "काय", "चला"), Punjabi speakers' Hindi in Ludhiana, Amritsar and Jalandhar ("दी
राजधानी की है", "पाजी", "दस्सो", "बीजी", "साडा मुंडा", "ना जी ना"), Indo-Canadian students and drivers in Brampton
and Surrey ("ब्रो", "फ़ॉर रियल", "पीआर", "शिफ़्ट"), East African Asians from Nairobi, Kampala and Dar es Salaam
("जम्बो", "असांटे", "पोले पोले", "हम ... बोलता"), and foreign learners (a Spanish volunteer, a Polish student, a Thai
monk, an Egyptian student, an American Peace Corps alumna; deliberately ungrammatical lines).
Situations: a highway dhaba (truckers bound for Nepal, Bhutan and Bangladesh), the Delhi Metro commute, sport
(kabaddi, wrestling, marathons, hockey, badminton, football), mobile gaming (BGMI, Free Fire, Ludo, a geography app),
travel preparation (a passport office queue, an Umrah group, visa forms, currency), a tailor's shop, the classroom (an
anganwadi chart, a unit test, a project file), the village (a panchayat television, the mandi, the chaupal), taxi and
auto drivers with foreign passengers, a post office, children, teenagers and elders (a lost pair of glasses, the radio
days, a satsang).
Plus hesitations, terse forms, Hinglish, polite requests, follow-ups, yes/no checks with right and wrong guesses,
self-corrections with a marker ("नहीं नहीं", "मेरा मतलब", "सॉरी", "ना रै", "नाही नाही", "नक्को नक्को", "ना जी ना",
"गलत बोल दिया"), reverse questions, official, everyday and old names, shared names, plural questions for every
several-capital country and Palestine (and Jammu and Kashmir, Uttarakhand, Montserrat), subdivisions and territories,
out-of-domain near misses, help, stop, cancel, launch and one-shot requests through the invocation name "दुनिया की
राजधानियाँ"; and what hi-IN recognition writes: lost nukta, "कि" for "की", "हे" for "है", lost chandrabindu, split and
joined words, stray vowel signs.
`python3 tests/Eval/hi/round30/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 30's number); every line is hi-IN."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Haryanvi: Rohtak, Jind, Hisar, Bhiwani; an akhara, a kabaddi side, a fauji
haryanvi | ताऊ न्यू बूझ रह्या सै {} की राजधानी के सै | जापान=JP; चीन=CN; रूस=RU
haryanvi | रै भाई {} की राजधानी बता दे ज़रा | कनाडा=CA; मैक्सिको=MX; क्यूबा=CU
haryanvi | मन्ने कोनी बेरा {} की राजधानी कौण सी सै | पोलैंड=PL; चेकिया=CZ; स्लोवाकिया=SK
haryanvi | अखाड़े में छोरे बहस करैं सैं {} की राजधानी के सै | ईरान=IR; आर्मेनिया=AM; अज़रबैजान=AZ
haryanvi | म्हारा छोरा {} में कुश्ती लड़ण जावैगा उड़ै की राजधानी के सै | कज़ाखस्तान=KZ; मंगोलिया=MN; किर्गिज़स्तान=KG
haryanvi | रोहतक तै बोल रह्या सूं {} की राजधानी बताइयो | उज़्बेकिस्तान=UZ; तुर्की=TR; बुल्गारिया=BG
# Bhojpuri: Ballia, Chhapra, Ara, Buxar; migrants in Surat
bhojpuri | {} के राजधानी का ह | इटली=IT; स्पेन=ES; यूनान=GR
bhojpuri | ए भइया तनी बताईं {} के राजधानी कवन शहर ह | नाइजीरिया=NG; घाना=GH; केन्या=KE
bhojpuri | हमार बबुआ पूछत बा {} के राजधानी का होला | फ़्रांस=FR; जर्मनी=DE; बेल्जियम=BE
bhojpuri | बलिया से बोलत बानी {} के राजधानी बता दीं | मॉरीशस=MU; फ़िजी=FJ; सूरीनाम=SR
bhojpuri | सूरत के मिल में काम करीला {} के राजधानी का ह | गुयाना=GY; त्रिनिदाद=TT; जमैका=JM
bhojpuri | माई कहत बाड़ी {} के राजधानी पूछ के बताव | नेपाल=NP; भूटान=BT; म्यांमार=MM
# Chhattisgarhi: Raipur, Bilaspur, Durg, Bhilai
chhattisgarhi | {} के राजधानी का हे गा | अर्जेंटीना=AR; ब्राज़ील=BR; उरुग्वे=UY
chhattisgarhi | मोला बता दे ना {} के राजधानी कोन से शहर हे | पराग्वे=PY; कोलंबिया=CO; वेनेज़ुएला=VE
chhattisgarhi | रायपुर ले पूछत हंव {} के राजधानी का हे | इराक=IQ; सीरिया=SY; जॉर्डन=JO
chhattisgarhi | हमर लइका पूछत हे {} के राजधानी | इथियोपिया=ET; सोमालिया=SO; जिबूती=DJ
chhattisgarhi | बिलासपुर के इस्कूल म पूछे हे {} के राजधानी का हे | ऑस्ट्रेलिया=AU; न्यूज़ीलैंड=NZ; पापुआ न्यू गिनी=PG
chhattisgarhi | भिलाई के कारखाना म {} ले इंजीनियर आए रहिन उहां के राजधानी का हे | यूक्रेन=UA; बेलारूस=BY; रूस देश=RU
# Dakhini: Hyderabad's old city
dakhini | {} का राजधानी क्या है बोलो | कुवैत=KW; ओमान=OM; बहरीन=BH
dakhini | अम्मी पूछ री है {} की राजधानी कौन सा शहर है | सऊदी अरब=SA; क़तर=QA; यमन=YE
dakhini | हौ भाई {} की राजधानी क्या बोलते मेरे कू बताओ | मालदीव=MV; सेशेल्स=SC; कोमोरोस=KM
dakhini | मेरे कू मालूम नक्को {} की राजधानी क्या है | ब्रूनेई=BN; सिंगापुर=SG; फ़िलिपींस=PH
dakhini | चारमीनार पे टूरिस्ट आए {} से उनो की राजधानी क्या है | इटली देश=IT; मेक्सिको=MX; चिली देश=CL
dakhini | ईरानी चाय पीते पीते बहस हुई {} की राजधानी क्या है | इज़राइल=IL; मिस्र देश=EG; लेबनान देश=LB
# Marathi speakers' Hindi: Pune, Nagpur, Kolhapur
marathi-hindi | अहो {} की राजधानी कौन सी है ना | डेनमार्क=DK; नीदरलैंड देश=NL; ऑस्ट्रिया=AT
marathi-hindi | मेरे को सांगो ना {} की राजधानी क्या है | स्विट्ज़रलैंड=CH; लग्ज़मबर्ग=LU; मोनाको=MC
marathi-hindi | पुणे से बोल रहा हूँ {} की राजधानी बताओ ना एकदम जल्दी | जापान देश=JP; वियतनाम देश=VN; लाओस=LA
marathi-hindi | अरे बाबा {} की राजधानी कौन सी है बोलो ना | कंबोडिया=KH; मंगोलिया देश=MN; उत्तर कोरिया=KP
marathi-hindi | नागपुर के संतरे {} जाते हैं उधर की राजधानी क्या है | संयुक्त अरब अमीरात=AE; बांग्लादेश देश=BD; नेपाल देश=NP
marathi-hindi | कोल्हापुर वाले दादा पूछ रहे {} की राजधानी काय है | लातविया=LV; लिथुआनिया=LT; एस्टोनिया=EE
# Punjabi speakers' Hindi: Ludhiana, Amritsar, Jalandhar
punjabi-hindi | {} दी राजधानी की है | कनाडा देश=CA; अमेरिका=US; इंग्लैंड=GB-ENG
punjabi-hindi | पाजी दस्सो {} दी राजधानी कित्थे है | इटली वाले देश=IT; ग्रीस=GR; माल्टा=MT
punjabi-hindi | लुधियाने से बोल रहा हूँ {} की राजधानी कौन सी है जी | बेलीज़=BZ; ग्वाटेमाला=GT; होंडूरास=HN
punjabi-hindi | साडा मुंडा {} गया है उत्थे दी राजधानी की है | पुर्तगाल देश=PT; स्पेन देश=ES; आर्मेनिया देश=AM
punjabi-hindi | अमृतसर से जी {} की राजधानी दस्सो | स्कॉटलैंड=GB-SCT; वेल्स=GB-WLS; उत्तरी आयरलैंड=GB-NIR
# Indo-Canadians in Brampton and Surrey
canada-desi | ब्रैम्पटन से बोल रहा ब्रो {} की राजधानी क्या है | जमैका देश=JM; गुयाना देश=GY; हैती=HT
canada-desi | सरी में स्टडी वीज़ा पे हूँ {} की राजधानी बताना | बहामास=BS; बारबाडोस=BB; डोमिनिकन गणराज्य=DO
canada-desi | रात की शिफ़्ट के बाद पूछ रहा हूँ {} की राजधानी | ओंटारियो=CA-ON; अल्बर्टा=CA-AB; मैनिटोबा=CA-MB
canada-desi | मेरी रूममेट {} से है उसकी राजधानी क्या है | फ़िलिपींस देश=PH; वियतनाम वाले देश=VN; नाइजीरिया देश=NG
canada-desi | पीआर का इंटरव्यू है ब्रो {} की राजधानी बता दे | सस्केचेवान=CA-SK; नोवा स्कोशिया=CA-NS; क्यूबेक=CA-QC
# East African Asians: Nairobi, Kampala, Dar es Salaam
east-african-asian | जम्बो {} की राजधानी क्या है | केन्या देश=KE; तंज़ानिया देश=TZ; युगांडा देश=UG
east-african-asian | हम नैरोबी से बोलता {} का राजधानी बताओ | बुरुंडी=BI; रवांडा देश=RW; मलावी=MW
east-african-asian | असांटे पहले बोलो {} की राजधानी | मोज़ांबिक=MZ; मेडागास्कर=MG; कोमोरोस देश=KM
east-african-asian | दार एस सलाम में अपना दुकान है {} का राजधानी क्या | मॉरीशस देश=MU; सेशेल्स देश=SC; नामीबिया=NA
east-african-asian | मैं कंपाला में पैदा हुआ {} की राजधानी पूछना है | बोत्सवाना=BW; लेसोथो=LS; कांगो गणराज्य=CG
# Foreign learners (deliberately ungrammatical)
learner | मैं स्पेन से हूँ {} का राजधानी क्या है कृपया | एंडोरा=AD; मोरक्को देश=MA; क्यूबा देश=CU
learner | नमस्ते मैं पोलैंड से हूँ कृपया बोलिए {} राजधानी | लिथुआनिया देश=LT; यूक्रेन देश=UA; चेकिया देश=CZ
learner | मैं थाई भिक्षु हूँ {} का राजधानी कहाँ है | भूटान देश=BT; श्रीलंका देश=LK; नेपाल वाले देश=NP
learner | मैं मिस्र से हूँ मेरा दोस्त {} से है उसका राजधानी क्या | सूडान देश=SD; लीबिया देश=LY; अल्जीरिया देश=DZ
learner | मैं हिंदी सीख रही {} राजधानी क्या हो | ग्वाटेमाला देश=GT; होंडूरास देश=HN; पनामा देश=PA
# A highway dhaba
highway-dhaba | ओ छोटू दो चाय ला और {} की राजधानी बता | अफ़गानिस्तान देश=AF; ईरान वाले देश=IR; इराक देश=IQ
highway-dhaba | ट्रक वाले भाई पूछ रहे {} की राजधानी क्या है | नेपाल=NP; भूटान वाले देश=BT; बांग्लादेश वाले देश=BD
highway-dhaba | ढाबे के टीवी पे {} दिखा रहे अब बता उसकी राजधानी | यूक्रेन वाला देश=UA; इज़राइल देश=IL; सीरिया देश=SY
highway-dhaba | रात भर गाड़ी चलानी है {} की राजधानी बता के सुला दे | पंजाब=IN-PB; हरियाणा=IN-HR; हिमाचल प्रदेश=IN-HP
highway-dhaba | माल लेके जाना है {} उसकी राजधानी कौन सी है | असम=IN-AS; त्रिपुरा=IN-TR; सिक्किम=IN-SK
# The Delhi Metro
metro-commute | राजीव चौक आने से पहले बता दो {} की राजधानी | बेल्जियम देश=BE; ऑस्ट्रिया देश=AT; आयरलैंड देश=IE
metro-commute | मेट्रो में नेटवर्क कम है जल्दी {} की राजधानी | फ़्रांस देश=FR; ब्रिटेन=GB; नॉर्वे देश=NO
metro-commute | ईयरफ़ोन में ठीक से सुनाई नहीं दिया {} की राजधानी क्या बोली | पोलैंड देश=PL; हंगरी देश=HU; रोमानिया देश=RO
metro-commute | ऑफ़िस पहुँचने से पहले जाननी है {} की राजधानी | सिंगापुर देश=SG; मलेशिया देश=MY; इंडोनेशिया देश=ID
metro-commute | मेट्रो के विज्ञापन में {} दिखा उसकी राजधानी क्या है | मालदीव देश=MV; मॉरीशस वाला देश=MU; सेशेल्स वाला देश=SC
# Sport
sport | कबड्डी वर्ल्ड कप में {} भी खेल रहा है उसकी राजधानी क्या है | केन्या वाला देश=KE; पोलैंड वाला देश=PL; अर्जेंटीना वाला देश=AR
sport | फ़ुटबॉल वर्ल्ड कप {} ने जीता था उसकी राजधानी क्या है | उरुग्वे देश=UY; फ़्रांस वाले देश=FR; ब्राज़ील वाले देश=BR
sport | कुश्ती के फ़ाइनल में {} का पहलवान है उसकी राजधानी बताओ | जॉर्जिया देश=GE; जापान वाले देश=JP; क्यूबा वाले देश=CU
sport | क्रिकेट में {} वाले भी आ गए उनकी राजधानी क्या है | अफ़गानिस्तान=AF; आयरलैंड=IE; ज़िम्बाब्वे=ZW
sport | मैराथन {} के धावक ने जीती उसकी राजधानी | इथियोपिया देश=ET; इरिट्रिया देश=ER; युगांडा वाले देश=UG
# Mobile gaming
gaming | बीजीएमआई में {} का सर्वर आया उसकी राजधानी क्या है | दक्षिण कोरिया देश=KR; वियतनाम=VN; तुर्की देश=TR
gaming | फ़्री फ़ायर खेलते हुए दोस्त ने पूछा {} की राजधानी | ब्राज़ील=BR; थाईलैंड=TH; इंडोनेशिया=ID
gaming | जियोग्राफ़ी क्विज़ ऐप में अटक गया {} की राजधानी | किरिबाती=KI; तुवालू=TV; नाउरु=NR
gaming | लूडो खेलते खेलते शर्त लग गई {} की राजधानी क्या है | वनुआतू=VU; सोलोमन द्वीपसमूह=SB; टोंगा=TO
gaming | मैप वाले गेम में {} आया है राजधानी बताओ जल्दी | पलाऊ=PW; माइक्रोनेशिया=FM; मार्शल द्वीपसमूह=MH
# Travel preparation
travel-prep | पासपोर्ट ऑफ़िस की लाइन में खड़ा हूँ {} की राजधानी बताओ | कनाडा वाले देश=CA; ऑस्ट्रेलिया देश=AU; जर्मनी वाले देश=DE
travel-prep | उमरा के लिए जाना है {} की राजधानी क्या है | सऊदी अरब देश=SA; जॉर्डन वाले देश=JO; मिस्र वाले देश=EG
travel-prep | वीज़ा के फ़ॉर्म में पूछा है {} की राजधानी कौन सी है | कज़ाखस्तान वाले देश=KZ; उज़्बेकिस्तान देश=UZ; अज़रबैजान देश=AZ
travel-prep | अगले महीने {} घूमने जा रहे उसकी राजधानी क्या है | जॉर्जिया वाला देश=GE; आर्मेनिया वाला देश=AM; तुर्किये=TR
travel-prep | करेंसी बदलवानी है {} जाने के लिए उसकी राजधानी क्या है | केन्या का=KE; तंज़ानिया वाला देश=TZ; दक्षिण अफ़्रीका देश=ZA
# A tailor's shop
tailor | ब्लाउज़ की नाप लेते हुए पूछ रही हूँ {} की राजधानी क्या है | लेसोथो देश=LS; एस्वाटिनी देश=SZ; बोत्स्वाना देश=BW
tailor | दर्ज़ी मास्टर पूछ रहे हैं {} की राजधानी | उत्तर प्रदेश=IN-UP; बिहार=IN-BR; झारखंड=IN-JH
tailor | ये कपड़ा {} से आया है उसकी राजधानी कौन सी है | उज़्बेकिस्तान वाले देश=UZ; मिस्र=EG; थाईलैंड वाले देश=TH
tailor | सिलाई मशीन रोक के बताओ {} की राजधानी | गुजरात=IN-GJ; राजस्थान=IN-RJ; मध्य प्रदेश=IN-MP
# The classroom
classroom | आंगनवाड़ी के चार्ट पे लिखना है {} की राजधानी | भारत=IN; श्रीलंका=LK; पाकिस्तान=PK
classroom | मैडम ने बोला था याद करके आना {} की राजधानी | केरल=IN-KL; तमिलनाडु=IN-TN; कर्नाटक=IN-KA
classroom | क्लास पाँच के बच्चों को पढ़ाना है {} की राजधानी क्या है | महाराष्ट्र=IN-MH; गोवा=IN-GA; ओडिशा=IN-OD
classroom | यूनिट टेस्ट में आएगा {} की राजधानी क्या है | मणिपुर=IN-MN; मेघालय=IN-ML; मिज़ोरम=IN-MZ
classroom | प्रोजेक्ट फ़ाइल में {} का झंडा लगाया अब राजधानी बताओ | ग्रेनाडा=GD; डोमिनिका=DM; सेंट लूसिया=LC
# The village
village | पंचायत भवन के टीवी पे {} दिखा राजधानी क्या है उसकी | वेनेज़ुएला देश=VE; चिली वाला देश=CL; पेरू वाला देश=PE
village | मंडी में प्याज़ {} जाता है उसकी राजधानी कौन सी है | बांग्लादेश का=BD; नेपाल वाले देश=NP; संयुक्त अरब अमीरात देश=AE
village | चौपाल पे बहस हो रही {} की राजधानी क्या है | लद्दाख=IN-LA; लक्षद्वीप=IN-LD; पुडुचेरी=IN-PY
village | गाँव के मास्टर जी का बेटा {} में है उसकी राजधानी बताओ | सऊदी अरब वाले देश=SA; क़तर देश=QA; कुवैत देश=KW
# Taxi and auto drivers
taxi | सवारी {} की है पूछ रही उनकी राजधानी | इज़राइल वाले देश=IL; लेबनान वाले देश=LB; सीरिया वाले देश=SY
taxi | एयरपोर्ट छोड़ने जा रहा हूँ {} वाले मेहमान को उनकी राजधानी क्या है | नॉर्वे=NO; फ़िनलैंड=FI; आइसलैंड=IS
taxi | ऑटो में विदेशी बैठे हैं {} से राजधानी बताओ उनकी | ऑस्ट्रेलिया=AU; इज़राइल=IL; अमेरिका=US
taxi | ओला की सवारी बोली वो {} से है उसकी राजधानी | बुर्किना फ़ासो=BF; टोगो=TG; कैमरून=CM
# A post office
post-office | डाकघर से पार्सल भेजना है {} उसकी राजधानी बताओ | गैबॉन=GA; चाड=TD; मध्य अफ़्रीकी गणराज्य=CF
post-office | स्पीड पोस्ट {} भेज रही हूँ उसकी राजधानी क्या है | इक्वेटोरियल गिनी=GQ; साओ टोम और प्रिंसिपे=ST; गाम्बिया=GM
post-office | मनीऑर्डर वाले बाबूजी पूछ रहे {} की राजधानी | दक्षिण सूडान देश=SS; कांगो लोकतांत्रिक गणराज्य=CD; अंगोला देश=AO
# Children
child | मम्मा बोली तुमसे पूछूँ {} की राजधानी क्या है | जापान=JP; इटली वाले देश=IT; ब्रिटेन देश=GB
child | अलेक्सा दीदी {} की राजधानी बताओ ना प्लीज़ | रूस=RU; फ़्रांस=FR; चीन=CN
child | मेरी ड्राइंग में {} का झंडा है उसकी राजधानी क्या है | कनाडा=CA; जर्मनी=DE; स्विट्ज़रलैंड=CH
child | स्कूल बस आने वाली है जल्दी {} की राजधानी | ऑस्ट्रेलिया=AU; न्यूज़ीलैंड=NZ; मिस्र=EG
child | मैं सात साल की हूँ {} की राजधानी क्या है | पेरू=PE; केन्या=KE; नॉर्वे=NO
# Teenagers
teenager | ब्रो {} की राजधानी बता दे स्टोरी पे डालनी है | दक्षिण कोरिया=KR; जापान=JP; ताइवान देश=TW
teenager | इंस्टा क्विज़ में आया {} की राजधानी क्या है यार | आइसलैंड देश=IS; माल्टा देश=MT; मोनाको देश=MC
teenager | ग्रुप चैट में शर्त लगी है {} की राजधानी | कज़ाखस्तान=KZ; मंगोलिया=MN; भूटान=BT
teenager | क्रश ने पूछा {} की राजधानी अब इज़्ज़त का सवाल है | पुर्तगाल=PT; ग्रीस देश=GR; क्रोएशिया देश=HR
teenager | सीरियसली यार {} की राजधानी कौन सी है | जमैका=JM; क्यूबा=CU; बहामास देश=BS
# Elders
elder | बेटा मेरी ऐनक नहीं मिल रही तुम ही बता दो {} की राजधानी | अमेरिका=US; रूस=RU; जापान=JP
elder | हमारे ज़माने में रेडियो पे सुनते थे {} की राजधानी क्या है अब | म्यांमार=MM; नाइजीरिया=NG; तंज़ानिया=TZ
elder | दादी को याद नहीं आ रहा {} की राजधानी | अफ़गानिस्तान=AF; ईरान=IR; इराक=IQ
elder | पेंशन लेने गया था वहाँ बहस हुई {} की राजधानी क्या है | जर्मनी=DE; इंग्लैंड देश=GB-ENG; फ़्रांस=FR
elder | सत्संग से लौट के पूछ रही हूँ {} की राजधानी | नेपाल=NP; श्रीलंका=LK; थाईलैंड=TH
# Follow-ups
follow-up | और {} की | बेलारूस=BY; मॉल्डोवा देश=MD; सर्बिया देश=RS
follow-up | अच्छा और {} का क्या | पेरू=PE; इक्वाडोर देश=EC; बोलीविया=BO
follow-up | ठीक है अब {} की बताओ | कोलंबिया=CO; वेनेज़ुएला=VE; पनामा=PA
follow-up | अब {} की भी बता दो | नामीबिया देश=NA; बोत्सवाना=BW; ज़ाम्बिया=ZM
follow-up | और उसके बाद {} वाली | तुर्कमेनिस्तान देश=TM; ताजिकिस्तान देश=TJ; किर्गिज़स्तान देश=KG
follow-up | अर {} की के सै | अल्बानिया देश=AL; कोसोवो=XK; बोस्निया देश=BA
follow-up | अउर {} के | मलावी देश=MW; मोज़ांबिक देश=MZ; मेडागास्कर देश=MG
follow-up | चलो अगला {} | लाइबेरिया देश=LR; गिनी देश=GN; सेनेगल देश=SN
# Plural questions
plural-capitals | {} की राजधानियाँ कौन कौन सी हैं | दक्षिण अफ़्रीका=ZA; बोलीविया=BO; बेनिन=BJ
plural-capitals | {} की सारी राजधानियाँ बताओ | श्रीलंका=LK; मलेशिया=MY; नीदरलैंड=NL
plural-capitals | {} की दोनों राजधानियों के नाम बताओ | कोत दिवुआर=CI; एस्वाटिनी=SZ; फ़िलिस्तीन=PS
plural-capitals | सुना है {} की तीन राजधानियाँ हैं कौन कौन सी | साउथ अफ़्रीका=ZA
plural-capitals | {} की दो राजधानी सैं ना कौण कौण सी | हॉलैंड=NL; बोलीविया देश=BO
plural-capitals | {} की राजधानियाँ क्या क्या हैं | आइवरी कोस्ट=CI; स्वाज़ीलैंड=SZ; पैलेस्टाइन=PS
plural-capitals | {} के राजधानी सब कवन कवन ह | बेनिन देश=BJ; मलेशिया देश=MY
plural-capitals | {} की कितनी राजधानियाँ हैं और कौन कौन सी | श्रीलंका देश=LK; दक्षिण अफ़्रीका देश=ZA; जम्मू और कश्मीर=IN-JK
plural-capitals | उत्तराखंड की दोनों राजधानियाँ बताओ | IN-UK
plural-capitals | मोंटसेरात की राजधानियाँ कौन सी हैं | MS
plural-capitals | उत्तराखंड की गर्मी वाली और सर्दी वाली दोनों राजधानियाँ कौन सी हैं | IN-UK
plural-capitals | मोंटसेरात द्वीप की पुरानी और नई दोनों राजधानियाँ बताओ | MS
plural-capitals | {} में एक से ज़्यादा राजधानी हैं ना कौन कौन सी | नीदरलैंड देश=NL; फ़िलिस्तीन देश=PS; कोट डी आइवर=CI
plural-capitals | {} दियां राजधानियां दस्सो | एस्वाटिनी देश=SZ; बोलीविया=BO; बेनिन=BJ
# Subdivisions
subdivision | {} राज्य की राजधानी क्या है | उत्तर प्रदेश=IN-UP; मध्य प्रदेश=IN-MP; बिहार=IN-BR
subdivision | {} की राजधानी कौन सा शहर है | हिमाचल=IN-HP; झारखंड=IN-JH; ओडिशा=IN-OD
subdivision | अपने {} की राजधानी क्या है | हरियाणा=IN-HR; छत्तीसगढ़=IN-CG; तेलंगाना=IN-TS
subdivision | {} प्रदेश की राजधानी बताओ | आंध्र=IN-AP; अरुणाचल=IN-AR; हिमाचल=IN-HP
subdivision | {} की राजधानी का नाम क्या है | असम=IN-AS; त्रिपुरा=IN-TR; सिक्किम=IN-SK
subdivision | अमेरिका के {} राज्य की राजधानी क्या है | टेक्सास=US-TX; कैलिफ़ोर्निया=US-CA; फ़्लोरिडा=US-FL
subdivision | {} स्टेट की कैपिटल क्या है | न्यूयॉर्क=US-NY; न्यू जर्सी=US-NJ; इलिनॉय=US-IL
subdivision | अमरीका में {} की राजधानी कौन सी है | वॉशिंगटन राज्य=US-WA; ओहायो=US-OH; मिशिगन=US-MI
subdivision | कनाडा के {} प्रांत की राजधानी क्या है | ब्रिटिश कोलंबिया=CA-BC; ओंटारियो=CA-ON; न्यू ब्रंसविक=CA-NB
subdivision | ऑस्ट्रेलिया के {} की राजधानी कौन सी है | क्वींसलैंड=AU-QLD; विक्टोरिया राज्य=AU-VIC; पश्चिमी ऑस्ट्रेलिया=AU-WA
subdivision | {} की राजधानी क्या है ऑस्ट्रेलिया वाला | न्यू साउथ वेल्स=AU-NSW; दक्षिण ऑस्ट्रेलिया=AU-SA; तस्मानिया=AU-TAS
subdivision | जर्मनी के {} राज्य की राजधानी बताओ | बवेरिया=DE-BY; सैक्सनी=DE-SN; हेस्से=DE-HE
subdivision | ब्राज़ील के {} राज्य की राजधानी क्या है | बाहिया=BR-BA; अमेज़ोनास=BR-AM; साओ पाउलो=BR-SP
subdivision | मेक्सिको के {} की राजधानी क्या है | हालिस्को=MX-JAL; युकातान=MX-YUC; ओआहाका=MX-OAX
subdivision | ब्रिटेन में {} की राजधानी कौन सी है | स्कॉटलैंड देश=GB-SCT; वेल्स देश=GB-WLS; उत्तरी आयरलैंड देश=GB-NIR
subdivision | यूनाइटेड किंगडम का हिस्सा {} उसकी राजधानी | इंग्लैंड का=GB-ENG; स्कॉटलैंड का=GB-SCT
subdivision | {} केंद्र शासित प्रदेश की राजधानी क्या है | अंडमान निकोबार=IN-AN; दादरा नगर हवेली=IN-DH; लद्दाख=IN-LA
subdivision | हमर {} के राजधानी का हे | छत्तीसगढ़ राज=IN-CG
subdivision | म्हारे {} की राजधानी के सै | हरियाणा प्रदेश=IN-HR
subdivision | साडे {} दी राजधानी की है | पंजाब=IN-PB
subdivision | अपुन के {} का राजधानी क्या है | महाराष्ट्र राज्य=IN-MH; तेलंगाना राज्य=IN-TS
subdivision | {} की राजधानी कौन सी है | मिनेसोटा=US-MN; जॉर्जिया राज्य=US-GA; मैसाचुसेट्स=US-MA
# Territories
territory | {} की राजधानी क्या है | ग्रीनलैंड=GL; जिब्राल्टर=GI; बरमूडा=BM
territory | {} द्वीप की राजधानी बताओ | गुआम=GU; पोर्टो रिको=PR; अरूबा=AW
territory | डेनमार्क के अधीन {} की राजधानी क्या है | फ़ेरो द्वीपसमूह=FO; ग्रीनलैंड द्वीप=GL
territory | फ़्रांस के {} की राजधानी कौन सी है | मार्टीनिक=MQ; ग्वाडेलूप=GP; रियूनियन=RE
territory | {} की राजधानी क्या है ये फ़्रांस का इलाका है | फ़्रेंच पोलिनेशिया=PF; न्यू कैलेडोनिया=NC; मायोते=YT
territory | ब्रिटेन के {} की राजधानी बताओ | फ़ॉकलैंड=FK; कैमेन द्वीपसमूह=KY; जर्सी=JE
territory | {} वाले इलाके की राजधानी कौन सी है | आइल ऑफ़ मैन=IM; गर्नसी=GG; सेंट हेलेना=SH
territory | न्यूज़ीलैंड से जुड़े {} की राजधानी क्या है | कुक द्वीपसमूह=CK; नीयू=NU; तोकेलाउ=TK
territory | नीदरलैंड वाले {} की राजधानी क्या है | कुरासाओ=CW; सिंट मार्टिन=SX; कैरिबियन नीदरलैंड=BQ
territory | {} टापू की राजधानी बताओ | क्रिसमस=CX; नॉरफ़ॉक=NF; पिटकैर्न=PN
territory | अमेरिका के {} की राजधानी क्या है | अमेरिकी समोआ=AS; उत्तरी मारियाना द्वीपसमूह=MP
territory | {} की राजधानी कौन सा शहर होता है | एंग्विला=AI; तुर्क और कैकोज़ द्वीपसमूह=TC; स्वालबार्ड=SJ
territory | फ़िनलैंड के {} की राजधानी क्या है | एलैंड द्वीपसमूह=AX
territory | पश्चिमी सहारा की राजधानी क्या है | EH
territory | ब्रिटिश वर्जिन द्वीपसमूह की राजधानी बताओ | VG
territory | अमेरिकी वर्जिन आइलैंड्स की राजधानी क्या है | VI
# Yes/no checks (right and wrong guesses)
yes-no-check | क्या सिडनी ऑस्ट्रेलिया की राजधानी है | AU
yes-no-check | टोरंटो कनाडा की राजधानी है ना | CA
yes-no-check | इस्तांबुल तुर्की की राजधानी है क्या | TR
yes-no-check | क्या रियो ब्राज़ील की राजधानी है | BR
yes-no-check | ज्यूरिख स्विट्ज़रलैंड की राजधानी है ना | CH
yes-no-check | लागोस नाइजीरिया की राजधानी सै के | NG
yes-no-check | कराची पाकिस्तान के राजधानी ह का | PK
yes-no-check | मुंबई महाराष्ट्र की राजधानी है ना | IN-MH
yes-no-check | क्या दुबई संयुक्त अरब अमीरात की राजधानी है | AE
yes-no-check | न्यूयॉर्क अमेरिका की राजधानी है क्या | US
yes-no-check | क्या ऑकलैंड न्यूज़ीलैंड की राजधानी है | NZ
yes-no-check | कासाब्लांका मोरक्को की राजधानी है ना | MA
yes-no-check | अल्माटी कज़ाखस्तान की राजधानी है क्या | KZ
yes-no-check | क्या यांगून म्यांमार की राजधानी है | MM
yes-no-check | दार एस सलाम तंज़ानिया की राजधानी है ना | TZ
yes-no-check | क्या मेलबर्न ऑस्ट्रेलिया की राजधानी थी | AU
yes-no-check | टोक्यो जापान की राजधानी है ना | JP
yes-no-check | क्या पेरिस फ़्रांस की राजधानी है | FR
yes-no-check | काठमांडू नेपाल के राजधानी ह नु | NP
yes-no-check | क्या बर्न स्विट्ज़रलैंड की राजधानी है | CH
yes-no-check | ओटावा कनाडा की राजधानी है सही है ना | CA
yes-no-check | रायपुर छत्तीसगढ़ के राजधानी हे का | IN-CG
yes-no-check | क्या बेंगलुरु कर्नाटक की राजधानी है | IN-KA
yes-no-check | अबुजा नाइजीरिया की राजधानी है ना पक्का | NG
yes-no-check | क्या जेनेवा स्विस देश की राजधानी है | CH
yes-no-check | सेंट पीटर्सबर्ग रूस की राजधानी है क्या | RU
yes-no-check | बार्सिलोना स्पेन की राजधानी है ना | ES
yes-no-check | क्या मिलान इटली की राजधानी है | IT
yes-no-check | क्या ढाका बांग्लादेश की राजधानी है | BD
yes-no-check | हो ची मिन्ह सिटी वियतनाम की राजधानी है क्या | VN
yes-no-check | क्या जेद्दा सऊदी अरब की राजधानी है | SA
yes-no-check | मॉन्ट्रियल क्यूबेक की राजधानी है ना | CA-QC
yes-no-check | क्या शंघाई चीन की राजधानी है | CN
yes-no-check | लॉस एंजेलिस कैलिफ़ोर्निया की राजधानी है ना | US-CA
yes-no-check | कैनबरा ऑस्ट्रेलिया की ही राजधानी है ना | AU
yes-no-check | क्या एडिनबर्ग स्कॉटलैंड की राजधानी है | GB-SCT
# Self-corrections (the last place named)
self-correction | नॉर्वे की नहीं नहीं मेरा मतलब डेनमार्क की राजधानी | DK
self-correction | ऑस्ट्रिया की सॉरी ऑस्ट्रेलिया की राजधानी बताओ | AU
self-correction | स्लोवाकिया की अरे नहीं स्लोवेनिया की राजधानी क्या है | SI
self-correction | इराक की गलत बोल दिया ईरान की राजधानी क्या है | IR
self-correction | नाइजर की ना रै नाइजीरिया की राजधानी के सै | NG
self-correction | गिनी की नहीं मेरा मतलब गिनी बिसाउ की राजधानी | GW
self-correction | स्वीडन की नाही नाही स्विट्ज़रलैंड की राजधानी सांगो | CH
self-correction | आइसलैंड की नक्को नक्को आयरलैंड की राजधानी बोलो | IE
self-correction | पंजाब दी ना जी ना हरियाणा दी राजधानी दस्सो | IN-HR
self-correction | ज़ाम्बिया की सॉरी गाम्बिया की राजधानी क्या है | GM
self-correction | कोलंबिया की नहीं नहीं कंबोडिया की राजधानी | KH
self-correction | मॉरिटानिया के ना ना मॉरीशस के राजधानी का ह | MU
self-correction | लातविया की मेरा मतलब लिथुआनिया की राजधानी | LT
self-correction | सूडान की नहीं दक्षिण सूडान की राजधानी क्या है | SS
self-correction | ऑस्ट्रेलिया के विक्टोरिया की सॉरी कनाडा वाले ब्रिटिश कोलंबिया की राजधानी | CA-BC
self-correction | मलावी की अरे नहीं माली की राजधानी क्या है | ML
self-correction | परागुए की नहीं मेरा मतलब उरुग्वे की राजधानी | UY
self-correction | ट्यूनीशिया की गलत बोला तंज़ानिया की राजधानी बताओ | TZ
self-correction | बहरीन की नहीं गा बहामास के राजधानी का हे | BS
self-correction | हंगरी की नहीं रुको रुको बुल्गारिया की राजधानी क्या है | BG
self-correction | डोमिनिका की सॉरी सॉरी डोमिनिकन रिपब्लिक की राजधानी | DO
self-correction | अर्मेनिया की नहीं मेरा मतलब अल्बानिया की राजधानी | AL
self-correction | लाइबेरिया की नहीं लीबिया की राजधानी बोलो | LY
self-correction | केरल की ना मेरा मतलब कर्नाटक की राजधानी | IN-KA
self-correction | ओमान की नहीं भाई यमन की राजधानी क्या है | YE
self-correction | मोनाको की अरे मोरक्को की राजधानी मेरा मतलब था | MA
# Reverse questions
reverse-question | कैनबरा किस देश की राजधानी है | CITY:कैनबरा
reverse-question | नैरोबी किसकी राजधानी है | CITY:नैरोबी
reverse-question | अस्ताना कौन से देश की राजधानी सै | CITY:अस्ताना
reverse-question | उलानबातर किस मुलुक के राजधानी ह | CITY:उलानबातर
reverse-question | रायपुर किस राज्य की राजधानी है | CITY:रायपुर
reverse-question | चंडीगढ़ किसकी राजधानी है | CITY:चंडीगढ़
reverse-question | विंडहोक किस देश का राजधानी है | CITY:विंडहोक
reverse-question | लीमा कौन से देश की राजधानी होती है | CITY:लीमा
reverse-question | बामाको किस देश की राजधानी है बता | CITY:बामाको
reverse-question | हेलसिंकी किसकी राजधानी है | CITY:हेलसिंकी
reverse-question | क्विटो किस देश की राजधानी है | CITY:क्वीटो
reverse-question | अदीस अबाबा किस देश की राजधानी है | CITY:अदीस अबाबा
reverse-question | थिंपू किसकी राजधानी है | CITY:थिंपू
reverse-question | ताशकंद कौन से देश की राजधानी है | CITY:ताशकंद
reverse-question | मनीला कौन से मुल्क की राजधानी है | CITY:मनीला
reverse-question | ब्रातिस्लावा किस देश की राजधानी है | CITY:ब्रातिस्लावा
reverse-question | गांधीनगर किस राज्य की राजधानी है | CITY:गांधीनगर
reverse-question | शिलांग किस राज्य की राजधानी है | CITY:शिलांग
reverse-question | वेलिंगटन किस देश की राजधानी है | CITY:वेलिंगटन
reverse-question | सना किसकी राजधानी है | CITY:सना
reverse-question | किगाली किस देश का कैपिटल है | CITY:किगाली
reverse-question | पोर्ट मोरेस्बी किस देश की राजधानी है | CITY:पोर्ट मोरेस्बी
reverse-question | डकार कहाँ की राजधानी है | CITY:डकार
reverse-question | वादुज़ किस देश की राजधानी है | CITY:वादुज़
reverse-question | लंदन किसकी राजधानी है | CITY:लंदन
reverse-question | सेंट जॉन्स किसकी राजधानी है | CITY:सेंट जॉन्स
reverse-question | विक्टोरिया किसकी राजधानी है | CITY:विक्टोरिया
reverse-question | ईटानगर किस राज्य की राजधानी है | CITY:ईटानगर
reverse-question | बाकु कौन से देश की राजधानी है | CITY:बाकु
reverse-question | ब्रासीलिया किसकी राजधानी है | CITY:ब्रासीलिया
reverse-question | अंकारा कौण से देश की राजधानी सै | CITY:अंकारा
reverse-question | वियनतियान किस देश की राजधानी है | CITY:विएनतियान
reverse-question | मस्कट किस देश का राजधानी है | CITY:मस्कट
reverse-question | किंग्स्टन किसकी राजधानी है | CITY:किंग्स्टन
reverse-question | तिरुवनंतपुरम किस राज्य की राजधानी है | CITY:तिरुवनंतपुरम
reverse-question | कायरो किस मुल्क की राजधानी है | CITY:कायरो
# Official names
official-name | पूरा नाम है {} उसकी राजधानी क्या है | संयुक्त राज्य अमेरिका=US; रूसी संघ=RU; चीनी जनवादी गणराज्य=CN
official-name | {} की राजधानी बताइए | कोरिया गणराज्य=KR; संघीय गणराज्य जर्मनी=DE; इस्लामी गणराज्य ईरान=IR
official-name | {} की राजधानी कौन सी है बताइए ज़रा | हेलेनिक गणराज्य=GR; चेक गणराज्य=CZ; किर्गिज़ गणराज्य=KG
official-name | {} की राजधानी का नाम बताओ | लाओ जनवादी लोकतांत्रिक गणराज्य=LA; वियतनाम समाजवादी गणराज्य=VN; संयुक्त मैक्सिकन राज्य=MX
official-name | {} की राजधानी क्या होती है | इस्लामिक रिपब्लिक ऑफ़ पाकिस्तान=PK; बांग्लादेश जनवादी गणराज्य=BD; भारत गणराज्य=IN
official-name | {} की राजधानी बता दीजिए | फ़्रांसीसी गणराज्य=FR; इतालवी गणराज्य=IT; संघीय लोकतांत्रिक गणराज्य नेपाल=NP
official-name | किताब में लिखा है {} उसकी राजधानी कौन सा शहर है | किंगडम ऑफ़ सऊदी अरेबिया=SA; संयुक्त गणराज्य तंज़ानिया=TZ; अल्जीरियाई जनवादी लोकतांत्रिक गणराज्य=DZ
official-name | {} की राजधानी | डेमोक्रेटिक पीपल्स रिपब्लिक ऑफ़ कोरिया=KP; कांगो लोकतांत्रिक गणराज्य देश=CD; स्विस परिसंघ=CH
# Everyday names
everyday-name | {} की राजधानी क्या है यार | रशिया=RU; चाइना=CN; इजिप्ट=EG
everyday-name | {} की राजधानी बताओ | यूएई=AE; अमीरात=AE; सऊदी=SA
everyday-name | {} की राजधानी कौन सी होती है | टर्की=TR; चेक रिपब्लिक=CZ; साउथ कोरिया=KR
everyday-name | {} की राजधानी का नाम | नॉर्थ कोरिया=KP; ईस्ट तिमोर=TL; डीआरसी=CD
everyday-name | {} की राजधानी कहाँ पड़ती है | साउथ सूडान=SS; मैसेडोनिया=MK; बोस्निया हर्ज़ेगोविना=BA
everyday-name | {} की राजधानी कौन सा शहर है जी | विलायत=GB; ग्रेट ब्रिटेन=GB; हिंदुस्तान=IN
everyday-name | {} की राजधानी क्या है ज़रा बताना | सेंट्रल अफ़्रीकन रिपब्लिक=CF; डोमिनिकन रिपब्लिक=DO; कोस्टा रिका=CR
# Shared names
shared-name | कांगो की राजधानी क्या है | CD+CG
shared-name | कोरिया की राजधानी बताओ | KP+KR
shared-name | जॉर्जिया की राजधानी कौन सी है | GE+US-GA
shared-name | वर्जिन आइलैंड्स की राजधानी क्या है | VG+VI
shared-name | कांगो के राजधानी का ह | CD+CG
shared-name | कोरिया दी राजधानी की है | KP+KR
shared-name | जॉर्जिया का राजधानी बोलो | GE+US-GA
shared-name | वर्जिन द्वीपसमूह की राजधानी बताना | VG+VI
shared-name | अमेरिका वाले जॉर्जिया राज्य की राजधानी क्या है | US-GA
shared-name | रूस के पास वाले जॉर्जिया देश की राजधानी | GE
shared-name | किंशासा वाले कांगो की नहीं दूसरे वाले कांगो गणराज्य की राजधानी | CG
shared-name | डीआर कांगो की राजधानी बताओ | CD
shared-name | दक्षिण वाले कोरिया की राजधानी | KR
shared-name | उत्तर वाले कोरिया की राजधानी बताओ | KP
shared-name | कांगो देश की राजधानी कौन सी है | CD+CG
shared-name | कोरिया देश की राजधानी बता दे | KP+KR
shared-name | जॉर्जिया देश या राज्य दोनों की राजधानी बताओ | GE+US-GA
shared-name | वर्जिन आइलैंड की राजधानी कौन सी है | VG+VI
# Old names
old-name | {} की राजधानी क्या थी | सीलोन=LK; बर्मा=MM; स्याम=TH
old-name | {} की राजधानी क्या है अब | ज़ायर=CD; दाहोमे=BJ; अपर वोल्टा=BF
old-name | पुराने ज़माने का {} उसकी राजधानी बताओ | रोडेशिया=ZW; न्यासालैंड=MW; बेचुआनालैंड=BW
old-name | {} कहते थे पहले उसकी राजधानी क्या है | बासुतोलैंड=LS; गोल्ड कोस्ट=GH; डच गुयाना=SR
old-name | {} नाम से जानते थे उसकी राजधानी कौन सी है | ब्रिटिश होंडूरास=BZ; फ़ारस=IR; कंपूचिया=KH
old-name | {} की राजधानी बताओ ज़रा | पूर्वी पाकिस्तान=BD; उत्तरांचल=IN-UK; उड़ीसा=IN-OD
# One-shot requests through the invocation name
one-shot | दुनिया की राजधानियाँ से पूछो {} की राजधानी क्या है | बेलारूस देश=BY; लिथुआनिया=LT; एस्टोनिया=EE
one-shot | दुनिया की राजधानियाँ खोलो और बताओ {} की राजधानी | चिली=CL; उरुग्वे=UY; पराग्वे=PY
one-shot | अलेक्सा दुनिया की राजधानियाँ में {} की राजधानी बताओ | फ़िजी=FJ; टोंगा=TO; समोआ=WS
one-shot | दुनिया की राजधानियाँ से बताओ {} के राजधानी का ह | मलेशिया=MY; सिंगापुर=SG; ब्रूनेई=BN
one-shot | दुनिया की राजधानियाँ चला के बता {} की राजधानी के सै | मोल्दोवा=MD; रोमानिया=RO; बुल्गारिया=BG
one-shot | दुनिया की राजधानियाँ वाली स्किल से पूछना {} की राजधानी | सेनेगल=SN; माली=ML; नाइजर=NE
# Hesitations
hesitation | अं {} की राजधानी क्या है | आयरलैंड=IE; डेनमार्क=DK; पोलैंड=PL
hesitation | वो क्या कहते हैं हाँ {} की राजधानी | बेल्जियम=BE; ऑस्ट्रिया=AT; हंगरी=HU
hesitation | अम्म्म वो {} की राजधानी कौन सी थी | इक्वाडोर=EC; बोलीविया=BO; पेरू वाले देश=PE
hesitation | ओह्ह भूल गया क्या था हाँ {} की राजधानी | मोज़ांबिक=MZ; मेडागास्कर=MG; कोमोरोस=KM
# Terse forms
terse | {} राजधानी | सर्बिया=RS; ग्रीस=GR; ट्यूनीशिया=TN
terse | राजधानी {} | स्लोवेनिया=SI; बुरुंडी=BI; तुवालू=TV
terse | {} कैपिटल बोलो | अंगोला=AO; कैमरून=CM; गैबॉन=GA
terse | {} देश की राजधानी बस | इरिट्रिया=ER; जिबूती=DJ; सोमालिया=SO
terse | राजधानी बताओ {} | मॉरिटानिया=MR; माइक्रोनेशिया=FM; नाउरु=NR
# What hi-IN recognition writes
recognition-artefact | {} कि राजधानी क्या हे | फ्रांस=FR; ब्राजील=BR; जर्मनी=DE
recognition-artefact | {} की राजधानि बताओ | अफगानिस्तान=AF; कतर=QA; इजराइल=IL
recognition-artefact | {} की राजधनी कौन सी हे | फिलीपींस=PH; जाम्बिया=ZM; जिम्बाब्वे=ZW
recognition-artefact | {} कीराजधानी क्या है | स्विटजरलैंड=CH; लग्जमबर्ग=LU; न्यूजीलैंड=NZ
recognition-artefact | {} की राज धानी बताना | वेनेजुएला=VE; मोजांबिक=MZ; तंजानिया=TZ
recognition-artefact | {} कि राजधानि क्या है | यमेन=YE; लेबनॉन=LB; जोर्डन=JO
recognition-artefact | {} की राजधानियां क्या क्या है | दक्षिण अफ्रीका=ZA; मलेशीया=MY; श्री लंका=LK
recognition-artefact | {} की राजधानी कोनसा सहर हे | नॉरवे=NO; स्वीडेन=SE; फिनलेंड=FI
recognition-artefact | दुनिया की राजधानिया {} की राजधानी बताओ | कोलंबीया=CO; अरजेंटीना=AR; चीलि=CL
# Hinglish in Devanagari
hinglish | कैपिटल ऑफ़ {} क्या है | स्पेन=ES; पुर्तगाल=PT; इटली=IT
hinglish | {} का कैपिटल बताओ यार | नीदरलैंड्स=NL; बेल्जियम=BE; लग्ज़मबर्ग=LU
hinglish | कैन यू टेल मी {} की कैपिटल | ऑस्ट्रेलिया=AU; इंडोनेशिया=ID; मलेशिया=MY
hinglish | {} की कैपिटल सिटी का नेम बताओ | घाना=GH; नाइजीरिया=NG; केन्या=KE
hinglish | प्लीज़ {} का कैपिटल बोलो जल्दी | जापान वाले देश=JP; चीन वाले देश=CN; वियतनाम=VN
# Polite requests
polite-request | कृपया {} की राजधानी बताने का कष्ट करें | अर्जेंटीना देश=AR; चिली राष्ट्र=CL; कोलंबिया राष्ट्र=CO
polite-request | आपसे निवेदन है कि {} की राजधानी बताएँ | यूनान देश=GR; तुर्की राष्ट्र=TR; ईरान राष्ट्र=IR
polite-request | श्रीमान जी {} की राजधानी बता दीजिए | मेक्सिको राष्ट्र=MX; क्यूबा राष्ट्र=CU; हैती देश=HT
polite-request | क्या आप बता सकती हैं कि {} की राजधानी कौन सी है | सेंट किट्स और नेविस=KN; सेंट विंसेंट और ग्रेनाडाइंस=VC; एंटिगुआ और बरबुडा=AG
polite-request | मेहरबानी करके {} की राजधानी बताइए | सैन मेरीनो=SM; लिचेंस्टीन=LI; वेटिकन सिटी=VA
# Launch
launch | दुनिया की राजधानियाँ खोलो | LAUNCH
launch | दुनिया की राजधानियाँ शुरू करो | LAUNCH
launch | अलेक्सा दुनिया की राजधानियाँ चलाओ | LAUNCH
launch | दुनिया की राजधानियाँ ओपन करो | LAUNCH
launch | दुनिया की राजधानियाँ स्टार्ट कर दो | LAUNCH
launch | दुनिया की राजधानियाँ चालू कर दे रै | LAUNCH
launch | दुनिया की राजधानियाँ खोल दीं भइया | LAUNCH
launch | दुनिया की राजधानियाँ ला चालू कर दे गा | LAUNCH
launch | दुनिया की राजधानियाँ खोलो ना जी | LAUNCH
launch | दुनिया की राजधानियाँ वाली स्किल खोलो | LAUNCH
launch | दुनिया की राजधानियाँ लॉन्च करो | LAUNCH
launch | दुनिया की राजधानिया खोलो | LAUNCH
launch | दुनिया की राजधानियाँ खोलिए | LAUNCH
launch | दुनिया की राजधानियाँ चला दो बच्चों के लिए | LAUNCH
# Help
help | मदद करो | HELP
help | ये कैसे चलता है | HELP
help | इसमें क्या क्या पूछ सकते हैं | HELP
help | मन्ने समझ कोनी आया के करूँ | HELP
help | हेल्प चाहिए | HELP
help | इसको कैसे इस्तेमाल करें | HELP
help | बताओ क्या करना है इसमें | HELP
help | कुछ समझ नहीं आ रहा मदद करो | HELP
help | मोला मदद चाही गा | HELP
help | मेरे कू समझ नक्को आ रा क्या करना | HELP
help | हमरा मदद चाहीं | HELP
help | इसके निर्देश बताओ | HELP
help | ये स्किल क्या करती है | HELP
help | किस तरह सवाल पूछूँ | HELP
help | कोई उदाहरण दो पूछने का | HELP
help | हेल्प मी यार | HELP
help | कौन कौन से सवाल पूछ सकता हूँ | HELP
help | इसे चलाना सिखाओ | HELP
help | मदद करा ना | HELP
help | मैनूं मदद चाहिदी है | HELP
help | अब आगे क्या बोलूँ | HELP
help | इसमें कैसे खेलना है समझाओ | HELP
help | ये राजधानी वाला कैसे चलता है | HELP
help | मदद कीजिए ज़रा | HELP
help | क्या क्या कर सकती हो तुम | HELP
help | समझ नहीं आया फिर से समझाओ कैसे पूछना है | HELP
# Stop
stop | बंद करो | STOP
stop | बस करो | STOP
stop | रुक जाओ अब | STOP
stop | चुप हो जा | STOP
stop | स्टॉप | STOP
stop | बंद कर दे रै | STOP
stop | बंद कर दीं | STOP
stop | बंद कर दे गा | STOP
stop | बस हो गया बंद करो | STOP
stop | बाहर निकलो | STOP
stop | एग्ज़िट करो | STOP
stop | क्विट | STOP
stop | बोलना बंद करो | STOP
stop | बस बहुत हो गया | STOP
stop | अलेक्सा स्टॉप | STOP
stop | दुनिया की राजधानियाँ बंद करो | STOP
stop | खेल ख़त्म करो | STOP
stop | बंद कर बावा | STOP
stop | बंद कर दो जी | STOP
stop | चुप कर | STOP
stop | अब बस कर यार | STOP
stop | ठहरो बंद करो | STOP
stop | बंद करा | STOP
stop | स्टॉप कर दे ब्रो | STOP
stop | अब और नहीं सुनना बंद | STOP
# Cancel
cancel | रद्द करो | CANCEL
cancel | कैंसल | CANCEL
cancel | छोड़ो | CANCEL
cancel | रहने दो | CANCEL
cancel | जाने दो | CANCEL
cancel | कोई बात नहीं | CANCEL
cancel | नहीं चाहिए | CANCEL
cancel | भूल जाओ | CANCEL
cancel | कैंसिल करो | CANCEL
cancel | छोड़ दे रै | CANCEL
cancel | रहे दीं | CANCEL
cancel | रहन दे गा | CANCEL
cancel | जाऊ दे | CANCEL
cancel | नक्को रहने दो | CANCEL
cancel | ये वाला सवाल कैंसल करो | CANCEL
cancel | पूछना रद्द करो | CANCEL
cancel | मत बताओ रहने दो | CANCEL
cancel | नहीं रहने दो मैं खुद देख लूँगा | CANCEL
cancel | छड्डो जी | CANCEL
cancel | कैंसल कर दे ब्रो | CANCEL
cancel | रहने दीजिए | CANCEL
cancel | अरे छोड़ो ना | CANCEL
cancel | जाने दे भाई | CANCEL
cancel | रद्द कर दो | CANCEL
cancel | कैंसल करो इसे | CANCEL
# Out of domain (near misses and everyday requests)
out-of-domain | जापान की आबादी कितनी है | FB
out-of-domain | रूस की करेंसी क्या है | FB
out-of-domain | अमेरिका का राष्ट्रपति कौन है | FB
out-of-domain | फ़्रांस में कौन सी भाषा बोलते हैं | FB
out-of-domain | ब्राज़ील का राष्ट्रीय खेल क्या है | FB
out-of-domain | चीन की दीवार कितनी लंबी है | FB
out-of-domain | कनाडा में अभी कितने बजे हैं | FB
out-of-domain | नेपाल जाने के लिए पासपोर्ट चाहिए क्या | FB
out-of-domain | दुबई का मौसम कैसा है | FB
out-of-domain | ऑस्ट्रेलिया से भारत का मैच कब है | FB
out-of-domain | सऊदी अरब में रियाल का रेट क्या है | FB
out-of-domain | इटली का झंडा कैसा दिखता है | FB
out-of-domain | जर्मनी की सबसे लंबी नदी कौन सी है | FB
out-of-domain | केन्या में कौन सी भाषा बोली जाती है | FB
out-of-domain | ईरान का सबसे बड़ा शहर कौन सा है | FB
out-of-domain | मिस्र के पिरामिड कितने पुराने हैं | FB
out-of-domain | इंग्लैंड की रानी का नाम क्या था | FB
out-of-domain | थाईलैंड का वीज़ा कितने का है | FB
out-of-domain | पाकिस्तान का प्रधानमंत्री कौन है | FB
out-of-domain | बांग्लादेश की मुद्रा का नाम बताओ | FB
out-of-domain | मॉरीशस में हिंदी बोलते हैं क्या | FB
out-of-domain | स्विट्ज़रलैंड की घड़ियाँ क्यों मशहूर हैं | FB
out-of-domain | सिंगापुर कितना दूर है दिल्ली से | FB
out-of-domain | नॉर्वे में आधी रात को सूरज दिखता है क्या | FB
out-of-domain | अर्जेंटीना के फ़ुटबॉल कप्तान का नाम | FB
out-of-domain | कैपिटल लेटर में नाम कैसे लिखें | FB
out-of-domain | कैपिटल गेन टैक्स कितना लगता है | FB
out-of-domain | वर्किंग कैपिटल का मतलब क्या है | FB
out-of-domain | राजधानी एक्सप्रेस कितने बजे आएगी | FB
out-of-domain | राजधानी एक्सप्रेस का पीएनआर स्टेटस | FB
out-of-domain | राजधानी नमकीन की दुकान कहाँ है | FB
out-of-domain | राजधानी का मौसम बताओ | FB
out-of-domain | दिल्ली में प्रदूषण कितना है आज | FB
out-of-domain | राजधानी थाली का नंबर मिलाओ | FB
out-of-domain | कैपिटल वन का कस्टमर केयर नंबर | FB
out-of-domain | भारत की राजधानी में आज कितनी गर्मी है | FB
out-of-domain | अटलांटिस की राजधानी क्या है | FB
out-of-domain | नार्निया की राजधानी बताओ | FB
out-of-domain | मंगल ग्रह की राजधानी क्या है | FB
out-of-domain | हस्तिनापुर किसकी राजधानी थी | FB
out-of-domain | मुग़लों की राजधानी आगरा कब बनी | FB
out-of-domain | हमारे मोहल्ले की राजधानी क्या है | FB
out-of-domain | प्याज़ का भाव आज क्या है | FB
out-of-domain | कबड्डी का स्कोर बताओ | FB
out-of-domain | पुरानी हिंदी फ़िल्मों के गाने चलाओ | FB
out-of-domain | सुबह पाँच बजे का अलार्म लगा दो | FB
out-of-domain | छह मिनट का टाइमर लगाओ | FB
out-of-domain | आज कौन सा दिन है | FB
out-of-domain | एक चुटकुला सुनाओ | FB
out-of-domain | भोजपुरी गाना बजाओ | FB
out-of-domain | पंजाबी गाने लगा दे पाजी | FB
out-of-domain | छत्तीसगढ़ी गीत सुनाओ | FB
out-of-domain | बीजीएमआई का नया अपडेट कब आएगा | FB
out-of-domain | लूडो के नियम बताओ | FB
out-of-domain | ब्लाउज़ की नाप कैसे लेते हैं | FB
out-of-domain | स्पीड पोस्ट का पैसा कितना लगता है | FB
out-of-domain | पासपोर्ट बनने में कितने दिन लगते हैं | FB
out-of-domain | उमरा का पैकेज कितने का है | FB
out-of-domain | मेट्रो का आखिरी टाइम क्या है | FB
out-of-domain | ढाबे पे दाल मखनी कैसे बनती है | FB
out-of-domain | कुश्ती में कितने किलो का वर्ग होता है | FB
out-of-domain | मैराथन कितने किलोमीटर की होती है | FB
out-of-domain | कनाडा का पीआर कैसे मिलता है | FB
out-of-domain | नैरोबी में कितने भारतीय रहते हैं | FB
out-of-domain | आंगनवाड़ी में पोषण आहार कब मिलेगा | FB
out-of-domain | मेरी दवाई का टाइम हो गया याद दिलाओ | FB
out-of-domain | हनुमान चालीसा चलाओ | FB
out-of-domain | कल बारिश होगी क्या | FB
out-of-domain | चारमीनार कब बना था | FB
out-of-domain | हैदराबादी बिरयानी की रेसिपी बताओ | FB
out-of-domain | गणपति विसर्जन कब है | FB
out-of-domain | पुणे से नागपुर कितनी दूर है | FB
out-of-domain | ताऊ कोनी सुण रह्या गाना चला दे | FB
out-of-domain | छठ पूजा कब है | FB
out-of-domain | धान का समर्थन मूल्य कितना है | FB
out-of-domain | तीजन बाई कौन हैं | FB
out-of-domain | दुनिया का सबसे बड़ा देश कौन सा है | FB
out-of-domain | दुनिया में कितने देश हैं | FB
out-of-domain | सबसे छोटा देश कौन सा है | FB
out-of-domain | एवरेस्ट किस देश में है | FB
out-of-domain | अमेज़न नदी कहाँ बहती है | FB
out-of-domain | नील नदी कितनी लंबी है | FB
out-of-domain | सहारा रेगिस्तान कितना बड़ा है | FB
out-of-domain | भारत के कितने राज्य हैं | FB
out-of-domain | राजधानी किसे कहते हैं | FB
out-of-domain | राजधानी शब्द की स्पेलिंग बताओ | FB
out-of-domain | राजधानी का अंग्रेज़ी में मतलब | FB
out-of-domain | दिल्ली को राजधानी कब बनाया गया | FB
out-of-domain | कोलकाता से राजधानी दिल्ली कब गई | FB
out-of-domain | मेरा नाम क्या है | FB
out-of-domain | तुम कहाँ रहती हो | FB
out-of-domain | तुम्हारी शादी हो गई क्या | FB
out-of-domain | लाइट बंद कर दो | FB
out-of-domain | पंखा चालू करो | FB
out-of-domain | मम्मी को फ़ोन लगाओ | FB
out-of-domain | शॉपिंग लिस्ट में दूध जोड़ दो | FB
out-of-domain | भूटान में पेट्रोल कितने का है | FB
out-of-domain | नेपाल बॉर्डर पे कितना टोल लगता है | FB
out-of-domain | ट्रक का चालान कैसे भरें | FB
out-of-domain | वर्ल्ड कप का फ़ाइनल कौन जीता | FB
out-of-domain | ओलंपिक अगली बार कहाँ होंगे | FB
out-of-domain | जापानी में धन्यवाद कैसे बोलते हैं | FB
out-of-domain | स्वाहिली में जम्बो का मतलब क्या है | FB
out-of-domain | पोलिश भाषा कितनी कठिन है | FB
out-of-domain | हिंदी में बीस तक गिनती सुनाओ | FB
out-of-domain | रूस और यूक्रेन की लड़ाई कब ख़त्म होगी | FB
out-of-domain | ब्राज़ील की कॉफ़ी कैसी होती है | FB
out-of-domain | कैनबरा में कितनी ठंड पड़ती है | FB
out-of-domain | टोक्यो की आबादी कितनी है | FB
out-of-domain | लंदन जाने का टिकट कितने का है | FB
out-of-domain | पेरिस में एफ़िल टावर कितना ऊँचा है | FB
out-of-domain | वॉशिंगटन में व्हाइट हाउस कहाँ है | FB
out-of-domain | ऑस्ट्रेलिया में कंगारू क्यों होते हैं | FB
# Second batch, where a count was short
yes-no-check | पोड्गोरिका मोंटेनेग्रो की राजधानी है ना भाई | ME
yes-no-check | अहो लिमासोल साइप्रस की राजधानी है क्या | CY
yes-no-check | फ़्रीटाउन सिएरा लियोन के राजधानी हे का गा | SL
yes-no-check | सैन साल्वाडोर अल सल्वाडोर की राजधानी है ना ब्रो | SV
yes-no-check | ग्रानादा निकारागुआ की राजधानी है क्या मेरे कू शक है | NI
yes-no-check | प्राइया केप वर्ड की राजधानी है ना पक्का बताओ | CV
yes-no-check | कोलकाता पश्चिम बंगाल के राजधानी ह नू | IN-WB
yes-no-check | जलंधर पंजाब दी राजधानी है ना जी | IN-PB
yes-no-check | ज़ंज़ीबार तंज़ानिया का राजधानी है क्या बोलो | TZ
yes-no-check | हैदराबाद तेलंगाना की राजधानी है ना बावा | IN-TS
yes-no-check | नागपुर महाराष्ट्र की राजधानी है क्या रे | IN-MH
yes-no-check | मोम्बासा केन्या की राजधानी है ना | KE
shared-name | बावा कांगो का राजधानी क्या है | CD+CG
shared-name | कोरिया के राजधानी का हे गा | KP+KR
shared-name | जॉर्जिया की राजधानी के सै | GE+US-GA
shared-name | वर्जिन द्वीप की राजधानी कौन सा शहर है | VG+VI
shared-name | दोनों कोरिया की राजधानियाँ बताओ | KP+KR
reverse-question | पोड्गोरिका किस देश की राजधानी है | CITY:पोड्गोरिका
reverse-question | मानागुआ कौन से देश की राजधानी सै | CITY:मानागुआ
reverse-question | फ़्रीटाउन किसकी राजधानी ह | CITY:फ़्रीटाउन
reverse-question | निकोसिया किस देश का राजधानी है बावा | CITY:निकोसिया
launch | दुनिया की राजधानियाँ खोल दे रै | LAUNCH
launch | हे अलेक्सा दुनिया की राजधानियाँ वाला गेम लगाओ | LAUNCH
launch | दुनिया की राजधानियाँ चालू करा | LAUNCH
launch | दुनिया की राजधानियाँ खोलो ना बाबा | LAUNCH
launch | दुनिया की राजधानियाँ शुरू कर दो पाजी | LAUNCH
launch | दुनिया की राजधानियाँ ओपन कर ब्रो | LAUNCH
help | ताऊ नै समझा दे यो कैसे चालै सै | HELP
help | ई कइसे चलेला बताईं | HELP
help | एला कइसे चलाबो गा | HELP
help | मेरे कू बोलो इसमें क्या पूछना | HELP
help | मला कळत नाही ये कैसे चलाना है | HELP
help | हाउ टू यूज़ दिस बताओ | HELP
stop | बंद कर दे भाई अब | STOP
stop | बस कर छोरे | STOP
stop | रुक जा रै | STOP
stop | बंद कर दीं बबुआ | STOP
stop | चुप हो जा गा | STOP
stop | बंद करो बाबा एकदम | STOP
stop | बस कर दो जी बहुत हो गया | STOP
stop | नक्को बोलो अब बंद करो | STOP
stop | स्टॉप इट यार | STOP
stop | अब बंद कर दो मेट्रो आ गई | STOP
stop | बंद करो सवारी आ गई | STOP
stop | रुक जाओ बच्चा सो रहा है | STOP
stop | बंद कर दे ताऊ सो रह्या सै | STOP
stop | दुनिया की राजधानियाँ से बाहर निकलो | STOP
cancel | छोड़ दीं ई सवाल | CANCEL
cancel | नई चाही गा | CANCEL
cancel | जाऊ दे ना रे | CANCEL
cancel | रहने दो बावा नक्को | CANCEL
cancel | छड्डो पाजी रहन दो | CANCEL
cancel | कैंसल कर दो ब्रो नहीं चाहिए | CANCEL
cancel | ये वाला रद्द कर दो | CANCEL
cancel | नहीं पूछना अब रहने दो | CANCEL
cancel | अरे रहने दो बाद में पूछेंगे | CANCEL
cancel | छोड़ो इसको मैडम आ गईं | CANCEL
cancel | कोनी चाहिए रहण दे | CANCEL
cancel | कैंसल करो गलत बोल दिया | CANCEL
cancel | भूल जा उस सवाल को | CANCEL
cancel | रहने दो जी ज़रूरत नहीं | CANCEL
out-of-domain | मोंटेनेग्रो में कौन सी भाषा बोलते हैं | FB
out-of-domain | साइप्रस में गर्मी कितनी पड़ती है | FB
out-of-domain | म्हारे गाम तै रोहतक कितनी दूर सै | FB
out-of-domain | कुश्ती का दंगल कद सै | FB
out-of-domain | बलिया से सूरत के ट्रेन कब बा | FB
out-of-domain | छठ के गीत बजाईं | FB
out-of-domain | सूरत में मजूरी कितना मिलेला | FB
out-of-domain | रायपुर में आज पानी गिरही का | FB
out-of-domain | धान के बोनस कब मिलही गा | FB
out-of-domain | चारमीनार के पास पार्किंग किदर है | FB
out-of-domain | ईरानी चाय का रेट क्या चल रा | FB
out-of-domain | पुणे में आज ट्रैफ़िक कैसा है | FB
out-of-domain | नागपुर के संतरे किलो कितने के हैं | FB
out-of-domain | कोल्हापुरी चप्पल कहाँ मिलेगी | FB
out-of-domain | अमृतसर से ब्रैम्पटन की फ़्लाइट कितने घंटे की है | FB
out-of-domain | लुधियाने में आज धुंध कितनी है | FB
out-of-domain | ब्रैम्पटन में अभी कितनी ठंड है | FB
out-of-domain | टिम हॉर्टन्स कितने बजे बंद होता है | FB
out-of-domain | नैरोबी में आज बारिश होगी क्या | FB
out-of-domain | केन्या का शिलिंग रुपये में कितना है | FB
out-of-domain | किलिमंजारो कितना ऊँचा है | FB
out-of-domain | पोलैंड से दिल्ली का टिकट कितने का है | FB
out-of-domain | ट्रक के टायर में हवा कितनी डालें | FB
out-of-domain | नेपाल बॉर्डर कितने बजे खुलता है | FB
out-of-domain | मेट्रो कार्ड रिचार्ज कैसे करें | FB
out-of-domain | अगला स्टेशन कौन सा है | FB
out-of-domain | बीजीएमआई में सबसे अच्छी गन कौन सी है | FB
out-of-domain | फ़्री फ़ायर के डायमंड कैसे मिलेंगे | FB
out-of-domain | कबड्डी में कितने खिलाड़ी होते हैं | FB
out-of-domain | पासपोर्ट सेवा केंद्र कितने बजे खुलता है | FB
out-of-domain | उमरा के लिए कौन से टीके लगते हैं | FB
out-of-domain | सलवार के लिए कितने मीटर कपड़ा लगेगा | FB
out-of-domain | आंगनवाड़ी का रजिस्टर कैसे भरें | FB
out-of-domain | मेरा स्पीड पोस्ट ट्रैक करो | FB
out-of-domain | स्टेशन तक ऑटो का किराया कितना बनता है | FB
out-of-domain | दादी के लिए भजन लगा दो | FB
out-of-domain | कैपिटल एक्सप्रेस ट्रेन कहाँ तक जाती है | FB
out-of-domain | राजधानी पार्क मेट्रो स्टेशन कितनी दूर है | FB
out-of-domain | राजधानी कॉलेज में एडमिशन कब है | FB
out-of-domain | दुकान के लिए कैपिटल कहाँ से लाऊँ | FB
out-of-domain | किस देश की राजधानी सबसे ठंडी है | FB
out-of-domain | आंध्र की नई राजधानी अमरावती कब बनकर तैयार होगी | FB
out-of-domain | इंडोनेशिया अपनी राजधानी क्यों बदल रहा है | FB
out-of-domain | राजधानी दिल्ली में कितने ज़िले हैं | FB
"""

if __name__ == "__main__":
    build_round(30, "hi", LINES, sys.argv, "tests/Eval/hi/round30/source/build_corpus.py")
