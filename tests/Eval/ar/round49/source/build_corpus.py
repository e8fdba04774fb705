"""Round 49, Arabic (ar-SA): a new author's own mix, written blind at the end of the fifty-eighth session (brief
WRITER65.md), for the next session's tuner. Every line was written by hand as one utterance said to an Echo in Saudi
Arabia, transcribed as ASR gives it (Arabic letters, no diacritics, tatweel or digits, single spaces).
Speakers chosen apart from round 48's (al-Baha terrace farmers, Qurayyat families, Wadi al-Dawasir farmers, Hafr
al-Batin market traders, Jubail plant engineers, Jeddah gold-souk sellers, barbershop and tailors' customers,
real-estate brokers, an airport car-rental desk, delivery dispatchers, radio hosts, school-bus supervisors, National
Museum guides, Nepali security guards, Kenyan and Ugandan home workers, returned scholarship students, the morning school
radio, nursing students, Mawhiba trainees, an Eid gathering, newlyweds, twin brothers, a night-shift nurse, ludo and
carrom players, crossword solvers, a chess club, a million-riyal style quiz), from round 47's (AlUla guides, al-Jouf
olive farmers, Arar shepherds, al-Qunfudhah fishermen, Saudia crew, pharmacists, call-centre agents, mutawwif guides,
Souq al-Zal sellers, resort staff, wedding planners, travel agents, causeway customs officers, Aramco retirees, Madinah
grandfathers, home bakers, homeschooling mothers, Sri Lankan, Rohingya, Central Asian and Eritrean speakers, Hyderabadi
engineers, KFUPM students, Qudurat revisers, Model UN debaters, falconers, baloot players, football fans, an astronomy
club) and from the groups of the rounds before them (Gulf, Levantine, Egyptian, Iraqi, Maghrebi, Sudanese, Yemeni,
Palestinian, Tabuk, Taif, Jazan, Najran, Abha, Ha'il, al-Ahsa, Hijazi and Qassim families, Najdi grandmothers,
Pakistani, Bangladeshi, Afghan, Indonesian, Filipino, Turkish, Malayali and Western speakers, drivers, cafe friends,
geography teachers, young children, gamers, flag-quiz and istiraha players and the rest):
- regions and work: Yanbu port stevedores and crane operators (`يا خوي`، `البابور`، `الونش`، `الرصيف`), Bisha palm
  farmers at the date harvest (`ابغاك`، `وشهي`، `الصرام`), Umluj and al-Wajh coral divers (`الغطسة`، `الشعب`،
  `البدلة`), Sanaiya car mechanics (`يا معلم`، `القير`، `الكفر`), oud and perfume sellers (`دهن العود`، `يا طويل
  العمر`، `اللبان`), bank tellers (`الحوالة`، `الايبان`), dental-clinic receptionists (`الموعد`، `التنظيف`), Hajj
  scout volunteers (`الحاج`، `التفويج`، `المخيم`), Border Guard coast patrols (`الدورية`، `الزورق`، `البلاغ`), camel
  race owners (`الشوط`، `المطية`، `يا الربع`), Riyadh Season event staff (`البوليفارد`، `الفعالية`), public
  librarians (`الاعارة`، `الرف`، `الفهرس`),
- migrants and learners: Somali workers (`انا ما يعرف`، `هادا`، `يا اخي`), Chadian students at the Islamic University
  in Madinah (`يا شيخ`، `كدي`، `ساي`، `شنو`), Hui Chinese students (`استاذ`، `هذا كيف`، `ما في فهم`), Tamil workers
  (`ارباب`، `مافي معلوم`، `سوي`), Ethiopian Oromo home workers (`مدام`، `هادا كيف`), Senegalese Quran teachers in
  Makkah (`الحلقة`، `الطلاب`),
- school: calligraphy teachers and students (`خط الثلث`، `القصبة`، `الحبر`), a women's driving school (`المدربة`،
  `الرخصة`، `الاختبار العملي`),
- home: a Ramadan suhoor (`قبل الاذان`، `السحور`), a desert kashta (`الشبة`، `الدلة`، `الحطب`), neighbours in a
  Riyadh majlis (`حياك الله`، `تقهووا`، `سم`), a mother cooking kabsa (`البهارات`، `القدر`، `يمه`), a small boy with a
  new Echo (`ماما شوفي`، `صح ولا لا`),
- games: the "bilad" column of insan-hayawan-nabat-jamad-bilad on a car trip (`حرف الباء`، `خلصت`), dominoes in a
  Dammam courtyard (`قفلت`، `اللعبة لك`).
Situations: work (a quay, a palm grove, a dive boat, a workshop, a perfume shop, a bank counter, a clinic desk, Hajj
camps, a patrol boat, a camel track, an events ground, a library), school (calligraphy, driving), home (suhoor,
kashta, majlis, kitchen, a child's room) and games (a word game, dominoes).
Built by round12_hinl_corpus.py (build_round with round 49's number).
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
# Yanbu port stevedores and crane operators, at work on the quay (`يا خوي`، `البابور`، `الونش`، `الرصيف`)
yanbu-port | اليكسا يا خوي البابور جاي من {} وش عاصمتها | الصين=CN; كوريا الجنوبية=KR; سنغافورة=SG
yanbu-port | اليكسا الونش واقف قولي عاصمة {} | بنما=PA; ليبيريا=LR; جزر مارشال=MH
yanbu-port | اليكسا الحاوية مكتوب عليها {} عاصمتها ايش | فيتنام=VN; تايلاند=TH; ماليزيا=MY
yanbu-port | اليكسا على الرصيف نتناقش وش عاصمة {} | مالطا=MT; قبرص=CY; اليونان=GR
yanbu-port | اليكسا الكابتن حق البابور من {} ايش عاصمة بلده | اوكرانيا=UA; جورجيا البلد=GE; كرواتيا=HR
yanbu-port | اليكسا البضاعة نازلة من {} وين عاصمتها يا خوي | مصر=EG; السودان=SD; جيبوتي=DJ
yanbu-port | اليكسا قبل الشفت الليلي عاصمة {} وشي | الهند=IN; سريلانكا=LK; باكستان=PK
yanbu-port | اليكسا عاصمة {} يا خوي بسرعة الونش ينتظر | ترينيداد وتوباغو=TT; جامايكا=JM; الباهاما=BS

# Bisha palm farmers at the date harvest (`وشهو`، `ابغاك`، `النخل`، `الصرام`)
bisha-palms | اليكسا ابغاك تقولين عاصمة {} | العراق=IQ; ايران=IR; تونس=TN
bisha-palms | اليكسا وقت الصرام وشهي عاصمة {} | الجزائر=DZ; المغرب=MA; ليبيا=LY
bisha-palms | اليكسا التمر هذا يروح {} وش عاصمتها | الامارات=AE; عمان=OM; قطر=QA
bisha-palms | اليكسا تحت النخل سؤال عاصمة {} وشهي | موريتانيا=MR; مالي=ML; النيجر=NE
bisha-palms | اليكسا ولدي يقول عاصمة {} وش هي صدق | تشاد=TD; نيجيريا=NG; الكاميرون=CM
bisha-palms | اليكسا يا بنت وش عاصمة {} قبل نسقي | البحرين=BH; الكويت=KW; الاردن=JO
bisha-palms | اليكسا الفلاح اللي عندنا من {} وش عاصمتها | بنغلاديش=BD; نيبال=NP; ميانمار=MM

# Umluj and al-Wajh coral divers on the boat (`الغطسة`، `الشعب`، `البدلة`)
umluj-divers | اليكسا قبل الغطسة وش عاصمة {} | جزر المالديف=MV; سيشل=SC; موريشيوس=MU
umluj-divers | اليكسا الشعب المرجانية في {} وش عاصمتها | فيجي=FJ; بالاو=PW; بابوا غينيا الجديدة=PG
umluj-divers | اليكسا المدرب من {} قولي عاصمة بلده | استراليا=AU; نيوزيلندا=NZ; الفلبين=PH
umluj-divers | اليكسا لبسنا البدلة عاصمة {} وش | اندونيسيا=ID; تيمور الشرقية=TL; بروناي=BN
umluj-divers | اليكسا بعد ما طلعنا من الماي عاصمة {} | توفالو=TV; كيريباتي=KI; ناورو=NR
umluj-divers | اليكسا وش عاصمة {} الغواصين يتحدون | ساموا=WS; تونغا=TO; فانواتو=VU
umluj-divers | اليكسا في القارب نسال عن عاصمة {} | جزر سليمان=SB; ميكرونيزيا=FM; جزر مارشال=MH

# Sanaiya car mechanics in the workshop (`يا معلم`، `القير`، `الكفر`، `الورشة`)
sanaiya-mechanics | اليكسا يا معلم القطعة من {} وش عاصمتها | اليابان=JP; المانيا=DE; كوريا الجنوبية=KR
sanaiya-mechanics | اليكسا القير هذا صناعة {} عاصمتها ايش | السويد=SE; فرنسا=FR; ايطاليا=IT
sanaiya-mechanics | اليكسا الكفر مكتوب صنع في {} قولي العاصمة | تايلاند=TH; التشيك=CZ; رومانيا=RO
sanaiya-mechanics | اليكسا في الورشة حنا نسال عاصمة {} | بريطانيا=GB; اسبانيا=ES; البرتغال=PT
sanaiya-mechanics | اليكسا المعلم حقنا من {} وش عاصمة بلاده | اليمن=YE; سوريا=SY; الهند=IN
sanaiya-mechanics | اليكسا والزيت يصفي وش عاصمة {} | المكسيك=MX; البرازيل=BR; الارجنتين=AR
sanaiya-mechanics | اليكسا يا معلم عاصمة {} وش تعرف | سلوفاكيا=SK; سلوفينيا=SI; المجر=HU

# Oud and perfume sellers (`دهن العود`، `الطيب`، `البخور`، `يا طويل العمر`)
oud-sellers | اليكسا دهن العود هذا من {} وش عاصمتها | كمبوديا=KH; لاوس=LA; ميانمار=MM
oud-sellers | اليكسا يا طويل العمر البخور جاي من {} وعاصمتها | الصومال=SO; اثيوبيا=ET; الهند=IN
oud-sellers | اليكسا الطيب الفرنسي من {} وش عاصمتها | فرنسا=FR; سويسرا=CH; موناكو=MC
oud-sellers | اليكسا الزبون من {} ابغى اعرف عاصمتها | ماليزيا=MY; سنغافورة=SG; بروناي=BN
oud-sellers | اليكسا اللبان من {} وش عاصمة ذي البلاد | عمان=OM; الصومال=SO; اليمن=YE
oud-sellers | اليكسا عطر الورد من {} عاصمتها ايش | بلغاريا=BG; تركيا=TR; المغرب=MA

# Bank tellers at the counter (`الحوالة`، `الايبان`، `العميل`)
bank-tellers | اليكسا الحوالة رايحة {} وش عاصمتها | الفلبين=PH; باكستان=PK; بنغلاديش=BD
bank-tellers | اليكسا العميل يبي يحول {} قولي عاصمتها | مصر=EG; الاردن=JO; لبنان=LB
bank-tellers | اليكسا الايبان يبدا بحروف {} وش عاصمتها | المانيا=DE; هولندا=NL; بلجيكا=BE
bank-tellers | اليكسا البنك المراسل في {} عاصمتها | لوكسمبورغ=LU; سويسرا=CH; ليختنشتاين=LI
bank-tellers | اليكسا بين عميل وعميل عاصمة {} | كينيا=KE; اوغندا=UG; اثيوبيا=ET
bank-tellers | اليكسا عملة {} اسمها غريب بس وش عاصمتها | غانا=GH; زامبيا=ZM; بوتسوانا=BW

# Dental clinic receptionists (`الموعد`، `التنظيف`، `الدكتور`)
dental-reception | اليكسا الدكتور متخرج من {} وش عاصمتها | المجر=HU; رومانيا=RO; بولندا=PL
dental-reception | اليكسا قبل الموعد الجاي وش عاصمة {} | ايرلندا=IE; اسكتلندا=GB-SCT; ويلز=GB-WLS
dental-reception | اليكسا المريض يسال عن عاصمة {} | كندا=CA; الولايات المتحدة=US; المكسيك=MX
dental-reception | اليكسا الاستقبال فاضي عاصمة {} ايش | النمسا=AT; الدنمارك=DK; النرويج=NO
dental-reception | اليكسا الممرضة من {} قولي عاصمتها | الفلبين=PH; الهند=IN; كيرلا=IN-KL
dental-reception | اليكسا بعد التنظيف سؤال عاصمة {} | فنلندا=FI; استونيا=EE; لاتفيا=LV

# Hajj scout volunteers guiding pilgrims (`الحاج`، `التفويج`، `المخيم`)
hajj-scouts | اليكسا الحاج اللي معنا من {} وش عاصمتها | السنغال=SN; غينيا=GN; غامبيا=GM
hajj-scouts | اليكسا التفويج الجاي من {} عاصمتهم وش | اوزبكستان=UZ; كازاخستان=KZ; قرغيزستان=KG
hajj-scouts | اليكسا في المخيم حجاج {} وش عاصمتهم | بوركينا فاسو=BF; ساحل العاج=CI; توغو=TG
hajj-scouts | اليكسا الحاجة تقول انها من {} وش العاصمة | سيراليون=SL; ليبيريا=LR; غينيا بيساو=GW
hajj-scouts | اليكسا قائد الفرقة يسال عاصمة {} | اذربيجان=AZ; تركمانستان=TM; طاجيكستان=TJ
hajj-scouts | اليكسا حجاج من {} ضايعين وش عاصمة بلدهم | البوسنة=BA; البانيا=AL; كوسوفو=XK
hajj-scouts | اليكسا الحجاج من {} وين عاصمتهم | جزر القمر=KM; مدغشقر=MG; موزمبيق=MZ

# Border Guard coast patrols (`الدورية`، `الزورق`، `البلاغ`)
coast-guard | اليكسا الزورق شاف سفينة علم {} وش عاصمتها | ارتيريا=ER; السودان=SD; اليمن=YE
coast-guard | اليكسا في الدورية سؤال وش عاصمة {} | مصر=EG; الاردن=JO; اسرائيل=IL
coast-guard | اليكسا البلاغ عن قارب من {} عاصمتها ايش | الصومال=SO; جيبوتي=DJ; اثيوبيا=ET
coast-guard | اليكسا قبل الوردية عاصمة {} | ايران=IR; العراق=IQ; الكويت=KW
coast-guard | اليكسا السفينة ترفع علم {} وش العاصمة | بنما=PA; جزر مارشال=MH; مالطا=MT

# camel race owners at the track (`الهجن`، `الشوط`، `المطية`، `يا الربع`)
camel-racing | اليكسا قبل الشوط وش عاصمة {} | السودان=SD; تشاد=TD; الصومال=SO
camel-racing | اليكسا يا الربع المطية شريناها من {} وش عاصمتها | عمان=OM; الامارات=AE; قطر=QA
camel-racing | اليكسا الراكب الالي مصنوع في {} عاصمتها | سويسرا=CH; استراليا=AU; اليابان=JP
camel-racing | اليكسا في ميدان الهجن وش عاصمة {} | منغوليا=MN; كازاخستان=KZ; النيجر=NE
camel-racing | اليكسا المضمر حقنا من {} عاصمة بلده وش | باكستان=PK; السودان الجنوبي=SS; اريتريا=ER

# calligraphy teachers and students (`خط الثلث`، `الرقعة`، `القصبة`، `الحبر`)
calligraphy | اليكسا الاستاذ تعلم الخط في {} وش عاصمتها | تركيا=TR; ايران=IR; العراق=IQ
calligraphy | اليكسا وانا اكتب بالثلث وش عاصمة {} | مصر=EG; سوريا=SY; افغانستان=AF
calligraphy | اليكسا الحبر ذا جاي من {} قولي عاصمتها | الصين=CN; اليابان=JP; كوريا الجنوبية=KR
calligraphy | اليكسا القصبة من {} وين عاصمتها | اندونيسيا=ID; ماليزيا=MY; تايلاند=TH
calligraphy | اليكسا مسابقة الخط فيها واحد من {} عاصمتها وش | الجزائر=DZ; تونس=TN; موريتانيا=MR

# Riyadh Season event staff (`البوليفارد`، `الفعالية`، `الزوار`، `التذاكر`)
riyadh-season | اليكسا الفرقة في البوليفارد من {} وش عاصمتها | كوريا الجنوبية=KR; البرازيل=BR; الارجنتين=AR
riyadh-season | اليكسا الزوار من {} يسالون وش عاصمتها | الكويت=KW; البحرين=BH; لبنان=LB
riyadh-season | اليكسا منطقة {} في الفعالية وش عاصمتها | اليابان=JP; الصين=CN; الهند=IN
riyadh-season | اليكسا قبل ما تفتح التذاكر عاصمة {} | ايطاليا=IT; اسبانيا=ES; بريطانيا=GB
riyadh-season | اليكسا السيرك اللي جاي من {} وش العاصمة | روسيا=RU; اوكرانيا=UA; كولومبيا=CO
riyadh-season | اليكسا الملاكم من {} قولي عاصمة بلده | المكسيك=MX; الفلبين=PH; غانا=GH

# public librarians at the King Fahd library desk (`الاعارة`، `الرف`، `الفهرس`)
librarians | اليكسا كتاب عن {} على الرف وش عاصمتها | البيرو=PE; بوليفيا=BO; الاكوادور=EC
librarians | اليكسا قبل الاعارة ابغى عاصمة {} | الاوروغواي=UY; الباراغواي=PY; تشيلي=CL
librarians | اليكسا في الفهرس مكتوب {} وش عاصمتها | فنزويلا=VE; كولومبيا=CO; غيانا=GY
librarians | اليكسا قارئ يسال عن عاصمة {} بصوت واطي | سورينام=SR; بليز=BZ; هندوراس=HN
librarians | اليكسا الرواية صارت في {} وش عاصمتها | روسيا=RU; ايرلندا=IE; كولومبيا=CO
librarians | اليكسا الاطلس القديم يقول عاصمة {} وش هي الحين | ميانمار=MM; كازاخستان=KZ; تنزانيا=TZ

# a women's driving school in Riyadh (`المدربة`، `الرخصة`، `الاختبار العملي`)
driving-school | اليكسا المدربة تقول انها من {} وش عاصمتها | لبنان=LB; الاردن=JO; سوريا=SY
driving-school | اليكسا قبل الاختبار العملي عاصمة {} ايش | السويد=SE; النرويج=NO; الدنمارك=DK
driving-school | اليكسا رخصتي الدولية تنفع في {} وش عاصمتها | جورجيا=GE; ارمينيا=AM; اذربيجان=AZ
driving-school | اليكسا وانا انتظر دوري وش عاصمة {} | بلجيكا=BE; هولندا=NL; لوكسمبورغ=LU
driving-school | اليكسا البنات يتحدون عاصمة {} | كوستاريكا=CR; نيكاراغوا=NI; السلفادور=SV

# Somali workers in Riyadh learning Arabic (`انا ما يعرف`، `يا اخي`، `هادا`)
somali-workers | اليكسا انا ما يعرف عاصمة {} انت قول | الصومال=SO; كينيا=KE; اثيوبيا=ET
somali-workers | اليكسا يا اخي هادا {} عاصمة ايش | جيبوتي=DJ; اوغندا=UG; تنزانيا=TZ
somali-workers | اليكسا عاصمة {} ايش اسم | رواندا=RW; بوروندي=BI; جنوب السودان=SS
somali-workers | اليكسا انا من مقديشو انت قول عاصمة {} | اليمن=YE; عمان=OM; مصر=EG
somali-workers | اليكسا صاحبي روح {} هادا عاصمة فين | جنوب افريقيا=ZA; زيمبابوي=ZW; ملاوي=MW

# Chadian students at the Islamic University in Madinah (`يا شيخ`، `كدي`، `ساي`)
chadian-students | اليكسا يا شيخ عاصمة {} شنو | تشاد=TD; النيجر=NE; الكاميرون=CM
chadian-students | اليكسا كدي قول لي عاصمة {} ساي | نيجيريا=NG; بنين=BJ; توغو=TG
chadian-students | اليكسا زميلي في السكن من {} عاصمتها شنو | افريقيا الوسطى=CF; الغابون=GA; غينيا الاستوائية=GQ
chadian-students | اليكسا الدرس بكرة عن {} وعاصمتها شنو | ليبيا=LY; السودان=SD; مالي=ML
chadian-students | اليكسا يا شيخ انا ناسي عاصمة {} | الكونغو برازافيل=CG; انغولا=AO; ناميبيا=NA
chadian-students | اليكسا عاصمة {} كدي شنو اسمها | بوركينا=BF; غانا=GH; ليسوتو=LS

# Hui Chinese students at the Islamic University (`استاذ`، `هذا كيف`، `ما في فهم`)
hui-students | اليكسا استاذ عاصمة {} هذا كيف | الصين=CN; منغوليا=MN; كوريا الشمالية=KP
hui-students | اليكسا انا ما في فهم عاصمة {} ايش | تايوان=TW; فيتنام=VN; لاوس=LA
hui-students | اليكسا لو سمحت عاصمة {} من فضلك | قرغيزستان=KG; كازاخستان=KZ; باكستان=PK
hui-students | اليكسا عاصمة بلد {} كيف اسمه | بوتان=BT; نيبال=NP; سريلانكا=LK
hui-students | اليكسا من فضلك قل عاصمة {} ببطء | سنغافورة=SG; كمبوديا=KH; ميانمار=MM

# Tamil workers on farms and in shops (`ارباب`، `سوي`، `مافي`)
tamil-workers | اليكسا ارباب يسال عاصمة {} ايش | الهند=IN; سريلانكا=LK; تاميل نادو=IN-TN
tamil-workers | اليكسا انا مافي معلوم عاصمة {} انت سوي | ماليزيا=MY; سنغافورة=SG; موريشيوس=MU
tamil-workers | اليكسا اخوي في {} هو عاصمة ايش | كيرلا=IN-KL; كارناتاكا=IN-KA; دلهي=IN-DL
tamil-workers | اليكسا ارباب قول عاصمة {} | فيجي=FJ; جنوب افريقيا=ZA; كندا=CA

# Ramadan suhoor at home, half asleep (`قبل الاذان`، `السحور`، `قومي`)
ramadan-suhoor | اليكسا قبل الاذان بسرعة عاصمة {} | قطر=QA; البحرين=BH; عمان=OM
ramadan-suhoor | اليكسا على السحور ولدي يسال عاصمة {} | اندونيسيا=ID; ماليزيا=MY; بروناي=BN
ramadan-suhoor | اليكسا باقي عشر دقايق وش عاصمة {} | المالديف=MV; جزر القمر=KM; الصومال=SO
ramadan-suhoor | اليكسا نعسانة بس ابغى عاصمة {} | النرويج=NO; ايسلندا=IS; فنلندا=FI
ramadan-suhoor | اليكسا وش عاصمة {} وبعدين نتسحر | تركيا=TR; البوسنة والهرسك=BA; البانيا=AL
ramadan-suhoor | اليكسا امي تسال عن عاصمة {} في رمضان | فلسطين=PS; لبنان=LB; الجزائر=DZ

# a desert camping trip, the kashta (`الكشتة`، `الحطب`، `الدلة`، `الشبة`)
kashta | اليكسا حول الشبة وش عاصمة {} | الارجنتين=AR; تشيلي=CL; البيرو=PE
kashta | اليكسا الدلة على النار وعاصمة {} وش هي | كوبا=CU; هايتي=HT; جمهورية الدومينيكان=DO
kashta | اليكسا جبنا الحطب من {} لا بس وش عاصمتها | الاردن=JO; الكويت=KW; العراق=IQ
kashta | اليكسا في الكشتة نتحدى بعض عاصمة {} | بربادوس=BB; غرينادا=GD; دومينيكا=DM
kashta | اليكسا الجو بارد والسؤال عاصمة {} | سانت لوسيا=LC; سانت كيتس ونيفيس=KN; انتيغوا وباربودا=AG
kashta | اليكسا تحت النجوم قولي عاصمة {} | سانت فنسنت والغرينادين=VC; بليز=BZ; غواتيمالا=GT

# neighbours in a Riyadh majlis over coffee (`حياكم`، `تقهووا`، `سم`)
majlis-neighbours | اليكسا حياك الله وش عاصمة {} | الكويت=KW; قطر=QA; الامارات=AE
majlis-neighbours | اليكسا الجماعة مختلفين عاصمة {} وش هي | استراليا=AU; كندا=CA; البرازيل=BR
majlis-neighbours | اليكسا ابو فهد يقول عاصمة {} كذا صح | نيجيريا=NG; تنزانيا=TZ; ساحل العاج=CI
majlis-neighbours | اليكسا تقهووا وانا اسال عاصمة {} | سويسرا=CH; تركيا=TR; الهند=IN
majlis-neighbours | اليكسا سم يا بو محمد عاصمة {} | ميانمار=MM; كازاخستان=KZ; باكستان=PK
majlis-neighbours | اليكسا في المجلس سالفة عاصمة {} | بوليفيا=BO; جنوب افريقيا=ZA; هولندا=NL

# a mother cooking kabsa with a child beside her (`القدر`، `البهارات`، `يمه`)
kabsa-kitchen | اليكسا البهارات من {} وش عاصمتها | الهند=IN; سريلانكا=LK; اندونيسيا=ID
kabsa-kitchen | اليكسا يمه تسال عاصمة {} والقدر على النار | المغرب=MA; اسبانيا=ES; البرتغال=PT
kabsa-kitchen | اليكسا الرز هذا من {} وش عاصمتها | باكستان=PK; تايلاند=TH; الولايات المتحدة=US
kabsa-kitchen | اليكسا الهيل من {} قولي عاصمتها | غواتيمالا=GT; الهند=IN; تنزانيا=TZ
kabsa-kitchen | اليكسا اللحم مستورد من {} عاصمتها وش | استراليا=AU; نيوزيلندا=NZ; البرازيل=BR

# a small boy with a new Echo in his room (`ماما شوفي`، `انا اعرف`، `صح ولا لا`)
boy-new-echo | اليكسا ماما شوفي انا اسالها عاصمة {} | فرنسا=FR; امريكا=US; اليابان=JP
boy-new-echo | اليكسا انا اعرف عاصمة {} بس قولي انتي | مصر=EG; السعودية=SA; الامارات=AE
boy-new-echo | اليكسا عاصمة {} صح ولا لا | المانيا=DE; ايطاليا=IT; البرازيل=BR
boy-new-echo | اليكسا يا اليكسا عاصمة {} | الصين=CN; روسيا=RU; كندا=CA

# a car trip playing the "land" column of insan-hayawan-nabat-jamad-bilad (`حرف`، `بلاد`، `خلصت`)
bilad-game | اليكسا حرف الباء بلاد {} وش عاصمتها | بوتسوانا=BW; بوروندي=BI; بالاو=PW
bilad-game | اليكسا خلصت البلاد حقي {} عاصمتها ايش | ناورو=NR; ناميبيا=NA; نيكاراغوا=NI
bilad-game | اليكسا حرف الغين {} وش عاصمتها | غامبيا=GM; غينيا=GN; غيانا=GY
bilad-game | اليكسا كتبت {} في البلاد وش عاصمتها عشان النقطة | سان مارينو=SM; ساو تومي وبرينسيبي=ST; سورينام=SR
bilad-game | اليكسا حرف الكاف {} قولي عاصمتها | كيريباتي=KI; كوستاريكا=CR; الكاميرون=CM
bilad-game | اليكسا حرف اللام {} عاصمتها وش | ليسوتو=LS; ليتوانيا=LT; لاتفيا=LV

# dominoes players in a Dammam courtyard (`الدومنة`، `قفلت`، `اللعبة لك`)
dominoes | اليكسا قفلت الدومنة وعاصمة {} | مقدونيا الشمالية=MK; الجبل الاسود=ME; صربيا=RS
dominoes | اليكسا اللعبة لك بس قول عاصمة {} | مولدوفا=MD; بيلاروسيا=BY; ليتوانيا=LT
dominoes | اليكسا الخسران يقول عاصمة {} | اندورا=AD; الفاتيكان=VA; سان مارينو=SM
dominoes | اليكسا قبل ما نقلب الحجر عاصمة {} | ايسلندا=IS; ايرلندا=IE; مالطا=MT
dominoes | اليكسا يا ابو سعد عاصمة {} | سوازيلاند=SZ; ليسوتو=LS; موزمبيق=MZ

# Ethiopian Oromo home workers (`مدام`، `انا ما في`، `هادا كيف`)
oromo-workers | اليكسا مدام يسال عاصمة {} | اثيوبيا=ET; كينيا=KE; السودان=SD
oromo-workers | اليكسا انا ما في يعرف عاصمة {} | ارتيريا=ER; جيبوتي=DJ; الصومال=SO
oromo-workers | اليكسا هادا {} عاصمة كيف | اوغندا=UG; رواندا=RW; تنزانيا=TZ

# Senegalese Quran teachers in Makkah (`يا اخي`، `الطلاب`، `الحلقة`)
senegalese-teachers | اليكسا بعد الحلقة عاصمة {} ايش | السنغال=SN; غامبيا=GM; موريتانيا=MR
senegalese-teachers | اليكسا يا اخي الطلاب من {} عاصمتهم | مالي=ML; غينيا=GN; الراس الاخضر=CV
senegalese-teachers | اليكسا طالب جديد من {} ما عاصمتها | غينيا بيساو=GW; سيراليون=SL; ليبيريا=LR

# al-Kharj dairy farm workers at milking time (`الحلابة`، `العنبر`، `يا رجال`)
kharj-dairy | اليكسا وقت الحلابة وش عاصمة {} | هولندا=NL; الدنمارك=DK; نيوزيلندا=NZ
kharj-dairy | اليكسا البقر هذا اصله من {} عاصمتها وش | ايرلندا=IE; المانيا=DE; كندا=CA
kharj-dairy | اليكسا في العنبر يا رجال عاصمة {} | الاوروغواي=UY; الارجنتين=AR; استراليا=AU
kharj-dairy | اليكسا البيطري جاي من {} قولي عاصمتها | بولندا=PL; اسبانيا=ES; السودان=SD
kharj-dairy | اليكسا العلف من {} وش عاصمة ذيك الدولة | اوكرانيا=UA; رومانيا=RO; مولدوفا=MD
kharj-dairy | اليكسا مشرف الوردية من {} عاصمة بلده | باكستان=PK; نيبال=NP; بنغلاديش=BD

# Khamis Mushait air base technicians (`الطلعة`، `الهنقر`، `الفني`)
airbase-techs | اليكسا قبل الطلعة عاصمة {} وش | بريطانيا=GB; فرنسا=FR; الولايات المتحدة=US
airbase-techs | اليكسا في الهنقر نتكلم عن عاصمة {} | ايطاليا=IT; اسبانيا=ES; المانيا=DE
airbase-techs | اليكسا الفني الزاير من {} وش عاصمة بلده | كوريا الجنوبية=KR; البرازيل=BR; تركيا=TR
airbase-techs | اليكسا الدورة كانت في {} وين عاصمتها | باكستان=PK; مصر=EG; الاردن=JO
airbase-techs | اليكسا القطعة وصلت من {} عاصمتها وشي | السويد=SE; بلجيكا=BE; هولندا=NL

# mosque imams and muezzins after the prayer (`بعد الصلاة`، `الجماعة`، `جزاك الله خير`)
mosque-imams | اليكسا بعد صلاة العشاء وش عاصمة {} | البوسنة والهرسك=BA; كوسوفو=XK; البانيا=AL
mosque-imams | اليكسا جزاك الله خير عاصمة {} وش هي | اذربيجان=AZ; الشيشان=FB; داغستان=FB
mosque-imams | اليكسا احد الجماعة من {} وين عاصمتهم | جزر القمر=KM; السنغال=SN; مالي=ML
mosque-imams | اليكسا المسجد اللي بنوه في {} وش عاصمتها | بوركينا فاسو=BF; النيجر=NE; تشاد=TD
mosque-imams | اليكسا الخطبة ذكرت {} وش عاصمتها | فلسطين=PS; اليمن=YE; السودان=SD
mosque-imams | اليكسا المؤذن يسال عن عاصمة {} | تركمانستان=TM; قيرغيزستان=KG; طاجيكستان=TJ

# Princess Nourah University students between lectures (`الدكتورة`، `المحاضرة`، `الشعبة`، `يا بنات`)
pnu-students | اليكسا الدكتورة سالتنا عن عاصمة {} | بوتسوانا=BW; ناميبيا=NA; انغولا=AO
pnu-students | اليكسا قبل المحاضرة يا بنات وش عاصمة {} | بلغاريا=BG; صربيا=RS; مقدونيا الشمالية=MK
pnu-students | اليكسا البرزنتيشن حقي عن {} وش عاصمتها | كوستاريكا=CR; بنما=PA; الاكوادور=EC
pnu-students | اليكسا في الشعبة اختلفنا على عاصمة {} | كازاخستان=KZ; نيجيريا=NG; ميانمار=MM
pnu-students | اليكسا قروب الشعبة يسال عاصمة {} | اريتريا=ER; جنوب السودان=SS; الغابون=GA
pnu-students | اليكسا الكويز بكرة عن عاصمة {} | استونيا=EE; فنلندا=FI; سلوفينيا=SI

# a bachelor flat of young workers (`العزابية`، `يا رجال`، `الطبخة`، `دورك`)
bachelor-flat | اليكسا يا رجال وش عاصمة {} | الفلبين=PH; اندونيسيا=ID; فيتنام=VN
bachelor-flat | اليكسا الطبخة حقت اليوم من {} وش عاصمتها | الهند=IN; المكسيك=MX; اليابان=JP
bachelor-flat | اليكسا دورك تغسل الصحون بس قبل عاصمة {} | تونس=TN; المغرب=MA; موريتانيا=MR
bachelor-flat | اليكسا راعي الشقة من {} قولي عاصمتها | اليمن=YE; مصر=EG; سوريا=SY
bachelor-flat | اليكسا خويي مسافر {} بكرة وش عاصمتها | جورجيا=GE; البوسنة=BA; اذربيجان=AZ
bachelor-flat | اليكسا العزابية مختلفين عاصمة {} | ماليزيا=MY; سريلانكا=LK; سيشل=SC

# jakaro board game with cousins (`جاكارو`، `حرقتك`، `الكرت`)
jakaro | اليكسا حرقتك بس قولي عاصمة {} | الاكوادور=EC; بوليفيا=BO; الباراغواي=PY
jakaro | اليكسا الكرت هذا يقول عاصمة {} | النمسا=AT; التشيك=CZ; المجر=HU
jakaro | اليكسا في الجاكارو اللي يخسر يقول عاصمة {} | الدنمارك=DK; النرويج=NO; السويد=SE
jakaro | اليكسا يا ولد عمي عاصمة {} وش | العراق=IQ; الكويت=KW; لبنان=LB
jakaro | اليكسا فريقنا يبي عاصمة {} | ليبيا=LY; الجزائر=DZ; مصر=EG

# Hausa students from Nigeria and Niger (`اخي`، `الله يبارك فيك`، `شنو`)
hausa-students | اليكسا اخي عاصمة {} ما هي | نيجيريا=NG; النيجر=NE; غانا=GH
hausa-students | اليكسا الله يبارك فيك عاصمة {} | الكاميرون=CM; بنين=BJ; توغو=TG
hausa-students | اليكسا انا من كانو عاصمة {} شنو | تشاد=TD; السودان=SD; ليبيا=LY
hausa-students | اليكسا من فضلك اخي عاصمة {} | غينيا=GN; سيراليون=SL; ليبيريا=LR
hausa-students | اليكسا اريد اعرف عاصمة {} | افريقيا الوسطى=CF; الكونغو الديمقراطية=CD; غينيا الاستوائية=GQ

# asking through the skill's name
ask-invocation | اليكسا اسالي عواصم العالم عن عاصمة {} | ايسلندا=IS; النرويج=NO; كندا=CA
ask-invocation | اليكسا خلي عواصم العالم تقول عاصمة {} | بوتان=BT; منغوليا=MN; لاوس=LA
ask-invocation | اليكسا من عواصم العالم وش عاصمة {} | كيريباتي=KI; توفالو=TV; ساموا=WS
ask-invocation | اليكسا افتحي عواصم العالم وقولي عاصمة {} | بيرو=PE; تشيلي=CL; كوبا=CU
ask-invocation | اليكسا عواصم العالم عاصمة {} | زامبيا=ZM; مالاوي=MW; ليسوتو=LS

# subdivisions: states, provinces, UK nations, territories, and ones the data lacks
subdivision | اليكسا وش عاصمة ولاية {} | تكساس=US-TX; فلوريدا=US-FL; كاليفورنيا=US-CA
subdivision | اليكسا عاصمة ولاية {} الامريكية | الاسكا=US-AK; هاواي=US-HI; نيفادا=US-NV
subdivision | اليكسا ولدي يدرس في {} وش عاصمة الولاية | ميشيغان=US-MI; اوهايو=US-OH; كولورادو=US-CO
subdivision | اليكسا عاصمة مقاطعة {} الكندية | اونتاريو=CA-ON; كيبك=CA-QC; البرتا=CA-AB
subdivision | اليكسا وش عاصمة {} في كندا | كولومبيا البريطانية=CA-BC; نوفا سكوشا=CA-NS; مانيتوبا=CA-MB
subdivision | اليكسا عاصمة ولاية {} في استراليا | كوينزلاند=AU-QLD; فيكتوريا=AU-VIC; تسمانيا=AU-TAS
subdivision | اليكسا وش عاصمة ولاية {} في المانيا | بافاريا=DE-BY; ساكسونيا=DE-SN; هيسن=DE-HE
subdivision | اليكسا عاصمة ولاية {} الهندية | كيرلا=IN-KL; غوجارات=IN-GJ; راجستان=IN-RJ
subdivision | اليكسا عاصمة ولاية {} في البرازيل | باهيا=BR-BA; الامازوناس=BR-AM; بارانا=BR-PR
subdivision | اليكسا وش عاصمة ولاية {} في المكسيك | يوكاتان=MX-YUC; خاليسكو=MX-JAL; سونورا=MX-SON
subdivision | اليكسا وش عاصمة {} | اسكتلندا=GB-SCT; ويلز=GB-WLS; ايرلندا الشمالية=GB-NIR
subdivision | اليكسا عاصمة {} التابعة للدنمارك | غرينلاند=GL; جزر فارو=FO
subdivision | اليكسا وش عاصمة جزيرة {} | بورتوريكو=PR; غوام=GU; برمودا=BM
subdivision | اليكسا عاصمة ولاية {} | بنسلفانيا=US-PA; فيرجينيا=US-VA; اريزونا=US-AZ
subdivision | اليكسا وش عاصمة ولاية {} الهندية | ماهاراشترا=IN-MH; تيلانغانا=IN-TS; بيهار=IN-BR
subdivision | اليكسا وش عاصمة اقليم {} | كتالونيا=FB; كردستان=FB; الباسك=FB
subdivision | اليكسا عاصمة مقاطعة {} في الصين | قوانغدونغ=FB; سيتشوان=FB; يونان=FB
subdivision | اليكسا وش عاصمة منطقة {} | القصيم=FB; عسير=FB; الجوف=FB
subdivision | اليكسا عاصمة ولاية {} في نيجيريا | لاغوس=FB; كانو=FB
subdivision | اليكسا وش عاصمة انجلترا | GB-ENG
subdivision | اليكسا عاصمة الاقليم الشمالي في استراليا | AU-NT
subdivision | اليكسا عاصمة نونافوت | CA-NU
subdivision | اليكسا عاصمة جزيرة الامير ادوارد | CA-PE
subdivision | اليكسا وش عاصمة ولاية نيويورك | US-NY
subdivision | اليكسا عاصمة ولاية بافاريا وش هي | DE-BY
subdivision | اليكسا عاصمة الصحراء الغربية | EH
subdivision | اليكسا عاصمة كاليدونيا الجديدة | NC
subdivision | اليكسا عاصمة بولينيزيا الفرنسية وش | PF
subdivision | اليكسا وش عاصمة جزر كايمان | KY
subdivision | اليكسا عاصمة اقليم البنجاب الباكستاني | FB
subdivision | اليكسا وش عاصمة ولاية كيرلا في الهند | IN-KL
subdivision | اليكسا عاصمة جبل طارق | GI
subdivision | اليكسا عاصمة اقليم زنجبار | FB
subdivision | اليكسا وش عاصمة تيلانغانا | IN-TS
subdivision | اليكسا عاصمة ولاية لويزيانا | US-LA
subdivision | اليكسا عاصمة ولاية ماساتشوستس | US-MA

# plural capitals: the eight several-capital countries
plural-capitals | اليكسا وش عواصم جنوب افريقيا | ZA
plural-capitals | اليكسا جنوب افريقيا لها كم عاصمة وش هي | ZA
plural-capitals | اليكسا قولي العواصم الثلاث حق جنوب افريقيا | ZA
plural-capitals | اليكسا عواصم جنوب افريقيا كلها | ZA
plural-capitals | اليكسا العاصمتين حقت بوليفيا | BO
plural-capitals | اليكسا وش عاصمتين بوليفيا | BO
plural-capitals | اليكسا بوليفيا لها عاصمتين صح وش هم | BO
plural-capitals | اليكسا عواصم بوليفيا | BO
plural-capitals | اليكسا وش عاصمتا هولندا | NL
plural-capitals | اليكسا هولندا عندها عاصمتين وش هي | NL
plural-capitals | اليكسا عواصم هولندا ابغاها كلها | NL
plural-capitals | اليكسا قولي عاصمتين هولندا الرسمية والحكومة | NL
plural-capitals | اليكسا عواصم ماليزيا | MY
plural-capitals | اليكسا ماليزيا لها عاصمتين وش هي | MY
plural-capitals | اليكسا العاصمتين حق ماليزيا قوليهم | MY
plural-capitals | اليكسا وش عاصمتا ماليزيا | MY
plural-capitals | اليكسا عواصم سريلانكا وش هي | LK
plural-capitals | اليكسا سريلانكا لها عاصمتين صح | LK
plural-capitals | اليكسا العاصمتين حقت سريلانكا | LK
plural-capitals | اليكسا قولي عاصمتي سريلانكا الثنتين | LK
plural-capitals | اليكسا وش عواصم بنين | BJ
plural-capitals | اليكسا بنين لها عاصمتين وش هم | BJ
plural-capitals | اليكسا العاصمتين حقت بنين | BJ
plural-capitals | اليكسا عاصمتا جمهورية بنين | BJ
plural-capitals | اليكسا عواصم ساحل العاج | CI
plural-capitals | اليكسا ساحل العاج لها عاصمتين وش هي | CI
plural-capitals | اليكسا العاصمتين حقت كوت ديفوار | CI
plural-capitals | اليكسا وش عاصمتا ساحل العاج | CI
plural-capitals | اليكسا عواصم اسواتيني | SZ
plural-capitals | اليكسا سوازيلاند لها كم عاصمة وش هي | SZ
plural-capitals | اليكسا العاصمتين حق اسواتيني قوليهم | SZ
plural-capitals | اليكسا وش عاصمتا سوازيلاند | SZ
plural-capitals | اليكسا عواصم فلسطين | PS
plural-capitals | اليكسا فلسطين لها عاصمتين وش هي | PS

# help
help | اليكسا كيف استخدم عواصم العالم | HELP
help | اليكسا وش اقول لك عشان تعطيني العاصمة | HELP
help | اليكسا ساعدني ما عرفت كيف اسال | HELP
help | اليكسا مساعدة | HELP
help | اليكسا وش تقدرين تسوين في عواصم العالم | HELP
help | اليكسا علميني كيف اسالك عن العواصم | HELP
help | اليكسا ابغى مساعدة يا خوي | HELP
help | اليكسا كيف اشغل اللعبة ذي وش اقول | HELP
help | اليكسا ما فهمت وش المطلوب مني | HELP
help | اليكسا اعطيني امثلة اسالك فيها | HELP
help | اليكسا انا ما يعرف كيف اسال ساعد | HELP
help | اليكسا يا شيخ كيف ذا يشتغل | HELP
help | اليكسا وش الاوامر اللي تفهمينها | HELP
help | اليكسا هلب | HELP
help | اليكسا ساعديني يمه ما فهمت | HELP
help | اليكسا كيف اسال عن عاصمة دولة | HELP
help | اليكسا وش طريقة السؤال | HELP
help | اليكسا اشرحي لي عواصم العالم | HELP
help | اليكسا ابغى اعرف وش اقدر اسال | HELP
help | اليكسا ماما تقول ساعديني | HELP
help | اليكسا استاذ كيف استعمل هذا | HELP
help | اليكسا وش اسوي الحين | HELP
help | اليكسا تعليمات | HELP
help | اليكسا ارباب يقول ساعد | HELP

# stop
stop | اليكسا وقفي | STOP
stop | اليكسا بس خلاص | STOP
stop | اليكسا اسكتي | STOP
stop | اليكسا خلاص يكفي | STOP
stop | اليكسا اطلعي من عواصم العالم | STOP
stop | اليكسا سكري | STOP
stop | اليكسا اقفلي اللعبة | STOP
stop | اليكسا انهي | STOP
stop | اليكسا توقفي الحين | STOP
stop | اليكسا يا الربع خلاص بس | STOP
stop | اليكسا ستوب | STOP
stop | اليكسا الاذان وقفي | STOP
stop | اليكسا ما ابغى اكمل | STOP
stop | اليكسا يا معلم بس | STOP
stop | اليكسا الدكتور جا وقفي | STOP
stop | اليكسا خروج | STOP
stop | اليكسا خلصنا | STOP
stop | اليكسا انا تعبت بس | STOP
stop | اليكسا كفاية عواصم | STOP
stop | اليكسا اطفي | STOP
stop | اليكسا قفلي يا بنت | STOP
stop | اليكسا الشوط بدا وقفي | STOP
stop | اليكسا هادا بس خلاص | STOP

# cancel
cancel | اليكسا الغي | CANCEL
cancel | اليكسا الغاء | CANCEL
cancel | اليكسا لا الغي السؤال | CANCEL
cancel | اليكسا كنسل | CANCEL
cancel | اليكسا الغي اللي قلته | CANCEL
cancel | اليكسا لا لا الغيه | CANCEL
cancel | اليكسا انسي السؤال | CANCEL
cancel | اليكسا الغي الطلب | CANCEL
cancel | اليكسا تراجعي | CANCEL
cancel | اليكسا الغي ذا يا خوي | CANCEL
cancel | اليكسا ما ابغاه الغيه | CANCEL
cancel | اليكسا الغيها | CANCEL
cancel | اليكسا كانسل | CANCEL
cancel | اليكسا الغي لو سمحتي | CANCEL
cancel | اليكسا لا خلاص الغي | CANCEL
cancel | اليكسا يا شيخ الغي | CANCEL
cancel | اليكسا الغي العملية | CANCEL
cancel | اليكسا هادا الغي | CANCEL
cancel | اليكسا الغي الحوالة لا قصدي السؤال | CANCEL
cancel | اليكسا لا ما قصدت الغي | CANCEL
cancel | اليكسا الغي يمه | CANCEL
cancel | اليكسا انسي الموضوع | CANCEL
cancel | اليكسا الغي كل شي | CANCEL

# launch
launch | اليكسا افتحي عواصم العالم | LAUNCH
launch | اليكسا شغلي عواصم العالم | LAUNCH
launch | اليكسا ابدا عواصم العالم | LAUNCH
launch | اليكسا عواصم العالم | LAUNCH
launch | اليكسا افتح لعبة عواصم العالم | LAUNCH
launch | اليكسا ودي العب عواصم العالم | LAUNCH
launch | اليكسا يا خوي شغل عواصم العالم | LAUNCH
launch | اليكسا ابغى عواصم العالم | LAUNCH
launch | اليكسا شغلي مهارة عواصم العالم | LAUNCH
launch | اليكسا افتحي تطبيق عواصم العالم | LAUNCH
launch | اليكسا يلا عواصم العالم | LAUNCH
launch | اليكسا شغلي لنا عواصم العالم في الكشتة | LAUNCH
launch | اليكسا ماما قالت افتحي عواصم العالم | LAUNCH
launch | اليكسا انا يبغى عواصم العالم | LAUNCH
launch | اليكسا كدي افتح عواصم العالم | LAUNCH
launch | اليكسا استاذ افتح عواصم العالم من فضلك | LAUNCH
launch | اليكسا ارباب يقول شغل عواصم العالم | LAUNCH
launch | اليكسا رجعي عواصم العالم | LAUNCH
launch | اليكسا شغلي عواصم العالم مرة ثانية | LAUNCH
launch | اليكسا ابي عواصم العالم بعد السحور | LAUNCH
launch | اليكسا افتحي عواصم العالم نبي نلعب | LAUNCH
launch | اليكسا شغلي برنامج عواصم العالم | LAUNCH
launch | اليكسا ابدئي عواصم العالم | LAUNCH
launch | اليكسا هيا افتحي عواصم العالم | LAUNCH
launch | اليكسا اطلبي عواصم العالم | LAUNCH
launch | اليكسا افتحي لي عواصم العالم يا بنت | LAUNCH
launch | اليكسا حطي عواصم العالم | LAUNCH
launch | اليكسا قبل الشوط افتحي عواصم العالم | LAUNCH
launch | اليكسا يا معلم افتح عواصم العالم | LAUNCH
launch | اليكسا اشتغلي على عواصم العالم | LAUNCH

# follow-ups within a session
follow-up | و {} | الكويت=KW; بيرو=PE; تشيلي=CL
follow-up | طيب و {} | فنلندا=FI; ايسلندا=IS; ليتوانيا=LT
follow-up | و{} وش عاصمتها | كوبا=CU; هايتي=HT; جامايكا=JM
follow-up | واللي بعدها {} | زامبيا=ZM; زيمبابوي=ZW; موزمبيق=MZ
follow-up | طيب {} | اليونان=GR; بلغاريا=BG; رومانيا=RO
follow-up | و {} يا خوي | سوريا=SY; العراق=IQ; ايران=IR
follow-up | و{} بعد | افغانستان=AF; طاجيكستان=TJ; اوزبكستان=UZ
follow-up | وعاصمة {} | الهند=IN; بنغلاديش=BD; نيبال=NP
follow-up | طيب وعاصمة {} | كولومبيا=CO; فنزويلا=VE; الاكوادور=EC
follow-up | و {} كيف | اليابان=JP; كوريا الجنوبية=KR; تايوان=TW
follow-up | طيب و{} يا شيخ | النيجر=NE; نيجيريا=NG; بنين=BJ
follow-up | و اللي جنبها {} | النمسا=AT; سويسرا=CH; ليختنشتاين=LI
follow-up | و هادا {} | اوغندا=UG; كينيا=KE; تنزانيا=TZ
follow-up | زين و {} | هولندا=NL; بلجيكا=BE; لوكسمبورغ=LU

# yes/no checks, right and wrong
yes-no-check | اليكسا الرياض عاصمة السعودية صح | SA
yes-no-check | اليكسا هل سيدني عاصمة استراليا | AU
yes-no-check | اليكسا اسطنبول هي عاصمة تركيا ولا لا | TR
yes-no-check | اليكسا صح ان عاصمة البرازيل ريو | BR
yes-no-check | اليكسا دبي عاصمة الامارات صح | AE
yes-no-check | اليكسا هل تورنتو عاصمة كندا | CA
yes-no-check | اليكسا جدة عاصمة السعودية ولا الرياض | SA
yes-no-check | اليكسا لاغوس عاصمة نيجيريا صح ولا غلط | NG
yes-no-check | اليكسا زيوريخ عاصمة سويسرا | CH
yes-no-check | اليكسا نيويورك عاصمة امريكا صح | US
yes-no-check | اليكسا الدار البيضاء عاصمة المغرب ولا الرباط | MA
yes-no-check | اليكسا كراتشي عاصمة باكستان صح | PK
yes-no-check | اليكسا هل المنامة عاصمة البحرين | BH
yes-no-check | اليكسا مسقط عاصمة عمان صح | OM
yes-no-check | اليكسا القاهرة عاصمة مصر ولا الاسكندرية | EG
yes-no-check | اليكسا المآتا عاصمة كازاخستان | KZ
yes-no-check | اليكسا يانغون عاصمة ميانمار صح ولا تغيرت | MM
yes-no-check | اليكسا هل دار السلام عاصمة تنزانيا | TZ
yes-no-check | اليكسا ابيدجان عاصمة ساحل العاج صح | CI
yes-no-check | اليكسا اوكلاند عاصمة نيوزيلندا ولا ويلينغتون | NZ
yes-no-check | اليكسا صح عاصمة تركيا انقرة | TR
yes-no-check | اليكسا هل بيروت عاصمة لبنان | LB
yes-no-check | اليكسا عاصمة فيتنام هوشي منه صح | VN
yes-no-check | اليكسا ميلانو عاصمة ايطاليا صح ولا روما | IT
yes-no-check | اليكسا برشلونة عاصمة اسبانيا | ES
yes-no-check | اليكسا هل كانبرا عاصمة استراليا صدق | AU
yes-no-check | اليكسا بون عاصمة المانيا صح | DE
yes-no-check | اليكسا هل لوس انجلوس عاصمة كاليفورنيا | US-CA

# self-corrections
self-correction | اليكسا عاصمة النمسا لا قصدي استراليا | AU
self-correction | اليكسا عاصمة السويد لا لا سويسرا | CH
self-correction | اليكسا وش عاصمة النيجر اقصد نيجيريا | NG
self-correction | اليكسا عاصمة ايران لا العراق | IQ
self-correction | اليكسا عاصمة سلوفاكيا لا سلوفينيا | SI
self-correction | اليكسا عاصمة غينيا اقصد غيانا | GY
self-correction | اليكسا عاصمة البارغواي لا الاوروغواي | UY
self-correction | اليكسا عاصمة موريتانيا اووه موريشيوس | MU
self-correction | اليكسا عاصمة الكاميرون لا اقصد كمبوديا | KH
self-correction | اليكسا وش عاصمة لاتفيا لا ليتوانيا | LT
self-correction | اليكسا عاصمة مالي لا مالاوي | MW
self-correction | اليكسا عاصمة الدنمارك لا قصدي هولندا | NL
self-correction | اليكسا عاصمة ارمينيا لا البانيا | AL
self-correction | اليكسا عاصمة كولومبيا لا كوستاريكا | CR
self-correction | اليكسا عاصمة تونس سوري قصدي ليبيا | LY
self-correction | اليكسا عاصمة ولاية واشنطن لا اقصد امريكا كلها | US
self-correction | اليكسا عاصمة النرويج لا لا فنلندا | FI
self-correction | اليكسا عاصمة زامبيا اقصد زيمبابوي | ZW
self-correction | اليكسا عاصمة بوتان لا بوتسوانا | BW
self-correction | اليكسا عاصمة السنغال لا سنغافورة | SG
self-correction | اليكسا عاصمة اوغندا لا رواندا | RW
self-correction | اليكسا عاصمة هايتي لا تاهيتي قصدي هايتي | HT
self-correction | اليكسا عاصمة تايوان لا تايلاند | TH

# reverse questions
reverse-question | اليكسا نيروبي عاصمة اي دولة | CITY:نيروبي
reverse-question | اليكسا اي بلد عاصمته ليما | CITY:ليما
reverse-question | اليكسا تبليسي عاصمة وين | CITY:تبليسي
reverse-question | اليكسا وش الدولة اللي عاصمتها اكرا | CITY:أكرا
reverse-question | اليكسا كاتماندو عاصمة ايش | CITY:كاتماندو
reverse-question | اليكسا عاصمة وش بلد هراري | CITY:هراري
reverse-question | اليكسا اي دولة عاصمتها بشكيك | CITY:بشكيك
reverse-question | اليكسا مونتيفيديو عاصمة اي بلد | CITY:مونتيفيديو
reverse-question | اليكسا اوستن عاصمة اي ولاية | CITY:أوستن
reverse-question | اليكسا وش الولاية اللي عاصمتها ساكرامنتو | CITY:ساكرامنتو
reverse-question | اليكسا ادمونتون عاصمة وين | CITY:إدمونتون
reverse-question | اليكسا كارديف عاصمة ايش | CITY:كارديف
reverse-question | اليكسا ميونخ عاصمة اي ولاية المانية | CITY:ميونخ
reverse-question | اليكسا اي بلد عاصمتها فادوز | CITY:فادوز
reverse-question | اليكسا سانت جونز عاصمة وش | CITY:سانت جونز
reverse-question | اليكسا اي دولة عاصمتها بانجول | CITY:بانجول
reverse-question | اليكسا ويندهوك عاصمة اي دولة | CITY:ويندهوك
reverse-question | اليكسا باكو عاصمة وين | CITY:باكو
reverse-question | اليكسا وش البلد اللي عاصمته اسمرة | CITY:أسمرة
reverse-question | اليكسا جايبور عاصمة اي ولاية هندية | CITY:جايبور
reverse-question | اليكسا فيكتوريا عاصمة وش | CITY:فيكتوريا
reverse-question | اليكسا اي دولة عاصمتها كيغالي | CITY:كيغالي
reverse-question | اليكسا بريتوريا عاصمة ايش | CITY:بريتوريا
reverse-question | اليكسا مونروفيا عاصمة اي دولة | CITY:مونروفيا

# official and long names
official-name | اليكسا عاصمة {} | المملكة الاردنية الهاشمية=JO; الجمهورية العربية السورية=SY; جمهورية مصر العربية=EG
official-name | اليكسا ممكن تقولين لي عاصمة {} | المملكة المتحدة لبريطانيا العظمى وايرلندا الشمالية=GB; الولايات المتحدة الامريكية=US; الاتحاد الروسي=RU
official-name | اليكسا قولي عاصمة {} | جمهورية الصين الشعبية=CN; جمهورية كوريا الشعبية الديمقراطية=KP; جمهورية الهند=IN
official-name | اليكسا ابغى عاصمة {} | المملكة المغربية=MA; الجمهورية الجزائرية الديمقراطية الشعبية=DZ; الجمهورية التونسية=TN
official-name | اليكسا عاصمة {} وش هي | سلطنة عمان=OM; دولة الكويت=KW; مملكة البحرين=BH
official-name | اليكسا عاصمة {} لو سمحت | جمهورية ايران الاسلامية=IR; جمهورية باكستان الاسلامية=PK; جمهورية افغانستان=AF
official-name | اليكسا وين عاصمة {} | مملكة تايلاند=TH; جمهورية الفلبين=PH; جمهورية اتحاد ميانمار=MM
official-name | اليكسا عاصمة {} يا خوي | الولايات المتحدة المكسيكية=MX; جمهورية الارجنتين=AR; الجمهورية الفرنسية=FR
official-name | اليكسا عاصمة {} ايش | الكرسي الرسولي=VA; امارة موناكو=MC; دولة فلسطين=PS

# everyday and old names
everyday-name | اليكسا الناس يقولون {} بس وش عاصمتها | امريكا=US; بريطانيا=GB; روسيا=RU
everyday-name | اليكسا عاصمة {} قديم | بورما=MM; سيلان=LK; زائير=CD
everyday-name | اليكسا الاسم القديم {} وش عاصمتها | فارس=IR; سيام=TH; الحبشة=ET
everyday-name | اليكسا عاصمة {} يا الربع | هولندا=NL; الشيك=CZ; انجلترا=GB-ENG
everyday-name | اليكسا ابوي يقول {} وش عاصمتها | روديسيا=ZW; داهومي=BJ; فولتا العليا=BF
everyday-name | اليكسا عاصمة {} الحين | سوازيلاند=SZ; كوت ديفوار=CI; تركيا=TR
everyday-name | اليكسا عاصمة {} يعني | الامارات=AE; السعودية=SA; الصين=CN
everyday-name | اليكسا عاصمة {} وشهي | كمبوديا=KH; تيمور=TL; الراس الاخضر=CV

# shared names, bare and told apart
shared-name | اليكسا عاصمة جورجيا | GE
shared-name | اليكسا عاصمة جورجيا الولاية الامريكية | US-GA
shared-name | اليكسا عاصمة ولاية جورجيا | US-GA
shared-name | اليكسا عاصمة جورجيا الدولة اللي جنب روسيا | GE
shared-name | اليكسا عاصمة كوريا | KP+KR
shared-name | اليكسا عاصمة كوريا الشمالية | KP
shared-name | اليكسا عواصم الكوريتين | KP+KR
shared-name | اليكسا عاصمة الكونغو | CD+CG
shared-name | اليكسا عاصمة الكونغو الديمقراطية | CD
shared-name | اليكسا عاصمة الكونغو برازافيل | CG
shared-name | اليكسا عاصمة جمهورية الكونغو | CG
shared-name | اليكسا عاصمة غينيا | GN
shared-name | اليكسا عاصمة غينيا الاستوائية | GQ
shared-name | اليكسا عاصمة السودان | SD
shared-name | اليكسا عاصمة جنوب السودان | SS
shared-name | اليكسا عاصمة واشنطن الولاية | US-WA
shared-name | اليكسا عاصمة النيجر | NE
shared-name | اليكسا عاصمة ساموا | WS
shared-name | اليكسا عاصمة ساموا الامريكية | AS
shared-name | اليكسا عاصمة دومينيكا | DM
shared-name | اليكسا عاصمة الدومينيكان | DO
shared-name | اليكسا عاصمة جزر فيرجن | VG+VI
shared-name | اليكسا عاصمة جزر فيرجن البريطانية | VG
shared-name | اليكسا عاصمة مقدونيا | MK
shared-name | اليكسا عاصمة ولاية المكسيك | MX-MEX
shared-name | اليكسا عاصمة البنجاب الهندية | IN-PB
shared-name | اليكسا عاصمة كولومبيا البريطانية | CA-BC
shared-name | اليكسا عاصمة غينيا الجديدة | PG
shared-name | اليكسا عاصمة سانت مارتن الهولندية | SX
shared-name | اليكسا عاصمة ايرلندا | IE

# out-of-domain: Echo requests, other questions about capitals, regions, past states, made-up lands, continents
out-of-domain | اليكسا كم درجة الحرارة في الرياض اليوم | FB
out-of-domain | اليكسا متى اذان الفجر | FB
out-of-domain | اليكسا شغلي شيلات | FB
out-of-domain | اليكسا حطي منبه الساعة ثلاث ونص للسحور | FB
out-of-domain | اليكسا مؤقت عشر دقايق للرز | FB
out-of-domain | اليكسا كم عدد سكان الرياض | FB
out-of-domain | اليكسا كم عدد سكان القاهرة | FB
out-of-domain | اليكسا وش المسافة بين الرياض ودبي | FB
out-of-domain | اليكسا كم الساعة في لندن الحين | FB
out-of-domain | اليكسا وش عملة ماليزيا | FB
out-of-domain | اليكسا كم سعر الدولار بالريال | FB
out-of-domain | اليكسا وش عاصمة اوروبا | FB
out-of-domain | اليكسا عاصمة افريقيا وش هي | FB
out-of-domain | اليكسا وش عاصمة اسيا | FB
out-of-domain | اليكسا عاصمة القارة القطبية الجنوبية | FB
out-of-domain | اليكسا كم رأس مال المشروع اللي احتاجه | FB
out-of-domain | اليكسا وش يعني راس المال العامل | FB
out-of-domain | اليكسا نتيجة مباراة الهلال والنصر | FB
out-of-domain | اليكسا متى مباراة الاتحاد الجاية | FB
out-of-domain | اليكسا وش عاصمة الاتحاد السوفيتي | FB
out-of-domain | اليكسا عاصمة يوغوسلافيا | FB
out-of-domain | اليكسا وش كانت عاصمة الدولة العباسية | FB
out-of-domain | اليكسا عاصمة الاندلس | FB
out-of-domain | اليكسا وش عاصمة الدولة العثمانية | FB
out-of-domain | اليكسا عاصمة واكاندا | FB
out-of-domain | اليكسا عاصمة اتلانتس | FB
out-of-domain | اليكسا عاصمة الحجاز قديم | FB
out-of-domain | اليكسا وش عاصمة نجد زمان | FB
out-of-domain | اليكسا عاصمة منطقة عسير | FB
out-of-domain | اليكسا وش عاصمة الشرقية | FB
out-of-domain | اليكسا عاصمة حائل | FB
out-of-domain | اليكسا وش عاصمة محافظة الاحساء | FB
out-of-domain | اليكسا عاصمة الثقافة العربية هالسنة | FB
out-of-domain | اليكسا وش عاصمة الموضة في العالم | FB
out-of-domain | اليكسا كم باقي على العيد | FB
out-of-domain | اليكسا طريقة الكبسة باللحم | FB
out-of-domain | اليكسا شغلي سورة الكهف | FB
out-of-domain | اليكسا اطفي النور | FB
out-of-domain | اليكسا شغلي المكيف | FB
out-of-domain | اليكسا كم الساعة | FB
out-of-domain | اليكسا وش الاخبار اليوم | FB
out-of-domain | اليكسا احكي لي نكتة | FB
out-of-domain | اليكسا ترجمي شكرا للانجليزي | FB
out-of-domain | اليكسا اتصلي على ماما | FB
out-of-domain | اليكسا ضيفي حليب لقائمة المقاضي | FB
out-of-domain | اليكسا وش الطقس في ابها بكرة | FB
out-of-domain | اليكسا بتمطر اليوم في بيشة | FB
out-of-domain | اليكسا حالة البحر في ينبع | FB
out-of-domain | اليكسا كم سرعة الرياح في املج | FB
out-of-domain | اليكسا متى يفتح البوليفارد | FB
out-of-domain | اليكسا كم سعر تذكرة الرياض سيزون | FB
out-of-domain | اليكسا وش اكبر مدينة في تركيا | FB
out-of-domain | اليكسا وش اكبر مدينة في استراليا | FB
out-of-domain | اليكسا كم عدد الدول في العالم | FB
out-of-domain | اليكسا كم عدد سكان الصين | FB
out-of-domain | اليكسا وش اللغة الرسمية في البرازيل | FB
out-of-domain | اليكسا مين رئيس فرنسا | FB
out-of-domain | اليكسا وش علم اليابان | FB
out-of-domain | اليكسا وش النشيد الوطني لمصر | FB
out-of-domain | اليكسا كم ساعة طيران من جدة لكوالالمبور | FB
out-of-domain | اليكسا احجزي لي رحلة لاسطنبول | FB
out-of-domain | اليكسا وش عاصمة المريخ | FB
out-of-domain | اليكسا عاصمة القمر | FB
out-of-domain | اليكسا وش معنى كلمة عاصمة | FB
out-of-domain | اليكسا كم نقطة في الدومنة | FB
out-of-domain | اليكسا شغلي اغنية محمد عبده | FB
out-of-domain | اليكسا علي الصوت | FB
out-of-domain | اليكسا وطي الصوت | FB
out-of-domain | اليكسا ذكريني اخذ الدوا الساعة تسع | FB
out-of-domain | اليكسا كيف اكتب الحاء بخط الرقعة | FB
out-of-domain | اليكسا وش انواع دهن العود | FB
out-of-domain | اليكسا كم سعر الذهب اليوم | FB
out-of-domain | اليكسا متى ينزل الراتب | FB
out-of-domain | اليكسا وش هو الايبان | FB
out-of-domain | اليكسا كم مدة تنظيف الاسنان | FB
out-of-domain | اليكسا متى يوم عرفة | FB
out-of-domain | اليكسا وش المسافة بين منى وعرفات | FB
out-of-domain | اليكسا كم عمر الهجن اللي تسابق | FB
out-of-domain | اليكسا من فاز في مهرجان ولي العهد للهجن | FB
out-of-domain | اليكسا وش افضل زيت للسيارة | FB
out-of-domain | اليكسا صوت القير وش معناه | FB
out-of-domain | اليكسا كم نسبة الشحن في الجوال | FB
out-of-domain | اليكسا وش عاصمة الكتلان في كرة القدم | FB
out-of-domain | اليكسا عاصمة سيبيريا | FB
out-of-domain | اليكسا وش عاصمة اقليم التبت | FB
out-of-domain | اليكسا عاصمة صقلية | FB
out-of-domain | اليكسا عاصمة جزيرة بالي | FB
out-of-domain | اليكسا وش عاصمة دارفور | FB
out-of-domain | اليكسا عاصمة الشيشان | FB
out-of-domain | اليكسا عاصمة اقليم كشمير الباكستاني | FB
out-of-domain | اليكسا وش عاصمة جزيرة سقطرى | FB
out-of-domain | اليكسا عاصمة الامبراطورية الرومانية | FB
out-of-domain | اليكسا وش عاصمة الفراعنة | FB
out-of-domain | اليكسا عاصمة مملكة سبأ | FB
out-of-domain | اليكسا عاصمة ارض الاحلام | FB
out-of-domain | اليكسا وش عاصمة الخليج | FB
out-of-domain | اليكسا عاصمة الشرق الاوسط | FB
out-of-domain | اليكسا عاصمة امريكا الجنوبية | FB
out-of-domain | اليكسا وش عاصمة الاوقيانوسية | FB
out-of-domain | اليكسا فلم العاصمة الادارية | FB
out-of-domain | اليكسا وش هي العاصمة الادارية الجديدة في مصر | FB
out-of-domain | اليكسا وش تقولين عن نفسك | FB
out-of-domain | اليكسا تحبيني | FB
out-of-domain | اليكسا مين سواك | FB
out-of-domain | اليكسا شغلي قناة المجد | FB
out-of-domain | اليكسا وش تاريخ اليوم هجري | FB
out-of-domain | اليكسا كم باقي على رمضان | FB
out-of-domain | اليكسا وش الوقت في جاكرتا | FB
out-of-domain | اليكسا انا ما يعرف وين الصيدلية | FB
out-of-domain | اليكسا كيف اقول صباح الخير بالصيني | FB
out-of-domain | اليكسا ارباب وين الفلوس | FB
out-of-domain | اليكسا يا شيخ متى الامتحان | FB
out-of-domain | اليكسا كم عدد سور القران | FB
out-of-domain | اليكسا حرف الضاد حيوان | FB
out-of-domain | اليكسا عطيني نبات بحرف الظاء | FB
out-of-domain | اليكسا وش اطول نهر في العالم | FB
out-of-domain | اليكسا وش اعلى جبل في افريقيا | FB
out-of-domain | اليكسا كم عدد الولايات في امريكا | FB
out-of-domain | اليكسا كم مقاطعة في كندا | FB
out-of-domain | اليكسا وش اقدم عاصمة في العالم | FB
out-of-domain | اليكسا وش اصغر عاصمة في العالم | FB
out-of-domain | اليكسا وش ابرد عاصمة في العالم | FB
out-of-domain | اليكسا ليش نقلوا عاصمة البرازيل | FB
out-of-domain | اليكسا متى صارت الرياض عاصمة | FB
out-of-domain | اليكسا كم عاصمة في العالم | FB
out-of-domain | اليكسا الرخصة كم تكلف | FB
out-of-domain | اليكسا متى يفتح المكتبة | FB
out-of-domain | اليكسا وش اخبار الدوري الانجليزي | FB
out-of-domain | اليكسا سوي لي قائمة تشغيل للكشتة | FB
out-of-domain | اليكسا عاصمة بلاد العجائب | FB
out-of-domain | اليكسا عاصمة نارنيا | FB
out-of-domain | اليكسا وش عاصمة الاتحاد الاوروبي | FB
out-of-domain | اليكسا وش عاصمة ولاية كيانتو | FB
out-of-domain | اليكسا وش عاصمة جمهورية تشيكوسلوفاكيا | FB
out-of-domain | اليكسا عاصمة المانيا الشرقية | FB
out-of-domain | اليكسا عاصمة جنوب اليمن قبل الوحدة | FB
out-of-domain | اليكسا كم لتر حليب تعطي البقرة | FB
out-of-domain | اليكسا متى صلاة العشاء في الخرج | FB
out-of-domain | اليكسا شغلي الاذاعة | FB
out-of-domain | اليكسا وش جدول المحاضرات | FB
out-of-domain | اليكسا ذكريني بالكويز بكرة | FB
out-of-domain | اليكسا مين دوره يغسل الصحون | FB
out-of-domain | اليكسا كيف ينلعب جاكارو | FB
out-of-domain | اليكسا الله يبارك فيك كم الساعة | FB
out-of-domain | اليكسا متى الطلعة الجاية | FB
out-of-domain | اليكسا وش الطقس في خميس مشيط | FB
out-of-domain | اليكسا كم سعر العلف | FB
out-of-domain | اليكسا يا رجال وش نطبخ اليوم | FB
out-of-domain | اليكسا اطلبي لي شاورما | FB
out-of-domain | اليكسا شغلي مسلسل | FB
out-of-domain | اليكسا وش اسم عاصمة الرواية اللي اقراها | FB
out-of-domain | اليكسا عاصمة بطولة العالم للبادل | FB
out-of-domain | اليكسا عاصمة الاشباح في المسلسل | FB
out-of-domain | اليكسا وش عاصمة الذهب في العالم | FB
out-of-domain | اليكسا عاصمة الاقتصاد في السعودية | FB
out-of-domain | اليكسا عاصمة السياحة الاسلامية | FB
out-of-domain | اليكسا وش عاصمة منطقة تبوك | FB
out-of-domain | اليكسا عاصمة منطقة جازان | FB
out-of-domain | اليكسا وش عاصمة ولاية ظفار | FB
out-of-domain | اليكسا عاصمة امارة الشارقة | FB
out-of-domain | اليكسا وش عاصمة محافظة حضرموت | FB
out-of-domain | اليكسا عاصمة اقليم دارفور الشمالي | FB
out-of-domain | اليكسا عاصمة جزيرة جربة | FB
out-of-domain | اليكسا وش عاصمة بافاريا العليا | FB
out-of-domain | اليكسا عاصمة مملكة الحيرة | FB
out-of-domain | اليكسا عاصمة الدولة الاموية | FB
out-of-domain | اليكسا عاصمة دولة المماليك | FB
out-of-domain | اليكسا عاصمة مملكة كندة | FB
out-of-domain | اليكسا عاصمة الامبراطورية الفارسية القديمة | FB
out-of-domain | اليكسا عاصمة ارض ميدل ايرث | FB
out-of-domain | اليكسا عاصمة كوكب زحل | FB
out-of-domain | اليكسا عاصمة القارة الامريكية | FB
out-of-domain | اليكسا عاصمة اوروبا الشرقية | FB
out-of-domain | اليكسا وش عاصمة جنوب شرق اسيا | FB
out-of-domain | اليكسا كم بنك في لوكسمبورغ | FB
out-of-domain | اليكسا كم عدد الحجاج هالسنة | FB
out-of-domain | اليكسا وش الساعة في داكار | FB
out-of-domain | اليكسا وش اللغة في تشاد | FB
out-of-domain | اليكسا ترجمي مرحبا للهوسا | FB
out-of-domain | اليكسا كم يبعد مطار الملك خالد | FB
out-of-domain | اليكسا وين اقرب ورشة | FB
out-of-domain | اليكسا كم سعر دهن العود الكمبودي | FB
out-of-domain | اليكسا متى موعد التطعيم | FB
out-of-domain | اليكسا سوي لي تذكير بالحوالة | FB
out-of-domain | اليكسا وش رقم الاسعاف | FB
out-of-domain | اليكسا حالة الطريق بين بيشة والرياض | FB
out-of-domain | اليكسا كم درجة حرارة البحر في الوجه | FB
out-of-domain | اليكسا متى موسم صرام التمر | FB
out-of-domain | اليكسا قولي قصيدة | FB
out-of-domain | اليكسا عاصمة الحرف في الخط العربي | FB
out-of-domain | اليكسا وش معنى الحرف الكبير في الانجليزي | FB

# more cancel, stop, help and launch
cancel | اليكسا الغي يا معلم غلطت | CANCEL
cancel | اليكسا ارباب يقول الغي | CANCEL
cancel | اليكسا الغي قبل الاذان | CANCEL
cancel | اليكسا الغي الغي ما ابغى | CANCEL
cancel | اليكسا لا تكملين الغي | CANCEL
cancel | اليكسا الغي السؤال حق العاصمة | CANCEL
cancel | اليكسا يا الربع الغوا السؤال لا اقصد اليكسا الغي | CANCEL
cancel | اليكسا الغي ذا السؤال يا طويل العمر | CANCEL
cancel | اليكسا مدام يقول الغي | CANCEL
cancel | اليكسا الغي كدي | CANCEL
cancel | اليكسا استاذ من فضلك الغي | CANCEL
cancel | اليكسا الغي الموعد لا قصدي السؤال | CANCEL
cancel | اليكسا اخي الغي هذا | CANCEL
cancel | اليكسا الغي يا بنات غلط | CANCEL
cancel | اليكسا الغي اللعبة لا بس السؤال | CANCEL
cancel | اليكسا الغي الطلعة اقصد السؤال | CANCEL
cancel | اليكسا خلاص الغي العاصمة ذي | CANCEL
cancel | اليكسا الغي يا رجال | CANCEL
cancel | اليكسا رجعي ورا الغي | CANCEL
cancel | اليكسا لا الغيه يا حلوة | CANCEL
stop | اليكسا الدلة فارت وقفي | STOP
stop | اليكسا يا شيخ وقف | STOP
stop | اليكسا مدام نايم وقف | STOP
stop | اليكسا ارباب جا اسكت | STOP
stop | اليكسا الحلابة بدت خلاص | STOP
stop | اليكسا الجماعة جو وقفي | STOP
stop | اليكسا وقف عواصم العالم | STOP
stop | اليكسا يا بنات خلاص المحاضرة بدت | STOP
stop | اليكسا العميل جا اسكتي | STOP
stop | اليكسا الونش اشتغل وقفي | STOP
stop | اليكسا بس يا اليكسا بس | STOP
stop | اليكسا قفلي عواصم العالم | STOP
help | اليكسا كيف العب عواصم العالم | HELP
help | اليكسا وش الكلام اللي تفهمينه | HELP
help | اليكسا يا شيخ ساعدني شنو اقول | HELP
help | اليكسا المدربة قالت اسالك كيف تشتغلين | HELP
help | اليكسا مدام يقول كيف هادا يشتغل | HELP
help | اليكسا اخي ساعدني من فضلك | HELP
help | اليكسا عواصم العالم مساعدة | HELP
help | اليكسا وش اقدر اسالك يا رجال | HELP
help | اليكسا انا جديد كيف العب | HELP
help | اليكسا ساعدي العزابية ما عرفوا | HELP
launch | اليكسا يا رجال افتحي عواصم العالم | LAUNCH
launch | اليكسا افتحي عواصم العالم يا بنات نذاكر | LAUNCH
launch | اليكسا مدام يقول افتح عواصم العالم | LAUNCH
launch | اليكسا اخي افتح عواصم العالم | LAUNCH
launch | اليكسا بعد الصلاة افتحي عواصم العالم | LAUNCH
launch | اليكسا شغلي عواصم العالم للعيال | LAUNCH
launch | اليكسا ابغاك تفتحين عواصم العالم | LAUNCH
launch | اليكسا ممكن عواصم العالم | LAUNCH
launch | اليكسا دخليني عواصم العالم | LAUNCH
launch | اليكسا روحي لعواصم العالم | LAUNCH
launch | اليكسا وديني عواصم العالم | LAUNCH
launch | اليكسا شغل عواصم العالم يا شيخ | LAUNCH
launch | اليكسا الله يبارك فيك افتح عواصم العالم | LAUNCH
launch | اليكسا قبل الحلابة شغلي عواصم العالم | LAUNCH
launch | اليكسا نبغى نلعب عواصم العالم في الجاكارو | LAUNCH
launch | اليكسا حياك افتحي عواصم العالم للجماعة | LAUNCH
launch | اليكسا عواصم العالم لو سمحتي | LAUNCH
launch | اليكسا تكفين افتحي عواصم العالم | LAUNCH

# more shared names and subdivisions
shared-name | اليكسا عاصمة جورجيا يا رجال الدولة مو الولاية | GE
shared-name | اليكسا جورجيا اللي في امريكا وش عاصمتها | US-GA
shared-name | اليكسا الكوريتين عواصمهم | KP+KR
shared-name | اليكسا عاصمة كوريا الجنوبية يا بنات | KR
shared-name | اليكسا الكونغو كنشاسا عاصمتها | CD
shared-name | اليكسا عاصمة الكونغو الثانية اللي جنب الغابون | CG
shared-name | اليكسا عاصمة غينيا بيساو مو غينيا | GW
shared-name | اليكسا عاصمة السودان الشمالي | SD
shared-name | اليكسا عاصمة ولاية واشنطن مو العاصمة واشنطن | US-WA
shared-name | اليكسا عاصمة لوكسمبورغ الدولة | LU
shared-name | اليكسا عاصمة جيبوتي البلد | DJ
shared-name | اليكسا عاصمة مدينة الكويت | KW
shared-name | اليكسا عاصمة النيجر مو نيجيريا | NE
subdivision | اليكسا الولاية الامريكية {} وش عاصمتها | يوتا=US-UT; اوريغون=US-OR; كنتاكي=US-KY
subdivision | اليكسا عاصمة {} الاسترالية | نيو ساوث ويلز=AU-NSW; جنوب استراليا=AU-SA; استراليا الغربية=AU-WA
subdivision | اليكسا اخوي مبتعث في {} عاصمة الولاية وش | ويسكونسن=US-WI; ايوا=US-IA; كانساس=US-KS
subdivision | اليكسا عاصمة الاقليم الكندي {} | يوكون=CA-YT; ساسكاتشوان=CA-SK; نيو برونزويك=CA-NB
subdivision | اليكسا وش عاصمة ولاية {} الالمانية | براندنبورغ=DE-BB; تورينغن=DE-TH; سارلاند=DE-SL
subdivision | اليكسا ولاية {} في الهند عاصمتها ايش | اسام=IN-AS; اوديشا=IN-OD; سيكيم=IN-SK
subdivision | اليكسا عاصمة محافظة {} في مصر | الجيزة=FB; اسوان=FB; الاقصر=FB
subdivision | اليكسا عاصمة ولاية {} في السودان | الجزيرة=FB; كسلا=FB
subdivision | اليكسا عاصمة جزيرة {} الفرنسية | غوادلوب=GP; المارتينيك=MQ; ريونيون=RE
subdivision | اليكسا عاصمة الجزر البريطانية {} | جيرسي=JE; غيرنزي=GG; جزيرة مان=IM

# more follow-ups, yes/no, self-corrections, reverse questions
follow-up | ايوه و{} | الصومال=SO; جيبوتي=DJ; اريتريا=ER
follow-up | طيب و{} يا رجال | مالطا=MT; قبرص=CY; البرتغال=PT
follow-up | وش عن {} | غانا=GH; توغو=TG; ساحل العاج=CI
follow-up | و{} يا بنات | بولندا=PL; التشيك=CZ; سلوفاكيا=SK
yes-no-check | اليكسا حرقتك هل ابوجا عاصمة نيجيريا | NG
yes-no-check | اليكسا يا رجال مانيلا عاصمة الفلبين صح | PH
yes-no-check | اليكسا اخي هل كانو عاصمة نيجيريا | NG
yes-no-check | اليكسا تل ابيب عاصمة اسرائيل صح | IL
yes-no-check | اليكسا هل بومباي عاصمة الهند | IN
yes-no-check | اليكسا بنغازي عاصمة ليبيا صح | LY
yes-no-check | اليكسا جنيف عاصمة سويسرا ولا بيرن | CH
self-correction | اليكسا عاصمة اسبانيا لا البرتغال | PT
self-correction | اليكسا يا شيخ عاصمة تشاد لا قصدي السودان | SD
self-correction | اليكسا عاصمة النمسا لا لا استراليا يا بنات | AU
self-correction | اليكسا عاصمة سوريا اقصد السودان | SD
self-correction | اليكسا عاصمة جامايكا لا جمهورية الدومينيكان | DO
self-correction | اليكسا عاصمة اليمن لا عمان | OM
reverse-question | اليكسا ابوجا عاصمة اي بلد اخي | CITY:أبوجا
reverse-question | اليكسا وش البلد اللي عاصمتها نجامينا | CITY:إنجامينا
reverse-question | اليكسا الدكتورة سالت غابورون عاصمة وين | CITY:غابورون
reverse-question | اليكسا اي دولة عاصمتها فيينا | CITY:فيينا
reverse-question | اليكسا بودابست عاصمة ايش | CITY:بودابست
reverse-question | اليكسا هلسنكي عاصمة اي دولة | CITY:هلسنكي
reverse-question | اليكسا كوناكري عاصمة وين يا شيخ | CITY:كوناكري
reverse-question | اليكسا اي ولاية عاصمتها دنفر | CITY:دنفر

# more plurals, said by this round's speakers
plural-capitals | اليكسا يا معلم جنوب افريقيا عندها ثلاث عواصم صح وش هي | ZA
plural-capitals | اليكسا الدكتورة تقول عواصم جنوب افريقيا ثلاث قوليهم | ZA
plural-capitals | اليكسا حرف الجيم جنوب افريقيا وش عواصمها | ZA
plural-capitals | اليكسا اخي بوليفيا عاصمتين ما هما | BO
plural-capitals | اليكسا الكتاب يقول بوليفيا لها عاصمتين قوليهم | BO
plural-capitals | اليكسا يا رجال وش العاصمتين حقت هولندا | NL
plural-capitals | اليكسا البقر الهولندي بس وش عواصم هولندا | NL
plural-capitals | اليكسا يا بنات ماليزيا وش عواصمها الثنتين | MY
plural-capitals | اليكسا ارباب سريلانكا عواصم ايش | LK
plural-capitals | اليكسا دهن العود السيلاني سريلانكا وش عواصمها | LK
plural-capitals | اليكسا سريلانكا عندها كم عاصمة وش اسماها | LK
plural-capitals | اليكسا يا شيخ بنين عاصمتين شنو | BJ
plural-capitals | اليكسا الحجاج من بنين وش عواصم بلدهم | BJ
plural-capitals | اليكسا ساحل العاج عاصمتها السياسية والاقتصادية وش هم | CI
plural-capitals | اليكسا الله يبارك فيك عواصم كوت ديفوار | CI
plural-capitals | اليكسا اسواتيني عندها عاصمتين وش هم يا معلم | SZ
plural-capitals | اليكسا عواصم مملكة اسواتيني كلها | SZ
plural-capitals | اليكسا بعد الصلاة فلسطين عواصمها وش هي | PS
plural-capitals | اليكسا عاصمتين فلسطين يا بنات | PS

# more lines for the smaller groups
tamil-workers | اليكسا ارباب انا مافي فهم عاصمة {} ايش | تيلانغانا=IN-TS; اندرا براديش=IN-AP; سنغافورة=SG
boy-new-echo | اليكسا بابا يقول عاصمة {} انتي تعرفين | الكويت=KW; قطر=QA; البحرين=BH
oromo-workers | اليكسا مدام ولد يسال عاصمة {} انا ما يعرف | الصومال=SO; السودان=SD; اليمن=YE
oromo-workers | اليكسا انا روح {} بعدين هادا عاصمة ايش | لبنان=LB; الاردن=JO; الكويت=KW
senegalese-teachers | اليكسا الطالب من {} يسال عن عاصمة بلده | النيجر=NE; تشاد=TD; نيجيريا=NG
senegalese-teachers | اليكسا يا اخي الحلقة فيها واحد من {} ما عاصمتها | جزر القمر=KM; الغابون=GA; الكاميرون=CM
ask-invocation | اليكسا قولي لعواصم العالم وش عاصمة {} | بلغاريا=BG; صربيا=RS; الجبل الاسود=ME

"""


if __name__ == "__main__":
    build_round(49, "ar", LINES, sys.argv, "tests/Eval/ar/round49/source/build_corpus.py")
