"""Round-48 Arabic evaluation corpus (locale ar-SA), a new author's own mix, written blind at the start of the
fifty-seventh session (brief WRITER63.md). Every line was written by hand as one utterance said to an Echo in Saudi
Arabia, transcribed as ASR gives it (Arabic letters, no diacritics or punctuation, single spaces). Speakers, chosen
apart from round 47's (AlUla guides, al-Jouf olive farmers, Arar shepherds, al-Qunfudhah fishermen, Saudia crew,
pharmacists, call-centre agents, mutawwif guides, Souq al-Zal sellers, resort staff, wedding planners, travel agents,
causeway customs officers, Aramco retirees, Madinah grandfathers, home bakers, homeschooling mothers, Sri Lankan,
Rohingya, Central Asian and Eritrean speakers, Hyderabadi engineers, KFUPM students, Qudurat revisers, Model UN
debaters, falconers, baloot players, football fans, an astronomy club) and from the groups of the rounds before it
lists (Gulf, Levantine, Egyptian, Iraqi, Maghrebi, Sudanese, Yemeni, Palestinian, Tabuk, Taif, Jazan, Najran, Abha,
Ha'il, al-Ahsa, Hijazi and Qassim families, Najdi grandmothers, Pakistani, Bangladeshi, Afghan, Indonesian, Filipino,
Turkish, Malayali and Western speakers, drivers, cafe friends, geography teachers, young children, gamers, flag-quiz
and istiraha players and the rest):
- al-Baha terrace farmers (`عاد`، `يا وليد`، `ابغى`), Qurayyat families by the Jordanian border (`هيه`، `شو`، `هسا`),
  Wadi al-Dawasir farmers at the pivots (`ابي`، `حنا`، `المحور`), Hafr al-Batin market traders (`شلون`، `يبه`، `شنهي`),
- Jubail plant engineers mixing English in (`الشفت`، `البلانت`، `الشتداون`، `الفندر`، `قايز`), Jeddah gold-souk
  sellers (`ايوه`، `دحين`، `كدا`), barbershop customers, tailors' customers before Eid, real-estate brokers
  (`الصك`، `المستثمر`), an airport car-rental desk (`البوكنق`، `الكاونتر`), delivery dispatchers (`الاوردر`،
  `المندوب`، `الكابتن`), radio hosts in formal Arabic (`مستمعينا الكرام`), school-bus supervisors, National Museum
  guides (work),
- Nepali security guards (`ساديق`، `انا ما في معلوم`، `هادا`) and Kenyan and Ugandan home workers (`مدام`، `ابغى
  معلوم`، `مال انا`) as learners; Saudi scholarship students back from the US mixing English in (`سيريسلي`،
  `ماي قاد`، `ليترلي`، `الروم ميت`),
- the morning school radio (`فقرة هل تعلم`), nursing students (`الكلينكال`، `الوارد`، `البيشنت`), Mawhiba olympiad
  trainees (school),
- an Eid gathering (`عيدكم مبارك`، `العيدية`), newlyweds planning a honeymoon, twin brothers arguing over homework, a
  night-shift nurse back home (home),
- ludo players (`دورك`، `اكلتك`), carrom players in a Jeddah alley (`يا واد`، `مرة`), crossword solvers, a chess club,
  a family playing a million-riyal style quiz (`حذف اجابتين`، `اسال الجمهور`) (games).
Situations: work (terraces, pivots, a market, a plant, the souk, a barbershop, a tailor, a property office, an airport
desk, a dispatch room, a radio studio, a school bus, a museum, a guard post), school (school radio, nursing, Mawhiba),
home (Eid, newlyweds, twins, a night-shift nurse, home workers, returned scholars) and games (ludo, carrom, crosswords,
chess, a quiz).
Follow-ups, yes/no checks with right and wrong guesses, self-corrections, reverse questions (countries, US states,
Canadian provinces, Indian and German states, a Brazilian and a Mexican state, Wales), shared names bare and told
apart, plurals of every several-capital country and Palestine, official, everyday and old names, subdivisions and
territories, launches through the skill's name `عواصم العالم`, help, stop and cancel, and fallback lines (Echo
requests, other questions about countries and capitals, Saudi regions and governorates, regions of other countries
not in the data, past states, made-up lands, continents, "capital" as money, a bank, a letter case, a punishment and
a film). Brief WRITER63.md.
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
# al-Baha mountain farmers, at work on the terraces (Ghamdi and Zahrani speech: `عاد`، `ابغى`، `يا وليد`)
baha-farmers | اليكسا عاد قولي وش عاصمة {} | افغانستان=AF; باكستان=PK; طاجيكستان=TJ
baha-farmers | اليكسا الرمان هذا من {} وش عاصمتها يا وليد | ارمينيا=AM; اذربيجان=AZ; جورجيا الدولة=GE
baha-farmers | اليكسا ابغى اعرف عاصمة {} قبل المطر | نيبال=NP; بوتان=BT; منغوليا=MN
baha-farmers | اليكسا في المدرجات ذا الحين وش عاصمة {} | اثيوبيا=ET; ارتيريا=ER; جيبوتي=DJ
baha-farmers | اليكسا العسل جاينا من {} عاصمتها وش | اليمن=YE; كينيا=KE; تنزانيا=TZ
baha-farmers | اليكسا وش عاصمة {} يا بنت الناس | رواندا=RW; بوروندي=BI; اوغندا=UG
baha-farmers | اليكسا ابوي يسال عن عاصمة {} عاد | زامبيا=ZM; ملاوي=MW; موزمبيق=MZ

# Qurayyat families near the Jordanian border, at home (`هيه`، `شو`، `والله`)
qurayyat-families | اليكسا هيه شو عاصمة {} | الاردن=JO; لبنان=LB; سوريا=SY
qurayyat-families | اليكسا خالي ساكن في {} شو عاصمتها | قبرص=CY; اليونان=GR; تركيا=TR
qurayyat-families | اليكسا والله نسيت عاصمة {} | رومانيا=RO; مولدوفا=MD; اوكرانيا=UA
qurayyat-families | اليكسا البنت تسال عاصمة {} شو هي | بيلاروسيا=BY; بولندا=PL; سلوفاكيا=SK
qurayyat-families | اليكسا عند الحدود ذا سؤال عاصمة {} وين | التشيك=CZ; المجر=HU; النمسا=AT
qurayyat-families | اليكسا جارنا راح {} شو عاصمتها يا الكسا | البوسنة والهرسك=BA; صربيا=RS; كرواتيا=HR

# Wadi al-Dawasir farmers, at work at the pivots (`ابي`، `وش`، `المحور`)
dawasir-farmers | اليكسا ابي عاصمة {} | السودان=SD; جنوب السودان=SS; تشاد=TD
dawasir-farmers | اليكسا حنا عند المحور وش عاصمة {} | النيجر=NE; مالي=ML; بوركينا فاسو=BF
dawasir-farmers | اليكسا العامل اللي عندي من {} وش عاصمة ديرته | مصر=EG; بنغلاديش=BD; الهند=IN
dawasir-farmers | اليكسا القمح هذا جاي من {} وش عاصمتها | كازاخستان=KZ; روسيا=RU; استراليا=AU
dawasir-farmers | اليكسا وش عاصمة {} يا رجال | الارجنتين=AR; الاوروغواي=UY; باراغواي=PY

# Hafr al-Batin market traders, at work (`شلون`، `زين`، `يبه`)
hafr-traders | اليكسا شلون عاصمة {} | الكويت=KW; العراق=IQ; ايران=IR
hafr-traders | اليكسا زين قولي عاصمة {} ترا البضاعة منها | الصين=CN; فيتنام=VN; تايلند=TH
hafr-traders | اليكسا يبه وش عاصمة {} عشان الشحنة | ماليزيا=MY; سنغافورة=SG; اندونيسيا=ID
hafr-traders | اليكسا التاجر يقول من {} وش عاصمتها | كمبوديا=KH; لاوس=LA; ميانمار=MM
hafr-traders | اليكسا في السوق الحين عاصمة {} شنهي | الفلبين=PH; بروناي=BN; تيمور الشرقية=TL

# Jubail plant engineers, at work mixing English in (`الشفت`، `البلانت`، `الشتداون`، `الفندر`)
jubail-engineers | اليكسا الفندر من {} وش الكابيتال حقتها | كوريا الجنوبية=KR; اليابان=JP; تايوان=TW
jubail-engineers | اليكسا قبل الشفت قولي عاصمة {} | المانيا=DE; فرنسا=FR; ايطاليا=IT
jubail-engineers | اليكسا في الشتداون الكنسلتنت من {} وش عاصمتها | هولندا=NL; بلجيكا=BE; الدنمارك=DK
jubail-engineers | اليكسا البلانت مانجر يسال عاصمة {} | النرويج=NO; السويد=SE; فنلندا=FI
jubail-engineers | اليكسا اوكي قايز عاصمة {} ويش هي | كندا=CA; امريكا=US; المكسيك=MX

# Jeddah gold souk sellers, at work (Hijazi: `ايوه`، `كدا`، `دحين`)
gold-souk | اليكسا ايوه دحين عاصمة {} كم | الهند=IN; سريلانكا=LK; جزر المالديف=MV
gold-souk | اليكسا الزبونة من {} ايش عاصمتها كدا | نيجيريا=NG; غانا=GH; السنغال=SN
gold-souk | اليكسا الذهب هذا من {} ايش عاصمتها يا شيخة | الامارات=AE; البحرين=BH; قطر=QA
gold-souk | اليكسا يا شيخ ايش عاصمة {} | غينيا=GN; سيراليون=SL; ليبيريا=LR
gold-souk | اليكسا ابغى عاصمة {} قبل ما يقفل المحل | توغو=TG; الكاميرون=CM; الغابون=GA

# Barbershop customers, at work and waiting (`يا عم`، `خفف من فوق`)
barbershop | اليكسا يا عم وش عاصمة {} | البرتغال=PT; اسبانيا=ES; اندورا=AD
barbershop | اليكسا وانا عند الحلاق ايش عاصمة {} | موناكو=MC; سان مارينو=SM; ليختنشتاين=LI
barbershop | اليكسا الحلاق يقول هو من {} وش عاصمتها | مصر العربية=EG; تونس=TN; المغرب=MA
barbershop | اليكسا خفف من فوق وانتي قولي عاصمة {} | لوكسمبورغ=LU; سويسرا=CH; مالطا=MT

# Tailors' customers before Eid, at work (`الثوب`، `المقاس`)
tailor-shop | اليكسا القماش ياباني ولا من {} طيب وش عاصمتها | كوريا الجنوبية=KR; الصين الشعبية=CN; تركيا=TR
tailor-shop | اليكسا الخياط اللي يفصل الثوب من {} وش عاصمتها | باكستان=PK; بنغلاديش=BD; نيبال=NP
tailor-shop | اليكسا وانا اقيس المقاس وش عاصمة {} | ايرلندا=IE; ايسلندا=IS; استونيا=EE

# Real-estate brokers, at work (`العقار`، `الصك`، `المستثمر`)
real-estate | اليكسا المستثمر من {} وش عاصمة بلده | دولة الكويت=KW; دولة قطر=QA; سلطنة عمان=OM
real-estate | اليكسا قبل ما اوقع الصك قولي عاصمة {} | لاتفيا=LV; ليتوانيا=LT; سلوفينيا=SI
real-estate | اليكسا في المكتب العقاري وش عاصمة {} | الجبل الاسود=ME; مقدونيا الشمالية=MK; البانيا=AL

# Airport car-rental desk, at work mixing English in (`البوكنق`، `الكاونتر`، `الباسبورت`)
car-rental | اليكسا العميل باسبورته من {} وش عاصمتها | جامايكا=JM; باربادوس=BB; ترينيداد وتوباغو=TT
car-rental | اليكسا على الكاونتر الحين عاصمة {} | كوستاريكا=CR; بنما=PA; هندوراس=HN
car-rental | اليكسا البوكنق من {} ايش عاصمتها لو سمحتي | غواتيمالا=GT; السلفادور=SV; نيكاراغوا=NI

# Delivery dispatchers, at work (`الاوردر`، `المندوب`، `الكابتن`)
delivery-dispatch | اليكسا المندوب من {} وش عاصمة بلده | السودان الشقيق=SD; اثيوبيا الحبشة=ET; الصومال=SO
delivery-dispatch | اليكسا بين اوردر واوردر عاصمة {} | كوبا=CU; هايتي=HT; جمهورية الدومينيكان=DO
delivery-dispatch | اليكسا الكابتن تاخر وانا ابغى عاصمة {} | الاكوادور=EC; البيرو=PE; كولومبيا=CO

# Radio hosts, at work on air in formal Arabic (`مستمعينا الكرام`، `سؤال الحلقة`)
radio-hosts | اليكسا مستمعينا الكرام يسالون ما عاصمة {} | فنزويلا=VE; غيانا=GY; سورينام=SR
radio-hosts | اليكسا سؤال الحلقة ما هي عاصمة {} | تشيلي=CL; البرازيل=BR; بيرو=PE
radio-hosts | اليكسا قبل الفاصل اخبرينا عن عاصمة {} | نيوزيلندا=NZ; فيجي=FJ; بابوا غينيا الجديدة=PG

# School-bus supervisors, at work in the morning (`الباص`، `الطالبات`)
school-bus | اليكسا الطالبات في الباص يسالون عاصمة {} | ناميبيا=NA; بوتسوانا=BW; زيمبابوي=ZW
school-bus | اليكسا قبل ما نوصل المدرسة عاصمة {} | ليسوتو=LS; مدغشقر=MG; موريشيوس=MU
school-bus | اليكسا وش عاصمة {} البنات مختلفين | انغولا=AO; جزر القمر=KM; سيشل=SC

# National Museum guides in Riyadh, at work (`القاعة`، `الزوار`، `المعروضات`)
museum-guides | اليكسا الزوار في القاعة من {} وش عاصمتها | اوزبكستان=UZ; تركمانستان=TM; قرغيزستان=KG
museum-guides | اليكسا المعروضات جات من {} ما عاصمتها | سوريا=SY; العراق الشقيق=IQ; اليمن السعيد=YE
museum-guides | اليكسا وفد من {} يزور المتحف وش عاصمتهم | كازاخستان=KZ; اذربيجان=AZ; ارمينيا=AM

# Nepali security guards, learners at work (`ساديق`، `انا ما في معلوم`، `هادا`)
nepali-guards | اليكسا ساديق انا ما في معلوم عاصمة {} | نيبال بلد=NP; الهند بلد=IN; بوتان بلد=BT
nepali-guards | اليكسا هادا {} عاصمة ايش اسم | بنغلاديش بلد=BD; سريلانكا بلد=LK; باكستان بلد=PK
nepali-guards | اليكسا انا حارس هنا سوال عاصمة {} | ماليزيا بلد=MY; قطر بلد=QA; دبي=FB
nepali-guards | اليكسا ماما مدير يسال عاصمة {} كم | اليابان بلد=JP; كوريا الجنوب=KR; الصين بلد=CN
# Kenyan and Ugandan home workers, learners at home (`مدام`، `ابغى معلوم`، `بابا`)
east-african-workers | اليكسا مدام يسال عاصمة {} | كينيا بلد=KE; اوغندا بلد=UG; تنزانيا بلد=TZ
east-african-workers | اليكسا انا ابغى معلوم عاصمة {} | رواندا بلد=RW; الصومال بلد=SO; اثيوبيا بلد=ET
east-african-workers | اليكسا بابا قول عاصمة {} هو ايش | جنوب افريقيا=ZA; زامبيا بلد=ZM; الكونغو كينشاسا=CD
east-african-workers | اليكسا انا من كينيا عاصمة مال انا ايش | KE
east-african-workers | اليكسا عاصمة اوغندا هو كمبالا صح | UG
east-african-workers | اليكسا صديق انا في ساحل العاج عاصمة هناك ايش | CI
east-african-workers | اليكسا انا ما يعرف عاصمة مدغشقر ممكن قول | MG

# Saudi scholarship students back from the US, at home mixing English in (`ماي قاد`، `سيريسلي`، `ليترلي`)
returned-scholars | اليكسا سيريسلي وش عاصمة {} | اوهايو=US-OH; انديانا=US-IN; ميشيغان=US-MI
returned-scholars | اليكسا ماي قاد انا عشت في {} وما اعرف عاصمتها | اوريغون=US-OR; كولورادو=US-CO; اريزونا=US-AZ
returned-scholars | اليكسا ليترلي كنت ادرس في {} وش عاصمتها | بنسلفانيا=US-PA; ماساتشوستس=US-MA; كاليفورنيا=US-CA
returned-scholars | اليكسا الروم ميت حقي كان من {} وش عاصمتها | ويسكونسن=US-WI; مينيسوتا=US-MN; ايوا=US-IA
returned-scholars | اليكسا ذا بيست ستيت {} وش الكابيتال حقتها | تكساس=US-TX; فلوريدا=US-FL; واشنطن الولاية=US-WA
returned-scholars | اليكسا الابتعاث كان في {} وش عاصمة المقاطعة | اونتاريو=CA-ON; كولومبيا البريطانية=CA-BC; نوفا سكوشا=CA-NS
returned-scholars | اليكسا رحنا رود تريب لين {} وش عاصمتها | نيفادا=US-NV; يوتا=US-UT; نيو مكسيكو=US-NM

# The morning school radio, at school (`الاذاعة المدرسية`، `فقرة هل تعلم`)
school-radio | اليكسا فقرة هل تعلم اليوم عن عاصمة {} | استراليا=AU; نيوزيلندا=NZ; ساموا=WS
school-radio | اليكسا للاذاعة المدرسية ابغى عاصمة {} | تونغا=TO; توفالو=TV; ناورو=NR
school-radio | اليكسا المعلمة قالت نجيب معلومة عن عاصمة {} | كيريباتي=KI; جزر مارشال=MH; بالاو=PW
school-radio | اليكسا بكرة الاذاعة عن {} وش عاصمتها | فانواتو=VU; جزر سليمان=SB; ميكرونيزيا=FM

# Nursing students, at school mixing English in (`الكلينكال`، `الوارد`، `البيشنت`)
nursing-students | اليكسا البيشنت في الوارد من {} وش عاصمتها | الفلبين=PH; الهند دولة=IN; اندونيسيا=ID
nursing-students | اليكسا بعد الكلينكال قولي عاصمة {} | النمسا=AT; المجر=HU; بلغاريا=BG
nursing-students | اليكسا الدكتورة من {} وش عاصمة بلدها | الاردن الشقيق=JO; لبنان الشقيق=LB; تونس الخضراء=TN

# Mawhiba gifted students preparing for an olympiad, at school (`الاولمبياد`، `موهبة`)
mawhiba-olympiad | اليكسا في تدريب موهبة سالونا عاصمة {} | ساو تومي وبرينسيب=ST; الراس الاخضر=CV; غينيا الاستوائية=GQ
mawhiba-olympiad | اليكسا سؤال اولمبياد الجغرافيا عاصمة {} | غينيا بيساو=GW; غامبيا=GM; موريتانيا=MR
mawhiba-olympiad | اليكسا ابغى اتاكد من عاصمة {} قبل الاختبار | جمهورية افريقيا الوسطى=CF; الكونغو برازافيل=CG; بنين=BJ
mawhiba-olympiad | اليكسا عاصمة {} الادارية ولا الدستورية | بوليفيا=BO; ساحل العاج=CI; سريلانكا=LK

# Eid gathering at grandfather's house, at home (`عيدكم مبارك`، `العيدية`)
eid-gathering | اليكسا عيدكم مبارك وش عاصمة {} | الجزائر=DZ; ليبيا=LY; مصر=EG
eid-gathering | اليكسا اللي يعرف عاصمة {} ياخذ العيدية | البرازيل=BR; الارجنتين=AR; تشيلي=CL
eid-gathering | اليكسا عمي يقول عاصمة {} وش رايك | انجلترا=GB-ENG; اسكتلندا=GB-SCT; ويلز=GB-WLS
eid-gathering | اليكسا العيال يتحدون بعض وش عاصمة {} | ايرلندا الشمالية=GB-NIR; بريطانيا=GB; فرنسا=FR

# Newlyweds planning a honeymoon, at home (`حبيبي`، `شهر العسل`)
newlyweds | اليكسا شهر العسل في {} وش عاصمتها | جزر المالديف=MV; موريشيوس=MU; سيشل=SC
newlyweds | اليكسا حبيبي يبغى نروح {} وش عاصمتها | اليونان=GR; قبرص=CY; جورجيا الدولة=GE
newlyweds | اليكسا قبل الحجز وش عاصمة {} | بالي=FB; تايلند=TH; ماليزيا=MY
newlyweds | اليكسا وش عاصمة {} يا قلبي | البوسنة=BA; اذربيجان=AZ; البرتغال=PT

# Twin brothers arguing over homework, at home (`قلتلك`، `انت غلطان`)
twin-brothers | اليكسا قلتلك عاصمة {} مو اللي تقوله | كندا=CA; استراليا=AU; البرازيل=BR
twin-brothers | اليكسا انت غلطان عاصمة {} وش هي | تركيا=TR; سويسرا=CH; نيجيريا=NG
twin-brothers | اليكسا احكمي بيننا عاصمة {} وش | كازاخستان=KZ; المغرب=MA; باكستان=PK

# A night-shift nurse at home before sleeping (`توني راجعة`، `بنام`)
night-nurse | اليكسا توني راجعة من الدوام وش عاصمة {} | الدنمارك=DK; النرويج=NO; السويد=SE
night-nurse | اليكسا قبل لا انام عاصمة {} | ليختنشتاين=LI; موناكو=MC; الفاتيكان=VA
night-nurse | اليكسا زميلتي من {} وش عاصمتها | الفلبين=PH; الهند=IN; كيرلا=IN-KL

# Ludo players, at play (`دورك`، `اكلتك`، `الزهر`)
ludo-players | اليكسا دورك بس قبل وش عاصمة {} | اليابان=JP; الصين=CN; كوريا الشمالية=KP
ludo-players | اليكسا اكلتك هههه طيب وش عاصمة {} | فيتنام=VN; كمبوديا=KH; لاوس=LA
ludo-players | اليكسا اللي يغلط في عاصمة {} يرجع البيت | منغوليا=MN; روسيا=RU; اوكرانيا=UA

# Carrom players in a Jeddah alley, at play (Hijazi: `يا واد`، `الكيرم`، `مرة`)
carrom-players | اليكسا يا واد ايش عاصمة {} | السنغال=SN; مالي=ML; النيجر=NE
carrom-players | اليكسا خلصنا الكيرم ايش عاصمة {} مرة نسيتها | تشاد=TD; الكاميرون=CM; غانا=GH
carrom-players | اليكسا الحكم حق الكيرم من {} ايش عاصمتها | بورما=MM; اريتريا=ER; جيبوتي=DJ

# Crossword solvers, at play (`الكلمات المتقاطعة`، `من خمس حروف`)
crossword | اليكسا في الكلمات المتقاطعة عاصمة {} | بيرو=PE; ايطاليا=IT; الاكوادور=EC
crossword | اليكسا عاصمة {} من كم حرف | كوبا=CU; اليمن=YE; قطر=QA
crossword | اليكسا ابحث عن عاصمة {} للمتقاطعة | لاتفيا=LV; فنلندا=FI; النيبال=NP

# A chess club, at play (`كش ملك`، `البطولة`)
chess-club | اليكسا البطولة في {} وش عاصمتها | ارمينيا=AM; المجر=HU; اوزبكستان=UZ
chess-club | اليكسا كش ملك وش عاصمة {} | النرويج=NO; الهند=IN; روسيا الاتحادية=RU
chess-club | اليكسا الخصم من {} وش عاصمة بلده | صربيا=RS; كرواتيا=HR; سلوفينيا=SI

# A family playing a million-riyal style quiz, at play (`حذف اجابتين`، `اسال الجمهور`)
million-quiz | اليكسا حذف اجابتين وش عاصمة {} | بوتسوانا=BW; ناميبيا=NA; انغولا=AO
million-quiz | اليكسا اسال الجمهور عاصمة {} | اوروغواي=UY; باراغواي=PY; بوليفيا=BO
million-quiz | اليكسا هذا سؤال المليون عاصمة {} | بليز=BZ; غرينادا=GD; دومينيكا=DM
million-quiz | اليكسا اتصال بصديق وش عاصمة {} | سانت لوسيا=LC; سانت كيتس ونيفيس=KN; سانت فنسنت والغرينادين=VC
million-quiz | اليكسا انسحب ولا اكمل عاصمة {} | انتيغوا وباربودا=AG; جزر البهاما=BS; هايتي=HT
# Plurals of the several-capital countries, said by the groups above
plural-capitals | اليكسا عاد وش عواصم {} | بنين=BJ; بوليفيا=BO; ساحل العاج=CI
plural-capitals | اليكسا ابي عواصم {} كلها | سريلانكا=LK; ماليزيا=MY; هولندا=NL
plural-capitals | اليكسا يا واد ايش العواصم حقت {} | اسواتيني=SZ; جنوب افريقيا=ZA; فلسطين=PS
plural-capitals | اليكسا ساديق كم عاصمة في {} | بنين بلد=BJ; بوليفيا بلد=BO; سريلانكا بلد=LK
plural-capitals | اليكسا سؤال الحلقة ما هما عاصمتا {} | ماليزيا الاتحادية=MY; هولندا المملكة=NL; اسواتيني المملكة=SZ
plural-capitals | اليكسا سيريسلي ليش {} لها اكثر من عاصمة وش هي | جنوب افريقيا=ZA; فلسطين=PS; ساحل العاج=CI
plural-capitals | اليكسا في تدريب موهبة عدد لي عواصم {} | بنين=BJ; ماليزيا=MY; سوازيلاند=SZ
plural-capitals | اليكسا عيدكم مبارك قولي العواصم الثلاث حق {} | جنوب افريقيا=ZA
plural-capitals | اليكسا حذف اجابتين عواصم {} الاثنتين | بوليفيا=BO; هولندا=NL; فلسطين=PS
plural-capitals | اليكسا الزبونة تسال عن عواصم {} كدا | كوت ديفوار=CI; سيلان=LK; اسواتيني=SZ
plural-capitals | اليكسا وش عواصم بنين وبوليفيا | BJ+BO
plural-capitals | اليكسا اذكري عواصم سريلانكا وماليزيا | LK+MY
plural-capitals | اليكسا ابغى العاصمتين حقت هولندا | NL
plural-capitals | اليكسا فلسطين عاصمتها القدس ولا رام الله ولا الاثنين | PS
plural-capitals | اليكسا عواصم جنوب افريقيا بريتوريا وكيب تاون ووش الثالثة | ZA
plural-capitals | اليكسا بوليفيا لها عاصمتين لاباز وسوكري صح | BO
plural-capitals | اليكسا الفندر من ماليزيا يقول عندهم عاصمتين وش هم | MY
plural-capitals | اليكسا شلون بنين عندها عاصمتين | BJ
plural-capitals | اليكسا كم عاصمة لساحل العاج يا الكسا | CI
plural-capitals | اليكسا ما هي عواصم مملكة اسواتيني | SZ
plural-capitals | اليكسا سريلانكا فيها كولومبو وسري جاياواردنابورا كوتي ايش ثانية | LK

# Subdivisions and territories, in the groups' words
subdivision | اليكسا عاصمة ولاية {} وش هي | الاسكا=US-AK; هاواي=US-HI; كنتاكي=US-KY
subdivision | اليكسا المبتعث اخوي في {} وش عاصمة الولاية | الينوي=US-IL; ميزوري=US-MO; كانساس=US-KS
subdivision | اليكسا ما هي عاصمة ولاية {} الامريكية | نبراسكا=US-NE; مونتانا=US-MT; وايومنغ=US-WY
subdivision | اليكسا ابغى عاصمة {} اللي في امريكا | ايداهو=US-ID; داكوتا الشمالية=US-ND; داكوتا الجنوبية=US-SD
subdivision | اليكسا وش عاصمة ولاية {} يا عاد | الاباما=US-AL; مسيسيبي=US-MS; لويزيانا=US-LA
subdivision | اليكسا عاصمة {} الولاية الامريكية ايش هي | اركنساس=US-AR; اوكلاهوما=US-OK; تينيسي=US-TN
subdivision | اليكسا عاصمة ولاية {} يا جماعة | كارولاينا الشمالية=US-NC; كارولاينا الجنوبية=US-SC; فيرجينيا الغربية=US-WV
subdivision | اليكسا وش عاصمة {} في الساحل الشرقي | فيرجينيا=US-VA; ماريلاند=US-MD; ديلاوير=US-DE
subdivision | اليكسا عاصمة {} اللي في نيو انجلاند | فيرمونت=US-VT; نيوهامشير=US-NH; ولاية مين=US-ME
subdivision | اليكسا ولاية {} عاصمتها وش | كونيتيكت=US-CT; رود ايلاند=US-RI; نيوجيرسي=US-NJ
subdivision | اليكسا وش عاصمة ولاية نيويورك مو مدينة نيويورك | US-NY
subdivision | اليكسا عاصمة ولاية جورجيا الامريكية | US-GA
subdivision | اليكسا ما عاصمة ولاية واشنطن اللي فوق | US-WA
subdivision | اليكسا عاصمة مقاطعة {} الكندية | البرتا=CA-AB; ساسكاتشوان=CA-SK; مانيتوبا=CA-MB
subdivision | اليكسا وش عاصمة {} في كندا | كيبك=CA-QC; نيو برونزويك=CA-NB; جزيرة الامير ادوارد=CA-PE
subdivision | اليكسا عاصمة {} الكندي | نيوفاوندلاند=CA-NL; يوكون=CA-YT; نونافوت=CA-NU
subdivision | اليكسا وش عاصمة الاقاليم الشمالية الغربية في كندا | CA-NT
subdivision | اليكسا عاصمة ولاية {} الاسترالية | كوينزلاند=AU-QLD; فيكتوريا=AU-VIC; تسمانيا=AU-TAS
subdivision | اليكسا وش عاصمة {} في استراليا | نيو ساوث ويلز=AU-NSW; استراليا الغربية=AU-WA; جنوب استراليا=AU-SA
subdivision | اليكسا عاصمة الاقليم الشمالي في استراليا | AU-NT
subdivision | اليكسا اقليم العاصمة الاسترالية وش عاصمته | AU-ACT
subdivision | اليكسا عاصمة ولاية {} الهندية | تاميل نادو=IN-TN; كارناتاكا=IN-KA; تيلانجانا=IN-TS
subdivision | اليكسا وش عاصمة {} في الهند | ماهاراشترا=IN-MH; غوجارات=IN-GJ; راجستان=IN-RJ
subdivision | اليكسا زميلي من {} يسال عن عاصمة ولايته | اوتار براديش=IN-UP; بيهار=IN-BR; البنغال الغربية=IN-WB
subdivision | اليكسا عاصمة ولاية {} اللي في الهند | اسام=IN-AS; سيكيم=IN-SK; ميغالايا=IN-ML
subdivision | اليكسا وش عاصمة {} الهندية | غوا=IN-GA; اوديشا=IN-OD; جهارخاند=IN-JH
subdivision | اليكسا عاصمة البنجاب الهندي | IN-PB
subdivision | اليكسا وش عاصمة كشمير الهندية | IN-JK
subdivision | اليكسا عاصمة ولاية {} الالمانية | بافاريا=DE-BY; سكسونيا=DE-SN; هيسن=DE-HE
subdivision | اليكسا وش عاصمة {} في المانيا | شمال الراين وستفاليا=DE-NW; سكسونيا السفلى=DE-NI; بادن فورتمبيرغ=DE-BW
subdivision | اليكسا عاصمة {} الالمانية ايش هي | شليسفيغ هولشتاين=DE-SH; براندنبورغ=DE-BB; سارلاند=DE-SL
subdivision | اليكسا وش عاصمة ولاية {} البرازيلية | باهيا=BR-BA; امازوناس=BR-AM; ميناس جيرايس=BR-MG
subdivision | اليكسا عاصمة {} في البرازيل | بارانا=BR-PR; سيارا=BR-CE; بيرنامبوكو=BR-PE
subdivision | اليكسا وش عاصمة ولاية ساو باولو | BR-SP
subdivision | اليكسا عاصمة ولاية {} المكسيكية | خاليسكو=MX-JAL; يوكاتان=MX-YUC; نويفو ليون=MX-NLE
subdivision | اليكسا وش عاصمة {} في المكسيك | سونورا=MX-SON; شيواوا=MX-CHH; واهاكا=MX-OAX
subdivision | اليكسا عاصمة كينتانا رو اللي فيها كانكون | MX-ROO
subdivision | اليكسا وش عاصمة {} التابعة | غرينلاند=GL; جزر فارو=FO; بورتوريكو=PR
subdivision | اليكسا عاصمة جزيرة {} | جيرسي=JE; غيرنزي=GG; مان=IM
subdivision | اليكسا وش عاصمة {} الفرنسية | كاليدونيا الجديدة=NC; بولينيزيا=PF; غويانا=GF
subdivision | اليكسا عاصمة جزر {} | كايمان=KY; فوكلاند=FK; كوك=CK
subdivision | اليكسا وش عاصمة جبل طارق | GI
subdivision | اليكسا عاصمة برمودا وش هي | BM
subdivision | اليكسا وش عاصمة جزيرة ريونيون | RE
subdivision | اليكسا عاصمة كوراساو | CW
subdivision | اليكسا وش عاصمة غوام الامريكية | GU
subdivision | اليكسا عاصمة ارخبيل سفالبارد | SJ
subdivision | اليكسا وش عاصمة الصحراء الغربية | EH
subdivision | اليكسا عاصمة ماكاو | MO
subdivision | اليكسا هونغ كونغ عاصمتها وش | HK
subdivision | اليكسا عاصمة جزيرة مايوت | YT
subdivision | اليكسا وش عاصمة اروبا | AW
subdivision | اليكسا عاصمة جزر توركس وكايكوس | TC
subdivision | اليكسا عاصمة غوادلوب الفرنسية | GP
subdivision | اليكسا وش عاصمة المارتينيك | MQ
subdivision | اليكسا عاصمة جزيرة سانت هيلينا | SH
subdivision | اليكسا وش عاصمة انغويلا | AI
subdivision | اليكسا عاصمة ساموا الامريكية | AS
subdivision | اليكسا وش عاصمة جزر ماريانا الشمالية | MP
subdivision | اليكسا عاصمة جزر آلاند الفنلندية | AX
subdivision | اليكسا وش عاصمة نيوي | NU
subdivision | اليكسا عاصمة جزيرة نورفولك | NF
subdivision | اليكسا وش عاصمة والس وفوتونا | WF
subdivision | اليكسا عاصمة سان بيير وميكلون | PM
subdivision | اليكسا وش عاصمة اقليم دلهي | IN-DL
subdivision | اليكسا وش عاصمة ولاية تشياباس | MX-CHP
subdivision | اليكسا عاصمة ولاية ريو غراندي دو سول | BR-RS
subdivision | اليكسا وش عاصمة ثورينجيا | DE-TH

# Follow-ups after an answer, short turns
follow-up | اليكسا و{} | فنزويلا=VE; كولومبيا=CO; البيرو=PE
follow-up | اليكسا طيب و{} وش عاصمتها | تنزانيا=TZ; اوغندا=UG; كينيا=KE
follow-up | اليكسا زين وعاصمة {} بعد | الكويت=KW; البحرين=BH; قطر=QA
follow-up | اليكسا ايوه وكمان {} | بلغاريا=BG; رومانيا=RO; المجر=HU
follow-up | اليكسا هيه واللي جنبها {} | سوريا=SY; لبنان=LB; العراق=IQ
follow-up | اليكسا والحين {} | اليابان=JP; كوريا الجنوبية=KR; الصين=CN
follow-up | اليكسا اوكي نكست {} | كندا=CA; المكسيك=MX; كوبا=CU
follow-up | اليكسا وعاصمة الجارة {} | تشاد=TD; النيجر=NE; ليبيا=LY
follow-up | اليكسا ومثلها {} | البرتغال=PT; اسبانيا=ES; فرنسا=FR
follow-up | اليكسا وبعدها {} يا وليد | تركمانستان=TM; قرغيزستان=KG; طاجيكستان=TJ
follow-up | اليكسا وسؤال ثاني {} وش عاصمتها | سلوفاكيا=SK; التشيك=CZ; بولندا=PL
follow-up | اليكسا طيب وعاصمة الولاية اللي جنبها اوريغون | US-OR
follow-up | اليكسا وهي نفسها عاصمة البرتغال | PT
follow-up | اليكسا اوكي ونفس السؤال عن الارجنتين | AR

# Yes/no checks, right and wrong guesses
yes-no-check | اليكسا صح عاصمة {} | استراليا سيدني=AU; كندا تورنتو=CA; تركيا اسطنبول=TR
yes-no-check | اليكسا هل عاصمة {} | البرازيل ريو دي جانيرو=BR; نيجيريا لاغوس=NG; المغرب الرباط=MA
yes-no-check | اليكسا ابوي يقول عاصمة {} صح كلامه | سويسرا جنيف=CH; نيوزيلندا اوكلاند=NZ; باكستان اسلام اباد=PK
yes-no-check | اليكسا عاصمة {} ولا لا | الامارات ابوظبي=AE; فيتنام هانوي=VN; كازاخستان الماتي=KZ
yes-no-check | اليكسا انت متاكدة ان عاصمة {} | تنزانيا دودوما=TZ; ميانمار نايبيداو=MM; ساحل العاج ياموسوكرو=CI
yes-no-check | اليكسا والله عاصمة {} ولا انا غلطان | كاليفورنيا لوس انجلوس=US-CA; تكساس اوستن=US-TX; نيويورك نيويورك=US-NY
yes-no-check | اليكسا صح ولا غلط عاصمة {} | الهند نيودلهي=IN; الصين شنغهاي=CN; بيرو ليما=PE
yes-no-check | اليكسا ساديق عاصمة {} صح ولا لا | نيبال كاتماندو=NP; بنغلاديش دكا=BD; سريلانكا كولومبو=LK
yes-no-check | اليكسا البنت تقول عاصمة {} | اسكتلندا ادنبرة=GB-SCT; ويلز كارديف=GB-WLS; كيبك مونتريال=CA-QC
yes-no-check | اليكسا عاصمة فلوريدا مو ميامي صح | US-FL
yes-no-check | اليكسا هل بون لا زالت عاصمة المانيا | DE
yes-no-check | اليكسا هل عاصمة جنوب افريقيا جوهانسبرغ | ZA
yes-no-check | اليكسا صح ان عاصمة بوليفيا لاباز | BO
yes-no-check | اليكسا عاصمة ماليزيا كوالالمبور ولا بوتراجايا | MY

# Self-corrections mid-sentence
self-correction | اليكسا عاصمة {} | النمسا لا قصدي استراليا=AU; السويد لا لا سويسرا=CH; سلوفينيا اقصد سلوفاكيا=SK
self-correction | اليكسا طيب وش عاصمة {} يا الكسا | ايران لا العراق=IQ; غينيا لا غينيا بيساو=GW; النيجر قصدي نيجيريا=NG
self-correction | اليكسا ابغى عاصمة {} | ماليزيا لا اندونيسيا=ID; لاتفيا لا ليتوانيا=LT; كولومبيا لا كولومبيا البريطانية=CA-BC
self-correction | اليكسا ايش عاصمة {} | بوتان امم لا بروناي=BN; الكاميرون قصدي الغابون=GA; زامبيا لا زيمبابوي=ZW
self-correction | اليكسا عاصمة ولاية {} | فيرجينيا لا فيرجينيا الغربية=US-WV; داكوتا الشمالية لا الجنوبية=US-SD; كارولاينا الجنوبية اقصد الشمالية=US-NC
self-correction | اليكسا عاصمة موريشيوس اسفة قصدي موريتانيا | MR
self-correction | اليكسا عاصمة تايوان لا تايلند | TH
self-correction | اليكسا وش عاصمة سلوفينيا لا خلاص صربيا | RS
self-correction | اليكسا عاصمة اسكتلندا لا ايرلندا الشمالية | GB-NIR
self-correction | اليكسا وش عاصمة ايسلندا لا ايرلندا | IE
self-correction | اليكسا عاصمة اريتريا لا اثيوبيا عاد | ET
self-correction | اليكسا عاصمة الاوروغواي لا باراغواي | PY

# Reverse questions from a capital
reverse-question | اليكسا {} عاصمة اي دولة | نيروبي=KE; اكرا=GH; داكار=SN
reverse-question | اليكسا وش الدولة اللي عاصمتها {} | كانبيرا=AU; ويلنغتون=NZ; اوتاوا=CA
reverse-question | اليكسا {} عاصمة وين | طشقند=UZ; باكو=AZ; تبليسي=GE
reverse-question | اليكسا مدينة {} عاصمة لاي بلد | ليما=PE; كيتو=EC; بوغوتا=CO
reverse-question | اليكسا ساديق {} هادا عاصمة ايش بلد | كاتماندو=NP; دكا=BD; تيمفو=BT
reverse-question | اليكسا {} عاصمة اي ولاية امريكية | ساكرامنتو=US-CA; اوستن=US-TX; اتلانتا=US-GA
reverse-question | اليكسا {} عاصمة وش من مقاطعة في كندا | ادمونتون=CA-AB; وينيبيغ=CA-MB; هاليفاكس=CA-NS
reverse-question | اليكسا {} عاصمة اي ولاية هندية | شيناي=IN-TN; مومباي=IN-MH; بنغالور=IN-KA
reverse-question | اليكسا {} عاصمة اي ولاية في المانيا | ميونخ=DE-BY; شتوتغارت=DE-BW; دريسدن=DE-SN
reverse-question | اليكسا ماناوس عاصمة ولاية برازيلية وشهي | BR-AM
reverse-question | اليكسا غوادالاخارا عاصمة اي ولاية مكسيكية | MX-JAL
reverse-question | اليكسا كارديف عاصمة ايش | GB-WLS
reverse-question | اليكسا الرياض عاصمة وين يا الكسا | SA
reverse-question | اليكسا عاصمتها انقرة وش اسم الدولة | TR
reverse-question | اليكسا بيشكيك عاصمة وش | KG
reverse-question | اليكسا اسمرة عاصمة اي بلد | ER
reverse-question | اليكسا موروني عاصمة ايش | KM

# Official names
official-name | اليكسا ما عاصمة {} | جمهورية مصر العربية=EG; المملكة الاردنية الهاشمية=JO; الجمهورية العربية السورية=SY
official-name | اليكسا عاصمة {} وش هي | المملكة العربية السعودية=SA; الولايات المتحدة الامريكية=US; المملكة المتحدة=GB
official-name | اليكسا ما هي عاصمة {} | جمهورية الصين الشعبية=CN; الاتحاد الروسي=RU; جمهورية ايران الاسلامية=IR
official-name | اليكسا اريد عاصمة {} | جمهورية كوريا الشعبية الديمقراطية=KP; جمهورية الكونغو الديمقراطية=CD; جمهورية التشيك=CZ
official-name | اليكسا عاصمة {} لو سمحت | ولايات ميكرونيزيا المتحدة=FM; مملكة تايلند=TH; مملكة البحرين=BH
official-name | اليكسا وش عاصمة {} الرسمية | الجمهورية التونسية=TN; المملكة المغربية=MA; الجمهورية الجزائرية=DZ
official-name | اليكسا ما عاصمة دولة فلسطين | PS
official-name | اليكسا عاصمة جمهورية كوسوفو | XK
official-name | اليكسا ما عاصمة جمهورية الصين تايوان | TW
official-name | اليكسا عاصمة الجمهورية الهيلينية | GR
official-name | اليكسا ما عاصمة دولة الامارات العربية المتحدة | AE
official-name | اليكسا عاصمة جمهورية اتحاد ميانمار | MM
official-name | اليكسا ما عاصمة الجمهورية الاسلامية الموريتانية | MR
official-name | اليكسا عاصمة جمهورية جنوب السودان | SS
official-name | اليكسا ما عاصمة دولة اسرائيل في سؤال الكتاب | IL

# Everyday and old names
everyday-name | اليكسا وش تكون عاصمة {} | ام الدنيا=EG; بلاد المليون شهيد=DZ; بلاد النيلين=SD
everyday-name | اليكسا عاصمة {} ايش تكون | بلاد الحرمين=SA; بلاد الشمس المشرقة=JP; بلاد المليون شاعر=MR
everyday-name | اليكسا قولي عاصمة {} | هولاندا=NL; امريكا=US; انقلترا=GB-ENG
everyday-name | اليكسا وش عاصمة {} زمان | بورما=MM; سيلان=LK; سوازيلاند=SZ
everyday-name | اليكسا عاصمة {} اللي ينادونها كذا | الكونغو الديمقراطية=CD; اليمن السعيد=YE; المغرب الاقصى=MA
everyday-name | اليكسا وش عاصمة بلاد الانكليز | GB
everyday-name | اليكسا عاصمة بلاد الطليان | IT
everyday-name | اليكسا وش عاصمة بلاد الاتراك | TR
everyday-name | اليكسا عاصمة دولة الكيوي | NZ
everyday-name | اليكسا وش عاصمة تشيكيا | CZ
everyday-name | اليكسا عاصمة روسيا البيضاء | BY
everyday-name | اليكسا وش عاصمة كوريا الجنوبية اللي هي سيول ولا بوسان | KR

# Shared names, bare and told apart
shared-name | اليكسا يا وليد وش عاصمة {} | جورجيا=GE+US-GA; الكونغو=CD+CG; كوريا=KP+KR
shared-name | اليكسا بس عاصمة {} ايش هي | داكوتا=US-ND+US-SD; كارولاينا=US-NC+US-SC; جزر فيرجن=VG+VI
shared-name | اليكسا ساديق عاصمة {} ايش اسم | جزيرة سانت مارتن=MF+SX; كوريا بلد=KP+KR
shared-name | اليكسا عاصمة جورجيا اللي جنب روسيا | GE
shared-name | اليكسا عاصمة جورجيا اللي في امريكا | US-GA
shared-name | اليكسا عاصمة الكونغو اللي عاصمتها مو كينشاسا | CG
shared-name | اليكسا عاصمة كوريا اللي فوق | KP
shared-name | اليكسا عاصمة جزر فيرجن البريطانية | VG
shared-name | اليكسا عاصمة جزر فيرجن الامريكية | VI
shared-name | اليكسا عاصمة غينيا الاستوائية مو غينيا | GQ
shared-name | اليكسا وش عاصمة لوكسمبورغ الدولة مو المقاطعة البلجيكية | LU
shared-name | اليكسا عاصمة ولاية المكسيك مو الدولة | MX-MEX
shared-name | اليكسا عاصمة فيكتوريا الاسترالية | AU-VIC
shared-name | اليكسا عاصمة البنجاب | IN-PB
shared-name | اليكسا عاصمة سانت مارتن الهولندية | SX
shared-name | اليكسا عاصمة سان مارتن الفرنسية | MF
# Out-of-domain: Echo requests and other questions, in the groups' voices
out-of-domain | اليكسا عاد وش الطقس في الباحة بكرة | FB
out-of-domain | اليكسا بيجي مطر على بلجرشي الليلة | FB
out-of-domain | اليكسا شغلي شيلة جنوبية | FB
out-of-domain | اليكسا كم سعر الرمان الطائفي اليوم | FB
out-of-domain | اليكسا ذكريني اسقي المدرجات العصر | FB
out-of-domain | اليكسا وش عاصمة منطقة الباحة | FB
out-of-domain | اليكسا كم يبعد الاردن عن القريات | FB
out-of-domain | اليكسا شو ساعة الحين في عمان | FB
out-of-domain | اليكسا شغلي اغاني سميرة توفيق | FB
out-of-domain | اليكسا وش عاصمة الجوف | FB
out-of-domain | اليكسا هيه كم درجة الحرارة برا | FB
out-of-domain | اليكسا كم لتر ماء يحتاج البرسيم في الصيف | FB
out-of-domain | اليكسا وش اكبر ولاية في امريكا مساحة | FB
out-of-domain | اليكسا وش عاصمة محافظة وادي الدواسر | FB
out-of-domain | اليكسا سعر الدولار مقابل الريال اليوم | FB
out-of-domain | اليكسا شلون الزحمة على طريق الكويت | FB
out-of-domain | اليكسا كم عدد سكان الصين | FB
out-of-domain | اليكسا وش عملة فيتنام | FB
out-of-domain | اليكسا وش عاصمة حفر الباطن | FB
out-of-domain | اليكسا شغلي اغنية عبدالكريم عبدالقادر | FB
out-of-domain | اليكسا وش لغة البرازيل الرسمية | FB
out-of-domain | اليكسا متى يبدا الشفت الليلي | FB
out-of-domain | اليكسا حولي عشرين ميل لكيلو | FB
out-of-domain | اليكسا وش عاصمة الجبيل الصناعية | FB
out-of-domain | اليكسا اضبطي منبه الساعة خمس الفجر | FB
out-of-domain | اليكسا كم سعر جرام الذهب عيار واحد وعشرين | FB
out-of-domain | اليكسا ايش معنى كلمة كابيتال في البورصة | FB
out-of-domain | اليكسا دحين كم الساعة في جاكرتا | FB
out-of-domain | اليكسا ايش اكبر سوق ذهب في العالم | FB
out-of-domain | اليكسا شغلي طلال مداح | FB
out-of-domain | اليكسا ابغى قصة شعر مثل رونالدو | FB
out-of-domain | اليكسا كم باقي على صلاة العصر | FB
out-of-domain | اليكسا شغلي القران سورة الكهف | FB
out-of-domain | اليكسا وش عاصمة الموضة في العالم | FB
out-of-domain | اليكسا كم متر قماش يحتاج الثوب | FB
out-of-domain | اليكسا متى العيد السنة ذي | FB
out-of-domain | اليكسا وش احسن قماش للصيف | FB
out-of-domain | اليكسا وش راس المال اللي احتاجه افتح مكتب عقار | FB
out-of-domain | اليكسا كم سعر المتر في شمال الرياض | FB
out-of-domain | اليكسا احسبي لي قسط شهري على ثلاث مية الف | FB
out-of-domain | اليكسا وش افضل شركة تاجير سيارات في المطار | FB
out-of-domain | اليكسا كم رحلة متاخرة اليوم | FB
out-of-domain | اليكسا ترجمي كلمة بوكنق للعربي | FB
out-of-domain | اليكسا وين اقرب مطعم فول | FB
out-of-domain | اليكسا اطلبي لي شاورما من جاهز | FB
out-of-domain | اليكسا كم مندوب متاح الحين | FB
out-of-domain | اليكسا وش عاصمة المطاعم في جدة | FB
out-of-domain | اليكسا مستمعينا الكرام ما هو تاريخ اليوم الهجري | FB
out-of-domain | اليكسا شغلي اذاعة القران الكريم | FB
out-of-domain | اليكسا ما هي اطول سلسلة جبال في العالم | FB
out-of-domain | اليكسا ما عاصمة الدولة الاموية في الاندلس | FB
out-of-domain | اليكسا كم تستغرق الرحلة من الرياض الى الدمام بالباص | FB
out-of-domain | اليكسا وش اسم مدرسة البنات في الحي | FB
out-of-domain | اليكسا متى بني المتحف الوطني | FB
out-of-domain | اليكسا من مؤسس الدولة السعودية الاولى | FB
out-of-domain | اليكسا ما عاصمة الدولة السعودية الاولى | FB
out-of-domain | اليكسا ساديق كم فلوس تحويل لنيبال | FB
out-of-domain | اليكسا انا حارس ليل كم ساعة الحين | FB
out-of-domain | اليكسا شغل اغنية نيبالي | FB
out-of-domain | اليكسا مدام يقول طفي النور | FB
out-of-domain | اليكسا انا ابغى معلوم جو نيروبي | FB
out-of-domain | اليكسا شغل سواحلي موسيقى | FB
out-of-domain | اليكسا ماي قاد كم الساعة في شيكاغو | FB
out-of-domain | اليكسا وش احسن جامعة في امريكا للهندسة | FB
out-of-domain | اليكسا سيريسلي وش عاصمة البيتزا في امريكا | FB
out-of-domain | اليكسا وش عاصمة كاليفورنيا التقنية | FB
out-of-domain | اليكسا كم عدد الولايات الامريكية | FB
out-of-domain | اليكسا ما هي حكمة اليوم للاذاعة المدرسية | FB
out-of-domain | اليكسا اعطيني اية قرانية عن العلم | FB
out-of-domain | اليكسا ما اعلى قمة في افريقيا | FB
out-of-domain | اليكسا وش معدل نبض القلب الطبيعي | FB
out-of-domain | اليكسا وش يعني فايتل ساينز | FB
out-of-domain | اليكسا ذكريني بالكلينكال الساعة سبع | FB
out-of-domain | اليكسا كم عدد عظام جسم الانسان | FB
out-of-domain | اليكسا ما هو اكبر محيط في العالم | FB
out-of-domain | اليكسا متى اولمبياد الرياضيات الدولي | FB
out-of-domain | اليكسا ما عاصمة الخلافة العباسية | FB
out-of-domain | اليكسا من فاز بكاس العالم الماضي | FB
out-of-domain | اليكسا عيدكم مبارك شغلي اغاني العيد | FB
out-of-domain | اليكسا كم نعطي العيال عيدية | FB
out-of-domain | اليكسا وش عاصمة القهوة العربية | FB
out-of-domain | اليكسا وش اسم عاصمة الضباب | FB
out-of-domain | اليكسا احجزي فندق في جزر المالديف | FB
out-of-domain | اليكسا وش احسن وقت نروح جورجيا | FB
out-of-domain | اليكسا كم سعر تذكرة الطيران لبالي | FB
out-of-domain | اليكسا شغلي اغنية رومانسية | FB
out-of-domain | اليكسا قلتلك طفي التلفزيون | FB
out-of-domain | اليكسا حلي لي مسالة الرياضيات | FB
out-of-domain | اليكسا توني راجعة شغلي صوت مطر | FB
out-of-domain | اليكسا اطفي الانوار بعد ربع ساعة | FB
out-of-domain | اليكسا كم ساعة نمت امس | FB
out-of-domain | اليكسا ارمي الزهر بدالي | FB
out-of-domain | اليكسا مين اخترع لعبة اللودو | FB
out-of-domain | اليكسا اعطيني رقم عشوائي من واحد لست | FB
out-of-domain | اليكسا يا واد شغلي مزمار | FB
out-of-domain | اليكسا ايش قوانين الكيرم | FB
out-of-domain | اليكسا نهر في افريقيا من اربع حروف | FB
out-of-domain | اليكسا مرادف كلمة عاصمة في المتقاطعة | FB
out-of-domain | اليكسا جمع كلمة عاصمة | FB
out-of-domain | اليكسا وش معنى حرف كابيتال في الانجليزي | FB
out-of-domain | اليكسا مين بطل العالم في الشطرنج | FB
out-of-domain | اليكسا كيف يتحرك الحصان في الشطرنج | FB
out-of-domain | اليكسا شغلي مؤقت عشر دقايق للدور | FB
out-of-domain | اليكسا كم جايزة سؤال المليون | FB
out-of-domain | اليكسا من مقدم برنامج من سيربح المليون | FB
out-of-domain | اليكسا وش عاصمة مملكة الحجاز زمان | FB
out-of-domain | اليكسا وش عاصمة كردستان العراق | FB
out-of-domain | اليكسا عاصمة اقليم الباسك | FB
out-of-domain | اليكسا وش عاصمة ولاية كيرالا السابقة ترافانكور | FB
out-of-domain | اليكسا عاصمة جزيرة بالي | FB
out-of-domain | اليكسا وش عاصمة اسكندنافيا | FB
out-of-domain | اليكسا عاصمة قارة اوروبا | FB
out-of-domain | اليكسا وش عاصمة افريقيا | FB
out-of-domain | اليكسا وش عاصمة الاتحاد السوفيتي | FB
out-of-domain | اليكسا وش عاصمة يوغوسلافيا | FB
out-of-domain | اليكسا وش عاصمة اتلانتس | FB
out-of-domain | اليكسا عاصمة ويستروس في صراع العروش | FB
out-of-domain | اليكسا وش عاصمة منطقة عسير | FB
out-of-domain | اليكسا وش عاصمة المنطقة الشرقية | FB
out-of-domain | اليكسا عاصمة منطقة جازان | FB
out-of-domain | اليكسا وش عاصمة منطقة القصيم | FB
out-of-domain | اليكسا عاصمة منطقة الحدود الشمالية وش هي | FB
out-of-domain | اليكسا عاصمة بافاريا القديمة قبل ميونخ | FB
out-of-domain | اليكسا عاصمة منطقة تسكانا في ايطاليا | FB
out-of-domain | اليكسا وش عاصمة مقاطعة غوانغدونغ | FB
out-of-domain | اليكسا عاصمة ولاية صباح الماليزية | FB
out-of-domain | اليكسا وش عاصمة اقليم البنجاب الباكستاني | FB
out-of-domain | اليكسا وش عاصمة سيبيريا | FB
out-of-domain | اليكسا عاصمة جزيرة صقلية | FB
out-of-domain | اليكسا وش بنك كابيتال | FB
out-of-domain | اليكسا سعر سهم كابيتال اليوم | FB
out-of-domain | اليكسا وش الحروف الكابيتال في الكيبورد | FB
out-of-domain | اليكسا اكتبي اسمي بالحروف الكابيتال | FB
out-of-domain | اليكسا عقوبة الاعدام يسمونها العقوبة الكابيتال وش معناها | FB
out-of-domain | اليكسا شغلي فلم كابتن امريكا | FB
out-of-domain | اليكسا وش معنى العاصمة المقدسة | FB
out-of-domain | اليكسا وش علم كندا شكله | FB
out-of-domain | اليكسا وش النشيد الوطني الياباني | FB
out-of-domain | اليكسا كم مساحة روسيا | FB
out-of-domain | اليكسا من رئيس البرازيل | FB
out-of-domain | اليكسا وش عملة سويسرا | FB
out-of-domain | اليكسا وش اكبر مدينة في تركيا | FB
out-of-domain | اليكسا وش اللغة في بلجيكا | FB
out-of-domain | اليكسا كم رمز الاتصال الدولي لمصر | FB
out-of-domain | اليكسا وش اطول نهر في اوروبا | FB
out-of-domain | اليكسا وش الدولة اللي شكلها مثل الجزمة | FB
out-of-domain | اليكسا كم دولة في افريقيا | FB
out-of-domain | اليكسا وش اصغر دولة في العالم مساحة | FB
out-of-domain | اليكسا وش ابعد عاصمة عن الرياض | FB
out-of-domain | اليكسا كم كيلو بين الرياض ودبي | FB
out-of-domain | اليكسا ترجمي عاصمة للانجليزي | FB
out-of-domain | اليكسا وش اكثر عاصمة فيها زحمة | FB
out-of-domain | اليكسا عاصمة الثقافة العربية هالسنة | FB
out-of-domain | اليكسا وش العاصمة اللي فيها اغلى سكن في العالم | FB
out-of-domain | اليكسا وش الوقت في عاصمة اليابان | FB
out-of-domain | اليكسا وش الطقس في عاصمة المغرب | FB
out-of-domain | اليكسا كم عدد سكان عاصمة مصر | FB
out-of-domain | اليكسا وش تاريخ تاسيس عاصمة استراليا | FB
out-of-domain | اليكسا صحيني بكرة الساعة ست ونص | FB
out-of-domain | اليكسا قولي نكتة | FB
out-of-domain | اليكسا شغلي الاخبار | FB
out-of-domain | اليكسا ضيفي حليب للقايمة | FB
out-of-domain | اليكسا شغلي المكيف | FB
out-of-domain | اليكسا كم نقطة حصل الهلال | FB
out-of-domain | اليكسا اتصلي على ابوي | FB
out-of-domain | اليكسا وش اسم الجبل اللي في الباحة | FB
out-of-domain | اليكسا هيه وش الفرق بين ليبيا ولبنان | FB
out-of-domain | اليكسا وين تقع تشاد على الخريطة | FB
out-of-domain | اليكسا مين يحكم الفاتيكان | FB
out-of-domain | اليكسا وش الدول اللي تحد الاردن | FB

# Help
help | اليكسا عاد وش تقدرين تسوين | HELP
help | اليكسا ساعديني ما عرفت كيف اسال | HELP
help | اليكسا كيف استخدم العواصم ذي | HELP
help | اليكسا وش اقول لك عشان تعطيني العاصمة | HELP
help | اليكسا هيه شو لازم احكي | HELP
help | اليكسا ابي مساعدة في اللعبة | HELP
help | اليكسا شلون اسالك عن عاصمة | HELP
help | اليكسا الفندر ما فهم كيف يشتغل ذا الشي ساعدينا | HELP
help | اليكسا ايوه كيف دا يشتغل | HELP
help | اليكسا يا عم وش الاوامر | HELP
help | اليكسا الخياط يبغى يعرف كيف يسال | HELP
help | اليكسا وش الاسئلة اللي تفهمينها | HELP
help | اليكسا العميل يحتاج هيلب | HELP
help | اليكسا المندوب ما عرف يسال وش يقول | HELP
help | اليكسا مستمعينا يسالون كيف يستخدمون المهارة | HELP
help | اليكسا الطالبات محتاسين علميهم كيف | HELP
help | اليكسا ايش تعرفين عن العواصم علميني كيف اسال | HELP
help | اليكسا ساديق انا ما في معلوم كيف سوال | HELP
help | اليكسا مدام انا ما يعرف كيف يستعمل | HELP
help | اليكسا سيريسلي هاو دز ذس وورك | HELP
help | اليكسا شرح لي كيف ابدا | HELP
help | اليكسا المعلمة تبغى تعرف وش تقدر المهارة تسوي | HELP
help | اليكسا كيف ادور عاصمة ولاية امريكية | HELP
help | اليكسا هل تستطيعين ان تشرحي لي طريقة السؤال | HELP
help | اليكسا جدي ما عرف يسالك ساعديه | HELP
help | اليكسا حبيبي يسال وش نقدر نسال | HELP
help | اليكسا احكمي بيننا بس اول قولي كيف | HELP
help | اليكسا وش اسوي الحين | HELP
help | اليكسا اعطيني امثلة على الاسئلة | HELP
help | اليكسا يا واد كيف ذي اللعبة | HELP
help | اليكسا المتقاطعة تحتاج مساعدة كيف اسالك | HELP
help | اليكسا ما فهمت وش المطلوب مني | HELP
help | اليكسا اسال الجمهور يعني ساعديني | HELP
help | اليكسا انا جديد على المهارة وش اسوي | HELP
help | اليكسا التعليمات لو سمحتي | HELP
help | اليكسا كيف العب عواصم | HELP
help | اليكسا قولي الطريقة مرة ثانية | HELP
help | اليكسا ممكن مساعدة بسرعة | HELP
help | اليكسا وش الخيارات عندك | HELP
help | اليكسا عيدكم مبارك بس كيف نسال | HELP
help | اليكسا اوكي وات كان يو دو | HELP
help | اليكسا ابغى اعرف كيف تشتغلين يا الكسا | HELP
help | اليكسا وش طريقة السؤال عن المقاطعات | HELP

# Stop
stop | اليكسا عاد خلاص وقفي | STOP
stop | اليكسا بس يكفي جات المطر | STOP
stop | اليكسا هيه وقفي هسا | STOP
stop | اليكسا اسكتي شوي | STOP
stop | اليكسا خلاص بنرجع للمحور | STOP
stop | اليكسا زين بس كذا | STOP
stop | اليكسا وقفي الشفت بدا | STOP
stop | اليكسا ستوب بليز | STOP
stop | اليكسا ايوه خلاص كدا | STOP
stop | اليكسا دحين وقفي الزبون جا | STOP
stop | اليكسا يا عم اسكتي الحلاق يتكلم | STOP
stop | اليكسا قفلي خلاص خلصنا المقاس | STOP
stop | اليكسا وقفي المستثمر وصل | STOP
stop | اليكسا اوقفي العميل على الكاونتر | STOP
stop | اليكسا وقفي عندي اوردر | STOP
stop | اليكسا نهاية الفقرة توقفي | STOP
stop | اليكسا وقفي وصلنا المدرسة | STOP
stop | اليكسا انهي الجولة في المتحف | STOP
stop | اليكسا ساديق خلاص ستوب | STOP
stop | اليكسا مدام يقول خلاص سكوت | STOP
stop | اليكسا ماي قاد ستوب | STOP
stop | اليكسا انتهت الاذاعة خلاص | STOP
stop | اليكسا وقفي بدا الكلينكال | STOP
stop | اليكسا توقفي الان انتهى التدريب | STOP
stop | اليكسا خلاص العيد اشتغل وقفي | STOP
stop | اليكسا حبيبي يقول بس | STOP
stop | اليكسا وقفي لا تحكمين بيننا | STOP
stop | اليكسا بنام وقفي | STOP
stop | اليكسا اطفي نفسك | STOP
stop | اليكسا دورك خلص وقفي | STOP
stop | اليكسا يا واد اسكتي | STOP
stop | اليكسا حلينا المتقاطعة خلاص | STOP
stop | اليكسا كش ملك وقفي | STOP
stop | اليكسا انسحب وقفي | STOP
stop | اليكسا اخرجي من العواصم | STOP
stop | اليكسا سكري اللعبة | STOP
stop | اليكسا كفاية كذا | STOP
stop | اليكسا لا تكملين | STOP
stop | اليكسا اقفلي المهارة | STOP
stop | اليكسا خلاص تعبت | STOP
stop | اليكسا باي باي | STOP
stop | اليكسا مع السلامة يا الكسا | STOP
stop | اليكسا خلاص ما ابغى اسمع | STOP
stop | اليكسا وقفي كل شي | STOP
stop | اليكسا انتهينا | STOP

# Cancel
cancel | اليكسا عاد الغي السؤال | CANCEL
cancel | اليكسا لا لا الغي | CANCEL
cancel | اليكسا هيه الغي هاد | CANCEL
cancel | اليكسا الغي ما ابي | CANCEL
cancel | اليكسا كنسلي ذا | CANCEL
cancel | اليكسا الغي الطلب | CANCEL
cancel | اليكسا كانسل كانسل | CANCEL
cancel | اليكسا ايوه الغي دا | CANCEL
cancel | اليكسا الغي اللي قلته يا عم | CANCEL
cancel | اليكسا الغي الزبون غير رايه | CANCEL
cancel | اليكسا الغي ما له داعي | CANCEL
cancel | اليكسا الغي البوكنق لا اقصد الغي السؤال | CANCEL
cancel | اليكسا الغي الاوردر حق السؤال | CANCEL
cancel | اليكسا الغي السؤال الاخير يا مستمعين | CANCEL
cancel | اليكسا الغي الطالبات غيروا السؤال | CANCEL
cancel | اليكسا الغي هذا الزوار ما يبغونه | CANCEL
cancel | اليكسا ساديق الغي | CANCEL
cancel | اليكسا مدام يقول الغي | CANCEL
cancel | اليكسا نيفر مايند الغي | CANCEL
cancel | اليكسا الغي الفقرة | CANCEL
cancel | اليكسا الغي ما ابغى اعرف | CANCEL
cancel | اليكسا اكنسل هالسؤال | CANCEL
cancel | اليكسا الغي السؤال العيال غشوا | CANCEL
cancel | اليكسا الغي يا قلبي | CANCEL
cancel | اليكسا الغي الحكم | CANCEL
cancel | اليكسا الغي خلني انام | CANCEL
cancel | اليكسا الغي الدور | CANCEL
cancel | اليكسا يا واد الغي | CANCEL
cancel | اليكسا امسحي السؤال | CANCEL
cancel | اليكسا الغي الحركة | CANCEL
cancel | اليكسا الغي الاجابة | CANCEL
cancel | اليكسا تراجعي عن السؤال | CANCEL
cancel | اليكسا لا خلاص ما ابغاه | CANCEL
cancel | اليكسا الغي الغي الغي | CANCEL
cancel | اليكسا الغي وش قلت | CANCEL
cancel | اليكسا ما قصدت الغي | CANCEL
cancel | اليكسا الغاء | CANCEL
cancel | اليكسا الغي العملية | CANCEL
cancel | اليكسا الغي الامر | CANCEL
cancel | اليكسا انسي اللي قلته | CANCEL
cancel | اليكسا الغي ابوي بيسال | CANCEL
cancel | اليكسا غلطت الغي | CANCEL
cancel | اليكسا الغي السؤال الحين | CANCEL
cancel | اليكسا الغي ذي عاد | CANCEL
cancel | اليكسا الغي لو سمحتي | CANCEL

# Launch through the skill's name
launch | اليكسا عاد افتحي عواصم العالم | LAUNCH
launch | اليكسا هيه شغلي عواصم العالم | LAUNCH
launch | اليكسا ابي عواصم العالم | LAUNCH
launch | اليكسا شلون افتح عواصم العالم افتحيها | LAUNCH
launch | اليكسا قبل الشفت شغلي عواصم العالم | LAUNCH
launch | اليكسا ايوه افتحي عواصم العالم دحين | LAUNCH
launch | اليكسا يا عم شغلي عواصم العالم | LAUNCH
launch | اليكسا افتحي عواصم العالم للعميل | LAUNCH
launch | اليكسا بين الاوردرات افتحي عواصم العالم | LAUNCH
launch | اليكسا مستمعينا الكرام نفتح عواصم العالم | LAUNCH
launch | اليكسا افتحي عواصم العالم للطالبات في الباص | LAUNCH
launch | اليكسا شغلي عواصم العالم للزوار | LAUNCH
launch | اليكسا ساديق افتح عواصم العالم | LAUNCH
launch | اليكسا مدام يقول افتح عواصم العالم | LAUNCH
launch | اليكسا ماي قاد افتحي عواصم العالم | LAUNCH
launch | اليكسا للاذاعة افتحي عواصم العالم | LAUNCH
launch | اليكسا شغلي مهارة عواصم العالم بعد الكلينكال | LAUNCH
launch | اليكسا ابدئي عواصم العالم نتدرب للاولمبياد | LAUNCH
launch | اليكسا عيدكم مبارك شغلي عواصم العالم | LAUNCH
launch | اليكسا حبيبي افتحي عواصم العالم | LAUNCH
launch | اليكسا افتحي عواصم العالم نتحدى بعض | LAUNCH
launch | اليكسا توني راجعة افتحي عواصم العالم | LAUNCH
launch | اليكسا افتحي عواصم العالم بدل اللودو | LAUNCH
launch | اليكسا يا واد افتحي عواصم العالم | LAUNCH
launch | اليكسا افتحي عواصم العالم للمتقاطعة | LAUNCH
launch | اليكسا شغلي عواصم العالم بين الجولات | LAUNCH
launch | اليكسا افتحي عواصم العالم نلعب المليون | LAUNCH
launch | اليكسا اطلقي عواصم العالم | LAUNCH
launch | اليكسا ودي اسال عواصم العالم | LAUNCH
launch | اليكسا سالي عواصم العالم وش عاصمة بيرو | PE
launch | اليكسا اسالي عواصم العالم عن عاصمة منغوليا | MN

# More lines from the same groups
baha-farmers | اليكسا يا وليد الضيف جاي من {} وش عاصمتها عاد | افغانستان=AF; ايران=IR; العراق=IQ
baha-farmers | اليكسا ولدي في البعثة في {} ابغى عاصمة الولاية | ميشيغان=US-MI; اوهايو=US-OH; كولورادو=US-CO
qurayyat-families | اليكسا هيه وين عاصمة {} هسا | فلسطين=PS; مصر=EG; ليبيا=LY
qurayyat-families | اليكسا شو عاصمة {} يا بنت | اسكتلندا=GB-SCT; ويلز=GB-WLS; انجلترا=GB-ENG
dawasir-farmers | اليكسا المهندس الزراعي من {} وش عاصمة ولايته | كاليفورنيا=US-CA; اريزونا=US-AZ; نبراسكا=US-NE
dawasir-farmers | اليكسا حنا نصدر تمر الى {} وش عاصمتها | اندونيسيا=ID; ماليزيا=MY; المغرب=MA
hafr-traders | اليكسا يبه الغنم جاية من {} شنهي عاصمتها | الصومال=SO; السودان=SD; جيبوتي=DJ
hafr-traders | اليكسا شلون عاصمة ولاية {} الهندية ترا الرز منها | البنجاب الهندية=IN-PB; هاريانا=IN-HR; اوتار براديش=IN-UP
jubail-engineers | اليكسا التيم الجديد من {} وش عاصمة المقاطعة | البرتا=CA-AB; اونتاريو=CA-ON; كيبك=CA-QC
jubail-engineers | اليكسا الكونتراكتر جاي من {} الامريكية وش عاصمتها | تكساس=US-TX; لويزيانا=US-LA; اوكلاهوما=US-OK
jubail-engineers | اليكسا الشركة الام في {} وش عاصمتها | هولندا=NL; المانيا=DE; كوريا الجنوبية=KR
gold-souk | اليكسا ايوه الزبون من {} الهندية ايش عاصمتها | كيرلا=IN-KL; تاميل نادو=IN-TN; تيلانجانا=IN-TS
gold-souk | اليكسا دحين الحاجة من {} ايش عاصمة بلدها | ماليزيا=MY; اندونيسيا=ID; بروناي=BN
barbershop | اليكسا يا عم اللاعب اللي قصته كذا من {} وش عاصمتها | البرتغال=PT; الارجنتين=AR; البرازيل=BR
barbershop | اليكسا الحلاق الجديد من {} وش عاصمة بلده | مصر=EG; سوريا=SY; تركيا=TR
tailor-shop | اليكسا الخياط يقول القماش من {} وش عاصمتها | ايطاليا=IT; انجلترا=GB-ENG; اليابان=JP
tailor-shop | اليكسا خياط الحي من {} ايش عاصمة بلده | اليمن=YE; باكستان=PK; افغانستان=AF
real-estate | اليكسا المشتري ساكن في {} وش عاصمتها | فرجينيا=US-VA; ماريلاند=US-MD; نيو جيرسي=US-NJ
real-estate | اليكسا العميل يبي يستثمر في {} وش عاصمتها | جورجيا الدولة الاوروبية=GE; قبرص=CY; البوسنة=BA
car-rental | اليكسا السايح رخصته من {} وش عاصمة الولاية | فلوريدا=US-FL; نيويورك=US-NY; الينوي=US-IL
car-rental | اليكسا الزبون رخصته من مقاطعة {} ايش عاصمتها | كولومبيا البريطانية=CA-BC; مانيتوبا=CA-MB; ساسكاتشوان=CA-SK
delivery-dispatch | اليكسا الكابتن من {} وش عاصمتها | باكستان=PK; الهند=IN; بنغلاديش=BD
delivery-dispatch | اليكسا الاوردر رايح لعميل من {} وش عاصمة ولايته | ماهاراشترا=IN-MH; غوجارات=IN-GJ; بيهار=IN-BR
radio-hosts | اليكسا سؤال المسابقة اليوم ما عاصمة ولاية {} الاسترالية | كوينزلاند=AU-QLD; استراليا الغربية=AU-WA; تسمانيا=AU-TAS
radio-hosts | اليكسا مستمعنا من {} يسال عن عاصمتها | الكويت=KW; عمان السلطنة=OM; البحرين=BH
school-bus | اليكسا الطالبة ابوها من {} تسال عن العاصمة | السودان=SD; الاردن=JO; فلسطين=PS
school-bus | اليكسا في الباص البنات يسالون عاصمة {} الالمانية | بافاريا=DE-BY; هامبورغ=DE-HH; برلين الولاية=DE-BE
museum-guides | اليكسا القطعة هذي من {} قديما وش عاصمتها اليوم | مصر=EG; العراق=IQ; اليمن=YE
museum-guides | اليكسا الزائر الكندي من {} وش عاصمة مقاطعته | نوفا سكوشا=CA-NS; نيو برونزويك=CA-NB; نيوفاوندلاند ولابرادور=CA-NL
museum-guides | اليكسا الوفد اللي من كوسوفو وش عاصمة بلدهم | XK
carrom-players | اليكسا يا واد ايش عاصمة كوسوفو مرة نسيتها | XK
nepali-guards | اليكسا انا ساديق عاصمة ولاية {} الهندي ايش | سيكيم=IN-SK; البنغال الغربية=IN-WB; اسام=IN-AS
east-african-workers | اليكسا مدام ولد يسال عاصمة {} | اثيوبيا=ET; ارتيريا=ER; جنوب السودان=SS
returned-scholars | اليكسا الادفايزر حقي كان من {} وش عاصمتها | كنتاكي=US-KY; تينيسي=US-TN; الاباما=US-AL
returned-scholars | اليكسا الانترنشب كانت في {} وش عاصمة الولاية | واشنطن العاصمة=US-DC; ماساتشوستس=US-MA; كونيتيكت=US-CT
school-radio | اليكسا هل تعلم ان عاصمة {} | البرازيل ليست ريو=BR; استراليا ليست سيدني=AU; كندا ليست تورنتو=CA
school-radio | اليكسا فقرة الاذاعة عن ولاية {} المكسيكية وش عاصمتها | يوكاتان=MX-YUC; فيراكروز=MX-VER; بويبلا=MX-PUE
nursing-students | اليكسا الكلاسميت من {} الهندية وش عاصمة ولايتها | كيرالا=IN-KL; كارناتاكا=IN-KA; غوا=IN-GA
nursing-students | اليكسا البروفيسور درس في {} وش عاصمتها | ايرلندا=IE; اسكتلندا=GB-SCT; ويلز=GB-WLS
mawhiba-olympiad | اليكسا تدريب موهبة عاصمة ولاية {} البرازيلية | بارا=BR-PA; غوياس=BR-GO; ماتو غروسو=BR-MT
mawhiba-olympiad | اليكسا سؤال صعب عاصمة ولاية {} المكسيكية | كواويلا=MX-COA; سينالوا=MX-SIN; تاماوليباس=MX-TAM
eid-gathering | اليكسا العيدية لمن يعرف عاصمة ولاية {} الامريكية | الاسكا=US-AK; هاواي=US-HI; مونتانا=US-MT
eid-gathering | اليكسا عيال خالتي جاين من {} وش عاصمتها | الامارات=AE; قطر=QA; الكويت=KW
newlyweds | اليكسا حبيبي يبغى {} وش عاصمتها | سويسرا=CH; النمسا=AT; تشيكيا=CZ
newlyweds | اليكسا شهر العسل في ولاية {} وش عاصمتها | هاواي الامريكية=US-HI; كاليفورنيا الامريكية=US-CA; فلوريدا الامريكية=US-FL
twin-brothers | اليكسا اخوي يقول عاصمة {} غلط قولي الصح | ولاية نيويورك=US-NY; ولاية تكساس=US-TX; ولاية كاليفورنيا=US-CA
twin-brothers | اليكسا مين فينا صح عاصمة {} | بولندا=PL; المجر=HU; رومانيا=RO
night-nurse | اليكسا المريضة من {} وش عاصمتها | السودان=SD; اثيوبيا=ET; الصومال=SO
ludo-players | اليكسا دورك وبعدين عاصمة ولاية {} | اركنساس=US-AR; ايداهو=US-ID; يوتا=US-UT
ludo-players | اليكسا اكلتك وش عاصمة {} يا الكسا | الاوروغواي=UY; تشيلي=CL; بوليفيا=BO
carrom-players | اليكسا يا واد عاصمة ولاية {} البرازيلية | سانتا كاتارينا=BR-SC; ريو دي جانيرو=BR-RJ; ماراناو=BR-MA
crossword | اليكسا في المتقاطعة عاصمة ولاية {} الالمانية | ساكسونيا انهالت=DE-ST; راينلاند بالاتينات=DE-RP; مكلنبورغ=DE-MV
crossword | اليكسا عاصمة ولاية {} من كم حرف | اوهايو=US-OH; ميزوري=US-MO; اوريغون=US-OR
chess-club | اليكسا البطولة القادمة في {} وش عاصمة الولاية | مينيسوتا=US-MN; ويسكونسن=US-WI; ايوا=US-IA
chess-club | اليكسا الحكم من {} وش عاصمة بلده | هولندا=NL; بلجيكا=BE; الدنمارك=DK
million-quiz | اليكسا سؤال الالف عاصمة ولاية {} الهندية | راجستان=IN-RJ; ماديا براديش=IN-MP; اوتاراخاند=IN-UK
million-quiz | اليكسا سؤال الخمسين الف عاصمة {} | غرينلاند التابعة للدنمارك=GL; بورتوريكو التابعة لامريكا=PR; جزر فارو التابعة للدنمارك=FO

# More subdivisions and territories
subdivision | اليكسا وش عاصمة ولاية {} المكسيكية يا عاد | اغواسكالينتس=MX-AGU; كامبيتشي=MX-CAM; كوليما=MX-COL
subdivision | اليكسا عاصمة ولاية {} اللي في المكسيك | دورانغو=MX-DUR; غيريرو=MX-GRO; غواناخواتو=MX-GUA
subdivision | اليكسا ابي عاصمة ولاية {} المكسيكية | هيدالغو=MX-HID; ميتشواكان=MX-MIC; موريلوس=MX-MOR
subdivision | اليكسا عاصمة {} في جنوب المكسيك | تاباسكو=MX-TAB; تشياباس الولاية=MX-CHP; واخاكا=MX-OAX
subdivision | اليكسا وش عاصمة ولاية {} في شمال المكسيك | باخا كاليفورنيا=MX-BCN; باخا كاليفورنيا سور=MX-BCS; زاكاتيكاس=MX-ZAC
subdivision | اليكسا عاصمة ولاية {} البرازيلية يا وليد | الاغواس=BR-AL; سيرجيبي=BR-SE; بارايبا=BR-PB
subdivision | اليكسا وش عاصمة {} في شمال البرازيل | روندونيا=BR-RO; رورايما=BR-RR; امابا=BR-AP
subdivision | اليكسا عاصمة ولاية {} اللي في البرازيل | اكري=BR-AC; توكانتينس=BR-TO; بياوي=BR-PI
subdivision | اليكسا وش عاصمة ولاية {} الهندية يا جماعة | ناغالاند=IN-NL; مانيبور=IN-MN; ميزورام=IN-MZ
subdivision | اليكسا عاصمة {} في شمال شرق الهند | تريبورا=IN-TR; اروناشال براديش=IN-AR; ميغالايا الولاية=IN-ML
subdivision | اليكسا وش عاصمة ولاية {} في الهند | تشاتيسغار=IN-CG; هيماشال براديش=IN-HP; اندرا براديش=IN-AP
subdivision | اليكسا عاصمة {} الهندي الاتحادي | لاداخ=IN-LA; بودوتشيري=IN-PY; لاكشادويب=IN-LD
subdivision | اليكسا وش عاصمة جزر اندمان ونيكوبار | IN-AN
subdivision | اليكسا عاصمة ولاية {} الالمانية يا عاد | بريمن=DE-HB; تورينغن=DE-TH; هسن=DE-HE
subdivision | اليكسا وش عاصمة ولاية {} في جنوب شرق استراليا | فيكتوريا=AU-VIC
subdivision | اليكسا عاصمة الاقليم البريطاني {} | مونتسرات=MS; بيتكيرن=PN; جزر كايمان=KY
subdivision | اليكسا وش عاصمة {} الهولندية | اروبا=AW; كوراساو=CW; سانت مارتن=SX
subdivision | اليكسا عاصمة جزيرة كريسماس | CX
subdivision | اليكسا وش عاصمة جزر كوكوس | CC
subdivision | اليكسا عاصمة توكيلاو | TK
subdivision | اليكسا وش عاصمة سان بارتيليمي | BL
subdivision | اليكسا عاصمة هولندا الكاريبية بونير | BQ
subdivision | اليكسا وش عاصمة ايرلندا الشمالية | GB-NIR
subdivision | اليكسا عاصمة مقاطعة يوكون الكندية | CA-YT
subdivision | اليكسا وش عاصمة ولاية ويست فرجينيا | US-WV
subdivision | اليكسا عاصمة ولاية ساوث داكوتا | US-SD
subdivision | اليكسا وش عاصمة ولاية نورث كارولاينا | US-NC
subdivision | اليكسا عاصمة ولاية نيو ساوث ويلز اللي فيها سيدني | AU-NSW
subdivision | اليكسا وش عاصمة ولاية بادن فورتمبيرغ | DE-BW

# More out-of-domain lines
out-of-domain | اليكسا يا وليد وش عاصمة تهامة | FB
out-of-domain | اليكسا هيه كم سعر الزيتون اليوم في القريات | FB
out-of-domain | اليكسا يبه وش سعر الغنم النعيمي | FB
out-of-domain | اليكسا سيريسلي وش سعر البنزين في تكساس | FB
out-of-domain | اليكسا فقرة الاذاعة ابغى قصيدة عن الوطن | FB
out-of-domain | اليكسا البيشنت يسال عن ساعات الزيارة | FB
out-of-domain | اليكسا عيدكم مبارك كم عمر جدي | FB
out-of-domain | اليكسا حبيبي وش احسن فندق في تبليسي | FB
out-of-domain | اليكسا ماما وش اطبخ اليوم | FB
subdivision | اليكسا وش عاصمة القارة القطبية الجنوبية | AQ
out-of-domain | اليكسا وش عاصمة ولاية بافاريا قبل مية سنة | FB
out-of-domain | اليكسا وش عاصمة الدولة العثمانية | FB
out-of-domain | اليكسا وش عاصمة تكساس الاقتصادية | FB
out-of-domain | اليكسا كم عاصمة في العالم | FB
out-of-domain | اليكسا رتبي العواصم حسب عدد السكان | FB
out-of-domain | اليكسا وش اقدم عاصمة في العالم | FB
out-of-domain | اليكسا وش العاصمة اللي على نهر الدانوب | FB
out-of-domain | اليكسا كم يبعد مطار الرياض عن وسط البلد | FB
out-of-domain | اليكسا يا واد شغلي محمد عبده | FB
out-of-domain | اليكسا مدام ابغى رقم مكتب العمل | FB

# More help, stop and cancel
help | اليكسا يا وليد وش اقول لها | HELP
help | اليكسا هيه شو هاي اللعبة وكيف بتشتغل | HELP
help | اليكسا الكلاسميت تبغى تعرف كيف تسالين | HELP
stop | اليكسا يا وليد خلاص | STOP
stop | اليكسا يبه وقفي | STOP
stop | اليكسا البيشنت نام وقفي | STOP
cancel | اليكسا يا وليد الغي ذاك | CANCEL
cancel | اليكسا يبه الغيه | CANCEL
cancel | اليكسا الغي الاوردر لا قصدي السؤال | CANCEL

"""


if __name__ == "__main__":
    build_round(48, "ar", LINES, sys.argv, "tests/Eval/ar/round48/source/build_corpus.py")
