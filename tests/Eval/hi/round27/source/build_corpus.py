"""Round 27, Hindi (hi-IN): a new author's mix of speakers and situations, written blind, chosen away from the speakers
of the Hindi rounds 23 to 26. Regions and first languages: Maithili from Darbhanga, Madhubani and Saharsa ("की छै",
"कहू ने", "अहाँ", "हमरा", "छियै", "कतय", Madhubani painters and makhana traders), Dogri from Jammu, Kathua and Udhampur
("दी राजधानी", "केह्ड़ी ऐ", "मिगी", "दस्सो", "तुस", "थमां", Vaishno Devi pilgrims and a Jammu cloth market), Kashmiri speakers'
Hindi in Srinagar ("जनाब", "बाया", masculine "का राजधानी", a shikara, apple orchards, a pashmina shop), Kangri and
Mandyali Pahari from Kangra, Mandi and Shimla ("कुण", "मिंजो", "तुहां", "ऐ", apple growers, Dharamshala tea), Odia
speakers' Hindi in Bhubaneswar, Cuttack and Puri ("आपण", "हउ", "कण", the Rath Yatra, a Puri panda), Gujarati speakers'
Hindi in Ahmedabad, Surat and Rajkot ("केम छो", "बापु", "हें", diamond and textile traders, garba), Sindhi speakers in
Ulhasnagar, Ajmer and Adipur ("साईं", "अदा", "जी राजधानी", "छा आहे", a dry-fruit shop), Nagpuri/Sadri from Ranchi and
Gumla ("जोहार", "कर राजधानी", "का हके", "हमके"), Bambaiya street Hindi ("अपुन", "भिड़ू", "बोले तो", "मामू", a local
train, a film set), Nepali speakers' Hindi in Darjeeling and Gangtok ("दाइ", "हजुर", "को राजधानी", "के हो"), Gulf NRI
children in Dubai, Sharjah and Doha ("यल्ला", "हबीबी", "खलास", "यार"), heritage speakers from Mauritius ("हम मॉरिशस से
हई", "का हय"), and foreign learners (a Korean drama fan, a Russian in Goa, a Japanese yoga student; deliberately
ungrammatical lines). Situations: merchant-navy sailors naming their next ports, a Hindi newsroom's desk checking copy,
a family practising for a television quiz with lifelines, a railway platform and the Rajdhani Express, a kirana counter,
a wedding being planned, a blind grandfather and a retired postmaster who collects stamps (old names), children with a
globe and teenagers making reels. Plus Hinglish in Devanagari, hesitations, clauses after the question, terse forms,
follow-ups, yes/no checks with right and wrong guesses, self-corrections with a marker ("नहीं नहीं", "मेरा मतलब", "सॉरी",
"ग़लती हो गई", "रुको रुको"), reverse questions, official, everyday and old names, shared names, plural questions for every
several-capital country and Palestine (and Jammu and Kashmir, Uttarakhand, Montserrat), subdivisions and territories,
out-of-domain near misses (other facts about a named country, "राजधानी" and "कैपिटल" in other senses such as the Rajdhani
Express, a thali restaurant, an IPL team, capital letters and share capital, kingdoms and places the data lacks, everyday
requests), help, stop, cancel, launch and one-shot requests through the invocation name "दुनिया की राजधानियाँ"; and what
hi-IN recognition writes: no nukta, "कि" for "की", "हे" for "है", stray or missing vowel signs, split and joined words.
`python3 tests/Eval/hi/round27/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 27's number); every line is hi-IN."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Maithili from Darbhanga, Madhubani and Saharsa
maithili | {} के राजधानी की छै | पोलैंड=PL; हंगरी=HU; ऑस्ट्रिया=AT
maithili | हमरा कहू ने {} के राजधानी कोन शहर छियै | मिस्र=EG; लीबिया=LY; सूडान=SD
maithili | अहाँ जनैत छी {} के राजधानी की छै | स्वीडन=SE; नॉर्वे=NO; डेनमार्क=DK
maithili | मधुबनी पेंटिंग {} जाइत छै ओकर राजधानी की छै | जापान=JP; फ़्रांस=FR; जर्मनी=DE
maithili | बाबू पुछलखिन अछि {} के राजधानी कतय छै | नेपाल=NP; भूटान=BT; बांग्लादेश=BD
maithili | एलेक्सा ने कनी {} के राजधानी बता दियौ | अर्जेंटीना=AR; चिली=CL; पेरू=PE
maithili | सहरसा के छी हम {} के राजधानी पुछैत छी | ईरान=IR; इराक=IQ; सीरिया=SY
# Dogri from Jammu, Kathua and Udhampur
dogri | {} दी राजधानी केह्ड़ी ऐ | रूस=RU; यूक्रेन=UA; बेलारूस=BY
dogri | मिगी दस्सो {} दी राजधानी कुत्थें ऐ | ग्रीस=GR; तुर्की=TR; साइप्रस=CY
dogri | वैष्णो देवी आए दे यात्री {} थमां न उंदी राजधानी केह्ड़ी ऐ | मलेशिया=MY; थाईलैंड=TH; इंडोनेशिया=ID
dogri | रघुनाथ बाज़ार च {} दा गाहक आया उंदे मुल्क दी राजधानी केह्ड़ी | अफ़गानिस्तान=AF; ताजिकिस्तान=TJ; उज़्बेकिस्तान=UZ
dogri | उधमपुर छावनी च पुच्छा गेआ {} दी राजधानी केह्ड़ी ऐ | लेबनान=LB; जॉर्डन=JO; इज़राइल=IL
dogri | ओ भ्राऊ {} दी राजधानी दा नां केह् ऐ | मोरक्को=MA; ट्यूनीशिया=TN; अल्जीरिया=DZ
# Kashmiri speakers' Hindi in Srinagar
kashmiri-hindi | जनाब {} का राजधानी क्या है | क़तर=QA; कुवैत=KW; बहरीन=BH
kashmiri-hindi | बाया ज़रा बताओ {} का राजधानी किधर है | ओमान=OM; यमन=YE; सऊदी अरब=SA
kashmiri-hindi | हमारा शिकारा में {} से टूरिस्ट आया है उसका राजधानी बोलो | नीदरलैंड्स=NL; बेल्जियम=BE; स्विट्ज़रलैंड=CH
kashmiri-hindi | पश्मीना का आर्डर {} से आया है उधर का राजधानी कौन सा है | इंग्लैंड=GB-ENG; फ़्रांस=FR; इटली=IT
kashmiri-hindi | अस्सलाम अलैकुम {} का दारुल हुकूमत क्या है | तुर्कमेनिस्तान=TM; किर्गिज़स्तान=KG; अज़रबैजान=AZ
kashmiri-hindi | अरे बाया यह {} का राजधानी क्या होता है | पाकिस्तान=PK; चीन=CN; म्यांमार=MM
# Kangri and Mandyali Pahari from Kangra, Mandi and Shimla
pahari | {} दी राजधानी कुण जेही ऐ | लातविया=LV; लिथुआनिया=LT; एस्टोनिया=EE
pahari | मिंजो दस्सा {} दी राजधानी क्या ऐ | स्लोवाकिया=SK; स्लोवेनिया=SI; चेकिया=CZ
pahari | धर्मशाला च {} दे लामे आए उना दे देस दी राजधानी कुण | मंगोलिया=MN; भूटान=BT; ताइवान=TW
pahari | सेबां दी पेटी {} जांदी ऐ उत्थू दी राजधानी दस्सा | दुबई वाले देश=AE; रूस=RU; नेपाल=NP
pahari | मंडी शिवरात्रि मेले च पुछेया {} री राजधानी कौण सी | श्रीलंका=LK; मालदीव=MV; मॉरीशस=MU
# Odia speakers' Hindi in Bhubaneswar, Cuttack and Puri
odia-hindi | भाई {} का राजधानी कौन है | घाना=GH; नाइजीरिया=NG; सेनेगल=SN
odia-hindi | जगन्नाथ जी के दर्शन को {} से लोग आया है उनका राजधानी क्या | रूस=RU; अमेरिका=US; जर्मनी=DE
odia-hindi | हउ हउ {} का राजधानी बताइए ना | गैबॉन=GA; कैमरून=CM; अंगोला=AO
odia-hindi | रथ यात्रा में {} का टीवी वाला आया उसका राजधानी कौन सा | जापान=JP; कोरिया गणराज्य=KR; ब्रिटेन=GB
odia-hindi | {} र राजधानी कण | इथियोपिया=ET; सोमालिया=SO; जिबूती=DJ
# Gujarati speakers' Hindi in Ahmedabad, Surat and Rajkot
gujarati-hindi | केम छो एलेक्सा {} की राजधानी क्या है | बेल्जियम=BE; इज़राइल=IL; चीन=CN
gujarati-hindi | सूरत से बोल रहा हूँ हीरा {} जाता है उसकी राजधानी कौन सी हें | बेल्जियम देश=BE; संयुक्त अरब अमीरात=AE; थाईलैंड देश=TH
gujarati-hindi | अमारा छोकरा {} में पढ़ता है वहाँ की राजधानी क्या है | कनाडा देश=CA; ऑस्ट्रेलिया देश=AU; न्यूज़ीलैंड देश=NZ
gujarati-hindi | गरबा की प्रैक्टिस चल रही है जल्दी से {} की राजधानी बता दो ने | पुर्तगाल देश=PT; ओमान देश=OM; मोज़ांबिक=MZ
gujarati-hindi | कपड़ा {} एक्सपोर्ट होता है उसकी राजधानी कौन सी हें | श्रीलंका देश=LK; नाइजीरिया देश=NG; घाना देश=GH
gujarati-hindi | नामीबिया में हीरे की खान है उसकी राजधानी कौन सी हें | NA
# Sindhi speakers in Ulhasnagar, Ajmer and Adipur
sindhi-hindi | साईं {} जी राजधानी छा आहे | अफ़गानिस्तान देश=AF; ईरान देश=IR; इराक देश=IQ
sindhi-hindi | अदा बुधाइ {} जी राजधानी कहिड़ी आहे | सीरिया देश=SY; जॉर्डन देश=JO; लेबनान देश=LB
sindhi-hindi | मेवे की दुकान पे {} का बादाम आया है वहाँ की राजधानी बोलो साईं | अफ़गानिस्तान वाले=AF; अमेरिका वाले=US; ईरान वाले=IR
sindhi-hindi | भला {} जी राजधानी जो नालो छा आहे | स्पेन देश=ES; मोनाको=MC; एंडोरा=AD
sindhi-hindi | अजमेर शरीफ़ में {} के ज़ायरीन आए हैं अदा उनकी राजधानी क्या है | पाकिस्तान देश=PK; मिस्र देश=EG; मलेशिया देश=MY
# Nagpuri and Sadri from Ranchi and Gumla
nagpuri | {} कर राजधानी का हके | झारखंड=IN-JH; बिहार=IN-BR; ओडिशा=IN-OD
nagpuri | हमके बताए देवा {} कर राजधानी | छत्तीसगढ़=IN-CG; पश्चिम बंगाल=IN-WB; असम=IN-AS
nagpuri | जोहार एलेक्सा {} कर राजधानी कोन हके | ब्राज़ील देश=BR; अर्जेंटीना देश=AR; जर्मनी देश=DE
nagpuri | राँची ले पूछत ही {} कर राजधानी का नाम का हके | नीदरलैंड देश=NL; डेनमार्क देश=DK; स्वीडन देश=SE
nagpuri | हॉकी खेलेक गेलक हमर भाई {} ओकर राजधानी का हके | बेल्जियम के=BE; स्पेन के=ES; इंग्लैंड के=GB-ENG
nagpuri | गुमला कर इस्कूल में मास्टर पूछलक {} कर राजधानी | बुर्किना फ़ासो=BF; बेनिन देश=BJ; टोगो=TG
# Bambaiya street Hindi
bambaiya | अपुन को {} का कैपिटल बोल ना | ऑस्ट्रेलिया वाले=AU; इंग्लैंड वाले=GB-ENG; अमेरिका वाले=US
bambaiya | भिड़ू {} की राजधानी क्या है रे | चीन=CN; जापान=JP; रूस=RU
bambaiya | लोकल में खड़ा हूँ भिड़ू जल्दी बोल {} की राजधानी | थाईलैंड वाले=TH; मलेशिया वाले=MY; वियतनाम वाले=VN
bambaiya | एकदम झक्कास सवाल है {} की राजधानी बता | स्कॉटलैंड=GB-SCT; वेल्स=GB-WLS; आयरलैंड वाले=IE
bambaiya | अपुन का पंटर {} गया है उधर का राजधानी कौन सा है | दुबई वाला देश=AE; सऊदी=SA; क़तर वाला=QA
# Nepali speakers' Hindi in Darjeeling and Gangtok
nepali-hindi | दाइ {} को राजधानी के हो | नेपाल देश=NP; भूटान देश=BT; म्यांमार देश=MM
nepali-hindi | हजुर {} को राजधानी कुन हो | चीन देश=CN; मंगोलिया देश=MN; लाओस देश=LA
nepali-hindi | मलाई भन्नुस न {} को राजधानी | सिक्किम=IN-SK; मेघालय=IN-ML; मिज़ोरम=IN-MZ
nepali-hindi | बहिनी पूछ रही है {} का राजधानी क्या है हजुर | ब्रूनेई देश=BN; पापुआ न्यू गिनी=PG; तिमोर लेस्ते=TL
nepali-hindi | गोरखा पलटन वाले दाजु {} में हैं उसको राजधानी के हो | ब्रिटेन=GB; सिंगापुर=SG; ब्रूनेई=BN
# Gulf NRI children in Dubai, Sharjah and Doha
gulf-nri | यल्ला एलेक्सा {} का कैपिटल बताओ | क़तर देश=QA; बहरीन देश=BH; कुवैत देश=KW
gulf-nri | हबीबी {} की राजधानी क्या है यार | सऊदी अरब देश=SA; ओमान=OM; यमन देश=YE
gulf-nri | मेरा क्लासमेट {} से है उसकी कैपिटल क्या है | इजिप्ट=EG; सीरिया=SY; फ़िलिस्तीन=PS
gulf-nri | मम्मी बोल रही हैं {} की राजधानी पूछो जल्दी यार | सूडान देश=SD; इरिट्रिया=ER; लीबिया देश=LY
gulf-nri | दोहा से बात कर रहा हूँ मुझे {} का कैपिटल चाहिए इंशाल्लाह | मॉरिटानिया=MR; अल्जीरिया देश=DZ; मोरक्को देश=MA
# Heritage speakers from Mauritius
mauritian-hindi | हम मॉरिशस से हई {} के राजधानी का हय | भारत=IN; मेडागास्कर देश=MG; रियूनियन=RE
mauritian-hindi | हमार दादी पूछत हय {} के राजधानी का बा | सेशेल्स देश=SC; कोमोरोस देश=KM; दक्षिण अफ़्रीका=ZA
mauritian-hindi | बताव ना {} के राजधानी कउन शहर हय | फ़्रांस देश=FR; इंग्लैंड देश=GB-ENG; मायोते=YT
mauritian-hindi | पोर्ट लुई में रहित हई बाकी {} के राजधानी ना मालूम | मोज़ांबिक देश=MZ; केन्या=KE; तंज़ानिया=TZ
# Merchant-navy sailors naming their next ports
merchant-navy | वर्ना पोर्ट पर उतरे हैं बुल्गारिया की राजधानी कौन सी है | BG
merchant-navy | कैरेबियन में अगला स्टॉप {} है उसकी राजधानी | बारबाडोस देश=BB; ग्रेनाडा देश=GD
merchant-navy | अगला पोर्ट {} में है वहाँ की राजधानी क्या है | सेनेगल देश=SN; गाम्बिया=GM; गिनी=GN
merchant-navy | जहाज़ पर हूँ सिग्नल कम है जल्दी बताओ {} की राजधानी | सिएरा लियोन=SL; लाइबेरिया=LR; कोत दिवुआर=CI
merchant-navy | कंटेनर {} में उतरेगा उस देश की राजधानी बताना | होंडूरास=HN; ग्वाटेमाला=GT; बेलीज़=BZ
merchant-navy | शिप साइन ऑफ़ करके {} से घर आ रहा हूँ वहाँ की राजधानी कौन सी थी | अल सल्वाडोर=SV; डोमिनिकन रिपब्लिक=DO; बहामास=BS
merchant-navy | सेलर हूँ हर पोर्ट की राजधानी लिखता हूँ अब {} की बताओ | पापुआ न्यू गिनी देश=PG; सोलोमन द्वीपसमूह=SB; वनुआतू=VU
# A Hindi newsroom's desk checking copy
newsroom | डेस्क पर ख़बर जा रही है {} की राजधानी की पुष्टि कर दो | म्यांमार=MM; सूडान=SD; वेनेज़ुएला=VE
newsroom | उपसंपादक हूँ कॉपी में {} की राजधानी लिखी है सही क्या है | कज़ाखस्तान=KZ; तुर्किये=TR; नाइजीरिया=NG
newsroom | हेडलाइन में {} की राजधानी का नाम डालना है जल्दी बताइए | ब्राज़ील=BR; म्यांमार वाले=MM; इंडोनेशिया=ID
newsroom | एंकर पूछ रहे हैं {} की राजधानी क्या बोलनी है | दक्षिण सूडान=SS; इरिट्रिया=ER; दक्षिण कोरिया=KR
# A family practising for a television quiz with lifelines
quiz-practice | करोड़पति की प्रैक्टिस है पहला सवाल {} की राजधानी क्या है | ऑस्ट्रेलिया=AU; कनाडा=CA; न्यूज़ीलैंड=NZ
quiz-practice | लाइफ़लाइन ले रहा हूँ एलेक्सा {} की राजधानी कौन सी है | कज़ाखस्तान=KZ; म्यांमार=MM; तंज़ानिया=TZ
quiz-practice | पच्चीस लाख का सवाल है {} की राजधानी क्या है | भूटान=BT; लिचेंस्टीन=LI; सैन मेरीनो=SM
quiz-practice | लॉक किया जाए {} की राजधानी सही जवाब क्या है | पलाऊ=PW; तुवालू=TV; नाउरु=NR
quiz-practice | बज़र राउंड {} राजधानी | मार्शल द्वीपसमूह=MH; माइक्रोनेशिया=FM; टोंगा=TO
# A railway platform and the Rajdhani Express
railway | प्लेटफ़ॉर्म पर गाड़ी का इंतज़ार कर रहा हूँ {} की राजधानी बताओ | फ़िनलैंड=FI; नॉर्वे=NO; आइसलैंड=IS
railway | स्लीपर की ऊपर वाली बर्थ से पूछ रहा हूँ {} की राजधानी क्या है | एस्टोनिया=EE; लातविया=LV; लिथुआनिया=LT
railway | टीटी साहब कह रहे {} की राजधानी तक भी रेल जाती है कौन सी है वो | बेलारूस=BY; मॉल्डोवा=MD; स्लोवाकिया=SK
railway | गाड़ी दो घंटे लेट है तब तक {} की राजधानी बता दो | उज़्बेकिस्तान=UZ; ताजिकिस्तान=TJ; किर्गिज़स्तान=KG
# A kirana counter
kirana | दुकान पे ग्राहक नहीं है {} की राजधानी बताओ ज़रा | श्रीलंका=LK; नेपाल=NP; भूटान वाले=BT
kirana | तराज़ू पे दाल तौल रहा हूँ {} की राजधानी क्या है | बांग्लादेश=BD; पाकिस्तान=PK; अफ़गानिस्तान=AF
kirana | ये बिस्कुट {} से आता है वहाँ की राजधानी कौन सी है | मलेशिया=MY; इंडोनेशिया वाले=ID; थाईलैंड=TH
kirana | हिसाब लिखते लिखते भूल गया {} की राजधानी क्या थी | मिस्र=EG; इथियोपिया=ET; केन्या=KE
# A wedding being planned
wedding | हनीमून {} में है वहाँ की राजधानी कौन सी है | मालदीव देश=MV; मॉरीशस देश=MU; सेशेल्स=SC
wedding | मेहंदी वाली पूछ रही है {} की राजधानी क्या है | ग्रीस=GR; इटली=IT; स्पेन=ES
wedding | डेस्टिनेशन वेडिंग {} में करनी है उसकी राजधानी कौन सी है | बाली वाले इंडोनेशिया=ID; थाईलैंड=TH; वियतनाम=VN
wedding | हलवाई बोल रहा {} की राजधानी बताओ तो मिठाई डबल | चेकिया=CZ; क्रोएशिया=HR; हंगरी=HU
# A blind grandfather, a retired postmaster, a pensioner
elder | बेटा कोलंबिया की राजधानी आजकल कौन सी है कान से कम सुनता हूँ ज़ोर से बोलना | CO
elder | बेटा मैं देख नहीं सकता बोल के बताओ {} की राजधानी क्या है | अर्जेंटीना=AR; पेरू=PE; बोलीविया=BO
elder | पोस्ट ऑफ़िस से रिटायर हुआ हूँ {} की राजधानी क्या है आजकल | ज़िम्बाब्वे=ZW; ज़ाम्बिया=ZM; मलावी=MW
elder | थोड़ा धीरे बोलना बेटी {} की राजधानी कौन सी है | इराक=IQ; ईरान=IR; सऊदी अरब=SA
elder | हमारे ज़माने में तो {} की राजधानी कुछ और थी अब क्या है | ब्राज़ील=BR; नाइजीरिया=NG; तंज़ानिया=TZ
# Children with a globe
child | मेरे ग्लोब पे {} है उसकी राजधानी क्या है | ग्रीनलैंड=GL; आइसलैंड वाला=IS; नॉर्वे वाला=NO
child | दीदी बोली एलेक्सा से पूछो {} की राजधानी | मिस्र वाले=EG; केन्या वाले=KE; मोरक्को वाले=MA
child | मैम ने होमवर्क में दिया है {} की राजधानी क्या होती है | जापान=JP; चीन=CN; रूस=RU
child | एलेक्सा तुमको पता है {} की राजधानी मुझे पता है | फ़्रांस=FR; इंग्लैंड=GB-ENG; अमेरिका=US
# Teenagers making reels
teen | भाई सच्ची बता {} की कैपिटल क्या है | नॉर्थ कोरिया=KP; साउथ कोरिया=KR; ताइवान=TW
teen | रील बना रहा हूँ फ़ास्ट बोल {} की राजधानी | आइसलैंड=IS; फ़िनलैंड वाले=FI; ग्रीनलैंड=GL
teen | बेस्टी से शर्त लगी है {} की राजधानी क्या है | स्विट्ज़रलैंड=CH; न्यूज़ीलैंड=NZ; ब्राज़ील=BR
teen | नो कैप {} की कैपिटल बता दो | मोरक्को=MA; पुर्तगाल=PT; क्रोएशिया=HR
# Foreign learners of Hindi (deliberately ungrammatical)
learner | मैं बोस्निया से आया मेरा देश का राजधानी तुम जानता | BA
learner | मैं कोरिया से हूँ मुझे बताना {} का राजधानी | भारत=IN; वियतनाम=VN; कंबोडिया=KH
learner | मैं रूसी हूँ गोवा में रहता है {} का राजधानी क्या होता | कज़ाखस्तान=KZ; उज़्बेकिस्तान=UZ; मंगोलिया=MN
learner | योगा सीखने आई हूँ जापान से {} राजधानी क्या है होता | नेपाल=NP; श्रीलंका=LK; भारत देश=IN
learner | मैं जर्मन छात्र है {} में राजधानी क्या | ऑस्ट्रिया=AT; स्विट्ज़रलैंड=CH; लक्ज़मबर्ग=LU
# Hinglish in Devanagari
hinglish | टेल मी द कैपिटल ऑफ़ {} प्लीज़ | पोलैंड=PL; रोमानिया=RO; सर्बिया=RS
hinglish | {} की कैपिटल सिटी कौन सी है यार | मोंटेनेग्रो=ME; अल्बानिया=AL; उत्तरी मकदूनिया=MK
hinglish | ओके सो {} की कैपिटल क्या है | एस्वाटिनी=SZ; लेसोथो=LS; बोत्स्वाना=BW
hinglish | आई थिंक मैं भूल गया {} की कैपिटल व्हाट इज़ इट | इक्वेटोरियल गिनी=GQ; गिनी बिसाऊ=GW; केप वर्ड=CV
hinglish | डू यू नो {} की कैपिटल | साओ टोम और प्रिंसिपे=ST; मध्य अफ़्रीकी गणराज्य=CF; कांगो गणराज्य=CG
# Hesitations and trailing clauses
hesitation | अं वो क्या नाम है {} की राजधानी | गुयाना=GY; पराग्वे=PY; निकारागुआ=NI
hesitation | अं अं वो {} की राजधानी क्या है | हैती=HT; क्यूबा=CU; जमैका=JM
hesitation | हाँ तो सुनो ना वो क्या है {} की राजधानी | डोमिनिका=DM; सेंट लूसिया=LC; एंटिगुआ और बरबुडा=AG
hesitation | एक सेकंड सोचने दो {} की अं राजधानी बताओ | सेंट किट्स और नेविस=KN; सेंट विंसेंट और ग्रेनाडाइंस=VC; बहामास=BS
trailing | {} की राजधानी क्या है दूध उबल रहा है जल्दी | टोगो=TG; बेनिन=BJ; घाना=GH
trailing | {} की राजधानी कौन सी है कल पेपर है मेरा | रवांडा=RW; बुरुंडी=BI; युगांडा=UG
trailing | {} की राजधानी क्या है बस इतना ही पूछना था | सोमालिया=SO; जिबूती=DJ; इथियोपिया वाले=ET
# Terse forms
terse | राजधानी {} | गिनी बिसाऊ देश=GW; केप वर्ड देश=CV; चाड देश=TD
terse | {} राजधानी बोलो | इरिट्रिया देश=ER; लाइबेरिया देश=LR; सिएरा लियोन देश=SL
terse | सिर्फ़ नाम बोलना {} की राजधानी | अंडोरा=AD; मोनाको=MC; माल्टा=MT
terse | {} राजधानी जल्दी | तुवालू देश=TV; नाउरु देश=NR; समोआ देश=WS
# Follow-ups
follow-up | और {} की | लाओस=LA; कंबोडिया=KH; म्यांमार बर्मा=MM
follow-up | अच्छा फिर {} की बताओ | फ़िजी=FJ; टोंगा=TO; समोआ=WS
follow-up | ठीक है अब {} का क्या | वनुआतू=VU; सोलोमन द्वीपसमूह=SB; किरिबाती=KI
follow-up | और {} की राजधानी भी बता दो साथ में | हंगरी=HU; ऑस्ट्रिया=AT; चेकिया=CZ
follow-up | हम्म और {} का | ग्वाटेमाला=GT; होंडूरास=HN; अल सल्वाडोर=SV
follow-up | एक और {} की कौन सी है | मलावी=MW; मोज़ांबिक=MZ; ज़ाम्बिया वाले=ZM
follow-up | चलो अब {} पर आते हैं उसकी राजधानी | मैक्सिको=MX; कनाडा=CA; क्यूबा=CU
follow-up | साथ में {} की भी बताना | अंगोला=AO; गैबॉन=GA; कैमरून=CM
# Plurals
plural-capitals | {} की राजधानियाँ कौन कौन सी हैं | बोलीविया=BO; बेनिन=BJ; मलेशिया=MY
plural-capitals | {} की दोनों राजधानियों के नाम बताओ | कोत दिवुआर=CI; नीदरलैंड=NL; श्रीलंका=LK
plural-capitals | {} की तीनों राजधानियाँ बताइए | दक्षिण अफ़्रीका=ZA; साउथ अफ़्रीका=ZA
plural-capitals | {} की कितनी राजधानियाँ हैं और कौन सी | एस्वाटिनी=SZ; फ़िलिस्तीन=PS; स्वाज़ीलैंड=SZ
plural-capitals | दाइ {} को राजधानीहरू के के हुन् | श्रीलंका=LK; बोलीविया=BO; मलेशिया=MY
plural-capitals | साईं {} जूं राजधानियूं केतरियूं आहिन | नीदरलैंड=NL; दक्षिण अफ़्रीका=ZA
plural-capitals | {} के राजधानी सब की की छै | बेनिन=BJ; कोत दिवुआर=CI
plural-capitals | जनाब {} के दोनों कैपिटल बोलो | बोलीविया=BO; मलेशिया=MY; एस्वाटिनी=SZ
plural-capitals | सुना है {} की एक से ज़्यादा राजधानियाँ हैं वो कौन सी हैं | फ़लस्तीन=PS; नीदरलैंड्स=NL; बेनिन=BJ
plural-capitals | भिड़ू {} के सारे कैपिटल बोल | साउथ अफ़्रीका=ZA; श्रीलंका=LK; आइवरी कोस्ट=CI
plural-capitals | {} कर दुइयो राजधानी का हके | झारखंड=IN-JH
plural-capitals | {} की दोनों राजधानियाँ कौन सी हैं गर्मी और सर्दी वाली | जम्मू और कश्मीर=IN-JK; उत्तराखंड=IN-UK
plural-capitals | {} की दो राजधानियाँ क्यों हैं और कौन सी हैं | मोंटसेरात=MS; फ़िलिस्तीन=PS; एस्वाटिनी=SZ
plural-capitals | मिगी दस्सो जम्मू कश्मीर दियां दोए राजधानियां केह्ड़ियां न | IN-JK
plural-capitals | ओके सो {} की कैपिटल्स कौन कौन सी हैं | नीदरलैंड=NL; बोलीविया=BO; दक्षिण अफ़्रीका=ZA
plural-capitals | संपादक जी पूछ रहे हैं {} की राजधानियाँ कितनी और कौन सी | कोत दिवुआर=CI; मलेशिया=MY; फ़िलिस्तीन=PS
plural-capitals | बेटा देख नहीं सकता {} की सब राजधानियाँ बोल के सुनाओ | श्रीलंका=LK; बेनिन=BJ; एस्वाटिनी=SZ
# Subdivisions
subdivision | {} राज्य की राजधानी क्या है | मिज़ोरम=IN-MZ; त्रिपुरा=IN-TR; नागालैंड=IN-NL
subdivision | {} की राजधानी कौन सा शहर है अपने देश में | मणिपुर=IN-MN; अरुणाचल प्रदेश=IN-AR; मेघालय=IN-ML
subdivision | केंद्र शासित प्रदेश {} की राजधानी | लद्दाख=IN-LA; लक्षद्वीप=IN-LD; पुडुचेरी=IN-PY
subdivision | दमन दीव वाले प्रदेश की राजधानी क्या है | IN-DH
subdivision | अंडमान निकोबार की राजधानी का नया नाम क्या है | IN-AN
subdivision | अमेरिका के {} राज्य की राजधानी कौन सी है | वर्मोंट=US-VT; वायोमिंग=US-WY; डेलावेयर=US-DE
subdivision | कनाडा के {} प्रांत की राजधानी क्या है | सस्केचेवान=CA-SK; मैनिटोबा=CA-MB; नोवा स्कोशिया=CA-NS
subdivision | {} टेरिटरी की राजधानी कौन सी है कनाडा में | नुनावुत=CA-NU; युकोन=CA-YT
subdivision | ऑस्ट्रेलिया के {} की राजधानी क्या है | तस्मानिया=AU-TAS; क्वींसलैंड=AU-QLD; उत्तरी क्षेत्र=AU-NT
subdivision | जर्मनी का {} प्रांत उसकी राजधानी कौन सी है | बवेरिया=DE-BY; सैक्सनी=DE-SN; हेस्से=DE-HE
subdivision | मेक्सिको में {} स्टेट की राजधानी क्या है | हालिस्को=MX-JAL; युकातान=MX-YUC; ओआहाका=MX-OAX
subdivision | यूके में {} की राजधानी कौन सी है | स्कॉटलैंड=GB-SCT; वेल्स=GB-WLS; उत्तरी आयरलैंड=GB-NIR
subdivision | दाइ {} राज्य को राजधानी कुन हो | सिक्किम=IN-SK; त्रिपुरा=IN-TR
subdivision | जनाब {} का राजधानी कौन सा है | लद्दाख वाले=IN-LA; जम्मू कश्मीर=IN-JK
subdivision | आपण बोलिए {} का राजधानी | ओडिशा राज्य=IN-OD; आंध्र प्रदेश=IN-AP; तेलंगाना=IN-TS
subdivision | गुजरात की राजधानी अहमदाबाद नहीं है तो कौन सी है | IN-GJ
subdivision | उत्तर प्रदेश और मध्य प्रदेश में से मध्य प्रदेश की राजधानी बताओ | IN-MP
subdivision | कैलिफ़ोर्निया वाले स्टेट की कैपिटल लॉस एंजेलिस है क्या नहीं तो कौन | US-CA
subdivision | न्यूयॉर्क स्टेट की असली राजधानी क्या है | US-NY
subdivision | क्यूबेक प्रांत की राजधानी कौन सी है | CA-QC
# Territories
territory | {} की राजधानी कौन सी जगह है | फ़ेरो द्वीपसमूह=FO; एलैंड द्वीपसमूह=AX; स्वालबार्ड=SJ
territory | {} किसका इलाक़ा है और उसकी राजधानी कौन सी है | जिब्राल्टर=GI; बरमूडा=BM; ग्वाम=GU
territory | अगला पोर्ट {} है वहाँ की कैपिटल बताओ | कुरासाओ=CW; अरूबा=AW; सिंट मार्टिन=SX
territory | {} द्वीप की राजधानी कौन सी है | जर्सी=JE; गर्नसी=GG; आइल ऑफ़ मैन=IM
territory | मेरा ग्लोब कहता है {} भी है उसकी राजधानी | फ़ॉकलैंड द्वीपसमूह=FK; सेंट हेलेना=SH; पिटकैर्न द्वीपसमूह=PN
territory | फ़्रांस के {} की राजधानी कौन सी है | मार्टीनिक=MQ; ग्वाडेलूप=GP; फ़्रेंच गुयाना=GF
territory | ऑस्ट्रेलिया वाले {} की राजधानी कौन सी है | क्रिसमस द्वीप=CX; नॉरफ़ॉक द्वीप=NF; कोकोस द्वीपसमूह=CC
territory | न्यूज़ीलैंड से जुड़े {} की राजधानी क्या है | कुक द्वीपसमूह=CK; नीयू=NU; तोकेलाउ=TK
territory | सेंट पिएरे और मिक्वेलान की राजधानी क्या है | PM
territory | सेंट बार्थेलेमी की राजधानी कौन सी है | BL
territory | ग्रीनलैंड की राजधानी डेनमार्क वाली है क्या कौन सी है | GL
# Yes/no checks (right and wrong guesses)
yes-no-check | क्या {} | नाइजीरिया की राजधानी लागोस है=NG; ऑस्ट्रेलिया की राजधानी सिडनी है=AU; तुर्की की राजधानी इस्तांबुल है=TR
yes-no-check | {} ना | कनाडा की राजधानी ओटावा है=CA; ब्राज़ील की राजधानी ब्रासीलिया है=BR; कज़ाखस्तान की राजधानी अस्ताना है=KZ
yes-no-check | सच में {} | पाकिस्तान की राजधानी कराची है=PK; वियतनाम की राजधानी हो ची मिन्ह सिटी है=VN; मोरक्को की राजधानी कासाब्लांका है=MA
yes-no-check | {} है ना सही बोला मैंने | म्यांमार की राजधानी यांगून=MM; तंज़ानिया की राजधानी दार एस सलाम=TZ; न्यूज़ीलैंड की राजधानी ऑकलैंड=NZ
yes-no-check | पक्का {} है या कुछ और | कोत दिवुआर की राजधानी आबिदजान=CI; बोलीविया की राजधानी ला पाज़=BO; श्रीलंका की राजधानी कोलंबो=LK
yes-no-check | ओके सो {} राइट | जर्मनी की कैपिटल बर्लिन=DE; स्पेन की कैपिटल बार्सिलोना=ES; इटली की कैपिटल मिलान=IT
yes-no-check | दाइ {} हो कि होइन | नेपाल को राजधानी काठमांडू=NP; भूटान को राजधानी पारो=BT
yes-no-check | उपसंपादक पूछ रहे हैं {} सही है | नाइजर की राजधानी नियामी=NE; चाड की राजधानी एनजामेना=TD; माली की राजधानी बामाको=ML
yes-no-check | क्या दक्षिण अफ़्रीका की राजधानी जोहानसबर्ग है | ZA
yes-no-check | एलेक्सा मेरी बहन कह रही है कि बेल्जियम की राजधानी ब्रूसेल्स है सही है | BE
yes-no-check | मुझे लगता है रूस की राजधानी सेंट पीटर्सबर्ग है हाँ या ना | RU
yes-no-check | क्या कैलिफ़ोर्निया की राजधानी सैक्रामेंटो है | US-CA
yes-no-check | क्या स्कॉटलैंड की राजधानी ग्लासगो है | GB-SCT
yes-no-check | क्या ग्रीनलैंड की राजधानी नुक है | GL
# Self-corrections (the last place named)
self-correction | {} | नॉर्वे की नहीं नहीं स्वीडन की राजधानी=SE; ऑस्ट्रिया की मेरा मतलब ऑस्ट्रेलिया की राजधानी=AU; स्लोवाकिया की सॉरी स्लोवेनिया की राजधानी=SI
self-correction | {} की राजधानी | इराक सॉरी ईरान=IR; गिनी नहीं नहीं गिनी बिसाऊ=GW; नाइजर मेरा मतलब नाइजीरिया=NG
self-correction | रुको रुको {} | पराग्वे की नहीं उरुग्वे की राजधानी बताओ=UY; लातविया नहीं लिथुआनिया की राजधानी बताओ=LT; ऑस्ट्रिया नहीं हंगरी की राजधानी बताओ=HU
self-correction | ग़लती हो गई {} | माली नहीं मालदीव की राजधानी=MV; गाम्बिया नहीं ज़ाम्बिया की राजधानी=ZM; मॉरीशस नहीं मॉरिटानिया की राजधानी=MR
self-correction | जनाब {} | तुर्कमेनिस्तान का नहीं नहीं ताजिकिस्तान का राजधानी=TJ; कुवैत का माफ़ करना क़तर का राजधानी=QA
self-correction | साईं {} | ईरान जी न न इराक जी राजधानी=IQ; सऊदी अरब की नहीं यार यमन की राजधानी=YE
self-correction | भिड़ू {} | कोलंबिया का नहीं रे मेरा मतलब कोस्टारिका का कैपिटल=CR; चिली बोले तो सॉरी पेरू का कैपिटल=PE
self-correction | ऑस्ट्रेलिया की राजधानी नहीं नहीं रुको न्यूज़ीलैंड की राजधानी बताओ | NZ
self-correction | डोमिनिका की सॉरी डोमिनिकन रिपब्लिक की राजधानी क्या है | DO
self-correction | सूडान की मेरा मतलब है दक्षिण सूडान की राजधानी | SS
self-correction | आर्मेनिया की अरे नहीं अल्बानिया की राजधानी क्या है | AL
self-correction | बेल्जियम नहीं सॉरी बेलारूस की राजधानी बोलो | BY
self-correction | टेक्सास की नहीं मेरा मतलब टेनेसी की राजधानी | US-TN
# Reverse questions
reverse-question | {} किस देश की राजधानी है | काठमांडू=CITY:काठमांडू; ताशकंद=CITY:ताशकंद; बाकु=CITY:बाकु
reverse-question | {} कौन से मुल्क की राजधानी है | अम्मान=CITY:अम्मान; मस्कट=CITY:मस्कट; रियाद=CITY:रियाद
reverse-question | {} राजधानी है किसकी | नैरोबी=CITY:नैरोबी; कंपाला=CITY:कंपाला; किगाली=CITY:किगाली
reverse-question | {} किस देश का कैपिटल है | हनोई=CITY:हनोई; जकार्ता=CITY:जकार्ता; मनीला=CITY:मनीला
reverse-question | {} किसकी राजधानी है बताओ | ओस्लो=CITY:ओस्लो; हेलसिंकी=CITY:हेलसिंकी; रेक्याविक=CITY:रेक्याविक
reverse-question | दाइ {} कुन देशको राजधानी हो | थिंपू=CITY:थिंपू; ढाका=CITY:ढाका
reverse-question | {} के राजधानी छै से कोन देश छियै | लीमा=CITY:लीमा; क्वीटो=CITY:क्वीटो; मोंटेवीडियो=CITY:मोंटेवीडियो
reverse-question | अगला पोर्ट {} है ये किस देश की राजधानी है | डकार=CITY:डकार; एक्रा=CITY:एक्रा; लुआंडा=CITY:लुआंडा
reverse-question | उलानबातर किसकी राजधानी है | CITY:उलानबातर
reverse-question | भाई ये प्योंगयांग किस देश की राजधानी है | CITY:प्योंगयांग
reverse-question | पटना किस राज्य की राजधानी है | CITY:पटना
reverse-question | चंडीगढ़ किन किन की राजधानी है | CITY:चंडीगढ़
reverse-question | विक्टोरिया किसकी राजधानी है | CITY:विक्टोरिया
reverse-question | किंग्स्टन कौन से देश की राजधानी है | CITY:किंग्स्टन
reverse-question | ईटानगर किस राज्य की राजधानी है | CITY:ईटानगर
# Official names
official-name | आधिकारिक नाम {} है उसकी राजधानी क्या है | संघीय गणराज्य जर्मनी=DE; चीनी जनवादी गणराज्य=CN; रूसी संघ=RU
official-name | {} की राजधानी कौन सी है बताइए | इस्लामी गणराज्य ईरान=IR; मिस्र अरब गणराज्य=EG; संयुक्त गणराज्य तंज़ानिया=TZ
official-name | कॉपी में लिखा है {} इसकी राजधानी क्या है | वियतनाम समाजवादी गणराज्य=VN; लाओ जनवादी लोकतांत्रिक गणराज्य=LA; हेलेनिक गणराज्य=GR
official-name | {} की राजधानी बताओ | स्विस परिसंघ=CH; यूनाइटेड स्टेट्स ऑफ़ अमेरिका=US; किंगडम ऑफ़ सऊदी अरेबिया=SA
official-name | {} का कैपिटल क्या है | इस्लामिक रिपब्लिक ऑफ़ पाकिस्तान=PK; डेमोक्रेटिक पीपल्स रिपब्लिक ऑफ़ कोरिया=KP; कोरिया गणराज्य=KR
official-name | संयुक्त मेक्सिकन राज्य की राजधानी क्या है | MX
official-name | किर्गिज़ गणराज्य की राजधानी क्या है | KG
official-name | हाशमाइट किंगडम ऑफ़ जॉर्डन की राजधानी कौन सी है | JO
official-name | यूनाइटेड किंगडम ऑफ़ ग्रेट ब्रिटेन एंड नॉर्दर्न आयरलैंड की राजधानी क्या है | GB
official-name | कोमनवेल्थ ऑफ़ ऑस्ट्रेलिया की राजधानी बताइए | AU
# Everyday names
everyday-name | लोग {} बोलते हैं उसकी राजधानी क्या है | हॉलैंड=NL; अमरीका=US; रशिया=RU
everyday-name | {} का कैपिटल कौन सा है | चाइना=CN; इजिप्ट=EG; टर्की=TR
everyday-name | {} की राजधानी बताओ ना | आइवरी कोस्ट=CI; चेक रिपब्लिक=CZ; ईस्ट तिमोर=TL
everyday-name | {} की राजधानी कौन सी है | कैनेडा=CA; बोस्निया=BA; त्रिनिदाद=TT
everyday-name | अपने {} की राजधानी तो दिल्ली है ना | हिंदुस्तान=IN; इंडिया=IN
everyday-name | {} वाले देश की राजधानी क्या है | यूएई=AE; डीआरसी=CD; सेंट विंसेंट=VC
everyday-name | {} का राजधानी क्या होता है | ब्रिटेन=GB; एमिरेट्स=AE; मैसेडोनिया=MK
everyday-name | यूएसए की राजधानी बोलो | US
everyday-name | डीआर कांगो की राजधानी क्या है | CD
# Old names
old-name | पुराने डाक टिकट पर {} लिखा है उसकी राजधानी अब क्या है | सीलोन=LK; बर्मा=MM; स्याम=TH
old-name | {} की राजधानी क्या थी और अब क्या है | ज़ायर=CD; दाहोमे=BJ; अपर वोल्टा=BF
old-name | मेरे टिकट एल्बम में {} है उसकी राजधानी कौन सी है | रोडेशिया=ZW; न्यासालैंड=MW; बेचुआनालैंड=BW
old-name | बाबूजी {} की राजधानी पूछ रहे हैं | उड़ीसा=IN-OD; उत्तरांचल=IN-UK; पांडिचेरी=IN-PY
old-name | {} कहते थे जिसे उस देश की राजधानी क्या है | विलायत=GB; सियाम=TH; स्वाज़ीलैंड=SZ
old-name | एबिसीनिया की राजधानी क्या थी | ET
old-name | ब्रिटिश होंडूरास आजकल जो है उसकी राजधानी | BZ
old-name | डच गुयाना की राजधानी कौन सी है | SR
old-name | पश्चिमी समोआ की राजधानी क्या है | WS
old-name | फ़ॉर्मोसा की राजधानी कौन सी है | TW
old-name | उत्तरी रोडेशिया की राजधानी क्या थी | ZM
# Shared names
shared-name | सिर्फ़ {} बोला है उसकी राजधानी बताओ | कोरिया=KP+KR; कांगो=CD+CG; जॉर्जिया=GE+US-GA
shared-name | {} की राजधानी कौन सी होती है | वर्जिन आइलैंड्स=VG+VI; वर्जिन द्वीपसमूह=VG+VI
shared-name | जनाब {} का दारुल हुकूमत बोलो | कोरिया=KP+KR; कांगो=CD+CG
shared-name | {} कर राजधानी कोन हके भइया | जॉर्जिया=GE+US-GA; कोरिया=KP+KR
shared-name | {} वाला जॉर्जिया उसकी राजधानी क्या है | रूस के पास=GE; अमेरिका=US-GA
shared-name | अमेरिका के जॉर्जिया स्टेट की कैपिटल | US-GA
shared-name | जॉर्जिया देश की राजधानी टबिलिसी है ना | GE
shared-name | {} कांगो की राजधानी | ब्राज़ाविल वाले=CG; किंशासा वाले=CD
shared-name | ब्रिटिश वर्जिन आइलैंड्स की राजधानी कौन सी है | VG
shared-name | अमेरिकी वर्जिन द्वीपसमूह की राजधानी क्या है | VI
shared-name | डोमिनिका और डोमिनिकन रिपब्लिक दोनों की राजधानियाँ बताओ | DM+DO
shared-name | दोनों कोरिया की राजधानी अलग अलग बताओ | KP+KR
# One-shot requests through the invocation name
one-shot | दुनिया की राजधानियाँ से पूछो {} की राजधानी क्या है | गैबॉन=GA; कैमरून=CM; गिनी=GN
one-shot | एलेक्सा दुनिया की राजधानियाँ खोलो और {} की राजधानी बताओ | सूडान=SD; सोमालिया=SO; लीबिया=LY
one-shot | दुनिया की राजधानियाँ में {} की राजधानी देखो | आर्मेनिया=AM; जॉर्जिया देश=GE; मॉल्डोवा=MD
one-shot | एलेक्सा दुनिया की राजधानियां से {} का कैपिटल पूछो | मंगोलिया=MN; भूटान=BT; मालदीव=MV
one-shot | दुनिया की राजधानियाँ चलाकर बताना {} की राजधानी | बहरीन=BH; क़तर=QA; ओमान=OM
one-shot | दुनिया की राजधानियाँ से पूछ के बता {} कर राजधानी | केन्या=KE; इथियोपिया=ET
one-shot | एलेक्सा दुनिया की राजधानियाँ से पूछो कि बोलीविया की राजधानियाँ कौन सी हैं | BO
one-shot | एलेक्सा दुनिया की राजधानियाँ में कैनबरा किस देश की राजधानी है | CITY:कैनबरा
# Launch
launch | दुनिया की राजधानियाँ खोलो | LAUNCH
launch | एलेक्सा ज़रा दुनिया की राजधानियाँ वाला खेल लगाओ | LAUNCH
launch | दुनिया की राजधानियाँ शुरू कर दीजिए | LAUNCH
launch | एलेक्सा दुनिया की राजधानियां चालू करो | LAUNCH
launch | जोहार एलेक्सा दुनिया की राजधानियाँ खोल देवा | LAUNCH
launch | साईं दुनिया की राजधानियाँ खोलो | LAUNCH
launch | भिड़ू दुनिया की राजधानियाँ स्टार्ट कर | LAUNCH
launch | दाइ दुनिया की राजधानियाँ खोल्नुस न | LAUNCH
launch | हबीबी दुनिया की राजधानियाँ ओपन करो | LAUNCH
launch | बेटा दुनिया की राजधानियाँ लगा दो सुनना है | LAUNCH
launch | दुनिया की राजधानियाँ वाली स्किल खोलो एलेक्सा | LAUNCH
launch | एलेक्सा दुनिया की राजधानियाँ चलाओ क्विज़ खेलना है | LAUNCH
launch | दुनिया की राजधानियाँ खोलू ने | LAUNCH
launch | केम छो एलेक्सा दुनिया की राजधानियाँ खोलो ने | LAUNCH
# Help
help | मैं क्या क्या पूछ सकता हूँ इसमें बताइए | HELP
help | भिड़ू कैसे चलता है ये समझा | HELP
help | ये राजधानी वाला कैसे चलता है समझाओ | HELP
help | मुझे नहीं पता क्या बोलना है मदद करो | HELP
help | इसमें क्या क्या पूछ सकते हैं | HELP
help | साईं ये चलता कैसे है बताओ | HELP
help | हजुर यो कसरी चलाउने मलाई सहायता चाहियो | HELP
help | अहाँ की की करैत छी से बताउ | HELP
help | जनाब इसको इस्तेमाल कैसे करते हैं | HELP
help | भिड़ू ये कैसे यूज़ करने का बता | HELP
help | हेल्प चाहिए यार क्या बोलूँ | HELP
help | एलेक्सा मदद | HELP
help | बेटा मैं देख नहीं सकता बताओ इसमें क्या बोलना है | HELP
help | कौन कौन से सवाल पूछ सकती हूँ तुमसे | HELP
help | इस स्किल के बारे में समझा दीजिए | HELP
help | हमके समझाए देवा कइसे पूछब | HELP
help | मिंजो समझ नीं आया करना क्या ऐ | HELP
help | गाइड करो ना कैसे खेलते हैं | HELP
help | आपण बताइए इसमें क्या बोलना पड़ता है | HELP
help | निर्देश सुनाइए | HELP
help | मदद चाहिए राजधानी पूछने में | HELP
help | अरे ये करता क्या है | HELP
# Stop
stop | बस बस हो गया अब बंद | STOP
stop | अब चुप रहो बच्चे सो रहे हैं | STOP
stop | ओ भ्राऊ बंद कर देओ | STOP
stop | केम छो नहीं बस बंद करो ने | STOP
stop | बस अब बंद करो | STOP
stop | चुप हो जाओ एलेक्सा | STOP
stop | रुक जाओ बस | STOP
stop | भिड़ू बस कर | STOP
stop | साईं बंद करो | STOP
stop | हजुर बन्द गर्नुस | STOP
stop | बंद करू ने | STOP
stop | जनाब बस करो अब | STOP
stop | स्टॉप इट यार | STOP
stop | खलास बंद करो | STOP
stop | रहने दे बंद कर अपुन को नहीं सुनना | STOP
stop | बस हो गया बंद करो खेल | STOP
stop | ठहर जाओ एलेक्सा | STOP
stop | बंद कर देवा | STOP
stop | अब और नहीं बंद करो | STOP
stop | एलेक्सा बाहर निकलो इस खेल से | STOP
stop | राजधानी वाला बंद करो | STOP
stop | हो गया बेटा बंद करो अब | STOP
stop | मिगी होर नेईं सुनना बंद करो | STOP
stop | ओके बाय बंद करो | STOP
# Cancel
cancel | ओ भ्राऊ रैहन देओ | CANCEL
cancel | ग़लत देश बोल दिया कैंसल करो | CANCEL
cancel | कैंसल करो | CANCEL
cancel | रद्द कर दो | CANCEL
cancel | छोड़ो रहने दो | CANCEL
cancel | साईं कैंसल करो | CANCEL
cancel | भिड़ू कैंसल कर दे | CANCEL
cancel | जनाब रहने दीजिए | CANCEL
cancel | नहीं पूछना अब कैंसल | CANCEL
cancel | रद्द करू ने | CANCEL
cancel | हजुर रद्द गर्नुस | CANCEL
cancel | ये सवाल कैंसल कर दो | CANCEL
cancel | अरे रहने दो कोई बात नहीं | CANCEL
cancel | कैंसिल कैंसिल | CANCEL
cancel | ग़लत खुल गया कैंसल करो | CANCEL
cancel | छोड़ दे यार रहने दे | CANCEL
cancel | हबीबी कैंसल | CANCEL
cancel | रहे देवा छोड़ देवा | CANCEL
cancel | पहले वाला रद्द करो | CANCEL
cancel | कैंसल करो बेटा ग़लती से बोल दिया | CANCEL
cancel | नहीं चाहिए रद्द | CANCEL
cancel | मिंजो नीं चाहिदा रहने दो | CANCEL
# What hi-IN recognition writes
recognition-artefact | {} की राजधानी क्या है जी | जाम्बिया=ZM; जिम्बाब्वे=ZW; फिनलैंड=FI
recognition-artefact | {} कि राजधानी क्या हे | फ्रांस=FR; न्यूजीलैंड=NZ; फिजी=FJ
recognition-artefact | {} की राजधानि बताओ | आस्ट्रेलिया=AU; आस्ट्रिया=AT; हंगेरी=HU
recognition-artefact | {} की राज धानी क्या है | डेन मार्क=DK; आयर लैंड=IE; ग्रीन लैंड=GL
recognition-artefact | {} कीराजधानी क्या है | नार्वे=NO; स्वीडेन=SE; पोलेंड=PL
recognition-artefact | {} की राजधानी बताइये | कजाकिस्तान=KZ; किर्गिस्तान=KG; अजरबैजान=AZ
recognition-artefact | {} की राजधानी बताओ तो | सर बिया=RS; क्रो एशिया=HR; स्लो वेनिया=SI
recognition-artefact | {} की राजधानि कौन सी है | मेडा गास्कर=MG; मोजांबीक=MZ; तंजानिया=TZ
recognition-artefact | {} कि राजधानी बताओ | कमरून=CM; गेबॉन=GA; नाईजर=NE
recognition-artefact | {} कि राजधानि क्या है | इजरायल=IL; फिलिस्तीन=PS; लेबनॉन=LB
recognition-artefact | {} की रजधानी क्या है | इंडो नेशिया=ID; मलय शिया=MY; सिंगा पुर=SG
recognition-artefact | {} की कैपिटल क्या हे | कोस्टा रीका=CR; पनामा=PA; होंडुरास=HN
recognition-artefact | {} कि राजधानी का नाम बताओ | मोरोक्को=MA; अल्जीरीया=DZ; टयूनीशिया=TN
# Out of domain (near misses and everyday requests)
out-of-domain | राजधानी एक्सप्रेस दिल्ली से कितने बजे चलती है | FB
out-of-domain | राजधानी एक्सप्रेस में खाना कैसा मिलता है | FB
out-of-domain | राजधानी थाली वाला रेस्टोरेंट पास में कहाँ है | FB
out-of-domain | दिल्ली कैपिटल्स का आज मैच किससे है | FB
out-of-domain | कैपिटल लेटर में नाम कैसे लिखते हैं | FB
out-of-domain | बिज़नेस शुरू करने के लिए कैपिटल कहाँ से लाएँ | FB
out-of-domain | शेयर कैपिटल और लोन में क्या फ़र्क है | FB
out-of-domain | कैपिटल गेन टैक्स कितना लगता है | FB
out-of-domain | वेंचर कैपिटल क्या होता है | FB
out-of-domain | राजधानी शब्द का अंग्रेज़ी में क्या मतलब है | FB
out-of-domain | माहिष्मती साम्राज्य की राजधानी कहाँ थी | FB
out-of-domain | मौर्य साम्राज्य की राजधानी कौन सी थी | FB
out-of-domain | मुग़लों की पहली राजधानी कहाँ थी | FB
out-of-domain | वकांडा की राजधानी क्या है | FB
out-of-domain | अटलांटिस की राजधानी कहाँ है | FB
out-of-domain | रावण की लंका की राजधानी कौन सी थी | FB
out-of-domain | मिथिला राज्य की राजधानी जनकपुर थी क्या | FB
out-of-domain | नेपाल की आबादी कितनी है | FB
out-of-domain | जापान में अभी कितने बजे हैं | FB
out-of-domain | दुबई में आज गर्मी कितनी है | FB
out-of-domain | कतर की करेंसी को क्या कहते हैं | FB
out-of-domain | मॉरीशस में कौन कौन सी भाषा बोलते हैं | FB
out-of-domain | ब्राज़ील का राष्ट्रीय खेल क्या है | FB
out-of-domain | कनाडा का झंडा किस रंग का है | FB
out-of-domain | रूस का राष्ट्रपति कौन है | FB
out-of-domain | श्रीलंका जाने के लिए वीज़ा लगता है क्या | FB
out-of-domain | मलेशिया से दिल्ली की फ़्लाइट कितने घंटे की है | FB
out-of-domain | सिंगापुर डॉलर का रेट क्या है आज | FB
out-of-domain | अमेरिका का सबसे बड़ा शहर कौन सा है | FB
out-of-domain | सबसे छोटा देश कौन सा है दुनिया में | FB
out-of-domain | दुनिया में कितने देश हैं | FB
out-of-domain | भारत के कितने राज्य हैं | FB
out-of-domain | बिहार के मुख्यमंत्री कौन हैं | FB
out-of-domain | मधुबनी से दरभंगा कितना दूर है | FB
out-of-domain | मखाना का भाव आज क्या है | FB
out-of-domain | वैष्णो देवी की यात्रा पर्ची कैसे बनती है | FB
out-of-domain | जम्मू में कलाड़ी कहाँ मिलती है | FB
out-of-domain | जनाब गुलमर्ग में बर्फ़ पड़ी क्या आज | FB
out-of-domain | डल झील में शिकारा का किराया कितना है | FB
out-of-domain | धर्मशाला में कल बारिश होगी क्या | FB
out-of-domain | सेब का रेट मंडी में क्या चल रहा है | FB
out-of-domain | रथ यात्रा इस बार किस तारीख़ को है | FB
out-of-domain | भाई पुरी में समुद्र का पानी कैसा है आज | FB
out-of-domain | गरबा के गाने बजाओ | FB
out-of-domain | सूरत में हीरे का भाव क्या है | FB
out-of-domain | साईं झूलेलाल का भजन लगाओ | FB
out-of-domain | उल्हासनगर की सबसे अच्छी पापड़ की दुकान कौन सी है | FB
out-of-domain | जोहार एलेक्सा नागपुरी गाना बजाओ | FB
out-of-domain | भिड़ू लोकल का अगला टाइम क्या है | FB
out-of-domain | अपुन को वड़ा पाव कहाँ मिलेगा | FB
out-of-domain | दाइ मोमो कसरी बनाउने | FB
out-of-domain | दार्जिलिंग की टॉय ट्रेन कब चलती है | FB
out-of-domain | यल्ला एलेक्सा अरबी गाना लगाओ | FB
out-of-domain | दुबई से भारत पैसे भेजने का रेट बताओ | FB
out-of-domain | मॉरीशस में भोजपुरी कब पहुँची | FB
out-of-domain | जहाज़ पर इंटरनेट कैसे चलाएँ | FB
out-of-domain | कार्गो शिप कितनी तेज़ चलती है | FB
out-of-domain | ख़बर की हेडलाइन कितने शब्दों की होनी चाहिए | FB
out-of-domain | करोड़पति में अगला सवाल कितने का है | FB
out-of-domain | प्लेटफ़ॉर्म नंबर तीन पर कौन सी गाड़ी आएगी | FB
out-of-domain | मेरा पीएनआर स्टेटस बताओ | FB
out-of-domain | चीनी का दाम कितना बढ़ा | FB
out-of-domain | शादी का मुहूर्त कब का है | FB
out-of-domain | मेहंदी का रंग गहरा कैसे करें | FB
out-of-domain | मेरी पेंशन कब आएगी | FB
out-of-domain | पुराने डाक टिकट कहाँ बिकते हैं | FB
out-of-domain | मेरे ग्लोब पे सबसे बड़ा समुद्र कौन सा है | FB
out-of-domain | एलेक्सा एक चुटकुला सुनाओ | FB
out-of-domain | सुबह छह बजे का अलार्म लगा दो | FB
out-of-domain | आज मौसम कैसा रहेगा | FB
out-of-domain | आज की ताज़ा ख़बरें सुनाओ | FB
out-of-domain | रील के लिए ट्रेंडिंग गाना कौन सा है | FB
out-of-domain | भाई इंस्टा पर फ़ॉलोअर कैसे बढ़ाएँ | FB
out-of-domain | कोरियन में धन्यवाद कैसे बोलते हैं | FB
out-of-domain | सूर्य नमस्कार में कितने आसन होते हैं | FB
out-of-domain | दिल्ली भारत की राजधानी कब बनी | FB
out-of-domain | कोलकाता पहले राजधानी क्यों थी | FB
out-of-domain | ब्रासीलिया शहर किसने बनाया | FB
out-of-domain | कैनबरा को राजधानी क्यों चुना गया | FB
out-of-domain | राजधानी बदलने में कितना ख़र्च आता है | FB
out-of-domain | राजधानी में प्रदूषण कितना है आज | FB
out-of-domain | स्पेन की फ़ुटबॉल टीम का कप्तान कौन है | FB
out-of-domain | जर्मनी में पढ़ाई मुफ़्त है क्या | FB
out-of-domain | कनाडा का पीआर कैसे मिलता है | FB
out-of-domain | ऑस्ट्रेलिया में क्रिकेट सीरीज़ कब है | FB
out-of-domain | नेपाल में कौन सा पहाड़ सबसे ऊँचा है | FB
out-of-domain | फ़्रांस में एफ़िल टावर कितना ऊँचा है | FB
out-of-domain | मिस्र के पिरामिड कितने पुराने हैं | FB
out-of-domain | अमेरिका का राष्ट्रीय पक्षी कौन सा है | FB
out-of-domain | जापान की मुद्रा क्या है | FB
out-of-domain | अफ़्रीका में कितने देश हैं | FB
out-of-domain | सबसे ज़्यादा आबादी वाली राजधानी कौन सी है | FB
out-of-domain | राजधानी और महानगर में क्या अंतर है | FB
out-of-domain | कैपिटल पनिशमेंट का मतलब क्या होता है | FB
out-of-domain | कैपिटल मार्केट में पैसा कैसे लगाएँ | FB
out-of-domain | राजधानी कॉलेज में एडमिशन कब खुलेंगे | FB
out-of-domain | एलेक्सा तुम्हारी राजधानी कौन सी है | FB
out-of-domain | टाइगर हिल पर सूरज कितने बजे उगता है | FB
out-of-domain | गांधीनगर में अक्षरधाम कितने बजे खुलता है | FB
out-of-domain | राजधानी एक्सप्रेस का टिकट कैसे बुक करें | FB
out-of-domain | अहाँ के नाम की छै | FB
out-of-domain | दरभंगा एयरपोर्ट से फ़्लाइट कतय जाइत छै | FB
out-of-domain | मिगी डोगरी गाना सुनाओ | FB
out-of-domain | जम्मू तवी स्टेशन पर गाड़ी कितने बजे आएगी | FB
out-of-domain | जनाब कहवा कैसे बनाते हैं | FB
out-of-domain | पश्मीना असली है या नक़ली कैसे पहचानें | FB
out-of-domain | मिंजो कांगड़ा दा मौसम दस्सा | FB
out-of-domain | शिमला में माल रोड पर पार्किंग कहाँ है | FB
out-of-domain | भाई कोणार्क मंदिर कितना पुराना है | FB
out-of-domain | ओडिशा में पखाल कब खाते हैं | FB
out-of-domain | केम छो ढोकला की रेसिपी बताओ | FB
out-of-domain | उत्तरायण पर पतंग कहाँ सस्ती मिलती है | FB
out-of-domain | साईं सिंधी कढ़ी कैसे बनती है | FB
out-of-domain | हमर गाँव में बिजली कब आई | FB
out-of-domain | भिड़ू आज मैच का स्कोर क्या है | FB
out-of-domain | गंगटोक में बर्फ़ गिरी क्या | FB
out-of-domain | हबीबी बुर्ज ख़लीफ़ा कितनी ऊँची है | FB
out-of-domain | दोहा में ईद कब है | FB
out-of-domain | मॉरीशस का रुपया भारत के रुपये से कितना है | FB
out-of-domain | जहाज़ पर पानी कहाँ से आता है | FB
out-of-domain | अगले पोर्ट पर सिम कार्ड कहाँ मिलेगा | FB
out-of-domain | ब्रेकिंग न्यूज़ का म्यूज़िक लगाओ | FB
out-of-domain | करोड़पति की हॉट सीट पर कैसे पहुँचते हैं | FB
out-of-domain | राजधानी और शताब्दी में कौन सी तेज़ है | FB
out-of-domain | ट्रेन में पैंट्री कार किस डिब्बे में है | FB
out-of-domain | आटे का पाँच किलो का पैकेट कितने का है | FB
out-of-domain | हनीमून के लिए सस्ता पैकेज बताओ | FB
out-of-domain | बारात कितने बजे निकलनी चाहिए | FB
out-of-domain | ब्रेल लिपि किसने बनाई | FB
out-of-domain | डाक टिकट पर सबसे पहले किसकी फ़ोटो छपी | FB
out-of-domain | ग्लोब घूमता क्यों है | FB
out-of-domain | एलेक्सा तुम लड़की हो या लड़का | FB
out-of-domain | कोरियन ड्रामा कहाँ देखें | FB
out-of-domain | रूसी लोग गोवा में क्यों आते हैं | FB
out-of-domain | कैपिटल वाला हिसाब बहीखाते में कहाँ लिखते हैं | FB
out-of-domain | पाटलिपुत्र किस राज्य की राजधानी थी | FB
out-of-domain | विजयनगर साम्राज्य की राजधानी हम्पी थी क्या | FB
out-of-domain | जम्मू कश्मीर की राजधानी छह महीने में क्यों बदलती है | FB
out-of-domain | नेपाल का झंडा चौकोर क्यों नहीं है | FB
"""

if __name__ == "__main__":
    build_round(27, "hi", LINES, sys.argv, "tests/Eval/hi/round27/source/build_corpus.py")
