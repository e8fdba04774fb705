"""Round 35, Hindi (hi-IN): a new author's mix of speakers and situations, written blind (brief WRITER43.md), chosen
away from the speakers of the Hindi rounds 31 to 34. Regions and first languages: Kanauji from Kannauj and Farrukhabad
("हुईहै", "बताय देव", "हमाये नाती", "को नाम"), Angika from Bhagalpur ("की छेकै", "कोन शहर छै", "तनी बताबौ"), Khortha
from Dhanbad and Bokaro's coal belt ("केर राजधानी", "का हेके", "बोलित ही"), Hadoti from Kota ("कांई छै", "कुणसी",
"म्हारो"), Nimadi from Khandwa ("काई रे", "कौन सी छे", "ख"), Mewati from Nuh ("कौण", "ते बोलूँ"), Arunachali Hindi
from Itanagar ("हम लोग को", "बोल रहा है" for the speaker, "क्या होता है"), Manipuri speakers' Hindi from Imphal ("इमा",
masculine "का राजधानी"), Bengaluru office Hinglish, and the Hindi of Port Blair in the Andamans. Situations: Kannauj's
perfume shops, Bhagalpur's silk looms, coal miners after a shift, coaching students in Kota, a Delhi auto driver and
his passengers, nurses on a night shift, boatmen on Varanasi's ghats with foreign tourists, a grandmother with the
"box", a kabaddi team bus, a wedding sangeet quiz, a temple queue, a blind user who cannot use a screen, a Vidarbha
farmer back from the fields, Delhi Metro commuters, a teacher whose projector broke. Around them: follow-ups, plural
capitals, subdivisions and territories, yes/no checks, self-corrections, reverse questions, official, everyday, shared
and old names, help, stop, cancel, launch through the invocation name "दुनिया की राजधानियाँ", and out-of-domain requests
and near misses (old kingdoms and regions with no capital in the data, "capital" as money, letters and loans, the
Rajdhani Express and Rajdhani restaurants, "X की आर्थिक/सांस्कृतिक राजधानी", districts and headquarters).
`python3 tests/Eval/hi/round35/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 35's number); every line is hi-IN.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
kanauji | अरे भैया {} की राजधानी कौन सी हुईहै | एंडोरा=AD; संयुक्त अरब अमीरात=AE; अफगानिस्तान=AF
kanauji | इत्तर वाली दुकान पे बैठे हैं {} की राजधानी बताय देव | एंटीगुआ बारबुडा=AG; अल्बानिया=AL; आर्मीनिया=AM
kanauji | हमाये नाती ने पूछो है {} की राजधानी का है | अंगोला=AO; अर्जेंटीना=AR; ऑस्ट्रिया=AT
kanauji | सुनो जी {} कि राजधानी को नाम का है | ऑस्ट्रेलिया=AU; अजरबैजान=AZ; बोस्निया हर्जेगोविना=BA
angika | हो भैया {} के राजधानी की छेकै | बारबाडोस=BB; बांग्लादेश=BD; बेल्जियम=BE
angika | भागलपुर सें पूछै छियै {} के राजधानी कोन शहर छै | बुर्किना फासो=BF; बुल्गारिया=BG; बहरीन=BH
angika | तनी बताबौ न {} के राजधानी | बुरुंडी=BI; ब्रुनेई=BN; ब्राजील=BR
angika | हमरा नै मालूम छै {} के राजधानी की होय छै | बहामास=BS; भूटान=BT; बोत्सवाना=BW
khortha | का हो {} केर राजधानी का हेके | बेलारूस=BY; बेलीज=BZ; कनाडा=CA
khortha | धनबाद से बोलित ही {} केर राजधानी बताय दे | सेंट्रल अफ्रीका=CF; स्विट्जरलैंड=CH; चिली=CL
khortha | खदान से छुट्टी मिलल त सोचली {} केर राजधानी कौन | कैमरून=CM; चीन=CN; कोलंबिया=CO
hadoti | कोटा में पढ़ूँ हूँ {} की राजधानी कांई छै | कोस्टा रिका=CR; क्यूबा=CU; केप वर्डे=CV
hadoti | म्हारो टेस्ट छै काल {} की राजधानी बता दे रे | साइप्रस=CY; चेक गणराज्य=CZ; जर्मनी=DE
hadoti | अरे सुण तो {} की राजधानी कुणसी छै | जिबूती=DJ; डेनमार्क=DK; डोमिनिका=DM
nimadi | काई रे {} की राजधानी कौन सी छे | डोमिनिकन रिपब्लिक=DO; अल्जीरिया=DZ; इक्वाडोर=EC
nimadi | खंडवा सी बोली री हूँ {} की राजधानी बताओ नी | एस्टोनिया=EE; मिस्र=EG; इरीट्रिया=ER
nimadi | म्हारा छोरा ख {} की राजधानी पूछनी छे | स्पेन=ES; इथियोपिया=ET; फिनलैंड=FI
mewati | अरे भाई {} की राजधानी कौण सी है बता | फिजी=FJ; माइक्रोनेशिया=FM; फ्रांस=FR
mewati | नूह ते बोलूँ {} की राजधानी का नाम के है | गैबॉन=GA; ब्रिटेन=GB; ग्रेनेडा=GD
mewati | म्हारे मास्टर जी ने पूछी {} की राजधानी | घाना=GH; गाम्बिया=GM; गिनी=GN
arunachali | हम लोग को {} का राजधानी बताओ ना | इक्वेटोरियल गिनी=GQ; ग्रीस=GR; ग्वाटेमाला=GT
arunachali | ईटानगर से बोल रहा है {} का राजधानी क्या होता है | गिनी बिसाऊ=GW; गयाना=GY; होंडुरास=HN
arunachali | अरे दाजू {} का कैपिटल क्या है पता है क्या | क्रोएशिया=HR; हैती=HT; हंगरी=HU
manipuri | सर प्लीज {} का राजधानी क्या है बोलो | इंडोनेशिया=ID; आयरलैंड=IE; इजराइल=IL
manipuri | इंफाल से बात कर रहा है {} का कैपिटल कौन सा है | भारत=IN; इराक=IQ; ईरान=IR
manipuri | इमा बोला मुझे {} का राजधानी पूछने को | आइसलैंड=IS; इटली=IT; जमैका=JM
bengaluru | हे एलेक्सा क्विक क्वेश्चन {} की कैपिटल क्या है | जॉर्डन=JO; जापान=JP; केन्या=KE
bengaluru | स्टैंडअप से पहले बता दो {} का कैपिटल सिटी | किर्गिस्तान=KG; कंबोडिया=KH; किरिबाती=KI
bengaluru | मेरा क्लाइंट कॉल है उसके पहले {} की कैपिटल बताना | कोमोरोस=KM; सेंट किट्स एंड नेविस=KN; उत्तर कोरिया=KP
bengaluru | यार ट्रैफिक में फँसा हूँ टाइम पास {} की राजधानी क्या है | दक्षिण कोरिया=KR; कुवैत=KW; कजाकिस्तान=KZ
andaman | पोर्ट ब्लेयर से पूछ रहे {} की राजधानी क्या है जी | लाओस=LA; लेबनान=LB; सेंट लूसिया=LC
andaman | जहाज़ वाले अंकल पूछ रहे थे {} की राजधानी | लिकटेंस्टाइन=LI; लाइबेरिया=LR; लेसोथो=LS
andaman | हैवलॉक जाते जाते बता दो {} की राजधानी कौन सी है | लिथुआनिया=LT; लक्जमबर्ग=LU; लातविया=LV
auto | ओ मैडम {} की राजधानी कौन सी है ये बताओ ज़रा | लीबिया=LY; मोरक्को=MA; मोनाको=MC
auto | सवारी उतरी है अब बताओ {} की राजधानी क्या | मोल्दोवा=MD; मोंटेनेग्रो=ME; मेडागास्कर=MG
auto | भाई साहब मीटर चालू है {} की राजधानी बोलो जल्दी | मार्शल आइलैंड्स=MH; नॉर्थ मैसेडोनिया=MK; माली=ML
nurse | नाइट ड्यूटी में नींद आ रही है {} की राजधानी बताओ | म्यांमार=MM; मंगोलिया=MN; मॉरिटानिया=MR
nurse | सिस्टर पूछ रही हैं {} की राजधानी क्या है | माल्टा=MT; मॉरीशस=MU; मालदीव=MV
nurse | वार्ड में मरीज़ पूछ रहे {} की कैपिटल क्या होती है | मलावी=MW; मेक्सिको=MX; मोजाम्बिक=MZ
boatman | घाट पे बिदेसी बाबू पूछत हैं {} की राजधानी का है | नामीबिया=NA; नाइजर=NE; नाइजीरिया=NG
boatman | नाव में बैठे साहब जानना चाहत हैं {} की राजधानी | निकारागुआ=NI; नॉर्वे=NO; नेपाल=NP
boatman | गंगा जी किनारे से पूछ रहे {} की राजधानी बताओ महाराज | नाउरू=NR; न्यूजीलैंड=NZ; ओमान=OM
grandma | बेटा ये डब्बा से पूछो {} की राजधानी कौन सी है | पनामा=PA; पेरू=PE; पापुआ न्यू गिनी=PG
grandma | ए अलेक्सा बिटिया {} की राजधानी बताओ तो | फिलीपींस=PH; पाकिस्तान=PK; पोलैंड=PL
grandma | हमारे ज़माने में पढ़ा था भूल गए {} की राजधानी क्या थी | पुर्तगाल=PT; पलाऊ=PW; पैराग्वे=PY
kabaddi | टीम बस में शर्त लगी है {} की राजधानी बता | कतर=QA; रोमानिया=RO; सर्बिया=RS
kabaddi | कोच साब बोले {} की राजधानी बताओ तो छुट्टी | रूस=RU; रवांडा=RW; सऊदी अरब=SA
kabaddi | ओए रेडर {} की राजधानी क्या है बता पहले | सोलोमन आइलैंड्स=SB; सेशेल्स=SC; सूडान=SD
sangeet | संगीत की क्विज़ है दूल्हे वाले पूछ रहे {} की राजधानी | स्वीडन=SE; सिंगापुर=SG; स्लोवेनिया=SI
sangeet | मेहंदी लगी है हाथ में बस बोल के बताओ {} की राजधानी | स्लोवाकिया=SK; सिएरा लियोन=SL; सैन मरीनो=SM
sangeet | दुल्हन की सहेलियों का सवाल है {} की राजधानी कौन सी | सेनेगल=SN; सोमालिया=SO; सूरीनाम=SR
temple | लाइन लंबी है तब तक बताओ {} की राजधानी | दक्षिण सूडान=SS; साओ टोमे और प्रिंसिपे=ST; अल सल्वाडोर=SV
temple | पंडित जी के बेटे ने पूछा {} की राजधानी कौन सी है | सीरिया=SY; चाड=TD; टोगो=TG
temple | दर्शन के बाद याद आया {} की राजधानी क्या है | थाईलैंड=TH; ताजिकिस्तान=TJ; पूर्वी तिमोर=TL
blind | मैं देख नहीं सकता इसलिए बोल के बताइए {} की राजधानी | तुर्कमेनिस्तान=TM; ट्यूनीशिया=TN; टोंगा=TO
blind | स्क्रीन रीडर बंद है आप ही बताइए {} की राजधानी क्या है | तुर्की=TR; त्रिनिदाद और टोबैगो=TT; तुवालु=TV
blind | कृपया धीरे बोलिए {} की राजधानी क्या है | तंजानिया=TZ; यूक्रेन=UA; युगांडा=UG
farmer | खेत से लौट के पूछ रहा हूँ {} की राजधानी कौन सी है | अमेरिका=US; उरुग्वे=UY; उज्बेकिस्तान=UZ
farmer | बिदर्भ से किसान बोल रहा है {} की राजधानी बताओ | सेंट विंसेंट और ग्रेनेडाइंस=VC; वेनेजुएला=VE; वियतनाम=VN
farmer | मंडी में भाव नहीं मिला चलो {} की राजधानी ही बता दो | वानुअतु=VU; समोआ=WS; यमन=YE
metro | राजीव चौक पे उतरना है पहले बता {} की राजधानी | दक्षिण अफ्रीका=ZA; जाम्बिया=ZM; जिम्बाब्वे=ZW
metro | मेट्रो में नेटवर्क आ जाए तो बताना {} की राजधानी | सेंट लूसिया=LC; मलेशिया=MY; श्रीलंका=LK
metro | ब्लू लाइन पे खड़ा हूँ {} की राजधानी क्या है भाई | बेनिन=BJ; बोलीविया=BO; आइवरी कोस्ट=CI
teacher | बच्चो ध्यान से सुनो {} की राजधानी एलेक्सा बताएगी | नीदरलैंड=NL; एस्वातिनी=SZ; कांगो गणराज्य=CG
teacher | क्लास में प्रोजेक्टर खराब है एलेक्सा {} की राजधानी बताओ | लोकतांत्रिक गणराज्य कांगो=CD; कोसोवो=XK; ताइवान=TW
kanauji | ए भैया लीबिया की राजधानी त्रिपोली हुईहै का | LY
kanauji | हमाओ माल जॉर्डन जात है जॉर्डन की राजधानी बताओ | JO
kanauji | सीरिया की राजधानी को नाम का है भैया | SY
angika | लेबनान के राजधानी की छेकै हो | LB
angika | तनी यमन के राजधानी बताबौ | YE
angika | अफ्रीका में नाइजीरिया छै ओकरो राजधानी की | NG
khortha | दक्षिण अफ्रीका केर राजधानी का हेके सब | ZA
khortha | चिली से तांबा आवे हे चिली केर राजधानी | CL
khortha | अरे ई पेरू केर राजधानी का हे | PE
hadoti | नीदरलैंड की राजधानी कांई छै बता दे | NL
hadoti | कोटा की डोरिया साड़ी जापान जावे जापान की राजधानी | JP
hadoti | थाईलैंड की राजधानी कुणसी छै भाया | TH
nimadi | रूस की राजधानी कौन सी छे रे भई | RU
nimadi | नर्मदा किनारे बैठ्या हाँ इटली की राजधानी बताओ नी | IT
nimadi | पाकिस्तान की राजधानी इस्लामाबाद छे कि | PK
mewati | अरे बांग्लादेश की राजधानी कौण सी है | BD
mewati | कतर की राजधानी दोहा है के भाई | QA
mewati | जॉर्डन की राजधानी अम्मान है के | JO
arunachali | अमेरिका का राजधानी क्या होता है हम लोग को बताओ | US
arunachali | ऑस्ट्रेलिया का राजधानी कैनबरा होता है ना | AU
arunachali | ताइवान का राजधानी क्या होता है | TW
manipuri | सिंगापुर का राजधानी क्या है सर बोलो | SG
manipuri | इमा पूछ रहा है बांग्लादेश का कैपिटल | BD
manipuri | मिजोरम का राजधानी आइजोल है ना सर | IN-MZ
bengaluru | जस्ट कन्फर्मिंग कनाडा की कैपिटल ओटावा है ना | CA
bengaluru | मेरा मैनेजर जर्मनी से है उसका कैपिटल बर्लिन राइट | DE
bengaluru | वीकेंड पे क्विज़ है फ्रांस की कैपिटल बताओ | FR
andaman | फिजी की राजधानी क्या है जी वहाँ भी हिंदी बोलते हैं | FJ
andaman | मॉरीशस की राजधानी पोर्ट लुई है ना जी | MU
andaman | पापुआ न्यू गिनी की राजधानी बताइए | PG
auto | मैडम ये सेशेल्स की राजधानी क्या होती है | SC
auto | भाई साब मंगोलिया की राजधानी बता दो बस | MN
nurse | सऊदी में नर्स की नौकरी है सऊदी अरब की राजधानी | SA
nurse | कुवैत की राजधानी कुवैत सिटी है ना | KW
boatman | नेपाल की राजधानी बताओ बाबू पहाड़ वाले हैं | NP
boatman | कोरिया वाली दीदी हैं दक्षिण कोरिया की राजधानी का है | KR
grandma | अरे अलेक्सा रूस की राजधानी बता मास्को ना | RU
grandma | जापान की राजधानी बताओ बेटा हमें याद नहीं | JP
kabaddi | थाईलैंड की राजधानी बता भाई टूर्नामेंट वहीं है | TH
kabaddi | पोलैंड की कबड्डी टीम आई थी उसकी राजधानी बता | PL
sangeet | दुल्हन ऑस्ट्रेलिया जाएगी ऑस्ट्रेलिया की राजधानी बताओ | AU
sangeet | मौसी की बेटी की शादी तुर्की में हुई थी तुर्की की राजधानी क्या है | TR
temple | कैलाश मानसरोवर चीन में है चीन की राजधानी | CN
temple | बाली के मंदिर इंडोनेशिया में हैं उसकी राजधानी बताओ | ID
blind | मुझे ग्रीस की राजधानी बताइए धीरे से | GR
blind | डेनमार्क की राजधानी का नाम दोबारा बोलिए | DK
farmer | ईरान की राजधानी बताओ चावल वहाँ जाता है | IR
farmer | नेपाल की राजधानी बताओ खाद वहाँ से आती थी | NP
metro | द्वारका जाते जाते बता दो स्वीडन की राजधानी | SE
metro | अरे भाई आयरलैंड की राजधानी बोल | IE
teacher | बच्चे पूछ रहे हैं मेक्सिको की राजधानी | MX
teacher | अब बताओ क्लास ब्राज़ील की राजधानी क्या है एलेक्सा | BR
out-of-domain | खदान में मीथेन कितनी है आज | FB
out-of-domain | कोटा के हॉस्टल में वाईफाई का पासवर्ड क्या है | FB
out-of-domain | नूह में मेवात का मेला कब लगता है | FB
out-of-domain | मेरे गेहूँ की फसल का बीमा कैसे होगा | FB
out-of-domain | इंफाल की इमा मार्केट कितने बजे बंद होती है | FB
out-of-domain | ऑफिस में टीम लंच कहाँ करें | FB
out-of-domain | मरीज़ को कितनी बार दवा देनी है | FB
out-of-domain | घाट पे नाव का किराया कितना है | FB
out-of-domain | विदर्भ की राजधानी नागपुर है ना | FB
out-of-domain | मेवात की राजधानी कौन सी है | FB
out-of-domain | मालवा की राजधानी | FB
out-of-domain | बृज क्षेत्र की राजधानी बताओ | FB
out-of-domain | ईस्ट इंडिया कंपनी की राजधानी कलकत्ता थी क्या | FB
help | ये वाला ऐप करता क्या है बताओ | HELP
help | मुझे समझ नहीं आ रहा इसमें क्या पूछूँ | HELP
help | एलेक्सा इसको चलाते कैसे हैं | HELP
help | कोई तरीका बताओ कैसे सवाल करना है | HELP
help | भैया हमका समझाय देव ई का है | HELP
help | मदद चाहिए थोड़ी सी | HELP
help | हेल्प कर दो यार कुछ समझ नहीं आया | HELP
help | इसमें कौन कौन से सवाल पूछ सकते हैं | HELP
help | दादी को समझाओ ये कैसे काम करता है | HELP
help | मैं पहली बार इस्तेमाल कर रहा हूँ क्या बोलना होता है | HELP
help | अरे ये कैसे चलेगा कुछ उदाहरण दो | HELP
help | कोई सैंपल सवाल बताओ ना | HELP
help | इंस्ट्रक्शन बताओ इस स्किल के | HELP
help | गाइड करो मुझे | HELP
help | हम का बोलें इसमें बताओ तनिक | HELP
help | कैसे पूछूँ राजधानी वाला सवाल ये बताओ | HELP
help | कुछ पल्ले नहीं पड़ रहा सहायता करो | HELP
help | आप क्या क्या जानती हो | HELP
help | मेरे को इसका यूज़ समझाओ | HELP
help | समझा दो भाई ठीक से | HELP
help | ऑप्शन क्या क्या है इसमें | HELP
help | नियम क्या है इस खेल का | HELP
help | मास्टर जी कहे थे इसमें मदद मिलती है कैसे मिलेगी | HELP
help | हे एलेक्सा मुझे सहायता की ज़रूरत है | HELP
help | फिर से बताओ क्या कर सकती हो | HELP
stop | बस इतना ही काफी है | STOP
stop | अब चुप हो जाओ | STOP
stop | बंद कर दो इसको | STOP
stop | रुक जाओ एलेक्सा | STOP
stop | हो गया अब बंद करो | STOP
stop | बस बस बहुत हो गया | STOP
stop | अब नहीं चाहिए बंद करो | STOP
stop | एलेक्सा स्टॉप करो | STOP
stop | चलो बाय बाय | STOP
stop | अब सोने दो बंद हो जाओ | STOP
stop | ठीक है धन्यवाद अब बंद | STOP
stop | बंद कर भाई | STOP
stop | खतम करो ये सब | STOP
stop | बस करो अब पढ़ाई हो गई | STOP
stop | राम राम अब बंद कर दो | STOP
stop | शुक्रिया बस इतना ही | STOP
stop | अब मत बोलो | STOP
stop | एलेक्सा शांत हो जाओ | STOP
stop | हमका अब नाहीं सुनना बंद करो | STOP
stop | ओके थैंक यू स्टॉप | STOP
stop | बाहर निकलो इस ऐप से | STOP
stop | अभी के लिए इतना ही बंद | STOP
stop | चलो अब बस करते हैं | STOP
stop | बंद हो जा रे | STOP
stop | ऐप बंद कर दो | STOP
cancel | रहने दो | CANCEL
cancel | कैंसल करो | CANCEL
cancel | नहीं नहीं छोड़ो ये वाला | CANCEL
cancel | जाने दो कोई बात नहीं | CANCEL
cancel | रद्द करो | CANCEL
cancel | छोड़ दो ये सवाल | CANCEL
cancel | नहीं पूछना अब रहने दो | CANCEL
cancel | भूल जाओ जो पूछा | CANCEL
cancel | कैंसिल कर दो भाई | CANCEL
cancel | अरे गलती से पूछ लिया रहने दो | CANCEL
cancel | ये वाला कैंसल | CANCEL
cancel | नहीं चाहिए रहन दो | CANCEL
cancel | छोड़ो यार | CANCEL
cancel | रद्द कर दो ये | CANCEL
cancel | अभी वाला हटाओ | CANCEL
cancel | नहीं रे छोड़ दे | CANCEL
cancel | इसे रद्द कर दीजिए | CANCEL
cancel | ना जी ना रहने दीजिए | CANCEL
cancel | उसको कैंसल कर दो जो अभी बोला | CANCEL
cancel | अरे नहीं वो वाला नहीं कैंसल | CANCEL
cancel | रुको ये सवाल वापस लेता हूँ | CANCEL
cancel | जाने दे भैया | CANCEL
cancel | मत बताओ रहने दो | CANCEL
cancel | कुछ नहीं कैंसल करो | CANCEL
launch | दुनिया की राजधानियाँ खोलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ चालू करो | LAUNCH
launch | दुनिया की राजधानियाँ शुरू करो | LAUNCH
launch | दुनिया की राजधानियाँ वाला ऐप खोल दो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ स्किल चलाओ | LAUNCH
launch | दुनिया की राजधानियाँ खोल भाई | LAUNCH
launch | दुनिया की राजधानियाँ लगाओ | LAUNCH
launch | दुनिया की राजधानियाँ को बुलाओ | LAUNCH
launch | बच्चों के लिए दुनिया की राजधानियाँ खोलो | LAUNCH
launch | दुनिया की राजधानियाँ स्टार्ट करो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ प्ले करो | LAUNCH
launch | दुनिया की राजधानियाँ खोल दीजिए | LAUNCH
launch | दुनिया की राजधानियाँ चलाय देव | LAUNCH
launch | दुनिया की राजधानियाँ ओपन करो | LAUNCH
launch | दुनिया की राजधानियाँ वाला खेल खोलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ शुरू कीजिए | LAUNCH
out-of-domain | कल कोटा में बारिश होगी क्या | FB
out-of-domain | इत्तर का भाव आज क्या चल रहा है | FB
out-of-domain | भागलपुरी सिल्क की साड़ी कहाँ सस्ती मिलेगी | FB
out-of-domain | धनबाद से रांची की बस कितने बजे है | FB
out-of-domain | मेरा जेईई का रिजल्ट कब आएगा | FB
out-of-domain | आज का पंचांग बताओ | FB
out-of-domain | गंगा आरती कितने बजे शुरू होती है | FB
out-of-domain | एक किलो प्याज़ का रेट क्या है मंडी में | FB
out-of-domain | मुझे कोई भजन सुना दो | FB
out-of-domain | पोर्ट ब्लेयर से हैवलॉक की फेरी का टाइम | FB
out-of-domain | इंफाल में आज तापमान कितना है | FB
out-of-domain | ऑफिस जाने में कितना टाइम लगेगा सिल्क बोर्ड से | FB
out-of-domain | कबड्डी का स्कोर बताओ | FB
out-of-domain | संगीत के लिए कोई पंजाबी गाना बजाओ | FB
out-of-domain | मेहंदी का रंग गहरा कैसे करें | FB
out-of-domain | कल सुबह पाँच बजे का अलार्म लगा दो | FB
out-of-domain | बीपी की दवाई का टाइम याद दिलाना | FB
out-of-domain | ऑटो का किराया कितना होना चाहिए दस किलोमीटर का | FB
out-of-domain | मेट्रो का आखिरी टाइम क्या है | FB
out-of-domain | प्याज़ की खेती कब करनी चाहिए | FB
out-of-domain | सोयाबीन का भाव बताओ | FB
out-of-domain | एक चुटकुला सुनाओ | FB
out-of-domain | दो सौ सत्तर को नौ से भाग दो | FB
out-of-domain | पोहा बनाने की विधि बताओ | FB
out-of-domain | क्रिकेट में आज कौन जीता | FB
out-of-domain | मेरे फोन की बैटरी कितनी है | FB
out-of-domain | लाइट बंद कर दो कमरे की | FB
out-of-domain | पंखा तेज़ करो | FB
out-of-domain | अरुणाचल में सबसे ऊँचा पहाड़ कौन सा है | FB
out-of-domain | लोकटक झील कितनी बड़ी है | FB
out-of-domain | हनुमान चालीसा चलाओ | FB
out-of-domain | कोयले की खदान में कितने लोग काम करते हैं | FB
out-of-domain | गूगल पे से पैसे कैसे भेजूँ | FB
out-of-domain | आज कौन सी तिथि है | FB
out-of-domain | सूरज कितने बजे डूबेगा | FB
out-of-domain | भारत का राष्ट्रीय पक्षी कौन सा है | FB
out-of-domain | जापान की मुद्रा क्या है | FB
out-of-domain | फ्रांस में कौन सी भाषा बोलते हैं | FB
out-of-domain | रूस का राष्ट्रपति कौन है | FB
out-of-domain | नेपाल की आबादी कितनी है | FB
out-of-domain | चीन का झंडा कैसा दिखता है | FB
out-of-domain | अमेरिका में अभी कितने बजे हैं | FB
out-of-domain | दुबई जाने का वीज़ा कैसे मिलेगा | FB
out-of-domain | सबसे बड़ा देश कौन सा है दुनिया का | FB
out-of-domain | एवरेस्ट की ऊँचाई कितनी है | FB
out-of-domain | मेरी शादी की सालगिरह याद दिलाना | FB
out-of-domain | कैपिटल फर्स्ट से लोन कैसे लें | FB
out-of-domain | वर्किंग कैपिटल का मतलब क्या होता है | FB
out-of-domain | कैपिटल लेटर में नाम कैसे लिखें | FB
out-of-domain | शेयर मार्केट में कैपिटल गेन टैक्स कितना है | FB
out-of-domain | बिज़नेस शुरू करने के लिए कितनी पूँजी चाहिए | FB
out-of-domain | राजधानी एक्सप्रेस का पीएनआर स्टेटस बताओ | FB
out-of-domain | हावड़ा राजधानी कितनी लेट चल रही है | FB
out-of-domain | राजधानी वाले पंडित जी की दुकान का नंबर | FB
out-of-domain | राजधानी थाली रेस्टोरेंट कहाँ है पास में | FB
out-of-domain | राजधानी कॉलेज दिल्ली में एडमिशन कब है | FB
out-of-domain | इंदौर को मध्य प्रदेश की आर्थिक राजधानी क्यों कहते हैं | FB
out-of-domain | भारत की सांस्कृतिक राजधानी किसे कहते हैं | FB
out-of-domain | दुनिया की फैशन राजधानी कौन सा शहर है | FB
out-of-domain | मसालों की राजधानी कौन सी जगह है | FB
out-of-domain | भारत की मंदिरों की राजधानी किस शहर को कहते हैं | FB
out-of-domain | कानपुर को चमड़े की राजधानी क्यों बोलते हैं | FB
out-of-domain | कन्नौज को इत्र की राजधानी कहते हैं ना | FB
out-of-domain | सिलिकॉन वैली ऑफ इंडिया कौन सा शहर है | FB
out-of-domain | राजधानी बदलने का फैसला तुगलक ने क्यों किया था | FB
out-of-domain | मगध साम्राज्य की राजधानी क्या थी | FB
out-of-domain | मौर्य वंश की राजधानी कहाँ थी | FB
out-of-domain | विजयनगर साम्राज्य की राजधानी कौन सी थी | FB
out-of-domain | मुगलों की राजधानी आगरा से दिल्ली कब गई | FB
out-of-domain | अहोम राजाओं की राजधानी कहाँ थी | FB
out-of-domain | पूर्वोत्तर की राजधानी कौन सी है | FB
out-of-domain | बुंदेलखंड की राजधानी क्या है | FB
out-of-domain | मिथिला की राजधानी बताओ | FB
out-of-domain | अंगदेश की राजधानी चंपा थी क्या | FB
out-of-domain | कोयलांचल की राजधानी कौन सा शहर है | FB
out-of-domain | अफ्रीका की राजधानी क्या है | FB
out-of-domain | यूरोप की राजधानी कौन सी है | FB
out-of-domain | एशिया महाद्वीप की राजधानी बताओ | FB
out-of-domain | साइबेरिया की राजधानी कौन सी है | FB
out-of-domain | सहारा रेगिस्तान की राजधानी | FB
out-of-domain | स्कैंडिनेविया की राजधानी क्या है | FB
out-of-domain | बाल्कन की राजधानी कौन सी है | FB
out-of-domain | कैरिबियन की राजधानी बताओ | FB
out-of-domain | मध्य पूर्व की राजधानी कौन सी है | FB
out-of-domain | लैटिन अमेरिका की राजधानी क्या होगी | FB
out-of-domain | अटलांटिस की राजधानी क्या थी | FB
out-of-domain | लंका में रावण की राजधानी कौन सी थी | FB
out-of-domain | इंद्रलोक की राजधानी अमरावती है क्या | FB
out-of-domain | यूगोस्लाविया की राजधानी क्या थी | FB
out-of-domain | सोवियत संघ की राजधानी बताओ | FB
out-of-domain | रोमन साम्राज्य की राजधानी | FB
out-of-domain | ऑटोमन एम्पायर का कैपिटल क्या था | FB
out-of-domain | पूर्वी पाकिस्तान की राजधानी क्या थी | FB
out-of-domain | मंगल ग्रह की राजधानी कौन सी है | FB
out-of-domain | चाँद पर राजधानी होती है क्या | FB
out-of-domain | कोटा शहर की राजधानी क्या है | FB
out-of-domain | धनबाद जिले का मुख्यालय कहाँ है | FB
out-of-domain | भागलपुर जिले का हेडक्वार्टर क्या है | FB
out-of-domain | कन्नौज जिले की राजधानी बताओ | FB
out-of-domain | बस्तर की राजधानी जगदलपुर है ना | FB
out-of-domain | टेक्सास की सबसे बड़ी सिटी कौन सी है | FB
out-of-domain | सबसे छोटी राजधानी कौन सी है दुनिया में | FB
out-of-domain | किस देश की राजधानी सबसे ठंडी है | FB
out-of-domain | सबसे ऊँचाई पर कौन सी राजधानी है | FB
out-of-domain | कितने देशों की राजधानी समुद्र किनारे है | FB
out-of-domain | राजधानी का मतलब क्या होता है | FB
out-of-domain | राजधानी शब्द की स्पेलिंग बताओ इंग्लिश में | FB
out-of-domain | कैपिटल को हिंदी में क्या कहते हैं | FB
out-of-domain | राजधानी पर एक निबंध लिख दो | FB
out-of-domain | दिल्ली में प्रदूषण कितना है आज | FB
out-of-domain | पेरिस में घूमने की जगहें बताओ | FB
out-of-domain | लंदन का टिकट कितने का है | FB
out-of-domain | टोक्यो ओलंपिक में भारत ने कितने मेडल जीते | FB
out-of-domain | बीजिंग का मौसम कैसा है | FB
out-of-domain | काठमांडू तक बस जाती है क्या गोरखपुर से | FB
out-of-domain | ढाका में कितने लोग रहते हैं | FB
out-of-domain | ऑस्ट्रेलिया में पढ़ाई का खर्चा कितना है | FB
out-of-domain | कनाडा का पीआर कैसे मिलता है | FB
out-of-domain | सऊदी में नौकरी के लिए एजेंट का नंबर दो | FB
out-of-domain | मुझे नींद नहीं आ रही कोई कहानी सुनाओ | FB
out-of-domain | आज का राशिफल बताओ तुला राशि का | FB
out-of-domain | डॉक्टर को फोन लगाओ | FB
out-of-domain | अम्मा को वीडियो कॉल करो | FB
out-of-domain | लोकसभा में कितनी सीटें हैं | FB
out-of-domain | संसद भवन किसने बनाया था | FB
out-of-domain | दिल्ली का मुख्यमंत्री कौन है | FB
out-of-domain | मेरा पार्सल कहाँ पहुँचा | FB
out-of-domain | हम्म | FB
out-of-domain | अरे क्या बोलूँ भूल गया | FB
out-of-domain | पता नहीं | FB
out-of-domain | राजधानी राजधानी राजधानी | FB
plural-capitals | बोलीविया की दोनों राजधानियाँ कौन सी हैं | BO
plural-capitals | सुना है बोलीविया में दो दो राजधानी हैं बताओ | BO
plural-capitals | बोलीविया की राजधानियाँ क्या क्या हैं | BO
plural-capitals | दक्षिण अफ्रीका की तीनों राजधानियों के नाम बताओ | ZA
plural-capitals | साउथ अफ्रीका में कितनी राजधानी हैं और कौन कौन सी | ZA
plural-capitals | दक्षिण अफ्रीका के तीन कैपिटल कौन से हैं | ZA
plural-capitals | मलेशिया की दोनों राजधानियाँ बताइए | MY
plural-capitals | मलेशिया में कुआलालंपुर के अलावा और कौन सी राजधानी है | MY
plural-capitals | मलेशिया की राजधानियों के नाम | MY
plural-capitals | श्रीलंका की दो राजधानियाँ कौन सी हैं | LK
plural-capitals | लंका की दोनों राजधानी बताओ कोलंबो वाली और दूसरी | LK
plural-capitals | श्रीलंका में कितनी राजधानियाँ हैं | LK
plural-capitals | नीदरलैंड की दोनों राजधानियाँ बताओ | NL
plural-capitals | हॉलैंड में दो राजधानी होती हैं ना कौन कौन सी | NL
plural-capitals | नीदरलैंड्स के दो कैपिटल कौन से हैं | NL
plural-capitals | बेनिन की दोनों राजधानियाँ कौन सी हैं | BJ
plural-capitals | बेनिन देश में कितनी राजधानी हैं | BJ
plural-capitals | बेनिन की राजधानियों के नाम बताओ | BJ
plural-capitals | आइवरी कोस्ट की दोनों राजधानियाँ | CI
plural-capitals | कोट डी आइवर की दो राजधानी कौन सी हैं | CI
plural-capitals | आइवरी कोस्ट में कितनी राजधानियाँ हैं बताओ | CI
plural-capitals | एस्वातिनी की दोनों राजधानियाँ बताओ | SZ
plural-capitals | स्वाज़ीलैंड की दो राजधानियाँ कौन सी हैं | SZ
plural-capitals | इस्वातिनी में कितनी राजधानी हैं | SZ
plural-capitals | फिलिस्तीन की दोनों राजधानियाँ कौन सी हैं | PS
plural-capitals | फलस्तीन की राजधानियाँ कौन कौन सी मानी जाती हैं | PS
plural-capitals | पैलेस्टाइन के दो कैपिटल बताओ | PS
shared-name | कांगो की राजधानी क्या है | CD+CG
shared-name | कांगो का कैपिटल बताओ भाई | CD+CG
shared-name | कांगो देश की राजधानी कौन सी है | CD+CG
shared-name | कोरिया की राजधानी क्या है | KP+KR
shared-name | कोरिया का कैपिटल कौन सा शहर है | KP+KR
shared-name | कोरिया देश की राजधानी बताइए | KP+KR
shared-name | जॉर्जिया की राजधानी क्या है | GE+US-GA
shared-name | जॉर्जिया का कैपिटल बताओ | GE+US-GA
shared-name | जॉर्जिया की राजधानी कौन सी है भैया | GE+US-GA
shared-name | वर्जिन आइलैंड्स की राजधानी क्या है | VG+VI
shared-name | वर्जिन द्वीपसमूह की राजधानी बताओ | VG+VI
shared-name | किंशासा वाले कांगो की राजधानी | CD
shared-name | लोकतांत्रिक कांगो की राजधानी क्या है | CD
shared-name | ब्राज़ाविल वाला कांगो उसकी राजधानी क्या है | CG
shared-name | कांगो रिपब्लिक की राजधानी बताओ छोटे वाले की | CG
shared-name | उत्तर कोरिया की राजधानी बताओ किम जोंग वाला | KP
shared-name | साउथ कोरिया का कैपिटल बताओ बीटीएस वाला देश | KR
shared-name | दक्षिण कोरिया की राजधानी क्या है | KR
shared-name | अमेरिका वाले जॉर्जिया स्टेट की राजधानी | US-GA
shared-name | जॉर्जिया राज्य की राजधानी अमेरिका में | US-GA
shared-name | जॉर्जिया देश की राजधानी जो रूस के पास है | GE
shared-name | यूरोप वाले जॉर्जिया देश का कैपिटल | GE
shared-name | ब्रिटिश वर्जिन आइलैंड्स की राजधानी | VG
shared-name | अमेरिकी वर्जिन द्वीपसमूह की राजधानी | VI
yes-no-check | क्या केन्या की राजधानी नैरोबी है | KE
yes-no-check | पेरू की राजधानी लीमा है ना | PE
yes-no-check | थाईलैंड की राजधानी बैंकॉक ही है ना | TH
yes-no-check | ऑस्ट्रेलिया की राजधानी सिडनी है क्या | AU
yes-no-check | कनाडा की राजधानी टोरंटो है सही है ना | CA
yes-no-check | तुर्की की राजधानी इस्तांबुल है ना | TR
yes-no-check | नाइजीरिया की राजधानी लागोस है क्या | NG
yes-no-check | ब्राज़ील की राजधानी रियो है क्या | BR
yes-no-check | म्यांमार की राजधानी अभी भी रंगून है क्या | MM
yes-no-check | कज़ाखस्तान की राजधानी अल्माटी है क्या | KZ
yes-no-check | पाकिस्तान की राजधानी कराची है ना | PK
yes-no-check | भूटान की राजधानी थिम्पू ही है ना | BT
yes-no-check | नेपाल की राजधानी काठमांडू है ये सही है क्या | NP
yes-no-check | मिस्र की राजधानी काहिरा है ना | EG
yes-no-check | स्विट्ज़रलैंड की राजधानी ज्यूरिख है क्या | CH
yes-no-check | न्यूज़ीलैंड का कैपिटल ऑकलैंड है क्या | NZ
yes-no-check | वियतनाम की राजधानी हो ची मिन्ह सिटी है क्या | VN
yes-no-check | मोरक्को की राजधानी कैसाब्लांका है ना | MA
yes-no-check | कर्नाटक की राजधानी बेंगलुरु ही है ना | IN-KA
yes-no-check | महाराष्ट्र की राजधानी पुणे है क्या | IN-MH
yes-no-check | आंध्र प्रदेश की राजधानी अमरावती है ना | IN-AP
yes-no-check | झारखंड की राजधानी रांची है ना भैया | IN-JH
yes-no-check | मणिपुर का राजधानी इंफाल है ना | IN-MN
yes-no-check | अरुणाचल का राजधानी ईटानगर होता है ना | IN-AR
yes-no-check | अमेरिका की राजधानी न्यूयॉर्क है क्या | US
yes-no-check | कैलिफोर्निया की राजधानी लॉस एंजेलिस है ना | US-CA
yes-no-check | टेक्सास का कैपिटल ह्यूस्टन है क्या | US-TX
yes-no-check | जर्मनी की राजधानी बर्लिन है सही ना | DE
yes-no-check | चीन की राजधानी शंघाई है क्या | CN
yes-no-check | इटली की राजधानी रोम ही है ना | IT
self-correction | फ्रांस की राजधानी नहीं नहीं स्पेन की बताओ | ES
self-correction | जापान का मतलब चीन की राजधानी | CN
self-correction | ऑस्ट्रिया की अरे सॉरी ऑस्ट्रेलिया की राजधानी | AU
self-correction | स्वीडन की नहीं स्विट्ज़रलैंड की राजधानी बताओ | CH
self-correction | इराक की राजधानी नहीं ईरान की | IR
self-correction | बिहार की राजधानी अरे नहीं झारखंड की | IN-JH
self-correction | मणिपुर की माफ करना मिज़ोरम की राजधानी | IN-MZ
self-correction | नाइजर की नहीं भाई नाइजीरिया की राजधानी | NG
self-correction | स्लोवाकिया की गलत बोला स्लोवेनिया की राजधानी | SI
self-correction | कोलंबिया की ओह मतलब कनाडा की राजधानी | CA
self-correction | पेरू की नहीं रुको पैराग्वे की राजधानी | PY
self-correction | लातविया उम्म नहीं लिथुआनिया की राजधानी क्या है | LT
self-correction | मेघालय की राजधानी नहीं नहीं नागालैंड की | IN-NL
self-correction | गिनी की अरे गिनी बिसाऊ की राजधानी बताओ | GW
self-correction | ऑस्ट्रेलिया वाला नहीं ऑस्ट्रिया की राजधानी | AT
self-correction | तंज़ानिया की सॉरी केन्या की राजधानी | KE
self-correction | मलावी की नहीं माली की राजधानी | ML
self-correction | हंगरी की रुको रुको बुल्गारिया की राजधानी | BG
self-correction | डेनमार्क की नहीं मतलब नॉर्वे की राजधानी | NO
self-correction | हरियाणा की नहीं पंजाब की राजधानी बताओ | IN-PB
reverse-question | नैरोबी किस देश की राजधानी है | CITY:नैरोबी
reverse-question | थिम्पू किस देश की राजधानी है | CITY:थिंपू
reverse-question | काठमांडू कौन से देश की राजधानी है | CITY:काठमांडू
reverse-question | कैनबरा किसकी राजधानी है | CITY:कैनबरा
reverse-question | ओटावा किस देश का कैपिटल है | CITY:ओटावा
reverse-question | लीमा किस मुल्क की राजधानी है | CITY:लीमा
reverse-question | अबुजा कौन से देश में राजधानी है | CITY:अबुजा
reverse-question | बैंकॉक किस देश की राजधानी है बताओ | CITY:बैंकॉक
reverse-question | हनोई किस देश की राजधानी है | CITY:हनोई
reverse-question | अंकारा कौन से देश की राजधानी है | CITY:अंकारा
reverse-question | तेहरान किसकी राजधानी है भाई | CITY:तेहरान
reverse-question | अस्ताना किस देश का कैपिटल है | CITY:अस्ताना
reverse-question | ब्रासीलिया किस देश की राजधानी है | CITY:ब्रासीलिया
reverse-question | ब्यूनस आयरस किस देश की राजधानी है | CITY:ब्यूनस आयरस
reverse-question | सैंटियागो किस देश का कैपिटल है | CITY:सैंटियागो
reverse-question | लखनऊ किस राज्य की राजधानी है | CITY:लखनऊ
reverse-question | जयपुर किस प्रदेश की राजधानी है | CITY:जयपुर
reverse-question | बेंगलुरु कौन से राज्य की राजधानी है | CITY:बेंगलुरु
reverse-question | रोम किस देश की राजधानी है | CITY:रोम
reverse-question | मैड्रिड किसकी राजधानी है | CITY:मैड्रिड
official-name | संघीय गणराज्य जर्मनी की राजधानी क्या है | DE
official-name | फ्रांसीसी गणराज्य की राजधानी बताइए | FR
official-name | इस्लामिक रिपब्लिक ऑफ ईरान की राजधानी | IR
official-name | रूसी संघ की राजधानी कौन सी है | RU
official-name | चीनी जनवादी गणराज्य की राजधानी क्या है | CN
official-name | संयुक्त राज्य अमेरिका की राजधानी बताइए | US
official-name | यूनाइटेड किंगडम ऑफ ग्रेट ब्रिटेन की राजधानी | GB
official-name | कोरिया लोकतांत्रिक जनवादी गणराज्य की राजधानी | KP
official-name | कोरिया गणराज्य की राजधानी कौन सी है | KR
official-name | लोकतांत्रिक समाजवादी गणराज्य श्रीलंका की राजधानी | LK
official-name | संघीय लोकतांत्रिक गणराज्य नेपाल की राजधानी क्या है | NP
official-name | वियतनाम समाजवादी गणराज्य की राजधानी | VN
official-name | भारत गणराज्य की राजधानी कौन सी है | IN
official-name | इस्लामी गणराज्य पाकिस्तान की राजधानी | PK
official-name | जनवादी गणराज्य बांग्लादेश की राजधानी | BD
official-name | किंगडम ऑफ सऊदी अरेबिया का कैपिटल | SA
official-name | कॉमनवेल्थ ऑफ ऑस्ट्रेलिया की राजधानी | AU
official-name | संयुक्त मैक्सिकन राज्य की राजधानी क्या है | MX
official-name | अरब गणराज्य मिस्र की राजधानी | EG
official-name | हेलेनिक रिपब्लिक की राजधानी कौन सी है | GR
official-name | स्विस कॉन्फेडरेशन की राजधानी | CH
official-name | किंगडम ऑफ थाईलैंड का कैपिटल सिटी | TH
everyday-name | यूके की राजधानी क्या है | GB
everyday-name | इंग्लैंड देश की राजधानी लंदन ही है ना | GB-ENG
everyday-name | यूएसए का कैपिटल बताओ | US
everyday-name | यूएई की राजधानी दुबई है क्या | AE
everyday-name | हॉलैंड की राजधानी कौन सी है | NL
everyday-name | बर्मा की राजधानी बताओ | MM
everyday-name | टर्की की राजधानी क्या है | TR
everyday-name | चाइना का कैपिटल | CN
everyday-name | रशिया की राजधानी बता दो | RU
everyday-name | इजिप्ट का कैपिटल क्या है | EG
everyday-name | चेक की राजधानी प्राग है ना | CZ
everyday-name | ग्रीस की राजधानी एथेंस ही है | GR
everyday-name | अमरीका की राजधानी बताओ | US
everyday-name | बांग्ला देश की राजधानी | BD
everyday-name | ईस्ट तिमोर की राजधानी क्या है | TL
everyday-name | आइवरी कोस्ट का कैपिटल | CI
everyday-name | कैनेडा की राजधानी क्या है | CA
everyday-name | इंग्लिस्तान की राजधानी बताओ | GB-ENG
everyday-name | बिलायत की राजधानी कौन सी है | GB
old-name | सीलोन की राजधानी क्या थी जो अब श्रीलंका है | LK
old-name | स्याम देश की राजधानी | TH
old-name | फारस की राजधानी कौन सी है | IR
old-name | दाहोमी की राजधानी | BJ
old-name | स्वाजीलैंड की राजधानी क्या है | SZ
old-name | उड़ीसा की राजधानी भुवनेश्वर है ना | IN-OD
old-name | पांडिचेरी की राजधानी बताओ | IN-PY
old-name | उत्तरांचल की राजधानी क्या है | IN-UK
old-name | ज़ायर की राजधानी किंशासा थी ना | CD
old-name | मैसेडोनिया की राजधानी क्या है | MK
territory | हांगकांग की राजधानी क्या है | HK
territory | मकाऊ का कैपिटल क्या होता है | MO
territory | ग्रीनलैंड की राजधानी नूक है ना | GL
territory | प्यूर्टो रिको की राजधानी बताओ | PR
territory | गुआम की राजधानी क्या है | GU
territory | जिब्राल्टर की राजधानी | GI
territory | फॉकलैंड आइलैंड्स की राजधानी कौन सी है | FK
territory | न्यू कैलेडोनिया की राजधानी | NC
territory | फ्रेंच पोलिनेशिया का कैपिटल बताओ | PF
territory | पश्चिमी सहारा की राजधानी कौन सी है | EH
territory | अंटार्कटिका की राजधानी है क्या कोई | AQ
territory | कुक आइलैंड्स की राजधानी | CK
territory | अरूबा की राजधानी क्या है | AW
territory | कुरासाओ की राजधानी बताओ | CW
territory | फैरो आइलैंड्स की राजधानी | FO
territory | रियूनियन द्वीप की राजधानी | RE
territory | केमैन आइलैंड्स की राजधानी कौन सी है | KY
territory | फ्रेंच गयाना की राजधानी | GF
territory | वेटिकन सिटी की राजधानी क्या होगी | VA
territory | क्रिसमस आइलैंड की राजधानी | CX
territory | स्कॉटलैंड की राजधानी एडिनबर्ग है ना | GB-SCT
territory | वेल्स की राजधानी कौन सी है | GB-WLS
territory | नॉर्दर्न आयरलैंड की राजधानी बताओ | GB-NIR
follow-up | और नेपाल की | NP
follow-up | अच्छा फिर भूटान का | BT
follow-up | उसके बाद बांग्लादेश की बताओ | BD
follow-up | और म्यांमार | MM
follow-up | अब श्रीलंका वाली | LK
follow-up | ठीक और मालदीव का क्या | MV
follow-up | अच्छा तो पाकिस्तान की | PK
follow-up | हम्म और अफगानिस्तान का | AF
follow-up | और हाँ ईरान की भी | IR
follow-up | फिर इराक वाली बताओ | IQ
follow-up | और असम का क्या | IN-AS
follow-up | और मेघालय की भी बता | IN-ML
follow-up | ओके अब त्रिपुरा | IN-TR
follow-up | फिर नागालैंड वाला | IN-NL
follow-up | अच्छा और सिक्किम की राजधानी | IN-SK
follow-up | और बगल वाले बिहार की | IN-BR
follow-up | अब एक और पूछूँ ओडिशा की | IN-OD
follow-up | और उसके पड़ोसी चीन की | CN
follow-up | उसके बाद मंगोलिया का बताओ | MN
follow-up | और लास्ट में जापान | JP
follow-up | अच्छा और फ्रांस का | FR
follow-up | चलो अब इटली की | IT
follow-up | एक और स्पेन | ES
follow-up | और पुर्तगाल | PT
follow-up | बढ़िया और ब्राज़ील की | BR
subdivision | कन्नौज वाले कहत हैं उत्तर प्रदेश की राजधानी लखनऊ है बताओ सही | IN-UP
subdivision | बिहार के राजधानी कोन छेकै | IN-BR
subdivision | झारखंड केर राजधानी का हेके | IN-JH
subdivision | राजस्थान की राजधानी कांई छै | IN-RJ
subdivision | मध्य प्रदेश की राजधानी कौन सी छे | IN-MP
subdivision | हरियाणा की राजधानी कौण सी है | IN-HR
subdivision | अरुणाचल प्रदेश का राजधानी क्या है | IN-AR
subdivision | मणिपुर का कैपिटल कौन सा है | IN-MN
subdivision | कर्नाटक की कैपिटल क्या है | IN-KA
subdivision | अंडमान निकोबार की राजधानी क्या है | IN-AN
subdivision | दिल्ली की राजधानी कौन सी है | IN-DL
subdivision | गोवा की राजधानी पणजी है ना | IN-GA
subdivision | गुजरात की राजधानी क्या है अहमदाबाद या गांधीनगर | IN-GJ
subdivision | हिमाचल की राजधानी शिमला है ना | IN-HP
subdivision | जम्मू कश्मीर की राजधानी क्या है | IN-JK
subdivision | लद्दाख की राजधानी लेह है क्या | IN-LA
subdivision | लक्षद्वीप की राजधानी | IN-LD
subdivision | केरल की राजधानी बताओ | IN-KL
subdivision | तमिलनाडु की राजधानी क्या है | IN-TN
subdivision | तेलंगाना का राजधानी हैदराबाद है ना | IN-TS
subdivision | छत्तीसगढ़ की राजधानी रायपुर है | IN-CG
subdivision | उत्तराखंड की राजधानी देहरादून है या गैरसैंण | IN-UK
subdivision | पश्चिम बंगाल की राजधानी कौन सी है | IN-WB
subdivision | पंजाब और हरियाणा दोनों की राजधानी चंडीगढ़ है ना पंजाब की बताओ | IN-PB
subdivision | चंडीगढ़ खुद किसकी राजधानी है मतलब चंडीगढ़ की राजधानी | IN-CH
subdivision | दादरा और नगर हवेली की राजधानी | IN-DH
subdivision | मिजोरम की राजधानी आइजोल है ना | IN-MZ
subdivision | महाराष्ट्र की राजधानी मुंबई ही है ना | IN-MH
subdivision | टेक्सास की राजधानी क्या है | US-TX
subdivision | कैलिफोर्निया स्टेट की कैपिटल | US-CA
subdivision | न्यूयॉर्क राज्य की राजधानी | US-NY
subdivision | न्यू जर्सी की राजधानी बताओ मेरी बेटी वहाँ रहती है | US-NJ
subdivision | फ्लोरिडा का कैपिटल क्या है | US-FL
subdivision | इलिनॉय की राजधानी शिकागो है क्या | US-IL
subdivision | वॉशिंगटन स्टेट की राजधानी सिएटल है क्या | US-WA
subdivision | हवाई की राजधानी होनोलूलू है ना | US-HI
subdivision | अलास्का की राजधानी कौन सी है | US-AK
subdivision | पेंसिल्वेनिया की राजधानी | US-PA
subdivision | मिशिगन का कैपिटल डेट्रॉइट है क्या | US-MI
subdivision | ओहायो की राजधानी | US-OH
subdivision | वर्जीनिया की राजधानी क्या है | US-VA
subdivision | नॉर्थ कैरोलिना की राजधानी | US-NC
subdivision | ओंटारियो की राजधानी टोरंटो है ना | CA-ON
subdivision | ब्रिटिश कोलंबिया की राजधानी वैंकूवर है क्या | CA-BC
subdivision | क्यूबेक की राजधानी | CA-QC
subdivision | अल्बर्टा की राजधानी कैलगरी है क्या | CA-AB
subdivision | न्यू साउथ वेल्स की राजधानी सिडनी है ना | AU-NSW
subdivision | विक्टोरिया राज्य की राजधानी मेलबर्न है | AU-VIC
subdivision | क्वींसलैंड की राजधानी | AU-QLD
subdivision | तस्मानिया की राजधानी कौन सी है | AU-TAS
subdivision | बवेरिया की राजधानी म्यूनिख है ना | DE-BY
subdivision | हैम्बर्ग की राजधानी | DE-HH
subdivision | साओ पाउलो राज्य की राजधानी | BR-SP
subdivision | रियो डी जनेरियो राज्य की राजधानी | BR-RJ
subdivision | बाहिया की राजधानी | BR-BA
subdivision | जलिस्को की राजधानी ग्वाडलहारा है | MX-JAL
subdivision | युकाटन की राजधानी | MX-YUC
subdivision | वेस्ट ऑस्ट्रेलिया की राजधानी पर्थ है ना | AU-WA
stop | बस करो रे अब खदान जाना है | STOP
stop | हो गयो अब बंद कर दे | STOP
stop | अब बंद करौ भैया इत्तर की दुकान खोलनी है | STOP
stop | अब बंद करी दे हो | STOP
stop | बस बस अब बंद कर एलेक्सा नाव चलानी है | STOP
stop | म्हारो हो गयो बंद कर दे रे | STOP
stop | ठीक है दाजू अब बंद करो | STOP
stop | मीटिंग शुरू हो रही है स्टॉप इट | STOP
stop | राम जी की कृपा अब बंद करो बिटिया | STOP
stop | बहुत हुआ अब बोलना बंद करो | STOP
stop | एलेक्सा अब आराम करो बंद | STOP
stop | चल बंद कर दे अब खेल | STOP
cancel | रहन दे रे नी पूछनो | CANCEL
cancel | छोड़ी दे हो ई सवाल | CANCEL
cancel | ना ना ई वाला रद्द करौ | CANCEL
cancel | नै चाहियै छोड़ि दहो | CANCEL
cancel | कोई बात नी रहबा दे | CANCEL
cancel | अरे मैडम वो वाला सवाल कैंसल करो | CANCEL
cancel | गलत बटन दब गया कैंसल कर दो | CANCEL
cancel | नहीं वो नहीं पूछना था वापस लो | CANCEL
cancel | सवाल रद्द कर दो दुल्हन वालों ने बदल दिया | CANCEL
cancel | छोड़ो ना इसको अभी | CANCEL
cancel | अब ये वाला मत करो कैंसिल | CANCEL
launch | एलेक्सा दुनिया की राजधानियाँ खोलो ना प्लीज | LAUNCH
launch | दुनिया की राजधानियाँ खोल दे रे | LAUNCH
launch | दुनिया की राजधानियाँ चालू कर दो बच्चे पढ़ेंगे | LAUNCH
launch | दुनिया की राजधानियाँ शुरू करौ भैया | LAUNCH
launch | अलेक्सा बिटिया दुनिया की राजधानियाँ खोलो तो | LAUNCH
launch | दुनिया की राजधानियाँ वाला खोलो जो मास्टर जी ने बताया | LAUNCH
launch | हे एलेक्सा लॉन्च दुनिया की राजधानियाँ | LAUNCH
launch | दुनिया की राजधानियाँ खोलिए कृपया | LAUNCH
out-of-domain | कोटा में सबसे अच्छी कोचिंग कौन सी है | FB
out-of-domain | खंडवा में किशोर कुमार का घर कहाँ है | FB
out-of-domain | नूह से गुड़गाँव कितनी दूर है | FB
out-of-domain | तवांग में बर्फ गिरी क्या | FB
out-of-domain | संगाई फेस्टिवल कब है | FB
out-of-domain | व्हाइटफील्ड में किराया कितना है | FB
out-of-domain | सेल्युलर जेल कितने बजे खुलती है | FB
out-of-domain | इस मरीज़ का ब्लड ग्रुप क्या है | FB
out-of-domain | दुल्हे का नाम बताओ | FB
out-of-domain | आज प्रसाद में क्या मिलेगा | FB
out-of-domain | कपास का समर्थन मूल्य कितना है | FB
out-of-domain | ब्लू लाइन पे अगला स्टेशन कौन सा है | FB
out-of-domain | कन्नौज का इत्र दुनिया में कहाँ कहाँ जाता है | FB
out-of-domain | प्रो कबड्डी में पटना पाइरेट्स जीते क्या | FB
out-of-domain | भारत की राजधानी दिल्ली में कितने जिले हैं | FB
out-of-domain | नई दिल्ली से जयपुर की दूरी | FB
out-of-domain | लखनऊ के कबाब कहाँ मिलते हैं | FB
out-of-domain | पटना से भागलपुर की ट्रेन | FB
out-of-domain | राजधानी में आज रैली है क्या | FB
out-of-domain | देश की राजधानी में कर्फ्यू है क्या | FB
out-of-domain | राजधानी एक्सप्रेस में खाना कैसा मिलता है | FB
out-of-domain | लंदन में अभी कितने बजे हैं | FB
out-of-domain | पेरिस का एफिल टावर कितना ऊँचा है | FB
out-of-domain | कैपिटल ए कैसे लिखते हैं | FB
out-of-domain | वेंचर कैपिटल किसे कहते हैं | FB
out-of-domain | ह्यूमन कैपिटल का मतलब | FB
out-of-domain | कैपिटल पनिशमेंट क्या होता है | FB
out-of-domain | बंगाल प्रेसीडेंसी की राजधानी क्या थी | FB
out-of-domain | अवध की राजधानी कौन सी थी | FB
out-of-domain | मराठा साम्राज्य का कैपिटल | FB
out-of-domain | पल्लवों की राजधानी कांचीपुरम थी क्या | FB
kanauji | अरे सुनौ जापान कि राजधानी कौन है | JP
kanauji | हमका बताओ तो केन्या की राजधानी को नाम | KE
kanauji | लल्ला पूछ रहो है पेरू की राजधानी का हुईहै | PE
kanauji | दुकान पे गोरा साहब आए थे फ्रांस के उनकी राजधानी का है | FR
kanauji | गुलाब जल को ऑर्डर ओमान से आओ है ओमान की राजधानी बताओ | OM
kanauji | इत्र दुबई जात है यूएई की राजधानी कौन है | AE
kanauji | अरे भैया सऊदी अरब की राजधानी रियाद हुईहै का | SA
kanauji | फर्रुखाबाद से बोल रहे हैं मिस्र की राजधानी बताय देव | EG
kanauji | हमाई अम्मा पूछ रहीं नेपाल की राजधानी का है | NP
kanauji | कुवैत की राजधानी को नाम बताओ हमाओ भतीजा उतै है | KW
kanauji | कतर की राजधानी कौन हुईहै दोहा का | QA
kanauji | बहरीन की राजधानी बताय देव भैया | BH
angika | हो जी जर्मनी के राजधानी की छेकै | DE
angika | चीन के राजधानी कोन शहर छै तनी कहो | CN
angika | रेशम के धागा कोरिया सें आबै छै दक्षिण कोरिया के राजधानी की | KR
angika | बांग्लादेश के राजधानी ढाका छेकै नी | BD
angika | भूटान के राजधानी की छै बताबौ | BT
angika | हमरो बेटा जापान में छै ओकरो राजधानी की | JP
angika | श्रीलंका के राजधानी कोलंबो छै कि दोसरो | LK
angika | इटली के राजधानी की होय छै भैया | IT
angika | फ्रांस के राजधानी कोन छेकै हो | FR
angika | इंग्लैंड के राजधानी लंदन छेकै न | GB-ENG
angika | बिहार के राजधानी पटना छै ई तऽ सब जानै छै झारखंड के बताबौ | IN-JH
khortha | आरे भाई रूस केर राजधानी का हेके | RU
khortha | चीन केर राजधानी बताय दे ना | CN
khortha | ऑस्ट्रेलिया केर राजधानी कोन शहर हेके | AU
khortha | कोयला इंडोनेशिया से आवे है ओकर राजधानी का | ID
khortha | बोकारो से बोलित ही जर्मनी केर राजधानी का हे | DE
khortha | हमर मालिक के बेटा कनाडा गेल हे ओकर राजधानी | CA
khortha | पोलैंड केर राजधानी कहाँ हेके | PL
khortha | झारखंड केर राजधानी रांची ना हे जी | IN-JH
khortha | बंगाल केर राजधानी कोलकाता हे ना | IN-WB
hadoti | अमेरिका की राजधानी कांई छै बता दे | US
hadoti | सिंगापुर की राजधानी कुणसी छै रे | SG
hadoti | म्हने बता दे यूक्रेन की राजधानी | UA
hadoti | आपणा कोचिंग में पूछ्यो छो ग्रीस की राजधानी | GR
hadoti | डीपीपी के टेस्ट में आयो तुर्की की राजधानी कांई छै | TR
hadoti | थे बताओ ना ब्राजील की राजधानी कुणसी | BR
hadoti | अर्जेंटीना की राजधानी बता दे भाया | AR
hadoti | इजराइल की राजधानी कांई छै सर | IL
hadoti | हंगरी की राजधानी बुडापेस्ट छै कांई | HU
nimadi | काई रे फ्रांस की राजधानी कौन सी छे | FR
nimadi | इंग्लैंड की राजधानी बताओ नी लंदन छे कि | GB-ENG
nimadi | कपास जो चीन जाय छे ओकी राजधानी कौन | CN
nimadi | मेक्सिको की राजधानी कई छे | MX
nimadi | हमारा मध्य प्रदेश की राजधानी भोपाल छे नी | IN-MP
nimadi | बांग्लादेश की राजधानी कौन सी छे भई | BD
nimadi | ओमकारेश्वर मा एक परदेसी मिल्यो स्पेन को ओकी राजधानी | ES
nimadi | जर्मनी की राजधानी बताओ नी रे | DE
mewati | अरे ओ सुण पाकिस्तान की राजधानी कौण सी है | PK
mewati | सऊदी की राजधानी रियाद है के | SA
mewati | म्हारा भाई दुबई में है यूएई की राजधानी बता | AE
mewati | ईरान की राजधानी कौण सी है बतादे | IR
mewati | तुर्की की राजधानी के है इस्तांबुल के | TR
mewati | अफगानिस्तान की राजधानी काबुल है के | AF
mewati | मिस्र की राजधानी कौण सी है बता दे | EG
mewati | इराक की राजधानी बगदाद है के ना | IQ
arunachali | चीन का राजधानी क्या होता है बताओ ना | CN
arunachali | भूटान का राजधानी थिम्पू होता है ना | BT
arunachali | म्यांमार का राजधानी क्या है हम लोग भूल गया | MM
arunachali | तिब्बत तो नहीं है ना लिस्ट में चलो नेपाल का राजधानी बताओ | NP
arunachali | जापान का राजधानी बोलो ना जल्दी | JP
arunachali | हम लोग का दोस्त थाईलैंड गया है उधर का राजधानी क्या | TH
arunachali | असम का राजधानी दिसपुर होता है ना | IN-AS
arunachali | नागालैंड का राजधानी कोहिमा है क्या | IN-NL
manipuri | मंगोलिया का राजधानी क्या है सर | MN
manipuri | कोरिया साउथ का राजधानी सियोल है ना | KR
manipuri | वियतनाम का कैपिटल बोलो | VN
manipuri | म्यांमार का राजधानी क्या है बॉर्डर के उस तरफ | MM
manipuri | फुटबॉल वाला ब्राजील का कैपिटल क्या है | BR
manipuri | इंडोनेशिया का राजधानी जकार्ता है ना | ID
manipuri | फिलीपींस का कैपिटल मनीला होता है ना | PH
manipuri | मेघालय का राजधानी शिलांग है क्या | IN-ML
bengaluru | बेसिकली मुझे जानना था स्वीडन की कैपिटल क्या है | SE
bengaluru | आई थिंक आयरलैंड की कैपिटल डबलिन है कन्फर्म करो | IE
bengaluru | मेरी ऑनसाइट नीदरलैंड्स में है वहाँ की कैपिटल बताओ | NL
bengaluru | एक्चुअली पोलैंड की कैपिटल क्या है वारसॉ ना | PL
bengaluru | टीम में एक बंदा एस्टोनिया से है उसकी कैपिटल | EE
bengaluru | कर्नाटका की कैपिटल बैंगलोर ही है ना | IN-KA
bengaluru | डेनमार्क की कैपिटल सिटी कौन सी है यार | DK
bengaluru | सिंगापुर का कैपिटल क्या सिंगापुर ही है | SG
bengaluru | इज़राइल की कैपिटल को लेकर कन्फ्यूजन है बताओ | IL
bengaluru | पुर्तगाल की कैपिटल लिस्बन है राइट | PT
andaman | निकोबार वाले पूछ रहे इंडोनेशिया की राजधानी क्या है | ID
andaman | म्यांमार की राजधानी बताओ जी यहाँ से पास ही है | MM
andaman | अंडमान की राजधानी पोर्ट ब्लेयर है ना | IN-AN
andaman | थाईलैंड की राजधानी क्या है यहाँ से मछुआरे जाते हैं | TH
andaman | मलेशिया की राजधानी क्या है जी | MY
andaman | श्रीलंका की राजधानी बताइए | LK
andaman | तमिलनाडु की राजधानी चेन्नई है ना हमारे रिश्तेदार हैं | IN-TN
auto | मैडम जी फ्रांस की राजधानी बताओ | FR
auto | साब ये रूस की राजधानी क्या है मास्को है ना | RU
auto | भैया जी जर्मनी की राजधानी कौन सी है | DE
auto | अरे सुनो दिल्ली किसकी राजधानी है मतलब भारत की राजधानी बताओ | IN
auto | ओ भाई उज़्बेकिस्तान की राजधानी क्या है सवारी पूछ रही है | UZ
auto | विदेसी सवारी बोल रही नॉर्वे नॉर्वे उसकी राजधानी | NO
auto | सवारी कोरियन है उसके देश की राजधानी बताओ दक्षिण कोरिया | KR
nurse | मेरी बैचमेट आयरलैंड गई है उसकी राजधानी क्या है | IE
nurse | नर्सिंग के लिए जर्मनी जाना है जर्मनी की राजधानी | DE
nurse | यूके की राजधानी लंदन है ना सिस्टर | GB
nurse | न्यूज़ीलैंड की राजधानी बताओ वहाँ नर्सों की डिमांड है | NZ
nurse | केरल की राजधानी तिरुवनंतपुरम है ना मेरा घर | IN-KL
nurse | ऑस्ट्रेलिया की राजधानी सिडनी नहीं है ना | AU
nurse | मालदीव की राजधानी माले है क्या | MV
boatman | महाराज फ्रांस की राजधानी का है बाबू पूछ रहे | FR
boatman | जापानी मेमसाब आई हैं जापान की राजधानी का है | JP
boatman | इटली वाले साहब की राजधानी रोम है का | IT
boatman | अमरीका की राजधानी का है बाबू | US
boatman | स्पेन वाली मेमसाब हैं स्पेन की राजधानी बताओ | ES
boatman | इजराइल के लड़के घूमत हैं उनकी राजधानी का | IL
boatman | रूस की राजधानी बताओ गुरु | RU
grandma | बेटा इंग्लैंड की राजधानी का है | GB-ENG
grandma | ए बहू ये डिब्बे से पूछ अमेरिका की राजधानी | US
grandma | हमारा पोता कनाडा में है कनाडा की राजधानी बता | CA
grandma | नेपाल की राजधानी काठमांडू ही है ना हम गए थे | NP
grandma | बर्मा की राजधानी रंगून थी अब क्या है | MM
grandma | पाकिस्तान की राजधानी कराची है ना बेटा | PK
grandma | लंका की राजधानी बताओ रावण वाली | LK
grandma | चीन की राजधानी बताओ जरा पेकिंग था ना | CN
kabaddi | ईरान की राजधानी बता उनकी टीम बढ़िया है | IR
kabaddi | कोरिया साउथ की राजधानी बताओ उनका रेडर तेज़ है | KR
kabaddi | बांग्लादेश की राजधानी क्या है कोच साब | BD
kabaddi | केन्या की टीम भी आई थी उसकी राजधानी | KE
kabaddi | जापान की राजधानी टोक्यो है ना | JP
kabaddi | हरियाणा की राजधानी चंडीगढ़ है ना ओए | IN-HR
sangeet | दूल्हा अमेरिका से है उसकी राजधानी बताओ | US
sangeet | हनीमून स्विट्ज़रलैंड जा रहे हैं वहाँ की राजधानी क्या है | CH
sangeet | मॉरीशस की राजधानी बताओ हनीमून वहीं है | MU
sangeet | दुल्हन की बहन कनाडा में रहती है कनाडा की राजधानी | CA
sangeet | बाली वाला देश इंडोनेशिया उसकी राजधानी क्या है | ID
sangeet | पेरिस फ्रांस की राजधानी है ना सही बोलो | FR
temple | नेपाल की राजधानी क्या है पशुपतिनाथ वाला | NP
temple | कंबोडिया की राजधानी बताओ अंकोरवाट वाला देश | KH
temple | थाईलैंड की राजधानी बैंकॉक है ना | TH
temple | श्रीलंका की राजधानी बताइए पंडित जी | LK
temple | भूटान की राजधानी बताइए | BT
temple | इंडोनेशिया की राजधानी क्या है वहाँ भी मंदिर हैं | ID
blind | कृपया बताइए कि फ़िनलैंड की राजधानी क्या है | FI
blind | मैं ब्रेल में पढ़ रहा हूँ बेल्जियम की राजधानी क्या है | BE
blind | एक बार फिर बोलिए ऑस्ट्रिया की राजधानी | AT
blind | मुझे अर्जेंटीना की राजधानी का नाम सुनना है | AR
blind | आवाज़ थोड़ी तेज़ करके बताइए चिली की राजधानी | CL
blind | मेरी परीक्षा के लिए कोलंबिया की राजधानी चाहिए | CO
blind | राइटर को लिखवाना है इथियोपिया की राजधानी क्या है | ET
blind | धीरे से स्पेलिंग के साथ बताइए आइसलैंड की राजधानी | IS
farmer | हमारे गाँव का लड़का इज़राइल खेती सीखने गया उसकी राजधानी | IL
farmer | नीदरलैंड की राजधानी बताओ वहाँ की डेरी बड़ी है | NL
farmer | संतरा बांग्लादेश जाता है उसकी राजधानी कौन सी है | BD
farmer | महाराष्ट्र की राजधानी मुंबई है ना मोर्चा वहीं जाएगा | IN-MH
farmer | बिदर्भ कोई राज्य नहीं है ना तो महाराष्ट्र की राजधानी ही बताओ | IN-MH
farmer | कपास अमेरिका में भी होता है उनकी राजधानी क्या | US
farmer | ऑस्ट्रेलिया की राजधानी बताओ वहाँ गेहूँ बहुत होता है | AU
metro | भाई जल्दी बता हंगरी की राजधानी | HU
metro | अगले स्टेशन से पहले बता दे पुर्तगाल की राजधानी | PT
metro | दरवाज़े बाईं ओर खुलेंगे अरे छोड़ो बेल्जियम की राजधानी बताओ | BE
metro | कश्मीरी गेट पे चेंज करना है तब तक रोमानिया की राजधानी | RO
metro | येलो लाइन में बैठा हूँ क्रोएशिया की राजधानी क्या है | HR
metro | पीक आवर में दिमाग नहीं चल रहा मिस्र की राजधानी | EG
teacher | बच्चो बताओ केन्या की राजधानी क्या है अरे एलेक्सा तुम बताओ | KE
teacher | चौथी कक्षा का सवाल है इटली की राजधानी | IT
teacher | होमवर्क चेक करना है फ़िनलैंड की राजधानी हेलसिंकी है ना | FI
teacher | मॉनिटर ने पूछा नॉर्वे की राजधानी क्या है | NO
teacher | आज का जीके का सवाल पेरू की राजधानी | PE
teacher | प्रार्थना सभा के लिए जापान की राजधानी बता दो | JP
old-name | रंगून किस देश की राजधानी थी मतलब बर्मा की राजधानी अब बताओ | MM
old-name | पुरानी बम्बई वाले राज्य महाराष्ट्र की राजधानी | IN-MH
old-name | रोडेशिया की राजधानी अब क्या है | ZW
old-name | अबिसीनिया की राजधानी | ET
old-name | कम्पूचिया की राजधानी क्या है | KH
yes-no-check | फिलीपींस की राजधानी मनीला है ना | PH
yes-no-check | मलेशिया की राजधानी कुआलालंपुर ही है ना | MY
yes-no-check | इंडोनेशिया की राजधानी बाली है क्या | ID
yes-no-check | स्पेन की राजधानी बार्सिलोना है क्या | ES
yes-no-check | इजराइल की राजधानी तेल अवीव है ना | IL
yes-no-check | बांग्लादेश की राजधानी चटगाँव है क्या | BD
yes-no-check | दक्षिण अफ्रीका की राजधानी जोहान्सबर्ग है क्या | ZA
yes-no-check | असम की राजधानी गुवाहाटी है ना | IN-AS
yes-no-check | केरल की राजधानी कोच्चि है क्या | IN-KL
yes-no-check | गुजरात की राजधानी अहमदाबाद है ना भाई | IN-GJ
yes-no-check | उत्तराखंड की राजधानी हरिद्वार है क्या | IN-UK
yes-no-check | मेघालय की राजधानी शिलांग ही है ना | IN-ML
self-correction | बोलिविया की नहीं बोत्सवाना की राजधानी | BW
self-correction | मोरक्को की अरे नहीं मोनाको की राजधानी | MC
self-correction | ऑस्ट्रेलिया की नहीं रे न्यूज़ीलैंड की | NZ
self-correction | मालदीव की भूल से बोला मॉरीशस की राजधानी बताओ | MU
self-correction | युगांडा की नहीं रवांडा की राजधानी | RW
self-correction | जांबिया अरे नहीं जिम्बाब्वे की राजधानी | ZW
self-correction | पंजाब की नहीं हिमाचल की राजधानी | IN-HP
self-correction | तमिलनाडु की नहीं केरल की राजधानी बताओ | IN-KL
self-correction | राजस्थान की अरे मध्य प्रदेश की राजधानी | IN-MP
self-correction | ईरान की मतलब इराक की राजधानी | IQ
reverse-question | ढाका किस देश की राजधानी है | CITY:ढाका
reverse-question | मनीला कौन से देश की कैपिटल है | CITY:मनीला
reverse-question | जकार्ता किसकी राजधानी है | CITY:जकार्ता
reverse-question | कैरो किस देश की राजधानी है | CITY:कायरो
reverse-question | काबुल किस देश की राजधानी है | CITY:काबुल
reverse-question | इंफाल किस राज्य की राजधानी है | CITY:इंफाल
reverse-question | ईटानगर किस राज्य का राजधानी है | CITY:ईटानगर
reverse-question | रांची कौन से राज्य की राजधानी है | CITY:रांची
reverse-question | पटना किसकी राजधानी है | CITY:पटना
reverse-question | भोपाल किस राज्य की राजधानी है | CITY:भोपाल
reverse-question | वारसॉ किस देश की राजधानी है | CITY:वॉरसॉ
reverse-question | हेलसिंकी किस मुल्क की राजधानी है | CITY:हेलसिंकी
shared-name | उत्तर वाला कोरिया उसकी राजधानी | KP
shared-name | कांगो की राजधानी बताओ दोनों वाले की | CD+CG
shared-name | जॉर्जिया की राजधानी बताओ जो भी हो | GE+US-GA
shared-name | कोरिया का राजधानी क्या है सर | KP+KR
shared-name | अटलांटा वाले जॉर्जिया की राजधानी | US-GA
shared-name | त्बिलिसी वाला जॉर्जिया की राजधानी बताओ | GE
follow-up | और कन्नौज से पास वाले उत्तराखंड की | IN-UK
follow-up | अच्छा अब हिमाचल का | IN-HP
follow-up | उसके बाद गोवा | IN-GA
follow-up | फिर कर्नाटका | IN-KA
follow-up | और केन्या की भी | KE
follow-up | अब तंज़ानिया की बताओ | TZ
follow-up | और फिर युगांडा | UG
follow-up | हाँ और इथियोपिया की | ET
follow-up | अगला सवाल सोमालिया | SO
follow-up | और उसके बगल वाला जिबूती | DJ
subdivision | बिहार की राजधानी पटना है ना | IN-BR
subdivision | ओडिशा की राजधानी बताओ | IN-OD
subdivision | सिक्किम की राजधानी गंगटोक है ना | IN-SK
subdivision | त्रिपुरा की राजधानी अगरतला है क्या | IN-TR
subdivision | आंध्र प्रदेश की राजधानी बताओ | IN-AP
subdivision | पुडुचेरी की राजधानी | IN-PY
subdivision | असम की राजधानी क्या है | IN-AS
subdivision | जॉर्जिया राज्य अमेरिका वाला उसकी राजधानी | US-GA
subdivision | मैसाचुसेट्स की राजधानी बॉस्टन है ना | US-MA
subdivision | एरिज़ोना की राजधानी | US-AZ
subdivision | नेवाडा की राजधानी लास वेगास है क्या | US-NV
subdivision | स्कॉटलैंड का कैपिटल | GB-SCT
subdivision | इंग्लैंड की राजधानी | GB-ENG
subdivision | कैलिफोर्निया की राजधानी सैक्रामेंटो है क्या | US-CA
subdivision | उत्तरी क्षेत्र ऑस्ट्रेलिया की राजधानी | AU-NT
subdivision | मेक्सिको सिटी किस राज्य में है मेक्सिको राज्य की राजधानी | MX-MEX
subdivision | सैक्सनी की राजधानी | DE-SN
subdivision | मणिपुर की राजधानी बताओ | IN-MN
subdivision | मिज़ोरम की राजधानी क्या है | IN-MZ
subdivision | नागालैंड की राजधानी क्या है | IN-NL
subdivision | यूपी की राजधानी क्या है | IN-UP
subdivision | एमपी की राजधानी भोपाल | IN-MP
subdivision | जम्मू कश्मीर की सर्दियों वाली राजधानी | IN-JK
"""

if __name__ == "__main__":
    build_round(35, "hi", LINES, sys.argv, "tests/Eval/hi/round35/source/build_corpus.py")
