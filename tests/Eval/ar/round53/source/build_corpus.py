"""Round 53, Arabic (ar-SA): a new author's own mix, written blind at the end of the sixty-second session (brief
WRITER71.md), for the next session's tuner. Every line was written by hand as one utterance said to an Echo in Saudi
Arabia, transcribed as ASR gives it (Arabic letters, no diacritics, tatweel or digits, single spaces).
Speakers chosen apart from round 52's (al-Kharj dairy-farm workers, NEOM camp workers, Diriyah heritage guides,
tyre-shop workers, Khamis Mushait military families, laundry-counter staff, tamees bakers, mandi restaurant staff, a
physiotherapy clinic, Zamzam-water distributors, swimming coaches, Taif rose distillers, Dammam dhow carpenters,
wedding-tent renters, SAPTCO ticket-counter staff, Bohra shopkeepers, Thai students from Pattani, Kosovar students,
Comorian workers, an adult-literacy class, English-institute students, a university dorm, a henna night, a sandstorm
day, a grandfather hard of hearing, National Day, a hospital waiting room, Bara al-Salfa), from round 51's (Qatif fish-market sellers, Asir mountain beekeepers, shawarma-shop workers,
car-wash staff, Civil Defence firefighters, Red Crescent paramedics, construction-site engineers and foremen,
specialty-coffee roasters and baristas, florists, carpet sellers, attar spice sellers, visa-centre applicants, optician
staff, event photographers, stamp and coin collectors, sheep-souq brokers, Jarir bookshop staff, airport baggage
handlers, a women's salon, mobile-phone shop staff, roadside watermelon sellers, Brazilian footballers, Malaysian
students at Umm al-Qura, Dagestani students in Madinah, a Quran memorisation circle, intermediate-school boys at break,
a university student before her geography exam, new parents with a baby, an Eid al-Adha morning, a child with a fever, a
spring-cleaning day, a family road trip to Abha, Monopoly with cousins, twenty questions), from round 50's (Sudair
truffle hunters, Unaizah date-auction callers, Farasan ferry passengers, Saudi Post counter clerks, Riyadh Metro
passengers, gym trainers, hospital lab technicians, Umrah hotel receptionists in Makkah, saluki breeders, stable grooms
at an equestrian club, padel players in Khobar, Snapchat influencers, a night-shift petrol attendant, abaya-shop
saleswomen, retired teachers on a park walking track, Korean expat engineers, Mauritanian students in Madinah, Hausa
traders settled in Makkah, Bosnian students at the Islamic University, kindergarten teachers, a girls' class quiz,
moving house, a rainy night, a power cut, a wife waiting for a flight, Jakaro, Uno with cousins), from round 49's (Yanbu
port stevedores and crane operators, Bisha palm farmers, Umluj and al-Wajh coral divers, Sanaiya car mechanics, oud and
perfume sellers, bank tellers, dental-clinic receptionists, Hajj scout volunteers, Border Guard coast patrols, camel
race owners, Riyadh Season event staff, public librarians, Somali workers, Chadian students in Madinah, Hui Chinese
students, Tamil workers, Ethiopian Oromo home workers, Senegalese Quran teachers, calligraphy teachers, a women's
driving school, a Ramadan suhoor, a desert kashta, a Riyadh majlis, a mother cooking kabsa, a small boy with a new Echo,
the bilad word game, dominoes), from round 48's (al-Baha terrace farmers, Qurayyat families, Wadi al-Dawasir farmers,
Hafr al-Batin market traders, Jubail plant engineers, Jeddah gold-souk sellers, barbershop and tailors' customers,
real-estate brokers, an airport car-rental desk, delivery dispatchers, radio hosts, school-bus supervisors, National
Museum guides, Nepali security guards, Kenyan and Ugandan home workers, returned scholarship students, the morning
school radio, nursing students, Mawhiba trainees, an Eid gathering, newlyweds, twin brothers, a night-shift nurse, ludo
and carrom players, crossword solvers, a chess club, a million-riyal style quiz), from round 47's (AlUla guides, al-Jouf
olive farmers, Arar shepherds, al-Qunfudhah fishermen, Saudia crew, pharmacists, call-centre agents, mutawwif guides,
Souq al-Zal sellers, resort staff, wedding planners, travel agents, causeway customs officers, Aramco retirees, Madinah
grandfathers, home bakers, homeschooling mothers, Sri Lankan, Rohingya, Central Asian and Eritrean speakers, Hyderabadi
engineers, KFUPM students, Qudurat revisers, Model UN debaters, falconers, baloot players, football fans, an astronomy
club) and from the groups of the rounds before them (Gulf, Levantine, Egyptian, Iraqi, Maghrebi, Sudanese, Yemeni,
Palestinian, Tabuk, Taif, Jazan, Najran, Abha, Ha'il, al-Ahsa, Hijazi and Qassim families, Najdi grandmothers,
Pakistani, Bangladeshi, Afghan, Indonesian, Filipino, Turkish, Malayali and Western speakers, drivers, cafe friends,
geography teachers, young children, gamers, flag-quiz and istiraha players and the rest):
- work: Kiswa-factory weavers in Makkah (`مصنع الكسوة`، `التطريز`، `الخيط الذهبي`), Saudi Railways north-line
  conductors (`قطار الشمال`، `الكمساري`، `المحطة الجاية`), National Centre for Meteorology forecasters (`المنخفض`،
  `الكتلة الهوائية`، `الوسم`), upholsterers (`التنجيد`، `الاسفنج`، `الكنب`), plumbers (`السباك`، `المواسير`،
  `الخلاط`), electricity meter readers (`العداد الذكي`، `الجولة`، `الفاتورة`), a marriage officiant (`المأذون`،
  `الشاهد`، `كتب الكتاب`), traffic police (`دورية المرور`، `المخالف`، `قطع الاشارة`), school-canteen staff
  (`المقصف`، `الفسحة`، `الفطيرة`), a cat veterinary clinic (`القطوة`، `البيطري`، `التطعيم`), roadside camel-milk
  sellers (`حليب نياق`، `الخلفات`، `المجاهيم`), a karate dojo (`الحزام الاسود`، `المدرب`، `النهائي`), shopkeepers in
  Jeddah's historic Balad (`البلد`، `الدكان`، `بيت نصيف`), kayak guides on the Dumat al-Jandal lake (`البحيرة`،
  `القارب`، `ننزل الماي`), IT support staff at Majmaah University (`الدعم الفني`، `التكت`، `السيرفر`), hotel
  housekeeping (`عاملة التنظيف`، `النزيل`، `الملاحف`), a Red Sea cruise crew (`الكروز`، `القبطان`، `ترسي`), Nabati
  poets (`القافية`، `المحاورة`، `البيت الجاي`),
- migrants and learners: Ghanaian students at the Islamic University (`يا اخي`، `من فضلك`، `زميلي في الجامعة`),
  Maldivian students (`لو سمحت`، `ما عاصمة`), a Japanese learner of Arabic in Riyadh (`عاصمة ماذا`، `ببطء`، `شكرا
  جزيلا`), Azerbaijani students (`ناس من باكو`، `رفيقي في السكن`), Malagasy students (`عفوا`، `استاذي سال`),
- home and occasions: a graduation party (`الخريجة`، `بتبتعث`، `الكيكة`), an aqiqah (`العقيقة`، `الخروف`،
  `الطباخ`), a car breakdown on the road (`السطحة`، `الونش`، `الميكانيكي`), a child with a loose tooth (`سني
  يتحرك`، `جنية الاسنان`), a sleepless night (`الساعة ثلاث الفجر`، `سهران`، `بصوت واطي`), a pottery workshop
  (`الطين`، `الفرن`، `الخزف`),
- games: a home treasure hunt (`الدليل`، `اللغز`، `الكنز`) and a Kahoot quiz in class (`كاهوت`، `الخيار الصحيح`،
  `ابلة`).
Situations: work (a Kiswa factory, a train, a forecast office, an upholstery shop, a plumbing job, a meter round, a
marriage contract, a traffic stop, a school canteen, a vet, a roadside stall, a dojo, an old-town shop, a lake, a help
desk, a hotel corridor, a cruise deck, a poetry evening), learning (four groups of foreign students and one learner),
home and occasions (a graduation, an aqiqah, a breakdown, a loose tooth, a sleepless night, a workshop) and two games.
Built by round12_hinl_corpus.py (build_round with round 53's number)."""
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
help | اليكسا عواصم العالم وش تقدر تسوي لي | HELP
help | اليكسا اسال عواصم العالم كيف يشتغل | HELP
help | اليكسا عواصم العالم وش الاوامر اللي عندك | HELP
help | اليكسا ما عرفت كيف استخدم العواصم علمني | HELP
help | اليكسا يا عواصم العالم اشرح لي الطريقة | HELP
help | اليكسا ابي شرح للعبة العواصم | HELP
help | اليكسا كيف اسالك عن عاصمة دولة علميني | HELP
help | اليكسا وش اقول لك عشان تعطيني العاصمة | HELP
help | اليكسا محتاج مساعدة في عواصم العالم | HELP
help | اليكسا التعليمات لو سمحتي | HELP
help | اليكسا وش طريقة السؤال عندكم | HELP
help | اليكسا ما فهمت وش المطلوب مني | HELP
help | اليكسا عطيني امثلة على الاسئلة | HELP
help | اليكسا وش اقدر اسال في هالمهارة | HELP
help | اليكسا الولد ما يعرف يستخدمها فهميه | HELP
help | اليكسا هذي اول مرة استخدم عواصم العالم وش اسوي | HELP
help | اليكسا ساعديني الله يعافيك ما عرفت | HELP
help | اليكسا كيف ابدا اسال عن العواصم | HELP
help | اليكسا وش تعرفين عن نفسك يا عواصم العالم | HELP
help | اليكسا ابي المساعدة بالعواصم | HELP
help | اليكسا عواصم العالم الدليل | HELP
help | اليكسا علمني كيف تشتغل المهارة هذي | HELP
help | اليكسا انا تايه وش اقول | HELP
help | اليكسا فيه قائمة اوامر | HELP
# stop
stop | اليكسا خلاص وقفي عواصم العالم | STOP
stop | اليكسا بس كفاية اليوم | STOP
stop | اليكسا سكري المهارة | STOP
stop | اليكسا طفي العواصم | STOP
stop | اليكسا وقف الحين عندي دوام | STOP
stop | اليكسا انهي اللعبة | STOP
stop | اليكسا اطلعي من عواصم العالم | STOP
stop | اليكسا خلصنا يعطيك العافية | STOP
stop | اليكسا سكت خلاص | STOP
stop | اليكسا ابي اطلع من المهارة | STOP
stop | اليكسا وقفي وقفي | STOP
stop | اليكسا يكفي كذا | STOP
stop | اليكسا اقفلي العواصم | STOP
stop | اليكسا بس بس خلاص | STOP
stop | اليكسا انتهينا مع السلامة | STOP
stop | اليكسا اسكتي شوي الضيوف وصلوا | STOP
stop | اليكسا خلاص الدرس خلص | STOP
stop | اليكسا وقف التشغيل | STOP
stop | اليكسا بنام خلاص وقفي | STOP
stop | اليكسا اوقفي عواصم العالم لو سمحتي | STOP
stop | اليكسا قفلي كل شي | STOP
stop | اليكسا ما ابي اكمل | STOP
stop | اليكسا اطلع منها | STOP
stop | اليكسا باي | STOP
# cancel
cancel | اليكسا الغي | CANCEL
cancel | اليكسا الغي السؤال | CANCEL
cancel | اليكسا لا لا الغيه | CANCEL
cancel | اليكسا كنسل | CANCEL
cancel | اليكسا الغي الطلب هذا | CANCEL
cancel | اليكسا تراجعي | CANCEL
cancel | اليكسا ما ابيه الغيه | CANCEL
cancel | اليكسا انسي اللي قلته | CANCEL
cancel | اليكسا الغي آخر شي | CANCEL
cancel | اليكسا الغاء الغاء | CANCEL
cancel | اليكسا لا خلاص الغي السالفة | CANCEL
cancel | اليكسا ابي الغي | CANCEL
cancel | اليكسا غلطت الغي | CANCEL
cancel | اليكسا الغيها ما ابيها | CANCEL
cancel | اليكسا لا تكملين الغي | CANCEL
cancel | اليكسا الغي العملية | CANCEL
cancel | اليكسا الغي هالسؤال ما له داعي | CANCEL
cancel | اليكسا تراجع عن الطلب | CANCEL
cancel | اليكسا الغي يا بنت الحلال | CANCEL
cancel | اليكسا اعتبريه ما صار الغيه | CANCEL
cancel | اليكسا الغي اللي طلبته قبل شوي | CANCEL
cancel | اليكسا كنسلي الطلب | CANCEL
cancel | اليكسا الغي الغي بسرعة | CANCEL
cancel | اليكسا الغيه الله يخليك | CANCEL
# launch
launch | اليكسا افتحي عواصم العالم | LAUNCH
launch | اليكسا شغلي عواصم العالم | LAUNCH
launch | اليكسا ابدا عواصم العالم | LAUNCH
launch | اليكسا عواصم العالم | LAUNCH
launch | اليكسا افتح مهارة عواصم العالم | LAUNCH
launch | اليكسا ودي العب عواصم العالم | LAUNCH
launch | اليكسا شغل لي عواصم العالم الله يسعدك | LAUNCH
launch | اليكسا هاتي عواصم العالم | LAUNCH
launch | اليكسا نبي عواصم العالم | LAUNCH
launch | اليكسا فتحي عواصم العالم للعيال | LAUNCH
launch | اليكسا يلا عواصم العالم | LAUNCH
launch | اليكسا افتحي لي لعبة عواصم العالم | LAUNCH
launch | اليكسا ممكن تشغلين عواصم العالم | LAUNCH
launch | اليكسا ادخلي على عواصم العالم | LAUNCH
launch | اليكسا ابي عواصم العالم الحين | LAUNCH
launch | اليكسا جيبي عواصم العالم | LAUNCH
launch | اليكسا بدي عواصم العالم | LAUNCH
launch | اليكسا ابدئي مهارة عواصم العالم | LAUNCH
launch | اليكسا تكفين افتحي عواصم العالم | LAUNCH
launch | اليكسا شغلي مهارة العواصم عواصم العالم | LAUNCH
launch | اليكسا عواصم العالم من فضلك | LAUNCH
launch | اليكسا افتحي عواصم العالم نبي نتسابق | LAUNCH
launch | اليكسا خلينا نلعب عواصم العالم | LAUNCH
launch | اليكسا روحي لعواصم العالم | LAUNCH
launch | اليكسا ابغى عواصم العالم لو سمحتي | LAUNCH
launch | اليكسا افتحي عواصم العالم بعد الغدا | LAUNCH
launch | اليكسا شغلي عواصم العالم للطلاب | LAUNCH
launch | اليكسا افتح عواصم العالم يا شيخة | LAUNCH
# plural-capitals
plural-capitals | اليكسا وش عواصم {} | جنوب افريقيا=ZA; بوليفيا=BO; هولندا=NL
plural-capitals | اليكسا كم عاصمة عند {} وش هي | ماليزيا=MY; بنين=BJ; ساحل العاج=CI
plural-capitals | اليكسا اعطني العاصمتين حقات {} | سريلانكا=LK; اسواتيني=SZ; بوليفيا=BO
plural-capitals | اليكسا وش هي عواصم {} الثلاث | جنوب افريقيا=ZA
plural-capitals | اليكسا {} لها عاصمتين صح وش هم | هولندا=NL; ماليزيا=MY; ساحل العاج=CI
plural-capitals | اليكسا قولي عواصم {} كلها | بنين=BJ; سريلانكا=LK; اسواتيني=SZ
plural-capitals | اليكسا اسال عواصم العالم عن عواصم {} | جنوب افريقيا=ZA; هولندا=NL; بوليفيا=BO
plural-capitals | اليكسا العاصمتين في {} وش اسمائهم | ماليزيا=MY; سوازيلاند=SZ; بنين=BJ
plural-capitals | اليكسا عواصم دولة {} ايش هي | ساحل العاج=CI; سريلانكا=LK; جنوب افريقيا=ZA
plural-capitals | اليكسا ليش {} عندها اكثر من عاصمة وش هي | بوليفيا=BO; هولندا=NL; ماليزيا=MY
plural-capitals | اليكسا كل عواصم {} | بنين=BJ; كوت ديفوار=CI; اسواتيني=SZ
plural-capitals | اليكسا ابي اعرف عواصم {} الرسمية | سيريلانكا=LK; جنوب افريقيا=ZA; بوليفيا=BO
plural-capitals | اليكسا هولندا عندها عاصمتين امستردام ولاهاي صح | NL
plural-capitals | اليكسا ماليزيا كوالالمبور وبوتراجايا كلهم عواصم | MY
plural-capitals | اليكسا العواصم الثلاث لجنوب افريقيا | ZA
plural-capitals | اليكسا بوليفيا سوكري ولاباز اي وحدة العاصمة | BO
plural-capitals | اليكسا عواصم بنين الاثنتين | BJ
plural-capitals | اليكسا ساحل العاج لها عاصمتين وش هم | CI
plural-capitals | اليكسا عواصم سريلانكا الاثنين | LK
plural-capitals | اليكسا اسواتيني وش عواصمها | SZ
plural-capitals | اليكسا ليه هولندا لها عاصمتين | NL
plural-capitals | اليكسا ماليزيا عندها كم عاصمة | MY
# follow-up
follow-up | و {} | فرنسا=FR; المانيا=DE; الصين=CN
follow-up | طيب و {} | كوريا الشمالية=KP; كوريا الجنوبية=KR; فلسطين=PS
follow-up | و {} وش عاصمتها | الكونغو الديمقراطية=CD; الكونغو برازافيل=CG; البيرو=PE
follow-up | اليكسا طيب {} | تشيلي=CL; الاوروغواي=UY; باراغواي=PY
follow-up | و {} بعد | بولندا=PL; التشيك=CZ; سلوفاكيا=SK
follow-up | زين وش عن {} | ليتوانيا=LT; لاتفيا=LV; استونيا=EE
follow-up | اوكي و {} | كوبا=CU; هايتي=HT; الدومينيكان=DO
follow-up | وعاصمة {} | غانا=GH; توغو=TG; بنين=BJ
follow-up | و {} يا اليكسا | جامايكا=JM; بربادوس=BB; ترينيداد وتوباغو=TT
follow-up | ايه و {} | منغوليا=MN; كازاخستان=KZ; قيرغيزستان=KG
follow-up | و {} الله يسعدك | بوتان=BT; نيبال=NP; بنغلاديش=BD
follow-up | وبعدين {} | زامبيا=ZM; زيمبابوي=ZW; ملاوي=MW
follow-up | طيب {} وش عاصمتها | موزمبيق=MZ; انغولا=AO; ناميبيا=NA
follow-up | والحين {} | فيجي=FJ; ساموا=WS; تونغا=TO
# yes-no-check
yes-no-check | اليكسا هل {} | الرياض عاصمة السعودية=SA; القاهرة عاصمة مصر=EG; عمان عاصمة الاردن=JO
yes-no-check | اليكسا صح ان {} | سيدني عاصمة استراليا=AU; اسطنبول عاصمة تركيا=TR; ريو دي جانيرو عاصمة البرازيل=BR
yes-no-check | اليكسا {} ولا لا | تورنتو عاصمة كندا=CA; زيورخ عاصمة سويسرا=CH; لاغوس عاصمة نيجيريا=NG
yes-no-check | اليكسا بيونغ يانغ عاصمة كوريا الشمالية صح | KP
yes-no-check | اليكسا سيول عاصمة كوريا الجنوبية ولا بوسان | KR
yes-no-check | اليكسا كينشاسا عاصمة الكونغو الديمقراطية اكيد | CD
yes-no-check | اليكسا برازافيل هي عاصمة جمهورية الكونغو | CG
yes-no-check | اليكسا رام الله عاصمة فلسطين ولا القدس | PS
yes-no-check | اليكسا هل كراتشي عاصمة باكستان | PK
yes-no-check | اليكسا الدار البيضاء هي عاصمة المغرب صح | MA
yes-no-check | اليكسا هل دبي عاصمة الامارات | AE
yes-no-check | اليكسا نيويورك عاصمة امريكا ولا لا | US
yes-no-check | اليكسا هل الماتي عاصمة كازاخستان | KZ
yes-no-check | اليكسا يانغون عاصمة ميانمار صح | MM
yes-no-check | اليكسا هل ابيدجان عاصمة ساحل العاج | CI
yes-no-check | اليكسا هل دار السلام عاصمة تنزانيا | TZ
yes-no-check | اليكسا بوجمبورا عاصمة بوروندي صح | BI
yes-no-check | اليكسا هل لاغوس عاصمة نيجيريا ولا ابوجا | NG
yes-no-check | اليكسا هل ملبورن عاصمة استراليا | AU
yes-no-check | اليكسا عدن عاصمة اليمن صح | YE
# self-correction
self-correction | اليكسا عاصمة النمسا لا قصدي استراليا | AU
self-correction | اليكسا وش عاصمة السويد لا لا سويسرا | CH
self-correction | اليكسا عاصمة ايران عفوا العراق | IQ
self-correction | اليكسا عاصمة سلوفاكيا اقصد سلوفينيا | SI
self-correction | اليكسا وش عاصمة غينيا لا غينيا بيساو | GW
self-correction | اليكسا عاصمة النيجر لا اقصد نيجيريا | NG
self-correction | اليكسا عاصمة كوريا الجنوبية لا الشمالية | KP
self-correction | اليكسا وش عاصمة كوريا الشمالية غلطت الجنوبية | KR
self-correction | اليكسا عاصمة الكونغو برازافيل لا الديمقراطية | CD
self-correction | اليكسا عاصمة الكونغو الديمقراطية لا اقصد الثانية برازافيل | CG
self-correction | اليكسا عاصمة ليبيا لا اقصد لبنان | LB
self-correction | اليكسا وش عاصمة مالي امم لا مالطا | MT
self-correction | اليكسا عاصمة كولومبيا سوري اقصد كمبوديا | KH
self-correction | اليكسا عاصمة الدنمارك لا النرويج | NO
self-correction | اليكسا عاصمة الاردن لا قصدي فلسطين | PS
self-correction | اليكسا عاصمة باراغواي لا اوروغواي | UY
self-correction | اليكسا وش عاصمة رومانيا عفوا بلغاريا | BG
self-correction | اليكسا عاصمة هولندا اقصد بلجيكا | BE
self-correction | اليكسا عاصمة موريتانيا لا موريشيوس | MU
self-correction | اليكسا عاصمة غامبيا لا زامبيا | ZM
# reverse-question
reverse-question | اليكسا {} عاصمة اي دولة | نيروبي=CITY:نيروبي; كانبرا=CITY:كانبرا; اوتاوا=CITY:أوتاوا
reverse-question | اليكسا مدينة {} عاصمة وين | هانوي=CITY:هانوي; لوساكا=CITY:لوساكا; ليما=CITY:ليما
reverse-question | اليكسا اي دولة عاصمتها {} | بيونغ يانغ=CITY:بيونغ يانغ; سول=CITY:سول; كينشاسا=CITY:كينشاسا
reverse-question | اليكسا {} هذي عاصمة ايش | برازافيل=CITY:برازافيل; رام الله=CITY:رام الله; طشقند=CITY:طشقند
reverse-question | اليكسا وين تكون {} عاصمتها | دوشانبي=CITY:دوشانبي; عشق اباد=CITY:عشق آباد; بشكيك=CITY:بشكيك
reverse-question | اليكسا العاصمة {} تتبع اي بلد | اسمرة=CITY:أسمرة; جوبا=CITY:جوبا; مقديشو=CITY:مقديشو
reverse-question | اليكسا مين عاصمتها {} | نواكشوط=CITY:نواكشوط; باماكو=CITY:باماكو; نيامي=CITY:نيامي
reverse-question | اليكسا {} عاصمة لاي بلد بالضبط | تبليسي=CITY:تبليسي; يريفان=CITY:يريفان; باكو=CITY:باكو
reverse-question | اليكسا اسال عواصم العالم {} عاصمة مين | فاليتا=CITY:فاليتا; نيقوسيا=CITY:نيقوسيا; ريكيافيك=CITY:ريكيافيك
# official-name
official-name | اليكسا عاصمة {} | جمهورية الكونغو الديمقراطية=CD; جمهورية الكونغو=CG; جمهورية كوريا الشعبية الديمقراطية=KP
official-name | اليكسا وش عاصمة {} | جمهورية كوريا=KR; دولة فلسطين=PS; الولايات المتحدة الامريكية=US
official-name | اليكسا ما هي عاصمة {} | المملكة المتحدة لبريطانيا العظمى وايرلندا الشمالية=GB; جمهورية الصين الشعبية=CN; الاتحاد الروسي=RU
official-name | اليكسا عاصمة دولة {} وش هي | جمهورية مصر العربية=EG; المملكة الاردنية الهاشمية=JO; الجمهورية العربية السورية=SY
official-name | اليكسا اعطيني عاصمة {} | سلطنة عمان=OM; دولة الكويت=KW; مملكة البحرين=BH
official-name | اليكسا وين عاصمة {} | جمهورية السودان=SD; الجمهورية الاسلامية الموريتانية=MR; جمهورية جيبوتي=DJ
official-name | اليكسا عاصمة {} لو سمحتي | جمهورية ايران الاسلامية=IR; جمهورية باكستان الاسلامية=PK; جمهورية اندونيسيا=ID
official-name | اليكسا وش عاصمة دولة {} الرسمية | الامارات العربية المتحدة=AE; جمهورية العراق=IQ; الجمهورية اليمنية=YE
official-name | اليكسا عاصمة {} ايش اسمها | الجمهورية التونسية=TN; المملكة المغربية=MA; دولة ليبيا=LY
official-name | اليكسا ممكن عاصمة {} | جمهورية جنوب افريقيا=ZA; جمهورية فنزويلا البوليفارية=VE; دولة بوليفيا المتعددة القوميات=BO
# everyday-name
everyday-name | اليكسا الناس تقول {} وش عاصمتها | امريكا=US; بريطانيا=GB; روسيا=RU
everyday-name | اليكسا عاصمة {} وش هي | هولندا=NL; بورما=MM; سيلان=LK
everyday-name | اليكسا عاصمة {} اللي نسميها كذا | الكونغو كينشاسا=CD; زائير=CD; الكونغو برازافيل=CG
everyday-name | اليكسا عاصمة {} ايش | تشيكيا=CZ; سوازيلاند=SZ; تيمور الشرقية=TL
everyday-name | اليكسا وش تكون عاصمة {} | كوريا الشمالية=KP; كوريا الجنوبية=KR; فلسطين=PS
everyday-name | اليكسا عاصمة {} يا شيخة | الامارات=AE; انجلترا=GB-ENG; الفاتيكان=VA
everyday-name | اليكسا ابي عاصمة {} | مقدونيا=MK; داهومي=BJ; روسيا البيضاء=BY
everyday-name | اليكسا قولي لي عاصمة {} بسرعة | الهند=IN; ماينمار=MM; كمبوديا=KH
# shared-name
shared-name | اليكسا وش عاصمة جورجيا | GE
shared-name | اليكسا عاصمة جورجيا الولاية الامريكية | US-GA
shared-name | اليكسا عاصمة كوريا | KP+KR
shared-name | اليكسا وش عاصمة الكونغو | CD+CG
shared-name | اليكسا عاصمة غينيا اللي في افريقيا الغربية | GN
shared-name | اليكسا عاصمة واشنطن الولاية | US-WA
shared-name | اليكسا عاصمة نيويورك الولاية | US-NY
shared-name | اليكسا وش عاصمة مكسيكو | MX
shared-name | اليكسا عاصمة لوكسمبورغ | LU
shared-name | اليكسا وش عاصمة جيبوتي | DJ
shared-name | اليكسا عاصمة الكوريتين | KP+KR
shared-name | اليكسا عاصمة الكونغوين الاثنين | CD+CG
shared-name | اليكسا عاصمة سان مارينو | SM
shared-name | اليكسا عاصمة ساموا اللي مستقلة | WS
shared-name | اليكسا عاصمة السودان الشمالي | SD
shared-name | اليكسا عاصمة جزر فيرجن | VG+VI
# subdivision
subdivision | اليكسا وش عاصمة ولاية {} | تكساس=US-TX; فلوريدا=US-FL; كاليفورنيا=US-CA
subdivision | اليكسا عاصمة مقاطعة {} | كيبك=CA-QC; اونتاريو=CA-ON; البرتا=CA-AB
subdivision | اليكسا عاصمة {} البريطانية | اسكتلندا=GB-SCT; ويلز=GB-WLS; ايرلندا الشمالية=GB-NIR
subdivision | اليكسا عاصمة ولاية {} في الهند | كيرلا=IN-KL; تاميل نادو=IN-TN; ماهاراشترا=IN-MH
subdivision | اليكسا عاصمة الولاية الالمانية {} | بافاريا=DE-BY; هسن=DE-HE; ساكسونيا=DE-SN
subdivision | اليكسا وش عاصمة ولاية {} الاسترالية | كوينزلاند=AU-QLD; فيكتوريا=AU-VIC; تسمانيا=AU-TAS
subdivision | اليكسا عاصمة ولاية {} البرازيلية | باهيا=BR-BA; امازوناس=BR-AM; بارانا=BR-PR
subdivision | اليكسا عاصمة ولاية {} المكسيكية | خاليسكو=MX-JAL; يوكاتان=MX-YUC; سونورا=MX-SON
subdivision | اليكسا عاصمة منطقة {} | القصيم=FB; عسير=FB; الجوف=FB
subdivision | اليكسا وش عاصمة اقليم {} | كتالونيا=FB; الباسك=FB; كردستان=FB
subdivision | اليكسا عاصمة ولاية {} الامريكية | الاسكا=US-AK; هاواي=US-HI; نيفادا=US-NV
subdivision | اليكسا عاصمة محافظة {} | ظفار=FB; الجيزة=FB; البصرة=FB
subdivision | اليكسا عاصمة مقاطعة {} الكندية | كولومبيا البريطانية=CA-BC; نوفا سكوشا=CA-NS; مانيتوبا=CA-MB
subdivision | اليكسا عاصمة ولاية {} اللي في امريكا | ميشيغان=US-MI; اوهايو=US-OH; فيرجينيا=US-VA
subdivision | اليكسا عاصمة اقليم {} الهندي | كشمير=IN-JK; البنجاب=IN-PB; غوجارات=IN-GJ
subdivision | اليكسا عاصمة جزيرة {} | غرينلاند=GL; بورتوريكو=PR; جزر فارو=FO
subdivision | اليكسا عاصمة ولاية {} الماليزية | جوهور=FB; صباح=FB; سلانغور=FB
subdivision | اليكسا عاصمة مقاطعة {} الصينية | سيتشوان=FB; يونان=FB; قوانغدونغ=FB
subdivision | اليكسا عاصمة انجلترا | GB-ENG
subdivision | اليكسا عاصمة ولاية نيو ساوث ويلز | AU-NSW
subdivision | اليكسا عاصمة بادن فورتمبيرغ | DE-BW
# out-of-domain
out-of-domain | اليكسا كم الساعة في طوكيو الحين | FB
out-of-domain | اليكسا وش الطقس في الرياض بكرة | FB
out-of-domain | اليكسا شغلي اذاعة القران | FB
out-of-domain | اليكسا كم عدد سكان القاهرة | FB
out-of-domain | اليكسا حطي منبه الساعة خمس الفجر | FB
out-of-domain | اليكسا وش عاصمة اوروبا | FB
out-of-domain | اليكسا وش عاصمة افريقيا | FB
out-of-domain | اليكسا كم مساحة روسيا | FB
out-of-domain | اليكسا وش عملة اليابان | FB
out-of-domain | اليكسا وش لغة البرازيل | FB
out-of-domain | اليكسا اطول نهر في العالم | FB
out-of-domain | اليكسا مين رئيس فرنسا | FB
out-of-domain | اليكسا عاصمة القمر | FB
out-of-domain | اليكسا عاصمة المريخ | FB
out-of-domain | اليكسا شغلي اغنية محمد عبده | FB
out-of-domain | اليكسا اضبطي مؤقت عشر دقايق للرز | FB
out-of-domain | اليكسا كم درجة الحرارة برا | FB
out-of-domain | اليكسا متى اذان العصر | FB
out-of-domain | اليكسا نكتة | FB
out-of-domain | اليكسا كم كيلو من الرياض لجدة | FB
out-of-domain | اليكسا وش اكبر مدينة في كندا | FB
out-of-domain | اليكسا كم عمر برج خليفة | FB
out-of-domain | اليكسا وش علم ايطاليا | FB
out-of-domain | اليكسا عاصمة الموضة في العالم | FB
out-of-domain | اليكسا عاصمة الثقافة العربية هالسنة | FB
out-of-domain | اليكسا وش اعلى جبل في افريقيا | FB
out-of-domain | اليكسا ضيفي حليب للقائمة | FB
out-of-domain | اليكسا كم سعر الدولار | FB
out-of-domain | اليكسا وش عاصمة الدولة العثمانية | FB
out-of-domain | اليكسا عاصمة الدولة الاموية | FB
out-of-domain | اليكسا وش عاصمة الاندلس زمان | FB
out-of-domain | اليكسا شغلي بودكاست فنجان | FB
out-of-domain | اليكسا كم باقي على رمضان | FB
out-of-domain | اليكسا وين اقرب صيدلية | FB
out-of-domain | اليكسا ولعي النور | FB
out-of-domain | اليكسا كم يوم في السنة الكبيسة | FB
out-of-domain | اليكسا ترجمي عاصمة للانجليزي | FB
out-of-domain | اليكسا وش عاصمة كوكب الارض | FB
out-of-domain | اليكسا كم دولة في العالم | FB
out-of-domain | اليكسا عاصمة امريكا الجنوبية | FB
out-of-domain | اليكسا عاصمة اسيا | FB
out-of-domain | اليكسا وش عاصمة اطلانتس | FB
out-of-domain | اليكسا وش عاصمة نارنيا | FB
out-of-domain | اليكسا كم نفر يسكن في بكين | FB
out-of-domain | اليكسا كم طول سور الصين | FB
out-of-domain | اليكسا اعلى المكيف شوي | FB
out-of-domain | اليكسا وش معنى كلمة عاصمة | FB
out-of-domain | اليكسا وش اسم ملك بريطانيا | FB
out-of-domain | اليكسا عاصمة الغاز في العالم | FB
out-of-domain | اليكسا شغلي سورة الملك | FB
# kiswa-weavers
kiswa-weavers | اليكسا احنا في مصنع الكسوة وش عاصمة {} | اندونيسيا=ID; ماليزيا=MY; بروناي=BN
kiswa-weavers | اليكسا الخيط الذهبي جاي من {} وش عاصمتها | الهند=IN; ايطاليا=IT; سويسرا=CH
kiswa-weavers | اليكسا وحدة من الحجاج من {} سالتني عن عاصمتها | اوزبكستان=UZ; طاجيكستان=TJ; تركمانستان=TM
kiswa-weavers | اليكسا قبل ما نبدا التطريز عاصمة {} | المغرب=MA; الجزائر=DZ; تونس=TN
kiswa-weavers | اليكسا الحرير يجينا من {} عاصمتها وش | الصين=CN; اليابان=JP; تايلاند=TH
kiswa-weavers | اليكسا زوار المصنع من {} وش عاصمة بلدهم | نيجيريا=NG; السنغال=SN; غينيا=GN
kiswa-weavers | اليكسا المشرف يسال عاصمة {} | البوسنة والهرسك=BA; البانيا=AL; كوسوفو=XK
kiswa-weavers | اليكسا الحزام حق الكسوة وش عاصمة ماليزيا الاثنتين | MY
kiswa-weavers | اليكسا كم متر الكسوة كلها | FB
kiswa-weavers | اليكسا وش عاصمة بلد اللي صنعت مكينة الجاكارد | FB
# train-conductors
train-conductors | اليكسا في قطار الشمال راكب يسال عاصمة {} | الاردن=JO; العراق=IQ; سوريا=SY
train-conductors | اليكسا المحطة الجاية القريات وش عاصمة {} | لبنان=LB; قبرص=CY; اليونان=GR
train-conductors | اليكسا الكمساري يبي يعرف عاصمة {} | النمسا=AT; المجر=HU; رومانيا=RO
train-conductors | اليكسا القطار السريع هذا من {} وش عاصمتها | اسبانيا=ES; فرنسا=FR; الصين=CN
train-conductors | اليكسا عربة الدرجة الاولى فيها واحد من {} وش عاصمتهم | سويسرا=CH; بلجيكا=BE; لوكسمبورغ=LU
train-conductors | اليكسا قبل نوصل حايل عاصمة {} | فنلندا=FI; السويد=SE; النرويج=NO
train-conductors | اليكسا راكبة من كوريا الجنوبية سالت عن عاصمة بلدها | KR
train-conductors | اليكسا كم باقي على محطة الجوف | FB
train-conductors | اليكسا قطار الحرمين كم سرعته | FB
train-conductors | اليكسا التذكرة رقم كم | FB
# weather-forecasters
weather-forecasters | اليكسا في المركز الوطني للارصاد وش عاصمة {} | الهند=IN; باكستان=PK; بنغلاديش=BD
weather-forecasters | اليكسا المنخفض جاي من {} وش عاصمتها | السودان=SD; اثيوبيا=ET; اريتريا=ER
weather-forecasters | اليكسا الاعصار ضرب {} عاصمتها وش | الفلبين=PH; فيتنام=VN; ميانمار=MM
weather-forecasters | اليكسا الكتلة الهوائية من {} وش عاصمة | روسيا=RU; كازاخستان=KZ; منغوليا=MN
weather-forecasters | اليكسا موسم المونسون في {} وش عاصمتها | سريلانكا=LK; نيبال=NP; جزر المالديف=MV
weather-forecasters | اليكسا الغبار طالع من {} عاصمتها ايش | العراق=IQ; الكويت=KW; مصر=EG
weather-forecasters | اليكسا عاصمة مدغشقر اللي جاها الاعصار | MG
weather-forecasters | اليكسا عاصمة موزمبيق بعد الفيضان | MZ
weather-forecasters | اليكسا كم الرطوبة في جدة الحين | FB
weather-forecasters | اليكسا متى يجي الوسم | FB
weather-forecasters | اليكسا وين عاصمة الامطار في العالم | FB
# upholsterers
upholsterers | اليكسا احنا في محل التنجيد القماش هذا من {} وش عاصمتها | تركيا=TR; سوريا=SY; مصر=EG
upholsterers | اليكسا الاسفنج مستورد من {} عاصمتها وش | بلجيكا=BE; الدانمارك=DK; البرتغال=PT
upholsterers | اليكسا الزبون يبي كنب على الطراز {} وش عاصمة بلدهم | الايطالي=IT; الفرنسي=FR; الانجليزي=GB
upholsterers | اليكسا الخشب حق الكنب من {} وش عاصمتها | ماليزيا=MY; اندونيسيا=ID; فيتنام=VN
upholsterers | اليكسا المعلم من {} يسال عن عاصمته | بنغلاديش=BD; نيبال=NP; سريلانكا=LK
upholsterers | اليكسا عاصمة هولندا وين بالضبط امستردام ولا لاهاي | NL
upholsterers | اليكسا كم متر قماش يبي الكنب | FB
upholsterers | اليكسا شغلي قران وانا اشتغل | FB
# plumbers
plumbers | اليكسا السباك هنا يسال وش عاصمة {} | باكستان=PK; افغانستان=AF; ايران=IR
plumbers | اليكسا المواسير صناعة {} وش عاصمتها | المانيا=DE; تركيا=TR; كوريا الجنوبية=KR
plumbers | اليكسا الخلاط هذا من {} عاصمتها ايش | ايطاليا=IT; اسبانيا=ES; الصين=CN
plumbers | اليكسا السخان صنع في {} وش عاصمة | السويد=SE; سلوفينيا=SI; صربيا=RS
plumbers | اليكسا انا من {} وش عاصمة بلدي | اليمن=YE; السودان=SD; الصومال=SO
plumbers | اليكسا وش عاصمة كوريا الشمالية سالني صاحب البيت | KP
plumbers | اليكسا كم سعر ماسورة البي بي ار | FB
plumbers | اليكسا المويه مقطوعة وش اسوي | FB
# meter-readers
meter-readers | اليكسا قارئ العداد من {} وش عاصمتهم | مصر=EG; الاردن=JO; السودان=SD
meter-readers | اليكسا العداد الذكي صناعة {} وش عاصمتها | سويسرا=CH; فرنسا=FR; اليابان=JP
meter-readers | اليكسا زميلي في شركة الكهرباء يقول عاصمة {} كذا وش الصح | استراليا=AU; كندا=CA; نيوزيلندا=NZ
meter-readers | اليكسا وش عاصمة {} بسرعة قبل الجولة | البرتغال=PT; ايرلندا=IE; ايسلندا=IS
meter-readers | اليكسا الكيبلات من {} وش عاصمتها | كوريا الجنوبية=KR; تايوان=TW; الهند=IN
meter-readers | اليكسا كم فاتورة الكهرباء هالشهر | FB
meter-readers | اليكسا كم كيلو واط تستهلك المكيفات | FB
# marriage-officiant
marriage-officiant | اليكسا المأذون يسال العريس من {} وش عاصمتها | المغرب=MA; تونس=TN; ليبيا=LY
marriage-officiant | اليكسا العروس امها من {} وش عاصمة بلدها | سوريا=SY; لبنان=LB; فلسطين=PS
marriage-officiant | اليكسا الشاهد جنسيته {} وش عاصمة دولته | اماراتي=AE; قطري=QA; عماني=OM
marriage-officiant | اليكسا شهر العسل بيكون في {} وش عاصمتها | جورجيا=GE; اذربيجان=AZ; البوسنة=BA
marriage-officiant | اليكسا العريس يبي يسافر {} عاصمتها وش | جزر المالديف=MV; سيشل=SC; موريشيوس=MU
marriage-officiant | اليكسا كم المهر المعتاد | FB
marriage-officiant | اليكسا متى كتب الكتاب | FB
# traffic-police
traffic-police | اليكسا في دورية المرور لوحة السيارة من {} وش عاصمتها | البحرين=BH; الكويت=KW; قطر=QA
traffic-police | اليكسا رخصة السايق صادرة من {} وش عاصمة | الفلبين=PH; الهند=IN; اثيوبيا=ET
traffic-police | اليكسا المخالف من {} وش عاصمة دولته | اوغندا=UG; رواندا=RW; بوروندي=BI
traffic-police | اليكسا زميلي يقول عاصمة {} وش هي | ليبيريا=LR; سيراليون=SL; غينيا بيساو=GW
traffic-police | اليكسا السيارة موديلها من {} عاصمتها | اليابان=JP; كوريا الجنوبية=KR; المانيا=DE
traffic-police | اليكسا عاصمة الكونغو الديمقراطية يسال عنها السايق | CD
traffic-police | اليكسا كم مخالفة قطع الاشارة | FB
traffic-police | اليكسا وش سرعة طريق الدمام | FB
# school-canteen
school-canteen | اليكسا في المقصف العصير هذا من {} وش عاصمتها | السعودية=SA; الامارات=AE; الكويت=KW
school-canteen | اليكسا البسكوت صنع في {} وش عاصمتها | ماليزيا=MY; تركيا=TR; بولندا=PL
school-canteen | اليكسا الطالب يسالني عاصمة {} وانا اعطيه الساندويتش | بوليفيا=BO; الاكوادور=EC; بيرو=PE
school-canteen | اليكسا عاصمة {} قبل يدق الجرس | فنزويلا=VE; كولومبيا=CO; بنما=PA
school-canteen | اليكسا عاصمة {} الولد يبيها للواجب | كوستاريكا=CR; نيكاراغوا=NI; هندوراس=HN
school-canteen | اليكسا بوليفيا لها عاصمتين وش هم الطالب يسال | BO
school-canteen | اليكسا كم سعر الفطيرة | FB
school-canteen | اليكسا كم باقي على الفسحة | FB
# cat-vet-clinic
cat-vet-clinic | اليكسا القطوة هذي سلالتها من {} وش عاصمتها | ايران=IR; تايلاند=TH; روسيا=RU
cat-vet-clinic | اليكسا الدواء حق القطط مستورد من {} عاصمتها وش | فرنسا=FR; المانيا=DE; هولندا=NL
cat-vet-clinic | اليكسا صاحبة القط من {} تسال عن عاصمة بلدها | الفلبين=PH; كينيا=KE; اثيوبيا=ET
cat-vet-clinic | اليكسا البيطري يبي يعرف عاصمة {} | النرويج=NO; ماليزيا=MY; بريطانيا=GB
cat-vet-clinic | اليكسا قط سيامي يعني من {} وش عاصمتها | تايلاند=TH
cat-vet-clinic | اليكسا قط انغورا من تركيا وش عاصمتها | TR
cat-vet-clinic | اليكسا القطو الفارسي من وين وش عاصمة بلده | IR
cat-vet-clinic | اليكسا كم جرعة التطعيم للقطة | FB
cat-vet-clinic | اليكسا متى موعد القطوة | FB
cat-vet-clinic | اليكسا شغلي صوت قطوة | FB
# camel-milk-sellers
camel-milk-sellers | اليكسا احنا على طريق القصيم نبيع حليب نياق وش عاصمة {} | الصومال=SO; جيبوتي=DJ; موريتانيا=MR
camel-milk-sellers | اليكسا الزبون من {} يبي حليب خلفات وش عاصمة بلده | تشاد=TD; النيجر=NE; مالي=ML
camel-milk-sellers | اليكسا النياق المجاهيم تنباع في {} وش عاصمتها | قطر=QA; عمان=OM; الامارات=AE
camel-milk-sellers | اليكسا ولد عمي يقول عاصمة {} وش الصحيح | كينيا=KE; السودان=SD; جنوب السودان=SS
camel-milk-sellers | اليكسا الحليب المجفف يروح {} وش عاصمتها | الصين=CN; النمسا=AT; استراليا=AU
camel-milk-sellers | اليكسا وش عاصمة منغوليا اللي عندهم ابل بسنامين | MN
camel-milk-sellers | اليكسا كم سعر لتر حليب الناقة | FB
camel-milk-sellers | اليكسا وش فوايد حليب الابل | FB
# karate-dojo
karate-dojo | اليكسا المدرب يقول الكاراتيه من {} وش عاصمتها | اليابان=JP
karate-dojo | اليكسا التايكواندو اصله من {} وش عاصمتها | كوريا الجنوبية=KR
karate-dojo | اليكسا لاعب الحزام الاسود من {} وش عاصمة بلده | ايران=IR; كازاخستان=KZ; اوزبكستان=UZ
karate-dojo | اليكسا البطولة الجاية في {} عاصمتها ايش | المجر=HU; صربيا=RS; كرواتيا=HR
karate-dojo | اليكسا الجودو قوي في {} وش عاصمتها | جورجيا=GE; منغوليا=MN; اذربيجان=AZ
karate-dojo | اليكسا الكونغ فو من الصين وش عاصمتها | CN
karate-dojo | اليكسا المواي تاي من {} وش عاصمة بلدها | تايلاند=TH
karate-dojo | اليكسا خصمي في النهائي من كوريا الشمالية وش عاصمتهم | KP
karate-dojo | اليكسا عد لي عشر ثواني | FB
karate-dojo | اليكسا شغلي موسيقى حماس للتمرين | FB
# jeddah-balad-shopkeepers
jeddah-balad-shopkeepers | اليكسا في البلد بجدة الزبون من {} وش عاصمة بلده | اندونيسيا=ID; ماليزيا=MY; الهند=IN
jeddah-balad-shopkeepers | اليكسا السبح هذي من {} عاصمتها وش | تركيا=TR; ايران=IR; افغانستان=AF
jeddah-balad-shopkeepers | اليكسا العطر الفرنسي جا من {} وش عاصمتها | فرنسا=FR
jeddah-balad-shopkeepers | اليكسا يا شيخ عاصمة {} | اليمن=YE; الصومال=SO; اريتريا=ER
jeddah-balad-shopkeepers | اليكسا الحاج اللي في الدكان من {} وش عاصمتهم | مالي=ML; بوركينا فاسو=BF; النيجر=NE
jeddah-balad-shopkeepers | اليكسا بيت نصيف كان فيه ضيوف من {} وش عاصمتها | مصر=EG; تونس=TN; الجزائر=DZ
jeddah-balad-shopkeepers | اليكسا الزبونة تسال عاصمة فلسطين | PS
jeddah-balad-shopkeepers | اليكسا الزبون يقول بلده كونغو برازافيل وش عاصمتها | CG
jeddah-balad-shopkeepers | اليكسا متى تسكر المحلات في البلد | FB
jeddah-balad-shopkeepers | اليكسا كم عمر بيت نصيف | FB
# dumat-kayak-guides
dumat-kayak-guides | اليكسا في بحيرة دومة الجندل السايح من {} وش عاصمتها | ايطاليا=IT; اسبانيا=ES; البرتغال=PT
dumat-kayak-guides | اليكسا القارب هذا مصنوع في {} عاصمتها وش | كندا=CA; نيوزيلندا=NZ; النرويج=NO
dumat-kayak-guides | اليكسا السياح اليوم من {} وش عاصمة بلدهم | التشيك=CZ; سلوفاكيا=SK; بولندا=PL
dumat-kayak-guides | اليكسا قبل ننزل الماي عاصمة {} | ليتوانيا=LT; لاتفيا=LV; استونيا=EE
dumat-kayak-guides | اليكسا المرشد يسال عاصمة {} اللي فيها بحيرات كثير | فنلندا=FI; كندا=CA; سويسرا=CH
dumat-kayak-guides | اليكسا عاصمة هولندا الاثنين امستردام ولاهاي قولي | NL
dumat-kayak-guides | اليكسا كم عمق البحيرة | FB
dumat-kayak-guides | اليكسا متى تغيب الشمس اليوم | FB
# majmaah-it-staff
majmaah-it-staff | اليكسا احنا في الدعم الفني بجامعة المجمعة السيرفر في {} وش عاصمتها | ايرلندا=IE; سنغافورة=SG; السويد=SE
majmaah-it-staff | اليكسا البرنامج مبرمجينه من {} وش عاصمتها | الهند=IN; اوكرانيا=UA; بيلاروسيا=BY
majmaah-it-staff | اليكسا التكت جاي من موظف من {} يسال عاصمتها | مصر=EG; الاردن=JO; تونس=TN
majmaah-it-staff | اليكسا الفيبي ان حقنا على {} وش عاصمتها | هولندا=NL; المانيا=DE; سويسرا=CH
majmaah-it-staff | اليكسا الراوتر صناعة {} عاصمتها وش | الصين=CN; تايوان=TW; فيتنام=VN
majmaah-it-staff | اليكسا وش عاصمة استونيا اللي كل شي عندهم اونلاين | EE
majmaah-it-staff | اليكسا اعد تشغيل الواي فاي | FB
majmaah-it-staff | اليكسا وش الباسوورد | FB
majmaah-it-staff | اليكسا كم سرعة النت عندي | FB
# ghanaian-students
ghanaian-students | اليكسا انا طالب من غانا وش عاصمة بلدي | GH
ghanaian-students | اليكسا يا اخي عاصمة {} من فضلك | ساحل العاج=CI; بوركينا فاسو=BF; توغو=TG
ghanaian-students | اليكسا زميلي في الجامعة الاسلامية من {} وش عاصمتها | نيجيريا=NG; الكاميرون=CM; بنين=BJ
ghanaian-students | اليكسا ما هي عاصمة {} في افريقيا | ليبيريا=LR; غامبيا=GM; السنغال=SN
ghanaian-students | اليكسا اخوي يسال عن عاصمة {} | الغابون=GA; غينيا الاستوائية=GQ; ساو تومي وبرينسيبي=ST
ghanaian-students | اليكسا عاصمة ساحل العاج الاثنتين ابيدجان وياموسوكرو | CI
ghanaian-students | اليكسا عاصمة بنين بورتو نوفو وكوتونو كلهم | BJ
ghanaian-students | اليكسا عاصمة جمهورية الكونغو الديمقراطية من فضلك | CD
ghanaian-students | اليكسا متى الاختبار النهائي | FB
ghanaian-students | اليكسا كم الساعة في اكرا | FB
# maldivian-students
maldivian-students | اليكسا انا من جزر المالديف وش عاصمتنا | MV
maldivian-students | اليكسا لو سمحت عاصمة {} | سريلانكا=LK; الهند=IN; بنغلاديش=BD
maldivian-students | اليكسا اخوي يدرس في {} ما هي عاصمتها | ماليزيا=MY; باكستان=PK; مصر=EG
maldivian-students | اليكسا ما عاصمة {} الجزيرة | سيشل=SC; موريشيوس=MU; جزر القمر=KM
maldivian-students | اليكسا عواصم سريلانكا كولومبو وكوتي | LK
maldivian-students | اليكسا عاصمة {} اللي في المحيط الهادئ | فيجي=FJ; فانواتو=VU; جزر سليمان=SB
maldivian-students | اليكسا ما عاصمة بابوا غينيا الجديدة | PG
maldivian-students | اليكسا كم درجة حرارة البحر | FB
# japanese-learner
japanese-learner | اليكسا من فضلك ما هي عاصمة {} | اليابان=JP; كوريا الجنوبية=KR; تايوان=TW
japanese-learner | اليكسا انا ادرس العربية في الرياض عاصمة {} ماذا | الفلبين=PH; كمبوديا=KH; لاوس=LA
japanese-learner | اليكسا سؤال عاصمة {} هي ما | بروناي=BN; تيمور الشرقية=TL; سنغافورة=SG
japanese-learner | اليكسا عاصمة كوريا الشمالية ما اسمها من فضلك | KP
japanese-learner | اليكسا اعيدي من فضلك عاصمة {} ببطء | ميانمار=MM; بوتان=BT; منغوليا=MN
japanese-learner | اليكسا شكرا جزيلا و {} | نيبال=NP; تايلاند=TH; فيتنام=VN
japanese-learner | اليكسا كيف اقول طوكيو بالعربي | FB
japanese-learner | اليكسا ما معنى كلمة يعطيك العافية | FB
# azeri-students
azeri-students | اليكسا ناس من باكو يسال عاصمة {} | تركيا=TR; جورجيا=GE; ارمينيا=AM
azeri-students | اليكسا انا من اذربيجان عاصمة {} وين | ايران=IR; تركمانستان=TM; روسيا=RU
azeri-students | اليكسا عاصمة {} يا الله بسرعة | كازاخستان=KZ; قيرغيزستان=KG; طاجيكستان=TJ
azeri-students | اليكسا رفيقي في السكن من {} يسال عاصمتها | مولدوفا=MD; اوكرانيا=UA; بيلاروس=BY
azeri-students | اليكسا عاصمة اذربيجان باكو صح | AZ
azeri-students | اليكسا وش معنى كلمة شلونك | FB
# malagasy-students
malagasy-students | اليكسا انا من مدغشقر عاصمة بلدي ما هي | MG
malagasy-students | اليكسا عاصمة {} قريبة من مدغشقر | موزمبيق=MZ; جزر القمر=KM; موريشيوس=MU
malagasy-students | اليكسا عفوا عاصمة {} كيف | زامبيا=ZM; ملاوي=MW; تنزانيا=TZ
malagasy-students | اليكسا استاذي سال عن عاصمة {} | ليسوتو=LS; بوتسوانا=BW; ناميبيا=NA
malagasy-students | اليكسا عواصم جنوب افريقيا ثلاثة صح ما هي | ZA
malagasy-students | اليكسا عاصمة اسواتيني مبابان ولوبامبا | SZ
malagasy-students | اليكسا الرز في مدغشقر كم نوع | FB
# graduation-party
graduation-party | اليكسا في حفلة التخرج الخريجة بتبتعث الى {} وش عاصمتها | استراليا=AU; كندا=CA; بريطانيا=GB
graduation-party | اليكسا خالتي تقول ولدها تخرج من جامعة في {} وش عاصمتها | امريكا=US; ايرلندا=IE; نيوزيلندا=NZ
graduation-party | اليكسا هدية التخرج رحلة الى {} عاصمتها ايش | اليابان=JP; كوريا الجنوبية=KR; سنغافورة=SG
graduation-party | اليكسا صاحبتي بتكمل ماجستير في {} وش عاصمتها | المانيا=DE; فرنسا=FR; السويد=SE
graduation-party | اليكسا احنا نلعب سؤال للخريجين عاصمة {} | كرواتيا=HR; البانيا=AL; الجبل الاسود=ME
graduation-party | اليكسا عاصمة ماليزيا اللي فيها كوالالمبور وبوتراجايا قولي الاثنين | MY
graduation-party | اليكسا شغلي اغنية التخرج | FB
graduation-party | اليكسا صوري الكيكة | FB
graduation-party | اليكسا كم معدلي بالنسبة الموزونة | FB
# aqiqah
aqiqah | اليكسا في عقيقة الولد الضيوف من {} وش عاصمتها | الكويت=KW; البحرين=BH; قطر=QA
aqiqah | اليكسا الخروف مستورد من {} وش عاصمتها | السودان=SD; الصومال=SO; رومانيا=RO
aqiqah | اليكسا خالي راجع من {} يسال عاصمتها | تنزانيا=TZ; اوغندا=UG; رواندا=RW
aqiqah | اليكسا الطباخ من {} يبي يعرف عاصمة بلده | اليمن=YE; اثيوبيا=ET; بنغلاديش=BD
aqiqah | اليكسا العيال يلعبون عواصم عاصمة {} | بلغاريا=BG; مقدونيا الشمالية=MK; صربيا=RS
aqiqah | اليكسا الجدة تسال وش عاصمة الكونغو برازافيل | CG
aqiqah | اليكسا كم كيلو لحم يطلع من الخروف | FB
aqiqah | اليكسا وش دعاء العقيقة | FB
# car-breakdown
car-breakdown | اليكسا السيارة خربت والسطحة جاية وش عاصمة {} عشان نتسلى | كولومبيا=CO; فنزويلا=VE; الاكوادور=EC
car-breakdown | اليكسا القطعة هذي وكالتها في {} وش عاصمتها | اليابان=JP; المانيا=DE; كوريا الجنوبية=KR
car-breakdown | اليكسا الونش جا من {} قصدي السايق من هناك وش عاصمتها | باكستان=PK; الهند=IN; مصر=EG
car-breakdown | اليكسا طيب الحين عاصمة {} | تشيلي=CL; الارجنتين=AR; البرازيل=BR
car-breakdown | اليكسا نستنى الميكانيكي عاصمة {} وش هي | غواتيمالا=GT; السلفادور=SV; بليز=BZ
car-breakdown | اليكسا عاصمة بوليفيا سوكري ولا لاباز ولا الاثنين | BO
car-breakdown | اليكسا اتصلي على نجم | FB
car-breakdown | اليكسا وين اقرب ورشة | FB
car-breakdown | اليكسا كم يكلف تغيير البطارية | FB
# loose-tooth
loose-tooth | اليكسا سني يتحرك ابي اسالك عاصمة {} | البرازيل=BR; الارجنتين=AR; المكسيك=MX
loose-tooth | اليكسا ماما قالت لو عرفت عاصمة {} بتطيح سني | فرنسا=FR; اسبانيا=ES; ايطاليا=IT
loose-tooth | اليكسا جنية الاسنان ساكنة في {} وش عاصمتها | ايرلندا=IE; الدنمارك=DK; ايسلندا=IS
loose-tooth | اليكسا اختي الصغيرة تبي عاصمة {} | مصر=EG; المغرب=MA; الاردن=JO
loose-tooth | اليكسا طاحت سني وش عاصمة كوريا الجنوبية | KR
loose-tooth | اليكسا سني طاح وش عاصمة فلسطين | PS
loose-tooth | اليكسا كم سن عند الانسان | FB
loose-tooth | اليكسا تعورني سني وش اسوي | FB
# treasure-hunt
treasure-hunt | اليكسا الدليل الجاي مخبى تحت علم {} وش عاصمتها | كندا=CA; اليابان=JP; البرازيل=BR
treasure-hunt | اليكسا اللغز يقول عاصمة {} هي كلمة السر | بيرو=PE; كوبا=CU; جامايكا=JM
treasure-hunt | اليكسا الكنز في {} وش عاصمتها عشان نفتح القفل | مصر=EG; اليونان=GR; المكسيك=MX
treasure-hunt | اليكسا الفريق الازرق يسال عاصمة {} | اندورا=AD; موناكو=MC; ليختنشتاين=LI
treasure-hunt | اليكسا الخريطة مكتوب فيها {} وش عاصمتها | سان مارينو=SM; الفاتيكان=VA; مالطا=MT
treasure-hunt | اليكسا الدليل الاخير عواصم جنوب افريقيا الثلاث | ZA
treasure-hunt | اليكسا الرقم السري عاصمة كوريا الشمالية | KP
treasure-hunt | اليكسا كم باقي على نهاية الوقت | FB
treasure-hunt | اليكسا شغلي موسيقى مغامرة | FB
# kahoot-class
kahoot-class | اليكسا المعلمة حاطة في كاهوت سؤال عاصمة {} | استراليا=AU; نيوزيلندا=NZ; بابوا غينيا الجديدة=PG
kahoot-class | اليكسا السؤال التاسع عاصمة {} | كيريباتي=KI; توفالو=TV; ناورو=NR
kahoot-class | اليكسا ابلة السؤال صعب عاصمة {} وش | بالاو=PW; جزر مارشال=MH; ميكرونيزيا=FM
kahoot-class | اليكسا عاصمة {} بسرعة الوقت يخلص | ساموا=WS; تونغا=TO; فيجي=FJ
kahoot-class | اليكسا الخيار الصحيح لعاصمة {} وش هو | هولندا=NL; سويسرا=CH; تركيا=TR
kahoot-class | اليكسا عاصمة {} المعلمة تقول سهلة | فرنسا=FR; المانيا=DE; روسيا=RU
kahoot-class | اليكسا عواصم هولندا الاثنتين الجواب | NL
kahoot-class | اليكسا عواصم بنين الجواب فيه اثنين | BJ
kahoot-class | اليكسا مين فاز في كاهوت | FB
kahoot-class | اليكسا كم نقطة جبت | FB
# insomnia-night
insomnia-night | اليكسا الساعة ثلاث الفجر وما جاني نوم وش عاصمة {} | الارجنتين=AR; اوروغواي=UY; باراغواي=PY
insomnia-night | اليكسا ما قدرت انام قولي عاصمة {} | سورينام=SR; غيانا=GY; ترينيداد وتوباغو=TT
insomnia-night | اليكسا سهران وافكر في عاصمة {} | ايسلندا=IS; النرويج=NO; غرينلاند=GL
insomnia-night | اليكسا بصوت واطي عاصمة {} | جزر البهاما=BS; دومينيكا=DM; غرينادا=GD
insomnia-night | اليكسا وانا على السرير عاصمة {} | سانت لوسيا=LC; سانت كيتس ونيفيس=KN; انتيغوا وباربودا=AG
insomnia-night | اليكسا ارق ارق قولي عاصمة سانت فنسنت والغرينادين | VC
insomnia-night | اليكسا شغلي صوت موج | FB
insomnia-night | اليكسا كم ساعة نمت امس | FB
insomnia-night | اليكسا اطفي النور بعد ربع ساعة | FB
# pottery-class
pottery-class | اليكسا في ورشة الفخار الطين هذا من {} وش عاصمتها | الصين=CN; المغرب=MA; البرتغال=PT
pottery-class | اليكسا المدربة تقول الخزف الازرق من {} عاصمتها وش | هولندا=NL; تركيا=TR; اوزبكستان=UZ
pottery-class | اليكسا الفرن مستورد من {} عاصمتها ايش | ايطاليا=IT; اليابان=JP; اسبانيا=ES
pottery-class | اليكسا زميلتي في الورشة من {} تسال عن عاصمتها | سوريا=SY; العراق=IQ; فلسطين=PS
pottery-class | اليكسا كم ساعة يجف الطين | FB
pottery-class | اليكسا شغلي موسيقى هادية | FB
# hotel-housekeeping
hotel-housekeeping | اليكسا عاملة التنظيف في الفندق من {} وش عاصمتها | اندونيسيا=ID; سريلانكا=LK; الفلبين=PH
hotel-housekeeping | اليكسا النزيل في الغرفة من {} عاصمتهم وش | كازاخستان=KZ; روسيا=RU; اوكرانيا=UA
hotel-housekeeping | اليكسا الملاحف مستوردة من {} وش عاصمتها | باكستان=PK; تركيا=TR; مصر=EG
hotel-housekeeping | اليكسا المشرفة من {} تسال عن عاصمتها | نيبال=NP; بوتان=BT; بنغلاديش=BD
hotel-housekeeping | اليكسا النزيل كاتب بلده كونغو كينشاسا وش عاصمتها | CD
hotel-housekeeping | اليكسا الغرفة ثلاث مية وعشرة تحتاج مناشف | FB
hotel-housekeeping | اليكسا كم غرفة باقي | FB
# red-sea-cruise
red-sea-cruise | اليكسا على ظهر الكروز في البحر الاحمر الركاب من {} وش عاصمتها | ايطاليا=IT; المانيا=DE; بريطانيا=GB
red-sea-cruise | اليكسا السفينة بترسي في {} عاصمتها وش | مصر=EG; الاردن=JO; جيبوتي=DJ
red-sea-cruise | اليكسا طاقم السفينة من {} عاصمة بلدهم | اوكرانيا=UA; الفلبين=PH; كرواتيا=HR
red-sea-cruise | اليكسا القبطان من {} وش عاصمتها | اليونان=GR; مالطا=MT; قبرص=CY
red-sea-cruise | اليكسا الضفة الثانية من البحر {} وش عاصمتها | اريتريا=ER; السودان=SD; اليمن=YE
red-sea-cruise | اليكسا كم ساعة لين نوصل ينبع | FB
red-sea-cruise | اليكسا وش الشعاب المرجانية | FB
# nabati-poets
nabati-poets | اليكسا ابي اكتب قصيدة عن {} وش عاصمتها | الكويت=KW; قطر=QA; البحرين=BH
nabati-poets | اليكسا القافية تبي عاصمة {} | النمسا=AT; المجر=HU; سلوفينيا=SI
nabati-poets | اليكسا الشاعر يمدح {} وش اسم عاصمتها | عمان=OM; الامارات=AE; العراق=IQ
nabati-poets | اليكسا البيت الجاي فيه عاصمة {} وش هي | ليبيا=LY; تونس=TN; الجزائر=DZ
nabati-poets | اليكسا شاعر من {} في المحاورة وش عاصمة بلده | الاردن=JO; سوريا=SY; لبنان=LB
nabati-poets | اليكسا وش قافية بيروت | FB
nabati-poets | اليكسا شغلي محاورة شعرية | FB
nabati-poets | اليكسا مين افضل شاعر نبطي | FB
# cancel
cancel | اليكسا الغي سؤال الكسوة ما ابيه | CANCEL
cancel | اليكسا الغي اللي قاله الكمساري | CANCEL
cancel | اليكسا الغي الطلب القطوة عضتني | CANCEL
cancel | اليكسا الغيه السطحة وصلت | CANCEL
cancel | اليكسا لا لا الغي الولد ضغط بالغلط | CANCEL
cancel | اليكسا الغي سؤال التخرج | CANCEL
cancel | اليكسا الغي هذا السؤال المأذون جا | CANCEL
cancel | اليكسا الغي طلبي يا اليكسا | CANCEL
cancel | اليكسا كنسلي السالفة كلها | CANCEL
cancel | اليكسا الغي الغي ما قصدت | CANCEL
cancel | اليكسا الغي الحين عندي زبون | CANCEL
cancel | اليكسا تراجعي عن السؤال الاخير | CANCEL
cancel | اليكسا الغي سؤال الكاهوت | CANCEL
cancel | اليكسا الغي ما ابي العاصمة | CANCEL
cancel | اليكسا الغي العاصمة اللي سالت عنها | CANCEL
cancel | اليكسا لا تجاوبين الغي | CANCEL
# stop
stop | اليكسا وقفي القطار وصل | STOP
stop | اليكسا وقفي عواصم العالم الجرس دق | STOP
stop | اليكسا خلاص اطلعي النزيل جاء | STOP
stop | اليكسا وقفي اللعبة الكنز لقيناه | STOP
stop | اليكسا سكري عواصم العالم بنام | STOP
stop | اليكسا خلاص يكفي الليلة | STOP
stop | اليكسا اطفي العواصم الحين الشاعر بيلقي | STOP
stop | اليكسا وقف وقف الميكانيكي وصل | STOP
stop | اليكسا انهي عواصم العالم الحصة خلصت | STOP
stop | اليكسا اطلعي من اللعبة الطين خرب | STOP
# launch
launch | اليكسا افتحي عواصم العالم للخريجات | LAUNCH
launch | اليكسا شغلي عواصم العالم في المقصف | LAUNCH
launch | اليكسا افتحي عواصم العالم وانا انتظر السطحة | LAUNCH
launch | اليكسا ابدئي عواصم العالم للطلاب الاجانب | LAUNCH
launch | اليكسا افتحي عواصم العالم ما جاني نوم | LAUNCH
launch | اليكسا شغلي عواصم العالم للكاهوت | LAUNCH
launch | اليكسا افتحي عواصم العالم للركاب | LAUNCH
launch | اليكسا من فضلك افتح عواصم العالم | LAUNCH
launch | اليكسا ابي العب عواصم العالم مع خوياي | LAUNCH
launch | اليكسا عواصم العالم يا اليكسا شغليها | LAUNCH
launch | اليكسا افتحي عواصم العالم في البيت | LAUNCH
launch | اليكسا اطلقي عواصم العالم | LAUNCH
launch | اليكسا افتحي عواصم العالم قبل الجولة | LAUNCH
launch | اليكسا نبي نلعب عواصم العالم في العقيقة | LAUNCH
launch | اليكسا شغلي لنا عواصم العالم للكنز | LAUNCH
launch | اليكسا افتحي عواصم العالم السني يتحرك | LAUNCH
launch | اليكسا افتحي عواصم العالم للعيال في الحوش | LAUNCH
launch | اليكسا ادخل عواصم العالم يا رجال | LAUNCH
launch | اليكسا شغلي عواصم العالم وانا اطرز | LAUNCH
launch | اليكسا افتحي عواصم العالم على الكروز | LAUNCH
# help
help | اليكسا عواصم العالم كيف اسال عن عاصمتين | HELP
help | اليكسا انا طالب اجنبي كيف استخدم عواصم العالم | HELP
help | اليكسا وش اقدر اسال عواصم العالم عن الولايات | HELP
help | اليكسا عواصم العالم ساعديني ما فهمت اللعبة | HELP
help | اليكسا جدتي تبي تعرف كيف تسال عواصم العالم | HELP
# subdivision
subdivision | اليكسا الكمساري يسال عاصمة ولاية {} | اريزونا=US-AZ; كولورادو=US-CO; يوتا=US-UT
subdivision | اليكسا الراكب من مقاطعة {} الكندية وش عاصمتها | ساسكاتشوان=CA-SK; نيو برونزويك=CA-NB; يوكون=CA-YT
subdivision | اليكسا السايح من ولاية {} الاسترالية وش عاصمتها | استراليا الغربية=AU-WA; جنوب استراليا=AU-SA; الاقليم الشمالي=AU-NT
subdivision | اليكسا الخريج درس في ولاية {} وش عاصمتها | ماساتشوستس=US-MA; بنسلفانيا=US-PA; انديانا=US-IN
subdivision | اليكسا النزيل من ولاية {} الالمانية وش عاصمتها | سكسونيا السفلى=DE-NI; شمال الراين وستفاليا=DE-NW; تورينغن=DE-TH
subdivision | اليكسا السباك الهندي من ولاية {} وش عاصمتها | اوتار براديش=IN-UP; بيهار=IN-BR; البنغال الغربية=IN-WB
subdivision | اليكسا المشرف من ولاية {} الهندية يسال عاصمتها | تيلانغانا=IN-TS; كارناتاكا=IN-KA; اندرا براديش=IN-AP
subdivision | اليكسا عاصمة ولاية {} في البرازيل لاعب الكاراتيه منها | ساو باولو=BR-SP; ريو دي جانيرو=BR-RJ; بيرنامبوكو=BR-PE
subdivision | اليكسا عاصمة ولاية {} المكسيكية الطالب يسال | نويفو ليون=MX-NLE; فيراكروز=MX-VER; بويبلا=MX-PUE
subdivision | اليكسا عاصمة ولاية {} اللي في نيجيريا | لاغوس=FB; كانو=FB; كادونا=FB
subdivision | اليكسا عاصمة اقليم {} في باكستان | البنجاب الباكستاني=FB; السند=FB; بلوشستان=FB
subdivision | اليكسا عاصمة ولاية {} الامريكية الزبون منها | لويزيانا=US-LA; تينيسي=US-TN; كنتاكي=US-KY
subdivision | اليكسا عاصمة جزيرة {} الفرنسية | غوادلوب=GP; المارتينيك=MQ; ريونيون=RE
subdivision | اليكسا عاصمة ولاية {} اللي في ماليزيا الحاجة منها | كلنتن=FB; ترنقانو=FB; قدح=FB
subdivision | اليكسا عاصمة {} التابعة للدنمارك | غرينلاند=GL; جزر فارو=FO
# shared-name
shared-name | اليكسا وش عاصمة غينيا بس غينيا | GN
shared-name | اليكسا عاصمة ساموا الامريكية | AS
shared-name | اليكسا عاصمة كوريا اللي فوق | KP
shared-name | اليكسا عاصمة كوريا اللي تحت | KR
shared-name | اليكسا عاصمة الكونغو اللي كبيرة | CD
shared-name | اليكسا عاصمة الكونغو الصغيرة | CG
shared-name | اليكسا عاصمة جورجيا اللي جنب روسيا | GE
shared-name | اليكسا عاصمة ولاية جورجيا اتلانتا صح | US-GA
shared-name | اليكسا عاصمة السودان الجنوبي | SS
shared-name | اليكسا عاصمة غينيا الجديدة | PG
shared-name | اليكسا عاصمة دومينيكا الجزيرة مو الدومينيكان | DM
shared-name | اليكسا عاصمة جمهورية الدومينيكان مو دومينيكا | DO
shared-name | اليكسا وش عاصمة النيجر مو نيجيريا | NE
shared-name | اليكسا عاصمة كيبك المقاطعة | CA-QC
# yes-no-check
yes-no-check | اليكسا الكمساري يقول عمان عاصمة الاردن صح كلامه | JO
yes-no-check | اليكسا بانغي عاصمة افريقيا الوسطى صح | CF
yes-no-check | اليكسا برايا عاصمة الراس الاخضر ولا لا | CV
yes-no-check | اليكسا القدس عاصمة فلسطين صح | PS
yes-no-check | اليكسا هل تل ابيب عاصمة اسرائيل | IL
yes-no-check | اليكسا صح ان بوتراجايا عاصمة ماليزيا | MY
yes-no-check | اليكسا هل كيب تاون عاصمة جنوب افريقيا | ZA
yes-no-check | اليكسا هل امستردام عاصمة هولندا ولا لاهاي | NL
yes-no-check | اليكسا هل لاباز عاصمة بوليفيا | BO
yes-no-check | اليكسا كولومبو عاصمة سريلانكا ولا لا | LK
yes-no-check | اليكسا المعلمة قالت بيونغ يانغ عاصمة الشمالية صح | KP
yes-no-check | اليكسا سول عاصمة كوريا الجنوبية متاكدة | KR
yes-no-check | اليكسا كينشاسا تبع الكونغو الكبيرة صح | CD
yes-no-check | اليكسا برازافيل عاصمة الكونغو الصغيرة صح | CG
yes-no-check | اليكسا يعني جنيف مو عاصمة سويسرا | CH
yes-no-check | اليكسا اوتاوا عاصمة كندا مو تورنتو صح | CA
# self-correction
self-correction | اليكسا عاصمة السودان لا جنوب السودان | SS
self-correction | اليكسا عاصمة تشاد لا افريقيا الوسطى | CF
self-correction | اليكسا عاصمة غينيا الاستوائية لا قصدي الراس الاخضر | CV
self-correction | اليكسا عاصمة بنين لا اقصد بنما | PA
self-correction | اليكسا عاصمة الكونغو برازافيل امم لا كينشاسا وش عاصمتها | CD
self-correction | اليكسا عاصمة الاردن لا اسرائيل | IL
self-correction | اليكسا عاصمة ايسلندا لا ايرلندا | IE
self-correction | اليكسا وش عاصمة النمسا سوري استراليا اقصد | AU
self-correction | اليكسا عاصمة بوليفيا لا قصدي عواصمها كلها | BO
self-correction | اليكسا عاصمة كوريا الشمالية لا لا الجنوبية سول | KR
# out-of-domain
out-of-domain | اليكسا كم خيط ذهب في كسوة الكعبة | FB
out-of-domain | اليكسا متى يوصل قطار الشمال القريات | FB
out-of-domain | اليكسا كم سعر تنجيد كنب سبعة مقاعد | FB
out-of-domain | اليكسا وش رقم طوارئ شركة الكهرباء | FB
out-of-domain | اليكسا كم غرامة الجوال وانا اسوق | FB
out-of-domain | اليكسا وش اكل القطط المفيد | FB
out-of-domain | اليكسا كم عدد سكان العاصمة الرياض | FB
out-of-domain | اليكسا وش مساحة العاصمة المقدسة | FB
out-of-domain | اليكسا وش اقدم عاصمة في التاريخ | FB
out-of-domain | اليكسا وش اكبر عاصمة في العالم مساحة | FB
out-of-domain | اليكسا وش اصغر عاصمة في العالم | FB
out-of-domain | اليكسا كم تبعد القاهرة عن الرياض بالطيارة | FB
out-of-domain | اليكسا وش عاصمة الشمال في السعودية | FB
out-of-domain | اليكسا وش عاصمة الورد | FB
out-of-domain | اليكسا وش عاصمة التمور | FB
out-of-domain | اليكسا عاصمة النفط في المملكة | FB
out-of-domain | اليكسا عاصمة السينما في العالم | FB
out-of-domain | اليكسا عاصمة الحضارة الفرعونية | FB
out-of-domain | اليكسا وش عاصمة الخلافة العباسية | FB
out-of-domain | اليكسا عاصمة الانباط القديمة | FB
out-of-domain | اليكسا وش عاصمة اوقيانوسيا | FB
out-of-domain | اليكسا عاصمة القارة القطبية الجنوبية | FB
out-of-domain | اليكسا عاصمة الاتحاد الاوروبي وين | FB
out-of-domain | اليكسا وش عاصمة الشرق الاوسط | FB
out-of-domain | اليكسا وش عاصمة دولة هوكايدو | FB
out-of-domain | اليكسا عاصمة ويكاندا | FB
out-of-domain | اليكسا عاصمة الاتحاد السوفيتي | FB
out-of-domain | اليكسا عاصمة يوغوسلافيا | FB
out-of-domain | اليكسا عاصمة تشيكوسلوفاكيا | FB
out-of-domain | اليكسا عاصمة بروسيا | FB
out-of-domain | اليكسا عاصمة الحبشة القديمة اكسوم | FB
out-of-domain | اليكسا عاصمة اقليم الكيبيك الفرنسي القديم | FB
out-of-domain | اليكسا وش معنى اسم كوالالمبور | FB
out-of-domain | اليكسا وش لغة كينيا الرسمية | FB
out-of-domain | اليكسا كم فرق التوقيت بيننا وبين غانا | FB
out-of-domain | اليكسا وش عملة المالديف | FB
out-of-domain | اليكسا كم ساعة طيران من الرياض الى طوكيو | FB
out-of-domain | اليكسا علم اذربيجان وش لونه | FB
out-of-domain | اليكسا ترجمي شكرا بالملغاشي | FB
out-of-domain | اليكسا كم جامعة في المجمعة | FB
out-of-domain | اليكسا وش اسم رئيس غانا | FB
out-of-domain | اليكسا شغلي نشيد التخرج | FB
out-of-domain | اليكسا حطي تذكير العقيقة يوم الخميس | FB
out-of-domain | اليكسا شغلي قصة للبزر عن جنية الاسنان | FB
out-of-domain | اليكسا كم درجة الحرارة في دومة الجندل | FB
out-of-domain | اليكسا شغلي شيلة | FB
out-of-domain | اليكسا كم نقطة يعطي كاهوت على السرعة | FB
out-of-domain | اليكسا وش معنى كلمة عاصمة بالانجليزي | FB
out-of-domain | اليكسا كم دولة عاصمتها على البحر | FB
out-of-domain | اليكسا عاصمة الحب باريس ليش يسمونها كذا | FB
out-of-domain | اليكسا وين تقع حديقة الحيوان في الرياض | FB
out-of-domain | اليكسا وش يعني برازافيل بالفرنسي | FB
out-of-domain | اليكسا كم يبعد القمر عن الارض | FB
out-of-domain | اليكسا سولفي معي شوي | FB
out-of-domain | اليكسا شغلي ملحق مباراة الهلال | FB
out-of-domain | اليكسا وش نتيجة النصر امس | FB
out-of-domain | اليكسا اشتري لي قهوة من امازون | FB
out-of-domain | اليكسا وش سعر الذهب اليوم | FB
out-of-domain | اليكسا اطفي المكيف الساعة اربع | FB
out-of-domain | اليكسا وش اخبار العالم اليوم | FB
out-of-domain | اليكسا كم عدد العواصم في افريقيا | FB
out-of-domain | اليكسا وش اجمل عاصمة في اوروبا | FB
out-of-domain | اليكسا اي عاصمة ارخص للسياحة | FB
out-of-domain | اليكسا وش العاصمة اللي فيها اكثر زحمة | FB
out-of-domain | اليكسا عاصمة الطين في العالم | FB
out-of-domain | اليكسا كم حرف في كلمة عاصمة | FB
out-of-domain | اليكسا وش اقرب عاصمة للرياض | FB
out-of-domain | اليكسا عاصمة الشعر النبطي | FB
out-of-domain | اليكسا وش اسم عاصمة ولاية ما هي موجودة | FB
out-of-domain | اليكسا كم بحر في العالم | FB
# launch
launch | اليكسا افتحي عواصم العالم للحجاج في الدكان | LAUNCH
launch | اليكسا شغلي عواصم العالم وانا اسوق القطار | LAUNCH
launch | اليكسا افتحي عواصم العالم قبل النشرة الجوية | LAUNCH
launch | اليكسا ابدئي عواصم العالم للقطوة هههه | LAUNCH
launch | اليكسا افتحي عواصم العالم بعد التمرين | LAUNCH
launch | اليكسا شغلي عواصم العالم للشعراء | LAUNCH
launch | اليكسا افتحي عواصم العالم من فضلك يا اخي | LAUNCH
launch | اليكسا عواصم العالم ابدا ابدا | LAUNCH
launch | اليكسا ابي اتدرب مع عواصم العالم | LAUNCH
launch | اليكسا تعالي نلعب عواصم العالم في الورشة | LAUNCH
# cancel
cancel | اليكسا الغي سؤال القافية | CANCEL
cancel | اليكسا الغي سؤال الكنز غلط | CANCEL
cancel | اليكسا الغي الطلب الزبون راح | CANCEL
cancel | اليكسا الغيه ما يحتاج الدكتور جا | CANCEL
cancel | اليكسا الغي السؤال الركاب نزلوا | CANCEL
cancel | اليكسا الغي من فضلك انا غلطت | CANCEL
# stop
stop | اليكسا وقفي عواصم العالم الفطور جاهز | STOP
stop | اليكسا خلاص سكري البنات نامو | STOP
stop | اليكسا وقف عواصم العالم انتهت الجولة | STOP
stop | اليكسا سكري الحين القبطان يتكلم | STOP
stop | اليكسا وقفي الله يرضى عليك | STOP
# azeri-students
azeri-students | اليكسا عاصمة قبرص ناس من باكو يسال | CY
azeri-students | اليكسا اخي عاصمة ارمينيا يريفان صحيح | AM
azeri-students | اليكسا رفيقي من جورجيا عاصمة بلده تبليسي | GE
# malagasy-students
malagasy-students | اليكسا عفوا عاصمة زيمبابوي كيف | ZW
malagasy-students | اليكسا استاذي سال عن عاصمة انغولا | AO
malagasy-students | اليكسا عاصمة الراس الاخضر من فضلك | CV
# pottery-class
pottery-class | اليكسا المدربة من {} وش عاصمتها | ايران=IR; افغانستان=AF; طاجيكستان=TJ
pottery-class | اليكسا الجرة هذي على طريقة {} القديمة وش عاصمتها | اليونان=GR; البيرو=PE; المكسيك=MX
# maldivian-students
maldivian-students | اليكسا ما عاصمة افريقيا الوسطى لو سمحت | CF
maldivian-students | اليكسا عاصمة جزر القمر موروني صح | KM
maldivian-students | اليكسا زميلي من اسرائيل لا اقصد من فلسطين ما عاصمتها | PS
# hotel-housekeeping
hotel-housekeeping | اليكسا النزيلة من {} تسال عاصمة بلدها | البرازيل=BR; الارجنتين=AR; تشيلي=CL
hotel-housekeeping | اليكسا عاصمة كوريا الشمالية النزيل يسال ليش ما فيه سياح منها | KP
# shared-name
shared-name | اليكسا عاصمة جزر فيرجن البريطانية | VG
shared-name | اليكسا عاصمة كولومبيا البريطانية | CA-BC
shared-name | اليكسا عاصمة فيكتوريا الاسترالية | AU-VIC
shared-name | اليكسا عاصمة ولاية واشنطن مو واشنطن العاصمة | US-WA
shared-name | اليكسا عاصمة البنجاب الهندية | IN-PB
# plural-capitals
plural-capitals | اليكسا المعلمة تسال عواصم اسواتيني كم وحدة | SZ
plural-capitals | اليكسا سريلانكا عاصمتها الاداريه والتجارية وش هم | LK
plural-capitals | اليكسا ساحل العاج عاصمتها السياسية والاقتصادية | CI
plural-capitals | اليكسا بنين عواصمها وش اسمائها | BJ
# out-of-domain
out-of-domain | اليكسا احسب لي خمسة في سبعة | FB
out-of-domain | اليكسا وش اليوم تاريخ هجري | FB
out-of-domain | اليكسا كم عدد الولايات الامريكية | FB
out-of-domain | اليكسا وش اكبر دولة في افريقيا | FB
out-of-domain | اليكسا وش الدولة اللي شكلها جزمة | FB
out-of-domain | اليكسا كم عدد سكان سول | FB
out-of-domain | اليكسا وش اشهر اكلة في كينشاسا | FB
out-of-domain | اليكسا كم يبعد بيونغ يانغ عن سول | FB
out-of-domain | اليكسا وش عملة جنوب افريقيا | FB
out-of-domain | اليكسا كم سكان رام الله | FB
out-of-domain | اليكسا وش الطقس في لاهاي | FB
out-of-domain | اليكسا وش الساعة في كوالالمبور | FB
out-of-domain | اليكسا وش النشيد الوطني لبوليفيا | FB
out-of-domain | اليكسا ذكرني اشتري خيط تطريز | FB
out-of-domain | اليكسا وش الجو في حائل الليلة | FB
out-of-domain | اليكسا كم وزن القطوة الطبيعي | FB
out-of-domain | اليكسا كم حزام في الكاراتيه | FB
out-of-domain | اليكسا اطلبي لي تاكسي | FB
out-of-domain | اليكسا كم عمر قطار الحجاز | FB
out-of-domain | اليكسا شغلي اخبار الطقس | FB
out-of-domain | اليكسا عاصمة الاسلام الاولى | FB
out-of-domain | اليكسا وش عاصمة الدولة السعودية الاولى | FB
out-of-domain | اليكسا عاصمة مملكة كندة | FB
out-of-domain | اليكسا عاصمة الدولة الفاطمية | FB
out-of-domain | اليكسا وش عاصمة اقليم اسكندنافيا | FB
out-of-domain | اليكسا عاصمة البلقان | FB
out-of-domain | اليكسا عاصمة الكاريبي | FB
out-of-domain | اليكسا عاصمة الخليج العربي | FB
out-of-domain | اليكسا عاصمة العالم العربي | FB
out-of-domain | اليكسا وش عاصمة الفضاء | FB
out-of-domain | اليكسا عاصمة مملكة الحيوان | FB
out-of-domain | اليكسا وش عاصمة امبراطورية المغول | FB
out-of-domain | اليكسا كم ساعة يشتغل عامل النظافة | FB
out-of-domain | اليكسا وش معنى سطحة | FB
out-of-domain | اليكسا اعطيني وصفة كبسة | FB
# plural-capitals
plural-capitals | اليكسا الكمساري يسال عن عواصم جنوب افريقيا كلها | ZA
plural-capitals | اليكسا بريتوريا وكيب تاون وبلومفونتين كلها عواصم جنوب افريقيا صح | ZA
plural-capitals | اليكسا جنوب افريقيا ليش لها ثلاث عواصم وش هي | ZA
plural-capitals | اليكسا عاصمتين بوليفيا وش هم الطالب يبي يكتبهم | BO
plural-capitals | اليكسا بوليفيا عاصمتها الدستورية والادارية | BO
plural-capitals | اليكسا قولي عاصمتي بوليفيا | BO
plural-capitals | اليكسا هولندا عواصمها وش هي | NL
plural-capitals | اليكسا العاصمتين حقت هولندا من فضلك | NL
plural-capitals | اليكسا عواصم هولندا الرسمية والحكومية | NL
plural-capitals | اليكسا عواصم بنين يا اخي من فضلك | BJ
plural-capitals | اليكسا بنين عاصمتها بورتو نوفو ولا كوتونو ولا الاثنين | BJ
plural-capitals | اليكسا عواصم ماليزيا الثنتين قوليها | MY
plural-capitals | اليكسا عواصم ساحل العاج من فضلك | CI
plural-capitals | اليكسا سريلانكا كم عاصمة عندها | LK
plural-capitals | اليكسا اسواتيني لها عاصمتين ملكية وادارية وش هم | SZ
plural-capitals | اليكسا وش هي عواصم بوليفيا اللي في امريكا الجنوبية | BO
plural-capitals | اليكسا سوكري ولاباز الثنتين عواصم بوليفيا | BO
plural-capitals | اليكسا عواصم بوليفيا للواجب | BO
plural-capitals | اليكسا عواصم سريلانكا يا اليكسا | LK
plural-capitals | اليكسا سريلانكا لها عاصمتين صح وش اسمائهم | LK
plural-capitals | اليكسا كولومبو وكوتي عاصمتين سريلانكا | LK
plural-capitals | اليكسا عواصم جنوب افريقيا الثلاثة للمسابقة | ZA
plural-capitals | اليكسا عاصمتين ماليزيا للكاهوت | MY
plural-capitals | اليكسا امستردام ولاهاي عاصمتين هولندا قوليهم | NL
plural-capitals | اليكسا عاصمتين كوت ديفوار ياموسوكرو وابيدجان صح | CI
plural-capitals | اليكسا ساحل العاج عواصمها للمسابقة | CI
"""


if __name__ == "__main__":
    build_round(53, "ar", LINES, sys.argv, "tests/Eval/ar/round53/source/build_corpus.py")
