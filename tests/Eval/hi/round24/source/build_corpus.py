"""Round 24, Hindi (hi-IN): a new author's mix of speakers and situations, written blind, chosen away from the speakers
of the earlier Hindi rounds. Regions and first languages: Tamil speakers' Hindi in Chennai, Coimbatore and Madurai
("अण्णा", "तम्बी", "पा", "डा", "सार", "मच्चान", "सीक्रम", "आमा", "इल्ले", "सरी", masculine "का राजधानी"), Bundeli from
Jhansi, Sagar, Chhatarpur and Orchha ("हमाओ", "तुमाओ", "मोड़ा", "खों", "कक्का", "आय", "हओ", "तनक", "बता दइयो"), Magahi
from Gaya, Nalanda and Bodh Gaya ("हम्मर", "हइ", "कउन", "बता द", "रहल", "आयल", "गेल", "बेटवा"), Parsi elders in Mumbai's
colonies ("डीकरा", "बावा", "अरे बाप", Gujarati "नी", "सु छे"), Nimadi and Bhili-coloured Hindi of Khargone and Jhabua
farmers ("काँई", "म्हारो", "थारो"), and a Sylheti-coloured Hindi of tea-estate clerks in Cachar ("कीता", "आमि"). Work
and places: UPSC aspirants in Delhi's Mukherjee Nagar and Prayagraj lodges (prelims, map work, current affairs), a
retired IFS officer remembering his postings (old names), farmers and commission agents at a mandi (onion, basmati,
grapes for export), a cyber café filling visa and passport forms, an FM radio phone-in quiz, a kabaddi team on its bus,
a new parent feeding a baby at night, a village panchayat office and its sarpanch, a family playing the "बिज़नेस" board
game, a film unit's location scouts and a dubbing studio, gurdwara langar volunteers with foreign visitors, a school-van
driver with children, relatives in a hospital's waiting room, a grandmother with her knitting. Plus fillers and
hesitations, terse forms, English words in Devanagari, a clause after the question, follow-ups, self-corrections, yes/no
checks with right and wrong guesses, reverse questions (a capital given, its country asked), official, old and everyday
names, shared names, plural questions for every several-capital country and Palestine, subdivisions and territories,
out-of-domain near misses (other facts about a named country, "राजधानी"/"कैपिटल" in other senses, places the data lacks,
everyday requests), help, stop, cancel, launch and one-shot requests through the invocation name "दुनिया की
राजधानियाँ"; and what hi-IN recognition writes: lost or stray nukta, anusvara for chandrabindu, joined and split words,
"कि" for "की", "हे" for "है", short vowels for long ones.
`python3 tests/Eval/hi/round24/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 24's number); every line is hi-IN."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Tamil speakers' Hindi in Chennai, Coimbatore and Madurai.
tamil-hindi | अण्णा {} का राजधानी क्या है पा | इंडोनेशिया=ID; फ़िलिपींस=PH; वियतनाम=VN
tamil-hindi | तम्बी {} का कैपिटल बोलो डा | कंबोडिया=KH; ब्रूनेई=BN; पूर्वी तिमोर=TL
tamil-hindi | एन्ना सार {} का राजधानी कौन सा है | मालदीव=MV; मॉरीशस=MU; सेशेल्स=SC
tamil-hindi | अय्यो मेरे को याद नहीं आता {} का कैपिटल क्या है | फ़िजी=FJ; पापुआ न्यू गिनी=PG; समोआ=WS
tamil-hindi | चेन्नई से बोल रहा हूँ पा {} का कैपिटल क्या है | सिंगापुर=SG; म्यांमार=MM; थाईलैंड=TH
tamil-hindi | कोयंबटूर मिल का कपड़ा {} जाता है उधर का कैपिटल क्या है | बांग्लादेश=BD; केन्या=KE; नाइजीरिया=NG
tamil-hindi | मच्चान {} का कैपिटल सीक्रम बोलो | ऑस्ट्रेलिया=AU; न्यूज़ीलैंड=NZ; कनाडा=CA
tamil-hindi | हमारा पोन्नु {} में नर्स है उधर का राजधानी कौन सा है | आयरलैंड=IE; यूनाइटेड किंगडम=GB; कुवैत=KW
tamil-hindi | मदुरै से पूछ रहे हैं सार {} का राजधानी बताओ ना | दक्षिण कोरिया=KR; जापान=JP; ताइवान=TW
tamil-hindi | आमा आमा ठीक है अभी {} का कैपिटल भी बोलो | ओमान=OM; क़तर=QA; बहरीन=BH
tamil-hindi | इल्ले इल्ले वो नहीं पूछा {} का राजधानी पूछा | जर्मनी=DE; फ़्रांस=FR; स्पेन=ES
tamil-hindi | सरी पा {} का कैपिटल क्या है अम्मा को बताना है | स्विट्ज़रलैंड=CH; इटली=IT; नीदरलैंड=NL

# Bundeli from Jhansi, Sagar, Chhatarpur and Orchha.
bundeli | जे {} की राजधानी कौन सी आय | नेपाल=NP; भूटान=BT; पाकिस्तान=PK
bundeli | हमाए मोड़ा खों पूछने है {} की राजधानी का आय | रूस=RU; चीन=CN; अमेरिका=US
bundeli | अरे सुनो तो {} की राजधानी कौन सी है तनक बताओ | ईरान=IR; इराक=IQ; अफ़गानिस्तान=AF
bundeli | ओरछा में {} के सैलानी आए हते उनके देस की राजधानी का आय | इज़राइल=IL; पुर्तगाल=PT; बेल्जियम=BE
bundeli | हओ भैया {} की राजधानी बता दइयो | मिस्र=EG; लीबिया=LY; सूडान=SD
bundeli | कक्का पूछ रए हैं {} की राजधानी कौन सी है | यूक्रेन=UA; बेलारूस=BY; पोलैंड=PL
bundeli | हम तो भूल गए {} की राजधानी का हती | हंगरी=HU; रोमानिया=RO; बुल्गारिया=BG
bundeli | झाँसी के किला पे {} वारे मिले उनकी राजधानी कौन सी आय | स्वीडन=SE; नॉर्वे=NO; डेनमार्क=DK
bundeli | तुमाओ का कैनो है {} की राजधानी का है | जॉर्डन=JO; लेबनान=LB; सीरिया=SY
bundeli | सागर के कॉलेज में पूछो गओ {} की राजधानी कौन सी है | ग्रीस=GR; साइप्रस=CY; माल्टा=MT

# Magahi from Gaya, Nalanda and Bodh Gaya.
magahi | ए भइया {} के राजधानी की हइ | लाओस=LA; मंगोलिया=MN; श्रीलंका=LK
magahi | हम्मर बेटवा पूछ रहल हइ {} के राजधानी कउन हइ | उज़्बेकिस्तान=UZ; तुर्कमेनिस्तान=TM; ताजिकिस्तान=TJ
magahi | {} के राजधानी बता द न | आर्मेनिया=AM; अज़रबैजान=AZ; किर्गिज़स्तान=KG
magahi | बोधगया में {} के भिक्खु आयल हथ उनकर देस के राजधानी की हइ | कज़ाखस्तान=KZ; वियतनाम देश=VN; उत्तर कोरिया=KP
magahi | नालंदा के इम्तिहान में {} के राजधानी पूछल गेल हल की हइ | इथियोपिया=ET; इरिट्रिया=ER; सोमालिया=SO
magahi | का हो {} के राजधानी कउन सहर हइ | तंज़ानिया=TZ; युगांडा=UG; रवांडा=RW
magahi | गया से बोल रहली हे {} के राजधानी बतावा | बुरुंडी=BI; मलावी=MW; ज़ाम्बिया=ZM
magahi | हमनी के गाँव के लइका {} में काम करऽ हइ ओकर राजधानी की हइ | सऊदी अरब=SA; संयुक्त अरब अमीरात=AE; यमन=YE

# Parsi elders in Mumbai's colonies.
parsi-elders | डीकरा {} नी राजधानी कौन सी है बोल ना | ऑस्ट्रिया=AT; चेकिया=CZ; स्लोवाकिया=SK
parsi-elders | अरे बावा {} का कैपिटल क्या है ज़रा बोलो | लग्ज़मबर्ग=LU; मोनाको=MC; लिचेंस्टीन=LI
parsi-elders | मारा ग्रैंडसन {} में पढ़ता है उसका कैपिटल कौन सा है | कनाडा देश=CA; अमेरिका देश=US; ऑस्ट्रेलिया देश=AU
parsi-elders | अरे बाप आज कल कुछ याद नहीं रहता {} का कैपिटल सु छे | ईरान देश=IR; जॉर्जिया देश=GE; आइसलैंड=IS
parsi-elders | दादर पारसी कॉलोनी से बोल रही हूँ {} का कैपिटल बताओ डीकरा | फ़िनलैंड=FI; एस्टोनिया=EE; लातविया=LV

# Nimadi and Bhili-coloured Hindi of Khargone and Jhabua farmers.
nimadi-bhili | म्हारो छोरो पूछे {} की राजधानी काँई है | लिथुआनिया=LT; क्रोएशिया=HR; स्लोवेनिया=SI
nimadi-bhili | थारो मोबाइल में देख {} की राजधानी काँई है | सर्बिया=RS; मोंटेनेग्रो=ME; अल्बानिया=AL
nimadi-bhili | खरगोन की मिर्ची {} जाय है उकी राजधानी काँई है | मोरक्को=MA; अल्जीरिया=DZ; ट्यूनीशिया=TN

# Sylheti-coloured Hindi of tea-estate clerks in Cachar.
cachar-clerk | बागान से बोल रहा हूँ {} का राजधानी कीता है | बांग्लादेश देश=BD; म्यांमार देश=MM; नेपाल देश=NP
cachar-clerk | आमि भूल गया {} का राजधानी कौन सा है | केन्या देश=KE; युगांडा देश=UG; इंग्लैंड=GB-ENG

# UPSC aspirants in Mukherjee Nagar and Prayagraj lodges.
upsc-aspirant | प्रीलिम्स के लिए याद करना है {} की राजधानी बता दो | माली=ML; नाइजर=NE; चाड=TD
upsc-aspirant | मैप वर्क कर रहा हूँ {} की राजधानी कौन सी है | बुर्किना फ़ासो=BF; सेनेगल=SN; गाम्बिया=GM
upsc-aspirant | करेंट अफेयर्स में {} आया है उसकी राजधानी क्या है | सूडान देश=SD; दक्षिण सूडान=SS; इरिट्रिया देश=ER
upsc-aspirant | मेंस के आंसर में लिखना है {} की राजधानी क्या है | आर्मेनिया देश=AM; अज़रबैजान देश=AZ; यूक्रेन देश=UA
upsc-aspirant | टेस्ट सीरीज़ में पूछा था {} की राजधानी क्या है मैंने गलत कर दिया | गिनी=GN; गिनी बिसाउ=GW; इक्वेटोरियल गिनी=GQ
upsc-aspirant | लॉज में बत्ती गई है बस इतना बता दो {} की राजधानी | सिएरा लियोन=SL; लाइबेरिया=LR; घाना=GH
upsc-aspirant | मुखर्जी नगर की लाइब्रेरी से पूछ रहा हूँ {} की राजधानी क्या है | टोगो=TG; बेनिन=BJ; कैमरून=CM
upsc-aspirant | प्रयागराज वाले कमरे में सब सो गए {} की राजधानी धीरे से बताओ | गैबॉन=GA; अंगोला=AO; नामीबिया=NA
upsc-aspirant | ऑप्शनल जियोग्राफ़ी है मेरा {} की राजधानी का नाम क्या है | बोत्स्वाना=BW; ज़िम्बाब्वे=ZW; मोज़ांबिक=MZ
upsc-aspirant | इंटरव्यू बोर्ड पूछ सकता है {} की राजधानी कौन सी है | मेडागास्कर=MG; कोमोरोस=KM; जिबूती=DJ

# A retired IFS officer remembering his postings.
retired-diplomat | मेरी पहली पोस्टिंग {} में थी उसकी राजधानी का नाम याद दिलाओ | मंगोलिया देश=MN; पेरू=PE; इक्वाडोर=EC
retired-diplomat | सत्तर के दशक में मैं {} में था राजधानी क्या है आजकल | अर्जेंटीना=AR; चिली=CL; उरुग्वे=UY
retired-diplomat | हमारे दूतावास {} में थे उसकी राजधानी बताओ बेटा | पराग्वे=PY; बोलीविया देश=BO; वेनेज़ुएला=VE
retired-diplomat | एम्बेसी के दिनों में {} भी देखा था उसकी राजधानी कौन सी थी | कोलंबिया=CO; पनामा=PA; कोस्टारिका=CR

# Farmers and commission agents at a mandi.
kisan-mandi | हमारा प्याज़ {} जाता है वहाँ की राजधानी कौन सी है | मलेशिया=MY; श्रीलंका=LK; नेपाल=NP
kisan-mandi | आढ़तिया बोला बासमती {} जाएगा उसकी राजधानी क्या है | ईरान=IR; सऊदी=SA; इराक=IQ
kisan-mandi | नासिक का अंगूर {} जाता है उस देश की राजधानी बताओ | नीदरलैंड=NL; रूस=RU; जर्मनी=DE
kisan-mandi | मंडी में व्यापारी आए थे {} से उनकी राजधानी क्या है | दुबई वाले देश=AE; कुवैत=KW; मिस्र=EG

# A cyber café filling visa and passport forms.
cyber-cafe | वीज़ा फ़ॉर्म भर रहा हूँ {} की राजधानी क्या लिखूँ | जमैका=JM; बारबाडोस=BB; बहामास=BS
cyber-cafe | फ़ॉर्म में पूछ रहा है {} का कैपिटल सिटी बताओ | त्रिनिदाद और टोबैगो=TT; गुयाना=GY; सूरीनाम=SR
cyber-cafe | ग्राहक का वर्क परमिट {} का है उसकी राजधानी बता दो | पोलैंड देश=PL; माल्टा देश=MT; क्रोएशिया देश=HR
cyber-cafe | भैया साइबर कैफ़े से बोल रहा हूँ {} की राजधानी जल्दी बताना | ग्रेनाडा=GD; डोमिनिका=DM; सेंट लूसिया=LC

# An FM radio phone-in quiz.
fm-quiz | आज के सवाल में {} की राजधानी पूछी है जवाब क्या है | होंडूरास=HN; ग्वाटेमाला=GT; निकारागुआ=NI
fm-quiz | आरजे ने पूछा है {} की राजधानी कौन सी है फ़टाफ़ट बताओ | अल सल्वाडोर=SV; बेलीज़=BZ; हैती=HT
fm-quiz | लाइन लग गई है रेडियो पर {} की राजधानी बताओ इनाम जीतना है | क्यूबा=CU; डोमिनिकन रिपब्लिक=DO; मैक्सिको=MX

# A kabaddi team on its bus.
kabaddi-bus | कोच साहब पूछ रहे हैं {} की राजधानी क्या है | ईरान=IR; दक्षिण कोरिया=KR; जापान=JP
kabaddi-bus | अगला टूर्नामेंट {} में है उसकी राजधानी बताओ | केन्या=KE; अर्जेंटीना=AR; पोलैंड=PL
kabaddi-bus | बस में अंताक्षरी छोड़ो {} की राजधानी बताओ | बांग्लादेश=BD; थाईलैंड=TH; मलेशिया=MY

# A new parent feeding a baby at night.
night-feed | धीरे से बोलना बच्चा सो रहा है {} की राजधानी क्या है | नॉर्वे देश=NO; स्वीडन देश=SE; फ़िनलैंड देश=FI
night-feed | रात के तीन बजे हैं नींद नहीं आ रही {} की राजधानी बताओ | तुवालू=TV; नाउरु=NR; किरिबाती=KI
night-feed | बोतल गरम कर रही हूँ तब तक बताओ {} की राजधानी | पलाऊ=PW; माइक्रोनेशिया=FM; मार्शल द्वीपसमूह=MH

# A village panchayat office and its sarpanch.
panchayat | सरपंच जी पूछ रहे हैं {} की राजधानी कौन सी है | इंग्लैंड देश=GB-ENG; फ़्रांस देश=FR; इटली देश=IT
panchayat | पंचायत भवन से बोल रहे हैं {} की राजधानी बताइए | इज़राइल देश=IL; तुर्की=TR; सीरिया देश=SY
panchayat | ग्राम सभा में बहस हो गई {} की राजधानी कौन सी है | पाकिस्तान देश=PK; अफ़गानिस्तान देश=AF; चीन देश=CN

# A family playing the "बिज़नेस" board game.
business-game | बिज़नेस के बोर्ड पर {} लिखा है उसकी राजधानी कौन सी है | स्विट्ज़रलैंड=CH; ऑस्ट्रिया=AT; जर्मनी=DE
business-game | मैंने {} खरीद लिया अब उसकी राजधानी भी बताओ | कनाडा=CA; ब्राज़ील=BR; मैक्सिको=MX
business-game | पासा फेंको पहले बताओ {} की राजधानी क्या है | स्पेन देश=ES; पुर्तगाल देश=PT; बेल्जियम देश=BE

# A film unit's location scouts and a dubbing studio.
film-unit | अगला शेड्यूल {} में है वहाँ की राजधानी क्या है | जॉर्जिया देश=GE; अज़रबैजान=AZ; उज़्बेकिस्तान=UZ
film-unit | गाने की शूटिंग {} में करनी है उसकी राजधानी कौन सी है | स्विट्ज़रलैंड=CH; न्यूज़ीलैंड=NZ; आइसलैंड=IS
film-unit | डबिंग की स्क्रिप्ट में {} की राजधानी का नाम आया है क्या है वो | कज़ाखस्तान देश=KZ; तुर्कमेनिस्तान देश=TM; मोल्डोवा=MD

# Gurdwara langar volunteers with foreign visitors.
langar-sewa | लंगर में {} से संगत आई है उनके देश की राजधानी क्या है | कनाडा=CA; इटली=IT; केन्या=KE
langar-sewa | सेवा करते हुए सोचा {} की राजधानी पूछ लूँ | मलेशिया=MY; सिंगापुर=SG; फ़िजी=FJ

# A school-van driver with children.
school-van | अंकल कह रहे हैं {} की राजधानी बताओ | जापान=JP; रूस=RU; मिस्र=EG
school-van | मेरी मैम ने होमवर्क में {} की राजधानी दी है | ब्राज़ील देश=BR; पेरू देश=PE; चिली देश=CL
school-van | दीदी दीदी {} की राजधानी कौन सी है | नाइजीरिया देश=NG; घाना देश=GH; सेनेगल देश=SN

# Relatives in a hospital's waiting room.
hospital-waiting | ओपीडी में बैठे बैठे सोचा {} की राजधानी पूछ लूँ | वियतनाम=VN; कंबोडिया=KH; लाओस=LA
hospital-waiting | डॉक्टर साहब {} से पढ़ कर आए हैं वहाँ की राजधानी क्या है | रूस=RU; यूक्रेन=UA; चीन=CN

# A grandmother with her knitting.
nani-dadi | अरे सुनो ना {} की राजधानी क्या होती है | नेपाल=NP; भूटान=BT; मालदीव=MV
nani-dadi | बहू ज़रा पूछ तो इससे {} की राजधानी कौन सी है | मॉरीशस=MU; फ़िजी=FJ; गुयाना=GY

# Fillers and hesitations.
filler-hesitation | अम्म {} की राजधानी क्या है | अंडोरा=AD; सैन मैरिनो=SM; वेटिकन=VA
filler-hesitation | वो क्या है ना {} की राजधानी क्या है | आयरलैंड देश=IE; डेनमार्क देश=DK; एस्टोनिया देश=EE
filler-hesitation | हाँ तो मतलब {} की राजधानी | नाइजर देश=NE; माली देश=ML; चाड देश=TD
filler-hesitation | एक मिनट रुको हाँ {} की राजधानी बताओ | इराक=IQ; जॉर्डन=JO; लेबनान=LB
filler-hesitation | उह उह {} की उह राजधानी क्या है | मोरक्को देश=MA; ट्यूनीशिया देश=TN; लीबिया देश=LY

# A clause after the question.
clause-after | {} की राजधानी क्या है कल क्विज़ है | सूरीनाम देश=SR; पराग्वे देश=PY; उरुग्वे देश=UY
clause-after | {} की राजधानी बताओ मेरी बहन से शर्त लगी है | हंगरी देश=HU; रोमानिया देश=RO; सर्बिया देश=RS
clause-after | {} की राजधानी कौन सी है मैं भूल गया हूँ | सेंट किट्स और नेविस=KN; सेंट विंसेंट और ग्रेनाडाइंस=VC; एंटीगुआ और बारबुडा=AG
clause-after | {} का कैपिटल क्या है पापा को बताना है | सोलोमन द्वीपसमूह=SB; वनुआतू=VU; टोंगा=TO

# Terse.
terse | {} राजधानी | मिस्र देश=EG; जापान देश=JP; स्वीडन=SE
terse | राजधानी {} | होंडूरास देश=HN; काबो वर्डे=CV; साओ टोम और प्रिंसिपे=ST
terse | {} कैपिटल | लग्ज़मबर्ग देश=LU; मोनाको देश=MC; अंडोरा देश=AD

# English words in Devanagari.
hinglish | कैपिटल ऑफ़ {} बताओ | जर्मनी=DE; स्विट्ज़रलैंड=CH; ऑस्ट्रेलिया=AU
hinglish | {} की कैपिटल सिटी कौन सी है यार | ग्रीस देश=GR; तुर्किये=TR; साइप्रस देश=CY
hinglish | व्हाट इज़ द कैपिटल ऑफ़ {} हिंदी में बताओ | स्पेन=ES; फ़्रांस=FR; इटली=IT

# What hi-IN recognition writes.
recognition-artefact | फ्रांस कि राजधानी क्या हे | FR
recognition-artefact | जर्मनि की राजधानी क्या है | DE
recognition-artefact | स्विट्जर लैंड की राजधानी बताओ | CH
recognition-artefact | न्यूजी लैंड की राजधानी कोन सी है | NZ
recognition-artefact | अफगानिस्तान कि राजधानी | AF
recognition-artefact | कजाकिस्तान की राजधानि क्या है | KZ
recognition-artefact | फिलीपींस की राजधानी बताओ | PH
recognition-artefact | जिम्बाब्वे कि राजधानी क्या हे | ZW
recognition-artefact | मेडागास्कर कि रजधानी | MG
recognition-artefact | इंडोनेसिया की राजधानी क्या है | ID
recognition-artefact | पुर्तगल की राजधानी क्या है | PT
recognition-artefact | ब्राजील की राजधानी कौनसी है | BR
recognition-artefact | दक्षिणकोरिया की राजधानी क्या हे | KR
recognition-artefact | बंगला देश की राजधानी बताओ | BD
recognition-artefact | बेलजियम की राजधानी | BE
recognition-artefact | इथोपिया की राजधानी क्या है | ET
recognition-artefact | तंजानिया कि राजधानी क्या है | TZ
recognition-artefact | मैक्सिको कि राजधानी कोनसी हे | MX
recognition-artefact | कतार की राजधानी क्या है | QA
recognition-artefact | यूनाइटेड किंगडम कि राजधानी बताओ | GB
recognition-artefact | साउदी अरब की राजधानी क्या है | SA
recognition-artefact | आस्ट्रेलिया की राजधानी क्या है | AU
recognition-artefact | मोज़ाम्बिक की राजधानी बताओ | MZ
recognition-artefact | राजधानियां वाली स्किल में नार्वे की राजधानी | NO

# Follow-ups.
follow-up | और {} की | ओमान देश=OM; बहरीन देश=BH; क़तर देश=QA
follow-up | अच्छा और {} का क्या | कनाडा=CA; अमेरिका=US; मैक्सिको=MX
follow-up | ठीक है {} की भी बता दो | ग्रीस=GR; तुर्की=TR; बुल्गारिया=BG
follow-up | अब {} वाला बताओ | लातविया देश=LV; लिथुआनिया देश=LT; बेलारूस देश=BY
follow-up | उसके बाद {} | पेरू का=PE; इक्वाडोर देश=EC; कोलंबिया देश=CO
follow-up | और {} के बारे में | नामीबिया देश=NA; बोत्स्वाना देश=BW; अंगोला देश=AO
follow-up | अगला {} | गैबॉन देश=GA; कैमरून देश=CM; टोगो देश=TG
follow-up | अण्णा अभी {} का | सिंगापुर=SG; इंडोनेशिया=ID; ब्रूनेई=BN
follow-up | और हओ {} की भी | रवांडा=RW; बुरुंडी=BI; युगांडा=UG
follow-up | वइसहीं {} के हो | ज़ाम्बिया देश=ZM; मलावी देश=MW; ज़िम्बाब्वे देश=ZW

# Self-corrections: the last place is asked.
self-correction | फ़्रांस की राजधानी नहीं नहीं इटली की | IT
self-correction | स्वीडन की अरे नहीं नॉर्वे की राजधानी बताओ | NO
self-correction | ऑस्ट्रिया की राजधानी सॉरी ऑस्ट्रेलिया की | AU
self-correction | स्लोवाकिया नहीं स्लोवेनिया की राजधानी क्या है | SI
self-correction | अण्णा मलेशिया का नहीं इंडोनेशिया का कैपिटल बोलो | ID
self-correction | नाइजर की राजधानी मतलब नाइजीरिया की | NG
self-correction | हम्मर गलती हो गेल गिनी न गाम्बिया के राजधानी | GM
self-correction | ईरान की उह इराक की राजधानी बताओ | IQ
self-correction | कोलंबिया की नहीं रुको बोलीविया की राजधानी | BO
self-correction | इक्वाडोर कि राजधानी सॉरी पराग्वे की | PY
self-correction | आइसलैंड की राजधानी नहीं आयरलैंड की बताओ | IE
self-correction | डीकरा ऑस्ट्रिया नहीं हंगरी का कैपिटल | HU
self-correction | सूडान की नहीं दक्षिण सूडान की राजधानी क्या है | SS
self-correction | मॉरिटानिया की माफ़ कीजिए मॉरीशस की राजधानी | MU
self-correction | लातविया या नहीं लिथुआनिया की राजधानी क्या है | LT
self-correction | तुर्कमेनिस्तान नहीं तजाकिस्तान की राजधानी बताओ | TJ

# Yes/no checks with right and wrong guesses: the place is asked.
yes-no-check | क्या सिडनी ऑस्ट्रेलिया की राजधानी है | AU
yes-no-check | टोरंटो कनाडा की राजधानी है ना | CA
yes-no-check | रियो डि जेनेरो ब्राज़ील की राजधानी है क्या | BR
yes-no-check | इस्तांबुल ही तुर्की की राजधानी है ना अण्णा | TR
yes-no-check | क्या कराची पाकिस्तान की राजधानी है | PK
yes-no-check | लागोस नाइजीरिया की राजधानी है या नहीं | NG
yes-no-check | ज्यूरिख स्विट्ज़रलैंड की राजधानी होगी ना | CH
yes-no-check | क्या ढाका बांग्लादेश की राजधानी है | BD
yes-no-check | ओटावा कनाडा का कैपिटल है क्या पा | CA
yes-no-check | काठमांडू नेपाल की राजधानी आय का | NP
yes-no-check | दुबई यूएई की राजधानी है ना | AE
yes-no-check | क्या मेलबोर्न ऑस्ट्रेलिया की राजधानी थी | AU
yes-no-check | अल्माटी कज़ाखस्तान की राजधानी है क्या | KZ
yes-no-check | क्या यांगून म्यांमार की राजधानी है अब भी | MM
yes-no-check | कैसाब्लांका मोरक्को की राजधानी है ना | MA
yes-no-check | क्या दार एस सलाम तंज़ानिया की राजधानी है | TZ
yes-no-check | अबिजान आइवरी कोस्ट की राजधानी है क्या | CI
yes-no-check | क्या ऑकलैंड न्यूज़ीलैंड की राजधानी है | NZ
yes-no-check | क्या बर्न स्विट्ज़रलैंड की राजधानी है | CH
yes-no-check | कैनबरा ही ऑस्ट्रेलिया की राजधानी है ना | AU
yes-no-check | हो ची मिन्ह सिटी वियतनाम की राजधानी है क्या | VN
yes-no-check | क्या न्यूयॉर्क अमेरिका की राजधानी है | US
yes-no-check | जेद्दा सऊदी अरब की राजधानी है ना | SA
yes-no-check | क्या अंकारा तुर्किये की राजधानी है | TR
yes-no-check | क्या बाकु अज़रबैजान की राजधानी है | AZ
yes-no-check | सेंट पीटर्सबर्ग रूस की राजधानी है क्या कक्का कह रए | RU
yes-no-check | क्या मुंबई महाराष्ट्र की राजधानी है | IN-MH
yes-no-check | क्या विजयवाड़ा आंध्र प्रदेश की राजधानी है | IN-AP
yes-no-check | क्या मनीला फ़िलिपींस की राजधानी है | PH
yes-no-check | कोलंबो ही श्रीलंका की राजधानी है ना | LK
yes-no-check | क्या बेंगलुरु भारत की राजधानी है | IN
yes-no-check | ग्लासगो स्कॉटलैंड की राजधानी है क्या | GB-SCT

# Reverse questions: a capital is given, its country asked.
reverse-question | {} किस देश की राजधानी है | अबुजा=CITY:अबुजा; नैरोबी=CITY:नैरोबी; लीमा=CITY:लीमा
reverse-question | {} कौन से देश की राजधानी है बताओ | ताशकंद=CITY:ताशकंद; अस्ताना=CITY:अस्ताना; बिश्केक=CITY:बिश्केक
reverse-question | {} किसकी राजधानी है | रीगा=CITY:रीगा; तेलिन=CITY:तेलिन; विल्नियस=CITY:विल्नियस
reverse-question | अण्णा {} कौन सा देश का कैपिटल है | कोलंबो=LK; माले=CITY:माले; थिंपू=CITY:थिंपू
reverse-question | {} जिस देश की राजधानी है उसका नाम बताओ | हरारे=CITY:हरारे; लुसाका=CITY:लुसाका; लिलोंग्वे=CITY:लिलोंग्वे
reverse-question | {} कौन देस की राजधानी आय | मनामा=CITY:मनामा; दोहा=CITY:दोहा; मस्कट=CITY:मस्कट
reverse-question | {} कउन देस के राजधानी हइ | काबुल=CITY:काबुल; दुशांबे=CITY:दुशांबे; अश्गाबात=CITY:अश्गाबात
reverse-question | क्रॉसवर्ड में है {} किस देश की राजधानी | विंडहोक=CITY:विंडहोक; गाबोरोन=CITY:गाबोरोन; मासेरू=CITY:मासेरू
reverse-question | {} किस मुल्क का पायतख़्त है | अम्मान=CITY:अम्मान; बेरुत=CITY:बेरुत; दमास्कस=CITY:दमास्कस
reverse-question | {} किस देश का कैपिटल है | सुवा=CITY:सुवा; एपिया=CITY:एपिया; होनियारा=CITY:होनियारा
reverse-question | {} कहाँ की राजधानी है | वादुज़=CITY:वादुज़; वालेटा=CITY:वालेटा; पोड्गोरिका=CITY:पोड्गोरिका
reverse-question | {} किस राज्य की राजधानी है | दिसपुर=CITY:दिसपुर; इंफाल=CITY:इंफाल; आइज़ोल=CITY:आइज़ोल
reverse-question | विक्टोरिया किस देश की राजधानी है | CITY:विक्टोरिया
reverse-question | किंग्स्टन कहाँ की राजधानी है | CITY:किंग्स्टन
reverse-question | चंडीगढ़ किसकी राजधानी है | CITY:चंडीगढ़
reverse-question | सेंट जॉन्स किसकी राजधानी है | CITY:सेंट जॉन्स
reverse-question | ला पाज़ किस देश की राजधानी है | CITY:ला पाज़
reverse-question | जॉर्जटाउन किस देश की राजधानी है | CITY:जॉर्जटाउन
reverse-question | पोर्ट मोरेस्बी किस देश की राजधानी है पापा | CITY:पोर्ट मोरेस्बी
reverse-question | नुकुआलोफ़ा शहर किस देश की राजधानी है | CITY:नुकुआलोफ़ा
reverse-question | मोगादिशु किस देश की राजधानी है | CITY:मोगादिशु
reverse-question | तिराना कौन से देश की राजधानी है | CITY:तिराना

# Official names.
official-name | {} की राजधानी क्या है | संयुक्त गणराज्य तंज़ानिया=TZ; इस्लामी गणराज्य ईरान=IR; हेलेनिक गणराज्य=GR
official-name | {} की राजधानी कौन सी है | भारत गणराज्य=IN; संघीय गणराज्य जर्मनी=DE; फ़्रांसीसी गणराज्य=FR
official-name | {} की राजधानी बताइए | चीनी जनवादी गणराज्य=CN; मिस्र अरब गणराज्य=EG; सीरियाई अरब गणराज्य=SY
official-name | {} की राजधानी का नाम | वियतनाम समाजवादी गणराज्य=VN; लाओ जनवादी लोकतांत्रिक गणराज्य=LA; स्विस परिसंघ=CH
official-name | {} की राजधानी क्या है यूपीएससी के लिए | यूनाइटेड किंगडम ऑफ़ ग्रेट ब्रिटेन एंड नॉर्दर्न आयरलैंड=GB; यूनाइटेड स्टेट्स ऑफ़ अमेरिका=US; रूसी संघ=RU
official-name | {} की राजधानी बताओ ना | कोरिया लोकतांत्रिक जनवादी गणराज्य=KP; कोरिया गणराज्य=KR; किर्गिज़ गणराज्य=KG
official-name | {} की राजधानी कौन सी है दादा | बांग्लादेश जनवादी गणराज्य=BD; संघीय लोकतांत्रिक गणराज्य नेपाल=NP; इस्लामी गणराज्य पाकिस्तान=PK
official-name | {} की राजधानी किस शहर को कहते हैं | श्रीलंका लोकतांत्रिक समाजवादी गणराज्य=LK; अल्जीरियाई जनवादी लोकतांत्रिक गणराज्य=DZ; इस्लामी गणराज्य मॉरिटानिया=MR
official-name | आधिकारिक नाम से पूछूँ तो {} की राजधानी | संयुक्त मैक्सिकन राज्य=MX; किंगडम ऑफ़ सऊदी अरेबिया=SA; कांगो लोकतांत्रिक गणराज्य=CD
official-name | कांगो गणराज्य की राजधानी कौन सी है जो ब्राज़ाविल वाला है | CG
official-name | पूरा नाम है बोलिवेरियन रिपब्लिक ऑफ़ वेनेज़ुएला उसकी राजधानी | VE
official-name | कॉमनवेल्थ ऑफ़ ऑस्ट्रेलिया की राजधानी बताइए | AU

# Old names.
old-name | {} की राजधानी कौन सी थी | बर्मा=MM; सीलोन=LK; ज़ायर=CD
old-name | पुराने नक्शे में {} लिखा है उसकी राजधानी अब क्या है | दाहोमे=BJ; अपर वोल्टा=BF; रोडेशिया=ZW
old-name | मेरे ज़माने में {} कहते थे उसकी राजधानी बताओ | न्यासालैंड=MW; बेचुआनालैंड=BW; बासुतोलैंड=LS
old-name | {} वाले देश की राजधानी क्या है | स्याम=TH; फ़ारस=IR; कंपूचिया=KH
old-name | गोल्ड कोस्ट की राजधानी आज कल कौन सी है | GH
old-name | स्वाज़ीलैंड की राजधानी क्या है | SZ
old-name | उड़ीसा की राजधानी कौन सी है | IN-OD
old-name | उत्तरांचल की राजधानी बताओ | IN-UK
old-name | पूर्वी पाकिस्तान जो था उसकी राजधानी अब क्या है | BD
old-name | चेकोस्लोवाकिया के बाद चेक रिपब्लिक की राजधानी कौन सी हुई | CZ

# Everyday names.
everyday-name | {} की राजधानी कौन सी है भाई | हॉलैंड=NL; रशिया=RU; चाइना=CN
everyday-name | {} का कैपिटल बोलो | इजिप्ट=EG; टर्की=TR; एमिरेट्स=AE
everyday-name | {} की राजधानी क्या है जी | हिंदुस्तान=IN; विलायत=GB; ईस्ट तिमोर=TL
everyday-name | {} का राजधानी कौन सा है | आइवरी कोस्ट=CI; चेक रिपब्लिक=CZ; डीआरसी=CD
everyday-name | सऊदी की राजधानी बता दो | SA
everyday-name | कैनेडा की राजधानी क्या है भाई | CA
everyday-name | ब्रिटेन की राजधानी बताओ | GB
everyday-name | यूएसए की राजधानी कौन सी है | US
everyday-name | बर्मा वाला म्यांमार उसकी राजधानी | MM
everyday-name | मैसेडोनिया की राजधानी क्या है | MK
everyday-name | बोस्निया की राजधानी बताओ | BA
everyday-name | इंडिया की राजधानी बताओ अंकल को | IN

# Shared names: disambiguated, or both places.
shared-name | जॉर्जिया की राजधानी क्या है | GE+US-GA
shared-name | अण्णा जॉर्जिया का कैपिटल बोलो | GE+US-GA
shared-name | जॉर्जिया देश की राजधानी बताओ जो रूस के पास है | GE
shared-name | अमेरिका के जॉर्जिया राज्य की राजधानी | US-GA
shared-name | कांगो की राजधानी क्या है | CD+CG
shared-name | कांगो की राजधानी कउन हइ | CD+CG
shared-name | कांगो किंशासा वाले की राजधानी | CD
shared-name | ब्राज़ाविल वाला कांगो उसकी राजधानी का नाम | CG
shared-name | कोरिया की राजधानी क्या है | KP+KR
shared-name | कोरिया का कैपिटल क्या है डीकरा | KP+KR
shared-name | दोनों कोरिया की राजधानियाँ बताओ | KP+KR
shared-name | वर्जिन आइलैंड्स की राजधानी क्या है | VG+VI
shared-name | वर्जिन द्वीपसमूह की राजधानी बताइए | VG+VI
shared-name | ब्रिटिश वर्जिन आइलैंड्स की राजधानी | VG
shared-name | अमेरिकी वर्जिन द्वीपसमूह की राजधानी कौन सी है | VI
shared-name | डोमिनिका और डोमिनिकन रिपब्लिक दोनों की राजधानी बताओ | DM+DO

# Plurals: every several-capital country and Palestine.
plural-capitals | दक्षिण अफ़्रीका की राजधानियाँ कौन कौन सी हैं | ZA
plural-capitals | साउथ अफ़्रीका की तीनों राजधानियाँ बताओ | ZA
plural-capitals | बोलीविया की राजधानियाँ क्या हैं | BO
plural-capitals | बोलीविया की दो राजधानी कौन सी हैं | BO
plural-capitals | बेनिन की राजधानियाँ बताओ | BJ
plural-capitals | बेनिन की दोनों राजधानियों के नाम | BJ
plural-capitals | नीदरलैंड की राजधानियाँ कौन सी हैं | NL
plural-capitals | हॉलैंड की दो राजधानी हैं ना कौन कौन | NL
plural-capitals | मलेशिया की राजधानियाँ बताइए | MY
plural-capitals | अण्णा मलेशिया का दोनों कैपिटल बोलो | MY
plural-capitals | श्रीलंका की राजधानियाँ कौन सी हैं | LK
plural-capitals | श्रीलंका की दोनों राजधानियाँ | LK
plural-capitals | आइवरी कोस्ट की राजधानियाँ क्या हैं | CI
plural-capitals | कोत दिवुआर की दो राजधानियों के नाम बताओ | CI
plural-capitals | एस्वातिनी की राजधानियाँ कौन सी हैं | SZ
plural-capitals | स्वाज़ीलैंड की दोनों राजधानियाँ बताओ | SZ
plural-capitals | फ़िलिस्तीन की राजधानियाँ क्या हैं | PS
plural-capitals | फ़लस्तीन की दोनों राजधानी कौन सी हैं | PS
plural-capitals | जम्मू कश्मीर की दोनों राजधानियाँ बताओ | IN-JK
plural-capitals | उत्तराखंड की राजधानियाँ कौन सी हैं | IN-UK
plural-capitals | मोंटसेरात की राजधानियाँ | MS

# Subdivisions the data has.
subdivision | ज़रा {} की राजधानी बताना | तमिलनाडु=IN-TN; कर्नाटक=IN-KA; केरल=IN-KL
subdivision | {} राज्य की राजधानी कौन सी है | मध्य प्रदेश=IN-MP; बिहार=IN-BR; झारखंड=IN-JH
subdivision | हमाओ {} की राजधानी का आय | उत्तर प्रदेश=IN-UP; छत्तीसगढ़=IN-CG; राजस्थान=IN-RJ
subdivision | अण्णा {} का कैपिटल क्या है | तेलंगाना=IN-TS; आंध्र प्रदेश=IN-AP; पुडुचेरी=IN-PY
subdivision | {} के राजधानी कउन हइ | पश्चिम बंगाल=IN-WB; ओडिशा=IN-OD; सिक्किम=IN-SK
subdivision | {} प्रदेश की राजधानी बताओ | अरुणाचल=IN-AR; हिमाचल=IN-HP; आंध्र=IN-AP
subdivision | {} की राजधानी कौन सी है बताइए | मेघालय=IN-ML; नागालैंड=IN-NL; त्रिपुरा=IN-TR
subdivision | {} की राजधानी बताओ | गोवा=IN-GA; गुजरात=IN-GJ; हरियाणा=IN-HR
subdivision | अमेरिका के {} राज्य की राजधानी क्या है | टेक्सास=US-TX; कैलिफ़ोर्निया=US-CA; फ़्लोरिडा=US-FL
subdivision | मेरा बेटा {} में पढ़ता है वहाँ की राजधानी कौन सी है | न्यू जर्सी=US-NJ; इलिनॉय=US-IL; मिशिगन=US-MI
subdivision | कनाडा के {} प्रांत की राजधानी | ओंटारियो=CA-ON; ब्रिटिश कोलंबिया=CA-BC; अल्बर्टा=CA-AB
subdivision | ऑस्ट्रेलिया के {} की राजधानी बताओ | क्वींसलैंड=AU-QLD; विक्टोरिया राज्य=AU-VIC; न्यू साउथ वेल्स=AU-NSW
subdivision | जर्मनी के {} की राजधानी क्या है | बवेरिया=DE-BY; सैक्सनी=DE-SN; हेस्से=DE-HE
subdivision | {} की राजधानी कौन सी है डीकरा | स्कॉटलैंड=GB-SCT; वेल्स=GB-WLS; उत्तरी आयरलैंड=GB-NIR
subdivision | ब्राज़ील के {} राज्य की राजधानी | बाहिया=BR-BA; अमेज़ोनास=BR-AM; पराना=BR-PR
subdivision | मेक्सिको के {} राज्य की राजधानी क्या है | हालिस्को=MX-JAL; युकातान=MX-YUC; ओआहाका=MX-OAX
subdivision | महाराष्ट्र की राजधानी मुंबई ही है ना | IN-MH
subdivision | लद्दाख की राजधानी कौन सी है | IN-LA
subdivision | लक्षद्वीप की राजधानी बताओ | IN-LD
subdivision | अंडमान निकोबार की राजधानी क्या है | IN-AN
subdivision | दादरा नगर हवेली और दमन दीव की राजधानी | IN-DH
subdivision | हवाई राज्य की राजधानी क्या है | US-HI
subdivision | अलास्का की राजधानी बताओ | US-AK
subdivision | क्यूबेक प्रांत की राजधानी कौन सी है | CA-QC
subdivision | तस्मानिया की राजधानी क्या है | AU-TAS

# Territories the data has.
territory | {} की राजधानी क्या है पता है तुम्हें | ग्रीनलैंड=GL; बरमूडा=BM; जिब्राल्टर=GI
territory | {} वाले इलाके की राजधानी कौन सी है | प्यूर्टो रिको=PR; गुआम=GU; अरूबा=AW
territory | {} द्वीप की राजधानी बताओ | क्रिसमस=CX; नॉरफ़ॉक=NF; रियूनियन=RE
territory | समुद्र के बीच {} है उसकी राजधानी बताइए | फ़ॉकलैंड=FK; फ़ेरो द्वीपसमूह=FO; कैमेन द्वीपसमूह=KY
territory | फ़्रेंच पोलिनेशिया की राजधानी क्या है | PF
territory | न्यू कैलेडोनिया की राजधानी कौन सी है | NC
territory | कुक आइलैंड्स की राजधानी बताओ | CK
territory | आइल ऑफ़ मैन की राजधानी | IM
territory | जर्सी द्वीप की राजधानी क्या है | JE
territory | पश्चिमी सहारा की राजधानी कौन सी है | EH
territory | कोसोवो की राजधानी बताओ | XK
territory | मार्टीनिक की राजधानी क्या है | MQ
territory | फ़्रेंच गुयाना की राजधानी | GF
territory | कुरासाओ की राजधानी कौन सी है | CW

# One-shot requests through the invocation name.
one-shot | एलेक्सा दुनिया की राजधानियाँ से पूछो {} की राजधानी क्या है | मेडागास्कर देश=MG; क्यूबा देश=CU; हैती देश=HT
one-shot | दुनिया की राजधानियाँ खोलो और {} की राजधानी बताओ | पनामा देश=PA; ग्वाटेमाला देश=GT; कोस्टा रिका=CR
one-shot | दुनिया की राजधानियाँ से {} का कैपिटल पूछो | सिएरा लियोन देश=SL; लाइबेरिया देश=LR; गिनी देश=GN
one-shot | दुनिया की राजधानियां में {} की राजधानी | मंगोलिया=MN; भूटान=BT; नेपाल=NP
one-shot | एलेक्सा दुनिया की राजधानियाँ से पूछ के बताओ {} की राजधानी | एरिट्रिया=ER; जिबूती देश=DJ; सोमालिया देश=SO
one-shot | एलेक्सा दुनिया की राजधानियाँ पर दक्षिण अफ़्रीका की राजधानियाँ | ZA
one-shot | दुनिया की राजधानियाँ वाली स्किल से पूछो श्रीलंका की राजधानी | LK

# Launch.
launch | एलेक्सा दुनिया की राजधानियाँ खोलो | LAUNCH
launch | दुनिया की राजधानियाँ शुरू करो पा | LAUNCH
launch | दुनिया की राजधानियाँ चालू कर दइयो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियां वाला खेल खोलो | LAUNCH
launch | दुनिया की राजधानियाँ स्टार्ट करो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ लगाओ | LAUNCH
launch | दुनिया की राजधानियाँ ओपन करो डीकरा | LAUNCH
launch | दुनिया के राजधानियाँ खोल द | LAUNCH

# Help.
help | इसमें क्या क्या पूछ सकते हैं | HELP
help | ये स्किल कैसे चलती है बताओ | HELP
help | मदद चाहिए मुझे इसमें | HELP
help | अण्णा ये कैसे यूज़ करना है | HELP
help | हमें समझ नहीं आ रहो का करें | HELP
help | हम्मर के समझ में न आवत हइ कइसे पूछीं | HELP
help | डीकरा इसको कैसे चलाते हैं बोल | HELP
help | कुछ उदाहरण दो क्या बोलना है | HELP
help | सवाल कैसे पूछूँ समझाओ | HELP
help | हेल्प कर दो | HELP
help | मुझे गाइड करो इसमें क्या बोलूँ | HELP
help | ये राजधानी वाली स्किल में क्या क्या होता है | HELP
help | कौन से सवाल पूछ सकता हूँ | HELP
help | सहायता करो ज़रा | HELP
help | मैं नया हूँ इसमें क्या करना है | HELP
help | मदद कर दइयो भैया | HELP
help | इसका तरीका बताओ | HELP
help | रुको पहले ये बताओ इसमें कैसे पूछना है | HELP
help | क्या बोलूँ समझ नहीं आया | HELP
help | नियम बताओ इस खेल के | HELP

# Stop: end the skill.
stop | बस अब बंद कर दो | STOP
stop | बंद करो अण्णा | STOP
stop | बच्चा जाग जाएगा बंद करो | STOP
stop | अब रहन दो बंद करो | STOP
stop | स्टॉप कर दो | STOP
stop | ठीक है बस हो गया बंद | STOP
stop | एलेक्सा बंद हो जा | STOP
stop | हम्मर हो गेल बंद कर द | STOP
stop | बहुत हो गया अब बंद कर | STOP
stop | एलेक्सा स्टॉप प्लीज़ | STOP
stop | बस करो डीकरा | STOP
stop | अब पढ़ाई करनी है बंद करो | STOP
stop | रुक जाओ बंद करो ये स्किल | STOP
stop | एलेक्सा चुप हो जाओ | STOP
stop | इस स्किल से बाहर निकलो | STOP
stop | बंद कर दइयो | STOP
stop | खेल खत्म करो | STOP
stop | बस बाबा अब नहीं | STOP
stop | स्किल बंद करो | STOP
stop | बंद करो लाइट भी गई | STOP
stop | अलविदा एलेक्सा | STOP

# Cancel: drop what was asked.
cancel | रहने दो | CANCEL
cancel | छोड़ो जाने दो | CANCEL
cancel | कैंसल करो | CANCEL
cancel | कोई बात नहीं रहने दो | CANCEL
cancel | भूल जाओ मैंने क्या पूछा | CANCEL
cancel | नहीं नहीं वो कैंसल | CANCEL
cancel | अण्णा छोड़ो वो वाला | CANCEL
cancel | रहन दो भैया | CANCEL
cancel | छोड़ द ऊ वाला | CANCEL
cancel | जाने दे डीकरा | CANCEL
cancel | वो सवाल रद्द करो | CANCEL
cancel | अरे नहीं पूछना अब | CANCEL
cancel | कैंसल कर दो वो | CANCEL
cancel | छोड़ो यार कुछ नहीं | CANCEL
cancel | गलती से बोल दिया रहने दो | CANCEL
cancel | ये वाला मत बताओ रहने दो | CANCEL
cancel | नहीं चाहिए छोड़ दो | CANCEL
cancel | मिटा दो वो सवाल | CANCEL
cancel | रद्द करो | CANCEL
cancel | अभी नहीं रहने दो बाद में | CANCEL

# Out-of-domain near misses.
out-of-domain | जापान की आबादी कितनी है | FB
out-of-domain | रूस की करेंसी क्या है | FB
out-of-domain | फ़्रांस का राष्ट्रपति कौन है | FB
out-of-domain | नेपाल का झंडा कैसा दिखता है | FB
out-of-domain | श्रीलंका में कौन सी भाषा बोलते हैं | FB
out-of-domain | सऊदी अरब में अभी कितने बजे हैं | FB
out-of-domain | कनाडा का वीज़ा कितने दिन में आता है | FB
out-of-domain | अमेरिका का राष्ट्रीय पक्षी कौन सा है | FB
out-of-domain | ऑस्ट्रेलिया का क्षेत्रफल कितना है | FB
out-of-domain | चीन की सबसे लंबी नदी कौन सी है | FB
out-of-domain | जर्मनी में सबसे बड़ा शहर कौन सा है | FB
out-of-domain | ब्राज़ील ने कितने वर्ल्ड कप जीते हैं | FB
out-of-domain | दुबई में सोने का भाव क्या है | FB
out-of-domain | पाकिस्तान का प्रधानमंत्री कौन है | FB
out-of-domain | मालदीव जाने में कितना खर्चा आएगा | FB
out-of-domain | इंग्लैंड में अभी मौसम कैसा है | FB
out-of-domain | इटली का राष्ट्रगान सुनाओ | FB
out-of-domain | भूटान के राजा का नाम क्या है | FB
out-of-domain | मिस्र के पिरामिड किसने बनाए | FB
out-of-domain | ईरान की कबड्डी टीम का कप्तान कौन है | FB
out-of-domain | केन्या में कौन से जानवर पाए जाते हैं | FB
out-of-domain | थाईलैंड का वीज़ा ऑन अराइवल है क्या | FB
out-of-domain | सिंगापुर का पिन कोड क्या है | FB
out-of-domain | फ़िजी में कितने भारतीय रहते हैं | FB
out-of-domain | बांग्लादेश की सीमा कितने राज्यों से लगती है | FB
out-of-domain | यूक्रेन में युद्ध कब खत्म होगा | FB
out-of-domain | मॉरीशस का समुद्र तट कैसा है | FB
out-of-domain | नीदरलैंड के ट्यूलिप कब खिलते हैं | FB
out-of-domain | मलेशिया में बासमती का रेट क्या चल रहा है | FB
out-of-domain | प्याज़ का आज का भाव लासलगाँव मंडी में | FB
out-of-domain | तिब्बत की राजधानी ल्हासा में ठंड कितनी है | FB
out-of-domain | कुर्दिस्तान की राजधानी कौन सी है | FB
out-of-domain | कैटालोनिया की राजधानी क्या है | FB
out-of-domain | सिंध प्रांत की राजधानी कौन सी है | FB
out-of-domain | बलूचिस्तान की राजधानी क्या है | FB
out-of-domain | बुंदेलखंड की राजधानी कौन सी थी | FB
out-of-domain | मौर्य साम्राज्य की राजधानी क्या थी | FB
out-of-domain | विजयनगर साम्राज्य की राजधानी कौन सी थी | FB
out-of-domain | चोल राजाओं की राजधानी तंजावुर थी ना | FB
out-of-domain | ओरछा रियासत की राजधानी कहाँ थी | FB
out-of-domain | मुग़लों की पहली राजधानी कौन सी थी | FB
out-of-domain | नारनिया की राजधानी क्या है | FB
out-of-domain | वकांडा की राजधानी कौन सी है | FB
out-of-domain | हस्तिनापुर किसकी राजधानी थी महाभारत में | FB
out-of-domain | राजधानी एक्सप्रेस कितने बजे आएगी | FB
out-of-domain | राजधानी एक्सप्रेस का पीएनआर स्टेटस बताओ | FB
out-of-domain | राजधानी थाली वाला रेस्टोरेंट पास में कहाँ है | FB
out-of-domain | कैपिटल गेन टैक्स कितना लगता है | FB
out-of-domain | वर्किंग कैपिटल का मतलब क्या होता है | FB
out-of-domain | कैपिटल लेटर में नाम कैसे लिखते हैं | FB
out-of-domain | कैपिटल पनिशमेंट का हिंदी क्या है | FB
out-of-domain | दिल्ली राजधानी क्षेत्र में आज प्रदूषण कितना है | FB
out-of-domain | भारत की आर्थिक राजधानी किसे कहते हैं | FB
out-of-domain | दुनिया की फ़ैशन राजधानी कौन सा शहर है | FB
out-of-domain | भारत की चाय राजधानी कौन सा शहर कहलाता है | FB
out-of-domain | राजधानी शब्द का अंग्रेज़ी क्या है | FB
out-of-domain | राजधानी पर एक कविता सुनाओ | FB
out-of-domain | बच्चे के लिए लोरी चलाओ | FB
out-of-domain | दूध की बोतल का टाइमर लगा दो | FB
out-of-domain | कबड्डी का स्कोर बताओ | FB
out-of-domain | प्रो कबड्डी में आज किसका मैच है | FB
out-of-domain | रेडियो मिर्ची लगाओ | FB
out-of-domain | आज का राशिफल बताओ | FB
out-of-domain | पासपोर्ट का स्टेटस कैसे चेक करें | FB
out-of-domain | वीज़ा फ़ीस कितनी है अमेरिका की | FB
out-of-domain | सरपंच का चुनाव कब होगा | FB
out-of-domain | मनरेगा का पैसा कब आएगा | FB
out-of-domain | ओपीडी कितने बजे खुलती है | FB
out-of-domain | बिज़नेस गेम के नियम बताओ | FB
out-of-domain | एक गाना बजाओ अण्णा | FB
out-of-domain | इडली बनाने की विधि बताओ | FB
out-of-domain | आज का पंचांग बताओ | FB
out-of-domain | गुरुद्वारा बंगला साहिब का समय क्या है | FB
out-of-domain | यूपीएससी का रिज़ल्ट कब आएगा | FB
out-of-domain | करेंट अफेयर्स की आज की खबरें सुनाओ | FB
out-of-domain | मेरे लिए अलार्म लगा दो पाँच बजे का | FB
out-of-domain | दो सौ रुपये डॉलर में कितने होते हैं | FB
out-of-domain | अभी बारिश होगी क्या | FB
out-of-domain | कोई चुटकुला सुनाओ | FB
out-of-domain | माँ को फ़ोन लगाओ | FB
out-of-domain | कौन सा देश सबसे बड़ा है | FB
out-of-domain | सबसे छोटा देश कौन सा है दुनिया में | FB
out-of-domain | दुनिया में कितने देश हैं | FB
out-of-domain | भारत का पड़ोसी देश कौन कौन से हैं | FB
out-of-domain | एवरेस्ट किस देश में है | FB
out-of-domain | नील नदी कितने देशों से बहती है | FB
out-of-domain | गया से दिल्ली की फ़्लाइट कितने की है | FB
out-of-domain | झाँसी का किला किसने बनवाया | FB
out-of-domain | पारसी नया साल कब है | FB
out-of-domain | स्विट्ज़रलैंड में बर्फ़ कब गिरती है | FB
out-of-domain | स्पेन की फ़ुटबॉल टीम का कोच कौन है | FB
# Second batch, added only where a count was short after the first build (plurals, shared names, two countries not
# asked, out-of-domain, help, stop, cancel, launch, lines per half).
plural-capitals | अण्णा साउथ अफ़्रीका में कितने कैपिटल हैं सब बोलो | ZA
plural-capitals | बोलीविया की दोनों राजधानियों के नाम बताओ कक्का | BO
plural-capitals | बेनिन देश की राजधानियाँ कौन सी हैं | BJ
plural-capitals | नीदरलैंड की दोनों राजधानियाँ बताओ प्रीलिम्स के लिए | NL
plural-capitals | श्रीलंका के दो राजधानी कउन कउन हइ | LK
plural-capitals | एस्वाटिनी की दोनों राजधानियों के नाम क्या हैं | SZ
plural-capitals | फ़िलिस्तीन की दो राजधानियाँ कौन सी मानी जाती हैं | PS
plural-capitals | जम्मू और कश्मीर की दो राजधानियाँ कौन सी हैं | IN-JK
plural-capitals | उत्तराखंड की दोनों राजधानियाँ बताओ गैरसैंण वाली भी | IN-UK
plural-capitals | मोंटसेरात की दोनों राजधानियाँ बताओ | MS
plural-capitals | मलेशिया के दोनों राजधानी के नाम बता द | MY
plural-capitals | आइवरी कोस्ट के दोनों कैपिटल बोलो डीकरा | CI
shared-name | अमेरिकी राज्य जॉर्जिया की राजधानी बताओ मेरा भांजा वहाँ है | US-GA
shared-name | वर्जिन आइलैंड का कैपिटल क्या है पा | VG+VI
shared-name | वर्जिन द्वीप के राजधानी की हइ | VG+VI
shared-name | यूएस वर्जिन आइलैंड्स का कैपिटल बताओ | VI
shared-name | कोरिया के राजधानी कउन हइ | KP+KR
shared-name | उत्तर और दक्षिण कोरिया दोनों की राजधानियाँ बताओ | KP+KR
shared-name | कांगो देश का कैपिटल बोलो अण्णा | CD+CG
shared-name | डोमिनिका और डोमिनिकन गणराज्य की राजधानियाँ क्या हैं | DM+DO
shared-name | जॉर्जिया की राजधानी का आय | GE+US-GA
everyday-name | नॉर्थ मैसेडोनिया का कैपिटल क्या है डीकरा | MK
official-name | उत्तरी मकदूनिया गणराज्य की राजधानी बताओ प्रीलिम्स के लिए | MK
official-name | मध्य अफ़्रीकी गणराज्य की राजधानी क्या है | CF
hinglish | सेंट्रल अफ़्रीकन रिपब्लिक का कैपिटल क्या है | CF
tamil-hindi | अण्णा कल इंटरव्यू है {} का कैपिटल क्या है सोल्लुंगो | मोल्डोवा देश=MD; बोस्निया और हर्ज़ेगोविना=BA; मोंटेनेग्रो देश=ME
bundeli | बुआ पूछ रईं {} की राजधानी कौन सी है | तंज़ानिया=TZ; मोज़ांबिक=MZ; मेडागास्कर=MG
magahi | पटना के कोचिंग में सर पूछलन {} के राजधानी | मिस्र=EG; ईरान=IR; जापान=JP
parsi-elders | उदवाडा जाते टाइम गाड़ी में सोचा {} का कैपिटल क्या है | ईरान=IR; अज़रबैजान=AZ; उज़्बेकिस्तान=UZ
follow-up | फिर {} का पा | श्रीलंका=LK; मालदीव=MV; बांग्लादेश=BD
follow-up | और {} के राजधानी | नेपाल=NP; भूटान=BT; म्यांमार=MM
self-correction | अर्जेंटीना की नहीं चिली की राजधानी बताओ | CL
self-correction | ऑस्ट्रिया का नहीं अरे जर्मनी का कैपिटल बोलो | DE
self-correction | डेनमार्क की राजधानी माफ़ करना नीदरलैंड की | NL
yes-no-check | क्या पेशावर पाकिस्तान की राजधानी है | PK
yes-no-check | कोलकाता पश्चिम बंगाल की राजधानी है ना | IN-WB
yes-no-check | क्या लाहौर पाकिस्तान की राजधानी थी कभी | PK
reverse-question | {} कौन से मुल्क में राजधानी है | बामाको=CITY:बामाको; डकार=CITY:डकार; एक्रा=CITY:एक्रा
launch | अण्णा दुनिया की राजधानियाँ स्किल खोलो | LAUNCH
launch | दुनिया की राजधानियाँ चलाओ बच्चों के लिए | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ वाली स्किल शुरू कर दो | LAUNCH
help | हमनी के बतावा कि इ का करऽ हइ | HELP
help | डीकरा ये मशीन में राजधानी कैसे पूछते हैं | HELP
help | इस राजधानी वाले खेल में मदद करो | HELP
help | एलेक्सा इसमें क्या बोलना है बता दो पहले | HELP
stop | हम्मर काम हो गेल बंद करऽ | STOP
stop | बस अण्णा बंद करो अभी | STOP
stop | राजधानी वाली स्किल बंद कर दो | STOP
stop | ठीक है धन्यवाद बंद करो | STOP
stop | अब सोने दो बंद करो एलेक्सा | STOP
stop | बाहर निकल जाओ इस खेल से | STOP
cancel | नहीं वो वाला सवाल छोड़ दो | CANCEL
cancel | अण्णा रहने दो वो मत बोलो | CANCEL
cancel | गलत देश बोल दिया रहने दो | CANCEL
cancel | जाने दो वो नहीं पूछना था | CANCEL
cancel | रहन दे भैया नईं चाहने | CANCEL
cancel | छोड़ द न ऊ सवाल | CANCEL
cancel | अरे बाप रहने दो डीकरा | CANCEL
cancel | वो पूछना कैंसल कर दो | CANCEL
cancel | कुछ नहीं छोड़ो उसे | CANCEL
cancel | ना ना रहने दो अभी | CANCEL
out-of-domain | मंगोलिया में घोड़े कितने हैं | FB
out-of-domain | नॉर्वे में रात कब होती है गर्मी में | FB
out-of-domain | अर्जेंटीना के फ़ुटबॉल कप्तान का नाम | FB
out-of-domain | रूस से भारत कितनी दूर है | FB
out-of-domain | जापान की बुलेट ट्रेन कितनी तेज़ चलती है | FB
out-of-domain | चिली में भूकंप आया है क्या | FB
out-of-domain | सऊदी अरब में नौकरी के लिए कौन सा वीज़ा लगता है | FB
out-of-domain | कनाडा में पीआर कैसे मिलता है | FB
out-of-domain | ऑस्ट्रेलिया और भारत का मैच कब है | FB
out-of-domain | इंडोनेशिया में कितने द्वीप हैं | FB
out-of-domain | वियतनाम की कॉफ़ी कैसी होती है | FB
out-of-domain | तुर्की में कौन सी भाषा बोलते हैं | FB
out-of-domain | ईरान का सर्वोच्च नेता कौन है | FB
out-of-domain | स्पेन में टमाटर वाला त्योहार कब है | FB
out-of-domain | सिक्किम जाने के लिए परमिट लगता है क्या | FB
out-of-domain | मध्य प्रदेश का मुख्यमंत्री कौन है | FB
out-of-domain | तमिलनाडु में कितने ज़िले हैं | FB
out-of-domain | बिहार का सबसे बड़ा ज़िला कौन सा है | FB
out-of-domain | मारवाड़ की राजधानी जोधपुर थी क्या | FB
out-of-domain | अवध की राजधानी पहले फ़ैज़ाबाद थी ना | FB
out-of-domain | सिक्किम की राजधानी में आज बारिश होगी | FB
out-of-domain | जापान की राजधानी में घूमने की जगहें बताओ | FB
out-of-domain | राजधानी वाली ट्रेन में खाना कैसा मिलता है | FB
out-of-domain | कैपिटल वन बैंक का नंबर दो | FB
out-of-domain | नाटक में राजधानी का रोल किसने किया | FB
out-of-domain | पेरिस में एफ़िल टावर की ऊँचाई कितनी है | FB
out-of-domain | लंदन में इस वक़्त कितने बजे हैं | FB
out-of-domain | काबुल से दिल्ली की फ़्लाइट है क्या | FB
out-of-domain | साइबेरिया की राजधानी कौन सी है | FB
out-of-domain | सिसिली की राजधानी क्या है | FB
out-of-domain | ज़ंज़ीबार की राजधानी बताओ | FB
out-of-domain | बाली द्वीप की राजधानी क्या है | FB
"""

if __name__ == "__main__":
    build_round(24, "hi", LINES, sys.argv, "tests/Eval/hi/round24/source/build_corpus.py")
