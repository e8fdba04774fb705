"""Round 20, Hindi (hi-IN): a new author's own mix, written blind, chosen away from the speakers earlier rounds name.
Speakers talking to an Echo in India: medical students going abroad for an MBBS (Central Asia, the Philippines, Russia,
Bangladesh: "एडमिशन", "नीट", "सीनियर", "हॉस्टल"); truck drivers and dhaba talk on the highway ("उस्ताद जी", "छोटू",
"गाड़ी चलाते चलाते", a radio bulletin); army families with someone on a UN peacekeeping mission ("यूएन मिशन",
"बटालियन", "पोस्टिंग"); Odia speakers' Hindi ("आज्ञा", "बोलिए ना", "कहिए तो", masculine "का राजधानी"); Maithili from
Darbhanga and Madhubani ("अहाँ", "बताउ ने", "के राजधानी की छै", "कोन छै", "कनी कहू"); Gorkha speakers from Darjeeling
and Sikkim ("हजुर", "दाइ", "भन्नुस न", "को राजधानी", "अनि ... नि"); Sindhi elders in Ulhasnagar ("अड़े साईं", "छा आहे",
traders in Panama, Manila and Gibraltar, a grandfather from Karachi); Himachali and Kangri speakers ("तुसां दस्सा",
"केहड़ी ऐ", apple orchards, Shimla); Nagpuri/Sadri from Jharkhand ("केर राजधानी", "बताबे", "हामरे", "पूछलक"); Goan and
Konkani-coloured Hindi (seafarers on Panama- and Marshall-flagged ships, Portuguese-speaking Africa); Dogri from Jammu
("तुस दस्सो", "दी राजधानी", the two capitals of Jammu and Kashmir); children with homework and a social-studies test;
elders who want it slow and remember old names (Burma, Ceylon, Siam, Persia, Zaire, Rhodesia, Dahomey, Upper Volta,
Kampuchea, "बिलायत", "इंग्लिस्तान"); office Hinglish and English question words as hi-IN recognition writes them in
Devanagari; shuddh, formal Hindi; a stammering speaker and people who call Alexa twice. Situations: a YouTube quiz
channel, reels and a live stream; destination weddings, honeymoons and a Caribbean cruise; the news (elections, the
UN), sport (cricket tours, the football World Cup, the Olympics, the Asia Cup); the kitchen (pressure-cooker whistle,
chopping vegetables, frying pakoras). Plus fillers and hesitations, terse keyword forms, what recognition writes
(lost nukta, "कि" for "की", split and joined words), one-shot requests and launches through the invocation name
"दुनिया की राजधानियाँ", follow-ups, self-corrections, yes-no checks, reverse questions, official, old and everyday
names, shared names (Georgia, Korea, Congo, the Carolinas, the Dakotas, the Virgin Islands), plurals, Indian states and
union territories, states and provinces abroad, and territories. Out of domain: other facts about a named country or
capital, "capital" in other senses (the Rajdhani Express, capital letters, working capital, financial capital), and
everyday requests.
`python3 tests/Eval/hi/round20/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 20's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Medical students going abroad.
mbbs-abroad | मेरा एडमिशन {} में हुआ है एमबीबीएस के लिए वहाँ की राजधानी कौन सी है | किर्गिज़स्तान=KG; उज़्बेकिस्तान=UZ; कज़ाखस्तान=KZ
mbbs-abroad | भैया मैं एमबीबीएस करने {} जा रहा हूँ उसकी कैपिटल क्या है | ताजिकिस्तान=TJ; फ़िलिपींस=PH; बांग्लादेश=BD
mbbs-abroad | नीट में नंबर कम आए तो पापा बोले {} भेज देंगे वहाँ की राजधानी क्या है | रूस=RU; यूक्रेन=UA; बेलारूस=BY
mbbs-abroad | हमारी यूनिवर्सिटी {} की राजधानी में है उसका नाम क्या है | आर्मेनिया=AM; मॉल्डोवा=MD; चीन=CN
mbbs-abroad | सीनियर बोल रहे थे {} की कैपिटल में हॉस्टल सस्ता है कौन सी सिटी है वो | अज़रबैजान=AZ; मिस्र=EG; पोलैंड=PL

# Truck drivers and the dhaba.
trucker-highway | उस्ताद जी पूछ रहे हैं {} की राजधानी कौन सी है | म्यांमार=MM; भूटान=BT; तुर्कमेनिस्तान=TM
trucker-highway | एलेक्सा गाड़ी चलाते चलाते पूछ रहा हूँ {} की राजधानी क्या है | ईरान=IR; अफ़गानिस्तान=AF; इराक=IQ
trucker-highway | रेडियो पे सुना {} में कुछ हुआ है उसकी राजधानी कौन सी है | सीरिया=SY; लेबनान=LB; यमन=YE
trucker-highway | ढाबे पे बहस हो गई {} की राजधानी कौन सी है भाई | केन्या=KE; इथियोपिया=ET; सोमालिया=SO
trucker-highway | छोटू को बताना है {} की राजधानी जल्दी बोलो | नेपाल=NP; पाकिस्तान=PK; मंगोलिया=MN

# Army families and UN missions.
un-peacekeeping | मेरे पति यूएन मिशन पे {} गए हैं वहाँ की राजधानी कौन सी है | दक्षिण सूडान=SS; लेबनान=LB; माली=ML
un-peacekeeping | फ़ौजी भाई की पोस्टिंग {} में हुई है यूएन वाली उसकी राजधानी बताना | कांगो लोकतांत्रिक गणराज्य=CD; मध्य अफ़्रीकी गणराज्य=CF; सूडान=SD
un-peacekeeping | साहब जी {} की राजधानी क्या है हमारी बटालियन वहाँ जा रही है | हैती=HT; लाइबेरिया=LR; सिएरा लियोन=SL
un-peacekeeping | बेटा शांति सेना में {} गया है उधर की राजधानी का नाम बता दो | पश्चिमी सहारा=EH; साइप्रस=CY; कोसोवो=XK

# Odia speakers.
odia-speaker | आज्ञा {} का राजधानी कौन सा है बोलिए ना | घाना=GH; टोगो=TG; गैबॉन=GA
odia-speaker | हम कटक से बोल रहे हैं {} का कैपिटल क्या होता है | पेरू=PE; चिली=CL; इक्वाडोर=EC
odia-speaker | भाई {} का राजधानी कहिए तो जल्दी | लाओस=LA; कंबोडिया=KH; वियतनाम=VN
odia-speaker | हमारा बाबू पूछ रहा है {} का राजधानी कौन सा है बताइए ना | इंडोनेशिया=ID; मलावी=MW; गिनी=GN

# Maithili.
maithili-speaker | अहाँ बताउ ने {} के राजधानी की छै | नेपाल=NP; मंगोलिया=MN; थाईलैंड=TH
maithili-speaker | हमरा बेटी पूछै छै {} के राजधानी कोन छै | सिंगापुर=SG; इंडोनेशिया=ID; ब्रूनेई=BN
maithili-speaker | एलेक्सा कनी कहू {} के राजधानी | क़तर=QA; बहरीन=BH; ओमान=OM

# Gorkha speakers from Darjeeling and Sikkim.
nepali-speaker | हजुर {} को राजधानी कुन हो भन्नुस न | जापान=JP; दक्षिण कोरिया=KR; ताइवान=TW
nepali-speaker | दाइ पूछ रहा है {} को राजधानी के हो | स्विट्ज़रलैंड=CH; ऑस्ट्रिया=AT; हंगरी=HU
nepali-speaker | बहिनी को होमवर्क है {} को राजधानी बताइदिनुस | ऑस्ट्रेलिया=AU; कनाडा=CA; ब्रिटेन=GB

# Sindhi elders.
sindhi-speaker | अड़े साईं {} की राजधानी छा आहे बताओ | स्पेन=ES; पुर्तगाल=PT; इटली=IT
sindhi-speaker | हमारे दादा कराची से आए थे बाबा {} की राजधानी बताओ | पाकिस्तान=PK; ईरान=IR
sindhi-speaker | सांईं जी {} की कैपिटल कौन सी है हमारा बिज़नेस वहाँ है | पनामा=PA; जिब्राल्टर=GI; फ़िलिपींस=PH

# Himachal and Kangra.
pahari-speaker | तुसां दस्सा {} दी राजधानी केहड़ी ऐ | नॉर्वे=NO; स्वीडन=SE; फ़िनलैंड=FI
pahari-speaker | हमारे बगीचे के सेब {} तक जाते हैं उसकी राजधानी बताइए | संयुक्त अरब अमीरात=AE; बांग्लादेश=BD; मालदीव=MV
pahari-speaker | शिमला में ठंड बहुत है पर ये बताओ {} की राजधानी क्या है | आइसलैंड=IS; ग्रीनलैंड=GL; एस्टोनिया=EE

# Nagpuri and Sadri from Jharkhand.
sadri-speaker | ए एलेक्सा {} केर राजधानी कोन हे बताबे | जाम्बिया=ZM; ज़िम्बाब्वे=ZW; मलावी=MW
sadri-speaker | हामरे स्कूल में पूछलक {} केर राजधानी का हे | बोत्स्वाना=BW; नामीबिया=NA; अंगोला=AO

# Goan and Konkani-coloured Hindi.
goan-speaker | अरे बाबा {} का कैपिटल क्या है ना मेरे को याद नहीं | मोज़ांबिक=MZ; केप वर्ड=CV; साओ टोम और प्रिंसिपे=ST
goan-speaker | हमारे अंकल {} के झंडे वाले जहाज़ पे काम करते हैं उसका राजधानी क्या है | मार्शल आइलैंड्स=MH; बहामास=BS; माल्टा=MT

# Dogri from Jammu.
dogri-speaker | तुस दस्सो {} दी राजधानी केहड़ी ऐ | तजाकिस्तान=TJ; किर्गिस्तान=KG; उज़्बेकिस्तान=UZ
dogri-speaker | जम्मू तों पुछ रेहा हां {} दी राजधानी की ऐ | अफ़गानिस्तान=AF; जॉर्डन=JO; इज़राइल=IL

# Children and homework.
kids-homework | एलेक्सा मेरी मैम ने होमवर्क दिया है {} की राजधानी लिखनी है | अर्जेंटीना=AR; ब्राज़ील=BR; उरुग्वे=UY
kids-homework | मैं क्लास फ़ोर में हूँ मुझे {} की कैपिटल बताओ | कनाडा=CA; मैक्सिको=MX; क्यूबा=CU
kids-homework | मम्मा सो रही है तुम बताओ {} की राजधानी | ऑस्ट्रेलिया=AU; न्यूज़ीलैंड=NZ; फ़िजी=FJ
kids-homework | कल मेरा एसएसटी का टेस्ट है {} की राजधानी याद नहीं हो रही | डेनमार्क=DK; आयरलैंड=IE; आइसलैंड=IS
kids-homework | मेरे प्रोजेक्ट में {} का मैप बनाना है उसकी राजधानी कहाँ लगाऊँ | फ़्रांस=FR; जर्मनी=DE; जापान=JP

# Elders.
elders | बेटा ज़रा धीरे से बताना {} की राजधानी कौन सी है | मॉरीशस=MU; सूरीनाम=SR; गुयाना=GY
elders | हमारे समय में {} की राजधानी कुछ और थी अब कौन सी है | तंज़ानिया=TZ; बुरुंडी=BI; कज़ाखस्तान=KZ
elders | मेरी ऐनक नहीं मिल रही तुम ही बता दो {} की राजधानी | इटली=IT; स्पेन=ES; रूस=RU

# Office Hinglish.
english-mixing | बेसिकली मुझे जानना था {} की कैपिटल सिटी कौन सी है | स्लोवाकिया=SK; स्लोवेनिया=SI; क्रोएशिया=HR
english-mixing | ओके सो {} का कैपिटल क्या है एक्चुअली | लिथुआनिया=LT; लातविया=LV; एस्टोनिया=EE
english-mixing | यार कन्फ़्यूज़न हो रहा है {} की कैपिटल कौन सी है | कैमरून=CM; गिनी=GN; चाड=TD
english-mixing | क्लाइंट कॉल से पहले कन्फ़र्म करना है {} की कैपिटल | नीदरलैंड्स=NL; बेल्जियम=BE; लक्ज़मबर्ग=LU

# English question words as recognition writes them.
english-question | कैन यू टेल मी {} की कैपिटल | बेल्जियम=BE; जर्मनी=DE; फ़्रांस=FR
english-question | प्लीज़ {} कैपिटल सिटी नेम | जमैका=JM; बारबाडोस=BB; त्रिनिदाद और टोबैगो=TT
english-question | एलेक्सा आई वांट टू नो {} की राजधानी | ग्रेनाडा=GD; सेंट लूसिया=LC; डोमिनिका=DM
english-question | डू यू नो द कैपिटल ऑफ़ {} | पोलैंड=PL; हंगरी=HU; रोमानिया=RO

# A quiz channel, reels and a live stream.
quiz-channel | मेरे चैनल के लिए क्विज़ बना रहा हूँ {} की राजधानी कन्फ़र्म करो | तुवालू=TV; नाउरु=NR; पलाऊ=PW
quiz-channel | रील बनानी है जिसमें {} की राजधानी पूछनी है सही आंसर क्या है | किरिबाती=KI; वनुआतू=VU; टोंगा=TO
quiz-channel | लाइव स्ट्रीम पे कमेंट आया है {} की राजधानी क्या है | समोआ=WS; सोलोमन द्वीपसमूह=SB; माइक्रोनेशिया=FM

# The news and sport.
news-sport | आज न्यूज़ में दिखाया {} में चुनाव हुए हैं उसकी राजधानी कौन सी है | वेनेज़ुएला=VE; निकारागुआ=NI; होंडूरास=HN
news-sport | क्रिकेट की सीरीज़ {} में है उसकी राजधानी क्या है | स्कॉटलैंड=GB-SCT; न्यूज़ीलैंड=NZ; ज़िम्बाब्वे=ZW
news-sport | फ़ुटबॉल वर्ल्ड कप में {} ने कमाल कर दिया उसकी राजधानी बताओ | मोरक्को=MA; उरुग्वे=UY; सेनेगल=SN
news-sport | ओलंपिक में {} वाले ने गोल्ड लिया उनकी राजधानी क्या है | युगांडा=UG; ग्वाटेमाला=GT; डोमिनिकन गणराज्य=DO
news-sport | एशिया कप में {} की टीम आई है राजधानी कौन सी है उसकी | कुवैत=KW; सऊदी अरब=SA; ओमान=OM

# The kitchen.
kitchen-busy | कुकर की सीटी बज रही है जल्दी बताओ {} की राजधानी | यूनान=GR; अल्बानिया=AL; साइप्रस=CY
kitchen-busy | सब्ज़ी काटते काटते पूछ रही हूँ {} की राजधानी क्या है | मोंटेनेग्रो=ME; सर्बिया=RS; बोस्निया और हर्ज़ेगोविना=BA
kitchen-busy | पकोड़े तल रही हूँ ज़रा ज़ोर से बताना {} की राजधानी | रोमानिया=RO; बुल्गारिया=BG; उत्तरी मकदूनिया=MK

# Weddings, honeymoons and a cruise.
travel-wedding | हमारी डेस्टिनेशन वेडिंग {} में है वहाँ की राजधानी क्या है | सेशेल्स=SC; मोनाको=MC; सैन मेरीनो=SM
travel-wedding | हनीमून के लिए {} जा रहे हैं उसकी राजधानी कौन सी है | ग्रीस=GR; तुर्की=TR; चेकिया=CZ
travel-wedding | हम लोग क्रूज़ पे {} रुकेंगे उसकी राजधानी बता दो | सेंट किट्स और नेविस=KN; एंटीगुआ और बारबुडा=AG; सेंट विंसेंट और ग्रेनाडाइंस=VC
travel-wedding | टूर वाले ने पैकेज में {} डाला है वहाँ की राजधानी क्या है | वियतनाम=VN; कंबोडिया=KH; मलेशिया=MY

# A stammering speaker, Alexa called twice.
stammer-repeat | व व वो {} की र राजधानी क्या है | लक्ज़मबर्ग=LU; लिचेंस्टीन=LI; एंडोरा=AD
stammer-repeat | क क कौन सी है {} की राजधानी | वेटिकन सिटी=VA; बेल्जियम=BE; नॉर्वे=NO
stammer-repeat | एलेक्सा एलेक्सा सुनो {} की ना राजधानी बताओ | मिस्र=EG; लीबिया=LY; ट्यूनीशिया=TN

# Fillers and hesitations.
filler-hesitation | हम्म {} की राजधानी क्या है ज़रा सोच के बताना | अल्जीरिया=DZ; मॉरिटानिया=MR; पश्चिमी सहारा=EH
filler-hesitation | अं वो क्या नाम है {} की राजधानी | गाम्बिया=GM; गिनी बिसाउ=GW; इक्वेटोरियल गिनी=GQ
filler-hesitation | ह्म्म्म ओके तो {} की राजधानी | बुर्किना फ़ासो=BF; नाइजर=NE; कोमोरोस=KM
filler-hesitation | मतलब वो जो है ना {} उसकी राजधानी कौन सी है | मेडागास्कर=MG; रवांडा=RW; लेसोथो=LS
filler-hesitation | अरे यार वो क्या था {} की राजधानी का नाम ज़बान पे है | जिबूती=DJ; इरिट्रिया=ER; दक्षिण सूडान=SS
filler-hesitation | उम्म एक सेकंड {} की राजधानी बताना | पापुआ न्यू गिनी=PG; तिमोर लेस्ते=TL; ब्रूनेई=BN

# What hi-IN recognition writes.
recognition-artefact | {} कि राजधानी क्या हे | फिलिपिंस=PH; पापुआ न्यु गिनी=PG; इंडो नेशिया=ID
recognition-artefact | {} की राज धानी बताओ | अफ गानिस्तान=AF; उज बेकिस्तान=UZ; तुर्क मेनिस्तान=TM
recognition-artefact | {} की राजधानीक्या है | स्विट्जरलैंड=CH; न्यूजीलैंड=NZ; बेल्जीयम=BE
recognition-artefact | {} का राजधानी कोंन सी है | युक्रेन=UA; बेलारुस=BY; माल्डोवा=MD
recognition-artefact | {}की राजधानी बताओ | अजरबैजान=AZ; कजाकिस्तान=KZ; वेनेजुएला=VE
recognition-artefact | {} की राजधानि कौनसी है | जिम्बाब्वे=ZW; मोजाम्बिक=MZ; तंजानिया=TZ

# Terse keyword forms.
bare-keyword | राजधानी {} | होंडुरास=HN; एल साल्वाडोर=SV; कोस्टा रिका=CR
bare-keyword | {} राजधानी | पैराग्वे=PY; बेलीज़=BZ; पनामा=PA
bare-keyword | {} कैपिटल | ग्वाटेमाला=GT; हैती=HT; क्यूबा=CU

# Formal, shuddh Hindi.
polite-formal | कृपया मुझे {} की राजधानी के बारे में बताने की कृपा करें | ब्रूनेई=BN; तिमोर लेस्त=TL; लाइबेरिया=LR
polite-formal | आदरणीय एलेक्सा {} की राजधानी का नाम बताइए | ईरान=IR; इराक=IQ; सीरिया=SY
polite-formal | मैं यह जानने को उत्सुक हूँ कि {} की राजधानी कौन सी है | मंगोलिया=MN; भूटान=BT; नेपाल=NP
polite-formal | आपसे निवेदन है कि {} की राजधानी बताएँ | मलावी=MW; ज़ाम्बिया=ZM; केन्या=KE

# Indian states and union territories.
subdivision | बिहार की राजधानी पटना है ना तो {} की क्या है | झारखंड=IN-JH; छत्तीसगढ़=IN-CG; ओडिशा=IN-OD
subdivision | नॉर्थ ईस्ट के स्टेट {} की राजधानी बताओ | मिज़ोरम=IN-MZ; नागालैंड=IN-NL; मेघालय=IN-ML
subdivision | {} राज्य की राजधानी का नाम क्या है | मणिपुर=IN-MN; त्रिपुरा=IN-TR; अरुणाचल प्रदेश=IN-AR
subdivision | केंद्र शासित प्रदेश {} की राजधानी | लक्षद्वीप=IN-LD; पुडुचेरी=IN-PY; दादरा नगर हवेली और दमन दीव=IN-DH
subdivision | हमारे {} की राजधानी क्या है बच्चों को बताना है | तमिलनाडु=IN-TN; केरल=IN-KL; कर्नाटक=IN-KA
subdivision | हिमाचल की राजधानी तो शिमला है पर {} की राजधानी क्या है | सिक्किम=IN-SK; उत्तराखंड=IN-UK; लद्दाख=IN-LA
subdivision | आंध्र प्रदेश की नई राजधानी कौन सी है | IN-AP
subdivision | अंडमान निकोबार की राजधानी का नया नाम क्या है | IN-AN
subdivision | पंजाब और हरियाणा दोनों की राजधानी एक ही है ना कौन सी | IN-HR+IN-PB
subdivision | {} प्रांत की राजधानी बताइए | गुजरात=IN-GJ; राजस्थान=IN-RJ; मध्य प्रदेश=IN-MP
subdivision | असम की राजधानी गुवाहाटी है या कोई और | IN-AS
# States and provinces abroad.
subdivision | अमेरिका के {} स्टेट की राजधानी कौन सी है | टेक्सास=US-TX; कैलिफ़ोर्निया=US-CA; फ़्लोरिडा=US-FL
subdivision | मेरा भाई {} में रहता है अमेरिका में उसकी कैपिटल क्या है | न्यू जर्सी=US-NJ; इलिनॉय=US-IL; ओहायो=US-OH
subdivision | यूएस में {} स्टेट की कैपिटल | न्यूयॉर्क=US-NY; मिशिगन=US-MI; पेंसिल्वेनिया=US-PA
subdivision | हवाई राज्य की राजधानी कौन सी है | US-HI
subdivision | {} की स्टेट कैपिटल बताओ | अलास्का=US-AK; एरिज़ोना=US-AZ; जॉर्जिया स्टेट=US-GA
subdivision | कनाडा के {} प्रांत की राजधानी | ओंटारियो=CA-ON; ब्रिटिश कोलंबिया=CA-BC; अल्बर्टा=CA-AB
subdivision | बेटी {} में पढ़ रही है कनाडा में वहाँ की राजधानी कौन सी है | मैनिटोबा=CA-MB; सस्केचेवान=CA-SK; नोवा स्कोशिया=CA-NS
subdivision | ऑस्ट्रेलिया में {} की राजधानी कौन सा शहर है | क्वींसलैंड=AU-QLD; विक्टोरिया=AU-VIC; तस्मानिया=AU-TAS
subdivision | जर्मनी के {} राज्य की राजधानी | बवेरिया=DE-BY; सैक्सनी=DE-SN; हेस्से=DE-HE
subdivision | ब्राज़ील का {} स्टेट उसकी राजधानी क्या है | बाहिया=BR-BA; अमेज़ोनास=BR-AM; मिनास जेरैस=BR-MG
subdivision | मेक्सिको के {} की राजधानी | हालिस्को=MX-JAL; युकातान=MX-YUC; ओआहाका=MX-OAX
subdivision | ब्रिटेन में {} की राजधानी कौन सी है | वेल्स=GB-WLS; उत्तरी आयरलैंड=GB-NIR; इंग्लैंड=GB-ENG

# Territories.
territory | {} द्वीप की राजधानी | ग्रीनलैंड=GL; बरमूडा=BM; गुआम=GU
territory | {} की राजधानी कौन सी है ये तो फ़्रांस का इलाका है ना | रियूनियन=RE; मार्टीनिक=MQ; फ़्रेंच पोलिनेशिया=PF
territory | {} की राजधानी बताओ वो कैरिबियन वाला | पोर्टो रिको=PR; कुरासाओ=CW; अरूबा=AW
territory | {} वाले आइलैंड की राजधानी | फ़ॉकलैंड=FK; केमैन आइलैंड्स=KY; आइल ऑफ़ मैन=IM
territory | {} की राजधानी क्या है जो डेनमार्क के पास है | फ़ेरो आइलैंड्स=FO; ग्रीनलैंड=GL
territory | चैनल आइलैंड्स में {} की राजधानी | जर्सी=JE; गर्नसी=GG
territory | न्यूज़ीलैंड से जुड़े {} की राजधानी | कुक आइलैंड्स=CK; नीयू=NU; तोकेलाउ=TK

# Several capitals.
plural-capitals | {} की तीनों राजधानियाँ कौन कौन सी हैं | दक्षिण अफ़्रीका=ZA
plural-capitals | {} की दो राजधानियाँ हैं ना दोनों बताओ | बोलीविया=BO; नीदरलैंड=NL; मलेशिया=MY
plural-capitals | {} की राजधानियों के नाम बताइए | बेनिन=BJ; कोत दिवुआर=CI; श्रीलंका=LK
plural-capitals | {} में कितनी राजधानियाँ हैं और कौन सी | एस्वाटिनी=SZ; फ़िलिस्तीन=PS; दक्षिण अफ्रीका=ZA
plural-capitals | सुना है {} की एक नहीं दो राजधानी हैं कौन सी | स्वाज़ीलैंड=SZ; आइवरी कोस्ट=CI; हॉलैंड=NL
plural-capitals | {} की सारी कैपिटल्स बताओ | साउथ अफ़्रीका=ZA; बोलिविया=BO; मलेसिया=MY
plural-capitals | {} की कैपिटल्स कौन कौन सी हैं | पैलेस्टाइन=PS; बेनिन=BJ; श्री लंका=LK
plural-capitals | उत्तराखंड की दोनों राजधानियाँ बताओ | IN-UK
plural-capitals | जम्मू कश्मीर दी दो राजधानियां कौन कौन सी हन | IN-JK
plural-capitals | मोंटसेरात की दोनों राजधानियाँ क्या हैं | MS

# Shared names.
shared-name | {} की राजधानी कौन सी है बताना ज़रा | जॉर्जिया=GE+US-GA; कोरिया=KP+KR; कांगो=CD+CG
shared-name | {} का कैपिटल बताओ | कैरोलाइना=US-NC+US-SC; डकोटा=US-ND+US-SD; वर्जिन आइलैंड्स=VG+VI
shared-name | यार {} वाली राजधानी कौन सी है | जार्जिया=GE+US-GA; कॉंगो=CD+CG; कोरीया=KP+KR
shared-name | जॉर्जिया देश की राजधानी बताओ अमेरिका वाला नहीं | GE
shared-name | अमेरिका वाले जॉर्जिया की राजधानी | US-GA
shared-name | ऊपर वाले कोरिया की राजधानी जहाँ किम जोंग है | KP
shared-name | बड़े वाले कांगो की राजधानी कौन सी है | CD
shared-name | छोटे वाले कांगो की राजधानी | CG

# Reverse questions.
reverse-question | {} किस देश की राजधानी है बताना | ताशकंद=CITY:ताशकंद; बिश्केक=CITY:बिश्केक; अस्ताना=CITY:अस्ताना
reverse-question | ये {} कहाँ की राजधानी है | नैरोबी=CITY:नैरोबी; अदीस अबाबा=CITY:अदीस अबाबा; किगाली=CITY:किगाली
reverse-question | {} वाला शहर किस मुल्क की राजधानी है | रेक्याविक=CITY:रेक्याविक; हेलसिंकी=CITY:हेलसिंकी; ओस्लो=CITY:ओस्लो
reverse-question | {} किसकी कैपिटल है | कैनबरा=CITY:कैनबरा; ओटावा=CITY:ओटावा; वेलिंगटन=CITY:वेलिंगटन
reverse-question | अख़बार में {} लिखा था वो किस देश की राजधानी है | उलानबातर=CITY:उलानबातर; थिंपू=CITY:थिंपू; ढाका=CITY:ढाका
reverse-question | {} नाम की राजधानी किस देश की है | विक्टोरिया=CITY:विक्टोरिया; किंग्स्टन=CITY:किंग्स्टन; जॉर्जटाउन=CITY:जॉर्जटाउन
reverse-question | {} किस स्टेट की राजधानी है | दिसपुर=CITY:दिसपुर; गंगटोक=CITY:गंगटोक; कोहिमा=CITY:कोहिमा
reverse-question | {} किस राज्य की कैपिटल है | रायपुर=CITY:रायपुर; भुवनेश्वर=CITY:भुवनेश्वर; आइज़ोल=CITY:आइज़ोल
reverse-question | {} किस अमेरिकी राज्य की राजधानी है | सैक्रामेंटो=CITY:सैक्रामेंटो; ऑस्टिन=CITY:ऑस्टिन; टलाहासी=CITY:टलाहासी
reverse-question | बाकू किस देश की राजधानी है | CITY:बाकु
reverse-question | ब्यूनस आयर्स किसकी राजधानी है | CITY:ब्यूनस आयरस
reverse-question | चंडीगढ़ किस किस की राजधानी है | CITY:चंडीगढ़
reverse-question | पोर्ट लुई कौन से देश की राजधानी है | CITY:पोर्ट लुई
reverse-question | मनामा जिस देश की राजधानी है उसका नाम बताओ | CITY:मनामा
reverse-question | कौन से देश की राजधानी लीमा है | CITY:लीमा
reverse-question | किस देश की राजधानी वारसॉ है | CITY:वॉरसॉ
reverse-question | दमास्कस कौन से मुल्क की राजधानी है | CITY:दमास्कस
reverse-question | डकार किसकी राजधानी है | CITY:डकार
reverse-question | हवाना कौन से देश की राजधानी होती है | CITY:हवाना
reverse-question | वियना किस देश की राजधानी है | CITY:विएना

# Yes-no checks.
yes-no-check | सिडनी ऑस्ट्रेलिया की राजधानी है ना | AU
yes-no-check | टोरंटो ही कनाडा की राजधानी है क्या | CA
yes-no-check | इस्तांबुल तुर्की की राजधानी है या अंकारा | TR
yes-no-check | रियो ब्राज़ील की कैपिटल है ना | BR
yes-no-check | लागोस ही नाइजीरिया की राजधानी है ना | NG
yes-no-check | कराची पाकिस्तान की राजधानी है क्या | PK
yes-no-check | ज़्यूरिख स्विट्ज़रलैंड की राजधानी है सही बोल रहा हूँ ना | CH
yes-no-check | न्यूयॉर्क अमेरिका की राजधानी है ना | US
yes-no-check | यंगून अभी भी म्यांमार की राजधानी है क्या | MM
yes-no-check | दार एस सलाम तंज़ानिया की राजधानी है या नहीं | TZ
yes-no-check | अलमाटी कज़ाखस्तान की कैपिटल है क्या | KZ
yes-no-check | कासाब्लांका मोरक्को की राजधानी होती है ना | MA
yes-no-check | ऑकलैंड न्यूज़ीलैंड की राजधानी है क्या | NZ
yes-no-check | बार्सिलोना स्पेन की राजधानी है ना | ES
yes-no-check | मुंबई महाराष्ट्र की राजधानी है ना | IN-MH
yes-no-check | इंदौर मध्य प्रदेश की राजधानी है क्या | IN-MP
yes-no-check | देहरादून उत्तराखंड की राजधानी है कि गैरसैंण | IN-UK
yes-no-check | ह्यूस्टन टेक्सास की राजधानी है ना | US-TX
yes-no-check | वैंकूवर ब्रिटिश कोलंबिया की राजधानी है ना | CA-BC
yes-no-check | जकार्ता अब भी इंडोनेशिया की राजधानी है क्या | ID
yes-no-check | काबुल अफ़गानिस्तान की राजधानी है कि कंधार | AF
yes-no-check | सिएटल वॉशिंगटन स्टेट की राजधानी है क्या | US-WA
yes-no-check | बेंगलुरु कर्नाटक की राजधानी है ना पक्का | IN-KA
yes-no-check | सेंट पीटर्सबर्ग रूस की राजधानी है क्या | RU
yes-no-check | क्या मिलान इटली की राजधानी है | IT
yes-no-check | क्या अंटार्कटिका की कोई राजधानी है | AQ
yes-no-check | गुवाहाटी असम की कैपिटल है ना | IN-AS
yes-no-check | जेद्दा सऊदी अरब की राजधानी है क्या | SA
yes-no-check | दुबई ही यूएई की राजधानी है ना | AE
yes-no-check | होची मिन्ह सिटी वियतनाम की राजधानी है क्या | VN
yes-no-check | क्या जोहान्सबर्ग दक्षिण अफ़्रीका की राजधानी है | ZA
yes-no-check | लाहौर पाकिस्तान की राजधानी है ना अब्बू कह रहे थे | PK

# Self-corrections.
self-correction | ऑस्ट्रिया की राजधानी अरे नहीं ऑस्ट्रेलिया की | AU
self-correction | स्वीडन सॉरी स्विट्ज़रलैंड की राजधानी बताओ | CH
self-correction | नाइजीरिया नहीं नाइजर की राजधानी | NE
self-correction | ईरान की नहीं इराक की राजधानी क्या है | IQ
self-correction | स्लोवाकिया उफ़ स्लोवेनिया की राजधानी | SI
self-correction | गिनी बिसाउ नहीं सिर्फ़ गिनी की राजधानी | GN
self-correction | लातविया की राजधानी एक मिनट लिथुआनिया की | LT
self-correction | पेरू नहीं पैराग्वे की राजधानी बताओ | PY
self-correction | मॉरीशस रुको मॉरिटानिया की राजधानी | MR
self-correction | डोमिनिका नहीं डोमिनिकन रिपब्लिक की राजधानी | DO
self-correction | सूडान अरे दक्षिण सूडान की राजधानी | SS
self-correction | ऑस्ट्रेलिया माफ़ कीजिए ऑस्ट्रिया की राजधानी | AT
self-correction | मलेशिया नहीं यार मालदीव की राजधानी | MV
self-correction | जाम्बिया गलत बोला ज़िम्बाब्वे की राजधानी | ZW
self-correction | कैमरून की राजधानी अरे नहीं कोमोरोस की | KM
self-correction | उत्तर कोरिया नहीं दक्षिण कोरिया की राजधानी | KR
self-correction | पंजाब की राजधानी नहीं नहीं हरियाणा की | IN-HR
self-correction | मणिपुर की राजधानी नहीं मिज़ोरम की | IN-MZ
self-correction | आइसलैंड की राजधानी सॉरी आयरलैंड की | IE
self-correction | अल्जीरिया नहीं नाइजीरिया की कैपिटल | NG
self-correction | तंज़ानिया की राजधानी वो भी नहीं युगांडा की | UG
self-correction | ग्रेनाडा की ओह सॉरी गुयाना की राजधानी | GY
self-correction | टोगो की राजधानी नहीं टोंगा की | TO
self-correction | गाम्बिया की राजधानी रुको ज़ाम्बिया की बताओ | ZM
self-correction | बेलारूस नहीं बेलीज़ की राजधानी | BZ
self-correction | सीरिया उह सर्बिया की राजधानी बताओ | RS
self-correction | ओमान नहीं यमन की राजधानी | YE
self-correction | मोनाको मेरा मतलब मोरक्को की राजधानी | MA
self-correction | कनाडा के ओंटारियो नहीं क्यूबेक की राजधानी | CA-QC
self-correction | दक्षिण अफ़्रीका नहीं मध्य अफ़्रीकी गणराज्य की राजधानी | CF

# Follow-ups.
follow-up | अच्छा ठीक है अब {} की भी बता दो | पोलैंड=PL; चेक गणराज्य=CZ; स्लोवाकिया=SK
follow-up | अनि {} को नि | भूटान=BT; बांग्लादेश=BD; श्रीलंका=LK
follow-up | ओके नेक्स्ट {} | ग्रीस=GR; तुर्की=TR; साइप्रस=CY
follow-up | फिर {} का क्या | लीबिया=LY; मिस्र=EG; सूडान=SD
follow-up | और उसके पड़ोसी {} की | लाओस=LA; कंबोडिया=KH; म्यांमार=MM
follow-up | बढ़िया अब {} भी | चिली=CL; अर्जेंटीना=AR; पेरू=PE
follow-up | अगला देश {} | माली=ML; नाइजर=NE; बुर्किना फ़ासो=BF
follow-up | वैसे {} की | डेनमार्क=DK; नॉर्वे=NO; स्वीडन=SE
follow-up | सही है और {} में | इक्वाडोर=EC; कोलंबिया=CO; वेनेज़ुएला=VE
follow-up | चलो {} की भी सुना दो | एस्टोनिया=EE; फ़िनलैंड=FI; रूस=RU
follow-up | और हाँ {} का भी | जॉर्डन=JO; इज़राइल=IL; लेबनान=LB

# Official names.
official-name | {} की राजधानी बताइए | चीनी जनवादी गणराज्य=CN; रूसी संघ=RU; संयुक्त गणराज्य तंज़ानिया=TZ
official-name | {} की राजधानी का नाम | इस्लामी गणराज्य ईरान=IR; इथियोपिया संघीय लोकतांत्रिक गणराज्य=ET; कोरिया लोकतांत्रिक जनवादी गणराज्य=KP
official-name | रिपब्लिक ऑफ़ {} की कैपिटल | कोरिया=KR; सिंगापुर=SG; आयरलैंड=IE
official-name | किंगडम ऑफ़ {} की राजधानी | सऊदी अरेबिया=SA; थाईलैंड=TH; भूटान=BT
official-name | फ़ेडरल रिपब्लिक ऑफ़ {} की कैपिटल क्या है | जर्मनी=DE; नाइजीरिया=NG; ब्राज़ील=BR
official-name | यूनाइटेड स्टेट्स ऑफ़ अमेरिका की कैपिटल सिटी | US
official-name | यूनाइटेड किंगडम ऑफ़ ग्रेट ब्रिटेन एंड नॉर्दर्न आयरलैंड की राजधानी | GB
official-name | लाओ जनवादी लोकतांत्रिक गणराज्य की राजधानी | LA
official-name | समाजवादी गणराज्य वियतनाम की राजधानी क्या है | VN
official-name | संयुक्त मैक्सिकन राज्य की राजधानी | MX
official-name | स्विस परिसंघ की राजधानी | CH
official-name | हेलेनिक गणराज्य की राजधानी कौन सी है | GR
official-name | म्यांमार संघ गणराज्य की राजधानी | MM
official-name | बोलिवेरियन गणराज्य वेनेज़ुएला की राजधानी | VE
official-name | अरब गणराज्य मिस्र की राजधानी | EG
official-name | हाशमी साम्राज्य जॉर्डन की राजधानी | JO
official-name | नेपाल संघीय लोकतांत्रिक गणराज्य की राजधानी | NP
official-name | पाकिस्तान इस्लामी गणराज्य की राजधानी | PK
official-name | भारत गणराज्य की राजधानी | IN
official-name | कॉमनवेल्थ ऑफ़ ऑस्ट्रेलिया की राजधानी | AU
official-name | ग्रैंड डची ऑफ़ लक्ज़मबर्ग की राजधानी | LU
official-name | प्रिंसिपैलिटी ऑफ़ मोनाको की कैपिटल | MC
official-name | डेमोक्रेटिक रिपब्लिक ऑफ़ कांगो की राजधानी | CD
official-name | रिपब्लिक ऑफ़ कांगो की कैपिटल | CG
official-name | डेमोक्रेटिक पीपल्स रिपब्लिक ऑफ़ कोरिया की राजधानी | KP
official-name | ओरिएंटल रिपब्लिक ऑफ़ उरुग्वे की राजधानी | UY
official-name | किर्गिज़ गणराज्य की राजधानी | KG
official-name | इस्लामिक रिपब्लिक ऑफ़ मॉरिटानिया की कैपिटल | MR

# Old and everyday names.
everyday-name | पुराना नाम {} था ना उसकी राजधानी क्या है | बर्मा=MM; सीलोन=LK; स्याम=TH
everyday-name | {} की राजधानी बताओ जिसे आजकल कुछ और बोलते हैं | फ़ारस=IR; ज़ायरे=CD; रोडेशिया=ZW
everyday-name | {} वाले देश की राजधानी | दाहोमी=BJ; अपर वोल्टा=BF; कंपूचिया=KH
everyday-name | अमरीका की राजधानी कौन सी है | US
everyday-name | रशिया की कैपिटल बताओ | RU
everyday-name | ब्रिटेन की राजधानी कौन सी है | GB
everyday-name | बिलायत की राजधानी क्या है | GB
everyday-name | इंग्लिस्तान की राजधानी बताइए | GB
everyday-name | चाइना की कैपिटल क्या है | CN
everyday-name | इजिप्ट की राजधानी | EG
everyday-name | टर्की की कैपिटल | TR
everyday-name | यू ए ई की राजधानी | AE
everyday-name | अमीरात की राजधानी कौन सी है | AE
everyday-name | चेक रिपब्लिक की कैपिटल | CZ
everyday-name | ईस्ट तिमोर की राजधानी | TL
everyday-name | केप वर्डे की राजधानी क्या है | CV
everyday-name | मैसेडोनिया की राजधानी | MK
everyday-name | लंका की राजधानी कौन सी है | LK
everyday-name | पूर्वी पाकिस्तान की राजधानी जो अब बांग्लादेश है | BD
everyday-name | अरब वाला सऊदी उसकी राजधानी | SA
everyday-name | वेस्टइंडीज़ वाला जमैका उसकी कैपिटल | JM
everyday-name | होलैंड की राजधानी कौन सी है | NL
everyday-name | स्वाज़ीलैंड की कैपिटल | SZ
everyday-name | बेलोरूसिया की राजधानी | BY
everyday-name | यूएसए की कैपिटल क्या है | US

# One-shot requests.
one-shot | दुनिया की राजधानियाँ से पूछो {} की राजधानी क्या है | पेरू=PE; बुल्गारिया=BG; कतर=QA
one-shot | दुनिया की राजधानियाँ में {} की राजधानी बताओ | ओमान=OM; लातविया=LV; ग्वाटेमाला=GT
one-shot | एलेक्सा दुनिया की राजधानियां खोलो और {} की राजधानी बताओ | सेनेगल=SN; ट्यूनीशिया=TN; जिबूती=DJ
one-shot | दुनिया की राजधानियाँ {} की कैपिटल | अल्बानिया=AL; होंडूरास=HN; मोनाको=MC
one-shot | आस्क दुनिया की राजधानियाँ {} की राजधानी | नामीबिया=NA; फ़िजी=FJ; गैबॉन=GA

# Launch.
launch | दुनिया की राजधानियाँ शुरू करो | LAUNCH
launch | दुनिया की राजधानियाँ वाला स्किल चालू करो | LAUNCH
launch | ओपन दुनिया की राजधानियाँ | LAUNCH
launch | दुनिया की राजधानियां खोलिए | LAUNCH
launch | दुनिया की राजधानियाँ ऐप खोल दो | LAUNCH
launch | दुनिया की राजधानियाँ लॉन्च करो | LAUNCH
launch | दुनिया की राजधानियाँ वाला खेल चलाओ | LAUNCH
launch | स्टार्ट दुनिया की राजधानियाँ | LAUNCH
launch | दुनिया की राजधानियाँ चलाओ ना | LAUNCH
launch | दुनिया कि राजधानियाँ खोलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ प्लीज़ | LAUNCH
launch | दुनिया की राजधानियाँ स्टार्ट कर दो | LAUNCH
launch | दुनिया की राजधानियाँ ओपन करो | LAUNCH
launch | दुनिया की राजधानियाँ को बुलाओ | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोलो | LAUNCH
launch | दुनिया की राजधानियाँ चालू कीजिए | LAUNCH

# Help.
help | ये स्किल क्या क्या कर सकता है | HELP
help | मुझे समझ नहीं आया इसमें क्या बोलना है | HELP
help | हेल्प चाहिए | HELP
help | मदद कीजिए | HELP
help | इसे इस्तेमाल कैसे करते हैं | HELP
help | क्या पूछ सकता हूँ मैं तुमसे | HELP
help | इंस्ट्रक्शन बताओ | HELP
help | मैं पहली बार यूज़ कर रहा हूँ क्या करना है | HELP
help | सहायता चाहिए | HELP
help | ये कैसे काम करता है बताओ | HELP
help | हेल्प मी | HELP
help | मेरी मदद करो ना | HELP
help | कुछ उदाहरण दो क्या पूछ सकते हैं | HELP
help | इसके नियम क्या हैं | HELP
help | मेरी दादी को समझाओ ये कैसे चलता है | HELP
help | ऑप्शंस क्या हैं | HELP
help | मुझे गाइड करो | HELP
help | क्या क्या बोल सकते हैं इसमें | HELP
help | मदद मदद | HELP
help | कैसे खेलते हैं ये | HELP
help | हजुर यो कसरी चलाउने भन्नुस न | HELP

# Stop.
stop | बंद कर दो | STOP
stop | बस करो अब | STOP
stop | स्टॉप | STOP
stop | चुप हो जाओ | STOP
stop | अब बंद करो एलेक्सा | STOP
stop | बस बहुत हो गया | STOP
stop | स्किल बंद करो | STOP
stop | एग्ज़िट | STOP
stop | चुप रहो | STOP
stop | बंद करो इसको | STOP
stop | अभी के लिए इतना ही बंद करो | STOP
stop | स्टॉप स्टॉप | STOP
stop | ठीक है बस बंद कर | STOP
stop | शट अप | STOP
stop | ओके बाय बंद करो | STOP
stop | ख़त्म करो ये | STOP
stop | क्विट | STOP
stop | बोलना बंद करो | STOP
stop | अड़े साईं बस करो अब | STOP
stop | एलेक्सा ऑफ़ | STOP

# Cancel.
cancel | रहने दो | CANCEL
cancel | कैंसल करो | CANCEL
cancel | कैंसिल | CANCEL
cancel | छोड़ो जाने दो | CANCEL
cancel | कोई बात नहीं रहने दो | CANCEL
cancel | नहीं चाहिए रहने दो | CANCEL
cancel | भूल जाओ | CANCEL
cancel | रद्द करो | CANCEL
cancel | अरे रहने दे | CANCEL
cancel | कैंसल कर दो ये | CANCEL
cancel | जाने दो छोड़ो | CANCEL
cancel | नेवर माइंड | CANCEL
cancel | कुछ नहीं रहने दीजिए | CANCEL
cancel | ये वाला कैंसिल करो | CANCEL
cancel | रद्द कर दीजिए | CANCEL
cancel | छोड़ो यार | CANCEL
cancel | फ़ॉरगेट इट | CANCEL
cancel | मत बताओ रहने दो | CANCEL
cancel | अरे नहीं रहने दो कैंसल | CANCEL
cancel | रहने दो मैं बाद में पूछूँगा | CANCEL

# Out of domain: other facts, other senses of capital, everyday requests.
out-of-domain | नेपाल की आबादी कितनी है | FB
out-of-domain | जापान की करेंसी क्या है | FB
out-of-domain | फ़्रांस का राष्ट्रपति कौन है | FB
out-of-domain | रूस का सबसे बड़ा शहर कौन सा है | FB
out-of-domain | ऑस्ट्रेलिया का सबसे बड़ा शहर | FB
out-of-domain | भारत की आर्थिक राजधानी कौन सी है | FB
out-of-domain | भारत की सांस्कृतिक राजधानी किसे कहते हैं | FB
out-of-domain | दुनिया की फ़ैशन कैपिटल कौन सी है | FB
out-of-domain | राजधानी एक्सप्रेस कितने बजे आएगी | FB
out-of-domain | राजधानी एक्सप्रेस का पीएनआर स्टेटस बताओ | FB
out-of-domain | कैपिटल लेटर में नाम कैसे लिखते हैं | FB
out-of-domain | वर्किंग कैपिटल का मतलब समझाओ | FB
out-of-domain | कैपिटल गेन टैक्स कितना लगता है | FB
out-of-domain | वेंचर कैपिटल क्या होता है | FB
out-of-domain | कैपिटल पनिशमेंट किन देशों में है | FB
out-of-domain | राजधानी थाली रेस्टोरेंट का नंबर | FB
out-of-domain | राजधानी को इंग्लिश में क्या कहते हैं | FB
out-of-domain | पेरिस में घूमने की जगहें बताओ | FB
out-of-domain | लंदन का मौसम कैसा है | FB
out-of-domain | दिल्ली में आज प्रदूषण कितना है | FB
out-of-domain | टोक्यो में अभी कितने बजे हैं | FB
out-of-domain | दुबई जाने के लिए वीज़ा कैसे मिलेगा | FB
out-of-domain | चीन की दीवार कितनी लंबी है | FB
out-of-domain | अमेरिका का राष्ट्रीय पक्षी कौन सा है | FB
out-of-domain | कनाडा के झंडे में क्या बना है | FB
out-of-domain | जर्मनी में कौन सी भाषा बोलते हैं | FB
out-of-domain | ब्राज़ील की आधिकारिक भाषा क्या है | FB
out-of-domain | इटली का प्रधानमंत्री कौन है | FB
out-of-domain | श्रीलंका के रुपये का रेट क्या है | FB
out-of-domain | मिस्र के पिरामिड किसने बनाए | FB
out-of-domain | एवरेस्ट की ऊँचाई कितनी है | FB
out-of-domain | दुनिया का सबसे छोटा देश कौन सा है | FB
out-of-domain | दुनिया में कुल कितने देश हैं | FB
out-of-domain | अफ़्रीका में कितने देश हैं | FB
out-of-domain | एशिया का सबसे बड़ा देश | FB
out-of-domain | भारत के पहले प्रधानमंत्री कौन थे | FB
out-of-domain | मुंबई से पुणे की दूरी कितनी है | FB
out-of-domain | कल मौसम कैसा रहेगा | FB
out-of-domain | अरिजीत सिंह के गाने लगाओ | FB
out-of-domain | पाँच मिनट का टाइमर लगाओ | FB
out-of-domain | सुबह छह बजे का अलार्म लगा दो | FB
out-of-domain | कोई चुटकुला सुनाओ | FB
out-of-domain | इंडिया पाकिस्तान मैच कब है | FB
out-of-domain | मेरी शॉपिंग लिस्ट में दूध डालो | FB
out-of-domain | बेडरूम की लाइट बंद करो | FB
out-of-domain | आज की ताज़ा ख़बरें सुनाओ | FB
out-of-domain | पनीर बटर मसाला कैसे बनाते हैं | FB
out-of-domain | तुम्हारा नाम क्या है | FB
out-of-domain | मुझसे शादी करोगी | FB
out-of-domain | आज कौन सी तारीख है | FB
out-of-domain | बेंगलुरु में ट्रैफ़िक कैसा है | FB
out-of-domain | रूस और यूक्रेन की लड़ाई कब खत्म होगी | FB
out-of-domain | सऊदी अरब में पेट्रोल का दाम | FB
out-of-domain | दुबई में आज सोने का भाव | FB
out-of-domain | नॉर्वे में रात क्यों नहीं होती | FB
out-of-domain | कनाडा का पीआर कैसे मिलता है | FB
out-of-domain | नेपाल घूमने के लिए पासपोर्ट चाहिए क्या | FB
out-of-domain | सिंगापुर की फ़्लाइट कितने की है | FB
out-of-domain | जापान में भूकंप क्यों आते हैं | FB
out-of-domain | राजधानी का पर्यायवाची शब्द बताओ | FB
out-of-domain | राजधानी की स्पेलिंग क्या है | FB
out-of-domain | कैपिटल शब्द का मतलब क्या होता है | FB
out-of-domain | भारत की राजधानी दिल्ली कब बनी | FB
out-of-domain | कलकत्ता कब तक भारत की राजधानी था | FB
out-of-domain | ब्राज़ील ने अपनी राजधानी क्यों बदली | FB
out-of-domain | जापान की राजधानी में कितने लोग रहते हैं | FB
out-of-domain | पेरिस की आबादी कितनी है | FB
out-of-domain | फ़्रांस की राजधानी से लंदन कितनी दूर है | FB
out-of-domain | पूंजीवाद क्या होता है | FB
out-of-domain | अमेरिका का कैपिटल हिल कहाँ है | FB
out-of-domain | राजधानी दिल्ली में आज कितने डिग्री है | FB
out-of-domain | सबसे ठंडी राजधानी कौन सी है | FB
out-of-domain | दुनिया की सबसे ऊँची राजधानी कौन सी है | FB
out-of-domain | किस देश की राजधानी सबसे पुरानी है | FB
out-of-domain | भारत में कितने राज्य हैं | FB
out-of-domain | उत्तर प्रदेश के मुख्यमंत्री कौन हैं | FB
out-of-domain | बिहार में कितने ज़िले हैं | FB
out-of-domain | केरल का राजकीय पशु क्या है | FB
out-of-domain | गोवा में कौन से बीच अच्छे हैं | FB
out-of-domain | हिमालय कितने देशों में फैला है | FB
out-of-domain | अमेज़न नदी कहाँ से निकलती है | FB
out-of-domain | अगला ओलंपिक कहाँ होगा | FB
out-of-domain | पिछला फ़ीफ़ा वर्ल्ड कप किसने जीता | FB
out-of-domain | मेस्सी किस देश के हैं | FB
out-of-domain | विराट कोहली ने कितने शतक मारे | FB
out-of-domain | हनुमान चालीसा सुनाओ | FB
out-of-domain | मुझे नींद नहीं आ रही कुछ सुनाओ | FB
out-of-domain | बच्चों के लिए एक कहानी सुनाओ | FB
out-of-domain | पाँच सौ डॉलर कितने रुपये होते हैं | FB
out-of-domain | स्विट्ज़रलैंड की घड़ियाँ क्यों मशहूर हैं | FB
out-of-domain | थाईलैंड में क्या खाना मिलता है | FB
out-of-domain | फ़िनलैंड सबसे खुश देश क्यों है | FB
out-of-domain | मालदीव में होटल बुक करो | FB
out-of-domain | ऑस्ट्रेलिया का प्रधानमंत्री कौन है | FB
out-of-domain | सऊदी अरब का राजा कौन है | FB
out-of-domain | चीन की जनसंख्या कितनी है | FB
out-of-domain | काबुल में अभी कितनी ठंड है | FB
out-of-domain | बीजिंग ओलंपिक कब हुआ था | FB
out-of-domain | राजधानी एक्सप्रेस में खाना कैसा मिलता है | FB
out-of-domain | उस्ताद जी के लिए पुराने गाने बजाओ | FB
out-of-domain | यूएन में कितने देश हैं | FB
out-of-domain | नीट का रिज़ल्ट कब आएगा | FB
out-of-domain | किर्गिज़स्तान में एमबीबीएस की फ़ीस कितनी है | FB
# Second batch: more help, stop, cancel and out-of-domain lines (the first build kept too few).
help | ये वाला स्किल समझाओ | HELP
help | मुझे कुछ मदद मिलेगी | HELP
help | कैसे यूज़ करूँ इसको | HELP
help | आज्ञा ये कैसे चलता है बताइए | HELP
help | बच्चे को कैसे पूछना है बताओ | HELP
help | हेल्प करो | HELP
help | मदद चाहिए भाई | HELP
stop | बंद हो जा एलेक्सा | STOP
stop | अब चुप कर जाओ | STOP
stop | बस बस बस | STOP
stop | इसको बंद कर दे भाई | STOP
stop | स्टॉप कर दो | STOP
stop | स्टॉप करो इसे | STOP
stop | बंद करिए | STOP
stop | एलेक्सा बस चुप | STOP
stop | खेल बंद करो | STOP
stop | स्किल से बाहर निकलो | STOP
stop | अब और नहीं बंद करो | STOP
stop | ओके स्टॉप इट | STOP
stop | उस्ताद जी सो रहे हैं बंद करो | STOP
cancel | रहने दीजिए | CANCEL
cancel | कैंसिल कर दो | CANCEL
cancel | कैंसल कैंसल | CANCEL
cancel | छोड़ दो रहने दो | CANCEL
cancel | अभी नहीं रहने दो | CANCEL
cancel | नहीं पूछना रहने दो | CANCEL
cancel | रद्द | CANCEL
cancel | इसे रद्द करें | CANCEL
cancel | मत करो रहने दो | CANCEL
cancel | अरे छोड़ो ना रहने दो | CANCEL
cancel | कैंसल करना है | CANCEL
cancel | भूल जाइए | CANCEL
cancel | रहने दो बाबा | CANCEL
cancel | कोई ना रहने दे | CANCEL
cancel | जाने दीजिए | CANCEL
out-of-domain | भारत की राजधानी कितनी बड़ी है | FB
out-of-domain | बांग्लादेश की राष्ट्रभाषा क्या है | FB
out-of-domain | पाकिस्तान का राष्ट्रीय खेल कौन सा है | FB
out-of-domain | नेपाल का झंडा कैसा दिखता है | FB
out-of-domain | राजधानी वाला गाना बजाओ | FB
out-of-domain | राजधानी फ़िल्म किसकी है | FB
out-of-domain | कैपिटल मार्केट आज कैसा रहा | FB
out-of-domain | सेंसेक्स कितना है अभी | FB
out-of-domain | कैपिटल लेटर और स्मॉल लेटर में क्या फ़र्क है | FB
out-of-domain | पटना से रांची कितने घंटे लगते हैं | FB
out-of-domain | मुंबई लोकल का टाइम टेबल | FB
out-of-domain | दिल्ली से काठमांडू की बस कब चलती है | FB
out-of-domain | श्रीलंका और भारत के बीच कौन सा समुद्र है | FB
out-of-domain | अफ़्रीका का सबसे ऊँचा पहाड़ कौन सा है | FB
out-of-domain | दक्षिण अफ़्रीका की करेंसी का नाम | FB
out-of-domain | इज़राइल मैप पे कहाँ है | FB
out-of-domain | रूस के राष्ट्रपति का नाम बताओ | FB
out-of-domain | ट्रक का टायर कितने का आता है | FB
out-of-domain | हाईवे पे अगला पेट्रोल पंप कहाँ है | FB
out-of-domain | अगले टोल का रेट कितना है | FB
out-of-domain | किर्गिज़स्तान में हिंदी बोलते हैं क्या | FB
out-of-domain | यूक्रेन में पढ़ाई फिर शुरू हुई क्या | FB
out-of-domain | ढाका में मौसम कैसा है | FB
out-of-domain | नैरोबी में कितने बजे हैं | FB
out-of-domain | मुझे इंग्लिश सिखाओ | FB
out-of-domain | राजधानी शब्द संस्कृत से आया है क्या | FB
out-of-domain | राज्य और राजधानी में क्या अंतर है | FB
out-of-domain | दुनिया का नक्शा दिखाओ | FB
out-of-domain | हमारे ज़िले का मुख्यालय कौन सा है | FB
out-of-domain | पटना ज़िले का कलेक्टर कौन है | FB
out-of-domain | भारत की राजधानी का पिन कोड क्या है | FB
out-of-domain | पकोड़े के लिए बेसन कितना डालें | FB
out-of-domain | कुकर में कितनी सीटी में दाल पकती है | FB
out-of-domain | मेरा फ़ोन ढूँढो | FB
out-of-domain | अड़े साईं आज सिंधी न्यूज़ लगाओ | FB
out-of-domain | जर्मनी की राजधानी में दीवार क्यों बनी थी | FB
out-of-domain | ऑस्ट्रेलिया की राजधानी कैनबरा क्यों बनाई गई | FB
"""

if __name__ == "__main__":
    build_round(20, "hi", LINES, sys.argv, "tests/Eval/hi/round20/source/build_corpus.py")
