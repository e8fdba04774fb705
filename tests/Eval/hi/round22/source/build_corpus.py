"""Round 22, Hindi (hi-IN): a new author's mix of speakers and situations, written blind, chosen away from the speakers
of the earlier Hindi rounds. Regions and first languages: Sindhi families in Ulhasnagar and Ajmer ("साईं", "अमड़", "छा
आहे", "भला"), Maithili speakers from Darbhanga and Madhubani ("की छै", "कहू ने", "हमरा", "बौआ"), Dogri speakers of
Jammu ("तुस", "के ऐ", "दस्सो जी"), Nepali speakers' Hindi in Darjeeling and Sikkim ("हजुर", "दाई", "बहिनी", "हामी"), Odia
speakers' Hindi in Cuttack and Bhubaneswar ("आमो", "भाई ना", masculine "का राजधानी"), Konkani speakers in Goa ("बाबा",
"सायबा", "बरें"), Himachali speakers in Kangra and Mandi ("क्या हुआ जी", "दस्सा", "असां"). Work and places: soldiers
and their families in a cantonment ("साब", "जय हिंद", a UN posting), long-haul truck drivers on the national permit
("उस्ताद", "छोटू"), pilgrims going to Char Dham, Kailash, Hajj and Bodh Gaya, Kota coaching hostel students, a night
shift in a Noida call centre, nurses on a hospital ward, a home quiz in the style of a television game show
("लाइफलाइन", "लॉक किया जाए"), a stamp and coin collector, a wedding sangeet quiz, a tailor and a tea stall, a yoga
teacher with foreign students, a travel vlogger in Hinglish. People: small children at bedtime, grandparents who mishear,
a stammering speaker, people cooking or driving. Plus fillers and hesitations ("अं", "वो क्या कहते हैं", "रुको रुको"),
terse forms, follow-ups, self-corrections, yes/no checks, reverse questions (a capital given, its country asked),
official, old and everyday names, shared names, plural questions, subdivisions and territories, out-of-domain
near-misses (other facts about a named country, "राजधानी"/"कैपिटल" in other senses: राजधानी एक्सप्रेस, कैपिटल लेटर,
वर्किंग कैपिटल, फ़ैशन की राजधानी), help, stop, cancel, launch and one-shot requests through the invocation name
"दुनिया की राजधानियाँ"; and what hi-IN recognition writes: lost nukta and chandrabindu, joined or split words, English
words in Devanagari.
`python3 tests/Eval/hi/round22/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 22's number); every line is hi-IN."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Plain questions.
plain-question | एलेक्सा {} की राजधानी कौन सी है | स्लोवाकिया=SK; किर्गिज़स्तान=KG; लातविया=LV
plain-question | {} की राजधानी का नाम क्या है | मलावी=MW; ज़ाम्बिया=ZM; बोत्स्वाना=BW
plain-question | बताओ {} की राजधानी कहाँ है | नामीबिया=NA; लेसोथो=LS; अंगोला=AO
plain-question | क्या तुम जानती हो {} की राजधानी क्या है | तुर्कमेनिस्तान=TM; ताजिकिस्तान=TJ; उज़्बेकिस्तान=UZ
plain-question | {} की राजधानी कौन सा शहर है | लिथुआनिया=LT; एस्टोनिया=EE; मॉल्डोवा=MD
plain-question | मुझे {} की राजधानी बताइए | ज़िम्बाब्वे=ZW; मोज़ाम्बिक=MZ; केन्या=KE
plain-question | {} की कैपिटल क्या है | डेनमार्क=DK; बेल्जियम=BE; ऑस्ट्रिया=AT
plain-question | {} की राजधानी कौन सी है एलेक्सा | अल्बानिया=AL; आर्मेनिया=AM; अज़रबैजान=AZ
plain-question | अच्छा {} की राजधानी क्या है | क्रोएशिया=HR; हंगरी=HU; बुल्गारिया=BG

# Fillers and hesitations.
filler-hesitation | अं वो क्या कहते हैं {} की राजधानी | यमन=YE; ओमान=OM; क़तर=QA
filler-hesitation | रुको रुको {} की राजधानी क्या थी | लीबिया=LY; ट्यूनीशिया=TN; इथियोपिया=ET
filler-hesitation | अरे यार दिमाग से निकल गया {} की राजधानी | कंबोडिया=KH; लाओस=LA; म्यांमार=MM
filler-hesitation | हम्म {} की राजधानी है ना वो कौन सी | गैबॉन=GA; चाड=TD; नाइजर=NE
filler-hesitation | एलेक्सा वो जो {} है ना उसकी राजधानी | कैमरून=CM; माली=ML; सेनेगल=SN
filler-hesitation | एक सेकंड एक सेकंड {} की राजधानी बोलना | इक्वाडोर=EC; पराग्वे=PY; उरूग्वे=UY
filler-hesitation | क क क {} की राजधानी क्या है | क्यूबा=CU; कोलंबिया=CO; कोस्टारिका=CR
filler-hesitation | मैं पूछ रहा था कि अं {} की राजधानी | पेरू=PE; चिली=CL; अर्जेंटीना=AR

# Terse forms and tails.
terse | {} राजधानी | भूटान=BT; नेपाल=NP; ब्रूनेई=BN
terse | राजधानी {} | नाउरु=NR; तुवालू=TV; किरिबाती=KI
terse | {} कैपिटल जल्दी | पलाऊ=PW; वनुआतू=VU; फ़िजी=FJ
terse | {} की राजधानी बस | बेलीज़=BZ; होंडूरास=HN; ग्वाटेमाला=GT
terse | {} की राजधानी थैंक यू | जॉर्डन=JO; कुवैत=KW; बहरीन=BH
terse | {} राजधानी बोलो | मालदीव=MV; मॉरीशस=MU; सेशेल्स=SC

# Sindhi families in Ulhasnagar and Ajmer.
sindhi-hindi | साईं जरा बताओ {} की राजधानी कौन सी है | पाकिस्तान=PK; अफ़गानिस्तान=AF; ईरान=IR
sindhi-hindi | भला {} की राजधानी क्या है अमड़ पूछ रही है | ओमान=OM; संयुक्त अरब अमीरात=AE; सऊदी अरब=SA
sindhi-hindi | अड़े एलेक्सा {} की राजधानी छा आहे बताओ ना | इंडोनेशिया=ID; घाना=GH; स्पेन=ES
sindhi-hindi | हमारा भाऊ {} में धंधा करता है उसकी राजधानी क्या है | पनामा=PA; नाइजीरिया=NG; हांगकांग वाला नहीं चीन=CN

# Maithili speakers from Darbhanga and Madhubani.
maithili | एलेक्सा {} के राजधानी की छै | नेपाल=NP; बांग्लादेश=BD; भूटान=BT
maithili | हमरा कहू ने {} के राजधानी कोन छै | मिस्र=EG; सूडान=SD; इरिट्रिया=ER
maithili | बौआ पूछै छै {} के राजधानी | जापान=JP; थाईलैंड=TH; वियतनाम=VN
maithili | {} के राजधानी कतय छै से बताबू | मंगोलिया=MN; कज़ाखस्तान=KZ; रूस=RU

# Dogri speakers in Jammu.
dogri | तुस दस्सो जी {} दी राजधानी के ऐ | जर्मनी=DE; पोलैंड=PL; चेकिया=CZ
dogri | {} दी राजधानी कुन्नी ऐ दस्सो | फ़्रांस=FR; इटली=IT; पुर्तगाल=PT
dogri | जी मिगी {} दी राजधानी दस्सो | नॉर्वे=NO; स्वीडन=SE; फ़िनलैंड=FI

# Nepali speakers' Hindi in Darjeeling and Sikkim.
nepali-hindi | हजुर {} का राजधानी कौन है | श्रीलंका=LK; मालदीव=MV; म्यांमार=MM
nepali-hindi | दाई बोल रहा है {} का राजधानी क्या है बताओ ना | दक्षिण कोरिया=KR; सिंगापुर=SG; मलेशिया=MY
nepali-hindi | हामी लोग को {} का राजधानी बताइए ना | इज़राइल=IL; कतार=QA; बहरीन=BH
nepali-hindi | बहिनी का होमवर्क है {} का राजधानी क्या होता है | ब्राज़ील=BR; कनाडा=CA; ऑस्ट्रेलिया=AU

# Odia speakers' Hindi in Cuttack and Bhubaneswar.
odia-hindi | भाई ना {} का राजधानी कौन सा है | इंडोनेशिया=ID; फ़िलिपींस=PH; पापुआ न्यू गिनी=PG
odia-hindi | आमो बेटा पूछ रहा है {} का राजधानी किधर है | सोमालिया=SO; जिबूती=DJ; युगांडा=UG
odia-hindi | {} का राजधानी बोलो ना एलेक्सा हम भूल गया | रवांडा=RW; बुरुंडी=BI; तंज़ानिया=TZ

# Konkani speakers in Goa.
konkani-goa | बाबा {} की राजधानी क्या है बोलो | पुर्तगाल=PT; अंगोला=AO; मोज़ाम्बिक=MZ
konkani-goa | सायबा {} का कैपिटल कौन सा है | केप वर्ड=CV; साओ टोम और प्रिंसिपे=ST; गिनी बिसाउ=GW
konkani-goa | बरें एलेक्सा {} की राजधानी बताओ | तिमोर लेस्त=TL; ब्राज़ील=BR; मकाऊ वाला देश चीन=CN

# Himachali speakers in Kangra and Mandi.
himachali | क्या हुआ जी {} री राजधानी कुण सी ए | तिब्बत वाला चीन=CN; नेपाल=NP; भूटान=BT
himachali | असां जो दस्सा {} दी राजधानी | स्विट्ज़रलैंड=CH; ऑस्ट्रिया=AT; लिचेंस्टीन=LI

# Soldiers and their families in a cantonment.
fauji | जय हिंद एलेक्सा {} की राजधानी बताओ | लेबनान=LB; दक्षिण सूडान=SS; कांगो लोकतांत्रिक गणराज्य=CD
fauji | साब की पोस्टिंग {} में हुई है उसकी राजधानी क्या है | सूडान=SD; सीरिया=SY; साइप्रस=CY
fauji | यूएन मिशन पे जा रहे हैं {} की राजधानी कौन सी है | मध्य अफ़्रीकी गणराज्य=CF; हैती=HT; माली=ML
fauji | बटालियन क्विज़ में पूछा {} की राजधानी | तुर्कमेनिस्तान=TM; अज़रबैजान=AZ; जॉर्जिया देश=GE

# Long-haul truck drivers.
trucker | उस्ताद पूछ रहे हैं {} की राजधानी क्या है | बांग्लादेश=BD; नेपाल=NP; भूटान=BT
trucker | छोटू बता {} की राजधानी कौन सी है रे | राजस्थान=IN-RJ; गुजरात=IN-GJ; महाराष्ट्र=IN-MH
trucker | गाड़ी {} जा रही है वहाँ की राजधानी बताओ | कर्नाटक=IN-KA; तमिलनाडु=IN-TN; केरल=IN-KL

# Pilgrims.
pilgrim | चार धाम जा रहे हैं {} की राजधानी कौन सी है | उत्तराखंड=IN-UK
pilgrim | कैलाश यात्रा के लिए पूछना था {} की राजधानी | तिब्बत से पहले नेपाल=NP; चीन=CN
pilgrim | हज पे जाने से पहले जानना है {} की राजधानी | सऊदी अरब=SA; जॉर्डन=JO; मिस्र=EG
pilgrim | बोधगया में विदेशी बौद्ध आए हैं {} से उसकी राजधानी क्या है | थाईलैंड=TH; श्रीलंका=LK; कंबोडिया=KH

# Kota coaching hostel students.
kota-student | भाई कल टेस्ट है {} की राजधानी जल्दी बता | मोरक्को=MA; अल्जीरिया=DZ; मॉरिटानिया=MR
kota-student | रूममेट से शर्त लगी है {} की राजधानी क्या है | नाइजीरिया=NG; कोत दिवुआर=CI; टोगो=TG
kota-student | जीके के नोट्स बना रहा हूँ {} की राजधानी | बेनिन=BJ; बुर्किना फ़ासो=BF; गिनी=GN
kota-student | मॉक टेस्ट में आया था {} की राजधानी कौन सी है | सिएरा लियोन=SL; लाइबेरिया=LR; गाम्बिया=GM

# A night shift in a Noida call centre.
night-shift | कस्टमर {} से है उसकी राजधानी क्या है जल्दी | कनाडा=CA; आयरलैंड=IE; न्यूज़ीलैंड=NZ
night-shift | नाइट शिफ्ट में नींद आ रही है {} की कैपिटल बताओ | संयुक्त राज्य अमेरिका=US; यूनाइटेड किंगडम=GB; ऑस्ट्रेलिया=AU
night-shift | टीम लीड ने पूछा {} की राजधानी कौन सी है | आइसलैंड=IS; माल्टा=MT; लग्ज़मबर्ग=LU

# Nurses on a hospital ward.
nurse-ward | सिस्टर जी का बेटा {} में है वहाँ की राजधानी क्या है | कुवैत=KW; सऊदी अरब=SA; जर्मनी=DE
nurse-ward | वार्ड में मरीज़ पूछ रहे हैं {} की राजधानी | यूक्रेन=UA; बेलारूस=BY; पोलैंड=PL
nurse-ward | ड्यूटी खत्म होने वाली है {} की राजधानी बता दो | फ़िजी=FJ; टोंगा=TO; समोआ=WS

# A home quiz like a television game show.
quiz-show | लाइफलाइन ले रहे हैं {} की राजधानी क्या है | लिचेंस्टीन=LI; अंडोरा=AD; सैन मेरीनो=SM
quiz-show | पच्चीस लाख का सवाल {} की राजधानी कौन सी है | मोनाको=MC; मोंटेनेग्रो=ME; सर्बिया=RS
quiz-show | लॉक किया जाए {} की राजधानी बताओ | स्लोवेनिया=SI; बोस्निया और हर्ज़ेगोविना=BA; उत्तरी मकदूनिया=MK

# A stamp and coin collector.
philately | ये डाक टिकट {} का है इसकी राजधानी क्या है | हेल्वेशिया वाला स्विट्ज़रलैंड=CH; मैग्यार पोस्टा वाला हंगरी=HU; रोमानिया=RO
philately | मेरे पास {} का सिक्का है उस देश की राजधानी बताओ | सिंगापुर=SG; दक्षिण अफ़्रीका=ZA; मेक्सिको=MX

# A wedding sangeet quiz.
wedding-quiz | संगीत में क्विज़ चल रहा है {} की राजधानी बताओ | ग्रीस=GR; तुर्की=TR; साइप्रस=CY
wedding-quiz | दूल्हे वाले {} से आए हैं उनकी राजधानी क्या है | मॉरीशस=MU; सूरीनाम=SR; त्रिनिदाद और टोबैगो=TT
wedding-quiz | हनीमून {} जाना है वहाँ की राजधानी कौन सी है | मालदीव=MV; इंडोनेशिया=ID; स्विट्ज़रलैंड=CH

# A tailor and a tea stall.
tailor-chai | चाय पीते पीते सोचा {} की राजधानी क्या है | इराक=IQ; सीरिया=SY; लेबनान=LB
tailor-chai | मास्टर जी पूछ रहे हैं {} की राजधानी का नाम | बारबाडोस=BB; जमैका=JM; बहामास=BS

# A yoga teacher with foreign students.
yoga-class | योगा क्लास में एक स्टूडेंट {} से है उसकी राजधानी | एस्टोनिया=EE; लातविया=LV; अर्जेंटीना=AR
yoga-class | ऋषिकेश में विदेशी आए हैं {} से उसकी राजधानी क्या है | इज़राइल=IL; रूस=RU; जापान=JP

# A travel vlogger in Hinglish.
vlogger | गाइज़ नेक्स्ट व्लॉग {} से है उसकी कैपिटल क्या है | जॉर्जिया देश=GE; आर्मेनिया=AM; किर्गिज़स्तान=KG
vlogger | एलेक्सा क्विकली {} की कैपिटल सिटी बताओ | वियतनाम=VN; फ़िलिपींस=PH; ताइवान=TW
vlogger | मेरे फॉलोअर्स पूछ रहे हैं {} की कैपिटल | पेरू=PE; बोलीविया की एक=BO; कोलंबिया=CO

# Small children at bedtime.
child-bedtime | एलेक्सा दीदी {} की राजधानी बताओ फिर मैं सो जाऊँगी | जापान=JP; फ़्रांस=FR; मिस्र=EG
child-bedtime | मेरी कहानी में राजा {} का था उसकी राजधानी क्या है | इंग्लैंड=GB-ENG; स्कॉटलैंड=GB-SCT; स्पेन=ES
child-bedtime | पेंगुइन वाले {} की राजधानी | न्यूज़ीलैंड=NZ; चिली=CL

# Grandparents who mishear.
elder | बिटिया ज़रा ज़ोर से बताओ {} की राजधानी क्या है | इंग्लैंड=GB-ENG; रूस=RU; अमेरिका=US
elder | हमारे पोते {} गए हैं उहाँ की राजधानी कौन है | ऑस्ट्रेलिया=AU; कनाडा=CA; न्यूज़ीलैंड=NZ
elder | सुनो एलेक्सा बाबूजी पूछ रहे हैं {} की राजधानी | मॉरीशस=MU; फ़िजी=FJ; गुयाना=GY

# Cooking and driving.
kitchen | आटा गूँथ रही हूँ {} की राजधानी बताओ | थाईलैंड=TH; इटली=IT; मेक्सिको=MX
kitchen | कुकर की सीटी बज रही है {} की राजधानी क्या है | हंगरी=HU; मोरक्को=MA; लेबनान=LB
car-drive | गाड़ी चला रहा हूँ {} की राजधानी बोलो | सर्बिया=RS; रोमानिया=RO; बुल्गारिया=BG
car-drive | हाईवे पे हैं एलेक्सा {} की राजधानी बताना | ईरान=IR; इराक=IQ; अफगानिस्तान=AF

# The news.
news-item | न्यूज़ में {} दिखा रहे हैं उसकी राजधानी क्या है | यूक्रेन=UA; इज़राइल=IL; सूडान=SD
news-item | अभी खबर आई {} में भूकंप आया उसकी राजधानी कौन सी है | तुर्किये=TR; म्यांमार=MM; अफ़गानिस्तान=AF
news-item | {} में चुनाव हैं उसकी राजधानी क्या है | श्रीलंका=LK; बांग्लादेश=BD; वेनेज़ुएला=VE

# Sport.
sport-fan | वर्ल्ड कप में हमारा मैच {} से है उसकी राजधानी | नीदरलैंड की कोई एक=NL; क्रोएशिया=HR; उरूग्वे=UY
sport-fan | कबड्डी टीम {} की आई है उसकी राजधानी क्या है | ईरान=IR; केन्या=KE; बांग्लादेश=BD
sport-fan | हॉकी में {} जीत गया उसकी राजधानी बताओ | बेल्जियम=BE; नीदरलैंड देश की एक राजधानी=NL; जर्मनी=DE

# Follow-ups after an answer.
follow-up | और {} की | कोलंबिया=CO; वेनेज़ुएला=VE; गुयाना=GY
follow-up | अच्छा और {} का क्या | सूरीनाम=SR; पनामा=PA; निकारागुआ=NI
follow-up | ठीक है अब {} की बताओ | अल सल्वाडोर=SV; होंडूरास=HN; डोमिनिका=DM
follow-up | फिर {} | एस्वाटिनी वाला नहीं लेसोथो=LS; ग्रेनाडा=GD; सेंट लूसिया=LC
follow-up | और {} वाली | सेंट किट्स और नेविस=KN; एंटिगुआ और बरबुडा=AG; सेंट विंसेंट और ग्रेनाडाइंस=VC
follow-up | उसके बाद {} की राजधानी | माइक्रोनेशिया=FM; मार्शल द्वीपसमूह=MH; सोलोमन द्वीपसमूह=SB
follow-up | और {} का | कोमोरोस=KM; मेडागास्कर=MG; इक्वेटोरियल गिनी=GQ

# Plural questions.
plural-capitals | {} की राजधानियाँ कौन कौन सी हैं | दक्षिण अफ़्रीका=ZA; बोलीविया=BO; मलेशिया=MY
plural-capitals | {} की सारी राजधानियों के नाम बताओ | नीदरलैंड=NL; श्रीलंका=LK; बेनिन=BJ
plural-capitals | {} की दोनों राजधानियाँ क्या हैं | कोत दिवुआर=CI; एस्वाटिनी=SZ; फ़िलिस्तीन=PS
plural-capitals | सुना है {} की तीन राजधानियाँ हैं कौन सी | साउथ अफ्रीका=ZA
plural-capitals | {} की दो राजधानी हैं ना दोनों बताओ | बोलिविया=BO; मलेशिया=MY; हॉलैंड=NL
plural-capitals | {} की राजधानियां बताओ | श्री लंका=LK; आइवरी कोस्ट=CI; स्वाज़ीलैंड=SZ
plural-capitals | {} की कितनी राजधानियाँ हैं और कौन सी | बेनिन=BJ; फिलिस्तीन=PS; दक्षिण अफ्रीका=ZA
plural-capitals | {} की दोनों कैपिटल्स | उत्तराखंड=IN-UK; जम्मू और कश्मीर=IN-JK; मोंटसेरात=MS

# Subdivisions.
subdivision | {} की राजधानी कौन सी है | बिहार=IN-BR; झारखंड=IN-JH; ओडिशा=IN-OD
subdivision | {} राज्य की राजधानी बताओ | छत्तीसगढ़=IN-CG; त्रिपुरा=IN-TR; मणिपुर=IN-MN
subdivision | {} की राजधानी क्या है एलेक्सा | मिज़ोरम=IN-MZ; नागालैंड=IN-NL; मेघालय=IN-ML
subdivision | {} की राजधानी का नाम | सिक्किम=IN-SK; अरुणाचल प्रदेश=IN-AR; असम=IN-AS
subdivision | हमारे {} की राजधानी कौन सी है | हिमाचल=IN-HP; हरियाणा=IN-HR; पंजाब=IN-PB
subdivision | {} की राजधानी बताना | आंध्र प्रदेश=IN-AP; तेलंगाना=IN-TS; गोवा=IN-GA
subdivision | {} की राजधानी कहाँ पर है | लद्दाख=IN-LA; लक्षद्वीप=IN-LD; अंडमान निकोबार=IN-AN
subdivision | {} की राजधानी क्या है | पुडुचेरी=IN-PY; दिल्ली=IN-DL; चंडीगढ़=IN-CH
subdivision | यूपी मतलब {} की राजधानी | उत्तर प्रदेश=IN-UP
subdivision | {} स्टेट की राजधानी | मध्य प्रदेश=IN-MP; पश्चिम बंगाल=IN-WB; दादरा नगर हवेली और दमन दीव=IN-DH
subdivision | अमेरिका के {} की राजधानी क्या है | टेक्सास=US-TX; कैलिफ़ोर्निया=US-CA; फ्लोरिडा=US-FL
subdivision | अमेरिका में {} स्टेट की कैपिटल | न्यूयॉर्क=US-NY; इलिनॉय=US-IL; वॉशिंगटन स्टेट=US-WA
subdivision | {} की राजधानी कौन सा शहर है जी | न्यू जर्सी=US-NJ; मिशिगन=US-MI; ओहायो=US-OH
subdivision | यूएस के {} राज्य की राजधानी | नेवादा=US-NV; एरिज़ोना=US-AZ; अलास्का=US-AK
subdivision | कनाडा के {} की राजधानी | ओंटारियो=CA-ON; ब्रिटिश कोलंबिया=CA-BC; अल्बर्टा=CA-AB
subdivision | {} प्रांत की राजधानी क्या है | क्यूबेक=CA-QC; मैनिटोबा=CA-MB; नोवा स्कोशिया=CA-NS
subdivision | ऑस्ट्रेलिया के {} की राजधानी | क्वींसलैंड=AU-QLD; विक्टोरिया राज्य=AU-VIC; तस्मानिया=AU-TAS
subdivision | {} स्टेट की कैपिटल क्या है | न्यू साउथ वेल्स=AU-NSW; वेस्टर्न ऑस्ट्रेलिया=AU-WA; साउथ ऑस्ट्रेलिया=AU-SA
subdivision | जर्मनी के {} की राजधानी | बवेरिया=DE-BY; सैक्सनी=DE-SN; हेस्से=DE-HE
subdivision | ब्राज़ील के {} राज्य की राजधानी | बाहिया=BR-BA; अमेज़ोनास=BR-AM; मिनास जेरैस=BR-MG
subdivision | मेक्सिको के {} की राजधानी क्या है | हालिस्को=MX-JAL; युकातान=MX-YUC; ओआहाका=MX-OAX
subdivision | {} की राजधानी कौन सी है बताओ | स्कॉटलैंड=GB-SCT; वेल्स=GB-WLS; उत्तरी आयरलैंड=GB-NIR

# Territories.
territory | {} की राजधानी क्या है जी | ग्रीनलैंड=GL; बरमूडा=BM; जिब्राल्टर=GI
territory | {} द्वीप की राजधानी कौन सी है | पोर्टो रिको=PR; गुआम=GU; क्रिसमस=CX
territory | {} की राजधानी बताओ एलेक्सा | फ़ॉकलैंड द्वीपसमूह=FK; फ़ेरो द्वीपसमूह=FO; न्यू कैलेडोनिया=NC
territory | {} का मेन शहर मतलब राजधानी | फ्रेंच पोलिनेशिया=PF; रियूनियन=RE; मार्टीनिक=MQ
territory | {} की राजधानी कौन सी है जी | कैमेन आइलैंड्स=KY; आइल ऑफ़ मैन=IM; जर्सी आइलैंड=JE
territory | {} की कैपिटल क्या है जी | अरूबा=AW; कुरासाओ=CW; एंग्विला=AI
territory | {} की राजधानी का नाम बताओ | पश्चिमी सहारा=EH; कोसोवो=XK; कुक आइलैंड्स=CK

# Yes/no checks (the place is what is asked).
yes-no-check | क्या ऑस्ट्रेलिया की राजधानी सिडनी है | AU
yes-no-check | कनाडा की राजधानी टोरंटो है ना | CA
yes-no-check | तुर्की की राजधानी इस्तांबुल है क्या | TR
yes-no-check | ब्राज़ील की राजधानी रियो है ना | BR
yes-no-check | नाइजीरिया की राजधानी लागोस ही है ना | NG
yes-no-check | पाकिस्तान की राजधानी कराची है क्या | PK
yes-no-check | स्विट्ज़रलैंड की राजधानी ज्यूरिख है या नहीं | CH
yes-no-check | वियतनाम की राजधानी हो ची मिन्ह है क्या | VN
yes-no-check | न्यूज़ीलैंड की राजधानी ऑकलैंड है ना | NZ
yes-no-check | मोरक्को की राजधानी रबात है ना | MA
yes-no-check | कज़ाखस्तान की राजधानी अस्ताना ही है ना | KZ
yes-no-check | तंज़ानिया की राजधानी दार एस सलाम है क्या | TZ
yes-no-check | महाराष्ट्र की राजधानी मुंबई है ना | IN-MH
yes-no-check | कर्नाटक की राजधानी बेंगलुरु ही है क्या | IN-KA
yes-no-check | असम की राजधानी गुवाहाटी है क्या | IN-AS
yes-no-check | म्यांमार की राजधानी यांगून है क्या अभी भी | MM
yes-no-check | अमेरिका की राजधानी न्यूयॉर्क है ना | US
yes-no-check | चीन की राजधानी शंघाई है क्या | CN
yes-no-check | क्या ये सही है कि इटली की राजधानी रोम है | IT
yes-no-check | केरल की राजधानी कोच्चि है ना | IN-KL
yes-no-check | बेलीज़ की राजधानी बेलीज़ सिटी है क्या | BZ

# Self-corrections.
self-correction | ऑस्ट्रिया की नहीं ऑस्ट्रेलिया की राजधानी | AU
self-correction | स्वीडन नहीं स्विट्ज़रलैंड की राजधानी बताओ | CH
self-correction | नाइजर नहीं नाइजीरिया की राजधानी | NG
self-correction | स्लोवाकिया सॉरी स्लोवेनिया की राजधानी | SI
self-correction | गिनी नहीं गिनी बिसाऊ की राजधानी | GW
self-correction | ईरान नहीं इराक की राजधानी क्या है | IQ
self-correction | ऑस्ट्रेलिया मतलब ऑस्ट्रिया की राजधानी | AT
self-correction | अरे माफ़ करना मैं कहना चाहता था मलावी की राजधानी | MW
self-correction | लातविया नहीं लिथुआनिया वाला | LT
self-correction | डोमिनिका नहीं डोमिनिकन रिपब्लिक की राजधानी | DO
self-correction | गैबॉन की नहीं रुको गाम्बिया की राजधानी | GM
self-correction | मॉरिटानिया नहीं मॉरीशस की राजधानी | MU
self-correction | पटना वाला बिहार नहीं झारखंड की राजधानी | IN-JH
self-correction | उत्तराखंड नहीं उत्तर प्रदेश की राजधानी | IN-UP
self-correction | नॉर्वे उफ़ मेरा मतलब डेनमार्क की राजधानी | DK
self-correction | सूडान नहीं दक्षिण सूडान की राजधानी | SS
self-correction | कोरिया अरे उत्तर कोरिया की राजधानी | KP
self-correction | आइसलैंड नहीं आयरलैंड की राजधानी | IE

# Reverse questions.
reverse-question | {} किस देश की राजधानी है | काठमांडू=CITY:काठमांडू; थिंपू=CITY:थिंपू; ढाका=CITY:ढाका
reverse-question | {} कहाँ की राजधानी है | नैरोबी=CITY:नैरोबी; अदीस अबाबा=CITY:अदीस अबाबा; अक्रा=CITY:एक्रा
reverse-question | {} किस मुल्क की राजधानी है बताओ | ताशकंद=CITY:ताशकंद; बिश्केक=CITY:बिश्केक; दुशांबे=CITY:दुशांबे
reverse-question | {} वाला देश कौन सा है | रेक्याविक=CITY:रेक्याविक; हेलसिंकी=CITY:हेलसिंकी; तेलिन=CITY:तेलिन
reverse-question | {} नाम की राजधानी किसकी है | पोर्ट मोरेस्बी=CITY:पोर्ट मोरेस्बी; नुकुआलोफ़ा=CITY:नुकुआलोफ़ा; होनियारा=CITY:होनियारा
reverse-question | {} किस स्टेट की राजधानी है | दिसपुर=CITY:दिसपुर; कोहिमा=CITY:कोहिमा; ईटानगर=CITY:ईटानगर
reverse-question | {} किसकी राजधानी है | भोपाल=CITY:भोपाल; रायपुर=CITY:रायपुर; देहरादून=CITY:देहरादून
reverse-question | एलेक्सा {} किस देश की कैपिटल है | ओटावा=CITY:ओटावा; कैनबरा=CITY:कैनबरा; वेलिंगटन=CITY:वेलिंगटन
reverse-question | {} किस देश में है और राजधानी है क्या | अस्मारा=CITY:अस्मारा; मोगादिशु=CITY:मोगादिशु; किगाली=CITY:किगाली

# Official names.
official-name | अच्छा {} की राजधानी कौन सी है | संयुक्त राज्य अमेरिका=US; रूसी संघ=RU; चीनी जनवादी गणराज्य=CN
official-name | {} की राजधानी बताइए | भारत गणराज्य=IN; इस्लामी गणराज्य पाकिस्तान=PK; संघीय लोकतांत्रिक गणराज्य नेपाल=NP
official-name | एलेक्सा {} की राजधानी क्या है | यूनाइटेड किंगडम ऑफ़ ग्रेट ब्रिटेन एंड नॉर्दर्न आयरलैंड=GB; फ़ेडरल रिपब्लिक ऑफ़ जर्मनी=DE; रिपब्लिक ऑफ़ इंडोनेशिया=ID
official-name | {} की राजधानी का नाम जी | कोरिया लोकतांत्रिक जन गणराज्य=KP; कोरिया गणराज्य=KR; कांगो लोकतांत्रिक गणराज्य=CD
official-name | {} की राजधानी कहाँ है | कांगो गणराज्य=CG; मध्य अफ़्रीकी गणराज्य=CF; डोमिनिकन गणराज्य=DO
official-name | {} की राजधानी बोलिए | हाशमाइट किंगडम ऑफ़ जॉर्डन=JO; किंगडम ऑफ़ सऊदी अरब=SA; सल्तनत ओमान=OM
official-name | {} की राजधानी बताओ | लोकतांत्रिक समाजवादी गणराज्य श्रीलंका=LK; संयुक्त मेक्सिकी राज्य=MX; बहुराष्ट्रीय राज्य बोलीविया की कोई एक=BO

# Everyday and old names.
everyday-name | {} की राजधानी क्या है यार | बर्मा=MM; सीलोन=LK; फारस=IR
everyday-name | पुराने ज़माने में {} कहते थे उसकी राजधानी | स्याम=TH; अबीसीनिया=ET; डच ईस्ट इंडीज़=ID
everyday-name | {} की राजधानी बताओ जी | हॉलैंड=NL; इंग्लैंड वाला ब्रिटेन=GB; चेकोस्लोवाकिया वाला चेक रिपब्लिक=CZ
everyday-name | {} की राजधानी कौन सी है यार | यूएसए=US; यूके=GB; यूएई=AE
everyday-name | {} की राजधानी | साउथ कोरिया=KR; नॉर्थ कोरिया=KP; ईस्ट तिमोर=TL
everyday-name | {} का कैपिटल क्या है | दुबई वाला देश=AE; आइवरी कोस्ट=CI; टर्की=TR
everyday-name | {} की राजधानी क्या थी और अब क्या है | कंपूचिया=KH; डाहोमी=BJ; रोडेशिया वाला ज़िम्बाब्वे=ZW
everyday-name | {} की राजधानी बोलो | मकदूनिया=MK; बेलोरूसिया=BY; केप वर्डे=CV
everyday-name | {} की राजधानी कौन सी | अमरीका=US; रशिया=RU; जापान देश=JP

# Shared names.
shared-name | सुनो {} की राजधानी क्या है | कांगो=CD+CG; कोरिया=KP+KR; जॉर्जिया=GE+US-GA
shared-name | एलेक्सा {} की राजधानी बताओ | वर्जिन आइलैंड्स=VG+VI; दोनों कोरिया=KP+KR; दोनों कांगो=CD+CG
shared-name | {} की राजधानियाँ | डोमिनिका और डोमिनिकन रिपब्लिक=DM+DO; वर्जिन द्वीपसमूह=VG+VI; उत्तर और दक्षिण कोरिया=KP+KR
shared-name | सुनो {} की राजधानी कौन सी है | जॉर्जिया वाला=GE+US-GA; कांगो वाला देश=CD+CG

# One-shot requests through the invocation name.
one-shot | दुनिया की राजधानियाँ से पूछो {} की राजधानी क्या है | पाकिस्तान=PK; जॉर्डन=JO; वनुआतू=VU
one-shot | दुनिया की राजधानियाँ खोलो और बताओ {} की राजधानी | समोआ=WS; तुवालू=TV; नाउरु=NR
one-shot | एलेक्सा दुनिया की राजधानियाँ में {} की राजधानी | ग्रेनाडा=GD; बारबाडोस=BB; हैती=HT
one-shot | दुनिया की राजधानियां से {} की राजधानी पूछो | इक्वाडोर=EC; निकारागुआ=NI; मोनाको=MC

# Recognition artefacts.
recognition-artefact | {} की राजधानी जी | अफगानिस्तान=AF; कजाखस्तान=KZ; जाम्बिया=ZM
recognition-artefact | {} की राजधानी क्या है ज़रा बताना | किर्गिजस्तान=KG; उज्बेकिस्तान=UZ; मोजाम्बिक=MZ
recognition-artefact | {} की राजधानी कौनसी है | स्विटजरलैंड=CH; न्यूजीलैंड=NZ; ब्राजील=BR
recognition-artefact | अच्छा {} की राजधानी बताओ | फिनलैंड=FI; फ्रांस=FR; फिजी=FJ
recognition-artefact | {} की राजधानी का | बोस्नियाऔर हर्जेगोविना=BA; पापुआन्यू गिनी=PG; सेंटलूसिया=LC
recognition-artefact | {} की राज धानी | सऊदी अरब=SA; इजराइल=IL; गिनी बिसाऊ=GW
recognition-artefact | {} कि राजधानी क्या है | मंगोलिया=MN; सिंगा पुर=SG; ताइवान=TW
recognition-artefact | {} की राजधानि | युगान्डा=UG; रुवांडा=RW; बुरूंडी=BI

# Launch.
launch | दुनिया की राजधानियाँ खोलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ शुरू करो | LAUNCH
launch | दुनिया की राजधानियां चालू करो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ स्टार्ट करो | LAUNCH
launch | दुनिया की राजधानियाँ लगाओ | LAUNCH
launch | दुनिया की राजधानियाँ वाला गेम खोलो | LAUNCH
launch | एलेक्सा ओपन दुनिया की राजधानियाँ | LAUNCH
launch | दुनिया की राजधानी या खोलो | LAUNCH
launch | दुनिया की राजधानियाँ चलाओ ना | LAUNCH
launch | दुनियाकी राजधानियाँ खोलिए | LAUNCH

# Help.
help | मदद चाहिए | HELP
help | ये कैसे चलता है | HELP
help | मुझे समझ नहीं आ रहा क्या बोलूँ | HELP
help | हेल्प करो एलेक्सा | HELP
help | इसमें क्या क्या पूछ सकते हैं | HELP
help | कैसे इस्तेमाल करूँ इसको | HELP
help | मैं क्या बोलूँ बताओ | HELP
help | एलेक्सा मेरी मदद करो | HELP
help | इस स्किल में क्या करना होता है | HELP
help | मुझे बताओ ये कैसे काम करता है | HELP
help | हेल्प | HELP
help | सहायता | HELP
help | क्या पूछूँ समझाओ | HELP
help | ये स्किल क्या करती है | HELP
help | मदद कीजिए हजुर | HELP
help | हमको नहीं पता कैसे पूछना है | HELP
help | मुझे गाइड करो | HELP
help | बच्चों को कैसे खिलाऊँ इसमें मदद करो | HELP
help | इसका तरीका बताओ | HELP
help | मैं अटक गया हूँ मदद करो | HELP

# Stop (end the skill).
stop | बंद करो | STOP
stop | स्टॉप | STOP
stop | एलेक्सा बंद कर दो | STOP
stop | बस अब बंद करो | STOP
stop | रुक जाओ एलेक्सा | STOP
stop | चुप हो जाओ | STOP
stop | बस हो गया अब बंद | STOP
stop | अब और नहीं बंद करो इसे | STOP
stop | एलेक्सा स्टॉप करो | STOP
stop | बाहर निकलो | STOP
stop | एग्जिट | STOP
stop | खेल खत्म करो | STOP
stop | अब सोना है बंद करो | STOP
stop | बंद कर दीजिए | STOP
stop | ठीक है बस बंद | STOP
stop | चलो बाय बंद करो | STOP
stop | बंद करो ना यार | STOP
stop | गेम बंद करो | STOP
stop | एलेक्सा रुको बंद करो | STOP
stop | शांत हो जाओ | STOP

# Cancel (call off what is under way).
cancel | कैंसल | CANCEL
cancel | कैंसिल करो | CANCEL
cancel | रद्द करो | CANCEL
cancel | एलेक्सा कैंसल कर दो | CANCEL
cancel | रहने दो कैंसल | CANCEL
cancel | ये सवाल कैंसल करो | CANCEL
cancel | नहीं नहीं कैंसल करो | CANCEL
cancel | कैंसल कर दीजिए | CANCEL
cancel | इसे रद्द कर दो | CANCEL
cancel | छोड़ो कैंसल | CANCEL
cancel | गलत बोल दिया कैंसल करो | CANCEL
cancel | कैंसल कर दो भाई | CANCEL
cancel | पूछना नहीं था कैंसल | CANCEL
cancel | ये वाला रद्द कर दीजिए | CANCEL
cancel | अरे कैंसिल कैंसिल | CANCEL
cancel | कैंसल करो जी | CANCEL
cancel | मेरा सवाल रद्द करो | CANCEL
cancel | एलेक्सा रद्द | CANCEL
cancel | उसको कैंसल कर दो | CANCEL
cancel | कैंसल करो हजुर | CANCEL

# Out of domain, with hard near-misses.
out-of-domain | आज मौसम कैसा है | FB
out-of-domain | कोई भजन लगाओ | FB
out-of-domain | पांच बजे का अलार्म लगाओ | FB
out-of-domain | क्रिकेट का स्कोर क्या है | FB
out-of-domain | एक जोक सुनाओ | FB
out-of-domain | चीन की आबादी कितनी है | FB
out-of-domain | जापान की करेंसी क्या है | FB
out-of-domain | रूस के राष्ट्रपति कौन हैं | FB
out-of-domain | नेपाल का सबसे बड़ा शहर कौन सा है | FB
out-of-domain | ऑस्ट्रेलिया का सबसे बड़ा शहर | FB
out-of-domain | कनाडा में कौन सी भाषा बोलते हैं | FB
out-of-domain | फ़्रांस का राष्ट्रीय पक्षी क्या है | FB
out-of-domain | भूटान की मुद्रा का नाम | FB
out-of-domain | पाकिस्तान के प्रधानमंत्री कौन हैं | FB
out-of-domain | अमेरिका में अभी कितने बजे हैं | FB
out-of-domain | दिल्ली से काठमांडू कितनी दूर है | FB
out-of-domain | राजधानी एक्सप्रेस कितने बजे आएगी | FB
out-of-domain | राजधानी एक्सप्रेस का पीएनआर स्टेटस | FB
out-of-domain | कैपिटल लेटर में नाम कैसे लिखते हैं | FB
out-of-domain | वर्किंग कैपिटल का मतलब क्या होता है | FB
out-of-domain | कैपिटल गेन टैक्स कितना है | FB
out-of-domain | फ़ैशन की राजधानी किसे कहते हैं | FB
out-of-domain | भारत की आर्थिक राजधानी कौन सी है | FB
out-of-domain | राजधानी का मतलब इंग्लिश में क्या है | FB
out-of-domain | राजधानी शब्द की स्पेलिंग बताओ | FB
out-of-domain | कैपिटल वन बैंक का नंबर | FB
out-of-domain | राजधानी कोचिंग सेंटर का पता | FB
out-of-domain | पटना में राजधानी होटल कहाँ है | FB
out-of-domain | जर्मनी का झंडा कैसा दिखता है | FB
out-of-domain | इटली का राष्ट्रगान सुनाओ | FB
out-of-domain | मिस्र के पिरामिड कितने पुराने हैं | FB
out-of-domain | दुबई का वीज़ा कैसे मिलता है | FB
out-of-domain | सऊदी में हज का खर्चा कितना है | FB
out-of-domain | नेपाल जाने के लिए पासपोर्ट चाहिए क्या | FB
out-of-domain | अमेरिका का डॉलर आज कितने का है | FB
out-of-domain | इंग्लैंड का मैच कब है | FB
out-of-domain | ब्राज़ील में फुटबॉल का सबसे बड़ा खिलाड़ी कौन | FB
out-of-domain | मुझे आलू पराठा की रेसिपी बताओ | FB
out-of-domain | बत्ती बंद कर दो | FB
out-of-domain | टीवी की आवाज़ कम करो | FB
out-of-domain | शॉपिंग लिस्ट में दूध जोड़ो | FB
out-of-domain | मम्मी को फ़ोन लगाओ | FB
out-of-domain | कल छुट्टी है क्या | FB
out-of-domain | आज कौन सी तिथि है | FB
out-of-domain | बच्चों वाली कहानी सुनाओ | FB
out-of-domain | कोई पुराना गाना बजाओ किशोर कुमार का | FB
out-of-domain | गंगटोक का मौसम कैसा है | FB
out-of-domain | ट्रक का टायर कहाँ सस्ता मिलेगा | FB
out-of-domain | माउंट एवरेस्ट की ऊँचाई कितनी है | FB
out-of-domain | सबसे लंबी नदी कौन सी है दुनिया की | FB
out-of-domain | दुनिया में कितने देश हैं | FB
out-of-domain | एशिया में कितने देश हैं | FB
out-of-domain | अफ़्रीका महाद्वीप का सबसे बड़ा देश | FB
out-of-domain | किस देश की राजधानी सबसे ठंडी है | FB
out-of-domain | दुनिया की सबसे पुरानी राजधानी कौन सी है | FB
out-of-domain | राजधानियों वाला गाना सुनाओ | FB
out-of-domain | बिहार के मुख्यमंत्री कौन हैं | FB
out-of-domain | जम्मू से श्रीनगर कितने घंटे लगते हैं | FB
out-of-domain | ओडिशा का मशहूर खाना क्या है | FB
out-of-domain | गोवा में बीच कौन सा अच्छा है | FB
out-of-domain | सिंधी कढ़ी कैसे बनाते हैं | FB
out-of-domain | कोटा में कितनी कोचिंग हैं | FB
out-of-domain | मेरा बीपी कितना होना चाहिए | FB
out-of-domain | पैरासिटामोल कितनी बार ले सकते हैं | FB
out-of-domain | योगा के फायदे बताओ | FB
out-of-domain | शेयर बाज़ार आज ऊपर है या नीचे | FB
out-of-domain | सोने का भाव क्या है | FB
out-of-domain | केबीसी कब आता है | FB
out-of-domain | एक लाख को डॉलर में बदलो | FB
out-of-domain | स्पेन किस महाद्वीप में है | FB
out-of-domain | मेक्सिको में कितने राज्य हैं | FB
out-of-domain | भारत में कितने राज्य हैं | FB
out-of-domain | कनाडा की राजधानी का मौसम कैसा है | FB
out-of-domain | लंदन में अभी क्या टाइम हुआ है | FB
out-of-domain | टोक्यो की फ्लाइट कितने की है | FB
out-of-domain | पेरिस में एफिल टावर कितना ऊँचा है | FB
out-of-domain | रूस का क्षेत्रफल कितना है | FB
out-of-domain | चीन की दीवार कितनी लंबी है | FB
out-of-domain | ईरान की भाषा कौन सी है | FB
out-of-domain | बांग्लादेश का राष्ट्रगान किसने लिखा | FB
out-of-domain | श्रीलंका की करेंसी का नाम | FB
out-of-domain | थाईलैंड का वीज़ा ऑन अराइवल है क्या | FB
out-of-domain | कैपिटल आई वाला आई कैसे लिखते हैं | FB
out-of-domain | दिल्ली की राजधानी वाली पुरानी फिल्म का नाम | FB
out-of-domain | राजधानी नाइट चार्ट का रिज़ल्ट | FB
out-of-domain | उस्ताद ढाबा खुला है क्या | FB
out-of-domain | ब्याज की दर क्या है बैंक में | FB
out-of-domain | यूएन में कितने देश मेंबर हैं | FB
out-of-domain | मेरा नाम क्या है | FB
out-of-domain | तुम कहाँ रहती हो एलेक्सा | FB

# Second batch, added after the first build only where a count was short (lines per half, out-of-domain, help, stop,
# cancel, India and the Dominican Republic).
plain-question | हमारे देश {} की राजधानी कौन सी है | भारत=IN
plain-question | {} की राजधानी सेंटो डोमिंगो है या कुछ और | डोमिनिकन रिपब्लिक=DO
sindhi-hindi | साईं {} जो राजधानी कौन सो आहे | हिंदुस्तान=IN; दुबई वारो अमीरात=AE; हांगकांग वारो चीन=CN
maithili | {} के राजधानी दिल्ली छै की नै | इंडिया=IN
dogri | {} दी राजधानी के ऐ जी | स्पेन=ES; ग्रीस=GR; आयरलैंड=IE
odia-hindi | {} का राजधानी में हमारा भाई काम करता है कौन सा शहर है | ओमान=OM; क़तर=QA; मलेशिया देश की कोई एक=MY
nepali-hindi | हजुर {} को राजधानी कहाँ हो | नेपाल देश=NP; सिक्किम=IN-SK; पश्चिम बंगाल=IN-WB
konkani-goa | {} चो कैपिटल कितें | गोवा राज्य=IN-GA; पुर्तगाल देश=PT
himachali | {} री राजधानी शिमला ई है ना | हिमाचल प्रदेश=IN-HP
fauji | मेरा भाई {} बॉर्डर पे है उस देश की राजधानी | चीन वाले=CN; पाकिस्तान वाले=PK; म्यांमार वाले=MM
kota-student | एनसीईआरटी में लिखा है {} की राजधानी क्या है | डोमिनिकन गणराज्य=DO; हैती देश=HT; ग्रेनाडा देश=GD
subdivision | अमरीका के {} की राजधानी बताइए | जॉर्जिया स्टेट=US-GA; वर्जीनिया=US-VA; मैसाचुसेट्स=US-MA
subdivision | {} की कैपिटल बताओ ना | पेंसिल्वेनिया=US-PA; कोलोराडो=US-CO; हवाई=US-HI
subdivision | {} राज्य की राजधानी कौन सी है | टेनेसी=US-TN; लुइज़ियाना=US-LA; ओरेगन=US-OR
territory | {} की राजधानी किधर है | ग्वाडेलूप=GP; मायोते=YT; सेंट हेलेना=SH

out-of-domain | कल बारिश होगी क्या | FB
out-of-domain | मेरे लिए टैक्सी बुक करो | FB
out-of-domain | दस मिनट का टाइमर लगाओ | FB
out-of-domain | भारत की जनसंख्या कितनी है | FB
out-of-domain | कनाडा का प्रधानमंत्री कौन है | FB
out-of-domain | नेपाल का राष्ट्रीय फूल | FB
out-of-domain | जापान में कौन सा धर्म ज़्यादा है | FB
out-of-domain | अफ़्रीका में कितने देश हैं | FB
out-of-domain | जर्मनी की करेंसी यूरो है क्या | FB
out-of-domain | मलेशिया जाने का टिकट कितने का है | FB
out-of-domain | इंडोनेशिया में कितने द्वीप हैं | FB
out-of-domain | चीन का राष्ट्रपति कौन है | FB
out-of-domain | श्रीलंका का प्रधानमंत्री कौन है | FB
out-of-domain | ब्राज़ील की भाषा क्या है | FB
out-of-domain | यूक्रेन में युद्ध कब शुरू हुआ था | FB
out-of-domain | अमेरिका का राष्ट्रीय पशु | FB
out-of-domain | कैपिटल मार्केट क्या होता है | FB
out-of-domain | राजधानी ट्रेन में खाना मिलता है क्या | FB
out-of-domain | राजधानी एक्सप्रेस की टिकट बुक करो | FB
out-of-domain | कैपिटल पनिशमेंट का मतलब | FB
out-of-domain | वेंचर कैपिटल फंड क्या होता है | FB
out-of-domain | सिलिकॉन वैली को टेक की राजधानी क्यों कहते हैं | FB
out-of-domain | बनारस को धार्मिक राजधानी कहते हैं क्यों | FB
out-of-domain | कोटा को कोचिंग की राजधानी कहते हैं ना | FB
out-of-domain | राजधानी का पर्यायवाची शब्द | FB
out-of-domain | इंग्लिश में कैपिटल और स्मॉल लेटर का फर्क | FB
out-of-domain | कैप्स लॉक कैसे बंद करें | FB
out-of-domain | मेरी राशि का भविष्य बताओ | FB
out-of-domain | गुड नाइट एलेक्सा | FB
out-of-domain | तुम्हारी उम्र कितनी है | FB
out-of-domain | पानी कितना पीना चाहिए | FB
out-of-domain | कोई मेडिटेशन म्यूज़िक लगाओ | FB
out-of-domain | सेना में भर्ती कब निकलेगी | FB
out-of-domain | हज की फ्लाइट कब जाती है | FB
out-of-domain | केदारनाथ के कपाट कब खुलेंगे | FB
out-of-domain | शादी के लिए अच्छा मुहूर्त बताओ | FB
out-of-domain | सिलाई मशीन का धागा कैसे डालें | FB
out-of-domain | चाय में अदरक कब डालते हैं | FB
out-of-domain | आज का स्टैम्प कलेक्शन न्यूज़ | FB
out-of-domain | पुराने सिक्के कहाँ बिकते हैं | FB
out-of-domain | व्लॉग के लिए अच्छा कैमरा कौन सा है | FB
out-of-domain | पेट्रोल का रेट क्या है आज | FB
out-of-domain | नजदीकी पेट्रोल पंप कहाँ है | FB
out-of-domain | फ्रांस की राजधानी में कितने लोग रहते हैं | FB
out-of-domain | दुनिया का सबसे छोटा देश कौन सा है | FB
out-of-domain | सबसे ज़्यादा देशों की सीमा किससे लगती है | FB
out-of-domain | कौन से देश में सबसे ज़्यादा भाषाएँ हैं | FB
out-of-domain | अंटार्कटिका में कौन रहता है | FB

help | मुझे नियम समझाओ | HELP
help | क्या करना है अब | HELP
help | शुरू कैसे करूँ समझ नहीं आया | HELP
help | कोई उदाहरण दो कैसे पूछते हैं | HELP
help | अम्मा को समझाओ कैसे चलाना है | HELP
help | हेल्प चाहिए भाई | HELP
help | इसके बारे में बताओ | HELP
help | मैं नया हूँ कैसे पूछूँ | HELP
help | साईं मदद करो | HELP
help | क्या क्या सवाल कर सकते हैं | HELP
help | कौन से कमांड हैं | HELP
help | समझाइए ना ये क्या है | HELP

stop | बंद कर | STOP
stop | अब बंद हो जाओ | STOP
stop | स्किल बंद करो | STOP
stop | एलेक्सा बस करो | STOP
stop | चलो खत्म करते हैं बंद करो | STOP
stop | बस बहुत हुआ स्टॉप | STOP
stop | इसको बंद कर दो | STOP
stop | क्विज़ बंद करो | STOP
stop | बंद करो साईं | STOP
stop | स्टॉप इट | STOP
stop | निकलो इससे | STOP
stop | बंद करो अब मुझे जाना है | STOP
stop | ड्यूटी का टाइम हो गया बंद करो | STOP
stop | बंद हो जा | STOP
stop | एलेक्सा एक्ज़िट करो | STOP
stop | राजधानियाँ बंद करो | STOP
stop | बंद कर दो दीदी | STOP
stop | बच्चे सो गए बंद करो | STOP

cancel | कैंसल कर | CANCEL
cancel | नहीं रद्द करो इसे | CANCEL
cancel | ये वाला कैंसल | CANCEL
cancel | अभी वाला कैंसल कर दो | CANCEL
cancel | रद्द कर दीजिए जी | CANCEL
cancel | कैंसल कर दो साईं | CANCEL
cancel | गलती से बोल दिया रद्द करो | CANCEL
cancel | कैंसिल कर दो प्लीज़ | CANCEL
cancel | ये रिक्वेस्ट कैंसल करो | CANCEL
cancel | कैंसल कैंसल | CANCEL
"""

if __name__ == "__main__":
    build_round(22, "hi", LINES, sys.argv, "tests/Eval/hi/round22/source/build_corpus.py")
