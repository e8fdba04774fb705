"""Round 44, Hindi (hi-IN): a new author's mix of speakers and situations, written blind (brief WRITER52.md), chosen
away from the speakers of Hindi round 43 (Magahi, Malwi, Nagpuri, Dogri, Gujarati- and Kannada-Hindi; aspirants, an army
family, a BPO night shift, cabin crew, children) and those round 43 names for rounds 42 to 40 (Chhattisgarhi, Maithili,
Bundeli, Odia-, Bengali-, Malayali-, Punjabi, Braj, Lucknowi, Telugu-, north-eastern, Konkani-, Bhojpuri, Marwari,
Haryanvi, Bambaiya, Dakhini, Tamil-, Nepali-, Pahari- and Marathi-Hindi, NRI learners; truck drivers, a grandmother,
quiz nights, clerks, radio, pilgrims, teachers, collectors, kitchens, sports fans, forex, visas, delivery riders,
newsrooms, weddings, traders, gamers). Regions and first languages: Bhopali Hindi from old Bhopal ("खां", "मियाँ",
"हओ", "तन्नक", "कायको", "अपन"), Bagheli from Rewa, Satna and Sidhi ("केर राजधानी", "का आय", "बताबा", "हमार"),
Harauti from Kota, Bundi, Baran and Jhalawar ("कांई छै", "सा", "म्हारो", "सूं"), Angika from Bhagalpur and Munger
("के राजधानी की छै", "बताबो", "हमरो", "सें"), Sindhi speakers' Hindi from Ulhasnagar, Adipur and Gandhidham ("साईं",
"अड़े", "जी राजधानी छा आहे", "बुधाइ"), Kashmiri speakers' Hindi from Srinagar, Anantnag, Baramulla and Sopore ("जनाब",
"वनतम", "बोज़", "म्योन", "हता", "का राजधानी"). Situations: hospital nurses on night duty (wards, patients, matrons,
jobs abroad), farmers at the mandi and the chaupal, merchant navy sailors at sea and in port, a kitty party with
tambola, a hotel front desk with foreign guests. Around them: follow-ups, plural capitals, subdivisions and territories,
yes/no checks, self-corrections, reverse questions, official, everyday and shared names, help, stop, cancel, launch by
the skill's invocation name "दुनिया की राजधानियाँ", and out-of-domain requests (home devices, local history, food and
festivals of the speakers' regions, nursing, farming, sea, kitty and hotel talk, "capital" in other senses, empires and
former states, regions not in the data, fiction and myth, cities that are no capital, non-capital questions).
`python3 tests/Eval/hi/round44/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 44's number); every line is hi-IN. Every sentence was written by hand as one whole utterance;
frames with up to three fills (each frame once) ask the countries and the subdivisions and territories.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
bhopali | अरे खां {} की राजधानी कौन सी है बताओ तो | अंडोरा=AD; यूएई=AE; अफ़ग़ानिस्तान=AF
bhopali | भोपाल से बोल रहे हैं मियाँ {} की राजधानी क्या है | एंटीगुआ एंड बारबुडा=AG; अल्बानिया=AL; आर्मेनिया=AM
bhopali | तन्नक बताओ खां {} की राजधानी का नाम | अंगोला=AO; अर्जेंटीना=AR; ऑस्ट्रिया=AT
bhopali | हओ भाई {} की राजधानी भोत देर से याद कर रहे | ऑस्ट्रेलिया=AU; अज़रबैजान=AZ; बोस्निया हर्ज़ेगोविना=BA
bhopali | अपन को बताओ खां {} की कैपिटल कौन सी है | बारबाडोस=BB; बांग्लादेश=BD; बेल्जियम=BE
bhopali | कायको परेशान कर रहे हो {} की राजधानी बता दो बस | बुर्किना फासो=BF; बुल्गारिया=BG; बहरैन=BH
bagheli | {} केर राजधानी का आय बताबा भइया | बुरुंडी=BI; बेनिन=BJ; ब्रुनेई=BN
bagheli | रीवा से पूछित हन {} केर राजधानी कहाँ आय | बोलिविया=BO; ब्राज़ील=BR; बहामास=BS
bagheli | हमार बिटिया पूछत ही {} केर राजधानी | भूटान=BT; बोत्सवाना=BW; बेलारूस=BY
bagheli | सतना वाले मास्साब पूछिन रहा {} केर राजधानी का होय | बेलिज़=BZ; कनाडा=CA; डीआर कांगो=CD
bagheli | अरे बताय देया {} केर राजधानी कउन सहर आय | सेंट्रल अफ्रीकन रिपब्लिक=CF; कांगो ब्राज़ाविल=CG; स्विट्ज़रलैंड=CH
bagheli | तनिक बतावा {} केर राजधानी के नाम | आइवरी कोस्ट=CI; चिली=CL; कैमरून=CM
harauti | {} की राजधानी कांई छै बताओ सा | चीन=CN; कोलंबिया=CO; कोस्टा रिका=CR
harauti | कोटा सूं पूछ रियो छूं {} की राजधानी कुण सी छै | क्यूबा=CU; केप वर्डे=CV; साइप्रस=CY
harauti | म्हारा छोरा नै पूछी {} की राजधानी | चेक रिपब्लिक=CZ; जर्मनी=DE; जिबूती=DJ
harauti | बूंदी वाळा काकोसा पूछ रिया छै {} की राजधानी कांई | डेनमार्क=DK; डोमिनिका=DM; डोमिनिकन रिपब्लिक=DO
harauti | थां नै पतो छै कांई {} की राजधानी कुण सी | अल्जीरिया=DZ; इक्वाडोर=EC; एस्टोनिया=EE
harauti | अरे सा {} की राजधानी को नाम बता दो | इजिप्ट=EG; इरीट्रिया=ER; स्पेन=ES
angika | {} के राजधानी की छै बताबो | इथियोपिया=ET; फिनलैंड=FI; फिजी=FJ
angika | भागलपुर सें पूछी रहलो छियै {} के राजधानी कोन शहर छै | माइक्रोनेशिया=FM; फ्रांस=FR; गैबॉन=GA
angika | हमरो बेटा पूछै छै {} के राजधानी की होय छै | यूके=GB; ग्रेनेडा=GD; जॉर्जिया देश=GE
angika | मुंगेर वाला भैया पूछलकै {} के राजधानी | घाना=GH; गाम्बिया=GM; गिनी=GN
angika | ऐ दीदी {} के राजधानी कहाँ छै | इक्वेटोरियल गिनी=GQ; ग्रीस=GR; ग्वाटेमाला=GT
angika | जरा बताय दहो {} के राजधानी के नाम | गिनी बिसाऊ=GW; गयाना=GY; हॉन्डुरास=HN
sindhi | साईं {} जी राजधानी छा आहे बुधाइ | क्रोएशिया=HR; हैती=HT; हंगरी=HU
sindhi | उल्हासनगर से पूछ रहा हूँ अड़े {} की राजधानी कौन सी है | इंडोनेशिया=ID; आयरलैंड=IE; इज़रायल=IL
sindhi | मुंहिंजो पुट पुछे थो {} की राजधानी क्या है | इंडिया=IN; इराक़=IQ; ईरान=IR
sindhi | अमां पूछ रही है {} की कैपिटल बताओ साईं | आइसलैंड=IS; इटली=IT; जमैका=JM
sindhi | अड़े दादा {} की राजधानी का नाम क्या है | जॉर्डन=JO; जापान=JP; केन्या=KE
sindhi | आदिपुर से बोल रहा हूँ भाई {} की राजधानी बताना | किर्गिस्तान=KG; कंबोडिया=KH; किरिबाती=KI
kashmiri | जनाब {} की राजधानी क्या है वनतम | कोमोरोस=KM; सेंट किट्स एंड नेविस=KN; नॉर्थ कोरिया=KP
kashmiri | श्रीनगर से पूछ रहा है हम {} का राजधानी कौन सा है | साउथ कोरिया=KR; कुवैत=KW; कज़ाख़िस्तान=KZ
kashmiri | बोज़ एलेक्सा {} की राजधानी बताओ ना | लाओस=LA; लेबनान=LB; सेंट लूसिया=LC
kashmiri | म्योन बच्चा पूछ रहा है {} की राजधानी क्या छु | लिकटेंस्टाइन=LI; श्रीलंका=LK; लाइबेरिया=LR
kashmiri | अनंतनाग से हूँ साहब {} की राजधानी का नाम बताओ | लेसोथो=LS; लिथुआनिया=LT; लक्ज़मबर्ग=LU
kashmiri | हता एलेक्सा {} की कैपिटल कौन सी है | लातविया=LV; लीबिया=LY; मोरक्को=MA
nurse | नाइट ड्यूटी पे हूँ {} की राजधानी बताओ | मोनाको=MC; मोल्डोवा=MD; मॉन्टेनेग्रो=ME
nurse | सिस्टर पूछ रही हैं {} की राजधानी क्या है | मेडागास्कर=MG; मार्शल आइलैंड्स=MH; नॉर्थ मैसेडोनिया=MK
nurse | वार्ड में पेशेंट पूछ रहे हैं {} की राजधानी कौन सी है | माली=ML; म्यांमार=MM; मंगोलिया=MN
nurse | हमारी मेट्रन मैडम जानना चाहती हैं {} की राजधानी | मॉरिटानिया=MR; माल्टा=MT; मॉरीशस=MU
nurse | राउंड के बाद फ्री हूँ {} की राजधानी बता दो | मालदीव्स=MV; मलावी=MW; मेक्सिको=MX
nurse | ड्यूटी रूम से पूछ रही हूँ {} की कैपिटल क्या है | मलेशिया=MY; मोज़ाम्बिक=MZ; नामीबिया=NA
kisan | मंडी में बैठे हैं {} की राजधानी क्या है बताओ | नाइजर=NE; नाइजीरिया=NG; निकारागुआ=NI
kisan | खेत पे हूँ भाई {} की राजधानी कौन सी है | नीदरलैंड=NL; नॉर्वे=NO; नेपाल=NP
kisan | ट्रैक्टर चलाते चलाते पूछ रहा हूँ {} की राजधानी | नाउरू=NR; न्यूज़ीलैंड=NZ; ओमान=OM
kisan | किसान भाई पूछ रहे हैं {} की राजधानी का नाम | पनामा=PA; पेरू=PE; पापुआ न्यू गिनी=PG
kisan | चौपाल पे बहस हो रही है {} की राजधानी कौन सी है | फिलीपींस=PH; पाकिस्तान=PK; पोलैंड=PL
kisan | फसल कटाई के बाद फुर्सत है {} की राजधानी बताओ | पुर्तगाल=PT; पलाऊ=PW; पैराग्वे=PY
sailor | जहाज़ वहाँ लगने वाला है {} की राजधानी क्या है | क़तर=QA; रोमानिया=RO; सर्बिया=RS
sailor | मर्चेंट नेवी में हूँ {} की राजधानी बताओ ज़रा | रूस=RU; रवांडा=RW; सऊदी अरेबिया=SA
sailor | अगला पोर्ट कॉल है {} की कैपिटल कौन सी है | सोलोमन आइलैंड्स=SB; सेशेल्स=SC; सूडान=SD
sailor | कैप्टन साहब पूछ रहे हैं {} की राजधानी | स्वीडन=SE; सिंगापुर=SG; स्लोवेनिया=SI
sailor | साइन ऑन से पहले जानना है {} की राजधानी क्या है | स्लोवाकिया=SK; सिएरा लियोन=SL; सैन मरीनो=SM
sailor | डेक पे खड़ा हूँ बताओ {} की राजधानी | सेनेगल=SN; सोमालिया=SO; सूरीनाम=SR
kitty | किटी पार्टी में क्विज़ है {} की राजधानी बताओ | साउथ सूडान=SS; साओ टोमे एंड प्रिंसिपे=ST; एल साल्वाडोर=SV
kitty | भाभी जी शर्त लगा रही हैं {} की राजधानी क्या है | सीरिया=SY; स्वाज़ीलैंड=SZ; चाड=TD
kitty | तंबोला के बीच में पूछ रहे हैं {} की राजधानी | टोगो=TG; थाईलैंड=TH; ताजिकिस्तान=TJ
kitty | मिसेज़ शर्मा कह रही हैं {} की राजधानी कौन सी है | ईस्ट तिमोर=TL; तुर्कमेनिस्तान=TM; ट्यूनीशिया=TN
kitty | हाउज़ी से पहले एक सवाल {} की कैपिटल बताओ | टोंगा=TO; टर्की=TR; त्रिनिदाद एंड टोबैगो=TT
kitty | हमारी किटी की थीम है देश {} की राजधानी क्या है | तुवालु=TV; तंज़ानिया=TZ; यूक्रेन=UA
hotel | रिसेप्शन से बोल रहा हूँ {} की राजधानी क्या है | युगांडा=UG; अमेरिका=US; उरुग्वे=UY
hotel | गेस्ट पूछ रहे हैं {} की राजधानी कौन सी है | उज़्बेकिस्तान=UZ; सेंट विन्सेंट एंड ग्रेनेडाइंस=VC; वेनेज़ुएला=VE
hotel | चेक इन करने वाले साहब {} से हैं उसकी राजधानी बताओ | वियतनाम=VN; वानुआतु=VU; समोआ=WS
hotel | फ्रंट डेस्क पे बहस है {} की राजधानी क्या है | यमन=YE; साउथ अफ्रीका=ZA; ज़ाम्बिया=ZM
hotel | रूम नंबर वाले गेस्ट पूछ रहे {} की कैपिटल | ज़िम्बाब्वे=ZW; फ़िलिस्तीन=PS; कोसोवो=XK
hotel | कंसीयर्ज डेस्क से पूछ रहा हूँ {} की राजधानी | ताइवान=TW; इरिट्रिया देश=ER; ब्राज़ील देश=BR
subdivision | अपने देश के {} की राजधानी बताओ खां | आंध्रा=IN-AP; अरुणाचल=IN-AR; आसाम=IN-AS
subdivision | हमार बिटवा पूछत हा {} केर राजधानी का आय | बिहार=IN-BR; छत्तीसगढ़=IN-CG; गोवा=IN-GA
subdivision | भारत के राज्य {} की राजधानी कांई छै | गुजरात=IN-GJ; हिमाचल=IN-HP; हरियाणा=IN-HR
subdivision | {} के राजधानी कहाँ छै इंडिया वाला | झारखंड राज्य=IN-JH; कर्नाटका=IN-KA; केरला=IN-KL
subdivision | सामान्य ज्ञान का सवाल है {} की राजधानी क्या है | महाराष्ट्र राज्य=IN-MH; मेघालय राज्य=IN-ML; मणिपुर राज्य=IN-MN
subdivision | मरीज़ का घर {} में है उसकी राजधानी कौन सी है | एमपी=IN-MP; मिज़ोरम राज्य=IN-MZ; नागालैंड राज्य=IN-NL
subdivision | मंडी वाले पूछ रहे {} स्टेट की राजधानी | उड़ीसा=IN-OD; पंजाब=IN-PB; राजस्थान=IN-RJ
subdivision | किटी में अगला सवाल {} की राजधानी कौन सी है | सिक्किम स्टेट=IN-SK; तमिलनाडु स्टेट=IN-TN; त्रिपुरा स्टेट=IN-TR
subdivision | गेस्ट {} से आए हैं वहाँ की राजधानी क्या है | तेलंगाना स्टेट=IN-TS; यूपी=IN-UP; बंगाल=IN-WB
subdivision | केंद्र शासित प्रदेश {} की राजधानी बताओ | अंडमान निकोबार=IN-AN; चंडीगढ़=IN-CH; दादरा नगर हवेली दमन दीव=IN-DH
subdivision | यूनियन टेरिटरी {} का कैपिटल कौन सा है जनाब | दिल्ली=IN-DL; लद्दाख=IN-LA; लक्षद्वीप=IN-LD
subdivision | {} की राजधानी कौन सी है साईं | पांडिचेरी=IN-PY; जम्मू कश्मीर=IN-JK; उत्तराखंड=IN-UK
subdivision | अमेरिका के {} स्टेट की राजधानी क्या है | अलास्का=US-AK; अलाबामा=US-AL; आर्कंसास=US-AR
subdivision | यूएस में {} की कैपिटल कौन सी है | एरिज़ोना=US-AZ; कैलिफोर्निया=US-CA; कोलोराडो=US-CO
subdivision | अमेरिकन स्टेट {} की राजधानी बताओ | कनेक्टिकट=US-CT; डेलावेयर=US-DE; फ्लोरिडा=US-FL
subdivision | जहाज़ अमेरिका जा रहा है {} स्टेट की राजधानी | जॉर्जिया=US-GA; हवाई=US-HI; आयोवा=US-IA
subdivision | गेस्ट अमेरिका के {} से हैं वहाँ की कैपिटल क्या है | आइडाहो=US-ID; इलिनॉइस=US-IL; इंडियाना=US-IN
subdivision | बेटा अमेरिका के {} में पढ़ता है उसकी राजधानी कौन सी | कैनसस=US-KS; केंटकी=US-KY; लुइसियाना=US-LA
subdivision | अमरीका के {} केर राजधानी का आय | मैसाचुसेट्स=US-MA; मैरीलैंड=US-MD; मेन स्टेट=US-ME
subdivision | अमेरिका में {} की राजधानी कांई छै | मिशिगन=US-MI; मिनेसोटा=US-MN; मिसौरी=US-MO
subdivision | यूएसए के {} के राजधानी की छै | मिसिसिपी=US-MS; मोंटाना=US-MT; नॉर्थ कैरोलिना=US-NC
subdivision | अमेरिका का {} वहाँ की राजधानी क्या है मियाँ | नॉर्थ डकोटा=US-ND; नेब्रास्का=US-NE; न्यू हैम्पशायर=US-NH
subdivision | यूएस स्टेट {} की राजधानी बताओ अड़े | न्यू जर्सी=US-NJ; न्यू मेक्सिको=US-NM; नेवाडा=US-NV
subdivision | अमेरिका के {} राज्य की राजधानी कौन सी है | न्यूयॉर्क=US-NY; ओहायो=US-OH; ओक्लाहोमा=US-OK
subdivision | हमारे हॉस्पिटल की डॉक्टर {} में है वहाँ की कैपिटल | ओरेगॉन=US-OR; पेन्सिलवेनिया=US-PA; रोड आइलैंड=US-RI
subdivision | अमेरिका वाला {} उसकी राजधानी क्या है | साउथ कैरोलिना=US-SC; साउथ डकोटा=US-SD; टेनेसी=US-TN
subdivision | यूएस के {} स्टेट की राजधानी बता दो | टेक्सस=US-TX; यूटाह=US-UT; वर्जीनिया=US-VA
subdivision | अमेरिका में {} की राजधानी का नाम | वरमॉन्ट=US-VT; विस्कॉन्सिन=US-WI; वेस्ट वर्जीनिया=US-WV
subdivision | अमेरिका के {} की राजधानी बताना जी | वायोमिंग=US-WY; डिस्ट्रिक्ट ऑफ़ कोलंबिया=US-DC
subdivision | कनाडा के {} प्रोविंस की राजधानी क्या है | अल्बर्टा=CA-AB; ब्रिटिश कोलंबिया=CA-BC; मैनिटोबा=CA-MB
subdivision | कनाडा में {} की कैपिटल कौन सी है | न्यू ब्रंसविक=CA-NB; न्यूफाउंडलैंड=CA-NL; नोवा स्कोटिया=CA-NS
subdivision | भतीजा कनाडा के {} में है वहाँ की राजधानी | ओंटेरियो=CA-ON; प्रिंस एडवर्ड आइलैंड=CA-PE; क्यूबेक=CA-QC
subdivision | कनाडा के {} की राजधानी बताओ | सस्काचेवान=CA-SK; नॉर्थवेस्ट टेरिटरी=CA-NT
subdivision | कनाडा के ऊपर वाले {} की राजधानी क्या है | नूनावुट=CA-NU; यूकॉन=CA-YT
subdivision | ऑस्ट्रेलिया के {} स्टेट की राजधानी | न्यू साउथ वेल्स=AU-NSW; क्वींसलैंड=AU-QLD; साउथ ऑस्ट्रेलिया=AU-SA
subdivision | ऑस्ट्रेलिया में {} की कैपिटल कौन सी है | तस्मानिया=AU-TAS; विक्टोरिया=AU-VIC; वेस्टर्न ऑस्ट्रेलिया=AU-WA
subdivision | ऑस्ट्रेलिया का {} उसकी राजधानी क्या है | ऑस्ट्रेलियन कैपिटल टेरिटरी=AU-ACT; नॉर्दर्न टेरिटरी=AU-NT
subdivision | जर्मनी के {} राज्य की राजधानी क्या है | ब्रैंडनबर्ग=DE-BB; बाडेन वुर्टेमबर्ग=DE-BW; बवेरिया=DE-BY
subdivision | जर्मनी में {} की कैपिटल कौन सी है | हेसन=DE-HE; मैक्लेनबर्ग=DE-MV; लोअर सैक्सोनी=DE-NI
subdivision | जहाज़ जर्मनी पहुँचा {} की राजधानी बताओ | नॉर्थ राइन वेस्टफेलिया=DE-NW; राइनलैंड पैलेटिनेट=DE-RP; श्लेसविग होल्सटीन=DE-SH
subdivision | जर्मनी के {} प्रांत की राजधानी | सारलैंड=DE-SL; सैक्सोनी=DE-SN; सैक्सोनी अनहाल्ट=DE-ST
subdivision | जर्मनी के {} राज्य की राजधानी कौन सा शहर है | थुरिंगिया=DE-TH; बर्लिन=DE-BE
subdivision | जर्मनी का {} स्टेट उसकी राजधानी क्या है | ब्रेमेन=DE-HB; हैमबर्ग=DE-HH
subdivision | ब्राज़ील के {} राज्य की राजधानी क्या है | आक्रे=BR-AC; अलागोआस=BR-AL; अमेज़ोनास=BR-AM
subdivision | ब्राज़ील में {} की कैपिटल कौन सी है | अमापा=BR-AP; बाईया=BR-BA; सियारा=BR-CE
subdivision | ब्राज़ील के {} स्टेट की राजधानी बताओ | एस्पिरितो सांतो=BR-ES; गोइयास=BR-GO; मारान्हाओ=BR-MA
subdivision | ब्राज़ील वाला {} उसकी राजधानी क्या है | मिनास जेराइस=BR-MG; मातो ग्रोस्सो दो सुल=BR-MS; मातो ग्रोस्सो=BR-MT
subdivision | जहाज़ ब्राज़ील के {} जा रहा है उसकी राजधानी | पारा स्टेट=BR-PA; पराइबा=BR-PB; पेरनाम्बुको=BR-PE
subdivision | ब्राज़ील के {} की राजधानी कौन सा शहर है | पियाउई=BR-PI; पराना=BR-PR; रियो डी जनेरियो स्टेट=BR-RJ
subdivision | ब्राज़ील में {} स्टेट की राजधानी क्या है | रियो ग्रांडे डो नॉर्टे=BR-RN; रोंडोनिया=BR-RO; रोराइमा=BR-RR
subdivision | ब्राज़ील के {} राज्य की कैपिटल बताओ | रियो ग्रांडे डो सुल=BR-RS; सांता कतरीना=BR-SC; सेर्जिपे=BR-SE
subdivision | ब्राज़ील का {} उसकी राजधानी बताओ | साओ पाउलो स्टेट=BR-SP; तोकांतिंस=BR-TO; फ़ेडरल डिस्ट्रिक्ट=BR-DF
subdivision | मेक्सिको के {} राज्य की राजधानी क्या है | आगुआस्कालिएंतेस=MX-AGU; बाहा कैलिफोर्निया=MX-BCN; बाहा कैलिफोर्निया साउथ=MX-BCS
subdivision | मेक्सिको में {} की कैपिटल कौन सी है | कम्पेचे=MX-CAM; चिहुआहुआ स्टेट=MX-CHH; चियापास=MX-CHP
subdivision | मैक्सिको के {} स्टेट की राजधानी बताओ | कोआहुइला=MX-COA; कोलीमा=MX-COL; डुरांगो=MX-DUR
subdivision | मेक्सिको वाला {} उसकी राजधानी क्या है | गुएरेरो=MX-GRO; गुआनाख़ुआतो=MX-GUA; हिडाल्गो=MX-HID
subdivision | गेस्ट मेक्सिको के {} से हैं वहाँ की राजधानी | जलिस्को=MX-JAL; एस्टाडो डे मेक्सिको=MX-MEX; मिचोआकन=MX-MIC
subdivision | मेक्सिको के {} की राजधानी कौन सा शहर है | मोरेलोस=MX-MOR; नयारित=MX-NAY; नुएवो लियोन=MX-NLE
subdivision | मेक्सिको में {} स्टेट की राजधानी क्या है | वाहाका=MX-OAX; प्यूब्ला=MX-PUE; क्वेरेटारो=MX-QUE
subdivision | मेक्सिको के {} राज्य की कैपिटल बताओ | क्विंटाना रू=MX-ROO; सिनालोआ=MX-SIN; सैन लुइस पोटोसी=MX-SLP
subdivision | जहाज़ मेक्सिको के {} गया था उसकी राजधानी | सोनोरा=MX-SON; तबास्को=MX-TAB; तमाउलिपास=MX-TAM
subdivision | मेक्सिको का {} उसकी राजधानी बताओ | त्लाक्सकाला=MX-TLA; वेराक्रूज़ स्टेट=MX-VER; युकाटन=MX-YUC
subdivision | मेक्सिको के {} की राजधानी क्या होती है | ज़ाकाटेकास=MX-ZAC; मेक्सिको सिटी=MX-CMX
subdivision | ब्रिटेन के {} की राजधानी क्या है | इंग्लैंड=GB-ENG; स्कॉटलैंड=GB-SCT
subdivision | यूके वाले {} की कैपिटल कौन सी है | वेल्स=GB-WLS; नॉर्दर्न आयरलैंड=GB-NIR
territory | {} की राजधानी क्या है वो ब्रिटिश वाला द्वीप | एंगुइला=AI; बरमूडा=BM; मोंटसेराट=MS
territory | {} की राजधानी बताओ अमेरिका वाला | अमेरिकन समोआ=AS; गुआम द्वीप=GU; प्यूर्टो रिको=PR
territory | ऑस्ट्रेलिया के पास वाला {} उसकी राजधानी | कोकोस आइलैंड्स=CC; क्रिसमस आइलैंड=CX; नॉरफ़ॉक आइलैंड=NF
territory | {} की कैपिटल कौन सी है | फ़ॉकलैंड आइलैंड्स=FK; जिब्राल्टर=GI; साउथ जॉर्जिया आइलैंड=GS
territory | {} की राजधानी है भी या नहीं | बूवे आइलैंड=BV; हर्ड आइलैंड=HM; अमेरिका के माइनर आउटलाइंग आइलैंड्स=UM
territory | जहाज़ {} से गुज़रा उसकी राजधानी क्या है | डिएगो गार्सिया वाला ब्रिटिश इंडियन ओशन टेरिटरी=IO; केमैन आइलैंड्स=KY; नॉर्दर्न मरियाना आइलैंड्स=MP
territory | {} की राजधानी बताओ ब्रिटेन वाला | पिटकेर्न आइलैंड्स=PN; सेंट हेलेना द्वीप=SH; टर्क्स एंड कैकोस=TC
territory | {} की राजधानी क्या है फ्रांस वाला | फ़्रेंच सदर्न टेरिटरीज़=TF; वालिस एंड फ़ुटूना=WF; सेंट पियरे एंड मिकेलॉन=PM
territory | न्यूज़ीलैंड वाला {} उसकी राजधानी | टोकेलाऊ=TK; कुक आइलैंड्स=CK; नियू द्वीप=NU
territory | {} की राजधानी कौन सी है वर्जिन आइलैंड्स वाली | ब्रिटिश वर्जिन आइलैंड्स=VG; अमेरिकन वर्जिन आइलैंड्स=VI
territory | नीदरलैंड वाला {} उसकी राजधानी क्या है | अरूबा द्वीप=AW; कुराकाओ=CW; बोनेयर वाला कैरेबियन नीदरलैंड्स=BQ
territory | डेनमार्क वाला {} उसकी राजधानी बताओ | ग्रीनलैंड=GL; फ़रो आइलैंड्स=FO
territory | स्कैंडिनेविया वाला {} उसकी कैपिटल क्या है | ऑलैंड आइलैंड्स=AX; स्वालबार्ड=SJ
territory | फ्रांस का {} उसकी राजधानी कौन सी है | फ़्रेंच पोलिनेशिया=PF; सेंट बार्थ=BL; फ़्रेंच गयाना=GF
territory | फ्रांस का समंदर पार वाला {} उसकी राजधानी | ग्वाडेलूप=GP; मार्टिनिक=MQ; रीयूनियन आइलैंड=RE
territory | {} की राजधानी क्या है | मायोट=YT; न्यू कैलेडोनिया=NC; सेंट मार्टिन फ्रेंच वाला=MF
territory | ब्रिटेन के पास वाला {} उसकी राजधानी बताओ | ग्वेर्नसी=GG; आइल ऑफ़ मैन=IM; जर्सी आइलैंड=JE
territory | चीन वाले {} की राजधानी है क्या | हॉन्गकॉन्ग=HK; मकाओ=MO
territory | {} की राजधानी कौन सी है | डच सिंट मार्टेन=SX; वेस्टर्न सहारा=EH; वैटिकन=VA
territory | अंटार्कटिका महाद्वीप की राजधानी है कोई | AQ
out-of-domain | भोपाल की बड़ी झील कितनी पुरानी है खां | FB
out-of-domain | भोपाल में आज पोहे का भाव क्या चल रहा है | FB
out-of-domain | ताज उल मसाजिद कब बनी थी बताओ | FB
out-of-domain | भोपाल रियासत की आख़िरी बेगम कौन थीं | FB
out-of-domain | नवाबों की भोपाल रियासत की राजधानी रायसेन थी क्या | FB
out-of-domain | भोपाल गैस कांड किस साल हुआ था | FB
out-of-domain | भोपाल से सांची कितने किलोमीटर है | FB
out-of-domain | सुरमा भोपाली वाली पिक्चर का नाम क्या है | FB
out-of-domain | रीवा के सफ़ेद शेर का नाम क्या था | FB
out-of-domain | बघेलखंड की राजधानी कौन सी थी पुराने ज़माने में | FB
out-of-domain | रीवा रियासत के महाराज कौन थे | FB
out-of-domain | चित्रकूट कितनी दूर है सतना से | FB
out-of-domain | मैहर वाली माता के दर्शन कब खुलते हैं | FB
out-of-domain | कोटा की कचौरी कहाँ सबसे अच्छी मिलती है | FB
out-of-domain | हाड़ौती की राजधानी कौन सी मानी जाती है | FB
out-of-domain | कोटा डोरिया साड़ी का भाव बताओ | FB
out-of-domain | चंबल में आज कितना पानी छोड़ा गया | FB
out-of-domain | बूंदी की बावड़ियां कितनी हैं | FB
out-of-domain | अंग प्रदेश की राजधानी चंपा थी ना | FB
out-of-domain | विक्रमशिला विश्वविद्यालय कहाँ था | FB
out-of-domain | भागलपुरी सिल्क कहाँ सस्ता मिलेगा | FB
out-of-domain | श्रावणी मेला कब से शुरू है सुल्तानगंज वाला | FB
out-of-domain | मुंगेर का किला किसने बनवाया था | FB
out-of-domain | बिहुला विषहरी की कथा सुनाओ | FB
out-of-domain | सिंध की राजधानी कराची है ना साईं | FB
out-of-domain | चेटी चंड कब है इस साल | FB
out-of-domain | सिंधी कढ़ी कैसे बनाते हैं | FB
out-of-domain | झूलेलाल का मंदिर कहाँ है उल्हासनगर में | FB
out-of-domain | मोहनजोदड़ो किस देश में है अभी | FB
out-of-domain | सिंधु घाटी सभ्यता की राजधानी कौन सी थी | FB
out-of-domain | डल झील में शिकारा कितने का है | FB
out-of-domain | कश्मीर घाटी की अलग राजधानी है क्या जनाब | FB
out-of-domain | वाज़वान में कितने पकवान होते हैं | FB
out-of-domain | गुलमर्ग में बर्फ़ गिरी आज | FB
out-of-domain | कहवा कैसे बनाते हैं बताओ | FB
out-of-domain | डोगरा राज की सर्दियों वाली राजधानी कौन सी थी | FB
out-of-domain | मरीज़ का बीपी कितना होना चाहिए | FB
out-of-domain | पैरासिटामोल कितने घंटे में दे सकते हैं | FB
out-of-domain | मेरी नाइट शिफ्ट कब ख़त्म होगी | FB
out-of-domain | सुबह छह बजे का अलार्म लगा दो | FB
out-of-domain | नर्सिंग काउंसिल का रिज़ल्ट कब आएगा | FB
out-of-domain | आईसीयू में कौन सा गाना चला सकते हैं धीरे से | FB
out-of-domain | आज गेहूं का भाव क्या है मंडी में | FB
out-of-domain | कल बारिश होगी क्या हमारे गाँव में | FB
out-of-domain | पीएम किसान की किस्त कब आएगी | FB
out-of-domain | यूरिया की बोरी कितने की है | FB
out-of-domain | सोयाबीन की राजधानी किसे कहते हैं | FB
out-of-domain | मंडी का टाइम क्या है आज | FB
out-of-domain | समुद्र में आज हवा कितनी तेज़ है | FB
out-of-domain | सिंगापुर से रॉटरडैम कितने दिन का सफ़र है | FB
out-of-domain | घर पे वीडियो कॉल लगाओ | FB
out-of-domain | नॉटिकल माइल कितने किलोमीटर का होता है | FB
out-of-domain | जहाज़ का कॉन्ट्रैक्ट कितने महीने का होता है | FB
out-of-domain | स्वेज़ नहर किस देश में है | FB
out-of-domain | तंबोला के नंबर बोलो एक से नब्बे तक | FB
out-of-domain | किटी पार्टी के लिए कोई गेम बताओ | FB
out-of-domain | पनीर टिक्का की रेसिपी बताओ | FB
out-of-domain | सास बहू वाला सीरियल कितने बजे आता है | FB
out-of-domain | आज सोने का भाव क्या है | FB
out-of-domain | मेहंदी के नए डिज़ाइन बताओ | FB
out-of-domain | रूम नंबर दो सौ चार में तौलिया भिजवा दो | FB
out-of-domain | चेक आउट टाइम क्या है | FB
out-of-domain | एयरपोर्ट की टैक्सी बुक कर दो | FB
out-of-domain | डॉलर का रेट आज क्या है | FB
out-of-domain | लंदन में अभी कितने बजे हैं | FB
out-of-domain | गेस्ट को कौन सी वेज डिश रिकमेंड करें | FB
out-of-domain | कैपिटल लेटर में नाम कैसे लिखते हैं | FB
out-of-domain | कैपिटल पनिशमेंट का मतलब क्या है | FB
out-of-domain | शेयर कैपिटल किसे कहते हैं | FB
out-of-domain | वर्किंग कैपिटल लोन चाहिए किसान के लिए | FB
out-of-domain | राजधानी एक्सप्रेस भोपाल कितने बजे पहुँचती है | FB
out-of-domain | राजधानी ट्रेन का किराया बताओ दिल्ली तक | FB
out-of-domain | कोटा को कोचिंग की राजधानी क्यों कहते हैं | FB
out-of-domain | इंदौर को सफ़ाई की राजधानी कहते हैं क्या | FB
out-of-domain | भारत की आर्थिक राजधानी कौन सी है | FB
out-of-domain | दुनिया की फ़ैशन कैपिटल कौन सी है | FB
out-of-domain | सूरत को डायमंड कैपिटल क्यों कहते हैं | FB
out-of-domain | झीलों की नगरी किसे कहते हैं | FB
out-of-domain | यूरोप की राजधानी कौन सी है | FB
out-of-domain | अफ़्रीका महाद्वीप की राजधानी बताओ | FB
out-of-domain | एशिया की राजधानी क्या है | FB
out-of-domain | यूरोपियन यूनियन का हेडक्वार्टर कहाँ है | FB
out-of-domain | संयुक्त राष्ट्र की राजधानी कौन सी है | FB
out-of-domain | मुग़ल साम्राज्य की राजधानी आगरा थी या दिल्ली | FB
out-of-domain | मौर्य साम्राज्य की राजधानी पाटलिपुत्र ही थी ना | FB
out-of-domain | सोवियत संघ की राजधानी कौन सी थी | FB
out-of-domain | यूगोस्लाविया की राजधानी क्या थी | FB
out-of-domain | पूर्वी जर्मनी की राजधानी कौन सी थी | FB
out-of-domain | अवध की राजधानी फ़ैज़ाबाद से लखनऊ कब गई | FB
out-of-domain | होल्कर राज्य की राजधानी महेश्वर थी क्या | FB
out-of-domain | बर्मा जब भारत में था तब राजधानी कौन सी थी | FB
out-of-domain | बंगाल प्रेसीडेंसी की राजधानी बताओ | FB
out-of-domain | विजयनगर साम्राज्य की राजधानी हम्पी थी | FB
out-of-domain | कश्मीर रियासत के राजा कौन थे | FB
out-of-domain | बलूचिस्तान की राजधानी क्वेटा है क्या | FB
out-of-domain | गिलगित बाल्टिस्तान की राजधानी बताओ | FB
out-of-domain | पाक अधिकृत कश्मीर की राजधानी कौन सी है | FB
out-of-domain | तिब्बत की राजधानी ल्हासा बताओ | FB
out-of-domain | कैटालोनिया की राजधानी बार्सिलोना है ना | FB
out-of-domain | साइबेरिया की राजधानी कौन सी है | FB
out-of-domain | कैलिफ़ोर्निया की सिलिकॉन वैली की राजधानी | FB
out-of-domain | बघेलखंड राज्य बनेगा तो राजधानी रीवा होगी क्या | FB
out-of-domain | विंध्य प्रदेश की राजधानी रीवा थी ना | FB
out-of-domain | मिथिला की राजधानी कौन सी है | FB
out-of-domain | बुंदेलखंड राज्य की राजधानी झांसी होगी | FB
out-of-domain | कच्छ की राजधानी भुज है क्या | FB
out-of-domain | हैदराबाद दक्कन वाली रियासत की राजधानी | FB
out-of-domain | वकांडा की राजधानी कौन सी है | FB
out-of-domain | नार्निया की राजधानी बताओ | FB
out-of-domain | हैरी पॉटर वाली दुनिया की राजधानी | FB
out-of-domain | लंका की राजधानी रावण वाली सोने की लंका | FB
out-of-domain | अयोध्या राम जी के ज़माने में किसकी राजधानी थी | FB
out-of-domain | इंद्रलोक की राजधानी अमरावती है क्या | FB
out-of-domain | पाताल लोक की राजधानी कौन सी है | FB
out-of-domain | चाँद पे कोई राजधानी है क्या | FB
out-of-domain | मंगल ग्रह की राजधानी बताओ | FB
out-of-domain | भारत की जनसंख्या कितनी है अभी | FB
out-of-domain | जापान में कौन सी भाषा बोलते हैं | FB
out-of-domain | रूस का झंडा किस रंग का है | FB
out-of-domain | दुनिया में कितने देश हैं | FB
out-of-domain | सबसे बड़ा देश कौन सा है | FB
out-of-domain | नेपाल जाने के लिए वीज़ा चाहिए क्या | FB
out-of-domain | दुबई की करेंसी क्या है | FB
out-of-domain | कनाडा का प्रधानमंत्री कौन है | FB
out-of-domain | श्रीलंका कितना दूर है चेन्नई से | FB
out-of-domain | अमेरिका में कितने राज्य हैं | FB
out-of-domain | इंदौर किस चीज़ की राजधानी है | FB
out-of-domain | कोटा किसकी राजधानी है | FB
out-of-domain | भागलपुर किस राज्य की राजधानी है | FB
out-of-domain | उल्हासनगर किसकी राजधानी है | FB
out-of-domain | सतना की राजधानी क्या है | FB
out-of-domain | अनंतनाग ज़िले की राजधानी बताओ | FB
out-of-domain | राजधानी शब्द की अंग्रेज़ी क्या है | FB
out-of-domain | राजधानी का मतलब समझाओ बच्चों को | FB
out-of-domain | राजधानी शब्द कहाँ से आया | FB
out-of-domain | पंखा बंद कर दो बेडरूम का | FB
out-of-domain | लाइट धीमी कर दो | FB
out-of-domain | मोहम्मद रफ़ी के गाने बजाओ | FB
out-of-domain | कोई सिंधी भजन लगाओ | FB
out-of-domain | हब्बा ख़ातून के गीत बजाओ | FB
out-of-domain | रेडियो मिर्ची चलाओ | FB
out-of-domain | आज की ताज़ा ख़बरें सुनाओ | FB
out-of-domain | क्रिकेट का स्कोर क्या है | FB
out-of-domain | मेरी दवाई का रिमाइंडर लगा दो रात नौ बजे | FB
out-of-domain | एक चुटकुला सुनाओ | FB
out-of-domain | शॉपिंग लिस्ट में दूध जोड़ दो | FB
out-of-domain | टीवी चालू करो | FB
out-of-domain | पचास को सात से गुणा करो | FB
out-of-domain | आज कौन सी तारीख़ है हिजरी में | FB
out-of-domain | रमज़ान कब से शुरू है | FB
out-of-domain | दीवाली कब है इस बार | FB
out-of-domain | कल का पंचांग बताओ | FB
out-of-domain | सबसे ठंडी राजधानी कौन सी है दुनिया में | FB
out-of-domain | सबसे पुरानी राजधानी कौन सी है | FB
out-of-domain | कितनी राजधानियाँ समंदर किनारे हैं | FB
out-of-domain | राजधानी बदलने में कितना ख़र्चा आता है | FB
out-of-domain | दिल्ली को राजधानी कब बनाया अंग्रेज़ों ने | FB
out-of-domain | अमरावती आंध्रा की राजधानी कब तक बनेगी | FB
out-of-domain | राजधानी क्षेत्र में कितने ज़िले हैं | FB
out-of-domain | मुझे नींद नहीं आ रही कुछ सुनाओ | FB
out-of-domain | तुम शादीशुदा हो क्या एलेक्सा | FB
out-of-domain | तुम्हें कश्मीरी आती है | FB
out-of-domain | मेरा फ़ोन ढूंढो | FB
out-of-domain | कोटा से जयपुर की बस कब है | FB
out-of-domain | भोपाल का मौसम बताओ | FB
out-of-domain | अमेज़न से मेरा ऑर्डर कहाँ पहुँचा | FB
help | खां ये कैसे चलता है समझाओ तो | HELP
help | अपन को समझ नहीं आया इसमें क्या पूछें | HELP
help | हओ भाई मदद करो इसमें कैसे पूछना है | HELP
help | का पूछी इहमा बताबा भइया | HELP
help | हमका समझ नहीं आवत कइसे चलाई | HELP
help | मदद करा भइया कउन सवाल पूछी | HELP
help | इमें कांई कांई पूछ सकां छां बताओ सा | HELP
help | म्हने मदद चाहिए सा ये कियां चालै | HELP
help | हमरा मदद करी दहो की पूछबै | HELP
help | ई कैसें चलै छै समझाय दहो | HELP
help | साईं मदद करो मुझे समझ नहीं आ रहा | HELP
help | अड़े इसमें क्या क्या पूछ सकते हैं बताओ | HELP
help | जनाब मदद चाहिए ये कैसे काम करता है | HELP
help | हम को समझ नहीं आ रहा क्या बोलना है | HELP
help | सिस्टर को बताना है इसमें क्या पूछें हेल्प करो | HELP
help | डॉक्टर साहब के लिए बताओ ये स्किल क्या करती है | HELP
help | किसान आदमी हूँ समझाओ कैसे पूछूँ | HELP
help | कौन कौन से देश पूछ सकते हैं इसमें | HELP
help | जहाज़ पे नया हूँ इसको कैसे यूज़ करूँ | HELP
help | इसमें राज्यों की राजधानी भी पूछ सकते हैं क्या बताओ कैसे | HELP
help | किटी में सबको समझाना है ये गेम कैसे खेलें | HELP
help | भाभी जी पूछ रही हैं इसमें क्या क्या होता है | HELP
help | गेस्ट को बताना है ये कैसे काम करता है हेल्प | HELP
help | रिसेप्शन पे हेल्प चाहिए इस स्किल की | HELP
help | कुछ उदाहरण दो क्या पूछूँ | HELP
help | मैं क्या बोलूँ कि तुम राजधानी बताओ | HELP
help | इस्तेमाल करने का तरीका बताओ | HELP
help | शुरू से समझाओ ज़रा धीरे से | HELP
help | निर्देश सुनाओ | HELP
help | मुझे गाइड करो इसमें | HELP
help | बुधाइ साईं छा पुछां | HELP
help | समझ नहीं आ रहा मदद कीजिए | HELP
help | ओ एलेक्सा मदद करो ना प्लीज़ | HELP
help | सहायता चाहिए इसको चलाने में | HELP
stop | बस करो खां अब | STOP
stop | हओ बंद करो अब | STOP
stop | चुप हो जाओ मियाँ | STOP
stop | बंद करा भइया | STOP
stop | अब चुप रहा | STOP
stop | बस होइगा बंद करा | STOP
stop | बंद कर दो सा | STOP
stop | चुप हो जाओ सा घणो होग्यो | STOP
stop | बंद करी दहो | STOP
stop | चुप रहो अब बस | STOP
stop | बस करो साईं बंद करो | STOP
stop | अड़े बंद कर | STOP
stop | बंद करो जनाब | STOP
stop | बस करो हम को सोना है | STOP
stop | मरीज़ सो रहे हैं बंद करो | STOP
stop | वार्ड में शोर मत करो चुप | STOP
stop | बंद करो अब खेत जाना है | STOP
stop | चुप हो जा भाई | STOP
stop | वॉच पे जाना है बंद करो | STOP
stop | स्टॉप करो अब | STOP
stop | क्विट करो ये | STOP
stop | किटी ख़त्म बंद कर दो | STOP
stop | बहुत हो गया बंद करो | STOP
stop | गेस्ट आ गए चुप हो जाओ | STOP
stop | एक्ज़िट करो | STOP
stop | बोलना बंद करो | STOP
stop | आवाज़ बंद करो | STOP
stop | रुक जाओ बस | STOP
stop | ख़त्म करो अब | STOP
stop | अब नहीं खेलना बंद करो | STOP
stop | शांत हो जाओ एलेक्सा | STOP
stop | ओ हो चुप भी करो | STOP
stop | बस बस बंद | STOP
stop | स्किल बंद कर दो | STOP
cancel | रहने दो खां | CANCEL
cancel | कोई बात नहीं मियाँ छोड़ो | CANCEL
cancel | रहे देया भइया | CANCEL
cancel | छोड़ा जाय देया | CANCEL
cancel | रहबा दो सा | CANCEL
cancel | कोई बात कोनी छोड़ो | CANCEL
cancel | रहे दहो छोड़ी दहो | CANCEL
cancel | जाय दहो कोनो बात नै | CANCEL
cancel | छड्डो साईं रहने दो | CANCEL
cancel | अड़े रहने दे | CANCEL
cancel | छोड़ो जनाब कोई बात नहीं | CANCEL
cancel | रहने दो हम बाद में पूछेगा | CANCEL
cancel | कैंसल करो ये सवाल | CANCEL
cancel | रद्द करो | CANCEL
cancel | भूल जाओ जो पूछा | CANCEL
cancel | नेवर माइंड | CANCEL
cancel | फ़ॉरगेट इट एलेक्सा | CANCEL
cancel | रहने दो पेशेंट बुला रहा है | CANCEL
cancel | छोड़ो मंडी का टाइम हो गया | CANCEL
cancel | रहने दो कैप्टन ने बुलाया | CANCEL
cancel | कैंसल कर दो भाभी जी आ गईं | CANCEL
cancel | रहने दीजिए गेस्ट आ गए | CANCEL
cancel | जाने दो कोई बात नहीं | CANCEL
cancel | वो सवाल रहने दो | CANCEL
cancel | मत बताओ छोड़ दो | CANCEL
cancel | कुछ नहीं रहने दो | CANCEL
cancel | ग़लती से पूछ लिया रहने दो | CANCEL
cancel | अभी नहीं चाहिए रहने दो | CANCEL
cancel | छोड़ दो उसको | CANCEL
cancel | कैंसल | CANCEL
cancel | भूल जा भाई | CANCEL
cancel | रहने दो बाद में देखेंगे | CANCEL
cancel | कोई ज़रूरत नहीं रहने दो | CANCEL
cancel | जाने दीजिए साहब | CANCEL
launch | दुनिया की राजधानियाँ खोलो खां | LAUNCH
launch | हओ दुनिया की राजधानियाँ चालू करो | LAUNCH
launch | दुनिया की राजधानियाँ खोल देया भइया | LAUNCH
launch | दुनिया की राजधानियाँ चलाय देया | LAUNCH
launch | दुनिया की राजधानियाँ खोलो सा | LAUNCH
launch | दुनिया की राजधानियाँ चालू कर दो सा | LAUNCH
launch | दुनिया की राजधानियाँ खोली दहो | LAUNCH
launch | दुनिया की राजधानियाँ शुरू करी दहो | LAUNCH
launch | साईं दुनिया की राजधानियाँ खोलो | LAUNCH
launch | अड़े दुनिया की राजधानियाँ शुरू कर | LAUNCH
launch | जनाब दुनिया की राजधानियाँ खोलो | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ ओपन करो ना | LAUNCH
launch | नाइट ड्यूटी है दुनिया की राजधानियाँ खोलो | LAUNCH
launch | दुनिया की राजधानियाँ चलाओ टाइम पास करना है | LAUNCH
launch | दुनिया की राजधानियाँ शुरू करो किसान भाइयों के लिए | LAUNCH
launch | चौपाल पे दुनिया की राजधानियाँ चला दो | LAUNCH
launch | दुनिया की राजधानियाँ स्टार्ट करो | LAUNCH
launch | केबिन में हूँ दुनिया की राजधानियाँ खोलो | LAUNCH
launch | किटी के लिए दुनिया की राजधानियाँ खोलो | LAUNCH
launch | दुनिया की राजधानियाँ लगा दो भाभी जी के लिए | LAUNCH
launch | लॉबी में दुनिया की राजधानियाँ चला दो | LAUNCH
launch | गेस्ट के लिए दुनिया की राजधानियाँ ओपन कर दीजिए | LAUNCH
launch | दुनिया की राजधानियाँ खोलिए | LAUNCH
launch | कृपया दुनिया की राजधानियाँ शुरू करें | LAUNCH
launch | दुनिया की राजधानियाँ को खोलो | LAUNCH
launch | दुनिया की राजधानियाँ शुरू कीजिए प्लीज़ | LAUNCH
launch | दुनिया की राजधानियाँ चालू करो ज़रा | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ से पूछो | LAUNCH
launch | दुनिया की राजधानियाँ फिर से खोलो | LAUNCH
launch | दुनिया की राजधानियाँ वाली स्किल खोलो | LAUNCH
follow-up | और अफ़ग़ानिस्तान की खां | AF
follow-up | अच्छा फिर ईरान की | IR
follow-up | और इराक़ के बारे में बताओ | IQ
follow-up | हओ और तुर्की की | TR
follow-up | अउर नेपाल केर | NP
follow-up | फेर भूटान केर का आय | BT
follow-up | और चीन की सा | CN
follow-up | अर जापान की कांई छै | JP
follow-up | आरो बांग्लादेश के | BD
follow-up | आरो म्यांमार के की छै | MM
follow-up | ऐं और पाकिस्तान जी | PK
follow-up | पोइ दुबई वाले देश की | AE
follow-up | और उज़्बेकिस्तान का जनाब | UZ
follow-up | फिर ताजिकिस्तान का क्या है | TJ
follow-up | और केरल की | IN-KL
follow-up | अच्छा अब मिज़ोरम की बताओ | IN-MZ
follow-up | और पंजाब का | IN-PB
follow-up | उसके बाद हरियाणा | IN-HR
follow-up | अब नॉर्वे बताओ | NO
follow-up | और पनामा की भी | PA
follow-up | फिर ग्रीस की क्या है | GR
follow-up | और इटली की कैपिटल | IT
follow-up | अगला केन्या | KE
follow-up | और तंज़ानिया | TZ
follow-up | अच्छा और थाईलैंड का | TH
follow-up | फिर वियतनाम | VN
follow-up | और मालदीव की | MV
follow-up | फिर सेशेल्स की बताना | SC
follow-up | और बिहार की | IN-BR
follow-up | फिर झारखंड का क्या | IN-JH
follow-up | अच्छा और ओडिशा | IN-OD
follow-up | और टेक्सास वाले स्टेट की | US-TX
follow-up | अब फ्लोरिडा की बताओ | US-FL
follow-up | और ओंटारियो का क्या है | CA-ON
follow-up | और स्पेन की भी बताओ | ES
follow-up | ठीक है और पुर्तगाल | PT
follow-up | इसके बाद बेल्जियम | BE
follow-up | और डेनमार्क उसकी | DK
follow-up | और मलेशिया की एक वाली | MY
follow-up | और सऊदी की | SA
follow-up | अब ओमान की बारी | OM
follow-up | और क़तर का भी | QA
plural-capitals | साउथ अफ्रीका की तीनों राजधानियाँ बताओ खां | ZA
plural-capitals | दक्षिण अफ़्रीका केर तीनों राजधानी का आय | ZA
plural-capitals | साउथ अफ्रीका की तीन राजधानी कांई कांई छै | ZA
plural-capitals | दक्षिण अफ्रीका के तीनो राजधानी बताबो | ZA
plural-capitals | साउथ अफ्रीका जी टे राजधानियूं कहिड़ियूं आहिन | ZA
plural-capitals | साउथ अफ्रीका की सारी राजधानियाँ किटी का सवाल है | ZA
plural-capitals | नीदरलैंड की दोनों राजधानियाँ बताओ मियाँ | NL
plural-capitals | हॉलैंड केर दुइनौ राजधानी का आय | NL
plural-capitals | नीदरलैंड की दोनों राजधानी कांई छै | NL
plural-capitals | नीदरलैंड्स के दोनों कैपिटल कौन से हैं जहाज़ वहाँ जा रहा | NL
plural-capitals | नीदरलैंड की सभी राजधानियाँ | NL
plural-capitals | बोलीविया की दोनों राजधानियाँ बताओ | BO
plural-capitals | बोलिविया केर दुइ राजधानी | BO
plural-capitals | बोलीविया की दोनों कैपिटल ला पाज़ और कोई और | BO
plural-capitals | बोलीविया के दूनो राजधानी की छै | BO
plural-capitals | बोलीविया की राजधानियाँ कौन कौन सी हैं | BO
plural-capitals | श्रीलंका की दोनों राजधानियाँ कौन सी हैं | LK
plural-capitals | श्रीलंका की दोई राजधानी कांई छै सा | LK
plural-capitals | श्रीलंका के दूनो राजधानी बताबो | LK
plural-capitals | श्रीलंका की दोनों कैपिटल बताओ कोलंबो के अलावा वाली भी | LK
plural-capitals | श्रीलंका जूं बई राजधानियूं बुधाइ | LK
plural-capitals | मलेशिया की दोनों राजधानियाँ बताओ | MY
plural-capitals | मलेशिया केर दुइ राजधानी कउन आय | MY
plural-capitals | मलेशिया की दोनों कैपिटल कौन सी हैं जहाज़ पोर्ट क्लांग पे है | MY
plural-capitals | मलेशिया के दूनो राजधानी | MY
plural-capitals | बेनिन की दोनों राजधानियाँ क्या हैं | BJ
plural-capitals | बेनिन देश की दो राजधानियाँ बताओ | BJ
plural-capitals | बेनिन की राजधानियाँ कौन सी हैं साईं | BJ
plural-capitals | बेनिन के दोनों कैपिटल बताओ जनाब | BJ
plural-capitals | आइवरी कोस्ट की दोनों राजधानियाँ बताओ | CI
plural-capitals | कोट डी आइवर की दो राजधानी कौन सी हैं | CI
plural-capitals | आइवरी कोस्ट के दुइनौ राजधानी का आय | CI
plural-capitals | आइवरी कोस्ट की राजधानियाँ अबिजान और कौन | CI
plural-capitals | स्वाज़ीलैंड की दोनों राजधानियाँ बताओ | SZ
plural-capitals | एस्वातिनी की दो राजधानियाँ कौन सी हैं | SZ
plural-capitals | इस्वातिनी के दूनो राजधानी की छै | SZ
plural-capitals | एस्वातिनी देश की सारी राजधानी बताओ जनाब | SZ
plural-capitals | फ़िलिस्तीन की दोनों राजधानियाँ बताओ | PS
plural-capitals | फ़लस्तीन की दो राजधानी कौन सी हैं जनाब | PS
plural-capitals | पैलेस्टाइन केर दुइ राजधानी का आय | PS
plural-capitals | फ़िलिस्तीन की राजधानियाँ कांई कांई छै | PS
plural-capitals | फ़लस्तीन के दोनों कैपिटल बताओ मियाँ | PS
plural-capitals | उत्तराखंड की दोनों राजधानियाँ बताओ | IN-UK
plural-capitals | उत्तराखंड की गर्मी और सर्दी वाली दोनों राजधानी | IN-UK
plural-capitals | जम्मू कश्मीर की दोनों राजधानियाँ बताओ जनाब | IN-JK
plural-capitals | जम्मू कश्मीर की गर्मियों और सर्दियों की राजधानी | IN-JK
plural-capitals | मोंटसेराट की दोनों राजधानियाँ | MS
plural-capitals | भारत और नेपाल दोनों की राजधानी बताओ | IN+NP
plural-capitals | पाकिस्तान और अफ़ग़ानिस्तान की राजधानियाँ | AF+PK
plural-capitals | एमपी और छत्तीसगढ़ दोनों की राजधानी | IN-CG+IN-MP
plural-capitals | राजस्थान और एमपी की राजधानी बताओ सा | IN-MP+IN-RJ
plural-capitals | बिहार और बंगाल के राजधानी की छै | IN-BR+IN-WB
plural-capitals | जापान और चीन की कैपिटल बताओ | CN+JP
plural-capitals | उत्तर और दक्षिण कोरिया दोनों की राजधानी | KP+KR
plural-capitals | सिंगापुर और मलेशिया की राजधानियाँ बताओ | MY+SG
plural-capitals | नॉर्वे स्वीडन और फ़िनलैंड की राजधानी | FI+NO+SE
plural-capitals | अर्जेंटीना और ब्राज़ील दोनों की राजधानी | AR+BR
plural-capitals | यूएई और सऊदी की राजधानियाँ क्या हैं | AE+SA
plural-capitals | केरल और तमिलनाडु की राजधानी बताओ | IN-KL+IN-TN
yes-no-check | एमपी की राजधानी भोपाल ही है ना खां | IN-MP
yes-no-check | मध्य प्रदेश की राजधानी इंदौर है क्या | IN-MP
yes-no-check | एमपी केर राजधानी रीवा आय का | IN-MP
yes-no-check | राजस्थान की राजधानी कोटा छै कांई | IN-RJ
yes-no-check | राजस्थान की राजधानी जोधपुर है या जयपुर | IN-RJ
yes-no-check | बिहार के राजधानी भागलपुर छै की | IN-BR
yes-no-check | महाराष्ट्र की राजधानी नागपुर है क्या साईं | IN-MH
yes-no-check | गुजरात की राजधानी कच्छ में भुज है ना | IN-GJ
yes-no-check | जम्मू कश्मीर की राजधानी अनंतनाग है क्या जनाब | IN-JK
yes-no-check | लद्दाख की राजधानी कारगिल है ना | IN-LA
yes-no-check | असम की राजधानी गुवाहाटी ही है ना | IN-AS
yes-no-check | उत्तर प्रदेश की राजधानी इलाहाबाद थी ना | IN-UP
yes-no-check | केरल की राजधानी कोच्चि है क्या | IN-KL
yes-no-check | आंध्रा की राजधानी अभी भी हैदराबाद है क्या | IN-AP
yes-no-check | छत्तीसगढ़ की राजधानी बिलासपुर है | IN-CG
yes-no-check | तुर्की की राजधानी इस्तांबुल है ना | TR
yes-no-check | ऑस्ट्रेलिया की राजधानी सिडनी ही है ना | AU
yes-no-check | कनाडा की राजधानी टोरंटो है क्या | CA
yes-no-check | अमेरिका की राजधानी न्यूयॉर्क है ना | US
yes-no-check | ब्राज़ील की राजधानी रियो है क्या | BR
yes-no-check | पाकिस्तान की राजधानी कराची है कि इस्लामाबाद | PK
yes-no-check | सऊदी की राजधानी जेद्दा है ना | SA
yes-no-check | यूएई की राजधानी दुबई है क्या | AE
yes-no-check | नाइजीरिया की राजधानी लागोस है ना | NG
yes-no-check | म्यांमार की राजधानी रंगून है ना | MM
yes-no-check | स्विट्ज़रलैंड की राजधानी ज्यूरिख है क्या | CH
yes-no-check | न्यूज़ीलैंड की राजधानी ऑकलैंड है ना | NZ
yes-no-check | मोरक्को की राजधानी कैसाब्लांका है क्या | MA
yes-no-check | वियतनाम की राजधानी हो ची मिन्ह है ना | VN
yes-no-check | कज़ाख़िस्तान की राजधानी अल्माटी है ना | KZ
yes-no-check | तंज़ानिया की राजधानी दार ए सलाम है क्या | TZ
yes-no-check | इटली की राजधानी मिलान है क्या | IT
yes-no-check | चीन की राजधानी शंघाई है ना | CN
yes-no-check | स्कॉटलैंड की राजधानी ग्लासगो है क्या | GB-SCT
yes-no-check | कैलिफोर्निया की राजधानी लॉस एंजेलिस है ना | US-CA
yes-no-check | टेक्सास की राजधानी ह्यूस्टन है क्या | US-TX
yes-no-check | न्यूयॉर्क स्टेट की राजधानी न्यूयॉर्क सिटी है ना | US-NY
yes-no-check | बवेरिया की राजधानी म्यूनिख है ना | DE-BY
yes-no-check | क्यूबेक की राजधानी मॉन्ट्रियल है क्या | CA-QC
yes-no-check | श्रीलंका की राजधानी कोलंबो ही है ना | LK
yes-no-check | भूटान की राजधानी पारो है क्या | BT
yes-no-check | नेपाल की राजधानी पोखरा है ना | NP
yes-no-check | कैमरून की राजधानी डुआला है क्या | CM
yes-no-check | इक्वाडोर की राजधानी ग्वायाकिल है ना | EC
yes-no-check | बोलीविया की राजधानी सिर्फ़ ला पाज़ है क्या | BO
self-correction | ईरान की नहीं इराक़ की राजधानी बताओ खां | IQ
self-correction | ऑस्ट्रिया की अरे नहीं ऑस्ट्रेलिया की राजधानी | AU
self-correction | स्लोवाकिया की माफ़ करना स्लोवेनिया की राजधानी | SI
self-correction | नाइजर की नहीं नाइजीरिया केर राजधानी | NG
self-correction | गिनी की नहीं गिनी बिसाऊ की राजधानी | GW
self-correction | स्वीडन की अरे स्विट्ज़रलैंड की राजधानी कांई छै | CH
self-correction | कोलंबिया नहीं कोलंबो मतलब श्रीलंका की राजधानी | LK
self-correction | मॉरीशस की नहीं मॉरिटानिया की राजधानी | MR
self-correction | लातविया नहीं लिथुआनिया की राजधानी बताबो | LT
self-correction | सूडान की नहीं साउथ सूडान की राजधानी | SS
self-correction | मालदीव अरे नहीं माली की राजधानी | ML
self-correction | डोमिनिका नहीं डोमिनिकन रिपब्लिक की राजधानी | DO
self-correction | पराग्वे की नहीं उरुग्वे की राजधानी बताओ साईं | UY
self-correction | हंगरी की ओह सॉरी बुल्गारिया की राजधानी | BG
self-correction | आर्मेनिया की नहीं अल्बानिया की राजधानी जनाब | AL
self-correction | ज़ाम्बिया की नहीं ज़िम्बाब्वे की राजधानी | ZW
self-correction | ट्यूनीशिया नहीं तंज़ानिया की | TZ
self-correction | ऑस्ट्रेलिया की नहीं ऑस्ट्रिया की कैपिटल बताओ | AT
self-correction | मणिपुर की नहीं मिज़ोरम की राजधानी | IN-MZ
self-correction | मेघालय की अरे नहीं मणिपुर की राजधानी | IN-MN
self-correction | हिमाचल नहीं उत्तराखंड की राजधानी बताओ | IN-UK
self-correction | बिहार की नहीं झारखंड के राजधानी की छै | IN-JH
self-correction | छत्तीसगढ़ की नहीं एमपी केर राजधानी | IN-MP
self-correction | राजस्थान नहीं गुजरात की राजधानी सा | IN-GJ
self-correction | तमिलनाडु की नहीं केरल की राजधानी | IN-KL
self-correction | आयोवा नहीं ओहायो की राजधानी | US-OH
self-correction | वर्जीनिया नहीं वेस्ट वर्जीनिया की राजधानी | US-WV
self-correction | नॉर्थ कैरोलिना की नहीं साउथ कैरोलिना की | US-SC
self-correction | ऑस्ट्रिया नहीं जर्मनी मतलब जर्मनी की राजधानी | DE
self-correction | चेक की नहीं स्लोवाकिया की राजधानी | SK
self-correction | इंडोनेशिया नहीं मलेशिया की एक राजधानी बताओ | MY
self-correction | उम्म ताइवान की नहीं थाईलैंड की राजधानी | TH
self-correction | नेपाल की नहीं नहीं भूटान की राजधानी | BT
self-correction | सर्बिया की ना ना साइबेरिया नहीं सर्बिया की ही राजधानी | RS
self-correction | पेरू की अरे नहीं पनामा की राजधानी | PA
self-correction | ग्रेनेडा की नहीं गुयाना की राजधानी | GY
self-correction | लेबनान की नहीं लीबिया की राजधानी | LY
self-correction | क्रोएशिया की माफ़ कीजिए कोसोवो की राजधानी | XK
reverse-question | भोपाल किसकी राजधानी है खां | CITY:भोपाल
reverse-question | रीवा नहीं भोपाल मतलब भोपाल कउन राज्य केर राजधानी आय | CITY:भोपाल
reverse-question | जयपुर किस राज्य की राजधानी छै | CITY:जयपुर
reverse-question | पटना कोन राज्य के राजधानी छै | CITY:पटना
reverse-question | श्रीनगर किसकी राजधानी है जनाब | CITY:श्रीनगर
reverse-question | जम्मू कौन सी जगह की राजधानी है | CITY:जम्मू
reverse-question | लेह किसकी राजधानी है | CITY:लेह
reverse-question | चंडीगढ़ कौन कौन से राज्यों की राजधानी है | CITY:चंडीगढ़
reverse-question | रायपुर किसकी राजधानी है | CITY:रायपुर
reverse-question | रांची किस स्टेट की राजधानी है | CITY:रांची
reverse-question | दिसपुर किसकी कैपिटल है | CITY:दिसपुर
reverse-question | इम्फाल किस राज्य की राजधानी है | CITY:इंफाल
reverse-question | आइज़ोल कहाँ की राजधानी है | CITY:आइज़ोल
reverse-question | कोहिमा किसकी राजधानी है | CITY:कोहिमा
reverse-question | अगरतला किस राज्य की राजधानी है | CITY:अगरतला
reverse-question | गंगटोक किसकी राजधानी है | CITY:गंगटोक
reverse-question | ईटानगर कौन से प्रदेश की राजधानी है | CITY:ईटानगर
reverse-question | भुवनेश्वर किसकी राजधानी है | CITY:भुवनेश्वर
reverse-question | गांधीनगर किसकी राजधानी है | CITY:गांधीनगर
reverse-question | पणजी किस राज्य की राजधानी है | CITY:पणजी
reverse-question | तिरुवनंतपुरम किसकी राजधानी है | CITY:तिरुवनंतपुरम
reverse-question | देहरादून किसकी राजधानी है | CITY:देहरादून
reverse-question | गैरसैंण किसकी राजधानी है | CITY:गैरसैंण
reverse-question | शिमला किसकी राजधानी है | CITY:शिमला
reverse-question | कवरत्ती किसकी राजधानी है | CITY:कवरत्ती
reverse-question | पोर्ट ब्लेयर वाला श्री विजयपुरम किसकी राजधानी है | CITY:श्री विजय पुरम
reverse-question | दमन किसकी राजधानी है | CITY:दमन
reverse-question | काबुल किस मुल्क की राजधानी है | CITY:काबुल
reverse-question | तेहरान कौन से देश की राजधानी है | CITY:तेहरान
reverse-question | बग़दाद किसकी राजधानी है | CITY:बगदाद
reverse-question | ढाका किस देश की राजधानी है | CITY:ढाका
reverse-question | काठमांडू किसकी राजधानी है | CITY:काठमांडू
reverse-question | थिम्पू किस देश की राजधानी है | CITY:थिंपू
reverse-question | माले किसकी राजधानी है | CITY:माले
reverse-question | ताशकंद किस मुल्क की राजधानी है | CITY:ताशकंद
reverse-question | दुशांबे किसकी राजधानी है | CITY:दुशांबे
reverse-question | बिश्केक किस देश की कैपिटल है | CITY:बिश्केक
reverse-question | अश्गाबात किसकी राजधानी है | CITY:अश्गाबात
reverse-question | अस्ताना किस देश की राजधानी है | CITY:अस्ताना
reverse-question | रियाद किसकी राजधानी है | CITY:रियाद
reverse-question | मस्कट किस देश की राजधानी है | CITY:मस्कट
reverse-question | दोहा किसकी कैपिटल है | CITY:दोहा
reverse-question | मनामा किसकी राजधानी है | CITY:मनामा
reverse-question | अबू धाबी किसकी राजधानी है | CITY:अबू धाबी
reverse-question | अम्मान किस देश की राजधानी है | CITY:अम्मान
reverse-question | सना किस देश की राजधानी है | CITY:सना
reverse-question | नैरोबी किसकी राजधानी है | CITY:नैरोबी
reverse-question | अदीस अबाबा किस देश की राजधानी है | CITY:अदीस अबाबा
reverse-question | कंपाला किसकी राजधानी है | CITY:कंपाला
reverse-question | किगाली किस देश की कैपिटल है | CITY:किगाली
reverse-question | लुसाका किसकी राजधानी है | CITY:लुसाका
reverse-question | हरारे किस देश की राजधानी है | CITY:हरारे
reverse-question | मापुटो किसकी राजधानी है | CITY:मापुटो
reverse-question | अकरा किस देश की राजधानी है | CITY:एक्रा
reverse-question | डकार किसकी राजधानी है | CITY:डकार
reverse-question | अबुजा किस देश की राजधानी है | CITY:अबुजा
reverse-question | रबात किसकी राजधानी है | CITY:रबात
reverse-question | ट्यूनिस किस देश की राजधानी है | CITY:ट्यूनिस
reverse-question | ओस्लो किसकी राजधानी है | CITY:ओस्लो
reverse-question | हेलसिंकी किस देश की कैपिटल है | CITY:हेलसिंकी
reverse-question | लिस्बन किसकी राजधानी है | CITY:लिस्बन
reverse-question | वियना किस देश की राजधानी है | CITY:विएना
reverse-question | प्राग किसकी राजधानी है | CITY:प्राग
reverse-question | बुडापेस्ट किस देश की राजधानी है | CITY:बुडापेस्ट
reverse-question | बेलग्रेड किसकी राजधानी है | CITY:बेलग्रेड
reverse-question | कीव किस देश की राजधानी है | CITY:कीव
reverse-question | मिन्स्क किसकी राजधानी है | CITY:मिंस्क
reverse-question | रीगा किस देश की राजधानी है | CITY:रीगा
reverse-question | तालिन किसकी राजधानी है | CITY:तेलिन
reverse-question | लीमा किस देश की राजधानी है | CITY:लीमा
reverse-question | बोगोटा किसकी राजधानी है | CITY:बोगोटा
reverse-question | हवाना किस देश की राजधानी है | CITY:हवाना
reverse-question | सैंटियागो किसकी राजधानी है | CITY:सैंटियागो
reverse-question | मोंटेवीडियो किस देश की राजधानी है | CITY:मोंटेवीडियो
reverse-question | ओटावा किसकी राजधानी है | CITY:ओटावा
reverse-question | कैनबरा किसकी राजधानी है | CITY:कैनबरा
reverse-question | वेलिंगटन किस देश की राजधानी है | CITY:वेलिंगटन
reverse-question | सुवा किसकी राजधानी है | CITY:सुवा
reverse-question | विक्टोरिया किसकी राजधानी है | CITY:विक्टोरिया
reverse-question | किंग्सटन किसकी राजधानी है | CITY:किंग्स्टन
reverse-question | सेंट जॉन्स किसकी राजधानी है | CITY:सेंट जॉन्स
reverse-question | ला पाज़ कहाँ की राजधानी है | CITY:ला पाज़
reverse-question | ब्रासीलिया किसकी राजधानी है | CITY:ब्रासीलिया
reverse-question | सैक्रामेंटो किस स्टेट की राजधानी है | CITY:सैक्रामेंटो
reverse-question | ऑस्टिन किसकी राजधानी है | CITY:ऑस्टिन
reverse-question | बोस्टन किस स्टेट की राजधानी है | CITY:बोस्टन
reverse-question | अटलांटा किसकी राजधानी है | CITY:अटलांटा
reverse-question | होनोलुलु किसकी राजधानी है | CITY:होनोलुलु
reverse-question | डेनवर किस स्टेट की राजधानी है | CITY:डेनवर
reverse-question | टोरंटो किसकी राजधानी है | CITY:टोरंटो
reverse-question | एडमंटन किस प्रोविंस की राजधानी है | CITY:एडमंटन
reverse-question | म्यूनिख किसकी राजधानी है | CITY:म्यूनिख
reverse-question | ड्रेसडेन किस राज्य की राजधानी है | CITY:ड्रेसडेन
reverse-question | एडिनबर्ग किसकी राजधानी है | CITY:एडिनबर्ग
reverse-question | कार्डिफ़ किसकी राजधानी है | CITY:कार्डिफ़
reverse-question | बेलफ़ास्ट किसकी राजधानी है | CITY:बेलफ़ास्ट
reverse-question | सिडनी किस स्टेट की राजधानी है | CITY:सिडनी
reverse-question | पर्थ किसकी राजधानी है | CITY:पर्थ
reverse-question | ग्वादालाहारा किसकी राजधानी है | CITY:ग्वादालाहारा
reverse-question | ताइपे किसकी राजधानी है | CITY:ताईपेई
reverse-question | प्रिश्तिना किसकी राजधानी है | CITY:प्रिश्तिना
reverse-question | रामल्लाह किसकी राजधानी है | CITY:रामल्लाह
reverse-question | नूक किसकी राजधानी है | CITY:नुक
official-name | भारत गणराज्य की राजधानी क्या है | IN
official-name | रिपब्लिक ऑफ़ इंडिया की कैपिटल | IN
official-name | संयुक्त राज्य अमेरिका की राजधानी बताओ खां | US
official-name | यूनाइटेड स्टेट्स ऑफ़ अमेरिका की राजधानी कौन सी है | US
official-name | यूनाइटेड किंगडम ऑफ़ ग्रेट ब्रिटेन की राजधानी | GB
official-name | रूसी संघ की राजधानी | RU
official-name | रशियन फ़ेडरेशन की कैपिटल क्या है | RU
official-name | पीपल्स रिपब्लिक ऑफ़ चाइना की राजधानी | CN
official-name | चीनी जनवादी गणराज्य की राजधानी बताओ | CN
official-name | इस्लामी जम्हूरिया पाकिस्तान की राजधानी जनाब | PK
official-name | इस्लामिक रिपब्लिक ऑफ़ ईरान की राजधानी | IR
official-name | इस्लामी गणराज्य अफ़ग़ानिस्तान की राजधानी | AF
official-name | पीपल्स रिपब्लिक ऑफ़ बांग्लादेश की राजधानी | BD
official-name | संघीय लोकतांत्रिक गणराज्य नेपाल की राजधानी | NP
official-name | किंगडम ऑफ़ भूटान की राजधानी क्या है | BT
official-name | डेमोक्रेटिक सोशलिस्ट रिपब्लिक ऑफ़ श्रीलंका की राजधानी | LK
official-name | किंगडम ऑफ़ सऊदी अरेबिया की राजधानी | SA
official-name | हाशमाइट किंगडम ऑफ़ जॉर्डन की राजधानी | JO
official-name | स्टेट ऑफ़ क़तर की कैपिटल बताओ | QA
official-name | सल्तनत ऑफ़ ओमान की राजधानी | OM
official-name | किंगडम ऑफ़ थाईलैंड की राजधानी | TH
official-name | सोशलिस्ट रिपब्लिक ऑफ़ वियतनाम की राजधानी | VN
official-name | रिपब्लिक ऑफ़ द फ़िलीपींस की राजधानी | PH
official-name | फ़ेडरल रिपब्लिक ऑफ़ जर्मनी की राजधानी | DE
official-name | फ्रेंच रिपब्लिक की कैपिटल क्या है | FR
official-name | किंगडम ऑफ़ स्पेन की राजधानी | ES
official-name | हेलेनिक रिपब्लिक की राजधानी | GR
official-name | स्विस कॉन्फ़ेडरेशन की राजधानी | CH
official-name | कॉमनवेल्थ ऑफ़ ऑस्ट्रेलिया की राजधानी | AU
official-name | फ़ेडरेटिव रिपब्लिक ऑफ़ ब्राज़ील की राजधानी | BR
official-name | यूनाइटेड मैक्सिकन स्टेट्स की राजधानी | MX
official-name | अरब रिपब्लिक ऑफ़ इजिप्ट की राजधानी | EG
official-name | फ़ेडरल रिपब्लिक ऑफ़ नाइजीरिया की राजधानी | NG
official-name | डेमोक्रेटिक पीपल्स रिपब्लिक ऑफ़ कोरिया की राजधानी | KP
official-name | रिपब्लिक ऑफ़ कोरिया की राजधानी साउथ वाला | KR
official-name | रिपब्लिक ऑफ़ चाइना ताइवान की राजधानी | TW
official-name | स्टेट ऑफ़ पैलेस्टाइन की राजधानी एक बताओ | PS
official-name | रिपब्लिक ऑफ़ कोसोवो की राजधानी | XK
official-name | वैटिकन सिटी स्टेट की राजधानी | VA
official-name | ग्रैंड डची ऑफ़ लक्ज़मबर्ग की राजधानी | LU
official-name | प्रिंसिपैलिटी ऑफ़ मोनाको की राजधानी | MC
official-name | नेशनल कैपिटल टेरिटरी ऑफ़ दिल्ली की राजधानी | IN-DL
everyday-name | हिंदुस्तान की राजधानी कौन सी है खां | IN
everyday-name | अमरीका की राजधानी बताओ | US
everyday-name | इंग्लैंड वाले ब्रिटेन की राजधानी | GB
everyday-name | रशिया की राजधानी कौन सी है | RU
everyday-name | हॉलैंड की राजधानी क्या है | NL
everyday-name | बर्मा की राजधानी अब क्या है | MM
everyday-name | सीलोन की राजधानी कौन सी थी अब क्या है | LK
everyday-name | फ़ारस की राजधानी आज कल | IR
everyday-name | स्याम देश की राजधानी | TH
everyday-name | मिस्र की राजधानी काहिरा है ना | EG
everyday-name | यूनान की राजधानी बताओ | GR
everyday-name | तुर्किये की राजधानी क्या है | TR
everyday-name | चेकोस्लोवाकिया वाले चेक की राजधानी | CZ
everyday-name | बेलोरूस की राजधानी क्या है | BY
everyday-name | किर्गीज़िया की राजधानी | KG
everyday-name | ज़ायर की राजधानी अब क्या है | CD
everyday-name | स्वाज़ीलैंड की राजधानी कौन सी है एक वाली | SZ
everyday-name | मैसेडोनिया की राजधानी | MK
everyday-name | कंपूचिया की राजधानी क्या होती है | KH
everyday-name | ईस्ट पाकिस्तान वाले बांग्लादेश की राजधानी | BD
everyday-name | कोरिया साउथ की राजधानी | KR
everyday-name | उड़ीसा की राजधानी कटक है या भुवनेश्वर | IN-OD
everyday-name | उत्तरांचल की राजधानी बताओ | IN-UK
everyday-name | पांडिचेरी की राजधानी | IN-PY
everyday-name | बंबई वाले राज्य की राजधानी | IN-MH
everyday-name | मद्रास वाले राज्य की राजधानी | IN-TN
everyday-name | मैसूर स्टेट अब कर्नाटक की राजधानी | IN-KA
everyday-name | छत्तीसगढ़ महतारी के राजधानी | IN-CG
everyday-name | देवभूमि हिमाचल की राजधानी | IN-HP
everyday-name | यूपी की राजधानी बताबा | IN-UP
everyday-name | वेस्ट बंगाल के राजधानी की छै | IN-WB
everyday-name | दिल्ली एनसीआर की राजधानी क्या है | IN-DL
everyday-name | कैली की राजधानी मतलब कैलिफोर्निया | US-CA
everyday-name | वेगास वाले नेवाडा की राजधानी | US-NV
everyday-name | ब्रिटिश वाला ग्रेट ब्रिटेन की कैपिटल | GB
everyday-name | नीदरलैंड्स वाले हॉलैंड देश की राजधानी एम्स्टर्डम है ना | NL
everyday-name | यूएसए की कैपिटल | US
everyday-name | बांग्ला देश की राजधानी | BD
everyday-name | दुबई वाले अमीरात की राजधानी | AE
shared-name | जॉर्जिया की राजधानी क्या है | GE+US-GA
shared-name | कांगो की राजधानी बताओ | CD+CG
shared-name | कोरिया की राजधानी कौन सी है | KP+KR
shared-name | वर्जिन आइलैंड्स की राजधानी क्या है | VG+VI
shared-name | डोमिनिका वाले दोनों देशों की राजधानी | DM+DO
shared-name | जॉर्जिया देश और जॉर्जिया स्टेट दोनों की राजधानी बताओ | GE+US-GA
shared-name | दोनों कांगो की राजधानियाँ बताओ | CD+CG
shared-name | दोनों कोरिया की कैपिटल | KP+KR
shared-name | दोनों सूडान की राजधानी | SD+SS
shared-name | दोनों डकोटा की राजधानी बताओ | US-ND+US-SD
shared-name | दोनों कैरोलिना की राजधानियाँ | US-NC+US-SC
shared-name | गिनी और गिनी बिसाऊ दोनों की राजधानी | GN+GW
shared-name | समोआ और अमेरिकन समोआ की राजधानी | AS+WS
shared-name | दोनों सेंट मार्टिन की राजधानी | MF+SX
shared-name | न्यूयॉर्क की राजधानी क्या है | US-NY
shared-name | मेक्सिको की राजधानी क्या है | MX
shared-name | वॉशिंगटन स्टेट की राजधानी | US-WA
shared-name | वॉशिंगटन डीसी की राजधानी | US-DC
shared-name | लक्ज़मबर्ग की राजधानी क्या होती है | LU
shared-name | सिंगापुर की कैपिटल कौन सी है | SG
shared-name | दिल्ली की राजधानी दिल्ली ही है क्या | IN-DL
shared-name | जिबूती देश की राजधानी | DJ
shared-name | पनामा की राजधानी | PA
shared-name | वेस्ट और ईस्ट जर्मनी नहीं सिर्फ़ जर्मनी की राजधानी | DE
bhopali | खां भोत दिन से सोच रहे थे नीदरलैंड की राजधानी कौन सी है | NL
bhopali | हओ मियाँ अपन के भतीजे ने पूछा कनाडा की राजधानी | CA
bhopali | कायको इत्ता सोचना बता दो ऑस्ट्रेलिया की राजधानी | AU
bhopali | भोपाल वाली भाभी पूछ रईं मलेशिया की राजधानी कौन सी | MY
bhopali | तन्नक धीरे बोलना खां अर्जेंटीना की राजधानी क्या है | AR
bhopali | पुराने भोपाल से बोल रहे हैं मिस्र की राजधानी बताओ | EG
bhopali | हओ ठीक है अब सउदी अरब की राजधानी भी बता दो | SA
bagheli | हमार भउजी पूछत हीं तमिलनाडु केर राजधानी का आय | IN-TN
bagheli | रीवा से मास्साब पूछिन कर्नाटक केर राजधानी | IN-KA
bagheli | अरे भइया केन्या केर राजधानी कउन सहर आय | KE
bagheli | सतना मा पढ़त ही बिटिया रूस केर राजधानी का आय | RU
bagheli | तनिक बतावा ब्रिटेन केर राजधानी | GB
bagheli | हम जानित नहीं फ्रांस केर राजधानी का होय | FR
bagheli | सीधी से पूछित हन इटली केर राजधानी | IT
harauti | कोटा सूं बोल रियो छूं महाराष्ट्र की राजधानी कांई छै | IN-MH
harauti | म्हारी बाई पूछ री छै जापान की राजधानी | JP
harauti | अरे सा पंजाब की राजधानी कुण सी छै | IN-PB
harauti | थांने ठा छै कांई तेलंगाना की राजधानी | IN-TS
harauti | झालावाड़ सूं पूछ रियो छूं ईरान की राजधानी | IR
harauti | बारां वाळा काका पूछै छै इराक़ की राजधानी | IQ
angika | भागलपुर सें पूछै छियै असम के राजधानी की छै | IN-AS
angika | हमरो बहिन पूछै छै सिक्किम के राजधानी | IN-SK
angika | मुंगेर सें बोलै छियै नेपाल के राजधानी कहाँ छै | NP
angika | ऐ भैया श्रीलंका के राजधानी की छै बताबो | LK
angika | कहलगांव सें पूछी रहलो छियै जर्मनी के राजधानी | DE
angika | जरा बताबो अमेरिका के राजधानी की होय छै | US
sindhi | साईं अमेरिका जी राजधानी छा आहे | US
sindhi | अड़े दादा इंडोनेशिया की राजधानी बता दो | ID
sindhi | उल्हासनगर से पूछ रही हूँ सिंगापुर की राजधानी क्या है | SG
sindhi | मुंहिंजी धीअ पुछे थी हांगकांग की राजधानी है क्या | HK
sindhi | अमां को बताना है दुबई किस देश में है उसकी राजधानी क्या है | AE
sindhi | गांधीधाम से बोल रहा हूँ ओमान की राजधानी बुधाइ | OM
kashmiri | जनाब लद्दाख की राजधानी क्या है वनतम | IN-LA
kashmiri | हम बारामूला से है तुर्की का राजधानी कौन सा है | TR
kashmiri | बोज़ एलेक्सा ईरान का कैपिटल बताओ ना | IR
kashmiri | म्योन बेटी पूछ रही उज़्बेकिस्तान की राजधानी | UZ
kashmiri | सोपोर से हूँ साहब कज़ाख़िस्तान का राजधानी क्या है | KZ
kashmiri | हता जनाब जम्मू कश्मीर का राजधानी अभी कौन सा है | IN-JK
nurse | केरल से आई सिस्टर पूछ रही हैं कुवैत की राजधानी | KW
nurse | हमारी नर्सिंग बैच यूके जा रही है उसकी राजधानी बताओ | GB
nurse | आयरलैंड में जॉब मिली है उसकी राजधानी क्या है | IE
nurse | पेशेंट सऊदी से आए हैं वहाँ की राजधानी बताओ | SA
nurse | न्यूज़ीलैंड में नर्सिंग करनी है राजधानी कौन सी है | NZ
nurse | आईसीयू वाली मैडम पूछ रहीं जर्मनी की कैपिटल | DE
nurse | ओटी से निकली हूँ बताओ फ़िनलैंड की राजधानी | FI
kisan | इज़राइल में खेती अच्छी होती है उसकी राजधानी बताओ | IL
kisan | गाँव के सरपंच पूछ रहे बिहार की राजधानी | IN-BR
kisan | किसान भाई पूछ रहे हैं हरियाणा की राजधानी | IN-HR
kisan | ट्रैक्टर वाला देश अमेरिका उसकी राजधानी | US
kisan | सोयाबीन वाला देश ब्राज़ील उसकी राजधानी क्या है | BR
kisan | बीज की कंपनी नीदरलैंड की है उसकी राजधानी कौन सी | NL
sailor | जहाज़ पनामा नहर से गुज़रेगा पनामा की राजधानी | PA
sailor | केबिन से बोल रहा हूँ मिस्र की राजधानी क्या है | EG
sailor | पोर्ट पे उतरे हैं ओमान की कैपिटल बताओ | OM
sailor | इंजन रूम से बोल रहा हूँ नॉर्वे की राजधानी | NO
sailor | अगला पोर्ट जिबूती है उस देश की राजधानी क्या है | DJ
sailor | साइन ऑफ़ होके घर जा रहा हूँ श्रीलंका की राजधानी | LK
kitty | भाभी जी कह रहीं थाईलैंड की राजधानी पटाया है बताओ सही क्या है | TH
kitty | किटी वाली शर्मा जी पूछ रहीं मॉरीशस की राजधानी | MU
kitty | हमारी किटी का अगला ट्रिप दुबई है उसकी राजधानी | AE
kitty | मिसेज़ गुप्ता की बेटी ऑस्ट्रेलिया में है वहाँ की राजधानी | AU
kitty | तंबोला जीतने वाली को बताना है सिंगापुर की कैपिटल | SG
kitty | भाभी जी फ्रांस की राजधानी बताइए | FR
hotel | फ्रंट डेस्क से पूछ रहा हूँ रूस की राजधानी | RU
hotel | गेस्ट इज़राइल से हैं वहाँ की कैपिटल बताइए | IL
hotel | लॉबी में गेस्ट पूछ रहे हैं बेल्जियम की राजधानी | BE
hotel | हाउसकीपिंग वाले पूछ रहे पोलैंड की राजधानी | PL
hotel | बुकिंग जापान से आई है उसकी राजधानी क्या है | JP
hotel | नाइट ऑडिटर हूँ मैक्सिको की राजधानी बताओ | MX
plural-capitals | स्वाज़ीलैंड केर दुइनौ राजधानी बताबा | SZ
plural-capitals | एस्वातिनी की दोनों राजधानी कांई छै सा | SZ
plural-capitals | स्वाज़ीलैंड जूं बई राजधानियूं बुधाइ साईं | SZ
plural-capitals | इस्वातिनी की दोनों राजधानियाँ बताओ किटी का सवाल है | SZ
plural-capitals | स्वाज़ीलैंड की राजधानियाँ कौन सी हैं जहाज़ डरबन से जाएगा | SZ
plural-capitals | आइवरी कोस्ट की दोनों राजधानी कांई छै | CI
plural-capitals | कोत दिव्वार की दोनों कैपिटल बताओ गेस्ट वहीं से हैं | CI
plural-capitals | आइवरी कोस्ट के दूनो राजधानी बताबो | CI
plural-capitals | आइवरी कोस्ट की सारी राजधानियाँ बताओ मियाँ | CI
plural-capitals | आइवरी कोस्ट जूं बई राजधानियूं कहिड़ियूं आहिन | CI
plural-capitals | बेनिन केर दुइनौ राजधानी का आय | BJ
plural-capitals | बेनिन की दोनों राजधानी कांई छै | BJ
plural-capitals | मलेशिया की दोनों राजधानी कांई छै सा | MY
plural-capitals | मलेशिया की सारी कैपिटल बताओ कुआलालंपुर और दूसरी | MY
plural-capitals | श्रीलंका केर दुइ राजधानी का आय | LK
plural-capitals | श्रीलंका की सब राजधानियाँ बताओ मरीज़ वहीं के हैं | LK
plural-capitals | दक्षिण अफ्रीका की तीनों राजधानियाँ गेस्ट पूछ रहे | ZA
plural-capitals | साउथ अफ्रीका की तीनों कैपिटल बताओ जनाब | ZA
plural-capitals | बोलीविया की दोनों राजधानी कांई छै | BO
plural-capitals | फ़िलिस्तीन के दूनो राजधानी की छै | PS
plural-capitals | नीदरलैंड के दूनो राजधानी बताबो | NL
plural-capitals | जम्मू कश्मीर केर दुइनौ राजधानी | IN-JK
plural-capitals | उत्तराखंड की दोनों राजधानी कांई छै | IN-UK
plural-capitals | गोवा और महाराष्ट्र दोनों की राजधानी बताओ | IN-GA+IN-MH
plural-capitals | मिस्र और लीबिया की राजधानियाँ बताओ | EG+LY
plural-capitals | असम और मेघालय की राजधानी बताबो | IN-AS+IN-ML
stop | अरे खां अब बंद भी करो | STOP
stop | बंद करो मियाँ भोत हो गया | STOP
stop | चुप्पे रहा अब | STOP
stop | बंद कर द्या एका | STOP
stop | बंद करो सा अब सोणो छै | STOP
stop | चुप रह जा सा | STOP
stop | बंद करी दहो भैया अब सुतबै | STOP
stop | चुप रहो हो बस | STOP
stop | अड़े चुप थी वञ | STOP
stop | बंद करो साईं बस | STOP
stop | बस जनाब बंद करो अब | STOP
stop | खामोश हो जाओ | STOP
stop | बंद करो डॉक्टर राउंड पे आ गए | STOP
stop | चुप करो मैट्रन आ रही हैं | STOP
stop | ट्रैक्टर स्टार्ट करना है बंद करो | STOP
stop | बस करो मंडी जाना है | STOP
stop | कैप्टन आ गए बंद करो | STOP
stop | पोर्ट आ गया बंद कर दो | STOP
stop | तंबोला शुरू हो रहा बंद करो | STOP
stop | भाभी जी बोल रही हैं चुप हो जाओ | STOP
stop | गेस्ट सो रहे हैं आवाज़ बंद करो | STOP
stop | फ्रंट डेस्क पे शोर मत करो बंद करो | STOP
stop | बंद हो जाओ | STOP
stop | एलेक्सा स्टॉप | STOP
cancel | रहने दो मियाँ अपन बाद में पूछ लेंगे | CANCEL
cancel | कोई बात नहीं खां रहने दो | CANCEL
cancel | छोड़ देया कउनो बात नहीं | CANCEL
cancel | रहे देया बाद मा पूछब | CANCEL
cancel | रहबा दो सा कोई बात कोनी | CANCEL
cancel | छोड़ दो सा जाबा दो | CANCEL
cancel | कोनो बात नै रहे दहो | CANCEL
cancel | छोड़ी दहो बाद में पूछबै | CANCEL
cancel | रहण डे साईं | CANCEL
cancel | अड़े छड रहने दो | CANCEL
cancel | रहने दीजिए जनाब | CANCEL
cancel | कोई बात नहीं साहब छोड़िए | CANCEL
cancel | रहने दो सिस्टर ने बुलाया | CANCEL
cancel | वो वाला सवाल कैंसल करो | CANCEL
cancel | रहने दो खेत से बुलावा आया | CANCEL
cancel | छोड़ो भाई भैंस खुल गई | CANCEL
cancel | रहने दो वॉच बदलने का टाइम है | CANCEL
cancel | कैंसल करो ग़लत देश बोल दिया | CANCEL
cancel | रहने दो भाभी जी हमें पता है | CANCEL
cancel | जाने दो किटी ख़त्म हो गई | CANCEL
cancel | रहने दीजिए चेक इन करना है | CANCEL
cancel | कैंसल कीजिए गेस्ट ने मना किया | CANCEL
cancel | कुछ नहीं छोड़ो जाने दो | CANCEL
cancel | मत बताओ रहने दो | CANCEL
help | खां इसमें का का पूछ सकते हैं बताओ | HELP
help | ये स्किल का करत ही बताबा | HELP
help | ई कांई करै छै समझाओ सा | HELP
help | ई स्किल की करै छै बताबो | HELP
help | साईं इसका इस्तेमाल कैसे करें समझाओ | HELP
help | जनाब हम को मदद चाहिए ये राजधानी वाला कैसे चलेगा | HELP
help | नई नर्स आई है उसको समझाओ कैसे पूछते हैं | HELP
help | खेती वाले ताऊ को समझाना है कैसे बोलें | HELP
help | जहाज़ के कैडेट को बताना है ये कैसे चलता है | HELP
help | किटी वाली आंटी को समझाओ कैसे पूछें | HELP
launch | अरे खां दुनिया की राजधानियाँ चला दो | LAUNCH
launch | दुनिया की राजधानियाँ खोलो सिस्टर को खेलना है | LAUNCH
launch | दुनिया की राजधानियाँ खोलो जहाज़ पे नेट आ गया | LAUNCH
launch | भाभी जी के लिए दुनिया की राजधानियाँ शुरू करो | LAUNCH
launch | जनाब दुनिया की राजधानियाँ चालू कर दो | LAUNCH
launch | दुनिया की राजधानियाँ ओपन करी दहो | LAUNCH
launch | दुनिया की राजधानियाँ खोलिए गेस्ट के लिए | LAUNCH
launch | चौपाल वाले सब बैठे हैं दुनिया की राजधानियाँ खोलो | LAUNCH
reverse-question | रीवा किसकी राजधानी है भइया | FB
reverse-question | कोटा कौन से राज्य की राजधानी छै | FB
reverse-question | पटना नहीं भागलपुर किसकी राजधानी है | FB
reverse-question | भोपाल कउन प्रदेश केर राजधानी आय | CITY:भोपाल
reverse-question | जयपुर कौन से राज्य की राजधानी है सा | CITY:जयपुर
reverse-question | पटना कौन प्रदेश के राजधानी छै बताबो | CITY:पटना
reverse-question | श्रीनगर कौन सा यूटी का राजधानी है | CITY:श्रीनगर
reverse-question | लेह किस यूटी की राजधानी है जनाब | CITY:लेह
reverse-question | इस्लामाबाद किस मुल्क की राजधानी है साईं | CITY:इस्लामाबाद
reverse-question | काबुल कउन देस केर राजधानी आय | CITY:काबुल
reverse-question | रायपुर कउन राज्य केर राजधानी आय | CITY:रायपुर
reverse-question | हनोई किस देश की राजधानी है कैप्टन पूछ रहे | CITY:हनोई
reverse-question | मनीला किस देश की राजधानी है जहाज़ वहाँ रुका है | CITY:मनीला
reverse-question | जकार्ता किस मुल्क की कैपिटल है | CITY:जकार्ता
reverse-question | नैरोबी किस देश की राजधानी है गेस्ट वहीं से हैं | CITY:नैरोबी
reverse-question | डबलिन किस देश की राजधानी है नर्सिंग जॉब वहाँ है | CITY:डबलिन
reverse-question | वेलिंगटन कौन से देश की कैपिटल है सिस्टर | CITY:वेलिंगटन
reverse-question | पोर्ट लुई किसकी राजधानी है भाभी जी | CITY:पोर्ट लुई
reverse-question | बैंकॉक किस देश की राजधानी है किटी ट्रिप वाला | CITY:बैंकॉक
reverse-question | कुआलालंपुर किस देश की राजधानी है | CITY:कुआलालंपुर
reverse-question | पुत्राजाया किसकी राजधानी है | CITY:पुत्रजया
reverse-question | प्रिटोरिया किस देश की राजधानी है | CITY:प्रिटोरिया
reverse-question | केप टाउन किसकी राजधानी है | CITY:केप टाउन
reverse-question | हैदराबाद किसकी राजधानी है | CITY:हैदराबाद
reverse-question | अमरावती कौन से राज्य की राजधानी है | CITY:अमरावती
reverse-question | बेंगलुरु किसकी राजधानी है | CITY:बेंगलुरु
reverse-question | चेन्नई किस स्टेट की राजधानी है | CITY:चेन्नई
reverse-question | कोलकाता किसकी राजधानी है | CITY:कोलकाता
reverse-question | लखनऊ किस राज्य की राजधानी है | CITY:लखनऊ
reverse-question | मुंबई किसकी राजधानी है | CITY:मुंबई
reverse-question | शिलांग कौन से प्रदेश की राजधानी है | CITY:शिलांग
reverse-question | कोपेनहेगन किस देश की राजधानी है | CITY:कोपेनहेगन
reverse-question | स्टॉकहोम किसकी राजधानी है | CITY:स्टॉकहोम
reverse-question | एथेंस किस देश की राजधानी है | CITY:एथेंस
reverse-question | अंकारा किसकी राजधानी है | CITY:अंकारा
reverse-question | दमिश्क किस देश की राजधानी है | CITY:दमास्कस
reverse-question | बेरूत किसकी राजधानी है | CITY:बेरुत
reverse-question | खार्तूम किस देश की राजधानी है | CITY:खार्तूम
reverse-question | जुबा किसकी राजधानी है | CITY:जुबा
reverse-question | मोगादिशु किस देश की राजधानी है | CITY:मोगादिशु
reverse-question | ब्यूनस आयर्स किसकी राजधानी है | CITY:ब्यूनस आयरस
reverse-question | कराकस किस देश की राजधानी है | CITY:काराकस
reverse-question | हेलिफ़ैक्स किस प्रोविंस की राजधानी है | CITY:हेलिफ़ैक्स
reverse-question | विनिपेग किसकी राजधानी है | CITY:विनीपेग
reverse-question | ब्रिस्बेन किस स्टेट की राजधानी है | CITY:ब्रिस्बन
reverse-question | मेलबर्न किसकी राजधानी है | CITY:मेलबोर्न
reverse-question | हैमिल्टन किसकी राजधानी है बरमूडा वाला | CITY:हैमिल्टन
reverse-question | जॉर्जटाउन किस देश की राजधानी है | CITY:जॉर्जटाउन
official-name | ग्रेट ब्रिटेन एंड नॉर्दर्न आयरलैंड की कैपिटल जनाब | GB
official-name | रिपब्लिक ऑफ़ तुर्किये की राजधानी बताओ | TR
official-name | रिपब्लिक ऑफ़ द यूनियन ऑफ़ म्यांमार की राजधानी | MM
official-name | लाओ पीपल्स डेमोक्रेटिक रिपब्लिक की राजधानी | LA
official-name | किंगडम ऑफ़ द नीदरलैंड्स की दोनों राजधानी | NL
official-name | रिपब्लिक ऑफ़ साउथ अफ़्रीका की राजधानी कौन सी है | ZA
official-name | यूनाइटेड रिपब्लिक ऑफ़ तंज़ानिया की राजधानी | TZ
official-name | फ़ेडरल डेमोक्रेटिक रिपब्लिक ऑफ़ इथियोपिया की राजधानी | ET
official-name | किंगडम ऑफ़ मोरक्को की राजधानी सा | MA
official-name | सुल्तानेट ऑफ़ ब्रुनेई दारुस्सलाम की राजधानी | BN
shared-name | दोनों जॉर्जिया की राजधानी बताओ देश वाला और अमेरिका वाला | GE+US-GA
shared-name | गिनी नाम के सारे देशों की राजधानी | GN+GQ+GW+PG
shared-name | वर्जीनिया और वेस्ट वर्जीनिया दोनों की राजधानी | US-VA+US-WV
shared-name | नाइजर और नाइजीरिया दोनों की राजधानी | NE+NG
shared-name | मैक्सिको और न्यू मेक्सिको की राजधानी | MX+US-NM
shared-name | आयरलैंड और नॉर्दर्न आयरलैंड की राजधानी | GB-NIR+IE
sailor | जहाज़ मासेयो पोर्ट पे लगा है अलागोआस की राजधानी वही है क्या | BR-AL
kisan | अमेज़न जंगल वाले ब्राज़ील के अमेज़ोनास राज्य की राजधानी बताओ | BR-AM
nurse | जर्मनी के बाडेन वुर्टेमबर्ग में नर्सिंग जॉब है उसकी राजधानी क्या है | DE-BW
hotel | गेस्ट जर्मनी के बवेरिया से हैं वहाँ की राजधानी कौन सी है | DE-BY
sindhi | साईं इंग्लैंड जी राजधानी छा आहे ब्रिटेन वारी न | GB-ENG
harauti | स्कॉटलैंड की राजधानी कांई छै सा | GB-SCT
sailor | जहाज़ नौमेआ जा रहा है न्यू कैलेडोनिया की राजधानी वही है क्या | NC
territory | हिंद महासागर वाले मायोट द्वीप की राजधानी बताओ | YT
"""

if __name__ == "__main__":
    build_round(44, "hi", LINES, sys.argv, "tests/Eval/hi/round44/source/build_corpus.py")
