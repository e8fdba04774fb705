"""Round-40 Arabic evaluation corpus (locale ar-SA), written blind by the corpus48-ar helper (a new author, brief
WRITER48.md) at the start of the forty-second session. Every line was written by hand as one utterance said to an Echo
in Saudi Arabia, transcribed as ASR gives it (Arabic letters, no diacritics or punctuation, single spaces).
Speakers, chosen away from round 39's (Qassim elders, Eastern Province oil families, Abha and Jazan schools, Yemeni
grocers, Sudanese residents of Riyadh, learner workers, Riyadh and Jeddah university women, kashta families) and round
38's (Marrakech bazaar, Damascene kitchens, Wadi Rum guides, Riyadh hospital staff, Alexandria coffee houses, Dearborn
families, Makkah mutawwifin):
- shopkeepers of old Jeddah (al-Balad) and Hijazi families: perfume, cloth and incense trade, a son abroad (`ايش`،
  `دحين`، `كدا`، `مرة`، `ابغى`، `يا شيخ`، `برضو`، `حقت`),
- rose farmers and families of the Taif highlands (al-Hada, al-Shafa), the rose season and its buyers (`وش`، `يا خوي`،
  `وشو`، `ترا`),
- falconers of Ha'il and al-Jouf: falcons bought abroad, hunting trips (المقناص), the falcon auction, the vet
  (`وش`، `ابي`، `يا خوي`، `يا بعد عمري`، `الربع`، `الطير الحر`),
- teenage gamers in Riyadh: servers, ping, lag, FIFA, streamers, a quiz challenge, English mixed in (`برو`، `لاق`،
  `البنق`، `السيرفر`، `القيم`، `الستريمر`، `ون تو ثري`),
- Jordanian and Palestinian families living in Riyadh: homework, relatives abroad (`شو`، `بدي`، `هلق`، `كتير`، `منيح`،
  `تبع`، `بتعرفي`),
- international students of the Islamic University of Madinah from Africa and Asia, in textbook fusha (`ما هي`،
  `من فضلك`، `اخبريني`، `جزاك الله خيرا`، `بارك الله فيك`، `لو تكرمت`),
- Western teachers and nurses learning Arabic in Riyadh, with learner errors (`ما هو عاصمة`، `انا اريد يعرف`، `ماذا
  عاصمة`، `عاصمة لل`، `هي ماذا`، `سوري`),
- long-haul truck drivers at the border crossings (al-Haditha, the transit roads) (`الحمولة`، `التريلا`، `المنفذ`،
  `الترانزيت`، `الكفيل`، `الكونتينر`),
- staff and customers of a Riyadh travel agency: visas, transits, honeymoon packages, cruises (`الحجز`، `الفيزا`،
  `التاشيرة`، `الباكج`، `العرض`).
Follow-ups, yes/no checks with right and wrong guesses, self-corrections with an explicit marker, reverse questions,
shared names bare and told apart, plurals of every several-capital country and Palestine, official and everyday names,
old names, subdivisions and territories, launches through the guessed name `عواصم العالم`, help, stop and cancel, and
fallback lines (prayer times, weather, music, other devices, "capital" in other senses, Saudi and Emirati regions,
historical states, fictional lands). Brief WRITER48.md.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
import round12_hinl_corpus  # noqa: E402
from round12_hinl_corpus import build_round  # noqa: E402

# The shared module's tables name no Arabic: register the locale and the script check here (Arabic letters, no
# diacritics, tatweel or digits, single spaces), without touching the shared code.
round12_hinl_corpus.LOCALES.setdefault("ar", ("ar-SA",))
round12_hinl_corpus.SCRIPT.setdefault("ar", re.compile(r"^[\u0621-\u063A\u0641-\u064A]+( [\u0621-\u063A\u0641-\u064A]+)*$"))

LINES = """
# Old Jeddah (al-Balad) shopkeepers and Hijazi families
hijazi-balad | اليكسا ايش عاصمة {} دحين | فرنسا=FR; ايطاليا=IT; اسبانيا=ES
hijazi-balad | يا اليكسا الزبون اللي اشترى العود من {} ايش عاصمتهم | ماليزيا=MY; بروناي=BN; تايلاند=TH
hijazi-balad | اليكسا قولي لي عاصمة {} كدا بسرعة | الكويت=KW; قطر=QA; البحرين=BH
hijazi-balad | اليكسا القماش دا جاي من {} فين عاصمتها | الهند=IN; باكستان=PK; بنغلاديش=BD
hijazi-balad | اليكسا مرة نسيت ايش عاصمة {} | الصومال=SO; اثيوبيا=ET; اريتريا=ER
hijazi-balad | اليكسا جدي كان يتاجر مع {} زمان ايش عاصمتها | اليمن=YE; عمان=OM; مصر=EG
hijazi-balad | اليكسا يا شيخ ايش هي عاصمة {} برضو | تشاد=TD; النيجر=NE; مالي=ML
hijazi-balad | اليكسا الحجاج اللي جو من {} عاصمتهم ايش | نيجيريا=NG; السنغال=SN; غينيا=GN
hijazi-balad | اليكسا ابغى اعرف عاصمة {} عشان الشحنة | الصين=CN; فيتنام=VN; سريلانكا=LK
hijazi-balad | اليكسا البخور دا من {} ايش اسم العاصمة حقتها | جيبوتي=DJ; جزر القمر=KM; مدغشقر=MG
hijazi-balad | اليكسا ولدي راح يدرس في {} ايش عاصمتها | كندا=CA; ايرلندا=IE; نيوزيلندا=NZ
hijazi-balad | اليكسا عاصمة {} ايش هي يا حلوة | المغرب=MA; تونس=TN; ليبيا=LY
hijazi-balad | اليكسا احنا في البلد نبيع لناس من {} فين عاصمتهم | اوزبكستان=UZ; طاجيكستان=TJ; اذربيجان=AZ
hijazi-balad | اليكسا زي ما قلتي امس ايش عاصمة {} | تنزانيا=TZ; اوغندا=UG; رواندا=RW
hijazi-balad | اليكسا التاجر {} ايش عاصمة بلده | الاندونيسي=ID; الفلبيني=PH; الكمبودي=KH
hijazi-balad | يا اليكسا مرة محتاس ابغى عاصمة {} | موريشيوس=MU; سيشل=SC; جزر المالديف=MV
hijazi-balad | اليكسا عاصمة {} كم مرة اسالك عنها | السودان=SD; جنوب السودان=SS; ليبيريا=LR
# Taif highlands: rose farms, al-Hada and al-Shafa
taif-highlands | اليكسا الحين وش عاصمة {} | بلغاريا=BG; رومانيا=RO; المجر=HU
taif-highlands | اليكسا الورد الطايفي يروح ل{} وش عاصمتها | فرنسا=FR; سويسرا=CH; النمسا=AT
taif-highlands | اليكسا يا خوي وش عاصمة {} اللي فيها ورد كثير | هولندا=NL; الاكوادور=EC; كولومبيا=CO
taif-highlands | اليكسا احنا في الهدا والسياح من {} وش عاصمتهم | الكويت=KW; الامارات=AE; الاردن=JO
taif-highlands | اليكسا العامل اللي يقطف الورد من {} وش عاصمة ديرته | نيبال=NP; بوتان=BT; ميانمار=MM
taif-highlands | اليكسا ابغى اعرف وش عاصمة {} قبل الموسم | تركيا=TR; ايران=IR; افغانستان=AF
taif-highlands | اليكسا في الشفا الجو بارد زي {} وش عاصمتها | النرويج=NO; السويد=SE; فنلندا=FI
taif-highlands | اليكسا زوجتي تسال عاصمة {} وش هي | اليونان=GR; قبرص=CY; مالطا=MT
taif-highlands | اليكسا المشتري من {} يبغى دهن الورد وش عاصمة بلده | اليابان=JP; كوريا الجنوبية=KR; سنغافورة=SG
taif-highlands | اليكسا عاصمة {} وشو اسمها | البرتغال=PT; بلجيكا=BE; لوكسمبورغ=LU
taif-highlands | اليكسا يا بنت الحلال عاصمة {} وش | الدنمارك=DK; ايسلندا=IS; استونيا=EE
taif-highlands | اليكسا ولد خالي في {} عاصمتها وش اسمها | بولندا=PL; التشيك=CZ; سلوفاكيا=SK
taif-highlands | اليكسا وش اسم عاصمة {} بالضبط | لاتفيا=LV; ليتوانيا=LT; بيلاروسيا=BY
taif-highlands | اليكسا المهرجان فيه جناح {} وش عاصمتها | المكسيك=MX; البرازيل=BR; الارجنتين=AR
taif-highlands | اليكسا وش عاصمة {} ترا نسيت | صربيا=RS; كرواتيا=HR; سلوفينيا=SI
# Ha'il and al-Jouf falconers
hail-falconers | اليكسا وش عاصمة {} يا خوي | منغوليا=MN; كازاخستان=KZ; قيرغيزستان=KG
hail-falconers | اليكسا الصقر هذا جايبينه من {} وش عاصمتها | روسيا=RU; تركمانستان=TM; ارمينيا=AM
hail-falconers | اليكسا ابي نروح المقناص في {} وش عاصمتها | باكستان=PK; المغرب=MA; الجزائر=DZ
hail-falconers | اليكسا الطير الحر اللي من {} وش عاصمة ديرته | افغانستان=AF; اوزبكستان=UZ; جورجيا اللي جنب روسيا=GE
hail-falconers | اليكسا الربع يسالون وش عاصمة {} | سوريا=SY; العراق=IQ; لبنان=LB
hail-falconers | اليكسا وش هي عاصمة {} اللي صقورها غالية | ايسلندا=IS; غرينلاند=GL; كندا=CA
hail-falconers | اليكسا يا بعد عمري وش عاصمة {} | ليبيا=LY; تونس=TN; موريتانيا=MR
hail-falconers | اليكسا المزاد فيه واحد من {} وش عاصمة بلاده | قطر=QA; البحرين=BH; عمان=OM
hail-falconers | اليكسا الحين عاصمة {} وش اسمها | اوكرانيا=UA; مولدوفا=MD; رومانيا=RO
hail-falconers | اليكسا ابي عاصمة {} يرحم والديك | تنزانيا=TZ; كينيا=KE; اثيوبيا=ET
hail-falconers | اليكسا البيطري اللي يعالج الطيور من {} عاصمتهم وش | اسبانيا=ES; المانيا=DE; بريطانيا=GB
hail-falconers | اليكسا الطيور المهاجرة تجي من {} وش عاصمتها | طاجيكستان=TJ; اذربيجان=AZ; ايران=IR
hail-falconers | اليكسا يا خوي وش العاصمة حقت {} | منغوليا=MN; الصين=CN; اليابان=JP
hail-falconers | اليكسا عطني عاصمة {} الله يسلمك | السودان=SD; تشاد=TD; ارتيريا=ER
hail-falconers | اليكسا المقناص السنة الجاية في {} وش عاصمتها | تركمانستان=TM; قيرغيزستان=KG; كازاخستان=KZ
# Riyadh teenage gamers
riyadh-gamers | اليكسا وش عاصمة {} برو | البرازيل=BR; البرتغال=PT; الارجنتين=AR
riyadh-gamers | اليكسا السيرفر حق {} وش عاصمتها بسرعة | المانيا=DE; فرنسا=FR; هولندا=NL
riyadh-gamers | يا شباب اسكتوا اليكسا وش عاصمة {} | كرواتيا=HR; بلجيكا=BE; الاوروغواي=UY
riyadh-gamers | اليكسا الفريق اللي لعبنا ضده من {} وش عاصمتهم | كوريا الجنوبية=KR; اليابان=JP; الصين=CN
riyadh-gamers | اليكسا في الفيفا ابي العب ب{} وش عاصمتها | المكسيك=MX; تشيلي=CL; كولومبيا=CO
riyadh-gamers | اليكسا الخريطة ذي في {} عاصمتها وش | روسيا=RU; اوكرانيا=UA; بولندا=PL
riyadh-gamers | اليكسا البنق عالي عشان السيرفر في {} وش عاصمتها | سنغافورة=SG; البحرين=BH; الهند=IN
riyadh-gamers | اليكسا لاق ما سمعت وش عاصمة {} | النمسا=AT; سويسرا=CH; الدنمارك=DK
riyadh-gamers | اليكسا التحدي عاصمة {} يلا جاوبي | ايسلندا=IS; النرويج=NO; السويد=SE
riyadh-gamers | اليكسا واحد في القيم يقول انه من {} وش عاصمتها | كندا=CA; استراليا=AU; نيوزيلندا=NZ
riyadh-gamers | اليكسا عاصمة {} ايش ون تو ثري جاوبي | بيرو=PE; الاكوادور=EC; فنزويلا=VE
riyadh-gamers | اليكسا الستريمر ذا من {} وش عاصمتها | الفلبين=PH; اندونيسيا=ID; ماليزيا=MY
riyadh-gamers | اليكسا ابي اجاوب سؤال الكويز وش عاصمة {} | نيجيريا=NG; غانا=GH; الكاميرون=CM
riyadh-gamers | اليكسا عاصمة {} لو سمحتي قبل ما تبدا الجيم | الدنمارك=DK; المجر=HU; اليونان=GR
riyadh-gamers | اليكسا برو وش عاصمة {} اللي في اللعبة | كوبا=CU; جامايكا=JM; هايتي=HT
riyadh-gamers | اليكسا خوي يقول عاصمة {} نفس اسمها صح ولا | الكويت=KW; سنغافورة=SG; جيبوتي=DJ
# Jordanian and Palestinian families living in Riyadh
levant-expats | اليكسا شو عاصمة {} | فنلندا=FI; ايرلندا=IE; الدنمارك=DK
levant-expats | اليكسا بدي اعرف شو عاصمة {} هلق | سوريا=SY; لبنان=LB; العراق=IQ
levant-expats | ماما اسالي اليكسا شو عاصمة {} | الاردن=JO; مصر=EG; السعودية=SA
levant-expats | اليكسا ابني عنده امتحان جغرافيا شو عاصمة {} | البرازيل=BR; بيرو=PE; بوليفيا=BO
levant-expats | اليكسا بتعرفي شو عاصمة {} | تشيلي=CL; الباراغواي=PY; الاوروغواي=UY
levant-expats | اليكسا خالتي ساكنة ب{} شو اسم العاصمة | المانيا=DE; السويد=SE; الدنمارك=DK
levant-expats | اليكسا يا حبيبتي شو عاصمة {} | البوسنة=BA; الجبل الاسود=ME; البانيا=AL
levant-expats | اليكسا كتير بنسى شو عاصمة {} | الكاميرون=CM; الغابون=GA; بوركينا فاسو=BF
levant-expats | اليكسا جوزي رايح شغل على {} شو عاصمتها | قطر=QA; الكويت=KW; عمان=OM
levant-expats | اليكسا منيح قوليلي عاصمة {} | الهند=IN; نيبال=NP; بنغلادش=BD
levant-expats | اليكسا سلفي بدها تسافر على {} شو عاصمتها | تركيا=TR; قبرص=CY; اليونان=GR
levant-expats | اليكسا بنتي بتسال شو العاصمة تبع {} | استراليا=AU; فيجي=FJ; ساموا=WS
levant-expats | اليكسا شو اسم عاصمة {} يا ريت تحكيلي | غواتيمالا=GT; هندوراس=HN; نيكاراغوا=NI
levant-expats | اليكسا عاصمة {} شو كانت | كوستاريكا=CR; بنما=PA; السلفادور=SV
levant-expats | اليكسا اخوي بالغربة ب{} شو عاصمتها | رومانيا=RO; اوكرانيا=UA; روسيا=RU
levant-expats | اليكسا بدي اتاكد شو عاصمة {} | بليز=BZ; جامايكا=JM; الباهاما=BS
# International students of the Islamic University of Madinah (textbook fusha)
madinah-students | اليكسا من فضلك ما هي عاصمة {} | جزر المالديف=MV; سريلانكا=LK; تايلاند=TH
madinah-students | يا اليكسا اخبريني عن عاصمة {} | كمبوديا=KH; لاوس=LA; فيتنام=VN
madinah-students | اليكسا زميلي في السكن من {} فما عاصمتها | السنغال=SN; غامبيا=GM; غينيا بيساو=GW
madinah-students | اليكسا جزاك الله خيرا ما عاصمة {} | تنزانيا=TZ; ملاوي=MW; موزمبيق=MZ
madinah-students | اليكسا ما اسم عاصمة دولة {} | بوروندي=BI; رواندا=RW; الكونغو الديمقراطية=CD
madinah-students | اليكسا اريد ان اعرف عاصمة {} من فضلك | سيراليون=SL; ليبيريا=LR; توغو=TG
madinah-students | اليكسا في درس الجغرافيا سالنا الشيخ عن عاصمة {} | طاجيكستان=TJ; قرغيزستان=KG; تركمانستان=TM
madinah-students | اليكسا يا اخي ما هي عاصمة بلاد {} | البوسنة والهرسك=BA; كوسوفو=XK; البانيا=AL
madinah-students | اليكسا اسال عن عاصمة {} لو تكرمت | الفلبين=PH; بروناي=BN; تيمور الشرقية=TL
madinah-students | اليكسا الدعوة في {} ونريد عاصمتها | زامبيا=ZM; زيمبابوي=ZW; ناميبيا=NA
madinah-students | اليكسا ما عاصمة الجمهورية {} | اليمنية=YE; الجزائرية=DZ; التونسية=TN
madinah-students | اليكسا هل تعلمين عاصمة {} | بنين=BJ; النيجر=NE; بوركينا فاسو=BF
madinah-students | اليكسا ارجو ان تذكري عاصمة {} | اوغندا=UG; كينيا=KE; الصومال=SO
madinah-students | اليكسا نحن من {} فما هي عاصمتنا | غانا=GH; ساحل العاج=CI; مالي=ML
madinah-students | اليكسا بارك الله فيك ما عاصمة {} | جزر القمر=KM; موريشيوس=MU; مدغشقر=MG
madinah-students | اليكسا سؤال من فضلك عاصمة {} ما هي | ليسوتو=LS; بوتسوانا=BW; انغولا=AO
# Western teachers and nurses learning Arabic in Riyadh
western-learners | اليكسا ما هو عاصمة {} | كندا=CA; امريكا=US; المكسيك=MX
western-learners | اليكسا انا اريد يعرف عاصمة {} | استراليا=AU; نيوزيلندا=NZ; بريطانيا=GB
western-learners | اليكسا اين عاصمة {} من فضلك | ايرلندا=IE; اسكتلندا=GB-SCT; ويلز=GB-WLS
western-learners | اليكسا ماذا عاصمة {} | هولندا=NL; بلجيكا=BE; لوكسمبورغ=LU
western-learners | اليكسا هل تعرف ما عاصمة {} | جنوب افريقيا=ZA; كينيا=KE; نيجيريا=NG
western-learners | اليكسا سوري انا لا اتكلم جيدا عاصمة {} ما هي | الفلبين=PH; الهند=IN; جامايكا=JM
western-learners | اليكسا ما اسم العاصمة في {} | البرتغال=PT; اسبانيا=ES; ايطاليا=IT
western-learners | اليكسا انا من {} ما هي عاصمتي | فلوريدا=US-FL; تكساس=US-TX; اوهايو=US-OH
western-learners | اليكسا عاصمة لل{} ما هو | النمسا=AT; سويسرا=CH; المانيا=DE
western-learners | اليكسا اوه ما هي عاصمة {} بالعربي | اسكتلندا=GB-SCT; انجلترا=GB-ENG; ايرلندا الشمالية=GB-NIR
western-learners | اليكسا صديقتي الممرضة من {} عاصمة ماذا | الفلبين=PH; جنوب افريقيا=ZA; زيمبابوي=ZW
western-learners | اليكسا من فضلك قل لي العاصمة {} | تايوان=TW; هونغ كونغ=HK; سنغافورة=SG
western-learners | اليكسا عاصمة {} هي ماذا | ترينيداد وتوباغو=TT; بربادوس=BB; غرينادا=GD
western-learners | اليكسا انا اتعلم العربي ما عاصمة {} | اونتاريو=CA-ON; كيبيك=CA-QC; البرتا=CA-AB
western-learners | اليكسا ايه ما هو عاصمة ال{} | فيتنام=VN; تايلاند=TH; كمبوديا=KH
# Long-haul truck drivers at the border crossings
truck-drivers | اليكسا وش عاصمة {} يا ابو محمد | الاردن=JO; العراق=IQ; الكويت=KW
truck-drivers | اليكسا الحمولة رايحة {} وش عاصمتها | اليمن=YE; عمان=OM; الامارات=AE
truck-drivers | اليكسا عند المنفذ سواق من {} وش عاصمة بلاده | باكستان=PK; سوريا=SY; مصر=EG
truck-drivers | اليكسا الترانزيت يمر من {} وش عاصمتها | تركيا=TR; جورجيا البلد=GE; اذربيجان=AZ
truck-drivers | اليكسا التريلا واقفة من الصبح وش عاصمة {} | لبنان=LB; فلسطين=PS; قبرص=CY
truck-drivers | اليكسا الشحنة من {} وش عاصمتها عشان الاوراق | ايران=IR; الهند=IN; الصين=CN
truck-drivers | اليكسا وش عاصمة {} قبل ما ادخل الحدود | البحرين=BH; قطر=QA; الاردن=JO
truck-drivers | اليكسا زميلي السواق من {} يقول عاصمتهم وش | بنغلاديش=BD; سريلانكا=LK; نيبال=NP
truck-drivers | اليكسا البضاعة ذي مكتوب عليها صنع في {} وش عاصمتها | تايوان=TW; ماليزيا=MY; تايلاند=TH
truck-drivers | اليكسا في الطريق للحديثة وش عاصمة {} | سوريا=SY; العراق=IQ; الاردن=JO
truck-drivers | اليكسا الكفيل يقول الشغل الجاي في {} وش عاصمتها | السودان=SD; اثيوبيا=ET; جيبوتي=DJ
truck-drivers | اليكسا انا سواق شاحنة ابي اعرف عاصمة {} | بلغاريا=BG; صربيا=RS; مقدونيا الشمالية=MK
truck-drivers | اليكسا عاصمة {} وش هي الطريق طويل | ليبيا=LY; تونس=TN; الجزائر=DZ
truck-drivers | اليكسا الكونتينر جاي من {} وش اسم العاصمة | كوريا الجنوبية=KR; اليابان=JP; فيتنام=VN
# A Riyadh travel agency: bookings, visas and transits
travel-agency | اليكسا العميل يبغى رحلة ل{} وش عاصمتها | جورجيا الدولة=GE; ارمينيا=AM; اذربيجان=AZ
travel-agency | اليكسا الفيزا حقت {} تطلع من السفارة وش عاصمتها | بريطانيا=GB; امريكا=US; كندا=CA
travel-agency | اليكسا الترانزيت في {} وش عاصمتها | اثيوبيا=ET; تركيا=TR; قطر=QA
travel-agency | اليكسا التذكرة رايحة على عاصمة {} وش اسمها | البوسنة=BA; الجبل الاسود=ME; البانيا=AL
travel-agency | اليكسا عندي حجز شهر عسل في {} وش عاصمتها | المالديف=MV; موريشيوس=MU; سيشل=SC
travel-agency | اليكسا العرض الجديد على {} وش عاصمتها | اندونيسيا=ID; ماليزيا=MY; الفلبين=PH
travel-agency | اليكسا الطيران المباشر ل{} ينزل في العاصمة وش اسمها | المغرب=MA; مصر=EG; تونس=TN
travel-agency | اليكسا الزبونة تسال عن عاصمة {} | كينيا=KE; تنزانيا=TZ; جنوب افريقيا=ZA
travel-agency | اليكسا باكج الصيف ل{} وش عاصمتها | النمسا=AT; التشيك=CZ; المجر=HU
travel-agency | اليكسا ابي اكتب في البرنامج عاصمة {} وش هي | اوزبكستان=UZ; كازاخستان=KZ; قيرغيزستان=KG
travel-agency | اليكسا رحلة العائلة ل{} تبدا من العاصمة وش اسمها | اسبانيا=ES; ايطاليا=IT; سويسرا=CH
travel-agency | اليكسا التاشيرة الالكترونية ل{} وش عاصمتها | سريلانكا=LK; كمبوديا=KH; لاوس=LA
travel-agency | اليكسا العميل يقول عاصمة {} غالية وش اسمها | اليابان=JP; سنغافورة=SG; النرويج=NO
travel-agency | اليكسا الكروز يمر على {} وش عاصمتها | كرواتيا=HR; مالطا=MT; اليونان=GR
travel-agency | اليكسا الحجز على {} ناقص اسم العاصمة | البرازيل=BR; الارجنتين=AR; بيرو=PE
travel-agency | اليكسا وش عاصمة {} عشان احجز الفندق | نيبال=NP; بوتان=BT; منغوليا=MN
# Follow-ups without the word capital
follow-up | طيب و{} | فرنسا=FR; النمسا=AT; كوبا=CU
follow-up | و{} بعد | سوريا=SY; لبنان=LB; البحرين=BH
follow-up | زين و{} وش | الهند=IN; اليمن=YE; تشاد=TD
follow-up | و{} ايش | جامايكا=JM; كينيا=KE; الغابون=GA
follow-up | طب و{} كمان | مصر=EG; ليبيا=LY; السودان=SD
follow-up | و{} شو | الاردن=JO; فلسطين=PS; العراق=IQ
follow-up | وبالنسبة ل{} | اليابان=JP; كوريا الجنوبية=KR; منغوليا=MN
follow-up | اوكي و{} | بولندا=PL; هنغاريا=HU; صربيا=RS
follow-up | وماذا عن {} | السنغال=SN; النيجر=NE; غانا=GH
follow-up | طيب {} وش عاصمتها هي بعد | ليبيريا=LR; سيراليون=SL; توغو=TG
follow-up | والحين {} | النرويج=NO; فنلندا=FI; ايسلندا=IS
follow-up | زين و{} يا اليكسا | بيرو=PE; فنزويلا=VE; الاكوادور=EC
follow-up | و{} اللي جنبها | بوتان=BT; لاوس=LA; ليختنشتاين=LI
follow-up | طيب و{} برضو | قطر=QA; الكويت=KW; الامارات=AE
follow-up | يعني و{} | رواندا=RW; بوروندي=BI; اوغندا=UG
follow-up | و{} يا شيخة | مولدوفا=MD; البانيا=AL; الجبل الاسود=ME
follow-up | ايوه و{} | بنما=PA; هندوراس=HN; السلفادور=SV
follow-up | و{} ولا ما تعرفين | توفالو=TV; ناورو=NR; بالاو=PW
follow-up | واذا {} | تونغا=TO; فانواتو=VU; كيريباتي=KI
# Plurals: several-capital countries and Palestine
plural-capitals | اليكسا وش عواصم {} | جنوب افريقيا=ZA; بوليفيا=BO; ماليزيا=MY
plural-capitals | اليكسا ايش هي عواصم {} الثلاث | جنوب افريقيا=ZA
plural-capitals | اليكسا {} كم عاصمة عندها | هولندا=NL; سريلانكا=LK; بنين=BJ
plural-capitals | اليكسا سمعت ان {} لها عاصمتين وش هم | ساحل العاج=CI; اسواتيني=SZ; فلسطين=PS
plural-capitals | اليكسا عطيني كل عواصم {} | بوليفيا=BO; هولندا=NL; ماليزيا=MY
plural-capitals | اليكسا من فضلك ما هما عاصمتا {} | سريلانكا=LK; بنين=BJ; كوت ديفوار=CI
plural-capitals | اليكسا شو عواصم {} كلها | سوازيلاند=SZ; جنوب افريقيا=ZA; فلسطين=PS
plural-capitals | اليكسا ليش {} عندها اكثر من عاصمة وش هي | بوليفيا=BO; جنوب افريقيا=ZA; ماليزيا=MY
plural-capitals | اليكسا العاصمة الادارية والتشريعية ل{} وش هي | ماليزيا=MY; سريلانكا=LK; جنوب افريقيا=ZA
plural-capitals | اليكسا عواصم {} ايش هي | هولندا=NL; بنين=BJ; اسواتيني=SZ
plural-capitals | اليكسا الاستاذ قال {} عندها عاصمتين اذكريهم | ساحل العاج=CI; بوليفيا=BO; سريلانكا=LK
plural-capitals | اليكسا العواصم حقت {} | فلسطين=PS; هولندا=NL; بنين=BJ
plural-capitals | اليكسا وش العاصمتين اللي في {} | اسواتيني=SZ; ماليزيا=MY; ساحل العاج=CI
plural-capitals | اليكسا عواصم ولاية جامو وكشمير | IN-JK
plural-capitals | اليكسا اوتارخاند لها عاصمتين صح وش هم | IN-UK
plural-capitals | اليكسا عاصمتين مونتسرات وش هم | MS
# Subdivisions: US states, Canadian provinces, Australian, Indian, German, Brazilian and Mexican states, UK nations
subdivision | اليكسا وش عاصمة ولاية {} | كاليفورنيا=US-CA; تكساس=US-TX; فلوريدا=US-FL
subdivision | اليكسا عاصمة ولاية {} الامريكية | نيويورك=US-NY; ميشيغان=US-MI; اوهايو=US-OH
subdivision | اليكسا ما هي عاصمة ولاية {} | الاسكا=US-AK; هاواي=US-HI; اريزونا=US-AZ
subdivision | اليكسا ولدي مبتعث في {} وش عاصمة الولاية | كولورادو=US-CO; اوريغون=US-OR; يوتا=US-UT
subdivision | اليكسا ايش عاصمة {} الولاية | بنسلفانيا=US-PA; ماساتشوستس=US-MA; فيرجينيا=US-VA
subdivision | اليكسا عاصمة {} في امريكا | لويزيانا=US-LA; ميسيسيبي=US-MS; الاباما=US-AL
subdivision | اليكسا وش عاصمة {} اللي في امريكا | نيفادا=US-NV; نيومكسيكو=US-NM; كانساس=US-KS
subdivision | اليكسا شو عاصمة ولاية {} | الينوي=US-IL; انديانا=US-IN; ويسكونسن=US-WI
subdivision | اليكسا اخوي يدرس في {} عاصمة الولاية وش | مينيسوتا=US-MN; ايوا=US-IA; ميزوري=US-MO
subdivision | اليكسا عاصمة ولاية {} ايش اسمها | تينيسي=US-TN; كنتاكي=US-KY; اركنساس=US-AR
subdivision | اليكسا وش عاصمة {} الامريكية | كارولاينا الشمالية=US-NC; كارولاينا الجنوبية=US-SC; فيرجينيا الغربية=US-WV
subdivision | اليكسا ولاية {} عاصمتها وش | داكوتا الشمالية=US-ND; داكوتا الجنوبية=US-SD; نبراسكا=US-NE
subdivision | اليكسا عاصمة ولاية {} لو سمحتي | مونتانا=US-MT; وايومنغ=US-WY; ايداهو=US-ID
subdivision | اليكسا ما عاصمة ولاية {} | ماريلاند=US-MD; ديلاوير=US-DE; نيوجيرسي=US-NJ
subdivision | اليكسا عاصمة {} الولاية الصغيرة | رود ايلاند=US-RI; كونيتيكت=US-CT; فيرمونت=US-VT
subdivision | اليكسا وش عاصمة {} في اقصى الشمال الشرقي | مين=US-ME; نيوهامبشير=US-NH; فيرمونت=US-VT
subdivision | اليكسا عاصمة ولاية {} وشي | اوكلاهوما=US-OK; واشنطن الولاية=US-WA; جورجيا الولاية الامريكية=US-GA
subdivision | اليكسا وش عاصمة مقاطعة {} الكندية | اونتاريو=CA-ON; كولومبيا البريطانية=CA-BC; مانيتوبا=CA-MB
subdivision | اليكسا عاصمة مقاطعة {} في كندا | ساسكاتشوان=CA-SK; نوفا سكوشا=CA-NS; نيو برونزويك=CA-NB
subdivision | اليكسا وش عاصمة {} الكندية | نيوفاوندلاند=CA-NL; جزيرة الامير ادوارد=CA-PE; كيبك=CA-QC
subdivision | اليكسا عاصمة اقليم {} في كندا | يوكون=CA-YT; نونافوت=CA-NU; الاقاليم الشمالية الغربية=CA-NT
subdivision | اليكسا وش عاصمة ولاية {} الاسترالية | كوينزلاند=AU-QLD; فيكتوريا=AU-VIC; تسمانيا=AU-TAS
subdivision | اليكسا عاصمة {} في استراليا | نيو ساوث ويلز=AU-NSW; استراليا الغربية=AU-WA; جنوب استراليا=AU-SA
subdivision | اليكسا وش عاصمة {} الاسترالي | الاقليم الشمالي=AU-NT; اقليم العاصمة=AU-ACT
subdivision | اليكسا عاصمة ولاية {} الهندية | كيرالا=IN-KL; تاميل نادو=IN-TN; كارناتاكا=IN-KA
subdivision | اليكسا وش عاصمة {} في الهند | ماهاراشترا=IN-MH; غوجارات=IN-GJ; راجستان=IN-RJ
subdivision | اليكسا السواق من {} في الهند وش عاصمة ولايته | البنجاب=IN-PB; بيهار=IN-BR; اوتار براديش=IN-UP
subdivision | اليكسا عاصمة ولاية {} ايش | تيلانجانا=IN-TS; اندرا براديش=IN-AP; اوديشا=IN-OD
subdivision | اليكسا وش عاصمة {} الهندية | البنغال الغربية=IN-WB; اسام=IN-AS; غوا=IN-GA
subdivision | اليكسا عاصمة {} اللي في شمال الهند | هيماشال براديش=IN-HP; هاريانا=IN-HR; لداخ=IN-LA
subdivision | اليكسا وش عاصمة ولاية {} الالمانية | بافاريا=DE-BY; سكسونيا=DE-SN; هيسن=DE-HE
subdivision | اليكسا عاصمة {} في المانيا | بادن فورتمبيرغ=DE-BW; سكسونيا السفلى=DE-NI; شمال الراين وستفاليا=DE-NW
subdivision | اليكسا وش عاصمة {} الالمانية | براندنبورغ=DE-BB; تورينغن=DE-TH; شليسفيغ هولشتاين=DE-SH
subdivision | اليكسا عاصمة ولاية {} في البرازيل | ساو باولو=BR-SP; باهيا=BR-BA; امازوناس=BR-AM
subdivision | اليكسا وش عاصمة {} البرازيلية | ميناس جيرايس=BR-MG; بارانا=BR-PR; سيارا=BR-CE
subdivision | اليكسا عاصمة ولاية {} البرازيلية | بيرنامبوكو=BR-PE; ريو غراندي دو سول=BR-RS; سانتا كاتارينا=BR-SC
subdivision | اليكسا وش عاصمة ولاية {} المكسيكية | خاليسكو=MX-JAL; يوكاتان=MX-YUC; نويفو ليون=MX-NLE
subdivision | اليكسا عاصمة {} في المكسيك | واهاكا=MX-OAX; سونورا=MX-SON; تشياباس=MX-CHP
subdivision | اليكسا ايش عاصمة ولاية {} في المكسيك | باخا كاليفورنيا=MX-BCN; كينتانا رو=MX-ROO; فيراكروز=MX-VER
subdivision | اليكسا وش عاصمة {} اللي في بريطانيا | ويلز=GB-WLS; اسكتلندا=GB-SCT; ايرلندا الشمالية=GB-NIR
subdivision | اليكسا عاصمة {} لحالها وش هي | انجلترا=GB-ENG; اسكتلندا=GB-SCT; ويلز=GB-WLS
subdivision | اليكسا عاصمة ولاية {} الالمانية اللي هي مدينة | هامبورغ=DE-HH; بريمن=DE-HB; برلين=DE-BE
subdivision | اليكسا وش عاصمة ولاية {} في شرق المانيا | ساكسونيا انهالت=DE-ST; مكلنبورغ فوربومرن=DE-MV
subdivision | اليكسا عاصمة ولاية {} الامازونية | بارا=BR-PA; روندونيا=BR-RO; اكري=BR-AC
subdivision | اليكسا عاصمة {} في شمال شرق الهند | ميغالايا=IN-ML; مانيبور=IN-MN; ناغالاند=IN-NL
subdivision | اليكسا عاصمة ولاية ماديا براديش | IN-MP
subdivision | اليكسا وش عاصمة جهارخاند | IN-JH
subdivision | اليكسا عاصمة ولاية سيكيم وش هي | IN-SK
subdivision | اليكسا ما هي عاصمة ولاية المكسيك | MX-MEX
subdivision | اليكسا وش عاصمة ولاية شيواوا | MX-CHH
subdivision | اليكسا وش عاصمة ولاية سارلاند | DE-SL
subdivision | اليكسا وش عاصمة راينلاند بفالتس | DE-RP
# Dependent territories and other places
territory | اليكسا وش عاصمة {} | غرينلاند=GL; جزر فارو=FO; بورتوريكو=PR
territory | اليكسا عاصمة جزر {} وش | كايمان=KY; فوكلاند=FK; كوك=CK
territory | اليكسا ايش عاصمة {} التابعة لفرنسا | كاليدونيا الجديدة=NC; بولينيزيا الفرنسية=PF; غويانا الفرنسية=GF
territory | اليكسا عاصمة {} البريطانية وش هي | جبل طارق=GI; برمودا=BM; انغويلا=AI
territory | اليكسا {} لها عاصمة ولا | جزيرة مان=IM; جيرسي=JE; غيرنزي=GG
territory | اليكسا وش عاصمة {} الهولندية | اروبا=AW; كوراساو=CW; سينت مارتن=SX
territory | اليكسا عاصمة {} الامريكية | غوام=GU; ساموا الامريكية=AS; جزر ماريانا الشمالية=MP
territory | اليكسا وش عاصمة جزيرة {} | لا ريونيون=RE; مايوت=YT; المارتينيك=MQ
territory | اليكسا عاصمة {} ايش اسمها | غوادلوب=GP; سانت هيلانة=SH; جزر بيتكيرن=PN
territory | اليكسا وش عاصمة {} اللي في المحيط الهادي | نيوي=NU; توكيلاو=TK; واليس وفوتونا=WF
territory | اليكسا عاصمة {} قريب من استراليا | جزيرة نورفولك=NF; جزيرة كريسماس=CX; جزر كوكوس=CC
territory | اليكسا عاصمة {} وش هي | الصحراء الغربية=EH; جزر آلاند=AX; سفالبارد=SJ
territory | اليكسا عاصمة جزر تركس وكايكوس | TC
territory | اليكسا وش عاصمة جزر فيرجن البريطانية | VG
territory | اليكسا عاصمة جزر العذراء الامريكية | VI
territory | اليكسا سان بيير وميكلون عاصمتها وش | PM
territory | اليكسا عاصمة سان بارتيليمي | BL
territory | اليكسا وش عاصمة سان مارتن الفرنسية | MF
territory | اليكسا مكاو لها عاصمة | MO
territory | اليكسا وش عاصمة القطب الجنوبي | AQ
territory | اليكسا عاصمة الكاريبي الهولندي وش هي | BQ
territory | اليكسا عاصمة مونتسيرات البريطانية وش | MS
# Yes/no checks with right and wrong guesses
yes-no-check | اليكسا عاصمة استراليا سيدني صح | AU
yes-no-check | اليكسا هل عاصمة كندا تورنتو | CA
yes-no-check | اليكسا عاصمة تركيا اسطنبول ولا انقرة | TR
yes-no-check | اليكسا صح ان عاصمة البرازيل ريو | BR
yes-no-check | اليكسا عاصمة المغرب الدار البيضاء صح ولا غلط | MA
yes-no-check | اليكسا عاصمة نيجيريا لاغوس مو كذا | NG
yes-no-check | اليكسا عاصمة باكستان كراتشي ولا لا | PK
yes-no-check | اليكسا هل صحيح ان عاصمة سويسرا زيورخ | CH
yes-no-check | اليكسا عاصمة نيوزيلندا اوكلاند صح | NZ
yes-no-check | اليكسا عاصمة امريكا نيويورك صح | US
yes-no-check | اليكسا عاصمة فيتنام هانوي صح | VN
yes-no-check | اليكسا عاصمة الامارات دبي ولا ابوظبي | AE
yes-no-check | اليكسا عاصمة كازاخستان الماتي صح | KZ
yes-no-check | اليكسا هل عاصمة تنزانيا دار السلام | TZ
yes-no-check | اليكسا عاصمة ميانمار رانغون ولا لا | MM
yes-no-check | اليكسا عاصمة اليمن صنعاء ولا عدن | YE
yes-no-check | اليكسا شو عاصمة سوريا دمشق مزبوط | SY
yes-no-check | اليكسا عاصمة الهند بومباي صح | IN
yes-no-check | اليكسا عاصمة كولومبيا بوغوتا صحيح | CO
yes-no-check | اليكسا عاصمة فلسطين القدس صح | PS
yes-no-check | اليكسا عاصمة ساحل العاج ابيدجان ولا غيرها | CI
yes-no-check | اليكسا عاصمة ولاية كاليفورنيا لوس انجلوس صح | US-CA
yes-no-check | اليكسا عاصمة نيويورك الولاية هي نيويورك | US-NY
yes-no-check | اليكسا عاصمة بافاريا ميونخ صح | DE-BY
yes-no-check | اليكسا عاصمة الكاميرون دوالا صح | CM
yes-no-check | اليكسا عاصمة الاكوادور غواياكيل ولا كيتو | EC
yes-no-check | اليكسا عاصمة بوروندي بوجمبورا صح ولا تغيرت | BI
yes-no-check | اليكسا عاصمة بيليز بيليز سيتي ولا لا | BZ
yes-no-check | اليكسا عاصمة بنين كوتونو صح | BJ
yes-no-check | اليكسا عاصمة جنوب افريقيا جوهانسبرغ صح | ZA
yes-no-check | اليكسا هل عاصمة ماليزيا كوالالمبور | MY
yes-no-check | اليكسا عاصمة كوريا الجنوبية سيول صح | KR
yes-no-check | اليكسا عاصمة اسكتلندا غلاسكو صح | GB-SCT
yes-no-check | اليكسا عاصمة كيبك مونتريال صح | CA-QC
yes-no-check | اليكسا عاصمة البنجاب الهندية لاهور صح | IN-PB
yes-no-check | اليكسا عاصمة غينيا الاستوائية مالابو لسه | GQ
# Self-corrections with an explicit marker
self-correction | اليكسا عاصمة النمسا لا لا اقصد استراليا | AU
self-correction | اليكسا وش عاصمة السويد قصدي سويسرا | CH
self-correction | اليكسا عاصمة سلوفاكيا لا سلوفينيا | SI
self-correction | اليكسا عاصمة غينيا لا غينيا بيساو | GW
self-correction | اليكسا ايش عاصمة النيجر امم لا نيجيريا | NG
self-correction | اليكسا عاصمة ايران لا اقصد العراق | IQ
self-correction | اليكسا عاصمة كولومبيا عفوا بوليفيا | BO
self-correction | اليكسا عاصمة موريتانيا لا موريشيوس | MU
self-correction | اليكسا شو عاصمة ليبيا لا سوري ليبيريا | LR
self-correction | اليكسا عاصمة لاتفيا اه لا ليتوانيا | LT
self-correction | اليكسا عاصمة الكاميرون لا انتظري الغابون | GA
self-correction | اليكسا عاصمة زامبيا لا مو زامبيا زيمبابوي | ZW
self-correction | اليكسا وش عاصمة تكساس لا غلطت تينيسي | US-TN
self-correction | اليكسا عاصمة الدنمارك يوه لا هولندا | NL
self-correction | اليكسا عاصمة هايتي سوري اقصد تاهيتي لا خليها هايتي | HT
self-correction | اليكسا عاصمة اوغندا لا رواندا | RW
self-correction | اليكسا عاصمة ارمينيا اقصد اذربيجان | AZ
self-correction | اليكسا ايش عاصمة السنغال لا غامبيا | GM
self-correction | اليكسا عاصمة قرغيزستان لا طاجيكستان قصدي | TJ
self-correction | اليكسا عاصمة بنما لا غلط باراغواي | PY
self-correction | اليكسا عاصمة نيبال لا بوتان | BT
self-correction | اليكسا عاصمة مالطا قصدي موناكو | MC
self-correction | اليكسا عاصمة توباغو لا اقصد ترينيداد وتوباغو كلها | TT
self-correction | اليكسا وش عاصمة كوسوفو لا لا صربيا | RS
self-correction | اليكسا عاصمة غانا آسف اقصد غيانا | GY
self-correction | اليكسا عاصمة سورينام لا غيانا الفرنسية | GF
self-correction | اليكسا عاصمة بافاريا لا ساكسونيا | DE-SN
# Reverse questions
reverse-question | اليكسا الرياض عاصمة ايش | CITY:الرياض
reverse-question | اليكسا نيروبي عاصمة اي دولة | CITY:نيروبي
reverse-question | اليكسا كانبرا عاصمة وين | CITY:كانبرا
reverse-question | اليكسا وش الدولة اللي عاصمتها اوتاوا | CITY:أوتاوا
reverse-question | اليكسا تبليسي عاصمة اي بلد | CITY:تبليسي
reverse-question | اليكسا اكرا عاصمة مين | CITY:أكرا
reverse-question | اليكسا عاصمتها كاتماندو وش هي الدولة | CITY:كاتماندو
reverse-question | اليكسا لا باز عاصمة ايش | CITY:لاباز
reverse-question | اليكسا فيكتوريا عاصمة لأي مكان | CITY:فيكتوريا
reverse-question | اليكسا كينغستون عاصمة وين بالضبط | CITY:كينغستون
reverse-question | اليكسا مدينة ابوجا عاصمة اي دولة | CITY:أبوجا
reverse-question | اليكسا شو البلد اللي عاصمتها بيشكيك | CITY:بشكيك
reverse-question | اليكسا اولان باتور عاصمة ايش | CITY:أولان باتور
reverse-question | اليكسا ما هي الدولة التي عاصمتها واغادوغو | CITY:واغادوغو
reverse-question | اليكسا ليما عاصمة اي دولة | CITY:ليما
reverse-question | اليكسا ريكيافيك عاصمة وش | CITY:ريكيافيك
reverse-question | اليكسا دوشانبي في اي دولة عاصمة | CITY:دوشانبي
reverse-question | اليكسا عشق اباد عاصمة ايش | CITY:عشق آباد
reverse-question | اليكسا مقديشو عاصمة وين | CITY:مقديشو
reverse-question | اليكسا فادوز عاصمة اي بلد | CITY:فادوز
reverse-question | اليكسا بوخارست عاصمة ايش يا اليكسا | CITY:بوخارست
reverse-question | اليكسا تالين عاصمة اي دولة اوروبية | CITY:تالين
reverse-question | اليكسا اتلانتا عاصمة اي ولاية | CITY:أتلانتا
reverse-question | اليكسا ادمونتون عاصمة اي مقاطعة | CITY:إدمونتون
reverse-question | اليكسا بيرث عاصمة ايش في استراليا | CITY:بيرث
reverse-question | اليكسا هانوفر عاصمة ولاية ايش | CITY:هانوفر
reverse-question | اليكسا ماناوس عاصمة اي ولاية برازيلية | CITY:ماناوس
reverse-question | اليكسا مسقط عاصمة اي دولة | CITY:مسقط
reverse-question | اليكسا الدولة اللي عاصمتها ياموسوكرو وش اسمها | CITY:ياموسوكرو
reverse-question | اليكسا بريتوريا عاصمة ايش | CITY:بريتوريا
reverse-question | اليكسا ويندهوك عاصمة مين | CITY:ويندهوك
# Official names
official-name | اليكسا لو سمحتي وش تكون عاصمة {} | جمهورية مصر العربية=EG; المملكة الاردنية الهاشمية=JO; الجمهورية العربية السورية=SY
official-name | اليكسا ما هي عاصمة {} | جمهورية العراق=IQ; دولة الكويت=KW; مملكة البحرين=BH
official-name | اليكسا عاصمة {} لو سمحتي | دولة قطر=QA; سلطنة عمان=OM; الجمهورية اليمنية=YE
official-name | اليكسا ابغى عاصمة {} | المملكة المغربية=MA; الجمهورية التونسية=TN; دولة ليبيا=LY
official-name | اليكسا ما العاصمة الرسمية ل{} | جمهورية السودان=SD; الجمهورية الاسلامية الموريتانية=MR; جمهورية جيبوتي=DJ
official-name | اليكسا عاصمة {} ايش هي | جمهورية الصومال الفيدرالية=SO; الاتحاد القمري=KM; الجمهورية اللبنانية=LB
official-name | اليكسا وش هي عاصمة {} | الجمهورية الاسلامية الايرانية=IR; جمهورية باكستان الاسلامية=PK; جمهورية افغانستان=AF
official-name | اليكسا اخبريني عن عاصمة {} | الجمهورية الفرنسية=FR; جمهورية المانيا الاتحادية=DE; الجمهورية الايطالية=IT
official-name | اليكسا عاصمة {} من فضلك | المملكة المتحدة لبريطانيا العظمى وايرلندا الشمالية=GB; مملكة اسبانيا=ES; الجمهورية البرتغالية=PT
official-name | اليكسا ايش اسم عاصمة {} | الولايات المتحدة الامريكية=US; الولايات المتحدة المكسيكية=MX; جمهورية البرازيل الاتحادية=BR
official-name | اليكسا وش عاصمة {} الرسمية | جمهورية الصين الشعبية=CN; جمهورية كوريا=KR; جمهورية كوريا الديمقراطية الشعبية=KP
official-name | اليكسا عاصمة {} وش اسمها | جمهورية الهند=IN; جمهورية بنغلاديش الشعبية=BD; جمهورية سريلانكا الديمقراطية الاشتراكية=LK
official-name | اليكسا ما هي عاصمة {} من فضلك | الاتحاد الروسي=RU; جمهورية كازاخستان=KZ; جمهورية اوزبكستان=UZ
official-name | اليكسا قولي عاصمة {} | جمهورية جنوب افريقيا=ZA; جمهورية نيجيريا الاتحادية=NG; جمهورية الكونغو الديمقراطية=CD
official-name | اليكسا عاصمة {} كم مرة سالت | مملكة تايلاند=TH; جمهورية الفلبين=PH; جمهورية اندونيسيا=ID
official-name | اليكسا ممكن عاصمة {} | مملكة هولندا=NL; مملكة بلجيكا=BE; دوقية لوكسمبورغ الكبرى=LU
official-name | اليكسا عاصمة {} اللي هي رسميا كذا | مملكة السويد=SE; مملكة النرويج=NO; مملكة الدنمارك=DK
official-name | اليكسا ما اسم عاصمة {} | الكرسي الرسولي=VA; امارة موناكو=MC; امارة ليختنشتاين=LI
official-name | اليكسا وش عاصمة {} بالاسم الرسمي | جمهورية الكونغو=CG; جمهورية افريقيا الوسطى=CF; جمهورية تشيكيا=CZ
official-name | اليكسا عاصمة {} وشهي | الجمهورية التركية=TR; جمهورية اذربيجان=AZ; جمهورية قبرص=CY
official-name | اليكسا عاصمة دولة فلسطين | PS
official-name | اليكسا عاصمة المملكة العربية السعودية | SA
official-name | اليكسا وش عاصمة دولة الامارات العربية المتحدة | AE
official-name | اليكسا عاصمة جمهورية ساو تومي وبرينسيبي | ST
official-name | اليكسا عاصمة ولايات ميكرونيسيا الموحدة | FM
official-name | اليكسا عاصمة جمهورية جزر مارشال | MH
official-name | اليكسا عاصمة دولة بوليفيا المتعددة القوميات وش هم | BO
# Everyday names, nicknames and colloquial forms
everyday-name | اليكسا ابوي يقول {} وش عاصمتها | ارض الكنانة=EG; بلاد الارز=LB; بلاد الشمس المشرقة=JP
everyday-name | اليكسا عاصمة {} ايش | بلاد المليون شهيد=DZ; تونس الخضراء=TN; بلاد شنقيط=MR
everyday-name | اليكسا اللي يسمونها {} عاصمتها وش اسمها | بلاد الكنغر=AU; بلاد السامبا=BR; بلاد التانغو=AR
everyday-name | اليكسا ما هي عاصمة ما يسمى {} | بلاد الطواحين=NL; بلاد الكيوي=NZ; جزيرة الزمرد=IE
everyday-name | اليكسا وش عاصمة {} اللي يسمونها كذا | بلاد العم سام=US; بلاد الانجليز=GB; بلاد الفايكنج=NO
everyday-name | اليكسا عاصمة {} يا اليكسا | امريكا=US; بريطانيا=GB; الامارات=AE
everyday-name | اليكسا ايش عاصمة {} اللي نسميها كذا | كوت ديفوار=CI; الدومنيكان=DO; جمهورية التشيك=CZ
everyday-name | اليكسا وش عاصمة {} بالعامي | المحروسة=EG; السلطنة=OM; الشام=SY
everyday-name | اليكسا عاصمة {} وش | هولاندا=NL; سويسره=CH; اندونيسية=ID
everyday-name | اليكسا عاصمة {} تكفين | تايلند=TH; بنقلاديش=BD; سيريلانكا=LK
everyday-name | اليكسا عاصمة {} كذا يقولون | كوريا الشمالية=KP; روسيا البيضاء=BY; البوسنة=BA
everyday-name | اليكسا عاصمة {} وين | ماكدونيا=MK; الجبل الاسود=ME; تيمور=TL
everyday-name | اليكسا عاصمة {} وش تطلع | الفاتيكان=VA; سان مارينو=SM; اندورا=AD
everyday-name | اليكسا وش عاصمة {} اللي تسمى بلاد الاحرار | تايلاند=TH
everyday-name | اليكسا عاصمة الارض المقدسة فلسطين | PS
everyday-name | اليكسا وش عاصمة الصين الشعبية | CN
everyday-name | اليكسا عاصمة هولندا اللي يسمونها الاراضي المنخفضة | NL
# Shared names, bare and told apart
shared-name | اليكسا وش عاصمة جورجيا | GE+US-GA
shared-name | اليكسا عاصمة كوريا وش هي | KP+KR
shared-name | اليكسا عاصمة الكونغو ايش | CD+CG
shared-name | اليكسا عاصمة جزر العذراء | VG+VI
shared-name | اليكسا عاصمة دومينيكا والدومينيكان | DM+DO
shared-name | اليكسا عواصم الكوريتين | KP+KR
shared-name | اليكسا عاصمة الكونغو برازافيل وش اسمها | CG
shared-name | اليكسا عاصمة الكونغو كينشاسا | CD
shared-name | اليكسا عاصمة جورجيا الدولة مو الولاية | GE
shared-name | اليكسا عاصمة ولاية جورجيا في امريكا | US-GA
shared-name | اليكسا عاصمة دومينيكا الجزيرة الصغيرة | DM
shared-name | اليكسا عاصمة جمهورية الدومينيكان وش | DO
shared-name | اليكسا وش عاصمة ساموا المستقلة | WS
shared-name | اليكسا عاصمة واشنطن الولاية مو العاصمة | US-WA
shared-name | اليكسا عاصمة غينيا الجديدة بابوا | PG
shared-name | اليكسا عاصمة غينيا الاستوائية | GQ
shared-name | اليكسا عاصمة السودان الجنوبي | SS
shared-name | اليكسا عاصمة كوريا الشمالية والجنوبية | KP+KR
shared-name | اليكسا عاصمة جزر فيرجن | VG+VI
shared-name | اليكسا عاصمة الكونجو | CD+CG
shared-name | اليكسا عاصمة جورجيا اللي فيها اتلانتا | US-GA
shared-name | اليكسا عاصمة جورجيا اللي في القوقاز | GE
shared-name | اليكسا عاصمة سانت مارتن الهولندية | SX
# Old names
old-name | اليكسا في كتاب قديم مكتوب {} وش عاصمتها | سيام=TH; بورما=MM; سيلان=LK
old-name | اليكسا عاصمة {} زمان وش صارت | زائير=CD; داهومي=BJ; فولتا العليا=BF
old-name | اليكسا عاصمة {} قبل ما يتغير اسمها | روديسيا=ZW; سوازيلاند=SZ; الحبشة=ET
old-name | اليكسا جدي يسميها {} وش عاصمتها | بلاد فارس=IR; بلاد الترك=TR; بلاد المغرب الاقصى=MA
old-name | اليكسا عاصمة {} القديمة | كمبوتشيا=KH; الكونغو البلجيكي=CD; ساحل الذهب=GH
old-name | اليكسا عاصمة {} وش هي الحين | تنجانيقا=TZ; نياسالاند=MW; باسوتولاند=LS
old-name | اليكسا عاصمة {} وش اسمها اليوم | بيتشوانالاند=BW; روديسيا الشمالية=ZM; غينيا الاسبانية=GQ
old-name | اليكسا عاصمة بلاد الهند الشرقية الهولندية | ID
old-name | اليكسا عاصمة غيانا الهولندية | SR
old-name | اليكسا وش عاصمة الملايو | MY
old-name | اليكسا عاصمة هندوستان زمان | IN
old-name | اليكسا عاصمة ارض الصومال الفرنسي | DJ
# Launch (the skill's Arabic name is guessed: عواصم العالم)
launch | اليكسا افتحي عواصم العالم | LAUNCH
launch | اليكسا شغلي عواصم العالم | LAUNCH
launch | اليكسا ابغى العب عواصم العالم | LAUNCH
launch | اليكسا افتحي لعبة عواصم العالم لو سمحتي | LAUNCH
launch | اليكسا ابدئي عواصم العالم | LAUNCH
launch | اليكسا يلا نلعب عواصم العالم | LAUNCH
launch | اليكسا شغلي مهارة عواصم العالم | LAUNCH
launch | اليكسا من فضلك افتحي تطبيق عواصم العالم | LAUNCH
launch | اليكسا بدي افتح عواصم العالم | LAUNCH
launch | اليكسا فتحي عواصم العالم للولد | LAUNCH
launch | اليكسا شغلي لنا عواصم العالم يا شباب | LAUNCH
launch | اليكسا افتحي عواصم العالم برو | LAUNCH
launch | اليكسا ابي عواصم العالم | LAUNCH
launch | اليكسا عواصم العالم | LAUNCH
launch | اليكسا افتح عواصم العالم | LAUNCH
launch | اليكسا اريد ان افتح عواصم العالم | LAUNCH
launch | اليكسا شغلي العواصم | LAUNCH
launch | اليكسا ابغى اسال عواصم العالم | LAUNCH
launch | اليكسا يا حلوة افتحي عواصم العالم | LAUNCH
launch | اليكسا ابدا عواصم العالم | LAUNCH
launch | اليكسا خلينا نلعب عواصم العالم مع العيال | LAUNCH
launch | اليكسا اطلقي عواصم العالم | LAUNCH
launch | اليكسا شغلي برنامج عواصم العالم | LAUNCH
launch | اليكسا افتحي سكيل عواصم العالم | LAUNCH
launch | اليكسا كلمي عواصم العالم | LAUNCH
launch | اليكسا ودي العب عواصم العالم الحين | LAUNCH
# Help
help | اليكسا ساعديني | HELP
help | ساعدني يا اليكسا | HELP
help | اليكسا كيف استخدم هذي اللعبة | HELP
help | اليكسا ايش اقدر اقول لك | HELP
help | وش اقول عشان تفهميني | HELP
help | اليكسا ما فهمت كيف تشتغل | HELP
help | اليكسا علميني كيف العب | HELP
help | شو لازم احكي | HELP
help | اليكسا من فضلك ساعديني في الاستخدام | HELP
help | اليكسا انا ما اعرف ايش اسوي | HELP
help | اليكسا وش الاوامر اللي تفهمينها | HELP
help | مساعدة | HELP
help | اليكسا ابي مساعدة | HELP
help | اليكسا هيلب | HELP
help | اليكسا كيف اسالك عن عاصمة | HELP
help | اليكسا اشرحي لي اللعبة | HELP
help | اليكسا وش تسوين انتي بالضبط | HELP
help | اليكسا انا جديد وش اسوي | HELP
help | اليكسا ضعت ساعديني | HELP
help | اليكسا كيف تشتغل هذي يا شيخة | HELP
help | اليكسا اعطيني امثلة اقدر اسالها | HELP
help | اليكسا ما هي التعليمات | HELP
help | كيف بدي اسال | HELP
help | اليكسا وش الطريقة | HELP
help | اليكسا تكفين ساعديني ما عرفت | HELP
help | اليكسا احتاج مساعدة من فضلك | HELP
# Stop
stop | اليكسا وقفي | STOP
stop | اليكسا اسكتي | STOP
stop | خلاص يا اليكسا اسكتي | STOP
stop | اليكسا بس | STOP
stop | اليكسا قفلي | STOP
stop | اليكسا اطلعي من اللعبة | STOP
stop | اليكسا سكري العواصم | STOP
stop | اليكسا انهي اللعبة | STOP
stop | اليكسا توقفي من فضلك | STOP
stop | اليكسا ستوب | STOP
stop | اليكسا خلاص وقفي الحين | STOP
stop | اليكسا كفاية | STOP
stop | اليكسا بس خلاص تعبنا | STOP
stop | اليكسا اقفلي البرنامج | STOP
stop | اليكسا خلصنا | STOP
stop | اليكسا اوقفي | STOP
stop | اليكسا يكفي اليوم | STOP
stop | بس يا اليكسا الولد نام | STOP
stop | اليكسا سكتي | STOP
stop | اليكسا خروج | STOP
stop | اليكسا اخرجي | STOP
stop | اليكسا وقف | STOP
stop | اليكسا طفي اللعبة | STOP
stop | اليكسا انتهينا مع السلامة | STOP
stop | اليكسا هس | STOP
stop | اليكسا اسكت الله يهديك | STOP
# Cancel
cancel | اليكسا الغي | CANCEL
cancel | اليكسا الغاء | CANCEL
cancel | اليكسا انسي الموضوع | CANCEL
cancel | اليكسا لا خلاص انسي | CANCEL
cancel | اليكسا ولا شي | CANCEL
cancel | اليكسا لا ما ابي شي | CANCEL
cancel | اليكسا كنسلي | CANCEL
cancel | اليكسا الغي الطلب | CANCEL
cancel | اليكسا خليها | CANCEL
cancel | اليكسا تجاهلي | CANCEL
cancel | اليكسا لا لا الغيه | CANCEL
cancel | اليكسا انسي اللي قلته | CANCEL
cancel | اليكسا ما يحتاج | CANCEL
cancel | اليكسا خلاص ما ابغى | CANCEL
cancel | اليكسا الغي السؤال | CANCEL
cancel | اليكسا كانسل | CANCEL
cancel | اليكسا مش مهم | CANCEL
cancel | اليكسا ولا يهمك انسي | CANCEL
cancel | اليكسا تراجعي عن هذا | CANCEL
cancel | اليكسا سامحيني غلطت الغي | CANCEL
cancel | اليكسا ما ابيه | CANCEL
cancel | اليكسا خلاص بلاش | CANCEL
cancel | اليكسا لا تكملي | CANCEL
cancel | اليكسا الغي من فضلك | CANCEL
cancel | اليكسا لا ولا حاجة | CANCEL
cancel | اليكسا اتركيه | CANCEL
# Out-of-domain: other requests, "capital" in other senses, places the data does not hold
out-of-domain | اليكسا متى اذان المغرب | FB
out-of-domain | اليكسا كم باقي على صلاة العصر | FB
out-of-domain | اليكسا وين القبلة | FB
out-of-domain | اليكسا شغلي سورة الكهف | FB
out-of-domain | اليكسا كم درجة الحرارة في الطايف | FB
out-of-domain | اليكسا بتمطر بكرة في جدة | FB
out-of-domain | اليكسا شغلي اغاني محمد عبده | FB
out-of-domain | اليكسا شغلي شيلات | FB
out-of-domain | اليكسا طفي النور | FB
out-of-domain | اليكسا شغلي المكيف | FB
out-of-domain | اليكسا صحيني الساعة خمسة الفجر | FB
out-of-domain | اليكسا حطي منبه بعد ساعة | FB
out-of-domain | اليكسا ذكريني اشتري حليب | FB
out-of-domain | اليكسا اضيفي رز للقائمة | FB
out-of-domain | اليكسا قولي نكتة | FB
out-of-domain | اليكسا كم الساعة في لندن | FB
out-of-domain | اليكسا كم سعر الدولار بالريال | FB
out-of-domain | اليكسا وش اخبار الدوري | FB
out-of-domain | اليكسا مين فاز مباراة الهلال امس | FB
out-of-domain | اليكسا كم نتيجة النصر والاتحاد | FB
out-of-domain | اليكسا كم المسافة بين الرياض وحايل | FB
out-of-domain | اليكسا وش احسن مطعم في البلد | FB
out-of-domain | اليكسا اطلبي لي تاكسي | FB
out-of-domain | اليكسا كم عمرك | FB
out-of-domain | اليكسا تحبيني | FB
out-of-domain | اليكسا وش اسمك | FB
out-of-domain | اليكسا احكيلي قصة للولاد | FB
out-of-domain | اليكسا ترجمي كلمة صقر بالانجليزي | FB
out-of-domain | اليكسا كيف اقول شكرا بالاوردو | FB
out-of-domain | اليكسا وش سعر تذكرة الرياض اسطنبول | FB
out-of-domain | اليكسا كم تاخذ الفيزا الامريكية | FB
out-of-domain | اليكسا متى موسم الورد في الطايف | FB
out-of-domain | اليكسا كم سعر الصقر الحر | FB
out-of-domain | اليكسا وش افضل وقت للمقناص | FB
out-of-domain | اليكسا كم سرعة النت عندي | FB
out-of-domain | اليكسا شغلي بلايستيشن | FB
out-of-domain | اليكسا متى ينزل فيفا الجديد | FB
out-of-domain | اليكسا كم سعر الديزل اليوم | FB
out-of-domain | اليكسا كيف الطريق لمنفذ الحديثة | FB
out-of-domain | اليكسا احسبي خمسة وعشرين في اربعة | FB
out-of-domain | اليكسا كم يوم باقي على رمضان | FB
out-of-domain | اليكسا وش تاريخ اليوم بالهجري | FB
out-of-domain | اليكسا اتصلي على امي | FB
out-of-domain | اليكسا ارسلي رسالة لخالد | FB
out-of-domain | اليكسا ما معنى كلمة عاصمة | FB
out-of-domain | اليكسا وش يعني رأس المال | FB
out-of-domain | اليكسا كيف اكبر راس مالي | FB
out-of-domain | اليكسا وش الحروف الكابيتال في الانجليزي | FB
out-of-domain | اليكسا كيف اكتب حرف كابيتال في الكيبورد | FB
out-of-domain | اليكسا وش هي عاصمة الضباب | FB
out-of-domain | اليكسا ليش باريس يسمونها عاصمة النور | FB
out-of-domain | اليكسا وش المدينة اللي يسمونها عاصمة الموضة | FB
out-of-domain | اليكسا عاصمة الثقافة العربية السنة هذي وين | FB
out-of-domain | اليكسا عاصمة السياحة العربية وش هي | FB
out-of-domain | اليكسا وش عاصمة منطقة حائل | FB
out-of-domain | اليكسا عاصمة منطقة الجوف سكاكا صح | FB
out-of-domain | اليكسا وش عاصمة الحجاز | FB
out-of-domain | اليكسا عاصمة نجد زمان | FB
out-of-domain | اليكسا وش عاصمة منطقة مكة | FB
out-of-domain | اليكسا عاصمة منطقة تبوك | FB
out-of-domain | اليكسا وش عاصمة عجمان | FB
out-of-domain | اليكسا عاصمة راس الخيمة | FB
out-of-domain | اليكسا وش عاصمة الفجيرة | FB
out-of-domain | اليكسا وش عاصمة كردستان العراق | FB
out-of-domain | اليكسا عاصمة الشيشان وش هي | FB
out-of-domain | اليكسا عاصمة القرم | FB
out-of-domain | اليكسا وش عاصمة كتالونيا | FB
out-of-domain | اليكسا عاصمة اقليم الباسك | FB
out-of-domain | اليكسا وش عاصمة التبت | FB
out-of-domain | اليكسا عاصمة زنجبار | FB
out-of-domain | اليكسا عاصمة دارفور وش | FB
out-of-domain | اليكسا وش عاصمة سيبيريا | FB
out-of-domain | اليكسا عاصمة تتارستان | FB
out-of-domain | اليكسا عاصمة الشيشان غروزني صح | FB
out-of-domain | اليكسا وش عاصمة الاندلس | FB
out-of-domain | اليكسا عاصمة الدولة العثمانية | FB
out-of-domain | اليكسا وش كانت عاصمة الدولة العباسية | FB
out-of-domain | اليكسا عاصمة الدولة الاموية | FB
out-of-domain | اليكسا عاصمة الامبراطورية الرومانية | FB
out-of-domain | اليكسا وش عاصمة الاتحاد السوفيتي | FB
out-of-domain | اليكسا عاصمة يوغوسلافيا | FB
out-of-domain | اليكسا عاصمة تشيكوسلوفاكيا زمان | FB
out-of-domain | اليكسا عاصمة المانيا الشرقية | FB
out-of-domain | اليكسا وش عاصمة مملكة بابل | FB
out-of-domain | اليكسا عاصمة الفراعنة زمان | FB
out-of-domain | اليكسا وش عاصمة الانباط | FB
out-of-domain | اليكسا عاصمة مملكة كندة | FB
out-of-domain | اليكسا وش عاصمة اطلانتس | FB
out-of-domain | اليكسا عاصمة واكاندا | FB
out-of-domain | اليكسا وش عاصمة نارنيا | FB
out-of-domain | اليكسا عاصمة الممالك السبع في صراع العروش | FB
out-of-domain | اليكسا عاصمة مملكة ارندل | FB
out-of-domain | اليكسا عاصمة بلاد واق الواق | FB
out-of-domain | اليكسا وش عاصمة الخليج | FB
out-of-domain | اليكسا عاصمة الشرق الاوسط | FB
out-of-domain | اليكسا وش عاصمة افريقيا | FB
out-of-domain | اليكسا عاصمة اوروبا | FB
out-of-domain | اليكسا عاصمة اسكندنافيا | FB
out-of-domain | اليكسا وش عاصمة البلقان | FB
out-of-domain | اليكسا عاصمة العالم | FB
out-of-domain | اليكسا عاصمة القمر | FB
out-of-domain | اليكسا وش عاصمة المريخ | FB
out-of-domain | اليكسا عاصمة ماينكرافت | FB
out-of-domain | اليكسا عاصمة سيبيريا الشرقية | FB
out-of-domain | اليكسا وش اكبر مدينة في كندا | FB
out-of-domain | اليكسا كم عدد سكان الهند | FB
out-of-domain | اليكسا وش عملة تركيا | FB
out-of-domain | اليكسا وش لغة البرازيل | FB
out-of-domain | اليكسا وش اطول نهر في العالم | FB
out-of-domain | اليكسا كم قارة في العالم | FB
out-of-domain | اليكسا وش علم اليابان | FB
out-of-domain | اليكسا مين رئيس فرنسا | FB
out-of-domain | اليكسا وش اعلى جبل في العالم | FB
out-of-domain | اليكسا وين تقع نيوزيلندا | FB
out-of-domain | اليكسا كم تبعد جدة عن مكة | FB
out-of-domain | اليكسا من مؤسس الدولة السعودية | FB
out-of-domain | اليكسا متى تاسست الرياض | FB
out-of-domain | اليكسا وش اشهر اكلة في المغرب | FB
out-of-domain | اليكسا ما هي عاصمة | FB
out-of-domain | اليكسا عاصمة | FB
out-of-domain | اليكسا ابغى اعرف العاصمة | FB
out-of-domain | اليكسا شغلي قناة العاصمة | FB
out-of-domain | اليكسا وين فرع بنك كابيتال | FB
out-of-domain | اليكسا وش صار على مشروع العاصمة الادارية الجديدة | FB
out-of-domain | اليكسا شغلي اغنية يا عاصمة | FB
out-of-domain | اليكسا كم عاصمة في العالم | FB
out-of-domain | اليكسا مين اكبر عاصمة في العالم | FB
out-of-domain | اليكسا رتبي العواصم حسب السكان | FB
out-of-domain | اليكسا امم | FB
out-of-domain | اليكسا ولا شي بس ابغى اسولف | FB
# More lines written after the first build (missing countries, and more help, stop and cancel)
travel-agency | اليكسا العميل يسال عن جزر الكاريبي وش عاصمة {} | انتيغوا وباربودا=AG; سانت لوسيا=LC; سانت كيتس ونيفيس=KN
madinah-students | اليكسا اخي في الله من {} ما عاصمة بلاده | جزر سليمان=SB; الرأس الاخضر=CV; سانت فنسنت والغرينادين=VC
truck-drivers | اليكسا الاخبار تتكلم عن اسرائيل وش عاصمتها | IL
cancel | اليكسا لا خلاص الغي كل شي | CANCEL
cancel | اليكسا غيرت رايي | CANCEL
cancel | اليكسا انسي سؤالي | CANCEL
cancel | اليكسا لا ما قصدت الغي | CANCEL
cancel | اليكسا طنشي | CANCEL
cancel | اليكسا ارجعي عن الطلب | CANCEL
cancel | اليكسا الغي الله يعافيك | CANCEL
stop | اليكسا خلاص سكري | STOP
stop | اليكسا وقفي اللعبة يا شيخة | STOP
stop | اليكسا اسكتي شوي | STOP
stop | اليكسا بس كذا باي | STOP
help | اليكسا ما فهمت وش المطلوب مني | HELP
help | اليكسا وش اقدر اسالك فيه | HELP
help | اليكسا سوري انا ما عرفت كيف العب ساعدي | HELP
help | اليكسا شو بتقدري تعملي | HELP
launch | اليكسا افتحي عواصم العالم للامتحان | LAUNCH
launch | اليكسا يلا عواصم العالم | LAUNCH
shared-name | اليكسا كوريا اللي فيها الكيبوب عاصمتها وش | KR
shared-name | اليكسا جورجيا اللي مقابل البحر الاسود عاصمتها | GE
"""


if __name__ == "__main__":
    build_round(40, "ar", LINES, sys.argv, "tests/Eval/ar/round40/source/build_corpus.py")
