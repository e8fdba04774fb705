"""Round 38, Hindi (hi-IN): a new author's mix of speakers and situations, written blind (brief WRITER46.md), chosen
away from the speakers of the Hindi rounds 34 to 37. Regions and first languages: Magahi from Gaya and Nawada
("के राजधानी का हइ", "बतावऽ", "हमनी", "नञ"), Maithili from Darbhanga and Madhubani ("की छै", "कहू", "बताउ ने",
"नै", "कोन"), Malvi from Ujjain and Indore ("कंई हे", "बताव", "नी", "म्हारा"), Mewati from Nuh ("के है", "कौण सी",
"बताइयो", "म्हारो"), Odia speakers' Hindi from Cuttack ("का राजधानी कौन है", "आज्ञा", "बोलिए ना"), Malayali
speakers' Hindi from Kochi, nurses and Gulf returnees ("का राजधानी क्या होता", "बोलो एक बार"), Sindhi speakers'
Hindi from Ulhasnagar ("साईं", "अड़े", "जी राजधानी"). Situations: auto-rickshaw drivers with foreign passengers, a
beauty parlour before a wedding, a school quiz night, a nursing hostel and job-abroad hopefuls, merchant-navy sailors
between ports, a farmer at the mandi and sugarcane weighbridge, a truck and car driver on the highway, children with
homework, elders with Burma, Aden and Ceylon memories, Hinglish, hesitations and ASR artefacts. Around them:
follow-ups, plural capitals, subdivisions and territories, yes/no checks, self-corrections, reverse questions,
official, everyday and shared names, help, stop, cancel, launch through the invocation name "दुनिया की राजधानियाँ",
and out-of-domain requests and near misses (Chhath, Rath Yatra, Onam and Cheti Chand, mandi prices, the Rajdhani
Express, "capital" as money, letters and punishment, "X की आर्थिक राजधानी", old kingdoms, epics, continents,
district headquarters, fictional places).
`python3 tests/Eval/hi/round38/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 38's number); every line is hi-IN. Every line was written by hand as one whole sentence, except
65 frames that each ask three sovereign countries (one use each, three fills), in one speaker group's voice.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
magahi | अरे {} के राजधानी का हइ बतावऽ न | एंडोरा=AD; अफगानिस्तान=AF; अल्बानिया=AL
magahi | हमनी के मास्टर जी पूछलथिन हल कि {} के राजधानी कउन हइ | संयुक्त अरब अमीरात=AE; आर्मेनिया=AM; अंगोला=AO
magahi | गया से बोल रहलिअइ {} के राजधानी के नाम का हइ | एंटीगुआ और बारबुडा=AG; अर्जेंटीना=AR; ऑस्ट्रिया=AT
magahi | ए अलेक्सा {} के राजधानी कहाँ हइ तनी बतइहऽ | ऑस्ट्रेलिया=AU; अजरबैजान=AZ; बोस्निया=BA
magahi | हमर भतीजा पूछ रहल हइ {} के राजधानी | बारबाडोस=BB; बांग्लादेश=BD; बेल्जियम=BE
maithili | {} के राजधानी की छै से कहू | बुर्किना फासो=BF; बुल्गारिया=BG; बहरीन=BH
maithili | दरभंगा सँ पुछैत छी {} के राजधानी कोन शहर छै | बुरुंडी=BI; ब्रुनेई=BN; बहामास=BS
maithili | हौ अलेक्सा {} के राजधानी बताउ ने | भूटान=BT; बेलारूस=BY; बेलीज=BZ
maithili | हमरा नै बुझल अछि {} के राजधानी की थिक | कनाडा=CA; सेंट्रल अफ्रीकन रिपब्लिक=CF; स्विट्जरलैंड=CH
maithili | बाबू कहलखिन जे {} के राजधानी पूछि लिअ | चिली=CL; कैमरून=CM; चीन=CN
malvi | {} की राजधानी कंई हे बताव तो | कोलंबिया=CO; कोस्टा रिका=CR; क्यूबा=CU
malvi | उज्जैन से पूछ रिया हूँ {} की राजधानी कौन सी हे | केप वर्डे=CV; साइप्रस=CY; चेक रिपब्लिक=CZ
malvi | अरे सुन {} की राजधानी को नाम कंई हे | जर्मनी=DE; जिबूती=DJ; डेनमार्क=DK
malvi | म्हारा छोरा ने पूछ्यो {} की राजधानी कंई हे | डोमिनिका=DM; डोमिनिकन रिपब्लिक=DO; अल्जीरिया=DZ
malvi | इंदौर को पोहा खाते खाते पूछ रिया {} की राजधानी बताव | इक्वाडोर=EC; एस्टोनिया=EE; मिस्र=EG
mewati | {} की राजधानी के है बता दे भाई | इरिट्रिया=ER; स्पेन=ES; इथियोपिया=ET
mewati | नूह ते पूछूँ {} की राजधानी कौण सी है | फिनलैंड=FI; फिजी=FJ; माइक्रोनेशिया=FM
mewati | अरे ओ {} की राजधानी का नाम बताइयो | फ्रांस=FR; गैबॉन=GA; ब्रिटेन=GB
mewati | म्हारो चाचो पूछ रह्यो {} की राजधानी के है | ग्रेनाडा=GD; घाना=GH; गाम्बिया=GM
odia | {} का राजधानी कौन है बोलिए ना | गिनी=GN; इक्वेटोरियल गिनी=GQ; ग्रीस=GR
odia | कटक से बोल रहा हूँ {} का राजधानी क्या है | ग्वाटेमाला=GT; गिनी बिसाऊ=GW; गयाना=GY
odia | आज्ञा {} का राजधानी का नाम बताइए | होंडुरास=HN; क्रोएशिया=HR; हैती=HT
odia | भाई {} का कैपिटल कौन सा सहर है | हंगरी=HU; इंडोनेशिया=ID; आयरलैंड=IE
odia | हमारा बेटा पूछ रहा है {} का राजधानी किधर है | इजराइल=IL; भारत=IN; इराक=IQ
malayali | {} का राजधानी क्या है एक बार बोलो | ईरान=IR; आइसलैंड=IS; इटली=IT
malayali | कोच्चि से पूछ रहा हूँ {} का कैपिटल क्या होता | जमैका=JM; जॉर्डन=JO; जापान=JP
malayali | ओके अलेक्सा {} का राजधानी बताना प्लीज | केन्या=KE; किर्गिस्तान=KG; कंबोडिया=KH
malayali | हम गल्फ में काम किया {} का राजधानी कौन सा है | किरिबाती=KI; कोमोरोस=KM; कुवैत=KW
malayali | सिस्टर पूछ रहा है {} का राजधानी का नाम | सेंट किट्स और नेविस=KN; कजाकिस्तान=KZ; लाओस=LA
sindhi | {} जी राजधानी कहिड़ी आहे बुधाइ | लेबनान=LB; सेंट लूसिया=LC; लिकटेंस्टीन=LI
sindhi | उल्हासनगर से पूछ रहा हूँ {} की राजधानी कौन सी है अड़े | लाइबेरिया=LR; लेसोथो=LS; लिथुआनिया=LT
sindhi | साईं {} की राजधानी का नाम बताओ ना | लक्जमबर्ग=LU; लातविया=LV; लीबिया=LY
sindhi | अड़े अलेक्सा {} की राजधानी बोल तो | मोरक्को=MA; मोनाको=MC; मोल्दोवा=MD
sindhi | अम्मा पूछ रही है {} की राजधानी क्या है | मोंटेनेग्रो=ME; मेडागास्कर=MG; मार्शल आइलैंड्स=MH
auto | भैया सवारी पूछ रही है {} की राजधानी क्या है | उत्तरी मैसेडोनिया=MK; माली=ML; म्यांमार=MM
auto | रिक्शा चलाते हुए पूछ रहा हूँ {} की राजधानी बता दो | मंगोलिया=MN; मॉरिटानिया=MR; माल्टा=MT
auto | सिग्नल पे खड़ा हूँ जल्दी बता {} की राजधानी | मॉरीशस=MU; मालदीव=MV; मलावी=MW
parlour | दीदी मेहंदी लगवा रही है पूछ रही है {} की राजधानी क्या है | मेक्सिको=MX; मोजाम्बिक=MZ; नामीबिया=NA
parlour | फेशियल करते करते बता दो {} की राजधानी कौन सी है | नाइजर=NE; नाइजीरिया=NG; निकारागुआ=NI
parlour | अलेक्सा ब्राइडल वाली दुल्हन पूछ रही है {} की राजधानी | नॉर्वे=NO; नेपाल=NP; नाउरू=NR
quiz | क्विज में सवाल आया है {} की राजधानी क्या है | न्यूजीलैंड=NZ; ओमान=OM; पनामा=PA
quiz | बजर राउंड है जल्दी बताओ {} की राजधानी | पेरू=PE; पापुआ न्यू गिनी=PG; फिलीपींस=PH
quiz | अगला सवाल {} की राजधानी का नाम क्या है | पाकिस्तान=PK; पोलैंड=PL; पुर्तगाल=PT
nurse | नाइट ड्यूटी में बोर हो रहे हैं {} की राजधानी बताओ | पलाऊ=PW; पैराग्वे=PY; कतर=QA
nurse | वार्ड में एक पेशेंट पूछ रहा है {} की राजधानी क्या है | रोमानिया=RO; सर्बिया=RS; रूस=RU
nurse | हॉस्टल की रूममेट जा रही है वहाँ {} की राजधानी बताओ | रवांडा=RW; सऊदी अरब=SA; सोलोमन द्वीप=SB
sailor | जहाज अगले हफ्ते लगेगा {} की राजधानी क्या है | सेशेल्स=SC; सूडान=SD; स्वीडन=SE
sailor | मर्चेंट नेवी वाला पूछ रहा है {} की राजधानी कौन सी है | सिंगापुर=SG; स्लोवेनिया=SI; स्लोवाकिया=SK
sailor | पोर्ट पे उतरे हैं यार {} की राजधानी बताना | सिएरा लियोन=SL; सैन मैरिनो=SM; सेनेगल=SN
farmer | मंडी में बैठा हूँ भाई {} की राजधानी का है | सोमालिया=SO; सूरीनाम=SR; दक्षिण सूडान=SS
farmer | खेत से बोल रहे हैं {} की राजधानी बताओ जरा | साओ टोमे और प्रिंसिपे=ST; अल सल्वाडोर=SV; सीरिया=SY
farmer | गन्ना तौल हो रहा है तब तक बता दो {} की राजधानी | चाड=TD; टोगो=TG; थाईलैंड=TH
driver | गाड़ी चलाते हुए पूछ रहा हूँ {} की राजधानी क्या है | ताजिकिस्तान=TJ; पूर्वी तिमोर=TL; तुर्कमेनिस्तान=TM
driver | हाईवे पे हूँ अलेक्सा {} की राजधानी बोलो | ट्यूनीशिया=TN; टोंगा=TO; तुर्की=TR
driver | टोल नाके पे लाइन लगी है {} की राजधानी बता | त्रिनिदाद और टोबैगो=TT; तुवालू=TV; तंजानिया=TZ
child | अलेक्सा दीदी {} की राजधानी क्या होती है | यूक्रेन=UA; युगांडा=UG; अमेरिका=US
child | मेरी मैम ने पूछा है {} की राजधानी बताओ ना प्लीज | उरुग्वे=UY; उज्बेकिस्तान=UZ; सेंट विंसेंट और ग्रेनेडाइंस=VC
child | मम्मी बोल रही है खुद से ढूंढो पर तुम बता दो {} की राजधानी | वेनेजुएला=VE; वियतनाम=VN; वानुअतु=VU
elder | बेटा ये बताओ {} की राजधानी कौन सी है हमें याद नहीं आ रहा | समोआ=WS; यमन=YE; साउथ अफ्रीका=ZA
elder | हमारे जमाने में पढ़ा था {} की राजधानी भूल गए बताओ | जाम्बिया=ZM; जिम्बाब्वे=ZW; श्रीलंका=LK
elder | राम राम अलेक्सा {} की राजधानी क्या है बोलो | मलेशिया=MY; नीदरलैंड=NL; बेनिन=BJ
hinglish | यार क्विकली बताओ {} का कैपिटल क्या है | बोलीविया=BO; आइवरी कोस्ट=CI; इस्वातिनी=SZ
hinglish | एक्चुअली मुझे जानना था {} का कैपिटल कौन सा है | ब्राजील=BR; बोत्सवाना=BW; उत्तर कोरिया=KP
hinglish | ब्रो {} का कैपिटल सिटी क्या है बताओ | दक्षिण कोरिया=KR; कांगो गणराज्य=CG; जॉर्जिया देश=GE
help | ई का चीज हइ कइसे चलतइ समझावऽ तनी | HELP
help | हमरा नै बुझाइत अछि एहि में की पुछबै | HELP
help | ये मशीन कंई कंई बतावे हे समझा दे | HELP
help | भाई यो के करे है मन्नै बता दे के पूछूँ | HELP
help | आपका ये स्किल कैसे यूज करना है बोलिए ना | HELP
help | मैं क्या क्या पूछ सकता है बोलो एक बार | HELP
help | इस मे क्या पूछणा हे साईं समझाओ | HELP
help | सवारी को दिखाना है ये क्या क्या बताता है | HELP
help | दीदी को समझाओ ये राजधानी वाला कैसे चलता है | HELP
help | क्विज मास्टर बोल रहे हैं नियम बताओ इस खेल के | HELP
help | नई नई नर्स हूँ ये ऐप में क्या बोलना होता है | HELP
help | जहाज पे पहली बार चलाया है इसका तरीका बताओ | HELP
help | हम किसान आदमी हैं ई में का बोलें बताइए | HELP
help | गाड़ी में लगा है पर समझ नहीं आ रहा क्या बोलूँ | HELP
help | अलेक्सा मुझे कुछ समझ नहीं आया मदद करो ना | HELP
help | बेटा ये डिब्बा कैसे बोलता है हमें सिखाओ | HELP
help | इसमें सवाल पूछने का सही तरीका क्या है | HELP
help | कोई उदाहरण दो कैसे पूछें राजधानी | HELP
help | मदद चाहिए ई स्किल चलावे में | HELP
help | अरे सहायता करो भाई कुछ नहीं हो रहा | HELP
help | हेल्प मेनू सुनाओ जरा | HELP
help | पहिले बता दऽ कि एकरा में का का पूछल जा सकऽ हइ | HELP
help | ये किस किस चीज़ का जवाब देता है पूरी लिस्ट बोलो | HELP
help | मुझे इंस्ट्रक्शन चाहिए कैसे चलाऊँ इसको | HELP
help | कुछ समझ में नहीं आवे है कैसे चलाणा है | HELP
help | एहि खेल के नियम की छै | HELP
stop | बस बस हो गेलइ अब चुप हो जा | STOP
stop | भऽ गेल आब बंद करू | STOP
stop | रेवा दे अबे बंद कर दे | STOP
stop | बस कर भाई अब ना चहिये | STOP
stop | अब बंद कीजिए बहुत हो गया | STOP
stop | चुप रहो अभी बाद में बोलना | STOP
stop | बस साईं बंद कर दे अबी | STOP
stop | सवारी आ गई बंद करो अलेक्सा | STOP
stop | क्लाइंट आ गई है बंद कर दो | STOP
stop | क्विज खतम अलेक्सा अब रुक जाओ | STOP
stop | डॉक्टर राउंड पे आ गए बंद करो जल्दी | STOP
stop | कैप्टन बुला रहा है बंद कर यार | STOP
stop | बिजली जाने वाली है बंद करो ई सब | STOP
stop | गाड़ी पार्क हो गई अब बंद कर दो | STOP
stop | बस अलेक्सा आज के लिए इतना ही | STOP
stop | बंद हो जाओ अब हमें सोना है | STOP
stop | अलेक्सा शांत हो जाओ प्लीज | STOP
stop | एक्जिट करो इस स्किल से | STOP
stop | अब नहीं सुनना बंद करो राजधानी वाला | STOP
stop | ठीक है बहुत हुआ अब बोलना बंद | STOP
stop | रोक दो इसको अभी के अभी | STOP
stop | चल बस कर अब तू | STOP
stop | बाहर निकलो इस खेल से | STOP
stop | बस बाबू अब सुतै दिअ बंद करू | STOP
cancel | नहीं नहीं रहे दऽ ओकरा कैंसिल करऽ | CANCEL
cancel | ओ सवाल रहय दिअ रद्द करू | CANCEL
cancel | रेवा दे वो सवाल कैंसल कर | CANCEL
cancel | छोड़ दे भाई वो वाली बात ना पूछणी | CANCEL
cancel | ना ना ओ वाला कैंसिल कीजिए | CANCEL
cancel | वो जाने दो कैंसल करो | CANCEL
cancel | छडो साईं वो नहीं पूछणा कैंसल | CANCEL
cancel | सवारी ने मना कर दिया कैंसल कर दो | CANCEL
cancel | दीदी बोल रही रहने दो कैंसिल | CANCEL
cancel | ये सवाल क्विज से हटा दो कैंसल | CANCEL
cancel | गलती से पूछ लिया रद्द करो | CANCEL
cancel | नहीं चाहिए वो जवाब कैंसिल कर यार | CANCEL
cancel | रहने दीजिए अभी मत बताइए कैंसल | CANCEL
cancel | ई वाला छोड़ दो रद्द कर दो | CANCEL
cancel | अरे मैंने गलत बोल दिया कैंसिल | CANCEL
cancel | रहन दे बेटा मत बता कैंसल कर | CANCEL
cancel | जो पूछा वो वापस लेता हूँ कैंसल करो | CANCEL
cancel | कैंसिल कैंसिल कुछ नहीं पूछना | CANCEL
cancel | अभी वाला सवाल रद्द कर दीजिए | CANCEL
cancel | ये रिक्वेस्ट कैंसल कर दो अलेक्सा | CANCEL
cancel | नहीं भाई नहीं जाणना कैंसल | CANCEL
cancel | छोड़ऽ ई सवाल रद्द कर दऽ | CANCEL
launch | अलेक्सा दुनिया की राजधानियाँ खोलऽ न | LAUNCH
launch | अलेक्सा दुनिया की राजधानियाँ चालू करू | LAUNCH
launch | अलेक्सा दुनिया की राजधानियाँ चालू कर दे रे | LAUNCH
launch | अलेक्सा दुनिया की राजधानियाँ खोल दे भाई | LAUNCH
launch | अलेक्सा दुनिया की राजधानियाँ शुरू करो ना | LAUNCH
launch | अलेक्सा दुनिया की राजधानियाँ ओपन करो प्लीज | LAUNCH
launch | अलेक्सा दुनिया की राजधानियाँ वालो खेल चालू करो | LAUNCH
launch | अलेक्सा क्विज के लिए दुनिया की राजधानियाँ लगाओ | LAUNCH
launch | अलेक्सा दुनिया की राजधानियाँ स्टार्ट कर दो | LAUNCH
launch | अलेक्सा दुनिया की राजधानियाँ वाला ऐप चलाओ | LAUNCH
launch | अलेक्सा दुनिया की राजधानियाँ खोलो बेटा पूछेगा | LAUNCH
launch | अलेक्सा दुनिया की राजधानियाँ लगा दो जरा | LAUNCH
launch | अलेक्सा दुनिया की राजधानियाँ वाली स्किल खोलिए | LAUNCH
launch | अलेक्सा दुनिया की राजधानियाँ से बात करनी है | LAUNCH
launch | अलेक्सा दुनिया की राजधानियाँ चला दे रे बाबा | LAUNCH
launch | दुनिया की राजधानियाँ शुरू | LAUNCH
launch | अलेक्सा दुनिया की राजधानियाँ पे चलो | LAUNCH
follow-up | अउ नेपाल के | NP
follow-up | आर भूटान के की | BT
follow-up | अच्छा अउर कनाडा के कउन | CA
follow-up | आ जापान के | JP
follow-up | फिर चीन की कंई हे | CN
follow-up | अने रूस की | RU
follow-up | और ईरान की के है | IR
follow-up | अच्छा फेर तुर्की की | TR
follow-up | आर नॉर्वे का | NO
follow-up | ठीक है और स्वीडन का कौन है | SE
follow-up | और ओमान का बताओ | OM
follow-up | ओके और कुवैत का | KW
follow-up | फेर इराक जी | IQ
follow-up | और दुबई वाले देश की | AE
follow-up | अच्छा वो छोड़ो अर्जेंटीना की | AR
follow-up | और फ्रांस का क्या | FR
follow-up | उसके बाद इटली की बताओ | IT
follow-up | फिर मिस्र की | EG
follow-up | अब सिंगापुर की बताना | SG
follow-up | एक और पोलैंड की | PL
follow-up | और अगर हंगरी की पूछूँ तो | HU
follow-up | अच्छा और पुर्तगाल | PT
follow-up | चलो अब मलेशिया की | MY
follow-up | और बांग्लादेश की कौन सी | BD
follow-up | अगला देश केन्या | KE
follow-up | फिर यूक्रेन का क्या हुआ | UA
follow-up | और जर्मनी का भी बता दो | DE
follow-up | ऊ के बाद थाईलैंड के | TH
follow-up | अच्छा तो फिर वियतनाम की | VN
follow-up | और स्पेन की भी | ES
follow-up | ठीक उसी तरह मेक्सिको की | MX
follow-up | और बिहार के | IN-BR
follow-up | आ उड़ीसा के | IN-OD
follow-up | और केरल का | IN-KL
plural-capitals | दक्षिण अफ्रीका के कतना राजधानी हइ सब बतावऽ | ZA
plural-capitals | सुनलिअइ हल कि बोलीविया के दू गो राजधानी हइ कउन कउन | BO
plural-capitals | श्रीलंका के दुनू राजधानी के नाम कहू | LK
plural-capitals | मलेशिया के राजधानी सब कोन कोन छै | MY
plural-capitals | नीदरलैंड की दोई राजधानी कंई कंई हे | NL
plural-capitals | बेनिन की राजधानियाँ कितनी हे बताव | BJ
plural-capitals | आइवरी कोस्ट की दोनों राजधानी के के हैं | CI
plural-capitals | इस्वातिनी की सारी राजधानी बता दे भाई | SZ
plural-capitals | फिलिस्तीन की राजधानियाँ कौन कौन सी हैं | PS
plural-capitals | साउथ अफ्रीका का तीनों राजधानी का नाम बोलिए | ZA
plural-capitals | बोलीविया का दोनों कैपिटल कौन सा है | BO
plural-capitals | श्रीलंका में कितने राजधानी होते हैं सब बोलो | LK
plural-capitals | मलेशिया की सब राजधानियाँ बोल तो साईं | MY
plural-capitals | हॉलैंड की दोनों राजधानियाँ कौन सी हैं सवारी पूछ रही | NL
plural-capitals | क्विज में आया बेनिन की दो राजधानियों के नाम | BJ
plural-capitals | कोत दिवुआर की कितनी राजधानियाँ हैं और कौन कौन | CI
plural-capitals | स्वाजीलैंड की दोनों राजधानियाँ बताइए | SZ
plural-capitals | फलस्तीन की राजधानियाँ बताओ सब की सब | PS
plural-capitals | दक्षिण अफ्रीका में तीन तीन राजधानी क्यों हैं कौन सी हैं | ZA
plural-capitals | बोलीविया के राजधानी सब के लिस्ट दऽ | BO
plural-capitals | श्रीलंका की एक से ज्यादा राजधानी है न कौन सी | LK
plural-capitals | मलेशिया की पुरानी और नई दोनों राजधानी बताओ | MY
plural-capitals | नीदरलैंड्स के सारे कैपिटल बताओ | NL
plural-capitals | बेनिन देस की सगली राजधानी बता | BJ
plural-capitals | आइवरी कोस्ट के कैपिटल्स कौन कौन से हैं | CI
plural-capitals | एस्वातिनी की राजधानियों के नाम गिनाओ | SZ
plural-capitals | फ़िलिस्तीन की कितनी राजधानियाँ मानी जाती हैं | PS
subdivision | बिहार के राजधानी कउन हइ | IN-BR
subdivision | झारखंड के राजधानी का हइ हो | IN-JH
subdivision | हमर ननिहाल बंगाल में हइ ओकर राजधानी | IN-WB
subdivision | मिथिला बाला बिहार के राजधानी की छै | IN-BR
subdivision | असम के राजधानी कोन ठाम छै | IN-AS
subdivision | मध्य प्रदेश की राजधानी कंई हे | IN-MP
subdivision | एमपी की राजधानी इंदौर हे कि भोपाल | IN-MP
subdivision | गुजरात की राजधानी कंई हे अहमदाबाद तो नी | IN-GJ
subdivision | हरियाणा की राजधानी के है | IN-HR
subdivision | राजस्थान की राजधानी कौण सी है | IN-RJ
subdivision | यूपी की राजधानी बता दे भाई | IN-UP
subdivision | ओडिशा का राजधानी कौन है | IN-OD
subdivision | उड़ीसा का राजधानी भुवनेश्वर है ना कटक नहीं | IN-OD
subdivision | छत्तीसगढ़ का राजधानी क्या है बोलिए | IN-CG
subdivision | आंध्र का राजधानी कौन सा है अभी | IN-AP
subdivision | केरल का राजधानी क्या है बोलो | IN-KL
subdivision | तमिलनाडु का कैपिटल क्या है | IN-TN
subdivision | कर्नाटका का राजधानी बैंगलोर है क्या | IN-KA
subdivision | महाराष्ट्र की राजधानी कौन सी है अड़े | IN-MH
subdivision | गोवा की राजधानी बोलो | IN-GA
subdivision | तेलंगाना की राजधानी क्या है | IN-TS
subdivision | सिक्किम की राजधानी क्या है | IN-SK
subdivision | मणिपुर की राजधानी बताओ | IN-MN
subdivision | मिजोरम की राजधानी कौन सा शहर है | IN-MZ
subdivision | नागालैंड की राजधानी बताना | IN-NL
subdivision | मेघालय की राजधानी क्या है | IN-ML
subdivision | त्रिपुरा की राजधानी बोल दो | IN-TR
subdivision | अरुणाचल की राजधानी क्या है | IN-AR
subdivision | उत्तराखंड की राजधानी देहरादून है या गैरसैंण | IN-UK
subdivision | हिमाचल की राजधानी शिमला ही है न | IN-HP
subdivision | पंजाब की राजधानी बताओ | IN-PB
subdivision | जम्मू कश्मीर की राजधानी कौन सी है | IN-JK
subdivision | लद्दाख की राजधानी क्या है | IN-LA
subdivision | लक्षद्वीप की राजधानी का नाम | IN-LD
subdivision | अंडमान निकोबार की राजधानी बताओ | IN-AN
subdivision | पांडिचेरी की राजधानी क्या है | IN-PY
subdivision | दिल्ली की राजधानी कौन सी है | IN-DL
subdivision | पंजाब राज्य की राजधानी कौन सा सहर है | IN-PB
subdivision | कैलिफोर्निया की राजधानी क्या है | US-CA
subdivision | टेक्सास की राजधानी बताओ | US-TX
subdivision | न्यूयॉर्क राज्य की राजधानी कौन सी है | US-NY
subdivision | फ्लोरिडा की राजधानी बताओ | US-FL
subdivision | न्यू जर्सी की राजधानी क्या है मेरा भाई वहाँ है | US-NJ
subdivision | इलिनॉय की राजधानी क्या है | US-IL
subdivision | वॉशिंगटन स्टेट नहीं डीसी की राजधानी | US-DC
subdivision | हवाई की राजधानी कौन सी है | US-HI
subdivision | अलास्का की राजधानी क्या है | US-AK
subdivision | ओंटारियो की राजधानी बताओ | CA-ON
subdivision | ब्रिटिश कोलंबिया की राजधानी क्या है | CA-BC
subdivision | अल्बर्टा की राजधानी कौन सी है | CA-AB
subdivision | क्यूबेक की राजधानी बताओ | CA-QC
subdivision | क्वींसलैंड की राजधानी क्या है | AU-QLD
subdivision | न्यू साउथ वेल्स की राजधानी सिडनी है क्या | AU-NSW
subdivision | विक्टोरिया राज्य की राजधानी मेलबर्न है | AU-VIC
subdivision | स्कॉटलैंड की राजधानी बताओ | GB-SCT
subdivision | वेल्स की राजधानी क्या है | GB-WLS
subdivision | उत्तरी आयरलैंड की राजधानी | GB-NIR
subdivision | बवेरिया की राजधानी क्या है | DE-BY
subdivision | साओ पाउलो राज्य की राजधानी | BR-SP
subdivision | बाहिया की राजधानी बताओ | BR-BA
subdivision | युकातान की राजधानी क्या है | MX-YUC
subdivision | तस्मानिया की राजधानी कौन सी है | AU-TAS
territory | हांगकांग का राजधानी क्या है | HK
territory | मकाऊ के राजधानी कउन हइ | MO
territory | ग्रीनलैंड की राजधानी बताव | GL
territory | प्यूर्टो रिको की राजधानी के है | PR
territory | गुआम का राजधानी क्या है जहाज वहाँ रुकेगा | GU
territory | बरमूडा की राजधानी कौन सी है | BM
territory | जिब्राल्टर की राजधानी क्या है | GI
territory | ताइवान की राजधानी ताइपे है ना | TW
territory | न्यू कैलेडोनिया की राजधानी बताओ | NC
territory | अरूबा की राजधानी क्या है | AW
territory | कुरासाओ की राजधानी पोर्ट पे लिखा था भूल गया | CW
territory | रियूनियन द्वीप की राजधानी बताओ | RE
territory | फ्रेंच पोलिनेशिया की राजधानी क्या है | PF
territory | केमैन आइलैंड्स की राजधानी बताओ | KY
territory | आइल ऑफ मैन की राजधानी क्या है | IM
territory | अंटार्कटिका के राजधानी कहाँ हइ | AQ
territory | कोसोवो की राजधानी बोलो | XK
territory | पश्चिमी सहारा की राजधानी क्या है | EH
territory | फॉकलैंड की राजधानी | FK
territory | जर्सी द्वीप की राजधानी बताओ | JE
territory | मार्टीनिक की राजधानी क्या है | MQ
yes-no-check | नेपाल के राजधानी काठमांडू हइ न | NP
yes-no-check | पाकिस्तान के राजधानी कराची हइ कि नञ | PK
yes-no-check | भूटान के राजधानी थिम्फू छै कि नै | BT
yes-no-check | बांग्लादेश के राजधानी ढाका छै ने | BD
yes-no-check | चीन की राजधानी बीजिंग हे कि नी | CN
yes-no-check | जापान की राजधानी ओसाका हे के | JP
yes-no-check | सऊदी की राजधानी मक्का है के ना | SA
yes-no-check | दुबई वाले देश की राजधानी दुबई ही है के | AE
yes-no-check | श्रीलंका का राजधानी कोलंबो है क्या | LK
yes-no-check | म्यांमार का राजधानी रंगून है ना | MM
yes-no-check | इंडोनेशिया का राजधानी जकार्ता ही है क्या | ID
yes-no-check | ऑस्ट्रेलिया का कैपिटल सिडनी है या नहीं | AU
yes-no-check | कनाडा का कैपिटल टोरंटो है ना | CA
yes-no-check | ब्राजील का राजधानी रियो है क्या | BR
yes-no-check | तुर्की की राजधानी इस्तांबुल आहे छा | TR
yes-no-check | अमेरिका की राजधानी न्यूयॉर्क है ना साईं | US
yes-no-check | स्विट्जरलैंड की राजधानी जिनेवा है क्या सवारी बोल रही | CH
yes-no-check | इटली की राजधानी रोम है ना दीदी कह रही | IT
yes-no-check | क्या मोरक्को की राजधानी कासाब्लांका है | MA
yes-no-check | क्या नाइजीरिया की राजधानी लागोस है | NG
yes-no-check | क्या कजाकिस्तान की राजधानी अल्माटी है | KZ
yes-no-check | वियतनाम की राजधानी हो ची मिन्ह सिटी है सही है ना | VN
yes-no-check | तंजानिया की राजधानी दार एस सलाम है ना | TZ
yes-no-check | न्यूजीलैंड की राजधानी ऑकलैंड है या वेलिंगटन | NZ
yes-no-check | दक्षिण कोरिया की राजधानी सियोल है ना | KR
yes-no-check | रूस की राजधानी मास्को सही है ना | RU
yes-no-check | क्या फ्रांस की राजधानी पेरिस है | FR
yes-no-check | मिस्र की राजधानी काहिरा है कि अलेक्जेंड्रिया | EG
yes-no-check | जर्मनी की राजधानी बर्लिन है कि म्यूनिख | DE
yes-no-check | स्पेन की राजधानी बार्सिलोना है ना | ES
yes-no-check | केन्या की राजधानी नैरोबी ही है ना | KE
yes-no-check | बेलीज की राजधानी बेलीज सिटी है क्या | BZ
yes-no-check | बोलीविया की राजधानी ला पाज है ना | BO
yes-no-check | अफगानिस्तान की राजधानी काबुल है सच में | AF
yes-no-check | इजराइल की राजधानी तेल अवीव है क्या | IL
yes-no-check | ईरान की राजधानी तेहरान है ना बेटा | IR
yes-no-check | इराक की राजधानी बगदाद है या बसरा | IQ
yes-no-check | बिहार के राजधानी पटना हइ कि गया | IN-BR
yes-no-check | झारखंड के राजधानी जमशेदपुर हइ का | IN-JH
yes-no-check | असम के राजधानी गुवाहाटी छै ने | IN-AS
yes-no-check | एमपी की राजधानी इंदौर हे नी | IN-MP
yes-no-check | महाराष्ट्र की राजधानी पुणे है क्या | IN-MH
yes-no-check | ओडिशा का राजधानी कटक है ना | IN-OD
yes-no-check | केरल का राजधानी कोच्चि है ना | IN-KL
yes-no-check | आंध्र का राजधानी अमरावती हुआ कि नहीं | IN-AP
yes-no-check | उत्तर प्रदेश की राजधानी लखनऊ है कि इलाहाबाद | IN-UP
yes-no-check | कैलिफोर्निया की राजधानी लॉस एंजेलिस है क्या | US-CA
yes-no-check | न्यूयॉर्क स्टेट की राजधानी न्यूयॉर्क सिटी है ना | US-NY
yes-no-check | स्कॉटलैंड की राजधानी ग्लासगो है क्या | GB-SCT
yes-no-check | क्या नीदरलैंड की राजधानी एम्स्टर्डम है | NL
yes-no-check | क्या पोलैंड की राजधानी वारसा है | PL
yes-no-check | क्या घाना की राजधानी अक्रा है | GH
self-correction | नेपाल के नञ नञ भूटान के राजधानी बतावऽ | BT
self-correction | पटना नञ झारखंड के राजधानी हो | IN-JH
self-correction | ईरान के नै इराक के राजधानी कहू | IQ
self-correction | बंगाल के नहि असम के राजधानी | IN-AS
self-correction | चीन की नी जापान की राजधानी बताव | JP
self-correction | गुजरात की नी राजस्थान की राजधानी कंई हे | IN-RJ
self-correction | पाकिस्तान की ना अफगानिस्तान की राजधानी के है | AF
self-correction | सऊदी की ना रे कतर की राजधानी बता | QA
self-correction | केरल का नहीं नहीं तमिलनाडु का राजधानी | IN-TN
self-correction | ओमान सॉरी ओमान नहीं यमन का राजधानी | YE
self-correction | श्रीलंका का नहीं मालदीव का राजधानी बोलो | MV
self-correction | कुवैत का कैपिटल वेट बहरीन का कैपिटल बताओ | BH
self-correction | सिंध नहीं साईं पाकिस्तान की राजधानी बोलो | PK
self-correction | दुबई मतलब यूएई नहीं ओमान की राजधानी बताओ | OM
self-correction | ऑस्ट्रिया की अरे नहीं ऑस्ट्रेलिया की राजधानी | AU
self-correction | स्वीडन की राजधानी ओह सॉरी स्विट्जरलैंड की | CH
self-correction | स्लोवाकिया की नहीं स्लोवेनिया की राजधानी बताओ | SI
self-correction | ईरान नहीं ईराक मतलब इराक की राजधानी | IQ
self-correction | नाइजर की नहीं नाइजीरिया की राजधानी बताओ | NG
self-correction | गिनी की मेरा मतलब गिनी बिसाऊ की राजधानी | GW
self-correction | पेरू की सॉरी पराग्वे की राजधानी | PY
self-correction | उरुग्वे की नहीं नहीं पैराग्वे की राजधानी क्या है | PY
self-correction | लातविया की गलत बोला लिथुआनिया की राजधानी | LT
self-correction | मॉरिटानिया की नहीं मॉरीशस की राजधानी बताओ | MU
self-correction | ऑस्ट्रेलिया की राजधानी उफ न्यूजीलैंड की | NZ
self-correction | हंगरी की ना ना बुल्गारिया की | BG
self-correction | जाम्बिया की नहीं जिम्बाब्वे की राजधानी | ZW
self-correction | कोलंबिया रुको कोलंबिया नहीं वेनेजुएला की राजधानी | VE
self-correction | आइसलैंड की नहीं आयरलैंड की राजधानी बताओ | IE
self-correction | डेनमार्क की राजधानी नहीं नॉर्वे की | NO
self-correction | कैलिफोर्निया की नहीं टेक्सास की राजधानी | US-TX
self-correction | ओंटारियो की अरे नहीं क्यूबेक की राजधानी | CA-QC
self-correction | बिहार के नञ यूपी के राजधानी बतावऽ | IN-UP
self-correction | मेघालय की नहीं मणिपुर की राजधानी क्या है | IN-MN
self-correction | रोमानिया की ना सर्बिया की राजधानी बता | RS
self-correction | सूडान की नहीं दक्षिण सूडान की राजधानी | SS
self-correction | इंडोनेशिया उंह नहीं मलेशिया भी नहीं सिंगापुर की राजधानी बताओ | SG
self-correction | चिली की नहीं यार कोस्टा रिका की राजधानी | CR
self-correction | एस्टोनिया एस्टोनिया नहीं लातविया की राजधानी | LV
reverse-question | काठमांडू कउन देस के राजधानी हइ | CITY:काठमांडू
reverse-question | ढाका कोन देश के राजधानी छै | CITY:ढाका
reverse-question | थिंपू कोन देश के राजधानी थिक | CITY:थिंपू
reverse-question | काबुल कंई देस की राजधानी हे | CITY:काबुल
reverse-question | बगदाद किस देस की राजधानी है भाई | CITY:बगदाद
reverse-question | मस्कट कौन से देश का राजधानी है | CITY:मस्कट
reverse-question | दोहा किधर का राजधानी है | CITY:दोहा
reverse-question | कुवैत सिटी किस देश की राजधानी है | CITY:कुवैत सिटी
reverse-question | मनामा कौन से मुल्क की राजधानी है | CITY:मनामा
reverse-question | रियाद किस देश की राजधानी है | CITY:रियाद
reverse-question | अबू धाबी कौन से देश की राजधानी है अड़े | CITY:अबू धाबी
reverse-question | इस्लामाबाद किसकी राजधानी है | CITY:इस्लामाबाद
reverse-question | हनोई किस देश की राजधानी है | CITY:हनोई
reverse-question | नेपीडॉ किस देश की राजधानी है | CITY:नेपीडॉ
reverse-question | बैंकॉक कौन से देश की राजधानी है | CITY:बैंकॉक
reverse-question | जकार्ता किस मुल्क की राजधानी है | CITY:जकार्ता
reverse-question | मनीला कौन से देश का राजधानी है | CITY:मनीला
reverse-question | सिओल किस देश की राजधानी है | CITY:सिओल
reverse-question | प्योंगयांग किस देश की राजधानी है | CITY:प्योंगयांग
reverse-question | टोक्यो किस देश की राजधानी है बच्चा पूछ रहा | CITY:टोक्यो
reverse-question | ओटावा कौन से देश की राजधानी है | CITY:ओटावा
reverse-question | कैनबरा किस देश की राजधानी है | CITY:कैनबरा
reverse-question | नैरोबी किस देश की राजधानी है | CITY:नैरोबी
reverse-question | कंपाला कौन से देश की राजधानी है | CITY:कंपाला
reverse-question | अक्रा किस देश का कैपिटल है | CITY:एक्रा
reverse-question | अबुजा किस देश की राजधानी है | CITY:अबुजा
reverse-question | डकार कौन से देश की राजधानी है | CITY:डकार
reverse-question | रबात किस देश की राजधानी है | CITY:रबात
reverse-question | हरारे किस मुल्क की राजधानी है | CITY:हरारे
reverse-question | लुसाका किस देश की राजधानी है | CITY:लुसाका
reverse-question | अंकारा कौन से देश की राजधानी है | CITY:अंकारा
reverse-question | बेरुत किस देश की राजधानी है | CITY:बेरुत
reverse-question | अम्मान किस देश की राजधानी है | CITY:अम्मान
reverse-question | त्रिपोली किस देश की राजधानी है | CITY:त्रिपोली
reverse-question | लिस्बन कौन से देश की राजधानी है | CITY:लिस्बन
reverse-question | डबलिन किस देश की राजधानी है | CITY:डबलिन
reverse-question | हेलसिंकी किस देश की राजधानी है | CITY:हेलसिंकी
reverse-question | बुडापेस्ट किस देश की राजधानी है | CITY:बुडापेस्ट
reverse-question | बेलग्रेड किस देश की राजधानी है | CITY:बेलग्रेड
reverse-question | मिंस्क किस देश की राजधानी है | CITY:मिंस्क
reverse-question | रीगा किस देश की राजधानी है | CITY:रीगा
reverse-question | पटना कउन राज्य के राजधानी हइ | CITY:पटना
reverse-question | रांची कउन प्रदेश के राजधानी हइ | CITY:रांची
reverse-question | भोपाल कंई राज्य की राजधानी हे | CITY:भोपाल
reverse-question | दिसपुर कोन राज्य के राजधानी छै | CITY:दिसपुर
reverse-question | जयपुर कौण से राज्य की राजधानी है | CITY:जयपुर
reverse-question | लखनऊ किस प्रदेश की राजधानी है | CITY:लखनऊ
reverse-question | चेन्नई किस राज्य का राजधानी है | CITY:चेन्नई
reverse-question | ताईपेई किसकी राजधानी है | CITY:ताईपेई
reverse-question | किंशासा किस देश की राजधानी है | CITY:किंशासा
reverse-question | ब्राज़ाविले कौन से कांगो की राजधानी है | CITY:ब्राज़ाविले
official-name | संघीय लोकतांत्रिक गणराज्य नेपाल की राजधानी बताइए | NP
official-name | इस्लामी गणराज्य पाकिस्तान की राजधानी क्या है | PK
official-name | बांग्लादेश जनवादी गणराज्य की राजधानी कौन सी है | BD
official-name | संघीय गणराज्य जर्मनी की राजधानी बताइए | DE
official-name | वियतनाम समाजवादी गणराज्य की राजधानी | VN
official-name | रूसी संघ की राजधानी कौन सी है | RU
official-name | चीनी जनवादी गणराज्य की राजधानी बताइए | CN
official-name | हेलेनिक गणराज्य की राजधानी क्या है | GR
official-name | फ्रांसीसी गणराज्य की राजधानी बताइए | FR
official-name | इस्लामिक रिपब्लिक ऑफ ईरान की राजधानी | IR
official-name | संयुक्त गणराज्य तंजानिया की राजधानी | TZ
official-name | कोरिया गणराज्य की राजधानी क्या है | KR
official-name | कोरिया लोकतांत्रिक जनवादी गणराज्य की राजधानी | KP
official-name | श्रीलंका लोकतांत्रिक समाजवादी गणराज्य की राजधानी बताइए | LK
official-name | सीरियाई अरब गणराज्य की राजधानी क्या है | SY
official-name | लाओ जनवादी लोकतांत्रिक गणराज्य की राजधानी | LA
official-name | मिस्र अरब गणराज्य की राजधानी बताइए | EG
official-name | डेमोक्रेटिक रिपब्लिक ऑफ कांगो का राजधानी क्या है | CD
official-name | इस्लामिक रिपब्लिक ऑफ मॉरिटानिया की राजधानी | MR
official-name | यूनाइटेड किंगडम ऑफ ग्रेट ब्रिटेन की राजधानी क्या है | GB
everyday-name | बर्मा के राजधानी का हइ | MM
everyday-name | सीलोन की राजधानी क्या थी अब क्या है | LK
everyday-name | हिंदुस्तान की राजधानी कौन सी है | IN
everyday-name | अमरीका की राजधानी कंई हे | US
everyday-name | इंग्लैंड वाले देश ब्रिटेन की राजधानी बताओ | GB
everyday-name | चाइना का कैपिटल क्या है | CN
everyday-name | रशिया का राजधानी बोलो | RU
everyday-name | इजिप्ट का कैपिटल कौन सा है | EG
everyday-name | टर्की का कैपिटल बताओ | TR
everyday-name | हॉलैंड की राजधानी के है | NL
everyday-name | ग्रीस की राजधानी क्या है | GR
everyday-name | यूएई का कैपिटल बोलो | AE
everyday-name | अबिसीनिया की राजधानी क्या थी | ET
everyday-name | स्याम देश की राजधानी | TH
everyday-name | ज़ायर की राजधानी क्या है | CD
everyday-name | डीआर कांगो का राजधानी बताइए | CD
everyday-name | गोल्ड कोस्ट की राजधानी बताओ | GH
everyday-name | रोडेशिया की राजधानी क्या थी | ZW
everyday-name | कंपूचिया की राजधानी बताओ | KH
everyday-name | दाहोमे की राजधानी | BJ
everyday-name | अपर वोल्टा की राजधानी | BF
everyday-name | पूर्वी पाकिस्तान की राजधानी क्या है अब | BD
shared-name | कोरिया के राजधानी का हइ | KP+KR
shared-name | कांगो के राजधानी कोन छै | CD+CG
shared-name | जॉर्जिया की राजधानी कंई हे | GE+US-GA
shared-name | कोरिया की राजधानी के है भाई | KP+KR
shared-name | कांगो का राजधानी क्या है बोलिए | CD+CG
shared-name | जॉर्जिया का कैपिटल बताओ | GE+US-GA
shared-name | वर्जिन आइलैंड्स की राजधानी क्या है | VG+VI
shared-name | डोमिनिका और डोमिनिकन रिपब्लिक की राजधानी | DM+DO
shared-name | दोनों कोरिया की राजधानियाँ बताओ | KP+KR
shared-name | दोनों कांगो की राजधानी बताओ | CD+CG
shared-name | उत्तर और दक्षिण कोरिया की राजधानी | KP+KR
shared-name | अमेरिका वाले जॉर्जिया राज्य की राजधानी | US-GA
shared-name | रूस के पास वाले जॉर्जिया देश की राजधानी | GE
shared-name | बड़े वाले कांगो मतलब डीआरसी की राजधानी | CD
shared-name | ब्राज़ाविल वाले कांगो की राजधानी | CG
shared-name | साउथ कोरिया वाला कोरिया उसकी राजधानी | KR
shared-name | नॉर्थ कोरिया की राजधानी क्या है | KP
shared-name | ब्रिटिश वर्जिन आइलैंड्स की राजधानी | VG
shared-name | अमेरिकी वर्जिन आइलैंड्स की राजधानी | VI
shared-name | जॉर्जिया के राजधानी कहू | GE+US-GA
out-of-domain | आज गया में मौसम कइसन रहतइ | FB
out-of-domain | बोधगया जाय के बस कखनी हइ | FB
out-of-domain | लिट्टी चोखा बनावे के तरीका बतावऽ | FB
out-of-domain | छठ पूजा कहिया हइ ई साल | FB
out-of-domain | शारदा सिन्हा के गाना बजावऽ | FB
out-of-domain | मखाना के भाव की छै आइ | FB
out-of-domain | विद्यापति के कोनो गीत सुनाउ | FB
out-of-domain | दरभंगा सँ दिल्ली के ट्रेन कखन छै | FB
out-of-domain | मधुबनी पेंटिंग कोना बनैत छै | FB
out-of-domain | महाकाल की भस्म आरती कितने बजे हे | FB
out-of-domain | इंदौर को पोहा कां मिले अच्छो | FB
out-of-domain | सिंहस्थ को मेलो कदी हे | FB
out-of-domain | मालवा की राजधानी मांडू थी कि धार | FB
out-of-domain | मेवात में पानी कद आवेगो | FB
out-of-domain | भैंस का दूध का भाव के है आज | FB
out-of-domain | रागिनी लगा दे कोई बढ़िया सी | FB
out-of-domain | रथ यात्रा कब है इस बार | FB
out-of-domain | पुरी जाने का ट्रेन कौन सा है | FB
out-of-domain | रसगुल्ला ओडिशा का है कि बंगाल का | FB
out-of-domain | कटक की सिल्वर फिलिग्री कहाँ मिलेगा | FB
out-of-domain | ओणम कब है इस साल | FB
out-of-domain | दुबई का फ्लाइट टिकट कितना है | FB
out-of-domain | केरल का बारिश कब रुकेगा | FB
out-of-domain | मलयालम गाना बजाओ | FB
out-of-domain | चेटी चंड कब है साईं | FB
out-of-domain | सिंधी कढ़ी कैसे बनाते हैं | FB
out-of-domain | झूलेलाल का भजन लगाओ | FB
out-of-domain | उल्हासनगर में जींस का होलसेल मार्केट कहाँ है | FB
out-of-domain | सीएनजी का रेट क्या चल रहा है | FB
out-of-domain | कनॉट प्लेस कितनी दूर है यहाँ से | FB
out-of-domain | नजदीक पेट्रोल पंप बताओ | FB
out-of-domain | ट्रैफिक चालान कैसे भरते हैं ऑनलाइन | FB
out-of-domain | थ्रेडिंग के बाद लाल दाने हो गए क्या लगाऊँ | FB
out-of-domain | शादी का मुहूर्त कब का है दिसंबर में | FB
out-of-domain | कोई रोमांटिक गाना बजाओ | FB
out-of-domain | हेयर स्पा का घरेलू नुस्खा बताओ | FB
out-of-domain | सबसे ऊँचा पहाड़ कौन सा है | FB
out-of-domain | भारत के पहले प्रधानमंत्री कौन थे | FB
out-of-domain | सौरमंडल में कितने ग्रह हैं | FB
out-of-domain | ताजमहल किसने बनवाया | FB
out-of-domain | पैरासिटामोल की डोज कितनी देते हैं | FB
out-of-domain | ब्लड प्रेशर नॉर्मल कितना होता है | FB
out-of-domain | नाइट शिफ्ट के बाद नींद कैसे आए | FB
out-of-domain | आईईएलटीएस का एग्जाम कब है | FB
out-of-domain | समुद्र में आज लहरें कितनी ऊँची हैं | FB
out-of-domain | घर पे वीडियो कॉल लगाओ | FB
out-of-domain | डॉलर का रेट आज क्या है | FB
out-of-domain | जहाज पे इंटरनेट कैसे चलेगा | FB
out-of-domain | गेहूँ का समर्थन मूल्य कितना है इस बार | FB
out-of-domain | यूरिया की बोरी कितने की है | FB
out-of-domain | पीएम किसान की किस्त कब आएगी | FB
out-of-domain | कल बारिश होगी क्या हमारे गाँव में | FB
out-of-domain | गन्ने का भुगतान कब होगा मिल से | FB
out-of-domain | आगरा पहुँचने में कितना टाइम लगेगा | FB
out-of-domain | फास्टैग रिचार्ज कैसे करूँ | FB
out-of-domain | पुराने हिंदी गाने बजाओ किशोर कुमार के | FB
out-of-domain | दो और दो कितने होते हैं | FB
out-of-domain | मुझे कोई कहानी सुनाओ | FB
out-of-domain | डायनासोर कैसे मर गए | FB
out-of-domain | छोटा भीम लगा दो | FB
out-of-domain | मेरी दवाई का टाइम याद दिलाना | FB
out-of-domain | हनुमान चालीसा सुनाओ | FB
out-of-domain | आज एकादशी है क्या | FB
out-of-domain | व्हाट्स द वेदर टुडे | FB
out-of-domain | क्रिकेट का स्कोर बताओ | FB
out-of-domain | शेयर मार्केट आज ऊपर है या नीचे | FB
out-of-domain | मेरे बिजनेस के लिए कैपिटल कहाँ से लाऊँ | FB
out-of-domain | वर्किंग कैपिटल लोन कैसे मिलता है | FB
out-of-domain | कैपिटल गेन टैक्स कितना लगता है | FB
out-of-domain | कैपिटल लेटर में नाम कैसे लिखते हैं | FB
out-of-domain | कैपिटल पनिशमेंट का हिंदी क्या है | FB
out-of-domain | राजधानी एक्सप्रेस पटना कब पहुँचेगी | FB
out-of-domain | भुवनेश्वर राजधानी का पीएनआर स्टेटस बताओ | FB
out-of-domain | राजधानी में खाना कैसा मिलता है | FB
out-of-domain | राजधानी फिल्म का गाना बजाओ | FB
out-of-domain | राजधानी नमकीन की दुकान कहाँ है | FB
out-of-domain | मुंबई देश की आर्थिक राजधानी क्यों है | FB
out-of-domain | सूरत हीरों की राजधानी है क्या | FB
out-of-domain | पानीपत हैंडलूम की राजधानी कहलाता है क्यों | FB
out-of-domain | कोटा कोचिंग की राजधानी है सही बात | FB
out-of-domain | मिथिला राज्य के राजधानी की हेतै | FB
out-of-domain | मगध साम्राज्य के राजधानी का हल | FB
out-of-domain | मौर्य वंश की राजधानी पाटलिपुत्र थी क्या | FB
out-of-domain | विजयनगर साम्राज्य की राजधानी कौन सी थी | FB
out-of-domain | मुगलों की राजधानी आगरा से दिल्ली कब गई | FB
out-of-domain | कलिंग की राजधानी क्या थी अशोक के टाइम | FB
out-of-domain | त्रावणकोर रियासत की राजधानी | FB
out-of-domain | सिंध सूबे की राजधानी कौन सी है | FB
out-of-domain | पंजाब पाकिस्तान वाले की राजधानी लाहौर है | FB
out-of-domain | लंका रावण की राजधानी कहाँ थी | FB
out-of-domain | अयोध्या किसकी राजधानी थी रामायण में | FB
out-of-domain | हस्तिनापुर किसकी राजधानी थी | FB
out-of-domain | कृष्ण की द्वारका नगरी समुद्र में कैसे डूबी | FB
out-of-domain | अफ्रीका महाद्वीप की राजधानी क्या है | FB
out-of-domain | यूरोप की राजधानी बताओ | FB
out-of-domain | एशिया का कैपिटल क्या है | FB
out-of-domain | गया जिला का मुख्यालय का हइ | FB
out-of-domain | मधुबनी जिला के मुख्यालय कोन छै | FB
out-of-domain | नूह जिले का हेडक्वार्टर के है | FB
out-of-domain | झाबुआ तहसील को मुख्यालय कां हे | FB
out-of-domain | बस्तर संभाग का मुख्यालय बताओ | FB
out-of-domain | मंगल ग्रह की राजधानी क्या है | FB
out-of-domain | चाँद पे कौन सा शहर राजधानी है | FB
out-of-domain | स्वर्ग लोक की राजधानी कहाँ है | FB
out-of-domain | पाताल लोक की राजधानी बताओ | FB
out-of-domain | अटलांटिस की राजधानी क्या थी | FB
out-of-domain | बाहुबली के माहिष्मती की राजधानी कौन सी | FB
out-of-domain | हॉगवर्ट्स किस देश की राजधानी है | FB
out-of-domain | वकांडा की राजधानी बताओ | FB
out-of-domain | बिहार के मुख्यमंत्री के हथिन | FB
out-of-domain | फ्रांस में कौन सी भाषा बोलते हैं | FB
out-of-domain | जापान की करेंसी क्या है | FB
out-of-domain | अमेरिका में अभी कितने बजे हैं | FB
out-of-domain | दुबई में सोने का भाव क्या है | FB
out-of-domain | सऊदी में वीजा कैसे लगता है | FB
out-of-domain | नेपाल जाने के लिए पासपोर्ट चाहिए क्या | FB
out-of-domain | कनाडा की आबादी कितनी है | FB
out-of-domain | रूस का राष्ट्रपति कौन है | FB
out-of-domain | चीन की दीवार कितनी लंबी है | FB
out-of-domain | ऑस्ट्रेलिया का झंडा कैसा दिखता है | FB
out-of-domain | लंदन से दिल्ली फ्लाइट कितने घंटे की है | FB
out-of-domain | पेरिस में एफिल टावर की टिकट कितने की | FB
out-of-domain | टोक्यो में अभी तापमान क्या है | FB
out-of-domain | राजधानी शब्द की स्पेलिंग बताओ | FB
out-of-domain | राजधानी पर निबंध लिख दो | FB
out-of-domain | राजधानी का अंग्रेजी क्या होता है | FB
out-of-domain | कैपिटल का मतलब हिंदी में | FB
out-of-domain | वेनिस पानी पे कैसे बना है | FB
out-of-domain | अलार्म लगा दो सुबह पाँच बजे का | FB
out-of-domain | टॉर्च जला दो | FB
out-of-domain | लाइट बंद कर दो कमरे की | FB
out-of-domain | मेरा फोन ढूँढो | FB
out-of-domain | कोई चुटकुला सुनाओ | FB
out-of-domain | अरे अलेक्सा तुम्हारी शादी हो गई क्या | FB
out-of-domain | तुम कहाँ रहती हो अलेक्सा | FB
magahi | हमर बेटवा कुवैत में कमा रहल हइ ओजा के राजधानी का हइ | KW
magahi | सउदी अरब के राजधानी कउन सहर हइ जी | SA
magahi | ओमान के राजधानी मस्कट हइ कि कुछो अउर | OM
magahi | नेपाल के राजधानी बतइहऽ बोधगया से बस जा हइ | NP
magahi | जापान बाला सब बोधगया आवऽ हथिन ओकर राजधानी का हइ | JP
magahi | थाईलैंड के राजधानी बतावऽ ओजा के भिक्खु आयल हथिन | TH
magahi | श्रीलंका के राजधानी का हइ हो | LK
magahi | भूटान के राजधानी के नाम तनी बोलहो | BT
magahi | म्यांमार के राजधानी का कहल जा हइ | MM
magahi | कंबोडिया के राजधानी कउन हइ रे | KH
magahi | तिब्बत बाला चीन के राजधानी बतावऽ | CN
magahi | मंगोलिया के राजधानी के नाम बड़ी कठिन हइ बतावऽ | MN
magahi | कांगो डीआरसी के राजधानी का हइ | CD
maithili | कतार के राजधानी की छै हमर भाइ ओतहि छथि | QA
maithili | नेपाल के राजधानी काठमांडू छै कि पोखरा | NP
maithili | जनकपुर त नेपाल में छै मुदा नेपाल के राजधानी की | NP
maithili | मलेशिया के राजधानी कहू ने | MY
maithili | मॉरीशस के राजधानी की छै ओतय भोजपुरी बजै छै | MU
maithili | फिजी के राजधानी कोन शहर छै | FJ
maithili | त्रिनिदाद के राजधानी की थिक | TT
maithili | सूरीनाम के राजधानी पुछै छलौं | SR
maithili | गुयाना के राजधानी कहू | GY
maithili | दक्षिण अफ्रीका के राजधानी सब कहू | ZA
maithili | इंग्लैंड के राजधानी लंदन छै ने | GB
maithili | अमेरिका के राजधानी की छै | US
malvi | फ्रांस की राजधानी कंई हे रे | FR
malvi | इजिप्ट की राजधानी बताव जां पिरामिड हे | EG
malvi | जर्मनी की राजधानी कंई बोले हे | DE
malvi | आस्ट्रेलिया की राजधानी कंई हे सिडनी की | AU
malvi | अमरीका की राजधानी कंई हे बताव भई | US
malvi | ब्राजील की राजधानी को नाम बोल | BR
malvi | इटली की राजधानी कंई हे रोम नी | IT
malvi | रूस की राजधानी कंई हे म्हारे याद नी | RU
malvi | इंग्लैंड की राजधानी कंई हे | GB
malvi | ईरान की राजधानी बताव तो जरा | IR
malvi | कनाडा की राजधानी कंई हे छोरी वां पढ़े | CA
mewati | पाकिस्तान की राजधानी के है भाई | PK
mewati | अफगानिस्तान की राजधानी बता दे | AF
mewati | सऊदी की राजधानी के है हज वाला देस | SA
mewati | दुबई वाले अमीरात की राजधानी के है | AE
mewati | तुर्की की राजधानी कौण सी है | TR
mewati | इराक की राजधानी के है भाई | IQ
mewati | मिस्र की राजधानी बता दे यार | EG
mewati | जॉर्डन की राजधानी के है | JO
mewati | यमन की राजधानी कौण सी है | YE
mewati | सीरिया की राजधानी बताइयो | SY
mewati | बांग्लादेश की राजधानी के है | BD
odia | बांग्लादेश का राजधानी ढाका है ना बोलिए | BD
odia | श्रीलंका का राजधानी का नाम क्या है | LK
odia | इंडोनेशिया का राजधानी कौन है बाली तो नहीं | ID
odia | थाईलैंड का राजधानी बैंकॉक है ना | TH
odia | अंडमान का राजधानी कौन है | IN-AN
odia | सिंगापुर का राजधानी क्या है सिंगापुर ही है क्या | SG
odia | मलेशिया का कैपिटल बोलिए | MY
odia | वियतनाम का राजधानी क्या है बाबू | VN
odia | फिलीपींस का राजधानी कौन है | PH
odia | ब्रुनेई का राजधानी बोलिए आज्ञा | BN
odia | जापान का राजधानी टोक्यो है ना | JP
odia | चीन का राजधानी कौन है बोलिए | CN
malayali | सऊदी अरेबिया का राजधानी क्या है | SA
malayali | कतर का कैपिटल दोहा है ना | QA
malayali | बहरीन का राजधानी बोलो | BH
malayali | ओमान का राजधानी मस्कट है ना | OM
malayali | यूके का राजधानी क्या है | GB
malayali | आयरलैंड का राजधानी क्या होता | IE
malayali | न्यूजीलैंड का कैपिटल क्या है बताओ | NZ
malayali | ऑस्ट्रेलिया का राजधानी क्या होता | AU
malayali | जर्मनी का राजधानी बोलो नर्सिंग के लिए जाना है | DE
malayali | मालदीव का कैपिटल क्या है | MV
malayali | इजराइल का राजधानी क्या है | IL
malayali | कुवैत का राजधानी क्या है | KW
sindhi | दुबई वाले मुल्क जी राजधानी क्या है साईं | AE
sindhi | हांगकांग की राजधानी बोलो मेरा भाऊ वहाँ धंधा करता है | HK
sindhi | इंडोनेशिया की राजधानी बता अड़े | ID
sindhi | स्पेन की राजधानी कौन सी है साईं | ES
sindhi | घाना की राजधानी बोल मेरा कज़िन वहाँ दुकान चलाता है | GH
sindhi | नाइजीरिया की राजधानी क्या है लागोस नहीं ना | NG
sindhi | कैनरी आइलैंड वाले स्पेन की राजधानी | ES
sindhi | जिब्राल्टर की राजधानी क्या है साईं | GI
sindhi | पनामा की राजधानी बता अड़े | PA
sindhi | मोरक्को की राजधानी क्या है | MA
sindhi | सिंगापुर की राजधानी बोल साईं | SG
auto | भैया ये विदेशी सवारी नॉर्वे की है उसकी राजधानी क्या है | NO
auto | सवारी फ्रेंच बोल रही है फ्रांस की राजधानी कौन सी है | FR
auto | मेरी गाड़ी में जर्मनी वाला बैठा है उसकी राजधानी बता | DE
auto | अलेक्सा नेदरलैंड की राजधानी बताओ सवारी वहीं की है | NL
auto | ऑटो वाला पूछ रहा है इटली की राजधानी | IT
auto | भैया जापान वाले टूरिस्ट हैं उनकी राजधानी बोलो | JP
auto | इस्राइल वाली मैडम बैठी हैं उनके देश की राजधानी क्या है | IL
auto | सवारी रूस से आई है रूस की राजधानी बता दे | RU
auto | कोरिया वाले साउथ कोरिया के हैं राजधानी बताओ | KR
auto | मीटर से चलूँगा पहले बता अमेरिका की राजधानी | US
parlour | दीदी हनीमून पे मालदीव जा रही है वहाँ की राजधानी क्या है | MV
parlour | बाली वाले देश इंडोनेशिया की राजधानी बताओ | ID
parlour | मॉरीशस की राजधानी बोलो दुल्हन वहाँ जा रही है | MU
parlour | स्विट्जरलैंड की राजधानी क्या है बर्फ वाला देश | CH
parlour | थाईलैंड की राजधानी बताओ ना पार्लर वाली पूछ रही | TH
parlour | पेरिस तो फ्रांस की राजधानी है ना | FR
parlour | ग्रीस की राजधानी क्या है वो सफेद घरों वाला | GR
parlour | तुर्की की राजधानी बताओ कप्पाडोकिया वाला | TR
parlour | दुबई किस देश में है उसकी राजधानी क्या | AE
parlour | वियतनाम की राजधानी हनोई है ना | VN
quiz | अगला प्रश्न मंगोलिया की राजधानी | MN
quiz | टीम ए के लिए प्रश्न किर्गिस्तान की राजधानी क्या है | KG
quiz | पास्ड ओवर प्रश्न है आर्मेनिया की राजधानी | AM
quiz | रैपिड फायर राउंड कजाकिस्तान की राजधानी | KZ
quiz | क्विज के फाइनल में पूछा गया भूटान की राजधानी | BT
quiz | प्रश्न संख्या सात इरिट्रिया की राजधानी | ER
quiz | बोनस सवाल लक्जमबर्ग की राजधानी क्या है | LU
quiz | सवाल था मेडागास्कर की राजधानी | MG
quiz | टाई ब्रेकर में पूछा बुर्किना फासो की राजधानी | BF
quiz | प्रश्न किरिबाती की राजधानी का नाम बताइए | KI
nurse | सिस्टर की बहन आयरलैंड में है आयरलैंड की राजधानी | IE
nurse | यूके में नर्स की जॉब है वहाँ की राजधानी बताओ | GB
nurse | कनाडा में पीआर मिल गया राजधानी कौन सी है | CA
nurse | जर्मनी की राजधानी क्या है जॉब इंटरव्यू में पूछेंगे | DE
nurse | न्यूजीलैंड की राजधानी बताओ वीजा फाइल लगा दी | NZ
nurse | माल्टा की राजधानी क्या है वहाँ भी जॉब निकली है | MT
nurse | फिनलैंड की राजधानी बोलो ना | FI
nurse | सऊदी में एमओएच नौकरी है राजधानी कौन सी | SA
sailor | पनामा कैनाल से गुजरेंगे पनामा की राजधानी | PA
sailor | सिंगापुर से पहले श्रीलंका रुकेंगे उसकी राजधानी | LK
sailor | अगला पोर्ट अर्जेंटीना है उसकी राजधानी बताओ | AR
sailor | चिली की राजधानी क्या है | CL
sailor | उरुग्वे की राजधानी बताना मोंटेवीडियो तो नहीं | UY
sailor | नामीबिया की राजधानी क्या है वॉल्विस बे में रुके थे | NA
sailor | मोजाम्बिक की राजधानी कौन सी है | MZ
sailor | जिबूती की राजधानी बता दो | DJ
sailor | ग्रीनलैंड के पास से जहाज जा रहा उसकी राजधानी | GL
sailor | नॉर्वे की राजधानी ओस्लो है ना | NO
farmer | इजराइल की राजधानी बताओ वहाँ खेती बढ़िया होती है | IL
farmer | नीदरलैंड की राजधानी का है जहाँ फूलों की खेती | NL
farmer | ऑस्ट्रेलिया की राजधानी बताइए गेहूँ वाला देश | AU
farmer | अर्जेंटीना की राजधानी का है | AR
farmer | यूक्रेन की राजधानी बताओ सूरजमुखी वाला | UA
farmer | ब्राज़ील की राजधानी का है गन्ना वहाँ भी होता है | BR
farmer | वियतनाम की राजधानी बताओ चावल वाला | VN
driver | मुझे अमेरिका जाना है ट्रक चलाने उसकी राजधानी | US
driver | कनाडा में ट्रक ड्राइवर की जॉब उसकी राजधानी बोलो | CA
driver | पंजाब की राजधानी चंडीगढ़ है ना | IN-PB
driver | हरियाणा की राजधानी भी चंडीगढ़ ही है | IN-HR
driver | राजस्थान की राजधानी जयपुर पहुँचने वाले हैं | IN-RJ
driver | गुजरात की राजधानी गांधीनगर है या अहमदाबाद | IN-GJ
driver | उत्तराखंड की राजधानी बता | IN-UK
driver | हिमाचल प्रदेश की राजधानी कौन सी है | IN-HP
child | अलेक्सा इंग्लैंड की राजधानी क्या है मुझे पता है लंदन | GB
child | मिक्की माउस वाले अमेरिका की राजधानी बोलो | US
child | पांडा वाले देश चीन की राजधानी क्या है | CN
child | कंगारू वाले देश की राजधानी बताओ | AU
child | पेंगुइन वाली जगह अंटार्कटिका की राजधानी | AQ
child | मेरे स्कूल में फ्रांस का प्रोजेक्ट है राजधानी बताओ | FR
child | बर्फ वाला देश रूस उसकी राजधानी क्या है | RU
child | अलेक्सा ब्राज़ील की राजधानी बताओ फुटबॉल वाला | BR
child | मिस्र की राजधानी बताओ ममी वाली | EG
child | पापा के ऑफिस वाले जापान गए हैं वहाँ की राजधानी | JP
child | केन्या की राजधानी बताओ शेर वाला | KE
child | अलेक्सा भारत की राजधानी कौन सी है मुझे टेस्ट देना है | IN
elder | हमारे फूफा जी बर्मा में रहे थे उसकी राजधानी अब क्या है | MM
elder | सीलोन अब श्रीलंका है ना उसकी राजधानी बताओ | LK
elder | हमारे नाना अदन गए थे वो यमन में है ना राजधानी बताओ | YE
elder | पूर्वी अफ्रीका वाले युगांडा की राजधानी क्या है | UG
elder | ढाका पहले पूर्वी पाकिस्तान था ना उसी की राजधानी | BD
elder | लाहौर वाले पाकिस्तान की राजधानी कराची थी अब कौन सी है | PK
elder | तिब्बत पे कब्जा करने वाले चीन की राजधानी | CN
elder | नेपाल नरेश का देश उसकी राजधानी क्या है | NP
hinglish | ओके सो जर्मनी का कैपिटल वापस बताओ | DE
hinglish | लाइक सीरियसली स्पेन का कैपिटल मैड्रिड है ना | ES
hinglish | बेसिकली पोर्टुगल का कैपिटल क्या है | PT
hinglish | गाइस अलेक्सा से पूछ रहा हूँ बेल्जियम का कैपिटल | BE
hinglish | डूड डेनमार्क का कैपिटल सिटी बताओ | DK
hinglish | वेट नॉर्वे का कैपिटल ओस्लो ही है राइट | NO
hinglish | ऑस्ट्रिया का कैपिटल बताओ विएना वाला | AT
hinglish | स्वीडन का कैपिटल सिटी कौन सा है | SE
hesitation | उम्म वो क्या नाम है हंगरी की राजधानी | HU
hesitation | अ अ अ चेक रिपब्लिक की राजधानी बताओ | CZ
hesitation | वो जो देश है ना क्रोएशिया हाँ उसकी राजधानी | HR
hesitation | हम्म पोलैंड पोलैंड की राजधानी क्या है | PL
hesitation | अरे वो ऊ का कहते हैं पेरू के राजधानी | PE
hesitation | एक मिनट हाँ इक्वाडोर की राजधानी | EC
hesitation | मतलब वो बोलीविया नहीं कोलंबिया की राजधानी | CO
hesitation | ऐ सुनो उ उ उरुग्वे की राजधानी | UY
asr-artefact | अलेक्सा अलेक्सा जर्मनी की राजधानी | DE
asr-artefact | राजधानी राजधानी फ्रांस की | FR
asr-artefact | की राजधानी क्या है इटली | IT
asr-artefact | इंडिया की की राजधानी बताओ | IN
asr-artefact | नेपाल राजधानी | NP
asr-artefact | राजधानी बांग्लादेश | BD
asr-artefact | जापान का राजधानी का | JP
asr-artefact | चीन चीन चीन की राजधानी | CN
official-name | संघीय लोकतांत्रिक गणराज्य नेपाल के राजधानी का हइ बतावऽ | NP
official-name | बांग्लादेश जनवादी गणराज्य के राजधानी की छै कहू | BD
official-name | संयुक्त मैक्सिकन राज्य की राजधानी कौन सी है साईं | MX
official-name | कोरिया लोकतांत्रिक जनवादी गणराज्य का राजधानी बोलिए आज्ञा | KP
official-name | इतालवी गणराज्य की राजधानी बताइए क्विज का सवाल है | IT
official-name | अल्जीरियाई जनवादी लोकतांत्रिक गणराज्य की राजधानी का नाम | DZ
official-name | रूसी संघ का कैपिटल क्या है पूरा नाम से पूछ रहा हूँ | RU
official-name | फ्रांसीसी गणराज्य की राजधानी कंई हे | FR
official-name | इस्लामी गणराज्य पाकिस्तान की राजधानी के है | PK
official-name | श्रीलंका लोकतांत्रिक समाजवादी गणराज्य की दोनों राजधानी | LK
shared-name | कोरिया के राजधानी कहू ने | KP+KR
shared-name | कांगो की राजधानी कंई हे दो दो कांगो हे | CD+CG
shared-name | जॉर्जिया की राजधानी के है भाई | GE+US-GA
shared-name | कोरिया का कैपिटल बोलो एक बार | KP+KR
shared-name | कांगो की राजधानी बोल अड़े | CD+CG
shared-name | वर्जिन आइलैंड का राजधानी बोलिए जहाज वहाँ जाएगा | VG+VI
shared-name | जॉर्जिया का राजधानी क्या होता | GE+US-GA
shared-name | कांगो का राजधानी बोलिए ना | CD+CG
territory | ग्वाडेलूप की राजधानी क्या है | GP
territory | सेंट हेलेना की राजधानी बोलो नेपोलियन वाला द्वीप | SH
territory | फैरो आइलैंड्स की राजधानी बताओ | FO
territory | कुक आइलैंड्स की राजधानी क्या है | CK
territory | अमेरिकन समोआ की राजधानी कौन सी | AS
territory | ग्वेर्नसी की राजधानी बताओ | GG
territory | पिटकेर्न आइलैंड की राजधानी | PN
territory | क्रिसमस आइलैंड की राजधानी क्या है | CX
territory | मोंटसेराट की राजधानी बताओ | MS
territory | टर्क्स और केकोस की राजधानी | TC
subdivision | सोनोरा की राजधानी क्या है | MX-SON
subdivision | बाहा कैलिफोर्निया की राजधानी | MX-BCN
subdivision | वेराक्रूज की राजधानी बोलो | MX-VER
subdivision | मैनिटोबा की राजधानी बताओ | CA-MB
subdivision | नोवा स्कोशिया की राजधानी क्या है | CA-NS
subdivision | सस्केचेवान की राजधानी कौन सी है | CA-SK
subdivision | नुनावुत की राजधानी बताओ | CA-NU
subdivision | पश्चिमी ऑस्ट्रेलिया की राजधानी पर्थ है क्या | AU-WA
subdivision | दक्षिण ऑस्ट्रेलिया की राजधानी बताओ | AU-SA
subdivision | हेस्से राज्य की राजधानी | DE-HE
subdivision | मिनास जेरैस की राजधानी | BR-MG
subdivision | अमेज़ोनास की राजधानी मनौस है ना | BR-AM
subdivision | मिशिगन की राजधानी डेट्रॉइट है क्या | US-MI
subdivision | पेंसिल्वेनिया की राजधानी क्या है | US-PA
subdivision | ओहायो की राजधानी बताओ | US-OH
subdivision | जॉर्जिया स्टेट अमेरिका की राजधानी अटलांटा है ना | US-GA
subdivision | मैसाचुसेट्स की राजधानी बोस्टन है क्या | US-MA
subdivision | वर्जीनिया की राजधानी बताओ | US-VA
subdivision | नेवादा की राजधानी लास वेगास है क्या | US-NV
subdivision | लुइज़ियाना की राजधानी बताओ | US-LA
subdivision | टेनेसी की राजधानी क्या है | US-TN
subdivision | मेक्सिको सिटी प्रांत की राजधानी बताओ | MX-CMX
subdivision | दादरा नगर हवेली की राजधानी | IN-DH
reverse-question | पोर्ट लुई कोन देश के राजधानी छै | CITY:पोर्ट लुई
reverse-question | सुवा कउन देस के राजधानी हइ | CITY:सुवा
reverse-question | पारामारिबो कोन देश के राजधानी | CITY:पारामारिबो
reverse-question | जॉर्जटाउन कौन से देश की राजधानी है | CITY:जॉर्जटाउन
reverse-question | माले किस देश का राजधानी है | CITY:माले
reverse-question | वेलिंगटन किस देश की राजधानी है | CITY:वेलिंगटन
reverse-question | पनामा सिटी किस देश की राजधानी है | CITY:पनामा सिटी
reverse-question | मोंटेवीडियो किस देश की राजधानी है | CITY:मोंटेवीडियो
reverse-question | विंडहोक कौन से देश की राजधानी है | CITY:विंडहोक
reverse-question | मापुटो किस देश की राजधानी है | CITY:मापुटो
reverse-question | भुवनेश्वर कौन राज्य का राजधानी है | CITY:भुवनेश्वर
reverse-question | तिरुवनंतपुरम किस राज्य का राजधानी है | CITY:तिरुवनंतपुरम
reverse-question | गांधीनगर कौण से राज्य की राजधानी है | CITY:गांधीनगर
reverse-question | अगरतला कोन राज्य के राजधानी छै | CITY:अगरतला
reverse-question | पणजी किस राज्य की राजधानी है | CITY:पणजी
out-of-domain | हमनी के गाँव में बिजली कखनी अइतइ | FB
out-of-domain | राजगीर के मलमास मेला कहिया से हइ | FB
out-of-domain | सामा चकेवा के गीत बजाउ | FB
out-of-domain | दाल बाटी बनाने की विधि बताव | FB
out-of-domain | नूह से गुड़गाँव की बस कद चलेगी | FB
out-of-domain | कोणार्क मंदिर कितने बजे खुलता है | FB
out-of-domain | कोच्चि से दोहा का फ्लाइट आज है क्या | FB
out-of-domain | उल्हासनगर से सीएसटी का लोकल कितने बजे | FB
out-of-domain | पासपोर्ट रिन्यू कैसे कराते हैं | FB
out-of-domain | नर्सिंग काउंसिल का रजिस्ट्रेशन कैसे होगा | FB
out-of-domain | ब्राइडल मेकअप का रेट कितना चल रहा है | FB
out-of-domain | समुद्री मील कितने किलोमीटर का होता है | FB
out-of-domain | सरसों का भाव आज मंडी में | FB
out-of-domain | इस ट्रक का रोड टैक्स कितना लगेगा | FB
out-of-domain | राजधानी नाइट क्लब कहाँ है | FB
out-of-domain | पाटलिपुत्र आज किस नाम से जाना जाता है | FB
out-of-domain | बंगाल की सांस्कृतिक राजधानी कौन सा शहर कहलाता है | FB
out-of-domain | ओडिशा मंदिरों की राजधानी क्यों कहलाता है | FB
out-of-domain | लुधियाना होजरी की राजधानी है | FB
out-of-domain | इंदौर स्वच्छता की राजधानी है क्या | FB
out-of-domain | तमिलनाडु के मदुरै जिले का मुख्यालय | FB
out-of-domain | कॉमनवेल्थ खेल अगली बार किस शहर में होंगे | FB
out-of-domain | सिक्किम के पास वाला नाथुला दर्रा कितना ऊँचा है | FB
out-of-domain | ब्रह्मपुत्र नदी कहाँ से निकलती है | FB
out-of-domain | सबसे छोटा देश कौन सा है | FB
out-of-domain | किस देश में सबसे ज्यादा लोग रहते हैं | FB
magahi | पाकिस्तान के राजधानी कराची हल अब कउन हइ | PK
magahi | ईराक के राजधानी बतइहऽ तनी | IQ
magahi | अमेरिका के राजधानी वाशिंगटन हइ न | US
magahi | रूस के राजधानी का हइ जी | RU
maithili | तुर्की के राजधानी कोन छै | TR
maithili | इंडोनेशिया के राजधानी कहू | ID
maithili | मिस्र के राजधानी की छै | EG
malvi | तुर्की की राजधानी कंई हे बताव | TR
malvi | स्पेन की राजधानी को नाम कंई हे | ES
malvi | पुर्तगाल की राजधानी बताव रे | PT
mewati | नेपाल की राजधानी के है भाई | NP
mewati | चीन की राजधानी कौण सी है | CN
mewati | कतर की राजधानी बताइयो | QA
odia | नेपाल का राजधानी कौन है बोलिए | NP
odia | अमेरिका का राजधानी कौन है आज्ञा | US
malayali | सिंगापुर का राजधानी क्या होता | SG
malayali | फ्रांस का कैपिटल क्या है बोलो एक बार | FR
sindhi | इंग्लैंड की राजधानी बोल साईं लंदन ना | GB
sindhi | जापान की राजधानी बता अड़े | JP
"""

if __name__ == "__main__":
    build_round(38, "hi", LINES, sys.argv, "tests/Eval/hi/round38/source/build_corpus.py")
