"""Round 29, Hindi (hi-IN): a new author's mix of speakers and situations, written blind, chosen away from the speakers
of the Hindi rounds 25 to 28. Regions and first languages: Bundeli from Jhansi, Sagar, Chhatarpur and Orchha ("का आय",
"कौन सो सहर", "दद्दा", "बिन्ना", "मोड़ा", "तनक", "हओ", "नईं", "हम नईं जानत"), Magahi from Gaya, Nalanda and
Jehanabad ("के राजधानी की हइ", "बउआ", "तनी बतावऽ", "भुला गेलियो", "माय"), Bagheli from Rewa and Satna ("केर राजधानी
का आय", "बताय द्या", "ददा"), Tamil speakers' Hindi in Chennai, Coimbatore and Madurai ("अण्णा", "अक्का", "तम्बी",
"एन्ना", "कोंजम", "सरि", "आमा", "इल्लै", "पोदुम", "वेण्डाम", masculine "का राजधानी"), Konkani speakers' Hindi in Goa
("बाबा", "सायबा", "कितें", "देव बरें करूं", "पुरो", "नाका", "मेन"), Khasi speakers' Hindi in Shillong ("खुब्लेई",
"कोंग", "बाह"), Mizo speakers' Hindi in Aizawl ("चिबाई", "का लावम"), heritage speakers from Durban, South Africa
("हाउज़िट", "नेह", "या", "नाउ नाउ", "हमार आजी"), Singapore and Malaysian Indians ("लाह", "लेह", "कैन ऑर नॉट"),
Indian students in Melbourne and Sydney ("मेट", "नो वरीज़", "यूनि"), and foreign learners (an Italian in Jaipur, a
Brazilian, a Chinese engineer in Pune, an Iranian student; deliberately ungrammatical lines).
Situations: embassy drivers in Chanakyapuri, food-delivery riders between orders, UPSC aspirants in Mukherjee Nagar,
a gym, the Kumbh Mela at Prayagraj (a lost-and-found camp, foreign sadhus), jewellers and gem exporters, stock-market
traders, Olympics viewers, a school's morning assembly, a hospital OPD queue and a chemist, a Rishikesh yoga ashram, an
FM radio jockey, a housing society's night guard, airline cabin crew and pilot trainees, a chess club, elders (capitals
that moved since their youth, a hearing aid), children (a drawing, homework) and teenagers (reels, GeoGuessr).
Plus hesitations, terse forms, Hinglish, follow-ups, yes/no checks with right and wrong guesses, self-corrections with a
marker ("नहीं नहीं", "मेरा मतलब", "सॉरी", "अरे नहीं", "ग़लत बोला", "नईं नईं", "इल्लै इल्लै", "रुको रुको"), reverse
questions, official, everyday and old names, shared names, plural questions for every several-capital country and
Palestine (and Jammu and Kashmir, Uttarakhand, Montserrat), subdivisions and territories, out-of-domain near misses, help,
stop, cancel, launch and one-shot requests through the invocation name "दुनिया की राजधानियाँ"; and what hi-IN
recognition writes: lost nukta, "कि" for "की", "हे" for "है", spelled-out letters (यू ए ई, डी आर सी), split and joined
words.
`python3 tests/Eval/hi/round29/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 29's number); every line is hi-IN."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Bundeli from Jhansi, Sagar, Chhatarpur and Orchha
bundeli | {} की राजधानी का आय | फ़्रांस=FR; जर्मनी=DE; जापान=JP
bundeli | दद्दा पूछ रए {} की राजधानी कौन सो सहर आय | केन्या=KE; इथियोपिया=ET; सोमालिया=SO
bundeli | हमाओ मोड़ा पूछ रओ {} की राजधानी तनक बता दो | कनाडा=CA; ब्राज़ील=BR; चिली=CL
bundeli | बिन्ना जा तो बताओ {} की राजधानी कां है | ईरान=IR; इराक=IQ; ओमान=OM
bundeli | ओरछा में गोरे आए हते {} से उनकी राजधानी का आय | ब्रिटेन=GB; पुर्तगाल=PT; नीदरलैंड=NL
bundeli | हम नईं जानत {} की राजधानी तुम बता देओ | मंगोलिया=MN; लाओस=LA; कंबोडिया=KH
bundeli | झाँसी से पूछ रए {} की राजधानी को नाम का है | अल्जीरिया=DZ; लीबिया=LY; ट्यूनीशिया=TN
# Magahi from Gaya, Nalanda, Jehanabad and Patna
magahi | {} के राजधानी की हइ | रूस=RU; यूक्रेन=UA; बेलारूस=BY
magahi | बउआ तनी बतावऽ न {} के राजधानी कउन शहर हइ | मिस्र=EG; लीबिया=LY; चाड=TD
magahi | हम भुला गेलियो {} के राजधानी की हलइ | पोलैंड=PL; हंगरी=HU; चेकिया=CZ
magahi | बोधगया में {} से भिक्खु अइलथिन हे उनकर राजधानी की हइ | थाईलैंड=TH; म्यांमार=MM; श्रीलंका=LK
magahi | माय पूछ रहलथुन हे {} के राजधानी की हे | नेपाल=NP; भूटान=BT; बांग्लादेश=BD
magahi | नालंदा के परीक्षा में पूछल गेलइ {} के राजधानी | वियतनाम=VN; इंडोनेशिया=ID; फ़िलिपींस=PH
# Bagheli from Rewa, Satna and Sidhi
bagheli | ददा {} केर राजधानी का आय बताय द्या | स्पेन=ES; इटली=IT; ग्रीस=GR
bagheli | रीवा से पूछित हई {} केर राजधानी कउन आय | ऑस्ट्रेलिया=AU; न्यूज़ीलैंड=NZ; फ़िजी=FJ
bagheli | भइया हमार नाती पूछत हय {} केर राजधानी | नाइजीरिया=NG; घाना=GH; टोगो=TG
bagheli | सफ़ेद बाघ देखय {} से लोग आए रहें उनखर राजधानी का आय | अमेरिका=US; स्विट्ज़रलैंड=CH; स्वीडन=SE
# Tamil speakers' Hindi in Chennai, Coimbatore and Madurai
tamil-hindi | अण्णा {} का राजधानी क्या है | सिंगापुर=SG; मलेशिया=MY; मॉरीशस=MU
tamil-hindi | एन्ना अक्का {} का कैपिटल कौन सा बोलो ना | डेनमार्क=DK; फ़िनलैंड=FI; आइसलैंड=IS
tamil-hindi | तम्बी कोंजम बोलो {} का राजधानी क्या | सऊदी अरब=SA; क़तर=QA; कुवैत=KW
tamil-hindi | सरि सरि {} का राजधानी कौन सा सिटी है | कैमरून=CM; गैबॉन=GA; अंगोला=AO
tamil-hindi | मदुरै से हूँ सार् {} का राजधानी बोलिए | बहरीन=BH; यमन=YE; लेबनान=LB
tamil-hindi | कोयंबटूर का मिल से कपड़ा {} जाता है उधर का राजधानी क्या | बेल्जियम=BE; ऑस्ट्रिया=AT; रोमानिया=RO
# Konkani speakers' Hindi in Goa: Mapusa, Margao, Calangute
konkani-hindi | अरे बाबा {} ची राजधानी कितें | पुर्तगाल=PT; ब्राज़ील=BR; मोज़ांबिक=MZ
konkani-hindi | सायबा {} की राजधानी क्या है ज़रा सांगा | केप वर्ड=CV; साओ टोम और प्रिंसिपे=ST; गिनी बिसाऊ=GW
konkani-hindi | कलंगुट के शैक पर बैठे हैं {} की राजधानी बताओ मेन | ब्रिटेन=GB; स्वीडन=SE; नॉर्वे=NO
konkani-hindi | देव बरें करूं पहले बताओ {} की राजधानी | तिमोर लेस्ते=TL; पराग्वे=PY; उरूग्वे=UY
konkani-hindi | हांव भूल गई {} की राजधानी कौन सी है बाय | माल्टा=MT; साइप्रस=CY; मोनाको=MC
# Khasi speakers' Hindi in Shillong
khasi-hindi | खुब्लेई {} का राजधानी क्या है | जापान=JP; ताइवान=TW; दक्षिण कोरिया=KR
khasi-hindi | कोंग बोल रही है {} का राजधानी बताओ ना | युगांडा=UG; रवांडा=RW; बुरुंडी=BI
khasi-hindi | बाह पुलिस बाज़ार में हैं {} का कैपिटल कौन सा है | पेरू=PE; इक्वाडोर=EC; पनामा=PA
khasi-hindi | शिलांग में बारिश हो रहा है {} का राजधानी क्या है बोलो | आयरलैंड=IE; स्लोवाकिया=SK; स्लोवेनिया=SI
khasi-hindi | फ़ुटबॉल मैच में {} खेल रहा है उसका राजधानी | नाइजर=NE; माली=ML; सेनेगल=SN
# Mizo speakers' Hindi in Aizawl
mizo-hindi | चिबाई {} का राजधानी कौन सा है | ब्रूनेई=BN; पापुआ न्यू गिनी=PG; समोआ=WS
mizo-hindi | का लावम पहले से {} का राजधानी बोल दो | टोंगा=TO; तुवालू=TV; किरिबाती=KI
mizo-hindi | आइज़ोल से पूछ रहा हूँ {} का कैपिटल क्या है | नाउरु=NR; पलाऊ=PW; मार्शल द्वीपसमूह=MH
# Heritage speakers from Durban, South Africa
durban-heritage | हाउज़िट {} की राजधानी क्या है नेह | ज़िम्बाब्वे=ZW; ज़ाम्बिया=ZM; बोत्स्वाना=BW
durban-heritage | हम डरबन से आए हैं हमार आजी पूछत बाटी {} के राजधानी | मोज़ांबिक=MZ; नामीबिया=NA; लेसोथो=LS
durban-heritage | या या नाउ नाउ बताओ {} की कैपिटल | मलावी=MW; मेडागास्कर=MG; कोमोरोस=KM
durban-heritage | मेरा ग्रैनी बोलता {} का राजधानी पूछो | एस्वाटिनी=SZ; तंज़ानिया=TZ; सेशेल्स=SC
# Singapore and Malaysian Indians
singlish-hindi | {} का कैपिटल क्या है लाह | थाईलैंड=TH; वियतनाम=VN; फ़िलिपींस=PH
singlish-hindi | कैन ऑर नॉट बताओ {} का राजधानी | कंबोडिया=KH; लाओस=LA; म्यांमार=MM
singlish-hindi | लिटिल इंडिया में बैठा हूँ {} का राजधानी क्या है लेह | चीन=CN; मंगोलिया=MN; उत्तर कोरिया=KP
# Indian students in Melbourne and Sydney
aussie-indian | मेट {} की कैपिटल क्या है | वनुआतू=VU; सोलोमन द्वीपसमूह=SB; माइक्रोनेशिया=FM
aussie-indian | नो वरीज़ बस {} की राजधानी बता दो | ऑस्ट्रेलिया=AU; न्यूज़ीलैंड=NZ; पापुआ न्यू गिनी=PG
aussie-indian | मेलबर्न की यूनि में असाइनमेंट है {} की राजधानी क्या है | इंडोनेशिया=ID; पूर्वी तिमोर=TL; ब्रूनेई=BN
# Foreign learners: an Italian in Jaipur, a Brazilian, a Chinese engineer in Pune, an Iranian student
learner | मैं इटली से है {} का राजधानी क्या होता | स्पेन=ES; ग्रीस=GR; क्रोएशिया=HR
learner | मेरा नाम लुकास है ब्राज़ील से मुझे बताना {} का राजधानी | हैती=HT; डोमिनिकन गणराज्य=DO; ग्वाटेमाला=GT
learner | मैं चीनी इंजीनियर पुणे में काम {} का राजधानी कहाँ | किर्गिज़स्तान=KG; ताजिकिस्तान=TJ; अफ़गानिस्तान=AF
learner | हिंदी सीखता हूँ थोड़ा थोड़ा {} राजधानी क्या है प्लीज़ | आर्मेनिया=AM; अज़रबैजान=AZ; मॉल्डोवा=MD
learner | ईरान से स्टूडेंट हूँ {} की राजधानी क्या होती हैं | बुल्गारिया=BG; उत्तरी मकदूनिया=MK; बोस्निया=BA
# Embassy drivers in Chanakyapuri
embassy-driver | चाणक्यपुरी में {} एम्बेसी की गाड़ी चलाता हूँ साहब के देश की राजधानी क्या है | नॉर्वे=NO; फ़िनलैंड=FI; डेनमार्क=DK
embassy-driver | साहब {} के हैं उनकी राजधानी का नाम बताओ | निकारागुआ=NI; होंडूरास=HN; अल सल्वाडोर=SV
embassy-driver | मैडम को एयरपोर्ट छोड़ना है वो {} जा रही हैं वहाँ की राजधानी क्या है | लक्ज़मबर्ग=LU; लिचेंस्टीन=LI; सैन मेरीनो=SM
embassy-driver | दूतावास के गेट पर खड़ा हूँ {} की राजधानी बता दो जल्दी | बेलीज़=BZ; कोस्टारिका=CR; ग्वाटेमाला=GT
# Food-delivery riders between orders
delivery-rider | ऑर्डर पिक करने से पहले बताओ {} की राजधानी | इथियोपिया=ET; इरिट्रिया=ER; जिबूती=DJ
delivery-rider | भाई रेटिंग का टेंशन है जल्दी बोलो {} की राजधानी क्या है | मॉरिटानिया=MR; गाम्बिया=GM; गिनी=GN
delivery-rider | कस्टमर {} का था नाम से लगा उसकी राजधानी क्या है | पाकिस्तान=PK; मालदीव=MV; नेपाल=NP
delivery-rider | बाइक रोक के पूछ रहा हूँ {} की राजधानी कौन सी है | सिएरा लियोन=SL; लाइबेरिया=LR; आइवरी कोस्ट=CI
# UPSC aspirants in Mukherjee Nagar
upsc-aspirant | प्रीलिम्स के मैप वर्क के लिए {} की राजधानी बताइए | सूडान=SD; दक्षिण सूडान=SS; इरिट्रिया=ER
upsc-aspirant | करंट अफ़ेयर्स में {} आया है उसकी राजधानी क्या है | यूक्रेन=UA; इज़राइल=IL; यमन=YE
upsc-aspirant | मुखर्जी नगर की लाइब्रेरी से पूछ रहा हूँ {} की राजधानी धीरे से बताओ | कज़ाखस्तान=KZ; उज़्बेकिस्तान=UZ; तुर्कमेनिस्तान=TM
# A gym
gym | पुश अप के बीच में {} की राजधानी बोलो | ब्राज़ील=BR; कोलंबिया=CO; चिली=CL
gym | ट्रेडमिल पे हूँ हाँफते हाँफते {} की राजधानी | जॉर्डन=JO; लेबनान=LB; इराक=IQ
# The Kumbh Mela at Prayagraj
kumbh-mela | संगम पे {} से विदेशी साधु आए हैं उनके देश की राजधानी बताओ | इटली=IT; फ़्रांस=FR; इज़राइल=IL
kumbh-mela | खोया पाया केंद्र से बोल रहे हैं बच्चा {} की राजधानी पूछ रहा है | नेपाल=NP; भूटान=BT; मॉरीशस=MU
# Jewellers and gem exporters
jeweller | सोने का भाव देख रहा था {} की राजधानी कौन सी है | संयुक्त अरब अमीरात=AE; स्विट्ज़रलैंड=CH; बेल्जियम=BE
jeweller | हीरे का माल {} से आता है उसकी राजधानी बताइए | बोत्स्वाना=BW; रूस=RU; नामीबिया=NA
# Stock-market traders
stock-trader | मार्केट खुलने से पहले {} की राजधानी बताओ | चीन=CN; सिंगापुर=SG; दक्षिण अफ़्रीका=ZA
stock-trader | डॉलर के सामने {} की करेंसी गिरी उसकी राजधानी क्या है | तुर्की=TR; अर्जेंटीना=AR; मिस्र=EG
# Olympics viewers
olympics | ओलंपिक में {} ने गोल्ड जीता उसकी राजधानी क्या है | जमैका=JM; केन्या=KE; इथियोपिया=ET
olympics | नीरज चोपड़ा के साथ {} का खिलाड़ी था उसकी राजधानी बताओ | ग्रेनाडा=GD; चेकिया=CZ; पाकिस्तान=PK
olympics | अगला ओलंपिक देखेंगे पहले {} की राजधानी बताओ | बहामास=BS; बारबाडोस=BB; त्रिनिदाद और टोबैगो=TT
# A school's morning assembly
school-assembly | प्रार्थना सभा में बोलना है {} की राजधानी का नाम | म्यांमार=MM; अफ़गानिस्तान=AF; बांग्लादेश=BD
school-assembly | मैम ने कहा कल सुबह बताना {} की राजधानी | सेंट लूसिया=LC; डोमिनिका=DM; सेंट विंसेंट और ग्रेनाडाइंस=VC
school-assembly | मॉनिटर हूँ मुझे पता होना चाहिए {} की राजधानी | एंटिगुआ और बरबुडा=AG; सेंट किट्स और नेविस=KN; ग्रेनाडा=GD
# A hospital OPD queue and a chemist
hospital | ओपीडी में नंबर आने तक बताओ {} की राजधानी क्या है | इक्वेटोरियल गिनी=GQ; मध्य अफ़्रीकी गणराज्य=CF; कांगो गणराज्य=CG
hospital | डॉक्टर साहब {} से पढ़ के आए हैं वहाँ की राजधानी बताओ | किर्गिज़स्तान=KG; यूक्रेन=UA; फ़िलिपींस=PH
# A Rishikesh yoga ashram
yoga-ashram | आश्रम में {} की साधिका आई है उसके देश की राजधानी क्या है | लिथुआनिया=LT; पुर्तगाल=PT; अर्जेंटीना=AR
yoga-ashram | गंगा आरती के बाद सोचा {} की राजधानी पूछ लूँ | न्यूज़ीलैंड=NZ; कोलंबिया=CO; चिली=CL
# An FM radio jockey
radio-jockey | एफ़ एम पे क्विज़ चलाना है {} की राजधानी कन्फ़र्म करो | बुर्किना फ़ासो=BF; कैमरून=CM; बेनिन=BJ
radio-jockey | कॉलर ने गलत बोला शायद {} की राजधानी सही क्या है | सोमालिया=SO; तंज़ानिया=TZ; युगांडा=UG
# A housing society's night guard
night-guard | रात की ड्यूटी है नींद भगाने को बताओ {} की राजधानी | ताइवान=TW; फ़िजी=FJ; समोआ=WS
night-guard | सोसाइटी के गेट पे बैठा हूँ {} की राजधानी क्या है भाई | लीबिया=LY; मोरक्को=MA; ओमान=OM
# Airline cabin crew and pilot trainees
aviation | फ़्लाइट {} जा रही है ब्रीफ़िंग में पूछेंगे वहाँ की राजधानी क्या है | सेशेल्स=SC; मालदीव=MV; मॉरीशस=MU
aviation | पायलट ट्रेनिंग में {} का एयरस्पेस पढ़ रहे हैं उसकी राजधानी क्या है | ईरान=IR; ताजिकिस्तान=TJ; अज़रबैजान=AZ
aviation | लेओवर {} में है वहाँ की राजधानी क्या है | बहरीन=BH; तुर्किये=TR; उज़्बेकिस्तान=UZ
# A chess club
chess-club | शतरंज का ओलंपियाड {} में हुआ था उसकी राजधानी क्या है | आर्मेनिया=AM; हंगरी=HU; नॉर्वे=NO
chess-club | चेक देने से पहले {} की राजधानी सोच रहा हूँ | मंगोलिया=MN; लातविया=LV; एस्टोनिया=EE
# Elders: capitals that moved since their youth, a hearing aid, glasses
elder | बेटा हमारे ज़माने में {} की राजधानी कुछ और थी अब क्या है | म्यांमार=MM; नाइजीरिया=NG; तंज़ानिया=TZ
elder | कान में मशीन लगी है ज़ोर से बताना {} की राजधानी | कज़ाखस्तान=KZ; ब्राज़ील=BR; पाकिस्तान=PK
elder | चश्मा ढूँढ रहा था तब तक बताओ {} की राजधानी क्या है | बुरुंडी=BI; पलाऊ=PW; बेलीज़=BZ
# Children
child | मेरी ड्राइंग में {} का झंडा बना है उसकी राजधानी बताओ | कनाडा=CA; नेपाल=NP; ब्राज़ील=BR
child | टीचर ने होमवर्क दिया है {} की राजधानी लिखनी है | स्पेन=ES; ग्रीस=GR; तुर्की=TR
child | भैया से पहले मैं बताऊँगी {} की राजधानी बताओ मुझे | रूस=RU; चीन=CN; अर्जेंटीना=AR
# Teenagers
teen | रील बनानी है देशों पे {} की राजधानी क्या है | दक्षिण कोरिया=KR; वियतनाम=VN; इंडोनेशिया=ID
teen | जियोगेसर में {} आया है इसकी राजधानी क्या है | लेसोथो=LS; उरूग्वे=UY; मोंटेनेग्रो=ME
# Hesitations
hesitation | अम्म वो {} की राजधानी क्या थी यार | पराग्वे=PY; होंडूरास=HN; पनामा=PA
hesitation | रुकना वो क्या नाम है हाँ {} की राजधानी | कोमोरोस=KM; गैबॉन=GA; टोगो=TG
hesitation | सोचता हूँ सोचता हूँ नहीं याद आ रहा {} की राजधानी | ज़ाम्बिया=ZM; अंगोला=AO; मलावी=MW
# Terse forms
terse | {} राजधानी बोलो | एंडोरा=AD; वेटिकन सिटी=VA; लिचेंस्टीन=LI
terse | सिर्फ़ राजधानी बोलना {} | नाउरु=NR; तुवालू=TV; माइक्रोनेशिया=FM
terse | राजधानी नाम {} देश | अल सल्वाडोर=SV; कोस्टारिका=CR; डोमिनिकन गणराज्य=DO
terse | {} कैपिटल जल्दी | कोसोवो=XK; पश्चिमी सहारा=EH; फ़िलिस्तीन=PS
# Hinglish in Devanagari
hinglish | हे टेल मी {} का कैपिटल प्लीज़ | स्कॉटलैंड=GB-SCT; वेल्स=GB-WLS; उत्तरी आयरलैंड=GB-NIR
hinglish | क्विक सवाल {} की कैपिटल सिटी कौन सी है | घाना=GH; सेनेगल=SN; नामीबिया=NA
hinglish | आई वाना नो {} की राजधानी | क्यूबा=CU; बहामास=BS; हैती=HT
# What hi-IN recognition writes
recognition-artefact | {} कि राजधानी क्या हे | फ्रांस=FR; फिनलैंड=FI; जिम्बाब्वे=ZW
recognition-artefact | {} की राजधानी कौनसी हे | यू ए ई=AE; यू के=GB; यू एस ए=US
recognition-artefact | {} कीराजधानी बताओ | डी आर सी=CD; पी एन जी=PG; यू एस=US
recognition-artefact | राज धानी {} की क्या है | अर्जेंटिना=AR; वेनेजुएला=VE; मोजाम्बिक=MZ
recognition-artefact | {} का राजधानि क्या हैं | कजाकस्तान=KZ; उजबेकिस्तान=UZ; ताजकिस्तान=TJ
recognition-artefact | कोनसा सहर {} की राजधानी हे | स्विटजरलैंड=CH; लक्जमबर्ग=LU; लिकटेंस्टाइन=LI
recognition-artefact | {} की राजदानी क्या है | हॉन्डुरस=HN; निकरागुआ=NI; ग्वाटेमला=GT
recognition-artefact | {} की राजधानी कौन सी है जी बताइए | ऑस्ट्रे लिया=AU; कोलं बिया=CO; तंजा निया=TZ
recognition-artefact | {} कि राजधानी कोन हे | सेनेगाल=SN; गाम्बीया=GM; बुरकिना फासो=BF
# Follow-ups
follow-up | और {} की | बेल्जियम=BE; नीदरलैंड=NL; लक्ज़मबर्ग=LU
follow-up | अच्छा फिर {} का क्या | मलेशिया=MY; ब्रूनेई=BN; सिंगापुर=SG
follow-up | ठीक है अब {} की बताओ | ग्रीस=GR; साइप्रस=CY; माल्टा=MT
follow-up | और {} की का आय | बांग्लादेश=BD; भूटान=BT; नेपाल=NP
follow-up | आउ {} के | मिस्र=EG; सूडान=SD; लीबिया=LY
follow-up | अप्पुरम {} का राजधानी | श्रीलंका=LK; मालदीव=MV; मॉरीशस=MU
follow-up | आनी {} की बाबा | पुर्तगाल=PT; स्पेन=ES; अंडोरा=AD
follow-up | बाह और {} का | म्यांमार=MM; थाईलैंड=TH; लाओस=LA
follow-up | उसी तरह {} की राजधानी भी बता दो | फ़िनलैंड=FI; एस्टोनिया=EE; लातविया=LV
follow-up | और पड़ोसी देश {} की | अर्जेंटीना=AR; पराग्वे=PY; उरूग्वे=UY
# Yes/no checks, right and wrong guesses
yes-no-check | क्या {} की राजधानी है | सिडनी ऑस्ट्रेलिया=AU; टोरंटो कनाडा=CA; इस्तांबुल तुर्की=TR
yes-no-check | {} की राजधानी है ना सही बोला | रियो ब्राज़ील=BR; ओटावा कनाडा=CA; बर्न स्विट्ज़रलैंड=CH
yes-no-check | जौन {} की राजधानी है के नईं | लागोस नाइजीरिया=NG; भोपाल मध्य प्रदेश=IN-MP; ग्वालियर मध्य प्रदेश=IN-MP
yes-no-check | मेरे हिसाब से {} की राजधानी है सही है क्या | नैरोबी केन्या=KE; अक्रा घाना=GH; डकार सेनेगल=SN
yes-no-check | ज़्यूरिख़ स्विट्ज़रलैंड की राजधानी है क्या | CH
yes-no-check | अल्माटी कज़ाखस्तान की राजधानी है कि नहीं | KZ
yes-no-check | कराची अब भी पाकिस्तान की राजधानी है क्या | PK
yes-no-check | बता तो {} की राजधानी है कि नहीं | वेलिंगटन न्यूज़ीलैंड=NZ; ऑकलैंड न्यूज़ीलैंड=NZ; दार एस सलाम तंज़ानिया=TZ
yes-no-check | {} की राजधानी ही है ना | येरेवान आर्मेनिया=AM; बाकू अज़रबैजान=AZ; तिब्लिसी जॉर्जिया=GE
yes-no-check | अण्णा {} का राजधानी है क्या | कोलंबो श्रीलंका=LK; चेन्नई तमिलनाडु=IN-TN; मदुरै तमिलनाडु=IN-TN
yes-no-check | {} के राजधानी हइ न | पटना बिहार=IN-BR; रांची झारखंड=IN-JH; गया बिहार=IN-BR
yes-no-check | गोवा की राजधानी पणजी है या मडगाँव | IN-GA
yes-no-check | शिलांग ही मेघालय की राजधानी है ना बाह | IN-ML
yes-no-check | क्या जिनेवा स्विट्ज़रलैंड की राजधानी नहीं है | CH
yes-no-check | मुझे लगता है न्यूयॉर्क अमेरिका की राजधानी है सही है ना | US
yes-no-check | शर्त लगी है दुबई संयुक्त अरब अमीरात की राजधानी है बोलो हाँ | AE
yes-no-check | मेलबर्न ऑस्ट्रेलिया की राजधानी थी क्या कभी और अब क्या है | AU
yes-no-check | केप टाउन दक्षिण अफ़्रीका की राजधानी है ना | ZA
yes-no-check | क्या सेंट पीटर्सबर्ग रूस की राजधानी है | RU
yes-no-check | होची मिन्ह सिटी वियतनाम की राजधानी है क्या बताओ | VN
yes-no-check | ला पाज़ बोलीविया की राजधानी है ना | BO
yes-no-check | यांगून अभी भी म्यांमार की राजधानी है या बदल गई | MM
yes-no-check | लिस्बन पुर्तगाल की राजधानी है ना सायबा | PT
yes-no-check | अबुजा नाइजीरिया की राजधानी है हओ के नईं | NG
# Self-corrections with a marker: the last place named
self-correction | ऑस्ट्रिया अरे नहीं ऑस्ट्रेलिया की राजधानी बताओ | AU
self-correction | स्लोवाकिया की मेरा मतलब स्लोवेनिया की राजधानी क्या है | SI
self-correction | ईरान की सॉरी इराक की राजधानी | IQ
self-correction | नाइजीरिया की नहीं नहीं नाइजर की राजधानी बताओ | NE
self-correction | गिनी की ग़लत बोला गिनी बिसाऊ की राजधानी क्या है | GW
self-correction | स्वीडन की नहीं नहीं मेरा मतलब स्विट्ज़रलैंड की राजधानी | CH
self-correction | मॉरीशस की राजधानी अरे नहीं मॉरिटानिया की | MR
self-correction | डोमिनिका की सॉरी डोमिनिकन गणराज्य की राजधानी क्या है | DO
self-correction | ज़ाम्बिया नईं नईं गाम्बिया की राजधानी का आय | GM
self-correction | आइसलैंड का इल्लै इल्लै आयरलैंड का राजधानी बोलो | IE
self-correction | लातविया के न न लिथुआनिया के राजधानी की हइ | LT
self-correction | कोलंबिया की रुको रुको बोलीविया की राजधानी क्या है | BO
self-correction | अर्मेनिया की नहीं मेरा मतलब अल्बानिया की राजधानी | AL
self-correction | ऑस्ट्रेलिया की अरे माफ़ करना ऑस्ट्रिया की राजधानी बताओ | AT
self-correction | उत्तर कोरिया की सॉरी दक्षिण कोरिया की राजधानी | KR
self-correction | सूडान की नहीं नहीं दक्षिण सूडान की राजधानी क्या है | SS
self-correction | सेंट लूसिया की ग़लत बोला सेंट किट्स की राजधानी | KN
self-correction | पेरू की अरे नहीं पराग्वे की राजधानी कौन सी है | PY
self-correction | मलेशिया की सॉरी मालदीव की राजधानी बताना | MV
self-correction | क्रोएशिया की मेरा मतलब सर्बिया की राजधानी क्या है | RS
self-correction | तुर्कमेनिस्तान की ग़लत बोला मैंने ताजिकिस्तान की राजधानी | TJ
self-correction | लेसोथो की मेरा मतलब लाइबेरिया की राजधानी क्या है भैया | LR
self-correction | कैमरून नहीं नहीं कोमोरोस का कैपिटल बताओ अण्णा | KM
self-correction | मेक्सिको की अरे नहीं न्यू मेक्सिको स्टेट की राजधानी | US-NM
self-correction | वेल्स की सॉरी स्कॉटलैंड की राजधानी बताओ | GB-SCT
self-correction | ग्रेनाडा की मेरा मतलब गुयाना की राजधानी | GY
self-correction | लेबनान की रुको रुको लीबिया की राजधानी क्या है | LY
self-correction | बेनिन की नहीं नहीं भूटान की राजधानी बोलो | BT
# Reverse questions: a capital named, the place asked
reverse-question | {} किस देश की राजधानी है | ओस्लो=CITY:ओस्लो; बामाको=CITY:बामाको; उलानबातर=CITY:उलानबातर
reverse-question | {} कहाँ की राजधानी है बताओ | विंडहोक=CITY:विंडहोक; मनामा=CITY:मनामा; क्वीटो=CITY:क्वीटो
reverse-question | {} कौन से देस की राजधानी आय | कैनबरा=CITY:कैनबरा; हरारे=CITY:हरारे; लुसाका=CITY:लुसाका
reverse-question | {} कउन देश के राजधानी हइ | काठमांडू=CITY:काठमांडू; थिंपू=CITY:थिंपू; ढाका=CITY:ढाका
reverse-question | {} कौन सा देश का राजधानी है अण्णा | विक्टोरिया=CITY:विक्टोरिया; किंग्स्टन=CITY:किंग्स्टन; मनीला=CITY:मनीला
reverse-question | {} नाम की राजधानी किसकी है | जॉर्जटाउन=CITY:जॉर्जटाउन; सेंट जॉन्स=CITY:सेंट जॉन्स; हैमिल्टन=CITY:हैमिल्टन
reverse-question | राजधानी {} है तो देश कौन सा है | अबुजा=CITY:अबुजा; डोडोमा=CITY:डोडोमा; नेपीडॉ=CITY:नेपीडॉ
reverse-question | {} जिसकी राजधानी है वो देश कौन सा है | अस्ताना=CITY:अस्ताना; बिश्केक=CITY:बिश्केक; दुशांबे=CITY:दुशांबे
reverse-question | {} किस राज्य की राजधानी है | चंडीगढ़=CITY:चंडीगढ़; अगरतला=CITY:अगरतला; आइज़ोल=CITY:आइज़ोल
reverse-question | क्विज़ में आया {} ये किसकी राजधानी है | ला पाज़=CITY:ला पाज़; पोर्टो नोवो=CITY:पोर्टो-नोवो; यामुस्सूक्रो=CITY:यामुस्सूक्रो
reverse-question | {} किस मुल्क का दारुल हुकूमत है | ताशकंद=CITY:ताशकंद; अश्गाबात=CITY:अश्गाबात; सना=CITY:सना
reverse-question | {} कौन सी कंट्री का कैपिटल है | एम्स्टर्डम=CITY:एम्स्टर्डम; ब्लूमफ़ोन्टेन=CITY:ब्लूमफ़ोन्टेन; सूक्रे=CITY:सूक्रे
reverse-question | {} ये शहर किसकी राजधानी है बाबा | पणजी=CITY:पणजी; शिलांग=CITY:शिलांग; श्रीनगर=CITY:श्रीनगर
reverse-question | अक्का {} कौन सा देश में राजधानी है | कायरो=CITY:कायरो; ट्यूनिस=CITY:ट्यूनिस; रबात=CITY:रबात
# Official names
official-name | {} की राजधानी क्या है जी | संघीय गणराज्य जर्मनी=DE; रूसी संघ=RU; इस्लामी गणराज्य ईरान=IR
official-name | सरकारी नाम से पूछ रहा हूँ {} की राजधानी | फ़्रांसीसी गणराज्य=FR; हेलेनिक गणराज्य=GR; संयुक्त मैक्सिकन राज्य=MX
official-name | प्रश्न पत्र में लिखा है {} की राजधानी बताइए | कोरिया गणराज्य=KR; लाओ जनवादी लोकतांत्रिक गणराज्य=LA; सीरियाई अरब गणराज्य=SY
official-name | {} की राजधानी का नाम क्या है बताइए श्रीमान | मिस्र अरब गणराज्य=EG; किर्गिज़ गणराज्य=KG; संयुक्त गणराज्य तंज़ानिया=TZ
official-name | {} की राजधानी कौन सा शहर है महोदय | स्विस परिसंघ=CH; बांग्लादेश जनवादी गणराज्य=BD; संघीय लोकतांत्रिक गणराज्य नेपाल=NP
official-name | अधिकृत नाम {} है उसकी राजधानी क्या है | इस्लामी गणराज्य मॉरिटानिया=MR; श्रीलंका लोकतांत्रिक समाजवादी गणराज्य=LK; अल्जीरियाई जनवादी लोकतांत्रिक गणराज्य=DZ
official-name | {} की राजधानी बताओ अण्णा | कोरिया लोकतांत्रिक जनवादी गणराज्य=KP; कॉमनवेल्थ ऑफ़ ऑस्ट्रेलिया=AU; किंगडम ऑफ़ थाईलैंड=TH
official-name | {} का कैपिटल क्या है सर | यूनाइटेड किंगडम ऑफ़ ग्रेट ब्रिटेन एंड नॉर्दर्न आयरलैंड=GB; डेमोक्रेटिक रिपब्लिक ऑफ़ कांगो=CD; रिपब्लिक ऑफ़ द कांगो=CG
# Everyday names
everyday-name | {} की राजधानी तो बताओ यार | हॉलैंड=NL; रशिया=RU; इजिप्ट=EG
everyday-name | अपने वाले {} की राजधानी | यूएई=AE; सऊदी=SA; टर्की=TR
everyday-name | {} का राजधानी कौन सा है भैया | चाइना=CN; साउथ कोरिया=KR; नॉर्थ कोरिया=KP
everyday-name | बोलचाल में {} कहते हैं उसकी राजधानी | चेक रिपब्लिक=CZ; बोस्निया=BA; ईस्ट तिमोर=TL
everyday-name | {} की राजधानी बोलो भाई | डीआर कांगो=CD; साउथ सूडान=SS; मैसेडोनिया=MK
everyday-name | {} की राजधानी कौन सी है भाई साहब | फ़लस्तीन=PS; पैराग्वे=PY; उरुग्वे=UY
everyday-name | {} की राजधानी क्या है यार | अमेरिका=US; इंडिया=IN; हिंदुस्तान=IN
# Old names
old-name | पुराने ज़माने का {} जो था उसकी राजधानी अब क्या है | सीलोन=LK; बर्मा=MM; स्याम=TH
old-name | दादा जी {} बोलते हैं उसकी राजधानी कौन सी है | फ़ारस=IR; ज़ायर=CD; रोडेशिया=ZW
old-name | स्टाम्प पे {} लिखा है उस देश की राजधानी बताओ | अपर वोल्टा=BF; दाहोमे=BJ; गोल्ड कोस्ट=GH
old-name | इतिहास की किताब में {} है उसकी आज की राजधानी | बेचुआनालैंड=BW; बासुतोलैंड=LS; न्यासालैंड=MW
old-name | {} अब किस नाम से है और उसकी राजधानी क्या है | ब्रिटिश होंडूरास=BZ; डच गुयाना=SR; कंपूचिया=KH
old-name | पहले का {} उसकी राजधानी | पूर्वी पाकिस्तान=BD; स्वाज़ीलैंड=SZ; अबीसीनिया=ET
old-name | {} की राजधानी बताओ पुराना नाम है | उत्तरांचल=IN-UK; उड़ीसा=IN-OD; फ़ॉर्मोसा=TW
shared-name | अफ़्रीका के दोनों कांगो देशों की राजधानियाँ बताओ बउआ | CD+CG
shared-name | कोरिया वाले दोनों देशों की राजधानी का आय | KP+KR
shared-name | वर्जिन द्वीप की राजधानी कौन सी है मेट | VG+VI
# Shared names
shared-name | {} की राजधानी बताओ ना | कांगो=CD+CG; कोरिया=KP+KR; जॉर्जिया=GE+US-GA
shared-name | {} का कैपिटल क्या है भाई | वर्जिन आइलैंड्स=VG+VI; कांगो=CD+CG
shared-name | {} की राजधानी का आय दद्दा | कोरिया=KP+KR; जॉर्जिया=GE+US-GA; वर्जिन द्वीपसमूह=VG+VI
shared-name | अमेरिका वाला जॉर्जिया उसकी राजधानी बताओ | US-GA
shared-name | रूस के पास वाला जॉर्जिया देश उसकी राजधानी | GE
shared-name | बड़े वाले कांगो की राजधानी क्या है | CD
shared-name | छोटे वाले कांगो की राजधानी कौन सी है | CG
shared-name | ब्रिटिश वर्जिन आइलैंड्स की राजधानी बताओ | VG
shared-name | अमेरिकन वर्जिन आइलैंड्स की राजधानी कौन सी है | VI
shared-name | जॉर्जिया स्टेट की राजधानी क्या है अमेरिका में | US-GA
shared-name | जॉर्जिया देश की राजधानी बताइए यूरोप वाला | GE
shared-name | कोरिया के राजधानी की हइ | KP+KR
shared-name | जॉर्जिया का राजधानी क्या है अण्णा | GE+US-GA
# Plurals: every several-capital country, Palestine, Jammu and Kashmir, Uttarakhand, Montserrat
plural-capitals | {} की राजधानियाँ कौन कौन सी हैं | दक्षिण अफ़्रीका=ZA; बोलीविया=BO; मलेशिया=MY
plural-capitals | {} की राजधानियाँ कौन कौन सी आंय | श्रीलंका=LK; नीदरलैंड=NL; बेनिन=BJ
plural-capitals | {} के राजधानी सब कउन कउन हइ | कोत दिवुआर=CI; एस्वाटिनी=SZ; फ़िलिस्तीन=PS
plural-capitals | {} का सब राजधानी बोलो अण्णा | मलेशिया=MY; श्रीलंका=LK; दक्षिण अफ़्रीका=ZA
plural-capitals | {} की दोनों राजधानियाँ बताओ बाबा | नीदरलैंड=NL; बोलीविया=BO; बेनिन=BJ
plural-capitals | हमारे साउथ अफ़्रीका की तीनों कैपिटल्स के नाम बताओ नेह | ZA
plural-capitals | {} में कितनी राजधानियाँ हैं और कौन कौन सी | आइवरी कोस्ट=CI; स्वाज़ीलैंड=SZ; बोलीविया=BO
plural-capitals | सुना है {} की दो राजधानियाँ हैं कौन सी | फ़िलिस्तीन=PS; जम्मू और कश्मीर=IN-JK; उत्तराखंड=IN-UK
plural-capitals | {} की प्रशासनिक और संवैधानिक राजधानियाँ क्या हैं | बोलीविया=BO; कोत दिवुआर=CI; बेनिन=BJ
plural-capitals | यो {} की सारी कैपिटल्स बता | एस्वाटिनी=SZ; नीदरलैंड=NL; श्री लंका=LK
plural-capitals | मलेशिया की दोनों राजधानियाँ कुआलालंपुर के अलावा कौन सी | MY
plural-capitals | जम्मू कश्मीर की गर्मी और सर्दी वाली राजधानियाँ बताओ | IN-JK
plural-capitals | उत्तराखंड की गर्मियों वाली और स्थायी दोनों राजधानियाँ बताओ | IN-UK
plural-capitals | मोंटसेरात टापू की दोनों राजधानियाँ कौन सी हैं | MS
plural-capitals | मलेशिया का दोनों कैपिटल बोलो लाह | MY
# Subdivisions: states, provinces, the UK's nations
subdivision | {} राज्य की राजधानी कौन सी है | त्रिपुरा=IN-TR; मिज़ोरम=IN-MZ; मेघालय=IN-ML
subdivision | अमेरिका के {} स्टेट की राजधानी क्या है | ओहायो=US-OH; ओरेगन=US-OR; नेवादा=US-NV
subdivision | कनाडा के {} प्रांत की राजधानी | मैनिटोबा=CA-MB; अल्बर्टा=CA-AB; नुनावुत=CA-NU
subdivision | ऑस्ट्रेलिया के {} की राजधानी कौन सी है | क्वींसलैंड=AU-QLD; तस्मानिया=AU-TAS; पश्चिमी ऑस्ट्रेलिया=AU-WA
subdivision | जर्मनी के {} राज्य की राजधानी | थुरिंजिया=DE-TH; सारलैंड=DE-SL; लोअर सैक्सनी=DE-NI
subdivision | ब्राज़ील के {} की राजधानी | बाहिया=BR-BA; अमेज़ोनास=BR-AM; पराना=BR-PR
subdivision | मेक्सिको के {} राज्य की राजधानी क्या है | ओआहाका=MX-OAX; चियापास=MX-CHP; नुएवो लेओन=MX-NLE
subdivision | {} की राजधानी कौन सा शहर है ब्रिटेन में | वेल्स=GB-WLS; उत्तरी आयरलैंड=GB-NIR; इंग्लैंड=GB-ENG
subdivision | {} की राजधानी बताइए | लद्दाख=IN-LA; लक्षद्वीप=IN-LD; सिक्किम=IN-SK
subdivision | {} का राजधानी क्या है अण्णा | पुडुचेरी=IN-PY; तमिलनाडु=IN-TN; केरल=IN-KL
subdivision | {} की राजधानी का आय भैया | मध्य प्रदेश=IN-MP; उत्तर प्रदेश=IN-UP; छत्तीसगढ़=IN-CG
subdivision | {} के राजधानी कउन हइ | बिहार=IN-BR; झारखंड=IN-JH; पश्चिम बंगाल=IN-WB
subdivision | {} की राजधानी कौन सी है सायबा | गोवा=IN-GA; महाराष्ट्र=IN-MH; कर्नाटक=IN-KA
subdivision | {} का राजधानी कौन सा है बाह | असम=IN-AS; अरुणाचल प्रदेश=IN-AR; नागालैंड=IN-NL
subdivision | अमेरिका के {} की कैपिटल बताओ मेट | हवाई=US-HI; अलास्का=US-AK; टेक्सास=US-TX
# Territories
territory | {} की राजधानी कौन सी है वैसे | ग्रीनलैंड=GL; फ़ेरो द्वीपसमूह=FO; स्वालबार्ड=SJ
territory | फ़्रांस के {} की राजधानी | रियूनियन=RE; मायोते=YT; मार्टीनिक=MQ
territory | {} टापू की राजधानी का नाम | गुआम=GU; बरमूडा=BM; जिब्राल्टर=GI
territory | ब्रिटेन के अधीन {} की राजधानी क्या है | पिटकैर्न द्वीपसमूह=PN; तुर्क और कैकोज़ द्वीपसमूह=TC; ब्रिटिश हिंद महासागरीय क्षेत्र=IO
territory | {} की राजधानी बताना ज़रा | सेंट पिएरे और मिक्वेलान=PM; वालिस और फ़्यूचूना=WF; सेंट बार्थेलेमी=BL
territory | न्यूज़ीलैंड से जुड़े {} की राजधानी | नीयू=NU; तोकेलाउ=TK; कुक द्वीपसमूह=CK
territory | {} की राजधानी क्या है डच वाला | कैरिबियन नीदरलैंड=BQ; अरूबा=AW; कुरासाओ=CW
territory | ऑस्ट्रेलिया के {} की राजधानी | क्रिसमस द्वीप=CX; कोकोस द्वीपसमूह=CC; नॉरफ़ॉक द्वीप=NF
territory | {} की राजधानी कौन सा शहर है | पोर्टो रिको=PR; उत्तरी मारियाना द्वीपसमूह=MP; अमेरिकी समोआ=AS
territory | {} का कैपिटल बोलो ना | एलैंड द्वीपसमूह=AX; आइल ऑफ़ मैन=IM; जर्सी=JE
territory | {} की राजधानी बताओ भैया | गर्नसी=GG; एंग्विला=AI; सेंट हेलेना=SH
territory | {} की राजधानी किधर है | फ़ॉकलैंड=FK; कैमेन द्वीपसमूह=KY; सिंट मार्टिन=SX
territory | {} की राजधानी क्या है फ़्रेंच वाला | सेंट मार्टिन=MF; ग्वाडेलूप=GP; फ़्रेंच गुयाना=GF
territory | प्रशांत में {} की राजधानी | फ़्रेंच पोलिनेशिया=PF; न्यू कैलेडोनिया=NC
territory | दक्षिण जॉर्जिया और दक्षिण सैंडविच द्वीपसमूह की राजधानी कौन सी है | GS
territory | फ़्रांसीसी दक्षिणी क्षेत्र की राजधानी का नाम | TF
# One-shot requests through the invocation name
one-shot | दुनिया की राजधानियाँ से पूछो {} की राजधानी क्या है | नाइजीरिया=NG; अल्जीरिया=DZ; मोरक्को=MA
one-shot | दुनिया की राजधानियाँ खोलो और {} की राजधानी बताओ | होंडूरास=HN; निकारागुआ=NI; अल सल्वाडोर=SV
one-shot | दुनिया की राजधानियाँ से {} की राजधानी पूछ दो | इरिट्रिया=ER; जिबूती=DJ; सोमालिया=SO
one-shot | दुनिया की राजधानियाँ से पूछो {} की राजधानी का आय | ग्रीस=GR; साइप्रस=CY; तुर्की=TR
one-shot | दुनिया की राजधानियां से पूछो {} की राजधानी | ब्रूनेई=BN; सिंगापुर=SG; मलेशिया=MY
one-shot | दुनिया की राजधानियाँ अण्णा {} का राजधानी बोलो | श्रीलंका=LK; मालदीव=MV; सेशेल्स=SC
one-shot | दुनिया की राजधानियाँ में {} की राजधानी ढूँढो | केप वर्ड=CV; गिनी बिसाऊ=GW; साओ टोम और प्रिंसिपे=ST
# Launch
launch | दुनिया की राजधानियाँ खोल दो भैया | LAUNCH
launch | दुनिया की राजधानियाँ ओपन कर दो प्लीज़ | LAUNCH
launch | अण्णा दुनिया की राजधानियाँ खोलो | LAUNCH
launch | दद्दा के लाने दुनिया की राजधानियाँ खोल देओ | LAUNCH
launch | बउआ दुनिया की राजधानियाँ चला दहो | LAUNCH
launch | दुनिया की राजधानियाँ ऐप खोलिए | LAUNCH
launch | दुनिया की राजधानियां खोलो ना | LAUNCH
launch | बाबा दुनिया की राजधानियाँ चालू कर | LAUNCH
launch | मेट दुनिया की राजधानियाँ ओपन करो | LAUNCH
launch | दुनिया की राजधानियाँ चलाओ बिन्ना | LAUNCH
launch | खुब्लेई दुनिया की राजधानियाँ खोलो | LAUNCH
launch | नाउ नाउ दुनिया की राजधानियाँ खोलो नेह | LAUNCH
# Help
help | कैसे इस्तेमाल करें इसको | HELP
help | हमें समझ नईं आ रओ का करें | HELP
help | हमरा मदद करऽ | HELP
help | अण्णा हेल्प पण्णुंगो | HELP
help | कोंजम हेल्प करो | HELP
help | कोंग हेल्प करो ना | HELP
help | बाबा मदद करो ये कैसे चलता | HELP
help | मैं नहीं समझता कैसे पूछना मदद | HELP
help | बेटा ये मशीन से कैसे पूछते हैं | HELP
help | कौन कौन से सवाल चलते हैं | HELP
help | उदाहरण दो कैसे पूछूँ | HELP
help | हेल्प मेनू बताओ | HELP
help | हेल्प लाह | HELP
help | सहायता कीजिए कैसे प्रश्न करूँ | HELP
help | हेल्प मी आउट मेट | HELP
help | दद्दा के लाने बताओ कैसे पूछें | HELP
help | बउआ ई कइसे चलऽ हइ बतावऽ | HELP
help | अक्का इसमें क्या क्या पूछ सकता हूँ बोलो | HELP
help | सायबा ये कैसे काम करता है समझाओ | HELP
help | खुब्लेई कैसे यूज़ करना है बताओ | HELP
help | नेह हाउ डू आई यूज़ दिस | HELP
help | मैम ने बोला हेल्प बोलो तो बताएगी हेल्प | HELP
help | ऑप्शन क्या क्या हैं इसमें | HELP
help | ददा ई मसीन से कइसे पूछी | HELP
# Stop
stop | बंद कर दो भाई | STOP
stop | अब बंद करो बहुत हुआ | STOP
stop | बंद कर देओ | STOP
stop | बंद करऽ | STOP
stop | पोदुम बंद करो | STOP
stop | पुरो बंद करो | STOP
stop | बस बाह बंद करो | STOP
stop | स्टॉप लाह | STOP
stop | ओके मेट स्टॉप | STOP
stop | या स्टॉप नाउ | STOP
stop | ड्यूटी ख़त्म बंद करो | STOP
stop | क्विट कर दो | STOP
stop | बस बहुत हो गया बंद | STOP
stop | बंद करो ट्रेनर आ गया | STOP
stop | बंद कर दीजिए मेहरबानी | STOP
stop | सो जाओ बंद हो जाओ | STOP
stop | दद्दा सो गए बंद कर देओ अब | STOP
stop | हो गइल बंद करऽ बउआ | STOP
stop | ओके डन बंद करो मेट | STOP
stop | का लावम बस बंद करो | STOP
stop | ड्राइवर सीट पे हूँ अब बंद करो | STOP
# Cancel
cancel | रहन देओ | CANCEL
cancel | छोड़ऽ रहे दऽ | CANCEL
cancel | वेण्डाम रहने दो | CANCEL
cancel | नाका रहने दो | CANCEL
cancel | रहने दो कोंग | CANCEL
cancel | नेवर माइंड लाह | CANCEL
cancel | नाह फ़र्गेट इट मेट | CANCEL
cancel | या लीव इट | CANCEL
cancel | मैं नहीं चाहता कैंसल | CANCEL
cancel | ये सवाल रद्द कर दो | CANCEL
cancel | छोड़ दो ना | CANCEL
cancel | इल्लै इल्लै कैंसल | CANCEL
cancel | कैंसल कर देओ दद्दा | CANCEL
cancel | अरे छोड़ो मत बताओ | CANCEL
cancel | रहन दो दद्दा नईं चाहने | CANCEL
cancel | छोड़ दऽ बउआ | CANCEL
cancel | अक्का वेण्डाम छोड़ो | CANCEL
cancel | नाका बाबा कैंसल | CANCEL
cancel | रहने दो मेट नेवर माइंड | CANCEL
cancel | ग़लत पूछ लिया कैंसल करो | CANCEL
cancel | कस्टमर का कॉल आ गया कैंसल करो | CANCEL
# Out-of-domain near misses and everyday requests
out-of-domain | कैनबरा में अभी कितने बजे हैं | FB
out-of-domain | कैपिटल गेन्स टैक्स कितना लगता है | FB
out-of-domain | साइबेरिया की राजधानी क्या है | FB
out-of-domain | ज़ांज़ीबार की राजधानी क्या है | FB
out-of-domain | सिसली की राजधानी बताइए | FB
out-of-domain | बाली की राजधानी कौन सी है | FB
out-of-domain | कुर्दिस्तान की राजधानी क्या है | FB
out-of-domain | अवध की राजधानी पहले फ़ैज़ाबाद थी क्या | FB
out-of-domain | बुंदेलखंड की राजधानी क्या है | FB
out-of-domain | झाँसी की रानी का जन्म कहाँ हुआ था | FB
out-of-domain | ओरछा का राम राजा मंदिर कब खुलता है | FB
out-of-domain | गया से बोधगया कितनी दूर है | FB
out-of-domain | नालंदा विश्वविद्यालय किसने बनवाया था | FB
out-of-domain | रीवा में सफ़ेद बाघ कहाँ देखें | FB
out-of-domain | चेन्नई में आज बारिश होगी क्या | FB
out-of-domain | अण्णा इडली का रेसिपी बताओ | FB
out-of-domain | मदुरै मीनाक्षी मंदिर का टाइम क्या है | FB
out-of-domain | गोवा में कार्निवल कब है | FB
out-of-domain | कलंगुट बीच पे टाइड कब आएगा | FB
out-of-domain | शिलांग से चेरापूंजी कितनी दूर है | FB
out-of-domain | खुब्लेई का मतलब क्या होता है | FB
out-of-domain | आइज़ोल में अभी तापमान कितना है | FB
out-of-domain | डरबन से जोहान्सबर्ग की फ़्लाइट कब है | FB
out-of-domain | मेलबर्न में पार्ट टाइम जॉब कैसे मिलेगी | FB
out-of-domain | मैं इटली से है जयपुर में हाथी कहाँ | FB
out-of-domain | नॉर्वे एम्बेसी का टाइम क्या है | FB
out-of-domain | चाणक्यपुरी में पार्किंग कहाँ मिलेगी | FB
out-of-domain | अगला ऑर्डर कितनी दूर है | FB
out-of-domain | यूपीएससी प्रीलिम्स कब है इस साल | FB
out-of-domain | दुनिया का सबसे लंबा देश कौन सा है | FB
out-of-domain | सबसे ज़्यादा देशों वाला महाद्वीप कौन सा है | FB
out-of-domain | सौ पुश अप में कितनी कैलोरी जलती है | FB
out-of-domain | कुंभ मेला अगली बार कब लगेगा | FB
out-of-domain | संगम पे आज भीड़ कितनी है | FB
out-of-domain | सेंसेक्स आज कितना ऊपर है | FB
out-of-domain | पेरिस ओलंपिक में भारत को कितने मेडल मिले | FB
out-of-domain | आज का सुविचार बताओ | FB
out-of-domain | पैरासिटामोल कितनी बार लेनी चाहिए | FB
out-of-domain | ऋषिकेश में गंगा आरती कितने बजे होती है | FB
out-of-domain | एफ़ एम पे अगला गाना बजाओ | FB
out-of-domain | शतरंज में कैसलिंग कैसे करते हैं | FB
out-of-domain | विश्वनाथन आनंद कितनी बार चैंपियन बने | FB
out-of-domain | बेटा मेरी दवाई का टाइम हो गया क्या | FB
out-of-domain | मम्मा पेंगुइन कहाँ रहते हैं | FB
out-of-domain | जियोगेसर कैसे खेलते हैं | FB
out-of-domain | मौसम कैसा रहेगा कल | FB
out-of-domain | रूस में कितने टाइम ज़ोन हैं | FB
out-of-domain | केन्या की मुद्रा का नाम बताओ | FB
out-of-domain | मलेशिया का सबसे ऊँचा पहाड़ कौन सा है | FB
out-of-domain | बोलीविया में कौन सी भाषाएँ बोलते हैं | FB
out-of-domain | श्रीलंका का राष्ट्रीय पक्षी कौन सा है | FB
out-of-domain | नीदरलैंड में कितनी साइकिलें हैं | FB
out-of-domain | भारत की मसाला राजधानी कौन सा शहर है | FB
out-of-domain | कैपिटल एक्सप्रेस ट्रेन कितने बजे आती है | FB
out-of-domain | राजधानी एक्सप्रेस का पीएनआर चेक करो | FB
out-of-domain | राजधानी एक्सप्रेस हावड़ा कब पहुँचेगी | FB
out-of-domain | राजधानियाँ कितने प्रकार की होती हैं | FB
out-of-domain | देश की राजधानी और राज्य की राजधानी में क्या फ़र्क है | FB
out-of-domain | सबसे ऊँचाई पर कौन सी राजधानी है | FB
out-of-domain | हस्तिनापुर आज किस राज्य में है | FB
out-of-domain | पाटलिपुत्र का आज का नाम क्या है | FB
out-of-domain | तिब्बत की राजधानी ल्हासा कितनी ऊँचाई पर है | FB
out-of-domain | हमाओ मोड़ा कबे आहे | FB
out-of-domain | बउआ खाना खइलऽ | FB
out-of-domain | तम्बी टाइम क्या हुआ | FB
out-of-domain | बाबा आज फ़िश करी में क्या डालूँ | FB
out-of-domain | बाह कल फ़ुटबॉल मैच कितने बजे है | FB
out-of-domain | हाउज़िट आज मौसम कैसा है नेह | FB
out-of-domain | कैन ऑर नॉट बारिश होगा आज लाह | FB
out-of-domain | मेट पार्किंग फ़ाइन कितना है | FB
out-of-domain | नींद आ रही है कोई भजन लगाओ | FB
out-of-domain | हीरे की परख कैसे करते हैं | FB
out-of-domain | ईरान में कौन सा कैलेंडर चलता है | FB
out-of-domain | रेटिंग कैसे बढ़ाएँ डिलीवरी में | FB
out-of-domain | स्कॉटलैंड का राष्ट्रीय जानवर यूनिकॉर्न क्यों है | FB
out-of-domain | टेक्सास का सबसे बड़ा शहर कौन सा है | FB
out-of-domain | गोवा में कितने ज़िले हैं | FB
out-of-domain | बुंदेलखंड एक्सप्रेस झाँसी कितने बजे पहुँचेगी | FB
out-of-domain | सागर झील के पास कोई अच्छा होटल बताओ | FB
out-of-domain | बिन्ना की शादी को मुहूर्त बताओ | FB
out-of-domain | मगही में धन्यवाद कैसे बोलते हैं | FB
out-of-domain | गया जी में पिंडदान कब होता है | FB
out-of-domain | रीवा से सतना कितनी दूर है | FB
out-of-domain | अण्णा रजनीकांत का नया फ़िल्म कब आएगा | FB
out-of-domain | कोयंबटूर में कपास का भाव क्या है | FB
out-of-domain | तमिल में राजधानी को क्या बोलते हैं | FB
out-of-domain | पणजी में आज कौन सा तियात्र चल रहा है | FB
out-of-domain | मापुसा का शुक्रवार बाज़ार कितने बजे लगता है | FB
out-of-domain | शिलांग में रॉक कॉन्सर्ट कब है बाह | FB
out-of-domain | मेघालय में साल भर में कितनी बारिश होती है | FB
out-of-domain | मिज़ोरम में चापचर कुट त्योहार कब है | FB
out-of-domain | डरबन में बनी चाउ कहाँ अच्छा मिलता है | FB
out-of-domain | मलेशिया में दीपावली की छुट्टी कब है लाह | FB
out-of-domain | ऑस्ट्रेलिया का स्टूडेंट वीज़ा कितने दिन में आता है | FB
out-of-domain | इटली का वीज़ा जयपुर से कैसे मिलेगा | FB
out-of-domain | अमेरिका एम्बेसी में इंटरव्यू कितने बजे है | FB
out-of-domain | डिलीवरी में बारिश का बोनस मिलता है क्या | FB
out-of-domain | मेन्स का सिलेबस बताओ | FB
out-of-domain | संगम में डुबकी कितने बजे लगानी चाहिए | FB
out-of-domain | हीरा किस देश में सबसे ज़्यादा निकलता है | FB
out-of-domain | निफ़्टी आज कहाँ बंद हुआ | FB
out-of-domain | भारत ने ओलंपिक में हॉकी का गोल्ड कितनी बार जीता | FB
out-of-domain | प्रार्थना सभा के लिए कोई देशभक्ति गीत बताओ | FB
out-of-domain | रात को गश्त कितनी बार लगानी है | FB
out-of-domain | दिल्ली से दोहा की फ़्लाइट में कितना समय लगता है | FB
out-of-domain | शतरंज का अगला टूर्नामेंट कहाँ है | FB
out-of-domain | रंगून से कलकत्ता जहाज़ से कितने दिन लगते थे | FB
out-of-domain | मेरी ड्राइंग में कौन सा रंग भरूँ | FB
out-of-domain | राजधानी स्वीट्स वाली दुकान कितने बजे खुलती है | FB
out-of-domain | कैपिटल मार्केट में आज क्या हुआ | FB
out-of-domain | जापान की राजधानी टोक्यो में कितने लोग रहते हैं | FB
out-of-domain | पुर्तगालियों ने गोवा पर कितने साल राज किया | FB
out-of-domain | ब्रिटेन में अभी कितने बजे हैं | FB
"""

if __name__ == "__main__":
    build_round(29, "hi", LINES, sys.argv, "tests/Eval/hi/round29/source/build_corpus.py")
