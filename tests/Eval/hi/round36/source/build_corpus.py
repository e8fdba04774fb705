"""Round 36, Hindi (hi-IN): a new author's mix of speakers and situations, written blind (brief WRITER44.md), chosen
away from the speakers of the Hindi rounds 32 to 35. Regions and first languages: Braj from Mathura, Vrindavan and
Barsana ("कौन सी ऐ", "बताय दै", "लाला", "कौ", "कूँ", "देस"), Kangri and Himachali Pahari from Dharamshala and Kangra
("मिंजो दस्सा", "दी राजधानी", "केहड़ी", "री", "असां जो"), Dogri from Jammu and Katra ("के ऐ", "कुन्न", "दस्सो",
"तुसें गी", "असें"), Nagpuri/Sadri from Ranchi ("केर", "का हेके", "कोन", "बताय दे ना", "हमर"), Darjeeling and Sikkim
Nepali speakers' Hindi ("दाइ", "दिदी", "दाजु", "का राजधानी", "क्या हो", "पुग्यो"), Surgujia from Ambikapur ("काय
हे", "कोन हरे", "गा", "बता ना"), Kashmiri speakers' Hindi from Srinagar ("जनाब", "बाया", "मुल्क"). Situations:
pilgrims and pandas at Vrindavan and the Barsana Holi with foreign devotees, Vaishno Devi pony and pitthu men, tea
garden workers and a Gorkha ex-serviceman, a Ranchi hostel quiz, army wives in a cantonment with UN-mission husbands,
Dal Lake houseboats and shikaras with foreign guests, a Surguja government school, children, elders with girmitiya
and Burma memories, office Hinglish, hesitations, terse and polite askers, ASR spellings. Around them: follow-ups,
plural capitals, subdivisions and territories, yes/no checks, self-corrections, reverse questions, official, everyday
and shared names, help, stop, cancel, launch through the invocation name "दुनिया की राजधानियाँ", and out-of-domain
requests and near misses (local errands, old kingdoms and regions with no capital in the data, "capital" as money,
letters and punishment, the Rajdhani Express, bus and college, "X की आर्थिक/आईटी राजधानी", district headquarters,
mythical and fictional places).
`python3 tests/Eval/hi/round36/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 36's number); every line is hi-IN.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
braj | राधे राधे लाला जे बताय दै एंडोरा की राजधानी कौन सी ऐ | AD
braj | अरे सुनियो तनिक दुबई वारे देस की राजधानी का ऐ संयुक्त अरब अमीरात की | AE
braj | हमारे छोरा कौ सवाल ऐ अफगानिस्तान की राजधानी कौन सी ऐ | AF
braj | बांके बिहारी के दर्सन कूँ आई एक मेम पूछ रई एंटीगुआ और बारबुडा की राजधानी का ऐ | AG
braj | अल्बानिया की राजधानी कौ नाम का ऐ बताय दै | AL
braj | आर्मेनिया की राजधानी कौन सौ सहर ऐ | AM
braj | मथुरा ते पूछ रहे एं अंगोला की राजधानी | AO
braj | मेस्सी वारौ देस अर्जेंटीना बाकी राजधानी कौन सी ऐ | AR
braj | ऑस्ट्रिया की राजधानी तौ बताऔ | AT
kangri | मिंजो दस्सा ऑस्ट्रेलिया दी राजधानी केहड़ी है | AU
kangri | अजरबैजान की राजधानी क्या है जी | AZ
kangri | धर्मशाला ते पुच्छा दे बोस्निया हर्जेगोविना दी राजधानी कुण सी | BA
kangri | बारबाडोस री राजधानी क्या है जी दस्सो | BB
kangri | असां जो पता नी बांग्लादेश की राजधानी कौन है बताओ जी | BD
kangri | बेल्जियम दी राजधानी दस्सा जरा | BE
dogri | बुर्किना फासो दी राजधानी केह् ऐ | BF
dogri | जम्मू थमां पुच्छा करना बुल्गारिया दी राजधानी कुन्न ऐ | BG
dogri | बहरीन दी राजधानी दस्सो तुस | BH
dogri | तुसें गी पता ऐ बुरुंडी दी राजधानी कुन्न सी ऐ | BI
dogri | ब्रुनेई दी राजधानी दा नां के ऐ | BN
dogri | ब्राजील दी राजधानी दस्सो जी | BR
nagpuri | बहामास केर राजधानी कोन हेके बताय दे ना | BS
nagpuri | भूटान केर राजधानी का हेके | BT
nagpuri | राँची से पूछत ही बोत्सवाना के राजधानी कोन शहर | BW
nagpuri | बेलारूस केर राजधानी हमरा के बताय दे | BY
nagpuri | अरे बेलीज केर राजधानी का नाम हेके | BZ
nagpuri | कनाडा के राजधानी कोन हेके गो | CA
darjeeling | दाइ मध्य अफ्रीकी गणराज्य का राजधानी कौन है ना | CF
darjeeling | स्विट्जरलैंड का राजधानी बताओ ना हजुर | CH
darjeeling | चिली का राजधानी क्या हो | CL
darjeeling | टॉय ट्रेन वाला भाइ बोला कैमरून का राजधानी पूछो तो | CM
darjeeling | चीन का राजधानी कौन सा शहर है दिदी को बताओ | CN
darjeeling | कोलंबिया का राजधानी क्या होता है | CO
surgujia | कोस्टा रिका के राजधानी काय हे बता ना गा | CR
surgujia | क्यूबा के राजधानी कोन हरे | CU
surgujia | केप वर्डे के राजधानी के नाम बता दे | CV
surgujia | अंबिकापुर ले पूछत हौं साइप्रस के राजधानी काय हे | CY
surgujia | चेक गणराज्य के राजधानी कोन सहर हरे | CZ
surgujia | जर्मनी के राजधानी बता दे भइया | DE
kashmiri-hindi | जनाब जिबूती की राजधानी क्या है | DJ
kashmiri-hindi | बाया डेनमार्क की राजधानी बोलो तो | DK
kashmiri-hindi | शिकारे पे एक गेस्ट पूछ रहा है डोमिनिका की राजधानी कौन सी है | DM
kashmiri-hindi | डोमिनिकन रिपब्लिक की राजधानी क्या है वो कैरेबियन वाला | DO
kashmiri-hindi | अल्जीरिया की राजधानी का नाम बताइए जनाब | DZ
kashmiri-hindi | इक्वाडोर की राजधानी कौन सी है जल्दी बोलो | EC
braj | एस्टोनिया की राजधानी कौन सी ऐ बताय दै | EE
braj | मिसर की राजधानी का ऐ जहाँ पिरामिड हैं | EG
kangri | इरिट्रिया दी राजधानी क्या है जी | ER
kangri | स्पेन री राजधानी मिंजो दस्सो | ES
dogri | इथियोपिया दी राजधानी के ऐ | ET
dogri | फिनलैंड दी राजधानी दा नां दस्सो | FI
nagpuri | फिजी केर राजधानी कोन हेके | FJ
nagpuri | माइक्रोनेशिया के राजधानी बताय दे | FM
darjeeling | फ्रांस का राजधानी पेरिस ही है ना कि और कुछ | FR
darjeeling | गैबॉन का राजधानी कौन है | GA
surgujia | इंग्लैंड वाला देस यूनाइटेड किंगडम के राजधानी काय हे | GB
surgujia | ग्रेनाडा के राजधानी कोन हरे | GD
kashmiri-hindi | घाना की राजधानी क्या है जनाब | GH
kashmiri-hindi | गाम्बिया की राजधानी कौन सी है बाया | GM
braj | गिनी की राजधानी का ऐ बस गिनी | GN
braj | इक्वेटोरियल गिनी की राजधानी कौन सी ऐ | GQ
kangri | यूनान दी राजधानी क्या है जी | GR
kangri | ग्वाटेमाला दी राजधानी दस्सा | GT
dogri | गिनी बिसाउ दी राजधानी के ऐ | GW
dogri | गुयाना दी राजधानी कुन्न ऐ | GY
nagpuri | होंडुरास केर राजधानी का हेके | HN
nagpuri | क्रोएशिया के राजधानी कोन | HR
darjeeling | हैती का राजधानी बताओ ना दाइ | HT
darjeeling | हंगरी का राजधानी क्या हो | HU
surgujia | इंडोनेशिया के राजधानी काय हे | ID
surgujia | आयरलैंड के राजधानी बता ना | IE
kashmiri-hindi | इजराइल की राजधानी कौन सी मानी जाती है | IL
kashmiri-hindi | हिंदुस्तान की राजधानी क्या है बच्चे को बताना है | IN
braj | इराक की राजधानी कौन सी ऐ | IQ
braj | ईरान की राजधानी बताय दै लाला | IR
kangri | आइसलैंड दी राजधानी क्या है जी | IS
kangri | इटली री राजधानी कुण सी | IT
dogri | जमैका दी राजधानी दस्सो | JM
dogri | जॉर्डन दी राजधानी के ऐ | JO
nagpuri | जापान केर राजधानी कोन हेके | JP
nagpuri | केन्या के राजधानी का हेके गो | KE
darjeeling | किर्गिस्तान का राजधानी क्या है | KG
darjeeling | कंबोडिया का राजधानी कौन हो | KH
surgujia | किरिबाती के राजधानी काय हे | KI
surgujia | कोमोरोस के राजधानी कोन हरे | KM
kashmiri-hindi | सेंट किट्स और नेविस की राजधानी बताइए | KN
kashmiri-hindi | नॉर्थ कोरिया की राजधानी क्या है | KP
braj | साउथ कोरिया की राजधानी कौन सी ऐ | KR
braj | कुवैत की राजधानी का ऐ | KW
kangri | कजाकिस्तान दी राजधानी क्या है जी | KZ
kangri | लाओस री राजधानी दस्सो | LA
dogri | लेबनान दी राजधानी के ऐ | LB
dogri | सेंट लूसिया दी राजधानी कुन्न ऐ | LC
nagpuri | लिकटेंस्टीन केर राजधानी का हेके | LI
nagpuri | लाइबेरिया के राजधानी बताय दे | LR
darjeeling | लेसोथो का राजधानी क्या हो | LS
darjeeling | लिथुआनिया का राजधानी बताओ ना | LT
surgujia | लक्जमबर्ग के राजधानी काय हे | LU
surgujia | लातविया के राजधानी कोन हरे | LV
kashmiri-hindi | लीबिया की राजधानी क्या है जनाब | LY
kashmiri-hindi | मोरक्को की राजधानी कौन सी है | MA
braj | मोनाको की राजधानी का ऐ | MC
braj | मोल्दोवा की राजधानी कौन सी ऐ | MD
kangri | मोंटेनेग्रो दी राजधानी क्या है जी | ME
kangri | मेडागास्कर री राजधानी दस्सा | MG
dogri | मार्शल द्वीप दी राजधानी के ऐ | MH
dogri | उत्तरी मैसेडोनिया दी राजधानी दस्सो | MK
nagpuri | माली केर राजधानी कोन हेके | ML
nagpuri | म्यांमार के राजधानी का हेके जेके बर्मा कहथें | MM
darjeeling | मंगोलिया का राजधानी क्या है | MN
darjeeling | मॉरिटानिया का राजधानी कौन हो | MR
surgujia | माल्टा के राजधानी काय हे | MT
surgujia | मॉरीशस के राजधानी बता ना गा | MU
kashmiri-hindi | मालदीव की राजधानी क्या है | MV
kashmiri-hindi | मलावी की राजधानी कौन सी है बाया | MW
braj | मेक्सिको देस की राजधानी का ऐ | MX
braj | मोजाम्बिक की राजधानी कौन सी ऐ | MZ
kangri | नामीबिया दी राजधानी क्या है जी | NA
kangri | नाइजर री राजधानी दस्सो | NE
dogri | नाइजीरिया दी राजधानी के ऐ | NG
dogri | निकारागुआ दी राजधानी कुन्न ऐ | NI
nagpuri | नॉर्वे केर राजधानी का हेके | NO
nagpuri | नेपाल के राजधानी कोन हेके | NP
darjeeling | नाउरू का राजधानी क्या हो | NR
darjeeling | न्यूजीलैंड का राजधानी बताओ ना | NZ
surgujia | ओमान के राजधानी काय हे | OM
surgujia | पनामा देस के राजधानी कोन हरे | PA
kashmiri-hindi | पेरू की राजधानी क्या है | PE
kashmiri-hindi | पापुआ न्यू गिनी की राजधानी बताइए | PG
braj | फिलीपींस की राजधानी का ऐ | PH
braj | पाकिस्तान की राजधानी कौन सी ऐ | PK
kangri | पोलैंड दी राजधानी क्या है जी | PL
kangri | पुर्तगाल री राजधानी दस्सो | PT
dogri | पलाऊ दी राजधानी के ऐ | PW
dogri | पैराग्वे दी राजधानी दस्सो | PY
nagpuri | कतर केर राजधानी का हेके | QA
nagpuri | रोमानिया के राजधानी कोन | RO
darjeeling | सर्बिया का राजधानी क्या हो | RS
darjeeling | रूस का राजधानी कौन है दाजु | RU
surgujia | रवांडा के राजधानी काय हे | RW
surgujia | सऊदी अरब के राजधानी कोन हरे | SA
kashmiri-hindi | सोलोमन द्वीप की राजधानी क्या है | SB
kashmiri-hindi | सेशेल्स की राजधानी कौन सी है | SC
braj | सूडान की राजधानी का ऐ | SD
braj | स्वीडन की राजधानी कौन सी ऐ | SE
kangri | सिंगापुर दी राजधानी क्या है जी | SG
kangri | स्लोवेनिया री राजधानी दस्सो | SI
dogri | स्लोवाकिया दी राजधानी के ऐ | SK
dogri | सिएरा लियोन दी राजधानी दस्सो | SL
nagpuri | सैन मैरिनो केर राजधानी का हेके | SM
nagpuri | सेनेगल के राजधानी कोन हेके | SN
darjeeling | सोमालिया का राजधानी क्या हो | SO
darjeeling | सूरीनाम का राजधानी बताओ ना | SR
surgujia | दक्षिन सूडान के राजधानी काय हे | SS
surgujia | साओ टोमे और प्रिंसिपे के राजधानी कोन हरे | ST
kashmiri-hindi | अल साल्वाडोर की राजधानी क्या है | SV
kashmiri-hindi | सीरिया की राजधानी कौन सी है जनाब | SY
braj | चाड की राजधानी का ऐ | TD
braj | टोगो की राजधानी कौन सी ऐ | TG
kangri | थाईलैंड दी राजधानी क्या है जी | TH
kangri | ताजिकिस्तान री राजधानी दस्सो | TJ
dogri | पूर्वी तिमोर दी राजधानी के ऐ | TL
dogri | तुर्कमेनिस्तान दी राजधानी दस्सो | TM
nagpuri | ट्यूनीशिया केर राजधानी का हेके | TN
nagpuri | टोंगा के राजधानी कोन हेके | TO
darjeeling | तुर्की का राजधानी क्या हो | TR
darjeeling | त्रिनिदाद और टोबैगो का राजधानी बताओ ना | TT
surgujia | तुवालु के राजधानी काय हे | TV
surgujia | तंजानिया के राजधानी कोन हरे | TZ
kashmiri-hindi | यूक्रेन की राजधानी क्या है | UA
kashmiri-hindi | युगांडा की राजधानी कौन सी है | UG
braj | अमरीका की राजधानी का ऐ | US
braj | उरुग्वे की राजधानी कौन सी ऐ | UY
kangri | उज्बेकिस्तान दी राजधानी क्या है जी | UZ
kangri | सेंट विंसेंट और ग्रेनेडाइंस री राजधानी दस्सो | VC
dogri | वेनेजुएला दी राजधानी के ऐ | VE
dogri | वियतनाम दी राजधानी दस्सो | VN
nagpuri | वानुअतु केर राजधानी का हेके | VU
nagpuri | समोआ के राजधानी कोन हेके | WS
darjeeling | यमन का राजधानी क्या हो | YE
darjeeling | जाम्बिया का राजधानी बताओ ना | ZM
surgujia | जिम्बाब्वे के राजधानी काय हे | ZW
kashmiri-hindi | जॉर्जिया मुल्क की राजधानी क्या है जो रूस के पास है | GE
kashmiri-hindi | वेटिकन की राजधानी क्या है पोप वाली जगह | VA
plural-capitals | दक्षिण अफ्रीका की तीनों राजधानियाँ कौन कौन सी हैं | ZA
plural-capitals | साउथ अफ्रीका की कितनी राजधानी हैं सबका नाम बताओ | ZA
plural-capitals | सुना है दक्षिण अफ्रीका में तीन तीन राजधानी हैं कौन सी | ZA
plural-capitals | बोलीविया की दोनों राजधानियों के नाम बताओ | BO
plural-capitals | बोलीविया में दो राजधानी क्यों है और कौन सी हैं | BO
plural-capitals | बोलीविया की सारी राजधानियाँ | BO
plural-capitals | नीदरलैंड की राजधानियाँ कौन सी हैं एक एम्स्टर्डम और दूसरी | NL
plural-capitals | हॉलैंड की दोनों राजधानी बता दे | NL
plural-capitals | नीदरलैंड्स की असली राजधानी और सरकार वाली राजधानी दोनों बताओ | NL
plural-capitals | मलेशिया की दो राजधानी वाली बात सही है क्या दोनों के नाम बताओ | MY
plural-capitals | मलेशिया की राजधानियाँ कौन कौन सी हैं | MY
plural-capitals | मलेशिया केर दुनो राजधानी का हेके | MY
plural-capitals | श्रीलंका की दोनों राजधानियाँ बताओ कोलंबो के अलावा भी एक है ना | LK
plural-capitals | लंका की राजधानियाँ कौन सी हैं जी | LK
plural-capitals | श्रीलंका में कितनी राजधानी हैं | LK
plural-capitals | बेनिन की दोनों राजधानियाँ कौन सी हैं | BJ
plural-capitals | बेनिन देस की राजधानियों के नाम | BJ
plural-capitals | बेनिन की सरकारी और असली दोनों राजधानी बताना | BJ
plural-capitals | आइवरी कोस्ट की दोनों राजधानी बताओ | CI
plural-capitals | कोत दिवुआर की राजधानियाँ कौन कौन सी हैं | CI
plural-capitals | आइवरी कोस्ट में राजधानी दो हैं ना कौन सी | CI
plural-capitals | स्वाजीलैंड की दोनों राजधानियाँ | SZ
plural-capitals | एस्वातिनी की राजधानियाँ कौन सी हैं | SZ
plural-capitals | एस्वातिनी में दो राजधानी हैं उनके नाम बताओ | SZ
plural-capitals | फिलिस्तीन की राजधानियाँ कौन सी मानी जाती हैं | PS
plural-capitals | फलस्तीन की दोनों राजधानी बताइए रामल्ला वाली और दूसरी | PS
plural-capitals | फिलिस्तीन की राजधानी कौन कौन सी हैं | PS
shared-name | कांगो की राजधानी | CD+CG
shared-name | कांगो की राजधानी कौन सी है बताओ ना | CD+CG
shared-name | कांगो देस की राजधानी का हेके | CD+CG
shared-name | कोरिया की राजधानी क्या है | KP+KR
shared-name | कोरिया की राजधानी कौन सी ऐ लाला | KP+KR
shared-name | कोरिया की राजधानी दस्सो जी | KP+KR
shared-name | जॉर्जिया की राजधानी क्या है | GE+US-GA
shared-name | जॉर्जिया की राजधानी बताओ ना | GE+US-GA
shared-name | जॉर्जिया दी राजधानी के ऐ | GE+US-GA
shared-name | वर्जिन आइलैंड्स की राजधानी क्या है | VG+VI
shared-name | वर्जिन द्वीप की राजधानी कौन सी है | VG+VI
shared-name | अमेरिका वाले जॉर्जिया राज्य की राजधानी | US-GA
shared-name | जॉर्जिया स्टेट अमेरिका का उसकी राजधानी बताओ | US-GA
shared-name | यूरोप वाले जॉर्जिया देश की राजधानी | GE
shared-name | किंशासा वाला कांगो नहीं दूसरा वाला छोटा कांगो उसकी राजधानी | CG
shared-name | बड़े वाले कांगो की राजधानी जिसको पहले ज़ायरे बोलते थे | CD
shared-name | उत्तर कोरिया की राजधानी बताओ किम जोंग वाला | KP
shared-name | दक्षिण कोरिया की राजधानी जहाँ के ड्रामे मम्मी देखती हैं | KR
shared-name | ब्रिटिश वर्जिन आइलैंड्स की राजधानी | VG
shared-name | अमेरिकी वर्जिन द्वीपसमूह की राजधानी क्या है | VI
shared-name | कांगो ब्राज़ाविल वाले की राजधानी | CG
shared-name | डीआर कांगो की राजधानी | CD
official-name | संयुक्त राज्य अमेरिका की राजधानी क्या है | US
official-name | ग्रेट ब्रिटेन और उत्तरी आयरलैंड का यूनाइटेड किंगडम उसकी राजधानी | GB
official-name | रूसी संघ की राजधानी बताइए | RU
official-name | चीन जनवादी गणराज्य की राजधानी क्या है | CN
official-name | भारत गणराज्य की राजधानी कौन सी है | IN
official-name | इस्लामी गणराज्य पाकिस्तान की राजधानी | PK
official-name | संघीय गणराज्य जर्मनी की राजधानी | DE
official-name | फ्रांसीसी गणराज्य की राजधानी का नाम | FR
official-name | कांगो लोकतांत्रिक गणराज्य की राजधानी | CD
official-name | कांगो गणराज्य की राजधानी क्या है | CG
official-name | संघीय लोकतांत्रिक गणराज्य नेपाल की राजधानी | NP
official-name | इस्लामी गणराज्य ईरान की राजधानी बताओ | IR
official-name | मिस्र अरब गणराज्य की राजधानी | EG
official-name | कोरिया गणराज्य की राजधानी क्या है | KR
official-name | कोरिया लोकतांत्रिक जन गणराज्य की राजधानी | KP
official-name | समाजवादी गणराज्य वियतनाम की राजधानी | VN
official-name | लाओ जनवादी लोकतांत्रिक गणराज्य की राजधानी | LA
official-name | श्रीलंका लोकतांत्रिक समाजवादी गणराज्य की राजधानी कौन सी है | LK
official-name | संयुक्त गणराज्य तंजानिया की राजधानी | TZ
official-name | हेलेनिक गणराज्य की राजधानी मतलब ग्रीस | GR
official-name | चेक गणराज्य की राजधानी क्या है जी | CZ
official-name | मेक्सिको संयुक्त राज्य की राजधानी | MX
everyday-name | बर्मा की राजधानी क्या है | MM
everyday-name | हॉलैंड की राजधानी बताओ | NL
everyday-name | अमरीका की राजधानी कौन सी है भाई | US
everyday-name | इंग्लैंड की राजधानी लंदन है ना मतलब ब्रिटेन की | GB
everyday-name | ब्रिटेन की राजधानी क्या है | GB
everyday-name | यूके की राजधानी क्या है | GB
everyday-name | यूएसए की राजधानी क्या है | US
everyday-name | यूएई की राजधानी बताओ | AE
everyday-name | सीलोन की राजधानी क्या थी | LK
everyday-name | फारस की राजधानी कौन सी है | IR
everyday-name | तुर्की की राजधानी इस्तांबुल है क्या | TR
everyday-name | चेक की राजधानी प्राग ही है ना | CZ
everyday-name | आइवरी कोस्ट की राजधानी | CI
everyday-name | स्वाजीलैंड की राजधानी क्या है | SZ
everyday-name | ईस्ट तिमोर की राजधानी | TL
everyday-name | मैसेडोनिया की राजधानी बताओ | MK
everyday-name | रशिया की राजधानी कौन सी है | RU
everyday-name | सऊदी की राजधानी | SA
everyday-name | कंपूचिया की राजधानी क्या है | KH
everyday-name | ग्रीस की राजधानी कौन सी है | GR
everyday-name | बेलारूस जिसे बेलोरूसिया कहते थे उसकी राजधानी | BY
everyday-name | केप वर्दे की राजधानी | CV
follow-up | और नेपाल की | NP
follow-up | अच्छा और भूटान का क्या | BT
follow-up | और बांग्लादेश की बताओ | BD
follow-up | फिर श्रीलंका | LK
follow-up | अब म्यांमार वाली बताओ | MM
follow-up | और पाकिस्तान की भी बता दो | PK
follow-up | ठीक है अब जापान | JP
follow-up | और चीन की बताय दै | CN
follow-up | अच्छा फ्रांस वाली | FR
follow-up | ओके जर्मनी का भी | DE
follow-up | और इटली दी | IT
follow-up | अब कनाडा केर बताय दे | CA
follow-up | वाह अब ब्राजील का | BR
follow-up | अगला केन्या | KE
follow-up | और मिस्र वाले देश की | EG
follow-up | एक और पूछूँ स्पेन की | ES
follow-up | उसके बाद पुर्तगाल | PT
follow-up | और पड़ोसी नेपाल के बाद तिब्बत नहीं भूटान की | BT
follow-up | हम्म और अफगानिस्तान | AF
follow-up | और कजाकिस्तान का क्या है | KZ
follow-up | और ऑस्ट्रेलिया का बता दो फिर सोते हैं | AU
follow-up | और न्यूजीलैंड वाली भी | NZ
follow-up | अब मेक्सिको | MX
follow-up | और अर्जेंटीना भी बताना | AR
follow-up | और उसके साथ वाला पेरू | PE
follow-up | सही है अब चिली | CL
follow-up | और इंडोनेशिया की बताओ दीदी | ID
follow-up | और सिंगापुर का भी | SG
follow-up | और मलेशिया का भी एक बताओ | MY
follow-up | और केरल की | IN-KL
follow-up | और गोवा की राजधानी भी | IN-GA
subdivision | उत्तराखंड की राजधानी देहरादून है या गैरसैंण | IN-UK
subdivision | हिमाचल दी राजधानी शिमला ही है ना जी | IN-HP
subdivision | झारखंड केर राजधानी राँची हेके ना | IN-JH
subdivision | छत्तीसगढ़ के राजधानी काय हे | IN-CG
subdivision | सिक्किम का राजधानी गंगटोक हो ना दाइ | IN-SK
subdivision | जम्मू कश्मीर दी राजधानी सर्दियां च केहड़ी ऐ | IN-JK
subdivision | लद्दाख की राजधानी कौन सी है लेह या कारगिल | IN-LA
subdivision | बिहार की राजधानी पटना है न | IN-BR
subdivision | ओडिशा की राजधानी भुवनेश्वर या कटक | IN-OD
subdivision | असम की राजधानी दिसपुर है कि गुवाहाटी | IN-AS
subdivision | अरुणाचल प्रदेश की राजधानी बताओ | IN-AR
subdivision | मेघालय की राजधानी शिलांग | IN-ML
subdivision | त्रिपुरा की राजधानी क्या है | IN-TR
subdivision | तेलंगाना की राजधानी हैदराबाद है ना | IN-TS
subdivision | आंध्र की राजधानी आजकल कौन सी है अमरावती | IN-AP
subdivision | कर्नाटक की राजधानी बेंगलुरु या बैंगलोर | IN-KA
subdivision | तमिलनाडु की राजधानी चेन्नई जो पहले मद्रास था | IN-TN
subdivision | पश्चिम बंगाल की राजधानी कलकत्ता | IN-WB
subdivision | महाराष्ट्र की राजधानी मुंबई ही है ना | IN-MH
subdivision | गुजरात की राजधानी गांधीनगर या अहमदाबाद | IN-GJ
subdivision | राजस्थान की राजधानी कौन सी ऐ जयपुर | IN-RJ
subdivision | पंजाब की राजधानी चंडीगढ़ ही है ना पाजी | IN-PB
subdivision | हरियाणा की राजधानी बताओ | IN-HR
subdivision | पुडुचेरी की राजधानी क्या है | IN-PY
subdivision | अंडमान निकोबार की राजधानी पोर्ट ब्लेयर जिसका नाम बदल गया | IN-AN
subdivision | लक्षद्वीप की राजधानी कवरत्ती | IN-LD
subdivision | दादरा नगर हवेली दमन दीव की राजधानी | IN-DH
subdivision | उत्तर प्रदेश केर राजधानी लखनऊ हेके | IN-UP
subdivision | मध्य प्रदेश की राजधानी भोपाल ऐ न | IN-MP
subdivision | टेक्सास की राजधानी ह्यूस्टन है क्या | US-TX
subdivision | न्यूयॉर्क राज्य की राजधानी न्यूयॉर्क सिटी नहीं है तो क्या है | US-NY
subdivision | फ्लोरिडा की राजधानी मियामी है ना | US-FL
subdivision | न्यू जर्सी की राजधानी मेरे भाई वहाँ रहता है | US-NJ
subdivision | इलिनॉय की राजधानी शिकागो या कुछ और | US-IL
subdivision | वॉशिंगटन स्टेट की राजधानी सिएटल नहीं है क्या | US-WA
subdivision | अलास्का की राजधानी | US-AK
subdivision | हवाई राज्य की राजधानी | US-HI
subdivision | ओहायो की राजधानी बताओ | US-OH
subdivision | मिशिगन की राजधानी डेट्रॉयट | US-MI
subdivision | पेंसिल्वेनिया की राजधानी क्या है | US-PA
subdivision | ओंटारियो की राजधानी टोरंटो ही है ना | CA-ON
subdivision | ब्रिटिश कोलंबिया की राजधानी वैंकूवर है क्या | CA-BC
subdivision | अल्बर्टा की राजधानी कैलगरी या एडमंटन | CA-AB
subdivision | क्यूबेक की राजधानी | CA-QC
subdivision | स्कॉटलैंड की राजधानी एडिनबर्ग या ग्लासगो | GB-SCT
subdivision | वेल्स की राजधानी बताओ | GB-WLS
subdivision | नॉर्दर्न आयरलैंड की राजधानी | GB-NIR
subdivision | न्यू साउथ वेल्स की राजधानी सिडनी | AU-NSW
subdivision | विक्टोरिया राज्य ऑस्ट्रेलिया की राजधानी मेलबर्न | AU-VIC
subdivision | क्वींसलैंड की राजधानी | AU-QLD
subdivision | पश्चिमी ऑस्ट्रेलिया की राजधानी पर्थ | AU-WA
subdivision | तस्मानिया की राजधानी | AU-TAS
subdivision | बवेरिया की राजधानी म्यूनिख | DE-BY
subdivision | हैम्बर्ग की राजधानी | DE-HH
subdivision | साओ पाउलो राज्य की राजधानी | BR-SP
subdivision | रियो डी जनेरियो राज्य की राजधानी | BR-RJ
subdivision | बाहिया की राजधानी | BR-BA
subdivision | हालिस्को की राजधानी ग्वादालाहारा | MX-JAL
subdivision | युकाटन की राजधानी | MX-YUC
subdivision | मिनास जेरैस की राजधानी | BR-MG
territory | हांगकांग की राजधानी | HK
territory | मकाऊ की राजधानी क्या है | MO
territory | ताइवान की राजधानी ताइपे है ना | TW
territory | ग्रीनलैंड की राजधानी | GL
territory | प्यूर्टो रिको की राजधानी | PR
territory | गुआम की राजधानी बताओ | GU
territory | बरमूडा की राजधानी | BM
territory | जिब्राल्टर की राजधानी | GI
territory | कोसोवो की राजधानी | XK
territory | पश्चिमी सहारा की राजधानी | EH
territory | फॉकलैंड की राजधानी | FK
territory | रियूनियन द्वीप की राजधानी | RE
territory | न्यू कैलेडोनिया की राजधानी | NC
territory | कुक आइलैंड्स की राजधानी | CK
territory | फ्रेंच पोलिनेशिया की राजधानी ताहिती वाली | PF
territory | केमैन आइलैंड्स की राजधानी | KY
territory | आइल ऑफ मैन की राजधानी | IM
territory | फरो आइलैंड्स की राजधानी | FO
territory | अंटार्कटिका की राजधानी है भी क्या | AQ
territory | अरूबा की राजधानी | AW
territory | कुराकाओ की राजधानी | CW
territory | दिल्ली की राजधानी | IN-DL
territory | चंडीगढ़ की राजधानी | IN-CH
yes-no-check | क्या नेपाल की राजधानी पोखरा है | NP
yes-no-check | भूटान की राजधानी थिम्पू ही है न | BT
yes-no-check | ऑस्ट्रेलिया की राजधानी सिडनी है क्या | AU
yes-no-check | कनाडा की राजधानी टोरंटो है ना | CA
yes-no-check | ब्राजील की राजधानी रियो है कि नहीं | BR
yes-no-check | तुर्की की राजधानी अंकारा है सच में | TR
yes-no-check | पाकिस्तान की राजधानी कराची है या इस्लामाबाद | PK
yes-no-check | म्यांमार की राजधानी रंगून ही है ना अब भी | MM
yes-no-check | नाइजीरिया की राजधानी लागोस है क्या | NG
yes-no-check | अमेरिका की राजधानी न्यूयॉर्क है ना | US
yes-no-check | स्विट्जरलैंड की राजधानी ज्यूरिख है क्या | CH
yes-no-check | वियतनाम की राजधानी हो ची मिन्ह सिटी है क्या | VN
yes-no-check | कजाकिस्तान की राजधानी अल्माटी है | KZ
yes-no-check | मोरक्को की राजधानी कासाब्लांका है ना | MA
yes-no-check | न्यूजीलैंड की राजधानी ऑकलैंड है ना | NZ
yes-no-check | इटली की राजधानी रोम है सही बोला ना | IT
yes-no-check | जापान की राजधानी टोक्यो है ना हाँ या ना | JP
yes-no-check | क्या रूस की राजधानी मास्को है | RU
yes-no-check | फ्रांस की राजधानी पेरिस है कि नहीं | FR
yes-no-check | जर्मनी की राजधानी बॉन है क्या अभी भी | DE
yes-no-check | तंजानिया की राजधानी दार एस सलाम है ना | TZ
yes-no-check | बोलीविया की राजधानी ला पाज है ना | BO
yes-no-check | श्रीलंका की राजधानी कोलंबो है क्या | LK
yes-no-check | दक्षिण अफ्रीका की राजधानी जोहान्सबर्ग है ना | ZA
yes-no-check | इजराइल की राजधानी तेल अवीव है क्या | IL
yes-no-check | मिस्र की राजधानी काहिरा है ना | EG
yes-no-check | सऊदी अरब की राजधानी रियाद है क्या जी | SA
yes-no-check | चीन की राजधानी शंघाई है क्या | CN
yes-no-check | भारत की राजधानी दिल्ली है ना | IN
yes-no-check | बांग्लादेश की राजधानी ढाका है न दादा | BD
yes-no-check | अफगानिस्तान की राजधानी कंधार है क्या | AF
yes-no-check | स्पेन की राजधानी बार्सिलोना है ना | ES
yes-no-check | ईरान की राजधानी तेहरान ही है ना | IR
yes-no-check | इराक की राजधानी बगदाद है सही है | IQ
yes-no-check | केन्या की राजधानी नैरोबी है ना | KE
yes-no-check | नीदरलैंड की राजधानी रॉटरडैम है क्या | NL
yes-no-check | बेल्जियम की राजधानी ब्रसेल्स है कि नहीं | BE
yes-no-check | मलेशिया की राजधानी कुआलालंपुर है ना | MY
yes-no-check | कोलंबिया की राजधानी मेडेलिन है क्या | CO
yes-no-check | अर्जेंटीना की राजधानी ब्यूनस आयर्स है ना | AR
yes-no-check | उत्तराखंड की राजधानी देहरादून है ना जी | IN-UK
yes-no-check | कश्मीर की राजधानी श्रीनगर है ना जनाब | IN-JK
yes-no-check | सिक्किम का राजधानी दार्जिलिंग है क्या | IN-SK
yes-no-check | झारखंड केर राजधानी जमशेदपुर हेके का | IN-JH
yes-no-check | मथुरा वारे प्रदेस की राजधानी आगरा ऐ का मतलब उत्तर प्रदेश | IN-UP
yes-no-check | कैलिफोर्निया की राजधानी लॉस एंजेलिस है ना | US-CA
yes-no-check | ऑस्ट्रेलिया की राजधानी कैनबरा ही है क्या पक्का | AU
self-correction | नेपाल की राजधानी नहीं नहीं भूटान की | BT
self-correction | पेरू की राजधानी अरे माफ करना चिली की | CL
self-correction | स्वीडन की राजधानी ओह सॉरी नॉर्वे की | NO
self-correction | ऑस्ट्रिया की राजधानी मतलब ऑस्ट्रेलिया की | AU
self-correction | स्लोवेनिया नहीं स्लोवाकिया की राजधानी | SK
self-correction | आइसलैंड की राजधानी ना ना आयरलैंड की | IE
self-correction | ईरान की राजधानी गलत बोला इराक की | IQ
self-correction | नाइजर की राजधानी नहीं रे नाइजीरिया की | NG
self-correction | गिनी की राजधानी रुको गिनी बिसाउ की | GW
self-correction | सूडान की राजधानी नहीं दक्षिण सूडान की | SS
self-correction | कोलंबिया की राजधानी अरे नहीं बोलीविया की | BO
self-correction | लातविया की राजधानी उफ्फ लिथुआनिया की | LT
self-correction | मॉरीशस की राजधानी ना मॉरिटानिया की | MR
self-correction | ऑस्ट्रेलिया की नहीं ऑस्ट्रिया की राजधानी बताना | AT
self-correction | हंगरी की राजधानी एक मिनट बुल्गारिया की | BG
self-correction | अरे राम राम गलत बोल गए बर्मा नहीं थाईलैंड की राजधानी | TH
self-correction | कैमरून दी राजधानी नईं नईं घाना दी | GH
self-correction | मालदीव केर राजधानी नहीं मॉरीशस केर | MU
self-correction | जाम्बिया का राजधानी होइन जिम्बाब्वे का | ZW
self-correction | मंगोलिया के राजधानी नहीं गा कजाकिस्तान के | KZ
self-correction | सर्बिया की राजधानी नहीं मतलब क्रोएशिया की जनाब | HR
self-correction | कतर की राजधानी सॉरी बहरीन | BH
self-correction | यमन की राजधानी नहीं ओमान की बेटा बोल रहा | OM
self-correction | डेनमार्क की राजधानी पलट के बोलूँ तो फिनलैंड की | FI
self-correction | टोगो नहीं टोंगा की राजधानी | TO
self-correction | पैराग्वे की राजधानी नहीं उरुग्वे की | UY
self-correction | बिहार की राजधानी नहीं झारखंड की | IN-JH
self-correction | मणिपुर की राजधानी नहीं मिजोरम की | IN-MZ
self-correction | केरल की राजधानी अरे कर्नाटक की | IN-KA
self-correction | टेक्सास की राजधानी नहीं फ्लोरिडा की | US-FL
self-correction | लाओस की राजधानी नहीं कंबोडिया की | KH
self-correction | अर्मेनिया नहीं अजरबैजान की राजधानी | AZ
self-correction | माली की राजधानी मेरा मतलब मलावी की | MW
self-correction | रोमानिया की राजधानी नहीं मोल्दोवा की | MD
self-correction | चेक की राजधानी नहीं पोलैंड की | PL
reverse-question | काठमांडू किस देश की राजधानी है | CITY:काठमांडू
reverse-question | थिंपू किस मुल्क की राजधानी है | CITY:थिंपू
reverse-question | ढाका कौन से देश की राजधानी है | CITY:ढाका
reverse-question | टोक्यो किस देश की राजधानी है | CITY:टोक्यो
reverse-question | नैरोबी किस देश की राजधानी है बताओ | CITY:नैरोबी
reverse-question | कैनबरा कौन से देस की राजधानी ऐ | CITY:कैनबरा
reverse-question | ओटावा किसकी राजधानी है | CITY:ओटावा
reverse-question | अंकारा किस देश की राजधानी है | CITY:अंकारा
reverse-question | हनोई कौन से देश की राजधानी है | CITY:हनोई
reverse-question | लीमा किस देश की राजधानी है | CITY:लीमा
reverse-question | मनीला कहाँ की राजधानी है | CITY:मनीला
reverse-question | रियाद किस देश की राजधानी है जी | CITY:रियाद
reverse-question | बगदाद किस मुल्क की राजधानी है जनाब | CITY:बगदाद
reverse-question | काबुल किस देश की राजधानी है | CITY:काबुल
reverse-question | ताशकंद कौन से देश की राजधानी हेके | CITY:ताशकंद
reverse-question | बिश्केक किस देश की राजधानी है | CITY:बिश्केक
reverse-question | हरारे किस देश का राजधानी हो | CITY:हरारे
reverse-question | लुसाका किस देश की राजधानी है | CITY:लुसाका
reverse-question | अकरा किस देश की राजधानी है | CITY:एक्रा
reverse-question | डकार किस देश की राजधानी है वो रैली वाला | CITY:डकार
reverse-question | मापुटो किस देश की राजधानी है | CITY:मापुटो
reverse-question | लिस्बन कौन से देश की राजधानी है | CITY:लिस्बन
reverse-question | ओस्लो किसकी राजधानी है | CITY:ओस्लो
reverse-question | हेलसिंकी किस देश की राजधानी है | CITY:हेलसिंकी
reverse-question | प्राग किस देश की राजधानी है | CITY:प्राग
reverse-question | बुडापेस्ट किस देश की राजधानी है | CITY:बुडापेस्ट
reverse-question | वारसॉ किस देश की राजधानी है | CITY:वॉरसॉ
reverse-question | मिंस्क कौन से देश की राजधानी है | CITY:मिंस्क
reverse-question | तेहरान किस मुल्क की राजधानी है | CITY:तेहरान
reverse-question | दोहा किस देश की राजधानी है जहाँ फुटबॉल वर्ल्ड कप हुआ था | CITY:दोहा
reverse-question | मस्कट किस देश की राजधानी है | CITY:मस्कट
reverse-question | कोलंबो किस देश की राजधानी है | CITY:कोलंबो
reverse-question | माले किस देश की राजधानी है | CITY:माले
reverse-question | बैंकॉक किस देश की राजधानी है | CITY:बैंकॉक
reverse-question | जकार्ता किसकी राजधानी है | CITY:जकार्ता
reverse-question | सिओल किस देश की राजधानी है | CITY:सिओल
reverse-question | प्योंगयांग किस देश की राजधानी है | CITY:प्योंगयांग
reverse-question | उलानबातर किस देश की राजधानी है | CITY:उलानबातर
reverse-question | हवाना किस देश की राजधानी है | CITY:हवाना
reverse-question | बोगोटा कौन से देस की राजधानी ऐ | CITY:बोगोटा
reverse-question | रेक्याविक किस देश की राजधानी है | CITY:रेक्याविक
reverse-question | देहरादून किस राज्य की राजधानी है | CITY:देहरादून
reverse-question | शिलांग किस राज्य की राजधानी है | CITY:शिलांग
reverse-question | भोपाल कौन से प्रदेश की राजधानी है | CITY:भोपाल
reverse-question | इंफाल किस राज्य की राजधानी है | CITY:इंफाल
help | इसको चलाते कैसे हैं कोई समझाओ | HELP
help | ए बाबा ये मशीन से का का पूछ सकत हैं बताय दै | HELP
help | मिंजो समझ नी आया इसदे नाल क्या पुछणा है | HELP
help | असें गी दस्सो एह् केह् करदा ऐ | HELP
help | इ डिब्बा से का पूछे के हेके हमरा बताय दे | HELP
help | दाइ यो चीज कैसे चलाने का हो बताओ ना | HELP
help | ए मशीन ह का का बताथे गा | HELP
help | जनाब ये किस काम का है समझाइए जरा | HELP
help | मैं पहली बार यूज कर रही हूँ क्या क्या बोलना होता है | HELP
help | मदद चाहिए राजधानी वाले खेल में | HELP
help | कुछ उदाहरण दो कैसे पूछूँ | HELP
help | सवाल पूछने का सही तरीका क्या है | HELP
help | हेल्प कर दो यार अटक गया हूँ | HELP
help | मुझे नहीं पता आगे क्या बोलूँ | HELP
help | नानी को समझाओ ये कैसे काम करता है | HELP
help | तुम क्या क्या जानते हो बताओ पहले | HELP
help | इस स्किल में क्या क्या पूछ सकते हैं | HELP
help | गाइड करो ना प्लीज कैसे यूज करें | HELP
help | क्या करना है अब मैं उलझ गया | HELP
help | सहायता करिए हमें ठीक से समझ नहीं आ रहा | HELP
help | कैसे बोलूँ कि तुम समझ जाओ | HELP
help | निर्देश सुनाओ जरा फिर से | HELP
help | ये राजधानी वाला ऐप कैसे चलेगा भैया | HELP
help | मास्टर जी ने बोला था इससे पूछना पर कैसे पूछूँ | HELP
help | आपके पास कौन कौन सी जानकारी है | HELP
help | फिर से बताओ कि क्या बोलना है | HELP
stop | बस करो अब सोना है | STOP
stop | रुक जा रे बहुत हो गया | STOP
stop | बंद कर दै लाला | STOP
stop | बस कर दे अब जी | STOP
stop | बंद कर दे हुन | STOP
stop | चुप हो जा अब बहुत बोलली | STOP
stop | पुग्यो अब बंद गर | STOP
stop | बंद कर गा अब | STOP
stop | बस जनाब अब बंद कीजिए | STOP
stop | अभी के लिए इतना ही बंद करो | STOP
stop | ठीक है बाय बाय | STOP
stop | खतम करो ये खेल | STOP
stop | अलेक्सा बस रुक जाओ | STOP
stop | अब और नहीं सुनना बंद | STOP
stop | चलो बाद में बात करेंगे अभी बंद | STOP
stop | बहुत हो गई राजधानी अब बंद करो | STOP
stop | रहने दो अब बंद कर दो इसे | STOP
stop | शांत हो जाओ | STOP
stop | अलविदा अब | STOP
stop | बच्चे सो गए बंद करो | STOP
stop | ऑफ हो जाओ | STOP
stop | बस बस बस हो गया | STOP
stop | बाहर निकलो इस स्किल से | STOP
stop | ठहरो अब बोलना बंद | STOP
stop | बंद करिए कृपया | STOP
stop | अभी जाओ बाद में बुलाएँगे | STOP
cancel | रद्द करो ये वाला सवाल | CANCEL
cancel | छोड़ दै लाला रहन दै | CANCEL
cancel | रैहन दे जी कोई गल नी | CANCEL
cancel | रेहन देओ छोड़ो | CANCEL
cancel | छोड़ दे ना ओ सवाल | CANCEL
cancel | भो भयो छोड़ो यो | CANCEL
cancel | रहन दे गा छोड़ | CANCEL
cancel | कैंसल कर दीजिए जनाब | CANCEL
cancel | नहीं चाहिए रहने दो | CANCEL
cancel | कैंसल कैंसल | CANCEL
cancel | वो वाला रद्द कर दो | CANCEL
cancel | भूल जाओ जो पूछा था | CANCEL
cancel | छोड़ो रहने दो कोई बात नहीं | CANCEL
cancel | नहीं नहीं रहने दो जाने दो | CANCEL
cancel | मन बदल गया कैंसल | CANCEL
cancel | उसे रद्द करो | CANCEL
cancel | ये सवाल हटा दो | CANCEL
cancel | जाने दो अब नहीं पूछना | CANCEL
cancel | छोड़ो यार कैंसल करो | CANCEL
cancel | कुछ नहीं कुछ नहीं रहने दो | CANCEL
cancel | गलती से बोल दिया कैंसल | CANCEL
cancel | पिछला वाला कैंसल कर | CANCEL
cancel | ना ना ये मत बताओ रहने दो | CANCEL
cancel | रद्द कर दीजिए कृपया | CANCEL
launch | दुनिया की राजधानियाँ खोलो | LAUNCH
launch | अलेक्सा दुनिया की राजधानियाँ चालू कर दै | LAUNCH
launch | दुनिया की राजधानियाँ शुरू करो जी | LAUNCH
launch | दुनिया की राजधानियाँ खोल दे | LAUNCH
launch | दुनिया की राजधानियाँ चालू करो ना | LAUNCH
launch | दुनिया की राजधानियाँ लगाओ | LAUNCH
launch | दुनिया की राजधानियाँ खोलिए जनाब | LAUNCH
launch | दुनिया की राजधानियाँ वाला खेल शुरू कर | LAUNCH
launch | दुनिया की राजधानियाँ स्टार्ट करो | LAUNCH
launch | दुनिया की राजधानियाँ चलाओ | LAUNCH
launch | दुनिया की राजधानियाँ को बुलाओ | LAUNCH
launch | दुनिया की राजधानियाँ ओपन करो | LAUNCH
launch | अलेक्सा दुनिया की राजधानियाँ | LAUNCH
launch | दुनिया की राजधानियाँ शुरू कीजिए | LAUNCH
launch | दुनिया की राजधानियाँ खोलो बच्चों के लिए | LAUNCH
launch | दुनिया की राजधानियाँ चालू कर गा | LAUNCH
launch | दुनिया की राजधानियाँ खोल दियो | LAUNCH
launch | दुनिया की राजधानियाँ से बात कराओ | LAUNCH
launch | दुनिया की राजधानियाँ वाली स्किल खोलो | LAUNCH
launch | दुनिया की राजधानियाँ फिर से खोलो | LAUNCH
out-of-domain | आज मथुरा में मौसम कैसा रहेगा | FB
out-of-domain | बांके बिहारी मंदिर कितने बजे खुलता है | FB
out-of-domain | राधे राधे भजन लगाय दै | FB
out-of-domain | पेड़े का भाव का चल रहा आजकल | FB
out-of-domain | धर्मशाला से मैक्लोडगंज कितनी दूर है | FB
out-of-domain | कांगड़ी धाम में क्या क्या बनता है | FB
out-of-domain | हिमाचली नाटी गाना बजाओ | FB
out-of-domain | वैष्णो देवी का हेलीकॉप्टर टिकट कैसे बुक करें | FB
out-of-domain | जम्मू तवी से ट्रेन कब है | FB
out-of-domain | कलाड़ी कैसे बनती है बताओ | FB
out-of-domain | नागपुरी गीत बजाय दे | FB
out-of-domain | राँची में आज बारिश होतइ का | FB
out-of-domain | हुंडरू फॉल्स जाने का रास्ता | FB
out-of-domain | दार्जिलिंग चाय का दाम कितना हो | FB
out-of-domain | टॉय ट्रेन का टाइम बताओ ना | FB
out-of-domain | मोमो की रेसिपी बताओ | FB
out-of-domain | अंबिकापुर में सिनेमा कहाँ है | FB
out-of-domain | धान के भाव मंडी में काय हे | FB
out-of-domain | डल झील में शिकारा कितने का है | FB
out-of-domain | कहवा कैसे बनाते हैं | FB
out-of-domain | गुलमर्ग में बर्फ पड़ी क्या | FB
out-of-domain | एक चुटकुला सुनाओ | FB
out-of-domain | अलार्म लगा दो सुबह पाँच बजे का | FB
out-of-domain | क्रिकेट का स्कोर क्या हुआ | FB
out-of-domain | आज कौन सा दिन है | FB
out-of-domain | दो सौ का पंद्रह प्रतिशत कितना होता है | FB
out-of-domain | लाइट बंद कर दो | FB
out-of-domain | कोई पुराना गाना लगाओ किशोर कुमार का | FB
out-of-domain | मेरा फोन कहाँ है ढूंढो | FB
out-of-domain | आज की ताज़ा खबरें सुनाओ | FB
out-of-domain | बिजली का बिल कैसे भरें | FB
out-of-domain | पीएम किसान की किस्त कब आएगी | FB
out-of-domain | गेहूँ की बुवाई कब करनी चाहिए | FB
out-of-domain | सर्दी जुकाम का घरेलू इलाज | FB
out-of-domain | हनुमान चालीसा सुनाओ | FB
out-of-domain | टाइमर लगाओ दस मिनट का | FB
out-of-domain | डॉलर का रेट क्या है आज | FB
out-of-domain | पेट्रोल का दाम कितना है | FB
out-of-domain | मुझसे शादी करोगी | FB
out-of-domain | तुम्हारा नाम क्या है | FB
out-of-domain | सूरज कितना दूर है धरती से | FB
out-of-domain | दुनिया का सबसे ऊँचा पहाड़ कौन सा है | FB
out-of-domain | सबसे लंबी नदी कौन सी है | FB
out-of-domain | भारत के प्रधानमंत्री कौन हैं | FB
out-of-domain | फ्रांस की आबादी कितनी है | FB
out-of-domain | जापान में कौन सी भाषा बोलते हैं | FB
out-of-domain | नेपाल की करेंसी क्या है | FB
out-of-domain | रूस का राष्ट्रपति कौन है | FB
out-of-domain | ऑस्ट्रेलिया में अभी कितने बजे हैं | FB
out-of-domain | कनाडा का वीजा कैसे मिलेगा | FB
out-of-domain | दुबई जाने का टिकट कितने का है | FB
out-of-domain | अमेरिका का राष्ट्रीय पक्षी कौन सा है | FB
out-of-domain | चीन की दीवार कितनी लंबी है | FB
out-of-domain | इटली का पिज्जा कैसे बनता है | FB
out-of-domain | जर्मनी का झंडा किस रंग का है | FB
out-of-domain | ब्राजील ने कितने वर्ल्ड कप जीते | FB
out-of-domain | बिजनेस शुरू करने के लिए कैपिटल कहाँ से लाएँ | FB
out-of-domain | वर्किंग कैपिटल का मतलब क्या होता है | FB
out-of-domain | कैपिटल गेन टैक्स कितना लगता है | FB
out-of-domain | शेयर बाजार में पूँजी कैसे लगाएँ | FB
out-of-domain | कैपिटल लेटर में नाम कैसे लिखते हैं | FB
out-of-domain | अंग्रेजी में बड़े अक्षर को क्या कहते हैं | FB
out-of-domain | राजधानी एक्सप्रेस दिल्ली कितने बजे पहुँचेगी | FB
out-of-domain | राजधानी ट्रेन का पीएनआर स्टेटस बताओ | FB
out-of-domain | हावड़ा राजधानी का किराया क्या है | FB
out-of-domain | राजधानी थाली वाला रेस्टोरेंट कहाँ है | FB
out-of-domain | राजधानी अखबार की आज की खबर | FB
out-of-domain | मुंबई भारत की आर्थिक राजधानी क्यों कहलाती है | FB
out-of-domain | कोलकाता को सांस्कृतिक राजधानी क्यों कहते हैं | FB
out-of-domain | इंदौर को किसकी राजधानी कहते हैं सफाई की | FB
out-of-domain | बेंगलुरु भारत की आईटी राजधानी है ना | FB
out-of-domain | सूरत को हीरों की राजधानी क्यों बोलते हैं | FB
out-of-domain | मथुरा जिले का मुख्यालय कहाँ है | FB
out-of-domain | कांगड़ा जिले का हेडक्वार्टर कौन सा है | FB
out-of-domain | सरगुजा जिला के मुख्यालय काय हे | FB
out-of-domain | मगध साम्राज्य की राजधानी क्या थी | FB
out-of-domain | मौर्य वंश की राजधानी कौन सी थी | FB
out-of-domain | मुगलों की राजधानी आगरा थी या दिल्ली | FB
out-of-domain | विजयनगर साम्राज्य की राजधानी | FB
out-of-domain | डोगरा राज की राजधानी कौन सी थी | FB
out-of-domain | छोटानागपुर केर राजधानी कोन हेके | FB
out-of-domain | गोरखालैंड की राजधानी क्या होगी | FB
out-of-domain | बुंदेलखंड की राजधानी कौन सी है | FB
out-of-domain | सोवियत संघ की राजधानी क्या थी | FB
out-of-domain | यूगोस्लाविया की राजधानी बताओ | FB
out-of-domain | रोमन साम्राज्य की राजधानी कौन सी थी | FB
out-of-domain | ओटोमन साम्राज्य की राजधानी | FB
out-of-domain | यूरोप की राजधानी क्या है | FB
out-of-domain | अफ्रीका महाद्वीप की राजधानी कौन सी है | FB
out-of-domain | एशिया की राजधानी बताओ | FB
out-of-domain | कैलाश मानसरोवर की राजधानी | FB
out-of-domain | मंगल ग्रह की राजधानी क्या है | FB
out-of-domain | चाँद की राजधानी कौन सी है | FB
out-of-domain | स्वर्ग की राजधानी कहाँ है | FB
out-of-domain | नार्निया की राजधानी बताओ | FB
out-of-domain | वकांडा की राजधानी क्या है | FB
out-of-domain | हस्तिनापुर किसकी राजधानी थी | FB
out-of-domain | लंकापति रावण की राजधानी सोने की लंका थी ना | FB
out-of-domain | अयोध्या किसकी राजधानी थी राम जी के समय | FB
out-of-domain | इंद्रप्रस्थ की कहानी सुनाओ | FB
out-of-domain | राजधानी शब्द का अंग्रेजी क्या है | FB
out-of-domain | राजधानी की स्पेलिंग बताओ | FB
out-of-domain | कैपिटल वन बैंक का नंबर दो | FB
out-of-domain | कैपिटल पनिशमेंट क्या होता है | FB
out-of-domain | वेंचर कैपिटल फंड कैसे मिलता है | FB
out-of-domain | राजधानी कॉलेज दिल्ली यूनिवर्सिटी में एडमिशन | FB
out-of-domain | राजधानी बस रांची से पटना टाइम | FB
out-of-domain | लोन लेने के लिए कितनी पूँजी चाहिए | FB
out-of-domain | मार्वल का कैप्टन अमेरिका कौन है | FB
out-of-domain | कश्मीरी पुलाव बनाने की विधि | FB
out-of-domain | आज पूर्णिमा है क्या | FB
out-of-domain | एकादशी कब है इस महीने | FB
out-of-domain | छठ पूजा कब है | FB
out-of-domain | दशहरा कितने तारीख को है | FB
out-of-domain | मेरे लिए एक कविता लिखो | FB
out-of-domain | गाड़ी का इंश्योरेंस कब खत्म होगा | FB
out-of-domain | बीपी कितना होना चाहिए साठ साल की उम्र में | FB
out-of-domain | दिल्ली से जम्मू कितने घंटे | FB
out-of-domain | ताजमहल किसने बनवाया | FB
out-of-domain | कुतुब मीनार कितनी ऊँची है | FB
out-of-domain | पंचायत की राजधानी कौन सी है | FB
out-of-domain | ब्लॉक की राजधानी मतलब ब्लॉक ऑफिस कहाँ है | FB
out-of-domain | मेरे गाँव की राजधानी क्या है | FB
out-of-domain | हमारी कॉलोनी का मालिक कौन है | FB
out-of-domain | पिन कोड बताओ अंबिकापुर का | FB
out-of-domain | बस्तर का दशहरा कब होता है | FB
out-of-domain | पहाड़ी भाषा में नमस्ते कैसे बोलते हैं | FB
out-of-domain | सिक्किम जाने के लिए परमिट चाहिए क्या | FB
pilgrim | वृंदावन की परिक्रमा में एक रूसी भक्त मिली उसके देस रूस की राजधानी बताओ | RU
pilgrim | इस्कॉन मंदिर में अमेरिका के लोग आते हैं उनकी राजधानी कौन सी है | US
pilgrim | बरसाने की होली में जर्मनी से आए लोग थे जर्मनी की राजधानी बताय दै | DE
pilgrim | गोवर्धन परिक्रमा वाली मॉरीशस की अम्मा पूछ रहीं अपने देस की राजधानी | MU
pilgrim | एक यूक्रेन की साध्वी हैं उनके देस की राजधानी कौन सी ऐ | UA
pilgrim | पंडा जी पूछ रहे हैं इटली की राजधानी का नाम | IT
pilgrim | घाट पे अर्जेंटीना के बाबा मिले उनके देस की राजधानी | AR
pilgrim | माता रानी के दरबार में नेपाल से आई यात्री उसकी राजधानी बताओ | NP
pilgrim | कटरा में घोड़े वाले से एक फ्रांसीसी ने बात की फ्रांस की राजधानी क्या है | FR
pilgrim | भवन तक जाते जाते बच्चे ने पूछा स्पेन की राजधानी कौन सी है | ES
pony | भाई साहब घोड़े पे बैठे बैठे बताओ कनाडा दी राजधानी | CA
pony | पिट्ठू वाला पूछदा ऐ इंग्लैंड दी राजधानी | GB
pony | अर्धकुंवारी ते पहले बताओ ऑस्ट्रेलिया दी राजधानी के ऐ | AU
tea-garden | बगान का मैनेजर बोला चाय केन्या भी जाता है केन्या का राजधानी क्या है | KE
tea-garden | चाय पत्ती तोड़ते तोड़ते दिदी पूछी श्रीलंका का राजधानी | LK
tea-garden | गोरखा पल्टन का दाजु बोला ब्रुनेई में था उसका राजधानी बताओ | BN
tea-garden | हाँगकाँग में काम करता है मेरा भाइ उसका राजधानी क्या हो | HK
tea-garden | भूटान बॉर्डर के पार का राजधानी बताओ ना दाइ | BT
tea-garden | बागडोगरा से बैंकॉक फ्लाइट जाता है थाईलैंड का राजधानी | TH
hostel | यार राँची हॉस्टल में क्विज है मंगोलिया की राजधानी बता | MN
hostel | रूममेट बोल रहा है पेरू की राजधानी लीमा मैं कहता हूँ कुछ और बता ना | PE
hostel | मेस में बहस हो गई जिम्बाब्वे की राजधानी पर | ZW
hostel | भाई एक लास्ट सवाल तंजानिया की राजधानी डोडोमा या दार | TZ
hostel | जेईई वाले लड़के को नहीं पता फिजी की राजधानी | FJ
hostel | वार्डन सर पूछ रहे हैं आइसलैंड की राजधानी | IS
hostel | लाइट चली गई है अंधेरे में बताओ सेनेगल की राजधानी | SN
army | कैंट में साहब की मेमसाब पूछ रहीं कांगो में पति का यूएन मिशन है डीआर कांगो की राजधानी | CD
army | लेबनान में यूएन पीसकीपिंग गए थे वहाँ की राजधानी याद नहीं | LB
army | सूडान में पोस्टिंग थी उसकी राजधानी बताओ | SD
army | गोलन हाइट्स के पास सीरिया की राजधानी कौन सी है | SY
army | साइप्रस में यूएन वाले अंकल रहते थे उसकी राजधानी | CY
army | दक्षिण सूडान मिशन पे जा रहे हैं वहाँ की राजधानी जुबा है क्या | SS
houseboat | हाउसबोट पे मलेशिया का कपल है उनकी राजधानी कुआलालंपुर ही है ना | MY
houseboat | शिकारा वाले भाई पूछ रहे कोरिया साउथ वाले की राजधानी | KR
houseboat | ईरान से केसर आता है ईरान की राजधानी बोलो | IR
houseboat | कज़ाखिस्तान के टूरिस्ट आए हैं उनकी राजधानी क्या है | KZ
houseboat | उज़्बेक मेहमान हैं उज़्बेकिस्तान की राजधानी बताइए | UZ
houseboat | तुर्की से आए कारीगर हैं तुर्की की राजधानी क्या है | TR
school | अंबिकापुर के सरकारी स्कूल म गुरुजी पूछत हें इथियोपिया के राजधानी | ET
school | प्रार्थना के बाद सवाल रहिस नामीबिया के राजधानी काय हे | NA
school | हमर दीदी कहिस अंगोला के राजधानी लुआंडा हरे सही हे का | AO
school | कक्षा पाँच के लइका पूछत हे मेडागास्कर के राजधानी | MG
school | मास्टर साहब चॉक पकड़ के बोले ग्वाटेमाला की राजधानी कौन | GT
school | गृहकार्य में आया है होंडुरास की राजधानी लिखो | HN
child | अलेक्सा दीदी पेंगुइन वाले देश की राजधानी अंटार्कटिका की | AQ
child | चाँद तारे वाले झंडे वाला तुर्की उसकी राजधानी बताओ ना | TR
child | कंगारू वाले देश की राजधानी क्या है | AU
child | पिज़्ज़ा वाले इटली की राजधानी | IT
child | मेरा दोस्त कह रहा जापान की राजधानी क्योटो है सच में | JP
child | अलेक्सा तुम्हें पता है मिस्र की राजधानी मुझे पता है तुम बताओ | EG
child | मम्मी बोली जल्दी पूछो स्विट्ज़रलैंड की राजधानी | CH
child | एक दो तीन बताओ कोलंबिया की राजधानी | CO
child | अलेक्सा आयरलैंड की राजधानी बताओगी प्लीज प्लीज | IE
child | डोरेमोन वाले देश की राजधानी | JP
child | मेरी टीचर न्यूज़ीलैंड से है उसकी राजधानी | NZ
child | अलेक्सा शेर वाले देश कीनिया की राजधानी | KE
child | ब्राज़ील की राजधानी रियो है ना मेरा भैया बोला | BR
child | मुझे सेंट लूसिया की राजधानी याद करनी है | LC
child | ऊँट वाले सऊदी की राजधानी बोलो | SA
child | मैं चार साल की हूँ मुझे चीन की राजधानी बताओ | CN
elder | बेटा हमारे जमाने में सीलोन कहते थे अब श्रीलंका की राजधानी कौन सी है | LK
elder | बर्मा में हमारे चाचा रहते थे उसकी राजधानी अब कौन सी है | MM
elder | अदन में हमारे बाबूजी काम करते थे यमन की राजधानी बताओ | YE
elder | पुराने रंगून की याद आ गई म्यांमार की राजधानी बता दो बिटिया | MM
elder | हमरे नाना फिजी गए रहें गिरमिटिया फिजी के राजधानी | FJ
elder | सूरीनाम गए थे हमारे पुरखे वहाँ की राजधानी क्या है | SR
elder | त्रिनिदाद में मेरी बुआ का परिवार है त्रिनिदाद की राजधानी | TT
elder | गुयाना में भी भोजपुरी बोलते हैं ना उसकी राजधानी | GY
elder | जरा जोर से बोलना बेटा कुवैत की राजधानी | KW
elder | पहले वाला पूर्वी पाकिस्तान यानी बांग्लादेश की राजधानी | BD
elder | कान कम सुनता है धीरे बोलो ओमान की राजधानी | OM
elder | हम तो अनपढ़ हैं बेटा बहरीन की राजधानी बता दो | BH
elder | अरे वो कौन सा देश था जहाँ से ईदी अमीन था युगांडा उसकी राजधानी | UG
elder | बाबूजी कहते थे अफ्रीका में मोम्बासा केन्या का बड़ा शहर है राजधानी कौन सी है | KE
hinglish | अलेक्सा क्विक बताओ स्वीडन का कैपिटल | SE
hinglish | यार डेनमार्क का कैपिटल सिटी क्या है | DK
hinglish | पोलैंड का कैपिटल बता दो जल्दी | PL
hinglish | बेल्जियम की कैपिटल व्हाट इज इट | BE
hinglish | मुझे नॉर्वे का कैपिटल नेम चाहिए | NO
hinglish | फिनलैंड का कैपिटल सिटी बताओ ना यार | FI
hinglish | हंगरी का कैपिटल क्या है बडी | HU
hinglish | ऑफिस मीटिंग है पुर्तगाल का कैपिटल बताओ | PT
hinglish | ऑस्ट्रिया का कैपिटल वियना है ना कन्फर्म करो | AT
hinglish | चेकिया का कैपिटल प्राग राइट | CZ
hinglish | ग्रीस का कैपिटल एथेंस हैं ना ब्रो | GR
hinglish | बुल्गारिया का कैपिटल सिटी कौन सा है | BG
hinglish | क्रोएशिया की कैपिटल क्या है गेम ऑफ थ्रोन्स वाली | HR
hinglish | एस्टोनिया का कैपिटल बताओ बॉस | EE
hinglish | सर्बिया का कैपिटल बेलग्रेड है क्या | RS
hesitation | उम्म वो क्या है ना अल्बानिया की राजधानी | AL
hesitation | अ अ मोंटेनेग्रो की राजधानी | ME
hesitation | वो जो है ना आर्मेनिया उसकी राजधानी क्या है | AM
hesitation | मतलब कि जॉर्डन की की राजधानी | JO
hesitation | हाँ तो बताइए कि वो लाइबेरिया की राजधानी | LR
hesitation | वो वो वो सिएरा लियोन की राजधानी | SL
hesitation | एक मिनट सोचने दो हाँ बुर्किना फासो की राजधानी | BF
hesitation | क्या नाम है उसका हाँ माली की राजधानी | ML
hesitation | अरे वो देश जिसका नाम भूल रहा हूँ चाड हाँ चाड की राजधानी | TD
hesitation | है ना वो गैबॉन उसकी राजधानी | GA
hesitation | सुनो ना वो मतलब कैमरून की राजधानी | CM
hesitation | उम्म्म मलावी की राजधानी शायद | MW
asr-artefact | अलेक्सा अलेक्सा अफगानिस्तान की राजधानी | AF
asr-artefact | की राजधानी इक्वाडोर | EC
asr-artefact | इक्वेडोर की राजधानी क्या | EC
asr-artefact | केनिया की राजधानी | KE
asr-artefact | मोरोक्को की राजधानी | MA
asr-artefact | अल्जीरिया राजधानी | DZ
asr-artefact | ट्यूनिसिया की राजधानी | TN
asr-artefact | लीबीया की राजधानी क्या है | LY
asr-artefact | मौरिटानिया राजधानी बताओ | MR
asr-artefact | जिबूति की राजधानी | DJ
asr-artefact | सोमालीया की राजधानी | SO
asr-artefact | इरिट्रीया की राजधानी क्या | ER
terse | वेनेज़ुएला राजधानी | VE
terse | क्यूबा राजधानी | CU
terse | जमैका | JM
terse | हैती राजधानी | HT
terse | पनामा कैपिटल | PA
terse | निकारागुआ | NI
terse | कोस्टा रिका राजधानी बताओ | CR
terse | बेलीज़ कैपिटल | BZ
terse | अल सल्वाडोर राजधानी | SV
terse | बहामास राजधानी | BS
polite | कृपया मुझे पाराग्वे की राजधानी बताने का कष्ट करें | PY
polite | आदरणीय अलेक्सा जी उरुग्वे की राजधानी क्या है | UY
polite | यदि आपको ज्ञात हो तो बोलीविया की राजधानी बताइए | BO
polite | मेहरबानी करके सीरिया की राजधानी बता दीजिए | SY
polite | आपसे निवेदन है कि ट्यूनीशिया की राजधानी बताएँ | TN
polite | जी माफ कीजिए क्या आप बता सकती हैं लेसोथो की राजधानी | LS
polite | अगर तकलीफ न हो तो रवांडा की राजधानी बताइएगा | RW
polite | श्रीमान जी बुरुंडी की राजधानी कौन सी है कृपया | BI
polite | क्या आप कृपा करके एस्टोनिया की राजधानी बता सकेंगी | EE
polite | बहुत धन्यवाद पहले का अब लिथुआनिया की राजधानी बताइए | LT
kashmiri-hindi | बाया वो पापुआ न्यू गिनी वाला मुल्क उसकी राजधानी कौन सी है जी | PG
darjeeling | पापुआ न्यू गिनी का राजधानी भी बताओ ना दाइ | PG
launch | अलेक्सा दुनिया की राजधानियाँ वारौ खेल चालू कर दै लाला | LAUNCH
launch | दुनिया की राजधानियाँ खोल दे जी असां खेलना है | LAUNCH
launch | दुनिया की राजधानियाँ चला दे ना हमर भाई के खेले के हे | LAUNCH
launch | अलेक्सा दुनिया की राजधानियाँ खोलो ना दिदी को खेलना है | LAUNCH
launch | दुनिया की राजधानियाँ ल चालू कर दे गा | LAUNCH
launch | जनाब दुनिया की राजधानियाँ वाली चीज़ शुरू कीजिए | LAUNCH
launch | अलेक्सा दुनिया की राजधानियाँ खोल कर क्विज शुरू करो हॉस्टल में | LAUNCH
launch | दुनिया की राजधानियाँ चालू करो बच्चों की पढ़ाई के लिए | LAUNCH
launch | दुनिया की राजधानियाँ दस्सो खोल के | LAUNCH
launch | दादी के लिए दुनिया की राजधानियाँ खोल देना | LAUNCH
launch | अलेक्सा ज़रा दुनिया की राजधानियाँ शुरू कर दो स्कूल का काम है | LAUNCH
launch | दुनिया की राजधानियाँ एप्लिकेशन चालू करो | LAUNCH
official-name | संयुक्त अरब अमीरात की राजधानी बताओ जी | AE
official-name | फ़िलीपींस गणराज्य की राजधानी क्या है | PH
official-name | इंडोनेशिया गणराज्य की राजधानी | ID
official-name | अफगानिस्तान इस्लामी अमीरात की राजधानी कौन सी है | AF
official-name | बांग्लादेश जनगणतंत्र की राजधानी | BD
official-name | भूटान अधिराज्य की राजधानी बताइए | BT
official-name | सऊदी अरब अधिराज्य की राजधानी | SA
official-name | संयुक्त मेक्सिकी राज्य की राजधानी कौन सी | MX
official-name | अर्जेंटीना गणराज्य की राजधानी | AR
official-name | स्विस परिसंघ की राजधानी क्या है | CH
official-name | इटालियन गणराज्य की राजधानी | IT
everyday-name | इंडिया की राजधानी बोलो | IN
everyday-name | हिंदुस्तान की राजधानी कौन सी है बाया | IN
everyday-name | अमेरिका की राजधानी का नाम बताओ भाई | US
everyday-name | बिलायत की राजधानी कौन सी ऐ | GB
everyday-name | अंग्रेजों के देश की राजधानी | GB
everyday-name | हालैंड की राजधानी दस्सो जी | NL
everyday-name | चीन देस जिसको चाइना बोलते हैं उसकी राजधानी | CN
everyday-name | कोरिया साउथ की राजधानी | KR
everyday-name | नॉर्थ कोरिया वाले किम के देश की राजधानी | KP
everyday-name | ज़ायरे की राजधानी | CD
everyday-name | दुबई वाला देश उसकी राजधानी दुबई है ना | AE
everyday-name | बर्मा देस केर राजधानी का हेके | MM
everyday-name | स्याम देश मतलब थाईलैंड उसकी राजधानी | TH
territory | हाँगकाँग का राजधानी क्या हो दाइ | HK
territory | मकाओ का राजधानी बताओ ना | MO
territory | ताइवान की राजधानी कौन सी है जनाब | TW
territory | ग्रीनलैंड दी राजधानी दस्सो | GL
territory | प्यूर्टो रिको केर राजधानी का हेके | PR
territory | गुआम द्वीप की राजधानी कौन सी ऐ | GU
territory | बरमूडा त्रिकोण वाला बरमूडा उसकी राजधानी | BM
territory | कोसोवो मुल्क की राजधानी क्या है | XK
territory | फ़ॉकलैंड द्वीप की राजधानी बताइए | FK
territory | न्यू कैलेडोनिया के राजधानी काय हे | NC
territory | जर्सी द्वीप की राजधानी | JE
territory | गर्नसी की राजधानी क्या है | GG
territory | अंटार्कटिका महाद्वीप की राजधानी होती है क्या | AQ
territory | लद्दाख यूटी की राजधानी लेह है ना | IN-LA
territory | अंडमान निकोबार द्वीप समूह की राजधानी क्या है | IN-AN
territory | फिलिस्तीन की राजधानी | PS
territory | वेटिकन सिटी की राजधानी | VA
shared-name | कांगो की राजधानी दस्सा जी | CD+CG
shared-name | कांगो का राजधानी क्या हो | CD+CG
shared-name | कोरिया केर राजधानी का हेके | KP+KR
shared-name | कोरिया के राजधानी काय हे | KP+KR
shared-name | जॉर्जिया की राजधानी कौन सी ऐ | GE+US-GA
shared-name | जॉर्जिया के राजधानी कोन हरे | GE+US-GA
shared-name | वर्जिन आइलैंड की राजधानी बताओ ना | VG+VI
shared-name | जनाब कोरिया की राजधानी क्या है | KP+KR
shared-name | अमरीका के जॉर्जिया सूबे की राजधानी अटलांटा है ना | US-GA
shared-name | काकेशस पहाड़ वाले जॉर्जिया की राजधानी | GE
plural-capitals | दक्षिण अफ्रीका केर तीनों राजधानी कोन कोन हेके | ZA
plural-capitals | बोलीविया दी दोनों राजधानियां दस्सो | BO
plural-capitals | नीदरलैंड का दुइटा राजधानी बताओ ना दाइ | NL
plural-capitals | श्रीलंका की दोनों राजधानी कौन सी ऐ | LK
plural-capitals | मलेशिया की दोनों राजधानियां क्या हैं जनाब | MY
plural-capitals | बेनिन के दुनो राजधानी काय हे | BJ
plural-capitals | आइवरी कोस्ट दी दो राजधानियां के नां | CI
plural-capitals | एस्वातिनी की दोनों राजधानी बताय दै | SZ
plural-capitals | फिलिस्तीन की दोनों राजधानियों के नाम बताओ जनाब | PS
subdivision | हिमाचल प्रदेश दी सर्दियां वाली राजधानी धर्मशाला ऐ ना | IN-HP
subdivision | झारखंड केर राजधानी बताय दे | IN-JH
subdivision | सिक्किम का राजधानी कौन हो | IN-SK
subdivision | छत्तीसगढ़ राज के राजधानी रायपुर हरे ना | IN-CG
subdivision | जम्मू कश्मीर दी गर्मियां वाली राजधानी | IN-JK
subdivision | उत्तर प्रदेस की राजधानी बताय दै | IN-UP
subdivision | पश्चिम बंगाल का राजधानी कलकत्ता हो ना दाइ | IN-WB
subdivision | मेघालय का राजधानी शिलांग हो | IN-ML
subdivision | नागालैंड केर राजधानी कोहिमा हेके | IN-NL
subdivision | बिहार केर राजधानी का हेके | IN-BR
subdivision | ओडिशा के राजधानी काय हे | IN-OD
subdivision | पंजाब दी राजधानी दस्सो | IN-PB
subdivision | हरियाणा दी राजधानी के ऐ | IN-HR
subdivision | कैलिफ़ोर्निया की राजधानी सैन फ्रांसिस्को है क्या जी | US-CA
subdivision | टेक्सस स्टेट की राजधानी ऑस्टिन है ना | US-TX
subdivision | न्यू जर्सी स्टेट का कैपिटल ट्रेंटन | US-NJ
subdivision | वर्जीनिया की राजधानी क्या है | US-VA
subdivision | मैसाचुसेट्स की राजधानी बोस्टन | US-MA
subdivision | जॉर्जिया के अमेरिकी राज्य की राजधानी | US-GA
subdivision | ओंटारियो प्रांत की राजधानी बताओ मेरा बेटा टोरंटो में है | CA-ON
subdivision | ब्रिटिश कोलंबिया प्रांत की राजधानी सरी में बहुत पंजाबी हैं | CA-BC
subdivision | स्कॉटलैंड दी राजधानी | GB-SCT
subdivision | इंग्लैंड देश की राजधानी लंदन ही है ना | GB-ENG
subdivision | विक्टोरिया प्रांत की राजधानी मेलबर्न ही है क्या | AU-VIC
subdivision | न्यू साउथ वेल्स राज्य की राजधानी | AU-NSW
yes-no-check | भूटान का राजधानी पारो हो कि थिंपू | BT
yes-no-check | कनाडा दी राजधानी वैंकूवर ऐ ना | CA
yes-no-check | ऑस्ट्रेलिया केर राजधानी सिडनी हेके का | AU
yes-no-check | मिसर की राजधानी काहिरा ऐ का | EG
yes-no-check | दुबई संयुक्त अरब अमीरात की राजधानी है क्या | AE
yes-no-check | पाकिस्तान की राजधानी लाहौर है क्या जनाब | PK
yes-no-check | अमेरिका के राजधानी न्यूयॉर्क हरे का | US
yes-no-check | ब्राज़ील दी राजधानी ब्रासीलिया ऐ सच्ची | BR
yes-no-check | स्विट्जरलैंड का राजधानी जेनेवा हो कि | CH
yes-no-check | तुर्की की राजधानी इस्तांबुल है ना बाया | TR
yes-no-check | वियतनाम केर राजधानी हनोई हेके ना | VN
yes-no-check | मोरक्को के राजधानी रबात हरे का | MA
yes-no-check | जर्मनी की राजधानी म्यूनिख है ना | DE
self-correction | भूटान दी राजधानी नईं जी नेपाल दी | NP
self-correction | कनाडा केर राजधानी नहीं अमेरिका केर | US
self-correction | चीन का राजधानी होइन जापान का | JP
self-correction | इराक की राजधानी नहीं जनाब ईरान की | IR
self-correction | स्पेन के राजधानी नहीं गा पुर्तगाल के | PT
self-correction | पोलैंड की नाय यूक्रेन की राजधानी बताय दै | UA
self-correction | नॉर्वे दी नईं डेनमार्क दी राजधानी | DK
self-correction | बेल्जियम की राजधानी अरे ना ना नीदरलैंड नहीं बेल्जियम ही | BE
reverse-question | बर्न किस देश की राजधानी है | CITY:बर्न
reverse-question | लंदन किस मुल्क की राजधानी है जनाब | CITY:लंदन
reverse-question | पेरिस कौन से देस की राजधानी ऐ | CITY:पेरिस
reverse-question | नई दिल्ली किस देश की राजधानी है | CITY:नई दिल्ली
reverse-question | इस्लामाबाद किस देश की राजधानी है | CITY:इस्लामाबाद
reverse-question | बीजिंग केर देस कोन हेके | CITY:बीजिंग
reverse-question | मॉस्को किस देश का राजधानी हो | CITY:मॉस्को
reverse-question | कैरो किस देश की राजधानी है | CITY:कायरो
reverse-question | अदीस अबाबा किस देश की राजधानी है | CITY:अदीस अबाबा
reverse-question | किगाली कौन से देश की राजधानी है | CITY:किगाली
reverse-question | कंपाला किस देश की राजधानी है | CITY:कंपाला
reverse-question | अबुजा किस मुल्क की राजधानी है | CITY:अबुजा
reverse-question | बामाको किस देश की राजधानी है | CITY:बामाको
reverse-question | विंडहोक किस देश की राजधानी हरे | CITY:विंडहोक
reverse-question | रीगा किस देश दी राजधानी ऐ | CITY:रीगा
reverse-question | तिराना किस देश की राजधानी है | CITY:तिराना
reverse-question | येरेवान किस देश की राजधानी है | CITY:येरेवान
reverse-question | अम्मान कौन से देश की राजधानी है | CITY:अम्मान
reverse-question | बेरुत किस देश की राजधानी है | CITY:बेरुत
reverse-question | दमास्कस किस मुल्क की राजधानी है | CITY:दमास्कस
reverse-question | सुवा किस देश की राजधानी है गिरमिटिया वाला | CITY:सुवा
reverse-question | पोर्ट लुई किस देश की राजधानी है | CITY:पोर्ट लुई
reverse-question | गंगटोक किस राज्य का राजधानी हो | CITY:गंगटोक
reverse-question | राँची किस राज्य की राजधानी हेके | CITY:रांची
reverse-question | रायपुर कोन राज के राजधानी हरे | CITY:रायपुर
out-of-domain | लाला आज मथुरा में दूध का भाव का ऐ | FB
out-of-domain | यमुना जी में पानी कितनौ ऐ बताय दै | FB
out-of-domain | होरी कब ऐ बरसाने की लट्ठमार | FB
out-of-domain | मिंजो धर्मशाला दा मौसम दस्सा | FB
out-of-domain | पालमपुर चाय बगान कितनी दूर है जी | FB
out-of-domain | असां जो बैजनाथ मंदिर दा रस्ता दस्सो | FB
out-of-domain | कटरा च अज्ज भीड़ कितनी ऐ | FB
out-of-domain | जम्मू दी राजमा किसदी मशहूर ऐ | FB
out-of-domain | डोगरी च गीत लाओ | FB
out-of-domain | राँची से जमशेदपुर केर बस कखन हेके | FB
out-of-domain | करमा परब कखन हेके ई बार | FB
out-of-domain | हड़िया के बारे में बताय दे | FB
out-of-domain | दाइ कंचनजंगा कितना ऊँचा हो | FB
out-of-domain | गंगटोक में बर्फ गिरा कि नहीं आज | FB
out-of-domain | छुर्पी कहाँ मिलता हो | FB
out-of-domain | मैनपाट में ठंडा कतका हे गा | FB
out-of-domain | सरगुजा के तीजा तिहार कब हे | FB
out-of-domain | महुआ के भाव बता ना | FB
out-of-domain | जनाब वाज़वान में कितनी डिशें होती हैं | FB
out-of-domain | श्रीनगर से सोनमर्ग का रास्ता खुला है क्या | FB
out-of-domain | ट्यूलिप गार्डन कब खुलता है | FB
out-of-domain | कैपिटल मार्केट में आज सेंसेक्स कितना है | FB
out-of-domain | ट्रेक्टर खरीदने के लिए पूँजी कहाँ से मिलेगी | FB
out-of-domain | शुरुआती पूँजी कितनी लगेगी चाय की दुकान में | FB
out-of-domain | अंग्रेजी में ए कैपिटल कैसे लिखते हैं | FB
out-of-domain | राजधानी एक्सप्रेस में खाना मिलता है क्या | FB
out-of-domain | सियालदह राजधानी लेट है क्या आज | FB
out-of-domain | जम्मू तवी राजधानी का टाइम बताओ | FB
out-of-domain | हैदराबाद को बिरयानी की राजधानी कहते हैं क्या | FB
out-of-domain | दार्जिलिंग को चाय की राजधानी बोलते हैं ना | FB
out-of-domain | लुधियाना को किसकी राजधानी कहते हैं | FB
out-of-domain | मगध के राजा कौन थे | FB
out-of-domain | कश्मीर के डोगरा महाराजा की राजधानी गर्मियों में कहाँ थी | FB
out-of-domain | कोशल राज्य की राजधानी क्या थी | FB
out-of-domain | पांडवों की राजधानी कहाँ थी | FB
out-of-domain | गोकुल किसकी राजधानी थी कान्हा के समय | FB
out-of-domain | तिब्बत की राजधानी ल्हासा है ना | FB
out-of-domain | कैटालोनिया की राजधानी बताओ | FB
out-of-domain | साइबेरिया की राजधानी क्या है | FB
out-of-domain | कुर्दिस्तान की राजधानी कौन सी है | FB
out-of-domain | बलूचिस्तान की राजधानी बताओ | FB
out-of-domain | सिंध सूबे की राजधानी क्या है | FB
out-of-domain | पंजाब पाकिस्तान वाले की राजधानी लाहौर है ना | FB
out-of-domain | दार्जिलिंग जिला का सदर मुकाम कहाँ हो | FB
out-of-domain | खूंटी जिला केर मुख्यालय कोन हेके | FB
dhaba | ढाबे पे ट्रक वाले भाई बोले ईरान तक माल जाता है उसकी राजधानी | IR
dhaba | हाईवे पे बैठे हैं यार अफगानिस्तान की राजधानी काबुल ही है ना अब भी | AF
dhaba | पराठे आने तक बता दो उज्बेकिस्तान की राजधानी | UZ
dhaba | लस्सी पीते पीते ताजिकिस्तान की राजधानी बताओ | TJ
dhaba | ड्राइवर साहब पूछ रहे तुर्कमेनिस्तान की राजधानी क्या है | TM
barber | नाई की दुकान पे बहस है लिचटेंस्टीन की राजधानी पे | LI
barber | उस्ताद दाढ़ी बनाते बनाते पूछ रहे सैन मरीनो की राजधानी | SM
barber | कटिंग करवा रहा हूँ जल्दी बताओ मोनाको की राजधानी | MC
barber | अखबार में पढ़ा एंडोरा देश है उसकी राजधानी | AD
barber | माल्टा की राजधानी बताओ उस्ताद जी जानना चाहते हैं | MT
hospital | नाइट ड्यूटी में नर्स दीदी पूछ रहीं फिलीपींस की राजधानी | PH
hospital | वार्ड बॉय कह रहा है केरल की नर्सें आयरलैंड जाती हैं उसकी राजधानी | IE
hospital | मरीज़ के बेटे सऊदी में हैं सऊदी अरब की राजधानी बताओ | SA
hospital | डॉक्टर साहब यूके जा रहे हैं वहाँ की राजधानी क्या है | GB
hospital | ओपीडी में इंतजार कर रहे हैं जर्मनी की राजधानी बताओ | DE
delivery | राइडर हूँ सिग्नल पे खड़ा हूँ कतर की राजधानी बताओ | QA
delivery | ऑर्डर लेट है पर बताओ कुवैत की राजधानी | KW
delivery | बाइक पे हूँ जल्दी से बहरीन की राजधानी | BH
delivery | डिलीवरी वाला भाई कहता है उसका चाचा ओमान में है ओमान की राजधानी | OM
delivery | हेलमेट में से बोल रहा हूँ इजराइल की राजधानी बताओ | IL
wedding | मेहंदी में क्विज चल रहा है नेपाल की राजधानी किसको पता है | NP
wedding | बारात में फूफा जी पूछ रहे भूटान की राजधानी | BT
wedding | दूल्हे के दोस्त कनाडा से आए हैं उनकी राजधानी बताओ | CA
wedding | हल्दी वाले दिन बहस हुई ऑस्ट्रेलिया की राजधानी पर सिडनी या कैनबरा | AU
wedding | लड़की वाले न्यूज़ीलैंड में रहते हैं वहाँ की राजधानी | NZ
"""

if __name__ == "__main__":
    build_round(36, "hi", LINES, sys.argv, "tests/Eval/hi/round36/source/build_corpus.py")
