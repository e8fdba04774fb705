"""Round-44 Arabic evaluation corpus (locale ar-SA), a new author's own mix, written blind at the start of the
fiftieth session (brief WRITER56.md). Every line was written by hand as one utterance said to an Echo in Saudi Arabia,
transcribed as ASR gives it (Arabic letters, no diacritics or punctuation, single spaces). Speakers, chosen apart from
round 43's (Emirati, Omani and Qatari families, Abha and al-Baha families, Ha'il and al-Jouf farmers, al-Ahsa date
farmers, Saidi workers, ride-hailing captains, exchange-shop clerks, Filipino nurses, AlUla hotel staff, baloot
players, quiz-show watchers, geography teachers, homeschooling mothers, Diplomatic Quarter drivers, code-switching
cafe friends, returned scholarship students, home cooks) and the groups of rounds 42, 41 and 40 it lists (Sudanese,
Yemeni, Syrian, Lebanese, Egyptian, Kuwaiti, Bahraini, Iraqi, Maghrebi, Jordanian and Palestinian families, Hajj
guides, Dhahran engineers, crossword solvers, Qassim grandparents, household helpers in Gulf pidgin, football fans,
young children, coin collectors, cabin crew, Hijazi families, falconers, teenage gamers, Madinah students, Western
learners, truck drivers, a travel agency):
- families of Najran: a grandfather, guests at the majlis, the citrus farms (`وش`، `وشي`، `هيه`، `يا ولد`، `خوالي`),
- fishermen and boat owners of Farasan and al-Qunfudhah (`الصنبوق`، `الشباك`، `يا رجال`، `البحارة`),
- Mauritanian students at the Islamic University in Madinah, in Hassaniya-coloured speech (`اشنهي`، `اشنهو`، `يا الاخ`، `نتناقشو`),
- Somali families in Jeddah speaking Arabic as a second language (`ايش هو عاصمة حق`، `كم هو`),
- Turkish expatriates learning Arabic at a language centre, with learner forms (`عاصمة من`، `انا اريد اعرف`، `العاصمة لبلد`),
- Malayali pharmacy and grocery staff in Dammam mixing Arabic and English (`كابيتال اوف`، `بليز`، `مافي معلوم`، `ون كوستشن`),
- parcel couriers reading international shipping labels (`الشحنة`، `البوليصة`، `الطرد`، `المستودع`),
- customs and passport officers on the King Fahd Causeway (`الجواز`، `المسافر`، `الجسر`، `الدورية`),
- amateur radio operators in Dammam and Khobar logging night contacts (`المحطة`، `الهوائي`، `النداء`، `البطاقة`),
- university students preparing a Model United Nations conference (`المندوب`، `الوفد`، `ورقة الموقف`، `الجلسة العامة`),
- students preparing for the Qudrat and Tahsili exams (`التحصيلي`، `التجميعات`، `المعلم الخصوصي`),
- scouts at a winter camp in al-Thumamah (`القائد`، `الطليعة`، `المخيم`),
- families settling arguments from their WhatsApp group (`القروب`، `يتهاوشون`، `راهن`),
- kindergarten teachers preparing a children-of-the-world day (`يوم الشعوب`، `الروضة`، `يا حبايبي`),
- visually impaired users who do everything on the Echo by voice (`اقرا لي`، `عيد لي`، `الكتاب المسموع`),
- hosts recording a travel podcast in Jeddah (`على الهوا`، `الضيف`، `التسجيل`),
- families planning the summer holiday (`الحجز`، `التذاكر`، `الرحلة`),
- night-shift security guards at a Riyadh mall (`الدوام`، `الزميل`، `الملل`),
- children at international schools in Riyadh switching between English and Arabic (`وات از ذا كابيتال اوف`، `تيتشر`، `هوم ورك`، `سو`).
Situations: work (the sea, a pharmacy, a courier van, the causeway, a radio shack, a mall at night, a podcast studio),
school (Model UN, exam preparation, kindergarten, an international school, a university dormitory), games (a scout
camp quiz, a bet between cousins) and home (the majlis, a family group chat, holiday planning, a blind user's Echo).
Follow-ups, yes/no checks with right and wrong guesses, self-corrections, reverse questions (countries, US states and
Canadian provinces from their capitals), shared names bare and told apart, plurals of every several-capital country
and Palestine, official, everyday and old names, subdivisions and territories, launches through the skill's name
`عواصم العالم`, help, stop and cancel, and fallback lines (Echo requests, other questions about countries, Saudi
regions, regions of other countries, historical states, fictional lands, "capital" as money, a letter, a name, a bank
or a film). Brief WRITER56.md.
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
# Families of Najran: a grandfather, guests at the majlis, the citrus farms
najran-families | اليكسا وش هي عاصمة {} يا ولد | اليمن=YE; سلطنة عمان=OM; البحرين=BH
najran-families | اليكسا ابوي يبغى يعرف عاصمة {} وش هي | الكويت=KW; الامارات=AE; قطر=QA
najran-families | اليكسا ضيوفنا من {} وش عاصمة بلادهم | السودان=SD; مصر=EG; الاردن=JO
najran-families | اليكسا هيه وش عاصمة {} | العراق=IQ; سوريا=SY; لبنان=LB
najran-families | اليكسا عاصمة {} وشي | ليبيا=LY; تونس=TN; الجزائر=DZ
najran-families | اليكسا وانا في المزرعة تذكرت وش عاصمة {} | المغرب=MA; موريتانيا=MR; الصومال=SO
najran-families | اليكسا يا بنت قولي لنا عاصمة {} | ايران=IR; تركيا=TR; باكستان=PK
najran-families | اليكسا خوالي يسالون عن عاصمة {} | افغانستان=AF; السعودية=SA; فلسطين=PS

# Fishermen and boat owners of Farasan and al-Qunfudhah
farasan-fishermen | اليكسا يا رجال وش عاصمة {} | ارتيريا=ER; جيبوتي=DJ; الحبشة=ET
farasan-fishermen | اليكسا الصنبوق اللي جانا من {} وش عاصمة بلدهم | سريلانكا=LK; بنغلاديش=BD; الهند=IN
farasan-fishermen | اليكسا البحارة من {} وين عاصمتهم | اندونيسيا=ID; الفلبين=PH; ميانمار=MM
farasan-fishermen | اليكسا واحنا نرمي الشباك قول لي عاصمة {} | جزر المالديف=MV; سيشل=SC; موريشيوس=MU
farasan-fishermen | اليكسا وش اسم عاصمة {} اللي نصيد قريب منها | جزر القمر=KM; مدغشقر=MG; كينيا=KE
farasan-fishermen | اليكسا السمك المجمد جاي من {} وش عاصمتها | فيتنام=VN; تايلاند=TH; النرويج=NO

# Mauritanian students at the Islamic University in Madinah, in Hassaniya-coloured speech
mauritanian-students | اليكسا اشنهي عاصمة {} | السنغال=SN; مالي=ML; غامبيا=GM
mauritanian-students | اليكسا يا الاخ اعطيني عاصمة {} | غينيا=GN; غينيا بيساو=GW; الراس الاخضر=CV
mauritanian-students | اليكسا صاحبي ذاك من {} اشنهو عاصمتهم | النيجر=NE; بوركينا فاسو=BF; تشاد=TD
mauritanian-students | اليكسا نبغي نعرف عاصمة {} الحين | سيراليون=SL; ليبيريا=LR; ساحل العاج=CI
mauritanian-students | اليكسا في السكن نتناقشو عن عاصمة {} | غانا=GH; توغو=TG; نيجيريا=NG
mauritanian-students | اليكسا ماهي عاصمة {} اللي جاي منها الشيخ | الكاميرون=CM; الغابون=GA; افريقيا الوسطى=CF

# Somali families in Jeddah, Arabic as a second language at home
somali-families | اليكسا ايش هو عاصمة حق {} | الصومال=SO; اثيوبيا=ET; كينيا=KE
somali-families | اليكسا عمي يسكن في {} ايش العاصمة هناك | اوغندا=UG; تنزانيا=TZ; رواندا=RW
somali-families | اليكسا بنتي تسال عاصمة {} كم هو | بوروندي=BI; جنوب السودان=SS; موزمبيق=MZ
somali-families | اليكسا قول لنا عاصمة {} يا اليكسا | زامبيا=ZM; مالاوي=MW; زيمبابوي=ZW
somali-families | اليكسا اخوي راح {} للشغل ايش عاصمته | بريطانيا=GB; السويد=SE; فنلندا=FI

# Turkish expatriates in Riyadh learning Arabic at a language centre
turkish-learners | اليكسا من فضلك ما هي عاصمة دولة {} | اذربيجان=AZ; دولة جورجيا=GE; ارمينيا=AM
turkish-learners | اليكسا عاصمة من {} ماذا | قبرص=CY; اليونان=GR; بلغاريا=BG
turkish-learners | اليكسا انا اريد اعرف عاصمة {} | كازاخستان=KZ; اوزبكستان=UZ; قيرغيزستان=KG
turkish-learners | اليكسا المعلم قال عاصمة {} ما هي | تركمانستان=TM; طاجيكستان=TJ; منغوليا=MN
turkish-learners | اليكسا ما هي العاصمة لبلد {} | المانيا=DE; النمسا=AT; هولندا=NL
turkish-learners | اليكسا ارجو ان تقول عاصمة {} ببطء | البوسنة والهرسك=BA; كوسوفو=XK; البانيا=AL

# Malayali pharmacy and grocery staff in Dammam mixing Arabic, English and Malayalam habits
malayali-pharmacy-staff | اليكسا كابيتال اوف {} ايش | كيرلا=IN-KL; تامل نادو=IN-TN; غوا=IN-GA
malayali-pharmacy-staff | اليكسا بليز عاصمة {} قول | الهند=IN; نيبال=NP; بوتان=BT
malayali-pharmacy-staff | اليكسا صديق فيه {} عاصمة ايش اسم | سنغافورة=SG; ماليزيا=MY; بروناي=BN
malayali-pharmacy-staff | اليكسا الدوا هذا جاي من {} ايش عاصمة | كمبوديا=KH; لاوس=LA; تيمور الشرقية=TL
malayali-pharmacy-staff | اليكسا مافي معلوم عاصمة {} انت قول | كرناتكا=IN-KA; ماهاراشترا=IN-MH; البنجاب الهندي=IN-PB
malayali-pharmacy-staff | اليكسا اوكي ون كوستشن عاصمة {} | سريلانكا=LK; جزر المالديف=MV; بنغلادش=BD

# Parcel couriers in Riyadh reading international shipping labels
courier-drivers | اليكسا الشحنة رايحة {} وش عاصمتها | كندا=CA; امريكا=US; المكسيك=MX
courier-drivers | اليكسا البوليصة مكتوب فيها {} وش العاصمة | البرازيل=BR; الارجنتين=AR; تشيلي=CL
courier-drivers | اليكسا عندي طرد من {} قول لي عاصمتها | كولومبيا=CO; البيرو=PE; الاكوادور=EC
courier-drivers | اليكسا العميل يقول الطرد لازم يوصل عاصمة {} وش اسمها | فنزويلا=VE; باراغواي=PY; الاوروغواي=UY
courier-drivers | اليكسا المستودع يسالني عاصمة {} | بولندا=PL; التشيك=CZ; سلوفاكيا=SK
courier-drivers | اليكسا شحنة دولية الى {} وين عاصمتها | هنغاريا=HU; رومانيا=RO; سلوفينيا=SI

# Customs and passport officers on the King Fahd Causeway, between cars
causeway-officers | اليكسا الجواز هذا من {} وش عاصمتها | استونيا=EE; لاتفيا=LV; ليتوانيا=LT
causeway-officers | اليكسا المسافر من {} ابي اتاكد من عاصمة بلده | كرواتيا=HR; صربيا=RS; الجبل الاسود=ME
causeway-officers | اليكسا راكب معاه جواز {} وش عاصمتهم | مقدونيا الشمالية=MK; مولدوفا=MD; بيلاروسيا=BY
causeway-officers | اليكسا في الجسر واحد من {} سالني عن عاصمة بلده وانا نسيت | اوكرانيا=UA; روسيا=RU; ايسلندا=IS
causeway-officers | اليكسا الدورية تسال عاصمة {} كم | ايرلندا=IE; الدنمارك=DK; بلجيكا=BE

# Amateur radio operators in Dammam and Khobar logging contacts at night
ham-radio-operators | اليكسا كلمت محطة في {} الليلة وش عاصمتها | فيجي=FJ; ساموا=WS; تونغا=TO
ham-radio-operators | اليكسا الاتصال اللاسلكي وصل {} قول لي عاصمتها | فانواتو=VU; جزر سليمان=SB; بابوا غينيا الجديدة=PG
ham-radio-operators | اليكسا سجلت نداء من {} ابي اكتب العاصمة | كيريباتي=KI; توفالو=TV; ناورو=NR
ham-radio-operators | اليكسا الهوائي التقط {} وش عاصمة هالبلد | جزر مارشال=MH; ميكرونيزيا=FM; بالاو=PW
ham-radio-operators | اليكسا محطة من {} ردت علي وش عاصمتها | نيوزيلندا=NZ; اليابان=JP; كوريا الجنوبية=KR
ham-radio-operators | اليكسا البطاقة وصلت من {} ايش عاصمتها بالضبط | كوريا الشمالية=KP; الصين=CN; تايوان=TW

# University students in Dammam preparing a Model United Nations conference
model-un-students | اليكسا انا مندوب {} في المحاكاة وش عاصمتها | جامايكا=JM; هايتي=HT; كوبا=CU
model-un-students | اليكسا وفدنا يمثل {} نبي العاصمة للكلمة | الدومينيكان=DO; دومينيكا=DM; باربادوس=BB
model-un-students | اليكسا الرئيسة تسالني عن عاصمة {} وانا مندوبها | جزر البهاما=BS; ترينيداد وتوباغو=TT; غرينادا=GD
model-un-students | اليكسا في الجلسة العامة احتاج عاصمة {} | سانت لوسيا=LC; سانت فينسنت والغرينادين=VC; سانت كيتس ونيفيس=KN
model-un-students | اليكسا ورقة الموقف حقت {} ناقصها العاصمة | انتيغوا وباربودا=AG; بليز=BZ; غيانا=GY
model-un-students | اليكسا القرار من {} نبي نكتب عاصمتها | سورينام=SR; غواتيمالا=GT; هندوراس=HN

# Students preparing for the Qudrat and Tahsili exams with a tutor
qudrat-prep-students | اليكسا سؤال في التحصيلي عن عاصمة {} | السلفادور=SV; نيكاراغوا=NI; كوستاريكا=CR
qudrat-prep-students | اليكسا المعلم الخصوصي يقول احفظ عاصمة {} | بنما=PA; بوليفيا=BO; اسبانيا=ES
qudrat-prep-students | اليكسا قبل الاختبار ذكريني بعاصمة {} | البرتغال=PT; ايطاليا=IT; فرنسا=FR
qudrat-prep-students | اليكسا في التجميعات جا سؤال عاصمة {} | سويسرا=CH; لوكسمبورغ=LU; ليختنشتاين=LI
qudrat-prep-students | اليكسا ابغى اراجع عاصمة {} قبل النوم | مالطا=MT; موناكو=MC; اندورا=AD
qudrat-prep-students | اليكسا الحل يقول عاصمة {} وانا مو متاكد وش هي | سان مارينو=SM; الفاتيكان=VA; اسرائيل=IL

# Scouts at a winter camp in al-Thumamah, quiz round at the fire
scout-camp | اليكسا القائد يسال الطليعة عن عاصمة {} | بوتسوانا=BW; ناميبيا=NA; انغولا=AO
scout-camp | اليكسا مسابقة المخيم وش عاصمة {} | ليسوتو=LS; سوازيلاند=SZ; جنوب افريقيا=ZA
scout-camp | اليكسا عند النار يالشباب وش عاصمة {} | الكونغو الديمقراطية=CD; الكونغو برازافيل=CG; غينيا الاستوائية=GQ
scout-camp | اليكسا الطليعة الثانية تقول تعرف عاصمة {} | ساو تومي وبرينسيب=ST; بنين=BJ; السنغال=SN

# Arguments in the family WhatsApp group settled at home
whatsapp-family-arguments | اليكسا خالتي كتبت في القروب ان عاصمة {} غلط قولي الصح | استراليا=AU; كندا=CA; البرازيل=BR
whatsapp-family-arguments | اليكسا ابي ارسل في قروب العايلة عاصمة {} | نيجيريا=NG; تركيا=TR; باكستان=PK
whatsapp-family-arguments | اليكسا عيالي يتهاوشون على عاصمة {} حلي المشكلة | امريكا=US; الهند=IN; سويسرا=CH
whatsapp-family-arguments | اليكسا ولد عمي راهن على عاصمة {} وش هي | ميانمار=MM; كازاخستان=KZ; تنزانيا=TZ

# Kindergarten teachers preparing a "children of the world" day
kindergarten-teachers | اليكسا يوم الشعوب بكرة وطفلة لابسة زي {} وش عاصمتها | اليابان=JP; المغرب=MA; اندونيسيا=ID
kindergarten-teachers | اليكسا احتاج عاصمة {} للوحة الروضة | مصر=EG; الصين=CN; المكسيك=MX
kindergarten-teachers | اليكسا يا حبايبي اسمعوا اليكسا وش عاصمة {} | فرنسا=FR; روسيا=RU; الاردن=JO

# Visually impaired users who do everything on the Echo by voice
visually-impaired-users | اليكسا اقرا لي عاصمة {} | الجزائر=DZ; العراق=IQ; اليمن=YE
visually-impaired-users | اليكسا ما اقدر اقرا الخريطة وش عاصمة {} | كولومبيا=CO; البيرو=PE; الارجنتين=AR
visually-impaired-users | اليكسا عيد لي عاصمة {} مرة ثانية بصوت واضح | السويد=SE; النرويج=NO; فنلندا=FI
visually-impaired-users | اليكسا الكتاب المسموع ذكر {} وش عاصمتها | كينيا=KE; اثيوبيا=ET; غانا=GH

# Hosts recording a travel podcast in a Jeddah studio
podcast-recording | اليكسا احنا على الهوا في البودكاست وش عاصمة {} | البرتغال=PT; اليونان=GR; النمسا=AT
podcast-recording | اليكسا الضيف زار {} وما يتذكر العاصمة | نيبال=NP; فيتنام=VN; تايلاند=TH
podcast-recording | اليكسا خلنا نتاكد قبل التسجيل عاصمة {} وش | بلجيكا=BE; الدنمارك=DK; ايرلندا=IE

# Families planning the summer holiday at home
summer-holiday-planning | اليكسا ناوين نسافر {} الصيف وش عاصمتها | جورجيا اللي جنب تركيا=GE; اذربيجان=AZ; البوسنة=BA
summer-holiday-planning | اليكسا امي تبي تروح {} وش عاصمتها عشان الحجز | ماليزيا=MY; سريلانكا=LK; المالديف=MV
summer-holiday-planning | اليكسا قبل ما نحجز التذاكر وش عاصمة {} | اسبانيا=ES; ايطاليا=IT; المانيا=DE
summer-holiday-planning | اليكسا الرحلة الجاية الى {} ابي اعرف عاصمتها | بريطانيا العظمى=GB; هولندا=NL; التشيك=CZ

# Night-shift security guards at a Riyadh mall, passing the time
night-shift-guards | اليكسا الدوام طويل الليلة قولي عاصمة {} | الكاميرون=CM; مالي=ML; تشاد=TD
night-shift-guards | اليكسا الزميل من {} يقول اسال عن عاصمتهم | بنغلاديش=BD; الفلبين=PH; الصومال=SO
night-shift-guards | اليكسا من الملل وش عاصمة {} | منغوليا=MN; بوتان=BT; لاوس=LA

# Children at international schools in Riyadh switching between English and Arabic
international-school-kids | اليكسا وات از ذا كابيتال اوف {} | كندا=CA; استراليا=AU; نيوزيلندا=NZ
international-school-kids | اليكسا اوكي سو عاصمة {} وش هي | سنغافورة=SG; كوريا الجنوبية=KR; الصين=CN
international-school-kids | اليكسا تيتشر قالت عاصمة {} وانا نسيت | فيجي=FJ; جامايكا=JM; كوبا=CU
international-school-kids | اليكسا هوم ورك عن {} وش عاصمتها | البرازيل=BR; الارجنتين=AR; تشيلي=CL

# Several-capital countries asked in the plural (and Palestine)
plural-capitals | اليكسا وش هي عواصم {} | جنوب افريقيا=ZA; بوليفيا=BO; ماليزيا=MY
plural-capitals | اليكسا كم عاصمة عند {} وش هي | هولندا=NL; سريلانكا=LK; بنين=BJ
plural-capitals | اليكسا ابي عواصم {} كلها | ساحل العاج=CI; اسواتيني=SZ; فلسطين=PS
plural-capitals | اليكسا يقولون {} لها اكثر من عاصمة وش هي | جنوب افريقيا=ZA; بوليفيا=BO; ساحل العاج=CI
plural-capitals | اليكسا عدد لي عواصم {} | ماليزيا=MY; هولندا=NL; اسواتيني=SZ
plural-capitals | اليكسا يا ولد وش عواصم {} الثنتين | سريلانكا=LK; بنين=BJ; فلسطين=PS
plural-capitals | اليكسا اشنهي عواصم {} | جنوب افريقيا=ZA; سوازيلاند=SZ; كوت ديفوار=CI
plural-capitals | اليكسا ايش هو عواصم حق {} | بوليفيا=BO; ماليزيا=MY; بنين=BJ
plural-capitals | اليكسا المدرس قال {} عندها عاصمتين اذكرهم | هولندا=NL; سريلانكا=LK; فلسطين=PS
plural-capitals | اليكسا العاصمة الادارية والتشريعية والقضائية حق جنوب افريقيا وش هي | ZA
plural-capitals | اليكسا العاصمة الدستورية والادارية لبوليفيا | BO
plural-capitals | اليكسا عاصمة هولندا امستردام ولا لاهاي ولا الثنتين | NL
plural-capitals | اليكسا ماليزيا كوالالمبور وبوتراجايا صح وش عواصمها | MY
plural-capitals | اليكسا ساحل العاج عاصمتها ياموسوكرو ولا ابيدجان عطني الاثنين | CI
plural-capitals | اليكسا سريلانكا فيها كولومبو وشي ثاني وش عواصمها كلها | LK
plural-capitals | اليكسا بنين عاصمتها بورتو نوفو وكوتونو ولا كيف | BJ
plural-capitals | اليكسا اسواتيني لها عاصمة ملكية وعاصمة ادارية وش هي | SZ
plural-capitals | اليكسا فلسطين وش عواصمها القدس ورام الله | PS
plural-capitals | اليكسا كابيتالز اوف ساوث افريكا بليز | ZA
plural-capitals | اليكسا من فضلك ما هي العواصم لدولة بوليفيا | BO
plural-capitals | اليكسا الدول اللي لها اكثر من عاصمة مثل ماليزيا وش عواصمها | MY
plural-capitals | اليكسا سؤال المسابقة عواصم هولندا | NL

# Follow-ups after an earlier answer
follow-up | اليكسا طيب و{} | فنلندا=FI; المجر=HU; البرتغال=PT
follow-up | اليكسا وعن {} وش عاصمتها بعد | النيجر=NE; الغابون=GA; توغو=TG
follow-up | اليكسا زين و{} حقتها | بولندا=PL; تونس=TN; اليونان=GR
follow-up | اليكسا واللي بعدها {} | رواندا=RW; بوروندي=BI; اوغندا=UG
follow-up | اليكسا طيب اجل وعاصمة {} | النمسا=AT; سويسرا=CH; بلجيكا=BE
follow-up | اليكسا اوكي اند {} | كندا=CA; امريكا=US; المكسيك=MX
follow-up | اليكسا ونفس السؤال عن {} | ليبيا=LY; مصر=EG; السودان=SD
follow-up | اليكسا وجارتها {} | ارمينيا=AM; قيرغيزستان=KG; لاتفيا=LV
follow-up | اليكسا وش عن {} | ايسلندا=IS; ايرلندا=IE; الدنمارك=DK
follow-up | اليكسا والولاية اللي جنبها {} | نيفادا=US-NV; اريزونا=US-AZ; اوريغون=US-OR
follow-up | اليكسا ولو قلت لك {} | ناميبيا=NA; زامبيا=ZM; مالاوي=MW
follow-up | اليكسا ايه و{} كمان | الاكوادور=EC; باراغواي=PY; الاوروغواي=UY
follow-up | اليكسا طيب وعاصمة الثانية {} | كوريا الشمالية=KP; كوريا الجنوبية=KR; تايوان=TW
follow-up | اليكسا واذا {} | قطر=QA; البحرين=BH; الكويت=KW

# Yes/no checks, right and wrong guesses
yes-no-check | اليكسا هل الرياض عاصمة السعودية | SA
yes-no-check | اليكسا صح ان عاصمة استراليا سيدني | AU
yes-no-check | اليكسا عاصمة كندا تورنتو صح ولا غلط | CA
yes-no-check | اليكسا جدي يقول عاصمة اليمن صنعاء صح | YE
yes-no-check | اليكسا هل انقرة عاصمة تركيا ولا اسطنبول | TR
yes-no-check | اليكسا عاصمة البرازيل ريو صح | BR
yes-no-check | اليكسا نيجيريا عاصمتها لاغوس ولا لا | NG
yes-no-check | اليكسا اكيد عاصمة باكستان كراتشي | PK
yes-no-check | اليكسا صحيح ان ابوجا عاصمة نيجيريا | NG
yes-no-check | اليكسا هل كانبرا هي عاصمة استراليا | AU
yes-no-check | اليكسا عاصمة المغرب الرباط مو الدار البيضاء صح | MA
yes-no-check | اليكسا هل عاصمة تنزانيا دار السلام | TZ
yes-no-check | اليكسا عاصمة سويسرا جنيف ولا زيورخ | CH
yes-no-check | اليكسا هل نيويورك عاصمة امريكا | US
yes-no-check | اليكسا ميانمار عاصمتها رانغون صح | MM
yes-no-check | اليكسا هل عاصمة كازاخستان الماتي | KZ
yes-no-check | اليكسا عاصمة فيتنام هانوي ولا هوشي منه | VN
yes-no-check | اليكسا صح ولا خطا عاصمة نيوزيلندا ولنغتون | NZ
yes-no-check | اليكسا عاصمة المانيا برلين اكيد | DE
yes-no-check | اليكسا هل مسقط عاصمة عمان | OM
yes-no-check | اليكسا عاصمة تكساس هيوستن صح | US-TX
yes-no-check | اليكسا كاليفورنيا عاصمتها لوس انجلوس ولا لا | US-CA
yes-no-check | اليكسا هل تورنتو عاصمة اونتاريو | CA-ON
yes-no-check | اليكسا عاصمة اسكتلندا ادنبرة ولا غلاسكو | GB-SCT
yes-no-check | اليكسا هل بومباي عاصمة ماهاراشترا | IN-MH
yes-no-check | اليكسا عاصمة بافاريا ميونخ صح | DE-BY
yes-no-check | اليكسا هل سيدني عاصمة نيو ساوث ويلز | AU-NSW
yes-no-check | اليكسا عاصمة الكاميرون دوالا ولا ياوندي | CM
yes-no-check | اليكسا بليز عاصمتها بلموبان صح | BZ
yes-no-check | اليكسا صح ان عاصمة ساحل العاج ياموسوكرو | CI
yes-no-check | اليكسا هل بنغازي عاصمة ليبيا | LY
yes-no-check | اليكسا عاصمة العراق بغداد ولا البصرة | IQ
yes-no-check | اليكسا هل عاصمة الامارات دبي | AE
yes-no-check | اليكسا ايوا ولا لا عاصمة مصر القاهرة | EG
yes-no-check | اليكسا هل عاصمة بوليفيا لاباز | BO
yes-no-check | اليكسا عاصمة تركيا اسطنبول مو كذا | TR
yes-no-check | اليكسا هل عاصمة سريلانكا كولومبو | LK
yes-no-check | اليكسا عاصمة جنوب افريقيا جوهانسبرغ صح | ZA

# Self-corrections mid-sentence
self-correction | اليكسا عاصمة النمسا لا قصدي استراليا | AU
self-correction | اليكسا وش عاصمة السويد اقصد سويسرا | CH
self-correction | اليكسا عاصمة سلوفينيا لا لا سلوفاكيا | SK
self-correction | اليكسا عاصمة ايران عفوا العراق | IQ
self-correction | اليكسا عاصمة النيجر لا نيجيريا | NG
self-correction | اليكسا عاصمة غينيا الاستوائية لا غينيا بيساو | GW
self-correction | اليكسا عاصمة الكونغو الديمقراطية لا امسح الكونغو برازافيل | CG
self-correction | اليكسا عاصمة موريتانيا لا موريشيوس | MU
self-correction | اليكسا عاصمة كولومبيا البريطانية لا كولومبيا الدولة | CO
self-correction | اليكسا عاصمة دومينيكا اقصد الدومينيكان | DO
self-correction | اليكسا وش عاصمة باراغواي لا الاوروغواي | UY
self-correction | اليكسا عاصمة لاتفيا لا ليتوانيا | LT
self-correction | اليكسا عاصمة غامبيا لا زامبيا | ZM
self-correction | اليكسا عاصمة تكساس لا اقصد فلوريدا | US-FL
self-correction | اليكسا عاصمة كيبك لا اونتاريو | CA-ON
self-correction | اليكسا عاصمة بافاريا سوري ساكسونيا | DE-SN
self-correction | اليكسا عاصمة كيرلا لا تامل نادو | IN-TN
self-correction | اليكسا عاصمة ويلز لا اسكتلندا | GB-SCT
self-correction | اليكسا عاصمة مالي لا مالاوي | MW
self-correction | اليكسا عاصمة النمسا لا النرويج | NO
self-correction | اليكسا عاصمة تايلاند اقصد تايوان | TW
self-correction | اليكسا عاصمة ارمينيا لا اقصد البانيا | AL
self-correction | اليكسا عاصمة سوريا لا سوريناام قصدي سورينام | SR
self-correction | اليكسا عاصمة فيكتوريا لا كوينزلاند | AU-QLD
self-correction | اليكسا عاصمة جاليسكو لا قصدي يوكاتان | MX-YUC
self-correction | اليكسا عاصمة توغو امم لا تونغا | TO
self-correction | اليكسا عاصمة اندورا لا انغولا | AO
self-correction | اليكسا عاصمة المانيا لا الحين ابي اليابان | JP
self-correction | اليكسا عاصمة كوبا ولا خلها جامايكا | JM
self-correction | اليكسا عاصمة بيرو اوه غلطت بنما | PA

# Reverse questions: which place a capital belongs to
reverse-question | اليكسا {} عاصمة اي دولة | نيروبي=KE; ليما=PE; كابول=AF
reverse-question | اليكسا وش الدولة اللي عاصمتها {} | اوسلو=NO; هلسنكي=FI; وارسو=PL
reverse-question | اليكسا {} عاصمة وين | اكرا=GH; داكار=SN; باماكو=ML
reverse-question | اليكسا مدينة {} عاصمة لاي بلد | تبليسي=GE; يريفان=AM; باكو=AZ
reverse-question | اليكسا اشنهي البلاد اللي عاصمتها {} | نواكشوط=MR; الرباط=MA; الجزائر العاصمة=DZ
reverse-question | اليكسا {} عاصمة ايش | كاتماندو=NP; تيمفو=BT; دكا=BD
reverse-question | اليكسا لمين عاصمة {} | كانبرا=AU; ويلينغتون=NZ; سوفا=FJ
reverse-question | اليكسا {} هذي عاصمة وش | اولانباتار=MN; طشقند=UZ; بشكيك=KG
reverse-question | اليكسا ايش الدولة عاصمتها {} | ماناغوا=NI; تيغوسيغالبا=HN; سان خوسيه=CR
reverse-question | اليكسا {} تتبع اي دولة كعاصمة | فادوز=LI; فاليتا=MT; نيقوسيا=CY
reverse-question | اليكسا المدينة {} عاصمة وين بالضبط | اديس ابابا=ET; اسمرة=ER; مقديشو=SO
reverse-question | اليكسا {} عاصمة اي ولاية امريكية | ساكرامنتو=US-CA; اوستن=US-TX; الباني=US-NY
reverse-question | اليكسا {} عاصمة اي مقاطعة كندية | ريجاينا=CA-SK; ادمنتون=CA-AB; هاليفاكس=CA-NS
reverse-question | اليكسا من اي دولة عاصمتها {} | فيينتيان=LA; بنوم بنه=KH; ديلي=TL

# Subdivisions and territories, as Saudis say them
subdivision | اليكسا وش عاصمة ولاية {} | تكساس=US-TX; فلوريدا=US-FL; كاليفورنيا=US-CA
subdivision | اليكسا ولدي يدرس في {} وش عاصمة الولاية | ميشيغان=US-MI; اوهايو=US-OH; كولورادو=US-CO
subdivision | اليكسا ابتعثت في {} وش عاصمتها | اريزونا=US-AZ; اوريغون=US-OR; انديانا=US-IN
subdivision | اليكسا عاصمة ولاية {} الامريكية | ماساتشوستس=US-MA; بنسلفانيا=US-PA; ميزوري=US-MO
subdivision | اليكسا الجامعة في {} ايش عاصمة الولاية حقتها | كانساس=US-KS; ايوا=US-IA; اوكلاهوما=US-OK
subdivision | اليكسا عاصمة {} الامريكية وش هي | الاباما=US-AL; اركنساس=US-AR; لويزيانا=US-LA
subdivision | اليكسا قولي عاصمة ولاية {} | تينيسي=US-TN; كنتاكي=US-KY; مسيسيبي=US-MS
subdivision | اليكسا عاصمة {} في امريكا | الاسكا=US-AK; هاواي=US-HI; يوتا=US-UT
subdivision | اليكسا ما هي عاصمة ولاية {} | نيويورك=US-NY; نيوجيرسي=US-NJ; ماريلاند=US-MD
subdivision | اليكسا عاصمة {} وش هي يا اليكسا | مينيسوتا=US-MN; ويسكونسن=US-WI; الينوي=US-IL
subdivision | اليكسا طيب عاصمة ولاية {} كم | كارولاينا الشمالية=US-NC; كارولاينا الجنوبية=US-SC; فيرجينيا=US-VA
subdivision | اليكسا وش عاصمة {} بامريكا | داكوتا الشمالية=US-ND; داكوتا الجنوبية=US-SD; نبراسكا=US-NE
subdivision | اليكسا عطني عاصمة ولاية {} | مونتانا=US-MT; وايومنغ=US-WY; ايداهو=US-ID
subdivision | اليكسا عاصمة ولاية {} بالضبط | فيرمونت=US-VT; مين=US-ME; نيوهامبشير=US-NH
subdivision | اليكسا وش عاصمة ولاية {} اللي في امريكا | رود ايلاند=US-RI; كونيتيكت=US-CT; ديلاوير=US-DE
subdivision | اليكسا عاصمة {} الولاية مو المدينة | واشنطن=US-WA; نيو مكسيكو=US-NM; نيفادا=US-NV
subdivision | اليكسا وش عاصمة مقاطعة {} في كندا | اونتاريو=CA-ON; كيبيك=CA-QC; البرتا=CA-AB
subdivision | اليكسا عاصمة {} الكندية | كولومبيا البريطانية=CA-BC; مانيتوبا=CA-MB; ساسكاتشوان=CA-SK
subdivision | اليكسا وش عاصمة {} بكندا | نوفا سكوشا=CA-NS; نيو برونزويك=CA-NB; نيوفاوندلاند=CA-NL
subdivision | اليكسا عاصمة اقليم {} في كندا | يوكون=CA-YT; نونافوت=CA-NU; الاقاليم الشمالية الغربية=CA-NT
subdivision | اليكسا عاصمة جزيرة {} الكندية | الامير ادوارد=CA-PE
subdivision | اليكسا وش عاصمة ولاية {} الاسترالية | كوينزلاند=AU-QLD; فكتوريا=AU-VIC; تسمانيا=AU-TAS
subdivision | اليكسا عاصمة {} في استراليا | نيو ساوث ويلز=AU-NSW; استراليا الغربية=AU-WA; جنوب استراليا=AU-SA
subdivision | اليكسا عاصمة {} الاسترالي | الاقليم الشمالي=AU-NT; اقليم العاصمة=AU-ACT
subdivision | اليكسا عاصمة ولاية {} الهندية | راجستان=IN-RJ; غوجارات=IN-GJ; بيهار=IN-BR
subdivision | اليكسا وش عاصمة {} في الهند | اوتار براديش=IN-UP; البنغال الغربية=IN-WB; اسام=IN-AS
subdivision | اليكسا عاصمة ولاية {} بالهند | تيلانجانا=IN-TS; اندرا براديش=IN-AP; اوديشا=IN-OD
subdivision | اليكسا عاصمة {} الهندية وش هي | هاريانا=IN-HR; جهارخاند=IN-JH; سيكيم=IN-SK
subdivision | اليكسا عاصمة اقليم {} الهندي | جامو وكشمير=IN-JK; لداخ=IN-LA; دلهي=IN-DL
subdivision | اليكسا وش عاصمة ولاية {} الالمانية | بافاريا=DE-BY; هيسن=DE-HE; سكسونيا السفلى=DE-NI
subdivision | اليكسا عاصمة {} في المانيا | بادن فورتمبيرغ=DE-BW; شمال الراين وستفاليا=DE-NW; براندنبورغ=DE-BB
subdivision | اليكسا عاصمة ولاية {} بالمانيا | تورينغن=DE-TH; شليسفيغ هولشتاين=DE-SH; سارلاند=DE-SL
subdivision | اليكسا عاصمة ولاية {} البرازيلية | ساو باولو=BR-SP; ريو دي جانيرو=BR-RJ; باهيا=BR-BA
subdivision | اليكسا وش عاصمة {} في البرازيل | الامازوناس=BR-AM; ميناس جيرايس=BR-MG; بارانا=BR-PR
subdivision | اليكسا عاصمة ولاية {} بالبرازيل | بيرنامبوكو=BR-PE; سيارا=BR-CE; ريو غراندي دو سول=BR-RS
subdivision | اليكسا عاصمة ولاية {} المكسيكية | خاليسكو=MX-JAL; يوكاتان=MX-YUC; نويفو ليون=MX-NLE
subdivision | اليكسا وش عاصمة {} في المكسيك | واهاكا=MX-OAX; تشياباس=MX-CHP; باها كاليفورنيا=MX-BCN
subdivision | اليكسا عاصمة ولاية {} بالمكسيك | سونورا=MX-SON; شيواوا=MX-CHH; فيراكروز=MX-VER
subdivision | اليكسا وش عاصمة {} البريطانية | اسكتلندا=GB-SCT; ويلز=GB-WLS; ايرلندا الشمالية=GB-NIR
subdivision | اليكسا عاصمة انجلترا نفسها مو بريطانيا | GB-ENG
subdivision | اليكسا وش عاصمة جزيرة {} | غرينلاند=GL; بورتوريكو=PR; غوام=GU
subdivision | اليكسا عاصمة {} التابعة لفرنسا | كاليدونيا الجديدة=NC; بولينيزيا الفرنسية=PF; غويانا الفرنسية=GF
subdivision | اليكسا وش عاصمة {} اللي تبع بريطانيا | جبل طارق=GI; برمودا=BM; جزر فوكلاند=FK
subdivision | اليكسا عاصمة {} الهولندية | اروبا=AW; كوراساو=CW; سانت مارتن=SX
subdivision | اليكسا ايش عاصمة {} | جزر كايمان=KY; جزيرة مان=IM; جزر فارو=FO
subdivision | اليكسا عاصمة منطقة {} | هونغ كونغ=HK; ماكاو=MO; الصحراء الغربية=EH
subdivision | اليكسا عاصمة جزيرة {} الفرنسية | لا ريونيون=RE; غوادلوب=GP; المارتينيك=MQ
subdivision | اليكسا وش عاصمة جزر {} | كوك=CK; توركس وكايكوس=TC; ماريانا الشمالية=MP

# Official names
official-name | اليكسا عاصمة {} | جمهورية مصر العربية=EG; المملكة الاردنية الهاشمية=JO; الجمهورية العربية السورية=SY
official-name | اليكسا وش عاصمة {} | الجمهورية الاسلامية الايرانية=IR; جمهورية الصين الشعبية=CN; الاتحاد الروسي=RU
official-name | اليكسا ما هي عاصمة {} | المملكة المتحدة=GB; الولايات المتحدة الامريكية=US; الولايات المتحدة المكسيكية=MX
official-name | اليكسا قول لي عاصمة {} | جمهورية كوريا=KR; جمهورية كوريا الشعبية الديمقراطية=KP; جمهورية الكونغو=CG
official-name | اليكسا ابي عاصمة {} | الجمهورية التونسية=TN; المملكة المغربية=MA; الجمهورية الجزائرية الديمقراطية الشعبية=DZ
official-name | اليكسا عاصمة {} لو سمحت | سلطنة عمان=OM; مملكة البحرين=BH; دولة الكويت=KW
official-name | اليكسا وش تكون عاصمة {} | جمهورية اندونيسيا=ID; جمهورية الفلبين=PH; اتحاد ميانمار=MM
official-name | اليكسا عاصمة {} وش اسمها | دولة قطر=QA; الجمهورية اليمنية=YE; جمهورية العراق=IQ
official-name | اليكسا عاصمة {} الرسمية | جمهورية التشيك=CZ; الجمهورية الهيلينية=GR; مملكة هولندا=NL
official-name | اليكسا في الاختبار مكتوب {} وش عاصمتها | جمهورية الكونغو الديمقراطية=CD; جمهورية جنوب افريقيا=ZA; جمهورية ساحل العاج=CI
official-name | اليكسا عاصمة المملكة العربية السعودية | SA
official-name | اليكسا عاصمة دولة الامارات العربية المتحدة | AE

# Everyday, old and short names
everyday-name | اليكسا وش عاصمة {} يا شباب | بلاد الشام=SY; بلاد الحبشة=ET; فارس=IR
everyday-name | اليكسا عاصمة {} كم | بورما=MM; سيلان=LK; سيام=TH
everyday-name | اليكسا ايش تكون عاصمة {} | هولاندا=NL; انقلترا=GB-ENG; اميركا=US
everyday-name | اليكسا قولي عاصمة {} | الانجليز=GB; الامريكان=US; الطليان=IT
everyday-name | اليكسا وش عاصمة بلاد {} | الاتراك=TR; الهنود=IN; الصينيين=CN
everyday-name | اليكسا عاصمة {} يا اليكسا | سوازيلند=SZ; زائير=CD; داهومي=BJ
everyday-name | اليكسا وش عاصمة {} بالضبط | تشيكيا=CZ; بيلاروس=BY; مقدونيا=MK
everyday-name | اليكسا عاصمة {} وشو يا بوي | كوت ديفوار=CI; الرأس الاخضر=CV; تيمور=TL
everyday-name | اليكسا عاصمة {} ايش اسمها | الجرمان=DE; بلاد الافغان=AF; الباكستان=PK
everyday-name | اليكسا عاصمة بلاد {} وش هي | الفرنسيس=FR; الاسبان=ES; اليابانيين=JP
everyday-name | اليكسا عاصمة {} يعني | ارض الكنانة=EG; بلاد الرافدين=IQ; ارض الحرمين=SA

# Shared names: bare and told apart
shared-name | اليكسا وش عاصمة جورجيا | GE+US-GA
shared-name | اليكسا عاصمة جورجيا الولاية الامريكية | US-GA
shared-name | اليكسا عاصمة جورجيا اللي في القوقاز | GE
shared-name | اليكسا عاصمة الكونغو | CD+CG
shared-name | اليكسا وش عواصم الكونغوين | CD+CG
shared-name | اليكسا عاصمة كوريا | KP+KR
shared-name | اليكسا عاصمة الكوريتين | KP+KR
shared-name | اليكسا عاصمة كوريا الشمالية والجنوبية | KP+KR
shared-name | اليكسا عاصمة السودانين | SD+SS
shared-name | اليكسا عاصمة السودان وجنوب السودان | SD+SS
shared-name | اليكسا عاصمة جزر فيرجن | VG+VI
shared-name | اليكسا عاصمة جزر العذراء البريطانية | VG
shared-name | اليكسا عاصمة جزر العذراء الامريكية | VI
shared-name | اليكسا عاصمة دومينيكا والدومينيكان | DM+DO
shared-name | اليكسا عاصمة غينيا | GN
shared-name | اليكسا عاصمة غينيا الجديدة | PG
shared-name | اليكسا عاصمة ولاية واشنطن مو واشنطن العاصمة | US-WA
shared-name | اليكسا عاصمة البنجاب الهندية | IN-PB
shared-name | اليكسا عاصمة ولاية المكسيك مو الدولة | MX-MEX
shared-name | اليكسا عاصمة لوكسمبورغ | LU
shared-name | اليكسا عاصمة الكويت | KW
shared-name | اليكسا عاصمة عمان يا ولد | OM
shared-name | اليكسا عاصمة جورجيا يا ولد | GE+US-GA
shared-name | اليكسا عاصمة الكونغو الثنتين | CD+CG
shared-name | اليكسا عاصمة ساموا الامريكية مو ساموا | AS

# More subdivisions and territories, in the words of the groups above
subdivision | اليكسا المندوب البرازيلي من ولاية {} وش عاصمتها | اكري=BR-AC; الاغواس=BR-AL; امابا=BR-AP
subdivision | اليكسا الطرد رايح ولاية {} في البرازيل وش عاصمتها | اسبيريتو سانتو=BR-ES; غوياس=BR-GO; مارانهاو=BR-MA
subdivision | اليكسا اللاعب البرازيلي من {} وش عاصمة ولايته | ماتو غروسو=BR-MT; ماتو غروسو دو سول=BR-MS; بارا=BR-PA
subdivision | اليكسا محطة راديو من ولاية {} البرازيلية وش عاصمتها | بارايبا=BR-PB; بياوي=BR-PI; ريو غراندي دو نورتي=BR-RN
subdivision | اليكسا يا رجال عاصمة ولاية {} في البرازيل وش هي | روندونيا=BR-RO; رورايما=BR-RR; سانتا كاتارينا=BR-SC
subdivision | اليكسا سؤال التحصيلي عاصمة ولاية {} البرازيلية | سيرجيبي=BR-SE; توكانتينس=BR-TO
subdivision | اليكسا وش عاصمة المقاطعة الاتحادية في البرازيل | BR-DF
subdivision | اليكسا الشحنة لولاية {} المكسيكية وش عاصمتها | اغواسكالينتس=MX-AGU; باخا كاليفورنيا سور=MX-BCS; كامبيتشي=MX-CAM
subdivision | اليكسا الزميل المكسيكي من {} يقول وش عاصمتها | كواهويلا=MX-COA; كوليما=MX-COL; دورانغو=MX-DUR
subdivision | اليكسا في المحاكاة نمثل ولاية {} المكسيكية وش عاصمتها | غيريرو=MX-GRO; غواناخواتو=MX-GUA; هيدالغو=MX-HID
subdivision | اليكسا اشنهي عاصمة ولاية {} في المكسيك | ميتشواكان=MX-MIC; موريلوس=MX-MOR; ناياريت=MX-NAY
subdivision | اليكسا ايش هو عاصمة ولاية {} حق المكسيك | بويبلا=MX-PUE; كيريتارو=MX-QUE; كينتانا رو=MX-ROO
subdivision | اليكسا الضيف زار ولاية {} المكسيكية وش عاصمتها | سينالوا=MX-SIN; سان لويس بوتوسي=MX-SLP; تاباسكو=MX-TAB
subdivision | اليكسا البطاقة وصلت من ولاية {} بالمكسيك وش العاصمة | تاماوليباس=MX-TAM; تلاكسكالا=MX-TLA; زاكاتيكاس=MX-ZAC
subdivision | اليكسا كابيتال اوف ستيت {} ايش | اروناتشال براديش=IN-AR; تشاتيسغار=IN-CG; هيماتشال براديش=IN-HP
subdivision | اليكسا زميلي من ولاية {} الهندية وش عاصمتها | مانيبور=IN-MN; ميغالايا=IN-ML; ميزورام=IN-MZ
subdivision | اليكسا الممرض من {} في الهند يسال عن عاصمتها | ناغالاند=IN-NL; تريبورا=IN-TR; اوتاراخند=IN-UK
subdivision | اليكسا ايش عاصمة {} في الهند بليز | ماديا براديش=IN-MP; بودوتشيري=IN-PY; جزر اندمان ونيكوبار=IN-AN
subdivision | اليكسا وش عاصمة اقليم {} الهندي | لاكشادويب=IN-LD; شانديغار=IN-CH
subdivision | اليكسا المسافر الالماني من ولاية {} وش عاصمتها | مكلنبورغ فوربومرن=DE-MV; راينلاند بفالز=DE-RP; ساكسونيا انهالت=DE-ST
subdivision | اليكسا عاصمة ولاية {} في المانيا ولا هي نفسها العاصمة | برلين=DE-BE; هامبورغ=DE-HH; بريمن=DE-HB
subdivision | اليكسا ابتعثت في فيرجينيا الغربية وش عاصمتها | US-WV
subdivision | اليكسا وش عاصمة {} اللي تبع بريطانيا في البحر | جزيرة سانت هيلينا=SH; جزر بيتكيرن=PN; انغويلا=AI
subdivision | اليكسا الهوائي التقط جزيرة {} وش عاصمتها | نورفولك=NF; كريسماس=CX; جزر كوكوس=CC
subdivision | اليكسا محطة في {} ردت علي وش عاصمة الجزيرة | نيوي=NU; توكيلاو=TK; جزر والس وفوتونا=WF
subdivision | اليكسا وش عاصمة {} الفرنسية اللي في البحر | سان بيير وميكلون=PM; سان بارتيلمي=BL; مايوت=YT
subdivision | اليكسا عاصمة جزيرة {} البريطانية | جيرسي=JE; غيرنزي=GG; مونتسيرات=MS
subdivision | اليكسا وش عاصمة {} اللي تبع فنلندا | جزر اولاند=AX
subdivision | اليكسا عاصمة سفالبارد النرويجية | SJ
subdivision | اليكسا وش عاصمة ساموا الامريكية | AS
subdivision | اليكسا عاصمة سانت مارتن الفرنسية | MF
subdivision | اليكسا وش عاصمة جزر الكاريبي الهولندية بونير | BQ

# More from the speaker groups
kindergarten-teachers | اليكسا الاطفال رسموا علم {} وش عاصمتها | كندا=CA; البرازيل=BR; الهند=IN
kindergarten-teachers | اليكسا حبيبتي تسال وين تسكن ملكة {} | بريطانيا=GB; الدنمارك=DK; السويد=SE
kindergarten-teachers | اليكسا نبي اغنية عن {} بس قبلها قولي عاصمتها | كينيا=KE; البيرو=PE; نيوزيلندا=NZ
podcast-recording | اليكسا المستمعين سالونا عن عاصمة {} | كازاخستان=KZ; اوزبكستان=UZ; منغوليا=MN
podcast-recording | اليكسا قبل الفاصل وش عاصمة {} | الارجنتين=AR; كولومبيا=CO; كوبا=CU
podcast-recording | اليكسا الحلقة عن {} نحتاج العاصمة في المقدمة | ايسلندا=IS; النرويج=NO; فنلندا=FI
night-shift-guards | اليكسا الكاميرا هادية قولي عاصمة {} | اوغندا=UG; رواندا=RW; بوروندي=BI
night-shift-guards | اليكسا زميلي من {} ابي اعرف عاصمة بلاده | الهند=IN; باكستان=PK; نيبال=NP
night-shift-guards | اليكسا الساعة ثلاث الفجر وانا افكر وش عاصمة {} | تشيلي=CL; الاكوادور=EC; بوليفيا=BO
scout-camp | اليكسا الفرقة الاولى جاوبت عاصمة {} صح ولا لا وش هي | مصر=EG; الاردن=JO; تونس=TN
scout-camp | اليكسا يالكشافة ركزوا وش عاصمة {} | ليبيا=LY; المغرب=MA; العراق=IQ
visually-impaired-users | اليكسا اهجي لي اسم عاصمة {} | قيرغيزستان=KG; طاجيكستان=TJ; تركمانستان=TM
visually-impaired-users | اليكسا بالعربي الفصيح عاصمة {} | النمسا=AT; المجر=HU; رومانيا=RO
summer-holiday-planning | اليكسا ابوي يقول بنروح {} بالسيارة وش عاصمتها | الاردن=JO; البحرين=BH; الامارات=AE
summer-holiday-planning | اليكسا اختي حجزت {} وش عاصمتها | تايلاند=TH; اندونيسيا=ID; المالديف=MV
whatsapp-family-arguments | اليكسا عمتي ارسلت فويس عن عاصمة {} وش الصح | تركيا=TR; المغرب=MA; الجزائر=DZ
whatsapp-family-arguments | اليكسا ابي اصور الجواب للقروب عاصمة {} | البرتغال=PT; هولندا=NL; اسبانيا=ES
international-school-kids | اليكسا ماي فريند قال عاصمة {} وش هي بروو | ايطاليا=IT; فرنسا=FR; المانيا=DE
international-school-kids | اليكسا كويز بكرة عن عاصمة {} هيلب | مصر=EG; اليابان=JP; روسيا=RU
somali-families | اليكسا جدتي تبغى تعرف عاصمة {} هو ايش | جيبوتي=DJ; اليمن=YE; السودان=SD
somali-families | اليكسا الولد في المدرسة سال عاصمة {} | عمان=OM; قطر=QA; الكويت=KW
causeway-officers | اليكسا الشاحنة جاية من {} وش عاصمة بلدها | الاردن=JO; العراق=IQ; سوريا=SY
farasan-fishermen | اليكسا النوخذة يسال وش عاصمة {} | الصومال=SO; السودان=SD; مصر=EG
mauritanian-students | اليكسا الاستاذ سالنا عن عاصمة {} في الدرس | مالي=ML; النيجر=NE; تشاد=TD
turkish-learners | اليكسا هل يمكن ان تقول لي عاصمة {} | ايران=IR; العراق=IQ; سوريا=SY
najran-families | اليكسا يا ولد الضيف من {} وش عاصمة ديرته | ارمينيا=AM; اليونان=GR; قبرص=CY
qudrat-prep-students | اليكسا باقي ساعة على الاختبار وش عاصمة {} | الفلبين=PH; فيتنام=VN; ماليزيا=MY
ham-radio-operators | اليكسا الاشارة ضعيفة من {} وش عاصمتها | جنوب افريقيا=ZA; ناميبيا=NA; موزمبيق=MZ
courier-drivers | اليكسا السيستم يطلب عاصمة {} في العنوان | بنغلاديش=BD; سريلانكا=LK; الفلبين=PH
model-un-students | اليكسا نبي نرد على مندوب {} وش عاصمة بلده | روسيا=RU; الصين=CN; امريكا=US

# More stops and shared names
stop | اليكسا يا رجال سكري عاد | STOP
stop | اليكسا خلاص الاطفال ناموا اسكتي | STOP
stop | اليكسا وقفي العواصم الحين الضيوف وصلوا | STOP
stop | اليكسا اوقف يا الاخ | STOP
stop | اليكسا ستوب ذا سكيل | STOP
stop | اليكسا خلاص الاختبار بعد شوي وقفي | STOP
stop | اليكسا انهي عواصم العالم | STOP
stop | اليكسا وقفي خلاص نبي ننام في الخيمة | STOP
shared-name | اليكسا الشحنة رايحة جورجيا وش عاصمتها | GE+US-GA
shared-name | اليكسا عاصمة كوريا يا رجال | KP+KR
shared-name | اليكسا ايش هو عاصمة الكونغو | CD+CG
shared-name | اليكسا عاصمة جزر العذراء | VG+VI
shared-name | اليكسا ابتعثت في جورجيا وش عاصمتها | GE+US-GA
shared-name | اليكسا الجواز من الكونغو وش عاصمتها | CD+CG

# Not capital questions: Echo requests, other questions about countries, Saudi regions, other countries' regions, history, fiction, "capital" as money, a letter, a name or a bank
out-of-domain | اليكسا كم درجة الحرارة في نجران اليوم | FB
out-of-domain | اليكسا بتمطر بكرة على نجران | FB
out-of-domain | اليكسا شغلي شيلات نجرانية | FB
out-of-domain | اليكسا كم سعر كيلو البرتقال في سوق نجران | FB
out-of-domain | اليكسا متى اذان المغرب في نجران | FB
out-of-domain | اليكسا وش اخبار الحدود اليوم | FB
out-of-domain | اليكسا وش حالة البحر بكرة في فرسان | FB
out-of-domain | اليكسا متى المد والجزر في جازان | FB
out-of-domain | اليكسا كم سرعة الرياح على البحر الاحمر | FB
out-of-domain | اليكسا متى يبدا مهرجان الحريد في فرسان | FB
out-of-domain | اليكسا كم سعر الهامور اليوم | FB
out-of-domain | اليكسا شغلي اغاني بحرية | FB
out-of-domain | اليكسا اشنهو الوقت عند اهلي في نواكشوط | FB
out-of-domain | اليكسا كم الساعة في موريتانيا الحين | FB
out-of-domain | اليكسا شغلي مديح موريتاني | FB
out-of-domain | اليكسا متى تبدا المحاضرة في الجامعة الاسلامية | FB
out-of-domain | اليكسا كم يبعد المسجد النبوي من سكن الطلاب | FB
out-of-domain | اليكسا كم عدد سكان موريتانيا | FB
out-of-domain | اليكسا ايش هو اللغة في الصومال | FB
out-of-domain | اليكسا كم سكان مقديشو | FB
out-of-domain | اليكسا شغل اغاني صومالية | FB
out-of-domain | اليكسا كم سعر الدولار بالشلن الصومالي | FB
out-of-domain | اليكسا الطقس في جدة بكرة كيف | FB
out-of-domain | اليكسا ما هي عملة تركيا | FB
out-of-domain | اليكسا كم ساعة الطيارة من الرياض الى اسطنبول | FB
out-of-domain | اليكسا ترجم لي كلمة شكرا بالتركي | FB
out-of-domain | اليكسا ما معنى كلمة عاصمة بالتركية | FB
out-of-domain | اليكسا شغل مسلسل تركي | FB
out-of-domain | اليكسا فارماسي يفتح متى | FB
out-of-domain | اليكسا بليز ست الارم سيكس اوكلوك | FB
out-of-domain | اليكسا كم ساعة الفرق بين الدمام وكيرلا | FB
out-of-domain | اليكسا شغل اغنية مالايالام | FB
out-of-domain | اليكسا كم سعر الروبية الهندية اليوم | FB
out-of-domain | اليكسا كم درجة الحرارة في كوتشي | FB
out-of-domain | اليكسا وين اقرب محطة بنزين | FB
out-of-domain | اليكسا كم المسافة من الرياض الى الخرج | FB
out-of-domain | اليكسا الزحمة على طريق الملك فهد كيف | FB
out-of-domain | اليكسا ذكرني اسلم الطرد الساعة اربع | FB
out-of-domain | اليكسا كم وزن الطرد المسموح في الشحن الدولي | FB
out-of-domain | اليكسا وش هي عاصمة الشحن في العالم | FB
out-of-domain | اليكسا كم عدد السيارات اللي تعبر الجسر يوميا | FB
out-of-domain | اليكسا متى يفتح جسر الملك فهد | FB
out-of-domain | اليكسا كم سعر الدينار البحريني بالريال | FB
out-of-domain | اليكسا وش الطقس في المنامة الحين | FB
out-of-domain | اليكسا شغل اذاعة القران الكريم | FB
out-of-domain | اليكسا وش هو النداء اللاسلكي | FB
out-of-domain | اليكسا متى تطلع الشمس بكرة في الخبر | FB
out-of-domain | اليكسا ايش هي الترددات المسموحة للهواة | FB
out-of-domain | اليكسا كم المسافة بين الدمام وطوكيو | FB
out-of-domain | اليكسا وش لغة البرازيل | FB
out-of-domain | اليكسا كم عدد الدول في الامم المتحدة | FB
out-of-domain | اليكسا مين الامين العام للامم المتحدة | FB
out-of-domain | اليكسا وين مقر الامم المتحدة | FB
out-of-domain | اليكسا كم عدد الدول الاعضاء في مجلس الامن | FB
out-of-domain | اليكسا ما هو علم كندا | FB
out-of-domain | اليكسا كم عدد سكان الهند | FB
out-of-domain | اليكسا وش اطول نهر في العالم | FB
out-of-domain | اليكسا وش اكبر دولة في العالم من ناحية المساحة | FB
out-of-domain | اليكسا وش اصغر دولة في العالم | FB
out-of-domain | اليكسا متى موعد اختبار القدرات | FB
out-of-domain | اليكسا كم درجة القدرات المطلوبة للطب | FB
out-of-domain | اليكسا شغلي مؤقت ساعة للمذاكرة | FB
out-of-domain | اليكسا ما هو حاصل ضرب سبعة في ثمانية | FB
out-of-domain | اليكسا وش معنى كلمة راس المال | FB
out-of-domain | اليكسا كم راس المال المطلوب لفتح شركة | FB
out-of-domain | اليكسا وش الفرق بين راس المال والارباح | FB
out-of-domain | اليكسا اكتب كلمة عاصمة بحرف كابيتال | FB
out-of-domain | اليكسا وش يعني كابيتال لتر | FB
out-of-domain | اليكسا شغلي مسلسل لا كاسا دي بابيل | FB
out-of-domain | اليكسا متى يبدا المخيم الكشفي | FB
out-of-domain | اليكسا وش الجو في الثمامة الليلة | FB
out-of-domain | اليكسا كيف اربط عقدة الكشافة | FB
out-of-domain | اليكسا كم عمر الحركة الكشفية في السعودية | FB
out-of-domain | اليكسا شغل نشيد الكشافة | FB
out-of-domain | اليكسا ارسل رسالة لقروب العائلة | FB
out-of-domain | اليكسا اتصل على خالتي | FB
out-of-domain | اليكسا وش اخر رسالة في الواتساب | FB
out-of-domain | اليكسا ذكرني ببكرة عزيمة بيت عمي | FB
out-of-domain | اليكسا مين كسب الرهان | FB
out-of-domain | اليكسا شغلي اناشيد اطفال | FB
out-of-domain | اليكسا احكي لي قصة قبل النوم | FB
out-of-domain | اليكسا كم لون في قوس قزح | FB
out-of-domain | اليكسا وش صوت الاسد | FB
out-of-domain | اليكسا غني للاطفال اغنية الحروف | FB
out-of-domain | اليكسا كم الساعة الحين | FB
out-of-domain | اليكسا اقرا لي الاخبار | FB
out-of-domain | اليكسا وش تاريخ اليوم بالهجري | FB
out-of-domain | اليكسا ارفعي الصوت شوي | FB
out-of-domain | اليكسا اقرا لي سورة الكهف | FB
out-of-domain | اليكسا كم نسبة البطارية في الجوال | FB
out-of-domain | اليكسا كم متابع عندنا في البودكاست | FB
out-of-domain | اليكسا شغل موسيقى هادية للتسجيل | FB
out-of-domain | اليكسا وش اشهر اكلة في تايلاند | FB
out-of-domain | اليكسا وش ترند تويتر اليوم | FB
out-of-domain | اليكسا كم سعر تذكرة الطيران الى جورجيا | FB
out-of-domain | اليكسا هل نحتاج تاشيرة لاذربيجان | FB
out-of-domain | اليكسا وش الجو في باكو الصيف | FB
out-of-domain | اليكسا كم سعر الفندق في كوالالمبور | FB
out-of-domain | اليكسا وش افضل وقت لزيارة سريلانكا | FB
out-of-domain | اليكسا كم اليورو بالريال اليوم | FB
out-of-domain | اليكسا وش اللغة الرسمية في سويسرا | FB
out-of-domain | اليكسا وش عملة ماليزيا | FB
out-of-domain | اليكسا ذكرني اجدد الجواز | FB
out-of-domain | اليكسا كم الساعة في لندن | FB
out-of-domain | اليكسا شغل القناة الرياضية | FB
out-of-domain | اليكسا نتيجة مباراة الهلال والنصر | FB
out-of-domain | اليكسا متى مباراة المنتخب الجاية | FB
out-of-domain | اليكسا وش افضل قهوة في الرياض | FB
out-of-domain | اليكسا اطفي النور | FB
out-of-domain | اليكسا شغل المكيف على اربعة وعشرين | FB
out-of-domain | اليكسا حط منبه الساعة خمس الفجر | FB
out-of-domain | اليكسا نكتة | FB
out-of-domain | اليكسا قول لي معلومة عشوائية | FB
out-of-domain | اليكسا كم كيلو من الرياض الى دبي | FB
out-of-domain | اليكسا وش اطول برج في العالم | FB
out-of-domain | اليكسا مين مؤسس المملكة العربية السعودية | FB
out-of-domain | اليكسا وش عاصمة الثقافة العربية هالسنة | FB
out-of-domain | اليكسا وش هي عاصمة السياحة العربية | FB
out-of-domain | اليكسا ليش العاصمة انتقلت من الدرعية الى الرياض | FB
out-of-domain | اليكسا متى صارت الرياض عاصمة | FB
out-of-domain | اليكسا وش عاصمة الدولة السعودية الاولى | FB
out-of-domain | اليكسا وش عاصمة منطقة عسير | FB
out-of-domain | اليكسا وش عاصمة منطقة القصيم | FB
out-of-domain | اليكسا وش عاصمة المنطقة الشرقية | FB
out-of-domain | اليكسا وش مقر امارة منطقة الجوف | FB
out-of-domain | اليكسا وش عاصمة منطقة نجران | FB
out-of-domain | اليكسا وش عاصمة منطقة تبوك | FB
out-of-domain | اليكسا وش عاصمة الدولة العباسية | FB
out-of-domain | اليكسا وش كانت عاصمة الدولة الاموية | FB
out-of-domain | اليكسا عاصمة الدولة العثمانية قبل اسطنبول | FB
out-of-domain | اليكسا وش عاصمة الاندلس زمان | FB
out-of-domain | اليكسا عاصمة مملكة كندة القديمة | FB
out-of-domain | اليكسا وش عاصمة اقليم كتالونيا | FB
out-of-domain | اليكسا وش عاصمة الشيشان | FB
out-of-domain | اليكسا عاصمة اقليم كردستان | FB
out-of-domain | اليكسا وش عاصمة اقليم البنجاب الباكستاني | FB
out-of-domain | اليكسا وش عاصمة مقاطعة الاندلس الاسبانية | FB
out-of-domain | اليكسا وش عاصمة جزيرة صقلية | FB
out-of-domain | اليكسا عاصمة اقليم التبت | FB
out-of-domain | اليكسا وش عاصمة ويستروس في المسلسل | FB
out-of-domain | اليكسا وش عاصمة مملكة واكاندا | FB
out-of-domain | اليكسا عاصمة ارض الاحلام | FB
out-of-domain | اليكسا وش عاصمة نارنيا | FB
out-of-domain | اليكسا من هو رئيس وزراء الهند | FB
out-of-domain | اليكسا كم عدد سكان البرازيل | FB
out-of-domain | اليكسا وش ديانة اهل تايلاند | FB
out-of-domain | اليكسا وش عملة اليابان | FB
out-of-domain | اليكسا كم مساحة روسيا | FB
out-of-domain | اليكسا وش لغة اهل ساحل العاج | FB
out-of-domain | اليكسا وش النشيد الوطني لفرنسا | FB
out-of-domain | اليكسا اكبر مدينة في تركيا | FB
out-of-domain | اليكسا وش اكبر مدينة في استراليا | FB
out-of-domain | اليكسا وين تقع جزر القمر | FB
out-of-domain | اليكسا اي قارة فيها بوليفيا | FB
out-of-domain | اليكسا كم دولة في افريقيا | FB
out-of-domain | اليكسا وش حرف العاصمة الاول في اسم القاهرة | FB
out-of-domain | اليكسا كيف اكتب عاصمة بالانجليزي | FB
out-of-domain | اليكسا كم حرف في كلمة عاصمة | FB
out-of-domain | اليكسا اسم بنتي عاصمة هل هو اسم حلو | FB
out-of-domain | اليكسا وش معنى الحرف الكابيتال | FB
out-of-domain | اليكسا شغل فلم العاصمة | FB
out-of-domain | اليكسا كم سعر سهم شركة كابيتال | FB
out-of-domain | اليكسا وش رقم بنك العاصمة | FB
out-of-domain | اليكسا وين فرع كابيتال بنك | FB
out-of-domain | اليكسا ابي حجز في مطعم العاصمة | FB
out-of-domain | اليكسا ذكرني اقفل باب المول الساعة عشر | FB
out-of-domain | اليكسا كم باقي على نهاية الشفت | FB
out-of-domain | اليكسا شغل قران بصوت السديس | FB
out-of-domain | اليكسا وش الافلام اللي تنعرض في السينما | FB
out-of-domain | اليكسا سو لي قائمة تسوق | FB
out-of-domain | اليكسا اضف حليب لقائمة التسوق | FB
out-of-domain | اليكسا كيف حالك اليوم | FB
out-of-domain | اليكسا تحبيني | FB
out-of-domain | اليكسا وش اسمك الكامل | FB
out-of-domain | اليكسا انتي من وين | FB
out-of-domain | اليكسا وش لون السما | FB
out-of-domain | اليكسا اقرا لي الرسائل الجديدة | FB
out-of-domain | اليكسا وش موعدي بكرة | FB
out-of-domain | اليكسا هات لي وصفة كبسة | FB
out-of-domain | اليكسا كيف اطبخ المندي | FB
out-of-domain | اليكسا كم سعر الذهب اليوم | FB
out-of-domain | اليكسا هوت از ذا ويذر توداي | FB
out-of-domain | اليكسا بلاي سم ميوزك | FB
out-of-domain | اليكسا شغلي اخر حلقة من البودكاست | FB
out-of-domain | اليكسا وش الحدود بين السعودية واليمن | FB
out-of-domain | اليكسا كم عدد ولايات امريكا | FB
out-of-domain | اليكسا كم مقاطعة في كندا | FB
out-of-domain | اليكسا وش اكبر ولاية في الهند | FB
out-of-domain | اليكسا كم ولاية في المانيا | FB
out-of-domain | اليكسا كم ولاية في المكسيك | FB

# Asking for help
help | اليكسا وش اقدر اسال هنا | HELP
help | اليكسا كيف تشتغل هذي اللعبة | HELP
help | اليكسا ساعديني ما فهمت وش اسوي | HELP
help | اليكسا وش الاسئلة اللي تعرفينها | HELP
help | اليكسا يا ولد كيف اسالها عن العواصم | HELP
help | اليكسا اشنهو نقدر نقول لك | HELP
help | اليكسا يا الاخ كيف نستعمل هذا البرنامج | HELP
help | اليكسا انا ما فاهم ايش اسوي ساعدني | HELP
help | اليكسا ايش هو نقول عشان العاصمة | HELP
help | اليكسا من فضلك كيف استخدم هذا | HELP
help | اليكسا انا لا افهم ماذا اقول | HELP
help | اليكسا هيلب بليز | HELP
help | اليكسا هاو تو يوز | HELP
help | اليكسا الطرد ينتظر بسرعة قول لي وش الاوامر | HELP
help | اليكسا وش التعليمات | HELP
help | اليكسا ابي شرح للعبة | HELP
help | اليكسا المسافرين واقفين علمني وش اقول لك | HELP
help | اليكسا كيف اسالك عن عاصمة ولاية | HELP
help | اليكسا تقدر تسال عن المقاطعات بعد ولا بس الدول | HELP
help | اليكسا علمني كيف العب | HELP
help | اليكسا وش الخيارات عندي | HELP
help | اليكسا الطلاب يبون يعرفون كيف يسالونك | HELP
help | اليكسا ابي مساعدة في اللعبة | HELP
help | اليكسا وش اسوي الحين | HELP
help | اليكسا المساعدة لو سمحت | HELP
help | اليكسا اشرحي لنا القوانين | HELP
help | اليكسا ما عرفت كيف اسال عن دولة | HELP
help | اليكسا ساعدني يا اليكسا | HELP
help | اليكسا وش تقدرين تسوين | HELP
help | اليكسا عطيني امثلة على اسئلة | HELP
help | اليكسا كيف اطلب عاصمتين مع بعض | HELP
help | اليكسا المعلمة تسال كيف نستخدم اللعبة في الفصل | HELP
help | اليكسا وش المفروض اقول | HELP
help | اليكسا انا ضايع ساعديني | HELP
help | اليكسا اقرا لي طريقة الاستخدام | HELP
help | اليكسا ابي اعرف الاوامر كلها | HELP
help | اليكسا هيلب مي | HELP
help | اليكسا تيتشر قالت اسالك هيلب | HELP
help | اليكسا مساعدة | HELP
help | اليكسا وش اقول عشان تعطيني عاصمة | HELP
help | اليكسا نحتاج مساعدة في المخيم كيف نلعب | HELP
help | اليكسا كيف اسال عن العاصمة بصوت | HELP
help | اليكسا ما اشوف الشاشة قول لي كيف استخدمك | HELP
help | اليكسا شلون اسال عن الجزر والاقاليم | HELP

# Stopping
stop | اليكسا خلاص يا ولد وقف | STOP
stop | اليكسا بس يكفي | STOP
stop | اليكسا اسكتي | STOP
stop | اليكسا وقفي اللعبة | STOP
stop | اليكسا يا رجال خلاص بنرجع للبحر | STOP
stop | اليكسا اطفي | STOP
stop | اليكسا خلاص انتهينا | STOP
stop | اليكسا يا الاخ اسكت الحين | STOP
stop | اليكسا كفاية اشنهو ذا | STOP
stop | اليكسا انا تعبان خلاص بس | STOP
stop | اليكسا ستوب بليز | STOP
stop | اليكسا من فضلك توقف | STOP
stop | اليكسا ارجو ان تتوقف | STOP
stop | اليكسا اوكي ستوب | STOP
stop | اليكسا ستوب ستوب | STOP
stop | اليكسا وقف العواصم | STOP
stop | اليكسا المسافر جا اسكت | STOP
stop | اليكسا خلاص بنام | STOP
stop | اليكسا اطلع من اللعبة | STOP
stop | اليكسا سكري عواصم العالم | STOP
stop | اليكسا اقفلي البرنامج | STOP
stop | اليكسا يكفي اليوم | STOP
stop | اليكسا خلاص الشحنة جات وقف | STOP
stop | اليكسا انهي الجلسة | STOP
stop | اليكسا وقف التسجيل حق العواصم | STOP
stop | اليكسا خلاص ما ابي | STOP
stop | اليكسا بس بس بس | STOP
stop | اليكسا وقفي لو سمحتي | STOP
stop | اليكسا الاختبار خلص وقفي | STOP
stop | اليكسا يالشباب خلاص اسكتوها | STOP
stop | اليكسا قفلي | STOP
stop | اليكسا سكوت | STOP
stop | اليكسا انتهى الوقت وقف | STOP
stop | اليكسا ستوب ذا قيم | STOP
stop | اليكسا خلاص يا اليكسا بنطلع | STOP
stop | اليكسا اسكتي الاطفال نايمين | STOP
stop | اليكسا اطلعي من عواصم العالم | STOP
stop | اليكسا الحلقة خلصت وقفي | STOP
stop | اليكسا بطلي | STOP
stop | اليكسا مو الحين بعدين | STOP
stop | اليكسا قفلي كل شي | STOP
stop | اليكسا خلاص الدوام انتهى | STOP
stop | اليكسا باي | STOP
stop | اليكسا مع السلامة | STOP

# Cancelling
cancel | اليكسا الغي | CANCEL
cancel | اليكسا الغي الطلب | CANCEL
cancel | اليكسا كنسل | CANCEL
cancel | اليكسا كانسل بليز | CANCEL
cancel | اليكسا لا لا الغيه | CANCEL
cancel | اليكسا هونت مو هذا الغي | CANCEL
cancel | اليكسا يا ولد الغي اللي قلته | CANCEL
cancel | اليكسا ما ابي هالسؤال الغيه | CANCEL
cancel | اليكسا تراجعت الغي | CANCEL
cancel | اليكسا من فضلك الغي | CANCEL
cancel | اليكسا الغاء | CANCEL
cancel | اليكسا ارجو الالغاء | CANCEL
cancel | اليكسا انا اريد الغاء | CANCEL
cancel | اليكسا الغي هذا كله | CANCEL
cancel | اليكسا كنسل ذا | CANCEL
cancel | اليكسا اشنهو ذا الغيه | CANCEL
cancel | اليكسا الغي السؤال الاخير | CANCEL
cancel | اليكسا الغي الطلب الله يرضى عليك | CANCEL
cancel | اليكسا مو هذا اللي ابيه الغي | CANCEL
cancel | اليكسا غلطت الغي | CANCEL
cancel | اليكسا الغي يا اليكسا | CANCEL
cancel | اليكسا لا خلاص الغيها | CANCEL
cancel | اليكسا شيلي السؤال | CANCEL
cancel | اليكسا امسحي اخر شي | CANCEL
cancel | اليكسا تجاهلي اللي قلت | CANCEL
cancel | اليكسا انسي السؤال | CANCEL
cancel | اليكسا انسى اللي قلته | CANCEL
cancel | اليكسا الغي العملية | CANCEL
cancel | اليكسا الغي الشحنة لا قصدي الغي السؤال | CANCEL
cancel | اليكسا الغي ابي اسال شي ثاني | CANCEL
cancel | اليكسا لا الغي الطالبة غلطت | CANCEL
cancel | اليكسا كنسل ذا كوستشن | CANCEL
cancel | اليكسا الغي الغي | CANCEL
cancel | اليكسا ما قصدت الغيه | CANCEL
cancel | اليكسا نو كانسل | CANCEL
cancel | اليكسا الغي اللعبة هذي | CANCEL
cancel | اليكسا الغي الجولة | CANCEL
cancel | اليكسا ابي الغي | CANCEL
cancel | اليكسا كنسلي | CANCEL
cancel | اليكسا رجعي ورا الغي | CANCEL
cancel | اليكسا لا مو هذا كنسل | CANCEL
cancel | اليكسا الغاء الامر | CANCEL
cancel | اليكسا الغي الحين | CANCEL
cancel | اليكسا الغي الرهان | CANCEL

# Opening the skill by its name
launch | اليكسا افتح عواصم العالم يا ولد | LAUNCH
launch | اليكسا شغلي عواصم العالم للطالبات في المخيم | LAUNCH
launch | اليكسا اشنهو افتح عواصم العالم | LAUNCH
launch | اليكسا من فضلك افتح عواصم العالم | LAUNCH
launch | اليكسا انا اريد عواصم العالم | LAUNCH
launch | اليكسا ابدا عواصم العالم | LAUNCH
launch | اليكسا بليز اوبن عواصم العالم | LAUNCH
launch | اليكسا لونش عواصم العالم | LAUNCH
launch | اليكسا شغل عواصم العالم نبي نتسلى | LAUNCH
launch | اليكسا افتحي عواصم العالم للكشافة | LAUNCH
launch | اليكسا ابي العب عواصم العالم مع عيالي | LAUNCH
launch | اليكسا شغلي لعبة عواصم العالم | LAUNCH
launch | اليكسا دشي على عواصم العالم | LAUNCH
launch | اليكسا افتح مهارة عواصم العالم | LAUNCH
launch | اليكسا شغل عواصم العالم على الهوا | LAUNCH
launch | اليكسا اسال عواصم العالم | LAUNCH
launch | اليكسا اطلب من عواصم العالم | LAUNCH
launch | اليكسا خلينا نلعب عواصم العالم | LAUNCH
launch | اليكسا ابدئي لعبة عواصم العالم | LAUNCH
launch | اليكسا شغلي عواصم العالم بصوت عالي | LAUNCH
launch | اليكسا افتح لي عواصم العالم يا الاخ | LAUNCH
launch | اليكسا عواصم العالم لو سمحتي | LAUNCH
launch | اليكسا افتح عواصم العالم للمراجعة | LAUNCH
launch | اليكسا شغلي عواصم العالم قبل الاختبار | LAUNCH
launch | اليكسا افتح عواصم العالم للاطفال | LAUNCH
launch | اليكسا ابغى عواصم العالم الحين | LAUNCH
launch | اليكسا روحي لعواصم العالم | LAUNCH
launch | اليكسا ابي اسال عواصم العالم سؤال | LAUNCH
launch | اليكسا شغل عواصم العالم نبي نحل الرهان | LAUNCH
launch | اليكسا اوبن ذا عواصم العالم | LAUNCH

"""


if __name__ == "__main__":
    build_round(44, "ar", LINES, sys.argv, "tests/Eval/ar/round44/source/build_corpus.py")
