"""Round 21, Hindi (hi-IN): a new author's own mix, written blind, away from the speakers of rounds 15-20. Speakers:
Braj speakers around Mathura, Vrindavan and Agra ("लाला", "बताऔ", "का है", "कौन सी है रे", temple guides with foreign
pilgrims); Kashmiri speakers' Hindi in Srinagar (houseboat and shikara owners, "जनाब", "बाया", "क्या है ना", tourists from
abroad); Fiji Hindi and Mauritian Bhojpuri-Hindi of the diaspora on a visit ("हम लोग", "तुम लोग", "का बात", "बोलो ना",
"इधर"); Bagheli from Rewa and Satna ("का हो", "बताय द्या", "हमरे"); Ladakhi and Tibetan speakers in Leh and Dharamshala
learning Hindi ("जुले", word-order slips, "मैं पूछना है"); Afghan refugees of Delhi's Lajpat Nagar speaking Hindi
("बरादर", "जान", "मुल्क", Dari word order); Korean and Japanese expatriates in Gurgaon (missing postpositions). Situations:
amateur radio operators logging a contact abroad (call signs, "कॉन्टैक्ट हुआ", "क्यूएसएल कार्ड"), merchant-navy sailors
and their wives (the next port, the ship's route), airline cabin crew between flights, an auto-rickshaw driver in Jaipur
with a foreign passenger, a pharmacist and a barber between customers, a wrestling akhada, a Ludo and a chess evening,
stock-market and forex talk, an astrologer, a blind user who leans on the voice assistant, a night watchman, a
grandmother knitting, a kirana shop, a railway waiting room, tuition classes and homework, the news, sport, the kitchen
and the car. Registers from shuddh Hindi ("कृपया", "अवगत कराएँ", "नगर") through everyday Hindustani to Hinglish written in
Devanagari; fillers ("अम्म", "वो क्या है", "मतलब"), hesitations, self-corrections, follow-ups, checks, reverse
questions, official, old and everyday names, and what hi-IN recognition writes: no nukta ("फिजी", "कजाखस्तान"), anusvara for
chandrabindu, split or joined names ("न्यू जीलैंड", "श्री लंका", "सऊदीअरब"), English spellings in Devanagari.
`python3 tests/Eval/hi/round21/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 21's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Plain questions.
plain-question | {} की राजधानी क्या है बताना | बुर्किना फ़ासो=BF; इरिट्रिया=ER; सूरीनाम=SR
plain-question | ज़रा बताओ {} की राजधानी कौन सी है | मॉरिटानिया=MR; बेलीज़=BZ; मलावी=MW
plain-question | {} की राजधानी का नाम क्या है | किर्गिस्तान=KG; तुर्कमेनिस्तान=TM; ताजिकिस्तान=TJ
plain-question | मुझे {} की राजधानी जाननी है | सोलोमन द्वीप=SB; वनुआतू=VU; टोंगा=TO
plain-question | {} की कैपिटल कौन सी है | लेसोथो=LS; बोत्स्वाना=BW; ज़िम्बाब्वे=ZW
plain-question | {} वाले देश की राजधानी बताइए | गुयाना=GY; नामीबिया=NA; ज़ाम्बिया=ZM
plain-question | {} की राजधानी कौन सा शहर है | एंडोरा=AD; लिचेंस्टीन=LI; सैन मैरिनो=SM
plain-question | राजधानी बताओ {} की | गैबॉन=GA; कैमरून=CM; चाड=TD

# Fillers and hesitations.
filler-hesitation | अम्म वो क्या है {} की राजधानी क्या है | कज़ाखस्तान=KZ; उज़्बेकिस्तान=UZ; मंगोलिया=MN
filler-hesitation | मतलब वो {} की ना राजधानी कौन सी है | ग्वाटेमाला=GT; होंडूरास=HN; निकारागुआ=NI
filler-hesitation | अ अ अलेक्सा {} की राजधानी | जमैका=JM; हैती=HT; क्यूबा=CU
filler-hesitation | हां तो सुनो ना वो {} की राजधानी कौन सी थी | टोगो=TG; सिएरा लियोन=SL; लाइबेरिया=LR
filler-hesitation | एक मिनट रुको हां {} की राजधानी बताना | मॉल्डोवा=MD; यूक्रेन=UA; लिथुआनिया=LT
filler-hesitation | ओके तो उम्म {} का कैपिटल क्या है | गाम्बिया=GM; गिनी=GN; सेनेगल=SN

# Braj speakers around Mathura, Vrindavan and Agra.
braj-bhasha | अरे लाला {} की राजधानी कौन सी है बताऔ | फ़िनलैंड=FI; एस्टोनिया=EE; लातविया=LV
braj-bhasha | राधे राधे अलेक्सा {} की राजधानी का है | ओमान=OM; बहरीन=BH; क़तर=QA
braj-bhasha | हमारे मंदिर पे {} ते भगत आए हैं उनकी राजधानी कौन सी है | रूस=RU; अमेरिका=US; मॉरीशस=MU
braj-bhasha | सुन री {} की राजधानी का नाम का है | ट्यूनीशिया=TN; लीबिया=LY; अल्जीरिया=DZ
braj-bhasha | अजी बताऔ तो सही {} की राजधानी | नेपाल=NP; भूटान=BT; बांग्लादेश=BD
braj-bhasha | ताजमहल देखन {} ते लोग आए हैं वाकी राजधानी बताऔ | स्पेन=ES; इटली=IT; जापान=JP

# Kashmiri speakers' Hindi in Srinagar.
kashmiri-hindi | जनाब {} की राजधानी कौन सी है ज़रा बताइए | बुल्गारिया=BG; रोमानिया=RO; अल्बानिया=AL
kashmiri-hindi | बाया हमारे शिकारे में {} के टूरिस्ट बैठे हैं उनका राजधानी क्या है | मलेशिया=MY; इंडोनेशिया=ID; थाईलैंड=TH
kashmiri-hindi | क्या है ना मेरे हाउसबोट पे {} वाले मेहमान हैं उसका कैपिटल बताओ | ईरान=IR; तुर्की=TR; यूनान=GR
kashmiri-hindi | अलेक्सा वो {} का राजधानी किधर है मतलब कौन सा शहर | इथियोपिया=ET; सूडान=SD; सोमालिया=SO
kashmiri-hindi | ठंड बहुत है आज अच्छा {} की राजधानी क्या है | आइसलैंड=IS; नॉर्वे=NO; स्वीडन=SE

# Fiji Hindi and Mauritian diaspora on a visit.
fiji-hindi | हम लोग फ़िजी से आया है भैया {} की राजधानी बोलो ना | न्यूज़ीलैंड=NZ; ऑस्ट्रेलिया=AU; समोआ=WS
fiji-hindi | का बात अलेक्सा {} की राजधानी कौन है | पापुआ न्यू गिनी=PG; नाउरु=NR; किरिबाती=KI
fiji-hindi | इधर हमरे नाना बोला {} की राजधानी पूछो तुम लोग बताओ | मार्शल आइलैंड्स=MH; माइक्रोनेशिया=FM; पलाऊ=PW
fiji-hindi | हम मॉरीशस से है ना {} का राजधानी कौन शहर है | सेशेल्स=SC; मेडागास्कर=MG; कोमोरोस=KM
fiji-hindi | तुम लोग को मालूम {} की राजधानी का है | तुवालू=TV; त्रिनिदाद और टोबैगो=TT; सूरीनाम देश=SR

# Bagheli from Rewa and Satna.
bagheli | का हो अलेक्सा {} के राजधानी का आय | पोलैंड=PL; हंगरी=HU; ऑस्ट्रिया=AT
bagheli | हमरे लड़िका का {} के राजधानी बताय द्या | चेक गणराज्य=CZ; स्लोवाकिया=SK; स्लोवेनिया=SI
bagheli | अरे भइया {} केर राजधानी कउन आय | क्रोएशिया=HR; सर्बिया=RS; मोंटेनेग्रो=ME

# Ladakhi and Tibetan speakers learning Hindi.
learner-ladakh-tibet | जुले अलेक्सा मैं पूछना है {} राजधानी क्या | चीन=CN; मंगोलिया देश=MN; भूटान देश=BT
learner-ladakh-tibet | {} का राजधानी कौन मुझे बताना प्लीज़ | वियतनाम=VN; लाओस=LA; कंबोडिया=KH
learner-ladakh-tibet | मेरा दोस्त {} में रहता उसका राजधानी बोलो | स्विट्ज़रलैंड=CH; बेल्जियम=BE; नीदरलैंड्स देश=NL
learner-ladakh-tibet | हमारा गुरुजी {} गया था उधर राजधानी कौन सा | ताइवान=TW; सिंगापुर=SG; म्यांमार=MM

# Afghan speakers in Delhi.
afghan-dari | बरादर {} का राजधानी कौन सा शहर है | अफ़गानिस्तान=AF; पाकिस्तान=PK; ताजिकिस्तान देश=TJ
afghan-dari | जान बताओ {} मुल्क का राजधानी क्या है | इराक=IQ; सीरिया=SY; जॉर्डन=JO
afghan-dari | मेरा भाई {} में है उस मुल्क का दारुल हुकूमत कौन है | जर्मनी=DE; कनाडा=CA; स्वीडन मुल्क=SE

# Korean and Japanese expatriates in Gurgaon.
expat-learner | अलेक्सा {} राजधानी बताइए | मिस्र=EG; मोरक्को=MA; केन्या=KE
expat-learner | मैं जानना चाहता हूं {} राजधानी कौन सा है | पेरू=PE; चिली=CL; अर्जेंटीना=AR
expat-learner | ऑफ़िस में पूछा {} का राजधानी मुझे नहीं पता आप बताओ | नाइजीरिया=NG; घाना=GH; युगांडा=UG

# Amateur radio operators.
ham-radio | अभी {} से कॉन्टैक्ट हुआ रेडियो पे उसकी राजधानी क्या है | वेनेज़ुएला=VE; कोलंबिया=CO; इक्वाडोर=EC
ham-radio | क्यूएसएल कार्ड भेजना है {} का स्टेशन था उसकी राजधानी बताओ | उरुग्वे=UY; पराग्वे=PY; पनामा=PA
ham-radio | आज रात {} पकड़ में आया शॉर्टवेव पे उस देश की राजधानी कौन सी है | डोमिनिकन रिपब्लिक=DO; बहामास=BS; बारबाडोस=BB

# Merchant-navy sailors and their families.
merchant-navy | अगला पोर्ट {} में है वहां की राजधानी कौन सी है | अंगोला=AO; मोज़ांबिक=MZ; तंज़ानिया=TZ
merchant-navy | मेरे पति का जहाज़ {} जा रहा है उसकी राजधानी बताओ | यमन=YE; जिबूती=DJ; कुवैत=KW
merchant-navy | शिप पे सिग्नल कम है जल्दी बताओ {} की राजधानी | माल्टा=MT; साइप्रस=CY; पुर्तगाल=PT

# Cabin crew between flights.
cabin-crew | कल की फ़्लाइट {} की है उसकी राजधानी क्या है | इज़राइल=IL; लेबनान=LB; सऊदी अरब=SA
cabin-crew | लेओवर {} में है राजधानी वहीं है क्या कौन सी है | आयरलैंड=IE; डेनमार्क=DK; बेलारूस=BY

# Auto-rickshaw driver in Jaipur with a foreign passenger.
auto-driver | मैडम बोल रही हैं वो {} से हैं उनकी राजधानी का नाम बताओ अलेक्सा | ब्राज़ील=BR; मैक्सिको=MX; फ़्रांस=FR
auto-driver | सवारी {} की है भाई उस देश की राजधानी कौन सी है | ब्रिटेन=GB; अर्जेंटीना देश=AR; चिली देश=CL
auto-driver | साहब पूछ रहे हैं मुझे पता है क्या {} की राजधानी तुम बता दो | दक्षिण कोरिया=KR; उत्तर कोरिया=KP; जापान देश=JP

# Shops and trades: pharmacist, barber, kirana.
shopkeeper | दवाई {} से आती है इसकी कंपनी उधर की है वहां की राजधानी क्या है | स्विट्ज़रलैंड देश=CH; डेनमार्क देश=DK; बेल्जियम देश=BE
shopkeeper | बाल कटवाते कटवाते सोचा पूछ लूं {} की राजधानी क्या है | अज़रबैजान=AZ; आर्मेनिया=AM; जॉर्जिया देश=GE
shopkeeper | दुकान पे बच्चा पूछ रहा है {} की राजधानी बता दो | सेशेल्स देश=SC; मालदीव देश=MV; ब्रूनेई=BN

# Wrestling, chess, Ludo and sport.
sport-fan | ओलंपिक कुश्ती में {} का पहलवान था उस देश की राजधानी बताओ | उज़्बेकिस्तान देश=UZ; मंगोलिया=MN; ईरान देश=IR
sport-fan | शतरंज के टूर्नामेंट में {} का खिलाड़ी आया है उसकी राजधानी कौन सी है | नॉर्वे देश=NO; अज़रबैजान देश=AZ; हंगरी देश=HU
sport-fan | फ़ुटबॉल वर्ल्ड कप में {} भी खेल रहा है उसकी राजधानी क्या है | क्रोएशिया देश=HR; सेनेगल देश=SN; उरूग्वे=UY
sport-fan | लूडो खेलते हुए शर्त लगी है {} की राजधानी क्या है | होंडूरास देश=HN; ग्वाटेमाला देश=GT; कोस्टा रिका=CR

# Stock market, forex and an astrologer.
money-talk | {} की करेंसी गिर रही है न्यूज़ में आया अच्छा उसकी राजधानी क्या है | श्रीलंका देश=LK; तुर्किये=TR; अर्जेंटीना=AR
money-talk | पंडित जी बोले यात्रा योग है {} की तरफ़ तो उसकी राजधानी बताओ | कनाडा देश=CA; ऑस्ट्रेलिया देश=AU; न्यूज़ीलैंड देश=NZ

# A blind user who relies on the voice assistant.
voice-user | मैं देख नहीं सकता अलेक्सा धीरे से बोलना {} की राजधानी क्या है | मलेशिया देश=MY; इंडोनेशिया देश=ID; फ़िलिपींस=PH
voice-user | अलेक्सा ज़रा साफ़ साफ़ बोलना {} की राजधानी | पोलैंड देश=PL; इटली देश=IT; मोनाको=MC

# Elders.
elder | बेटा हमारे ज़माने में {} की राजधानी कुछ और थी अब कौन सी है | नाइजीरिया देश=NG; तंज़ानिया देश=TZ; म्यांमार देश=MM
elder | स्वेटर बुनते बुनते याद आया {} की राजधानी क्या होती है | यूगांडा=UG; रवांडा=RW; बुरुंडी=BI
elder | चौकीदार हूं रात में नींद नहीं आती बताओ {} की राजधानी | कज़ाख़स्तान=KZ; किर्गिज़स्तान=KG; तुर्कमेनिस्तान देश=TM

# Children and homework.
homework | मैम ने होमवर्क में पूछा है {} की राजधानी क्या है | दक्षिण सूडान=SS; सोमालिया देश=SO; इरिट्रिया देश=ER
homework | ट्यूशन में टेस्ट है कल {} की राजधानी बताओ ना | माली=ML; नाइजर=NE; बेनिन=BJ
homework | मम्मी बोली अलेक्सा से पूछ लो {} की राजधानी कौन सी है | फ़्रांस देश=FR; स्पेन देश=ES; जर्मनी देश=DE
homework | प्रोजेक्ट में मैप पे {} की राजधानी मार्क करनी है कौन सी है | मिस्र देश=EG; लीबिया देश=LY; चाड देश=TD
homework | दीदी {} की राजधानी क्या है मुझे लिखना है | कांगो गणराज्य=CG; गैबॉन देश=GA; इक्वेटोरियल गिनी=GQ

# News.
news-item | न्यूज़ में {} का नाम आ रहा है उसकी राजधानी कौन सी है | सूडान देश=SD; हैती देश=HT; माली देश=ML
news-item | खबर में बोला चुनाव हो रहे हैं {} में वहां की राजधानी क्या है | वेनेज़ुएला देश=VE; बांग्लादेश देश=BD; मोल्दोवा=MD
news-item | अख़बार में पढ़ा {} में भूकंप आया उसकी राजधानी बताना | अफ़ग़ानिस्तान=AF; नेपाल देश=NP; वानुअतु=VU

# Kitchen.
kitchen | दाल चढ़ी है कुकर की सीटी से पहले बताओ {} की राजधानी | थाईलैंड देश=TH; वियतनाम देश=VN; लाओस देश=LA
kitchen | आटा गूंथ रही हूं हाथ गंदे हैं {} की राजधानी बोल दो | लेबनान देश=LB; इज़रायल=IL; सीरिया देश=SY
kitchen | आज {} बना रहे हैं वैसे उस देश की राजधानी क्या है | इटली का पास्ता=IT; मैक्सिको के टाको=MX; जापान की सुशी=JP

# In the car.
car-drive | गाड़ी चला रहा हूं जल्दी से {} की राजधानी बताओ | ओमान देश=OM; क़तर देश=QA; बहरीन देश=BH
car-drive | पीछे से बच्चे पूछ रहे हैं {} की राजधानी क्या है | आयरलैंड देश=IE; स्कॉटलैंड=GB-SCT; वेल्स=GB-WLS
car-drive | टोल पे लाइन लगी है तब तक बताओ {} की राजधानी | जॉर्डन देश=JO; कुवैत देश=KW; यमन देश=YE

# Follow-ups.
follow-up | और {} की | अल सल्वाडोर=SV; ग्रेनाडा=GD; डोमिनिका=DM
follow-up | अच्छा और {} का | भारत=IN; पुर्तगाल देश=PT; ग्रीस=GR
follow-up | फिर {} की बताओ | सेंट लूसिया=LC; बारबाडोस देश=BB; जमैका देश=JM
follow-up | और {} की क्या है | एस्वाटिनी=SZ; लेसोथो देश=LS; नामीबिया देश=NA
follow-up | ठीक है अब {} | फ़िजी=FJ; समोआ देश=WS; टोंगा देश=TO
follow-up | उसके बाद {} की राजधानी | सेंट किट्स और नेविस=KN; एंटीगुआ और बारबुडा=AG; सेंट विंसेंट और ग्रेनाडाइंस=VC
follow-up | हम्म और {} वाली | केप वर्ड=CV; साओ टोम और प्रिंसिपे=ST; गिनी बिसाऊ=GW
follow-up | अब ज़रा {} का भी बता दो | मध्य अफ़्रीकी गणराज्य=CF; कांगो लोकतांत्रिक गणराज्य=CD; ज़ाम्बिया देश=ZM
follow-up | और वो {} | लक्ज़मबर्ग=LU; वेटिकन सिटी=VA; कोसोवो=XK
follow-up | अच्छा चलो {} की भी | तिमोर लेस्ते=TL; ब्रूनेई देश=BN; पापुआ न्यू गिनी देश=PG

# Several capitals, asked in the plural.
plural-capitals | दक्षिण अफ़्रीका की तीनों राजधानियां कौन कौन सी हैं | ZA
plural-capitals | साउथ अफ़्रीका की कितनी राजधानियाँ हैं और कौन सी | ZA
plural-capitals | सुना है दक्षिण अफ्रीका की तीन कैपिटल हैं उनके नाम बताओ | ZA
plural-capitals | बोलीविया की दोनों राजधानियों के नाम बताइए | BO
plural-capitals | बोलीविया में दो राजधानी होती हैं ना कौन कौन सी | BO
plural-capitals | नीदरलैंड की राजधानियाँ कौन सी हैं | NL
plural-capitals | हॉलैंड की दोनों राजधानी कौन सी हैं | NL
plural-capitals | मलेशिया की दोनों राजधानियाँ बता दो | MY
plural-capitals | मलेशिया की राजधानियां कौन कौन सी हैं | MY
plural-capitals | श्रीलंका की दो राजधानियाँ हैं उनके नाम क्या हैं | LK
plural-capitals | श्री लंका की राजधानियाँ बताओ | LK
plural-capitals | बेनिन की राजधानियाँ कौन सी हैं | BJ
plural-capitals | बेनिन देश की दोनों कैपिटल बताओ | BJ
plural-capitals | आइवरी कोस्ट की दोनों राजधानियाँ कौन सी हैं | CI
plural-capitals | कोट डी आइवर की राजधानियां बताइए | CI
plural-capitals | एस्वाटिनी की दोनों राजधानियाँ कौन सी हैं | SZ
plural-capitals | स्वाज़ीलैंड की राजधानियाँ क्या हैं | SZ
plural-capitals | फ़िलिस्तीन की राजधानियाँ कौन सी मानी जाती हैं | PS
plural-capitals | फलस्तीन की दोनों राजधानी बताओ | PS
plural-capitals | मोंटसेरात की दोनों राजधानियाँ कौन सी हैं | MS
plural-capitals | उत्तराखंड की दोनों राजधानियाँ बताओ | IN-UK
plural-capitals | जम्मू कश्मीर की दोनों राजधानियाँ कौन सी हैं गर्मी और सर्दी वाली | IN-JK

# Subdivisions: Indian states and union territories, and states and provinces elsewhere.
subdivision | {} की राजधानी क्या है | झारखंड=IN-JH; छत्तीसगढ़=IN-CG; मिज़ोरम=IN-MZ
subdivision | हमारे {} की राजधानी कौन सी है बताओ | बिहार=IN-BR; ओडिशा=IN-OD; असम=IN-AS
subdivision | {} राज्य की राजधानी बताना | अरुणाचल प्रदेश=IN-AR; नागालैंड=IN-NL; मेघालय=IN-ML
subdivision | {} की राजधानी कौन सी है भैया | तेलंगाना=IN-TS; आंध्र प्रदेश=IN-AP; कर्नाटक=IN-KA
subdivision | लद्दाख वाले पूछ रहे हैं {} की राजधानी क्या है | लद्दाख=IN-LA; हिमाचल=IN-HP; सिक्किम=IN-SK
subdivision | {} केंद्र शासित प्रदेश की राजधानी क्या है | लक्षद्वीप=IN-LD; पुडुचेरी=IN-PY; अंडमान निकोबार=IN-AN
subdivision | अमेरिका के {} राज्य की राजधानी क्या है | टेक्सास=US-TX; कैलिफ़ोर्निया=US-CA; फ़्लोरिडा=US-FL
subdivision | अमेरिका में {} की कैपिटल कौन सी है | न्यूयॉर्क=US-NY; इलिनॉय=US-IL; वॉशिंगटन स्टेट=US-WA
subdivision | कनाडा के {} प्रांत की राजधानी बताओ | ओंटारियो=CA-ON; ब्रिटिश कोलंबिया=CA-BC; क्यूबेक=CA-QC
subdivision | ऑस्ट्रेलिया के {} की राजधानी क्या है | क्वींसलैंड=AU-QLD; विक्टोरिया राज्य=AU-VIC; न्यू साउथ वेल्स=AU-NSW
subdivision | जर्मनी के {} की राजधानी कौन सी है | बवेरिया=DE-BY; सैक्सनी=DE-SN; हेस्से=DE-HE
subdivision | ब्राज़ील के {} राज्य की राजधानी बताओ | बाहिया=BR-BA; मिनास जेरैस=BR-MG; अमेज़ोनास=BR-AM
subdivision | मेक्सिको के {} की राजधानी क्या है | हालिस्को=MX-JAL; युकातान=MX-YUC; ओआहाका=MX-OAX
subdivision | यूके में {} की राजधानी कौन सी है | इंग्लैंड=GB-ENG; उत्तरी आयरलैंड=GB-NIR; स्कॉटलैंड देश=GB-SCT
subdivision | {} का राजधानी कौन सा शहर है | गोवा=IN-GA; मणिपुर=IN-MN; त्रिपुरा=IN-TR
subdivision | यूपी की राजधानी लखनऊ है ना और {} की | मध्य प्रदेश=IN-MP; राजस्थान=IN-RJ; गुजरात=IN-GJ

# Territories and other places.
territory | {} की राजधानी क्या है बताइए | ग्रीनलैंड=GL; फ़ेरो द्वीप=FO; जिब्राल्टर=GI
territory | {} द्वीप की राजधानी कौन सी है | गुआम=GU; प्यूर्टो रिको=PR; बरमूडा=BM
territory | फ़्रांस के {} की राजधानी बताओ | रियूनियन=RE; मार्टीनिक=MQ; न्यू कैलेडोनिया=NC
territory | {} का मुख्य शहर यानी राजधानी क्या है | जर्सी=JE; गर्नसी=GG; आइल ऑफ़ मैन=IM
territory | {} की कैपिटल क्या है | कुक आइलैंड्स=CK; फ़ॉकलैंड=FK; कैमेन आइलैंड्स=KY
territory | पश्चिमी सहारा की राजधानी क्या है | EH
territory | अरूबा की राजधानी कौन सी है | AW

# Checks.
yes-no-check | ऑस्ट्रेलिया की राजधानी सिडनी है ना | AU
yes-no-check | कनाडा की राजधानी टोरंटो है या नहीं | CA
yes-no-check | क्या तुर्की की राजधानी इस्तांबुल है | TR
yes-no-check | ब्राज़ील की राजधानी रियो है क्या अभी भी | BR
yes-no-check | न्यूज़ीलैंड की राजधानी ऑकलैंड ही है ना | NZ
yes-no-check | मोरक्को की राजधानी कासाब्लांका है सही बोला मैंने | MA
yes-no-check | स्विट्ज़रलैंड की राजधानी ज़्यूरिख है ना अलेक्सा | CH
yes-no-check | अमेरिका की राजधानी न्यूयॉर्क है क्या | US
yes-no-check | नाइजीरिया की राजधानी अभी भी लागोस है क्या | NG
yes-no-check | कज़ाखस्तान की राजधानी अल्माटी है या बदल गई | KZ
yes-no-check | म्यांमार की राजधानी रंगून है ना | MM
yes-no-check | वियतनाम की राजधानी हो ची मिन्ह सिटी है क्या | VN
yes-no-check | तंज़ानिया की राजधानी दार एस सलाम है ना | TZ
yes-no-check | पाकिस्तान की राजधानी कराची है ना भाई | PK
yes-no-check | क्या सऊदी अरब की राजधानी जेद्दा है | SA
yes-no-check | चीन की राजधानी शंघाई है या बीजिंग | CN
yes-no-check | इज़राइल की राजधानी तेल अवीव है क्या | IL
yes-no-check | महाराष्ट्र की राजधानी पुणे है ना | IN-MH
yes-no-check | केरल की राजधानी कोच्चि है क्या | IN-KL
yes-no-check | पंजाब की राजधानी अमृतसर है ना | IN-PB

# Self-corrections.
self-correction | स्वीडन की राजधानी नहीं नहीं {} की | स्विट्ज़रलैंड=CH; स्वाज़ीलैंड=SZ
self-correction | ऑस्ट्रिया की सॉरी मेरा मतलब {} की राजधानी | ऑस्ट्रेलिया=AU; आर्मेनिया=AM
self-correction | नाइजर की राजधानी अरे नहीं {} की | नाइजीरिया=NG; अल्जीरिया=DZ
self-correction | स्लोवाकिया की राजधानी रुको रुको {} की | स्लोवेनिया=SI; सर्बिया=RS
self-correction | गिनी की राजधानी ओह सॉरी {} की | गिनी बिसाउ=GW; इक्वेटोरियल गिनी देश=GQ; पापुआ न्यू गिनी=PG
self-correction | ईरान की नहीं {} की राजधानी बताओ | इराक देश=IQ; यमन=YE
self-correction | उत्तर कोरिया गलत बोला {} की राजधानी | दक्षिण कोरिया देश=KR
self-correction | डोमिनिका नहीं यार {} की राजधानी | डोमिनिकन गणराज्य=DO
self-correction | मंगोलिया की राजधानी उफ़ मैं गलत बोल गया {} की | कज़ाखस्तान देश=KZ
self-correction | माल्टा की राजधानी अरे रुको {} | मोनाको की=MC; साइप्रस की=CY
self-correction | लातविया की राजधानी मतलब {} की | लिथुआनिया देश=LT; एस्टोनिया देश=EE
self-correction | बिहार की राजधानी सॉरी {} की | झारखंड राज्य=IN-JH

# Reverse questions.
reverse-question | {} किस देश की राजधानी है | काठमांडू=CITY:काठमांडू; नैरोबी=CITY:नैरोबी; लीमा=CITY:लीमा
reverse-question | {} कौन से देश की कैपिटल है | बिश्केक=CITY:बिश्केक; उलानबातर=CITY:उलानबातर; मोंटेवीडियो=CITY:मोंटेवीडियो
reverse-question | {} किस मुल्क की राजधानी है | दोहा=CITY:दोहा; मस्कट=CITY:मस्कट; अम्मान=CITY:अम्मान
reverse-question | ये {} किसकी राजधानी है | अदीस अबाबा=CITY:अदीस अबाबा; अक्रा=CITY:एक्रा; डकार=CITY:डकार
reverse-question | {} जिसकी राजधानी है वो देश कौन सा है | हेलसिंकी=CITY:हेलसिंकी; रीगा=CITY:रीगा; विल्नियस=CITY:विल्नियस
reverse-question | {} राजधानी है किस देश की | थिंपू=CITY:थिंपू; ढाका=CITY:ढाका; कोलंबो=CITY:कोलंबो
reverse-question | {} कौन से राज्य की राजधानी है | भोपाल=CITY:भोपाल; दिसपुर=CITY:दिसपुर; रांची=CITY:रांची
reverse-question | {} किस राज्य की कैपिटल है | गांधीनगर=CITY:गांधीनगर; शिलांग=CITY:शिलांग; ईटानगर=CITY:ईटानगर
reverse-question | ओटावा किस देश की राजधानी है | CITY:ओटावा
reverse-question | कैनबरा किसकी राजधानी है | CITY:कैनबरा

# Official names.
official-name | {} की राजधानी क्या है जी | संयुक्त राज्य अमेरिका=US; रूसी संघ=RU; चीनी जनवादी गणराज्य=CN
official-name | {} की राजधानी बताइए | संघीय गणराज्य जर्मनी=DE; फ़्रांसीसी गणराज्य=FR; हेलेनिक गणराज्य=GR
official-name | कृपया {} की राजधानी से अवगत कराएँ | इस्लामी गणराज्य पाकिस्तान=PK; इस्लामी गणराज्य ईरान=IR; इस्लामी गणराज्य मॉरिटानिया=MR
official-name | {} की राजधानी कौन सा नगर है | संयुक्त गणराज्य तंज़ानिया=TZ; अरब गणराज्य मिस्र=EG; सीरियाई अरब गणराज्य=SY
official-name | {} की राजधानी | यूनाइटेड किंगडम ऑफ़ ग्रेट ब्रिटेन एंड नॉर्दर्न आयरलैंड=GB; लाओ जनवादी लोकतांत्रिक गणराज्य=LA; वियतनाम समाजवादी गणराज्य=VN
official-name | {} की राजधानी ज्ञात करनी है | कोरिया लोकतांत्रिक जनवादी गणराज्य=KP; कोरिया गणराज्य=KR; श्रीलंका लोकतांत्रिक समाजवादी गणराज्य=LK
official-name | आधिकारिक नाम है {} इसकी राजधानी कौन सी है | भारत गणराज्य=IN; संघीय लोकतांत्रिक गणराज्य नेपाल=NP; अल्जीरियाई जनवादी लोकतांत्रिक गणराज्य=DZ

# Everyday and old names.
everyday-name | {} की राजधानी अब क्या है | बर्मा=MM; सीलोन=LK; ज़ायर=CD
everyday-name | पुराने ज़माने का {} अब उसकी राजधानी कौन सी है | स्याम=TH; फ़ारस=IR; दाहोमे=BJ
everyday-name | जिसे {} बोलते थे उसकी राजधानी बताओ | अपर वोल्टा=BF; गोल्ड कोस्ट=GH; रोडेशिया=ZW
everyday-name | {} कहते थे जिसको उसकी राजधानी क्या है | बेचुआनालैंड=BW; बासुतोलैंड=LS; न्यासालैंड=MW
everyday-name | {} की कैपिटल | यूएई=AE; यूके=GB; यूएसए=US
everyday-name | {} का कैपिटल क्या है | हॉलैंड=NL; चेक रिपब्लिक=CZ; ईस्ट तिमोर=TL
everyday-name | {} की राजधानी कौन सी है | विलायत=GB; हिंदुस्तान=IN; कंपूचिया=KH
everyday-name | {} की राजधानी बता दो | इंग्लिस्तान=GB-ENG; अमरीका=US; उड़ीसा=IN-OD

# Shared names.
shared-name | कांगो की राजधानी क्या है | CD+CG
shared-name | कांगो का कैपिटल कौन सा है | CD+CG
shared-name | दोनों कांगो की राजधानियाँ बताओ | CD+CG
shared-name | कोरिया की राजधानी क्या है | KP+KR
shared-name | कोरिया की कैपिटल बताओ | KP+KR
shared-name | जॉर्जिया की राजधानी कौन सी है | GE+US-GA
shared-name | जॉर्जिया का कैपिटल क्या है | GE+US-GA
shared-name | वर्जिन आइलैंड्स की राजधानी क्या है | VG+VI
shared-name | वर्जिन द्वीपसमूह की राजधानी बताओ | VG+VI
shared-name | डोमिनिका और डोमिनिकन रिपब्लिक की राजधानियाँ बताओ | DM+DO

# One-shot requests with the invocation name.
one-shot | दुनिया की राजधानियाँ से पूछो {} की राजधानी क्या है | पेरू देश=PE; बोलीविया देश=BO; कोलंबिया देश=CO
one-shot | दुनिया की राजधानियाँ खोलो और बताओ {} की राजधानी | इक्वाडोर देश=EC; पनामा देश=PA; क्यूबा देश=CU
one-shot | अलेक्सा दुनिया की राजधानियाँ में {} की राजधानी बताओ | बेलारूस देश=BY; यूक्रेन देश=UA; मॉल्डोवा देश=MD

# What hi-IN recognition writes: no nukta, anusvara, split and joined names.
recognition-artefact | {} की राजधानी क्या है बताइये | फिजी=FJ; कजाखस्तान=KZ; जिम्बाब्वे=ZW
recognition-artefact | {} की राजधानी बताओ | न्यू जीलैंड=NZ; सऊदीअरब=SA; अफगानिस्तान=AF
recognition-artefact | {} की राजधानी कौन सी है बोलो | मोजाम्बिक=MZ; तंजानिया=TZ; बेल्जीयम=BE
recognition-artefact | {} का राजधानी क्या है | वेनेजुएला=VE; अजरबैजान=AZ; फिलीपींस=PH
recognition-artefact | {} की कैपिटल बताना | स्विट्जरलैंड=CH; लग्जमबर्ग=LU; कतर=QA

# Launch.
launch | अलेक्सा दुनिया की राजधानियाँ खोलो | LAUNCH
launch | दुनिया की राजधानियां शुरू करो | LAUNCH
launch | अलेक्सा दुनिया की राजधानियाँ चालू कर दो | LAUNCH
launch | दुनिया की राजधानियाँ वाला स्किल खोलो | LAUNCH
launch | अलेक्सा ओपन दुनिया की राजधानियाँ | LAUNCH
launch | दुनिया की राजधानियाँ स्टार्ट करो ना | LAUNCH
launch | अलेक्सा दुनिया की राजधानियां लगाओ | LAUNCH
launch | दुनिया की राजधानियाँ ऐप खोलो | LAUNCH
launch | अलेक्सा दुनिया की राजधानियाँ वाला गेम शुरू करो | LAUNCH
launch | चलो दुनिया की राजधानियाँ खेलते हैं | LAUNCH
launch | दुनियां की राजधानियां चलाओ | LAUNCH
launch | अलेक्सा ज़रा दुनिया की राजधानियाँ खोल दीजिए | LAUNCH

# Help.
help | इसमें क्या क्या पूछ सकते हैं | HELP
help | ये कैसे चलता है समझाओ | HELP
help | मुझे समझ नहीं आ रहा क्या बोलूं | HELP
help | मदद चाहिए इस स्किल में | HELP
help | तुम क्या क्या बता सकती हो | HELP
help | हेल्प करो अलेक्सा | HELP
help | इसको इस्तेमाल कैसे करते हैं | HELP
help | कैसे पूछना है बताओ ना | HELP
help | मैं पहली बार चला रहा हूं क्या करूं | HELP
help | इस खेल के नियम क्या हैं | HELP
help | कौन कौन से सवाल पूछ सकता हूं | HELP
help | कुछ समझ में नहीं आया फिर से बताओ कैसे पूछूं | HELP
help | सहायता कीजिए | HELP
help | इसमें क्या करना होता है | HELP
help | उदाहरण देकर बताओ क्या पूछूं | HELP
help | मुझे गाइड करो ये कैसे यूज़ करते हैं | HELP
help | इंस्ट्रक्शन बताओ | HELP
help | मैं क्या बोल सकता हूं इसमें | HELP
help | हमको नहीं पता कैसे पूछना है मदद करो | HELP
help | बताओ ना ये स्किल क्या करती है | HELP

# Stop.
stop | बस करो अलेक्सा | STOP
stop | बंद करो इसे | STOP
stop | अलेक्सा स्टॉप | STOP
stop | चुप हो जाओ | STOP
stop | बस बहुत हो गया बंद कर दो | STOP
stop | रुक जाओ अब | STOP
stop | अब बंद करो मुझे सोना है | STOP
stop | एग्ज़िट | STOP
stop | स्किल बंद करो | STOP
stop | हो गया अब बस | STOP
stop | अलेक्सा शांत हो जाओ | STOP
stop | ठीक है बंद कर दो अब | STOP
stop | बाहर निकलो इस स्किल से | STOP
stop | खेल खत्म करो | STOP
stop | अब और नहीं पूछना बंद करो | STOP
stop | बोलना बंद करो | STOP
stop | अलेक्सा बस बस रुको | STOP
stop | क्विट करो | STOP
stop | दुनिया की राजधानियाँ बंद करो | STOP
stop | बस आज के लिए इतना ही बंद करो | STOP
stop | चलो बाय बंद करो | STOP
stop | अलेक्सा एक्ज़िट करो | STOP
stop | पढ़ाई खत्म अब बंद कर दो | STOP
stop | स्टॉप कर दो भैया | STOP

# Cancel.
cancel | कैंसिल करो | CANCEL
cancel | रद्द करो | CANCEL
cancel | अलेक्सा कैंसिल | CANCEL
cancel | ये वाला सवाल कैंसिल कर दो | CANCEL
cancel | नहीं नहीं रद्द कर दो | CANCEL
cancel | कैंसल | CANCEL
cancel | जो पूछा था वो कैंसिल करो | CANCEL
cancel | रहने दो कैंसिल करो | CANCEL
cancel | अलेक्सा रद्द कीजिए | CANCEL
cancel | गलती से पूछ लिया कैंसिल | CANCEL
cancel | ये रिक्वेस्ट रद्द करो | CANCEL
cancel | कैंसिल कर दीजिए प्लीज़ | CANCEL
cancel | उसे रद्द कर दो | CANCEL
cancel | नहीं चाहिए कैंसिल करो | CANCEL
cancel | अभी वाला रद्द करो | CANCEL
cancel | कैन्सिल कर दो यार | CANCEL
cancel | मेरा सवाल रद्द करो | CANCEL
cancel | अलेक्सा इसे कैंसिल कर दो | CANCEL
cancel | छोड़ो ये सवाल रद्द करो | CANCEL
cancel | पिछला वाला कैंसिल | CANCEL
cancel | कैंसिल करना है इसको | CANCEL
cancel | रद्द कर दो भाई | CANCEL

# Out of domain, with near misses.
out-of-domain | भारत की जनसंख्या कितनी है | FB
out-of-domain | जापान की करेंसी क्या है | FB
out-of-domain | फ़्रांस का राष्ट्रपति कौन है | FB
out-of-domain | अमेरिका के राष्ट्रपति का नाम बताओ | FB
out-of-domain | ऑस्ट्रेलिया का सबसे बड़ा शहर कौन सा है | FB
out-of-domain | कनाडा में कितने प्रांत हैं | FB
out-of-domain | चीन की दीवार कितनी लंबी है | FB
out-of-domain | माउंट एवरेस्ट की ऊंचाई कितनी है | FB
out-of-domain | रूस का क्षेत्रफल कितना है | FB
out-of-domain | ब्राज़ील का झंडा कैसा दिखता है | FB
out-of-domain | नेपाल में कौन सी भाषा बोलते हैं | FB
out-of-domain | स्पेन का राष्ट्रीय खेल क्या है | FB
out-of-domain | अर्जेंटीना ने वर्ल्ड कप कितनी बार जीता | FB
out-of-domain | दुनिया में कुल कितने देश हैं | FB
out-of-domain | सबसे छोटा देश कौन सा है | FB
out-of-domain | राजधानी एक्सप्रेस कितने बजे आएगी | FB
out-of-domain | राजधानी ट्रेन का टिकट बुक करो | FB
out-of-domain | कैपिटल लेटर में नाम कैसे लिखते हैं | FB
out-of-domain | कैपिटल गेन टैक्स कितना लगता है | FB
out-of-domain | वर्किंग कैपिटल क्या होता है | FB
out-of-domain | दुकान खोलने में कितनी पूंजी लगेगी | FB
out-of-domain | राजधानी किसे कहते हैं | FB
out-of-domain | दिल्ली में आज मौसम कैसा है | FB
out-of-domain | लंदन में अभी कितने बजे हैं | FB
out-of-domain | टोक्यो जाने की फ़्लाइट कितने की है | FB
out-of-domain | दिल्ली से आगरा कितनी दूर है | FB
out-of-domain | महाराष्ट्र के मुख्यमंत्री कौन हैं | FB
out-of-domain | जर्मनी की आबादी कितनी है | FB
out-of-domain | मिस्र के पिरामिड किसने बनाए | FB
out-of-domain | इटली का सबसे मशहूर खाना क्या है | FB
out-of-domain | थाईलैंड का वीज़ा कैसे मिलता है | FB
out-of-domain | अफ़्रीका में कितने देश हैं | FB
out-of-domain | एक गाना बजाओ | FB
out-of-domain | सुबह छह बजे का अलार्म लगा दो | FB
out-of-domain | कोई चुटकुला सुनाओ | FB
out-of-domain | दस मिनट का टाइमर लगाओ | FB
out-of-domain | डॉलर का रेट आज क्या है | FB
out-of-domain | लाइट बंद करो कमरे की | FB
out-of-domain | आज का राशिफल बताओ | FB
out-of-domain | क्रिकेट का स्कोर क्या हुआ | FB
out-of-domain | दाल मखनी कैसे बनती है | FB
out-of-domain | मेरा फ़ोन ढूंढो | FB
out-of-domain | राजधानी फ़िल्म का गाना चलाओ | FB
out-of-domain | पाकिस्तान का राष्ट्रीय पशु कौन सा है | FB
out-of-domain | श्रीलंका का प्रधानमंत्री कौन है | FB
out-of-domain | नेपाल जाने के लिए पासपोर्ट चाहिए क्या | FB
out-of-domain | सिंगापुर में कितने लोग रहते हैं | FB
out-of-domain | सऊदी अरब में तेल कितना निकलता है | FB
out-of-domain | भारत का राष्ट्रीय गीत सुनाओ | FB
out-of-domain | कश्मीर में बर्फ़ कब गिरती है | FB
out-of-domain | मथुरा में होली कब है | FB
out-of-domain | शिकारे का किराया कितना है | FB
out-of-domain | क्यूएसएल कार्ड कैसे भेजते हैं | FB
out-of-domain | जहाज़ कितने दिन में पहुंचेगा | FB
out-of-domain | बाल कटवाने का रेट कितना है | FB
out-of-domain | लूडो में छक्का कैसे आता है | FB
out-of-domain | शतरंज में घोड़ा कैसे चलता है | FB
out-of-domain | पहलवानी के लिए क्या खाना चाहिए | FB
out-of-domain | सेंसेक्स आज कितना गिरा | FB
out-of-domain | कुंडली मिलान कैसे होता है | FB
out-of-domain | बच्चों के लिए कहानी सुनाओ | FB
out-of-domain | मेरी दवाई का टाइम याद दिला देना | FB
out-of-domain | ऊन का गोला कहां मिलेगा | FB
out-of-domain | कुकर में कितनी सीटी लगानी है चावल के लिए | FB
out-of-domain | ट्रैफ़िक कैसा है हाईवे पे | FB
out-of-domain | पेट्रोल पंप कहां है पास में | FB
out-of-domain | फ़िजी में कौन सी भाषा बोलते हैं | FB
out-of-domain | मॉरीशस का समुद्र कैसा है | FB
out-of-domain | लद्दाख जाने का सही टाइम कौन सा है | FB
out-of-domain | काबुल में आज क्या हुआ | FB
out-of-domain | पेरिस में कौन सा टावर है | FB
out-of-domain | जापान में भूकंप क्यों आते हैं | FB
out-of-domain | कोरिया का कौन सा ड्रामा अच्छा है | FB
out-of-domain | चीन की मुद्रा का नाम क्या है | FB
out-of-domain | नीदरलैंड में कौन से फूल मशहूर हैं | FB
out-of-domain | दक्षिण अफ़्रीका के पहले राष्ट्रपति कौन थे | FB
out-of-domain | राज्यों की राजधानी वाली किताब कहां मिलेगी | FB
out-of-domain | कैपिटल ऑफ़ इंडिया वाली दुकान का नंबर दो | FB
out-of-domain | अमेज़न से मेरा ऑर्डर कब आएगा | FB
out-of-domain | आज कौन सी तारीख है | FB
out-of-domain | हिंदी में कैपिटल को क्या कहते हैं | FB
out-of-domain | बोलीविया में कौन सी भाषा चलती है | FB
out-of-domain | मलेशिया का मौसम कैसा रहता है | FB
out-of-domain | बेल्जियम की चॉकलेट कहां मिलती है | FB
out-of-domain | ऑटो का किराया जयपुर में कितना है | FB
out-of-domain | हवा महल कब बना था | FB
out-of-domain | एयर होस्टेस कैसे बनते हैं | FB
out-of-domain | अलेक्सा तुम्हारी उम्र कितनी है | FB
out-of-domain | भूटान की राष्ट्रीय भाषा कौन सी है | FB
out-of-domain | अफ़ग़ानिस्तान में कौन सी करेंसी चलती है | FB
# Second batch, added after the first build where a count was short.
plain-question | भाई {} की राजधानी बता दे | बोस्निया=BA; उत्तरी मकदूनिया=MK; बोस्निया और हर्ज़ेगोविना=BA
plain-question | {} की राजधानी किस शहर को कहते हैं | मैसेडोनिया=MK; मोंटेनेग्रो देश=ME; अल्बानिया देश=AL
braj-bhasha | गोवर्धन परिक्रमा में {} वारे मिले वाकी राजधानी कौन सी है | जर्मनी=DE; इटली=IT; कनाडा=CA
kashmiri-hindi | डल झील पे {} से टूरिस्ट आया है उसका मुल्क का राजधानी क्या है | मलेशिया मुल्क=MY; सऊदी=SA; यूएई मुल्क=AE
fiji-hindi | हमरे चाचा {} में रहते हैं उधर का राजधानी बोलो भैया | न्यूज़ीलैंड=NZ; कनाडा=CA; अमेरिका=US
bagheli | हो भइया {} के राजधानी बताय द्या | बेलारूस=BY; लिथुआनिया देश=LT; लातविया देश=LV
ham-radio | रेडियो पे {} का सिग्नल आया उसकी राजधानी क्या है | सेंट लूसिया देश=LC; ग्रेनाडा देश=GD; डोमिनिका देश=DM
cabin-crew | अगला सेक्टर {} का है वहां की राजधानी बता दो | मिस्र देश=EG; इथियोपिया देश=ET; केन्या देश=KE
homework | जीके की किताब में लिखा है {} की राजधानी मुझे याद नहीं बताओ | कोमोरोस देश=KM; मॉरीशस देश=MU; मेडागास्कर देश=MG
homework | सर ने क्लास में पूछा था {} की राजधानी तुम बताओ | किरिबाती देश=KI; तुवालू देश=TV; नाउरु देश=NR
news-item | टीवी पे दिखा रहे थे {} में बाढ़ आई है उसकी राजधानी क्या है | पाकिस्तान देश=PK; मोज़ांबिक देश=MZ; लीबिया देश=LY
elder | नानी पूछ रही हैं {} की राजधानी कौन सी है | नेपाल देश=NP; श्रीलंका देश=LK; बर्मा देश=MM
kitchen | रोटी सेंक रही हूं बताओ {} की राजधानी | ब्राज़ील देश=BR; पेरू देश=PE; चिली देश=CL
car-drive | ढाबे पे रुके हैं एक सवाल {} की राजधानी क्या है | मोरक्को देश=MA; ट्यूनीशिया देश=TN; अल्जीरिया देश=DZ
follow-up | और फिर {} | हंगरी वाली=HU; ऑस्ट्रिया वाली=AT; चेकिया=CZ
follow-up | अच्छा ठीक और {} का क्या | बोस्निया देश=BA; मकदूनिया=MK; कोसोवो देश=XK
subdivision | {} स्टेट की राजधानी कौन सी है | अलास्का=US-AK; हवाई=US-HI; नेवादा=US-NV
subdivision | {} की राजधानी बताना जरा | पश्चिम बंगाल=IN-WB; तमिलनाडु=IN-TN; हरियाणा=IN-HR
subdivision | कनाडा में {} की कैपिटल क्या है | अल्बर्टा=CA-AB; नोवा स्कोशिया=CA-NS; मैनिटोबा=CA-MB
territory | {} की राजधानी कौन सी है जी | ताहिती वाला फ़्रेंच पोलिनेशिया=PF; ग्वाडेलूप=GP; मायोते=YT
shared-name | दोनों कोरिया की राजधानियाँ क्या हैं | KP+KR
shared-name | कोरिया का राजधानी कौन सा है बताओ | KP+KR
shared-name | कांगो वाले देश की राजधानी बताओ | CD+CG
shared-name | जार्जिया की राजधानी क्या है | GE+US-GA
shared-name | वर्जिन आइलैंड का कैपिटल बताओ | VG+VI
plural-capitals | साउथ अफ्रीका की राजधानियों के नाम क्या हैं | ZA
plural-capitals | मलेशिया में कितनी राजधानियाँ हैं बताओ | MY
plural-capitals | बोलीविया की राजधानियाँ कौन सी हैं | BO
plural-capitals | नीदरलैंड्स की दोनों कैपिटल कौन सी हैं | NL
yes-no-check | भूटान की राजधानी थिंपू है ना | BT
yes-no-check | क्या जर्मनी की राजधानी बर्लिन ही है | DE
yes-no-check | ऑस्ट्रेलिया की कैपिटल मेलबर्न है क्या | AU
reverse-question | {} किस देश का कैपिटल है बताओ | अस्ताना=CITY:अस्ताना; ताशकंद=CITY:ताशकंद; दुशांबे=CITY:दुशांबे
reverse-question | {} कहां की राजधानी है | हरारे=CITY:हरारे; लुसाका=CITY:लुसाका; विंडहोक=CITY:विंडहोक
help | ये स्किल में क्या पूछूं समझ नहीं आता | HELP
help | अलेक्सा इसके बारे में मदद दो | HELP
help | राजधानी वाला ये खेल कैसे खेलते हैं | HELP
help | क्या बोलूं कि राजधानी बताए तुम | HELP
stop | बंद कर अलेक्सा अभी | STOP
stop | बस बस बंद करो ये राजधानी वाला | STOP
stop | अलेक्सा चुप रहो अब | STOP
stop | ठीक है बाय स्टॉप | STOP
cancel | रुको ये कैंसिल करो | CANCEL
cancel | वो सवाल रद्द कर दीजिए | CANCEL
cancel | नहीं ये नहीं पूछना कैंसिल | CANCEL
cancel | अलेक्सा कैंसिल कर भाई | CANCEL
out-of-domain | ईरान की आबादी कितनी है | FB
out-of-domain | कनाडा में सबसे ठंडा शहर कौन सा है | FB
out-of-domain | चीन का राष्ट्रपति कौन है | FB
out-of-domain | जापान का राष्ट्रीय फूल कौन सा है | FB
out-of-domain | इंग्लैंड की रानी का नाम क्या था | FB
out-of-domain | ब्राज़ील में कौन सी भाषा बोली जाती है | FB
out-of-domain | मैक्सिको की करेंसी का नाम बताओ | FB
out-of-domain | रूस और यूक्रेन की लड़ाई का क्या हुआ | FB
out-of-domain | भारत का सबसे बड़ा राज्य कौन सा है | FB
out-of-domain | राजस्थान का सबसे बड़ा शहर कौन सा है | FB
out-of-domain | उत्तर प्रदेश में कितने जिले हैं | FB
out-of-domain | गोवा में सबसे अच्छा बीच कौन सा है | FB
out-of-domain | अमेरिका में कितने राज्य हैं | FB
out-of-domain | ऑस्ट्रेलिया में कंगारू कहां मिलते हैं | FB
out-of-domain | केन्या में सफ़ारी कब करें | FB
out-of-domain | राजधानी नमकीन का पैकेट ऑर्डर करो | FB
out-of-domain | कैपिटल मार्केट में निवेश कैसे करें | FB
out-of-domain | राजधानी कॉलेज दिल्ली में कहां है | FB
out-of-domain | मेरी बेटी का रोल नंबर क्या है | FB
out-of-domain | कल बारिश होगी क्या | FB
out-of-domain | हनुमान चालीसा सुनाओ | FB
out-of-domain | पुराने गाने बजाओ | FB
out-of-domain | सबसे लंबी नदी कौन सी है | FB
out-of-domain | सहारा रेगिस्तान कितना बड़ा है | FB
out-of-domain | नॉर्वे में रात कब नहीं होती | FB
out-of-domain | वेटिकन में पोप कौन है | FB
out-of-domain | मालदीव जाने का खर्चा कितना है | FB
out-of-domain | इंडोनेशिया में कितने द्वीप हैं | FB
out-of-domain | ज्यूरिख से जिनेवा कितनी दूर है | FB
out-of-domain | दुबई में सोने का भाव क्या है | FB
out-of-domain | वॉल्यूम थोड़ा कम करो | FB
out-of-domain | फ़ोन की बैटरी कितनी है | FB
out-of-domain | बाहर कितना टेंपरेचर है | FB
out-of-domain | मेरी शॉपिंग लिस्ट में दूध जोड़ दो | FB
out-of-domain | ग्रीस में कौन से भगवान पूजे जाते थे | FB
out-of-domain | जर्मनी में पढ़ाई कितनी महंगी है | FB
out-of-domain | पहाड़ों की रानी किसे कहते हैं | FB
out-of-domain | भारत की आर्थिक राजधानी कौन सी है | FB
out-of-domain | गुलाबी नगर किस शहर को कहते हैं | FB
out-of-domain | क्रिकेट का जनक कौन सा देश है | FB
"""

if __name__ == "__main__":
    build_round(21, "hi", LINES, sys.argv, "tests/Eval/hi/round21/source/build_corpus.py")
