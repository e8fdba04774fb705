"""Round 19, Hindi (hi-IN): a new author's speakers, registers and situations. Speakers: Delhi and Haryana everyday Hindi,
Bhojpuri and Magahi flavoured Hindi from eastern UP and Bihar, Marwari-coloured Rajasthani Hindi, Malwi and Bundeli from
Indore and the rest of MP, Mumbai's Bambaiya, Hyderabadi Dakhni, and people whose first language is Bengali, Tamil, Punjabi
or Marathi. Registers: shuddh Hindi, everyday Hindustani, Hinglish with the English words in Devanagari. Who asks:
children doing homework, UPSC, SSC and state-exam aspirants, quiz players, elders, travellers, people driving, people
with a news item in mind. And what hi-IN recognition hands over: nukta dropped or added, chandrabindu, anusvara and the
nasal consonant cluster written either way, words split in two or joined, fillers and self-corrections.
`python3 tests/Eval/hi/round19/source/build_corpus.py [--check]`; the mechanics are round 12's build_round, under round
19's number and seed."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Delhi and Haryana, everyday and quick.
delhi-casual | ओए एलेक्सा {} की राजधानी बता दे यार जल्दी से | पेरू=PE; चिली=CL; इक्वाडोर=EC
delhi-casual | भाई साहब ये {} की राजधानी कौन सी है बताना ज़रा | लातविया=LV; लिथुआनिया=LT; एस्टोनिया=EE
delhi-casual | अबे सुन {} की कैपिटल क्या है | नॉर्वे=NO; स्वीडन=SE; फ़िनलैंड=FI
delhi-casual | भाई की शर्त लगी है कि मंगोलिया की राजधानी उलानबातर है तू बता सही है कि नहीं | MN
delhi-casual | चल बता फटाफट जॉर्डन की राजधानी का नाम | JO
delhi-casual | यार वो सूडान की राजधानी क्या थी भूल गया | SD
delhi-casual | सुन ना एलेक्सा ओमान की राजधानी कौन सी है बताइयो | OM

# Eastern UP and Bihar: Bhojpuri and Magahi in the Hindi.
bihari-bhojpuri | ए एलेक्सा तनी बताइए ना {} का राजधानी का है | नेपाल=NP; भूटान=BT; बांग्लादेश=BD
bihari-bhojpuri | हमको {} का राजधानी जानना है बताइए | कतर=QA; बहरीन=BH; कुवैत=KW
bihari-bhojpuri | का हो एलेक्सा {} के राजधानी कौन है हो | मॉरीशस=MU; फ़िजी=FJ; सूरीनाम=SR
bihari-bhojpuri | हमार बेटा दुबई में है संयुक्त अरब अमीरात के राजधानी बताइए तनी | AE
bihari-bhojpuri | पटना से बोल रहे हैं झारखंड का राजधानी रांची ही है ना | IN-JH
bihari-bhojpuri | अरे एलेक्सा गुयाना के राजधानी बतावा | GY
bihari-bhojpuri | त्रिनिदाद में हमरे नाना के गांव के लोग गए थे उहां का राजधानी का है | TT
bihari-bhojpuri | साओ टोम और प्रिंसिपे के राजधानी का है हो | ST

# Rajasthan: Marwari words in the Hindi.
rajasthani | खम्मा घणी एलेक्सा {} री राजधानी कांई है | इटली=IT; स्पेन=ES; पुर्तगाल=PT
rajasthani | म्हाने {} की राजधानी बताओ सा | सऊदी अरब=SA; ईरान=IR; इराक=IQ
rajasthani | ओ बाईसा पूछ रिया है {} की राजधानी कुण सी है | मिस्र=EG; लीबिया=LY; ट्यूनीशिया=TN
rajasthani | राम राम सा जयपुर वालो हूँ पंजाब की राजधानी कांई है | IN-PB
rajasthani | हुकुम गुजरात री राजधानी बताओ | IN-GJ
rajasthani | थे बताओ सा अफ़गानिस्तान की राजधानी कुण सी है | AF

# Indore and the rest of MP: Malwi and Bundeli.
malwi-bundeli | भिया {} की राजधानी कौन सी है बताओ तो | कोलंबिया=CO; वेनेज़ुएला=VE; पराग्वे=PY
malwi-bundeli | काय एलेक्सा {} की राजधानी का है | उरुग्वे=UY; क्यूबा=CU; हैती=HT
malwi-bundeli | अपन को {} की राजधानी जाननी है भिया | जमैका=JM; बारबाडोस=BB; बहामास=BS
malwi-bundeli | हओ एलेक्सा छत्तीसगढ़ की राजधानी रायपुर है के नहीं | IN-CG
malwi-bundeli | इंदौर से बोल रिया हूँ भिया मध्य प्रदेश की राजधानी भोपाल ही है ना | IN-MP
malwi-bundeli | काय हो दद्दा उत्तर प्रदेश की राजधानी कौन है | IN-UP

# Mumbai's Bambaiya.
bambaiya | ए एलेक्सा अपुन को {} का कैपिटल बोल ना | ग्रीस=GR; साइप्रस=CY; माल्टा=MT
bambaiya | बोले तो {} की राजधानी क्या है भिड़ू | मोरक्को=MA; अल्जीरिया=DZ; सेनेगल=SN
bambaiya | क्या बोलती तू एलेक्सा {} का राजधानी कौन सा है | केन्या=KE; युगांडा=UG; रवांडा=RW
bambaiya | अपुन का दोस्त लोग पूछ रहा है महाराष्ट्र का राजधानी मुंबई है ना एकदम | IN-MH
bambaiya | ए मामू गोवा का कैपिटल पणजी है कि मडगांव बोल | IN-GA
bambaiya | टपोरी लोग शर्त लगाया है इज़राइल का राजधानी क्या है बोल ना | IL

# Hyderabadi Dakhni.
hyderabadi | क्या मियां एलेक्सा {} की राजधानी क्या है बोलो | कज़ाखस्तान=KZ; ताजिकिस्तान=TJ; तुर्कमेनिस्तान=TM
hyderabadi | मेरे कू {} की राजधानी बताओ जी | यमन=YE; लेबनान=LB; सीरिया=SY
hyderabadi | हौ एलेक्सा {} का दारुल हुकूमत कौन सा है | पाकिस्तान=PK; मालदीव=MV; अज़रबैजान=AZ
hyderabadi | अरे नक्को मज़ाक करो सच्ची बताओ तेलंगाना की राजधानी क्या है | IN-TS
hyderabadi | कैकू पूछ रहा बोले तो कल क्विज़ है आंध्र प्रदेश की राजधानी कौन सी है | IN-AP
hyderabadi | बावा बोले कि किर्गिस्तान की राजधानी बिश्केक है सच्ची में | KG

# Bengali first language: "का राजधानी", "किया", "हामको", "दादा".
bengali-hindi | दादा {} का राजधानी किया है बोलिए ना | इंडोनेशिया=ID; थाईलैंड=TH; वियतनाम=VN
bengali-hindi | आमि जानना चाहता {} का राजधानी कौन है | कंबोडिया=KH; लाओस=LA; म्यांमार=MM
bengali-hindi | एलेक्सा हामको {} का राजधानी बोलो तो | पश्चिम बंगाल=IN-WB; त्रिपुरा=IN-TR; असम=IN-AS
bengali-hindi | आच्छा एलेक्सा बांग्लादेश का राजधानी ढाका है ना | BD
bengali-hindi | कोलकाता से बोल रहा है ओडिशा का राजधानी भुवनेश्वर है ना दादा | IN-OD
bengali-hindi | मेरा मेये पूछ रहा है मेघालय का राजधानी कौन सा | IN-ML

# Tamil first language.
tamil-hindi | एलेक्सा एन्ना {} का कैपिटल क्या है पा | सिंगापुर=SG; ब्रूनेई=BN; फ़िलिपींस=PH
tamil-hindi | हमारा हिंदी कम है {} का राजधानी बोलना | ऑस्ट्रेलिया=AU; न्यूज़ीलैंड=NZ; पापुआ न्यू गिनी=PG
tamil-hindi | चेन्नई से पूछता है कर्नाटक का राजधानी बेंगलुरु ना | IN-KA
tamil-hindi | सरि सरि केरल का राजधानी कौन सा बोलो | IN-KL
tamil-hindi | पुडुचेरी का राजधानी क्या है थोड़ा बताना | IN-PY
tamil-hindi | ओके वो मॉरीशस में तमिल लोग है उसका राजधानी क्या है | MU

# Punjabi first language.
punjabi-hindi | सत श्री अकाल एलेक्सा {} दी राजधानी दस्सो जी | कनाडा=CA; ब्रिटेन=GB; अमेरिका=US
punjabi-hindi | ओ पाजी {} की राजधानी कौन सी है ज़रा दस्सो | हंगरी=HU; ऑस्ट्रिया=AT; स्विट्ज़रलैंड=CH
punjabi-hindi | बाऊ जी पूछ रहे हैं {} की राजधानी का नाम | बेल्जियम=BE; डेनमार्क=DK; आयरलैंड=IE
punjabi-hindi | ओए हरियाणा दी राजधानी वी चंडीगढ़ ही है ना | IN-HR
punjabi-hindi | चलो जी हिमाचल दी राजधानी दस्स दो | IN-HP
punjabi-hindi | वीर जी न्यूज़ीलैंड दी राजधानी ऑकलैंड है कि वेलिंगटन | NZ
punjabi-hindi | साडा मुंडा टोरंटो गया है ओंटारियो दी राजधानी कौन सी है | CA-ON
punjabi-hindi | फ़ुटबॉल वर्ल्ड कप में क्रोएशिया देखा था पाजी उसकी राजधानी दस्सो | HR

# Marathi first language.
marathi-speaker | काय रे एलेक्सा {} की राजधानी कौन सी है बोल ना | पोलैंड=PL; चेक रिपब्लिक=CZ; स्लोवाकिया=SK
marathi-speaker | बघ ना एलेक्सा मेरे को {} की राजधानी पता करनी है | रोमानिया=RO; बुल्गारिया=BG; सर्बिया=RS
marathi-speaker | अहो सुनिए {} की राजधानी कौन सी है जरा बताइए | बोस्निया=BA; उत्तरी मकदूनिया=MK; कोसोवो=XK
marathi-speaker | जाने दो वो सब मुझे बस गोवा की राजधानी बताओ | IN-GA
marathi-speaker | पुणे से बात कर रही हूँ नागालैंड की राजधानी कोहिमा है ना | IN-NL
marathi-speaker | मेरे को ना एकदम टेंशन है मिज़ोरम की राजधानी क्या है | IN-MZ

# Shuddh Hindi.
shuddh-hindi | कृपया मुझे {} की राजधानी से अवगत कराएँ | यूक्रेन=UA; बेलारूस=BY; मॉल्डोवा=MD
shuddh-hindi | {} राष्ट्र की राजधानी कौन सा नगर है | आइसलैंड=IS; लक्ज़मबर्ग=LU; एंडोरा=AD
shuddh-hindi | मैं जानना चाहता हूँ कि {} की राजधानी कौन सी नगरी है | इथियोपिया=ET; सोमालिया=SO; जिबूती=DJ
shuddh-hindi | कृपया बताने का कष्ट करें कि अंगोला की राजधानी क्या है | AO
shuddh-hindi | नाइजीरिया देश की राजधानी का नाम ज्ञात कराइए | NG
shuddh-hindi | क्या आप बता सकती हैं कि घाना की राजधानी कौन सी है | GH
shuddh-hindi | माली गणराज्य की राजधानी के विषय में जानकारी दीजिए | ML
shuddh-hindi | भारतवर्ष की राजधानी कौन सी है | IN

# Hinglish: English words as hi-IN recognition writes them.
hinglish | एलेक्सा {} की कैपिटल सिटी कौन सी है | ब्राज़ील=BR; अर्जेंटीना=AR; मेक्सिको=MX
hinglish | {} कंट्री का कैपिटल क्या है यार | कोस्टारिका=CR; पनामा=PA; निकारागुआ=NI
hinglish | एलेक्सा आई वांट टू नो {} का कैपिटल | ग्वाटेमाला=GT; होंडूरास=HN; अल सल्वाडोर=SV
hinglish | सो बेसिकली मुझे जानना था कि कैमरून का कैपिटल क्या है | CM
hinglish | एलेक्सा क्विक क्वेश्चन गैबॉन की कैपिटल | GA
hinglish | कैन यू टेल मी नामीबिया का कैपिटल प्लीज़ | NA
hinglish | एक्चुअली मैं कन्फ़्यूज़ हूँ बोत्स्वाना की कैपिटल क्या है | BW
hinglish | सेंट किट्स एंड नेविस का कैपिटल क्या है ब्रो | KN

# Children doing homework.
homework | एलेक्सा मेरा होमवर्क है {} की राजधानी लिखनी है | ज़ाम्बिया=ZM; ज़िम्बाब्वे=ZW; मलावी=MW
homework | मैम ने वर्कशीट दी है उसमें {} की राजधानी पूछी है | मोज़ांबिक=MZ; मेडागास्कर=MG; तंज़ानिया=TZ
homework | पापा बिज़ी हैं तुम बताओ {} की राजधानी क्या है | जापान=JP; चीन=CN; रूस=RU
homework | चौथी क्लास की जीके की किताब में पूछा है फ़्रांस की राजधानी क्या है | FR
homework | एलेक्सा दीदी मुझे नहीं आता जर्मनी की राजधानी बता दो ना | DE
homework | कल सोशल साइंस का टेस्ट है कनाडा की राजधानी ओटावा है ना | CA
homework | मेरी मैडम बोलीं कि कल सबको तुर्की की राजधानी याद करके आना है वो क्या है | TR
homework | मैप में लेसोथो ढूँढना है उसकी राजधानी भी लिखनी है क्या है वो | LS
homework | डोमिनिका और डोमिनिकन रिपब्लिक अलग हैं ना डोमिनिका की राजधानी बताओ | DM

# UPSC, SSC, state PCS and bank-exam aspirants.
exam-prep | यूपीएससी प्रीलिम्स के लिए पूछ रहा हूँ {} की राजधानी क्या है | इरिट्रिया=ER; दक्षिण सूडान=SS; चाड=TD
exam-prep | एसएससी में आया था {} की राजधानी कौन सी है | नाइजर=NE; बुर्किना फ़ासो=BF; मॉरिटानिया=MR
exam-prep | करेंट अफ़ेयर्स में {} का नाम आया है उसकी राजधानी क्या है | गिनी=GN; सिएरा लियोन=SL; लाइबेरिया=LR
exam-prep | मैप वर्क कर रहा हूँ टोगो की राजधानी क्या है | TG
exam-prep | स्टेट पीसीएस के लिए जानना है कि उत्तराखंड की ग्रीष्मकालीन राजधानी कौन सी है | IN-UK
exam-prep | रिवीज़न करा दो एलेक्सा कोमोरोस की राजधानी बताओ | KM
exam-prep | भारत के पड़ोसी देशों में से भूटान की राजधानी क्या है | BT
exam-prep | बैंक पीओ की तैयारी है किरिबाती की राजधानी क्या है | KI
exam-prep | सीडीएस की तैयारी कर रहा हूँ बेलीज़ की राजधानी क्या है | BZ

# Quiz players.
quiz-night | क्विज़ चल रहा है जल्दी {} की राजधानी | तुवालू=TV; नाउरु=NR; पलाऊ=PW
quiz-night | लाइफ़लाइन ले रहा हूँ एलेक्सा {} की राजधानी बताओ | समोआ=WS; टोंगा=TO; वनुआतू=VU
quiz-night | अगला सवाल है {} की राजधानी क्या है | सोलोमन द्वीपसमूह=SB; मार्शल द्वीपसमूह=MH; माइक्रोनेशिया=FM
quiz-night | बज़र राउंड है तिमोर लेस्ते की राजधानी | TL
quiz-night | फ़ाइनल राउंड का सवाल सेंट लूसिया की राजधानी कौन सी है | LC
quiz-night | टीम ए वाले कह रहे हैं ग्रेनाडा की राजधानी सेंट जॉर्जेस है सही है क्या | GD
quiz-night | क्विज़ में बोनस सवाल आया एंटिगुआ और बरबुडा की राजधानी कौन सी है | AG
quiz-night | रैपिड फ़ायर सेंट विंसेंट एंड द ग्रेनाडाइंस की राजधानी | VC

# Elders.
elder | बेटा एलेक्सा ज़रा बताना {} की राजधानी कौन सी है | पोलैंड=PL; पुर्तगाल=PT; यूनान=GR
elder | हमारे ज़माने में {} की राजधानी कुछ और थी अब कौन सी है | नाइजीरिया=NG; कज़ाखस्तान=KZ; म्यांमार=MM
elder | ए बिटिया {} की राजधानी बतइयो | इंग्लैंड=GB-ENG; स्कॉटलैंड=GB-SCT; वेल्स=GB-WLS
elder | हमारा पोता अमेरिका में है वहाँ की राजधानी कौन सी है | US
elder | आँखें कमज़ोर हैं अख़बार नहीं पढ़ पाता बता दो इंडोनेशिया की राजधानी | ID
elder | भगवान भला करे बेटा वियतनाम की राजधानी हनोई ही है ना | VN
elder | अरे हमें तो बस इतना बता दो कि नेपाल की राजधानी कौन सी है | NP
elder | बेटा हिंदुस्तान की राजधानी तो दिल्ली है ना नई दिल्ली या पुरानी | IN

# Travellers.
traveller | अगले हफ़्ते {} जा रहे हैं वहाँ की राजधानी कौन सी है | अज़रबैजान=AZ; आर्मेनिया=AM; उज़्बेकिस्तान=UZ
traveller | {} घूमने का प्लान है पहले राजधानी देखेंगे वो कौन सी है | केन्या=KE; तंज़ानिया=TZ; मोरक्को=MA
traveller | एयरपोर्ट पे बैठा हूँ {} की राजधानी क्या है | स्लोवेनिया=SI; मोंटेनेग्रो=ME; अल्बानिया=AL
traveller | हनीमून के लिए मालदीव जा रहे हैं उसकी राजधानी माले है ना | MV
traveller | बैकपैकिंग ट्रिप पे हूँ इक्वाडोर की राजधानी कौन सी है | EC
traveller | ट्रांज़िट इथियोपिया में है अदीस अबाबा वहाँ की राजधानी है क्या | ET
traveller | क्रूज़ बहामास रुकेगा बहामास की राजधानी कौन सी है | BS
traveller | केप वर्ड के द्वीपों पर जाना है राजधानी कौन सी है वहाँ की | CV

# People driving.
driving | गाड़ी चला रहा हूँ जल्दी बोलो {} की राजधानी | ओडिशा=IN-OD; झारखंड=IN-JH; बिहार=IN-BR
driving | एलेक्सा ड्राइव कर रही हूँ फ़ोन नहीं देख सकती {} की राजधानी बताओ | डेनमार्क=DK; आइसलैंड=IS; बेल्जियम=BE
driving | हाईवे पे हूँ सिग्नल नहीं है बस इतना बताओ राजस्थान की राजधानी | IN-RJ
driving | ट्रक चलाते चलाते पूछ रहा हूँ हरियाणा की राजधानी कौन सी है | IN-HR
driving | कार में बच्चे पूछ रहे हैं सिक्किम की राजधानी क्या है | IN-SK
driving | कैब में बैठी हूँ ड्राइवर भैया पूछ रहे हैं अरुणाचल की राजधानी क्या है | IN-AR
driving | स्टीयरिंग पे हाथ है एलेक्सा तुम ही बताओ लद्दाख की राजधानी | IN-LA

# A news item in mind.
news-item | अभी न्यूज़ में {} का नाम सुना उसकी राजधानी कौन सी है | हैती=HT; सूडान=SD; यमन=YE
news-item | टीवी पर दिखा रहे हैं {} में चुनाव हो रहे हैं वहाँ की राजधानी क्या है | वेनेज़ुएला=VE; बेलारूस=BY; मॉल्डोवा=MD
news-item | अख़बार में पढ़ा कि {} में भूकंप आया उसकी राजधानी बताओ | तुर्की=TR; ताइवान=TW; पापुआ न्यू गिनी=PG
news-item | ख़बर आई है कि इंडोनेशिया अपनी राजधानी बदल रहा है तो अभी राजधानी कौन सी है | ID
news-item | न्यूज़ वाले फ़िलिस्तीन के बारे में बता रहे थे वहाँ की राजधानी क्या है | PS
news-item | इज़राइल ईरान वाली ख़बर चल रही है ईरान की राजधानी तेहरान है ना | IR
news-item | मध्य अफ़्रीकी गणराज्य में शांति सेना भेजी गई है वहाँ की राजधानी कौन सी है | CF

# Fillers.
filler-words | अम्म एलेक्सा वो {} की ना राजधानी कौन सी है | लिचेंस्टीन=LI; सैन मेरीनो=SM; मोनाको=MC
filler-words | हाँ तो मतलब {} की जो राजधानी है वो क्या है | मॉरिटानिया=MR; गाम्बिया=GM; गिनी बिसाऊ=GW
filler-words | एलेक्सा वो क्या कहते हैं {} उसकी राजधानी | कैमरून=CM; गैबॉन=GA; इक्वेटोरियल गिनी=GQ
filler-words | हम्म एक सेकंड हाँ बताओ ब्राज़ील की ना राजधानी क्या है | BR
filler-words | देखो ऐसा है ना कि मुझे वो वो ट्यूनीशिया की राजधानी चाहिए | TN
filler-words | अच्छा सुनो ना वैसे एक बात बताओ रवांडा की राजधानी क्या है | RW
filler-words | उम्म ऐसा करो ना तुम चिली की राजधानी बताओ बस | CL

# Recognition without the nukta, or with one where none belongs.
asr-nukta | एलेक्सा जरा {} की राजधानी बताना | जिम्बाब्वे=ZW; अजरबैजान=AZ; कजाखस्तान=KZ
asr-nukta | {} की राजधानी कौन सी जगह है | फिलीपींस=PH; फिजी=FJ; फिनलैंड=FI
asr-nukta | मुझे {} की राजधानी का नाम बताओ | तंजानिया=TZ; मोजाम्बिक=MZ; जाम्बिया=ZM
asr-nukta | वेनेजुएला की राजधानी बताइए जरा | VE
asr-nukta | इजराइल की राजधानी कौन सा शहर हे | IL
asr-nukta | ज़ापान की राजधानी क्या है | JP
asr-nukta | क़ेन्या की राजधानी बताओ | KE
asr-nukta | ग़ाना की राजधानी कौन सी है | GH
asr-nukta | कतर की राजधानी दोहा है क्या | QA
asr-nukta | अफगानिस्तान का राजधानी काबुल है ना | AF

# Chandrabindu, anusvara and the nasal consonant written either way.
asr-nasal | मैं जानना चाहती हूं {} की राजधानी कहां है | अंगोला=AO; युगाण्डा=UG; रवाण्डा=RW
asr-nasal | हमें {} की राजधानी बताएं | इण्डोनेशिया=ID; कम्बोडिया=KH; मँगोलिया=MN
asr-nasal | इंग्लैण्ड की राजधानी बताइये | GB-ENG
asr-nasal | आस्ट्रेलिया की राजधानी कौनसी हैं | AU
asr-nasal | हॉंडुरास की राजधानी बताओ | HN
asr-nasal | बांगलादेश की राजधानी कहाँ हैं | BD
asr-nasal | कोलम्बिया की राजधानी क्या हैं | CO
asr-nasal | अर्जेण्टीना की राजधानी बताओ ना | AR

# Words split in two or run together.
asr-split-join | {} की राजधानी क्या है बताओ | अज़र बैजान=AZ; किर गिस्तान=KG; ताजि किस्तान=TJ
asr-split-join | एलेक्सा {} कि राजधानी | मेडा गास्कर=MG; मॉरी शस=MU; सिंगा पुर=SG
asr-split-join | {}की राजधानी कौन सी है | जापान=JP; स्वीडन=SE; ब्राज़ील=BR
asr-split-join | न्यूज़ी लैंड की राजधानी कौन सा शहर है | NZ
asr-split-join | दक्षिणअफ़्रीका की राजधानी बताओ | ZA
asr-split-join | सऊदीअरब की राजधानी क्या है | SA
asr-split-join | उज़्बेकिस्तान कीराजधानी क्या है | UZ
asr-split-join | स्विट्ज़र लैंड की राजधानी ज़्यूरिख है क्या | CH
asr-split-join | पापुआ न्यूगिनी की राजधानी बताना | PG
asr-split-join | बोस निया की राजधानी क्या है | BA
asr-split-join | एलेक्सा अफ़गा निस्तान की राजधानी बताओ | AF

# Several countries in one question: all their ids.
two-places | भारत और पाकिस्तान की राजधानी बताओ | IN+PK
two-places | नॉर्वे स्वीडन और डेनमार्क तीनों की राजधानियाँ बताओ | DK+NO+SE
two-places | स्पेन और पुर्तगाल की राजधानियाँ क्या हैं | ES+PT
two-places | चीन और जापान दोनों की राजधानी बता दो | CN+JP
two-places | उत्तर और दक्षिण कोरिया की राजधानी | KP+KR
two-places | ईरान इराक दोनों की राजधानियाँ एक साथ बताओ | IQ+IR

# Checks: is X the capital of Y (expects Y).
yes-no-check | क्या तुर्की की राजधानी इस्तांबुल है | TR
yes-no-check | सिडनी ऑस्ट्रेलिया की राजधानी है ना | AU
yes-no-check | मुंबई भारत की राजधानी है क्या | IN
yes-no-check | कराची पाकिस्तान की राजधानी है या इस्लामाबाद | PK
yes-no-check | क्या रियो ब्राज़ील की राजधानी है | BR
yes-no-check | टोरंटो कनाडा की राजधानी है ना | CA
yes-no-check | लागोस ही नाइजीरिया की राजधानी है न | NG
yes-no-check | सच में कैसाब्लांका मोरक्को की राजधानी नहीं है | MA
yes-no-check | हो ची मिन्ह सिटी वियतनाम की राजधानी है क्या | VN
yes-no-check | दार एस सलाम अभी भी तंज़ानिया की राजधानी है क्या | TZ
yes-no-check | अल्माटी कज़ाखस्तान की राजधानी है ना | KZ
yes-no-check | यांगून म्यांमार की राजधानी है या नहीं | MM
yes-no-check | क्या न्यूयॉर्क अमेरिका की राजधानी है | US
yes-no-check | बताओ तो क्या जिनेवा स्विट्ज़रलैंड की राजधानी है | CH
yes-no-check | देहरादून उत्तराखंड की राजधानी है या नहीं | IN-UK
yes-no-check | क्या लॉस एंजेलिस कैलिफ़ोर्निया की राजधानी है | US-CA
yes-no-check | सेंट पीटर्सबर्ग रूस की राजधानी है क्या | RU
yes-no-check | क्या अबू धाबी ही यूएई की राजधानी है दुबई नहीं | AE
yes-no-check | जेद्दा सऊदी अरब की राजधानी है ना | SA
yes-no-check | मेलबर्न ऑस्ट्रेलिया की कैपिटल है क्या | AU
yes-no-check | क्या क्योटो अब भी जापान की राजधानी है | JP
yes-no-check | कोच्चि केरल की राजधानी है ना | IN-KL
yes-no-check | इंदौर मध्य प्रदेश की राजधानी है क्या | IN-MP

# Self-corrections: the place said last.
self-correction | एलेक्सा ऑस्ट्रिया की नहीं नहीं ऑस्ट्रेलिया की राजधानी बताओ | AU
self-correction | स्लोवाकिया की सॉरी स्लोवेनिया की राजधानी क्या है | SI
self-correction | नाइजर की राजधानी अरे नहीं नाइजीरिया की | NG
self-correction | गिनी की मतलब इक्वेटोरियल गिनी की राजधानी बताओ | GQ
self-correction | ईरान ओह सॉरी इराक की राजधानी क्या है | IQ
self-correction | मॉरिटानिया की नहीं यार मॉरीशस की राजधानी | MU
self-correction | लातविया मतलब लिथुआनिया की राजधानी बता दो | LT
self-correction | स्वीडन की नहीं स्विट्ज़रलैंड की राजधानी | CH
self-correction | गलती से बोल दिया डोमिनिका की जगह डोमिनिकन रिपब्लिक की राजधानी बताओ | DO
self-correction | मेरा मतलब ये था कि आर्मेनिया नहीं अल्बानिया की राजधानी | AL
self-correction | पंजाब की उफ़्फ़ मेरा मतलब हरियाणा की राजधानी | IN-HR
self-correction | अमेरिका की नहीं मेक्सिको की राजधानी बताओ | MX
self-correction | कैमरून उह्ह कोमोरोस की राजधानी क्या है | KM
self-correction | तंज़ानिया की रुको एक मिनट ज़ाम्बिया की राजधानी क्या है | ZM

# Follow-ups: a second turn.
follow-up | ठीक है अब {} का भी बता दो | लाओस=LA; कंबोडिया=KH; थाईलैंड=TH
follow-up | अच्छा और पड़ोस वाले {} की क्या है | अर्जेंटीना=AR; उरुग्वे=UY; पराग्वे=PY
follow-up | बढ़िया अब {} वाली बताओ | सेशेल्स=SC; मॉरीशस=MU; कोमोरोस=KM
follow-up | सेम सवाल {} के लिए | लाइबेरिया=LR; सिएरा लियोन=SL; घाना=GH
follow-up | और फिर नेपाल का क्या | NP
follow-up | एक और बताओ केन्या की | KE
follow-up | उसके बाद वाली मतलब जिबूती की | DJ
follow-up | ओके अब अगला देश बुरुंडी | BI
follow-up | तो फिर जमैका की राजधानी भी बता दो | JM

# Reverse questions: which place has this capital.
reverse-question | {} शहर किस मुल्क की राजधानी कहलाता है | ताशकंद=CITY:ताशकंद; नैरोबी=CITY:नैरोबी; लीमा=CITY:लीमा
reverse-question | ये {} कहाँ की राजधानी है | ओस्लो=CITY:ओस्लो; हेलसिंकी=CITY:हेलसिंकी; रेक्याविक=CITY:रेक्याविक
reverse-question | {} जिस देश की राजधानी है उस देश का नाम बताओ | अदीस अबाबा=CITY:अदीस अबाबा; कंपाला=CITY:कंपाला; हरारे=CITY:हरारे
reverse-question | कैनबरा कौन से देश की राजधानी है | CITY:कैनबरा
reverse-question | विंडहोक किस देश की कैपिटल है | CITY:विंडहोक
reverse-question | भोपाल किस राज्य की राजधानी है | CITY:भोपाल
reverse-question | दिसपुर किस स्टेट की राजधानी है | CITY:दिसपुर
reverse-question | अगरतला किस प्रदेश की राजधानी है | CITY:अगरतला
reverse-question | थिम्फू किस देश की राजधानी है | BT
reverse-question | कोई बता सकता है कि बाकू किसकी राजधानी है | AZ
reverse-question | मनामा नाम सुना है ये किस देश की राजधानी है | CITY:मनामा
reverse-question | चंडीगढ़ किस किस की राजधानी है | CITY:चंडीगढ़
reverse-question | लुसाका किस मुल्क की कैपिटल है | CITY:लुसाका

# Official names.
official-name | भारत गणराज्य की राजधानी क्या है | IN
official-name | इस्लामी गणराज्य पाकिस्तान की राजधानी बताइए | PK
official-name | संघीय लोकतांत्रिक गणराज्य नेपाल की राजधानी क्या है | NP
official-name | यूनाइटेड स्टेट्स ऑफ़ अमेरिका की कैपिटल कौन सी है | US
official-name | कोरिया गणराज्य की राजधानी का नाम | KR
official-name | कोरिया लोकतांत्रिक जनवादी गणराज्य की राजधानी कौन सी है | KP
official-name | कांगो लोकतांत्रिक गणराज्य की राजधानी बताओ | CD
official-name | कांगो गणराज्य की राजधानी क्या है | CG
official-name | रशियन फ़ेडरेशन की राजधानी बताइए | RU
official-name | किंगडम ऑफ़ सऊदी अरेबिया की राजधानी | SA
official-name | बोलिवेरियन गणराज्य वेनेज़ुएला की राजधानी कौन सी है | VE
official-name | हेलेनिक गणराज्य की राजधानी बताइए | GR
official-name | संयुक्त मैक्सिकन राज्य की राजधानी क्या है | MX
official-name | ऑस्ट्रेलियाई राष्ट्रमंडल की राजधानी कौन सी है | AU
official-name | स्विस परिसंघ की राजधानी बताओ | CH
official-name | हाशमी साम्राज्य जॉर्डन की राजधानी क्या है | JO
official-name | संघीय गणराज्य नाइजीरिया की राजधानी | NG
official-name | पीपल्स रिपब्लिक ऑफ़ बांग्लादेश की राजधानी क्या है | BD
official-name | बहुराष्ट्रीय राज्य बोलीविया की राजधानी कौन सी है | BO
official-name | संयुक्त गणराज्य तंज़ानिया की राजधानी बताओ | TZ
official-name | इथियोपिया संघीय लोकतांत्रिक गणराज्य की राजधानी | ET
official-name | फ़िलिपींस गणराज्य की राजधानी बताइए | PH
official-name | भूटान अधिराज्य की राजधानी क्या है | BT
official-name | चेक गणराज्य की राजधानी कौन सी है | CZ

# Everyday, old and short names.
everyday-name | हॉलैंड की राजधानी बताना | NL
everyday-name | बर्मा की राजधानी कौन सी है अब | MM
everyday-name | अमरीका की राजधानी क्या है | US
everyday-name | विलायत की राजधानी लंदन ही है ना | GB
everyday-name | चाइना की कैपिटल | CN
everyday-name | रशिया की राजधानी कौन सी है भाई | RU
everyday-name | इजिप्ट का कैपिटल बताओ | EG
everyday-name | ईस्ट तिमोर की राजधानी क्या है | TL
everyday-name | आइवरी कोस्ट की राजधानी बताओ | CI
everyday-name | फ़ारस देश की राजधानी कौन सी है | IR
everyday-name | टर्की की कैपिटल बताओ | TR
everyday-name | स्वाज़ीलैंड की राजधानी क्या है | SZ
everyday-name | ज़ायर की राजधानी क्या हुआ करती थी | CD
everyday-name | रोडेशिया की राजधानी कौन सी है | ZW
everyday-name | यूपी की राजधानी लखनऊ है ना | IN-UP
everyday-name | एमपी की कैपिटल बताओ | IN-MP
everyday-name | उड़ीसा की राजधानी कौन सी है | IN-OD
everyday-name | पांडिचेरी की राजधानी बताओ | IN-PY
everyday-name | यूके की राजधानी क्या है | GB
everyday-name | अमीरात की राजधानी कौन सी है | AE
everyday-name | कंपूचिया की राजधानी बताओ | KH
everyday-name | स्याम देश की राजधानी कौन सी है | TH
everyday-name | बंगाल की राजधानी कोलकाता है ना | IN-WB
everyday-name | इंगलैंड की कैपिटल बताओ | GB-ENG
everyday-name | हिमाचल की कैपिटल शिमला है ना | IN-HP

# Names several places share.
shared-name | कोरिया की राजधानी कौन सी है | KP+KR
shared-name | एलेक्सा कोरिया देश की कैपिटल बताओ | KP+KR
shared-name | कोरिया की कैपिटल सिटी बताओ ना | KP+KR
shared-name | कांगो की राजधानी क्या है बताइए | CD+CG
shared-name | कांगो देश की राजधानी का नाम | CD+CG
shared-name | अफ़्रीका वाले कांगो की राजधानी | CD+CG
shared-name | जॉर्जिया की राजधानी बताओ | GE+US-GA
shared-name | जॉर्जिया का कैपिटल क्या है | GE+US-GA
shared-name | वर्जिन आइलैंड्स की राजधानी | VG+VI
shared-name | वर्जिन द्वीपसमूह की राजधानी कौन सी है | VG+VI
shared-name | कोरिया का दारुल हुकूमत बताओ | KP+KR
shared-name | जॉर्जिया नाम की जगह की राजधानी बताओ | GE+US-GA

# Several capitals, asked in the plural.
plural-capitals | {} की राजधानियाँ कौन कौन सी हैं | दक्षिण अफ़्रीका=ZA; बोलीविया=BO; नीदरलैंड=NL
plural-capitals | {} की दोनों राजधानियों के नाम बताओ | मलेशिया=MY; श्रीलंका=LK; बेनिन=BJ
plural-capitals | सुना है {} की एक से ज़्यादा राजधानी हैं कौन सी हैं | कोत दिवुआर=CI; एस्वाटिनी=SZ; फ़िलिस्तीन=PS
plural-capitals | दक्षिण अफ़्रीका की तीनों राजधानियाँ बताओ | ZA
plural-capitals | साउथ अफ़्रीका के तीन कैपिटल कौन से हैं | ZA
plural-capitals | बोलीविया की दो राजधानी हैं ना कौन सी | BO
plural-capitals | बोलीविया की संवैधानिक और प्रशासनिक राजधानी बताइए | BO
plural-capitals | हॉलैंड की दो कैपिटल हैं क्या नाम हैं | NL
plural-capitals | नीदरलैंड्स में राजधानी एम्स्टर्डम है पर सरकार हेग में बैठती है ना दोनों बताओ | NL
plural-capitals | मलेशिया की राजधानियां बताओ | MY
plural-capitals | मलेशिया में कुआलालंपुर और पुत्रजया दोनों राजधानी हैं क्या | MY
plural-capitals | श्रीलंका की दो राजधानियाँ कौन सी हैं | LK
plural-capitals | लंका की सारी राजधानियां बता दो | LK
plural-capitals | बेनिन की दोनों कैपिटल बताओ | BJ
plural-capitals | बेनिन की राजधानी पोर्टो नोवो है और दूसरी कौन सी है | BJ
plural-capitals | आइवरी कोस्ट की दो राजधानी के नाम | CI
plural-capitals | कोट डी आइवर की राजधानियाँ क्या क्या हैं | CI
plural-capitals | स्वाज़ीलैंड की दो राजधानियाँ बताओ | SZ
plural-capitals | एस्वातिनी की शाही और प्रशासनिक राजधानी कौन सी हैं | SZ
plural-capitals | फ़लस्तीन की दोनों राजधानियाँ कौन सी मानी जाती हैं | PS
plural-capitals | जम्मू कश्मीर की दोनों राजधानियाँ बताओ गर्मी और सर्दी वाली | IN-JK
plural-capitals | उत्तराखंड की दोनों राजधानियाँ कौन सी हैं | IN-UK
plural-capitals | मोंटसेरात की दोनों राजधानियाँ बताओ | MS
plural-capitals | श्रीलंका में कोलंबो के अलावा और कौन सी राजधानी है दोनों बताओ | LK
plural-capitals | उत्तराखंड की दो राजधानी देहरादून और गैरसैंण हैं ना | IN-UK
plural-capitals | दक्षिण अफ़्रीका में कितनी राजधानियाँ हैं नाम के साथ बताओ | ZA

# States, provinces, Länder, union territories.
subdivision | {} राज्य की राजधानी कौन सी है | तमिलनाडु=IN-TN; तेलंगाना=IN-TS; त्रिपुरा=IN-TR
subdivision | अमेरिका के {} स्टेट की कैपिटल क्या है | कैलिफ़ोर्निया=US-CA; फ़्लोरिडा=US-FL; न्यूयॉर्क=US-NY
subdivision | कनाडा के {} प्रांत की राजधानी बताओ | ब्रिटिश कोलंबिया=CA-BC; क्यूबेक=CA-QC; अल्बर्टा=CA-AB
subdivision | ऑस्ट्रेलिया में {} की राजधानी कौन सी है | विक्टोरिया=AU-VIC; तस्मानिया=AU-TAS; न्यू साउथ वेल्स=AU-NSW
subdivision | जर्मनी के {} राज्य की राजधानी | बवेरिया=DE-BY; सैक्सनी=DE-SN; हेस्से=DE-HE
subdivision | मेक्सिको का {} राज्य उसकी राजधानी क्या है | युकातान=MX-YUC; हालिस्को=MX-JAL; ओआहाका=MX-OAX
subdivision | ब्राज़ील के {} राज्य की राजधानी कौन सी है | बाहिया=BR-BA; अमेज़ोनास=BR-AM; साओ पाउलो=BR-SP
subdivision | टेक्सास स्टेट की कैपिटल ऑस्टिन है क्या | US-TX
subdivision | वॉशिंगटन स्टेट की राजधानी सिएटल है क्या | US-WA
subdivision | इलिनॉय की राजधानी शिकागो नहीं है तो क्या है | US-IL
subdivision | नागालैंड की राजधानी बताओ ज़रा | IN-NL
subdivision | हिमाचल प्रदेश की शीतकालीन राजधानी कौन सी है | IN-HP
subdivision | मणिपुर की राजधानी क्या है | IN-MN
subdivision | अंडमान निकोबार की राजधानी पोर्ट ब्लेयर का नया नाम क्या है | IN-AN
subdivision | लक्षद्वीप की राजधानी कौन सी है | IN-LD
subdivision | दादरा नगर हवेली और दमन दीव की राजधानी बताओ | IN-DH
subdivision | उत्तरी आयरलैंड की राजधानी बेलफ़ास्ट है न | GB-NIR
subdivision | पश्चिमी ऑस्ट्रेलिया की कैपिटल कौन सी है | AU-WA
subdivision | नुनावुत की राजधानी का नाम | CA-NU
subdivision | हवाई स्टेट की राजधानी होनोलुलु है क्या | US-HI
subdivision | अलास्का की राजधानी क्या है | US-AK
subdivision | मैसाचुसेट्स की कैपिटल बोस्टन है ना | US-MA
subdivision | ओक्लाहोमा की राजधानी बताओ | US-OK
subdivision | नेब्रास्का स्टेट की कैपिटल क्या है | US-NE
subdivision | सस्केचेवान की राजधानी | CA-SK
subdivision | नॉर्थ राइन वेस्टफ़ेलिया की राजधानी कौन सी है | DE-NW
subdivision | मिनास जेरैस की राजधानी | BR-MG
subdivision | बाहा कैलिफ़ोर्निया की राजधानी बताओ | MX-BCN

# Territories and other places that are not countries.
territory | {} की राजधानी कौन सी है वो तो देश नहीं है ना | ग्रीनलैंड=GL; बरमूडा=BM; गुआम=GU
territory | {} द्वीप की राजधानी बताओ | क्रिसमस=CX; नॉरफ़ॉक=NF
territory | फ़्रांस के {} की राजधानी क्या है | रियूनियन=RE; मार्टीनिक=MQ; ग्वाडेलूप=GP
territory | न्यू कैलेडोनिया की राजधानी कौन सी है | NC
territory | फ़्रेंच पोलिनेशिया की कैपिटल ताहिती में है ना कौन सी | PF
territory | जिब्राल्टर की राजधानी क्या है | GI
territory | आइल ऑफ़ मैन की राजधानी बताओ | IM
territory | केमैन आइलैंड्स की राजधानी कौन सी है | KY
territory | पोर्टो रिको की राजधानी सैन हुआन है क्या | PR
territory | फ़ेरो आइलैंड्स की राजधानी बताना | FO
territory | सेंट हेलेना जहाँ नेपोलियन था उसकी राजधानी क्या है | SH
territory | कुक आइलैंड्स की कैपिटल बताओ | CK
territory | पश्चिमी सहारा की राजधानी कौन सी है | EH
territory | अरूबा की राजधानी बताओ | AW
territory | गर्नसी की राजधानी क्या है | GG
territory | एलैंड आइलैंड्स की राजधानी क्या है | AX
territory | सेंट पिएरे और मिक्वेलान की राजधानी | PM
territory | टर्क्स एंड कैकोस की राजधानी कौन सी है | TC
territory | मायोते की राजधानी बताओ | YT

# Not capital questions.
out-of-domain | जापान की करेंसी क्या है | FB
out-of-domain | रूस की आबादी कितनी है | FB
out-of-domain | फ़्रांस में अभी क्या टाइम हुआ है | FB
out-of-domain | ब्राज़ील का राष्ट्रीय खेल कौन सा है | FB
out-of-domain | मिस्र में कौन सी भाषा बोलते हैं | FB
out-of-domain | अमेरिका का राष्ट्रपति कौन है | FB
out-of-domain | कनाडा का झंडा कैसा दिखता है | FB
out-of-domain | सऊदी अरब का वीज़ा कितने दिन में बनता है | FB
out-of-domain | दिल्ली से लंदन की फ़्लाइट कितने घंटे की है | FB
out-of-domain | दुनिया का सबसे छोटा देश कौन सा है | FB
out-of-domain | एवरेस्ट की ऊँचाई कितनी है | FB
out-of-domain | मंगल ग्रह पर पानी है क्या | FB
out-of-domain | सौरमंडल में कितने ग्रह हैं | FB
out-of-domain | आज दिल्ली का मौसम कैसा रहेगा | FB
out-of-domain | किशोर कुमार के गाने बजाओ | FB
out-of-domain | दस मिनट का टाइमर लगा दो | FB
out-of-domain | एक चुटकुला सुनाओ | FB
out-of-domain | शेयर मार्केट में कैपिटल गेन टैक्स कितना लगता है | FB
out-of-domain | वर्किंग कैपिटल का मतलब क्या होता है | FB
out-of-domain | कैपिटल लेटर में नाम कैसे लिखते हैं | FB
out-of-domain | राजधानी एक्सप्रेस किस प्लेटफ़ॉर्म पर आएगी | FB
out-of-domain | धंधा शुरू करने के लिए पूंजी कहाँ से लाऊँ | FB
out-of-domain | भारत की राजधानी कलकत्ता से दिल्ली कब शिफ़्ट हुई | FB
out-of-domain | दुनिया की सबसे ऊँची राजधानी कौन सी है | FB
out-of-domain | कितने देशों की राजधानी का नाम देश जैसा ही है | FB
out-of-domain | टोक्यो की आबादी कितनी है | FB
out-of-domain | पेरिस में एफ़िल टावर की टिकट कितने की है | FB
out-of-domain | चीन की दीवार कितनी लंबी है | FB
out-of-domain | भारत और पाकिस्तान का मैच कब है | FB
out-of-domain | नेपाल जाने के लिए पासपोर्ट चाहिए क्या | FB
out-of-domain | ऑस्ट्रेलिया में अभी कौन सा मौसम चल रहा है | FB
out-of-domain | गूगल मैप पे रास्ता दिखाओ | FB
out-of-domain | मम्मी को फ़ोन लगाओ | FB
out-of-domain | तुम्हारी उम्र कितनी है एलेक्सा | FB
out-of-domain | तुम्हें किसने बनाया | FB
out-of-domain | गुड मॉर्निंग एलेक्सा | FB
out-of-domain | लाइट बंद कर दो | FB
out-of-domain | हनुमान चालीसा सुनाओ | FB
out-of-domain | आज कौन सी तिथि है | FB
out-of-domain | एक डॉलर में कितने रुपये होते हैं | FB
out-of-domain | चाँद पृथ्वी से कितनी दूर है | FB
out-of-domain | शनि ग्रह के कितने चाँद हैं | FB
out-of-domain | बृहस्पति सबसे बड़ा ग्रह है क्या | FB
out-of-domain | लखनऊ में घूमने की जगहें बताओ | FB
out-of-domain | जयपुर को पिंक सिटी क्यों कहते हैं | FB
out-of-domain | हैदराबादी बिरयानी की रेसिपी बताओ | FB
out-of-domain | मुंबई में आज बारिश होगी क्या | FB
out-of-domain | यूपीएससी का सिलेबस बताओ | FB
out-of-domain | एसएससी का रिज़ल्ट कब आएगा | FB
out-of-domain | अफ़्रीका में कितने देश हैं | FB
out-of-domain | सबसे बड़ा महाद्वीप कौन सा है | FB
out-of-domain | दुनिया में कुल कितने देश हैं | FB
out-of-domain | पटना से रांची कितनी दूर है | FB
out-of-domain | आगे पेट्रोल पंप कहाँ है | FB
out-of-domain | राजधानी में आज ट्रैफ़िक कैसा है | FB
out-of-domain | जर्मनी में पढ़ाई का खर्चा कितना है | FB
out-of-domain | कोलकाता पहले भारत की राजधानी थी ना वहाँ क्या क्या देखें | FB
out-of-domain | दुबई में सोने का भाव क्या है | FB
out-of-domain | बच्चों के लिए कोई कहानी सुनाओ | FB
out-of-domain | मेरा होमवर्क तुम कर दो | FB
out-of-domain | कौन बनेगा करोड़पति कब आता है | FB
out-of-domain | इटली का पिज़्ज़ा कैसे बनता है | FB
out-of-domain | स्विट्ज़रलैंड में बर्फ़ कब गिरती है | FB
out-of-domain | ग्रीनलैंड पर किसका राज है | FB
out-of-domain | श्रीलंका जाने के लिए वीज़ा ऑन अराइवल मिलता है क्या | FB
out-of-domain | थाईलैंड में एक रुपये के कितने बाट मिलते हैं | FB
out-of-domain | कनाडा में पीआर कैसे मिलती है | FB
out-of-domain | भूटान का राजा कौन है | FB
out-of-domain | नेपाल में कौन सा धर्म ज़्यादा है | FB
out-of-domain | जापान में अभी कितने बजे हैं | FB
out-of-domain | अमेरिका की आज़ादी कब हुई थी | FB
out-of-domain | ऑस्ट्रेलिया की क्रिकेट टीम का कप्तान कौन है | FB
out-of-domain | दक्षिण अफ़्रीका में गांधी जी कितने साल रहे | FB
out-of-domain | मालदीव में कितने द्वीप हैं | FB
out-of-domain | इंग्लैंड की रानी का नाम क्या था | FB
out-of-domain | भारत का राष्ट्रीय पशु कौन सा है | FB
out-of-domain | मध्य प्रदेश का सबसे बड़ा शहर कौन सा है | FB
out-of-domain | बिहार के मुख्यमंत्री कौन हैं | FB
out-of-domain | राजस्थान में कितने ज़िले हैं | FB
out-of-domain | हैदराबाद में चारमीनार किसने बनवाया | FB
out-of-domain | मुंबई लोकल का टाइम टेबल बताओ | FB
out-of-domain | राजधानी का टिकट कैसे बुक करें | FB
out-of-domain | बिज़नेस में अपना कैपिटल कैसे बढ़ाएँ | FB
out-of-domain | इंग्लिश में कैपिटल आई कब लगाते हैं | FB
out-of-domain | नेप्च्यून ग्रह कितना ठंडा है | FB
out-of-domain | प्लूटो अब ग्रह क्यों नहीं है | FB
out-of-domain | सूरज कितना बड़ा है | FB
out-of-domain | एलेक्सा तुम शादी करोगी मुझसे | FB
out-of-domain | आज का पंचांग बताओ | FB
out-of-domain | कल सुबह छह बजे का अलार्म लगा दो | FB
out-of-domain | अरिजीत सिंह का गाना चलाओ | FB
out-of-domain | गाड़ी का टायर प्रेशर कितना होना चाहिए | FB
out-of-domain | सबसे नज़दीकी ढाबा कौन सा है | FB
out-of-domain | दादी के लिए भजन लगा दो | FB

# Help.
help | ये स्किल क्या क्या कर सकती है | HELP
help | एलेक्सा मदद करो मुझे समझ नहीं आ रहा क्या बोलूँ | HELP
help | इसे कैसे इस्तेमाल करते हैं | HELP
help | मुझे बताओ इसमें क्या पूछ सकते हैं | HELP
help | हेल्प चाहिए यार | HELP
help | मैं नया हूँ इस ऐप को कैसे चलाऊँ | HELP
help | कैसे पूछना है बताओ ना | HELP
help | कुछ उदाहरण बताओ क्या पूछूँ | HELP
help | भैया ये चलता कैसे है | HELP
help | सहायता कीजिए | HELP
help | मार्गदर्शन दीजिए इसका प्रयोग कैसे करें | HELP
help | अरे ये तो समझ ही नहीं आया मदद करो | HELP
help | दादी को समझाओ इससे क्या पूछना है | HELP
help | निर्देश बताइए | HELP
help | हेल्प मी प्लीज़ | HELP
help | गाइड करो ना कैसे खेलते हैं | HELP
help | इसमें कौन कौन से सवाल चलते हैं | HELP
help | मुझे सहायता की आवश्यकता है | HELP
help | मेरे को कुछ पल्ले नहीं पड़ रहा हेल्प करो | HELP
help | क्या बोलना होता है इसमें | HELP
help | नियम क्या हैं बता दो | HELP
help | कुछ समझ नहीं आ रहा कोई मदद करो | HELP
help | एलेक्सा मैं क्या क्या पूछ सकता हूँ | HELP
help | कैसे काम करता है ये बताओ | HELP
help | बच्चों को कैसे सिखाऊँ इससे पूछना | HELP
help | मदद चाहिए इस राजधानी वाली स्किल में | HELP

# Stop.
stop | बस करो एलेक्सा | STOP
stop | चुप हो जाओ | STOP
stop | रुक जाओ अब | STOP
stop | स्किल बंद कर दो | STOP
stop | एग्ज़िट | STOP
stop | बाहर निकलो इस गेम से | STOP
stop | अब और नहीं खेलना बंद करो | STOP
stop | शांत हो जाओ एलेक्सा | STOP
stop | स्टॉप स्टॉप | STOP
stop | बंद कर दे भाई | STOP
stop | राजधानी वाला बंद करो अब | STOP
stop | बस हो गया अब बंद | STOP
stop | क्विट करो | STOP
stop | समाप्त करें | STOP
stop | एलेक्सा ऑफ़ हो जाओ | STOP
stop | अब सोना है बंद करो सब | STOP
stop | चुप कर एलेक्सा | STOP
stop | रुको रुको बंद करो | STOP
stop | गाड़ी पार्क हो गई अब बंद कर दो | STOP
stop | ख़त्म करो ये | STOP
stop | मत बोलो अब बस | STOP
stop | बंद कर दो ना प्लीज़ | STOP
stop | बस भाई अब और राजधानी नहीं | STOP
stop | एलेक्सा स्टॉप कर दो | STOP
stop | बंद हो जाओ | STOP
stop | चुप रहो अब | STOP
stop | बाहर निकलना है इस स्किल से | STOP
stop | गेम ख़त्म करो | STOP
stop | अब बस कर भिड़ू बंद कर | STOP
stop | रुक जाइए कृपया बंद कीजिए | STOP
stop | नक्को अब बंद करो | STOP
stop | बस बहुत हुआ बंद करो | STOP

# Cancel.
cancel | कैंसल करो | CANCEL
cancel | रहने दो | CANCEL
cancel | छोड़ो जाने दो | CANCEL
cancel | भूल जाओ मैंने क्या पूछा | CANCEL
cancel | कोई बात नहीं रहने दो | CANCEL
cancel | रद्द करें | CANCEL
cancel | नेवर माइंड | CANCEL
cancel | कैंसिल कर दो यार | CANCEL
cancel | नहीं चाहिए छोड़ दो | CANCEL
cancel | अरे छोड़ो रहने दो अब | CANCEL
cancel | ये सवाल रद्द करो | CANCEL
cancel | जाने दो वो वाला | CANCEL
cancel | फ़ॉरगेट इट | CANCEL
cancel | मत बताओ रहने दो | CANCEL
cancel | निरस्त कीजिए | CANCEL
cancel | छोड़ दे भिड़ू | CANCEL
cancel | रहन दो भैया | CANCEL
cancel | नक्को रहने दो | CANCEL
cancel | कैंसल कैंसल | CANCEL
cancel | पिछला वाला कैंसल करो | CANCEL
cancel | ठीक है रहने दीजिए | CANCEL
cancel | अब ज़रूरत नहीं है छोड़ो | CANCEL
cancel | छोड़िए जाने दीजिए | CANCEL
cancel | कैंसिल करो वो सवाल | CANCEL
cancel | रहने दो बाद में पूछूँगा | CANCEL
cancel | अरे नहीं नहीं रहने दो | CANCEL
cancel | भूल जाओ कुछ नहीं | CANCEL
cancel | नहीं पूछना था कैंसल | CANCEL
cancel | जाने दो यार कोई ज़रूरत नहीं | CANCEL
cancel | रहन दे भिया | CANCEL
cancel | रद्द कर दीजिए | CANCEL
cancel | ओके छोड़ो कैंसल कर दो | CANCEL

# Launch, with guessed invocation names.
launch | एलेक्सा विश्व की राजधानियाँ खोलो | LAUNCH
launch | वर्ल्ड कैपिटल्स शुरू करो | LAUNCH
launch | दुनिया की राजधानियाँ चालू करो | LAUNCH
launch | एलेक्सा वर्ल्ड कैपिटल्स ओपन करो | LAUNCH
launch | विश्व की राजधानियाँ स्टार्ट करो | LAUNCH
launch | दुनिया की राजधानियां खोलिए | LAUNCH
launch | वर्ल्ड कैपिटल्स लॉन्च करो | LAUNCH
launch | एलेक्सा विश्व की राजधानियां चलाओ | LAUNCH
launch | वर्ल्ड कैपिटल्स को खोल दो | LAUNCH
launch | दुनिया की राजधानियाँ स्किल ओपन करो | LAUNCH
launch | वर्ल्ड कैपिटल्स चालू कर दो भाई | LAUNCH
launch | विश्व की राजधानियाँ प्रारंभ करें | LAUNCH
launch | एलेक्सा विश्व की राजधानियाँ खेलना है | LAUNCH
launch | दुनिया की राजधानियाँ वाली स्किल शुरू कीजिए | LAUNCH
"""

if __name__ == "__main__":
    build_round(19, "hi", LINES, sys.argv, "tests/Eval/hi/round19/source/build_corpus.py")
