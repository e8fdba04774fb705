"""Round 51, Arabic (ar-SA): a new author's own mix, written blind in the sixty-first session (brief WRITER69.md), for
this session's tuner. Every line was written by hand as one utterance said to an Echo in Saudi Arabia, transcribed as
ASR gives it (Arabic letters, no diacritics, tatweel or digits, single spaces).
Speakers chosen apart from round 50's (Sudair truffle hunters, Unaizah date-auction callers, Farasan ferry passengers,
Saudi Post counter clerks, Riyadh Metro passengers, gym trainers, hospital lab technicians, Umrah hotel receptionists
in Makkah, saluki breeders, stable grooms at an equestrian club, padel players in Khobar, Snapchat influencers, a
night-shift petrol attendant, abaya-shop saleswomen, retired teachers on a park walking track, Korean expat engineers,
Mauritanian students in Madinah, Hausa traders settled in Makkah, Bosnian students at the Islamic University,
kindergarten teachers, a girls' class quiz, moving house, a rainy night, a power cut, a wife waiting for a flight,
Jakaro, Uno with cousins), from round 49's (Yanbu port stevedores and crane operators, Bisha palm farmers, Umluj and
al-Wajh coral divers, Sanaiya car mechanics, oud and perfume sellers, bank tellers, dental-clinic receptionists, Hajj
scout volunteers, Border Guard coast patrols, camel race owners, Riyadh Season event staff, public librarians, Somali
workers, Chadian students in Madinah, Hui Chinese students, Tamil workers, Ethiopian Oromo home workers, Senegalese
Quran teachers, calligraphy teachers, a women's driving school, a Ramadan suhoor, a desert kashta, a Riyadh majlis, a
mother cooking kabsa, a small boy with a new Echo, the bilad word game, dominoes), from round 48's (al-Baha terrace
farmers, Qurayyat families, Wadi al-Dawasir farmers, Hafr al-Batin market traders, Jubail plant engineers, Jeddah
gold-souk sellers, barbershop and tailors' customers, real-estate brokers, an airport car-rental desk, delivery
dispatchers, radio hosts, school-bus supervisors, National Museum guides, Nepali security guards, Kenyan and Ugandan
home workers, returned scholarship students, the morning school radio, nursing students, Mawhiba trainees, an Eid
gathering, newlyweds, twin brothers, a night-shift nurse, ludo and carrom players, crossword solvers, a chess club, a
million-riyal style quiz), from round 47's (AlUla guides, al-Jouf olive farmers, Arar shepherds, al-Qunfudhah
fishermen, Saudia crew, pharmacists, call-centre agents, mutawwif guides, Souq al-Zal sellers, resort staff, wedding
planners, travel agents, causeway customs officers, Aramco retirees, Madinah grandfathers, home bakers, homeschooling
mothers, Sri Lankan, Rohingya, Central Asian and Eritrean speakers, Hyderabadi engineers, KFUPM students, Qudurat
revisers, Model UN debaters, falconers, baloot players, football fans, an astronomy club) and from the groups of the
rounds before them (Gulf, Levantine, Egyptian, Iraqi, Maghrebi, Sudanese, Yemeni, Palestinian, Tabuk, Taif, Jazan,
Najran, Abha, Ha'il, al-Ahsa, Hijazi and Qassim families, Najdi grandmothers, Pakistani, Bangladeshi, Afghan,
Indonesian, Filipino, Turkish, Malayali and Western speakers, drivers, cafe friends, geography teachers, young
children, gamers, flag-quiz and istiraha players and the rest):
- regions and work: Qatif fish-market sellers at dawn (`ويش`، `الهامور`، `يا بويه`), Asir mountain beekeepers
  (`الخلية`، `السدر`، `ذلحين`), shawarma-shop workers on the evening rush (`صحن عربي`، `بدون ثوم`، `الطلب جاهز`),
  car-wash staff (`تلميع`، `غسيل داخلي`، `يا ريس`), Civil Defence firefighters on a night shift (`البلاغ`،
  `المناوبة`، `يا طويل العمر`), Red Crescent paramedics at the station (`المهمة`، `الحالة مستقرة`), construction-site
  engineers and foremen (`الصبة`، `الخرسانة`، `يا مهندس`), specialty-coffee roasters and baristas (`المحصول`،
  `الحمصة`، `في ستين`), florists before a wedding weekend (`البوكيه`، `الجوري`، `التوليب`), carpet sellers
  (`الزولية`، `السجاد العجمي`، `شغل يد`), attar spice sellers (`العطارة`، `الهيل`، `الزعفران`), visa-centre applicants
  in the queue (`البصمة`، `الموعد`، `الجواز`), optician staff and customers (`العدسات`، `الفحص`، `الاطار`), event
  photographers (`اللقطة`، `الفلاش`، `الالبوم`), stamp and coin collectors (`الطوابع`، `العملة القديمة`، `الهواة`),
  sheep-souq brokers (`الحري`، `النعيمي`، `السواكني`), Jarir bookshop staff at the atlas shelf (`جرير`، `الاطلس`،
  `الرف`), airport baggage handlers on the night shift (`الشنط`، `السير`، `التاق`), a women's salon (`الصبغة`،
  `السشوار`، `الحنا`), mobile-phone shop staff (`الشاحن`، `الضمان`، `الجوال`), roadside watermelon sellers on the
  Jazan road (`الحبحب`، `البسطة`، `يا حاج`),
- migrants and learners: Brazilian footballers in the Saudi league (`حبيبي`، `يلا`، `شوية شوية`، `انا في`),
  Malaysian students at Umm al-Qura (`من فضلك`، `ما هي`، `ان شاء الله`), Dagestani students of Arabic in Madinah
  (`يا اخي`، `هذا`، `والله ما اعرف`),
- school: a Quran memorisation circle (`التسميع`، `يا شيخ`، `الوجه`), intermediate-school boys at break (`الفسحة`،
  `المقصف`، `الاستاذ جاي`), a university student the night before her geography exam (`الملزمة`، `السلايدات`،
  `الاختبار بكرة`),
- home: new parents awake with a baby (`الرضعة`، `البيبي نام`، `بصوت واطي`), an Eid al-Adha morning (`الاضحية`،
  `الجزار`، `الكبدة`), a child with a fever (`الحرارة`، `الكمادات`، `يا قلبي`), a spring-cleaning day (`الكنب`،
  `المكنسة`، `العاملة`), a family road trip to Abha (`متى نوصل`، `المحطة`، `يا بابا`),
- games: Monopoly with cousins (`مونوبولي`، `السجن`، `البنك`), twenty questions guessing a country (`فكرت في دولة`،
  `حار ولا بارد`).
Situations: work (a fish auction, the hives, a shawarma counter, a car wash, a fire station, an ambulance station, a
building site, a roastery, a flower shop, a carpet shop, a spice shop, a visa queue, an optician, a wedding shoot, a
collectors' evening, a sheep souq, a bookshop, an airport belt, a salon, a phone shop, a roadside stall), school (a
mosque circle, a school break, an exam night), home (a new baby, Eid al-Adha, a sick child, cleaning day, a road trip)
and games (Monopoly, twenty questions).
Built by round12_hinl_corpus.py (build_round with round 51's number)."""
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
# help
help | اليكسا كيف استخدم عواصم العالم | HELP
help | اليكسا وش اقدر اسال عواصم العالم | HELP
help | اليكسا عواصم العالم وش تسوي بالضبط | HELP
help | اليكسا ما فهمت كيف العبة هذي تشتغل | HELP
help | اليكسا ساعديني في العواصم | HELP
help | اليكسا ابي شرح للعبة العواصم | HELP
help | اليكسا علميني كيف اسال عن عاصمة | HELP
help | اليكسا وش الاوامر اللي تفهمها عواصم العالم | HELP
help | اليكسا انا جديد على هالمهارة وش اقول | HELP
help | اليكسا محتاج مساعدة بالعواصم لو سمحتي | HELP
help | اليكسا كيف اقولك اسم الدولة عشان تعطيني عاصمتها | HELP
help | اليكسا وش طريقة السؤال الصح | HELP
help | اليكسا المهارة هذي وش فايدتها | HELP
help | اليكسا اشرحي لي مرة ثانية كيف اسال | HELP
help | اليكسا عطيني امثلة على اسئلة اقدر اسالها | HELP
help | اليكسا تعليمات عواصم العالم | HELP
help | اليكسا ما عرفت اتعامل معك ساعديني | HELP
help | اليكسا وش اسوي الحين | HELP
help | اليكسا اطلب من عواصم العالم المساعدة | HELP
help | اليكسا تقدرين تعلميني وش تعرفين عن العواصم | HELP
help | اليكسا يا بنت الحلال فهميني كيف العب | HELP
help | اليكسا دليل الاستخدام للعواصم | HELP
help | اليكسا كيف ابدا اسال عن الدول | HELP
help | اليكسا هل تعرفين عواصم الولايات بعد ولا بس الدول | HELP
help | اليكسا ساعدي الوالدة تسال عن العواصم | HELP
help | اليكسا الولد يبي يعرف كيف يسالك علميه | HELP
help | اليكسا وش الخيارات الموجودة في عواصم العالم | HELP
help | اليكسا مساعده | HELP
# stop
stop | اليكسا خلاص يكفي عواصم | STOP
stop | اليكسا وقفي المهارة | STOP
stop | اليكسا اطفي عواصم العالم | STOP
stop | اليكسا بس خلاص تعبنا | STOP
stop | اليكسا اسكتي الله يرضى عليك | STOP
stop | اليكسا قفلي اللعبة | STOP
stop | اليكسا انهي الجلسة | STOP
stop | اليكسا خلصنا من العواصم | STOP
stop | اليكسا اطلعي من عواصم العالم | STOP
stop | اليكسا يكفي كذا اليوم | STOP
stop | اليكسا وقف وقف | STOP
stop | اليكسا سكري العواصم | STOP
stop | اليكسا بطلي كلام | STOP
stop | اليكسا خلاص ما نبي عواصم | STOP
stop | اليكسا انتهينا شكرا | STOP
stop | اليكسا اطلعي الحين | STOP
stop | اليكسا قفلي كل شي | STOP
stop | اليكسا خروج من المهارة | STOP
stop | اليكسا وقفي الله يعافيك الضيوف وصلوا | STOP
stop | اليكسا يكفي الاذان بيأذن | STOP
stop | اليكسا خلاص نامي | STOP
stop | اليكسا انهاء عواصم العالم | STOP
stop | اليكسا سكتي شوي | STOP
stop | اليكسا ما ابي اكمل | STOP
stop | اليكسا اوقفي اللعب | STOP
stop | اليكسا باي | STOP
stop | اليكسا مع السلامة يا اليكسا | STOP
stop | اليكسا طفي نفسك | STOP
# cancel
cancel | اليكسا الغي | CANCEL
cancel | اليكسا كنسلي السؤال | CANCEL
cancel | اليكسا لا لا الغي هذا | CANCEL
cancel | اليكسا تراجعي عن السؤال | CANCEL
cancel | اليكسا انسي اللي قلته | CANCEL
cancel | اليكسا الغي الطلب | CANCEL
cancel | اليكسا مو هذا اللي ابيه الغيه | CANCEL
cancel | اليكسا خليها ما ابيها | CANCEL
cancel | اليكسا الغاء السؤال الاخير | CANCEL
cancel | اليكسا لا تجاوبين الغي | CANCEL
cancel | اليكسا سامحيني غلطت الغيه | CANCEL
cancel | اليكسا بلاش هالسؤال | CANCEL
cancel | اليكسا ما عليك منه الغيه | CANCEL
cancel | اليكسا الغي الغي | CANCEL
cancel | اليكسا كنسل | CANCEL
cancel | اليكسا انسي الموضوع | CANCEL
cancel | اليكسا امسحي السؤال | CANCEL
cancel | اليكسا طنشي اللي قلت | CANCEL
cancel | اليكسا لا خلاص الغي العاصمة | CANCEL
cancel | اليكسا ما ابي الجواب الغيه | CANCEL
cancel | اليكسا الغيه الولد هو اللي سال | CANCEL
cancel | اليكسا تجاهلي السؤال | CANCEL
cancel | اليكسا ارجعي الغي | CANCEL
cancel | اليكسا غيرت رايي الغي | CANCEL
cancel | اليكسا الغاء | CANCEL
cancel | اليكسا لا لا لا خلاص | CANCEL
cancel | اليكسا بدون الغيه | CANCEL
cancel | اليكسا الغي السالفة | CANCEL
# launch
launch | اليكسا افتحي عواصم العالم | LAUNCH
launch | اليكسا شغلي عواصم العالم | LAUNCH
launch | اليكسا ابدي عواصم العالم | LAUNCH
launch | اليكسا ابي عواصم العالم | LAUNCH
launch | اليكسا افتح مهارة عواصم العالم | LAUNCH
launch | اليكسا عواصم العالم | LAUNCH
launch | اليكسا نبي نلعب عواصم العالم | LAUNCH
launch | اليكسا وديني لعواصم العالم | LAUNCH
launch | اليكسا تكفين افتحي عواصم العالم | LAUNCH
launch | اليكسا يلا عواصم العالم | LAUNCH
launch | اليكسا شغلي لنا عواصم العالم يا حلوة | LAUNCH
launch | اليكسا ممكن تفتحين عواصم العالم | LAUNCH
launch | اليكسا بدء عواصم العالم | LAUNCH
launch | اليكسا هاتي عواصم العالم | LAUNCH
launch | اليكسا اطلبي عواصم العالم | LAUNCH
launch | اليكسا دخليني عواصم العالم | LAUNCH
launch | اليكسا ابغى العب عواصم العالم | LAUNCH
launch | اليكسا شغلي مهارة العواصم عواصم العالم | LAUNCH
launch | اليكسا عواصم العالم لو سمحتي | LAUNCH
launch | اليكسا افتحي لي عواصم العالم بسرعة | LAUNCH
launch | اليكسا الله يخليك شغلي عواصم العالم | LAUNCH
launch | اليكسا نبدا عواصم العالم | LAUNCH
launch | اليكسا كلمي عواصم العالم | LAUNCH
launch | اليكسا روحي على عواصم العالم | LAUNCH
launch | اليكسا شغلي عواصم العالم للعيال | LAUNCH
launch | اليكسا افتحي عواصم العالم مرة ثانية | LAUNCH
launch | اليكسا رجعي عواصم العالم | LAUNCH
launch | اليكسا ابي اسال عواصم العالم | LAUNCH
launch | اليكسا اتصلي بعواصم العالم | LAUNCH
launch | اليكسا شغلي لعبة عواصم العالم | LAUNCH
launch | اليكسا انا ابي عواصم العالم الحين | LAUNCH
launch | اليكسا فتح عواصم العالم | LAUNCH
launch | اليكسا يلا نبدا مع عواصم العالم | LAUNCH
launch | اليكسا عواصم العالم شغليها | LAUNCH
launch | اليكسا ممكن عواصم العالم | LAUNCH
launch | اليكسا ابدئي مهارة عواصم العالم | LAUNCH
launch | اليكسا شغلي عواصم العالم عشان الواجب | LAUNCH
launch | اليكسا افتحي عواصم العالم الوالد يبيها | LAUNCH
launch | اليكسا جيبي عواصم العالم | LAUNCH
launch | اليكسا عواصم العالم يا اليكسا | LAUNCH

# plural-capitals: all eight, several times each
plural-capitals | اليكسا وش هي عواصم جنوب افريقيا الثلاث | ZA
plural-capitals | اليكسا جنوب افريقيا كم عاصمة عندها وش هي | ZA
plural-capitals | اليكسا عطيني العواصم الثلاث حقت جنوب افريقيا | ZA
plural-capitals | اليكسا سمعت ان جنوب افريقيا لها اكثر من عاصمة وش هي | ZA
plural-capitals | اليكسا عواصم دولة جنوب افريقيا كلها | ZA
plural-capitals | اليكسا بوليفيا لها عاصمتين صح وش هم | BO
plural-capitals | اليكسا قولي عاصمتي بوليفيا | BO
plural-capitals | اليكسا العاصمتين حقت بوليفيا | BO
plural-capitals | اليكسا وش عواصم بوليفيا الاثنتين | BO
plural-capitals | اليكسا بوليفيا عواصمها وش اسمائها | BO
plural-capitals | اليكسا هولندا عندها عاصمتين وش هم | NL
plural-capitals | اليكسا عاصمتي هولندا | NL
plural-capitals | اليكسا وش العاصمتين اللي في هولندا | NL
plural-capitals | اليكسا عواصم هولندا كلها لو سمحتي | NL
plural-capitals | اليكسا هولندا كم عاصمة فيها وش اسماءها | NL
plural-capitals | اليكسا ماليزيا لها عاصمتين وش هي | MY
plural-capitals | اليكسا عاصمتي ماليزيا كوالالمبور والثانية وش | MY
plural-capitals | اليكسا وش عواصم ماليزيا | MY
plural-capitals | اليكسا العواصم حقت ماليزيا الاثنتين | MY
plural-capitals | اليكسا ماليزيا فيها عاصمة ادارية وعاصمة رسمية وش هم | MY
plural-capitals | اليكسا وش عواصم سريلانكا | LK
plural-capitals | اليكسا سريلانكا لها عاصمتين قوليهم | LK
plural-capitals | اليكسا عاصمتي سيرلانكا | LK
plural-capitals | اليكسا عواصم ساحل العاج الاثنتين | CI
plural-capitals | اليكسا ساحل العاج لها عاصمتين وش هم | CI
plural-capitals | اليكسا وش عاصمتي كوت ديفوار | CI
plural-capitals | اليكسا عواصم بنين كم وحدة ووش هي | BJ
plural-capitals | اليكسا بنين لها عاصمتين وش اسمائهم | BJ
plural-capitals | اليكسا العاصمتين حقت دولة بنين | BJ
plural-capitals | اليكسا وش عواصم اسواتيني | SZ
plural-capitals | اليكسا اسواتيني لها عاصمتين صح قوليهم | SZ
plural-capitals | اليكسا عاصمتي سوازيلاند | SZ
plural-capitals | اليكسا الدول اللي لها ثلاث عواصم جنوب افريقيا وش عواصمها | ZA
plural-capitals | اليكسا بريتوريا وكيب تاون وش العاصمة الثالثة لجنوب افريقيا | ZA
plural-capitals | اليكسا لاباز وسوكري كلهم عواصم بوليفيا صح | BO
plural-capitals | اليكسا امستردام ولاهاي هل الاثنين عواصم هولندا | NL
plural-capitals | اليكسا بوتراجايا وكوالالمبور عواصم ماليزيا ولا لا | MY
plural-capitals | اليكسا كولومبو هي العاصمة ولا فيه عاصمة ثانية لسريلانكا | LK
plural-capitals | اليكسا ابيدجان وياموسوكرو ايهم عاصمة ساحل العاج ولا الاثنين | CI
plural-capitals | اليكسا بورتو نوفو وكوتونو عاصمتين بنين | BJ
plural-capitals | اليكسا مباباني ولوبامبا وش فيهم عاصمة اسواتيني | SZ
plural-capitals | اليكسا يا ليت تعطيني كل عواصم جنوب افريقيا وحدة وحدة | ZA
plural-capitals | اليكسا اسماء عواصم بوليفيا بالترتيب | BO
plural-capitals | اليكسا هولندا فيها عاصمة ثانية غير امستردام | NL
plural-capitals | اليكسا ماليزيا كم عاصمة لها | MY
plural-capitals | اليكسا سريلانكا عندها كم عاصمة ووش هي | LK
plural-capitals | اليكسا عواصم كوت ديفوار | CI
plural-capitals | اليكسا بنين وش عواصمها الاثنتين | BJ
plural-capitals | اليكسا اسواتيني كم عاصمة عندها | SZ
plural-capitals | اليكسا العواصم الثلاثة لدولة جنوب افريقيا بالترتيب | ZA
plural-capitals | اليكسا بوليفيا ليه لها عاصمتين وش هي | BO
plural-capitals | اليكسا عاصمتين هولندا وش اسمهم | NL
plural-capitals | اليكسا عاصمتين ماليزيا | MY
plural-capitals | اليكسا عاصمتين سريلانكا الرسمية والتجارية | LK
plural-capitals | اليكسا عاصمتين ساحل العاج | CI
plural-capitals | اليكسا عاصمتين بنين | BJ
plural-capitals | اليكسا عاصمتين مملكة اسواتيني | SZ
# subdivision
subdivision | اليكسا وش عاصمة ولاية {} الامريكية | نيفادا=US-NV; اوريغون=US-OR; تينيسي=US-TN
subdivision | اليكسا عاصمة ولاية {} مو المدينة الكبيرة | ميشيغان=US-MI; ويسكونسن=US-WI; كنتاكي=US-KY
subdivision | اليكسا ولاية {} في امريكا وش عاصمتها | يوتا=US-UT; مونتانا=US-MT; اركنساس=US-AR
subdivision | اليكسا مقاطعة {} في كندا عاصمتها وش | مانيتوبا=CA-MB; ساسكاتشوان=CA-SK; نوفا سكوشا=CA-NS
subdivision | اليكسا ولاية {} في استراليا عاصمتها ايش | تسمانيا=AU-TAS; كوينزلاند=AU-QLD; فيكتوريا=AU-VIC
subdivision | اليكسا عاصمة ولاية {} في الهند وش هي | كيرلا=IN-KL; تيلانغانا=IN-TS; راجستان=IN-RJ
subdivision | اليكسا ولاية {} البرازيلية عاصمتها وش | باهيا=BR-BA; امازوناس=BR-AM; بارانا=BR-PR
subdivision | اليكسا ولاية {} في المانيا وش عاصمتها | بافاريا=DE-BY; ساكسونيا=DE-SN; هسن=DE-HE
subdivision | اليكسا عاصمة ولاية {} المكسيكية | يوكاتان=MX-YUC; خاليسكو=MX-JAL; سونورا=MX-SON
subdivision | اليكسا {} اللي في بريطانيا وش عاصمتها | اسكتلندا=GB-SCT; ويلز=GB-WLS; ايرلندا الشمالية=GB-NIR
subdivision | اليكسا عاصمة انجلترا نفسها مو بريطانيا | GB-ENG
subdivision | اليكسا وش عاصمة منطقة القصيم | FB
subdivision | اليكسا عاصمة منطقة عسير | FB
subdivision | اليكسا عاصمة اقليم كردستان العراق | FB
subdivision | اليكسا عاصمة ولاية صباح في ماليزيا | FB
subdivision | اليكسا وش عاصمة جزيرة زنجبار | FB
subdivision | اليكسا عاصمة مقاطعة الاندلس في اسبانيا | FB
subdivision | اليكسا عاصمة اقليم التبت | FB
subdivision | اليكسا عاصمة ولاية كادونا في نيجيريا | FB
subdivision | اليكسا عاصمة جزيرة غرينلاند | GL
subdivision | اليكسا وش عاصمة جزر فارو | FO
subdivision | اليكسا عاصمة بورتوريكو | PR
subdivision | اليكسا عاصمة جزيرة غوام | GU
subdivision | اليكسا وش عاصمة كاليدونيا الجديدة | NC
subdivision | اليكسا عاصمة بولينيزيا الفرنسية | PF
subdivision | اليكسا عاصمة جزيرة ريونيون | RE
subdivision | اليكسا عاصمة برمودا | BM
subdivision | اليكسا عاصمة جبل طارق وش هي | GI
subdivision | اليكسا عاصمة ولاية تكساس | US-TX
subdivision | اليكسا عاصمة كاليفورنيا الولاية | US-CA
subdivision | اليكسا ولاية نيويورك عاصمتها مو نيويورك صح وش هي | US-NY
subdivision | اليكسا عاصمة فلوريدا | US-FL
subdivision | اليكسا عاصمة اونتاريو في كندا | CA-ON
subdivision | اليكسا وش عاصمة كيبك | CA-QC
subdivision | اليكسا عاصمة جزيرة مان | IM
subdivision | اليكسا عاصمة جيرسي الجزيرة | JE
subdivision | اليكسا عاصمة الصحراء الغربية | EH
subdivision | اليكسا عاصمة جزر كايمان | KY
subdivision | اليكسا عاصمة ولاية هاواي | US-HI
subdivision | اليكسا عاصمة ولاية الاسكا | US-AK
subdivision | اليكسا عاصمة ولاية كشمير | IN-JK
subdivision | اليكسا عاصمة ولاية البنجاب الهندية | IN-PB
subdivision | اليكسا عاصمة جزيرة صقلية | FB
subdivision | اليكسا عاصمة اقليم كيبيك ولا كيبك كيف تنطق | CA-QC
subdivision | اليكسا عاصمة جزر الكناري | FB
subdivision | اليكسا عاصمة ولاية جورجيا الامريكية | US-GA

# follow-up
follow-up | طيب و{} | تشيلي=CL; بيرو=PE; الاكوادور=EC
follow-up | اليكسا و{} بعد | فنلندا=FI; السويد=SE; النرويج=NO
follow-up | زين و{} وش عاصمتها | ليتوانيا=LT; لاتفيا=LV; استونيا=EE
follow-up | طيب وش عن {} | البرتغال=PT; اسبانيا=ES; ايطاليا=IT
follow-up | و{} يا اليكسا | مصر=EG; السودان=SD; ليبيا=LY
follow-up | طيب و{} اللي جنبها | كوريا الشمالية=KP; منغوليا=MN; لاوس=LA
follow-up | و{} كمان | كوريا الجنوبية=KR; اليابان=JP; تايوان=TW
follow-up | اوكي و{} | الكونغو الديمقراطية=CD; الكونغو برازافيل=CG; الغابون=GA
follow-up | واللي بعدها {} | فلسطين=PS; الاردن=JO; سوريا=SY
follow-up | يعني و{} | هندوراس=HN; نيكاراغوا=NI; غواتيمالا=GT
follow-up | حلو طيب و{} | باراغواي=PY; اوروغواي=UY; الارجنتين=AR
follow-up | طيب {} وش عاصمتها بعد | بوليفيا=BO; هولندا=NL; ماليزيا=MY
# yes-no-check
yes-no-check | اليكسا هل عاصمة {} هي مسقط | عمان=OM; اليمن=YE; قطر=QA
yes-no-check | اليكسا صحيح ان عاصمة {} لاغوس | نيجيريا=NG; غانا=GH; بنين=BJ
yes-no-check | اليكسا اتوقع عاصمة {} اسطنبول صح ولا غلط | تركيا=TR; اليونان=GR; بلغاريا=BG
yes-no-check | اليكسا عاصمة {} ريو دي جانيرو صح | البرازيل=BR; البرتغال=PT; الارجنتين=AR
yes-no-check | اليكسا هل تورنتو عاصمة كندا | CA
yes-no-check | اليكسا الدار البيضاء هي عاصمة المغرب صح | MA
yes-no-check | اليكسا زيورخ عاصمة سويسرا ولا لا | CH
yes-no-check | اليكسا ترى دبي مو عاصمة الامارات صح | AE
yes-no-check | اليكسا هل القدس عاصمة فلسطين | PS
yes-no-check | اليكسا بيونغ يانغ عاصمة كوريا الشمالية صح | KP
yes-no-check | اليكسا سيول هي عاصمة كوريا الجنوبية ولا بوسان | KR
yes-no-check | اليكسا كينشاسا عاصمة الكونغو الديمقراطية صح | CD
yes-no-check | اليكسا برازافيل عاصمة جمهورية الكونغو مو كذا | CG
yes-no-check | اليكسا هل كراتشي عاصمة باكستان | PK
yes-no-check | اليكسا المنامة عاصمة البحرين اكيد | BH
yes-no-check | اليكسا هل ملبورن عاصمة استراليا | AU
yes-no-check | اليكسا جدة مو العاصمة صح الرياض العاصمة | SA
yes-no-check | اليكسا ابوجا ولا لاغوس عاصمة نيجيريا | NG
# self-correction
self-correction | اليكسا عاصمة {} لا قصدي النمسا | استراليا=AT; المانيا=AT
self-correction | اليكسا عاصمة السويد لا لا {} | سويسرا=CH; سوازيلاند=SZ
self-correction | اليكسا وش عاصمة ايران اقصد {} | العراق=IQ; عمان=OM
self-correction | اليكسا عاصمة غينيا لا اسمحي لي {} | غينيا بيساو=GW; غينيا الاستوائية=GQ; غيانا=GY
self-correction | اليكسا عاصمة النيجر اوه قصدي نيجيريا | NG
self-correction | اليكسا عاصمة سلوفاكيا لا سلوفينيا | SI
self-correction | اليكسا عاصمة كوريا الجنوبية لا عفوا الشمالية | KP
self-correction | اليكسا عاصمة كوريا الشمالية لا لا الجنوبية | KR
self-correction | اليكسا عاصمة الكونغو برازافيل لا الثانية الديمقراطية | CD
self-correction | اليكسا عاصمة زائير قصدي الكونغو برازافيل | CG
self-correction | اليكسا عاصمة اسرائيل لا قصدي فلسطين | PS
self-correction | اليكسا عاصمة دومينيكا لا جمهورية الدومينيكان | DO
self-correction | اليكسا عاصمة مالي لا مالاوي | MW
self-correction | اليكسا عاصمة زامبيا اقصد زيمبابوي | ZW
self-correction | اليكسا عاصمة موريشيوس لا موريتانيا | MR
self-correction | اليكسا عاصمة لاتفيا غلطت قصدي ليتوانيا | LT
self-correction | اليكسا عاصمة ارمينيا امم لا البانيا | AL
self-correction | اليكسا عاصمة الكاميرون لا قصدي تشاد | TD
self-correction | اليكسا عاصمة هولندا لا قصدي بلجيكا | BE
# reverse-question
reverse-question | اليكسا {} عاصمة اي دولة | نيامي=CITY:نيامي; بانجول=CITY:بانجول; ماسيرو=CITY:ماسيرو
reverse-question | اليكسا مدينة {} عاصمة وين | تبليسي=CITY:تبليسي; يريفان=CITY:يريفان; باكو=CITY:باكو
reverse-question | اليكسا {} هذي عاصمة مين من الدول | كيغالي=CITY:كيغالي; لوساكا=CITY:لوساكا; هراري=CITY:هراري
reverse-question | اليكسا وش الدولة اللي عاصمتها {} | تيغوسيغالبا=CITY:تيغوسيغالبا; مناغوا=CITY:ماناغوا; باراماريبو=CITY:باراماريبو
reverse-question | اليكسا اي بلد عاصمته {} | فيانتيان=CITY:فيانتيان; تيمفو=CITY:تيمفو; دوشانبي=CITY:دوشانبي
reverse-question | اليكسا رام الله عاصمة ايش | PS
reverse-question | اليكسا بيونغ يانغ عاصمة اي بلد | KP
reverse-question | اليكسا سيول عاصمة اي دولة | KR
reverse-question | اليكسا كينشاسا في اي دولة وهي العاصمة | CD
reverse-question | اليكسا برازافيل عاصمة مين | CG
reverse-question | اليكسا لاهاي عاصمة وش | NL
reverse-question | اليكسا سوكري عاصمة اي بلد | BO
reverse-question | اليكسا بوتراجايا عاصمة وين | MY
reverse-question | اليكسا بلومفونتين عاصمة اي دولة | ZA
reverse-question | اليكسا جورجتاون عاصمة اي دولة | CITY:جورجتاون
reverse-question | اليكسا فيكتوريا عاصمة ايش | CITY:فيكتوريا
reverse-question | اليكسا كينغستون عاصمة اي بلد | CITY:كينغستون
reverse-question | اليكسا نواكشوط عاصمة اي دولة | MR
reverse-question | اليكسا واغادوغو هذي عاصمة وين | BF
reverse-question | اليكسا عشق اباد عاصمة اي دولة | TM
reverse-question | اليكسا اولان باتور عاصمة مين | MN
reverse-question | اليكسا مقديشو عاصمة وين | SO

# official-name
official-name | اليكسا وش عاصمة جمهورية {} الاسلامية | باكستان=PK; ايران=IR; موريتانيا=MR
official-name | اليكسا عاصمة المملكة {} رسميا | الاردنية الهاشمية=JO; المغربية=MA
official-name | اليكسا عاصمة جمهورية {} الاتحادية الديمقراطية | نيبال=NP; اثيوبيا=ET
official-name | اليكسا ابي عاصمة الولايات المتحدة المكسيكية | MX
official-name | اليكسا عاصمة جمهورية الكونغو الديمقراطية بالاسم الرسمي | CD
official-name | اليكسا عاصمة جمهورية الكونغو بدون الديمقراطية | CG
official-name | اليكسا عاصمة جمهورية كوريا الشعبية الديمقراطية | KP
official-name | اليكسا عاصمة جمهورية كوريا | KR
official-name | اليكسا عاصمة دولة فلسطين | PS
official-name | اليكسا عاصمة دولة بوليفيا المتعددة القوميات | BO
official-name | اليكسا عاصمة مملكة هولندا | NL
official-name | اليكسا عاصمة الاتحاد الروسي | RU
official-name | اليكسا عاصمة جمهورية الصين الشعبية | CN
official-name | اليكسا عاصمة المملكة المتحدة لبريطانيا العظمى وايرلندا الشمالية | GB
official-name | اليكسا عاصمة جمهورية فنزويلا البوليفارية | VE
official-name | اليكسا عاصمة جمهورية تنزانيا المتحدة | TZ
official-name | اليكسا عاصمة سلطنة بروناي دار السلام | BN
official-name | اليكسا عاصمة جمهورية القمر المتحدة | KM
official-name | اليكسا عاصمة دولة الامارات العربية المتحدة | AE
official-name | اليكسا عاصمة الجمهورية العربية السورية | SY
official-name | اليكسا عاصمة جمهورية جنوب افريقيا | ZA
official-name | اليكسا عاصمة اتحاد ميكرونيزيا | FM
official-name | اليكسا عاصمة جمهورية لاو الديمقراطية الشعبية | LA
official-name | اليكسا عاصمة الجمهورية الهيلينية | GR
official-name | اليكسا عاصمة دولة الكويت رسميا | KW
official-name | اليكسا عاصمة جمهورية اتحاد ميانمار | MM
# everyday-name
everyday-name | اليكسا عاصمة امريكا وش هي | US
everyday-name | اليكسا عاصمة بريطانيا | GB
everyday-name | اليكسا عاصمة هولاندا | NL
everyday-name | اليكسا وش عاصمة الامارات | AE
everyday-name | اليكسا عاصمة بورما | MM
everyday-name | اليكسا عاصمة سيلان القديمة | LK
everyday-name | اليكسا عاصمة الحبشة | ET
everyday-name | اليكسا عاصمة فارس زمان | IR
everyday-name | اليكسا عاصمة تشيكوسلوفاكيا | FB
everyday-name | اليكسا عاصمة الاتحاد السوفيتي | FB
everyday-name | اليكسا عاصمة يوغوسلافيا | FB
everyday-name | اليكسا عاصمة سيام | TH
everyday-name | اليكسا عاصمة داهومي القديمة | BJ
everyday-name | اليكسا عاصمة روسيا البيضاء | BY
everyday-name | اليكسا عاصمة ساحل الذهب قبل الاستقلال | GH
everyday-name | اليكسا عاصمة زائير | CD
everyday-name | اليكسا عاصمة كمبوتشيا | KH
everyday-name | اليكسا عاصمة تركيا الجديدة تركيه | TR
everyday-name | اليكسا عاصمة التشيك | CZ
everyday-name | اليكسا عاصمة مقدونيا | MK
everyday-name | اليكسا عاصمة سوازيلاند | SZ
everyday-name | اليكسا عاصمة كوريا الشمالية اللي يسمونها كوريا كيم | KP
everyday-name | اليكسا عاصمة الصين الوطنية | TW
everyday-name | اليكسا عاصمة بلاد الشام | FB
everyday-name | اليكسا عاصمة هولندا اللي يسمونها الاراضي المنخفضة | NL
everyday-name | اليكسا عاصمة انقلترا | GB-ENG
everyday-name | اليكسا عاصمة الكونغو كينشاسا | CD
everyday-name | اليكسا عاصمة الكونغو برازافيل | CG
# shared-name
shared-name | اليكسا وش عاصمة جورجيا | GE
shared-name | اليكسا عاصمة جورجيا الولاية الامريكية مو الدولة | US-GA
shared-name | اليكسا عاصمة الكونغو | CD+CG
shared-name | اليكسا عاصمة كوريا | KP+KR
shared-name | اليكسا عاصمة غينيا | GN
shared-name | اليكسا عاصمة غينيا الجديدة | PG
shared-name | اليكسا عاصمة ساموا | WS
shared-name | اليكسا عاصمة ساموا الامريكية | AS
shared-name | اليكسا عاصمة الكونغو الصغيرة | CG
shared-name | اليكسا عاصمة الكونغو الكبيرة اللي فيها كينشاسا | CD
shared-name | اليكسا عاصمة كوريا اللي فيها كيم جونغ اون | KP
shared-name | اليكسا عاصمة كوريا اللي فيها بي تي اس | KR
shared-name | اليكسا عاصمة السودان الجنوبي مو الشمالي | SS
shared-name | اليكسا عاصمة السودان الكبير | SD
shared-name | اليكسا عاصمة دومينيكا الجزيرة الصغيرة | DM
shared-name | اليكسا عاصمة جزر فيرجن | VG+VI
shared-name | اليكسا عاصمة مقدونيا الشمالية مو اليونانية | MK
shared-name | اليكسا عاصمة ايرلندا | IE
shared-name | اليكسا عاصمة ايرلندا الشمالية | GB-NIR
shared-name | اليكسا عاصمة واشنطن الولاية مو العاصمة | US-WA
shared-name | اليكسا عاصمة فلسطين | PS
shared-name | اليكسا عاصمة لوكسمبورغ | LU
shared-name | اليكسا عاصمة سانت مارتن الهولندية | SX
shared-name | اليكسا عاصمة تيمور الشرقية | TL

# out-of-domain
out-of-domain | اليكسا كم عدد سكان القاهرة | FB
out-of-domain | اليكسا كم الساعة الحين في طوكيو | FB
out-of-domain | اليكسا وش الطقس بكرة في ابها | FB
out-of-domain | اليكسا حطي منبه الساعة خمس الفجر | FB
out-of-domain | اليكسا شغلي قران بصوت السديس | FB
out-of-domain | اليكسا كم المسافة بين الرياض والدمام | FB
out-of-domain | اليكسا وش عاصمة قارة افريقيا | FB
out-of-domain | اليكسا عاصمة اوروبا وش هي | FB
out-of-domain | اليكسا كم دولة في العالم | FB
out-of-domain | اليكسا وش اكبر دولة في العالم مساحة | FB
out-of-domain | اليكسا وش عملة اليابان | FB
out-of-domain | اليكسا كم سعر الدولار اليوم بالريال | FB
out-of-domain | اليكسا متى يأذن المغرب | FB
out-of-domain | اليكسا شغلي اغنية محمد عبده | FB
out-of-domain | اليكسا وش لغة البرازيل الرسمية | FB
out-of-domain | اليكسا نكتة | FB
out-of-domain | اليكسا عطيني وصفة كبسة لحم | FB
out-of-domain | اليكسا ولعي الليت في الصالة | FB
out-of-domain | اليكسا كم درجة الحرارة برا | FB
out-of-domain | اليكسا متى تأسست مدينة بغداد | FB
out-of-domain | اليكسا مين رئيس فرنسا | FB
out-of-domain | اليكسا وش اطول نهر في العالم | FB
out-of-domain | اليكسا كم ساعة طيران من جدة الى لندن | FB
out-of-domain | اليكسا ترجمي كلمة عاصمة بالانجليزي | FB
out-of-domain | اليكسا وش معنى كلمة عاصمة | FB
out-of-domain | اليكسا كم عدد سكان الرياض العاصمة | FB
out-of-domain | اليكسا وش اكبر مدينة في تركيا | FB
out-of-domain | اليكسا وش اقدم عاصمة في التاريخ | FB
out-of-domain | اليكسا عاصمة القطب الجنوبي | FB
out-of-domain | اليكسا عاصمة المريخ | FB
out-of-domain | اليكسا عاصمة الثقافة العربية لهالسنة | FB
out-of-domain | اليكسا عاصمة الدولة العباسية | FB
out-of-domain | اليكسا عاصمة الدولة الاموية قديم | FB
out-of-domain | اليكسا عاصمة الاندلس ايام المسلمين | FB
out-of-domain | اليكسا عاصمة الدولة السعودية الاولى | FB
out-of-domain | اليكسا عاصمة امريكا الجنوبية القارة | FB
out-of-domain | اليكسا عاصمة اسيا | FB
out-of-domain | اليكسا عاصمة الموضة في العالم | FB
out-of-domain | اليكسا عاصمة الضباب | FB
out-of-domain | اليكسا عاصمة الخليج الاقتصادية | FB
out-of-domain | اليكسا وش عاصمة اطلانتس | FB
out-of-domain | اليكسا عاصمة الحجاز زمان | FB
out-of-domain | اليكسا عاصمة المنطقة الشرقية | FB
out-of-domain | اليكسا كم عاصمة في العالم | FB
out-of-domain | اليكسا شغلي بودكاست فنجان | FB
out-of-domain | اليكسا ذكريني اشتري حليب | FB
out-of-domain | اليكسا اضيفي خبز لقائمة المقاضي | FB
out-of-domain | اليكسا وش اخبار الهلال | FB
out-of-domain | اليكسا مين فاز في المباراة امس | FB
out-of-domain | اليكسا كم باقي على رمضان | FB
out-of-domain | اليكسا اتصلي على ام عبدالله | FB
out-of-domain | اليكسا علي الصوت شوي | FB
out-of-domain | اليكسا وطي الصوت | FB
out-of-domain | اليكسا كم عمرك | FB
out-of-domain | اليكسا تحبيني | FB
out-of-domain | اليكسا مين سواك | FB
out-of-domain | اليكسا احكي لي قصة قبل النوم | FB
out-of-domain | اليكسا وش العلم اللي فيه نجمة وهلال احمر | FB
out-of-domain | اليكسا وش النشيد الوطني لمصر | FB
out-of-domain | اليكسا كم طول برج خليفة | FB
out-of-domain | اليكسا كم تبعد مكة عن المدينة | FB
out-of-domain | اليكسا وش الدولة اللي شكلها جزمة | FB
out-of-domain | اليكسا وش اصغر دولة في العالم | FB
out-of-domain | اليكسا متى استقلت الجزائر | FB
out-of-domain | اليكسا وش اعلى جبل في افريقيا | FB
out-of-domain | اليكسا مين اول من وصل القمر | FB
out-of-domain | اليكسا كم قارة في العالم | FB
out-of-domain | اليكسا حولي مية ريال لليورو | FB
out-of-domain | اليكسا شغلي اذاعة القران الكريم | FB
out-of-domain | اليكسا وقت صلاة الجمعة | FB
out-of-domain | اليكسا ابي ستيك مشوي وش احسن طريقة | FB
out-of-domain | اليكسا سوي مؤقت عشر دقايق للرز | FB
out-of-domain | اليكسا وش تاريخ اليوم بالهجري | FB
out-of-domain | اليكسا كم يوم باقي على العيد | FB
out-of-domain | اليكسا شغلي شيلات | FB
out-of-domain | اليكسا وش اسم عاصمة مملكة سبأ | FB
out-of-domain | اليكسا عاصمة الدولة العثمانية | FB
out-of-domain | اليكسا وش عاصمة ولاية الشام العثمانية | FB
out-of-domain | اليكسا اشهر اكلة في المكسيك | FB
out-of-domain | اليكسا وش الرياضة الشعبية في الهند | FB
out-of-domain | اليكسا كم عدد الولايات الامريكية | FB
out-of-domain | اليكسا وش اكثر عاصمة فيها سكان | FB
out-of-domain | اليكسا ليه نقلوا عاصمة البرازيل | FB
out-of-domain | اليكسا عاصمة اندونيسيا الجديدة وش اسمها ومتى بينقلونها | FB
out-of-domain | اليكسا كم تبعد باريس عن لندن | FB
out-of-domain | اليكسا وش طقس اسطنبول الاسبوع الجاي | FB
out-of-domain | اليكسا احجزي لي فندق في دبي | FB
out-of-domain | اليكسا وش افضل وقت لزيارة جورجيا | FB
out-of-domain | اليكسا هل احتاج فيزا لماليزيا | FB
out-of-domain | اليكسا كم سعر تذكرة الطيران للقاهرة | FB
out-of-domain | اليكسا عاصمة مملكة الحيوان | FB
out-of-domain | اليكسا حطي تذكير بموعد السفارة | FB
out-of-domain | اليكسا افتحي يوتيوب | FB
out-of-domain | اليكسا شغلي سبيستون | FB
out-of-domain | اليكسا كيف اكتب عاصمة بالانجليزي | FB
out-of-domain | اليكسا وش عاصمة نارنيا | FB
out-of-domain | اليكسا عاصمة المجرة | FB
out-of-domain | اليكسا وش احسن مطعم قريب مني | FB
out-of-domain | اليكسا كم نسبة الرطوبة في جدة | FB
out-of-domain | اليكسا هل بتمطر اليوم | FB
out-of-domain | اليكسا صباح الخير | FB
out-of-domain | اليكسا تصبحين على خير | FB
out-of-domain | اليكسا شكرا يا حلوة | FB
out-of-domain | اليكسا وش عاصمة البلاد اللي في فلم فروزن | FB
out-of-domain | اليكسا وش عاصمة الواكاندا | FB
out-of-domain | اليكسا عاصمة الحب باريس ليه يسمونها كذا | FB
out-of-domain | اليكسا الغرفة حارة شغلي المكيف | FB

# Qatif fish-market sellers at dawn (`ويش`، `الهامور`، `يا بويه`، `الحراج`)
qatif-fish | اليكسا الهامور هذا مستورد من {} ويش عاصمتها | عمان=OM; ايران=IR; باكستان=PK
qatif-fish | اليكسا يا بويه قبل الحراج ويش عاصمة {} | البحرين=BH; الكويت=KW; قطر=QA
qatif-fish | اليكسا الروبيان جاي من {} ويش عاصمتها الحين | الهند=IN; بنغلاديش=BD; فيتنام=VN
qatif-fish | اليكسا الصياد الجديد من {} ويش عاصمة بلده | سريلانكا=LK; ميانمار=MM; الفلبين=PH
qatif-fish | اليكسا السفينة رافعة علم {} عاصمتها ويش | بنما=PA; ليبيريا=LR; جزر مارشال=MH
qatif-fish | اليكسا التونة الزرقا تجي من {} ويش عاصمتها | اليابان=JP; المالديف=MV; سيشل=SC
qatif-fish | اليكسا السردين المعلب من {} ويش عاصمتها | المغرب=MA; البرتغال=PT; موريتانيا=MR
qatif-fish | اليكسا ويش سعر الكيلو الهامور اليوم | FB
qatif-fish | اليكسا يا بويه خلاص الحراج بدا وقفي | STOP

# Asir mountain beekeepers at the hives (`الخلية`، `السدر`، `ذلحين`، `ايوه`)
asir-bees | اليكسا النحل هذا سلالة من {} وش عاصمتها ذلحين | اليمن=YE; اثيوبيا=ET; مصر=EG
asir-bees | اليكسا عسل السدر حقنا احسن من عسل {} بس وش عاصمتها | نيوزيلندا=NZ; استراليا=AU; تركيا=TR
asir-bees | اليكسا وحنا عند الخلايا قولي عاصمة {} | الصومال=SO; جيبوتي=DJ; ارتيريا=ER
asir-bees | اليكسا الملكة جات بالطرد من {} عاصمتها ايوه وش هي | سلوفينيا=SI; كرواتيا=HR; النمسا=AT
asir-bees | اليكسا الشمع هذا يقولون من {} ذلحين عاصمتها وش | كينيا=KE; تنزانيا=TZ; اوغندا=UG
asir-bees | اليكسا النحال اللي يعلمنا من {} وش عاصمة بلاده | السودان=SD; جنوب السودان=SS; تشاد=TD
asir-bees | اليكسا المعرض الدولي للعسل هالسنة في {} عاصمتها وش | رومانيا=RO; هنغاريا=HU; بلغاريا=BG
asir-bees | اليكسا كم كيلو عسل تطلع الخلية في الموسم | FB
asir-bees | اليكسا الدخان في عيوني الغي الغي | CANCEL

# Shawarma shop workers on the evening rush (`صحن عربي`، `بدون ثوم`، `الطلب جاهز`)
shawarma-shop | اليكسا الطلب جاهز بس قولي عاصمة {} بسرعة | لبنان=LB; سوريا=SY; الاردن=JO
shawarma-shop | اليكسا صحن عربي بدون ثوم والزبون يسال عاصمة {} وش هي | فلسطين=PS; العراق=IQ; تركيا=TR
shawarma-shop | اليكسا المعلم يقول الشاورما اصلها من {} وش عاصمتها | اليونان=GR; قبرص=CY; ارمينيا=AM
shawarma-shop | اليكسا الكاشير من {} يسال وش عاصمة بلده | مصر=EG; اليمن=YE; السودان=SD
shawarma-shop | اليكسا الدجاج المجمد جاي من {} وش عاصمتها | البرازيل=BR; اوكرانيا=UA; فرنسا=FR
shawarma-shop | اليكسا صاحب المحل فاتح فرع في {} عاصمتها ايش | الكويت=KW; قطر=QA; البحرين=BH
shawarma-shop | اليكسا كم شاورما طلبنا اليوم | FB
shawarma-shop | اليكسا الزحمة بدت سكري العواصم | STOP

# Car-wash staff between cars (`تلميع`، `غسيل داخلي`، `يا ريس`)
car-wash | اليكسا يا ريس السيارة هذي مجمعة في {} وش عاصمتها | اليابان=JP; كوريا الجنوبية=KR; تايلاند=TH
car-wash | اليكسا الشمع اللي نلمع فيه من {} عاصمتها وش | المانيا=DE; ايطاليا=IT; السويد=SE
car-wash | اليكسا غسيل داخلي وخارجي والعامل من {} يبي عاصمته | بنغلاديش=BD; نيبال=NP; باكستان=PK
car-wash | اليكسا الفولفو اصلها من {} وعاصمتها وش | السويد=SE; الصين=CN; بلجيكا=BE
car-wash | اليكسا التايرات مكتوب عليها صنع في {} قولي العاصمة | اندونيسيا=ID; ماليزيا=MY; تشيكيا=CZ
car-wash | اليكسا الزبون مسافر بسيارته الى {} وش عاصمتها | الاردن=JO; الامارات=AE; عمان=OM
car-wash | اليكسا كم سعر التلميع الكامل | FB
car-wash | اليكسا يا ريس ساعدني كيف اسال العواصم | HELP

# Civil Defence firefighters on a quiet night shift (`البلاغ`، `المناوبة`، `يا طويل العمر`)
civil-defence | اليكسا المناوبة هادية قولي عاصمة {} | النرويج=NO; الدنمارك=DK; ايسلندا=IS
civil-defence | اليكسا السيارة الاطفاء الجديدة من {} وش عاصمتها يا طويل العمر | النمسا=AT; المانيا=DE; فنلندا=FI
civil-defence | اليكسا قبل لا يجي بلاغ وش عاصمة {} | استونيا=EE; لاتفيا=LV; ليتوانيا=LT
civil-defence | اليكسا فرق الانقاذ راحت ساعدت {} وش عاصمتها | تركيا=TR; المغرب=MA; ليبيا=LY
civil-defence | اليكسا البدل المقاومة للحريق من {} عاصمتها ايش | هولندا=NL; بولندا=PL; سويسرا=CH
civil-defence | اليكسا الزميل رجع من تدريب في {} وش عاصمتها | كوريا الجنوبية=KR; سنغافورة=SG; اليابان=JP
civil-defence | اليكسا جاء بلاغ وقفي بسرعة | STOP
civil-defence | اليكسا كم رقم الدفاع المدني | FB

# Red Crescent paramedics at the station (`المهمة`، `الحالة مستقرة`، `يا دكتور`)
red-crescent | اليكسا الحالة مستقرة وحنا راجعين وش عاصمة {} | بوركينا فاسو=BF; مالي=ML; النيجر=NE
red-crescent | اليكسا المريض اللي نقلناه من {} يسال عن عاصمة بلده وش هي | الصومال=SO; ارتيريا=ER; جيبوتي=DJ
red-crescent | اليكسا الهلال الاحمر ارسل فريق الى {} عاصمتها وش | السودان=SD; اليمن=YE; سوريا=SY
red-crescent | اليكسا بين المهمات قولي عاصمة {} | الكونغو الديمقراطية=CD; الكونغو برازافيل=CG; افريقيا الوسطى=CF
red-crescent | اليكسا المسعف الجديد درس في {} وش عاصمتها | ايرلندا=IE; استراليا=AU; نيوزيلندا=NZ
red-crescent | اليكسا الزميلة متطوعة كانت في {} وش عاصمتها | بنغلاديش=BD; باكستان=PK; افغانستان=AF
red-crescent | اليكسا المهمة جات الغي السؤال | CANCEL
red-crescent | اليكسا كم دقيقة للوصول لحي النسيم | FB

# Construction-site engineers and foremen (`الصبة`، `الخرسانة`، `يا مهندس`، `العمال`)
construction-site | اليكسا يا مهندس الحديد جاي من {} وش عاصمتها | تركيا=TR; اوكرانيا=UA; مصر=EG
construction-site | اليكسا قبل الصبة قولي عاصمة {} | الهند=IN; نيبال=NP; الفلبين=PH
construction-site | اليكسا العمال الجدد من {} وش عاصمة بلدهم | غانا=GH; كينيا=KE; اوغندا=UG
construction-site | اليكسا الرخام للمشروع مستورد من {} عاصمتها وش | ايطاليا=IT; اسبانيا=ES; البرتغال=PT
construction-site | اليكسا الاستشاري من {} يسال عن عاصمتها | البرتغال=PT; صربيا=RS; كرواتيا=HR
construction-site | اليكسا الخرسانة تجف وحنا ننتظر وش عاصمة {} | ماليزيا=MY; سنغافورة=SG; بروناي=BN
construction-site | اليكسا المقاول الباطن من {} وش عاصمة بلده | لبنان=LB; سوريا=SY; فلسطين=PS
construction-site | اليكسا كم متر مكعب في الصبة | FB
construction-site | اليكسا يا مهندس العمال ينادوني خلاص اطفي | STOP

# Specialty-coffee baristas and roasters (`المحصول`، `الحمصة`، `في ستين`، `الاسبريسو`)
coffee-roasters | اليكسا المحصول الجديد من {} وش عاصمتها | اثيوبيا=ET; كولومبيا=CO; البرازيل=BR
coffee-roasters | اليكسا الحمصة الفاتحة حقت {} قولي عاصمتها | كينيا=KE; رواندا=RW; بوروندي=BI
coffee-roasters | اليكسا قهوة في ستين من {} عاصمتها وش | غواتيمالا=GT; هندوراس=HN; السلفادور=SV
coffee-roasters | اليكسا البن هذا مزرعته في {} وش عاصمة البلد | كوستاريكا=CR; نيكاراغوا=NI; بنما=PA
coffee-roasters | اليكسا الزبون يبي اسبريسو من {} وش عاصمتها | الاكوادور=EC; بيرو=PE; بوليفيا=BO
coffee-roasters | اليكسا قهوة جامايكا بلو ماونتن وعاصمة {} وش | جامايكا=JM; هايتي=HT; الدومينيكان=DO
coffee-roasters | اليكسا كيس البن مكتوب عليه {} عاصمتها ايش | بابوا غينيا الجديدة=PG; اليمن=YE; تيمور الشرقية=TL
coffee-roasters | اليكسا كم درجة حرارة الماي للفي ستين | FB
coffee-roasters | اليكسا الطابور طويل كنسلي | CANCEL

# Florists at a flower shop before a wedding weekend (`البوكيه`، `الجوري`، `التوليب`، `التنسيق`)
florists | اليكسا التوليب وصل من {} وش عاصمتها | هولندا=NL; تركيا=TR; بلجيكا=BE
florists | اليكسا الجوري المستورد من {} عاصمتها وش | كينيا=KE; الاكوادور=EC; كولومبيا=CO
florists | اليكسا الزهور المجففة جاتنا من {} قولي عاصمتها | اثيوبيا=ET; زيمبابوي=ZW; زامبيا=ZM
florists | اليكسا الاوركيد من {} وعاصمتها وش اسمها | تايلاند=TH; سنغافورة=SG; تايوان=TW
florists | اليكسا العروس تبي ورد من {} وش عاصمتها | بلغاريا=BG; المغرب=MA; ايران=IR
florists | اليكسا وحنا نرتب التنسيق وش عاصمة {} | مولدوفا=MD; بيلاروسيا=BY; اوكرانيا=UA
florists | اليكسا كم سعر درزن الجوري | FB
florists | اليكسا ساعديني وش اقدر اسالك عن الدول | HELP

# Carpet and rug sellers (`الزولية`، `السجاد العجمي`، `المتر`، `شغل يد`)
carpet-sellers | اليكسا الزولية هذي شغل يد من {} وش عاصمتها | ايران=IR; افغانستان=AF; باكستان=PK
carpet-sellers | اليكسا السجاد العجمي يقولون اصله من {} عاصمتها وش | ايران=IR; اذربيجان=AZ; تركمانستان=TM
carpet-sellers | اليكسا المتر من السجاد {} بكم بس قبل وش عاصمتها | تركيا=TR; الهند=IN; نيبال=NP
carpet-sellers | اليكسا البساط البربري من {} عاصمتها ايش | المغرب=MA; الجزائر=DZ; تونس=TN
carpet-sellers | اليكسا الكليم هذا من {} وش عاصمة البلد | اوزبكستان=UZ; قيرغيزستان=KG; طاجيكستان=TJ
carpet-sellers | اليكسا الزبون يقول جدته من {} وش عاصمتها | كازاخستان=KZ; منغوليا=MN; ارمينيا=AM
carpet-sellers | اليكسا كم متر الصالة عشان الزولية | FB
carpet-sellers | اليكسا خلاص الزبون مشى اطفي | STOP

# Attar spice-shop sellers (`العطارة`، `الهيل`، `الزعفران`، `الكركم`)
attar-spices | اليكسا الهيل هذا من {} وش عاصمتها | الهند=IN; غواتيمالا=GT; سريلانكا=LK
attar-spices | اليكسا الزعفران الاصلي من {} عاصمتها وش | ايران=IR; افغانستان=AF; اسبانيا=ES
attar-spices | اليكسا القرفة جات من {} قولي عاصمتها | سريلانكا=LK; فيتنام=VN; اندونيسيا=ID
attar-spices | اليكسا الفانيلا من {} وش عاصمتها بالعطارة | مدغشقر=MG; جزر القمر=KM; اوغندا=UG
attar-spices | اليكسا القرنفل يجي من {} عاصمتها وش | تنزانيا=TZ; مدغشقر=MG; جزر القمر=KM
attar-spices | اليكسا جوزة الطيب من {} عاصمتها وش هي | غرينادا=GD; اندونيسيا=ID; سريلانكا=LK
attar-spices | اليكسا المرة واللبان من {} وش عاصمة البلد | عمان=OM; الصومال=SO; اثيوبيا=ET
attar-spices | اليكسا وش فايدة الكركم للمفاصل | FB
attar-spices | اليكسا العطار يقول الغي الغي | CANCEL

# Visa-centre applicants in the queue (`البصمة`، `الموعد`، `الجواز`، `الرقم`)
visa-centre | اليكسا موعد البصمة لفيزا {} بكرة وش عاصمتها | بريطانيا=GB; ايرلندا=IE; كندا=CA
visa-centre | اليكسا الجواز عندهم وحنا ننتظر فيزا {} عاصمتها وش | الولايات المتحدة=US; المكسيك=MX; كوبا=CU
visa-centre | اليكسا رقمي ما نادوه بعد قولي عاصمة {} | لوكسمبورغ=LU; ليختنشتاين=LI; موناكو=MC
visa-centre | اليكسا الموظف يسالني ليش {} وش عاصمتها اصلا | سلوفاكيا=SK; سلوفينيا=SI; مالطا=MT
visa-centre | اليكسا فيزا {} تاخذ كم يوم وعاصمتها وش | استراليا=AU; نيوزيلندا=NZ; جنوب افريقيا=ZA
visa-centre | اليكسا نبي نسافر {} بدون فيزا وش عاصمتها | جورجيا=GE; البوسنة=BA; اذربيجان=AZ
visa-centre | اليكسا نسيت صورة الجواز وش عاصمة {} | البرتغال=PT; النمسا=AT; المجر=HU
visa-centre | اليكسا كم رسوم فيزا الشنغن | FB
visa-centre | اليكسا نادوا رقمي وقفي | STOP

# Optician-shop staff and customers (`العدسات`، `النظارة`، `الفحص`، `الاطار`)
opticians | اليكسا الاطار هذا تصميم {} وش عاصمتها | ايطاليا=IT; فرنسا=FR; الدنمارك=DK
opticians | اليكسا العدسات اللاصقة من {} عاصمتها وش | كوريا الجنوبية=KR; ايرلندا=IE; المجر=HU
opticians | اليكسا بعد الفحص قولي عاصمة {} | النمسا=AT; سويسرا=CH; التشيك=CZ
opticians | اليكسا الجهاز حق قياس النظر من {} عاصمتها ايش | المانيا=DE; اليابان=JP; فنلندا=FI
opticians | اليكسا الطبيب اللي فحصني من {} وش عاصمة بلده | مصر=EG; الاردن=JO; السودان=SD
opticians | اليكسا انا ما اشوف زين بس وش عاصمة {} | ليختنشتاين=LI; اندورا=AD; سان مارينو=SM
opticians | اليكسا كم النظر حقي يمين ويسار | FB
opticians | اليكسا ساعديني كيف اسال عن عاصمة دولة | HELP

# Event photographers between shots (`اللقطة`، `الفلاش`، `الالبوم`، `العدسة`)
photographers | اليكسا قبل اللقطة الجماعية قولي عاصمة {} | فانواتو=VU; فيجي=FJ; ساموا=WS
photographers | اليكسا الالبوم طباعة {} عاصمتها وش | ايطاليا=IT; تركيا=TR; الامارات=AE
photographers | اليكسا صورت كسوف الشمس في {} وش عاصمتها | تشيلي=CL; الارجنتين=AR; المكسيك=MX
photographers | اليكسا الفلاش خرب والبديل من {} عاصمتها ايش | كوريا الجنوبية=KR; تايوان=TW; ماليزيا=MY
photographers | اليكسا المصور المساعد من {} وش عاصمة بلده | الفلبين=PH; اندونيسيا=ID; ميانمار=MM
photographers | اليكسا جاتني رحلة تصوير الى {} وش عاصمتها | ايسلندا=IS; النرويج=NO; منغوليا=MN
photographers | اليكسا صورة الطبيعة اللي فازت كانت في {} وش عاصمتها | ناميبيا=NA; بوتسوانا=BW; مدغشقر=MG
photographers | اليكسا كم ميقا العدسة الخمسين | FB
photographers | اليكسا خلاص بدا الزفاف اطفي | STOP

# Stamp and coin collectors at their club evening (`الطوابع`، `العملة القديمة`، `المجموعة`، `الهواة`)
stamp-coins | اليكسا طابع قديم مكتوب عليه {} وش عاصمتها | جزر سليمان=SB; توفالو=TV; كيريباتي=KI
stamp-coins | اليكسا العملة الفضية هذي من {} عاصمتها وش | ناورو=NR; بالاو=PW; تونغا=TO
stamp-coins | اليكسا في المجموعة ناقص طابع {} قولي عاصمتها | ميكرونيزيا=FM; جزر مارشال=MH; بابوا غينيا الجديدة=PG
stamp-coins | اليكسا الهواة يبيعون عملات {} وش عاصمتها | سانت لوسيا=LC; غرينادا=GD; دومينيكا=DM
stamp-coins | اليكسا الطابع اللي عليه صورة الملكة من {} عاصمتها | سانت كيتس ونيفيس=KN; انتيغوا وباربودا=AG; باربادوس=BB
stamp-coins | اليكسا البيزة القديمة من {} عاصمتها ايش | عمان=OM; الهند=IN; البحرين=BH
stamp-coins | اليكسا عملة ورقية من {} فيها اسد وش عاصمتها | سيراليون=SL; ليبيريا=LR; غامبيا=GM
stamp-coins | اليكسا كم يسوى الريال الفضة حق الملك عبدالعزيز | FB
stamp-coins | اليكسا الغي السؤال نبي نكمل المزاد | CANCEL

# Livestock-market brokers at the sheep souq (`الحري`، `النعيمي`، `الشريطي`، `السواكني`)
sheep-souq | اليكسا السواكني هذا جاي من {} وش عاصمتها | السودان=SD; الصومال=SO; جيبوتي=DJ
sheep-souq | اليكسا الحري والنعيمي عندنا بس الغنم اللي من {} وش عاصمتها | اثيوبيا=ET; كينيا=KE; تنزانيا=TZ
sheep-souq | اليكسا العلف مستورد من {} قولي عاصمتها | الارجنتين=AR; اوكرانيا=UA; كندا=CA
sheep-souq | اليكسا تاجر المواشي من {} يبي يعرف عاصمتها | تشاد=TD; النيجر=NE; مالي=ML
sheep-souq | اليكسا الجمال تجي من {} وش عاصمتها يا رجال | الصومال=SO; السودان=SD; موريتانيا=MR
sheep-souq | اليكسا الراعي من {} وش عاصمة بلاده | باكستان=PK; سريلانكا=LK; اريتريا=ER
sheep-souq | اليكسا كم سعر الحري اليوم | FB

# Brazilian footballers in the Saudi league learning Arabic (`حبيبي`، `يلا`، `شوية شوية`، `انا في`)
brazilian-footballers | اليكسا حبيبي عاصمة {} ايش | البرازيل=BR; البرتغال=PT; انغولا=AO
brazilian-footballers | اليكسا يلا يلا انا في {} الصيف عاصمة | الارجنتين=AR; الاوروغواي=UY; باراغواي=PY
brazilian-footballers | اليكسا شوية شوية عاصمة {} ايش اسم | موزمبيق=MZ; الراس الاخضر=CV; ساو تومي=ST
brazilian-footballers | اليكسا مباراة ضد {} بكرة عاصمة هذا ايش | كولومبيا=CO; فنزويلا=VE; تشيلي=CL
brazilian-footballers | اليكسا زميل انا في فريق من {} عاصمة ايش حبيبي | الكاميرون=CM; نيجيريا=NG; ساحل العاج=CI
brazilian-footballers | اليكسا مدرب من {} عاصمة ايش | كرواتيا=HR; صربيا=RS; الجبل الاسود=ME
brazilian-footballers | اليكسا حبيبي انا زوجة من {} عاصمة كيف | غينيا بيساو=GW; غينيا الاستوائية=GQ; سورينام=SR
brazilian-footballers | اليكسا انا ما في فاهم عربي كثير ساعد | HELP
brazilian-footballers | اليكسا يلا خلاص باي باي | STOP

# Malaysian students at Umm al-Qura University (`من فضلك`، `ما هي`، `ان شاء الله`، `الدكتور`)
malaysian-students | اليكسا من فضلك ما هي عاصمة {} | ماليزيا=MY; بروناي=BN; سنغافورة=SG
malaysian-students | اليكسا انا طالب من ماليزيا وصديقي من {} ما عاصمتها | تايلاند=TH; كمبوديا=KH; لاوس=LA
malaysian-students | اليكسا الدكتور سال في المحاضرة عن عاصمة {} ما هي | فيتنام=VN; الفلبين=PH; تيمور الشرقية=TL
malaysian-students | اليكسا ان شاء الله نسافر الى {} في الاجازة ما عاصمتها | المالديف=MV; سريلانكا=LK; بنغلاديش=BD
malaysian-students | اليكسا من فضلك عاصمة {} بالعربي | بوتان=BT; نيبال=NP; ميانمار=MM
malaysian-students | اليكسا ما هي عواصم ماليزيا من فضلك | MY
malaysian-students | اليكسا زميلي في السكن من {} ما هي عاصمة بلده | اوزبكستان=UZ; طاجيكستان=TJ; قيرغيزستان=KG
malaysian-students | اليكسا ما معنى كلمة عاصمة بلغة الملايو | FB
malaysian-students | اليكسا من فضلك الغي هذا السؤال | CANCEL

# Dagestani students of Arabic in Madinah (`يا اخي`، `هذا`، `ما هي`، `والله ما اعرف`)
dagestani-students | اليكسا يا اخي عاصمة {} ما هي | روسيا=RU; بيلاروسيا=BY; كازاخستان=KZ
dagestani-students | اليكسا والله ما اعرف عاصمة {} هذا | اذربيجان=AZ; جورجيا=GE; ارمينيا=AM
dagestani-students | اليكسا هذا بلد {} جيران بلدي عاصمة ما هي | تركمانستان=TM; اوزبكستان=UZ; ايران=IR
dagestani-students | اليكسا يا اخي انا ادرس عن {} ما هي العاصمة | البانيا=AL; كوسوفو=XK; مقدونيا الشمالية=MK
dagestani-students | اليكسا اريد اعرف عاصمة {} يا اخي | ليتوانيا=LT; بولندا=PL; لاتفيا=LV
dagestani-students | اليكسا هذا صعب عاصمة {} ما هي | مولدوفا=MD; رومانيا=RO; اوكرانيا=UA
dagestani-students | اليكسا يا اخي عاصمة داغستان ما هي | FB
dagestani-students | اليكسا عاصمة الشيشان ما هي يا اخي | FB
dagestani-students | اليكسا يا اخي انا ما افهم كيف اسال ساعدني | HELP

# A Quran memorisation circle between recitations (`التسميع`، `يا شيخ`، `الوجه`، `الحلقة`)
halaqa | اليكسا خلصت التسميع يا شيخ وش عاصمة {} | ماليزيا=MY; اندونيسيا=ID; بروناي=BN
halaqa | اليكسا الشيخ يقول حلقتنا فيها طالب من {} وش عاصمتها | تشاد=TD; نيجيريا=NG; غانا=GH
halaqa | اليكسا قبل الوجه الجاي قولي عاصمة {} | الصومال=SO; جزر القمر=KM; موريتانيا=MR
halaqa | اليكسا المصاحف توزع في {} وش عاصمتها | غينيا=GN; السنغال=SN; سيراليون=SL
halaqa | اليكسا المسابقة الدولية للقران كانت في {} وش عاصمتها | ماليزيا=MY; الاردن=JO; تركيا=TR
halaqa | اليكسا الحلقة خلصت قولي عاصمة {} | المالديف=MV; البوسنة والهرسك=BA; البانيا=AL
halaqa | اليكسا كم حزب في القران | FB
halaqa | اليكسا الشيخ دخل اسكتي | STOP

# Intermediate-school boys at break (`الفسحة`، `المقصف`، `يا شباب`، `الاستاذ جاي`)
school-break | اليكسا الفسحة باقي عليها خمس دقايق وش عاصمة {} | الارجنتين=AR; كرواتيا=HR; المغرب=MA
school-break | اليكسا المقصف زحمة قولي عاصمة {} | اوروغواي=UY; بلجيكا=BE; هولندا=NL
school-break | اليكسا تحدي مع خالد عاصمة {} وش | كوريا الشمالية=KP; الكونغو الديمقراطية=CD; فلسطين=PS
school-break | اليكسا لاعب {} اللي في النصر من وين عاصمتها | السنغال=SN; البرتغال=PT; الكاميرون=CM
school-break | اليكسا الاستاذ جاي بسرعة عاصمة {} | الكونغو برازافيل=CG; كوريا الجنوبية=KR; جنوب افريقيا=ZA
school-break | اليكسا الاستاذ جاي الغي الغي | CANCEL
school-break | اليكسا مين اقوى لاعب في العالم | FB
school-break | اليكسا يا شباب الجرس ضرب وقفي | STOP

# A university student the night before her world-geography exam (`الملزمة`، `السلايدات`، `الاختبار بكرة`، `يا رب`)
exam-night | اليكسا الملزمة تقول عاصمة {} وش هي صح | بوتسوانا=BW; ليسوتو=LS; اسواتيني=SZ
exam-night | اليكسا الاختبار بكرة وما حفظت عاصمة {} | ملاوي=MW; موزمبيق=MZ; زامبيا=ZM
exam-night | اليكسا في السلايدات مكتوب عاصمة {} وش هي بالضبط | رواندا=RW; بوروندي=BI; الكاميرون=CM
exam-night | اليكسا يا رب اتذكر عاصمة {} قوليها | الغابون=GA; غينيا الاستوائية=GQ; ساو تومي وبرينسيبي=ST
exam-night | اليكسا الدكتورة قالت عاصمة {} بتجي في الاختبار | توغو=TG; بنين=BJ; بوركينا فاسو=BF
exam-night | اليكسا اراجع الفصل الثالث عاصمة {} وش | ليبيريا=LR; غامبيا=GM; غينيا=GN
exam-night | اليكسا عواصم جنوب افريقيا الثلاثة للاختبار | ZA
exam-night | اليكسا عواصم بوليفيا عشان الاختبار | BO
exam-night | اليكسا كم ساعة باقي على الاختبار | FB
exam-night | اليكسا خلاص بنام الغي كل شي | CANCEL

# New parents awake with a baby at night (`الرضعة`، `البيبي نام`، `بصوت واطي`)
new-baby | اليكسا بصوت واطي وش عاصمة {} | الدنمارك=DK; السويد=SE; فنلندا=FI
new-baby | اليكسا البيبي نام اخيرا وش عاصمة {} | النرويج=NO; ايسلندا=IS; ايرلندا=IE
new-baby | اليكسا الرضعة الثالثة الليلة قولي عاصمة {} | سويسرا=CH; النمسا=AT; لوكسمبورغ=LU
new-baby | اليكسا الحليب الصناعي من {} وش عاصمتها | هولندا=NL; فرنسا=FR; نيوزيلندا=NZ
new-baby | اليكسا سمينا البنت على اسم مدينة في {} وش عاصمتها | البوسنة=BA; البانيا=AL; اليونان=GR
new-baby | اليكسا بصوت واطي عاصمتين هولندا | NL
new-baby | اليكسا شغلي صوت المطر للبيبي | FB
new-baby | اليكسا اسكتي البيبي صحى | STOP

# Eid al-Adha morning at the butcher's (`الاضحية`، `الجزار`، `الكبدة`، `عيدكم مبارك`)
eid-adha | اليكسا الجزار من {} يسال عن عاصمتها | مصر=EG; السودان=SD; اثيوبيا=ET
eid-adha | اليكسا الاضحية ننتظرها وش عاصمة {} | الجزائر=DZ; تونس=TN; ليبيا=LY
eid-adha | اليكسا اخوي يعيد في {} هالسنة وش عاصمتها | البوسنة والهرسك=BA; كوسوفو=XK; تركيا=TR
eid-adha | اليكسا لحم الاضاحي يوزع في {} وش عاصمتها | النيجر=NE; مالي=ML; بوركينا فاسو=BF
eid-adha | اليكسا الكبدة على النار وش عاصمة {} | افغانستان=AF; طاجيكستان=TJ; قيرغيزستان=KG
eid-adha | اليكسا متى صلاة العيد | FB
eid-adha | اليكسا الغي العواصم الحين العيد | CANCEL

# A child with a fever at home (`الحرارة`، `خافض الحرارة`، `يا قلبي`، `الكمادات`)
sick-child | اليكسا الحرارة نزلت شوي وولدي يسال عاصمة {} | مصر=EG; فرنسا=FR; الصين=CN
sick-child | اليكسا يا قلبي لا تتحرك اليكسا بتقولك عاصمة {} | اليابان=JP; كندا=CA; الهند=IN
sick-child | اليكسا خافض الحرارة هذا من {} وش عاصمتها | سويسرا=CH; بريطانيا=GB; الاردن=JO
sick-child | اليكسا البنت تعبانة وتبي تعرف عاصمة {} | استراليا=AU; نيوزيلندا=NZ; جنوب افريقيا=ZA
sick-child | اليكسا ولدي يقول ابي اعرف عاصمة {} قبل انام | كوريا الجنوبية=KR; كوريا الشمالية=KP; الكونغو=CD+CG
sick-child | اليكسا كم الحرارة الطبيعية للطفل | FB
sick-child | اليكسا نام الحمدلله وقفي | STOP

# A spring-cleaning day at home (`التنظيف`، `الكنب`، `المكنسة`، `العاملة`)
cleaning-day | اليكسا وانا انظف الكنب قولي عاصمة {} | البرتغال=PT; بلجيكا=BE; التشيك=CZ
cleaning-day | اليكسا المكنسة الجديدة من {} وش عاصمتها | كوريا الجنوبية=KR; تركيا=TR; ماليزيا=MY
cleaning-day | اليكسا العاملة من {} تسال عن عاصمة بلدها | الفلبين=PH; اندونيسيا=ID; كينيا=KE
cleaning-day | اليكسا المنظف هذا مكتوب عليه صنع في {} عاصمتها وش | الامارات=AE; مصر=EG; اسبانيا=ES
cleaning-day | اليكسا لقيت مغناطيس ثلاجة من {} عاصمتها وش | كرواتيا=HR; الجبل الاسود=ME; مالطا=MT
cleaning-day | اليكسا شغلي اغاني وحنا ننظف | FB
cleaning-day | اليكسا ساعديني وش تقدرين تسوين بالعواصم | HELP
cleaning-day | اليكسا خلصنا التنظيف اطفي | STOP

# A Monopoly night with the cousins (`مونوبولي`، `السجن`، `البنك`، `اشتريت`)
monopoly | اليكسا في المونوبولي العالمية اشتريت {} وش عاصمتها | البرازيل=BR; الارجنتين=AR; المكسيك=MX
monopoly | اليكسا طحت في السجن وش عاصمة {} | تشيلي=CL; بيرو=PE; كولومبيا=CO
monopoly | اليكسا الكرت الجديد مكتوب عليه {} عاصمتها ايش | كوبا=CU; جامايكا=JM; ترينيداد وتوباغو=TT
monopoly | اليكسا ابن عمي اشترى {} وما يعرف عاصمتها | الباهاماس=BS; بليز=BZ; غيانا=GY
monopoly | اليكسا دوري الحين قبل ارمي النرد عاصمة {} | سانت فنسنت والغرينادين=VC; هايتي=HT; دومينيكا=DM
monopoly | اليكسا كم فلوس يبدا فيها كل لاعب في المونوبولي | FB
monopoly | اليكسا ابن عمي غشاش الغي | CANCEL

# Twenty questions with cousins, guessing a country (`فكرت في دولة`، `عشرين سؤال`، `حار ولا بارد`)
twenty-questions | اليكسا فكرت في دولة وهي {} وش عاصمتها | ترينيداد=TT; سانت لوسيا=LC; باربادوس=BB
twenty-questions | اليكسا عشرين سؤال والجواب {} عاصمتها وش | انتيغوا=AG; سانت كيتس=KN; غرينادا=GD
twenty-questions | اليكسا حار ولا بارد الدولة {} وش عاصمتها | كيريباتي=KI; توفالو=TV; ناورو=NR
twenty-questions | اليكسا خسرت الدولة كانت {} قولي عاصمتها | بالاو=PW; جزر سليمان=SB; فانواتو=VU
twenty-questions | اليكسا بنت عمي فكرت في {} ما عرفنا عاصمتها | تونغا=TO; ساموا=WS; فيجي=FJ
twenty-questions | اليكسا السؤال التاسع عشر عاصمة {} وش هي | سورينام=SR; غيانا=GY; الاكوادور=EC
twenty-questions | اليكسا الدولة اللي فكرت فيها شكل علمها ورقة قيقب وش عاصمتها | FB
twenty-questions | اليكسا خلاص ما نبي نلعب اسكتي | STOP

# Jarir bookshop staff and shoppers at the atlas shelf (`جرير`، `الاطلس`، `الرف`، `الكاشير`)
jarir-bookshop | اليكسا الاطلس الجديد في جرير يقول عاصمة {} وش | اسرائيل=IL; فلسطين=PS; لبنان=LB
jarir-bookshop | اليكسا الكتاب هذا مترجم من لغة {} وش عاصمتها | اليابان=JP; روسيا=RU; كوريا الجنوبية=KR
jarir-bookshop | اليكسا على الرف كتاب رحلات عن {} قولي عاصمتها | الارجنتين=AR; بيرو=PE; بوليفيا=BO
jarir-bookshop | اليكسا الخريطة المعلقة مكتوب فيها {} بس العاصمة مو واضحة وش هي | كوريا الشمالية=KP; الكونغو الديمقراطية=CD; الكونغو برازافيل=CG
jarir-bookshop | اليكسا الرواية اللي اشتريتها احداثها في {} وش عاصمتها | كولومبيا=CO; نيجيريا=NG; افغانستان=AF
jarir-bookshop | اليكسا الكرة الارضية اللي في جرير فيها {} عاصمتها وين | هولندا=NL; جنوب افريقيا=ZA; ماليزيا=MY
jarir-bookshop | اليكسا كم سعر الاطلس الكبير في جرير | FB
jarir-bookshop | اليكسا وش احسن رواية هالشهر | FB
jarir-bookshop | اليكسا الكاشير نادى خلاص وقفي | STOP

# Airport baggage handlers on the night shift (`الشنط`، `السير`، `الرحلة`، `التاق`)
baggage-handlers | اليكسا الشنط هذي تاقها رايح {} وش عاصمتها | تونس=TN; السنغال=SN; ساحل العاج=CI
baggage-handlers | اليكسا السير وقف والرحلة من {} عاصمتها وش | اثيوبيا=ET; كينيا=KE; رواندا=RW
baggage-handlers | اليكسا رحلة الترانزيت الى {} وش عاصمتها بالضبط | سريلانكا=LK; المالديف=MV; نيبال=NP
baggage-handlers | اليكسا الطيارة الجاية من {} قولي عاصمتها قبل تنزل | كازاخستان=KZ; اوزبكستان=UZ; اذربيجان=AZ
baggage-handlers | اليكسا الشنطة الضايعة اصلها من {} وش عاصمتها | غينيا=GN; مالي=ML; موريتانيا=MR
baggage-handlers | اليكسا كم وزن الشنطة المسموح | FB
baggage-handlers | اليكسا متى رحلة القاهرة الجاية | FB
baggage-handlers | اليكسا خلصت الرحلة اطفي العواصم | STOP

# A women's salon between appointments (`الصبغة`، `السشوار`، `الحنا`، `يا قلبي`)
womens-salon | اليكسا الصبغة هذي ماركة من {} وش عاصمتها يا قلبي | فرنسا=FR; ايطاليا=IT; كوريا الجنوبية=KR
womens-salon | اليكسا وانا احط السشوار قولي عاصمة {} | لبنان=LB; المغرب=MA; تونس=TN
womens-salon | اليكسا الحنا الاصلي من {} عاصمتها وش | السودان=SD; اليمن=YE; الهند=IN
womens-salon | اليكسا الزبونة تقول شهر العسل في {} وش عاصمتها | المالديف=MV; موريشيوس=MU; سيشل=SC
womens-salon | اليكسا الكوافيرة من {} تبي عاصمة بلدها | المغرب=MA; الفلبين=PH; لبنان=LB
womens-salon | اليكسا شغلي عواصم العالم للبنات في الصالون | LAUNCH
womens-salon | اليكسا وش احسن لون صبغة للشتا | FB
womens-salon | اليكسا الزبونة وصلت الغي | CANCEL

# Mobile-phone and electronics shop staff (`الشاحن`، `الضمان`، `الجوال`، `السيريال`)
electronics-shop | اليكسا الضمان من وكيل {} عاصمتها ايش | كوريا الجنوبية=KR; تايوان=TW; اليابان=JP
electronics-shop | اليكسا الجوال المستعمل جاي من {} وش عاصمتها | الامارات=AE; الكويت=KW; هونغ كونغ=HK
electronics-shop | اليكسا السماعات من شركة في {} قولي عاصمتها | الدنمارك=DK; استونيا=EE; فنلندا=FI
electronics-shop | اليكسا الرقم التسلسلي يقول {} وش عاصمتها | ماليزيا=MY; تايلاند=TH; المكسيك=MX
electronics-shop | اليكسا الشاشة هذي تجميع {} قولي عاصمتها | المجر=HU; بولندا=PL; التشيك=CZ
electronics-shop | اليكسا افتحي عواصم العالم للزبون | LAUNCH
electronics-shop | اليكسا كم سعر ايفون الجديد | FB
electronics-shop | اليكسا الزبون راح الغي السؤال | CANCEL

# A family road trip to Abha (`متى نوصل`، `المحطة`، `الطريق طويل`، `يا بابا`)
road-trip | اليكسا الطريق طويل يا بابا وش عاصمة {} | النمسا=AT; المجر=HU; سلوفاكيا=SK
road-trip | اليكسا متى نوصل طيب قولي عاصمة {} | الهند=IN; سنغافورة=SG; اليابان=JP
road-trip | اليكسا وقفنا في المحطة وش عاصمة {} | بولندا=PL; رومانيا=RO; صربيا=RS
road-trip | اليكسا اختي تقول {} عاصمتها كذا وانا اقول لا وش الصح | استراليا=AU; كندا=CA; البرازيل=BR
road-trip | اليكسا يا بابا حنا في العقبة قولي عاصمة {} | مقدونيا الشمالية=MK; الجبل الاسود=ME; البانيا=AL
road-trip | اليكسا شغلي عواصم العالم للعيال في السيارة | LAUNCH
road-trip | اليكسا كم باقي على ابها | FB
road-trip | اليكسا وين اقرب محطة بنزين | FB
road-trip | اليكسا العيال ناموا اسكتي | STOP

# Roadside watermelon sellers on the Jazan road (`الحبحب`، `الشمام`، `البسطة`، `يا حاج`)
watermelon-sellers | اليكسا الحبحب هذا بذره من {} وش عاصمتها يا حاج | مصر=EG; تركيا=TR; ايران=IR
watermelon-sellers | اليكسا البسطة هادية قولي عاصمة {} | ارتيريا=ER; جنوب السودان=SS; اوغندا=UG
watermelon-sellers | اليكسا الشمام الاصفر يقولون من {} عاصمتها وش | اسبانيا=ES; المغرب=MA; هندوراس=HN
watermelon-sellers | اليكسا الزبون من {} يسال عاصمة بلده وش | الصومال=SO; اليمن=YE; اثيوبيا=ET
watermelon-sellers | اليكسا المانجو الجيزاني احسن من مانجو {} بس وش عاصمتها | باكستان=PK; الهند=IN; كينيا=KE
watermelon-sellers | اليكسا افتحي عواصم العالم يا حاج | LAUNCH
watermelon-sellers | اليكسا كم سعر الحبحب بالكيلو اليوم | FB
watermelon-sellers | اليكسا الشمس حارة وقفي | STOP

# more out-of-domain
out-of-domain | اليكسا كم عدد سكان بكين تقريبا | FB
out-of-domain | اليكسا وش لون علم البرازيل | FB
out-of-domain | اليكسا وش الديانة الرسمية في تايلاند | FB
out-of-domain | اليكسا كم عمر مدينة دمشق | FB
out-of-domain | اليكسا وش عاصمة البن في العالم | FB
out-of-domain | اليكسا عاصمة السياحة العربية | FB
out-of-domain | اليكسا مين مؤسس مدينة القاهرة | FB
out-of-domain | اليكسا وش اسم نهر بغداد | FB
out-of-domain | اليكسا كم ساعة الفرق بين الرياض ونيويورك | FB
out-of-domain | اليكسا ترجمي شكرا باليابانية | FB
out-of-domain | اليكسا وش الاكلة الشعبية في ماليزيا | FB
out-of-domain | اليكسا كم سكان العالم الحين | FB
out-of-domain | اليكسا وش الدول اللي تحد السعودية | FB
out-of-domain | اليكسا رتبي لي العواصم حسب الحروف | FB
out-of-domain | اليكسا عاصمة الورد في السعودية | FB
out-of-domain | اليكسا عاصمة النفط في العالم | FB
out-of-domain | اليكسا وش اغلى عاصمة للمعيشة | FB
out-of-domain | اليكسا وش اكثر عاصمة باردة | FB
out-of-domain | اليكسا كم متر ارتفاع صنعاء عن البحر | FB
out-of-domain | اليكسا شغلي نشرة الاخبار | FB
out-of-domain | اليكسا ايقظيني بعد نص ساعة | FB
out-of-domain | اليكسا اشتري لي بطارية من امازون | FB
out-of-domain | اليكسا وش الدولة اللي فيها اهرامات غير مصر | FB
out-of-domain | اليكسا متى يبدا الدوري السعودي | FB
out-of-domain | اليكسا اعطيني حكمة اليوم | FB
out-of-domain | اليكسا وش معنى اسم نيروبي | FB
out-of-domain | اليكسا عاصمة الكويت كم فيها سكان | FB
out-of-domain | اليكسا العاصمة الادارية الجديدة في مصر وش اسمها | FB
out-of-domain | اليكسا عاصمة الشمال في السعودية | FB
out-of-domain | اليكسا عاصمة الجنوب عدن ولا لا | FB
out-of-domain | اليكسا عاصمة مملكة كندة القديمة | FB
out-of-domain | اليكسا عاصمة دولة المماليك | FB
out-of-domain | اليكسا وش اول عاصمة للدولة الاسلامية | FB
out-of-domain | اليكسا عاصمة جزيرة العرب قبل الاسلام | FB
out-of-domain | اليكسا عاصمة قارة اوقيانوسيا | FB
out-of-domain | اليكسا وش عاصمة العالم | FB
out-of-domain | اليكسا عاصمة الشتاء في السعودية | FB
out-of-domain | اليكسا عاصمة الاتحاد الاوروبي | FB
out-of-domain | اليكسا عاصمة جمهورية افلاطون | FB
out-of-domain | اليكسا كيف صحتك اليوم | FB
out-of-domain | اليكسا سولفي معي شوي | FB
out-of-domain | اليكسا وش اسم اطول عاصمة في العالم | FB
out-of-domain | اليكسا كم كلمة في اسم بانكوك الكامل | FB
out-of-domain | اليكسا اعطيني سؤال عن الدول وانا اجاوب | FB
out-of-domain | اليكسا اختبريني في العواصم | FB
out-of-domain | اليكسا كم عاصمة حفظت اليوم | FB
out-of-domain | اليكسا عاصمة ولاية بنغال المغرب | FB
out-of-domain | اليكسا عاصمة جمهورية ارض الصومال | FB
out-of-domain | اليكسا عاصمة قبرص الشمالية | FB
out-of-domain | اليكسا عاصمة اوسيتيا الجنوبية | FB
out-of-domain | اليكسا عاصمة ترانسنيستريا | FB
out-of-domain | اليكسا عاصمة الباسك | FB
out-of-domain | اليكسا عاصمة كتالونيا | FB
out-of-domain | اليكسا عاصمة دارفور | FB
out-of-domain | اليكسا كم مدة الرحلة الى كوالالمبور | FB
out-of-domain | اليكسا وش ارخص دولة اسافر لها الصيف | FB
out-of-domain | اليكسا شغلي عبدالمجيد عبدالله | FB
out-of-domain | اليكسا اطفي النور | FB
# more help, stop, cancel
help | اليكسا الوالد ما يعرف يستخدمك اشرحي له العواصم | HELP
help | اليكسا كيف اسال عن عاصمة ولاية امريكية | HELP
help | اليكسا ايش تقدرين تجاوبين في عواصم العالم | HELP
help | اليكسا اساعد الولد في الواجب كيف نسالك | HELP
help | اليكسا ابغى اعرف طريقة لعب عواصم العالم | HELP
help | اليكسا انا ضايع وش اقول عشان تعطيني عاصمة | HELP
stop | اليكسا يا شيخة اطفي | STOP
stop | اليكسا كفاية عواصم اليوم | STOP
stop | اليكسا سدي المهارة | STOP
stop | اليكسا طلعينا من العواصم | STOP
stop | اليكسا اوقف عواصم العالم الحين | STOP
stop | اليكسا خلاص رحنا ننام | STOP
cancel | اليكسا ارجعي خطوة الغي | CANCEL
cancel | اليكسا كانسل العاصمة هذي | CANCEL
cancel | اليكسا لا مو هالدولة الغي | CANCEL
cancel | اليكسا الغي اللي قبل | CANCEL
cancel | اليكسا الغي طلبي الله يعافيك | CANCEL
cancel | اليكسا ما قصدت اسال الغيه | CANCEL
# more launch
launch | اليكسا ابي افتح عواصم العالم وانا في المطبخ | LAUNCH
launch | اليكسا عواصم العالم تكفين بسرعة | LAUNCH
launch | اليكسا شغلي عواصم العالم عشان اختي | LAUNCH
launch | اليكسا افتحي عواصم العالم للوالدة | LAUNCH
launch | اليكسا ابي مهارة عواصم العالم من فضلك | LAUNCH
launch | اليكسا يا اليكسا فتحي عواصم العالم | LAUNCH
launch | اليكسا شغلي عواصم العالم نبي نتحدى بعض | LAUNCH
launch | اليكسا ودي بعواصم العالم | LAUNCH
# more official, everyday, shared
official-name | اليكسا عاصمة جمهورية المانيا الاتحادية | DE
official-name | اليكسا عاصمة الجمهورية الفرنسية | FR
official-name | اليكسا عاصمة جمهورية مصر العربية | EG
official-name | اليكسا عاصمة الجمهورية الجزائرية الديمقراطية الشعبية | DZ
official-name | اليكسا عاصمة اتحاد جزر القمر | KM
official-name | اليكسا عاصمة مملكة البحرين | BH
official-name | اليكسا عاصمة جمهورية افريقيا الوسطى | CF
official-name | اليكسا عاصمة دولة اسرائيل | IL
official-name | اليكسا عاصمة الجمهورية التونسية | TN
official-name | اليكسا عاصمة سلطنة عمان | OM
everyday-name | اليكسا عاصمة بلاد الانكليز | GB
everyday-name | اليكسا عاصمة بلاد الافغان | AF
everyday-name | اليكسا عاصمة بلاد الرافدين | IQ
everyday-name | اليكسا عاصمة ارض الكنانة | EG
everyday-name | اليكسا عاصمة بلاد الشمس المشرقة | JP
everyday-name | اليكسا عاصمة بلاد الاناضول | TR
everyday-name | اليكسا عاصمة السويسرا | CH
everyday-name | اليكسا عاصمة الاردن الشقيق | JO
everyday-name | اليكسا عاصمة امريكا اللي هي الولايات المتحدة | US
everyday-name | اليكسا عاصمة بلاد الحرمين | SA
everyday-name | اليكسا عاصمة الشيشك | CZ
everyday-name | اليكسا عاصمة هولندا اللي الناس يقولون عنها امستردام | NL
shared-name | اليكسا عاصمة جورجيا اللي جنب روسيا | GE
shared-name | اليكسا عاصمة جورجيا اللي في امريكا | US-GA
shared-name | اليكسا عاصمة الكونغو اللي كانت بلجيكية | CD
shared-name | اليكسا عاصمة الكونغو اللي كانت فرنسية | CG
shared-name | اليكسا عاصمة كوريا الشمال | KP
shared-name | اليكسا عاصمة كوريا الجنوب | KR
shared-name | اليكسا عاصمة غينيا اللي على المحيط الهادي | PG
shared-name | اليكسا عاصمة السودان | SD
shared-name | اليكسا عاصمة مقدونيا اليونانية | FB
shared-name | اليكسا عاصمة لوكسمبورغ الدولة مو المقاطعة البلجيكية | LU
shared-name | اليكسا عاصمة ولاية واشنطن | US-WA
shared-name | اليكسا عاصمة تيمور | TL
shared-name | اليكسا عاصمة الصين تايوان ولا الصين الشعبية | CN+TW
launch | اليكسا ابي اتعلم العواصم افتحي عواصم العالم | LAUNCH
launch | اليكسا خلينا نلعب عواصم العالم شوي | LAUNCH
launch | اليكسا عواصم العالم افتحيها الله يسعدك | LAUNCH
reverse-question | اليكسا بيونغيانغ هذي عاصمة وش اسم دولتها | KP
yes-no-check | اليكسا كوريا الشمالية عاصمتها بيونغ يانغ ولا غلطانة | KP

# out-of-domain said in this round's situations
out-of-domain | اليكسا الهامور كم يعيش في البحر | FB
out-of-domain | اليكسا وش افضل وقت لفرز العسل | FB
out-of-domain | اليكسا كم سعرة في ساندويش الشاورما | FB
out-of-domain | اليكسا وش المسافة بين جازان وابها | FB
out-of-domain | اليكسا وش اكبر دولة تصدر القهوة | FB
out-of-domain | اليكسا كم يوم يعيش الورد في الموية | FB
out-of-domain | اليكسا كيف انظف الزولية الصوف | FB
out-of-domain | اليكسا متى يفتح مركز التأشيرات | FB
out-of-domain | اليكسا كم عمر الطابع الاسود الشهير | FB
out-of-domain | اليكسا وش اكثر دولة فيها غنم | FB
out-of-domain | اليكسا مين هداف الدوري البرازيلي | FB
out-of-domain | اليكسا كم ساعة بالطيارة لكوالالمبور من جدة | FB
out-of-domain | اليكسا وش اللغة اللي يتكلمونها في داغستان | FB
out-of-domain | اليكسا متى الاختبارات النهائية | FB
out-of-domain | اليكسا كم مرة يرضع البيبي في الليل | FB
out-of-domain | اليكسا متى وقت ذبح الاضحية | FB
out-of-domain | اليكسا كم جرعة خافض الحرارة للطفل | FB
out-of-domain | اليكسا كيف انظف الكنب القماش | FB
out-of-domain | اليكسا مين اخترع لعبة المونوبولي | FB
out-of-domain | اليكسا عاصمة الحبحب في السعودية | FB
out-of-domain | اليكسا كم شحن البطارية في الجوال | FB
out-of-domain | اليكسا كم عدد عواصم افريقيا | FB

"""


if __name__ == "__main__":
    build_round(51, "ar", LINES, sys.argv, "tests/Eval/ar/round51/source/build_corpus.py")
