"""Round-47 Arabic evaluation corpus (locale ar-SA), a new author's own mix, written blind at the start of the
fifty-fifth session (brief WRITER61.md). Every line was written by hand as one utterance said to an Echo in Saudi
Arabia, transcribed as ASR gives it (Arabic letters, no diacritics or punctuation, single spaces). Speakers, chosen
apart from round 46's (Qatif and Saihat families, Bisha date farmers, Chadian families in Makkah, a Levantine salon,
Egyptian accountants, Moroccan chefs, retired Arabic teachers, sharia students, oud sellers, coffee roasters, a
recruitment office, legal translators, metro staff, Yanbu shift workers, Diplomatic Quarter gardeners, book-fair
volunteers, Boulevard World families, visa applicants, a literacy class, kashta campers, a Ramadan quiz, padel
players, Tamil, Nigerian and Ethiopian learners, Jeddah teenagers, parents with a baby) and from the groups of
rounds 40 to 45 it lists (Gulf, Levantine, Egyptian, Iraqi, Maghrebi, Sudanese, Yemeni and Palestinian families,
Tabuk, Taif, Jazan, Najran, Farasan, Abha, Ha'il, al-Ahsa, Hijazi and Qassim families, Najdi Bedouin grandmothers,
Pakistani, Bangladeshi, Afghan, Indonesian, Malaysian, Chinese, Korean, Mauritanian, Somali, Turkish, Malayali,
Filipino and Western speakers, hotel and hospital receptionists, bank tellers, newsroom editors, port staff, car
importers, camel-race owners, drivers, cafe friends, geography teachers, young children, gamers, flag-quiz and
istiraha players, stamp collectors, cadets, Princess Nourah students, intermediate-school pupils):
- AlUla tour guides with visitors (`التورستس`، `الجروب`، `مدائن صالح`),
- olive farmers of al-Jouf at the press (`يا ولد`، `المعصرة`، `القطاف`),
- shepherds of the northern borders near Arar (`هلا والله`، `الحلال`، `وشلون`),
- fishermen of al-Qunfudhah (`حنا`، `الحوري`، `الشباك`),
- Saudia cabin crew mixing English in (`لاي اوفر`، `الكرو`، `الفلايت`، `البريفنق`),
- pharmacists, call-centre agents (`العميل على الخط`، `التكت`، `السوبرفايزر`), mutawwif Hajj guides (`الحملة`،
  `النفرة`), Souq al-Zal antique sellers (old names: `زائير`، `سيلان`، `داهومي`، `فولتا العليا`), Red Sea resort staff,
  wedding planners, travel agents, customs officers on the King Fahd Causeway (work),
- retired Aramco men (`الكامب`، `الفورمن`), old men of Madinah (`يا وليدي`، `زمان`), mothers running home bakeries,
  mothers homeschooling (home),
- Sri Lankan housemaids (`ماما يسال`، `انا ما يعرف`، `هادا`), Rohingya families long settled in Makkah (`انا في
  سوال`، `عاصمة حق`), Uzbek and Kazakh students of the Islamic University of Madinah in formal Arabic (`هل تعرفين`،
  `اريد ان اعرف`) as learners, Eritrean families in Jeddah (`ياخي`، `شنو`),
- Hyderabadi IT engineers in Riyadh mixing English in (`باسيكلي`، `الكابيتال`، `كويك`، `ون مور`),
- KFUPM engineering students (`الكويز`، `الميد`), secondary-school girls revising for Qudurat and Tahsili, Model UN
  debaters (`المندوب`، `الموشن`، `الكوكس`) (school),
- falconers (`المقناص`، `الشاهين`), baloot players (`صكة`، `حكم`، `السرا`), football fans, an astronomy club (games).
Situations: work (tours, olive presses, flocks, boats, flights, a pharmacy, a call centre, Hajj camps, an antique
market, a resort, weddings, a travel agency, the causeway, an IT office), school (KFUPM, test revision, Model UN,
Islamic University, homeschooling), games (falconry, baloot, football, star-gazing) and home (Aramco retirees,
Madinah grandfathers, home bakeries, Sri Lankan, Rohingya and Eritrean households).
Follow-ups, yes/no checks with right and wrong guesses, self-corrections, reverse questions (countries, US states,
Canadian provinces, Indian, German, Mexican and Brazilian states and UK nations from their capitals), shared names
bare and told apart, plurals of every several-capital country and Palestine, official, everyday and old names,
subdivisions and territories, launches through the skill's name `عواصم العالم`, help, stop and cancel, and fallback
lines (Echo requests, other questions about countries and capitals, Saudi and other regions not in the data, past
states, made-up lands, continents, "capital" as money, a bank, a letter case, a film and a title). Brief WRITER61.md.
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
# AlUla tour guides, at work with visitors
alula-guides | اليكسا السياح اللي معي من {} وش عاصمة بلدهم | ايطاليا=IT; فرنسا=FR; اليابان=JP
alula-guides | اليكسا قبل لا نطلع الحجر قولي عاصمة {} | اسبانيا=ES; البرتغال=PT; النمسا=AT
alula-guides | اليكسا التورستس يسالوني عن عاصمة {} وانا ناسي | سويسرا=CH; بلجيكا=BE; لوكسمبورغ=LU
alula-guides | اليكسا الجروب الجاي من {} ايش عاصمتها | كندا=CA; المكسيك=MX; البرازيل=BR
alula-guides | اليكسا في مدائن صالح الحين وش عاصمة {} | الارجنتين=AR; تشيلي=CL; كولومبيا=CO
alula-guides | اليكسا اوكي سؤال سريع عاصمة {} | ايسلندا=IS; النرويج=NO; فنلندا=FI
alula-guides | اليكسا السائحة تقول هي من {} وين عاصمتها | استونيا=EE; لاتفيا=LV; ليتوانيا=LT

# Olive farmers of al-Jouf, at work in the groves and the press
jouf-olive-farmers | اليكسا زيتوننا رايح {} وش عاصمتها يا ولد | الاردن=JO; اليونان=GR; قبرص=CY
jouf-olive-farmers | اليكسا احنا في المعصرة وش عاصمة {} | تونس=TN; الجزائر=DZ; المغرب=MA
jouf-olive-farmers | اليكسا الشتلات جاية من {} وش عاصمتها | سوريا=SY; العراق=IQ; ايران=IR
jouf-olive-farmers | اليكسا في سكاكا ودنا نعرف عاصمة {} | مالطا=MT; كرواتيا=HR; الجبل الاسود=ME
jouf-olive-farmers | اليكسا الخبير الزراعي من {} وش عاصمة بلده | البانيا=AL; البوسنة والهرسك=BA; صربيا=RS
jouf-olive-farmers | اليكسا وقت القطاف وش عاصمة {} | سلوفينيا=SI; مقدونيا الشمالية=MK; بلغاريا=BG

# Shepherds of the northern borders near Arar, at work with the flock
arar-shepherds | اليكسا هلا والله وش عاصمة {} | الكويت=KW; العراق=IQ; سوريا=SY
arar-shepherds | اليكسا الحلال بالبر وانا ابي عاصمة {} | منغوليا=MN; كازاخستان=KZ; قرغيزستان=KG
arar-shepherds | اليكسا الراعي اللي عندي من {} وش عاصمتها | السودان=SD; تشاد=TD; اثيوبيا=ET
arar-shepherds | اليكسا يا بنت الحلال قولي عاصمة {} | استراليا=AU; نيوزيلندا=NZ; الاوروغواي=UY
arar-shepherds | اليكسا الغنم الاسترالي يجينا بس وش عاصمة {} | رومانيا=RO; مولدوفا=MD; جورجيا البلد=GE
arar-shepherds | اليكسا وشلون ما ندري عاصمة {} | ارمينيا=AM; اذربيجان=AZ; تركمانستان=TM

# Fishermen of al-Qunfudhah, at work on the boats
qunfudhah-fishermen | اليكسا حنا في البحر يا ولد وش عاصمة {} | اريتريا=ER; جيبوتي=DJ; الصومال=SO
qunfudhah-fishermen | اليكسا الحوري فيه سمك من {} وش عاصمتها | موريشيوس=MU; سيشل=SC; جزر القمر=KM
qunfudhah-fishermen | اليكسا الصيادين اللي معنا من {} وش عاصمة بلدهم | بنغلاديش=BD; ميانمار=MM; الهند=IN
qunfudhah-fishermen | اليكسا قبل لا ننزل الشباك وش عاصمة {} | مدغشقر=MG; موزمبيق=MZ; تنزانيا=TZ
qunfudhah-fishermen | اليكسا السفينة رافعة علم {} وش عاصمتها | بنما=PA; ليبيريا=LR; جزر مارشال=MH
qunfudhah-fishermen | اليكسا التونة تروح {} وش عاصمتها | اليابان=JP; تايلند=TH; فيتنام=VN

# Saudia cabin crew, at work between flights
saudia-cabin-crew | اليكسا عندي لاي اوفر في {} وش عاصمتها | المانيا=DE; هولندا=NL; الدنمارك=DK
saudia-cabin-crew | اليكسا الكابتن يسال الكرو وش عاصمة {} | ماليزيا=MY; سنغافورة=SG; الفلبين=PH
saudia-cabin-crew | اليكسا الفلايت الجاي الى {} ايش عاصمتها | نيجيريا=NG; غانا=GH; السنغال=SN
saudia-cabin-crew | اليكسا بين الرحلتين ابي عاصمة {} | كينيا=KE; اوغندا=UG; رواندا=RW
saudia-cabin-crew | اليكسا البريفنق بعد شوي ذكريني بعاصمة {} | السويد=SE; بولندا=PL; المجر=HU
saudia-cabin-crew | اليكسا الراكب سالني عن عاصمة {} وانا ما عرفت | سريلانكا=LK; المالديف=MV; نيبال=NP

# Pharmacists, at work behind the counter
pharmacists | اليكسا الدواء هذا مسجل في {} بعد وش عاصمتها | السعودية=SA; ليبيريا=LR; غانا=GH
pharmacists | اليكسا الدواء هذا مصنوع في {} وش عاصمتها | سويسرا=CH; الدنمارك=DK; ايرلندا=IE
pharmacists | اليكسا والمريض ينتظر وش عاصمة {} | الهند=IN; باكستان=PK; بنغلاديش=BD
pharmacists | اليكسا الشركة المصنعة من {} ايش عاصمتها | سلوفاكيا=SK; التشيك=CZ; بيلاروسيا=BY
pharmacists | اليكسا زميلي الصيدلي من {} يسال عن عاصمتها | الاردن=JO; فلسطين=PS; لبنان=LB
pharmacists | اليكسا بعد ما اقفل الصيدلية قولي عاصمة {} | كوبا=CU; جامايكا=JM; هايتي=HT

# Call centre agents, at work between calls
call-centre-agents | اليكسا العميل على الخط يتصل من {} وش عاصمتها | الامارات=AE; قطر=QA; البحرين=BH
call-centre-agents | اليكسا بين المكالمات عاصمة {} لو سمحتي | اوكرانيا=UA; روسيا=RU; بولندا=PL
call-centre-agents | اليكسا التكت يقول الدولة {} وش عاصمتها | بروناي=BN; كمبوديا=KH; لاوس=LA
call-centre-agents | اليكسا السوبرفايزر يبي عاصمة {} بسرعة | مصر=EG; ليبيا=LY; السودان=SD
call-centre-agents | اليكسا الشفت طويل قولي عاصمة {} | غواتيمالا=GT; هندوراس=HN; نيكاراغوا=NI

# Mutawwifs (Hajj guides), at work with their groups
mutawwif-guides | اليكسا الحملة فيها حجاج من {} وش عاصمتها | مالي=ML; بوركينا فاسو=BF; غينيا=GN
mutawwif-guides | اليكسا الحاج يقول انا من {} وش عاصمة بلده | سيراليون=SL; غامبيا=GM; غينيا بيساو=GW
mutawwif-guides | اليكسا في منى الحين وش عاصمة {} | النيجر=NE; الكاميرون=CM; الغابون=GA
mutawwif-guides | اليكسا المخيم حق حجاج {} وش عاصمتهم | طاجيكستان=TJ; اوزبكستان=UZ; قيرغيزستان=KG
mutawwif-guides | اليكسا الوفد الجاي من {} وش عاصمتها | البوسنة=BA; كوسوفو=XK; البانيا=AL
mutawwif-guides | اليكسا قبل النفرة قولي عاصمة {} | افغانستان=AF; ايران=IR; اذربيجان=AZ
mutawwif-guides | اليكسا حجاج {} يسالون وش عاصمة بلدهم بالعربي | توغو=TG; بنين=BJ; ليسوتو=LS

# Antique sellers of Souq al-Zal in Riyadh, at work with old coins and maps
souq-zal-antiques | اليكسا عندي عملة قديمة من {} وش عاصمتها | زائير=CD; سيلان=LK; روديسيا=ZW
souq-zal-antiques | اليكسا الخريطة القديمة مكتوب عليها {} وش عاصمتها اليوم | بورما=MM; سيام=TH; الحبشة=ET
souq-zal-antiques | اليكسا الطابع هذا من {} وش عاصمتها الحين | داهومي=BJ; فولتا العليا=BF; بلاد فارس=IR
souq-zal-antiques | اليكسا الزبون يقول الساعة من {} وش عاصمتها | سويسرا=CH; النمسا=AT; بلجيكا=BE
souq-zal-antiques | اليكسا في سوق الزل ابي عاصمة {} | اليمن=YE; سلطنة عمان=OM; الهند=IN

# Red Sea resort staff, at work at reception
red-sea-resort-staff | اليكسا النزلاء في الفيلا من {} وش عاصمتها | موناكو=MC; ليختنشتاين=LI; اندورا=AD
red-sea-resort-staff | اليكسا الريسيبشن يسال عن عاصمة {} | سان مارينو=SM; مالطا=MT; قبرص=CY
red-sea-resort-staff | اليكسا الضيف من {} ابي اعرف عاصمتها | فيجي=FJ; ساموا=WS; تونغا=TO
red-sea-resort-staff | اليكسا الشيف الجديد من {} وش عاصمة بلده | سيشيل=SC; الراس الاخضر=CV; ساو تومي وبرينسيب=ST
red-sea-resort-staff | اليكسا قبل الشيك ان قولي عاصمة {} | جزر البهاما=BS; باربادوس=BB; ترينيداد وتوباغو=TT

# Wedding planners, at work on honeymoon plans
wedding-planners | اليكسا العرسان بيروحون شهر العسل في {} وش عاصمتها | المالديف=MV; موريشيوس=MU; اندونيسيا=ID
wedding-planners | اليكسا العروس تبي الزفة على طريقة {} وش عاصمتها | المغرب=MA; الهند=IN; تركيا=TR
wedding-planners | اليكسا الورد جاي من {} ايش عاصمتها | كينيا=KE; الاكوادور=EC; كولومبيا=CO
wedding-planners | اليكسا المصور من {} وش عاصمة بلده | لبنان=LB; الفلبين=PH; اوكرانيا=UA
wedding-planners | اليكسا الفستان تصميم {} وش عاصمتها | ايطاليا=IT; فرنسا=FR; اسبانيا=ES

# Travel agents, at work booking trips
travel-agents | اليكسا الترانزيت في {} وش عاصمتها | اثيوبيا=ET; تركيا=TR; قطر=QA
travel-agents | اليكسا الفيزا حق {} تطلع من السفارة بس وش عاصمتها | جورجيا الدولة=GE; ارمينيا=AM; اوزبكستان=UZ
travel-agents | اليكسا العميل يبي باكج الى {} وش عاصمتها | البوسنة والهرسك=BA; الجبل الاسود=ME; البانيا=AL
travel-agents | اليكسا وش عاصمة {} عشان احجز الفندق | تنزانيا=TZ; زامبيا=ZM; زيمبابوي=ZW
travel-agents | اليكسا الرحلة الى {} وين تنزل في عاصمتها | بوتان=BT; نيبال=NP; سريلانكا=LK
travel-agents | اليكسا عرض على {} ابي اعرف العاصمة | البيرو=PE; بوليفيا=BO; الباراغواي=PY

# Customs officers at the King Fahd Causeway, at work
causeway-customs | اليكسا حنا على حدود {} وش عاصمتها | المملكة العربية السعودية=SA; المملكة=SA; الاردن=JO
causeway-customs | اليكسا الاخ يقول هو من {} وش عاصمة بلده | ليبيريا=LR; سيراليون=SL; ساحل العاج=CI
causeway-customs | اليكسا الجواز هذا من {} وش عاصمتها | ايرلندا=IE; اسكتلندا=GB-SCT; ويلز=GB-WLS
causeway-customs | اليكسا على الجسر الحين وش عاصمة {} | البحرين=BH; الكويت=KW; سلطنة عمان=OM
causeway-customs | اليكسا الشاحنة جاية من {} وش عاصمتها | الاردن=JO; العراق=IQ; لبنان=LB
causeway-customs | اليكسا بين السيارات بسرعة عاصمة {} | ايرلندا الشمالية=GB-NIR; انجلترا=GB-ENG; بريطانيا=GB

# Retired Aramco men, at home
aramco-retirees | اليكسا ايام الكامب كان الفورمن من {} وش عاصمتها | امريكا=US; كندا=CA; بريطانيا=GB
aramco-retirees | اليكسا يا ولدي اشتغلت مع ناس من {} وش عاصمتها | هولندا=NL; النرويج=NO; فنزويلا=VE
aramco-retirees | اليكسا الرحلة البحرية مع الشركة كانت الى {} وش عاصمتها | البحرين=BH; الهند=IN; سريلانكا=LK
aramco-retirees | اليكسا البترول يطلع في {} بعد وش عاصمتها | نيجيريا=NG; انغولا=AO; الغابون=GA
aramco-retirees | اليكسا قبل خمسين سنة رحنا {} وش كانت عاصمتها | باكستان=PK; لبنان=LB; مصر=EG

# Old men of Madinah, at home
madinah-grandfathers | اليكسا يا وليدي وش عاصمة {} | المغرب=MA; تونس=TN; ليبيا=LY
madinah-grandfathers | اليكسا زمان كانوا يجون من {} للزيارة وش عاصمتها | الهند=IN; افغانستان=AF; اوزبكستان=UZ
madinah-grandfathers | اليكسا جدي يقول اهل {} جاورونا زمان وش عاصمتها | تركيا=TR; البوسنة=BA; الجزائر=DZ
madinah-grandfathers | اليكسا في الحرم التقيت واحد من {} وش عاصمة بلده | ماليزيا=MY; اندونيسيا=ID; الصين=CN
madinah-grandfathers | اليكسا الله يهديك قولي عاصمة {} | السنغال=SN; مالي=ML; نيجيريا=NG

# Mothers with home bakeries, at home taking orders
home-bakers | اليكسا الطلبية لوحدة من {} ابي اعرف عاصمتها | الكويت=KW; البحرين=BH; قطر=QA
home-bakers | اليكسا والعجين يخمر وش عاصمة {} | فرنسا=FR; النمسا=AT; الدنمارك=DK
home-bakers | اليكسا الكيكة على طريقة {} وش عاصمتها | المانيا=DE; روسيا=RU; البرازيل=BR
home-bakers | اليكسا يداي فيها طحين قولي عاصمة {} | بلجيكا=BE; سويسرا=CH; هولندا=NL
home-bakers | اليكسا الزبونة تبي حلا {} وش عاصمتها | تركيا=TR; اليونان=GR; ايران=IR

# Mothers homeschooling, at home over homework
homeschool-mothers | اليكسا الواجب يسال وش عاصمة {} | كندا=CA; استراليا=AU; الارجنتين=AR
homeschool-mothers | اليكسا ولدي يقول الكتاب ما ذكر عاصمة {} | جنوب افريقيا=ZA; ناميبيا=NA; بوتسوانا=BW
homeschool-mothers | اليكسا بنتي تذاكر وتبي عاصمة {} | مصر=EG; الصين=CN; اليابان=JP
homeschool-mothers | اليكسا الدرس عن قارة افريقيا وش عاصمة {} | ملاوي=MW; بوروندي=BI; جمهورية افريقيا الوسطى=CF
homeschool-mothers | اليكسا ورقة العمل فيها عاصمة {} وش هي | بابوا غينيا الجديدة=PG; جزر سليمان=SB; فانواتو=VU
homeschool-mothers | اليكسا المعلمة عطتهم سؤال عن عاصمة {} | كيريباتي=KI; ناورو=NR; توفالو=TV

# Sri Lankan housemaids, learners at home
srilankan-housemaids | اليكسا ماما يسال عاصمة {} ايش | سريلانكا=LK; الهند=IN; المالديف=MV
srilankan-housemaids | اليكسا انا ما يعرف عاصمة {} انت قول | نيبال=NP; بنغلاديش=BD; بوتان=BT
srilankan-housemaids | اليكسا بابا كلام عاصمة {} فين | الفلبين=PH; اندونيسيا=ID; تايلند=TH
srilankan-housemaids | اليكسا هادا بلد {} عاصمة ايش هو | ميانمار=MM; كمبوديا=KH; فيتنام=VN
srilankan-housemaids | اليكسا اولاد مدرسة سوال عاصمة {} | كينيا=KE; اوغندا=UG; اثيوبيا=ET
srilankan-housemaids | اليكسا انا بلد كولومبو فيه لكن عاصمة {} ايش | باكستان=PK; افغانستان=AF; ايران=IR

# Rohingya families long settled in Makkah, learners at home
rohingya-families | اليكسا انا في سوال عاصمة {} | ميانمار=MM; بنغلاديش=BD; تايلند=TH
rohingya-families | اليكسا ولد حقي يسال عاصمة {} كم | ماليزيا=MY; اندونيسيا=ID; بروناي=BN
rohingya-families | اليكسا عاصمة حق {} ايش اسم | الهند=IN; نيبال=NP; سريلانكا=LK
rohingya-families | اليكسا ابوي زمان يروح {} عاصمة ايش | باكستان=PK; الصين=CN; لاوس=LA
rohingya-families | اليكسا في حارة النكاسة نسال عاصمة {} | تيمور الشرقية=TL; سنغافورة=SG; الفلبين=PH

# Uzbek and Kazakh students at the Islamic University of Madinah, learners in formal Arabic
madinah-central-asian-students | اليكسا ما هي عاصمة دولة {} من فضلك | كازاخستان=KZ; اوزبكستان=UZ; تركمانستان=TM
madinah-central-asian-students | اليكسا يا استاذة اريد ان اعرف عاصمة {} | طاجيكستان=TJ; قرغيزستان=KG; منغوليا=MN
madinah-central-asian-students | اليكسا هل تعرفين عاصمة جمهورية {} | اذربيجان=AZ; ارمينيا=AM; مولدوفا=MD
madinah-central-asian-students | اليكسا نحن طلاب في الجامعة الاسلامية ما عاصمة {} | روسيا=RU; اوكرانيا=UA; بيلاروس=BY
madinah-central-asian-students | اليكسا عاصمة {} هي ماذا | لاتفيا=LV; ليتوانيا=LT; استونيا=EE
madinah-central-asian-students | اليكسا اعطني من فضلك اسم عاصمة {} | المانيا=DE; بولندا=PL; التشيك=CZ

# Hyderabadi IT engineers in Riyadh, mixing English in at work
hyderabadi-it-engineers | اليكسا باسيكلي ابي عاصمة {} يعني | الهند=IN; كندا=CA; امريكا=US
hyderabadi-it-engineers | اليكسا الكلاينت من {} وش الكابيتال حقها | سنغافورة=SG; استراليا=AU; نيوزيلندا=NZ
hyderabadi-it-engineers | اليكسا قبل الميتنق عاصمة {} كويك | ايرلندا=IE; بولندا=PL; رومانيا=RO
hyderabadi-it-engineers | اليكسا الديبلويمنت على سيرفر في {} وش عاصمتها | السويد=SE; فنلندا=FI; هولندا=NL
hyderabadi-it-engineers | اليكسا الكوليق حقي راح {} يسال عن عاصمتها | اليابان=JP; كوريا الجنوبية=KR; تايوان=TW
hyderabadi-it-engineers | اليكسا اوكي ون مور عاصمة {} | المكسيك=MX; البرازيل=BR; تشيلي=CL

# Engineering students at KFUPM in Dhahran, at school
kfupm-students | اليكسا الدكتور في الكويز سال عن عاصمة {} | النرويج=NO; قطر=QA; نيجيريا=NG
kfupm-students | اليكسا قبل الميد وش عاصمة {} | اندونيسيا=ID; فنزويلا=VE; كازاخستان=KZ
kfupm-students | اليكسا البروجكت عن الطاقة في {} وش عاصمتها | الدنمارك=DK; المانيا=DE; المغرب=MA
kfupm-students | اليكسا في السكن الجامعي ابي عاصمة {} | ليبيا=LY; الجزائر=DZ; انغولا=AO
kfupm-students | اليكسا الاكستشينج ستيودنت من {} وش عاصمة بلده | كوريا الجنوبية=KR; اليابان=JP; الصين=CN

# Secondary-school girls revising for the Qudurat and Tahsili tests, at school and home
qudurat-girls | اليكسا يا بنات اسمعوا عاصمة {} وش هي | الاكوادور=EC; البيرو=PE; الاوروغواي=UY
qudurat-girls | اليكسا في التحصيلي جا سؤال عن عاصمة {} | كوبا=CU; جامايكا=JM; هايتي=HT
qudurat-girls | اليكسا نذاكر للقدرات وش عاصمة {} | السلفادور=SV; كوستاريكا=CR; بنما=PA
qudurat-girls | اليكسا ابلة الجغرافيا بتسال عن عاصمة {} | بليز=BZ; غيانا=GY; سورينام=SR
qudurat-girls | اليكسا ترا بكرة اختبار قولي عاصمة {} | الدومينيكان=DO; غرينادا=GD; دومينيكا=DM
qudurat-girls | اليكسا عاد ما حفظت عاصمة {} | سانت لوسيا=LC; سانت كيتس ونيفيس=KN; انتيغوا وباربودا=AG

# Model United Nations debaters, at school
model-un-debaters | اليكسا انا مندوب {} في النموذج وش عاصمتها | فرنسا=FR; الصين=CN; روسيا=RU
model-un-debaters | اليكسا الوفد المقابل يمثل {} وش عاصمتها | جنوب السودان=SS; اريتريا=ER; الصومال=SO
model-un-debaters | اليكسا في الجلسة العامة لازم اعرف عاصمة {} | ساحل العاج=CI; بوركينا فاسو=BF; توغو=TG
model-un-debaters | اليكسا قرار مجلس الامن عن {} وش عاصمتها | هايتي=HT; اليمن=YE; سوريا=SY
model-un-debaters | اليكسا الموشن القادم عن {} ابي عاصمتها | ميكرونيزيا=FM; بالاو=PW; جزر مارشال=MH
model-un-debaters | اليكسا قبل الكوكس وش عاصمة {} | سانت فنسنت والغرينادين=VC; ساو تومي=ST; غينيا الاستوائية=GQ
model-un-debaters | اليكسا الورقة عن النزاع في الشرق الاوسط وش عاصمة {} حسب الامم المتحدة | اسرائيل=IL; فلسطين=PS; لبنان=LB

# Falconers, on hunting trips and at the falcon festival
falconers | اليكسا المقناص هالسنة في {} وش عاصمتها | باكستان=PK; المغرب=MA; كازاخستان=KZ
falconers | اليكسا الشاهين هذا جاي من {} وش عاصمتها | منغوليا=MN; روسيا=RU; ايران=IR
falconers | اليكسا في مهرجان الصقور واحد من {} يسال عن عاصمتها | الامارات=AE; قطر=QA; تركمانستان=TM
falconers | اليكسا الطير حقي تدرب في {} وش عاصمتها | بريطانيا=GB; اسبانيا=ES; المجر=HU
falconers | اليكسا يا ابو فهد تعرف عاصمة {} | الجزائر=DZ; تونس=TN; موريتانيا=MR

# Baloot players, at the game at night
baloot-players | اليكسا صكة وبعدين عاصمة {} | نيبال=NP; هولندا=NL; المكسيك=MX
baloot-players | اليكسا يا شريكي يقول عاصمة {} غلط وش الصح | استراليا=AU; كندا=CA; البرازيل=BR
baloot-players | اليكسا اللي يخسر يقول عاصمة {} | نيوزيلندا=NZ; سويسرا=CH; تركيا=TR
baloot-players | اليكسا حكم وانا اسالك عاصمة {} | سلوفينيا=SI; سلوفاكيا=SK; بلغاريا=BG
baloot-players | اليكسا السرا بعد البلوت وش عاصمة {} | الكاميرون=CM; الكونغو برازافيل=CG; ملاوي=MW

# Football fans watching the league and the World Cup, at home and in the stands
football-fans | اليكسا الهلال بيلعب ضد فريق من {} وش عاصمتها | اليابان=JP; كوريا الجنوبية=KR; ايران=IR
football-fans | اليكسا المنتخب يواجه {} في التصفيات وش عاصمتها | الاردن=JO; العراق=IQ; فلسطين=PS
football-fans | اليكسا لاعب النصر الجديد من {} وش عاصمة بلده | البرتغال=PT; السنغال=SN; كرواتيا=HR
football-fans | اليكسا كاس العالم الجاي فيه {} وش عاصمتها | الاوروغواي=UY; الاكوادور=EC; الباراغواي=PY
football-fans | اليكسا المعلق قال ان المدرب من {} وش عاصمتها | صربيا=RS; الارجنتين=AR; بلجيكا=BE
football-fans | اليكسا قبل ضربة البداية عاصمة {} بسرعة | غانا=GH; الكاميرون=CM; ساحل العاج=CI

# Astronomy club members, on a desert night out
astronomy-club | اليكسا التلسكوب مصنوع في {} وش عاصمتها | اليابان=JP; المانيا=DE; امريكا=US
astronomy-club | اليكسا الرصد الليلة واحنا نسال عن عاصمة {} | تشيلي=CL; جنوب افريقيا=ZA; ناميبيا=NA
astronomy-club | اليكسا وكالة الفضاء حق {} وين عاصمتها | الهند=IN; فرنسا=FR; الصين=CN
astronomy-club | اليكسا والنجوم طالعة قولي عاصمة {} | كيريباتي=KI; ساموا=WS; فانواتو=VU

# Eritrean families in Jeddah, at home
eritrean-families | اليكسا ياخي شنو عاصمة {} | اريتريا=ER; جيبوتي=DJ; اثيوبيا=ET
eritrean-families | اليكسا امي بتسال عاصمة {} وين | السودان=SD; جنوب السودان=SS; مصر=EG
eritrean-families | اليكسا عيالنا يسالو شنو عاصمة {} يا الكسا | اوغندا=UG; كينيا=KE; رواندا=RW
eritrean-families | اليكسا في البلد زمان ناس من {} شنو عاصمتها | ايطاليا=IT; اليمن=YE; الصومال=SO

# Follow-ups, said right after an answer
follow-up | اليكسا طيب و{} | تشاد=TD; النيجر=NE; مالي=ML
follow-up | اليكسا وش عن {} بعد | السنغال=SN; غامبيا=GM; غينيا=GN
follow-up | اليكسا زين و{} وش عاصمتها | بوتسوانا=BW; زامبيا=ZM; زيمبابوي=ZW
follow-up | اليكسا طيب وعاصمة {} | ليسوتو=LS; اسواتيني=SZ; ناميبيا=NA
follow-up | اليكسا والحين {} | اريتريا=ER; جيبوتي=DJ; الصومال=SO
follow-up | اليكسا واللي جنبها {} وش عاصمتها | بوليفيا=BO; الباراغواي=PY; البيرو=PE
follow-up | اليكسا اوكي ونفس السؤال عن {} | فنزويلا=VE; غيانا=GY; سورينام=SR
follow-up | اليكسا وبعدها {} | تونغا=TO; توفالو=TV; ناورو=NR
follow-up | اليكسا وعاصمة ولاية {} طيب | نيفادا=US-NV; يوتا=US-UT; ايداهو=US-ID
follow-up | اليكسا ومقاطعة {} وش عاصمتها | ساسكاتشوان=CA-SK; مانيتوبا=CA-MB; ألبرتا=CA-AB
follow-up | اليكسا وطيب {} الهندية | كيرالا=IN-KL; غوا=IN-GA; بيهار=IN-BR
follow-up | اليكسا ايه و{} كمان | هولندا=NL; بلجيكا=BE; لوكسمبورغ=LU
follow-up | اليكسا وحقت {} | بابوا غينيا الجديدة=PG; فيجي=FJ; جزر سليمان=SB
follow-up | اليكسا كملي و{} | الجبل الاسود=ME; كوسوفو=XK; مقدونيا الشمالية=MK
follow-up | اليكسا واخر وحدة {} | موناكو=MC; الفاتيكان=VA; سان مارينو=SM

# Plural capitals of the several-capital countries
plural-capitals | اليكسا وش عواصم {} | بوليفيا=BO; بنين=BJ; ماليزيا=MY
plural-capitals | اليكسا ما هي عواصم {} | سريلانكا=LK; هولندا=NL; اسواتيني=SZ
plural-capitals | اليكسا كم عاصمة عند {} ووش هي | جنوب افريقيا=ZA; ساحل العاج=CI; فلسطين=PS
plural-capitals | اليكسا سمعت ان {} لها اكثر من عاصمة وش هي | جنوب افريقيا=ZA; بوليفيا=BO; ماليزيا=MY
plural-capitals | اليكسا عطيني عاصمتين {} | هولندا=NL; سريلانكا=LK; بنين=BJ
plural-capitals | اليكسا الثلاث عواصم حقت {} وش هي | جنوب افريقيا=ZA; ساحل العاج=CI; اسواتيني=SZ
plural-capitals | اليكسا قولي كل عواصم {} | بوليفيا=BO; هولندا=NL; فلسطين=PS
plural-capitals | اليكسا ابلة الجغرافيا تقول {} فيها عاصمتين صح وش هم | ماليزيا=MY; سريلانكا=LK; بنين=BJ
plural-capitals | اليكسا عواصم {} كلها | ساحل العاج=CI; اسواتيني=SZ; جنوب افريقيا=ZA
plural-capitals | اليكسا المقر الاداري والعاصمة الرسمية حق {} | بوليفيا=BO; ماليزيا=MY; ساحل العاج=CI
plural-capitals | اليكسا يا ولدي وش عواصم {} الاثنتين | هولندا=NL; بنين=BJ; سريلانكا=LK
plural-capitals | اليكسا ما هما عاصمتا {} | اسواتيني=SZ; فلسطين=PS; ماليزيا=MY
plural-capitals | اليكسا عواصم بوليفيا وسريلانكا | BO+LK
plural-capitals | اليكسا وش عواصم هولندا وبنين | BJ+NL
plural-capitals | اليكسا المعلمة تقول {} لها عاصمتين وش هم | سوازيلاند=SZ; هولندا=NL; بوليفيا=BO
plural-capitals | اليكسا عواصم مملكة {} | سوازيلاند=SZ; هولندا=NL; اسواتيني=SZ
plural-capitals | اليكسا الملك في {} ساكن وين والعواصم وش هي | اسواتيني=SZ; هولندا=NL; ماليزيا=MY
plural-capitals | اليكسا ترا {} عندها عاصمتين ابيهم الثنتين | سوازيلاند=SZ; ساحل العاج=CI; جنوب افريقيا=ZA
plural-capitals | اليكسا وش العواصم في {} البرلمان والحكومة | هولندا=NL; اسواتيني=SZ; سريلانكا=LK

# Subdivisions and territories, in the words people use
subdivision | اليكسا وش عاصمة ولاية {} الامريكية | فلوريدا=US-FL; نيويورك=US-NY; تكساس=US-TX
subdivision | اليكسا عاصمة ولاية {} ايش | كاليفورنيا=US-CA; هاواي=US-HI; الاسكا=US-AK
subdivision | اليكسا ولدي يدرس في {} وش عاصمة الولاية | ميشيغان=US-MI; اوهايو=US-OH; كولورادو=US-CO
subdivision | اليكسا ابتعثت الى ولاية {} وش عاصمتها | اوريغون=US-OR; انديانا=US-IN; كانساس=US-KS
subdivision | اليكسا وش عاصمة {} اللي في امريكا | لويزيانا=US-LA; تينيسي=US-TN; كنتاكي=US-KY
subdivision | اليكسا ولاية {} عاصمتها ايش | مينيسوتا=US-MN; ويسكونسن=US-WI; ايوا=US-IA
subdivision | اليكسا الجامعة في ولاية {} ابي عاصمة الولاية | بنسلفانيا=US-PA; ماساتشوستس=US-MA; ميريلاند=US-MD
subdivision | اليكسا عاصمة ولاية {} لو سمحتي | الاباما=US-AL; ميسيسيبي=US-MS; اركنساس=US-AR
subdivision | اليكسا قولي عاصمة ولاية {} | اوكلاهوما=US-OK; نبراسكا=US-NE; مونتانا=US-MT
subdivision | اليكسا وش عاصمة ولاية {} يا الكسا | وايومنغ=US-WY; داكوتا الشمالية=US-ND; داكوتا الجنوبية=US-SD
subdivision | اليكسا ولاية {} وش عاصمتها | فيرمونت=US-VT; مين=US-ME; نيوهامشير=US-NH
subdivision | اليكسا عاصمة ولاية {} الامريكية وش هي | كونيتيكت=US-CT; رود ايلاند=US-RI; ديلاوير=US-DE
subdivision | اليكسا عاصمة {} الامريكية | نيوجيرسي=US-NJ; فرجينيا الغربية=US-WV; كارولاينا الشمالية=US-NC
subdivision | اليكسا وش عاصمة ولاية {} ترا ما اعرفها | كارولاينا الجنوبية=US-SC; ميزوري=US-MO; الينوي=US-IL
subdivision | اليكسا عاصمة {} في امريكا | اريزونا=US-AZ; نيو مكسيكو=US-NM; فرجينيا=US-VA
subdivision | اليكسا عاصمة ولاية واشنطن مو العاصمة الامريكية | US-WA
subdivision | اليكسا وش عاصمة مقاطعة {} في كندا | اونتاريو=CA-ON; كيبيك=CA-QC; كولومبيا البريطانية=CA-BC
subdivision | اليكسا مقاطعة {} الكندية وش عاصمتها | نوفا سكوشا=CA-NS; نيو برونزويك=CA-NB; جزيرة الامير ادوارد=CA-PE
subdivision | اليكسا عاصمة {} الكندية | نيوفاوندلاند=CA-NL; يوكون=CA-YT; نونافوت=CA-NU
subdivision | اليكسا الاقاليم الشمالية الغربية في كندا وش عاصمتها | CA-NT
subdivision | اليكسا وش عاصمة ولاية {} في استراليا | نيو ساوث ويلز=AU-NSW; كوينزلاند=AU-QLD; تسمانيا=AU-TAS
subdivision | اليكسا عاصمة {} الاسترالية | فيكتوريا=AU-VIC; غرب استراليا=AU-WA; جنوب استراليا=AU-SA
subdivision | اليكسا الاقليم الشمالي في استراليا وش عاصمته | AU-NT
subdivision | اليكسا وش عاصمة ولاية {} الهندية | ماهاراشترا=IN-MH; كارناتاكا=IN-KA; تاميل نادو=IN-TN
subdivision | اليكسا عاصمة ولاية {} في الهند | البنغال الغربية=IN-WB; اوتار براديش=IN-UP; راجستان=IN-RJ
subdivision | اليكسا ولاية {} الهندية عاصمتها ايش | غوجارات=IN-GJ; تيلانغانا=IN-TS; اندرا براديش=IN-AP
subdivision | اليكسا وش عاصمة {} في الهند | اوديشا=IN-OD; اسام=IN-AS; جامو وكشمير=IN-JK
subdivision | اليكسا عاصمة {} الهندية لو سمحت | سيكيم=IN-SK; ميغالايا=IN-ML; مانيبور=IN-MN
subdivision | اليكسا وش عاصمة ولاية {} في المانيا | بافاريا=DE-BY; سكسونيا=DE-SN; هيسن=DE-HE
subdivision | اليكسا عاصمة ولاية {} الالمانية | بادن فورتمبيرغ=DE-BW; شمال الراين وستفاليا=DE-NW; ساكسونيا السفلى=DE-NI
subdivision | اليكسا ولاية {} الالمانية وش عاصمتها | تورينغن=DE-TH; براندنبورغ=DE-BB; شليسفيغ هولشتاين=DE-SH
subdivision | اليكسا وش عاصمة ولاية {} البرازيلية | ساو باولو=BR-SP; ريو دي جانيرو=BR-RJ; باهيا=BR-BA
subdivision | اليكسا عاصمة ولاية {} في البرازيل | الامازوناس=BR-AM; ميناس جيرايس=BR-MG; بارانا=BR-PR
subdivision | اليكسا عاصمة {} البرازيلية ايش | بيرنامبوكو=BR-PE; سيارا=BR-CE; بارا=BR-PA
subdivision | اليكسا وش عاصمة ولاية {} المكسيكية | خاليسكو=MX-JAL; يوكاتان=MX-YUC; اواخاكا=MX-OAX
subdivision | اليكسا عاصمة ولاية {} في المكسيك | سونورا=MX-SON; تشيواوا=MX-CHH; نويفو ليون=MX-NLE
subdivision | اليكسا ولاية {} المكسيكية عاصمتها وش | بويبلا=MX-PUE; فيراكروز=MX-VER; كينتانا رو=MX-ROO
subdivision | اليكسا وش عاصمة {} البريطانية | اسكتلندا=GB-SCT; ويلز=GB-WLS; ايرلندا الشمالية=GB-NIR
subdivision | اليكسا وش عاصمة {} التابعة | غرينلاند=GL; جزر فارو=FO; بورتوريكو=PR
subdivision | اليكسا عاصمة جزيرة {} ايش | غوام=GU; برمودا=BM; جبل طارق=GI
subdivision | اليكسا وش عاصمة {} الفرنسية | كاليدونيا الجديدة=NC; بولينيزيا الفرنسية=PF; غوادلوب=GP
subdivision | اليكسا الجزر هذي {} وش عاصمتها | جزر كايمان=KY; جزر فوكلاند=FK; جزيرة مان=IM
subdivision | اليكسا وش عاصمة جزيرة {} | ريونيون=RE; مارتينيك=MQ; مايوت=YT
subdivision | اليكسا عاصمة {} الهولندية | اروبا=AW; كوراساو=CW; سينت مارتن=SX
subdivision | اليكسا وش عاصمة ماكاو | MO
subdivision | اليكسا هونغ كونغ لها عاصمة | HK
subdivision | اليكسا عاصمة الصحراء الغربية | EH
subdivision | اليكسا جيرزي وغيرنزي وش عواصمهم | GG+JE

# Official names
official-name | اليكسا يا استاذة وش عاصمة {} | جمهورية مصر العربية=EG; المملكة الاردنية الهاشمية=JO; الجمهورية العربية السورية=SY
official-name | اليكسا عاصمة {} لو سمحت | الولايات المتحدة الامريكية=US; الاتحاد الروسي=RU; جمهورية الصين الشعبية=CN
official-name | اليكسا ما عاصمة {} | جمهورية ايران الاسلامية=IR; جمهورية تنزانيا المتحدة=TZ; جمهورية الكونغو الديمقراطية=CD
official-name | اليكسا ايش عاصمة {} رسميا | المملكة المتحدة=GB; الجمهورية التشيكية=CZ; جمهورية كوريا=KR
official-name | اليكسا وش عاصمة {} بالاسم الرسمي | دولة فلسطين=PS; الكرسي الرسولي=VA; مملكة اسواتيني=SZ
official-name | اليكسا عاصمة {} ترا هذا الاسم الرسمي | جمهورية الهند=IN; جمهورية باكستان الاسلامية=PK; جمهورية العراق=IQ
official-name | اليكسا عطني عاصمة {} | جمهورية كوريا الشعبية الديمقراطية=KP; جمهورية لاو الديمقراطية الشعبية=LA; ولايات ميكرونيسيا المتحدة=FM
official-name | اليكسا عاصمة {} ايش هي | سلطنة بروناي=BN; مملكة البحرين=BH; دولة الامارات العربية المتحدة=AE
official-name | اليكسا عواصم {} وش هي | دولة بوليفيا المتعددة القوميات=BO; مملكة هولندا=NL; جمهورية جنوب افريقيا=ZA
official-name | اليكسا وش عاصمة {} رسمي | جمهورية تركيا=TR; الجمهورية الهيلينية=GR; جمهورية الكونغو=CG

# Everyday and old names
everyday-name | اليكسا عاصمة {} بالكلام العادي | امريكا=US; بريطانيا=GB; التشيك=CZ
everyday-name | اليكسا قولي عاصمة {} بس | انجلترا=GB-ENG; روسيا البيضاء=BY; بورما=MM
everyday-name | اليكسا وش عاصمة {} اللي يسمونها | سوازيلاند=SZ; سيلان=LK; الحبشة=ET
everyday-name | اليكسا ايش عاصمة {} | الكونغو كينشاسا=CD; كوريا الشمالية=KP; تيمور الشرقية=TL
everyday-name | اليكسا عاصمة {} اذا سمحت | هولاندا=NL; الفاتيكان=VA; الراس الاخضر=CV
everyday-name | اليكسا وش عاصمة بلاد {} | الشام=SY; الرافدين=IQ; العم سام=US
everyday-name | اليكسا وش عاصمة {} ترا هذا اسمها الشعبي | ارض الكنانة=EG; الخضراء=TN; بلاد الارز=LB
everyday-name | اليكسا عاصمة {} قديما | داهومي=BJ; زائير=CD; روديسيا=ZW

# Shared names, bare and told apart
shared-name | اليكسا وش عاصمة {} بس كذا | جورجيا=GE+US-GA; الكونغو=CD+CG; كوريا=KP+KR
shared-name | اليكسا عاصمة {} ايش | داكوتا=US-ND+US-SD; كارولاينا=US-NC+US-SC; جزر فيرجن=VG+VI
shared-name | اليكسا وش عاصمة جورجيا اللي في القوقاز | GE
shared-name | اليكسا جورجيا الولاية الامريكية وش عاصمتها | US-GA
shared-name | اليكسا الكونغو اللي عاصمتها مو كينشاسا وش عاصمتها | CG
shared-name | اليكسا وش عاصمة ولاية المكسيك مو الدولة | MX-MEX
shared-name | اليكسا عاصمة ولاية نيويورك مو المدينة | US-NY
shared-name | اليكسا وش عاصمة ولاية واشنطن | US-WA
shared-name | اليكسا وش عاصمة غينيا الاستوائية | GQ
shared-name | اليكسا ساموا الامريكية وش عاصمتها | AS
shared-name | اليكسا عاصمة جزر فيرجن البريطانية | VG
shared-name | اليكسا عاصمة جزر فيرجن الامريكية | VI
shared-name | اليكسا وش عاصمة البنجاب الهندية | IN-PB
shared-name | اليكسا وش عاصمة ماتو غروسو دو سول | BR-MS
shared-name | اليكسا عاصمة دومينيكا مو الدومينيكان | DM
shared-name | اليكسا عاصمة باخا كاليفورنيا سور | MX-BCS

# Yes/no checks with right and wrong guesses
yes-no-check | اليكسا صح عاصمة استراليا سيدني | AU
yes-no-check | اليكسا عاصمة كندا تورنتو ولا لا | CA
yes-no-check | اليكسا هل عاصمة تركيا اسطنبول | TR
yes-no-check | اليكسا عاصمة البرازيل ريو صح | BR
yes-no-check | اليكسا عاصمة نيجيريا لاغوس ولا ابوجا | NG
yes-no-check | اليكسا عاصمة المغرب الرباط صح ولا غلط | MA
yes-no-check | اليكسا ابي اتاكد عاصمة باكستان اسلام اباد | PK
yes-no-check | اليكسا عاصمة نيوزيلندا ولنغتون صح | NZ
yes-no-check | اليكسا هل صحيح ان عاصمة سويسرا زيورخ | CH
yes-no-check | اليكسا عاصمة الهند مومباي | IN
yes-no-check | اليكسا عاصمة فيتنام هوشي منه صح | VN
yes-no-check | اليكسا ترا عاصمة تنزانيا دار السلام صح | TZ
yes-no-check | اليكسا عاصمة كازاخستان الماتي ولا استانا | KZ
yes-no-check | اليكسا عاصمة ميانمار يانغون صح ولا لا | MM
yes-no-check | اليكسا صحيح عاصمة الامارات دبي | AE
yes-no-check | اليكسا عاصمة ساحل العاج ابيدجان صح | CI
yes-no-check | اليكسا عاصمة كاليفورنيا لوس انجلوس صح | US-CA
yes-no-check | اليكسا عاصمة ولاية نيويورك هي نيويورك | US-NY
yes-no-check | اليكسا عاصمة تكساس هيوستن صح ولا اوستن | US-TX
yes-no-check | اليكسا عاصمة اونتاريو تورنتو صح | CA-ON
yes-no-check | اليكسا عاصمة كيبيك مونتريال ولا لا | CA-QC
yes-no-check | اليكسا عاصمة بافاريا ميونخ صح | DE-BY
yes-no-check | اليكسا عاصمة اسكتلندا غلاسكو صح | GB-SCT
yes-no-check | اليكسا صح ان عاصمة اليابان طوكيو | JP
yes-no-check | اليكسا عاصمة المانيا برلين مو كذا | DE
yes-no-check | اليكسا عاصمة مصر القاهرة صح | EG
yes-no-check | اليكسا عاصمة الكاميرون دوالا ولا ياوندي | CM
yes-no-check | اليكسا عاصمة بنين كوتونو صح | BJ
yes-no-check | اليكسا عاصمة بوليفيا لاباز بس صح | BO
yes-no-check | اليكسا هل عاصمة جنوب افريقيا جوهانسبرغ | ZA
yes-no-check | اليكسا عاصمة المغرب مراكش ترا صح | MA
yes-no-check | اليكسا عاصمة ماهاراشترا مومباي صح | IN-MH
yes-no-check | اليكسا عاصمة فلوريدا ميامي صح | US-FL
yes-no-check | اليكسا عاصمة كوينزلاند بريزبن صح | AU-QLD
yes-no-check | اليكسا عاصمة الاكوادور غواياكيل ولا كيتو | EC
yes-no-check | اليكسا عاصمة اثيوبيا اديس ابابا صح | ET

# Self-corrections: the last place named is the one meant
self-correction | اليكسا وش عاصمة النمسا لا قصدي استراليا | AU
self-correction | اليكسا عاصمة السويد لا لا سويسرا | CH
self-correction | اليكسا عاصمة سلوفاكيا اقصد سلوفينيا | SI
self-correction | اليكسا عاصمة ايران عفوا العراق | IQ
self-correction | اليكسا عاصمة النيجر لا نيجيريا | NG
self-correction | اليكسا عاصمة غينيا بيساو لا غينيا الاستوائية | GQ
self-correction | اليكسا عاصمة اوغندا اسمحي لي رواندا | RW
self-correction | اليكسا عاصمة ليبيريا لا ليبيا | LY
self-correction | اليكسا عاصمة موريتانيا لا قصدي موريشيوس | MU
self-correction | اليكسا عاصمة بوليفيا لا الباراغواي | PY
self-correction | اليكسا عاصمة لاتفيا غلطت ليتوانيا | LT
self-correction | اليكسا عاصمة النمسا مو استراليا النمسا | AT
self-correction | اليكسا عاصمة كوريا الشمالية لا الجنوبية | KR
self-correction | اليكسا عاصمة جزر القمر اقصد جزر المالديف | MV
self-correction | اليكسا عاصمة فرجينيا لا فرجينيا الغربية | US-WV
self-correction | اليكسا عاصمة داكوتا الشمالية لا الجنوبية | US-SD
self-correction | اليكسا عاصمة كارولاينا الجنوبية اقصد الشمالية | US-NC
self-correction | اليكسا عاصمة سكسونيا لا سكسونيا انهالت | DE-ST
self-correction | اليكسا عاصمة هيماشال براديش لا ماديا براديش | IN-MP
self-correction | اليكسا عاصمة مانيتوبا لا ساسكاتشوان | CA-SK
self-correction | اليكسا عاصمة الدنمارك لا هولندا | NL
self-correction | اليكسا عاصمة السلفادور لا هندوراس | HN
self-correction | اليكسا عاصمة كرواتيا لا صربيا | RS
self-correction | اليكسا عاصمة قطر لا قصدي البحرين | BH
self-correction | اليكسا عاصمة ايرلندا لا ايرلندا الشمالية | GB-NIR
self-correction | اليكسا عاصمة ريو غراندي دو سول لا ريو غراندي دو نورتي | BR-RN
self-correction | اليكسا عاصمة سينالوا لا قصدي سونورا | MX-SON
self-correction | اليكسا عاصمة تاسمانيا لا فيكتوريا | AU-VIC

# Reverse questions: which place has this capital
reverse-question | اليكسا {} عاصمة اي دولة | نيروبي=KE; ليما=PE; هانوي=VN
reverse-question | اليكسا {} عاصمة وش | اكرا=GH; داكار=SN; باماكو=ML
reverse-question | اليكسا مدينة {} عاصمة لاي بلد | تبليسي=GE; يريفان=AM; باكو=AZ
reverse-question | اليكسا وين تكون {} عاصمة لها | كاتماندو=NP; ثيمفو=BT; دكا=BD
reverse-question | اليكسا {} هي عاصمة ايش | اوسلو=NO; هلسنكي=FI; ريكيافيك=IS
reverse-question | اليكسا العاصمة {} تتبع اي دولة | بوخارست=RO; صوفيا=BG; بلغراد=RS
reverse-question | اليكسا {} عاصمة لاي ولاية امريكية | ساكرامنتو=US-CA; اوستن=US-TX; تالاهاسي=US-FL
reverse-question | اليكسا {} عاصمة اي ولاية | دنفر=US-CO; اتلانتا=US-GA; بوسطن=US-MA
reverse-question | اليكسا {} عاصمة لاي مقاطعة كندية | تورنتو=CA-ON; ريجاينا=CA-SK; ادمونتون=CA-AB
reverse-question | اليكسا مدينة {} عاصمة لاي ولاية هندية | مومباي=IN-MH; بنغالور=IN-KA; تشيناي=IN-TN
reverse-question | اليكسا {} عاصمة لاي ولاية المانية | ميونخ=DE-BY; دريسدن=DE-SN; شتوتغارت=DE-BW
reverse-question | اليكسا {} عاصمة لاي ولاية مكسيكية | غوادالاخارا=MX-JAL; مونتيري=MX-NLE; ميريدا=MX-YUC
reverse-question | اليكسا {} عاصمة لاي ولاية برازيلية | سلفادور=BR-BA; ماناوس=BR-AM; ريسيفي=BR-PE
reverse-question | اليكسا {} عاصمة اي جزء من بريطانيا | ادنبرة=GB-SCT; كارديف=GB-WLS; بلفاست=GB-NIR
reverse-question | اليكسا كانبرا عاصمة وش | AU+AU-ACT
reverse-question | اليكسا برلين عاصمة ايش بالضبط | DE+DE-BE
reverse-question | اليكسا {} عاصمة لاي دولة يا الكسا | بوتراجايا=MY; سري جاياواردنابورا كوتي=LK; امستردام=NL
reverse-question | اليكسا {} عاصمة اي بلد | مابوتو=MZ; لواندا=AO; هراري=ZW
reverse-question | اليكسا {} عاصمة لمين | ويندهوك=NA; غابورون=BW; لوساكا=ZM
reverse-question | اليكسا {} عاصمة اي دولة من فضلك | بيشكيك=KG; دوشنبه=TJ; عشق اباد=TM

# Out-of-domain: things said to an Echo that are not a capital question
out-of-domain | اليكسا كم درجة الحرارة في العلا اليوم | FB
out-of-domain | اليكسا بتمطر بكرة في سكاكا | FB
out-of-domain | اليكسا شغلي اغاني محمد عبده | FB
out-of-domain | اليكسا شغلي قران بصوت السديس | FB
out-of-domain | اليكسا متى اذان المغرب في عرعر | FB
out-of-domain | اليكسا كم الساعة في طوكيو الحين | FB
out-of-domain | اليكسا كم عدد سكان الهند | FB
out-of-domain | اليكسا وش عملة اليابان | FB
out-of-domain | اليكسا وش اللغة الرسمية في البرازيل | FB
out-of-domain | اليكسا كم مساحة روسيا | FB
out-of-domain | اليكسا مين رئيس فرنسا | FB
out-of-domain | اليكسا وش اطول نهر في العالم | FB
out-of-domain | اليكسا وش اعلى جبل في افريقيا | FB
out-of-domain | اليكسا كم تبعد الرياض عن جدة | FB
out-of-domain | اليكسا حطي منبه الساعة خمس الفجر | FB
out-of-domain | اليكسا ذكريني اسقي الزيتون بكرة | FB
out-of-domain | اليكسا اطفي النور | FB
out-of-domain | اليكسا شغلي المكيف | FB
out-of-domain | اليكسا كم سعر الذهب اليوم | FB
out-of-domain | اليكسا كم سعر الدولار مقابل الريال | FB
out-of-domain | اليكسا وش نتيجة مباراة الهلال | FB
out-of-domain | اليكسا متى مباراة المنتخب الجاية | FB
out-of-domain | اليكسا احكي لي نكتة | FB
out-of-domain | اليكسا وش معنى كلمة العاصمة | FB
out-of-domain | اليكسا الرياض عاصمة الاعلام العربي | FB
out-of-domain | اليكسا العلا عاصمة الاثار وش رايك | FB
out-of-domain | اليكسا الجوف عاصمة الزيتون صح | FB
out-of-domain | اليكسا وش عاصمة منطقة الجوف | FB
out-of-domain | اليكسا وش عاصمة الحدود الشمالية | FB
out-of-domain | اليكسا وش عاصمة منطقة مكة | FB
out-of-domain | اليكسا وش عاصمة منطقة المدينة المنورة | FB
out-of-domain | اليكسا وش عاصمة منطقة القصيم | FB
out-of-domain | اليكسا عاصمة منطقة الباحة | FB
out-of-domain | اليكسا وش عاصمة اقليم كردستان | FB
out-of-domain | اليكسا عاصمة اقليم الباسك | FB
out-of-domain | اليكسا عاصمة منطقة توسكانا في ايطاليا | FB
out-of-domain | اليكسا عاصمة مقاطعة البنجاب الباكستانية | FB
out-of-domain | اليكسا وش عاصمة ولاية جوهور الماليزية | FB
out-of-domain | اليكسا عاصمة جزيرة بالي | FB
out-of-domain | اليكسا وش عاصمة سيبيريا | FB
out-of-domain | اليكسا عاصمة منطقة الالزاس | FB
out-of-domain | اليكسا وش عاصمة الدولة العثمانية | FB
out-of-domain | اليكسا وش كانت عاصمة الدولة الاموية | FB
out-of-domain | اليكسا عاصمة الاتحاد السوفيتي | FB
out-of-domain | اليكسا وش عاصمة تشيكوسلوفاكيا | FB
out-of-domain | اليكسا عاصمة المانيا الشرقية زمان | FB
out-of-domain | اليكسا عاصمة الدولة السعودية الاولى | FB
out-of-domain | اليكسا عاصمة مملكة الانباط | FB
out-of-domain | اليكسا وش عاصمة نارنيا | FB
out-of-domain | اليكسا عاصمة القمر | FB
out-of-domain | اليكسا وش عاصمة المريخ | FB
out-of-domain | اليكسا عاصمة قارة اوروبا | FB
out-of-domain | اليكسا وش عاصمة افريقيا | FB
out-of-domain | اليكسا عاصمة الخليج العربي | FB
out-of-domain | اليكسا عاصمة الشرق الاوسط | FB
out-of-domain | اليكسا وش عاصمة اسكندنافيا | FB
out-of-domain | اليكسا عاصمة امريكا اللاتينية | FB
out-of-domain | اليكسا رأس المال كم لازم للمشروع | FB
out-of-domain | اليكسا وش معنى راس المال العامل | FB
out-of-domain | اليكسا كم راس مال شركة ارامكو | FB
out-of-domain | اليكسا افتحي حساب في بنك كابيتال | FB
out-of-domain | اليكسا الحروف الكابيتال كيف اكتبها | FB
out-of-domain | اليكسا شغلي فيلم كابتن امريكا | FB
out-of-domain | اليكسا وش عاصمة الموضة في العالم | FB
out-of-domain | اليكسا مين عاصمة السياحة العربية هالسنة | FB
out-of-domain | اليكسا كم عمرك | FB
out-of-domain | اليكسا وش اسمك | FB
out-of-domain | اليكسا تحبيني | FB
out-of-domain | اليكسا صباح الخير | FB
out-of-domain | اليكسا شكرا | FB
out-of-domain | اليكسا اضيفي حليب لقائمة المشتريات | FB
out-of-domain | اليكسا اتصلي على ام فهد | FB
out-of-domain | اليكسا كم باقي على رمضان | FB
out-of-domain | اليكسا وش تاريخ اليوم بالهجري | FB
out-of-domain | اليكسا ارفعي الصوت | FB
out-of-domain | اليكسا وطي الصوت شوي | FB
out-of-domain | اليكسا شغلي بودكاست فنجان | FB
out-of-domain | اليكسا كيف الطقس في المدينة | FB
out-of-domain | اليكسا وش اخبار اليوم | FB
out-of-domain | اليكسا كم سعر برميل النفط | FB
out-of-domain | اليكسا ترجمي كلمة عاصمة للانجليزي | FB
out-of-domain | اليكسا كيف اقول عاصمة بالفرنسي | FB
out-of-domain | اليكسا وش علم اليابان | FB
out-of-domain | اليكسا وش الوان علم البرازيل | FB
out-of-domain | اليكسا كم دولة في العالم | FB
out-of-domain | اليكسا وش اكبر دولة في افريقيا | FB
out-of-domain | اليكسا وش اصغر دولة في العالم | FB
out-of-domain | اليكسا كم عدد الولايات الامريكية | FB
out-of-domain | اليكسا كم ولاية في الهند | FB
out-of-domain | اليكسا وين تقع بوتان على الخريطة | FB
out-of-domain | اليكسا وش الدول اللي تحد السعودية | FB
out-of-domain | اليكسا مين اكبر مدينة في تركيا | FB
out-of-domain | اليكسا كم عدد سكان الرياض | FB
out-of-domain | اليكسا وش اكبر مدينة في استراليا | FB
out-of-domain | اليكسا وش اشهر اكلة في المغرب | FB
out-of-domain | اليكسا رحلة الى ماليزيا كم تكلف | FB
out-of-domain | اليكسا احجزي لي فندق في دبي | FB
out-of-domain | اليكسا متى تقلع رحلة السعودية الى القاهرة | FB
out-of-domain | اليكسا كم الوقت بالطيارة من جدة الى لندن | FB
out-of-domain | اليكسا وش سعر الزيت الزيتون الحين | FB
out-of-domain | اليكسا كيف اعرف الزيتون ناضج | FB
out-of-domain | اليكسا وش دواء الصداع | FB
out-of-domain | اليكسا كم حبة بنادول في اليوم | FB
out-of-domain | اليكسا وش احسن طعم للصقر | FB
out-of-domain | اليكسا كيف ادرب الشاهين | FB
out-of-domain | اليكسا مين فاز بكاس العالم الماضي | FB
out-of-domain | اليكسا وش ترتيب النصر في الدوري | FB
out-of-domain | اليكسا كيف احسب المشاريع في البلوت | FB
out-of-domain | اليكسا وش يعني صكة | FB
out-of-domain | اليكسا متى يطلع سهيل | FB
out-of-domain | اليكسا وش اقرب كوكب للارض | FB
out-of-domain | اليكسا متى يكون القمر بدر | FB
out-of-domain | اليكسا وش الطقس في البحر اليوم | FB
out-of-domain | اليكسا كم سرعة الرياح في القنفذة | FB
out-of-domain | اليكسا وش مواعيد المد والجزر | FB
out-of-domain | اليكسا كم سعر الطن من الشعير | FB
out-of-domain | اليكسا وش احسن علف للغنم | FB
out-of-domain | اليكسا كيف اسوي خبز التميس | FB
out-of-domain | اليكسا شغلي تايمر عشرين دقيقة للكيك | FB
out-of-domain | اليكسا كم غرام في الكوب الطحين | FB
out-of-domain | اليكسا كم باقي على اختبار القدرات | FB
out-of-domain | اليكسا وش معنى التحصيلي | FB
out-of-domain | اليكسا اشرحي لي قانون نيوتن الثاني | FB
out-of-domain | اليكسا كم يساوي تسعة في سبعة | FB
out-of-domain | اليكسا وش عدد اعضاء مجلس الامن | FB
out-of-domain | اليكسا مين الامين العام للامم المتحدة | FB
out-of-domain | اليكسا وين مقر الامم المتحدة | FB
out-of-domain | اليكسا وين مقر الجامعة العربية | FB
out-of-domain | اليكسا كم سعر تذكرة الحج | FB
out-of-domain | اليكسا متى يوم عرفة | FB
out-of-domain | اليكسا وش دعاء السفر | FB
out-of-domain | اليكسا اعطيني قصة قبل النوم | FB
out-of-domain | اليكسا مين مؤسس ارامكو | FB
out-of-domain | اليكسا متى اكتشف البترول في الدمام | FB
out-of-domain | اليكسا شغلي طلال مداح | FB
out-of-domain | اليكسا ايش اخبار سوق الاسهم | FB
out-of-domain | اليكسا كم باقي على الراتب | FB
out-of-domain | اليكسا سوي لي قائمة مهام | FB
out-of-domain | اليكسا ماما يبغى شاي | FB
out-of-domain | اليكسا انا تعبان | FB
out-of-domain | اليكسا انت ذكي | FB
out-of-domain | اليكسا كيف حالك اليوم | FB
out-of-domain | اليكسا وش اسم عاصمة الكسل | FB
out-of-domain | اليكسا عاصمة قلبي مين | FB
out-of-domain | اليكسا مين عاصمة الحلا في الرياض | FB
out-of-domain | اليكسا وش عاصمة كوكب الارض | FB
out-of-domain | اليكسا الاستشارة تبغى بريزنتيشن عن الكابيتال ماركت | FB
out-of-domain | اليكسا وش الفرق بين الدولة والمدينة | FB
out-of-domain | اليكسا كم عدد العواصم العربية | FB
out-of-domain | اليكسا عطيني عواصم كل دول اسيا | FB
out-of-domain | اليكسا رتبي العواصم حسب عدد السكان | FB
out-of-domain | اليكسا وش اقدم عاصمة في العالم | FB
out-of-domain | اليكسا وش ابرد عاصمة في العالم | FB
out-of-domain | اليكسا وش اعلى عاصمة عن سطح البحر | FB
out-of-domain | اليكسا متى صارت الرياض عاصمة | FB
out-of-domain | اليكسا ليش انتقلت عاصمة اندونيسيا | FB
out-of-domain | اليكسا وش اسم العاصمة الجديدة لمصر | FB
out-of-domain | اليكسا وش عاصمة ولاية سيلانغور | FB
out-of-domain | اليكسا عاصمة صقلية | FB
out-of-domain | اليكسا وش عاصمة زنجبار | FB
out-of-domain | اليكسا عاصمة كتالونيا | FB
out-of-domain | اليكسا عاصمة بلاد الواق واق | FB
out-of-domain | اليكسا وش عاصمة اطلانتس | FB
out-of-domain | اليكسا وش عاصمة جزيرة جربة | FB
out-of-domain | اليكسا وش عاصمة منطقة نجد | FB
out-of-domain | اليكسا وش عاصمة الحجاز زمان | FB
out-of-domain | اليكسا وش عاصمة تهامة | FB
out-of-domain | اليكسا كم عاصمة زرتها انا | FB
out-of-domain | اليكسا سوي لي اختبار في الكيمياء | FB

# Help
help | اليكسا الحاج يبي يعرف كيف يسالك | HELP
help | اليكسا وش اقول عشان تعطيني العاصمة | HELP
help | اليكسا مساعدة | HELP
help | اليكسا ساعديني | HELP
help | اليكسا وش اقدر اسال | HELP
help | اليكسا كيف اسالك عن العواصم | HELP
help | اليكسا وش تعرفين تسوين | HELP
help | اليكسا ما فهمت كيف تشتغل | HELP
help | اليكسا علميني كيف استخدم اللعبة | HELP
help | اليكسا وش الاسئلة اللي تجاوبين عليها | HELP
help | اليكسا ابي مساعدة يا ولد | HELP
help | اليكسا هيلب بليز | HELP
help | اليكسا انا ما يعرف كيف يسال | HELP
help | اليكسا ماما يقول ساعدني | HELP
help | اليكسا من فضلك اشرحي لي طريقة الاستخدام | HELP
help | اليكسا كيف اشتغل مع هذا البرنامج | HELP
help | اليكسا وش الاوامر | HELP
help | اليكسا عطيني امثلة على الاسئلة | HELP
help | اليكسا يا بنت الحلال وش اقول لك | HELP
help | اليكسا ابي ارشادات | HELP
help | اليكسا كيف العب | HELP
help | اليكسا ما ادري وش اسوي | HELP
help | اليكسا الطريقة كيف | HELP
help | اليكسا ساعدي الحاج يسال | HELP
help | اليكسا التعليمات لو سمحتي | HELP
help | اليكسا وش المطلوب مني | HELP
help | اليكسا اشلون استخدمها | HELP
help | اليكسا كيف اسال عن ولاية | HELP
help | اليكسا تقدرين تعطيني عواصم الولايات وكيف | HELP
help | اليكسا كيف انطق اسم الدولة عشان تفهمين | HELP
help | اليكسا يا استاذة كيف نستخدم هذه الخدمة | HELP
help | اليكسا ابي اعرف وش تقدرين تسوين في العواصم | HELP
help | اليكسا شنو اسوي هسي | HELP
help | اليكسا هاو تو يوز | HELP
help | اليكسا قولي لي كيف تشتغلين | HELP
help | اليكسا ساعدني يا الكسا ضايع | HELP
help | اليكسا ايش الخيارات | HELP
help | اليكسا وش اقدر اطلب منك | HELP
help | اليكسا كيف العبة ذي تمشي | HELP
help | اليكسا ابي شرح | HELP
help | اليكسا مساعدة لو سمحتي | HELP
help | اليكسا وش تقصدين | HELP
help | اليكسا ما عرفت اسال اعيدي الشرح | HELP
help | اليكسا فزعة وش اسوي | HELP
help | اليكسا ممكن مساعدة | HELP
help | اليكسا نحتاج مساعدة في اللعبة | HELP

# Stop
stop | اليكسا خلاص الشاحنة جات | STOP
stop | اليكسا وقفي الحين يا ولد الطير جا | STOP
stop | اليكسا يكفي عواصم | STOP
stop | اليكسا وقفي العبة الحين الحاج نايم | STOP
stop | اليكسا خلاص العجين جهز | STOP
stop | اليكسا اقفلي الحين الدكتور دخل | STOP
stop | اليكسا وقفي | STOP
stop | اليكسا خلاص | STOP
stop | اليكسا بس خلاص يكفي | STOP
stop | اليكسا اسكتي | STOP
stop | اليكسا انهي اللعبة | STOP
stop | اليكسا اطلعي من العواصم | STOP
stop | اليكسا سكري | STOP
stop | اليكسا قفلي | STOP
stop | اليكسا يكفي يا ولد | STOP
stop | اليكسا ستوب | STOP
stop | اليكسا انا خلاص ما يبغى | STOP
stop | اليكسا توقفي من فضلك | STOP
stop | اليكسا اوقفي اللعبة | STOP
stop | اليكسا خلصنا | STOP
stop | اليكسا بس بس | STOP
stop | اليكسا انتهينا | STOP
stop | اليكسا خلاص نمنا | STOP
stop | اليكسا خلاص الحين المباراة بدت | STOP
stop | اليكسا بس يا بنت الحلال | STOP
stop | اليكسا اطفي | STOP
stop | اليكسا وقفي الحين | STOP
stop | اليكسا باي | STOP
stop | اليكسا مع السلامة | STOP
stop | اليكسا نكمل بعدين وقفي | STOP
stop | اليكسا يكفي اليوم | STOP
stop | اليكسا اخرجي | STOP
stop | اليكسا قفلي البرنامج | STOP
stop | اليكسا اقفلي عواصم العالم | STOP
stop | اليكسا خلاص تعبت | STOP
stop | اليكسا بس الحين | STOP
stop | اليكسا انا ما يبغى خلاص وقف | STOP
stop | اليكسا انتهى الوقت | STOP
stop | اليكسا توقف | STOP
stop | اليكسا وقفي العواصم | STOP
stop | اليكسا اسكت شوي | STOP
stop | اليكسا خلاص يا استاذة | STOP
stop | اليكسا ستوب ستوب | STOP
stop | اليكسا كفاية | STOP
stop | اليكسا هلا خلاص بس | STOP
stop | اليكسا سكري اللعبة | STOP
stop | اليكسا اوكي ذاتس انف | STOP
stop | اليكسا الحين لا خلاص | STOP
stop | اليكسا العميل رجع وقفي | STOP
stop | اليكسا خلاص شكرا | STOP

# Cancel
cancel | اليكسا الغي السؤال الزبونة راحت | CANCEL
cancel | اليكسا كنسلي ما ابي اعرف | CANCEL
cancel | اليكسا الغي السؤال حق الكويز | CANCEL
cancel | اليكسا الغي الحاج غير رايه | CANCEL
cancel | اليكسا الغي | CANCEL
cancel | اليكسا الغاء | CANCEL
cancel | اليكسا كنسلي | CANCEL
cancel | اليكسا الغي السؤال | CANCEL
cancel | اليكسا لا لا الغيه | CANCEL
cancel | اليكسا الغي الطلب | CANCEL
cancel | اليكسا كانسل | CANCEL
cancel | اليكسا ما ابيه الغيه | CANCEL
cancel | اليكسا الغي هذا | CANCEL
cancel | اليكسا انسي السؤال | CANCEL
cancel | اليكسا تراجعت الغي | CANCEL
cancel | اليكسا لا خلاص الغي | CANCEL
cancel | اليكسا هذا غلط الغي | CANCEL
cancel | اليكسا ماما يقول الغي | CANCEL
cancel | اليكسا الغي من فضلك | CANCEL
cancel | اليكسا كنسل كنسل | CANCEL
cancel | اليكسا انسي الموضوع | CANCEL
cancel | اليكسا ما ابي شي الغي | CANCEL
cancel | اليكسا الغي اللي قلته | CANCEL
cancel | اليكسا ارجعي الغي | CANCEL
cancel | اليكسا بلاش | CANCEL
cancel | اليكسا خليه الغي | CANCEL
cancel | اليكسا لا تكملين الغي | CANCEL
cancel | اليكسا الغيها | CANCEL
cancel | اليكسا كانسلي الحين | CANCEL
cancel | اليكسا الغي يا ولد | CANCEL
cancel | اليكسا ابي الغي السؤال الاخير | CANCEL
cancel | اليكسا الغي العملية | CANCEL
cancel | اليكسا انا غلطان الغي | CANCEL
cancel | اليكسا الغي لو سمحتي | CANCEL
cancel | اليكسا لا ما ابغى الغي | CANCEL
cancel | اليكسا سوري الغي | CANCEL
cancel | اليكسا الغي خلاص نسيت | CANCEL
cancel | اليكسا الغي ما في سؤال | CANCEL
cancel | اليكسا ارجو الالغاء | CANCEL
cancel | اليكسا الغي السالفة | CANCEL
cancel | اليكسا ما قصدت الغي | CANCEL
cancel | اليكسا كنسلي الطلب | CANCEL
cancel | اليكسا انسي اللي قلت | CANCEL
cancel | اليكسا الغي السؤال يا استاذة | CANCEL
cancel | اليكسا الغي الغي | CANCEL
cancel | اليكسا مو هذا الغي | CANCEL
cancel | اليكسا الغي الحين بسرعة | CANCEL
cancel | اليكسا شنو ده الغي | CANCEL

# Launch through the skill's name
launch | اليكسا افتحي عواصم العالم للكرو | LAUNCH
launch | اليكسا افتحي عواصم العالم في السكن | LAUNCH
launch | اليكسا شغلي عواصم العالم وانا اعجن | LAUNCH
launch | اليكسا افتحي عواصم العالم | LAUNCH
launch | اليكسا شغلي عواصم العالم | LAUNCH
launch | اليكسا افتح عواصم العالم يا ولد | LAUNCH
launch | اليكسا ابدئي عواصم العالم | LAUNCH
launch | اليكسا افتحي لعبة عواصم العالم | LAUNCH
launch | اليكسا شغلي لعبة عواصم العالم للبنات | LAUNCH
launch | اليكسا افتحي عواصم العالم للسياح | LAUNCH
launch | اليكسا شغلي عواصم العالم في المعصرة | LAUNCH
launch | اليكسا افتحي عواصم العالم بين الرحلات | LAUNCH
launch | اليكسا ماما يقول افتح عواصم العالم | LAUNCH
launch | اليكسا انا في فتح عواصم العالم | LAUNCH
launch | اليكسا من فضلك افتحي برنامج عواصم العالم | LAUNCH
launch | اليكسا اوكي اوبن عواصم العالم | LAUNCH
launch | اليكسا شغلي عواصم العالم قبل البلوت | LAUNCH
launch | اليكسا افتحي عواصم العالم نذاكر | LAUNCH
launch | اليكسا ابدا عواصم العالم | LAUNCH
launch | اليكسا افتحي مهارة عواصم العالم | LAUNCH
launch | اليكسا نبغى عواصم العالم | LAUNCH
launch | اليكسا هاتي عواصم العالم | LAUNCH
launch | اليكسا افتحي عواصم العالم في الصيدلية | LAUNCH
launch | اليكسا شغلي عواصم العالم للحجاج | LAUNCH
launch | اليكسا افتحي عواصم العالم يا وليدي | LAUNCH
launch | اليكسا شغلي عواصم العالم للعيال | LAUNCH
launch | اليكسا ياخي افتحي عواصم العالم | LAUNCH
launch | اليكسا يا الكسا افتحي عواصم العالم | LAUNCH
launch | اليكسا نلعب عواصم العالم | LAUNCH
launch | اليكسا افتحي عواصم العالم والحلال يرعى | LAUNCH
launch | اليكسا اسالي عواصم العالم عن عاصمة غانا | GH
launch | اليكسا قولي لعواصم العالم عاصمة فيجي | FJ
launch | اليكسا اطلبي عواصم العالم | LAUNCH

"""


if __name__ == "__main__":
    build_round(47, "ar", LINES, sys.argv, "tests/Eval/ar/round47/source/build_corpus.py")
