"""Round-45 Arabic evaluation corpus (locale ar-SA), a new author's own mix, written blind at the start of the
fifty-first session (brief WRITER57.md). Every line was written by hand as one utterance said to an Echo in Saudi
Arabia, transcribed as ASR gives it (Arabic letters, no diacritics or punctuation, single spaces). Speakers, chosen
apart from round 44's (Najran families, Farasan fishermen, Mauritanian students, Somali families, Turkish learners,
Malayali pharmacy staff, parcel couriers, causeway officers, radio amateurs, Model UN students, Qudrat students,
scouts, WhatsApp family groups, kindergarten teachers, visually impaired users, podcast hosts, holiday planners, mall
guards, international-school children) and the groups of rounds 43 to 40 it lists (Emirati, Omani, Qatari, Sudanese,
Yemeni, Syrian, Lebanese, Egyptian, Kuwaiti, Bahraini, Iraqi, Maghrebi, Jordanian and Palestinian families, Abha and
al-Baha, Ha'il and al-Jouf, al-Ahsa, Hijazi and Qassim families, Saidi workers, ride-hailing captains, exchange clerks,
Filipino nurses, AlUla staff, baloot players, quiz-show watchers, geography teachers, homeschooling mothers, drivers,
cafe friends, scholarship students, home cooks, Hajj guides, Dhahran engineers, crossword solvers, household helpers,
football fans, young children, coin collectors, cabin crew, falconers, teenage gamers, Madinah students, Western
learners, truck drivers, a travel agency):
- families of Tabuk and the north-west (`يا خوي`، `يا بعد حيي`، `وش تكون`),
- rose farmers and distillers of Taif and al-Hada (`يا شيخة`، `دهن الورد`، `ترى`),
- families of Jazan (`ذحين`، `هاه`، `ذي`، `قهوة قشر`),
- Bedouin grandmothers of the Najd desert (`يا وليدي`، `يا بنيتي`، `الله يهديك`، `وش علومك`),
- Pakistani construction workers in Riyadh, Urdu-coloured Arabic (`انا سوال`، `رفيق انت قول`، `ايش كلام`، `فين`، `كفيل`),
- Indonesian and Malaysian pilgrims on umrah, learners (`عاصمة بلد`، `ما هو`، `اين`، `مطوف`),
- Bangladeshi barbers in Jeddah (`صديق`، `واجد`، `زين زين`، `كم اسم`),
- Afghan tandoor bakers (`برادر`، `رفيق`، `انت يعرف`),
- Chinese students of Arabic, formal learner Arabic (`عفوا هل تعرفين`، `هي ماذا`، `من فضلك`),
- Korean engineers on a plant project, learners (`نعم سؤال`، `عاصمة اين`، `ما عاصمة`),
- hotel receptionists near the Haram in Makkah (`النزيل`، `الجناح`، `معتمرين`),
- hospital receptionists and medical records staff (`الملف`، `التحويل الطبي`، `الاستشاري`),
- bank tellers sending transfers abroad (`الحوالة`، `السويفت`، `البنك المراسل`),
- newsroom editors at a Riyadh channel (`خبر عاجل`، `الشريط`، `قبل الفاصل`),
- port staff in Dammam (`الحاوية`، `رافعة علم`، `القبطان`),
- used-car importers and showroom salesmen (`وارد`، `الوكالة`، `يا معلم`),
- camel race owners and handlers (`الهجن`، `المضمار`، `المضمر`، `العزبة`),
- families watching an Olympic opening parade (`الوفد`، `حامل علم`، `ذهبية`),
- trivia nights at an istiraha (`الرهان`، `الخسران يسوي الشاهي`، `الهواش`),
- a flag and capital quiz game on the phone (`المرحلة`، `المستوى`، `محاولة`),
- stamp collectors (`طابع`، `الالبوم`، `الظرف مختوم`),
- cadets at the military academy (`الملحق العسكري`، `التمرين المشترك`، `التفتيش`),
- students at Princess Nourah University (`كويز`، `الدكتورة`، `البرزنتيشن`، `السكن`),
- intermediate-school pupils doing a group project (`ثاني متوسط`، `اللوحة`، `قروبنا`),
- people who got their first Echo this week (`اول مرة اكلمك`، `ابي اجربك`),
- Riyadh office workers mixing English into Arabic (`بليز`، `الكابيتال`، `ميتنق`، `كلاينت`، `الريبورت`، `كويك`).
Situations: work (rose fields, a building site, a barbershop, a bakery, a hotel desk, a hospital desk, a bank counter,
a newsroom, a port, a car showroom, an office, a camel track), school (a university class and dorm, a military academy,
an intermediate school project, Arabic classes for Chinese and Korean learners), games (istiraha trivia, a flag quiz
app, watching the Olympics) and home (Tabuk, Jazan and desert family evenings, stamp albums, a new Echo).
Follow-ups, yes/no checks with right and wrong guesses, self-corrections, reverse questions (countries, US states,
Canadian provinces and Indian states from their capitals), shared names bare and told apart, plurals of every
several-capital country and Palestine, official, everyday and old names, subdivisions and territories, launches through
the skill's name `عواصم العالم`, help, stop and cancel, and fallback lines (Echo requests, other questions about
countries, Saudi and other countries' regions not in the data, historical states, fictional lands, "capital" as money,
a letter, a bank, a film or a title such as "capital of roses"). Brief WRITER57.md.
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
# Families of Tabuk and the north-west, at home
tabuk-families | اليكسا يا خوي وش تكون عاصمة {} | الاردن=JO; فلسطين=PS; العراق=IQ
tabuk-families | اليكسا ابوي يسال وش عاصمة {} قبل نشرة الاخبار | سوريا=SY; لبنان=LB; مصر=EG
tabuk-families | اليكسا احنا في تبوك والدنيا برد بس قولي عاصمة {} | روسيا=RU; النرويج=NO; فنلندا=FI
tabuk-families | اليكسا ولد عمي سافر {} وش عاصمتها | البوسنة=BA; البانيا=AL; كوسوفو=XK
tabuk-families | اليكسا يا بعد حيي وش هي عاصمة {} | الجبل الاسود=ME; صربيا=RS; كرواتيا=HR
tabuk-families | اليكسا جدتي تبي تعرف عاصمة {} قبل العشا | ليبيا=LY; تونس=TN; الجزائر=DZ
tabuk-families | اليكسا وش عاصمة {} اللي قبالنا على البحر الاحمر | السودان=SD; ارتيريا=ER; جيبوتي=DJ

# Rose farmers and distillers of Taif, at work
taif-rose-farmers | اليكسا واحنا نقطف الورد ايش عاصمة {} | بلغاريا=BG; تركيا=TR; ايران=IR
taif-rose-farmers | اليكسا تاجر الورد جاي من {} ايش عاصمتها | فرنسا=FR; المغرب=MA; الهند=IN
taif-rose-farmers | اليكسا ترى دهن الورد يروح {} ايش عاصمتها | الامارات=AE; الكويت=KW; قطر=QA
taif-rose-farmers | اليكسا يا شيخة ايش هي عاصمة {} | البحرين=BH; سلطنة عمان=OM; اليمن=YE
taif-rose-farmers | اليكسا زبون من {} اشترى ماء ورد ايش عاصمة بلده | ماليزيا=MY; بروناي=BN; سنغافورة=SG
taif-rose-farmers | اليكسا الهدا بارد اليوم قولي عاصمة {} | سويسرا=CH; النمسا=AT; ليختنشتاين=LI
taif-rose-farmers | اليكسا المعمل يصدر لين {} ايش اسم عاصمتها | اليابان=JP; كوريا الجنوبية=KR; الصين=CN

# Families of Jazan, at home
jazan-families | اليكسا ذحين قولي ايش عاصمة {} | اثيوبيا=ET; الصومال=SO; كينيا=KE
jazan-families | اليكسا يا خبيرة ايش هي عاصمة {} هاه | تنزانيا=TZ; اوغندا=UG; رواندا=RW
jazan-families | اليكسا امي تسال ايش عاصمة {} ذي | بوروندي=BI; جنوب السودان=SS; تشاد=TD
jazan-families | اليكسا واحنا نشرب قهوة قشر قولي عاصمة {} | مالي=ML; النيجر=NE; نيجيريا=NG
jazan-families | اليكسا ايش عاصمة {} يا اليكسا ترى خالي يسال | الكاميرون=CM; الغابون=GA; غينيا الاستوائية=GQ
jazan-families | اليكسا ولدي يقول عاصمة {} ما يعرفها احد ايش هي | ساو تومي وبرينسيبي=ST; الراس الاخضر=CV; غامبيا=GM

# Bedouin grandmothers of the Najd desert
najd-grandmothers | اليكسا يا وليدي وش عاصمة {} | افغانستان=AF; باكستان=PK; طاجيكستان=TJ
najd-grandmothers | اليكسا عطني عاصمة {} الله يهديك | اوزبكستان=UZ; تركمانستان=TM; كازاخستان=KZ
najd-grandmothers | اليكسا يا بنيتي وش اسم عاصمة {} | قيرغيزستان=KG; اذربيجان=AZ; ارمينيا=AM
najd-grandmothers | اليكسا انا عجوز وما اعرف وش عاصمة {} | منغوليا=MN; نيبال=NP; بوتان=BT
najd-grandmothers | اليكسا وش علومك قولي عاصمة {} | بنغلاديش=BD; سريلانكا=LK; جزر المالديف=MV
najd-grandmothers | اليكسا المسلسل اللي اشوفه من {} وش عاصمتها | تركيا=TR; الهند=IN; كوريا الجنوبية=KR

# Pakistani construction workers in Riyadh, Urdu-coloured Arabic
pakistani-construction-workers | اليكسا انا سوال عاصمة {} ايش اسم | باكستان=PK; افغانستان=AF; ايران=IR
pakistani-construction-workers | اليكسا رفيق انت قول {} عاصمة ايش | نيبال=NP; بنغلاديش=BD; الهند=IN
pakistani-construction-workers | اليكسا هذا مهندس من {} عاصمة ايش كلام | الفلبين=PH; فيتنام=VN; كمبوديا=KH
pakistani-construction-workers | اليكسا مافي معلوم عاصمة {} انت قول | لاوس=LA; ميانمار=MM; تايلاند=TH
pakistani-construction-workers | اليكسا صديق يسال {} عاصمة فين | اندونيسيا=ID; تيمور الشرقية=TL; بابوا غينيا الجديدة=PG
pakistani-construction-workers | اليكسا كفيل يسال عاصمة {} ايش | بريطانيا=GB; امريكا=US; كندا=CA

# Indonesian and Malaysian pilgrims doing umrah, learners of Arabic
indonesian-umrah-pilgrims | اليكسا من فضلك ما عاصمة بلد {} | اندونيسيا=ID; ماليزيا=MY; بروناي=BN
indonesian-umrah-pilgrims | اليكسا انا حاج من اندونيسيا اريد عاصمة {} | استراليا=AU; نيوزيلندا=NZ; فيجي=FJ
indonesian-umrah-pilgrims | اليكسا شكرا عاصمة {} ما هو | سنغافورة=SG; الفلبين=PH; تايوان=TW
indonesian-umrah-pilgrims | اليكسا ما هو اسم العاصمة في {} | ساموا=WS; تونغا=TO; فانواتو=VU
indonesian-umrah-pilgrims | اليكسا بعد العمرة نذهب {} ما عاصمتها | تركيا=TR; الاردن=JO; مصر=EG
indonesian-umrah-pilgrims | اليكسا مطوف يسال عاصمة {} اين | جزر سليمان=SB; ناورو=NR; توفالو=TV

# Bangladeshi barbers in Jeddah
bangladeshi-barbers | اليكسا صديق زبون واجد يسال عاصمة {} | البرازيل=BR; الارجنتين=AR; تشيلي=CL
bangladeshi-barbers | اليكسا انا حلاق ما يعرف عاصمة {} ايش | كولومبيا=CO; فنزويلا=VE; الاكوادور=EC
bangladeshi-barbers | اليكسا زين زين عاصمة {} قول | بيرو=PE; بوليفيا=BO; باراغواي=PY
bangladeshi-barbers | اليكسا هذا زبون من {} عاصمة ايش اسمها | الاوروغواي=UY; غيانا=GY; سورينام=SR
bangladeshi-barbers | اليكسا قصة شعر لاعب من {} عاصمة بلده ايش | البرتغال=PT; اسبانيا=ES; ايطاليا=IT
bangladeshi-barbers | اليكسا عاصمة {} كم اسم | بنغلاديش=BD; بوتان=BT; سريلانكا=LK

# Afghan tandoor bakers in Riyadh
afghan-bakers | اليكسا برادر عاصمة {} ايش هي | افغانستان=AF; طاجيكستان=TJ; اوزبكستان=UZ
afghan-bakers | اليكسا رفيق خبز جاهز قول عاصمة {} | تركمانستان=TM; كازاخستان=KZ; قيرغيزستان=KG
afghan-bakers | اليكسا انا خباز ابي عاصمة {} | روسيا=RU; اوكرانيا=UA; بيلاروسيا=BY
afghan-bakers | اليكسا الطحين يجي من {} عاصمة ايش | كندا=CA; استراليا=AU; رومانيا=RO
afghan-bakers | اليكسا زبون من {} يسال عاصمة بلده انت يعرف | مولدوفا=MD; جورجيا الدولة=GE; اذربيجان=AZ
afghan-bakers | اليكسا انت عاصمة {} يعرف | ايران=IR; العراق=IQ; سوريا=SY

# Chinese students of Arabic at a Riyadh university, formal learner Arabic
chinese-arabic-learners | اليكسا عفوا هل تعرفين ما هي عاصمة {} | جمهورية الصين الشعبية=CN; منغوليا=MN; كوريا الشمالية=KP
chinese-arabic-learners | اليكسا انا طالب صيني اريد ان اعرف عاصمة {} | اليابان=JP; فيتنام=VN; لاوس=LA
chinese-arabic-learners | اليكسا ما اسم عاصمة دولة {} من فضلك | كازاخستان=KZ; باكستان=PK; ميانمار=MM
chinese-arabic-learners | اليكسا الاستاذ سال ما هي عاصمة {} ولا اتذكر | الجزائر=DZ; المغرب=MA; موريتانيا=MR
chinese-arabic-learners | اليكسا عاصمة {} هي ماذا | السودان=SD; ليبيا=LY; تونس=TN
chinese-arabic-learners | اليكسا في الواجب نكتب عاصمة {} ما هي | تايوان=TW; سنغافورة=SG; كمبوديا=KH

# Korean engineers on a plant project, learners
korean-engineers | اليكسا نعم سؤال عاصمة دولة {} ما هو | كوريا الجنوبية=KR; كوريا الشمالية=KP; اليابان=JP
korean-engineers | اليكسا المشروع القادم في {} ما عاصمة | الكويت=KW; قطر=QA; العراق=IQ
korean-engineers | اليكسا انا مهندس كوري سؤال عاصمة {} | الجزائر=DZ; مصر=EG; تركمانستان=TM
korean-engineers | اليكسا المورد من {} عاصمة اين | المانيا=DE; ايطاليا=IT; فرنسا=FR
korean-engineers | اليكسا الاجتماع مع شركة {} عاصمة ما هي | هولندا=NL; بلجيكا=BE; الدنمارك=DK

# Hotel receptionists near the Haram in Makkah
makkah-hotel-receptionists | اليكسا النزيل جوازه من {} وش عاصمة بلده | نيجيريا=NG; السنغال=SN; غينيا=GN
makkah-hotel-receptionists | اليكسا ابي اكتب مدينة النزيل من {} وش عاصمتها | مالي=ML; بوركينا فاسو=BF; النيجر=NE
makkah-hotel-receptionists | اليكسا مجموعة معتمرين من {} وصلوا وش عاصمة بلدهم | الجزائر=DZ; تونس=TN; ليبيا=LY
makkah-hotel-receptionists | اليكسا الحجز باسم شركة من {} ايش عاصمتها | البوسنة والهرسك=BA; البانيا=AL; مقدونيا الشمالية=MK
makkah-hotel-receptionists | اليكسا ضيف الجناح من {} وش عاصمتها | بروناي=BN; جزر القمر=KM; موريشيوس=MU
makkah-hotel-receptionists | اليكسا الوفد الجاي من {} يبون خريطة وش عاصمتهم | سيراليون=SL; ليبيريا=LR; غانا=GH

# Hospital receptionists and medical records staff
hospital-receptionists | اليكسا المريض من {} وش عاصمة بلده عشان الملف | اريتريا=ER; اثيوبيا=ET; الصومال=SO
hospital-receptionists | اليكسا الطبيب الزائر من {} ايش عاصمة بلده | المجر=HU; التشيك=CZ; سلوفاكيا=SK
hospital-receptionists | اليكسا ممرضة جديدة من {} وش عاصمتهم | بولندا=PL; ليتوانيا=LT; لاتفيا=LV
hospital-receptionists | اليكسا في خانة العنوان ابي عاصمة {} | استونيا=EE; سلوفينيا=SI; قبرص=CY
hospital-receptionists | اليكسا الاستشاري راجع من مؤتمر في {} وش عاصمتها | ايرلندا=IE; ايسلندا=IS; مالطا=MT
hospital-receptionists | اليكسا التحويل الطبي من {} وش عاصمتها | اليمن=YE; جيبوتي=DJ; سوريا=SY

# Bank tellers sending transfers abroad
bank-transfer-clerks | اليكسا الحوالة رايحة {} وش عاصمتها | مصر=EG; السودان=SD; الفلبين=PH
bank-transfer-clerks | اليكسا البنك المراسل في عاصمة {} وش اسمها | سويسرا=CH; لوكسمبورغ=LU; موناكو=MC
bank-transfer-clerks | اليكسا نموذج السويفت يبي عاصمة {} | الهند=IN; نيبال=NP; سريلانكا=LK
bank-transfer-clerks | اليكسا العميل يحول لاهله في {} وش عاصمتها | اندونيسيا=ID; بنغلاديش=BD; باكستان=PK
bank-transfer-clerks | اليكسا فرع البنك الجديد في عاصمة {} وين | البحرين=BH; الاردن=JO; تركيا=TR
bank-transfer-clerks | اليكسا عميل عنده حساب في {} وش عاصمتها | جزر البهاما=BS; بربادوس=BB; سانت كيتس ونيفيس=KN

# Newsroom editors at a Riyadh channel
newsroom-editors | اليكسا خبر عاجل من {} وش عاصمتها بسرعة | اوكرانيا=UA; روسيا=RU; بيلاروس=BY
newsroom-editors | اليكسا المراسل في عاصمة {} وش اسمها اكتبها في الشريط | فنزويلا=VE; كوبا=CU; نيكاراغوا=NI
newsroom-editors | اليكسا الانتخابات في {} وش عاصمتها | هايتي=HT; جمهورية الدومينيكان=DO; جامايكا=JM
newsroom-editors | اليكسا زلزال في {} وش عاصمتها للخبر | فانواتو=VU; تونغا=TO; بابوا غينيا الجديدة=PG
newsroom-editors | اليكسا المذيع يبي عاصمة {} قبل الفاصل | السلفادور=SV; هندوراس=HN; غواتيمالا=GT
newsroom-editors | اليكسا قمة في {} وش العاصمة اللي بتستضيفها | كوستاريكا=CR; بنما=PA; بليز=BZ

# Port staff at King Abdulaziz Port in Dammam
dammam-port-staff | اليكسا الحاوية جاية من {} وش عاصمتها | الصين=CN; فيتنام=VN; تايلاند=TH
dammam-port-staff | اليكسا السفينة رافعة علم {} وش عاصمتها | ليبيريا=LR; جزر مارشال=MH; بنما=PA
dammam-port-staff | اليكسا طاقم الباخرة من {} وش عاصمة بلدهم | ميانمار=MM; الفلبين=PH; اوكرانيا=UA
dammam-port-staff | اليكسا الشحنة وجهتها {} وش عاصمتها يا رجل | كينيا=KE; تنزانيا=TZ; موزمبيق=MZ
dammam-port-staff | اليكسا الرافعة واقفة قولي عاصمة {} | مدغشقر=MG; سيشل=SC; موريشيوس=MU
dammam-port-staff | اليكسا القبطان من {} وش عاصمتهم | اليونان=GR; مالطا=MT; قبرص=CY

# Used-car importers and showroom salesmen
car-importers | اليكسا السيارة وارد {} وش عاصمتها | اليابان=JP; كوريا=KR; المانيا=DE
car-importers | اليكسا الوكالة الام في عاصمة {} وش اسمها | السويد=SE; التشيك=CZ; رومانيا=RO
car-importers | اليكسا الجيب وارد {} وش عاصمتها يا معلم | امريكا=US; كندا=CA; المكسيك=MX
car-importers | اليكسا القطع تجي من {} وش اسم العاصمة | البرازيل=BR; الارجنتين=AR; جنوب افريقيا=ZA
car-importers | اليكسا الزبون يبي يصدر سيارة الى {} وش عاصمتها | العراق=IQ; اليمن=YE; الاردن=JO

# Camel race owners and their handlers
camel-race-owners | اليكسا الهجن المشاركة من {} وش عاصمتها | عمان=OM; الامارات=AE; قطر=QA
camel-race-owners | اليكسا يا ولد المضمار فاضي قولي عاصمة {} | موريتانيا=MR; تشاد=TD; النيجر=NE
camel-race-owners | اليكسا المضمر جاي من {} وش عاصمة ديرته | السودان=SD; الصومال=SO; باكستان=PK
camel-race-owners | اليكسا في العزبة نسولف وش عاصمة {} | استراليا=AU; منغوليا=MN; كازاخستان=KZ
camel-race-owners | اليكسا الشيخ راعي الهجن يسال عن عاصمة {} | البحرين=BH; الكويت=KW; السعودية=SA

# Families watching the Olympic opening parade
olympics-watchers | اليكسا الفريق اللي يمشي الحين من {} وش عاصمتها | توفالو=TV; كيريباتي=KI; بالاو=PW
olympics-watchers | اليكسا دخل وفد {} وش عاصمتها | ميكرونيزيا=FM; جزر مارشال=MH; ناورو=NR
olympics-watchers | اليكسا حامل علم {} لابس زي تقليدي وش عاصمتهم | تونغا=TO; ساموا=WS; فيجي=FJ
olympics-watchers | اليكسا بنتي تسال عن {} في الطابور وش عاصمتها | اندورا=AD; سان مارينو=SM; ليختنشتاين=LI
olympics-watchers | اليكسا اللاعب اللي فاز ذهبية من {} وش عاصمة بلده | جامايكا=JM; كينيا=KE; اثيوبيا=ET
olympics-watchers | اليكسا علم {} حلو وش عاصمتها | سانت لوسيا=LC; دومينيكا=DM; غرينادا=GD
olympics-watchers | اليكسا وفد {} صغير مره وش عاصمتهم | سانت فنسنت والغرينادين=VC; انتيغوا وباربودا=AG; ترينيداد وتوباغو=TT

# Trivia nights at an istiraha with friends
istiraha-trivia | اليكسا احنا في الاستراحة وفيه رهان وش عاصمة {} | كندا=CA; البرازيل=BR; استراليا=AU
istiraha-trivia | اليكسا السؤال الجاي عليك عاصمة {} | نيجيريا=NG; تركيا=TR; سويسرا=CH
istiraha-trivia | اليكسا الخسران يسوي الشاهي وش عاصمة {} | كازاخستان=KZ; ميانمار=MM; ساحل العاج=CI
istiraha-trivia | اليكسا فكنا من الهواش وقولي عاصمة {} | نيوزيلندا=NZ; الامارات=AE; المغرب=MA
istiraha-trivia | اليكسا سعود يقول يعرف عاصمة {} اثبتي انه غلطان | تنزانيا=TZ; بيلاروس=BY; البوسنة=BA
istiraha-trivia | اليكسا جولة سريعة عاصمة {} | بوتسوانا=BW; ناميبيا=NA; زامبيا=ZM

# A flag and capital quiz played on the phone with the Echo as referee
flag-quiz-game | اليكسا في اللعبة طلع علم {} وش عاصمتها | زيمبابوي=ZW; ملاوي=MW; ليسوتو=LS
flag-quiz-game | اليكسا المرحلة العاشرة تسال عن عاصمة {} | انغولا=AO; الكونغو الديمقراطية=CD; جمهورية افريقيا الوسطى=CF
flag-quiz-game | اليكسا باقي لي محاولة وحدة عاصمة {} وش هي | توغو=TG; بنين=BJ; غينيا بيساو=GW
flag-quiz-game | اليكسا العلم الاحمر والاخضر حق {} وش عاصمتها | بوركينا فاسو=BF; الكاميرون=CM; السنغال=SN
flag-quiz-game | اليكسا ساعديني في اللعبة عاصمة {} ايش | اريتريا=ER; رواندا=RW; بوروندي=BI
flag-quiz-game | اليكسا ابي اخلص المستوى عاصمة {} بسرعة | جمهورية الكونغو=CG; الغابون=GA; غينيا الاستوائية=GQ

# Stamp collectors sorting albums at home
stamp-collectors | اليكسا عندي طابع قديم من {} وش عاصمتها | الفاتيكان=VA; سان مارينو=SM; موناكو=MC
stamp-collectors | اليكسا الالبوم فيه صفحة ل{} وش عاصمتها | لوكسمبورغ=LU; اندورا=AD; مالطا=MT
stamp-collectors | اليكسا طوابع {} نادرة وش عاصمتها | غرينادا=GD; سانت فنسنت=VC; سانت كيتس=KN
stamp-collectors | اليكسا الظرف مختوم من عاصمة {} وش اسمها | ايسلندا=IS; النرويج=NO; الدنمارك=DK
stamp-collectors | اليكسا جاني طرد طوابع من {} ابي عاصمتها | البرتغال=PT; اسبانيا=ES; بلجيكا=BE

# Cadets at King Abdulaziz Military Academy
military-cadets | اليكسا في محاضرة الجغرافيا العسكرية وش عاصمة {} | ايران=IR; اسرائيل=IL; تركيا=TR
military-cadets | اليكسا التمرين المشترك مع {} وش عاصمتها | فرنسا=FR; بريطانيا=GB; باكستان=PK
military-cadets | اليكسا الملحق العسكري من {} وش عاصمة بلده | اليونان=GR; بولندا=PL; رومانيا=RO
military-cadets | اليكسا الضابط المناوب يسال عاصمة {} | كوبا=CU; كوريا الشمالية=KP; فنزويلا=VE
military-cadets | اليكسا قبل التفتيش قولي عاصمة {} | بلغاريا=BG; المجر=HU; صربيا=RS

# Students at Princess Nourah University, in the dorm and the library
nourah-university-students | اليكسا عندي كويز بكرة وش عاصمة {} | النمسا=AT; هولندا=NL; السويد=SE
nourah-university-students | اليكسا الدكتورة قالت نحفظ عاصمة {} وش هي | ايرلندا=IE; سلوفينيا=SI; كرواتيا=HR
nourah-university-students | اليكسا في مشروع التخرج نتكلم عن {} وش عاصمتها | فنلندا=FI; استونيا=EE; لاتفيا=LV
nourah-university-students | اليكسا يا بنات اسكتوا ابي اسال وش عاصمة {} | الاوروغواي=UY; باراغواي=PY; تشيلي=CL
nourah-university-students | اليكسا في السكن ما عندي نت وش عاصمة {} | مولدوفا=MD; الجبل الاسود=ME; مقدونيا=MK
nourah-university-students | اليكسا ابحث عن عاصمة {} للبرزنتيشن | ليتوانيا=LT; سلوفاكيا=SK; بيلاروس=BY

# Intermediate school pupils doing a group project
intermediate-school-project | اليكسا انا في ثاني متوسط والمشروع عن {} وش عاصمتها | اليابان=JP; الصين=CN; الهند=IN
intermediate-school-project | اليكسا الاستاذ قال نكتب عاصمة {} في اللوحة | مصر=EG; ايطاليا=IT; اليونان=GR
intermediate-school-project | اليكسا قروبنا اخذ {} وش عاصمتها | المكسيك=MX; البيرو=PE; كولومبيا=CO
intermediate-school-project | اليكسا ابي اكمل الجدول عاصمة {} وش | الاكوادور=EC; بوليفيا=BO; غيانا=GY
intermediate-school-project | اليكسا مشروع العلوم الاجتماعية يبي عاصمة {} | نيجيريا=NG; غانا=GH; توغو=TG

# People who got their first Echo this week
new-echo-owners | اليكسا انتي تعرفين العواصم طيب وش عاصمة {} | السعودية=SA; الكويت=KW; البحرين=BH
new-echo-owners | اليكسا اول مرة اكلمك وش عاصمة {} | بريطانيا=GB; فرنسا=FR; اسبانيا=ES
new-echo-owners | اليكسا ابي اجربك وش عاصمة {} | الصومال=SO; اوغندا=UG; جنوب السودان=SS
new-echo-owners | اليكسا هل تعرفين عاصمة {} ولا لا | ليسوتو=LS; اسواتيني=SZ; ملاوي=MW
new-echo-owners | اليكسا ابوي ما يصدق انك تعرفين عاصمة {} | هايتي=HT; كوبا=CU; الدومينيكان=DO

# Riyadh office workers mixing English into Arabic
riyadh-office-codeswitchers | اليكسا بليز وش الكابيتال حقت {} | كندا=CA; سويسرا=CH; هولندا=NL
riyadh-office-codeswitchers | اليكسا عندي ميتنق مع كلاينت من {} وش عاصمتها | سنغافورة=SG; ماليزيا=MY; فيتنام=VN
riyadh-office-codeswitchers | اليكسا اوكي ابي الكابيتال سيتي حق {} | جنوب افريقيا=ZA; كينيا=KE; نيجيريا=NG
riyadh-office-codeswitchers | اليكسا الريبورت يبي عاصمة {} كويك | الدنمارك=DK; فنلندا=FI; النرويج=NO
riyadh-office-codeswitchers | اليكسا الفلايت بكرة الى {} وش عاصمتها اصلا | كازاخستان=KZ; اذربيجان=AZ; جورجيا الدولة=GE
riyadh-office-codeswitchers | اليكسا سوري بس وش عاصمة {} | اوزبكستان=UZ; الكاميرون=CM; انغولا=AO

# Plural capitals of the several-capital countries and Palestine
plural-capitals | اليكسا وش هي عواصم {} | بنين=BJ; بوليفيا=BO; ساحل العاج=CI
plural-capitals | اليكسا ايش عواصم {} يا اليكسا | سريلانكا=LK; ماليزيا=MY; هولندا=NL
plural-capitals | اليكسا ما هي عواصم {} | اسواتيني=SZ; جنوب افريقيا=ZA; فلسطين=PS
plural-capitals | اليكسا كم عاصمة عند {} ووش هي | جنوب افريقيا=ZA; بوليفيا=BO; بنين=BJ
plural-capitals | اليكسا {} لها عاصمتين وش هم | ساحل العاج=CI; سريلانكا=LK; ماليزيا=MY
plural-capitals | اليكسا عدد لي عواصم {} كلها | هولندا=NL; اسواتيني=SZ; فلسطين=PS
plural-capitals | اليكسا سمعت ان {} فيها اكثر من عاصمة وش هي | بنين=BJ; ساحل العاج=CI; هولندا=NL
plural-capitals | اليكسا اعطني العواصم حقت {} | بوليفيا=BO; سوازيلاند=SZ; جنوب افريقيا=ZA
plural-capitals | اليكسا وش العاصمة الادارية والعاصمة الرسمية في {} | ماليزيا=MY; سريلانكا=LK; بوليفيا=BO
plural-capitals | اليكسا قولي عاصمتي {} الثنتين | بنين=BJ; فلسطين=PS; ساحل العاج=CI
plural-capitals | اليكسا جنوب افريقيا عندها ثلاث عواصم وش اسماءها | ZA
plural-capitals | اليكسا ابغى عواصم {} للبحث | هولندا=NL; سريلانكا=LK; اسواتيني=SZ
plural-capitals | اليكسا ما هما عاصمتا {} | بنين=BJ; بوليفيا=BO; ماليزيا=MY
plural-capitals | اليكسا {} وش عواصمها كلها | ساحل العاج=CI; فلسطين=PS; جنوب افريقيا=ZA
plural-capitals | اليكسا الدكتورة تقول {} عندها عاصمتين وش هي | اسواتيني=SZ; هولندا=NL; سريلانكا=LK

plural-capitals | اليكسا ماليزيا عندها كوالالمبور وبوتراجايا ولا وش عواصمها بالضبط | MY
plural-capitals | اليكسا عواصم ماليزيا الثنتين وش اسماءها | MY
plural-capitals | اليكسا صديق ماليزيا كم عاصمة فيها وش هي | MY

plural-capitals | اليكسا اسواتيني عندها مباباني ولوبامبا وش العاصمتين | SZ
plural-capitals | اليكسا انا طالب صيني ما هي عواصم مملكة اسواتيني | SZ

# Follow-ups said after an answer, in the same session
follow-up | طيب وعاصمة {} | فرنسا=FR; المانيا=DE; ايطاليا=IT
follow-up | و{} وش عاصمتها | اسبانيا=ES; البرتغال=PT; اليونان=GR
follow-up | زين و{} | تركيا=TR; ايران=IR; العراق=IQ
follow-up | طيب عاصمة {} بعد | مصر=EG; ليبيا=LY; السودان=SD
follow-up | ايش عن {} | كندا=CA; المكسيك=MX; البرازيل=BR
follow-up | والحين {} | اليابان=JP; الصين=CN; الهند=IN
follow-up | وكذا {} | روسيا=RU; اوكرانيا=UA; بولندا=PL
follow-up | طيب والعاصمة حقت {} | باكستان=PK; افغانستان=AF; بنغلاديش=BD
follow-up | و{} يا اليكسا | ولاية تكساس=US-TX; ولاية فلوريدا=US-FL; ولاية كاليفورنيا=US-CA
follow-up | طيب وشرايك في {} عاصمتها وش | اونتاريو=CA-ON; كيبيك=CA-QC; البرتا=CA-AB
follow-up | اوكي وبعدها {} | بافاريا=DE-BY; ساكسونيا=DE-SN; هامبورغ=DE-HH
follow-up | وعاصمة ولاية {} | كيرلا=IN-KL; غوجارات=IN-GJ; ماهاراشترا=IN-MH
follow-up | والثانية {} | كوينزلاند=AU-QLD; تسمانيا=AU-TAS; استراليا الغربية=AU-WA
follow-up | كمان وحدة عاصمة {} | نيجيريا=NG; غانا=GH; السنغال=SN
follow-up | وبالنسبة ل{} | ماليزيا=MY; اندونيسيا=ID; الفلبين=PH
follow-up | طيب {} وش عاصمتها | كوبا=CU; جامايكا=JM; هايتي=HT

# Yes/no checks with right and wrong guesses
yes-no-check | اليكسا صح ان عاصمة {} اسطنبول | تركيا=TR
yes-no-check | اليكسا هل عاصمة {} سيدني | استراليا=AU
yes-no-check | اليكسا عاصمة {} ريو دي جانيرو صح ولا غلط | البرازيل=BR
yes-no-check | اليكسا هل عاصمة {} تورونتو | كندا=CA
yes-no-check | اليكسا اخوي يقول عاصمة {} نيويورك صح كلامه | امريكا=US
yes-no-check | اليكسا عاصمة {} الرياض صح | السعودية=SA
yes-no-check | اليكسا هل صحيح ان عاصمة {} القاهرة | مصر=EG
yes-no-check | اليكسا عاصمة {} زيورخ ولا لا | سويسرا=CH
yes-no-check | اليكسا اتوقع عاصمة {} لاغوس صح | نيجيريا=NG
yes-no-check | اليكسا هل عاصمة {} كراتشي | باكستان=PK
yes-no-check | اليكسا عاصمة {} مومباي مو كذا | الهند=IN
yes-no-check | اليكسا هل عاصمة {} هي اوكلاند | نيوزيلندا=NZ
yes-no-check | اليكسا عاصمة {} دبي صح ولا ابوظبي | الامارات=AE
yes-no-check | اليكسا عاصمة {} الدار البيضاء ولا الرباط | المغرب=MA
yes-no-check | اليكسا هل فعلا عاصمة {} انقرة | تركيا=TR
yes-no-check | اليكسا عاصمة {} بكين صح | الصين=CN
yes-no-check | اليكسا هل عاصمة {} هي ميلانو | ايطاليا=IT
yes-no-check | اليكسا عاصمة {} برشلونة صح | اسبانيا=ES
yes-no-check | اليكسا هل عاصمة {} اوساكا | اليابان=JP
yes-no-check | اليكسا صح ان عاصمة {} لوس انجلوس | ولاية كاليفورنيا=US-CA
yes-no-check | اليكسا عاصمة {} ميامي صح | فلوريدا=US-FL
yes-no-check | اليكسا هل عاصمة {} هيوستن | تكساس=US-TX
yes-no-check | اليكسا عاصمة {} شيكاغو مو | الينوي=US-IL
yes-no-check | اليكسا هل عاصمة {} مونتريال | كيبيك=CA-QC
yes-no-check | اليكسا عاصمة {} فانكوفر صح | كولومبيا البريطانية=CA-BC
yes-no-check | اليكسا هل عاصمة {} ميونخ | بافاريا=DE-BY
yes-no-check | اليكسا عاصمة {} غلاسكو ولا ادنبره | اسكتلندا=GB-SCT
yes-no-check | اليكسا هل عاصمة {} دار السلام | تنزانيا=TZ
yes-no-check | اليكسا عاصمة {} يانغون صح | ميانمار=MM
yes-no-check | اليكسا هل عاصمة {} ملبورن | ولاية فكتوريا=AU-VIC
yes-no-check | اليكسا عاصمة {} جدة ترى اخوي يقول كذا | السعودية=SA
yes-no-check | اليكسا هل عاصمة {} الماتي | كازاخستان=KZ
yes-no-check | اليكسا عاصمة {} ابيدجان صح | ساحل العاج=CI
yes-no-check | اليكسا هل عاصمة {} بنغالور | كارناتاكا=IN-KA
yes-no-check | اليكسا عاصمة {} بومباي صح | ماهاراشترا=IN-MH

# Self-corrections: the last place named counts
self-correction | اليكسا وش عاصمة النمسا لا قصدي {} | استراليا=AU; المانيا=DE; المجر=HU
self-correction | اليكسا عاصمة السويد لا لا {} | سويسرا=CH; النرويج=NO; الدنمارك=DK
self-correction | اليكسا وش عاصمة ايران اقصد {} | العراق=IQ; عمان=OM; اليمن=YE
self-correction | اليكسا عاصمة كوريا الشمالية اسفة {} | كوريا الجنوبية=KR; اليابان=JP; الصين=CN
self-correction | اليكسا وش عاصمة سلوفينيا ولا لحظة {} | سلوفاكيا=SK; كرواتيا=HR; التشيك=CZ
self-correction | اليكسا عاصمة النيجر امسحي ذي {} | نيجيريا=NG; الكاميرون=CM; تشاد=TD
self-correction | اليكسا وش عاصمة غينيا لا {} | غينيا بيساو=GW; غينيا الاستوائية=GQ; بابوا غينيا الجديدة=PG
self-correction | اليكسا عاصمة ولاية واشنطن غلطت قصدي {} | ولاية اوريغون=US-OR; ولاية نيفادا=US-NV; ولاية يوتا=US-UT
self-correction | اليكسا وش عاصمة اونتاريو لا ابي {} | مانيتوبا=CA-MB; ساسكاتشوان=CA-SK; نوفا سكوشا=CA-NS

# Reverse questions: the country or state whose capital is named
reverse-question | اليكسا {} عاصمة اي دولة | واغادوغو=BF; نواكشوط=MR; انجامينا=TD
reverse-question | اليكسا {} عاصمة وش | تبليسي=GE; يريفان=AM; باكو=AZ
reverse-question | اليكسا مدينة {} عاصمة اي بلد | اولان باتور=MN; تيمفو=BT; كاتماندو=NP
reverse-question | اليكسا وش الدولة اللي عاصمتها {} | كانبرا=AU; ويلينغتون=NZ; اوتاوا=CA
reverse-question | اليكسا {} هي عاصمة مين | بوغوتا=CO; كاراكاس=VE; كيتو=EC
reverse-question | اليكسا اي دولة عاصمتها {} | اسمرة=ER; مقديشو=SO; الخرطوم=SD
reverse-question | اليكسا {} تكون عاصمة اي دولة | ريكيافيك=IS; اوسلو=NO; هلسنكي=FI
reverse-question | اليكسا وش البلد اللي عاصمته {} | ليما=PE; اسونسيون=PY; مونتيفيديو=UY
reverse-question | اليكسا {} عاصمة لاي ولاية امريكية | ساكرامنتو=US-CA; اوستن=US-TX; تالاهاسي=US-FL
reverse-question | اليكسا اي ولاية عاصمتها {} | هونولولو=US-HI; جونو=US-AK; بوسطن=US-MA
reverse-question | اليكسا {} عاصمة اي مقاطعة كندية | تورونتو=CA-ON; ريجاينا=CA-SK; هاليفاكس=CA-NS
reverse-question | اليكسا {} عاصمة وين | فيينا=AT; بودابست=HU; براغ=CZ
reverse-question | اليكسا عاصمتها {} وش هي الدولة | دوشنبه=TJ; بيشكيك=KG; عشق اباد=TM
reverse-question | اليكسا مدينة {} عاصمة وش دولتها | هانوي=VN; فيينتيان=LA; بنوم بنه=KH
reverse-question | اليكسا {} عاصمة اي ولاية هندية | جايبور=IN-RJ; لكناو=IN-UP; باتنا=IN-BR

# Official names
official-name | اليكسا وش العاصمة في {} | جمهورية المانيا الاتحادية=DE; الولايات المتحدة الامريكية=US; المملكة الاردنية الهاشمية=JO
official-name | اليكسا ما هي عاصمة {} | جمهورية مصر العربية=EG; الجمهورية العربية السورية=SY; المملكة المغربية=MA
official-name | اليكسا عاصمة {} وش تكون | الاتحاد الروسي=RU; جمهورية كوريا الديمقراطية الشعبية=KP; جمهورية كوريا=KR
official-name | اليكسا ابي اعرف عاصمة {} | المملكة المتحدة لبريطانيا العظمى وايرلندا الشمالية=GB; الجمهورية الاسلامية الايرانية=IR; جمهورية باكستان الاسلامية=PK
official-name | اليكسا قولي عاصمة {} بالضبط | دولة الكويت=KW; مملكة البحرين=BH; دولة قطر=QA
official-name | اليكسا في الخطاب الرسمي عاصمة {} وش هي | الجمهورية الفرنسية=FR; مملكة اسبانيا=ES; الولايات المتحدة المكسيكية=MX
official-name | اليكسا المطلوب عاصمة {} | جمهورية الهند=IN; كومنولث استراليا=AU; الجمهورية التونسية=TN
official-name | اليكسا عاصمة {} لو سمحتي | الجمهورية الجزائرية الديمقراطية الشعبية=DZ; دولة ليبيا=LY; جمهورية العراق=IQ
official-name | اليكسا وش هي العاصمة حقت {} | الجمهورية اللبنانية=LB; دولة فلسطين=PS; الجمهورية اليمنية=YE
official-name | اليكسا عطني عاصمة {} | الجمهورية الاسلامية الموريتانية=MR; جمهورية جيبوتي=DJ; جمهورية الصومال الفيدرالية=SO
official-name | اليكسا ما عاصمة {} | اتحاد جزر القمر=KM; مملكة تايلاند=TH; مملكة النرويج=NO
official-name | اليكسا عاصمة {} ايش | الاتحاد السويسري=CH; الجمهورية التشيكية=CZ; جمهورية الصين الشعبية=CN

# Everyday, short and old names
everyday-name | اليكسا وش عاصمة {} الحين | امريكا=US; بريطانيا=GB; الامارات=AE
everyday-name | اليكسا عاصمة {} ايش اسمها | بورما=MM; سيلان=LK; سوازيلاند=SZ
everyday-name | اليكسا قولي عاصمة {} يا اليكسا | الكونغو كينشاسا=CD; الكونغو برازافيل=CG; كاب فيردي=CV
everyday-name | اليكسا وش عاصمة بلاد {} | الانجليز=GB; الاتراك=TR; الافغان=AF
everyday-name | اليكسا وين عاصمة {} | هولاندا=NL; روسيا البيضاء=BY; تيمور الشرقية=TL
everyday-name | اليكسا ايش عاصمة {} بالله | الدومينيكان=DO; ساوتومي=ST; مقدونيا=MK
everyday-name | اليكسا عاصمة {} وش هي يا اليكسا | نيوزلندا=NZ; التشيك=CZ; تركيا=TR
everyday-name | اليكسا وش اسم عاصمة {} | امريكا اللي هي الولايات المتحدة=US; الصين الشعبية=CN; فارس=IR
everyday-name | اليكسا عاصمة {} القديمة ولا الجديدة المهم الحالية | زائير=CD; داهومي=BJ; سيام=TH
everyday-name | اليكسا وش هي عاصمة {} تكفين | بلاد الحرمين=SA; ام الدنيا=EG; بلاد الرافدين=IQ
everyday-name | اليكسا ابي عاصمة {} بسرعة | الفاتيكان=VA; كوريا الشمالية=KP; ساحل العاج=CI
everyday-name | اليكسا قولي عاصمة {} اللي هي | كمبوديا كمبوتشيا=KH; بوركينا=BF; افريقيا الوسطى=CF

# Shared names, bare and told apart
shared-name | اليكسا وش عاصمة {} | جورجيا=GE+US-GA; الكونغو=CD+CG; كوريا=KP+KR
shared-name | اليكسا ايش عاصمة {} | جزر فيرجن=VG+VI; داكوتا=US-ND+US-SD; كارولاينا=US-NC+US-SC
shared-name | اليكسا عاصمة {} وش اسمها يا اليكسا | واشنطن=US-DC+US-WA; ريو غراندي=BR-RN+BR-RS
shared-name | اليكسا عاصمة {} | جورجيا الدولة اللي في القوقاز=GE; ولاية جورجيا الامريكية=US-GA; الكونغو الديمقراطية=CD
shared-name | اليكسا وش هي عاصمة {} | جمهورية الكونغو برازافيل=CG; كوريا الشمالية=KP; داكوتا الجنوبية=US-SD
shared-name | اليكسا قولي عاصمة {} | ولاية واشنطن=US-WA; كارولاينا الشمالية=US-NC; جزر فيرجن الامريكية=VI
shared-name | اليكسا ابي عاصمة {} | جزر فيرجن البريطانية=VG; ريو غراندي دو سول=BR-RS; ريو غراندي دو نورتي=BR-RN

# Subdivisions and territories, in the words people use
subdivision | اليكسا وش عاصمة ولاية {} | الاسكا=US-AK; الاباما=US-AL; اركنساس=US-AR
subdivision | اليكسا ايش عاصمة ولاية {} الامريكية | اريزونا=US-AZ; كولورادو=US-CO; كونيتيكت=US-CT
subdivision | اليكسا ولدي يدرس في {} وش عاصمتها | ديلاوير=US-DE; هاواي=US-HI; ايوا=US-IA
subdivision | اليكسا عاصمة ولاية {} وش هي | ايداهو=US-ID; انديانا=US-IN; كانساس=US-KS
subdivision | اليكسا المبتعث في {} يسال عن عاصمتها | كنتاكي=US-KY; لويزيانا=US-LA; ماساتشوستس=US-MA
subdivision | اليكسا عاصمة {} في امريكا | ماريلاند=US-MD; ولاية مين=US-ME; ميشيغان=US-MI
subdivision | اليكسا ايش هي عاصمة {} الولاية | مينيسوتا=US-MN; ميزوري=US-MO; ميسيسيبي=US-MS
subdivision | اليكسا وش عاصمة {} يا اليكسا ترى ابي الولاية | مونتانا=US-MT; نبراسكا=US-NE; نيوهامبشر=US-NH
subdivision | اليكسا عاصمة ولاية {} من فضلك | نيوجيرسي=US-NJ; نيو مكسيكو=US-NM; نيفادا=US-NV
subdivision | اليكسا ما هي عاصمة ولاية {} | نيويورك=US-NY; اوهايو=US-OH; اوكلاهوما=US-OK
subdivision | اليكسا في امريكا وش عاصمة {} | اوريغون=US-OR; بنسلفانيا=US-PA; رود ايلاند=US-RI
subdivision | اليكسا وش عاصمة ولاية {} اللي في امريكا | تينيسي=US-TN; يوتا=US-UT; فرجينيا=US-VA
subdivision | اليكسا ولاية {} عاصمتها وش | فيرمونت=US-VT; ويسكونسن=US-WI; وست فرجينيا=US-WV
subdivision | اليكسا ابي عاصمة ولاية {} | وايومنغ=US-WY; نورث داكوتا=US-ND; ساوث كارولاينا=US-SC
subdivision | اليكسا عاصمة المقاطعة الكندية {} | البرتا=CA-AB; نيو برونزويك=CA-NB; نيوفاوندلاند=CA-NL
subdivision | اليكسا في كندا وش عاصمة {} | جزيرة الامير ادوارد=CA-PE; نونافوت=CA-NU; يوكون=CA-YT
subdivision | اليكسا عاصمة {} في كندا ايش | الاقاليم الشمالية الغربية=CA-NT; كولومبيا البريطانية=CA-BC; مانيتوبا=CA-MB
subdivision | اليكسا وش عاصمة مقاطعة {} | كيبيك=CA-QC; اونتاريو=CA-ON; ساسكاتشوان=CA-SK
subdivision | اليكسا في استراليا وش عاصمة ولاية {} | نيو ساوث ويلز=AU-NSW; كوينزلاند=AU-QLD; جنوب استراليا=AU-SA
subdivision | اليكسا وش عاصمة {} في استراليا | الاقليم الشمالي=AU-NT; اقليم العاصمة الاسترالية=AU-ACT; تسمانيا=AU-TAS
subdivision | اليكسا عاصمة ولاية {} الاسترالية | فكتوريا=AU-VIC; استراليا الغربية=AU-WA
subdivision | اليكسا وش عاصمة ولاية {} في الهند | اندرا براديش=IN-AP; اروناتشال براديش=IN-AR; اسام=IN-AS
subdivision | اليكسا العامل من {} يسال عن عاصمة ولايته | بيهار=IN-BR; تشاتيسغار=IN-CG; غوا=IN-GA
subdivision | اليكسا عاصمة ولاية {} الهندية وش هي | هيماجل براديش=IN-HP; هاريانا=IN-HR; جهارخاند=IN-JH
subdivision | اليكسا الممرضة من {} وش عاصمة ولايتها | كيرالا=IN-KL; تاميل نادو=IN-TN; كارناتاكا=IN-KA
subdivision | اليكسا في الهند ايش عاصمة {} | ميغالايا=IN-ML; مانيبور=IN-MN; ماديا براديش=IN-MP
subdivision | اليكسا عاصمة ولاية {} ايش اسمها | ميزورام=IN-MZ; ناغالاند=IN-NL; اوديشا=IN-OD
subdivision | اليكسا وش عاصمة {} الهندية | البنجاب=IN-PB; راجستان=IN-RJ; سيكيم=IN-SK
subdivision | اليكسا السواق من {} وش عاصمة ولايته | تريبورا=IN-TR; تيلانغانا=IN-TS; اتر براديش=IN-UP
subdivision | اليكسا عاصمة {} في الهند وش | البنغال الغربية=IN-WB; غوجارات=IN-GJ; دلهي=IN-DL
subdivision | اليكسا وش عاصمة اقليم {} الهندي | لداخ=IN-LA; بونديشيري=IN-PY; جزر اندمان ونيكوبار=IN-AN
subdivision | اليكسا عاصمة {} وش هي في الهند | جامو وكشمير=IN-JK; اوتاراخند=IN-UK; لاكشادويب=IN-LD
subdivision | اليكسا وش عاصمة ولاية {} الالمانية | بادن فورتمبيرغ=DE-BW; براندنبورغ=DE-BB; هيسن=DE-HE
subdivision | اليكسا في المانيا ايش عاصمة {} | ساكسونيا السفلى=DE-NI; شمال الراين وستفاليا=DE-NW; راينلاند بفالتس=DE-RP
subdivision | اليكسا عاصمة ولاية {} في المانيا | شليسفيغ هولشتاين=DE-SH; سارلاند=DE-SL; تورينغن=DE-TH
subdivision | اليكسا المانيا فيها ولاية {} وش عاصمتها | مكلنبورغ فوربومرن=DE-MV; ساكسونيا انهالت=DE-ST; بريمن=DE-HB
subdivision | اليكسا وش عاصمة ولاية {} البرازيلية | باهيا=BR-BA; ساو باولو=BR-SP; ميناس جيرايس=BR-MG
subdivision | اليكسا في البرازيل وش عاصمة {} | امازوناس=BR-AM; بارا=BR-PA; سيارا=BR-CE
subdivision | اليكسا عاصمة ولاية {} في البرازيل | بيرنامبوكو=BR-PE; بارانا=BR-PR; سانتا كاتارينا=BR-SC
subdivision | اليكسا لاعب الهلال من {} وش عاصمة ولايته | ريو دي جانيرو=BR-RJ; غوياس=BR-GO; ماتو غروسو=BR-MT
subdivision | اليكسا عاصمة {} البرازيلية ايش | ماتو غروسو دو سول=BR-MS; اكري=BR-AC; الاغواس=BR-AL
subdivision | اليكسا وش عاصمة {} في البرازيل | امابا=BR-AP; اسبيريتو سانتو=BR-ES; مارانهاو=BR-MA
subdivision | اليكسا البرازيل ولاية {} عاصمتها ايش | بارايبا=BR-PB; بياوي=BR-PI; روندونيا=BR-RO
subdivision | اليكسا ايش عاصمة {} البرازيلية | رورايما=BR-RR; سيرجيبي=BR-SE; توكانتينس=BR-TO
subdivision | اليكسا وش عاصمة ولاية {} المكسيكية | خاليسكو=MX-JAL; نويفو ليون=MX-NLE; يوكاتان=MX-YUC
subdivision | اليكسا في المكسيك وش عاصمة {} | باخا كاليفورنيا=MX-BCN; باخا كاليفورنيا سور=MX-BCS; سونورا=MX-SON
subdivision | اليكسا عاصمة ولاية {} في المكسيك | تشيواوا=MX-CHH; كواويلا=MX-COA; تاماوليباس=MX-TAM
subdivision | اليكسا المكسيك فيها {} وش عاصمتها | كينتانا رو=MX-ROO; واهاكا=MX-OAX; تشياباس=MX-CHP
subdivision | اليكسا ايش عاصمة ولاية {} المكسيكية | فيراكروز=MX-VER; بويبلا=MX-PUE; غيريرو=MX-GRO
subdivision | اليكسا وش عاصمة {} في المكسيك | ميتشواكان=MX-MIC; غواناخواتو=MX-GUA; سينالوا=MX-SIN
subdivision | اليكسا عاصمة {} المكسيكية وش هي | دورانغو=MX-DUR; زاكاتيكاس=MX-ZAC; كامبيتشي=MX-CAM
subdivision | اليكسا ولاية {} في المكسيك عاصمتها | تاباسكو=MX-TAB; موريلوس=MX-MOR; هيدالغو=MX-HID
subdivision | اليكسا ولاية المكسيك اللي حول العاصمة وش عاصمتها | MX-MEX
subdivision | اليكسا وش عاصمة ولاية {} المكسيكية الصغيرة | كوليما=MX-COL; تلاكسكالا=MX-TLA; اغواسكالينتس=MX-AGU
subdivision | اليكسا ايش عاصمة ولاية {} اللي في المكسيك | ناياريت=MX-NAY; كويريتارو=MX-QUE; سان لويس بوتوسي=MX-SLP
subdivision | اليكسا وش عاصمة {} اللي في بريطانيا | اسكتلندا=GB-SCT; ويلز=GB-WLS; ايرلندا الشمالية=GB-NIR
subdivision | اليكسا عاصمة انجلترا نفسها مو بريطانيا | GB-ENG
subdivision | اليكسا وش عاصمة جزيرة {} | غرينلاند=GL; جزر فارو=FO; جزيرة مان=IM
subdivision | اليكسا {} تابعة لمين وش عاصمتها | جبل طارق=GI; برمودا=BM; جزر فوكلاند=FK
subdivision | اليكسا وش عاصمة {} الامريكية | بورتوريكو=PR; غوام=GU; ساموا الامريكية=AS
subdivision | اليكسا وش عاصمة {} الفرنسية | كاليدونيا الجديدة=NC; بولينيزيا=PF; غويانا=GF
subdivision | اليكسا عاصمة جزيرة {} الفرنسية | ريونيون=RE; مايوت=YT; المارتينيك=MQ
subdivision | اليكسا وش عاصمة جزيرة {} البريطانية | جيرسي=JE; غيرنزي=GG; سانت هيلينا=SH
subdivision | اليكسا في الكاريبي وش عاصمة {} | جزر كايمان=KY; اروبا=AW; كوراساو=CW
subdivision | اليكسا وش عاصمة {} في الكاريبي | انغويلا=AI; مونتسيرات=MS; جزر توركس وكايكوس=TC
subdivision | اليكسا وش عاصمة {} في المحيط الهادي | جزر كوك=CK; نيوي=NU; توكيلاو=TK
subdivision | اليكسا عاصمة {} ايش هي | هونغ كونغ=HK; ماكاو=MO; الصحراء الغربية=EH
subdivision | اليكسا وش عاصمة {} اللي تتبع فنلندا | جزر اولاند=AX
subdivision | اليكسا وش عاصمة جزيرة {} الاسترالية | نورفولك=NF; كريسماس=CX
subdivision | اليكسا وش عاصمة {} النرويجية | سفالبارد=SJ
subdivision | اليكسا وش عاصمة {} اللي قريب من كندا | سان بيير وميكلون=PM; غرينلاند=GL
subdivision | اليكسا عاصمة جزر {} | ماريانا الشمالية=MP; والس وفوتونا=WF; بيتكيرن=PN
subdivision | اليكسا عاصمة {} اللي جنب الدومينيكا | غوادلوب=GP
subdivision | اليكسا عاصمة ولاية {} اللي فيها ديزني | فلوريدا=US-FL
subdivision | اليكسا وش عاصمة تكساس اللي فيها رعاة البقر | US-TX
subdivision | اليكسا عاصمة كاليفورنيا مو لوس انجلوس ابي الصدق | US-CA
subdivision | اليكسا عاصمة ولاية بافاريا اللي فيها بايرن | DE-BY
subdivision | اليكسا عاصمة ولاية {} الالمانية وش هي | ساكسونيا=DE-SN; برلين=DE-BE; هامبورغ=DE-HH
subdivision | اليكسا عاصمة {} اللي في الهند | ماهاراشترا=IN-MH; شانديغار=IN-CH; دادرا وناغار هافيلي=IN-DH
subdivision | اليكسا عاصمة ريو غراندي دو نورتي وش هي | BR-RN
subdivision | اليكسا عاصمة المقاطعة الاتحادية في البرازيل | BR-DF
subdivision | اليكسا وش عاصمة الاقليم البريطاني في المحيط الهندي | IO
subdivision | اليكسا عاصمة هولندا الكاريبية بونير | BQ
subdivision | اليكسا وش عاصمة سان مارتن الفرنسية | MF
subdivision | اليكسا عاصمة سانت مارتن الهولندية وش هي | SX
subdivision | اليكسا عاصمة جزر فيرجن الامريكية وين | VI
subdivision | اليكسا وش عاصمة جزر كوكوس | CC
subdivision | اليكسا عاصمة سان بارتيليمي | BL
subdivision | اليكسا وش عاصمة الاقاليم الجنوبية الفرنسية | TF
subdivision | اليكسا وش عاصمة جورجيا الجنوبية وجزر ساندويتش | GS
subdivision | اليكسا عاصمة واشنطن العاصمة وش هي | US-DC
subdivision | اليكسا وش عاصمة ولاية جورجيا | US-GA
subdivision | اليكسا عاصمة ولاية كارولاينا الجنوبية | US-SC
subdivision | اليكسا عاصمة ولاية داكوتا الجنوبية وش هي | US-SD
subdivision | اليكسا ولاية الينوي وش عاصمتها | US-IL

# Out-of-domain: not a capital question
out-of-domain | اليكسا كم درجة الحرارة في {} اليوم | تبوك=FB; الطايف=FB; جازان=FB
out-of-domain | اليكسا هل بتمطر في {} بكرة | ابها=FB; الباحة=FB; نجران=FB
out-of-domain | اليكسا كم عدد سكان {} | الهند=FB; الصين=FB; اندونيسيا=FB
out-of-domain | اليكسا وش عملة {} | تركيا=FB; ماليزيا=FB; اليابان=FB
out-of-domain | اليكسا وش اللغة الرسمية في {} | البرازيل=FB; سويسرا=FB; كندا=FB
out-of-domain | اليكسا كم الساعة الحين في {} | لندن=FB; نيويورك=FB; طوكيو=FB
out-of-domain | اليكسا وش اكبر مدينة في {} | تركيا=FB; استراليا=FB; البرازيل=FB
out-of-domain | اليكسا كم مساحة {} | روسيا=FB; كندا=FB; السودان=FB
out-of-domain | اليكسا مين رئيس {} | فرنسا=FB; امريكا=FB; البرازيل=FB
out-of-domain | اليكسا كم يبعد {} عن الرياض | دبي=FB; القاهرة=FB; عمان الاردن=FB
out-of-domain | اليكسا وش عاصمة منطقة {} | القصيم=FB; عسير=FB; الجوف=FB
out-of-domain | اليكسا وش هي عاصمة اقليم {} في اسبانيا | كتالونيا=FB; الاندلس=FB; الباسك=FB
out-of-domain | اليكسا وش عاصمة مقاطعة {} الصينية | يونان=FB; سيتشوان=FB; قوانغدونغ=FB
out-of-domain | اليكسا عاصمة {} في فرنسا | بريتاني=FB; نورماندي=FB; بروفانس=FB
out-of-domain | اليكسا وش كانت عاصمة {} | الدولة الاموية=FB; الدولة العباسية=FB; الدولة العثمانية=FB
out-of-domain | اليكسا عاصمة {} وش هي | وكاندا=FB; نارنيا=FB; اتلانتس=FB
out-of-domain | اليكسا شغلي اغنية {} | محمد عبده=FB; عبادي الجوهر=FB; راشد الماجد=FB
out-of-domain | اليكسا اضبطي منبه الساعة {} | خمسة الفجر=FB; ستة ونص=FB; سبعة الصبح=FB
out-of-domain | اليكسا كم سعر {} اليوم | الذهب=FB; الدولار=FB; البنزين=FB
out-of-domain | اليكسا وش معنى كلمة {} | كابيتال=FB; عاصمة=FB; متروبوليتان=FB
out-of-domain | اليكسا وش هو رأس المال المطلوب لفتح مشروع صغير | FB
out-of-domain | اليكسا كم رأس مال شركة ارامكو | FB
out-of-domain | اليكسا اكتبي كلمة عاصمة بحرف كابيتال | FB
out-of-domain | اليكسا وش فلم كابيتال اللي نزل زمان | FB
out-of-domain | اليكسا مين مؤلف كتاب رأس المال | FB
out-of-domain | اليكسا وش اسهم كابيتال بنك | FB
out-of-domain | اليكسا العاصمة الادارية الجديدة في مصر متى تفتح | FB
out-of-domain | اليكسا الرياض عاصمة السياحة العربية هالسنة | FB
out-of-domain | اليكسا ذكريني اتصل على امي بعد المغرب | FB
out-of-domain | اليكسا وش موعد صلاة العصر | FB
out-of-domain | اليكسا شغلي سورة الكهف | FB
out-of-domain | اليكسا طفي النور في الصالة | FB
out-of-domain | اليكسا شغلي المكيف على اربعة وعشرين | FB
out-of-domain | اليكسا كم باقي على رمضان | FB
out-of-domain | اليكسا وش اخبار الهلال اليوم | FB
out-of-domain | اليكسا احكي لي نكتة | FB
out-of-domain | اليكسا وش الاكل اللي مشهورة فيه ايطاليا | FB
out-of-domain | اليكسا وش اطول نهر في العالم | FB
out-of-domain | اليكسا وش اعلى جبل في العالم | FB
out-of-domain | اليكسا كم دولة في العالم | FB
out-of-domain | اليكسا كم دولة في افريقيا | FB
out-of-domain | اليكسا وش اصغر دولة في العالم | FB
out-of-domain | اليكسا وش القارة اللي فيها البرازيل | FB
out-of-domain | اليكسا وش لون علم اليابان | FB
out-of-domain | اليكسا وش النشيد الوطني حق فرنسا | FB
out-of-domain | اليكسا متى استقلت الجزائر | FB
out-of-domain | اليكسا كم ساعة طيران من الرياض الى لندن | FB
out-of-domain | اليكسا احجزي لي طيران الى القاهرة | FB
out-of-domain | اليكسا هل احتاج فيزا لجورجيا | FB
out-of-domain | اليكسا وش افضل وقت اسافر فيه لتركيا | FB
out-of-domain | اليكسا ترجمي كلمة عاصمة بالانجليزي | FB
out-of-domain | اليكسا كيف اقول شكرا بالياباني | FB
out-of-domain | اليكسا حطي مؤقت عشر دقايق للكبسة | FB
out-of-domain | اليكسا زيدي الصوت | FB
out-of-domain | اليكسا وطي الصوت شوي | FB
out-of-domain | اليكسا وش اسمك | FB
out-of-domain | اليكسا كم عمرك | FB
out-of-domain | اليكسا تحبيني | FB
out-of-domain | اليكسا وش تاريخ اليوم بالهجري | FB
out-of-domain | اليكسا ضيفي حليب للقائمة | FB
out-of-domain | اليكسا اطلبي لي قهوة من المقهى | FB
out-of-domain | اليكسا شغلي اذاعة القران الكريم | FB
out-of-domain | اليكسا وش نتيجة مباراة النصر | FB
out-of-domain | اليكسا مين فاز بكاس العالم الاخير | FB
out-of-domain | اليكسا كم عدد سكان الرياض | FB
out-of-domain | اليكسا وش اكبر مدينة في السعودية | FB
out-of-domain | اليكسا متى تاسست الرياض | FB
out-of-domain | اليكسا وش مساحة الربع الخالي | FB
out-of-domain | اليكسا وش المسافة بين جدة ومكة | FB
out-of-domain | اليكسا كم سعر تذكرة القطار للمدينة | FB
out-of-domain | اليكسا وش الطقس في جدة نهاية الاسبوع | FB
out-of-domain | اليكسا هل فيه غبار بكرة في الرياض | FB
out-of-domain | اليكسا وش عاصمة الموضة في العالم | FB
out-of-domain | اليكسا وش هي عاصمة الورد | FB
out-of-domain | اليكسا الطايف عاصمة المصايف صح | FB
out-of-domain | اليكسا وش عاصمة الاقتصاد في امريكا | FB
out-of-domain | اليكسا وش عاصمة القهوة في العالم | FB
out-of-domain | اليكسا حرف الكابيتال ايه كيف اكتبه | FB
out-of-domain | اليكسا شغلي قناة كابيتال اف ام | FB
out-of-domain | اليكسا وش الفرق بين المدينة والعاصمة | FB
out-of-domain | اليكسا ليش سموها عاصمة | FB
out-of-domain | اليكسا العواصم العربية كم عددها | FB
out-of-domain | اليكسا وش عاصمة ولاية كشمير الباكستانية | FB
out-of-domain | اليكسا وش عاصمة مقاطعة البنجاب الباكستانية | FB
out-of-domain | اليكسا عاصمة جمهورية الشيشان | FB
out-of-domain | اليكسا عاصمة تتارستان وش هي | FB
out-of-domain | اليكسا وش عاصمة اقليم كردستان | FB
out-of-domain | اليكسا وش عاصمة ولاية تكساس الجمهورية القديمة | FB
out-of-domain | اليكسا وش كانت عاصمة الاندلس | FB
out-of-domain | اليكسا عاصمة دولة المماليك | FB
out-of-domain | اليكسا وش عاصمة الاتحاد السوفيتي | FB
out-of-domain | اليكسا وش كانت عاصمة يوغوسلافيا | FB
out-of-domain | اليكسا عاصمة المانيا الشرقية زمان | FB
out-of-domain | اليكسا وش عاصمة مملكة الحجاز القديمة | FB
out-of-domain | اليكسا عاصمة ويستروس في صراع العروش | FB
out-of-domain | اليكسا عاصمة مملكة الخواتم وش هي | FB
out-of-domain | اليكسا وش عاصمة المريخ | FB
out-of-domain | اليكسا وش عاصمة القمر | FB
out-of-domain | اليكسا عاصمة منطقة مكة المكرمة | FB
out-of-domain | اليكسا وش عاصمة المنطقة الشرقية | FB
out-of-domain | اليكسا عاصمة منطقة حائل وش هي | FB
out-of-domain | اليكسا وش عاصمة ولاية ظفار في عمان | FB
out-of-domain | اليكسا وش عاصمة امارة الشارقة | FB
out-of-domain | اليكسا عاصمة محافظة البصرة | FB
out-of-domain | اليكسا وش عاصمة ولاية الخرطوم | FB
out-of-domain | اليكسا عاصمة اقليم كيبيك الفرنسي القديم | FB
out-of-domain | اليكسا وش عاصمة مقاطعة اونتاريو القديمة قبل تورونتو | FB
out-of-domain | اليكسا عاصمة ولاية بافاريا في القرون الوسطى | FB
out-of-domain | اليكسا وش عاصمة سيبيريا | FB
out-of-domain | اليكسا عاصمة اسكندنافيا | FB
out-of-domain | اليكسا وش عاصمة اوروبا | FB
out-of-domain | اليكسا وش عاصمة افريقيا | FB
out-of-domain | اليكسا عاصمة الخليج العربي | FB
out-of-domain | اليكسا وش عاصمة الشرق الاوسط | FB
out-of-domain | اليكسا عاصمة جزيرة بالي | FB
out-of-domain | اليكسا وش عاصمة جزيرة سقطرى | FB
out-of-domain | اليكسا عاصمة جزيرة صقلية | FB
out-of-domain | اليكسا وش عاصمة ولاية كيرلا القديمة | FB
out-of-domain | اليكسا وش عاصمة زنجبار | FB
out-of-domain | اليكسا عاصمة ارض الصومال | FB
out-of-domain | اليكسا وش عاصمة كتالونيا | FB
out-of-domain | اليكسا عاصمة اسكتلندا الاقتصادية | FB
out-of-domain | اليكسا وش افضل مطعم في الرياض | FB
out-of-domain | اليكسا وش المطعم المفتوح الحين قريب مني | FB
out-of-domain | اليكسا اتصلي على ابوي | FB
out-of-domain | اليكسا ارسلي رسالة لاخوي | FB
out-of-domain | اليكسا اقري لي الاخبار | FB
out-of-domain | اليكسا وش اخبار البورصة | FB
out-of-domain | اليكسا كم سعر سهم سابك | FB
out-of-domain | اليكسا علميني اطبخ مندي | FB
out-of-domain | اليكسا كم سعرة في التمر | FB
out-of-domain | اليكسا شغلي بودكاست عن السفر | FB
out-of-domain | اليكسا شغلي قصة للاطفال قبل النوم | FB
out-of-domain | اليكسا وش يعني اسم ريم | FB
out-of-domain | اليكسا كم باقي على الراتب | FB
out-of-domain | اليكسا وش الفرق بين الدولة والقارة | FB
out-of-domain | اليكسا وش ترتيب الاحرف الانجليزية | FB
out-of-domain | اليكسا حلي مسالة رياضيات سبعة في ثمانية | FB
out-of-domain | اليكسا كم كيلو من الرياض للدمام | FB
out-of-domain | اليكسا وش الدول اللي تحد السعودية | FB
out-of-domain | اليكسا وش جنسية لاعب الهلال الجديد | FB
out-of-domain | اليكسا كم عدد الولايات في امريكا | FB
out-of-domain | اليكسا كم ولاية في الهند | FB
out-of-domain | اليكسا وش اكبر ولاية في امريكا | FB
out-of-domain | اليكسا وش اشهر اكلة في المكسيك | FB
out-of-domain | اليكسا وش الدين الرسمي في ماليزيا | FB
out-of-domain | اليكسا وش الدولة اللي شكلها مثل الجزمة | FB
out-of-domain | اليكسا مين اكتشف امريكا | FB
out-of-domain | اليكسا وش اكبر صحراء في العالم | FB
out-of-domain | اليكسا وش اعمق بحر | FB
out-of-domain | اليكسا هل تقدرين تلعبين معي شطرنج | FB
out-of-domain | اليكسا شغلي لعبة الغاز | FB
out-of-domain | اليكسا افتحي لعبة سين جيم | FB
out-of-domain | اليكسا شغلي لعبة اعلام الدول | FB
out-of-domain | اليكسا اعطيني سؤال عن التاريخ | FB
out-of-domain | اليكسا كم نقطة عندي | FB
out-of-domain | اليكسا وش رقم الطوارئ في تركيا | FB
out-of-domain | اليكسا وش رمز الاتصال الدولي لمصر | FB
out-of-domain | اليكسا كم فرق التوقيت بيننا وبين المغرب | FB
out-of-domain | اليكسا كم يساوي الريال بالين الياباني | FB
out-of-domain | اليكسا حولي مية دولار لريال | FB
out-of-domain | اليكسا وش سعر صرف الروبية الهندية | FB
out-of-domain | اليكسا وين اقرب صراف | FB
out-of-domain | اليكسا مين هو ملك الاردن | FB
out-of-domain | اليكسا مين رئيس وزراء بريطانيا | FB
out-of-domain | اليكسا مين امير منطقة الرياض | FB
out-of-domain | اليكسا وش اسم ملكة الدنمارك | FB
out-of-domain | اليكسا متى اليوم الوطني | FB
out-of-domain | اليكسا متى يوم التاسيس | FB
out-of-domain | اليكسا وش معنى الدرعية | FB
out-of-domain | اليكسا الدرعية كانت عاصمة الدولة السعودية الاولى صح | FB
out-of-domain | اليكسا كم عمر مدينة دمشق | FB
out-of-domain | اليكسا وش اقدم عاصمة في العالم | FB
out-of-domain | اليكسا وش اعلى عاصمة في العالم | FB
out-of-domain | اليكسا وش ابرد عاصمة في العالم | FB
out-of-domain | اليكسا وش اكبر عاصمة عربية | FB
out-of-domain | اليكسا رتبي لي العواصم حسب عدد السكان | FB
out-of-domain | اليكسا اي عاصمة فيها اكثر زحمة | FB
out-of-domain | اليكسا وش العاصمة اللي فيها برج ايفل | FB
out-of-domain | اليكسا في اي عاصمة الكرملين | FB
out-of-domain | اليكسا كم تبعد الرياض عن عمان | FB
out-of-domain | اليكسا وش احسن فندق في دبي | FB
out-of-domain | اليكسا وش الجو في اسطنبول الحين | FB
out-of-domain | اليكسا كم درجة الحرارة في موسكو | FB
out-of-domain | اليكسا هل باريس غالية | FB

# Help
help | اليكسا كيف العب هذي اللعبة | HELP
help | اليكسا وش اقول لك عشان تعطيني العاصمة | HELP
help | اليكسا ساعديني ما فهمت كيف اسال | HELP
help | اليكسا وش تقدرين تسوين في عواصم العالم | HELP
help | اليكسا ابي مساعدة | HELP
help | اليكسا مساعدة لو سمحتي | HELP
help | اليكسا علميني كيف تشتغل المهارة | HELP
help | اليكسا وش الاوامر اللي تفهمينها | HELP
help | اليكسا ما عرفت وش المفروض اقول | HELP
help | اليكسا كيف اسالك عن عاصمة ولاية | HELP
help | اليكسا اعطيني امثلة على الاسئلة | HELP
help | اليكسا وش الطريقة | HELP
help | اليكسا انا ضايع ساعديني | HELP
help | اليكسا هيلب | HELP
help | اليكسا هيلب مي بليز | HELP
help | اليكسا ممكن تشرحين لي كيف استخدمك | HELP
help | اليكسا وش اسوي الحين | HELP
help | اليكسا ابي اعرف وش تعرفين | HELP
help | اليكسا انا جديدة كيف ابدا | HELP
help | اليكسا يا وليدي وش اقول لها ما فهمت | HELP
help | اليكسا انا ما يعرف كيف سوال | HELP
help | اليكسا برادر كيف يشتغل هذا | HELP
help | اليكسا من فضلك كيف استعمل هذه المهارة | HELP
help | اليكسا عفوا اريد مساعدة في الاسئلة | HELP
help | اليكسا هل يمكنك ان تشرحي القواعد | HELP
help | اليكسا الشرح لو سمحتي | HELP
help | اليكسا فهميني وش تسوين | HELP
help | اليكسا وش نوع الاسئلة اللي اقدر اسالها | HELP
help | اليكسا تعرفين عواصم الولايات ولا بس الدول | HELP
help | اليكسا وش المطلوب مني | HELP
help | اليكسا ما فهمت عيدي الشرح | HELP
help | اليكسا كيف اخليك تقولين العاصمة | HELP
help | اليكسا ابغى تعليمات | HELP
help | اليكسا التعليمات | HELP
help | اليكسا ممكن هيلب في السكل | HELP
help | اليكسا كيف تشتغلين | HELP
help | اليكسا وش اقدر اسال | HELP
help | اليكسا ساعدي الولد ما عرف يسال | HELP
help | اليكسا وش تسوي هذي المهارة بالضبط | HELP
help | اليكسا علمي جدتي كيف تسالك | HELP
help | اليكسا هاه وش اقول | HELP
help | اليكسا قوليلي كيف اسال عن دولة | HELP
help | اليكسا ابي اعرف القوانين | HELP
help | اليكسا وش الخيارات | HELP
help | اليكسا رفيق انا ما فهم ساعد | HELP

# Stop
stop | اليكسا وقفي | STOP
stop | اليكسا خلاص وقفي | STOP
stop | اليكسا اسكتي | STOP
stop | اليكسا بس خلاص | STOP
stop | اليكسا وقف | STOP
stop | اليكسا ستوب | STOP
stop | اليكسا ستوب بليز | STOP
stop | اليكسا اطلعي من اللعبة | STOP
stop | اليكسا سكري عواصم العالم | STOP
stop | اليكسا خلاص تعبنا | STOP
stop | اليكسا يكفي كذا | STOP
stop | اليكسا بس بس | STOP
stop | اليكسا وقفي اللعبة الولد نام | STOP
stop | اليكسا انهي اللعبة | STOP
stop | اليكسا اقفلي | STOP
stop | اليكسا اطفي | STOP
stop | اليكسا خلصنا | STOP
stop | اليكسا انتهينا شكرا | STOP
stop | اليكسا خلاص ما ابي اسال | STOP
stop | اليكسا وقفي الله يعافيك | STOP
stop | اليكسا بس يا اليكسا | STOP
stop | اليكسا اسكتي الضيوف جو | STOP
stop | اليكسا وقفي الاذان بدا | STOP
stop | اليكسا مع السلامة | STOP
stop | اليكسا باي | STOP
stop | اليكسا اوقفي من فضلك | STOP
stop | اليكسا توقفي | STOP
stop | اليكسا قفلي المهارة | STOP
stop | اليكسا اطلعي | STOP
stop | اليكسا خروج | STOP
stop | اليكسا اخرجي من عواصم العالم | STOP
stop | اليكسا خلاص يا بنت | STOP
stop | اليكسا بس خلاص يا وليدي وقفها | STOP
stop | اليكسا هذا يكفي | STOP
stop | اليكسا كفاية | STOP
stop | اليكسا انا خلصت | STOP
stop | اليكسا مافي سوال خلاص | STOP
stop | اليكسا شكرا خلاص | STOP
stop | اليكسا وقفي الحين | STOP
stop | اليكسا اسكتي شوي | STOP
stop | اليكسا وقفي المهارة | STOP
stop | اليكسا اقفلي اللعبة الاستراحة بتقفل | STOP
stop | اليكسا انهاء | STOP
stop | اليكسا خلاص الدوام خلص | STOP
stop | اليكسا ستوب ذا جيم | STOP

# Cancel
cancel | اليكسا الغي | CANCEL
cancel | اليكسا الغاء | CANCEL
cancel | اليكسا كنسل | CANCEL
cancel | اليكسا كانسل | CANCEL
cancel | اليكسا كنسلي | CANCEL
cancel | اليكسا الغي الطلب | CANCEL
cancel | اليكسا الغي السؤال | CANCEL
cancel | اليكسا لا الغيه | CANCEL
cancel | اليكسا تراجعي | CANCEL
cancel | اليكسا لا ما ابي | CANCEL
cancel | اليكسا لا خلاص الغي | CANCEL
cancel | اليكسا انسي السؤال | CANCEL
cancel | اليكسا انسي الموضوع | CANCEL
cancel | اليكسا لا مو هذا الغي | CANCEL
cancel | اليكسا الغي اللي قلته | CANCEL
cancel | اليكسا كنسل بليز | CANCEL
cancel | اليكسا كانسل ذات | CANCEL
cancel | اليكسا الغي العملية | CANCEL
cancel | اليكسا ما ابغى شي الغي | CANCEL
cancel | اليكسا الغي يا اليكسا | CANCEL
cancel | اليكسا غلطت الغي | CANCEL
cancel | اليكسا لا لا الغي | CANCEL
cancel | اليكسا رجعي | CANCEL
cancel | اليكسا الغيها | CANCEL
cancel | اليكسا الغي من فضلك | CANCEL
cancel | اليكسا انا اسفة الغي الطلب | CANCEL
cancel | اليكسا الغي الله يسلمك | CANCEL
cancel | اليكسا الغي يا وليدي | CANCEL
cancel | اليكسا مافي الغي | CANCEL
cancel | اليكسا رفيق الغي | CANCEL
cancel | اليكسا الغي هذا السوال | CANCEL
cancel | اليكسا شطبي السؤال | CANCEL
cancel | اليكسا الغي ما ابي العاصمة | CANCEL
cancel | اليكسا لا تجاوبين الغي | CANCEL
cancel | اليكسا الغي الغي | CANCEL
cancel | اليكسا كنسل السؤال | CANCEL
cancel | اليكسا الغي كل شي | CANCEL
cancel | اليكسا الغي البحث | CANCEL
cancel | اليكسا ما عاد ابي اعرف الغي | CANCEL
cancel | اليكسا الغي الحين | CANCEL
cancel | اليكسا تراجع | CANCEL
cancel | اليكسا تجاهلي السؤال | CANCEL
cancel | اليكسا لا ما قصدت الغي | CANCEL
cancel | اليكسا الغي بسرعة | CANCEL
cancel | اليكسا خلاص الغي الطلب | CANCEL

# Launch through the skill's name
launch | اليكسا افتحي عواصم العالم | LAUNCH
launch | اليكسا شغلي عواصم العالم | LAUNCH
launch | اليكسا افتح عواصم العالم | LAUNCH
launch | اليكسا عواصم العالم | LAUNCH
launch | اليكسا ابدئي عواصم العالم | LAUNCH
launch | اليكسا شغلي مهارة عواصم العالم | LAUNCH
launch | اليكسا افتحي لعبة عواصم العالم | LAUNCH
launch | اليكسا ابي عواصم العالم | LAUNCH
launch | اليكسا ابغى العب عواصم العالم | LAUNCH
launch | اليكسا يا وليدي افتح عواصم العالم | LAUNCH
launch | اليكسا برادر افتح عواصم العالم | LAUNCH
launch | اليكسا من فضلك افتحي عواصم العالم | LAUNCH
launch | اليكسا شغلي عواصم العالم للاستراحة | LAUNCH
launch | اليكسا افتحي عواصم العالم للمذاكرة | LAUNCH
launch | اليكسا بليز اوبن عواصم العالم | LAUNCH
launch | اليكسا لونش عواصم العالم | LAUNCH
launch | اليكسا شغلي عواصم العالم للعيال | LAUNCH
launch | اليكسا ابدا عواصم العالم | LAUNCH
launch | اليكسا افتحي عواصم العالم الله يعافيك | LAUNCH
launch | اليكسا خلينا نبدا عواصم العالم | LAUNCH
launch | اليكسا نبي نلعب عواصم العالم في الاستراحة | LAUNCH
launch | اليكسا اسالي عواصم العالم | LAUNCH
launch | اليكسا افتحي مهارة عواصم العالم لو سمحتي | LAUNCH
launch | اليكسا شغلي لي عواصم العالم يا بنتي | LAUNCH
launch | اليكسا شغل عواصم العالم | LAUNCH
launch | اليكسا افتح لعبة عواصم العالم يا خوي | LAUNCH
launch | اليكسا اريد عواصم العالم | LAUNCH
launch | اليكسا هل يمكن ان تفتحي عواصم العالم | LAUNCH
launch | اليكسا عواصم العالم بليز | LAUNCH
launch | اليكسا ادخلي على عواصم العالم | LAUNCH
new-echo-owners | اليكسا اطلبي من عواصم العالم عاصمة كندا | CA
new-echo-owners | اليكسا اسالي عواصم العالم عن عاصمة البرتغال | PT
launch | اليكسا افتحي عواصم العالم نبي نراجع للكويز | LAUNCH
launch | اليكسا شغلي عواصم العالم في الدوام الليلي | LAUNCH
launch | اليكسا رفيق انت فتح عواصم العالم | LAUNCH
launch | اليكسا افتحي عواصم العالم للجدة | LAUNCH
launch | اليكسا ممكن تفتحين لي عواصم العالم عشان المشروع | LAUNCH
launch | اليكسا شغلي عواصم العالم قبل ما يبدا الافتتاح | LAUNCH
launch | اليكسا اوبن عواصم العالم كويك | LAUNCH
launch | اليكسا عفوا افتحي مهارة عواصم العالم من فضلك | LAUNCH
launch | اليكسا هاتي عواصم العالم | LAUNCH
launch | اليكسا صديق افتح عواصم العالم | LAUNCH
launch | اليكسا افتحي عواصم العالم الخسران يسوي الشاهي | LAUNCH
launch | اليكسا شغلي عواصم العالم للطلاب | LAUNCH
launch | اليكسا ابغى اجرب عواصم العالم | LAUNCH
launch | اليكسا افتحي تطبيق عواصم العالم | LAUNCH
launch | اليكسا دخليني عواصم العالم | LAUNCH
stop | اليكسا وقفي عواصم العالم المريض وصل | STOP
stop | اليكسا خلاص اسكتي الدكتورة دخلت | STOP
stop | اليكسا وقفي اللعبة الخبز احترق | STOP
stop | اليكسا ستوب الميتنق بدا | STOP
stop | اليكسا بس خلاص الهجن وصلت | STOP
stop | اليكسا اقفلي عواصم العالم نبي نشوف الافتتاح | STOP
cancel | اليكسا الغي الزبون راح | CANCEL
cancel | اليكسا كنسلي السؤال الكلاينت اتصل | CANCEL
cancel | اليكسا الغي الطلب النزيل غير رايه | CANCEL
cancel | اليكسا رفيق الغي هذا كلام | CANCEL
cancel | اليكسا الغي سؤال الحاوية | CANCEL
cancel | اليكسا لا الغيه الاستاذ عطانا غيرها | CANCEL
"""


if __name__ == "__main__":
    build_round(45, "ar", LINES, sys.argv, "tests/Eval/ar/round45/source/build_corpus.py")
