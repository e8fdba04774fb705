"""Round-43 Arabic evaluation corpus (locale ar-SA), a new author's own mix, written blind at the start of the
forty-ninth session (brief WRITER55.md). Every line was written by hand as one utterance said to an Echo in Saudi
Arabia or the Gulf, transcribed as ASR gives it (Arabic letters, no diacritics or punctuation, single spaces).
Speakers, chosen away from round 42's (Sudanese families in Riyadh, Yemeni shopkeepers in Jazan and Khamis Mushait,
Syrian and Lebanese families in Jeddah, Hajj and Umrah guides, Dhahran engineers, crossword solvers, Qassim
grandparents, household helpers in Gulf pidgin, Ramadan quiz nights) and the round-41 and round-40 groups it lists
(Egyptian families in Riyadh, Kuwaiti and Bahraini visitors, Iraqi families in Arar, Maghrebi residents, football fans,
young children in Dammam, coin collectors, cabin crew, news watchers; Jeddah shopkeepers and Hijazi families, Taif rose
farmers, falconers, teenage gamers, Jordanian and Palestinian families, Madinah students, Western learners, truck
drivers, a travel agency):
- Emirati families from Al Ain and Abu Dhabi living in Riyadh: children, trips, a grandmother (`ابا`، `عسب`، `مب`، `وايد`، `الحينه`، `يدتي`، `الياهل`),
- Omani families in Buraimi and Muscat and Omani teachers (`بغيت`، `هين`، `حال`، `عاد`، `يا خوي`),
- Qatari families in Doha and on visits to al-Ahsa (`شنو`، `جذي`، `صج`، `الياي`، `يبه`),
- families of Abha and al-Baha in the southern highlands: guests, farms, coffee, the fog season (`وشو`، `يا بوي`، `ذي`، `العرضة`),
- farmers and shepherds of Ha'il and al-Jouf (`هالحين`، `يالربع`، `لبيه`، `عطني`، `الله يرضى عليك`),
- date farmers of al-Ahsa in Hasawi speech (`شنهو`، `شنهي`، `ويش`، `جي`، `ازين`، `شفيج`، `ديرته`),
- Upper Egyptian (Saidi) workers on farms and building sites in al-Jouf and Tabuk (`جولي`، `دلوك`، `عاوز`، `الريس`، `يا بت`),
- ride-hailing captains in Riyadh between trips (`الراكب`، `المشوار`، `الكابتن`، `التطبيق`),
- clerks at money exchange and remittance shops (`الحوالة`، `الصرافة`، `العميل`، `البنك المراسل`),
- Filipino nurses in Riyadh hospitals learning Arabic, with learner forms (`ما هو عاصمة`، `انا ما يعرف`، `بشويش`),
- front-desk and guide staff at AlUla hotels and resorts (`النزيل`، `الريسبشن`، `الجروب`، `الوفد`، `الحجر`),
- friends playing baloot at a rest house (`الصكة`، `حكم ولا صن`، `الدورية`، `الاستراحة`),
- families watching television quiz shows (`حذف اجابتين`، `الاتصال بصديق`، `المتسابق`),
- geography teachers at girls' schools (`ورقة العمل`، `الاختبار القصير`، `الخرائط الصامتة`، `الطابور الصباحي`),
- mothers homeschooling their children (`الواجب`، `المنهج`، `يا شاطرة`),
- drivers in Riyadh's Diplomatic Quarter (`السفير`، `التاشيرة`، `المدام`، `البوابة`),
- young friends in Riyadh cafes code-switching with English (`برو`، `حرفيا`، `سو`، `ويت`، `بيسكلي`، `سيريسلي`، `ريلي`، `لايك`، `ترب`),
- Saudis back from scholarship study abroad (US states, Canadian provinces, Australian states, UK nations),
- home cooks trying dishes from other countries, and people setting up and testing their Echo at home.
Situations: work (car, exchange shop, hospital, hotel, embassy gate, farm), school (class, worksheet, homework), games
(baloot, quiz shows) and home (cooking, guests, a new device). Follow-ups, yes/no checks with right and wrong guesses,
self-corrections, reverse questions, shared names bare and told apart, plurals of every several-capital country and
Palestine, official, everyday and old names, subdivisions and territories, launches through the skill's name
`عواصم العالم`, help, stop and cancel, and fallback lines (other questions about countries, Echo requests, Saudi and
Gulf regions, regions of other countries, historical states, fictional lands, "capital" as money, a letter, a name or
a title). Brief WRITER55.md.
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
# Emirati families from Al Ain and Abu Dhabi living in Riyadh: children's questions, trips, a grandmother
emirati-families | اليكسا ابا اعرف شو عاصمة {} عسب اقول حق الياهل | كازاخستان=KZ; اوزبكستان=UZ; تركمانستان=TM
emirati-families | اليكسا الحينه بنسافر {} شو عاصمتها | ارمينيا=AM; البوسنة=BA; البانيا=AL
emirati-families | اليكسا خبريني عاصمة {} وايد نسيتها | سلوفينيا=SI; كرواتيا=HR; الجبل الاسود=ME
emirati-families | اليكسا يالغالية عاصمة {} شو | صربيا=RS; مقدونيا الشمالية=MK; كوسوفو=XK
emirati-families | اليكسا اخوي يقول عاصمة {} مب جي شو الصح | سويسرا=CH; استراليا=AU; كندا=CA
emirati-families | اليكسا يدتي تبا تعرف عاصمة {} | عمان=OM; السعودية=SA; قطر=QA
emirati-families | اليكسا احنا بنروح {} في العطلة شو العاصمة هناك | بلغاريا=BG; رومانيا=RO; مولدوفا=MD
emirati-families | اليكسا العيال يتحدون بعض شو عاصمة {} | ليتوانيا=LT; لاتفيا=LV; استونيا=EE
emirati-families | اليكسا الخدامة من {} تسال عن عاصمة بلادها | الفلبين=PH; اندونيسيا=ID; نيبال=NP
emirati-families | اليكسا عطينا عاصمة {} لو سمحتي | بيلاروس=BY; اوكرانيا=UA; بولندا=PL

# Omani families in Buraimi and Muscat and Omani teachers in the Eastern Province
omani-families | اليكسا ايش عاصمة {} يا خوي | تنزانيا=TZ; كينيا=KE; الصومال=SO
omani-families | اليكسا بغيت اعرف عاصمة {} الحين | موزمبيق=MZ; مدغشقر=MG; جزر القمر=KM
omani-families | اليكسا هين عاصمة {} | اريتريا=ER; جيبوتي=DJ; اثيوبيا=ET
omani-families | اليكسا الطلاب في الصف سالوني عاصمة {} ما عرفت | بنغلاديش=BD; ميانمار=MM; لاوس=LA
omani-families | اليكسا هذا الكتاب حال ولدي فيه سؤال عن عاصمة {} | كمبوديا=KH; فيتنام=VN; تايلند=TH
omani-families | اليكسا ابوي كان يشتغل في {} زمان ايش عاصمتها | البحرين=BH; الكويت=KW; زنجبار=FB
omani-families | اليكسا سمعت ان عاصمة {} تغيرت ايش هي الحين | اندونيسيا=ID; مصر=EG; كازاخستان=KZ

# Qatari families in Doha and on visits to al-Ahsa
qatari-families | اليكسا شنو عاصمة {} جذي نسيت | المغرب=MA; تونس=TN; الجزائر=DZ
qatari-families | اليكسا يبه شنو عاصمة {} | ليبيا=LY; مصر=EG; السودان=SD
qatari-families | اليكسا ترى ابي عاصمة {} بسرعة | البرتغال=PT; اسبانيا=ES; فرنسا=FR
qatari-families | اليكسا بنتي عندها مشروع عن {} شنو عاصمتها | البرازيل=BR; الارجنتين=AR; تشيلي=CL
qatari-families | اليكسا كاس العالم الياي في {} شنو عاصمتها | امريكا=US; كندا=CA; المكسيك=MX
qatari-families | اليكسا شنو اسم عاصمة {} اللي في امريكا الجنوبية | الاكوادور=EC; كولومبيا=CO; فنزويلا=VE
qatari-families | اليكسا اختي تقول عاصمة {} هي اكبر مدينة فيها صج | تركيا=TR; استراليا=AU; نيجيريا=NG

# Families in Abha and al-Baha in the southern highlands: guests, farms, the fog season
southern-highlands | اليكسا وشو عاصمة {} يا بوي | اليابان=JP; الصين=CN; منغوليا=MN
southern-highlands | اليكسا الضيوف جايين من {} وش عاصمتهم | الكويت=KW; الامارات=AE; البحرين=BH
southern-highlands | اليكسا عاد عاصمة {} وش اسمها يا ولدي | نيوزيلندا=NZ; فيجي=FJ; ساموا=WS
southern-highlands | اليكسا المزرعة فيها عمال من {} وش عاصمة بلادهم | بنغلاديش=BD; الهند=IN; اثيوبيا=ET
southern-highlands | اليكسا قبل العرضة ابغى اعرف عاصمة {} | الاردن=JO; فلسطين=PS; لبنان=LB
southern-highlands | اليكسا وش هي عاصمة {} الله يسلمك | ايسلندا=IS; ايرلندا=IE; الدنمارك=DK
southern-highlands | اليكسا البن حقنا يبونه في {} وش عاصمتها | اثيوبيا=ET; كولومبيا=CO; البرازيل=BR

# Farmers and shepherds of Ha'il and al-Jouf in northern speech
northern-farmers | اليكسا هالحين وش عاصمة {} | سوريا=SY; العراق=IQ; الاردن=JO
northern-farmers | اليكسا يالربع يقولون عاصمة {} وش هي | بلجيكا=BE; النمسا=AT; المجر=HU
northern-farmers | اليكسا عطني عاصمة {} الله يرضى عليك | المانيا=DE; ايطاليا=IT; اليونان=GR
northern-farmers | اليكسا نصدر زيت الزيتون ل{} وش عاصمتها | روسيا=RU; الصين=CN; كوريا الجنوبية=KR
northern-farmers | اليكسا الراعي اللي عندي من {} يسال عن عاصمة بلاده | السودان=SD; تشاد=TD; النيجر=NE
northern-farmers | اليكسا لبيه قولي عاصمة {} | قبرص=CY; مالطا=MT; تونس=TN
northern-farmers | اليكسا ترى ما اعرف عاصمة {} وش هي | التشيك=CZ; سلوفاكيا=SK; الفاتيكان=VA

# Date farmers of al-Ahsa in Hasawi speech
ahsa-date-farmers | اليكسا شنهو عاصمة {} | اندونيسيا=ID; بروناي=BN; سنغافورة=SG
ahsa-date-farmers | اليكسا نبي نصدر التمر ل{} ويش عاصمتها | تركيا=TR; المغرب=MA; فرنسا=FR
ahsa-date-farmers | اليكسا جي ما ادري عاصمة {} شنهي | بوتان=BT; نيبال=NP; جزر المالديف=MV
ahsa-date-farmers | اليكسا يبه التاجر من {} ويش عاصمة ديرته | باكستان=PK; افغانستان=AF; اوزبكستان=UZ
ahsa-date-farmers | اليكسا عاصمة {} اشلون تنطق | كيريباتي=KI; توفالو=TV; ناورو=NR
ahsa-date-farmers | اليكسا في مهرجان التمور واحد من {} سالني عن عاصمتهم | الكويت=KW; عمان=OM; اليمن=YE
ahsa-date-farmers | اليكسا ازين ويش عاصمة {} ابي اعرف | الجزائر=DZ; تونس=TN; ليبيا=LY

# Upper Egyptian (Saidi) workers on farms and building sites in al-Jouf and Tabuk
saidi-workers | اليكسا جولي عاصمة {} ايه | السنغال=SN; مالي=ML; غانا=GH
saidi-workers | اليكسا انا عاوز اعرف عاصمة {} دلوك | نيجيريا=NG; الكاميرون=CM; الغابون=GA
saidi-workers | اليكسا يا بت عاصمة {} ايه | توغو=TG; بنين=BJ; ليبيريا=LR
saidi-workers | اليكسا الواد ابني في المدرسة عاوز عاصمة {} | زامبيا=ZM; زيمبابوي=ZW; ملاوي=MW
saidi-workers | اليكسا عاصمة {} ايه يا اخينا | انغولا=AO; ناميبيا=NA; بوتسوانا=BW
saidi-workers | اليكسا الريس بتاعنا من {} عاصمتها ايه | مصر=EG; ليبيا=LY; السودان=SD
saidi-workers | اليكسا امبارح واحد سالني عاصمة {} ومعرفتش | سيراليون=SL; غينيا=GN; غامبيا=GM

# Ride-hailing captains in Riyadh talking to the Echo in the car between trips
ride-hailing-captains | اليكسا الراكب اللي معي من {} يسال وش عاصمتها | الفلبين=PH; كينيا=KE; اوغندا=UG
ride-hailing-captains | اليكسا عندي مشوار لسفارة {} بالحي الدبلوماسي وش عاصمة الدولة | البرازيل=BR; جنوب افريقيا=ZA; نيوزيلندا=NZ
ride-hailing-captains | اليكسا الزبون يقول انه من {} وش عاصمتها | غواتيمالا=GT; هندوراس=HN; نيكاراغوا=NI
ride-hailing-captains | اليكسا راكب من جزيرة {} يقول بلده صغيرة وش عاصمتها | غرينادا=GD; باربادوس=BB; جزر البهاما=BS
ride-hailing-captains | اليكسا بين المشاوير قولي عاصمة {} | السلفادور=SV; كوستاريكا=CR; بنما=PA
ride-hailing-captains | اليكسا التطبيق معلق وانا انتظر وش عاصمة {} | كوبا=CU; هايتي=HT; جامايكا=JM
ride-hailing-captains | اليكسا راكبة من {} تقول عاصمتهم حلوة وش اسمها | الدومينيكان=DO; بورتوريكو=PR; ترينيداد وتوباغو=TT
ride-hailing-captains | اليكسا الراكب نزل وما قال لي عاصمة {} وش هي | انتيغوا وباربودا=AG; سانت كيتس ونيفيس=KN; سانت فنسنت والغرينادين=VC

# Clerks at money exchange and remittance shops
exchange-shop-clerks | اليكسا عميل يحول فلوس ل{} يبي يعرف اسم العاصمة | سريلانكا=LK; بنغلاديش=BD; نيبال=NP
exchange-shop-clerks | اليكسا الحوالة رايحة {} والبنك في العاصمة وش اسمها | اثيوبيا=ET; مصر=EG; باكستان=PK
exchange-shop-clerks | اليكسا ما ابي العملة ابي العاصمة حقت {} | اليابان=JP; سويسرا=CH; الصين=CN
exchange-shop-clerks | اليكسا نموذج التحويل يطلب عاصمة {} وش اكتب | فيتنام=VN; كمبوديا=KH; ميانمار=MM
exchange-shop-clerks | اليكسا في الصرافة عميل من {} سالني عن عاصمة بلده ونسيتها | اريتريا=ER; الصومال=SO; جيبوتي=DJ
exchange-shop-clerks | اليكسا العميل يقول البنك المراسل في عاصمة {} وش هي | لبنان=LB; الاردن=JO; تركيا=TR
exchange-shop-clerks | اليكسا تحويل ل{} يحتاج العاصمة في خانة المدينة وش اكتب | الهند=IN; الفلبين=PH; اندونيسيا=ID

# Filipino nurses in Riyadh hospitals learning Arabic (learner forms on purpose)
filipino-nurses | اليكسا من فضلك ما هو عاصمة {} | بالاو=PW; جزر مارشال=MH; ميكرونيزيا=FM
filipino-nurses | اليكسا انا ممرضة ابغى اعرف عاصمة {} | تيمور الشرقية=TL; بابوا غينيا الجديدة=PG; جزر سليمان=SB
filipino-nurses | اليكسا عاصمة {} ايش هو | فانواتو=VU; تونغا=TO; كوريا الشمالية=KP
filipino-nurses | اليكسا سوري انا ما يعرف عاصمة {} | تايوان=TW; اليابان=JP; الفلبين=PH
filipino-nurses | اليكسا الدكتور في المستشفى يسال انا عاصمة {} ما هي | السعودية=SA; الكويت=KW; قطر=QA
filipino-nurses | اليكسا ممكن تقول عاصمة {} بشويش | افغانستان=AF; قيرغيزستان=KG; اذربيجان=AZ
filipino-nurses | اليكسا انا اتعلم عربي كلمة عاصمة يعني كابيتال صح عاصمة {} | اسبانيا=ES; المكسيك=MX; الارجنتين=AR

# Front-desk and guide staff at hotels and resorts in AlUla
alula-hotel-staff | اليكسا نزيل من {} في الريسبشن يسال عن عاصمة بلده | ايطاليا=IT; فرنسا=FR; المانيا=DE
alula-hotel-staff | اليكسا الجروب السياحي الجاي من {} وش عاصمتهم | اليابان=JP; كوريا الجنوبية=KR; الصين=CN
alula-hotel-staff | اليكسا ابي اكتب ترحيب للضيوف من {} وش عاصمتهم | بولندا=PL; التشيك=CZ; هنغاريا=HU
alula-hotel-staff | اليكسا عائلة من {} حجزت جناح وش عاصمة بلدهم | اندورا=AD; سان مارينو=SM
alula-hotel-staff | اليكسا المرشد السياحي يبي عاصمة {} | النمسا=AT; سويسرا=CH; ليختنشتاين=LI
alula-hotel-staff | اليكسا قبل ما يوصل الوفد الرسمي من {} ابي عاصمتها | لوكسمبورغ=LU; البرتغال=PT; اليونان=GR
alula-hotel-staff | اليكسا ضيف في الشاليه من {} يسال عاصمتهم بالعربي وش تكون | ايسلندا=IS; ايرلندا=IE; بلجيكا=BE

# Friends playing baloot at a rest house (istiraha)
baloot-players | اليكسا الخسران يسوي الشاهي عاصمة {} وش هي | البيرو=PE; الاوروغواي=UY; كولومبيا=CO
baloot-players | اليكسا يالشباب تراهنا على عاصمة {} احسمي | كندا=CA; استراليا=AU; نيوزيلندا=NZ
baloot-players | اليكسا بعد الصكة عطينا عاصمة {} | ارمينيا=AM; اذربيجان=AZ; كازاخستان=KZ
baloot-players | اليكسا حكم ولا صن المهم وش عاصمة {} | منغوليا=MN; كوريا الشمالية=KP; لاوس=LA
baloot-players | اليكسا في الاستراحة واحد يقول عاصمة {} ما ادري وش قال | سلوفينيا=SI; سلوفاكيا=SK; كرواتيا=HR
baloot-players | اليكسا الدورية الليلة عند ابو فهد وش عاصمة {} | الجبل الاسود=ME; كوسوفو=XK; البوسنة والهرسك=BA
baloot-players | اليكسا ابو فهد يقول عاصمة الامارات دبي | AE
baloot-players | اليكسا اللي يغلط يدفع العشا عاصمة {} | بوليفيا=BO; باراغواي=PY; الاكوادور=EC

# Families watching television quiz shows
quiz-show-viewers | اليكسا السؤال في البرنامج عاصمة {} والخيارات اربعة وش الصح | ناميبيا=NA; بوتسوانا=BW; ليسوتو=LS
quiz-show-viewers | اليكسا المتسابق حذف اجابتين وباقي سؤال عاصمة {} | اوغندا=UG; رواندا=RW; بوروندي=BI
quiz-show-viewers | اليكسا قبل ما يعلنون الجواب عاصمة {} وش | موريتانيا=MR; السنغال=SN; غينيا بيساو=GW
quiz-show-viewers | اليكسا لو كنت في البرنامج عاصمة {} كنت قلت ايش | جزر القمر=KM; موريشيوس=MU; سيشل=SC
quiz-show-viewers | اليكسا المسابقة في التلفزيون تسال عاصمة {} | افريقيا الوسطى=CF; الكونغو الديمقراطية=CD; جمهورية الكونغو=CG
quiz-show-viewers | اليكسا الاتصال بصديق وانا الصديق عاصمة {} | كاب فيردي=CV; ساو تومي وبرينسيبي=ST; غينيا الاستوائية=GQ
quiz-show-viewers | اليكسا المذيع سال عن عاصمة {} والمتسابق سكت | مدغشقر=MG; موزمبيق=MZ; ملاوي=MW

# Geography teachers at girls' schools: lessons, worksheets, short quizzes
geography-teachers | اليكسا الطالبات يبون يسمعون منك عاصمة {} | جنوب السودان=SS; تشاد=TD; الصومال=SO
geography-teachers | اليكسا في ورقة العمل سؤال عاصمة {} تاكدي لي | الهند=IN; باكستان=PK; سريلانكا=LK
geography-teachers | اليكسا الحصة الجاية عن اوروبا نبدا بعاصمة {} | بريطانيا=GB; ايرلندا=IE; ايسلندا=IS
geography-teachers | اليكسا صححي لي الاختبار القصير عاصمة {} وش جوابها | بلجيكا=BE; الدنمارك=DK; النرويج=NO
geography-teachers | اليكسا على الخريطة عاصمة {} وش اسمها | فنلندا=FI; السويد=SE; استونيا=EE
geography-teachers | اليكسا المعلمة سالت الطالبة عاصمة {} وش الجواب الصحيح | الجزائر=DZ; ليبيا=LY; مصر=EG
geography-teachers | اليكسا درس اليوم دول الخليج عاصمة {} | البحرين=BH; قطر=QA; الكويت=KW
geography-teachers | اليكسا في الاطلس المدرسي وش عاصمة اسرائيل | IL

# Mothers homeschooling their children
homeschooling-mothers | اليكسا ولدي يسوي الواجب ويبي عاصمة {} | ماليزيا=MY; الفلبين=PH; تايلاند=TH
homeschooling-mothers | اليكسا قولي لعبودي عاصمة {} عشان يكتبها | روسيا=RU; اوكرانيا=UA; بيلاروسيا=BY
homeschooling-mothers | اليكسا في المنهج سؤال عاصمة {} وانا ما اعرفها | بيرو=PE; الاكوادور=EC; بوليفيا=BO
homeschooling-mothers | اليكسا بنتي تحفظ العواصم قولي لها عاصمة {} | فرنسا=FR; ايطاليا=IT; اسبانيا=ES
homeschooling-mothers | اليكسا ساعديني في درس الجغرافيا عاصمة {} | كوبا=CU; المكسيك=MX; الولايات المتحدة=US
homeschooling-mothers | اليكسا يا شاطرة قولي لريم عاصمة {} | هولندا=NL; البرتغال=PT; النمسا=AT

# Drivers in the Diplomatic Quarter in Riyadh
embassy-quarter-drivers | اليكسا اوصل السفير كل يوم وهو من {} وش عاصمة بلده | الارجنتين=AR; تشيلي=CL; المكسيك=MX
embassy-quarter-drivers | اليكسا التاشيرة مكتوب فيها اسم عاصمة {} وش هي | كندا=CA; استراليا=AU; بريطانيا=GB
embassy-quarter-drivers | اليكسا في الحي الدبلوماسي سفارة {} جنب سفارتنا وش عاصمتها | السويد=SE; فنلندا=FI; النرويج=NO
embassy-quarter-drivers | اليكسا عندي ضيوف السفارة من {} يبون عاصمتهم بالعربي | اليونان=GR; قبرص=CY; مالطا=MT
embassy-quarter-drivers | اليكسا سفارة {} تحتفل بيومها الوطني وش عاصمتها | اندونيسيا=ID; بروناي=BN; كازاخستان=KZ
embassy-quarter-drivers | اليكسا المدام من {} وتبي اعرف عاصمة بلدها | ايرلندا=IE; الدنمارك=DK; بلجيكا=BE

# Young friends in Riyadh cafes, code-switching with English
riyadh-cafe-friends | اليكسا برو وش عاصمة {} حرفيا نسيت | كولومبيا=CO; البيرو=PE; فنزويلا=VE
riyadh-cafe-friends | اليكسا اوكي سو عاصمة {} وش هي | ايسلندا=IS; النرويج=NO; الدنمارك=DK
riyadh-cafe-friends | اليكسا ويت ويت عاصمة {} مو اللي في بالي صح | تركيا=TR; المغرب=MA; كندا=CA
riyadh-cafe-friends | اليكسا بيسكلي ابي اعرف عاصمة {} | فيتنام=VN; كمبوديا=KH; الفلبين=PH
riyadh-cafe-friends | اليكسا سيريسلي وش عاصمة {} | استراليا=AU; نيوزيلندا=NZ; جنوب افريقيا=ZA
riyadh-cafe-friends | اليكسا نبي نسوي ترب ل{} وش عاصمتها | اليابان=JP; كوريا الجنوبية=KR; تايلاند=TH
riyadh-cafe-friends | اليكسا الباريستا من {} يسال وش عاصمة بلده | اثيوبيا=ET; كولومبيا=CO; غواتيمالا=GT

# Saudis back from scholarship study abroad (US states, Canadian provinces, Australian states, UK nations)
scholarship-returnees | اليكسا درست في {} ايام الابتعاث وش عاصمة الولاية | اوهايو=US-OH; ميزوري=US-MO; كولورادو=US-CO
scholarship-returnees | اليكسا ولاية {} اللي كنت مبتعث فيها عاصمتها وش | اوريغون=US-OR; اريزونا=US-AZ; يوتا=US-UT
scholarship-returnees | اليكسا صديقي مبتعث في {} بكندا وش عاصمة المقاطعة | اونتاريو=CA-ON; كيبك=CA-QC; مانيتوبا=CA-MB
scholarship-returnees | اليكسا ايام الدراسة في {} الاسترالية كانت العاصمة وش | كوينزلاند=AU-QLD; فيكتوريا=AU-VIC; تسمانيا=AU-TAS
scholarship-returnees | اليكسا الملحقية قالت الجامعة في ولاية {} وش عاصمتها | كنتاكي=US-KY; انديانا=US-IN; ايوا=US-IA
scholarship-returnees | اليكسا رجعت من {} بعد الماجستير عاصمتها وش كانت | اسكتلندا=GB-SCT; ويلز=GB-WLS; ايرلندا الشمالية=GB-NIR
scholarship-returnees | اليكسا عاصمة ولاية {} اللي فيها الجامعة حقتي | ميشيغان=US-MI; بنسلفانيا=US-PA; ماساتشوستس=US-MA
scholarship-returnees | اليكسا اول سنة ابتعاث كانت في {} وش عاصمة المقاطعة | نوفا سكوشا=CA-NS; البرتا=CA-AB; ساسكاتشوان=CA-SK

# Home cooks trying dishes from other countries
home-cooks | اليكسا بطبخ اكلة من {} اليوم وش عاصمتها | الهند=IN; ايران=IR; اثيوبيا=ET
home-cooks | اليكسا الوصفة هذي اصلها من {} عاصمتها ايش | المكسيك=MX; البيرو=PE; جامايكا=JM
home-cooks | اليكسا وانا اقطع البصل قولي عاصمة {} | اوزبكستان=UZ; طاجيكستان=TJ; تركمانستان=TM
home-cooks | اليكسا جارتي من {} علمتني طبخة وش عاصمة بلدها | سوريا=SY; فلسطين=PS; العراق=IQ
home-cooks | اليكسا القدر على النار وابي عاصمة {} | المغرب=MA; تونس=TN; لبنان=LB

# People setting up and testing their Echo at home
smart-home-tinkerers | اليكسا جربي اذا تعرفين عاصمة {} | الولايات المتحدة الامريكية=US; بريطانيا=GB; المانيا=DE
smart-home-tinkerers | اليكسا توني ركبت السماعة وابي اختبرها عاصمة {} | سنغافورة=SG; ماليزيا=MY; اندونيسيا=ID
smart-home-tinkerers | اليكسا غيرت اللغة عربي الحين قولي عاصمة {} | اسبانيا=ES; ايطاليا=IT; روسيا=RU
smart-home-tinkerers | اليكسا الصوت واضح عاصمة {} | هايتي=HT; كوبا=CU; الدومينيكان=DO

# Follow-ups after an answer
follow-up | اليكسا طيب وعاصمة {} | لاوس=LA; منغوليا=MN; بوتان=BT
follow-up | اليكسا زين و{} وش عاصمتها بعد | بنغلاديش=BD; نيبال=NP; سريلانكا=LK
follow-up | اليكسا والحين {} | هايتي=HT; كوبا=CU; بنما=PA
follow-up | اليكسا طيب وبالنسبة ل{} | الكويت=KW; قطر=QA; عمان=OM
follow-up | اليكسا وبعدين عاصمة {} كمان | النرويج=NO; الدنمارك=DK; فنلندا=FI
follow-up | اليكسا و{} نفس السؤال | غانا=GH; توغو=TG; بنين=BJ
follow-up | اليكسا وجارتها {} | الاوروغواي=UY; باراغواي=PY; تشيلي=CL
follow-up | اليكسا وعاصمة {} يا حلوة | ليبيا=LY; تونس=TN; الجزائر=DZ
follow-up | اليكسا و{} شو عاصمتها كمان | عمان=OM; البحرين=BH; الاردن=JO
follow-up | اليكسا ازين و{} | ايران=IR; افغانستان=AF; باكستان=PK
follow-up | اليكسا وولاية {} طيب | تكساس=US-TX; فلوريدا=US-FL; هاواي=US-HI

# Several-capital countries in the plural
plural-capitals | اليكسا وش عواصم {} | بنين=BJ; بوليفيا=BO; ساحل العاج=CI
plural-capitals | اليكسا عواصم {} كم وحدة ووش هي | سريلانكا=LK; ماليزيا=MY; هولندا=NL
plural-capitals | اليكسا {} عندها اكثر من عاصمة وش هي | اسواتيني=SZ; جنوب افريقيا=ZA; فلسطين=PS
plural-capitals | اليكسا شنهي عواصم {} | جنوب افريقيا=ZA; بنين=BJ; بوليفيا=BO
plural-capitals | اليكسا سمعت ان {} لها عاصمتين وش اسماؤهم | ساحل العاج=CI; سريلانكا=LK; ماليزيا=MY
plural-capitals | اليكسا قولي العواصم حقت {} كلها | هولندا=NL; سوازيلاند=SZ; فلسطين=PS
plural-capitals | اليكسا ليش جنوب افريقيا عندها ثلاث عواصم وش هي | ZA
plural-capitals | اليكسا العاصمة الادارية والعاصمة الرسمية ل{} | بوليفيا=BO; بنين=BJ; سريلانكا=LK
plural-capitals | اليكسا عاصمتين {} شو هم | ماليزيا=MY; هولندا=NL; كوت ديفوار=CI
plural-capitals | اليكسا ايش هي عواصم {} يا خوي | اسواتيني=SZ; فلسطين=PS; بنين=BJ
plural-capitals | اليكسا عواصم {} الثنتين | بوليفيا=BO; ساحل العاج=CI; سريلانكا=LK
plural-capitals | اليكسا ابي عواصم {} مو وحدة بس | ماليزيا=MY; هولندا=NL; اسواتيني=SZ
plural-capitals | اليكسا {} كم عاصمة فيها ووش اسمائها | جنوب افريقيا=ZA; فلسطين=PS; بنين=BJ
plural-capitals | اليكسا عواصم {} الحقيقية كلها ابيها | كوت ديفوار=CI; بوليفيا=BO; سوازيلاند=SZ

# Subdivisions: US states, Canadian provinces, Australian states, Indian, German, Brazilian and Mexican states
subdivision | اليكسا عاصمة ولاية {} الامريكية | تكساس=US-TX; فلوريدا=US-FL; كاليفورنيا=US-CA
subdivision | اليكسا وش عاصمة ولاية {} | نيفادا=US-NV; الاسكا=US-AK; هاواي=US-HI
subdivision | اليكسا ولاية {} وش عاصمتها مو اكبر مدينة | نيويورك=US-NY; الينوي=US-IL; واشنطن=US-WA
subdivision | اليكسا شو عاصمة ولاية {} في امريكا | فيرجينيا=US-VA; ماريلاند=US-MD; جورجيا=US-GA
subdivision | اليكسا عاصمة {} الولاية | لويزيانا=US-LA; ميسيسيبي=US-MS; الاباما=US-AL
subdivision | اليكسا ولاية {} عاصمتها ايش | تينيسي=US-TN; اركنساس=US-AR; اوكلاهوما=US-OK
subdivision | اليكسا عاصمة ولاية {} الامريكية وش اسمها | كانساس=US-KS; نبراسكا=US-NE; داكوتا الشمالية=US-ND
subdivision | اليكسا ابي عاصمة ولاية {} | ويسكونسن=US-WI; كارولاينا الشمالية=US-NC; كارولاينا الجنوبية=US-SC
subdivision | اليكسا عاصمة ولاية {} اللي في شمال شرق امريكا | فيرمونت=US-VT; نيوهامبشير=US-NH; مين=US-ME
subdivision | اليكسا عاصمة مقاطعة {} الكندية | البرتا=CA-AB; كولومبيا البريطانية=CA-BC; ساسكاتشوان=CA-SK
subdivision | اليكسا مقاطعة {} في كندا وش عاصمتها | نوفا سكوشا=CA-NS; نيو برونزويك=CA-NB; جزيرة الامير ادوارد=CA-PE
subdivision | اليكسا عاصمة {} في كندا | نيوفاوندلاند=CA-NL; يوكون=CA-YT; نونافوت=CA-NU
subdivision | اليكسا عاصمة الاقاليم الشمالية الغربية في كندا | CA-NT
subdivision | اليكسا عاصمة ولاية {} في استراليا | نيو ساوث ويلز=AU-NSW; استراليا الغربية=AU-WA; جنوب استراليا=AU-SA
subdivision | اليكسا الاقليم الشمالي في استراليا وش عاصمته | AU-NT
subdivision | اليكسا اقليم العاصمة الاسترالية عاصمته وش | AU-ACT
subdivision | اليكسا عاصمة ولاية {} الهندية | كيرلا=IN-KL; تاميل نادو=IN-TN; كارناتاكا=IN-KA
subdivision | اليكسا زميلي الهندي من {} وش عاصمة ولايته | غوجارات=IN-GJ; راجستان=IN-RJ; بيهار=IN-BR
subdivision | اليكسا ولاية {} في الهند عاصمتها وش | ماهاراشترا=IN-MH; اوتار براديش=IN-UP; البنغال الغربية=IN-WB
subdivision | اليكسا عاصمة {} الهندية | تيلانغانا=IN-TS; اندرا براديش=IN-AP; اوديشا=IN-OD
subdivision | اليكسا وش عاصمة ولاية {} اللي في الهند | اسام=IN-AS; غوا=IN-GA; سيكيم=IN-SK
subdivision | اليكسا عاصمة {} في الهند | جامو وكشمير=IN-JK; لداخ=IN-LA; دلهي=IN-DL
subdivision | اليكسا عاصمة ولاية {} الهندية وش هي | هاريانا=IN-HR; اوتاراخاند=IN-UK; تريبورا=IN-TR
subdivision | اليكسا عاصمة البنجاب اللي في الهند | IN-PB
subdivision | اليكسا السواق من ولاية {} الهندية يسال عن عاصمتها | تشاتيسغار=IN-CG; ميغالايا=IN-ML; اروناتشال براديش=IN-AR
subdivision | اليكسا عاصمة ولاية {} الالمانية | بافاريا=DE-BY; ساكسونيا=DE-SN; هيسن=DE-HE
subdivision | اليكسا ولاية {} في المانيا وش عاصمتها | بادن فورتمبيرغ=DE-BW; شمال الراين وستفاليا=DE-NW; سكسونيا السفلى=DE-NI
subdivision | اليكسا عاصمة {} في المانيا | تورينغن=DE-TH; براندنبورغ=DE-BB; سارلاند=DE-SL
subdivision | اليكسا عاصمة ولاية {} في البرازيل | باهيا=BR-BA; ساو باولو=BR-SP; ريو دي جانيرو=BR-RJ
subdivision | اليكسا ولاية {} البرازيلية وش عاصمتها | ميناس جيرايس=BR-MG; بارانا=BR-PR; سانتا كاتارينا=BR-SC
subdivision | اليكسا عاصمة {} البرازيلية | امازوناس=BR-AM; بارا=BR-PA; بيرنامبوكو=BR-PE
subdivision | اليكسا وش عاصمة ولاية {} اللي في البرازيل | سيارا=BR-CE; غوياس=BR-GO; ريو غراندي دو سول=BR-RS
subdivision | اليكسا عاصمة ولاية {} المكسيكية | خاليسكو=MX-JAL; نويفو ليون=MX-NLE; يوكاتان=MX-YUC
subdivision | اليكسا ولاية {} في المكسيك وش عاصمتها | واهاكا=MX-OAX; تشياباس=MX-CHP; فيراكروز=MX-VER
subdivision | اليكسا عاصمة {} المكسيكية وش هي | سونورا=MX-SON; تشيواوا=MX-CHH; باخا كاليفورنيا=MX-BCN
subdivision | اليكسا ولاية {} المكسيكية عاصمتها ايش | كينتانا رو=MX-ROO; بويبلا=MX-PUE; موريلوس=MX-MOR
subdivision | اليكسا عاصمة ولاية {} في المكسيك يا اليكسا | غيريرو=MX-GRO; هيدالغو=MX-HID; ناياريت=MX-NAY
subdivision | اليكسا عاصمة انجلترا نفسها مو بريطانيا | GB-ENG

# Dependent territories and other places with a capital of their own
territory | اليكسا عاصمة جزيرة {} | غرينلاند=GL; غوام=GU; بورتوريكو=PR
territory | اليكسا عاصمة {} التابعة لفرنسا | كاليدونيا الجديدة=NC; بولينيزيا الفرنسية=PF; غويانا الفرنسية=GF
territory | اليكسا عاصمة {} البريطانية | جبل طارق=GI; جزر فوكلاند=FK; برمودا=BM
territory | اليكسا وش عاصمة {} | جزر كايمان=KY; جزر تركس وكايكوس=TC; انغويلا=AI
territory | اليكسا عاصمة جزر {} | فارو=FO; كوك=CK; ماريانا الشمالية=MP
territory | اليكسا {} التابعة لهولندا عاصمتها وش | اروبا=AW; كوراساو=CW; سانت مارتن=SX
territory | اليكسا عاصمة {} الفرنسية وش اسمها | ريونيون=RE; مايوت=YT; غوادلوب=GP
territory | اليكسا جزيرة {} في الكاريبي عاصمتها ايش | مارتينيك=MQ; مونتسرات=MS; سان بارتيليمي=BL
territory | اليكسا عاصمة {} في المحيط الهادي | توكيلاو=TK; نيوي=NU; ساموا الامريكية=AS
territory | اليكسا الصحراء الغربية عاصمتها وش | EH
territory | اليكسا عاصمة {} الاسكندنافية | سفالبارد=SJ; جزر الاند=AX
territory | اليكسا وش عاصمة {} البعيدة | سانت هيلينا=SH; جزر بيتكيرن=PN; جزيرة نورفولك=NF
territory | اليكسا عاصمة {} اللي في المحيط الهندي | جزيرة كريسماس=CX; جزر كوكوس=CC; الاقليم البريطاني في المحيط الهندي=IO
territory | اليكسا هونغ كونغ لها عاصمة ولا هي نفسها | HK
territory | اليكسا ماكاو وش عاصمتها | MO
territory | اليكسا عاصمة سان بيير وميكلون | PM
territory | اليكسا جزر واليس وفوتونا عاصمتها ايش | WF
territory | اليكسا عاصمة هولندا الكاريبية بونير | BQ
territory | اليكسا عاصمة القارة القطبية الجنوبية | AQ
territory | اليكسا عاصمة الاراضي الفرنسية الجنوبية | TF
territory | اليكسا جورجيا الجنوبية وجزر ساندويتش وش عاصمتها | GS
territory | اليكسا عاصمة جزيرة بوفيه | BV
territory | اليكسا واشنطن دي سي لها عاصمة ولا هي العاصمة | US-DC
territory | اليكسا مدينة مكسيكو عاصمة نفسها ولا وش | MX-CMX
territory | اليكسا عاصمة المقاطعة الاتحادية في البرازيل | BR-DF
territory | اليكسا عاصمة مدينة هامبورغ الولاية | DE-HH
territory | اليكسا جزر الولايات المتحدة النائية لها عاصمة | UM
territory | اليكسا عاصمة جزيرة هيرد وجزر ماكدونالد | HM

# Yes/no checks, right and wrong guesses
yes-no-check | اليكسا عاصمة استراليا سيدني صح | AU
yes-no-check | اليكسا هل عاصمة كندا تورنتو | CA
yes-no-check | اليكسا عاصمة تركيا اسطنبول ولا انقرة | TR
yes-no-check | اليكسا ابوظبي عاصمة الامارات مو دبي صح | AE
yes-no-check | اليكسا عاصمة البرازيل ريو ولا لا | BR
yes-no-check | اليكسا صح ان عاصمة نيجيريا لاغوس | NG
yes-no-check | اليكسا عاصمة سويسرا جنيف صح ولا غلط | CH
yes-no-check | اليكسا عاصمة باكستان كراتشي صح | PK
yes-no-check | اليكسا عاصمة نيوزيلندا اوكلاند ولا ولينغتون | NZ
yes-no-check | اليكسا عاصمة المغرب الدار البيضاء ولا الرباط | MA
yes-no-check | اليكسا عاصمة فيتنام هو تشي منه صح | VN
yes-no-check | اليكسا عاصمة تنزانيا دار السلام ولا دودوما | TZ
yes-no-check | اليكسا شنو عاصمة الكويت الكويت نفسها صج | KW
yes-no-check | اليكسا عاصمة ميانمار رانغون مو صح | MM
yes-no-check | اليكسا عاصمة كازاخستان الماتي ولا استانا | KZ
yes-no-check | اليكسا عاصمة الهند مومباي صح | IN
yes-no-check | اليكسا عاصمة امريكا نيويورك صح | US
yes-no-check | اليكسا عاصمة الصين شنغهاي ولا بكين | CN
yes-no-check | اليكسا عاصمة العراق بغداد صح | IQ
yes-no-check | اليكسا هل صحيح ان عاصمة بوروندي تغيرت من بوجمبورا | BI
yes-no-check | اليكسا عاصمة كوت ديفوار ابيدجان صح | CI
yes-no-check | اليكسا عاصمة جنوب السودان جوبا صح | SS
yes-no-check | اليكسا عاصمة بنغلاديش دكا ولا شيتاغونغ | BD
yes-no-check | اليكسا عاصمة الاكوادور غواياكيل صح | EC
yes-no-check | اليكسا مو عاصمة اسكتلندا غلاسكو | GB-SCT
yes-no-check | اليكسا عاصمة كاليفورنيا لوس انجلوس صح | US-CA
yes-no-check | اليكسا عاصمة تكساس هيوستن ولا دالاس | US-TX
yes-no-check | اليكسا عاصمة ولاية نيويورك البني صح | US-NY
yes-no-check | اليكسا عاصمة كيبك مونتريال صح | CA-QC
yes-no-check | اليكسا عاصمة فلوريدا ميامي ولا لا | US-FL
yes-no-check | اليكسا عاصمة الكاميرون دوالا صح | CM
yes-no-check | اليكسا عاصمة بليز هي بليز سيتي | BZ
yes-no-check | اليكسا عاصمة مصر القاهرة ولا العاصمة الادارية الجديدة | EG
yes-no-check | اليكسا عاصمة اندونيسيا جاكرتا لسه ولا تغيرت | ID
yes-no-check | اليكسا عاصمة غانا اكرا صح | GH
yes-no-check | اليكسا عاصمة سوريا دمشق مو حلب صح | SY
yes-no-check | اليكسا عاصمة عمان مسقط صح | OM
yes-no-check | اليكسا عاصمة جيبوتي اسمها جيبوتي بعد صح | DJ
yes-no-check | اليكسا عاصمة موناكو موناكو ولا مونت كارلو | MC
yes-no-check | اليكسا عاصمة المانيا بون ولا برلين | DE
yes-no-check | اليكسا عاصمة ولاية بافاريا ميونخ صح | DE-BY
yes-no-check | اليكسا عاصمة استراليا ملبورن صح ولا انا غلطان | AU
yes-no-check | اليكسا عاصمة بوليفيا لاباز بس ولا فيه غيرها | BO
yes-no-check | اليكسا عاصمة كوريا الجنوبية سيول صح | KR
yes-no-check | اليكسا عاصمة البنجاب الهندية شانديغار صح | IN-PB

# Self-corrections in mid-sentence
self-correction | اليكسا عاصمة النمسا لا قصدي استراليا | AU
self-correction | اليكسا عاصمة السويد لا لا سويسرا | CH
self-correction | اليكسا عاصمة سلوفينيا اقصد سلوفاكيا | SK
self-correction | اليكسا عاصمة ايران عفوا العراق | IQ
self-correction | اليكسا عاصمة النيجر لا نيجيريا | NG
self-correction | اليكسا عاصمة غينيا الاستوائية لا غينيا بيساو | GW
self-correction | اليكسا عاصمة اوغندا امم لا رواندا | RW
self-correction | اليكسا عاصمة كولومبيا البريطانية لا كولومبيا الدولة | CO
self-correction | اليكسا شو عاصمة الكونغو اقصد الكونغو الديمقراطية | CD
self-correction | اليكسا عاصمة لاتفيا لا ليتوانيا | LT
self-correction | اليكسا عاصمة موريتانيا لا قصدي موريشيوس | MU
self-correction | اليكسا عاصمة باراغواي لا اوروغواي | UY
self-correction | اليكسا عاصمة تايوان لا تايلند | TH
self-correction | اليكسا عاصمة الدنمارك معليش قصدي هولندا | NL
self-correction | اليكسا عاصمة كوريا الشمالية لا الجنوبية | KR
self-correction | اليكسا عاصمة ساحل العاج لا غانا | GH
self-correction | اليكسا عاصمة ولاية واشنطن لا قصدي ولاية اوريغون | US-OR
self-correction | اليكسا عاصمة سانت لوسيا لا سانت كيتس | KN
self-correction | اليكسا عاصمة سانت فنسنت يوه لا سانت لوسيا | LC
self-correction | اليكسا عاصمة انتيغوا لا باربادوس | BB
self-correction | اليكسا عاصمة غرينادا لا ترينيداد | TT
self-correction | اليكسا عاصمة الباهاما قصدي جامايكا | JM
self-correction | اليكسا عاصمة بروناي لا الفلبين | PH
self-correction | اليكسا عاصمة ارمينيا سوري قصدي البانيا | AL
self-correction | اليكسا عاصمة مقدونيا ولا بلغاريا خلنا نقول بلغاريا | BG
self-correction | اليكسا عاصمة ماليزيا لا ملاوي | MW
self-correction | اليكسا عاصمة مالي لا مالطا | MT
self-correction | اليكسا عاصمة تشاد لا تشيلي | CL
self-correction | اليكسا عاصمة زامبيا لا غامبيا | GM
self-correction | اليكسا عاصمة ايسلندا اوه لا ايرلندا | IE
self-correction | اليكسا عاصمة اوكرانيا لا لا قصدي اوزبكستان | UZ
self-correction | اليكسا عاصمة الكاميرون اقصد الغابون | GA
self-correction | اليكسا عاصمة سيشل استغفر الله قصدي موريشيوس | MU
self-correction | اليكسا عاصمة باخا كاليفورنيا لا كاليفورنيا الامريكية | US-CA
self-correction | اليكسا عاصمة نيو ساوث ويلز لا فيكتوريا | AU-VIC
self-correction | اليكسا عاصمة ساكسونيا لا بافاريا | DE-BY
self-correction | اليكسا عاصمة البنجاب لا هاريانا | IN-HR
self-correction | اليكسا عاصمة ويلز لا ايرلندا الشمالية | GB-NIR
self-correction | اليكسا عاصمة السلفادور قصدي هندوراس | HN
self-correction | اليكسا عاصمة غيانا لا سورينام | SR
self-correction | اليكسا عاصمة النيبال لا بنغلاديش اسفة | BD

# Reverse questions: which country has this capital
reverse-question | اليكسا {} عاصمة اي دولة | نيامي=CITY:نيامي; باماكو=CITY:باماكو; بانجول=CITY:بانجول
reverse-question | اليكسا {} عاصمة وين | واغادوغو=CITY:واغادوغو; نواكشوط=CITY:نواكشوط; كوناكري=CITY:كوناكري
reverse-question | اليكسا مدينة {} عاصمة ايش | تبليسي=CITY:تبليسي; يريفان=CITY:يريفان; باكو=CITY:باكو
reverse-question | اليكسا {} هي عاصمة اي بلد | بشكيك=CITY:بشكيك; دوشانبي=CITY:دوشانبي; طشقند=CITY:طشقند
reverse-question | اليكسا وش الدولة اللي عاصمتها {} | اولان باتور=CITY:أولان باتور; تيمفو=CITY:تيمفو; كاتماندو=CITY:كاتماندو
reverse-question | اليكسا اي دولة عاصمتها {} | ريكيافيك=CITY:ريكيافيك; هلسنكي=CITY:هلسنكي; تالين=CITY:تالين
reverse-question | اليكسا {} عاصمة لمين | فادوز=CITY:فادوز; فاليتا=CITY:فاليتا; سكوبيا=CITY:سكوبي
reverse-question | اليكسا العاصمة {} تتبع اي دولة | كانبرا=CITY:كانبرا; برلين=CITY:برلين; نيودلهي=CITY:نيودلهي
reverse-question | اليكسا {} عاصمة مين | فيكتوريا=CITY:فيكتوريا; كينغستون=CITY:كينغستون; سانت جونز=CITY:سانت جونز
reverse-question | اليكسا وش البلد اللي عاصمته {} | مابوتو=CITY:مابوتو; لوساكا=CITY:لوساكا; هراري=CITY:هراري
reverse-question | اليكسا {} عاصمة اي ولاية امريكية | ساكرامنتو=CITY:ساكرامنتو; اوستن=CITY:أوستن; تالاهاسي=CITY:تالاهاسي
reverse-question | اليكسا كولومبيا المدينة عاصمة اي ولاية امريكية | CITY:كولومبيا
reverse-question | اليكسا لاباز عاصمة وين بالضبط | CITY:لاباز
reverse-question | اليكسا ابوجا عاصمة اي دولة افريقية | CITY:أبوجا
reverse-question | اليكسا بورت لويس عاصمة اي جزيرة | CITY:بورت لويس
reverse-question | اليكسا سوفا عاصمة وين يا خوي | CITY:سوفا
reverse-question | اليكسا الريس سالني {} عاصمة ايه | الخرطوم=CITY:الخرطوم; جوبا=CITY:جوبا; اسمرة=CITY:أسمرة

# Official names
official-name | اليكسا عاصمة {} الشقيقة | المملكة الاردنية الهاشمية=JO; الجمهورية العربية السورية=SY; جمهورية مصر العربية=EG
official-name | اليكسا وش عاصمة {} بالله | المملكة المغربية=MA; الجمهورية التونسية=TN; الجمهورية الجزائرية الديمقراطية الشعبية=DZ
official-name | اليكسا ابي عاصمة {} الحين | سلطنة عمان=OM; دولة الكويت=KW; مملكة البحرين=BH
official-name | اليكسا شو عاصمة {} يا الغالية | دولة الامارات العربية المتحدة=AE; دولة قطر=QA; الجمهورية اليمنية=YE
official-name | اليكسا ايش عاصمة {} بالضبط | جمهورية السودان=SD; جمهورية جيبوتي=DJ; جمهورية الصومال الفيدرالية=SO
official-name | اليكسا عاصمة {} وش اسمها الرسمي | الجمهورية الاسلامية الموريتانية=MR; دولة ليبيا=LY; جمهورية العراق=IQ
official-name | اليكسا قولي عاصمة {} الله يسعدك | الجمهورية اللبنانية=LB; دولة فلسطين=PS; اتحاد جزر القمر=KM
official-name | اليكسا عاصمة {} لو سمحت | جمهورية الصين الشعبية=CN; جمهورية كوريا=KR; جمهورية كوريا الديمقراطية الشعبية=KP
official-name | اليكسا ممكن عاصمة {} | الاتحاد الروسي=RU; جمهورية المانيا الاتحادية=DE; الجمهورية الفرنسية=FR
official-name | اليكسا عاصمة {} ايش هي | الولايات المتحدة الامريكية=US; الولايات المتحدة المكسيكية=MX; جمهورية البرازيل الاتحادية=BR
official-name | اليكسا عطيني عاصمة {} | الاتحاد السويسري=CH; مملكة بلجيكا=BE; دوقية لوكسمبورغ الكبرى=LU
official-name | اليكسا وش هي عاصمة {} يا بنت | جمهورية ايران الاسلامية=IR; جمهورية باكستان الاسلامية=PK; الجمهورية التركية=TR
official-name | اليكسا عاصمة المملكة المتحدة لبريطانيا العظمى وايرلندا الشمالية | GB
official-name | اليكسا الاسم الرسمي المملكة العربية السعودية وعاصمتها وش | SA
official-name | اليكسا عاصمة {} شنو | مملكة اسواتيني=SZ; جمهورية سريلانكا الديمقراطية الاشتراكية=LK; دولة بوليفيا المتعددة القوميات=BO
official-name | اليكسا عاصمة {} هذا اسمها الرسمي | جمهورية كوت ديفوار=CI; جمهورية جنوب افريقيا=ZA; جمهورية بنين=BJ

# Everyday names and nicknames
everyday-name | اليكسا عاصمة {} وش هي | امريكا=US; بريطانيا=GB; الامارات=AE
everyday-name | اليكسا {} عاصمتها ايش | ام الدنيا=EG; بلاد الارز=LB; بلاد الرافدين=IQ
everyday-name | اليكسا عاصمة {} يا عمري | بلاد العم سام=US; بلاد الكنغر=AU; بلاد الشمس المشرقة=JP
everyday-name | اليكسا وش عاصمة {} يا اليكسا | بلاد الحرمين=SA; بلاد المليون شهيد=DZ; تونس الخضراء=TN
everyday-name | اليكسا عاصمة {} شو | بلاد الطواحين=NL; بلاد التنين=CN; بلاد الساموراي=JP
everyday-name | اليكسا عاصمة {} زي ما يسمونها الناس | الكونغو كينشاسا=CD; الكونغو برازافيل=CG; كوت ديفوار=CI
everyday-name | اليكسا عاصمة {} الحين | تشيكيا=CZ; تركيه=TR; تيمور الشرقية=TL
everyday-name | اليكسا عاصمة {} يا بعدي | السلطنة=OM; المملكة=SA
everyday-name | اليكسا ايش عاصمة {} | انجلترا=GB-ENG; امريكا اللاتينية=FB; الدول الاسكندنافية=FB
everyday-name | اليكسا {} عاصمتها وش | بلاد الفراعنة=EG; بلاد الاوزبك=UZ; جزيرة الزمرد=IE

# Shared names, bare and told apart
shared-name | اليكسا وش عاصمة جورجيا يا شباب | GE+US-GA
shared-name | اليكسا جورجيا عاصمتها ايش | GE+US-GA
shared-name | اليكسا جورجيا اللي في القوقاز عاصمتها | GE
shared-name | اليكسا جورجيا الامريكية عاصمتها وش | US-GA
shared-name | اليكسا عاصمة ولاية جورجيا مو الدولة | US-GA
shared-name | اليكسا عاصمة الكونغو شنهي | CD+CG
shared-name | اليكسا الكونغو عاصمتها وش | CD+CG
shared-name | اليكسا عاصمة الكونجو يا خوي | CD+CG
shared-name | اليكسا الكونغو الديمقراطية عاصمتها ايش | CD
shared-name | اليكسا عاصمة الكونغو الثانية اللي مو الديمقراطية | CG
shared-name | اليكسا عاصمة كوريا شو | KP+KR
shared-name | اليكسا عواصم الكوريتين | KP+KR
shared-name | اليكسا كوريا الشمالية والجنوبية وش عواصمهم | KP+KR
shared-name | اليكسا عاصمة كوريا اللي فيها سامسونج | KR
shared-name | اليكسا جزر العذراء عاصمتها وش | VG+VI
shared-name | اليكسا عاصمة جزر فيرجن يا اخت | VG+VI
shared-name | اليكسا عاصمة جزر فيرجن البريطانية | VG
shared-name | اليكسا جزر العذراء الامريكية وش عاصمتها | VI
shared-name | اليكسا عاصمة دومينيكا وجمهورية الدومينيكان | DM+DO
shared-name | اليكسا عواصم الدومينيكان ودومينيكا | DM+DO
shared-name | اليكسا عاصمة دومينيكا الجزيرة الصغيرة مو الدومينيكان | DM
shared-name | اليكسا عاصمة ولاية واشنطن اللي على الساحل الغربي | US-WA
shared-name | اليكسا عاصمة المكسيك الدولة مو الولاية | MX
shared-name | اليكسا عاصمة ولاية المكسيك اللي جنب مكسيكو سيتي | MX-MEX
shared-name | اليكسا عاصمة فيكتوريا الولاية الاسترالية | AU-VIC
shared-name | اليكسا عاصمة نيويورك الولاية مو المدينة | US-NY
shared-name | اليكسا عاصمة ساموا الامريكية مو ساموا الدولة | AS
shared-name | اليكسا عاصمة غينيا بس غينيا بدون شي | GN
shared-name | اليكسا عاصمة سان مارتن الفرنسية | MF
shared-name | اليكسا عاصمة سانت مارتن الهولندية | SX
shared-name | اليكسا عاصمة لوكسمبورغ الدولة | LU

# Old names
old-name | اليكسا عاصمة {} زمان اللي تغير اسمها | بورما=MM; سيام=TH; سيلان=LK
old-name | اليكسا وش عاصمة {} اللي صار اسمها شي ثاني | زائير=CD; داهومي=BJ; فولتا العليا=BF
old-name | اليكسا ابوي يسميها {} وش عاصمتها الحين | روديسيا=ZW; الحبشة=ET; بلاد فارس=IR
old-name | اليكسا عاصمة {} بالاسم القديم | سوازيلاند=SZ; كمبوتشيا=KH; ساحل الذهب=GH
old-name | اليكسا {} هذا اسمها القديم وش عاصمتها | تنجانيقا=TZ; نياسالاند=MW; بيتشوانالاند=BW
old-name | اليكسا عاصمة {} ايام الاستعمار | غويانا البريطانية=GY; هندوراس البريطانية=BZ; السودان الفرنسي=ML
old-name | اليكسا عاصمة {} وش صارت اليوم | باسوتولاند=LS; الكونغو البلجيكي=CD; الصومال الفرنسي=DJ
old-name | اليكسا عاصمة {} قبل ما يتغير الاسم | تيمور البرتغالية=TL; جزر الهند الشرقية الهولندية=ID; اوبانغي شاري=CF
old-name | اليكسا عاصمة {} في كتب جدي | بيلوروسيا=BY; الامارات المتصالحة=AE; عدن=FB

# Out of domain: other questions about countries
out-of-domain | اليكسا كم عدد سكان الصين الحين | FB
out-of-domain | اليكسا وش العملة اللي يستخدمونها في اليابان | FB
out-of-domain | اليكسا وش اللغة الرسمية في البرازيل | FB
out-of-domain | اليكسا وش لون علم كوريا الجنوبية | FB
out-of-domain | اليكسا متى اليوم الوطني الاماراتي | FB
out-of-domain | اليكسا مين رئيس فرنسا هالحين | FB
out-of-domain | اليكسا وش اكبر مدينة في تركيا | FB
out-of-domain | اليكسا كم دولة في قارة افريقيا | FB
out-of-domain | اليكسا كم الساعة في مانيلا الحين | FB
out-of-domain | اليكسا كم ساعة الطيارة من الرياض الى لندن | FB
out-of-domain | اليكسا مفتاح الاتصال حق عمان كم | FB
out-of-domain | اليكسا هل احتاج فيزا لجورجيا | FB
out-of-domain | اليكسا وش اطول نهر في افريقيا | FB
out-of-domain | اليكسا وش النشيد الوطني حق قطر | FB
out-of-domain | اليكسا مين ملك الاردن | FB
out-of-domain | اليكسا كم سعر الدولار مقابل الريال اليوم | FB
out-of-domain | اليكسا كم يساوي الدرهم الاماراتي بالريال | FB
out-of-domain | اليكسا حول لي مية ريال لبيزو فلبيني | FB
out-of-domain | اليكسا وش الفرق بالتوقيت بين الرياض ومسقط | FB
out-of-domain | اليكسا وين تقع جزر القمر على الخريطة | FB
out-of-domain | اليكسا وش الدول اللي تحد السعودية | FB
out-of-domain | اليكسا كم عدد سكان الرياض | FB
out-of-domain | اليكسا شو الطبق الشعبي في اليونان | FB
out-of-domain | اليكسا وش ديانة اغلب سكان اندونيسيا | FB
out-of-domain | اليكسا كم تبعد ابها عن الباحة | FB
out-of-domain | اليكسا وين اقرب سفارة فلبينية | FB
out-of-domain | اليكسا متى تاسست دولة الكويت | FB
out-of-domain | اليكسا وش عاصمة الثقافة العربية هالسنة | FB
out-of-domain | اليكسا عاصمة الضباب وش هي | FB
out-of-domain | اليكسا اي مدينة يسمونها عاصمة الجنوب | FB
out-of-domain | اليكسا وش يسمون عاصمة الشمال في السعودية | FB
out-of-domain | اليكسا العلا عاصمة التاريخ صح | FB
out-of-domain | اليكسا الاحساء عاصمة النخيل | FB
out-of-domain | اليكسا دبي عاصمة التسوق | FB
# Out of domain: places and states with no capital in the skill's data
out-of-domain | اليكسا عاصمة منطقة تبوك | FB
out-of-domain | اليكسا عاصمة منطقة الجوف وش هي | FB
out-of-domain | اليكسا وش عاصمة منطقة الحدود الشمالية | FB
out-of-domain | اليكسا عاصمة منطقة الباحة | FB
out-of-domain | اليكسا عاصمة منطقة المدينة المنورة | FB
out-of-domain | اليكسا عاصمة امارة الشارقة | FB
out-of-domain | اليكسا عاصمة امارة راس الخيمة | FB
out-of-domain | اليكسا عاصمة محافظة ظفار | FB
out-of-domain | اليكسا عاصمة محافظة مسندم | FB
out-of-domain | اليكسا عاصمة ولاية البريمي | FB
out-of-domain | اليكسا عاصمة الصعيد | FB
out-of-domain | اليكسا عاصمة اقليم كردستان | FB
out-of-domain | اليكسا عاصمة اقليم الباسك | FB
out-of-domain | اليكسا عاصمة جزيرة سردينيا | FB
out-of-domain | اليكسا عاصمة كشمير الباكستانية | FB
out-of-domain | اليكسا عاصمة البنجاب الباكستانية | FB
out-of-domain | اليكسا عاصمة اقليم السند | FB
out-of-domain | اليكسا عاصمة ولاية صباح الماليزية | FB
out-of-domain | اليكسا عاصمة اقليم الاندلس في اسبانيا | FB
out-of-domain | اليكسا عاصمة منطقة البلقان | FB
out-of-domain | اليكسا عاصمة شمال افريقيا | FB
out-of-domain | اليكسا عاصمة الاتحاد الاوروبي | FB
out-of-domain | اليكسا عاصمة مجلس التعاون الخليجي | FB
out-of-domain | اليكسا عاصمة دولة الانباط | FB
out-of-domain | اليكسا عاصمة مملكة لحيان | FB
out-of-domain | اليكسا عاصمة مملكة كندة | FB
out-of-domain | اليكسا عاصمة الدولة السلجوقية | FB
out-of-domain | اليكسا عاصمة دولة المماليك | FB
out-of-domain | اليكسا عاصمة الخلافة في الاندلس | FB
out-of-domain | اليكسا عاصمة امبراطورية مالي القديمة | FB
out-of-domain | اليكسا عاصمة المغول ايام جنكيز خان | FB
out-of-domain | اليكسا عاصمة الدولة السعودية الاولى | FB
out-of-domain | اليكسا عاصمة سلطنة زنجبار | FB
out-of-domain | اليكسا عاصمة غوثام سيتي | FB
out-of-domain | اليكسا عاصمة كوكب كريبتون | FB
out-of-domain | اليكسا عاصمة كوكب اراكيس | FB
out-of-domain | اليكسا عاصمة ويستروس | FB
out-of-domain | اليكسا عاصمة زوتوبيا | FB
out-of-domain | اليكسا عاصمة باندورا في افاتار | FB
out-of-domain | اليكسا عاصمة مملكة الثلج في فروزن | FB
out-of-domain | اليكسا عاصمة بلاد العجائب | FB
out-of-domain | اليكسا عاصمة المريخ لو سكنوه | FB
out-of-domain | اليكسا عاصمة فورت نايت | FB
# Out of domain: "capital" in other senses
out-of-domain | اليكسا كم راس المال اللي احتاجه لمقهى صغير | FB
out-of-domain | اليكسا وش يعني راس المال العامل | FB
out-of-domain | اليكسا راس مال الصرافة كم لازم يكون | FB
out-of-domain | اليكسا كيف اكتب حرف كابيتال في الكيبورد | FB
out-of-domain | اليكسا وش معنى كابيتال بالعربي | FB
out-of-domain | اليكسا ترجمي كلمة عاصمة للانجليزي | FB
out-of-domain | اليكسا شغلي فيلم عاصمة الخوف | FB
out-of-domain | اليكسا شغلي مسلسل العاصمة | FB
out-of-domain | اليكسا وين مطعم العاصمة اللي في العليا | FB
out-of-domain | اليكسا ارقام شركة العاصمة للنقل | FB
out-of-domain | اليكسا متى يفتح معرض العاصمة للكتاب | FB
out-of-domain | اليكسا وش اخبار امانة العاصمة المقدسة | FB
out-of-domain | اليكسا مباراة نادي العاصمة متى | FB
out-of-domain | اليكسا سهم كابيتال بنك كم سعره | FB
out-of-domain | اليكسا عاصمة | FB
out-of-domain | اليكسا وش العاصمة | FB
out-of-domain | اليكسا عاصمة ايش | FB
out-of-domain | اليكسا ابي عاصمة اي دولة على كيفك | FB
out-of-domain | اليكسا اسالني عن عاصمة | FB
out-of-domain | اليكسا كم عاصمة في العالم | FB
out-of-domain | اليكسا وش اقدم عاصمة في التاريخ | FB
out-of-domain | اليكسا كم كيلو بين الرياض وجدة | FB
out-of-domain | اليكسا العاصمة الادارية الجديدة في مصر متى تفتح | FB
# Out of domain: other things people ask an Echo
out-of-domain | اليكسا شغلي اغنية لميحد حمد | FB
out-of-domain | اليكسا شغلي شيلة حماسية | FB
out-of-domain | اليكسا شغلي سورة الملك | FB
out-of-domain | اليكسا شغلي اذاعة القران الكريم | FB
out-of-domain | اليكسا شغلي اغاني ام كلثوم | FB
out-of-domain | اليكسا علي الصوت شوي | FB
out-of-domain | اليكسا كم باقي على اذان المغرب | FB
out-of-domain | اليكسا متى صلاة العصر في الهفوف | FB
out-of-domain | اليكسا الجو بكرة في ابها | FB
out-of-domain | اليكسا فيه مطر اليوم في حائل | FB
out-of-domain | اليكسا الطقس في الدوحة نهاية الاسبوع | FB
out-of-domain | اليكسا فيه غبار بكرة في الرياض | FB
out-of-domain | اليكسا صحيني الساعة خمس الفجر | FB
out-of-domain | اليكسا حطي منبه بعد نص ساعة | FB
out-of-domain | اليكسا مؤقت عشر دقايق للرز | FB
out-of-domain | اليكسا ذكريني اطلع الكيكة من الفرن | FB
out-of-domain | اليكسا ضيفي طماطم لقائمة المشتريات | FB
out-of-domain | اليكسا شغلي المكيف | FB
out-of-domain | اليكسا طفي نور المجلس | FB
out-of-domain | اليكسا اتصلي على ام فهد | FB
out-of-domain | اليكسا نتيجة مباراة الهلال والنصر | FB
out-of-domain | اليكسا متى مباراة المنتخب الجاية | FB
out-of-domain | اليكسا احكي قصة للعيال قبل النوم | FB
out-of-domain | اليكسا كم تاريخ اليوم بالهجري | FB
out-of-domain | اليكسا متى رمضان الجاي | FB
out-of-domain | اليكسا كم سعر الذهب اليوم | FB
out-of-domain | اليكسا وش افضل وقت لتلقيح النخل | FB
out-of-domain | اليكسا كيف اسوي مطازيز | FB
out-of-domain | اليكسا طريقة عمل المجبوس | FB
out-of-domain | اليكسا كم سعرة في التمر الخلاص | FB
out-of-domain | اليكسا وش قوانين البلوت | FB
out-of-domain | اليكسا سجلي لنا النشرة لهم تسعين ولنا مية | FB
out-of-domain | اليكسا مين اول واحد فاز بالمليون في البرنامج | FB
out-of-domain | اليكسا اعطيني سؤال عن الفضاء للطالبات | FB
out-of-domain | اليكسا احجزي لي كابتن للمطار | FB
out-of-domain | اليكسا كم الزحمة في طريق الملك فهد الحين | FB
out-of-domain | اليكسا وين اقرب محطة بنزين | FB
out-of-domain | اليكسا كيف اطلع تاشيرة زيارة عائلية | FB
out-of-domain | اليكسا دوام السفارة الفلبينية متى يبدا | FB
out-of-domain | اليكسا تنظيف الشاليه متى موعده | FB
out-of-domain | اليكسا وش احسن مطعم في العلا | FB
out-of-domain | اليكسا كم سعر تذكرة الحجر | FB
out-of-domain | اليكسا شو اسمك انتي | FB
out-of-domain | اليكسا تحبيني | FB
out-of-domain | اليكسا اي ام سو بورد | FB
out-of-domain | اليكسا برو شغلي سبوتيفاي | FB
out-of-domain | اليكسا ابديت الجهاز كيف اسويه | FB
out-of-domain | اليكسا وصلي البلوتوث بجوالي | FB
out-of-domain | اليكسا كيف اقول شكرا بالتاغالوغ | FB
out-of-domain | اليكسا جولي نكتة صعيدي | FB
out-of-domain | اليكسا الجو حر جوي دلوك | FB
out-of-domain | اليكسا شنو الفرق بين الخلاص والرزيز | FB

# Help
help | اليكسا شو اقدر اسال في ذي اللعبة | HELP
help | اليكسا كيف استخدمها ذي العواصم | HELP
help | اليكسا ما فهمت وش المطلوب مني | HELP
help | اليكسا علميني كيف اسالك عن عاصمة | HELP
help | اليكسا شو اقول عسب تعطيني العاصمة | HELP
help | اليكسا كيف تشتغلين انتي | HELP
help | اليكسا وش الاوامر اللي تفهمينها | HELP
help | اليكسا اعطيني مثال على سؤال | HELP
help | اليكسا انا ضايع ساعديني | HELP
help | اليكسا هيلب بليز | HELP
help | اليكسا ابي مساعدة في هذي المهارة | HELP
help | اليكسا ايش المطلوب اقول يا خوي | HELP
help | اليكسا وش تقدرين تسوين | HELP
help | اليكسا شنو اسوي الحين | HELP
help | اليكسا ويش اقول لج عشان تفهمين | HELP
help | اليكسا جولي اعمل ايه | HELP
help | اليكسا انا مش فاهم حاجة ساعديني | HELP
help | اليكسا من فضلك انا ما يعرف كيف اسال | HELP
help | اليكسا ممكن تشرحين لي كيف العبها | HELP
help | اليكسا اشرحي للطالبات طريقة الاسئلة | HELP
help | اليكسا قولي لعبودي كيف يسالك | HELP
help | اليكسا يالشباب ما نعرف نلعبها وش نسوي | HELP
help | اليكسا الوالد ما عرف يستخدمها علميه | HELP
help | اليكسا برو كيف تشتغل ذي | HELP
help | اليكسا وش الخيارات عندي | HELP
help | اليكسا ما عرفت اكمل ساعديني | HELP
help | اليكسا تعليمات اللعبة | HELP
help | اليكسا طريقة الاستخدام لو سمحتي | HELP
help | اليكسا ايش اقدر اسوي بعواصم العالم | HELP
help | اليكسا هل تعرفين الولايات بعد ولا الدول بس | HELP
help | اليكسا وش الاشياء اللي تعرفينها عن العواصم | HELP
help | اليكسا ما عرفت وش اسال يبه ساعديني | HELP
help | اليكسا عاد علميني بغيت اعرف كيف | HELP
help | اليكسا ساعدي يدتي ما تعرف تسال | HELP
help | اليكسا محتاج مساعدة يا بت | HELP
help | اليكسا الضيف يبي يعرف كيف يستخدمك | HELP
help | اليكسا وش اقول بالضبط عشان يطلع الجواب | HELP
help | اليكسا قوليلي الطريقة مرة ثانية | HELP
help | اليكسا ما زبطت معي ساعديني | HELP
help | اليكسا انا جديد هنا كيف ابدا | HELP
help | اليكسا لايك كيف اسالك عن دولة | HELP
help | اليكسا هلبيني شوي | HELP
help | اليكسا وش الطريقة يا اليكسا ما فهمت عليك | HELP
help | اليكسا ساعدني في السؤال من فضلك | HELP

# Stop
stop | اليكسا وقفي خلاص | STOP
stop | اليكسا بس خلاص يكفي | STOP
stop | اليكسا اسكتي الحين | STOP
stop | اليكسا سكري اللعبة | STOP
stop | اليكسا قفلي العواصم | STOP
stop | اليكسا اطفي نفسك | STOP
stop | اليكسا خلصنا مع السلامة | STOP
stop | اليكسا باي باي | STOP
stop | اليكسا يكفي كذا اليوم | STOP
stop | اليكسا اطلعي من اللعبة | STOP
stop | اليكسا انهي المهارة | STOP
stop | اليكسا وقف يا خوي | STOP
stop | اليكسا بس جذي خلاص | STOP
stop | اليكسا بس عاد | STOP
stop | اليكسا خلاص يبه كفاية | STOP
stop | اليكسا كفاية كده | STOP
stop | اليكسا بطلي يا بت | STOP
stop | اليكسا اسكتي الضيوف وصلوا | STOP
stop | اليكسا خلاص وصلنا اسكتي | STOP
stop | اليكسا الحصة خلصت وقفي | STOP
stop | اليكسا يلا باي | STOP
stop | اليكسا اوكي ستوب | STOP
stop | اليكسا ستوب برو | STOP
stop | اليكسا وقفي يالغالية | STOP
stop | اليكسا خلاص بغيت انام وقفي | STOP
stop | اليكسا هدي شوي وسكري | STOP
stop | اليكسا قفلي البرنامج | STOP
stop | اليكسا توقفي من فضلك | STOP
stop | اليكسا اخرجي من عواصم العالم | STOP
stop | اليكسا سكري عواصم العالم | STOP
stop | اليكسا خلاص انتهينا | STOP
stop | اليكسا لا تكملين خلاص | STOP
stop | اليكسا بس لين هنا | STOP
stop | اليكسا تصبحين على خير وقفي | STOP
stop | اليكسا خلاص عاد سكتي | STOP
stop | اليكسا وقفي الورق جاهز | STOP
stop | اليكسا انا اشتغل الحين اسكتي | STOP
stop | اليكسا القدر فار وقفي | STOP
stop | اليكسا يكفي يا اليكسا | STOP
stop | اليكسا وقفي اللعب | STOP
stop | اليكسا اطفي العواصم | STOP
stop | اليكسا خلاص تعبنا | STOP
stop | اليكسا انتهت المسابقة وقفي | STOP
stop | اليكسا ستوب من فضلك | STOP

# Cancel
cancel | اليكسا الغي | CANCEL
cancel | اليكسا لا خلاص ما ابي | CANCEL
cancel | اليكسا انسي السؤال | CANCEL
cancel | اليكسا لا لا غلط الغي | CANCEL
cancel | اليكسا كنسلي | CANCEL
cancel | اليكسا الغاء الطلب | CANCEL
cancel | اليكسا ما ابي اعرف خلاص | CANCEL
cancel | اليكسا تراجعي عن السؤال | CANCEL
cancel | اليكسا لا ما بغيت | CANCEL
cancel | اليكسا خلاص مب لازم | CANCEL
cancel | اليكسا الغيه ما ابيه | CANCEL
cancel | اليكسا كانسل برو | CANCEL
cancel | اليكسا انسيها | CANCEL
cancel | اليكسا لا ما نبي | CANCEL
cancel | اليكسا مش عاوز خلاص | CANCEL
cancel | اليكسا لا لا الغي يا بت | CANCEL
cancel | اليكسا الغي اللي قلته | CANCEL
cancel | اليكسا لا ما يحتاج يالغالية | CANCEL
cancel | اليكسا سوري الغي من فضلك | CANCEL
cancel | اليكسا لا انا غلطان الغي | CANCEL
cancel | اليكسا ما ابي هذا السؤال | CANCEL
cancel | اليكسا خليه خليه | CANCEL
cancel | اليكسا ولا شي انسي | CANCEL
cancel | اليكسا عاد ما ابي شي | CANCEL
cancel | اليكسا لا شكرا ما ابي | CANCEL
cancel | اليكسا ما ودي خلاص | CANCEL
cancel | اليكسا بطلت ما ابي اسال | CANCEL
cancel | اليكسا الراكب قال ما يبي الغي | CANCEL
cancel | اليكسا العميل راح الغي | CANCEL
cancel | اليكسا الغي السؤال الطالبات عرفوه | CANCEL
cancel | اليكسا الغي يا خوي | CANCEL
cancel | اليكسا تجاهلي اخر سؤال | CANCEL
cancel | اليكسا لا تجاوبين الغي | CANCEL
cancel | اليكسا انسي اللي قلته قبل شوي | CANCEL
cancel | اليكسا لا ابي شي ثاني الغي هذا | CANCEL
cancel | اليكسا كنسل الطلب | CANCEL
cancel | اليكسا ارجعي ما ابي | CANCEL
cancel | اليكسا الغي جي | CANCEL
cancel | اليكسا اوكي انسي اللي قلته | CANCEL
cancel | اليكسا لا لا مو هذا | CANCEL
cancel | اليكسا شطبي السؤال | CANCEL
cancel | اليكسا الغي العملية | CANCEL
cancel | اليكسا خلاص ما نبيه عرفناه | CANCEL
cancel | اليكسا لا تقولين شي الغي | CANCEL

# Launch by the invocation name
launch | اليكسا افتحي عواصم العالم | LAUNCH
launch | اليكسا ابا عواصم العالم | LAUNCH
launch | اليكسا يلا نلعب عواصم العالم | LAUNCH
launch | اليكسا افتحي لي مهارة عواصم العالم | LAUNCH
launch | اليكسا خلينا نلعب عواصم العالم | LAUNCH
launch | اليكسا فتحي لعبة عواصم العالم | LAUNCH
launch | اليكسا اسالي عواصم العالم | LAUNCH
launch | اليكسا شغل عواصم العالم | LAUNCH
launch | اليكسا ابغى عواصم العالم | LAUNCH
launch | اليكسا جيبي عواصم العالم | LAUNCH
launch | اليكسا تكفين افتحي عواصم العالم | LAUNCH
launch | اليكسا نبي نلعب عواصم العالم مع العيال | LAUNCH
launch | اليكسا اوبن عواصم العالم | LAUNCH
launch | اليكسا شغلي برنامج عواصم العالم للطالبات | LAUNCH
launch | اليكسا ممكن تفتحين عواصم العالم | LAUNCH
launch | اليكسا افتح عواصم العالم من فضلك | LAUNCH
launch | اليكسا يالله عواصم العالم | LAUNCH
launch | اليكسا دخلي عواصم العالم | LAUNCH
launch | اليكسا افتحي مسابقة عواصم العالم | LAUNCH
launch | اليكسا عاد افتحي عواصم العالم | LAUNCH
launch | اليكسا بغيت عواصم العالم | LAUNCH
launch | اليكسا شغلي لي عواصم العالم بسرعة | LAUNCH
launch | اليكسا ابدئي عواصم العالم من جديد | LAUNCH
launch | اليكسا رجعي عواصم العالم | LAUNCH
launch | اليكسا جولي افتحي عواصم العالم | LAUNCH
launch | اليكسا شنو تنتظرين افتحي عواصم العالم | LAUNCH
launch | اليكسا ويش رايج نلعب عواصم العالم | LAUNCH
launch | اليكسا الطالبات جاهزات شغلي عواصم العالم | LAUNCH
launch | اليكسا ستارت عواصم العالم | LAUNCH
launch | اليكسا ابي العب عواصم العالم يالربع | LAUNCH

"""


if __name__ == "__main__":
    build_round(43, "ar", LINES, sys.argv, "tests/Eval/ar/round43/source/build_corpus.py")
