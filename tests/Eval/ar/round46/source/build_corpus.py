"""Round-46 Arabic evaluation corpus (locale ar-SA), a new author's own mix, written blind at the start of the
fifty-third session (brief WRITER59.md). Every line was written by hand as one utterance said to an Echo in Saudi
Arabia, transcribed as ASR gives it (Arabic letters, no diacritics or punctuation, single spaces). Speakers, chosen
apart from round 45's (Tabuk families, Taif rose farmers, Jazan families, Najdi Bedouin grandmothers, Pakistani
construction workers, Indonesian and Malaysian pilgrims, Bangladeshi barbers, Afghan bakers, Chinese and Korean
learners, Makkah hotel receptionists, hospital receptionists, bank tellers, newsroom editors, Dammam port staff,
car importers, camel-race owners, Olympic watchers, istiraha trivia, a flag quiz app, stamp collectors, military
cadets, Princess Nourah students, intermediate-school pupils, first-time Echo owners, Riyadh office code-switchers)
and from the groups of rounds 40 to 44 it lists (Emirati, Omani, Qatari, Sudanese, Yemeni, Syrian, Lebanese,
Egyptian, Kuwaiti, Bahraini, Iraqi, Maghrebi, Jordanian and Palestinian families, Najran, Farasan, Abha, Ha'il,
al-Ahsa, Hijazi and Qassim families, Mauritanian, Somali, Turkish, Malayali, Filipino and Western speakers, drivers,
cafe friends, geography teachers, young children, gamers and the rest):
- families of Qatif and Saihat (`ويش`، `يمه`، `يبه`، `عاد`، `اشلون`),
- date farmers of Bisha and Wadi al-Dawasir at harvest (`يا رجال`، `الصرام`، `الفسايل`),
- Chadian families long settled in Makkah (`شنو`، `هسع`، `داير`، `ياخي`),
- Levantine staff of a women's salon in Riyadh (`شو`، `هلق`، `عنجد`، `عم سشور`، `قديش`),
- Egyptian accountants at a Riyadh firm (`ايه`، `يا باشا`، `عايز`، `بتاعنا`، `قوليلي`),
- Moroccan chefs in a Jeddah hotel kitchen (`شنو`، `واش`، `دابا`، `عافاك`، `ديال`، `بزاف`),
- retired Arabic-language teachers in formal Arabic (`اخبريني`، `يا ترى`، `لو تكرمت`، `حدثيني`),
- sharia students at Imam University (`افيديني`، `جزاك الله خيرا`، `حاضرة`),
- oud and incense sellers, specialty coffee roasters, a domestic-worker recruitment office, sworn legal translators,
  Riyadh Metro station staff, Yanbu industrial shift workers, gardeners and guards of the Diplomatic Quarter (work),
- volunteers at the Riyadh book fair, families at Boulevard World in Riyadh Season, visa applicants waiting for
  appointments (outings and errands),
- older women in an adult literacy class (`يا بنتي`، `المعلمة`),
- kashta campers around the fire, a Ramadan family quiz after iftar, padel players mixing English in (games),
- Tamil grocery clerks (`ارباب`، `انا ما في معلوم`، `سوال`), Nigerian students of Arabic (`انا طالب`، `عاصمة بلد`),
  Ethiopian community families (`انت يعرفي`، `بنت حقي`، `عاصمة فين`) as learners,
- Jeddah teenagers mixing English in (`حرفيا`، `سيريسلي`، `ويت`، `البيستي`), parents up at night with a baby
  (`بشويش`، `بصوت واطي`).
Situations: work (palm groves, a salon, an accounting office, a hotel kitchen, an oud shop, a roastery, a recruitment
office, a translation office, a metro station, an industrial plant, embassy gardens), school (Imam University, a
literacy class, Arabic for Nigerian students), games (kashta, a Ramadan quiz, padel breaks, Boulevard World) and home
(Qatif, Chadian, Ethiopian and Jeddah families, retired teachers, night feeds).
Follow-ups, yes/no checks with right and wrong guesses, self-corrections, reverse questions (countries, US states,
Canadian provinces, Indian, German, Mexican and Brazilian states and UK nations from their capitals), shared names
bare and told apart, plurals of every several-capital country and Palestine, official, everyday and old names,
subdivisions and territories, launches through the skill's name `عواصم العالم`, help, stop and cancel, and fallback
lines (Echo requests, other questions about countries, Saudi and other regions not in the data, past states,
made-up lands and continents, "capital" as money, a bank, a letter case, a title or a film). Brief WRITER59.md.
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
# Qatif and Saihat families, at home
qatif-families | اليكسا ويش عاصمة {} يمه تسال | البحرين=BH; الكويت=KW; ايران=IR
qatif-families | اليكسا يبه يقول ويش عاصمة {} عاد | العراق=IQ; اذربيجان=AZ; باكستان=PK
qatif-families | اليكسا احنا في القطيف ويش عاصمة {} | الهند=IN; سريلانكا=LK; تركمانستان=TM
qatif-families | اليكسا جدي رايح زيارة ويش عاصمة {} | سوريا=SY; لبنان=LB; العراق=IQ
qatif-families | اليكسا بنت خالتي تدرس في {} ويش عاصمتها | ماليزيا=MY; استراليا=AU; نيوزيلندا=NZ
qatif-families | اليكسا اشلون ما اعرف عاصمة {} ويش هي | طاجيكستان=TJ; قرغيزستان=KG; اوزبكستان=UZ
qatif-families | اليكسا عاد قولي عاصمة {} قبل لا نتعشى | تنزانيا=TZ; كينيا=KE; اوغندا=UG

# Date farmers of Bisha and Wadi al-Dawasir, at work in the palm groves
bisha-date-farmers | اليكسا وش عاصمة {} يا رجال احنا في الصرام | الامارات=AE; قطر=QA; المغرب=MA
bisha-date-farmers | اليكسا التمر رايح {} وش عاصمتها | اندونيسيا=ID; بنغلاديش=BD; بروناي=BN
bisha-date-farmers | اليكسا العامل حقنا من {} وش عاصمة بلده | نيبال=NP; السودان=SD; مصر=EG
bisha-date-farmers | اليكسا المزرعة فيها مهندس من {} وش عاصمتها | تونس=TN; الجزائر=DZ; موريتانيا=MR
bisha-date-farmers | اليكسا قبل لا نسقي النخل عطني عاصمة {} | ليبيا=LY; تشاد=TD; النيجر=NE
bisha-date-farmers | اليكسا الفسايل جتنا من {} وش عاصمتها | سلطنة عمان=OM; اليمن=YE; الاردن=JO
bisha-date-farmers | اليكسا يا رجال وش عاصمة ولاية {} اللي فيها نخل | كاليفورنيا=US-CA; اريزونا=US-AZ; تكساس=US-TX

# Chadian families settled in Makkah, at home
chadian-makkah-families | اليكسا عاصمة {} شنو | تشاد=TD; الكاميرون=CM; افريقيا الوسطى=CF
chadian-makkah-families | اليكسا هسع قولي عاصمة {} | النيجر=NE; مالي=ML; بوركينا فاسو=BF
chadian-makkah-families | اليكسا انا داير اعرف عاصمة {} | نيجيريا=NG; بنين=BJ; توغو=TG
chadian-makkah-families | اليكسا ياخي عاصمة {} شنو اسمها | الغابون=GA; غينيا الاستوائية=GQ; ساو تومي وبرينسيبي=ST
chadian-makkah-families | اليكسا خالي ساكن في {} عاصمتها شنو | السودان=SD; جنوب السودان=SS; ليبيا=LY
chadian-makkah-families | اليكسا امي الكبيرة تسال عن عاصمة {} | السنغال=SN; غامبيا=GM; غينيا بيساو=GW

# Levantine staff at a women's salon in Riyadh, at work
levantine-salon-staff | اليكسا شو عاصمة {} عنجد نسيت | اليونان=GR; قبرص=CY; مالطا=MT
levantine-salon-staff | اليكسا الزبونة من {} شو عاصمتها | بلجيكا=BE; سويسرا=CH; لوكسمبورغ=LU
levantine-salon-staff | اليكسا هلق وانا عم سشور قولي عاصمة {} | البرازيل=BR; الارجنتين=AR; كولومبيا=CO
levantine-salon-staff | اليكسا يا قلبي شو هي عاصمة {} | فنزويلا=VE; تشيلي=CL; البيرو=PE
levantine-salon-staff | اليكسا الصبغة هاي من {} شو عاصمتها | ايطاليا=IT; فرنسا=FR; المانيا=DE
levantine-salon-staff | اليكسا بدي اعرف عاصمة {} قبل ما تجي الزبونة | كرواتيا=HR; سلوفينيا=SI; صربيا=RS
levantine-salon-staff | اليكسا قديش بعيدة وشو عاصمة {} | بلغاريا=BG; رومانيا=RO; مولدوفا=MD

# Egyptian accountants at a Riyadh firm, at work
egyptian-accountants | اليكسا عاصمة {} ايه يا باشا | اثيوبيا=ET; ارتيريا=ER; جيبوتي=DJ
egyptian-accountants | اليكسا الفاتورة جاية من {} عاصمتها ايه | الصين=CN; فيتنام=VN; تايوان=TW
egyptian-accountants | اليكسا انا عايز اعرف عاصمة {} بسرعة | المجر=HU; التشيك=CZ; سلوفاكيا=SK
egyptian-accountants | اليكسا المورد بتاعنا في {} عاصمتها ايه | كوريا الجنوبية=KR; اليابان=JP; تايلند=TH
egyptian-accountants | اليكسا قبل ما نقفل الميزانية قوليلي عاصمة {} | بولندا=PL; رومانيا=RO; بلغاريا=BG
egyptian-accountants | اليكسا المدير بيسال عاصمة {} ايه | كندا=CA; المكسيك=MX; امريكا=US
egyptian-accountants | اليكسا الفرع الجديد في ولاية {} عاصمتها ايه | نيويورك=US-NY; فلوريدا=US-FL; الينوي=US-IL

# Moroccan chefs in a Jeddah hotel kitchen, at work
moroccan-hotel-chefs | اليكسا شنو هي عاصمة {} عافاك | المغرب=MA; تونس=TN; الجزائر=DZ
moroccan-hotel-chefs | اليكسا واش كتعرفي عاصمة {} | اسبانيا=ES; البرتغال=PT; اندورا=AD
moroccan-hotel-chefs | اليكسا دابا الشاف كيسول على عاصمة {} | فرنسا=FR; موناكو=MC; بلجيكا=BE
moroccan-hotel-chefs | اليكسا الزعفران جا من {} شنو عاصمتها | ايران=IR; افغانستان=AF; اسبانيا=ES
moroccan-hotel-chefs | اليكسا عافاك عاصمة {} شنو سميتها | السنغال=SN; موريتانيا=MR; مالي=ML
moroccan-hotel-chefs | اليكسا الضيوف ديال الليلة من {} شنو العاصمة ديالها | هولندا=NL; السويد=SE; النرويج=NO
moroccan-hotel-chefs | اليكسا بزاف ديال السياح من {} شنو عاصمتها | روسيا=RU; الصين=CN; تركيا=TR

# Retired Arabic-language teachers, formal Arabic, at home
retired-arabic-teachers | اليكسا اخبريني ما هي عاصمة {} | الفاتيكان=VA; سان مارينو=SM; ليختنشتاين=LI
retired-arabic-teachers | اليكسا يا ترى ما عاصمة {} | ايسلندا=IS; الدنمارك=DK; فنلندا=FI
retired-arabic-teachers | اليكسا لو تكرمت ما اسم عاصمة {} | استونيا=EE; لاتفيا=LV; ليتوانيا=LT
retired-arabic-teachers | اليكسا اريد ان اتاكد من عاصمة {} | ايرلندا=IE; بريطانيا=GB; النمسا=AT
retired-arabic-teachers | اليكسا ما العاصمة الرسمية لدولة {} | نيجيريا=NG; تنزانيا=TZ; ميانمار=MM
retired-arabic-teachers | اليكسا في اي مدينة تقع عاصمة {} | كازاخستان=KZ; البرازيل=BR; باكستان=PK
retired-arabic-teachers | اليكسا حدثيني عن عاصمة اقليم {} | اسكتلندا=GB-SCT; ويلز=GB-WLS; ايرلندا الشمالية=GB-NIR

# Sharia students at Imam University, formal Arabic, at school
sharia-students | اليكسا افيديني بعاصمة {} جزاك الله خيرا | ماليزيا=MY; اندونيسيا=ID; بروناي=BN
sharia-students | اليكسا بارك الله فيك ما عاصمة {} | البوسنة والهرسك=BA; البانيا=AL; كوسوفو=XK
sharia-students | اليكسا زميلنا في السكن من {} فما عاصمتها | جزر القمر=KM; المالديف=MV; الصومال=SO
sharia-students | اليكسا في درس السيرة ذكرنا {} فما عاصمتها | اثيوبيا=ET; اليمن=YE; سوريا=SY
sharia-students | اليكسا اسال عن عاصمة {} لاجل البحث | اوزبكستان=UZ; طاجيكستان=TJ; اذربيجان=AZ
sharia-students | اليكسا ما هي حاضرة {} | مصر=EG; المغرب=MA; تركيا=TR

# Oud and incense sellers, at work in the shop
oud-sellers | اليكسا العود هذا من {} وش عاصمتها | كمبوديا=KH; لاوس=LA; ميانمار=MM
oud-sellers | اليكسا الزبون يبي دهن عود من {} وش عاصمتها | الهند=IN; بنغلاديش=BD; سريلانكا=LK
oud-sellers | اليكسا البخور وصلنا من {} ايش عاصمتها | الصومال=SO; اليمن=YE; سلطنة عمان=OM
oud-sellers | اليكسا المورد الجديد في {} قولي عاصمتها | بابوا غينيا الجديدة=PG; تيمور الشرقية=TL; الفلبين=PH
oud-sellers | اليكسا قبل ابخر المحل وش عاصمة {} | فيتنام=VN; تايلند=TH; ماليزيا=MY
oud-sellers | اليكسا المسك هذا من {} وش عاصمتها | نيبال=NP; بوتان=BT; منغوليا=MN

# Specialty coffee roasters, at work in the roastery
coffee-roasters | اليكسا المحصول هذا من {} وش عاصمتها | اثيوبيا=ET; كولومبيا=CO; البرازيل=BR
coffee-roasters | اليكسا البن الجديد من {} ايش عاصمتها | رواندا=RW; بوروندي=BI; كينيا=KE
coffee-roasters | اليكسا وانا احمص قولي عاصمة {} | غواتيمالا=GT; هندوراس=HN; السلفادور=SV
coffee-roasters | اليكسا الباريستا يقول المزرعة في {} وش عاصمتها | كوستاريكا=CR; بنما=PA; نيكاراغوا=NI
coffee-roasters | اليكسا على الكيس مكتوب {} ايش عاصمتها | جامايكا=JM; الاكوادور=EC; البيرو=PE
coffee-roasters | اليكسا عميل يسال عن بن {} وش عاصمتها | اليمن=YE; تنزانيا=TZ; اوغندا=UG
coffee-roasters | اليكسا الدفعة الجاية من {} وش عاصمتها | بابوا غينيا الجديدة=PG; بوليفيا=BO; المكسيك=MX
coffee-roasters | اليكسا بن كونا من {} وش عاصمتها | هاواي=US-HI; بورتوريكو=PR; جزيرة سانت هيلينا=SH

# Staff of a domestic-worker recruitment office, at work
recruitment-office | اليكسا العمالة الجديدة من {} وش عاصمتها | الفلبين=PH; كينيا=KE; اوغندا=UG
recruitment-office | اليكسا العقد مكتوب فيه {} وش عاصمتها | سريلانكا=LK; نيبال=NP; بنغلاديش=BD
recruitment-office | اليكسا مكتب الاستقدام يسال عن عاصمة {} | اثيوبيا=ET; بوروندي=BI; سيراليون=SL
recruitment-office | اليكسا التاشيرة طالعة لدولة {} ايش عاصمتها | غانا=GH; ليبيريا=LR; غينيا=GN
recruitment-office | اليكسا العاملة جاية من {} عاصمتها وش | مدغشقر=MG; فيتنام=VN; اندونيسيا=ID
recruitment-office | اليكسا ابي اكتب في الملف عاصمة {} وش هي | تنزانيا=TZ; زامبيا=ZM; مالاوي=MW

# Sworn translators at a legal translation office, at work
legal-translators | اليكسا الوثيقة صادرة من {} وش عاصمتها | بيلاروسيا=BY; اوكرانيا=UA; مولدوفا=MD
legal-translators | اليكسا شهادة الميلاد من {} ابي عاصمتها | ارمينيا=AM; كازاخستان=KZ; قرغيزستان=KG
legal-translators | اليكسا التصديق من سفارة {} وش عاصمتها | الدنمارك=DK; هولندا=NL; السويد=SE
legal-translators | اليكسا احتاج اكتب عاصمة {} في الترجمة | مقدونيا الشمالية=MK; الجبل الاسود=ME; البوسنة=BA
legal-translators | اليكسا عقد الشركة من {} ايش عاصمتها | سنغافورة=SG; ليختنشتاين=LI; سويسرا=CH
legal-translators | اليكسا الحكم صادر في {} وش عاصمتها | ساحل العاج=CI; الكاميرون=CM; الكونغو الديمقراطية=CD
legal-translators | اليكسا الشهادة مصدقة من ولاية {} وش عاصمتها | بافاريا=DE-BY; هسن=DE-HE; ساكسونيا=DE-SN

# Volunteers at the Riyadh International Book Fair
book-fair-volunteers | اليكسا جناح {} جنبنا وش عاصمتها | الكويت=KW; المغرب=MA; تونس=TN
book-fair-volunteers | اليكسا ضيف شرف المعرض {} ايش عاصمتها | قطر=QA; العراق=IQ; الصين=CN
book-fair-volunteers | اليكسا دار النشر من {} وش عاصمتها | لبنان=LB; سوريا=SY; فلسطين=PS
book-fair-volunteers | اليكسا الزوار يسالون عن عاصمة {} | كوريا الجنوبية=KR; اليابان=JP; البرتغال=PT
book-fair-volunteers | اليكسا الكاتب جاي من {} وش عاصمة بلده | كولومبيا=CO; تشيلي=CL; الارجنتين=AR
book-fair-volunteers | اليكسا دار نشر من {} تسال عن عاصمتها | كيبك=CA-QC; اونتاريو=CA-ON; كولومبيا البريطانية=CA-BC

# Families visiting Boulevard World in Riyadh Season, an outing
boulevard-world-visitors | اليكسا في بوليفارد وورلد دخلنا منطقة {} وش عاصمتها | المكسيك=MX; الهند=IN; اليابان=JP
boulevard-world-visitors | اليكسا بكرة بنروح بوليفارد وورلد ونشوف {} وش عاصمتها | المغرب=MA; اليونان=GR; ايطاليا=IT
boulevard-world-visitors | اليكسا اكلنا اكل {} في الموسم وش عاصمتها | الصين=CN; كوريا الجنوبية=KR; تايلند=TH
boulevard-world-visitors | اليكسا عرض {} كان حلو وش عاصمتها | اسبانيا=ES; البرازيل=BR; روسيا=RU
boulevard-world-visitors | اليكسا السوق اللي فيها من {} وش عاصمتها | تركيا=TR; مصر=EG; سوريا=SY
boulevard-world-visitors | اليكسا الولد يبي يعرف عاصمة {} اللي شفناها اليوم | امريكا=US; فرنسا=FR; بريطانيا=GB

# Riyadh Metro station staff, at work
riyadh-metro-staff | اليكسا راكب سالني عن عاصمة {} وش هي | الاوروغواي=UY; باراغواي=PY; سورينام=SR
riyadh-metro-staff | اليكسا سياح من {} ضايعين في المحطة وش عاصمة بلدهم | غيانا=GY; بليز=BZ; كوبا=CU
riyadh-metro-staff | اليكسا بين قطار والثاني قولي عاصمة {} | انغولا=AO; ناميبيا=NA; بوتسوانا=BW
riyadh-metro-staff | اليكسا الخط الازرق زحمة عطني عاصمة {} | زيمبابوي=ZW; موزمبيق=MZ; ليسوتو=LS
riyadh-metro-staff | اليكسا في استراحة المناوبة وش عاصمة {} | فانواتو=VU; فيجي=FJ; تونغا=TO

# Older women in an adult literacy class, at school
literacy-class | اليكسا يا بنتي وش اسم عاصمة {} | السعودية=SA; الكويت=KW; العراق=IQ
literacy-class | اليكسا المعلمة قالت نحفظ عاصمة {} وش هي | مصر=EG; الاردن=JO; فلسطين=PS
literacy-class | اليكسا ولد ولدي يدرس في {} عاصمتها وش | امريكا=US; بريطانيا=GB; كندا=CA
literacy-class | اليكسا الحصة الجاية عن {} وش عاصمتها | الصومال=SO; جيبوتي=DJ; جزر القمر=KM
literacy-class | اليكسا عيني ما تشوف الكتاب قولي عاصمة {} | اليمن=YE; سلطنة عمان=OM; الامارات=AE

# Desert camping (kashta) friends around the fire, a game
kashta-campers | اليكسا حنا في الكشتة والنار شابة وش عاصمة {} | منغوليا=MN; كازاخستان=KZ; تركمانستان=TM
kashta-campers | اليكسا اللي يعرف عاصمة {} ما يجيب حطب | ناورو=NR; توفالو=TV; كيريباتي=KI
kashta-campers | اليكسا وحنا نسوي الشاي عطنا عاصمة {} | جزر مارشال=MH; ميكرونيزيا=FM; بالاو=PW
kashta-campers | اليكسا الخسران يغسل القدور وش عاصمة {} | ساموا=WS; جزر سليمان=SB; بابوا غينيا الجديدة=PG
kashta-campers | اليكسا قبل لا نرقد في الخيمة وش عاصمة {} | الراس الاخضر=CV; موريشيوس=MU; سيشل=SC
kashta-campers | اليكسا بالكشتة نسال عن عاصمة ولاية {} | الاسكا=US-AK; مونتانا=US-MT; وايومنغ=US-WY

# A Ramadan family quiz after iftar and at suhoor, at home
ramadan-contest | اليكسا مسابقة بعد الفطور وش عاصمة {} | ترينيداد وتوباغو=TT; باربادوس=BB; جزر البهاما=BS
ramadan-contest | اليكسا سؤال السحور عاصمة {} وش هي | هايتي=HT; الدومينيكان=DO; دومينيكا=DM
ramadan-contest | اليكسا الجايزة للي يعرف عاصمة {} | غرينادا=GD; سانت لوسيا=LC; انتيغوا وباربودا=AG
ramadan-contest | اليكسا السؤال العاشر عاصمة {} | سانت كيتس ونيفيس=KN; سانت فنسنت والغرينادين=VC; سورينام=SR
ramadan-contest | اليكسا ابوي يبي يتاكد من عاصمة {} قبل يعلن الفايز | الكونغو برازافيل=CG; الغابون=GA; انغولا=AO
ramadan-contest | اليكسا سؤال الليلة عاصمة {} وش هي | تسمانيا=AU-TAS; كوينزلاند=AU-QLD; استراليا الغربية=AU-WA

# Padel players at a Riyadh padel club, mixing English in
padel-players | اليكسا بين الستين قولي عاصمة {} | السويد=SE; اسبانيا=ES; الارجنتين=AR
padel-players | اليكسا البارتنر حقي من {} وش الكابيتال حقتها | البرتغال=PT; ايطاليا=IT; بلجيكا=BE
padel-players | اليكسا بريك سريع وش عاصمة {} | النمسا=AT; الدنمارك=DK; فنلندا=FI
padel-players | اليكسا الكوتش من {} وش عاصمتها برو | الاوروغواي=UY; باراغواي=PY; تشيلي=CL
padel-players | اليكسا البطولة الجاية في {} وش عاصمتها | قطر=QA; الامارات=AE; مصر=EG

# Tamil clerks at a neighbourhood grocery, learner Arabic
tamil-grocery-clerks | اليكسا انا ما في معلوم عاصمة {} انت قول | سريلانكا=LK; الهند=IN; المالديف=MV
tamil-grocery-clerks | اليكسا ارباب سوال عاصمة {} ايش | سنغافورة=SG; ماليزيا=MY; موريشيوس=MU
tamil-grocery-clerks | اليكسا هادا زبون من {} عاصمة ايش | بوتان=BT; نيبال=NP; ميانمار=MM
tamil-grocery-clerks | اليكسا بقالة مافي زبون الحين عاصمة {} قول | فيجي=FJ; سيشل=SC; مدغشقر=MG
tamil-grocery-clerks | اليكسا انا ولاية {} عاصمة ايش | تاميل نادو=IN-TN; كيرلا=IN-KL; كارناتاكا=IN-KA

# Nigerian students learning Arabic, learner formal Arabic, at school
nigerian-students | اليكسا انا طالب من نيجيريا ما هي عاصمة {} | الكاميرون=CM; غانا=GH; النيجر=NE
nigerian-students | اليكسا من فضلك عاصمة بلد {} ما هي | بنين=BJ; توغو=TG; بوركينا فاسو=BF
nigerian-students | اليكسا استاذنا سال عاصمة {} انا لا اعرف | ليبيريا=LR; سيراليون=SL; غامبيا=GM
nigerian-students | اليكسا ارجو ان تقولي لي عاصمة {} | تشاد=TD; افريقيا الوسطى=CF; جنوب السودان=SS

# Ethiopian community families, learner Arabic, at home
ethiopian-community | اليكسا انت يعرفي عاصمة {} | اثيوبيا=ET; ارتيريا=ER; الصومال=SO
ethiopian-community | اليكسا بنت حقي يسال عاصمة {} ايش | كينيا=KE; جنوب السودان=SS; اوغندا=UG
ethiopian-community | اليكسا قهوة جاهز بعدين قولي عاصمة {} | رواندا=RW; تنزانيا=TZ; بوروندي=BI
ethiopian-community | اليكسا زوج حقي يروح {} شغل عاصمة فين | جنوب افريقيا=ZA; ليسوتو=LS; اسواتيني=SZ

# Jeddah teenagers mixing English into Arabic, at home
jeddah-teens | اليكسا حرفيا ايش عاصمة {} | كوريا الجنوبية=KR; اليابان=JP; تايوان=TW
jeddah-teens | اليكسا اوكي سيريسلي ايش عاصمة {} | ايسلندا=IS; النرويج=NO; غرينلاند=GL
jeddah-teens | اليكسا ويت ويت ايش عاصمة {} | نيوزيلندا=NZ; استراليا=AU; كندا=CA
jeddah-teens | اليكسا يا بنات اسمعوا ايش عاصمة {} | بولندا=PL; المجر=HU; رومانيا=RO
jeddah-teens | اليكسا البيستي حقتي مسافرة {} ايش عاصمتها | المالديف=MV; البوسنة=BA; سيشل=SC

# Shift workers at Yanbu's industrial city, at work
yanbu-shift-workers | اليكسا في الشفت الليلي وش عاصمة {} | كوريا الشمالية=KP; منغوليا=MN; لاوس=LA
yanbu-shift-workers | اليكسا المقاول من {} وش عاصمتها | الصين=CN; كوريا الجنوبية=KR; الهند=IN
yanbu-shift-workers | اليكسا قبل تسليم الوردية قولي عاصمة {} | بروناي=BN; تيمور الشرقية=TL; نيبال=NP
yanbu-shift-workers | اليكسا الناقلة رايحة {} وش عاصمتها | سنغافورة=SG; هولندا=NL; اليابان=JP
yanbu-shift-workers | اليكسا المشرف يقول الكتالوج من {} وش عاصمتها | المانيا=DE; ايطاليا=IT; النمسا=AT
yanbu-shift-workers | اليكسا المهندس من ولاية {} وش عاصمتها | لويزيانا=US-LA; اوكلاهوما=US-OK; نيو مكسيكو=US-NM

# Visa applicants waiting at application centres, errands
visa-applicants | اليكسا موعد البصمة لسفارة {} وش عاصمتها | اسبانيا=ES; فرنسا=FR; التشيك=CZ
visa-applicants | اليكسا الشنغن من {} يعني وش عاصمتها | مالطا=MT; اليونان=GR; ايسلندا=IS
visa-applicants | اليكسا قدمت على فيزا {} وش عاصمتها | ايرلندا=IE; بريطانيا=GB; امريكا=US
visa-applicants | اليكسا الجواز رجع من سفارة {} قولي عاصمتها | اذربيجان=AZ; ارمينيا=AM; اوزبكستان=UZ
visa-applicants | اليكسا نبي نسافر {} الصيف وش عاصمتها | البوسنة والهرسك=BA; البانيا=AL; الجبل الاسود=ME

# Parents up for a night feed, quietly, at home
night-feed-parents | اليكسا بشويش البيبي نايم وش عاصمة {} | بيلاروسيا=BY; مولدوفا=MD; اوكرانيا=UA
night-feed-parents | اليكسا الساعة ثلاث الفجر وانا ارضع وش عاصمة {} | ليتوانيا=LT; لاتفيا=LV; استونيا=EE
night-feed-parents | اليكسا بصوت واطي عاصمة {} | سلوفاكيا=SK; سلوفينيا=SI; كرواتيا=HR
night-feed-parents | اليكسا ما جاني نوم قولي عاصمة {} | اندورا=AD; موناكو=MC; سان مارينو=SM

# Gardeners and guards in Riyadh's Diplomatic Quarter, at work
diplomatic-quarter-workers | اليكسا السفارة اللي جنبنا سفارة {} وش عاصمتها | البرازيل=BR; الارجنتين=AR; الاكوادور=EC
diplomatic-quarter-workers | اليكسا العلم اللي على البوابة علم {} وش عاصمتها | كازاخستان=KZ; قرغيزستان=KG; طاجيكستان=TJ
diplomatic-quarter-workers | اليكسا السفير حق {} طلع الحين وش عاصمتها | ناميبيا=NA; زامبيا=ZM; زيمبابوي=ZW
diplomatic-quarter-workers | اليكسا سقينا حديقة سفارة {} وش عاصمتها | بنما=PA; كوستاريكا=CR; الدومينيكان=DO
diplomatic-quarter-workers | اليكسا جاري حارس سفارة {} يسال عن عاصمة بلده | موزمبيق=MZ; بوتسوانا=BW; مالاوي=MW

# Follow-ups after a first answer, in the groups' voices
follow-up | طيب و {} | السويد=SE; النرويج=NO; الدنمارك=DK
follow-up | اليكسا طيب وعاصمة {} | الكويت=KW; قطر=QA; البحرين=BH
follow-up | ويش عن {} يمه | العراق=IQ; ايران=IR; سوريا=SY
follow-up | اليكسا وشو عن {} | لبنان=LB; الاردن=JO; قبرص=CY
follow-up | طب و {} يا باشا | السودان=SD; ليبيا=LY; تونس=TN
follow-up | و {} شنو عاصمتها | النيجر=NE; مالي=ML; تشاد=TD
follow-up | اليكسا وبعدها {} | فيتنام=VN; كمبوديا=KH; لاوس=LA
follow-up | وواش {} كتعرفيها | البرتغال=PT; اسبانيا=ES; ايطاليا=IT
follow-up | اليكسا والثانية {} وش عاصمتها | زامبيا=ZM; زيمبابوي=ZW; ناميبيا=NA
follow-up | اليكسا زين والحين {} | البرازيل=BR; الارجنتين=AR; كولومبيا=CO
follow-up | وفي {} ما عاصمتها | ماليزيا=MY; اندونيسيا=ID; بروناي=BN
follow-up | اليكسا كمان {} برو | المانيا=DE; النمسا=AT; سويسرا=CH
follow-up | والسؤال اللي بعده {} | فيجي=FJ; تونغا=TO; ساموا=WS
follow-up | اليكسا وولاية {} بعد | تكساس=US-TX; يوتا=US-UT; نيفادا=US-NV
follow-up | ومقاطعة {} وش عاصمتها | مانيتوبا=CA-MB; ساسكاتشوان=CA-SK; البرتا=CA-AB

# Plural capitals of the several-capital countries (and Palestine)
plural-capitals | اليكسا وش عواصم {} | بنين=BJ; بوليفيا=BO; ساحل العاج=CI
plural-capitals | اليكسا ما هي عواصم {} | سريلانكا=LK; ماليزيا=MY; هولندا=NL
plural-capitals | اليكسا كم عاصمة عند {} وش هي | اسواتيني=SZ; جنوب افريقيا=ZA; فلسطين=PS
plural-capitals | اليكسا شو هني عواصم {} | هولندا=NL; بوليفيا=BO; سريلانكا=LK
plural-capitals | اليكسا عواصم {} ايه | جنوب افريقيا=ZA; بنين=BJ; ماليزيا=MY
plural-capitals | اليكسا سمعت ان {} لها عاصمتين وش هي | ساحل العاج=CI; اسواتيني=SZ; فلسطين=PS
plural-capitals | اليكسا ما هما عاصمتا {} | بوليفيا=BO; بنين=BJ; هولندا=NL
plural-capitals | اليكسا عطني العاصمتين حقت {} | سريلانكا=LK; ساحل العاج=CI; اسواتيني=SZ
plural-capitals | اليكسا شنو هما العواصم ديال {} | ماليزيا=MY; جنوب افريقيا=ZA; فلسطين=PS
plural-capitals | اليكسا جنوب افريقيا عندها ثلاث عواصم وش هي | ZA
plural-capitals | اليكسا عواصم بوليفيا سوكري ولاباز صح | BO
plural-capitals | اليكسا هولندا امستردام ولا لاهاي ولا الاثنين | NL
plural-capitals | اليكسا ليش بنين لها عاصمتين | BJ
plural-capitals | اليكسا ويش عواصم ساحل العاج يبه يسال | CI

plural-capitals | اليكسا بوليفيا كم عاصمة عندها واسمائها | BO
plural-capitals | اليكسا عاصمتين بوليفيا وش هم يا رجال | BO
plural-capitals | اليكسا سريلانكا وماليزيا وبوليفيا عواصمها كلها | BO+LK+MY
plural-capitals | اليكسا ساحل العاج عواصمها شنو عافاك | CI
plural-capitals | اليكسا ابيدجان وياموسوكرو الاثنين عواصم ساحل العاج | CI
plural-capitals | اليكسا وش عواصم كوت ديفوار يا بنات | CI
plural-capitals | اليكسا بنين عواصمها كم وحدة | BJ
plural-capitals | اليكسا عواصم بنين شنو هسع | BJ
plural-capitals | اليكسا بورتو نوفو وكوتونو عواصم بنين صح | BJ
plural-capitals | اليكسا فلسطين عواصمها وش هي | PS
plural-capitals | اليكسا عواصم دولة فلسطين ما هي | PS
plural-capitals | اليكسا القدس ورام الله عواصم فلسطين صح | PS
plural-capitals | اليكسا اسواتيني عواصمها ايه | SZ
plural-capitals | اليكسا العواصم الثلاث لجنوب افريقيا ارباب | ZA
plural-capitals | اليكسا هولندا ليش لها عاصمتين | NL
plural-capitals | اليكسا عاصمتا ماليزيا ما هما | MY
plural-capitals | اليكسا كولومبو وكوتي عواصم سريلانكا صح | LK

# Subdivisions and territories, in the words people use
subdivision | اليكسا وش عاصمة ولاية {} | كاليفورنيا=US-CA; فرجينيا=US-VA; ماساتشوستس=US-MA
subdivision | اليكسا عاصمة ولاية {} وش هي | جورجيا الامريكية=US-GA; كارولاينا الشمالية=US-NC; كارولاينا الجنوبية=US-SC
subdivision | اليكسا ايش عاصمة ولاية {} | ميشيغان=US-MI; اوهايو=US-OH; بنسلفانيا=US-PA
subdivision | اليكسا ما هي عاصمة ولاية {} | واشنطن=US-WA; اوريغون=US-OR; ايداهو=US-ID
subdivision | اليكسا ولاية {} عاصمتها وش | كنتاكي=US-KY; تينيسي=US-TN; الاباما=US-AL
subdivision | اليكسا عاصمة {} الامريكية | ميزوري=US-MO; كانساس=US-KS; نبراسكا=US-NE
subdivision | اليكسا قولي عاصمة ولاية {} | مينيسوتا=US-MN; ويسكونسن=US-WI; ايوا=US-IA
subdivision | اليكسا عاصمة ولاية {} شو هي | ماريلاند=US-MD; ديلاوير=US-DE; نيوجيرسي=US-NJ
subdivision | اليكسا وش عاصمة {} في امريكا | فيرمونت=US-VT; نيوهامشير=US-NH; ولاية مين=US-ME
subdivision | اليكسا عاصمة ولاية {} ايه | رود ايلاند=US-RI; كونيتيكت=US-CT; داكوتا الشمالية=US-ND
subdivision | اليكسا ويش عاصمة ولاية {} | داكوتا الجنوبية=US-SD; مسيسيبي=US-MS; اركنساس=US-AR
subdivision | اليكسا عاصمة {} الامريكية وش هي | انديانا=US-IN; فيرجينيا الغربية=US-WV; كولورادو=US-CO
subdivision | اليكسا وش عاصمة مقاطعة {} | نوفا سكوشا=CA-NS; نيو برونزويك=CA-NB; جزيرة الامير ادوارد=CA-PE
subdivision | اليكسا عاصمة {} في كندا | نيوفاوندلاند=CA-NL; يوكون=CA-YT; نونافوت=CA-NU
subdivision | اليكسا وش عاصمة الاقاليم الشمالية الغربية في كندا | CA-NT
subdivision | اليكسا عاصمة ولاية {} الاسترالية | نيو ساوث ويلز=AU-NSW; فكتوريا=AU-VIC; جنوب استراليا=AU-SA
subdivision | اليكسا وش عاصمة {} في استراليا | الاقليم الشمالي=AU-NT; اقليم العاصمة=AU-ACT; كوينزلاند=AU-QLD
subdivision | اليكسا عاصمة ولاية {} الهندية | ماهاراشترا=IN-MH; غوجارات=IN-GJ; راجستان=IN-RJ
subdivision | اليكسا وش عاصمة ولاية {} في الهند | بيهار=IN-BR; اوتار براديش=IN-UP; البنغال الغربية=IN-WB
subdivision | اليكسا ايش عاصمة {} الهندية | تيلانغانا=IN-TS; اندرا براديش=IN-AP; اوديشا=IN-OD
subdivision | اليكسا عاصمة ولاية {} وين | اسام=IN-AS; غوا=IN-GA; سيكيم=IN-SK
subdivision | اليكسا عاصمة {} في الهند | كشمير=IN-JK; لداخ=IN-LA; دلهي=IN-DL
subdivision | اليكسا وش عاصمة ولاية {} في المانيا | بادن فورتمبيرغ=DE-BW; سكسونيا السفلى=DE-NI; شمال الراين وستفاليا=DE-NW
subdivision | اليكسا عاصمة ولاية {} الالمانية | براندنبورغ=DE-BB; تورينغن=DE-TH; شليسفيغ هولشتاين=DE-SH
subdivision | اليكسا وش عاصمة ولاية {} في البرازيل | امازوناس=BR-AM; باهيا=BR-BA; بارانا=BR-PR
subdivision | اليكسا عاصمة ولاية {} البرازيلية | ميناس جيرايس=BR-MG; سيارا=BR-CE; بيرنامبوكو=BR-PE
subdivision | اليكسا وش عاصمة ولاية {} في المكسيك | خاليسكو=MX-JAL; نويفو ليون=MX-NLE; يوكاتان=MX-YUC
subdivision | اليكسا عاصمة ولاية {} المكسيكية | واهاكا=MX-OAX; تشياباس=MX-CHP; باها كاليفورنيا=MX-BCN
subdivision | اليكسا وش عاصمة {} | انجلترا=GB-ENG; اسكوتلندا=GB-SCT; جزيرة مان=IM
subdivision | اليكسا ايش عاصمة جزر {} | كايمان=KY; فوكلاند=FK; فارو=FO
subdivision | اليكسا عاصمة {} وش هي | غرينلاند=GL; برمودا=BM; جبل طارق=GI
subdivision | اليكسا وش عاصمة {} التابعة لفرنسا | كاليدونيا الجديدة=NC; بولينيزيا الفرنسية=PF; غويانا الفرنسية=GF
subdivision | اليكسا عاصمة جزيرة {} | ريونيون=RE; غوام=GU; مايوت=YT
subdivision | اليكسا عاصمة {} | بورتوريكو=PR; اروبا=AW; كوراساو=CW
subdivision | اليكسا وش عاصمة الصحراء الغربية | EH
subdivision | اليكسا هونغ كونغ عاصمتها وش | HK
subdivision | اليكسا عاصمة انتاركتيكا وش هي | AQ
subdivision | اليكسا وش عاصمة ساموا الامريكية | AS
subdivision | اليكسا عاصمة جزر فيرجن البريطانية | VG
subdivision | اليكسا وش عاصمة جيرسي | JE
subdivision | اليكسا عاصمة غيرنزي | GG
subdivision | اليكسا عاصمة جزر كوك | CK
subdivision | اليكسا وش عاصمة ولاية ساو باولو | BR-SP
subdivision | اليكسا عاصمة ولاية ريو دي جانيرو | BR-RJ
subdivision | اليكسا وش عاصمة ولاية باخا كاليفورنيا سور | MX-BCS
subdivision | اليكسا وش عاصمة اونتاريو في كندا | CA-ON
subdivision | اليكسا عاصمة ولاية هاواي وش هي | US-HI

# Yes/no checks with right and wrong guesses
yes-no-check | اليكسا هل عاصمة استراليا سيدني | AU
yes-no-check | اليكسا عاصمة تركيا اسطنبول صح | TR
yes-no-check | اليكسا صدق عاصمة كندا تورنتو | CA
yes-no-check | اليكسا عاصمة البرازيل ريو صح ولا غلط | BR
yes-no-check | اليكسا هل صحيح ان عاصمة نيجيريا ابوجا | NG
yes-no-check | اليكسا يمه تقول عاصمة باكستان كراتشي صح | PK
yes-no-check | اليكسا عاصمة سويسرا جنيف ولا لا | CH
yes-no-check | اليكسا هي عاصمة المغرب الدار البيضاء صح | MA
yes-no-check | اليكسا عنجد عاصمة نيوزيلندا ولينغتون | NZ
yes-no-check | اليكسا عاصمة فيتنام هانوي ولا هو تشي منه | VN
yes-no-check | اليكسا عاصمة كاليفورنيا لوس انجلوس صح | US-CA
yes-no-check | اليكسا عاصمة ولاية نيويورك نيويورك نفسها | US-NY
yes-no-check | اليكسا عاصمة تنزانيا دار السلام صح | TZ
yes-no-check | اليكسا هل عاصمة ميانمار رانغون | MM
yes-no-check | اليكسا عاصمة كازاخستان الماتي ولا استانا | KZ
yes-no-check | اليكسا عاصمة الامارات دبي صح | AE
yes-no-check | اليكسا عاصمة الهند نيودلهي صح | IN
yes-no-check | اليكسا صح عاصمة اليابان طوكيو | JP
yes-no-check | اليكسا عاصمة ساحل العاج ابيدجان صح | CI
yes-no-check | اليكسا عاصمة بوليفيا لاباز صح ولا | BO
yes-no-check | اليكسا عاصمة فلوريدا ميامي ايه | US-FL
yes-no-check | اليكسا عاصمة تكساس هيوستن صح | US-TX
yes-no-check | اليكسا عاصمة بافاريا ميونخ صح | DE-BY
yes-no-check | اليكسا هل عاصمة المانيا بون | DE
yes-no-check | اليكسا عاصمة اسكتلندا غلاسكو صح | GB-SCT
yes-no-check | اليكسا عاصمة كيبك مونتريال صح | CA-QC
yes-no-check | اليكسا عاصمة جنوب افريقيا جوهانسبرغ صح | ZA
yes-no-check | اليكسا عاصمة بنغلاديش دكا صح | BD
yes-no-check | اليكسا بنتي تقول عاصمة منغوليا اولان باتور صح كلامها | MN
yes-no-check | اليكسا عاصمة ايطاليا روما ولا ميلانو | IT
yes-no-check | اليكسا عاصمة ليبيا بنغازي صح | LY
yes-no-check | اليكسا واش عاصمة اسبانيا برشلونة | ES
yes-no-check | اليكسا عاصمة تايوان تايبيه صح | TW
yes-no-check | اليكسا عاصمة كوسوفو بريشتينا صح | XK
yes-no-check | اليكسا عاصمة ولاية ماهاراشترا بومباي صح | IN-MH

# Self-corrections: the last place named is meant
self-correction | اليكسا عاصمة النمسا لا قصدي سويسرا | CH
self-correction | اليكسا وش عاصمة السويد اقصد النرويج | NO
self-correction | اليكسا عاصمة سلوفاكيا لا لا سلوفينيا | SI
self-correction | اليكسا عاصمة النيجر لا نيجيريا | NG
self-correction | اليكسا ويش عاصمة ايران لا العراق | IQ
self-correction | اليكسا عاصمة غينيا اقصد غينيا بيساو | GW
self-correction | اليكسا شو عاصمة لبنان لا استني سوريا | SY
self-correction | اليكسا عاصمة اوغندا لا رواندا | RW
self-correction | اليكسا عاصمة باراغواي لا قصدي الاوروغواي | UY
self-correction | اليكسا عاصمة النمسا اوه سوري استراليا | AU
self-correction | اليكسا عاصمة كولومبيا ولا اقول لك كولومبيا البريطانية | CA-BC
self-correction | اليكسا عاصمة غانا لا غيانا | GY
self-correction | اليكسا عاصمة مالي لا ملاوي | MW
self-correction | اليكسا عاصمة لاتفيا لا ليتوانيا | LT
self-correction | اليكسا عاصمة ايسلندا لا ايرلندا | IE
self-correction | اليكسا عاصمة السنغال لا سنغافورة | SG
self-correction | اليكسا عاصمة تكساس لا تينيسي | US-TN
self-correction | اليكسا وش عاصمة دومينيكا لا الدومينيكان | DO
self-correction | اليكسا عاصمة ارمينيا لا اقصد البانيا | AL
self-correction | اليكسا عاصمة بافاريا لا ساكسونيا | DE-SN
self-correction | اليكسا عاصمة ماليزيا اقصد موريتانيا | MR
self-correction | اليكسا عاصمة تونس شنو لا لا ليبيا | LY
self-correction | اليكسا عاصمة النيبال عفوا بوتان | BT
self-correction | اليكسا عاصمة اوتاوا لا قصدي عاصمة اونتاريو | CA-ON
self-correction | اليكسا عاصمة كوريا الجنوبية لا الشمالية | KP
self-correction | اليكسا عاصمة الكاميرون ولا خليها الغابون | GA
self-correction | اليكسا عاصمة جامايكا لا هايتي | HT
self-correction | اليكسا عاصمة فيجي ايه لا ساموا | WS

# Reverse questions: whose capital is this city
reverse-question | اليكسا نيروبي عاصمة اي دولة | KE
reverse-question | اليكسا ويش الدولة اللي عاصمتها باكو | AZ
reverse-question | اليكسا كانبرا عاصمة وش | AU+AU-ACT
reverse-question | اليكسا اديس ابابا عاصمة ايش | ET
reverse-question | اليكسا تبليسي عاصمة اي بلد | GE
reverse-question | اليكسا لشبونة عاصمة وين | PT
reverse-question | اليكسا الدولة اللي عاصمتها اكرا وش اسمها | GH
reverse-question | اليكسا كاتماندو عاصمة ايه | NP
reverse-question | اليكسا ليما عاصمة اي دولة | PE
reverse-question | اليكسا هلسنكي عاصمة وين بالضبط | FI
reverse-question | اليكسا بوخارست عاصمة شنو | RO
reverse-question | اليكسا اي دولة عاصمتها مونتيفيديو | UY
reverse-question | اليكسا عشق اباد عاصمة اي بلد | TM
reverse-question | اليكسا الخرطوم عاصمة وش | SD
reverse-question | اليكسا اي ولاية امريكية عاصمتها ساكرامنتو | US-CA
reverse-question | اليكسا اوستن عاصمة اي ولاية | US-TX
reverse-question | اليكسا بوسطن عاصمة وش | US-MA
reverse-question | اليكسا اي ولاية عاصمتها اتلانتا | US-GA
reverse-question | اليكسا ادمونتون عاصمة اي مقاطعة | CA-AB
reverse-question | اليكسا هاليفاكس عاصمة وين في كندا | CA-NS
reverse-question | اليكسا وينيبيغ عاصمة اي مقاطعة كندية | CA-MB
reverse-question | اليكسا جايبور عاصمة اي ولاية هندية | IN-RJ
reverse-question | اليكسا بوبال عاصمة اي ولاية | IN-MP
reverse-question | اليكسا ميونخ عاصمة ايش | DE-BY
reverse-question | اليكسا بيرث عاصمة اي ولاية استرالية | AU-WA
reverse-question | اليكسا برلين عاصمة وش | DE+DE-BE
reverse-question | اليكسا نيودلهي عاصمة اي شي | IN+IN-DL
reverse-question | اليكسا شانديغار عاصمة ايش | IN-CH+IN-HR+IN-PB
reverse-question | اليكسا غوادالاخارا عاصمة اي ولاية مكسيكية | MX-JAL
reverse-question | اليكسا سلفادور عاصمة اي ولاية برازيلية | BR-BA
reverse-question | اليكسا كارديف عاصمة وش | GB-WLS
reverse-question | اليكسا بلفاست عاصمة ايش | GB-NIR
reverse-question | اليكسا تيمفو عاصمة اي دولة | BT
reverse-question | اليكسا واغادوغو عاصمة وين | BF
reverse-question | اليكسا بيشكيك عاصمة ايش | KG
reverse-question | اليكسا تيغوسيغالبا عاصمة اي دولة | HN
reverse-question | اليكسا فادوز عاصمة وين | LI
reverse-question | اليكسا نواكشوط عاصمة اي بلد | MR

# Official names
official-name | اليكسا ما عاصمة {} | جمهورية مصر العربية=EG; المملكة الاردنية الهاشمية=JO; الجمهورية العربية السورية=SY
official-name | اليكسا وش العاصمة حقت {} | الولايات المتحدة الامريكية=US; المملكة المتحدة=GB; الاتحاد الروسي=RU
official-name | اليكسا عاصمة {} الرسمية وش هي | جمهورية الصين الشعبية=CN; جمهورية المانيا الاتحادية=DE; الجمهورية الاسلامية الايرانية=IR
official-name | اليكسا ما هي عاصمة {} لو سمحت | جمهورية باكستان الاسلامية=PK; المملكة المغربية=MA; الجمهورية التونسية=TN
official-name | اليكسا عاصمة {} ايش هي | الجمهورية الجزائرية الديمقراطية الشعبية=DZ; دولة الكويت=KW; مملكة البحرين=BH
official-name | اليكسا قولي عاصمة {} | الجمهورية اليمنية=YE; جمهورية العراق=IQ; الجمهورية اللبنانية=LB
official-name | اليكسا ما عاصمة {} رسميا | دولة فلسطين=PS; جمهورية السودان=SD; الجمهورية الاسلامية الموريتانية=MR
official-name | اليكسا شنو هي عاصمة {} بالاسم الكامل | دولة ليبيا=LY; جمهورية جيبوتي=DJ; الاتحاد القمري=KM
official-name | اليكسا وش عاصمة {} بالاسم الرسمي | جمهورية كوريا=KR; جمهورية كوريا الديمقراطية الشعبية=KP; مملكة تايلند=TH
official-name | اليكسا اخبريني عن عاصمة {} | مملكة اسواتيني=SZ; الجمهورية الهيلينية=GR; الولايات المتحدة المكسيكية=MX
official-name | اليكسا عاصمة {} لو سمحتي | جمهورية الكونغو الديمقراطية=CD; جمهورية الكونغو=CG; جمهورية اتحاد ميانمار=MM
official-name | اليكسا ما عاصمة المملكة العربية السعودية | SA
official-name | اليكسا عاصمة سلطنة عمان الرسمية | OM
official-name | اليكسا عاصمة دولة الامارات العربية المتحدة | AE
official-name | اليكسا ما عاصمة دولة قطر | QA
official-name | اليكسا عاصمة كومنولث استراليا | AU

# Everyday, old and nicknames
everyday-name | اليكسا وش عاصمة {} يا ولد | امريكا=US; بورما=MM; سيلان=LK
everyday-name | اليكسا ايش عاصمة {} | بلاد فارس=IR; الحبشة=ET; سوازيلاند=SZ
everyday-name | اليكسا عاصمة {} زمان وش هي | زائير=CD; روديسيا=ZW; فورموزا=TW
everyday-name | اليكسا شو عاصمة {} | بلاد الارز=LB; تشيكيا=CZ; مقدونيا=MK
everyday-name | اليكسا ويش عاصمة {} | هولاندا=NL; كاب فيردي=CV; كوت ديفوار=CI
everyday-name | اليكسا وش هي عاصمة {} | بلاد العم سام=US; ارض الكنانة=EG; بلاد الشمس المشرقة=JP
everyday-name | اليكسا عاصمة {} ايه | المحروسة=EG; الكونغو كينشاسا=CD; تيمور=TL
everyday-name | اليكسا قولي لي عاصمة {} | بلد المليون شهيد=DZ; تونس الخضراء=TN; بلاد الكنغر=AU
everyday-name | اليكسا عاصمة الانجليز وش هي | GB
everyday-name | اليكسا عاصمة بلاد الاتراك | TR
everyday-name | اليكسا عاصمة الصين الوطنية | TW
everyday-name | اليكسا وش عاصمة انقلترا | GB-ENG

# Shared names, bare and told apart
shared-name | اليكسا وش عاصمة جورجيا | GE+US-GA
shared-name | اليكسا عاصمة جورجيا الدولة مو الولاية | GE
shared-name | اليكسا عاصمة ولاية جورجيا | US-GA
shared-name | اليكسا عاصمة الكونغو | CD+CG
shared-name | اليكسا عاصمة الكونغو الديمقراطية | CD
shared-name | اليكسا ويش عاصمة كوريا | KP+KR
shared-name | اليكسا عاصمة داكوتا | US-ND+US-SD
shared-name | اليكسا عاصمة كارولاينا | US-NC+US-SC
shared-name | اليكسا عاصمة جزر فيرجن | VG+VI
shared-name | اليكسا عاصمة جزر فيرجن الامريكية | VI
shared-name | اليكسا وش عاصمة جزيرة سان مارتن | MF+SX
shared-name | اليكسا عاصمة سانت مارتن الهولندية | SX
shared-name | اليكسا عاصمة سان مارتن الفرنسية | MF
shared-name | اليكسا عاصمة فيكتوريا | AU-VIC
shared-name | اليكسا عاصمة ساموا مو الامريكية | WS
shared-name | اليكسا عاصمة ايرلندا مو الشمالية | IE
shared-name | اليكسا عاصمة المكسيك الدولة مو الولاية | MX
shared-name | اليكسا عاصمة ولاية المكسيك | MX-MEX
shared-name | اليكسا عاصمة غينيا الجديدة | PG
shared-name | اليكسا عاصمة ولاية نيويورك مو المدينة | US-NY

shared-name | اليكسا عاصمة جورجيا اللي في القوقاز | GE
shared-name | اليكسا ويش عاصمة جورجيا اللي جنب ارمينيا مو حقت امريكا | GE
shared-name | اليكسا جورجيا الامريكية عاصمتها ايه | US-GA
shared-name | اليكسا عاصمة الكونغو اللي عاصمتها مو كينشاسا | CG
shared-name | اليكسا كوريا اللي فيها سامسونج وش عاصمتها | KR
shared-name | اليكسا عاصمة داكوتا اللي فوق | US-ND
shared-name | اليكسا عاصمة غينيا بس مو الاستوائية ولا بيساو | GN
shared-name | اليكسا عاصمة السودان الشمالي مو الجنوب | SD
retired-arabic-teachers | اليكسا ما هي عاصمة اسرائيل في معلوماتك | IL
visa-applicants | اليكسا موعد فيزا جورجيا الدولة وش عاصمتها | GE

# Out-of-domain: Echo requests in each group's day
out-of-domain | اليكسا ويش الجو بكرة في القطيف | FB
out-of-domain | اليكسا يمه تبي اذان المغرب متى | FB
out-of-domain | اليكسا شغلي اغاني بحرينية قديمة | FB
out-of-domain | اليكسا كم درجة الحرارة في بيشة اليوم | FB
out-of-domain | اليكسا متى يبدا موسم الصرام | FB
out-of-domain | اليكسا ذكريني اسقي النخل الساعة خمس العصر | FB
out-of-domain | اليكسا كم سعر التمر السكري اليوم | FB
out-of-domain | اليكسا شغلي سورة يس | FB
out-of-domain | اليكسا هسع الساعة كم | FB
out-of-domain | اليكسا شغلي اغاني تشادية | FB
out-of-domain | اليكسا كم الساعة هسع في انجامينا | FB
out-of-domain | اليكسا شغلي فيروز الصبح | FB
out-of-domain | اليكسا حطي تايمر عشرين دقيقة للصبغة | FB
out-of-domain | اليكسا شو في مواعيد اليوم بالصالون | FB
out-of-domain | اليكسا احسبي خمسة عشر بالمية من الف وميتين | FB
out-of-domain | اليكسا سعر الدولار قد ايه النهارده | FB
out-of-domain | اليكسا فكريني بتقرير ضريبة القيمة المضافة بكرة | FB
out-of-domain | اليكسا شغلي ام كلثوم | FB
out-of-domain | اليكسا حطي منبه دابا لعشر دقايق للطاجين | FB
out-of-domain | اليكسا شنو هي الوصفة ديال الحريرة | FB
out-of-domain | اليكسا كم غرام في الكوب | FB
out-of-domain | اليكسا ما اعراب كلمة عاصمة في جملة الرياض عاصمة المملكة | FB
out-of-domain | اليكسا من قائل هذا البيت الخيل والليل والبيداء تعرفني | FB
out-of-domain | اليكسا ما جمع كلمة عاصمة | FB
out-of-domain | اليكسا ما معنى كلمة حاضرة في المعجم | FB
out-of-domain | اليكسا متى صلاة الجمعة اليوم | FB
out-of-domain | اليكسا ما حكم الجمع بين الصلاتين في السفر | FB
out-of-domain | اليكسا كم سعر تولة العود الكمبودي | FB
out-of-domain | اليكسا شغلي موسيقى هادية للمحل | FB
out-of-domain | اليكسا كم درجة تحميص البن المتوسط | FB
out-of-domain | اليكسا شغلي بودكاست عن القهوة | FB
out-of-domain | اليكسا وش افضل طريقة للفلتر | FB
out-of-domain | اليكسا كم رسوم تاشيرة العمالة المنزلية | FB
out-of-domain | اليكسا وش لغة الناس في اوغندا | FB
out-of-domain | اليكسا كم ساعة فرق التوقيت بيننا وبين مانيلا | FB
out-of-domain | اليكسا كيف اكتب عاصمة بالانجليزي | FB
out-of-domain | اليكسا ترجمي كلمة شهادة ميلاد للانجليزي | FB
out-of-domain | اليكسا متى يفتح معرض الكتاب | FB
out-of-domain | اليكسا مين اكثر كاتب مبيعا في المعرض | FB
out-of-domain | اليكسا كم سعر تذكرة بوليفارد وورلد | FB
out-of-domain | اليكسا وش فعاليات موسم الرياض الليلة | FB
out-of-domain | اليكسا متى اخر قطار في الخط الازرق | FB
out-of-domain | اليكسا كم محطة في مترو الرياض | FB
out-of-domain | اليكسا يا بنتي اقري لي سورة الملك | FB
out-of-domain | اليكسا كيف اكتب اسمي | FB
out-of-domain | اليكسا وش حالة الطقس في الصمان الليلة | FB
out-of-domain | اليكسا شغلي شيلات للكشتة | FB
out-of-domain | اليكسا متى تطلع سهيل | FB
out-of-domain | اليكسا كم باقي على العيد | FB
out-of-domain | اليكسا شغلي مسلسل رمضان | FB
out-of-domain | اليكسا متى اذان الفجر عشان السحور | FB
out-of-domain | اليكسا سجلي النتيجة للفريق الازرق عشر نقاط | FB
out-of-domain | اليكسا وش الجو الليلة عشان البادل | FB
out-of-domain | اليكسا شغلي بلاي لست حماس للماتش | FB
out-of-domain | اليكسا انا مافي معلوم كم سعر رز بسمتي | FB
out-of-domain | اليكسا ارباب قول نكتة | FB
out-of-domain | اليكسا ترجمي من العربي الى الهوسا | FB
out-of-domain | اليكسا ما معنى كلمة يستقدم | FB
out-of-domain | اليكسا شغلي اغاني امهرية | FB
out-of-domain | اليكسا كم الساعة في اديس ابابا الحين | FB
out-of-domain | اليكسا حرفيا شغلي تايلور سويفت | FB
out-of-domain | اليكسا ويت كم باقي على الويكند | FB
out-of-domain | اليكسا ايش افضل فلتر للصور | FB
out-of-domain | اليكسا اطفي النور في غرفة البيبي | FB
out-of-domain | اليكسا شغلي صوت مطر للبيبي | FB
out-of-domain | اليكسا كم مل حليب لطفل عمره شهرين | FB
out-of-domain | اليكسا متى المناوبة الجاية | FB
out-of-domain | اليكسا شغلي اذاعة القران الكريم | FB
out-of-domain | اليكسا كم يوم ياخذ موعد الشنغن | FB
out-of-domain | اليكسا وش الاوراق المطلوبة للفيزا البريطانية | FB
out-of-domain | اليكسا وش ساعات دوام السفارة الفرنسية | FB
out-of-domain | اليكسا متى نسقي حديقة السفارة | FB
out-of-domain | اليكسا وش تاريخ اليوم هجري | FB
# Out-of-domain: other questions about countries and cities
out-of-domain | اليكسا كم عدد سكان نيجيريا | FB
out-of-domain | اليكسا وش عملة ماليزيا | FB
out-of-domain | اليكسا وش اللغة الرسمية في البرازيل | FB
out-of-domain | اليكسا مين رئيس فرنسا | FB
out-of-domain | اليكسا وش اكبر مدينة في تركيا | FB
out-of-domain | اليكسا كم مساحة روسيا | FB
out-of-domain | اليكسا وش الوان علم ايطاليا | FB
out-of-domain | اليكسا كم المسافة بين الرياض والقاهرة | FB
out-of-domain | اليكسا وش مفتاح الاتصال لمصر | FB
out-of-domain | اليكسا وش اطول نهر في افريقيا | FB
out-of-domain | اليكسا وش اعلى جبل في العالم | FB
out-of-domain | اليكسا كم الساعة في طوكيو | FB
out-of-domain | اليكسا الجو في باريس كيف | FB
out-of-domain | اليكسا وش اشهر اكلة في المكسيك | FB
out-of-domain | اليكسا متى استقلت الجزائر | FB
out-of-domain | اليكسا كم دولة في العالم | FB
out-of-domain | اليكسا كم ولاية في امريكا | FB
out-of-domain | اليكسا وش اصغر دولة في العالم | FB
out-of-domain | اليكسا كم ساعة طيران من جدة لكوالالمبور | FB
out-of-domain | اليكسا وش النشيد الوطني للمغرب | FB
out-of-domain | اليكسا شو اسم ملك الاردن | FB
out-of-domain | اليكسا وش عدد الدول العربية | FB
out-of-domain | اليكسا في اي قارة تقع تشيلي | FB
out-of-domain | اليكسا وش الدول اللي تحد السعودية | FB
out-of-domain | اليكسا وين تقع جزر القمر | FB
out-of-domain | اليكسا كم عدد سكان الرياض | FB
out-of-domain | اليكسا وش اقدم عاصمة في العالم | FB
out-of-domain | اليكسا وش اكبر عاصمة في العالم من ناحية السكان | FB
out-of-domain | اليكسا عطيني عواصم كل دول اوروبا | FB
# Out-of-domain: places not in the data, past states, made-up lands, continents
out-of-domain | اليكسا وش عاصمة المنطقة الشرقية | FB
out-of-domain | اليكسا عاصمة منطقة عسير وش هي | FB
out-of-domain | اليكسا وش عاصمة منطقة الجوف | FB
out-of-domain | اليكسا عاصمة اقليم كردستان | FB
out-of-domain | اليكسا وش عاصمة كتالونيا | FB
out-of-domain | اليكسا عاصمة الشيشان | FB
out-of-domain | اليكسا عاصمة اقليم السند | FB
out-of-domain | اليكسا عاصمة ولاية لاغوس في نيجيريا | FB
out-of-domain | اليكسا عاصمة اقليم التبت | FB
out-of-domain | اليكسا عاصمة مقاطعة هوكايدو | FB
out-of-domain | اليكسا وش عاصمة صقلية | FB
out-of-domain | اليكسا عاصمة ولاية دارفور | FB
out-of-domain | اليكسا عاصمة اقليم الباسك | FB
out-of-domain | اليكسا شو عاصمة الدولة الاموية | FB
out-of-domain | اليكسا وش كانت عاصمة الدولة العباسية | FB
out-of-domain | اليكسا عاصمة الدولة العثمانية | FB
out-of-domain | اليكسا عاصمة الاندلس ايام زمان | FB
out-of-domain | اليكسا وش عاصمة يوغوسلافيا | FB
out-of-domain | اليكسا عاصمة واكاندا | FB
out-of-domain | اليكسا وش عاصمة اتلانتس | FB
out-of-domain | اليكسا عاصمة المريخ | FB
out-of-domain | اليكسا عاصمة افريقيا وش هي | FB
out-of-domain | اليكسا وش عاصمة اوروبا | FB
out-of-domain | اليكسا عاصمة امريكا الجنوبية | FB
out-of-domain | اليكسا وش عاصمة الخليج | FB
out-of-domain | اليكسا عاصمة ارض الصومال | FB
out-of-domain | اليكسا عاصمة جزيرة سقطرى | FB
# Out-of-domain: capital in other senses
out-of-domain | اليكسا كم راس المال اللي احتاجه لمحل عود | FB
out-of-domain | اليكسا وش يعني راس مال مدفوع | FB
out-of-domain | اليكسا كم سعر سهم بنك كابيتال | FB
out-of-domain | اليكسا الرياض عاصمة الثقافة العربية سنة كم | FB
out-of-domain | اليكسا وش هي عاصمة القهوة في العالم | FB
out-of-domain | اليكسا مين عاصمة الموضة | FB
out-of-domain | اليكسا وش يسمون مدينة الطائف عاصمة ايش | FB
out-of-domain | اليكسا القطيف عاصمة ويش | FB
out-of-domain | اليكسا بيشة عاصمة النخيل صح | FB
out-of-domain | اليكسا شغلي فيلم عاصمة الحب | FB
out-of-domain | اليكسا شغلي اغنية كابيتال | FB
out-of-domain | اليكسا كيف اكتب حرف كابيتال في الكيبورد | FB
out-of-domain | اليكسا وش معنى كابيتال ليتر | FB
out-of-domain | اليكسا العاصمة المقدسة وش يقصدون فيها | FB
out-of-domain | اليكسا عاصمة الكون | FB
out-of-domain | اليكسا وش الحي اللي فيه العاصمة الادارية الجديدة في مصر | FB
out-of-domain | اليكسا عاصمة البادل في السعودية وين | FB
out-of-domain | اليكسا مباراة الهلال والنصر متى | FB
out-of-domain | اليكسا وش ترتيب الاتحاد في الدوري | FB
out-of-domain | اليكسا شغلي الاخبار | FB
out-of-domain | اليكسا قولي نكتة عن المحاسبين | FB
out-of-domain | اليكسا اطلبي لي شاورما | FB
out-of-domain | اليكسا اتصلي على ابو فهد | FB
out-of-domain | اليكسا اضيفي حليب على قائمة المشتريات | FB
out-of-domain | اليكسا وش تقدرين تسوين غير العواصم | FB
out-of-domain | اليكسا انتي ولد ولا بنت | FB
out-of-domain | اليكسا مين سواك | FB
out-of-domain | اليكسا تحبيني | FB
out-of-domain | اليكسا ارفعي الصوت | FB
out-of-domain | اليكسا وطي الصوت شوي | FB
out-of-domain | اليكسا شغلي سورة الكهف بصوت السديس | FB
out-of-domain | اليكسا علميني كلمة بالفرنسي | FB
out-of-domain | اليكسا وش اسم الدولة اللي شكلها مثل الجزمة | FB
out-of-domain | اليكسا وش الدولة اللي علمها فيه ارزة | FB
out-of-domain | اليكسا عطيني سؤال صعب عن الجغرافيا | FB

# Help
help | اليكسا ويش اقول لك عشان تعطيني العاصمة | HELP
help | اليكسا يمه ما عرفت استخدمها ساعدينا | HELP
help | اليكسا يا رجال كيف اسال عن العاصمة | HELP
help | اليكسا انا داير مساعدة في عواصم العالم | HELP
help | اليكسا شو لازم قول لعواصم العالم | HELP
help | اليكسا عنجد ما فهمت كيف بتشتغل ساعديني | HELP
help | اليكسا انا مش فاهم اعمل ايه | HELP
help | اليكسا قوليلي ازاي استعمل اللعبة دي | HELP
help | اليكسا عاونيني عافاك | HELP
help | اليكسا واش كاينة شي مساعدة | HELP
help | اليكسا اريد مساعدة في استعمال هذه المهارة | HELP
help | اليكسا كيف اطرح سؤالا على عواصم العالم | HELP
help | اليكسا ارشديني جزاك الله خيرا | HELP
help | اليكسا ما الذي يمكنني ان اسال عنه | HELP
help | اليكسا وش الاسئلة اللي تعرفينها | HELP
help | اليكسا كيف تشتغل هذي المهارة | HELP
help | اليكسا ابي اعرف وش اقدر اسال | HELP
help | اليكسا مكتب الاستقدام يبي مساعدة في المهارة | HELP
help | اليكسا علميني كيف اسال عن عاصمة | HELP
help | اليكسا وش طريقة السؤال | HELP
help | اليكسا الزوار يبون يعرفون كيف يسالون | HELP
help | اليكسا شرحي لي اللعبة | HELP
help | اليكسا الراكب يبي يعرف كيف يستخدمك | HELP
help | اليكسا يا بنتي ما فهمت ساعديني | HELP
help | اليكسا وش اسوي الحين | HELP
help | اليكسا كيف نلعب العواصم في الكشتة | HELP
help | اليكسا قولي لنا قوانين المسابقة | HELP
help | اليكسا هيلب بليز | HELP
help | اليكسا كيف اسويها برو | HELP
help | اليكسا انا ما في معلوم كيف سوال | HELP
help | اليكسا ارباب مساعدة | HELP
help | اليكسا لو سمحتي ساعديني انا طالب | HELP
help | اليكسا انت يساعد انا | HELP
help | اليكسا حرفيا ما فهمت وش اقول | HELP
help | اليكسا هيلب ايش اقول | HELP
help | اليكسا وش الاوامر اللي تفهمينها | HELP
help | اليكسا المشرف يسال كيف تشتغل | HELP
help | اليكسا كيف اسال عن الولايات | HELP
help | اليكسا بشويش قولي كيف استخدمك | HELP
help | اليكسا ابي شرح للمهارة | HELP
help | اليكسا وش تسوي عواصم العالم | HELP
help | اليكسا وش المطلوب مني | HELP
help | اليكسا تعليمات عواصم العالم | HELP
help | اليكسا ساعديني في عواصم العالم يالغالية | HELP

# Stop
stop | اليكسا خلاص يمه بنتعشى وقفي | STOP
stop | اليكسا وقفي الحين عاد | STOP
stop | اليكسا بس يا رجال وقفي | STOP
stop | اليكسا وقفي العامل وصل | STOP
stop | اليكسا هسع وقفي | STOP
stop | اليكسا اسكتي ياخي الصغار نايمين | STOP
stop | اليكسا خلص وقفي الزبونة اجت | STOP
stop | اليكسا سكتي هلق | STOP
stop | اليكسا بس كده خلاص اقفلي | STOP
stop | اليكسا اقفي المدير جاي | STOP
stop | اليكسا حبسي عافاك | STOP
stop | اليكسا صافي سدي | STOP
stop | اليكسا توقفي من فضلك | STOP
stop | اليكسا اكتفيت شكرا توقفي | STOP
stop | اليكسا اوقفي المهارة حان وقت الدرس | STOP
stop | اليكسا وقفي العواصم ابي اصلي | STOP
stop | اليكسا اطلعي من عواصم العالم الزبون دخل | STOP
stop | اليكسا وقفي المحمصة تبي انتباه | STOP
stop | اليكسا سكري عواصم العالم | STOP
stop | اليكسا خلاص وقفي الكفيل اتصل | STOP
stop | اليكسا وقفي الترجمة تنتظر | STOP
stop | اليكسا بس خلاص المعرض بيقفل | STOP
stop | اليكسا وقفي نبي نمشي للعرض | STOP
stop | اليكسا وقفي القطار وصل | STOP
stop | اليكسا يا بنتي اسكتي ابي انام | STOP
stop | اليكسا وقفي النار طفت | STOP
stop | اليكسا بس المسابقة خلصت | STOP
stop | اليكسا وقفي الماتش بدا | STOP
stop | اليكسا ستوب برو | STOP
stop | اليكسا خلاص ارباب بس | STOP
stop | اليكسا انا يقول وقف | STOP
stop | اليكسا شكرا يكفي الان | STOP
stop | اليكسا انت يسكت شوية | STOP
stop | اليكسا اوكي خلاص ستوب | STOP
stop | اليكسا ويت ستوب ستوب | STOP
stop | اليكسا وقفي الشفت بدا | STOP
stop | اليكسا خلاص جا دوري في السفارة | STOP
stop | اليكسا اسكتي البيبي صحى | STOP
stop | اليكسا وقفي الحارس ينادي | STOP
stop | اليكسا انهي عواصم العالم | STOP
stop | اليكسا وقفي اللعبة الفطور جاهز | STOP
stop | اليكسا اسكتي المكينة تشتغل | STOP
stop | اليكسا خلاص وقفي السحور خلص | STOP
stop | اليكسا اقفلي المهارة تعبت | STOP

# Cancel
cancel | اليكسا الغي ويش قلت | CANCEL
cancel | اليكسا الغي السؤال يمه | CANCEL
cancel | اليكسا الغيه يا رجال ما ابيه | CANCEL
cancel | اليكسا الغي السؤال هسع | CANCEL
cancel | اليكسا الغي هاد السؤال ياخي | CANCEL
cancel | اليكسا لغي يلا | CANCEL
cancel | اليكسا الغي الطلب عنجد | CANCEL
cancel | اليكسا الغي يا باشا | CANCEL
cancel | اليكسا كنسلي دي | CANCEL
cancel | اليكسا لغي داكشي | CANCEL
cancel | اليكسا الغي الطلب من فضلك | CANCEL
cancel | اليكسا الغي هذا الامر | CANCEL
cancel | اليكسا تراجعي عن السؤال | CANCEL
cancel | اليكسا الغي الزبون مشى | CANCEL
cancel | اليكسا كنسلي الطلبية | CANCEL
cancel | اليكسا الغي سؤال العمالة | CANCEL
cancel | اليكسا الغي العقد خلاص | CANCEL
cancel | اليكسا الغي آخر سؤال | CANCEL
cancel | اليكسا الغي الترجمة | CANCEL
cancel | اليكسا الغي طلب الجناح | CANCEL
cancel | اليكسا الغي نبي نطلع | CANCEL
cancel | اليكسا الغي الراكب راح | CANCEL
cancel | اليكسا الغي يا بنتي غلطت | CANCEL
cancel | اليكسا الغيه ما ابي العواصم الحين | CANCEL
cancel | اليكسا الغي الشاي فار | CANCEL
cancel | اليكسا الغي الجولة هذي | CANCEL
cancel | اليكسا الغي السؤال الجواب معروف | CANCEL
cancel | اليكسا كانسل بليز | CANCEL
cancel | اليكسا كنسل برو | CANCEL
cancel | اليكسا انا ما يبغى الغي | CANCEL
cancel | اليكسا الغي ارباب | CANCEL
cancel | اليكسا ارجو الالغاء | CANCEL
cancel | اليكسا انت الغي هذا | CANCEL
cancel | اليكسا حرفيا الغي | CANCEL
cancel | اليكسا اوكي كنسلي | CANCEL
cancel | اليكسا الغي الطلب الوردية خلصت | CANCEL
cancel | اليكسا الغي موعد السؤال | CANCEL
cancel | اليكسا الغي بشويش | CANCEL
cancel | اليكسا الغي السفير طلع | CANCEL
cancel | اليكسا الغي العملية | CANCEL
cancel | اليكسا الغي اللي طلبته قبل شوي | CANCEL
cancel | اليكسا لا الغي ما قصدت | CANCEL
cancel | اليكسا الغي ونبدا من جديد | CANCEL
cancel | اليكسا الغي يالغالية | CANCEL

# Launch through the skill's name
launch | اليكسا افتحي عواصم العالم يمه تبي تلعب | LAUNCH
launch | اليكسا شغلي عواصم العالم يا رجال | LAUNCH
launch | اليكسا افتحي عواصم العالم هسع | LAUNCH
launch | اليكسا فتحي عواصم العالم عنجد | LAUNCH
launch | اليكسا افتحيلي عواصم العالم يا باشا | LAUNCH
launch | اليكسا حلي عواصم العالم عافاك | LAUNCH
launch | اليكسا افتحي مهارة عواصم العالم لو تكرمت | LAUNCH
launch | اليكسا ابدئي عواصم العالم جزاك الله خيرا | LAUNCH
launch | اليكسا افتحي عواصم العالم للزبون | LAUNCH
launch | اليكسا شغلي عواصم العالم في المحمصة | LAUNCH
launch | اليكسا افتحي عواصم العالم للمكتب | LAUNCH
launch | اليكسا افتحي عواصم العالم للمترجمين | LAUNCH
launch | اليكسا افتحي عواصم العالم للزوار | LAUNCH
launch | اليكسا شغلي عواصم العالم بالموسم | LAUNCH
launch | اليكسا افتحي عواصم العالم للركاب | LAUNCH
launch | اليكسا يا بنتي افتحي عواصم العالم | LAUNCH
launch | اليكسا شغلي عواصم العالم بالكشتة | LAUNCH
launch | اليكسا افتحي عواصم العالم مسابقة رمضان | LAUNCH
launch | اليكسا لونش عواصم العالم برو | LAUNCH
launch | اليكسا ارباب افتح عواصم العالم | LAUNCH
launch | اليكسا من فضلك افتحي عواصم العالم انا طالب | LAUNCH
launch | اليكسا انت يفتح عواصم العالم | LAUNCH
launch | اليكسا اوكي افتحي عواصم العالم حرفيا | LAUNCH
launch | اليكسا افتحي عواصم العالم في الشفت | LAUNCH
launch | اليكسا افتحي عواصم العالم واحنا ننتظر الموعد | LAUNCH
launch | اليكسا بشويش افتحي عواصم العالم | LAUNCH
launch | اليكسا شغلي عواصم العالم للحارس | LAUNCH
launch | اليكسا ابغى العب عواصم العالم | LAUNCH
launch | اليكسا اسالي عواصم العالم عن عاصمة كينيا | KE
launch | اليكسا اطلبي من عواصم العالم عاصمة بيرو | PE
launch | اليكسا نبي عواصم العالم | LAUNCH
launch | اليكسا روحي لعواصم العالم | LAUNCH
"""


if __name__ == "__main__":
    build_round(46, "ar", LINES, sys.argv, "tests/Eval/ar/round46/source/build_corpus.py")
