"""Round 37, Hindi (hi-IN): a new author's mix of speakers and situations, written blind (brief WRITER45.md), chosen
away from the speakers of the Hindi rounds 33 to 36. Regions and first languages: Bagri from Sri Ganganagar and
Hanumangarh ("री राजधानी", "कांई है", "कुणसी", "म्हनै कोनी ठा", "बता दे रै"), Bhili speakers' Hindi from Jhabua
("काँई हे", "कयी हे", "बतावो नी", "पूछ्यो"), Tharu from the Terai of Champaran and Lakhimpur ("क राजधानी", "का हय",
"बताइ देउ", "हमरे"), Assamese speakers' Hindi from Guwahati ("का राजधानी क्या होता है", "बोलो ना", "दादा",
"बाइदेउ", "हामको"), Santhali speakers' Hindi from Dumka ("कोन है", "बताओ न", "हामरा"), Jaunsari from Chakrata
("कुण सी से", "बताओ जी", "म्हारे"). Situations: Kota coaching students, UPSC aspirants in Mukherjee Nagar, a kirana
shop, railway porters on the platform, a gym, the Kumbh mela, a call-centre night shift, a mobile repair shop, video
calls with relatives abroad, children with homework, elders with girmitiya, Burma and Aden memories, Hinglish,
hesitations, polite and terse askers, ASR artefacts. Around them: follow-ups, plural capitals, subdivisions and
territories, yes/no checks, self-corrections, reverse questions, official, everyday and shared names, help, stop,
cancel, launch through the invocation name "दुनिया की राजधानियाँ", and out-of-domain requests and near misses (shop,
train and coaching errands, the Rajdhani Express, bus, college and thali, "capital" as money, letters and punishment,
"X की आर्थिक/फैशन राजधानी", regions, old empires, continents and mythical or fictional places with no capital in
the data, district headquarters).
`python3 tests/Eval/hi/round37/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 37's number); every line is hi-IN. Every line was written by hand as one whole sentence; no
frames are used.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
bagri | रै भाई एंडोरा देस री राजधानी कांई है बता दे | AD
bagri | म्हारो बेटो दुबई गयो है अमीरात री राजधानी कुणसी है | AE
bagri | अफगानिस्तान री राजधानी कांई है म्हनै कोनी ठा | AF
bagri | एंटीगुआ बारबुडा नांव रो देस सुण्यो उणरी राजधानी बता | AG
bagri | गंगानगर सूं पूछूं हूँ अल्बानिया री राजधानी कुणसो सहर है | AL
bagri | आर्मेनिया री राजधानी बता दे नी | AM
bagri | अंगोला री राजधानी कांई बाजै | AO
bagri | अर्जेंटीना री राजधानी कुणसी है रै | AR
bagri | ऑस्ट्रिया रो राजधानी सहर कांई है | AT
bagri | म्हारी भाणजी ऑस्ट्रेलिया में पढ़ै उठै री राजधानी कांई है | AU
bagri | अजरबैजान री राजधानी बतावो सा | AZ
bagri | बोस्निया हर्जेगोविना री राजधानी कांई है | BA
bagri | बारबाडोस री राजधानी रो नांव कांई है | BB
bagri | बांग्लादेस री राजधानी कुणसी है ढाका का कोई और | BD
bagri | बेल्जियम री राजधानी बता दे भाया | BE
bagri | बुर्किना फासो री राजधानी कांई है | BF
bagri | बुल्गारिया री राजधानी कुणसो सहर | BG
bagri | बहरीन में म्हारो काको काम करै उणरी राजधानी कांई है | BH
bagri | बुरुंडी री राजधानी बता | BI
bagri | ब्रुनेई देस री राजधानी कांई है सा | BN
bhili | झाबुआ से पूछ रियो हूँ ब्राजील की राजधानी काँई हे | BR
bhili | बहामास की राजधानी कयी हे बतावो नी | BS
bhili | भूटान की राजधानी कोन सो सहर हे | BT
bhili | बोत्सवाना की राजधानी काँई हे | BW
bhili | बेलारूस की राजधानी बतावो भई | BY
bhili | बेलीज नाम को देस हे उकी राजधानी काँई | BZ
bhili | कनाडा की राजधानी काँई हे मास्टर जी ने पूछ्यो | CA
bhili | मध्य अफ्रीकी गणराज्य की राजधानी कयी हे | CF
bhili | स्विट्जरलैंड की राजधानी काँई हे बतावो | CH
bhili | चिली देस की राजधानी कोन सी हे | CL
bhili | कैमरून की राजधानी बतावो नी भाई | CM
bhili | चीन की राजधानी काँई हे | CN
bhili | कोलंबिया की राजधानी कयी हे | CO
bhili | कोस्टा रिका की राजधानी बतावो | CR
bhili | क्यूबा की राजधानी काँई हे भई | CU
bhili | केप वर्डे की राजधानी कोन सी हे | CV
bhili | भगोरिया हाट में एक छोरो पूछ रियो साइप्रस की राजधानी | CY
bhili | चेक गणराज्य की राजधानी काँई हे | CZ
bhili | जर्मनी की राजधानी बतावो नी | DE
bhili | जिबूती की राजधानी कयी हे | DJ
tharu | डेनमार्क क राजधानी का हय बताइ देउ | DK
tharu | डोमिनिका क राजधानी कौन हय | DM
tharu | डोमिनिकन रिपब्लिक क राजधानी का हय हो | DO
tharu | अल्जीरिया क राजधानी बताइ देउ भैया | DZ
tharu | इक्वाडोर क राजधानी का हय | EC
tharu | एस्टोनिया क राजधानी कौन सहर हय | EE
tharu | मिस्र क राजधानी का हय हमरे बाबू पूछत हयँ | EG
tharu | इरिट्रिया क राजधानी बताइ देउ | ER
tharu | स्पेन क राजधानी का हय | ES
tharu | इथियोपिया क राजधानी कौन हय हो | ET
tharu | फिनलैंड क राजधानी का हय | FI
tharu | फिजी क राजधानी बताइ देउ उहाँ हमरे बिरादर रहत रहें | FJ
tharu | माइक्रोनेशिया क राजधानी का हय | FM
tharu | फ्रांस क राजधानी कौन हय | FR
tharu | गैबॉन क राजधानी का हय बताइ देउ | GA
tharu | इंगलैंड वाला देस यूनाइटेड किंगडम क राजधानी का हय | GB
tharu | ग्रेनाडा क राजधानी कौन हय | GD
tharu | घाना क राजधानी का हय हो | GH
tharu | गाम्बिया क राजधानी बताइ देउ | GM
tharu | गिनी क राजधानी का हय | GN
assamese | इक्वेटोरियल गिनी का राजधानी क्या होता है बोलो ना | GQ
assamese | ग्रीस का राजधानी कौन सा है दादा | GR
assamese | ग्वाटेमाला का राजधानी क्या है ना | GT
assamese | गिनी बिसाउ का राजधानी बोलो तो | GW
assamese | गुयाना का राजधानी क्या होता है | GY
assamese | होंडुरास का राजधानी कौन सा है बाइदेउ पूछ रहा है | HN
assamese | क्रोएशिया का राजधानी क्या है बोलो | HR
assamese | हैती का राजधानी क्या होता है ना | HT
assamese | हंगरी का राजधानी कौन सा है | HU
assamese | इंडोनेशिया का राजधानी बोलो ना हामको | ID
assamese | आयरलैंड का राजधानी क्या है | IE
assamese | इजराइल का राजधानी कौन सा होता है | IL
assamese | भारत का राजधानी क्या है बोलो तो छोटा भाई को | IN
assamese | इराक का राजधानी क्या है | IQ
assamese | ईरान का राजधानी कौन सा है ना | IR
assamese | आइसलैंड का राजधानी क्या होता है | IS
assamese | इटली का राजधानी बोलो ना दादा | IT
assamese | जमैका का राजधानी कौन सा है | JM
assamese | गुवाहाटी से बोल रहा है जॉर्डन का राजधानी क्या है | JO
assamese | जापान का राजधानी क्या होता है बोलो | JP
santhali | केन्या का राजधानी कोन है बताओ न | KE
santhali | किर्गिस्तान का राजधानी का नाम बताओ न | KG
santhali | कंबोडिया का राजधानी कोन है | KH
santhali | किरिबाती देस का राजधानी कोन है बताओ | KI
santhali | कोमोरोस का राजधानी बताओ न | KM
santhali | सेंट किट्स एंड नेविस का राजधानी कोन है | KN
santhali | उत्तर कोरिया का राजधानी कोन है | KP
santhali | दक्षिण कोरिया का राजधानी बताओ न दुमका से पूछ रहे | KR
santhali | कुवैत का राजधानी कोन है | KW
santhali | कजाकिस्तान का राजधानी बताओ न | KZ
santhali | लाओस का राजधानी कोन है | LA
santhali | लेबनान का राजधानी बताओ न दीदी | LB
santhali | सेंट लूसिया का राजधानी कोन है | LC
santhali | लिकटेंस्टीन का राजधानी बताओ | LI
santhali | लाइबेरिया का राजधानी कोन है | LR
santhali | लेसोथो का राजधानी बताओ न | LS
santhali | लिथुआनिया का राजधानी कोन है | LT
santhali | लक्जमबर्ग का राजधानी बताओ न | LU
santhali | लातविया का राजधानी कोन है हामरा मास्टर पूछा | LV
santhali | लीबिया का राजधानी बताओ न | LY
kota | भैया कोटा से बोल रहा हूँ मोरक्को की कैपिटल क्या है जीके टेस्ट है | MA
kota | मोनाको की राजधानी क्या है जल्दी बताओ बैच शुरू होने वाला है | MC
kota | मोल्दोवा की राजधानी बताओ यार | MD
kota | मोंटेनेग्रो की राजधानी क्या है | ME
kota | मेडागास्कर की राजधानी क्या है रूममेट पूछ रहा है | MG
kota | मार्शल आइलैंड्स की राजधानी बताओ | MH
kota | नॉर्थ मैसेडोनिया की राजधानी क्या है | MK
kota | माली की राजधानी क्या है टेस्ट सीरीज़ में आया था | ML
kota | म्यांमार की राजधानी क्या है रंगून या कुछ और | MM
kota | मंगोलिया की राजधानी बताओ ना | MN
kota | मॉरिटानिया की कैपिटल बताओ | MR
kota | माल्टा की राजधानी क्या है भाई | MT
kota | मॉरीशस की राजधानी बताओ हॉस्टल में बहस हो रही है | MU
kota | मालदीव्स की राजधानी क्या है | MV
kota | मलावी की राजधानी बताओ | MW
kota | मेक्सिको की राजधानी क्या है | MX
kota | मोजाम्बिक की राजधानी बताओ | MZ
kota | नामीबिया की राजधानी क्या है यार | NA
kota | नाइजर की राजधानी बताओ नाइजीरिया नहीं नाइजर | NE
kota | नाइजीरिया की राजधानी क्या है लागोस है क्या | NG
upsc | प्रीलिम्स के लिए पूछ रहा हूँ निकारागुआ की राजधानी कौन सी है | NI
upsc | नॉर्वे की राजधानी बताइए | NO
upsc | नेपाल की राजधानी क्या है | NP
upsc | नाउरू की राजधानी बताइए मैप वर्क कर रहे हैं | NR
upsc | न्यूजीलैंड की राजधानी कौन सी है | NZ
upsc | ओमान की राजधानी बताइए करेंट अफेयर्स में आया है | OM
upsc | पनामा की राजधानी क्या है | PA
upsc | पेरू की राजधानी बताइए | PE
upsc | पापुआ न्यू गिनी की राजधानी कौन सी है | PG
upsc | फिलीपींस की राजधानी क्या है | PH
upsc | पाकिस्तान की राजधानी बताइए | PK
upsc | पोलैंड की राजधानी कौन सी है | PL
upsc | पुर्तगाल की राजधानी क्या है | PT
upsc | पलाउ की राजधानी बताइए इसका नाम बड़ा अजीब है | PW
upsc | पराग्वे की राजधानी कौन सी है | PY
upsc | कतर की राजधानी क्या है | QA
upsc | रोमानिया की राजधानी बताइए | RO
upsc | सर्बिया की राजधानी कौन सी है | RS
upsc | रूस की राजधानी बताइए | RU
upsc | मुखर्जी नगर से पूछ रहा हूँ रवांडा की राजधानी | RW
kirana | सेठ जी पूछ रहे हैं सऊदी अरब की राजधानी क्या है | SA
kirana | दुकान पे बैठे बैठे सोचा सोलोमन द्वीप की राजधानी क्या है | SB
kirana | सेशेल्स की राजधानी बताओ ग्राहक पूछ रहा है | SC
kirana | सूडान की राजधानी क्या है | SD
kirana | स्वीडन की राजधानी बताओ जरा | SE
kirana | सिंगापुर की राजधानी क्या है | SG
kirana | स्लोवेनिया की राजधानी बताओ | SI
kirana | स्लोवाकिया की राजधानी क्या है | SK
kirana | सिएरा लियोन की राजधानी बताओ | SL
kirana | सैन मैरिनो की राजधानी क्या है | SM
kirana | सेनेगल की राजधानी बताओ भैया | SN
kirana | सोमालिया की राजधानी क्या है | SO
kirana | सूरीनाम की राजधानी बताओ | SR
kirana | दक्षिण सूडान की राजधानी क्या है | SS
kirana | साओ टोमे और प्रिंसिपे की राजधानी बताओ | ST
kirana | अल साल्वाडोर की राजधानी क्या है | SV
kirana | सीरिया की राजधानी बताओ | SY
kirana | चाड की राजधानी क्या है | TD
kirana | टोगो की राजधानी बताओ | TG
kirana | थाईलैंड की राजधानी क्या है बैंकॉक ही है ना | TH
coolie | साहब प्लेटफॉर्म पे पूछ रहे हैं ताजिकिस्तान की राजधानी क्या है | TJ
coolie | पूर्वी तिमोर की राजधानी बताओ | TL
coolie | तुर्कमेनिस्तान की राजधानी क्या है | TM
coolie | ट्यूनीशिया की राजधानी बताओ | TN
coolie | टोंगा की राजधानी क्या है | TO
coolie | तुर्की की राजधानी बताओ इस्तांबुल है क्या | TR
coolie | त्रिनिदाद और टोबैगो की राजधानी क्या है | TT
coolie | तुवालू की राजधानी बताओ | TV
coolie | तंजानिया की राजधानी क्या है | TZ
coolie | यूक्रेन की राजधानी बताओ | UA
coolie | युगांडा की राजधानी क्या है | UG
coolie | अमेरिका की राजधानी बताओ गोरे साहब का सामान उठाया है | US
coolie | उरुग्वे की राजधानी क्या है | UY
coolie | उज्बेकिस्तान की राजधानी बताओ | UZ
coolie | सेंट विंसेंट और ग्रेनेडाइंस की राजधानी क्या है | VC
coolie | वेनेजुएला की राजधानी बताओ | VE
coolie | वियतनाम की राजधानी क्या है | VN
coolie | वानुअतु की राजधानी बताओ | VU
coolie | समोआ की राजधानी क्या है | WS
coolie | यमन की राजधानी बताओ | YE
gym | ब्रो सेट के बीच में पूछ रहा हूँ जाम्बिया की कैपिटल क्या है | ZM
gym | जिम्बाब्वे की राजधानी बताओ भाई | ZW
gym | बेनिन की राजधानी क्या है | BJ
gym | बोलीविया की राजधानी बताओ | BO
gym | आइवरी कोस्ट की राजधानी क्या है | CI
gym | श्रीलंका की राजधानी बताओ कोलंबो है ना | LK
gym | मलेशिया की राजधानी क्या है | MY
gym | नीदरलैंड्स की राजधानी बताओ | NL
gym | स्वाजीलैंड की राजधानी क्या है | SZ
gym | साउथ अफ्रीका की राजधानी बताओ | ZA
gym | कांगो गणराज्य की राजधानी क्या है | CG
gym | डीआर कांगो की राजधानी बताओ | CD
gym | जॉर्जिया देश की राजधानी क्या है अमेरिका वाला नहीं | GE
gym | वेटिकन की राजधानी बताओ | VA
gym | फिलिस्तीन की राजधानी क्या है | PS
gym | कोसोवो की राजधानी बताओ | XK
gym | ताइवान की राजधानी क्या है | TW
gym | प्रोटीन शेक पीते पीते बताओ ब्राज़ील की राजधानी | BR
gym | ट्रेनर पूछ रहा है ग्रीस की राजधानी | GR
gym | डेडलिफ्ट के बाद बताओ इजिप्ट की राजधानी | EG
plural-capitals | बेनिन की दोनों राजधानियाँ कौन कौन सी हैं | BJ
plural-capitals | सुना है बोलीविया की दो राजधानी हैं दोनों बताओ | BO
plural-capitals | आइवरी कोस्ट की कितनी राजधानियाँ हैं | CI
plural-capitals | श्रीलंका की दो दो राजधानी क्यों हैं उनके नाम बताओ | LK
plural-capitals | मलेशिया की राजधानियाँ कौन सी हैं कुआलालंपुर और दूसरी वाली | MY
plural-capitals | नीदरलैंड की दोनों राजधानियों के नाम बताइए | NL
plural-capitals | एस्वातिनी की कितनी राजधानी हैं बताओ | SZ
plural-capitals | दक्षिण अफ्रीका की तीनों राजधानियाँ कौन सी हैं | ZA
plural-capitals | फिलिस्तीन की राजधानियाँ बताओ | PS
plural-capitals | बेनिन रै दो राजधानी है कांई दोनों बता | BJ
plural-capitals | बोलीविया का राजधानी दो ठो है ना दोनों बोलो | BO
plural-capitals | कोत दिवुआर की सारी राजधानियाँ बताओ | CI
plural-capitals | श्रीलंका क राजधानी सब बताइ देउ | LK
plural-capitals | मलेशिया का दोनों राजधानी कोन कोन है बताओ न | MY
plural-capitals | हॉलैंड की राजधानियाँ कौन सी हैं एम्स्टर्डम के अलावा | NL
plural-capitals | स्वाज़ीलैंड की दोनों राजधानी बताओ | SZ
plural-capitals | साउथ अफ्रीका में तीन कैपिटल होती हैं ना सब के नाम बताओ | ZA
plural-capitals | फलस्तीन की दो राजधानी बताई जाती हैं वो कौन सी हैं | PS
plural-capitals | प्रीलिम्स में आता है दक्षिण अफ्रीका की प्रशासनिक न्यायिक और विधायी राजधानियाँ कौन सी हैं | ZA
plural-capitals | बोलीविया की संवैधानिक और प्रशासनिक राजधानी दोनों बताइए | BO
plural-capitals | मलेशिया की प्रशासनिक राजधानी और असली राजधानी दोनों बताओ | MY
plural-capitals | श्रीलंका की संसद वाली राजधानी और बड़ा शहर दोनों के नाम | LK
plural-capitals | बेनिन की सरकारी और संवैधानिक राजधानी अलग अलग हैं क्या बताओ | BJ
plural-capitals | नीदरलैंड्स की कौन कौन सी राजधानियाँ हैं सरकार कहाँ बैठती है वो भी | NL
plural-capitals | आइवरी कोस्ट की पुरानी और नई दोनों राजधानी बताओ | CI
plural-capitals | एस्वातिनी की शाही और प्रशासनिक राजधानी बताओ | SZ
plural-capitals | दक्खन अफ्रीका री सगळी राजधानियाँ बता दे | ZA
plural-capitals | फिलिस्तीन का राजधानी कितना है ना दोनों बोलो | PS
plural-capitals | बोलीविया की राजधानियाँ कितनी हैं ला पाज और कौन | BO
plural-capitals | मलेशिया की कितनी राजधानी हैं भाई | MY
subdivision | बिहार की राजधानी कौन सी है | IN-BR
subdivision | झारखंड क राजधानी का हय | IN-JH
subdivision | असम का राजधानी दिसपुर है कि गुवाहाटी बोलो ना | IN-AS
subdivision | राजस्थान री राजधानी कांई है | IN-RJ
subdivision | मध्य प्रदेस की राजधानी काँई हे | IN-MP
subdivision | उत्तराखंड की राजधानी बताओ देहरादून या गैरसैंण | IN-UK
subdivision | अंडमान निकोबार की राजधानी का नया नाम क्या है | IN-AN
subdivision | अरुणाचल का राजधानी क्या है बोलो | IN-AR
subdivision | मिजोरम की राजधानी बताइए | IN-MZ
subdivision | नागालैंड की राजधानी कोन है | IN-NL
subdivision | त्रिपुरा की राजधानी बताओ | IN-TR
subdivision | मेघालय का राजधानी शिलांग है ना | IN-ML
subdivision | मणिपुर की राजधानी क्या है | IN-MN
subdivision | सिक्किम की राजधानी बताओ गंगटोक | IN-SK
subdivision | छत्तीसगढ़ की राजधानी कौन सी है | IN-CG
subdivision | ओडिशा की राजधानी बताओ | IN-OD
subdivision | उड़ीसा की राजधानी क्या है | IN-OD
subdivision | तेलंगाना की राजधानी बताइए | IN-TS
subdivision | आंध्र की राजधानी अब कौन सी है | IN-AP
subdivision | कर्नाटक की राजधानी क्या है | IN-KA
subdivision | केरला की राजधानी बताओ | IN-KL
subdivision | तमिलनाडु की राजधानी क्या है मद्रास | IN-TN
subdivision | गोवा की राजधानी कौन सी है | IN-GA
subdivision | गुजरात की राजधानी अहमदाबाद है क्या | IN-GJ
subdivision | महाराष्ट्र की राजधानी बताओ | IN-MH
subdivision | हिमाचल की राजधानी बताओ जी | IN-HP
subdivision | हरियाणा की राजधानी कौन सी है | IN-HR
subdivision | पंजाब की राजधानी बताओ | IN-PB
subdivision | जम्मू कश्मीर की राजधानी गर्मियों में कौन सी होती है | IN-JK
subdivision | लद्दाख की राजधानी बताओ | IN-LA
subdivision | लक्षद्वीप की राजधानी क्या है | IN-LD
subdivision | पांडिचेरी की राजधानी बताओ | IN-PY
subdivision | पश्चिम बंगाल का राजधानी कोलकाता है ना | IN-WB
subdivision | यूपी की राजधानी बताओ | IN-UP
subdivision | दादरा नगर हवेली और दमन दीव की राजधानी | IN-DH
subdivision | टेक्सास की राजधानी क्या है ह्यूस्टन है क्या | US-TX
subdivision | कैलिफोर्निया की राजधानी बताओ लॉस एंजेलिस नहीं है ना | US-CA
subdivision | न्यू यॉर्क स्टेट की राजधानी क्या है | US-NY
subdivision | फ्लोरिडा की राजधानी बताओ | US-FL
subdivision | न्यू जर्सी की राजधानी क्या है मेरा भाई वहाँ रहता है | US-NJ
subdivision | इलिनॉय की राजधानी बताओ शिकागो नहीं है | US-IL
subdivision | मिशिगन की राजधानी क्या है | US-MI
subdivision | नेवादा की राजधानी बताओ लास वेगास नहीं | US-NV
subdivision | एरिजोना की राजधानी क्या है | US-AZ
subdivision | कोलोराडो की राजधानी बताओ | US-CO
subdivision | मैसाचुसेट्स की राजधानी क्या है | US-MA
subdivision | पेनसिल्वेनिया की राजधानी बताओ | US-PA
subdivision | ओहायो स्टेट की राजधानी क्या है | US-OH
subdivision | टेनेसी की राजधानी बताओ | US-TN
subdivision | उत्तरी कैरोलिना की राजधानी क्या है | US-NC
subdivision | अलास्का की राजधानी बताओ | US-AK
subdivision | यूटा की राजधानी क्या है | US-UT
subdivision | ओंटारियो की राजधानी बताओ | CA-ON
subdivision | ब्रिटिश कोलंबिया की राजधानी क्या है वैंकूवर है क्या | CA-BC
subdivision | अल्बर्टा की राजधानी बताओ | CA-AB
subdivision | क्यूबेक प्रांत की राजधानी क्या है | CA-QC
subdivision | नोवा स्कोटिया की राजधानी बताओ | CA-NS
subdivision | मैनिटोबा की राजधानी क्या है | CA-MB
subdivision | न्यू साउथ वेल्स की राजधानी बताओ | AU-NSW
subdivision | क्वींसलैंड की राजधानी क्या है | AU-QLD
subdivision | विक्टोरिया राज्य की राजधानी बताओ ऑस्ट्रेलिया वाला | AU-VIC
subdivision | पश्चिमी ऑस्ट्रेलिया की राजधानी क्या है | AU-WA
subdivision | तस्मानिया की राजधानी बताओ | AU-TAS
subdivision | स्कॉटलैंड की राजधानी क्या है | GB-SCT
subdivision | वेल्स की राजधानी बताओ | GB-WLS
subdivision | उत्तरी आयरलैंड की राजधानी क्या है | GB-NIR
subdivision | इंग्लैंड की राजधानी लंदन ही है ना | GB-ENG
subdivision | बवेरिया की राजधानी बताओ | DE-BY
subdivision | सैक्सनी की राजधानी क्या है | DE-SN
subdivision | हालिस्को की राजधानी बताओ | MX-JAL
subdivision | युकाटन की राजधानी क्या है | MX-YUC
subdivision | बाहिया की राजधानी बताओ | BR-BA
subdivision | साओ पाउलो राज्य की राजधानी क्या है | BR-SP
subdivision | अमेजोनास की राजधानी बताओ | BR-AM
territory | हांगकांग की राजधानी क्या है | HK
territory | मकाउ की राजधानी बताओ | MO
territory | ग्रीनलैंड की राजधानी क्या है | GL
territory | अंटार्कटिका की राजधानी बताओ | AQ
territory | पोर्टो रिको की राजधानी क्या है | PR
territory | बरमूडा की राजधानी बताओ | BM
territory | गुआम की राजधानी क्या है | GU
territory | जिब्राल्टर की राजधानी बताओ | GI
territory | फॉकलैंड द्वीप की राजधानी क्या है | FK
territory | फरो आइलैंड्स की राजधानी बताओ | FO
territory | न्यू कैलेडोनिया की राजधानी क्या है | NC
territory | ताहिती वाले फ्रेंच पोलिनेशिया की राजधानी बताओ | PF
territory | केमैन आइलैंड्स की राजधानी क्या है | KY
territory | अरूबा की राजधानी बताओ | AW
territory | कुराकाओ की राजधानी क्या है | CW
territory | रियूनियन द्वीप की राजधानी बताओ | RE
territory | पश्चिमी सहारा की राजधानी क्या है | EH
territory | आइल ऑफ मैन की राजधानी बताओ | IM
territory | जर्सी द्वीप की राजधानी क्या है | JE
territory | कुक आइलैंड्स की राजधानी बताओ | CK
territory | सेंट हेलेना की राजधानी क्या है नेपोलियन वाला | SH
territory | मार्टिनिक की राजधानी बताओ | MQ
territory | अमेरिकन समोआ की राजधानी क्या है | AS
territory | क्रिसमस आइलैंड की राजधानी बताओ | CX
territory | फ्रेंच गयाना की राजधानी क्या है | GF
territory | ब्रिटिश वर्जिन आइलैंड्स की राजधानी बताओ | VG
territory | अमेरिका वाले वर्जिन आइलैंड्स की राजधानी क्या है | VI
yes-no-check | क्या कैनबरा ऑस्ट्रेलिया की राजधानी है | AU
yes-no-check | सिडनी ही ऑस्ट्रेलिया की राजधानी है ना | AU
yes-no-check | टोरंटो कनाडा की राजधानी है क्या | CA
yes-no-check | इस्तांबुल तुर्की की राजधानी है या नहीं | TR
yes-no-check | रियो ब्राजील की राजधानी है ना भैया | BR
yes-no-check | लागोस नाइजीरिया की राजधानी है क्या सही है | NG
yes-no-check | कराची पाकिस्तान की राजधानी है कि नहीं | PK
yes-no-check | ज्यूरिख स्विट्जरलैंड की राजधानी है ना | CH
yes-no-check | न्यू यॉर्क अमेरिका की राजधानी है क्या | US
yes-no-check | ऑकलैंड न्यूजीलैंड की राजधानी है या वेलिंगटन | NZ
yes-no-check | मुंबई महाराष्ट्र की राजधानी है ना | IN-MH
yes-no-check | गुवाहाटी असम का राजधानी है कि नहीं बोलो | IN-AS
yes-no-check | जोधपुर राजस्थान री राजधानी है कांई | IN-RJ
yes-no-check | इंदौर मध्य प्रदेस की राजधानी हे का | IN-MP
yes-no-check | जमशेदपुर झारखंड का राजधानी है का | IN-JH
yes-no-check | दिसपुर असम की राजधानी है ये सच है | IN-AS
yes-no-check | काठमांडू नेपाल की राजधानी है ना | NP
yes-no-check | पोखरा नेपाल की राजधानी है क्या | NP
yes-no-check | ढाका बांग्लादेश की राजधानी है सही है ना | BD
yes-no-check | चटगाँव बांग्लादेश की राजधानी है क्या | BD
yes-no-check | यांगून म्यांमार की राजधानी है अभी भी | MM
yes-no-check | हो ची मिन्ह सिटी वियतनाम की राजधानी है क्या | VN
yes-no-check | दुबई यूएई की राजधानी है ना | AE
yes-no-check | जेद्दा सऊदी अरब की राजधानी है क्या | SA
yes-no-check | अल्माटी कजाकिस्तान की राजधानी है या नहीं | KZ
yes-no-check | मिलान इटली की राजधानी है क्या | IT
yes-no-check | बार्सिलोना स्पेन की राजधानी है ना | ES
yes-no-check | म्यूनिख जर्मनी की राजधानी है क्या | DE
yes-no-check | सेंट पीटर्सबर्ग रूस की राजधानी है क्या | RU
yes-no-check | क्राकोव पोलैंड की राजधानी है या वारसा | PL
yes-no-check | जिनेवा स्विट्जरलैंड की राजधानी है ना | CH
yes-no-check | एम्स्टर्डम नीदरलैंड की राजधानी है ना | NL
yes-no-check | केप टाउन साउथ अफ्रीका की राजधानी है क्या | ZA
yes-no-check | जोहान्सबर्ग दक्षिण अफ्रीका की राजधानी है क्या | ZA
yes-no-check | कासाब्लांका मोरक्को की राजधानी है ना | MA
yes-no-check | अलेक्जेंड्रिया मिस्र की राजधानी है क्या | EG
yes-no-check | ओसाका जापान की राजधानी है क्या | JP
yes-no-check | शंघाई चीन की राजधानी है ना | CN
yes-no-check | बुसान दक्षिण कोरिया की राजधानी है क्या | KR
yes-no-check | कोलंबो श्रीलंका की राजधानी है ना | LK
yes-no-check | मेलबर्न ऑस्ट्रेलिया की राजधानी थी क्या अब नहीं है | AU
yes-no-check | साओ पाउलो ब्राजील की राजधानी है ना | BR
yes-no-check | लॉस एंजेलिस कैलिफोर्निया की राजधानी है क्या | US-CA
yes-no-check | डलास टेक्सास की राजधानी है या ऑस्टिन | US-TX
yes-no-check | सिएटल वॉशिंगटन स्टेट की राजधानी है क्या | US-WA
yes-no-check | वैंकूवर ब्रिटिश कोलंबिया की राजधानी है ना | CA-BC
yes-no-check | ग्लासगो स्कॉटलैंड की राजधानी है क्या | GB-SCT
yes-no-check | अंकारा तुर्की की राजधानी है ये सही है ना | TR
yes-no-check | अबुजा नाइजीरिया की राजधानी है हाँ या ना बोलो | NG
yes-no-check | दार एस सलाम तंजानिया की राजधानी है क्या | TZ
yes-no-check | क्वेटा पाकिस्तान की राजधानी हे का | PK
yes-no-check | बीकानेर राजस्थान री राजधानी कोनी है ना | IN-RJ
self-correction | जापान की राजधानी नहीं नहीं चीन की राजधानी बताओ | CN
self-correction | स्वीडन की राजधानी अरे सॉरी नॉर्वे की | NO
self-correction | ऑस्ट्रिया की राजधानी मतलब ऑस्ट्रेलिया की | AU
self-correction | ईरान की राजधानी नहीं इराक की बताओ | IQ
self-correction | स्लोवाकिया की उह नहीं स्लोवेनिया की राजधानी | SI
self-correction | नाइजीरिया की राजधानी नहीं माफ करना नाइजर की | NE
self-correction | गिनी की राजधानी अरे नहीं गिनी बिसाउ की | GW
self-correction | पेरू की राजधानी ओह गलत बोला पैराग्वे की | PY
self-correction | कोलंबिया की राजधानी नहीं भाई बोलीविया की | BO
self-correction | मालदीव की राजधानी रुको मॉरीशस की बताओ | MU
self-correction | लातविया की राजधानी नहीं लिथुआनिया की | LT
self-correction | डेनमार्क री राजधानी कोनी फिनलैंड री बता | FI
self-correction | केन्या का राजधानी ना ना युगांडा का बताओ न | UG
self-correction | मंगोलिया क राजधानी नाहीं हो कजाकिस्तान क | KZ
self-correction | चिली का राजधानी नहीं अर्जेंटीना का बोलो ना | AR
self-correction | हंगरी की राजधानी नहीं बुल्गारिया की काँई हे | BG
self-correction | सूडान की राजधानी सॉरी दक्षिण सूडान की | SS
self-correction | उत्तर कोरिया की राजधानी अरे नहीं दक्षिण कोरिया की | KR
self-correction | बिहार की राजधानी नहीं झारखंड की बताओ | IN-JH
self-correction | पंजाब की राजधानी अरे हरियाणा की | IN-HR
self-correction | उत्तराखंड की राजधानी नहीं हिमाचल की | IN-HP
self-correction | टेक्सास की राजधानी नहीं फ्लोरिडा की | US-FL
self-correction | स्कॉटलैंड की राजधानी नहीं वेल्स की बताओ | GB-WLS
self-correction | कनाडा की राजधानी अम्म नहीं मेक्सिको की | MX
self-correction | क्यूबा की राजधानी एक मिनट जमैका की | JM
self-correction | हैती की राजधानी रहने दो डोमिनिकन रिपब्लिक की बताओ | DO
self-correction | ट्यूनीशिया की राजधानी नहीं अल्जीरिया की | DZ
self-correction | सीरिया की राजधानी नहीं लेबनान की | LB
self-correction | ओमान की राजधानी माफ़ कीजिए यमन की | YE
self-correction | ताजिकिस्तान की राजधानी नहीं उज्बेकिस्तान की | UZ
self-correction | आर्मेनिया की राजधानी नहीं अजरबैजान की | AZ
self-correction | क्रोएशिया की राजधानी नहीं सर्बिया की बताओ | RS
self-correction | बेल्जियम की राजधानी अरे यार लक्जमबर्ग की | LU
self-correction | घाना की राजधानी नहीं टोगो की | TG
self-correction | थाईलैंड की राजधानी गलती हो गई कंबोडिया की | KH
self-correction | इंडोनेशिया की राजधानी नहीं मलेशिया की बताओ | MY
self-correction | पोलैंड की राजधानी नहीं नहीं चेक की | CZ
self-correction | ग्रीस की राजधानी अरे साइप्रस की | CY
self-correction | आयरलैंड की राजधानी नहीं आइसलैंड की | IS
self-correction | रवांडा की राजधानी नहीं बुरुंडी की | BI
reverse-question | काबुल किस देश की राजधानी है | CITY:काबुल
reverse-question | ढाका किस मुल्क की राजधानी है | CITY:ढाका
reverse-question | थिंपू कौन से देश की राजधानी है | CITY:थिंपू
reverse-question | ओटावा किसकी राजधानी है | CITY:ओटावा
reverse-question | नैरोबी किस देश की राजधानी हे | CITY:नैरोबी
reverse-question | लीमा कौन से देश की राजधानी है | CITY:लीमा
reverse-question | हनोई किस देश की राजधानी है | CITY:हनोई
reverse-question | अंकारा किस देस री राजधानी है | CITY:अंकारा
reverse-question | मनीला कौन से देश की राजधानी है | CITY:मनीला
reverse-question | तेहरान किस देश का राजधानी है बोलो ना | CITY:तेहरान
reverse-question | बगदाद किस देश की राजधानी है | CITY:बगदाद
reverse-question | रियाद कौन से मुल्क की राजधानी है | CITY:रियाद
reverse-question | दोहा किस देश की राजधानी है | CITY:दोहा
reverse-question | मस्कट किस देश क राजधानी हय | CITY:मस्कट
reverse-question | अम्मान किस देश की राजधानी है | CITY:अम्मान
reverse-question | बेरुत किस देश की राजधानी है | CITY:बेरुत
reverse-question | दमास्कस कौन से देश की राजधानी है | CITY:दमास्कस
reverse-question | हवाना किस देश की राजधानी है | CITY:हवाना
reverse-question | बोगोटा किस देश की राजधानी है | CITY:बोगोटा
reverse-question | काराकस किस देश की राजधानी है | CITY:काराकस
reverse-question | क्वीटो किस देश की राजधानी है | CITY:क्वीटो
reverse-question | मोंटेवीडियो कौन से देश की राजधानी है | CITY:मोंटेवीडियो
reverse-question | ब्यूनस आयरस किस देश की राजधानी है | CITY:ब्यूनस आयरस
reverse-question | सैंटियागो किस देश की राजधानी है | CITY:सैंटियागो
reverse-question | अदीस अबाबा किस देश की राजधानी है | CITY:अदीस अबाबा
reverse-question | कंपाला किस देश का राजधानी है | CITY:कंपाला
reverse-question | किगाली किस देश की राजधानी है | CITY:किगाली
reverse-question | लुसाका किस देश की राजधानी है | CITY:लुसाका
reverse-question | हरारे कौन से देश की राजधानी है | CITY:हरारे
reverse-question | अक्रा किस देश की राजधानी है | CITY:एक्रा
reverse-question | डकार किस देश की राजधानी है | CITY:डकार
reverse-question | बामाको किस देश की राजधानी है | CITY:बामाको
reverse-question | रबात किस देश की राजधानी है | CITY:रबात
reverse-question | त्रिपोली किस देश की राजधानी है | CITY:त्रिपोली
reverse-question | ओस्लो किस देश की राजधानी है | CITY:ओस्लो
reverse-question | हेलसिंकी किस देश की राजधानी है | CITY:हेलसिंकी
reverse-question | कोपेनहेगन किस देश की राजधानी है | CITY:कोपेनहेगन
reverse-question | लिस्बन किस देश की राजधानी है | CITY:लिस्बन
reverse-question | बुडापेस्ट कौन से देश की राजधानी है | CITY:बुडापेस्ट
reverse-question | बुखारेस्ट किस देश की राजधानी है | CITY:बुख़ारेस्ट
reverse-question | बेलग्रेड किस देश की राजधानी है | CITY:बेलग्रेड
reverse-question | उलानबातर किस देश की राजधानी है | CITY:उलानबातर
reverse-question | ताशकंद कौन से देश की राजधानी है | CITY:ताशकंद
reverse-question | बिश्केक किस देश की राजधानी है | CITY:बिश्केक
reverse-question | दिसपुर किस राज्य की राजधानी है | CITY:दिसपुर
reverse-question | ईटानगर किस राज्य की राजधानी है | CITY:ईटानगर
reverse-question | रायपुर कौन से राज्य की राजधानी है | CITY:रायपुर
reverse-question | गांधीनगर किस राज्य की राजधानी है | CITY:गांधीनगर
reverse-question | शिलांग किस राज्य का राजधानी है | CITY:शिलांग
reverse-question | सैक्रामेंटो किसकी राजधानी है | CITY:सैक्रामेंटो
follow-up | और नेपाल की | NP
follow-up | अच्छा और भूटान का क्या | BT
follow-up | उसके बाद पाकिस्तान की भी बता दो | PK
follow-up | ठीक है अब श्रीलंका की | LK
follow-up | और म्यांमार वाली | MM
follow-up | फिर चीन की | CN
follow-up | अब जरा जापान की भी | JP
follow-up | और अफगानिस्तान री | AF
follow-up | हाँ अब ईरान का बताओ | IR
follow-up | एक और मालदीव की | MV
follow-up | अगला फ्रांस | FR
follow-up | और इटली का क्या हय | IT
follow-up | अच्छा जी और स्पेन की | ES
follow-up | उसका पड़ोसी पुर्तगाल उसकी | PT
follow-up | अब ब्राजील की बोलो ना | BR
follow-up | और कनाडा का काँई हे | CA
follow-up | मेक्सिको वाले की भी बताओ | MX
follow-up | तो फिर अर्जेंटीना की | AR
follow-up | चलो अब केन्या | KE
follow-up | और तंजानिया का भी बताओ न | TZ
follow-up | अब मिस्र वाली बताओ | EG
follow-up | और उसके बगल में सूडान | SD
follow-up | ठीक है नाइजीरिया की भी | NG
follow-up | अच्छा और घाना | GH
follow-up | अब रूस का | RU
follow-up | और यूक्रेन का भी बता दो | UA
follow-up | उसके बाद पोलैंड | PL
follow-up | और जर्मनी की बताओ | DE
follow-up | फिर स्विट्जरलैंड का क्या | CH
follow-up | अब वियतनाम की भी बताओ | VN
follow-up | और थाईलैंड | TH
follow-up | बस एक और इंडोनेशिया की | ID
follow-up | और सिक्किम का | IN-SK
follow-up | अब गोवा की भी बताओ | IN-GA
follow-up | और टेक्सास | US-TX
follow-up | अच्छा फिर ग्रीनलैंड की | GL
official-name | संयुक्त राज्य अमेरिका की राजधानी क्या है | US
official-name | यूनाइटेड किंगडम ऑफ ग्रेट ब्रिटेन एंड नॉर्दर्न आयरलैंड की राजधानी | GB
official-name | रूसी संघ की राजधानी बताइए | RU
official-name | चीनी जनवादी गणराज्य की राजधानी क्या है | CN
official-name | कोरिया लोकतांत्रिक जनवादी गणराज्य की राजधानी बताइए | KP
official-name | कोरिया गणराज्य की राजधानी क्या है | KR
official-name | इस्लामी गणराज्य पाकिस्तान की राजधानी | PK
official-name | इस्लामी गणराज्य ईरान की राजधानी क्या है | IR
official-name | संघीय गणराज्य जर्मनी की राजधानी बताइए | DE
official-name | फ्रांसीसी गणराज्य की राजधानी क्या है | FR
official-name | संयुक्त मैक्सिकन राज्य की राजधानी बताइए | MX
official-name | लोकतांत्रिक समाजवादी गणराज्य श्रीलंका की राजधानी | LK
official-name | नेपाल संघीय लोकतांत्रिक गणराज्य की राजधानी क्या है | NP
official-name | भूटान अधिराज्य की राजधानी बताइए | BT
official-name | चेक गणराज्य की राजधानी क्या है | CZ
official-name | सऊदी अरब साम्राज्य की राजधानी बताइए | SA
official-name | हाशमी जॉर्डन साम्राज्य की राजधानी क्या है | JO
official-name | अरब गणराज्य मिस्र की राजधानी बताइए | EG
official-name | संघीय गणराज्य नाइजीरिया की राजधानी | NG
official-name | समाजवादी गणराज्य वियतनाम की राजधानी क्या है | VN
official-name | लाओ जनवादी लोकतांत्रिक गणराज्य की राजधानी बताइए | LA
official-name | कांगो लोकतांत्रिक गणराज्य की राजधानी क्या है | CD
official-name | मध्य अफ्रीकी गणराज्य की राजधानी बताइए मैप में ढूंढ रहा हूँ | CF
official-name | बहुराष्ट्रीय राज्य बोलीविया की राजधानी क्या है | BO
official-name | बोलिवेरियाई गणराज्य वेनेजुएला की राजधानी बताइए | VE
official-name | स्विस परिसंघ की राजधानी क्या है | CH
official-name | नीदरलैंड साम्राज्य की राजधानी बताइए | NL
official-name | संयुक्त गणराज्य तंजानिया की राजधानी क्या है | TZ
everyday-name | हॉलैंड की राजधानी क्या है | NL
everyday-name | अमरीका की राजधानी बताओ | US
everyday-name | यूएसए की कैपिटल क्या है | US
everyday-name | ब्रिटेन की राजधानी बताओ | GB
everyday-name | यूके की राजधानी क्या है | GB
everyday-name | बर्मा की राजधानी बताओ | MM
everyday-name | तुर्की की राजधानी क्या है | TR
everyday-name | चेक रिपब्लिक की राजधानी बताओ | CZ
everyday-name | फारस की राजधानी क्या थी अब क्या है | IR
everyday-name | इजिप्ट की राजधानी बताओ | EG
everyday-name | दुबई वाले देश की राजधानी क्या है | AE
everyday-name | यूएई की राजधानी बताओ | AE
everyday-name | मैसेडोनिया की राजधानी क्या है | MK
everyday-name | आइवरी कोस्ट की राजधानी बताओ | CI
everyday-name | ईस्ट तिमोर की राजधानी क्या है | TL
everyday-name | केप वर्ड आइलैंड्स की राजधानी बताओ | CV
everyday-name | इंग्लिस्तान की राजधानी क्या है | GB
everyday-name | जर्मन देश की राजधानी बताओ | DE
everyday-name | रूसिया की राजधानी क्या है | RU
everyday-name | चाइना की कैपिटल बताओ | CN
everyday-name | साउथ कोरिया की राजधानी क्या है | KR
everyday-name | नॉर्थ कोरिया की राजधानी बताओ | KP
everyday-name | हिंदुस्तान की राजधानी क्या है | IN
everyday-name | वेटिकन सिटी की राजधानी बताओ | VA
everyday-name | सेंट्रल अफ्रीका वाले देश की राजधानी क्या है | CF
everyday-name | बोस्निया की राजधानी बताओ | BA
everyday-name | त्रिनिदाद की राजधानी क्या है | TT
shared-name | कांगो की राजधानी क्या है | CD+CG
shared-name | कोरिया की राजधानी बताओ | KP+KR
shared-name | जॉर्जिया की राजधानी क्या है | GE+US-GA
shared-name | कांगो का राजधानी कोन है बताओ न | CD+CG
shared-name | कोरिया री राजधानी कांई है | KP+KR
shared-name | जॉर्जिया क राजधानी का हय | GE+US-GA
shared-name | कांगो देश की राजधानी बताओ ना | CD+CG
shared-name | कोरिया का राजधानी क्या होता है बोलो ना | KP+KR
shared-name | जॉर्जिया की कैपिटल बताओ यार | GE+US-GA
shared-name | वर्जिन आइलैंड्स की राजधानी क्या है | VG+VI
shared-name | वर्जिन द्वीपसमूह की राजधानी बताइए | VG+VI
shared-name | अमेरिका के जॉर्जिया राज्य की राजधानी बताओ | US-GA
shared-name | जॉर्जिया स्टेट की राजधानी अटलांटा है ना | US-GA
shared-name | रूस के पास वाले जॉर्जिया देश की राजधानी | GE
shared-name | काकेशस वाले जॉर्जिया की राजधानी बताइए | GE
shared-name | ब्राजाविल वाले कांगो की राजधानी नहीं किंशासा वाले की बताओ | CD
shared-name | छोटे वाले कांगो की राजधानी क्या है | CG
shared-name | बड़े वाले कांगो की राजधानी बताओ | CD
shared-name | उत्तरी कोरिया की राजधानी प्योंगयांग है क्या | KP
shared-name | दक्खन कोरिया री राजधानी बता | KR
shared-name | किम जोंग वाले कोरिया की राजधानी बताओ | KP
shared-name | के पॉप वाले कोरिया की राजधानी क्या है | KR
shared-name | कांगो गणतंत्र की राजधानी क्या है | CG
shared-name | ब्रिटिश वाले वर्जिन आइलैंड्स की राजधानी | VG
shared-name | दोनों कोरिया की राजधानियाँ बताओ | KP+KR
help | ये स्किल क्या क्या कर सकती है | HELP
help | मुझे समझ नहीं आ रहा इसे कैसे चलाऊँ | HELP
help | मदद चाहिए भाई | HELP
help | इसमें क्या पूछ सकते हैं बताओ | HELP
help | कैसे इस्तेमाल करना है बताओ ना | HELP
help | हामको समझ नहीं आया क्या बोलना है | HELP
help | म्हनै कांई बोलणो है बता | HELP
help | का बोली हम एमे बताइ देउ | HELP
help | ई कइसे चलत हय | HELP
help | काँई पूछनो हे इसमें बतावो | HELP
help | इसमें का का पूछ सकते हैं बताओ न | HELP
help | सहायता करो | HELP
help | सर इसके निर्देश बताइए | HELP
help | कोई उदाहरण दो कैसे पूछूँ | HELP
help | हेल्प चाहिए | HELP
help | मैं नया हूँ इसका तरीका समझाओ | HELP
help | दादी को समझाओ कैसे पूछना है | HELP
help | क्या बोलूँ कि ये राजधानी बताए | HELP
help | ये गेम कैसे खेलते हैं | HELP
help | इसके कमांड क्या क्या हैं | HELP
help | अटक गया हूँ आगे क्या करूँ | HELP
help | बाबू इ मसीन से का पूछें | HELP
help | गाइड करो ना प्लीज | HELP
help | इसका यूज़ कैसे करते हैं बताओ | HELP
help | कुछ समझ में नी आयो मदद करो | HELP
help | फिर से समझाओ क्या करना है | HELP
help | विकल्प क्या क्या हैं | HELP
stop | बंद करो | STOP
stop | बस हो गया बंद कर दो | STOP
stop | रुक जाओ अब | STOP
stop | चुप हो जाओ | STOP
stop | अब बस करो बहुत हो गया | STOP
stop | बंद कर दे रै | STOP
stop | बंद करि देउ | STOP
stop | बंद कर दो ना दादा | STOP
stop | रहने दो अब बंद करो | STOP
stop | एलेक्सा बंद हो जाओ | STOP
stop | बस बस स्टॉप | STOP
stop | अब और नहीं सुनना बंद करो | STOP
stop | खतम करो | STOP
stop | बंद करो भैया पढ़ाई करनी है | STOP
stop | सेट लगाना है बंद कर | STOP
stop | बंद कर बाबा | STOP
stop | चुप कर जा | STOP
stop | ठहरो बंद करो इसे | STOP
stop | बंद कीजिए | STOP
stop | अब मत बोलो | STOP
stop | बंद करो न हामरा हो गया | STOP
stop | बंद कर दो गाड़ी आ गई | STOP
stop | बाहर निकलो इस स्किल से | STOP
stop | एलेक्सा स्टॉप करो | STOP
stop | अब रहन देउ बस | STOP
stop | बंद कर दो सेठ जी आ गए | STOP
cancel | रद्द करो | CANCEL
cancel | कैंसल करो | CANCEL
cancel | कैंसिल कर दो भाई | CANCEL
cancel | छोड़ो रहने दो | CANCEL
cancel | नहीं पूछना अब रद्द करो | CANCEL
cancel | कैंसल कर दे रै | CANCEL
cancel | जाने दो कैंसल | CANCEL
cancel | रहने दो कोई बात नहीं | CANCEL
cancel | कैंसिल कर दो ना | CANCEL
cancel | इसको रद्द कर दीजिए | CANCEL
cancel | भूल जाओ वो सवाल | CANCEL
cancel | रद्द करि देउ | CANCEL
cancel | नको कैंसल कर | CANCEL
cancel | ये वाला कैंसल करो | CANCEL
cancel | अरे छोड़ो कैंसल | CANCEL
cancel | रद कर दो जी | CANCEL
cancel | गलत पूछ लिया कैंसल करो | CANCEL
cancel | कैंसल कर बाबा | CANCEL
cancel | पूरा रद्द कर दो | CANCEL
cancel | मत बताओ रद्द करो | CANCEL
cancel | रहन दो कैंसल करो न | CANCEL
cancel | कैंसल कर दो ग्राहक चला गया | CANCEL
cancel | अभी नहीं कैंसल कर दो | CANCEL
cancel | ये सब रद्द | CANCEL
launch | दुनिया की राजधानियाँ खोलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ शुरू करो | LAUNCH
launch | दुनिया की राजधानियाँ चालू करो | LAUNCH
launch | दुनिया की राजधानियाँ स्किल खोल दो | LAUNCH
launch | दुनिया की राजधानियाँ वाला खेल शुरू कर | LAUNCH
launch | दुनिया की राजधानियाँ खोल दे रै | LAUNCH
launch | दुनिया की राजधानियाँ चालू करि देउ | LAUNCH
launch | दुनिया की राजधानियाँ खोलो ना दादा | LAUNCH
launch | दुनिया की राजधानियाँ खोल दो न | LAUNCH
launch | दुनिया की राजधानियाँ चलाओ | LAUNCH
launch | दुनिया की राजधानियाँ लगाओ | LAUNCH
launch | दुनिया की राजधानियाँ स्टार्ट करो | LAUNCH
launch | दुनिया की राजधानियाँ शुरू कीजिए | LAUNCH
launch | दुनिया की राजधानियाँ ओपन करो भाई | LAUNCH
launch | दुनिया की राजधानियाँ पे चलो | LAUNCH
launch | दुनिया की राजधानियाँ बुलाओ | LAUNCH
launch | दुनिया की राजधानियाँ से बात करनी है | LAUNCH
launch | दुनिया की राजधानियाँ खोलो बच्चों को क्विज खिलाना है | LAUNCH
launch | दुनिया की राजधानियाँ चालू करो प्रीलिम्स की तैयारी है | LAUNCH
launch | दुनिया की राजधानियाँ खोल दो ज़रा | LAUNCH
launch | दुनिया की राजधानियाँ शुरू करो न | LAUNCH
launch | दुनिया की राजधानियाँ खोलिए | LAUNCH
launch | दुनिया की राजधानियाँ चला दे | LAUNCH
out-of-domain | आज मौसम कैसा रहेगा | FB
out-of-domain | कल सुबह पाँच बजे का अलार्म लगा दो | FB
out-of-domain | किशोर कुमार के गाने चलाओ | FB
out-of-domain | आलू का भाव क्या चल रहा है मंडी में | FB
out-of-domain | चीनी एक किलो कितने की है आज | FB
out-of-domain | उधारी का हिसाब लिख लो शर्मा जी के नाम | FB
out-of-domain | ट्रेन नंबर बारह तीन शून्य एक कितनी लेट है | FB
out-of-domain | राजधानी एक्सप्रेस किस प्लेटफॉर्म पे आएगी | FB
out-of-domain | राजधानी एक्सप्रेस का टिकट कितने का है | FB
out-of-domain | कोटा से दिल्ली की राजधानी कब छूटती है | FB
out-of-domain | मेरे बिज़नेस के लिए कैपिटल कहाँ से लाऊँ | FB
out-of-domain | वर्किंग कैपिटल का मतलब क्या होता है | FB
out-of-domain | कैपिटल गेन टैक्स कितना लगता है | FB
out-of-domain | कैपिटल लेटर में नाम कैसे लिखते हैं | FB
out-of-domain | अंग्रेजी में कैपिटल ए कैसे लिखते हैं | FB
out-of-domain | कैपिटल पनिशमेंट का हिंदी क्या है | FB
out-of-domain | मृत्युदंड किन देशों में है | FB
out-of-domain | शेयर बाजार में आज क्या हुआ | FB
out-of-domain | सेंसेक्स कितना है | FB
out-of-domain | भारत की आर्थिक राजधानी कौन सा शहर कहलाता है | FB
out-of-domain | भारत की संतरा राजधानी किसे कहते हैं | FB
out-of-domain | कोचिंग की राजधानी कोटा को क्यों कहते हैं | FB
out-of-domain | दुनिया की फैशन राजधानी कौन सी है | FB
out-of-domain | देश की खेल राजधानी किसे कहा जाता है | FB
out-of-domain | आईटी कैपिटल ऑफ इंडिया कौन सा शहर है | FB
out-of-domain | झीलों की नगरी किस शहर को कहते हैं | FB
out-of-domain | गुलाबी शहर कौन सा है | FB
out-of-domain | बुंदेलखंड की राजधानी कौन सी है | FB
out-of-domain | मारवाड़ री राजधानी कांई ही | FB
out-of-domain | पूर्वांचल की राजधानी कहाँ है | FB
out-of-domain | विदर्भ की राजधानी बताओ | FB
out-of-domain | मिथिला की राजधानी कौन सी थी | FB
out-of-domain | बोडोलैंड का राजधानी क्या है | FB
out-of-domain | गोंडवाना की राजधानी कहाँ थी | FB
out-of-domain | साइबेरिया की राजधानी क्या है | FB
out-of-domain | कैटालोनिया की राजधानी बताओ | FB
out-of-domain | सहारा रेगिस्तान की राजधानी क्या है | FB
out-of-domain | हिमालय की राजधानी बताओ | FB
out-of-domain | एशिया महाद्वीप की राजधानी कौन सी है | FB
out-of-domain | अफ्रीका की राजधानी क्या है | FB
out-of-domain | यूरोप की राजधानी बताओ | FB
out-of-domain | चाँद की राजधानी क्या है | FB
out-of-domain | मंगल ग्रह की राजधानी बताओ | FB
out-of-domain | अटलांटिस की राजधानी कौन सी थी | FB
out-of-domain | वकांडा की राजधानी क्या है | FB
out-of-domain | इंद्रलोक की राजधानी बताओ | FB
out-of-domain | मुगल साम्राज्य की राजधानी कहाँ थी | FB
out-of-domain | मौर्य साम्राज्य की राजधानी पाटलिपुत्र थी ना | FB
out-of-domain | विजयनगर साम्राज्य की राजधानी बताओ | FB
out-of-domain | सोवियत संघ की राजधानी क्या थी | FB
out-of-domain | यूगोस्लाविया की राजधानी क्या थी | FB
out-of-domain | झाबुआ जिले का मुख्यालय कहाँ है | FB
out-of-domain | दुमका किस जिले में है | FB
out-of-domain | गंगानगर से बीकानेर कितनी दूर है | FB
out-of-domain | लखीमपुर खीरी में दुधवा पार्क कहाँ है | FB
out-of-domain | गुवाहाटी से शिलांग कितने घंटे लगते हैं | FB
out-of-domain | कोटा में सबसे अच्छी कोचिंग कौन सी है | FB
out-of-domain | यूपीएससी प्रीलिम्स कब है इस साल | FB
out-of-domain | भारत के राष्ट्रपति कौन हैं | FB
out-of-domain | अमेरिका के राष्ट्रपति का नाम बताओ | FB
out-of-domain | जापान की करेंसी क्या है | FB
out-of-domain | फ्रांस में कौन सी भाषा बोलते हैं | FB
out-of-domain | चीन की आबादी कितनी है | FB
out-of-domain | रूस का क्षेत्रफल कितना है | FB
out-of-domain | दुनिया का सबसे बड़ा देश कौन सा है | FB
out-of-domain | सबसे छोटा देश कौन सा है | FB
out-of-domain | दुनिया में कितने देश हैं | FB
out-of-domain | भारत का राष्ट्रीय पक्षी क्या है | FB
out-of-domain | नेपाल का झंडा कैसा दिखता है | FB
out-of-domain | अमेरिका में अभी टाइम क्या हुआ है | FB
out-of-domain | एक डॉलर कितने रुपये का है | FB
out-of-domain | दुबई का वीजा कैसे बनता है | FB
out-of-domain | एक चुटकुला सुनाओ | FB
out-of-domain | बच्चों के लिए कहानी सुनाओ | FB
out-of-domain | हनुमान चालीसा चलाओ | FB
out-of-domain | बिहू के गाने बजाओ | FB
out-of-domain | भोजपुरी गाना लगाओ | FB
out-of-domain | लाइट बंद कर दो | FB
out-of-domain | पंखा तेज करो | FB
out-of-domain | टीवी पे आज तक लगाओ | FB
out-of-domain | क्रिकेट का स्कोर बताओ | FB
out-of-domain | आज इंडिया का मैच किससे है | FB
out-of-domain | पचास में से बारह घटाओ तो कितना होगा | FB
out-of-domain | सत्रह गुणा तेरह कितना होता है | FB
out-of-domain | प्रोटीन कितना खाना चाहिए रोज | FB
out-of-domain | बेंच प्रेस के तीन सेट का टाइमर लगाओ | FB
out-of-domain | डिलीवरी वाले को फोन लगाओ | FB
out-of-domain | मम्मी को कॉल करो | FB
out-of-domain | मेरी शॉपिंग लिस्ट में आटा जोड़ दो | FB
out-of-domain | बीस रुपये का रिचार्ज कैसे करूँ | FB
out-of-domain | तुम्हारा नाम क्या है | FB
out-of-domain | तुम कहाँ रहती हो एलेक्सा | FB
out-of-domain | तुम्हारी शादी हुई है क्या | FB
out-of-domain | गाँव की राजधानी कहाँ है हमारी | FB
out-of-domain | हमारे मोहल्ले का राजा कौन है | FB
out-of-domain | राजधानी कॉलेज दिल्ली में कहाँ है | FB
out-of-domain | राजधानी बस का टाइम बताओ | FB
out-of-domain | राजधानी ढाबे का नंबर दो | FB
out-of-domain | राजधानी थाली रेस्टोरेंट कहाँ है | FB
out-of-domain | राजधानी शब्द का अंग्रेजी क्या है | FB
out-of-domain | राजधानी का मतलब क्या होता है | FB
out-of-domain | राजधानी और महानगर में क्या फरक है | FB
out-of-domain | राजधानी की स्पेलिंग बताओ | FB
out-of-domain | कैपिटल वन बैंक क्या है | FB
out-of-domain | कैपिटल हिल पे क्या हुआ था | FB
out-of-domain | कैपिटल एफएम लगाओ | FB
out-of-domain | वेंचर कैपिटल कौन देता है | FB
out-of-domain | चेरापूंजी में कितनी बारिश होती है | FB
out-of-domain | काजीरंगा में गैंडे कितने हैं | FB
out-of-domain | माजुली दुनिया का सबसे बड़ा नदी द्वीप है क्या | FB
out-of-domain | ब्रह्मपुत्र नदी कहाँ से निकलती है | FB
out-of-domain | गंगा नदी कितनी लंबी है | FB
out-of-domain | माउंट एवरेस्ट की ऊंचाई कितनी है | FB
out-of-domain | ताजमहल किसने बनवाया | FB
out-of-domain | एफिल टावर कहाँ है | FB
out-of-domain | सबसे ऊंची इमारत कौन सी है | FB
out-of-domain | पृथ्वी से सूरज कितना दूर है | FB
out-of-domain | आज कौन सी तिथि है | FB
out-of-domain | दीवाली कब है इस साल | FB
out-of-domain | होली का मुहूर्त क्या है | FB
out-of-domain | भगोरिया मेला कब लगता है | FB
out-of-domain | मकर संक्रांति पे क्या बनाते हैं | FB
out-of-domain | दाल बाटी चूरमा कैसे बनाते हैं | FB
out-of-domain | पोहा बनाने की विधि बताओ | FB
out-of-domain | बुखार में क्या खाना चाहिए | FB
out-of-domain | पास में दवाई की दुकान कहाँ है | FB
out-of-domain | सबसे नजदीकी पेट्रोल पंप बताओ | FB
out-of-domain | कुली का रेट कितना है स्टेशन पे | FB
out-of-domain | जनरल डिब्बा आगे लगता है या पीछे | FB
out-of-domain | वेटिंग टिकट कन्फर्म होगा क्या | FB
out-of-domain | तत्काल टिकट कब खुलता है | FB
out-of-domain | पापा की दुकान का हिसाब जोड़ दो | FB
out-of-domain | राशन कार्ड कैसे बनवाते हैं | FB
out-of-domain | प्रधानमंत्री किसान योजना का पैसा कब आएगा | FB
out-of-domain | नीट का रिजल्ट कब आएगा | FB
out-of-domain | जेईई मेन में कितने नंबर चाहिए | FB
out-of-domain | फिजिक्स का फॉर्मूला बताओ वेग का | FB
out-of-domain | आवर्त सारणी में कितने तत्व हैं | FB
out-of-domain | संविधान में कितने अनुच्छेद हैं | FB
out-of-domain | लोकसभा में कितनी सीटें हैं | FB
out-of-domain | संथाल परगना का मुख्यालय कहाँ है | FB
out-of-domain | तराई इलाका किसे कहते हैं | FB
out-of-domain | थारू लोग कहाँ रहते हैं | FB
out-of-domain | भील जनजाति के बारे में बताओ | FB
out-of-domain | कैपिटल मार्केट में पैसा लगाऊँ क्या | FB
out-of-domain | तिब्बत की निर्वासित सरकार कहाँ है | FB
out-of-domain | हस्तिनापुर किसकी राजधानी थी महाभारत में | FB
out-of-domain | स्वर्ग की राजधानी कहाँ है | FB
out-of-domain | हॉगवर्ट्स कहाँ है | FB
out-of-domain | नार्निया की राजधानी क्या है | FB
child | एलेक्सा दीदी इटली की राजधानी बताओ ना मुझे होमवर्क करना है | IT
child | मेरी मैम ने पूछा है केन्या की राजधानी | KE
child | मैं पाँच साल का हूँ मुझे चीन की राजधानी बताओ | CN
child | पेंगुइन वाले देश की नहीं नॉर्वे की राजधानी बताओ | NO
child | एलेक्सा जापान की राजदानी क्या है | JP
child | मेरे पास ग्लोब है उसमें पेरू है उसकी राजधानी | PE
child | भैया बोल रहा है फ्रांस की राजधानी पेरिस है सच में | FR
child | रूस की राजधानी बताओ ना प्लीज प्लीज | RU
child | मम्मी कहती है अमेरिका बहुत दूर है उसकी राजधानी क्या है | US
child | एलेक्सा कनाडा की राजधानी बोलो मेरा दोस्त वहाँ गया | CA
child | कंगारू वाले देश की राजधानी बताओ | AU
child | मिस्र की राजधानी जहाँ पिरामिड हैं | EG
child | स्कूल की कॉपी में लिखना है ब्राजील की राजधानी | BR
child | एलेक्सा मेरी टीचर पूछेगी जर्मनी की राजधानी | DE
child | मुझे नेपाल की राजधानी याद नहीं है बताओ | NP
child | हम बांग्लादेश की राजधानी का नाम लिखेंगे बताओ | BD
child | एलेक्सा मेक्सिको की राजधानी कौन सी है मुझे टैको पसंद है | MX
child | स्पेन की राजधानी बताओ फुटबॉल वाला देश | ES
child | एलेक्सा ग्रीनलैंड में बर्फ है उसकी राजधानी बताओ | GL
child | अंटार्कटिका की राजधानी बताओ पेंगुइन वहाँ रहते हैं | AQ
child | दीदी श्रीलंका की राजधानी क्या है | LK
child | अर्जेंटीना की राजधानी बताओ मेस्सी का देश | AR
elder | बेटा ज़रा बताना बर्मा की राजधानी अब कौन सी है हमारे जमाने में रंगून थी | MM
elder | हमने सुना था लंका की राजधानी कोलंबो है अब भी वही है | LK
elder | मेरे पिताजी मलाया गए थे मलेशिया की राजधानी बताओ | MY
elder | पूर्वी पाकिस्तान जो अब बांग्लादेश है उसकी राजधानी | BD
elder | सीलोन की राजधानी क्या है | LK
elder | रेडियो पे सुना था काबुल की खबर अफगानिस्तान की राजधानी वही है ना | AF
elder | अदन में हमारे मामा थे यमन की राजधानी बताओ | YE
elder | हमारे जमाने में कलकत्ता राजधानी थी अब भारत की राजधानी बताओ | IN
elder | पुराने लोग फारस कहते थे ईरान की राजधानी बताओ | IR
elder | सोवियत के बाद रूस की राजधानी मास्को ही है ना | RU
elder | पूर्वी जर्मनी और पश्चिमी जर्मनी एक हो गए अब जर्मनी की राजधानी कौन सी है | DE
elder | कैरो वाला देश मिस्र उसकी राजधानी | EG
elder | हमारी बहू अमेरिका से आई है उसकी राजधानी क्या है | US
elder | भाई साहब ज़ाम्बिया में हमारे बेटे की नौकरी लगी राजधानी कौन सी | ZM
elder | मॉरीशस में हमारे पुरखे गए थे गिरमिट में राजधानी बताओ | MU
elder | त्रिनिदाद में हमारे रिश्तेदार हैं वहाँ की राजधानी | TT
elder | गुयाना में भी अपने लोग हैं उसकी राजधानी बताना | GY
elder | सूरीनाम में सरनामी बोलते हैं उसकी राजधानी क्या है | SR
elder | फिजी देश में हमारे नाना गए थे उसकी राजधानी | FJ
elder | अम्मा पूछ रही हैं कुवैत की राजधानी | KW
hesitation | अम्म वो क्या है उह पोलैंड की राजधानी | PL
hesitation | वो जो है ना हम्म बेल्जियम उसकी राजधानी | BE
hesitation | उह उह डेनमार्क की राजधानी क्या है | DK
hesitation | एक मिनट रुको हाँ तो हंगरी की राजधानी | HU
hesitation | क्या नाम है उसका हाँ चेक की राजधानी | CZ
hesitation | वो देश जिसका नाम है अम्म फिनलैंड उसकी राजधानी | FI
hesitation | मतलब वो पुर्तगाल की राजधानी बताओ ना | PT
hesitation | हाँ तो अब उह आयरलैंड की राजधानी | IE
hesitation | एलेक्सा एलेक्सा सुनो मंगोलिया की राजधानी | MN
hesitation | ये बताओ कि मतलब सर्बिया की राजधानी क्या है | RS
hesitation | हम्म हम्म इक्वाडोर की राजधानी | EC
hesitation | अरे वो वाला देश कोस्टा रिका उसकी राजधानी | CR
hesitation | वो जो अफ्रीका में है ना घाना उसकी राजधानी | GH
hesitation | अच्छा सुनो तो एक बात बताओ क्यूबा की राजधानी | CU
hesitation | बोलो बोलो जल्दी बोलो नाइजीरिया की राजधानी | NG
hinglish | बता ना यार इजराइल की कैपिटल क्या है | IL
hinglish | क्विक क्वेश्चन सिंगापुर की कैपिटल | SG
hinglish | ओके सो स्विट्जरलैंड की कैपिटल क्या है एक्चुअली | CH
hinglish | ब्रो न्यूजीलैंड की कैपिटल बता | NZ
hinglish | जस्ट टेल मी थाईलैंड की कैपिटल | TH
hinglish | वेट वियतनाम की कैपिटल क्या है | VN
hinglish | मीटिंग में किसी ने पूछा कतर की कैपिटल क्या है | QA
hinglish | यार इंडोनेशिया की कैपिटल चेंज हो रही है ना अभी कौन सी है | ID
hinglish | सीरियसली मुझे नहीं पता डेनमार्क की कैपिटल | DK
hinglish | टीम आउटिंग पे जा रहे हैं क्रोएशिया की कैपिटल क्या है | HR
hinglish | बेसिकली मुझे आइसलैंड की कैपिटल चाहिए | IS
hinglish | फ्रेंड्स के साथ ट्रिविया है ग्रीस की कैपिटल | GR
hinglish | नेक्स्ट मंथ ऑनसाइट है नीदरलैंड की कैपिटल क्या है | NL
hinglish | क्लाइंट ऑस्ट्रिया से है उनकी कैपिटल बताओ | AT
hinglish | फ्लाइट बुक कर रहा हूँ पुर्तगाल की कैपिटल क्या है | PT
jaunsari | चकराता से पूछदे नेपाल की राजधानी कुण सी से | NP
jaunsari | भूटान की राजधानी कुण सी से बताओ जी | BT
jaunsari | तिब्बत वाले चीन की राजधानी कुण सी से | CN
jaunsari | म्हारे भाई फौज में गया पाकिस्तान की राजधानी बताओ जी | PK
jaunsari | जापान की राजधानी कुण सी से | JP
jaunsari | इंग्लैंड की राजधानी बताओ जी | GB-ENG
jaunsari | रूस की राजधानी कुण सी से जी | RU
jaunsari | उत्तराखंड की राजधानी कुण सी से देहरादून या कोई दूसरी | IN-UK
jaunsari | हिमाचल की राजधानी बताओ जी शिमला | IN-HP
jaunsari | कनाडा की राजधानी कुण सी से म्हारी बेटी गई | CA
jaunsari | ऑस्ट्रेलिया की राजधानी बताओ जी | AU
jaunsari | दुबई वाले देस की राजधानी कुण सी से | AE
mela | कुंभ में विदेशी बाबा पूछ रहे इटली की राजधानी क्या है | IT
mela | संगम पे एक रूसी साधु मिला उसका देश रूस राजधानी बताओ | RU
mela | मेले में खो गए थे अब बताओ जर्मनी की राजधानी | DE
mela | अखाड़े में एक फ्रांस के महाराज हैं फ्रांस की राजधानी | FR
mela | कल्पवास में समय काटने को पूछ रहे ब्राजील की राजधानी | BR
mela | नेपाल से आए साधु की राजधानी कौन सी है | NP
mela | झूले वाले भैया पूछ रहे अर्जेंटीना की राजधानी | AR
mela | कुंभ में इजराइल वाले आए हैं उनकी राजधानी बताओ | IL
mela | मेले में जापानी लोग घूम रहे हैं जापान की राजधानी | JP
mela | मेला पुलिस वाले पूछ रहे मंगोलिया की राजधानी | MN
callcenter | नाइट शिफ्ट में कस्टमर ऑस्ट्रेलिया से है वहाँ की राजधानी क्या है | AU
callcenter | प्रोसेस यूके का है तो यूके की राजधानी बताओ | GB
callcenter | ब्रेक में पूछ रहा हूँ कनाडा की राजधानी | CA
callcenter | टीएल बोल रहा है आयरलैंड की राजधानी बताओ | IE
callcenter | अमेरिकी क्लाइंट ने पूछा भारत की राजधानी क्या है मुझे कन्फर्म करना है | IN
callcenter | कैब में घर जा रहा हूँ फिलीपींस की राजधानी बताओ | PH
callcenter | हमारा सेंटर साउथ अफ्रीका का भी काम करता है उसकी राजधानी | ZA
callcenter | नई कैंपेन न्यूज़ीलैंड की है उसकी राजधानी | NZ
callcenter | शिफ्ट खत्म हुई बताओ स्कॉटलैंड की राजधानी | GB-SCT
callcenter | ग्राहक टेक्सास से बोल रहा था टेक्सास की राजधानी क्या है | US-TX
mobileshop | मोबाइल ठीक करवाने आया हूँ बताओ कोरिया वाले सैमसंग के देश दक्षिण कोरिया की राजधानी | KR
mobileshop | चीन का माल है सब चीन की राजधानी क्या है | CN
mobileshop | ताइवान की राजधानी बताओ चिप वहीं बनती है | TW
mobileshop | वियतनाम में फोन बनते हैं उसकी राजधानी बताओ | VN
mobileshop | भैया फिनलैंड वाला नोकिया उसकी राजधानी | FI
mobileshop | स्क्रीन बदल रहा हूँ बताओ स्वीडन की राजधानी | SE
mobileshop | बैटरी चार्ज हो रही है तब तक मलेशिया की राजधानी | MY
mobileshop | दुकान वाला कहता है जापान की टेक्नोलॉजी बढ़िया है जापान की राजधानी | JP
videocall | नानी को वीडियो कॉल पे दिखा रहे हैं जर्मनी की राजधानी क्या है | DE
videocall | चाचू अमेरिका से कॉल पे हैं वो पूछ रहे ओहायो की राजधानी | US-OH
videocall | मौसी लंदन में रहती हैं इंग्लैंड की राजधानी लंदन है ना | GB-ENG
videocall | भैया मेलबर्न में है विक्टोरिया की राजधानी बताओ | AU-VIC
videocall | बुआ टोरंटो में हैं ओंटारियो की राजधानी बताओ | CA-ON
videocall | दीदी सिडनी से बोल रही न्यू साउथ वेल्स की राजधानी क्या है | AU-NSW
videocall | मामा दुबई से पूछ रहे अबू धाबी किस देश की राजधानी है | CITY:अबू धाबी
videocall | जीजाजी जर्मनी में हैं बवेरिया की राजधानी म्यूनिख है क्या | DE-BY
asr-artefact | एलेक्सा नेपाल की राज धानी | NP
asr-artefact | राजधानी क्या है फ्रांस | FR
asr-artefact | जापान राजधानी | JP
asr-artefact | राजधानी ऑफ जर्मनी | DE
asr-artefact | इटली की राजधानी की राजधानी | IT
asr-artefact | राज धानी श्रीलंका की | LK
asr-artefact | कैनेडा की रजधानी | CA
asr-artefact | बंगलादेश कि राजधानी | BD
asr-artefact | पाकिस्तान कि राजधानि क्या है | PK
asr-artefact | चीन का कैपिटल | CN
polite | कृपया बताइए कि मिस्र की राजधानी कौन सी है | EG
polite | क्षमा कीजिए क्या आप बता सकती हैं कि इराक की राजधानी क्या है | IQ
polite | आपसे निवेदन है सीरिया की राजधानी बताइए | SY
polite | यदि आप बता सकें तो कुवैत की राजधानी | KW
polite | धन्यवाद पहले से ही लेबनान की राजधानी बताइए | LB
polite | मेहरबानी करके जॉर्डन की राजधानी बताइए | JO
polite | आदरणीय एलेक्सा अफगानिस्तान की राजधानी बताने का कष्ट करें | AF
polite | जी कृपया ओमान की राजधानी | OM
terse | ग्रीस | GR
terse | पेरू राजधानी | PE
terse | केन्या | KE
terse | राजधानी चिली | CL
terse | तुर्की की | TR
terse | मेक्सिको | MX
upsc | मैप वर्क में ओशिनिया कर रहे हैं पापुआ न्यू गिनी की राजधानी कौन सी है बताइए | PG
kirana | तराजू तौलते तौलते सोचा सैन मैरिनो देस की राजधानी कौन सी होगी | SM
kirana | अल सल्वाडोर देश की राजधानी बताओ सेठ जी पूछ रहे | SV
coolie | तुर्कमेनिस्तान देश की राजधानी बताओ साहब ट्रेन छूटने वाली है | TM
coolie | तुवालू नाम के देस की राजधानी बताओ बाबू | TV
santhali | पापुआ न्यू गिनी देस का राजधानी कोन है बताओ न | PG
bagri | सैन मरीनो री राजधानी बता दे भाया | SM
tharu | तुर्कमेनिस्तान क राजधानी का हय बताइ देउ | TM
assamese | अल साल्वाडोर का राजधानी क्या होता है दादा | SV
bhili | तुवालु टापू की राजधानी काँई हे | TV
help | म्हनै ठा कोनी इण मसीन सूं कांई पूछूँ | HELP
help | इ बक्सा से का का पूछल जात हय बताइ देउ | HELP
help | इसको कइसे चलाना है हामको बोलो ना | HELP
help | ए मसीन से कीसे पूछना है बताओ न | HELP
help | इ बाजा सूं कांई बात करूँ बता | HELP
help | मास्टर जी बोले इसमें राजधानी पूछो पर कैसे पूछें | HELP
help | कोई तरीका बताओ कि देस का नाम कैसे बोलें | HELP
help | इस्तेमाल करने का तरीका समझाइए कृपया | HELP
help | बेटा बता ये बोलने वाला डिब्बा क्या जानता है | HELP
help | कुंभ में पहली बार देख रहे हैं इससे क्या पूछें | HELP
help | क्या क्या पूछ सकता हूँ लिस्ट बताओ | HELP
help | इसके नियम क्या हैं | HELP
help | मुझे कुछ सुझाव दो क्या पूछूँ | HELP
help | अरे ये कैसे काम करता है समझाओ ज़रा | HELP
stop | बस कर रै अब | STOP
stop | बंद करो न मसीन | STOP
stop | रहन देउ बंद करि देउ अब | STOP
stop | अब बंद कर दो ना दादा हो गया | STOP
stop | बंद कर दे जी बस | STOP
stop | थमो अब बंद हो जाओ | STOP
stop | बंद करो बाबू कुंभ स्नान को जाना है | STOP
stop | बस भाई रुक जा अब | STOP
stop | बंद करो शिफ्ट शुरू हो गई | STOP
stop | एलेक्सा अब बोलना बंद करो | STOP
stop | बंद करो मास्टर जी आ गए | STOP
stop | बस बहुत हुआ अब बंद | STOP
stop | आवाज बंद करो इसकी | STOP
stop | हो गया बंद कर दो इसे | STOP
cancel | कैंसल कर दे भाया | CANCEL
cancel | रहन देउ रद्द करि देउ | CANCEL
cancel | नहीं चाहिए कैंसल करो ना दादा | CANCEL
cancel | कैंसल करो न हामरा गलती हो गया | CANCEL
cancel | कैंसल कर दो जी | CANCEL
cancel | छोड़ दो वो सवाल कैंसल | CANCEL
cancel | गलत देश बोल दिया रद्द करो | CANCEL
cancel | नहीं नहीं कैंसल कर दो | CANCEL
cancel | पिछला वाला रद्द कर दो | CANCEL
cancel | रहने दो भाई कैंसिल | CANCEL
cancel | कैंसल करो ट्रेन आ गई | CANCEL
cancel | कोई जरूरत नहीं कैंसल करो | CANCEL
cancel | कैंसल कर यार | CANCEL
cancel | रद्द कर दीजिए कृपया | CANCEL
launch | दुनिया की राजधानियाँ खोल दे भाया | LAUNCH
launch | दुनिया की राजधानियाँ चालू करो ना दादा | LAUNCH
launch | दुनिया की राजधानियाँ खोलो न | LAUNCH
launch | दुनिया की राजधानियाँ चालू करि देउ हो | LAUNCH
launch | दुनिया की राजधानियाँ खोलो जी | LAUNCH
launch | दुनिया की राजधानियाँ शुरू करो जीके की तैयारी करनी है | LAUNCH
launch | दुनिया की राजधानियाँ खोलो दुकान खाली है | LAUNCH
launch | दुनिया की राजधानियाँ शुरू करो ब्रेक चल रहा है | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ खोलो बच्चा पूछ रहा है | LAUNCH
launch | दुनिया की राजधानियाँ चालू कर दो नानी के लिए | LAUNCH
out-of-domain | सेठ जी आज दुकान कितने बजे बंद होगी | FB
out-of-domain | मैगी का डिब्बा कितने का है | FB
out-of-domain | सरसों के तेल का भाव बताओ | FB
out-of-domain | गंगानगर में किन्नू का भाव क्या है | FB
out-of-domain | नहर में पानी कब छोड़ेंगे | FB
out-of-domain | सरसों की फसल में कौन सी खाद डालें | FB
out-of-domain | झाबुआ से इंदौर की बस कब है | FB
out-of-domain | कड़कनाथ मुर्गा कहाँ मिलता है | FB
out-of-domain | दुधवा नेशनल पार्क में बाघ दिखते हैं क्या | FB
out-of-domain | थारू खाना ढिकरी कैसे बनाते हैं | FB
out-of-domain | बिहू कब है इस बार | FB
out-of-domain | कामाख्या मंदिर कब खुलता है | FB
out-of-domain | असम की चाय कहाँ सबसे अच्छी मिलती है | FB
out-of-domain | बासुकीनाथ मंदिर कितनी दूर है दुमका से | FB
out-of-domain | सोहराय पर्व कब मनाते हैं | FB
out-of-domain | चकराता में बर्फ गिरी क्या | FB
out-of-domain | जौनसार बावर कहाँ है | FB
out-of-domain | कोटा में हॉस्टल का किराया कितना है | FB
out-of-domain | मॉक टेस्ट का रिजल्ट कब आएगा | FB
out-of-domain | ऑर्गेनिक केमिस्ट्री कैसे पढ़ें | FB
out-of-domain | लक्ष्मीकांत की किताब किस बारे में है | FB
out-of-domain | अनुच्छेद तीन सौ सत्तर क्या था | FB
out-of-domain | संगम में स्नान का सही समय क्या है | FB
out-of-domain | कुंभ मेला अगली बार कहाँ लगेगा | FB
out-of-domain | खोया पाया केंद्र कहाँ है | FB
out-of-domain | नागा साधु कहाँ रहते हैं | FB
out-of-domain | प्लेटफॉर्म नंबर चार पे कौन सी ट्रेन है | FB
out-of-domain | अगली लोकल कितने बजे है | FB
out-of-domain | स्लीपर का किराया कितना है दिल्ली तक | FB
out-of-domain | मेरा मोबाइल गर्म क्यों हो रहा है | FB
out-of-domain | फोन का डिस्प्ले कितने का बदलेगा | FB
out-of-domain | व्हाट्सएप पे मैसेज भेजो भाई को | FB
out-of-domain | बीस पुश अप का काउंट करो | FB
out-of-domain | क्रिएटिन लेना ठीक है क्या | FB
out-of-domain | कैपिटल लेटर और स्मॉल लेटर में फरक बताओ | FB
out-of-domain | शेयर कैपिटल किसे कहते हैं | FB
out-of-domain | रेलवे की राजधानी गाड़ी में खाना मिलता है क्या | FB
out-of-domain | राजधानी में आज प्रदूषण कितना है | FB
out-of-domain | राजधानी दिल्ली में आज का तापमान | FB
out-of-domain | भारत की चाय राजधानी किसे कहते हैं | FB
out-of-domain | दुनिया की योग राजधानी कौन सी है | FB
out-of-domain | भारत की कोचिंग कैपिटल कौन सा शहर है | FB
out-of-domain | मराठा साम्राज्य की राजधानी कहाँ थी | FB
out-of-domain | अहोम राज्य की राजधानी कौन सी थी | FB
out-of-domain | ओटोमन साम्राज्य की राजधानी क्या थी | FB
out-of-domain | रोमन साम्राज्य की राजधानी बताओ | FB
out-of-domain | कुर्दिस्तान की राजधानी क्या है | FB
out-of-domain | बलूचिस्तान की राजधानी बताओ | FB
out-of-domain | पंजाब पाकिस्तान वाले की राजधानी क्या है | FB
out-of-domain | सिंध की राजधानी बताओ | FB
out-of-domain | कैलिफ़ोर्निया वाली सिलिकॉन वैली की राजधानी क्या है | FB
out-of-domain | दक्षिण अमेरिका महाद्वीप की राजधानी कौन सी है | FB
out-of-domain | आर्कटिक की राजधानी बताओ | FB
out-of-domain | प्रशांत महासागर की राजधानी क्या है | FB
out-of-domain | गोकुल धाम सोसाइटी कहाँ है | FB
out-of-domain | गोथम सिटी की राजधानी क्या है | FB
out-of-domain | महिष्मती की राजधानी कौन सी थी | FB
out-of-domain | अलकापुरी किसकी नगरी है | FB
reverse-question | बर्न कौन से मुल्क की राजधानी है | CITY:बर्न
reverse-question | वालेटा किस टापू देस की राजधानी है | CITY:वालेटा
reverse-question | मापुटो किस देश का राजधानी होता है | CITY:मापुटो
reverse-question | विंडहोक किस देश की राजधानी कहलाती है | CITY:विंडहोक
reverse-question | मोगादिशु कौन से मुल्क की राजधानी है | CITY:मोगादिशु
reverse-question | अस्ताना किस देस क राजधानी हय | CITY:अस्ताना
reverse-question | दुशांबे कौन से देस की राजधानी हे | CITY:दुशांबे
reverse-question | अश्गाबात किस मुल्क का राजधानी है बोलो ना | CITY:अश्गाबात
reverse-question | तिराना कौन सा देश है जिसकी राजधानी है | CITY:तिराना
reverse-question | विल्नियस किस देश की राजधानी है बताइए | CITY:विल्नियस
reverse-question | रीगा कौन से देश का राजधानी है | CITY:रीगा
reverse-question | माले किस द्वीप देश की राजधानी है | CITY:माले
reverse-question | सुवा कौन से देश की राजधानी है जी | CITY:सुवा
reverse-question | पारामारिबो किस देश की राजधानी होती है | CITY:पारामारिबो
reverse-question | पटना किस प्रदेस की राजधानी है | CITY:पटना
reverse-question | कोहिमा कौन से राज्य की राजधानी है | CITY:कोहिमा
reverse-question | अगरतला किस राज्य का राजधानी है दादा | CITY:अगरतला
reverse-question | आइजोल कौन से राज्य की राजधानी है | CITY:आइज़ोल
reverse-question | भुवनेश्वर किस प्रदेश की राजधानी है | CITY:भुवनेश्वर
reverse-question | टलाहासी किस अमेरिकी राज्य की राजधानी है | CITY:टलाहासी
yes-no-check | बाकु अजरबैजान की राजधानी है ना दादा | AZ
yes-no-check | ताशकंद उज्बेकिस्तान री राजधानी है कांई | UZ
yes-no-check | नैरोबी केन्या का राजधानी है कि नहीं बोलो न | KE
yes-no-check | बैंकॉक थाईलैंड क राजधानी हय कि नाहीं | TH
yes-no-check | मनीला फिलीपींस की राजधानी हे का | PH
yes-no-check | डरबन दक्षिण अफ्रीका की राजधानी है क्या भैया | ZA
yes-no-check | पटना बिहार की राजधानी है ना बताओ सही है | IN-BR
yes-no-check | रांची झारखंड का राजधानी है हाँ ना | IN-JH
yes-no-check | शिमला हिमाचल की राजधानी है ना जी | IN-HP
yes-no-check | नागपुर महाराष्ट्र की राजधानी है क्या | IN-MH
yes-no-check | कानपुर यूपी की राजधानी है क्या | IN-UP
yes-no-check | विशाखापट्टनम आंध्र प्रदेश की राजधानी है क्या | IN-AP
yes-no-check | एडिनबर्ग स्कॉटलैंड की राजधानी है ना | GB-SCT
yes-no-check | टोरंटो ओंटारियो की राजधानी है ना | CA-ON
everyday-name | अमरिका देश की राजधानी बताओ न | US
everyday-name | बिलायत की राजधानी क्या है | GB
everyday-name | रंगून वाले देश की राजधानी बताओ | MM
everyday-name | अरब देश सऊदी की राजधानी बोलो | SA
everyday-name | इंग्लिस्तान री राजधानी कांई है | GB
everyday-name | हालैंड का राजधानी बताओ न | NL
official-name | जनवादी गणराज्य बांग्लादेश की राजधानी बताइए | BD
official-name | इटली गणराज्य की राजधानी क्या है | IT
official-name | कनाडा डोमिनियन की राजधानी बताइए | CA
official-name | ऑस्ट्रेलियाई राष्ट्रमंडल की राजधानी क्या है | AU
official-name | जापान राज्य की राजधानी बताइए | JP
official-name | भारत गणराज्य की राजधानी क्या है | IN
territory | मकाओ की राजधानी बताओ न दादा | MO
territory | हाँगकाँग का राजधानी क्या होता है | HK
territory | पुएर्टो रिको की राजधानी बताओ भाई | PR
territory | फ़ॉकलैंड्स की राजधानी क्या है अर्जेंटीना वाले | FK
territory | ग्रीनलैंड देस री राजधानी कांई है | GL
territory | अंटार्टिका क राजधानी का हय | AQ
shared-name | कोरिया देस री राजधानी बता दे | KP+KR
shared-name | कांगो क राजधानी का हय बताइ देउ | CD+CG
shared-name | जॉर्जिया की राजधानी काँई हे | GE+US-GA
shared-name | कोरिया का राजधानी बोलो ना दादा | KP+KR
"""

if __name__ == "__main__":
    build_round(37, "hi", LINES, sys.argv, "tests/Eval/hi/round37/source/build_corpus.py")
